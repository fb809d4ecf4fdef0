"""Metadata kinds of session 13 (issue 11): the kinds the blind sets of two sessions show, each on a
page of the project's own of real shape (a site's chrome around one article), read through the page
path as a crawl reads it. Each test names the general pattern it shows, not one site's wording."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

PARAS = (
    "上个月我们把菜园小组的浇水排班从纸质表格搬到了共享日历上，原因很简单：纸贴在工具棚门上，下雨就糊了。",
    "日历的好处是每个人都能在手机上看到自己哪天值班，换班也不用再打一圈电话，在群里说一声、改一下就行。",
    "试了三周，漏浇的次数从每周两三次降到了零。唯一的问题是几位年纪大的组员不习惯看手机，我们就每周打印一张贴回原处。",
    "下一步打算把施肥和采收的记录也放进去，这样年底总结的时候就不用再翻聊天记录了。",
)


def _notes_page(byline: str, comments: str = "", head: str = "") -> str:
    """A static site generator's post (a community garden group's notes): a top bar, an
    ``<article>`` whose header holds the title and ``byline``, the text, a comment list, a footer."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>浇水排班搬上共享日历 · 东坡菜园小组</title>{head}</head><body>"
        '<header class="site-header"><a class="site-title" href="/">东坡菜园小组</a>'
        '<nav><a href="/posts/">文章</a><a href="/tags/">标签</a><a href="/about/">关于</a></nav></header>'
        '<main><article class="post" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<header class="post-header"><h1 class="post-title" itemprop="headline">浇水排班搬上共享日历</h1>{byline}</header>'
        f'<div class="post-content" itemprop="articleBody">{body}</div>'
        f'<section class="comments"><h2>留言</h2>{comments}</section></article></main>'
        '<footer class="site-footer">© 2025 东坡菜园小组 · 由静态站点生成器构建</footer></body></html>'
    )


def _person(name: str, role: str = "") -> str:
    return (
        '<span class="post-author" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="name">{name}</span>'
        + (f'<small itemprop="jobTitle">{role}</small>' if role else "")
        + "</span>"
    )


def test_a_schema_org_author_in_microdata_names_the_writers(rules):
    """Pattern: a page marks its writers with schema.org microdata on the visible card
    (``itemprop="author"``, a Person whose ``itemprop="name"`` holds the name, one element per
    writer; a role under the name). Every writer of the article's item is its author, in order; a
    comment's author (another item's property) is not one of them."""
    comment = (
        '<div class="comment" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        + _person("路过的邻居")
        + "<p>我们小区也想这么弄。</p></div>"
    )
    byline = f'<div class="byline">{_person("苗春生", "组长")}{_person("岑雨", "记录员")}</div>'
    assert _read(_notes_page(byline, comment), rules).author == "苗春生、岑雨"
    assert (
        _read(_notes_page(f'<div class="byline">{_person("苗春生")}</div>', comment), rules).author
        == "苗春生"
    )


def test_a_json_ld_list_of_writers_names_them_all(rules):
    """Pattern: JSON-LD's ``author`` is a list of Persons when several wrote the post: all of
    them are the author, not the first alone."""
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
        '"headline":"浇水排班搬上共享日历","author":[{"@type":"Person","name":"苗春生"},'
        '{"@type":"Person","name":"岑雨"}]}</script>'
    )
    assert _read(_notes_page("", head=ld), rules).author == "苗春生、岑雨"


def test_a_microdata_date_in_an_attribute_beats_its_visible_clock(rules):
    """Pattern: the visible time shows the clock or a relative time alone (下午3:20, 3 天前) while the
    element marked ``itemprop="datePublished"`` keeps the whole instant in an attribute
    (``title``, ``content``): the attribute is the date."""
    stamp = (
        '<abbr class="published" itemprop="datePublished" title="2025-04-12T15:20:00+08:00">下午3:20</abbr>'
    )
    byline = f'<div class="byline">{_person("苗春生")} 发表于 {stamp}</div>'
    assert _read(_notes_page(byline), rules).published == datetime(2025, 4, 12, 15, 20)
    stamp = '<span itemprop="datePublished" content="2025-04-12 09:05">3 天前</span>'
    byline = f'<div class="byline">{_person("苗春生")} · {stamp}</div>'
    assert _read(_notes_page(byline), rules).published == datetime(2025, 4, 12, 9, 5)


