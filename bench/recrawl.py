"""Benchmark: incremental re-crawls and kill-then-resume on the demo site scaled up.

    .venv/bin/python bench/recrawl.py --articles 2000

1. first crawl into a fresh database (timed);
2. unchanged re-crawl with the default refresh interval (stored articles not due: only listing
   pages are fetched) - timed, and the articles table must be byte-for-byte unchanged;
3. unchanged re-crawl with ``--refresh 0`` (every stored article asked for conditionally, each
   answered 304) - timed; only ``last_seen`` may move, no revision may appear;
4. a crawl killed with SIGKILL once ``--kill-at`` articles are stored, then run again: the
   database must pass integrity_check and end with exactly the articles of step 1 (URL, content
   hash, pages, sections).

Every crawl is a real ``fanwen crawl`` subprocess against the demo server on 127.0.0.1.
Targets (issue 5): step 2 at most 20% of step 1's time with no article row written; step 4
identical to step 1. Results go to stdout (``--json`` for a machine-readable line).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fanwen.demo import build_site, serve

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
}


def command(db: Path, base: str, *extra: str) -> list[str]:
    args = [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", str(db), "-L", "WARNING"]
    for name, value in SETTINGS.items():
        args += ["-s", f"{name}={value}"]
    return [*args, *extra]


def timed_crawl(db: Path, base: str, *extra: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(command(db, base, *extra), cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"crawl failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return seconds


def digest(db: Path, with_last_seen: bool) -> str:
    """A hash of every stored article (and its sections), optionally ignoring last_seen."""
    columns = "url, title, content_hash, text, pages, etag, last_modified, first_seen, updated_at"
    if with_last_seen:
        columns += ", last_seen"
    connection = sqlite3.connect(db)
    try:
        h = hashlib.sha256()
        for row in connection.execute(f"SELECT id, {columns} FROM articles ORDER BY id"):
            h.update(repr(row).encode())
        for row in connection.execute(
            "SELECT id, article_id, position, kind, heading, text FROM sections ORDER BY id"
        ):
            h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        connection.close()


def content(db: Path) -> set[tuple]:
    """What the articles say, independent of ids and times: (url, hash, pages, sections)."""
    connection = sqlite3.connect(db)
    try:
        sections: dict[int, list] = {}
        for article_id, kind, level, heading, text in connection.execute(
            "SELECT article_id, kind, level, heading, text FROM sections ORDER BY article_id, position"
        ):
            sections.setdefault(article_id, []).append((kind, level, heading, text))
        return {
            (url, content_hash, pages, tuple(sections.get(article_id, ())))
            for article_id, url, content_hash, pages in connection.execute(
                "SELECT id, url, content_hash, pages FROM articles"
            )
        }
    finally:
        connection.close()


def scalar(db: Path, sql: str) -> int:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def kill_and_resume(db: Path, base: str, kill_at: int) -> dict:
    process = subprocess.Popen(
        command(db, base), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while True:
        try:
            stored = scalar(db, "SELECT count(*) FROM articles")
        except sqlite3.Error:
            stored = 0
        if stored >= kill_at or process.poll() is not None:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    at_kill = scalar(db, "SELECT count(*) FROM articles")
    integrity_after_kill = scalar(db, "PRAGMA integrity_check")
    seconds = timed_crawl(db, base)
    return {
        "articles_at_kill": at_kill,
        "integrity_after_kill": integrity_after_kill,
        "resume_seconds": round(seconds, 2),
        "integrity_after_resume": scalar(db, "PRAGMA integrity_check"),
        "runs": [
            tuple(row)
            for row in sqlite3.connect(db)
            .execute("SELECT status, articles_new FROM crawl_runs ORDER BY id")
            .fetchall()
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000, help="articles on the demo site (default 2000)")
    parser.add_argument(
        "--kill-at", type=int, default=None, help="SIGKILL once this many are stored (default 40%%)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()

    base_count = len(build_site().articles)
    site = build_site(extra_articles=max(0, args.articles - base_count))
    kill_at = args.kill_at or int(len(site.articles) * 0.4)
    results: dict = {"articles": len(site.articles)}
    with tempfile.TemporaryDirectory() as tmp, serve(site) as base:
        first_db, killed_db = Path(tmp) / "first.db", Path(tmp) / "killed.db"
        first = timed_crawl(first_db, base)
        stored = scalar(first_db, "SELECT count(*) FROM articles")
        before = digest(first_db, with_last_seen=True)
        recrawl = timed_crawl(first_db, base)
        untouched = digest(first_db, with_last_seen=True) == before
        before_conditional = digest(first_db, with_last_seen=False)
        conditional = timed_crawl(first_db, base, "--refresh", "0")
        only_last_seen = digest(first_db, with_last_seen=False) == before_conditional
        results.update(
            {
                "stored": stored,
                "first_seconds": round(first, 2),
                "recrawl_seconds": round(recrawl, 2),
                "recrawl_share": round(recrawl / first, 3),
                "recrawl_rows_untouched": untouched,
                "conditional_seconds": round(conditional, 2),
                "conditional_share": round(conditional / first, 3),
                "conditional_only_last_seen_moved": only_last_seen,
                "revisions": scalar(first_db, "SELECT count(*) FROM article_revisions"),
            }
        )
        results.update(kill_and_resume(killed_db, base, kill_at))
        results["resumed_equals_uninterrupted"] = content(killed_db) == content(first_db)
        results["resumed_articles"] = scalar(killed_db, "SELECT count(*) FROM articles")
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    for key, value in results.items():
        print(f"{key:34} {value}")


if __name__ == "__main__":
    main()
