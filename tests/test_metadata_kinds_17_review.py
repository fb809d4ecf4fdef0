"""Review of session 17's author and counter kinds (tests/test_metadata_kinds_17.py): where
processors.before_tags, metadata._name_element_ends and processors.COUNTER were narrowed or
widened after a reviewer's probes of ordinary pages. Each test is a page of the project's own,
read through the page path as a crawl reads it, with the look-alikes that must not change and the
shapes the first rules were made for still read."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "开春以后，山坡上的茶园一天比一天绿。采茶的妇女天不亮就上了山，背篓里的嫩芽到中午已经压得结结实实。",
    "茶厂的师傅说，今年的头茶比往年早了五六天，价钱也好，外地的客商已经来了好几拨，都想先订下一批。",
    "村里新修的产业路一直通到茶园边上，运茶的车不用再绕远路，鲜叶采下来不到一个钟头就能进厂杀青。",
    "晚上，茶农们聚在村委会的院子里，一边喝着新茶，一边商量着明年再开几亩新园，日子越过越有奔头。",
)
BODY = "".join(f"<p>{p}</p>" for p in STORY)
DAY = datetime(2025, 4, 8, 9, 30)


def _county_news(info: str) -> str:
    """A county's news portal: the menu, the title, an info line of fields under it, the text."""
    return (
        '<html><head><meta charset="utf-8"><title>春茶开采迎来好收成_本地新闻_云岭县融媒网</title></head><body>'
        '<div class="menu"><a href="/">云岭县融媒网首页</a> <a href="/bd/">本地新闻</a> <a href="/zw/">政务</a></div>'
        f'<div class="article"><h1>春茶开采迎来好收成</h1><div class="meta">{info}</div>'
        f'<div class="text">{BODY}</div></div><div class="footer">云岭县融媒网 版权所有</div></body></html>'
    )


def _search_hit(info: str) -> str:
    """A site's article opened from its search: the info box prints the fields in cells of their
    own, and the search's words are highlighted where they stand."""
    return (
        '<html><head><meta charset="utf-8"><title>春茶开采迎来好收成-茶乡在线</title></head><body>'
        '<div class="top"><a href="/">茶乡在线</a> <a href="/search/">站内搜索</a></div>'
        f'<div class="detail"><h2 class="detail-title">春茶开采迎来好收成</h2><div class="detail-info">{info}</div>'
        f'<div class="detail-body">{BODY}</div></div></body></html>'
    )


def _reader(info: str) -> str:
    """A web-novel reader's chapter page: the book's info box prints the writer and the book's tags."""
    return (
        '<html><head><meta charset="utf-8"><title>第五章 春茶_茶山往事_云上书屋</title></head><body>'
        '<div class="nav"><a href="/">云上书屋</a> <a href="/xs/">现实</a></div>'
        f'<div class="read"><h1>第五章 春茶</h1><div class="book-info">{info}</div>'
        f'<div id="chaptercontent">{BODY}</div>'
        '<div class="pager"><a href="4.html">上一章</a> <a href="/book/5/">目录</a> <a href="6.html">下一章</a></div>'
        "</div></body></html>"
    )


WHEN = "发布时间：2025-04-08 09:30"


def test_a_name_spread_over_inline_elements_is_one_name(rules):
    """Pattern: a name printed across sibling inline elements with nothing between them is one
    name: a compound surname in bold (<b>上官</b>云舒), a surname's and a given name's spans, a
    site search's highlight over part of it (<font>周明</font>远), a unit's name in two links
    (<a>云岭县</a><a>林业局</a>). Where two elements meet is no end of the name unless what follows
    is a tag, a label, a counter or a number."""
    for info, author in (
        (f"<p>作者：<b>上官</b>云舒　{WHEN}</p>", "上官云舒"),
        (f'<p>作者：<span class="xing">诸葛</span><span class="ming">晴川</span>　{WHEN}</p>', "诸葛晴川"),
        (f'<p>作者：<a href="/org/3">云岭县</a><a href="/org/3/7">林业局</a>　{WHEN}</p>', "云岭县林业局"),
    ):
        assert (_read(_county_news(info), rules).author, info) == (author, info)
    for info, author in (
        (f'<span>作者：<font color="red">周明</font>远</span> <span>{WHEN}</span>', "周明远"),
        (f'<span>作者：<em class="hl">欧阳</em>晓</span> <span>{WHEN}</span>', "欧阳晓"),
    ):
        article = _read(_search_hit(info), rules)
        assert (article.author, article.published, info) == (author, DAY, info)


def test_co_authors_in_adjacent_elements_are_two_names(rules):
    """Pattern: co-authors printed as adjacent links, or as spans of one class, spaced by the
    page's style alone (<a>周明远</a><a>林晓彤</a>): each element holds a whole person's name, and
    they are two names (周明远、林晓彤), never one made-up name nor the first alone."""
    for info in (
        f'<p>作者：<a href="/u/11">周明远</a><a href="/u/12">林晓彤</a>　{WHEN}</p>',
        f'<p><span>作者：</span><span class="nm">周明远</span><span class="nm">林晓彤</span><span>{WHEN}</span></p>',
    ):
        assert (_read(_county_news(info), rules).author, info) == ("周明远、林晓彤", info)
    info = f'<span>作者：<a href="/u/11">周明远</a><a href="/u/12">林晓彤</a><a href="/u/13">何志强</a></span> <span>{WHEN}</span>'
    assert _read(_search_hit(info), rules).author == "周明远、林晓彤、何志强"


