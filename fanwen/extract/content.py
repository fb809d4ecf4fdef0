"""Generic content detection: find the element(s) holding the article on a page with no profile.

Chinese pages rarely mark their article up; what gives it away is prose: long runs of text with
sentence punctuation (，。；：！？) and few links. One pass over the tree counts, for every
element, its visible characters, linked characters and punctuation. Every element that holds a
paragraph of its own passes a prose score up to its container (fully), the container's parent
(half) and grandparent (a third), as readability does; the best container, weighed down by its
link density and up or down by class/id hints, wins. Siblings that carry prose too (an article
split over several ``<div>``s) join it, and link lists, hidden elements and comment/share boxes
inside the region are marked to be skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from fanwen.extract import xpaths
from fanwen.extract.listing import (
    HEADINGS,
    LINKED_SENTENCES_FROM,
    MAX_TEASER_SHARE,
    sentence_link_chars,
    teaser_chars,
    teaser_items,
)
from fanwen.sections import HEADING_NUMBER

_PUNCT = re.compile(r"[，。；：！？、“”,.;:!?]")
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$|[\"”’)])")
# Runs of what is not a letter (Han or alphabetic): a letter is [^\W\d_].
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_PUNCT_RUN = re.compile(_PUNCT.pattern + "+")
# The ASCII characters _PUNCT and _NOT_LETTERS match, as bytes to delete (_count_own's ASCII text).
_ASCII_PUNCT = bytes(c for c in range(128) if _PUNCT.match(chr(c)))
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if _NOT_LETTERS.match(chr(c)))
_FIELD_LINE = re.compile(r"\s*[^\s:：]{1,6}\s*[:：]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# What a page's script takes away to show content it hid (WeChat's ``#js_content``).
_SCRIPT_HIDDEN = re.compile(r"visibility\s*:\s*hidden\s*;?|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)", re.I)

_DROP = frozenset(xpaths.DROP_TAGS)

# A page is an article when its best region holds at least this much prose.
MIN_ARTICLE_CHARS = 150
MIN_ARTICLE_SENTENCES = 3
# A shorter region is a brief when the page prints a timed or labelled date above it.
MIN_BRIEF_CHARS = 60
# Under the page's own title heading, a text of two sentences and this much prose is an article
# with no date anywhere (a school's or an office's two-paragraph notice): an error page's or a
# login box's text under a heading is one or two short sentences.
MIN_TITLED_CHARS = 100
MIN_TITLED_SENTENCES = 2
# Paragraph-level text shorter than this is chrome (labels, buttons, menu items).
MIN_PARAGRAPH_CHARS = 10
# Lines broken by <br> that make a verse (a stanza).
MIN_VERSE_LINES = 4
# A line of verse set as a block of its own (<p>雨落在松针上</p>) is at most this long.
MAX_VERSE_LINE_CHARS = 30


@dataclass(slots=True)
class _Stats:
    """Counts of one element's visible text, over itself and its descendants."""

    chars: int = 0
    link_chars: int = 0
    punct: int = 0
    sentences: int = 0
    inline_chars: int = 0  # text not inside a nested block element: the element's own paragraph
    inline_punct: int = 0
    inline_letters: int = 0  # of which letters (Han or alphabetic): digits and brackets are not prose
    verse_lines: int = 0  # lines of verse: its own <br>-broken lines, or a stanza's set one block a line


@dataclass(frozen=True)
class Region:
    """The element chosen as the article, with the evidence for it."""

    element: HtmlElement
    score: float
    text_chars: int
    sentences: int
    link_density: float
    extra: tuple[HtmlElement, ...] = ()
    skip: frozenset[HtmlElement] = field(default_factory=frozenset)
    teaser_share: float = 0.0  # share of the text in teaser items (title link + summary)
    under_title: bool = False  # a region short of an article's that follows the page's title heading
    verse_lines: int = 0  # lines of verse set one block a line: a poem is measured in lines
    title: HtmlElement | None = None  # the page's title heading, where one is known
    head: tuple[HtmlElement, ...] = ()  # prose between the title and the region: the article's head
    before: tuple[HtmlElement, ...] = ()  # earlier parts of a text split into modules (_parts)
    over_thread: bool = False  # a short post over the thread of comments that outvoted it
    # The skipped elements whose text is the article's neighbour, not the page's chrome, each with the name
    # its removal is recorded under (a link beside a paragraph's sentence, a goods card, a credited caption,
    # a review's score box), in the page's order: the page path records them (fanwen.extract.page).
    recorded: tuple[tuple[HtmlElement, str], ...] = ()

    @property
    def is_article(self) -> bool:
        return (
            self.text_chars >= MIN_ARTICLE_CHARS
            and self.sentences >= MIN_ARTICLE_SENTENCES
            and self.link_density < 0.35
            and self.teaser_share < MAX_TEASER_SHARE
        )

    @property
    def is_brief(self) -> bool:
        """Whether the region is a short article's: a paragraph or two of prose, few links.

        Such a region is only an article on a page that dates it (see ``extract_article``):
        a news brief, a gallery's caption, a short forum post.
        """
        return (
            (self.text_chars >= MIN_BRIEF_CHARS or self.verse_lines >= MIN_VERSE_LINES)
            and self.sentences >= 1
            and self.link_density < 0.2
            and self.teaser_share < MAX_TEASER_SHARE
        )

    @property
    def elements(self) -> tuple[HtmlElement, ...]:
        """The region's elements in document order: the best one and the siblings and parts that
        joined it."""
        return (*self.before, self.element, *self.extra)


def find_content(doc: HtmlElement) -> Region | None:
    """The element most likely to hold the article text, or None on a page without text.

    Two general patterns come on top of the vote:
    - *the article follows its title*: when the page's title heading is known and the winner
      belongs to another heading (a "其他人也在看" feed longer than the article, the next post of
      a blog's page, the next article an endless page appends), the vote is taken again among
      the paragraphs between the title and that heading;
    - *content revealed by script*: a page whose only prose is hidden by an inline
      ``visibility:hidden`` or ``opacity:0`` (a WeChat article shows it once its script has
      run) is read as a browser shows it after the script.
    """
    body = doc.find(".//body")
    root = body if body is not None else doc
    region = _find_in(doc, root)
    if region is not None and (region.is_article or region.is_brief):
        return region
    if _reveal_scripted(root):
        revealed = _find_in(doc, root)
        if revealed is not None:
            return revealed
    return region


def region_at(el: HtmlElement, title: HtmlElement | None = None) -> Region | None:
    """The region a site's template names (:mod:`fanwen.extract.template`), with the evidence
    detection would give for it: only ``el``'s subtree is measured, and the same link lists,
    comment boxes and notices inside it are skipped. None when ``el`` shows no text.
    """
    stats = measure(el)
    if el not in stats:
        return None
    region = _region(el, {el: 1.0}, stats)
    clipped = _after_label(el, stats, title)
    region = replace(region, skip=region.skip | clipped, title=title)
    if title is None or _contains(el, title):
        return region
    # The question a Q&A site prints between the title and the answer the template names: the
    # title's and the region's nearest common box is measured for it (most pages: none found).
    above = set(title.iterancestors())  # held: the proxies stay the same while the set lives
    common = next((a for a in el.iterancestors() if a in above), None)
    if common is None or not _answer_near(el, common):
        return region  # most sites: no answer, no question to look for (the measure is a walk)
    return replace(region, head=_head(region, measure(common), title))


def _answer_near(el: HtmlElement, common: HtmlElement) -> bool:
    """Whether ``el`` (below ``common``) is an answer by its boxes' class or id, or by an
    answer label just before it or one of its boxes: a cheap look before ``_head``'s."""
    for node in (el, *el.iterancestors()):
        if node is common:
            return False
        if xpaths.ANSWER_HINT.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        sib = node.getprevious()
        while sib is not None and not isinstance(sib.tag, str):
            sib = sib.getprevious()
        if sib is not None and xpaths.ANSWER_LABEL.search(
            "".join(sib.text_content().split())[:MAX_LABEL_CHARS]
        ):
            return True
    return False


def why_not_article(doc: HtmlElement, region: Region | None) -> tuple[str, str]:
    """Why a page's best region is no article: (a line for the user, a reason for stats).

    >>> from lxml.html import document_fromstring as d
    >>> why_not_article(d("<p>x</p>"), None)
    ('no prose on the page', 'no_text')
    >>> why_not_article(d('<ul><li><a href="/1">第一篇</a></li><li><a href="/2">第二篇</a></li></ul>'), None)
    ('a listing page (its text is links)', 'listing')
    >>> page = d('<div style="display:none">' + "<p>藏起来的正文，有句子。</p>" * 20 + "</div>")
    >>> why_not_article(page, find_content(page))[1]
    'hidden'
    """
    body = doc.find(".//body")
    root = body if body is not None else doc
    hidden = [el for el in root.iter() if isinstance(el.tag, str) and is_hidden(el) and el.tag not in _DROP]
    hidden_text = max((_prose_chars(el) for el in hidden), default=0)
    shown = region.text_chars if region is not None else 0
    if hidden_text >= MIN_ARTICLE_CHARS and hidden_text > 2 * shown:
        return "its text is hidden by the page's style (display:none)", "hidden"
    if region is None:
        page = measure(root).get(root)
        if page is not None and page.chars and link_density(page) > 0.5:
            return "a listing page (its text is links)", "listing"
        return "no prose on the page", "no_text"
    if (
        region.teaser_share >= MAX_TEASER_SHARE
        or region.link_density >= 0.35
        or _teasers_outweigh(region, root)
    ):
        return "a listing page (its text is links and teasers)", "listing"
    return (
        f"too little text ({region.text_chars} characters, {region.sentences} sentences)",
        "too_short",
    )


def comments_page(doc: HtmlElement, region: Region) -> bool:
    """Whether the page is an article's page of readers' comments, not the article: its first
    ``<h1>`` is a comment section's label (``网友评论 (236)``, ``全部评论``: ``xpaths.COMMENT_LABEL``)
    that heads the region (the thread under it, in the label's box; the article only linked).

    >>> from lxml.html import document_fromstring as d
    >>> page = d("<h1>网友评论 (12)</h1><ul>" + "<li><p>说得好，支持一下，希望早日建成通车。</p></li>" * 9 + "</ul>")
    >>> comments_page(page, find_content(page))
    True
    """
    h1 = next(iter(xpaths.of_page(doc, xpaths.H1)), None)
    if h1 is None:
        return False
    label = "".join(h1.text_content().split())
    if not label or len(label) > MAX_LABEL_CHARS or not xpaths.COMMENT_LABEL.search(label):
        return False
    first = region.elements[0]
    if _contains(first, h1):
        # The region holds the heading: a comments page when nothing of a text comes before it
        # (a post over its comments, whose title is no <h1>, has its text there).
        at = "".join(first.text_content().split()).find(label)
        return 0 <= at < MIN_BRIEF_CHARS
    # The label heads the region: they share the label's box (a sidebar's 最新评论 box titled by
    # an <h1>, in a column before the article's, heads nothing of it: review R35).
    box = h1.getparent()
    return box is not None and box.tag not in ("body", "html") and _contains(box, first)


def _teasers_outweigh(region: Region, root: HtmlElement) -> bool:
    """Whether the page's teasers outweigh the region (short of an article): a listing whose
    excerpts each sit in a box of their own (a blog's archive, ``<div class="entry-summary">``)
    gives its best prose to one of them, or to a sidebar's box beside them."""
    stats = measure(root)
    return sum(stats[item].chars for item in teaser_items(root, stats)) >= region.text_chars


# A short region is a listing's note when the teasers beside it in its column outweigh it this
# many times.
NOTE_OVER_LISTING = 2


def notes_a_listing(region: Region) -> bool:
    """Whether a short region with no title heading over it is the note of a listing beside it:
    a journal issue's table of contents under its editor's 本期导读, a channel's introduction over
    its list. The region's column (its parent) holds teaser items outside the region (title
    links: a table of the issue's articles, their authors and pages) that outweigh it
    ``NOTE_OVER_LISTING`` times. The page's date line dates the issue, not an article.

    A brief under its title heading is an article whatever lists are beside it (a sidebar's); a
    brief's own list of related links is in its region, not beside it. So is a brief under a
    heading of the page's top levels (``<h1>``, ``<h2>`` before it in its column: a small site
    whose ``<title>`` is only the site's name, so the heading is not known as the title), and
    teasers under a feed's label (相关新闻) count for no listing: they are the brief's feed.
    """
    parent = region.element.getparent()
    if region.title is not None or region.is_article or parent is None or parent.tag in ("body", "html"):
        return False
    first = region.elements[0]
    for el in parent.iter("h1", "h2"):
        if el is first or _contains(first, el):
            break
        if el.text_content().strip():
            return False  # a heading over the brief: its own
    stats = measure(parent)
    own = region.elements
    items = [
        i
        for i in teaser_items(parent, stats)
        if not any(_contains(e, i) or _contains(i, e) for e in own)
        and not _under_feed_label(i, parent, stats)
    ]
    return sum(stats[i].chars for i in items) >= NOTE_OVER_LISTING * region.text_chars


