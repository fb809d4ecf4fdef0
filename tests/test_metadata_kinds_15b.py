"""Metadata kinds of session 15 (issue 11), second sweep: the misses every opened set showed,
grouped by kind, fixed where a kind recurs on several sites in both halves of the sets (A–M and
N–Z with the metadata zoo). Each test is a page of the project's own of real shape (a site's
chrome around one article), read through the page path as a crawl reads it, with the look-alike
that must not change."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

TEXT = (
    "为进一步规范小区停车秩序，街道近日联合物业公司对辖区内十二个老旧小区的停车位进行了重新划线。",
    "新划定的车位共有八百四十个，其中充电车位六十个，优先满足居民夜间停车需要，访客车辆须登记后进入。",
    "街道负责人表示，下一步将结合居民意见，在周边道路增设临时停车位，并推动错时共享停车，缓解停车难题。",
    "居民如对车位分配有意见，可在工作日到社区服务站反映，也可拨打社区服务电话咨询。",
)


def _disclosure_page(issuer: str, info: str) -> str:
    """A government site's public-information page (政府信息公开): the bureau's header, the
    disclosure catalogue's index table above the title (索引号, 发布机构 ``issuer``, 成文日期, the
    fields every such page prints), the title, the info line ``info`` (发布时间, 信息来源, 浏览次数),
    the notice, the footer naming the bureau as the site's organiser."""
    body = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        '<html><head><meta charset="utf-8"><title>关于老旧小区停车位重新划线的通知-通知公告-江城市住房和城乡建设局</title>'
        '</head><body><div class="header"><h2>江城市住房和城乡建设局</h2></div>'
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/tzgg/">通知公告</a></div>'
        '<table class="xxgk"><tr><td>索 引 号：</td><td>JC0021-0302-2025-0041</td><td>主题分类：</td><td>城乡建设</td></tr>'
        f"<tr><td>发布机构：</td><td>{issuer}</td><td>成文日期：</td><td>2025-03-01</td></tr></table>"
        '<h1 class="article-title">关于老旧小区停车位重新划线的通知</h1>'
        f'<div class="pages-date">{info}</div><div class="content">{body}</div>'
        '<div class="footer"><p>主办：江城市住房和城乡建设局 网站标识码：0000000002</p></div>'
        "</body></html>"
    )


def test_a_disclosure_pages_info_line_source_comes_before_its_index_tables_issuer(rules):
    """Pattern: a Chinese government site prints, above every public-information page's title, its
    disclosure catalogue's index table (索引号 / 发布机构 / 成文日期: the organ the catalogue files
    the document under, mostly the site's own bureau), and under the title the info line whose
    信息来源 names who supplied the text (a unit under the bureau, a province's department the
    city forwards). The info line's 来源 is the source, as every truth of such pages writes it
    (a02, h10, y3_01–06: where the two differ, 信息来源); 信息来源：本站 is 本站, as shown (y3_02, the
    lead's convention since session 26). A page
    whose only source label is 发布机构 (or 發佈單位) keeps it."""
    page = _disclosure_page(
        "江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　信息来源：江城市物业服务中心　浏览次数："
    )
    assert _read(page, rules).source == "江城市物业服务中心"
    page = _disclosure_page(
        "江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　信息来源：本站　浏览次数："
    )
    assert _read(page, rules).source == "本站"
    # Look-alikes: the same organ in both (the usual page), and no info-line source at all.
    page = _disclosure_page(
        "江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　信息来源：江城市住房和城乡建设局"
    )
    assert _read(page, rules).source == "江城市住房和城乡建设局"
    page = _disclosure_page("江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　浏览次数：")
    assert _read(page, rules).source == "江城市住房和城乡建设局"


