"""Storage of learned boilerplate counts (``boilerplate_blocks``): read at crawl start, written by the store."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, exc, select

from fanwen.db.engine import upsert, wrap_error
from fanwen.db.models import BoilerplateBlock, utcnow

_table = BoilerplateBlock.__table__


def load_counts(engine: Engine, site: str) -> dict[str, int]:
    """The stored counts for ``site``: block hash -> articles seen in."""
    query = select(_table.c.block_hash, _table.c.count).where(_table.c.site == site)
    try:
        with engine.connect() as connection:
            return {key: count for key, count in connection.execute(query)}
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def add_counts(connection: Connection, seen: Iterable[tuple[str, str, str]]) -> None:
    """Count one more article for each ``(site, block hash, sample text)``, in the caller's transaction."""
    now = utcnow()
    for site, key, sample in seen:
        statement = upsert(_table, connection.dialect.name).values(  # type: ignore[arg-type]
            site=site, block_hash=key, count=1, sample_text=sample[:500], first_seen=now, last_seen=now
        )
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["site", "block_hash"],
                set_={"count": _table.c.count + 1, "last_seen": now},
            )
        )
