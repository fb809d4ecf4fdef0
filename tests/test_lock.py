"""Two runs on one database never overlap: the second waits (--wait) or exits with code 75."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import stored_count

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


@contextmanager
def serving(handler: type[DemoHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1; yields the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def base():
    with serving(type("Handler", (SlowHandler,), {"site": build_site()})) as url:
        yield url


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
    with serving(handler) as url:
        try:
            yield url, handler
        finally:
            handler.gate.set()


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


@pytest.fixture
def foreign_writer(tmp_path):
    """A migrated database whose write lock another program holds (an open ``BEGIN IMMEDIATE``
    of a sqlite3 shell, a backup script): no run lock, so fanwen's own lock cannot see it."""
    from fanwen.db import make_engine, migrate

    db = tmp_path / "held.db"
    engine = make_engine(str(db))
    migrate(engine)
    engine.dispose()
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE their_notes (line TEXT)")
    other.execute("INSERT INTO their_notes VALUES ('半句话')")
    yield db, other
    other.close()


@pytest.mark.parametrize(
    "command", [["crawl", "http://127.0.0.1:9/", "-L", "WARNING"], ["demo", "--port", "0"]]
)
def test_another_programs_write_lock_is_exit_75_at_once_and_loses_nothing(foreign_writer, command):
    """Another program's write lock is, like another crawl, a database to try again later:
    one line and exit 75 after a short wait (it waited the 30 s busy timeout, then exit 1)."""
    from click.testing import CliRunner

    from fanwen.cli import main

    db, other = foreign_writer
    started = time.monotonic()
    result = CliRunner().invoke(main, [*command, "--db", str(db)])
    took = time.monotonic() - started
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 75, result.output
    assert len(lines) == 1 and "another program" in lines[0] and "try again later" in lines[0], lines
    assert took < 15, took
    other.execute("COMMIT")  # the other program's transaction was left whole
    assert sqlite3.connect(db).execute("SELECT line FROM their_notes").fetchall() == [("半句话",)]
    assert runs(db) == []


def test_a_write_lock_held_a_moment_is_waited_for(foreign_writer, tmp_path):
    """A write held for a moment (another program's short transaction) is no reason to stop."""
    from click.testing import CliRunner

    from fanwen.cli import main

    db, other = foreign_writer
    threading.Timer(1.0, other.execute, ["COMMIT"]).start()
    result = CliRunner().invoke(main, ["crawl", "http://127.0.0.1:9/", "-L", "WARNING", "--db", str(db)])
    assert result.exit_code == 1 and "no page could be fetched" in result.output, result.output
    assert runs(db) == [(1, "failed")]


def test_reprocess_meeting_another_programs_write_lock_is_exit_75_in_one_line(foreign_writer, monkeypatch):
    """fanwen reprocess's last write (its checkpoint's removal) under another program's write
    lock: an OperationalError traceback after the busy timeout; a store write: exit 1. Both
    are the database being another's for now: one line, exit 75 (its --help says so)."""
    from click.testing import CliRunner

    import fanwen.db.engine
    from fanwen.cli import main

    monkeypatch.setattr(fanwen.db.engine, "BUSY_TIMEOUT", 0.5)  # the test need not wait 30 s
    db, other = foreign_writer
    result = CliRunner().invoke(main, ["reprocess", "--db", str(db), "--workers", "0"])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 75, (result.output, result.exception)
    assert len(lines) == 1 and "another program" in lines[0] and "try again later" in lines[0], lines


# `fanwen ARGS...` whose busy timeout is SECONDS: monkeypatch.setattr(fanwen.db.engine,
# "BUSY_TIMEOUT", SECONDS) in the crawl's own process (Scrapy's reactor runs once per process,
# so a crawl the test runs twice cannot run inside pytest's).
_WITH_BUSY_TIMEOUT = """
import sys
import fanwen.db.engine
fanwen.db.engine.BUSY_TIMEOUT = float(sys.argv[1])
from fanwen.cli import main
main(sys.argv[2:], prog_name="fanwen")
"""
HELD_AFTER = 12  # article pages the crawl gets before the other program takes the write lock


class HeldAfterHandler(DemoHandler):
    """Article pages after the first HELD_AFTER wait until the other program holds the write
    lock (``held``): it takes it in the middle of the crawl, whatever the machine's pace."""

    held = threading.Event()
    served = 0
    counting = threading.Lock()

    def do_GET(self) -> None:
        if self.path.endswith(".html") and "list_" not in self.path:
            with self.counting:
                type(self).served += 1
                after = type(self).served > HELD_AFTER
            if after:
                self.held.wait(timeout=60)  # never forever, whatever the test does
        super().do_GET()


