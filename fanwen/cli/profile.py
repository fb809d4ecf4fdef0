"""``fanwen profile check``: validate a site profile, and show what its selectors find on a page."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from pathlib import Path

import click

from fanwen.cli import main
from fanwen.cli.common import DB_OPTION, dash_is_stdout


@main.group()
def profile() -> None:
    """Site profiles: check one before a crawl uses it, or learn one from a site's pages.

    \b
    Example:
        fanwen profile check mysite.toml --url https://www.example.cn/xinde/1.html
        fanwen profile learn --site mysite --out mysite.toml   # the template a crawl learned
    """


@profile.command("check")
@click.argument("file", metavar="FILE")
@click.option(
    "--url",
    callback=lambda ctx, param, value: _page_url(value),
    help="Fetch this page (one plain GET) and show what each selector finds on it.",
)
@click.option("--page", type=click.Path(path_type=Path), help="A saved page to try the selectors on instead.")
def check(file: str, url: str | None, page: Path | None) -> None:
    """Check that FILE (a .toml path or bundled name) loads: keys and their types, selectors, rule
    patterns, article_url.

    A bad profile (an unknown key; a value of another type, name = 5: the line says the type the
    key takes), or a --url that is not http(s), is one line naming the file, the key and the
    problem (exit 2). With --url or
    --page, each selector is tried on that page: how many elements it matches and the first
    one's text; then the article the crawl would store from it. With both, the saved page is
    read (nothing fetched) and --url is its address.

    \b
    Example:
        fanwen profile check mysite.toml
        fanwen profile check mysite.toml --url https://www.example.cn/xinde/1.html
    """
    from fanwen.extract.page import select
    from fanwen.extract.template import slots_of
    from fanwen.pagepath import PageOptions, read_page
    from fanwen.profiles import ProfileError, Selectors, load

    try:
        site = load(file)
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from exc
    rules = len(site.rules)
    click.echo(
        f"{site.path or file}: ok: profile {site.name!r}, {len(site.start_urls)} start URL(s), "
        f"{sum(len(getattr(site.selectors, f.name)) for f in fields(Selectors))} selector(s), "
        f"{sum(len(paths) for paths in slots_of(site.template).values())} template path(s), {rules} rule(s)"
    )
    if url is None and page is None:
        return
    from parsel import Selector

    from fanwen.cli.extract import _fetch
    from fanwen.offline import PageError, read_file

    try:
        # A saved page is read even with --url: the URL is then only its address (no fetch).
        body, content_type = (read_file(page), None) if page else _fetch(url)  # type: ignore[arg-type]
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
    for slot, paths in slots_of(site.template).items():
        for path in paths:
            found = sel.css(path)
            first = " ".join(found[0].xpath("string()").get("").split())[:60] if found else ""
            click.echo(
                f"  template.{slot} {path!r}: {len(found)} match(es)" + (f": {first}" if first else "")
            )
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
@click.argument("files", nargs=-1, metavar="[FILE_OR_URL]...")
@click.option("--site", help="Write the template crawls of this site learned (stored in the database).")
@click.option("--name", help="The profile's (the site's) name (default: --site).")
@click.option(
    "--out",
    type=click.Path(allow_dash=True, path_type=Path),
    callback=dash_is_stdout,
    help="Write the profile here instead of printing it (-: print it).",
)
@DB_OPTION
def learn(
    files: tuple[str, ...], site: str | None, name: str | None, out: Path | None, db: str | None
) -> None:
    """Learn a site's template and print it as a profile: from article pages of it (saved
    files, or URLs fetched with one plain GET each), or from what crawls of the site learned
    (--site NAME, from the database).

    A template's slots are the content region, the title heading, the date and the author:
    where generic detection finds one at the same element path on three pages and on 60% of
    the pages that have that element, the path is the slot's (a site with several layouts gets
    one path for each). On the pages where detection alone errs (a feed longer than the
    article, a sidebar's date or name before the article's) the path still finds the article's.
    The profile holds them as [template]: tried in order, and where none gives a usable value
    generic detection decides (a path moved to [selectors] is strict). A crawl learns the same
    slots as it goes and applies them (docs/extraction.md, "Site templates"). A page given that is
    no article page (a listing: the line counts its links) is one line and left out; with fewer
    than 3 article pages the error says how many there are (exit 1).

    \b
    Example:
        fanwen profile learn --site www.example.cn --out example.toml
        fanwen profile learn saved/*.html --name mysite --out mysite.toml
        fanwen profile learn https://www.example.cn/a/1.html https://www.example.cn/a/2.html https://www.example.cn/a/3.html --name example
    """
    from fanwen.extract.template import TemplateCounts, profile_toml, slots_of
    from fanwen.extract.template import learn as learn_template

    if files and site:
        raise click.UsageError("give article pages (files or URLs) or --site NAME, not both")
    if not files and not site:
        raise click.UsageError("give article pages (files or URLs) or --site NAME")
    name = name or site
    if not name:
        raise click.UsageError("give the profile's name with --name")
    from fanwen.cli.common import not_the_database

    not_the_database(out, db, "--out")
    if site:
        from fanwen.cli.common import open_db
        from fanwen.db.template import base_url, load_counts, sites

        with open_db(db) as engine:
            stored = load_counts(engine, site)
            known = sites(engine) if not stored else []
            start = base_url(engine, site)
        if not stored:
            hint = f" (sites with one: {', '.join(known)})" if known else " (crawl the site first)"
            raise click.ClickException(f"no template learned for site {site!r}{hint}")
        counts = TemplateCounts()
        counts.load(stored)
        source = f"crawls of {site}"
        articles, names = counts.pages, list[str]()
    else:
        from fanwen.cli.extract import _fetch, _url
        from fanwen.offline import PageError, decode, read_file

        for given in files:  # a URL that does not parse is a usage error, before any fetch
            if given.startswith(("http://", "https://")):
                _url(given, "FILE_OR_URL")
        pages, names = [], []
        for given in files:
            try:
                if given.startswith(("http://", "https://")):
                    body, content_type = _fetch(given)
                    pages.append(decode(body, header=content_type))
                else:
                    pages.append(decode(read_file(Path(given))))
                names.append(given)
            except (OSError, PageError, click.ClickException) as exc:
                message = exc.format_message() if isinstance(exc, click.ClickException) else f"{given}: {exc}"
                click.echo(f"fanwen profile learn: {message}", err=True)

        skipped: Counter[str] = Counter()  # pages that are no article page, by why

        def not_read(index: int, exc: Exception) -> None:
            # A page the extractor fails on costs that page, as a missing file does.
            skipped["not_read"] += 1
            click.echo(
                f"fanwen profile learn: {names[index]}: not read ({type(exc).__name__}: {exc})", err=True
            )

        def not_an_article(index: int, exc: Exception) -> None:
            # A listing given for an article page (its address, the column's): say so, and what
            # to give, not that the article pages "do not agree".
            reason = getattr(exc, "reason", "no_text")
            skipped[reason] += 1
            if reason == "listing":
                said = f"a listing, not an article page ({_links(pages[index])} links found): give the article pages it links to"
            else:
                said = f"not an article page ({str(exc).removeprefix('not an article: ')})"
            click.echo(f"fanwen profile learn: {names[index]}: {said}", err=True)

        if not pages:  # each one's line said why
            raise click.ClickException(f"no page could be read ({len(files)} given): nothing to learn from")
        counts = learn_template(pages, on_error=not_read, on_not_article=not_an_article)
        articles = len(names) - sum(skipped.values())
        if not articles:
            why = ", ".join(f"{reason} {n}" for reason, n in sorted(skipped.items()))
            raise click.ClickException(
                f"no article page among the {len(names)} page(s) given ({why}): give 3 or more article pages "
                "of the site (the pages a listing links to), or crawl the site and give --site NAME"
            )
        source = f"{len(pages)} page(s)"
        start = None
    template = counts.template()
    need = counts.options.min_pages
    if not template.content and names and articles < need:
        raise click.ClickException(
            f"no content selector: a template needs the article at the same place on {need} article pages, "
            f"and {articles} of the {len(names)} page(s) given are article pages: give more"
        )
    if not template.content:
        raise click.ClickException(
            f"no content selector: the {articles} article pages do not agree on where the article is"
        )
    text = profile_toml(name, counts, source, start.rstrip("/") + "/" if start else None)
    if out is None:
        click.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{out}: {exc.strerror or exc}") from exc
    decided = ", ".join(f"{slot} {' or '.join(paths)}" for slot, paths in slots_of(template).items())
    click.echo(f"{out}: {decided} ({counts.pages} pages)", err=True)


def _links(html: str) -> int:
    """How many addresses a page links to (an anchor's ``#`` or ``javascript:`` is no address).

    >>> _links("<a href='/a/1.html'>一</a><a href='/a/1.html'>全文</a><a href='#top'>顶部</a><a href='/a/2.html'>二</a>")
    2
    """
    from parsel import Selector

    hrefs = {href.strip() for href in Selector(text=html).css("a::attr(href)").getall()}
    return len({h for h in hrefs if h and not h.startswith("#") and not h.lower().startswith("javascript:")})


def _page_url(value: str | None) -> str | None:
    """``--url``: an http(s) URL that parses, else a usage error (exit 2), before the profile loads."""
    from fanwen.cli.extract import _url

    return _url(value)
