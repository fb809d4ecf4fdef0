"""Storage of learned site templates (``template_paths``): read at crawl start and by
``fanwen profile learn --site``, written by the store."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, Engine, exc, select

from fanwen.db.engine import upsert, wrap_error
from fanwen.db.tables import sites_table as _sites
from fanwen.db.tables import template_table as _table
from fanwen.db.tables import utcnow

MAX_PATH = 500  # the column's length: a longer path is no selector anyone would keep


def load_counts(engine: Engine, site: str) -> dict[tuple[str, str], tuple[int, int]]:
    """The stored counts for ``site``: ``{(slot, path): (pages found there, pages passed over)}``."""
    query = select(_table.c.slot, _table.c.path, _table.c.count, _table.c.passed).where(_table.c.site == site)
    try:
        with engine.connect() as connection:
            return {(slot, path): (count, passed) for slot, path, count, passed in connection.execute(query)}
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def base_url(engine: Engine, site: str) -> str | None:
    """The address crawls of ``site`` stored for it (``sites.base_url``), if any."""
    query = select(_sites.c.base_url).where(_sites.c.name == site)
    try:
        with engine.connect() as connection:
            return connection.execute(query).scalar()
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def sites(engine: Engine) -> list[str]:
    """The sites with a learned template's counts, by name."""
    query = select(_table.c.site).distinct().order_by(_table.c.site)
    try:
        with engine.connect() as connection:
            return list(connection.scalars(query))
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def add_counts(connection: Connection, counts: Mapping[tuple[str, str, str], tuple[int, int]]) -> None:
    """Add ``{(site, slot, path): (pages found there, pages passed over)}`` to the stored
    counts, in one statement run for all rows, in the caller's transaction."""
    rows = [
        {"site": site, "slot": slot, "path": path, "count": found, "passed": passed}
        # In key order, so concurrent writers lock shared rows in the same order (no deadlock).
        for (site, slot, path), (found, passed) in sorted(counts.items())
        if len(path) <= MAX_PATH
    ]
    if not rows:
        return
    now = utcnow()
    insert = upsert(_table, connection.dialect.name)  # type: ignore[arg-type]
    statement = insert.on_conflict_do_update(
        index_elements=["site", "slot", "path"],
        set_={
            "count": _table.c.count + insert.excluded.count,
            "passed": _table.c.passed + insert.excluded.passed,
            "last_seen": insert.excluded.last_seen,
        },
    )
    connection.execute(statement, [row | {"first_seen": now, "last_seen": now} for row in rows])
