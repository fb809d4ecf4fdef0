"""Turn a content region (an lxml element) into paragraph-level blocks with markup hints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from fanwen.extract import xpaths
from fanwen.extract.content import is_hidden
from fanwen.items import Block

_SPACE = re.compile(r"[ \t\r\n\f\v\u3000\xa0]+")
_CENTER_STYLE = re.compile(r"text-align\s*:\s*center", re.I)


@dataclass
class _Run:
    """Text gathered for the block being built."""

    tag: str = "p"
    parts: list[str] = field(default_factory=list)
    bold_chars: int = 0
    link_chars: int = 0
    heading: int | None = None
    centered: bool = False

    def add(self, text: str, bold: bool, link: bool) -> None:
        self.parts.append(text)
        size = len(text.strip())
        self.bold_chars += size if bold else 0
        self.link_chars += size if link else 0


def html_blocks(root: HtmlElement, skip: frozenset[HtmlElement] = frozenset()) -> list[Block]:
    """The blocks of ``root`` in document order, leaving out hidden elements and those in ``skip``.

    >>> from lxml.html import fragment_fromstring
    >>> root = fragment_fromstring('<div><h2>一、总体要求</h2><p>正文<b>第一</b>段。<br>第二行</p></div>')
    >>> [(b.text, b.tag, b.heading) for b in html_blocks(root)]
    [('一、总体要求', 'h2', 2), ('正文第一段。', 'p', None), ('第二行', 'p', None)]
    """
    blocks: list[Block] = []
    run = _Run()

    def flush(next_tag: str) -> None:
        nonlocal run
        text = _SPACE.sub(" ", "".join(run.parts)).strip()
        if text:
            size = len(text.replace(" ", "")) or 1
            blocks.append(
                Block(
                    text=text,
                    tag=run.tag,
                    heading=run.heading,
                    bold=run.bold_chars >= size * 0.9,
                    centered=run.centered,
                    link_density=min(1.0, run.link_chars / size),
                )
            )
        run = _Run(tag=next_tag)

    def walk(el: HtmlElement, bold: bool, link: bool, heading: int | None, centered: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if el is not root and (tag in xpaths.DROP_TAGS or el in skip or (tag and is_hidden(el))):
            _tail(el)
            return
        is_block = tag in xpaths.BLOCK_TAGS
        if tag == "br":
            flush(run.tag)
        elif is_block:
            flush(tag)
            heading = xpaths.HEADING_TAGS.get(tag, heading)
            centered = centered or tag == "center" or _is_centered(el)
            run.heading, run.centered = heading, centered
        bold = bold or tag in xpaths.BOLD_TAGS or _is_bold_style(el)
        link = link or tag == "a"
        if tag and el.text:
            run.add(el.text, bold, link)
        for child in el:
            walk(child, bold, link, heading, centered)
        if is_block:
            flush("p")
        _tail(el)

    def _tail(el: HtmlElement) -> None:
        parent = el.getparent()
        if el.tail and el is not root and parent is not None:
            run.add(el.tail, _inherits_bold(parent), _inside_link(parent))

    walk(root, False, False, None, False)
    flush("p")
    return blocks


def _is_centered(el: HtmlElement) -> bool:
    return (el.get("align") or "").lower() == "center" or bool(_CENTER_STYLE.search(el.get("style") or ""))


def _is_bold_style(el: HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style


def _inherits_bold(el: HtmlElement) -> bool:
    return any(
        isinstance(a.tag, str) and (a.tag in xpaths.BOLD_TAGS or _is_bold_style(a))
        for a in _ancestors_until_block(el)
    )


def _inside_link(el: HtmlElement) -> bool:
    return any(a.tag == "a" for a in _ancestors_until_block(el))


def _ancestors_until_block(el: HtmlElement) -> list[HtmlElement]:
    chain: list[HtmlElement] = []
    node: HtmlElement | None = el
    while node is not None and isinstance(node.tag, str) and node.tag not in xpaths.BLOCK_TAGS:
        chain.append(node)
        node = node.getparent()
    return chain


def text_of(el: HtmlElement) -> str:
    """Visible text of an element with whitespace folded, scripts and styles left out."""
    parts = [
        t
        for t in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
        if not isinstance(t, etree._Comment)
    ]
    return _SPACE.sub(" ", "".join(parts)).strip()
