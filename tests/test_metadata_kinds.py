"""Metadata kinds of session 10 (issue 11), each on a page of the project's own of real shape:
a site's chrome (menu, breadcrumb, sidebar, footer) around one article, read through the page
path as a crawl reads it. Each test names the general pattern it shows."""

from __future__ import annotations

from datetime import datetime

from fanwen.offline import process_html
from fanwen.pagepath import PageOptions, read_page

TW_PARAS = (
    "三年前，陳雅婷從本校護理系畢業，選擇回到花蓮的部落衛生室服務。她說，小時候外婆生病，要坐兩個小時的車才能看醫生，那段路她一直記得。",
    "衛生室只有她和一位醫師，每天要看四、五十位病人，還要到山上做居家訪視。遇到颱風天，道路中斷，她就用電話一戶一戶確認長輩的狀況。",
    "去年，她和同事在部落推動「健康廚房」，教長輩用少鹽少油的方式煮傳統料理。參加的人從一開始的五個人，增加到現在每週三十多人。",
    "談到未來，陳雅婷希望能繼續進修，取得專科護理師的資格。「部落需要的不是一時的熱情，而是願意留下來的人。」她笑著說。",
)
CN_PARAS = (
    "今年以来，我县围绕农村人居环境整治，持续推进垃圾分类、污水治理和村庄绿化三项重点工作，全县二百一十三个行政村实现生活垃圾集中收运全覆盖。",
    "在污水治理方面，县里采取集中处理与分散处理相结合的方式，新建村级污水处理站四十六座，铺设管网一百一十余公里，受益农户两万余户。",
    "在村庄绿化方面，各乡镇发动群众在房前屋后种植果树和花草，累计栽植苗木十三万余株，建成省级森林村庄十二个。",
    "下一步，县里将建立长效管护机制，把人居环境整治纳入村规民约，引导群众从“要我干”转变为“我要干”。",
)


def _tw_page(
    info: str, lang: str = "zh-Hant", charset: str = "big5", paras: tuple[str, ...] = TW_PARAS
) -> str:
    """A Taiwanese university's news page (an rpage-like CMS): menu, breadcrumb, an h2 title,
    an info table, the story, a related box and the footer."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "<title>走進部落的白衣天使——護理系校友陳雅婷 - 國立東岸科技大學</title></head><body>"
        '<div class="header"><a href="/">國立東岸科技大學</a><ul class="menu"><li><a href="/p/1.php">認識東岸</a></li>'
        '<li><a href="/p/2.php">行政單位</a></li><li><a href="/p/3.php">學術單位</a></li><li><a href="/p/4.php">校友專區</a></li></ul></div>'
        '<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/p/4.php">校友專區</a> &gt; <a href="/p/41.php">校友動態</a></div>'
        '<div class="module"><h2 class="hdline">走進部落的白衣天使——護理系校友陳雅婷</h2>'
        f'<div class="info">{info}</div><div class="mpgbody">{body}</div>'
        '<p class="related">延伸閱讀：<a href="/p/420.php">護理系簡介</a></p></div>'
        '<div class="side"><h3>校園快訊</h3><table><tr><td><a href="/p/9.php">本校榮獲教學卓越計畫補助</a></td><td>113-04-22</td></tr>'
        '<tr><td><a href="/p/8.php">113學年度招生簡章公告</a></td><td>113-04-18</td></tr></table></div>'
        '<div class="footer">地址：970花蓮縣花蓮市東岸路100號　電話：(03)822-1234</div></body></html>'
    )


def _read(html: str, rules, url: str | None = None, encoding: str = "utf-8"):
    page = read_page(html.encode(encoding), url, PageOptions(None, tuple(rules)))
    assert page.article is not None, page.message
    return page.article


def test_a_taiwanese_pages_roc_dates_are_the_common_eras(rules):
    """Pattern: Taiwanese sites date by the Republic of China's calendar (民國紀年, year 1 = 1912):
    a CMS's date field prints 113-04-30 or 113/04/30 on a Big5 or zh-TW page, a document
    民國113年4月30日 anywhere. The sidebar's 113-04-22 is another page's."""
    info = "<table><tr><th>發佈日期</th><td>113-04-30</td><th>發佈單位</th><td>校友服務中心</td></tr></table>"
    article = _read(_tw_page(info), rules, encoding="big5")
    assert article.published == datetime(2024, 4, 30)
    assert article.source == "校友服務中心"
    info = "<span>發佈日期：113/04/30 10:20</span>"
    assert _read(_tw_page(info, "zh-TW", "utf-8"), rules).published == datetime(2024, 4, 30, 10, 20)
    info = "<span>發佈日期：民國113年4月30日</span>"
    assert _read(_tw_page(info, "zh-Hant", "utf-8"), rules).published == datetime(2024, 4, 30)


def test_a_three_digit_number_on_a_mainland_page_is_no_roc_date(rules):
    """The guard: outside a Taiwanese page a bare 113-04-30 is a number (a file's, a code's),
    never a year 113 of the ROC. The page's own date stays its date."""
    paras = "".join(f"<p>{p}</p>" for p in CN_PARAS)
    html = (
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>我县农村人居环境整治成效明显_工作动态_某某县人民政府</title></head>'
        '<body><div class="nav"><a href="/">首页</a><a href="/gzdt/">工作动态</a><a href="/zwgk/">政务公开</a></div>'
        "<h1>我县农村人居环境整治成效明显</h1>"
        '<div class="info">索引号：113-04-30　发布日期：2024-05-06　来源：县农业农村局</div>'
        f'<div class="content">{paras}</div><div class="footer">主办：某某县人民政府办公室</div></body></html>'
    )
    article = _read(html, rules)
    assert article.published == datetime(2024, 5, 6)
    html = html.replace("发布日期：2024-05-06　", "")
    assert _read(html, rules).published is None
    assert process_html(html, None, rules).published is None


