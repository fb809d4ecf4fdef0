"""The ``articles`` spider: start URLs -> listing pages and pagination -> article pages.

It decides what to crawl and nothing else: what a page says is ``fanwen.extract``'s business,
what to keep the pipelines'.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from fanwen import profiles
from fanwen.extract.page import NotAnArticle, extract_article
from fanwen.items import Article
from fanwen.profiles import Profile

# Links that never lead to an article or a listing.
_DENY = (r"/member/", r"/login", r"/register", r"/search", r"\?.*(?:print|share)=", r"#")


def resolve_target(target: str, start_url: str | None = None) -> Profile:
    """A profile from a target: a bundled profile name, a ``.toml`` path, or a start URL."""
    if "://" in target:
        return profiles.for_url(target)
    profile = profiles.load(target)
    if start_url:
        profile = profile.with_start_urls([start_url])
    if not profile.start_urls:
        raise profiles.ProfileError(f"profile {profile.name!r} has no start_urls; give one")
    return profile


class ArticleSpider(scrapy.Spider):
    """Crawl one site from a profile or a bare start URL.

    Arguments (``-a``): ``target`` (profile name, ``.toml`` path or start URL) and, optionally,
    ``start_url`` to point a profile at another address (the demo site runs on a free port).
    """

    name = "articles"

    def __init__(self, target: str | None = None, start_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not target:
            raise ValueError("the articles spider needs -a target=PROFILE_OR_URL")
        self.profile = resolve_target(target, start_url)
        self.targets = target if not start_url else f"{target} ({start_url})"
        self.allowed_domains = [d for d in self.profile.allowed_domains if d]
        self._article_url = re.compile(self.profile.article_url) if self.profile.article_url else None
        selectors = self.profile.selectors
        self._article_links = _link_extractor(selectors.article_links)
        self._listing_links = _link_extractor(selectors.next_page)
        self._any_links = _link_extractor(())

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.profile.start_urls:
            yield scrapy.Request(url, callback=self.parse)
        for url in self.profile.sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap)

    def parse(self, response: Response) -> Iterator[Article | scrapy.Request]:
        """Any page: an article is yielded as an item; a listing's links are followed."""
        if not isinstance(response, TextResponse):
            self._count("not_text")
            return
        if self._article_url is None or self._article_url.search(response.url):
            article = self._article(response)
            if article is not None:
                yield article
                return
        yield from self._follow(response)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        for url in response.xpath("//*[local-name()='loc']/text()").getall():
            yield scrapy.Request(url.strip(), callback=self.parse)

    def _article(self, response: TextResponse) -> Article | None:
        try:
            article = extract_article(response.selector, response.url, self.profile)
        except NotAnArticle as exc:
            if self._article_url is not None:
                self.logger.warning("%s", exc)
            self._count("not_article")
            return None
        self._count("articles")
        return article

    def _follow(self, response: TextResponse) -> Iterator[scrapy.Request]:
        selectors = self.profile.selectors
        if selectors.article_links or selectors.next_page:
            links = [
                *self._article_links.extract_links(response),
                *self._listing_links.extract_links(response),
            ]
        else:
            links = self._any_links.extract_links(response)
        for link in links:
            yield response.follow(link, callback=self.parse)

    def _count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"fanwen/spider/{key}")


def _link_extractor(restrict: tuple[str, ...]) -> LinkExtractor:
    # Other sites are filtered by OffsiteMiddleware through allowed_domains; LinkExtractor's
    # own allow_domains would also drop IP hosts such as the demo server's 127.0.0.1.
    xpaths = [q for q in restrict if q.startswith(("/", "("))]
    css = [q for q in restrict if not q.startswith(("/", "("))]
    return LinkExtractor(deny=_DENY, restrict_xpaths=xpaths, restrict_css=css)
