"""``fanwen extract``: the crawl's page path on saved files, no database, no network."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from fanwen.cli import main
from fanwen.cli.common import iso
from fanwen.items import Article


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


def article_json(article: Article, file: str | None = None) -> dict[str, Any]:
    """The JSON shape of ``fanwen extract`` (and of exports)."""
    return {
        "file": file,
        "url": article.url,
        "title": article.title,
        "published": iso(article.published),
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
