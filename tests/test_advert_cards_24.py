"""Advert cards kept whole before session 24 (fanwen/strip/cards.py, issue 11, blind sets AT and AU).

A card is one element drawing a headline, a line or two and a button among the text's paragraphs. Four shapes the
card pass missed:

- **a card labelled an advert's** (a ``广告``, ``推广`` or ``赞助`` line of its own in it, first or last): an advert's
  whatever its words say, and the label goes with it; a label word that is the title's subject is no label;
- **offers in wider words**: a gift with a purchase (下单即赠), a coupon of any kind (领…券, 满300元减30元), a half
  price, a prize drawn among the readers (直播间抽5份), a tool doing the reader's work (一键生成, 帮你搞定), free use
  said on the button (免费批改3篇), a donation's sum and what it does (每月捐20元，就能…);
- **a price or a prize on the text's own subject** (a workshop's shop card on the workshop's page): no own box;
- **a headline of a label's form** (新品发布：…) over an offer, and **a button drawn by a line's class**
  (``<p class="card-btn">``); two cards of one look with the text's paragraphs between them.

What stays: the text's own app box on the app's page, an event's sign-up box, a fact box, a notice's 扫码登记 step,
a box of field lines, a lottery's results box, a 广告 box on a page about advertising.
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import HEALTH, READING, REPORT, TEMPLATES, _p, _text


def _label_last(head: str, body: str, button: str, label: str = "广告") -> str:
    return (
        f'<div class="SlotCard_box__k2"><div class="SlotCard_t__a">{head}</div><div class="SlotCard_d__b">{body}</div>'
        f'<button type="button" class="SlotCard_go__c">{button}</button><span class="SlotCard_tag__d">{label}</span></div>'
    )


def _label_first(head: str, body: str, button: str, label: str = "推广") -> str:
    return (
        f'<aside class="spons"><em class="spons-tag">{label}</em><h4>{head}</h4><p>{body}</p>'
        f'<a class="spons-btn" href="/s/1">{button}</a></aside>'
    )


def _label_bracket(head: str, body: str, button: str, label: str = "赞助") -> str:
    return (
        f'<section class="sp"><p class="sp-h"><b>{head}</b></p><p class="sp-b">{body}</p>'
        f'<p class="sp-l">【{label}】</p><p><a class="btn" href="/s/2">{button}</a></p></section>'
    )


def _drawn(head: str, body: str, button: str) -> str:
    return (
        f'<section class="mp-card"><p class="mp-card-t"><strong>{head}</strong></p><p class="mp-card-d">{body}</p>'
        f'<p class="mp-card-btn"><span>{button}</span></p></section>'
    )


LABELLED = [_label_last, _label_first, _label_bracket]

# No offer word in them: the label says what they are.
QUIET = [
    ("周末亲子烘焙课", "面包师手把手教，带走自己烤的吐司", "去看看"),
    ("城西新盘样板间开放", "地铁口三百米，南北通透三居室", "预约看房"),
    ("秋季护肤新品", "补水保湿，敏感肌也能放心用", "了解详情"),
]


@pytest.mark.parametrize("template", range(len(LABELLED)))
@pytest.mark.parametrize("card", range(len(QUIET)))
def test_a_card_labelled_an_adverts_goes_with_its_label(template: int, card: int) -> None:
    head, body, button = QUIET[card]
    box = LABELLED[template](head, body, button)
    text = _text("小标题样例", _p(READING[:3]) + [box] + _p(READING[3:]))
    assert head not in text
    assert body not in text
    for label in ("广告", "推广", "赞助"):
        assert label not in text
    for paragraph in READING:
        assert paragraph in text


LAW = [
    "新修订的广告法实施一年来，市场监管部门共查处违法广告案件三百余起，其中虚假宣传占了一半以上。",
    "执法人员介绍，违法广告多集中在保健食品、医疗美容和教育培训领域，不少商家利用直播间夸大功效。",
    "今年以来，监管部门联合平台建立了线索移送机制，发现问题后两个工作日内下架相关内容并立案调查。",
    "业内人士认为，处罚力度加大以后，商家的合规意识明显提高，主动送审广告内容的企业越来越多。",
    "监管部门提醒消费者，遇到夸大宣传可以保留证据，通过热线或线上平台投诉，维护自身合法权益。",
]


def test_a_box_labelled_with_the_titles_subject_stays() -> None:
    box = _label_last("典型案例通报", "某机构宣称包过考试，被罚款二十万元", "查看全文", label="广告")
    text = _text("广告法实施一年查处违法广告三百余起", _p(LAW[:3]) + [box] + _p(LAW[3:]))
    assert "典型案例通报" in text
    assert "某机构宣称包过考试，被罚款二十万元" in text


# Offers the first card pass had no words for, one of each family, off the text's subject.
OFFERS = [
    ("冬季羽绒服上新", "下单即赠防风手套一副，次日发货", "去选购", READING),
    ("跟着主播逛花市", "今晚七点开播，直播间抽5份多肉盆栽", "预约直播", HEALTH),
    ("简历不会写？AI帮你搞定", "填几项工作经历，一键生成整份简历", "马上试试", REPORT),
    ("领取加油折扣券", "满300元减30元，限本月使用", "立即领取", READING),
    ("亲子乐园周卡", "会员第二张半价，周末通用", "去购买", HEALTH),
    ("让图书角亮起来", "每月捐20元，就能为孩子添一本新书", "我要捐", REPORT),
    ("新品发布：护眼台灯", "无频闪调光，首发立减60元", "抢先购", READING),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES) + 1))
@pytest.mark.parametrize("card", range(len(OFFERS)))
def test_an_offer_in_wider_words_goes(template: int, card: int) -> None:
    head, body, button, article = OFFERS[card]
    render = [*TEMPLATES, _drawn][template]
    text = _text("小标题样例", _p(article[:3]) + [render(head, body, button)] + _p(article[3:]))
    assert head not in text
    assert body not in text
    for paragraph in article:
        assert paragraph in text


# The offer said on the button alone (a link line of its own: the first and third templates).
@pytest.mark.parametrize("template", [0, 2])
@pytest.mark.parametrize(
    "card",
    [
        ("作文批改助手", "拍照上传作文，逐句给出修改意见", "免费批改3篇"),
        ("英语口语陪练", "每天十分钟，和外教练习日常对话", "免费试听"),
        ("错题整理本", "拍下错题自动归类，考前一键复习", "免费用一周"),
    ],
)
def test_an_offer_said_on_the_button_goes(template: int, card: tuple[str, str, str]) -> None:
    head, body, button = card
    text = _text("小标题样例", _p(READING[:3]) + [TEMPLATES[template](head, body, button)] + _p(READING[3:]))
    assert head not in text
    assert body not in text


POTTERY = [
    "社区陶艺工作坊开班三个月，每周六下午，二十多位居民围坐在拉坯机前，跟着老师学做杯子和碗。",
    "工作坊的老师说，拉坯最难的是定中心，手要稳，力气要匀，很多学员第一节课做出来的杯子都是歪的。",
    "学员做好的陶杯要先阴干一周，再送进窑里烧制，出窑的时候大家都围过来看自己的作品成了什么样。",
    "工作坊还带学员去附近的老窑址参观，听老师傅讲这一带烧陶的历史，不少人第一次知道家门口有古窑。",
    "下一期工作坊计划增加上釉和彩绘课程，让学员把自己的陶杯从坯到成品完整做一遍，带回家使用。",
]

# A card on the text's own subject that sells or draws a prize: the shop's, not the article's.
ON_SUBJECT_SALES = [
    ("工作坊同款陶杯", "学员亲手拉坯的陶杯，每只$25，售完为止", "去选购"),
    ("周六晚八点直播", "老师示范拉坯定中心，直播间抽3份学员陶杯", "设定提醒"),
    ("工作坊陶杯礼盒", "学员作品两只装，¥168包邮到家", "立即购买"),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES)))
@pytest.mark.parametrize("card", range(len(ON_SUBJECT_SALES)))
def test_a_sale_or_a_prize_on_the_texts_subject_goes(template: int, card: int) -> None:
    head, body, button = ON_SUBJECT_SALES[card]
    text = _text(
        "社区陶艺工作坊开班三个月",
        _p(POTTERY[:3]) + [TEMPLATES[template](head, body, button)] + _p(POTTERY[3:]),
    )
    assert body not in text


def test_two_cards_of_one_look_apart_go() -> None:
    shop = TEMPLATES[0]("冬季羽绒服上新", "下单即赠防风手套一副，次日发货", "去选购")
    give = TEMPLATES[0]("让图书角亮起来", "每月捐20元，就能为孩子添一本新书", "我要捐")
    text = _text("小标题样例", _p(READING[:2]) + [shop] + _p(READING[2:4]) + [give] + _p(READING[4:]))
    assert "下单即赠防风手套一副，次日发货" not in text
    assert "每月捐20元，就能为孩子添一本新书" not in text
    for paragraph in READING:
        assert paragraph in text


# --- the text's own boxes that stay -------------------------------------------------------------------------------

APP = [
    "市政务服务中心推出的“城市通”App本月上线，市民在手机上就能办理社保查询、公积金提取等六十多项业务。",
    "“城市通”App整合了原来分散在十几个部门的办事入口，市民不用再下载多个软件，也不必反复填写信息。",
    "上线首周，“城市通”App注册用户突破十万，办理量最多的是社保查询和公积金提取，其次是预约挂号。",
    "市政务服务中心表示，下一步“城市通”App还将接入不动产登记和户籍业务，让更多事项能够在网上办理。",
    "针对老年人使用不便的问题，“城市通”App专门设计了大字模式，社区工作人员也会上门帮助老人注册。",
]
OWN = [
    ("“城市通”App新功能", "社保查询、公积金提取，一部手机就能办理", "立即下载", APP, "“城市通”App上线首周"),
    ("“城市通”App大字模式", "专为老年人设计，首次使用免费教学", "去看看", APP, "“城市通”App上线首周"),
    ("报名方式", "即日起至下月五日在公众号报名，限额二百人", "我要报名", POTTERY, "社区陶艺工作坊开班三个月"),
    ("工作坊数据", "开班3个月，学员28人，烧制陶器400件", "了解更多", POTTERY, "社区陶艺工作坊开班三个月"),
    (
        "第一步：扫码登记",
        "到场后扫描门口二维码，填写姓名和电话",
        "查看指引",
        POTTERY,
        "社区陶艺工作坊开班三个月",
    ),
    ("活动时间：本周六下午", "地点：社区活动中心二楼陶艺室", "报名", POTTERY, "社区陶艺工作坊开班三个月"),
    (
        "第三批消费券摇号结果",
        "共抽取中签市民2000名，名单已在官网公示",
        "查看名单",
        APP,
        "“城市通”App上线首周",
    ),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES) + 1))
@pytest.mark.parametrize("box", range(len(OWN)))
def test_the_texts_own_box_stays(template: int, box: int) -> None:
    head, body, button, article, title = OWN[box]
    render = [*TEMPLATES, _drawn][template]
    text = _text(title, _p(article[:3]) + [render(head, body, button)] + _p(article[3:]))
    assert head in text
    assert body in text
