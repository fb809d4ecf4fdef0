"""Benchmark: the store alone, where its CPU goes, and what the search index's FTS5 options cost.

    .venv/bin/python bench/store.py [--articles 300] [--repeat 3] [--fts-variants]

Reads ``--articles`` real-shape articles (``bench/realsite.py``) through the page path and the
validate/strip/sections pipelines (``bench/stages.py``), then saves them ``--repeat`` times
with :class:`fanwen.db.store.ArticleStore` into a fresh migrated SQLite file each time, their
pages kept (a :class:`fanwen.db.pages.PageArchive`, as a crawl keeps them), and prints CPU ms
per article (``time.thread_time``): the whole save, and inside it each kind of statement (its
verb and table: ``INSERT search_index``, ``SELECT articles``...; SQLAlchemy cursor events
around each driver call, and a timer around the statements the store runs on the driver's
cursor itself), the stored hash (``fanwen.items.stored_hash``), the index rows'
tokens (``fulltext.rows``), the kept pages (``PageArchive.keep``: zstd and its
insert), the learned-boilerplate counts (``add_counts``, its statement included) and the
batches' commits (``Connection.commit``: FTS5 writes the batch's segment and merges). The
blocks seen in one article only are written at the end as a crawl's end writes them
(``ArticleStore.add_held``: those of each scope, a site or a column, of fewer than 1,000 articles).

``--fts-variants``: the same articles' index rows (the tokens the store writes: characters
since migration 0014) inserted, a batch of 50 articles per statement and commit as the store does, into a bare FTS5
table of each variant (detail, the tokenizer before 0015, automerge, an ``optimize`` at the end): CPU ms per
article for the inserts, and the file's size.
"""

from __future__ import annotations

import argparse
import functools
import os
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

FTS_VARIANTS: dict[str, tuple[Any, ...]] = {
    "as stored (tokenize=ascii, detail=full, automerge 8)": ("", (("automerge", 8),)),
    "automerge 4 (FTS5's default, until migration 0017)": ("", ()),
    "unicode61 remove_diacritics 2 (until migration 0015)": ("", (), "unicode61 remove_diacritics 2"),
    "detail=column": ("detail=column", ()),
    "detail=none": ("detail=none", ()),
    "detail=none, columnsize=0": ("detail=none, columnsize=0", ()),
    "automerge 16": ("", (("automerge", 16),)),
    "automerge 0, optimize at the end": ("", (("automerge", 0), ("crisismerge", 2000))),
    "hashsize 16 MB": ("", (("hashsize", 16 * 1024 * 1024),)),
    "pgsz 8000": ("", (("pgsz", 8000),)),
    "pgsz 16000, hashsize 16 MB": ("", (("pgsz", 16000), ("hashsize", 16 * 1024 * 1024))),
}


def articles(count: int) -> list[Any]:
    from stages import rendered_articles, run_stages

    with tempfile.TemporaryDirectory(prefix="fanwen-store-") as tmp:
        _, items = run_stages(rendered_articles(count), Path(tmp) / "stages.db")
    return [item for item in items if item is not None]


def _timed(owner: Any, name: str, spent: dict[str, float], key: str) -> Callable[[], None]:
    original = getattr(owner, name, None)
    if original is None:  # code before it existed (a run on an older commit)
        return lambda: None

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] += time.thread_time() - started

    setattr(owner, name, wrapper)
    return lambda: setattr(owner, name, original)


def _timed_driver(spent: dict[str, float]) -> list[Callable[[], None]]:
    """Time the statements the store runs on the driver's cursor (``fanwen.db.dialect.driver_cursor``,
    no SQLAlchemy events), by their kind, as the cursor events time the others."""
    from fanwen.db import dialect
    from fanwen.db.engine import DriverStatement

    undo = []
    run = getattr(DriverStatement, "_run", None)
    if run is not None:  # a run on an older commit: its statements fire the cursor events

        def timed_run(self: Any, connection: Any, params: Any, many: bool = False) -> Any:
            started = time.thread_time()
            try:
                return run(self, connection, params, many)
            finally:
                elapsed = time.thread_time() - started  # before the key: not the bench's own work
                spent[f"SQL: {statement_kind(self.sql)}"] += elapsed

        DriverStatement._run = timed_run  # type: ignore[method-assign]
        undo.append(lambda: setattr(DriverStatement, "_run", run))
    execute = getattr(dialect, "_driver_execute", None)
    if execute is not None:

        def timed_execute(connection: Any, sql: str) -> None:
            started = time.thread_time()
            try:
                execute(connection, sql)
            finally:
                elapsed = time.thread_time() - started
                spent[f"SQL: {statement_kind(sql)}"] += elapsed

        dialect._driver_execute = timed_execute
        undo.append(lambda: setattr(dialect, "_driver_execute", execute))
    return undo


