"""Commercial offers with no hook inside the text (issue 11, session 19): an AI tool, an app, a mini program, a course
trial, a membership or a goods card offered to the reader with no click word, no frame and no arrow.

What such an offer is made of (``cta-tool-offer``'s cues, rules.toml): what the reader gets, a tool's promise of
input and output (输入X，一键生成Y; 告诉我X，20秒规划Y; 输入X立即推荐Y), an app or a mini program to open, a course's
0元 trial, an AI tool's button (``cta-tool-button``); and where a call stands: the line opens with the product's
label (【…】, a tool's name: AI总结助手, …小程序) or ends in its button's text after a space (… 免费生成, … 开始规划),
its last clause is its terms (，0元预约试听, ，领10元读书券), or it opens by telling the reader to open or get the
app for a gain (打开…APP，领…; （下载…App，解锁…）). Glued after a paragraph's last sentence, only the offer goes.
A goods card whose name is the article's own topic still goes when it names its sales (券后, 已售: promos.py), and a
mini-program card that sells (its shop, title and footer tag 小程序 run into one line: ``ad-miniprogram-card``).

Pages of our own (tests/fixtures/shapes):

- unhooked_offer_calls: a 范文 site's work summary with tool boxes, glued app, mini-program and button calls and a
  course box between its paragraphs.
- goods_card_in_news: a news report on a tea harvest with a shop's card for the same tea (券后 ￥98 已售3.6万件).
- unhooked_offer_lookalikes: a report about AI tools in class: a tool's promise told (宣称…一键生成…), a membership
  fee, a shopping assistant told of, a heading naming the AI button, a tutorial's step (输入标题，一键生成目录), a
  bureau's notice to download its app, a consumer's prices (每台售价480元): all the article's.
"""

from __future__ import annotations

import pytest
from conftest import read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import load_rules, strip_blocks


def test_a_work_summarys_tool_app_and_course_offers_go_and_its_paragraphs_stay():
    page = read_shape("unhooked_offer_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer in (
        "AI总结助手 输入岗位和年限，一键生成年度工作总结，5秒出稿 免费生成",  # a tool's name and its button
        "AI扩写",  # an AI tool's button glued after the paragraph's last sentence
        "【亲子绘本测评】小程序，输入孩子年龄立即推荐书单",  # glued, its label opening it
        "【AI改稿】上传初稿，一键润色成正式公文，每天免费5次 立即使用",
        "打开青柚阅读APP，领10元读书券",  # glued: open the app for a gain
        "1对1公文写作提升营：名师逐句精改，10天写出合格总结，0元预约试听",  # a course's 0元 trial
        "（下载山海日报App，解锁全部独家报道）",  # glued, in brackets
        "AI行程助手：告诉我出发城市和天数，20秒规划专属行程 开始规划",
        "青柚书店年度阅读会员 限时6折 ¥88/年，每月寄一本新书小程序",  # a mini-program card (ad-miniprogram-card)
    ):
        assert removed.get(offer, "").startswith(("cta-", "ad-")), offer
    text = sections_text(page)
    for prose in (  # the sentences the offers were glued to stay whole
        "居民找书的时间明显缩短了。",
        "希望以后能继续参加。",
        "都要拉着我的手聊上好一会儿。",
        "对借阅系统的统计功能掌握得还不够熟练。",
        "让图书室更好地为居民服务。",
    ):
        assert prose in text
    for word in ("一键", "APP", "App", "小程序", "0元", "AI"):
        assert word not in text, word


def test_a_shops_goods_card_on_the_articles_own_topic_goes():
    page = read_shape("goods_card_in_news")
    removed = {r.text: r.rule for r in page.article.removed}
    assert removed.get("江岭优选 云岭高山红茶 200g罐装") == "promo-box"
    assert removed.get("券后 ￥98 已售3.6万件") == "promo-box"
    text = sections_text(page)
    assert "特级红茶收购价在每斤480元左右" in text  # a price the report tells
    assert "慢慢积累了一批回头客。" in text


