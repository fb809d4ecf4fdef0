"""Listing detection: the teaser items of a channel page, a feed or a blog's archive.

A listing prints units of one template, each opening with a title link to another page and
going on with a summary, a date or a "more" link. Their prose is no article's, however many
sentences the summaries hold: :mod:`fanwen.extract.content` counts the share of a region's text
in such items (``teaser_chars``) to tell a listing from an article, and leaves a feed's items
out of the vote. Links that end a sentence (a digest's items) are prose, not titles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree
from lxml.html import HtmlElement

from fanwen.extract import xpaths

if TYPE_CHECKING:
    from fanwen.extract.content import _Stats

_SPACE = re.compile(r"\s+")
_FIRST_TEXTS = etree.XPath(xpaths.FIRST_TEXTS)  # compiled once: it runs on every teaser candidate
# What a list item may print alone before its title link: a date (2023-05-10, 05-10, 2023年5月10日),
# a bracketed tag ([工作总结], 【推荐】), a rank (1, 01.), a bullet (·, ●, ■), a badge (荐, 顶, NEW).
# A date leads a title anywhere (_DATE_LEAD); the others only in a list item.
_DATE_TEXT = r"[\[【(（]?\s*(?:\d{2,4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]】)）]?"
_DATE_LEAD = re.compile(rf"\s*{_DATE_TEXT}\s*")
_LEAD_MARK = re.compile(
    rf"\s*(?:{_DATE_TEXT}|[\[【(（][^\]】)）]{{1,8}}[\]】)）]|\d{{1,3}}\s*[.、．]?"
    r"|[·•‧∙●○◎■□◆◇▪▫▶►▸▷★☆※→»>\-–—]{1,3}|(?:荐|顶|新|热|图|精|置顶|推荐|原创|new|hot|top)[:：]?)\s*",
    re.I,
)

# A listing with summaries has prose too; its text sits in repeated items that each open with
# a title link. When that much of the region is such items, the page is a listing.
MAX_TEASER_SHARE = 0.5
MIN_TEASER_ITEMS = 4
MIN_TITLE_LINK_CHARS = 4


def teaser_chars(region: HtmlElement, stats: dict[HtmlElement, _Stats]) -> int:
    """Characters of ``region`` inside teaser items: repeated siblings that open with a title link.

    >>> from lxml.html import fragment_fromstring as f
    >>> item = '<div class="item"><h3><a href="/{0}.html">第{0}篇文章标题</a></h3><p>摘要内容。</p></div>'
    >>> from fanwen.extract.content import measure
    >>> listing = f("<div>" + "".join(item.format(i) for i in range(5)) + "</div>")
    >>> teaser_chars(listing, measure(listing)) == measure(listing)[listing].chars
    True
    >>> article = f("<div>" + "<p>正文第一段，内容很长。</p>" * 5 + "</div>")
    >>> teaser_chars(article, measure(article))
    0
    """
    return sum(stats[m].chars for m in teaser_items(region, stats))


def teaser_items(
    region: HtmlElement, stats: dict[HtmlElement, _Stats], min_items: int = MIN_TEASER_ITEMS
) -> list[HtmlElement]:
    """The teaser items under ``region``: groups of at least ``MIN_TEASER_ITEMS`` siblings of one
    tag and class, most of which open with a title link.

    Where such siblings are nothing but their title link (``<h3><a href="/2.html">…</a></h3>``,
    a link to another page) and the units are set flat, no element per unit (title, summary,
    date and 阅读全文 link as siblings), each unit is its title and the siblings after it up
    to the next title, when most units show what a listing's do: a date, a "more" link
    (``阅读全文``, ``详细``, "Read more") or a summary cut short (``…``). Their summaries are
    teasers then, however many sentences they hold; a shopping round-up's linked product names
    over their descriptions, or related-article cards between an article's paragraphs, are not.
    """
    items: list[HtmlElement] = []
    for parent in region.iter():
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child in stats:
                groups.setdefault((child.tag, child.get("class", "")), []).append(child)
        for members in groups.values():
            if len(members) < min_items:
                continue  # too few to be a listing, whatever they open with
            teasers = [m for m in members if _opens_with_title_link(m)]
            if len(teasers) >= min_items and len(teasers) >= 0.6 * len(members):
                items.extend(teasers)
                if all(_is_title_link_only(m, stats) for m in teasers):
                    items.extend(_flat_units(parent, teasers, stats))
    return items


def _is_title_link_only(el: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``el``'s text is its link (to another page, not an anchor in this one), a date or a
    tag beside it aside (``<h3><a>…</a><span>2023-05-10</span></h3>``)."""
    st = stats[el]
    if not st.chars or st.link_chars < 0.6 * st.chars:
        return False
    link = el if el.tag == "a" else next(el.iter("a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return bool(href) and not href.startswith(("#", "javascript"))


def _flat_units(
    parent: HtmlElement, heads: list[HtmlElement], stats: dict[HtmlElement, _Stats]
) -> list[HtmlElement]:
    """The siblings after each of ``heads`` up to the next one: the rest of units set flat. The
    last unit takes as many siblings as the one before it (a pager or a footer may follow)."""
    marked = set(heads)
    units: list[list[HtmlElement]] = []
    for child in parent:
        if child in marked:
            units.append([])
        elif units and isinstance(child.tag, str) and child in stats:
            units[-1].append(child)
    if len(units) >= 2:
        units[-1] = units[-1][: len(units[-2])]
    marked_units = sum(1 for unit in units if any(_listing_mark(el) for el in unit))
    if marked_units < 0.6 * len(units):
        return []
    return [el for unit in units for el in unit]


# What a listing's unit shows besides its title and summary: a date, a "more" link, a summary
# cut short.
_LISTING_MARK = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}月\d{1,2}日|阅读全文|查看全文|继续阅读|详细|详情|"
    r"read more|continue reading|(?:…|\.\.\.)\s*$",
    re.I,
)


