"""Promo boxes drawn as one element among the text's paragraphs (fanwen/strip/frames.py), on pages written for the
test: a page builder's call-to-action widget, a lead form, a mini-program's QR box after the text, a product card in
a tech news story, a site's fixed link disclosure below the text; and the look-alikes that stay: an article whose
subject is an offer, a hotline and a QR code told in a paragraph, a review's spec table and verdict, a closing
paragraph asking to follow, a figure and its caption, a quotation, a guide's step boxes."""

from __future__ import annotations

import pytest
from conftest import sample_page

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


def _read(title: str, parts: list[str]):
    page = read_page(sample_page(title, parts), "http://example.com/a/1.html", PageOptions.for_profile(None))
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


def test_a_lead_form_with_no_price_is_no_box_of_promo_frames():
    # A form and common offer words (预约, 咨询) are no evidence: a notice's registration box holds both (review P5).
    article = _read("季度申报流程", [*_p(TAX[:3]), FORM, *_p(TAX[3:])])
    assert not _removed(article)


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


# --- the text's own boxes that look like a widget (review of promo-frame, P1-P11) -------------------------------------
# Each is a box of the text's: a list of cards sharing one look, a poem or a recipe's list with a button, a travel
# piece's place box with a price, a notice's registration, contact or attachment box, a note below the text.


def _kept(article, lines: list[str]) -> None:
    assert not _removed(article), _removed(article)
    missing = [t for t in lines if t not in article.text]
    assert not missing, missing


HIRING = [
    "因业务扩展需要，本公司现面向社会公开招聘研发和运营岗位人员，欢迎符合条件的人士积极报名应聘。",
    "公司成立于2015年，主营跨境物流软件，现有员工三百余人，在苏州、南京两地设有研发中心和客服中心。",
    "应聘者请在线投递简历，简历通过筛选后，人事部门会在五个工作日内电话通知面试时间和地点，请保持电话畅通。",
]


def test_p1_job_cards_with_apply_buttons_and_free_meals_stay():
    card = (
        '<div class="post-card"><h4>{0}</h4><p>月薪：{1}</p><p>工作地点：{2}</p><p>学历要求：大专及以上</p>'
        '<p>福利待遇：六险一金、免费午餐</p><a class="btn-apply" href="/hr/apply">立即投递</a></div>'
    )
    cards = [
        card.format(*c)
        for c in [
            ("后端工程师", "12-18K", "苏州"),
            ("运营专员", "6-9K", "南京"),
            ("测试工程师", "9-13K", "苏州"),
        ]
    ]
    article = _read(
        "2025年秋季社会招聘公告",
        [
            *_p(HIRING),
            *cards,
            "<p>面试合格者签订劳动合同，试用期三个月，试用期工资不低于转正工资的百分之八十，依法缴纳社会保险。</p>",
        ],
    )
    _kept(article, ["后端工程师", "月薪：12-18K", "工作地点：南京", "福利待遇：六险一金、免费午餐"])


def test_p2_a_poem_in_a_box_with_a_read_aloud_button_stays():
    poem = (
        '<div class="shi"><p>雨是免费的</p><p>山风也是免费的</p><p>老屋门前的桂花开了</p><p>我马上就要回家</p>'
        '<a class="btn-audio" href="#audio">听朗读</a></div>'
    )
    prose = [
        "这首小诗是作者在外地求学时写下的，全诗只有四行，语言朴素，却把游子的思乡之情写得很真切，读来让人动容。",
        "前两行写雨和山风，用同样的句式反复，看似闲笔，其实是在和城市里样样都要花钱的日子作对照，意味深长。",
        "最后一行的“马上就要回家”，既是盼望，也带着几分无奈，因为真正能回家的日子，往往还远在寒假之后。",
        "这首诗在网上被转发了上万次，很多在外读书、工作的年轻人留言说，读到第三行就想起了自己家门口的那棵树。",
        "有老师把它选进了初中的课外阅读材料，让学生模仿它的句式写一首自己的小诗，交上来的作品有不少写得很动人。",
    ]
    article = _read("小诗《雨是免费的》赏读", [f"<p>{prose[0]}</p>", poem, *_p(prose[1:])])
    _kept(article, ["雨是免费的", "山风也是免费的", "我马上就要回家"])


