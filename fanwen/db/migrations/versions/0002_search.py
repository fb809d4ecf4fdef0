"""Chinese full-text search index (issue: query the archive).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

SQLite only: the bigram index ``search_index`` that ``fanwen search`` uses, the trigram
indexes ``sections_fts`` and ``articles_fts`` that Datasette detects, and views for people
browsing the archive (``article_sections``, ``removed_by_rule``). Other databases get the views
and search with LIKE. See ``fanwen/db/fulltext.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from fanwen.db.fulltext import CREATE_INDEX, CREATE_SECTIONS_TRIGRAM, CREATE_TITLES, DROP, rebuild

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = {
    "article_sections": """
        SELECT sections.id AS section_id, articles.id AS article_id, sites.name AS site,
               articles.title, articles.published, sections.position, sections.kind,
               sections.level, sections.heading, sections.text, articles.url
        FROM sections
        JOIN articles ON articles.id = sections.article_id
        LEFT JOIN sites ON sites.id = articles.site_id""",
    "removed_by_rule": """
        SELECT sites.name AS site, removed_fragments.rule, COUNT(*) AS fragments,
               COUNT(DISTINCT removed_fragments.article_id) AS articles
        FROM removed_fragments
        JOIN articles ON articles.id = removed_fragments.article_id
        LEFT JOIN sites ON sites.id = articles.site_id
        GROUP BY sites.name, removed_fragments.rule""",
}


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    # As it was then: 0007 drops the sections' trigram side-index again.
    for statement in (*CREATE_INDEX, *CREATE_SECTIONS_TRIGRAM, *CREATE_TITLES):
        connection.exec_driver_sql(statement)
    rebuild(connection)  # a database crawled before this migration


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in DROP:
            connection.exec_driver_sql(statement)
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