def test_the_same_bare_roc_line_is_read_by_each_page_its_own_way(rules):
    """Info lines are read once per text and kept (a site prints the same lines on every page):
    a bare 113-04-30 is the one reading the page decides, so the same line read on a Taiwanese
    page, then on a mainland one, then on the Taiwanese one again, is a date, a number, a date."""
    info = "<span>發佈日期：113-04-30</span>"
    mainland = _tw_page(info, "zh-CN", "utf-8")
    for html, published in ((_tw_page(info, "zh-TW", "utf-8"), datetime(2024, 4, 30)), (mainland, None)) * 2:
        assert _read(html, rules).published == published


def test_the_writer_of_a_closing_text_and_photo_credit_is_the_author(rules):
    """Pattern: a Taiwanese story closes with its credits in one line, （文／X　攝影／Y）: X wrote
    it, Y took its pictures. The writer is the author, not the photographer; the credit stays."""
    info = "<table><tr><th>發佈日期</th><td>113-04-30</td><th>發佈單位</th><td>校友服務中心</td></tr></table>"
    paras = (*TW_PARAS, "（文／林佳蓉　攝影／黃建志）")
    article = _read(_tw_page(info, paras=paras), rules, encoding="big5")
    assert article.author == "林佳蓉"
    assert "林佳蓉" in article.text
    paras = (*TW_PARAS, "文／林佳蓉 攝影／黃建志")
    assert _read(_tw_page(info, paras=paras), rules, encoding="big5").author == "林佳蓉"
    paras = (*TW_PARAS, "攝影／黃建志　文／林佳蓉")
    assert _read(_tw_page(info, paras=paras), rules, encoding="big5").author == "林佳蓉"


def _history_page(info: str) -> str:
    """A city's 文史 (local history) database: menu, a → trail, the entry's title, its info line."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "老城南门外的渡口，旧称“南津”，是清代以来城南百姓进城的必经之路。每逢集日，渡船从天亮摆到天黑，船工换了三拨人还忙不过来。",
            "一九三五年，地方士绅集资在渡口上游修建木桥，桥成之日，城南各村舞龙相庆。木桥此后数次被洪水冲毁，又数次重建。",
            "新中国成立后，政府在原址修建钢筋混凝土大桥，渡口随之废弃。如今桥头仍立着一块石碑，记着当年集资修桥的四十七户人家。",
        )
    )
    return (
        '<html><head><meta charset="utf-8"><title>南津渡口 - 文史资料库 - 江城市政协</title></head><body>'
        '<div class="top"><a href="/">首页</a><a href="/wszl/">文史资料库</a><a href="/tzgg/">通知公告</a></div>'
        '<div class="pos">当前位置：<a href="/">首页</a> → <a href="/wszl/">文史资料库</a> → <a href="/wszl/12/">第十二辑</a></div>'
        f'<h1>南津渡口</h1><div class="info">{info}</div><div class="con">{paras}</div>'
        '<div class="pn">上一条：<a href="/wszl/12/1.html">城南旧街</a>　下一条：<a href="/wszl/12/3.html">义仓</a></div>'
        '<div class="foot">江城市政协办公室 主办</div></body></html>'
    )


def test_a_works_title_as_its_provenance_leaves_the_source_to_the_publisher(rules):
    """Pattern: 出处 names the work a text was taken from (a book, a volume of a series: 出处：
    《江城文史资料（第十二辑）》), 来源 the office that published the page. When a page prints
    both, whichever comes first, the source is 来源's; a 出处 alone is read whole, its brackets
    and all."""
    book = "出处：《江城文史资料（第十二辑）》　"
    for info in (
        f"{book}发布时间：2025-03-18　|　来源：市政协文史委",
        f"来源：市政协文史委　|　{book}发布时间：2025-03-18",
    ):
        assert process_html(_history_page(info), None, rules).source == "市政协文史委"
    alone = process_html(_history_page(f"{book}发布时间：2025-03-18"), None, rules)
    assert alone.source == "《江城文史资料（第十二辑）》"


def _account_page(credit: str, poster: str = "书香南湖") -> str:
    """A portal's page of an account's article (a 企鹅号/百家号-like platform): the account's card
    under the title, the essay, a closing credit, 往期推荐, comments and a feed."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "外婆家的院子里有一棵老枣树，比我的年纪大得多。小时候每到秋天，外公就拿一根长竹竿打枣，我和表哥在树下抢，谁捡得多谁就能多分一把。",
            "枣子晒干以后，外婆把它们装进一个褪了色的饼干盒，逢年过节才拿出来煮粥。那个饼干盒后来一直放在碗柜顶上，谁也没舍得扔。",
            "前几年老房子要翻修，舅舅说枣树的根把墙角顶裂了，想把它砍掉。外婆不同意，说这棵树是她嫁过来那年种下的，砍了就什么都没了。",
            "最后房子翻修了，枣树也留了下来，只是院墙往外挪了半米。今年秋天我回去，枣树又结满了果子，外婆坐在树下，一颗一颗地挑。",
        )
    )
    return (
        '<html><head><meta charset="utf-8"><title>外婆院子里的枣树_腾讯新闻</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/ch/culture/">文化</a><a href="/ch/life/">生活</a></div>'
        "<h1>外婆院子里的枣树</h1>"
        f'<div class="media-info"><a class="media-name" href="/omn/author/5231877">{poster}</a><span class="media-tag">企鹅号</span>'
        '<span class="pubtime">2025-10-12 21:40</span><span class="ip">发布于江西</span></div>'
        f'<div class="content-article">{paras}<p style="color:#888">{credit}</p><p>END</p>'
        '<p><strong>往期回顾</strong></p><p><a href="/omn/20251008A01">秋天的柿子</a></p></div>'
        '<div class="comment-box"><h3>网友评论</h3><ul><li><span class="u">山茶</span><p>看哭了，想起我外婆。</p>'
        '<span class="t">3天前 · 湖北</span></li></ul></div>'
        '<div class="recommend"><h3>为你推荐</h3><ul><li><a href="/omn/1">老家的灶台</a></li><li><a href="/omn/2">父亲的自行车</a></li></ul></div>'
        "</body></html>"
    )