GUIDE = (
    "这本书写的是一座海边小城里几代修船人的故事。作者在船厂里待了两年，书里的很多细节都来自老师傅们的口述。",
    "适合初中以上的读者。如果时间不多，可以先读第三章和第七章，这两章把修船这门手艺的变化讲得最清楚。",
    "读完以后不妨去港口的旧船坞走一走，很多书里写到的地方今天还能找到。",
)


def _guide_page(meta: str = "", after: str = "") -> str:
    """A city library's reading-guide page: top bar, crumbs, an h2 title, a meta line, the guide,
    what follows it (a card, a table), a list of other guides, the footer."""
    body = "".join(f"<p>{p}</p>" for p in GUIDE)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>好书推荐：《修船人》_青禾市图书馆</title></head>'
        '<body><div class="top"><a href="/">青禾市图书馆</a> | <a href="/read/">阅读推广</a> | <a href="/svc/">读者服务</a></div>'
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/read/">好书推荐</a></div>'
        f'<div class="detail"><h2 class="tit">好书推荐：《修船人》</h2>{meta}<div class="txt">{body}</div>{after}</div>'
        '<div class="more"><h4>更多推荐</h4><ul><li><a href="/read/88.html">《山路上的邮差》</a></li>'
        '<li><a href="/read/87.html">《外婆的菜园》</a></li></ul></div>'
        '<div class="foot">青禾市图书馆 地址：青禾市文化路1号</div></body></html>'
    )


def test_a_role_label_credits_the_writer_when_no_writer_label_does(rules):
    """Pattern: a page credits its writer under the role it had, not under 作者: a short role noun
    ending in 者, 人 or 师 and a colon (推荐人：, 主讲老师：, 执笔人：), then names; in a card after the
    text, in the meta line, in an info table's cell. The role is the label family, not one word."""
    card = '<div class="card"><p class="who">推荐人：<b>闵书遥</b>｜市图书馆 阅读推广部</p></div>'
    assert _read(_guide_page(after=card), rules).author == "闵书遥"
    meta = '<div class="meta">主讲老师：韦青禾　发布于 2025-03-01　已有 362 人学习</div>'
    assert _read(_guide_page(meta), rules).author == "韦青禾"
    table = '<table class="info"><tr><th>执笔人：</th><td>骆一鸣、欧阳青</td><th>日期：</th><td>2025-03-01</td></tr></table>'
    assert _read(_guide_page(table), rules).author == "骆一鸣、欧阳青"


def test_a_role_that_is_not_the_writers_credits_nobody(rules):
    """The guards: a contact, a reviewer, the person a page is about are no writer; a role in the
    text's prose is no label; a writer label beats a role label."""
    for who in ("联系人：闵书遥", "审核人：闵书遥", "患者：闵书遥"):
        assert _read(_guide_page(after=f'<p class="who">{who}</p>'), rules).author is None, who
    meta = '<div class="meta">作者：韦青禾　推荐人：闵书遥　2025-03-01</div>'
    assert _read(_guide_page(meta), rules).author == "韦青禾"


def test_a_publication_date_in_a_tooltip_beats_the_visible_edit_time(rules):
    """Pattern: a post's toolbar shows when it was last edited (修改于, 编辑于, 更新于) and keeps when it
    was published in the element's tooltip (``title="发布于 …"``): the tooltip's date is the post's,
    the visible one an edit's. A visible publication date stays the date."""
    stamp = '<a class="stamp" href="/p/88" title="发布于 2025-02-03 09:12">编辑于 2025-02-05 21:40</a>'
    byline = f'<div class="byline"><span class="post-author">苗春生</span> {stamp} · 来自 iPhone</div>'
    assert _read(_notes_page(byline), rules).published == datetime(2025, 2, 3, 9, 12)
    stamp = '<a class="stamp" href="/p/88" title="发布于 2025-02-03 09:12">发布于 2025-02-03 09:12</a>'
    byline = (
        f'<div class="byline"><span class="post-author">苗春生</span> {stamp} · 更新于 2025-02-05 21:40</div>'
    )
    assert _read(_notes_page(byline), rules).published == datetime(2025, 2, 3, 9, 12)


