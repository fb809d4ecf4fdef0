"""Kept pages (issue 15): every article page as the site sent it, zstd-compressed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

``kept_pages``: per article page, the final URL, status, headers, fetch time and the body
compressed with zstd (with the site's dictionary from ``page_dicts``, when it had one);
``reprocess_checkpoints``: where a killed ``fanwen reprocess`` resumes (see fanwen.db.pages).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "page_dicts",
        sa.Column("key", sa.String(length=16), nullable=False),
        sa.Column("site", sa.String(length=200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_page_dicts")),
    )
    op.create_index(op.f("ix_page_dicts_site"), "page_dicts", ["site"], unique=False)
    op.create_table(
        "kept_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("headers", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("dict_key", sa.String(length=16), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_kept_pages_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_pages")),
    )
    op.create_index("ix_kept_pages_article_id_page", "kept_pages", ["article_id", "page"], unique=False)
    op.create_table(
        "reprocess_checkpoints",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("after", sa.Integer(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reprocess_checkpoints")),
    )


def downgrade() -> None:
    op.drop_table("reprocess_checkpoints")
    op.drop_index("ix_kept_pages_article_id_page", table_name="kept_pages")
    op.drop_table("kept_pages")
    op.drop_index(op.f("ix_page_dicts_site"), table_name="page_dicts")
    op.drop_table("page_dicts")
