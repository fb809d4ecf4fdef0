"""Commands that crawl: ``fanwen demo`` and ``fanwen crawl``.

Exit codes (for cron and systemd; docs/scheduling.md): 0 every crawl finished, 1 a crawl
failed or the database cannot be used, 2 a usage error, 3 interrupted (SIGTERM, Ctrl-C),
4 a crawl read article pages and stored none of them, 75 another crawl holds the database,
or another program its write lock (EX_TEMPFAIL: try again later).
"""

from __future__ import annotations

import logging
import shlex
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import click

from fanwen.cli import main
from fanwen.cli.common import (
    DB_OPTION,
    EXIT_LOCKED,
    check_db,
    checked_url,
    locked,
    open_db,
    sqlite_path,
    workers_option,
)
from fanwen.config import LOG_LEVELS
from fanwen.profiles import ProfileError, parse_duration

EXIT_FAILED = 1
EXIT_INTERRUPTED = 3
EXIT_NOTHING_STORED = 4
NOT_ARTICLE = "fanwen/extract/not_article/"  # stats prefix: pages read that were no article, by reason
INTERRUPTED_KEY = "fanwen/cli/interrupted"  # set in a crawl's stats when a signal stopped the process


@contextmanager
def run_lock(db_url: str, wait: float) -> Iterator[None]:
    """Hold the database's run lock for the whole command, or exit with EXIT_LOCKED."""
    from fanwen.db.engine import DatabaseError
    from fanwen.db.lock import DatabaseLocked, RunLock

    lock = RunLock(checked_url(db_url), wait=wait)
    try:
        lock.acquire()
    except DatabaseLocked as exc:
        locked(exc)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield
    finally:
        lock.release()


def exit_code(stats: list[dict[str, Any]]) -> int:
    """The command's exit code from each crawl's stats.

    >>> exit_code([{"finish_reason": "finished"}]), exit_code([{"finish_reason": "shutdown"}])
    (0, 3)
    >>> exit_code([{"finish_reason": "finished", "fanwen/spider/article_failed": 4}])
    4
    """
    from fanwen.extensions.storage import LOCKED_REASON, NOTHING_STORED, run_status  # imports Scrapy

    reasons = [s.get("finish_reason") for s in stats]
    if LOCKED_REASON in reasons:
        return EXIT_LOCKED
    if any(s.get(INTERRUPTED_KEY) for s in stats):
        return EXIT_INTERRUPTED  # Ctrl-C or SIGTERM, even one that forced an unclean stop
    statuses = [run_status(s.get("finish_reason"), s) for s in stats]
    if "failed" in statuses:
        return EXIT_FAILED
    if NOTHING_STORED in statuses:
        return EXIT_NOTHING_STORED
    if "interrupted" in statuses:
        return EXIT_INTERRUPTED
    return 0


# The demo site's usual port, and the origin its pages are stored under whatever the port.
DEMO_PORT = 8537
DEMO_ORIGIN = "http://demo.fanwen.localhost"
EXAMPLE_PATH = "/pinglun/1001.html"  # the page ../shared/seed/article.txt came from


