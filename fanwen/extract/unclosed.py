"""Chrome boxes the parser left open over the article, closed where the page's author closed them.

libxml2's HTML parser ignores an end tag of a box of chrome (``</aside>``, ``</nav>``, ``</footer>``)
while a ``<div>`` opened inside the box is still open: a ``<div>`` never closed in a sidebar, a menu
or a footer makes that box hold the rest of the page, the article with it, and the box is dropped
as chrome (:data:`fanwen.extract.xpaths.DROP_TAGS`): "no prose on the page". A browser (the HTML5
parser) closes the box at its end tag. Parsing every page as HTML5 would cost a pure-Python parser;
this repair costs one scan for the few marks of an article.

The pattern: a chrome box that holds an article's mark (an ``<article>``, a ``<main>``, an ``<h1>``)
in a child holding most of the page's prose is a box left open. That child and what follows it in
the box go after the box, in the same order (no text moves in the page's reading order); the box
keeps what came before, its own chrome. A sidebar's long "about me" text, a footer's legal text, a
menu of many links beside a longer article hold no such child and stay where they are; a box inside
an ``<article>`` is the article's own (its footer of tags and comments, however long the thread).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# The boxes dropped as chrome whose end tag libxml2 ignores while a <div> in them is open.
CHROME_BOXES = frozenset({"aside", "nav", "footer"})
# What only an article's part of a page holds: never a sidebar's, a menu's or a footer's own.
ARTICLE_MARKS = ("article", "main", "h1")
_NOT_PROSE = ("a", "script", "style", "noscript", "template")
_SPACE = re.compile(r"\s+")


def close_left_open(root: HtmlElement) -> int:
    """Move the article out of every chrome box left open over it; the number of boxes closed.

    >>> from lxml.html import document_fromstring as parse
    >>> page = parse('<aside><div><a href="/">首页</a></aside></div><div><h1>标题</h1><p>正文的字。</p></div>')
    >>> [el.tag for el in page.find("body/aside")], close_left_open(page), [el.tag for el in page.find("body")]
    (['div', 'div'], 1, ['aside', 'div'])
    >>> page.find("body/div/h1").text, page.find("body/aside").text_content()
    ('标题', '首页')
    """
    page: int | None = None  # the page's prose, counted once, where a mark sits in a box
    seen: set[HtmlElement] = set()
    closed = 0
    for mark in list(root.iter(*ARTICLE_MARKS)):
        path = [mark, *mark.iterancestors()]
        boxes = [i for i, node in enumerate(path) if node.tag in CHROME_BOXES]
        if not boxes:
            continue
        box, child = path[boxes[-1]], path[boxes[-1] - 1]  # the outermost box, its child on the path
        if child in seen or any(node.tag == "article" for node in path[boxes[-1] + 1 :]):
            continue  # a box inside an article is its own (a post's footer holding its comment thread)
        seen.add(child)
        if page is None:
            body = root.find("body")
            page = _prose(body if body is not None else root)
        if 2 * _prose(child) > page:
            _split(box, child)
            closed += 1
    return closed


def _prose(el: HtmlElement) -> int:
    """The characters of ``el``'s text outside links and scripts, spaces aside."""
    text = len(_SPACE.sub("", el.text_content()))
    return text - sum(len(_SPACE.sub("", x.text_content())) for x in el.iter(*_NOT_PROSE))


def _split(box: HtmlElement, start: HtmlElement) -> None:
    """Move ``start``, a child of ``box``, and the children after it to right after ``box``, in
    their order (each with its tail); the box's own tail stays last."""
    carry = [start, *start.itersiblings()]
    tail, box.tail = box.tail, None
    anchor = box
    for el in carry:
        anchor.addnext(el)
        anchor = el
    if tail:
        anchor.tail = (anchor.tail or "") + tail
