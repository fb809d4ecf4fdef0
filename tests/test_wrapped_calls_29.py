"""Advert sentences set off by decorative marks, and boxes under a 推荐 label (session 29, issue 11;
fanwen/strip/calls.py: ``wrapped``, ``wrapped_call``, ``wrapper_opening``; read by marks.py, adlines.py, cards.py).

A site sets a sale or an ask apart from the text with a pair of decorative marks: the same symbol or its mirror on both
ends (★…★, ✿…✿, ※…※, →…←, 》》…《《), a 〔〕 or 【】 pair, a round bracket with a decoration inside (（★…★）, （🔥 …）),
or an emoji opening a line of its own. Whatever the marks, the words they set off ask (下单, 戳我, 选购, 报名, 预约,
详询, 拨打…), offer (a gain, a price from, a thing on sale) or sell (a discount, a sale's price): an advert, glued to a
paragraph or on its own line. A rule that takes a wrapper's last sentence takes its opening part with it. A box under a
label that recommends (推荐, 好课推荐) with a headline, a description and a button that calls to act is an advert's box
(the in-house box of session 27, its guards kept), and so is
a box whose call is a link the page marks as paid (``rel="sponsored"``, ``rel="nofollow sponsored"``: Frame.sponsored)
when it does not speak in the writer's voice.

What stays: the article's rating stars, its notes (〔注：…〕, （注：下同）), its decorated headings (【老街记忆】,
★ 二、… ★), a numbered step in brackets, a menu path's arrows, a book's title, an advice labelled 推荐 with no ask, a
phone or an app told as a fact, a recommended route or advice whose button shows more, the article's own 推荐书目
list, the text's own box whose link is not marked as paid. Our own wordings, none of a
fixture's; simplified and traditional.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from test_advert_boxes_28 import _label_line
from test_advert_cards_23 import _p
from test_advert_cards_23 import _text as _page_text
from test_glued_27 import AFTER, BEFORE, PARA, PARA_TW, TITLE
from test_labelled_boxes_27 import COMMUNITY, GOV, RECIPE, SCHOOL, TEACHING
from test_strip_advert_lines_25 import BODY, LOOKS, _page, _text

from fanwen.items import Block
from fanwen.strip import strip_blocks
from fanwen.strip.calls import wrapped, wrapped_call, wrapper_opening

RULES = bundled_rules()


def _strip(blocks: list[Block]):
    result = strip_blocks(blocks, RULES, TITLE)
    return [b.text for b in result.blocks], result


# --- a sale or an ask in a decorative wrapper, glued after a paragraph ---------------------------------------------

GLUED = [
    "〔老屋翻新找“安居帮”，微信搜索“安居帮到家”即可预约〕",
    "（★冬日暖锅季：双人锅底套餐五十八元起，今晚就下单★）",
    "〔會員週：保溫飯盒加購價只要99元〕",
    "✿新春预售：手工腊肠礼盒立减二十元，戳我抢购✿",
    "【食堂储值卡充三百送五十，马上开通】",
    "（🔥 推荐：营养配餐师周末班开放报名，学员专享免费试听）",
    "〔年夜饭包间限时预订中，详询前台〕",
    "【站长推荐：城南老字号糕点铺本周满两盒送一盒，下单请报暗号“老街”】",
    "（本站提醒：点击右侧“我要订餐”即可预约明日午餐）",
    "（★年貨節：醬菜禮盒全系八折，今天就搶購★）",
]
TRADITIONAL = {GLUED[2], GLUED[-1]}


@pytest.mark.parametrize("call", GLUED)
def test_a_wrapped_call_glued_after_a_paragraph_goes_in_a_block(call):
    paragraph = PARA_TW if call in TRADITIONAL else PARA
    kept, result = _strip([Block(BEFORE), Block(paragraph + call), Block(AFTER)])
    assert paragraph in kept, (kept, result.removed)
    assert not any(call in line for line in kept), (kept, result.removed)
    assert any(r.text == call for r in result.removed), result.removed


@pytest.mark.parametrize("call", GLUED)
def test_a_wrapped_call_glued_after_a_paragraph_goes_in_a_page(call):
    paragraph = PARA_TW if call in TRADITIONAL else PARA
    text = _text(_page(f'<p>{paragraph}<span style="color:#e00">{call}</span></p>'))
    assert paragraph in text and call not in text, text
    assert BODY[2] in text and BODY[3] in text


# --- a sale or an ask in a decorative wrapper, on a line of its own ------------------------------------------------

OWN_LINES = [
    "》》开业酬宾：社区生鲜店全场满百减二十，欢迎到店选购《《",
    "✨想学做家常菜？关注账号并私信“菜谱”，免费领取电子菜谱，仅限本月！✨",
    "【街口招租】沿街铺面两间对外出租，有意者请速拨打物业电话，先到先得！",
    "📗 本书纸质版已在各大书店上架，喜欢这本书的朋友请购买支持。",
    "※ 老年助餐卡火热办理中，扫码立享首月八折 ※",
    "》》週年慶：線上商城保健品一律免運，請即刻上網選購《《",
]


@pytest.mark.parametrize("look", range(2))
@pytest.mark.parametrize("line", OWN_LINES)
def test_a_wrapped_call_on_a_line_of_its_own_goes(line, look):
    text = _text(_page(LOOKS[look].format(line)))
    assert line not in text, text
    for paragraph in BODY:
        assert paragraph in text


@pytest.mark.parametrize("line", OWN_LINES)
def test_a_wrapped_call_on_a_bare_line_goes_in_a_block(line):
    blocks = [Block(t) for t in BODY[:3]] + [Block(line)] + [Block(t) for t in BODY[3:]]
    kept, result = _strip(blocks)
    assert line not in kept, result.removed
    assert all(t in kept for t in BODY), result.removed


# --- a wrapper a rule split at its sentences goes whole ------------------------------------------------------------

SPLIT = [
    "→ 一年一次！关注社区公众号并转发本文，就有机会抽取电暖器一台，快来参与←",
    "▶ 名额不多！关注“老街厨房”视频号，每晚直播教做软烂菜，点赞抽取保温杯◀",
]


@pytest.mark.parametrize("glued", [False, True])
@pytest.mark.parametrize("line", SPLIT)
def test_a_split_wrapper_goes_whole(line, glued):
    block = BODY[2] + line if glued else line
    blocks = [Block(t) for t in BODY[:2]] + [Block(block)] + [Block(t) for t in BODY[3:]]
    kept, result = _strip(blocks)
    assert not any(line[:4] in k for k in kept), (kept, result.removed)
    assert (BODY[2] in kept) == glued, (kept, result.removed)


def test_a_wrapper_opening_needs_its_mirror():
    kept = PARA + "→ 一年一次！"
    assert wrapper_opening(kept, "关注公众号抽奖←") == len(PARA)
    assert wrapper_opening(kept, "关注公众号抽奖。") is None
    assert wrapper_opening(PARA + "流程：登记→审核。", "关注公众号抽奖←") is None


# --- look-alikes: the article's own marks ---------------------------------------------------------------------------

OWN_GLUED = [
    "★★★★☆",
    "〔注：文中价格为去年冬季菜市场的零售价，仅供参考〕",
    "（注：下同）",
    "（★营养师推荐：每天一杯牛奶，一个鸡蛋★）",
    "（★该App由区民政局开发，已上线三年★）",
    "〔订餐电话：8866-1234〕",
    "（★如有疑问，请拨打社区服务热线咨询★）",
    "（流程：登记→审核→取餐）",
    "【据《老街志》记载，这里原是粮站】",
    "〔2024〕",
    # a notice's own deadline and booking
    "【报名截止时间为12月30日，逾期不再受理】",
    "〔请于本月20日前到社区服务站预约登记〕",
]


@pytest.mark.parametrize("own", OWN_GLUED)
def test_the_articles_own_wrapped_words_stay_glued(own):
    kept, result = _strip([Block(BEFORE), Block(PARA + own), Block(AFTER)])
    assert PARA + own in kept, result.removed


OWN_LINE_LOOKALIKES = [
    "【老街记忆】",
    "★ 二、食堂的菜单 ★",
    "【第二步】打开App，点击“我的”，选择“订餐记录”",
    "打开App → 点击“我的” → 选择“订餐”",
    "《舌尖上的老街》是本地作者写的一本散文集，记下了三十多种老菜。",
    "【专家推荐】冬季进补宜清淡，少吃油炸食品，多喝温水。",
    "📞 食堂订餐电话为8866-1234，工作日上午九点前接受预订。",
]


@pytest.mark.parametrize("line", OWN_LINE_LOOKALIKES)
def test_the_articles_own_decorated_lines_stay(line):
    text = _text(_page(LOOKS[0].format(line)))
    assert line in text, text


def test_the_wrapped_reading():
    assert wrapped("★★★★☆") is None
    assert wrapped("（注：下同）") is None
    assert wrapped("→ 设置 → 隐私") is None
    assert wrapped("✿立减二十元，戳我抢购✿") == "立减二十元，戳我抢购"
    assert wrapped_call("营养师推荐：每天一杯牛奶") is False
    assert wrapped_call("该App由区民政局开发，已上线三年") is False


# --- a box under a label that recommends -----------------------------------------------------------------------------


def _section_box(label: str, head: str, desc: str, button: str) -> str:
    """A section of its own: the label a paragraph of its class, the headline an h5, the button a link."""
    return (
        f'<section class="rec-box"><p class="rec-tag">{label}</p><h5>{head}</h5><p class="rec-desc">{desc}</p>'
        f'<a class="rec-btn" href="/rec/12">{button}</a></section>'
    )


# (Since the review: the box's lines pass the in-house box's guards, a description that is no sentence of prose and a
# headline that is no field, and its button calls to act on the offer.)
RECOMMENDED_BOXES = [
    ("推荐", "掌上社区 办事不用跑腿", "居住证续签、老年卡申领，一部手机就能办好", "手机上试试", GOV),
    ("体检推荐", "冬季体检季 · 名医坐诊", "胃肠镜检查费用减免，名额每周限定", "在线预约", COMMUNITY),
    ("工具推荐", "作文批改助手上线", "一拍即批，病句和错别字自动标红", "马上体验", TEACHING),
    ("好课推薦", "週末親子烘焙課", "小班教學，材料全包，每班限十組親子", "立即報名", RECIPE),
]
BOX_MARKUPS = [_label_line, _section_box]


@pytest.mark.parametrize("markup", range(len(BOX_MARKUPS)))
@pytest.mark.parametrize("box", range(len(RECOMMENDED_BOXES)))
def test_a_box_under_a_recommending_label_goes_whole(markup, box):
    label, head, desc, button, article = RECOMMENDED_BOXES[box]
    html = BOX_MARKUPS[markup](label, head, desc, button)
    text = _page_text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    assert head not in text
    assert desc not in text
    for paragraph in article:
        assert paragraph in text


OWN_RECOMMENDED = [
    # a route the article recommends: its button shows more
    ("线路推荐", "老街半日游线路", "从粮站食堂出发，沿青石板路走到老茶馆。", "查看地图", SCHOOL),
    # the article's own advice under 推荐, its button shows more
    ("专家推荐", "冬季饮食宜清淡", "少吃油炸食品，每天喝够温水。", "了解详情", COMMUNITY),
]


@pytest.mark.parametrize("label", ["推荐书目", "老师推荐"])
def test_the_articles_own_recommended_list_stays(label):
    items = ["《城南旧事》林海音著", "《呼兰河传》萧红著", "《边城》沈从文著"]
    html = f"<p><strong>{label}</strong></p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    text = _page_text("一篇文章的标题", _p(TEACHING[:3]) + [html] + _p(TEACHING[3:]))
    for item in items:
        assert item in text


@pytest.mark.parametrize("markup", range(len(BOX_MARKUPS)))
@pytest.mark.parametrize("box", range(len(OWN_RECOMMENDED)))
def test_a_recommending_box_that_shows_more_stays(markup, box):
    label, head, desc, button, article = OWN_RECOMMENDED[box]
    html = BOX_MARKUPS[markup](label, head, desc, button)
    text = _page_text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    assert desc in text


# --- a box whose call is a link the page marks as paid (rel="sponsored") ---------------------------------------------


def _tip_box(head: str, desc: str, button: str, rel: str) -> str:
    return (
        f'<div class="tip"><p>{head}</p><p>{desc}</p>'
        f'<a rel="{rel}" class="btn" href="https://x.example.com/d">{button}</a></div>'
    )


def _section_pick(head: str, desc: str, button: str, rel: str) -> str:
    return f'<section class="shop-pick"><h5>{head}</h5><p>{desc}</p><a rel="{rel}" href="https://x.example.com/e">{button}</a></section>'


def _strong_note(head: str, desc: str, button: str, rel: str) -> str:
    return (
        f'<div class="note-box"><strong>{head}</strong><p>{desc}</p>'
        f'<p><a rel="{rel}" class="button" href="/go/e">{button}</a></p></div>'
    )


PAID_BOXES = [
    ("街角书店", "三十年的老书店，藏书两万册。", "去看看", TEACHING),
    ("冬季暖手宝", "充一次电暖一整天，老人握着刚刚好。", "了解一下", COMMUNITY),
    ("老街手作糕點", "每日現烤，門市與線上同步供應。", "逛逛門市", RECIPE),
]
PAID_MARKUPS = [_tip_box, _section_pick, _strong_note]


@pytest.mark.parametrize("rel", ["sponsored", "nofollow sponsored"])
@pytest.mark.parametrize("markup", range(len(PAID_MARKUPS)))
@pytest.mark.parametrize("box", range(len(PAID_BOXES)))
def test_a_box_whose_call_is_a_paid_link_goes(box, markup, rel):
    head, desc, button, article = PAID_BOXES[box]
    html = PAID_MARKUPS[markup](head, desc, button, rel)
    text = _page_text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    assert head not in text and desc not in text
    for paragraph in article:
        assert paragraph in text


@pytest.mark.parametrize("rel", ["nofollow", "noopener noreferrer"])
@pytest.mark.parametrize("markup", range(len(PAID_MARKUPS)))
def test_the_texts_own_box_with_an_unpaid_link_stays(markup, rel):
    """The same boxes, their link not marked as paid: the text's own exercise box stays."""
    head, desc, button = "课堂练习", "完成课本第八十七页练习第一至三题。", "查看答案"
    html = PAID_MARKUPS[markup](head, desc, button, rel)
    text = _page_text("一篇文章的标题", _p(TEACHING[:3]) + [html] + _p(TEACHING[3:]))
    assert desc in text


