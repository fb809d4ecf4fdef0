"""The demo crawl into PostgreSQL gives what the same crawl gives into SQLite, article for
article; search answers the same on both; scheduled runs on one PostgreSQL database never overlap."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fanwen.db import make_engine, search
from fanwen.db.queries import Filters
from fanwen.db.tables import articles_table, removed_table, sections_table, sites_table
from fanwen.demo import build_site, serve
from fanwen.demo.server import DemoHandler

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
FAST = ["-L", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]
# One and two characters, longer substrings, several terms, an exclusion, a Latin word.
QUERIES = (
    "区",
    "的",
    "人才",
    "区域",
    "协调发展",
    "工作 总结",
    "学习 -心得",
    "社区",
    "高考作文",
    "5G",
    "年度",
)


def crawl(db: str, base: str, *args: str) -> list[str]:
    return [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", db, *FAST, *args]


@pytest.fixture(scope="module")
def crawled(postgres_databases, tmp_path_factory):
    sqlite_db = str(tmp_path_factory.mktemp("pg") / "demo.db")
    postgres = postgres_databases.create()
    with serve(build_site()) as base:
        for db in (sqlite_db, postgres):
            result = subprocess.run(crawl(db, base), cwd=ROOT, capture_output=True, text=True, timeout=300)
            assert result.returncode == 0, result.stderr[-3000:]
    engines = make_engine(sqlite_db), make_engine(postgres)
    yield engines
    for engine in engines:
        engine.dispose()
    postgres_databases.drop(postgres)


def archive(engine) -> dict[str, dict]:
    """Every stored article by URL, with its sections and removed fragments, ids left out
    (typed by the table definitions, so both backends give the same Python values)."""
    a, sites = articles_table, sites_table
    # template_seen is how the page was read (before or after the site's template settled: the
    # order pages arrived in), not what it gives; template_key, the template it is read by now, stays.
    left_out = ("id", "site_id", "first_seen", "last_seen", "updated_at", "template_seen")
    columns = [c for c in a.c if c.name not in left_out]
    out = {}
    with engine.connect() as connection:
        for row in connection.execute(select(a.c.id, sites.c.name, *columns).join(sites)).mappings():
            sections = connection.execute(
                select(*(sections_table.c[n] for n in ("position", "kind", "level", "heading", "text")))
                .where(sections_table.c.article_id == row["id"])
                .order_by(sections_table.c.position)
            ).all()
            removed = connection.execute(
                select(*(removed_table.c[n] for n in ("position", "rule", "text")))
                .where(removed_table.c.article_id == row["id"])
                .order_by(removed_table.c.position)
            ).all()
            article = {k: v for k, v in row.items() if k != "id"}
            out[row["url"]] = {
                **article,
                "sections": [tuple(x) for x in sections],
                "removed": [tuple(x) for x in removed],
            }
    return out


def test_the_postgresql_crawl_matches_the_sqlite_crawl_article_for_article(crawled):
    lite, pg = (archive(engine) for engine in crawled)
    assert len(lite) == 33
    assert sorted(pg) == sorted(lite)
    for url, article in lite.items():
        assert pg[url] == article, url
    counts = "SELECT site, block_hash, count FROM boilerplate_blocks ORDER BY site, block_hash"
    runs = "SELECT status, articles_new, articles_changed, articles_unchanged, articles_dropped, errors FROM crawl_runs"
    with crawled[0].connect() as a, crawled[1].connect() as b:
        assert b.execute(text(counts)).all() == a.execute(text(counts)).all()
        assert b.execute(text(runs)).all() == a.execute(text(runs)).all() == [("finished", 33, 0, 0, 0, 0)]


def hits(engine, query: str, **filters) -> dict[tuple[str, int | None], tuple]:
    found = search(engine, query, limit=10_000, filters=Filters(**filters))
    return {(h.url, h.position): (h.snippet, h.spans) for h in found}


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_rows_with_the_same_highlights_on_both(crawled, query):
    lite, pg = (hits(engine, query) for engine in crawled)
    assert pg == lite
    assert lite or query in ("5G", "高考作文")  # nothing on the demo site: both find nothing


def test_search_ranks_a_title_first_on_both(crawled):
    for engine in crawled:
        [best, *_] = search(engine, "协调发展")
        assert best.position is None and "协调发展" in (best.title or "")
        assert best.score is not None


def test_the_search_options_work_the_same_on_both(crawled):
    for filters in ({"kind": "conclusion"}, {"site": "demo"}, {"since": None, "kind": "intro"}):
        lite, pg = (hits(engine, "发展", **filters) for engine in crawled)
        assert pg == lite and lite
    command = [str(BIN / "fanwen"), "search", "区域 -高考", "--limit", "3", "--json", "--db"]
    outputs = []
    for engine in crawled:
        url = engine.url.render_as_string(hide_password=False)
        result = subprocess.run([*command, url], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs.append([json.loads(line) for line in result.stdout.splitlines()])
    assert len(outputs[0]) == len(outputs[1]) == 3


class GatedHandler(DemoHandler):
    """Article pages wait at a gate, so the first crawl is still running when the second starts."""

    gate: threading.Event
    reached: threading.Event

    def do_GET(self) -> None:
        if self.path.endswith(".html") and not self.path.endswith("index.html"):
            self.reached.set()
            self.gate.wait(timeout=60)
        super().do_GET()


def test_two_scheduled_runs_on_one_postgresql_database_never_overlap(postgres_url):
    handler = type(
        "Handler",
        (GatedHandler,),
        {"site": build_site(), "gate": threading.Event(), "reached": threading.Event()},
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        first = subprocess.Popen(
            crawl(postgres_url, base), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            assert handler.reached.wait(timeout=60), first.poll()
            second = subprocess.run(
                crawl(postgres_url, base), cwd=ROOT, capture_output=True, text=True, timeout=120
            )
            waiting = subprocess.Popen(
                crawl(postgres_url, base, "--wait", "120"),
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        finally:
            handler.gate.set()
        _, err = first.communicate(timeout=120)
        _, waited = waiting.communicate(timeout=120)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert second.returncode == 75, second.stderr[-2000:]
    assert "another fanwen crawl" in second.stderr and "PostgreSQL advisory lock" in second.stderr
    assert first.returncode == 0, err[-3000:]
    assert waiting.returncode == 0, waited[-3000:]
    engine = make_engine(postgres_url)
    with engine.connect() as connection:
        runs = connection.execute(
            text("SELECT id, status, started, finished FROM crawl_runs ORDER BY id")
        ).all()
    engine.dispose()
    # The second run never started; the waiting one started after the first had finished.
    assert [(r.id, r.status) for r in runs] == [(1, "finished"), (2, "finished")]
    assert runs[1].started >= runs[0].finished