POST = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_threads_trail_to_its_board_is_its_category(rules):
    """Pattern: a forum or community thread's page shows the trail from the site to the board the
    thread was posted in, and the board is the thread's category (every truth of such pages: j06
    考研交流, x01 健康). Two shapes miss it: a community engine that prints the trail inside the
    thread's header box, between the poster's avatar and the title (竹林 › 健康, then the h1),
    where no element holds the trail alone; and an old forum whose trail ends with the page's
    own kind in plain text (江湖论坛 >> 考研交流 >> 浏览帖子, as a portal's 正文 or 查看内容), no channel.
    A top bar's links that stand apart by spaces are no trail."""
    header = (
        '<div class="header"><div class="fr"><a href="/member/lanyu"><img src="/a/lanyu.png" alt="lanyu"></a></div>'
        '<a href="/">竹林</a> <span class="chevron">&nbsp;›&nbsp;</span> <a href="/go/health">健康</a>'
        '<div class="sep10"></div><h1>分享：三年从九十公斤到七十公斤的减重记录</h1>'
        '<small class="gray"><a href="/member/lanyu">lanyu</a> · 2025-11-02 21:36 · 4812 次点击</small></div>'
    )
    page = (
        '<html><head><meta charset="utf-8"><title>分享：三年从九十公斤到七十公斤的减重记录 - 竹林</title></head>'
        '<body><div id="Top"><a href="/">竹林</a> <a href="/">首页</a> <a href="/signup">注册</a></div>'
        f'<div class="box">{header}<div class="topic_content">{POST}</div></div></body></html>'
    )
    assert _read(page, rules).category == "健康"
    old = (
        '<html><head><meta charset="gbk"><title>二战上岸，写给还在路上的你们 - 江湖论坛</title></head><body>'
        '<table class="nav"><tr><td>您的位置：<a href="/">江湖论坛</a> &gt;&gt; <a href="/list.asp?b=12">考研交流</a>'
        ' &gt;&gt; 浏览帖子</td><td>[<a href="/post.asp?b=12">发新帖</a>]</td></tr></table>'
        "<table><tr><td><b>主题：二战上岸，写给还在路上的你们</b></td></tr></table>"
        "<table><tr><td>苔花如米小</td><td>楼主 发表于 2025-04-02 23:17:45"
        f"<div>{POST}</div></td></tr></table></body></html>"
    )
    assert _read(old, rules, encoding="gbk").category == "考研交流"
    # A BBS archive's top bar: the board's link holds its label (看板 Marathon: the board Marathon).
    bbs = page.replace(
        '<a href="/go/health">健康</a>', '<a href="/go/health"><span class="board-label">看板 </span>健康</a>'
    )
    assert _read(bbs, rules).category == "健康"
    # Look-alike: a header whose links stand apart by spaces (a menu) names no board.
    menu = page.replace('<span class="chevron">&nbsp;›&nbsp;</span>', " ")
    assert _read(menu, rules).category is None


def test_a_menu_of_links_parted_by_slashes_is_no_trail(rules):
    """Review R27: a menu whose links are parted by " / " (a top menu with the nav's own links, a footer's
    menu) has a trail's shape, but a trail of three links or more that repeats the nav menu's links, or
    sits in the footer, is a menu: its last link names no category. A real trail still gives one."""
    nav = '<div class="nav"><a href="/">首页</a> <a href="/xw/">新闻</a> <a href="/jy/">教育</a> <a href="/ty/">体育</a></div>'
    top = '<div class="top"><a href="/">首页</a> / <a href="/xw/">新闻</a> / <a href="/jy/">教育</a> / <a href="/ty/">体育</a></div>'
    foot = (
        '<div class="foot"><p><a href="/">首页</a> / <a href="/about/">关于我们</a> / <a href="/contact/">联系我们</a>'
        ' / <a href="/map/">网站地图</a></p><p>某市教育信息网 版权所有</p></div>'
    )

    def page(head: str, tail: str) -> str:
        return (
            '<html><head><meta charset="utf-8"><title>市三中举办第十届校园科技节</title></head><body>'
            f'{head}<h1>市三中举办第十届校园科技节</h1><div class="content">{POST}</div>{tail}</body></html>'
        )

    assert _read(page(nav + top, ""), rules).category is None
    assert _read(page(nav, foot), rules).category is None
    trail = '<div class="pos"><a href="/">首页</a> / <a href="/xw/">新闻</a> / <a href="/xw/xy/">校园动态</a></div>'
    assert _read(page(nav + trail, foot), rules).category == "校园动态"
