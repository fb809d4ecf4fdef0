"""``fanwen export``: the archive (or part of it) as JSON lines, CSV or Markdown, streamed."""

from __future__ import annotations

import csv
import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from fanwen.cli import main
from fanwen.cli.common import (
    DB_OPTION,
    console,
    dash_is_stdout,
    filter_options,
    iso,
    make_filters,
    not_the_database,
    open_db,
    to_json,
)
from fanwen.cli.query import render_article

if TYPE_CHECKING:  # imported where used: `fanwen --help` stays fast
    from sqlalchemy import Engine

    from fanwen.db.queries import ArticleView, Filters

FORMATS = ("jsonl", "csv", "markdown", "warc")
CSV_COLUMNS = (
    "article_id", "url", "site", "title", "published", "position", "kind", "level", "heading", "text",
)  # fmt: skip


def write_export(engine: Engine, fmt: str, out: IO[str], filters: Filters | None = None) -> Iterator[int]:
    """Write the articles the filters keep to ``out``; yields once per article written.

    jsonl: one article per line with its sections and removals; csv: one row per section;
    markdown: the documents `fanwen show` prints, separated by a rule.
    """
    from fanwen.db.queries import NO_FILTERS, iter_articles

    filters = filters or NO_FILTERS
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        out.write("\ufeff")  # a BOM: Excel reads a CSV without one in the locale's code page
        writer.writerow(CSV_COLUMNS)
    for n, view in enumerate(iter_articles(engine, filters)):
        if fmt == "jsonl":
            out.write(to_json(view) + "\n")
        elif writer is not None:
            writer.writerows(_csv_rows(view))
        else:
            out.write(("\n---\n\n" if n else "") + render_article(view))
        yield 1


def write_warc_export(engine: Engine, out: IO[bytes], filters: Filters | None = None) -> Iterator[int]:
    """The kept pages of the articles the filters keep, as a gzip WARC file (warcio); yields
    once per article written. Articles without kept pages are skipped."""
    from fanwen.db.pages import WarcOut, read_pages
    from fanwen.db.queries import NO_FILTERS, iter_articles

    warc = WarcOut(out)
    with engine.connect() as connection:
        for view in iter_articles(engine, filters or NO_FILTERS):
            pages = read_pages(connection, view.id)
            for page in pages:
                warc.write(page)
            if pages:
                yield 1


@contextmanager
def _output(out: Path | None, mode: str) -> Iterator[IO[Any]]:
    """The stream an export writes: stdout, else ``out`` written whole or not at all.

    A regular file is written beside itself and renamed over ``out`` once the export is
    complete: a full disk, a write error or Ctrl-C leaves no half export, and an earlier export
    of the same name as it was. A device or a pipe (``/dev/stdout``) is written directly. A
    write error is one line naming the file, never a traceback.
    """
    if out is None:
        stream = sys.stdout.buffer if "b" in mode else sys.stdout
        try:
            yield stream
            stream.flush()
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # a reader that stopped (`| head`): fanwen.__main__ ends quietly
            raise click.ClickException(f"cannot write the export: {exc.strerror}") from exc
        return
    direct = out.exists() and not out.is_file()
    part = out if direct else out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        stream = part.open(mode) if "b" in mode else part.open(mode, encoding="utf-8", newline="")
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror}") from exc
    try:
        with stream:
            yield stream
        if not direct:
            part.replace(out)
    except OSError as exc:
        kept = "" if direct else ": not written (an earlier file of that name is as it was)"
        raise click.ClickException(f"cannot write {out}: {exc.strerror}{kept}") from exc
    finally:
        if not direct:
            part.unlink(missing_ok=True)


def _csv_rows(view: ArticleView) -> Iterator[tuple[object, ...]]:
    for s in view.sections:
        yield (
            view.id,
            view.url,
            view.site,
            view.title,
            iso(view.published),
            s.position,
            s.kind,
            s.level,
            s.heading,
            s.text,
        )


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True, path_type=Path),
    callback=dash_is_stdout,
    help="File to write (default, or -: stdout).",
)
@filter_options
def export(
    db: str | None,
    fmt: str,
    out: Path | None,
    site: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
) -> None:
    """Export articles with their sections, streaming: any archive size in constant memory.

    ``--format warc``: not the articles but the pages they were read from, as the site sent
    them (docs/archive.md), a gzip WARC file any WARC tool reads; to a file (-o) or a pipe, never
    to a terminal.

    A progress bar shows on a terminal when writing to a file.

    \b
    Examples:
        fanwen export --format jsonl --out archive.jsonl
        fanwen export --format csv --site demo --since 2024-01-01 > sections.csv
        fanwen export --format markdown --kind essay -o essays.md
        fanwen export --format warc --site demo -o demo.warc.gz   # the kept pages, for WARC tools
    """
    from rich.progress import Progress

    from fanwen.db.queries import count_articles

    not_the_database(out, db, "--out")
    if fmt == "warc" and out is None and sys.stdout.isatty():  # gzip bytes would fill the terminal
        raise click.UsageError("--format warc writes a gzip file: give -o FILE, or redirect the output")
    filters = make_filters(site, since, until, kind)
    written = 0
    if fmt == "warc":
        # An unknown --site is refused as the database opens, before the output file is made.
        with open_db(db, site) as engine, _output(out, "wb") as stream:
            written = sum(write_warc_export(engine, stream, filters))
        if out is not None:
            click.echo(f"wrote the kept pages of {written} articles to {out}", err=True)
        return
    with open_db(db, site) as engine, _output(out, "w") as stream:
        steps = write_export(engine, fmt, stream, filters)
        if out is None or not sys.stderr.isatty():
            written = sum(steps)
        else:
            with Progress(console=console(err=True), transient=True) as progress:
                task = progress.add_task(f"exporting to {out}", total=count_articles(engine, filters))
                for step in steps:
                    written += step
                    progress.advance(task)
    if out is not None:
        click.echo(f"wrote {written} articles to {out}", err=True)
