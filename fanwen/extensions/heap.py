"""Garbage collection for a long crawl: what is alive when the spider opens is frozen.

Python's full (generation 2) collection walks every tracked object of the process: Scrapy's,
lxml's proxies, OpenCC's, the learned counts loaded at the start. Almost all of them live as long
as the crawl, so each walk (about 90 ms on a crawl's process, several in a 2,000-article crawl)
finds nothing among them. At ``spider_opened`` (after the storage owner's, which loads the
learned counts) the extension collects once and moves the survivors to the permanent generation
(:func:`gc.freeze`); objects made after that are collected as before. At ``spider_closed`` they
are handed back (:func:`gc.unfreeze`), so a process that runs another crawl, or a test, frees
what the first one left.

Settings: ``FANWEN_GC_FREEZE_ENABLED`` (True). Stats: ``fanwen/gc/frozen`` (objects frozen).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class FrozenHeap:
    """Freeze the objects alive at ``spider_opened``; unfreeze them at ``spider_closed``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.frozen = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrozenHeap:
        if not crawler.settings.getbool("FANWEN_GC_FREEZE_ENABLED", True):
            raise NotConfigured("FANWEN_GC_FREEZE_ENABLED is off")
        heap = cls(crawler)
        crawler.signals.connect(heap.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(heap.spider_closed, signal=signals.spider_closed)
        return heap

    def spider_opened(self) -> None:
        # Collect first: what is garbage now would otherwise be frozen with the rest and kept.
        gc.collect()
        before = gc.get_freeze_count()
        gc.freeze()
        self.frozen = True
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("fanwen/gc/frozen", gc.get_freeze_count() - before)

    def spider_closed(self) -> None:
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
