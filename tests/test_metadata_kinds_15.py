"""Metadata kinds of session 15 (issue 11): author marks the sealed sets' writers used and fanwen
did not read, each on a page of the project's own of real shape (a site's chrome around one
article), read through the page path as a crawl reads it. Each test names the general pattern it
shows, not one site's wording."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

RIVER = (
    "今天早上去河边跑步，发现柳树已经全绿了，岸边的石凳上坐着好几位钓鱼的老人，一动不动地盯着水面。",
    "跑到桥头的时候，太阳刚好从对岸的楼群后面升起来，河面上一层薄雾慢慢散开，几只白鹭贴着水面飞过去。",
    "回来的路上在早点铺吃了一碗豆浆两根油条，老板说这条街下个月要改造，铺子可能要搬到别处去了。",
    "有点舍不得，这家店我吃了快十年，希望搬了以后还能找得到。",
)
# A reader's reply under the post: an entry of its own inside the page, its author a card too.
REPLY = (
    '<div class="replies"><h3>回复</h3><div class="h-entry h-cite p-comment">'
    '<a class="p-author h-card" href="https://changqiao.example.org/@zhoumo"><span class="p-name">周末</span></a>'
    '<div class="e-content"><p>那家豆浆店我也常去，搬了记得告诉大家新地址。</p></div>'
    '<time class="dt-published" datetime="2025-03-14T09:02:00+08:00">3月14日 09:02</time></div></div>'
)


def _fediverse_post(reply: str = REPLY) -> str:
    """A microblog server's page for one post (a fediverse instance's server-rendered status): the
    instance's bar, the post as an ``h-entry`` whose ``p-author h-card`` holds the avatar, the
    display name (``p-name``) and the account's handle, the text, its time and counters; a reply."""
    body = "".join(f"<p>{p}</p>" for p in RIVER)
    return (
        '<html><head><meta charset="utf-8"><title>林小雨：“今天早上去河边跑步，发现柳树已经全绿了…” - 长桥社区</title>'
        '<meta property="og:site_name" content="长桥社区"></head><body>'
        '<div class="top"><a href="/">长桥社区</a> <a href="/explore">探索</a> <a href="/about">关于本站</a>'
        ' <a href="/auth/sign_in">登录</a></div>'
        '<div class="h-entry"><div class="status-head">'
        '<a class="p-author h-card" href="https://changqiao.example.org/@linxiaoyu"><img class="u-photo" src="/a/1.png" alt="">'
        '<span class="display-name"><bdi><strong class="p-name">林小雨</strong></bdi>'
        ' <span class="acct">@linxiaoyu@changqiao.example.org</span></span></a></div>'
        f'<div class="e-content">{body}</div><div class="status-foot">'
        '<a class="u-url" href="https://changqiao.example.org/@linxiaoyu/1123">'
        '<time class="dt-published" datetime="2025-03-14T08:21:00+08:00">2025年3月14日 08:21</time></a>'
        " · 12 次转嘟 · 30 次喜欢</div></div>"
        f'{reply}<div class="foot">长桥社区 · 运行于开源软件</div></body></html>'
    )


def _personal_site(entry_class: str, credit: str) -> str:
    """A personal site's post (an IndieWeb blog, or a blog theme's hAtom): the site's own card in
    the header (its name, not the writer's), a menu, the post whose footer ``credit`` credits its
    writer, then a reader's reply."""
    body = "".join(f"<p>{p}</p>" for p in RIVER)
    return (
        '<html><head><meta charset="utf-8"><title>早晨的河边 | 墨痕</title></head><body>'
        '<header class="h-card"><a class="p-name u-url" href="https://moheng.example.org/">墨痕</a>'
        '<p class="p-note">写字的地方</p></header>'
        '<nav><a href="/">首页</a> <a href="/archive/">归档</a> <a href="/about/">关于</a></nav>'
        f'<article class="{entry_class}"><h1 class="p-name entry-title">早晨的河边</h1>'
        f'<div class="e-content entry-content">{body}</div><footer class="entry-meta">{credit}</footer></article>'
        f"{REPLY}</body></html>"
    )


def _with_head(page: str, head: str) -> str:
    return page.replace("</title>", "</title>" + head, 1)


