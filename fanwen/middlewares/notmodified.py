"""A 304 Not Modified answer ends the request: no parsing, one signal so the store can record it.

The spider asks conditionally (``If-None-Match`` / ``If-Modified-Since`` from the validators the
store kept); this middleware turns the server's 304 into the :data:`fanwen.signals.article_not_modified`
signal and a :class:`NotModified` failure, which the request's errback treats as "seen, unchanged".

Settings: ``FANWEN_INCREMENTAL_ENABLED`` (default True). Stats: ``fanwen/incremental/not_modified``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest, NotConfigured

from fanwen import signals

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")


class NotModified(IgnoreRequest):
    """The server said 304 to a conditional request: the stored copy is current."""


class NotModifiedMiddleware:
    """Answers of 304 to conditional requests never reach a callback."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NotModifiedMiddleware:
        if not crawler.settings.getbool("FANWEN_INCREMENTAL_ENABLED", True):
            raise NotConfigured("FANWEN_INCREMENTAL_ENABLED is off")
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status != 304 or not any(name in request.headers for name in CONDITIONAL_HEADERS):
            return response
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("fanwen/incremental/not_modified")
        self.crawler.signals.send_catch_log(signals.article_not_modified, url=request.url)
        raise NotModified(f"not modified: {request.url}")