def test_a_report_about_ai_tools_apps_and_fees_keeps_its_sentences():
    page = read_shape("unhooked_offer_lookalikes")
    assert [r.rule for r in page.article.removed] == []
    text = sections_text(page)
    for line in (
        "老师只要输入课题，一键生成教案和课件，每天可免费使用3次。",
        "年费为每人199元",
        "用户告诉它户型和预算，30秒就能推荐几款扫地机。",
        "首发价只要1499元",
        "AI续写",  # the heading naming the button
        "输入标题，一键生成目录。",
        "家长可下载“江城教育”App，领取孩子的电子学生证",
        "有的首月0元、次月起每月39元",
        "某款点读笔每台售价480元",
    ):
        assert line in text, line


PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


@pytest.mark.parametrize(
    "offer",
    [
        "AI写作助手 输入主题和年级，一键生成国旗下讲话稿，3秒出稿 免费生成",
        "AI选购助手：告诉我户型和预算，30秒推荐适合你的扫地机 开始对话",
        "【装修报价计算器】小程序，输入面积立即估价",
        "【AI备课】输入课题，一键生成教案+PPT课件+课堂练习，每天免费3次 立即生成",  # 练习 in an offer's list
        "中考作文提分营：名师逐句精批，7天掌握细节描写，0元预约试听",
        "打开东岸新闻APP，领5元打车券",
        "（下载远山周刊App，解锁全部深度报道）",
        "打开“东岸新闻”APP，领5元打车券",  # a quoted app name, a sum to get: still an advert (review rv3)
        "【AI写作助手】输入题目，一键生成范文，新用户免费3次",  # 新用户 is the terms' word, no user told of (rv3)
        "下载“山海日报”App，解锁全部独家报道",
        "—— 短视频剪辑训练营：手把手教你剪片，新人首课0元，阅读原文报名 ——",  # framed round its 0元 trial
    ],
)
def test_an_offer_with_no_hook_on_a_line_of_its_own_goes(offer):
    result = strip_blocks([Block(PROSE * 3), Block(offer), Block(PROSE * 3)], load_rules(), "标题")
    assert [r.text for r in result.removed] == [offer]
    assert result.removed[0].rule.startswith("cta-")


@pytest.mark.parametrize(
    ("paragraph", "offer"),
    [
        ("请合理安排出行时间，提前到站候车。", "打开东陵融媒APP，领5元打车券"),
        ("他说：“以后凡是让你掏钱的，先问问老师。”", "（下载远山周刊App，解锁全部深度报道）"),
        ("帮助11户家庭申请了临时救助等政策待遇。", "AI续写"),
        ("建议大家把插座位置在图纸上定死。", "【滨江装修报价计算器】小程序，输入面积立即估价"),
    ],
)
def test_an_offer_glued_after_a_paragraphs_last_sentence_goes_alone(paragraph, offer):
    block = Block(PROSE + paragraph + offer, link_density=len(offer) / len(PROSE + paragraph + offer))
    result = strip_blocks([Block(PROSE * 3), block, Block(PROSE * 3)], load_rules(), "标题")
    assert [r.text for r in result.removed] == [offer]
    assert result.blocks[1].text == PROSE + paragraph


