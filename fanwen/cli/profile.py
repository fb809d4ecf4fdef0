"""``fanwen profile check``: validate a site profile, and show what its selectors find on a page."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import click

from fanwen.cli import main


@main.group()
def profile() -> None:
    """Site profiles: check one before a crawl uses it.

    \b
    Example:
        fanwen profile check mysite.toml --url https://www.example.cn/xinde/1.html
    """


@profile.command("check")
@click.argument("file", metavar="FILE")
@click.option("--url", help="Fetch this page (one plain GET) and show what each selector finds on it.")
@click.option("--page", type=click.Path(path_type=Path), help="A saved page to try the selectors on instead.")
def check(file: str, url: str | None, page: Path | None) -> None:
    """Check that FILE (a .toml path or bundled name) loads: keys, selectors, rule patterns, article_url.

    A bad profile is one line naming the file, the key and the problem (exit 2). With --url or
    --page, each selector is tried on that page: how many elements it matches and the first
    one's text; then the article the crawl would store from it.

    \b
    Example:
        fanwen profile check mysite.toml
        fanwen profile check mysite.toml --url https://www.example.cn/xinde/1.html
    """
    from fanwen.extract.page import select
    from fanwen.pagepath import PageOptions, read_page
    from fanwen.profiles import ProfileError, Selectors, load

    try:
        site = load(file)
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from exc
    rules = len(site.rules)
    click.echo(
        f"{site.path or file}: ok: profile {site.name!r}, {len(site.start_urls)} start URL(s), "
        f"{sum(len(getattr(site.selectors, f.name)) for f in fields(Selectors))} selector(s), {rules} rule(s)"
    )
    if url is None and page is None:
        return
    from parsel import Selector

    from fanwen.cli.extract import _fetch
    from fanwen.offline import PageError, read_file

    try:
        body, content_type = _fetch(url) if url else (read_file(page), None)  # type: ignore[arg-type]
    except PageError as exc:
        raise click.ClickException(f"{page}: {exc}") from exc
    result = read_page(body, url, PageOptions.for_profile(site), content_type)
    if url and site.article_url:
        import re

        verdict = "an article page" if re.search(site.article_url, url) else "not an article page (a listing)"
        click.echo(f"article_url: {url} is {verdict}")
    # The same decoded text the page path parsed; only the selectors are tried here.
    from fanwen.extract.encoding import cap, decode_html

    text = decode_html(cap(body)[0], header=content_type).text if result.problem != "undecodable" else ""
    sel = Selector(text=text)
    for field in fields(Selectors):
        for query in getattr(site.selectors, field.name):
            found = select(sel, [query])
            first = " ".join(found[0].xpath("string()").get("").split())[:60] if found else ""
            click.echo(
                f"  selectors.{field.name} {query!r}: {len(found)} match(es)"
                + (f": {first}" if first else "")
            )
    if result.article is None:
        click.echo(f"article: none ({result.message})")
        return
    article = result.article
    click.echo(
        f"article: {article.title!r}, published {article.published}, {len(article.sections)} section(s), "
        f"{len(article.text)} characters, {len(article.removed)} removal(s)"
    )


@profile.command("learn")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--name", required=True, help="The profile's (the site's) name.")
@click.option("--out", type=click.Path(path_type=Path), help="Write the profile here instead of printing it.")
def learn(files: tuple[Path, ...], name: str, out: Path | None) -> None:
    """Learn a site's template from saved article pages of it (FILES) and print it as a profile.

    Generic detection runs on every page; the place most of them agree on (the same element
    path, found on at least 60% of the pages and on two) becomes the content selector, and the
    title heading's place the title selector. On the pages where detection alone would take a
    longer feed or a comment list, the learned selector still finds the article.

    \b
    Example:
        fanwen profile learn saved/*.html --name mysite --out mysite.toml
    """
    from fanwen.extract.template import learn as learn_template
    from fanwen.extract.template import profile_toml
    from fanwen.offline import PageError, decode, read_file

    pages = []
    for path in files:
        try:
            pages.append(decode(read_file(path)))
        except (OSError, PageError) as exc:
            click.echo(f"fanwen profile learn: {path}: {exc}", err=True)
    template = learn_template(pages)
    if template.content is None:
        raise click.ClickException(
            f"no content selector: the {template.pages} readable page(s) do not agree on where the article is"
        )
    text = profile_toml(name, template)
    if out is None:
        click.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{out}: {exc.strerror or exc}") from exc
    click.echo(
        f"{out}: content {template.content!r} ({template.content_agree}/{template.pages} pages)", err=True
    )
