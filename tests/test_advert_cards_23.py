"""Advert cards among the text's paragraphs (fanwen/strip/cards.py, issue 11): one element drawing a headline line,
one or two body lines and a button (an AI tool's card, a download card, a course's or a camp's card, a donation
card, a booking card), in three templates (title and description paragraphs with a link drawn as a button; nested
line boxes with a ``<button>``; a heading, a span and a button link), where the rules take the body or the button
and leave the headline, or take nothing. The look-alikes stay: a notice's 温馨提示 box, a tip box with its link, a
table caption, a quotation, a report of a donation drive, a notice's own sign-up box of fields, a list of cards of
one look."""

from __future__ import annotations

import pytest
from conftest import sample_page

from fanwen.pagepath import PageOptions, read_page

HEALTH = [
    "入秋以后早晚温差变大，门诊里感冒发烧的孩子明显多了起来。医生提醒，家长不必一见发烧就往医院跑，先看精神状态。",
    "孩子体温不超过三十八度五、精神还好的，可以先在家多喝水、多休息，穿衣不要捂得太厚，注意观察体温变化。",
    "如果出现持续高烧不退、呼吸急促、精神萎靡或者抽搐，就要及时就医，不要自行给孩子叠加服用几种退烧药。",
    "日常预防最重要的是勤洗手、常通风，流行季节少去人多密闭的场所，家里有人生病时尽量分开餐具和毛巾。",
    "医生还建议，按时带孩子接种疫苗，保证充足睡眠和均衡饮食，适当户外运动，这些都能帮助孩子少生病。",
]
READING = [
    "孩子上小学以后，我一直想让他养成自己读书的习惯，可试了好几种办法都坚持不下来，直到去年换了个思路。",
    "我不再规定每天读多少页，而是每天晚饭后留出二十分钟，全家人各拿一本书坐在客厅里读，谁也不看手机。",
    "一开始他总是翻几页就跑去玩，我也不催。大概过了一个月，他开始主动问我能不能多读一会儿，把故事看完。",
    "后来我们又加了一个小环节：周末每人讲讲这周读到的最有意思的一段，讲得好的人可以决定下周去哪里玩。",
    "一年下来，他读完了四十多本书，最大的变化不是认了多少字，而是愿意安静下来，把一件事从头做到尾。",
]
REPORT = [
    "今年以来，我始终把服务居民放在第一位，围绕网格治理、民生服务、安全稳定三项重点，扎实做好各项工作。",
    "一是摸清底数。逐户走访辖区住户一千二百余户，更新居民信息台账，对独居老人和困难家庭建立一户一档。",
    "二是办好实事。协助居民办理医保缴费、老年卡申领等事项三百余件，收集意见建议六十余条并逐条跟进。",
    "三是守住安全。每月组织一次楼道隐患排查，清理堆物四十余处，联系物业加装了两处电动车集中充电点。",
    "回顾一年的工作，还存在走访不够深入、宣传方式单一等不足，明年我将继续改进，把网格工作做得更细更实。",
]


def _text(title: str, parts: list[str]) -> str:
    page = read_page(sample_page(title, parts), "http://example.com/a/1.html", PageOptions.for_profile(None))
    assert page.article is not None, page.message
    return page.article.text


def _p(texts: list[str]) -> list[str]:
    return [f"<p>{t}</p>" for t in texts]


# Three templates of one card: a headline, a body, a button.
def _paras(head: str, body: str, button: str) -> str:
    return f'<div class="blk"><p class="blk-t">{head}</p><p class="blk-d">{body}</p><a href="/go?id=7" class="btn-go">{button}</a></div>'


def _lines(head: str, body: str, button: str) -> str:
    return (
        f'<div class="xc-card"><div class="xc-card__body"><div class="xc-card__line">{head}</div>'
        f'<div class="xc-card__line">{body}</div></div><button class="xc-btn">{button}</button></div>'
    )


def _heading(head: str, body: str, button: str) -> str:
    return f'<div class="cx-box"><h4>{head}</h4><span class="cx-desc">{body}</span><a href="/vip/" class="button">{button}</a></div>'


TEMPLATES = [_paras, _lines, _heading]