def test_a_reposts_credit_names_the_writer_and_the_account_it_came_from(rules):
    """Pattern: a platform account re-posts an article from another public account and credits it
    near the end (本文转载自微信公众号“X”（ID：…），作者：Y。): Y wrote it and X published it; the
    account that re-posted it (its card under the title) is neither. The credit is the site's
    note and leaves the text; the essay stays whole."""
    credit = "本文转载自微信公众号“南湖读书会”（ID：nhdushu），作者：苏晚晴。本文仅代表作者本人观点。"
    article = process_html(_account_page(credit), "https://new.example.com/omn/20251012A07.html", rules)
    assert (article.author, article.source) == ("苏晚晴", "南湖读书会")
    assert "转载自" not in article.text and "外婆坐在树下，一颗一颗地挑。" in article.text
    credit = "本文经授权转自公众号「南湖读书会」，作者 苏晚晴"
    article = process_html(_account_page(credit), None, rules)
    assert (article.author, article.source) == ("苏晚晴", "南湖读书会")
    assert "南湖读书会" not in article.text


def test_an_articles_own_source_line_and_a_sentence_about_reposting_stay(rules):
    """Look-alikes: the article's own credit line (文章来源：南湖日报 作者：王海) is its source and
    writer and stays; a sentence of the essay that tells of a re-post is prose."""
    credit = "文章来源：南湖日报 作者：王海"
    article = process_html(_account_page(credit), None, rules)
    assert (article.author, article.source) == ("王海", "南湖日报")
    assert credit in article.text
    told = "后来这篇文章被表哥转自公众号发到了家族群里，作者一栏写的是我的名字。"
    article = process_html(_account_page(told), None, rules)
    assert told in article.text
    assert article.source is None
    # A paragraph quoting a credit inside a sentence (how to credit a re-post) is text: the page's
    # own credit line names the writer and the source (review finding R2).
    quoted = (
        "转载别人的文章要注明出处，常见的写法是：本文转载自微信公众号“山野笔记”（ID：shanye），作者：何远。"
    )
    page = _account_page(quoted).replace(
        '<div class="content-article">', f'<div class="content-article"><p>{credit}</p>'
    )
    article = process_html(page, None, rules)
    assert (article.author, article.source) == ("王海", "南湖日报")
    assert quoted in article.text


def test_a_closing_credit_that_says_who_the_writer_is_names_the_writer(rules):
    """Pattern: a commentary closes with its writer and who they are, （作者：赵明远，系某某大学教授）,
    or an info line names the writer's unit before the name (作者：文史馆 郑文): the name is the
    author, not the description or the unit."""
    closing = "（作者：赵明远，系江城师范大学教育学院教授）"
    page = _account_page(closing).replace("<p>END</p>", "")
    assert process_html(page, None, rules).author == "赵明远"
    assert (
        process_html(_history_page("作者：文史馆 郑文　发布时间：2025-03-18"), None, rules).author == "郑文"
    )


