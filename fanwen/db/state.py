"""What a new crawl needs to know from earlier ones: known articles, their validators, past runs.

Read once when a crawl opens (:func:`load_state`); the store pipeline remains the only writer,
apart from :func:`close_abandoned_runs`, which the pipeline calls while it holds the run lock.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, exc, select, update

from fanwen.db.engine import wrap_error
from fanwen.db.models import articles_table as _articles
from fanwen.db.models import runs_table as _runs
from fanwen.db.models import sites_table as _sites

# The Scrapy close reason of a run that walked everything it found.
COMPLETE_REASON = "finished"


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
    """Known articles by URL, and whether the previous crawl walked its listings to the end.

    ``complete`` is False after a run that was killed, interrupted, failed or stopped by a
    limit: the next run then walks every listing page again (articles it already has are
    still skipped or fetched conditionally), so nothing a broken run missed stays missed.
    """

    articles: dict[str, KnownArticle] = field(default_factory=dict)
    complete: bool = False

    def __getitem__(self, url: str) -> KnownArticle:
        return self.articles[url]

    def __iter__(self) -> Iterator[str]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)


def load_state(engine: Engine, site: str | None) -> CrawlState:
    """The articles stored for ``site`` (a ``sites.name``; None: every site) and the last run."""
    query = select(_articles.c.url, _articles.c.last_seen, _articles.c.etag, _articles.c.last_modified)
    if site is not None:
        query = query.join(_sites, _sites.c.id == _articles.c.site_id).where(_sites.c.name == site)
    last_run = (
        select(_runs.c.status, _runs.c.stats_json)
        .where(_runs.c.status != "running")
        .order_by(_runs.c.id.desc())
        .limit(1)
    )
    try:
        with engine.connect() as connection:
            articles = {
                row.url: KnownArticle(row.last_seen, row.etag, row.last_modified)
                for row in connection.execute(query)
            }
            run = connection.execute(last_run).first()
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error
    return CrawlState(articles, complete=run is not None and _complete(run.status, run.stats_json))


def _complete(status: str, stats_json: str | None) -> bool:
    if status != "finished":
        return False
    try:
        reason = json.loads(stats_json or "{}").get("finish_reason", COMPLETE_REASON)
    except (ValueError, AttributeError):
        return False
    return bool(reason == COMPLETE_REASON)


def close_abandoned_runs(engine: Engine, keep: Collection[int] = ()) -> int:
    """Mark runs still ``running`` as ``interrupted``: call only while holding the run lock.

    A run is left ``running`` when its process was killed (SIGKILL, power cut) before it could
    record its end; holding the lock proves no other process is crawling now (``keep``: the
    runs this process has started). ``finished`` stays empty:
    nobody knows when it died. Returns how many.
    """
    try:
        with engine.begin() as connection:
            result = connection.execute(
                update(_runs)
                .where(_runs.c.status == "running", _runs.c.id.not_in(list(keep)))
                .values(status="interrupted")
            )
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error
    return int(result.rowcount or 0)
