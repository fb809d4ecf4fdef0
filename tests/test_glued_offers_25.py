"""Offers glued to a paragraph that session 24's reading kept (session 25, issue 11; fanwen/strip/tails.py).

A sale aimed at the reader needs no channel: a sum with a way to buy or a deadline, and a gain or a buy (原价199元，本周
限时129元，再送…; …前下单享九折; 限时2元解锁); an emoji opening the sentences after a paragraph's stop marks them as its
advert; an imperative to buy or join opening the sentence (现在下单…, 开通…会员…) is the reader's, whatever gain the paragraph
told before it; the site's own live (本报…直播…评论区…抽取) after a report is the site's advert. A bracket whose content is an
offer goes whole: a label of an offer (（限时福利：…）), a note that sells (（温馨提示：开通…仅需N元…）), a 【】 closing a
paragraph, a pointer to the page's own corner or end with a gain or an ease (（文末有…券…）, （…右下角即可…）), a reader
addressed with a channel and a deadline. A tool doing the reader's work (「…AI…」输入…即可生成…，首篇免费) and a form giving
a free e-book (填写表单，免费索取《…》) are offers, their 输入 / 填写 no how-to's step.

The article's own stay: a report of prices or vouchers (表示, a sum raised), the public body's own service, a story's
people, a how-to's step, a writer's note of a price, a continuation of the paragraph's own sale (还可再领…), a page
reference (（详见文末附表）). Our own wordings, none of a fixture's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULES = bundled_rules()
BEFORE = "河湾村的老祠堂修缮完工后改成了村史馆，展柜里陈列着农具、老照片和几代人的家书，周末常有学生来参观。"
AFTER = "村史馆门前的晒谷场也保留了下来，每到秋收，金黄的稻谷铺满一地，成了摄影爱好者最爱的取景地。"
# Paragraphs the offers are glued after: a story's, a report's, a how-to's, each closing with its stop.
STORY = "馆里最受欢迎的是一面老照片墙，记录了村子从土坯房到小洋楼的变化，不少老人站在墙前久久不肯离开。"
STORY_TW = "館裡最受歡迎的是一面老照片牆，記錄了村子從土坯房到小洋樓的變化，不少長輩站在牆前久久不肯離開。"
REPORT = "据统计，今年国庆假期全村共接待游客1.2万人次，同比增长35%，农家乐营业额超过80万元。"


def _strip(line: str, title: str = "河湾村的村史馆"):
    result = strip_blocks([Block(BEFORE), Block(line), Block(AFTER)], RULES, title)
    return [b.text for b in result.blocks], result


def _goes(paragraph: str, offer: str) -> None:
    kept, result = _strip(paragraph + offer)
    assert paragraph in kept
    assert not any(offer in line for line in kept)
    assert any(offer in r.text for r in result.removed)


# A sale with no channel: a sum, a buy or a deadline, a gain or a buy; an emoji opening it marks where it starts.
SALES = [
    "手工月饼礼盒原价168元，本周限时128元，再送保温袋一个。",
    "精选教案、课件和练习题合集，限时2元解锁，今晚零点截止。",
    "年節伴手禮盒 NT$980，12/20 前訂購享九折優惠。",
    "✨ 中秋礼盒预售开启！桂花酒礼盒99元，9月10日前下单再送酒杯一对。",
    "🔥 年终清仓！羊毛围巾原价299元，本周限时159元，买二送一。",
    "🎁 母親節檔期開跑！康乃馨花束 NT$599，5/5 前預訂享早鳥85折。",
]


@pytest.mark.parametrize("offer", SALES)
def test_a_sale_with_no_channel_goes(offer):
    _goes(STORY_TW if "NT$" in offer else STORY, offer)


# An imperative to buy or join opening the sentence, after a paragraph that tells a gain of its own (a public body's
# subsidy, a free opening): the paragraph's gain is no reason to keep the reader's.
BUY_AFTER_GAIN = [
    (
        "区里今年发放的家电补贴最高可达2000元，市民可凭发票线上申请。",
        "现在下单“优品汇”家电节，空调第二台半价！",
    ),
    (
        "景区对六十岁以上老人免费开放，凭身份证即可入园。",
        "开通“乐游”年卡会员，全年门票积分兑换，新人礼包免费领！",
    ),
    (
        "本館週二至週日免費參觀，週一休館，團體參觀請提前一週預約。",
        "現在加入「好書坊」會員，新書團購價再折100元！",
    ),
]


@pytest.mark.parametrize(("paragraph", "offer"), BUY_AFTER_GAIN)
def test_an_imperative_sale_after_a_paragraphs_own_gain_goes(paragraph, offer):
    _goes(paragraph, offer)


# The site's own live with its draw, glued after a report's paragraph; a live's sale with no stop of its own.
LIVES = [
    (REPORT, "本报“周末游”直播今晚八点开播，评论区留言可抽取景区门票。"),
    (REPORT, "本台《乡村美食地图》直播明晚7点开始，评论区点赞抽送100份月饼。"),
    (
        "據統計，今年連假全村共接待遊客1.2萬人次，同比增長35%。",
        "本報「老街故事」直播今晚九點登場，評論區留言抽出10名送紀念品。",
    ),
    (REPORT, "视频号“溪山摄影”直播看日出，下单三脚架享团购价"),
    (REPORT, "抖音“乡味小厨”直播卖新茶，满两盒享优惠价"),
]


@pytest.mark.parametrize(("paragraph", "offer"), LIVES)
def test_a_sites_live_offer_after_a_report_goes(paragraph, offer):
    _goes(paragraph, offer)


# A bracket whose content is an offer.
BRACKETS = [
    # a label of an offer
    "（限时福利：预订亲子套票享早鸟价，再送纪念徽章一枚）",
    "（粉丝福利：凭本文截图到店消费立减20元）",
    "（限時優惠：年度會員預購送保溫瓶一只）",
    # a note that sells
    "（温馨提示：现在开通年度会员仅需19元，全站资料随心下载！）",
    "（小提示：开通VIP月卡只要6元，每天多领一张优惠券）",
    "（溫馨提示：立即開通會員僅需99元，全年免運！）",
    # a 【】 closing the paragraph
    "【写总结没头绪？AI写作小程序输入题目自动成文，新用户立减3元】",
    "【周末特惠：进入“鲜果铺”小程序，水果满99减20】",
    "【開學季：下載「學霸筆記」App，首月免費】",
    # a pointer to the page's own corner or end, with a gain or an ease
    "（文末有读者专属优惠券，记得看到最后）",
    "（本号问答机器人已开通，点击页面底部菜单即可咨询）",
    "（文章底部有限量红包，别错过哦）",
    # a reader addressed, a channel and a deadline
    "（需要全套备考资料的同学，可以去我主页橱窗看看「冲刺营」，名额有限）",
    "（对摄影感兴趣的朋友，欢迎关注本号的摄影课，本月底截止报名）",
    "（想系統學剪輯的朋友，可以看看我主頁置頂的「剪輯營」，週五截止報名）",
]


@pytest.mark.parametrize("offer", BRACKETS)
def test_a_bracket_whose_content_is_an_offer_goes_whole(offer):
    _goes(STORY, offer)


@pytest.mark.parametrize(
    ("paragraph", "offer"),
    [
        # after a colon introducing what follows, a bracket pointing to the page's corner
        (
            "村史年表按年份整理如下，先看清朝到民国的部分：",
            "（本站智能问答已上线，有疑问点页面右上角即可咨询）",
        ),
        # a bracket that sells freedom from adverts
        (STORY, "（开通本站会员，全站免广告阅读）"),
        # an emoji's sale after a story's third person
        (
            "他在村口开了三十年小卖部，村里的孩子都是吃着他的糖长大的。",
            "🔥 秋季庙会开幕！“乡味”年卡原价98元，本周限时58元，再送布袋。",
        ),
    ],
)
def test_a_pointing_bracket_or_an_emojis_sale_goes(paragraph, offer):
    _goes(paragraph, offer)


# A tool doing the reader's work with a free first use; a form giving a free e-book (its lead-in question goes too).
TOOLS_AND_FORMS = [
    ("想给孩子写一封生日信？", "「暖心AI信笺」输入三句话即可生成整封信，首封免费！"),
    ("", "「简历AI助手」输入工作经历即可自动写出简历，第一份免费。"),
    ("", "「作文AI小老師」輸入題目即可生成範文，首篇免費！"),
    ("想了解自家房子的抗震等级？", "填写表单，免费索取《房屋安全自查手册》电子版。"),
    ("", "填写问卷，免费领取《家庭理财入门》电子书。"),
    ("", "填寫表單，即可免費索取《育兒手冊》PDF。"),
]


@pytest.mark.parametrize(("lead", "offer"), TOOLS_AND_FORMS)
def test_a_tools_or_a_forms_offer_goes_with_its_lead(lead, offer):
    _goes(STORY, lead + offer)


# A button clause closing the offer; a shop's live in a 社区团购 (社区 no public body there).
OTHERS = [
    "年货节开抢，坚果礼盒满199减40，戳这里进入商城购买。",
    "新茶上市，明前龙井第二件半价，点击进入店铺抢购。",
    "关注“邻里鲜”视频号，每周三晚直播抢社区团购好物，一元秒杀大米。",
]


@pytest.mark.parametrize("offer", OTHERS)
def test_an_offer_with_a_button_or_a_group_buy_goes(offer):
    _goes(STORY, offer)


LOOK_ALIKES = [
    # prices and vouchers as news
    "受原料上涨影响，这家老字号将月饼礼盒从168元调至188元。不少老顾客表示，涨价后依然会买。",
    "今年区里发放的文旅消费券共5万张，每张满200元减50元。市民可在“文旅通”小程序领取，先到先得。",
    "商家表示，年货礼盒原价199元，本周限时99元，还送帆布袋。",
    "书市今年设摊位三百多个，不少书商打出了五折促销。原价68元的精装本，现场只卖35元。",
    "商场周年庆期间全场满300元减50元。现在下单还可再领20元无门槛券，活动持续到周日。",
    "今年的新款手机在发布会上亮相。新品售价2999元，即日起开放预订。",
    "城区几家超市的鸡蛋价格都有所下降。超市本周促销，鸡蛋每斤4.5元，限时三天，买二送一。",
    "水果店老板把刚到的荔枝摆在门口。荔枝今天每斤18元，买三斤送一斤。",
    # the public body's own service
    "市图书馆推出“阅读护照”，读者凭证即可免费借阅。办理读者证仅需10元押金，当天即可领取。",
    "博物馆周一闭馆，其余时间免费开放。游客可在博物馆小程序预约，每人每天限约一次。",
    # a story's people
    "奶奶在超市排了半小时队，终于用9.9元抢到了一盒鸡蛋。",
    "小李说，他提前下单了年货礼盒，比原价便宜了40元。",
    # a how-to's step
    "领券的方法很简单。第二步，在商城首页点击“领券中心”，领取满99减10的优惠券后下单。",
    "报名需填写表单并上传身份证照片，报名费全免。",
    "打开写作软件后，在对话框里输入题目，AI即可生成一篇提纲。",
    # a writer's note of a price, a page reference
    "这批团购的大米很快就卖完了。（注：文中价格为活动期间的团购价，现已恢复原价）",
    "门票分成人票和学生票两种。（说明：门票原价120元，学生凭证半价）",
    "村史馆的展品大多来自村民捐赠。（详见文末附表）",
    "这段历史在县志里也有记载。（文末附有参考文献）",
    "全村主要经济指标的完成情况如下：（单位：万元，同比增长%）",
    "这几年来参观的人越来越多：（数据来源：县文旅局，2020年至2024年）",
    # an emoji in a forum post's prose
    "孩子们在晒谷场上跑了一下午。😊 最后每人还领到了一份小礼物。",
    # the site's own live with no gain, a report's live
    "据统计，今年共有3万人次参观了村史馆。本报记者将在直播中连线馆长，读者可在评论区留言提问。",
    # a notice's registration
    "青少年宫的暑期书法班下周开课，共设三个班次。名额尚有空余，立即报名可享九折优惠！",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_the_articles_own_line_stays(line):
    kept, _ = _strip(line)
    assert line in kept
