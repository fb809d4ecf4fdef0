"""scrapy-redis's scheduler on the keys of this crawl's run (see :mod:`fanwen.distributed`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from fanwen.distributed.cluster import RUN_TTL, Cluster

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler


class SharedScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler on this run's keys (``fanwen:<crawl>:<token>:requests`` and
    ``:dupefilter``), without its per-request ``spider=`` stats arguments Scrapy 2.19 deprecates."""

    cluster: Cluster

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        instance = cls.from_settings(crawler.settings)
        instance.stats = crawler.stats
        cluster = Cluster.of(crawler)
        assert cluster is not None  # the add-on sets this scheduler only with FANWEN_QUEUE
        instance.cluster = cluster
        return instance  # type: ignore[no-any-return]

    def open(self, spider: Any) -> None:
        self.cluster.join()
        self.queue_key = self.cluster.key("requests")
        self.df = RFPDupeFilter(self.server, key=self.cluster.key("dupefilter"))
        super().open(spider)

    def close(self, reason: str) -> None:
        """The queue and dupefilter stay for the other workers; the last one deletes them."""

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        self.server.expire(self.queue_key, RUN_TTL)
        return True

    def next_request(self) -> Request | None:
        request = self.queue.pop(0)
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request  # type: ignore[no-any-return]