def _app_page(state: str) -> str:
    """A community app's post rendered on the server (review R12): the state keeps a feed of
    recommended posts before the post itself; the page prints the post's writer and year-less
    time with no label, and a recommended post's card (its writer, its time) beside the text."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>浇水排班搬上共享日历 - 邻里圈</title>'
        f"<script>window.__DATA__={state};</script></head><body>"
        '<div class="tabbar"><a href="/">首页</a><a href="/circle">圈子</a><a href="/me">我的</a></div>'
        '<div class="post"><h1>浇水排班搬上共享日历</h1>'
        '<div class="who"><a href="/u/31">苗春生</a><span class="t">2-03 09:12</span></div>'
        f'<div class="post-body">{body}</div></div>'
        '<div class="rec"><h3>猜你喜欢</h3><div class="rec-card"><a href="/p/70">阳台种番茄的三个坑</a>'
        '<a href="/u/44">韩小北</a><span class="t">2-01 08:00</span></div></div>'
        '<div class="foot">邻里圈</div></body></html>'
    )


def test_a_pages_state_item_is_the_one_holding_its_title(rules):
    """Pattern (review R12): a page's state holds other items beside the page's own (a feed of
    recommended posts, before or after it), each with its writer and time, and the page prints
    both. The page's item is the state's object holding the page's title: its writer and its
    time, not the state's first."""
    rec = '{"title":"阳台种番茄的三个坑","author":{"name":"韩小北"},"created_at":"2025-02-01T08:00:00+08:00"}'
    post = (
        '{"title":"浇水排班搬上共享日历","author":{"name":"苗春生"},"created_at":"2025-02-03T09:12:00+08:00"}'
    )
    for state in (f'{{"recommend":[{rec}],"post":{post}}}', f'{{"post":{post},"recommend":[{rec}]}}'):
        article = _read(_app_page(state), rules)
        assert (article.author, article.published) == ("苗春生", datetime(2025, 2, 3, 9, 12)), state


def _diary_page(first: str, foot: str) -> str:
    """A personal blog's diary post (review R14): the text opens with the day it tells of, the
    post's toolbar under the text dates the post."""
    paras = (first, *PARAS[1:])
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>小院日记 - 晚晴的博客</title></head><body>'
        '<div class="blog-head"><a href="/">晚晴的博客</a><a href="/archive">归档</a></div>'
        f'<div class="post"><h2 class="post-title">小院日记</h2><div class="post-body">{body}</div>{foot}</div>'
        '<div class="side"><h4>最近文章</h4><ul><li><a href="/p/12">春天的菜园</a></li></ul></div></body></html>'
    )


def test_a_storys_own_day_in_its_text_is_not_the_posts_date(rules):
    """Pattern (review R14): a diary, a story or a memoir opens with the day it tells of
    (2019年4月6日，星期六，晴。…), and the post's toolbar under the text dates the post. A date in
    the text's prose is what the text tells of: the toolbar's date is the post's. A page whose
    only date is in its text still gives it."""
    foot = '<div class="post-foot">发表于 2025-04-07 21:30 | 阅读(312) | 评论(5)</div>'
    article = _read(_diary_page("2019年4月6日，星期六，晴。今天是清明假期的最后一天。", foot), rules)
    assert article.published == datetime(2025, 4, 7, 21, 30)
    foot = '<div class="post-foot"><span>2025-04-07 21:30</span> <a href="#c">评论(5)</a></div>'
    article = _read(_diary_page("2019年4月6日，星期六，晴。今天是清明假期的最后一天。", foot), rules)
    assert article.published == datetime(2025, 4, 7, 21, 30)
    article = _read(_diary_page("2019年4月6日，星期六，晴。今天是清明假期的最后一天。", ""), rules)
    assert article.published == datetime(2019, 4, 6)


def _guide_with_parts(parts: str, foot: str = "") -> str:
    """A county museum's visitor guide: an intro, then parts under h2 and h3 headings."""
    intro = "县博物馆位于老城区东门外，由原来的粮仓改建而成，共有三个展厅，免费对公众开放，每周一闭馆。"
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>参观指南 - 青禾县博物馆</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/visit">参观</a><a href="/edu">社教</a></div>'
        f'<div class="main"><h1>参观指南</h1><div class="body"><p>{intro}</p>{parts}</div>{foot}</div>'
        '<div class="foot">青禾县博物馆 版权所有</div></body></html>'
    )


def test_a_heading_of_the_text_is_no_name_under_the_title(rules):
    """Pattern: a name alone under the title opens an essay (题目 / 作者 / 正文); further down, a
    short line between a heading and a paragraph is a heading of the text (展厅导览 / 青铜馆 / …) or
    a table of contents' line, no writer's name. A department under 编辑： is no name either, nor
    the start of one."""
    para = "馆内陈列着出土于本县的青铜器四十余件，其中一件兽面纹鼎是镇馆之宝，建议预留一个小时慢慢看。"
    parts = f"<h2>展厅导览</h2><h3>青铜馆</h3><p>{para}</p><h3>民俗馆</h3><p>{para}</p>"
    assert _read(_guide_with_parts(parts), rules).author is None
    foot = '<p class="small">发布：2025-04-02　编辑：社教推广部　浏览：532</p>'
    assert _read(_guide_with_parts(parts, foot), rules).author is None


