"""Session 29 (issue 13): the page path made cheaper, the same answers. Each cut is held here to the plain path it
replaces, on pages of our own (and the edge cases the cut must not change) and on real-shape pages.

- The blocks after the article (``following_blocks``) without reading a plain list of links: its items' blocks are
  all links, which ``following_blocks`` never keeps (``html_blocks(..., link_lists=False)``).
- The whole-page and named XPath queries evaluated from the query compiled once (``xpaths.evaluate``), not parsed
  and compiled from its string at every call (``el.xpath(query)``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring

from fanwen.extract import xpaths
from fanwen.extract.blocks import html_blocks
from fanwen.extract.page import TAIL_MAX_LINK_DENSITY, following_blocks, response_selector
from fanwen.items import Block, Frame

ITEMS = "".join(f'<li><a href="/a/{n}.html">第{n}篇：让基层治理更有温度</a></li>' for n in range(1, 6))
PLAIN = f"<ul>{ITEMS}</ul>"
# What follows an article's text in its box: (siblings after the region, whether a plain list is among them).
AFTER = {
    "plain list under its heading": (f"<div class='list-box'><h3>相关阅读</h3>{PLAIN}</div>", True),
    "numbered list, spaces between": (
        "<div><h3>最近更新</h3><ol>\n "
        + "\n ".join(
            f'<li class="item"> <a href="/b/{n}" title="t" target="_blank">一篇文章的题目{n}</a> </li>'
            for n in range(4)
        )
        + "\n</ol></div>",
        True,
    ),
    "two lists and a notice after them": (
        f"<div><h3>相关阅读</h3>{PLAIN}</div><div><h3>最近更新</h3>{PLAIN}</div><p>开通会员后可阅读全文</p>",
        True,
    ),
    "full-width spaces around the links": (
        "<div><ul>\u3000<li>\u3000<a href='/1'>\u3000第一篇范文\u3000</a>\xa0</li>\u3000</ul><p>版权声明</p></div>",
        True,
    ),
    "an empty list": ("<div><ul> </ul><p>版权所有</p></div>", True),
    # Not plain: the list is read as before.
    "a date after each link": (
        "<div><ul>"
        + "".join(f"<li><a href='/{n}'>题目{n}</a><span>2024-05-0{n}</span></li>" for n in range(1, 4))
        + "</ul></div>",
        False,
    ),
    "a dot before each link": (
        "<div><ul><li>· <a href='/1'>第一篇范文</a></li><li>· <a href='/2'>第二篇</a></li></ul></div>",
        False,
    ),
    "a button's link in the box": (
        "<div class='card'><p>扫码领取资料</p><ul><li><a class='btn-get' href='/get'>立即领取资料包</a></li></ul></div>",
        False,
    ),
    "an attachment": (
        "<div><p>附件：</p><ul><li><a href='/f/1.docx'>致家长的一封信.docx</a></li></ul></div>",
        False,
    ),
    "a hidden link": (
        "<div><ul><li><a href='/1' style='display:none'>隐藏的链接</a></li></ul><p>后文</p></div>",
        False,
    ),
    "two links in an item, a wide space in one": (
        "<div><ul><li><a href='/1'>甲\u2003\u2003\u2003\u2003</a><a href='/2'>乙</a></li></ul></div>",
        False,
    ),
    "a picture in an item": (
        "<div><ul><li><a href='/1'><img src='/1.png'>图文</a></li></ul><p>图为会场</p></div>",
        False,
    ),
    "an item with an id": ("<div><ul><li id='x'><a href='/1'>第一篇范文的题目</a></li></ul></div>", False),
    "a comment in the list": (
        "<div><ul><!-- 列表 --><li><a href='/1'>第一篇范文的题目</a></li></ul></div>",
        False,
    ),
    # Plain lists where the walk around them carries something on: the guard keeps them read.
    "a rule before the list, text after it": (
        f"<div><p>正文的最后一段。</p><hr>{PLAIN}<p>本文来源于网络</p></div>",
        True,
    ),
    "a picture before the list, a caption-like line after": (
        f"<div><img src='/p.jpg'>{PLAIN}<p>图为活动现场</p></div>",
        True,
    ),
    "pictures and captions on both sides": (
        "<div><p><img src='/1.jpg'></p><p>图为第一张</p><p>说明一</p><p>说明二</p><p>说明三</p>"
        f"{PLAIN}<p><img src='/2.jpg'></p><p>图为第二张</p><p>说明四</p><p>说明五</p><p>说明六</p></div>",
        True,
    ),
    "a panel the list is": (
        f"<div><button aria-controls='more'>展开更多</button><ul id='more'>{ITEMS}</ul><p>后面的一段话</p></div>",
        True,
    ),
    "a list in a heading": (f"<div><h3>推荐{PLAIN}</h3><p>后面的一段话</p></div>", True),
    # A heading's link without an address is its anchor, no way elsewhere: its words are the heading's.
    "a list in a heading, a link without an address": (
        "<div><h3>推荐<ul><li><a>第一篇范文的题目</a></li></ul></h3><p>后面的一段话</p></div>",
        True,
    ),
    # The caption runs count the blocks between pictures: a list between two makes each line a run's head.
    "a list between two pictures' lines": (
        "<div><p><img src='/1.jpg'></p><p style='text-align:center'>春天的公园</p>"
        f"{PLAIN}<p><img src='/2.jpg'></p><p style='text-align:center'>夏天的海边</p><p>正文一段话。</p><p>正文又一段。</p></div>",
        True,
    ),
    "a list in preformatted text": (f"<div><pre>说明：\n{PLAIN}\n以上</pre></div>", True),
    "count links as badges beside counted paragraphs": (
        "<div>"
        + "".join(f"<p>第{n}段读者的话。<a class='cmt' href='#c{n}'>1{n}</a></p>" for n in range(1, 3))
        + "<ul>"
        + "".join(f"<li><a class='cmt' href='#c{n}'>1{n}</a></li>" for n in range(3, 6))
        + "</ul></div>",
        False,
    ),
}


def _frames(frame: Frame | None) -> list[tuple[object, ...]]:
    """A block's frame and those around it, each with what it holds (a Block compares without its frame)."""
    found = []
    while frame is not None:
        found.append((frame.tag, frame.look, frame.image, frame.control, frame.button, frame.label))
        frame = frame.parent
    return found


