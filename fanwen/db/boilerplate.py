"""Storage of learned boilerplate counts (``boilerplate_blocks``): read at crawl start, written by the store."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, Engine, exc, select

from fanwen.db.engine import upsert, wrap_error
from fanwen.db.models import boilerplate_table as _table
from fanwen.db.models import utcnow


def load_counts(engine: Engine, site: str) -> dict[str, int]:
    """The stored counts for ``site``: block hash -> articles seen in."""
    query = select(_table.c.block_hash, _table.c.count).where(_table.c.site == site)
    try:
        with engine.connect() as connection:
            return {key: count for key, count in connection.execute(query)}
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def add_counts(connection: Connection, counts: Mapping[tuple[str, str], tuple[int, str]]) -> None:
    """Add ``{(site, block hash): (articles, sample text)}`` to the stored counts, in one
    statement run for all rows, in the caller's transaction."""
    if not counts:
        return
    now = utcnow()
    insert = upsert(_table, connection.dialect.name)  # type: ignore[arg-type]
    statement = insert.on_conflict_do_update(
        index_elements=["site", "block_hash"],
        set_={"count": _table.c.count + insert.excluded.count, "last_seen": insert.excluded.last_seen},
    )
    rows = [
        {
            "site": site,
            "block_hash": key,
            "count": n,
            "sample_text": sample[:500],
            "first_seen": now,
            "last_seen": now,
        }
        for (site, key), (n, sample) in counts.items()
    ]
    connection.execute(statement, rows)
