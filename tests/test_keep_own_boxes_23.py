"""The text's own boxes that other passes than the card pass took (issue 11, review of advert-card, session 23).

An event's page draws its sign-up box, a library's its booking box, a charity's news page its monthly giving box,
a piece on a bridge or a dam its fact box: a headline, a line or two, a button. The promo-box pass (its lines
beside a button a link rule removed) and the promo-frame pass (a box with a button and a price) took them as an
advert's. The shape that tells them (fanwen/strip/ownbox.py, shared with the card pass): a label headline (报名方式,
预约方式, 基本数据: four characters or fewer, no gain said in it, no advert's label), a fact box (numbers with units,
no call, no price), or the text's subject in a quarter of the box's words. Adverts of the same shapes still go.
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import _p, _text

RACE = [
    "本届环湖自行车赛将于下月八日发车，设公路组、山地组和亲子骑行三个组别，赛道绕湖一周约六十公里。",
    "组委会介绍，赛道今年新增两处爬坡路段，沿途设置八个补给点，并安排摩托车医疗队全程跟随保障。",
    "比赛当天上午七点至中午十二点，环湖路将实行交通管制，沿线居民出行请提前安排，公交线路临时绕行。",
    "去年的比赛吸引了来自十多个省份的选手，不少骑友表示湖边风景好、路面平整，是骑行的好去处。",
    "组委会提醒参赛者赛前做好车辆检修，佩戴头盔，比赛过程中听从裁判和志愿者的指挥，注意安全。",
]
MUSEUM = [
    "区文化馆今年新开设了非遗手工坊，每周末安排剪纸、扎染和泥塑体验，由本地的老手艺人现场指导。",
    "手工坊设在文化馆三楼，能同时容纳三十人，材料由馆里统一准备，参加者只需带上一颗好奇心就行。",
    "文化馆负责人说，开设手工坊是想让更多年轻人接触传统技艺，也让老手艺人的本事有人传下去。",
    "开放两个月来，手工坊已经举办了二十多场活动，参加的既有带孩子的家长，也有附近高校的学生。",
    "下一步，文化馆还打算把优秀作品集中展出，并邀请手艺人走进社区和学校，开展流动教学。",
]
SHELTER = [
    "城南流浪动物救助站成立五年来，先后救助了两千多只流浪猫狗，其中一千三百多只找到了新的家。",
    "救助站的日常开销主要是粮食、疫苗和绝育手术费用，每个月的支出在三万元左右，大部分来自爱心人士。",
    "站长说，最难的是冬天，很多动物生病需要治疗，志愿者们轮流值班，有时候一守就是一整夜。",
    "为了让更多动物被领养，救助站每月举办一次领养日活动，领养人需要通过家访和回访才能带走动物。",
    "救助站的账目每个月都在公众号上公开，每一笔收入和支出都列得清清楚楚，接受社会监督。",
]
BRIDGE = [
    "这座跨江大桥从开工到通车用了整整六年，建设者们克服了江水湍急、地质复杂等一系列难题。",
    "大桥采用双塔斜拉结构，两座主塔像两把竖琴立在江面上，每天傍晚亮灯以后成了市民拍照的热门地点。",
    "通车以后，两岸之间的车程从原来绕行的一个多小时缩短到十分钟，沿江两岸的产业也迎来了新机遇。",
    "为了保护江里的珍稀鱼类，施工期间专门调整了打桩时间，避开了鱼类的产卵季节，并设置了监测点。",
    "如今，大桥已经成为这座城市的新地标，不少外地游客专程来看它，桥下的江滩公园也热闹了起来。",
]
COOKING = [
    "很多人蒸馒头总是发不起来，问题多半出在面团的温度上，酵母在三十度左右最活跃，太冷太热都不行。",
    "和面时用温水把酵母化开，面粉和水的比例大约是二比一，揉到面团表面光滑，盖上湿布放在温暖处发酵。",
    "面团发到原来的两倍大，用手指戳一个洞不回缩，就说明发好了，这时候再揉几分钟把气排出来。",
    "整形以后不要急着上锅，让馒头坯再醒二十分钟，冷水上锅，大火烧开后转中火蒸十五分钟。",
    "关火以后别马上揭盖，焖三五分钟再开锅，这样馒头表面不容易回缩，吃起来也更松软。",
]


def _plain(head: str, body: list[str], button: str) -> str:
    return (
        f'<div class="note-box"><p class="t">{head}</p>'
        + "".join(f"<p>{line}</p>" for line in body)
        + f'<a class="btn" href="/go">{button}</a></div>'
    )


def _nested(head: str, body: list[str], button: str) -> str:
    return (
        f'<div class="kx-card"><div class="kx-t">{head}</div>'
        + "".join(f'<div class="kx-d">{line}</div>' for line in body)
        + f'<div class="kx-op"><a class="button primary" href="/x">{button}</a></div></div>'
    )


def _spans(head: str, body: list[str], button: str) -> str:
    return (
        f'<div class="tip-card"><strong>{head}</strong><br>'
        + "".join(f"<span>{line}</span><br>" for line in body)
        + f'<a href="/x" class="btn-primary">{button}</a></div>'
    )


def _section(head: str, body: list[str], button: str) -> str:
    return (
        f'<section class="panel"><h3>{head}</h3>'
        + "".join(f"<p>{line}</p>" for line in body)
        + f'<button type="button">{button}</button></section>'
    )


TEMPLATES = [_plain, _nested, _spans]


def _page_text(title: str, article: list[str], box: str) -> str:
    return _text(title, _p(article[:3]) + [box] + _p(article[3:]))


# The text's own boxes under a label headline: how to sign up for the event, book the workshop, give to the shelter.
LABELLED = [
    ("赛事报名", ["报名通道下月一日开启", "公路组限额八百人"], "立即报名", RACE, "环湖自行车赛下月开赛"),
    ("报名方式", ["即日起在组委会公众号报名，满员即止"], "立即报名", RACE, "环湖自行车赛下月开赛"),
    ("参赛须知", ["报名时须上传骑行保险凭证"], "马上报名", RACE, "环湖自行车赛下月开赛"),
    ("预约方式", ["体验免费，需提前一天在公众号预约"], "立即预约", MUSEUM, "文化馆非遗手工坊开门迎客"),
    ("预约须知", ["每人每周限约一场，名额有限"], "立即预约", MUSEUM, "文化馆非遗手工坊开门迎客"),
    ("开放时间", ["周六周日上午九点开始，需预约入场"], "马上预约", MUSEUM, "文化馆非遗手工坊开门迎客"),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES)))
@pytest.mark.parametrize("box", range(len(LABELLED)))
def test_the_texts_box_under_a_label_beside_its_button_stays(template: int, box: int) -> None:
    head, body, button, article, title = LABELLED[box]
    text = _page_text(title, article, TEMPLATES[template](head, body, button))
    assert head in text
    for line in body:
        assert line in text


# A fact box: numbers with their units, no call, no price, a link to read more.
FACTS = [
    ("大桥档案", ["主跨1208米，全长4.6公里"], "了解更多"),
    ("建设数据", ["主塔高286米", "用钢量12万吨"], "了解更多"),
    ("数字看大桥", ["日均车流量6万辆", "建设者3000人，历时6年"], "查看图解"),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES)))
@pytest.mark.parametrize("box", range(len(FACTS)))
def test_a_fact_box_beside_its_link_stays(template: int, box: int) -> None:
    head, body, button = FACTS[box]
    text = _page_text("跨江大桥通车六年", BRIDGE, TEMPLATES[template](head, body, button))
    assert head in text
    for line in body:
        assert line in text


# A charity's own giving box on its own news page: a price for a month, a button.
GIVING = [
    ("月捐计划", ["每月30元，够一只小猫一个月的口粮"], "了解更多"),
    ("支持我们", ["每月50元，为一只狗狗打一针疫苗"], "了解更多"),
    ("爱心助养", ["每月100元，助养一只残疾犬"], "查看详情"),
    ("月捐计划", ["每月20元，资助志愿者学习护理课程"], "了解更多"),  # 元 then 学: no sale (9元学会… is)
]


@pytest.mark.parametrize("template", range(len(TEMPLATES) + 1))
@pytest.mark.parametrize("box", range(len(GIVING)))
def test_a_charitys_giving_box_on_its_page_stays(template: int, box: int) -> None:
    head, body, button = GIVING[box]
    render = [*TEMPLATES, _section][template]
    text = _page_text("流浪动物救助站的五年", SHELTER, render(head, body, button))
    assert head in text
    for line in body:
        assert line in text


# Adverts of the same shapes: a headline naming the product or saying its gain or an advert's label, off the topic.
ADVERTS = [
    ("空气炸锅爆款直降", ["不用油也能炸鸡翅，今日下单立减80元"], "立即抢购"),
    ("会员专享", ["开通会员，全站菜谱视频免费看"], "立即开通"),
    ("限时特惠", ["家用破壁机到手价299元，仅限今天"], "马上购买"),
    ("新人福利", ["注册即送20元无门槛优惠券"], "立即领取"),
    # A label's length, yet a gain or a sale in its body: a free consultation, a course's price to unlock.
    ("营养咨询", ["专业营养师在线解答，首次咨询0元"], "立即咨询"),
    ("面点课堂", ["19.9元解锁《零失败发面》视频课，已有2.1万人学习"], "立即报名"),
    ("厨艺学堂", ["9元学会十种花样馒头，今晚开课"], "马上报名"),
]


@pytest.mark.parametrize(
    ("template", "card"), [(t, c) for t in range(len(TEMPLATES)) for c in range(len(ADVERTS))]
)
def test_an_advert_of_the_same_shape_goes(template: int, card: int) -> None:
    head, body, button = ADVERTS[card]
    text = _page_text("蒸馒头的几个窍门", COOKING, TEMPLATES[template](head, body, button))
    assert head not in text
    for line in body:
        assert line not in text
    for paragraph in COOKING:
        assert paragraph in text


def test_a_price_box_with_numbers_and_units_is_no_fact_box() -> None:
    box = _plain("家用蒸锅三层加厚", ["直径32厘米，304不锈钢", "到手价￥89/个"], "立即购买")
    text = _page_text("蒸馒头的几个窍门", COOKING, box)
    assert "到手价￥89/个" not in text


PHOTO = [
    "批量给照片加水印其实不难，先把要处理的照片放进同一个文件夹，再打开修图软件的批处理功能。",
    "在批处理窗口里选择刚才的文件夹作为来源，输出位置最好另建一个文件夹，免得覆盖了原图。",
    "水印可以用文字也可以用图片，文字水印建议选半透明的白色，放在右下角，不要挡住照片的主体。",
    "设置好以后先拿两三张照片试一下效果，确认位置和大小合适，再对整个文件夹执行批处理。",
    "处理完成后翻看一遍输出的照片，个别构图特殊的照片可能需要单独调整水印的位置。",
]

# A call rule's line in the text's own box (cta-reader-call, cta-download): the box comes back whole.
CALLED = [
    ("赛事报名", ["报名通道现已开放，本次骑行免费参加"], "我要报名", RACE, "环湖自行车赛下月开赛"),
    ("报名通道", ["报名通道已开放，亲子组免费参加"], "报名", RACE, "环湖自行车赛下月开赛"),
    ("骑行报名", ["报名入口现已开放，骑友免费参加"], "立即报名", RACE, "环湖自行车赛下月开赛"),
    ("水印工具", ["注册后下载完整版"], "下载", PHOTO, "批量给照片加水印"),
    ("下载说明", ["登录后下载完整版插件"], "去下载", PHOTO, "批量给照片加水印"),
    ("软件获取", ["注册会员后下载完整版"], "下载", PHOTO, "批量给照片加水印"),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES) + 1))
@pytest.mark.parametrize("box", range(len(CALLED)))
def test_the_texts_box_a_call_rule_took_comes_back(template: int, box: int) -> None:
    head, body, button, article, title = CALLED[box]
    render = [*TEMPLATES, _section][template]
    text = _page_text(title, article, render(head, body, button))
    assert head in text
    for line in body:
        assert line in text


# The same rules' adverts of that shape: a product's headline off the text's subject, or a gain in the body.
CALLED_ADVERTS = [
    ("少儿口才体验课", ["报名通道已开放，前50名免费试听"], "立即报名"),
    ("暑期英语营", ["限时报名，立减300元"], "马上报名"),
    ("简历模板大全", ["注册后下载完整版，新用户免费下载3次"], "去下载"),
]


@pytest.mark.parametrize("template", range(len(TEMPLATES)))
@pytest.mark.parametrize("card", range(len(CALLED_ADVERTS)))
def test_a_call_rules_advert_of_that_shape_still_goes(template: int, card: int) -> None:
    head, body, button = CALLED_ADVERTS[card]
    text = _page_text("批量给照片加水印", PHOTO, TEMPLATES[template](head, body, button))
    for line in body:
        assert line not in text


# A charity's own box whose body and button are one line (a span and its link): the call rule took the glued line.
GLUED = [
    ("支持救助站的方式", "救助站的每一笔收入都在公众号公开，您可随时查询"),
    ("怎样帮助流浪动物", "领养日和救助站的账目都在公众号公开，您可随时查看"),
    ("救助站的账目公开", "每一笔收入和支出都列在公众号上，欢迎您随时查询"),
]


@pytest.mark.parametrize("box", range(len(GLUED)))
def test_a_charitys_box_glued_to_its_button_stays(box: int) -> None:
    head, body = GLUED[box]
    card = f'<div class="cx-box"><h4>{head}</h4><span class="cx-desc">{body}</span><a href="/give" class="button">在线捐赠</a></div>'
    text = _page_text("流浪动物救助站的五年", SHELTER, card)
    assert head in text
    assert body in text
