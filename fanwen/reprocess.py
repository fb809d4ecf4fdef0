"""Articles again from their kept pages, through the one page path, never fetching.

:func:`rebuild` reads an article's kept pages (:mod:`fanwen.db.pages`) as the spider reads the
pages it fetches: :func:`fanwen.pagepath.read_page` on each, later pages merged into the first.
:func:`finish` then runs what the pipelines run after the spider: validation, strip (with the
site's learned boilerplate as it is *now*, counted no further) and sections. The result is the
article a crawl of the same pages stores.

Two callers: the learned-boilerplate re-check at the end of a crawl (:func:`recheck_learned`),
and ``fanwen reprocess`` (:mod:`fanwen.cli.reprocess`).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, or_, select

from fanwen.db.boilerplate import load_counts
from fanwen.db.engine import StorageError, upsert
from fanwen.db.models import articles_table as _articles
from fanwen.db.models import boilerplate_table as _blocks
from fanwen.db.models import checkpoints_table as _checkpoints
from fanwen.db.models import kept_pages_table as _kept
from fanwen.db.models import removed_table as _removed
from fanwen.db.models import sections_table as _sections
from fanwen.db.models import sites_table as _sites
from fanwen.db.models import utcnow
from fanwen.db.pages import read_pages
from fanwen.db.store import ArticleStore
from fanwen.extract.template import Template
from fanwen.items import Article, Block, FetchedPage
from fanwen.pagepath import Page, PageOptions, read_page
from fanwen.pipelines.validate import problem
from fanwen.profiles import Profile
from fanwen.sections import split_sections
from fanwen.spiders.reader import PageReader
from fanwen.strip import LEARNED, Rule
from fanwen.strip.boilerplate import ARTICLES_KEY, BoilerplateCounts, BoilerplateOptions, scopes
from fanwen.strip.stage import clean_article

VALIDATE_MIN_CHARS = 50  # FANWEN_VALIDATE_MIN_CHARS's default


def header(page: FetchedPage, name: str) -> str | None:
    """A response header of a kept page (the first, case-insensitive)."""
    lowered = name.lower()
    return next((value for key, value in page.headers if key.lower() == lowered), None)


def rebuild(
    pages: Sequence[FetchedPage], profile: Profile | None = None, template: Template | None = None
) -> Article | None:
    """The article on an article's pages before strip, as the spider makes it (with the site's
    learned ``template``, as the crawl had it at its end); None when a page no longer gives an
    article (as in a crawl, a broken page never makes half an article)."""
    options = PageOptions(profile, template=template)
    reads = [
        read_page(page.body, page.url, options, header(page, "Content-Type"), continuation=number > 0)
        for number, page in enumerate(pages)
    ]
    return merge(pages, reads)


def merge(pages: Sequence[FetchedPage], reads: Sequence[Page]) -> Article | None:
    """The article of pages already read (:func:`fanwen.pagepath.read_page`, page 2 on as
    continuations), merged as the spider merges them."""
    article: Article | None = None
    for read in reads:
        if read.article is None:
            return None
        if article is None:
            article = read.article
        else:
            article.blocks.extend(read.article.blocks)
            article.tail.extend(read.article.tail)
    if article is None:
        return None
    article.pages = len(pages)
    article.etag = header(pages[0], "ETag")
    article.last_modified = header(pages[0], "Last-Modified")
    return article


def finish(
    article: Article,
    rules: Sequence[Rule],
    learned: BoilerplateCounts | None,
    min_chars: int = VALIDATE_MIN_CHARS,
) -> bool:
    """Validate, strip and section ``article`` in place, as the pipelines do (learned boilerplate
    decided by ``learned`` as it stands, nothing counted). False when a pipeline would drop it."""
    if problem(article, min_chars):
        return False
    site = article.site or _host(article.url)
    clean_article(article, rules, learned, scopes(site, article.url) if site else ())
    if not article.blocks:
        return False
    article.sections = split_sections(article.blocks)
    return True


def _host(url: str | None) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url or "").hostname or ""


def site_scopes(connection: Connection, site: str) -> list[str]:
    """The site's counting scopes that have counts: the site and its columns."""
    query = select(_blocks.c.site).where(
        _blocks.c.block_hash == ARTICLES_KEY,
        or_(_blocks.c.site == site, _blocks.c.site.startswith(f"{site} /", autoescape=True)),
    )
    return [row.site for row in connection.execute(query)]


