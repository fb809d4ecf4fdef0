"""Site templates: what the article pages of one site share, learned from several of them.

A single-page extractor sees one page; a crawler sees many of one site, and they share a
template: the article sits in the same element on each, its title in the same heading, its
date and author in the same slots. Where generic detection agrees on such a place on most of
the pages, the place is the site's, and it also holds on the pages where detection alone errs:
a feed longer than a short article, a sidebar that prints another date and another name before
the article in the page's source.

Each article page read with ``observe`` yields a :class:`Signature`: the element path (see
:func:`css_path`) of each slot where generic detection found it. :class:`TemplateCounts`
counts signatures per site, and a slot is decided from counts alone: its most frequent path,
found on at least ``min_pages`` pages and on ``min_share`` of the pages seen. The decided
:class:`Template` is applied as a profile's selectors are (:func:`fanwen.extract.page.extract_article`),
and it is re-checked on every page: a page where a slot's selector finds nothing (or nothing
that reads as a date, a name, an article) falls back to generic detection for that slot and
counts for whatever detection found there, so a slot the site stopped using loses its share
and is dropped, and another path that gains one is learned in its place.

``fanwen profile learn`` writes what was learned, from saved pages or from a crawl's stored
counts, as a profile a user can read and edit (:func:`profile_toml`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from fanwen.extract import xpaths
from fanwen.extract.processors import clean_author, clean_space, strip_title_suffix

if TYPE_CHECKING:
    # Imported where used: profiles hold a Template, and `fanwen --help` loads profiles
    # without lxml, Scrapy or Twisted.
    from lxml.cssselect import CSSSelector
    from lxml.html import HtmlElement

SLOTS = ("content", "title", "published", "author")
PAGES_KEY = ("*", "")  # the (slot, path) under which the pages seen are counted
# An id or class that names a place (main, article-content), not an item (post-1234, a hash).
_STABLE = re.compile(r"^[A-Za-z_][\w-]*$")
_ITEM = re.compile(r"\d{2,}|[0-9a-f]{6,}", re.I)
# A slot holds a short line: a longer text holding the value is a paragraph that quotes it.
MAX_SLOT_CHARS = 160
# A slot's path for "this layout prints none": the mark, then the layout's content path
# (``!div#wrap > div.article-body``). Learned for the author, as a path is: a layout whose
# pages name nobody, where detection on a page alone takes a name printed beside the article
# (a column box's 专栏作者：…). Where it applies, the author comes only from the article itself.
ABSENT = "!"
_DROP = frozenset(xpaths.DROP_TAGS)


def _stable(token: str) -> bool:
    return bool(_STABLE.match(token)) and not _ITEM.search(token)


def css_path(el: HtmlElement) -> str:
    """A CSS selector for ``el`` by its place: tags, stable ids and classes from the nearest
    ancestor with a stable id (or ``body``) down; ``el`` itself also by its rank among its
    parent's children it would not be told from (the third ``<span>`` of an info line).

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring('<body><div id="main"><div class="box post-123 content"><p>x</p></div></div></body>')
    >>> css_path(doc.find('.//p').getparent())
    'div#main > div.box.content'
    >>> doc = document_fromstring('<body><div class="info"><span>2024-05-06</span><span>作者：张三</span></div></body>')
    >>> css_path(doc.findall('.//span')[1])
    'body > div.info > span:nth-of-type(2)'
    """
    parts: list[str] = []
    node: HtmlElement | None = el
    while node is not None and node.tag not in ("body", "html"):
        ident = node.get("id", "").strip()
        if ident and _stable(ident):
            parts.append(f"{node.tag}#{ident}")
            break
        classes = [c for c in node.get("class", "").split() if _stable(c)]
        part = node.tag + "".join(f".{c}" for c in classes)
        if node is el:
            part += _rank(node, classes)
        parts.append(part)
        node = node.getparent()
    else:
        parts.append("body")
    return " > ".join(reversed(parts))


def _rank(el: HtmlElement, classes: list[str]) -> str:
    """``:nth-of-type(n)`` when a sibling of ``el`` has its tag and its stable classes."""
    parent = el.getparent()
    if parent is None:
        return ""
    same = [c for c in parent if c.tag == el.tag]
    if len(same) < 2 or not any(
        c is not el and all(k in c.get("class", "").split() for k in classes) for c in same
    ):
        return ""
    return f":nth-of-type({next(i for i, c in enumerate(same, 1) if c is el)})"


@lru_cache(maxsize=256)
def compiled(path: str) -> CSSSelector:
    """A slot's selector, compiled once per crawl process (a site has a handful)."""
    from lxml.cssselect import CSSSelector

    return CSSSelector(path)


