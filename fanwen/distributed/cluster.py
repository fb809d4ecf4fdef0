"""This process's membership of a distributed crawl: who seeds, who is idle, who leaves last
(see :mod:`fanwen.distributed`)."""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
import time
import uuid
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

HEARTBEAT = 2.0  # seconds between a worker's heartbeats
TTL = 10  # seconds after its last heartbeat a worker counts as gone
RUN_TTL = 7 * 24 * 3600  # every key of a run expires a week after its last write, whatever happens
JOIN_WAIT = 60.0  # seconds a joining worker waits for the first worker's crawl_runs row

_CLUSTERS: WeakKeyDictionary[Crawler, Cluster] = WeakKeyDictionary()


def crawl_name(spider_name: str, targets: str, db_url: str) -> str:
    """The crawl's name in Redis: processes with the same target and database are one crawl.

    >>> crawl_name("articles", "demo", "sqlite:////a.db") == crawl_name("articles", "demo", "sqlite:////a.db")
    True
    >>> crawl_name("articles", "demo", "sqlite:////a.db") == crawl_name("articles", "demo", "sqlite:////b.db")
    False
    """
    digest = hashlib.sha1(f"{spider_name}\n{targets}\n{db_url}".encode()).hexdigest()[:16]
    return f"{spider_name}:{digest}"