@main.command()
@DB_OPTION
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEMO_PORT,
    show_default=True,
    help="Port of the demo site on 127.0.0.1; a busy port falls back to a free one, 0 asks for one.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def demo(db: str | None, port: int, verbose: bool) -> None:
    """Serve the bundled demo site on 127.0.0.1, crawl it into the database, print a summary.

    No internet needed: the site ships with fanwen. Run it twice to see an incremental crawl:
    the second run finds nothing new and fetches nothing that is not due.

    \b
    Example:
        fanwen demo --db /tmp/demo.db
    """
    from fanwen.db.engine import resolve_db_url
    from fanwen.demo import build_site

    url = resolve_db_url(db)
    with run_lock(url, 0), ExitStack() as stack:
        check_db(url)
        base_url = _serve_demo(stack, build_site(), port)
        click.echo(f"Demo site serving at {base_url}")
        # The crawl asks for DEMO_ORIGIN's pages through the demo server as its HTTP proxy, so
        # the stored URLs are the same whatever port the server got: a second run is
        # incremental even when the usual port was busy (Scrapy's proxy support, from the
        # standard environment variable, for this process only).
        stack.enter_context(_environment(http_proxy=base_url, no_proxy=None, NO_PROXY=None, HTTP_PROXY=None))
        stats, seconds = _crawl(
            [("demo", DEMO_ORIGIN + "/")],
            url,
            {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
            "INFO" if verbose else "WARNING",
        )
    _print_summary(url, stats, seconds)
    _print_outcomes(["demo"], stats)
    code = exit_code(stats)
    if code:
        sys.exit(code)
    # Quoted as a shell reads them: a path with a space or a quote in it is pasted whole.
    flag = f" --db {shlex.quote(db)}" if db else ""
    example = DEMO_ORIGIN + EXAMPLE_PATH
    click.echo("\nTry:")
    click.echo(f"  fanwen search 区域协调{flag}")
    click.echo(f"  fanwen show {example} --removed{flag}")
    click.echo(
        f'  sqlite3 {shlex.quote(sqlite_path(url) or "fanwen.db")} "SELECT kind, level, heading FROM article_sections'
        f" WHERE url = '{example}'\""
    )


@contextmanager
def _environment(**values: str | None) -> Iterator[None]:
    """Set (or, for None, unset) environment variables for the block, then restore them."""
    import os

    def put(settings: dict[str, str | None]) -> None:
        for name, value in settings.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    saved = {name: os.environ.get(name) for name in values}
    try:
        put(values)
        yield
    finally:
        put(saved)


def _serve_demo(stack: ExitStack, site: Any, port: int) -> str:
    """Serve the demo site on ``port``, or on a free port when that one is taken."""
    from fanwen.demo import serve

    try:
        return stack.enter_context(serve(site, port=port))
    except OSError as exc:
        click.echo(f"Port {port} is busy ({exc.strerror}); serving the demo on a free port.", err=True)
        return stack.enter_context(serve(site, port=0))


class Seconds(click.FloatRange):
    """``--wait``, ``--idle``: a finite number of seconds, at least 0 (click's range lets NaN and
    infinity through: ``--wait nan`` ended in a traceback, exit 1)."""

    name = "seconds"

    def __init__(self) -> None:
        super().__init__(min=0)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import math

        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"must be a number of seconds of at least 0, not {value!r}", param, ctx)
        return number