def _notice_page(trail: str, region: str = "浙江省") -> str:
    """A tender aggregator's (or a school's) notice: a top bar, a menu, a breadcrumb, the notice
    with its info line (its region a field of it, as every notice's: 地区：浙江省-江城市)."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "一、项目名称：江城市第二人民医院后勤保洁服务采购项目。",
            "二、中标供应商：江城市洁美物业管理有限公司，地址：江城市滨江路18号，中标金额：人民币贰佰叁拾陆万元整。",
            "三、主要标的信息：服务范围为院区门诊楼、住院楼及附属用房的日常保洁，服务期限为三年，服务要求详见招标文件。",
            "四、公告期限：自本公告发布之日起一个工作日。各有关当事人对中标结果有异议的，可以在公告期限届满之日起七个工作日内提出质疑。",
        )
    )
    where = f"<span>地区：{region}-江城市</span>" if region else ""
    return (
        '<html><head><meta charset="utf-8"><title>江城市第二人民医院后勤保洁服务采购项目中标公告 - 采招汇</title></head><body>'
        '<div class="top">政府采购信息聚合 <a href="/login">登录</a> <a href="/register">免费注册</a></div>'
        '<div class="nav"><a href="/">首页</a><a href="/zhaobiao/">招标公告</a><a href="/zhongbiao/">中标公告</a><a href="/vip/">VIP服务</a></div>'
        f'<div class="crumbs">当前位置：{trail}</div>'
        "<h1>江城市第二人民医院后勤保洁服务采购项目中标公告</h1>"
        f'<div class="info"><span>发布时间：2025-12-03 09:12</span>{where}<span>信息来源：江城市公共资源交易网</span></div>'
        f'<div class="detail">{paras}</div><div class="foot">采招汇 版权所有</div></body></html>'
    )


def test_a_breadcrumbs_year_or_region_filter_level_leaves_the_channel(rules):
    """Pattern: a trail's last level may filter the channel's pages by when (a school's 通知公告 >
    2024年, a Taiwanese association's 會議紀錄 > 114年度) or by where (an aggregator's 中标公告 >
    浙江省, the region every notice gives as a field: 地区：浙江省-江城市): the channel above it is
    the category. Look-alikes: a province with no region field is a channel (a travel blog's
    旅行攻略 › 福建), and so is a region that is the trail's only channel, or a channel that
    merely starts with a year (2025年高考)."""
    crumb = '<a href="/">首页</a> &gt; <a href="/zhongbiao/">中标公告</a> &gt; <a href="/zhongbiao/x/">{}</a> &gt; 正文'
    for level in ("浙江省", "2025年", "2025", "114年度"):
        assert process_html(_notice_page(crumb.format(level)), None, rules).category == "中标公告"
    assert process_html(_notice_page(crumb.format("浙江"), region="浙江"), None, rules).category == "中标公告"
    assert process_html(_notice_page(crumb.format("浙江省"), region=""), None, rules).category == "浙江省"
    assert process_html(_notice_page(crumb.format("2025年高考")), None, rules).category == "2025年高考"
    alone = '<a href="/">首页</a> &gt; <a href="/zhejiang/">浙江省</a> &gt; 正文'
    assert process_html(_notice_page(alone), None, rules).category == "浙江省"


def _blog_page(meta: str) -> str:
    """A static blog's post (Hexo/Hugo-like): site header, the title and its meta line, the post, a
    sidebar with a tag cloud, prev/next and a footer; no breadcrumb, no channels."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "这是我第三次参加科室的读书分享会。这一次选的书是《最好的告别》，讲的是医学在生命最后阶段能做什么、不能做什么。",
            "书里有一句话让我想了很久：我们一直以为医学的任务是保证健康和生存，但其实还应该帮助人们过好生命的每一天。",
            "在病房工作了七年，见过太多家属在最后几天里手足无措。以后遇到这样的家庭，我想先坐下来听听他们最在意的是什么。#护理日常",
        )
    )
    return (
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>读《最好的告别》 · 白大褂的笔记本</title></head><body>'
        '<header><a href="/">白大褂的笔记本</a><nav><a href="/">首页</a><a href="/archives/">归档</a><a href="/about/">关于</a></nav></header>'
        "<main><article><h1>读《最好的告别》</h1>"
        f'<p class="post-meta">{meta}</p><hr><div class="post-body">{paras}</div>'
        '<nav class="post-nav"><a href="/p/41/">← 上一篇：夜班小记</a><a href="/p/43/">下一篇：病房里的一盏灯 →</a></nav></article></main>'
        '<aside><h3>标签</h3><a href="/tags/reading/">读书</a> <a href="/tags/nursing/">护理</a> <a href="/tags/night/">夜班</a></aside>'
        "<footer>© 2025 白大褂的笔记本 · Powered by Hexo</footer></body></html>"
    )


