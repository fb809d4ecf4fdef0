"""One crawl across processes and machines: a request queue and dupefilter shared in Redis
(scrapy-redis), and the membership that decides who seeds, when to stop and who records the end.

Every process started with the same target, database and ``FANWEN_QUEUE`` (``fanwen crawl
--queue redis://host:6379/0``) is a worker of one crawl. In Redis, under
``fanwen:<crawl>:<run token>:``, they share:

- ``requests``: scrapy-redis's priority queue, and ``dupefilter``: its fingerprint set. The
  set belongs to this run only, so the next scheduled run starts with an empty one and fetches
  due articles again (a dupefilter that remembers every URL forever would never re-fetch);
- ``workers`` and ``worker:<id>``: each worker's state (busy, or idle since when), refreshed
  every :data:`HEARTBEAT` seconds and expiring after :data:`TTL`, so a worker killed with
  SIGKILL drops out of the count on its own;
- ``run_id``: the ``crawl_runs`` row the first worker created, which the others join.

The first process to find no live run (``fanwen:<crawl>:run``) becomes the seeder: it yields
the start requests; the others yield none and take requests from the shared queue. A worker
stops once the queue is empty and every live worker, itself included, has been idle for
``FANWEN_IDLE`` seconds (default 30). The last worker to leave records the run's end and
deletes the run's keys. Requests a killed worker had taken from the queue are put back by the
first live worker to notice (:mod:`fanwen.distributed.scheduler`), and a worker takes from the
queue only what it can download soon, so that workers that join later get their share.

scrapy-redis 0.9.1's spiders still define ``start_requests()``, which Scrapy 2.13 replaced with
``start()``: fanwen uses only its scheduler, queue and dupefilter, which hold no such method.

Settings: ``FANWEN_QUEUE`` (a ``redis://`` URL; None: the process crawls alone, with Scrapy's
own scheduler), ``FANWEN_IDLE`` (seconds; 30).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class DistributedAddon:
    """With ``FANWEN_QUEUE`` set, the crawl uses the shared queue (a Scrapy add-on, ``ADDONS``)."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("FANWEN_QUEUE"):
            return
        settings.set("REDIS_URL", settings.get("FANWEN_QUEUE"), priority="addon")
        # The queue outlives any one worker; the last worker deletes it (Cluster.leave).
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER", "fanwen.distributed.scheduler.SharedScheduler", priority="addon")
        from fanwen.distributed.cluster import Cluster, SeedOnce

        settings.set_in_component_priority_dict("EXTENSIONS", Cluster, 10)
        # Outside the incremental middleware (950): the joiners' start requests are dropped last.
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeedOnce, 960)
