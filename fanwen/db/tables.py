"""The tables fanwen stores, in SQLAlchemy Core: sites, articles, sections, removals, revisions, runs.

Table and column names are public interface (users query them with Datasette or any SQL
client). Every timestamp is stored as a *naive UTC* ``DateTime``: SQLite has no time-zone
type, and naive-UTC everywhere keeps SQLite and PostgreSQL identical. ``articles.published``
is the exception that proves the rule: it is the site's wall-clock time, naive, as extraction
gives it (a date stated with an offset is converted to the site's zone there: docs/extraction.md,
"What published means").

Why Core here and the typed ORM classes in :mod:`fanwen.db.models` on top of these tables
(SQLAlchemy's "declarative with imperative table"): the writer, the queries, the crawl state
and the migrations use Core only, and a crawl's process that never imports ``sqlalchemy.orm``
nor configures mappers holds about 7 MB less (issue 13's memory target, docs/performance.md).
The ORM classes stay for programs and tests that want them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """The current time as naive UTC, the form every stored timestamp takes."""
    return datetime.now(UTC).replace(tzinfo=None)


def _required(name: str, type_: object, **kwargs: object) -> Column:  # type: ignore[type-arg]
    """A NOT NULL column (the ORM's ``Mapped[X]``; ``Mapped[X | None]`` is a plain Column)."""
    return Column(name, type_, nullable=False, **kwargs)  # type: ignore[arg-type]


def _run_counts() -> list[Column]:  # type: ignore[type-arg]
    """The counts a run and each process of a distributed run keep (fanwen.db.store.RUN_COUNTS)."""
    return [
        _required("pages_fetched", Integer, default=0),
        _required("articles_new", Integer, default=0),
        _required("articles_changed", Integer, default=0),
        _required("articles_unchanged", Integer, default=0),
        # Written again in place, no revision: corrected metadata, a re-read at the crawl's end.
        _required("articles_replaced", Integer, default=0, server_default="0"),
        _required("articles_dropped", Integer, default=0),
        _required("errors", Integer, default=0),
    ]


sites_table = Table(
    "sites",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("name", String(200), unique=True),
    Column("base_url", String(500)),
)

articles_table = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", ForeignKey("sites.id", ondelete="SET NULL"), index=True),
    _required("url", String(2000), unique=True),
    Column("title", Text),
    Column("published", DateTime),
    Column("author", String(200)),
    Column("source", String(200)),
    Column("category", String(200)),
    _required("truncated", Boolean, default=False),
    _required("pages", Integer, default=1),
    _required("content_hash", String(64)),
    _required("text", Text, default=""),
    _required("first_seen", DateTime, default=utcnow),
    _required("last_seen", DateTime, default=utcnow),
    _required("updated_at", DateTime, default=utcnow),
    # Kept for conditional requests (If-None-Match / If-Modified-Since) on later crawls.
    Column("etag", String(200)),
    Column("last_modified", String(100)),
    # The learned template the article was read by (its key) and where its page showed the
    # template's slots (JSON): the end of a crawl reads again, from the kept pages, the articles
    # the site's final template would read otherwise (fanwen.reprocess.recheck_learned).
    Column("template_key", String(16)),
    Column("template_seen", Text),
    # SHA-256 of everything stored for the article (fanwen.items.stored_hash: its columns that
    # say what the page gives, its sections and removed fragments): a crawl and fanwen reprocess
    # store an article again exactly when it differs. Migration 0012 computed it for the rows
    # before it; None only in a row another program wrote (compared by its fields).
    Column("stored_hash", String(64)),
)

sections_table = Table(
    "sections",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("article_id", ForeignKey("articles.id", ondelete="CASCADE")),
    _required("position", Integer),
    _required("kind", String(20)),
    _required("level", Integer, default=1),
    Column("heading", Text),
    _required("text", Text, default=""),
    Index("ix_sections_article_id_position", "article_id", "position"),
)

removed_table = Table(
    "removed_fragments",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("article_id", ForeignKey("articles.id", ondelete="CASCADE")),
    _required("position", Integer),
    _required("rule", String(100), index=True),
    _required("text", Text),
    Index("ix_removed_fragments_article_id_position", "article_id", "position"),
)

