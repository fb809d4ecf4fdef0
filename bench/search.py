"""Benchmark search, the index's size and export memory on a synthetic archive of real Chinese text.

Sections are built from the sentences of ``corpus/zh-articles`` (real pages; see
``../shared/corpus``), shuffled with a fixed seed, and stored through ``ArticleStore`` so the
index is maintained exactly as in a crawl. Queries are 2-, 4- and 8-character Chinese
substrings of stored sections (so every query has matches), timed with ``search()`` on an
open engine (the process start-up of ``fanwen search`` is not included).

    .venv/bin/python bench/search.py --sections 100000 --db /tmp/fanwen-bench.db
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import statistics
import sys
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from fanwen.cli.export import write_export
from fanwen.db import ArticleStore, make_engine, migrate
from fanwen.db.queries import NO_FILTERS, Filters, search
from fanwen.items import Article, Section

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
HAN = re.compile(r"[\u4e00-\u9fff]+")


def sentences(corpus: Path) -> list[str]:
    found: list[str] = []
    for line in (corpus / "zh-articles" / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        body = json.loads(line).get("body") or ""
        found += [s.strip() for s in SENTENCE.findall(body.replace("\n", "")) if len(s.strip()) >= 6]
    return found


def build(engine: Engine, pool: list[str], n_sections: int, per_article: int, rng: random.Random) -> float:
    started = time.perf_counter()
    day = datetime(2020, 1, 1)
    with ArticleStore(engine, batch_size=500) as store:
        for a in range(n_sections // per_article):
            sections = [
                Section("section", 1, rng.choice(pool)[:30], "".join(rng.sample(pool, rng.randint(2, 6))))
                for _ in range(per_article)
            ]
            store.save(
                Article(
                    url=f"https://bench{a % 5}.example.cn/{a}.html",
                    site=f"bench{a % 5}",
                    title=rng.choice(pool)[:40],
                    published=day + timedelta(hours=a),
                    sections=sections,
                )
            )
    return time.perf_counter() - started


def sizes(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").all()
    groups: dict[str, int] = {}
    for name, size in rows:
        group = next(
            (p for p in ("search_index", "sections_fts", "articles_fts") if name.startswith(p)), "tables"
        )
        groups[group] = groups.get(group, 0) + int(size)
    return groups


def queries(engine: Engine, length: int, count: int, rng: random.Random) -> list[str]:
    with engine.connect() as connection:
        texts = [
            row[0]
            for row in connection.exec_driver_sql("SELECT text FROM sections ORDER BY random() LIMIT 2000")
        ]
    out: list[str] = []
    while len(out) < count:
        runs = [r for r in HAN.findall(rng.choice(texts)) if len(r) >= length]
        if runs:
            run = rng.choice(runs)
            at = rng.randrange(len(run) - length + 1)
            out.append(run[at : at + length])
    return out


def timed(engine: Engine, qs: list[str], filters: Filters = NO_FILTERS) -> tuple[float, float, int]:
    times, hits = [], 0
    for q in qs:
        started = time.perf_counter()
        hits += len(search(engine, q, limit=20, filters=filters))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)], hits


def like_ms(engine: Engine, qs: list[str]) -> float:
    """The same substring search as a LIKE scan of sections (what the index replaces)."""
    times = []
    with engine.connect() as connection:
        for q in qs:
            started = time.perf_counter()
            connection.exec_driver_sql(
                "SELECT id FROM sections WHERE heading LIKE ? OR text LIKE ? LIMIT 20", (f"%{q}%", f"%{q}%")
            ).all()
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def trigram_ms(engine: Engine, qs: list[str]) -> float:
    """The Datasette-side trigram index, ranked, for the same queries."""
    times = []
    with engine.connect() as connection:
        for q in qs:
            started = time.perf_counter()
            connection.exec_driver_sql(
                "SELECT rowid FROM sections_fts WHERE sections_fts MATCH ? ORDER BY rank LIMIT 20",
                (f'"{q}"',),
            ).all()
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def export_peak(engine: Engine, filters: Filters) -> tuple[int, float, int]:
    class Sink(io.TextIOBase):
        written = 0

        def write(self, s: str) -> int:
            self.written += len(s)
            return len(s)

    sink = Sink()
    tracemalloc.start()
    started = time.perf_counter()
    articles = sum(write_export(engine, "jsonl", sink, filters))  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return articles, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--queries", type=int, default=50, help="per query length")
    parser.add_argument("--db", default="/tmp/fanwen-bench.db")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    path = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(str(path))
    migrate(engine)
    pool = sentences(args.corpus)
    seconds = build(engine, pool, args.sections, args.per_article, rng)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        chars = connection.exec_driver_sql("SELECT SUM(LENGTH(text)) FROM sections").scalar_one()
    print(f"sqlite {sys.modules['sqlite3'].sqlite_version}, {len(pool)} corpus sentences")
    print(f"stored {args.sections} sections ({chars / 1e6:.1f}M characters) in {seconds:.0f} s")
    size = sizes(engine)
    total = sum(size.values())
    print(f"database {total / 1e6:.1f} MB (file {path.stat().st_size / 1e6:.1f} MB):")
    for name, value in sorted(size.items()):
        print(f"  {name:<14} {value / 1e6:7.1f} MB  {value / total:6.1%}")
    # The sections' trigram table exists only on databases before migration 0005.
    has_trigram = any(name.startswith("sections_fts") for name in size)
    print("query  median   p90   (LIKE scan, trigram MATCH medians)  hits")
    for length in (1, 2, 4, 8):
        qs = queries(engine, length, args.queries, rng)
        search(engine, qs[0])  # warm the cache
        median, p90, hits = timed(engine, qs)
        like = like_ms(engine, qs[:10])
        tri = f"{trigram_ms(engine, qs):6.1f}" if length >= 3 and has_trigram else "   n/a"
        print(
            f"{length} char {median:6.1f} ms {p90:6.1f} ms  ({like:6.1f} ms, {tri} ms)  {hits / len(qs):.1f}"
        )
    median, p90, _ = timed(engine, queries(engine, 2, args.queries, rng), Filters(site="bench1"))
    print(f"2 char, --site filter: median {median:.1f} ms, p90 {p90:.1f} ms")
    for label, filters in (
        ("all", Filters()),
        ("10%", Filters(site="bench1", until=datetime(2020, 6, 1).date())),
    ):
        articles, secs, peak = export_peak(engine, filters)
        print(
            f"export jsonl {label}: {articles} articles in {secs:.1f} s, peak Python memory {peak / 1e6:.1f} MB"
        )
    engine.dispose()


if __name__ == "__main__":
    main()
