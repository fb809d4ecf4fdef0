"""A crawl's log lines of items: an article dropped or failed in a pipeline is one line naming its URL
(the crawl's ``LOG_FORMATTER``). Not in :mod:`fanwen.pipelines`: a page reader imports that package
(:mod:`fanwen.rebuild`) and must not import Scrapy (:mod:`fanwen.spiders.pageworker`)."""

from __future__ import annotations

from typing import Any

from scrapy import logformatter


class LogFormatter(logformatter.LogFormatter):
    """Scrapy's formatter, but an article dropped or failed in a pipeline is one line naming its
    URL: Scrapy writes the item after the reason, and an article's repr is its whole text, blocks
    and sections (tens of kB), so a crawl dropping many pages filled its log with articles."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> Any:
        result = super().dropped(item, exception, response, spider)
        url = _url(item)
        if url is None:
            return result
        reason = str(exception)
        return {
            **result,
            "msg": "Dropped: %(reason)s",
            "args": {"reason": reason if url in reason else f"{reason} ({url})"},
        }

    def item_error(self, item: Any, exception: BaseException, response: Any, spider: Any) -> Any:
        result = super().item_error(item, exception, response, spider)
        url = _url(item)
        if url is None:
            return result
        return {**result, "msg": "Error processing the article of %(url)s", "args": {"url": url}}


def _url(item: Any) -> str | None:
    """An article's URL; None for any other item (a dict, an item of the user's own), which
    keeps Scrapy's line."""
    return None if isinstance(item, dict) else getattr(item, "url", None)