def _paper_page(head: str, foot: str) -> str:
    """An open-journal system's article page: the journal's masthead, the paper's title, its
    authors with affiliation marks, the abstract and text, a footnote box with the paper's dates."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区菜园的组织与维持 | 青禾农林学刊</title>{head}</head>'
        '<body><div class="masthead"><span>青禾农林学刊</span><a href="/issue/current">当期目录</a><a href="/about">期刊简介</a></div>'
        '<div class="obj_article_details"><h1 class="page_title">社区菜园的组织与维持：一个案例研究</h1>'
        '<ul class="authors"><li><span class="name">苗春生</span><sup>1</sup></li><li><span class="name">欧阳雨</span><sup>2</sup></li></ul>'
        f'<section class="abstract"><h2>摘要</h2>{body}</section>{foot}</div>'
        '<div class="pkp_structure_footer">青禾农林学刊编辑部 版权所有</div></body></html>'
    )


def test_a_papers_scholarly_meta_names_its_authors_journal_and_date(rules):
    """Pattern: a journal's article page carries the scholarly meta tags search engines for
    papers read (Highwire Press's ``citation_author``, one per author, ``citation_journal_title``,
    ``citation_online_date`` / ``citation_publication_date``): the authors together, the journal
    as the source, the date. The footnote's dates of the review (收稿日期, 修回日期, 录用日期) are no
    publication's; its online-first time (网络首发时间, 网络出版) gives the date's minute."""
    head = (
        '<meta name="citation_title" content="社区菜园的组织与维持：一个案例研究">'
        '<meta name="citation_author" content="苗春生"><meta name="citation_author" content="欧阳雨">'
        '<meta name="citation_journal_title" content="青禾农林学刊">'
        '<meta name="citation_online_date" content="2024/11/03"><meta name="citation_publication_date" content="2024/12/20">'
    )
    foot = '<div class="fn"><p>收稿日期：2024-06-02　录用日期：2024-09-18　网络首发时间：2024-11-03 10:05</p></div>'
    article = _read(_paper_page(head, foot), rules)
    assert (article.author, article.source) == ("苗春生、欧阳雨", "青禾农林学刊")
    assert article.published == datetime(2024, 11, 3, 10, 5)
    # Without the meta: the footnote's review dates are still no publication's.
    article = _read(_paper_page("", foot), rules)
    assert article.published == datetime(2024, 11, 3, 10, 5)


def test_a_job_title_ending_in_editor_before_a_name_is_the_names(rules):
    """Pattern: a credit gives the writer's job title before the name, and the title ends in 编辑
    (特约编辑, 见习编辑, a desk's 房产编辑): the name is the writer, the title no editor's label. An
    editor's label stands apart (张三 编辑：李四)."""
    meta = '<div class="meta">作者：特约编辑 韦青禾　2025-03-01</div>'
    assert _read(_guide_page(meta), rules).author == "韦青禾"
    meta = '<div class="meta">2025-03-01　作者：读书频道编辑 闵书遥　阅读 362</div>'
    assert _read(_guide_page(meta), rules).author == "闵书遥"
    meta = '<div class="meta">作者：韦青禾 编辑：闵书遥　2025-03-01</div>'
    assert _read(_guide_page(meta), rules).author == "韦青禾"


def test_a_units_name_before_the_date_is_the_source(rules):
    """Pattern: a government or school portal prints the issuing unit unlabelled before the date
    in the meta line (its link, a bar, the time: 县农业农村局 | 2025-03-18 09:30), as others print
    the site's name after it (2024-12-18 某某网): a bare name beside the date is the source. Not a
    person's name (a by-line), nor a word after a dot (a category: 2025-03-18 · 计划)."""
    meta = '<div class="meta"><span class="unit"><a href="/dept/12">青禾县农业农村局</a></span> | <span>2025-03-18 09:30</span></div>'
    assert _read(_guide_page(meta), rules).source == "青禾县农业农村局"
    meta = '<div class="meta"><span class="by">李晓梅</span> | <span>2025-03-18 09:30</span></div>'
    assert _read(_guide_page(meta), rules).source is None
    meta = '<div class="meta">2025-03-18 · 计划</div>'
    assert _read(_guide_page(meta), rules).source is None


def test_a_members_link_naming_its_account_is_the_poster(rules):
    """Pattern: a community prints the poster under the title as a link whose text is the display
    name with the account in brackets (晚风 (wanfeng88)), the account being the link's address's
    (…/space?uid=wanfeng88, …/home/wanfeng88): the display name is the poster. Brackets whose word
    the address does not hold are no account."""

    def page(link: str) -> str:
        byline = f'<div class="info">{link} <span>2025-03-08 21:40</span> <span>人气：1,204</span></div>'
        return _notes_page(byline)

    assert _read(page('<a href="/space?uid=wanfeng88">晚风 (wanfeng88)</a>'), rules).author == "晚风"
    assert (
        _read(page('<a href="/home/wanfeng88" class="caption">晚风（wanfeng88）</a>'), rules).author == "晚风"
    )
    assert _read(page('<a href="/tags/garden">菜园 (garden2025)</a>'), rules).author is None


def _floor_page(badge_in_card: bool) -> str:
    """A photography forum's thread: each floor a table row, the poster's column (a member link,
    a rank) beside the post, whose header holds the 楼主 badge and the time; a reply's floor after."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    badge = "<em>楼主</em> "
    floor = (
        '<table class="floor"><tr><td class="poster"><a href="http://people.example.cn/88"><img src="/a/88.jpg"></a>'
        f'<a class="n" href="http://people.example.cn/88">山风</a><p>等级：摄影达人</p>{badge if badge_in_card else ""}</td>'
        f'<td class="post"><div class="ph">{"" if badge_in_card else badge}发表于 2025-03-02 10:11</div>'
        f'<div class="pc">{body}</div></td></tr></table>'
    )
    reply = (
        '<table class="floor"><tr><td class="poster"><a class="n" href="http://people.example.cn/90">林间</a></td>'
        '<td class="post"><div class="ph">2楼 发表于 2025-03-02 11:40</div><div class="pc">拍得真好，学习了。</div></td></tr></table>'
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>浇水排班搬上共享日历 - 光影论坛</title></head><body>'
        '<div class="nav"><a href="/">光影论坛</a> &gt; <a href="/f/3">生活随拍</a></div>'
        f'<h1>浇水排班搬上共享日历</h1>{floor}{reply}<div class="foot">光影论坛</div></body></html>'
    )


def test_a_starters_badge_in_the_posts_header_marks_the_card_beside_it(rules):
    """Pattern: a thread marks its first floor with a 楼主 badge in the post's own header (楼主
    发表于 …), beside the poster's column rather than on it: the card right before the badge's post
    holds the starter's name. (On the card, as before.)"""
    assert _read(_floor_page(badge_in_card=False), rules).author == "山风"
    assert _read(_floor_page(badge_in_card=True), rules).author == "山风"


