"""Incremental crawling on the way out of the spider: a stored article is asked for again only
when it is due, and then conditionally.

Every request the spider's callbacks yield for the URL of a stored article is checked against
the crawl state the storage owner read (:meth:`fanwen.extensions.storage.Storage.crawl_state`):
not yet due (``FANWEN_REFRESH_INTERVAL``, a profile's ``refresh`` wins) and it is dropped
before it reaches the scheduler, due and it carries ``If-None-Match`` / ``If-Modified-Since``
from the stored validators, so that :class:`fanwen.middlewares.notmodified.NotModifiedMiddleware`
can end a 304. Start requests pass untouched: a start URL is always fetched.

Settings: ``FANWEN_INCREMENTAL_ENABLED`` (default True). Stats:
``fanwen/incremental/fresh_skipped``, ``fanwen/incremental/refreshed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import NotConfigured
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from fanwen.extensions.storage import Storage

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class IncrementalMiddleware(BaseSpiderMiddleware):
    """Drops requests for stored articles that are still fresh; makes the others conditional."""

    def __init__(self, crawler: Crawler, storage: Storage) -> None:
        super().__init__(crawler)
        self.storage = storage

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        if not crawler.settings.getbool("FANWEN_INCREMENTAL_ENABLED", True):
            raise NotConfigured("FANWEN_INCREMENTAL_ENABLED is off")
        storage = Storage.of(crawler)
        if storage is None:
            raise NotConfigured("FANWEN_STORE_ENABLED is off: no earlier crawl to compare with")
        return cls(crawler, storage)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        state = self.storage.state
        if response is None or state is None or request.dont_filter:
            # A start request, a spider that never asked for the crawl state, or a request the
            # spider insists on (an article's next page).
            return request
        known = state.get(request.url)
        if known is None:
            return request
        if state.fresh(request.url):
            self._count("fresh_skipped")
            return None
        self._count("refreshed")
        for name, value in known.conditional_headers().items():
            request.headers.setdefault(name, value)
        return request

    def _count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"fanwen/incremental/{key}")
