"""Start URLs of unusual shape reach their site: an internationalised host name (例子.中国), a
path in Chinese (/新闻/), a scheme and host in capitals.

The site is a local server reached as the crawl's HTTP proxy (as ``fanwen demo`` does), so the
crawl asks for the very host name it was given, and no test touches the network.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from servers import serving
from test_empty_crawls import TEXTS  # two articles of different texts

BIN = Path(sys.executable).parent


class Proxy(BaseHTTPRequestHandler):
    """Answers as the site of any host: any folder is a listing of two articles in it; records
    the hosts asked for."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)  # a proxy is sent the absolute URL
        self.server.hosts.add(parts.hostname)  # type: ignore[attr-defined]
        if parts.path == "/robots.txt":
            return self._send(b"User-agent: *\n")
        path = unquote(parts.path)
        if path.endswith("/"):
            links = "".join(f'<a href="a/{n}.html">第{n}篇文章的标题在这里</a>' for n in range(len(TEXTS)))
            return self._send(f"<html><body>{links}</body></html>".encode())
        n = int(path.rpartition("/a/")[2].removesuffix(".html"))
        body = f"<h1>第{n}篇文章</h1><div class='content'><p>{TEXTS[n]}</p><p>{TEXTS[n]}</p></div>"
        return self._send(f"<html><head><title>第{n}篇文章</title></head><body>{body}</body></html>".encode())

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def proxy() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    httpd.daemon_threads = True
    httpd.hosts = set()  # type: ignore[attr-defined]
    with serving(httpd):
        yield httpd


def crawl(proxy: ThreadingHTTPServer, target: str, db: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy")}
    environment["http_proxy"] = f"http://127.0.0.1:{proxy.server_address[1]}"
    command = [str(BIN / "fanwen"), "crawl", target, "--db", str(db), "-L", "ERROR"]
    command += ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, env=environment)


@pytest.mark.parametrize("profile", [False, True])
def test_a_site_with_an_internationalised_name_is_crawled(proxy, tmp_path, profile):
    """例子.中国 travels as xn--fsqu00a.xn--fiqs8s; the off-site filter compared that with the name as
    written and filtered every page, the start URL too: 0 pages, exit 0, nothing said."""
    target = "http://例子.中国/"
    if profile:
        (tmp_path / "idn.toml").write_text(
            f'start_urls = ["{target}"]\nallowed_domains = ["例子.中国"]\n', encoding="utf-8"
        )
        target = str(tmp_path / "idn.toml")
    result = crawl(proxy, target, tmp_path / "f.db")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "2 new" in result.stdout, result.stdout
    assert proxy.hosts == {"xn--fsqu00a.xn--fiqs8s"}  # type: ignore[attr-defined]
    with sqlite3.connect(tmp_path / "f.db") as connection:
        urls = {url for (url,) in connection.execute("SELECT url FROM articles")}
    assert urls == {f"http://xn--fsqu00a.xn--fiqs8s/a/{n}.html" for n in range(2)}


@pytest.mark.parametrize(
    ("target", "stored"),
    [
        ("http://www.example.cn/新闻/", "http://www.example.cn/%E6%96%B0%E9%97%BB/a/{n}.html"),
        ("HTTP://WWW.EXAMPLE.CN/xinde/", "http://www.example.cn/xinde/a/{n}.html"),
    ],
)
def test_a_start_url_as_typed_keeps_its_column_in_scope(proxy, tmp_path, target, stored):
    """--scope path compared the links, in their one spelling (%E6%96%B0..., lower case), with the
    start URL as typed: every link was out of scope, and the crawl found no article."""
    result = crawl(proxy, target, tmp_path / "f.db")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    with sqlite3.connect(tmp_path / "f.db") as connection:
        urls = {url for (url,) in connection.execute("SELECT url FROM articles")}
    assert urls == {stored.format(n=n) for n in range(2)}
