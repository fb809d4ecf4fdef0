"""Commands that read the database: ``fanwen search``, ``show``, ``list``, ``stats``, ``runs``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import click

from fanwen.cli import main
from fanwen.cli.common import DB_OPTION, console, filter_options, iso, make_filters, open_db, to_json

if TYPE_CHECKING:  # imported where used: `fanwen --help` stays fast
    from rich.text import Text

    from fanwen.db.queries import ArticleView, SearchHit

LIMIT_OPTION = click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many rows."
)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="One JSON object per line, for scripts.")


def _day(value: datetime | None) -> str:
    return value.date().isoformat() if value else ""


def _minute(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _highlighted(hit: SearchHit) -> Text:
    from rich.text import Text

    text = Text(hit.snippet)
    for start, end in hit.spans:
        text.stylize("bold yellow", start, end)
    return text


@main.command(name="search")
@click.argument("query")
@DB_OPTION
@filter_options
@LIMIT_OPTION
@JSON_OPTION
def search_command(
    query: str,
    db: str | None,
    site: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Find titles and sections containing QUERY, best first (bm25), with the match highlighted.

    Any Chinese substring of one character or more matches (区域协调 finds 推进区域协调发展);
    Latin words and numbers match whole words, the last one also as a prefix (5G网络).
    Space-separated terms must all occur in one section; "quoted words" keep their space;
    -term excludes.

    \b
    Examples:
        fanwen search 区域协调 --limit 5
        fanwen search "高考 作文 -英语" --since 2024-01-01 --json
    """
    from rich.table import Table
    from rich.text import Text

    from fanwen.db.fulltext import Query
    from fanwen.db.queries import SearchQueryError
    from fanwen.db.queries import search as search_archive

    filters = make_filters(site, since, until, kind)
    try:
        if not Query.parse(query).terms:  # "" or spaces alone: there is nothing to match
            raise click.ClickException(f"nothing to search for in {query!r}: give a word or characters")
    except SearchQueryError as error:
        raise click.ClickException(str(error)) from error
    with open_db(db, site) as engine:
        try:
            hits = search_archive(engine, query, limit=limit, filters=filters)
        except SearchQueryError as error:
            raise click.ClickException(str(error)) from error
    if as_json:
        for hit in hits:
            click.echo(to_json(hit))
        return
    if not hits:
        click.echo("no matches", err=True)
        return
    table = Table(show_lines=True)
    for name, ratio in (
        ("id", None),
        ("article / URL", 3),
        ("section", 2),
        ("snippet", 4),
        ("published", None),
    ):
        table.add_column(name, overflow="fold", ratio=ratio)
    for hit in hits:
        section = hit.heading or (f"[{hit.kind} {hit.position}]" if hit.position else "(title)")
        article = Text(hit.title or "")
        article.append("\n" + hit.url, style="dim")
        table.add_row(str(hit.article_id), article, section, _highlighted(hit), _day(hit.published))
    console().print(table)


@main.command()
@click.argument("id_or_url")
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json", "text"]),
    default="markdown",
    show_default=True,
    help="Markdown (headings by level), one JSON object, or plain text.",
)
@click.option("--removed", is_flag=True, help="Also list what the strip stage removed, and why.")
def show(id_or_url: str, db: str | None, fmt: str, removed: bool) -> None:
    """Print one stored article with its sections as a document, by id or URL (as a browser
    copies it too: an anchor or a tracking parameter is no other page).

    \b
    Examples:
        fanwen show 1 --removed
        fanwen show https://www.example.cn/fanwen/1218.html --format json
    """
    from fanwen.db.queries import get_article

    with open_db(db) as engine:
        view = get_article(engine, id_or_url)
        if view is None and "://" in id_or_url:
            # As the crawl stored it: a URL copied from a browser (#top, the host in capitals,
            # utm_source=…) said "no article".
            from fanwen.spiders.links import canonical

            view = get_article(engine, canonical(id_or_url.strip()))
    if view is None:
        raise click.ClickException(f"no article {id_or_url!r} (try `fanwen list` or `fanwen search`)")
    if fmt == "json":
        data = to_json(view if removed else _without_removed(view))
        click.echo(data)
    else:
        click.echo(render_article(view, markdown=fmt == "markdown", removed=removed), nl=False)


def _without_removed(view: ArticleView) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(view)
    data.pop("removed")
    return data


