"""Sections, session 24 (issue 11): a closing call or wish after the last part is the conclusion (the project's
convention, the lead's decision: the sets disagreed). Our own wordings.

- After the last part's own text, the last paragraph (a thanks and a signature under it at most) opening on the
  audience's name and calling on them (同事们，…让我们… / 各位来宾！…，让我们… / 乡亲们，…希望大家…) concludes.
- A short last paragraph after the last part's own text whose last sentence wishes the readers as a group well
  (…祝大家都能… / …愿每一位…都能… / …祝各位…) concludes.
- Look-alikes that stay the part's: a call inside the last part with more of its text after it; the part's own
  paragraph saying 让我们… in its middle with no address; a call after a sub-part （四） when the speech goes on with
  another 一、-level part; a wish ending a long paragraph of the part's substance; a wish to one reader.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "这一部分讲的是具体的做法，句子完整，意思清楚，放在哪一部分都说得通，也有几个实在的例子。"
Q = "另一段接着往下说，讲了几件实实在在的小事，也讲了从中得到的一点启发和下一步的打算。"


def shape(blocks: list[Block], title: str) -> list[tuple[str, int, str | None, str]]:
    return [(s.kind, s.level, s.heading, s.text) for s in split_sections(blocks, title)]


def speech() -> list[Block]:
    blocks = [Block("今天召开这次会议，主要是总结上半年的工作，部署下半年的任务。下面，我讲三点意见。")]
    for n, head in zip(
        "一二三", ("统一思想，提高认识", "突出重点，狠抓落实", "加强领导，形成合力"), strict=True
    ):
        blocks += [Block(f"{n}、{head}", bold=True), Block(P)]
    return blocks


def guide() -> list[Block]:
    blocks = [Block("第一次带孩子去博物馆，很多家长不知道从哪里下手。下面是我们去了十几次总结出的几条经验。")]
    for head in ("提前做好功课", "别想一次看完", "让孩子自己提问"):
        blocks += [Block(head, tag="h2", heading=2), Block(P)]
    return blocks


SPEECH = "在全区下半年工作推进会上的讲话"
GUIDE = "带孩子逛博物馆的几条经验"

CALLS = [
    "同事们，目标已经明确，关键在于落实。让我们撸起袖子加油干，确保全年任务圆满完成！",
    "各位来宾！站在新的起点上，让我们携起手来，共同开创更加美好的明天！",
    "乡亲们，好日子是干出来的。希望大家拧成一股绳，把咱们村的事情办得更好。",
]


@pytest.mark.parametrize("call", CALLS)
def test_a_closing_call_on_the_audience_after_the_last_part_concludes(call):
    sections = shape([*speech(), Block(call)], SPEECH)
    assert sections[-1] == ("conclusion", 1, None, call)
    assert sections[-2] == ("section", 1, "三、加强领导，形成合力", P)


@pytest.mark.parametrize("call", CALLS)
def test_a_closing_call_with_a_thanks_under_it_concludes(call):
    sections = shape([*speech(), Block(call), Block("谢谢大家！")], SPEECH)
    assert sections[-1][:2] == ("conclusion", 1) and sections[-1][3].startswith(call)
    assert sections[-2][3] == P


WISHES = [
    "逛博物馆不是为了记住多少展品，而是让好奇心多一个出口。祝大家都能和孩子度过一个有收获的周末！",
    "说到底，孩子愿意去才是最重要的。愿每一位家长都能找到适合自家孩子的节奏。",
    "祝各位小朋友都能在博物馆里找到自己的宝贝。",
]


@pytest.mark.parametrize("wish", WISHES)
def test_a_closing_wish_to_the_readers_after_the_last_part_concludes(wish):
    sections = shape([*guide(), Block(wish)], GUIDE)
    assert sections[-1] == ("conclusion", 1, None, wish)
    assert sections[-2] == ("section", 1, "让孩子自己提问", P)


def test_a_call_inside_the_last_part_with_more_of_its_text_stays():
    call = CALLS[0]
    sections = shape([*speech(), Block(call), Block(Q)], SPEECH)
    assert all(kind == "section" for kind, *_ in sections[1:])
    assert sections[-1][3] == f"{P}\n{call}\n{Q}"


@pytest.mark.parametrize(
    "own",
    [
        "各部门要把这项工作放在心上，抓在手上，让我们的群众真正感受到变化，不能只停留在纸面上。",
        "实践证明，只有真抓实干才能见到成效。这几年的变化让我们看到了希望，也让我们看到了差距。",
        "下一步，要在细节上下功夫。让我们的服务更贴心，是每个窗口的责任，考核也要跟上。",
    ],
)
def test_the_parts_own_paragraph_saying_let_us_with_no_address_stays(own):
    sections = shape([*speech(), Block(own)], SPEECH)
    assert sections[-1] == ("section", 1, "三、加强领导，形成合力", f"{P}\n{own}")


def test_a_call_after_a_sub_part_when_the_speech_goes_on_stays_in_it():
    blocks = [
        Block("今天召开这次会议，主要是部署今年的重点任务。下面，我讲两个方面。"),
        Block("一、今年的重点任务", bold=True),
        Block("（一）抓项目。" + P),
        Block("（二）抓招商。" + P),
        Block("（三）抓改革。" + P),
        Block("（四）抓民生。" + P),
        Block(CALLS[0]),
        Block("二、保障措施", bold=True),
        Block(Q),
    ]
    sections = shape(blocks, SPEECH)
    assert all(kind == "section" for kind, *_ in sections[1:])
    assert any(CALLS[0] in text for *_, text in sections[:-1])


@pytest.mark.parametrize(
    "wish",
    [
        # a long paragraph of the part's substance, its last sentence a wish
        "展厅里人多的时候可以先去人少的楼层。讲解器要提前租。饮用水可以带。出来以后找个地方聊聊看到了什么。祝大家都能玩得开心！",
        # a wish to one reader, alone: no turn to the reader before it. Session 24 had 最后提醒一句，记得提前预约。祝你…！
        # here; since session 29 that one concludes, by the convention of session 26 (a short last paragraph that turns
        # from the parts' subject to the reader and signs off concludes): the writer's word of one thing more (最后提醒
        # 一句，…) is the turn, the wish the sign-off, where either alone stays the part's (a reminder alone: session 25;
        # a wish to one reader alone: this case)
        "门票要记得提前预约。祝你和孩子玩得开心！",
        # a wish in the middle of the paragraph, the part's text after it
        "祝大家都能约到票。预约一般在开馆前七天放号，早上八点准时抢，周末的号很快就没了。",
    ],
)
def test_a_wish_that_closes_nothing_stays(wish):
    sections = shape([*guide(), Block(wish)], GUIDE)
    assert sections[-1] == ("section", 1, "让孩子自己提问", f"{P}\n{wish}")
