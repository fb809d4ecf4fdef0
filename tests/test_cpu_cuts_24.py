"""Session 24 (issue 13): the extraction's Python made cheaper, the same answers. Each cut is held
here to what it replaced, on markup written for the purpose."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from fanwen.extract import blocks, metadata, xpaths
from fanwen.extract.blocks import html_blocks

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