def load_learned(engine: Engine, sites: Iterable[str], options: BoilerplateOptions) -> BoilerplateCounts:
    """The learned counts of ``sites`` (and their columns) as stored now."""
    counts = BoilerplateCounts(options)
    with engine.connect() as connection:
        every = [scope for site in sites for scope in site_scopes(connection, site)]
    for scope in every:
        counts.load(scope, load_counts(engine, scope))
    return counts


def learned_template(engine: Engine, site: str) -> Template | None:
    """The template the crawls learned for ``site`` (``template_paths``), as a crawl loads it."""
    from fanwen.db.template import load_counts as template_counts
    from fanwen.spiders.templates import SiteTemplate

    learner = SiteTemplate()
    learner.load(template_counts(engine, site))
    return learner.template


@dataclass
class Recheck:
    """What the re-check of learned boilerplate found and did."""

    articles: list[int] = field(default_factory=list)  # ids whose decisions may differ
    changed: int = 0
    no_pages: int = 0  # articles that would need their kept pages and have none
    failed: int = 0  # kept pages that no longer give the article: the stored one stays


def disagreeing(connection: Connection, site: str, learned: BoilerplateCounts) -> list[int]:
    """The site's stored articles where a learned-boilerplate decision differs from what the
    counts say now: a block that is boilerplate now still kept, or a block removed as
    boilerplate that no longer is.

    Both are found in the database, whatever run stored the article: kept blocks by their text
    in the sections, removed ones in ``removed_fragments``.
    """
    site_row = connection.execute(select(_sites.c.id).where(_sites.c.name == site)).first()
    if site_row is None:
        return []
    found: set[int] = set()
    options = learned.options
    for scope in site_scopes(connection, site):
        rows = connection.execute(
            select(_blocks.c.sample_text).where(
                _blocks.c.site == scope,
                _blocks.c.block_hash != ARTICLES_KEY,
                _blocks.c.count >= options.threshold,
            )
        )
        for (sample,) in rows:
            block = Block(sample)
            if not learned.is_boilerplate(scope, block):
                continue
            query = (
                select(_articles.c.id, _articles.c.url)
                .join(_sections, _sections.c.article_id == _articles.c.id)
                .where(
                    _articles.c.site_id == site_row.id,
                    or_(_sections.c.text.contains(sample, autoescape=True), _sections.c.heading == sample),
                )
                .distinct()
            )
            found.update(
                article_id for article_id, url in connection.execute(query) if scope in scopes(site, url)
            )
    removed = (
        select(_articles.c.id, _articles.c.url, _removed.c.text)
        .join(_removed, _removed.c.article_id == _articles.c.id)
        .where(_articles.c.site_id == site_row.id, _removed.c.rule == LEARNED)
    )
    for article_id, url, text in connection.execute(removed):
        if not learned.is_learned(scopes(site, url), Block(text)):
            found.add(article_id)
    return sorted(found)


def stored_article(connection: Connection, article_id: int) -> tuple[str, str | None, datetime, str] | None:
    """``(url, category, first_seen, content_hash)`` of a stored article."""
    columns = (_articles.c.url, _articles.c.category, _articles.c.first_seen, _articles.c.content_hash)
    row = connection.execute(select(*columns).where(_articles.c.id == article_id)).first()
    return None if row is None else (row.url, row.category, row.first_seen, row.content_hash)


def from_kept(
    connection: Connection, article_id: int, profile: Profile | None, template: Template | None = None
) -> tuple[Article | None, bool]:
    """The article rebuilt from its kept pages, and whether it has any."""
    pages = read_pages(connection, article_id)
    stored = stored_article(connection, article_id)
    if not pages or stored is None:
        return None, False
    article = rebuild(pages, profile, template)
    if article is not None:
        url, category, _, _ = stored
        article.url = url  # the row it was stored under (the first page's URL after redirects)
        if article.category is None:
            article.category = category  # the crawl may have named it from the site's menus
    return article, True


