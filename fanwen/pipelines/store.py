"""The store pipeline: write each Article to the database and record the crawl as a run.

Settings: ``FANWEN_STORE_ENABLED`` (default True), ``FANWEN_DB`` (a SQLAlchemy URL or a file
path; default ``$FANWEN_DB``, then ``./fanwen.db``), ``FANWEN_STORE_BATCH_SIZE`` (default 50) and
``FANWEN_STORE_BATCH_SECONDS`` (default 5: a batch is committed at N articles or after that many
seconds, whichever comes first),
``FANWEN_LOCK_WAIT`` (seconds to wait for another crawl of the same database; default 0).
Stats: ``fanwen/store/articles_new|changed|unchanged|not_modified``, ``fanwen/store/errors``,
``fanwen/store/run_id``, ``fanwen/store/abandoned_runs``.

A crawl holds the database's run lock (:mod:`fanwen.db.lock`) from ``open_spider`` to the end
of the run; when another crawl holds it the spider closes at once with the reason
``database_locked`` and no run is recorded.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import CloseSpider, DropItem, NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import _schedule_coro

from fanwen import signals as fanwen_signals
from fanwen.config import check_settings
from fanwen.db.engine import DiskFull, StorageError, describe, make_engine, migrate, resolve_db_url
from fanwen.db.lock import DatabaseLocked, RunLock
from fanwen.db.state import close_abandoned_runs
from fanwen.db.store import ArticleStore
from fanwen.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

# Scrapy close reason -> crawl_runs.status. CloseSpider limits are planned ends, not failures.
RUN_STATUS = {
    "finished": "finished",
    "closespider_timeout": "finished",
    "closespider_itemcount": "finished",
    "closespider_pagecount": "finished",
    "shutdown": "interrupted",
}
LOCKED_REASON = "database_locked"
UNUSABLE_REASON = "database_unusable"  # not in RUN_STATUS: the run failed
NOTHING_STORED = "nothing_stored"  # the status of a run that read article pages and kept none
DISK_FULL_REASON = "disk_full"  # not in RUN_STATUS: the run failed
# Runs started by this process (one per crawler); any other run still "running" while this
# process holds the run lock was left by a killed process.
_OWN_RUNS: dict[str, set[int]] = {}


def run_status(reason: str | None, stats: dict[str, Any] | None = None) -> str:
    """``finished`` / ``interrupted`` / ``failed`` / ``nothing_stored`` for a Scrapy close reason
    and the run's stats.

    A crawl that "finished" without a single usable page but with faults (the site was down)
    failed, so that cron hears about it.

    >>> run_status("finished"), run_status("shutdown"), run_status("closespider_errorcount")
    ('finished', 'interrupted', 'failed')
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
    job, even though Scrapy "finished". A re-crawl that finds nothing new reads no article page.

    >>> nothing_kept({"fanwen/spider/article_failed": 12}), nothing_kept({"fanwen/spider/pages": 3})
    (True, False)
    >>> nothing_kept({"fanwen/spider/articles": 5, "item_scraped_count": 5})
    False
    """
    expected = sum(
        int(stats.get(key, 0))
        for key in ("fanwen/spider/articles", "fanwen/spider/article_failed", "spider_exceptions/count")
    )
    return expected > 0 and not stats.get("item_scraped_count", 0)


def run_errors(stats: dict[str, Any]) -> int:
    """Errors of a run: lines logged at ERROR (each failed request is one, see the spider's
    errback; spider exceptions) and articles the database refused.

    >>> run_errors({"log_count/ERROR": 3, "fanwen/store/errors": 1})
    4
    """
    return int(stats.get("log_count/ERROR", 0)) + int(stats.get("fanwen/store/errors", 0))


class StorePipeline:
    """Upserts articles (batched commits) and writes one ``crawl_runs`` row per crawl.

    The run is closed on the ``spider_closed`` signal, the only place Scrapy tells a
    component *why* the crawl ended; ``close_spider`` (which runs just before) commits.
    """

    def __init__(
        self,
        db_url: str,
        batch_size: int = 50,
        crawler: Crawler | None = None,
        lock_wait: float = 0.0,
        batch_seconds: float = 5.0,
    ):
        self.db_url = db_url
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self._committer: Any = None  # the looping call that commits every batch_seconds
        self.crawler = crawler
        self.lock = RunLock(db_url, wait=lock_wait)
        self.engine: Engine | None = None
        self.store: ArticleStore | None = None
        self.run_id: int | None = None
        self.refused: str | None = None  # why the crawl must close at once (locked, unusable, disk full)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        check_settings(settings)  # a bad value is an error, not a stage switched off
        if not settings.getbool("FANWEN_STORE_ENABLED", True):
            raise NotConfigured("FANWEN_STORE_ENABLED is off")
        batch_size = settings.getint("FANWEN_STORE_BATCH_SIZE", 50)
        batch_seconds = settings.getfloat("FANWEN_STORE_BATCH_SECONDS", 5.0)
        lock_wait = settings.getfloat("FANWEN_LOCK_WAIT", 0.0)
        pipeline = cls(
            resolve_db_url(settings.get("FANWEN_DB")), batch_size, crawler, lock_wait, batch_seconds
        )
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.article_not_modified, signal=fanwen_signals.article_not_modified)
        crawler.signals.connect(pipeline.spider_opened, signal=signals.spider_opened)
        return pipeline

    def spider_opened(self) -> None:
        if self.refused:
            raise CloseSpider(self.refused)
        if self.store is not None:  # a running crawl: its reactor runs the timer
            self._committer = create_looping_call(self._commit)
            self._committer.start(self.batch_seconds, now=False)

    def open_spider(self) -> None:
        try:
            self.lock.acquire()
        except DatabaseLocked as error:
            # The spider_opened handler closes the spider: raising here would leave the other
            # pipelines' open_spider coroutines un-awaited.
            logger.error("%s", error)
            self.refused = LOCKED_REASON
            return
        except StorageError as error:  # no lock file can be made: the directory is missing or read-only
            logger.error("%s", error)
            self.refused = UNUSABLE_REASON
            return
        try:
            self.engine = make_engine(self.db_url)
            migrate(self.engine)
            abandoned = close_abandoned_runs(self.engine, keep=_OWN_RUNS.get(self.db_url, set()))
            if abandoned:
                logger.warning(
                    "%d earlier run(s) were killed before they ended: marked interrupted", abandoned
                )
                self._stats_set("fanwen/store/abandoned_runs", abandoned)
            self.store = ArticleStore(self.engine, self.batch_size)
            self.run_id = self.store.start_run(self._targets())
            _OWN_RUNS.setdefault(self.db_url, set()).add(self.run_id)
        except StorageError as error:
            # A read-only, unusable or full database: one line, and the crawl closes before fetching.
            full = isinstance(error, DiskFull)
            logger.error("%s: no run can be recorded%s", error, "; free some space and crawl again" if full else "")
            self.refused = DISK_FULL_REASON if full else UNUSABLE_REASON
            self.store = None
            if self.engine is not None:
                self.engine.dispose()
            self._release()
            return
        except BaseException:
            self._release()
            raise
        self._stats_set("fanwen/store/run_id", self.run_id)
        logger.info("Storing articles in %s (run %d)", describe(self.engine), self.run_id)

    def article_not_modified(self, url: str) -> None:
        """A 304 for a stored article: it is unchanged, only ``last_seen`` moves."""
        if self.store is None:
            return
        try:
            if self.store.touch(url):
                self._stats_inc("fanwen/store/articles_not_modified")
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            logger.error("cannot record %s as unchanged: %s", url, error)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article) or self.store is None:
            return item
        if self.refused:
            raise DropItem(f"not stored: {item.url}: {self.refused}", log_level="DEBUG")
        try:
            result = self.store.save(item)
        except DiskFull as error:
            self._disk_full(error)
            raise DropItem(f"not stored: {item.url}: {DISK_FULL_REASON}", log_level="DEBUG") from error
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            raise DropItem(f"not stored: {error}") from error
        self._stats_inc(f"fanwen/store/articles_{result}")
        return item

    def _disk_full(self, error: DiskFull) -> None:
        """The first full-disk error: one line, and the crawl closes (what was committed stays;
        the next run, once space is freed, fetches the rest)."""
        self.refused = DISK_FULL_REASON
        self._stats_inc("fanwen/store/errors")
        logger.error("%s: stopping the crawl; articles committed before it are kept", error)
        if self.crawler is not None and self.crawler.engine is not None:
            _schedule_coro(self.crawler.engine.close_spider_async(reason=DISK_FULL_REASON))

    def _commit(self) -> None:
        """Every ``batch_seconds``: a slow crawl's articles do not wait for a full batch."""
        if self.store is None or self.refused:
            return
        try:
            self.store.flush()
        except DiskFull as error:
            self._disk_full(error)
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            logger.error("cannot commit the batch: %s", error)

    def close_spider(self) -> None:
        if self._committer is not None and self._committer.running:
            self._committer.stop()
        if self.store is None:
            return
        try:
            self.store.flush()
        except DiskFull as error:
            if not self.refused:
                self._disk_full(error)

    def spider_closed(self, reason: str) -> None:
        if self.store is None or self.engine is None:
            return
        if self.refused:
            reason = self.refused  # a crawl that closes because the disk is full failed
        try:
            if self.run_id is not None:
                self._committed_counts_to_stats()
                stats = self._stats()
                stats["finish_reason"] = reason
                counts = {
                    # Every answer from a server (304s and error pages too), robots.txt included.
                    "pages_fetched": stats.get(
                        "downloader/response_count", stats.get("response_received_count", 0)
                    ),
                    "articles_new": self.store.counts["new"],
                    "articles_changed": self.store.counts["changed"],
                    # Confirmed unchanged: by content hash, or by the server's 304.
                    "articles_unchanged": self.store.counts["unchanged"] + self.store.counts["not_modified"],
                    "articles_dropped": stats.get("item_dropped_count", 0),
                    "errors": run_errors(stats),
                }
                status = run_status(reason, stats)
                try:
                    self.store.finish_run(self.run_id, status, counts, stats)
                except DiskFull:
                    self._finish_without_stats(status, counts, reason)
        finally:
            try:
                self.store.close()
            finally:
                self.engine.dispose()
                self.store = None
                self.engine = None
                self._release()

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
        rolled back (a full disk) is not "new"."""
        assert self.store is not None
        for result in ("new", "changed", "unchanged", "not_modified"):
            key = f"fanwen/store/articles_{result}"
            if self.store.counts[result] or self._stats().get(key):
                self._stats_set(key, self.store.counts[result])
        if self.crawler is not None and self.crawler.stats is not None and self.refused:
            self.crawler.stats.set_value("finish_reason", self.refused)

    def _release(self) -> None:
        self.lock.release()

    def _targets(self) -> str:
        spider = self.crawler.spider if self.crawler is not None else None
        if spider is None:
            return ""
        targets = getattr(spider, "targets", None)
        if isinstance(targets, (list, tuple, set)):
            return " ".join(str(target) for target in targets)
        return str(targets) if targets else spider.name

    def _stats(self) -> dict[str, Any]:
        if self.crawler is None or self.crawler.stats is None:
            return {}
        return dict(self.crawler.stats.get_stats())

    def _stats_inc(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def _stats_set(self, key: str, value: Any) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.set_value(key, value)
