"""Articles again from their kept pages, through the one page path, never fetching.

An article is made again by :func:`fanwen.rebuild.reread` (its kept pages read and merged as
the spider does, then validated, stripped and sectioned as the pipelines do, with the site's
learned boilerplate as it is *now*, counted no further): the article a crawl of the same pages
stores. What it asks of the database is in :mod:`fanwen.db.archive` and :mod:`fanwen.db.pages`.

Two callers: the learned-boilerplate re-check at the end of a crawl (:func:`recheck_learned`),
and ``fanwen reprocess`` (:func:`reprocess`, :mod:`fanwen.cli.reprocess`).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from sqlalchemy import Connection, Engine

from fanwen.db.archive import (
    StoredArticle,
    articles_showing,
    checkpoint,
    drop_checkpoint,
    frequent_blocks,
    learned_removals,
    save_checkpoint,
    selected,
    set_template,
    set_template_key,
    site_scopes,
    stored_articles,
    stored_parts,
    template_readings,
    unrecorded_readings,
)
from fanwen.db.boilerplate import load_counts
from fanwen.db.pages import PageReading, read_pages
from fanwen.db.store import ArticleStore, revised, storable
from fanwen.extract.template import Template, signature_from_json, signature_json, stale, template_key
from fanwen.items import Article, Block, FetchedPage
from fanwen.profiles import Profile
from fanwen.rebuild import VALIDATE_MIN_CHARS, Finishing, reread
from fanwen.spiders.reader import PageReader, WorkerLost
from fanwen.strip import Rule
from fanwen.strip.boilerplate import BoilerplateCounts, BoilerplateOptions, scopes

logger = logging.getLogger(__name__)

# Articles with no recorded template (stored before migration 0010) a crawl's end reads again
# per site: the first crawls after the upgrade share them out, each one's end bounded (about
# 10 to 20 s of CPU); ``fanwen reprocess`` records the template of all of them at once.
UNRECORDED_PER_CRAWL = 2000


def load_learned(engine: Engine, sites: Iterable[str], options: BoilerplateOptions) -> BoilerplateCounts:
    """The learned counts of ``sites`` (and their columns) as stored now."""
    counts = BoilerplateCounts(options)
    with engine.connect() as connection:
        every = [scope for site in sites for scope in site_scopes(connection, site)]
    for scope in every:
        counts.load(scope, load_counts(engine, scope, options.window))
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
    """What the end-of-crawl re-check found and did."""

    articles: list[int] = field(default_factory=list)  # ids whose learned-boilerplate decisions may differ
    templated: list[int] = field(default_factory=list)  # ids the final template would read otherwise
    changed: int = 0  # stored again (something they give changed)
    learned_changed: int = 0  # of those, ones in ``articles``
    reread: int = 0  # of those, ones in ``templated``
    no_pages: int = 0  # articles that would need their kept pages and have none
    template_no_pages: int = 0  # of those, templated ones
    failed: int = 0  # kept pages that no longer give the article: the stored one stays


def disagreeing(connection: Connection, site: str, learned: BoilerplateCounts) -> list[int]:
    """The site's stored articles where a learned-boilerplate decision differs from what the
    counts say now: a block that is boilerplate now (or a learned slot's line) still kept, or
    a block removed as either that no longer is.

    Both are found in the database, whatever run stored the article: kept blocks by their text
    in the sections, removed ones in ``removed_fragments``.
    """
    found: set[int] = set()
    for scope in site_scopes(connection, site):
        # A learned slot's rotating lines are taken once seen in two articles.
        least = 2 if learned.has_slots(scope) else learned.options.least
        for sample in frequent_blocks(connection, scope, least):
            if learned.is_boilerplate(scope, Block(sample)):
                found.update(
                    article_id
                    for article_id, url in articles_showing(connection, site, sample)
                    if scope in scopes(site, url)
                )
    for article_id, url, text, title in learned_removals(connection, site):
        if not learned.is_learned(scopes(site, url), Block(text), title):
            found.add(article_id)
    return sorted(found)


def stale_readings(connection: Connection, site: str, template: Template) -> tuple[list[int], list[int]]:
    """The site's stored articles read by another template than ``template``: those it would
    read otherwise (their page showed a slot elsewhere than it decides, or a slot it no longer
    decides gave them a value), and the others."""
    stale_ids: list[int] = []
    current: list[int] = []
    for article_id, seen in template_readings(connection, site, template_key(template) or ""):
        (stale_ids if stale(signature_from_json(seen), template) else current).append(article_id)
    return stale_ids, current


def same_article(article: Article, stored: StoredArticle) -> bool:
    """Whether ``article`` gives what is stored: everything the store writes for it (its stored
    hash: the columns that say what the page gives, the sections, the removals). A row with no
    stored hash (another program's) is never the same: it is stored again, and compared then
    by its fields (:meth:`fanwen.db.store.ArticleStore.save`)."""
    return stored.stored_hash is not None and article.stored_hash == stored.stored_hash


def from_kept(
    connection: Connection,
    stored: StoredArticle,
    profile: Profile | None,
    finishing: Finishing,
    template: Template | None = None,
) -> tuple[Article | None, bool]:
    """The stored article made again from its kept pages, stripped and sectioned, and whether
    it has any kept pages."""  # fmt: skip
    pages = read_pages(connection, stored.id)
    if not pages:
        return None, False
    article = reread(pages, profile, finishing, template, stored.url, stored.category)
    assert not isinstance(article, str)  # no known hash: never UNCHANGED
    return article, True


def recheck_learned(
    store: ArticleStore,
    sites: Iterable[str],
    options: BoilerplateOptions | None,
    profile: Profile | None,
    rules: Sequence[Rule],
    since: datetime,
    min_chars: int = VALIDATE_MIN_CHARS,
    template: Template | None = None,
) -> Recheck:
    """At the end of a crawl: read again, from their kept pages, the articles of ``sites``
    whose learned decisions the final counts would take otherwise, and store what changed.

    Two kinds of decision depend on the order pages arrived, and both are taken again on the
    final counts, which no article's position changes:
    - learned boilerplate (``options``; None: not learned): mid-crawl a block is decided on the
      counts so far, and a paragraph 55 of 553 articles share can be in 5 of the first 12;
    - the learned ``template`` (None: not learned): a slot is decided after a few pages, and a
      layout first met late in the crawl after a few of its own; the pages read before were
      read by generic detection, which a sidebar's name or a longer feed misleads. Articles
      with no recorded template (stored before migration 0010) are read again too, at most
      :data:`UNRECORDED_PER_CRAWL` per site, and record it.
    Articles first stored before ``since`` (earlier runs) get a revision when their text
    changed; this run's, and a change of metadata alone, are corrected in place.
    """
    store.flush()
    sites = sorted(set(sites))
    learned = load_learned(store.engine, sites, options) if options is not None else None
    finishing = Finishing(tuple(rules), learned, min_chars)
    key = template_key(template)
    result = Recheck()
    with store.engine.connect() as connection:
        if learned is not None:
            result.articles = [i for site in sites for i in disagreeing(connection, site, learned)]
        current: list[int] = []
        if template is not None:
            for site in sites:
                stale_ids, same_ids = stale_readings(connection, site, template)
                result.templated += stale_ids
                current += same_ids
                # Read by no recorded template: whether the final one reads them otherwise is
                # known only by reading them (once: then their template is recorded).
                result.templated += unrecorded_readings(connection, site, UNRECORDED_PER_CRAWL)
    if current:  # read by an older template, and the final one reads them alike: settled
        store.in_batch(lambda connection: set_template_key(connection, current, key))
    templated, boilerplate = set(result.templated), set(result.articles)
    for article_id in sorted(boilerplate | templated):
        with store.engine.connect() as connection:
            stored = stored_articles(connection, [article_id]).get(article_id)
            if stored is None:
                result.no_pages += 1
                continue
            article, has_pages = from_kept(connection, stored, profile, finishing, template)
        if not has_pages:
            result.no_pages += 1
            result.template_no_pages += article_id in templated
            continue
        if article is None:
            result.failed += 1
            if stored.template_key is None and template is not None:
                # No article under the final template: its stored one stays, and it is not
                # taken again first by every later crawl (which would starve the others).
                store.in_batch(partial(set_template, article_id=article_id, key=key, seen=None))
            continue
        if same_article(article, stored):
            if article_id in templated:  # read by the final template now: not again next time
                settled = partial(
                    set_template, article_id=article_id, key=key, seen=signature_json(article.template_seen)
                )
                store.in_batch(settled)
            continue
        # This run's articles are corrected in place (no revision); earlier runs' get one when
        # their title, text or sections changed (the store decides, as for a crawled page).
        article.reread = stored.first_seen >= since
        store.save(article, fetched=False)
        result.changed += 1
        result.learned_changed += article_id in boilerplate
        result.reread += article_id in templated
    store.flush()
    return result


# -- fanwen reprocess ----------------------------------------------------------------------


@dataclass
class Summary:
    """What ``fanwen reprocess`` did (or, with ``--dry-run``, would do)."""

    total: int = 0  # articles with kept pages selected
    done: int = 0  # read again (this run; a resumed run skips what the killed one committed)
    changed: int = 0  # its text changed: stored with a revision
    replaced: int = 0  # the same title and text, other metadata: written in place, no revision
    unchanged: int = 0
    failed: int = 0  # pages that no longer give an article: the stored one stays, untouched
    unreadable: int = 0  # kept pages missing or damaged: the stored article stays
    read_again: int = 0  # articles whose page reader ended before it answered, read by another
    lost: int = 0  # articles not read: their reader ended reading them and none could read them again
    first_lost: int = 0  # the first lost article's id: the checkpoint stays before it
    resumed_after: int = 0  # the article id a resumed run started after (0: from the start)
    sections_added: int = 0
    sections_removed: int = 0
    removals: Counter[str] = field(default_factory=Counter)  # rule -> removals added (negative: fewer)
    examples: list[str] = field(default_factory=list)


MAX_EXAMPLES = 5


@dataclass
class SiteSetup:
    """What reading a site's pages again needs: its profile, rules and learned counts."""

    profile: Profile | None
    rules: list[Rule]
    learned: BoilerplateCounts | None
    template: Template | None = None  # the site's learned template (template_paths)

    @property
    def finishing(self) -> Finishing:
        return Finishing(tuple(self.rules), self.learned)


class Checkpoint:
    """Where a killed ``fanwen reprocess`` resumes: the last article id whose result is committed,
    for the same selection and rules (``key``), in ``reprocess_checkpoints``, written in the
    transaction that commits the articles, so it is exactly as far as the work went."""

    def __init__(self, key: str) -> None:
        self.key = key

    def start(self, engine: Engine) -> int:
        return checkpoint(engine, self.key)

    def save(self, store: ArticleStore, after: int) -> None:
        store.in_batch(lambda connection: save_checkpoint(connection, self.key, after))

    def done(self, engine: Engine) -> None:
        drop_checkpoint(engine, self.key)


@dataclass(frozen=True)
class _ReadAgain:
    """What a second reader answered for an article whose first reader ended before answering."""

    answer: Article | None | str


# An article read again: its stored row, and what its kept pages give now (None: no article;
# UNCHANGED: its content hash is the stored one's; _UNREADABLE: no kept page could be read;
# _LOST: no page reader could read it).
_Read = tuple[int, StoredArticle | None, Article | None | str | _ReadAgain]
_UNREADABLE = "unreadable"
_LOST = "lost"


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
    rules and learned counts.

    The crawl's page readers (``workers`` processes for every site, :mod:`fanwen.spiders.reader`,
    so on all cores) make each article again, stripped and sectioned
    (:meth:`~fanwen.spiders.reader.PageReader.read_article`); this process reads the kept
    pages a window of articles at a time, and a thread of its own compares each article with
    the stored one and stores it if it changed, in article order, while the readers read the
    next windows.
    """
    summary = Summary()
    summary.resumed_after = checkpoint.start(engine) if checkpoint is not None and not dry_run else 0
    with engine.connect() as connection:
        todo = selected(connection, site, since, summary.resumed_after)
    summary.total = len(todo)
    setups: dict[str, SiteSetup] = {}
    # One set of page readers for every site: each site's setup goes to a reader with its
    # first article there (before, every site started readers of its own, all kept to the end).
    reader = PageReader(None, workers, articles=True)
    reading = PageReading()
    store = None if dry_run else ArticleStore(engine, batch_size)

    def finish_window(chunk: list[tuple[int, str]], reads: list[_Read]) -> None:
        """Compare and store a window of articles read (in a thread of its own)."""
        for article_id, stored, article in reads:
            _one(engine, store, summary, article_id, stored, article)
        if store is not None:
            if checkpoint is not None:
                # Never past an article that was not read: the next run resumes at it (and
                # finds the articles stored after it unchanged).
                done = summary.first_lost - 1 if summary.first_lost else chunk[-1][0]
                checkpoint.save(store, done)
            store.flush()
        if progress is not None:
            progress(summary)

    async def read_window(chunk: list[tuple[int, str]]) -> list[_Read]:
        for _, name in chunk:
            if name not in setups:
                setups[name] = setup(name)
                reader.add_site(name, setups[name].profile, setups[name].finishing)
        ids = [article_id for article_id, _ in chunk]
        with engine.connect() as connection:
            kept = reading.read(connection, ids)
            stored = stored_articles(connection, ids)
        return list(
            await asyncio.gather(
                *(_read(reader, n, setups[n].template, a, stored.get(a), kept[a]) for a, n in chunk)
            )
        )

    # Two windows are with the readers at a time (they never wait for this process to read
    # the next one), and one thread compares and stores (every write, in order).
    loop = asyncio.get_running_loop()
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fanwen-reprocess")
    pending: deque[tuple[list[tuple[int, str]], asyncio.Future[list[_Read]]]] = deque()
    storing: asyncio.Future[None] | None = None

    async def store_next() -> None:
        nonlocal storing
        chunk, task = pending.popleft()
        result = await task
        if storing is not None:
            await storing
        storing = loop.run_in_executor(writer, finish_window, chunk, result)

    stopping = False
    try:
        for start in range(0, len(todo), window):
            chunk = todo[start : start + window]
            pending.append((chunk, asyncio.ensure_future(read_window(chunk))))
            if len(pending) >= 2:
                await store_next()
        while pending:
            await store_next()
        if storing is not None:
            await storing
    except BaseException:
        stopping = True  # cancelled (Ctrl-C, SIGTERM) or failed: what the readers hold is not wanted
        raise
    finally:
        for _, task in pending:
            task.cancel()
        # The window being stored is committed whole, with its checkpoint: a stopped run resumes
        # exactly after it.
        if storing is not None and not storing.done():
            await asyncio.wait([storing])
        writer.shutdown(wait=True)
        if store is not None:
            store.close()
        await reader.close(at_once=stopping)
    if checkpoint is not None and not dry_run and not summary.lost:
        checkpoint.done(engine)
    return summary


async def _read(
    reader: PageReader,
    site: str,
    template: Template | None,
    article_id: int,
    stored: StoredArticle | None,
    pages: list[FetchedPage] | None,
) -> _Read:
    if stored is None or not pages:
        return article_id, stored, _UNREADABLE
    # Read by another template than the site's now (none recorded: stored before migration
    # 0010), the article comes back even when it is the same, to record the template.
    known = stored.stored_hash if stored.template_key == template_key(template) else None
    try:
        article = await reader.read_article(pages, template, stored.url, stored.category, known, site)
    except WorkerLost as lost:
        # A reader ended (killed, crashed, or stopped after READ_TIMEOUT s on one article): every
        # article it held is read again by another reader, or here if none is left, except the
        # one it was reading when no reader is left (it may be what ended the reader, and could
        # end or hang this process); lost a second time, the article is not read. Either way it
        # never passes for an article read: the run says so and a later run reads it.
        if lost.started and not reader.running:
            logger.error("%s: %s; not read again, as no page reader is left", stored.url, lost)
            return article_id, stored, _LOST
        try:
            article = await reader.read_article(pages, template, stored.url, stored.category, known, site)
        except WorkerLost as again:
            logger.error("%s: %s, and again: %s", stored.url, lost, again)
            return article_id, stored, _LOST
        return article_id, stored, _ReadAgain(article)
    return article_id, stored, article


def _one(
    engine: Engine,
    store: ArticleStore | None,
    summary: Summary,
    article_id: int,
    stored: StoredArticle | None,
    article: Article | None | str | _ReadAgain,
) -> None:
    if isinstance(article, _ReadAgain):
        summary.read_again += 1
        article = article.answer
    if article == _LOST:
        summary.lost += 1
        summary.first_lost = summary.first_lost or article_id
        return
    summary.done += 1
    if stored is None or article == _UNREADABLE:
        summary.unreadable += 1
        return
    if article is None:
        summary.failed += 1
        return
    if isinstance(article, Article) and article.url:
        # Compared as the store writes it (NUL out, over-long metadata clipped or dropped), or an
        # article with such a value would count as changed on every run.
        article = storable(article)
    if isinstance(article, str) or same_article(article, stored):  # UNCHANGED
        summary.unchanged += 1
        if isinstance(article, Article) and store is not None and article.template_key != stored.template_key:
            settled = partial(
                set_template,
                article_id=article_id,
                key=article.template_key,
                seen=signature_json(article.template_seen),
            )
            store.in_batch(settled)
        return
    with engine.connect() as connection:
        old_sections, old_rules = stored_parts(connection, article_id)
    # As the store decides: the title, text or sections changed (a revision), or only what is
    # stored beside them (a corrected date, author, category, the removals: in place).
    if revised(article, stored.content_hash, old_sections):
        summary.changed += 1
    else:
        summary.replaced += 1
    new_sections = [(s.kind, s.level, s.heading, s.text or "") for s in article.sections]
    added = len(set(new_sections) - set(old_sections))
    removed = len(set(old_sections) - set(new_sections))
    summary.sections_added += added
    summary.sections_removed += removed
    new_rules = Counter(r.rule for r in article.removed)
    differences = {
        rule: new_rules[rule] - old_rules[rule]
        for rule in sorted(set(new_rules) | set(old_rules))
        if new_rules[rule] != old_rules[rule]
    }
    summary.removals.update(differences)
    if len(summary.examples) < MAX_EXAMPLES:
        rules = ", ".join(f"{rule} {n:+d}" for rule, n in differences.items())
        summary.examples.append(
            f"{stored.url}: sections +{added} -{removed}" + (f"; removed {rules}" if rules else "")
        )
    if store is not None:
        store.save(article, fetched=False)
