"""Session 21's metadata kinds (issue 11), each on pages of the project's own, with look-alikes that must
not change: an info table's 資料來源 row as the source (over its 發布單位 row, 本會/本院 kept as the unit's
own name), a helper's or a learner's role before a name (志工, 义工, 学生), a site's editor desk as no
author (…小编, …网编辑部), and the site's own name in a <title>'s middle as no category."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

PARAS = (
    "本會上週六在河濱公園舉辦秋季淨灘活動，共有一百二十位志工與社區居民參加，兩個小時清出垃圾三百多公斤。",
    "活動開始前，工作人員先說明分類方式，塑膠瓶、漁網和菸蒂分別裝袋，之後交由清潔隊統一回收處理。",
    "參加的林先生說，第一次看到沙灘上有這麼多細碎的塑膠，回家以後會少用一次性的餐具和吸管。",
    "本會表示，明年將與鄰近學校合作，把淨灘和海洋教育結合起來，讓更多孩子認識家鄉的海岸。",
)


def _org_page(info: str, byline: str = "", *, side: str = "", charset: str = "utf-8") -> str:
    """A Taiwanese association's news page (an ASP.NET-like CMS): the logo, the menu, a sidebar of
    links and contacts, the path, an info table or line (``info``), an optional byline, the story,
    the footer with the association's contact."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    title = "河濱淨灘 清出三百公斤垃圾"
    return (
        '<!DOCTYPE html><html lang="zh-Hant-TW"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{title} - 社團法人海岸守護協會</title></head><body>"
        '<div id="header"><a href="Default.aspx" class="logo"><img src="images/logo.png" alt="社團法人海岸守護協會"></a>'
        '<ul id="menu"><li><a href="Default.aspx">首頁</a></li><li><a href="About.aspx">關於協會</a></li>'
        '<li><a href="News.aspx">最新消息</a></li><li><a href="Join.aspx">加入我們</a></li></ul></div>'
        '<div id="side"><h3>相關連結</h3><ul><li><a href="https://gov.example.tw/">海港縣政府環境保護局</a></li>'
        '<li><a href="https://ocean.example.tw/">海洋委員會</a></li></ul>'
        f"{side}</div>"
        '<div id="content"><div class="path">目前位置：<a href="Default.aspx">首頁</a> &gt; '
        '<a href="News.aspx">最新消息</a> &gt; <a href="News.aspx?cid=2">活動花絮</a></div>'
        f'<div class="news-detail"><h2 class="news-title">{title}</h2>{info}'
        f'<div class="news-body">{byline}{body}</div></div></div>'
        '<div id="footer"><p>社團法人海岸守護協會　聯絡單位：秘書處　電話：(07)123-4567</p></div></body></html>'
    )


def _rows(*rows: tuple[str, str]) -> str:
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f'<table class="news-info" summary="消息資訊">{cells}</table>'


DATE = ("發布日期", "114-10-20 09:30")


def _org(info: str, byline: str = "", *, side: str = "", rules):
    """The association's page as a crawl reads it: in Big5 where its text is traditional, else in UTF-8."""
    html = _org_page(info, byline, side=side, charset="big5")
    try:
        return _read(html, rules, encoding="big5")
    except UnicodeEncodeError:
        return _read(html.replace("charset=big5", "charset=utf-8"), rules)


