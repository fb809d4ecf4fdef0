"""Offers to the reader read as a price relation addressed to the reader (issue 11, session 21).

``cta-reader-price``: a line of its own, or the clause glued after a paragraph's last sentence, that tells the reader
what a price is for them: a member's price or privilege against the reader's (会员免费下载，非会员3元; 会员价0元带走;
会员可一键复制…), a deal's price (到手价, 早鸟价, 团购价 before a sum), a first order's, first year's or new user's price
or signup gift (新用户首单1元, 首年只要99元, 新用户注册送…), a gift for a threshold or an act (满2件再送…, 另赠…); with
something for the reader to do or hurry for (下载, 带走, 链接, 点击, 送, 截止…), and reporting nothing.

Look-alikes that stay: a heading of the text naming an offer over its paragraph, news of a shop's member price
(超市推出会员价…), a consumer's story quoting a deal price (到手价299元的扫地机器人，用了三个月就坏了), a policy reported
(…由市政府补贴), a review comparing member and non-member prices, a school's early-bird deadline told by a third party
(据…介绍), a fee schedule's row or a notice's fee field (报名费：早鸟价800元…), a plan's numbered items, a question, a
sentence closed by a stop.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"
LAST = "孩子们都很喜欢这次活动。"
RULE = "cta-reader-price"


def _strip(*blocks: Block):
    return strip_blocks([Block(PROSE * 3), *blocks, Block(PROSE * 3)], bundled_rules(), "标题")


MEMBER_PRICES = [
    "→ 本课配套教案已整理好，会员免费下载，非会员3元",
    "◆ 配套Word版：会员0元带走，非会员8.8元/份",
    "▶ 这套期末复习卷会员0元下载，仅限本周",
    "【附件】演讲稿配套PPT，会员价1元下载，非会员价9.9元",
    "（复制全文需登录，会员可一键复制并保留格式）",
    "小說會員免費閱讀，非會員每章0.1元，點擊開通",
    "自我介绍模板，会员0元下载，限今日",
]
DEAL_PRICES = [
    "同款护眼台灯，双十一到手价159元，戳文末链接",
    "我用的这款录音笔，粉丝专享价¥239，评论区置顶有链接",
    "《小学作文30讲》音频课，早鸟价49元，12月20日截止",
    "（想深入学？我做的Excel系列课，早鸟价69元，链接见评论区）",
    "這款保溫杯團購價只要NT$390，下方連結下單",
    "27寸显示器到手价999元，点击链接购买",
]
FIRST_ORDER_PRICES = [
    "新用户首单1元，点击文末“阅读原文”下单",
    "现在开通云记账，首年只要99元，再送发票夹一个",
    "★ 商家专享：申请收款码，首月仅需0.1元",
    "新人首单立减后只要9.9元，限今日",
    "新用戶首年月費只要NT$99，再送行動電源",
    "（登录后继续阅读，新用户注册送3次免费下载）",
    "新人注册即送50积分，可兑换全站范文",
]
GIFTS = [
    "满2件再送保温袋一个",
    "（订阅全年刊物，另赠精美台历一本）",
    "買滿3盒再送試用包",
]


@pytest.mark.parametrize("line", MEMBER_PRICES + DEAL_PRICES + FIRST_ORDER_PRICES + GIFTS)
def test_a_price_relation_offered_to_the_reader_on_a_line_of_its_own_goes(line):
    removed = _strip(Block(line)).removed
    assert [r.text for r in removed] == [line]
    # A wording an earlier rule knows keeps that rule's name; most are this rule's.
    assert removed[0].rule.startswith(("cta-", "paywall-"))


@pytest.mark.parametrize("line", MEMBER_PRICES + DEAL_PRICES + FIRST_ORDER_PRICES + GIFTS)
def test_a_price_relation_glued_after_a_paragraph_goes_alone(line):
    result = _strip(Block(PROSE + LAST + line))
    assert [r.text for r in result.removed] == [line]
    assert result.blocks[1].text == PROSE + LAST


@pytest.mark.parametrize(
    "line",
    [
        "→ 本课配套教案已整理好，会员免费下载，非会员3元",
        "◆ 配套Word版：会员0元带走，非会员8.8元/份",
        "（复制全文需登录，会员可一键复制并保留格式）",
        "同款护眼台灯，双十一到手价159元，戳文末链接",
        "《小学作文30讲》音频课，早鸟价49元，12月20日截止",
        "新用户首单1元，点击文末“阅读原文”下单",
        "现在开通云记账，首年只要99元，再送发票夹一个",
        "（登录后继续阅读，新用户注册送3次免费下载）",
        "满2件再送保温袋一个",
    ],
)
def test_the_rule_that_names_the_price_relation_is_its_own(line):
    assert [(r.rule, r.text) for r in _strip(Block(line)).removed] == [(RULE, line)]


def test_a_shop_cards_title_goes_with_its_deal_price():
    card = [Block("方老师自用的实物投影仪，开学活动价"), Block("到手价399元，点击跳转购买")]
    assert [(r.rule, r.text) for r in _strip(*card).removed] == [(RULE, b.text) for b in card]


@pytest.mark.parametrize(
    "prose",
    [
        # news of a shop's member price, a deal told by a report, a policy
        "超市推出会员价，会员每斤便宜2元，非会员按原价",
        "超市推出会员价，会员每斤12元，非会员15元",
        "该连锁超市实行会员价，会员价8.8元，非会员价10元。",
        "据商场介绍，活动期间到手价299元的家电卖得最好",
        "新用户首年免收月租，由市政府补贴",
        "新用户首年月租只要199元，由市政府补贴",
        "市政府宣布，新用户首年月租199元",
        "记者了解到，该平台新用户首单1元的活动已持续一个月",
        "公告称，新用户首单1元活动将于月底结束",
        "新用户首单1元拉动订单量同比增长35%",
        # a consumer's story, a review comparing prices
        "到手价299元的扫地机器人，用了三个月就坏了",
        "我算了一下，会员价每月25元，非会员单次3元，常看的话开会员更划算",
        "两家对比下来，A店会员价18元，非会员价25元",
        "她说早鸟价99元太贵了",
        "他花了99元的早鸟价，结果课程很水",
        "去年双十一，我在直播间以到手价199元买了一台空气炸锅。",
        # a school's early-bird deadline told by a third party
        "学校通知，早鸟价480元报名截至本月底",
        "据主办方介绍，早鸟价980元报名截至11月30日。",
        "该研学营早鸟价3680元，报名截至11月30日",
        # a plan's items and fields, a fee schedule, a question, prices at large, a story's prices with nothing to do
        "活动内容：新用户首单1元，老用户满50元再送10元券",
        "1. 新用户首单1元；",
        "（二）新人注册即送50积分；",
        "活动方案：满3单再送鸡蛋一盒，活动期间每人限领一次。",
        "成人票：会员价20元/次，非会员30元/次",
        # a notice's own fee field (its label and colon open the line)
        "报名费：早鸟价800元（11月30日前报名），常规价1000元",
        "会议注册费：会员1200元，非会员1500元，现场注册加收200元",
        "費用：早鳥價1800元/人，12月1日前報名享受",
        "会员价0元，非会员12元，这合理吗？",
        "该款手机首发价1999元，今日开售。",
        "协会会员年费200元，由会员单位缴纳。",
        "會員價比非會員便宜不了多少，消費者要算清楚。",
        "我家楼下的超市会员价9.9元一斤鸡蛋，每周二都排长队",
        "今年起，新用户首年宽带费只要199元",
        "给新人红包200元，再送一份小礼物",
    ],
)
def test_news_a_story_a_review_a_notice_and_a_fee_row_stay(prose):
    assert _strip(Block(prose)).removed == []
    assert _strip(Block(PROSE + LAST + prose)).removed == []


def test_a_teachers_reflection_loses_its_price_offers_and_keeps_its_text():
    page = read_shape("reader_price_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer in (
        "→ 本课配套教案已整理好，会员免费下载，非会员3元",
        "【本文已收入《小学教学反思合集》，会员价0元带走，非会员15元】",
        "（复制全文需登录，会员可一键复制并保留格式）",
        "方老师自用的实物投影仪，开学活动价",
        "到手价399元，点击跳转购买",
        "《小学语文朗读指导12讲》音频课，早鸟价49元，12月20日截止",
        "▶ 想给孩子也订一份晨读打卡本？点击文末“阅读原文”，新用户首单1元，满2本再送书签一套",
    ):
        assert removed.get(offer) == RULE, offer
    text = sections_text(page)
    for prose in (
        "决定把朗读和想象作为这节课的重点。",
        "孩子们的想象比我预想的丰富得多。",
        "给学生更多表达的机会。",
        "我会在今后的教学中继续探索朗读与想象结合的方法。",
    ):
        assert prose in text, prose
    for word in ("会员", "到手价", "早鸟价", "首单", "活动价"):
        assert word not in text, word


def test_a_big5_faq_loses_its_merchant_offers_and_keeps_its_answers():
    page = read_shape("reader_price_calls_big5")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer in (
        "★店家專屬：現在申辦雲溪收銀機，首年月費只要NT$99，再送收據紙20捲",
        "（會員免費下載完整操作手冊，非會員NT$50）",
    ):
        assert removed.get(offer) == RULE, offer
    text = sections_text(page)
    for prose in ("核准後即可開始使用。", "完成後請於48小時內上傳。", "不得拒絕。"):
        assert prose in text, prose


def test_a_consumer_report_on_price_tags_keeps_every_line():
    page = read_shape("reader_price_lookalikes")
    assert [(r.rule, r.text) for r in page.article.removed] == []
    # a heading of the report naming an offer heads its paragraph
    assert "会员价0元领鸡蛋，不少老人凌晨排队" in [s.heading for s in page.article.sections]
    text = sections_text(page)
    for line in (
        "会员每斤便宜2元，非会员按原价",
        "到手价299元的扫地机器人，用了三个月就坏了",
        "新用户首年免收月租，由市政府补贴",
        "非会员单集3元，常看的话开会员更划算",
        "早鸟价980元报名截至11月30日",
        "会员价20元/次，非会员30元/次",
    ):
        assert line in text, line