# How many articles of a site a short block was seen in (learned boilerplate, strip stage).
# ``block_hash`` is fanwen.strip.boilerplate.block_key; the row with hash ``*`` counts the
# site's articles seen; a hash opening with ``§`` (fanwen.strip.boilerplate.slot_key) counts the
# articles a slot's label opened a block in, its sample the label.
boilerplate_table = Table(
    "boilerplate_blocks",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("site", String(200)),
    _required("block_hash", String(16)),
    _required("count", Integer, default=0),
    _required("sample_text", Text, default=""),
    _required("first_seen", DateTime, default=utcnow),
    _required("last_seen", DateTime, default=utcnow),
    Index("ix_boilerplate_blocks_site_block_hash", "site", "block_hash", unique=True),
)

# On how many article pages of a site a template slot was found at an element path
# (``count``), and how many had the path's element but showed the slot elsewhere or not at all
# (``passed``): learned templates, fanwen.extract.template. ``slot`` is ``content``, ``title``,
# ``published`` or ``author``; the row with slot ``*`` (and an empty path) counts the site's
# article pages seen.
template_table = Table(
    "template_paths",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("site", String(200)),
    _required("slot", String(20)),
    _required("path", String(500)),
    _required("count", Integer, default=0),
    _required("passed", Integer, default=0),
    _required("first_seen", DateTime, default=utcnow),
    _required("last_seen", DateTime, default=utcnow),
    Index("ix_template_paths_site_slot_path", "site", "slot", "path", unique=True),
)

# An article page as the site sent it (see fanwen.db.pages): final URL, fetch time, status,
# headers (a JSON list of ``[name, value]``), and the body compressed with zstd, with the site's
# dictionary ``dict_key`` (``page_dicts``) when it had one. ``page`` counts from 1; ``size`` is
# the body's own size. The rows are the pages an article was last read from.
kept_pages_table = Table(
    "kept_pages",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("article_id", ForeignKey("articles.id", ondelete="CASCADE")),
    _required("page", Integer),
    _required("url", String(2000)),
    _required("status", Integer),
    _required("headers", Text),
    _required("fetched_at", DateTime),
    _required("size", Integer),
    Column("dict_key", String(16)),
    _required("body", LargeBinary),
    Index("ix_kept_pages_article_id_page", "article_id", "page"),
)

# A zstd dictionary trained on a site's first kept pages; ``key`` is a hash of ``data``.
page_dicts_table = Table(
    "page_dicts",
    metadata,
    Column("key", String(16), primary_key=True),
    _required("site", String(200), index=True),
    _required("data", LargeBinary),
    _required("created", DateTime, default=utcnow),
)

# Where a killed ``fanwen reprocess`` resumes: the last article id it committed, for the
# selection and rules ``key`` names (written in the same transaction as the articles).
checkpoints_table = Table(
    "reprocess_checkpoints",
    metadata,
    Column("key", String(64), primary_key=True),
    _required("after", Integer),
    _required("updated", DateTime, default=utcnow),
)

# An earlier version of an article, captured just before a changed crawl replaced it.
revisions_table = Table(
    "article_revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("article_id", ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    _required("content_hash", String(64)),
    Column("title", Text),
    _required("text", Text, default=""),
    # [{"position", "kind", "level", "heading", "text"}, ...] as JSON text, portable everywhere.
    _required("sections_json", Text, default="[]"),
    _required("captured_at", DateTime, default=utcnow),
)

runs_table = Table(
    "crawl_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("started", DateTime, default=utcnow),
    Column("finished", DateTime),
    # running | finished | interrupted | failed; a run killed before it ended stays "running"
    # until the next run, holding the run lock, marks it "interrupted" (fanwen.db.state).
    _required("status", String(20), default="running", index=True),
    Column("targets", Text),
    *_run_counts(),
    Column("stats_json", Text),
)

# One process of a distributed run (``fanwen crawl --queue``): its own counts and status; the
# run's row holds their sums (fanwen.db.workers).
workers_table = Table(
    "crawl_run_workers",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("run_id", ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True),
    _required("worker", String(200)),  # host:pid:random
    _required("started", DateTime, default=utcnow),
    Column("finished", DateTime),
    _required("status", String(20), default="running"),
    *_run_counts(),
)
