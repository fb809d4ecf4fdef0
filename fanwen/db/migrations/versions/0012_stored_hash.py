"""A hash of everything stored for each article (issue 15).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

``articles.stored_hash``: SHA-256 of the article's stored values (:func:`fanwen.items.stored_hash`:
title, date, author, source, category, truncation, pages, text, its sections and removed
fragments in order). A crawl and ``fanwen reprocess`` store an article again exactly when what
they make of its pages hashes otherwise; before, only the content hash (title and text) and the
date, author and source were compared, and a change only in the sections (a better section
finder), the category, truncation or the removals never reached the database.

The rows stored before are hashed here from what is stored
(:func:`fanwen.db.archive.refresh_stored_hashes`), so an article whose pages give what is stored
is found unchanged by the first crawl or reprocess after the upgrade.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from fanwen.db.archive import refresh_stored_hashes

    op.add_column("articles", sa.Column("stored_hash", sa.String(length=64), nullable=True))
    refresh_stored_hashes(op.get_bind())


def downgrade() -> None:
    # SQLite drops a column in place since 3.35 (not a batch copy: the views over articles).
    op.drop_column("articles", "stored_hash")
