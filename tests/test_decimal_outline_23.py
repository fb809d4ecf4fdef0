"""Sections, session 23: an outline numbered 1., 2., with decimal sub-parts (2.1, 2.2) under its parts
(issue 11, set AS's how-to): the 3. after 2.2 is the next part, not a point under 2.2. Our own wordings.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "这一段写的是具体的做法和需要注意的地方，句子完整，读起来清楚明白，照着做就可以。"


def h(text: str, level: int) -> Block:
    return Block(text, tag=f"h{level}", heading=level)


def shape(blocks: list[Block]) -> list[tuple[str | None, int]]:
    return [(s.heading, s.level) for s in split_sections(blocks, "标题")]


OUTLINES = [
    ("1. 准备材料", "2. 动手制作", "2.1 裁剪布料", "2.2 缝合边角", "3. 收尾检查", "4. 日常保养"),
    ("1. 项目背景", "2. 实施过程", "2.1 前期调研", "2.2 方案设计", "3. 取得成效", "4. 下一步打算"),
    ("1. 安装软件", "2. 基本设置", "2.1 设置账号", "2.2 设置同步", "3. 导入数据", "4. 备份与恢复"),
]


@pytest.mark.parametrize("names", OUTLINES)
def test_the_part_after_decimal_sub_parts_is_a_part(names):
    one, two, two_one, two_two, three, four = names
    blocks = [Block(P), h(one, 2), Block(P), h(two, 2), h(two_one, 3), Block(P), h(two_two, 3), Block(P)]
    blocks += [h(three, 2), Block(P), h(four, 2), Block(P)]
    assert shape(blocks) == [(None, 1), (one, 1), (two, 1), (two_one, 2), (two_two, 2), (three, 1), (four, 1)]


HEADS = [None, "1. 准备材料", "2. 动手制作", "2.1 裁剪布料", "2.2 缝合边角"]
CUT = [Block("1.先把布料洗净晾干，这样裁剪后不会缩水变形。"), Block("2.再用划粉画出轮廓线，留出一厘米缝份。")]
SEW = [Block("1.先对齐两块布的边角，用珠针固定好。"), Block("2.沿边缘缝一圈，针脚要均匀细密。")]


def sewing(under_one: list[Block], under_two: list[Block], *after: Block) -> list[Block]:
    """A how-to: 1., 2. with 2.1 and 2.2 under it, each sub-part over the blocks given."""
    blocks = [Block(P), h(HEADS[1], 2), Block(P), h(HEADS[2], 2), h(HEADS[3], 3), *under_one]
    return [*blocks, h(HEADS[4], 3), *under_two, *after]


def test_points_under_a_decimal_sub_part_stay_its_text():
    # Look-alike: 1., 2., 3. counted from 1 under 2.1 are its points, run into their sentences.
    sections = split_sections(
        sewing([*CUT, Block("3.最后沿着轮廓线剪下，边缘要剪得整齐。")], [Block(P)]), "标题"
    )
    assert [s.heading for s in sections] == HEADS
    assert "3.最后沿着轮廓线剪下" in sections[3].text


def test_a_point_three_under_a_sub_part_after_points_one_and_two_stays_text():
    # Look-alike: a run 1., 2., 3. of points under 2.2 whose 3. continues the part's number (2 + 1) stays the run's.
    sections = split_sections(
        sewing([Block(P)], [*SEW, Block("3.缝好后翻到正面，用熨斗把缝线压平。")]), "标题"
    )
    assert [s.heading for s in sections] == HEADS
    assert "3.缝好后翻到正面" in sections[-1].text


def test_points_under_the_first_sub_part_leave_the_next_part_a_part():
    # Points 1., 2. under 2.1, a paragraph under 2.2: the 3. after 2.2 is the next part.
    sections = split_sections(sewing(CUT, [Block(P)], h("3. 收尾检查", 2), Block(P)), "标题")
    assert [s.heading for s in sections] == [*HEADS, "3. 收尾检查"]


# An outline a level deeper (一、 > 1. > 1.1 > 2.): the 2. after the decimal sub-parts of 1. is the next part under 一、.
NESTED = [
    ("一、准备阶段", "1. 选材", "1.1 布料", "1.2 针线", "2. 工具", "二、制作阶段"),
    ("一、项目概况", "1. 建设内容", "1.1 主体工程", "1.2 配套工程", "2. 投资规模", "二、进展情况"),
    ("一、环境准备", "1. 安装依赖", "1.1 系统依赖", "1.2 语言依赖", "2. 获取源码", "二、编译运行"),
]


def nested(names: tuple[str, ...], under_first: list[Block], under_second: list[Block]) -> list[Block]:
    top, one, one_one, one_two, two, next_top = names
    blocks = [Block(P), h(top, 2), Block(P), h(one, 3), Block(P), h(one_one, 4), *under_first]
    return blocks + [h(one_two, 4), *under_second, h(two, 3), Block(P), h(next_top, 2), Block(P)]


@pytest.mark.parametrize("names", NESTED)
@pytest.mark.parametrize("points_under", ["none", "first", "second"])
def test_the_part_after_deeper_decimal_sub_parts_is_a_part(names, points_under):
    # points 1., 2. run into their sentences under a sub-part: the 2. after them does not go on from them (a
    # third point would be 3.), it goes on from the part 1.
    points = [
        Block("1.先把布料洗净晾干，这样裁剪后不会缩水变形。"),
        Block("2.再用划粉画出轮廓线，留出一厘米缝份。"),
    ]
    first = points if points_under == "first" else [Block(P)]
    second = points if points_under == "second" else [Block(P)]
    top, one, one_one, one_two, two, next_top = names
    assert shape(nested(names, first, second)) == [
        (None, 1),
        (top, 1),
        (one, 2),
        (one_one, 3),
        (one_two, 3),
        (two, 2),
        (next_top, 1),
    ]


def test_a_point_going_on_from_points_under_a_deeper_sub_part_stays_text():
    # Look-alike: 1., 2. under 1.2 and a 3. after them: it goes on from the points, not from the part 1.
    points = [Block("1.先对齐两块布的边角，用珠针固定好。"), Block("2.沿边缘缝一圈，针脚要均匀细密。")]
    points.append(Block("3.缝好后翻到正面，用熨斗把缝线压平。"))
    blocks = [Block(P), h("一、准备阶段", 2), Block(P), h("1. 选材", 3), h("1.1 布料", 4), Block(P)]
    blocks += [h("1.2 针线", 4), *points, h("二、制作阶段", 2), Block(P)]
    sections = split_sections(blocks, "标题")
    assert [s.heading for s in sections] == [
        None,
        "一、准备阶段",
        "1. 选材",
        "1.1 布料",
        "1.2 针线",
        "二、制作阶段",
    ]
    assert "3.缝好后翻到正面" in sections[4].text
