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
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"
READINGS = {"cta-reader-call", "cta-reader-price", "cta-own-service", "cta-referral", "cta-follow-handle"}


def _strip_line(line: str):
    return strip_blocks([Block(PROSE * 3), Block(line), Block(PROSE * 3)], bundled_rules(), "标题")


def _strip_glued(line: str):
    return strip_blocks([Block(PROSE * 3), Block(PROSE + line), Block(PROSE * 3)], bundled_rules(), "标题")


CHANNELS = [
    # a private message or a reply to join a group, for a gift
    "私信“资料”即可进群，每周五晚上发红包",
    "后台回复“入群”拉你进读者群，群里每天发福利",
    "私訊「團購」即可加入社團，每週三抽獎送好禮",  # traditional
    # a WeChat (a LINE) to add, with a note, for a gift
    "添加营养师微信abc-8866，备注“减脂”领7天食谱",
    "加班主任微信 kx2026，备注“试卷”免费领取全套真题",
    "加入客服LINE，備註「試吃」領取免費樣品",  # traditional
    # a mini program or an account to search, for a daily gift
    "微信搜索小程序“作文宝”，每天免费领3篇范文",
    "支付宝搜一搜“惠生活”，每日领1元红包",
    "微信搜一搜「晚安書單」公眾號，每週免費送電子書",  # traditional
    # 阅读原文 to click, for a free thing
    "👇点击文末“阅读原文”，免费领取《小学必背古诗80首》打印版",
    "戳左下角阅读原文，0元领取全套思维导图",
    "點擊下方「閱讀原文」，免費下載完整講義",  # traditional
    # a phone number or a mail address to leave, for a free thing
    "免费领取《家长会发言稿20篇》，留下手机号马上发送",
    "填写手机号，免费获取高考志愿填报指南",
    "輸入Email，立即免費寄送完整版食譜",  # traditional
    # friends to invite, for a gain on both sides
    "邀请好友注册学习网，双方各得3天会员",
    "每邀请1位好友下单，你和好友各得10元红包",
    "邀請朋友加入，雙方各得一個月免費會員",  # traditional
    # the writer's code, in a forum's aside
    "说实话，下单时填我的邀请码AB2026，首单立减30，有需要的私我",
    "順帶一提，註冊時輸入我的推薦碼K8899，首月免費",  # traditional
    "顺便说一句，报名时用我的推荐码XY66，新人首课减100元",
    # a QR code to scan, for places or a cut to the first N
    "扫码加入写作打卡营，1月5日开营，前30名立减200元",
    "长按识别二维码报名亲子阅读营，前20位家长送绘本一套",
    "掃描QR Code加入理財讀書會，前50名免費",  # traditional
    # a booking that spares a queue, through the app
    "在线预约专家号，免排队，下载“健康通”立即挂号",
    "網上預約牙科門診，免等候，下載「牙e通」立即預約",  # traditional
    "预约体检套餐，到院免排队，打开“康体汇”App立即下单",
    # a sign-up opened with a deal, no public body announcing it (a subheading's news stays: LOOKALIKES)
    "暑期编程营开放报名，两人同行第二人半价",
    "親子烘焙班開放報名，三人同行一人免費",  # traditional
    # a code's value in one clause
    "结账输入优惠码 SUMMER 享9折",
    "下单填写折扣码 HELLO10 立减10元",
    "結帳輸入折扣碼 TW2026 享85折",  # traditional
]

FOLLOWS = [
    # a video account (a channel) to follow, with a daily piece it promises
    "关注视频号「厨房小白」，每天3分钟学一道家常菜",
    "关注抖音号“英语晨读”，每天早上陪你读一段美文",
    "關注視頻號「理財小學堂」，每週一集教你存錢",  # traditional
]

PRICES = [
    # a deal's price with a word between, or its figure with no 元, and scarcity
    "寒假写作营火热招生中，早鸟优惠价1980元，名额有限",
    "冬令營報名中，早鳥特惠價NT$3,200，額滿為止",  # traditional
    "原价 299，早鸟价 99，扫描侧栏二维码报名",
    # a new user's first order free or at 0, with scarcity
    "AI证件照一键换底，新人首单0元，名额仅剩100个",
    "智能记账助手上线，新用户首月0元试用，仅剩50个名额",
    "新客首單免費體驗，限量300份",  # traditional
    # a special price with its call
    "限时特价19.9元，点击抢购",
    "今日特价 ¥39，戳链接下单",
    "限時特價NT$299，點此購買",  # traditional
    # a new customer's first item
    "新人首杯奶茶0.1元，扫码下单",
    "新客首件T恤9.9元，点击抢购",
    "新客首杯飲品NT$10，掃碼領取",  # traditional
    # a member reads free against a non-member's price per chapter
    "VIP会员免费畅听全部课程，非会员每节1元",
    "年卡会员免费看全站，非会员每集0.5元",
    "會員免費暢讀全書，非會員每章NT$3",  # traditional
]

OFFERS = CHANNELS + FOLLOWS + PRICES


@pytest.mark.parametrize("line", OFFERS)
def test_an_offer_to_the_reader_in_new_words_goes_on_a_line_of_its_own(line):
    result = _strip_line(line)
    assert len(result.removed) == 1, [(r.rule, r.text) for r in result.removed]
    assert result.removed[0].text.strip() == line.strip()
    assert result.removed[0].rule.startswith("cta-")


@pytest.mark.parametrize("line", OFFERS)
def test_an_offer_to_the_reader_in_new_words_glued_after_a_paragraph_goes_alone(line):
    result = _strip_glued(line)
    assert len(result.removed) == 1, [(r.rule, r.text) for r in result.removed]
    assert line.strip().endswith(result.removed[0].text.strip()[-6:])
    assert PROSE in "\n".join(b.text for b in result.blocks)


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
    result = strip_blocks([Block(PROSE * 3), Block(paragraph), Block(PROSE * 3)], bundled_rules(), "标题")
    assert not result.removed
