"""Metadata kinds of session 11 (issue 11), each on a page of the project's own of real shape:
a site's chrome (menu, breadcrumb, sidebar, footer) around one article, read through the page
path as a crawl reads it. Each test names the general pattern it shows."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

BBS_POST = (
    "上個月開始學做酸種麵包，從養菌開始一路失敗了五次，今天終於烤出一顆有漂亮裂口的麵包，來板上記錄一下，也給想入坑的板友參考。",
    "",
    "一、養酸種",
    "用的是全麥麵粉加水一比一，每天早晚各餵一次。前三天幾乎沒有動靜，第四天開始冒小泡泡，第七天體積可以在六小時內膨脹一倍，才算養成。冬天室溫太低的話，可以放在關燈的烤箱裡，旁邊擺一杯熱水。",
    "",
    "二、失敗的原因",
    "前幾次都是發酵不足，切開來組織很密，吃起來像發糕。後來把基礎發酵從四小時拉長到七小時，並且改用溫度計量麵團溫度，狀況就穩定多了。",
    "",
    "三、烤的部分",
    "鑄鐵鍋先預熱到二百五十度，麵團放進去後蓋上鍋蓋烤二十分鐘，再打開烤二十五分鐘。割線要果斷，猶豫的話裂口會很醜。",
    "",
    "下次想試試加核桃和葡萄乾，成功的話再來分享。",
)


def _bbs_post_page() -> str:
    """A BBS's web front (a PTT-like board mirror, Big5): the topbar links the board with a label
    span (看板), the post header is four metalines (作者 account (nick), 看板, 標題, 時間 in
    Unix's asctime), then the post as raw text, the signature, the ※ lines (an edit a day later)
    and pushes with their own times."""
    post = "\n".join(BBS_POST)
    metalines = "".join(
        f'<div class="article-metaline{right}"><span class="article-meta-tag">{tag}</span>'
        f'<span class="article-meta-value">{value}</span></div>'
        for tag, value, right in (
            ("作者", "breadfox (麵包狐)", ""),
            ("看板", "Cooking", "-right"),
            ("標題", "[分享] 酸種麵包第六次終於成功", ""),
            ("時間", "Wed Jan  8 22:47:15 2025", ""),
        )
    )
    pushes = "".join(
        f'<div class="push"><span class="push-tag">推 </span><span class="push-userid">{who}</span>'
        f'<span class="push-content">: {said}</span><span class="push-ipdatetime"> {when}\n</span></div>'
        for who, said, when in (
            ("oven_master", "裂口好漂亮 恭喜成功", "01/08 22:59"),
            ("ryebread", "基礎發酵拉長真的有差", "01/09 07:12"),
            ("mochi77", "請問用的是哪一款鑄鐵鍋？", "01/09 12:30"),
        )
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="big5">'
        "<title>[分享] 酸種麵包第六次終於成功 - 看板 Cooking - 南港BBS</title></head><body>"
        '<div id="topbar"><a id="logo" href="/bbs/">南港BBS</a><span>&rsaquo;</span>'
        '<a class="board" href="/bbs/Cooking/index.html"><span class="board-label">看板 </span>Cooking</a>'
        '<a class="right" href="/about.html">關於本站</a></div>'
        '<div id="navigation"><a class="board" href="/bbs/Cooking/index.html">返回看板</a></div>'
        f'<div id="main-content" class="bbs-screen">{metalines}{post}\n\n--\n烤箱是我的好朋友。\n'
        '<span class="f2">※ 發信站: 南港BBS(bbs.nangang.example.tw), 來自: 198.51.100.23 (臺灣)\n</span>'
        '<span class="f2">※ 編輯: breadfox (198.51.100.23 臺灣), 01/09/2025 09:05:41\n</span>'
        f"{pushes}</div>"
        '<div class="footer">南港BBS　聯絡信箱：sysop@nangang.example.tw</div></body></html>'
    )


def test_a_bbs_post_headers_metalines_give_its_time_author_and_board(rules):
    """Pattern: a BBS post's header (PTT and its mirrors, a terminal BBS's web front) is four
    metalines, each a label element with no colon and its value in the next element: 作者 the
    poster's account ID with the nickname in brackets (the ID is the author: the board names
    posters by it), 看板 the board, 時間 in Unix's asctime, its time of day before the year. The
    ※ 編輯 line's later time is an edit's, and a push's time a reply's. The topbar's board link
    carries a label span (看板): the board's name is the category."""
    url = "https://bbs.nangang.example.tw/bbs/Cooking/M.1736347635.A.1B2.html"
    article = _read(_bbs_post_page(), rules, url, encoding="big5")
    assert article.published == datetime(2025, 1, 8, 22, 47, 15)
    assert article.author == "breadfox"
    assert article.category == "Cooking"


