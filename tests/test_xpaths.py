"""The whole-page queries answered from one walk over the page give what their XPath selects."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fanwen.extract import xpaths
from fanwen.extract.encoding import decode_html
from fanwen.extract.page import parse_html

ROOT = Path(__file__).parent
# A page written for the walk's corners: a <title> holding a comment and a tag (raw text to
# libxml2's parser), a second <title> in the body, metas in the
# body, a <time> between metas, rel words inside longer values (rel="category tag", "authors"),
# links home whose parents come in another order than the links (a breadcrumb's <span> inside
# the <div> that holds the logo's link after it), a JSON-LD script beside other scripts, an empty
# one, two <base> elements, and an <a> without an href.
CORNERS = """<!DOCTYPE html><html><head>
<title>上半年 <!-- x -->工作总结<b>范文</b>_范文网</title>
<meta name="title" content="meta title"><meta property="og:title" content="og title">
<meta name="ArticleTitle"><meta property="og:site_name" content="范文网">
<meta name="PubDate" content="2024-05-06"><meta name="author" content="周涛">
<base href="/a/"><base href="/b/">
<script type="application/ld+json">{"@type": "Article"}</script>
<script type="application/ld+json"></script><script>var x = 1;</script>
<script type="application/LD+json">{"a": 1}</script>
</head><body>
<div class="nav"><span><a href="/">首页</a> &gt; <a href="./">心得</a></span><a href="index.html">logo</a></div>
<p><time datetime="2024-05-07">5月7日</time><meta name="pubdate" content="2024-05-08">
<meta itemprop="datePublished" content="2024-05-09"><time>没有</time></p>
<a rel="category tag" href="/c/">教学</a><a rel="categoryx">x</a><a rel="authors">y</a>
<a rel="nofollow author" href="/u/1">周涛</a><a>无链接</a><a href="/index.html">首页</a>
<meta name="source" content="新华社"><meta name="ContentSource" content="人民网"><meta name="source">
<meta name="citation_author" content="周涛"><meta name="citation_author"><meta name="citation_author" content="王五">
<meta name="citation_journal_title" content="学刊"><meta name="citation_online_date" content="2024/05/06">
<meta name="citation_publication_date" content="2024/06/01">
<title>第二个</title><h1>标题一</h1><div><h1>标题二</h1></div>
</body></html>"""


# Two </html>: libxml2 leaves two <html> roots, and `//` sees both.
TWO_ROOTS = (
    "<html><head><title>一</title></head><body><div><span><a href='/'>首页</a></span></div></body></html>"
    "<!-- x --><html><head><meta property='og:title' content='二'><title>二</title></head>"
    "<body><a href='/' rel='author'>首页</a><h1>二</h1></body></html>"
)


def _pages() -> list[tuple[str, str]]:
    pages = [("corners", CORNERS), ("two roots", TWO_ROOTS)]
    for path in sorted(ROOT.rglob("*.htm*")):
        pages.append((str(path.relative_to(ROOT)), decode_html(path.read_bytes()).text))
    return pages


@pytest.mark.parametrize("query", sorted(xpaths._WALKED))
def test_a_walked_query_gives_its_xpaths_answer_on_every_page(query: str) -> None:
    differ = []
    for name, html in _pages():
        doc = parse_html(html).root
        if xpaths.of_page(doc, query) != doc.xpath(query):
            differ.append(name)
    assert not differ


# PUBLISHED_TOOLTIPS as it was written before it went through the attribute axis.
_TOOLTIPS_BY_ELEMENT = "//*[text()][{}]".format(
    " or ".join(
        f"contains(@{a}, '{w}')"
        for a in xpaths.TOOLTIP_ATTRIBUTES
        for w in ("发布", "發布", "發佈", "发表", "發表")
    )
)
TOOLTIPS = """<html><body><p><span data-tooltip="发布于 2024-03-05" title="發表於 2024-03-04">编辑于</span>
<a title="发表于 2024-03-01"><img src="x.png"></a><span aria-label="發佈 2024-03-02">x</span>
<span title="发布于 2024"></span><b title="更新于">y</b></p></body></html>"""


def test_published_tooltips_through_the_attribute_axis_are_those_element_by_element() -> None:
    differ = []
    for name, html in [("tooltips", TOOLTIPS), *_pages()]:
        doc = parse_html(html).root
        if doc.xpath(xpaths.PUBLISHED_TOOLTIPS) != doc.xpath(_TOOLTIPS_BY_ELEMENT):
            differ.append(name)
    assert not differ
    doc = parse_html(TOOLTIPS).root
    assert [el.get("title") or el.get("aria-label") for el in doc.xpath(xpaths.PUBLISHED_TOOLTIPS)] == [
        "發表於 2024-03-04",
        "發佈 2024-03-02",
    ]


def test_the_corner_page_gives_the_walk_something_to_do() -> None:
    doc = parse_html(CORNERS).root
    answers = {query: xpaths.of_page(doc, query) for query in xpaths._WALKED}
    assert all(answers.values())
    assert xpaths.of_page(doc, xpaths.DOC_TITLE) == [
        "上半年 <!-- x -->工作总结<b>范文</b>_范文网",
        "第二个",
    ]
    assert [el.tag for el in xpaths.of_page(doc, xpaths.HOME_LINK_PARENTS)] == ["body", "div", "span"]


def test_the_walk_sees_every_root_of_a_page_with_two() -> None:
    doc = parse_html(TWO_ROOTS).root
    assert len(doc.getroottree().getroot().xpath("/html")) == 2
    assert xpaths.of_page(doc, xpaths.DOC_TITLE) == ["一", "二"]
    assert [el.tag for el in xpaths.of_page(doc, xpaths.HOME_LINK_PARENTS)] == ["span", "body"]
    assert xpaths.of_page(doc, " | ".join(xpaths.TITLE_META)) == ["二"]


def test_a_value_followed_to_its_element_keeps_it() -> None:
    # _edited_time reads a <time datetime>'s element: the walk takes each value through an XPath
    # on its element, so it knows its element as the whole-page XPath's did.
    doc = parse_html(CORNERS).root
    values = xpaths.of_page(doc, " | ".join(xpaths.PUBLISHED_META))
    assert [v.getparent().tag for v in values] == ["meta", "time", "meta", "meta"]


def test_answers_are_kept_per_page_and_asked_of_any_element_in_it() -> None:
    first, second = parse_html(CORNERS).root, parse_html("<title>另一页</title><p>x</p>").root
    h1 = first.find(".//h1")
    assert xpaths.of_page(h1, xpaths.DOC_TITLE) == xpaths.of_page(first, xpaths.DOC_TITLE)
    assert xpaths.of_page(second, xpaths.DOC_TITLE) == ["另一页"]
    assert xpaths.page_text(second) == "另一页x"
    assert xpaths.of_page(first, xpaths.H1)[0].text == "标题一"


@given(
    st.text(alphabet="分类栏目楼主来自位置a —", max_size=40),
    st.lists(st.text(alphabet="分类栏目楼主a", max_size=3), max_size=4),
)
def test_holds_any_is_any_word_in_the_text(text, words):
    """The first-character look before each word changes no answer (the empty word included)."""
    assert xpaths.holds_any(text, words) == any(word in text for word in words)


def test_breadcrumbs_are_the_breadcrumb_xpaths_answer_on_every_page() -> None:
    differ = []
    for name, html in _pages():
        doc = parse_html(html).root
        if xpaths.breadcrumbs(doc) != doc.xpath(xpaths.BREADCRUMB):
            differ.append(name)
    assert not differ


# Title headings in every form the query takes: an <h1> whose class holds tit (one element, once),
# a class holding headline, a tit inside a longer class (subtitle), an <h2>, a comment between.
HEADINGS = """<html><body><h1 class="art-title">标题</h1><div class="headline-box">要闻</div>
<!-- x --><p class="subtitle">副题</p><h2>小标题</h2><span class="Title">大写</span></body></html>"""


def test_title_headings_from_the_pass_over_the_page_are_the_querys_answer() -> None:
    differ = []
    for name, html in [("headings", HEADINGS), *_pages()]:
        doc = parse_html(html).root
        if xpaths.of_page(doc, xpaths.TITLE_HEADINGS) != doc.xpath(xpaths.TITLE_HEADINGS):
            differ.append(name)
    assert not differ
    doc = parse_html(HEADINGS).root
    assert [el.tag for el in xpaths.of_page(doc, xpaths.TITLE_HEADINGS)] == ["h1", "div", "p", "h2"]
