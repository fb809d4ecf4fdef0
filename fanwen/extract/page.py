"""What a page says: its article (metadata and content blocks), by profile or generic detection."""

from __future__ import annotations

from collections.abc import Iterable

from parsel import Selector, SelectorList

from fanwen.extract import content, metadata
from fanwen.extract.blocks import html_blocks
from fanwen.items import Article, ArticleLoader
from fanwen.profiles import Profile


class NotAnArticle(ValueError):
    """The page holds no article text (a listing, an empty page, an error page)."""


def select(sel: Selector, queries: Iterable[str]) -> SelectorList:
    """The matches of the first query that matches; a query starting with / or ( is XPath."""
    for query in queries:
        found = sel.xpath(query) if query.startswith(("/", "(")) else sel.css(query)
        if found:
            return found
    return SelectorList([])


def extract_article(sel: Selector, url: str | None, profile: Profile | None) -> Article:
    """The article on a parsed page; raises NotAnArticle when there is none."""
    selectors = profile.selectors if profile else None
    doc = sel.root
    if selectors and selectors.content:
        region = select(sel, selectors.content)
        if not region:
            raise NotAnArticle(f"no element matches the profile's content selector: {url}")
        element = region[0].root
    else:
        found = content.find_content(doc)
        if found is None or not found.is_article:
            raise NotAnArticle(f"no article text found: {url}")
        element = found.element

    loader = ArticleLoader(selector=sel)
    loader.add_value("url", url)
    loader.add_value("site", profile.name if profile else None)
    lines = metadata.info_lines(doc)
    generic = {
        "title": lambda: metadata.title_candidates(doc),
        "published": lambda: metadata.published_candidates(doc, url, lines),
        "author": lambda: metadata.author_candidates(doc, lines),
        "source": lambda: metadata.source_candidates(doc, lines),
        "category": lambda: metadata.category_candidates(doc),
    }
    for field, candidates in generic.items():
        queries = getattr(selectors, field, ()) if selectors else ()
        texts = [_text(match) for match in select(sel, queries)]
        loader.add_value(field, [t for t in texts if t] or list(candidates()))
    loader.add_value("blocks", html_blocks(element))
    article = loader.load_item()
    if not article.blocks:
        raise NotAnArticle(f"content region is empty: {url}")
    return article


def _text(match: Selector) -> str:
    """The text of a selected element, or the value of a selected attribute or text node."""
    root = match.root
    value = root if isinstance(root, str) else match.xpath("string()").get("")
    return " ".join(value.split())
