"""A price box with a buy or sign-up button in the text's flow, on pages written for the test: the region reader
leaves a lone box in the flow to the strip stage, which keeps the article's own offer (a review's price line for the
product it reviews, an event notice's fee and its 报名 button, a travel guide's ticket and its 预订 button; each text
tells of the sale: promos.own_offer) and
removes and records an advert (a shop's card of another product, an off-topic course or hotel, a shop's card for the
article's own product with its coupon line). A shop's listing of several goods and a card after the text are no
text of the article's: the region reader leaves them out."""

from __future__ import annotations

import pytest

from fanwen.pagepath import PageOptions, read_page

RACKET = [
    "轻羽X2是今年春天上市的一款入门级羽毛球拍，拍框采用高模量碳素，整拍重量只有七十九克，我们拿它在球馆里打了两个星期。",
    "先说手感。轻羽X2的中杆偏软，挥拍时能明显感到拍杆的弹性，平抽挡的速度跟得上，适合刚入门、力量还不够的球友。",
    "再说进攻。重杀时拍头稍显发飘，后场起跳扣杀的落点不够稳定，追求进攻的老球友可能会嫌它不够扎实。",
    "总的来说，轻羽X2在这个价位里做工扎实、手感友好，新手拿来练基本功很合适，进阶以后再换一支偏重的拍子也不迟。",
]
READING = [
    "为了培养孩子的阅读习惯，城南社区图书馆将于本月举办亲子读书会，每期围绕一本绘本展开，由馆员带领家长和孩子共读。",
    "亲子读书会每周六上午九点半开始，每期约一个半小时，包括共读、讨论和手工三个环节，适合四到八岁的孩子和家长参加。",
    "每期名额限二十组家庭，报满即止，活动所需的绘本和手工材料由图书馆统一准备，家长只需带孩子准时到场即可。",
    "图书馆提醒，参加亲子读书会的家庭请提前十分钟到达三楼少儿阅览室签到，如因故不能参加，请提前一天电话告知。",
]
MOUNTAIN = [
    "云栖山位于城西四十公里，山不算高，却以云海和竹林闻名，是周末短途游的好去处，春秋两季游人最多。",
    "从市区出发，可以在汽车站坐旅游专线直达云栖山景区门口，车程约一小时，自驾的话景区有两个停车场，节假日容易停满。",
    "上山有两条路线：东线沿溪谷步行，竹林茂密，约两个半小时到顶；西线坐索道上到半山，再走四十分钟就能看到云海。",
    "云栖山的云海多出现在雨后初晴的清晨，想看云海最好前一晚住在山上的民宿，门票当天有效，第二天五点起床去观景台等日出。",
]
REVIEW = "轻羽X2羽毛球拍评测：新手友好的入门拍"
EVENT = "城南社区图书馆亲子读书会开始报名"
GUIDE = "云栖山一日游攻略：看云海走竹林"
TEXTS = {REVIEW: RACKET, EVENT: READING, GUIDE: MOUNTAIN}


def _read(title: str, box: str, after: bool = False):
    texts = TEXTS[title]
    parts = [f"<p>{t}</p>" for t in texts]
    body = "".join([*parts, box] if after else [*parts[:2], box, *parts[2:]])
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}_样例网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>资讯</a> <a href='/about/'>关于</a></div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>2025-10-09 10:20 来源：样例网</div>"
        f"<div class='content'>{body}</div></div><div class='footer'>© 2025 样例网 版权所有</div></body></html>"
    )
    page = read_page(html.encode(), "http://example.com/a/1.html", PageOptions.for_profile(None))
    assert page.article is not None, page.message
    assert all(t in page.article.text for t in texts)
    return page.article


def _removed(article) -> list[str]:
    return [r.text for r in article.removed if r.rule in ("promo-box", "promo-frame")]