@functools.cache  # a handful of statements, run thousands of times
def statement_kind(statement: str) -> str:
    """A statement's verb and table (``INSERT sections``, ``SELECT articles``), for the breakdown.

    >>> statement_kind("INSERT INTO search_index(rowid, title) VALUES (?, ?)")
    'INSERT search_index'
    >>> statement_kind("SELECT articles.id, articles.content_hash FROM articles WHERE url = ?")
    'SELECT articles'
    """
    words = statement.replace("(", " ").split()
    verb = words[0].upper() if words else "?"
    if verb in ("SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT"):
        return "SAVEPOINT / RELEASE" if verb in ("SAVEPOINT", "RELEASE") else verb
    upper = [word.upper() for word in words]
    for marker in ("INTO", "FROM", "UPDATE"):
        if marker in upper[:-1]:
            table = words[upper.index(marker) + 1].strip('"')
            return f"{verb} {table}"
    return verb


def held(items: list[Any]) -> dict[str, list[str]]:
    """The learned-boilerplate blocks the crawl's counts still hold at its end (seen in one of
    ``items`` only: first with 0 to add, never again with 2), by scope, as the strip stage hands
    them to the store (``ArticleStore.add_held``)."""
    first: dict[tuple[str, str], bool] = {}
    for item in items:
        for scope, key, _, added in item.boilerplate_seen:
            if added == 0:
                first[(scope, key)] = True
            elif added == 2:
                first.pop((scope, key), None)
    out: dict[str, list[str]] = defaultdict(list)
    for scope, key in first:
        out[scope].append(key)
    return out


def counted_rows(items: list[Any], batch: int = 50) -> tuple[int, int, int]:
    """The learned-boilerplate sightings of ``items``, the rows the store's batches write for
    them (one per block and batch; before the held blocks, every sighting's) and the rows the end
    writes (:func:`held`: for each scope, a site or a column, of fewer than 1,000 articles: at
    2,000 real-shape articles its three columns' 42,600 blocks, about 0.1 ms an article)."""
    sightings = rows = 0
    for first in range(0, len(items), batch):
        keys = set()
        for item in items[first : first + batch]:
            for scope, key, *rest in item.boilerplate_seen:
                sightings += 1
                if not rest or rest[-1]:
                    keys.add((scope, key))
        rows += len(keys)
    four = any(len(entry) == 4 for item in items for entry in item.boilerplate_seen)  # since session 15
    articles: Counter[str] = Counter(
        scope for item in items for scope, key, *_ in item.boilerplate_seen if key == "*"
    )  # each scope's articles (its ARTICLES_KEY sightings): add_held writes below the window only
    end = sum(len(keys) for scope, keys in held(items).items() if articles[scope] < 1000) if four else 0
    return sightings, rows, end


