"""Learned site boilerplate counts (issue: strip).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

``boilerplate_blocks``: per site, how many articles each short block was seen in (the
strip pipeline's memory between crawls; see fanwen.strip.boilerplate).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "boilerplate_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=200), nullable=False),
        sa.Column("block_hash", sa.String(length=16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("sample_text", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boilerplate_blocks")),
    )
    op.create_index(
        "ix_boilerplate_blocks_site_block_hash", "boilerplate_blocks", ["site", "block_hash"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ix_boilerplate_blocks_site_block_hash", table_name="boilerplate_blocks")
    op.drop_table("boilerplate_blocks")
