"""ArticleStore: idempotent, batched writes of articles and crawl runs through SQLAlchemy Core.

One store is one writer. ``save`` runs inside an open transaction that is committed every
``batch_size`` articles and on ``flush``/``close``; each article runs in a SAVEPOINT so a bad
article fails alone (a value the schema cannot hold is cleaned first where it can be: :func:`storable`).
Articles are upserted on their URL with the dialect's
``INSERT ... ON CONFLICT DO UPDATE`` (SQLite and PostgreSQL); on SQLite the batch transaction
starts with ``BEGIN IMMEDIATE`` so reading the previous version and writing the new one can
never be interrupted by another writer. Timestamps are naive UTC (see :mod:`fanwen.db.tables`);
``published`` is the site's wall-clock time, naive (:func:`fanwen.items.stored_published`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import Connection, Dialect, Engine, bindparam, delete, exc, func, select, update

from fanwen.db.boilerplate import add_counts, forget_rare
from fanwen.db.dialect import (
    add_index_rows,
    add_titles,
    begin_write,
    busy_timeout,
    index_rows,
    savepoint,
    search_available,
    store_adds_titles,
    unindex_article,
)
from fanwen.db.engine import (
    DatabaseError,
    DiskFull,
    DriverStatement,
    StorageError,
    WriteLocked,
    upsert,
    wrap_error,
)
from fanwen.db.tables import articles_table as _articles
from fanwen.db.tables import boilerplate_table as _blocks
from fanwen.db.tables import removed_table as _removed
from fanwen.db.tables import revisions_table as _revisions
from fanwen.db.tables import runs_table as _runs
from fanwen.db.tables import sections_table as _sections
from fanwen.db.tables import sites_table as _sites
from fanwen.db.tables import utcnow
from fanwen.db.template import add_counts as add_template_counts
from fanwen.extract.processors import DEFAULT_TIMEZONE
from fanwen.extract.template import PAGES_KEY, Signature, signature_json
from fanwen.items import content_hash as content_hash_of
from fanwen.items import stored_published
from fanwen.strip.boilerplate import ARTICLES_KEY, BoilerplateOptions

if TYPE_CHECKING:
    from types import TracebackType

    from fanwen.db.pages import PageArchive
    from fanwen.items import Article

SaveResult = Literal["new", "changed", "unchanged", "replaced"]


RUN_COUNTS = (
    "pages_fetched",
    "articles_new",
    "articles_changed",
    "articles_unchanged",
    "articles_replaced",
    "articles_dropped",
    "errors",
)


# The article's columns the upserts write, in the order ``_save`` gives their values.
_ARTICLE_VALUES = (
    "site_id",
    "url",
    "title",
    "published",
    "author",
    "source",
    "category",
    "truncated",
    "pages",
    "etag",
    "last_modified",
    "content_hash",
    "text",
    "template_key",
    "template_seen",
    "stored_hash",
    "first_seen",
    "last_seen",
    "updated_at",
)
_SECTION_VALUES = ("article_id", "position", "kind", "level", "heading", "text")
_REMOVED_VALUES = ("article_id", "position", "rule", "text")


class _ArticleStatements(NamedTuple):
    """The statements of every stored article, compiled once per dialect and driver and run on
    the driver (:class:`fanwen.db.engine.DriverStatement`); every value a bound parameter."""

    previous: DriverStatement  # the stored version of a URL
    published: Any  # the result processor of the stored version's ``published`` (or None)
    changed: DriverStatement  # upsert writing every column (new or changed content)
    unchanged: DriverStatement  # upsert moving only last_seen and the validators
    # Changed content read again from kept pages: not last_seen nor the validators.
    unfetched: DriverStatement
    sections: DriverStatement
    section_ids: DriverStatement  # the article's section ids by position
    stored_sections: DriverStatement  # the article's (position, kind, level, heading, text) in order
    removed: DriverStatement


def _article_statements(dialect: Dialect) -> _ArticleStatements:
    insert = upsert(_articles, dialect.name)
    every = {
        c.name: insert.excluded[c.name]
        for c in _articles.columns
        if c.name not in ("id", "url", "first_seen")
    }
    validators = {name: insert.excluded[name] for name in ("last_seen", "etag", "last_modified")}
    content = {name: value for name, value in every.items() if name not in validators}

    def article(set_: dict[str, Any]) -> DriverStatement:
        statement = insert.on_conflict_do_update(index_elements=["url"], set_=set_).returning(_articles.c.id)
        return DriverStatement.of(statement, dialect, _ARTICLE_VALUES, _articles)

    previous = select(
        _articles.c.id,
        _articles.c.content_hash,
        _articles.c.title,
        _articles.c.text,
        _articles.c.published,
        _articles.c.author,
        _articles.c.source,
        _articles.c.stored_hash,
    ).where(_articles.c.url == bindparam("url"))
    section_ids = (
        select(_sections.c.id)
        .where(_sections.c.article_id == bindparam("article_id"))
        .order_by(_sections.c.position)
    )
    stored = (
        select(
            _sections.c.position, _sections.c.kind, _sections.c.level, _sections.c.heading, _sections.c.text
        )
        .where(_sections.c.article_id == bindparam("article_id"))
        .order_by(_sections.c.position)
    )
    return _ArticleStatements(
        previous=DriverStatement.of(previous, dialect, ("url",)),
        published=_articles.c.published.type.dialect_impl(dialect).result_processor(dialect, None),
        changed=article(every),
        unchanged=article(validators),
        unfetched=article(content),
        sections=DriverStatement.of(_sections.insert(), dialect, _SECTION_VALUES, _sections),
        section_ids=DriverStatement.of(section_ids, dialect, ("article_id",)),
        stored_sections=DriverStatement.of(stored, dialect, ("article_id",)),
        removed=DriverStatement.of(_removed.insert(), dialect, _REMOVED_VALUES, _removed),
    )


class _Previous(NamedTuple):
    id: int
    content_hash: str
    title: str | None
    text: str | None
    published: datetime | None
    author: str | None
    source: str | None
    stored_hash: str | None


# A stored section as the store writes and reads it: (kind, level, heading, text).
StoredSection = tuple[str, int, str | None, str]


def stored_sections(article: Article) -> list[StoredSection]:
    """The article's sections as the store writes them (a text of None is '')."""
    return [(s.kind, s.level, s.heading, s.text or "") for s in article.sections]


