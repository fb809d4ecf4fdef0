"""The demo site's articles: what each page says (ground truth) and how it is drawn."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


class ExpectedSection(NamedTuple):
    """One section the pipeline should produce; compares equal to a plain 4-tuple."""

    kind: str  # intro | section | essay | conclusion
    level: int
    heading: str | None
    text: str  # paragraphs joined with "\n"

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n") if self.text else []


@dataclass(frozen=True)
class Ad:
    """An advert drawn as its own block inside the content area, after section ``after``.

    ``after = -1`` puts it before the first section; ``style`` is ``box`` (its own styled
    div), ``p`` (looks like any paragraph) or ``link`` (a paragraph holding one link).
    """

    after: int
    text: str
    style: str = "box"


@dataclass(frozen=True)
class Drawing:
    """How an article's page is drawn; none of this is part of the article itself.

    ``markup`` gives the heading markup per level (``lead`` = lead sentence starting the
    paragraph, ``p``, ``strong``, ``h2``, ``h3``); ``opening`` is the 范文-site boilerplate
    paragraph put first; ``tail_ads`` maps a section index to a promo sentence appended to
    that section's last paragraph; ``page_breaks`` are section indexes that start a new page.
    """

    markup: tuple[str, ...] = ("p",)
    opening: str | None = None
    ads: tuple[Ad, ...] = ()
    tail_ads: tuple[tuple[int, str], ...] = ()
    page_breaks: tuple[int, ...] = ()

    def heading_markup(self, level: int) -> str:
        return self.markup[min(level, len(self.markup)) - 1]

    def tail_ad(self, index: int) -> str | None:
        return dict(self.tail_ads).get(index)

    def fit(self, count: int) -> Drawing:
        """This drawing for an article that now has ``count`` sections (drops what falls off)."""
        return Drawing(
            self.markup,
            self.opening,
            tuple(ad for ad in self.ads if ad.after < count),
            tuple((i, tail) for i, tail in self.tail_ads if i < count),
            tuple(start for start in self.page_breaks if start < count),
        )

    def page_of(self, index: int) -> int:
        """Zero-based page number that section ``index`` is drawn on."""
        return sum(1 for start in self.page_breaks if index >= start)


@dataclass
class DemoArticle:
    """One article of the demo site with the ground truth a crawl is compared against.

    - ``id``: number in the URL (``/xinde/2002.html``).
    - ``path``: URL path of the first page; ``pages``: paths of all its pages in order
      (``/xinde/2002.html``, ``/xinde/2002_2.html``).
    - ``template``: name of the page template (``classic``, ``portal``, ``legacy``);
      ``encoding``: the charset its pages are served in (``utf-8`` or ``gbk``).
    - ``title``, ``published`` (``date`` when the page shows only a date, ``datetime`` when it
      shows a time), ``author`` and ``source`` (``None`` when the page shows none;
      the labelled value as shown, ``网友投稿`` and ``本站整理`` too, since session 26),
      ``category`` (the channel's name, e.g. ``心得体会``).
    - ``sections``: the expected sections, in order: ``(kind, level, heading, text)``; kind is
      intro/section/essay/conclusion, level 1 for top-level parts (intro and conclusion too) and
      2 for ``（一）`` sub-headings and the sections inside an essay, heading ``None`` for intro
      and conclusion. A lead-sentence section's heading is its first sentence (with ``。``)
      and its text the rest of the paragraph. Paragraphs of one section are joined by ``\\n``;
      the page indents some paragraphs with full-width spaces, which are not part of the text.
    - ``adverts``: every advert, call to action and promo string placed in or after the
      article, exactly as it appears in the page's visible text; none may survive cleaning.
    - ``keep``: article sentences that mention 微信/下载/二维码/版权/QQ and must survive.
    - ``modified``: when the article last changed (Last-Modified, sitemap ``<lastmod>``).
    - ``drawing``: how the page is drawn (heading markup, advert placement, page breaks).
    """

    id: int
    path: str
    template: str
    encoding: str
    title: str
    published: date | datetime
    author: str | None
    source: str | None
    category: str
    sections: list[ExpectedSection]
    drawing: Drawing = field(default_factory=Drawing)
    keep: list[str] = field(default_factory=list)
    adverts: list[str] = field(default_factory=list)
    modified: datetime = datetime(2024, 1, 1)
    source_shown: str | None = None

    @property
    def pages(self) -> list[str]:
        stem = self.path.removesuffix(".html")
        extra = [f"{stem}_{n}.html" for n in range(2, len(self.drawing.page_breaks) + 2)]
        return [self.path, *extra]

    @property
    def intro(self) -> str:
        """The first paragraph of text, used for listing summaries and meta descriptions."""
        return next((p for s in self.sections for p in s.paragraphs), "")
