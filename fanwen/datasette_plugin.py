"""fanwen's Datasette plugin (``fanwen serve``): the search box finds 1- and 2-character words.

Datasette's table search runs ``<fts table> MATCH escape_fts(:search)``. The trigram side-index
``sections_fts`` it detects cannot match fewer than three characters (人才), so ``fanwen serve``
points the ``sections`` table at fanwen's own bigram index (``search_index``, whose row ids are
section ids) and this plugin makes ``escape_fts`` on a fanwen database turn the words into that
index's MATCH expression, as ``fanwen search`` does (:class:`fanwen.db.fulltext.Query`).
``fanwen_match(q)`` is the same function for SQL and canned queries.

Registered through the ``datasette`` entry point in pyproject.toml.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

from fanwen.db.fulltext import INDEX, Query, SearchQueryError


def fanwen_match(query: str | None) -> str | None:
    """The bigram index's MATCH expression for a search as ``fanwen search`` reads it.

    >>> fanwen_match("人才"), fanwen_match("区域协调 -英语")
    ('"人才"', '"区域 域协 协调" NOT "英语"')
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
