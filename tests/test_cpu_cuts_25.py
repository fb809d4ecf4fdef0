"""Session 25 (issue 13): the strip stage's machinery made cheaper, the same answers. Each cut is held
here to what it replaced."""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.strip import _RuleSet, load_rules, strip_blocks

_TEXTS = (
    "正文第一段，内容完整。请加微信：fanwen2024 获取全文。",
    "本站招聘兼职编辑，待遇从优。",
    "二是完善制度，把工作落到实处。",
)


def test_a_tuple_of_rules_is_its_set_at_once_a_list_by_its_rules_ids() -> None:
    rules = load_rules()
    as_tuple = tuple(rules)
    first = _RuleSet.of(as_tuple)
    assert _RuleSet.of(as_tuple) is first
    assert _RuleSet.of(rules) is first  # the same rules in a list: the same set, by their ids
    assert _RuleSet.of(list(as_tuple)) is first
    fewer = tuple(rules[:-1])
    other = _RuleSet.of(fewer)
    assert other is not first and other.rules == fewer
    assert _RuleSet.of(as_tuple) is first  # the last tuple changed: found by the ids again
    # A list changed in place is a new list of rules: its set is made anew (never the last tuple's).
    changing = list(rules)
    assert _RuleSet.of(changing) is first
    changing.pop()
    assert _RuleSet.of(changing).rules == fewer


@pytest.mark.parametrize("container", [list, tuple])
def test_the_rules_strip_the_same_from_a_list_or_a_tuple(container: type) -> None:
    rules = load_rules()
    blocks = [Block(text) for text in _TEXTS]
    expected = strip_blocks(blocks, rules, title="标题")
    result = strip_blocks(blocks, container(rules), title="标题")
    assert result.blocks == expected.blocks
    assert result.removed == expected.removed
    assert result.decisions == expected.decisions
