"""Serves a DemoSite over HTTP on a local port, with Last-Modified/ETag and 304 answers."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from fanwen.demo import templates as t
from fanwen.demo.site import DemoSite


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:20] + '"'


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def not_modified(headers: dict[str, str], etag: str, last_modified: datetime | None) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    since = headers.get("If-Modified-Since")
    if since is None or last_modified is None:
        return False
    try:
        moment = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False  # an unparsable date is ignored, as the RFC asks
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return last_modified.replace(microsecond=0) <= moment


class DemoHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from ``site.pages``; the site is set on a per-server subclass."""

    site: DemoSite
    latency: float = 0.0  # seconds each answer waits, as a distant server's would
    protocol_version = "HTTP/1.1"  # keep-alive, as real sites; every answer has a length
    server_version = "nginx"
    sys_version = ""

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        pass  # tests and crawls would drown in one line per request

    def _answer(self, send_body: bool) -> None:
        if self.latency:
            time.sleep(self.latency)
        page = self.site.pages.get(urlsplit(self.path).path)
        if page is None:
            self._send(HTTPStatus.NOT_FOUND, "text/html; charset=utf-8", t.NOT_FOUND.encode(), send_body)
            return
        body = page.render(self._base_url())
        etag = etag_of(body)
        validators = {"ETag": etag}
        if page.last_modified is not None:
            validators["Last-Modified"] = http_date(page.last_modified)
        if not_modified(dict(self.headers.items()), etag, page.last_modified):
            self._send(HTTPStatus.NOT_MODIFIED, page.content_type, b"", False, validators)
            return
        self._send(HTTPStatus.OK, page.content_type, body, send_body, validators)

    def _base_url(self) -> str:
        # The Host header carries the port the client used, so absolute URLs always resolve.
        return f"http://{self.headers.get('Host', '127.0.0.1')}"

    def _send(
        self,
        status: HTTPStatus,
        content_type: str,
        body: bytes,
        send_body: bool,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def make_server(
    site: DemoSite, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0
) -> ThreadingHTTPServer:
    handler = type("BoundDemoHandler", (DemoHandler,), {"site": site, "latency": latency})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True  # a crawler's open keep-alive connection must not block exit
    return server


@contextmanager
def serve(site: DemoSite, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0) -> Iterator[str]:
    """Serve ``site`` in a background thread; yields the base URL (``http://127.0.0.1:54321``).

    ``latency`` delays every answer by that many seconds (benchmarks of a real site's pace).

    >>> from fanwen.demo import build_site
    >>> with serve(build_site()) as url:
    ...     url.startswith("http://127.0.0.1:")
    True
    """
    server = make_server(site, host, port, latency)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