def test_an_info_tables_supplied_by_row_is_the_source(rules):
    """Pattern: a news CMS's info table prints who published the page (發布單位, the organisation's own
    unit) and who supplied the text (資料來源) in rows of their own; 資料來源 is the source, the
    organisation's own unit by its 本 (本會社工組, 本院總務組, 本会宣传部: "our association's …") whole,
    and an outside body there (a county bureau) over the unit that posted it. Wordings: <th> rows, <td>
    label cells with a colon, a definition list, a line of text.
    Look-alikes: the sidebar's links to bureaus and its contact unit (承辦單位：秘書處), the footer's
    (聯絡單位：秘書處) are no source, a sidebar box's 資料來源 comes after the page's own row; a page with
    no 資料來源 row keeps its 發布單位 as the source (the older sets' convention: W's w04, G's g07)."""
    for info, source in (
        (_rows(DATE, ("發布單位", "總務組"), ("資料來源", "本院總務組"), ("點閱次數", "312")), "本院總務組"),
        (_rows(DATE, ("發布單位", "秘書處"), ("資料來源", "海港縣政府環境保護局")), "海港縣政府環境保護局"),
        (
            '<table class="info"><tr><td>發布日期：</td><td>114-10-20</td><td>發布單位：</td><td>活動組</td>'
            "<td>資料來源：</td><td>本會活動組</td></tr></table>",
            "本會活動組",
        ),
        (
            '<dl class="meta"><dt>发布日期</dt><dd>2025-10-20</dd><dt>发布单位</dt><dd>宣传部</dd>'
            "<dt>资料来源</dt><dd>本会宣传部</dd></dl>",
            "本会宣传部",
        ),
        ('<p class="info">發布日期：114-10-20　發布單位：研發組　資料來源：本會研發組</p>', "本會研發組"),
        # No 資料來源 row: the 發布單位 stays the source (as the older sets credit it).
        (_rows(DATE, ("發布單位", "推廣組"), ("點閱次數", "88")), "推廣組"),
    ):
        assert (_org(info, rules=rules).source, info) == (source, info)
    # The sidebar's and the footer's units name no source of a page that names none; a sidebar box's
    # own 資料來源 (its statistics') comes after the page's row.
    side = "<h3>聯絡我們</h3><p>承辦單位：秘書處</p><p>電話：(07)123-4567</p>"
    assert _org(_rows(DATE, ("點閱次數", "88")), side=side, rules=rules).source is None
    side = "<h3>本月統計</h3><p>淨灘人次 1,204</p><p>資料來源：海洋委員會</p>"
    info = _rows(DATE, ("發布單位", "活動組"), ("資料來源", "本會活動組"))
    assert _org(info, side=side, rules=rules).source == "本會活動組"


def test_a_supplied_by_row_naming_only_the_organisation_is_its_source(rules):
    """The guard of the pattern: 本會 alone where the source goes says "this association itself", and
    the 資料來源 row beats the 發布單位 row: 本會, as shown (the lead's convention since session 26; before,
    a placeholder and no source). A data table in the text with its own 資料來源 row is the text's, not
    the page's field."""
    info = _rows(DATE, ("發布單位", "秘書處"), ("資料來源", "本會"))
    assert _org(info, rules=rules).source == "本會"
    data = (
        "<p>根據主計總處公布的資料，近十年本縣的海岸垃圾清理量如下表所示，其中塑膠類占了將近七成。</p>"
        "<table><tr><td>項目</td><td>公斤</td></tr><tr><td>塑膠類</td><td>2,310</td></tr>"
        "<tr><td>資料來源</td><td>行政院主計總處</td></tr></table>"
    )
    article = _org(_rows(DATE, ("點閱次數", "88")), data, rules=rules)
    assert article.source is None


def test_a_helpers_or_learners_role_before_the_name_is_no_name(rules):
    """Pattern: a byline names the writer's role at the organisation before the name (文／志工 林美玉,
    文/义工 王芳, 撰稿：高二学生 李想, 文／社區志工 陳怡君): the role is who they are, not a second writer.
    Look-alikes: a person whose name ends like a role word (王志工: a surname and two characters) and a
    given name that starts like one (志明) are names; a reporter and an intern stay two writers."""
    for byline, author in (
        ("文／志工 林美玉", "林美玉"),
        ("文/义工 王芳", "王芳"),
        ("撰稿：高二學生 李想", "李想"),
        ("文／社區志工 陳怡君", "陳怡君"),
        ("文∕志工 吳佩珊", "吳佩珊"),  # a division slash (∕, Big5's A241) as the label's slash
        ("文/志願者 張雅婷", "張雅婷"),
        ("文/王志工", "王志工"),
        ("文/志明", "志明"),
        ("記者 孫浩 實習生 何佳", "孫浩、何佳"),
    ):
        article = _org(_rows(DATE), f'<p class="byline">{byline}</p>', rules=rules)
        assert (article.author, byline) == (author, byline)


