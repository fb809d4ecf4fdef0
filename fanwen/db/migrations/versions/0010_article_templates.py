"""The learned template each article was read by (issue 11's template re-check, issue 15).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

``articles.template_key``: the key of the site's learned template the article's page was read
by; ``articles.template_seen``: where the page showed each template slot (JSON). At the end of
a crawl, the articles whose page the final template would read otherwise are read again from
their kept pages. Articles stored before this migration have neither, and are not re-checked.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("template_key", sa.String(length=16), nullable=True))
    op.add_column("articles", sa.Column("template_seen", sa.Text(), nullable=True))


def downgrade() -> None:
    # Not a batch (a copy of the table): the views over articles would stop SQLite renaming it.
    # SQLite drops a column in place since 3.35.
    op.drop_column("articles", "template_seen")
    op.drop_column("articles", "template_key")
