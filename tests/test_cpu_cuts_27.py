"""Session 27 (issue 13): the crawl's strip stage made cheaper, the same answers. Each cut is held here to what it
replaced.

- The strip's fold converts a text with OpenCC only where it holds a character t2s may change (strip._may_change):
  a text without one is its own conversion.
- A block's key (boilerplate._number) squeezes white space by ``str.split``, not by a substitution.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

from fanwen.strip import _may_change, _simplified, _to_simplified, fold, fold_all
from fanwen.strip.boilerplate import _SPACE, block_key

SIMPLIFIED = [
    "街两边的铺面大多保留了原来的木门窗，只换掉了朽烂的部分，刷上一层桐油。",
    "周末的时候，附近的居民喜欢带着孩子来这里散步——街口的老茶馆每天下午都坐得满满当当。",
    "第一步：打开设置，选择“通用”，再点“关于本机”。",
    "价格：￥12.5／斤（约合２５元每公斤），电话１３８００１３８０００。",
    "",
    "plain ascii only",
]
TRADITIONAL = [
    "掃碼關注「範文之家」公眾號",
    "這篇範文寫得很好，請轉發給朋友們。",
    "下載完整版請點擊這裡",
]
# Phrases of OpenCC's TSPhrases that change though none of their characters changes alone.
PHRASES = ["不小心打坏了杯子", "回覆：收到", "他意志消沈了一阵", "这个瞭望塔很高", "一英哩的路"]
# A compatibility ideograph (normalised to 丽), a character past the Basic Multilingual Plane, both beside plain text.
ODD = ["美\uf9a8的风景", "𠮷野家的饭", "𝟏𝟐𝟑号"]


@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL + PHRASES + ODD)
def test_simplified_is_opencc_s_conversion(text: str) -> None:
    assert _simplified(text) == _to_simplified()(text)


def test_a_simplified_text_is_not_sent_to_opencc_and_a_traditional_one_is() -> None:
    assert all(_may_change().search(t) is None for t in SIMPLIFIED)
    assert all(_may_change().search(t) is not None for t in TRADITIONAL + PHRASES + ODD)


def test_fold_and_fold_all_answer_as_opencc_s_every_text() -> None:
    texts = SIMPLIFIED + TRADITIONAL + PHRASES + ODD
    convert = _to_simplified()
    for text in texts:
        fold.cache_clear()
        expected = convert(text)
        assert fold(text) == (fold(expected) if len(expected) == len(text) else fold(text))
    joined = [t for t in texts if t]
    assert fold_all(joined) == [fold(t) for t in joined]
    assert fold_all(SIMPLIFIED[:4]) == [fold(t) for t in SIMPLIFIED[:4]]


def _dictionary(name: str, folder: Path, tool: Path, tmp_path: Path) -> dict[str, str]:
    out = tmp_path / f"{name}.txt"
    subprocess.run(
        [str(tool), "-i", str(folder / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
        check=True,
        capture_output=True,
        env={"LD_LIBRARY_PATH": str(tool.parent.parent / "lib64")},
    )
    entries = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        entries[key] = values.split(" ")[0]
    return entries


def test_every_key_of_the_installed_dictionaries_that_changes_holds_a_character_the_look_finds(
    tmp_path: Path,
) -> None:
    """The look's characters against OpenCC's own dictionaries (t2s.json's): each key whose first value is not
    itself holds a character :func:`_may_change` finds, so a text without one has no key that changes."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    tool, folder = clib / "bin" / "opencc_dict", clib / "share" / "opencc"
    if not tool.exists() or not (folder / "t2s.json").exists():
        pytest.skip("this OpenCC ships no opencc_dict or no t2s dictionaries")
    names = ["CJK_Compatibility_Ideographs", "TSPhrases", "TSCharactersExt", "TSCharacters"]
    assert all(name in (folder / "t2s.json").read_text(encoding="utf-8") for name in names)
    look = _may_change()
    missed = [
        key
        for name in names
        for key, value in _dictionary(name, folder, tool, tmp_path).items()
        if value != key and look.search(key) is None
    ]
    assert missed == []


SPACED = [
    "关注本站 天天有新范文",
    "关注本站\u3000天天\xa0有新范文",
    " 关注\t本站\n天天有新范文\u2028",
    "关注本站天天有新范文",
]


def test_a_block_s_key_ignores_white_space_as_the_substitution_did() -> None:
    old = [
        f"{int.from_bytes(hashlib.sha1(_SPACE.sub('', t).encode()).digest()[:8], 'big'):016x}" for t in SPACED
    ]
    assert [block_key(t) for t in SPACED] == old
    assert len(set(old)) == 1
    # A zero-width space and a BOM are no white space to either: the key differs.
    assert block_key("关注本站\u200b天天有新范文") != old[0] != block_key("\ufeff关注本站天天有新范文")


def test_str_split_takes_what_the_space_pattern_takes_on_every_character() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert "".join(every.split()) == _SPACE.sub("", every)
    assert re.compile(r"[\s\u3000\xa0]+").pattern == _SPACE.pattern


def _wordless_as_before(rules: object, text: str) -> bool:
    """strip._RuleSet.wordless as it was before session 27: every word of each rule the block holds a word of,
    asked of every line."""
    from fanwen.strip import _SHORT_RULE_CHARS, sentences

    if not rules.worded:  # type: ignore[attr-defined]
        return False
    folded = fold(text)
    found = rules.words_in(folded)  # type: ignore[attr-defined]
    if not found.isdisjoint(rules._long_slots):  # type: ignore[attr-defined]
        return False
    if found.isdisjoint(rules._short_slots):  # type: ignore[attr-defined]
        return True
    lines = (folded, *(part.strip() for part in sentences(folded)))
    held = [(m, rules._slot_words[s]) for m, s in rules.short_rules if s in found]  # type: ignore[attr-defined]
    return not any(
        any(word in line for word in words)
        for line in lines
        if len(line) <= _SHORT_RULE_CHARS
        for max_chars, words in held
        if len(line) <= max_chars
    )


def test_wordless_answers_as_before_for_every_short_rule_s_words() -> None:
    """Each short rule's every word (完, 编辑, a button's label…) alone, closing a short line, inside a long
    sentence, in a short sentence beside a long one, traditional, with spaces; and prose without any."""
    from fanwen.strip import _RuleSet, load_rules

    rules = _RuleSet.of(tuple(load_rules()))
    words = sorted({w for _, slot in rules.short_rules for w in rules._slot_words[slot]})
    assert words
    long = "街两边的铺面大多保留了原来的木门窗，刷上一层桐油，看上去和几十年前差不多，周末的时候居民常来散步"
    texts = [*SIMPLIFIED, *TRADITIONAL, long]
    for word in words:
        texts += [
            word,
            f"（{word}）",
            f"  {word}  ",
            f"本文{word}。",
            f"{long}{word}{long}。",
            f"{word}。{long}。",
            f"{long}。短句里有{word}！",
            f"{long}，{word}，{long}",
            f"老街改造{word}了。周末散步。",
        ]
    assert [rules.wordless(t) for t in texts] == [_wordless_as_before(rules, t) for t in texts]
    assert any(rules.wordless(t) for t in texts) and not all(rules.wordless(t) for t in texts)


def test_a_form_s_blank_is_found_as_before() -> None:
    from fanwen.strip.boilerplate import _BLANK

    before = re.compile(r"[_＿﹍﹎]{3,}")
    texts = [
        "甲方（盖章）：________",
        "签订日期：____年__月__日",
        "姓名＿＿＿ 电话﹍﹍﹍﹍",
        "﹎﹎﹎",
        "a__b__c",
        "file_name_2024",
        "正文里没有空白",
        "",
        "__",
        "x___",
    ]
    assert [(m.span() if (m := _BLANK.search(t)) else None) for t in texts] == [
        (m.span() if (m := before.search(t)) else None) for t in texts
    ]
    assert [t for t in texts if _BLANK.search(t)] == texts[:4] + texts[-1:]
