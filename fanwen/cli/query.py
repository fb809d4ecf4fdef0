"""Commands that read the database: ``fanwen search``, ``fanwen show``, ``fanwen runs``."""

from __future__ import annotations

import json

import click

from fanwen.cli import main
from fanwen.cli.common import DB_OPTION, iso, open_db
from fanwen.db import get_article, list_runs, search


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
    with open_db(db) as engine:
        hits = search(engine, query, limit=limit)
    for hit in hits:
        if as_json:
            click.echo(json.dumps({**hit.__dict__, "published": iso(hit.published)}, ensure_ascii=False))
        else:
            where = f" › {hit.heading}" if hit.heading else ""
            click.echo(
                f"[{hit.article_id}] {hit.title}{where}  {iso(hit.published) or ''}\n    {hit.snippet}\n    {hit.url}"
            )
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
    with open_db(db) as engine:
        view = get_article(engine, id_or_url)
    if view is None:
        raise click.ClickException(f"no article {id_or_url!r}")
    click.echo(f"# {view.title}\n")
    meta = [
        ("URL", view.url),
        ("Published", iso(view.published)),
        ("Author", view.author),
        ("Source", view.source),
        ("Category", view.category),
    ]
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
    with open_db(db) as engine:
        for run in list_runs(engine, limit=limit):
            click.echo(
                f"#{run.id} {run.status:<11} {iso(run.started)}  pages={run.pages_fetched} "
                f"new={run.articles_new} changed={run.articles_changed} unchanged={run.articles_unchanged} "
                f"dropped={run.articles_dropped} errors={run.errors}  {run.targets or ''}"
            )
