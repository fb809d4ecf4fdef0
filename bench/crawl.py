"""Benchmark: crawl throughput of the full fanwen pipeline against a bare Scrapy spider.

    .venv/bin/python bench/crawl.py [--articles 2000] [--site real|demo] [--seed 13]
                                    [--modes bare,full] [--repeat 1]
                                    [--concurrency 16] [--per-domain 8] [--static]
                                    [--latency MS] [--workers N] [--existing-db]
                                    [--py-spy DIR] [--json]
                                    [--tracemalloc FILE | --heap FILE [--trace-every N]]

One run builds the benchmark site: by default (``--site real``) ``--articles`` articles of
real shape (``bench/realsite.py``: lengths around a 3,000 Han character median with a tail to
20,000, 3 to 15 sections, ``篇一…篇三`` collections, 1 in 10 on two pages, unique text from
``--seed``) in the demo site's templates; with ``--site demo`` the demo site itself with
``--articles`` extra synthetic articles (short, recombined paragraphs: the site the figures
before issue 13 were measured on). It serves the site on 127.0.0.1 from this process (a thread: its CPU time is measured and reported as the
server's), and crawls it once per mode, each crawl in its own subprocess (Scrapy's reactor
runs once per process), so that the child's peak memory and CPU time are its own:

- ``bare``: a plain ``scrapy.Spider`` that follows every link and yields only URL and title of
  article pages, no item pipelines;
- ``full``: fanwen's ``articles`` spider with the ``demo`` profile and every pipeline, into a
  fresh SQLite file (incremental crawling has nothing to skip in a fresh database). With
  ``--existing-db`` that file is migrated before the crawl, as the database of every scheduled
  crawl after the first is: the crawl then never loads Alembic (12 MB);
- ``generic`` (only when asked for, ``--modes bare,full,generic``): the same spider and
  pipelines with no profile, as ``fanwen crawl URL`` runs: every page is tried as an article,
  and the site's template is learned and applied as it goes; ``generic-notemplate`` and
  ``full-notemplate``: the same with ``FANWEN_TEMPLATE_ENABLED=0`` (no template learned).

Both run with fanwen's settings (robots.txt obeyed, same middlewares) except: no
AutoThrottle, no download delay, the same ``--concurrency``/``--per-domain``. Reported per
mode: pages (responses), wall seconds of the crawl (Scrapy's ``elapsed_time_seconds``),
pages/s, CPU ms per page (user+system between spider_opened and spider_closed, and for the
whole process), the CPU of fanwen's page readers (``FANWEN_WORKERS`` processes the crawl
starts; their user+system from ``RUSAGE_CHILDREN``), and the peak memory of the crawl *with*
its page readers: the crawl's process tree is sampled every 0.5 s from ``/proc`` and the peak
of the summed RSS (every page each process maps, shared libraries counted once per process)
and of the summed PSS (shared pages split between the processes that share them: the memory
the crawl really takes) are kept. The targets of issue 7 are checked on the summed RSS, the
stricter of the two; the full/bare ratios follow. Each process's own peak is kept too
(``VmHWM``, read at every sample: not ``ru_maxrss``, which a child started by ``fork`` and
``exec`` inherits from its parent): the crawl's process and the largest page reader, and the RSS
of both at each tenth of the crawl (what grows with the crawl). The bare crawl's database (its
storage owner runs with fanwen's settings) is migrated beforehand in another process: bare
Scrapy migrates nothing.

The **tree CPU** per page is the crawl's process from ``spider_opened`` to ``spider_closed``
plus its page readers (their whole lives: they start and end with the crawl), the figure
issue 13's CPU target is on; "incl. start-up" adds the crawl process's imports and exit.
For the fanwen crawls a second table gives CPU per **stage**: ``read`` (decode, parse, extract,
next page: the page readers' CPU, or the in-process page path timed with ``--workers 0``) per
article page, and validate, strip, sections and store per stored article, timed with
``time.thread_time`` around each pipeline's methods in the crawl's process (the stages'
``open_spider`` separately, per crawl); ``rest`` is the crawl process's CPU no stage took
(Scrapy, the spider, handing pages to the readers), per page.

``--static`` renders every page once before serving (the demo server renders on each
request), to show how much of the time is the server's. ``--py-spy DIR`` samples the full
crawl's process with py-spy (``--pid``, so the child's rusage stays its own) and writes
``DIR/full.txt`` (collapsed stacks) and ``DIR/full.speedscope.json``; py-spy adds a little
CPU to the machine, so do not compare those runs' numbers with others. ``--tracemalloc FILE``
traces the Python memory of each crawl's process (``MODE-FILE``: the source lines holding the
most, those that grew the most, and the object types that grew, from snapshots every
``--trace-every`` responses, with malloc's heap and SQLite's memory); it slows the crawl, so
its timings mean nothing. ``--heap FILE``: the same sizes (RSS, malloc's heap in use and free
but kept, SQLite's, Python's allocated blocks) and object types without tracemalloc, whose own
tables grow the process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_URL = re.compile(r"/\d+\.html$")  # the demo profile's article_url
CRAWL_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "LOG_LEVEL": "WARNING",
    "MEMUSAGE_ENABLED": False,
}
TARGET_SPEED = 0.85  # full pages/s at least this share of bare's
TARGET_MEMORY = 1.3  # full peak RSS at most this multiple of bare's
TARGET_TREE_CPU = 1.5  # full CPU per page of the process tree at most this multiple of bare's (issue 13)
TARGET_PAGE_MS = 2.0  # extract + strip + sections, CPU ms per article page (issue 13)
TARGET_STORE_MS = 1.0  # store, CPU ms per article (issue 13)
STATS = (
    "response_received_count",
    "downloader/response_count",
    "item_scraped_count",
    "item_dropped_count",
    "fanwen/spider/articles",
    "fanwen/store/articles_new",
    "fanwen/sections/sections",
    "log_count/ERROR",
)


# --- the child: one crawl -----------------------------------------------------------------

# The pipeline stages timed in the crawl's process (``--modes full``/``generic``), and the page
# reading when it runs there (``--workers 0``; with page readers it is their CPU time).
TIMED_STAGES = {
    "fanwen.pipelines.validate.ValidatePipeline": "validate",
    "fanwen.pipelines.strip.StripPipeline": "strip",
    "fanwen.pipelines.sections.SectionsPipeline": "sections",
    "fanwen.pipelines.store.StorePipeline": "store",
}


def time_stages(spent: dict[str, float]) -> None:
    """Wraps each pipeline's methods, and the in-process page path, in a CPU timer.

    The timer is ``time.thread_time`` (the reactor thread, where Scrapy calls synchronous
    pipelines). ``process_item`` adds to the stage's key; ``close_spider`` and
    ``spider_closed`` to it too (the store's last commit is part of storing); ``open_spider``
    to ``STAGE/open`` (migrating a fresh database is paid once per crawl, not per article).
    """
    import functools
    import inspect
    from importlib import import_module

    import fanwen.spiders.reader as reader

    def timed(function: Any, key: str) -> Any:
        # A signal handler is given only the arguments it names (pydispatch reads the
        # wrapper's own code, which takes any): pass on only those.
        names = set(inspect.signature(function).parameters)

        @functools.wraps(function)  # keeps the signature Scrapy inspects (no `spider` argument)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return function(*args, **{k: v for k, v in kwargs.items() if k in names})
            finally:
                spent[key] = spent.get(key, 0.0) + time.thread_time() - started

        return wrapper

    for path, name in TIMED_STAGES.items():
        module, _, cls_name = path.rpartition(".")
        cls = getattr(import_module(module), cls_name)
        for method, key in (
            ("process_item", name),
            ("close_spider", name),
            ("spider_closed", name),
            ("open_spider", f"{name}/open"),
        ):
            if method in cls.__dict__:
                setattr(cls, method, timed(cls.__dict__[method], key))
    reader.read_page = timed(reader.read_page, "read")  # only called when no reader process is left


def bare_spider_class() -> type:
    import scrapy
    from scrapy.linkextractors import LinkExtractor

    class BareSpider(scrapy.Spider):
        """Follows every link; yields URL and title of article pages. Nothing else."""

        name = "bare"

        def __init__(self, start_url: str, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.start_urls = [start_url]
            self.allowed_domains = ["127.0.0.1"]  # as the demo profile: no offsite requests
            self.links = LinkExtractor()

        def parse(self, response: Any) -> Any:
            if ARTICLE_URL.search(response.url):
                yield {"url": response.url, "title": response.css("title::text").get()}
            for link in self.links.extract_links(response):
                yield response.follow(link, callback=self.parse)

    return BareSpider


def memory_watch(crawler: Any, report: Path, every: int, traced: bool = True) -> None:
    """``--tracemalloc``: what the crawl's process holds in Python objects as it grows.

    Every ``every`` responses, a ``tracemalloc`` snapshot (one frame per allocation), the
    process's RSS, what the C heap holds (glibc's ``mallinfo2``: in use, and free but kept) and
    SQLite's own memory (``sqlite3_memory_used``: its page caches and statements); at
    ``spider_closed`` the report lists, for the last snapshot, the 25 source lines holding the
    most and the 25 that grew the most since the first, and the live objects by type that grew
    the most (``gc.get_objects``, at the first and last snapshot). Only the first and the latest
    snapshot are kept (each holds every traced block: keeping them all grew the process by tens
    of MB, which its RSS then showed). ``traced`` False (``--heap``): no tracemalloc (its own
    tables are malloc's, and grow with what it traces), only the sizes and the object types.
    """
    import ctypes
    import gc
    import tracemalloc
    from collections import Counter

    from scrapy import signals

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks")
            + ("uordblks", "fordblks", "keepcost")
        ]

    libc = ctypes.CDLL(None)
    mallinfo2 = getattr(libc, "mallinfo2", None)
    if mallinfo2 is not None:
        mallinfo2.restype = MallInfo2
    try:
        sqlite_used = ctypes.CDLL("libsqlite3.so.0").sqlite3_memory_used
        sqlite_used.restype = ctypes.c_int64
    except (OSError, AttributeError):
        sqlite_used = None

    if traced:
        tracemalloc.start(1)
    taken: list[tuple[int, int, Any, Counter[str]]] = []  # responses, RSS kB, snapshot, types
    sizes: list[tuple[Any, ...]] = []  # responses, RSS, traced, heap in use, heap free, SQLite (MB)
    seen = {"responses": 0}

    def rss_kb() -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def take() -> None:
        types = Counter(type(o).__qualname__ for o in gc.get_objects())
        snapshot = tracemalloc.take_snapshot() if traced else None
        mb = 2**20
        heap = mallinfo2() if mallinfo2 is not None else None
        sizes.append(
            (
                seen["responses"],
                round(rss_kb() / 1024),
                round(tracemalloc.get_traced_memory()[0] / mb, 1) if traced else None,
                round((heap.uordblks + heap.hblkhd) / mb, 1) if heap is not None else None,
                round(heap.fordblks / mb, 1) if heap is not None else None,
                round(sqlite_used() / mb, 1) if sqlite_used is not None else None,
                sys.getallocatedblocks(),
            )
        )
        if len(taken) == 2:
            taken.pop()
        taken.append((seen["responses"], rss_kb(), snapshot, types))

    def response_received() -> None:
        seen["responses"] += 1
        if seen["responses"] % every == 0:
            take()

    def closed() -> None:
        take()
        first, last = taken[0], taken[-1]
        lines = [
            "responses, RSS MB, traced MB (Python), malloc's heap in use MB (mallinfo2: Python's "
            "objects over 512 bytes included, not pymalloc's arenas), malloc's free but kept MB, "
            "SQLite MB (sqlite3_memory_used), Python's allocated blocks (sys.getallocatedblocks):",
            *(str(row) for row in sizes),
        ]
        if traced:
            lines.append(f"\n## top 25 lines at {last[0]} responses")
            lines += [str(stat) for stat in last[2].statistics("lineno")[:25]]
            lines.append(f"\n## top 25 growth, {first[0]} -> {last[0]} responses")
            lines += [str(stat) for stat in last[2].compare_to(first[2], "lineno")[:25]]
        lines.append(f"\n## object types, growth {first[0]} -> {last[0]} responses")
        growth = Counter({k: last[3][k] - first[3].get(k, 0) for k in last[3]})
        lines += [f"{k}: {first[3].get(k, 0)} -> {last[3][k]}" for k, _ in growth.most_common(25)]
        report.write_text("\n".join(lines) + "\n")

    crawler.signals.connect(response_received, signal=signals.response_received)
    crawler.signals.connect(closed, signal=signals.spider_closed)
    crawler.__dict__.setdefault("_bench_keep", []).extend([response_received, closed])


def child(
    mode: str,
    url: str,
    db: str,
    out: str,
    concurrency: int,
    per_domain: int,
    workers: str | None = None,
    trace: str | None = None,
) -> None:
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    os.chdir(ROOT)
    settings = get_project_settings()
    settings.setdict(
        {
            **CRAWL_SETTINGS,
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": per_domain,
        },
        priority="cmdline",
    )
    if mode == "bare":
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")
        settings.set("FANWEN_DB", db, priority="cmdline")
        spider_cls: Any = bare_spider_class()
        kwargs = {"start_url": f"{url}/"}
    else:
        settings.set("FANWEN_DB", db, priority="cmdline")
        if mode.endswith("-notemplate"):
            settings.set("FANWEN_TEMPLATE_ENABLED", False, priority="cmdline")
        if workers is not None:
            settings.set("FANWEN_WORKERS", workers, priority="cmdline")
        from fanwen.spiders.articles import ArticleSpider

        spider_cls = ArticleSpider
        # generic: no profile, as `fanwen crawl URL` runs: every page is tried as an article.
        generic = mode.startswith("generic")
        kwargs = {"target": f"{url}/"} if generic else {"target": "demo", "start_url": f"{url}/"}
    spent: dict[str, float] = {}
    if mode != "bare":
        time_stages(spent)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    marks: dict[str, tuple[float, float]] = {}

    def mark(name: str) -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        marks[name] = (time.perf_counter(), usage.ru_utime + usage.ru_stime)

    def opened() -> None:
        mark("opened")

    def closed() -> None:
        mark("closed")

    # Scrapy holds receivers weakly: these live until the crawl ends.
    crawler.signals.connect(opened, signal=signals.spider_opened)
    crawler.signals.connect(closed, signal=signals.spider_closed)
    if trace:
        kind, path, every = trace.split(":")
        memory_watch(crawler, Path(path), int(every or 1000), traced=kind == "trace")
    process.crawl(crawler, **kwargs)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    readers = resource.getrusage(resource.RUSAGE_CHILDREN)  # page readers, reaped at close
    result = {
        "peak_rss_kb": own_peak_rss_kb(),
        "workers": stats.get("fanwen/spider/workers", 0),
        "readers_cpu": readers.ru_utime + readers.ru_stime,
        "crawl_seconds": marks["closed"][0] - marks["opened"][0],
        "crawl_cpu": marks["closed"][1] - marks["opened"][1],
        "finish_reason": stats.get("finish_reason"),
        "stages_cpu": spent,
        **{key: stats.get(key, 0) for key in STATS},
    }
    Path(out).write_text(json.dumps(result))


def own_peak_rss_kb() -> int:
    """This process's peak RSS since its ``exec`` (``VmHWM``).

    Not ``ru_maxrss``: that survives ``exec``, so a child started by a parent holding a large
    site in memory reports the parent's size (the fork's copy of its pages) as its own peak.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- the parent: site, server, one child per mode -------------------------------------------


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _tree(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                queue.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _kind(pid: int) -> str:
    """``reader`` for a page reader, ``other`` for any other child (a migration's process)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "other"
    return "reader" if b"pageworker" in command or b"spiders.reader" in command else "other"


class TreeMemory:
    """Samples a process tree's summed RSS and PSS (``/proc/PID/smaps_rollup``); keeps the peaks.

    Also each process's own peak (``VmHWM``, exact, read at every sample: a page reader's last
    sample is within ``every`` of its end) by kind (``crawl``: the process started; ``reader``: a
    page reader), and ``timeline``: (seconds, the crawl's RSS, the readers' summed RSS) in MB at
    each sample, to see what grows during a crawl.
    """

    def __init__(self, pid: int, every: float = 0.5) -> None:
        import threading

        self.pid = pid
        self.every = every
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_processes = 0
        self.hwm_kb: dict[int, tuple[str, int]] = {}  # pid: (kind, VmHWM)
        self.timeline: list[tuple[float, float, float]] = []
        self._started = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            rss = pss = processes = 0
            own = {"crawl": 0, "reader": 0, "other": 0}
            for pid in _tree(self.pid):
                try:
                    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in text.splitlines()[1:] if ":" in line)
                rss += int(fields.get("Rss", "0 kB").split()[0])
                pss += int(fields.get("Pss", "0 kB").split()[0])
                processes += 1
                kind = "crawl" if pid == self.pid else _kind(pid)
                own[kind] += int(fields.get("Rss", "0 kB").split()[0])
                hwm = re.search(r"^VmHWM:\s+(\d+)", status, re.M)
                if hwm:
                    self.hwm_kb[pid] = (kind, int(hwm.group(1)))
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.peak_processes = max(self.peak_processes, processes)
            self.timeline.append(
                (round(time.perf_counter() - self._started, 1), own["crawl"] / 1024, own["reader"] / 1024)
            )

    def peak_by_kind(self, kind: str) -> float:
        """The highest own peak (``VmHWM``, MB) of the tree's processes of ``kind``."""
        return max((hwm for k, hwm in self.hwm_kb.values() if k == kind), default=0) / 1024

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_mode(mode: str, url: str, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    db = work / f"{mode}-{time.monotonic_ns()}.db"  # always a fresh database
    out = work / f"{mode}.json"
    command = [
        sys.executable, __file__, "--child", mode, "--url", url, "--db", str(db), "--out", str(out),
        "--concurrency", str(args.concurrency), "--per-domain", str(args.per_domain),
    ]  # fmt: skip
    if args.workers is not None:
        command += ["--workers", args.workers]
    if args.tracemalloc is not None or args.heap is not None:
        traced = (args.tracemalloc or args.heap).resolve()
        kind = "trace" if args.tracemalloc is not None else "heap"
        command += ["--trace", f"{kind}:{traced.parent / (mode + '-' + traced.name)}:{args.trace_every}"]
    # Bare Scrapy migrates nothing: its storage owner (fanwen's settings) gets a database
    # migrated beforehand in another process (not the checkout's ./fanwen.db, which its first
    # crawl in a checkout migrated).
    if args.existing_db or mode == "bare":
        # As every scheduled crawl after the first: the database exists (migrated, empty).
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from fanwen.db import make_engine, migrate; migrate(make_engine(sys.argv[1]))",
                str(db),
            ],
            check=True,
        )
    server_cpu = cpu_self()
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT)
    memory = TreeMemory(proc.pid)
    spy = None
    if args.py_spy and mode == "full":
        args.py_spy.mkdir(parents=True, exist_ok=True)
        spy = [
            subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "py-spy"),
                    "record",
                    "--pid",
                    str(proc.pid),
                    "--rate",
                    "200",
                    "--format",
                    fmt,
                    "--output",
                    str(args.py_spy / name),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            for fmt, name in (("raw", "full.txt"), ("speedscope", "full.speedscope.json"))
        ]
    _, status, usage = os.wait4(proc.pid, 0)
    memory.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    server_cpu = cpu_self() - server_cpu
    for s in spy or []:
        s.wait()
    if proc.returncode != 0 or not out.exists():
        sys.exit(f"{mode} crawl failed with exit code {proc.returncode}")
    result = json.loads(out.read_text())
    pages = result["response_received_count"]
    result.update(
        mode=mode,
        pages=pages,
        pages_per_s=pages / result["crawl_seconds"],
        cpu_ms_per_page=1000 * result["crawl_cpu"] / pages,
        process_seconds=wall,
        process_cpu=usage.ru_utime + usage.ru_stime,
        main_peak_rss_mb=result["peak_rss_kb"] / 1024,  # the crawl's own process
        # The crawl's process tree, page readers included (the sampler's, at 0.5 s; at least
        # the crawl process's own exact peak).
        peak_rss_mb=max(memory.peak_rss_kb, result["peak_rss_kb"]) / 1024,
        peak_pss_mb=memory.peak_pss_kb / 1024,
        processes=memory.peak_processes,
        reader_peak_rss_mb=memory.peak_by_kind("reader"),  # the largest page reader's own peak
        timeline=memory.timeline,
        readers_cpu_ms_per_page=1000 * result["readers_cpu"] / pages,
        # The process tree's CPU per page: the crawl's process from spider_opened to
        # spider_closed plus its page readers' whole lives (they start with the crawl's first
        # article page and end at its close). The issue 13 target is on this figure.
        tree_cpu_ms_per_page=1000 * (result["crawl_cpu"] + result["readers_cpu"]) / pages,
        # The same with the crawl process's start-up and shut-down (imports, settings, exit).
        life_cpu_ms_per_page=1000 * (usage.ru_utime + usage.ru_stime) / pages,
        server_cpu_ms_per_page=1000 * server_cpu / pages,
    )
    if db.exists():
        result["db_mb"] = db.stat().st_size / 2**20
    return result