@main.command()
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...")
@DB_OPTION
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    help="Fetch at most this many pages (per target; robots.txt aside; a page's retries are that page).",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="A Scrapy setting, as scrapy crawl -s; checked first (a number of its kind's range: "
    "CONCURRENT_REQUESTS at least 1, RETRY_TIMES at least 0; docs/settings.md): a bad one is exit 2.",
)
@click.option(
    "-L",
    "--log-level",
    type=click.Choice(LOG_LEVELS, case_sensitive=False),
    default="INFO",
    show_default=True,
    help="Scrapy log level.",
)
@click.option("--start-url", metavar="URL", help="Point a profile TARGET at another address.")
@click.option(
    "--scope",
    type=click.Choice(["path", "site"]),
    default="path",
    show_default=True,
    help="path: follow listings only under the start URL's path (a column such as /xinde/); its "
    "articles are fetched wherever they are. site: the whole site.",
)
@click.option(
    "--wait",
    type=Seconds(),
    default=0,
    metavar="SECONDS",
    help="If another crawl is writing to the database, wait this long for it (default: exit 75 at once; "
    "another program's write lock: at least 5 s).",
)
@click.option(
    "--refresh",
    metavar="DURATION",
    help="Fetch stored articles again once this old (30m, 12h, 7d; 0: every one, conditionally).",
)
@click.option("--full", is_flag=True, help="Not incremental: walk every listing, fetch every article.")
@click.option("--jobdir", metavar="DIR", help="Scrapy JOBDIR: a crawl stopped with SIGTERM resumes from DIR.")
@workers_option("one fewer than the CPUs, one being Scrapy's")
@click.option(
    "--queue",
    metavar="REDIS_URL",
    help="Share the request queue and dupefilter in Redis (redis://host:6379/0) with every process started "
    "with the same TARGET and --db: the first seeds, the others join (pip install 'fanwen[distributed]').",
)
@click.option(
    "--idle",
    type=Seconds(),
    default=30,
    show_default=True,
    metavar="SECONDS",
    help="With --queue: stop once the queue has been empty and every process idle this long.",
)
def crawl(
    targets: tuple[str, ...],
    db: str | None,
    max_pages: int | None,
    overrides: tuple[str, ...],
    log_level: str,
    start_url: str | None,
    scope: str,
    wait: float,
    refresh: str | None,
    full: bool,
    jobdir: str | None,
    workers: int | str | None,
    queue: str | None,
    idle: float,
) -> None:
    """Crawl each TARGET into the database: a site profile (bundled name or .toml file) or a start URL.

    Runs the same spider as `scrapy crawl articles -a target=TARGET`; several TARGETs one after
    the other into a SQLite file (at once into PostgreSQL), each its own run; a TARGET given again
    (the same address as Scrapy's dupefilter reads it: #fragment, http://x.cn and http://x.cn/; the same
    profile file) is crawled once, with one line. Incremental: stored
    articles are fetched again only when due (--refresh), and conditionally. One crawl per
    database at a time. Exit codes: 0 finished, 1 failed (no page could be fetched), 2 usage,
    3 interrupted, 4 nothing stored (article pages read, none kept; or a first crawl found no
    article; stored articles read again that give nothing now are nothing new: 0), 75 another crawl holds the database, or another program its write lock (docs/scheduling.md). A crawl that stored
    nothing says why in one line.

    \b
    Examples:
        fanwen crawl https://www.example.cn/xinde/ --max-pages 50
        fanwen crawl mysite.toml -s DOWNLOAD_DELAY=2 --db archive.db
        fanwen crawl mysite.toml --wait 600 --refresh 7d    # from cron
        fanwen crawl mysite.toml --db postgresql+psycopg://db/fanwen --queue redis://db:6379/0
    """
    from fanwen.config import SettingError, check_setting_names, check_settings
    from fanwen.spiders.articles import resolve_target

    try:
        targets = _distinct(targets, [resolve_target(target, start_url) for target in targets])
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from exc
    settings: dict[str, Any] = {}
    for override in overrides:
        name, sep, value = override.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {override!r}", param_hint="-s")
        settings[name] = value.upper() if name == "LOG_LEVEL" else value
    if max_pages:
        settings["FANWEN_MAX_PAGES"] = max_pages
    if refresh is not None:
        try:
            parse_duration(refresh)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--refresh") from exc
        settings["FANWEN_REFRESH_INTERVAL"] = refresh
    if full:
        settings["FANWEN_INCREMENTAL_ENABLED"] = False
    if jobdir:
        settings["JOBDIR"] = jobdir
    if settings.get("JOBDIR"):  # --jobdir, or -s JOBDIR=
        _check_jobdir(settings["JOBDIR"])
    if workers is not None:
        settings["FANWEN_WORKERS"] = workers
    queue = queue or settings.get("FANWEN_QUEUE")  # --queue, or -s FANWEN_QUEUE=...
    if queue:
        _check_queue(queue)
        settings["FANWEN_QUEUE"] = queue
        settings.setdefault("FANWEN_IDLE", idle)
    try:
        warnings = check_setting_names(override.partition("=")[0] for override in overrides)
        check_settings(settings)
    except SettingError as exc:
        raise click.UsageError(str(exc)) from exc
    for warning in warnings:
        click.echo(f"Warning: -s {warning}", err=True)
    from fanwen.db.engine import resolve_db_url

    url = resolve_db_url(db)
    # A worker of a distributed run shares the run lock: the crawl's storage owner takes it.
    with run_lock(url, wait) if not queue else ExitStack():
        check_db(url, wait)
        stats, seconds = _crawl([(t, start_url) for t in targets], url, settings, log_level, scope)
    _print_summary(url, stats, seconds)
    _print_outcomes(list(targets), stats)
    code = exit_code(stats)
    if code:
        sys.exit(code)


def _distinct(targets: tuple[str, ...], resolved: list[Any]) -> tuple[str, ...]:
    """The targets, each crawled once: a start address given again, as the same page by Scrapy's
    dupefilter (its canonical URL: a fragment, the host's case or its root slash, the query's order,
    a tracking parameter), or a profile file given again, is left out with one line on stderr (it
    crawled the pages twice, as two runs). Another path (``/a`` and ``/a/``) is another address."""
    from pathlib import Path

    from fanwen.spiders.links import canonical

    first: dict[tuple[str, str], str] = {}
    kept = []
    for target, profile in zip(targets, resolved, strict=True):
        key = (
            ("address", canonical(target))
            if "://" in target
            else ("profile", str(Path(profile.path or target).resolve()))
        )
        if key in first:
            click.echo(f"Note: {target} is the same {key[0]} as {first[key]}: crawled once", err=True)
            continue
        first[key] = target
        kept.append(target)
    return tuple(kept)