def test_the_one_tag_under_a_blog_posts_title_is_its_category(rules):
    """Pattern: a static blog with no channels files a post under a tag, linked in the meta line
    under its title (小满 · 2025-11-20 · #读书随记): that tag is the category. Several tags there are
    topics (none is the channel); the sidebar's tag cloud and a #hashtag in the text are no category."""
    one = '小满 · 2025-11-20 · <a href="/tags/suibi/">#读书随记</a> · 约 900 字'
    article = process_html(_blog_page(one), "https://anning.example.com/p/42/", rules)
    assert article.category == "读书随记"
    assert article.published == datetime(2025, 11, 20)
    two = '小满 · 2025-11-20 · <a href="/tags/reading/">#读书</a> <a href="/tags/nursing/">#护理</a>'
    assert process_html(_blog_page(two), "https://anning.example.com/p/42/", rules).category is None
    none = "小满 · 2025-11-20 · 约 900 字"
    assert process_html(_blog_page(none), "https://anning.example.com/p/42/", rules).category is None


def _doc_page(meta: str) -> str:
    """A document-sharing platform's page (语雀/飞书-like): an app banner, the knowledge base's
    menu, the document's title and meta line, the document, comments marked by class as authors."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "本次调研历时十二天，调研团队走访了云溪镇的六个行政村，发放问卷三百二十份，回收有效问卷二百九十六份。",
            "调研发现，村民网购的主要障碍不是不会用手机，而是对退换货流程不熟悉，担心买到的东西不合适退不了。",
            "针对这一问题，团队在村委会设立了代收代退点，由两名返乡青年负责帮助村民办理退换货，一个月内办理了四十多单。",
        )
    )
    return (
        '<html><head><meta charset="utf-8"><title>云溪镇农村电商调研报告 · 调研小组知识库</title></head><body>'
        '<div class="top-banner"><a href="/">墨页</a><span>下载墨页客户端</span></div>'
        '<aside class="book-menu"><a href="/shijian/">调研小组知识库</a><ul><li><a href="/shijian/plan">实践方案</a></li>'
        '<li><a href="/shijian/diary">实践日志</a></li></ul></aside>'
        '<main><div class="doc-head"><h1 class="doc-title">云溪镇农村电商调研报告</h1>'
        f'<div class="doc-meta">{meta}<span class="time">2025-08-05 21:10</span><span>阅读 312</span>'
        '<button class="follow">关注作者</button></div></div>'
        f'<div class="doc-body">{paras}</div>'
        '<section class="comments"><h3>评论 (2)</h3><div class="cmt"><span class="comment-author">陈默</span><p>数据很扎实。</p></div>'
        '<div class="cmt"><span class="author">村委小刘</span><p>谢谢同学们！</p></div></section></main></body></html>'
    )


def test_a_name_marked_as_the_author_under_the_title_is_the_author(rules):
    """Pattern: a platform marks its writer by class in the meta line under the title (a document
    platform's <span class="author">, a blog's post-author, an account's author-name card) and
    labels nothing. Look-alikes: commenters marked so under the text are not the author, nor is
    the site's own name in that place (its home link's)."""
    article = process_html(_doc_page('<span class="author">宋知秋</span>'), None, rules)
    assert article.author == "宋知秋"
    assert (
        process_html(_doc_page('<a class="doc-author-name" href="/u/1">宋知秋</a>'), None, rules).author
        == "宋知秋"
    )
    assert process_html(_doc_page(""), None, rules).author is None
    assert process_html(_doc_page('<span class="author">墨页</span>'), None, rules).author is None


def _review_page(info: str, card: str) -> str:
    """A reading channel's book review: menu, trail, title, info line, the review with the book's
    card in its text, and a list of other reviews."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "第一次读这本书是在高二的暑假，那时只觉得故事太苦，一个人的亲人接连离去，读到一半就放下了。",
            "十年后重读，才发现作者写的并不是苦难本身，而是一个普通人怎样在苦难里活下去。福贵没有怨天尤人，他只是一天一天地过日子。",
            "书的语言极其朴素，几乎没有形容词，可正是这种平静，让那些离别显得更加沉重。合上书的时候，我在窗前坐了很久。",
        )
    )
    return (
        '<html><head><meta charset="utf-8"><title>十年后重读《山那边的灯》_读书频道_江城文化网</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/dushu/">读书</a><a href="/yishu/">艺术</a></div>'
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/dushu/">读书</a> &gt; 正文</div>'
        f'<h1>十年后重读《山那边的灯》</h1><div class="info">{info}</div>'
        f'<div class="article">{card}{paras}</div>'
        '<div class="more"><h3>更多书评</h3><ul><li><a href="/dushu/2.html">读《海边的信》</a> 2025-10-02</li></ul></div>'
        '<div class="foot">江城文化网 版权所有</div></body></html>'
    )