def first_match(doc: HtmlElement, path: str) -> HtmlElement | None:
    """The first element ``path`` selects (for an :data:`ABSENT` path, its layout's element)."""
    found = compiled(path.removeprefix(ABSENT))(doc)
    return found[0] if found else None


@dataclass(frozen=True)
class Template:
    """A site's decided slots: for each, the CSS selectors of its layouts, tried in order (the
    first that finds a usable element wins, as a profile's list of selectors), and the paths
    still being judged (``candidates``: ``(slot, path)``), whose presence pages report.

    Small and frozen: the crawl hands it to its page readers with every page.
    """

    content: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    candidates: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, slot) for slot in SLOTS) or bool(self.candidates)

    def decided(self) -> tuple[tuple[str, ...], ...]:
        """The decided paths alone: what reading a page by the template depends on."""
        return tuple(getattr(self, slot) for slot in SLOTS)


@dataclass(frozen=True)
class Signature:
    """What one page showed: per slot the path it was found at (None: not found, or a path
    whose selector would pick another element first); ``elsewhere``, the template's paths
    (decided or candidate) whose element the page has though the slot was not taken there;
    and the slots the template gave."""

    content: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    elsewhere: tuple[tuple[str, str], ...] = ()
    applied: frozenset[str] = frozenset()

    def paths(self) -> Iterable[tuple[str, str]]:
        return ((slot, path) for slot in SLOTS if (path := getattr(self, slot)))


def template_key(template: Template | None) -> str | None:
    """A short key of the decided paths ``template`` reads a page by (None: no template): the
    store records it with each article, so that a change of the site's template finds the
    articles read by another one.

    >>> template_key(Template(content=("div.a",))) == template_key(Template(content=("div.a",), candidates=(("title", "h1"),)))
    True
    >>> template_key(Template()) != template_key(Template(content=("div.a",)))
    True
    >>> template_key(Template(content=("div.a", "div.b"))) == template_key(Template(content=("div.b", "div.a")))
    True
    """
    if template is None:
        return None
    # The paths of a slot in any order: counts that swap two layouts' order now and then (their
    # pages have one path's element or the other's) do not make every page read before stale.
    paths = tuple(tuple(sorted(getattr(template, slot))) for slot in SLOTS)
    return hashlib.sha256(repr(paths).encode()).hexdigest()[:16]


def signature_json(signature: Signature | None) -> str | None:
    """What the store keeps of a page's signature: where each slot was found, and the slots the
    template gave (``elsewhere`` only feeds the counts)."""
    if signature is None:
        return None
    slots = {slot: path for slot, path in signature.paths()}
    return json.dumps(
        {"slots": slots, "applied": sorted(signature.applied)}, ensure_ascii=False, sort_keys=True
    )


def signature_from_json(text: str) -> Signature:
    """:func:`signature_json` read back.

    >>> seen = Signature(content="div.a", author="p.by", applied=frozenset({"content"}))
    >>> signature_from_json(signature_json(seen) or "") == seen
    True
    """
    data = json.loads(text)
    return Signature(**{slot: data["slots"].get(slot) for slot in SLOTS}, applied=frozenset(data["applied"]))


def stale(signature: Signature, template: Template) -> bool:
    """Whether ``template`` would read the page otherwise than it was read: for some slot it
    decides other places than the page showed it at, or it no longer decides a slot that
    gave the page its value.

    >>> stale(Signature(content="div.feed"), Template(content=("div.body",)))
    True
    >>> stale(Signature(content="div.body", author="span.zz"), Template(content=("div.body",)))
    False
    >>> stale(Signature(content="div.body", applied=frozenset({"content"})), Template())
    True
    """
    return any(
        (paths or slot in signature.applied) and getattr(signature, slot) not in paths
        for slot in SLOTS
        for paths in [getattr(template, slot)]
    )


def merged(first: Template | None, then: Template | None) -> Template | None:
    """``first``'s paths for each slot, then ``then``'s not already there (a profile's
    ``[template]``, then what the crawl learned); None when neither has any.

    >>> merged(Template(content=("div.a",)), Template(content=("div.b", "div.a"), title=("h1",))).decided()
    (('div.a', 'div.b'), ('h1',), (), ())
    """
    if not first:
        return then or None
    if not then:
        return first
    slots = {slot: tuple(dict.fromkeys((*getattr(first, slot), *getattr(then, slot)))) for slot in SLOTS}
    return Template(**slots, candidates=then.candidates)


