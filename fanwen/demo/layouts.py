"""The three page templates ("skins") of the demo site: one per channel, each with its own HTML."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from string import Template
from typing import ClassVar

from fanwen.demo import templates as t
from fanwen.demo.model import DemoArticle


@dataclass(frozen=True)
class Nav:
    """The other articles an article page links to."""

    prev: DemoArticle | None
    next: DemoArticle | None
    related: Sequence[DemoArticle]
    recent: Sequence[DemoArticle]
    hot: Sequence[DemoArticle]


def link_list(fmt: str, articles: Sequence[DemoArticle]) -> str:
    return "".join(fmt.format(href=a.path, title=escape(a.title)) for a in articles)


def hits(article: DemoArticle) -> int:
    """A stable fake view counter, so the page (and its ETag) only changes with the article."""
    return 1000 + article.id * 37 % 9000


class Skin:
    """A page template: the HTML of article and listing pages of one channel."""

    name: ClassVar[str]
    channel: ClassVar[str]
    category: ClassVar[str]
    encoding: ClassVar[str] = "utf-8"
    page: ClassVar[Template]
    listing: ClassVar[Template]
    item: ClassVar[str]
    paragraph_html: ClassVar[str]
    headings: ClassVar[dict[str, str]]
    ads: ClassVar[dict[str, str]]
    pager_html: ClassVar[str]
    link: ClassVar[str]
    promo: ClassVar[tuple[str, ...]]
    default_source: ClassVar[str | None] = None
    # What the info line shows, so synthetic articles only get metadata their page displays.
    shows_time: ClassVar[bool] = False
    shows_author: ClassVar[bool] = True
    shows_source: ClassVar[bool] = False

    @property
    def content_type(self) -> str:
        return f"text/html; charset={self.encoding}"

    def paragraph(self, text: str) -> str:
        return self.paragraph_html.format(escape(text))

    def heading(self, markup: str, text: str) -> str:
        return self.headings[markup].format(escape(text))

    def ad(self, style: str, text: str) -> str:
        return self.ads[style].format(escape(text))

    def pager(self, links: str) -> str:
        return self.pager_html.format(links)

    def promos(self, article: DemoArticle) -> list[str]:
        """The promo strings this template puts around every article, as they read."""
        return [p.format(hits=hits(article)) for p in self.promo]

    def content_prefix(self, article: DemoArticle, page_no: int) -> list[str]:
        return []

    def info(self, article: DemoArticle) -> str:
        raise NotImplementedError

    def fields(self, article: DemoArticle, nav: Nav) -> dict[str, str]:
        """Template-specific placeholders besides title, info, content and pager."""
        return {}

    def render_page(self, article: DemoArticle, page_no: int, content: str, pager: str, nav: Nav) -> str:
        return self.page.substitute(
            title=escape(article.title),
            info=self.info(article),
            content=content,
            pager=pager,
            channel=self.channel,
            nav=t.NAV,
            **self.fields(article, nav),
        )

    def render_listing(self, articles: Sequence[DemoArticle], pager: str) -> str:
        items = "\n".join(
            self.item.format(
                href=a.path,
                title=escape(a.title),
                date=a.published.strftime("%Y-%m-%d"),
                summary=escape(a.intro[:60]) + "…",
            )
            for a in articles
        )
        return self.listing.substitute(category=self.category, items=items, pager=pager, nav=t.NAV)


class ClassicSkin(Skin):
    """The seed page's template: date line ``2024-12-18 华博范文网``, title repeated in the body."""

    name = "classic"
    channel = "pinglun"
    category = "时事评论"
    page = t.CLASSIC_PAGE
    listing = t.CLASSIC_LISTING
    item = t.CLASSIC_ITEM
    paragraph_html = t.CLASSIC_PARAGRAPH
    headings = t.CLASSIC_HEADINGS
    ads = t.CLASSIC_ADS
    pager_html = t.CLASSIC_PAGER
    link = t.CLASSIC_LINK
    promo = t.CLASSIC_ADVERTS
    default_source = "华博范文网"
    shows_author = False

    def content_prefix(self, article: DemoArticle, page_no: int) -> list[str]:
        # The seed page repeats the title as the body's first line; extractors must cope.
        return [t.CLASSIC_TITLE_AGAIN.format(escape(article.title))] if page_no == 0 else []

    def info(self, article: DemoArticle) -> str:
        return escape(f"{article.published:%Y-%m-%d} {article.source or ''}".strip())

    def fields(self, article: DemoArticle, nav: Nav) -> dict[str, str]:
        return {
            "related": link_list(self.link, nav.related),
            "recent": link_list(self.link, nav.recent),
        }