def _check_jobdir(path: str) -> None:
    """The job directory exists or can be made, and is a directory: else one line, exit 2
    (Scrapy's and fanwen's JOBDIR code raised from inside the crawl: a traceback, exit 1)."""
    from pathlib import Path

    if Path(path).exists() and not Path(path).is_dir():
        raise click.BadParameter(f"{path} is a file, not a job directory", param_hint="--jobdir")
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.BadParameter(
            f"cannot make the job directory {path}: {exc.strerror}", param_hint="--jobdir"
        ) from None


def _check_queue(url: str) -> None:
    """The shared queue answers, and the extra that talks to it is installed: else one line."""
    try:
        import redis
        import scrapy_redis  # noqa: F401
    except ImportError:
        raise click.UsageError(
            "--queue needs the distributed extra: pip install 'fanwen[distributed]'"
        ) from None
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise click.BadParameter(f"not a Redis URL: {url} (redis://host:6379/0)", param_hint="--queue")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except redis.RedisError as exc:
        raise click.ClickException(f"cannot reach the queue at {url}: {exc}") from exc


def _crawl(
    targets: list[tuple[str, str | None]],
    db_url: str,
    overrides: dict[str, Any],
    log_level: str,
    scope: str = "path",
) -> tuple[list[dict[str, Any]], float]:
    """Run the articles spider once per target in one Scrapy process; their stats and the time."""
    import signal

    # Until Scrapy's reactor exists, a signal is only noted: a KeyboardInterrupt raised in the
    # middle of importing or setting up Scrapy can be swallowed there, and the crawl then runs;
    # and Scrapy's own handler imports twisted.internet.reactor, which before the first crawler
    # installed the asyncio reactor installs Twisted's default one (every crawl then fails in an
    # unhandled Deferred).
    early: list[int] = []

    def note(signum: int, frame: Any) -> None:
        early.append(signum)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, note)
    from scrapy.settings import Settings

    from fanwen.spiders.articles import ArticleSpider

    settings = Settings()
    settings.setmodule("fanwen.settings", priority="project")
    settings.set("FANWEN_DB", db_url, priority="cmdline")
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    from scrapy.utils.ossignal import install_shutdown_handlers

    process = _process_class()(settings)
    if early:
        return [{INTERRUPTED_KEY: True} for _ in targets], 0.0
    # A site that cannot be reached is a fact about the site, not a bug: one line, no traceback.
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_one_line)
    crawlers = [process.create_crawler(ArticleSpider) for _ in targets]
    # One SQLite file takes one writer at a time, and every crawl here writes from the one
    # reactor thread: a crawl waiting for the lock another holds (its open batch) blocks the
    # thread that would commit that batch, until the 30 s busy timeout fails its write. So on
    # SQLite the targets are crawled one after the other (`fanwen crawl A B` lost articles and
    # took minutes); PostgreSQL takes them at once.
    one_by_one = sqlite_path(db_url) is not None

    def run(number: int) -> None:
        target, start_url = targets[number]
        done = process.crawl(crawlers[number], target=target, start_url=start_url, scope=scope)
        if one_by_one and number + 1 < len(targets):
            done.addBoth(next_after, number)

    def next_after(result: Any, number: int) -> Any:
        if not process.interrupted:  # a signal stops the whole command
            run(number + 1)
        return result

    for first in range(1 if one_by_one else len(targets)):
        run(first)  # the first installs the reactor
    # Scrapy installs its signal handlers once the reactor runs; its handler now, so a signal
    # from here on queues the stop for the reactor's start (a signal noted meanwhile too).
    install_shutdown_handlers(process._signal_shutdown)
    if early:
        process._signal_shutdown(early[0], None)
    started = time.monotonic()
    try:
        process.start()
    except KeyboardInterrupt:  # before the reactor's handlers were installed
        process.interrupted = True
    # The reactor is gone: a signal while the summary is written is only noted.
    install_shutdown_handlers(note)
    from fanwen.extensions.storage import Storage

    for crawler in crawlers:
        Storage.end_unclosed(crawler)
    stats = [_stats(c) for c in crawlers]
    if process.interrupted or early:
        for crawl_stats in stats:
            crawl_stats[INTERRUPTED_KEY] = True
    return stats, time.monotonic() - started


