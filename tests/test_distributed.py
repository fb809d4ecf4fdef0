"""Several processes, one crawl: a shared Redis queue and dupefilter (scrapy-redis), one run in
PostgreSQL with each worker's counts; a worker killed with SIGKILL loses nothing the next run
does not complete."""

from __future__ import annotations

import collections
import json
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import servers
from sqlalchemy import text

from fanwen.db import make_engine, migrate
from fanwen.demo import build_site
from fanwen.demo.server import DemoHandler

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
FAST = ["-L", "INFO", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "--workers", "0"]
# The longest a test waits for its workers to start, and the home page waits for ``gate``
# meanwhile. Three processes started together on a loaded machine took 34-57 s to join (load
# average 15-20, two cores); the seeder has asked for the home page by then, so the gate holds
# that request while the others start: the workers' download timeout must outlast it (30 s by
# default, three tries: held 95 s, the home page failed for good, and the crawl with it).
GATE = 300


class CountingHandler(DemoHandler):
    """The demo site, a little slow (so the crawl is still going when a worker is killed),
    recording who asked for each page (the User-Agent: each worker gets its own). Article pages
    asked for by the User-Agent ``victim`` never get an answer until the test ends. The home
    page waits for ``gate``, so that a test can have every worker running before the crawl
    begins (one process alone could otherwise crawl the whole small site while the others start)."""

    requests: collections.defaultdict[str, list[str]]
    lock: threading.Lock
    articles: frozenset[str]
    victim_waiting: threading.Event
    release: threading.Event
    gate: threading.Event
    delay: float = 0.15

    def do_GET(self) -> None:
        agent = self.headers.get("User-Agent", "")
        with self.lock:
            self.requests[self.path].append(agent)
        if self.path == "/":
            self.gate.wait(timeout=GATE)
        if agent == "victim" and self.path in self.articles:
            self.victim_waiting.set()
            self.release.wait(timeout=120)
            return
        if self.path.endswith(".html"):
            time.sleep(self.delay)
        super().do_GET()


@pytest.fixture
def site():
    demo = build_site()
    handler = type(
        "Handler",
        (CountingHandler,),
        {
            "site": demo,
            "requests": collections.defaultdict(list),
            "lock": threading.Lock(),
            "articles": frozenset(a.path for a in demo.articles),
            "victim_waiting": threading.Event(),
            "release": threading.Event(),
            "gate": threading.Event(),
        },
    )
    handler.gate.set()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler, demo
    handler.release.set()
    httpd.shutdown()
    httpd.server_close()


