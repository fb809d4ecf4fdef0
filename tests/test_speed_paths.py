"""The page path's short cuts (issue 11's speed-ups) give what the long way gives: each is checked
against the slower code it stands for, on random texts of the characters that matter to it."""

from __future__ import annotations

import random
import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from test_strip_literals import FILLER, sample
from test_strip_literals import patterns as strip_patterns

from fanwen.extract import blocks, content, errors, metadata, processors
from fanwen.strip import _FOLDED_FORMS, _TO_PLAIN
from fanwen.strip.literals import first_look

SPACES = " \t\r\n\f\v\u3000\xa0\u2002"
LATIN = "Ab z,.;:!?'\"()-_0123456789"
HAN = "文，。；：！？、“”记者报道發自北京"


def _texts(alphabet: str, seed: str, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(count)]


@pytest.mark.parametrize("alphabet", [SPACES + LATIN, SPACES + HAN, SPACES])
def test_space_runs_fold_as_before(alphabet):
    for text in _texts(alphabet, alphabet):
        assert blocks._SPACE_TO_ONE.sub(" ", text) == blocks._SPACE.sub(" ", text), repr(text)


def _counts(parts: list[str]) -> tuple[int, ...]:
    st = content._Stats()
    content._count_own(st, parts, False)
    return (st.chars, st.punct, st.inline_punct, st.sentences, st.inline_letters)


def _by_regex(parts: list[str]) -> tuple[int, ...]:
    joined = " ".join(parts)
    if not joined or joined.isspace():
        return (0, 0, 0, 0, 0)
    text = "".join(joined.split())
    punct = len(text) - len(content._PUNCT_RUN.sub("", text))
    sentences = len(content._SENTENCE_END.findall(joined)) if punct else 0
    return (len(text), punct, punct, sentences, len(content._NOT_LETTERS.sub("", text)))


@pytest.mark.parametrize("alphabet", [SPACES + LATIN, "".join(map(chr, range(128))), SPACES + LATIN + HAN])
def test_ascii_counts_are_the_regex_counts(alphabet):
    for text in _texts(alphabet, alphabet):
        parts = text.split("|")
        assert _counts(parts) == _by_regex(parts), repr(text)


def test_every_reporter_label_holds_a_word_looked_for():
    rng = random.Random("reporter")
    parsed = list(sre_parse.parse(metadata._REPORTER.pattern, metadata._REPORTER.flags))
    checked = 0
    for _ in range(300):
        drawn = sample(parsed, rng)
        for text in (drawn, rng.choice(FILLER) + drawn + rng.choice(FILLER)):
            for match in metadata._REPORTER.finditer(metadata._DATELINE.sub(" ", text)):
                checked += 1
                assert any(word in match.group() for word in metadata._REPORTER_WORDS), match.group()
    assert checked >= 50


@pytest.mark.parametrize(
    "text",
    [
        "本报记者 张三 北京报道",
        "（通讯员 李四）",
        "实习生 王五 摄",
        "She wrote it -- in 2024.",
        "记发自北京者 赵六",
    ],
)
def test_bylines_as_without_the_look(text, monkeypatch):
    found = list(metadata.bylines(text))
    monkeypatch.setattr(metadata, "_REPORTER_WORDS", ("",))  # "" is in every text: no look
    assert list(metadata.bylines(text)) == found


def test_no_ascii_character_is_folded_or_narrowed():
    ascii_text = "".join(map(chr, range(128)))
    assert processors._FULL_WIDTH.search(ascii_text) is None
    assert _FOLDED_FORMS.search(ascii_text) is None
    assert not any(code < 128 for code in _TO_PLAIN)


def test_folds_to_ascii_is_every_such_character():
    every = "".join(
        chr(code)
        for code in range(128, 0x110000)
        if not 0xD800 <= code < 0xE000 and any(ord(c) < 128 for c in chr(code).casefold())
    )
    assert every == errors.FOLDS_TO_ASCII


@pytest.mark.parametrize(
    "text",
    [
        "Q: how? NO ANSWER yet",
        "It has Been Answered.",
        "no\u00e9answer",
        "no answe\u0280",
        "no ans\u017fer",
        "Plain text with answers",
        "\u7b54 no\xa0answer",
        "been answere\u0110",
    ],
)
def test_no_answer_without_folds_as_casefold(text):
    held = errors._looked_for(text)
    assert errors._says_no_answer(text, errors.FOLDS_TO_ASCII in held) == errors._says_no_answer(text)


