"""The crawl's learned template of its site (:mod:`fanwen.extract.template`).

Every article page's :class:`~fanwen.extract.template.Signature` is counted; the template is
what the counts decide, handed to the page readers with every page. A slot is decided only
after some pages (three by default), and the pages read before were read without it; a path
decided later (a layout first met late in the crawl) misses the pages before. So that what is
stored does not depend on which pages came first, the store records with each article the key
of the template it was read by and where its page showed the slots, and at the end of the
crawl the articles the final template would read otherwise are read again from their kept
pages (:func:`fanwen.reprocess.recheck_learned`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from fanwen.extract.template import Signature, Template, TemplateCounts, TemplateOptions


@dataclass
class SiteTemplate:
    """One site's template as a crawl learns it."""

    options: TemplateOptions = field(default_factory=TemplateOptions)
    counts: TemplateCounts = field(init=False)
    template: Template = field(default_factory=Template)

    def __post_init__(self) -> None:
        self.counts = TemplateCounts(self.options)

    def load(self, stored: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        """Start from what earlier crawls of the site learned."""
        self.counts.load(stored)
        self.template = self.counts.template()

    def observe(self, signature: Signature) -> bool:
        """Count one article page; whether the template changed."""
        self.counts.observe(signature)
        template = self.counts.template()
        changed = template.decided() != self.template.decided()
        self.template = template
        return changed