# --- review of session 29 (second shift): the article's own lines in wrappers, which main kept ----------------------
# Each must stay on a bare line, glued after a paragraph and on a line of a look of its own. The review's inputs, and
# our own wordings of each class beside them.

# a date or a deadline (本周六, 本周五前, 本周内, 今晚七点), places let go first come (先到先得): a notice's, no sale's haste
NOTICE_TIMES = [
    "★ 本周六上午，社区将组织志愿者清扫老街，欢迎居民报名参加 ★",
    "【活动预告：本周六社区将举办义诊，欢迎居民报名】",
    "【报名截止时间为本周五，请各位家长抓紧报名】",
    "【报名时间：即日起至本周五，名额有限，先到先得】",
    "【重要提醒：请考生于本周五前登录报名系统完成缴费】",
    "❗ 本周内需登录“个人所得税”App完成年度汇算",
    "✿ 今晚七点，社区广场放映露天电影，欢迎街坊自带板凳报名观看 ✿",
    "〔本周日上午九点，图书室举办读书会，欢迎预约参加〕",
    "〔座位有限，先到先得，有意参加的居民请尽快报名〕",
]
# a safety line: the ask's own adverb (立即, 马上, 速) is no gain
SAFETY_LINES = [
    "→ 出现胸痛、大汗时，请立即拨打120 ←",
    "⚠ 闻到燃气味时，请马上开窗并拨打抢修电话 ⚠",
    "〔发现火情请速拨打119报警〕",
]
# a note's label, a time gone by, a report: the article's, the same guards on both paths
TOLD_LINES = [
    "〔注：凭老年证就餐可享八折，每人每天限一次〕",
    "★ 1958年，粮站开业当天全场八折，老人们至今记得 ★",
    "〔备注：会员卡充值满三百元另送五十元，以食堂公告为准〕",
    "✦ 据街道介绍，开业首月全场菜品半价，每天排起长队 ✦",
]
# an app or a mini program named as a service, a booking or a login on it: no sale
SERVICE_CHANNELS = [
    "【本周起，学生午餐可在“智慧校园”App预订】",
    "📱 景区实行分时预约，游客可在“游山西”小程序预约",
    "📅 报名时间：即日起至本周五，名额有限，先到先得",
    "〔居民可在“老街社区”公众号预约理发服务〕",
    "（★市民可关注“城东发布”公众号查询停水通知★）",
]
REVIEW_OWN = NOTICE_TIMES + SAFETY_LINES + TOLD_LINES + SERVICE_CHANNELS