def _stats(crawler: Any) -> dict[str, Any]:
    """A crawl's stats; none for a target a signal stopped before its crawl started (one after
    the other on SQLite), whose crawler has no stats collector yet (Scrapy raises)."""
    try:
        stats = crawler.stats
    except RuntimeError:
        return {}
    return dict(stats.get_stats()) if stats else {}


def _process_class() -> type:
    from scrapy.crawler import CrawlerProcess

    class Process(CrawlerProcess):
        """Scrapy's process, remembering that a signal (Ctrl-C, SIGTERM) asked it to stop."""

        interrupted = False

        def _signal_shutdown(self, signum: int, frame: Any) -> None:
            self.interrupted = True
            super()._signal_shutdown(signum, frame)

    return Process


def _one_line(record: logging.LogRecord) -> bool:
    """Keep a log record's message, drop its traceback (robots.txt that could not be fetched)."""
    record.exc_info = None
    record.exc_text = None
    return True


def _print_summary(db_url: str, stats: list[dict[str, Any]], seconds: float) -> None:
    from fanwen.db import summary

    def total(key: str) -> int:
        return sum(int(s.get(key, 0)) for s in stats)

    def saved(key: str, part: str) -> int:
        """``key``'s total less what the database refused or rolled back (not saved)."""
        return total(key) - total(f"fanwen/store/refused_{part}") - total(f"fanwen/store/rolled_back_{part}")

    with open_db(db_url) as engine:
        counts = summary(engine)
    refused = total("fanwen/store/refused")
    click.echo(
        f"Crawled {total('downloader/response_count')} pages in {seconds:.1f} s: "
        f"{total('fanwen/store/articles_new')} new, {total('fanwen/store/articles_changed')} changed, "
        f"{total('fanwen/store/articles_replaced')} replaced, "
        f"{total('fanwen/store/articles_unchanged')} unchanged articles; "
        f"{saved('fanwen/sections/sections', 'sections')} sections; "
        f"{saved('fanwen/strip/removed', 'removed')} fragments removed; "
        f"{total('item_dropped_count') - refused} dropped; {total('fanwen/faults/total')} failed requests."
    )
    not_saved = refused + total("fanwen/store/rolled_back")
    if not_saved:
        # A full disk or another program's write lock stopped the store: the batch it rolled
        # back and every article read after it.
        why = sorted({str(s.get("finish_reason")).replace("_", " ") for s in stats if s.get("finish_reason")})
        click.echo(
            f"Not saved: {not_saved} {'article' if not_saved == 1 else 'articles'} read ({', '.join(why)}); "
            "the next crawl fetches them again."
        )
    skipped, not_modified = (
        total("fanwen/incremental/fresh_skipped"),
        total("fanwen/incremental/not_modified"),
    )
    if skipped or not_modified:
        click.echo(f"Incremental: {skipped} stored articles not due, {not_modified} not modified (304).")
    reasons: Counter[str] = Counter()
    for run in stats:
        reasons.update(_not_articles(run))
    if +reasons:
        # A re-crawl that read only listings found nothing *new*; it did find articles before.
        first = not total("fanwen/incremental/known")
        lead = "No article found: " if first and not total("item_scraped_count") else ""
        read = total("fanwen/spider/not_article") + total("fanwen/spider/undecodable")
        click.echo(f"{lead}{read} pages read were not articles ({_counts(reasons)}).")
    click.echo(
        f"Database {db_url}: {counts['articles']} articles, {counts['sections']} sections, "
        f"{counts['removed_fragments']} removed fragments, {counts['crawl_runs']} runs."
    )


def _print_outcomes(targets: list[str], stats: list[dict[str, Any]]) -> None:
    """For each crawl that stored nothing, the one line that says why: on stderr as the error of
    a non-zero exit, else (nothing new, a limit reached first) on stdout."""
    for target, run in zip(targets, stats, strict=True):
        line = outcome_line(target, run)
        if line is None:
            continue
        if exit_code([run]):
            click.echo(f"Error: {line}", err=True)
        else:
            click.echo(line[0].upper() + line[1:] + ".")


