"""Benchmark: 1, 2 and 4 crawler processes sharing one Redis queue, against a site with latency.

    .venv/bin/python bench/scale.py [--articles 300] [--site real|demo] [--seed 13]
                                    [--processes 1,2,4] [--latency MS] [--per-domain 8]
                                    [--postgres postgresql://postgres@127.0.0.1:5432]
                                    [--redis redis://127.0.0.1:6379/0] [--json]

One run builds the benchmark site (``bench/realsite.py``: articles of real shape by default),
serves it on 127.0.0.1 from this process with ``--latency`` ms (50 by default) added to every
page, as a remote site would, and crawls it once per process count: N ``fanwen crawl --queue``
processes started together into a fresh PostgreSQL database (one made for the run and dropped
after it) and one Redis queue. Each process reads pages in its own process (``--workers 0``),
so N is the number of processes doing the work.

Reported per process count: pages (requests the server answered), the crawl's seconds (first
to last request the server saw: the ``--idle`` wait every process ends with is left out),
pages/s, and CPU ms per page (user+system of the N processes, from ``RUSAGE_CHILDREN``, over
their whole lives: start-up and the idle wait included, so it is an upper bound), and the
speed-up over one process. One machine: the processes share its cores, so the speed-up stops
where the CPU, not the site's latency, is the limit.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time
import uuid
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "bench"))


def serve(site: Any, latency: float) -> tuple[ThreadingHTTPServer, Any]:
    from fanwen.demo.server import DemoHandler

    class Handler(DemoHandler):
        times: list[float] = []

        def do_GET(self) -> None:
            time.sleep(latency)
            self.times.append(time.monotonic())
            super().do_GET()

        def log_message(self, *args: Any) -> None:
            pass

    handler = type("Handler", (Handler,), {"site": site, "times": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd, handler


def crawl(
    processes: int, base: str, handler: Any, server: str, redis: str, per_domain: int
) -> dict[str, Any]:
    import psycopg

    name = f"fanwen_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    db = f"{server.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    from fanwen.db import make_engine, migrate

    engine = make_engine(db)
    migrate(engine)  # once, before the clock: every process would otherwise wait on it
    engine.dispose()
    handler.times.clear()
    command = [
        str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", db, "--queue", redis,
        "--idle", "2", "--workers", "0", "-L", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "DOWNLOAD_DELAY=0", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={per_domain}",
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(processes)]  # fmt: skip
    for worker in workers:
        _, err = worker.communicate(timeout=3600)
        if worker.returncode != 0:
            raise SystemExit(f"a crawler process failed ({worker.returncode}): {err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    engine = make_engine(db)
    with engine.connect() as connection:
        articles = connection.exec_driver_sql("SELECT count(*) FROM articles").scalar()
    engine.dispose()
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    pages = len(handler.times)
    seconds = max(handler.times) - min(handler.times) if pages > 1 else 0.0
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "processes": processes,
        "pages": pages,
        "articles": articles,
        "seconds": round(seconds, 2),
        "pages_per_s": round(pages / seconds, 1) if seconds else None,
        "cpu_ms_per_page": round(1000 * cpu / pages, 1) if pages else None,
    }


def main() -> None:
    from realsite import add_site_arguments, build_real_site

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_site_arguments(parser, 300)
    parser.add_argument("--processes", default="1,2,4", help="process counts to compare")
    parser.add_argument("--latency", type=float, default=50.0, help="ms added to every answer")
    parser.add_argument(
        "--per-domain", type=int, default=8, help="CONCURRENT_REQUESTS_PER_DOMAIN per process"
    )
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.site == "real":
        site = build_real_site(args.articles, args.seed)
    else:
        from fanwen.demo import build_site

        site = build_site(extra_articles=args.articles)
    httpd, handler = serve(site, args.latency / 1000)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    results = []
    for processes in (int(n) for n in args.processes.split(",")):
        results.append(crawl(processes, base, handler, args.postgres, args.redis, args.per_domain))
    httpd.shutdown()
    one = results[0]["pages_per_s"] or 1
    for result in results:
        result["speed_up"] = round((result["pages_per_s"] or 0) / one, 2)
    if args.json:
        print(json.dumps(results))
        return
    print(
        f"{len(site.articles)} articles, {args.latency:.0f} ms latency, {args.per_domain} requests per process"
    )
    print("processes  pages  articles  seconds  pages/s  CPU ms/page  speed-up")
    for r in results:
        print(
            f"{r['processes']:>9}  {r['pages']:>5}  {r['articles']:>8}  {r['seconds']:>7}  {r['pages_per_s']:>7}"
            f"  {r['cpu_ms_per_page']:>11}  {r['speed_up']:>8}"
        )


if __name__ == "__main__":
    main()