@pytest.mark.parametrize("line", REVIEW_OWN)
def test_the_articles_own_wrapped_line_stays_on_a_bare_line(line):
    blocks = [Block(t) for t in BODY[:3]] + [Block(line)] + [Block(t) for t in BODY[3:]]
    kept, result = _strip(blocks)
    assert line in kept, result.removed


@pytest.mark.parametrize("line", REVIEW_OWN)
def test_the_articles_own_wrapped_line_stays_glued(line):
    blocks = [Block(t) for t in BODY[:2]] + [Block(BODY[2] + line)] + [Block(t) for t in BODY[3:]]
    kept, result = _strip(blocks)
    assert BODY[2] + line in kept, result.removed


@pytest.mark.parametrize("look", range(2))
@pytest.mark.parametrize("line", REVIEW_OWN)
def test_the_articles_own_wrapped_line_stays_in_a_page(line, look):
    text = _text(_page(LOOKS[look].format(line)))
    assert line in text, text


# a wrapper's opening part that is the article's own (a path of steps, a reference to its table) stays when a rule cuts
# the call after it
OWN_OPENINGS = [
    "→ 报名→审核→缴费！",
    "→ 详见附表！",
    "▶ 流程见下图！",
    "→ 登记→取号！",
    "→ 据街道介绍，今年共办三期！",
    "▶ 注：名单以公示为准！",
]


