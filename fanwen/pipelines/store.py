"""The store pipeline: write each Article to the database and record the crawl as a run.

Settings: ``FANWEN_STORE_ENABLED`` (default True), ``FANWEN_DB`` (a SQLAlchemy URL or a file
path; default ``$FANWEN_DB``, then ``./fanwen.db``), ``FANWEN_STORE_BATCH_SIZE`` (default 50).
Stats: ``fanwen/store/articles_new|changed|unchanged``, ``fanwen/store/errors``,
``fanwen/store/run_id``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from fanwen.db.engine import StorageError, describe, make_engine, migrate, resolve_db_url
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


def run_status(reason: str | None) -> str:
    """``finished`` / ``interrupted`` / ``failed`` for a Scrapy close reason.

    >>> run_status("finished"), run_status("shutdown"), run_status("closespider_errorcount")
    ('finished', 'interrupted', 'failed')
    """
    return RUN_STATUS.get(reason or "", "failed")


class StorePipeline:
    """Upserts articles (batched commits) and writes one ``crawl_runs`` row per crawl.

    The run is closed on the ``spider_closed`` signal, the only place Scrapy tells a
    component *why* the crawl ended; ``close_spider`` (which runs just before) commits.
    """

    def __init__(self, db_url: str, batch_size: int = 50, crawler: Crawler | None = None):
        self.db_url = db_url
        self.batch_size = batch_size
        self.crawler = crawler
        self.engine: Engine | None = None
        self.store: ArticleStore | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        if not settings.getbool("FANWEN_STORE_ENABLED", True):
            raise NotConfigured("FANWEN_STORE_ENABLED is off")
        batch_size = settings.getint("FANWEN_STORE_BATCH_SIZE", 50)
        if batch_size < 1:
            raise NotConfigured("FANWEN_STORE_BATCH_SIZE must be at least 1")
        pipeline = cls(resolve_db_url(settings.get("FANWEN_DB")), batch_size, crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.engine = make_engine(self.db_url)
        migrate(self.engine)
        self.store = ArticleStore(self.engine, self.batch_size)
        self.run_id = self.store.start_run(self._targets())
        self._stats_set("fanwen/store/run_id", self.run_id)
        logger.info("Storing articles in %s (run %d)", describe(self.engine), self.run_id)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article) or self.store is None:
            return item
        try:
            result = self.store.save(item)
        except StorageError as error:
            self._stats_inc("fanwen/store/errors")
            raise DropItem(f"not stored: {error}") from error
        self._stats_inc(f"fanwen/store/articles_{result}")
        return item

    def close_spider(self) -> None:
        if self.store is not None:
            self.store.flush()

    def spider_closed(self, reason: str) -> None:
        if self.store is None or self.engine is None:
            return
        try:
            if self.run_id is not None:
                stats = self._stats()
                counts = {
                    "pages_fetched": stats.get("response_received_count", 0),
                    "articles_new": self.store.counts["new"],
                    "articles_changed": self.store.counts["changed"],
                    "articles_unchanged": self.store.counts["unchanged"],
                    "articles_dropped": stats.get("item_dropped_count", 0),
                    "errors": stats.get("log_count/ERROR", 0),
                }
                self.store.finish_run(self.run_id, run_status(reason), counts, stats)
        finally:
            self.store.close()
            self.engine.dispose()
            self.store = None
            self.engine = None

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
