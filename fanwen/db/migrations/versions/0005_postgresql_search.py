"""The search index on PostgreSQL (issue 14: PostgreSQL through the same layer).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

PostgreSQL only: ``search_index`` as a table of character-bigram ``tsvector`` rows with a GIN
index (``fanwen/db/pgsearch.py``), filled from the articles already stored. SQLite has had its
FTS5 index since 0002; there this migration does nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from fanwen.db import pgsearch

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for statement in pgsearch.CREATE:
        connection.exec_driver_sql(statement)
    pgsearch.rebuild(connection)  # a database crawled before this migration


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for statement in pgsearch.DROP:
        connection.exec_driver_sql(statement)
