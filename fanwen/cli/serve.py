"""``fanwen serve``: Datasette on the archive, with fanwen's descriptions, queries and search."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import click

from fanwen.cli import main
from fanwen.cli.common import DB_OPTION, immutable_url, open_db, sqlite_path, unwritable_place

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per canonical URL: the article's metadata and content hash.",
        "columns": {
            "url": "canonical URL (the natural key)",
            "title": "title",
            "published": "publication date the page gave",
            "truncated": "1 when the site showed only a preview",
            "content_hash": "SHA-256 of title and clean text",
            "stored_hash": "SHA-256 of everything stored for it: a crawl or reprocess writes it when it differs",
            "first_seen": "first crawl that stored it (UTC)",
            "last_seen": "last crawl that saw it (UTC)",
        },
        # Titles: the trigram side-index, the box's text as FTS5 (three characters or more).
        "fts_table": "articles_fts",
        "searchmode": "raw",
    },
    "sections": {
        "description": "The article's sections in order: intro, section, essay, conclusion.",
        "columns": {
            "article_id": "the article (articles.id)",
            "position": "order in the article, from 1",
            "kind": "intro, section, essay or conclusion",
            "level": "1 for a heading, 2 for a point under it",
            "heading": "the section's heading, if it has one",
            "text": "the section's text, one paragraph per line",
        },
        # fanwen's character index: any Chinese word of one character or more (人才).
        "fts_table": "search_index",
        "fts_pk": "id",
    },
    "removed_fragments": {
        "description": "What the strip stage removed from each article, with the rule that removed it.",
        "columns": {
            "rule": "the rule's name (fanwen/strip/rules.toml, a profile, learned-boilerplate, learned-slot)"
        },
    },
    "article_revisions": {"description": "Earlier versions of articles that changed."},
    "crawl_runs": {
        "description": "One row per crawl: when, how it ended, what it stored (docs/scheduling.md).",
        "columns": {"status": "running, finished, interrupted, failed or nothing_stored"},
    },
}
QUERIES = {
    "search": {
        "title": "Search sections (as fanwen search)",
        "description": "Any Chinese word of one character or more; -word excludes.",
        "sql": (
            "SELECT a.id AS article, a.title, a.url, s.position, s.heading, s.text\n"
            "FROM search_index JOIN sections s ON s.id = search_index.rowid\n"
            "JOIN articles a ON a.id = s.article_id\n"
            "WHERE search_index MATCH fanwen_match(:q)\n"
            "ORDER BY bm25(search_index, 10.0, 4.0, 1.0) LIMIT 100"
        ),
    },
    "article": {
        "title": "An article as a document",
        "description": "Its sections in order, by URL.",
        "sql": (
            "SELECT s.position, s.kind, s.level, s.heading, s.text FROM sections s\n"
            "JOIN articles a ON a.id = s.article_id WHERE a.url = :url ORDER BY s.position"
        ),
    },
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a fanwen database named ``database`` (its file's stem)."""
    return {
        "title": "fanwen archive",
        "about": "fanwen",
        "databases": {database: {"tables": TABLES, "queries": QUERIES}},
    }


@main.command()
@DB_OPTION
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port on 127.0.0.1."
)
def serve(db: str | None, port: int) -> None:
    """Browse and query the archive in Datasette on 127.0.0.1, with fanwen's search.

    Tables and columns are described, and there are canned queries for search and for an
    article as a document. The sections table's search box finds Chinese words of one
    character or more (人才), as `fanwen search` does. Needs Datasette: pip install 'fanwen[serve]'.

    \b
    Example:
        fanwen serve --db archive.db --port 8001
    """
    try:
        from datasette import cli as datasette_cli
        from datasette.plugins import pm
    except ImportError as exc:
        raise click.ClickException("fanwen serve needs Datasette: pip install 'fanwen[serve]'") from exc
    from fanwen import datasette_plugin
    from fanwen.db.engine import resolve_db_url

    url = resolve_db_url(db)
    path = sqlite_path(url)
    if path is None:
        raise click.UsageError("fanwen serve needs a SQLite database (Datasette reads SQLite files)")
    with open_db(url):
        pass  # exists, migrated: one line otherwise
    _check_port(port)
    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="fanwen")
    with tempfile.TemporaryDirectory() as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata(Path(path).stem), ensure_ascii=False), encoding="utf-8")
        # A database whose directory cannot be written (a read-only mount) is served immutable,
        # as fanwen's commands read it (open_db): Datasette failed with a traceback.
        read_only = unwritable_place(path) and immutable_url(url, path) != url
        where = ["-i", path] if read_only else [path]
        args = ["serve", *where, "--host", "127.0.0.1", "--port", str(port), "--metadata", str(meta)]
        datasette_cli.cli.main(args, standalone_mode=True)


def _check_port(port: int) -> None:
    """The port can be listened on, or one line: Datasette's server (uvicorn) logged a bind
    error among its start-up lines and exited 3, the code of an interrupted fanwen command."""
    import errno
    import socket

    if port == 0:
        return
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise click.ClickException(
                    f"port {port} on 127.0.0.1 is in use: give another with --port (0: any free one)"
                ) from None
            raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