class PortalSkin(Skin):
    """A CMS portal: breadcrumb, <meta> tags, ``发布时间：… 来源：… 作者：…``, sidebar."""

    name = "portal"
    channel = "xinde"
    category = "心得体会"
    page = t.PORTAL_PAGE
    listing = t.PORTAL_LISTING
    item = t.PORTAL_ITEM
    paragraph_html = t.PORTAL_PARAGRAPH
    headings = t.PORTAL_HEADINGS
    ads = t.PORTAL_ADS
    pager_html = t.PORTAL_PAGER
    link = t.PORTAL_LINK
    promo = t.PORTAL_ADVERTS
    shows_time = True
    shows_source = True

    def info(self, article: DemoArticle) -> str:
        fmt = "%Y-%m-%d %H:%M" if isinstance(article.published, datetime) else "%Y-%m-%d"
        return t.PORTAL_INFO.format(
            published=article.published.strftime(fmt),
            source=escape(article.source or article.source_shown or "未知"),
            author=escape(article.author or "佚名"),
        )

    def fields(self, article: DemoArticle, nav: Nav) -> dict[str, str]:
        return {
            "keywords": escape(f"{article.title},{self.category},范文", quote=True),
            "description": escape(article.intro[:80], quote=True),
            "author": escape(article.author or "", quote=True),
            "iso": article.published.isoformat(),
            "hits": str(hits(article)),
            "prev": self.neighbour(nav.prev),
            "next": self.neighbour(nav.next),
            "hot": link_list(self.link, nav.hot),
            "recent": link_list(self.link, nav.recent),
        }

    @staticmethod
    def neighbour(article: DemoArticle | None) -> str:
        if article is None:
            return t.NO_NEIGHBOUR
        return t.PORTAL_NEIGHBOUR.format(href=article.path, title=escape(article.title))


class LegacySkin(Skin):
    """An old GBK table layout: ``2024年5月6日  文/张三``, ``<b>`` headings, indented paragraphs."""

    name = "legacy"
    channel = "zongjie"
    category = "工作总结"
    encoding = "gbk"
    page = t.LEGACY_PAGE
    listing = t.LEGACY_LISTING
    item = t.LEGACY_ITEM
    paragraph_html = t.LEGACY_PARAGRAPH
    headings = t.LEGACY_HEADINGS
    ads = t.LEGACY_ADS
    pager_html = t.LEGACY_PAGER
    link = t.LEGACY_LINK
    promo = t.LEGACY_ADVERTS

    def info(self, article: DemoArticle) -> str:
        day: date = article.published
        return t.LEGACY_INFO.format(
            published=f"{day.year}年{day.month}月{day.day}日",
            author=escape(article.author or "佚名"),
        )

    def fields(self, article: DemoArticle, nav: Nav) -> dict[str, str]:
        return {
            "hot": link_list(self.link, nav.hot),
            "related": link_list(self.link, nav.related),
            "recent": link_list(self.link, nav.recent),
        }


SKINS: dict[str, Skin] = {skin.name: skin for skin in (ClassicSkin(), PortalSkin(), LegacySkin())}
SKIN_BY_CHANNEL: dict[str, Skin] = {skin.channel: skin for skin in SKINS.values()}
