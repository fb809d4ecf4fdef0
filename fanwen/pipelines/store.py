"""The store pipeline: write each Article to the database, in batches.

The database is the crawl's storage owner's (:mod:`fanwen.extensions.storage`): it opens the
engine, holds the run lock and records the run; this stage writes articles through its
:class:`fanwen.db.store.ArticleStore` and commits every ``FANWEN_STORE_BATCH_SIZE`` articles
(default 50) or every ``FANWEN_STORE_BATCH_SECONDS`` (default 5), whichever comes first.

Settings: ``FANWEN_STORE_ENABLED`` (default True), ``FANWEN_STORE_BATCH_SECONDS``; the others
are the storage owner's. Stats: ``fanwen/store/articles_new|changed|unchanged|not_modified|replaced``
(replaced: a page read again once its site's template formed, see fanwen.spiders.templates),
``fanwen/store/errors``; ``fanwen/store/refused`` (with ``refused_sections``, ``refused_removed``):
articles dropped because the database had stopped taking writes (a full disk, another program's
write lock); ``fanwen/store/rolled_back`` (likewise): articles saved in the batch it rolled back
(the storage owner's, at close).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import _schedule_coro

from fanwen import signals as fanwen_signals
from fanwen.config import check_settings
from fanwen.db.engine import DiskFull, StorageError, WriteLocked
from fanwen.extensions.storage import Storage
from fanwen.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from fanwen.db.store import ArticleStore

logger = logging.getLogger(__name__)


class StorePipeline:
    """Upserts articles (batched commits) through the crawl's storage owner."""

    def __init__(self, storage: Storage, batch_seconds: float = 5.0, crawler: Crawler | None = None) -> None:
        self.storage = storage
        self.batch_seconds = batch_seconds
        self.crawler = crawler
        self._committer: Any = None  # the looping call that commits every batch_seconds

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        check_settings(settings)  # a bad value is an error, not a stage switched off
        storage = Storage.of(crawler)
        if storage is None:
            raise NotConfigured("FANWEN_STORE_ENABLED is off")
        pipeline = cls(storage, settings.getfloat("FANWEN_STORE_BATCH_SECONDS", 5.0), crawler)
        crawler.signals.connect(pipeline.article_not_modified, signal=fanwen_signals.article_not_modified)
        crawler.signals.connect(pipeline.spider_opened, signal=signals.spider_opened)
        return pipeline

    @property
    def store(self) -> ArticleStore | None:
        return self.storage.store

    def open_spider(self) -> None:
        self.storage.open()

    def spider_opened(self) -> None:
        if self.store is not None and not self.storage.refused:  # a running crawl: its reactor runs the timer
            self._committer = create_looping_call(self._commit)
            self._committer.start(self.batch_seconds, now=False)

    def article_not_modified(self, url: str) -> None:
        """A 304 for a stored article: it is unchanged, only ``last_seen`` moves."""
        if self.store is None or self.storage.refused:
            return
        try:
            if self.store.touch(url):
                self._stats_inc("fanwen/store/articles_not_modified")
        except (DiskFull, WriteLocked) as error:
            self._stop(error)
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            logger.error("cannot record %s as unchanged: %s", url, error)

    def process_item(self, item: Any) -> Any:
        store = self.store
        if not isinstance(item, Article) or store is None:
            return item
        if self.storage.refused:
            self._refused(item)
            raise DropItem(f"not stored: {item.url}: {self.storage.refused}", log_level="DEBUG")
        try:
            result = store.save(item)
        except (DiskFull, WriteLocked) as error:
            reason = self._stop(error)
            self._refused(item)
            raise DropItem(f"not stored: {item.url}: {reason}", log_level="DEBUG") from error
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            raise DropItem(f"not stored: {item.url}: {error}") from error
        self._stats_inc(f"fanwen/store/articles_{result}")
        return item

    def _refused(self, item: Article) -> None:
        """An article the database refused once it stopped taking writes: counted apart from the
        articles dropped for what they are, with its sections and removed fragments (the crawl's
        summary says it was read and not saved)."""
        self._stats_inc("fanwen/store/refused")
        self._stats_inc("fanwen/store/refused_sections", len(item.sections))
        self._stats_inc("fanwen/store/refused_removed", len(item.removed))

    def _stop(self, error: DiskFull | WriteLocked, *, close: bool = True) -> str:
        """The first write the database refuses for good (a full disk, another program's write
        lock held past the busy timeout): one line, and the crawl closes; returns the close
        reason. What was committed stays; the next run, once space is freed or the lock is
        gone, fetches the rest (the rolled-back batch's articles are not known to it)."""
        if self.storage.refused:
            return self.storage.refused
        reason = self.storage.stop_writing(error)
        self._stats_inc("fanwen/store/errors")
        # Not when the spider is closing already, nor in a pipeline driven by hand (no engine).
        if close and self.crawler is not None and self.crawler.crawling:
            _schedule_coro(self.crawler.engine.close_spider_async(reason=reason))
        return reason

    def _commit(self) -> None:
        """Every ``batch_seconds``: a slow crawl's articles do not wait for a full batch."""
        if self.store is None or self.storage.refused:
            return
        try:
            self.store.flush()
        except (DiskFull, WriteLocked) as error:
            self._stop(error)
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            logger.error("cannot commit the batch: %s", error)

    def close_spider(self) -> None:
        """Commit what is pending; the storage owner records the run on ``spider_closed``."""
        if self._committer is not None and self._committer.running:
            self._committer.stop()
        if self.store is None:
            return
        try:
            self.store.flush()
        except (DiskFull, WriteLocked) as error:
            self._stop(error, close=False)

    def _stats_inc(self, key: str, count: int = 1) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)
