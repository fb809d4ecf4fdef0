"""A crawl that stores nothing says why in one line and exits with its documented code.

Every way a scheduled crawl can end with nothing stored, against a local site: the site refuses
connections, answers every page with 404 or 500, forbids everything in robots.txt, has no article;
with and without ``--max-pages`` (whose limit once closed the crawl before a failed page's retry
was sent, so the failure was never counted and the crawl exited 0). A re-crawl that finds nothing
new is a success and says so.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from servers import serving

from fanwen.cli.crawl import outcome_line

BIN = Path(sys.executable).parent
# Two articles of different texts (the same text on every page is learned as boilerplate).
TEXTS = (
    "推进区域协调发展是新时代的重要战略。各地坚持系统观念，统筹推进基础设施互联互通和公共服务共建共享，"
    "让发展成果更多更公平地惠及全体人民。",
    "读书使人明智，也使人谦逊。我们在假期里读完了三本小说，每一本都让我们对生活多了一分理解，"
    "也对身边的人多了一分体谅和耐心。",
)


class Site(BaseHTTPRequestHandler):
    """A listing of two articles, misbehaving as the server's ``mode`` says."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        mode = getattr(self.server, "mode", "ok")
        if self.path == "/robots.txt":
            return self._send(
                200, b"User-agent: *\nDisallow: /\n" if mode == "robots" else b"User-agent: *\n"
            )
        if mode in ("404", "500"):
            return self._send(int(mode), b"<html><body>no</body></html>")
        if mode == "binary":  # a download link, a PDF served as a page: no HTML at all
            return self._send(200, b"%PDF-1.4\n" + bytes(range(256)) * 8)
        if mode == "json":  # an API's address given for the site's
            return self._send(200, '{"list": [{"title": "第1篇"}]}'.encode())
        if self.path == "/":
            count = len(TEXTS) + (mode in ("one_more", "gone_new_short"))
            links = "".join(f'<a href="/a/{n}.html">第{n}篇文章的标题在这里</a>' for n in range(count))
            return self._send(200, f"<html><body>{links}</body></html>".encode())
        if mode in ("not_article", "one_more"):
            return self._send(
                200, "<html><head><title>公司</title></head><body><p>联系我们</p></body></html>".encode()
            )
        n = int(self.path.removeprefix("/a/").removesuffix(".html"))
        if mode == "gone_new_short" and n < len(TEXTS):  # the stored ones taken down
            return self._send(
                200, "<html><head><title>公司</title></head><body><p>联系我们</p></body></html>".encode()
            )
        title = f"第{n}篇文章"
        text = TEXTS[n] if n < len(TEXTS) else TEXTS[1] + TEXTS[0]  # a new article's text
        text = "本文已删除。" if mode == "short" else text  # too short to keep (validate)
        body = f"<h1>{title}</h1><div class='content'><p>{text}</p><p>{text}</p></div>"
        return self._send(
            200, f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()
        )

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    mode = "ok"


@pytest.fixture
def site() -> Iterator[Server]:
    with serving(Server(("127.0.0.1", 0), Site)) as httpd:
        yield httpd


def crawl(url: str, db: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "fanwen"), "crawl", url, "--db", str(db), "-L", "CRITICAL", *arguments]
    for setting in ("AUTOTHROTTLE_ENABLED=0", "DOWNLOAD_DELAY=0"):
        command += ["-s", setting]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def why(result: subprocess.CompletedProcess[str]) -> str:
    """The one line on stderr that says why the crawl stored nothing."""
    assert "Traceback" not in result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, result.stdout + result.stderr[-3000:]
    return lines[0]


@pytest.mark.parametrize("max_pages", [["--max-pages", "1"], ["--max-pages", "2"], []])
def test_a_site_that_refuses_connections_is_exit_1_and_says_so(tmp_path, max_pages, refused_port):
    result = crawl(f"http://127.0.0.1:{refused_port}/", tmp_path / "f.db", *max_pages)
    assert result.returncode == 1, result.stdout + result.stderr[-3000:]
    assert "connection" in why(result)


