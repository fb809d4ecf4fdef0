"""SQLite's search index merges its segments eight at a time, not four (issue 13: the store's CPU).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

FTS5 writes each batch's index rows out as a segment at its commit, and merges segments of a
level into one of the next once ``automerge`` of them are there (4 by default): every token's
position list is written again at each level it climbs. Merging 8 at a time makes fewer levels,
so each position is rewritten fewer times: the commit's FTS5 work 0.25-0.32 -> 0.14-0.17 ms per
real-shape article at 2,000 articles, 0.58 -> 0.30 at 20,000, the file the same size
(docs/performance.md). What the index holds and what a search finds do not change (the same
rows, the same bm25): only how many segments a query reads, at most seven a level instead of
three. The option is FTS5's own, kept in the table's ``_config``; the downgrade sets FTS5's
default again. PostgreSQL's index is not touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen: the statement as fanwen.db.fulltext.CONFIGURE_INDEX has it at this revision.
AUTOMERGE = "INSERT INTO search_index(search_index, rank) VALUES ('automerge', 8)"
DEFAULT = "INSERT INTO search_index(search_index, rank) VALUES ('automerge', 4)"


def _configure(statement: str) -> None:
    """Run ``statement`` on SQLite's search index, where the database has one."""
    connection = op.get_bind()
    if (
        connection.dialect.name == "sqlite"
        and connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_index'").first()
    ):
        connection.exec_driver_sql(statement)


def upgrade() -> None:
    _configure(AUTOMERGE)


def downgrade() -> None:
    _configure(DEFAULT)