def test_what_follows_a_names_element_still_ends_it(rules):
    """The shapes the element's end was made for still end the name: the work's tags in elements
    of their own, a counter's label, a unit in an element of its own after a person's name."""
    for info, author in (
        (
            '<p>作者：<a href="/a/5">夏青山</a><span>现实</span><span>连载中</span></p><p>更新时间：2025-04-08 09:30</p>',
            "夏青山",
        ),
        (f"<p><span>作者：周明远</span><span>浏览人数：88</span><span>{WHEN}</span></p>", "周明远"),
        (f'<p>作者：<a href="/u/11">周明远</a><span>云岭县融媒体中心</span>　{WHEN}</p>', "周明远"),
    ):
        article = _read(_reader(info) if "连载" in info else _county_news(info), rules)
        assert (article.author, info) == (author, info)


def test_a_name_holding_a_counters_word_beside_the_date_is_a_source(rules):
    """Pattern: a bare outlet's name printed beside the date may hold a counter's word (热度资讯,
    观看中国, 访问天下, 播放星球网): a counter is a label with its colon or its number, never any
    name holding its word. A counter's label with its number is still no source."""
    for name in ("热度资讯", "观看中国", "访问天下", "乐播放映网"):
        info = f"<p><span>2025-04-08 09:30</span> <span>{name}</span></p>"
        assert (_read(_county_news(info), rules).source, name) == (name, name)
        info = f'<span>2025-04-08 09:30</span> <span class="src">{name}</span>'
        assert (_read(_search_hit(info), rules).source, name) == (name, name)
    for info in (
        "<p><span>2025-04-08 09:30</span> <span>热度：88</span></p>",
        "<p><span>2025-04-08 09:30</span> <span>观看次数</span><span>1234</span></p>",
    ):
        assert (_read(_county_news(info), rules).source, info) == (None, info)


def test_a_co_author_or_a_pen_names_part_that_is_a_genres_word_stays(rules):
    """Pattern: a second name or a pen name's part after a middle dot may be a genre's word (青春,
    故事, 都市): one such item after the name is ambiguous and stays. Tags are cut only as a run of
    tag items (现实·乡土), at a status or a length (连载中, 32万字), or in elements of their own."""
    for info, author in (
        (f"<p>作者：周明远、青春　{WHEN}</p>", "周明远、青春"),
        (f"<p>作者：林晓彤、故事　{WHEN}</p>", "林晓彤、故事"),
    ):
        assert (_read(_county_news(info), rules).author, info) == (author, info)
    for info, author in (
        ("<p>作者：山月客·都市</p><p>更新时间：2025-04-08 09:30</p>", "山月客·都市"),
        ("<p>作者：夏青山、现实·乡土</p><p>更新时间：2025-04-08 09:30</p>", "夏青山"),
        ("<p>作者：夏青山·散文·原创</p><p>更新时间：2025-04-08 09:30</p>", "夏青山"),
        ("<p>作者：夏青山 都市 已完结</p><p>更新时间：2025-04-08 09:30</p>", "夏青山"),
    ):
        assert (_read(_reader(info), rules).author, info) == (author, info)


def test_a_status_ends_the_tags_run_whatever_the_genre(rules):
    """Pattern: a reader's info box lists the book's tags before its status, some of them words no
    list knows (农村, 茶乡), and its status in any of its forms (连载中, 正在连载, 连载至第88章): once
    a status or a length follows the name, all from the name's end to it are the work's tags."""
    for tags in ("茶乡、连载中", "乡村、正在连载", "农村 连载至第88章", "正在连载"):
        info = f"<p>作者：夏青山、{tags}</p><p>更新时间：2025-04-08 09:30</p>"
        assert (_read(_reader(info), rules).author, info) == ("夏青山", info)
    # A name with a middle dot stays whole before its status.
    info = "<p>作者：阿依古丽·吐尔逊、连载中</p><p>更新时间：2025-04-08 09:30</p>"
    assert _read(_reader(info), rules).author == "阿依古丽·吐尔逊"


def test_counters_of_every_shape_are_no_co_authors(rules):
    """Pattern: an info line prints how many watched, liked, read or how hot the page is in labels
    no list of counter words holds (观看人数, 參與人數, 热度值, 搜索指数, 点赞：56, 在看 12, 已读 345):
    a label ending 人数/值/指数/次数 or a like's, a share's word before its number is a counter, no
    co-author; an empty author's field followed by one stays empty."""
    for counter in (
        "观看人数：345",
        "参与人数：60",
        "热度值：99",
        "搜索指数：12",
        "点赞：56",
        "在看 12",
        "已读 345",
        "收藏：8",
    ):
        info = f"<p>作者：周明远 {counter} {WHEN}</p>"
        assert (_read(_county_news(info), rules).author, counter) == ("周明远", counter)
    info = f"<span>作者：　觀看人數：1234</span> <span>{WHEN}</span>"
    assert _read(_search_hit(info), rules).author is None
    # A name holding such a word stays a name; the text's own count is text.
    info = f"<p>来源：在看传媒　{WHEN}</p>"
    assert _read(_county_news(info), rules).source == "在看传媒"
    counted = _county_news(f"<p>作者：周明远　{WHEN}</p>").replace(
        STORY[1], "活动当天观看人数：3000余人。" + STORY[1]
    )
    assert "观看人数：3000余人" in _read(counted, rules).text