def _kept(blocks: list[Block]) -> list[tuple[Block, list[tuple[object, ...]]]]:
    """The blocks ``following_blocks`` keeps (not all links), each with its frames."""
    return [(b, _frames(b.frame)) for b in blocks if b.link_density < TAIL_MAX_LINK_DENSITY]


def _page(after: str) -> HtmlElement:
    return fragment_fromstring(
        f"<div class='wrap'><div class='article'><h1>题目</h1><div class='body'><p>正文一段。</p>"
        f"<p id='last'>正文最后一段。</p></div>{after}</div></div>"
    )


@pytest.mark.parametrize("name", AFTER)
def test_following_blocks_are_those_of_every_element_read(name: str) -> None:
    """``following_blocks`` gives the blocks every element read gives, less those of links; and so does each
    element's ``html_blocks`` with and without its plain lists."""
    after, plain = AFTER[name]
    page = _page(after)
    region = page.find(".//div[@class='body']")
    siblings = [el for el in region.itersiblings() if isinstance(el.tag, str)]
    expected = _kept([b for el in siblings for b in html_blocks(el)])
    assert _kept(following_blocks(region)) == expected
    assert _kept(following_blocks(region, limit=1)) == expected[:1]
    for el in page.iter():
        if isinstance(el.tag, str):
            assert _kept(html_blocks(el, link_lists=False)) == _kept(html_blocks(el)), el.tag
    passed = sum(len(html_blocks(el)) - len(html_blocks(el, link_lists=False)) for el in siblings)
    if not plain:
        assert passed == 0


