"""Builds database engines for the pipeline, the CLI and the tests, and migrates them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Dialect, Engine, Table, create_engine, event, exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.sql.expression import Executable

from fanwen.db.dialect import driver_cursor, migration_transaction, sqlite_pragmas

DEFAULT_DB = "fanwen.db"
T = TypeVar("T")
ENV_VAR = "FANWEN_DB"
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another writer before "database is locked"
# What holds a SQLite database's write lock past the busy timeout, said the same everywhere.
FOREIGN_WRITE_LOCK = "another program (not a fanwen crawl) holds the database's write lock"
# Seconds a command waits, before it starts, for another program's write lock (a short
# transaction is no reason to stop; an open one is a database to try again later).
CHECK_BUSY_TIMEOUT = 5.0
MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0017"  # the newest migration in MIGRATIONS; a test checks it against Alembic


def last_write_wait() -> float:
    """Seconds the run's last write waits for another program's write lock once that lock has
    stopped the crawl (the lock may be gone by then; waiting the busy timeout again would hold
    the command for nothing): as long as a command waits before it starts, at most the busy
    timeout."""
    return min(CHECK_BUSY_TIMEOUT, BUSY_TIMEOUT)


class StorageError(Exception):
    """Base class for every error the storage layer raises on purpose."""


class DatabaseError(StorageError):
    """The database cannot be used: not a database, locked, unreadable. One line for the CLI."""


class WriteLocked(DatabaseError):
    """Another process holds the SQLite database's write lock past the busy timeout: not a
    fanwen crawl (that would hold the run lock, :mod:`fanwen.db.lock`) but a program with an
    open write transaction. Like the run lock, worth trying again later (exit code 75)."""


class ReadOnly(DatabaseError):
    """The database cannot be written: a read-only file or directory, a ``mode=ro`` URI."""


class DiskFull(DatabaseError):
    """The database cannot grow: its disk (or SQLite's ``max_page_count``) is full."""


SQLITE_FULL = 13  # sqlite3's sqlite_errorcode for "database or disk is full"
PG_DISK_FULL = "53100"  # PostgreSQL's SQLSTATE disk_full


def resolve_db_url(value: str | None) -> str:
    """Turn a SQLAlchemy URL or a file path into a URL.

    ``None`` falls back to ``$FANWEN_DB`` and then to ``./fanwen.db``.

    >>> resolve_db_url("postgresql://db/fanwen")
    'postgresql://db/fanwen'
    >>> resolve_db_url("sqlite://")
    'sqlite://'
    >>> resolve_db_url("/tmp/x.db")
    'sqlite:////tmp/x.db'
    """
    if not value:
        value = os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str | None = None, *, busy_timeout: float | None = None, **kwargs: Any) -> Engine:
    """Build an engine for ``url`` (resolved with :func:`resolve_db_url`).

    SQLite connections get WAL, foreign keys, ``busy_timeout`` (seconds, 30 by default) and
    ``synchronous=NORMAL``; other keyword arguments go to ``create_engine``. Nothing connects
    until the engine is first used.
    """
    url = resolve_db_url(url)
    if not _is_sqlite(url):
        return create_engine(url, **kwargs)
    if busy_timeout is None:
        busy_timeout = BUSY_TIMEOUT  # read now: a test makes it short
    kwargs.setdefault("connect_args", {}).setdefault("timeout", busy_timeout)
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", sqlite_pragmas(busy_timeout))
    _BUSY_TIMEOUTS[engine] = busy_timeout  # the migrating child waits as long
    return engine


