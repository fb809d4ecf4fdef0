"""Recover an article's own structure from its clean blocks: intro, headed sections, conclusion.

Every block is asked whether it opens a section and, if so, which *family* of heading it
belongs to (``一、``, ``（一）``, ``1.``, ``<h2>``, bold line, lead sentence, ``篇一``...). Levels
come from the order families nest in this article, not from a fixed table: the first family
seen is level 1, a family first seen inside it is level 2, and so on, the way a reader infers
an outline. Headings and section texts, in order, are exactly the clean article's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from fanwen.items import Block, Section

_CN_NUM = "一二三四五六七八九十百零〇两"
# (family, pattern) in the order they are tried; the pattern matches at the block start.
NUMBERED = (
    (
        "essay",
        re.compile(
            rf"^[【\[]?\s*(?:篇|范文|精选范文)\s*[{_CN_NUM}\d]+\s*[】\]]?\s*[:：、.．]?|^第[{_CN_NUM}\d]+篇"
        ),
    ),
    ("cn-number", re.compile(rf"^[{_CN_NUM}]+\s*[、.．]")),
    ("cn-paren", re.compile(rf"^[（(]\s*[{_CN_NUM}]+\s*[）)]")),
    ("arabic", re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))")),
    ("arabic-paren", re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),
    (
        "ordinal",
        re.compile(
            rf"^(?:第[{_CN_NUM}]+[，,、]|其[{_CN_NUM}]+[，,、]|(?:首先|其次|再次|再者|最后)(?:[，,]|要|是))"
        ),
    ),
)
CONCLUSION = re.compile(r"^(?:总之|综上所述|综上|总而言之|总的来说|总的来看|总体来看|一句话)[，,：:]?")
_SENTENCE_END = re.compile(r"[。！？!?：:]")
# A lead sentence that talks like a story (pronouns, particles) is not a heading.
_NARRATIVE = re.compile(r"[我你他她吗呢吧啊呀]")
# Sentences opening with a connective or a time phrase continue an argument; they head nothing.
_CONNECTIVE = re.compile(
    r"^(?:近年来|近期|目前|当前|如今|同时|此外|另外|其中|例如|比如|因此|所以|但是|然而|可见|由此)"
)

# A heading is short; a paragraph that merely starts with a number is not one.
MAX_HEADING_CHARS = 40
MAX_LEAD_SENTENCE_CHARS = 24
# Lead-sentence headings are believed only when several paragraphs share the shape, and only
# on a page (or essay) with no explicit headings of its own.
MIN_LEAD_HEADINGS = 3
MIN_LEAD_SHARE = 0.4
# Families that are ordinary prose openers too: believed only with a second of their kind.
NEEDS_COMPANY = frozenset({"ordinal"})


@dataclass(frozen=True)
class _Heading:
    family: str
    text: str  # the heading itself
    body: str  # the rest of the block, the start of the section's text


def split_sections(blocks: Sequence[Block]) -> list[Section]:
    """The article's sections, in order.

    >>> blocks = [Block("引言。"), Block("一、总体要求"), Block("正文甲。"), Block("总之，很好。")]
    >>> [(s.kind, s.level, s.heading, s.text) for s in split_sections(blocks)]
    [('intro', 1, None, '引言。'), ('section', 1, '一、总体要求', '正文甲。'), ('conclusion', 1, None, '总之，很好。')]
    """
    headings = _find_headings(blocks)
    conclusions = _conclusion_starts(blocks, headings)
    sections: list[Section] = []
    stack: list[str] = []
    kind, level, heading, texts = "intro", 1, None, []  # type: ignore[var-annotated]
    concluded = False  # inside a conclusion, headings of the same essay are body text

    def close() -> None:
        if heading is not None or texts:
            sections.append(Section(kind, level, heading, "\n".join(texts)))

    for index, block in enumerate(blocks):
        found = headings.get(index)
        if found is not None and concluded and found.family != "essay":
            found = None
        if index in conclusions:
            close()
            concluded = True
            level = 2 if stack[:1] == ["essay"] else 1
            kind, heading, texts = "conclusion", None, [block.text]
        elif found is not None:
            close()
            concluded = False
            level = _level(stack, found.family)
            kind = "essay" if found.family == "essay" else "section"
            heading, texts = found.text, [found.body] if found.body else []
        else:
            texts.append(block.text)
    close()
    return sections


def _level(stack: list[str], family: str) -> int:
    """Nest heading families as they appear: a known family pops back to its level."""
    if family == "essay":
        stack[:] = ["essay"]
        return 1
    if family in stack:
        del stack[stack.index(family) + 1 :]
    else:
        stack.append(family)
    return len(stack)


def _find_headings(blocks: Sequence[Block]) -> dict[int, _Heading]:
    found: dict[int, _Heading] = {}
    for index, block in enumerate(blocks):
        heading = _markup_or_numbered(block)
        if heading is not None:
            found[index] = heading
    for family in NEEDS_COMPANY:
        members = [i for i, h in found.items() if h.family == family]
        if len(members) < 2:
            for index in members:
                del found[index]
    # Lead sentences, essay by essay, where the essay has no explicit headings.
    starts = [0, *(i for i, h in sorted(found.items()) if h.family == "essay"), len(blocks)]
    for start, end in zip(starts, starts[1:], strict=False):
        if any(start < i < end for i in found):
            continue
        # The first paragraph (of the page, or after an essay's title) is its intro.
        first = start + 2 if start in found else 1
        leads = {i: h for i in range(first, end) if (h := _lead_sentence(blocks[i]))}
        candidates = end - first
        if len(leads) >= max(MIN_LEAD_HEADINGS, MIN_LEAD_SHARE * candidates):
            found.update(leads)
    return found


def _markup_or_numbered(block: Block) -> _Heading | None:
    text = block.text
    for family, pattern in NUMBERED:
        if pattern.match(text):
            if len(text) <= MAX_HEADING_CHARS and not _SENTENCE_END.search(text[:-1]):
                return _Heading(family, text, "")
            lead = _first_sentence(text)
            if lead is not None and len(lead) <= MAX_HEADING_CHARS:
                return _Heading(family, lead, text[len(lead) :].strip())
            return _Heading(family, text, "") if family == "essay" else None
    if len(text) > MAX_HEADING_CHARS:
        return None
    if block.heading is not None:
        return _Heading(f"h{block.heading}", text, "")
    if block.bold:
        return _Heading("bold", text, "")
    if block.centered and not _SENTENCE_END.search(text):
        return _Heading("centered", text, "")
    return None


def _lead_sentence(block: Block) -> _Heading | None:
    lead = _first_sentence(block.text)
    if lead is None or len(lead) > MAX_LEAD_SENTENCE_CHARS or re.search(r"[；;]", lead):
        return None
    # One comma between two short parallel phrases (创新工作方法，提升服务水平。), no more.
    parts = re.split(r"[，,]", lead)
    if len(parts) > 2 or (len(parts) == 2 and max(map(len, parts)) > 12) or _CONNECTIVE.match(lead):
        return None
    if not lead.endswith("。") or len(lead) < 5 or _NARRATIVE.search(lead) or CONCLUSION.match(lead):
        return None
    body = block.text[len(lead) :].strip()
    if len(body) < 2 * len(lead):
        return None
    return _Heading("lead", lead, body)


def _first_sentence(text: str) -> str | None:
    match = re.match(r"[^。！？!?]+[。！？!?]", text)
    return match.group(0) if match else None


def _conclusion_starts(blocks: Sequence[Block], headings: dict[int, _Heading]) -> set[int]:
    """Where concluding paragraphs start: one of the last blocks of the page or of each essay."""
    ends = sorted(i for i, h in headings.items() if h.family == "essay")
    bounds = [*ends, len(blocks)]
    starts: set[int] = set()
    begin = 0
    for end in bounds:
        last_heading = max((i for i in headings if begin <= i < end), default=begin - 1)
        for index in range(max(end - 3, last_heading + 1, begin + 1), end):
            if CONCLUSION.match(blocks[index].text):
                starts.add(index)
                break
        begin = end
    return starts
