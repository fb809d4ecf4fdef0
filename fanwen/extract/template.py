"""Site templates: what the article pages of one site share, learned from several of them.

A single-page extractor sees one page; a crawler sees many of one site, and they share a
template: the element holding the article sits at the same place on each. Where generic
detection agrees on that place for most pages, the place is the site's content selector, and
it also holds on the pages where detection alone would pick a longer feed or a comment list.
:func:`learn` finds it; ``fanwen profile learn`` writes it as a profile a user can read and edit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from lxml.html import HtmlElement, document_fromstring

from fanwen.extract import content

# Share of the pages whose detected region the learned selector must find.
MIN_AGREEMENT = 0.6
MIN_PAGES = 2
# An id or class that names a place (main, article-content), not an item (post-1234, a hash).
_STABLE = re.compile(r"^[A-Za-z_][\w-]*$")
_ITEM = re.compile(r"\d{2,}|[0-9a-f]{6,}", re.I)


def _stable(token: str) -> bool:
    return bool(_STABLE.match(token)) and not _ITEM.search(token)


def css_path(el: HtmlElement) -> str:
    """A CSS selector for ``el`` by its place: tags, stable ids and classes from the nearest
    ancestor with a stable id (or ``body``) down.

    >>> doc = document_fromstring('<body><div id="main"><div class="box post-123 content"><p>x</p></div></div></body>')
    >>> css_path(doc.find('.//p').getparent())
    'div#main > div.box.content'
    """
    parts: list[str] = []
    node: HtmlElement | None = el
    while node is not None and node.tag not in ("body", "html"):
        ident = node.get("id", "").strip()
        if ident and _stable(ident):
            parts.append(f"{node.tag}#{ident}")
            break
        classes = [c for c in node.get("class", "").split() if _stable(c)]
        parts.append(node.tag + "".join(f".{c}" for c in classes))
        node = node.getparent()
    else:
        parts.append("body")
    return " > ".join(reversed(parts))


@dataclass(frozen=True)
class Template:
    """What was learned: the content and title selectors (None where the pages did not agree),
    how many pages were read, and on how many each selector finds what detection found."""

    content: str | None
    title: str | None
    pages: int
    content_agree: int
    title_agree: int


def learn(pages: Iterable[str]) -> Template:
    """The template of one site's article pages (their HTML), by majority of what generic
    detection finds on each: a selector is kept when it finds the detected element on at least
    ``MIN_AGREEMENT`` of the pages (and on two at least)."""
    docs = [document_fromstring(html) for html in pages if html.strip()]
    regions: list[HtmlElement | None] = []
    titles: list[HtmlElement | None] = []
    for doc in docs:
        found = content.find_content(doc)
        regions.append(found.element if found is not None and found.is_article else None)
        titles.append(found.title if found is not None else None)  # the heading detection anchored to
    content_sel, content_agree = _majority(docs, regions)
    title_sel, title_agree = _majority(docs, titles)
    return Template(content_sel, title_sel, len(docs), content_agree, title_agree)


def _majority(docs: list[HtmlElement], found: list[HtmlElement | None]) -> tuple[str | None, int]:
    paths = Counter(css_path(el) for el in found if el is not None)
    for path, _ in paths.most_common(3):
        agree = sum(
            1 for doc, el in zip(docs, found, strict=True) if el is not None and _finds(doc, path, el)
        )
        if agree >= max(MIN_PAGES, MIN_AGREEMENT * len(docs)):
            return path, agree
    return None, 0


def _finds(doc: HtmlElement, path: str, el: HtmlElement) -> bool:
    """Whether ``path``'s first match on ``doc`` is ``el`` (the selector picks what detection did)."""
    matches = doc.cssselect(path)
    return bool(matches) and matches[0] is el


def profile_toml(name: str, template: Template) -> str:
    """The template as a profile's TOML, with how it was learned in comments."""
    lines = [
        f"# Learned by `fanwen profile learn` from {template.pages} page(s): the content selector finds",
        f"# the region generic detection found on {template.content_agree} of them, the title selector",
        f"# the title heading on {template.title_agree}. Edit freely; `fanwen profile check` tries it.",
        f"name = {_toml_str(name)}",
        "",
        "[selectors]",
    ]
    if template.content:
        lines.append(f"content = [{_toml_str(template.content)}]")
    if template.title:
        lines.append(f"title = [{_toml_str(template.title)}]")
    return "\n".join(lines) + "\n"


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
