"""A table of contents in the text: its label and the entries the text repeats below as its headings.

A bulletin, a report or a long post may open with its contents (``本期要目`` / ``本期导读`` / ``目录``) as plain
lines, no links: ``◇ 柳湾镇全面启动防汛备汛工作`` above the item headed so further down. The entries are a copy of
the headings, not text: what tells them from a list of the article's is that the text repeats them below,
each as a line of its own (its glyph or number aside). A run of entries is the lines right under the label
that share its first entry's mark (a glyph, or a number that follows on), or plain short lines; at least two of
them, and half, must come back below the run, each once, as a line of four characters or more. A list under such a label that the text does not repeat stays.
Removed under the name ``nav-contents``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from fanwen.strip.steps import step_of

CONTENTS = "nav-contents"
# The label of a table of contents, a line of its own.
_LABEL = re.compile(
    r"^\W*(本期要目|本期导读|本期目录|本期内容|本期看点|要目|目次|目录|文章目录|本文目录|内容目录|Contents|CONTENTS)\W*$"
)
_ENTRY_MAX_CHARS = 40
_MIN_REPEATED = 2
# An entry comes back as the heading of its part: once, and a heading's words, not a button's (a wiki's 编辑 and
# 播报 under every heading come back many times).
_HEADING_MIN_CHARS = 4
# What a line is compared by: its words, without its glyph or number, spaces or punctuation.
_MARK = re.compile(
    r"^\s*(?:[^\w\s【\[（(「“《]|\d{1,2}\s*[、．.)）]|[（(]\s*\d{1,2}\s*[）)]|[一二三四五六七八九十]+、)\s*"
)
_NON_WORD = re.compile(r"[\W_]+")


def contents_runs(lines: Sequence[str | None]) -> list[range]:
    """Where the tables of contents are among ``lines`` (None: a line already removed): each the
    label and its entries.

    >>> contents_runs(["本期要目", "◇ 甲村修路", "◇ 乙村种桃", "【动态】", "甲村修路", "正文", "乙村种桃", "正文"])
    [range(0, 3)]
    >>> contents_runs(["目录", "◇ 甲村修路", "◇ 乙村种桃", "正文"])
    []
    """
    runs: list[range] = []
    for index, line in enumerate(lines):
        if line is None or not _LABEL.match(line) or (runs and index < runs[-1].stop):
            continue
        entries = _entries(lines, index + 1)
        if len(entries) < _MIN_REPEATED:
            continue
        below = Counter(_bare(text) for text in lines[index + 1 + len(entries) :] if text is not None)
        repeated = sum(
            1 for entry in entries if len(_bare(entry)) >= _HEADING_MIN_CHARS and below[_bare(entry)] == 1
        )
        if repeated >= _MIN_REPEATED and 2 * repeated >= len(entries):
            runs.append(range(index, index + 1 + len(entries)))
    return runs


def _entries(lines: Sequence[str | None], start: int) -> list[str]:
    """The short lines from ``start`` on that share the first one's mark: a glyph, a number that
    follows on, or none."""
    entries: list[str] = []
    seen: set[str] = set()
    first: tuple[str, int] | None = None
    for line in lines[start:]:
        if line is None or not line.strip() or len(line) > _ENTRY_MAX_CHARS or re.search(r"[。！？]", line):
            break
        if _bare(line) in seen:  # the text's first heading, repeating an entry: the contents ended above it
            break
        seen.add(_bare(line))
        mark = _mark_of(line)
        if not entries:
            first = mark
        elif (mark is None) != (first is None) or (
            mark is not None
            and first is not None
            and (mark[0] != first[0] or mark[1] not in (0, first[1] + len(entries)))
        ):
            break
        entries.append(line)
    return entries


def _mark_of(line: str) -> tuple[str, int] | None:
    """A line's mark: a step's (a glyph or a number, :func:`fanwen.strip.steps.step_of`), or a glyph
    that opens it."""
    step = step_of(line)
    if step is not None:
        return step
    stripped = line.lstrip()
    if stripped and re.match(r"[^\w\s【\[（(「“《]", stripped):
        return (stripped[0], 0)
    return None


def _bare(text: str) -> str:
    return _NON_WORD.sub("", _MARK.sub("", text, count=1))