def test_no_field_cell_label_is_ascii():
    assert not any(label.isascii() for label in metadata._FIELD_CELLS)


def test_info_chars_ascii_ones_are_1_and_2():
    # metadata._holds_info_char (and info_text_holders, which writes it out) looks for these two.
    assert {c for c in metadata.xpaths.INFO_CHARS if c.isascii()} == {"1", "2"}
    assert not any(c.isspace() for c in metadata.xpaths.INFO_CHARS)


@pytest.mark.parametrize("alphabet", [SPACES + LATIN, SPACES + HAN + "１２〇", SPACES])
def test_holds_info_char_as_the_search(alphabet):
    for text in _texts(alphabet, alphabet):
        assert metadata._holds_info_char(text) == (metadata._INFO_CHARS.search(text) is not None)


def _rules_by_str_lower(sheet: str) -> list[tuple[str, str]]:
    """blocks._hinting_rules as it was: the names and braces found in ``sheet.lower()``."""
    low = sheet.lower()
    if len(low) != len(sheet) or "ſ" in sheet or "ı" in sheet:
        return blocks._CSS_RULE.findall(sheet)
    rules = []
    opening = closing = before = taken = -1
    known = 0
    for at in sorted(at for word in blocks._HINT_PROPERTIES for at in blocks._places(low, word)):
        found = low.rfind("{", known, at)
        if found >= 0:
            inner = max(low.rfind("{", known, found), low.rfind("}", known, found))
            before = inner if inner >= 0 else max(opening, closing)
            opening = found
        closing = max(closing, low.rfind("}", known, at))
        known = at
        if opening < 0 or closing > opening or opening == taken:
            continue
        taken = opening
        end = low.find("}", at)
        if end < 0:
            break
        if low.find("{", at, end) < 0 and before + 1 < opening:
            rules.append((sheet[before + 1 : opening], sheet[opening + 1 : end]))
    return rules


SHEET_PIECES = ["{", "}", ";", ":", ".a", ",", " ", "bold", "pre", "font-weight", "FONT-Weight",
                "white-space", "White-SPACE", "wHite-spaCe", "é", "◆", "K", "\u212a", "ſ", "ı", "İ",
                "文", "\U0001f600", "?"]  # fmt: skip


@pytest.mark.parametrize("seed", ["ascii", "wide"])
def test_sheet_rules_lowered_as_ascii_are_the_str_lower_ones(seed):
    # A sheet beyond ASCII is lowered as ASCII bytes (each other character a "?"): the same rules.
    rng = random.Random(seed)
    pieces = SHEET_PIECES if seed == "wide" else [p for p in SHEET_PIECES if p.isascii()]
    for _ in range(3000):
        sheet = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        assert blocks._hinting_rules(sheet) == _rules_by_str_lower(sheet), repr(sheet)


def test_only_dotted_capital_i_lowers_beyond_ascii_to_a_name_or_brace():
    # What the ASCII lowering of _hinting_rules rests on (İ sends the sheet to the whole read).
    wanted = set("".join(blocks._HINT_PROPERTIES) + "{}")
    found = [c for c in range(128, 0x110000) if set(chr(c).lower()) & wanted or len(chr(c).lower()) != 1]
    assert found == [0x130]


def _text_of_as_it_was(el) -> str:
    """blocks.text_of as it was: every element climbs its ancestors, and asks its subtree for a script."""
    if not isinstance(el.tag, str):
        return ""
    node = el
    while node is not None:
        if node.tag in blocks.NO_TEXT_TAGS:
            return ""
        node = node.getparent()
    if next(el.iter(*blocks.NO_TEXT_TAGS), None) is None:
        return blocks._SPACE_TO_ONE.sub(" ", "".join(el.itertext())).strip()
    return blocks.text_of(el)  # (the walk below the climb is unchanged)