TRIP = [
    "四月初正是婺源油菜花开得最盛的时候，这次我们沿着东线走了三天，篁岭、江岭和李坑都去了，各有各的好看。",
    "第一天先到篁岭，坐索道上山，村子挂在山坡上，家家户户门前晒着辣椒和菊花，远看像一幅铺开的画。",
    "第二天去了江岭，梯田一层一层往下铺，早上雾还没散的时候最好看，拍照的人天不亮就在观景台等着了。",
    "最后一天去李坑，小桥流水，游客比前两处少很多，坐在河边的茶馆里吃一碗清明粿，是整趟旅程最放松的时刻。",
    "三天走下来，最大的感受是要避开周末，工作日去人少一半，拍照不用排队，民宿的价格也便宜不少，更能慢慢看。",
]


def test_p3_a_travel_pieces_place_box_with_prices_among_its_paragraphs_stays():
    place = (
        '<section><section><img src="/mp/jiangling.jpg"></section><section><span><b>江岭梯田观景台</b></span></section>'
        "<section><span>进村免费，观景台停车 20元/次</span></section><section><span>农家乐午餐 40元/位起</span></section></section>"
    )
    article = _read("四月，去婺源看油菜花", [*_p(TRIP[:2]), place, *_p(TRIP[2:])])
    _kept(article, ["江岭梯田观景台", "进村免费，观景台停车 20元/次", "农家乐午餐 40元/位起"])


def test_p4_a_travel_pieces_closing_tips_box_with_a_map_and_a_price_stays():
    tips = (
        '<section><section><img src="/mp/map.jpg"></section><section><span><b>出行提示</b></span></section>'
        "<section><span>景区停车 10元/小时，高铁站有直达班车</span></section><section><span>村里饭菜偏贵，可以自带干粮</span></section></section>"
    )
    article = _read("四月，去婺源看油菜花", [*_p(TRIP), tips])
    _kept(article, ["出行提示", "景区停车 10元/小时，高铁站有直达班车", "村里饭菜偏贵，可以自带干粮"])


EVENT = [
    "为丰富居民的业余文化生活，青山社区定于12月6日上午在社区活动中心举办冬季亲子手工坊，欢迎辖区家庭参加。",
    "活动面向辖区内四至十岁儿童及其家长，每场限十五组家庭，内容包括剪纸、泥塑和灯笼制作，材料由社区统一准备。",
    "活动当天请家长全程陪同孩子，注意用剪刀和胶枪的安全，社区将为每组参加的家庭准备一份手工材料包作为纪念。",
]


def test_p5_a_notices_registration_box_with_its_form_and_fee_stays():
    signup = (
        '<div class="baoming"><h4>报名办法</h4><p>报名时间：11月25日至12月3日</p><p>材料费 15元/组，现场缴纳</p>'
        '<form action="/bm" method="post"><input name="name" placeholder="家长姓名"><input name="tel" placeholder="手机号">'
        '<button type="submit">提交</button></form></div>'
    )
    last = (
        "<p>名额报满即止，已报名的家庭请准时到场，如有变动请提前告知社区工作人员，以便安排候补家庭参加。</p>"
    )
    article = _read("关于举办青山社区冬季亲子手工坊的通知", [*_p(EVENT), signup, last])
    _kept(article, ["报名办法", "报名时间：11月25日至12月3日", "材料费 15元/组，现场缴纳"])


