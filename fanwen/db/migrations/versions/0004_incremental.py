"""Incremental crawls: fetch state, run bookkeeping (issue: scheduled crawls).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Incremental crawls keep their state in columns that exist since 0001 (``articles.etag``,
``last_modified``, ``last_seen``, ``pages``); what they add is an index on ``crawl_runs.status``,
which every run queries when it opens (runs left ``running`` by a killed process, the last
complete run).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_crawl_runs_status"), "crawl_runs", ["status"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_crawl_runs_status"), table_name="crawl_runs")
