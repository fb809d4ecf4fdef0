"""What a new crawl needs to know from earlier ones: known articles, their validators, past runs.

Read once when a crawl opens (:func:`load_state`, by the storage owner
:mod:`fanwen.extensions.storage`, which also calls :func:`close_abandoned_runs` while it holds the
run lock). The types are :mod:`fanwen.state`'s, plain data the spider can use without this layer.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import timedelta

from sqlalchemy import Engine, exc, select, update

from fanwen.db import dialect
from fanwen.db.engine import wrap_error
from fanwen.db.tables import articles_table as _articles
from fanwen.db.tables import runs_table as _runs
from fanwen.db.tables import sites_table as _sites
from fanwen.db.tables import workers_table as _workers
from fanwen.state import CrawlState, KnownArticle

# The Scrapy close reason of a run that walked everything it found.
COMPLETE_REASON = "finished"


def load_state(engine: Engine, site: str | None, refresh: timedelta = timedelta(days=1)) -> CrawlState:
    """The articles stored for ``site`` (a ``sites.name``; None: every site) and the last run;
    ``refresh`` is how long a stored article stays fresh."""
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
    complete = run is not None and _complete(run.status, run.stats_json)
    return CrawlState(articles, complete=complete, refresh=refresh)


def _complete(status: str, stats_json: str | None) -> bool:
    if status != "finished":
        return False
    try:
        reason = json.loads(stats_json or "{}").get("finish_reason", COMPLETE_REASON)
    except (ValueError, AttributeError):
        return False
    return bool(reason == COMPLETE_REASON)


def index_missing(engine: Engine) -> int:
    """Index the articles another program inserted into ``articles`` (the store indexes only
    what it writes): call only while holding the run lock, before the crawl writes. How many."""
    try:
        with engine.begin() as connection:
            dialect.begin_write(connection)  # it reads, then writes what it read was missing
            return dialect.index_missing(connection)
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


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
            # The workers of a distributed run whose every process was killed, likewise.
            connection.execute(
                update(_workers)
                .where(_workers.c.status == "running", _workers.c.run_id.not_in(list(keep)))
                .values(status="interrupted")
            )
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error
    return int(result.rowcount or 0)
