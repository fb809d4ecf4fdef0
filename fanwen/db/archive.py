"""What reading the archive again asks of the database, besides the kept pages themselves
(:mod:`fanwen.db.pages`) and the writes (:class:`fanwen.db.store.ArticleStore`).

Two callers: ``fanwen reprocess`` (:mod:`fanwen.reprocess`: the articles selected, how each is
stored now, where a killed run resumes) and the end of a crawl (the learned-boilerplate and
template re-checks: the stored articles whose decisions may differ from the final counts).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, and_, delete, exc, or_, select, update

from fanwen.db.engine import upsert, wrap_error
from fanwen.db.tables import articles_table as _articles
from fanwen.db.tables import boilerplate_table as _blocks
from fanwen.db.tables import checkpoints_table as _checkpoints
from fanwen.db.tables import kept_pages_table as _kept
from fanwen.db.tables import removed_table as _removed
from fanwen.db.tables import sections_table as _sections
from fanwen.db.tables import sites_table as _sites
from fanwen.db.tables import utcnow
from fanwen.strip.boilerplate import ARTICLES_KEY, LEARNED, LEARNED_SLOT, SLOT_MARK, TITLE_MARK, URL_MARK


@dataclass(frozen=True)
class StoredArticle:
    """What reading an article again needs of its stored row."""

    id: int
    url: str
    category: str | None
    first_seen: datetime
    content_hash: str
    published: datetime | None = None
    author: str | None = None
    source: str | None = None
    template_key: str | None = None  # the template it was read by (None: none recorded)
    stored_hash: str | None = None  # fanwen.items.stored_hash of what is stored (None: not known)


_STORED = (
    _articles.c.id,
    _articles.c.url,
    _articles.c.category,
    _articles.c.first_seen,
    _articles.c.content_hash,
    _articles.c.published,
    _articles.c.author,
    _articles.c.source,
    _articles.c.template_key,
    _articles.c.stored_hash,
)


def stored_articles(connection: Connection, article_ids: Sequence[int]) -> dict[int, StoredArticle]:
    """The stored rows of ``article_ids`` (those that exist), with one query."""
    rows = connection.execute(select(*_STORED).where(_articles.c.id.in_(article_ids)))
    return {row.id: StoredArticle(**row._mapping) for row in rows}


def stored_parts(
    connection: Connection, article_id: int
) -> tuple[list[tuple[str, int, str | None, str]], Counter[str]]:
    """An article's stored sections (kind, level, heading, text) in order, and its removals by rule."""
    sections = connection.execute(
        select(_sections.c.kind, _sections.c.level, _sections.c.heading, _sections.c.text)
        .where(_sections.c.article_id == article_id)
        .order_by(_sections.c.position)
    ).all()
    rules = Counter(
        rule
        for (rule,) in connection.execute(select(_removed.c.rule).where(_removed.c.article_id == article_id))
    )
    return [(kind, level, heading, text or "") for kind, level, heading, text in sections], rules


def selected(
    connection: Connection, site: str | None, since: datetime | None, after: int = 0
) -> list[tuple[int, str]]:
    """``(article id, site name)`` of the articles with kept pages, by id, after ``after``
    (``site``: of that site only; ``since``: published on or after it)."""
    query = (
        select(_articles.c.id, _sites.c.name)
        .select_from(_articles.outerjoin(_sites, _sites.c.id == _articles.c.site_id))
        .where(_articles.c.id > after, _articles.c.id.in_(select(_kept.c.article_id)))
        .order_by(_articles.c.id)
    )
    if site is not None:
        query = query.where(_sites.c.name == site)
    if since is not None:
        query = query.where(_articles.c.published >= since)
    return [(row.id, row.name or "") for row in connection.execute(query)]


# -- learned boilerplate ------------------------------------------------------------------


def site_scopes(connection: Connection, site: str) -> list[str]:
    """The site's learned-boilerplate counting scopes that have counts: the site and its columns."""
    query = select(_blocks.c.site).where(
        _blocks.c.block_hash == ARTICLES_KEY,
        or_(_blocks.c.site == site, _blocks.c.site.startswith(f"{site} /", autoescape=True)),
    )
    return [row.site for row in connection.execute(query)]


def frequent_blocks(connection: Connection, scope: str, threshold: int) -> list[str]:
    """The sample texts of the blocks counted in at least ``threshold`` articles of ``scope``
    (not the slots counted beside them: :func:`fanwen.strip.boilerplate.slot_key`)."""
    rows = connection.execute(
        select(_blocks.c.sample_text).where(
            _blocks.c.site == scope,
            _blocks.c.block_hash != ARTICLES_KEY,
            _blocks.c.count >= threshold,
            ~_blocks.c.block_hash.startswith(SLOT_MARK, autoescape=True),
        )
    )
    return [sample for (sample,) in rows]


def _site_id(connection: Connection, site: str) -> int | None:
    return connection.execute(select(_sites.c.id).where(_sites.c.name == site)).scalar()


