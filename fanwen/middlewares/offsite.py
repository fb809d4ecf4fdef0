"""Scrapy's offsite filter without its two holes: ``dont_filter`` requests and other schemes.

Scrapy lets a request with ``dont_filter=True`` past the offsite check, and a redirect inherits
the flag; but ``dont_filter`` says "do not drop me as a duplicate", not "fetch me from any
host". An article's next pages need the first meaning only. This middleware replaces Scrapy's
``OffsiteMiddleware`` (same priority, same ``offsite/*`` stats, ``allow_offsite`` still honoured)
and also refuses every scheme but http and https (``file://``, ``ftp://``...), counted as
``offsite/not_http``; the spider's errback counts both as ``fanwen/faults/offsite`` and
``fanwen/faults/not_http``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares import offsite
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

if TYPE_CHECKING:
    from scrapy import Request, Spider

WEB_SCHEMES = frozenset({"http", "https"})
NOT_HTTP = "Filtered non-http request"  # fanwen.spiders.faults.classify reads this prefix


class OffsiteMiddleware(offsite.OffsiteMiddleware):
    def request_scheduled(self, request: Request, spider: Spider) -> None:
        if request.dont_filter:
            return  # checked when it is downloaded, where its errback hears of it
        super().request_scheduled(request, spider)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if urlparse_cached(request).scheme not in WEB_SCHEMES:
            self.stats.inc_value("offsite/not_http")
            raise IgnoreRequest(f"{NOT_HTTP} to {request.url}")
        if request.dont_filter:
            request = request.replace(dont_filter=False)  # checked as any other request
        super().process_request(request)
