"""Calls offering the reader a tool, a membership or a service inside the text (``cta-tool-offer``, issue 11).

Pages of our own (tests/fixtures/shapes), the pattern in its forms and the article sentences that look like it:

- essay_site_tool_offer_calls: an essay on a 作文 site with the site's calls between and after its paragraphs: a
  bracketed AI tool call glued after a paragraph's last sentence and ending in >>, a dashed line of its own, a starred
  membership call glued after a paragraph, a consulting box's line (its lead-in question and 为你量身定制, its button
  removed by cta-button), and a tool card's question line over its call (the box's line, cue writing_trouble).
- big5_lesson_plan_course_calls: a lesson plan in Big5 with a starred membership call glued after a paragraph and a
  course call of its own ending in an arrow and its button (→ 立即預約).
- ai_writing_column_lookalikes: a teacher's column about AI writing tools: 一键生成 told in narration, a quoted slogan,
  a 试试…之后 story, the teacher's 试试先列提纲, a starred writing task: all the article's.
- course_notice_own_signup: a course announcement that is itself the article: its 线上课, its free trial, its
  报名方式, 报名电话, 咨询电话 and its own 立即报名可享八折优惠: all the notice's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULE = "cta-tool-offer"


def test_an_essay_sites_tool_and_membership_calls_go_and_the_essay_stays():
    page = read_shape("essay_site_tool_offer_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    for call in (
        "【智能作文】填入题目和字数，一键生成同题优秀作文>>",  # glued after the paragraph's last sentence
        "——作文没灵感？试试AI一键续写——",  # a dashed line of its own
        "☆开通VIP会员，解锁全站5万篇精选范文☆",  # glued, framed by stars
        "孩子写作文总卡壳？金牌写作老师为你量身定制提分计划",  # a consulting box's line with its lead-in
        "✍ 作文开头总写不好？",  # the tool card's question line, the box's
        "试试「妙笔AI」：输入题目，一键生成三种开头",
    ):
        assert removed[call] == RULE, call
    text = sections_text(page)
    for prose in (
        "老周远远看见，朝我招了招手，让我把车推到树下。",  # the paragraph the call was glued to stays
        "每次经过梧桐树下，我都会下意识地看一眼那个空荡荡的角落。",
        "开春的时候，他又回来了",
        "成了我记忆里最温暖的一个角落。",
    ):
        assert prose in text
    assert "一键" not in text and "会员" not in text and "定制" not in text


def test_big5_course_and_membership_calls_go():
    page = read_shape("big5_lesson_plan_course_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    assert removed["★開通會員，解鎖全站教案與學習單★"] == RULE
    assert removed["作文名師線上課 免費試聽七天 → 立即預約"] == RULE
    text = sections_text(page)
    assert "第二節帶學生到校園附近的老街踏查，記錄看到與聽到的事物。" in text
    assert "第三節請學生把踏查紀錄整理成大綱" in text


def _keeps_all(name: str, lines: tuple[str, ...]) -> None:
    """The page loses nothing to the rules, and each of ``lines`` is in its text."""
    page = read_shape(name)
    assert [r.rule for r in page.article.removed] == []
    text = sections_text(page)
    assert [line for line in lines if line not in text] == []


def test_an_article_about_ai_writing_tools_keeps_its_sentences():
    _keeps_all(
        "ai_writing_column_lookalikes",
        (
            "这类工具大多号称“一键生成”",
            "用户只需点击生成按钮",
            "“写不出来？试试AI一键生成”。",  # a quoted slogan
            "试试AI写作之后，一位同学告诉我",
            "写不出来的时候，试试先列提纲。",  # a teacher's advice offers no product
            "★本周练笔：",
            "可以试试让AI一键生成一个提纲作参考",
        ),
    )


def test_a_course_announcement_keeps_its_own_offer_and_sign_up():
    _keeps_all(
        "course_notice_own_signup",
        (
            "分线下课和线上课两种形式",
            "首次报名的学员可免费试听一节课",
            "报名方式：登录青少年宫官网，点击“暑期课程”栏目在线报名",
            "报名电话：0571-86012345",
            "咨询电话：0571-86012346",
            "即日起开放免费试听，立即报名可享八折优惠！",
        ),
    )


PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


@pytest.mark.parametrize(
    "call",
    [
        "写演讲稿没思路？试试「灵感AI写作」：输入场合和身份，一键生成演讲稿",
        "作文写不好？名师直播课免费试听 >>",
        "【开通会员，畅读全站范文】",
        "不会写总结？AI帮你写，点击免费生成",
    ],
)
def test_a_call_offering_a_tool_or_a_service_goes(call):
    result = strip_blocks([Block(PROSE * 3), Block(call), Block(PROSE * 3)], bundled_rules(), "标题")
    assert [r.text for r in result.removed] == [call]
    assert result.removed[0].rule.startswith("cta-")


@pytest.mark.parametrize(
    "prose",
    [
        "点击“一键生成”，几秒钟后AI就写好了一篇八百字的作文。",
        "在灵感AI写作的页面上，用户只需点击生成按钮，三秒钟就能得到一篇演讲稿。",
        "开通会员之后，小王每天都在平台上读范文。",
        "试试AI写作吧，它不会替你思考。",
        "名额有限，欢迎家长为孩子报名。",
        "我们将为您量身定制专属的婚礼流程。",  # a plan's own service
        "★本周重点：复习第三单元★",
    ],
)
def test_a_sentence_telling_of_a_tool_or_an_offer_stays(prose):
    result = strip_blocks([Block(PROSE * 3), Block(prose), Block(PROSE * 3)], bundled_rules(), "标题")
    assert result.removed == []


# Review (session 18, wt-ra): article sentences the rule took at d85e24b, each a general kind; every one stays.
@pytest.mark.parametrize(
    "prose",
    [
        # a framed heading names a topic; a framed call opens with the act offered (★开通会员，解锁…★)
        "★线上课安排★",
        "【直播课回顾】",
        "——AI写作：机遇与挑战——",
        "——记我第一次上网课——",
        "★智能写作大赛获奖名单★",
        # the offer as an attribute (一键生成的…, 为你定制的…) tells of a thing, it offers none
        "【一键生成的人生】",
        "——妈妈为你定制的那件毛衣——",
        # a choice put to the reader; the act made the subject of 是
        "——一键生成，还是一笔一画——",
        "立即开通线上课，是学校应对疫情的第一步。",
        # 解锁 as a figure of speech (解锁新课程); a call unlocks a whole or a count (解锁全站5万篇…)
        "——解锁新课程，遇见新自己——",
        # a speech to a crowd (为你们), a notice to residents
        "同学们，学校为你们量身定制这套课程，希望你们珍惜。",
        "社区为你免费定制健康档案，请居民积极配合。",
        # a teacher's exercise: a question asked, a task to compare, talk over or practise
        "试试看，把这段话用AI改写一遍，你会发现什么？",
        "试一试：请用AI改写下面这段话，并说说你的感受。",
        "练习：试试用智能写作工具写一首小诗，再自己修改。",
        # a how-to or a review names the button it clicks (点击“…”)
        "点击右上角的“一键生成”，十秒后一份周报就出现在屏幕上。",
        "2. 点击“开通会员”，选择套餐并完成支付。",
        "第三步：点击“一键生成”，等待系统生成报告。",
    ],
)
def test_a_heading_a_speech_an_exercise_or_a_how_to_stays(prose):
    result = strip_blocks([Block(PROSE * 3), Block(prose), Block(PROSE * 3)], bundled_rules(), "标题")
    assert result.removed == []


# Review (session 18, wt-ra): calls the rule left at d85e24b that it now takes: a scan to try, book or test it out.
@pytest.mark.parametrize(
    "call",
    [
        "扫码试用AI写作，一键生成演讲稿",
        "▶ AI写作限时免费，扫码立即体验",
        "名师一对一线上课，免费试听三节，扫码预约",
    ],
)
def test_a_scan_to_try_call_goes(call):
    result = strip_blocks([Block(PROSE * 3), Block(call), Block(PROSE * 3)], bundled_rules(), "标题")
    assert [r.text for r in result.removed] == [call]
    assert result.removed[0].rule == RULE


def test_a_plans_own_slogans_under_their_heading_stay():
    """A marketing plan (a 范文 whose content is an advert's plan) quotes its theme and slogan on lines of their own
    under a heading that names them (活动主题, 宣传口号, 广告语): the plan's text, whichever call rule reads them."""
    blocks = [
        Block(PROSE * 3),
        Block("二、活动主题"),
        Block("★开通会员，解锁10万篇满分范文★"),
        Block("三、宣传口号："),
        Block("试试AI写作，一键生成你的第一篇满分作文！"),
        Block(PROSE * 3),
    ]
    assert strip_blocks(blocks, bundled_rules(), "标题").removed == []
    # the same calls under a heading that names no slogan are the site's
    blocks[1], blocks[3] = Block("二、相关推荐"), Block("三、热门范文")
    assert [r.rule for r in strip_blocks(blocks, bundled_rules(), "标题").removed] == [RULE, RULE]


@pytest.mark.parametrize(
    ("heading", "call", "rule"),
    [
        ("精选文案", "更多精彩文案，点击查看>>", "cta-more-essays"),  # a site's label, no plan's part
        ("朋友圈文案", "扫码关注公众号，每天领取100条文案", "cta-follow-account"),
        ("本期主题", "★开通会员，解锁全站10万篇范文★", RULE),  # unnumbered, no colon: the site's label
        # a way to reach a seller is no slogan
        ("二、活动主题", "加微信：fanwen2024 获取全文", "cta-im-contact"),
    ],
)
def test_a_call_under_a_sites_label_or_a_handle_under_a_plans_heading_goes(heading, call, rule):
    blocks = [Block(PROSE * 3), Block(heading), Block(call), Block(PROSE * 3)]
    assert [(r.rule, r.text) for r in strip_blocks(blocks, bundled_rules(), "标题").removed] == [(rule, call)]


# Session 18, the end: a tool or membership call with no hook of a click, a frame or an arrow, but its offer's
# terms (a trial's price or quota: 首月6元, 每天免费3次) or an urgent call opening its last clause (，立即免费体验).
@pytest.mark.parametrize(
    "call",
    [
        "输入题目和字数，AI一键生成作文，每天免费3次",
        "开通星河会员，畅读全部范文，首月6元",
        "一键生成工作总结，自动套用单位模板，立即免费体验",
        "一鍵生成申請書，自動帶入個人資料，立即免費體驗",
        "【AI备课】输入课题，一键生成教案和课件，每天免费3次 立即生成",  # a box's label and button with it
        "一键生成申请书，自动带入个人资料，立即免费体验 GO",
    ],
)
def test_a_tool_or_membership_call_with_its_terms_or_an_urgent_last_clause_goes(call):
    result = strip_blocks([Block(PROSE * 3), Block(call), Block(PROSE * 3)], bundled_rules(), "标题")
    assert [r.text for r in result.removed] == [call]


@pytest.mark.parametrize(
    "prose",
    [
        "这家书店也推出了线上课，首月6元的价格吸引了不少读者。",
        "据介绍，该平台开通会员首月6元，家长们反映价格不贵。",
        "一键生成的作文千篇一律，立即就能看出来。",
        "学校的网课每天免费开放3次，供学生复习。",
    ],
)
def test_a_sentence_telling_of_a_trials_terms_stays(prose):
    result = strip_blocks([Block(PROSE * 3), Block(prose), Block(PROSE * 3)], bundled_rules(), "标题")
    assert result.removed == []
