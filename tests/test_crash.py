"""Crash safety: a real ``fanwen crawl`` killed mid-crawl (SIGKILL, SIGTERM), then run again.

The database must pass ``PRAGMA integrity_check``, hold no half-written article, and the next
run must end with every article exactly once.
"""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import ended, stored_count

from fanwen.db import make_engine, migrate
from fanwen.demo import build_site
from fanwen.demo.server import DemoHandler
from fanwen.demo.site import DemoSite
from fanwen.spiders.reader import worker_count

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
SETTINGS = [
    "-L", "WARNING",
    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
    "-s", "FANWEN_STORE_BATCH_SIZE=5",
    # See test_incremental.py: learned boilerplate writes through a second connection.
]  # fmt: skip


class SlowHandler(DemoHandler):
    """Article pages take a little while, so that a crawl can be caught in the middle."""

    def do_GET(self) -> None:
        if self.path.endswith(".html") and "list_" not in self.path:
            time.sleep(0.02)
        super().do_GET()


@pytest.fixture(scope="module")
def site() -> DemoSite:
    return build_site(extra_articles=60)


@pytest.fixture(scope="module")
def base(site):
    handler = type("Handler", (SlowHandler,), {"site": site})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def command(db: Path, base: str) -> list[str]:
    return [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", str(db), *SETTINGS]


def start_and_wait(db: Path, base: str, articles: int) -> subprocess.Popen[str]:
    """Start a crawl and return once it has committed at least ``articles`` articles."""
    process = subprocess.Popen(
        command(db, base), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while stored_count(db) < articles:
        assert process.poll() is None, f"the crawl ended before it could be killed: {process.communicate()}"
        assert time.monotonic() < deadline, "the crawl stored nothing"
        time.sleep(0.05)
    return process


def children(pid: int) -> list[int]:
    return [
        int(c)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for c in (task / "children").read_text().split()
    ]


def check_database(db: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    half_written = connection.execute(
        "SELECT url FROM articles WHERE NOT EXISTS (SELECT 1 FROM sections WHERE article_id = articles.id)"
    ).fetchall()
    assert half_written == []
    return connection


def test_sigkill_mid_crawl_then_the_next_run_completes_the_work(site, base, tmp_path):
    db = tmp_path / "killed.db"
    process = start_and_wait(db, base, 15)
    readers = children(process.pid)
    assert len(readers) == worker_count("auto")  # the crawl's page readers (FANWEN_WORKERS)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert ended(readers), "a page reader outlived the killed crawl"

    connection = check_database(db)
    killed_with = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 15 <= killed_with < len(site.articles)
    assert connection.execute("SELECT status FROM crawl_runs").fetchall() == [("running",)]
    connection.close()

    result = subprocess.run(command(db, base), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    connection = check_database(db)
    runs = connection.execute("SELECT status, articles_new FROM crawl_runs ORDER BY id").fetchall()
    assert [status for status, _ in runs] == ["interrupted", "finished"]
    urls = [url for (url,) in connection.execute("SELECT url FROM articles")]
    assert sorted(url.removeprefix(base) for url in urls) == sorted(a.path for a in site.articles)
    assert runs[1][1] == len(site.articles) - killed_with  # nothing fetched twice as new
    connection.close()


def test_sigterm_ends_the_run_cleanly_as_interrupted(site, base, tmp_path):
    db = tmp_path / "stopped.db"
    process = start_and_wait(db, base, 10)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 3, stderr[-3000:]
    connection = check_database(db)
    status, finished = connection.execute("SELECT status, finished FROM crawl_runs").fetchone()
    assert (status, finished is not None) == ("interrupted", True)
    connection.close()


# `fanwen ARGS...` whose SQLite files may hold at most LIMIT pages (PRAGMA max_page_count, on
# every connection): SQLITE_FULL after that, as on a full disk.
_ON_A_FULL_DISK = """
import sys
from sqlalchemy import Engine, event
from fanwen.cli import main
@event.listens_for(Engine, "connect")
def limit_pages(dbapi_connection, record):
    dbapi_connection.execute("PRAGMA max_page_count = " + sys.argv[1])
main(sys.argv[2:], prog_name="fanwen")
"""


def page_count(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()


def crawl_on_a_full_disk(db: Path, base: str, pages: int) -> subprocess.CompletedProcess[str]:
    arguments = command(db, base)[1:]
    return subprocess.run(
        [sys.executable, "-c", _ON_A_FULL_DISK, str(pages), *arguments],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_a_full_disk_fails_the_run_with_one_line_and_true_counts_then_the_crawl_resumes(site, base, tmp_path):
    db = tmp_path / "full.db"
    engine = make_engine(str(db))
    migrate(engine)
    engine.dispose()
    empty = page_count(db)

    result = crawl_on_a_full_disk(db, base, empty + 60)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if "disk full" in line]) == 1, result.stderr[
        -3000:
    ]
    connection = check_database(db)
    stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < len(site.articles)
    status, new = connection.execute("SELECT status, articles_new FROM crawl_runs").fetchone()
    assert (status, new) == ("failed", stored)
    assert f": {stored} new, " in result.stdout
    # The summary counts what was committed (the sections of the batch rolled back and of the
    # articles refused after it were counted as stored) and says what was not saved.
    sections = connection.execute("SELECT count(*) FROM sections").fetchone()[0]
    removed = connection.execute("SELECT count(*) FROM removed_fragments").fetchone()[0]
    assert f"; {sections} sections; {removed} fragments removed; 0 dropped; " in result.stdout, result.stdout
    assert re.search(r"^Not saved: [1-9]\d* articles read \(disk full\); the next crawl fetches them again\.$",
                     result.stdout, re.M), result.stdout  # fmt: skip
    assert "free some space and crawl again" in result.stderr
    assert f"{stored} articles committed before it are kept" in result.stderr
    connection.close()

    again = crawl_on_a_full_disk(db, base, page_count(db))  # still full: not one more page
    assert again.returncode == 1, again.stderr[-3000:]
    assert "Traceback" not in again.stderr and "disk full" in again.stderr
    assert ": 0 new, " in again.stdout
    connection = check_database(db)
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == stored
    connection.close()

    freed = subprocess.run(command(db, base), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert freed.returncode == 0, freed.stderr[-3000:]
    connection = check_database(db)
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == len(site.articles)
    connection.close()