_BUSY_TIMEOUTS: WeakKeyDictionary[Engine, float] = WeakKeyDictionary()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def describe(engine: Engine) -> str:
    """The engine's URL without a password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def wrap_error(engine: Engine | None, error: BaseException) -> DatabaseError:
    """Turn a driver error into a :class:`DatabaseError` with one clear line."""
    original = getattr(error, "orig", error)
    message = str(original).strip() or type(original).__name__
    if _is_disk_full(original):
        where = f"{describe(engine)}: " if engine is not None else ""
        return DiskFull(f"disk full: {where}{message}")
    if isinstance(original, sqlite3.DatabaseError):
        lowered = message.lower()
        if "not a database" in lowered or "malformed" in lowered:
            message = "file is not a SQLite database (or is corrupt)"
        elif "locked" in lowered or "busy" in lowered:
            message = f"{FOREIGN_WRITE_LOCK}; try again later"
            return WriteLocked(f"{describe(engine)}: {message}" if engine is not None else message)
        elif "readonly" in lowered or "read-only" in lowered:
            message = "the database is read-only (its file, or the directory it is in, cannot be written)"
            return ReadOnly(f"{describe(engine)}: {message}" if engine is not None else message)
        elif "unable to open" in lowered:
            message = "cannot open the database file (does its directory exist, and can it be written?)"
    if engine is None:
        return DatabaseError(message)
    return DatabaseError(f"{describe(engine)}: {message}")


def _is_disk_full(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_FULL  # extended codes keep the primary code in the low byte
    return getattr(error, "pgcode", None) == PG_DISK_FULL


def migrate(engine: Engine, revision: str = "head", *, apart: bool = False) -> None:
    """Bring the database up to ``revision`` with Alembic (the migrations ship in the package).

    A database already at the newest migration is recognised without Alembic: importing it
    costs a process 12 MB and a crawl opens the database three times. ``apart``: run Alembic
    in a short-lived child process (a crawl's, which would keep Alembic, Mako and Pygments in
    memory to the end for a schema built once: about 6 MB, for 0.4 s more CPU), unless no
    other process can reach the database (an in-memory SQLite).
    """
    if revision == "head" and at_head(engine):
        return
    _refuse_another_programs_file(engine)
    if apart and sys.executable and _reachable_apart(engine):
        _migrate_apart(engine, revision)
        return
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect() as connection, migration_transaction(connection):
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except exc.DBAPIError as error:
        wrapped = wrap_error(engine, error)
        older = _revision(engine)
        if isinstance(wrapped, ReadOnly) and older:
            # Read-only is not what is wrong with it: its age is (an archive copied from an
            # older install, a file mounted read-only for Datasette).
            raise ReadOnly(
                f"{describe(engine)}: this database was made by an older fanwen (schema {older}; this "
                f"fanwen needs {HEAD_REVISION}) and must be migrated, which writes to it, but it is "
                "read-only: run one fanwen command on it while it is writable (its file and directory; "
                "not mode=ro), or on a writable copy; after that it can be read read-only"
            ) from error
        raise wrapped from error
    except CommandError as error:
        # Most often a database a newer fanwen migrated: this one does not know its revision.
        raise DatabaseError(
            f"{describe(engine)}: {error} (this fanwen knows migrations up to {HEAD_REVISION}; "
            "a newer fanwen has migrated this database: upgrade fanwen)"
        ) from error


# The child of migrate(apart=True): the URL on stdin (it may hold a password), the revision as
# its argument; a DatabaseError as one line on stderr, its exit code telling DiskFull apart.
_MIGRATE_CHILD = "from fanwen.db.engine import _migrate_for_parent; _migrate_for_parent()"
_REFUSED, _DISK_FULL, _LOCKED = 3, 4, 5
_READ_ONLY = 6
_CHILD_ERRORS = {_REFUSED: DatabaseError, _DISK_FULL: DiskFull, _LOCKED: WriteLocked, _READ_ONLY: ReadOnly}


def _reachable_apart(engine: Engine) -> bool:
    """Whether another process opening ``engine``'s URL reaches the same database."""
    if engine.dialect.name != "sqlite":
        return True
    database = engine.url.database or ""
    return database not in ("", ":memory:") and "mode=memory" not in str(engine.url)


def _migrate_apart(engine: Engine, revision: str) -> None:
    url = engine.url.render_as_string(hide_password=False)
    timeout = str(_BUSY_TIMEOUTS.get(engine, BUSY_TIMEOUT))
    done = subprocess.run(
        [sys.executable, "-c", _MIGRATE_CHILD, revision, timeout],
        input=url.encode(),
        capture_output=True,
        check=False,
    )
    if done.returncode == 0:
        return
    said = done.stderr.decode(errors="replace").strip().splitlines()
    if done.returncode in _CHILD_ERRORS and said:
        raise _CHILD_ERRORS[done.returncode](said[-1])
    raise DatabaseError(
        f"{describe(engine)}: migrating failed (exit code {done.returncode}): {said[-1] if said else 'no message'}"
    )


def _migrate_for_parent() -> None:
    url, revision, timeout = sys.stdin.read(), sys.argv[1], float(sys.argv[2])
    try:
        migrate(make_engine(url, busy_timeout=timeout), revision)
    except DatabaseError as error:
        print(" ".join(str(error).split("\n")), file=sys.stderr)
        sys.exit(next(code for code, kind in reversed(_CHILD_ERRORS.items()) if isinstance(error, kind)))


def _refuse_another_programs_file(engine: Engine) -> None:
    """A SQLite file that holds tables but no fanwen schema (no ``alembic_version``) belongs to
    another program: fanwen writes no table into it. (A PostgreSQL database is often shared by
    several applications, so there the schema is added beside the other tables.)"""
    if engine.dialect.name != "sqlite":
        return
    from sqlalchemy import inspect

    try:
        tables = inspect(engine).get_table_names()
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:3]) + (", ..." if len(tables) > 3 else "")
        raise DatabaseError(
            f"{describe(engine)}: not a fanwen database: it holds another program's tables ({shown}); "
            "give fanwen a file of its own"
        )


def at_head(engine: Engine) -> bool:
    """Whether the database is at :data:`HEAD_REVISION` (False when it has no version yet)."""
    return _revision(engine) == HEAD_REVISION


