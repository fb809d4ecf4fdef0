"""Learned site templates (issue 11, direction 1).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

``template_paths``: per site, on how many article pages each template slot (content, title,
published, author) was found at each element path, and on how many the path's element was
passed over; the row with slot ``*`` counts the pages
(see fanwen.extract.template). Kept beside ``boilerplate_blocks``, the other thing a crawl learns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "template_paths",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=200), nullable=False),
        sa.Column("slot", sa.String(length=20), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_paths")),
    )
    op.create_index(
        "ix_template_paths_site_slot_path", "template_paths", ["site", "slot", "path"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ix_template_paths_site_slot_path", table_name="template_paths")
    op.drop_table("template_paths")