@pytest.mark.parametrize(
    ("mode", "max_pages"),
    [("500", ["--max-pages", "1"]), ("500", ["--max-pages", "2"]), ("500", []), ("404", [])],
)
def test_a_site_whose_every_page_is_an_error_is_exit_1_and_says_so(site, tmp_path, mode, max_pages):
    site.mode = mode
    result = crawl(f"http://127.0.0.1:{site.server_address[1]}/", tmp_path / "f.db", *max_pages)
    assert result.returncode == 1, result.stdout + result.stderr[-3000:]
    assert f"http_{mode}" in why(result)


def test_a_site_whose_robots_txt_forbids_everything_is_exit_1_and_says_so(site, tmp_path):
    site.mode = "robots"
    result = crawl(f"http://127.0.0.1:{site.server_address[1]}/", tmp_path / "f.db")
    assert result.returncode == 1, result.stdout + result.stderr[-3000:]
    assert "robots.txt" in why(result)


def test_a_first_crawl_that_finds_no_article_is_exit_4_and_says_so(site, tmp_path):
    site.mode = "not_article"
    result = crawl(f"http://127.0.0.1:{site.server_address[1]}/", tmp_path / "f.db")
    assert result.returncode == 4, result.stdout + result.stderr[-3000:]
    assert "no page read was an article" in why(result)


@pytest.mark.parametrize("mode", ["binary", "json"])
def test_a_first_crawl_whose_pages_are_not_html_is_exit_4_and_says_so(site, tmp_path, mode):
    """A start address that answers with no HTML (a PDF, an API's JSON) was exit 0 with no line:
    its page counted as undecodable, not as a page that was no article."""
    site.mode = mode
    result = crawl(f"http://127.0.0.1:{site.server_address[1]}/", tmp_path / "f.db")
    assert result.returncode == 4, result.stdout + result.stderr[-3000:]
    assert why(result).endswith(": no page read was an article (not_html 1)")
    assert "No article found: 1 pages read were not articles (not_html 1)." in result.stdout


def test_a_recrawl_that_finds_nothing_new_is_a_success_and_says_so(site, tmp_path):
    url = f"http://127.0.0.1:{site.server_address[1]}/"
    first = crawl(url, tmp_path / "f.db")
    assert first.returncode == 0, first.stdout + first.stderr[-3000:]
    assert "2 new" in first.stdout
    again = crawl(url, tmp_path / "f.db")
    assert again.returncode == 0, again.stdout + again.stderr[-3000:]
    assert "Error" not in again.stderr
    assert "Nothing new from " in again.stdout and "2 stored articles not due" in again.stdout


def article_profile(tmp_path: Path, site: Server) -> str:
    """A profile that knows the site's article URLs: a page there that gives no article counts."""
    profile = tmp_path / "site.toml"
    start = f"http://127.0.0.1:{site.server_address[1]}/"
    profile.write_text(
        f'start_urls = ["{start}"]\narticle_url = "/a/\\\\d+\\\\.html$"\n[selectors]\ncontent = ["div.content"]\n'
    )
    return str(profile)


@pytest.mark.parametrize(
    ("mode", "profile"), [("not_article", True), ("not_article", False), ("short", True)]
)
def test_a_recrawl_whose_stored_articles_give_nothing_now_is_nothing_new(site, tmp_path, mode, profile):
    """A scheduled re-crawl that fetches its stored articles again (due) and finds that they no
    longer give an article (the site took them down, or left a notice too short to keep) stored
    nothing new, and nothing went wrong: exit 0, and the line says what the pages were. The
    stored copies stay."""
    target = article_profile(tmp_path, site) if profile else f"http://127.0.0.1:{site.server_address[1]}/"
    first = crawl(target, tmp_path / "f.db")
    assert first.returncode == 0 and "2 new" in first.stdout, first.stdout + first.stderr[-3000:]
    site.mode = mode
    again = crawl(target, tmp_path / "f.db", "--refresh", "0")
    assert again.returncode == 0, again.stdout + again.stderr[-3000:]
    assert "Error" not in again.stderr and "Traceback" not in again.stderr
    assert f"Nothing new from {target}: 2 stored articles read again, none kept (" in again.stdout
    with sqlite3.connect(tmp_path / "f.db") as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        assert connection.execute("SELECT status FROM crawl_runs ORDER BY id").fetchall() == [
            ("finished",),
            ("finished",),
        ]


