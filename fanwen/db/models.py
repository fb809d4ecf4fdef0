"""The SQLAlchemy ORM tables fanwen stores: sites, articles, sections, removals, revisions, runs.

Table and column names are public interface (users query them with Datasette or any SQL
client). Every timestamp is stored as a *naive UTC* ``DateTime``: SQLite has no time-zone
type, and naive-UTC everywhere keeps SQLite and PostgreSQL identical. ``articles.published``
is the exception that proves the rule: it is the site's wall-clock time, naive, as extraction
gives it (a date stated with an offset is converted to the site's zone there: docs/extraction.md,
"What published means").
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time as naive UTC, the form every stored timestamp takes."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    base_url: Mapped[str | None] = mapped_column(String(500))

    articles: Mapped[list[Article]] = relationship(back_populates="site")


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(DateTime)
    author: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(200))
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Kept for conditional requests (If-None-Match / If-Modified-Since) on later crawls.
    etag: Mapped[str | None] = mapped_column(String(200))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    # The learned template the article was read by (its key) and where its page showed the
    # template's slots (JSON): the end of a crawl reads again, from the kept pages, the articles
    # the site's final template would read otherwise (fanwen.reprocess.recheck_learned).
    template_key: Mapped[str | None] = mapped_column(String(16))
    template_seen: Mapped[str | None] = mapped_column(Text)
    # SHA-256 of everything stored for the article (fanwen.items.stored_hash: its columns that
    # say what the page gives, its sections and removed fragments): a crawl and fanwen reprocess
    # store an article again exactly when it differs. Migration 0012 computed it for the rows
    # before it; None only in a row another program wrote (compared by its fields).
    stored_hash: Mapped[str | None] = mapped_column(String(64))

    site: Mapped[Site | None] = relationship(back_populates="articles")
    sections: Mapped[list[Section]] = relationship(
        back_populates="article",
        order_by="Section.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    removed_fragments: Mapped[list[RemovedFragment]] = relationship(
        back_populates="article",
        order_by="RemovedFragment.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    revisions: Mapped[list[ArticleRevision]] = relationship(
        back_populates="article",
        order_by="ArticleRevision.captured_at",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Section(Base):
    __tablename__ = "sections"
    __table_args__ = (Index("ix_sections_article_id_position", "article_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer, default=1)
    heading: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")

    article: Mapped[Article] = relationship(back_populates="sections")


class RemovedFragment(Base):
    __tablename__ = "removed_fragments"
    __table_args__ = (Index("ix_removed_fragments_article_id_position", "article_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(100), index=True)
    text: Mapped[str] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="removed_fragments")


class BoilerplateBlock(Base):
    """How many articles of a site a short block was seen in (learned boilerplate, strip stage).

    ``block_hash`` is :func:`fanwen.strip.boilerplate.block_key`; the row with hash ``*``
    counts the site's articles seen.
    """

    __tablename__ = "boilerplate_blocks"
    __table_args__ = (Index("ix_boilerplate_blocks_site_block_hash", "site", "block_hash", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(200))
    block_hash: Mapped[str] = mapped_column(String(16))
    count: Mapped[int] = mapped_column(Integer, default=0)
    sample_text: Mapped[str] = mapped_column(Text, default="")
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TemplatePath(Base):
    """On how many article pages of a site a template slot was found at an element path
    (``count``), and how many had the path's element but showed the slot elsewhere or not at
    all (``passed``): learned templates, :mod:`fanwen.extract.template`.

    ``slot`` is ``content``, ``title``, ``published`` or ``author``; the row with slot ``*``
    (and an empty path) counts the site's article pages seen.
    """

    __tablename__ = "template_paths"
    __table_args__ = (Index("ix_template_paths_site_slot_path", "site", "slot", "path", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(200))
    slot: Mapped[str] = mapped_column(String(20))
    path: Mapped[str] = mapped_column(String(500))
    count: Mapped[int] = mapped_column(Integer, default=0)
    passed: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class KeptPage(Base):
    """An article page as the site sent it (see :mod:`fanwen.db.pages`): final URL, fetch time,
    status, headers (a JSON list of ``[name, value]``), and the body compressed with zstd, with
    the site's dictionary ``dict_key`` (``page_dicts``) when it had one. ``page`` counts from 1;
    ``size`` is the body's own size. The rows are the pages an article was last read from.
    """

    __tablename__ = "kept_pages"
    __table_args__ = (Index("ix_kept_pages_article_id_page", "article_id", "page"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    page: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(String(2000))
    status: Mapped[int] = mapped_column(Integer)
    headers: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
    size: Mapped[int] = mapped_column(Integer)
    dict_key: Mapped[str | None] = mapped_column(String(16))
    body: Mapped[bytes] = mapped_column(LargeBinary)


class PageDict(Base):
    """A zstd dictionary trained on a site's first kept pages; ``key`` is a hash of ``data``."""

    __tablename__ = "page_dicts"

    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    site: Mapped[str] = mapped_column(String(200), index=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReprocessCheckpoint(Base):
    """Where a killed ``fanwen reprocess`` resumes: the last article id it committed, for the
    selection and rules ``key`` names (written in the same transaction as the articles)."""

    __tablename__ = "reprocess_checkpoints"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    after: Mapped[int] = mapped_column(Integer)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ArticleRevision(Base):
    """An earlier version of an article, captured just before a changed crawl replaced it."""

    __tablename__ = "article_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    # [{"position", "kind", "level", "heading", "text"}, ...] as JSON text, portable everywhere.
    sections_json: Mapped[str] = mapped_column(Text, default="[]")
    captured_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    article: Mapped[Article] = relationship(back_populates="revisions")


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished: Mapped[datetime | None] = mapped_column(DateTime)
    # running | finished | interrupted | failed; a run killed before it ended stays "running"
    # until the next run, holding the run lock, marks it "interrupted" (fanwen.db.state).
    status: Mapped[str] = mapped_column(String(20), default="running", index=True)
    targets: Mapped[str | None] = mapped_column(Text)
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_changed: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    # Written again in place, no revision: corrected metadata, a re-read at the crawl's end.
    articles_replaced: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    articles_dropped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    stats_json: Mapped[str | None] = mapped_column(Text)


class CrawlRunWorker(Base):
    """One process of a distributed run (``fanwen crawl --queue``): its own counts and status;
    the run's row holds their sums (:mod:`fanwen.db.workers`)."""

    __tablename__ = "crawl_run_workers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    worker: Mapped[str] = mapped_column(String(200))  # host:pid:random
    started: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_changed: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    # Written again in place, no revision: corrected metadata, a re-read at the crawl's end.
    articles_replaced: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    articles_dropped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)


# Core handles on the tables, for the writer and the queries, which use SQLAlchemy Core.
articles_table: Table = Article.__table__  # type: ignore[assignment]
sites_table: Table = Site.__table__  # type: ignore[assignment]
sections_table: Table = Section.__table__  # type: ignore[assignment]
removed_table: Table = RemovedFragment.__table__  # type: ignore[assignment]
revisions_table: Table = ArticleRevision.__table__  # type: ignore[assignment]
runs_table: Table = CrawlRun.__table__  # type: ignore[assignment]
workers_table: Table = CrawlRunWorker.__table__  # type: ignore[assignment]
boilerplate_table: Table = BoilerplateBlock.__table__  # type: ignore[assignment]
template_table: Table = TemplatePath.__table__  # type: ignore[assignment]
kept_pages_table: Table = KeptPage.__table__  # type: ignore[assignment]
page_dicts_table: Table = PageDict.__table__  # type: ignore[assignment]
checkpoints_table: Table = ReprocessCheckpoint.__table__  # type: ignore[assignment]
