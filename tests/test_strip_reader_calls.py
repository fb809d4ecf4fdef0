"""A call to the reader to act for a gain (issue 11, session 21): ``cta-reader-call``.

Read by where it stands and what it asks, not by a site's words. It opens the block, the sentence after the article's
last stop (glued after a paragraph) or an aside after a dash, an arrow, a bar or a short question before it, and runs to
the block's end with no stop. It asks the reader's act (give: 捐, 认购, 认养, 为…募集; sign up or book: 报名, 预约, 抢位,
手刀; a code to fill: 填优惠码; a friend to add, a button: 加…好友, 点此, 点这里, 请按, 索取) tied to a gain or scarcity (an
amount, 送, 加赠, 立减, 抵10元, 免费, 名额, 前100名, the hour of a live or a class), in two clauses.

What stays: a clause that reports (news of a drive, a scam warning quoting the scammer's ask, an office's notice with
its deadline or its field labels, a live sale reported, a tutorial's step, a recipe's booking, a hotline) and any
sentence closed by its stop.

Pages of our own (tests/fixtures/shapes):

- reader_calls_charity_big5: a Big5 charity's news with a donation ask, a live concert raising funds and a booklet
  offered for adding a LINE friend, each glued after a paragraph; its report of last month's donations stays.
- reader_calls_lookalikes: a county's news page of a charity drive, a scam warning, a school's sign-up notice, a live
  sale reported, a checkout tutorial and a recipe: all the article's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"
RULE = "cta-reader-call"


def _strip_line(line: str):
    return strip_blocks([Block(PROSE * 3), Block(line), Block(PROSE * 3)], bundled_rules(), "标题")


def _strip_glued(paragraph: str, call: str):
    return strip_blocks(
        [Block(PROSE * 3), Block(PROSE + paragraph + call), Block(PROSE * 3)], bundled_rules(), "标题"
    )


CHARITY = [
    ("每餐只需自付20元。", "（捐300元就能认养一位独居老人一个月的午餐，点此在线捐款）"),
    ("冬天的山里格外冷。", "（一条电热毯 420 元，点这里认购送给山区老人）"),
    (
        "感謝每一位志工的付出。",
        "（每月定期捐款300元，就能讓一位山區孩子吃上一學期營養午餐，點此捐款）",
    ),  # traditional
    ("孩子们的午餐得到了保障。", "【岁末义演】12/20（六）晚上8点线上直播，边看演出边为留守儿童募集冬衣"),
    (
        "講座結束後大家意猶未盡。",
        "（本會理財防騙小冊免費索取，加LINE好友輸入「小冊」就寄到家）",
    ),  # traditional
]
CODES = [
    (
        "装好以后重启一次就行了。",
        "我用的是同款云服务器——年付88元的2核4G，下单时填优惠码 LAOWANG 还能再抵15元",
    ),
    ("以上就是全部配置。", "（在官网下单时填写优惠码 SPRING，可再减20元）"),
    ("這套流程我用了兩年。", "結帳時輸入折扣碼 HAPPY50，全站再折50元"),  # traditional
]
LIVES = [
    ("以上是今年的主要工作安排。", "→1月25日晚8点直播：三步写好述职报告，报名立享9.9元特价"),
    ("谢谢大家。", "（写作训练营今晚19:30开课，前50名报名仅需1元，点击抢位）"),
    (
        "如已跨期，請開立折讓單。",
        "（不會設定？每週二下午3點線上說明會，名額20位，報名請按右側「我要報名」）",
    ),  # traditional
    ("請於月底前繳交資料。", " → 想先試試？1/10（六）親子烘焙體驗課剩最後8個名額，手刀報名"),  # traditional
    ("注意多喝水。", "【线上问诊】首次视频问诊皮肤科医生立减30元，点这里领券，医生10分钟内回复"),
]


@pytest.mark.parametrize(("paragraph", "call"), CHARITY + CODES + LIVES)
def test_a_call_to_act_for_a_gain_glued_after_a_paragraph_goes_alone(paragraph, call):
    result = _strip_glued(paragraph, call)
    assert [r.rule for r in result.removed] == [RULE]
    assert call.strip().endswith(result.removed[0].text[-6:])
    assert result.blocks[1].text.rstrip(" →：:") in (PROSE + paragraph).rstrip()


@pytest.mark.parametrize(
    ("paragraph", "call"),
    [
        ("以上就是全部配置。", "（买会员的话可以用我的推荐码 KK2026，首月立减20元）"),
        ("第二天去了古镇。", "（订酒店的话用我的邀请码 TRIP88，新用户首单立减50）"),
        ("這台機器我用了三年。", "（想入手的話可以用我的推薦碼 ABC123，首年再減200元）"),  # traditional
    ],
)
def test_a_referral_code_to_use_goes_as_a_referral(paragraph, call):
    """cta-referral's signup: using (用) the writer's code is signing up through it (session 21)."""
    result = _strip_glued(paragraph, call)
    assert [(r.rule, r.text) for r in result.removed] == [("cta-referral", call)]
    assert result.blocks[1].text == PROSE + paragraph


@pytest.mark.parametrize(
    "call",
    [
        "12月每周四晚7点，营养科主任在线讲“宝宝辅食添加”，预约即送辅食记录本",
        "捐500元可為偏鄉學童添購一學期的營養早餐，點此線上捐款",  # traditional
        "亲子阅读营周六上午10点开讲，名额30个，报名送绘本一册",
        "年菜礼盒一份1,280元，所得全数捐给育幼院，点此认购",
    ],
)
def test_a_call_on_a_line_of_its_own_goes(call):
    result = _strip_line(call)
    assert [(r.rule, r.text) for r in result.removed] == [(RULE, call)]


def test_a_live_class_box_goes_with_its_title():
    blocks = [
        Block(PROSE * 3),
        Block("宝宝健康直播课"),
        Block("每周三晚7点，儿科医生在线讲“冬季护理”，预约即送体温记录表"),
        Block(PROSE * 3),
    ]
    result = strip_blocks(blocks, bundled_rules(), "标题")
    assert [(r.rule, r.text) for r in result.removed] == [
        (RULE, "宝宝健康直播课"),
        (RULE, "每周三晚7点，儿科医生在线讲“冬季护理”，预约即送体温记录表"),
    ]


@pytest.mark.parametrize(
    "prose",
    [
        # news of a charity drive, a scam warning quoting the scammer's ask
        "基金會上月募得286萬元，捐款人可至徵信專區查詢",
        "基金会上月募得286万元，捐款人可至征信专区查询。",
        "詐騙集團要求民眾加LINE好友後匯款，警方呼籲切勿上當",
        "骗子冒充客服，要求受害人加微信好友后转账500元",
        # an office's notice: a deadline, a field's label
        "报名请于12月6日前到教务处登记，名额30人",
        "报名时间：12月1日至6日，名额30人，报名免费",
        "教务处通知，报名请于本周五前完成，每班名额5人。",
        # a live sale reported, a lecture announced as news
        "当晚8点直播开播，两小时卖出3000单，销售额突破50万元",
        "讲座将于12月6日晚7点在线直播，市民可免费观看。",
        # a tutorial's step describing software, a recipe's booking, a hotline
        "在结账页面输入优惠码一栏，点击应用即可抵扣10元",
        "电饭煲设好预约，第二天早上7点就能喝上热粥，省时又省电",
        "捐款热线：0800-123-456，服务时间上午9点至下午5点",
        # a sentence closed by its stop, a question, a heading
        "现在捐款满1000元加赠年历一份，协会去年共送出三千份。",
        "我花9.9元报名了一个写作营，第一节课就讲得很好",
        "为什么前100名报名只要9.9元？",
        "关于开展寒假免费托管报名工作的通知",
        # speech told, a field's label, a gift named as a thing, a course notice's own offer
        "老师说，报名送的练习册要带来上课",
        "图书馆借阅免费，预约入口：图书馆微信小程序",
        "即日起开放免费试听，立即报名可享八折优惠！",
    ],
)
def test_a_clause_that_reports_stays(prose):
    assert _strip_line(prose).removed == []
    assert _strip_glued("这一段讲的是事情的经过。", prose).removed == []


def test_a_charitys_asks_glued_to_its_news_go_and_its_report_stays():
    page = read_shape("reader_calls_charity_big5")
    assert [(r.rule, r.text) for r in page.article.removed] == [
        (RULE, "（捐1,200元就能為一位學童準備一整學期的文具，點此線上捐款）"),
        (RULE, "【歲末愛心音樂會】12/20（六）晚上8點線上直播，邊聽音樂邊為山區孩子募集冬季外套"),
        (RULE, "（本會親子共讀手冊開放免費索取，加LINE好友輸入「共讀」就寄到家）"),
    ]
    text = sections_text(page)
    assert "捐款人可至協會網站徵信專區查詢明細。" in text  # news of the drive
    assert "要求民眾加LINE好友後匯款捐輸" in text  # a scam warning quoting the scammer's ask
    assert text.count("\n") == 4 and "點此" not in text and "直播" not in text


def test_a_news_page_of_drives_notices_sales_and_how_tos_keeps_every_line():
    page = read_shape("reader_calls_lookalikes")
    assert page.article.removed == []
    text = sections_text(page)
    for line in (
        "捐款人可至基金会官网征信专区查询",
        "诈骗集团要求民众加微信好友后转账",
        "报名请于12月6日前到教务处登记，名额30人",
        "当晚8点直播开播，两小时卖出柑橘4000多箱",
        "在结账页面输入优惠码一栏，点击应用即可抵扣相应金额",
        "晚上设好预约，第二天早上7点就能喝上热粥",
        "可拨打消费者投诉热线12315",
    ):
        assert line in text, line


# cta-own-service (session 21): a channel's promise of a piece every day or week is what it offers the reader too.
@pytest.mark.parametrize(
    ("paragraph", "call"),
    [
        ("退热后不要急于返校。", "｜关注“江北儿医”视频号，每天一条60秒育儿小知识"),
        ("饭后不宜马上运动。", "关注“康养之家”公众号，每周一期营养食谱"),
        ("記得按時服藥。", "下載「仁和醫院」App，每日推送用藥提醒"),  # traditional
    ],
)
def test_a_sites_channel_promising_a_daily_piece_goes(paragraph, call):
    result = _strip_glued(paragraph, call)
    assert [(r.rule, r.text) for r in result.removed] == [("cta-own-service", call)]
    assert result.blocks[1].text == PROSE + paragraph


@pytest.mark.parametrize(
    "prose",
    [
        "该院视频号每天一条科普短视频，已累计播放百万次。",
        "关注天气预报，每天一条出行提醒",
        "我每天都会关注“人民日报”公众号，每天一条早间新闻。",
    ],
)
def test_a_channels_daily_piece_told_or_not_the_sites_stays(prose):
    assert _strip_glued("这一段讲的是办事经过。", prose).removed == []


# Review rv4 (session 21): an article's own lines of the call's shape, with no stop at their end, stay: a plan's or a
# notice's list item (an enumerator opens it: 3、 （二） 2. 第三步： 步骤二： 二是 第二节 附件：), an act an office or a
# drive carries out told (开展, 推行, 发放, 减免, 凡…), a warning against the act (不要, 切勿, 谨防), a fee stated with its
# amount (报名费200元, 费用800元: what the reader pays, no gain), a subheading's 关注 of a cause, not of an account, a
# photo's caption (图为…) and the act told as done (预约好).
@pytest.mark.parametrize(
    "prose",
    [
        "3、组织党员开展“一日捐”活动，共募集善款12,000元",
        "（二）学生自愿报名，每班名额不超过40人，收费标准按物价局核定执行",
        "2. 通过“浙里办”APP预约挂号，每天限200个名额",
        "第三步：输入优惠码 ABC123，订单金额自动减10元",
        "步骤二：点此进入支付页，输入金额100元",
        "二是推行分时段预约，免费提供停车位",
        "第二节 报名与缴费，报名费每人50元",
        "附件：2026年寒假托管报名表（名额50人，费用800元）",
        "全市开展“慈善一日捐”活动，募得善款超500元",
        "警方提醒：不要加陌生人LINE好友，更不要匯款3,000元給對方",  # traditional
        "每人报名费200元，含午餐和资料",
        "凡报名参加的教师，每人补贴交通费100元",
        "该校为新生报名开辟绿色通道，减免学费2000元",
        "關注留守兒童，每人發放補助500元",  # traditional
        "关注老人健康，免费体检惠及3000人",
        "图为志愿者在街头为灾区募集物资，现场收到善款3万元",  # a caption
        "提前一天预约好肉铺，买五花肉500克约30元",  # a recipe's step, the act done
    ],
)
def test_a_list_item_an_act_told_a_warning_or_a_fee_stays(prose):
    assert _strip_line(prose).removed == []
    assert _strip_glued("这一段讲的是事情的经过。", prose).removed == []


# Review rv4: the gain in other words: a sum in 万元, a discount in 折, places capped (限额, 先到先得); a call to follow
# an account still goes.
@pytest.mark.parametrize(
    "call",
    [
        "现在下单输入优惠码 VIP20，全场享8折",
        "扫码报名，限额30人，先到先得",
        "▶ 加入月捐計畫，每月捐款滿1萬元加贈年度紀念冊",  # traditional
        "→ 欢迎关注“小雨课堂”公众号，免费领取期末复习资料",
    ],
)
def test_a_call_with_a_gain_in_other_words_goes(call):
    for result in (_strip_line(call), _strip_glued("事情就是这样。", call)):
        assert [r.text for r in result.removed] == [call.strip()], call


# Review rv4: the aside's call opens after a sentence's colon, not after a field's label (活动主题：…——…): a notice's
# theme with its dash is the notice's own line.
@pytest.mark.parametrize(
    "prose",
    [
        "活动主题：爱心接力——为山区孩子募集冬衣，每户至少一件，价值50元以上",
        "項目名稱：溫暖冬至——為獨居長者募集棉被，每床約800元",  # traditional
    ],
)
def test_a_fields_label_before_the_dash_stays(prose):
    assert _strip_glued("这一段讲的是事情的经过。", prose).removed == []
    assert _strip_line(prose).removed == []
