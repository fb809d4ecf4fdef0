"""Calls glued after a paragraph, or set on a line of their own, that point at the site's own places, sell for a
partner or a sponsor, or sell at a discount with no channel (session 28, issue 11; fanwen/strip/calls.py, read by
marks.py, tails.py and adlines.py).

What they share is whom they speak for: the site (its page's corner, its column, its special, the writer's 主页), a
partner of the site's (合作书店, 由…赞助, 本站由…支持) or the shop behind a sale (限时7折！, 首单0元). No gain word the
readings knew named them:

- **a pointer to the page's own place** (右侧…专区, 本页右侧按钮, 文末…链接, 主页, 本站…栏目, 页面底部二维码, 进入…专题)
  that sends the reader there to act or for an ease (点击, 进入, 扫描, 关注, 预约, 即可, 就能, 自取, 尽在, 每周更新);
- **a wish asked** (想…？, 懒得…？) answered with a course, a live, a service or a booking;
- **a partner or a sponsor** named with a sale (合作书店代售…每本N元; 本期栏目由「…」赞助，…限时特惠);
- **a prize quiz** the reader is invited to (有奖答题…，参与即有机会获得…);
- **a label that recommends** (【温馨推荐：…】) over an ask on a channel;
- **a sale with no channel**: a discount or a trial's price (全场满N减M, 限时N折, 会员限时N元, 新人首单0元, 首年只要N元)
  in a bracket, or closing a paragraph with the seller's ！.

What stays: the article's own brackets — a reference to a figure, a table, an appendix or the document's full text, a
law's name, a notice's （此件公开发布）, a citizen instruction (请到…窗口办理), a news story's pointer to where a document
is published, a question the text answers itself, a partner's service with no sale, a prize quiz told as done, a
label's advice, a discount reported in a news sentence; and a funding or organising line of its own. Our own wordings,
none of a fixture's; simplified and traditional; each call in two markups (glued in a block's text, and a link glued in
a page's paragraph).
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from test_strip_advert_lines_25 import BODY, LOOKS, _page, _text

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULES = bundled_rules()
TITLE = "社区食堂开进老街"
BEFORE = "入冬以后，老街社区把闲置的老粮站改成了食堂，每天中午为附近的老人提供热乎的饭菜。"
AFTER = "到了饭点，食堂里坐满了老人，大家一边吃饭一边拉家常，屋里暖洋洋的。"
PARA = "食堂的菜单每周一换，荤素搭配，少油少盐，还专门为牙口不好的老人准备了软烂的菜。"
PARA_TW = "食堂的菜單每週一換，葷素搭配，少油少鹽，還專門為牙口不好的長輩準備了軟爛的菜。"


def _strip(line: str):
    result = strip_blocks([Block(BEFORE), Block(line), Block(AFTER)], RULES, TITLE)
    return [b.text for b in result.blocks], result


def _goes_in_a_block(call: str, paragraph: str) -> None:
    kept, result = _strip(paragraph + call)
    assert paragraph in kept, (kept, result.removed)
    assert not any(call.strip() in line for line in kept), (kept, result.removed)


def _goes_in_a_page(call: str, paragraph: str) -> None:
    text = _text(_page(f'<p>{paragraph}<a href="/go/1" rel="nofollow">{call}</a></p>'))
    assert paragraph in text and call not in text, text
    assert BODY[2] in text and BODY[3] in text


# A pointer to the page's own place, the reader sent there to act or for an ease.
PAGE_POINTERS = [
    "（点击右侧“老年助餐”专区，在线预约食堂试吃）",
    "（想提前订座？点选本页右侧橙色按钮，一分钟填好预约）",
    "（更多社区美食故事，尽在本站“老街味道”栏目，每周更新）",
    "（本文菜谱的打印版放在文末网盘链接，需要的朋友自取）",
    "（食堂阿姨的拿手菜视频已剪成合集，点个关注就能在主页看到）",
    "（冬季养生食谱合集已上线，进入“青禾生活”专题即可查看）",
    "[食堂志愿者招募：扫描页面底部二维码进入“老街厨房”直播间，岗位每周更新]",
    "（想搶先訂位？點選本頁右側按鈕，一分鐘完成線上預約）",
]
# A wish asked, answered with a course, a live, a partner's service.
WISHES = [
    "（想学做软烂菜？青禾厨艺课第二讲“蒸煮的学问”今晚七点开播）",
    "（懒得自己做？本社区合作餐馆提供送餐上门服务，详见文末）",
    "（想给老人补营养？营养师线上训练营周六开课）",
    "（懶得自己煮？本會合作店家提供到府送餐服務，詳見文末）",
]
# A partner or a sponsor named with a sale.
PARTNER_SALES = [
    "〔小提醒：用餐登记表可在服务台领取，另有合作书店代售《老人营养食谱》每本三十八元〕",
    "（合作超市代售同款不粘锅，每口一百二十元）",
    "〔小提醒：合作書局代售《長輩食譜》，每本一百五十元〕",
]
# A prize quiz the reader is invited to.
PRIZES = [
    "【便民提示：老年营养知识有奖答题正在进行，参与即有机会获得电饭煲】",
    "（食品安全有奖竞猜火热进行中，答题即有机会赢取购物卡）",
    "【便民提示：長者營養有獎問答進行中，參加即有機會獲得保溫杯】",
]
# A label that recommends, over an ask on a channel.
RECOMMENDED = [
    "【温馨推荐：“老街厨房”服务号上线订餐提醒，关注即可每天收到菜单】",
    "【好文推荐：关注公众号“老街故事”，回复“食堂”看全部菜谱】",
    "【溫馨推薦：「老街廚房」服務號上線訂餐提醒，關注即可每天收到菜單】",
]
# A sale with no channel in a bracket: a discount with its terms, a sale's price under terms, a trial's price.
BRACKETED_SALES = [
    "【老人营养餐套装打包，会员限时19.9元】",
    "【年货节：青禾超市全场满200减30，活动截至月底】",
    "【挑菜不踩坑找“菜博士”，新人首单配送0元】",
    "（推荐「饭点」订餐App的家庭套餐，老人认证首年只要29元）",
    "【年貨節：青禾超市全場滿200減30，活動截至月底】",
]
# A discount closing the paragraph in the seller's voice (！), no channel.
EXCLAIMED_SALES = [
    "暖冬季全场领券满50减10！",
    "付费课程《家常菜30讲》限时7折！",
    "年貨季全場領券滿50減10！",
]
TRADITIONAL = {
    PAGE_POINTERS[-1],
    WISHES[-1],
    PARTNER_SALES[-1],
    PRIZES[-1],
    RECOMMENDED[-1],
    BRACKETED_SALES[-1],
}
CALLS = PAGE_POINTERS + WISHES + PARTNER_SALES + PRIZES + RECOMMENDED + BRACKETED_SALES


@pytest.mark.parametrize("call", CALLS)
def test_a_glued_call_goes_in_a_block(call):
    _goes_in_a_block(call, PARA_TW if call in TRADITIONAL else PARA)


@pytest.mark.parametrize("call", CALLS)
def test_a_glued_call_goes_in_a_page(call):
    _goes_in_a_page(call, PARA)


@pytest.mark.parametrize("call", EXCLAIMED_SALES)
def test_a_discount_exclaimed_after_a_paragraph_goes(call):
    _goes_in_a_block(call, PARA)
    _goes_in_a_page(call, PARA)


# The article's own brackets and sentences, glued after its paragraph.
OWN = [
    # references to a figure, a table, an appendix, the document
    PARA + "（如右侧图表所示，今年用餐人数比去年多了三成）",
    PARA + "（详见文末附表）",
    PARA + "（文末附有参考文献，可供查阅）",
    PARA + "（《老年助餐服务管理办法》全文已在区政府门户网站“政策文件”栏目公布）",
    PARA + "（本站“政策解读”栏目另有对该办法的详细解读）",
    PARA + "（区政府门户网站“政策文件”栏目已同步刊发该通知，进入栏目即可查看原件）",
    PARA + "（点击文末“阅读原文”可查看《办法》全文）",
    # a question the text answers itself
    PARA + "（想知道答案？见文末）",
    PARA + "（为什么要少油少盐？下一节会细说）",
    PARA + "（需要注意什么？第三步会讲到）",
    # a partner's service with no sale, an organiser, a notice's own fee
    PARA + "（也可到合作银行网点现场缴费）",
    PARA + "（小提醒：活动场地由区图书馆提供支持）",
    PARA + "（小提醒：登记表工本费每份五元，可在服务台缴纳）",
    # a prize quiz told as done, its winners' list
    PARA + "（本次有奖答题共吸引两千余人参与）",
    PARA + "（有奖答题获奖名单见附件）",
    # a notice's own brackets, a citizen instruction, a law's name, a quotation
    PARA + "（此件公开发布）",
    PARA + "（请到街道便民服务中心二楼窗口办理）",
    PARA + "（依据《中华人民共和国食品安全法》第三十四条）",
    PARA + "（王阿姨说：“想吃啥就跟我们讲。”）",
    # a label's advice, a review's reason
    PARA + "【专家推荐：每天步行六千步，关注血压变化】",
    PARA + "（推荐理由：这本书写出了老街人的日常）",
    # a discount reported or told in the text's sentences
    "新开的超市人头攒动，不少居民一早就来排队选购。记者看到，店内全场商品限时8折。",
    "新开的超市人头攒动，不少居民一早就来排队选购。全场商品限时8折。",
    "超市开业那天人很多，店长站在门口吆喝。店长说：“全场限时8折！”",
    "食堂对面的粮油店也很热闹，年货一早就摆上了货架。全场满200减30，老人们买了不少。",
    PARA + "（注：以上价格为会员价，限时9.9元的活动已结束）",
    "老李在食堂吃了一个月，觉得很划算。他说，首年只要19元的会员卡，自己已经续了三年。",
]


@pytest.mark.parametrize("line", OWN)
def test_the_articles_own_bracket_or_sentence_stays(line):
    kept, result = _strip(line)
    assert line in kept, (kept, result.removed)


@pytest.mark.parametrize("line", OWN[:20])
def test_the_articles_own_bracket_stays_in_a_page(line):
    text = _text(_page(f"<p>{line}</p>"))
    assert line in text, text


# A sponsor's line of its own, with a sale.
SPONSOR_LINES = [
    "—— 本期栏目由「老街粮油」赞助，年货礼包限时特惠 ——",
    "本站由「青禾优选」支持：生鲜到家，新用户首单半价",
    "本期节目由青禾银行冠名赞助，开卡享八折优惠",
    "本站由「小島書房」支持：新會員首購享八折",
]
# A funding, organising or service line of its own that sells nothing.
CREDIT_LINES = [
    "本项目由国家自然科学基金资助（批准号：12345678）",
    "—— 本次活动由区文旅局主办，区图书馆承办 ——",
    "本刊由青禾市文联主办，每月十五日出版",
    "本届马拉松由青禾银行冠名赞助，完赛选手均可获赠纪念奖牌",
]


@pytest.mark.parametrize("look", range(len(LOOKS)))
@pytest.mark.parametrize("line", SPONSOR_LINES)
def test_a_sponsors_line_with_a_sale_goes(line, look):
    text = _text(_page(LOOKS[look].format(line)))
    assert line not in text
    assert BODY[2] in text and BODY[3] in text


@pytest.mark.parametrize("look", range(len(LOOKS)))
@pytest.mark.parametrize("line", CREDIT_LINES)
def test_a_credit_line_of_its_own_stays(line, look):
    assert line in _text(_page(LOOKS[look].format(line)))
