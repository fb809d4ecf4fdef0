"""Learned site boilerplate counts (issue: strip).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Reserved in the chain so the features that need schema changes can land in any order; it
changes nothing until its feature fills it in.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
