"""The workers of a distributed run (issue 14: a shared Redis queue).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

One ``crawl_run_workers`` row per process of a run that several processes crawl together
(``fanwen crawl --queue``): its own counts and status. The ``crawl_runs`` row holds their sums.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "crawl_run_workers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=False),
        sa.Column("started", sa.DateTime(), nullable=False),
        sa.Column("finished", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("pages_fetched", sa.Integer(), nullable=False),
        sa.Column("articles_new", sa.Integer(), nullable=False),
        sa.Column("articles_changed", sa.Integer(), nullable=False),
        sa.Column("articles_unchanged", sa.Integer(), nullable=False),
        sa.Column("articles_dropped", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_crawl_run_workers_run_id_crawl_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_run_workers")),
    )
    op.create_index(op.f("ix_crawl_run_workers_run_id"), "crawl_run_workers", ["run_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_crawl_run_workers_run_id"), table_name="crawl_run_workers")
    op.drop_table("crawl_run_workers")