def recheck_learned(
    store: ArticleStore,
    sites: Iterable[str],
    options: BoilerplateOptions,
    profile: Profile | None,
    rules: Sequence[Rule],
    since: datetime,
    min_chars: int = VALIDATE_MIN_CHARS,
    template: Template | None = None,
) -> Recheck:
    """At the end of a crawl: decide learned boilerplate again for the articles of ``sites``
    where the counts now disagree with the decision taken when the article was stored, and
    store them again from their kept pages.

    Mid-crawl, a block is decided on the counts so far, which depend on the order pages
    arrived: a paragraph 55 of 553 articles share can be in 5 of the first 12. Once re-checked,
    every article is decided on the final counts, which no article's position changes.
    Articles first stored before ``since`` (earlier runs) get a revision; this run's are
    corrected in place.
    """
    store.flush()
    sites = sorted(set(sites))
    learned = load_learned(store.engine, sites, options)
    result = Recheck()
    with store.engine.connect() as connection:
        result.articles = [i for site in sites for i in disagreeing(connection, site, learned)]
    for article_id in result.articles:
        with store.engine.connect() as connection:
            stored = stored_article(connection, article_id)
            article, has_pages = from_kept(connection, article_id, profile, template)
        if not has_pages or stored is None:
            result.no_pages += 1
            continue
        if article is None or not finish(article, rules, learned, min_chars):
            result.failed += 1
            continue
        if article.content_hash == stored[3]:
            continue
        # This run's articles are corrected in place (no revision), earlier runs' get one.
        article.reread = stored[2] >= since
        store.save(article)
        result.changed += 1
    store.flush()
    return result


# -- fanwen reprocess ----------------------------------------------------------------------


@dataclass
class Summary:
    """What ``fanwen reprocess`` did (or, with ``--dry-run``, would do)."""

    total: int = 0  # articles with kept pages selected
    done: int = 0  # read again (this run; a resumed run skips what the killed one committed)
    changed: int = 0
    unchanged: int = 0
    failed: int = 0  # pages that no longer give an article: the stored one stays, untouched
    unreadable: int = 0  # kept pages missing or damaged: the stored article stays
    resumed_after: int = 0  # the article id a resumed run started after (0: from the start)
    sections_added: int = 0
    sections_removed: int = 0
    removals: Counter[str] = field(default_factory=Counter)  # rule -> removals added (negative: fewer)
    examples: list[str] = field(default_factory=list)


MAX_EXAMPLES = 5


def selected(connection: Connection, site: str | None, since: datetime | None, after: int = 0) -> list[tuple[int, str]]:
    """``(article id, site name)`` of the articles with kept pages, by id, after ``after``."""
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


def stored_parts(connection: Connection, article_id: int) -> tuple[str, list[tuple[Any, ...]], Counter[str]]:
    """The stored content hash, sections and removals (rule counts) of an article."""
    content_hash = connection.execute(
        select(_articles.c.content_hash).where(_articles.c.id == article_id)
    ).scalar_one()
    sections = connection.execute(
        select(_sections.c.kind, _sections.c.level, _sections.c.heading, _sections.c.text)
        .where(_sections.c.article_id == article_id)
        .order_by(_sections.c.position)
    ).all()
    rules = Counter(
        rule for (rule,) in connection.execute(select(_removed.c.rule).where(_removed.c.article_id == article_id))
    )
    return content_hash, [tuple(row) for row in sections], rules


@dataclass
class SiteSetup:
    """What reading a site's pages again needs: its profile, rules and learned counts."""

    profile: Profile | None
    rules: list[Rule]
    learned: BoilerplateCounts | None
    template: Template | None = None  # the site's learned template (template_paths)


class Checkpoint:
    """Where a killed ``fanwen reprocess`` resumes: the last article id whose result is committed,
    for the same selection and rules (``key``), in ``reprocess_checkpoints``, written in the
    transaction that commits the articles, so it is exactly as far as the work went."""

    def __init__(self, key: str) -> None:
        self.key = key

    def start(self, engine: Engine) -> int:
        with engine.connect() as connection:
            after = connection.execute(select(_checkpoints.c.after).where(_checkpoints.c.key == self.key)).scalar()
        return int(after or 0)

    def save(self, store: ArticleStore, after: int) -> None:
        def write(connection: Connection) -> None:
            statement = upsert(_checkpoints, connection.dialect.name)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=["key"], set_={"after": statement.excluded.after, "updated": statement.excluded.updated}
                ),
                {"key": self.key, "after": after, "updated": utcnow()},
            )

        store.in_batch(write)

    def done(self, engine: Engine) -> None:
        with engine.begin() as connection:
            connection.execute(delete(_checkpoints).where(_checkpoints.c.key == self.key))


