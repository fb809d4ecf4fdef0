"""The ``fanwen`` command line: crawl, run the demo, extract saved pages, query the database."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from fanwen.db import DatabaseError, get_article, list_runs, make_engine, migrate, resolve_db_url, search, summary
from fanwen.items import Article
from fanwen.profiles import ProfileError

DB_OPTION = click.option(
    "--db",
    "db",
    metavar="PATH_OR_URL",
    envvar="FANWEN_DB",
    help="SQLite file or SQLAlchemy URL (default: $FANWEN_DB, else ./fanwen.db).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="fanwen")
def main() -> None:
    """Crawl Chinese article sites into a clean, sectioned, searchable SQLite archive.

    \b
    Example:
        fanwen demo                       # crawl the bundled demo site into ./fanwen.db
        fanwen search 区域协调             # find it again
    """


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
    _check_db(url)
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
    click.echo(f"  sqlite3 {_sqlite_path(url) or 'fanwen.db'} \"SELECT kind, heading FROM sections WHERE article_id = 1\"")


@main.command()
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...")
@DB_OPTION
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after this many pages (per target).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="A Scrapy setting, as scrapy crawl -s.")
@click.option("-L", "--log-level", default="INFO", show_default=True, help="Scrapy log level.")
def crawl(targets: tuple[str, ...], db: str | None, max_pages: int | None, overrides: tuple[str, ...], log_level: str) -> None:
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
    _check_db(url)
    stats, seconds = _crawl([(t, None) for t in targets], url, settings, log_level)
    _print_summary(url, stats, seconds)
    if any(s.get("finish_reason") not in ("finished", "closespider_pagecount") for s in stats):
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="The page's URL (dates in URLs count as evidence).")
@click.option("--encoding", help="Decode the files with this encoding instead of detecting it.")
def extract(files: tuple[Path, ...], url: str | None, encoding: str | None) -> None:
    """Extract, strip and section saved pages offline; print one JSON object per file.

    No database, no network: the same code the crawl runs. A file that fails gives one error
    line on stderr; the others still print; the exit code is 1.

    \b
    Example:
        fanwen extract page.html --url https://www.example.cn/a/123.html | jq .sections
    """
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import PageError, process_file
    from fanwen.strip import load_rules

    rules = load_rules()
    failed = 0
    for path in files:
        try:
            article = process_file(path, rules, url=url, encoding=encoding)
        except (PageError, NotAnArticle) as exc:
            click.echo(f"fanwen extract: {path}: {exc}", err=True)
            failed += 1
            continue
        click.echo(json.dumps(article_json(article, file=str(path)), ensure_ascii=False))
    if failed:
        sys.exit(1)


@main.command(name="search")
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search_command(query: str, db: str | None, limit: int, as_json: bool) -> None:
    """Find articles whose title, headings or text contain QUERY (any Chinese substring).

    \b
    Example:
        fanwen search 区域协调 --limit 5
    """
    with _engine(db) as engine:
        hits = search(engine, query, limit=limit)
    for hit in hits:
        if as_json:
            click.echo(json.dumps({**hit.__dict__, "published": _iso(hit.published)}, ensure_ascii=False))
        else:
            where = f" › {hit.heading}" if hit.heading else ""
            click.echo(f"[{hit.article_id}] {hit.title}{where}  {_iso(hit.published) or ''}\n    {hit.snippet}\n    {hit.url}")
    if not hits and not as_json:
        click.echo("no matches", err=True)


@main.command()
@click.argument("id_or_url")
@DB_OPTION
@click.option("--removed", is_flag=True, help="Also list what the strip stage removed, and why.")
def show(id_or_url: str, db: str | None, removed: bool) -> None:
    """Print one stored article with its sections, by id or URL.

    \b
    Example:
        fanwen show 1 --removed
    """
    with _engine(db) as engine:
        view = get_article(engine, id_or_url)
    if view is None:
        raise click.ClickException(f"no article {id_or_url!r}")
    click.echo(f"# {view.title}\n")
    meta = [("URL", view.url), ("Published", _iso(view.published)), ("Author", view.author), ("Source", view.source), ("Category", view.category)]
    for label, value in meta:
        if value:
            click.echo(f"{label}: {value}")
    for section in view.sections:
        click.echo()
        if section.heading:
            click.echo(f"{'#' * (section.level + 1)} {section.heading}  [{section.kind}]")
        else:
            click.echo(f"[{section.kind}]")
        click.echo(section.text)
    if removed and view.removed:
        click.echo("\nRemoved:")
        for fragment in view.removed:
            click.echo(f"  {fragment.rule}: {fragment.text}")


@main.command()
@DB_OPTION
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
def runs(db: str | None, limit: int) -> None:
    """List recent crawl runs, newest first.

    \b
    Example:
        fanwen runs --limit 5
    """
    with _engine(db) as engine:
        for run in list_runs(engine, limit=limit):
            click.echo(
                f"#{run.id} {run.status:<11} {_iso(run.started)}  pages={run.pages_fetched} "
                f"new={run.articles_new} changed={run.articles_changed} unchanged={run.articles_unchanged} "
                f"dropped={run.articles_dropped} errors={run.errors}  {run.targets or ''}"
            )


def article_json(article: Article, file: str | None = None) -> dict[str, Any]:
    """The JSON shape of ``fanwen extract`` (and of exports)."""
    return {
        "file": file,
        "url": article.url,
        "title": article.title,
        "published": _iso(article.published),
        "author": article.author,
        "source": article.source,
        "category": article.category,
        "truncated": article.truncated,
        "sections": [
            {"kind": s.kind, "level": s.level, "heading": s.heading, "text": s.text} for s in article.sections
        ],
        "removed": [{"rule": r.rule, "text": r.text} for r in article.removed],
        "text": article.text,
    }


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

    with _engine(db_url) as engine:
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


@contextmanager
def _engine(db: str | None) -> Iterator[Any]:
    url = resolve_db_url(db)
    path = _sqlite_path(url)
    if path is not None and not Path(path).exists():
        raise click.ClickException(f"no database at {path} (run `fanwen demo` or `fanwen crawl` first)")
    engine = make_engine(url)
    try:
        migrate(engine)
        yield engine
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()


def _check_db(url: str) -> None:
    """Fail before crawling, not after: the database must open and migrate."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()


def _sqlite_path(url: str) -> str | None:
    prefix = "sqlite:///"
    return url[len(prefix) :] if url.startswith(prefix) and url != prefix + ":memory:" else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