def save_all(items: list[Any], db: Path, spent: dict[str, float]) -> float:
    from sqlalchemy import Connection, event

    from fanwen import items as items_module
    from fanwen.db import fulltext, store
    from fanwen.db.engine import make_engine, migrate
    from fanwen.db.pages import PageArchive

    engine = make_engine(str(db))
    migrate(engine)

    @event.listens_for(engine, "before_cursor_execute")
    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        conn.info["bench_started"] = time.thread_time()

    @event.listens_for(engine, "after_cursor_execute")
    def after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        elapsed = time.thread_time() - conn.info["bench_started"]
        spent[f"SQL: {statement_kind(statement)}"] += elapsed

    undo = [
        *_timed_driver(spent),
        _timed(fulltext, "rows", spent, "index rows (tokens)"),
        _timed(PageArchive, "keep", spent, "kept pages (zstd + insert)"),
        _timed(store, "add_counts", spent, "learned-boilerplate counts (+ SQL)"),
        _timed(items_module, "stored_hash", spent, "stored hash (fanwen.items.stored_hash)"),
        _timed(Connection, "commit", spent, "commit (FTS5's segment and merges, the WAL's writes)"),
    ]
    end = held(items)  # the strip stage's counts know these: not the store's work
    started = time.thread_time()
    writer = store.ArticleStore(engine, 50)
    writer.archive = PageArchive()
    for item in items:
        writer.save(item)
    if hasattr(writer, "add_held"):  # as a crawl's end: the blocks seen in one article only
        for scope, keys in end.items():
            writer.add_held(scope, keys)
    writer.close()
    seconds = time.thread_time() - started
    for restore in undo:
        restore()
    engine.dispose()
    return seconds


def fts_variants(items: list[Any], folder: Path, repeat: int) -> None:
    from fanwen.db import fulltext

    rows = []
    section_id = 0
    for number, item in enumerate(items, start=1):
        parts = []
        for section in item.sections:
            section_id += 1
            parts.append((section_id, section.heading, section.text or ""))
        rows.append(fulltext.rows(number, item.title, parts))
    spent: dict[str, list[float]] = defaultdict(list)
    sizes: dict[str, int] = {}
    for _ in range(repeat):
        for name, (options, config, *tokenizer) in FTS_VARIANTS.items():
            db = folder / "fts.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            connection = sqlite3.connect(db, isolation_level=None)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            tokenize = tokenizer[0] if tokenizer else "ascii"
            extra = f"{options}, " if options else ""
            connection.execute(
                f"CREATE VIRTUAL TABLE t USING fts5(title, heading, text, content='', {extra}tokenize='{tokenize}')"
            )
            for key, value in config:
                connection.execute("INSERT INTO t(t, rank) VALUES (?, ?)", (key, value))
            started = time.thread_time()
            for first in range(0, len(rows), 50):
                connection.execute("BEGIN IMMEDIATE")
                batch = [row for article in rows[first : first + 50] for row in article]
                connection.executemany(
                    "INSERT INTO t(rowid, title, heading, text) VALUES (?, ?, ?, ?)", batch
                )
                connection.execute("COMMIT")
            if name.endswith("optimize at the end"):
                connection.execute("INSERT INTO t(t) VALUES ('optimize')")
            spent[name].append(time.thread_time() - started)
            connection.close()
            sizes[name] = sum(
                os.path.getsize(f"{db}{suffix}") for suffix in ("", "-wal") if os.path.exists(f"{db}{suffix}")
            )
    print("\n| FTS5 table (same tokens) | insert CPU ms per article, best of runs | all runs | file MB |")
    print("|---|---|---|---|")
    for name, runs in spent.items():
        per = [1000 * s / len(items) for s in runs]
        shown = " ".join(f"{x:.2f}" for x in per)
        print(f"| {name} | {min(per):.2f} | {shown} | {sizes[name] / 1e6:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fts-variants", action="store_true")
    args = parser.parse_args()
    items = articles(args.articles)
    with tempfile.TemporaryDirectory(prefix="fanwen-store-") as tmp:
        folder = Path(tmp)
        spent: dict[str, float] = defaultdict(float)
        totals = [save_all(items, folder / f"store-{n}.db", spent) for n in range(args.repeat)]
        count = len(items) * args.repeat
        print(f"{len(items)} articles, {args.repeat} runs (CPU ms per article, time.thread_time)\n")
        print("| part of ArticleStore.save | ms per article |")
        print("|---|---|")
        for key, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"| {key} | {1000 * seconds / count:.3f} |")
        runs = " ".join(f"{1000 * s / len(items):.3f}" for s in totals)
        print(f"| **whole save**, each run | {runs} |")
        sightings, rows, end = counted_rows(items)
        n = len(items)
        print(
            f"\nlearned boilerplate, per article: {sightings / n:.1f} sightings, {rows / n:.1f} rows "
            f"written by the batches, {end / n:.1f} at the end (held blocks)"
        )
        if args.fts_variants:
            fts_variants(items, folder, args.repeat)


if __name__ == "__main__":
    main()