async def reprocess(
    engine: Engine,
    setup: Callable[[str], SiteSetup],
    *,
    site: str | None = None,
    since: datetime | None = None,
    dry_run: bool = False,
    workers: int = 0,
    checkpoint: Checkpoint | None = None,
    progress: Callable[[Summary], None] | None = None,
    window: int = 64,
    batch_size: int = 50,
) -> Summary:
    """Read every selected article again from its kept pages and store what changed (a
    revision each, as a crawl does), never fetching. ``setup(site)`` gives a site's profile,
    rules and learned counts. Pages are read by the crawl's page readers (``workers``
    processes per site, :mod:`fanwen.spiders.reader`, so on all cores); strip and sections run
    here, in article order, as in a crawl's pipelines.
    """
    summary = Summary()
    summary.resumed_after = checkpoint.start(engine) if checkpoint is not None and not dry_run else 0
    with engine.connect() as connection:
        todo = selected(connection, site, since, summary.resumed_after)
    summary.total = len(todo)
    setups: dict[str, SiteSetup] = {}
    readers: dict[str, PageReader] = {}
    store = None if dry_run else ArticleStore(engine, batch_size)

    def finish_chunk(chunk: list[tuple[int, str]], loaded: list[tuple[list[FetchedPage] | None, list[Page]]]) -> None:
        """Strip, section and store a window of articles read (in a thread of its own)."""
        for (article_id, name), (pages, reads) in zip(chunk, loaded, strict=True):
            _one(engine, store, summary, article_id, name, setups[name], pages, reads)
        if store is not None:
            if checkpoint is not None:
                checkpoint.save(store, chunk[-1][0])
            store.flush()
        if progress is not None:
            progress(summary)

    # The page readers read a window while the last one is stripped, sectioned and stored: one
    # thread does all of that (and every write, in order), so the readers never wait for it.
    loop = asyncio.get_running_loop()
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fanwen-reprocess")
    finishing: asyncio.Future[None] | None = None
    try:
        for start in range(0, len(todo), window):
            chunk = todo[start : start + window]
            for _, name in chunk:
                if name not in setups:
                    setups[name] = setup(name)
                    readers[name] = PageReader(setups[name].profile, workers)
            loaded = await asyncio.gather(*(_read(engine, a, readers[n], setups[n].template) for a, n in chunk))
            if finishing is not None:
                await finishing
            finishing = loop.run_in_executor(writer, finish_chunk, chunk, list(loaded))
        if finishing is not None:
            await finishing
    finally:
        if finishing is not None and not finishing.done():
            await asyncio.wait([finishing])
        writer.shutdown(wait=True)
        if store is not None:
            store.close()
        for reader in readers.values():
            await reader.close()
    if checkpoint is not None and not dry_run:
        checkpoint.done(engine)
    return summary


async def _read(
    engine: Engine, article_id: int, reader: PageReader, template: Template | None
) -> tuple[list[FetchedPage] | None, list[Page]]:
    try:
        with engine.connect() as connection:
            pages = read_pages(connection, article_id)
    except StorageError:
        return None, []
    reads = await asyncio.gather(
        *(
            reader.read(page.body, header(page, "Content-Type"), page.url, number > 0, template)
            for number, page in enumerate(pages)
        )
    )
    return pages, list(reads)


def _one(
    engine: Engine,
    store: ArticleStore | None,
    summary: Summary,
    article_id: int,
    name: str,
    setup: SiteSetup,
    pages: list[FetchedPage] | None,
    reads: list[Page],
) -> None:
    summary.done += 1
    if pages is None:
        summary.unreadable += 1
        return
    with engine.connect() as connection:
        stored = stored_article(connection, article_id)
        old_hash, old_sections, old_rules = stored_parts(connection, article_id)
    article = merge(pages, reads)
    if article is None or stored is None:
        summary.failed += 1
        return
    url, category, _, _ = stored
    article.url = url
    if article.category is None:
        article.category = category
    if not finish(article, setup.rules, setup.learned):
        summary.failed += 1
        return
    if article.content_hash == old_hash:
        summary.unchanged += 1
        return
    summary.changed += 1
    new_sections = [(s.kind, s.level, s.heading, s.text) for s in article.sections]
    added = len(set(new_sections) - set(old_sections))
    removed = len(set(old_sections) - set(new_sections))
    summary.sections_added += added
    summary.sections_removed += removed
    new_rules = Counter(r.rule for r in article.removed)
    for rule in set(new_rules) | set(old_rules):
        if new_rules[rule] != old_rules[rule]:
            summary.removals[rule] += new_rules[rule] - old_rules[rule]
    if len(summary.examples) < MAX_EXAMPLES:
        rules = ", ".join(f"{rule} {new_rules[rule] - old_rules[rule]:+d}" for rule in sorted(set(new_rules) | set(old_rules)) if new_rules[rule] != old_rules[rule])
        summary.examples.append(f"{url}: sections +{added} -{removed}" + (f"; removed {rules}" if rules else ""))
    if store is not None:
        store.save(article)
