"""The crawl's storage owner: one per crawl, it owns the engine, the migration, the run lock, the
run's ``crawl_runs`` row and the crawl state (what is known, what is due).

Every other component asks it instead of opening the database itself: the store pipeline writes
articles through :attr:`Storage.store`, the strip stage reads learned boilerplate through
:meth:`Storage.boilerplate_counts`, the spider and the incremental middleware read
:meth:`Storage.crawl_state`, the spider its site's learned template :meth:`Storage.template_counts`. ``Storage.of(crawler)`` finds the crawl's owner (the enabled
extension, else one made on first use), so each component also works on its own in tests.

Settings: ``FANWEN_STORE_ENABLED`` (off: no owner, nothing stored or read), ``FANWEN_DB`` (a
SQLAlchemy URL or a file path; default ``$FANWEN_DB``, then ``./fanwen.db``),
``FANWEN_STORE_BATCH_SIZE`` (50), ``FANWEN_LOCK_WAIT`` (seconds to wait for another crawl of the
same database; 0), ``FANWEN_INCREMENTAL_ENABLED`` (off: the crawl state is empty),
``FANWEN_KEEP_PAGES`` (True: the store keeps every new or changed article's pages,
:mod:`fanwen.db.pages`).
Stats: ``fanwen/store/run_id``, ``fanwen/store/abandoned_runs``, ``fanwen/incremental/known``,
``fanwen/incremental/full_walk``, ``fanwen/store/kept_page_bytes`` (compressed) and
``fanwen/store/kept_page_raw_bytes``, ``fanwen/distributed/worker`` (1 in a worker of a distributed run),
``fanwen/boilerplate/rechecked|recheck_changed|recheck_no_pages|recheck_failed``,
``fanwen/template/rechecked|reread|recheck_no_pages``.

At ``spider_closed``, before the run is recorded, learned boilerplate and the site's learned
template are decided again on the final counts for every article of the crawled sites where
they disagree with the decision taken when the article was stored
(:func:`fanwen.reprocess.recheck_learned`, from the kept pages).

In a distributed run (``FANWEN_QUEUE``, :mod:`fanwen.distributed`) the owner of the seeding
worker starts the ``crawl_runs`` row and the others join it; each worker records its own counts
in ``crawl_run_workers`` and adds them to the run's, and the last one records the run's end. The
workers share the run lock (the seeder takes it exclusively first).

The owner opens at the first component's ``open_spider`` (or its own ``spider_opened`` at the
latest) and holds the run lock (:mod:`fanwen.db.lock`) until ``spider_closed``, where it records
how the run ended. When another crawl holds the lock the spider closes at once with the reason
``database_locked`` and no run is recorded. A write the database refuses for good in the middle
of the crawl (a full disk; on SQLite, another program's write lock held past the busy timeout)
stops it (:meth:`Storage.stop_writing`): the store writes no more articles, what was committed
stays, and the spider closes with ``disk_full`` (the run ``failed``) or ``database_locked`` (the
run ``interrupted``, written if that lock is gone at close, else left to the next run).
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.exceptions import CloseSpider, NotConfigured

from fanwen.config import check_settings
from fanwen.db.boilerplate import load_counts
from fanwen.db.engine import (
    FOREIGN_WRITE_LOCK,
    DiskFull,
    StorageError,
    WriteLocked,
    describe,
    last_write_wait,
    make_engine,
    migrate,
    resolve_db_url,
)
from fanwen.db.lock import SEED, SHARED, DatabaseLocked, RunLock
from fanwen.db.pages import PageArchive
from fanwen.db.state import close_abandoned_runs, index_missing, load_state
from fanwen.db.store import ArticleStore
from fanwen.db.template import load_counts as template_counts
from fanwen.db.workers import finish_distributed_run, finish_worker, start_worker
from fanwen.distributed.cluster import Cluster
from fanwen.profiles import site_zone
from fanwen.state import CrawlState, utcnow
from fanwen.strip.boilerplate import BoilerplateOptions

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

LOCKED_REASON = "database_locked"
# What the store's save returns: the articles a crawl committed (a 304 only moves last_seen).
COMMITTED = ("new", "changed", "unchanged", "replaced")
# Scrapy close reason -> crawl_runs.status. CloseSpider limits are planned ends, not failures.
# Another program's write lock stops a crawl that has started (no run is recorded for one that
# meets it, or another crawl's run lock, as it opens): nothing failed, the next run completes it.
RUN_STATUS = {
    "finished": "finished",
    "closespider_timeout": "finished",
    "closespider_itemcount": "finished",
    "closespider_pagecount": "finished",
    "shutdown": "interrupted",
    LOCKED_REASON: "interrupted",
}
JOIN_LOCK_WAIT = 10.0  # seconds a joining worker waits for the seeder to share the run lock
UNUSABLE_REASON = "database_unusable"  # not in RUN_STATUS: the run failed
NOTHING_STORED = "nothing_stored"  # the status of a run that read article pages and kept none
DISK_FULL_REASON = "disk_full"  # not in RUN_STATUS: the run failed
# Runs started by this process (one per crawler); any other run still "running" while this
# process holds the run lock was left by a killed process.
_OWN_RUNS: dict[str, set[int]] = {}
# The owner of each crawler's storage, however it was made (extension or first use).
_OWNERS: WeakKeyDictionary[Crawler, Storage] = WeakKeyDictionary()


def run_status(reason: str | None, stats: dict[str, Any] | None = None) -> str:
    """``finished`` / ``interrupted`` / ``failed`` / ``nothing_stored`` for a Scrapy close reason
    and the run's stats.

    A crawl that "finished" without a single usable page but with faults (the site was down)
    failed, so that cron hears about it.

    >>> run_status("finished"), run_status("shutdown"), run_status("closespider_errorcount")
    ('finished', 'interrupted', 'failed')
    >>> run_status("database_locked"), run_status("disk_full")
    ('interrupted', 'failed')
    >>> run_status("finished", {"fanwen/faults/total": 3})
    'failed'
    >>> run_status("finished", {"fanwen/spider/pages": 9, "fanwen/spider/article_failed": 8})
    'nothing_stored'
    """
    status = RUN_STATUS.get(reason or "", "failed")
    site_down = (
        stats is not None and stats.get("fanwen/faults/total", 0) and not stats.get("fanwen/spider/pages", 0)
    )
    if status == "finished" and site_down:
        return "failed"
    if status == "finished" and stats is not None and nothing_kept(stats):
        return NOTHING_STORED
    return status


def nothing_kept(stats: dict[str, Any]) -> bool:
    """Whether article pages were read and not one article came out of the pipelines.

    Every article page failing extraction (a profile selector that matches nothing), every
    article dropped or refused, a callback that raised on every page: the crawl did not do its
    job, even though Scrapy "finished". So did a first crawl whose every page was no article (a
    company site, a wrong address). A re-crawl that finds nothing new reads no article page,
    and has stored articles (``fanwen/incremental/known``); or it reads only stored articles
    again (due) that give nothing to keep now (taken down, a notice too short to keep:
    ``fanwen/spider/stored_read``), with no error: their stored copies stay, nothing failed.

    >>> nothing_kept({"fanwen/spider/article_failed": 12}), nothing_kept({"fanwen/spider/pages": 3})
    (True, False)
    >>> nothing_kept({"fanwen/spider/articles": 5, "item_scraped_count": 5})
    False
    >>> again = {"fanwen/spider/article_failed": 2, "fanwen/spider/stored_read": 2}
    >>> nothing_kept(again), nothing_kept({**again, "fanwen/spider/article_failed": 3})
    (False, True)
    >>> nothing_kept({**again, "fanwen/store/errors": 2}), nothing_kept({**again, "spider_exceptions/count": 1})
    (True, True)

    Stored pages that now give no article, with no profile's ``article_url``, are not among the
    article pages read (``stored_gone``): they cannot hide a new article page that gave none.

    >>> gone = {"fanwen/spider/stored_read": 2, "fanwen/spider/stored_not_article": 2,
    ...         "fanwen/spider/stored_gone": 2, "fanwen/spider/not_article": 2, "fanwen/incremental/known": 40}
    >>> nothing_kept(gone), nothing_kept({**gone, "fanwen/spider/articles": 1, "item_dropped_count": 1})
    (False, True)
    >>> first = {"fanwen/spider/not_article": 3, "fanwen/incremental/known": 0}
    >>> nothing_kept(first), nothing_kept({**first, "fanwen/incremental/known": 40})
    (True, False)
    >>> nothing_kept({**first, "fanwen/distributed/worker": 1})
    False
    >>> nothing_kept({"fanwen/spider/undecodable": 1, "fanwen/incremental/known": 0})
    True
    """
    if stats.get("item_scraped_count", 0):
        return False
    read = stats.get("fanwen/spider/articles", 0) + stats.get("fanwen/spider/article_failed", 0)
    if stats.get("spider_exceptions/count", 0) or (read and stats.get("fanwen/store/errors", 0)):
        return True  # nothing stored because of errors
    if read:
        # The stored pages among those read: each gave an article, or failed by the profile's
        # article_url; a new article page gave none when more were read.
        stored = stats.get("fanwen/spider/stored_read", 0) - stats.get("fanwen/spider/stored_gone", 0)
        return read > stored
    # No article page at all: a first crawl's failure, unless articles of the site were stored
    # before, or this is a worker of a distributed run (it may have read only listings).
    first = not stats.get("fanwen/incremental/known", 0) and not stats.get("fanwen/distributed/worker", 0)
    # A page that was no HTML (a PDF, an API's JSON) is no article either.
    no_article = stats.get("fanwen/spider/not_article", 0) + stats.get("fanwen/spider/undecodable", 0)
    return bool(no_article) and first


def run_errors(stats: dict[str, Any]) -> int:
    """Errors of a run: lines logged at ERROR (each failed request is one, see the spider's
    errback; spider exceptions) and articles the database refused.

    >>> run_errors({"log_count/ERROR": 3, "fanwen/store/errors": 1})
    4
    """
    return int(stats.get("log_count/ERROR", 0)) + int(stats.get("fanwen/store/errors", 0))


def learned_options(settings: Any) -> BoilerplateOptions | None:
    """The learned-boilerplate options of a crawl's settings; None when nothing is learned."""
    if not settings.getbool("FANWEN_STRIP_ENABLED", True) or not settings.getbool(
        "FANWEN_BOILERPLATE_ENABLED", True
    ):
        return None
    return BoilerplateOptions(
        threshold=settings.getint("FANWEN_BOILERPLATE_THRESHOLD", 5),
        min_share=settings.getfloat("FANWEN_BOILERPLATE_MIN_SHARE", 0.3),
    )


