"""Offers addressed to the reader in new words (issue 11, session 22): the readings' families widened.

The readings of session 21 (``cta-reader-call``, ``cta-reader-price``, ``cta-own-service``, ``cta-referral``,
``cta-tool-promise``) are structural (the reader's act tied to a gain, a price or scarcity, in a clause that reports
nothing); their word families lacked:

- the reader's act through a channel: a private message or a reply to join a group, a WeChat (or LINE) to add with a
  note, a mini program or an account to search, a video account to follow, ``阅读原文`` to click, a phone number or a
  mail address to leave, friends to invite, the writer's code to fill in, a QR code to scan;
- the gain: ``福利``, ``红包``, ``领…``, ``双方各得``, ``首单0元``, scarcity (``名额仅剩``, ``前N名``, ``限量``), a queue
  spared (``免排队``), a channel's daily piece (``每天1分钟学一个…``);
- the prices: a deal's price named with a word between (``早鸟优惠价``), its figure with no 元 (``早鸟价 129``), a
  special price (``特价``), a new customer's first item (``新客首杯…1元``), a member's reading against a non-member's
  price per chapter;
- a code's value in one clause (``下单输入优惠码 VIP20 享8折``).

Each family has three wordings or more (simplified and traditional, on a line of their own and glued after a
paragraph's last sentence) and look-alikes of the article's that stay (news, notices, warnings, stories). The review
leftovers of session 21 (a notice's price field, a charity sale's list item, an essay's exclamation, an official mini
program's way, a subheading announcing a sign-up, a group buy told) stay too.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.strip import load_rules, strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"
READINGS = {"cta-reader-call", "cta-reader-price", "cta-own-service", "cta-referral", "cta-follow-handle"}


def _strip_line(line: str):
    return strip_blocks([Block(PROSE * 3), Block(line), Block(PROSE * 3)], load_rules(), "标题")


def _strip_glued(line: str):
    return strip_blocks([Block(PROSE * 3), Block(PROSE + line), Block(PROSE * 3)], load_rules(), "标题")


LOOKALIKES = [
    # news and stories of such offers
    "他私信我说想进群，我没有回复",
    "有网友私信记者，称群内每晚发福利是骗局",
    "警方提醒：陌生人私信拉你进群发福利，多为诈骗",
    "诈骗分子让老人添加微信好友，备注“领补贴”后转账",
    "我添加了他的微信，备注写着“领奖”",
    "在微信搜一搜“粤省事”小程序，即可查询社保缴费记录",
    "打开微信搜索“国家政务服务平台”小程序，选择所在城市",
    "如需了解政策详情，请点击“阅读原文”查看",
    "本文转载自市教育局网站，点击阅读原文可查看原始出处",
    "报名时请填写手机号，以便接收录取通知",
    "骗子以“免费领取”为名，诱导老人填写手机号和验证码",
    "据介绍，该平台邀请好友注册后双方各得现金，已被约谈",
    "去年我邀请好友一起报名了这个课程",
    "扫码即可查验发票真伪，方便快捷",
    "居民扫码登记后，前50名可领取免费体检券",
    "医院推行线上预约，患者到院免排队",
    "优惠码 VIP20 已于昨日失效",
    # notices and reports of prices
    "该课程早鸟优惠价为1980元，比原价便宜了300元",
    "原价399元、早鸟价129元的课程，他一口气买了三门",
    "据统计，新用户首单0元的活动吸引了3万人参与",
    "超市鸡蛋特价每斤4.5元，市民排起长队",
    "这款手机限时特价1999元，比首发价便宜了500元",
    "该品牌推出新客首杯1元活动，吸引不少年轻人",
    "阅览室：会员免费，非会员每次5元",
    "该平台会员免费畅读全站，非会员每章0.2元，引发读者不满",
    # session 21's review leftovers
    "早鸟价：800元（11月30日前报名）",
    "早鸟价：680元/人（3月1日前缴费）",
    "團購價：每位NT$450（10人以上報名）",  # traditional
    "• 义卖现场购物满100元再送环保袋一个",
    "● 园游会当天消费满50元加赠饮料券一张",
    "▪ 義賣攤位購買滿200元再送手作書籤",  # traditional
    "把题目丢给AI，十秒就能写出一篇作文！",
    "把作业拍照发给AI，半分钟就能写出全部答案！",
    "只要把材料贴进对话框，几秒钟就能写好总结！",
    "“粤康码”小程序：输入身份证号，1秒生成个人健康码",
    "“交管12123”小程序：输入车牌号和驾驶证号，10秒生成电子驾照",
    "微信扫一扫进入“随申办”小程序：填写身份证号，3秒生成电子社保卡",
    "区文化馆冬季书法班开始报名，名额有限免费学习",
    "社区老年大学春季班启动报名，名额有限免费入学",
    "縣立圖書館親子共讀營開放報名，名額有限免費參加",  # traditional
    "社区团购报名满30户，每户可便宜20元",
    "本楼拼单预约满20家，每家可省15元",
    "村里集中采购化肥，报名满100户每户可减50元",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_the_articles_line_of_an_offers_shape_stays(line):
    assert not [
        r.rule
        for r in _strip_line(line).removed
        if r.rule in READINGS | {"cta-tool-promise", "cta-tool-offer"}
    ]
    assert not [
        r.rule
        for r in _strip_glued(line).removed
        if r.rule in READINGS | {"cta-tool-promise", "cta-tool-offer"}
    ]


def test_an_essays_exclamation_of_the_tools_shape_stays_inside_its_paragraph():
    paragraph = "我第一次用AI写作文时很震惊。把题目丢给AI，十秒就能写出一篇作文！可这样的作文没有灵魂。"
    result = strip_blocks([Block(PROSE * 3), Block(paragraph), Block(PROSE * 3)], load_rules(), "标题")
    assert not result.removed
