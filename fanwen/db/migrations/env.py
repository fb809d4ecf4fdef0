"""Alembic environment for fanwen: batch mode for SQLite, metadata from fanwen.db.tables (Core: a migration imports no ORM)."""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection, pool

from fanwen.db.engine import ENV_VAR, make_engine
from fanwen.db.fulltext import include_object
from fanwen.db.tables import metadata

target_metadata = metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    config = context.config
    # fanwen.db.migrate() hands over its own connection (and its engine's pragmas).
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # The alembic command line: -x db=PATH_OR_URL, else $FANWEN_DB, else alembic.ini's url.
    url = (
        context.get_x_argument(as_dictionary=True).get("db")
        or os.environ.get(ENV_VAR)
        or config.get_main_option("sqlalchemy.url")
    )
    engine = make_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


def main() -> None:
    config = context.config
    if config.config_file_name is not None and "connection" not in config.attributes:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():
        run_migrations_offline()
    else:
        run_migrations_online()


# Only Alembic sets up `context.config`; importing this module elsewhere (pytest's doctest
# collection, mypy plugins) must not run migrations.
if getattr(context, "config", None) is not None:
    main()