def _fanwen(credit: str, site: str = "拾光范文网", ld: str = "") -> str:
    """A 范文 site's page: the site's name in the title and the logo, an info line with the credit."""
    script = (
        f'<script type="application/ld+json">{{"@type": "Article", "author": {{"@type": "Person", "name": "{ld}"}}}}'
        "</script>"
        if ld
        else ""
    )
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "这个学期我担任班级的劳动委员，每天放学后安排同学打扫教室和走廊，检查门窗是否关好。",
            "刚开始有同学不愿意值日，我就和大家一起商量，把任务分得更细，每个人都知道自己该做什么。",
            "一个学期下来，我们班的卫生评比拿了三次第一，我也学会了怎样和同学们沟通、怎样把事情做好。",
        )
    )
    return (
        f'<html><head><meta charset="utf-8"><title>劳动委员学期工作总结_工作总结_{site}</title>{script}</head><body>'
        f'<div class="logo"><a href="/">{site}</a></div><div class="nav"><a href="/">首页</a> '
        '<a href="/zj/">工作总结</a> <a href="/jh/">工作计划</a> <a href="/xd/">心得体会</a></div>'
        f'<div class="article"><h1>劳动委员学期工作总结</h1><div class="info">{credit}　时间：2025-06-30 10:20</div>'
        f'<div class="content">{body}</div></div><div class="footer">{site} 版权所有</div></body></html>'
    )


def test_a_sites_editor_desk_is_no_author(rules):
    """Pattern: a 范文 or content site credits its own editor desk where the writer goes: its 小编 by the
    site's or any name (拾光范文网小编, 江城小编), a website's 编辑部 (拾光范文网编辑部), printed or in the
    page's markup. Nobody is named; since session 25 neither does a desk named by no website (文秘之窗编辑部,
    the project's convention). Look-alikes: a person whose name holds 编 (陈编), a writer named beside
    the desk."""
    for credit, ld, author in (
        ("作者：拾光范文网小编", "", None),
        ("作者：江城小编", "", None),
        ("作者：拾光范文网编辑部", "", None),
        ("", "拾光范文网小编", None),
        ("作者：文秘之窗编辑部", "", None),
        ("作者：陈编", "", "陈编"),
        ("作者：林晓雨", "拾光范文网小编", "林晓雨"),
    ):
        assert (_read(_fanwen(credit, ld=ld), rules).author, credit, ld) == (author, credit, ld)


def _qa(title: str, logo: str, menu: str) -> str:
    """A page whose <title> prints the site's name between the page's title and a last part (a Q&A
    site's 问题 - 站名 - 某人的回答, a community's 文章 | 站名 | 某人的专栏), the site's name its logo."""
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "我三十二岁从行政岗转做数据分析，前半年每天下班后学两个小时的统计和数据库查询。",
            "最难的不是技术，而是把业务问题拆成能用数据回答的问题，这一点只能在实际项目里慢慢练。",
            "转岗成功以后，我发现原来做行政时积累的沟通能力，反而成了和业务部门合作时的优势。",
        )
    )
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<header class="top">{logo}<nav>{menu}</nav></header>'
        '<main><h1>三十岁以后转行做数据分析还来得及吗？</h1><div class="meta">林间小路 · 发布于 2025-10-21 23:14</div>'
        f'<div class="answer">{body}</div></main><footer>© 2025 本站 版权所有</footer></body></html>'
    )