SPEECH = (
    "同志们：",
    "今天召开全县春季植树造林动员大会，主要是回顾去年的造林绿化工作，安排部署今年的任务。刚才，县林业局通报了去年的考核结果，两个乡镇作了表态发言，我都赞成。",
    "一、充分肯定去年的成绩",
    "去年全县完成人工造林一万二千亩，新建村庄绿化示范点十八个，森林覆盖率比上年提高零点六个百分点。这些成绩的取得，离不开各乡镇和广大林农的辛勤付出。",
    "二、扎实抓好今年的重点任务",
    "今年的造林任务是一万五千亩，各乡镇要把任务分解到村、落实到地块，三月底前完成苗木调运，四月中旬前完成栽植。要坚持适地适树，多栽乡土树种，提高成活率。",
    "同志们，植树造林功在当代、利在千秋。希望大家鼓足干劲，确保圆满完成今年的各项任务。",
)


def _speech_page(speaker: str, day: str) -> str:
    """A county government's 领导讲话 page (an old table layout): the title heading, the info line
    (its publication and source), then the speech as printed: the speaker's line and the line
    dating the speech, centred, before 同志们：."""
    body = "".join(f'<p style="text-indent:2em">{p}</p>' for p in SPEECH)
    return (
        '<html><head><meta charset="utf-8"><title>在全县春季植树造林动员大会上的讲话_领导讲话_青禾县人民政府</title></head><body>'
        '<table class="nav"><tr><td><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/ldjh/">领导讲话</a></td></tr></table>'
        '<table class="pos"><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/jhfy/">讲话发言</a></td></tr></table>'
        '<table width="100%"><tr><td align="center"><h1>在全县春季植树造林动员大会上的讲话</h1></td></tr>'
        '<tr><td align="center" class="info">发布时间：2025-03-06 15:20　来源：县政府办公室　浏览次数：<span>328</span></td></tr>'
        f'<tr><td><div id="zoom"><p align="center">{speaker}</p><p align="center">{day}</p>{body}</div></td></tr></table>'
        '<table class="side"><tr><td>领导讲话</td></tr><tr><td><a href="/zwgk/ldjh/11.html">在全县经济工作会议上的讲话</a> 2025-01-09</td></tr></table>'
        '<div class="footer">青禾县人民政府办公室主办　联系电话：0000-1234567</div></body></html>'
    )


def test_a_speechs_speaker_line_names_its_author(rules):
    """Pattern: a speech as a government site publishes it (领导讲话) opens with the speaker's line,
    the office and the name (县长　周明远) or the name alone, beside a line that dates the speech
    ((2025年3月4日), the day it was given, not published). Who gave the speech is its author. A
    line of a name beside no date line is left alone (a heading, a signature)."""
    article = _read(_speech_page("县长　周明远", "（2025年3月4日）"), rules)
    assert article.author == "周明远"
    assert article.published == datetime(2025, 3, 6, 15, 20)
    assert _read(_speech_page("县委副书记　县长　周明远", "（2025年3月4日）"), rules).author == "周明远"
    assert _read(_speech_page("县长　周明远", "一、总体要求"), rules).author is None


