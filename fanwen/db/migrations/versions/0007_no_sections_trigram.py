"""Drop the trigram side-index of sections (issue 13: CPU per page).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

``sections_fts`` (trigram, external content on ``sections``, three triggers) indexed every
section's text a second time for Datasette's search box: it cost more per article than the
bigram index ``search_index`` (3.5 against 2.7 ms of CPU for an article of 4,000 characters)
and took a third of the database, and it could not find words shorter than three characters.
Datasette's box on ``sections`` is the bigram index now, through fanwen's plugin
(:mod:`fanwen.datasette_plugin`). The titles' trigram index ``articles_fts`` stays: it costs
little. SQLite only; the downgrade builds the trigram index again from the sections. Its SQL
is frozen here (0002's), not imported: a migration must not change with the app code.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

CREATE_SECTIONS_TRIGRAM = (
    "CREATE VIRTUAL TABLE sections_fts USING fts5(heading, text, "
    'content="sections", content_rowid="id", tokenize="trigram")',
    "CREATE TRIGGER sections_fts_ai AFTER INSERT ON sections BEGIN "
    "INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text); END",
    "CREATE TRIGGER sections_fts_ad AFTER DELETE ON sections BEGIN "
    "INSERT INTO sections_fts(sections_fts, rowid, heading, text) "
    "VALUES ('delete', old.id, old.heading, old.text); END",
    "CREATE TRIGGER sections_fts_au AFTER UPDATE ON sections BEGIN "
    "INSERT INTO sections_fts(sections_fts, rowid, heading, text) "
    "VALUES ('delete', old.id, old.heading, old.text); "
    "INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text); END",
)
DROP_SECTIONS_TRIGRAM = (
    "DROP TRIGGER IF EXISTS sections_fts_au",
    "DROP TRIGGER IF EXISTS sections_fts_ad",
    "DROP TRIGGER IF EXISTS sections_fts_ai",
    "DROP TABLE IF EXISTS sections_fts",
)

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    for statement in DROP_SECTIONS_TRIGRAM:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    for statement in CREATE_SECTIONS_TRIGRAM:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql("INSERT INTO sections_fts(sections_fts) VALUES ('rebuild')")