def test_a_posts_microformats_author_is_its_writer(rules):
    """Pattern: microformats mark a post's writer for readers that follow them (fediverse servers,
    IndieWeb blogs, blog themes): the post's ``h-entry`` holds a ``p-author h-card`` whose
    ``p-name`` is the display name (not the account's handle beside it); a card with no ``p-name``
    is named by its text; microformats 1 (``hentry``) mark it ``author vcard`` with an ``fn``. A
    reply's card (an entry inside the page's) and the site's own card (the header's ``h-card``,
    no ``p-author``) name no writer of the post."""
    article = _read(_fediverse_post(), rules)
    assert article.author == "林小雨"
    assert article.published is not None and article.published.day == 14
    # A card whose name is its text (no p-name inside), in the post's footer.
    credit = (
        '<a class="p-author h-card" href="https://moheng.example.org/">陈墨</a> 写于 '
        '<time class="dt-published" datetime="2025-03-14T08:21:00+08:00">2025-03-14</time>'
    )
    assert _read(_personal_site("h-entry", credit), rules).author == "陈墨"
    hatom = (
        '本文由 <span class="author vcard"><a class="url fn n" href="/author/chenmo/">陈墨</a></span> 写于 '
        '<abbr class="published" title="2025-03-14T08:21:00+08:00">2025年3月14日</abbr>'
    )
    assert _read(_personal_site("hentry post", hatom), rules).author == "陈墨"
    # What the post marks comes before what the page's head declares (a theme's meta author).
    head = '<meta name="author" content="墨痕编辑部">'
    assert _read(_with_head(_personal_site("h-entry", credit), head), rules).author == "陈墨"
    # The look-alikes: with no author in the post, neither the reply's card nor the site's is read.
    bare = '<time class="dt-published" datetime="2025-03-14T08:21:00+08:00">2025-03-14</time>'
    assert _read(_personal_site("h-entry", bare), rules).author is None


def test_structured_data_by_reference_and_dublin_core_name_the_writer(rules):
    """Pattern: the other machine-readable author marks of a page's head. A JSON-LD graph (a
    WordPress SEO plugin's) names its article's author by reference (``"author": {"@id": …}``)
    to the graph's Person node, which holds the name; a library's, a journal's or a portal's
    Dublin Core ``<meta name="DC.creator">`` names the writer as ``<meta name="author">`` does.
    A node's name the page does not print (the site's account the plugin filled it from) is none."""
    bare = '<time class="dt-published" datetime="2025-03-14T08:21:00+08:00">2025-03-14</time>'
    about = "<aside><h3>关于</h3><p>陈墨，住在河边的小城，写字，也拍照。</p></aside></body>"
    page = _personal_site("post", bare).replace("</body>", about)
    person = "https://moheng.example.org/#/schema/person/5f2"
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "早晨的河边",'
        f' "author": {{"@id": "{person}"}}, "datePublished": "2025-03-14T08:21:00+08:00"}},'
        ' {"@type": "WebSite", "@id": "https://moheng.example.org/#website", "name": "墨痕"},'
        f' {{"@type": "Person", "@id": "{person}", "name": "陈墨"}}]}}'
    )
    assert (
        _read(_with_head(page, f'<script type="application/ld+json">{graph}</script>'), rules).author
        == "陈墨"
    )
    assert _read(_with_head(page, '<meta name="DC.creator" content="陈墨">'), rules).author == "陈墨"
    # A reference to no node of the graph, or to a node whose name the page never prints, names nobody.
    dangling = graph.replace(f'"@id": "{person}", "name"', '"@id": "elsewhere", "name"')
    assert (
        _read(_with_head(page, f'<script type="application/ld+json">{dangling}</script>'), rules).author
        is None
    )
    account = graph.replace('"name": "陈墨"', '"name": "moheng_admin"')
    assert (
        _read(_with_head(page, f'<script type="application/ld+json">{account}</script>'), rules).author
        is None
    )


CANAL = (
    "今年春天，我们小组沿着古运河走了三天，从北关闸一路走到南门外的老码头，沿途记下了十几处石桥和河埠头的现状。",
    "北关闸一带的石驳岸保存得最完整，条石之间的铁锔还在，但有几段已经被后来的水泥墙代替，看上去很不协调。",
    "在老码头，我们遇到一位在河边住了六十多年的老人，他说小时候每天早上都有运粮的船从这里出发，码头上挑夫来来往往。",
    "这次考察让我们意识到，运河遗产的保护不能只盯着几处名胜，沿岸普通的桥、埠头和老房子同样值得记录下来。",
)