@pytest.mark.parametrize("opening", OWN_OPENINGS)
def test_the_articles_own_opening_before_a_cut_call_stays(opening):
    call = (
        "→ 关注公众号，回复“食堂”领取菜谱←"
        if opening.startswith("→")
        else "▶ 关注公众号，回复“食堂”领取菜谱◀"
    )
    blocks = [Block(t) for t in BODY[:2]] + [Block(BODY[2] + opening + call)] + [Block(t) for t in BODY[3:]]
    kept, result = _strip(blocks)
    assert any(k.startswith(BODY[2] + opening) for k in kept), (kept, result.removed)


# a box under 推荐 whose button shares, saves, prints or turns the page: no call to act on an offer
OWN_RECOMMENDED_BUTTONS = [
    ("专家推荐", "冬季饮食宜清淡", "少吃油炸食品，每天喝够温水。", "分享给家人", COMMUNITY),
    ("医生推荐", "每天步行三十分钟", "饭后半小时出门，走到微微出汗就好。", "收藏", COMMUNITY),
    ("老师推荐", "《城南旧事》", "林海音的童年回忆，适合三年级学生阅读。", "下一本", TEACHING),
    ("线路推荐", "老街半日游线路", "从粮站食堂出发，沿青石板路走到老茶馆。", "打印路线", SCHOOL),
]


