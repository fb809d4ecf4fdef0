"""Storage of learned boilerplate counts (``boilerplate_blocks``): read at crawl start, written by the store."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, Dialect, Engine, bindparam, case, delete, exc, literal_column, or_, select

from fanwen.db.engine import DriverStatement, bind_value, upsert, wrap_error
from fanwen.db.tables import boilerplate_table as _table
from fanwen.db.tables import utcnow
from fanwen.strip.boilerplate import ARTICLES_KEY, BoilerplateOptions


def load_counts(engine: Engine, site: str, window: int | None = None) -> dict[str, int]:
    """The stored counts for ``site``: block hash -> articles seen in.

    With lossy counting's ``window`` (:class:`fanwen.strip.boilerplate.BoilerplateOptions`),
    without the blocks :meth:`BoilerplateCounts.load` forgets at once: those seen in at most
    one of every ``window`` of the site's articles. Until :func:`forget_rare` at a run's end
    the table holds a row for every short block the run saw in two articles or more (and a
    killed run's, or one another program wrote, may hold many more: before session 15 a row
    for every short block, about 40 per article of real length), nearly all forgotten at once.
    """
    query = select(_table.c.block_hash, _table.c.count).where(_table.c.site == site)
    try:
        with engine.connect() as connection:
            if window:
                articles = connection.execute(
                    select(_table.c.count).where(_table.c.site == site, _table.c.block_hash == ARTICLES_KEY)
                ).scalar()
                floor = (articles or 0) // window
                if floor:
                    query = query.where(or_(_table.c.count > floor, _table.c.block_hash == ARTICLES_KEY))
            return {key: count for key, count in connection.execute(query)}
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


# The row's values, then the sample again for a row that has none yet (``sample``).
_COLUMNS = ("site", "block_hash", "count", "sample_text", "first_seen", "last_seen", "sample")


def _add_statement(dialect: Dialect) -> DriverStatement:
    insert = upsert(_table, dialect.name)
    statement = insert.on_conflict_do_update(
        index_elements=["site", "block_hash"],
        set_={
            "count": _table.c.count + insert.excluded.count,
            "last_seen": insert.excluded.last_seen,
            "sample_text": case(
                (_table.c.sample_text == literal_column("''"), bindparam("sample")),
                else_=_table.c.sample_text,
            ),
        },
    )
    return DriverStatement.of(statement, dialect, _COLUMNS)


def add_counts(connection: Connection, counts: Mapping[tuple[str, str], tuple[int, str]]) -> None:
    """Add ``{(site, block hash): (articles, sample text)}`` to the stored counts, in one
    statement run for all rows, in the caller's transaction.

    The rows go to the driver as tuples (:class:`fanwen.db.engine.DriverStatement`), the time
    converted once.

    The strip stage's counts hand a block over only once a second article shows it (with 2),
    and the blocks of one article at the run's end only where they are kept
    (:meth:`fanwen.db.store.ArticleStore.add_held`). A block's sample is stored once it is seen
    in a second article (here or in a later batch):
    nearly every short block is one article's own paragraph, never seen again and forgotten at
    the end of a run (:func:`forget_rare`), and its sample was most of the table's bytes
    (17 of the 66 kB a real-shape article wrote, docs/performance.md). Only the samples of
    blocks counted in ``BoilerplateOptions.least`` articles or more are ever read
    (:func:`fanwen.db.archive.frequent_blocks`): never fewer than 2 (the threshold's setting is
    2 or more, ``min_articles`` 3), so they all have one.
    """
    if not counts:
        return
    dialect = connection.dialect
    now = bind_value(_table, "last_seen", dialect, utcnow())
    rows = [
        (site, key, n, sample[:500] if n > 1 else "", now, now, sample[:500])
        # In key order: concurrent writers (the workers of a distributed run) then lock the
        # rows they share in the same order, and never deadlock on them.
        for (site, key), (n, sample) in sorted(counts.items())
    ]
    DriverStatement.cached(_add_statement, dialect).execute(connection, rows)


def forget_rare(connection: Connection, window: int = BoilerplateOptions().window) -> int:
    """Delete the blocks lossy counting forgets (:mod:`fanwen.strip.boilerplate`): those seen in
    at most one of every ``window`` of their site's articles. Returns the rows deleted.

    Without it the table kept a row for every short paragraph ever seen, and every crawl of the
    site read them all back.
    """
    totals = select(_table.c.site, _table.c.count).where(_table.c.block_hash == ARTICLES_KEY)
    deleted = 0
    for site, articles in connection.execute(totals).all():
        floor = articles // window
        if floor:
            result = connection.execute(
                delete(_table).where(
                    _table.c.site == site, _table.c.block_hash != ARTICLES_KEY, _table.c.count <= floor
                )
            )
            deleted += result.rowcount
    return deleted
