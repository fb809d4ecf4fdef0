"""A 503 or 429 answer's ``Retry-After`` is waited (up to a minute) before Scrapy retries it.

Scrapy's RetryMiddleware retries a 503 at once; a server that says when to come back is
asked then instead. A wait longer than :data:`MAX_WAIT` is cut to it: the crawl does not stall
on one server's say-so, and a page still refused is fetched by the next run. This middleware
runs just before RetryMiddleware on the way back (priority 560). Stats:
``fanwen/retry_after/waited`` (answers waited for) and ``fanwen/retry_after/seconds``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.utils.asyncio import sleep

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

MAX_WAIT = 60.0
STATUSES = frozenset({429, 503})


def retry_after(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` value asks to wait (delay-seconds or an HTTP date), or None.

    >>> retry_after(b"120"), retry_after("soon"), retry_after(None)
    (120.0, None, None)
    >>> retry_after("Wed, 21 Oct 2015 07:28:30 GMT", datetime(2015, 10, 21, 7, 28, tzinfo=UTC))
    30.0
    """
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(int(text[:9]))  # a huge number is still a number: MAX_WAIT cuts it
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware:
    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler.stats)

    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if response.status in STATUSES and not request.meta.get("dont_retry"):
            wait = retry_after(response.headers.get(b"Retry-After"))
            if wait:
                wait = min(wait, MAX_WAIT)
                if self.stats is not None:
                    self.stats.inc_value("fanwen/retry_after/waited")
                    self.stats.inc_value("fanwen/retry_after/seconds", wait)  # type: ignore[arg-type]  # a float adds as well
                await sleep(wait)
        return response