@pytest.mark.parametrize("markup", range(len(BOX_MARKUPS)))
@pytest.mark.parametrize("box", range(len(OWN_RECOMMENDED_BUTTONS)))
def test_a_recommending_box_with_no_call_stays(markup, box):
    label, head, desc, button, article = OWN_RECOMMENDED_BUTTONS[box]
    html = BOX_MARKUPS[markup](label, head, desc, button)
    text = _page_text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    assert head in text and desc in text, text


# a review's item whose shop link is marked as paid: the author's own words stay
OWN_PAID = [
    ("电饭煲", "我家这台用了五年，煮粥很方便。", "京东"),
    ("保温杯", "我们试了三款，这一款保温时间最长。", "去看看"),
    ("老花鏡", "我爸戴了半年，說看報紙不累眼。", "天貓"),
]


@pytest.mark.parametrize("markup", range(len(PAID_MARKUPS)))
@pytest.mark.parametrize("item", range(len(OWN_PAID)))
def test_a_reviews_item_with_a_paid_link_stays(item, markup):
    head, desc, button = OWN_PAID[item]
    html = PAID_MARKUPS[markup](head, desc, button, "sponsored")
    text = _page_text("一篇文章的标题", _p(COMMUNITY[:3]) + [html] + _p(COMMUNITY[3:]))
    assert desc in text, text


