"""The data that flows from the spider through the pipelines: blocks, sections, articles."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from itemloaders import ItemLoader
from itemloaders.processors import Identity, MapCompose, TakeFirst

from fanwen.extract import processors

if TYPE_CHECKING:
    from fanwen.extract.template import Signature


@dataclass(eq=False)
class Frame:
    """A container element of the content region that holds blocks, with what its text does not show:
    whether it holds a picture (``<img>``, ``<svg>``…), a form's control (``<input>``, ``<button>``…) or a
    link drawn as a button (a class or role naming one: ``<a class="btn">``, or a link the extractor left out
    as chrome), and ``label``, the short label opening it that the extractor left out as chrome (an advert's
    ``<span class="ad-label">推广</span>``: session 28), and ``sponsored``, whether it holds a link the page marks as
    paid (``rel="sponsored"``, ``rel="nofollow sponsored"``: session 29). ``tag`` and ``look`` (its tag and class) name it,
    ``parent`` is the frame around it (None at the region). One object per element: blocks that share it are
    lines of one piece of the page."""

    tag: str
    look: str = ""
    parent: Frame | None = None
    image: bool = False
    control: bool = False
    button: bool = False
    label: str = ""
    sponsored: bool = False


# (init=False: Block.__init__ below, which the dataclass would write with a frozen setattr a field.)
@dataclass(frozen=True, init=False)
class Block:
    """One paragraph-level piece of an article's content region.

    ``tag`` is the element it came from (``p``, ``h2``, ``li``, ``div``...), ``heading`` the
    heading level a markup hint gave it (``<h2>`` -> 2, a paragraph that is all bold -> 4),
    ``centered`` whether it was centred, ``link_density`` the share of its text inside links,
    ``font`` the font family (``font-family`` style or ``<font face>``) nearly all of its text is
    set in: Word-exported pages mark headings by 黑体 / 楷体 alone. ``bold_lead`` is how many
    characters of ``text`` open it in bold (``<p><strong>一是加强领导。</strong>正文</p>``: 7).
    ``apart`` is whether markup sets it apart from the block before: it follows a thematic break
    (``<hr>``) or the end of a folded part (``</details>``). ``style`` is the look nearly all of its
    text has: the path of tags, classes and inline styles from the content region down to the
    element holding its words (``>p>span.hd{color:#c00}``; "" for bare text in the region; None
    when no look holds 90 % of it), so a page's own way of setting lines apart can be told from its
    body's without knowing the style. ``frame`` is the innermost container element holding it
    (:class:`Frame`: a ``<div>``, ``<section>``, ``<blockquote>``…, not the region itself), so the
    lines of one box among the text's paragraphs can be told as one piece with what it holds
    beside them (a picture, a form's control, a button).
    ``caption`` is whether it reads as the caption of the picture right above it
    (:func:`fanwen.extract.blocks.html_blocks`): a short phrase centred under the picture or closing
    the picture's own box, or a line opening as captions do (``图为…``, ``（图：…）``); later stages
    tell a caption from a heading by it. It enters no repr (a strip decision's shows its blocks).
    """

    text: str
    tag: str = "p"
    heading: int | None = None
    bold: bool = False
    centered: bool = False
    link_density: float = 0.0
    font: str | None = None
    bold_lead: int = 0
    apart: bool = False
    style: str | None = None
    # Not compared: two extractions of a page give equal blocks, and a frame is one element's.
    frame: Frame | None = field(default=None, compare=False, repr=False)
    caption: bool = field(default=False, repr=False)

    def __init__(
        self,
        text: str,
        tag: str = "p",
        heading: int | None = None,
        bold: bool = False,
        centered: bool = False,
        link_density: float = 0.0,
        font: str | None = None,
        bold_lead: int = 0,
        apart: bool = False,
        style: str | None = None,
        frame: Frame | None = None,
        caption: bool = False,
    ) -> None:
        """The dataclass's own ``__init__``, its fields written into the instance's ``__dict__``: a
        frozen dataclass's sets each through ``object.__setattr__``, three times the cost, and a page
        makes a block for each of its paragraphs, then again for each the strip cuts
        (tests/test_cpu_cuts_24.py holds it to the fields)."""
        values = self.__dict__
        values["text"] = text
        values["tag"] = tag
        values["heading"] = heading
        values["bold"] = bold
        values["centered"] = centered
        values["link_density"] = link_density
        values["font"] = font
        values["bold_lead"] = bold_lead
        values["apart"] = apart
        values["style"] = style
        values["frame"] = frame
        values["caption"] = caption

    def with_text(self, text: str) -> Block:
        # The bold opening holds while the new text still opens with it (a cut at the end).
        lead = self.bold_lead if text.startswith(self.text[: self.bold_lead]) else 0
        return replace(self, text=text, bold_lead=lead)


@dataclass(frozen=True)
class Section:
    """A part of the article: ``kind`` is intro, section, essay or conclusion."""

    kind: str
    level: int
    heading: str | None
    text: str


@dataclass(frozen=True)
class Removal:
    """A fragment the strip stage removed, with the name of the rule that removed it."""

    rule: str
    text: str


@dataclass(frozen=True)
class FetchedPage:
    """An article page as the site sent it: what :mod:`fanwen.db.pages` keeps as a WARC record.

    ``body`` is the response body once Scrapy undid the ``Content-Encoding`` (gzip, br),
    ``headers`` the response headers in order, ``url`` the final URL (after redirects),
    ``fetched_at`` naive UTC, when the spider received it.
    """

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: datetime


@dataclass
class Article:
    """One article as it leaves the spider and is completed by the pipelines."""

    url: str | None = None
    site: str | None = None
    title: str | None = None
    published: datetime | None = None
    author: str | None = None
    source: str | None = None
    category: str | None = None
    blocks: list[Block] = field(default_factory=list)
    truncated: bool = False
    removed: list[Removal] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    pages: int = 1
    # Blocks that follow the content region on the page (a paywall notice, a footer): never
    # article text, but the strip stage records the adverts among them and whether they say
    # the article is a cut-off preview.
    tail: list[Block] = field(default_factory=list)
    # Learned-boilerplate observations of this article, ``(site, block hash, sample text,
    # articles to add)``: the store adds them to ``boilerplate_blocks`` in the article's own
    # batch. Articles to add: 1; 0 for a block no article of the run showed before (held until
    # a second one does), 2 for that second one (fanwen.strip.boilerplate.HELD).
    boilerplate_seen: list[tuple[str, str, str, int]] = field(default_factory=list)
    # Where the page showed the site's template slots (:mod:`fanwen.extract.template`), when
    # the crawl learns templates: the store adds them to ``template_paths`` for a new article.
    template_seen: Signature | None = None
    # The key of the learned template the page was read by (template_key; None: none): with
    # template_seen, what the end of a crawl compares with the site's final template.
    template_key: str | None = None
    # The bundled platform profile (fanwen/profiles/platforms) whose template the page holds.
    platform: str | None = None
    # A page read again in the same crawl once its site's template was learned: it replaces
    # the version stored a moment ago, with no revision kept and not counted again.
    reread: bool = False
    # The pages the article was read from, in order (kept by the store, FANWEN_KEEP_PAGES).
    fetched: list[FetchedPage] = field(default_factory=list)
    # The first page's validators, kept for conditional requests on later crawls.
    etag: str | None = None
    last_modified: str | None = None

    @property
    def text(self) -> str:
        """The clean article: headings and section texts, one per line."""
        lines: list[str] = []
        for section in self.sections:
            if section.heading:
                lines.append(section.heading)
            if section.text:
                lines.append(section.text)
        if not self.sections:
            lines = [block.text for block in self.blocks]
        return "\n".join(lines)

    @property
    def content_hash(self) -> str:
        """A hash of what the reader sees: title and clean text (:func:`content_hash`)."""
        return content_hash(self.title, self.text)

    @property
    def stored_hash(self) -> str:
        """A hash of everything the store writes for the article (:func:`stored_hash`): what
        decides, in a crawl and in ``fanwen reprocess``, whether a stored article changed.
        An aware ``published`` counts as its wall clock in the default zone, as a store with no
        zone given writes it (:meth:`stored_hash_in`)."""
        return self.stored_hash_in(processors.DEFAULT_TIMEZONE)

    def stored_hash_in(self, zone: str) -> str:
        """:attr:`stored_hash` as a store whose site zone is ``zone`` writes the article."""
        return stored_hash(
            self.title,
            stored_published(self.published, zone),
            self.author,
            self.source,
            self.category,
            bool(self.truncated),
            self.pages or 1,
            "" if self.sections else self.text,  # not hashed where there are sections: not made
            ((s.kind, s.level, s.heading, s.text or "") for s in self.sections),
            ((r.rule, r.text) for r in self.removed),
        )


class ArticleLoader(ItemLoader):
    """Fills an :class:`Article` from a page: metadata strings in, typed values out."""

    default_item_class = Article
    default_output_processor = TakeFirst()

    title_in = MapCompose(processors.clean_title)
    author_in = MapCompose(processors.clean_space, processors.clean_author)
    source_in = MapCompose(processors.clean_space, processors.clean_source)
    category_in = MapCompose(processors.clean_space)
    # The site's wall-clock time (docs/extraction.md, "What published means"): an offset date is
    # converted to the zone the loader is given (ArticleLoader(selector, timezone="Asia/Taipei")).
    published_in = MapCompose(processors.clean_space, processors.parse_date, processors.site_clock)
    blocks_in = Identity()
    blocks_out = Identity()
    tail_in = Identity()
    tail_out = Identity()
    # Every field the page path fills names its processors here, the defaults included: for a
    # field that does not, itemloaders looks in the item's field metadata (Article's fields have
    # none) through a new ItemAdapter at every value added and every field loaded: the loader
    # alone 0.113 -> 0.077 ms a page, about 1 % of a real-shape page's read (bench/ab.py loader,
    # docs/performance.md). tests/test_extract.py checks the list.
    url_in = site_in = platform_in = Identity()
    url_out = site_out = platform_out = TakeFirst()
    title_out = published_out = author_out = source_out = category_out = TakeFirst()


def stored_published(value: datetime | None, zone: str = processors.DEFAULT_TIMEZONE) -> datetime | None:
    """``published`` as the store writes it: the site's wall-clock time, naive (docs/extraction.md,
    "What published means"). The page path gives it so already; a date that states its offset
    (an Article a program made) becomes the wall clock of ``zone``, the site's; never UTC.

    >>> from datetime import timedelta, timezone
    >>> stored_published(datetime(2024, 5, 6, 8, tzinfo=timezone(timedelta(hours=8))))
    datetime.datetime(2024, 5, 6, 8, 0)
    >>> stored_published(datetime(2024, 5, 6, 8, tzinfo=timezone(timedelta(hours=8))), "Europe/London")
    datetime.datetime(2024, 5, 6, 1, 0)
    """
    return None if value is None else processors.wall_clock(value, zone)


def content_hash(title: str | None, text: str) -> str:
    """:attr:`Article.content_hash` of an article with ``title`` and ``text`` (:attr:`Article.text`),
    for a caller that has built the text already: the store writes it and hashes it, and
    :attr:`Article.text` joins every section again at each use.

    >>> content_hash("题", "正文")[:12]
    '205dc4698690'
    """
    digest = hashlib.sha256()
    digest.update((title or "").encode())
    digest.update(b"\0")
    digest.update(text.encode())
    return digest.hexdigest()


def stored_hash(
    title: str | None,
    published: datetime | None,
    author: str | None,
    source: str | None,
    category: str | None,
    truncated: bool,
    pages: int,
    text: str,
    sections: Iterable[tuple[str, int, str | None, str]],
    removed: Iterable[tuple[str, str]],
) -> str:
    """SHA-256 of the article a reader reads, in a stable serialisation (JSON, one array): its
    ``articles`` columns that say what the page gives, its sections ``(kind, level, heading,
    text)`` in order, and which rules removed something from its page (``removed`` is the
    ``(rule, text)`` pairs; the rules' names count, sorted and once each, not what they removed).
    Not in it: the URL and site (the row's identity), the times, the validators, the template
    it was read by, and the removed texts: a rotating advert that strip removes, another on
    every fetch, is no change of the article (issue 15), while a rule that starts or stops
    removing something (a new rule in ``fanwen reprocess --rules``) is, so that its audit is
    written.

    Computed from the values as stored (``published`` naive, a section's text ``''`` for
    None), so the same hash comes from an :class:`Article` (:attr:`Article.stored_hash`) and
    from its rows (migration 0013, with its frozen copy). Changing
    what goes in, or how, makes every stored hash differ: such a change needs a migration that
    computes them again, with its own frozen copy of this function.

    >>> stored_hash("题", None, None, None, None, False, 1, "正文", [("intro", 1, None, "正文")], [])[:12]
    '689f3415785c'
    >>> ad = stored_hash("题", None, None, None, None, False, 1, "正文", [], [("advert", "加微信 a1")])
    >>> ad == stored_hash("题", None, None, None, None, False, 1, "正文", [], [("advert", "加微信 b2")])
    True
    """
    parts = [list(section) for section in sections]
    values = [
        title,
        published.isoformat() if published else None,
        author,
        source,
        category,
        bool(truncated),
        pages,
        # The text is the sections' headings and texts (Article.text) where there are sections:
        # hashed again it would only cost time (a third of this function's, on real articles).
        None if parts else text,
        parts,
        sorted({rule for rule, _ in removed}),
    ]
    serialised = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(serialised.encode()).hexdigest()
