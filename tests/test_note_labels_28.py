"""One notion of a note's or a part's label for the card and the advert-line passes (session 28, review finding;
fanwen/strip/ownbox.py ``NOTE_LABEL``).

The card pass's in-house box (session 27) and the advert-line pass's 【…】 label each kept a list of the labels that
frame the text's own note or part (温馨提示, 注意事项, 附件, 【说明】). The lists differed: the card pass's had no 注 (a
writer's or an editor's note: 编者注, 注释, 译者注), the line pass's no 附件, 要点, 摘要; and the line pass's 注 held
关注 and 注册, a channel's and a sign-up's asks. One list now. What moves: a box of the in-house shape under a writer's
or an editor's note label is the text's (the card pass took it before); the advert-line pass's label branch decides
no line alone in the wordings tried (its other readings, an ask with a gain or a deal, decide them as before).
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import _p, _text
from test_labelled_boxes_27 import MARKUPS, NOTICE, SCHOOL

from fanwen.items import Block, Frame
from fanwen.strip.cards import _in_house_box, _Page
from fanwen.strip.frames import frame_members

# A writer's or an editor's note set as a box of the in-house shape: label, headline, description, button.
NOTE_BOXES = [
    ("编者注", "运动会报名系统升级完成", "新系统支持家长在手机上查看比赛日程", "立即体验"),
    ("注释", "田径运动会项目设置说明", "集体项目每班限报一队，替补不超过两人", "马上报名"),
    ("译者注", "青少年田径比赛规程修订", "本规程适用于十八岁以下运动员参加的比赛", "立即申请"),
]
# Adverts of the same shape under a channel's or a sign-up's label: 关注 and 注册 are no note's.
ASK_BOXES = [
    ("关注有礼", "青溪发布服务号上线", "每天推送本地生活资讯和办事指南", "马上领取"),
    ("注册有礼", "青溪通会员招募开启", "会员可在线预约体育馆场地和游泳馆", "马上加入"),
    ("新人关注", "校园体育周刊创刊", "每周汇总各校赛事成绩与训练心得", "立即订阅"),
]


def _box(label: str, head: str, desc: str, button: str, left_out: bool) -> list[Block]:
    """The box's blocks after three paragraphs of the school's report: its label a line of its own (a span's look),
    or left out by the extractor (:attr:`Frame.label`)."""
    box = Frame("div", "div.box", label=label if left_out else "")
    lines = [] if left_out else [Block(label, style=">div.box>span", frame=box)]
    lines += [Block(head, frame=box), Block(desc, frame=box), Block(button, link_density=1.0, frame=box)]
    return [Block(t) for t in SCHOOL[:3]] + lines + [Block(t) for t in SCHOOL[3:]]


def _read(blocks: list[Block]) -> bool:
    members = frame_members(blocks)
    page = _Page(
        blocks, [True] * len(blocks), [None] * len(blocks), "运动会", lambda t: t, frozenset(), members
    )
    card = next(b.frame for b in blocks if b.frame is not None)
    return _in_house_box(page, card)


@pytest.mark.parametrize("left_out", [False, True])
@pytest.mark.parametrize("box", range(len(NOTE_BOXES)))
def test_a_box_under_a_writers_note_label_is_no_in_house_box(box: int, left_out: bool) -> None:
    assert not _read(_box(*NOTE_BOXES[box], left_out))


@pytest.mark.parametrize("left_out", [False, True])
@pytest.mark.parametrize("box", range(len(ASK_BOXES)))
def test_a_box_under_a_channels_or_a_sign_ups_label_is_one(box: int, left_out: bool) -> None:
    assert _read(_box(*ASK_BOXES[box], left_out))


# Lines of their own under a part's label, through the page path: they stay (before as now).
PART_LINES = [
    "【要点】志愿者服务时长将记入个人档案，年度满一百小时予以表彰",
    "【摘要】本次招募面向辖区居民，退休党员优先，审核后公示名单",
    "【附件】社区志愿者报名表一份，填写后交社区服务站",
]
LOOKS = [
    lambda t: f'<p class="tip-line" style="color:#c00">{t}</p>',
    lambda t: f'<div class="note-box"><p>{t}</p></div>',
]


@pytest.mark.parametrize("look", range(len(LOOKS)))
@pytest.mark.parametrize("line", range(len(PART_LINES)))
def test_a_line_under_a_parts_label_stays(look: int, line: int) -> None:
    text = _text("社区志愿者招募", _p(NOTICE[:2]) + [LOOKS[look](PART_LINES[line])] + _p(NOTICE[2:]))
    assert PART_LINES[line] in text


@pytest.mark.parametrize("markup", range(2))
@pytest.mark.parametrize("box", range(len(NOTE_BOXES)))
def test_the_note_box_through_the_page_path(markup: int, box: int) -> None:
    """Through the page path the promo-box pass may take such a box first (its words a call's): what the card
    pass decides shows where it does not."""
    label, head, desc, button = NOTE_BOXES[box]
    text = _text(
        "我校举行第三十届田径运动会",
        _p(SCHOOL[:3]) + [MARKUPS[markup](label, head, desc, button)] + _p(SCHOOL[3:]),
    )
    for paragraph in SCHOOL:
        assert paragraph in text