def revised(article: Article, content_hash: str, sections: list[StoredSection]) -> bool:
    """Whether ``article`` stored over a version with ``content_hash`` and ``sections`` (whose
    stored hash differs) keeps that version as a revision: its title, text or sections changed.
    Otherwise (another date, author, source, category, truncation, page count or removals) it
    is written in place: ``replaced``. ``fanwen reprocess`` decides with it too (``--dry-run``)."""
    return article.content_hash != content_hash or stored_sections(article) != sections


def _first_error(error: exc.DBAPIError) -> exc.DBAPIError:
    """The database error that started ``error``: SQLite rolls a whole transaction back on some
    errors (SQLITE_FULL in an executemany), and rolling the article's savepoint back then
    fails too ("no such savepoint"), hiding the cause."""
    cause = error.__context__
    while cause is not None:
        if isinstance(cause, exc.DBAPIError):
            error = cause
        cause = cause.__context__
    return error


# What the schema cannot hold, cleaned before the insert so both dialects keep the same row
# (SQLite stores anything; PostgreSQL refuses these with a DataError). NUL is in no text a
# reader sees (broken bytes a page decoded to); an author, source or category over its column
# is a misread field, clipped so the article is kept; an ETag over its column is dropped (a
# clipped one would never match, and no ETag only means the next fetch is unconditional). A
# URL over its column cannot be cleaned: the article is refused with that reason.
_CLIPPED = {"author": 200, "source": 200, "category": 200}
_DROPPED = {"etag": 200, "last_modified": 100}
_URL_LENGTH = 2000


def _no_nul(text: str) -> str:
    return text.replace("\x00", "") if "\x00" in text else text


