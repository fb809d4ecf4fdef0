"""Read-side queries for the CLI: search, one article, a summary, the crawl runs.

Results are plain frozen dataclasses, so callers never hold ORM objects or open sessions.
``search`` is a portable LIKE scan for now; full-text search replaces it behind the same
signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Select, Table, func, or_, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from fanwen.db.engine import wrap_error
from fanwen.db.models import Article, ArticleRevision, CrawlRun, RemovedFragment, Section, Site

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy import Row

Source = Engine | Connection | Session

SNIPPET_CONTEXT = 30
LIKE_ESCAPE = "\\"

_articles: Table = Article.__table__  # type: ignore[assignment]
_sections: Table = Section.__table__  # type: ignore[assignment]
_removed: Table = RemovedFragment.__table__  # type: ignore[assignment]
_revisions: Table = ArticleRevision.__table__  # type: ignore[assignment]
_sites: Table = Site.__table__  # type: ignore[assignment]
_runs: Table = CrawlRun.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    url: str
    title: str | None
    published: datetime | None
    heading: str | None  # the matching section's heading; None when the title matched
    position: int | None  # the matching section's position; None when the title matched
    snippet: str


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
    articles_dropped: int
    errors: int
    stats_json: str | None


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


def snippet(text: str, query: str, context: int = SNIPPET_CONTEXT) -> str:
    """``text`` around the first match of ``query``, with ``…`` where it was cut.

    >>> snippet("纵深推进区域协调发展的大局视野", "区域协调", context=2)
    '…推进区域协调发展…'
    """
    flat = " ".join(text.split())
    at = flat.lower().find(query.lower())
    if at < 0:
        return flat[: context * 2] + ("…" if len(flat) > context * 2 else "")
    start = max(0, at - context)
    end = min(len(flat), at + len(query) + context)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def search(source: Source, query: str, limit: int = 20) -> list[SearchHit]:
    """Articles whose title, or a section's heading or text, contains ``query``.

    Title hits come first, then section hits; newest published first within each.
    """
    query = query.strip()
    if not query or limit < 1:
        return []
    pattern = like_pattern(query)
    newest = (_articles.c.published.is_(None), _articles.c.published.desc(), _articles.c.id.desc())
    by_title = (
        select(_articles.c.id, _articles.c.url, _articles.c.title, _articles.c.published)
        .where(_articles.c.title.ilike(pattern, escape=LIKE_ESCAPE))
        .order_by(*newest)
        .limit(limit)
    )
    hits = [
        SearchHit(row.id, row.url, row.title, row.published, None, None, row.title or "")
        for row in _rows(source, by_title)
    ]
    if len(hits) >= limit:
        return hits
    in_sections = (
        select(
            _articles.c.id,
            _articles.c.url,
            _articles.c.title,
            _articles.c.published,
            _sections.c.position,
            _sections.c.heading,
            _sections.c.text,
        )
        .join(_sections, _sections.c.article_id == _articles.c.id)
        .where(
            or_(
                _sections.c.heading.ilike(pattern, escape=LIKE_ESCAPE),
                _sections.c.text.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
        .order_by(*newest, _sections.c.position)
        .limit(limit - len(hits))
    )
    for row in _rows(source, in_sections):
        heading = row.heading or ""
        body = heading if query.lower() in heading.lower() else row.text or ""
        hits.append(
            SearchHit(
                row.id,
                row.url,
                row.title,
                row.published,
                row.heading,
                row.position,
                snippet(body, query),
            )
        )
    return hits


def get_article(source: Source, id_or_url: str | int) -> ArticleView | None:
    """One article with its sections and removed fragments, by numeric id or by URL."""
    key = str(id_or_url).strip()
    where = _articles.c.id == int(key) if key.isdigit() else _articles.c.url == key
    found = _rows(
        source,
        select(_articles, _sites.c.name.label("site_name"))
        .outerjoin(_sites, _sites.c.id == _articles.c.site_id)
        .where(where),
    )
    if not found:
        return None
    row = found[0]
    sections = _rows(
        source,
        select(_sections).where(_sections.c.article_id == row.id).order_by(_sections.c.position),
    )
    removed = _rows(
        source,
        select(_removed).where(_removed.c.article_id == row.id).order_by(_removed.c.position),
    )
    revisions = _rows(
        source,
        select(func.count()).select_from(_revisions).where(_revisions.c.article_id == row.id),
    )
    return ArticleView(
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
        revisions=int(revisions[0][0]),
        sections=tuple(SectionView(s.position, s.kind, s.level, s.heading, s.text) for s in sections),
        removed=tuple(RemovalView(r.position, r.rule, r.text) for r in removed),
    )


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
    rows = _rows(source, select(_runs).order_by(_runs.c.id.desc()).limit(limit))
    return [RunView(**row._asdict()) for row in rows]
