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

The rows stored before are hashed from what is stored by migration 0013, which runs right
after this one (until session 9 this migration did it with the app's
``fanwen.db.archive.refresh_stored_hashes``: a migration that imports app code breaks when
that code moves or changes; 0013 holds its own frozen copy). A database left at 0012 has no
hashes, and the store compares such rows by their fields.
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
    op.add_column("articles", sa.Column("stored_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place since 3.35 (not a batch copy: the views over articles).
    op.drop_column("articles", "stored_hash")
