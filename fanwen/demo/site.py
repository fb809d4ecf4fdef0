"""The demo site in memory: every page by path, rendered on request from the articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from fanwen.demo import templates as t
from fanwen.demo.catalog import as_datetime, handwritten_articles, synthetic_article
from fanwen.demo.layouts import SKIN_BY_CHANNEL, SKINS, Nav, link_list
from fanwen.demo.model import DemoArticle, ExpectedSection
from fanwen.demo.render import adverts_of, article_pager, content_pages, pager_links

# The built-in site needs 30+ articles; the hand-written ones are topped up with synthetic ones.
BASE_SYNTHETIC = 18
PAGE_SIZE = 6  # articles per listing page
CST = timezone(timedelta(hours=8))  # the site's clock: article times are Beijing time
SITE_UPDATED = datetime(2024, 12, 20, tzinfo=CST)  # last change of robots.txt and the home chrome


@dataclass(frozen=True)
class Page:
    """One URL of the site. ``render(base_url)`` makes the body; ``base_url`` is only used by
    robots.txt and sitemap.xml, which need absolute URLs."""

    content_type: str
    render: Callable[[str], bytes]
    last_modified: datetime | None = None

    @property
    def body(self) -> bytes:
        return self.render("")


class DemoSite:
    """The articles (ground truth) and the pages made from them.

    Pages are rendered on each request, so changing an article with :meth:`update_article`
    changes every page that shows it (its own pages, listings, neighbours' link lists).
    """

    def __init__(self, articles: Iterable[DemoArticle]) -> None:
        self.articles: list[DemoArticle] = list(articles)
        self.pages: dict[str, Page] = {}
        self._reindex()

    def article(self, path: str) -> DemoArticle:
        """The article a page path belongs to (any of its pages); KeyError if none."""
        return self._by_page[path]

    def articles_in(self, channel: str) -> list[DemoArticle]:
        """A channel's articles in listing order, newest first."""
        return list(self._channels[channel])

    def update_article(self, path: str, **changes: Any) -> DemoArticle:
        """Change fields of an article (``title=…``, ``sections=[…]``) and bump its modified time.

        Sections may be given as plain ``(kind, level, heading, text)`` tuples. Unless
        ``modified`` is given it moves one day on, so Last-Modified and ETag both change.
        """
        old = self.article(path)
        if "sections" in changes:
            sections = [ExpectedSection(*s) for s in changes["sections"]]
            changes["sections"] = sections
            changes.setdefault("drawing", old.drawing.fit(len(sections)))
        changes.setdefault("modified", old.modified + timedelta(days=1))
        new = dataclasses.replace(old, **changes)
        new.adverts = adverts_of(new, SKINS[new.template])
        self.articles[self.articles.index(old)] = new
        self._reindex()
        return new

    def edit_text(self, path: str, old: str, new: str) -> DemoArticle:
        """Replace ``old`` by ``new`` in the article's section texts (a typical small revision)."""
        sections = [s._replace(text=s.text.replace(old, new)) for s in self.article(path).sections]
        return self.update_article(path, sections=sections)

    # --- indexing ---

    def _reindex(self) -> None:
        self._by_page = {page: a for a in self.articles for page in a.pages}
        self._channels: dict[str, list[DemoArticle]] = {channel: [] for channel in SKIN_BY_CHANNEL}
        for article in sorted(self.articles, key=lambda a: (as_datetime(a.published), a.id), reverse=True):
            self._channels[SKINS[article.template].channel].append(article)
        self._position = {a.path: i for listing in self._channels.values() for i, a in enumerate(listing)}
        pages: dict[str, Page] = {}
        pages.update(self._site_pages())
        for channel in self._channels:
            pages.update(self._listing_pages(channel))
        for article in self.articles:
            pages.update(self._article_pages(article))
        self.pages = pages

    def _site_pages(self) -> dict[str, Page]:
        newest = max((a.modified for a in self.articles), default=None)
        changed = max(SITE_UPDATED, newest.replace(tzinfo=CST)) if newest else SITE_UPDATED
        return {
            "/": Page("text/html; charset=utf-8", self._home, changed),
            "/robots.txt": Page("text/plain; charset=utf-8", _robots, SITE_UPDATED),
            "/sitemap.xml": Page("application/xml; charset=utf-8", self._sitemap, changed),
            "/static/style.css": Page("text/css; charset=utf-8", _stylesheet, SITE_UPDATED),
        }

    def _listing_pages(self, channel: str) -> dict[str, Page]:
        skin = SKIN_BY_CHANNEL[channel]
        listing = self._channels[channel]
        count = max(1, -(-len(listing) // PAGE_SIZE))
        urls = [listing_url(channel, n) for n in range(count)]
        # A listing shows titles and summaries, so it changes whenever one of its articles does.
        changed = max((a.modified for a in listing), default=SITE_UPDATED.replace(tzinfo=None))

        def render(n: int) -> Callable[[str], bytes]:
            def page(base: str) -> bytes:
                chunk = self._channels[channel][n * PAGE_SIZE : (n + 1) * PAGE_SIZE]
                return skin.render_listing(chunk, pager_links(urls, n)).encode(skin.encoding)

            return page

        return {
            url: Page(skin.content_type, render(n), changed.replace(tzinfo=CST)) for n, url in enumerate(urls)
        }

    def _article_pages(self, article: DemoArticle) -> dict[str, Page]:
        skin = SKINS[article.template]
        changed = article.modified.replace(tzinfo=CST)

        def render(n: int) -> Callable[[str], bytes]:
            return lambda base: self._render_article(article.path, n)

        return {path: Page(skin.content_type, render(n), changed) for n, path in enumerate(article.pages)}

    # --- rendering ---

    def _render_article(self, path: str, page_no: int) -> bytes:
        article = self._by_page[path]
        skin = SKINS[article.template]
        content = content_pages(article, skin)[page_no]
        html = skin.render_page(
            article, page_no, content, article_pager(article, page_no, skin), self._nav(article)
        )
        return html.encode(skin.encoding)

    def _nav(self, article: DemoArticle) -> Nav:
        listing = self._channels[SKINS[article.template].channel]
        index = self._position[article.path]
        others = [listing[(index + k) % len(listing)] for k in range(1, min(6, len(listing)))]
        return Nav(
            prev=listing[index + 1] if index + 1 < len(listing) else None,
            next=listing[index - 1] if index > 0 else None,
            related=others,
            recent=[a for a in listing[:6] if a is not article][:5],
            hot=[a for a in self.articles[:6] if a is not article][:5],
        )

    def _home(self, base: str) -> bytes:
        channels = "\n".join(
            t.HOME_CHANNEL.format(
                href=listing_url(channel, 0),
                category=SKIN_BY_CHANNEL[channel].category,
                links=link_list(t.HOME_LINK, listing[:8]),
            )
            for channel, listing in self._channels.items()
        )
        return t.HOME_PAGE.substitute(nav=t.NAV, channels=channels).encode("utf-8")

    def _sitemap(self, base: str) -> bytes:
        urls = "\n".join(
            t.SITEMAP_URL.format(loc=base + a.path, lastmod=a.modified.replace(tzinfo=CST).isoformat())
            for a in self.articles
        )
        return t.SITEMAP_XML.substitute(urls=urls).encode("utf-8")


def listing_url(channel: str, n: int) -> str:
    """Listing page ``n`` (0-based) of a channel: ``/xinde/``, ``/xinde/list_2.html``, ..."""
    return f"/{channel}/" if n == 0 else f"/{channel}/list_{n + 1}.html"


def _robots(base: str) -> bytes:
    return t.ROBOTS_TXT.substitute(base=base).encode("utf-8")


def _stylesheet(base: str) -> bytes:
    return t.STYLESHEET.encode("utf-8")


def build_site(extra_articles: int = 0) -> DemoSite:
    """The demo site: the hand-written articles, 18 synthetic ones and ``extra_articles`` more.

    >>> site = build_site()
    >>> site.article("/pinglun/1001.html").title
    '纵深推进区域协调发展'
    """
    synthetic = (synthetic_article(i) for i in range(BASE_SYNTHETIC + extra_articles))
    return DemoSite([*handwritten_articles(), *synthetic])
