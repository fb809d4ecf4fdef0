"""Offers glued after a paragraph behind an opening mark, with no price or gain (session 26, issue 11).

A site glues its call after the paragraph's last sentence behind a mark that opens it: a dash (——…, ——…——), an arrow
(→ ➤ 👉) or a bracket (（…）, 【…】) closing the paragraph. What it says is addressed to the reader, not the paragraph's
subject: an imperative opening a clause (关注, 追蹤, 订阅, 私信, 加入, 搜, 点赞+收藏), a reader addressed (需要…的私信我) or a
wish asked (想系统学？) and a channel to act on (an account, a video channel, a group, a 知识星球, a live, a DM). No price
or gain is needed: the mark and the ask are where an offer stands. (fanwen/strip/marks.py, cta-offer-tail.)

The article's own stay: a dash in prose (——他说, 一个目标——…), a dash-led explanation of the sentence, an arrow in
steps (设置→隐私→…), a bracket with the article's own note ((见图1), （记者 王某）, （下同）, （单位：元）, （来源：…）), a channel
told as the story's news (警方提醒…关注…公众号, 在小红书上看到…), a public body's own service account in a notice. Our own
wordings, none of a fixture's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import fold, strip_blocks
from fanwen.strip.marks import marked_tail
from fanwen.strip.tails import OFFER_TAIL

RULES = bundled_rules()
TITLE = "老街坊的年夜饭"
BEFORE = "腊月二十八，巷口的王阿姨家就开始忙活了，灶台上炖着肘子，案板上摆满了切好的冬笋和腊肉。"
AFTER = "到了除夕夜，一家人围坐在一起，窗外的烟花一朵接一朵，屋里满是说笑声。"
# Paragraphs the calls are glued after: a story's, a how-to's, a traditional-script one, each closing with its stop.
STORY = "今年的年夜饭一共十二道菜，最受欢迎的还是王阿姨拿手的八宝鸭，鸭肚子里塞满了糯米、莲子和香菇。"
HOWTO = "八宝鸭要先把鸭子整只脱骨，再把泡好的糯米和配料塞进去，用棉线缝好口，上锅蒸足三个小时。"
STORY_TW = "今年的年夜飯一共十二道菜，最受歡迎的還是王阿姨拿手的八寶鴨，鴨肚子裡塞滿了糯米、蓮子和香菇。"


def _strip(line: str):
    result = strip_blocks([Block(BEFORE), Block(line), Block(AFTER)], RULES, TITLE)
    return [b.text for b in result.blocks], result


def _goes(paragraph: str, call: str) -> None:
    line = paragraph + call
    # read as one call whatever rule takes it first on a page
    assert marked_tail(line, fold(line)) == len(paragraph)
    kept, result = _strip(line)
    assert paragraph in kept, kept
    assert not any(call.strip() in line for line in kept), kept
    assert any(r.text == call.strip() for r in result.removed), result.removed


def _stays(line: str) -> None:
    assert marked_tail(line, fold(line)) is None
    kept, result = _strip(line)
    assert line in kept, (kept, result.removed)
    assert not any(r.rule == OFFER_TAIL for r in result.removed)


def _paragraph(call: str) -> str:
    if any(c in call for c in "們關註頻訊搜尋帳號"):
        return STORY_TW
    return STORY


DASHED = [
    "——关注我们的视频号“巷口烟火”，每周三晚直播做家常菜",
    "——想学更多年菜？订阅我们的播客频道“夜话厨房”——",
    "——追蹤我們的Facebook粉絲專頁「好食光」，每週分享新食譜",
    "——喜欢这类故事的朋友，可以关注我的B站账号“老周讲吃”——",
    "——想系统学做菜？周六晚8点直播间开讲《家宴十二道》——",
]
ARROWED = [
    "→ 私信小编回复“年菜”，获取完整菜谱电子版",
    "👉 关注公众号“慢火小厨”，后台回复“八宝鸭”看视频",
    "➤ 加入我们的美食交流群，和大家一起晒年夜饭",
    "➡️ 搜索小红书“阿满的厨房”看完整做法",
    "→ 追蹤我們的IG帳號「小島日常」看更多照片",
]
BRACKETED = [
    "（想要完整菜谱的朋友，私信我即可）",
    "（点赞+在看，过年做菜不迷路！）",
    "【更多年菜做法，欢迎加入知识星球“厨房研究所”】",
    "（视频版我发在抖音上了，搜“阿满的厨房”就能找到）",
    "（關注我們的YouTube頻道，每週五晚上直播示範）",
    "（需要电子版的可以私信我）",
]


@pytest.mark.parametrize("call", DASHED)
def test_a_dash_opened_call_on_a_channel_goes(call):
    _goes(_paragraph(call), call)


@pytest.mark.parametrize("call", ARROWED)
def test_an_arrow_opened_call_on_a_channel_goes(call):
    _goes(_paragraph(call), call)


@pytest.mark.parametrize("call", BRACKETED)
def test_a_bracketed_call_on_a_channel_goes(call):
    _goes(_paragraph(call), call)


@pytest.mark.parametrize("call", ["——关注我们的视频号“巷口烟火”，每周三晚直播", "（需要电子版的可以私信我）"])
def test_a_call_glued_after_a_how_to_step_goes(call):
    _goes(HOWTO, call)


# A dash in prose: a speaker after it, a goal explained, a quotation's author, a dash-led explanation of the sentence
# (its 关注 or its channel the story's, no call to the reader).
DASH_PROSE = [
    STORY + "——他说，那年的雪比现在大得多。",
    "巷子里的老人们有一个共同的心愿——让孩子们过年都能回家吃上一顿团圆饭。",
    "王阿姨常挂在嘴边的一句话是：“饭要一起吃才香。”——这也是她坚持做年夜饭的原因。",
    "这一年，王阿姨学会了两件事。——关注身边的人，珍惜眼前的时光。",
    "去年儿子给她开了一个抖音账号。——从此，她的直播间成了整条巷子最热闹的地方。",
    "“民以食为天。”——这句老话，在王阿姨的厨房里有了最生动的注解。",
    "八宝鸭的做法是王阿姨从婆婆那里学来的。——先脱骨，再塞料，最后蒸足三个小时。",
]
# An arrow in steps: mid-sentence, a flow, a how-to's step after a stop, a public platform's search.
ARROW_STEPS = [
    "给老人的手机设置大字体并不难，打开手机设置→显示→字体大小，拖到最大即可。",
    "社区养老服务的办理流程是网上申请→窗口受理→上门评估→发放补贴，全程不超过十个工作日。",
    "视频通话的操作路径如下。→ 打开“设置”，点击“通用”，再点击“关于本机”",
    "办理居住证可以在网上完成，不用跑窗口。→ 登录“青禾政务服务网”，搜索“居住证”，按提示填写",
]
# A bracket with the article's own note: a figure, a credit, a convention, a unit, a source (a channel's among them),
# a museum's holding, a count told.
OWN_NOTES = [
    STORY + "（见图1）",
    STORY + "（记者 王某）",
    STORY + "（下同）",
    "这一桌年夜饭的花费明细如下，肉类占了一半以上。（单位：元）",
    "这只清代的青花八宝纹盘，画的正是当年的八宝鸭。（收藏于青禾县博物馆）",
    "王阿姨做八宝鸭的视频在网上火了。（点赞数已超过10万）",
]
# A channel as the story's news: a police reminder reported, a story of finding a shop, a third person's account.
CHANNEL_NEWS = [
    "年关将近，以“年货优惠”为名的诈骗案件有所增多。（警方提醒，广大市民可关注“平安青禾”公众号了解反诈知识）",
    "年关将近，以“年货优惠”为名的诈骗案件有所增多。——警方提醒：关注“平安青禾”公众号，及时了解最新骗局。",
    "我是在小红书上看到这家老字号的，专门坐了一小时公交去买。（后来我还关注了店主的抖音账号）",
    "有一回我在菜市场门口拍了一张老字号的木牌，发到网上问大家这是哪一家。（后来我把照片发到了小红书上，收获了不少点赞）",
    "为了找这道菜的老做法，王阿姨的儿子翻了好几本菜谱。——搜遍了整个家长群，也没人知道。",
    "王阿姨的女儿如今也成了美食博主，年夜饭的视频每年都有人等着看。（她的视频号“乡村阿秀”已有十万粉丝）",
]
# A public body's own service account in a notice: its office, an official account, a service to do on it.
PUBLIC_SERVICE = [
    "春节期间各社区食堂照常营业，为辖区老人提供年夜饭预订服务。——详情请关注县民政局官方微信公众号“青禾民政”",
    "春节期间各社区食堂照常营业，为辖区老人提供年夜饭预订服务。（关注“青禾民政”公众号，可在线办理预订）",
    "春节期间各社区食堂照常营业，为辖区老人提供年夜饭预订服务。——关注“青禾人社”公众号，可在线办理社保查询业务",
    "春节期间各社区食堂照常营业，为辖区老人提供年夜饭预订服务。【关注“青禾发布”政务新媒体，获取权威信息】",
    "春节期间各社区食堂照常营业，为辖区老人提供年夜饭预订服务。→ 关注“青禾发布”公众号，点击“办事服务”即可查询",
]


@pytest.mark.parametrize("line", DASH_PROSE)
def test_a_dash_in_prose_stays(line):
    _stays(line)


@pytest.mark.parametrize("line", ARROW_STEPS)
def test_an_arrow_in_steps_stays(line):
    _stays(line)


@pytest.mark.parametrize("line", OWN_NOTES)
def test_a_bracket_with_the_articles_own_note_stays(line):
    _stays(line)


@pytest.mark.parametrize("line", CHANNEL_NEWS)
def test_a_channel_told_as_news_stays(line):
    _stays(line)


@pytest.mark.parametrize("line", PUBLIC_SERVICE)
def test_a_public_bodys_service_account_stays(line):
    _stays(line)


# Notes other rules read by their label (notice-source: a source in brackets; notice-follow: a follow notice in
# brackets) are no call behind a mark either: a source names a channel with no act, a public body's notice serves.
OTHER_RULES_NOTES = [
    STORY + "（来源：青禾县统计局）",
    STORY + "（来源：小红书用户“阿满”）",
    "春节期间各社区食堂照常营业，为辖区老人提供年夜饭预订服务。（详情请关注县民政局官方微信公众号“青禾民政”）",
]


@pytest.mark.parametrize("line", OTHER_RULES_NOTES)
def test_a_note_other_rules_read_is_no_marked_call(line):
    assert marked_tail(line, fold(line)) is None
    _kept, result = _strip(line)
    assert not any(r.rule == OFFER_TAIL for r in result.removed)