def test_a_sign_offs_day_takes_its_time_from_the_info_line_above(rules):
    """Pattern: a notice ends with its sign-off (the office, the day: 2025年5月28日), and the line
    above the text, where no title heading marks it as the info line, gives the same day with its
    time (作者：某部 / 2025-05-28 10:46): the day is the sign-off's, to the info line's minute."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>公告 - 青禾社区服务中心</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/notice">公告</a></div>'
        '<div class="box"><div class="hd"><b class="t">关于菜园浇水排班调整的公告</b><br>'
        '<span class="info">作者：社区服务中心 / 2025-05-28 10:46</span></div>'
        f'<div class="bd">{body}<p style="text-align:right">青禾社区服务中心<br>2025年5月28日</p></div></div>'
        '<div class="foot">青禾社区服务中心</div></body></html>'
    )
    assert _read(html, rules).published == datetime(2025, 5, 28, 10, 46)


def test_a_messages_send_time_in_the_state_dates_it(rules):
    """Pattern: a notice or message app prints the time without its year (2-03 09:12) and keeps
    the instant in its state under the time of sending (sendTime, send_time), as a microblog keeps
    its created_at: the state's instant is the date when the page prints its month, day and time."""
    state = (
        '{"msg":{"title":"浇水排班搬上共享日历","author":{"name":"苗春生"},"sendTime":"2025-02-03 09:12:30"}}'
    )
    assert _read(_app_page(state), rules).published == datetime(2025, 2, 3, 9, 12, 30)