def _school_page(info: str, head: str = "", tail: str = "", title: str = "运河沿线石桥现状考察记录") -> str:
    """A school's news page (a county CMS): menu, breadcrumb, the title, ``info`` (its info line),
    ``head`` and ``tail`` around the text, a sidebar of dated news, the footer."""
    body = "".join(f"<p>{p}</p>" for p in CANAL)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_研学活动_城南中学</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news/">学校新闻</a> <a href="/yanxue/">研学活动</a></div>'
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/yanxue/">研学活动</a></div>'
        f'<div class="main"><h1>{title}</h1><div class="info">{info}</div>'
        f'<div class="content">{head}{body}{tail}</div></div>'
        '<div class="side"><h3>最新动态</h3><ul><li><a href="/n/1.html">我校举行春季运动会</a> 2025-04-01</li></ul></div>'
        '<div class="foot">城南中学 版权所有</div></body></html>'
    )


def test_role_labels_that_name_the_writer(rules):
    """Pattern: a role's label before the name says who wrote the text, where 作者 is not printed:
    ``执笔`` (who wrote a group's report), ``记录`` / ``記錄`` (who wrote a meeting's minutes or a
    trip's record), ``供稿`` (who supplied the copy: after a writer's label on the same line). An
    oral account (``口述：X　整理：Y``) is the speaker's, as a library catalogues it (the 口述者
    is its first statement of responsibility, the 整理者 the next); ``整理：`` alone credits who
    wrote the text up."""
    date = "发布时间：2025-05-12"
    assert _read(_school_page(f"{date}　执笔：王立新　浏览：321"), rules).author == "王立新"
    assert _read(_school_page(f"{date}　浏览：321", tail="<p>（执笔：王立新）</p>"), rules).author == "王立新"
    assert _read(_school_page(f"{date}　记录：周晓岚"), rules).author == "周晓岚"
    assert _read(_school_page("發布時間：2025-05-12　記錄：周曉嵐"), rules).author == "周曉嵐"
    minutes = (
        "<p>时间：2025年5月12日下午</p><p>地点：学校三楼会议室</p><p>主持：校长 王立新</p>"
        "<p>出席：全体行政人员</p><p>记录：周晓岚</p>"
    )
    assert _read(_school_page("", head=minutes, title="城南中学第五次校务会议纪要"), rules).author == "周晓岚"
    assert _read(_school_page(f"{date}　供稿：周晓岚"), rules).author == "周晓岚"
    assert _read(_school_page(f"{date}　供稿：团委　撰稿：周晓岚　摄影：李强"), rules).author == "周晓岚"
    assert _read(_school_page(date, head="<p>口述：陈阿福　整理：周晓岚</p>"), rules).author == "陈阿福"
    assert _read(_school_page(f"{date}　口述：陈阿福 整理：周晓岚"), rules).author == "陈阿福"
    assert _read(_school_page(f"{date}　整理：周晓岚"), rules).author == "周晓岚"
    # The speaker named with a long affiliation and title before the name, as a health page prints
    # a doctor (口述：某医院某科主任医师 王某　整理：本报记者 李某): still the speaker.
    byline = "<p>口述：城南区人民医院老年医学科主任医师 陈阿福　整理：本报记者 周晓岚</p>"
    assert _read(_school_page(date, head=byline), rules).author == "陈阿福"
    # The look-alikes: a record's time, a word before the role (资料整理), a verb in a sentence.
    assert _read(_school_page(f"{date}　记录时间：2025-05-10"), rules).author is None
    assert _read(_school_page(f"{date}　资料整理：周晓岚"), rules).author is None
    said = "<p>老人一边说，我们一边做了记录：北关闸、南门码头、三元桥。</p>"
    assert _read(_school_page(date, head=said), rules).author is None