def test_p6_a_guides_item_boxes_one_with_a_booking_button_stay():
    item = '<div class="guide-item"><h4>{0}</h4><p>{1}</p><p>{2}</p></div>'
    items = [
        item.format("受理地点", "各区不动产登记中心", "政务服务中心一楼 3 号窗口"),
        item.format("受理时间", "工作日 8:30-12:00", "周六上午 9:00-12:00"),
        item.format("收费标准", "登记费 80 元/件", "工本费另计"),
        '<div class="guide-item"><h4>网上预约</h4><p>登录“皖事通”APP预约取号</p><a class="btn btn-blue" href="/yy">立即预约</a></div>',
    ]
    prose = [
        "不动产权证书遗失或者损毁的，权利人可以申请补发或者换发，本指南说明办理的条件、所需材料和办理方式。",
        "申请补发的，登记机构会在门户网站公告十五个工作日，公告期满无异议的，再予补发新的不动产权证书。",
        "办理时需权利人本人到场，委托他人办理的，受托人须携带经公证的授权委托书和本人身份证原件。",
    ]
    article = _read("不动产权证书补换发办事指南", [*_p(prose[:2]), *items, *_p(prose[2:])])
    # (promo-box, an older pass, takes the APP line beside the removed 立即预约 button, before and after promo-frame)
    _kept(article, ["网上预约", "受理地点", "登记费 80 元/件"])


def test_p7_a_recipes_ingredient_box_with_a_buy_button_stays():
    box = (
        '<div class="yongliao"><h3>食材（三人份，成本约¥28）</h3><p>鸡翅中 10只</p><p>可乐 1罐</p>'
        '<p>生抽 2勺 老抽 半勺</p><a class="btn-cart" href="/mall/cart?r=7">一键买齐食材</a></div>'
    )
    prose = [
        "可乐鸡翅是最适合厨房新手的一道菜，步骤简单，味道甜咸适中，大人孩子都爱吃，周末在家做一盘很有成就感。",
        "鸡翅中两面各划两刀，冷水下锅加姜片焯水，水开后撇去浮沫，捞出沥干，这样做出来的鸡翅没有腥味。",
        "锅里少放油，把鸡翅煎到两面金黄，倒入可乐、生抽和老抽，大火烧开后转小火焖十五分钟，最后大火收汁。",
        "收汁的时候要不停翻动鸡翅，让每一块都裹上亮晶晶的酱汁，汤汁变得浓稠、冒大泡的时候就可以关火出锅了。",
        "出锅后撒一点白芝麻，配一碗白米饭就很好吃，剩下的汤汁拌面也不错，放凉了以后鸡翅会更入味，第二天吃也香。",
    ]
    article = _read("可乐鸡翅的家常做法", [*_p(prose[:2]), box, *_p(prose[2:])])
    _kept(article, ["食材（三人份，成本约¥28）", "鸡翅中 10只", "可乐 1罐", "生抽 2勺 老抽 半勺"])


def test_p8_a_notices_file_rows_with_download_buttons_stay():
    row = (
        '<div class="file-row"><img src="/img/ico-file.png"><span>{0}</span>'
        '<a class="btn-down" href="/attach/get?id={1}">下载</a></div>'
    )
    article = _read(
        "关于举办第十届秋季运动会的通知",
        [*_p(NOTICE), row.format("秋季运动会报名汇总表", 41), row.format("秋季运动会竞赛规程", 42)],
    )
    _kept(article, ["秋季运动会报名汇总表", "秋季运动会竞赛规程"])


def test_p9_a_notices_contact_box_with_a_mail_link_stays():
    contact = (
        '<div class="lianxi"><p>联系人：校团委 王老师</p><p>报名咨询：0551-63001234</p>'
        '<p><a href="mailto:tuanwei@school.example.cn">tuanwei@school.example.cn</a></p></div>'
    )
    article = _read(
        "关于举办第十届秋季运动会的通知", [*_p(NOTICE), contact, "<p>校团委</p><p>2025年10月20日</p>"]
    )
    _kept(article, ["联系人：校团委 王老师", "报名咨询：0551-63001234"])


