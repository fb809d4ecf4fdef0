"""Chinese full-text search index (issue: query the archive).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

SQLite only: the bigram index ``search_index`` that ``fanwen search`` uses, the trigram
indexes ``sections_fts`` and ``articles_fts`` that Datasette detects, and views for people
browsing the archive (``article_sections``, ``removed_by_rule``). Other databases get the views
and search with LIKE. See ``fanwen/db/fulltext.py``.

The tables' SQL and the index's tokens are frozen here as they were at this revision (the
character bigrams, each run closed by a unigram; 0014 indexes characters instead): a migration
must give the same database whatever the app code later becomes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = {
    "article_sections": """
        SELECT sections.id AS section_id, articles.id AS article_id, sites.name AS site,
               articles.title, articles.published, sections.position, sections.kind,
               sections.level, sections.heading, sections.text, articles.url
        FROM sections
        JOIN articles ON articles.id = sections.article_id
        LEFT JOIN sites ON sites.id = articles.site_id""",
    "removed_by_rule": """
        SELECT sites.name AS site, removed_fragments.rule, COUNT(*) AS fragments,
               COUNT(DISTINCT removed_fragments.article_id) AS articles
        FROM removed_fragments
        JOIN articles ON articles.id = removed_fragments.article_id
        LEFT JOIN sites ON sites.id = articles.site_id
        GROUP BY sites.name, removed_fragments.rule""",
}


CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5(title, heading, text, content='', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE sections_fts USING fts5(heading, text, "
    'content="sections", content_rowid="id", tokenize="trigram")',
    "CREATE TRIGGER sections_fts_ai AFTER INSERT ON sections BEGIN "
    "INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text); END",
    "CREATE TRIGGER sections_fts_ad AFTER DELETE ON sections BEGIN "
    "INSERT INTO sections_fts(sections_fts, rowid, heading, text) "
    "VALUES ('delete', old.id, old.heading, old.text); END",
    "CREATE TRIGGER sections_fts_au AFTER UPDATE ON sections BEGIN "
    "INSERT INTO sections_fts(sections_fts, rowid, heading, text) "
    "VALUES ('delete', old.id, old.heading, old.text); "
    "INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text); END",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, "
    'content="articles", content_rowid="id", tokenize="trigram")',
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title) VALUES (new.id, new.title); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title) VALUES ('delete', old.id, old.title); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title) VALUES ('delete', old.id, old.title); "
    "INSERT INTO articles_fts(rowid, title) VALUES (new.id, new.title); END",
)
DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts",
    "DROP TRIGGER IF EXISTS sections_fts_au",
    "DROP TRIGGER IF EXISTS sections_fts_ad",
    "DROP TRIGGER IF EXISTS sections_fts_ai",
    "DROP TABLE IF EXISTS sections_fts",
    "DROP TABLE IF EXISTS search_index",
)

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")


def _bigrams(value: str | None) -> str:
    """The index text at this revision: CJK bigrams, each run closed by a unigram, and words."""
    out: list[str] = []
    for cjk, word in _RUNS.findall(unicodedata.normalize("NFKC", value or "").casefold()):
        if cjk:
            out.extend(cjk[i : i + 2] for i in range(len(cjk)))
        else:
            out.append(word)
    return " ".join(out)


def _fill(connection: sa.Connection) -> None:
    """Index the titles and sections of a database crawled before this migration."""
    insert = "INSERT INTO search_index(rowid, title, heading, text) VALUES (?, ?, ?, ?)"
    articles = connection.exec_driver_sql("SELECT id, title FROM articles ORDER BY id").all()
    for article_id, title in articles:
        rows = [(-article_id, _bigrams(title), "", "")]
        rows.extend(
            (section_id, "", _bigrams(heading), _bigrams(text))
            for section_id, heading, text in connection.exec_driver_sql(
                "SELECT id, heading, text FROM sections WHERE article_id = ? ORDER BY position", (article_id,)
            )
        )
        connection.exec_driver_sql(insert, rows)
    for table in ("sections_fts", "articles_fts"):
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    # As it was then: 0007 drops the sections' trigram side-index again.
    for statement in CREATE:
        connection.exec_driver_sql(statement)
    _fill(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in DROP:
            connection.exec_driver_sql(statement)
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