def _under_feed_label(item: HtmlElement, top: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``item`` sits in a box under ``top`` headed by a feed's label (``相关新闻``,
    ``热门文章``: its first line, or the heading just before it)."""
    for node in item.iterancestors():
        if node is top:
            return False
        if _headed_by_feed_label(node, stats):
            return True
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None and prev.tag in HEADINGS:
            label = "".join(prev.text_content().split())
            if len(label) <= MAX_LABEL_CHARS and xpaths.FEED_LABEL.match(label):
                return True
    return False


def _prose_chars(el: HtmlElement) -> int:
    text = "".join(el.text_content().split())
    return len(text) if len(_PUNCT.findall(text)) >= MIN_ARTICLE_SENTENCES else 0


def _find_in(doc: HtmlElement, root: HtmlElement) -> Region | None:
    stats = measure(root)
    # First without the boxes the page marks as never the article (readability's "unlikely
    # candidates"); when that leaves no article, with everything.
    # Only a winner that is, sits in or holds such a box can change by leaving them out (the
    # others' votes can only fall), so the page's boxes are looked for only then.
    region = _winner(_votes(stats), stats)
    lines: frozenset[HtmlElement] | None = None  # verse set one block a line, looked for once
    if region is None or not (region.is_article or region.is_brief):
        # A poem set one block a line: its lines are too short to vote as paragraphs.
        lines = _stanza_lines(stats)
        if lines:
            region = _winner(_votes(stats, lines=lines), stats)
    if region is None:
        return None
    columns = _grid_columns(region.element, stats)
    if columns:
        region = _titled_column(doc, region, stats, columns) or region
    unlikely: set[HtmlElement] = set()
    if any(_touches_unlikely(el, stats) for el in region.elements):
        unlikely = _unlikely(root, stats)
        first = _winner(_votes(stats, exclude=unlikely, walls=columns), stats)
        if first is not None and first.is_article:
            region = first
    region = _post_over_thread(region, stats, unlikely) or region
    title = title_element(doc, stats)
    region = _before_labelled_comments(region, stats, unlikely, title) or region
    best = region.element
    anchored = _title_anchored(title, stats, best) if title is not None else None
    if anchored is not None:
        zone_region = _winner(_votes(stats, anchored, walls=columns), stats)
        if zone_region is None or not (zone_region.is_article or zone_region.is_brief):
            # A poem set one block a line under its title, over its poet's biography.
            lines = _stanza_lines(stats) if lines is None else lines
            if lines:
                zone_region = _winner(_votes(stats, anchored, lines=lines, walls=columns), stats)
        if zone_region is not None and (zone_region.is_article or zone_region.is_brief):
            region = zone_region
    if region.teaser_share >= MAX_TEASER_SHARE:
        region = _beside_feed(region, stats, title, unlikely or _unlikely(root, stats)) or region
    region = _first_post(region, stats) or region
    clipped = _after_label(region.element, stats, title)
    if clipped:
        region = _before_comments(region, stats, title, clipped, lines)
    if title is None:
        if not region.is_article and (
            _opens_with_headline(doc, region, stats) or _headline_above(doc, region, stats)
        ):
            region = replace(region, under_title=True)
        return region
    if not region.is_article and _follows(stats, title, region.element):
        region = replace(region, under_title=True)
    return replace(region, title=title, head=_head(region, stats, title) or _verse_head(region, stats, title))


# The most text, besides the head's prose, that may sit between the head and the region: an
# info line, a label (最佳答案), an answerer's card.
MAX_HEAD_GAP_CHARS = 200


def _head(region: Region, stats: dict[HtmlElement, _Stats], title: HtmlElement) -> tuple[HtmlElement, ...]:
    """The question of a Q&A page: paragraphs of prose between the page's title heading and a
    region that is an answer.

    A Q&A page prints the question (the asker's text) under the title and the accepted answer
    below a label and the answerer's card: the vote finds the answer; the question is the
    article's too. The region is an answer when an answer label (``最佳答案``, ``3个回答``,
    "Accepted answer": ``xpaths.ANSWER_LABEL``) lies between it and the question, or its box's
    class or id says so (``answer``, ``best``). Elsewhere the prose between a title and the
    text is a standfirst, a caption or a byline, which stays out (as the shared sets' truth
    has it). A paragraph is prose here when it ends a sentence, is mostly letters and not
    links, and is in no box marked as chrome; what lies between it and the region must be short
    (labels, info lines, a card: ``MAX_HEAD_GAP_CHARS``).
    """
    first = region.elements[0]
    if _contains(first, title):
        return ()
    heads: list[HtmlElement] = []
    gap = 0
    answered = False
    for el, st in _between(stats, title, first):
        if not st.inline_chars:
            continue
        if heads and _contains(heads[-1], el):
            continue  # inside a head already taken
        if (
            st.inline_chars >= MIN_PARAGRAPH_CHARS
            and st.sentences
            and 2 * st.inline_letters >= st.inline_chars
            and link_density(st) < 0.2
            and not _contains(block := _block_of(el), title)
            and not _contains(block, first)
            and not any(_is_unlikely(a) for a in (el, *el.iterancestors()))
        ):
            heads.append(block)
            gap = 0
            answered = False
        else:
            gap += st.inline_chars
            answered = answered or (
                st.chars <= MAX_LABEL_CHARS
                and xpaths.ANSWER_LABEL.search("".join(el.text_content().split())) is not None
            )
    if not heads or gap > MAX_HEAD_GAP_CHARS:
        return ()
    if not answered:
        # The answer's box: the region's element and its ancestors that do not hold the question.
        boxes = [first]
        for node in first.iterancestors():
            if _contains(node, heads[-1]):
                break
            boxes.append(node)
        hints = " ".join(f"{b.get('class', '')} {b.get('id', '')}" for b in boxes)
        answered = xpaths.ANSWER_HINT.search(hints) is not None
    return tuple(heads) if answered else ()


def _verse_head(
    region: Region, stats: dict[HtmlElement, _Stats], title: HtmlElement
) -> tuple[HtmlElement, ...]:
    """A poem between the page's title heading and a region of prose: its lines (``<br>``-broken,
    at least ``MIN_VERSE_LINES``, at most ``MAX_VERSE_LINE_CHARS`` on average, no link) are the
    text the region's notes, translation and appreciation are about. A standfirst, a caption or
    a byline there is prose or a line, not verse, and stays out; what else lies between (the
    poet's line, a toolbar) is short (``MAX_HEAD_GAP_CHARS``)."""
    first = region.elements[0]
    if _contains(first, title):
        return ()
    verse: HtmlElement | None = None
    gap = 0
    for el, st in _between(stats, title, first):
        if verse is not None and _contains(verse, el):
            continue
        if (
            verse is None
            and st.verse_lines >= MIN_VERSE_LINES
            and st.chars <= MAX_VERSE_LINE_CHARS * st.verse_lines
            and st.link_chars == 0
            and not any(_is_unlikely(a) for a in (el, *el.iterancestors()))
        ):
            verse = el
            continue
        gap += st.inline_chars
    return (verse,) if verse is not None and gap <= MAX_HEAD_GAP_CHARS else ()


def _between(
    stats: dict[HtmlElement, _Stats], title: HtmlElement, first: HtmlElement
) -> Iterator[tuple[HtmlElement, _Stats]]:
    """The elements (and their counts) after the title heading and before the region's first
    element, in document order, neither inside the title nor holding the region."""
    passed = False
    for el, st in stats.items():
        if el is title:
            passed = True
            continue
        if el is first:
            return
        if passed and not _contains(el, first) and not _contains(title, el):
            yield el, st


def _block_of(el: HtmlElement) -> HtmlElement:
    """``el`` or its nearest block ancestor: the element whose text is the paragraph."""
    node: HtmlElement | None = el
    while node is not None and node.tag not in xpaths.BLOCK_TAGS:
        node = node.getparent()
    return node if node is not None else el


def _before_comments(
    region: Region,
    stats: dict[HtmlElement, _Stats],
    title: HtmlElement | None,
    clipped: frozenset[HtmlElement],
    lines: frozenset[HtmlElement] | None,
) -> Region:
    """``region`` without the comment section that ends it (``clipped``).

    When no article is left by the vote without the comments, the comments were the region's
    prose: the page's article is a poem whose lines (too short to vote) sat above them in the
    same container. The vote is taken again without the comments, the poem's lines voting.
    """
    region = replace(region, skip=region.skip | clipped)
    comments = {node for el in clipped for node in el.iter()}
    rest = _winner(_votes(stats, exclude=comments), stats)
    if rest is not None and (rest.is_article or rest.is_brief):
        return region
    lines = _stanza_lines(stats) if lines is None else lines
    if not lines:
        return region
    poem = _winner(_votes(stats, exclude=comments, lines=lines), stats)
    if poem is None or not (poem.is_article or poem.is_brief) or any(p in comments for p in poem.elements):
        return region
    if title is not None and not _follows(stats, title, poem.element):
        return region
    return replace(poem, skip=poem.skip | clipped)


def _winner(scores: dict[HtmlElement, float], stats: dict[HtmlElement, _Stats]) -> Region | None:
    """The region of the best-scored container, its votes weighed by link density and class."""
    if not scores:
        return None
    weighted = {el: s * (1 - link_density(stats[el])) * class_weight(el) for el, s in scores.items()}
    return _region(max(weighted, key=weighted.__getitem__), weighted, stats)


# The class/id hint tests, kept per pattern and hint: a page repeats its classes on many elements
# (and a site on every page), and each hint pattern is a case-insensitive alternation that Python's
# re tries word by word at every character of the hint (NEGATIVE_HINT: about 8 µs a hint of 27
# characters).
@lru_cache(maxsize=16384)
def _says(pattern: re.Pattern[str], hint: str) -> bool:
    found = pattern.search(hint)
    # A chrome word inside a longer word is none: ``hot`` in ``photo`` or ``screenshot`` (issue 11).
    # (Where a word follows it, the pattern says so: xpaths.NEGATIVE_HINT's ``hot(?!line|el)``.)
    while (
        found is not None
        and found.start()
        and hint[found.start() - 1].isalpha()
        and found.group().lower() == "hot"
    ):
        found = pattern.search(hint, found.end())
    return found is not None


def _is_unlikely(el: HtmlElement) -> bool:
    hint = el.get("class")
    ident = el.get("id")
    if ident:
        hint = f"{hint} {ident}" if hint else ident
    return bool(hint and _says(xpaths.UNLIKELY_HINT, hint) and not _says(xpaths.POSITIVE_HINT, hint))


def _touches_unlikely(el: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``el`` is, sits in or holds a visible box marked as never the article."""
    return any(_is_unlikely(node) for node in (el, *el.iterancestors())) or any(
        _is_unlikely(node) for node in el.iterdescendants() if node in stats
    )


def _unlikely(root: HtmlElement, stats: dict[HtmlElement, _Stats]) -> set[HtmlElement]:
    """Every element inside a box whose class or id says it is never the article (a sidebar,
    comments, a footer, a menu, related links), unless its class or id also names content."""
    out: set[HtmlElement] = set()
    for el in stats:
        if el not in out and _is_unlikely(el):
            out.update(el.iter())
    return out


def _beside_feed(
    region: Region,
    stats: dict[HtmlElement, _Stats],
    title: HtmlElement | None,
    unlikely: set[HtmlElement] | None = None,
) -> Region | None:
    """The article beside a feed that outvoted it: the vote again without the feed's items.

    A feed of teasers (repeated items that each open with a title link and go on with a
    summary) is never the article, however much prose its summaries add up to; magic-html
    prunes such lists before its vote for that reason. When the winner is one, its items'
    paragraphs are left out and the vote is taken again; what wins must be an article that
    follows the page's title heading, so a listing page stays a listing. The boxes marked as
    never the article (``unlikely``) are left out too, then, if that finds nothing, only the feed.
    """
    feed: set[HtmlElement] = set()
    items: list[HtmlElement] = []
    for top in region.elements:
        items.extend(teaser_items(top, stats))
    for item in items:
        feed.update(item.iter())
    # A feed under a feed's label (相关新闻, 热门文章) is the brief's own: a short notice under
    # its title is the page's article beside it; an unlabelled list is a listing's.
    labelled: bool | None = None
    for exclude in (feed | unlikely, feed) if unlikely else (feed,):
        alt = _winner(_votes(stats, exclude=exclude), stats)
        if alt is not None:
            alt = _without(alt, [i for i in items if any(_contains(e, i) for e in alt.elements)], stats)
        if alt is not None and alt.is_brief and not alt.is_article and alt.text_chars < MIN_ARTICLE_CHARS:
            if labelled is None:
                labelled = bool(items) and all(
                    _under_feed_label(i, next(t for t in region.elements if _contains(t, i)), stats)
                    for i in items
                )
            if not labelled:
                continue
        if (
            alt is not None
            and (alt.is_article or alt.is_brief)
            and (_follows(stats, title, alt.element) if title is not None else _outweighs_feed(alt, region))
            and not _more_teasers(alt, stats)
        ):
            return alt
    return None


def _post_over_thread(
    region: Region, stats: dict[HtmlElement, _Stats], unlikely: set[HtmlElement]
) -> Region | None:
    """The post a thread of comments outvoted: the vote again without the thread.

    A post page (a microblog's post, a short news item, a photo's caption) prints the post and,
    under it, the thread of readers' comments and replies, often many times longer than the post.
    The thread is never the article: when the winner is one (``_thread``), its boxes are left out
    with the boxes marked as never the article, and what wins before the thread is the page's
    text (``Region.over_thread``), an article or a brief. Looked for where the winner is no
    article, and where an article won that touches a box marked as never the article (comments
    longer than an article, by their boxes' class). The thread is at least half of what won: an
    article holding a shorter comment box keeps it out as before (``_noise``, ``_after_label``),
    and a listing whose teasers each show a comment counter (``<span class="cmt">评论 12</span>``)
    stays a listing.
    """
    # The thread's outermost box the winner sits in (a reply among replies: their list), else the
    # thread boxes it holds, looked for in an article only where it touches chrome.
    box = None
    for node in (region.element, *region.element.iterancestors()):
        if node.tag in ("body", "html"):
            break
        if _thread_box(node):
            box = node
    if box is not None:
        thread = [box]
    elif region.is_article and not unlikely:
        return None  # most pages: an article touching no box of chrome
    else:
        thread = _thread(region.element, stats, by_shape=not region.is_article)
    # The thread is most of what won (a comment counter's 评论 12 in each teaser of a listing is none).
    if sum(stats[b].chars for b in thread) < MAX_TEASER_SHARE * region.text_chars:
        return None
    nodes = {node for box in thread for node in box.iter()}
    post = _winner(_votes(stats, exclude=nodes | unlikely), stats)
    # The post comes before its thread or holds it (the thread cannot hold the post: its
    # paragraphs did not vote); a thread set in the post's box is left out of it.
    if post is None or not _follows(stats, post.element, thread[0]):
        return None
    post = _without(post, [t for t in thread if any(_contains(e, t) for e in post.elements)], stats)
    if not (post.is_article or post.is_brief) or _more_teasers(post, stats):
        return None
    return replace(post, over_thread=True)


def _before_labelled_comments(
    region: Region, stats: dict[HtmlElement, _Stats], unlikely: set[HtmlElement], title: HtmlElement | None
) -> Region | None:
    """The post before a comment section that won the vote, the section known by its label.

    A comment section opens with its label (``评论``, ``网友评论（共17条）``: ``xpaths.COMMENT_LABEL``)
    as a heading or a box's first line, whatever the template calls its box (``div#comments``,
    ``div.k93a1``, no class at all), and under a short report it is often many times longer
    than the report. A region element that is such a box, or sits in one, is left out with
    all it holds and the vote is taken again: what wins is the page's text when it is an article
    or a brief and comes before the section (the post comes first, its comments after it).

    A box that holds the page's title heading (``title``) is no comment section, whatever its
    first line: a comment section hangs under the text it comments on and never holds its title.
    An opinion channel prints its column name 评论 above the title inside the article's box, a
    toolbar its counter 评论 (0); read as a label, the whole text went and a sidebar won.
    """
    boxes = [
        box
        for el in region.elements
        for box in (el, *el.iterancestors())
        if box.tag not in ("body", "html")
        and box in stats
        and _opens_with_comment_label(box, stats)
        and (title is None or not _contains(box, title))
    ]
    if not boxes:
        return None
    nodes = {node for box in boxes for node in box.iter()}
    post = _winner(_votes(stats, exclude=nodes | unlikely), stats)
    if (
        post is None
        or not (post.is_article or post.is_brief)
        or any(_contains(post.element, box) for box in boxes)
        or not _follows(stats, post.element, boxes[0])
    ):
        return None
    return replace(post, over_thread=True)


def _labels_own_text(label: HtmlElement) -> bool:
    """Whether a comment label (``xpaths.COMMENT_LABEL``) heads the page's own text, not a comment
    section: 留言 and 评论 also label the article on a page whose subject is readers' messages.

    The general evidence, either of: the page's ``<title>`` or ``<h1>`` names readers' comments as
    its subject (民生留言板, 读者留言精选, 网友评论摘编: ``xpaths.COMMENTS_SUBJECT``), or a reply
    section follows the label under a label of the same tag (``<h3>留言</h3>`` over the message,
    ``<h3>回复</h3>`` over the department's reply: ``xpaths.REPLY_LABEL``). A comment section under
    a post has neither: its page is titled by the post, and its items' 回复 are links, not labels
    (review S20: a message board and a curated post lost their whole text to the label alone).

    >>> from lxml.html import document_fromstring as d
    >>> page = d("<title>路灯坏了 - 民生留言板</title><div><h3>留言</h3><p>路灯坏了。</p></div>")
    >>> _labels_own_text(page.find(".//h3"))
    True
    >>> page = d("<title>路灯修好了</title><div><h3>留言</h3><p>好。</p><h3>回复</h3><p>谢谢。</p></div>")
    >>> _labels_own_text(page.find(".//h3"))
    True
    >>> page = d("<title>路灯修好了</title><h1>路灯修好了</h1><div><h3>留言</h3><p>好。</p></div>")
    >>> _labels_own_text(page.find(".//h3"))
    False
    >>> page = d("<title>路灯修好了</title><h1>精彩评论</h1><div><h3>评论</h3><p>好。</p></div>")
    >>> _labels_own_text(page.find(".//h3"))
    False
    """
    for sib in label.itersiblings():
        if sib.tag == label.tag and xpaths.REPLY_LABEL.match("".join(sib.text_content().split())):
            return True
    # A heading that is itself a comment label (a sidebar's <h1>精彩评论</h1>) titles a box, not the page.
    root = label.getroottree().getroot()
    names = ("".join(el.text_content().split()) for el in root.iter("title", "h1"))
    return any(
        xpaths.COMMENTS_SUBJECT.search(name) is not None and xpaths.COMMENT_LABEL.search(name) is None
        for name in names
    )


# A comment section holds more than its label: at least this many characters after it.
MIN_COMMENTS_CHARS = 2 * MIN_ARTICLE_CHARS // 3


def _opens_with_comment_label(box: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``box``'s first text is a comment section's label (a heading, or a line of no
    block of its own) and comments follow it in the box.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<div><h3>评论</h3>" + "<p>说得真好，我也这么觉得，谢谢作者分享。</p>" * 6 + "</div>")
    >>> _opens_with_comment_label(box, measure(box))
    True
    >>> box = f("<div><h3>正文</h3>" + "<p>说得真好，我也这么觉得，谢谢作者分享。</p>" * 6 + "</div>")
    >>> _opens_with_comment_label(box, measure(box))
    False
    """
    first = next((el for el in box.iter() if el in stats and el.text and el.text.strip()), None)
    if first is None or first is box:
        return False
    label = first
    for node in first.iterancestors():
        if node is box:
            break
        label = node  # the label's outermost box inside ``box`` (<div><b>网友评论</b><span>（共3条）</span></div>)
    st = stats[label]
    if st.chars == 0 or st.chars > MAX_LABEL_CHARS or st.inline_chars != st.chars:
        return False
    if label.tag not in HEADINGS and label.tag not in _BOX_LABEL_TAGS:
        return False
    if xpaths.COMMENT_LABEL.search("".join(label.text_content().split())) is None:
        return False
    return stats[box].chars - st.chars >= MIN_COMMENTS_CHARS and not _labels_own_text(label)


# A thread's item opens with its writer's name, linked to their page and followed by a colon
# (风中的小麦：写得真好), in most of at least this many items of one tag and class.
MIN_THREAD_ITEMS = 4
_MAX_NAME_CHARS = 20


def _thread(el: HtmlElement, stats: dict[HtmlElement, _Stats], by_shape: bool = True) -> list[HtmlElement]:
    """The boxes of a thread of comments that ``el`` holds, in document order: boxes whose class
    or id names comments or replies (``xpaths.THREAD_HINT``: ``card-comment``, ``reply-list``),
    else (``by_shape``) the items of a thread by their shape: at least ``MIN_THREAD_ITEMS``
    siblings of one tag and class, most opening with a linked name and a colon."""
    boxes: list[HtmlElement] = []
    for node in el.iterdescendants():
        if node in stats and _thread_box(node) and not (boxes and _contains(boxes[-1], node)):
            boxes.append(node)
    if boxes or not by_shape:
        return boxes
    items: list[HtmlElement] = []
    for parent in el.iter():
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child in stats and stats[child].chars:
                groups.setdefault((child.tag, child.get("class", "")), []).append(child)
        for members in groups.values():
            if len(members) < MIN_THREAD_ITEMS:
                continue
            said = [m for m in members if _opens_with_name(m)]
            if len(said) >= MIN_THREAD_ITEMS and len(said) >= 0.6 * len(members):
                items.extend(members)
    return items


def _thread_box(el: HtmlElement) -> bool:
    """Whether ``el``'s class or id names a thread's box (``reply``, ``comment-list``) and not
    content too (``comment-content``, ``article-wrap comments-enabled``: judged by what they hold)."""
    hint = f"{el.get('class', '')} {el.get('id', '')}"
    return (
        bool(hint.strip())
        and xpaths.THREAD_HINT.search(hint) is not None
        and xpaths.POSITIVE_HINT.search(hint) is None
    )


def _opens_with_name(item: HtmlElement) -> bool:
    """Whether ``item`` opens with a linked name and a colon (``<a href="/u/72">风中的小麦</a>：…``):
    a comment's writer, not a teaser's title (which a colon never follows).

    >>> from lxml.html import fragment_fromstring as f
    >>> _opens_with_name(f('<div><img src="/f.jpg"><a href="/u/7">风中的小麦</a>：说得真好。</div>'))
    True
    >>> _opens_with_name(f('<li><a href="/n/1.html">市图书馆新馆开放</a><p>摘要。</p></li>'))
    False
    """
    link = next(item.iter("a"), None)
    if link is None:
        return False
    name = "".join(link.text_content().split())
    text = "".join(item.text_content().split())
    return (
        0 < len(name) <= _MAX_NAME_CHARS
        and text.startswith(name)
        and text[len(name) : len(name) + 1] in ("：", ":")
    )


# Where the page's title heading is not known, the article beside a feed holds at least this share
# of the feed's text.
MIN_SHARE_BESIDE_FEED = 0.5


def _outweighs_feed(alt: Region, feed: Region) -> bool:
    """Whether ``alt`` is an article as long as half the feed that outvoted it: on a page whose
    title heading is not known (an old forum's post under a ``<font>`` title), a post of running
    prose beside a 相关帖子 feed of excerpts is the page's article; a sidebar's "about" box beside
    a channel's list (a tenth of it) is not."""
    return alt.is_article and alt.text_chars >= MIN_SHARE_BESIDE_FEED * feed.text_chars * feed.teaser_share


def _more_teasers(region: Region, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether what is left beside a feed is more of the listing: a few units of the same kind
    (a channel page's featured units over its list), two or more making up half its text."""
    items = {i for top in region.elements for i in teaser_items(top, stats, 2)} - region.skip
    return sum(stats[i].chars for i in items) >= MAX_TEASER_SHARE * region.text_chars


def _without(region: Region, items: list[HtmlElement], stats: dict[HtmlElement, _Stats]) -> Region:
    """``region`` with ``items`` (a feed's teasers set in the article's own box) skipped and out
    of its counts."""
    if not items:
        return region
    chars = sum(stats[i].chars for i in items)
    links = region.link_density * region.text_chars - sum(stats[i].link_chars for i in items)
    left = max(region.text_chars - chars, 0)
    return replace(
        region,
        skip=region.skip | frozenset(items),
        text_chars=left,
        sentences=max(region.sentences - sum(stats[i].sentences for i in items), 0),
        link_density=max(links, 0) / left if left else 1.0,
        teaser_share=0.0,
    )


def _after_label(top: HtmlElement, stats: dict[HtmlElement, _Stats], title: HtmlElement | None) -> frozenset:
    """What follows a comment label inside the region, after the article's text: the rest of
    a container that holds a post and its comments; or what follows a heading of back matter.

    Only a comment section's label ends the article: a ``相关阅读`` / "Related articles" box
    often sits inside the text with more of the article after it. The label is a heading, not a
    paragraph of the text, comes after a brief's worth of the article, and has no paragraph of
    the article's containers after it. A heading that names back matter (``参考资料``,
    ``参考文献``, ``注释``, "References", "Notes": ``xpaths.BACK_MATTER_LABEL``) after a brief's
    worth of the article ends it with all that follows (an encyclopaedia's references and its
    statistics line, a paper's bibliography), though the rest sits in the text's container.
    """
    passed_title = title is None or not _contains(top, title)
    parents: set[HtmlElement] = set()  # the containers of the paragraphs met so far
    prose = lines = 0  # lines: of verse, a poem's measure (one block a line, or <br>-broken)
    for el in top.iter():
        st = stats.get(el)
        if st is None:
            continue
        if el is title:
            passed_title = True
            continue
        if not passed_title:
            continue
        if st.inline_chars >= MIN_PARAGRAPH_CHARS and st.inline_punct:
            parents.add(el.getparent())
            prose += st.inline_chars
            lines += st.verse_lines
            continue
        if _is_line(el, st) and not _ends_text(el, stats, parents):
            lines += 1  # a poem's line; prose after the label is not more of it
            continue
        if prose < MIN_BRIEF_CHARS and lines < MIN_VERSE_LINES:
            continue
        if not 0 < st.chars <= 3 * MAX_LABEL_CHARS or el.tag in ("a", "p"):
            continue
        label = "".join(el.text_content().split())
        if _ends_text(el, stats, parents):
            after = _from(el, top)
            if not _text_resumes(el, after, stats):
                return frozenset(after)  # references, notes: nothing of the text follows
            continue
        if not xpaths.COMMENT_LABEL.search(label) or _labels_own_text(el):
            continue
        after = _from(el, top)
        if not any(
            p is not el
            and p in stats
            and stats[p].inline_chars >= MIN_PARAGRAPH_CHARS
            and p.getparent() in parents
            for node in after
            for p in node.iter()
        ):
            return frozenset(after)
    return frozenset()


# The elements that may label the box they open, besides headings: a definition list's term, a
# box's title line (``<dt>参考资料</dt>``, ``<div class="t">参考文献：</div>``).
_BOX_LABEL_TAGS = frozenset({"dt", "div"})
# Inside the box that holds the text's paragraphs, only a heading or a definition list's term
# labels back matter: a model paper on a 范文 page ends with its references under a ``<div>`` or
# ``<p>`` line, and they are the paper's (review R10, S14). A box of its own after the text's box,
# opened by such a line, is back matter whatever labels it.
_INNER_LABEL_TAGS = frozenset({"dt"})


def _ends_text(el: HtmlElement, stats: dict[HtmlElement, _Stats], parents: set[HtmlElement]) -> bool:
    """Whether ``el`` labels back matter that ends the text: a heading or a ``<dt>`` anywhere, a
    ``<div>`` label only outside the boxes holding the paragraphs met so far (``parents``)."""
    if _labels_back_matter(el, stats, _INNER_LABEL_TAGS):
        return True
    if el.tag != "div" or not _labels_back_matter(el, stats):
        return False
    return not any(a in parents for a in el.iterancestors())


def _labels_box(
    el: HtmlElement, stats: dict[HtmlElement, _Stats], tags: frozenset[str] = _BOX_LABEL_TAGS
) -> bool:
    """Whether ``el`` is the label a box opens with: a ``<dt>`` or ``<div>`` holding no block of
    its own, the first element with text in its parent, which holds more after it.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<dl><dt>参考资料</dt><dd>1. 某书</dd></dl>")
    >>> _labels_box(box[0], measure(box))
    True
    """
    parent = el.getparent()
    if el.tag not in tags or parent is None or parent not in stats:
        return False
    if stats[el].inline_chars != stats[el].chars:
        return False  # a box of its own, not a label
    first = next((c for c in parent if c in stats and stats[c].chars), None)
    return first is el and stats[parent].chars > stats[el].chars


def _opens_back_matter(box: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``box`` opens with a label of back matter (``参考文献``, "References":
    ``xpaths.BACK_MATTER_LABEL``): a heading or a box's label, the first text in it. A paper's
    references and the notes after them (收稿日期, 基金项目, 作者简介) are set in boxes after the
    box of its text; they are no more of the text than a heading of them inside it is.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<div><h2>参考文献</h2><ol><li>[1] 某某. 某书[M]. 2020.</li></ol></div>")
    >>> _opens_back_matter(box, measure(box))
    True
    """
    first = next(
        (el for el in box.iter() if el in stats and stats[el].chars and el.text and el.text.strip()), None
    )
    return first is not None and first is not box and _labels_back_matter(first, stats)


def _labels_back_matter(
    el: HtmlElement, stats: dict[HtmlElement, _Stats], tags: frozenset[str] = _BOX_LABEL_TAGS
) -> bool:
    """Whether ``el`` is a heading or a box's label (``_labels_box`` of one of ``tags``) naming
    back matter (``参考文献``, ``注释``, "References": ``xpaths.BACK_MATTER_LABEL``)."""
    if stats[el].chars > MAX_LABEL_CHARS or not (el.tag in HEADINGS or _labels_box(el, stats, tags)):
        return False
    return xpaths.BACK_MATTER_LABEL.search("".join(el.text_content().split())) is not None


def _text_resumes(label: HtmlElement, after: list[HtmlElement], stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether the article goes on after a back-matter label: a later label that is no back
    matter, with a paragraph of prose after it (注释, then 译文 and 赏析 on a classical poem's
    page); a statistics or tags heading over counters and links (词条统计, 词条标签) is not. A
    label is what ``_labels_back_matter`` takes for one: a heading, or a box's title line (a page
    that sets 原文, 注释, 译文 and 赏析 each under a ``<div>`` label; review S3)."""
    heading = None
    for node in after:
        for el in node.iter():
            if el is label or not isinstance(el.tag, str):
                continue
            if el.tag in HEADINGS or (
                el in stats and stats[el].chars <= MAX_LABEL_CHARS and _labels_box(el, stats)
            ):
                text = "".join(el.text_content().split())
                heading = None if xpaths.BACK_MATTER_LABEL.search(text) else el
                continue
            st = stats.get(el)
            if (
                heading is not None
                and st is not None
                and st.inline_chars >= MIN_PARAGRAPH_CHARS
                and st.inline_punct
                and (
                    heading.tag in HEADINGS or st.sentences
                )  # under a box's label: a sentence, not a tag list
            ):
                return True
    return False


def _from(el: HtmlElement, top: HtmlElement) -> list[HtmlElement]:
    """``el`` and everything after it up to the end of ``top``: following siblings at each level."""
    out: list[HtmlElement] = []
    node: HtmlElement | None = el
    while node is not None and node is not top:
        out.append(node)
        out.extend(sib for sib in node.itersiblings() if isinstance(sib.tag, str))
        node = node.getparent()
    return out


def _follows(stats: dict[HtmlElement, _Stats], title: HtmlElement, el: HtmlElement) -> bool:
    """Whether ``el`` holds the title or comes after it."""
    if _contains(el, title):
        return True
    for node in stats:
        if node is title:
            return True
        if node is el:
            return False
    return False


def _votes(
    stats: dict[HtmlElement, _Stats],
    zone: tuple[HtmlElement, HtmlElement | None] | None = None,
    exclude: set[HtmlElement] | frozenset[HtmlElement] = frozenset(),
    lines: set[HtmlElement] | frozenset[HtmlElement] = frozenset(),
    walls: frozenset[HtmlElement] = frozenset(),
) -> dict[HtmlElement, float]:
    """Each container's prose score: what its paragraphs (and those of its children) pass up.

    With ``zone`` (a first and an end element), only paragraphs after the first and before the
    end (document order, the order of ``stats``) vote; paragraphs in ``exclude`` never do.
    ``lines``: lines of verse (``_stanza_lines``), which vote however short, their end a pause.
    ``walls``: a page grid's column cells (``_grid_columns``), past which no vote goes up.
    """
    scores: dict[HtmlElement, float] = {}
    voting = zone is None
    start, end = zone if zone is not None else (None, None)
    for el, st in stats.items():
        if zone is not None:
            if el is start:
                voting = True
                continue
            if el is end:
                break
            if not voting:
                continue
        if el in exclude:
            continue
        own = st.inline_chars
        if el in lines:
            _vote(scores, stats, el, prose_score(own, st.inline_punct + 1), walls)
            continue
        # A forum's reply list leaves "【】08-11 16:06 298字 [4321/87]" once its links are
        # taken out: dates and counters, not a paragraph.
        if own < MIN_PARAGRAPH_CHARS or 2 * st.inline_letters < own or el.tag not in xpaths.PARAGRAPH_TAGS:
            continue
        if next(el.iterancestors("a"), None) is not None:
            continue  # a <font> inside a link is a link's text (a thread title), not a paragraph
        _vote(scores, stats, el, prose_score(own, st.inline_punct), walls)
    return scores


def _stanza_lines(stats: dict[HtmlElement, _Stats]) -> frozenset[HtmlElement]:
    """The lines of verse set one block a line (``<p>雨落在松针上</p><p>一根一根</p>…``).

    A poem's lines are too short to vote as paragraphs and have little punctuation, so a poem
    page set this way gives its poet's biography or nothing. A stanza is a container of at
    least ``MIN_VERSE_LINES`` such blocks, nearly all of its children: short (at most
    ``MAX_VERSE_LINE_CHARS``), mostly letters, no link, no block inside (a hot-search list's
    items are links). As with ``<br>``-broken verse, a line's end is a pause and two lines a
    sentence: the stanza's and its ancestors' counts get them. Looked for only where the vote
    found no article (its cost is a pass over the page's elements).
    """
    lines_of: dict[HtmlElement, list[HtmlElement]] = {}
    for el, st in stats.items():
        if _is_line(el, st):
            parent = el.getparent()
            if parent is not None:
                lines_of.setdefault(parent, []).append(el)
    out: set[HtmlElement] = set()
    for parent, lines in lines_of.items():
        children = [c for c in parent if c in stats and stats[c].chars]
        if len(lines) < MIN_VERSE_LINES or 4 * len(lines) < 3 * len(children) or parent not in stats:
            continue
        out.update(lines)
        pauses, sentences = len(lines) - 1, len(lines) // 2
        for node in (parent, *parent.iterancestors()):
            if node not in stats:
                break
            stats[node].punct += pauses
            stats[node].sentences += sentences
            stats[node].verse_lines += len(lines)
    return frozenset(out)


def _is_line(el: HtmlElement, st: _Stats) -> bool:
    """Whether ``el`` may be a line of verse set as a block of its own: short, no link, no block
    inside, mostly letters."""
    return (
        el.tag in ("p", "div")
        and 0 < st.chars <= MAX_VERSE_LINE_CHARS
        and st.link_chars == 0
        and st.inline_chars == st.chars
        and 2 * st.inline_letters >= st.chars
    )


def _vote(
    scores: dict[HtmlElement, float],
    stats: dict[HtmlElement, _Stats],
    el: HtmlElement,
    value: float,
    walls: frozenset[HtmlElement] = frozenset(),
) -> None:
    """A paragraph's vote: fully for its container, half for the next, a third for the one above;
    none past a cell in ``walls``."""
    node: HtmlElement | None = el if el.tag in xpaths.CANDIDATE_TAGS else _candidate_parent(el)
    for share in (1.0, 0.5, 1 / 3):
        if node is None or node not in stats:
            break
        scores[node] = scores.get(node, 0.0) + value * share
        if walls and node in walls:
            break
        node = _candidate_parent(node)


# A page grid: an old table-layout site sets its page as a row of columns side by side (a menu
# of links | the text | a 最新消息 list), a full-width footer row (address, phone) under it. Each
# column is a module: a short text's votes (a two-paragraph notice) are outweighed by what its
# side columns and the footer pass up to the <body> that holds them all, and the whole page was
# the region. A grid row holds two cells of text or more, one of them a menu (MIN_MENU_LINKS links
# or more, most of its text). A thread's rows (a poster's card of links beside each post) repeat:
# more than MAX_GRID_ROWS such rows are no page grid.
MIN_MENU_LINKS = 3
MENU_LINK_DENSITY = 0.7
MAX_GRID_ROWS = 2


def _grid_columns(top: HtmlElement, stats: dict[HtmlElement, _Stats]) -> frozenset[HtmlElement]:
    """The column cells of the page grids under ``top`` (the winner), none when it is a cell or
    holds no table row.

    >>> from lxml.html import fragment_fromstring as f
    >>> menu = '<td><a>首页</a><br><a>简介</a><br><a>消息</a></td>'
    >>> page = f(f'<div><table><tr>{menu}<td>本所订于周五停水。</td></tr></table></div>')
    >>> sorted(c.text_content()[:2] for c in _grid_columns(page, measure(page)))
    ['本所', '首页']
    >>> page = f('<div><table><tr><td>姓名：</td><td>王某</td></tr></table></div>')  # no menu
    >>> _grid_columns(page, measure(page))
    frozenset()
    """
    if top.tag in _CELLS or top.find(".//tr") is None:
        return frozenset()
    rows: list[list[HtmlElement]] = []
    for tr in top.iter("tr"):
        cells = _grid_cells(tr, stats)
        if cells:
            rows.append(cells)
            if len(rows) > MAX_GRID_ROWS:
                return frozenset()
    return frozenset(c for cells in rows for c in cells)


def _grid_cells(tr: HtmlElement, stats: dict[HtmlElement, _Stats]) -> list[HtmlElement]:
    """The cells with text of a page grid's row (two or more, one of them a menu), else none."""
    cells = [c for c in tr if c.tag in _CELLS and c in stats and stats[c].chars]
    return cells if len(cells) >= 2 and any(_is_menu(c, stats[c]) for c in cells) else []


def _titled_column(
    doc: HtmlElement, region: Region, stats: dict[HtmlElement, _Stats], columns: frozenset[HtmlElement]
) -> Region | None:
    """The text in a page grid's column under the page's title (``_headline_above``), voted for
    with the columns walled: the best of the few best-scored such texts inside the winner. None
    when no column's text is under the title (a side column's teasers outvote a poem under its
    title: the winner stays)."""
    scores = _votes(stats, walls=columns)
    weighted = {el: s * (1 - link_density(stats[el])) * class_weight(el) for el, s in scores.items()}
    ranked = sorted(weighted, key=weighted.__getitem__, reverse=True)
    for el in ranked[:MAX_TITLED_COLUMN_TRIES]:
        if el is region.element or not _contains(region.element, el):
            continue
        found = _region(el, weighted, stats)
        if not (found.is_article or found.is_brief):
            continue
        headline = _headline_over(doc, found, stats)
        # A page's link reading the head (通知公告 in the menu): the <title> may name the page's
        # column (通知公告-某某中学), and the box is that column's, then taken only as an article.
        if headline is not None and (found.is_article or not _names_a_link(doc, headline, stats)):
            return found
    return None


MAX_TITLED_COLUMN_TRIES = 5


def _is_menu(cell: HtmlElement, st: _Stats) -> bool:
    return link_density(st) >= MENU_LINK_DENSITY and sum(1 for _ in cell.iter("a")) >= MIN_MENU_LINKS


def _region(
    best: HtmlElement, weighted: dict[HtmlElement, float], stats: dict[HtmlElement, _Stats]
) -> Region:
    teasers: dict[HtmlElement, int] = {}  # the joined siblings' teaser characters, counted once
    extra = _joining_siblings(best, weighted, stats, teasers)
    before, later = _parts(best, weighted, stats)
    if not before and not later and best.tag == "td":
        before, later = _record_cells(best, weighted, stats)
    extra += later
    # A sibling joined before the winner (a gallery's lead above its captions) comes before it:
    # the region's elements are in the page's order.
    preceding = _preceding(best) if extra else set()
    earlier = [sib for sib in extra if sib in preceding]
    if earlier:
        before = [*before, *earlier]
        extra = [el for el in extra if el not in earlier]
    region = [*before, best, *extra]
    noise, recorded = _noise(region, stats)
    chars = sum(stats[el].chars for el in region)
    links = sum(stats[el].link_chars for el in region)
    if links >= LINKED_SENTENCES_FROM * chars > 0:
        # A link that is a sentence of the text (a full stop follows it: a digest's items) is
        # prose, not navigation; looked for only where the links could decide the region.
        links -= sum(sentence_link_chars(el, stats) for el in region)
    return Region(
        element=best,
        score=weighted[best],
        text_chars=chars,
        sentences=sum(stats[el].sentences for el in region),
        link_density=links / chars if chars else 1.0,
        extra=tuple(extra),
        before=tuple(before),
        skip=frozenset(noise),
        recorded=tuple(recorded),
        teaser_share=sum(teasers[el] if el in teasers else teaser_chars(el, stats) for el in region) / chars
        if chars
        else 0.0,
        verse_lines=sum(stats[el].verse_lines for el in region),
    )


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    # ``in`` walks the ancestors in C (an element equals itself only): half the time of any()
    # over a generator, and the region finder asks this about 2,000 times a long page.
    return outer is inner or outer in inner.iterancestors()


def title_element(doc: HtmlElement, stats: dict[HtmlElement, _Stats]) -> HtmlElement | None:
    """The visible heading that prints the page's title: the one the ``<title>`` (or the
    ``og:title``) starts with, the longest such; else a heading whose first part is a headline
    the ``<title>`` starts with, the heading holding its own controls after it
    (``_first_part``); None when no heading does.

    >>> from lxml.html import document_fromstring as d
    >>> page = d("<title>春天来了_范文网</title><h2>热门</h2><h1>春天来了</h1><p>正文。</p>")
    >>> title_element(page, measure(page.find("body"))).tag
    'h1'
    """
    titles = [
        " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE)),
        *xpaths.of_page(doc, " | ".join(xpaths.TITLE_META)),
    ]
    squeezed = [undecorated(t) for t in titles if t.strip()]
    best: HtmlElement | None = None
    best_len = 0
    opening: HtmlElement | None = None  # a heading whose first part is the title
    opening_len = 0
    for heading in xpaths.of_page(doc, xpaths.TITLE_HEADINGS):
        if (
            heading not in stats
            or next(heading.iterancestors("a"), None) is not None
            or xpaths.site_logo(heading)
        ):
            continue
        text = undecorated(heading.text_content()).rstrip("|")
        if len(text) > max(best_len, 1) and any(_titled(t, text) for t in squeezed):
            best, best_len = heading, len(text)
        elif best is None and (part := _first_part(heading)) is not None:
            text = undecorated(part).rstrip("|")
            # A headline's length at least: a short name before counters is a board's or a
            # column's (<h1><a>江城杂谈</a> <span>今日: 86</span></h1>), no article's title.
            if len(text) > max(opening_len, MIN_HEADLINE_CHARS - 1) and any(
                _titled(t, text) for t in squeezed
            ):
                opening, opening_len = heading, len(text)
    return best if best is not None else opening


def _first_part(heading: HtmlElement) -> str | None:
    """The text of a heading's first child when the heading holds more than its title: the
    heading of a page whose template names nothing (no class or id word says "title") is found by
    its text, and such a heading may carry its own controls after the title (``<h1><span>标题
    </span><div>播报文章</div></h1>``: a read-aloud button, a share icon, a tag). None when the
    heading's text opens outside a child element (its own text is the whole title or none).

    >>> from lxml.html import fragment_fromstring as f
    >>> _first_part(f("<h1><span>春天来了</span><div>播报文章</div></h1>"))
    '春天来了'
    >>> _first_part(f("<h1>春天来了<span>原创</span></h1>")) is None
    True
    """
    if (heading.text or "").strip():
        return None
    first = next((child for child in heading if isinstance(child.tag, str)), None)
    if first is None or (first.getnext() is None and not (first.tail or "").strip()):
        return None
    return first.text_content()


# A headline printed at the head of its text is at least this long: a name printed bold at the
# head of a box (a school's 青石镇中心小学 over its "about" text) is shorter.
MIN_HEADLINE_CHARS = 10
MAX_LINES_UNDER_HEADLINE = 2
_HEADS_ABOVE = ("b", "strong", "h1", "h2", "h3")
_HEADLINE_TAGS = frozenset({"strong", "b"})
_HEADLINE_BRACKETS = re.compile(r"^【([^】]+)】$")


def _opens_with_headline(doc: HtmlElement, region: Region, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether the region's text opens with the page's title as its headline, printed inline
    (a flash's ``<strong>【工信部：…】</strong>财闻快线3月5日电，…``): a page with no title heading
    whose short text is headed by its own title is that title's article, as a text under its
    title heading is (``Region.under_title``), though the page's other flashes are a feed.

    The headline is the first text of the region, in bold or in 【】 (a 快讯's or a 电报's
    convention), at least ``MIN_HEADLINE_CHARS`` long, and the ``<title>`` (or ``og:title``)
    starts with it as it would with a title heading.
    """
    first = next((el for el in region.element.iter() if el in stats and el.text and el.text.strip()), None)
    if first is None:
        return False
    text = "".join(first.text_content().split())
    bracketed = _HEADLINE_BRACKETS.match(text)
    if bracketed:
        text = bracketed.group(1)
    elif first.tag not in _HEADLINE_TAGS:
        return False
    if len(text) < MIN_HEADLINE_CHARS or next(first.iterancestors("a"), None) is not None:
        return False
    # The headline is the text's first words: nothing of the region is printed before it.
    before = "".join(region.element.text_content().split())
    if not before.startswith("".join(first.text_content().split())):
        return False
    return _prints_title(doc, text)


def _prints_title(doc: HtmlElement, text: str) -> bool:
    """Whether the ``<title>`` (or ``og:title``) starts with ``text`` as with a title heading."""
    titles = [
        " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE)),
        *xpaths.of_page(doc, " | ".join(xpaths.TITLE_META)),
    ]
    headline = undecorated(text).rstrip("|")
    return any(_titled(undecorated(t), headline) for t in titles if t.strip())


def _headline_above(doc: HtmlElement, region: Region, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether the page's title is printed in bold just above the region (``_headline_over``)."""
    return _headline_over(doc, region, stats) is not None


def _headline_over(doc: HtmlElement, region: Region, stats: dict[HtmlElement, _Stats]) -> str | None:
    """The page's title is printed in bold just above the region: an old table-layout
    page sets its notice's or poem's title in a cell of its own over the text's cell
    (``<td align="center"><b>停水通知</b><br>文／林某某</td>``), no heading tag, so no title
    heading is found. The bold text's block may go on with short lines (a byline, a date:
    ``MAX_LABEL_CHARS`` each, at most ``MAX_LINES_UNDER_HEADLINE``); nothing else is printed between
    it and the region, and the ``<title>`` starts with it as with a title heading. None when it
    is not.
    """
    start = region.elements[0]
    above: list[HtmlElement] = []  # the elements with text of their own before the region
    for el, st in stats.items():
        if el is start:
            break
        if st.inline_chars and not _contains(el, start):
            above.append(el)
    for el in reversed(above[-1 - MAX_LINES_UNDER_HEADLINE :]):
        bold = el if el.tag in _HEADS_ABOVE else next(el.iterancestors(*_HEADS_ABOVE), None)
        if bold is not None:
            text = "".join(bold.text_content().split())
            linked = next(bold.iterancestors("a"), None) is not None
            return text if not linked and _prints_title(doc, text) else None
        if stats[el].inline_chars > MAX_LABEL_CHARS:
            return None
    return None


def _names_a_link(doc: HtmlElement, text: str, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether a menu's link (``_is_menu``: its nearest measured box) reads ``text``: a box headed
    by a menu's channel (通知公告, the <title> of an old CMS's page naming its column,
    通知公告-某某中学) is that column's box, not the page's text under its title. A list of teasers
    linking the page's own title is no menu."""
    for a in doc.iter("a"):
        if "".join(a.text_content().split()) == text:
            box = next((el for el in a.iterancestors() if el in stats), None)
            if box is not None and _is_menu(box, stats[box]):
                return True
    return False


# A heading this long that the <title> starts with is the title; a shorter one (a poem's 春风)
# only when the <title> goes on with a separator (春风_现代诗_…), not with more words (春风化雨).
MIN_TITLE_CHARS = 4
_TITLE_SEPARATOR = re.compile(r"[_|｜\-—–:：·,，(（《【\[]")


# How titles are decorated: a tag before them (【原创】, [转载]: at most 8 characters), opening and
# closing marks around them (《写给妈妈》, 「…」, “…”). A <title> often decorates what its heading
# prints bare (or the other way round).
_TITLE_TAG = re.compile(r"^(?:【[^】]{1,8}】|\[[^\]]{1,8}\])")
_OPENING_MARKS = re.compile(r"[《〈「『“‘\"]")
_CLOSING_MARKS = re.compile(r"[》〉」』”’]")


def undecorated(title: str) -> str:
    """A title as compared with another: whitespace, a leading tag and opening marks gone, a
    closing mark a separator (the title's name ends there).

    >>> undecorated("《写给妈妈》 - 原创诗歌"), undecorated("【原创】 母亲的手_诗歌")
    ('写给妈妈|-原创诗歌', '母亲的手_诗歌')
    """
    squeezed = _TITLE_TAG.sub("", "".join(title.split()))
    return _CLOSING_MARKS.sub("|", _OPENING_MARKS.sub("", squeezed))


def _titled(title: str, text: str) -> bool:
    if not title.startswith(text):
        return False
    return (
        len(text) >= MIN_TITLE_CHARS
        or len(title) == len(text)
        or bool(_TITLE_SEPARATOR.match(title, len(text)))
    )


def _title_anchored(
    title: HtmlElement, stats: dict[HtmlElement, _Stats], best: HtmlElement
) -> tuple[HtmlElement, HtmlElement | None] | None:
    """The zone the article must lie in when ``best`` is another article's or a feed: (the
    page's title, the heading ``best`` belongs to, or None for the end of the page).

    ``best`` belongs to the last heading before its first paragraph. It is another unit when that
    heading is shaped as the title is (same tag and class: a blog page's next post, the next
    article an endless page appends) or is a recommendation label (``其他人也在看``, ``相关阅读``).
    Any other heading (a video's caption, a sign-up box's) says nothing: None, as when ``best``
    holds the title or the title is not known.
    """
    if _contains(best, title):
        return None
    first = next(
        (el for el in best.iter() if el in stats and stats[el].inline_chars >= MIN_PARAGRAPH_CHARS), None
    )
    if first is None:
        return None
    order = {el: i for i, el in enumerate(stats)}
    elements = list(stats)
    lo, hi = sorted((order[title], order[first]))
    owner = None
    for el in elements[lo + 1 : hi]:
        if _contains(el, first) or _contains(el, title):
            continue
        if _is_other_unit(el, title, stats[el], first):
            owner = el
    if owner is None:
        return None
    return (title, owner) if order[title] < order[first] else (title, None)


def _is_other_unit(el: HtmlElement, title: HtmlElement, st: _Stats, first: HtmlElement) -> bool:
    """Whether ``el`` heads another article (shaped as the page's title), a feed (a label) or
    the comment section ``first`` (the winner's first paragraph) is in (a comment label in the
    box that holds it: ``网友评论（3）`` over comments longer than a poem)."""
    if st.chars == 0 or st.chars > MAX_LABEL_CHARS * 4:
        return False
    if el.tag == title.tag and el.get("class") == title.get("class") and el.tag != "div":
        return True
    if st.chars > MAX_LABEL_CHARS:
        return False
    text = "".join(el.text_content().split())
    if xpaths.FEED_LABEL.search(text) is not None:
        return True
    box = el.getparent()
    return (
        box is not None
        and _contains(box, first)
        and xpaths.COMMENT_LABEL.search(text) is not None
        and not _labels_own_text(el)
    )


MAX_LABEL_CHARS = 20


def reveal(el: HtmlElement) -> HtmlElement:
    """``el`` as a reader sees it once the page's script has run: an inline
    ``visibility:hidden`` / ``opacity:0`` on it or its ancestors dropped. ``display:none`` stays."""
    for node in (el, *el.iterancestors()):
        style = node.get("style")
        if style and _SCRIPT_HIDDEN.search(style):
            node.set("style", _SCRIPT_HIDDEN.sub("", style))
    return el


def _reveal_scripted(root: HtmlElement) -> bool:
    """Drop inline ``visibility:hidden`` / ``opacity:0`` from elements holding prose, as the
    page's script would; whether any was revealed. ``display:none`` stays hidden (menus, popups)."""
    revealed = False
    for el in root.iter():
        style = el.get("style") if isinstance(el.tag, str) else None
        if not style or not _SCRIPT_HIDDEN.search(style):
            continue
        if len(_PUNCT.findall(el.text_content())) < MIN_ARTICLE_SENTENCES:
            continue
        el.set("style", _SCRIPT_HIDDEN.sub("", style))
        revealed = True
    return revealed


def measure(root: HtmlElement) -> dict[HtmlElement, _Stats]:
    """Text counts of every visible element under ``root``, in one pass (children before parents).

    The walk is the extraction's largest cost (every element of the page), so each element is
    looked at once: its visibility is decided when its parent reads its tail (:func:`is_hidden`
    written out: a call per element was a tenth of the walk), and its counts go to its parent's
    through the stack rather than ``getparent()``. An element with no text of its own is not
    counted (the counts of nothing are zero), and one whose subtree holds no character adds
    nothing to its parent's (every count is of characters it holds).
    """
    if not isinstance(root.tag, str) or root.tag in _DROP or is_hidden(root):
        return {}
    stats: dict[HtmlElement, _Stats] = {}
    # (stats, parent's stats, how it adds up: 0 inline, 1 block, 2 link), children before parents.
    order: list[tuple[_Stats, _Stats, int]] = []
    stack: list[tuple[HtmlElement, _Stats | None]] = [(root, None)]
    hidden_style = _HIDDEN_STYLE.search
    while stack:
        el, up = stack.pop()
        st = stats[el] = _Stats()
        tag = el.tag
        if up is not None:
            order.append((st, up, 2 if tag == "a" else 1 if tag in xpaths.BLOCK_TAGS else 0))
        text = el.text
        parts = [text] if text else []  # its text and its visible children's tails, the empty left out
        visible = []
        breaks = 0
        for child in el:
            ctag = child.tag
            if isinstance(ctag, str):
                get = child.get
                if get("hidden") is not None or get("aria-hidden") == "true":
                    continue
                style = get("style")
                if style and hidden_style(style):
                    continue
                if ctag == "br":
                    breaks += 1
                if ctag not in _DROP:
                    visible.append(child)
            tail = child.tail
            if tail:
                parts.append(tail)
        if parts:
            _count_own(st, parts, tag == "a", breaks)
        if visible:
            visible.reverse()
            stack.extend([(child, st) for child in visible])
    for st, up, kind in reversed(order):
        chars = st.chars
        if not chars:
            continue
        up.chars += chars
        up.punct += st.punct
        up.sentences += st.sentences
        if kind == 2:
            up.link_chars += chars
        else:
            up.link_chars += st.link_chars
            # Inline children are part of the parent's own paragraph; links are not prose.
            if kind == 0:
                up.inline_chars += st.inline_chars
                up.inline_punct += st.inline_punct
                up.inline_letters += st.inline_letters
    return stats


def _count_own(st: _Stats, parts: list[str], is_link: bool, breaks: int = 0) -> None:
    """Counts of the text directly inside an element (its text and its visible children's tails).

    In text broken into lines (``<br>``), a line's end is a pause as a comma is: verse (a
    poem's short lines, little punctuation) is prose by its line breaks, two lines a sentence.
    """
    joined = " ".join(parts)
    if not joined or joined.isspace():
        return  # no text or only whitespace (most elements): nothing to count
    # str.split() drops the same characters as \s (both are str.isspace()), several times faster.
    text = "".join(joined.split())
    size = len(text)
    if text.isascii():
        # Latin text (most of an English page's elements): the same counts from bytes.translate,
        # which deletes a byte set in C, where the substitutions below match run by run.
        data = text.encode()
        punct = size - len(data.translate(None, _ASCII_PUNCT))
        letters = len(data.translate(None, _ASCII_NOT_LETTERS))
    else:
        # Counting by what a substitution leaves is cheaper than a list of every match.
        punct = size - len(_PUNCT_RUN.sub("", text))
        letters = len(_NOT_LETTERS.sub("", text))
    st.chars = st.inline_chars = size
    st.link_chars = size if is_link else 0
    st.punct = st.inline_punct = punct
    # A sentence ends on a punctuation mark: without one, there is nothing to find.
    st.sentences = len(_SENTENCE_END.findall(joined)) if punct else 0
    st.inline_letters = letters
    if breaks:
        filled = [part for part in parts if part and not part.isspace()]
        lines = len(filled)
        # Lines of "label：value" (a forum poster's card: 头衔：… 等级：… 注册：…) are a card, not verse.
        if lines >= MIN_VERSE_LINES and 2 * sum(1 for part in filled if _FIELD_LINE.match(part)) < lines:
            st.punct = st.inline_punct = punct + lines - 1
            st.sentences = max(st.sentences, lines // 2)
            st.verse_lines = lines  # a quatrain is 28 characters: a poem is measured in lines


def is_hidden(el: HtmlElement) -> bool:
    """Whether the page hides the element (``display:none``, ``hidden``, ``aria-hidden``).

    >>> from lxml.html import fragment_fromstring as f
    >>> is_hidden(f('<div style="display: none">x</div>')), is_hidden(f('<div>x</div>'))
    (True, False)
    """
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def prose_score(chars: int, punct: int) -> float:
    """How much a paragraph looks like prose: its punctuation, and its length up to a cap.

    >>> prose_score(10, 0) < prose_score(120, 6)
    True
    """
    return 1 + punct + min(chars / 40, 8)


def link_density(st: _Stats) -> float:
    """Share of an element's text inside links."""
    return min(1.0, st.link_chars / st.chars) if st.chars else 1.0


def class_weight(el: HtmlElement) -> float:
    """Down for comment/sidebar/footer hints, up for article/content hints.

    >>> from lxml.html import fragment_fromstring as f
    >>> class_weight(f('<div class="sidebar">x</div>')), class_weight(f('<div id="article-body">x</div>'))
    (0.5, 1.25)
    """
    hint = f"{el.get('class', '')} {el.get('id', '')}"
    if not hint.strip():
        return 1.0
    weight = 1.0
    if _says(xpaths.NEGATIVE_HINT, hint):
        weight *= 0.5
    if _says(xpaths.POSITIVE_HINT, hint):
        weight *= 1.25
    return weight


def _preceding(el: HtmlElement) -> set[HtmlElement]:
    """``el``'s earlier siblings."""
    return set(el.itersiblings(preceding=True))


def _candidate_parent(el: HtmlElement) -> HtmlElement | None:
    node = el.getparent()
    while node is not None and node.tag not in xpaths.CANDIDATE_TAGS:
        node = node.getparent()
    return node


def _joining_siblings(
    best: HtmlElement,
    weighted: dict[HtmlElement, float],
    stats: dict[HtmlElement, _Stats],
    teasers: dict[HtmlElement, int] | None = None,
) -> list[HtmlElement]:
    """Siblings of ``best`` that hold prose of their own: the rest of a split article, not a
    feed of teasers (most of its text in items opening with a title link). ``teasers`` gets the
    teaser characters of each sibling counted (the region's share counts them again)."""
    teasers = {} if teasers is None else teasers
    parent = best.getparent()
    if parent is None or (best.tag == "td" and _grid_cells(parent, stats)):
        return []  # a page grid's column: the next column (最新消息, a sidebar) is another module
    threshold = max(10.0, weighted[best] * 0.2)
    joined = []
    passed = False
    next_to = True  # the sibling is right after the text's box (or after a sibling joined to it)
    # The box right before the text's (the nearest sibling with text): an editor's note set over the text (编者按：…).
    lead = next((s for s in best.itersiblings(preceding=True) if s in stats and stats[s].chars), None)
    for sib in parent:
        if sib is best:
            passed = True
            continue
        if sib not in stats:
            continue
        if passed and _opens_back_matter(sib, stats):
            break  # references, a paper's notes: nothing after them is more of the text
        st = stats[sib]
        prose = st.chars >= 80 and link_density(st) < 0.25 and st.sentences >= 1
        if (
            weighted.get(sib, 0.0) >= threshold
            and link_density(st) < 0.25
            or (sib.tag == "p" and prose)
            or (passed and next_to and _note_after(sib, best, stats))
            or (sib is lead and _editors_lead(sib) and _note_after(sib, best, stats))
        ) and teasers.setdefault(sib, teaser_chars(sib, stats)) < MAX_TEASER_SHARE * st.chars:
            # A feed of teasers beside the text (热门…: title links over excerpts cut short with
            # ……) has prose and few links, but it is a listing's, not more of the article.
            joined.append(sib)
            if passed and weighted.get(sib, 0.0) < threshold and not (sib.tag == "p" and prose):
                next_to = False  # joined as a note: one note, no chain of boxes after it (review N9)
        elif passed and st.chars:
            next_to = False
    after = _text_after(best, stats)
    if not after:
        return joined
    order = {c: i for i, c in enumerate(parent)}
    return sorted({*joined, *after}, key=order.__getitem__)


# A note after the text's box (编者按：…, 注：…): its label and a few words at least (注：文中人物均为化名。), a sentence
# or a bracketed aside (（注：文中人物均为化名）); a link or two inside it (注：数据来自<a>县统计局官网</a>。) is its source.
MIN_NOTE_CHARS = 8
_NOTE_LINK_DENSITY = 0.5
_BRACKETED = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def _note_after(sib: HtmlElement, best: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``sib``, right after the text's box, is a note of the text's in a box of its own (编者按, 附记, 注: issue
    11): one paragraph of prose (a sentence, few links, no picture or form control), of the text's look. The look is
    the text's box's own (the same tag and module class: the template set the note in a box like the text's), or a
    bare wrapper (no class, no id) around a paragraph of the look the text's paragraphs have. A bare ``<p>`` of prose
    joins anyway; a menu, a related list, a comment box and an account's blurb are none (several items, links, a
    label, a box of another look). Its paragraph opens with a note's label (``_NOTE_LABEL``: 编者按：, 附记：, 注：):
    a box with none is no note (an advert, a blurb, a comment), and after a joined note the next box is not asked.
    So labelled, a bare ``<p>`` in a bare wrapper is of the look too, and so is any paragraph in a box whose class or
    id names a note (``_NOTE_BOX``: note, remark, postscript).

    >>> from lxml.html import fragment_fromstring as f
    >>> root = f('<div><div class="body"><p>正文第一段，写了很多内容。</p></div><div><p>注：文中人物均为化名，部分细节有所调整，特此说明。</p></div></div>')
    >>> _note_after(root[1], root[0], measure(root))
    True
    """
    if not isinstance(sib.tag, str) or sib.tag not in _NOTE_BOXES or _ends_modules(sib):
        return False
    st = stats[sib]
    if st.chars < MIN_NOTE_CHARS or link_density(st) >= _NOTE_LINK_DENSITY:
        return False
    if next(sib.iter(*_PICTURE_OR_CONTROL), None) is not None:
        return False
    para = _one_paragraph(sib, stats)
    if para is None:
        return False
    text = para.text_content()
    if _NOTE_LABEL.match(text) is None or not (st.sentences or _BRACKETED.match(text)):
        return False
    # The shapes joined since session 18 (the box's own text, under 20 characters, a link, no sentence end) take a
    # writer's or an editor's label (注, 编者按, 附记…), not 说明/备注, and no notice of the publication: a database's or
    # a court site's 说明：本文书…仅供参考，请以正式文本为准 in its note box is the site's.
    widened = para is sib or st.chars < 20 or link_density(st) >= 0.25 or not st.sentences
    if widened and (_NOTE_LABEL_WRITERS.match(text) is None or _sites_note(text)):
        return False
    if sib.tag == best.tag and _same_module(sib.get("class"), best.get("class")) and sib.get("class"):
        return True
    named = sib.get("class") or sib.get("id")
    if named and _NOTE_BOX.search(named) is None:
        return False
    if named or para is sib:
        # A box whose class names a note (note, remark, postscript), or a bare box whose own text is the note (<div>注：
        # …</div>), the label opening it (session 18).
        return True
    looks = {
        (p.tag, p.get("class"))
        for p in best
        if isinstance(p.tag, str) and p in stats and stats[p].inline_chars
    }
    return (para.tag, para.get("class")) in looks or (para.tag == "p" and not para.get("class"))


# What opens a note of the text's: its label (编者按：, 附记：, 注：, 【后记】, （说明：…). A box after the text with no
# such label is no note, whatever its look: an advert (广告：…), an account's blurb, a sponsor's line or a course's offer
# in a box of the text's own class, a reader's comment (review of issue 11, N9).
_NOTE_LABEL = re.compile(
    r"\s*[（(【\[]?\s*(?:编者按|编者注|编后语?|编后记|编辑手记|附记|附注|后记|补记|作者注|作者按|译者注|译注|备注|说明|注释?)"
    r"\s*(?:[】\]）)]\s*[：:]?|[：:])"
)
# An editor's note set over the text, in a box of its own right before the text's (编者按：…, 【编者按】): it joins as a
# note after the text does (_note_after); a writer's 注/附记/后记 follows the text, and what stands over it is a lead,
# a summary or a tip of the site's.
_EDITORS_LEAD = re.compile(r"\s*[（(【\[]?\s*(?:编者按|编者注|编者的话)\s*(?:[】\]）)]\s*[：:]?|[：:])")
# A site editor's recommendation over the text (…推荐阅读。——编辑：夜雨) is the site's curation, not the text's note.
_RECOMMENDED = re.compile(r"推荐|——\s*(?:责任)?编辑|(?:责任)?编辑[：:]")


def _editors_lead(box: HtmlElement) -> bool:
    """Whether ``box`` (right before the text's box) opens with an editor's label and is no site editor's
    recommendation (``_RECOMMENDED``) nor the site's own box (:func:`_sites_note`: a column's intro calling for
    submissions, its disclaimer).

    >>> from lxml.html import fragment_fromstring as f
    >>> _editors_lead(f("<div>编者按：本文作者是一名乡村教师。</div>")), _editors_lead(f("<div>【编者按】文字干净，推荐阅读。——编辑：夜雨</div>"))
    (True, False)
    """
    text = box.text_content()
    return (
        _EDITORS_LEAD.match(text) is not None and _RECOMMENDED.search(text) is None and not _sites_note(text)
    )


# A writer's or an editor's label: 说明 and 备注 open a site's notices as often as a text's notes.
_NOTE_LABEL_WRITERS = re.compile(
    r"\s*[（(【\[]?\s*(?:编者按|编者注|编后语?|编后记|编辑手记|附记|附注|后记|补记|作者注|作者按|译者注|译注|注释?)"
    r"\s*(?:[】\]）)]\s*[：:]?|[：:])"
)
# A notice of the publication: what the copy is worth and how to cite it (仅供参考, 以纸质版为准, 引用请注明出处).
_PUBLICATION_NOTICE = re.compile(r"仅供参考|以[^，。；]{0,8}为准|注明出处|版权|转载")
# A labelled box of the site's (review of 8a741b4/79217f0): it speaks of the site or its column (本站内容每日更新, 本栏目
# 所有文章均为读者来稿，文责自负; a column's run, 栏目每周一期; its copy's, 独家稿件) or calls on the reader (欢迎投稿, 投稿
# 邮箱, 点击…分享给好友, 关注公众号…, 开通会员, 评论区留言, 更多…请看). Not 本报/本刊 (本报记者历时三个月…: the text's own
# editor), 关注 told (本文关注的是…) nor a column named by the piece (这是“田间地头”栏目的第十篇).
_SITES_NOTE = re.compile(
    r"本站|本网(?!友)|本栏目|本平台|本公众号|本号|文责自负|投稿(?:邮箱|请|方式|地址)|点击|扫码|分享给|"
    r"(?:欢迎|敬请|请|记得)[^，。；]{0,6}?(?:关注|订阅|分享|转发|投稿|来稿)|关注(?:公众号|微信|我们|本)|"
    r"会员|付费|评论区|留言|独家|栏目[^，。；]{0,4}(?:每|一期)|更多[^，。；]{0,12}[，,]?\s*(?:请|可|欢迎)"
)


def _sites_note(text: str) -> bool:
    """Whether a labelled note is the publication's: a notice of the copy (``_PUBLICATION_NOTICE``) or a box of the
    site's (``_SITES_NOTE``).

    >>> _sites_note("注：本页内容仅供参考。"), _sites_note("编者按：欢迎投稿。"), _sites_note("注：文中人物均为化名。")
    (True, True, False)
    """
    return _PUBLICATION_NOTICE.search(text) is not None or _SITES_NOTE.search(text) is not None


# A box's class or id naming a note: a labelled note in it is one, whatever the text's look (review N10).
_NOTE_BOX = re.compile(
    r"(?:^|[\s_-])(?:notes?|remarks?|postscript|editor-?note|editors?|bianzhe|houji|fuji)(?:$|[\s_-])", re.I
)
# A box a note of the text's sits in, and what no note holds.
_NOTE_BOXES = frozenset({"div", "section", "article", "aside", "blockquote"})
_PICTURE_OR_CONTROL = ("img", "svg", "picture", "video", "iframe", "form", "input", "button")


def _one_paragraph(box: HtmlElement, stats: dict[HtmlElement, _Stats]) -> HtmlElement | None:
    """The element holding the one paragraph of ``box``: down through wrappers whose one child with text holds all
    of it, to the element whose text is its own; None where the box holds two blocks of text (a label and a
    list, a comment box's lines). A link inside the paragraph is its text too (注：数据来自<a>县统计局官网</a>。)."""
    node = box
    while True:
        st = stats[node]
        if st.inline_chars >= st.chars or (st.inline_chars and st.inline_chars + st.link_chars >= st.chars):
            return node
        with_text = [c for c in node if isinstance(c.tag, str) and c in stats and stats[c].chars]
        if len(with_text) != 1 or st.inline_chars or stats[with_text[0]].chars < st.chars:
            return None
        node = with_text[0]


# How many ancestors of the region's box are looked at for the box that holds the parts: a part
# of the text may sit in one fewer wrappers (elements whose only child with text is the next one
# down) below it. A page builder wraps each module in four (a section, a container, a column, a
# section box) around the text's content box.
MAX_PART_WRAPPERS = 5


def _same_module(cls: str | None, other: str | None) -> bool:
    """Whether two elements' classes name one template's module: the same classes, or one adds
    modifier classes to the other's, the first class word the same (a block editor marks its
    first text block for a drop cap: ``block-text block-text_initial-letter`` beside
    ``block-text``). A box of another template sharing a word (``block promo``) is none.

    >>> _same_module("block-text block-text_initial-letter", "block-text")
    True
    >>> _same_module("block promo", "block text"), _same_module("text", None)
    (False, False)
    >>> _same_module("block-text block-text_promo", "block-text")
    False
    """
    if cls == other:
        return True
    if not cls or not other:
        return False
    words, others = cls.split(), other.split()
    if not words or not others or words[0] != others[0]:
        return False
    if not (set(words) <= set(others) or set(others) <= set(words)):
        return False
    # A modifier that reads as chrome (``block-text_promo``, ``…--sponsored``, ``…_related``) marks
    # another module, a promo's or a teaser's, as readily as a drop cap marks the lead.
    return not any(
        _says(xpaths.NEGATIVE_HINT, rest) or _PROMO_HINT.search(rest)
        for word in set(words) ^ set(others)
        if (rest := word.replace(words[0], " "))
    )


# Class words of a promo, a sponsor's or an advert's module (beside xpaths.NEGATIVE_HINT's).
_PROMO_HINT = re.compile(r"promo|sponsor|advert|(?:^|[\s_-])ads?(?:$|[\s_-])", re.I)


def _parts(
    best: HtmlElement, weighted: dict[HtmlElement, float], stats: dict[HtmlElement, _Stats]
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The other parts, (earlier, later), of a text a site builder split into modules of one
    template, a widget between them (a quote form, an advert module): ``best`` sits in wrappers
    (its parent holds no other text), and a sibling of its outermost wrapper holds an element of
    ``best``'s tag and class with prose of its own (a vote of at least a fifth of ``best``'s, few
    links). Those elements are the text's too; the widget between them is no part of it. The
    wrappers end below the box that holds the parts: a module of the same template outside it (a
    site's "about us" box in the sidebar) is none.
    """
    cls = best.get("class")
    node = best
    for _ in range(MAX_PART_WRAPPERS):
        parent = node.getparent()
        if not cls or parent is None or parent.tag in ("body", "html"):
            return [], []
        if any(c is not node and c in stats and stats[c].chars and not _toolbar(stats[c]) for c in parent):
            break
        node = parent
    else:
        return [], []
    if node is best:
        return [], []  # not wrapped: its siblings are _joining_siblings' to judge
    share = weighted[best] * 0.2
    headed = _opening_heading(best)

    def boxes(sib: HtmlElement) -> list[HtmlElement]:
        """The elements of ``best``'s tag and class in ``sib`` with prose enough (a vote of 10, or
        a sentence: a document's short closing paragraph), outermost. A box that opens with a
        heading of the tag ``best`` opens with is a section of the text whatever its length (a
        poem's short 创作背景 after its long 赏析)."""
        own: list[HtmlElement] = []
        if sib not in stats or not stats[sib].chars:
            return own
        for el in sib.iter(best.tag):
            if (
                _same_module(el.get("class"), cls)
                and el in stats
                and (
                    weighted.get(el, 0.0) >= share or (headed is not None and _opening_heading(el) == headed)
                )
                and (weighted[el] >= 10.0 or stats[el].sentences >= 1)
                and link_density(stats[el]) < 0.25
                and not any(_contains(p, el) for p in own)
            ):
                own.append(el)
        return own

    before: list[HtmlElement] = []
    for sib in node.itersiblings(preceding=True):
        if _ends_modules(sib):
            break
        before.insert(0, sib)  # met nearest first: the region's order is the page's
    after: list[HtmlElement] = []
    for sib in node.itersiblings():
        if _ends_modules(sib):
            break
        after.append(sib)
    seq = [*before, node, *after]
    found = {sib: boxes(sib) for sib in seq if sib is not node}
    # A module lacking a modifier the parts share (``post__content`` beside the parts' ``post__content
    # wysiwyg``) is another module; a modifier ``best`` alone has is its own (a lead's drop cap).
    words = set(cls.split())
    if any(el.get("class") == cls for own in found.values() for el in own):
        found = {
            sib: [el for el in own if not set(el.get("class", "").split()) < words]
            for sib, own in found.items()
        }
    holding = [i for i, sib in enumerate(seq) if sib is node or found[sib]]
    typed = _block_typed(node)

    def fills(i: int, sib: HtmlElement) -> bool:
        """Whether a module between two parts is the text's too: a block of a block editor's
        document as the parts' are (each block names its type or id in a ``data-block-…``
        attribute: ``data-block-type="heading2"``), with text, few links and no form. A site
        builder's modules name none: a contact box between two parts stays out (review R33)."""
        return (
            typed
            and holding[0] < i < holding[-1]
            and _block_typed(sib)
            and sib in stats
            and stats[sib].chars > 0
            and link_density(stats[sib]) < 0.5
            and next(sib.iter(*_FORM_TAGS), None) is None
        )

    parts = [
        el
        for i, sib in enumerate(seq)
        if sib is not node
        for el in (found[sib] or ([sib] if fills(i, sib) else []))
    ]
    cut = sum(len(found[sib]) or fills(i, sib) for i, sib in enumerate(before))
    return parts[:cut], parts[cut:]


_CELLS = ("th", "td")


def _record_cells(
    best: HtmlElement, weighted: dict[HtmlElement, float], stats: dict[HtmlElement, _Stats]
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The text's other cells, (earlier, later), where ``best`` is the value cell of a field table's
    row (a label in the cells before it, a header cell or a short one): a record page (a question
    and its answer, a letter and its reply, a complaint and its outcome) prints its text in the
    value cells of several rows. Each row whose value cell has prose (a sentence, a fifth of
    ``best``'s vote, few links) and only labels before it gives its cells, labels first: the
    label heads its part. The rows of short fields between (a number, a date, a unit) stay out.
    """
    row = best.getparent()
    if row is None or row.tag != "tr" or not _labelled(row, best, stats) or _posts_table(row):
        return [], []
    share = weighted[best] * 0.2
    before: list[HtmlElement] = []
    after: list[HtmlElement] = []
    own = [c for c in row if c.tag in _CELLS]
    side = before
    table = row.getparent()
    for other in table if table is not None else ():
        if other is row:
            side.extend(own[: own.index(best)])
            side = after
            continue
        cells = [c for c in other if c.tag in _CELLS]
        value = cells[-1] if cells else None
        if (
            value is None
            or value.tag != "td"
            or value.get("class") != best.get("class")
            or value not in stats
            or weighted.get(value, 0.0) < share
            or stats[value].sentences < 1
            or link_density(stats[value]) >= 0.25
            or not _labelled(other, value, stats)
        ):
            continue
        side.extend(cells)
    if len(before) + len(after) == own.index(best):
        return [], []  # no other row holds text: the vote's cell alone
    return before, after


def _field_row(row: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``row`` is a field table's: it opens with a header cell holding a short label.
    A thread's row opens with its poster's card (a cell of a name and counts) or its post."""
    first = next((c for c in row if c.tag in _CELLS), None)
    return (
        first is not None
        and first.tag == "th"
        and first in stats
        and 0 < stats[first].chars <= MAX_LABEL_CHARS
        and not _posts_table(row)
    )


# Where a post's own date line stands: within the first characters of its cell (发表于 2023-11-02 …).
_POST_DATE_OPENING = 40
# A post follows its date line: more than a time and a weekday (a date field: 2023-11-01 10:00 星期三).
_AFTER_POST_DATE = 12


def _posts_table(row: HtmlElement) -> bool:
    """Whether ``row``'s table is a thread's, not a record's (review R8): what differs between the
    two, not the cells' tags. A record's labels differ row by row (来信内容, 回复内容) and its date is
    a field of its own; a thread repeats one template, each post's cell opening with its own date
    line (two rows' at least), and a poster's name may head several rows.

    >>> from lxml.html import fragment_fromstring as f
    >>> rows = "".join(f"<tr><th>甲{i}</th><td>发表于 2023-11-0{i} 10:00 帖子说了一件事情，写了两句话。</td></tr>" for i in (1, 2))
    >>> _posts_table(f(f"<table>{rows}</table>")[0])
    True
    >>> _posts_table(f("<table><tr><th>来信时间</th><td>2023-11-01</td></tr><tr><th>来信内容</th><td>信</td></tr></table>")[0])
    False
    """
    table = row.getparent()
    if table is None:
        return False
    labels: list[str] = []
    dated = 0
    for other in table:
        cells = [c for c in other if c.tag in _CELLS]
        if len(cells) < 2:
            continue
        labels.append(" ".join(cells[0].text_content().split()))
        value = " ".join(cells[-1].text_content().split())
        # A post's date opens its cell and more follows it; a date field's value is the date alone.
        found = _POST_DATE.search(value, 0, _POST_DATE_OPENING)
        dated += found is not None and len(value) - found.end() > _AFTER_POST_DATE
    return dated >= 2 or len(set(labels)) < len(labels)


def _labelled(row: HtmlElement, value: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``value``'s row holds, besides it, only label cells before it (one at least)."""
    cells = [c for c in row if c.tag in _CELLS]
    at = cells.index(value)
    return (
        at > 0
        and at == len(cells) - 1
        and all(c in stats and 0 < stats[c].chars <= MAX_LABEL_CHARS for c in cells[:at])
    )


def _opening_heading(el: HtmlElement) -> str | None:
    """The tag of the heading ``el``'s first text is in (``h2``), if that text is a heading's."""
    first = _MODULE_FIRST_TEXT(el)
    if not first:
        return None
    node = first[0].getparent()
    if first[0].is_tail and node is not None:
        node = node.getparent()  # text after an element's end is its parent's
    while node is not None and node is not el:
        if node.tag in HEADINGS:
            return str(node.tag)
        node = node.getparent()
    return None


def _toolbar(st: _Stats) -> bool:
    """Whether an element is a box's toolbar: a few short links and nothing else (完善, 收藏, 纠错)."""
    return st.chars <= MAX_LABEL_CHARS and st.link_chars == st.chars


_MODULE_FIRST_TEXT = etree.XPath(xpaths.FIRST_TEXT)


def _block_typed(el: HtmlElement) -> bool:
    """Whether ``el`` is a block editor's block: an attribute ``data-block-…`` (its type, its id)."""
    return any(name.startswith("data-block") for name in el.attrib)


_FORM_TAGS = ("form", "input", "button", "select", "textarea")


def _ends_modules(sib: HtmlElement) -> bool:
    """Whether a module beside the text's parts closes the article or is the site's own: its
    first text a previous/next link's word or a site module's label (``上一篇``, ``关于我们``:
    ``xpaths.MODULE_END``), or a feed's or a comment section's label. A site's "about us" module
    of the text's template after the article's parts is no part of it (review R12)."""
    if not isinstance(sib.tag, str):
        return False
    first = _MODULE_FIRST_TEXT(sib)
    spaced = " ".join(str(first[0]).split()) if first else ""
    label = spaced.replace(" ", "")
    return bool(label) and (
        xpaths.MODULE_END.match(spaced) is not None
        or xpaths.FEED_LABEL.match(spaced.rstrip(":：")) is not None
        or xpaths.COMMENT_LABEL.search(label) is not None
    )


def _text_after(best: HtmlElement, stats: dict[HtmlElement, _Stats]) -> list[HtmlElement]:
    """The text going on after the region's box as its siblings: headed sections (an ``<h2>``,
    its ``<h3>``s and their paragraphs) that the page's template set after the box of the text
    closed (a travel blog's last 实用信息 section), up to the first sibling that is neither.

    A heading joins only with a paragraph of prose after it (a sentence, few links) and when it
    labels no feed, comments or back matter (相关阅读, 网友评论, 参考资料): those end the text.
    The run opens with a heading: a paragraph alone after the box (an account's 专注…新闻报道，
    每日推送… over its QR code) is no section of the text; and the heading continues the text's
    outline: the text has headings, and the sibling's level is one of them or below.
    """
    # The section continues the text's outline: a text with headings of its own, the sibling's a
    # level it uses or one below (a box of <h2>s, then <h2> 实用信息 and its <h3>s). A site's boxes
    # after a text with no headings (关于本站, 温馨提示 under <h3>s) are no sections of it.
    # The run opens with a heading: where the first sibling with text is none, nothing joins, and
    # the region's headings (a walk over all of it) need not be read.
    first = next((sib for sib in best.itersiblings() if sib in stats and stats[sib].chars), None)
    if first is None or first.tag not in HEADINGS:
        return []
    levels = [xpaths.HEADING_TAGS[h.tag] for h in best.iter(*HEADINGS) if h in stats and stats[h].chars]
    if not levels:
        return []
    top = min(levels)
    out: list[HtmlElement] = []
    pending: list[HtmlElement] = []
    for sib in best.itersiblings():
        st = stats.get(sib)
        if st is None or not st.chars:
            continue  # a comment, a hidden or an empty element
        if sib.tag in HEADINGS:
            label = "".join(sib.text_content().split())
            if (
                xpaths.HEADING_TAGS[sib.tag] < top
                or st.chars > 2 * MAX_LABEL_CHARS
                or link_density(st) >= 0.5
                or xpaths.FEED_LABEL.search(label)
                or xpaths.COMMENT_LABEL.search(label)
                or xpaths.BACK_MATTER_LABEL.search(label)
            ):
                break
            pending.append(sib)
            continue
        if not (out or pending):
            break  # the section opens with its heading: a paragraph alone after the box is a promo line
        if (
            sib.tag == "p"
            and st.inline_chars >= MIN_PARAGRAPH_CHARS
            and st.sentences
            and link_density(st) < 0.25
        ):
            out.extend(pending)
            out.append(sib)
            pending = []
            continue
        break
    return out


def _noise(
    region: list[HtmlElement], stats: dict[HtmlElement, _Stats]
) -> tuple[list[HtmlElement], list[tuple[HtmlElement, str]]]:
    """Elements inside the region that are not article: link lists and comment/share boxes; and those of
    them whose removal is recorded, with its name (:attr:`Region.recorded`). A link list, a pager, a share
    or comment box, a notice's box, a player's controls are the page's chrome and go unrecorded."""
    noise = []
    recorded: list[tuple[HtmlElement, str]] = []
    for top in region:
        total = stats[top].chars or 1
        # The boxes holding a picture, found in one pass (most regions hold a few pictures or none).
        pictured = _holding_pictures(top)
        # The boxes holding a video or a sound: a player's (most regions hold none).
        playing = _holding_media(top)
        for el in top.iterdescendants():
            st = stats.get(el)
            if st is None or el.tag not in xpaths.NOISE_CANDIDATE_TAGS or st.chars == 0:
                continue
            linky = (
                link_density(st) > 0.5
                and st.chars < total * 0.5
                and not _in_sentence(el)
                and not _attachments(el)
                and not _heads_with_tools(el, stats)
            )
            # The text without spaces, read once for the pager, advert and image-action checks
            # of a short element (each read it again before).
            squeezed = None
            # Only a short element without a sentence is asked (its text is read).
            if not linky and st.chars <= _MAX_PAGER_CHARS and not st.sentences:
                squeezed = "".join(el.text_content().split())
                linky = _is_pager(el, squeezed)
            hint = f"{el.get('class', '')} {el.get('id', '')}"
            hinted = _says(xpaths.NEGATIVE_HINT, hint)
            if hinted and xpaths.TOOL_HINT.search(hint) and not _has_actions(el):
                # A tools box is chrome by its actions; a how-to's 工具/原料 list names things.
                hinted = _says(xpaths.NEGATIVE_HINT, xpaths.TOOL_HINT.sub(" ", hint))
            notice = st.chars < total * 0.3 and _says(xpaths.NOTICE_HINT, hint)
            notice = notice or (2 * st.chars < total and _headed_by_feed_label(el, stats))
            if not notice and st.chars <= _MAX_AD_LABEL_CHARS:
                squeezed = "".join(el.text_content().split()) if squeezed is None else squeezed
                notice = _is_advert(el, squeezed) or _is_image_action(el, squeezed)
            record = None  # the name the element's removal is recorded under, if it is recorded
            if (
                not notice
                and st.chars <= _MAX_GOODS_CHARS
                and _is_goods_card(el)
                and not _lone_in_flow(el, top, stats)
            ):
                notice, record = True, GOODS_CARD
            if not notice and st.chars <= _MAX_CAPTION_CHARS and el in pictured and _credited_picture(el):
                notice, record = True, CREDITED_CAPTION
            if not notice and st.chars <= _MAX_SCORE_BOX_CHARS and _is_score_box(el):
                notice, record = True, SCORE_BOX
            # A media player's box: the video, its title and length, its controls (a time
            # readout, speed and quality menus, tips, an error message), at most a sentence,
            # the region's text outside it. A video's description beside it is more.
            # Never an element holding prose of its own beside the media (an editor puts a
            # <video> in the paragraph being written: review R22); a player's box has its
            # controls' words or no sentence at all (a video's one-sentence description box is none).
            notice = notice or (
                el in playing
                and st.sentences <= 1
                and stats[top].sentences > st.sentences
                and st.chars < total
                and _a_players_box(el, st)
            )
            if linky and not notice and not hinted:
                # A paragraph of prose with a link set before or after its sentences (an appended
                # promo, a referral link) is no link list however long the link: only the link goes.
                links = _links_beside_prose(el, stats)
                if links:
                    noise.extend(links)
                    recorded.extend((link, LINK_BESIDE_TEXT) for link in links)
                    continue
            if linky or notice or (hinted and st.punct < 3 + st.chars / 100 and st.chars < total * 0.3):
                noise.append(el)
                if record is not None:
                    recorded.append((el, record))
    return noise, recorded


# The names the removals of the region's skipped elements are recorded under (Region.recorded): what each was.
LINK_BESIDE_TEXT = "link-beside-text"  # a link set before or after a paragraph's sentences
GOODS_CARD = "ad-goods-card"  # a shop's card in the text: a product, its price, a buy link (_is_goods_card)
CREDITED_CAPTION = "caption-credited"  # a picture's caption crediting it (_credited_picture)
SCORE_BOX = "review-score-box"  # a review's score widget: a total, sub-scores, pros and cons (_is_score_box)


# A paragraph's own prose (outside its links) kept beside a link is at least a sentence of this many letters.
_MIN_PROSE_LETTERS = 12
# Links set beside a paragraph's prose: one or two (a paragraph followed by three links is a link row's).
_MAX_SIDE_LINKS = 2
# A sentence's end, closing quotes after it, then what may stand before a link set after it (spaces, an
# arrow, an opening bracket, a dash): a colon is no end (``详情请见：<a>…</a>`` introduces its link). An English
# sentence's full stop after a word, a figure or a closing mark ends one too (session 22; not an ellipsis's dots).
_ENDS_SENTENCE = re.compile(
    r"(?:[。！？!?]|(?<=[A-Za-z0-9%’”\"')])\.)[”\"’」』）)]*[\s→➜➡👉▶►>»《【\[(（\-—~～|｜·•]*$"
)
# A last sentence that points at the link after it (看完的老师还看了下面这篇文章。, 点击这里领取！, 我都整理在以下合集里了。)
# introduces the link as a label does: no sentence of the article's (review, session 21); in English, below, here,
# following or click (session 22).
_POINTS_AT_LINK = re.compile(
    r"(?:(?:下面|下方|以下|下列)(?:的|这|這|几|幾|一)?\s*[篇个個些份条條则則段]?\s*"
    r"(?:文章|合集|合輯|链接|鏈接|内容|內容|资料|資料|地址|入口|视频|視頻|推荐|推薦|篇)"
    r"|点击|點擊|点此|點此|戳这|戳這|\b(?:[Bb]elow|[Hh]ere|[Ff]ollowing|[Cc]lick)\b)[^。！？!?]*[。！？!?.][^。！？!?]*$"
)


def _links_beside_prose(el: HtmlElement, stats: dict[HtmlElement, _Stats]) -> list[HtmlElement]:
    """The inline boxes of the links that open or close ``el``, a paragraph whose own words (outside its
    links) make a sentence of their own: a blogger's promo or referral link appended after the paragraph's
    last sentence, or set before its first, outweighs the paragraph's words and made it a link list, which
    lost the paragraph (issue 11). Empty where ``el`` is no such paragraph: a box of blocks, a label before
    its link (``推荐阅读：<a>…</a>``, ``详情请见：<a>…</a>``), a link inside a sentence (words on both sides),
    a row of three links or more. A lone wrapper of the paragraph (``<div><p>…</p></div>``) is read through.
    A sentence standing alone between two links (a tag's link before it, a promo's after it) is the paragraph's too:
    only the two links go (session 22).

    >>> from lxml.html import fragment_fromstring as f
    >>> p = f('<div><p>这一步做完，表格就能自动算出每个学生的总分了。<span><a href="/go">我的模板放在网盘里，会员价只要9.9元拿走</a></span></p></div>')
    >>> [x.tag for x in _links_beside_prose(p, measure(p))]
    ['span']
    >>> p = f('<p>推荐阅读：<a href="/a/1">新学期班主任工作计划怎么写，这三个要点一定要记住</a></p>')
    >>> _links_beside_prose(p, measure(p))
    []
    >>> p = f('<p>按照<a href="/n/2">市教育局关于做好寒假安全工作的通知</a>的要求，各班要开好安全教育班会。</p>')
    >>> _links_beside_prose(p, measure(p))
    []
    """
    # A wrapper holding one element and spaces: the paragraph is inside.
    while (
        len(el) == 1
        and isinstance(el[0].tag, str)
        and not (el.text or "").strip()
        and not (el[0].tail or "").strip()
    ):
        el = el[0]
    st = stats.get(el)
    # One paragraph: each of its characters is its own words' or a link's (no block inside).
    # (each reading below asks its own words for a sentence's letters, a part's heading for fewer)
    if (
        st is None
        or st.inline_chars + st.link_chars < st.chars
        or st.inline_letters < _MIN_PART_HEADING_LETTERS
    ):
        return []
    if sum(1 for _ in el.iter("a")) > _MAX_SIDE_LINKS:
        return []
    children = [c for c in el if isinstance(c.tag, str)]
    linked = [i for i, c in enumerate(children) if c.tag == "a" or next(c.iter("a"), None) is not None]
    if not linked:
        return []
    run = children[linked[0] : linked[-1] + 1]
    before = (el.text or "") + "".join(c.text_content() + (c.tail or "") for c in children[: linked[0]])
    after = (run[-1].tail or "") + "".join(
        c.text_content() + (c.tail or "") for c in children[linked[-1] + 1 :]
    )
    # Between the links, nothing but spaces and marks: words there would make the links part of a sentence.
    between = "".join((c.tail or "") for c in run[:-1]) + "".join(
        c.text_content() for c in run if c.tag != "a" and next(c.iter("a"), None) is None
    )
    if _letters(between):
        # A sentence standing between the two links, nothing outside them (a tag's link before it, a promo's after it):
        # the sentence is the paragraph's, the links its sides (session 22).
        if (
            len(linked) == 2
            and not _letters(before)
            and not _letters(after)
            and _letters(between) >= _MIN_PROSE_LETTERS
            and _ENDS_SENTENCE.search(between)
            and not _POINTS_AT_LINK.search(between)
        ):
            return [children[i] for i in linked]
        return []
    if (
        not _letters(after)
        and _letters(before) >= _MIN_PROSE_LETTERS
        and _ENDS_SENTENCE.search(before)
        and not _POINTS_AT_LINK.search(before)
    ):
        return run  # the links close the paragraph, after its last sentence
    if not _letters(after) and (_heads_a_part(before) or _heads_beside_an_advert(before, run)):
        return run  # the links close a part's heading on its line (sessions 26 and 27)
    if not _letters(before) and _letters(after) >= _MIN_PROSE_LETTERS and _ENDS_SENTENCE.search(after):
        return run  # the links open it, before its first sentence
    return []


def _heads_a_part(text: str) -> bool:
    """Whether ``text``, a line's words before the links closing it, is a part's numbered heading (``二、全屋定制没货比三家``,
    ``（三）用心服务重点人群。``, ``2. …``): a heading's number, then words of a heading's length, no label's colon at its end
    (``二、相关专题：`` introduces its link). A template glues a promo link after a heading on its line; read as a link list,
    the heading was lost with it (issue 11, session 26: 8 of 20 pages of the sealed set AZ).

    >>> _heads_a_part("二、全屋定制没货比三家"), _heads_a_part("（三）用心服务重点人群。"), _heads_a_part("1、")
    (True, True, False)
    >>> _heads_a_part("二、相关专题："), _heads_a_part("推荐阅读"), _heads_a_part("一、" + "很长的一句" * 10)
    (False, False, False)
    """
    words = text.strip()
    number = HEADING_NUMBER.match(words)
    if number is None or len(words) > _MAX_PART_HEADING_CHARS or words.endswith((":", "：")):
        return False
    return _letters(words[number.end() :]) >= _MIN_PART_HEADING_LETTERS


def _heads_beside_an_advert(text: str, links: list[HtmlElement]) -> bool:
    """Whether ``text``, a line's words before the advert link closing it, is a heading with no number (``方法二：番茄钟，
    这个最管用``, a dish's name and its line ``姜母鸭：香得隔条街都能闻到``, ``申請流程四步驟``): a phrase of a heading's
    length, no sentence's stop, no label's colon at its end, no word leading to a link (更多, 查看, 推荐, 下载…) nor a
    meta field's label (作者：, 来源：, 标签：); and the link calls the reader to act for a gain (点击, 點我, 领取, 下单,
    私信, 关注…). A template glues such a link after the heading on its line (session 27, issue 11: 3 of 20 pages of set
    AZ lost a heading whole). A numbered heading is ``_heads_a_part``'s, with any link.

    >>> from lxml.html import fragment_fromstring as f
    >>> call, plain = [f('<a href="/u">【点击关注，私信领取训练表】</a>')], [f('<a href="/a/2">番茄钟的由来</a>')]
    >>> _heads_beside_an_advert("方法二：番茄钟，这个最管用", call), _heads_beside_an_advert("申請流程四步驟", call)
    (True, True)
    >>> _heads_beside_an_advert("方法二：番茄钟，这个最管用", plain), _heads_beside_an_advert("更多精彩内容", call)
    (False, False)
    >>> _heads_beside_an_advert("作者：何静怡", call), _heads_beside_an_advert("今天就说到这里。", call)
    (False, False)
    """
    words = text.strip()
    if (
        _letters(words) < _MIN_PART_HEADING_LETTERS
        or len(words) > _MAX_UNNUMBERED_HEADING_CHARS
        or words.endswith((":", "："))
        or _SENTENCE_END.search(words)
        or _LEADS_TO_A_LINK.search(words)
        or _META_FIELD.match(words)
    ):
        return False
    return any(_ADVERT_CALL.search(link.text_content()) for link in links)


# A heading with no number before an advert link: at most this long (a phrase, a name and its line).
_MAX_UNNUMBERED_HEADING_CHARS = 24
# Words that lead to the link after them (更多精彩内容 / 相关推荐 / 点击查看): the line is the link's label.
_LEADS_TO_A_LINK = re.compile(
    r"更多|查看|阅读|閱讀|推荐|推薦|相关|相關|专题|專題|下载|下載|关注|關注|点击|點擊|扫码|掃碼|详情|詳情|链接|鏈接"
    r"|原文|返回|上一|下一|分享|订阅|訂閱|报名|報名|领取|領取|入口|官网|官網|小程序|公众号|公眾號|app|APP|App"
)
# 作者：… / 来源：… / 标签：…: a meta line's label, a by-line with its follow link.
_META_FIELD = re.compile(
    r"\s*(?:作者|来源|來源|编辑|編輯|责编|責編|记者|記者|发布|發布|發佈|时间|時間|日期|标签|標籤|分类|分類|栏目|欄目"
    r"|关键词|關鍵詞|出处|出處)\s*[：:]"
)
# 点击… / 點我下載 / 私信领取 / 下单 / 小黄车: a link calling the reader to act for a gain.
_ADVERT_CALL = re.compile(
    r"点击|點擊|点我|點我|点此|點此|戳|私信|领取|領取|下单|下單|下载|下載|购买|購買|抢购|搶購|小黄车|小黃車|关注|關注"
    r"|免费|免費|优惠|優惠|立减|立減|扫码|掃碼|加入|报名|報名"
)


# A part's heading on its line before a link: at most this long, at least this many letters after its number.
_MAX_PART_HEADING_CHARS = 40
_MIN_PART_HEADING_LETTERS = 2


def _letters(text: str) -> int:
    """How many letters (Han or alphabetic) ``text`` holds."""
    return len(_NOT_LETTERS.sub("", text))


_WORD_CHAR = re.compile(r"\w")


def _in_sentence(el: HtmlElement) -> bool:
    """Whether ``el`` is a ``<span>`` in the middle of a sentence: the sentence's words go on
    after it (its tail holds a letter), or after the span it sits in (a link in brackets,
    ``<span>(<span><a>N225</a></span>)</span> declined``). A site that sets each link of the
    text in a span (a script's hook) leaves a span of one link inside the paragraph: a word of
    the text, not a link list. A span of links closing a paragraph (``Related: <span>…</span>``)
    has no words after it and is still one.

    >>> from lxml.html import fragment_fromstring as f
    >>> p = f('<p>The teardown is done, and <span><a href="/t">the results are in</a></span>. The new…</p>')
    >>> _in_sentence(p[0])
    True
    >>> _in_sentence(f('<p>Nikkei <span>(<span><a href="/n">N225</a></span>)</span> fell.</p>')[0][0])
    True
    >>> _in_sentence(f('<p>Related: <span><a href="/1">One</a> <a href="/2">Two</a></span></p>')[0])
    False
    >>> _in_sentence(f('<p>分享：<span><a>微信</a> <a>微博</a> <a>豆瓣</a></span>扫一扫，分享给朋友</p>')[0])
    False
    """
    # A span of three links or more (a share bar's, a keyword list's), or of links outweighing the
    # words of the block around them, is a link list wherever it sits (review R18).
    links = list(el.iter("a"))
    if len(links) >= 3:
        return False
    block = next((a for a in el.iterancestors() if a.tag != "span"), None)
    linked = sum(len("".join(a.text_content().split())) for a in links)
    if block is not None and linked * 2 > len("".join(block.text_content().split())):
        return False
    node: HtmlElement | None = el
    while node is not None and node.tag == "span":
        if node.tail and _WORD_CHAR.search(node.tail):
            return True
        node = node.getparent()
    return False


def _heads_with_tools(el: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``el`` is a heading's box: a heading not in a link, then a short line of tool links
    in brackets (a wiki's ``[编辑 | 编辑源代码]``, at most ``MAX_LABEL_CHARS``). A short heading
    (经济, 民俗) leaves the box over a link list's density; its tool links go on their own. A table
    of contents under its 目录 heading is no such box.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div><h2>经济</h2><span>[<a href="?edit=3">编辑</a> | <a href="?src=3">编辑源代码</a>]</span></div>')
    >>> _heads_with_tools(box, measure(box))
    True
    """
    heading = next((h for h in el.iter(*HEADINGS) if h in stats and stats[h].chars), None)
    if (
        heading is None
        or stats[heading].link_chars
        or stats[el].chars - stats[heading].chars > MAX_LABEL_CHARS
    ):
        return False
    # The tools are set in brackets after the heading; a table of contents' 目录 over its links is
    # no heading of the text.
    rest = "".join(el.text_content().split())[len("".join(heading.text_content().split())) :]
    return _BRACKETED.fullmatch(rest) is not None


_BRACKETED = re.compile(r"[\[【(（].*[\]】)）]")


# An advert's label: 广告, 推广, 赞助, AD, Sponsored (in brackets too).
_AD_LABEL = re.compile(
    r"[\[【(（]?(?:广告|廣告|推广|推廣|赞助|贊助|ad|ads|advert(?:isement)?|sponsored)[\]】)）]?", re.I
)
_MAX_AD_LABEL_CHARS = 16


def _is_advert(el: HtmlElement, squeezed: str | None = None) -> bool:
    """Whether ``el`` is an advert box: its text only an advert's label, beside a link (an
    image link to the advertiser; the image has no text, so the label alone would be left as a
    line of the text).

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_advert(f('<div><span>广告</span><a rel="nofollow" href="https://ad.example.com/"><img src="/a.jpg"></a></div>'))
    True
    >>> _is_advert(f('<p>广告</p>'))
    False
    """
    return _only_label_beside(el, _AD_LABEL, "a", squeezed)


# A goods card: a shop's box in the text, a product's name, price and coupon over a buy link.
_MAX_GOODS_CHARS = 120
_PRICE = re.compile(r"[¥￥]\s*\d|\d\s*元|\$\s*\d")


def _is_goods_card(el: HtmlElement) -> bool:
    """Whether ``el`` is a goods card: a short box holding a price and a link whose whole text is
    a buy action (``去购买``, ``立即购买``, ``领券购买``, "Buy now": ``xpaths.BUY_ACTION``), a shop's
    widget set in a review or a guide. A sentence of the text stating the price with a link to
    the maker's site (``官方商城``) is no card: its link names no buy action.

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_goods_card(f('<div><p>某某 T10</p><p>¥1,299</p><a href="https://u.example.cn/go">去购买</a></div>'))
    True
    >>> _is_goods_card(f('<p>售价1299元，<a href="https://www.example.com/t10">官方商城</a>能买到。</p>'))
    False
    """
    if not any(xpaths.BUY_ACTION.fullmatch("".join(a.text_content().split())) for a in el.iter("a")):
        return False
    return _PRICE.search(el.text_content()) is not None and not _in_comparison(el)


def _buys(el: HtmlElement) -> int:
    """How many links of ``el`` are a buy action alone (``xpaths.BUY_ACTION``)."""
    return sum(1 for a in el.iter("a") if xpaths.BUY_ACTION.fullmatch("".join(a.text_content().split())))


_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tr", "td", "th"})
_STRUCK = ("del", "s", "strike")


def _lone_in_flow(el: HtmlElement, top: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether a goods card is one box alone in the text's flow: one buy link, no goods card beside it (the
    nearest element with text on each side holds no buy link) nor of its look (tag and class) elsewhere in the
    region, and a sentence of the region before it and one
    after it (its siblings', or its ancestors' siblings' up to the region's top). Such a box may be the
    article's own (a review's price line for the product it reviews, an event's fee): the region keeps it and
    the strip stage decides, recording what it removes (``promos.own_offer``). A card after the text, or
    several side by side (a shop's listing), or a card a shop marks as its own (a struck old price, a paid
    link) or laid out as a table, is surely no text of the article's and is left out here.

    >>> from lxml.html import fragment_fromstring as f
    >>> card = '<div><p>某某 T10 ¥1299</p><a href="/b">立即购买</a></div>'
    >>> page = f('<div><p>第一段写清扫。</p>' + card + '<p>第二段写避障。</p></div>')
    >>> _lone_in_flow(page[1], page, measure(page))
    True
    >>> page = f('<div><p>第一段写清扫。</p><p>第二段写避障。</p>' + card + '</div>')
    >>> _lone_in_flow(page[2], page, measure(page))
    False
    >>> page = f('<div><p>第一段写清扫。</p>' + card * 2 + '<p>第二段写避障。</p></div>')
    >>> _lone_in_flow(page[1], page, measure(page))
    False
    """
    # A card laid out as a table: its buy cell is left out as a link cell before the strip stage sees the
    # card, which could tell no box without its button.
    if _buys(el) != 1 or el.tag in _TABLE_PARTS or next(el.iterancestors("table"), None) is not None:
        return False
    # A shop's own marks: an old price struck through beside the new one, a buy link marked as paid
    # (rel="sponsored"). No review prints its own price line so.
    if next(el.iter(*_STRUCK), None) is not None or any(
        "sponsored" in (a.get("rel") or "").lower() for a in el.iter("a")
    ):
        return False
    # A card of a look the region repeats (a buy row under each entry of a reading list) is a shop's widget.
    look = el.get("class")
    if look and any(o is not el and o.get("class") == look and _buys(o) for o in top.iter(el.tag)):
        return False
    for preceding in (True, False):
        near = next((s for s in el.itersiblings(preceding=preceding) if s in stats and stats[s].chars), None)
        if near is not None and _buys(near):
            return False
    before = after = False
    node: HtmlElement | None = el
    while node is not None and node is not top and not (before and after):
        before = before or any(stats[s].sentences for s in node.itersiblings(preceding=True) if s in stats)
        after = after or any(stats[s].sentences for s in node.itersiblings() if s in stats)
        node = node.getparent()
    return before and (after or _lists_facts(el))


# A fact line of a product's spec card: a short label, its colon, a value with no price (重量：58克, 续航：约70小时).
# A shop's line names its shop and its sales: a card listing them is the shop's, left out as before.
_SHOP = re.compile(r"店铺|旗舰店|专营店|月销|销量|已售|包邮|优惠券|券后|到手价|秒杀|特价|限时")
_FACT_LINE = re.compile(r"\s*[^：:，。！？\s\d][^：:，。！？\s]{0,7}[：:]\s*\S")


def _lists_facts(el: HtmlElement) -> bool:
    """Whether a goods card after the text lists its product's facts: two lines of its own (its children) that are a
    label and a value with no price. A review's own spec card under its last paragraph (轻羽X2 参数, 重量：58克,
    续航：约70小时, 参考价：¥399 over 立即购买) is the article's: the strip stage decides it and records what it removes
    (``promos._spec_card_after_the_text``); a shop's card (a name, a price, a buy link) lists none (issue 11).

    >>> from lxml.html import fragment_fromstring as f
    >>> _lists_facts(f('<div><p>X2 参数</p><p>重量：58克</p><p>续航：70小时</p><p>参考价：¥399</p><a>立即购买</a></div>'))
    True
    >>> _lists_facts(f('<div><p>X2 无线鼠标</p><p>¥399 包邮</p><a>立即购买</a></div>'))
    False
    """
    facts = 0
    for child in el:
        text = child.text_content()
        if _FACT_LINE.match(text) is not None and _PRICE.search(text) is None and _SHOP.search(text) is None:
            facts += 1
    return facts >= 2


def _in_comparison(el: HtmlElement) -> bool:
    """Whether ``el`` is a comparison table, or one of its rows: two rows or more that each end
    in a buy link (review R11). A card is one product's box; several products' rows side by side
    are the text's data, and only their buy cells (link cells, skipped as such) are the shop's.
    A card set in a table of one row is still a card.

    >>> from lxml.html import fragment_fromstring as f
    >>> row = '<tr><td>甲 ¥{0}</td><td><a href="/b/{0}">去购买</a></td></tr>'
    >>> _in_comparison(f('<table>' + row.format(1) + row.format(2) + '</table>'))
    True
    >>> _in_comparison(f('<table>' + row.format(1) + '</table>'))
    False
    """
    table = el if el.tag == "table" else next((a for a in el.iterancestors("table")), None)
    if table is None or el.tag not in ("table", "tbody", "tr"):
        return False
    buying = 0
    for row in table.iter("tr"):
        if any(xpaths.BUY_ACTION.fullmatch("".join(a.text_content().split())) for a in row.iter("a")):
            buying += 1
            if buying >= _COMPARED_ROWS:
                return True
    return False


_COMPARED_ROWS = 2


# A score box: a review site's verdict widget, a total score over sub-scores (and pros and cons).
_MAX_SCORE_BOX_CHARS = 400
_MIN_SUB_SCORES = 3
_SUB_SCORE = re.compile(r"[^\d\s:：]{1,8}[:：]?\d{1,3}(?:\.\d)?(?:分|/10|/5)?")


def _is_score_box(el: HtmlElement) -> bool:
    """Whether ``el`` is a review's score box: its text opens with a total score (``综合评分 7.8``,
    ``总评分：8.5分``, "Overall score 7.8": ``xpaths.SCORE_LABEL``), at least ``_MIN_SUB_SCORES``
    of its elements are a label and a number alone (``画质 7.0``) and one opens with a verdict's
    label (``优点：``, ``缺点：``, "Pros": ``xpaths.VERDICT_LABEL``): the site's widget. A sentence
    giving the score (综合评分7.8分，属于…) has no sub-scores; a list of scores a report gives (a
    teacher's 综合评分：92.5分 over 教学设计 95…, announced by the text's 成绩如下：) has no verdict
    (the review of 19:08, R10).

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_score_box(f('<div><div>综合评分 <b>7.8</b></div><ul><li>画质 7.0</li><li>音效 7.5</li>'
    ...                 '<li>噪音 8.5</li></ul><div>优点：安静</div></div>'))
    True
    >>> _is_score_box(f('<p>综合评分7.8分，在这个价位里属于中上水平。</p>'))
    False
    """
    if el.tag not in ("div", "section", "aside", "table", "dl", "ul"):
        return False
    if xpaths.SCORE_LABEL.match("".join(el.text_content().split())) is None:
        return False
    subs = 0
    verdict = False
    for node in el.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        text = "".join(node.text_content().split())
        subs += _SUB_SCORE.fullmatch(text) is not None
        verdict = verdict or xpaths.VERDICT_LABEL.match(text) is not None
    return subs >= _MIN_SUB_SCORES and verdict


def _only_label_beside(
    el: HtmlElement, label: re.Pattern[str], tag: str, squeezed: str | None = None
) -> bool:
    """Whether ``el``'s whole text is ``label`` and it holds a ``tag`` (the link or image the
    label is about, which has no text of its own). ``squeezed``: its text without spaces, when
    the caller has read it."""
    if squeezed is None:
        squeezed = "".join(el.text_content().split())
    return label.fullmatch(squeezed) is not None and next(el.iter(tag), None) is not None


def _has_actions(el: HtmlElement) -> bool:
    """Whether ``el`` holds an action: a link, a button, an element a script acts on (``onclick``,
    ``role="button"``: a toolbar's 分享 微信 打印 A+ spans), as a toolbar's 添加义项 讨论 收藏 are."""
    return any(
        node.tag in ("a", "button") or node.get("onclick") is not None or node.get("role") == "button"
        for node in el.iter()
        if isinstance(node.tag, str)
    )


# What an image's box prints beside it as an action, not a caption: 步骤阅读 (a how-to's step
# picture), 查看大图, 点击查看原图, 点击放大.
_IMAGE_ACTION = re.compile(r"步骤阅读|(?:点击)?(?:查看|浏览)?(?:大图|原图|高清大图)|点击放大|查看图片")


# A picture's box with its caption: a line or two.
_MAX_CAPTION_CHARS = 200


def _holding_pictures(top: HtmlElement) -> set[HtmlElement]:
    """The elements inside ``top`` that hold an ``<img>``."""
    out: set[HtmlElement] = set()
    for img in top.iter("img"):
        for box in img.iterancestors():
            if box is top or box in out:
                break
            out.add(box)
    return out


def _a_players_box(el: HtmlElement, st: _Stats) -> bool:
    """Whether ``el``, holding a ``<video>`` or an ``<audio>``, is a player's box: no prose of
    its own beside the media (text outside its children), and its controls' words
    (:data:`_PLAYER_CONTROLS`: a time readout, 倍速, 清晰度, 播放失败) or no sentence at all.

    >>> from lxml.html import fragment_fromstring as f
    >>> boxes = ('<div><video></video><span>00:00/01:45</span><span>倍速</span></div>',
    ...          '<p>开幕式上，同学们表演了机器人舞蹈，赢得了全场的掌声。<video></video></p>',
    ...          '<section><video></video><p>视频中，学生们正在操作自己设计的机器人。</p></section>')
    >>> [_a_players_box(box, measure(box)[box]) for box in map(f, boxes)]
    [True, False, False]
    """
    own = "".join([el.text or "", *(child.tail or "" for child in el)])
    if _PROSE.search(own):
        return False
    return st.sentences == 0 or _PLAYER_CONTROLS.search(el.text_content()) is not None


# A sentence of prose: ten characters or more closed by its stop.
_PROSE = re.compile(r"[^\s。！？.!?]{10,}[。！？.!?]")
# The words of a media player's controls and messages: a time readout (00:00/01:45), speed and
# quality menus, its tips and errors, the browser's notice.
_PLAYER_CONTROLS = re.compile(
    r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|倍速|清晰度|播放速度|播放失败|无法播放|自动播放|跳过片头|循环播放"
    r"|高清|超清|标清|does not support (?:the )?(?:video|audio)",
    re.I,
)


def _holding_media(top: HtmlElement) -> set[HtmlElement]:
    """The elements inside ``top`` that hold a ``<video>`` or an ``<audio>``: a media player's
    boxes.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div><p>正文。</p><div class="m"><div class="stage"><video></video></div></div></div>')
    >>> sorted(el.get("class") for el in _holding_media(box))
    ['m', 'stage']
    """
    out: set[HtmlElement] = set()
    for media in top.iter("video", "audio"):
        for box in media.iterancestors():
            if box is top or box in out:
                break
            out.add(box)
    return out


def _credited_picture(el: HtmlElement) -> bool:
    """Whether ``el`` is a picture's box whose caption credits the picture (（图：…）, "(Image: …)",
    ``xpaths.PICTURE_CREDIT``): the picture's label, not a sentence of the story. A bare caption
    (孩子们在读书) is the story's and stays.

    >>> from lxml.html import fragment_fromstring as f
    >>> _credited_picture(f('<div><img src="/1.jpg"><span>Crowds gathered (Image: GETTY)</span></div>'))
    True
    >>> _credited_picture(f('<div><img src="/1.jpg"><p>孩子们在读书。</p></div>'))
    False
    """
    if el.find(".//img") is None:
        return False
    text = " ".join(el.text_content().split())
    # A photographer's credit closing a caption (（摄影：宣传科 王某）) is the caption's, and text (session 23).
    return any(not _PHOTOGRAPHER.match(text, m.start()) for m in xpaths.PICTURE_CREDIT.finditer(text))


# A Chinese caption's photographer credited in brackets (（攝影：公共事務室 李某）, （摄影/周某）): the
# caption and its credit are the article's text, the sets' convention since AR (ar_site_07), unlike a
# picture's provenance (（圖／某縣政府提供）, （图：…）, "(Photo: …)", ©: AK's qa_policy_big5 drops it).
_PHOTOGRAPHER = re.compile(r"[(（]\s*(?:摄影|攝影)\s*[:：/／]")


def _is_image_action(el: HtmlElement, squeezed: str | None = None) -> bool:
    """Whether ``el`` is a picture's box whose only text is an action on it (``步骤阅读``,
    ``查看大图``): the label would be left as a line of the text, the image having none.

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_image_action(f('<div><img src="/s/1.jpg"><span class="hint">步骤阅读</span></div>'))
    True
    >>> _is_image_action(f('<div><img src="/s/1.jpg"><span>孩子们在读书</span></div>'))
    False
    """
    return _only_label_beside(el, _IMAGE_ACTION, "img", squeezed)


def _headed_by_feed_label(el: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """Whether ``el`` is a box whose first line is a label of what is not the article
    (``作者简介``, ``你可能还喜欢``, ``相关阅读``: ``xpaths.FEED_LABEL``): a poet's biography or a
    feed inside the region that holds the title. The box goes; the text around it stays (a
    相关阅读 box between two parts of the text)."""
    if el.text and el.text.strip():
        return False
    head = next((c for c in el if c in stats and stats[c].chars), None)
    if head is None or head is el[-1] or stats[head].chars > MAX_LABEL_CHARS:
        return False
    # The whole first line is the label (相关阅读, 相关阅读：, 相关文章 更多>>): a heading that only
    # opens with such words (你喜欢什么样的春天, Recommended doses) heads the article's own section.
    label = "".join(head.text_content().split())
    if el.tag == "div" and _REFERENCES_LABEL.fullmatch(label):
        # A box of references under its label (参考资料：): a site's sources, not the text; a
        # document's own list of citations ([1] 作者. 题名[J]. …) is the paper's (review R10).
        return _CITATION.search(el.text_content()) is None
    found = xpaths.FEED_LABEL.match(label)
    return found is not None and _LABEL_TAIL.fullmatch(label[found.end() :]) is not None


# The label of a box of references (a poem page's notes or a commentary cite their sources under it).
_REFERENCES_LABEL = re.compile(
    r"(?:参考|參考)(?:资料|資料|文献|文獻|书目|書目)[:：]?|(?:references|bibliography)[:：]?", re.I
)


# A citation as the national standard (GB/T 7714) prints it: a title, then its document type code
# ([M] a book, [J] a journal, [D] a thesis, [C] proceedings, [N] a newspaper, [EB/OL] a web page).
_CITATION = re.compile(r"\S\[(?:M|J|D|C|N|R|S|P|G|Z|A|EB|DB|CP)(?:/(?:OL|CD|MT|DK))?\]")


_LABEL_TAIL = re.compile(r"[:：>»›》|｜-]*(?:更多)?[:：>»›》]*|more[>»›]*", re.I)


# A pager's words: 第1页/共1页, 上一页 下一页, 首页 尾页, page numbers, Prev/Next.
_PAGER = re.compile(
    r"(?:第\d+页|共\d+页|[上下前后]一?页|首页|尾页|末页|[\d/|｜:：\[\]【】<>«»….·-]|prev(?:ious)?|next|page)+",
    re.I,
)
_PAGE_WORD = re.compile(r"页|page|next|prev", re.I)
_MAX_PAGER_CHARS = 60


def _is_pager(el: HtmlElement, squeezed: str | None = None) -> bool:
    """Whether ``el`` says nothing but paging words (``第1页/共1页 上一页 下一页``): a pager inside
    the text box, whose few links leave it under a link list's density.

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_pager(f('<div>第1页/共1页　<a href="#">上一页</a>　<a href="#">下一页</a></div>'))
    True
    >>> _is_pager(f('<p>第1页写的是序言。</p>'))
    False
    """
    text = "".join(el.text_content().split()) if squeezed is None else squeezed
    return bool(text and _PAGE_WORD.search(text) and _PAGER.fullmatch(text))


def _attachments(el: HtmlElement) -> bool:
    """Whether every link in ``el`` is to a document: a notice's attachments (``附件：1.申报书.doc``)
    are part of what it says, not a list of links away from it.

    >>> from lxml.html import fragment_fromstring as f
    >>> _attachments(f('<p><a href="/files/sbs.doc">1.申报书.doc</a></p>'))
    True
    >>> _attachments(f('<p><a href="/news/1.html">下一篇</a></p>'))
    False
    """
    links = list(el.iter("a"))
    return bool(links) and all(is_attachment(a) for a in links)


def is_attachment(link: HtmlElement) -> bool:
    """Whether the ``<a>`` is a notice's attachment: a link to a document whose text names it, or set after
    the notice's attachment label (``附件：<a href="….docx">致家长的一封信</a>``: the label is the paragraph's, the
    link holds the document's title alone; session 21, blind AO p03).

    >>> from lxml.html import fragment_fromstring as f
    >>> is_attachment(f('<a href="/f/2.xls">2.项目预算表</a>')), is_attachment(f('<a href="/q.pdf">GET THE QUIZ</a>'))
    (True, False)
    >>> is_attachment(f('<p>附件2：<a href="/f/3.docx">回执单</a></p>')[0])
    True
    >>> is_attachment(f('<p>详见<a href="/f/3.docx">回执单</a></p>')[0])
    False
    """
    if not xpaths.DOCUMENT_LINK.search(link.get("href") or ""):
        return False
    if xpaths.ATTACHMENT_TEXT.search(link.text_content()):
        return True
    before = link.getprevious()
    text = before.tail if before is not None else getattr(link.getparent(), "text", None)
    # the link names the document, no act of getting it (a template site's 附件：<a>本文Word版下载</a> button)
    return bool(text and _ATTACHMENT_LABEL.search(text)) and not _DOWNLOAD_ACT.search(link.text_content())


# The label before an attachment's link: 附件：, 附件2：, 附表 1., 附件：1、 (its number in the list).
_ATTACHMENT_LABEL = re.compile(r"附[件表]\s*\d{0,2}\s*[:：]?\s*(?:\d{1,2}\s*[.、．]\s*)?$")
# A button's act of getting a file, where a document's title would stand (review, session 21).
_DOWNLOAD_ACT = re.compile(r"下载|下載|点击|點擊|点此|點此|获取|獲取|领取|領取|download|click", re.I)


def _first_post(region: Region, stats: dict[HtmlElement, _Stats]) -> Region | None:
    """The first post of a thread, when the winner is a later one.

    A thread page (a forum's posts, a guestbook's entries, old table-layout boards) prints its
    posts as rows of one template: sibling elements of one tag and class, with the same
    children, each dated. The first row's post opens the thread and is its article; a reply
    longer than the question wins the vote otherwise.
    """
    el = region.element
    for row in (el, *el.iterancestors()):
        parent = row.getparent()
        # A post's row holds the post and its poster's card, not the page around it.
        st = stats.get(row)
        if parent is None or st is None or row.tag in ("body", "html"):
            return None
        if st.chars > _MAX_ROW_SHARE * region.text_chars:
            return None
        if row.tag == "tr" and _field_row(row, stats):
            return None  # a field table's rows, each a label and its value: one record, no thread
        tag, cls = row.tag, row.get("class", "")
        alike = [
            s for s in parent if s.tag == tag and s.get("class", "") == cls and s in stats and stats[s].chars
        ]
        if len(alike) < 2:
            continue  # most levels: no sibling like it, no text read
        kids = _child_tags(row)
        alike = [s for s in alike if _child_tags(s) == kids]
        if len(alike) < 2 or not _POST_DATE.search(row.text_content()):
            continue
        alike = [s for s in alike if s is row or _POST_DATE.search(s.text_content())]
        if len(alike) < 2:
            continue
        if alike[0] is row:
            return None  # the winner is in the first post
        scores = _votes(stats, (alike[0], alike[1]))
        if not scores:
            return None
        zone = {e: s * (1 - link_density(stats[e])) * class_weight(e) for e, s in scores.items()}
        first = _region(max(zone, key=zone.__getitem__), zone, stats)
        return first if first.is_article or first.is_brief else None
    return None


def _child_tags(el: HtmlElement) -> frozenset[str]:
    return frozenset(c.tag for c in el if isinstance(c.tag, str))


# How much more text than the winner a post's row may hold.
_MAX_ROW_SHARE = 4
# A date as a post prints it (2009-3-12 21:05, 2009年3月12日).
_POST_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