def storable(article: Article) -> Article:
    """``article`` as the store writes it: the article itself when every value fits the schema,
    otherwise a cleaned copy (see above). Raises StorageError for a URL over 2,000 characters."""
    assert article.url is not None
    if len(article.url) > _URL_LENGTH:
        raise StorageError(f"cannot store {article.url[:100]}…: URL longer than {_URL_LENGTH} characters")
    changes: dict[str, Any] = {}
    for name in ("title", "author", "source", "category", "etag", "last_modified"):
        value = getattr(article, name)
        if value is None:
            continue
        clean: str | None = _no_nul(value)[: _CLIPPED.get(name)]
        if name in _DROPPED and len(value) > _DROPPED[name]:
            clean = None
        if clean != value:
            changes[name] = clean
    if any("\x00" in (s.heading or "") or "\x00" in (s.text or "") for s in article.sections):
        changes["sections"] = [
            replace(s, heading=s.heading and _no_nul(s.heading), text=_no_nul(s.text or ""))
            for s in article.sections
        ]
    if not article.sections and any("\x00" in b.text for b in article.blocks):
        changes["blocks"] = [replace(b, text=_no_nul(b.text)) for b in article.blocks]
    if any("\x00" in r.text for r in article.removed):
        changes["removed"] = [replace(r, text=_no_nul(r.text)) for r in article.removed]
    return replace(article, **changes) if changes else article