# What a slot's element must give to stand for a value detection found: the same text through
# the same processors a profile's selector goes through (items.ArticleLoader), so that a
# learned profile reads the page as the template does.
def slot_title(text: str) -> str | None:
    cleaned = clean_space(text)
    return strip_title_suffix(cleaned) if cleaned else None


def slot_author(text: str) -> str | None:
    cleaned = clean_space(text)
    return clean_author(cleaned) if cleaned else None


def slot_path(doc: HtmlElement, el: HtmlElement | None) -> str | None:
    """``el``'s path when its selector's first match on ``doc`` is ``el``, else None."""
    if el is None:
        return None
    path = css_path(el)
    return path if first_match(doc, path) is el else None


def find_slots(
    doc: HtmlElement, wanted: Mapping[str, tuple[str, Callable[[str], object], object]]
) -> dict[str, str | None]:
    """Per slot, ``(needle, gives, value)``: the path of the first short element whose own text
    holds ``needle`` and whose whole text gives ``value`` (``gives(text) == value``), where the
    page printed a value detection found; one walk over the page for all the slots.

    >>> from lxml.html import document_fromstring
    >>> from fanwen.extract.processors import parse_date
    >>> doc = document_fromstring('<body><div class="side">2024-03-01</div><div class="riqi">日期：2023-05-06</div></body>')
    >>> find_slots(doc, {"published": ("2023", parse_date, parse_date("2023-05-06"))})
    {'published': 'body > div.riqi'}
    """
    from fanwen.extract.blocks import text_of

    found: dict[str, str | None] = dict.fromkeys(wanted)
    left = dict(wanted)
    for el in doc.iter():
        if not left:
            break
        if not isinstance(el.tag, str) or el.tag in _DROP:
            continue
        for own, text in ((True, el.text), (False, el.tail)):
            if not text:
                continue
            for slot, (needle, gives, value) in list(left.items()):
                if needle not in text:
                    continue
                holder = el if own else el.getparent()
                if holder is None:
                    continue
                whole = text_of(holder)
                if len(whole) <= MAX_SLOT_CHARS and gives(whole) == value:
                    found[slot] = slot_path(doc, holder)
                    del left[slot]
    return found


@dataclass(frozen=True)
class TemplateOptions:
    """A slot's path is decided once it was found on ``min_pages`` pages and on ``min_share`` of
    the pages that have its element; a slot keeps up to ``max_layouts`` paths (a site with
    several article layouts) and judges up to ``max_candidates`` more."""

    min_pages: int = 3
    min_share: float = 0.6
    max_layouts: int = 4
    max_candidates: int = 2
    max_paths: int = 16  # paths counted per slot: the rare ones cannot win and are forgotten


