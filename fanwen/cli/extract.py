"""``fanwen extract`` and ``fanwen explain``: the crawl's page path on saved pages, no database."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from fanwen.cli import main
from fanwen.cli.common import iso

if TYPE_CHECKING:
    from fanwen.items import Article
    from fanwen.profiles import Profile
    from fanwen.strip import StripResult

PROFILE_OPTION = click.option(
    "--profile",
    metavar="FILE",
    help="A site profile (.toml path or bundled name): its selectors and rules apply, as in a crawl.",
)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--url",
    callback=lambda ctx, param, value: _url(value),
    help="The page's URL (dates in URLs count as evidence).",
)
@click.option("--encoding", help="Decode the files with this encoding instead of detecting it.")
@PROFILE_OPTION
def extract(files: tuple[str, ...], url: str | None, encoding: str | None, profile: str | None) -> None:
    """Extract, strip and section saved pages offline; print one JSON object per file.

    No database, no network: the same code the crawl runs (a FILE ``-`` is standard input: a
    page piped in). With --profile, the site profile's
    selectors and rules apply, as in a crawl of that site. A file that fails gives one error
    line on stderr (a URL among FILES too: save the page, or `fanwen explain URL` fetches it);
    the others still print; the exit code is 1. A --url that is not http(s) is exit 2.

    \b
    Example:
        fanwen extract page.html --url https://www.example.cn/a/123.html | jq .sections
        fanwen extract saved/*.html --profile mysite.toml
    """
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import PageError, read_page_file
    from fanwen.pagepath import PageOptions

    options = PageOptions.for_profile(_profile(profile), encoding)
    failed = 0
    for path in files:
        if path.startswith(("http://", "https://")):  # as a path its // was cut: "http:/..."
            click.echo(
                f"fanwen extract: {path}: a URL, not a saved page (extract reads files, no network): "
                "save the page, or see it with `fanwen explain URL`",
                err=True,
            )
            failed += 1
            continue
        try:
            article = read_page_file(Path(path), options, url=url).article
        except (PageError, NotAnArticle) as exc:
            click.echo(f"fanwen extract: {path}: {exc}", err=True)
            failed += 1
            continue
        assert article is not None
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


@main.command()
@click.argument("source", metavar="URL_OR_FILE")
@click.option("--encoding", help="Decode the page with this encoding instead of detecting it.")
@click.option("--full", is_flag=True, help="Print whole blocks instead of their first 60 characters.")
@PROFILE_OPTION
def explain(source: str, encoding: str | None, full: bool, profile: str | None) -> None:
    """Show what the strip stage kept and removed on one page, and why; then its sections.

    SOURCE is a saved page (.html, .html.gz; ``-``: standard input) or an http(s) URL, fetched
    with one plain GET.
    The lines of the content region the extraction left out and recorded (the info line under the
    title, a link beside a paragraph's sentence, a goods card) come first. Then each content block
    is printed once: ``keep``, ``cut`` (kept, with sentences removed, each
    listed under it with its rule) or ``drop`` (removed whole, with its rule). What the rules
    find in the text after the article (a paywall notice, say) is listed last: it is never
    kept, but it is recorded, as in a crawl.

    \b
    Example:
        fanwen explain page.html
        fanwen explain https://www.example.cn/a/123.html --full
    """
    from fanwen.offline import PageError, read_file
    from fanwen.pagepath import PageOptions, read_page

    url = _url(source, "SOURCE") if source.startswith(("http://", "https://")) else None
    options = PageOptions.for_profile(_profile(profile), encoding)
    try:
        body, content_type = _fetch(source) if url else (read_file(Path(source)), None)
    except PageError as exc:
        raise click.ClickException(f"{source}: {exc}") from exc
    page = read_page(body, url, options, content_type)
    article, result, after = page.article, page.strip, page.after
    if article is None or result is None or after is None:
        raise click.ClickException(f"{source}: {page.message}")
    click.echo(f"title: {article.title}  published: {iso(article.published)}  truncated: {article.truncated}")
    if page.extracted:
        lines = len(page.extracted)
        click.echo(f"extraction left out {lines} line{'s' if lines > 1 else ''} of the region (recorded):")
        for removal in page.extracted:
            click.echo(f"  - [{removal.rule}] {_short(removal.text, full)}")
    _echo_decisions(result, full)
    if after.removed:
        click.echo(
            f"after the article ({len(after.decisions)} blocks, never kept): {len(after.removed)} removals"
        )
        for removal in after.removed:
            click.echo(f"  - [{removal.rule}] {_short(removal.text, full)}")
    click.echo("sections:")
    for section in article.sections:
        label = " ".join(section.heading.split("\n")) if section.heading else section.text.split("\n")[0]
        click.echo(f"  {'  ' * (section.level - 1)}{section.kind} {section.level}: {_short(label, full)}")


def _echo_decisions(result: StripResult, full: bool) -> None:
    click.echo(
        f"blocks: {len(result.decisions)} in, {len(result.blocks)} kept, {len(result.removed)} removals"
    )
    for decision in result.decisions:
        if decision.kept is None:
            rule = decision.removed[0].rule if decision.removed else "?"
            click.echo(f"  drop [{rule}] {_short(decision.block.text, full)}")
            continue
        click.echo(f"  {'cut ' if decision.removed else 'keep'} {_short(decision.kept.text, full)}")
        for removal in decision.removed:
            click.echo(f"       - [{removal.rule}] {_short(removal.text, full)}")


def _profile(name: str | None) -> Profile | None:
    """The profile ``--profile`` names, or None; a bad one is a usage error (exit 2)."""
    if name is None:
        return None
    from fanwen.profiles import ProfileError, load

    try:
        return load(name)
    except (ProfileError, OSError) as exc:
        raise click.UsageError(f"--profile {name}: {exc}") from exc


def _short(text: str, full: bool, width: int = 60) -> str:
    return text if full or len(text) <= width else text[: width - 1] + "…"


def _fetch(url: str) -> tuple[bytes, str | None]:
    """One plain GET, as a reader's browser would: the body and its Content-Type; errors become one line."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "fanwen-explain/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (http(s) only)
            return bytes(response.read()), response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise click.ClickException(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:  # ValueError: InvalidURL
        raise click.ClickException(f"{url}: {getattr(exc, 'reason', exc)}") from exc


def _url(value: str | None, hint: str = "--url") -> str | None:
    """A page URL as given, if it is http(s) and parses (``http://[`` does not: an IPv6 host left
    open); else a usage error, as `fanwen crawl` says of an address without ``http://``."""
    from urllib.parse import urlsplit

    if value is None:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (a port that is no number raises here)
    except ValueError as exc:
        raise click.BadParameter(f"not a URL: {value!r} ({exc})", param_hint=hint) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"not an http(s) URL: {value!r} (give http://...)", param_hint=hint)
    return value
