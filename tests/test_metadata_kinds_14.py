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
