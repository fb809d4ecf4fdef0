"""Storage of learned boilerplate counts (``boilerplate_blocks``), read and written in batches."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Engine, exc, select

from fanwen.db.engine import wrap_error
from fanwen.db.models import BoilerplateBlock, utcnow
from fanwen.db.store import upsert

_table = BoilerplateBlock.__table__


def load_counts(engine: Engine, site: str) -> dict[str, int]:
    """The stored counts for ``site``: block hash -> articles seen in."""
    query = select(_table.c.block_hash, _table.c.count).where(_table.c.site == site)
    try:
        with engine.connect() as connection:
            return {key: count for key, count in connection.execute(query)}
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def add_counts(engine: Engine, increments: Mapping[tuple[str, str], tuple[int, str]]) -> None:
    """Add ``{(site, hash): (increment, sample text)}`` to the stored counts, in one transaction."""
    if not increments:
        return
    now = utcnow()
    try:
        with engine.begin() as connection:
            for (site, key), (added, sample) in increments.items():
                statement = upsert(_table, engine.dialect.name).values(  # type: ignore[arg-type]
                    site=site, block_hash=key, count=added, sample_text=sample[:500],
                    first_seen=now, last_seen=now,
                )  # fmt: skip
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=["site", "block_hash"],
                        set_={"count": _table.c.count + added, "last_seen": now},
                    )
                )
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error
