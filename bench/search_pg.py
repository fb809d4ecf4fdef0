"""Benchmark: search on PostgreSQL, fanwen's bigram tsvector index against pg_trgm, on real text.

The archive is bench/search.py's (sections made of the sentences of ``corpus/zh-articles``,
stored through ``ArticleStore``, so the tsvector rows are written as a crawl writes them), in a
fresh PostgreSQL database made for the run and dropped after it. Then a ``pg_trgm`` GIN index
is built on ``sections.text`` and ``articles.title``, the way one would search with it. Queries
are 1-, 2-, 4- and 8-character Chinese substrings of stored sections.

Per query length, the SQL alone, both ranked and limited to 20 rows:

- ``tsvector``: fanwen's index query (the bigram phrase, GIN, ``ts_rank_cd``; titles and
  headings are rows too, so fewer than 20 of its best rows may be section texts);
- ``pg_trgm``: ``text ILIKE '%q%'`` (the trigram index; under three characters pg_trgm has no
  trigram to look up and scans) ordered by ``similarity(text, q)``, sections only.

and ``search()``, what ``fanwen search`` runs: the index query, the join to the articles, the
snippets and highlights. Reported: median and p90 ms, rows found against the exact count of sections containing the
substring (``strpos``), the index sizes and build times.

    .venv/bin/python bench/search_pg.py --sections 20000 --postgres postgresql://postgres@127.0.0.1:5432
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import CORPUS, build, queries, sentences  # noqa: E402

from fanwen.db import make_engine, migrate, pgsearch, search  # noqa: E402
from fanwen.db.fulltext import Query  # noqa: E402


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[int(len(times) * 0.9)]


def main() -> None:
    import psycopg

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=30, help="per query length")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    name = f"fanwen_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    engine = make_engine(f"{args.postgres.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}")
    try:
        migrate(engine)
        seconds = build(engine, sentences(args.corpus), args.sections, 10, rng)
        with engine.begin() as connection:
            started = time.perf_counter()
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            connection.execute(text("CREATE INDEX trgm_sections ON sections USING gin (text gin_trgm_ops)"))
            connection.execute(text("CREATE INDEX trgm_titles ON articles USING gin (title gin_trgm_ops)"))
            trgm_seconds = time.perf_counter() - started
            connection.execute(text("ANALYZE"))
            size = {
                n: connection.execute(text(f"SELECT pg_total_relation_size('{n}')")).scalar()
                for n in ("sections", "search_index", "trgm_sections", "ix_search_index_tsv")
            }
        print(
            f"{args.sections} sections stored (with tsvector rows) in {seconds:.1f} s; pg_trgm indexes built in {trgm_seconds:.1f} s"
        )
        print("sizes MB: " + ", ".join(f"{n} {v / 1e6:.1f}" for n, v in size.items()))
        print(
            "length  index     median ms  p90 ms  section rows in the best 20 / sections containing it (at most 20 each)"
        )
        for length in (1, 2, 4, 8):
            qs = queries(engine, length, args.queries, rng)
            with engine.connect() as connection:
                exact = [
                    min(20, connection.execute(
                        text("SELECT count(*) FROM sections WHERE strpos(text, :q) > 0"), {"q": q}
                    ).scalar() or 0)
                    for q in qs
                ]  # fmt: skip
                full_times = []
                for q in qs:
                    started = time.perf_counter()
                    search(connection, q, limit=20)
                    full_times.append((time.perf_counter() - started) * 1000)
                ts_times, ts_rows = [], 0
                for q in qs:
                    hits = pgsearch.hits_clause(pgsearch.tsquery(Query.parse(q)) or "", 20)
                    started = time.perf_counter()
                    ts_rows += sum(1 for row in connection.execute(hits) if row.doc > 0)
                    ts_times.append((time.perf_counter() - started) * 1000)
                tg_times, tg_rows = [], 0
                for q in qs:
                    started = time.perf_counter()
                    tg_rows += len(connection.execute(
                        text(
                            "SELECT id FROM sections WHERE text ILIKE :like "
                            "ORDER BY similarity(text, :q) DESC LIMIT 20"
                        ),
                        {"like": f"%{q}%", "q": q},
                    ).all())  # fmt: skip
                    tg_times.append((time.perf_counter() - started) * 1000)
            median, p90 = percentiles(full_times)
            print(
                f"{length:>6}  {'search()':<8}  {median:>9.1f}  {p90:>6.1f}  (fanwen search: SQL, snippets, highlights)"
            )
            for label, times, rows in (("tsvector", ts_times, ts_rows), ("pg_trgm", tg_times, tg_rows)):
                median, p90 = percentiles(times)
                print(f"{length:>6}  {label:<8}  {median:>9.1f}  {p90:>6.1f}  {rows} / {sum(exact)}")
    finally:
        engine.dispose()
        with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