def test_a_books_card_in_a_review_names_the_books_writer_not_the_reviewer(rules):
    """Pattern: a review quotes the reviewed book's card in its text (书名：《山那边的灯》 作者：程远
    出版社：江城文艺出版社, on one line or as a list): its 作者 is the book's writer, not the page's.
    The reviewer the info line names is the author; with none named there is none. Look-alike: a
    serialised book's line under the title (连载：… 出版社：… 作者：…) names the writer of the book
    the text is from."""
    line = "<p>书名：《山那边的灯》　作者：程远　出版社：江城文艺出版社</p>"
    listed = "<ul><li>书名：《山那边的灯》</li><li>作者：程远</li><li>出版社：江城文艺出版社</li></ul>"
    for card in (line, listed):
        assert process_html(_review_page("2025-11-08 10:20", card), None, rules).author is None
        named = process_html(_review_page("2025-11-08 10:20　作者：林小雨", card), None, rules)
        assert named.author == "林小雨"
    serial = process_html(
        _review_page("连载：山那边的灯　出版社：江城文艺出版社　作者：程远", ""), None, rules
    )
    assert serial.author == "程远"


def _chapter_page(info: str) -> str:
    """An old portal's serialised book (table layout, GB2312 era): the book's table of contents in
    the left column, each chapter a link and its date in a <font>, set apart by <br>; the chapter."""
    toc = "".join(
        f'<a href="/book/88/{n}.shtml" target=_blank>{name}</a><font color=#6666cc>(2004/10/10 17:06)</font><br>'
        for n, name in enumerate(
            (
                "江边的渡口（一）",
                "江边的渡口（二）",
                "镇上的学堂（一）",
                "镇上的学堂（二）",
                "北上的货船（一）",
                "北上的货船（二）",
                "回乡的路上（一）",
                "回乡的路上（二）",
            ),
            1,
        )
    )
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "那年秋天，阿福揣着母亲缝在衣襟里的两块银元，搭上了北去的货船。船在江上走了九天，他一直睡在甲板的麻袋堆旁。",
            "到了码头，他跟着同乡在货栈里扛包，晚上就在油灯下认字。掌柜见他勤快，让他替账房抄写货单。",
            "一年以后，他寄回家的第一封信只有三行字，母亲请邻居念了一遍又一遍，把信纸折好压在了枕头底下。",
        )
    )
    return (
        '<html><head><meta charset="gb2312"><title>北上（二）_连载_江城网</title></head><body>'
        '<table width=760><tr><td colspan=2><a href="/">江城网首页</a> &gt; <a href="/book/">读书频道</a> &gt; <a href="/longbook/">连载</a></td></tr>'
        f"<tr><td width=200 valign=top class=l17><b>本书目录</b><br>{toc}</td>"
        f"<td width=560 valign=top><h2>北上（二）</h2>{info}<div class=f14>{paras}</div></td></tr>"
        "<tr><td colspan=2 align=center>江城网版权所有</td></tr></table></body></html>"
    )


def test_a_table_of_contents_dates_its_chapters_not_the_page(rules):
    """Pattern: an old portal's table of contents beside a chapter lists the other chapters as a
    title link and its date in a <font>, set apart by <br> (no <li>): each date is a linked page's.
    The page's own date line is still its date; with none the page is undated."""
    assert process_html(_chapter_page(""), None, rules).published is None
    dated = process_html(_chapter_page("<p>2004年10月12日 09:30　来源：江城网读书</p>"), None, rules)
    assert dated.published == datetime(2004, 10, 12, 9, 30)


