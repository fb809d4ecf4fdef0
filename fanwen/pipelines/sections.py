"""Third stage: split the clean article into ordered, levelled sections."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from fanwen.items import Article
from fanwen.sections import split_sections


class SectionsPipeline:
    """Fills ``item.sections``. Stats: ``fanwen/sections/sections``, ``fanwen/sections/headed``."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SectionsPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Article) -> Article:
        item.sections = split_sections(item.blocks, item.title)
        self.stats.inc_value("fanwen/sections/sections", len(item.sections))
        self.stats.inc_value("fanwen/sections/headed", sum(1 for s in item.sections if s.heading))
        return item
