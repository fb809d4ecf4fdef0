"""Promo boxes drawn as one element among the text's paragraphs (fanwen/strip/frames.py), on pages written for the
test: a page builder's call-to-action widget, a lead form, a mini-program's QR box after the text, a product card in
a tech news story, a site's fixed link disclosure below the text; and the look-alikes that stay: an article whose
subject is an offer, a hotline and a QR code told in a paragraph, a review's spec table and verdict, a closing
paragraph asking to follow, a figure and its caption, a quotation, a guide's step boxes."""

from __future__ import annotations

import pytest

from fanwen.pagepath import PageOptions, read_page

TAX = [
    "每到季度初，总有开小店的朋友来问：这个季度要报哪些税，怎么报，逾期了又会怎样。今天把季度申报的流程按时间顺序整理一遍。",
    "先确认三件事：本季度的开票金额、有没有未开票收入、有没有取得需要留存的凭证，这些数字申报时都要用到。",
    "然后登录电子税务局，确认账号能正常登录，实名认证没有过期，申报期最后几天系统容易拥堵，最好提前办。",
    "增值税按季申报，季度销售额不超过规定标准的可以享受免征政策，附加税费跟着增值税一起申报，不要漏报。",
    "总的来说，季度申报并不复杂，关键是按时、如实，开票数据和申报数据要一致，每个季度花半天把账理清楚就够了。",
]
PHONE = [
    "新机今天正式发布，外观延续上一代的直角边框设计，机身厚度减到 7.9 毫米，重量 189 克，握持感明显更好。",
    "性能方面，新机搭载新一代旗舰芯片，官方称图形性能提升三成，功耗下降两成，长时间游戏的发热有所改善。",
    "影像系统升级为三颗五千万像素镜头，长焦支持三倍光学变焦，夜景模式的成片速度也比上一代快了不少。",
    "续航方面，电池容量提升到 5500 毫安时，支持 90 瓦有线快充和 50 瓦无线快充，官方称半小时能充满八成。",
    "新机将于下周五正式开售，提供黑、白、蓝三种配色，首批货量据称比上一代多出一倍，预约人数已经过百万。",
]


def _page(title: str, parts: list[str]) -> bytes:
    body = "\n".join(parts)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_样例网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>资讯</a> <a href='/about/'>关于</a></div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>2025-10-09 10:20 来源：样例网</div>"
        f"<div class='content'>\n{body}\n</div></div>"
        "<div class='footer'>© 2025 样例网 版权所有</div></body></html>"
    ).encode()


def _read(title: str, parts: list[str]):
    page = read_page(_page(title, parts), "http://example.com/a/1.html", PageOptions.for_profile(None))
    assert page.article is not None, page.message
    return page.article


def _p(texts: list[str]) -> list[str]:
    return [f"<p>{t}</p>" for t in texts]


def _removed(article, rule: str = "promo-frame") -> list[str]:
    return [r.text for r in article.removed if r.rule == rule]


# --- the boxes --------------------------------------------------------------------------------------------------

WIDGET = (
    '<div class="wp-block-cta cta-card"><h3 class="cta-title">记账报税 ¥180/月起</h3>'
    '<div class="cta-desc">持证会计全程代办，申报不用操心，首月免费</div>'
    '<div class="cta-btn-wrap"><a class="cta-button" href="/contact/">免费咨询</a></div></div>'
)
FORM = (
    '<div class="consult-card"><div class="cc-title">预约一对一税务顾问</div>'
    '<p class="cc-desc">留下电话，顾问 10 分钟内回电</p>'
    '<form action="/api/lead" method="post"><input name="tel" placeholder="手机号码">'
    '<button type="submit">提交</button></form></div>'
)
QR_BOX = (
    '<div class="wx-card"><img src="/img/mp-code.png" alt=""><div><b>小店记账助手</b>'
    "<p>微信扫码，1 分钟算出你这季度要交多少税</p></div></div>"
)
CARD = (
    '<div class="goods"><img src="/img/goods/phone-case.jpg" alt=""><div class="goods-name">磁吸硅胶保护壳 适配新机</div>'
    '<div class="goods-price">到手价 ¥59</div><button class="goods-buy" data-sku="8812">购买</button></div>'
)