def outcome_line(target: str, stats: dict[str, Any]) -> str | None:
    """Why the crawl of ``target`` stored nothing, in one line; None when it stored articles,
    was stopped by a signal, or failed for a reason it logged itself (the database, a full disk).

    >>> outcome_line("x", {"finish_reason": "finished", "fanwen/faults/connection": 3, "fanwen/faults/total": 3})
    'nothing stored from x: no page could be fetched (3 failed requests: connection 3)'
    >>> outcome_line("x", {"finish_reason": "finished", "fanwen/incremental/known": 9,
    ...                    "fanwen/incremental/fresh_skipped": 9, "fanwen/spider/pages": 1})
    'nothing new from x: 9 stored articles not due, 0 not modified (304)'
    >>> outcome_line("x", {"finish_reason": "finished", "fanwen/incremental/known": 9, "fanwen/spider/pages": 3,
    ...                    "fanwen/incremental/fresh_skipped": 7, "fanwen/spider/stored_read": 2,
    ...                    "fanwen/spider/stored_not_article": 2})
    'nothing new from x: 2 stored articles read again, none kept (no longer an article 2); 7 stored articles not due, 0 not modified (304)'
    """
    from fanwen.extensions.storage import NOTHING_STORED, RUN_STATUS, run_status
    from fanwen.spiders.faults import NOT_ERRORS

    reason = stats.get("finish_reason")
    status = run_status(reason, stats)
    if stats.get("item_scraped_count") or stats.get(INTERRUPTED_KEY) or status == "interrupted":
        return None
    faults = _prefixed(stats, "fanwen/faults/")
    failed = faults.pop("total", 0)
    failures = f"{failed} failed requests: {_counts(faults)}" if failed else ""
    nothing = f"nothing stored from {target}: "
    if status == "failed":
        if reason not in RUN_STATUS:
            return None  # the database, a full disk: logged where it happened
        if set(faults) <= NOT_ERRORS and faults.get("robots_disallowed"):
            return nothing + f"robots.txt forbids every page asked for ({failures})"
        return nothing + f"no page could be fetched ({failures})"
    not_articles = _counts(_not_articles(stats))
    read = int(stats.get("fanwen/spider/articles", 0)) + int(stats.get("fanwen/spider/article_failed", 0))
    limit = stats.get("fanwen/max_pages/limit")
    also = f"; {failures}" if failures else ""
    if status == NOTHING_STORED:
        if read or stats.get("spider_exceptions/count"):
            kept = {
                "extraction failed": stats.get("fanwen/spider/article_failed", 0),
                "dropped": stats.get("item_dropped_count", 0),
                "spider errors": stats.get("spider_exceptions/count", 0),
            }
            return nothing + f"{read} article pages read, none kept ({_counts(Counter(kept))}{also})"
        if limit:
            return nothing + f"--max-pages {limit} was reached before any article page ({not_articles}{also})"
        return nothing + f"no page read was an article ({not_articles}{also})"
    if limit and not read:
        return nothing + f"--max-pages {limit} was reached before any article page"
    if stats.get("fanwen/incremental/known"):
        skipped, not_modified = (
            stats.get(f"fanwen/incremental/{k}", 0) for k in ("fresh_skipped", "not_modified")
        )
        stored_read = stats.get("fanwen/spider/stored_read", 0)
        gone = ""
        if stored_read:  # every one gave nothing to keep (else the crawl stored it)
            kept = {
                "no longer an article": stats.get("fanwen/spider/stored_not_article", 0),
                "dropped": stats.get("item_dropped_count", 0),
            }
            gone = f"{stored_read} stored articles read again, none kept ({_counts(Counter(kept))}); "
        return (
            f"nothing new from {target}: {gone}{skipped} stored articles not due, "
            f"{not_modified} not modified (304){also}"
        )
    return None


def _not_articles(stats: dict[str, Any]) -> Counter[str]:
    """The pages read that were no article, by reason: the extractor's, and ``not_html`` (a PDF,
    an API's JSON: pages the page path could not read as HTML)."""
    reasons = _prefixed(stats, NOT_ARTICLE)
    reasons["not_html"] += int(stats.get("fanwen/spider/undecodable", 0))
    return reasons


def _prefixed(stats: dict[str, Any], prefix: str) -> Counter[str]:
    """The stats under ``prefix``, by the rest of their names."""
    return Counter({k.removeprefix(prefix): int(v) for k, v in stats.items() if k.startswith(prefix)})


def _counts(counts: Counter[str]) -> str:
    """``connection 3, http_404 1``: the positive counts by name."""
    return ", ".join(f"{name} {count}" for name, count in sorted((+counts).items()))
