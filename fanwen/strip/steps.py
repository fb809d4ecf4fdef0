"""Steps of an article's own procedure: lines a call-to-action rule must leave alone.

A guide's steps are imperatives, and one of them may read like an advert (``● 扫码关注“…医院”微信公众号；``
above ``● 点击“预约挂号”…``). What tells the step from an advert is its company: a numbered line the
next (or the previous) number follows on, or a bulleted line in a run of the same bullet that a lead
line (``步骤如下：``) opens, beside another step of the run that no rule touched. An advert's bullets
stand alone, or beside lines that are adverts too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line opening with a step's mark: a bullet glyph, a number (1． 2、 3) （4） ⑤) or 第六步, after
# an optional short lead ending with a colon (微信预约：1.扫码…).
_STEP = re.compile(
    r"^(?:[^。！？!?：:；;]{1,16}[：:])?\s*(?:"
    r"(?P<glyph>[●•▪◆◇○■□▶►▸※✓✔☑])"
    r"|(?P<arabic>\d{1,2})\s*(?:[、．)）]|\.(?!\d))"
    r"|[（(]\s*(?P<paren>\d{1,2})\s*[）)]"
    r"|(?P<circled>[\u2460-\u2473])"
    r"|第(?P<step>[一二三四五六七八九十]|\d{1,2})步)"
)
_CN_DIGITS = "一二三四五六七八九十"
# A lead line: it ends with a colon (步骤如下：, 具体操作：).
_LEAD = re.compile(r"[：:]\s*$")


def step_of(text: str) -> tuple[str, int] | None:
    """The family of a line's step mark and its number (0 for a bullet), or None.

    >>> step_of("● 扫码关注公众号；"), step_of("2．点击预约"), step_of("第三步，提交"), step_of("1.5万人次")
    (('●', 0), ('arabic', 2), ('step', 3), None)
    >>> step_of("微信预约：1.扫码关注医院公众号；"), step_of("⑤核对信息")
    (('arabic', 1), ('circled', 5))
    """
    found = _STEP.match(text.strip())
    if found is None:
        return None
    family = next(name for name, value in found.groupdict().items() if value)
    mark = found.group(family)
    if family == "glyph":
        return mark, 0
    if family == "circled":
        return family, ord(mark) - 0x245F
    return family, (_CN_DIGITS.index(mark) + 1 if mark in _CN_DIGITS else int(mark))


def in_procedure(lines: Sequence[tuple[str, bool]], index: int) -> bool:
    """Whether ``lines[index]`` is a step of a procedure. ``lines``: each line's text and whether it
    is kept untouched (no rule cut anything of it).

    >>> in_procedure([("步骤如下：", True), ("● 扫码关注公众号；", False), ("● 点击预约。", True)], 1)
    True
    >>> in_procedure([("正文。", True), ("● 扫码关注公众号", False), ("● 每周更新", True)], 1)
    False
    >>> in_procedure([("1.扫码关注公众号；", False), ("2.点击预约；", True)], 0)
    True
    """
    step = step_of(lines[index][0])
    if step is None:
        return False
    family, number = step
    if number:  # a number the next one follows on, or one that follows on the previous
        return any(
            0 <= other < len(lines)
            and lines[other][1]
            and step_of(lines[other][0]) == (family, number + offset)
            for other, offset in ((index - 1, -1), (index + 1, 1))
        )
    first, last = index, index
    while first > 0 and step_of(lines[first - 1][0]) == step:
        first -= 1
    while last + 1 < len(lines) and step_of(lines[last + 1][0]) == step:
        last += 1
    lead = lines[first - 1] if first > 0 else None
    return (
        lead is not None
        and lead[1]
        and _LEAD.search(lead[0]) is not None
        and any(kept for i, (_, kept) in enumerate(lines[first : last + 1], first) if i != index)
    )