class Storage:
    """The storage owner of one crawl (a Scrapy extension; see the module docstring)."""

    def __init__(
        self,
        crawler: Crawler,
        db_url: str,
        batch_size: int = 50,
        lock_wait: float = 0.0,
        incremental: bool = True,
        keep_pages: bool = True,
        learned: BoilerplateOptions | None = None,
        min_chars: int = 50,
    ) -> None:
        self.crawler = crawler
        self.keep_pages = keep_pages
        self.archive: PageArchive | None = None
        self.learned = learned  # learned-boilerplate options when the strip stage learns, else None
        self.min_chars = min_chars
        self._started = utcnow()
        self.db_url = db_url
        self.batch_size = batch_size
        self.incremental = incremental
        self.lock = RunLock(db_url, wait=lock_wait)
        self.engine: Engine | None = None
        self.store: ArticleStore | None = None
        self.run_id: int | None = None
        self.refused: str | None = None  # why the crawl must close at once (locked, unusable, disk full)
        self.cluster: Cluster | None = None  # the distributed run this process is a worker of
        self.worker_id: int | None = None  # its crawl_run_workers row
        self._opened = False
        self._state: CrawlState | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Storage:
        owner = _OWNERS.get(crawler)
        if owner is not None:
            return owner  # made on first use by a component built before the extensions
        settings = crawler.settings
        check_settings(settings)  # a bad value is an error, not storage switched off
        if not settings.getbool("FANWEN_STORE_ENABLED", True):
            raise NotConfigured("FANWEN_STORE_ENABLED is off")
        owner = cls(
            crawler,
            resolve_db_url(settings.get("FANWEN_DB")),
            batch_size=settings.getint("FANWEN_STORE_BATCH_SIZE", 50),
            lock_wait=settings.getfloat("FANWEN_LOCK_WAIT", 0.0),
            incremental=settings.getbool("FANWEN_INCREMENTAL_ENABLED", True),
            keep_pages=settings.getbool("FANWEN_KEEP_PAGES", True),
            learned=learned_options(settings),
            min_chars=settings.getint("FANWEN_VALIDATE_MIN_CHARS", 50),
        )
        _OWNERS[crawler] = owner
        owner.cluster = Cluster.of(crawler)
        crawler.signals.connect(owner.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(owner.spider_closed, signal=signals.spider_closed)
        return owner

    @classmethod
    def of(cls, crawler: Crawler) -> Storage | None:
        """The crawl's storage owner; None when the crawl stores nothing (``FANWEN_STORE_ENABLED``)."""
        try:
            return cls.from_crawler(crawler)
        except NotConfigured:
            return None

    # -- opening ------------------------------------------------------------------------

    def _site_zone(self) -> str:
        """The zone the crawled site prints its times in: the spider's profile ``timezone``, else
        ``FANWEN_TIMEZONE`` (the store writes an aware ``published`` as its wall clock)."""
        profile = getattr(getattr(self.crawler, "spider", None), "profile", None)
        return site_zone(profile, self.crawler.settings.get("FANWEN_TIMEZONE"))

    def open(self) -> bool:
        """Take the run lock, migrate, close runs killed earlier and start this run's row.

        Idempotent: every component calls it from its ``open_spider``. False when the crawl
        must not write (:attr:`refused` says why; ``spider_opened`` then closes the spider).
        """
        if self._opened:
            return self.store is not None
        self._opened = True
        shared_run: int | None = None
        if self.cluster is not None:
            self.cluster.join()
            wait = self.lock.wait
            if not self.cluster.seeder:
                # The seeder takes the lock exclusively after it seeded the run in Redis: a joiner
                # holding the shared lock by then would make it fail. It publishes the run's id
                # once it holds the lock and recorded the run; only then does a joiner take it.
                shared_run = self.cluster.shared_run_id()
                # The seeder holds the lock exclusively for a moment before it shares it (SEED):
                # a worker started beside it may ask in that moment, long on a loaded machine.
                wait = max(wait, JOIN_LOCK_WAIT)
            self.lock = RunLock(self.db_url, wait=wait, mode=SEED if self.cluster.seeder else SHARED)
        try:
            self.lock.acquire()
        except DatabaseLocked as error:
            # spider_opened closes the spider: raising here would leave the other pipelines'
            # open_spider coroutines un-awaited.
            logger.error("%s", error)
            self.refused = LOCKED_REASON
            return False
        except StorageError as error:  # no lock file can be made: the directory is missing or read-only
            logger.error("%s", error)
            self.refused = UNUSABLE_REASON
            return False
        try:
            self.engine = make_engine(self.db_url)
            migrate(self.engine, apart=True)  # Alembic stays out of the crawl's process
            self._started = utcnow()
            self.store = ArticleStore(self.engine, self.batch_size, timezone=self._site_zone())
            if self.keep_pages:
                self.archive = self.store.archive = PageArchive()
            if self.cluster is None or self.cluster.seeder:
                abandoned = close_abandoned_runs(self.engine, keep=_OWN_RUNS.get(self.db_url, set()))
                if abandoned:
                    logger.warning(
                        "%d earlier run(s) did not record their end (killed, or stopped by another "
                        "program's write lock): marked interrupted",
                        abandoned,
                    )
                    self._stats_set("fanwen/store/abandoned_runs", abandoned)
                # Rows another program inserted since the last crawl: searchable from now on.
                indexed = index_missing(self.engine)
                if indexed:
                    logger.info("%d article(s) another program wrote were added to the search index", indexed)
                    self._stats_set("fanwen/store/indexed_missing", indexed)
                self.run_id = self.store.start_run(self._targets())
                if self.cluster is not None:
                    self.cluster.share_run_id(self.run_id)
            else:
                self.run_id = shared_run
                if self.run_id is None:
                    raise StorageError("the first worker of this distributed run recorded no run in time")
            if self.cluster is not None:
                self.worker_id = start_worker(self.engine, self.run_id, self.cluster.worker)
                self._stats_set("fanwen/distributed/worker", 1)
            _OWN_RUNS.setdefault(self.db_url, set()).add(self.run_id)
        except StorageError as error:
            # A read-only, unusable or full database: one line, and the crawl closes before fetching.
            full = isinstance(error, DiskFull)
            logger.error(
                "%s: no run can be recorded%s", error, "; free some space and crawl again" if full else ""
            )
            self.refused = DISK_FULL_REASON if full else UNUSABLE_REASON
            if isinstance(error, WriteLocked):  # another program's write: try again later
                self.refused = LOCKED_REASON
            self.store = None
            if self.engine is not None:
                self.engine.dispose()
                self.engine = None
            self.lock.release()
            return False
        except BaseException:
            self.lock.release()
            raise
        self._stats_set("fanwen/store/run_id", self.run_id)
        logger.info("Storing articles in %s (run %d)", describe(self.engine), self.run_id)
        return True

    def spider_opened(self) -> None:
        self.open()
        if self.refused:
            raise CloseSpider(self.refused)

    def refuse(self, reason: str) -> None:
        """Stop writing for the rest of the crawl (a full disk); the run ends with ``reason``."""
        self.refused = reason

    def stop_writing(self, error: DiskFull | WriteLocked) -> str:
        """The database refused a write for good (the store refuses every later one): one line,
        and the crawl must close; returns its reason (``disk_full``, ``database_locked``)."""
        kept = self.store.counts if self.store is not None else Counter()
        committed = sum(kept[result] for result in COMMITTED)
        stored = (
            f"{committed} {'article' if committed == 1 else 'articles'} committed before it "
            f"{'is' if committed == 1 else 'are'} kept"
        )
        if isinstance(error, DiskFull):
            self.refuse(DISK_FULL_REASON)
            logger.error("%s: stopping the crawl; %s; free some space and crawl again", error, stored)
            return DISK_FULL_REASON
        self.refuse(LOCKED_REASON)
        where = f"{describe(self.engine)}: " if self.engine is not None else ""
        if self.cluster is not None:
            # The workers of a distributed run on one SQLite file take its one write lock in
            # turn: the holder is as likely a fellow worker as another program.
            logger.error(
                "%sanother worker of this distributed crawl, or another program, held the database's "
                "write lock past the busy timeout; stopping this worker; %s; a distributed crawl "
                "into PostgreSQL takes any number of writers (docs/scaling.md)",
                where,
                stored,
            )
            return LOCKED_REASON
        logger.error("%s%s; stopping the crawl; %s; run it again later", where, FOREIGN_WRITE_LOCK, stored)
        return LOCKED_REASON

    # -- what the other components ask --------------------------------------------------

    def crawl_state(self, site: str | None, refresh: timedelta) -> CrawlState:
        """What earlier crawls of ``site`` stored (read once; empty when incremental crawling is
        off or the database cannot be read). ``refresh``: how long an article stays fresh."""
        if self._state is not None:
            return self._state
        self._state = CrawlState(refresh=refresh)
        if not self.incremental or not self.open() or self.engine is None:
            return self._state
        try:
            self._state = load_state(self.engine, site, refresh)
        except StorageError as error:
            logger.warning("starting a full crawl: cannot read earlier crawls: %s", error)
        self._stats_set("fanwen/incremental/known", len(self._state))
        if self._state and not self._state.complete:
            logger.info("the last crawl did not finish: walking every listing page again")
            self._stats_set("fanwen/incremental/full_walk", 1)
        return self._state

    @property
    def state(self) -> CrawlState | None:
        """The crawl state once the spider has asked for it (:meth:`crawl_state`), else None."""
        return self._state

    def boilerplate_counts(self, site: str, window: int | None = None) -> dict[str, int]:
        """The learned-boilerplate counts earlier crawls stored for ``site`` (block hash ->
        articles); with lossy counting's ``window``, less those it forgets at once."""
        if not self.open() or self.engine is None:
            return {}
        return load_counts(self.engine, site, window)

    def template_counts(self, site: str) -> dict[tuple[str, str], tuple[int, int]]:
        """The learned-template counts earlier crawls stored for ``site``: (slot, path) -> (pages
        found there, pages passed over)."""
        if not self.open() or self.engine is None:
            return {}
        try:
            return template_counts(self.engine, site)
        except StorageError as error:
            logger.warning(
                "learning the site's template afresh: cannot read what earlier crawls learned: %s", error
            )
            return {}

    # -- closing ------------------------------------------------------------------------

    @classmethod
    def end_unclosed(cls, crawler: Crawler, reason: str = "shutdown") -> None:
        """End the run of a crawl that was stopped before its engine ran: a signal while the
        spider opened makes Scrapy stop the reactor without ``spider_closed``, and the run's
        row would stay ``running`` until the next crawl marked it interrupted."""
        owner = _OWNERS.get(crawler)
        if owner is not None and owner.store is not None:
            logger.info("the crawl was stopped while it opened: ending its run")
            owner.spider_closed(reason)

    def spider_closed(self, reason: str) -> None:
        """Record how the run ended, then release everything (the pipelines committed just before)."""
        if self.store is None or self.engine is None:
            return
        try:
            if self.run_id is not None:
                if not self.refused:
                    self._recheck_learned()
                self._record_run(self.refused or reason)
        finally:
            try:
                self.store.close()
            finally:
                if self.archive is not None:
                    self._stats_set("fanwen/store/kept_page_bytes", self.archive.bytes_kept)
                    self._stats_set("fanwen/store/kept_page_raw_bytes", self.archive.bytes_raw)
                    self.archive = None
                self.engine.dispose()
                self.store = None
                self.engine = None
                self.lock.release()

    def _record_run(self, reason: str) -> None:
        """Write the run's end: its status, counts and stats. A crawl the disk or another
        program's write lock stopped (``refused``) closes with that reason. Once that lock
        stopped the crawl, the run's row is written if the lock is gone within a short wait
        (:func:`~fanwen.db.engine.last_write_wait`); else it stays ``running`` and the next run
        marks it ``interrupted``, as a killed run's (``fanwen/store/abandoned_runs``)."""
        assert self.store is not None and self.run_id is not None
        self._committed_counts_to_stats()
        stats = self._stats()
        stats["finish_reason"] = reason
        counts = {
            # Every answer from a server (304s and error pages too), robots.txt included.
            "pages_fetched": stats.get("downloader/response_count", stats.get("response_received_count", 0)),
            "articles_new": self.store.counts["new"],
            "articles_changed": self.store.counts["changed"],
            # Confirmed unchanged: by content hash, or by the server's 304.
            "articles_unchanged": self.store.counts["unchanged"] + self.store.counts["not_modified"],
            # The same text, written again in place (no revision): corrected metadata, or
            # read again at the crawl's end by the final template or counts.
            "articles_replaced": self.store.counts["replaced"],
            "articles_dropped": stats.get("item_dropped_count", 0),
            "errors": run_errors(stats),
        }
        status = run_status(reason, stats)
        wait = last_write_wait() if self.refused == LOCKED_REASON else None
        try:
            if self.cluster is not None and self.worker_id is not None:
                self._finish_worker(status, counts, reason)
            else:
                try:
                    self.store.finish_run(self.run_id, status, counts, stats, wait=wait)
                except DiskFull:
                    self._finish_without_stats(status, counts, reason)
        except WriteLocked as error:
            if not self.refused:  # taken once the articles were committed: the next run ends this one
                self.stop_writing(error)
                self._stats_set("finish_reason", LOCKED_REASON)
            logger.info(
                "run %d is left running: the next run, holding the run lock, marks it interrupted",
                self.run_id,
            )

    def _finish_worker(self, status: str, counts: dict[str, Any], reason: str) -> None:
        """A worker of a distributed run: its row, its counts added to the run's; the last
        worker to leave records the run's end."""
        assert self.store is not None and self.engine is not None and self.cluster is not None
        assert self.run_id is not None and self.worker_id is not None
        self.store.flush()
        finish_worker(self.engine, self.worker_id, self.run_id, status, counts)
        if self.cluster.leave():
            finish_distributed_run(self.engine, self.run_id, status, reason)

    def _recheck_learned(self) -> None:
        """Learned boilerplate and the learned template decided on the final counts
        (:func:`fanwen.reprocess.recheck_learned`)."""
        assert self.store is not None
        sites = {site for site in self.store.sites if site}
        spider = self.crawler.spider
        learner = getattr(spider, "site_template", None)
        if (self.learned is None and learner is None) or not sites:
            return
        from fanwen.reprocess import recheck_learned
        from fanwen.strip import load_rules

        profile = getattr(spider, "profile", None)
        rules = load_rules(profile.rules if profile else ())
        try:
            result = recheck_learned(
                self.store,
                sites,
                self.learned,
                profile,
                rules,
                self._started,
                self.min_chars,
                learner.template if learner is not None else None,
            )
        except DiskFull as error:
            logger.error("%s: learned boilerplate not re-checked", error)
            self.refused = DISK_FULL_REASON
            return
        except WriteLocked as error:
            self.stop_writing(error)  # the crawl is closing: its articles are committed
            return
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            logger.error("cannot re-check learned boilerplate: %s", error)
            return
        for key, value in (
            ("boilerplate/rechecked", len(result.articles)),
            ("boilerplate/recheck_changed", result.learned_changed),
            ("boilerplate/recheck_no_pages", result.no_pages),
            ("boilerplate/recheck_failed", result.failed),
            ("template/rechecked", len(result.templated)),
            ("template/reread", result.reread),
            ("template/recheck_no_pages", result.template_no_pages),
        ):
            if value:
                self._stats_set(f"fanwen/{key}", value)
        if result.no_pages:
            logger.warning(
                "%d article(s) keep decisions taken on early counts (learned boilerplate, the site's "
                "template): their pages were not kept (FANWEN_KEEP_PAGES)",
                result.no_pages,
            )

    def _stats_inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def _finish_without_stats(self, status: str, counts: dict[str, Any], reason: str) -> None:
        """On a full disk the run's stats JSON may not fit where its status and counts do."""
        assert self.store is not None and self.run_id is not None
        try:
            self.store.finish_run(self.run_id, status, counts, {"finish_reason": reason})
        except DiskFull:
            # The next run, holding the lock, marks this one interrupted.
            logger.error("run %d could not be recorded either: no room left in the database", self.run_id)

    def _committed_counts_to_stats(self) -> None:
        """The store's stats say what was committed: an article saved in a batch that was
        rolled back (a full disk, another program's write lock) is not "new"."""
        assert self.store is not None
        for result in (*COMMITTED, "not_modified"):
            key = f"fanwen/store/articles_{result}"
            if self.store.counts[result] or self._stats().get(key):
                self._stats_set(key, self.store.counts[result])
        # Saved, then rolled back with a batch that did not fit: read, not saved.
        lost = sum(self.store.lost.values())
        if lost:
            self._stats_set("fanwen/store/rolled_back", lost)
            self._stats_set("fanwen/store/rolled_back_sections", self.store.lost_parts["sections"])
            self._stats_set("fanwen/store/rolled_back_removed", self.store.lost_parts["removed"])
        if self.refused:
            self._stats_set("finish_reason", self.refused)

    def _targets(self) -> str:
        spider = self.crawler.spider
        if spider is None:
            return ""
        targets = getattr(spider, "targets", None)
        if isinstance(targets, (list, tuple, set)):
            return " ".join(str(target) for target in targets)
        return str(targets) if targets else spider.name

    def _stats(self) -> dict[str, Any]:
        if self.crawler.stats is None:
            return {}
        return dict(self.crawler.stats.get_stats())

    def _stats_set(self, key: str, value: Any) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.set_value(key, value)
