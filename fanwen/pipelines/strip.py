"""Second stage: strip adverts, calls to action and promo footers, recording every removal."""

from __future__ import annotations

from collections.abc import Sequence

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector

from fanwen.items import Article
from fanwen.strip import Rule, load_rules, strip_blocks


class StripPipeline:
    """Applies the bundled rules plus the crawl's profile rules (spider attribute ``profile``).

    Settings: ``FANWEN_STRIP_ENABLED`` (default True). Stats: ``fanwen/strip/blocks_in``,
    ``fanwen/strip/removed``, ``fanwen/strip/removed/<rule>``, ``fanwen/strip/truncated``.
    """

    def __init__(self, rules: Sequence[Rule], stats: StatsCollector) -> None:
        self.rules = list(rules)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StripPipeline:
        if not crawler.settings.getbool("FANWEN_STRIP_ENABLED", True):
            raise NotConfigured("FANWEN_STRIP_ENABLED is off")
        assert crawler.stats is not None
        profile = getattr(crawler.spider, "profile", None)
        return cls(load_rules(profile.rules if profile else ()), crawler.stats)

    def process_item(self, item: Article) -> Article:
        self.stats.inc_value("fanwen/strip/blocks_in", len(item.blocks))
        clean_article(item, self.rules)
        for removal in item.removed:
            self.stats.inc_value("fanwen/strip/removed")
            self.stats.inc_value(f"fanwen/strip/removed/{removal.rule}")
        if item.truncated:
            self.stats.inc_value("fanwen/strip/truncated")
        if not item.blocks:
            raise DropItem(f"nothing left after stripping: {item.url}")
        return item


def clean_article(item: Article, rules: Sequence[Rule]) -> Article:
    """Strip ``item`` in place: its blocks become the kept ones, its removals are recorded."""
    result = strip_blocks(item.blocks, rules, title=item.title)
    item.blocks = result.blocks
    item.removed = [*item.removed, *result.removed]
    item.truncated = item.truncated or result.truncated
    return item
