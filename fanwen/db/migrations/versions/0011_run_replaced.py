"""Articles replaced in place, counted per run (issue 15).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

``crawl_runs.articles_replaced`` and ``crawl_run_workers.articles_replaced``: the stored
articles a run wrote again in place with no revision (the same title and text under a
corrected date, author or source; a page read again by the site's final template or learned
boilerplate at the crawl's end), beside new, changed and unchanged. Runs recorded before
count 0 (their stats JSON has ``fanwen/store/articles_replaced``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("crawl_runs", "crawl_run_workers")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(
            table, sa.Column("articles_replaced", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    # SQLite drops a column in place since 3.35 (no batch copy of the table).
    for table in _TABLES:
        op.drop_column(table, "articles_replaced")
