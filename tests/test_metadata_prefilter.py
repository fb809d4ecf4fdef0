"""The info line's quick looks (metadata._LABEL_TESTS, _DATE_WORDS): every match of a label's or
the date's pattern holds one of the words looked for first, so a line the look passes over
holds no label and no date (the look only saves time)."""

from __future__ import annotations

import random
import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from test_strip_literals import FILLER, sample

from fanwen.extract import metadata

PATTERNS = [("date", metadata._DATE_WORDS, metadata._DATE)] + [
    (f"label {i}", words, pattern) for i, (words, pattern) in enumerate(metadata._LABEL_TESTS)
]


@pytest.mark.parametrize(("name", "words", "pattern"), PATTERNS, ids=[n for n, _, _ in PATTERNS])
def test_every_match_holds_a_word_the_look_finds(name, words, pattern):
    rng = random.Random(name)
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    checked = 0
    for _ in range(400):
        drawn = sample(parsed, rng)
        for text in (drawn, rng.choice(FILLER) + drawn + rng.choice(FILLER)):
            for match in pattern.finditer(text):
                checked += 1
                assert words.search(match.group()), (name, match.group())
    assert checked >= 50, f"{name}: the sampler made too few matches ({checked})"


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：2024-05-06 10:20",
        "作者：林小雨 来源：县教育局",
        "文/图 周涛",
        "✍️ 校学生会",
        "摄影：周涛",
        "本文转载自公众号“北岸书友社”",
        "Posted on March 5, 2024",
        "9/17/2004 5:54:13 PM",
        "把作风建设作为重点工作，推动各项任务落实。",  # prose: no label, no date
        "我们在这里学习了两个小时，收获很多",
        "",
    ],
)
def test_the_line_kind_is_the_patterns_answer(line):
    dated = metadata._DATE.search(line) is not None
    labelled = dated or any(p.search(line) for p in metadata._LABELS) or metadata._is_repost_credit(line)
    assert metadata._line_kind(line) == (dated, labelled)


def test_the_looks_are_plain_words():
    # A look is a pattern of words only (a trie of literals), never a class or a repeat.
    for _, words, _ in PATTERNS:
        assert not re.search(r"\\[dswDSW]|[*+.]", words.pattern), words.pattern
