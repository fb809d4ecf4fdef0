"""Second stage: strip adverts, calls to action and promo footers, recording every removal.

A Scrapy adapter around :func:`fanwen.strip.stage.clean_article`, the page path's own strip.

Besides the rules it learns each site's boilerplate: every article's short blocks are counted
per site, and a block seen in enough of the site's articles is removed as
``learned-boilerplate``; a labelled line that reads as an offer, whose label is on enough of
them and whose text rotates among a few (the template's slot), as ``learned-slot``. The counts live in the database (``boilerplate_blocks``) so a later
crawl starts from what earlier ones learned: this stage asks the crawl's storage owner
(:mod:`fanwen.extensions.storage`) for them when it first meets a site, and hands each
article's observations to the store (``Article.boilerplate_seen``), which writes them with the
article's batch. SQLite has one writer, and it is the store. A block first seen in the run is held
in the counts until a second article shows it; those still held when the crawl closes go to the
store then (:meth:`StripPipeline.close_spider`, docs/stripping.md).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import DropItem, NotConfigured

from fanwen.config import check_settings
from fanwen.db.engine import StorageError
from fanwen.extensions.storage import Storage
from fanwen.items import Article
from fanwen.strip import Rule, load_rules
from fanwen.strip.boilerplate import BoilerplateCounts, BoilerplateOptions, scopes
from fanwen.strip.stage import clean_article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class StripPipeline:
    """Applies the bundled rules plus the crawl's profile rules (spider attribute ``profile``).

    Settings: ``FANWEN_STRIP_ENABLED`` (default True), ``FANWEN_BOILERPLATE_ENABLED`` (True),
    ``FANWEN_BOILERPLATE_THRESHOLD`` (5), ``FANWEN_BOILERPLATE_MIN_SHARE`` (0.3), ``FANWEN_DB``
    (where the counts persist; only when ``FANWEN_STORE_ENABLED``, else they last one crawl).
    Stats: ``fanwen/strip/blocks_in``, ``fanwen/strip/removed``, ``fanwen/strip/removed/<rule>``,
    ``fanwen/strip/truncated``.
    """

    def __init__(
        self,
        rules: Sequence[Rule],
        stats: StatsCollector,
        boilerplate: BoilerplateOptions | None = None,
        storage: Storage | None = None,
    ) -> None:
        # A tuple: the rule set strip_blocks makes of it is found by its identity (_RuleSet.of).
        self.rules = tuple(rules)
        self.stats = stats
        self.counts = BoilerplateCounts(boilerplate) if boilerplate else None
        self.storage = storage  # where earlier crawls' counts are read; None: they last one crawl
        self._loaded: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StripPipeline:
        settings = crawler.settings
        check_settings(settings)  # a bad value is an error, not a stage switched off
        if not settings.getbool("FANWEN_STRIP_ENABLED", True):
            raise NotConfigured("FANWEN_STRIP_ENABLED is off")
        assert crawler.stats is not None
        profile = getattr(crawler.spider, "profile", None)
        options = None
        storage = None
        if settings.getbool("FANWEN_BOILERPLATE_ENABLED", True):
            options = BoilerplateOptions(
                threshold=settings.getint("FANWEN_BOILERPLATE_THRESHOLD", 5),
                min_share=settings.getfloat("FANWEN_BOILERPLATE_MIN_SHARE", 0.3),
            )
            storage = Storage.of(crawler)
        return cls(load_rules(profile.rules if profile else ()), crawler.stats, options, storage)

    def open_spider(self) -> None:
        if self.counts is not None and self.storage is not None:
            self.storage.open()
            if self.storage.store is not None:
                # An article the store does not count gives back the blocks it held.
                self.storage.store.not_counted = self.counts.not_counted

    def close_spider(self) -> None:
        """The blocks still held (seen in one article of this run only) go to the store, which
        keeps them where lossy counting keeps a block of one article (a scope of fewer than
        ``window`` articles): a later crawl of a small site goes on counting them. A crawl that
        is killed loses them (nothing it stored, and no count of 2 or more)."""
        store = self.storage.store if self.storage is not None else None
        if self.counts is None or store is None or self.storage is None or self.storage.refused:
            return
        try:
            for scope, keys in self.counts.held():
                store.add_held(scope, keys, self.counts.options.window)
        except StorageError as error:
            logger.error("learned boilerplate: blocks seen once not stored: %s", error)

    def process_item(self, item: Article) -> Article:
        self.stats.inc_value("fanwen/strip/blocks_in", len(item.blocks))
        site = item.site or urlsplit(item.url or "").hostname or ""
        where = scopes(site, item.url) if site else ()
        if self.counts is not None and where:
            self._learn(where, item)
        clean_article(item, self.rules, self.counts, where)
        if item.removed:
            # One call per rule, not two per removal: Scrapy's stats collector wraps each method
            # lookup in Python (docs/performance.md, session 19); the same counts.
            self.stats.inc_value("fanwen/strip/removed", len(item.removed))
            for rule, count in Counter(removal.rule for removal in item.removed).items():
                self.stats.inc_value(f"fanwen/strip/removed/{rule}", count)
        if item.truncated:
            self.stats.inc_value("fanwen/strip/truncated")
        if not item.blocks:
            if self.counts is not None:
                self.counts.not_counted(item.boilerplate_seen)
            raise DropItem(f"nothing left after stripping: {item.url}")
        return item

    def _learn(self, where: tuple[str, ...], item: Article) -> None:
        """Count the article in its site and its column (:func:`fanwen.strip.boilerplate.scopes`)."""
        assert self.counts is not None
        for scope in where:
            if scope not in self._loaded and self.storage is not None:
                self.counts.load(scope, self.storage.boilerplate_counts(scope, self.counts.options.window))
            self._loaded.add(scope)
        if item.reread:
            return  # its blocks were counted when the crawl first read it
        self.counts.observe_in(where, item.blocks, item.title)
        item.boilerplate_seen = [
            (s, key, sample, added) for (s, key), (added, sample) in self.counts.take_pending().items()
        ]
