"""Promotions sold by a price, a time or an advert's label, with no call of a click, a frame or an arrow (issue 11,
session 20).

Three shapes, each read by where it stands and what it is made of, not by one page's words:

- a line that labels itself an advert in brackets at its start (（广告）, [推广], 〔赞助〕, 「廣告」, 【商业推广】, (AD),
  [Sponsored]): an advert whatever follows (``ad-labelled``), but for a part of a report or a plan headed by the word,
  its sentence about the label's own topic or closing with a stop and offering nothing (【广告】本季度共投放…);
- a live stream, a course or a camp sold by a token price for a trial (0.1元体验, 1元试听, 9.9元入营) or by a booking
  that wins the reader something (预约直播抽取…, 预约直播领取…), or a camp's gift (结营送…): ``cta-priced-trial``, a line
  of its own or the last sentence glued to a paragraph;
- a coupon or a cut (满100减20, 立减50元, 20元红包) with the call to collect it as the line's last clause (点击领券,
  戳“阅读原文”领取, 扫码领取): ``cta-coupon-claim``.

Look-alikes that stay: news of a live-streaming sale (直播带货 told as the story, its viewers and sales), a notice's fee
row (学费 3800元/年), a report quoting a price (标价380元), a school's open day with its time and booking, a
consumer-voucher policy explaining 满100减20 and how residents collect it, a plan's part headed 【推广】.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


def _removed(*blocks: Block):
    return strip_blocks([Block(PROSE * 3), *blocks, Block(PROSE * 3)], bundled_rules(), "标题").removed


@pytest.mark.parametrize(
    "line",
    [
        "（广告）考研政治冲刺班¥299，押题卷+直播串讲全程陪跑",
        "[推广]云栖民宿双人房周末特惠，含早餐和温泉票",
        "〔赞助〕青禾有机牛奶 12盒装 到手价59.9元",
        "「廣告」雅思口語一對一外教課，首課免費",
        "【商业推广】安心保百万医疗险，每月仅需9元起",
        "(AD) 极光智能手表 新品首发 12期免息",
        "［Sponsored］晨光文具开学季套装，全国包邮",
        "〖推廣〗山居茶舍秋季新茶上市，老客回購享九折",
        "【广告】会计实操全套视频课 ¥168/年",
    ],
)
def test_a_line_labelled_an_advert_in_brackets_goes_whatever_follows(line):
    assert [(r.rule, r.text) for r in _removed(Block(line))] == [("ad-labelled", line)]


@pytest.mark.parametrize(
    ("paragraph", "advert"),
    [
        ("填好后点击右上角的【提交】。", "（广告）个税汇算答疑课 ¥99/年，专家逐项讲解"),
        ("記得每年複查一次。", "「廣告」護眼檯燈雙十一到手價299元"),
        ("这一步最容易漏填。", "[推广] 会计实操训练营，0元试学三天"),
    ],
)
def test_an_advert_label_glued_after_a_paragraph_goes_alone(paragraph, advert):
    block = Block(PROSE + paragraph + " " + advert)
    result = strip_blocks([Block(PROSE * 3), block, Block(PROSE * 3)], bundled_rules(), "标题")
    assert [(r.rule, r.text.strip()) for r in result.removed] == [("ad-labelled", advert)]
    assert result.blocks[1].text.strip() == PROSE + paragraph


@pytest.mark.parametrize(
    "line",
    [
        "【广告】本季度共投放公交站牌广告12块，覆盖主城区主要线路。",  # a plan's part on the label's own topic
        "【推广】线上在抖音、小红书发布探店视频，线下在商圈发放传单。",  # a plan's part: a sentence, nothing offered
        "（推广）推广预算共5万元，其中线上投放占六成。",
        "【赞助】本次比赛的赞助商为三家本地企业。",
        "（广告）一词在古代汉语中并不存在，是近代从日语借来的。",
    ],
)
def test_a_part_headed_by_the_label_on_its_own_topic_stays(line):
    assert _removed(Block(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "【直播提醒】3月8日20:00抖音直播《春季过敏怎么办》，皮肤科主任连线答疑，预约直播抽取免费过敏原检测",
        "青橙学堂·Excel函数速成营7天直播带练，0.1元入营，结营送300套财务模板",
        "公考申论1元试听｜大作文+小题精讲，名师手把手批改",
        "【直播預告】12月12日19:30視頻號直播《兒童近視防控》，眼科醫生線上答疑，預約直播抽取免費驗光名額",
        "小学奥数思维课9.9元体验5节，报名送全套练习册，1.8万家长已报名",
        "雅思写作冲刺营 1元试学3天 ｜ 考官逐句精批",
        "🎧本周日晚7点，「听松」读书直播间共读《额尔古纳河右岸》，预约直播领取15元购书券",
        "書法入門直播課0.99元體驗，結課送字帖一套",
    ],
)
def test_a_live_or_course_sold_by_a_price_or_a_booking_goes(line):
    assert [(r.rule, r.text) for r in _removed(Block(line))] == [("cta-priced-trial", line)]


def test_a_course_cards_title_and_count_go_with_its_priced_line():
    card = [
        Block("青橙学堂 · 财务建模特训营"),
        Block("7天直播带练，1元体验，结营送模板包"),
        Block("1.2万学员已报名"),
    ]
    removed = _removed(*card)
    assert [(r.rule, r.text) for r in removed] == [("cta-priced-trial", b.text) for b in card]


@pytest.mark.parametrize(
    ("paragraph", "offer"),
    [
        (
            "读完这本书，我对故乡有了新的理解。",
            "🎧本周日晚7点，「听松」读书直播间共读《额尔古纳河右岸》，预约直播领取15元购书券",
        ),
        ("冬天锻炼要注意保暖，循序渐进。", "📺周五晚8点健康直播间，营养师讲冬季进补，预约直播抽取体检套餐"),
        (
            "这些函数在日常报表中最常用。",
            "青橙学堂·Excel函数速成营7天直播带练，0.1元入营，结营送300套财务模板",
        ),
        ("書寫時要注意筆順和結構。", "書法入門直播課0.99元體驗，結課送字帖一套"),
    ],
)
def test_a_priced_live_or_course_glued_after_a_paragraph_goes_alone(paragraph, offer):
    block = Block(PROSE + paragraph + offer)
    result = strip_blocks([Block(PROSE * 3), block, Block(PROSE * 3)], bundled_rules(), "标题")
    assert [(r.rule, r.text) for r in result.removed] == [("cta-priced-trial", offer)]
    assert result.blocks[1].text == PROSE + paragraph


@pytest.mark.parametrize(
    "line",
    [
        "云溪生活小程序 · 国庆消费券满200减30，戳“阅读原文”领取",
        "江南小馆限时立减50元，点击领券",
        "溫泉酒店雙人套餐立減200元，點擊領券",
        "书香书城开学季满99减15，扫码领取优惠券",
        "鲜果到家新人专享20元红包，点此领取",
        "楓林咖啡 週末滿100減20，戳「閱讀原文」領取",
    ],
)
def test_a_coupon_with_its_call_to_collect_goes(line):
    assert [(r.rule, r.text) for r in _removed(Block(line))] == [("cta-coupon-claim", line)]


def test_a_coupon_cards_header_goes_with_its_call():
    card = [Block("鲜果到家小程序"), Block("鲜果到家新人专享20元红包，点此领取")]
    assert [(r.rule, r.text) for r in _removed(*card)] == [("cta-coupon-claim", b.text) for b in card]


@pytest.mark.parametrize(
    "prose",
    [
        # news of a live-streaming sale: the story's subject, its viewers and its sales
        "昨晚，副县长走进直播间为本地脐橙带货，3小时销售额突破120万元，不少网友预约直播后抽到了优惠券。",
        "电商平台推出“1元秒杀”活动吸引消费者，专家提醒理性消费。",
        "活动期间，预约直播的观众可抽取免费体检名额，共送出500个名额。",
        # a story of one tried
        "他花1元体验了一节瑜伽课，觉得还不错。",
        "去年我报名了一个写作训练营，结营送了一本书。",
        # a notice's fee rows and a school's own course
        "学费 3800元/年",
        "住宿费：1200元/年",
        "本学期开设书法兴趣班，每周三下午上课，学费每学期600元，报名截止3月1日。",
        # a report quoting a price
        "记者在商场看到，这款电饭煲标价380元，比去年同期便宜了60元。",
        # a school's open day with its time and booking
        "5月18日9:00学校举办校园开放日，欢迎家长预约参观，届时将有老师现场答疑。",
        "市图书馆将于周六晚8点举办线上读书会直播，读者可通过图书馆公众号预约观看。",
        # a consumer-voucher policy explaining 满100减20 and how to collect it
        "本轮消费券为满减券，消费者在活动商户消费满100元可减20元，即“满100减20”，每人每周可领取一次。",
        "市民可通过“云闪付”APP点击领取消费券，领取后7日内有效。",
        "该市发放的消费券可在超市、餐饮等商户使用，满100减20。",
        "在订单页点击“领券”，再选择满减券即可。",
        "本轮消費券為滿減券，消費者在活動商戶消費滿100元可減20元，每人每週可領取一次。",
        # a consumer article's sentences telling of a trial price or a camp's gift, closed by a stop (review rv3)
        "不少培训机构以“1元试听课”为噱头吸引家长报名，随后诱导签订高价合同。",
        "1元試聽課背後，是一套精心設計的收割流程。",
        "该课程原价3980元，学员可先以9.9元体验三节课，满意后再决定是否续报。",
        "这种“结营送模板”的套路，本质上是拉新手段。",
        # a gift named as a thing (送的, with no stop), not offered
        "老师说，报名送的练习册要带来上课",
        "结课送的字帖，孩子一直舍不得用",
    ],
)
def test_news_a_fee_a_price_an_open_day_and_a_voucher_policy_stay(prose):
    assert _removed(Block(prose)) == []


def test_a_health_sites_article_loses_its_priced_promotions_and_keeps_its_text():
    page = read_shape("priced_offer_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer, rule in (
        ("（广告）中医养生茶饮课¥199/年，四季调理全套视频", "ad-labelled"),
        (
            "【直播提醒】1月9日19:30视频号直播《冬季关节养护》，骨科专家在线答疑，预约直播抽取免费骨密度检测",
            "cta-priced-trial",
        ),
        ("本草学堂·八段锦入门营5天直播带练，0.1元体验，结营送教学视频全集", "cta-priced-trial"),
        ("📺周六晚8点，「杏林」健康直播间讲冬季进补，预约直播领取30元问诊券", "cta-priced-trial"),
        ("康宁药房小程序 · 冬季健康券满100减20，戳“阅读原文”领取", "cta-coupon-claim"),
    ):
        assert removed.get(offer) == rule, offer
    text = sections_text(page)
    for prose in (
        "冬季是关节疼痛的高发季节。",
        "每天坚持练习十五分钟即可。",
        "出现关节红肿要及时就医。",
        "注意保暖，避免久坐。",
    ):
        assert prose in text, prose
    for word in ("广告", "预约直播", "0.1元", "满100减20"):
        assert word not in text, word


def test_a_report_on_a_live_sale_fees_and_vouchers_keeps_every_sentence():
    page = read_shape("priced_offer_lookalikes")
    assert [(r.rule, r.text) for r in page.article.removed] == []
    text = sections_text(page)
    for line in ("直播间为本地脐橙带货", "学费 3800元/年", "标价380元", "欢迎家长预约参观", "即“满100减20”"):
        assert line in text, line