def _portal_page(info: str, credit: str = "") -> str:
    """A community portal's article view (Discuz-like): top bar, menu, the title, its info line,
    a 摘要 box, the article, a closing credit, comments."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "老许的修鞋摊在小区东门的梧桐树下摆了十五年，一张折叠桌、一台手摇补鞋机，就是他全部的家当。",
            "下雨天生意最好，谁的鞋跟掉了、拉链坏了，都拿来找他。他从不多收钱，遇到老人常常只收个材料费。",
            "今年小区改造，物业在门岗旁给他留了一间小屋，老许说，以后刮风下雨也不用收摊了。",
        )
    )
    return (
        '<html><head><meta charset="utf-8"><title>小区门口的修鞋摊 - 东城邻里网</title></head><body>'
        '<div class="topbar"><a href="/">东城邻里网</a> <a href="/member.php?mod=register">注册</a> <a href="/member.php?mod=logging">登录</a></div>'
        '<div class="nav"><a href="/portal.php">门户</a><a href="/forum.php">论坛</a><a href="/home.php">家园</a></div>'
        '<div class="bm"><h1 class="ph">小区门口的修鞋摊</h1>'
        f'<p class="xg1">{info}</p></div>'
        '<div class="s"><strong>摘要</strong>: 老许的修鞋摊在小区东门的梧桐树下摆了十五年……</div>'
        f'<div class="d" id="article_content">{paras}{credit}</div>'
        '<div class="comments"><h3>最新评论</h3><p><a href="/space-uid-7.html">西门老李</a> 2024-5-14 12:01</p><p>老许人真好。</p></div>'
        "</body></html>"
    )


def test_the_original_writer_beats_the_poster_and_came_from_names_the_source(rules):
    """Pattern: a portal's info line names who posted the text and who wrote it (2024-5-14 10:32 |
    发布者: 社区小编 | 原作者: 许南星 | 来自: 东城日报): the writer is the author whichever label comes
    first, and 来自 on such a dated info line names the outlet the text came from. Look-alike: a
    personal library's 来自：member > 《folder》 trail and a related list's 来自：… name no source."""
    line = "2024-5-14 10:32 | 发布者: 社区小编 | 查看: 1523 | 原作者: 许南星 | 来自: 东城日报"
    article = process_html(_portal_page(line), None, rules)
    assert (article.author, article.source) == ("许南星", "东城日报")
    trail = '<p class="from">来自：<a href="/userhome/4">青竹</a> &gt; <a href="/userhome/4/c/1">《邻里故事》</a></p>'
    article = process_html(_portal_page("2024-5-14 10:32 | 发布者: 社区小编", trail), None, rules)
    # (The poster, a site's desk, names no author since session 21: …小编 is no person.)
    assert (article.author, article.source) == (None, None)
    # The app a post was sent from is no source (review finding R9).
    for client in ("iPhone客户端", "Android", "手机版"):
        line = f'<a href="/space-uid-55.html">果果妈</a> 2024-03-16 18:42 来自: {client}'
        assert process_html(_portal_page(line), None, rules).source is None


def test_a_bracketed_credit_with_a_unit_and_a_latin_name_give_the_writer(rules):
    """Pattern: a company's news closes with （文/市场部 沈一禾）: the writer is 韩露, not the unit
    and not the bracket; a writer named in Latin letters (作者：Chen Mo) is one name, not two."""
    credit = '<p style="text-align:right">（文/市场部 沈一禾）</p>'
    assert process_html(_portal_page("2024-5-14 10:32", credit), None, rules).author == "沈一禾"
    assert process_html(_portal_page("2024-5-14 10:32 | 作者：Chen Mo"), None, rules).author == "Chen Mo"
    assert (
        process_html(_portal_page("2024-5-14 10:32 | 作者：林一帆 王海"), None, rules).author
        == "林一帆、王海"
    )


def _release_page(dates: str) -> str:
    """A government information office's press release (table layout, Big5-era): a sidebar with
    an archive's date picker, the headline, the release as <br><br> runs, 完, then its day and,
    on the next line, its time."""
    picker = "".join(f'<option value="2024-05-{d:02d}">2024年5月{d}日</option>' for d in range(14, 0, -1))
    body = "<br><br>".join(
        (
            "文化事務署今日公布，城東公共圖書館由下月一日起延長開放時間，平日開放至晚上十時，周末及假日照常開放。",
            "圖書館同時增設自助還書機及夜間自修區，自修區設有一百二十個座位，讀者須以借書證登記使用。",
            "讀者可致電圖書館服務台3188 0421了解詳情。",
        )
    )
    return (
        '<html lang="zh-HK"><head><meta charset="utf-8"><title>新聞公報</title></head><body>'
        '<table width="100%"><tr><td id="left" width="200"><div class="box"><h3>新聞公報檔案</h3><form>'
        f'<select name="d">{picker}</select><button>瀏覽</button></form></div></td>'
        '<td id="content"><div class="headline">城東圖書館下月起延長開放時間</div>'
        f'<div class="pr-body">{body}<br><br><p class="end">完</p><div class="pr-date">{dates}</div></div>'
        '<div class="pr-nav"><a href="/gia/1.htm">上一篇：中央公園噴水池暫停開放</a></div></td></tr></table>'
        '<div id="footer">2024 版權所有 海城市政府新聞處 | 本網頁最近修訂日期：2024年5月15日</div></body></html>'
    )


def test_a_releases_day_and_the_time_on_the_line_under_it_are_one_date(rules):
    """Pattern: a press release closes with its day and, on the next line, its time
    (2024年5月14日（星期二）<br>香港時間15時30分): one publication time. An archive's date picker
    (<option>2024年5月1日</option>… 瀏覽) dates no article and names no source."""
    article = process_html(_release_page("2024年5月14日（星期二）<br>香港時間15時30分"), None, rules)
    assert (article.published, article.source) == (datetime(2024, 5, 14, 15, 30), None)
    article = process_html(_release_page("2024年5月14日（星期二）"), None, rules)
    assert (article.published, article.source) == (datetime(2024, 5, 14), None)


def _docs_page(meta: str, footer: str) -> str:
    """A static docs site (VitePress-like): top nav, sidebar groups, the page's h1 with an anchor,
    a meta line of icons, the guide, an edit link and a last-updated footer, prev/next."""
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "校园卡集身份认证、食堂消费、图书借阅和门禁于一体，入学报到时在体育馆领取，首次使用需在自助机上设置密码。",
            "卡内余额可以通过自助机、手机客户端或食堂窗口充值，单次充值不超过五百元。",
            "校园卡丢失后请立即在手机客户端挂失，再带身份证到信息中心一楼补办，补卡工本费二十元。",
            "毕业离校前，请在自助机上把卡内余额退回本人银行卡，未退的余额将在离校三个月后统一转入学校的助学基金。",
        )
    )
    return (
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>校园卡使用说明 | 江城学院信息化指南</title></head><body>'
        '<header class="VPNav"><a class="title" href="/">江城学院信息化指南</a><a href="/guide/">指南</a><a href="/faq/">常见问题</a></header>'
        '<aside class="VPSidebar"><p class="text">入学准备</p><a href="/guide/wifi">校园网</a><a href="/guide/mail">邮箱</a></aside>'
        '<main><div class="vp-doc"><h1 id="x">校园卡使用说明 <a class="header-anchor" href="#x">#</a></h1>'
        f'<div class="doc-meta">{meta}</div>{paras}</div>'
        f'<footer class="VPDocFooter"><div class="edit-link"><a href="https://git.example.com/edit">编辑本页</a></div>{footer}'
        '<nav class="prev-next"><a href="/guide/dorm">上一页 校园网</a></nav></footer></main></body></html>'
    )


def test_a_docs_pages_icon_labels_and_its_last_edits_time_element(rules):
    """Pattern: a docs theme labels its meta line with icons (✍️ 网络信息中心 📅 发布于 2025-08-20)
    and prints its last edit in a <time datetime> (最后更新于: …, class last-updated): the writer
    behind the hand is the author, and the last edit's time is no publication. Look-alike:
    WordPress's one time element, class "entry-date published updated", is the publication."""
    meta = "<span>✍️ 网络信息中心</span><span>📅 发布于 2025-08-20</span>"
    edited = '<p class="last-updated">最后更新于: <time datetime="2025-08-26T08:40:12.000Z">2025/8/26 16:40</time></p>'
    article = process_html(_docs_page(meta, edited), None, rules)
    assert (article.published, article.author) == (datetime(2025, 8, 20), "网络信息中心")
    published = '<p><time class="entry-date published updated" datetime="2025-08-26T08:40:12+08:00">2025年8月26日</time></p>'
    article = process_html(_docs_page("<span>✍️ 网络信息中心</span>", published), None, rules)
    assert article.published == datetime(2025, 8, 26, 8, 40, 12)


