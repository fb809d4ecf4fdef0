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

Settings: ``JOBDIR`` (none: the extension is off). Stats: ``fanwen/jobdir/discarded`` (1 when a
killed crawl's JOBDIR was dropped).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MARK = "fanwen.running"
SCRAPY_FILES = ("requests.queue", "requests.seen", "spider.state")  # what Scrapy keeps in a JOBDIR


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
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

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
