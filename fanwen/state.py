"""What a crawl knows from earlier ones: the stored articles of its site, and whether the last run
walked everything.

Plain data, no database: the storage owner (:mod:`fanwen.extensions.storage`) reads it once
when the crawl opens, and the spider and the incremental middleware ask it questions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


def utcnow() -> datetime:
    """The current time as naive UTC, the form every stored timestamp takes."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class KnownArticle:
    """A stored article as the next crawl sees it."""

    last_seen: datetime
    etag: str | None = None
    last_modified: str | None = None

    def due(self, now: datetime, interval: timedelta) -> bool:
        """Whether the article should be fetched again (``interval`` after it was last seen)."""
        return now - self.last_seen >= interval

    def conditional_headers(self) -> dict[str, str]:
        """``If-None-Match`` / ``If-Modified-Since`` from the validators stored with it.

        >>> KnownArticle(datetime(2024, 1, 1), '"abc"', None).conditional_headers()
        {'If-None-Match': '"abc"'}
        """
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass
class CrawlState(Mapping[str, KnownArticle]):
    """Known articles by URL, whether the previous crawl walked its listings to the end, and how
    long a stored article stays fresh (``refresh``).

    ``complete`` is False after a run that was killed, interrupted, failed or stopped by a
    limit: the next run then walks every listing page again (articles it already has are
    still skipped or fetched conditionally), so nothing a broken run missed stays missed.

    >>> state = CrawlState({"u": KnownArticle(datetime(2024, 1, 1))}, refresh=timedelta(days=1))
    >>> state.fresh("u", datetime(2024, 1, 1, 12)), state.fresh("u", datetime(2024, 1, 2)), state.fresh("v")
    (True, False, False)
    """

    articles: dict[str, KnownArticle] = field(default_factory=dict)
    complete: bool = False
    refresh: timedelta = timedelta(days=1)

    def __getitem__(self, url: str) -> KnownArticle:
        return self.articles[url]

    def __iter__(self) -> Iterator[str]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def fresh(self, url: str, now: datetime | None = None) -> bool:
        """Whether ``url`` is a stored article that is not yet due for a refresh."""
        known = self.articles.get(url)
        return known is not None and not known.due(now or utcnow(), self.refresh)