CARDS = {
    "ai-tool": [
        ("好文助手AI来啦", "上传一张图片，自动写出三段读后感，新用户送7天会员", "免费试用", READING),
        ("AI育儿顾问上线", "描述孩子的症状，10秒给出护理建议，首次使用免费", "马上体验", HEALTH),
        ("AI一键生成述职报告", "填入岗位和亮点，20秒出初稿，今天还剩2次免费机会", "立即生成", REPORT),
    ],
    "download": [
        ("本篇完整版文档下载", "开通会员即可下载可编辑文档，支持直接打印", "立即下载", REPORT),
        ("全文PDF一键下载", "会员免费下载高清版，非会员每篇3元", "下载全文", READING),
        ("这份护理清单可下载", "登录后下载可打印版本，贴在冰箱上随时看", "去下载", HEALTH),
    ],
    "camp": [
        (
            "暑期亲子共读营开始招募",
            "8周主题共读+专家直播答疑，前100名立减80元，6月30日截止",
            "立即报名",
            READING,
        ),
        ("家长急救课程第3期开课", "4节视频课+线下实操，原价299元，限时199元", "马上报名", HEALTH),
        ("公文写作训练营火热报名中", "21天带练+老师逐篇批改，报名即送范文合集", "我要报名", REPORT),
    ],
    "donation": [
        (
            "【爱心助学】山区图书角计划",
            "每一份捐款都会变成孩子手里的一本书。目前已筹得45%，邀请您一起参与",
            "我要捐款",
            READING,
        ),
        (
            "【温暖行动】儿童病房玩具募集",
            "您的一点心意，能让住院的孩子多一分笑容，诚邀您伸出援手",
            "线上捐赠",
            HEALTH,
        ),
        ("【公益月捐】关爱独居老人", "每月10元，为老人送去一次上门陪伴，期待您的加入", "立即捐助", REPORT),
    ],
    "booking": [
        ("儿童流感疫苗开放预约", "线上预约可选时段，享优惠价128元，名额有限", "立即预约", HEALTH),
        ("专家门诊周末加号", "儿科专家周六上午坐诊，提前预约免排队", "预约挂号", HEALTH),
        ("家庭教育咨询开放预约", "一对一咨询50分钟，首次体验价99元", "马上预约", READING),
    ],
}


def _card_lines(kind: str, index: int) -> tuple[str, str]:
    head, body, _, _ = CARDS[kind][index]
    return head, body


@pytest.mark.parametrize("kind", sorted(CARDS))
@pytest.mark.parametrize("template", range(3))
@pytest.mark.parametrize("wording", range(3))
def test_an_advert_card_goes_whole(kind: str, template: int, wording: int) -> None:
    head, body, button, article = CARDS[kind][wording]
    card = TEMPLATES[template](head, body, button)
    parts = _p(article[:3]) + [card] + _p(article[3:])
    text = _text("小标题样例", parts)
    assert head not in text
    assert body not in text
    assert button not in text
    for paragraph in article:
        assert paragraph in text


# --- look-alikes that stay -----------------------------------------------------------------------------------------

NOTICE = [
    "为做好今年秋季儿童流感疫苗接种工作，现将有关事项通知如下，请符合条件的家长合理安排时间带孩子接种。",
    "接种对象为辖区内六个月至十四岁的儿童，接种地点为各社区卫生服务中心预防接种门诊，接种免费。",
    "接种时间为每周二、周四上午八点至十一点半，节假日不接种，请家长错峰前往，避免长时间排队等候。",
    "家长需携带儿童预防接种证和监护人身份证，接种后请在现场留观三十分钟，无异常后方可离开。",
]


def test_a_notices_reminder_box_stays() -> None:
    box = '<div class="tip"><p class="tip-t">温馨提示</p><p class="tip-d">请提前预约，携带接种证原件到场，逾期需重新登记</p></div>'
    text = _text("关于开展儿童流感疫苗接种的通知", _p(NOTICE[:2]) + [box] + _p(NOTICE[2:]))
    assert "温馨提示" in text
    assert "请提前预约，携带接种证原件到场，逾期需重新登记" in text


def test_a_tip_box_with_its_link_stays() -> None:
    box = _paras("小贴士", "退烧药两次服用之间至少间隔四到六小时。", "查看详情")
    text = _text("孩子发烧了怎么办", _p(HEALTH[:3]) + [box] + _p(HEALTH[3:]))
    assert "小贴士" in text
    assert "退烧药两次服用之间至少间隔四到六小时。" in text


def test_a_notices_own_signup_box_of_fields_stays() -> None:
    box = (
        '<div class="signup"><p class="su-t">家长课堂报名</p><p class="su-d">报名时间：10月8日至10月15日</p>'
        '<a href="/signup/" class="btn">在线报名</a></div>'
    )
    text = _text("关于举办家长课堂的通知", _p(NOTICE[:2]) + [box] + _p(NOTICE[2:]))
    assert "家长课堂报名" in text
    assert "报名时间：10月8日至10月15日" in text