def test_a_blog_platforms_one_tag_in_its_markup_is_its_category(rules):
    """Pattern: a blog platform (Ghost) names a post's tags in its markup, one article:tag meta
    each, and prints them nowhere under the title: one such tag is the post's category; several
    are topics (none is the channel)."""
    one = '<meta property="article:tag" content="读书随记">'
    page = _blog_page("小满 · 2025-11-20").replace("</head>", one + "</head>")
    assert process_html(page, None, rules).category == "读书随记"
    two = one + '<meta property="article:tag" content="护理">'
    page = _blog_page("小满 · 2025-11-20").replace("</head>", two + "</head>")
    assert process_html(page, None, rules).category is None


def test_a_sermons_speaker_and_its_publication_date_beside_the_sermons_day(rules):
    """Pattern: a church's sermon page prints an info table, 講員 | 林牧恩 | 講道日期 | 2025年4月6日
    and 發佈日期 | 2025-04-07: the speaker is the author (a lecture's 主讲人 likewise) and the
    publication label's date, not the event's, is the page's."""
    table = (
        "<table class='sermon-info'><tr><th>講員</th><td>林牧恩</td><th>講道日期</th><td>2025年4月6日（主日崇拜）</td></tr>"
        "<tr><th>系列</th><td>詩篇默想系列（三）</td><th>發佈日期</th><td>2025-04-07</td></tr></table>"
    )
    article = process_html(_tw_page(table, "zh-HK", "utf-8"), None, rules)
    assert (article.published, article.author) == (datetime(2025, 4, 7), "林牧恩")


def test_a_note_platforms_poster_card_above_the_title_names_the_author(rules):
    """Pattern: a note platform prints the poster's card (<div class="author-container">: avatar,
    <span class="username">, a 关注 button) just above the note's title: the username is the
    author. Commenters' names marked so under the note are not."""
    page = _doc_page("").replace(
        '<main><div class="doc-head">',
        '<main><div class="author-container"><a href="/user/5f1e"><img src="/a.jpg" alt=""><span class="username">'
        '阿橙的面试笔记</span></a><button class="follow">关注</button></div><div class="doc-head">',
    )
    assert process_html(page, None, rules).author == "阿橙的面试笔记"
