"""``fanwen crawl --jobdir``: a crawl killed with SIGKILL and run again with the same JOBDIR ends
with every article stored.

Scrapy's JOBDIR keeps the request queue and the dupefilter's seen set on disk, and is made for a
graceful stop (SIGTERM): after SIGKILL the seen set holds requests that were taken from the
queue and never done, and the queue file may be older than the seen set, so the resumed crawl
filtered what it had never fetched (docs/scheduling.md, "Crash safety").
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from servers import serving

BIN = Path(sys.executable).parent
# Enough article links that the dupefilter's seen set (written 8 kB at a time, a few dozen bytes
# a request) reaches the disk before the kill: a short crawl's never did, and its resume, having
# forgotten everything, lost nothing.
ARTICLES = 400
PHRASES = ("春天的校园里", "老师带着我们", "在操场上种下", "一排小树苗", "大家约定每周", "轮流给它们浇水")


class Site(BaseHTTPRequestHandler):
    """One listing of ARTICLES links; each article's text is its own (no line repeats across
    pages, or it would be learned as boilerplate)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            return self._send(b"User-agent: *\n")
        if self.path == "/":
            links = "".join(f'<a href="/a/{n}.html">第{n}篇随笔的标题</a>' for n in range(ARTICLES))
            return self._send(f"<html><body>{links}</body></html>".encode())
        n = int(self.path.removeprefix("/a/").removesuffix(".html"))
        text = "".join(
            f"<p>第{n}篇第{i}段：{phrase}{n * 7 + i}棵，{phrase}。</p>" for i, phrase in enumerate(PHRASES)
        )
        title = f"第{n}篇随笔"
        return self._send(
            f"<html><head><title>{title}</title></head><body><h1>{title}</h1><div>{text}</div></body></html>".encode()
        )

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    httpd.daemon_threads = True
    with serving(httpd):
        yield f"http://127.0.0.1:{httpd.server_address[1]}"


def crawl_command(base: str, db: Path, jobdir: Path) -> list[str]:
    command = [str(BIN / "fanwen"), "crawl", f"{base}/", "--db", str(db)]
    command += ["--jobdir", str(jobdir), "-L", "WARNING", "--workers", "0"]
    # One request at a time and a commit per article: the kill lands in the middle of the crawl,
    # with requests queued, one in flight and articles already stored.
    for setting in (
        "AUTOTHROTTLE_ENABLED=0",
        "DOWNLOAD_DELAY=0",
        "CONCURRENT_REQUESTS=1",
        "FANWEN_STORE_BATCH_SIZE=1",
    ):
        command += ["-s", setting]
    return command


def stored(db: Path) -> set[str]:
    try:
        with sqlite3.connect(db) as connection:
            return {url for (url,) in connection.execute("SELECT url FROM articles")}
    except sqlite3.OperationalError:  # not created yet
        return set()


def resumed_stats(db: Path) -> dict:
    with sqlite3.connect(db) as connection:
        (stats,) = connection.execute("SELECT stats_json FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    return json.loads(stats)


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM])
def test_a_crawl_stopped_and_resumed_from_its_jobdir_stores_every_article(site, tmp_path, stop):
    """SIGKILL: the JOBDIR is dropped and the resumed crawl walks the listings again. SIGTERM (a
    graceful stop, what JOBDIR is for): the resumed crawl takes up Scrapy's queue."""
    db, jobdir = tmp_path / "f.db", tmp_path / "job"
    crawl = subprocess.Popen(
        crawl_command(site, db, jobdir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 180
        while len(stored(db)) < 20:
            assert crawl.poll() is None and time.monotonic() < deadline, "the crawl ended before the stop"
            time.sleep(0.05)
        crawl.send_signal(stop)
        crawl.wait(timeout=120)
    finally:
        crawl.kill()
    first = stored(db)
    assert 20 <= len(first) < ARTICLES
    resumed = subprocess.run(crawl_command(site, db, jobdir), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr[-3000:]
    assert stored(db) == {f"{site}/a/{n}.html" for n in range(ARTICLES)}, resumed.stdout
    discarded = resumed_stats(db).get("fanwen/jobdir/discarded", 0)
    assert discarded == (1 if stop == signal.SIGKILL else 0)


def test_a_crawl_stopped_by_max_pages_resumes_from_its_jobdir_where_it_stopped(site, tmp_path):
    """--max-pages with --jobdir: the pages past the limit stay the job's to do (they were taken
    from Scrapy's queue and dropped, and the seen set filtered them on resume: a resumed job
    fetched nothing and "finished", its remaining articles never crawled)."""
    db, jobdir = tmp_path / "f.db", tmp_path / "job"
    command = [*crawl_command(site, db, jobdir), "-s", "CONCURRENT_REQUESTS=8"]
    first = subprocess.run([*command, "--max-pages", "11"], capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr[-3000:]
    assert len(stored(db)) == 10  # the listing and ten articles
    second = subprocess.run([*command, "--max-pages", "11"], capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stdout + second.stderr[-3000:]
    assert len(stored(db)) >= 20, second.stdout
    last = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert last.returncode == 0, last.stdout + last.stderr[-3000:]
    assert stored(db) == {f"{site}/a/{n}.html" for n in range(ARTICLES)}, last.stdout
