"""The ``fanwen`` command line: crawl, run the demo, extract saved pages, query the database.

One module per group of commands: ``crawl`` (demo, crawl), ``extract`` (offline pages),
``query`` (search, show, list, stats, runs), ``export``, ``profile`` (profile check), ``serve`` (Datasette).
"""

from __future__ import annotations

import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="fanwen")
def main() -> None:
    """Crawl Chinese article sites into a clean, sectioned, searchable SQLite archive.

    \b
    Example:
        fanwen demo                       # crawl the bundled demo site into ./fanwen.db
        fanwen search 区域协调             # find it again
    """
    # Bytes that are not UTF-8 reach Python as lone surrogates, which no database, page or
    # terminal can take: one clear line instead of a traceback wherever they end up.
    for argument in sys.argv[1:]:
        if any("\udc80" <= char <= "\udcff" for char in argument):
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise click.UsageError(f"argument {shown!r} is not valid UTF-8")


from fanwen.cli import crawl, export, extract, profile, query, reprocess, serve  # noqa: E402  (the commands register on main)

__all__ = ["crawl", "export", "extract", "main", "profile", "query", "reprocess", "serve"]