def test_a_list_messages_from_header_names_its_sender(rules):
    """Pattern: a mailing list archive prints a message's header (a raw ``From: 名字 <地址>``, or a
    header table's 发件人 row) above its text: the name before the address wrote it. A quoted
    reply's header further down is another message's."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    quoted = "<blockquote><pre>From: 林间 &lt;linjian@example.org&gt;</pre><p>上周说的排班表在哪里？</p></blockquote>"
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>[菜园] 浇水排班搬上共享日历 - 邮件列表归档</title></head><body>'
        '<div class="top"><a href="/">归档首页</a> | <a href="/list/garden">garden 列表</a></div>'
        "<h1>[菜园] 浇水排班搬上共享日历</h1>"
        '<table class="hdr"><tr><td>发件人：</td><td>苗春生 &lt;miao@example.org&gt;</td></tr>'
        "<tr><td>日期：</td><td>2025-02-03 09:12</td></tr></table>"
        f'<div class="msg">{quoted}{body}</div><div class="foot">邮件列表归档</div></body></html>'
    )
    assert _read(html, rules).author == "苗春生"


def test_a_role_label_is_found_the_same_in_minified_markup(rules):
    """Review S9: the role is looked for in each element's own text, so a card whose element
    before ends in a Han character (or whose next starts with one) reads the same whether the page
    puts newlines between its tags or not (many sites minify)."""
    from lxml.html import document_fromstring

    from fanwen.extract.metadata import role_credits

    for glue in ("", "\n"):
        doc = document_fromstring(
            f"<div><p>市图书馆阅读推广部</p>{glue}<p>推荐人：闵书遥</p>{glue}<p>青禾分馆</p></div>"
        )
        assert list(role_credits(doc)) == ["闵书遥"], repr(glue)
    card = '<div class="card"><p>阅读推广部</p><p class="who">推荐人：闵书遥</p><p>青禾分馆</p></div>'
    assert _read(_guide_page(after=card), rules).author == "闵书遥"


def test_a_role_label_outside_the_articles_column_credits_nobody(rules):
    """Review S7: a role's label credits the writer only near the article, in the column holding
    its title and text; a sidebar's course card with its lecturer is another column's."""
    side = '<div class="side"><h4>名师讲堂</h4><p>绘本共读入门课</p>\n<p>讲师：祁晚舟</p>\n<p>已有 860 人报名</p></div>'
    assert (
        _read(_guide_page().replace('<div class="more">', side + '<div class="more">'), rules).author is None
    )
    # the role in the article's own column still credits its writer
    card = '<div class="card"><p class="who">推荐人：<b>闵书遥</b>｜市图书馆 阅读推广部</p></div>'
    page = _guide_page(after=card).replace('<div class="more">', side + '<div class="more">')
    assert _read(page, rules).author == "闵书遥"


def test_a_role_that_made_the_pictures_credits_nobody(rules):
    """Review S8: a role that made the pictures or the layout (摄影师, 插画师, 设计师) wrote
    nothing: a photo credit after the text names who took the pictures."""
    for who in ("摄影师：韩立冬", "插画师：韩立冬", "设计师：韩立冬"):
        assert _read(_guide_page(after=f'<p class="pic-note">{who}</p>'), rules).author is None, who


def test_a_sidebars_tooltip_dates_do_not_date_an_edited_page(rules):
    """Review S10: with an edit time in the meta line, only the tooltip of the element showing that
    edit time dates the page (and never after it); a sidebar's list of other guides keeps its own
    items' publication dates in tooltips, later or earlier than the page's."""
    side = (
        '<div class="side"><h4>最新书单</h4><ul>'
        '<li><a href="/read/91.html">《雨季来信》</a> <span title="发布于 2025-03-21 08:00">2025-03-21</span></li>'
        '<li><a href="/read/80.html">《灯塔守夜人》</a> <span title="发布于 2025-02-14 08:00">2025-02-14</span></li>'
        "</ul></div>"
    )
    meta = '<div class="meta">更新于 2025-03-10</div>'
    page = _guide_page(meta).replace('<div class="more">', side + '<div class="more">')
    assert _read(page, rules).published == datetime(2025, 3, 10)
    # the edit time's own element keeps its publication in its tooltip: that is the page's date
    meta = '<div class="meta"><span title="发布于 2025-03-01 09:30">更新于 2025-03-10</span></div>'
    page = _guide_page(meta).replace('<div class="more">', side + '<div class="more">')
    assert _read(page, rules).published == datetime(2025, 3, 1, 9, 30)


def test_a_two_character_word_beside_the_date_is_no_source(rules):
    """Pattern: a bare name beside the date is the source (2024-12-18 某某网), but a word of two
    characters there is a stamp's or a toolbar's (a fact check's verdict 谣言, a 楼主 badge, a
    clock's pm, a 注册 link) unless it is the site's own name."""
    meta = '<div class="stamp"><span class="v">推荐</span><span class="d">2025.03.08</span></div>'
    assert _read(_guide_page(meta), rules).source is None
    meta = '<div class="meta">2025-03-08 青禾网</div>'
    assert _read(_guide_page(meta), rules).source == "青禾网"


def test_a_related_posts_microdata_names_no_author_of_the_page(rules):
    """Review S11: schema.org items of other posts (a 相关阅读 box of BlogPosting cards, each with its
    writer, placed before the main column in the source) name their own writers, not the page's: an
    item in a side box or a list, or whose own headline is not the page's title, is another post's."""
    related = (
        '<aside class="rel"><h3>相关阅读</h3><ul>'
        '<li itemscope itemtype="https://schema.org/BlogPosting"><a itemprop="url" href="/p/12">'
        '<span itemprop="headline">旧木箱改成育苗盒</span></a>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">岑小雨</span></span></li>'
        "</ul></aside>"
    )
    page = _guide_page().replace('<div class="detail">', related + '<div class="detail">')
    assert _read(page, rules).author is None
    # the same card outside a list and a side box, its headline another post's: still not the page's
    card = related.replace('<aside class="rel">', '<div class="rel">').replace("</aside>", "</div>")
    card = card.replace("<ul><li ", "<div ").replace("</li></ul>", "</div>")
    page = _guide_page().replace('<div class="detail">', card + '<div class="detail">')
    assert _read(page, rules).author is None


def test_a_state_with_its_item_and_thousands_of_comments_is_read_in_linear_time():
    """Review S12: the page's item in its state is found by one scan each way from its title, not
    one scan per key that matches (a post's state holding its thousands of comments, each with a
    writer and a time, took minutes). The answer is the same: the item's own writer."""
    import time

    from fanwen.extract import metadata

    comments = ",".join(
        f'{{"id":{i},"author":{{"name":"读者{i}"}},"created_at":"2025-02-{1 + i % 27:02d} 08:00:00","text":"好"}}'
        for i in range(2500)
    )
    state = (
        '{"related":[{"title":"阳台种番茄的三个坑","created_at":"2025-01-09 07:00:00"}],'
        '"post":{"title":"浇水排班搬上共享日历","author":{"name":"苗春生"},"created_at":"2025-02-03 09:12:30",'
        f'"comments":[{comments}]}}}}'
    )
    started = time.process_time()
    found = [
        m.group(1) for m in metadata._item_matches(state, metadata._STATE_AUTHOR, "浇水排班搬上共享日历")
    ]
    assert time.process_time() - started < 1.5
    assert found[0] == "苗春生"


def test_a_toolbar_links_bracketed_word_in_its_address_names_no_poster(rules):
    """Review S19: a link between the title and the text whose bracketed word its address holds as
    a file's type, a language's code or a part of a segment (下载附件 (DOCX) → ….docx, 繁體 (zh-hant)
    → /zh-hant/…) is a toolbar's, no member's: the account must be a whole segment or query value."""

    def page(link: str) -> str:
        byline = f'<div class="info">{link} <span>2025-03-08 21:40</span></div>'
        return _notes_page(byline)

    for link in (
        '<a href="/files/2025/notice12.docx">下载附件 (DOCX)</a>',
        '<a href="/zh-hant/p/88.html">繁體 (zh-hant)</a>',
        '<a href="https://mp.weixin.qq.com/s/abc">查看原文 (weixin)</a>',
    ):
        assert _read(page(link), rules).author is None, link
    assert _read(page('<a href="/member.php?owner=wanfeng88">晚风 (wanfeng88)</a>'), rules).author == "晚风"


def test_a_pen_name_or_a_category_before_the_date_is_no_source(rules):
    """Review S15: before the date and its bar, only a unit's name (an organisation's ending) is
    the source; a blog's pen name (no surname's shape) or the post's category set there is none."""
    for before in ("青禾慢读", "读书札记", "木木夕"):
        meta = f'<div class="meta"><span>{before}</span> | <span>2025-03-18 09:30</span></div>'
        assert _read(_guide_page(meta), rules).source is None, before
    meta = '<div class="meta"><span>青禾市文化館</span> ｜ <span>2025-03-18 09:30</span></div>'
    assert _read(_guide_page(meta), rules).source == "青禾市文化館"


def test_a_name_under_the_bare_title_when_the_heading_carries_a_suffix(rules):
    """Review S18: a 作文 site's heading carries its genre's suffix (题目 - 初一记叙文600字), the
    text prints the bare title, then the pupil's name, then the essay: the name is its writer's."""
    essay = "".join(
        f"<p>{p}</p>"
        for p in (
            "外婆家门口有一棵老槐树，树干粗得两个大人才能合抱，夏天开满一串串白花，整条巷子都是甜甜的香味。",
            "每年槐花开的时候，外婆都会踮着脚摘一篮子，洗干净拌上面粉蒸熟，再浇一勺蒜汁，那是我最爱吃的。",
        )
    )
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>门前的老槐树 - 初一记叙文600字 - 作文园地</title></head>'
        '<body><div class="nav"><a href="/">首页</a><a href="/c1">初一作文</a></div>'
        '<div class="box"><h2 class="title">门前的老槐树 - 初一记叙文600字</h2><div class="info">2025-04-02</div>'
        f'<div class="text"><p>门前的老槐树</p><p>沈知夏</p>{essay}</div></div></body></html>'
    )
    assert _read(html, rules).author == "沈知夏"


