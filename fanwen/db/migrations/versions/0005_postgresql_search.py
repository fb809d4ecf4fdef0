"""The search index on PostgreSQL (issue 14: PostgreSQL through the same layer).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

PostgreSQL only: ``search_index`` as a table of character-bigram ``tsvector`` rows with a GIN
index (``fanwen/db/pgsearch.py``), filled from the articles already stored. SQLite has had its
FTS5 index since 0002; there this migration does nothing.

The table's SQL and the tokens (:func:`_tsvector`, as ``fanwen.db.pgsearch.tsvector`` was at
this revision; a test checks the two agree) are frozen here: a migration must give the same
database whatever the app code later becomes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


CREATE = (
    "CREATE TABLE search_index (doc BIGINT PRIMARY KEY, article_id INTEGER NOT NULL, tsv TSVECTOR NOT NULL)",
    "CREATE INDEX ix_search_index_tsv ON search_index USING GIN (tsv)",
    "CREATE INDEX ix_search_index_article_id ON search_index (article_id)",
)
DROP = ("DROP TABLE IF EXISTS search_index",)
MAX_POSITION = 16383  # PostgreSQL keeps positions up to this; later ones count as this one

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")


def _bigrams(value: str | None) -> list[str]:
    """CJK bigrams, each run closed by a unigram, and words."""
    out: list[str] = []
    for cjk, word in _RUNS.findall(unicodedata.normalize("NFKC", value or "").casefold()):
        if cjk:
            out.extend(cjk[i : i + 2] for i in range(len(cjk)))
        else:
            out.append(word)
    return out


def _tsvector(*fields: tuple[str | None, str]) -> str:
    """The ``tsvector`` literal of ``(value, weight)`` fields, a gap of one position between them."""
    out: list[str] = []
    position = 1
    for value, weight in fields:
        for token in _bigrams(value):
            out.append(f"'{token}':{min(position, MAX_POSITION)}{weight}")
            position += 1
        position += 1
    return " ".join(out)


def _fill(connection: sa.Connection) -> None:
    """Index the titles and sections of a database crawled before this migration."""
    insert = sa.text(
        "INSERT INTO search_index (doc, article_id, tsv) VALUES (:doc, :article_id, CAST(:tsv AS tsvector))"
    )
    sections = sa.text("SELECT id, heading, text FROM sections WHERE article_id = :id ORDER BY position")
    for article_id, title in connection.exec_driver_sql("SELECT id, title FROM articles ORDER BY id").all():
        rows = [{"doc": -article_id, "article_id": article_id, "tsv": _tsvector((title, "A"))}]
        rows.extend(
            {"doc": section_id, "article_id": article_id, "tsv": _tsvector((heading, "B"), (text, "C"))}
            for section_id, heading, text in connection.execute(sections, {"id": article_id})
        )
        connection.execute(insert, rows)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for statement in CREATE:
        connection.exec_driver_sql(statement)
    _fill(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for statement in DROP:
        connection.exec_driver_sql(statement)
