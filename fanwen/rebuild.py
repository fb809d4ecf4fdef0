"""An article again from its kept pages: the page path on each, merged, validated, stripped, sectioned.

:func:`rebuild` reads an article's kept pages (:mod:`fanwen.db.pages`) as the spider reads the
pages it fetches: :func:`fanwen.pagepath.read_page` on each, later pages merged into the first.
:func:`finish` then runs what the pipelines run after the spider: validation, strip (with the
site's learned boilerplate as it is given, counted no further) and sections. The result is the
article a crawl of the same pages stores.

Nothing here touches the database or Scrapy, so a page reader process
(:mod:`fanwen.spiders.reader`) runs all of it: ``fanwen reprocess`` hands each article's pages
to the readers with :meth:`~fanwen.spiders.reader.PageReader.read_article` and only compares
and stores in its own process (:mod:`fanwen.reprocess`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from fanwen.extract.template import Template, template_key
from fanwen.items import Article, FetchedPage
from fanwen.pagepath import Page, PageOptions, read_page
from fanwen.pipelines.validate import problem
from fanwen.profiles import Profile
from fanwen.sections import split_sections
from fanwen.strip import Rule
from fanwen.strip.boilerplate import BoilerplateCounts, scopes
from fanwen.strip.stage import clean_article

VALIDATE_MIN_CHARS = 50  # FANWEN_VALIDATE_MIN_CHARS's default


@dataclass(frozen=True)
class Finishing:
    """What the pipelines' stages after the spider need: the strip rules, the site's learned
    boilerplate counts as they stand (None: none learned), the validation's least text."""

    rules: tuple[Rule, ...]
    learned: BoilerplateCounts | None = None
    min_chars: int = VALIDATE_MIN_CHARS


def header(page: FetchedPage, name: str) -> str | None:
    """A response header of a kept page (the first, case-insensitive)."""
    lowered = name.lower()
    return next((value for key, value in page.headers if key.lower() == lowered), None)


def rebuild(
    pages: Sequence[FetchedPage], profile: Profile | None = None, template: Template | None = None
) -> Article | None:
    """The article on an article's pages before strip, as the spider makes it (with the site's
    learned ``template``, as the crawl had it at its end); None when a page no longer gives an
    article (as in a crawl, a broken page never makes half an article)."""
    # Where the page shows the template's slots is observed as the crawl observes it, and the
    # template's key recorded: the end of a crawl compares both with the site's final template.
    options = PageOptions(profile, template=template, observe=template is not None, next_pages=False)
    reads = [
        read_page(page.body, page.url, options, header(page, "Content-Type"), continuation=number > 0)
        for number, page in enumerate(pages)
    ]
    article = merge(pages, reads)
    if article is not None:
        article.template_key = template_key(template)
    return article


def merge(pages: Sequence[FetchedPage], reads: Sequence[Page]) -> Article | None:
    """The article of pages already read (:func:`fanwen.pagepath.read_page`, page 2 on as
    continuations), merged as the spider merges them."""
    article: Article | None = None
    for read in reads:
        if read.article is None:
            return None
        if article is None:
            article = read.article
        else:
            article.blocks.extend(read.article.blocks)
            article.tail.extend(read.article.tail)
            article.removed.extend(read.article.removed)
    if article is None:
        return None
    article.pages = len(pages)
    article.etag = header(pages[0], "ETag")
    article.last_modified = header(pages[0], "Last-Modified")
    return article


def finish(
    article: Article,
    rules: Sequence[Rule],
    learned: BoilerplateCounts | None,
    min_chars: int = VALIDATE_MIN_CHARS,
) -> bool:
    """Validate, strip and section ``article`` in place, as the pipelines do (learned boilerplate
    decided by ``learned`` as it stands, nothing counted). False when a pipeline would drop it."""
    if problem(article, min_chars):
        return False
    site = article.site or urlsplit(article.url or "").hostname or ""
    clean_article(article, rules, learned, scopes(site, article.url) if site else ())
    if not article.blocks:
        return False
    article.sections = split_sections(article.blocks, article.title)
    return True


UNCHANGED = "unchanged"  # what reread answers for an article whose stored hash is the one given


def reread(
    pages: Sequence[FetchedPage],
    profile: Profile | None,
    finishing: Finishing,
    template: Template | None,
    url: str,
    category: str | None,
    known: str | None = None,
) -> Article | str | None:
    """The stored article ``url`` made again from its kept ``pages``, stripped and sectioned;
    None when its pages no longer give an article (the stored one then stays); :data:`UNCHANGED`
    when its :attr:`~fanwen.items.Article.stored_hash` is ``known`` (the stored one's: nothing
    to store, so a page reader process need not send it back).

    ``url`` is the row it is stored under (its first page's URL after redirects); ``category``
    the stored one, kept when the pages name none (the crawl may have named it from the site's
    menus)."""
    article = rebuild(pages, profile, template)
    if article is None:
        return None
    article.url = url
    if article.category is None:
        article.category = category
    if not finish(article, finishing.rules, finishing.learned, finishing.min_chars):
        return None
    if known is not None and article.stored_hash == known:
        return UNCHANGED
    return article
