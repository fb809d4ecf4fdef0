"""Session 23 (issue 13): checks that skip a pattern on texts it cannot match, and a cache of
the same text's spaces. Both only save time: the same matches, the same text."""

from __future__ import annotations

import random
import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from test_strip_literals import FILLER, sample

from fanwen.extract import blocks
from fanwen.extract.blocks import one_space
from fanwen.items import Block
from fanwen.strip import load_rules, parse_rule
from fanwen.strip.literals import last_chars

# Notes glued to a paragraph's end, in three wordings each, and look-alikes that end elsewhere.
ENDING_NOTES = {
    r"[（(]\s*(?:摄影|图)\s*[/：:]\s*[一-龥]{2,4}\s*[）)]\s*$": [
        "村里的桥修好了。（摄影：周立新）",
        "新馆下月开放。(图/秦远)  ",
        "展览持续到月底。（图：林小雨）\n",
    ],
    r"[一-龥]{2,4}\s*(?:报道|供稿)\s*$|(?:完|终)$": [
        "以上情况由本台记者程桦报道",
        "夜市延长到十点。城建办供稿 ",
        "本文完",
    ],
    r"(?:欢迎|敬请)(?:转发|关注)[!！。]?\s*$": [
        "今天的分享就到这里，欢迎转发！",
        "更多内容敬请关注。",
        "喜欢就欢迎关注",
    ],
}
LOOK_ALIKES = [
    "（摄影：周立新）他拍下了修桥的全过程。",  # the credit opens the paragraph
    "记者程桦报道了这次会议，会后大家讨论。",  # 报道 is a verb of the sentence
    "欢迎转发的文章里，有一半是旧闻。",
    "他说：“欢迎关注我们的工作。”",  # a quotation ends the paragraph
    "",
    "   ",
]


@pytest.mark.parametrize("pattern", list(ENDING_NOTES))
def test_an_end_anchored_pattern_matches_only_texts_ending_on_its_last_characters(pattern):
    compiled = re.compile(pattern)
    ends = last_chars(compiled)
    assert ends
    for text in ENDING_NOTES[pattern]:
        assert compiled.search(text), text
        assert text.rstrip()[-1:] in ends, text
    for text in LOOK_ALIKES:
        assert compiled.search(text) is None, text  # (ruled out by its last character, or by re)


@pytest.mark.parametrize(
    "pattern",
    [
        r"完$|结束",  # one alternative ends anywhere
        r"[（(][^）)]+$",  # a negated class ends it: any character
        r"[\s、]$",  # a space or a mark: the text's last may be either
        r"\d+$",  # a category
        r"摄(?=\s*$)",  # the anchor inside a lookahead
        r"(?i)end$",  # case folded
        r"完(?:$)?",  # the anchor optional
    ],
)
def test_patterns_that_may_end_anywhere_get_no_last_characters(pattern):
    assert last_chars(re.compile(pattern)) is None
    assert last_chars(re.compile("完$", re.M)) is None  # $ at every line's end


def _end_anchored_rules():
    return [r for r in load_rules() if r.ends is not None]


def test_some_bundled_rules_are_end_anchored():
    names = {r.name for r in _end_anchored_rules()}
    assert {"notice-photo-caption", "notice-end-mark"} <= names


@pytest.mark.parametrize("rule", _end_anchored_rules(), ids=lambda r: r.name)
def test_every_match_of_an_end_anchored_bundled_rule_ends_on_one_of_its_characters(rule):
    rng = random.Random(rule.name)
    parsed = list(sre_parse.parse(rule.pattern.pattern, rule.pattern.flags))
    checked = 0
    for _ in range(300):
        drawn = sample(parsed, rng)
        for text in (drawn, rng.choice(FILLER) + drawn, rng.choice(FILLER) + drawn + rng.choice(" \n\u3000")):
            if rule.pattern.search(text):
                checked += 1
                assert text.rstrip()[-1:] in rule.ends, (rule.name, text)
    assert checked >= 30, f"{rule.name}: the sampler made too few matches ({checked})"


def test_a_span_rule_cuts_the_same_with_its_last_characters_checked():
    rule = parse_rule(
        {
            "name": "credit",
            "pattern": r"[（(]\s*(?:摄影|图)\s*[/：:]\s*[一-龥]{2,4}\s*[）)]\s*$",
            "scope": "span",
        }
    )
    assert rule.ends == {")", "）"}
    block = Block("村里的桥修好了。（摄影：周立新）")
    assert rule.spans(block.text, block) == [(8, 16)]
    for text in LOOK_ALIKES[:4]:
        assert rule.spans(text, Block(text)) == []
    user = parse_rule({"name": "u", "pattern": r"(?:完|终)\s*$", "scope": "span"}, user=True)  # RE2
    assert user.ends == {"完", "终"} and user.spans("本文完 ", Block("本文完 ")) == [(2, 4)]


def test_one_space_is_the_substitution_cached_or_not():
    texts = [
        " 作者：\u3000张三\n\n 来源：  新华社 ",
        "a b",
        "\xa0\t",
        "第一段\r\n第二段",
        "长" * 999 + "  尾",  # the longest cached
        "长 " * 800 + "\n尾",  # too long to cache
    ]
    for text in texts * 2:
        assert one_space(text) == blocks._SPACE.sub(" ", text).strip(), repr(text[:20])
