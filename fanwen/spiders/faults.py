"""Names for the ways a request can fail, so each is counted as ``fanwen/faults/<kind>``."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed, ResponseNeverReceived

# Kinds that are the site's policy or our own choice, not errors of the run.
NOT_ERRORS = frozenset({"robots_disallowed", "offsite", "not_http", "ignored"})

_BY_TYPE: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, error.TimeoutError, defer.TimeoutError), "timeout"),
    ((ResponseDataLossError,), "truncated"),
    ((CannotResolveHostError, error.DNSLookupError), "dns"),
    ((DownloadCancelledError,), "cancelled"),
    (
        (
            DownloadConnectionRefusedError,
            DownloadFailedError,
            error.ConnectError,
            error.ConnectionLost,
            error.ConnectionDone,
            ResponseFailed,
            ResponseNeverReceived,
        ),
        "connection",
    ),
)


def classify(failure: Failure) -> str:
    """The kind of a request's failure: ``http_404``, ``timeout``, ``robots_disallowed``...

    >>> classify(Failure(IgnoreRequest("Forbidden by robots.txt")))
    'robots_disallowed'
    >>> classify(Failure(DownloadTimeoutError("took too long")))
    'timeout'
    """
    value = failure.value
    if isinstance(value, HttpError):
        return f"http_{value.response.status}"
    if isinstance(value, IgnoreRequest):
        message = str(value).lower()
        if "robots.txt" in message:
            return "robots_disallowed"
        if "redirect" in message:
            return "redirect_loop"
        if "offsite" in message:
            return "offsite"
        if "download_maxsize" in message:
            return "cancelled"  # a body over DOWNLOAD_MAXSIZE once decompressed: a gzip bomb
        if "non-http" in message:
            return "not_http"
        return "ignored"
    if isinstance(value, ResponseFailed) and any(
        isinstance(reason, Failure) and "DataLoss" in type(reason.value).__name__ for reason in value.reasons
    ):
        return "truncated"
    for types, kind in _BY_TYPE:
        if isinstance(value, types):
            return kind
    return type(value).__name__.lower()
