"""A crawl that fetches at most ``FANWEN_MAX_PAGES`` pages, exactly (``fanwen crawl --max-pages``).

Scrapy's ``CLOSESPIDER_PAGECOUNT`` closes the spider once that many responses came back, and
the requests already on their way still arrive: ``--max-pages 10`` fetched 25. This middleware
counts pages as they go to the network instead, and drops any page past the N-th before it is
sent. A retry or a redirect of a counted page is that page again, not another: it is sent (within
``RETRY_TIMES`` and ``REDIRECT_MAX_TIMES``). Once the N-th page has ended (its final response or
failure), and every counted page before it, the spider closes with Scrapy's reason,
``closespider_pagecount``. Closing at the N-th *send* lost the retry of a page that failed
(``--max-pages 1`` against a site that was down: the failure was never counted and the crawl
"finished" with nothing stored). ``robots.txt`` is not a page and is not counted.

With a ``JOBDIR`` the pages past the limit are the job's still to do: they were taken from
Scrapy's queue and are in its seen set, so they are kept in the JOBDIR
(:func:`fanwen.extensions.jobdir.hold`) and the resumed job asks for them again.

Settings: ``FANWEN_MAX_PAGES`` (default 0: no limit). Stats: ``fanwen/max_pages/dropped``,
``fanwen/max_pages/limit`` (the limit, once reached).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.utils.defer import deferred_from_coro

from fanwen.extensions import jobdir

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

REASON = "closespider_pagecount"
_COUNTED = "fanwen_max_pages_counted"  # meta: this page was counted (kept by retries and redirects)


class PageLimitReached(IgnoreRequest):
    """A request after the crawl's last allowed page: not sent, not an error."""


class MaxPagesMiddleware:
    def __init__(self, crawler: Crawler, limit: int, held: list[Request] | None = None) -> None:
        self.crawler = crawler
        self.limit = limit
        self.sent = 0
        self.open = 0  # counted pages whose fetch has not ended yet
        self.held = held  # with a JOBDIR: the requests past the limit, for the resumed job

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MaxPagesMiddleware:
        # No NotConfigured for 0: Scrapy logs every disabled component as a warning.
        limit = crawler.settings.getint("FANWEN_MAX_PAGES", 0)
        middleware = cls(crawler, limit, [] if limit > 0 and crawler.settings.get("JOBDIR") else None)
        # A redirect of a counted page that the dupefilter drops never comes back here.
        crawler.signals.connect(middleware._ended, signal=signals.request_dropped)
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        if self.limit <= 0 or request.url.endswith("/robots.txt") or request.meta.get(_COUNTED):
            return
        if self.sent >= self.limit:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("fanwen/max_pages/dropped")
            if self.held is not None:
                self.held.append(request)
            raise PageLimitReached(f"past --max-pages {self.limit}: {request.url}")
        self.sent += 1
        self.open += 1
        request.meta[_COUNTED] = True
        if self.sent == self.limit and self.crawler.stats is not None:
            self.crawler.stats.set_value("fanwen/max_pages/limit", self.limit)

    # Downloader middlewares see responses and exceptions in reverse order: RetryMiddleware (550)
    # and RedirectMiddleware (600) come before this one, which therefore sees only a fetch's
    # final outcome, never one that is retried or redirected.
    def process_response(self, request: Request, response: Response) -> Response:
        self._ended(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._ended(request)

    def spider_idle(self) -> None:
        """Idle, every page has ended, also one whose end this middleware did not see (a 304
        ends in NotModifiedMiddleware's exception on the way back): the limit ended the crawl,
        and the run must not count as a complete one (the next run walks every listing)."""
        if 0 < self.limit <= self.sent:
            raise CloseSpider(REASON)

    def spider_closed(self) -> None:
        if self.held and self.crawler.spider is not None:
            jobdir.hold(self.crawler.settings["JOBDIR"], self.held, self.crawler.spider)

    def _ended(self, request: Request) -> None:
        if not request.meta.pop(_COUNTED, False):
            return
        self.open -= 1
        if self.sent >= self.limit and not self.open and self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=REASON))
