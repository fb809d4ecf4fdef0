"""Offers glued after a paragraph that close with their own stop (session 24, issue 11; fanwen/strip/tails.py).

The paragraph's last sentence, read as the stopless tail is: a gain for the reader and its channel or an ask, in a
paragraph that tells no gain of its own, goes; the paragraph stays. The article's own last sentences that share its
words (a report of a shop's discount, a notice's registration step, a government app's service, a charity's donation
channel, a teacher's course, a reviewer's deal) stay. Our own wordings, none of a fixture's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULES = bundled_rules()
BEFORE = "溪口镇的老粮站改成了社区活动中心，楼上是阅览室，楼下是排练厅，每天都有居民来这里下棋唱戏。"
AFTER = "活动中心的门口种了一排银杏，到了深秋，满地金黄，成了镇上最受欢迎的拍照地点。"


def _strip(line: str, title: str = "老粮站里的新生活"):
    result = strip_blocks([Block(BEFORE), Block(line), Block(AFTER)], RULES, title)
    return [b.text for b in result.blocks], result


# A paragraph's sentences, and the offer glued after them, closing with its own stop.
GLUED = [
    (
        "排练厅的木地板是去年新铺的，跳广场舞的阿姨们都说踩上去不累脚。",
        "下载“邻里帮”APP，每天签到领5元话费券。",
    ),
    (
        "阅览室里最抢手的是几套地方志，常常要提前一天登记才能借到。",
        "（开通年卡立享7折，本站全部乡土资料PDF免费下载，活动截至6月30日。）",
    ),
    (
        "下棋的老人里，年纪最大的已经九十一岁，每天上午都要杀上三盘。",
        "今晚八点直播间开抢，紫砂茶具满300减50，下单再赠茶宠一只！",
    ),
    (
        "傍晚的时候，戏曲班在楼下排练，锣鼓声半条街都能听见。",
        "关注“镇上新鲜事”视频号，评论区留言抽取50份电影票。",
    ),
    (
        "小孩们最喜欢二楼角落的绘本区，地上铺着软垫，可以随意坐着看。",
        "想要同款收纳书架？进入“小窝”商城，新人首单半价！",
    ),
    ("每逢週末，樓下的排練廳總是擠滿了來學太極的長輩。", "加入「好食光」LINE好友，首購即贈折價券一張。"),
    (
        "楼道的墙上挂满了老照片，记录着粮站几十年的变迁。",
        "本站老照片高清合集已上架会员专区，年卡会员可一键下载原图。",
    ),
]


@pytest.mark.parametrize(("sentence", "offer"), GLUED)
def test_an_offer_closing_with_its_own_stop_goes_and_the_paragraph_stays(sentence, offer):
    kept, result = _strip(sentence + offer)
    assert sentence in kept
    assert not any(offer in line for line in kept)
    assert any(offer in r.text for r in result.removed)


LOOK_ALIKES = [
    # a news report on a shop's discount: the paragraph tells the gain, or the story's people use it
    "商场负责人介绍，店庆期间共有三十多个品牌参与。活动期间，顾客在商场APP领取的满减券可叠加使用。",
    "今年的年货节共设摊位两百多个。市民在现场扫码进入主办方小程序，即可领取一份春联。",
    "据市商务局统计，节前猪肉价格有所回落。超市里的排骨目前每斤26元，会员还能打9折。",
    "店庆当天，全场商品满200元减30元。扫描店内二维码下载商城APP注册，还可再领10元无门槛券。",
    # a school notice's registration step
    "报名时间为9月1日至5日。家长可登录学校官网或扫描下方二维码填写报名信息，报名免费。",
    "本学期课后服务由学校统一安排。家长可在学校小程序报名，课后服务全程免费。",
    # a government app's service
    "即日起，全市社保业务均可在网上办理。市民下载“鹭城通”APP后，实名认证即可免费查询缴费记录。",
    "第二批消费券将于本周五上午10点发放。市民可在“惠购”小程序领取，每人限领一张。",
    "市文旅局推出的“游鹭城”小程序昨日上线。打开小程序可查看全市景区的实时客流，部分景区门票还可享8折。",
    "医院自10月起推行预约诊疗。患者可通过医院公众号预约挂号，首次就诊免收挂号费。",
    "图书馆的数字资源已全面开放。读者登录图书馆APP即可免费阅读电子书和期刊。",
    # a charity's donation channel
    "基金会已为山区学校捐建图书室12间。爱心人士可通过基金会公众号捐款，每捐50元即可为孩子送一本新书。",
    # a teacher's 心得 mentioning a course
    "这次培训让我重新认识了大单元教学。培训中专家推荐的线上课程我也报了名，课程平台对教师会员免费开放。",
    "暑假里我参加了市教研室组织的线上研修。课程全部免费，教研室还为每位学员赠送了一套参考书。",
    # a course notice's own offer: an ask with no channel
    "青少年宫的暑期书法班下周开课，共设三个班次。名额尚有空余，立即报名可享九折优惠！",
    # a review's deal, a travel note's free show, a how-to's step
    "这款耳机的降噪效果在同价位里算是出色的。我是在品牌官网买的，会员日打8折挺划算。",
    "古镇的门票已经取消，停车场也免费开放。游客在景区小程序即可预约讲解服务，周末还有免费的民俗表演。",
    "第三步，在订单页面选择优惠券。系统会自动选择最优的满减券，下单即可立减。",
    "中国移动本地分公司近日推出老年人专属套餐。60岁以上用户到营业厅办理，每月可享5折优惠。",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_the_articles_own_last_sentence_stays(line):
    kept, _ = _strip(line)
    assert line in kept


@pytest.mark.parametrize(
    "line",
    [
        "今年的年货节共设摊位两百多个。市民在现场扫码关注主办方公众号，即可领取一份春联。",
        "本学期课后服务由学校统一安排。家长可关注学校公众号报名，课后服务全程免费。",
        "古镇的门票已经取消，停车场也免费开放。游客关注景区公众号即可预约讲解服务，周末还有免费的民俗表演。",
    ],
)
def test_a_report_of_following_a_public_account_stays(line):
    # cta-follow-account took these until session 25: a public body's own account is no advert's
    kept, _ = _strip(line)
    assert line in kept


@pytest.mark.parametrize(
    "line",
    [
        "关注“范文小站”公众号，回复“总结”免费领取全套模板。",
        "想要更多资料？关注我们的公众号，回复关键词即可下载全文。",
        "關注「學霸筆記」公眾號，免費領取期末複習資料。",
    ],
)
def test_a_follow_call_for_a_freebie_still_goes(line):
    kept, result = _strip(line)
    assert line not in kept
    assert any(r.rule == "cta-follow-account" for r in result.removed)


@pytest.mark.parametrize(
    "bracket",
    [
        "（广告：本站合作的印刷店新开张，凭暗号“粮站”打印照片八折）",
        "（顺手打个推广：我们的读者群已经建好，想加入的请在公众号后台留言“粮站”。）",
        "（插播一条广告：镇上新开的烘焙坊本周开业，欢迎大家去尝尝。）",
    ],
)
def test_a_bracket_the_writer_labels_an_advert_goes_alone(bracket):
    sentence = "楼道的墙上挂满了老照片，记录着粮站几十年的变迁。"
    kept, result = _strip(sentence + bracket)
    assert sentence in kept
    assert any(bracket in r.text for r in result.removed)


@pytest.mark.parametrize(
    "line",
    [
        "粮站改造时，墙上的标语都被保留了下来。（注：文中标语系上世纪七十年代的广告，现为区级文物）",
        "镇上的老商户回忆起当年的生意。（据了解，广告法对户外广告牌有严格规定：不得遮挡窗户）",
    ],
)
def test_a_bracket_that_tells_of_adverts_stays(line):
    kept, _ = _strip(line)
    assert line in kept