def _revision(engine: Engine) -> str | None:
    """The database's one Alembic revision; None when it has none (a new file) or cannot say."""
    try:
        with engine.connect() as connection:
            versions = [
                row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            ]
    except exc.DBAPIError:
        return None  # no version table yet, or a problem Alembic's path reports in full
    return versions[0] if len(versions) == 1 else None


def check_connection(engine: Engine) -> None:
    """Connect once and run a trivial query; raise :class:`DatabaseError` if that fails."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def check_writable(engine: Engine) -> None:
    """Write once and roll it back: a read-only file or directory fails here, before a crawl
    fetches anything, not at its first article (taking the write lock alone succeeds on a
    read-only file). Needs a migrated database."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
            connection.rollback()
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def upsert(table: Table, dialect: str) -> sqlite.Insert | postgresql.Insert:
    """The dialect switch: an INSERT that supports ``on_conflict_do_update``."""
    if dialect == "sqlite":
        return sqlite.insert(table)
    if dialect == "postgresql":
        return postgresql.insert(table)
    raise StorageError(f"unsupported database {dialect!r}: fanwen stores to SQLite or PostgreSQL")


class DriverStatement(NamedTuple):
    """A Core statement compiled once for a dialect, run on the driver with rows of values.

    For the statements the store runs for every article, and the executemany of hundreds of
    rows per commit: through :meth:`Connection.execute` SQLAlchemy computes the statement's
    cache key on every call (the article upsert's, with its 18 columns, cost more than SQLite's
    own work on it), makes a dict per row and runs every value through its type's bind
    processor. Here the caller gives tuples in :attr:`names` order; with ``table`` the values
    go through the columns' bind processors (as SQLAlchemy's would), without it they must
    already be as the driver takes them (:func:`bind_value`). Same SQL, same rows written.
    """

    sql: str
    names: tuple[str, ...]
    order: tuple[int, ...] | None  # positions of the driver's parameters in `names`; None: named
    processors: tuple[Any, ...] | None  # a bind processor (or None) per name; None: no processing
    in_order: bool = False  # the driver's parameters are `names` in order: a row goes as it is

    @classmethod
    def of(
        cls, statement: Executable, dialect: Dialect, names: Sequence[str], table: Table | None = None
    ) -> DriverStatement:
        compiled = statement.compile(dialect=dialect, column_keys=list(names))  # type: ignore[attr-defined]
        names = tuple(names)
        processors = None
        if table is not None:
            found = tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
            processors = found if any(found) else None
        if not compiled.positional:
            return cls(compiled.string, names, None, processors)
        order = tuple(names.index(name) for name in compiled.positiontup)
        return cls(compiled.string, names, order, processors, order == tuple(range(len(names))))

    @staticmethod
    def cached(build: Callable[[Dialect], T], dialect: Dialect) -> T:
        """``build(dialect)`` (statements), once per kind of dialect and driver (engines come
        and go)."""
        key = (build, dialect.name, dialect.driver, dialect.paramstyle)
        found = _DRIVER_STATEMENTS.get(key)
        if found is None:
            found = _DRIVER_STATEMENTS[key] = build(dialect)
        return found  # type: ignore[no-any-return]

    def _params(self, row: Sequence[Any]) -> Any:
        if self.processors is not None:
            row = [
                value if f is None or value is None else f(value)
                for f, value in zip(self.processors, row, strict=False)
            ]
        if self.order is None:
            return dict(zip(self.names, row, strict=True))
        if self.in_order:
            return tuple(row)
        return tuple([row[i] for i in self.order])

    def execute(self, connection: Connection, rows: Sequence[Sequence[Any]]) -> None:
        """Run for every row (one executemany); nothing for no rows."""
        if not rows:
            return
        if self.processors is None and self.in_order:
            params: Any = list(rows)
        else:
            params = [self._params(row) for row in rows]
        self._run(connection, params, many=True).close()

    def first(self, connection: Connection, row: Sequence[Any]) -> Any:
        """Run for one row; the first row of the result as the driver gives it (None: none)."""
        cursor = self._run(connection, self._params(row))
        try:
            return cursor.fetchone()
        finally:
            cursor.close()

    def all(self, connection: Connection, row: Sequence[Any]) -> list[Any]:
        """Run for one row; the result's rows as the driver gives them."""
        cursor = self._run(connection, self._params(row))
        try:
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def _run(self, connection: Connection, params: Any, many: bool = False) -> Any:
        """Run on a cursor of the driver's connection (:func:`fanwen.db.dialect.driver_cursor`)."""
        return driver_cursor(connection, self.sql, params, many)


_DRIVER_STATEMENTS: dict[tuple[Any, str, str, str], Any] = {}


def bind_value(table: Table, column: str, dialect: Dialect, value: Any) -> Any:
    """``value`` as SQLAlchemy would hand it to the driver for ``table.column`` (SQLite keeps
    datetimes as text), for :class:`DriverStatement` rows."""
    processor = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
    return value if processor is None else processor(value)
