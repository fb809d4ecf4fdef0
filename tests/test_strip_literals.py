"""The strip rules' literal prefilter: the words it looks for are in every match, so it never
hides one (a prefilter only saves time)."""

from __future__ import annotations

import random
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
from conftest import bundled_rules

from fanwen.strip import fold, fold_all
from fanwen.strip.literals import WordSets, literal_pattern, required_literals, shortest_words

CATEGORIES = {sre.CATEGORY_DIGIT: "7", sre.CATEGORY_SPACE: " ", sre.CATEGORY_NOT_WORD: "："}
FILLER = "的一是在了和有年月日中文本下载关注微信号，。：:！?？ 0123456789abcQVvx【】（）"


def sample(items: list[tuple[Any, Any]], rng: random.Random) -> str:
    """A random string that the parsed pattern matches (lookarounds and anchors left out)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL:
            out.append(rng.choice([c for c in FILLER if ord(c) != av]))
        elif op is sre.ANY:
            out.append(rng.choice(FILLER))
        elif op is sre.IN:
            choices = []
            for item, value in av:
                if item is sre.LITERAL:
                    choices.append(chr(value))
                elif item is sre.RANGE:
                    choices.append(chr(rng.randint(*value)))
                elif item is sre.CATEGORY:
                    choices.append(CATEGORIES.get(value, "字"))
            out.append(rng.choice(choices) if choices and av[0][0] is not sre.NEGATE else "字")
        elif op is sre.SUBPATTERN:
            out.append(sample(list(av[3]), rng))
        elif op is sre.ATOMIC_GROUP:
            out.append(sample(list(av), rng))
        elif op is sre.BRANCH:
            out.append(sample(list(rng.choice(av[1])), rng))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            out.extend(sample(list(sub), rng) for _ in range(rng.randint(low, min(high, low + 3))))
        elif op is sre.CATEGORY:
            out.append(CATEGORIES.get(av, "字"))
    return "".join(out)


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for rule in bundled_rules():
        found.append((rule.name, rule.pattern))
        found.extend((f"{rule.name} cue {i}", cue) for i, cue in enumerate(rule.cues))
    return found


@pytest.mark.parametrize(("name", "pattern"), patterns(), ids=[n for n, _ in patterns()])
def test_every_match_of_a_bundled_pattern_holds_one_of_its_words(name, pattern):
    words = required_literals(pattern)
    if words is None:
        pytest.skip(f"{name}: no prefilter")
    rng = random.Random(name)
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    checked = 0
    for _ in range(300):
        drawn = sample(parsed, rng)
        for text in (drawn, rng.choice(FILLER) + drawn + rng.choice(FILLER)):
            for match in pattern.finditer(text):
                checked += 1
                assert any(word in match.group() for word in words), (name, match.group(), sorted(words)[:9])
    # (the sampler leaves lookarounds out, so not every string it draws matches)
    assert checked >= 50, f"{name}: the sampler made too few matches ({checked})"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("(预览|试读)(结束|完毕)", {"预览结束", "预览完毕", "试读结束", "试读完毕"}),
        (r"还剩\s*\d+\s*页未读", {"页未读"}),  # the longest fixed run
        ("扫码|(关注|添加)?公众号", {"扫码", "公众号"}),
        ("[点击]{2}", {"点", "击"}),
        (r"\d+", None),
        ("(?i)vip", None),  # case folding: no prefilter
        (".{0,3}", None),
    ],
)
def test_required_literals(pattern, words):
    found = required_literals(re.compile(pattern))
    assert (set(found) if found is not None else None) == words


def test_a_literal_pattern_finds_exactly_its_words():
    words = ["扫码", "扫一扫", "扫描二维码", "公众号", "下载", "下载全文", "a.b"]
    pattern = literal_pattern(words)
    for word in words:
        assert pattern.fullmatch(word)
    assert pattern.search("下午扫了一眼") is None and pattern.search("axb") is None


def test_word_sets_name_the_sets_each_sets_pattern_finds():
    # RE2's set matcher (fanwen.strip.literals.WordSets) must name exactly the sets whose own
    # Python pattern finds a word, on every text: sets whose words share a start, overlap
    # (本文 / 文章 in 本文章), hold one another, regex metacharacters, a line break, fullwidth
    # forms and a lone surrogate (which RE2's UTF-8 cannot hold).
    sets = [
        ["扫码", "扫一扫"],
        ["下载", "下载全文"],
        ["a.b", "(x)"],
        ["完"],
        ["本文"],
        ["文章"],
        ["行\n尾", "（"],
    ]
    sets += [["13", "ｑｑ"], ["扫一扫"]]
    words, patterns = WordSets(sets), [literal_pattern(s) for s in sets]
    rng = random.Random(7)
    alphabet = FILLER + "扫一码载全ab.()x完行\n尾ｑ本章\ud800"
    texts = [
        "",
        "a.b",
        "axb",
        "(x)",
        "扫",
        "下午扫了一眼",
        "行\n尾",
        "\ud800扫码",
        "13",
        "本文章",
        "本文章完",
    ]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    for text in texts:
        assert words.found(text) == {i for i, p in enumerate(patterns) if p.search(text)}, text


def test_word_sets_read_as_bytes_find_words_only_where_whole_characters_are():
    # WordSets looks for each word's UTF-8 bytes (session 23): a word is found where its characters
    # are, never in the bytes of other characters that happen to hold its bytes (of one width or
    # of mixed widths: 1-byte ASCII, 2-byte é, 3-byte Han and fullwidth forms, 4-byte emoji), and
    # words several sets share, or one word in two sets, name every set that holds them. A set
    # without words matches every text, as its empty pattern does.
    sets = [
        ["é", "aé"],
        ["中文", "文"],
        ["😀", "😀本"],
        ["ｑ"],
        ["é", "中"],
        [],
        ["\x00", "\U0001f600\x80"],
    ]
    words, patterns = WordSets(sets), [literal_pattern(s) for s in sets]
    rng = random.Random(23)
    alphabet = "aé中文😀本ｑqĀ䀀\x00\x80ÿ丏" + FILLER[:10]
    texts = ["", "é", "Ā", "䀀", "丏", "ÿ", "😀", "中", "文中", "\x00"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    for text in texts:
        assert words.found(text) == {i for i, p in enumerate(patterns) if p.search(text)}, text
    assert WordSets([]).found("正文") == frozenset()


def test_the_shortest_words_find_every_text_all_the_words_find():
    # A rule's words lose those that hold another of them (下载全文 beside 下载): the words kept find
    # a text exactly when all of them do, on each word alone, glued to another, with filler about it.
    rng = random.Random(22)
    sets = [sorted(r.literals or ()) for r in bundled_rules() if r.literals]
    sets += [
        ["下载", "下载全文", "免费下载", "全文"],
        ["会员", "非会员", "会员价"],
        ["（", "（完）"],
        ["ab", "b", "abc"],
    ]
    for words in sets:
        kept = shortest_words(words)
        assert kept <= set(words) and not any(a != b and a in b for a in kept for b in kept)
        full, short = literal_pattern(words), literal_pattern(kept)
        texts = [*words, *(a + b for a, b in zip(words, words[1:], strict=False))]
        texts += [rng.choice(FILLER) + rng.choice(words)[1:] + rng.choice(FILLER) for _ in range(50)]
        texts += ["".join(rng.choice(FILLER + "".join(words)) for _ in range(30)) for _ in range(50)]
        for text in texts:
            assert (full.search(text) is None) == (short.search(text) is None), (words[:5], text)


def test_sentences_folded_together_are_folded_as_each_alone():
    texts = ["掃碼關注「範文之家」公眾號。", "乾隆年間，頭髮", "plain ascii", "", "這裡是資訊網。"]
    assert fold_all(texts) == [fold(t) for t in texts]
    assert fold_all(["第一行\n第二行", "頭髮"]) == [fold("第一行\n第二行"), fold("頭髮")]