@pytest.mark.parametrize(
    "note",
    [
        # a notice's own note on its links (P10)
        "链接说明：本通知中的选课系统链接仅限校园网访问，校外同学请先连接学校VPN后再打开。",
        # an author's conflict-of-interest statement, saying the piece holds no advert (P11)
        "利益声明：本文作者未持有文中提及公司的股票，本文不含任何推广内容。",
        # an advert's label, negated: the page says its links are no adverts
        "广告声明：本页的购买链接均为普通链接，本站不收取任何佣金。",
        "推广说明：文中链接并非推广链接，产品均为编辑自费购买。",
    ],
)
def test_p10_p11_a_texts_own_or_negated_note_on_its_links_below_it_stays(note):
    article = _read("新机正式发布", [*_p(PHONE), f"<p>{note}</p>"])
    assert not _removed(article, "notice-link-disclosure")
    assert note in article.text


# An info card of the article's own (a lecture notice's 讲座信息, a clinic's 义诊 box) drawn as one element among its
# paragraphs: its price is a fact of what the article tells of (门票, 挂号费), and the card holds a line of the
# article's beside it, a field (时间：…) or a line on its topic. promo-box took the price line beside the card's
# removed link button as a box's (the review's course, hospital and event-notice probes); an advert card beside the
# same kind of button, all its lines off the topic, still goes.
LECTURE = [
    "为普及文物保护知识，市图书馆将于本月举办“走近青铜器”公益讲座，邀请省博物馆研究员主讲青铜器的铸造与纹饰。",
    "讲座分上下两场，上场介绍青铜器的铸造工艺，下场结合馆藏实物讲解纹饰的演变，适合中学生和文物爱好者参加。",
]
LECTURE_END = [
    "讲座现场设有提问环节，主讲人将解答听众关于青铜器鉴赏的问题，讲座结束后还将赠送馆藏青铜器图录一册。",
    "去年图书馆举办的陶瓷系列讲座场场满座，不少听众建议增加青铜器和书画的内容，这次讲座就是应读者要求安排的。",
]


@pytest.mark.parametrize(
    "card, own",
    [
        (
            '<div class="jz-info"><h4>讲座信息</h4><p>时间：11月15日下午2:30</p><p>门票 20元/人</p>'
            '<a class="btn" href="/ticket/88">在线购票</a></div>',
            ["时间：11月15日下午2:30", "门票 20元/人"],
        ),
        (
            '<div class="jz-card"><img src="/upload/jz/qr.png" alt=""><p>青铜器讲座报名</p><p>资料费 5元/人</p>'
            "<p>长按识别二维码报名</p></div>",
            ["青铜器讲座报名", "资料费 5元/人"],
        ),
    ],
)
def test_an_articles_own_info_card_with_a_fee_and_a_removed_button_stays(card, own):
    article = _read("市图书馆举办青铜器公益讲座", [*_p(LECTURE), card, *_p(LECTURE_END)])
    _kept(article, own)
    assert _removed(article, "promo-box") == []


def test_an_advert_card_beside_a_removed_button_off_the_topic_still_goes():
    card = (
        '<div class="sp-card"><p>智能记账软件</p><p>¥99/年</p><a class="btn" href="/buy/7">免费试用</a></div>'
    )
    article = _read("季度报税怎么报", [*_p(TAX[:3]), card, *_p(TAX[3:])])
    texts = [b.text for b in article.blocks]
    assert "¥99/年" not in texts
    assert "智能记账软件" not in texts