def _lecture_notice(info: str) -> str:
    """A university school's lecture notice (讲座预告): the title, its info line, then the notice's
    field lines (讲座题目, 主讲人, 时间, 地点), the speaker's biography and the lecture's abstract."""
    fields = "".join(
        f'<p class="MsoNormal"><b>{label}：</b>{value}</p>'
        for label, value in (
            ("讲座题目", "湿地鸟类的迁徙与保护"),
            ("主讲人", "沈若溪　研究员"),
            ("讲座时间", "2025年4月17日（星期四）15:00—17:00"),
            ("讲座地点", "生命科学楼一楼报告厅"),
        )
    )
    return (
        '<html><head><meta charset="utf-8"><title>【生态讲堂第36期】湿地鸟类的迁徙与保护-生命科学学院</title></head><body>'
        '<div class="nav"><a href="/">学院首页</a><a href="/xwdt/">新闻动态</a><a href="/jzyg/">讲座预告</a></div>'
        '<div class="main"><h1>【生态讲堂第36期】湿地鸟类的迁徙与保护</h1>'
        f'<div class="info">{info}</div><div class="v_news_content">{fields}'
        '<p class="MsoNormal"><b>主讲人简介：</b></p>'
        "<p>沈若溪，省林业科学研究院研究员，长期从事湿地鸟类监测研究，主持完成了沿江湿地越冬水鸟同步调查，发表论文四十余篇。</p>"
        '<p class="MsoNormal"><b>讲座内容简介：</b></p>'
        "<p>每年秋冬，数以万计的候鸟沿着东亚—澳大利西亚迁飞路线南下，在沿江湖泊和滩涂越冬。讲座将介绍鸟类迁徙的规律、卫星追踪的新发现，以及湿地保护中的经验和难题。</p>"
        '<p>欢迎全校师生参加。</p><p align="right">生命科学学院</p><p align="right">2025年4月10日</p></div></div>'
        '<div class="footer">版权所有：某某大学生命科学学院</div></body></html>'
    )


def test_a_lecture_notices_writer_is_its_author_not_the_speaker(rules):
    """Pattern: an event's notice (讲座预告, 报告会通知) names the event's speaker in a field opening
    its text (主讲人：…) and its own writer in the info line beside the title (作者：…). The speaker
    gave the lecture; the notice is its writer's. Without a writer label the page records the talk
    itself (a sermon's 讲员, a lecture's transcript) and its speaker is its author."""
    info = "作者：林晓雯　来源：生命科学学院　发布时间：2025-04-10 09:12"
    assert _read(_lecture_notice(info), rules).author == "林晓雯"
    info = "来源：生命科学学院　发布时间：2025-04-10 09:12"
    assert _read(_lecture_notice(info), rules).author == "沈若溪"


LETTER = (
    "区长您好：我家住在桂园小区三栋，小区东门外的人行道上经常停满了电动车，推婴儿车和坐轮椅的居民只能走到机动车道上，很不安全。希望有关部门能划定停放区域，加强管理。",
    "答复：您好！您反映的问题已转交街道办事处和城管执法中队办理。经现场查看，东门外人行道宽度约三米，确有电动车乱停放现象。街道已在小区南侧空地规划电动车停放点两处，城管中队将加强巡查劝导。谢谢您对我们工作的监督。",
)


def _crumbed_page(crumb: str, title: str = "关于桂园小区东门人行道电动车乱停放的反映") -> str:
    """A district government's page (a mailbox letter and its reply) under a breadcrumb ``crumb``."""
    body = "".join(f"<p>{p}</p>" for p in LETTER)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_松溪区人民政府</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>'
        f'<div class="crumb">{crumb}</div>'
        f'<div class="detail"><h1>{title}</h1><div class="info">发布时间：2025-05-21 10:40</div>'
        f'<div class="text">{body}</div></div>'
        '<div class="footer">松溪区人民政府办公室主办　联系电话：0000-7654321</div></body></html>'
    )


