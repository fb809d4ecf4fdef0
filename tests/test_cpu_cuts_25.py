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


@pytest.mark.parametrize(
    "text, link_density",
    [
        ("▶ 播放 00:00 / 03:25", 0.0),  # an audio player's line: notice-audio-player's length
        ("首页 | 新闻 | 范文 | 专题 | 关于我们", 1.0),  # a link list
        ("相关阅读 推荐 热门 最新 更多 " * 4, 1.0),  # a link list of 80 characters and a little more
        ("一" * 81, 1.0),
        ("二是完善制度，把工作落到实处。" * 6, 0.0),  # a paragraph, longer than any of them takes
    ],
)
def test_a_wordless_text_longer_than_any_wordless_block_rule_takes_meets_none(
    text: str, link_density: float
) -> None:
    """first_wordless answers None at once for a text longer than every block rule without words takes (each has a
    max_chars), as asking each in turn did."""
    ruleset = _RuleSet.of(tuple(load_rules()))
    block = Block(text, link_density=link_density)
    asked = next((r for r in ruleset._wordless_block if r.matches(text, block)), None)
    assert ruleset.first_wordless(text, block) == asked
    assert ruleset._wordless_longest == max(r.max_chars or 0 for r in ruleset._wordless_block)


def test_a_wordless_block_rule_without_a_length_is_asked_of_every_text() -> None:
    rules = [r for r in load_rules() if r.scope != "block"]
    from fanwen.strip import parse_rule

    unbounded = parse_rule(
        {"name": "nav-any-links", "pattern": "^[^。]*$", "scope": "block", "min_link_density": 0.9}
    )
    ruleset = _RuleSet.of((*rules, unbounded))
    assert ruleset._wordless_longest is None
    block = Block("甲乙丙丁" * 40, link_density=1.0)
    assert ruleset.first_wordless(block.text, block) is unbounded
