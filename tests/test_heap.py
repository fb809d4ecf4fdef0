"""The crawl's frozen heap: what is alive at spider_opened is left out of full collections."""

from __future__ import annotations

import gc
import weakref

from scrapy import Spider, signals
from scrapy.utils.test import get_crawler

from fanwen.extensions.heap import FrozenHeap


class SiteSpider(Spider):
    name = "example"


class Cycle:
    def __init__(self) -> None:
        self.me = self


def crawler_for(**settings: object):
    crawler = get_crawler(
        SiteSpider,
        {"EXTENSIONS": {"fanwen.extensions.heap.FrozenHeap": 100}, "LOGSTATS_INTERVAL": 0, **settings},
    )
    crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    return crawler


def test_what_is_alive_at_the_start_is_frozen_until_the_spider_closes():
    crawler = crawler_for()
    assert crawler.get_extension(FrozenHeap) is not None
    try:
        crawler.signals.send_catch_log(signals.spider_opened, spider=crawler.spider)
        assert gc.get_freeze_count() > 0
        assert crawler.stats.get_value("fanwen/gc/frozen") > 0
        # An object made during the crawl is collected as before.
        later = weakref.ref(Cycle())
        gc.collect()
        assert later() is None
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason="finished")
    assert gc.get_freeze_count() == 0


def test_garbage_left_before_the_start_is_not_frozen():
    crawler = crawler_for()
    garbage = weakref.ref(Cycle())  # unreachable at once, freed only by a collection
    try:
        crawler.signals.send_catch_log(signals.spider_opened, spider=crawler.spider)
        assert garbage() is None
    finally:
        crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason="finished")


def test_off_when_disabled():
    crawler = crawler_for(FANWEN_GC_FREEZE_ENABLED=False)
    assert crawler.get_extension(FrozenHeap) is None
    crawler.signals.send_catch_log(signals.spider_opened, spider=crawler.spider)
    assert gc.get_freeze_count() == 0
