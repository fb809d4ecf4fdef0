"""A dropped or failed article is one log line naming its URL, not the whole article.

Scrapy's own formatter writes the item after the reason: an article's repr is its whole text,
its blocks and sections (tens of kB a page), so a crawl that drops a hundred pages (a notice too
short to keep, a database refusing them) filled the log with articles.
"""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from fanwen.items import Article, Block


def formatted(kind: str, item: object, exception: BaseException) -> tuple[int, str]:
    crawler = get_crawler(Spider, {"LOG_FORMATTER": "fanwen.logformatter.LogFormatter"})
    formatter = build_from_crawler(load_object(crawler.settings["LOG_FORMATTER"]), crawler)
    spider = Spider.from_crawler(crawler, name="articles")
    result = getattr(formatter, kind)(item, exception, None, spider)
    return result["level"], result["msg"] % result["args"]


def long_article() -> Article:
    return Article(url="http://127.0.0.1:9/a/1.html", title="标题", blocks=[Block(text="正文很长。" * 2000)])


def test_a_dropped_article_is_one_line_with_its_reason_and_no_text():
    level, line = formatted("dropped", long_article(), DropItem("too short: http://127.0.0.1:9/a/1.html"))
    assert line == "Dropped: too short: http://127.0.0.1:9/a/1.html"
    assert level == logging.WARNING


def test_a_dropped_article_whose_reason_lacks_the_url_gets_it():
    _, line = formatted("dropped", long_article(), DropItem("not stored: disk I/O error"))
    assert line == "Dropped: not stored: disk I/O error (http://127.0.0.1:9/a/1.html)"


def test_an_article_that_failed_in_a_pipeline_is_named_by_its_url():
    level, line = formatted("item_error", long_article(), ValueError("boom"))
    assert level == logging.ERROR and line == "Error processing the article of http://127.0.0.1:9/a/1.html"


def test_an_item_that_is_no_article_is_logged_as_scrapy_does():
    _, line = formatted("dropped", {"a": 1}, DropItem("no"))
    assert line.startswith("Dropped: no") and "{'a': 1}" in line


def test_the_crawl_uses_it():
    from scrapy.settings import Settings

    import fanwen.settings

    assert Settings(vars(fanwen.settings))["LOG_FORMATTER"] == "fanwen.logformatter.LogFormatter"
