"""Chinese full-text search index (issue: query the archive).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

Reserved in the chain so the features that need schema changes can land in any order; it
changes nothing until its feature fills it in.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