def test_a_plain_list_is_passed_over() -> None:
    """The cut is taken where nothing around the list needs it: its items' blocks are not made."""
    box = fragment_fromstring(f"<div><h3>相关阅读</h3>{PLAIN}<p>版权声明</p></div>")
    assert [b.text for b in html_blocks(box)][1:3] == [
        "第1篇：让基层治理更有温度",
        "第2篇：让基层治理更有温度",
    ]
    assert [b.text for b in html_blocks(box, link_lists=False)] == ["相关阅读", "版权声明"]


def test_a_label_left_out_after_a_list() -> None:
    """Where the extractor leaves elements out (``skip``), a label left out opens its frame only before any block of
    it: a list's blocks count there, so a list is read."""
    box = fragment_fromstring(
        f"<div><div class='ad'>{PLAIN}<span class='ad-label'>推广</span><p>正文一段。</p></div></div>"
    )
    skip = frozenset([box.find(".//span")])
    assert _kept(html_blocks(box, skip, link_lists=False)) == _kept(html_blocks(box, skip))
    assert [frame[5] for _, frames in _kept(html_blocks(box, skip)) for frame in frames] == [""]


def _real_shape_pages(articles: int) -> list[tuple[bytes, str | None]]:
    """The pages of ``articles`` articles of the benchmark's real-shape site (``bench/realsite.py``), as served."""
    sys.path.append(str(Path(__file__).resolve().parents[1] / "bench"))
    from realsite import build_real_site

    site = build_real_site(articles, 13)
    return [
        (site.pages[path].render("http://127.0.0.1:8000"), site.pages[path].content_type)
        for article in site.articles
        for path in article.pages
    ]


def test_the_same_on_real_shape_pages() -> None:
    """Every element of real-shape pages, and the blocks after each article's region, both ways."""
    passed = 0
    for body, content_type in _real_shape_pages(12):
        for el in response_selector(body, content_type)[0].root.iter():
            if isinstance(el.tag, str) and el.tag not in ("html", "head"):
                plain, cut = html_blocks(el), html_blocks(el, link_lists=False)
                assert _kept(cut) == _kept(plain)
                passed += len(plain) - len(cut)
    assert passed > 100


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _queries() -> list[str]:
    """The module's named XPath queries: every string constant that compiles as one and asks no variable but
    ``$text``."""
    found = []
    for name in dir(xpaths):
        value = getattr(xpaths, name)
        if not name.isupper() or not isinstance(value, str) or ("$" in value and "$text" not in value):
            continue
        try:
            etree.XPath(value)
        except etree.XPathError:
            continue
        found.append(value)
    return found


def _answer(found: object) -> object:
    """An XPath's answer as comparable values: each node itself, each string with its type and its element."""
    if isinstance(found, list):
        return [(type(x), x, getattr(x, "getparent", lambda: None)()) for x in found]
    return (type(found), found)


def test_compiled_queries_answer_as_their_strings() -> None:
    """Every named query, at the page's root and at elements down the page, on our metadata and content fixtures
    and real-shape pages: the compiled query's answer is the string's."""
    bodies: list[tuple[bytes, str | None]] = [
        (path.read_bytes(), None)
        for folder in ("metazoo", "contentzoo")
        for path in (FIXTURES / folder).glob("*.html")
    ]
    bodies += _real_shape_pages(3)
    queries = _queries()
    assert len(queries) > 50 and xpaths.LINK_NAMED in queries and xpaths.DOC_TEXT in queries
    asked = 0
    for body, content_type in bodies:
        root = response_selector(body, content_type)[0].root
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        texts = ("首页", "作者", "正文")
        for el in [root, *elements[::40]]:
            for query in queries:
                variables = {"text": texts[asked % 3]} if "$text" in query else {}
                assert _answer(xpaths.evaluate(el, query, **variables)) == _answer(
                    el.xpath(query, **variables)
                ), query
                asked += 1
    assert asked > 10000
