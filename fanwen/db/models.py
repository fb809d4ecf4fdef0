"""The typed SQLAlchemy ORM classes of fanwen's tables, for programs and tests that want rows as objects.

Each class maps a Core table of :mod:`fanwen.db.tables` (SQLAlchemy's "declarative with
imperative table"): the tables, their columns, indexes and the timestamps' meaning are defined
once there, and fanwen's own code (the writer, the queries, the migrations) uses them without
importing the ORM (a crawl's process is about 7 MB smaller: docs/performance.md). The
annotations give each column's Python type; ``models.Article`` is a table row, not the
:class:`fanwen.items.Article` item.

>>> Article.__table__ is articles_table, Article(url="https://example.com/1").url
(True, 'https://example.com/1')
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from fanwen.db.tables import (
    NAMING_CONVENTION,
    articles_table,
    boilerplate_table,
    checkpoints_table,
    kept_pages_table,
    metadata,
    page_dicts_table,
    removed_table,
    revisions_table,
    runs_table,
    sections_table,
    sites_table,
    template_table,
    utcnow,
    workers_table,
)

__all__ = [
    "NAMING_CONVENTION",
    "Article",
    "ArticleRevision",
    "Base",
    "BoilerplateBlock",
    "CrawlRun",
    "CrawlRunWorker",
    "KeptPage",
    "PageDict",
    "RemovedFragment",
    "ReprocessCheckpoint",
    "Section",
    "Site",
    "TemplatePath",
    "utcnow",
]


class Base(DeclarativeBase):
    metadata = metadata


class Site(Base):
    __table__ = sites_table

    id: Mapped[int]
    name: Mapped[str]
    base_url: Mapped[str | None]

    articles: Mapped[list[Article]] = relationship(back_populates="site")


class Article(Base):
    __table__ = articles_table

    id: Mapped[int]
    site_id: Mapped[int | None]
    url: Mapped[str]
    title: Mapped[str | None]
    published: Mapped[datetime | None]
    author: Mapped[str | None]
    source: Mapped[str | None]
    category: Mapped[str | None]
    truncated: Mapped[bool]
    pages: Mapped[int]
    content_hash: Mapped[str]
    text: Mapped[str]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    updated_at: Mapped[datetime]
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    template_key: Mapped[str | None]
    template_seen: Mapped[str | None]
    stored_hash: Mapped[str | None]

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
    __table__ = sections_table

    id: Mapped[int]
    article_id: Mapped[int]
    position: Mapped[int]
    kind: Mapped[str]
    level: Mapped[int]
    heading: Mapped[str | None]
    text: Mapped[str]

    article: Mapped[Article] = relationship(back_populates="sections")


class RemovedFragment(Base):
    __table__ = removed_table

    id: Mapped[int]
    article_id: Mapped[int]
    position: Mapped[int]
    rule: Mapped[str]
    text: Mapped[str]

    article: Mapped[Article] = relationship(back_populates="removed_fragments")


class BoilerplateBlock(Base):
    """How many articles of a site a short block was seen in (learned boilerplate, strip stage)."""

    __table__ = boilerplate_table

    id: Mapped[int]
    site: Mapped[str]
    block_hash: Mapped[str]
    count: Mapped[int]
    sample_text: Mapped[str]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class TemplatePath(Base):
    """On how many article pages of a site a template slot was found at an element path."""

    __table__ = template_table

    id: Mapped[int]
    site: Mapped[str]
    slot: Mapped[str]
    path: Mapped[str]
    count: Mapped[int]
    passed: Mapped[int]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class KeptPage(Base):
    """An article page as the site sent it (see :mod:`fanwen.db.pages`)."""

    __table__ = kept_pages_table

    id: Mapped[int]
    article_id: Mapped[int]
    page: Mapped[int]
    url: Mapped[str]
    status: Mapped[int]
    headers: Mapped[str]
    fetched_at: Mapped[datetime]
    size: Mapped[int]
    dict_key: Mapped[str | None]
    body: Mapped[bytes]


class PageDict(Base):
    """A zstd dictionary trained on a site's first kept pages."""

    __table__ = page_dicts_table

    key: Mapped[str]
    site: Mapped[str]
    data: Mapped[bytes]
    created: Mapped[datetime]


class ReprocessCheckpoint(Base):
    """Where a killed ``fanwen reprocess`` resumes."""

    __table__ = checkpoints_table

    key: Mapped[str]
    after: Mapped[int]
    updated: Mapped[datetime]


class ArticleRevision(Base):
    """An earlier version of an article, captured just before a changed crawl replaced it."""

    __table__ = revisions_table

    id: Mapped[int]
    article_id: Mapped[int]
    content_hash: Mapped[str]
    title: Mapped[str | None]
    text: Mapped[str]
    sections_json: Mapped[str]
    captured_at: Mapped[datetime]

    article: Mapped[Article] = relationship(back_populates="revisions")


class _RunCounts:
    """The counts a run and each process of a distributed run keep (their columns' types)."""

    pages_fetched: Mapped[int]
    articles_new: Mapped[int]
    articles_changed: Mapped[int]
    articles_unchanged: Mapped[int]
    articles_replaced: Mapped[int]
    articles_dropped: Mapped[int]
    errors: Mapped[int]


class CrawlRun(_RunCounts, Base):
    __table__ = runs_table

    id: Mapped[int]
    started: Mapped[datetime]
    finished: Mapped[datetime | None]
    status: Mapped[str]
    targets: Mapped[str | None]
    stats_json: Mapped[str | None]


class CrawlRunWorker(_RunCounts, Base):
    """One process of a distributed run (``fanwen crawl --queue``)."""

    __table__ = workers_table

    id: Mapped[int]
    run_id: Mapped[int]
    worker: Mapped[str]
    started: Mapped[datetime]
    finished: Mapped[datetime | None]
    status: Mapped[str]