@pytest.mark.parametrize("template", range(3))
def test_a_notices_own_box_on_its_title_stays(template: int) -> None:
    box = TEMPLATES[template]("秋季儿童流感疫苗接种", "六个月至十四岁儿童可线上预约，名额有限", "在线预约")
    text = _text("关于开展秋季儿童流感疫苗接种的通知", _p(NOTICE[:2]) + [box] + _p(NOTICE[2:]))
    assert "秋季儿童流感疫苗接种" in text


def test_a_table_caption_and_a_quotation_stay() -> None:
    table = (
        "<table><caption>各年龄段接种剂次</caption><tr><td>六个月至八岁</td><td>两剂</td></tr>"
        "<tr><td>九岁以上</td><td>一剂</td></tr></table>"
    )
    quote = "<blockquote><p>疫苗开放预约以后</p><p>家长们可以免费为孩子报名，名额有限</p></blockquote>"
    text = _text("儿童流感疫苗接种问答", _p(NOTICE[:2]) + [table, quote] + _p(NOTICE[2:]))
    assert "各年龄段接种剂次" in text
    assert "家长们可以免费为孩子报名，名额有限" in text


def test_a_report_of_a_donation_drive_stays() -> None:
    drive = [
        "【爱心助学】山区图书角计划进展",
        "活动启动三个月来，共收到捐款八万余元，目前已筹得计划金额的百分之四十五，首批图书已经送到学校。",
        "负责人表示，接下来将邀请更多志愿者参与，把图书角建到更多的乡村小学，让孩子们有书可读。",
    ]
    text = _text("山区图书角计划进展", _p(READING[:2]) + _p(drive) + _p(READING[2:]))
    for line in drive:
        assert line in text


PHONE = [
    "这款手机本月初发布，外观延续了上一代的设计，机身更薄更轻，单手握持也不会觉得吃力，做工相当扎实。",
    "屏幕素质是这次升级的重点，峰值亮度明显提高，户外强光下也能看清，护眼模式下长时间阅读不累眼。",
    "影像方面，主摄换上了更大的传感器，夜景成片更干净，人像模式的边缘识别也比上一代准确了不少。",
    "续航表现中规中矩，重度使用一天需要充一次电，好在快充速度很快，半小时就能充到百分之八十左右。",
]


def test_a_reviews_spec_box_with_a_price_stays() -> None:
    box = _paras("参数一览", "6.7英寸屏幕，12GB内存，售价3999元", "查看详情")
    text = _text("新款手机上手评测", _p(PHONE[:2]) + [box] + _p(PHONE[2:]))
    assert "参数一览" in text
    assert "6.7英寸屏幕，12GB内存，售价3999元" in text


def test_a_reports_box_of_donations_received_stays() -> None:
    box = _lines("捐赠情况", "已收到捐款8万余元，首批图书送达三所学校", "查看明细")
    text = _text("山区图书角计划进展", _p(READING[:2]) + [box] + _p(READING[2:]))
    # Its count line a rule takes for a call (cta-reader-call): no evidence of an advert.
    assert "捐赠情况" in text


def test_an_attachment_box_stays() -> None:
    box = _heading("附件下载", "家长课堂报名表.docx", "点击下载")
    text = _text("关于举办家长课堂的通知", _p(NOTICE[:2]) + [box] + _p(NOTICE[2:]))
    assert "附件下载" in text


def test_a_notices_schedule_and_file_boxes_stay() -> None:
    schedule = _paras("课程安排", "每周六上午九点开课，共八次课", "查看详情")
    files = _lines("相关文件下载", "家长课堂学员须知（2025年版）", "下载")
    text = _text(
        "关于举办家长课堂的通知", _p(NOTICE[:2]) + [schedule] + _p(NOTICE[2:3]) + [files] + _p(NOTICE[3:])
    )
    assert "课程安排" in text
    assert "每周六上午九点开课，共八次课" in text
    assert "相关文件下载" in text


def test_cards_of_one_look_are_the_texts_list() -> None:
    cards = [
        _paras("社区网格员", "负责入户走访和信息采集，月薪4000元", "立即申请"),
        _paras("社区保洁员", "负责公共区域清洁，月薪3500元", "立即申请"),
        _paras("夜间巡逻员", "负责夜间安全巡查，月薪4200元", "立即申请"),
    ]
    text = _text("街道招聘公益岗位", _p(REPORT[:2]) + cards + _p(REPORT[2:]))
    assert "社区网格员" in text
    assert "负责夜间安全巡查，月薪4200元" in text