@pytest.mark.parametrize(
    "title, box, own",
    [
        (
            REVIEW,
            '<div class="price-box"><p>轻羽X2 售价：¥399</p><a href="https://shop.example.cn/x2">立即购买</a></div>',
            "轻羽X2 售价：¥399",
        ),
        (
            REVIEW,
            '<section class="buy"><p>轻羽X2 羽毛球拍</p><p>售价 ¥399</p><a class="btn" href="/go/x2">立即购买</a></section>',
            "轻羽X2 羽毛球拍\n售价 ¥399",
        ),
        (
            EVENT,
            '<div class="signup-box"><p>亲子读书会 报名费 ¥30/组</p><a href="/signup">立即报名</a></div>',
            "亲子读书会 报名费 ¥30/组",
        ),
        (
            GUIDE,
            '<div class="ticket-box"><p>云栖山景区门票 ¥80/人</p><a href="https://trip.example.cn/t/88">立即预订</a></div>',
            "云栖山景区门票 ¥80/人",
        ),
    ],
    ids=["review-box", "review-section", "event-signup", "guide-ticket"],
)
def test_the_articles_own_price_box_in_its_flow_stays(title, box, own):
    article = _read(title, box)
    assert own in article.text
    assert _removed(article) == []


@pytest.mark.parametrize(
    "title, box, gone",
    [
        (
            REVIEW,
            '<div class="price-box"><p>清泉运动保温水壶 售价：¥59</p><a href="https://shop.example.cn/cup">立即购买</a></div>',
            ["清泉运动保温水壶 售价：¥59"],
        ),
        (
            EVENT,
            '<div class="course-box"><p>少儿编程启蒙体验课 ¥49/节</p><a href="https://edu.example.cn/c">立即报名</a></div>',
            ["少儿编程启蒙体验课 ¥49/节"],
        ),
        (
            GUIDE,
            '<div class="ticket-box"><p>海滨度假酒店双人房 ¥680/晚</p><a href="https://trip.example.cn/h/1">立即预订</a></div>',
            ["海滨度假酒店双人房 ¥680/晚"],
        ),
    ],
    ids=["other-product", "off-topic-course", "off-topic-hotel"],
)
def test_an_advert_box_in_the_flow_is_removed_and_recorded(title, box, gone):
    article = _read(title, box)
    assert _removed(article) == gone
    assert not any(line in article.text for line in gone)


def test_a_shops_listing_of_several_goods_is_no_text():
    goods = [("清泉运动保温水壶", 59), ("速干运动毛巾两条装", 39), ("防滑减震运动袜", 25)]
    cards = "".join(
        f'<div class="goods"><p>{name}</p><p>¥{price}</p><a href="https://shop.example.cn/{i}">购买</a></div>'
        for i, (name, price) in enumerate(goods)
    )
    article = _read(REVIEW, f'<div class="goods-list">{cards}</div>')
    assert article.text == "\n".join(RACKET)


def test_a_card_a_shop_marks_as_its_own_is_no_text():
    """A struck old price (or a paid link, rel="sponsored") marks a shop's card, for the article's own product too."""
    card = (
        '<div class="goods-card"><div class="info"><p>轻羽X2 羽毛球拍</p><p>¥399 <del>¥459</del></p>'
        '<p>618 预售立减40元，领券再减10元</p></div><a href="https://u.example.cn/go" rel="nofollow">去购买</a></div>'
    )
    assert _read(REVIEW, card).text == "\n".join(RACKET)


def test_a_shop_card_after_the_text_is_no_text():
    card = '<div class="price-box"><p>轻羽X2 售价：¥399</p><a href="https://shop.example.cn/x2">立即购买</a></div>'
    assert _read(REVIEW, card, after=True).text == "\n".join(RACKET)


