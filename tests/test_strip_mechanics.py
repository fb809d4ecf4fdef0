"""Strip's short cuts in how rules are applied (docs/performance.md, session 18) give what the long
way gives: each is checked against the code it stands for, on random texts of the rules' words."""

from __future__ import annotations

import random

from conftest import bundled_rules

from fanwen.items import Block, Removal
from fanwen.strip import _FOLDED_AHEAD, _cut_spans, _RuleSet, fold, fold_ahead

PIECES = [
    "掃碼",
    "關注",
    "公眾號",
    "ＶＸ：ａｂ１２",
    "威信：①③⑧",
    "ɡonɡwen",
    "plain",
    "正文",
    "。",
    "，",
    " ",
    "\n",
]


FILLER = ["（", "）", "【", "】", "：", "。", "，", " ", "正文内容", "图片来源网络", "侵删", "我们", "1"]


def _random_texts(pieces: list[str], seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12))) for _ in range(count)]


def test_folds_made_ahead_are_each_texts_own_fold():
    texts = _random_texts(PIECES, 18, 600)
    texts += texts[:50]  # a text twice in one list
    for start in range(0, len(texts), 60):
        fold_ahead(texts[start : start + 60])
        ahead = dict(_FOLDED_AHEAD)
        assert ahead, "some texts are folded ahead"
        _FOLDED_AHEAD.clear()
        assert {t: f for t, f in ahead.items() if f != fold.__wrapped__(t)} == {}
        assert not any("\n" in t or t.isascii() for t in ahead)


def _cut_every_rule(block: Block, rules: _RuleSet) -> tuple[str, list[Removal]]:
    """_cut_spans as it was: once any span rule's words are in the text, every span rule looks."""
    text = block.text
    cuts: list[Removal] = []
    if not rules.candidates(rules.span, fold(text)):
        return text, cuts
    for rule in rules.span:
        found = rule.spans(text, block)
        for start, end in reversed(found):
            cuts.append(Removal(rule.name, text[start:end].strip()))
            text = (text[:start].rstrip() if text[end:].strip() == "" else text[:start]) + text[end:]
        text = text.strip()
    return text, cuts


def test_spans_cut_by_the_candidates_as_by_every_rule():
    ruleset = _RuleSet.of(bundled_rules())
    words = sorted({w for r in ruleset.span for w in (r.literals or ())})
    assert words
    pieces = [*words, *FILLER]
    # Each span rule adds its words to the pieces, and the more there are the rarer a whole match: 10000 texts (3000 until
    # session 20, when the own-call rules brought 30 words more).
    texts = [" " + t + " " for t in _random_texts(pieces, 13, 10000)]
    blocks = [Block(t) for t in texts] + [Block(t, link_density=0.9) for t in texts[:300]]
    changed = [b.text for b in blocks if _cut_spans(b, ruleset) != _cut_every_rule(b, ruleset)]
    assert not changed, changed[:5]
    assert sum(bool(_cut_spans(b, ruleset)[1]) for b in blocks) > 10  # spans are cut, not only looked for


def test_a_wordless_text_meets_the_block_rules_first_meets():
    """first_wordless (session 19) against first over every block rule, on texts wordless() passes."""
    ruleset = _RuleSet.of(bundled_rules())
    words = sorted({w for r in ruleset.rules for w in (r.literals or ())})
    # Few words a text, so that many are wordless; a short rule's word in long and short lines (a sample of the words
    # only short rules hold, no long rule's word in them: a sample of all the words may hold none, as the rules change).
    long_words = {w for r in ruleset.rules if not r.short for w in (r.literals or ())}
    short = sorted(
        {
            w
            for r in ruleset.rules
            if r.short
            for w in (r.literals or ())
            if not any(v in w for v in long_words)
        }
    )
    pieces = [
        *FILLER,
        *FILLER,
        *FILLER,
        *words[:: max(1, len(words) // 60)],
        *short[:: max(1, len(short) // 10)],
    ]
    texts = _random_texts(pieces, 19, 4000) + [t * 6 for t in _random_texts(pieces, 20, 1000)]
    blocks = [Block(t, link_density=d) for t in texts for d in (0.0, 0.9)]
    wordless = [b for b in blocks if ruleset.wordless(b.text)]
    assert len(wordless) > 1000
    assert any(not ruleset.words_in(fold(b.text)).isdisjoint(ruleset._short_slots) for b in wordless)
    assert sum(ruleset.first(ruleset.block, b.text, b) is not None for b in wordless) > 10
    changed = [
        b
        for b in wordless
        if ruleset.first_wordless(b.text, b) is not ruleset.first(ruleset.block, b.text, b)
    ]
    assert not changed, changed[:5]


def test_slot_places_kept_for_the_same_blocks_only():
    """``slot_places`` keeps its last answer (docs/performance.md, session 20): asked again for the
    same blocks, title and options it gives the same; for other blocks (equal texts, other
    objects), another title or other options it looks again, and answers as a first ask."""
    from fanwen.strip import boilerplate
    from fanwen.strip.boilerplate import BoilerplateOptions, _slot_places, slot_places

    options = BoilerplateOptions()
    body = [Block("正文的一段，写得很长很长，很长很长。", style=">p") for _ in range(2)]
    tip = Block("温馨提示：雨天路滑，出行注意安全", style=">p.tip")
    blocks = [*body, tip]
    first = slot_places(blocks, None, options)
    assert slot_places(list(blocks), None, options) is first
    assert first == _slot_places(blocks, None, options) and id(tip) in first
    copies = [Block(b.text, style=b.style) for b in blocks]
    again = slot_places(copies, None, options)
    assert again is not first and set(again) == {id(copies[-1])}
    assert slot_places(copies, "温馨提示", options) == _slot_places(copies, "温馨提示", options)
    other = BoilerplateOptions(min_chars=options.min_chars + 1)
    assert slot_places(copies, None, other) == _slot_places(copies, None, other)
    plain = [*body, Block(tip.text, style=">p")]
    assert slot_places(plain, None, options) == {}
    boilerplate._LAST_PLACES.clear()