def serve_static(site: Any) -> Any:
    """The site with every page rendered once: the same handler, no rendering per request."""
    from fanwen.demo import Page

    def fixed(body: bytes) -> Any:
        return lambda base: body

    class Static:
        pages = {
            path: Page(page.content_type, fixed(page.render("")), page.last_modified)
            for path, page in site.pages.items()
            if path not in ("/robots.txt", "/sitemap.xml")  # these need the base URL
        }

    Static.pages.update({p: site.pages[p] for p in ("/robots.txt", "/sitemap.xml")})
    return Static()


def stage_lines(site_info: dict[str, Any], results: list[dict[str, Any]]) -> list[str]:
    """CPU per stage of each fanwen crawl: where a page's time goes, inside the crawl.

    ``read`` (decode, parse, extract, find the next page) is the page readers' CPU, or the
    in-process page path's with ``--workers 0``, per article page; validate, strip, sections
    and store are timed around the pipelines in the crawl's process, per stored article;
    ``rest`` is the crawl process's CPU that no stage took (Scrapy, the spider, pickling pages
    to the readers), per page.
    """
    crawls = [r for r in results if r.get("stages_cpu")]
    if not crawls:
        return []
    lines = [
        "",
        "CPU per stage (ms): read per article page (page readers, or in the crawl's process with "
        "--workers 0); validate/strip/sections/store per stored article (store includes its last "
        "commit; open = the stages' open_spider (database, migration, learned boilerplate), per crawl, in s); rest = the crawl process's "
        "other CPU per page",
        "",
        "| mode | read | validate | strip | sections | **read+strip+sections** | **store** | open s | rest |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    pages = site_info["article_pages"]
    for r in crawls:
        spent = r["stages_cpu"]
        items = max(1, r["item_scraped_count"])
        read = 1000 * (spent.get("read", 0.0) + r["readers_cpu"]) / pages
        per = {
            name: 1000 * spent.get(name, 0.0) / items for name in ("validate", "strip", "sections", "store")
        }
        pipeline_cpu = sum(v for k, v in spent.items() if k != "read")
        rest = 1000 * (r["crawl_cpu"] - pipeline_cpu - spent.get("read", 0.0)) / r["pages"]
        page_path = read + (per["validate"] + per["strip"] + per["sections"]) * items / pages
        lines.append(
            f"| {r['mode']} | {read:.2f} | {per['validate']:.2f} | {per['strip']:.2f} | {per['sections']:.2f} "
            f"| {page_path:.2f} (target <= {TARGET_PAGE_MS:g}) | {per['store']:.2f} (target <= {TARGET_STORE_MS:g}) "
            f"| {sum(v for k, v in spent.items() if k.endswith('/open')):.2f} | {rest:.2f} |"
        )
    return lines


def report(site_info: dict[str, Any], results: list[dict[str, Any]]) -> str:
    lines = [
        f"site ({site_info['site']}): {site_info['articles']} articles, {site_info['article_pages']} article pages, "
        f"{site_info['pages']} pages; server: {site_info['server']}",
    ]
    if site_info.get("shape"):
        shape = site_info["shape"]
        lines.append(
            f"real shape: Han characters per article median {shape['han_chars_median']:.0f} "
            f"(p10 {shape['han_chars_p10']:.0f}, p90 {shape['han_chars_p90']:.0f}, "
            f"{shape['han_chars_min']}-{shape['han_chars_max']}), sections median {shape['sections_median']:.0f} "
            f"(max {shape['sections_max']}), {shape['collections']} 篇一…篇三 collections, "
            f"{shape['two_page_articles']} on two pages"
        )
    lines += [
        "",
        "| mode | readers | pages | items | crawl s | pages/s | CPU ms/page (crawl) "
        "| readers CPU ms/page | **tree CPU ms/page** | tree CPU ms/page incl. start-up "
        "| server CPU ms/page | peak RSS MB (all) | peak PSS MB (all) | peak RSS MB (crawl process) "
        "| peak RSS MB (a page reader) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['mode']} | {r['workers']} | {r['pages']} | {r['item_scraped_count']} "
            f"| {r['crawl_seconds']:.1f} | {r['pages_per_s']:.1f} | {r['cpu_ms_per_page']:.2f} "
            f"| {r['readers_cpu_ms_per_page']:.2f} | {r['tree_cpu_ms_per_page']:.2f} "
            f"| {r['life_cpu_ms_per_page']:.2f} | {r['server_cpu_ms_per_page']:.2f} "
            f"| {r['peak_rss_mb']:.0f} | {r['peak_pss_mb']:.0f} | {r['main_peak_rss_mb']:.0f} "
            f"| {r['reader_peak_rss_mb']:.0f} |"
        )
    lines += stage_lines(site_info, results)
    lines += ["", "RSS MB over each crawl (crawl's process / page readers), at each tenth of its samples:"]
    for r in results:
        timeline = r.get("timeline") or []
        marks = (
            [timeline[min(len(timeline) - 1, len(timeline) * k // 10)] for k in range(1, 11)]
            if timeline
            else []
        )
        lines.append(
            f"- {r['mode']}: " + ", ".join(f"{crawl:.0f}/{readers:.0f}" for _, crawl, readers in marks)
        )
    by_mode: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        by_mode.setdefault(r["mode"], []).append(r)
    if "bare" in by_mode and "full" in by_mode:
        best = {m: max(rs, key=lambda r: r["pages_per_s"]) for m, rs in by_mode.items()}

        def pairs(mode: str) -> list[float]:
            """Each crawl of ``mode`` against the bare crawl just before it: the machine's load
            drifts, and neighbours in time see the same load."""
            return sorted(
                r["pages_per_s"] / b["pages_per_s"]
                for b, r in zip(by_mode["bare"], by_mode[mode], strict=False)
            )

        def peak(key: str) -> float:
            return max(r[key] for r in by_mode["full"]) / max(r[key] for r in by_mode["bare"])

        full_pairs = pairs("full")
        speed = statistics.median(full_pairs)  # the result
        memory, pss = peak("peak_rss_mb"), peak("peak_pss_mb")
        cpu = best["full"]["cpu_ms_per_page"] / best["bare"]["cpu_ms_per_page"]

        def tree_cpu(mode: str) -> float:
            """Lowest tree CPU per page of ``mode`` against bare's lowest (the least disturbed runs)."""
            low = {m: min(r["tree_cpu_ms_per_page"] for r in by_mode[m]) for m in ("bare", mode)}
            return low[mode] / low["bare"]

        tree = tree_cpu("full")
        if "generic" in by_mode:
            lines += [
                "",
                f"generic/bare pages/s, pairs {', '.join(f'{p:.2f}' for p in pairs('generic'))}",
                f"generic/bare tree CPU per page: {tree_cpu('generic'):.2f}",
                "generic/bare peak RSS: "
                f"{max(r['peak_rss_mb'] for r in by_mode['generic']) / max(r['peak_rss_mb'] for r in by_mode['bare']):.2f}, "
                "PSS: "
                f"{max(r['peak_pss_mb'] for r in by_mode['generic']) / max(r['peak_pss_mb'] for r in by_mode['bare']):.2f}",
            ]
        lines += [
            "",
            f"full/bare pages/s, median of {len(full_pairs)} pair(s) {', '.join(f'{p:.2f}' for p in full_pairs)}: "
            f"{speed:.2f} (target >= {TARGET_SPEED}: {'met' if speed >= TARGET_SPEED else 'MISSED'})",
            f"full/bare pages/s, best of each mode: {best['full']['pages_per_s'] / best['bare']['pages_per_s']:.2f}",
            f"full/bare peak RSS: {memory:.2f} (target <= {TARGET_MEMORY}: {'met' if memory <= TARGET_MEMORY else 'MISSED'})",
            f"full/bare peak PSS: {pss:.2f}",
            f"full/bare CPU per page (crawl process): {cpu:.2f}",
            f"full/bare CPU per page (process tree: crawl + page readers): {tree:.2f} "
            f"(target <= {TARGET_TREE_CPU}: {'met' if tree <= TARGET_TREE_CPU else 'MISSED'})",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    from realsite import add_site_arguments

    add_site_arguments(
        parser, 2000, "the demo site with --articles extra synthetic articles (the figures before issue 13)"
    )
    parser.add_argument("--modes", default="bare,full")
    parser.add_argument(
        "--variety",
        action="store_true",
        help="the real-shape site with its variety (column box, feeds, a date slot below: bench/realsite.py)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="crawls per mode, interleaved")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--per-domain", type=int, default=8)
    parser.add_argument("--static", action="store_true", help="pre-render the pages")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="ms each answer waits, as a real site's would (default 0)"
    )
    parser.add_argument(
        "--workers", default=None, help="FANWEN_WORKERS of the full crawl (default: fanwen's, auto)"
    )
    parser.add_argument(
        "--existing-db",
        action="store_true",
        help="the full crawl writes to a database migrated beforehand, as a scheduled crawl after the first does",
    )
    parser.add_argument("--py-spy", type=Path, help="profile the full crawl into this folder")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    parser.add_argument(
        "--tracemalloc",
        type=Path,
        metavar="FILE",
        help="trace the crawl process's Python memory; writes MODE-FILE (slows the crawl: not for timing)",
    )
    parser.add_argument(
        "--heap",
        type=Path,
        metavar="FILE",
        help="as --tracemalloc without tracemalloc: RSS, malloc's heap and SQLite's memory only",
    )
    parser.add_argument(
        "--trace-every", type=int, default=1000, metavar="N", help="snapshot every N responses"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--trace", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(
            args.child,
            args.url,
            args.db,
            args.out,
            args.concurrency,
            args.per_domain,
            args.workers,
            args.trace,
        )
        return

    from fanwen.demo import build_site, serve

    if args.site == "real":
        from realsite import build_real_site, describe

        site = build_real_site(args.articles, args.seed, variety=args.variety)
    else:
        site = build_site(extra_articles=args.articles)
    article_pages = sum(1 for path in site.pages if re.search(r"/\d+(?:_\d+)?\.html$", path))
    site_info = {
        "site": args.site,
        "shape": describe(site) if args.site == "real" else None,
        "articles": len(site.articles),
        "article_pages": article_pages,
        "pages": len(site.pages),
        "server": ("pre-rendered" if args.static else "demo (renders per request)")
        + (f", {args.latency:g} ms latency" if args.latency else ""),
    }
    served = serve_static(site) if args.static else site
    results = []
    with (
        tempfile.TemporaryDirectory(prefix="fanwen-bench-") as tmp,
        serve(served, latency=args.latency / 1000) as url,
    ):  # type: ignore[arg-type]
        for _ in range(args.repeat):
            for mode in args.modes.split(","):
                results.append(run_mode(mode, url, args, Path(tmp)))
                print(
                    f"{mode}: {results[-1]['pages']} pages in {results[-1]['crawl_seconds']:.1f} s",
                    file=sys.stderr,
                )
    print(report(site_info, results))
    if args.json:
        print(json.dumps({"site": site_info, "results": results}))


if __name__ == "__main__":
    main()