def worker(db: str, base: str, queue: str, *args: str) -> subprocess.Popen[str]:
    """A worker process; its log goes to a file, read by :func:`communicate`. (A pipe nobody
    reads while the worker runs fills at 64 kB of log and stops the worker in a write: a
    worker of these tests runs for a while before the test reads what it wrote.)"""
    command = [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", db, "--queue", queue]
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 (a temporary file, gone with the object)
    own = ["-s", f"FANWEN_QUEUE_PREFIX={servers.REDIS_PREFIX}"]  # the test's keys, apart from any other's
    process = subprocess.Popen(
        [*command, "--idle", "2", *FAST, *own, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True
    )
    process.log = log  # type: ignore[attr-defined]
    return process


def communicate(process: subprocess.Popen[str], timeout: float = 180) -> tuple[str, str]:
    """A worker's standard output and log once it has ended."""
    out, _ = process.communicate(timeout=timeout)
    log = process.log  # type: ignore[attr-defined]
    log.seek(0)
    return out, log.read()


def worker_crawler(db: str, redis_url: str):
    """A crawler of the demo target with the test's queue and database, its spider set (what a
    worker's components see), and the Redis key prefix of its crawl."""
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from fanwen.db.engine import resolve_db_url
    from fanwen.distributed.cluster import crawl_name

    spider_class = type("Articles", (Spider,), {"name": "articles", "targets": "demo"})
    settings = {"FANWEN_QUEUE": redis_url, "FANWEN_QUEUE_PREFIX": servers.REDIS_PREFIX, "FANWEN_DB": db}
    crawler = get_crawler(spider_class, settings)
    crawler.spider = spider_class()
    return crawler, f"{servers.REDIS_PREFIX}:{crawl_name('articles', 'demo', resolve_db_url(db))}"


def scalar(engine, sql: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(sql)).scalar() or 0)


def joined(handler, agents: list[str]) -> bool:
    """Every one of these User-Agents has asked the site for a page."""
    with handler.lock:
        seen = {agent for asked in handler.requests.values() for agent in asked}
    return set(agents) <= seen


def fetched_pages(handler, agents: list[str]) -> bool:
    """Every one of these User-Agents has asked the site for a page of the crawl (not robots.txt)."""
    with handler.lock:
        seen = {agent for path, asked in handler.requests.items() if path != "/robots.txt" for agent in asked}
    return set(agents) <= seen


def fetched_twice(requests: dict[str, list[str]], but: str = "") -> list[str]:
    """Pages asked for more than once (robots.txt aside: each process asks), not counting the
    requests of the User-Agent ``but``."""
    return [
        path
        for path, agents in requests.items()
        if path != "/robots.txt" and len([a for a in agents if a != but]) > 1
    ]


def test_three_workers_one_killed_then_a_follow_up_run_completes_without_duplicates(
    site, postgres_url, redis_url
):
    base, handler, demo = site
    engine = make_engine(postgres_url)
    migrate(engine)  # so that the test can watch the tables from the start
    # The crawl begins once all three have joined the run, and it is slow enough (one request at
    # a time per worker) that idle workers, which look at the queue every few seconds, take
    # their share: the run's counts are then the sum of three workers' non-zero counts.
    handler.gate.clear()
    handler.delay = 0.3
    agents = [f"worker-{n}" for n in range(3)]
    slow = ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", f"DOWNLOAD_TIMEOUT={GATE + 30}"]
    workers = [worker(postgres_url, base, redis_url, "-s", f"USER_AGENT={agent}", *slow) for agent in agents]
    victim = workers[1]
    try:
        # Starting: as long as every worker is alive, up to GATE (a worker that exits fails at once).
        deadline = time.monotonic() + GATE
        while scalar(engine, "SELECT count(*) FROM crawl_run_workers") < 3:
            assert time.monotonic() < deadline and all(w.poll() is None for w in workers), [
                w.poll() for w in workers
            ]
            time.sleep(0.1)
        handler.gate.set()
        # Every worker is fetching, and articles are being stored.
        deadline = time.monotonic() + 120
        while not fetched_pages(handler, agents) or scalar(engine, "SELECT count(*) FROM articles") < 5:
            assert time.monotonic() < deadline, ([w.poll() for w in workers], dict(handler.requests))
            time.sleep(0.1)
        victim.send_signal(signal.SIGKILL)
        outputs = [communicate(w) for w in workers]
    finally:
        for w in workers:
            w.kill()
    assert victim.returncode == -signal.SIGKILL
    for w, (_out, err) in zip(workers, outputs, strict=True):
        if w is not victim:
            assert w.returncode == 0, err[-3000:]
    # One run, each worker's counts; the killed one interrupted, and with it the run (what it
    # had taken from the queue was never done: the next run walks every listing); the sums are the run's.
    listed = subprocess.run(
        [str(BIN / "fanwen"), "runs", "--json", "--db", postgres_url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    [run] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert run["status"] == "interrupted"
    assert run["stats_json"]["finish_reason"] == "worker_lost"
    assert sorted(w["status"] for w in run["workers"]) == ["finished", "finished", "interrupted"]
    for count in ("pages_fetched", "articles_new"):
        assert run[count] == sum(w[count] for w in run["workers"]) > 0
    # The killed worker's committed articles are stored, but it never reported its counts.
    assert scalar(engine, "SELECT count(*) FROM articles") >= run["articles_new"]
    # The shared dupefilter: no page was fetched twice by the three workers together, but for
    # those the killed one had taken and never finished, which the others took again.
    assert fetched_twice(handler.requests, but="worker-1") == []
    table = subprocess.run(
        [str(BIN / "fanwen"), "runs", "--db", postgres_url],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "200", "PATH": str(BIN)},
    ).stdout
    assert table.count("worker ") == 3

    # A follow-up run (any number of workers) fetches what the killed worker had taken.
    handler.requests.clear()
    follow = worker(postgres_url, base, redis_url, "-s", "USER_AGENT=follow")
    out, err = communicate(follow)
    assert follow.returncode == 0, err[-3000:]
    with engine.connect() as connection:
        urls = connection.execute(text("SELECT url FROM articles")).scalars().all()
    assert len(urls) == len(set(urls)) == len(demo.articles)
    assert fetched_twice(handler.requests) == []
    assert scalar(engine, "SELECT count(*) FROM crawl_runs WHERE status = 'finished'") == 1
    engine.dispose()


def test_requests_a_killed_worker_had_taken_are_done_by_the_others_in_the_same_run(site, tmp_path, redis_url):
    base, handler, demo = site
    db = str(tmp_path / "f.db")
    # The victim is the first to fetch, so that it (not the others, on a loaded machine where a
    # process takes seconds to start) takes article pages from the queue; it holds them with no
    # answer. The others join once it is fetching.
    victim = worker(db, base, redis_url, "-s", "USER_AGENT=victim")
    others: list[subprocess.Popen[str]] = []
    try:
        deadline = time.monotonic() + 120
        while not joined(handler, ["victim"]):
            assert time.monotonic() < deadline and victim.poll() is None, victim.poll()
            time.sleep(0.05)
        others = [worker(db, base, redis_url, "-s", f"USER_AGENT=worker-{n}") for n in range(2)]
        assert handler.victim_waiting.wait(timeout=120), victim.poll()
        # Another worker has joined the victim's run and is fetching from its queue (one may take
        # all that is left): on a loaded machine a process can take more than the heartbeat's TTL
        # to start, and one that joins after the victim's death starts a run of its own instead.
        while not (joined(handler, ["worker-0"]) or joined(handler, ["worker-1"])):
            ended = [w for w in others if w.poll() is not None]
            assert not ended, [(w.returncode, communicate(w)[1][-3000:]) for w in ended]
            assert time.monotonic() < deadline
            time.sleep(0.05)
        victim.send_signal(signal.SIGKILL)
        outputs = [communicate(w) for w in others]
    finally:
        for w in (victim, *others):
            w.kill()
    for w, (_out, err) in zip(others, outputs, strict=True):
        assert w.returncode == 0, err[-3000:]
    assert any("queued again" in err for _out, err in outputs), "\n=====\n".join(
        err[-3000:] for _o, err in outputs
    )
    taken = [
        path for path, agents in handler.requests.items() if "victim" in agents and path in handler.articles
    ]
    assert taken
    engine = make_engine(db)
    with engine.connect() as connection:
        urls = connection.execute(text("SELECT url FROM articles")).scalars().all()
    engine.dispose()
    # Every article is stored by this one run, those the victim had taken included.
    assert len(urls) == len(set(urls)) == len(demo.articles)
    assert all(
        handler.requests[path].count("victim") == 1 and len(handler.requests[path]) == 2 for path in taken
    )


def test_a_re_crawl_fetches_due_articles_again(site, tmp_path, redis_url):
    """The dupefilter belongs to one run: the next run asks for due articles again (--refresh 0).
    The queue given as a setting (-s FANWEN_QUEUE=) works as --queue does."""
    base, handler, demo = site
    db = str(tmp_path / "f.db")
    first = subprocess.Popen(
        [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", db, "-s", f"FANWEN_QUEUE={redis_url}",
         "-s", "FANWEN_IDLE=2", "-s", f"FANWEN_QUEUE_PREFIX={servers.REDIS_PREFIX}", *FAST],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert first.communicate(timeout=180) and first.returncode == 0
    handler.requests.clear()
    again = worker(db, base, redis_url, "--refresh", "0")
    out, err = communicate(again)
    assert again.returncode == 0, err[-3000:]
    article_pages = [a.path for a in demo.articles]
    assert all(len(handler.requests[path]) == 1 for path in article_pages)  # asked again, conditionally
    assert "Incremental: 0 stored articles not due, " in out


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
@pytest.mark.parametrize("held", [True, False], ids=["lock-held", "lock-free"])
def test_a_run_whose_heartbeats_lapsed_is_joined_while_its_workers_hold_the_database(
    dialect, held, tmp_path, redis_url, request
):
    """A run with no live heartbeat looks dead, but on a machine too loaded to run a worker's
    heartbeat thread for TTL seconds its workers may be alive. The database's run lock tells:
    while a process holds it (the live workers hold it shared), a new worker joins the run
    instead of starting another (which would delete the live run's queue, then fail on the lock
    with exit 75). A run whose workers are really gone (the lock is free) is started anew."""
    import redis
    from sqlalchemy import create_engine

    from fanwen.db.engine import resolve_db_url
    from fanwen.db.lock import ADVISORY_KEY, lock_path
    from fanwen.distributed.cluster import TTL, Cluster

    db = request.getfixturevalue("postgres_url") if dialect == "postgresql" else str(tmp_path / "f.db")
    crawler, prefix = worker_crawler(db, redis_url)
    run_key = f"{prefix}:run"
    server = redis.Redis.from_url(redis_url, decode_responses=True)
    stale = f"0123456789ab {time.time() - 3 * TTL}"
    server.set(run_key, stale)

    release = lambda: None  # noqa: E731
    if held and dialect == "sqlite":  # another process's worker holds the lock file shared
        holder = subprocess.Popen(
            [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
             "fcntl.flock(f, fcntl.LOCK_SH); print('held', flush=True); time.sleep(60)", str(lock_path(db))],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        release = holder.kill
    elif held:  # a worker's session holds the advisory lock shared
        connection = create_engine(resolve_db_url(db)).connect()
        connection.execute(text("SELECT pg_advisory_lock_shared(:key)"), {"key": ADVISORY_KEY})
        release = connection.close
    try:
        cluster = Cluster(crawler, redis_url, idle=1.0)
        cluster.prefix = servers.REDIS_PREFIX
        cluster.join()
        try:
            if held:
                assert (cluster.token, cluster.seeder) == ("0123456789ab", False)
                assert server.get(run_key) == stale  # the live run's pointer is left alone
            else:
                assert cluster.seeder and cluster.token != "0123456789ab"
                assert server.get(run_key).split()[0] == cluster.token
        finally:
            cluster.leave()
    finally:
        release()
        server.close()


def test_a_worker_joining_in_the_seeders_exclusive_moment_waits_for_it(tmp_path, redis_url):
    """The seeder takes the run lock exclusively, then shares it (so that no run starts beside a
    crawl of the same database). A worker of workers started together may join in that moment,
    long on a loaded machine: it waits for the lock to be shared instead of failing at once
    (exit 75, with FANWEN_LOCK_WAIT's default of 0)."""
    import redis

    from fanwen.db.lock import lock_path
    from fanwen.db.store import ArticleStore
    from fanwen.extensions.storage import Storage

    db = str(tmp_path / "f.db")
    engine = make_engine(db)
    migrate(engine)
    run_id = ArticleStore(engine, 50).start_run("demo")
    engine.dispose()
    crawler, prefix = worker_crawler(db, redis_url)
    server = redis.Redis.from_url(redis_url, decode_responses=True)
    server.set(f"{prefix}:run", f"0123456789ab {time.time()}")  # the seeder has just started the run
    server.set(f"{prefix}:0123456789ab:run_id", run_id)
    seeder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
         "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(1.5); "
         "fcntl.flock(f, fcntl.LOCK_SH); time.sleep(60)", str(lock_path(db))],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert seeder.stdout is not None and seeder.stdout.readline() == "held\n"
        storage = Storage.from_crawler(crawler)
        try:
            assert storage.open(), storage.refused
            assert (storage.run_id, storage.cluster.seeder) == (run_id, False)
        finally:
            storage.cluster.leave()
            storage.lock.release()
            if storage.engine is not None:
                storage.engine.dispose()
    finally:
        seeder.kill()
        server.close()


def test_a_worker_joining_before_the_seeder_has_its_lock_leaves_the_lock_to_it(tmp_path, redis_url):
    """Workers started together: one seeds the run in Redis, then takes the database's run lock
    exclusively (SEED). A joiner must not take the shared lock in between: the seeder's exclusive
    try would then fail (exit 75, and the joiners wait for a run that never comes, exit 1). A
    joiner takes the lock once the seeder has recorded the run (it publishes the run's id)."""
    import threading

    import redis

    from fanwen.db.lock import SEED, RunLock
    from fanwen.db.store import ArticleStore
    from fanwen.extensions.storage import Storage

    db = str(tmp_path / "f.db")
    crawler, prefix = worker_crawler(db, redis_url)
    server = redis.Redis.from_url(redis_url, decode_responses=True)
    server.set(f"{prefix}:run", f"0123456789ab {time.time()}")  # seeded in Redis, no lock yet
    storage = Storage.from_crawler(crawler)
    opened: list[bool] = []
    joiner = threading.Thread(target=lambda: opened.append(storage.open()))
    joiner.start()
    try:
        time.sleep(1.0)
        seeder = RunLock(db, mode=SEED)  # what the seeder does next: it must get the lock
        assert seeder.held_elsewhere() is False
        seeder.acquire()
        engine = make_engine(db)
        migrate(engine)
        run_id = ArticleStore(engine, 50).start_run("demo")
        engine.dispose()
        server.set(f"{prefix}:0123456789ab:run_id", run_id)
        joiner.join(timeout=30)
        assert opened == [True], storage.refused
        assert storage.run_id == run_id
        seeder.release()
    finally:
        joiner.join(timeout=30)
        if storage.cluster is not None:
            storage.cluster.leave()
        storage.lock.release()
        if storage.engine is not None:
            storage.engine.dispose()
        server.close()
