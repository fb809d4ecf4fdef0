"""The dialect seam: the one place the storage layer does what only SQLite or only PostgreSQL does.

Everything else in :mod:`fanwen.db` is plain SQLAlchemy and runs on both. Here:

- connecting: SQLite's PRAGMAs (WAL, foreign keys, busy timeout);
- write transactions: SQLite's ``BEGIN IMMEDIATE`` (PostgreSQL's row locks need nothing), and
  transactional DDL for migrations (pysqlite needs its implicit transactions switched off);
- the search index: SQLite's FTS5 tables and triggers (:mod:`fanwen.db.fulltext`), PostgreSQL's
  ``tsvector`` table (:mod:`fanwen.db.pgsearch`), fed characters and character bigrams, which
  match the same substrings;
- the run lock's kind: a ``flock`` file beside a SQLite database, ``pg_advisory_lock`` on
  PostgreSQL (:mod:`fanwen.db.lock`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, TextualSelect, exc

from fanwen.db import fulltext, pgsearch
from fanwen.db.fulltext import Query

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
MIGRATION_LOCK = 0x66616E77656E  # "fanwen": the advisory lock concurrent migrations take on PostgreSQL


# The page size of a new SQLite database. An article of real length writes about 50 kB (its
# text twice, in articles and sections, its index rows, its kept pages): with SQLite's default
# of 4 kB that is many pages, each a write to the WAL and another at the checkpoint, and long
# texts are chains of overflow pages. 8 kB pages: the store's CPU per article -0.13 ms at 2,000
# real-shape articles, mostly the kernel's (docs/performance.md).
PAGE_SIZE = 8192


def sqlite_pragmas(busy_timeout: float) -> Callable[[Any, Any], None]:
    """The ``connect`` hook of every SQLite engine."""

    def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # WAL lets people query (Datasette, the CLI) while a crawl writes; NORMAL is safe
        # with WAL (a power cut may lose the last commits, never corrupt the file).
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            # Only a new, empty file takes it (before WAL: a database in WAL mode keeps its
            # page size); an existing database keeps the one it was made with.
            cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return on_connect


def busy_timeout(connection: Connection, seconds: float) -> None:
    """Wait at most ``seconds`` for another writer's lock on ``connection`` from now on (SQLite's
    busy timeout, set on the driver's connection: no transaction begins). PostgreSQL has no
    database write lock: its writers wait for one another's rows, as long as they take."""
    if connection.dialect.name == SQLITE:
        _driver_execute(connection, f"PRAGMA busy_timeout = {int(seconds * 1000)}")


def begin_write(connection: Connection) -> None:
    """Take the write lock at the start of a write transaction (SQLite only).

    A deferred SQLite transaction that reads and then writes fails with SQLITE_BUSY_SNAPSHOT
    under WAL if another writer got in between; PostgreSQL's writers merge row by row.
    """
    if connection.dialect.name != SQLITE:
        return
    dbapi = connection.connection.dbapi_connection
    if dbapi is not None and not dbapi.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def driver_cursor(connection: Connection, sql: str, params: Any = None, many: bool = False) -> Any:
    """Run ``sql`` on a cursor of the driver's own connection, in ``connection``'s open
    transaction; returns the cursor (the caller fetches and closes it).

    Not :meth:`Connection.exec_driver_sql`: SQLAlchemy's execution context, its cursor result and
    the result's metadata cost about 7 us a statement where pysqlite's ``SELECT ?`` takes 0.4,
    and the store runs eight for every article (4.4 % of the save's instructions,
    docs/performance.md). A driver error is raised as SQLAlchemy raises it
    (:meth:`sqlalchemy.exc.DBAPIError.instance`: ``IntegrityError``, ``OperationalError``... with
    the driver's error as ``orig``), so callers handle both alike. No SQLAlchemy events fire.
    """
    dialect = connection.dialect
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if many:
            cursor.executemany(sql, params)
        elif params is None:
            cursor.execute(sql)
        else:
            cursor.execute(sql, params)
    except dialect.loaded_dbapi.Error as error:
        cursor.close()
        raise exc.DBAPIError.instance(
            sql, params, error, dialect.loaded_dbapi.Error, dialect=dialect, ismulti=many
        ) from error
    return cursor


def _driver_execute(connection: Connection, sql: str) -> None:
    driver_cursor(connection, sql).close()


ARTICLE_SAVEPOINT = "fanwen_article"