# --- the word classes a wrapped ask is for, in our own wordings (the review's finding 8) ------------------------------

CLASSES = [
    # a fee waived
    "✿ 电动车以旧换新免押金，戳我预约 ✿",
    "〔助听器验配0服务费，欢迎到店咨询〕",
    # a price from
    "★ 上门修锁五块钱起，欢迎拨打热线预约 ★",
    "〔社区洗衣店干洗每件十元起，扫码下单〕",
    # a thing on sale, a sale's occasion, a letting or a franchise
    "◆ 冬季羽绒服新品上市，欢迎进店选购 ◆",
    "【街角奶茶店诚邀加盟，详询店长】",
    "※ 店庆促销，欢迎到店选购 ※",
    # a sale's haste: this week or tonight as the sale's span
    "✦ 本周特惠，欢迎进店选购 ✦",
]
CLASS_LOOKALIKES = [
    "〔公司股票于去年上市，详询证券部〕",
    "✿ 本周三起恢复营业，欢迎预约 ✿",
    "〔社区洗衣店每天早上八点开门，扫码即可查询取衣进度〕",
]


@pytest.mark.parametrize("line", CLASSES)
def test_a_wrapped_ask_for_an_offer_reads_so(line):
    inner = wrapped(line)
    assert inner is not None and wrapped_call(inner), inner


@pytest.mark.parametrize("line", CLASS_LOOKALIKES)
def test_a_wrapped_ask_with_no_offer_reads_not(line):
    inner = wrapped(line)
    assert inner is None or not wrapped_call(inner), inner


@pytest.mark.parametrize("line", CLASSES[::2])
def test_a_wrapped_ask_for_an_offer_goes_on_a_bare_line(line):
    blocks = [Block(t) for t in BODY[:3]] + [Block(line)] + [Block(t) for t in BODY[3:]]
    kept, result = _strip(blocks)
    assert line not in kept, result.removed
    assert all(t in kept for t in BODY), result.removed
