"""Incremental crawls against the demo site on a local server whose content changes between runs.

One scenario, one crawl (a real ``fanwen crawl`` subprocess) per step; the tests check each
step's result: first crawl, unchanged re-crawl answered by 304s, a changed page (one revision),
a new article on page 1 of a listing (found without walking the rest of the listing), and
reading while a crawl writes.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from datetime import date, datetime
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from fanwen.cli import main
from fanwen.demo import build_site
from fanwen.demo.server import DemoHandler
from fanwen.demo.site import DemoSite

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
# Learned boilerplate is off: its pipeline writes through a second connection, which waits for
# the store's open batch (one writer per SQLite file), stalling crawls of more than ~50 articles.
FAST = ["-L", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]
EDITED = "/pinglun/1002.html"
EXTRA = 30  # listings four pages deep, so stopping early shows


class RecordingHandler(DemoHandler):
    """The demo handler, remembering every path asked for; ``site`` can be swapped between runs."""

    paths: list[str]

    def do_GET(self) -> None:
        self.paths.append(self.path)
        super().do_GET()


class Server:
    def __init__(self, site: DemoSite) -> None:
        self.handler = type("Handler", (RecordingHandler,), {"site": site, "paths": []})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self.handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def serve(self, site: DemoSite) -> None:
        self.handler.site = site

    def take_paths(self) -> list[str]:
        paths, self.handler.paths = self.handler.paths, []
        return paths

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def crawl(db: Path, base: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", str(db), *FAST, *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def last_run(db: Path) -> dict:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        row = dict(connection.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone())
    finally:
        connection.close()
    row["stats"] = json.loads(row.pop("stats_json") or "{}")
    return row


def snapshot(db: Path) -> dict:
    """Everything about the stored articles except last_seen (which an unchanged visit moves)."""
    connection = sqlite3.connect(db)
    try:
        articles = connection.execute(
            "SELECT id, url, title, content_hash, text, pages, etag, last_modified, updated_at FROM articles ORDER BY id"
        ).fetchall()
        sections = connection.execute(
            "SELECT id, article_id, position, text FROM sections ORDER BY id"
        ).fetchall()
        revisions = connection.execute("SELECT count(*) FROM article_revisions").fetchone()[0]
    finally:
        connection.close()
    return {"articles": articles, "sections": sections, "revisions": revisions}


def with_new_article(edit: tuple[str, str, str]) -> tuple[DemoSite, str]:
    """The demo site plus one article, published after every other one (top of its listing)."""
    site = build_site(extra_articles=EXTRA + 1)
    new = max(site.articles, key=lambda a: a.id)
    newest: date | datetime = (
        datetime(2025, 1, 2, 9, 30) if isinstance(new.published, datetime) else date(2025, 1, 2)
    )
    site.update_article(new.path, published=newest)
    site.edit_text(*edit)
    return site, new.path


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    db = tmp_path_factory.mktemp("incremental") / "fanwen.db"
    site = build_site(extra_articles=EXTRA)
    server = Server(site)
    steps: dict[str, dict] = {}
    try:
        first = crawl(db, server.base)
        assert first.returncode == 0, first.stderr[-3000:]
        steps["first"] = {"run": last_run(db), "snapshot": snapshot(db), "paths": server.take_paths()}

        again = crawl(db, server.base, "--refresh", "0")
        assert again.returncode == 0, again.stderr[-3000:]
        steps["unchanged"] = {"run": last_run(db), "snapshot": snapshot(db), "paths": server.take_paths()}

        edit = (EDITED, "。", "！")
        site.edit_text(*edit)
        changed = crawl(db, server.base, "--refresh", "0")
        assert changed.returncode == 0, changed.stderr[-3000:]
        steps["changed"] = {"run": last_run(db), "snapshot": snapshot(db), "paths": server.take_paths()}

        grown, new_path = with_new_article(edit)
        server.serve(grown)
        new = crawl(db, server.base)  # default refresh: nothing stored is due
        assert new.returncode == 0, new.stderr[-3000:]
        steps["new"] = {
            "run": last_run(db),
            "snapshot": snapshot(db),
            "paths": server.take_paths(),
            "new_path": new_path,
            "site": grown,
        }
    finally:
        server.close()
    return {"db": db, "site": site, "steps": steps}


def test_first_crawl_stores_every_article_with_its_validators(scenario):
    run = scenario["steps"]["first"]["run"]
    site = scenario["site"]
    assert (run["status"], run["articles_new"], run["errors"]) == ("finished", len(site.articles), 0)
    articles = scenario["steps"]["first"]["snapshot"]["articles"]
    assert len(articles) == len(site.articles)
    assert all(etag and last_modified for *_, etag, last_modified, _ in articles)


def test_unchanged_recrawl_is_answered_by_304_and_writes_nothing(scenario):
    steps = scenario["steps"]
    run = steps["unchanged"]["run"]
    count = len(scenario["site"].articles)
    assert run["stats"]["fanwen/incremental/not_modified"] == count
    assert run["stats"]["fanwen/incremental/refreshed"] == count
    assert (run["articles_new"], run["articles_changed"], run["articles_unchanged"]) == (0, 0, count)
    assert "fanwen/spider/articles" not in run["stats"]  # no article page was parsed
    assert steps["unchanged"]["snapshot"] == steps["first"]["snapshot"]


def test_a_changed_page_makes_one_revision(scenario):
    steps = scenario["steps"]
    run = steps["changed"]["run"]
    assert (run["articles_new"], run["articles_changed"]) == (0, 1)
    assert run["stats"]["fanwen/incremental/not_modified"] == len(scenario["site"].articles) - 1
    assert steps["changed"]["snapshot"]["revisions"] == 1
    before = {row[1]: row for row in steps["unchanged"]["snapshot"]["articles"]}
    after = {row[1]: row for row in steps["changed"]["snapshot"]["articles"]}
    differing = [url for url in after if after[url] != before[url]]
    assert len(differing) == 1 and differing[0].endswith(EDITED)
    assert "！" in after[differing[0]][4]


def test_a_new_article_on_page_one_is_found_without_walking_the_listing(scenario):
    step = scenario["steps"]["new"]
    run, paths, new_path = step["run"], step["paths"], step["new_path"]
    assert (run["articles_new"], run["articles_changed"]) == (1, 0)
    assert any(url.endswith(new_path) for _, url, *_ in step["snapshot"]["articles"])
    # Stored articles are not due (default refresh): the only article page asked for is the new one.
    article_pages = [
        p for p in paths if p.rstrip("/").count("/") == 2 and "list_" not in p and p.endswith(".html")
    ]
    assert article_pages == [new_path]
    # Page 1 of the new article's listing had something new, so its page 2 was read, and
    # showed nothing new: no listing went further, the other listings stopped at page 1.
    channel = new_path.split("/")[1]
    assert [p for p in paths if "list_" in p] == [f"/{channel}/list_2.html"]
    assert run["stats"]["fanwen/incremental/paging_stopped"] >= 1
    assert run["stats"]["fanwen/incremental/fresh_skipped"] >= 1
    assert step["snapshot"]["revisions"] == 1


def test_every_listing_is_walked_again_after_an_incomplete_run(tmp_path):
    """A run stopped by a limit leaves the next one walking every listing page."""
    db = tmp_path / "limited.db"
    site = build_site()
    server = Server(site)
    try:
        limited = crawl(db, server.base, "--max-pages", "8")
        assert limited.returncode == 0, limited.stderr[-3000:]
        server.take_paths()
        rest = crawl(db, server.base)
        assert rest.returncode == 0, rest.stderr[-3000:]
        paths = server.take_paths()
    finally:
        server.close()
    run = last_run(db)
    assert run["stats"]["fanwen/incremental/full_walk"] == 1
    assert [p for p in paths if "list_" in p]
    connection = sqlite3.connect(db)
    (stored,) = connection.execute("SELECT count(*) FROM articles").fetchone()
    connection.close()
    assert stored == len(site.articles)


def test_search_is_not_blocked_while_a_crawl_writes(scenario):
    db = scenario["db"]
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # the store's batch transaction holds the write lock
        writer.execute("UPDATE articles SET title = title || '' WHERE id = 1")
        result = CliRunner().invoke(main, ["search", "区域协调", "--db", str(db)])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.exit_code == 0, result.output
    assert "区域协调" in result.output
