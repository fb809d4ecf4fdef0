"""Commands that crawl: ``fanwen demo`` and ``fanwen crawl``."""

from __future__ import annotations

import sys
import time
from typing import Any

import click

from fanwen.cli import main
from fanwen.cli.common import DB_OPTION, check_db, open_db, sqlite_path
from fanwen.db import resolve_db_url, summary
from fanwen.profiles import ProfileError


@main.command()
@DB_OPTION
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def demo(db: str | None, verbose: bool) -> None:
    """Serve the bundled demo site on 127.0.0.1, crawl it into the database, print a summary.

    No internet needed: the site ships with fanwen.

    \b
    Example:
        fanwen demo --db /tmp/demo.db
    """
    from fanwen.demo import build_site, serve

    url = resolve_db_url(db)
    check_db(url)
    with serve(build_site()) as base_url:
        click.echo(f"Demo site serving at {base_url}")
        stats, seconds = _crawl(
            [("demo", base_url + "/")],
            url,
            {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
            "INFO" if verbose else "WARNING",
        )
    _print_summary(url, stats, seconds)
    shown = db if db else ""
    flag = f" --db {shown}" if shown else ""
    click.echo("\nTry:")
    click.echo(f"  fanwen search 区域协调{flag}")
    click.echo(f"  fanwen show 1{flag}")
    click.echo(
        f'  sqlite3 {sqlite_path(url) or "fanwen.db"} "SELECT kind, heading FROM sections WHERE article_id = 1"'
    )


@main.command()
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...")
@DB_OPTION
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after this many pages (per target).")
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="A Scrapy setting, as scrapy crawl -s.",
)
@click.option("-L", "--log-level", default="INFO", show_default=True, help="Scrapy log level.")
def crawl(
    targets: tuple[str, ...],
    db: str | None,
    max_pages: int | None,
    overrides: tuple[str, ...],
    log_level: str,
) -> None:
    """Crawl each TARGET into the database: a site profile (bundled name or .toml file) or a start URL.

    Runs the same spider as `scrapy crawl articles -a target=TARGET`. Exit code 1 when a crawl
    did not finish cleanly.

    \b
    Examples:
        fanwen crawl https://www.example.cn/xinde/ --max-pages 50
        fanwen crawl mysite.toml -s DOWNLOAD_DELAY=2 --db archive.db
    """
    from fanwen.spiders.articles import resolve_target

    try:
        for target in targets:
            resolve_target(target)
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc
    settings: dict[str, Any] = {}
    for override in overrides:
        name, sep, value = override.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {override!r}", param_hint="-s")
        settings[name] = value
    if max_pages:
        settings["CLOSESPIDER_PAGECOUNT"] = max_pages
    url = resolve_db_url(db)
    check_db(url)
    stats, seconds = _crawl([(t, None) for t in targets], url, settings, log_level)
    _print_summary(url, stats, seconds)
    if any(s.get("finish_reason") not in ("finished", "closespider_pagecount") for s in stats):
        sys.exit(1)


def _crawl(
    targets: list[tuple[str, str | None]], db_url: str, overrides: dict[str, Any], log_level: str
) -> tuple[list[dict[str, Any]], float]:
    """Run the articles spider once per target in one Scrapy process; their stats and the time."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from fanwen.spiders.articles import ArticleSpider

    settings = Settings()
    settings.setmodule("fanwen.settings", priority="project")
    settings.set("FANWEN_DB", db_url, priority="cmdline")
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for target, start_url in targets:
        crawler = process.create_crawler(ArticleSpider)
        crawlers.append(crawler)
        process.crawl(crawler, target=target, start_url=start_url)
    started = time.monotonic()
    process.start()
    return [dict(c.stats.get_stats()) if c.stats else {} for c in crawlers], time.monotonic() - started


def _print_summary(db_url: str, stats: list[dict[str, Any]], seconds: float) -> None:
    def total(key: str) -> int:
        return sum(int(s.get(key, 0)) for s in stats)

    with open_db(db_url) as engine:
        counts = summary(engine)
    click.echo(
        f"Crawled {total('response_received_count')} pages in {seconds:.1f} s: "
        f"{total('fanwen/store/articles_new')} new, {total('fanwen/store/articles_changed')} changed, "
        f"{total('fanwen/store/articles_unchanged')} unchanged articles; "
        f"{total('fanwen/sections/sections')} sections; {total('fanwen/strip/removed')} fragments removed; "
        f"{total('item_dropped_count')} dropped; {total('log_count/ERROR')} errors."
    )
    click.echo(
        f"Database {db_url}: {counts['articles']} articles, {counts['sections']} sections, "
        f"{counts['removed_fragments']} removed fragments, {counts['crawl_runs']} runs."
    )
