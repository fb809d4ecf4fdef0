"""Adverts glued after a paragraph behind any mark or bracket, and advert lines of their own following a name (session 27,
issue 11; fanwen/strip/calls.py, marks.py, adlines.py).

Session 26 read a call behind a dash, an arrow or a （）/【】 bracket, asking to act on a channel. The kinds that slipped
carry other marks or say other things, each in words no single pass knew:

- **any pointer mark** opening the tail (◆ 》》 ➤ ▶ ☞ ◎ ★ ■ an emoji…: marks no sentence of prose opens with) and **any
  bracket pair** closing the paragraph (〔〕 ［］ 〖〗 「」 besides （） and 【】), or a bracket **label** opening the tail
  (【会员专属】…);
- **what it says**, one reading for every mark: a call on a channel (session 26), an ask for a gain (下载…领…, 点这里订阅),
  a gain to claim (…打包领取), an offer's label (本月限定：…, 【读者专享】…), a contact ask for business (详洽…, 欢迎…洽询),
  an interactive call that asks by itself (点赞收藏不迷路 — glued bare after the stop too), and after a pointer mark a
  gain with its terms (限时免服务费);
- **a line of its own** with a look that follows a name and promises more or asks to share (关注某某，下期带你…; 关注…晚报，
  转发给…).

What stays: a paragraph's bracketed aside, a quotation in 「」, a price or a discount the article reports, a ◆ list
item of the article, an instruction how to use a public service, a dash-led clarification, a like told as news, a
slogan of its own look that follows no channel. Our own wordings, none of a fixture's; simplified and traditional.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from test_strip_advert_lines_25 import BODY, LOOKS, _page, _text

from fanwen.items import Block
from fanwen.strip import strip_blocks
from fanwen.strip.tails import OFFER_TAIL

RULES = bundled_rules()
TITLE = "社区食堂开进老街"
BEFORE = "入冬以后，老街社区把闲置的老粮站改成了食堂，每天中午为附近的老人提供热乎的饭菜。"
AFTER = "到了饭点，食堂里坐满了老人，大家一边吃饭一边拉家常，屋里暖洋洋的。"
PARA = "食堂的菜单每周一换，荤素搭配，少油少盐，还专门为牙口不好的老人准备了软烂的菜。"
PARA_TW = "食堂的菜單每週一換，葷素搭配，少油少鹽，還專門為牙口不好的長輩準備了軟爛的菜。"


def _strip(line: str):
    result = strip_blocks([Block(BEFORE), Block(line), Block(AFTER)], RULES, TITLE)
    return [b.text for b in result.blocks], result


def _goes(call: str, paragraph: str = PARA) -> None:
    kept, result = _strip(paragraph + call)
    assert paragraph in kept, (kept, result.removed)
    assert not any(call.strip() in line for line in kept), kept
    assert any(r.text == call.strip() for r in result.removed), result.removed


def _stays(line: str) -> None:
    kept, result = _strip(line)
    assert line in kept, (kept, result.removed)


# A pointer mark opening the tail: a subscription, a gain to claim, a paid service with its terms, an app's coupon, a
# follow call, a course's live.
POINTED = [
    "◆订阅青禾日报客户端，看更多老街里的暖心故事",
    "》》老人食谱卡片、营养搭配表打包领取",
    "▶ 营养师一对一膳食咨询，限时免咨询费",
    "☞ 点此下载“青禾生活”App，新人领10元券",
    "◎ 关注视频号“老街厨房”，看更多家常菜做法",
    "★ 老年营养课直播，今晚八点准时开讲，预约即送食谱",
    "◆訂閱青禾日報App，看更多老街的溫暖故事",
]
# A bracket pair the pass did not read: 〔〕 ［］ 〖〗 「」, and a button inside （）.
BRACKETED = [
    "〔下载“青禾通”APP，家门口的事掌上办——点击了解〕",
    "［关注公众号“厨房研究所”，后台回复“菜谱”领电子版］",
    "〖扫码加入老街吃货群，每周群内抽送食堂餐券〗",
    "「追蹤我們的IG帳號，看更多老街照片」",
    "（老街书屋年卡限时七折，点这里订阅）",
    "（職工書屋年卡限時八折，點這裡訂閱）",
]
# An offer's label opening the tail or the bracket.
LABELLED = [
    "（本月限定：营养师推荐的粗粮礼盒下单享85折→）",
    "【读者专享】报名即可参加抽奖，奖品有电饭煲等好礼",
    "【會員專屬】報到即可參加抽獎，獎品有保溫杯等好禮",
    "〔限时福利：订阅本号送老街美食地图〕",
]
# A business asked to contact: a sponsor, a partner, a booth.
CONTACT = [
    "——欢迎企业认养爱心餐桌，详洽老街志愿者协会",
    "——歡迎企業認養共餐站點，詳洽協會秘書處",
    "——诚邀爱心商家冠名合作，欢迎来电洽询",
]
# An interactive call that asks by itself, glued bare after the stop.
BARE_CALLS = [
    "点赞收藏不迷路，后面还有更多养生菜谱",
    "记得点赞加关注，下期教大家做软烂的红烧肉",
    "一键三连支持一下，明天继续更新",
    "點讚收藏不迷路，下期更精彩",
    # the call closing the tail, not opening it; a tip asked; a comment or a post for a gift
    "周五晚8点直播间教做软烂红烧肉，关注不迷路",
    "觉得有用的话就打赏一杯奶茶吧！",
    "留言说说你家的拿手菜，抽20名送保温饭盒",
    "在評論區曬出你家的年夜飯，抽10名送電燉鍋",
]


@pytest.mark.parametrize("call", POINTED)
def test_a_pointer_mark_opened_advert_goes(call):
    _goes(call, PARA_TW if "訂閱" in call else PARA)


@pytest.mark.parametrize("call", BRACKETED)
def test_an_advert_in_any_bracket_pair_goes(call):
    _goes(call, PARA_TW if any(c in call for c in "們帳職") else PARA)


@pytest.mark.parametrize("call", LABELLED)
def test_an_offer_under_its_label_goes(call):
    _goes(call, PARA_TW if "會員" in call else PARA)


@pytest.mark.parametrize("call", CONTACT)
def test_a_business_contact_ask_behind_a_dash_goes(call):
    _goes(call, PARA_TW if "歡迎" in call else PARA)


@pytest.mark.parametrize("call", BARE_CALLS)
def test_an_interactive_call_glued_bare_goes(call):
    _goes(call, PARA_TW if "點讚" in call else PARA)


# The article's own: a bracketed aside, a quotation in 「」, a price or a discount reported, a ◆ list item, a public
# service's instruction, a dash-led clarification, a like told.
ASIDES = [
    PARA + "（这是后话了）",
    PARA + "（当时一份套餐只要八元）",
    PARA + "（详见本报昨日报道）",
    PARA + "（以上数据截至11月底）",
    PARA + "〔本文数据由街道办提供〕",
    PARA + "［注：部分菜品每周轮换］",
]
QUOTED = [
    PARA_TW + "「關注長輩的胃口，比什麼都重要。」",
    "志工阿美笑著說，她最大的心願就是讓長輩吃得好。「歡迎大家常回來看看」",
    "館長在開幕式上致詞時說了一句話，大家都記住了。「訂閱的是報紙，留住的是記憶。」",
]
REPORTED_PRICES = [
    "记者走访发现，附近超市的粗粮礼盒卖得很好，不少老人专门来买。（该礼盒本月打八五折，售价约两百元）",
    "记者走访发现，附近超市的粗粮礼盒卖得很好，不少老人专门来买。——据店员介绍，会员年卡今年限时七折。",
    "食堂的套餐定价很实在，老人每餐只需自付八元，其余由街道补贴。◆ 八十岁以上老人免费",
    PARA + "（本月起，七十岁以上老人用餐享八折优惠）",
]
LIST_ITEMS = [
    "食堂开办一年来，主要做了三件事。◆ 建立老人用餐台账；◆ 定期上门回访；◆ 为独居老人送餐",
    "今年社区为老人办的实事有不少。◆ 为独居老人免费安装燃气报警器",
    "志愿者的分工很明确。▶ 上午择菜洗菜，下午打扫卫生",
]
PUBLIC_SERVICE = [
    PARA + "（市民可下载“青禾通”APP，在“社区服务”栏目在线办理）",
    PARA + "〔关注“青禾人社”公众号，可查询养老金发放记录〕",
    PARA + "——如需帮助，可拨打12345政务服务热线咨询",
    PARA + "➤ 登录“青禾政务服务网”，搜索“老年助餐”，按提示填写申请",
    PARA + "（老人凭社区发放的助餐卡领取套餐）",
]
CLARIFIED = [
    "不少企业主动认养了食堂的餐桌。——这里的“认养”，指的是企业出资承担一张餐桌一年的伙食费用。",
    "老人领取用餐补贴不用跑腿。——也就是说，补贴会直接打进助餐卡，不需要本人到场。",
    "这笔爱心捐款主要有两个用途。——购买食材和接送行动不便的老人。",
    "街道为此专门成立了志愿者协会。——协会秘书处设在食堂二楼，负责排班和联络。",
]
TOLD_LIKES = [
    "食堂开张那天，街道办搞了一个小活动，气氛很热闹。现场开展“晒图赢好礼”活动，居民参与踊跃。",
    "食堂的视频发到网上以后，很快就火了。不少网友在评论区留言，说想给家里老人也找一个这样的食堂。",
    "食堂的视频发到网上以后，很快就火了。评论区里，网友抽空晒出了自家老人的午饭",
    "年关将近，以“年货优惠”为名的诈骗案件有所增多。市民可在评论区留言提问，民警将抽时间答复",
    "食堂的视频发到网上以后，很快就火了。网友纷纷点赞收藏",
    "食堂的视频发到网上以后，很快就火了。这条视频的点赞收藏量很快破了十万",
    "视频火了以后，阿姨也很开心。她说点赞收藏的人越多，她越有干劲",
]


@pytest.mark.parametrize(
    "line", ASIDES + QUOTED + REPORTED_PRICES + LIST_ITEMS + PUBLIC_SERVICE + CLARIFIED + TOLD_LIKES
)
def test_the_articles_own_tail_stays(line):
    _stays(line)
    _kept, result = _strip(line)
    assert not any(r.rule == OFFER_TAIL for r in result.removed), result.removed


# A line of its own with a look: follow a name, then a promise of more or an ask to share.
FOLLOW_NAME_LINES = [
    "关注老周，下期带你去吃城南的牛肉面",
    "关注青禾晚报，转发给身边的朋友看看",
    "關注小島日常，下回帶你逛東港魚市",
    "订阅老街故事，下期聊聊城门楼的来历",
]
# A line of its own with a look that follows no channel: a slogan, advice, a motto.
SLOGANS = [
    "关注孩子心理健康，从每天倾听十分钟开始",
    "关注老人用药安全，家中常备药要定期清理",
    "關注長輩營養，從一碗熱湯開始",
]


@pytest.mark.parametrize("look", range(len(LOOKS)))
@pytest.mark.parametrize("line", FOLLOW_NAME_LINES)
def test_a_follow_a_name_line_of_its_own_goes(line, look):
    text = _text(_page(LOOKS[look].format(line)))
    assert line not in text
    assert BODY[2] in text and BODY[3] in text


@pytest.mark.parametrize("look", range(len(LOOKS)))
@pytest.mark.parametrize("line", SLOGANS)
def test_a_slogan_of_its_own_look_stays(line, look):
    assert line in _text(_page(LOOKS[look].format(line)))