def test_a_breadcrumbs_unlinked_last_item_names_the_page_not_a_channel(rules):
    """Pattern: a breadcrumb links each channel level and ends, as plain text, with the page
    itself: its title, or its kind (信件详情, 講道摘要, 内容, 正文). The kind is no channel: the
    last linked level is the category. A trail whose levels are all links ends at its deepest
    channel, which is the category; a ``->`` between levels is a separator, not an item. A plain
    last item the site names as a channel elsewhere (its menu links it, its <title> names it after
    the article's title) is the current column printed unlinked, and is the category. Under a
    dated issue (2025年第3期, 第A03版: a magazine's, a paper's) the plain last item is the issue's
    column, and is the category. Once the page's own item went, the linked level before it is the
    channel however long its name (a long last item is otherwise read as the title)."""
    here, mailbox, cg = (
        '当前位置：<a href="/">首页</a> &gt; ',
        '<a href="/hdjl/qzxx/">区长信箱</a>',
        "城市管理类",
    )
    for crumb, category in (
        # The page's kind after the linked levels.
        (f'{here}<a href="/hdjl/">互动交流</a> &gt; {mailbox} &gt; 信件详情', "区长信箱"),
        # Every level linked: the deepest.
        (f'{here}<a href="/hdjl/">互动交流</a> &gt; {mailbox} &gt; <a href="/hdjl/qzxx/cg/">{cg}</a>', cg),
        # -> between the levels.
        (
            f'您的位置：<a href="/">松溪区人民政府</a> -&gt; <a href="/hdjl/">互动交流</a> -&gt; {mailbox} -&gt; 内容',
            "区长信箱",
        ),
        # The look-alike: an unlinked last item the site's menu links is the current column.
        (f'{here}<a href="/zwgk/">政务公开</a> &gt; 互动交流', "互动交流"),
        (f'{here}<a href="/zwgk/">政务公开</a> &gt; <span class="cur">互动交流</span>', "互动交流"),
        # A magazine's issue: under the dated issue level, the plain last item is the column.
        (
            f'{here}<a href="/qk/">期刊浏览</a> &gt; <a href="/qk/2025/03/">2025年第3期</a> &gt; 民生观察',
            "民生观察",
        ),
        # The page's own item gone, the level before it is the channel however long its name.
        (
            f'{here}<a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/cg/">城市管理与市容环境卫生投诉</a> &gt; '
            "关于桂园小区东门人行道电动车乱停放的反映",
            "城市管理与市容环境卫生投诉",
        ),
    ):
        assert _read(_crumbed_page(crumb), rules).category == category, crumb


def test_a_wikis_category_links_give_the_first_category(rules):
    """Pattern: a wiki entry (MediaWiki) lists its categories as links after one 分类 label, in
    list items with no separator between them. The first is the entry's own category; joined,
    they name none."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "石桥村位于松溪区北部山区，全村共有六个村民小组，四百余户，以种植茶叶和毛竹为主要产业。",
            "村内保存有一座清代单孔石拱桥，村名即由此而来。近年来，村里依托茶园和古桥发展乡村旅游，每年春季举办采茶节。",
        )
    )
    html = (
        '<html><head><meta charset="utf-8"><title>石桥村 - 松溪百科</title></head><body>'
        '<div id="mw-head"><a href="/wiki/首页">首页</a><a href="/wiki/Special:随机页面">随机页面</a></div>'
        '<div id="content"><h1 id="firstHeading">石桥村</h1>'
        f'<div id="mw-content-text"><div class="mw-parser-output">{paras}</div></div>'
        '<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:页面分类">分类</a>：<ul>'
        '<li><a href="/wiki/Category:北山镇">北山镇</a></li><li><a href="/wiki/Category:松溪区村庄">松溪区村庄</a></li>'
        '<li><a href="/wiki/Category:茶叶产区">茶叶产区</a></li></ul></div></div></div>'
        '<div id="footer">此页面最后编辑于2025年4月2日 (星期三) 09:15。</div></body></html>'
    )
    assert _read(html, rules).category == "北山镇"


def _note_page(heading: str, doc_title: str) -> str:
    """A note platform's note (a RedNote-like page): the note's title as a div, its text, the
    poster's card and the date line."""
    return (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title></head><body>'
        '<div class="header"><a href="/">小红薯</a><a href="/explore">发现</a></div>'
        '<div class="note-container"><div class="author"><a class="name" href="/user/5f1">阿青的厨房</a></div>'
        f'<div id="detail-title" class="title">{heading}</div>'
        '<div id="detail-desc" class="desc"><p>这是我做了三年的番茄炒蛋，关键只有两点：鸡蛋先炒到七分熟盛出，番茄一定要炒出沙再回锅。</p>'
        "<p>调味只放盐和一点点糖，最后撒葱花。家里小朋友每次都能多吃半碗饭。</p></div>"
        '<div class="bottom-container"><span class="date">2025-04-12 浙江</span></div></div></body></html>'
    )