def test_a_recrawl_whose_new_article_page_fails_is_still_exit_4(site, tmp_path):
    """A new article page (by the profile's article_url) that gives no article, with nothing
    kept: the profile no longer fits the site, whatever the stored articles did."""
    target = article_profile(tmp_path, site)
    assert crawl(target, tmp_path / "f.db").returncode == 0
    site.mode = "one_more"
    again = crawl(target, tmp_path / "f.db", "--refresh", "0")
    assert again.returncode == 4, again.stdout + again.stderr[-3000:]
    assert "3 article pages read, none kept (extraction failed 3)" in why(again)


def test_stored_pages_gone_do_not_hide_a_new_article_that_was_dropped(site, tmp_path):
    """Without a profile: the stored articles are no article now (not counted among the article
    pages read) and the one new article page gives an article the pipeline drops (shorter than a
    minimum set for the re-crawl). Nothing was kept of what was new: exit 4, as without the stored
    pages (review R15)."""
    target = f"http://127.0.0.1:{site.server_address[1]}/"
    assert crawl(target, tmp_path / "f.db").returncode == 0
    site.mode = "gone_new_short"
    again = crawl(target, tmp_path / "f.db", "--refresh", "0", "-s", "FANWEN_VALIDATE_MIN_CHARS=2000")
    assert again.returncode == 4, again.stdout + again.stderr[-3000:]
    assert "1 article pages read, none kept (dropped 1)" in why(again)


def test_a_limit_reached_before_any_article_says_so(site, tmp_path):
    result = crawl(f"http://127.0.0.1:{site.server_address[1]}/", tmp_path / "f.db", "--max-pages", "1")
    assert "--max-pages 1 was reached before any article page" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("stats", "words"),
    [
        ({"fanwen/faults/dns": 1, "fanwen/faults/total": 1}, "dns 1"),
        ({"fanwen/faults/timeout": 2, "fanwen/faults/http_503": 1, "fanwen/faults/total": 3}, "timeout 2"),
        ({"fanwen/spider/article_failed": 5, "fanwen/spider/pages": 6}, "5 article pages read"),
    ],
)
def test_each_way_of_storing_nothing_has_its_line(stats, words):
    line = outcome_line("mysite", {"finish_reason": "finished", **stats})
    assert line is not None and words in line and "mysite" in line


def test_two_targets_into_one_sqlite_file_store_every_article(tmp_path):
    """`fanwen crawl A B` ran both crawls at once in one thread on one SQLite file: a crawl waiting
    for the write lock the other's open batch held blocked the thread that would commit it, for
    the 30 s busy timeout, and then failed: articles dropped ('database is locked'), exit 0, and
    minutes for eight pages. They now run one after the other on SQLite."""
    with ExitStack() as stack:
        servers = [stack.enter_context(serving(Server(("127.0.0.1", 0), Site))) for _ in range(3)]
        urls = [f"http://127.0.0.1:{server.server_address[1]}/" for server in servers]
        result = crawl(urls[0], tmp_path / "f.db", *urls[1:])
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "6 new" in result.stdout and "0 dropped" in result.stdout, result.stdout
    assert "locked" not in result.stderr
    with sqlite3.connect(tmp_path / "f.db") as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (6,)
        runs = connection.execute("SELECT status, errors, started, finished FROM crawl_runs").fetchall()
    assert [run[:2] for run in runs] == [("finished", 0)] * 3
    # No run waited for SQLite's 30 s busy timeout. Each run's own length, not the three's sum:
    # on a loaded machine three short crawls one after the other took 38 s without any wait.
    seconds = [
        (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
        for *_, start, end in runs
    ]
    assert max(seconds) < 30, seconds