def _listing_mark(el: HtmlElement) -> bool:
    """A unit's date line or 'more' link (a short element of its own), or a summary cut short."""
    text = el.text_content().strip()
    found = _LISTING_MARK.search(text)
    return found is not None and (len(text) <= 30 or text.endswith(("…", "...")))


# A table row's cells before its title link that are fields, not text: no letter (a number, a
# code such as 索引号 11361000MB1C2/2024-00090 is mostly digits) or a date; at most this many.
MAX_FIELD_CELLS = 3
_HAN = re.compile(r"[\u3400-\u9fff]")


def _opens_with_title_link(el: HtmlElement) -> bool:
    """Whether ``el`` opens with a title link (a date, a tag, a rank, a bullet or a badge before it aside)."""
    if el.tag == "tbody" and len(el) == 1 and el[0].tag == "tr":
        el = el[0]  # a row in a row group of its own (a forum's thread list: one <tbody> a thread)
    if el.tag == "tr":
        el = _title_cell(el)
    texts = _FIRST_TEXTS(el)
    # A tag or a rank leads a list item's title; before a link in a paragraph it is the number of a
    # point whose sentence opens with a linked name (1．《劳动合同法》第十条规定…).
    if (
        len(texts) > 1
        and _LEAD_MARK.fullmatch(texts[0])
        and (el.tag in ("li", "dd", "dt", "tr", "td") or _DATE_LEAD.fullmatch(texts[0]))
    ):
        texts = texts[1:]
    first = texts[:1]
    if not first:
        return False
    link = first[0].getparent()
    if first[0].is_tail and link is not None:
        link = link.getparent()  # a tail is text of the element's parent, not of the element
    while link is not None and link is not el and link.tag != "a":
        link = link.getparent()
    if link is None or link.tag != "a" or _ends_sentence(link, el):
        return False
    size = len(_SPACE.sub("", link.text_content()))
    # A short link is a title where it is a heading's whole text (an essay's 播种, 赶集记).
    return size >= MIN_TITLE_LINK_CHARS or (size > 0 and _heading_of(link) is not None)


def _title_cell(row: HtmlElement) -> HtmlElement:
    """The cell of a table row that its title link may open: the first after its field cells
    (序号, 索引号, a date: a government disclosure list's records), else the row itself.

    >>> from lxml.html import fragment_fromstring as f
    >>> row = f('<table><tr><td>1</td><td>1136/2024-00090</td><td><a href="/1.html">关于某事的通知</a></td>'
    ...         '<td>2024-03-05</td></tr></table>')
    >>> _title_cell(row.find(".//tr")).find("a").text
    '关于某事的通知'
    """
    cells = [c for c in row if c.tag in ("td", "th")]
    # A disclosure list records each document's date; a table of named items inside an article (a
    # 公示's projects with their code and holder) records none, and its rows are the article's text.
    if not any(_DATE_LEAD.fullmatch(_SPACE.sub("", c.text_content())) for c in cells):
        return row
    for i, cell in enumerate(cells[: MAX_FIELD_CELLS + 1]):
        text = _SPACE.sub("", cell.text_content())
        if not text:
            continue
        if next(cell.iter("a"), None) is not None:
            return cell if i else row
        if _HAN.search(text) and not _DATE_LEAD.fullmatch(text):
            return row
    return row


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _heading_of(link: HtmlElement) -> HtmlElement | None:
    """The heading (``<h3>``) whose whole text ``link`` is, if any."""
    parent = link.getparent()
    if parent is None or parent.tag not in HEADINGS:
        return None
    return parent if _SPACE.sub("", parent.text_content()) == _SPACE.sub("", link.text_content()) else None


# The link density from which links that are sentences are told apart (a brief's limit).
LINKED_SENTENCES_FROM = 0.2


def sentence_link_chars(region: HtmlElement, stats: dict[HtmlElement, _Stats]) -> int:
    """Characters of the links in ``region`` that a full stop follows in their line."""
    total = 0
    for link in region.iter("a"):
        st = stats.get(link)
        if st is None or not st.chars:
            continue
        block = next((a for a in link.iterancestors() if a.tag in xpaths.BLOCK_TAGS), region)
        if _ends_sentence(link, block):
            total += st.chars
    return total


# What follows a link that is a sentence of the text rather than a title.
_FULL_STOP_AFTER = re.compile(r"\s*[.。!?！？]")


def _ends_sentence(link: HtmlElement, item: HtmlElement) -> bool:
    """Whether a full stop follows ``link`` in its line (``<strong><a>…</a>.</strong> more``):
    the link is the first sentence of a digest's item (每日早报, "10 things to know today"),
    not a teaser's title, which never ends with one.

    >>> from lxml.html import fragment_fromstring as f
    >>> item = f('<li><strong><a href="/1">A comet will pass Earth</a>.</strong> It will be visible.</li>')
    >>> _ends_sentence(item.find(".//a"), item)
    True
    >>> item = f('<li><a href="/1">第1条新闻的标题</a><p>摘要。</p></li>')
    >>> _ends_sentence(item.find(".//a"), item)
    False
    """
    node = link
    while node is not item and node is not None:
        if node.tail and node.tail.strip():
            return _FULL_STOP_AFTER.match(node.tail) is not None
        node = node.getparent()
    return False