def test_a_role_in_a_side_column_under_a_full_width_title_credits_nobody(rules):
    """Review S7's variant: a template prints the title and its meta line full-width above two
    columns, so the element holding the title and the text is the page's body; a side column's
    card with no heading of its own (讲师：…) is still another column's. The meta line under the
    title and a card in the text's own column still credit the writer."""

    def page(meta: str, side: str, after: str = "") -> str:
        body = "".join(f"<p>{p}</p>" for p in GUIDE)
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>好书推荐：《修船人》_青禾市图书馆</title></head>'
            '<body><div class="top"><a href="/">青禾市图书馆</a> | <a href="/read/">阅读推广</a></div>'
            f'<h2 class="tit">好书推荐：《修船人》</h2>{meta}'
            f'<div class="cols"><div class="left"><div class="txt">{body}</div>{after}</div>'
            f'<div class="right">{side}</div></div>'
            '<div class="foot">青禾市图书馆 地址：青禾市文化路1号</div></body></html>'
        )

    side = '<div class="card"><p>绘本共读入门课</p>\n<p>讲师：祁晚舟</p>\n<p>已有 860 人报名</p></div>'
    assert _read(page('<div class="meta">2025-03-01</div>', side), rules).author is None
    meta = '<div class="meta">主讲老师：韦青禾　发布于 2025-03-01</div>'
    assert _read(page(meta, side), rules).author == "韦青禾"
    card = '<div class="card"><p class="who">推荐人：闵书遥｜阅读推广部</p></div>'
    assert _read(page('<div class="meta">2025-03-01</div>', side, card), rules).author == "闵书遥"


