"""SQLite's search index of characters, not bigrams (issue 13: CPU per page).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

``search_index`` (contentless FTS5, ``unicode61``) held each run of CJK characters as
overlapping bigrams closed by a unigram (``推进区域`` -> ``推进 进区 区域 域``); it now holds each
character, the run's last one marked with U+E000 (``推 进 区 域\\ue000``): the same number of
tokens at the same positions, the same phrase matches and bm25 scores, for 2.5 times less CPU to
write (:mod:`fanwen.db.fulltext`, docs/query.md, docs/performance.md). Every stored title and
section is indexed again here; the downgrade indexes the bigrams again. PostgreSQL's index keeps
the bigrams: nothing to do there.

The tokenizers are frozen here (a test checks this one against
:func:`fanwen.db.fulltext.index_text`): a migration must give the same index whatever the app
code later becomes, and a contentless index can only delete a row by the tokens it was given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_PLAIN = re.compile(
    "[\x00-\x7f\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u3001-\u3003\u3008-\u3011"
    "\u3014-\u301f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]*"
)
_END = "\ue000"
_CHUNK = 500  # articles a query


def _runs(value: str | None) -> list[tuple[str, str]]:
    value = value or ""
    folded = value.casefold() if _PLAIN.fullmatch(value) else unicodedata.normalize("NFKC", value).casefold()
    return _RUNS.findall(folded)


def characters(value: str | None) -> str:
    """The index text at this revision: each CJK character, a run's last one marked."""
    return " ".join(" ".join(cjk) + _END if cjk else word for cjk, word in _runs(value))


def bigrams(value: str | None) -> str:
    """The index text at 0013: CJK bigrams, each run closed by a unigram."""
    out: list[str] = []
    for cjk, word in _runs(value):
        if cjk:
            out.extend(cjk[i : i + 2] for i in range(len(cjk)))
        else:
            out.append(word)
    return " ".join(out)


def reindex(connection: sa.Connection, index_text: Callable[[str | None], str]) -> None:
    """Empty ``search_index`` and index every title and section again with ``index_text``."""
    connection.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM articles ORDER BY id")]
    insert = "INSERT INTO search_index(rowid, title, heading, text) VALUES (?, ?, ?, ?)"
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows: list[tuple[int, str, str, str]] = [
            (-article_id, index_text(title), "", "")
            for article_id, title in connection.exec_driver_sql(
                f"SELECT id, title FROM articles WHERE id IN ({marks})", tuple(chunk)
            )
        ]
        rows.extend(
            (section_id, "", index_text(heading), index_text(text))
            for section_id, heading, text in connection.exec_driver_sql(
                f"SELECT id, heading, text FROM sections WHERE article_id IN ({marks})", tuple(chunk)
            )
        )
        if rows:
            connection.exec_driver_sql(insert, rows)


def _has_index(connection: sa.Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_index'").first()
    return found is not None


def upgrade() -> None:
    connection = op.get_bind()
    if _has_index(connection):
        reindex(connection, characters)


def downgrade() -> None:
    connection = op.get_bind()
    if _has_index(connection):
        reindex(connection, bigrams)
