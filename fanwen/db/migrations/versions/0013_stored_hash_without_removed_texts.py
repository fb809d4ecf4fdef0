"""The stored hash without the removed texts (issue 15).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

``articles.stored_hash`` (0012) hashed the removed fragments' texts, so a page whose removed
list changes from fetch to fetch with no change of the article (a rotating advert that strip
removes, another on every fetch) was written again, ``replaced``, on every crawl. It now holds
the article a reader reads and which rules removed something, not what they removed
(:func:`fanwen.items.stored_hash`). Every row's hash is computed again here from what is stored,
so an article whose pages give what is stored is found unchanged by the next crawl or
reprocess; the downgrade computes the 0012 hashes again.

The hash is frozen here (:func:`_stored_hash`, as :func:`fanwen.items.stored_hash` was at this
revision; a test checks the two agree), with the tables it reads: a migration must give the
same database whatever the app code later becomes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_articles = sa.table(
    "articles",
    sa.column("id", sa.Integer),
    sa.column("title", sa.String),
    sa.column("published", sa.DateTime),
    sa.column("author", sa.String),
    sa.column("source", sa.String),
    sa.column("category", sa.String),
    sa.column("truncated", sa.Boolean),
    sa.column("pages", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("stored_hash", sa.String),
)
_sections = sa.table(
    "sections",
    sa.column("article_id", sa.Integer),
    sa.column("position", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("level", sa.Integer),
    sa.column("heading", sa.Text),
    sa.column("text", sa.Text),
)
_removed = sa.table(
    "removed_fragments",
    sa.column("article_id", sa.Integer),
    sa.column("position", sa.Integer),
    sa.column("rule", sa.String),
    sa.column("text", sa.Text),
)
_CHUNK = 500  # articles a query: within every database's bound-parameter limit


def _stored_hash(
    row: sa.Row[tuple[object, ...]],
    sections: list[list[object]],
    removed: Iterable[tuple[str, str]],
    texts: bool,
) -> str:
    """SHA-256 of an article's stored values, as :func:`fanwen.items.stored_hash` computes it:
    at this revision (``texts`` False: the removing rules, sorted, once each) or at 0012's
    (``texts`` True: every removed ``[rule, text]`` in order)."""
    published: datetime | None = row.published
    values = [
        row.title,
        published.isoformat() if published else None,
        row.author,
        row.source,
        row.category,
        bool(row.truncated),
        row.pages or 1,
        None if sections else (row.text or ""),
        sections,
        [list(cut) for cut in removed] if texts else sorted({rule for rule, _ in removed}),
    ]
    serialised = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(serialised.encode()).hexdigest()


def refresh(connection: sa.Connection, texts: bool) -> None:
    """Compute every article's ``stored_hash`` from its stored rows (:func:`_stored_hash`)."""
    ids = list(connection.execute(sa.select(_articles.c.id).order_by(_articles.c.id)).scalars())
    write = (
        sa.update(_articles)
        .where(_articles.c.id == sa.bindparam("row_id"))
        .values(stored_hash=sa.bindparam("row_hash"))
    )
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        sections: dict[int, list[list[object]]] = {}
        for part in connection.execute(
            sa.select(
                _sections.c.article_id,
                _sections.c.kind,
                _sections.c.level,
                _sections.c.heading,
                _sections.c.text,
            )
            .where(_sections.c.article_id.in_(chunk))
            .order_by(_sections.c.article_id, _sections.c.position)
        ):
            sections.setdefault(part.article_id, []).append(
                [part.kind, part.level, part.heading, part.text or ""]
            )
        removed: dict[int, list[tuple[str, str]]] = {}
        for cut in connection.execute(
            sa.select(_removed.c.article_id, _removed.c.rule, _removed.c.text)
            .where(_removed.c.article_id.in_(chunk))
            .order_by(_removed.c.article_id, _removed.c.position)
        ):
            removed.setdefault(cut.article_id, []).append((cut.rule, cut.text))
        rows = connection.execute(sa.select(_articles).where(_articles.c.id.in_(chunk))).all()
        hashes = [
            {
                "row_id": row.id,
                "row_hash": _stored_hash(row, sections.get(row.id, []), removed.get(row.id, ()), texts),
            }
            for row in rows
        ]
        if hashes:
            connection.execute(write, hashes)


def upgrade() -> None:
    refresh(op.get_bind(), texts=False)


def downgrade() -> None:
    refresh(op.get_bind(), texts=True)