def test_a_headings_own_bar_joins_its_title_and_subtitle(rules):
    """Pattern: a note's or a post's title carries its subtitle after a bar (标题｜副标题), printed
    whole as the page's heading while the <title> adds the site after it (… - 站点). The bar is
    the title's own: the title is kept whole. A <title> with no heading printing it whole still
    loses its site suffix after a bar."""
    heading = "番茄炒蛋的两个关键｜三年只做这一种"
    assert _read(_note_page(heading, f"{heading} - 小红薯"), rules).title == heading
    assert (
        _read(_note_page("番茄炒蛋的两个关键", "番茄炒蛋的两个关键｜小红薯"), rules).title
        == "番茄炒蛋的两个关键"
    )


MEETING = (
    "上周五的班会课，我们围绕“节约用水”开展了一次讨论。课前，每个小组用一周时间记录了自己家里的用水情况。",
    "讨论中，同学们发现洗菜水可以用来浇花、拖地，洗衣机的最后一遍漂洗水可以冲厕所。大家还算了一笔账：一个三口之家一个月能省下两吨多水。",
    "班会最后，全班同学一起制定了《我们班的节水公约》，贴在教室后面的展示墙上，每周由值日生检查一次。",
)


def _post_with_head_line(line: str, title: str = "节约用水，从我做起——三年级二班主题班会记录") -> str:
    """A community site's post: the title, then inside the post's box a head line (``line``: its
    info line or meta line) above the post's paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in MEETING)
    return (
        f'<html><head><meta charset="utf-8"><title>{title} - 班主任之家</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/banhui/">主题班会</a><a href="/jiaoan/">教案</a></div>'
        f'<div class="detail"><h1>{title}</h1><div class="detail-box">{line}{body}</div></div>'
        '<div class="footer">班主任之家　版权所有</div></body></html>'
    )


def test_an_info_line_opening_the_posts_box_goes_to_the_metadata(rules):
    """Pattern: a post's box opens with its info line above the text, in the forms community and
    docs themes print: a badge (its grade or tag), 作者/发布 fields and counters whose labels are
    icons (小学 作者：… 发布：… 💬 3 👁 2087); a writing hand and a calendar for the labels (✍️ …
    📅 发布于 …); a last-update line (最后更新于 …); a static blog's meta line of its author, tag and
    length (… · #班会 · 约 900 字). The line is the page's metadata, not the post's first line; a
    sentence that opens with a date stays."""
    first = MEETING[0]
    for line, author in (
        (
            '<div class="info"><span class="badge">小学</span> <span>作者：青禾老师</span> '
            '<span>发布：2025-10-14 19:50</span> <span><i class="icon-comment"></i> 3 <i class="icon-eye"></i> 2087</span></div>',
            "青禾老师",
        ),
        (
            '<p class="meta">✍️ 三年级二班 📅 发布于 2025-10-14</p>',
            "三年级二班",
        ),
    ):
        article = _read(_post_with_head_line(line), rules)
        assert article.blocks[0].text == first
        assert article.author == author
        assert article.published.date() == datetime(2025, 10, 14).date()
    line = (
        '<p class="updated">最后更新于 2025年10月20日</p><p class="meta">青禾老师 · #主题班会 · 约 900 字</p>'
    )
    assert _read(_post_with_head_line(line), rules).blocks[0].text == first
    line = "<p>2025年10月14日，我们班开了一次主题班会。</p>"
    assert (
        _read(_post_with_head_line(line), rules).blocks[0].text == "2025年10月14日，我们班开了一次主题班会。"
    )


CLASS_NEWS = (
    "本中心於今年二月至三月期間舉辦長者書法班，一共六節，逢星期二上午上課。課程已於三月二十六日完結，十五名學員全部完成課程。",
    "導師由區內書法會的義工擔任，由執筆、坐姿開始教起，再練習楷書的基本筆畫。不少學員表示，退休後終於有時間重拾年輕時的興趣。",
    "中心將於五月再開一班，有興趣的會員可於辦公時間到接待處報名，名額二十個，先到先得。",
)


def _centre_news(info: str, credit: str = "") -> str:
    """A Hong Kong social service centre's news page: the title, an info table, the news,
    a closing credit, and a sidebar of other news with their day-first dates."""
    body = "".join(f"<p>{p}</p>" for p in CLASS_NEWS)
    side = "".join(
        f'<tr><td>{d}</td><td><a href="/news/{i}.php">中心通告第{i}號</a></td></tr>'
        for i, d in ((7, "12/04/2024"), (6, "09/04/2024"), (5, "23/03/2024"))
    )
    return (
        '<html><head><meta charset="utf-8"><title>長者書法班順利完成 - 海濱社會服務中心</title></head><body>'
        '<div class="menu"><a href="/">主頁</a><a href="/news.php">最新消息</a><a href="/join.php">會員服務</a></div>'
        f'<div class="main"><h2 class="news-title">長者書法班順利完成</h2>{info}'
        f'<div class="news-content">{body}{credit}</div></div>'
        f'<div class="side"><h3>其他消息</h3><table>{side}</table></div>'
        '<div class="footer">海濱社會服務中心　電話：2345 6789</div></body></html>'
    )


def test_a_day_first_date_and_a_credits_job_title(rules):
    """Pattern: Hong Kong, Singapore and Malaysia print the day first (14/04/2024): a first number
    that is no month (over 12) is the day, so the page's own date is read, not a sidebar's
    12/04/2024 taken as December; and a page that writes one so writes all so (decided once per
    page from its slash dates), so its own 05/04/2024 is 5 April. A credit names the writer and then the job (（文：陳美玲
    註冊社工）, 文/康复科 主管治疗师 周婉): a profession's title (…师, 社工) is no name, and the unit
    before a title (康复科) goes with it."""
    info = "<table><tr><td>發佈日期：14/04/2024</td><td>類別：活動花絮</td></tr></table>"
    article = _read(_centre_news(info, "<p>（文：陳美玲　註冊社工）</p>"), rules)
    assert article.published == datetime(2024, 4, 14)
    assert article.author == "陳美玲"
    assert _read(_centre_news(info, "<p>文/康复科 主管治疗师 周婉</p>"), rules).author == "周婉"
    # The page writes its dates day first (23/03/2024 beside it): its own 05/04/2024 is 5 April.
    info = "<table><tr><td>發佈日期：05/04/2024</td><td>類別：活動花絮</td></tr></table>"
    assert _read(_centre_news(info), rules).published == datetime(2024, 4, 5)


def test_the_same_slash_date_line_is_read_by_each_page_its_own_way(rules):
    """Info lines are read once per text and kept (a site prints the same lines on every page);
    a slash date's order is the page's, so the same 05/04/2024 line read on a day-first page, then
    on a page whose dates are month first (03/23/2024 beside it), then on the first again, is
    5 April, 4 May, 5 April."""
    info = "<table><tr><td>發佈日期：05/04/2024</td><td>類別：活動花絮</td></tr></table>"
    day_first = _centre_news(info)
    month_first = day_first.replace("23/03/2024", "03/23/2024")
    for html, published in ((day_first, datetime(2024, 4, 5)), (month_first, datetime(2024, 5, 4))) * 2:
        assert _read(html, rules).published == published


def test_credit_labels_of_new_kinds_and_a_label_with_a_word_before_it(rules):
    """Pattern: who made the page under other labels: a shared document's owner (所有者：陈思远,
    glued to 创建于 … on a docs platform's line), a report's closing 报道：黄慧婷 (a Malaysian or
    Singaporean paper's credit line under the text, the photographer's 摄影 line after it). A field's
    label may carry a word before it (上网时间：, 录入日期：): the author's value ends at that word."""
    info = '<div class="info">所有者：林一帆创建于 2024年4月15日 09:30　最近修改：4月18日</div>'
    assert _read(_centre_news(info), rules).author == "林一帆"
    info = '<div class="info">作者：林一帆 上网时间：2024-04-15 来源：海濱通訊</div>'
    assert _read(_centre_news(info), rules).author == "林一帆"
    info = '<div class="info">2024-04-15 10:21</div>'
    credit = "<p><strong>报道：黄慧婷</strong></p><p><strong>摄影：刘家豪</strong></p>"
    assert _read(_centre_news(info, credit), rules).author == "黄慧婷"


def test_a_count_after_a_date_is_no_source(rules):
    """Pattern: a date followed by a bare name is the page's source (2024-12-18 华博范文网); a date
    followed by a count is a stamp and its counter (a comment's 2024-05-14 11:02 2318回复, a post's
    356次), no name."""
    for count in ("2318回复", "356次"):
        info = f'<div class="info"><span>2024-04-15 10:21</span><span>{count}</span></div>'
        assert _read(_centre_news(info), rules).source is None
    info = '<div class="info"><span>2024-04-15 10:21</span> <span>海濱通訊</span></div>'
    assert _read(_centre_news(info), rules).source == "海濱通訊"


def _site_builder_page() -> str:
    """A class's site on a free site builder: the <title> names the page's menu item and the site
    (教學計畫 | 五年乙班), the site's menu links that item, the page's <h1> is the article's title, and
    its sub-line dates it and credits its writer (撰寫：… 老師)."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "本學期數學課以「動手做、說想法」為主軸，每個單元先以教具操作建立概念，再請孩子用自己的話說明解題的方法。",
            "每週三安排一節數學日記，孩子寫下當週最有感的一題，老師逐一回饋。期中前後各辦一次小組解題競賽，培養合作的習慣。",
            "評量除了紙筆測驗，也包含操作與口頭發表。孩子的努力與進步同樣重要，請家長多給鼓勵。",
        )
    )
    return (
        '<html lang="zh-TW"><head><meta charset="utf-8"><title>教學計畫 | 五年乙班</title></head><body>'
        '<header><div class="site-name">青山國小　五年乙班</div><nav><ul class="site-nav">'
        '<li><a href="/home">首頁</a></li><li><a href="/news">班級公告</a></li><li><a href="/plan">教學計畫</a></li>'
        '<li><a href="/album">活動相簿</a></li></ul></nav></header>'
        '<main><section><h1 class="page-title">五年乙班 數學教學計畫（114學年度上學期）</h1>'
        '<p class="page-sub">發布日期：2025/09/01　撰寫：林志明 老師</p></section>'
        f'<section><div class="rich-text">{paras}</div></section></main>'
        "<footer>本網站由 SiteMaker 免費方案建立</footer></body></html>"
    )


def test_a_site_builders_title_names_the_menu_item_and_the_h1_the_article(rules):
    """Pattern: a site builder titles every page after its menu item and the site (教學計畫 | 五年
    乙班); the page's one <h1> is the article's title, and the menu item the <title> names is its
    channel. 撰寫 (撰写) labels the writer, whose title (老師) is no name."""
    article = _read(_site_builder_page(), rules)
    assert article.title == "五年乙班 數學教學計畫（114學年度上學期）"
    assert article.category == "教學計畫"
    assert article.author == "林志明"


def _forum_topic() -> str:
    """A forum's topic in its crawler view (a Discourse-like forum): JSON-LD names the poster by the
    username, the topic's category and its tags stand in one box marked as a breadcrumb, and the
    post prints the display name with the username in brackets."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "家里的老猫今年十四岁了，最近两个月喝水明显变多，体重却掉了快一斤。带去医院抽血，医生说是早期肾病，需要换处方粮。",
            "换粮的第一周它几乎不吃，后来按医生的建议新旧粮混着喂，每天多加一成新粮，两周后总算接受了。现在每天喝水量也比以前稳定。",
            "分享给家里也有老猫的朋友：七岁以后最好每年体检一次，很多毛病早发现就能控制住。",
        )
    )
    data = (
        '{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"老猫早期肾病，换处方粮的两周",'
        '"author":{"@type":"Person","name":"oldcat_mom"},"datePublished":"2025-04-02T13:05:00Z","articleSection":"养宠心得"}'
    )
    return (
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>老猫早期肾病，换处方粮的两周 - 养宠心得 - 毛孩子社区</title>'
        f'<script type="application/ld+json">{data}</script></head><body>'
        '<header><a href="/">毛孩子社区</a><a href="/latest">最新</a><a href="/categories">类别</a></header>'
        '<div id="main-outlet"><h1><a href="/t/topic/881">老猫早期肾病，换处方粮的两周</a></h1>'
        '<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">'
        '<span itemprop="itemListElement"><a href="/c/pets/3" class="badge-wrapper"><span itemprop="name">养宠心得</span></a></span>'
        '<div class="discourse-tags"><a href="/tag/猫" class="discourse-tag">猫</a> '
        '<a href="/tag/老年宠物" class="discourse-tag">老年宠物</a></div></div>'
        '<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author">'
        '<a href="/u/oldcat_mom"><span itemprop="name">橘子妈妈</span></a> (oldcat_mom)</span>'
        '<time datetime="2025-04-02T13:05:00Z">2025年4月2日 21:05</time></div>'
        f'<div class="post">{paras}</div></div></div>'
        "<footer>毛孩子社区 · 由 Discourse 驱动</footer></body></html>"
    )