@pytest.mark.parametrize(
    "prose",
    [
        "3. 在“引用”选项卡中输入标题，一键生成目录。",  # a tutorial's step
        "输入标题，一键生成目录",  # a tutorial's step as a line of its own: no label, no button, no terms
        "打开手机App，点击右上角的“扫一扫”。",  # a how-to's step: no gain offered
        "打开支付宝App，点击首页的扫一扫，即可付款。",
        "打开文档，一键生成目录，再调整格式。",
        "【AI助手】使用指南",  # a heading: a label and a topic, no offer's clause
        "【小程序】打开微信，搜索“江城公交”，即可查询到站时间。",  # a how-to's step
        "请居民下载“皖事通”APP，领取电子社保卡。",  # a notice to residents
        "该超市会员年费199元，首年可享九五折。",  # a report of a membership fee
        "首发价 1699元 1499元 1799元",  # a review's table row of launch prices
        "目前合作社的特级绿茶收购价在每斤480元左右。",
        "这款AI写作助手输入题目就能一键生成作文，但质量参差不齐。",  # an article about an AI tool
        "AI写作",  # a heading naming a topic, no button's act
        "——0元起步的创业故事——",  # a framed heading: 0元 tells of a story, no trial offered
        # a notice's step naming the public service's app in quotation marks and the service it gives (review rv3)
        "打开“江城教育”APP，领取课后服务补贴",
        "打开“江城教育”APP，领取课后服务补贴。",
        "下载“个人所得税”APP，享受专项附加扣除",
        "下載“個人所得稅”APP，享受專項附加扣除",
        "打开“云闪付”APP，领取消费券；",
        "打开“浙里办”APP，申领电子居住证",
        # a news line or heading under its dateline or column label telling of a tool's promise (review rv3)
        "【AI前沿】输入一句话，一键生成视频，国产大模型再升级",
        "【本报讯】输入一句话，一键生成一段高清视频，这家杭州企业发布的新模型引发关注",
        "【科技快讯】上传一张照片，10秒生成3D模型，某高校团队成果亮相",
        "【新华社】输入一句话，一键生成视频，国产大模型再升级",
    ],
)
def test_a_sentence_telling_of_a_tool_an_app_or_a_price_stays(prose):
    result = strip_blocks([Block(PROSE * 3), Block(prose), Block(PROSE * 3)], load_rules(), "标题")
    assert result.removed == []


# A mini-program card in the text (ad-miniprogram-card): its shop, its title and its footer tag run into one line.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("稻禾小店年度读书会员 限时5折 ¥99/年，每月寄一本好书小程序", "ad-miniprogram-card"),
        ("山野书店新书7折 ¥39起，包邮到家小程序", "ad-miniprogram-card"),
        ("优惠券可在“江城公交”小程序", None),  # where to find it: after a quotation
        ("第三步：领取优惠券后打开小程序", None),  # a step: after a verb
        ("本店会员卡8折，详情见店铺的小程序", None),
        # a sentence (its stop) is no card; standing alone between paragraphs it is an advert line of its own (session 25)
        ("会员限时5折，可在小程序下单。", "cta-own-line"),
        # review rv3: a heading or a line naming a mini program as a noun, its words run with no white space between a
        # card's fields, or after 了 or a measure word (这个, …类)
        ("0元购背后的套路：起底诱导分享类小程序", None),
        ("优惠券骗局盯上了小程序", None),
        ("免费领取的健康码 为何变成了收费小程序", None),
        ("市民可享受8折优惠，入口为微信小程序", None),
        ("图书馆借阅免费，预约入口：图书馆微信小程序", None),
        ("特价机票的陷阱 藏在这类小程序", None),
        ("青柚书店 新书5折 ¥29起 包邮小程序", "ad-miniprogram-card"),
        ("稻禾小店年度讀書會員 限時5折 ¥99/年，每月寄一本好書小程序", "ad-miniprogram-card"),
    ],
)
def test_a_mini_program_card_that_sells_goes(line, rule):
    result = strip_blocks([Block(PROSE * 3), Block(line), Block(PROSE * 3)], load_rules(), "标题")
    assert [r.rule for r in result.removed] == ([rule] if rule else [])


def test_a_bold_line_naming_the_ai_act_over_the_paragraph_on_it_stays():
    """A teacher's essay sets its part's heading in bold (<p><strong>AI续写</strong></p>), no <h3>: a heading of the
    text's prose as _keep_headings reads one, not a button (review rv3). Plain, the same line between paragraphs is
    still the tool's button."""
    body = Block("AI续写是指让学生先写开头，再让机器接着写，学生对照修改，我在课堂上试过三次，效果各不相同。")
    result = strip_blocks(
        [Block(PROSE * 3), Block("AI续写", bold=True), body, Block(PROSE * 3)], load_rules(), "标题"
    )
    assert result.removed == []
    result = strip_blocks([Block(PROSE * 3), Block("AI续写"), Block(PROSE * 3)], load_rules(), "标题")
    assert [r.rule for r in result.removed] == ["cta-tool-button"]