def articles_showing(connection: Connection, site: str, text: str) -> list[tuple[int, str]]:
    """``(id, url)`` of the site's stored articles that keep ``text``: in a section's text, or as
    a section's heading. A ``text`` that quotes the title or names the page's address (the masks
    :data:`~fanwen.strip.boilerplate.TITLE_MARK`, :data:`~fanwen.strip.boilerplate.URL_MARK`) is
    looked for by its parts around them, in one section (the caller decides, with each article's
    own title, whether it is the block)."""
    site_id = _site_id(connection, site)
    if site_id is None:
        return []
    if TITLE_MARK in text or URL_MARK in text:
        parts = [part for part in text.replace(URL_MARK, TITLE_MARK).split(TITLE_MARK) if part]
        shows = and_(*(_sections.c.text.contains(part, autoescape=True) for part in parts))
    else:
        shows = or_(_sections.c.text.contains(text, autoescape=True), _sections.c.heading == text)
    query = (
        select(_articles.c.id, _articles.c.url)
        .join(_sections, _sections.c.article_id == _articles.c.id)
        .where(_articles.c.site_id == site_id, shows)
        .distinct()
    )
    return [(row.id, row.url) for row in connection.execute(query)]


def learned_removals(connection: Connection, site: str) -> Iterator[tuple[int, str, str, str | None]]:
    """``(id, url, text, title)`` of every block the site's stored articles lost as learned
    boilerplate (or a learned slot's line), with the article's title (a block quoting it is counted with it masked)."""
    site_id = _site_id(connection, site)
    if site_id is None:
        return
    query = (
        select(_articles.c.id, _articles.c.url, _removed.c.text, _articles.c.title)
        .join(_removed, _removed.c.article_id == _articles.c.id)
        .where(_articles.c.site_id == site_id, _removed.c.rule.in_((LEARNED, LEARNED_SLOT)))
    )
    for row in connection.execute(query):
        yield row.id, row.url, row.text, row.title


# -- learned templates ---------------------------------------------------------------------


def template_readings(connection: Connection, site: str, key: str) -> Iterator[tuple[int, str]]:
    """``(id, template_seen)`` of the site's stored articles read by another template than
    ``key`` (those stored before templates were recorded have none, and are left out)."""
    site_id = _site_id(connection, site)
    if site_id is None:
        return
    query = select(_articles.c.id, _articles.c.template_seen).where(
        _articles.c.site_id == site_id,
        _articles.c.template_key.is_not(None),
        _articles.c.template_key != key,
        _articles.c.template_seen.is_not(None),
    )
    for row in connection.execute(query):
        yield row.id, row.template_seen


def unrecorded_readings(connection: Connection, site: str, limit: int) -> list[int]:
    """Ids of the site's stored articles with kept pages and no recorded template (stored
    before migration 0010, or by a run that learned none): at most ``limit``, oldest first."""
    site_id = _site_id(connection, site)
    if site_id is None:
        return []
    query = (
        select(_articles.c.id)
        .where(
            _articles.c.site_id == site_id,
            _articles.c.template_key.is_(None),
            _articles.c.id.in_(select(_kept.c.article_id)),
        )
        .order_by(_articles.c.id)
        .limit(limit)
    )
    return list(connection.execute(query).scalars())


def set_template_key(connection: Connection, article_ids: Sequence[int], key: str | None) -> None:
    """Record that the articles were read as the template of ``key`` reads them."""
    for start in range(0, len(article_ids), 500):  # within every database's bound-parameter limit
        chunk = article_ids[start : start + 500]
        connection.execute(update(_articles).where(_articles.c.id.in_(chunk)).values(template_key=key))


def set_template(connection: Connection, article_id: int, key: str | None, seen: str | None) -> None:
    """Record that the article's pages were read by the template of ``key`` (and showed its slots
    at ``seen``) though what they give did not change, so that the next crawl does not read them
    again for the same template."""
    connection.execute(
        update(_articles).where(_articles.c.id == article_id).values(template_key=key, template_seen=seen)
    )


# -- where a killed reprocess resumes -------------------------------------------------------


def checkpoint(engine: Engine, key: str) -> int:
    """The last article id a ``fanwen reprocess`` of ``key`` committed (0: none)."""
    with engine.connect() as connection:
        after = connection.execute(select(_checkpoints.c.after).where(_checkpoints.c.key == key)).scalar()
    return int(after or 0)


def save_checkpoint(connection: Connection, key: str, after: int) -> None:
    """Record ``after`` as committed for ``key``, in the caller's transaction (the articles')."""
    statement = upsert(_checkpoints, connection.dialect.name)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["key"],
            set_={"after": statement.excluded.after, "updated": statement.excluded.updated},
        ),
        {"key": key, "after": after, "updated": utcnow()},
    )


def drop_checkpoint(engine: Engine, key: str) -> None:
    """The run of ``key`` ended: the next one starts from the beginning."""
    try:
        with engine.begin() as connection:
            connection.execute(delete(_checkpoints).where(_checkpoints.c.key == key))
    except exc.DBAPIError as error:  # locked, read-only, full: one line for the CLI, not a traceback
        raise wrap_error(engine, error) from error
