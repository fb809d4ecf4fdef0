"""Advert lines of their own (session 25, issue 11; fanwen/strip/adlines.py).

A short line among the text's paragraphs that asks the reader to act for a gain goes whole, under ``cta-own-line``:
set apart by a look the body's paragraphs do not use (a class, an inline colour, a ``<font>``, a ``<div>`` among
``<p>``s, a 【】 or —— frame) and reading as an ask through a channel or for a gain; or, with no look, an interactive
call (点赞收藏…, 打赏…, 留言…抽…) or an ask with a channel and a gift. The article's own lines of that look or of that
wording stay: a hotline, its own app or account as a service, a price told as news, a notice's instructions, a closing
wish, a quotation in a story. Our own wordings, none of a fixture's; simplified and traditional.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, sample_page
from test_advert_cards_23 import TEMPLATES as CARD_TEMPLATES

from fanwen.items import Block
from fanwen.pagepath import PageOptions, read_page
from fanwen.strip import strip_blocks

RULES = bundled_rules()
TITLE = "老街改造后的第一个春天"
BODY = [
    "去年秋天，城东的老街开始改造，施工队先把路面的水泥揭掉，重新铺上了从旧房拆下来的青石板。",
    "街两边的铺面大多保留了原来的木门窗，只换掉了朽坏的部分，刷上一层桐油，看上去和几十年前差不多。",
    "改造后的第一个春天，老街上开了十几家新店，有卖手工糕点的，也有修钟表和配钥匙的老手艺人。",
    "周末的时候，附近的居民喜欢带着孩子来这里散步，街口的老茶馆每天下午都坐得满满当当。",
    "街道办的工作人员说，下一步还要在街尾修一个小广场，让老人们有个跳舞晒太阳的地方。",
]
# How a page sets a line apart from its body's <p>s: a class, an inline colour, a <font>, a <div>, centred and coloured.
LOOKS = [
    '<p class="promo-inline">{}</p>',
    '<p style="color:#c00">{}</p>',
    '<p><font color="blue">{}</font></p>',
    '<div class="tip-line">{}</div>',
    '<p style="text-align:center"><span style="color:#f60">{}</span></p>',
]
# An advert line of its own, by kind, three wordings or more each (some in traditional script).
ADVERT_LINES = [
    # an account or channel to follow, a live stream, a like-count draw
    "关注“城东发布”视频号，每晚九点直播老街故事，点赞过千抽取手作糕点礼盒。",
    "關注「城東生活」抖音號，每週五晚直播帶逛老街，直播間抽送鑰匙扣。",
    "关注我们的公众号，每天推送周边好店，留言点赞前十名送咖啡券。",
    # a group to join
    "扫码进“老街邻里”微信群，每周群内发放糕点店满减券。",
    "掃碼加入「城東街坊」LINE群組，每日推送附近的停水停電消息。",
    "添加小助手微信，备注“老街”即可进群，群内每周抽奖送茶叶。",
    # an app with member days or coins
    "城东生活App全新上线，下载注册即送15天会员。",
    "打开“逛老街”小程序，每日签到领金币，金币可换糕点。",
    "下載「城東通」App，新用戶首月會員免費，還送50元購物金。",
    # a member's price, a coupon code
    "【老街周边】手绘明信片一套会员价19元，结账输入 LAOJIE8 再打八折。",
    "本站会员专享：老街手作课程9.9元体验，下单即赠材料包。",
    "【好物推薦】老街茶葉禮盒會員價 NT$399，輸入折扣碼 TEA10 再折100元。",
    # a tip-off or a submission paid for
    "本报征集老街老照片，在App内点击“投稿”发给我们，采用即奖励100元。",
    "欢迎向我们爆料身边的新鲜事，拨打新闻热线或在公众号留言，一经采用奖励200元。",
    "城東報徵求老店故事，私訊粉專投稿，刊出即送書店禮券。",
    # a framed join or coupon line
    "—— 扫码加入老街吃货群，每周团购优惠不断 ——",
    "★ 领券满50减10，老街糕点铺限时特惠 ★",
    "🔥 老街夜市直播间今晚开抢，关注不迷路，下单抽免单！",
    # a label of its own over a deal, with no ask
    "【好物推荐】老街手工桂花糕，软糯不粘牙，本周限时立减10元",
    "【本週好物】城東老茶行的高山烏龍，限時特價每罐299元",
    "【今日特惠】手绘帆布包全场8折，包邮到家",
    "【掌柜推荐】老街同款青花茶杯，点击下方小程序即可下单",
]
# The article's own lines of such a look that stay: a hotline, its own app or account as a service, a price as news,
# a notice's instructions, a closing wish, a quotation, a caption, a credit, an editor's note.
LOOK_ALIKES = [
    "群众反映老街施工问题，可拨打12345政务服务便民热线。",
    "居民可登录“城东街道”微信小程序，提交摊位申请并查看审核进度。",
    "报名方式：扫描下方二维码填写报名表，截止时间为4月30日。",
    "据街道办介绍，老街商铺今年的租金每平方米约80元，比改造前上涨了两成。",
    "祝愿老街越来越好，祝各位街坊身体健康、生意兴隆！",
    "他笑着说：“关注我们的铺子，下次来给你打八折。”",
    "（文/李晓 图/王青）",
    "编者按：本文为“城市更新”系列报道的第三篇。",
    "图为改造后的老街夜景",
    "我扫码进了街坊们的微信群，才知道每周都有人组织义务理发。",
    "“扫码进群就送鸡蛋”，不少老人就是被这样一句话拉进了推销群。",
    "扫码观看老街开街仪式的直播回放。",
    "老街糕点铺的会员价每斤比原价便宜8元。",
    "前50名报名者可获赠老街纪念徽章一枚。",
    "志愿者把刚出炉的糕点送到独居老人家中。",
    "附件：1.老街商铺消费券申领表",
    "【温馨提示】请关注“城东街道”公众号，及时了解老街的交通管制信息。",
    "有意入驻的商户应于5月10日前递交申请材料，并领取经营许可登记表。",
    "街口的文具店凭学生证购买文具可享9折，开学第一周还有满减活动，不必提前囤货。",
]
# With no look: the interactive calls and the ask with a channel and a gift that go.
BARE_LINES = [
    "喜欢这篇文章的话就点赞收藏吧，我们下期见！",
    "觉得有用就打赏一杯咖啡吧！",
    "點讚收藏不迷路，下期帶你逛夜市",
    "关注不迷路，每周带你探一家老店",
    "扫码加入老街粉丝群，每周抽奖送手作糕点。",
    "下載「逛老街」App，新用戶註冊即送50元購物金",
    "打开“老街”小程序签到，每天领一张糕点券。",
]
# With no look: the article's own lines of such wording that stay.
BARE_LOOK_ALIKES = [
    "市民可关注“城东发布”公众号，随时查询老街的施工进度。",
    "下载“国家反诈中心”App，可以随时识别诈骗电话。",
    "不少游客在街口的老茶馆点赞留言，说这里的茶比景区便宜一半。",
    "老张把收藏了三十年的铜钥匙挂在店门口，来往的人都要停下来看一看。",
    "街道组织的邻里群里，每周都有人转发老街的活动通知。",
    "社区医院的家庭医生群每周推送一次健康提醒，群内免费答疑。",
    "活动期间，新用户下载商场App注册即送50元券。",
    "老街糕点铺的会员价每斤比原价便宜8元。",
    "收藏家老周把三十年收来的旧钥匙捐给了街道的陈列馆",
    "这条老街的视频被网友点赞转发上万次",
    "请关注天气变化，雨天出行注意防滑。",
    # session 25's review: a service's how-to, a list's item, advice against an offer
    "【停车查询】打开“城东停车”小程序，输入车牌号即可查询剩余车位",
    "打开“城东生活”APP，领取老街停车券；",
    "老街书店：会员可免费借阅大部分新书，非会员每本押金约20元",
    "开通老街糕点铺的年卡会员，每年￥88，还不如每次现买新鲜的。",
]


def _text(lines: list[str]) -> str:
    page = read_page(sample_page(TITLE, lines), "http://example.com/a/1.html", PageOptions.for_profile(None))
    assert page.article is not None, page.message
    return page.article.text


def _page(line_html: str) -> list[str]:
    return [
        f"<p>{BODY[0]}</p>",
        f"<p>{BODY[1]}</p>",
        f"<p>{BODY[2]}</p>",
        line_html,
        *(f"<p>{t}</p>" for t in BODY[3:]),
    ]


@pytest.mark.parametrize("index", range(len(ADVERT_LINES)))
def test_an_advert_line_with_a_look_of_its_own_goes(index):
    line = ADVERT_LINES[index]
    text = _text(_page(LOOKS[index % len(LOOKS)].format(line)))
    assert line not in text
    assert BODY[2] in text and BODY[3] in text


@pytest.mark.parametrize("index", range(len(LOOK_ALIKES)))
def test_the_articles_own_line_with_a_look_of_its_own_stays(index):
    line = LOOK_ALIKES[index]
    text = _text(_page(LOOKS[index % len(LOOKS)].format(line)))
    assert line in text


def _strip(line: str) -> tuple[list[str], list[tuple[str, str]]]:
    blocks = [Block(t, style=">p") for t in BODY[:3]] + [Block(line, style=">p")]
    blocks += [Block(t, style=">p") for t in BODY[3:]]
    result = strip_blocks(blocks, RULES, TITLE)
    return [b.text for b in result.blocks], [(r.rule, r.text) for r in result.removed]


@pytest.mark.parametrize("line", BARE_LINES)
def test_an_interactive_call_or_a_gift_on_a_line_of_its_own_goes(line):
    kept, removed = _strip(line)
    assert line not in kept
    assert BODY[2] in kept and BODY[3] in kept


@pytest.mark.parametrize("line", BARE_LOOK_ALIKES)
def test_the_articles_own_line_of_such_words_stays(line):
    kept, removed = _strip(line)
    assert line in kept, removed


def test_the_removal_is_named_and_the_text_kept():
    kept, removed = _strip("喜欢这篇文章的话就点赞收藏吧，我们下期见！")
    assert removed == [("cta-own-line", "喜欢这篇文章的话就点赞收藏吧，我们下期见！")]
    assert kept == BODY


def test_a_boxs_headline_of_a_labels_few_words_stays():
    # 捐赠 holds 捐 (an ask's word) and 赠 (a gift's): a headline's few words are no call and its gain.
    lines = _page('<div class="box-head">爱心捐赠情况</div>')
    assert "爱心捐赠情况" in _text(lines)


def test_a_look_the_body_shares_is_no_look():
    # Every paragraph of the page in the same coloured class: no line is set apart by it.
    lines = [f'<p class="c">{t}</p>' for t in BODY[:3]]
    line = "居民可在街道办领取老街地图，免费。"
    lines += [f'<p class="c">{line}</p>', *(f'<p class="c">{t}</p>' for t in BODY[3:])]
    assert line in _text(lines)


# A box of the text's own on its subject (its words are the article's): a line of it that points the reader to where
# the subject's facts are kept stays, whatever its look (a charity's 公示 box on the charity's page; session 25's
# review: cta-own-line read the box's line alone and took it).
OWN_SUBJECT_BOXES = [
    (
        "老街改造的捐款去向",
        "老街改造收到的每一笔捐款都用于铺青石板、修木门窗，明细在街道办官网公示，您可随时查询",
        "查看公示",
    ),
    (
        "老街新店报名",
        "老街新店的报名名单和手工糕点、修钟表等铺面的位置都在街道办公众号公布，您可随时查看",
        "查看名录",
    ),
    ("老街青石板的来历", "老街青石板认捐的款项都登在街道办网站，欢迎随时查阅", "了解来历"),
]


@pytest.mark.parametrize("template", range(len(CARD_TEMPLATES)))
@pytest.mark.parametrize("box", OWN_SUBJECT_BOXES)
def test_a_line_of_the_texts_own_box_on_its_subject_stays(box, template):
    head, body, button = box
    text = _text(_page(CARD_TEMPLATES[template](head, body, button)))
    assert body in text
