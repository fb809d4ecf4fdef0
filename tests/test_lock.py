"""Two runs on one database never overlap: the second waits (--wait) or exits with code 75."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from fanwen.db.lock import RunLock, lock_path
from fanwen.demo import build_site
from fanwen.demo.server import DemoHandler

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
SETTINGS = ["-L", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]


class SlowHandler(DemoHandler):
    def do_GET(self) -> None:
        if self.path.endswith(".html"):
            time.sleep(0.05)
        super().do_GET()


@pytest.fixture(scope="module")
def base():
    handler = type("Handler", (SlowHandler,), {"site": build_site()})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fanwen_crawl(db: Path, base: str, *args: str) -> list[str]:
    return [
        str(BIN / "fanwen"),
        "crawl",
        "demo",
        "--start-url",
        f"{base}/",
        "--db",
        str(db),
        *SETTINGS,
        *args,
    ]


def runs(db: Path) -> list[tuple[int, str]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT id, status FROM crawl_runs ORDER BY id").fetchall()
    finally:
        connection.close()


def test_the_lock_is_reentrant_in_a_process_and_exclusive_across_processes(tmp_path):
    db = str(tmp_path / "x.db")
    assert lock_path(db) == tmp_path / "x.db.lock"
    with RunLock(db) as outer:
        inner = RunLock(db)
        assert inner.acquire() is False  # re-entered: the store pipeline inside `fanwen crawl`
        inner.release()
        probe = (
            "import sys; from fanwen.db.lock import RunLock, DatabaseLocked\n"
            "try:\n    RunLock(sys.argv[1]).acquire()\nexcept DatabaseLocked as e:\n    print(e); sys.exit(9)"
        )
        result = subprocess.run([sys.executable, "-c", probe, db], capture_output=True, text=True)
        assert result.returncode == 9 and "another fanwen crawl" in result.stdout
        assert outer.path.exists()
    assert subprocess.run([sys.executable, "-c", probe, db]).returncode == 0  # released: free again


class GatedHandler(DemoHandler):
    """Article pages wait for ``gate``: the first crawl cannot end before the test lets it."""

    gate = threading.Event()
    reached = threading.Event()

    def do_GET(self) -> None:
        if self.path.endswith(".html"):
            self.reached.set()
            self.gate.wait(timeout=120)  # never forever, whatever the test does
        super().do_GET()


@pytest.fixture
def gated():
    handler = type(
        "Handler",
        (GatedHandler,),
        {"site": build_site(), "gate": threading.Event(), "reached": threading.Event()},
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    handler.gate.set()
    httpd.shutdown()
    httpd.server_close()


def test_a_second_crawl_exits_75_while_the_first_runs(gated, tmp_path):
    base, handler = gated
    db = tmp_path / "busy.db"
    first = subprocess.Popen(
        fanwen_crawl(db, base), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # The first crawl holds the lock and is fetching an article page it gets only at the gate.
        assert handler.reached.wait(timeout=60), first.poll()
        assert first.poll() is None and _running(db)
        second = subprocess.run(fanwen_crawl(db, base), cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        handler.gate.set()
    out, err = first.communicate(timeout=120)
    assert second.returncode == 75, second.stderr[-2000:]
    assert "another fanwen crawl" in second.stderr and "try again later" in second.stderr
    assert first.returncode == 0, err[-3000:]
    assert runs(db) == [(1, "finished")]  # the second run never started


def test_a_crawl_with_wait_runs_once_the_lock_is_free(base, tmp_path):
    db = tmp_path / "wait.db"
    with RunLock(str(db)):
        waiting = subprocess.Popen(
            fanwen_crawl(db, base, "--wait", "120"),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.5)  # not an assertion: the crawl may or may not be waiting yet, both are fine
    _, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err[-3000:]
    assert runs(db) == [(1, "finished")]


def test_scrapy_crawl_closes_with_database_locked(base, tmp_path):
    db = tmp_path / "scrapy.db"
    command = [str(BIN / "scrapy"), "crawl", "articles", "-a", "target=demo", "-a", f"start_url={base}/"]
    with RunLock(str(db)):
        result = subprocess.run(
            [*command, "-s", f"FANWEN_DB={db}", "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    assert "another fanwen crawl" in result.stderr
    assert "'finish_reason': 'database_locked'" in result.stderr
    assert not db.exists() or runs(db) == []


def _running(db: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return (
                connection.execute("SELECT count(*) FROM crawl_runs WHERE status = 'running'").fetchone()[0]
                > 0
            )
        finally:
            connection.close()
    except sqlite3.Error:
        return False