def test_a_forum_posters_display_name_and_a_topics_category_beside_its_tags(rules):
    """Pattern: a forum's markup names the poster by the username while the page prints the display
    name with the username in brackets (橘子妈妈 (oldcat_mom)): the display name credits the
    writer. The topic's category and its tags stand in one box marked as a breadcrumb: the tags
    (/tag/ links) are no levels, the category is the topic's."""
    article = _read(_forum_topic(), rules)
    assert article.author == "橘子妈妈"
    assert article.category == "养宠心得"


def test_a_channel_marked_on_the_pages_root_is_the_category(rules):
    """Pattern: a portal's template marks the page's channel on its root element (<html
    data-category="社区服务">, beside data-publishtime): with no breadcrumb, that is the category."""
    html = _centre_news('<div class="info">2024-04-15 10:21</div>')
    assert _read(html, rules).category is None
    html = html.replace("<html>", '<html data-category="社区服务" data-publishtime="2024-04-15 10:21:00">')
    assert _read(html, rules).category == "社区服务"


def test_a_field_beside_the_date_in_the_info_tables_row_is_read(rules):
    """Pattern: an info table's row beside the title holds the page's date and its other fields,
    each cell a label and its value (發佈日期：… | 類別：… | 發佈單位：海濱長者中心): the cell that
    dates the page has the page's fields beside it, whatever characters they hold, and its
    publishing unit is the source."""
    info = "<table><tr><td>發佈日期：14/04/2024</td><td>類別：活動花絮</td><td>發佈單位：海濱長者中心</td></tr></table>"
    assert _read(_centre_news(info), rules).source == "海濱長者中心"
