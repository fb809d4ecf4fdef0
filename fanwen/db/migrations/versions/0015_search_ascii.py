"""SQLite's search index splits at spaces only: ``tokenize='ascii'`` (issue 13: the store's CPU).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

``search_index`` is given its tokens by Python (:mod:`fanwen.db.fulltext`: every CJK character,
a run's last one marked, and words of letters and digits, NFKC'd and case-folded) separated by
spaces; ``unicode61 remove_diacritics 2`` looked each character up in its tables again to find
the same tokens, and folded Latin diacritics. The index is now ``ascii`` (it splits at spaces
and folds ASCII case), and Python folds the diacritics as ``unicode61`` did (``café`` ->
``cafe``, on both the index's and the query's side). FTS5 cannot change a table's tokenizer, so
the table is made again and every stored title and section indexed again here; the downgrade
makes 0014's table again. PostgreSQL's index is not touched.

The tokenizer is frozen here (a test checks it against :func:`fanwen.db.fulltext.index_text`):
a migration must give the same index whatever the app code later becomes, and a contentless
index can only delete a row by the tokens it was given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATE_UNICODE61 = (
    "CREATE VIRTUAL TABLE search_index USING fts5(title, heading, text, content='', "
    "tokenize='unicode61 remove_diacritics 2')",
)
CREATE_ASCII = (
    "CREATE VIRTUAL TABLE search_index USING fts5(title, heading, text, content='', tokenize='ascii')",
)

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_PLAIN = re.compile(
    "[\x00-\x7f\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u3001-\u3003\u3008-\u3011"
    "\u3014-\u301f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]*"
)
_END = "\ue000"
_CHUNK = 500  # articles a query


def _base_letters() -> dict[int, str]:
    found: dict[int, str] = {}
    for code in (*range(0xC0, 0x1E0), *range(0x1E2, 0x250), *range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(code))
        base, marks = parts[0], parts[1:]
        if marks and base.isascii() and base.isalpha() and all(map(unicodedata.combining, marks)):
            found[code] = base
    return found


_BASE_LETTERS = _base_letters()


def _runs(value: str | None, unaccented: bool) -> list[tuple[str, str]]:
    value = value or ""
    if _PLAIN.fullmatch(value):
        return _RUNS.findall(value.casefold())
    folded = unicodedata.normalize("NFKC", value).casefold()
    return _RUNS.findall(folded.translate(_BASE_LETTERS) if unaccented else folded)


def characters(value: str | None) -> str:
    """The index text at this revision: each CJK character, a run's last one marked, and words
    without their Latin diacritics."""
    return " ".join(" ".join(cjk) + _END if cjk else word for cjk, word in _runs(value, True))


def characters_0014(value: str | None) -> str:
    """The index text at 0014 (``unicode61`` folded the diacritics then)."""
    return " ".join(" ".join(cjk) + _END if cjk else word for cjk, word in _runs(value, False))


def rebuild(
    connection: sa.Connection, create: Sequence[str], index_text: Callable[[str | None], str]
) -> None:
    """Make ``search_index`` again with ``create`` and index every title and section with
    ``index_text``."""
    connection.exec_driver_sql("DROP TABLE search_index")
    for statement in create:
        connection.exec_driver_sql(statement)
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
        rebuild(connection, CREATE_ASCII, characters)


def downgrade() -> None:
    connection = op.get_bind()
    if _has_index(connection):
        rebuild(connection, CREATE_UNICODE61, characters_0014)