def test_a_related_posts_card_with_its_own_heading_names_no_author_of_the_page(rules):
    """Review S11's variant: a related post's card in a plain column (no aside, no list) sets its
    headline in a heading of its own (<h2 itemprop="headline">); only the page's <title> and its
    title heading are compared with an item's headline, not every heading of the page."""
    card = (
        '<div class="rel"><div class="rel-t">相关阅读</div>'
        '<div itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline"><a href="/p/12">旧木箱改成育苗盒</a></h2>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">岑小雨</span></span></div></div>'
    )
    page = _guide_page().replace('<div class="detail">', card + '<div class="detail">')
    assert _read(page, rules).author is None


def test_a_mail_header_quoted_in_the_texts_middle_names_no_writer(rules):
    """Review S21: an article that quotes a mail in its text (a scam warning showing the fake
    notice, a tutorial showing a patch's header) names no writer by the quoted header's sender;
    an archive's header above the text still does (test_a_list_messages_from_header…)."""
    quoted = (
        "<pre>From: 借阅证服务中心 &lt;notice@lib-card-verify.net&gt;\n主题：您的借阅证将于今日停用</pre>"
    )
    for glue in ("</p><p>", "</p>\n<p>"):
        page = (
            _guide_page().replace("</p><p>", f"</p>{quoted}<p>", 2).replace(f"</p>{quoted}<p>", "</p><p>", 1)
        )
        page = page.replace("</p><p>", glue)
        assert _read(page, rules).author is None


def test_a_two_character_outlet_after_the_date_is_the_source(rules):
    """Review S23: two Han characters after the date may be an outlet's short name (… 09:30 新华),
    the site's-name rule of session 5; before the date a word of two characters is a stamp's
    (推荐 2025.03.08), and Latin letters after it a clock's."""
    assert _read(_guide_page('<div class="meta">2025-03-08 09:30 新华</div>'), rules).source == "新华"
    assert _read(_guide_page('<div class="meta">2025-03-08 09:30 pm</div>'), rules).source is None
