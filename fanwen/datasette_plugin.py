"""fanwen's Datasette plugin: the sections' search box finds words of any length (人才, 区域协调).

Datasette's table search runs ``<fts table> MATCH escape_fts(:search)``. On a fanwen database
this plugin points the ``sections`` table's box at fanwen's character index (``search_index``,
whose row ids are section ids; ``fanwen serve`` says the same in its metadata) and makes
``escape_fts`` turn the words into that index's MATCH expression, as ``fanwen search`` does
(:class:`fanwen.db.fulltext.Query`). ``fanwen_match(q)`` is the same function for SQL and
canned queries. Titles keep the trigram side-index ``articles_fts`` Datasette finds by itself.

Registered through the ``datasette`` entry point in pyproject.toml, so plain ``datasette
fanwen.db`` has it too.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl

from fanwen.db.fulltext import INDEX, Query, SearchQueryError


def fanwen_match(query: str | None) -> str | None:
    """The search index's MATCH expression for a search as ``fanwen search`` reads it.

    >>> fanwen_match("人才"), fanwen_match("区域协调 -英语")
    ('"人 才" *', '"区 域 协 调" * NOT "英 语" *')
    """
    if not query:
        return None
    try:
        return Query.parse(query).match()
    except SearchQueryError:
        return None


@hookimpl(trylast=True)  # after Datasette's own sql_functions, which define escape_fts
def prepare_connection(conn: sqlite3.Connection, database: str) -> None:
    conn.create_function("fanwen_match", 1, fanwen_match, deterministic=True)
    try:
        is_fanwen = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (INDEX,)).fetchone()
    except sqlite3.Error:
        return
    if is_fanwen:
        # Only on fanwen's databases: elsewhere Datasette's own escape_fts stays.
        conn.create_function("escape_fts", 1, fanwen_match, deterministic=True)


_is_fanwen_file: dict[str, bool] = {}


def is_fanwen_database(path: str) -> bool:
    """Whether the SQLite file at ``path`` has fanwen's search index (asked once per file)."""
    if path not in _is_fanwen_file:
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                found = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (INDEX,)).fetchone()
            finally:
                connection.close()
        except sqlite3.Error:
            found = None
        _is_fanwen_file[path] = found is not None
    return _is_fanwen_file[path]


@hookimpl
def get_metadata(datasette: Any, key: str, database: str | None, table: str | None) -> dict[str, Any]:
    """The ``sections`` table of every fanwen database searches the character index; the titles'
    trigram box takes its text as FTS5 (``escape_fts`` is the character index's here)."""
    tables = {"sections": {"fts_table": INDEX, "fts_pk": "id"}, "articles": {"searchmode": "raw"}}
    found = {
        name: {"tables": tables}
        for name, db in datasette.databases.items()
        if getattr(db, "path", None) and is_fanwen_database(db.path)
    }
    return {"databases": found} if found else {}