# The article's own offer (issue 11): a press release announces its product with its price and a booking button, an
# event notice its fee and a sign-up button. The box's words are the article's topic (the title names it) and it
# stands in the text's flow, prose above and below it: the article's. promo-box and promo-frame took it as a box
# that calls and prices. An off-topic price box with its button still goes, and so does the article's own product
# card appended after the text (a shop's card under the last paragraph: in no flow).
FOLD = [
    "12月5日，星河科技在深圳举行新品发布会，正式推出新一代折叠屏手机星河Fold 3。新机采用更轻的铰链设计，展开后厚度仅"
    "5.2毫米，重量较上一代减轻了30克。",
    "星河Fold 3搭载自研影像系统，主摄支持一英寸大底，夜景拍摄能力明显提升。续航方面，新机内置5000毫安电池，支持66瓦"
    "快充，半小时可充至八成。",
    "星河科技表示，星河Fold 3将于12月12日在各大电商平台正式开售，首批用户可享受一年碎屏保障服务，以旧换新最高可补贴"
    "一千元。",
]
READING = [
    "第五届滨江读书节昨日在市图书馆开幕，本届读书节以“书香满城”为主题，为期一个月，将举办阅读分享会、作家见面会和旧书"
    "交换市集等三十多场活动。",
    "其中，阅读分享会每周六下午在图书馆三楼报告厅举行，每场邀请一位本地作家与读者面对面交流，分享写作与阅读的心得，"
    "名额有限。",
    "主办方介绍，读书节期间市民还可以凭借阅证免费参加旧书交换市集，每人最多可交换十本图书，市集设在图书馆南广场。",
]
PRESS = "星河科技发布折叠屏手机星河Fold 3"
FESTIVAL = "滨江读书节开幕 阅读分享会开放报名"


def _amid(texts: list[str], box: str) -> list[str]:
    return [*_p(texts[:2]), box, *_p(texts[2:])]


@pytest.mark.parametrize(
    "title, texts, box, own",
    [
        (
            PRESS,
            FOLD,
            '<div class="buy-box"><p>星河Fold 3 12GB+256GB</p><p>售价 ¥7999</p><a class="btn" href="/buy">立即预约</a></div>',
            ["星河Fold 3 12GB+256GB", "售价 ¥7999"],
        ),
        (
            PRESS,
            FOLD,
            '<p>星河Fold 3 售价 ¥7999 <a href="/buy">立即预约</a></p>',
            ["星河Fold 3 售价 ¥7999 立即预约"],
        ),
        (
            FESTIVAL,
            READING,
            '<p>阅读分享会 报名费 ¥20/人 <a href="/signup">立即预约</a></p>',
            ["阅读分享会 报名费 ¥20/人 立即预约"],
        ),
    ],
    ids=["press-card", "press-line", "event-line"],
)
def test_the_articles_own_offer_in_its_flow_stays(title, texts, box, own):
    article = _read(title, _amid(texts, box))
    _kept(article, own)
    assert _removed(article, "promo-box") == _removed(article) == []


@pytest.mark.parametrize(
    "title, texts, box, gone",
    [
        (
            PRESS,
            FOLD,
            '<div class="buy-box"><p>海景酒店双人套餐</p><p>售价 ¥699</p><a class="btn" href="/buy">立即预约</a></div>',
            "售价 ¥699",
        ),
        (
            FESTIVAL,
            READING,
            '<p>少儿编程体验课 ¥99/节 <a href="/buy">立即预约</a></p>',
            "少儿编程体验课 ¥99/节 立即预约",
        ),
    ],
    ids=["card", "line"],
)
def test_an_off_topic_price_box_amid_the_text_still_goes(title, texts, box, gone):
    assert gone in _removed(_read(title, _amid(texts, box)), "promo-box")


AIRCON = [
    "空调用了一个夏天，滤网和蒸发器上会积下不少灰尘，开机时闻到异味、出风变小，多半就是该清洗空调了。",
    "清洗空调前先断电，打开面板取下滤网，用软毛刷顺着纹路刷掉浮灰，再用清水冲洗，放在阴凉处晾干，不要暴晒。",
    "蒸发器可以用专用的空调清洗剂喷洒，静置十分钟后开机制冷，脏水会顺着排水管流出，注意检查排水管有没有堵塞。",
    "空调外机一般一年清理一次就够了，主要是清掉散热片上的柳絮和落叶，高层住户不要自己爬出窗外操作。",
]