@pytest.fixture
def held_after():
    handler = type(
        "Handler", (HeldAfterHandler,), {"site": build_site(), "held": threading.Event(), "served": 0}
    )
    with serving(handler) as url:
        try:
            yield url, handler
        finally:
            handler.held.set()


class Output:
    """A process's stdout and stderr read as they come; ``said`` is set once a line of stderr
    holds ``words``."""

    def __init__(self, process: subprocess.Popen[str], words: str) -> None:
        self.said = threading.Event()
        self.out: list[str] = []
        self.err: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(process.stdout, self.out, None), daemon=True),
            threading.Thread(target=self._read, args=(process.stderr, self.err, words), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self, stream: Any, into: list[str], words: str | None) -> None:
        for line in stream:
            into.append(line)
            if words is not None and words in line:
                self.said.set()

    def text(self) -> tuple[str, str]:
        """Everything the process said, once it has ended: (stdout, stderr)."""
        for reader in self._readers:
            reader.join(timeout=30)
        return "".join(self.out), "".join(self.err)


@pytest.mark.parametrize("released", [True, False], ids=["released-at-close", "held-past-the-end"])
def test_another_programs_write_lock_mid_crawl_stops_it_as_75_keeping_what_was_committed(
    held_after, tmp_path, released
):
    """Another program takes the write lock in the middle of a crawl and holds it past the busy
    timeout: the crawl went on, every later article waiting the timeout and dropped, the
    rolled-back ones counted as stored, a later batch kept once the lock was gone, exit 0. Now
    it stops at the first write refused, like on a full disk: one line, exit 75, the summary
    and the run count what was committed, and the next crawl stores the rest. The run is
    recorded `interrupted` when the lock is gone by the time the crawl closes; else the next
    run marks it so (as a killed run's)."""
    base, handler = held_after
    db = tmp_path / "shared.db"
    crawl = [sys.executable, "-c", _WITH_BUSY_TIMEOUT, "0.5", *fanwen_crawl(db, base)[1:]]
    crawl += ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "FANWEN_STORE_BATCH_SIZE=5"]
    crawl += ["-s", "FANWEN_STORE_BATCH_SECONDS=1"]
    process = subprocess.Popen(crawl, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    output = Output(process, "write lock")
    other: sqlite3.Connection | None = None
    try:
        deadline = time.monotonic() + 60
        while stored_count(db) < 5:  # a batch committed: the crawl is in the middle of its articles
            assert process.poll() is None, output.text()
            assert time.monotonic() < deadline, "the crawl committed nothing"
            time.sleep(0.05)
        other = sqlite3.connect(db, timeout=60, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # waits for the crawl's open batch, then holds the lock
        other.execute("CREATE TABLE their_notes (line TEXT)")
        other.execute("INSERT INTO their_notes VALUES ('半句话')")
        committed = stored_count(db)
        handler.held.set()
        if released:
            assert output.said.wait(timeout=120), "the crawl said nothing of the lock"
            other.execute("COMMIT")  # gone before the crawl records its run
        process.wait(timeout=120)
    finally:
        handler.held.set()
        if process.poll() is None:
            process.kill()
    out, err = output.text()
    assert other is not None
    if not released:
        other.execute("COMMIT")
    other.close()

    assert process.returncode == 75, err[-3000:]
    assert "Traceback" not in err
    locked_lines = [line for line in err.splitlines() if "write lock" in line]
    assert len(locked_lines) == 1, err[-3000:]
    assert (
        "another program (not a fanwen crawl) holds the database's write lock; stopping the crawl; "
        f"{committed} articles committed before it are kept; run it again later"
    ) in locked_lines[0]
    assert "not stored" not in err and "cannot commit" not in err
    assert stored_count(db) == committed  # nothing written after the other program's lock
    assert f": {committed} new, " in out  # the summary counts what was committed
    assert re.search(r"^Not saved: [1-9]\d* articles? read \(database locked\); ", out, re.M), out
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT line FROM their_notes").fetchall() == [("半句话",)]
    run = connection.execute("SELECT status, articles_new, finished IS NOT NULL FROM crawl_runs").fetchall()
    assert run == ([("interrupted", committed, 1)] if released else [("running", 0, 0)])
    connection.close()

    again = subprocess.run(crawl, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    connection = sqlite3.connect(db)
    articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles == len(build_site().articles)  # the rest, the rolled-back one among them
    runs_now = connection.execute(
        "SELECT status, articles_new, stats_json FROM crawl_runs ORDER BY id"
    ).fetchall()
    connection.close()
    assert [status for status, _, _ in runs_now] == ["interrupted", "finished"]
    assert runs_now[1][1] == articles - committed  # nothing fetched twice as new
    abandoned = json.loads(runs_now[1][2]).get("fanwen/store/abandoned_runs")
    assert abandoned == (None if released else 1)
