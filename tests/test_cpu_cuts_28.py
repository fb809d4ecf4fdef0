"""Session 28 (issue 13): the page path made cheaper, the same answers. Each cut is held here to what it
replaced.

- A block's or an element's text squeezed (blocks.one_space) without the substitution where the text is printable
  and holds no two spaces in a row: such a text is its own squeeze.
"""

from __future__ import annotations

import sys

import pytest

from fanwen.extract import blocks
from fanwen.extract.blocks import _SPACE_TO_ONE, _squeezed, one_space

# The characters the squeeze's class reads as space.
SPACES = " \t\r\n\f\v\u3000\xa0"


def _by_substitution(text: str) -> str:
    return _SPACE_TO_ONE.sub(" ", text).strip()


def test_no_printable_character_but_the_space_is_in_the_class() -> None:
    """The fast path's premise, on every code point: a printable character of the class is " " alone; and a
    printable text's ``strip()`` strips spaces alone (every other white space is unprintable)."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isprintable():
            assert char not in SPACES or char == " ", hex(code)
            assert not char.isspace() or char == " ", hex(code)


TEXTS = [
    "",
    " ",
    "  ",
    "正文",
    " 作者：张三 来源：新华社 ",
    "作者：  张三",
    "a b c",
    "a  b",
    "第一行\n第二行",
    "全角\u3000空格",
    "不断\xa0空格",
    "\t制表\t",
    "换页\f竖\v回车\r",
    "窄空格\u2002与\u202f细空格",  # white space the class leaves, in a text that is not printable
    "行分隔\u2028段分隔\u2029",
    "零宽\u200b字符",
    "𠮷野家 的饭 👉 点击",
    "  前后都有  ",
    "English words, one space each.",
    "mixed 中文 and  English\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_squeezed_is_the_substitution(text: str) -> None:
    assert _squeezed(text) == _by_substitution(text)
    assert one_space(text) == _by_substitution(text)
    long = text * (blocks._CACHED_TEXT_CHARS // max(len(text), 1) + 2)  # past the cache: squeezed each time
    assert one_space(long) == _by_substitution(long)


def test_squeezed_on_every_pair_of_characters_around_a_space() -> None:
    """Runs of the class's characters and of other white space, two characters at a time on each side of a word."""
    around = [*SPACES, "\u2002", "\u200b", "\x1c", "\x85", "字", "a", ""]
    for left in around:
        for right in around:
            for middle in ("", " ", "  ", "\u3000", "字"):
                text = f"{left}{right}字{middle}a{right}{left}"
                assert _squeezed(text) == _by_substitution(text), repr(text)


def test_squeezed_on_real_shape_pages() -> None:
    """Every element's text and every text node of real-shape pages, each squeezed both ways."""
    sys.path.append(str(__import__("pathlib").Path(__file__).resolve().parents[1] / "bench"))
    from realsite import build_real_site

    from fanwen.extract.page import response_selector

    site = build_real_site(12, 13)
    seen = 0
    for article in site.articles:
        for path in article.pages:
            page = site.pages[path]
            sel, _ = response_selector(page.render("http://127.0.0.1:8000"), page.content_type)
            for el in sel.root.iter():
                for text in (el.text, el.tail, "".join(el.itertext()) if isinstance(el.tag, str) else None):
                    if text:
                        assert _squeezed(text) == _by_substitution(text)
                        seen += 1
    assert seen > 1000
