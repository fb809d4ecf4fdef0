"""Review of the offer readings (session 23): the glued-offer pass ``cta-offer-tail`` (fanwen/strip/tails.py) and session
22's widened ``cta-reader-call`` / ``cta-reader-price``, probed with the article's own sentences that share their words.

Each fixed false positive is here, with adverts of the same shape that must still go. Our own wordings, none of a
fixture's or a corpus page's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULES = bundled_rules()
BEFORE = "河湾村的稻田今年迎来了丰收，金黄的稻穗压弯了腰，村口的晒谷场上整天都是忙碌的身影。"
AFTER = "傍晚收工以后，村民们聚在老榕树下乘凉，孩子们在田埂上追着蜻蜓跑来跑去。"
HEAD = "这趟采风一共走了四个村子，每到一处都会在村民家里吃上一顿便饭。"


def _strip(lines: list[str], title: str = "河湾村的秋天"):
    result = strip_blocks([Block(BEFORE), *(Block(line) for line in lines), Block(AFTER)], RULES, title)
    return [b.text for b in result.blocks], result


# The article's own tails that cta-offer-tail took.
OWN_TAILS = [
    # a bracket closing the paragraph that opens with the writer's label: a note, a source, a tip
    HEAD + "（注：会员可免费借阅馆藏）",
    HEAD + "（图片来源：作者拍摄，村史馆免费开放拍照）",
    HEAD + "（小贴士：周二在公众号预约可免费参观）",
    HEAD + "（编者注：作者系该店会员，所享八折为店内常规优惠）",
    # a line flanked by arrows that asks nothing: a picture's caption
    "▼ 下图为景区官网免费发放的手绘地图 ▼",
    "↓ 二维码指向的是社区官网的免费法律咨询页 ↓",
    # a public body's own channel, told with no ask
    "这门选修课由学校统一组织，全部免费，学生自愿参加。课件在学校官网免费下载",
    "这本书我已经读了三遍，每一遍都有新的体会，推荐给喜欢历史的朋友。电子版在图书馆APP免费借阅",
    "图书馆新馆下月正式开放，馆藏图书超过一百万册，可容纳两千人同时阅读。持读者证可在官网预约免费领取借书卡",
    # a gift named as a thing, a deal the writer used, an evaluation
    HEAD + "总之店铺里送的小菜都很好吃",
    HEAD + "我在小程序上领的券最后也没用上",
    "这家书店的装修很有味道，二楼还有一个小小的咖啡角。在店铺小程序下单满百包邮挺方便",
]


@pytest.mark.parametrize(
    "offer",
    [
        # the same shapes, offering: an ask, or no ask after a paragraph that tells nothing
        "（长按识别二维码，免费领取全村美食清单）",
        "想吃同款？打开“寻味”APP，新人首单立减8元",
        "进入“行者”商城，全场满99包邮",
        "下载“食记”APP，每天签到领红包",
        "（進入官網，新會員首購免運）",
        # found by the review: a bracket whose ask comes last, after the terms; a site's own 已上传 before its offer
        "（官网预订民宿可享9折，戳主页链接）",
        "（完整路线图已上传本站，会员可批量下载）",
    ],
)
def test_an_offer_glued_after_the_paragraph_still_goes(offer):
    kept, result = _strip([HEAD + offer])
    assert HEAD in kept
    assert not any(offer in line for line in kept)


@pytest.mark.parametrize(
    ("report", "offer"),
    [
        # a report's last paragraph is where a shop glues its offer: the report is no guard
        ("镇长表示，明年将把丰收节扩大为三天，并推出乡村研学线路。", "河湾农庄新米礼盒，小程序下单满百包邮"),
        ("據了解，今年的講座場場爆滿，主辦單位考慮明年加開場次。", "溪畔書屋防騙手冊，LINE下單滿五百免運"),
        # a scam lecture told, then the body's own offer with a call
        (
            "民警提醒大家，陌生人要求加好友、转账的都要提高警惕，遇到可疑情况及时报警。",
            "（本会防骗手册开放免费索取，加微信好友留言“防骗”就寄到家）",
        ),
    ],
)
def test_an_offer_glued_after_a_report_still_goes(report, offer):
    kept, result = _strip([report + offer])
    assert report in kept
    assert not any(offer in line for line in kept)


# The article's own lines that cta-reader-call or cta-reader-price took.
OWN_CALLS = [
    # a heading that asks with no question mark, a part of the text numbered
    "第二部分：会员免费领取的福利有哪些",
    "会员专享价到底怎么算",
    # a news headline of a named product's launch
    "“乡居”APP正式上线 新用户可领50元券",
    "「慢城」小程序发布 新客首单立减5元",
    # a quoted slogan
    "“扫码领红包，好运跟着来”",
    # a classroom's step
    "学完这一课，大家扫一扫黑板上的二维码，免费观看课文朗读",
    "課堂上老師請大家掃描二維碼，免費下載學習單",
    # a report's actors, a scam told, a comment after the call, a school's own notice
    "社区志愿者挨家挨户上门，帮老人扫码领取免费体检券",
    "电话那头的人自称客服，让我留下手机号领取理赔款",
    "扫码进群领福利，是不少骗局的开头",
    "本次讲座面向全校师生，报名免费，名额有限",
]


@pytest.mark.parametrize("line", OWN_TAILS + OWN_CALLS)
def test_the_articles_own_line_stays(line):
    kept, _ = _strip([line])
    assert line in kept


@pytest.mark.parametrize(
    "line",
    [
        # a flanked line that asks
        "👇 戳下方卡片，领取20元旅游券 👇",
        "▼ 点击下方卡片，19元解锁全套写作课 ▼",
        # the reader calls and prices
        "微信搜一搜“青柠读书”小程序，新人领3天会员",
        "邀请三位好友助力，双方各得15元无门槛券",
        "私訊小編關鍵字，免費領取電子書",
        "搜索公众号“小满厨房”，回复菜谱领红包",
        "今日下单享早鸟优惠价199元，仅限前50名",
        "会员价0元带走全套课件，非会员19元",
        "新用户首单立减10元，立即下单领取，还等什么",
        "同学们，扫码进群免费领取期末复习资料",
    ],
)
def test_an_offer_on_a_line_of_its_own_still_goes(line):
    kept, _ = _strip([line])
    assert line not in kept


@pytest.mark.parametrize("heading", ["第五课 课文朗读", "本课课件", "课件下载"])
def test_a_lessons_heading_is_no_course_box_beside_a_call(heading):
    call = "扫码进群领福利，前100名送讲义"
    kept, _ = _strip([heading, call])
    assert heading in kept
    assert call not in kept


def test_a_live_course_title_still_goes_with_its_call():
    kept, _ = _strip(["儿童健康直播课", "扫码预约，前100名免费"])
    assert "儿童健康直播课" not in kept
