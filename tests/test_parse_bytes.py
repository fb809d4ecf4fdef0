"""The parser reads a UTF-8 page's own bytes: the same tree as from its text encoded again."""

from __future__ import annotations

import pytest
from lxml import etree

from fanwen.extract.page import _own_bytes, parse_page

PAGES = [
    "<html><body><p>正文。</p></body></html>",
    "<html><body><p>正文。</p></body></html>\n",
    "\r\n  <!DOCTYPE html><html><body><p>正文。</p></body></html>\n\n",
    "\u3000<html><body><p>正文。</p></body></html>",  # an ideographic space: str.strip's only
    "<html><body><p>正文。</p></body></html>\xa0\n",  # a no-break space before the line break
    "\x1c<p>x</p>\x1f",  # separators str.isspace() counts and bytes.strip() keeps
    "<p>a\x00b</p>",  # a NUL the text drops
    " \t\n",  # nothing but spaces
    "<p>x</p>",
]


@pytest.mark.parametrize("text", PAGES)
def test_own_bytes_are_the_text_encoded_again(text: str) -> None:
    expected = text.strip().replace("\x00", "").encode("utf-8")
    own = _own_bytes(text, text.encode("utf-8"))
    assert own is None or own == expected


@pytest.mark.parametrize("text", [p for p in PAGES if p.strip()])
def test_the_tree_is_the_same_with_the_bytes(text: str) -> None:
    with_bytes, cut = parse_page(text, text.encode("utf-8"))
    without, cut_without = parse_page(text)
    assert etree.tostring(with_bytes.root) == etree.tostring(without.root) and cut == cut_without