def test_a_page_builders_call_to_action_widget_between_two_parts_goes():
    article = _read("季度申报流程", [*_p(TAX[:2]), WIDGET, *_p(TAX[2:])])
    assert _removed(article) == ["记账报税 ¥180/月起", "持证会计全程代办，申报不用操心，首月免费"]
    assert all(t in article.text for t in TAX)


def test_a_lead_forms_title_and_tag_line_go():
    article = _read("季度申报流程", [*_p(TAX[:3]), FORM, *_p(TAX[3:])])
    assert _removed(article) == ["预约一对一税务顾问", "留下电话，顾问 10 分钟内回电"]
    assert all(t in article.text for t in TAX)


def test_a_mini_programs_qr_box_after_the_text_goes():
    article = _read("季度申报流程", [*_p(TAX), QR_BOX])
    assert _removed(article) == ["小店记账助手", "微信扫码，1 分钟算出你这季度要交多少税"]
    assert article.text.rstrip().endswith(TAX[-1])


def test_a_product_card_in_a_tech_news_story_goes():
    article = _read("新机正式发布", [*_p(PHONE[:3]), CARD, *_p(PHONE[3:])])
    assert "磁吸硅胶保护壳 适配新机" in _removed(article)
    assert "到手价 ¥59" in _removed(article)
    assert all(t in article.text for t in PHONE)


def test_a_sites_link_disclosure_below_the_text_goes():
    line = "广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考。"
    article = _read("新机正式发布", [*_p(PHONE), f"<p>{line}</p>"])
    assert _removed(article, "notice-link-disclosure") == [line]
    assert all(t in article.text for t in PHONE)


# --- the look-alikes that stay ----------------------------------------------------------------------------------

PLANS = [
    "记者走访了三家运营商的营业厅，发现各家都在推流量套餐，宣传单上写着首月免费、月租 19 元起，听上去很划算。",
    "但仔细看条款就会发现，首月免费之后往往自动续费，月租也会从第四个月起涨到 59 元，不少老人根本没注意到。",
    "消费者协会提醒，办理套餐前要问清优惠期限和到期后的资费，不需要的增值业务要当场取消，保留好宣传单。",
    "如果遇到扣费纠纷，可以拨打 12315 热线投诉，也可以扫描营业厅门口的二维码，在线提交投诉材料和凭证。",
]


@pytest.mark.parametrize("wrap", ["<p>{}</p>", '<div class="para">{}</div>'])
def test_an_article_about_offers_and_a_hotline_in_its_paragraphs_stays(wrap):
    article = _read("流量套餐的首月免费陷阱", [wrap.format(t) for t in PLANS])
    assert not _removed(article)
    assert all(t in article.text for t in PLANS)


@pytest.mark.parametrize(
    "closing",
    [
        "那天在大厅门口扫码取号的人排起了长队，大家都在关注新政策会不会延长申报期",
        "大家最关注的还是逾期怎么办：扫码进入电子税务局补报，罚款一般不多，但信用分会受影响",
    ],
)
def test_a_closing_paragraph_telling_of_scanning_and_following_stays(closing):
    article = _read("季度申报流程", [*_p(TAX), f'<div class="para"><img src="/img/hall.jpg">{closing}</div>'])
    assert closing in article.text


def test_a_reviews_spec_table_and_verdict_box_stay():
    table = (
        "<table><tr><th>项目</th><th>参数</th></tr><tr><td>售价</td><td>¥3999 起</td></tr>"
        "<tr><td>电池</td><td>5500 毫安时</td></tr><tr><td>快充</td><td>90 瓦</td></tr></table>"
    )
    verdict = (
        '<div class="verdict"><h3>购买建议</h3><p>预算在四千元左右、看重续航的用户，这台新机值得立即入手。</p>'
        '<p>不急的话可以等首发优惠结束后再买，价格通常会回落。</p><a class="btn" href="/phone/specs">查看完整参数</a></div>'
    )
    article = _read("新机评测", [*_p(PHONE[:3]), table, *_p(PHONE[3:]), verdict])
    assert not _removed(article)
    assert "售价 ¥3999 起" in article.text
    assert "这台新机值得立即入手" in article.text


