"""A JOBDIR left by a killed crawl is not resumed from: its queue and seen set are dropped.

Scrapy's JOBDIR (``fanwen crawl --jobdir``) is made for a graceful stop: the scheduler writes
which queues hold requests (``requests.queue/active.json``) only when it closes, while the
dupefilter appends each request it lets through to ``requests.seen`` (8 kB at a time) when the
request is *queued*. After SIGKILL (or a forced second Ctrl-C) the seen set holds requests that
were never fetched, the queue that held them is lost, and the resumed crawl filtered them all:
a crawl of 400 articles killed after 20 resumed, fetched nothing and "finished".

This extension marks the JOBDIR while a crawl uses it (``fanwen.running``) and clears the mark
once the crawl has closed (the scheduler has written its queue by then). A crawl that finds the
mark at its start knows the last one did not close: it removes ``requests.queue``,
``requests.seen`` and ``spider.state`` before Scrapy opens them, and runs as an incremental
crawl after a killed one does: every listing walked again, stored articles skipped (not
due), everything else fetched (docs/scheduling.md, "Crash safety").

A crawl that ``--max-pages`` closed took the pages past its limit from Scrapy's queue, and its
seen set holds them: they are kept in ``fanwen.held`` (:func:`hold`) and asked for again, past
the seen set, when the job resumes, so that it goes on where it stopped.

Settings: ``JOBDIR`` (none: the extension is off). Stats: ``fanwen/jobdir/discarded`` (1 when a
killed crawl's JOBDIR was dropped), ``fanwen/jobdir/resumed_held`` (requests asked for again).
"""

from __future__ import annotations

import logging
import pickle
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.request import request_from_dict

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MARK = "fanwen.running"
HELD = "fanwen.held"  # requests a page limit kept from being sent, pickled as Scrapy's queues do
# What a killed crawl's JOBDIR holds that is not to be trusted: Scrapy's files, and ours.
SCRAPY_FILES = ("requests.queue", "requests.seen", "spider.state", HELD)


def hold(jobdir: str | Path, requests: list[Request], spider: Spider) -> None:
    """Keep ``requests`` for the job's next run (after those held before, not yet asked for)."""
    path = Path(jobdir) / HELD
    held = _held(path)
    held.extend(request.to_dict(spider=spider) for request in requests)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(pickle.dumps(held, protocol=4))
    temporary.replace(path)


def _held(path: Path) -> list[dict]:
    try:
        return list(pickle.loads(path.read_bytes()))
    except FileNotFoundError:
        return []


class JobdirGuard:
    def __init__(self, crawler: Crawler, jobdir: Path) -> None:
        self.crawler = crawler
        self.mark = jobdir / MARK
        # Now, while the crawler is built: the scheduler and its dupefilter open the files when
        # the engine opens the spider, after every extension exists.
        jobdir.mkdir(parents=True, exist_ok=True)
        if self.mark.exists():
            self._discard(jobdir)
        self.mark.touch()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobdirGuard:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured  # no message: Scrapy then does not log it as disabled
        guard = cls(crawler, Path(jobdir))
        crawler.signals.connect(guard.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    def spider_opened(self) -> None:
        """Ask again for what the last run's page limit held back: past the seen set (the last
        run put them there), into Scrapy's queue, which keeps them if this run stops too."""
        path = self.mark.parent / HELD
        held = _held(path)
        engine, spider = self.crawler.engine, self.crawler.spider
        if not held or engine is None or spider is None:
            return
        for data in held:
            request = request_from_dict(data, spider=spider)
            request.dont_filter = True
            engine.crawl(request)
        path.unlink()
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("fanwen/jobdir/resumed_held", len(held))

    def _discard(self, jobdir: Path) -> None:
        for name in SCRAPY_FILES:
            path = jobdir / name
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("fanwen/jobdir/discarded", 1)
        logger.warning(
            "%s: the crawl that used it last was killed, so its queue is not to be trusted: "
            "starting again from the listings (stored articles are not fetched again)",
            jobdir,
        )

    def spider_closed(self) -> None:
        self.mark.unlink(missing_ok=True)
