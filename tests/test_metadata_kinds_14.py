"""Metadata kinds of session 14 (issue 11): the kinds blind set Z and the class/id ablation show, each
on a page of the project's own of real shape (a site's chrome around one article), read through the
page path as a crawl reads it. Each test names the general pattern it shows, not one site's wording."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

TEA = (
    "据省茶叶流通协会统计，今年春茶季全省名优绿茶收购均价同比上涨百分之四，采摘期比去年推迟了五天左右。",
    "协会分析认为，三月中旬的两次低温让早发品种减产，但明前茶的品质普遍好于往年，中高端产品走货顺畅。",
    "部分茶企反映，电商渠道的订单占比已经超过三成，直播带货让一些偏远产区的小众品种第一次走出了大山。",
    "协会提醒茶农和经销商，夏秋茶上市前要做好仓储和防潮，不要为了赶行情压低收购标准，以免影响口碑。",
)


def _portal_page(info: str, text_head: str = "", text_tail: str = "（责任编辑：闻笛）") -> str:
    """An old table-layout trade portal (a tea market's news): a top bar, a menu, a breadcrumb, the
    title, ``info`` (the info line), the text closed by an editor's line, a statement, related news."""
    body = "".join(f"<p>　　{p}</p>" for p in TEA)
    return (
        '<html><head><meta charset="utf-8"><title>春茶收购均价同比上涨 名优绿茶走货顺畅_茶市资讯_中华茶市网</title></head><body>'
        '<div class="top">欢迎来到中华茶市网！ <a href="/login">登录</a> <a href="/reg">免费注册</a></div>'
        '<div class="menu"><a href="/">首页</a> <a href="/news/">资讯</a> <a href="/price/">行情</a> <a href="/expo/">展会</a></div>'
        '<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/news/">茶市资讯</a> &gt; 正文</div>'
        '<table width="960"><tr><td class="left"><div class="art">'
        "<h1>春茶收购均价同比上涨 名优绿茶走货顺畅</h1>"
        f'<div class="art-info">{info}</div>'
        f'<div class="art-body">{text_head}{body}<p align="right">{text_tail}</p></div>'
        '<div class="art-note">声明：本网转载的稿件仅代表作者观点，如有侵权请联系删除。</div>'
        "</div></td>"
        '<td class="right"><div class="box"><h3>相关资讯</h3><ul><li><a href="/news/1.html">秋茶预售开启</a> [04-02]</li>'
        '<li><a href="/news/2.html">红茶出口回暖</a> [03-28]</li></ul></div></td></tr></table>'
        '<div class="foot">Copyright © 中华茶市网 版权所有</div></body></html>'
    )


def test_an_empty_author_field_stays_empty(rules):
    """Pattern: an info line whose author field is empty (``作者：`` followed at once by the next
    field's label) says the page names no writer: no name printed elsewhere (the editor closing the
    text, a name beside the field) fills it."""
    info = "发布时间：2025-04-18 09:30　来源：省茶叶流通协会　作者：　浏览：<span>1288</span>次"
    article = _read(_portal_page(info), rules)
    assert article.author is None
    assert article.source == "省茶叶流通协会"
    # The look-alikes: a field that names someone, and a byline opening the text, are still read.
    filled = "发布时间：2025-04-18 09:30　来源：省茶叶流通协会　作者：苗春生　浏览：<span>1288</span>次"
    assert _read(_portal_page(filled), rules).author == "苗春生"
    assert _read(_portal_page(info, text_head="<p>文/岑雨</p>"), rules).author == "岑雨"
    # With no author field at all, the editor is still the last resort (the shared corpus's truth).
    bare = "发布时间：2025-04-18 09:30　来源：省茶叶流通协会　浏览：<span>1288</span>次"
    assert _read(_portal_page(bare), rules).author == "闻笛"


WALK = (
    "清明前后去了一趟江南的老镇，住在河边的一家民宿里，早上推开窗就能看见摇橹船从桥洞底下慢慢穿过去。",
    "镇上的石板路被几百年的脚步磨得发亮，雨后走上去要格外小心，我在一家老茶馆门口差点滑了一跤。",
    "茶馆老板说，这条街以前是米市，每逢初一十五，四乡八里的船都停在这里，岸上挤得转不开身。",
    "傍晚沿着河走到镇子的尽头，有一座废弃的粮仓，墙上还留着当年刷的标语，字迹已经斑驳得认不全了。",
    "回程的路上一直在想，这些地方能留下来，靠的不是修得多新，而是还有人愿意在这里过日子。",
)


def _hosted_blog(
    card: str, head: str = "", doc_title: str = "江南老镇的两天 - 拾叶 - 青苔日记", byline: str = ""
) -> str:
    """A post on a hosted blog platform (several members' blogs, one skin): the platform's top bar,
    the blog's own header (its title and motto, no owner's name), the post with its footer, comments
    by readers, and a sidebar holding ``card``. ``head`` goes before the blog's title (a header's
    own nickname box); ``byline`` under the post's title."""
    body = "".join(f"<p>{p}</p>" for p in WALK)
    return (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title></head><body>'
        '<div class="bar"><a href="https://www.qingtai.example.com/">青苔日记</a> <a href="/discover">发现</a>'
        ' <a href="/write">写日记</a> <a href="/login">登录</a></div>'
        f'<div class="blog-head">{head}<div class="blog-name"><a href="https://www.qingtai.example.com/shiye/">慢走慢看</a></div>'
        '<div class="blog-motto">走到哪儿，记到哪儿</div></div>'
        '<div class="wrap"><div class="main"><div class="post">'
        f'<h2 class="post-title">江南老镇的两天</h2>{byline}<div class="post-text">{body}</div>'
        '<div class="post-foot">2025-04-07 21:10 阅读(512) 评论(2)</div></div>'
        '<div class="cmts"><h3>评论</h3><div class="cmt"><a href="/u/88/">晚来天欲雪</a> 2025-04-08 08:12<p>照片拍得真好，求民宿名字。</p></div>'
        '<div class="cmt"><a href="/u/91/">老街坊</a> 2025-04-08 10:40<p>我也去过，米市那条街现在改成文创街了。</p></div></div></div>'
        f'<div class="side">{card}<div class="box"><h3>最新日记</h3><ul><li><a href="/shiye/p/1.html">春雨</a></li>'
        '<li><a href="/shiye/p/2.html">旧书摊</a></li></ul></div></div></div>'
        '<div class="foot">© 2025 青苔日记 · 禾ICP备00000000号</div></body></html>'
    )


OWNER_CARD = (
    '<div class="box"><img src="/avatar/shiye.png" alt="拾叶"><div><a href="/shiye/">拾叶</a></div>'
    '<div>粉丝 326 · 关注 41</div><a class="btn" href="javascript:;">+ 关注</a></div>'
)


def test_a_hosted_blogs_post_is_its_owners(rules):
    """Pattern: a post on a hosted blog platform names no writer, and the blog's owner is shown
    only in the blog's own boxes: a profile card (the nickname beside the avatar, counters, a follow
    button), the nickname a label names (昵称：, 博主：), the blog's title ``X的博客``. The post is its
    owner's unless it names another writer. The owner is known by those shapes and words, not by
    the boxes' class or id names."""
    # The nickname beside the avatar whose alt text it is, in a card with a follow button.
    assert _read(_hosted_blog(OWNER_CARD, doc_title="江南老镇的两天 - 青苔日记"), rules).author == "拾叶"
    # A card whose nickname is labelled; the name printed in the <title> as its middle part.
    labelled = '<div class="box"><h3>公告</h3><p>昵称：<a href="/shiye/">拾叶</a></p><p>粉丝：326</p><p>关注：41</p><a href="javascript:;">+加关注</a></div>'
    assert _read(_hosted_blog(labelled), rules).author == "拾叶"
    # A card with no label and no avatar, its name the <title>'s middle part.
    bare = '<div class="box"><strong>拾叶</strong><span>日记 88 篇</span><a href="javascript:;">关注</a><a href="javascript:;">私信</a></div>'
    assert _read(_hosted_blog(bare), rules).author == "拾叶"
    # The blog's title in its header names its owner (X的博客).
    titled = '<h1 class="blog-owner"><a href="/shiye/">拾叶的博客</a></h1>'
    assert _read(_hosted_blog("", head=titled, doc_title="江南老镇的两天 - 青苔日记"), rules).author == "拾叶"
    # A guest post that names its writer is the writer's.
    guest = '<div class="post-by">作者：岑雨</div>'
    assert _read(_hosted_blog(OWNER_CARD, byline=guest), rules).author == "岑雨"


def test_recommended_bloggers_are_not_the_owner(rules):
    """The look-alike: a box of other bloggers, each with a follow button, names none of them the
    post's owner (nothing ties a name there to this blog), and neither does the blog's title (慢走慢看,
    no 的博客) nor a reader's comment."""
    others = (
        '<div class="box"><h3>推荐博主</h3><ul>'
        '<li><img src="/a/1.png" alt="程小吴"><a href="/xw/">程小吴</a> <a href="javascript:;">+ 关注</a></li>'
        '<li><img src="/a/2.png" alt="阿梨"><a href="/ali/">阿梨</a> <a href="javascript:;">+ 关注</a></li>'
        '<li><img src="/a/3.png" alt="半糖"><a href="/bt/">半糖</a> <a href="javascript:;">+ 关注</a></li></ul></div>'
    )
    assert _read(_hosted_blog(others, doc_title="江南老镇的两天 - 青苔日记"), rules).author is None


FARM = (
    "清晨七点，城西一所中学的生物实验田里，三十多名初二学生正蹲在田垄边，给刚冒芽的玉米苗数叶片、量株高。",
    "“以前讲植物生长只能看课本上的曲线，现在自己种、自己记，哪天浇水多了、哪天降温了，数据上一眼就能看出来。”带队的生物老师说。",
    "学校把两亩闲置的空地改成了实验田，每个班认领一块，从选种、播种到收获都由学生自己完成，记录写进综合素质评价。",
    "记者从区教育局获悉，今年全区已有九所学校开设了类似的劳动实践课程，明年还将增加到十五所。",
    "记者：孩子们最喜欢哪个环节？",
    "“收玉米那天最热闹，大家都抢着掰。”一名学生抢着回答。",
)


def _reprint_page(first: str, last: str) -> str:
    """A school's news column reprinting a county paper's story: its info line names the paper as
    the source and the reporters as the authors; the story opens with the paper's by-line (``first``)
    and ends with the note of where it first ran (``last``), then the column's editor line."""
    body = "".join(f"<p>{p}</p>" for p in FARM)
    return (
        '<html><head><meta charset="utf-8"><title>县报：城西中学把课堂搬进实验田-城西中学</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/mtbd/">媒体报道</a></div>'
        '<div class="article"><h1>县报：城西中学把课堂搬进实验田</h1>'
        '<div class="meta">来源：青川县报　作者：岑雨 苗春生　发布日期：2025-05-12</div>'
        f'<div class="text"><p style="text-align:center">{first}</p>{body}'
        f'<p style="text-align:right">{last}</p><p style="text-align:right">（编辑：闻笛）</p></div></div>'
        '<div class="foot">城西中学 版权所有</div></body></html>'
    )


def test_a_reprints_newspaper_byline_and_first_printing_note_are_metadata(rules):
    """Pattern: a site reprinting a newspaper's story keeps the paper's by-line (本报记者 X 通讯员 Y)
    at the head of the text and a note of where it first ran (原载《报名》date第N版) at its end. Both
    are metadata (the authors, the source), not the story: they leave the text as removals under a
    rule's name. A sentence that merely mentions a 记者 (记者从…获悉，…; an interview's 记者：question)
    stays."""
    from fanwen.offline import process_html
    from fanwen.strip import load_rules

    article = process_html(
        _reprint_page("本报记者　岑雨　通讯员　苗春生", "原载《青川县报》2025年5月11日第2版"),
        None,
        load_rules(),
    )
    assert article.text.splitlines() == list(FARM)
    removed = {r.text: r.rule for r in article.removed}
    assert removed["本报记者 岑雨 通讯员 苗春生"] == "meta-byline"  # the text's spaces folded
    assert removed["原载《青川县报》2025年5月11日第2版"] == "notice-first-printed"
    assert article.author == "岑雨、苗春生" and article.source == "青川县报"
    # The same by-line and note in other words (a magazine, a reporter alone, 刊于… 第N期).
    other = process_html(_reprint_page("记者 岑雨", "本文刊于《乡村教育》2025年第5期"), None, load_rules())
    assert other.text.splitlines() == list(FARM)


RULING = (
    "原告周某与被告吴某房屋租赁合同纠纷一案，本院于2024年11月4日立案后，依法适用简易程序公开开庭进行了审理。",
    "周某向本院提出诉讼请求：判令被告支付拖欠的租金一万二千元及逾期付款违约金，本案诉讼费用由被告承担。",
    "本院认为，双方签订的租赁合同系真实意思表示，合法有效，被告未按约定支付租金，应承担相应的违约责任。",
    "综上所述，依照《中华人民共和国民法典》相关规定，判决如下：被告于本判决生效之日起十日内支付原告租金一万二千元。",
)


def _document_page(info: str) -> str:
    """A court's judgment page whose boxes carry opaque class names (a CMS of its own, or the
    ablation's): the title printed in a ``<div>`` no class marks as one, an info box of labelled
    fields, the document."""
    body = "".join(f'<div class="k4417021">{p}</div>' for p in RULING)
    return (
        '<html><head><meta charset="utf-8"><title>周某与吴某房屋租赁合同纠纷一审民事判决书_裁判文书_江城法院网</title></head><body>'
        '<div class="k1203377"><a href="/">首页</a> <a href="/cpws/">裁判文书</a> <a href="/tzgg/">通知公告</a></div>'
        '<div class="k8830152"><div class="k2290413">周某与吴某房屋租赁合同纠纷一审民事判决书</div>'
        f'<div class="k6613020">{info}</div>'
        f'<div class="k5051978">{body}</div></div>'
        '<div class="k9901224">江城市江北区人民法院 版权所有</div></body></html>'
    )


def test_a_publication_label_beats_another_labelled_date_when_no_title_marks_the_info_line(rules):
    """Pattern: an info box dates other events before the page's publication (a judgment's 裁判日期,
    a document's 成文日期), and no class marks its title, so the box is not known as the info line
    under the title. The date a publication label introduces (发布日期：) is still the page's, as it
    is beside a known title; before, the first labelled date was."""
    info = (
        "<span>案号：（2024）江0105民初6621号</span><span>裁判日期：2025-01-09</span><br/>"
        "<span>发布日期：2025-02-21 15:40</span><span>浏览次数：--</span>"
    )
    article = _read(_document_page(info), rules)
    assert article.published is not None and article.published.isoformat(sep=" ") == "2025-02-21 15:40:00"
    # The look-alike: a box with no publication label keeps its first labelled date.
    other = "<span>案号：（2024）江0105民初6621号</span><span>裁判日期：2025-01-09</span>"
    assert _read(_document_page(other), rules).published.date().isoformat() == "2025-01-09"


HEALTH = (
    "春天一到，不少家长发现孩子总爱揉眼睛，以为是没睡好，其实很可能是过敏性结膜炎在作怪。",
    "过敏性结膜炎常见的表现是眼痒、眼红、分泌物增多，和花粉、尘螨接触越多，症状往往越重。",
    "出门时给孩子戴上帽子和眼镜，回家后用清水洗脸，能减少花粉在眼周的停留，也要提醒孩子别用手揉眼。",
    "如果症状持续一周以上，或者出现视力下降、畏光，应及时到眼科就诊，不要自行使用含激素的眼药水。",
)


def _account_article(meta: str) -> str:
    """A self-media platform's article (a public account's, WeChat-like) whose boxes carry opaque
    class names: the title, the meta line under it (``meta``), a reviewer's card, the text, an
    editor's line."""
    body = "".join(f'<p class="k3310442">{p}</p>' for p in HEALTH)
    return (
        '<html><head><meta charset="utf-8"><title>孩子春天总揉眼睛？可能是过敏性结膜炎</title></head><body>'
        '<div class="k7701234"><span class="k1100221">打开青苔健康App，阅读体验更佳</span></div>'
        '<div class="k5520013"><h1 class="k8812005">孩子春天总揉眼睛？可能是过敏性结膜炎</h1>'
        f'<div class="k2203318">{meta}</div>'
        '<div class="k6620991">本文已经专家审核　审核专家：苗春生　主任医师</div>'
        f'<div class="k4410077">{body}<p class="k3310442">编辑：闻笛　|　审核：苗春生</p></div></div>'
        '<div class="k9912004">青苔健康 · 让健康知识更可靠</div></body></html>'
    )


def test_a_writers_name_alone_in_the_meta_line_under_the_title_is_the_author(rules):
    """Pattern: the meta line right under the title prints the writer's name alone in an element of
    its own, no label, beside the account's link and the time (原创 苏禾 青苔健康 2025-04-02 19:30): a
    person's name there, no link, before the date, is the author (its class or id, which named it,
    is one clue and may be opaque). The account's link, a reviewer's card and the editor are not."""
    meta = (
        '<span class="k0001">原创</span> <span class="k0002">苏禾</span> '
        '<span class="k0003"><a href="javascript:void(0);">青苔健康</a></span> '
        '<em class="k0004">2025-04-02 19:30</em> <em class="k0005">发表于江苏</em>'
    )
    assert _read(_account_article(meta), rules).author == "苏禾"
    two = meta.replace(">苏禾<", ">苏禾 林青<")
    assert _read(_account_article(two), rules).author == "苏禾、林青"
    # The look-alike: an outlet's name there is no person (its source, not its writer).
    outlet = meta.replace(">苏禾<", ">江城日报<")
    assert _read(_account_article(outlet), rules).author != "江城日报"


POST = (
    "上週末第一次自己做了紅燒牛腩，照著版上前輩的做法一步一步來，結果比想像中順利很多，家人都說好吃。",
    "牛腩先冷水下鍋汆燙去血水，撈起來用溫水洗乾淨，這一步很重要，不然湯會有雜質，顏色也不好看。",
    "炒糖色的時候火一定要小，糖融化變成琥珀色就馬上下肉，晚幾秒就會發苦，我第一次就是這樣失敗的。",
    "最後加熱水淹過牛肉，小火燉一個半小時，收汁前再放蘿蔔，蘿蔔吸飽湯汁以後比肉還搶手。",
)


def _bbs_page(header: str) -> str:
    """A BBS's web view of a post (a PTT-like board) whose boxes carry opaque class names: the
    post's header rows of a label and its value, each in an element of its own with no colon, then
    the post's text."""
    body = "<br>".join(POST)
    return (
        '<html><head><meta charset="utf-8"><title>[食譜] 第一次做紅燒牛腩 - 看板 Cooking - 江灣BBS</title></head><body>'
        '<div class="k1100201"><a href="/bbs/">江灣BBS</a> › <a href="/bbs/Cooking/">看板 Cooking</a></div>'
        f'<div class="k3300402">{header}{body}<br>--<br><span class="k0090">※ 發信站: 江灣BBS, 來自: 203.0.113.9</span></div>'
        '<div class="k5500603">推 小米粥: 看起來好好吃 03/13 08:12</div></body></html>'
    )


def test_a_label_in_an_element_of_its_own_labels_the_next_one(rules):
    """Pattern: a post's header prints each field as a label element and a value element with no
    colon between (``<span>作者</span><span>lanmao (懶貓)</span>``). A label box is known by its
    class (``article-meta-tag``, ``field__label``), and as well by what it says: an element holding
    nothing but an author's or a source's label word is that field's label, whatever its class."""
    rows = (
        '<div class="k2201"><span class="k7701">作者</span><span class="k7702">lanmao (懶貓)</span></div>'
        '<div class="k2202"><span class="k7701">看板</span><span class="k7702">Cooking</span></div>'
        '<div class="k2201"><span class="k7701">標題</span><span class="k7702">[食譜] 第一次做紅燒牛腩</span></div>'
        '<div class="k2201"><span class="k7701">時間</span><span class="k7702">Wed Mar 12 20:15:07 2025</span></div>'
    )
    article = _read(_bbs_page(rows), rules)
    assert article.author == "lanmao"
    assert article.published is not None and article.published.isoformat(sep=" ") == "2025-03-12 20:15:07"


def test_an_empty_author_field_leaves_the_by_lines(rules):
    """Pattern: an empty author field (作者：　点击：…) says the page's field was given no value, not
    that nobody wrote the text: the reporters a lede's dateline credits, or a closing 文/ line, are
    still the writers; only the editor's last resort does not fill the empty field."""
    info = "发布时间：2025-04-18 09:30　作者：　点击：<span>87</span>"
    lede = _portal_page(info).replace("<p>　　据省", "<p>　　本网讯（记者 祁连山 通讯员 俞青禾）据省", 1)
    assert _read(lede, rules).author == "祁连山、俞青禾"
    assert _read(_portal_page(info, text_tail="（文/祁连山）"), rules).author == "祁连山"


def _news_page(
    extra: str, doc_title: str = "春茶收购均价同比上涨 名优绿茶走货顺畅_中华茶市网", heading: str = ""
) -> str:
    """An ordinary news page (no blog platform): the tea portal's article with ``extra`` after it
    (a sidebar, comments), ``heading`` its title when not the default."""
    page = _portal_page("发布时间：2025-04-18 09:30　来源：省茶叶流通协会", text_tail="")
    page = page.replace("春茶收购均价同比上涨 名优绿茶走货顺畅_茶市资讯_中华茶市网", doc_title)
    if heading:
        page = page.replace("<h1>春茶收购均价同比上涨 名优绿茶走货顺畅</h1>", f"<h1>{heading}</h1>")
    return page.replace('<div class="foot">', f'{extra}<div class="foot">')


def test_a_blog_owners_boxes_only_on_a_blog(rules):
    """The look-alikes of a hosted blog's owner boxes on ordinary pages name no author: the site's
    own account card (its name the <title>'s last part: a portal's 中华茶市网 +关注 box), a reader's
    comment with an avatar and a follow button, a sidebar heading reading like a blog's title that
    comes after the post's title (主编推荐的专栏), and a post whose own title reads so (…的日志)."""
    account = '<div class="wx"><img src="/qr.png" alt="中华茶市网"><span>中华茶市网</span><a class="btn">+关注</a></div>'
    assert _read(_news_page(account), rules).author is None
    comment = (
        '<div class="talk"><div><img src="/u/7.png" alt="采茶的阿岚"><a href="/u/7/">采茶的阿岚</a>'
        '<a class="f">关注</a><p>今年的明前茶确实好喝，就是价格又涨了。</p></div></div>'
    )
    assert _read(_news_page(comment), rules).author is None
    column = '<div class="side"><h2>主编推荐的专栏</h2><ul><li><a href="/c/1">茶事杂谈</a></li></ul></div>'
    assert _read(_news_page(column), rules).author is None
    diary = _news_page("", doc_title="一位茶农的日志_中华茶市网", heading="一位茶农的日志")
    assert _read(diary, rules).author is None