def test_an_info_box_of_labels_and_values_names_the_writer(rules):
    """Pattern: an info box that sets each label in a cell of its own and its value in the next
    (a definition list ``<dt>作者</dt><dd>X</dd>``, a table row ``<th>作者</th><td>X</td>``)
    names the writer when its labels are all an article's fields (author, date, source, views,
    reviewer), not only when one labels the publication (发布日期). A book's fact table (作者,
    出版社, 出版时间: a review's) names the book's writer, no author of the page."""
    dl = '<dl class="meta"><dt>作者</dt><dd>周晓岚</dd><dt>日期</dt><dd>2025-05-12</dd><dt>浏览</dt><dd>321</dd></dl>'
    assert _read(_school_page(dl), rules).author == "周晓岚"
    dl = "<dl><dt>来源</dt><dd>城南中学团委</dd><dt>作者</dt><dd>周晓岚</dd><dt>时间</dt><dd>2025-05-12</dd></dl>"
    article = _read(_school_page(dl), rules)
    assert (article.author, article.source) == ("周晓岚", "城南中学团委")
    row = "<table><tr><th>作者</th><td>周晓岚</td><th>时间</th><td>2025-05-12</td></tr></table>"
    assert _read(_school_page(row), rules).author == "周晓岚"
    row = '<table class="info"><tr><th>撰稿人</th><td>周晓岚</td><th>审核</th><td>王立新</td><th>日期</th><td>2025-05-12</td></tr></table>'
    assert _read(_school_page(row), rules).author == "周晓岚"
    # The look-alike: a book's facts under a review's title.
    book = (
        "<table><tr><th>书名</th><td>《运河人家》</td></tr><tr><th>作者</th><td>余秋水</td></tr>"
        "<tr><th>出版社</th><td>江南文艺出版社</td></tr><tr><th>出版时间</th><td>2024-09</td></tr></table>"
    )
    assert (
        _read(_school_page(f"发布时间：2025-05-12{book}", title="读《运河人家》有感"), rules).author is None
    )


def test_entries_that_hold_no_article_name_no_writer(rules):
    """Pattern (review R10): a list of hAtom entries beside an unmarked article (a blog theme's
    "recent posts" widget marks each teaser ``hentry`` with its ``author vcard``) is a listing's,
    never the post's: no entry holds the article, so microformats name nobody, and the page's
    ``<meta name="author">`` is read."""
    side = "".join(
        f'<article class="hentry"><h4 class="entry-title"><a href="/p/{i}.html">{title}</a></h4>'
        f'<span class="author vcard"><a class="url fn n" href="/author/{i}">{name}</a></span></article>'
        for i, (title, name) in enumerate(
            (("我市中考报名工作启动", "刘华"), ("新学期教研工作会议召开", "赵强"))
        )
    )
    body = "".join(f"<p>{p}</p>" for p in CANAL)
    page = (
        '<html><head><meta charset="utf-8"><title>运河沿线石桥现状考察记录 | 育才教育博客</title></head><body>'
        '<nav><a href="/">首页</a> <a href="/cat/news/">学校新闻</a> <a href="/about/">关于</a></nav>'
        '<div id="main"><div class="post"><h1>运河沿线石桥现状考察记录</h1><div class="meta">2025-03-13</div>'
        f'<div class="entry">{body}</div></div></div><aside id="sidebar"><h3>推荐阅读</h3>{side}</aside>'
        "<footer>育才教育博客 © 2025</footer></body></html>"
    )
    assert _read(page, rules).author is None
    assert _read(_with_head(page, '<meta name="author" content="周晓岚">'), rules).author == "周晓岚"


def test_a_fact_table_inside_the_text_is_no_info_box(rules):
    """Pattern (review R11): a table of article-like labels (作者 / 时间) inside the text, after its
    prose, is about something the text tells of (a book's card in a reading report, a poem's
    facts), not the page's info box, which sits above the text or beside it."""
    card = "<table><tr><td>作者</td><td>朱自清</td></tr><tr><td>时间</td><td>1925年10月</td></tr></table>"
    lead = "<p>读了朱自清的《背影》，我想起了自己的父亲。下面是这篇文章的基本信息。</p>"
    article = _read(_school_page("学校新闻", head=lead + card), rules)
    assert article.author is None
    # The same table above the text is the page's box.
    assert _read(_school_page(card.replace("朱自清", "周晓岚")), rules).author == "周晓岚"
