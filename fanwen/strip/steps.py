"""Steps of an article's own procedure: lines a call-to-action rule must leave alone.

A guide's steps are imperatives, and one of them may read like an advert (``● 扫码关注“…医院”微信公众号；``
above ``● 点击“预约挂号”…``). What tells the step from an advert is its company: a numbered line in a
run of numbers that follow on, or a bulleted line in a run of the same bullet that a lead line
(``步骤如下：``) opens, beside another step of the run that no rule touched. An advert's bullets stand
alone or beside lines that are adverts too, and an advert's own procedure offers something, in its lead
or a step (``领取方法：`` ``2. 后台回复关键词…`` ``3. 即可免费获取…``, ``4. 关注公众号…免费领取…`` ending a list of tips).
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
# What an advert's procedure offers, in its lead or in a step (领取方法：, 后台回复“资料”, 即可免费获取): a
# step of a procedure that offers something is the advert's, however its numbers follow on.
_OFFER = re.compile(
    r"免费|领取|领券|福利|(回复|发送)[^。！？，]{0,4}(关键|[“「『\"])|获取[^。！？，]{0,6}(资料|模板|链接|全文|范文|课件)|下载链接"
)


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
    """Whether ``lines[index]`` is a step of the text's own procedure. ``lines``: each line's text and
    whether it is kept untouched (no rule cut anything of it).

    >>> in_procedure([("步骤如下：", True), ("● 扫码关注公众号；", False), ("● 点击预约。", True)], 1)
    True
    >>> in_procedure([("正文。", True), ("● 扫码关注公众号", False), ("● 每周更新", True)], 1)
    False
    >>> in_procedure([("1.扫码关注公众号；", False), ("2.点击预约；", True)], 0)
    True
    >>> in_procedure([("领取方法：", True), ("1.扫码关注公众号；", False), ("2.回复“资料”；", True)], 1)
    False
    """
    step = step_of(lines[index][0])
    if step is None:
        return False
    run = _run(lines, index)
    lead = lines[run[0] - 1] if run[0] > 0 else ("", False)
    if _OFFER.search(lead[0]) or any(_OFFER.search(lines[i][0]) for i in run):
        return False  # the procedure of an advert: how to claim what it offers
    if not any(lines[i][1] for i in run if i != index):
        return False  # every other step is cut too: an advert's lines
    # A bulleted run is a procedure when a lead line opens it (步骤如下：); numbers that follow on are one.
    return bool(step[1]) or (lead[1] and _LEAD.search(lead[0]) is not None)


def _run(lines: Sequence[tuple[str, bool]], index: int) -> list[int]:
    """The indexes of the steps of ``lines[index]``'s procedure: the lines around it with the same
    bullet, or with numbers of its family that follow on."""
    first, last = index, index
    while first > 0 and _follows(step_of(lines[first - 1][0]), step_of(lines[first][0])):
        first -= 1
    while last + 1 < len(lines) and _follows(step_of(lines[last][0]), step_of(lines[last + 1][0])):
        last += 1
    return list(range(first, last + 1))


def _follows(before: tuple[str, int] | None, after: tuple[str, int] | None) -> bool:
    """Whether step ``after`` comes next to ``before``: the same bullet, or the next number of one family."""
    return (
        before is not None
        and after is not None
        and before[0] == after[0]
        and after[1] == before[1] + bool(after[1])
    )