# The article's own spec card after its last paragraph (issue 11): a review closes with its product's facts, their
# reference price and a buy button. The region reader left out every card after the text unrecorded; a card that lists
# its product's facts (two label：value lines with no price) is now left to the strip stage, which keeps it where it
# names the title's topic and no shop nor sale (promos._spec_card) and removes the button alone. A shop's card after
# the text (a name, a price, 立即购买; or its 店铺/月销 lines) is left out as before, and another product's spec card
# goes whole, recorded.
SPEC = (
    '<div class="spec-card"><h4>轻羽X2 参数</h4><p>重量：79克</p><p>中杆：偏软</p><p>参考价：¥399</p>'
    '<a class="btn" href="https://shop.example.cn/x2">立即购买</a></div>'
)


def test_the_reviews_own_spec_card_after_the_text_stays():
    article = _read(REVIEW, SPEC, after=True)
    assert article.text.endswith("轻羽X2 参数\n重量：79克\n中杆：偏软\n参考价：¥399")
    assert _removed(article) == []
    assert [r.text for r in article.removed] == ["立即购买"]


@pytest.mark.parametrize(
    "card",
    [
        '<div class="goods"><p>轻羽X2 羽毛球拍</p><p>店铺：轻羽官方旗舰店</p><p>月销：1万+</p><p>¥399</p>'
        '<a href="https://shop.example.cn/x2">立即购买</a></div>',
        '<div class="goods"><p>轻羽X2 羽毛球拍</p><p>¥399 包邮</p><a href="https://shop.example.cn/x2">立即购买</a></div>',
    ],
    ids=["shop-fields", "shop-card"],
)
def test_a_shops_card_for_the_reviewed_product_after_the_text_is_no_text(card):
    assert _read(REVIEW, card, after=True).text == "\n".join(RACKET)


def test_another_products_spec_card_after_the_text_goes_whole():
    card = (
        '<div class="spec-card"><h4>清泉运动保温水壶</h4><p>容量：750毫升</p><p>材质：不锈钢</p><p>¥59</p>'
        '<a class="btn" href="https://shop.example.cn/cup">立即购买</a></div>'
    )
    article = _read(REVIEW, card, after=True)
    assert article.text == "\n".join(RACKET)
    assert _removed(article) == ["清泉运动保温水壶", "容量：750毫升", "材质：不锈钢", "¥59"]


# A spec card after the text for another model of the title's brand (review of 9da94a1): 轻羽X3 参数 under a review of
# 轻羽X2 shares the brand's word with the title, but its head names a model the title does not; it is another product's
# card and goes whole, as another brand's does. The review's own card whose head names its model in another case
# (轻羽x2 参数) stays.
def test_a_spec_card_for_another_model_of_the_brand_goes_whole():
    card = (
        '<div class="spec-card"><h4>轻羽X3 参数</h4><p>重量：82克</p><p>中杆：适中</p><p>参考价：¥499</p>'
        '<a class="btn" href="https://shop.example.cn/x3">立即购买</a></div>'
    )
    article = _read(REVIEW, card, after=True)
    assert article.text == "\n".join(RACKET)
    assert _removed(article) == ["轻羽X3 参数", "重量：82克", "中杆：适中", "参考价：¥499"]


def test_the_reviews_own_spec_card_naming_its_model_in_lower_case_stays():
    article = _read(REVIEW, SPEC.replace("轻羽X2 参数", "轻羽x2 参数"), after=True)
    assert article.text.endswith("轻羽x2 参数\n重量：79克\n中杆：偏软\n参考价：¥399")


# A card for the reviewed product whose line sells (活动：下单立减50元) or names the shop (购买：轻羽官方商城) is a shop's
# card, as one naming 旗舰店 or 包邮 is (review of 9da94a1): it goes with its button. The review's own card, facts and
# reference price only, stays (test_the_reviews_own_spec_card_after_the_text_stays).
@pytest.mark.parametrize(
    "line", ["活动：下单立减50元", "购买：轻羽官方商城", "优惠：满300减30"], ids=["sale", "mall", "discount"]
)
def test_a_spec_card_for_the_reviewed_product_that_sells_is_no_text(line):
    article = _read(REVIEW, SPEC.replace("<p>参考价", f"<p>{line}</p><p>参考价"), after=True)
    assert article.text == "\n".join(RACKET)
