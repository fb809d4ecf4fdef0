"""Advert cards selling a paid community or a tool with no price the card pass knew (session 26, issue 11;
fanwen/strip/cards.py, ownbox.py).

A box apart from the text whose lines pitch a product or a community to the reader: a label line naming the product's
kind (知识星球, AI 工具, 付费社群), a headline, a body saying what the member gets, a button. Two shapes the card pass let
pass:

- **a community's join pitch**: an ask to join a named community (加入…星球, …圈子, …社群) with what its members get
  (会员专属…, 每周…, 和800位书友一起…), no price on the card; its label line of a label's length read as a facet's label
  (报名方式) made the card the text's own box;
- **a tool's token first price**: 会员首月 1 元 (a first month or year at a price) is a sale, so the tool's label
  (AI 工具) is no facet's, and a tool's work said as 一句话生成… is a tool doing the reader's work.

What stays: a reading club's own box on the club's page (its words the article's), a library's membership box on the
library's page, a school club's recruitment box in the school's news, a notice's box asking its staff to join a work
group, a tutorial's box on the feature it teaches with no sale, a report of a price told.
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import HEALTH, READING, REPORT, TEMPLATES, _p, _text


# A card with a label line: the label, the headline, the body, the button, in three markups.
def _spans(label: str, head: str, body: str, button: str) -> str:
    return (
        f'<div class="pc"><span class="pc-label">{label}</span><div class="pc-title">{head}</div>'
        f'<div class="pc-desc">{body}</div><a class="pc-btn" href="https://x.example.cn/l?s=a">{button}</a></div>'
    )


def _nested(label: str, head: str, body: str, button: str) -> str:
    return (
        f'<div class="xk-card"><span class="tag">{label}</span><div><div><b>{head}</b></div><div>{body}</div></div>'
        f'<a class="btn" href="/vip?from=post">{button}</a></div>'
    )


def _paras(label: str, head: str, body: str, button: str) -> str:
    return (
        f'<div class="rec"><p class="rec-k">{label}</p><p class="rec-t">{head}</p><p class="rec-d">{body}</p>'
        f'<p><a class="rec-go" href="/go/9">{button}</a></p></div>'
    )


LABELLED = [_spans, _nested, _paras]

# A paid community's card: an ask to join it and what its members get, no price.
COMMUNITY_CARDS = [
    (
        "知识星球",
        "加入「灯下读书」星球，和600位书友一起慢读",
        "每周共读一本书、每日打卡、会员专属答疑直播",
        "立即加入",
        READING,
    ),
    (
        "付费社群",
        "加入“不慌育儿”家长圈，和3000位爸妈一起交流",
        "儿科医生每周答疑、每日育儿打卡、会员专属课程",
        "马上加入",
        HEALTH,
    ),
    (
        "知識星球",
        "加入「街巷觀察」星球，與1200位同好一起走讀城市",
        "每週路線推薦、每日打卡、會員專屬線下活動",
        "立即加入",
        REPORT,
    ),
]


@pytest.mark.parametrize("markup", range(len(LABELLED)))
@pytest.mark.parametrize("card", range(len(COMMUNITY_CARDS)))
def test_a_paid_communitys_card_goes_with_its_label(markup: int, card: int) -> None:
    label, head, body, button, article = COMMUNITY_CARDS[card]
    box = LABELLED[markup](label, head, body, button)
    text = _text("我的一点心得", _p(article[:3]) + [box] + _p(article[3:]))
    assert head not in text
    assert body not in text
    assert label not in text.splitlines()
    for paragraph in article:
        assert paragraph in text


# An AI tool's card under its kind's label: a token first price, a tool's work said in its headline.
TOOL_CARDS = [
    ("AI 工具", "一句话写出读后感", "好文AI助手：输入书名，自动成文，会员首月 1 元", "免费试用", READING),
    (
        "智能助手",
        "一句话生成体温记录表",
        "育儿AI助理：说出孩子的症状，自动整理成表，首月0.99元",
        "免费体验",
        HEALTH,
    ),
    ("AI 写作", "一句话生成述职报告", "笔杆AI：填入岗位，自动出稿，首年 99 元", "马上试用", REPORT),
]


@pytest.mark.parametrize("markup", range(len(LABELLED)))
@pytest.mark.parametrize("card", range(len(TOOL_CARDS)))
def test_a_tool_card_with_a_token_first_price_goes_with_its_label(markup: int, card: int) -> None:
    label, head, body, button, article = TOOL_CARDS[card]
    box = LABELLED[markup](label, head, body, button)
    text = _text("我的一点心得", _p(article[:3]) + [box] + _p(article[3:]))
    assert head not in text
    assert label not in text.splitlines()
    for paragraph in article:
        assert paragraph in text


# What stays.
CLUB = [
    "我们小区的邻里读书会成立三年了，每周六下午在社区图书馆活动，书友从最初的五个人发展到三十多人。",
    "读书会每月共读一本书，书目由书友轮流推荐，活动时每人讲一段自己最有感触的内容，再一起讨论。",
    "去年读书会还办了两次线下分享，请作者来和书友见面，社区图书馆专门为读书会留出了活动室。",
    "不少书友说，加入读书会以后，自己读书的时间多了，也认识了不少住在同一个小区的邻居。",
    "读书会今年计划再开一个亲子共读小组，让孩子们也能在周末一起读书、讲故事。",
]


@pytest.mark.parametrize("render", range(len(LABELLED)))
def test_a_reading_clubs_own_box_on_the_clubs_page_stays(render: int) -> None:
    box = LABELLED[render](
        "读书会",
        "加入邻里读书会，和三十多位书友一起读书",
        "每周六下午在社区图书馆共读、每月共读一本书",
        "报名加入",
    )
    text = _text("小区邻里读书会成立三周年", _p(CLUB[:3]) + [box] + _p(CLUB[3:]))
    assert "加入邻里读书会，和三十多位书友一起读书" in text


LIBRARY = [
    "市图书馆新馆开放以来，读者证办理量明显增加，不少市民带着孩子来办证、借书、参加周末的阅读活动。",
    "新馆的读者证分为普通证和会员证两种，会员证可以多借几本书，还能预约自习座位和参加讲座。",
    "图书馆工作人员介绍，会员每周可以参加一次专属讲座，每月还能免费预约两次研讨室。",
    "为了方便读者，新馆还开通了自助借还机，读者证扫一扫就能借书，不必排队。",
    "工作人员提醒，读者证遗失后要及时挂失，补办时需要携带身份证到服务台办理。",
]


def test_a_librarys_membership_box_on_the_librarys_page_stays() -> None:
    box = _spans(
        "会员证", "加入图书馆会员，和读者一起参加讲座", "会员每周专属讲座、每月预约研讨室", "了解办证"
    )
    text = _text("市图书馆新馆读者证办理指南", _p(LIBRARY[:3]) + [box] + _p(LIBRARY[3:]))
    assert "加入图书馆会员，和读者一起参加讲座" in text


def test_a_notices_box_asking_its_staff_to_join_a_work_group_stays() -> None:
    box = _spans("工作群", "请各班主任加入读书月工作群", "每周在群内报送活动进展", "查看通知")
    text = _text("关于开展第五届校园读书月活动的通知", _p(READING[:3]) + [box] + _p(READING[3:]))
    assert "请各班主任加入读书月工作群" in text


@pytest.mark.parametrize("render", range(len(TEMPLATES)))
def test_a_cards_headline_telling_a_price_with_no_first_term_stays(render: int) -> None:
    # A fact told, no pitch: a first month named with no price, no label line.
    box = TEMPLATES[render]("新馆开放首月", "首月共接待读者3万人次，办证5000张", "查看详情")
    text = _text("市图书馆新馆读者证办理指南", _p(LIBRARY[:3]) + [box] + _p(LIBRARY[3:]))
    assert "首月共接待读者3万人次，办证5000张" in text