class Cluster:
    """This process's membership of a distributed crawl (a Scrapy extension, added by the add-on)."""

    def __init__(self, crawler: Crawler, url: str, idle: float) -> None:
        self.crawler = crawler
        self.url = url
        self.idle = idle
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.server: Any = None
        self.crawl = ""
        self.prefix = "fanwen"  # FANWEN_QUEUE_PREFIX: the first part of every key
        self.token = ""
        self.seeder = False
        self._idle_since: float | None = None
        self._heartbeat: threading.Thread | None = None
        self._stop_beating = threading.Event()
        self._left: bool | None = None
        self.scheduler: Any = None  # the shared scheduler, which puts a gone worker's requests back

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Cluster:
        cluster = _CLUSTERS.get(crawler)
        if cluster is not None:
            return cluster
        url = crawler.settings.get("FANWEN_QUEUE")
        if not url:
            raise NotConfigured("FANWEN_QUEUE is not set: this process crawls alone")
        cluster = cls(crawler, url, crawler.settings.getfloat("FANWEN_IDLE", 30.0))
        cluster.prefix = crawler.settings.get("FANWEN_QUEUE_PREFIX") or "fanwen"
        _CLUSTERS[crawler] = cluster
        crawler.signals.connect(cluster.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(cluster.request_reached_downloader, signal=signals.request_reached_downloader)
        crawler.signals.connect(cluster.spider_closed, signal=signals.spider_closed)
        return cluster

    @classmethod
    def of(cls, crawler: Crawler) -> Cluster | None:
        """The crawl's membership; None when the process crawls alone."""
        try:
            return cls.from_crawler(crawler)
        except NotConfigured:
            return None

    # -- joining ------------------------------------------------------------------------

    def key(self, name: str) -> str:
        return f"{self.prefix}:{self.crawl}:{self.token}:{name}"

    def join(self) -> None:
        """Join the live run of this crawl, or start one and seed it (idempotent)."""
        if self.server is not None:
            return
        import redis

        from fanwen.db.engine import resolve_db_url
        from fanwen.db.lock import RunLock

        spider = self.crawler.spider
        targets = str(getattr(spider, "targets", "") or (spider.name if spider else ""))
        db = resolve_db_url(self.crawler.settings.get("FANWEN_DB"))
        self.crawl = crawl_name(spider.name if spider else "", targets, db)
        self.server = redis.Redis.from_url(self.url, decode_responses=True)
        run_key = f"{self.prefix}:{self.crawl}:run"
        while True:
            current = self.server.get(run_key)
            if current is not None:
                token, created = current.split()
                self.token = token
                if self._live_workers() or time.time() - float(created) < TTL:
                    break  # a live run: join it
                if RunLock(db).held_elsewhere():
                    # No heartbeat, yet a process holds the database: its workers are alive on
                    # a machine too loaded to run their heartbeat threads for TTL seconds.
                    # Starting anew would delete their queue, then fail on their lock.
                    logger.warning(
                        "no worker of distributed run %s has beaten for %d s, but the database "
                        "is in use: joining it",
                        token,
                        TTL,
                    )
                    break
                # Every worker of that run is gone: end it, and start a new one below.
                logger.warning("the last distributed run of this crawl lost all its workers: starting anew")
                self._forget(current)
            token = uuid.uuid4().hex[:12]
            if self.server.set(run_key, f"{token} {time.time()}", nx=True, ex=RUN_TTL):
                self.token, self.seeder = token, True
                break
        self._beat()
        self.server.sadd(self.key("workers"), self.worker)
        self.server.expire(self.key("workers"), RUN_TTL)
        # A thread of its own, not the reactor: a worker whose reactor is busy for a while (a
        # long page, a loaded machine) is alive, and must not be taken for gone by the others,
        # who would put back its requests, finish and delete the run's keys under it.
        self._heartbeat = threading.Thread(target=self._beat_until_left, name="fanwen-heartbeat", daemon=True)
        self._heartbeat.start()
        logger.info(
            "%s distributed run %s of %s as worker %s",
            "Seeding" if self.seeder else "Joining",
            self.token,
            self.crawl,
            self.worker,
        )

    def share_run_id(self, run_id: int) -> None:
        """The first worker tells the others which ``crawl_runs`` row they all write to."""
        self.server.set(self.key("run_id"), run_id, ex=RUN_TTL)

    def shared_run_id(self, wait: float = JOIN_WAIT) -> int | None:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            value = self.server.get(self.key("run_id"))
            if value is not None:
                return int(value)
            time.sleep(0.2)
        return None

    # -- idle, busy, stopping -----------------------------------------------------------

    def _state(self) -> str:
        return "busy" if self._idle_since is None else f"idle {self._idle_since}"

    def _beat(self) -> None:
        if self.server is not None and self._left is None:
            pipe = self.server.pipeline(transaction=False)
            pipe.set(self.key(f"worker:{self.worker}"), self._state(), ex=TTL)
            # Listed again each time: a worker whose process was stopped past TTL was taken for gone.
            pipe.sadd(self.key("workers"), self.worker)
            pipe.execute()

    def _beat_until_left(self) -> None:
        """The heartbeat thread: every :data:`HEARTBEAT` seconds until the worker leaves."""
        import redis

        while not self._stop_beating.wait(HEARTBEAT):
            try:
                self._beat()
            except redis.RedisError as error:  # the next beat tries again; TTL leaves some room
                logger.warning("heartbeat not written: %s", error)

    def _live_workers(self) -> dict[str, str]:
        members = sorted(self.server.smembers(self.key("workers")))
        if not members:
            return {}
        states = self.server.mget([self.key(f"worker:{m}") for m in members])
        return {m: s for m, s in zip(members, states, strict=True) if s is not None}

    def request_reached_downloader(self, request: Request) -> None:
        if self._idle_since is not None:
            self._idle_since = None
            self._beat()

    def spider_idle(self) -> None:
        """Stop only when the shared queue is empty and every live worker has been idle long enough."""
        if self.server is None:
            return
        now = time.time()
        if self._idle_since is None:
            self._idle_since = now
            self._beat()
        if self._requeue_gone():
            raise DontCloseSpider
        if self.server.zcard(self.key("requests")):
            raise DontCloseSpider
        for state in self._live_workers().values():
            if state == "busy" or now - float(state.split()[1]) < self.idle:
                raise DontCloseSpider

    def _requeue_gone(self) -> int:
        """Put back what workers that are gone (killed: their heartbeat expired) had taken."""
        if self.scheduler is None:
            return 0
        live = self._live_workers()
        requeued = 0
        for member in self.server.smembers(self.key("workers")):
            if member == self.worker or member in live:
                continue
            count = self.scheduler.requeue(member)
            self.server.srem(self.key("workers"), member)
            if count:
                logger.warning(
                    "worker %s is gone: %d request(s) it had taken are queued again", member, count
                )
            requeued += count
        return requeued

    def spider_closed(self) -> None:
        self.leave()

    def leave(self) -> bool:
        """Leave the run; True for the last live worker, which also deletes the run's keys."""
        if self._left is not None:
            return self._left
        if self.server is None:
            self._left = False
            return False
        self._stop_beating.set()
        self.server.srem(self.key("workers"), self.worker)
        self.server.delete(self.key(f"worker:{self.worker}"), self.key(f"taken:{self.worker}"))
        # Idle workers still listed are about to leave too, or were killed and have not yet
        # expired: wait for either (at most TTL), so that one of us is the last.
        deadline = time.monotonic() + TTL + 2 * HEARTBEAT
        others = self._live_workers()
        while others and all(state != "busy" for state in others.values()) and time.monotonic() < deadline:
            time.sleep(HEARTBEAT / 4)
            others = self._live_workers()
        self._left = not others
        if self._left:
            current = self.server.get(f"{self.prefix}:{self.crawl}:run")
            if current is not None and current.split()[0] == self.token:
                self._forget(current)
        return self._left

    def _forget(self, current: str) -> None:
        """Delete a run's keys, and the crawl's pointer to it if it still names that run."""
        token = current.split()[0]
        prefix = f"{self.prefix}:{self.crawl}:{token}:"
        names = [prefix + n for n in ("requests", "dupefilter", "workers", "run_id")]
        names += list(self.server.scan_iter(match=prefix + "worker:*"))
        names += list(self.server.scan_iter(match=prefix + "taken:*"))
        self.server.delete(*names)
        # Compare and delete: a run another process has just started is left alone.
        self.server.eval(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0",
            1,
            f"{self.prefix}:{self.crawl}:run",
            current,
        )


class SeedOnce:
    """Only the seeding worker yields the spider's start requests (a spider middleware)."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedOnce:
        cluster = Cluster.of(crawler)
        if cluster is None:
            raise NotConfigured("FANWEN_QUEUE is not set")
        return cls(cluster)

    async def process_start(self, start: Any) -> Any:
        async for request_or_item in start:
            self.cluster.join()
            if self.cluster.seeder:
                yield request_or_item