class ArticleStore:
    """Writes :class:`fanwen.items.Article` objects and crawl runs to a migrated database."""

    def __init__(
        self,
        engine: Engine,
        batch_size: int = 50,
        archive: PageArchive | None = None,
        timezone: str = DEFAULT_TIMEZONE,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.engine = engine
        # The sites' zone: ``published`` is stored as the site's wall clock, naive, and an aware
        # one (an Article a program made; the page path gives naive times) is converted to it.
        self.timezone = timezone
        self.batch_size = batch_size
        self.counts: Counter[str] = Counter()  # committed articles by result
        self._batch: Counter[str] = Counter()  # the open batch's, added to counts at commit
        # Articles saved in a batch that was rolled back (a full disk, a write that failed), by
        # result, and their sections and removed fragments: what a crawl's summary says was
        # read and not saved. _parts: the open batch's sections and removed fragments.
        self.lost: Counter[str] = Counter()
        self.lost_parts: Counter[str] = Counter()
        self._parts: Counter[str] = Counter()
        # Set by the first full disk or another program's write lock: the store writes no more.
        self._refused: DiskFull | WriteLocked | None = None
        self._dialect = engine.dialect.name
        self._connection: Connection | None = None
        self._pending = 0
        self._site_ids: dict[str, int] = {}
        # Learned-boilerplate counts of the batch's new articles, written once at commit.
        self._seen: dict[tuple[str, str], tuple[int, str]] = {}
        # Told of an article whose learned-boilerplate observations the store did not add (not
        # new, or refused): the strip stage's counts (BoilerplateCounts.not_counted) then stop
        # holding the blocks it was the first to show.
        self.not_counted: Callable[[list[tuple[str, str, str, int]]], None] | None = None
        # Learned-template counts of the batch's new articles, likewise.
        self._template_seen: dict[tuple[str, str, str], tuple[int, int]] = {}
        self._indexed: bool | None = None  # whether this database has the search index
        self._to_index: list[Any] = []  # the batch's search-index rows, written at commit
        # Whether the store adds new titles to the trigram side-index (fanwen.db.fulltext), and
        # the batch's, written at commit with the index rows.
        self._adds_titles: bool | None = None
        self._titles: list[tuple[int, str | None]] = []
        self._to_index_urls: set[str] = set()  # the articles the index rows and titles belong to
        self._statements = DriverStatement.cached(_article_statements, engine.dialect)
        # Where new and changed articles' pages are kept (fanwen.db.pages); None: not kept.
        self.archive = archive
        self.sites: set[str] = set()  # sites with new or changed articles (the boilerplate re-check)

    # -- transactions -------------------------------------------------------------------

    def _begin(self, *, articles: bool = True) -> Connection:
        if articles and self._refused is not None:
            raise type(self._refused)(str(self._refused))
        connection = self._connect()
        if connection.in_transaction():
            return connection
        connection.begin()
        try:
            begin_write(connection)  # SQLite takes its write lock now (fanwen.db.dialect)
        except exc.DBAPIError as error:
            raise self._failed(error) from error
        return connection

    def _connect(self) -> Connection:
        if self._connection is None:
            try:
                self._connection = self.engine.connect()
            except exc.DBAPIError as error:
                raise wrap_error(self.engine, error) from error
        return self._connection

    def flush(self) -> None:
        """Commit everything saved so far."""
        connection = self._connection
        if connection is None or not connection.in_transaction():
            return
        try:
            add_counts(connection, self._seen)
            add_template_counts(connection, self._template_seen)
            self._write_index(connection)
            if self.archive is not None:
                self.archive.flush(connection)
            connection.commit()
        except exc.DBAPIError as error:
            raise self._failed(error) from error
        self.counts.update(self._batch)
        self._batch.clear()
        self._parts.clear()
        self._pending = 0
        self._seen = {}
        self._template_seen = {}

    def _failed(self, error: exc.DBAPIError) -> DatabaseError:
        """Roll the batch back and return the error to raise; after a full disk, or another
        program's write lock held past the busy timeout, the store refuses every later write of
        articles (with the same error) instead of keeping some batches and losing others."""
        self._rollback()
        wrapped = wrap_error(self.engine, error)
        if isinstance(wrapped, (DiskFull, WriteLocked)):
            self._refused = wrapped
        return wrapped

    def _rollback(self) -> None:
        connection = self._connection
        # Not in_transaction(): a savepoint whose rollback failed (SQLite rolled the whole
        # transaction back itself on SQLITE_FULL) leaves the transaction inactive, not gone,
        # and the connection refuses to begin another until it is rolled back.
        if connection is not None and connection.get_transaction() is not None:
            try:
                connection.rollback()
            except exc.SQLAlchemyError:
                # SQLite may have rolled back itself (SQLITE_FULL, SQLITE_IOERR): start over on
                # a fresh connection rather than keep one SQLAlchemy considers broken.
                connection.invalidate()
                connection.close()
                self._connection = None
        self.lost.update({result: n for result, n in self._batch.items() if result != "not_modified"})
        self.lost_parts.update(self._parts)
        self._batch.clear()
        self._parts.clear()
        self._pending = 0
        self._seen = {}
        self._template_seen = {}
        self._to_index, self._titles, self._to_index_urls = [], [], set()
        self._site_ids.clear()  # ids inserted in the rolled-back transaction are gone
        if self.archive is not None:
            self.archive.rollback()

    def close(self) -> None:
        """Commit and release the connection (the engine stays with its owner)."""
        try:
            self.flush()
        finally:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._rollback()
        self.close()

    def in_batch(self, work: Callable[[Connection], Any]) -> Any:
        """Run ``work`` on the open batch's connection: committed with the batch's articles
        (``fanwen reprocess`` records how far it got so)."""
        connection = self._begin(articles=False)
        try:
            return work(connection)
        except exc.DBAPIError as error:
            raise self._failed(error) from error

    # -- crawl runs ---------------------------------------------------------------------

    def start_run(self, targets: str) -> int:
        """Record the start of a crawl; returns the run id (committed at once)."""
        self.flush()
        connection = self._begin()
        try:
            run_id = connection.execute(
                _runs.insert().values(targets=targets, started=utcnow(), status="running")
            ).inserted_primary_key[0]  # type: ignore[index]
        except exc.DBAPIError as error:
            raise self._failed(error) from error
        self.flush()
        return int(run_id)

    def finish_run(
        self,
        run_id: int,
        status: str,
        counts: dict[str, int],
        stats: dict[str, Any],
        *,
        wait: float | None = None,
    ) -> None:
        """Commit pending articles, then close the run with its status, counts and stats.

        ``counts`` keys are ``crawl_runs`` column names (``pages_fetched``, ``articles_new``,
        ...); unknown keys are ignored. ``stats`` is stored as JSON. ``wait``: seconds to wait
        for another program's write lock instead of the engine's busy timeout (SQLite; the
        store's last write, at the end of a crawl that lock stopped).
        """
        self.flush()
        if wait is not None:
            busy_timeout(self._connect(), wait)
        values: dict[str, Any] = {
            "finished": utcnow(),
            "status": status,
            "stats_json": json.dumps(stats, default=str, ensure_ascii=False, sort_keys=True),
        }
        values.update({key: int(counts[key] or 0) for key in RUN_COUNTS if key in counts})
        # Tried even after a full disk (the rolled-back batch may have left room for one row) or
        # another program's write lock (it may be gone by now).
        connection = self._begin(articles=False)
        try:
            forget_rare(connection)  # once a run: the learned-boilerplate rows that cannot matter
            connection.execute(update(_runs).where(_runs.c.id == run_id).values(**values))
        except exc.DBAPIError as error:
            raise self._failed(error) from error
        self.flush()

    # -- articles -----------------------------------------------------------------------

    def touch(self, url: str) -> bool:
        """Record that a stored article is unchanged without fetching it (a 304 answer).

        Only ``last_seen`` moves, inside the current batch. Returns False for an unknown URL.
        """
        connection = self._begin()
        try:
            result = connection.execute(
                update(_articles).where(_articles.c.url == url).values(last_seen=utcnow())
            )
        except exc.DBAPIError as error:
            raise self._failed(error) from error
        if not result.rowcount:
            return False
        self._batch["not_modified"] += 1
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()
        return True

    def save(self, article: Article, *, fetched: bool = True) -> SaveResult:
        """Upsert ``article`` by URL; returns ``"new"``, ``"changed"``, ``"unchanged"`` or
        ``"replaced"``.

        ``fetched`` False: the article was made again from its kept pages (``fanwen
        reprocess``), not fetched, so what the next crawl's schedule is made of stays as
        stored: ``last_seen`` (when it is due again), the ETag and Last-Modified it sends.

        Unchanged content only moves ``last_seen``. Changed content moves the previous version
        to ``article_revisions`` and replaces sections and removed fragments. A re-read of a
        page this crawl stored a moment ago (``article.reread``: a learned template, or the
        learned-boilerplate re-check at the end of the crawl) replaces it with no revision. A
        new or changed article's ``fetched`` pages are kept (:mod:`fanwen.db.pages`) when the
        store has an archive.
        """
        if not article.url:
            raise StorageError("cannot store an article without a URL")
        try:
            article = storable(article)
        except StorageError:
            if self.not_counted is not None:
                self.not_counted(article.boilerplate_seen)
            raise
        assert article.url is not None
        connection = self._begin()
        try:
            if article.url in self._to_index_urls:
                # Saved earlier in this batch: its rows must be in the index before they can be
                # removed (contentless FTS5 deletes a row by the values it was indexed with, and
                # the titles' update trigger a title by its indexed value).
                self._write_index(connection)
            with savepoint(connection):
                result, indexed, article_id = self._save(connection, article, fetched)
            if result == "new" and article_id is not None and self._store_adds_titles(connection):
                self._titles.append((article_id, article.title))
                self._to_index_urls.add(article.url)
        except (exc.IntegrityError, exc.DataError) as error:
            # The savepoint is rolled back (with any site row it added); the batch stays. A
            # DataError is a value the schema refuses (PostgreSQL: too long for its column, out
            # of range): the article's own fault, as a broken constraint is.
            self._site_ids.clear()
            if self.not_counted is not None:
                self.not_counted(article.boilerplate_seen)
            raise StorageError(f"cannot store {article.url}: {error.orig}") from error
        except exc.DBAPIError as error:
            raise self._failed(_first_error(error)) from error
        if indexed:
            self._to_index.extend(indexed)
            self._to_index_urls.add(article.url)
        if article.boilerplate_seen:
            self._count_seen(article.boilerplate_seen, result == "new")
        if result == "new" and article.template_seen is not None and article.site:
            self._count_template(article.site, article.template_seen)
        if result != "unchanged":
            self.sites.add(article.site or urlsplit(article.url).hostname or "")
        self._batch[result] += 1
        parts = Counter(sections=len(article.sections), removed=len(article.removed))
        self._parts.update(parts)
        self._pending += 1
        if self._pending >= self.batch_size:
            try:
                self.flush()
            except StorageError:
                # This article's save raises: its caller counts it, not the batch rolled back.
                self.lost -= Counter({result: 1})
                self.lost_parts -= parts
                raise
        return result

    def _count_seen(self, seen: list[tuple[str, str, str, int]], new: bool) -> None:
        """Add one article's learned-boilerplate observations to the batch's counts.

        Learned boilerplate counts distinct articles, so only a new one adds its own sighting.
        An entry adding 2 is a block's second sighting in the run, and brings the first (a new
        article's, held until now: :data:`fanwen.strip.boilerplate.HELD`), which an article
        that is not new still adds. A block held by an article that is not new is given back
        to the counts (``not_counted``)."""
        batch = self._seen
        for site, key, sample, added in seen:
            if not new:
                added = 1 if added == 2 else 0
            if added:
                n, first = batch.get((site, key), (0, sample))
                batch[(site, key)] = (n + added, first)
        if not new and self.not_counted is not None:
            self.not_counted(seen)

    def add_held(self, site: str, keys: Iterable[str], window: int = BoilerplateOptions().window) -> int:
        """At a run's end: count the blocks ``keys`` of ``site`` (a site or a column) seen in one
        new article of the run and in none before (held by the counts, never written), where
        :func:`~fanwen.db.boilerplate.forget_rare` keeps a block of one article: while the site
        has fewer than ``window`` articles, stored and in this batch. Elsewhere they would be
        deleted at once (a row lossy counting forgets) and are not written. Returns the rows
        written, in the open batch."""
        connection = self._begin(articles=False)
        try:
            stored = connection.execute(
                select(_blocks.c.count).where(_blocks.c.site == site, _blocks.c.block_hash == ARTICLES_KEY)
            ).scalar()
            articles = (stored or 0) + self._seen.get((site, ARTICLES_KEY), (0, ""))[0]
            if articles >= window:
                return 0
            rows = {(site, key): (1, "") for key in keys}
            add_counts(connection, rows)
        except exc.DBAPIError as error:
            raise self._failed(error) from error
        return len(rows)

    def _count_template(self, site: str, seen: Signature) -> None:
        """Add one new article's template observations to the batch's counts."""
        counts = self._template_seen
        for (slot, path), found in [
            (PAGES_KEY, 1),
            *((key, 1) for key in seen.paths()),
            *((key, 0) for key in seen.elsewhere),
        ]:
            before = counts.get((site, slot, path), (0, 0))
            counts[(site, slot, path)] = (before[0] + found, before[1] + 1 - found)

    def _save(
        self, connection: Connection, article: Article, fetched: bool = True
    ) -> tuple[SaveResult, list[Any], int | None]:
        """Write the article; returns the result, the search-index rows to add at commit and the
        article's id (None when nothing was written)."""
        assert article.url is not None
        now = utcnow()
        text = article.text  # built once: the row's text and its content hash
        content_hash = content_hash_of(article.title, text)
        statements = self._statements
        previous = self._previous(connection, article.url)
        values = {
            "site_id": self._site_id(connection, article),
            "url": article.url,
            "title": article.title,
            "published": stored_published(article.published, self.timezone),
            "author": article.author,
            "source": article.source,
            "category": article.category,
            "truncated": bool(article.truncated),
            "pages": article.pages or 1,
            "etag": article.etag,
            "last_modified": article.last_modified,
            "content_hash": content_hash,
            "text": text,
            "template_key": article.template_key,
            "template_seen": signature_json(article.template_seen),
            "stored_hash": article.stored_hash_in(self.timezone),
            "first_seen": now,
            "last_seen": now,
            "updated_at": now,
        }
        result: SaveResult
        old_sections: list[tuple[int, StoredSection]] | None = None
        if previous is None:
            statement, result = statements.changed, "new"
        elif article.reread:
            # Its metadata may be all that changed: every column is written.
            statement, result = statements.changed, "replaced"
        elif previous.stored_hash == values["stored_hash"]:
            statement, result = statements.unchanged, "unchanged"
        else:
            # Something stored differs. The same title, text and sections with another date,
            # author, source, category, truncation or removals (a fixed profile, a newer
            # fanwen, the site's own correction): written in place, no revision. A row with
            # no stored hash (another program's) is compared so too.
            if previous.content_hash == content_hash:
                old_sections = self._stored_sections(connection, previous.id)
            same_text = old_sections is not None and not revised(
                article, content_hash, [section for _, section in old_sections]
            )
            statement, result = statements.changed, "replaced" if same_text else "changed"
        if not fetched and previous is not None:
            if result == "unchanged":
                return result, [], None  # nothing to write: not even last_seen moves
            statement = statements.unfetched
        article_id = statement.first(connection, [values[name] for name in _ARTICLE_VALUES])[0]
        if result == "unchanged":
            return result, [], article_id
        indexed = self._has_index(connection)
        if previous is not None:
            if result != "replaced":
                self._keep_revision(connection, article_id, previous, now, old_sections)
            if indexed:
                unindex_article(connection, article_id, previous.title)  # before its sections go
            connection.execute(delete(_sections).where(_sections.c.article_id == article_id))
            connection.execute(delete(_removed).where(_removed.c.article_id == article_id))
        section_ids = self._write_parts(connection, article_id, article, returning=indexed)
        if self.archive is not None and article.fetched:
            site = article.site or urlsplit(article.url).hostname or ""
            self.archive.keep(connection, article_id, site, article.fetched, replace=previous is not None)
        if not indexed:
            return result, [], article_id
        parts = zip(
            section_ids,
            (s.heading for s in article.sections),
            (s.text or "" for s in article.sections),
            strict=True,
        )
        return result, index_rows(connection, article_id, article.title, parts), article_id

    def _previous(self, connection: Connection, url: str) -> _Previous | None:
        """The stored version of ``url`` (None: not stored)."""
        row = self._statements.previous.first(connection, (url,))
        if row is None:
            return None
        article_id, content_hash, title, text, published, author, source, stored = tuple(row)
        if self._statements.published is not None:
            published = self._statements.published(published)
        return _Previous(article_id, content_hash, title, text, published, author, source, stored)

    def _stored_sections(self, connection: Connection, article_id: int) -> list[tuple[int, StoredSection]]:
        """The article's stored sections in order with their positions (:func:`stored_sections`)."""
        found: list[tuple[int, StoredSection]] = []
        for row in self._statements.stored_sections.all(connection, (article_id,)):
            position, kind, level, heading, text = tuple(row)
            found.append((position, (kind, level, heading, text or "")))
        return found

    def _has_index(self, connection: Connection) -> bool:
        if self._indexed is None:
            self._indexed = search_available(connection)
        return self._indexed

    def _store_adds_titles(self, connection: Connection) -> bool:
        if self._adds_titles is None:
            self._adds_titles = store_adds_titles(connection)
        return self._adds_titles

    def _write_index(self, connection: Connection) -> None:
        """Add the batch's search-index rows and new titles so far, a statement each."""
        add_index_rows(connection, self._to_index)
        if self._titles:
            add_titles(connection, self._titles)
        self._to_index, self._titles, self._to_index_urls = [], [], set()

    def _site_id(self, connection: Connection, article: Article) -> int | None:
        known = self._site_ids.get(article.site or "")  # before the URL is parsed: nearly every save
        if known is not None:
            return known
        parts = urlsplit(article.url or "")
        name = article.site or parts.hostname
        if not name:
            return None
        if name in self._site_ids:
            return self._site_ids[name]
        base_url = f"{parts.scheme}://{parts.netloc}" if parts.netloc else None
        statement = upsert(_sites, self._dialect).values(name=name, base_url=base_url)
        keep_first_base_url = func.coalesce(_sites.c.base_url, statement.excluded.base_url)
        site_id = connection.execute(
            statement.on_conflict_do_update(
                index_elements=["name"], set_={"base_url": keep_first_base_url}
            ).returning(_sites.c.id)
        ).scalar_one()
        self._site_ids[name] = site_id
        return site_id

    def _keep_revision(
        self,
        connection: Connection,
        article_id: int,
        previous: Any,
        now: datetime,
        sections: list[tuple[int, StoredSection]] | None = None,
    ) -> None:
        if sections is None:
            sections = self._stored_sections(connection, article_id)
        rows = [
            {"position": position, "kind": kind, "level": level, "heading": heading, "text": text}
            for position, (kind, level, heading, text) in sections
        ]
        connection.execute(
            _revisions.insert().values(
                article_id=article_id,
                content_hash=previous.content_hash,
                title=previous.title,
                text=previous.text or "",
                sections_json=json.dumps(rows, ensure_ascii=False),
                captured_at=now,
            )
        )

    def _write_parts(
        self, connection: Connection, article_id: int, article: Article, returning: bool = False
    ) -> list[int]:
        """Write the sections and removed fragments; the section ids in order if ``returning``."""
        # Positions are 1-based: "section 1" is the first section a reader sees.
        statements = self._statements
        statements.sections.execute(
            connection,
            [
                (article_id, position, section.kind, section.level, section.heading, section.text or "")
                for position, section in enumerate(article.sections, start=1)
            ],
        )
        ids: list[int] = []
        if article.sections and returning:
            ids = [row[0] for row in statements.section_ids.all(connection, (article_id,))]
        statements.removed.execute(
            connection,
            [(article_id, position, r.rule, r.text) for position, r in enumerate(article.removed, start=1)],
        )
        return ids
