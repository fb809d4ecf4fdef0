"""The strip rule set's wordless test looks at a block's short lines for the words of the short
rules the block holds only: the answer is the one a search of each line for every rule's words
gives (a line is a part of the block, so it holds no word the block does not)."""

from __future__ import annotations

import random

from conftest import bundled_rules

from fanwen.strip import _SHORT_RULE_CHARS, _RuleSet, fold, sentences


def _searched(ruleset: _RuleSet, text: str) -> bool:
    """wordless() as it was: each short line searched for every rule's words (words_in)."""
    folded = fold(text)
    found = ruleset.words_in(folded)
    if not found.isdisjoint(ruleset._long_slots):
        return False
    if found.isdisjoint(ruleset._short_slots):
        return True
    lines = (folded, *(part.strip() for part in sentences(folded)))
    return not any(
        slot in ruleset.words_in(line)
        for line in lines
        if len(line) <= _SHORT_RULE_CHARS
        for max_chars, slot in ruleset.short_rules
        if len(line) <= max_chars
    )


def test_wordless_is_every_lines_search():
    ruleset = _RuleSet.of(bundled_rules())
    short_words = sorted({w for words in ruleset._slot_words for w in words if len(w) <= 4})
    pieces = short_words + ["工作", "总结", "我们", "。", "，", "！", "？", "\n", " ", "作为", "完善"]
    rng = random.Random(13)
    texts = ["", "全文完", "本文完。", "阅读全文。我们的工作完成了。", "点击", "完善了制度。"]
    # 完 in a sentence longer than the end line's 20 characters: no short rule's line.
    texts += ["我们在这一年里不断完善各项制度，并且取得了很明显的成效。"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) for _ in range(4000)]
    filler = ["工作", "总结", "我们", "作为", "完善", "制度", "，"]
    texts += ["".join(rng.choice(filler) for _ in range(rng.randrange(8, 30))) + "。" for _ in range(500)]
    changed = [t for t in texts if ruleset.wordless(t) != _searched(ruleset, t)]
    assert not changed, changed[:5]
    # The texts reach the short lines' look, both ways.
    asked = [t for t in texts if not ruleset.words_in(fold(t)).isdisjoint(ruleset._short_slots)]
    assert {ruleset.wordless(t) for t in asked} == {True, False}
