"""First stage: drop items that are not articles worth keeping, and say why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fanwen.items import Article

if TYPE_CHECKING:  # Scrapy stays out of a page reader process, which runs problem() (fanwen.rebuild)
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


class ValidatePipeline:
    """Drops items with no URL, no title or too little text; counts each reason in stats.

    Settings: ``FANWEN_VALIDATE_MIN_CHARS`` (default 50), the least text an article may have.
    """

    def __init__(self, min_chars: int, stats: StatsCollector) -> None:
        self.min_chars = min_chars
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        assert crawler.stats is not None
        return cls(crawler.settings.getint("FANWEN_VALIDATE_MIN_CHARS", 50), crawler.stats)

    def process_item(self, item: Article) -> Article:
        reason = problem(item, self.min_chars)
        if reason:
            from scrapy.exceptions import DropItem

            self.stats.inc_value(f"fanwen/validate/dropped/{reason}")
            raise DropItem(f"{reason}: {item.url}")
        return item


def problem(item: Article, min_chars: int) -> str | None:
    """The reason an article is not worth keeping, or None."""
    if not item.url:
        return "no_url"
    if not item.title:
        return "no_title"
    if sum(len(block.text) for block in item.blocks) < min_chars:
        return "too_short"
    return None