@pytest.mark.parametrize(
    "figure",
    [
        '<figure><img src="/img/hall.jpg"><figcaption>市民在营业厅扫码预约办理业务</figcaption></figure>',
        '<div class="pic"><img src="/img/hall.jpg"><p>办税服务厅</p><p>纳税人扫码预约后在自助机前取号</p></div>',
    ],
)
def test_a_figure_and_its_caption_stay(figure):
    article = _read("季度申报流程", [*_p(TAX[:2]), figure, *_p(TAX[2:])])
    assert not _removed(article)
    assert "扫码预约" in article.text


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>立即预约</p><p>首月免费，扫码领取</p></blockquote>",
        '<div class="quote-box"><p>“首月免费、立即领取”这样的字眼，最容易让人放松警惕。</p><p>——消费者协会</p></div>',
    ],
)
def test_a_quotation_of_the_text_stays(quote):
    article = _read("流量套餐的首月免费陷阱", [*_p(PLANS[:2]), quote, *_p(PLANS[2:])])
    assert not _removed(article)


@pytest.mark.parametrize("label", ["第二步：立即预约", "立即预约办税时间"])
def test_a_guides_step_boxes_stay(label):
    step = '<div class="step"><img src="/img/s{0}.png"><p>{1}</p><p>{2}</p><a class="btn" href="/go/{0}">去办理</a></div>'
    steps = [
        step.format(1, "打开电子税务局 APP", "在首页找到“我要办税”"),
        step.format(2, label, "选择办理时间和大厅"),
        step.format(3, "选好以后点击“提交”，系统会发短信确认，按时到大厅取号即可办理。", "到了大厅出示短信"),
    ]
    article = _read("季度申报流程", [*_p(TAX[:2]), *steps, *_p(TAX[2:])])
    assert not _removed(article)
    # the same 去办理 under every step: the guide's list (findings O2)
    assert not _removed(article, "promo-box")


@pytest.mark.parametrize(
    "parts",
    [
        # the label quoted by a paragraph of the text
        [
            *_p(PHONE[:4]),
            "<p>按照新规，带货文章要在文末写明“广告声明：文内的跳转链接为推广链接”，方便读者分辨。</p>",
            *_p(PHONE[4:]),
        ],
        # the line in the middle of the text, a paragraph of prose after it
        [*_p(PHONE[:4]), "<p>推广说明：文中的购买链接为推广链接，价格以下单页为准。</p>", *_p(PHONE[4:])],
    ],
)
def test_a_link_disclosure_quoted_or_inside_the_text_stays(parts):
    assert not _removed(_read("新机正式发布", parts), "notice-link-disclosure")


def test_a_blocks_frame_names_its_box_and_what_the_box_holds():
    from lxml.html import fragment_fromstring

    from fanwen.extract.blocks import html_blocks

    root = fragment_fromstring(
        '<div><p>正文。</p><div class="card"><img src="/q.png"><div><b>名称</b><p>说明</p></div>'
        '<form><input name="tel"></form></div><blockquote><p>引文。</p></blockquote></div>'
    )
    text, name, line, quote = html_blocks(root)
    assert text.frame is None  # a paragraph of the region itself
    assert name.frame is line.frame and name.frame is not None and name.frame.look == "div"
    card = name.frame.parent
    assert card is not None and card.look == "div.card" and card.image and card.control and not card.button
    assert quote.frame is not None and quote.frame.tag == "blockquote" and not quote.frame.image


NOTICE = [
    "为丰富校园文化生活，学校定于 11 月 15 日下午在体育馆举办第十届秋季运动会，现将报名有关事项通知如下。",
    "一、参赛对象为全校在读学生，每人限报两个个人项目和一个集体项目，教职工组另行通知，请各班主任做好动员。",
    "二、报名时间为 11 月 1 日至 11 月 7 日，逾期不再受理，各班体育委员负责汇总本班名单，统一扫码报名。",
    "三、比赛期间请同学们注意安全，做好热身准备，如有身体不适请提前向班主任说明，不要勉强参赛，量力而行。",
]


@pytest.mark.parametrize(
    "box",
    [
        # the notice's own registration code, its words the notice's
        '<div class="qr"><img src="/img/baoming.png"><p>运动会报名二维码</p><p>班级体育委员扫码报名</p></div>',
        # the notice's attachment, its download button
        '<div class="attach"><img src="/img/doc.png"><span>附件：运动会报名表.docx</span>'
        '<a class="btn" href="/f/1.docx">立即下载</a></div>',
    ],
)
def test_a_notices_own_registration_code_and_attachment_box_stay(box):
    article = _read("关于举办第十届秋季运动会的通知", [*_p(NOTICE), box])
    assert not _removed(article)