def test_a_labelled_card_for_the_guides_own_subject_amid_it_still_goes():
    """A card for the guide's own subject (空调清洗) under a label of its own off the topic (到家服务): an advert's card."""
    card = (
        '<div class="svc-card"><div class="svc-tag">到家服务</div><b>空调深度清洗 ¥129 起</b>'
        '<span>拆洗滤网、蒸发器、排水管</span><a class="svc-btn" href="/book">立即预约</a></div>'
    )
    assert "空调深度清洗 ¥129 起" not in [
        b.text for b in _read("家用空调清洗保养指南", _amid(AIRCON, card)).blocks
    ]


def test_the_articles_own_product_card_after_the_text_still_goes():
    card = '<p>星河Fold 3 售价 ¥7999 <a href="/buy">立即预约</a></p>'
    assert _removed(_read(PRESS, [*_p(FOLD), card]), "promo-box") == ["星河Fold 3 售价 ¥7999 立即预约"]


# The article's own offer is told by the article (review of issue 11, N6, N7): a study guide's topic words are shared by
# a third party's course on the same topic, and a 范文 site's text by the site's own download, AI-writing and VIP
# boxes on it. Neither article tells of a sale or a sign-up (售价, 开售, 报名, 名额…), and the site's product words
# (下载券, 会员, 全站打包, 开通, AI写作) are the site's selling: these boxes go, as they did before own_offer.
IELTS = [
    "雅思写作小作文要求在二十分钟内写完一百五十词以上，很多考生的问题不是不会写，而是图表数据读得太慢，时间不够用。",
    "拿到雅思小作文的题目，先花两分钟看清图表的标题、单位和时间跨度，找出最大值、最小值和最明显的变化趋势。",
    "正文按趋势分两段写，每段先概括再举数据，雅思考官看重的是数据的比较和归纳，而不是把每个数字都罗列一遍。",
    "考前一个月每天练一篇小作文，写完对照范文检查语法和连接词，坚持下来，雅思写作的分数会稳步提高。",
]
SUMMARY = [
    "这一年来，我在班组长的岗位上主要负责生产排班、设备点检和新员工培训，全年班组没有发生一起安全事故。",
    "工作中我坚持每天开好班前会，把当天的生产任务和安全要点讲清楚，班组的产量比去年同期提高了百分之八。",
    "不足之处是对新设备的操作规程掌握得还不够熟练，个人工作总结写到这里，也提醒自己明年要多向技术员请教。",
    "新的一年，我将继续加强学习，带好班组，把个人工作做得更扎实，为车间完成全年任务贡献自己的力量。",
]


@pytest.mark.parametrize(
    "title, texts, box, gone",
    [
        (
            "雅思写作小作文怎么提分",
            IELTS,
            '<p>雅思写作小作文冲刺班 ¥499 <a href="https://course.example.org/9">立即预约</a></p>',
            "¥499",
        ),
        (
            "班组长个人工作总结",
            SUMMARY,
            '<div class="dl-box"><p>班组长个人工作总结（Word可编辑）</p><p>下载券 ¥3.00</p>'
            '<a class="btn" href="/dl/9.html">立即下载</a></div>',
            "¥3.00",
        ),
        (
            "班组长个人工作总结",
            SUMMARY,
            '<div class="ai-card"><p>班组长个人工作总结AI写作</p><p>¥6.9/篇</p><a class="btn" href="/ai/">立即体验</a></div>',
            "¥6.9",
        ),
        (
            "班组长个人工作总结",
            SUMMARY,
            '<p>班组长个人工作总结全站打包 ¥19/月 <a href="/vip/">立即开通</a></p>',
            "¥19",
        ),
    ],
    ids=["course-line", "download-card", "ai-card", "vip-line"],
)
def test_a_price_box_on_the_topic_the_article_does_not_announce_still_goes(title, texts, box, gone):
    article = _read(title, _amid(texts, box))
    assert gone not in article.text
    assert all(t in article.text for t in texts)
