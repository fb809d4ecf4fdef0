"""What every command shares: the --db option, opening the database, formatting values."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import click
from sqlalchemy import Engine

from fanwen.db import DatabaseError, make_engine, migrate, resolve_db_url

DB_OPTION = click.option(
    "--db",
    "db",
    metavar="PATH_OR_URL",
    envvar="FANWEN_DB",
    help="SQLite file or SQLAlchemy URL (default: $FANWEN_DB, else ./fanwen.db).",
)


@contextmanager
def open_db(db: str | None) -> Iterator[Engine]:
    """An engine on an existing, migrated database; user errors become one clear line."""
    url = resolve_db_url(db)
    path = sqlite_path(url)
    if path is not None and not Path(path).exists():
        raise click.ClickException(f"no database at {path} (run `fanwen demo` or `fanwen crawl` first)")
    engine = make_engine(url)
    try:
        migrate(engine)
        yield engine
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()


def check_db(url: str) -> None:
    """Fail before crawling, not after: the database must open and migrate."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()


def sqlite_path(url: str) -> str | None:
    prefix = "sqlite:///"
    return url[len(prefix) :] if url.startswith(prefix) and url != prefix + ":memory:" else None


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
