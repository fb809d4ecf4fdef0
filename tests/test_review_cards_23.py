"""Review of the advert-card pass (fanwen/strip/cards.py, session 23): the text's own boxes of a card's shape.

A notice, a library's, a charity's, a government office's or a software tutorial's page draws boxes of its own
with a headline, a line or two and a button: how to sign up, where to book, how to give, where to download. Their
lines use an advert's offer words (开放预约, 免费使用, 限时, 捐款 asked of 您, 登录后下载, 原价, 立减) as often as a
template's card. Two shapes tell them from an advert card:

- **a label headline**: a facet's name of a label's length (报名方式, 下载地址, 价格信息, 座位预约), no offer of its
  own; an advert card's headline names what it sells (智能作文批改, AI写作助手上线) or says the offer (限时特惠);
- **the text's subject**: a quarter of the card's words are the rest of the text's (a library's page's 自习座位 box,
  a charity's page's 助学行动 box, a tutorial's 解压 box); an advert's card speaks of its own product.

The cards of tests/test_advert_cards_23.py still go, and so do new ones (a card with a picture, a price in a span,
Big5-era traditional wording).
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import HEALTH, READING, REPORT, TEMPLATES, _p, _paras, _text

LIBRARY = [
    "市图书馆新馆开馆以来，周末客流持续走高，不少家长带着孩子来借书、看展，少儿阅览区经常座无虚席。",
    "为满足读者需求，图书馆从本月起延长周末开放时间，并在二楼新增两百个自习座位，配备台灯和充电插座。",
    "图书馆负责人介绍，下一步还将引进更多数字资源，让读者在家也能查阅期刊论文、收听有声读物和讲座。",
    "据统计，新馆开放半年来累计接待读者四十余万人次，外借图书六十多万册，办理新读者证一万两千余张。",
    "不少读者建议增加夜间开放时段，图书馆表示正在调研，计划先在考试季试行，根据客流情况再作调整。",
]
CHARITY = [
    "今年春季学期，基金会助学行动共资助山区学生一千二百名，覆盖六个县的四十三所乡村中小学校。",
    "资助款项主要用于学生的生活补助和学习用品，基金会工作人员每学期都会走访受助家庭，了解实际困难。",
    "基金会秘书长表示，助学行动开展八年来，得到了社会各界的大力支持，账目每季度在官网公开接受监督。",
    "受助学生中，已有三百多人考上大学，其中不少人毕业后回到家乡任教，又成了助学行动的志愿者。",
    "下学期，基金会计划把资助范围扩大到两个新的县，并为受助学生增加课外阅读和心理辅导等支持。",
]
TUTORIAL = [
    "分卷压缩包通常以点零零一、点零零二这样的后缀结尾，解压时只需要对第一个分卷操作，其余分卷放在同一目录即可。",
    "安装好解压软件后，在第一个分卷上点右键，选择提取到当前文件夹，软件会自动按顺序读取后面的分卷。",
    "如果提示某个分卷损坏，可以先核对各个文件的大小是否一致，必要时重新下载出错的那一个分卷再试。",
    "有的压缩包设置了密码，解压时会弹出输入框，密码一般在发布页面的说明里，注意区分大小写字母。",
    "解压完成后，建议把原来的分卷文件移到别的文件夹保存一段时间，确认内容完整无误以后再删除。",
]
NOTICE = [
    "为丰富社区居民文化生活，弘扬传统书法艺术，经研究决定，于今年十一月在社区活动中心举办居民书法比赛。",
    "比赛分为成人组和少儿组，作品内容以诗词名句为主，书体不限，每人限交作品一件，作品尺寸统一为四尺三开。",
    "比赛将邀请市书法家协会的老师担任评委，评出一二三等奖若干名，获奖作品将在社区文化长廊集中展出一个月。",
    "参赛作品须为本人原创，不得代笔，一经发现取消参赛资格，已获奖项予以收回，请参赛者自觉遵守。",
    "比赛有关事宜由社区文化站负责解释，联系电话在社区公告栏公布，欢迎辖区居民踊跃参加、积极投稿。",
]

# The text's own boxes under a label headline: how to sign up, book, give, download, what it costs.
LABELLED = [
    ("报名通道", "报名通道9月1日开启，10月20日关闭", "我要报名", NOTICE),
    ("作品提交", "限时提交，逾期不再受理", "提交作品", NOTICE),
    ("电子资源", "持读者证可免费使用期刊数据库", "进入", LIBRARY),
    ("讲座预约", "周六上午名家讲座开放预约，每场限100人", "我要预约", LIBRARY),
    ("捐款方式", "如您愿意支持这项工作，可点击下方按钮捐款", "我要捐款", CHARITY),
    ("价格信息", "原价4999元，首发价4499元", "去看看", REPORT),
    ("下载地址", "官方原版，免费使用，没有捆绑插件", "下载", TUTORIAL),
    ("资料下载", "登录校园网后下载征订表", "下载", NOTICE),
    ("数据看板", "空调销量增长32%，平均8.5折", "查看详情", REPORT),
]

# The text's own boxes on its subject, under a headline longer than a label.
ON_SUBJECT = [
    ("二楼自习座位开放预约", "自习座位开放预约，每人每天限约一次，读者证即可登记", "预约座位", LIBRARY),
    ("支持助学行动的方式", "助学行动的每一笔捐款都在官网公示，您可随时查询", "查看公示", CHARITY),
    ("分卷解压工具推荐", "这款解压软件免费使用，右键即可提取全部分卷", "立即下载", TUTORIAL),
]


@pytest.mark.parametrize("template", range(3))
@pytest.mark.parametrize("box", range(len(LABELLED)))
def test_the_texts_box_under_a_label_stays(template: int, box: int) -> None:
    head, body, button, article = LABELLED[box]
    card = TEMPLATES[template](head, body, button)
    text = _text("社区里的一件事", _p(article[:3]) + [card] + _p(article[3:]))
    assert head in text
    assert body in text


@pytest.mark.parametrize("template", range(3))
@pytest.mark.parametrize("box", range(len(ON_SUBJECT)))
def test_the_texts_box_on_its_subject_stays(template: int, box: int) -> None:
    head, body, button, article = ON_SUBJECT[box]
    card = TEMPLATES[template](head, body, button)
    text = _text("近来的几件事", _p(article[:3]) + [card] + _p(article[3:]))
    assert head in text
    assert body in text


# Advert cards that still go: a headline naming a product or saying the offer, off the text's subject.
ADVERTS = [
    ("智能作文批改", "拍照上传，3秒出评语，新人免费体验3次", "去体验", READING),
    ("厨房神器限时抢", "多功能料理锅，直降200元，今天下单包邮", "立即抢购", HEALTH),
    ("AI写作助手上線", "新用戶免費試用7天，一鍵生成範文", "免費試用", REPORT),
    ("限时特惠", "会员年卡立减100元，本周内开通有效", "立即开通", READING),
]


@pytest.mark.parametrize("template", range(3))
@pytest.mark.parametrize("card", range(len(ADVERTS)))
def test_an_advert_card_with_a_products_headline_goes(template: int, card: int) -> None:
    head, body, button, article = ADVERTS[card]
    text = _text("小标题样例", _p(article[:3]) + [TEMPLATES[template](head, body, button)] + _p(article[3:]))
    assert head not in text
    assert body not in text


def test_a_card_with_a_picture_goes() -> None:
    card = (
        '<div class="promo"><img src="/i/a.png" alt=""><div class="r"><p><b>智能作文批改</b></p>'
        '<p>拍照上传，3秒出评语，新人免费体验3次</p><p><a class="btn" href="/x">去体验</a></p></div></div>'
    )
    text = _text("小标题样例", _p(READING[:3]) + [card] + _p(READING[3:]))
    assert "智能作文批改" not in text
    for paragraph in READING:
        assert paragraph in text


# Offers in words the first pass did not hold: a coupon given on sign-up, a donation asked with 你 and 善款.
COUPONS = [
    ("新人专享礼包", "注册即送50元无门槛优惠券", "马上领取", READING),
    ("家长学习卡", "开通就领3张20元代金券，课程通用", "去开通", HEALTH),
    ("写作素材库上新", "今日领券，全站素材包满100减30", "领券", REPORT),
]
ASKED = [
    ("为他们点亮一盏灯", "你的每一分善款，都会变成孩子手里的一本书", "我要捐", READING),
    ("冬日送暖计划", "你的一份爱心，能给老人添一床新棉被，欢迎捐赠", "去捐赠", REPORT),
    ("病房里的玩具角", "你的一点心意，能让住院的孩子多一分笑容，募集善款中", "献爱心", HEALTH),
]


@pytest.mark.parametrize("template", range(3))
@pytest.mark.parametrize("card", range(len(COUPONS) + len(ASKED)))
def test_a_coupon_or_an_ask_with_ni_goes(template: int, card: int) -> None:
    head, body, button, article = (COUPONS + ASKED)[card]
    text = _text("小标题样例", _p(article[:3]) + [TEMPLATES[template](head, body, button)] + _p(article[3:]))
    assert head not in text
    assert body not in text


def test_a_report_of_coupons_and_of_gifts_stays() -> None:
    coupons = _paras("商场周年庆", "周末两天共发出优惠券一万余张，客流同比增长两成", "查看详情")
    gifts = _paras("一年的善款去向", "去年收到的每一分善款都用在了哪里，年报一一列明", "查看年报")
    text = _text("周末见闻", _p(READING[:3]) + [coupons] + _p(READING[3:4]) + [gifts] + _p(READING[4:]))
    assert "周末两天共发出优惠券一万余张，客流同比增长两成" in text
    assert "去年收到的每一分善款都用在了哪里，年报一一列明" in text
