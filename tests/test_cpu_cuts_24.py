"""Session 24 (issue 13): the extraction's Python made cheaper, the same answers. Each cut is held
here to what it replaced, on markup written for the purpose."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest
from lxml.html import fragment_fromstring

from fanwen.extract import blocks, encoding, metadata, xpaths
from fanwen.extract.blocks import html_blocks
from fanwen.items import Block, Frame


def test_block_init_takes_every_field_in_order_with_its_default() -> None:
    """Block's own ``__init__`` (its fields written into ``__dict__``) is the dataclass's: the same
    parameters, in the fields' order, with their defaults; a field added to Block and not to it fails here."""
    params = list(inspect.signature(Block.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Block)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_a_block_is_still_a_frozen_dataclass() -> None:
    frame = Frame("div", "div.box")
    block = Block("正文第一段。", "p", None, True, False, 0.25, "宋体", 2, True, ">p", frame, True)
    assert block == Block(
        "正文第一段。", "p", None, True, False, 0.25, "宋体", 2, True, ">p", Frame("div"), True
    )
    assert hash(block) == hash(Block("正文第一段。", bold=True, link_density=0.25, font="宋体", bold_lead=2, apart=True, style=">p", caption=True))  # fmt: skip
    assert block != Block("正文第一段。")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "x"  # type: ignore[misc]
    assert dataclasses.replace(block, text="改").text == "改"
    assert dataclasses.replace(block, text="改").frame is frame
    assert copy.deepcopy(block) == block
    assert pickle.loads(pickle.dumps(Block("a", caption=True))).caption
    assert repr(Block("a")) == (
        "Block(text='a', tag='p', heading=None, bold=False, centered=False, link_density=0.0, "
        "font=None, bold_lead=0, apart=False, style=None)"
    )


# Holders with block children in three markups, one with only inline children and a comment, one
# with a comment and a processing instruction before its paragraph.
HOLDERS = [
    ("<div>2024年 来源：本报<p>正文</p></div>", True),
    ("<section><!-- c --><h2>作者：王五</h2></section>", True),
    ("<td>撰稿 <ul><li>1</li></ul></td>", True),
    ("<div>来源：新华社 <span>2024-05-06</span><!-- c --><b>作者</b></div>", False),
    ("<div><!-- c --><?php x ?><p>发布：2024年</p></div>", True),
]


@pytest.mark.parametrize(("html", "has_block"), HOLDERS)
def test_a_holders_block_children_are_found_as_the_tags_test_found_them(html: str, has_block: bool) -> None:
    el = fragment_fromstring(html)
    before = any(isinstance(c.tag, str) and c.tag in xpaths.BLOCK_TAGS for c in el)
    after = not xpaths.BLOCK_TAGS.isdisjoint(map(metadata._TAG, el))
    assert before == after == has_block


def test_info_lines_read_a_holders_own_text_before_its_blocks() -> None:
    doc = fragment_fromstring(
        "<div><div>来源：本报 <p>" + "正文" * 50 + "</p></div><p>作者：王五</p><span>2024-05-06</span></div>"
    )
    assert [line.text for line in metadata.info_lines(doc)] == ["来源：本报", "作者：王五", "2024-05-06"]


# Badges in three markups (a count class, a data- attribute, a comment anchor) and look-alikes: a
# marked element whose text holds no digit (an icon's, a word), a digit that is not ASCII (a full-width
# or circled one: str.isdigit is True of the circled one too).
BADGES = [
    '<span class="para-comment">12</span>',
    '<i data-comments="x">3</i>',
    '<a href="#comment-3">5</a>',
]
NOT_BADGES = ['<span class="para-comment">评论</span>', '<span class="likes"></span>']


@pytest.mark.parametrize("badge", BADGES)
def test_a_count_badge_closing_three_paragraphs_is_left_out(badge: str) -> None:
    root = fragment_fromstring("<div>" + f"<p>这是一段正文。{badge}</p>" * 3 + "</div>")
    assert [b.text for b in html_blocks(root)] == ["这是一段正文。"] * 3


@pytest.mark.parametrize("badge", NOT_BADGES)
def test_a_marked_element_without_a_digit_is_text(badge: str) -> None:
    root = fragment_fromstring("<div>" + f"<p>这是一段正文。{badge}</p>" * 3 + "</div>")
    text = fragment_fromstring(badge).text or ""
    assert [b.text for b in html_blocks(root)] == [f"这是一段正文。{text}".strip()] * 3


def test_the_digit_test_is_str_isdigits_on_every_character() -> None:
    for text in ("", "评论", "１２", "②", "x9", "\u0663"):
        assert any(map(str.isdigit, text)) == any(c.isdigit() for c in text)


def test_a_run_holds_only_its_fields() -> None:
    run = blocks._Run("h2")
    run.add("  一、总体要求 ", True, False, "黑体", ">h2")
    assert (run.tag, run.parts, run.bold_chars, run.bold_parts, run.font_chars) == (
        "h2",
        ["  一、总体要求 "],
        6,
        1,
        {"黑体": 6},
    )
    with pytest.raises(AttributeError):
        run.other = 1  # type: ignore[attr-defined]


# Texts a decoding gives: ASCII, Han, Latin-1's upper half, U+FFFD replacements, an emoji, DEL and
# the first non-ASCII code point, a lone surrogate (a JSON escape's), and none.
DECODED = ["<p>plain</p>", "正文内容", "café ÿ", "abc\ufffd\ufffd中", "😀 ok", "\x7f\x80", "\ud800x", ""]


@pytest.mark.parametrize("text", DECODED)
def test_non_ascii_chars_counts_what_the_generator_counted(text: str) -> None:
    assert (
        encoding.non_ascii_chars(text) == sum(ch > "\x7f" for ch in text) == sum(ord(c) > 0x7F for c in text)
    )


def test_a_utf8_page_with_a_few_broken_sequences_is_still_utf8() -> None:
    page = ("<p>" + "正文内容，说得清楚。" * 20 + "</p>").encode() + b"\xe4\xb8" + "<p>结束</p>".encode()
    assert encoding.decode_html(page).encoding == "utf-8"
    assert encoding.decode_html(b"\xe4\xb8\xe4\xb8<p>x</p>" + "中".encode("gbk")).encoding != "utf-8"
