"""Turns an article's sections and drawing into content HTML, and draws the pagers."""

from __future__ import annotations

from collections.abc import Sequence

from fanwen.demo import templates as t
from fanwen.demo.layouts import Skin
from fanwen.demo.model import DemoArticle, ExpectedSection


def section_html(section: ExpectedSection, markup: str, tail: str | None, skin: Skin) -> list[str]:
    """The blocks of one section; a lead-sentence heading shares its paragraph with the text."""
    paragraphs = section.paragraphs or [""]
    if tail:
        paragraphs = [*paragraphs[:-1], paragraphs[-1] + tail]
    if section.heading is None:
        return [skin.paragraph(p) for p in paragraphs]
    if markup == "lead":
        paragraphs = [section.heading + paragraphs[0], *paragraphs[1:]]
        return [skin.paragraph(p) for p in paragraphs]
    return [skin.heading(markup, section.heading), *(skin.paragraph(p) for p in paragraphs if p)]


def content_pages(article: DemoArticle, skin: Skin) -> list[str]:
    """The content area's HTML, one string per page of the article."""
    drawing = article.drawing
    pages: list[list[str]] = [skin.content_prefix(article, n) for n in range(len(article.pages))]
    if drawing.opening:
        pages[0].append(skin.paragraph(drawing.opening))
    pages[0].extend(skin.ad(ad.style, ad.text) for ad in drawing.ads if ad.after < 0)
    for index, section in enumerate(article.sections):
        page = pages[min(drawing.page_of(index), len(pages) - 1)]
        markup = drawing.heading_markup(section.level)
        page.extend(section_html(section, markup, drawing.tail_ad(index), skin))
        page.extend(skin.ad(ad.style, ad.text) for ad in drawing.ads if ad.after == index)
    return ["\n".join(blocks) for blocks in pages]


def adverts_of(article: DemoArticle, skin: Skin) -> list[str]:
    """Every promo string the page shows, read off the same drawing the HTML is made from."""
    drawing = article.drawing
    found = [drawing.opening] if drawing.opening else []
    found += [ad.text for ad in drawing.ads]
    found += [tail for _, tail in drawing.tail_ads]
    found += skin.promos(article)
    return list(dict.fromkeys(found))


def pager_links(urls: Sequence[str], current: int, window: int = 3) -> str:
    """``首页 上一页 1 2 3 下一页 尾页``: a window of page numbers around ``current`` (0-based)."""
    last = len(urls) - 1
    parts: list[str] = []
    if current > 0:
        parts += [_link(urls[0], "首页"), _link(urls[current - 1], "上一页")]
    for n in range(max(0, current - window), min(last, current + window) + 1):
        label = str(n + 1)
        parts.append(t.PAGER_CURRENT.format(label=label) if n == current else _link(urls[n], label))
    if current < last:
        parts += [_link(urls[current + 1], "下一页"), _link(urls[last], "尾页")]
    parts.append(t.PAGER_TOTAL.format(pages=last + 1))
    return " ".join(parts)


def article_pager(article: DemoArticle, page_no: int, skin: Skin) -> str:
    """Multi-page articles get ``上一页 1 2 下一页`` under the content; others nothing."""
    urls = article.pages
    return skin.pager(pager_links(urls, page_no)) if len(urls) > 1 else ""


def _link(href: str, label: str) -> str:
    return t.PAGER_LINK.format(href=href, label=label)
