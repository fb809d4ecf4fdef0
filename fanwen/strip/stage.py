"""The strip stage on one article: its content blocks and the text after them, every removal recorded.

The crawl's pipeline (:mod:`fanwen.pipelines.strip`) and the page path (:mod:`fanwen.pagepath`)
both call :func:`clean_article`; ``fanwen explain`` shows the decisions :func:`strip_article` makes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from fanwen.extract.metadata import first_printed
from fanwen.items import Article, Block
from fanwen.strip import Rule, StripResult, strip_blocks
from fanwen.strip.boilerplate import BoilerplateCounts


def strip_article(
    item: Article, rules: Sequence[Rule], is_boilerplate: Callable[[Block], str | None] | None = None
) -> tuple[StripResult, StripResult]:
    """The decisions on an article's content blocks, and on the text after them on the page:
    that is never kept, only its adverts and paywall notices are recorded (``fanwen explain``
    shows both)."""
    content = strip_blocks(item.blocks, rules, title=item.title, is_boilerplate=is_boilerplate)
    return content, strip_blocks(item.tail, rules)


def clean_article(
    item: Article,
    rules: Sequence[Rule],
    boilerplate: BoilerplateCounts | None = None,
    scopes: Sequence[str] = (),
) -> Article:
    """Strip ``item`` in place: its blocks become the kept ones, its removals are recorded.

    The blocks after the content region (``item.tail``) are stripped too, so that a paywall
    notice or a promo footer outside the region is recorded and sets ``truncated``; nothing of
    them is kept. ``boilerplate``: the learned counts, asked in the article's ``scopes``
    (:func:`fanwen.strip.boilerplate.scopes`).
    """
    learned = (
        boilerplate.learned(scopes, item.title, item.blocks) if boilerplate is not None and scopes else None
    )
    return apply_strip(item, *strip_article(item, rules, learned))


def apply_strip(item: Article, result: StripResult, after: StripResult) -> Article:
    """``item`` with the decisions of :func:`strip_article` applied: kept blocks, removals, ``truncated``."""
    item.blocks = result.blocks
    item.removed = [*item.removed, *result.removed, *after.removed]
    item.truncated = item.truncated or result.truncated or after.truncated
    item.tail = []
    if item.source is None:
        # Where no field names the source, the first-printing note strip took out of the text does
        # (review of 789ef17, R6: the removal is the evidence that the line is the page's note).
        notes = [r.text for r in (*result.removed, *after.removed) if r.rule in _PRINTING_NOTES]
        item.source = next(first_printed(notes), None) if notes else None
    return item


_PRINTING_NOTES = frozenset({"notice-first-printed", "notice-reprint"})
