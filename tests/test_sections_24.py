"""Sections, session 24 (issue 11, set AU): how a collection and a reading response close. Our own wordings.

- A collection's closing paragraph after its last piece that speaks of the pieces together, by their count
  (以上三篇… / 上面这几篇… / 这4篇…), closes the collection, at the pieces' level; a piece's own closing (总之，…)
  and a paragraph counting anything else (以上三点…) or another count than the pieces' stay the last piece's.
- A reading response's closing paragraph after its last part's own text, the writer putting the book down
  (合上书，… / 放下这本书，… / 读完最后一页，… / 掩卷…), concludes; the same words opening the last part's own
  text, with more after them, in a response with no parts, or in a piece that names no book or reading, do not.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "这一段讲的是具体的做法和体会，句子完整，意思清楚，放在哪一部分都说得通。"
Q = "另一段接着往下说，讲了几件实实在在的小事，也讲了从中得到的一点启发。"


def shape(blocks: list[Block], title: str) -> list[tuple[str, int, str | None, str]]:
    return [(s.kind, s.level, s.heading, s.text) for s in split_sections(blocks, title)]


def collection(count: int = 3) -> list[Block]:
    blocks = [Block("班主任工作总结是每学期都要写的材料，下面收集了几篇，供大家参考。")]
    for n in "一二三四五"[:count]:
        blocks += [Block(f"班主任工作总结 篇{n}", bold=True), Block(P), Block(Q)]
    return blocks


COLLECTION = "班主任工作总结（精选3篇）"
TOGETHER = [
    "以上三篇总结各有侧重，但都说明了一个道理：班级管理贵在用心。希望对大家写总结有所启发。",
    "上面这几篇范文写法不同，有的重事例，有的重方法，大家可以取长补短。",
    "这3篇工作总结都来自一线班主任，语言朴实，值得借鉴。",
]


@pytest.mark.parametrize("closing", TOGETHER)
def test_a_closing_that_speaks_of_the_pieces_together_closes_the_collection(closing):
    sections = shape([*collection(), Block(closing)], COLLECTION)
    assert sections[-1] == ("conclusion", 1, None, closing)
    assert [s[:2] for s in sections[1:-1]] == [("essay", 1)] * 3
    assert sections[-2][3] == f"{P}\n{Q}"


@pytest.mark.parametrize(
    "closing",
    [
        "总之，这学期的工作有收获也有不足，下学期我会继续努力。",  # the piece's own summing-up
        "以上三点是我这学期最深的体会，下学期我会继续努力。",  # points, no pieces
        "以上两篇是我去年和前年写的，今年的变化更大。",  # a count other than the pieces'
    ],
)
def test_a_pieces_own_closing_stays_at_its_level(closing):
    sections = shape([*collection(), Block(closing)], COLLECTION)
    if sections[-1][0] == "conclusion":
        assert sections[-1][1] == 2
    else:
        assert sections[-1][3].endswith(closing)


def response(*tail: str, parted: bool = True) -> list[Block]:
    blocks = [Block("寒假里我读完了一本讲海岛渔村的小说，书不厚，却让我想了很久。")]
    if parted:
        for head in ("一、守望是一种力量。", "二、告别也是一种成长。", "三、家乡永远在心里。"):
            blocks += [Block(head + P, bold_lead=len(head)), Block(Q)]
    else:
        blocks += [Block(P), Block(Q)]
    return blocks + [Block(text) for text in tail]


READING = "《潮声里的渔村》读后感"
PUT_DOWN = [
    "合上书，窗外起风了。我想，心里有个念想的人，走多远都不会迷路。",
    "放下这本书，我给很久没联系的外婆打了个电话，她在电话那头笑得很开心。",
    "读完最后一页，天已经黑了。那片海好像一直在我耳边响着。",
    "掩卷沉思，我才明白作者为什么说家乡是一盏不灭的灯。",
]


@pytest.mark.parametrize("closing", PUT_DOWN)
def test_putting_the_book_down_after_the_last_part_concludes(closing):
    sections = shape(response(closing), READING)
    assert sections[-1] == ("conclusion", 1, None, closing)
    assert sections[-2][2] == "三、家乡永远在心里。" and sections[-2][3] == f"{P}\n{Q}"


@pytest.mark.parametrize("title", [READING, "寒假读书笔记：一本讲渔村的小说", "读《潮声里的渔村》有感"])
def test_a_reading_response_is_told_by_its_title(title):
    assert shape(response(PUT_DOWN[0]), title)[-1][0] == "conclusion"


def test_putting_the_book_down_with_more_after_it_stays_in_the_last_part():
    sections = shape(response(PUT_DOWN[0], Q), READING)
    assert sections[-1][0] == "section" and sections[-1][3].endswith(f"{PUT_DOWN[0]}\n{Q}")


def test_putting_the_book_down_as_the_last_parts_own_text_stays():
    blocks = response()
    blocks[-1] = Block(PUT_DOWN[1])  # the last part's second paragraph, where each part has two
    sections = shape(blocks, READING)
    assert sections[-1][0] == "section" and sections[-1][3].endswith(PUT_DOWN[1])


def test_putting_the_book_down_in_a_response_with_no_parts_stays_in_the_intro():
    sections = shape(response(PUT_DOWN[0], parted=False), READING)
    assert [s[0] for s in sections] == ["intro"]


def test_a_story_closing_a_book_is_no_reading_response():
    # a piece whose title names no book and no reading: someone in it closes a book
    sections = shape(response("合上书，他站起身，把窗户推开了一条缝。"), "我的外公和他的小渔船")
    assert sections[-1][0] == "section"


def test_the_collections_closing_after_the_last_pieces_own_stands_beside_it():
    own = "总之，这学期的工作有收获也有不足，下学期我会继续努力。"
    sections = shape([*collection(), Block(own), Block(TOGETHER[0])], COLLECTION)
    assert sections[-2:] == [("conclusion", 2, None, own), ("conclusion", 1, None, TOGETHER[0])]