@dataclass
class TemplateCounts:
    """One site's counts: the pages seen, and for each slot and path the pages the slot was
    found there (``found``) and the pages that had the path's element but showed the slot
    elsewhere or not at all (``elsewhere``).

    A path found on a few pages of a site with a single layout (a feed detection took on the
    pages with a short article) has its element on every page, and those count against it; the
    path of a second layout has no element on the first layout's pages, and nothing counts
    against it.

    >>> counts = TemplateCounts()
    >>> for path in ("div.a", "div.a", "div.b", "div.a", "div.b", "div.b"):
    ...     counts.observe(Signature(content=path))
    >>> counts.template().content
    ('div.a', 'div.b')
    >>> for _ in range(3):  # pages of the first layout that have div.b too, holding something else
    ...     counts.observe(Signature(content="div.a", elsewhere=(("content", "div.b"),)))
    >>> counts.decided("content")
    [('div.a', 6)]
    """

    options: TemplateOptions = field(default_factory=TemplateOptions)
    pages: int = 0
    found: dict[str, Counter[str]] = field(default_factory=lambda: {slot: Counter() for slot in SLOTS})
    elsewhere: dict[str, Counter[str]] = field(default_factory=lambda: {slot: Counter() for slot in SLOTS})

    def load(self, stored: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        """Start from counts stored by earlier crawls: ``{(slot, path): (found, elsewhere)}``."""
        for (slot, path), (found, elsewhere) in stored.items():
            if (slot, path) == PAGES_KEY:
                self.pages += found
            elif slot in self.found:
                self.found[slot][path] += found
                self.elsewhere[slot][path] += elsewhere
        for slot in SLOTS:
            self._trim(slot)

    def observe(self, signature: Signature) -> None:
        self.pages += 1
        for slot, path in signature.paths():
            self.found[slot][path] += 1
            self._trim(slot)
        for slot, path in signature.elsewhere:
            if slot in self.elsewhere:
                self.elsewhere[slot][path] += 1

    def _trim(self, slot: str) -> None:
        paths = self.found[slot]
        if len(paths) > 2 * self.options.max_paths:
            self.found[slot] = Counter(dict(paths.most_common(self.options.max_paths)))
            self.elsewhere[slot] = Counter(
                {p: n for p, n in self.elsewhere[slot].items() if p in self.found[slot]}
            )

    def decided(self, slot: str) -> list[tuple[str, int]]:
        """The slot's decided paths, most pages first, with the pages each was found on."""
        options = self.options
        found, elsewhere = self.found[slot], self.elsewhere[slot]
        return [
            (path, count)
            for path, count in found.most_common()
            if count >= options.min_pages and count >= options.min_share * (count + elsewhere[path])
        ][: options.max_layouts]

    def template(self) -> Template:
        decided = {slot: tuple(path for path, _ in self.decided(slot)) for slot in SLOTS}
        candidates = tuple(
            (slot, path)
            for slot in SLOTS
            for path in [p for p, _ in self.found[slot].most_common() if p not in decided[slot]][
                : self.options.max_candidates
            ]
        )
        return Template(**decided, candidates=candidates)


def learn(
    pages: Iterable[str],
    options: TemplateOptions | None = None,
    on_error: Callable[[int, Exception], None] | None = None,
    on_not_article: Callable[[int, Exception], None] | None = None,
) -> TemplateCounts:
    """The counts of one site's article pages (their HTML), each read by generic detection.

    Every path found on one page is looked for on the others, so a path that only some of the
    pages holding its element show the slot at (a feed detection took) is judged on all of them.
    ``on_error``: a page whose extraction raises (a defect) is skipped and given to it with its
    index, instead of ending the run. ``on_not_article``: a page detection reads as no article (a
    listing, an error page) is given to it with its index and the reason (``NotAnArticle``); it is
    still counted, as a page that shows no slot.
    """
    from fanwen.extract.page import NotAnArticle, extract_article, parse_html

    read: list[tuple[HtmlElement, Signature]] = []
    for index, html in enumerate(pages):
        if not html.strip():
            continue
        # Parsed as the page path parses it (an XHTML page is HTML; JSON or XML is no page).
        selector = parse_html(html)
        try:
            if selector.type != "html":
                raise ValueError(f"not HTML: the text is {selector.type.upper()}")
            article = extract_article(selector, None, None, observe=True)
        except NotAnArticle as not_article:
            if on_not_article is not None:
                on_not_article(index, not_article)
            read.append((selector.root, Signature()))
            continue
        except Exception as exc:
            if on_error is None:
                raise
            on_error(index, exc)
            continue
        read.append((selector.root, article.template_seen or Signature()))
    seen = {(slot, path) for _, signature in read for slot, path in signature.paths()}
    counts = TemplateCounts(options or TemplateOptions())
    for doc, signature in read:
        shown = set(signature.paths())
        elsewhere = tuple(
            (slot, path)
            for slot, path in sorted(seen - shown)
            if getattr(signature, slot) != path and first_match(doc, path) is not None
        )
        counts.observe(replace(signature, elsewhere=elsewhere))
    return counts


def profile_toml(name: str, counts: TemplateCounts, source: str, start_url: str | None = None) -> str:
    """What ``counts`` decide as a profile's TOML, with how each selector was learned in comments."""
    lines = [
        f"# Learned by `fanwen profile learn` from {source}: {counts.pages} article page(s).",
        "# Each path found what generic detection found on the pages counted beside it. On a page",
        "# the paths of a slot are tried in order, and where none gives a usable value generic",
        "# detection decides; a path moved to [selectors] is the page's word instead. A path that",
        "# starts with ! says the slot is empty on the layout whose article is there (its author",
        "# is then read only from the article itself, not from beside it). Edit freely,",
        "# and try it with `fanwen profile check FILE --url URL`.",
        f"name = {_toml_str(name)}",
        *([f"start_urls = [{_toml_str(start_url)}]"] if start_url else []),
        "",
        "[template]",
    ]
    for slot in SLOTS:
        decided = counts.decided(slot)
        if decided:
            paths = ", ".join(_toml_str(path) for path, _ in decided)
            found = ", ".join(f"{count}" for _, count in decided)
            lines.append(f"{slot} = [{paths}]  # found on {found} of {counts.pages} pages")
    return "\n".join(lines) + "\n"


def slots_of(template: Template) -> dict[str, tuple[str, ...]]:
    """The decided slots of ``template`` and their paths."""
    return {slot: paths for slot in SLOTS if (paths := getattr(template, slot))}


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