def render_article(view: ArticleView, markdown: bool = True, removed: bool = False) -> str:
    """The article as a Markdown (or plain text) document, ending with a newline."""
    lines = [f"# {view.title or view.url}" if markdown else (view.title or view.url), ""]
    meta = [
        ("URL", view.url),
        ("Site", view.site),
        ("Published", iso(view.published)),
        ("Author", view.author),
        ("Source", view.source),
        ("Category", view.category),
    ]
    bullet = "- " if markdown else ""
    lines += [f"{bullet}{label}: {value}" for label, value in meta if value]
    if view.truncated:
        lines.append(f"{bullet}Truncated: the site showed only a preview")
    for section in view.sections:
        lines.append("")
        if section.heading:
            # a heading of two lines (第三章 over its title line) is one Markdown heading, its lines side by side
            heading = " ".join(section.heading.split("\n")) if markdown else section.heading
            lines += [f"{'#' * (section.level + 1)} {heading}" if markdown else heading, ""]
        if section.text:
            # A section's paragraphs are one per line; Markdown needs a blank line between them.
            lines.append(section.text.replace("\n", "\n\n") if markdown else section.text)
    if removed and view.removed:
        lines += ["", "## Removed" if markdown else "Removed:", ""]
        lines += [f"{bullet}{r.rule}: {r.text}" for r in view.removed]
    return "\n".join(lines) + "\n"


NO_ARTICLES = "no articles in the archive yet (run `fanwen crawl` first)"


@main.command(name="list")
@DB_OPTION
@filter_options
@LIMIT_OPTION
@JSON_OPTION
def list_command(
    db: str | None,
    site: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List recently published articles with their section and removal counts.

    \b
    Examples:
        fanwen list --site demo --since 2024-06-01
        fanwen list --kind essay --limit 100 --json
    """
    from rich.table import Table

    from fanwen.db.queries import list_articles

    filters = make_filters(site, since, until, kind)
    with open_db(db, site) as engine:
        rows = list_articles(engine, filters, limit=limit)
    if as_json:
        for row in rows:
            click.echo(to_json(row))
        return
    if not rows:
        filtered = any(value is not None for value in (site, since, until, kind))
        click.echo("no articles match the filters" if filtered else NO_ARTICLES, err=True)
        return
    table = Table("id", "site", "published", "title", "sections", "removed", "url")
    for row in rows:
        table.add_row(
            str(row.id),
            row.site or "",
            _day(row.published),
            row.title or "",
            str(row.sections),
            str(row.removed),
            row.url,
        )
    console().print(table)


@main.command()
@DB_OPTION
@JSON_OPTION
def stats(db: str | None, as_json: bool) -> None:
    """Per site: articles, sections, removed fragments by rule, when last seen; and the last run.

    \b
    Example:
        fanwen stats --json
    """
    from rich.table import Table

    from fanwen.db.queries import list_runs, site_stats

    with open_db(db) as engine:
        sites = site_stats(engine)
        last = list_runs(engine, limit=1)
    if as_json:
        for site in sites:
            click.echo(to_json(site))
        if last:
            click.echo(to_json({"last_run": last[0]}))
        return
    if not sites:
        click.echo(NO_ARTICLES, err=True)
        if not last:
            return
    out = console()
    table = Table("site", "articles", "sections", "removed (by rule)", "last seen")
    for site in sites:
        rules = "\n".join(f"{rule} {n}" for rule, n in site.removed.items())
        table.add_row(
            site.site or "(none)", str(site.articles), str(site.sections), rules, _minute(site.last_seen)
        )
    if sites:
        out.print(table)
    if last:
        run = last[0]
        out.print(
            f"last run #{run.id}: {run.status}, started {iso(run.started)}, finished {iso(run.finished) or '-'}"
        )


@main.command()
@DB_OPTION
@LIMIT_OPTION
@JSON_OPTION
def runs(db: str | None, limit: int, as_json: bool) -> None:
    """List recent crawl runs, newest first; a distributed run (crawl --queue) with a line per worker.

    \b
    Examples:
        fanwen runs --limit 5
        fanwen runs --json
    """
    from rich.table import Table

    from fanwen.db.queries import list_runs
    from fanwen.db.store import RUN_COUNTS

    with open_db(db) as engine:
        rows = list_runs(engine, limit=limit)
    if as_json:
        for run in rows:
            click.echo(to_json(run))
        return
    if not rows:
        click.echo("no crawl runs yet (run `fanwen crawl` first)", err=True)
        return
    table = Table(
        "run",
        "status",
        "started",
        "finished",
        "pages",
        "new",
        "changed",
        "unchanged",
        "replaced",
        "dropped",
        "errors",
        "targets",
    )
    for run in rows:
        table.add_row(
            f"#{run.id}",
            run.status,
            _minute(run.started),
            _minute(run.finished),
            *(str(getattr(run, count)) for count in RUN_COUNTS),
            run.targets or "",
        )
        for worker in run.workers:  # a distributed run: each process's share
            table.add_row(
                "",
                worker.status,
                _minute(worker.started),
                _minute(worker.finished),
                *(str(getattr(worker, count)) for count in RUN_COUNTS),
                f"worker {worker.worker}",
            )
    console().print(table)
