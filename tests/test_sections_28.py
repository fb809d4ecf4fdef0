"""Sections, session 28 (issue 11): structure on pages nobody tuned for. Our own wordings.

- Named items under a part that names a list of things: a run of numbered paragraphs right under a 一、 part whose
  heading names a list of things (二、活动内容 / 四、比赛项目 / 三、节目安排 / 二、活动流程), each opening with a bare name of
  its item (two to five characters) closed by its stop (1．齐心协力。每队… / 1．施肥时间。一般在… / 1．开场舞。由… /
  1．运动会。…), heads the part's sub-parts one level below it. Under a part that names problems, measures,
  achievements or anything else (二、存在的问题 / 二、主要措施 / 三、取得的成效 / 三、踩过的三个坑) such leads stay the part's
  points, its text, however short; so do leads that run longer or hold a clause under any part.
- A closing resolve after the last part: a last paragraph that looks back on what the title names and resolves for
  the time after it (五天的培训虽然短暂，…。我将把所学用到今后的工作中，…) concludes. Not one on another topic, under a
  last part that looks ahead (四、今后的努力方向), with more text after it, or a resolve in a story's paragraph.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "全年召开会议二十余次，专题研究工作九次，规范开展主题活动十二次，群众满意度明显提高。"
INTRO = "为丰富职工的文化生活，经研究决定举办本次活动。具体方案如下："


def shape(blocks: list[Block], title: str = "活动方案") -> list[tuple[str, int, str | None]]:
    return [(s.kind, s.level, s.heading) for s in split_sections(blocks, title)]


def plan(names: tuple[str, ...], bold_parts: bool, tag: str = "p", head: str = "二、活动内容") -> list[Block]:
    def part(text: str) -> Block:
        return Block(text, bold=bold_parts, heading=4 if bold_parts else None)

    blocks = [Block(INTRO), part("一、活动时间"), Block("2025年5月20日下午。"), part(head)]
    blocks += [Block(f"{n}．{name}。{P}", tag=tag) for n, name in enumerate(names, 1)]
    blocks += [part("三、工作要求"), Block(P)]
    return blocks


NAMES = [
    ("齐心协力", "袋鼠接力", "定点投篮", "拔河"),  # a sports day's contests
    ("施肥时间", "施肥数量", "施肥方法"),  # a guide's steps
    ("存款", "睡眠", "情绪"),  # what changed, named
    ("开场舞", "诗朗诵", "小合唱"),  # a show's programme
    ("运动会", "参赛要求", "颁奖会"),  # a week's events (会, 要 in a name)
]
LIST_HEADS = ["二、活动内容", "二、比赛项目", "二、节目安排", "二、活动流程"]


@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize("head", LIST_HEADS)
@pytest.mark.parametrize("bold_parts", [True, False])
@pytest.mark.parametrize("tag", ["p", "div"])
def test_named_items_under_a_part_naming_a_list_head_its_sub_parts(names, head, bold_parts, tag):
    assert shape(plan(names, bold_parts, tag, head)) == [
        ("intro", 1, None),
        ("section", 1, "一、活动时间"),
        ("section", 1, head),
        *[("section", 2, f"{n}．{name}。") for n, name in enumerate(names, 1)],
        ("section", 1, "三、工作要求"),
    ]


# Short leads under a part that names no list of things: its points (the reviewer's inputs and our own).
SHORT_POINTS = [
    ("二、存在的问题", ("资金短缺", "人才匮乏", "管理粗放")),  # problems
    ("二、主要措施", ("强化学习", "严格管理", "注重实效")),  # measures
    ("二、工作思路", ("抓党建", "促发展", "保稳定")),  # slogans
    ("二、取得的成效", ("亮点突出", "成效明显")),  # achievements
    ("二、踩过的三个坑", ("浇水太勤", "苗种太密", "忽视虫害")),  # mistakes
    ("二、几点体会", ("存款", "睡眠", "情绪")),  # what changed, under a part that names no list
    ("二、不足之处", ("小组分工", "板书设计")),  # shortcomings named by their subject
    ("二、工作要求", ("注意安全", "服从安排")),  # duties
]
# Longer leads or a clause stay text even under a part that names a list of things.
LONG_LEADS = [
    ("小组分工比较明确", "板书设计清晰"),
    ("时间分配不够合理", "语言不够精练"),
    ("各部门要高度重视", "参赛人员应穿运动鞋"),
    ("情境引入激发了学习兴趣", "动手操作突破了教学重点"),
    ("坚持原创导向，严禁抄袭", "注意安全"),
    ("推进智慧护理", "提升管理水平"),
]


@pytest.mark.parametrize(("head", "leads"), SHORT_POINTS)
@pytest.mark.parametrize("bold_parts", [True, False])
@pytest.mark.parametrize("tag", ["p", "div"])
def test_short_leads_under_a_part_naming_no_list_stay_its_points(head, leads, bold_parts, tag):
    assert shape(plan(leads, bold_parts, tag, head)) == [
        ("intro", 1, None),
        ("section", 1, "一、活动时间"),
        ("section", 1, head),
        ("section", 1, "三、工作要求"),
    ]


@pytest.mark.parametrize("leads", LONG_LEADS)
@pytest.mark.parametrize("bold_parts", [True, False])
def test_leads_that_run_longer_stay_the_parts_points(leads, bold_parts):
    assert shape(plan(leads, bold_parts)) == [
        ("intro", 1, None),
        ("section", 1, "一、活动时间"),
        ("section", 1, "二、活动内容"),
        ("section", 1, "三、工作要求"),
    ]


def test_a_lone_named_item_heads_nothing():
    assert shape(plan(("拔河",), True)) == [
        ("intro", 1, None),
        ("section", 1, "一、活动时间"),
        ("section", 1, "二、活动内容"),
        ("section", 1, "三、工作要求"),
    ]


def test_named_items_in_bold_head_as_before():
    blocks = plan(("齐心协力", "拔河"), True)
    blocks[4] = Block(blocks[4].text, bold_lead=len("1．齐心协力。"))
    assert ("section", 2, "1．齐心协力。") in shape(blocks)


PARTS = [
    (
        "一、师德是第一张名片",
        "培训中，专家用许多真实的案例告诉我们，师德不是挂在嘴上的口号，而是体现在每一天的细节里。",
    ),
    ("二、上好每一节课", "好的课堂并不在于形式热闹，而在于目标清楚、环节紧凑、学生真正动脑，我要多听多学。"),
    ("三、学会调适心态", "心理专家的讲座让我意识到，教师自身的心理健康同样重要，遇到困难要多向同事请教。"),
]
RESOLVES = [
    (
        "新任教师岗前培训心得体会",
        "五天的培训虽然短暂，却为我的教师生涯打下了第一块基石。我将把所学用到今后的工作中，努力成为一名好老师。",
    ),
    (
        "暑期社会实践实习报告",
        "一个月的实习转眼就结束了，回想起来收获满满。今后我会继续保持这份认真，把实践中学到的本领用好。",
    ),
    (
        "参加骨干教师研修班的体会",
        "这次研修让我受益匪浅。在今后的教学中，我们将把研修的成果带回课堂，与同事们一起成长。",
    ),
]


def reflection(closing: str, parts: list[tuple[str, str]] = PARTS, bold: bool = False) -> list[Block]:
    blocks = [Block("按照教育局的统一安排，我参加了为期五天的学习，收获很大，现将体会总结如下。")]
    for head, text in parts:
        blocks += [Block(head, bold=bold, heading=3 if bold else None), Block(text)]
    return [*blocks, Block(closing)]


@pytest.mark.parametrize(("title", "closing"), RESOLVES)
@pytest.mark.parametrize("bold", [True, False])
def test_a_closing_resolve_after_the_last_part_concludes(title, closing, bold):
    got = shape(reflection(closing, bold=bold), title)
    assert got[-1] == ("conclusion", 1, None)
    assert [s.text for s in split_sections(reflection(closing, bold=bold), title)][-1] == closing


@pytest.mark.parametrize(("title", "closing"), RESOLVES)
def test_a_resolve_on_another_topic_or_followed_by_text_stays_the_parts(title, closing):
    # a story's paragraph: the title names something else
    assert shape(reflection(closing), "我的外婆")[-1][0] == "section"
    # more of the part's text after it
    blocks = [
        *reflection(closing),
        Block("另外，班主任工作也有很多值得学习的地方，比如怎样开好第一次家长会。"),
    ]
    assert shape(blocks, title)[-1][0] == "section"


@pytest.mark.parametrize(("title", "closing"), RESOLVES)
def test_a_resolve_under_a_part_that_looks_ahead_is_its_text(title, closing):
    parts = [
        *PARTS[:2],
        ("三、今后的努力方向", "我要把学到的方法用到课堂上，多向老教师请教，认真备好每一节课。"),
    ]
    assert shape(reflection(closing, parts), title)[-1] == ("section", 1, "三、今后的努力方向")


def test_a_resolve_that_looks_back_on_no_whole_stays_the_last_parts_text():
    # The last part's own second paragraph: its first sentence names the title's topic (培训) but looks back on one
    # lesson, not on the whole (no 这次, 五天的, 一个月的…), so the resolve after it is the part's point (review, session 28).
    parts = [*PARTS[:2], ("三、做好班主任工作", "班主任工作琐碎而重要，要从每一个细节做起。")]
    for closing in (
        "培训中王老师讲的班会课案例让我很受启发。我将学习她的做法，用心带好自己的班级。",
        "培训时专家提到的家校沟通方法很实用。今后我会多和家长交流，及时了解学生的情况。",
        "实习期间带教老师的一句话让我印象很深。我们将把这句话记在心里，用在工作中。",
    ):
        assert shape(reflection(closing, parts), "新任教师岗前培训心得体会")[-1][0] == "section", closing


def test_a_resolve_under_a_part_that_looks_back_concludes():
    # 努力 in a last part's heading (三、努力钻研业务) looks back on what was done, not ahead: the closing still concludes.
    parts = [*PARTS[:2], ("三、努力钻研业务", "我认真听课、做笔记，把每一个案例都记下来反复琢磨。")]
    closing = RESOLVES[0][1]
    assert shape(reflection(closing, parts), RESOLVES[0][0])[-1] == ("conclusion", 1, None)


def test_a_resolve_in_the_first_sentence_alone_stays_the_parts():
    closing = "我将把这次培训所学用到今后的工作中，努力成为一名学生喜欢、家长放心的好老师。"
    assert shape(reflection(closing), "新任教师岗前培训心得体会")[-1][0] == "section"