@contextmanager
def savepoint(connection: Connection, name: str = ARTICLE_SAVEPOINT) -> Iterator[None]:
    """Run the block in a SAVEPOINT of the open transaction: rolled back alone if it raises.

    The SQL is both databases' own, run on the driver: ``Connection.begin_nested`` names every
    savepoint anew (``sa_savepoint_N``), so SQLAlchemy compiled its two statements again for
    each article the store saves, and filled its statement cache with them. Not nestable under
    one ``name``; the store opens one per article.
    """
    _driver_execute(connection, f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # After SQLITE_FULL SQLite has rolled the whole transaction back and this fails with
        # "no such savepoint"; the error raised then has the first one as its context.
        _driver_execute(connection, f"ROLLBACK TO SAVEPOINT {name}")
        _driver_execute(connection, f"RELEASE SAVEPOINT {name}")
        raise
    _driver_execute(connection, f"RELEASE SAVEPOINT {name}")


@contextmanager
def migration_transaction(connection: Connection) -> Iterator[None]:
    """Run the block in one transaction that DDL is part of, committed at its end.

    pysqlite runs DDL outside any transaction (each CREATE commits alone), so a process killed
    while a schema is built would leave tables without ``alembic_version``. With pysqlite's
    implicit transaction handling off, SQLite's own transactional DDL applies (the recipe of
    SQLAlchemy's pysqlite docs, "Serializable isolation / Savepoints / Transactional DDL").
    ``BEGIN IMMEDIATE`` also makes concurrent migrations wait for each other: the second one
    then finds the database at head and does nothing.
    """
    dbapi = connection.connection.dbapi_connection if connection.dialect.name == SQLITE else None
    if dbapi is None:
        with connection.begin():
            if connection.dialect.name == POSTGRESQL:
                # Concurrent migrations (the workers of a distributed run start together) wait
                # for each other; the second then finds the database at head.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            yield
        return
    previous = dbapi.isolation_level
    dbapi.isolation_level = None
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        yield
        connection.commit()
    finally:
        if connection.in_transaction():
            connection.rollback()
        dbapi.isolation_level = previous


# -- the search index ----------------------------------------------------------------------


def create_search(connection: Connection) -> None:
    """Create the search index (a migration's work); the caller rebuilds it if rows exist."""
    name = connection.dialect.name
    statements = fulltext.CREATE if name == SQLITE else pgsearch.CREATE if name == POSTGRESQL else ()
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop_search(connection: Connection) -> None:
    name = connection.dialect.name
    statements = fulltext.DROP if name == SQLITE else pgsearch.DROP if name == POSTGRESQL else ()
    for statement in statements:
        connection.exec_driver_sql(statement)


def search_available(connection: Connection) -> bool:
    """Whether this database has the search index (else the query layer scans with LIKE)."""
    name = connection.dialect.name
    if name == SQLITE:
        return fulltext.available(connection)
    if name == POSTGRESQL:
        return pgsearch.available(connection)
    return False


def index_article(connection: Connection, article_id: int, title: str | None) -> None:
    if connection.dialect.name == SQLITE:
        fulltext.index_article(connection, article_id, title)
    else:
        pgsearch.index_article(connection, article_id, title)


def index_rows(
    connection: Connection,
    article_id: int,
    title: str | None,
    sections: Iterable[tuple[int, str | None, str]],
) -> list[Any]:
    """The index rows of an article from its sections ``(id, heading, text)`` in memory, for
    :func:`add_index_rows` (the store writes a batch's rows with one statement at commit)."""
    if connection.dialect.name == SQLITE:
        return fulltext.rows(article_id, title, sections)
    return pgsearch.rows(article_id, title, sections)


def add_index_rows(connection: Connection, rows: list[Any]) -> None:
    if connection.dialect.name == SQLITE:
        fulltext.add_rows(connection, rows)
    else:
        pgsearch.add_rows(connection, rows)


def store_adds_titles(connection: Connection) -> bool:
    """Whether the store adds new articles' titles to SQLite's trigram side-index itself
    (:func:`add_titles`; since migration 0016). PostgreSQL has no such index."""
    return connection.dialect.name == SQLITE and fulltext.titles_added_by_store(connection)


def add_titles(connection: Connection, titles: list[tuple[int, str | None]]) -> None:
    fulltext.add_titles(connection, titles)


def unindex_article(connection: Connection, article_id: int, title: str | None) -> None:
    if connection.dialect.name == SQLITE:
        fulltext.unindex_article(connection, article_id, title)
    else:
        pgsearch.unindex_article(connection, article_id, title)


def index_missing(connection: Connection) -> int:
    """Index the articles another program inserted (the store indexes its own); how many."""
    if not search_available(connection):
        return 0
    if connection.dialect.name == SQLITE:
        return fulltext.index_missing(connection)
    return pgsearch.index_missing(connection)


def rebuild_search(connection: Connection) -> int:
    if connection.dialect.name == SQLITE:
        return fulltext.rebuild(connection)
    return pgsearch.rebuild(connection)


def search_hits(connection: Connection, query: Query, limit: int | None) -> TextualSelect | None:
    """``SELECT doc, score`` for ``query``, best first (lower score is better); None when the
    database has no index or the query nothing it can look up."""
    if not search_available(connection):
        return None
    if connection.dialect.name == SQLITE:
        match = query.match()
        return None if match is None else fulltext.hits_clause(match, limit)
    tsquery = pgsearch.tsquery(query)
    return None if tsquery is None else pgsearch.hits_clause(tsquery, limit)
