"""Generic content detection: find the element holding the article on a page with no profile.

Chinese pages rarely mark their article up; what gives it away is prose: long runs of text with
sentence punctuation (，。；：！？) and few links. Every element that directly holds text is
scored by that evidence and passes its score up to its parent (fully) and grandparent (half),
as readability does; the best-scoring element, weighed down by its link density, wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from fanwen.extract import xpaths

_PUNCT = re.compile(r"[，。；：！？、,.;:!?]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_SPACE = re.compile(r"\s+")
_NEGATIVE_HINT = re.compile(
    r"comment|footer|foot|sidebar|side|nav|menu|related|recommend|relate|hot|share|copyright|"
    r"banner|ad-|ads|advert|tuijian|xiangguan|links|login|breadcrumb|crumb",
    re.I,
)
_POSITIVE_HINT = re.compile(r"article|content|main|post|text|body|entry|detail|zhengwen|news", re.I)

# A page is an article when its best region holds at least this much prose.
MIN_ARTICLE_CHARS = 150
MIN_ARTICLE_SENTENCES = 3


@dataclass(frozen=True)
class Region:
    """The element chosen as the article, with the evidence for it."""

    element: HtmlElement
    score: float
    text_chars: int
    sentences: int
    link_density: float

    @property
    def is_article(self) -> bool:
        return (
            self.text_chars >= MIN_ARTICLE_CHARS
            and self.sentences >= MIN_ARTICLE_SENTENCES
            and self.link_density < 0.35
        )


def find_content(doc: HtmlElement) -> Region | None:
    """The element most likely to hold the article text, or None on an empty page."""
    body = doc.find(".//body")
    root = body if body is not None else doc
    scores: dict[HtmlElement, float] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in xpaths.DROP_TAGS:
            continue
        own = _own_text(el)
        if len(own) < 10:
            continue
        value = _prose_score(own)
        parent = _container(el)
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + value
        grand = _candidate_ancestor(parent)
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2
    if not scores:
        return None
    weighted = {el: score * (1 - _link_density(el)) * _class_weight(el) for el, score in scores.items()}
    best = max(weighted, key=weighted.__getitem__)
    text = _text(best)
    return Region(
        element=best,
        score=weighted[best],
        text_chars=len(text),
        sentences=len(_SENTENCE_END.findall(text)),
        link_density=_link_density(best),
    )


def _own_text(el: HtmlElement) -> str:
    """Text directly inside ``el`` and its inline children, not inside nested blocks."""
    parts = [el.text or ""]
    for child in el:
        inline = isinstance(child.tag, str) and child.tag not in xpaths.BLOCK_TAGS
        if inline and child.tag not in xpaths.DROP_TAGS and child.tag != "a":
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _SPACE.sub("", "".join(parts))


def _prose_score(text: str) -> float:
    return 1 + len(_PUNCT.findall(text)) + min(len(text) / 50, 6)


def _container(el: HtmlElement) -> HtmlElement | None:
    """``el`` itself when it may hold an article, else its nearest ancestor that may."""
    if el.tag in xpaths.CANDIDATE_TAGS and el.tag not in ("span", "font"):
        return el
    return _candidate_ancestor(el)


def _candidate_ancestor(el: HtmlElement) -> HtmlElement | None:
    node = el.getparent()
    while node is not None and node.tag not in xpaths.CANDIDATE_TAGS:
        node = node.getparent()
    return node


def _text(el: HtmlElement) -> str:
    return _SPACE.sub("", el.text_content())


def _link_density(el: HtmlElement) -> float:
    total = len(_text(el)) or 1
    linked = sum(len(_SPACE.sub("", a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / total)


def _class_weight(el: HtmlElement) -> float:
    hint = f"{el.get('class', '')} {el.get('id', '')}"
    if not hint.strip():
        return 1.0
    weight = 1.0
    if _NEGATIVE_HINT.search(hint):
        weight *= 0.5
    if _POSITIVE_HINT.search(hint):
        weight *= 1.25
    return weight