def test_text_within_is_text_of_below_no_script():
    """info_lines reads a holder with text_within, knowing from its parent's answer whether a script or a
    style is above it; a tree built by hand (an element inside a <script>, which no parser makes) included."""
    from pathlib import Path

    from lxml import etree
    from lxml.html import document_fromstring, fragment_fromstring

    trees = [
        document_fromstring(p.read_bytes()) for p in sorted(Path("tests/fixtures/pages").glob("*.html"))[:12]
    ]
    built = fragment_fromstring("<div><p>作者：<b>张三</b><!-- c --></p><script>x</script></div>")
    etree.SubElement(etree.SubElement(built.find("script"), "span"), "b").text = "2024年"
    trees.append(built)
    for tree in trees:
        coded: set = set()
        for el in tree.iter():
            if el.tag in blocks.NO_TEXT_TAGS or el.getparent() in coded:
                coded.add(el)
            within = "" if el in coded else blocks.text_within(el)
            assert within == blocks.text_of(el) == _text_of_as_it_was(el)


def _font_of_as_it_was(el) -> str | None:
    found = blocks._FONT_STYLE.search(el.get("style") or "")
    face = found.group(1) if found else el.get("face") if el.tag == "font" else None
    face = (face or "").strip().strip("\"'").strip()
    return face or None


def test_page_hints_and_fonts_as_read_per_call():
    """html_blocks takes the page's style sheets' hints once a page (xpaths.page_answer), not once a read
    (the region, then each element after it), and _font_of skips its search for an element with no style
    (not a <font>): on every element of 12 fixture pages and a page built by hand (a sheet's bold class,
    a white-space id, fonts set each way), each answer is the one read per call, and a page read after
    another (the answers kept for the page before it) gets its own."""
    from pathlib import Path

    from lxml.html import document_fromstring

    from fanwen.extract import xpaths

    built = document_fromstring(
        "<html><head><style>.xbt{font-weight:bold} #raw{white-space:pre-wrap}</style><style></style></head>"
        "<body><div><p class='xbt'>小标题</p><p style='FONT-FAMILY: 黑体'>一</p><font face=' 楷体 '>二</font>"
        "<font>三</font><span style='color:red'>四</span><pre id='raw'>五</pre></div></body></html>"
    )
    trees = [
        document_fromstring(p.read_bytes()) for p in sorted(Path("tests/fixtures/pages").glob("*.html"))[:12]
    ]
    for tree in [built, *trees, built]:
        sheets = blocks._sheets(tree)
        as_it_was = blocks._sheet_hints(sheets) if sheets else (frozenset(), blocks._NO_WHITE_SPACE)
        for el in tree.iter():
            if isinstance(el.tag, str):
                assert xpaths.page_answer(el, blocks._PAGE_HINTS, blocks._page_hints) == as_it_was
                assert blocks._font_of(el) == _font_of_as_it_was(el)
    assert blocks._page_hints(built)[0] == frozenset({"xbt"})
    fonts = [blocks._font_of(el) for el in built.iter("p", "font", "span")]
    assert fonts == [None, "黑体", "楷体", None, None]


def _as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern :func:`first_look` gave, without its look (the pattern as its module writes it)."""
    looked = re.fullmatch(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", pattern.pattern, re.S)
    return re.compile(looked.group(1), pattern.flags) if looked else pattern


def _first_look_cases() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    labels = [(f"label {i}", _as_written(p), p) for i, p in enumerate(metadata._LABELS)]
    rules = [(name, p, first_look(p)) for name, p in strip_patterns()]
    return labels + rules


@pytest.mark.parametrize(
    ("name", "written", "looked"), _first_look_cases(), ids=[c[0] for c in _first_look_cases()]
)
def test_a_pattern_with_its_first_look_matches_as_written(name, written, looked):
    """literals.first_look: the same matches (spans and groups), at the same places, on texts
    holding the pattern's own matches among filler and its first characters."""
    rng = random.Random(name)
    parsed = list(sre_parse.parse(written.pattern, written.flags))
    for _ in range(150):
        drawn = sample(parsed, rng)
        text = "".join(rng.choice(FILLER + written.pattern[:40]) for _ in range(rng.randrange(8))) + drawn
        text += "".join(rng.choice(FILLER) for _ in range(rng.randrange(4)))
        assert [(m.span(), m.groups()) for m in looked.finditer(text)] == [
            (m.span(), m.groups()) for m in written.finditer(text)
        ], (name, text)


def test_the_label_patterns_look_ahead():
    """The info lines' label patterns do get their look (an edit of a pattern that loses it is
    no error, only slower: this says so)."""
    assert all(p.pattern.startswith("(?=[") for p in metadata._LABELS)
    assert first_look(re.compile("作者|来源")).pattern == "作者|来源"  # re scans for these itself
