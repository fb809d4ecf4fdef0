"""Read-side queries for the CLI and scripts: search, articles, statistics, runs, export.

Results are plain frozen dataclasses, so callers never hold ORM objects or open sessions.
``search`` uses the full-text index (``fanwen/db/dialect.py``: FTS5 of characters on SQLite, a
tsvector of bigrams on PostgreSQL), and a LIKE scan when a query has nothing the index can look up (``%``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Table,
    TextualSelect,
    case,
    exists,
    func,
    not_,
    null,
    or_,
    select,
)
from sqlalchemy import exc as sa_exc

from fanwen.db.dialect import search_hits
from fanwen.db.engine import wrap_error
from fanwen.db.fulltext import Query, SearchQueryError, spans
from fanwen.db.tables import articles_table as _articles
from fanwen.db.tables import removed_table as _removed
from fanwen.db.tables import revisions_table as _revisions
from fanwen.db.tables import runs_table as _runs
from fanwen.db.tables import sections_table as _sections
from fanwen.db.tables import sites_table as _sites
from fanwen.db.tables import workers_table as _workers

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy import ColumnElement, Row
    from sqlalchemy.orm import Session

    # An ORM Session works too; the ORM is not imported for it (fanwen's own callers pass an
    # engine or a connection, and a crawl's process never imports sqlalchemy.orm).
    Source = Engine | Connection | Session

SNIPPET_CONTEXT = 30
LIKE_ESCAPE = "\\"
EXPORT_BATCH = 200  # articles per query when streaming an export


__all__ = ["SearchQueryError"]


@dataclass(frozen=True)
class Filters:
    """What search, list and export narrow to; every field is optional.

    ``until`` is inclusive (the whole day); ``kind`` keeps sections of that kind (articles
    that have one, for list and export).
    """

    site: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None

    def article_clauses(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.site:
            clauses.append(_articles.c.site_id.in_(select(_sites.c.id).where(_sites.c.name == self.site)))
        if self.since:
            clauses.append(_articles.c.published >= datetime.combine(self.since, time()))
        if self.until == date.max:  # no day after it: every dated article
            clauses.append(_articles.c.published.is_not(None))
        elif self.until:
            clauses.append(_articles.c.published < datetime.combine(self.until + timedelta(days=1), time()))
        return clauses

    def kind_clause(self) -> ColumnElement[bool] | None:
        if not self.kind:
            return None
        return exists().where(_sections.c.article_id == _articles.c.id, _sections.c.kind == self.kind)


NO_FILTERS = Filters()


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    url: str
    title: str | None
    published: datetime | None
    heading: str | None  # the matching section's heading; None when the title matched
    position: int | None  # the matching section's position; None when the title matched
    snippet: str
    kind: str | None = None  # the matching section's kind; None when the title matched
    site: str | None = None
    # bm25 (lower is better; None for LIKE matches) and where the terms are in ``snippet``.
    score: float | None = field(default=None, compare=False)
    spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class SectionView:
    position: int
    kind: str
    level: int
    heading: str | None
    text: str


@dataclass(frozen=True)
class RemovalView:
    position: int
    rule: str
    text: str


@dataclass(frozen=True)
class ArticleView:
    id: int
    url: str
    site: str | None
    title: str | None
    published: datetime | None
    author: str | None
    source: str | None
    category: str | None
    truncated: bool
    pages: int
    content_hash: str
    text: str
    first_seen: datetime
    last_seen: datetime
    updated_at: datetime
    revisions: int
    sections: tuple[SectionView, ...]
    removed: tuple[RemovalView, ...]


@dataclass(frozen=True)
class RunView:
    id: int
    started: datetime
    finished: datetime | None
    status: str
    targets: str | None
    pages_fetched: int
    articles_new: int
    articles_changed: int
    articles_unchanged: int
    articles_replaced: int
    articles_dropped: int
    errors: int
    stats_json: dict[str, Any] | None  # the run's Scrapy stats, parsed (stored as JSON text)
    workers: tuple[WorkerView, ...] = ()  # the processes of a distributed run, with their counts


@dataclass(frozen=True)
class WorkerView:
    """One process of a distributed run (``crawl_run_workers``)."""

    worker: str
    started: datetime
    finished: datetime | None
    status: str
    pages_fetched: int
    articles_new: int
    articles_changed: int
    articles_unchanged: int
    articles_replaced: int
    articles_dropped: int
    errors: int


MAX_SQL_INT = 2**63 - 1  # SQLite's (and PostgreSQL's bigint) largest integer


def _rows(source: Source, statement: Select[Any]) -> Sequence[Row[Any]]:
    try:
        if isinstance(source, Engine):
            with source.connect() as connection:
                return connection.execute(statement).all()
        return source.execute(statement).all()
    except sa_exc.DBAPIError as error:
        engine = source if isinstance(source, Engine) else None
        raise wrap_error(engine, error) from error


def like_pattern(query: str) -> str:
    r"""A LIKE pattern matching ``query`` anywhere, with ``%``, ``_`` and ``\`` escaped.

    >>> like_pattern("100%_sure")
    '%100\\%\\_sure%'
    """
    escaped = (
        query.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def snippet(text: str, query: str | Sequence[str], context: int = SNIPPET_CONTEXT) -> str:
    """``text`` around the first match of ``query`` (or any of its terms), ``…`` where cut.

    >>> snippet("纵深推进区域协调发展的大局视野", "区域协调", context=2)
    '…推进区域协调发展…'
    """
    return _snippet(text, [query] if isinstance(query, str) else list(query), context)[0]


def _snippet(
    text: str, terms: list[str], context: int = SNIPPET_CONTEXT
) -> tuple[str, tuple[tuple[int, int], ...]]:
    flat = " ".join(text.split())
    found = spans(flat, terms)
    if not found:
        cut = flat[: context * 2] + ("…" if len(flat) > context * 2 else "")
        return cut, ()
    at, end_at = found[0]
    start = max(0, at - context)
    end = min(len(flat), end_at + context)
    prefix = "…" if start else ""
    cut = prefix + flat[start:end] + ("…" if end < len(flat) else "")
    shift = start - len(prefix)
    inside = tuple((a - shift, b - shift) for a, b in found if a >= start and b <= end)
    return cut, inside


def search(source: Source, query: str, limit: int = 20, filters: Filters = NO_FILTERS) -> list[SearchHit]:
    """Titles and sections that contain every term of ``query``, best first.

    With the search index: ranked by bm25 on SQLite, ts_rank_cd on PostgreSQL (title, heading,
    then text weigh most). Otherwise a LIKE scan: title hits first, then sections, newest first. Raises
    :class:`SearchQueryError` for a query the syntax cannot take (see
    :class:`fanwen.db.fulltext.Query`).
    """
    parsed = Query.parse(query)
    limit = min(limit, MAX_SQL_INT)  # a huge --limit means "all", not an OverflowError
    if not parsed.terms or limit < 1:
        return []
    try:
        if isinstance(source, Engine):
            with source.connect() as connection:
                return _search(connection, parsed, limit, filters)
        connection = source if isinstance(source, Connection) else source.connection()  # a Session's
        return _search(connection, parsed, limit, filters)
    except sa_exc.DBAPIError as error:
        raise wrap_error(source if isinstance(source, Engine) else None, error) from error


def _search(connection: Connection, query: Query, limit: int, filters: Filters) -> list[SearchHit]:
    narrowed = filters != NO_FILTERS
    # Unfiltered, the index itself keeps only the best `limit` rows; filters must see them all.
    indexed = search_hits(connection, query, None if narrowed else limit)
    if indexed is not None:
        rows = connection.execute(_fts_statement(indexed, limit, filters)).all()
    else:
        rows = [*connection.execute(_like_titles(query, limit, filters)).all()]
        if len(rows) < limit:
            rows += connection.execute(_like_sections(query, limit - len(rows), filters)).all()
    hits = []
    for row in rows:
        if row.position is None:
            body = row.title or ""
        else:
            heading, text = row.heading or "", row.text or ""
            body = heading if spans(heading, query.terms) and not spans(text, query.terms) else text
        cut, where = _snippet(body, list(query.terms))
        hits.append(
            SearchHit(
                row.id,
                row.url,
                row.title,
                row.published,
                row.heading,
                row.position,
                cut,
                row.kind,
                row.site,
                row.score,
                where,
            )
        )
    return hits


def _hit_columns(*extra: Any) -> list[Any]:
    return [
        _articles.c.id,
        _articles.c.url,
        _articles.c.title,
        _articles.c.published,
        _sites.c.name.label("site"),
        *extra,
    ]


def _fts_statement(hits: TextualSelect, limit: int, filters: Filters) -> Select[Any]:
    hit = hits.subquery("hit")
    article_id = case((hit.c.doc < 0, -hit.c.doc), else_=_sections.c.article_id)
    statement = (
        select(
            *_hit_columns(
                _sections.c.position, _sections.c.kind, _sections.c.heading, _sections.c.text, hit.c.score
            )
        )
        .select_from(hit)
        .outerjoin(_sections, _sections.c.id == hit.c.doc)
        .join(_articles, _articles.c.id == article_id)
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        # A section row whose section is gone (edited by hand) is skipped, never shown.
        .where(or_(hit.c.doc < 0, _sections.c.id.is_not(None)), *filters.article_clauses())
        .order_by(hit.c.score, _articles.c.id, _sections.c.position)
        .limit(limit)
    )
    if filters.kind:
        statement = statement.where(_sections.c.kind == filters.kind)
    return statement


def _contains(column: Any, term: str) -> ColumnElement[bool]:
    return column.ilike(like_pattern(term), escape=LIKE_ESCAPE)  # type: ignore[no-any-return]


def _newest() -> tuple[Any, ...]:
    return (_articles.c.published.is_(None), _articles.c.published.desc(), _articles.c.id.desc())


def _like_titles(query: Query, limit: int, filters: Filters) -> Select[Any]:
    if filters.kind:  # a title is no section of any kind
        limit = 0
    return (
        select(*_hit_columns(*(_null(n) for n in ("position", "kind", "heading", "text", "score"))))
        .select_from(_articles)
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        .where(*(_contains(_articles.c.title, t) for t in query.terms))
        .where(*(not_(_contains(func.coalesce(_articles.c.title, ""), t)) for t in query.excluded))
        .where(*filters.article_clauses())
        .order_by(*_newest())
        .limit(limit)
    )


def _null(name: str) -> Any:
    """A NULL column, so LIKE title hits have the same columns as section hits."""
    return null().label(name)


def _like_sections(query: Query, limit: int, filters: Filters) -> Select[Any]:
    heading = func.coalesce(_sections.c.heading, "")
    statement = (
        select(
            *_hit_columns(
                _sections.c.position,
                _sections.c.kind,
                _sections.c.heading,
                _sections.c.text,
                _null("score"),
            )
        )
        .select_from(_sections)
        .join(_articles, _articles.c.id == _sections.c.article_id)
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        .where(*(or_(_contains(heading, t), _contains(_sections.c.text, t)) for t in query.terms))
        .where(*(not_(or_(_contains(heading, t), _contains(_sections.c.text, t))) for t in query.excluded))
        .where(*filters.article_clauses())
        .order_by(*_newest(), _sections.c.position)
        .limit(limit)
    )
    if filters.kind:
        statement = statement.where(_sections.c.kind == filters.kind)
    return statement


def get_article(source: Source, id_or_url: str | int) -> ArticleView | None:
    """One article with its sections and removed fragments, by numeric id or by URL."""
    key = str(id_or_url).strip()
    is_id = key.isdigit() and int(key) <= MAX_SQL_INT  # past SQLite's integers: no such article
    where = _articles.c.id == int(key) if is_id else _articles.c.url == key
    found = _rows(source, _article_rows().where(where))
    if not found:
        return None
    views = _views(source, found)
    return views[0]


def _article_rows() -> Select[Any]:
    revisions = (
        select(func.count())
        .select_from(_revisions)
        .where(_revisions.c.article_id == _articles.c.id)
        .scalar_subquery()
    )
    return select(_articles, _sites.c.name.label("site_name"), revisions.label("revision_count")).outerjoin(
        _sites, _sites.c.id == _articles.c.site_id
    )


def _views(source: Source, found: Sequence[Row[Any]]) -> list[ArticleView]:
    """Views of the article rows, with their sections and removals in two queries."""
    ids = [row.id for row in found]
    sections: dict[int, list[SectionView]] = {i: [] for i in ids}
    for s in _rows(
        source,
        select(_sections)
        .where(_sections.c.article_id.in_(ids))
        .order_by(_sections.c.article_id, _sections.c.position),
    ):
        sections[s.article_id].append(SectionView(s.position, s.kind, s.level, s.heading, s.text))
    removed: dict[int, list[RemovalView]] = {i: [] for i in ids}
    for r in _rows(
        source,
        select(_removed)
        .where(_removed.c.article_id.in_(ids))
        .order_by(_removed.c.article_id, _removed.c.position),
    ):
        removed[r.article_id].append(RemovalView(r.position, r.rule, r.text))
    return [
        ArticleView(
            id=row.id,
            url=row.url,
            site=row.site_name,
            title=row.title,
            published=row.published,
            author=row.author,
            source=row.source,
            category=row.category,
            truncated=bool(row.truncated),
            pages=row.pages,
            content_hash=row.content_hash,
            text=row.text,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            updated_at=row.updated_at,
            revisions=int(row.revision_count),
            sections=tuple(sections[row.id]),
            removed=tuple(removed[row.id]),
        )
        for row in found
    ]


def _filtered(statement: Select[Any], filters: Filters) -> Select[Any]:
    statement = statement.where(*filters.article_clauses())
    kind = filters.kind_clause()
    return statement if kind is None else statement.where(kind)


def count_articles(source: Source, filters: Filters = NO_FILTERS) -> int:
    """How many articles the filters keep."""
    return int(_rows(source, _filtered(select(func.count()).select_from(_articles), filters))[0][0])


def iter_articles(
    source: Source, filters: Filters = NO_FILTERS, batch: int = EXPORT_BATCH
) -> Iterator[ArticleView]:
    """Every article the filters keep, in id order, ``batch`` at a time: memory stays constant.

    Keyset pagination (``id > last``), so no cursor stays open between batches and a crawl
    can write meanwhile. With ``kind``, only sections of that kind are kept.
    """
    last = 0
    while True:
        found = _rows(
            source,
            _filtered(_article_rows(), filters)
            .where(_articles.c.id > last)
            .order_by(_articles.c.id)
            .limit(batch),
        )
        if not found:
            return
        for view in _views(source, found):
            if filters.kind:
                kept = tuple(s for s in view.sections if s.kind == filters.kind)
                view = dataclasses.replace(view, sections=kept)
            yield view
        last = found[-1].id


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    url: str
    site: str | None
    title: str | None
    published: datetime | None
    sections: int
    removed: int
    last_seen: datetime


def list_articles(source: Source, filters: Filters = NO_FILTERS, limit: int = 20) -> list[ArticleSummary]:
    """The most recently published articles (undated ones last), with section counts."""
    limit = min(limit, MAX_SQL_INT)

    def counted(table: Table) -> Any:
        return (
            select(func.count())
            .select_from(table)
            .where(table.c.article_id == _articles.c.id)
            .scalar_subquery()
        )

    statement = (
        select(
            _articles.c.id,
            _articles.c.url,
            _sites.c.name.label("site"),
            _articles.c.title,
            _articles.c.published,
            counted(_sections).label("sections"),
            counted(_removed).label("removed"),
            _articles.c.last_seen,
        )
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        .order_by(*_newest())
        .limit(limit)
    )
    return [ArticleSummary(**row._asdict()) for row in _rows(source, _filtered(statement, filters))]


@dataclass(frozen=True)
class SiteStats:
    site: str | None
    articles: int
    sections: int
    removed: dict[str, int]  # fragments removed, by rule
    first_seen: datetime | None
    last_seen: datetime | None


def site_stats(source: Source) -> list[SiteStats]:
    """Per site: articles, sections, removed fragments by rule, first and last seen."""
    site = _sites.c.name.label("site")
    per_site = _rows(
        source,
        select(
            site,
            func.count(_articles.c.id).label("articles"),
            func.min(_articles.c.first_seen).label("first_seen"),
            func.max(_articles.c.last_seen).label("last_seen"),
        )
        .select_from(_articles)
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        .group_by(_sites.c.name)
        .order_by(_sites.c.name),
    )
    sections: dict[str | None, int] = {
        row.site: int(row.n)
        for row in _rows(
            source,
            select(site, func.count().label("n"))
            .select_from(_sections)
            .join(_articles, _articles.c.id == _sections.c.article_id)
            .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
            .group_by(_sites.c.name),
        )
    }
    removed: dict[str | None, dict[str, int]] = {}
    for row in _rows(
        source,
        select(site, _removed.c.rule, func.count().label("n"))
        .select_from(_removed)
        .join(_articles, _articles.c.id == _removed.c.article_id)
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        .group_by(_sites.c.name, _removed.c.rule)
        .order_by(_sites.c.name, func.count().desc()),
    ):
        removed.setdefault(row.site, {})[row.rule] = int(row.n)
    return [
        SiteStats(
            row.site,
            int(row.articles),
            int(sections.get(row.site, 0)),
            removed.get(row.site, {}),
            row.first_seen,
            row.last_seen,
        )
        for row in per_site
    ]


def summary(source: Source) -> dict[str, int]:
    """Row counts of the tables users care about."""
    tables = {
        "sites": _sites,
        "articles": _articles,
        "sections": _sections,
        "removed_fragments": _removed,
        "article_revisions": _revisions,
        "crawl_runs": _runs,
    }
    statement = select(
        *(select(func.count()).select_from(t).scalar_subquery().label(n) for n, t in tables.items())
    )
    row = _rows(source, statement)[0]
    return {name: int(row._mapping[name]) for name in tables}


def list_runs(source: Source, limit: int = 20) -> list[RunView]:
    """The most recent crawl runs, newest first."""
    rows = _rows(source, select(_runs).order_by(_runs.c.id.desc()).limit(min(limit, MAX_SQL_INT)))
    workers: dict[int, list[WorkerView]] = {}
    if rows:
        columns = [c for c in _workers.c if c.name not in ("id", "run_id")]
        found = _rows(
            source,
            select(_workers.c.run_id, *columns)
            .where(_workers.c.run_id.in_([row.id for row in rows]))
            .order_by(_workers.c.id),
        )
        for worker in found:
            values = worker._asdict()
            workers.setdefault(values.pop("run_id"), []).append(WorkerView(**values))
    return [
        RunView(
            **{**row._asdict(), "stats_json": json.loads(row.stats_json) if row.stats_json else None},
            workers=tuple(workers.get(row.id, ())),
        )
        for row in rows
    ]
