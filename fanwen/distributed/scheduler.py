"""scrapy-redis's scheduler on the keys of this crawl's run (see :mod:`fanwen.distributed`).

A request taken from the queue is also written to the worker's ``taken:<worker>`` hash until it
leaves the downloader; when a worker is gone (killed), the first live worker to notice puts
what it had taken back into the queue (:meth:`SharedScheduler.requeue`).

A worker takes a request only when it can download it soon: while it already holds as many
requests for the site of the queue's next request as it downloads from one site at once (the
download slot's concurrency), the request stays in the queue for the other workers. Scrapy's
engine pulls until its global ``CONCURRENT_REQUESTS`` is in hand, so without this the first
worker of a one-site crawl would take 16 requests to download 4 at a time, and workers joining
later would find the queue empty while it still had work queued locally."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
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
        instance.crawler = crawler
        cluster = Cluster.of(crawler)
        assert cluster is not None  # the add-on sets this scheduler only with FANWEN_QUEUE
        instance.cluster = cluster
        cluster.scheduler = instance
        crawler.signals.connect(instance.request_left_downloader, signal=signals.request_left_downloader)
        return instance  # type: ignore[no-any-return]

    def open(self, spider: Any) -> None:
        self.cluster.join()
        self.queue_key = self.cluster.key("requests")
        self.df = RFPDupeFilter(self.server, key=self.cluster.key("dupefilter"))
        self.taken = self.cluster.key(f"taken:{self.cluster.worker}")
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
        if self._holding_enough():
            return None
        request = self.queue.pop(0)
        if request is None:
            return None
        # Taken, not yet done: if this worker dies now, another one puts it back.
        pipe = self.server.pipeline(transaction=False)
        pipe.hset(self.taken, self.df.request_fingerprint(request), self.queue._encode_request(request))
        pipe.expire(self.taken, RUN_TTL)
        pipe.execute()
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request  # type: ignore[no-any-return]

    def _holding_enough(self) -> bool:
        """This worker already holds (taken, not yet downloaded) as many requests for the site
        of the queue's next request as it downloads from that site at once."""
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        if downloader is None or not downloader.active:
            return False
        head = self.server.zrange(self.queue_key, 0, 0)
        if not head:
            return False
        key = downloader.get_slot_key(self.queue._decode_request(head[0]))
        slot = downloader.slots.get(key)
        concurrency = slot.concurrency if slot is not None else downloader.domain_concurrency
        held = sum(1 for request in downloader.active if downloader.get_slot_key(request) == key)
        return held >= max(1, concurrency)

    def request_left_downloader(self, request: Request) -> None:
        self.server.hdel(self.taken, self.df.request_fingerprint(request))

    def requeue(self, worker: str) -> int:
        """Put the requests a gone worker had taken back into the queue; how many. Only one
        live worker gets them (the hash is renamed to a key of its own first)."""
        taken = self.cluster.key(f"taken:{worker}")
        claimed = f"{taken}:requeue:{self.cluster.worker}"
        try:
            self.server.rename(taken, claimed)
        except redis.ResponseError:
            return 0  # nothing taken, or another worker got there first
        encoded = self.server.hvals(claimed)
        for value in encoded:
            self.queue.push(self.queue._decode_request(value))
        self.server.delete(claimed)
        if encoded and self.stats:
            self.stats.inc_value("fanwen/distributed/requeued", len(encoded))
        return len(encoded)
