"""A crawl that fetches at most ``FANWEN_MAX_PAGES`` pages, exactly (``fanwen crawl --max-pages``).

Scrapy's ``CLOSESPIDER_PAGECOUNT`` closes the spider once that many responses came back, and
the requests already on their way still arrive: ``--max-pages 10`` fetched 25. This middleware
counts requests as they go to the network instead: the N-th one closes the spider (with the same
reason, ``closespider_pagecount``) and any later one is dropped before it is sent.
``robots.txt`` is not a page and is not counted.

Settings: ``FANWEN_MAX_PAGES`` (default 0: no limit). Stats: ``fanwen/max_pages/dropped``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import deferred_from_coro

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

REASON = "closespider_pagecount"


class PageLimitReached(IgnoreRequest):
    """A request after the crawl's last allowed page: not sent, not an error."""


class MaxPagesMiddleware:
    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.sent = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MaxPagesMiddleware:
        # No NotConfigured for 0: Scrapy logs every disabled component as a warning.
        return cls(crawler, crawler.settings.getint("FANWEN_MAX_PAGES", 0))

    def process_request(self, request: Request) -> None:
        if self.limit <= 0 or request.url.endswith("/robots.txt"):
            return
        if self.sent >= self.limit:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("fanwen/max_pages/dropped")
            raise PageLimitReached(f"past --max-pages {self.limit}: {request.url}")
        self.sent += 1
        if self.sent == self.limit and self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=REASON))