def test_the_sites_own_name_in_the_titles_middle_is_no_category(rules):
    """Pattern: a Q&A or community page's <title> ends with the answer's or the column's owner (某人的回答,
    某人的专栏), the site's name in the middle, where a CMS puts the channel: the site's name (its logo
    or its home link, linked among the header's links) is no category. Wordings: a logo link home, a
    logo box holding a link, a link home whose text is the name.
    Look-alike: a real column named …问答 in the title's middle, linked in the menu, stays the category."""
    menu = '<a href="/">首页</a><a href="/explore">发现</a><a href="/hot">热榜</a><a href="/vip">会员</a>'
    for title, logo in (
        (
            "三十岁以后转行做数据分析还来得及吗？ - 青禾问 - 林间小路的回答",
            '<a class="logo" href="/">青禾问</a>',
        ),
        (
            "三十岁以后转行做数据分析还来得及吗？ | 拾光社区 | 林间小路的专栏",
            '<div class="site-logo"><a href="/home">拾光社区</a></div>',
        ),
        ("三十岁以后转行做数据分析还来得及吗？_江澜问答_林间小路的回答", '<a href="/">江澜问答</a>'),
    ):
        assert (_read(_qa(title, logo, menu), rules).category, title) == (None, title)
    menu += '<a href="/wenda/">职场问答</a><a href="/news/">职场资讯</a>'
    title = "三十岁以后转行做数据分析还来得及吗？_职场问答_青禾职场网"
    assert _read(_qa(title, '<a class="logo" href="/">青禾职场网</a>', menu), rules).category == "职场问答"


def test_a_channel_printed_as_a_logo_too_stays_the_category_its_menu_names(rules):
    """The guard of the pattern above (review rev3): a channel's page may print the channel's own
    logo beside the site's (a portal's 健康频道 banner image, a logo box linking the channel), and
    its menu links the channel too: that part of the <title> is the channel, the category. Only a
    part the page prints as its logo or home link *and nowhere else in a menu* is the site's name.
    Wordings: a logo image named so in a logo link to the channel, a logo box holding the channel's
    link, the site's logo and the channel's logo side by side."""
    menu = '<a href="/">首页</a><a href="/career/">职场频道</a><a href="/edu/">教育</a><a href="/health/">健康</a>'
    for title, logo, category in (
        (
            "三十岁以后转行做数据分析还来得及吗？_职场频道_青禾网",
            '<a class="logo" href="/career/"><img src="/img/career.png" alt="职场频道"></a>',
            "职场频道",
        ),
        (
            "三十岁以后转行做数据分析还来得及吗？_健康_青禾网",
            '<div id="logo"><a href="/health/">健康</a></div>',
            "健康",
        ),
        (
            "三十岁以后转行做数据分析还来得及吗？_健康_青禾网",
            '<div class="logo"><a href="/"><img src="/logo.png" alt="青禾网"></a><a href="/health/">健康</a></div>',
            "健康",
        ),
    ):
        assert (_read(_qa(title, logo, menu), rules).category, title, logo) == (category, title, logo)
    # The guard's look-alike: a menu's link home by the site's name (its full address) is no channel.
    menu = (
        '<a href="https://www.qinghe.example/">青禾问</a><a href="/explore">发现</a><a href="/hot">热榜</a>'
    )
    title = "三十岁以后转行做数据分析还来得及吗？ - 青禾问 - 林间小路的回答"
    assert _read(_qa(title, '<a class="logo" href="/">青禾问</a>', menu), rules).category is None


def test_a_source_line_above_the_title_in_the_articles_box_ranks_as_the_info_zones(rules):
    """The guard of the ranking above (review rev3): some templates print the source line just above
    the title, in the article's own box (a kicker line: ``<div class="src">來源：中央社</div><h2>…``),
    and the issuer's row under the title. That line is the article's, as the info zone's is: its 來源
    ranks before the 發布單位 row, as it did before session 21. A sidebar's box above the title (the
    test above) still ranks after the page's own row. Wordings: a box of its own above the heading, a
    kicker line with the date, an inline label."""
    for above, source in (
        ('<div class="src">來源：中央社</div>', "中央社"),
        ('<p class="kicker">114-10-20　來源：海洋委員會</p>', "海洋委員會"),
        ('<span class="source">資料來源：海港縣政府</span>', "海港縣政府"),
    ):
        info = _rows(DATE, ("發布單位", "秘書處"))
        html = _org_page(info).replace('<h2 class="news-title">', f'{above}<h2 class="news-title">')
        assert (_read(html, rules).source, above) == (source, above)
