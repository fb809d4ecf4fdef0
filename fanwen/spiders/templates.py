"""The crawl's learned template of its site (:mod:`fanwen.extract.template`), and the first
pages it keeps to read again once a slot is decided.

Every article page's :class:`~fanwen.extract.template.Signature` is counted; the template is
what the counts decide, handed to the page readers with every page. A slot is decided only
after some pages (three by default), and the pages read before were read without it. So that
what is stored does not depend on which pages came first, the pages read while the site's
first ``window`` pages are counted are kept (their bytes, about 1 MB at most), and whenever
the template changes, those on which it now names another place than detection found are read
again and stored in place of their first reading (``Article.reread``: no revision, not
counted twice). After the window the kept pages are let go: a slot decided or dropped later
applies from the next page on, and to the whole site at the next crawl.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from fanwen.extract.template import SLOTS, Signature, Template, TemplateCounts, TemplateOptions
from fanwen.items import Article

LEARN_WINDOW = 10  # article pages of a site kept until its template has had a chance to form


def fingerprint(article: Article) -> int:
    """What a re-reading must change for the page to be stored again."""
    return hash(
        (
            article.title,
            article.published,
            article.author,
            article.source,
            tuple(b.text for b in article.blocks),
        )
    )


@dataclass
class KeptPage:
    """An article page read before its site's template settled, to be read again by it."""

    body: bytes
    content_type: str | None
    url: str
    etag: str | None
    last_modified: str | None
    signature: Signature
    fingerprint: int


@dataclass
class SiteTemplate:
    """One site's template as a crawl learns it."""

    options: TemplateOptions = field(default_factory=TemplateOptions)
    window: int = LEARN_WINDOW
    counts: TemplateCounts = field(init=False)
    template: Template = field(default_factory=Template)
    kept: list[KeptPage] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.counts = TemplateCounts(self.options)

    def load(self, stored: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        """Start from what earlier crawls of the site learned."""
        self.counts.load(stored)
        self.template = self.counts.template()

    @property
    def learning(self) -> bool:
        return self.counts.pages < self.window

    def observe(self, signature: Signature, page: KeptPage | None = None) -> bool:
        """Count one article page (``page``: its bytes, kept while the template forms);
        whether the template changed."""
        if page is not None and self.learning:
            self.kept.append(page)
        self.counts.observe(signature)
        template = self.counts.template()
        changed = template.decided() != self.template.decided()
        self.template = template
        return changed

    def due(self) -> list[KeptPage]:
        """The kept pages the template would read otherwise than they were read."""
        return [page for page in self.kept if disagrees(page.signature, self.template)]

    def settle(self) -> None:
        """Let the kept pages go once the window is counted."""
        if not self.learning:
            self.kept.clear()


def disagrees(signature: Signature, template: Template) -> bool:
    """Whether ``template`` decides, for some slot, other places than the page was read by.

    >>> disagrees(Signature(content="div.feed"), Template(content=("div.body",)))
    True
    >>> disagrees(Signature(content="div.body", author="span.zz"), Template(content=("div.body",)))
    False
    """
    return any((paths := getattr(template, slot)) and getattr(signature, slot) not in paths for slot in SLOTS)
