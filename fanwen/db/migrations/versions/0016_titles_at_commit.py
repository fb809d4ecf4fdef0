"""The titles' trigram side-index gets a new article's title from the store, not a trigger (issue 13).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05

``articles_fts`` (the trigram index Datasette's search box on ``articles`` uses) was filled by
an ``AFTER INSERT`` trigger. FTS5 writes what a table holds in memory out as a segment of its
own at every SAVEPOINT, and the store opens one per article, so every title became a segment of
its own, merged again and again: 0.7 M instructions per stored article, about 5 % of the
store's (docs/performance.md). The store now adds the batch's new titles with one statement
before its commit (:func:`fanwen.db.fulltext.add_titles`), in the same transaction as the
articles. The update and delete triggers stay; nothing indexed changes, so the downgrade only
makes the trigger again. PostgreSQL has no such index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen: the trigger as migration 0002 made it.
INSERT_TRIGGER = (
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title) VALUES (new.id, new.title); END"
)


def _has_titles(connection: sa.Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").first()
    return found is not None


def upgrade() -> None:
    connection = op.get_bind()
    if _has_titles(connection):
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS articles_fts_ai")


def downgrade() -> None:
    connection = op.get_bind()
    if _has_titles(connection):
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS articles_fts_ai")
        connection.exec_driver_sql(INSERT_TRIGGER)
