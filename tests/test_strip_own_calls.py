"""A site's own calls to the reader (issue 11, session 20): its own service pushed at the reader with no price
(``cta-own-service``), a follow call by handle (``cta-follow-handle``) and a referral link or code (``cta-referral``).

Each is read by where it stands and what it asks, not by a site's words: it opens the block, or the sentence after the
article's last stop (glued after a paragraph), and runs to the block's end; it opens with a tip's label in brackets, an
announcement in an advert's register (…开通啦！), an imperative to use the site's channel, a follow (关注@…, 关注我) or
the writer's referral link (我的推荐链接, 我的邀请码); and it asks the reader to use the site's channel for a
convenience, to follow an account, or to sign up through the link for a gain.

Pages of our own (tests/fixtures/shapes):

- own_service_calls: a hospital's health article with a booking tip glued after a paragraph, an online clinic's
  announcement line and an app's download call glued after another paragraph.
- follow_handle_travel: a travel blog whose last paragraph ends in a follow call by handle; an @ mention inside a
  sentence and a tip to follow the weather forecast stay.
- referral_blog_big5: a Big5 blog on backups whose last paragraph ends in an arrow and a referral link.
- own_calls_lookalikes: a hospital's news of its new online clinic with its booking steps, a how-to naming the app's
  【报告查询】 menu, an @ in a sentence, 关注天气预报 and a line disclosing no referral link: all the article's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


def _strip_line(line: str):
    return strip_blocks([Block(PROSE * 3), Block(line), Block(PROSE * 3)], bundled_rules(), "标题")


def _strip_glued(paragraph: str, call: str):
    text = PROSE + paragraph + call
    block = Block(text, link_density=len(call) / len(text))
    return strip_blocks([Block(PROSE * 3), block, Block(PROSE * 3)], bundled_rules(), "标题")


def test_a_hospitals_own_service_calls_go_and_its_paragraphs_stay():
    page = read_shape("own_service_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    assert removed == {
        "【就医提示】神经内科专家号源可在“澄州二院”小程序提前7天预约>>": "cta-own-service",
        "儿科互联网门诊开通啦！复诊开药、检查单解读，手机上就能问医生": "cta-own-service",
        "下载“澄州二院”App，报告出来第一时间推送提醒": "cta-own-service",
    }
    text = sections_text(page)
    assert "尽早到神经内科就诊。" in text
    assert "反而可能引起药物过度使用性头痛。" in text
    for word in ("小程序", "App", "开通啦"):
        assert word not in text, word


def test_a_follow_call_by_handle_glued_to_the_last_paragraph_goes():
    page = read_shape("follow_handle_travel")
    assert [(r.rule, r.text) for r in page.article.removed] == [
        ("cta-follow-handle", "点击关注@阿栗去旅行，下期带你去看富春江的日出")
    ]
    text = sections_text(page)
    assert text.rstrip().endswith("晚上出门记得带件外套。")
    assert "这条线路是网友@山川小记 推荐的" in text  # an @ mention inside a sentence
    assert "出发前记得关注天气预报，最好带上雨具。" in text


def test_a_referral_link_after_an_arrow_on_a_big5_blog_goes():
    page = read_shape("referral_blog_big5")
    assert [(r.rule, r.text) for r in page.article.removed] == [
        ("cta-referral", "→ 透過我的推薦連結註冊雲端備份服務，首月免費")
    ]
    assert sections_text(page).rstrip().endswith("三份資料、兩種媒介、一份異地。")


def test_a_hospitals_news_steps_and_disclosure_keep_their_sentences():
    page = read_shape("own_calls_lookalikes")
    assert [r.rule for r in page.article.removed] == []
    text = sections_text(page)
    for line in (
        "我院儿科互联网门诊正式开通，复诊患儿家长在手机上就能为孩子问诊",  # news of the clinic
        "预约挂号步骤：打开“澄州二院”小程序，选择科室和医生",  # a notice's steps
        "打开“澄州二院”App，点击首页【报告查询】，输入就诊卡号，即可随时查看",  # a how-to naming the menu
        "不少家长在院内公众号留言区@儿科门诊",
        "家长可关注天气预报和医院公告",
        "本文没有任何推荐链接",
    ):
        assert line in text, line


# A site's own service, no price: a tip's label, an announcement or an imperative to use its channel, for a convenience.
@pytest.mark.parametrize(
    "call",
    [
        "【便民提示】关注“江北人民医院”公众号，检查报告随时查→",
        "互联网医院上线啦！在家就能复诊续方，药品配送到家",
        "【溫馨提醒】下載「仁和醫院」App，看診進度即時掌握›",  # traditional
        "使用“掌上中医院”小程序，排队叫号实时提醒，不用在诊室外干等",
        "线上营业厅开通啦！缴费、过户足不出户就能办",
        "網上診室開通囉！複診續方免排隊，手機上就能看醫生",  # traditional
        "下载“江城电力”App，停电通知第一时间推送",
        "📱 下载“澄州二院”App，检查报告随时查",  # an icon before it
        "微信搜索“澄州二院”小程序，检验报告随时查",
        "好消息！儿科互联网门诊正式开通，复诊开药手机上就能办",
    ],
)
def test_a_sites_own_service_call_on_a_line_of_its_own_goes(call):
    result = _strip_line(call)
    assert [(r.rule, r.text) for r in result.removed] == [("cta-own-service", call)]


@pytest.mark.parametrize(
    ("paragraph", "call"),
    [
        ("长期头痛的患者应尽早就诊。", "【就医提示】专家号源可在“江北医院”小程序提前7天预约>>"),
        ("孕期要按时产检。", "【孕檢小貼士】下載「仁和醫院」App，產檢報告隨時查看"),  # traditional
        ("缴费后请保留好票据。", "关注“江城水务”公众号，用水账单每月第一时间推送→"),
        ("复诊时请带好病历。", "儿科线上门诊上线啦！复诊开药，手机上就能办"),
    ],
)
def test_a_sites_own_service_call_glued_after_a_paragraph_goes_alone(paragraph, call):
    result = _strip_glued(paragraph, call)
    assert [(r.rule, r.text) for r in result.removed] == [("cta-own-service", call)]
    assert result.blocks[1].text == PROSE + paragraph


# A follow call: 关注 an account by its handle, or the writer, opening its sentence after the last stop.
@pytest.mark.parametrize(
    ("paragraph", "call"),
    [
        ("晚上出门记得带件外套。", "点击关注@阿栗去旅行，下期带你去看海"),
        ("最后祝大家旅途愉快。", "关注@小鹿游记，每周更新一条自驾线路"),
        ("這家店的麵真的值得專程去吃。", "記得關注@阿米食記，下次帶你吃遍台南"),  # traditional
        ("记得带好充电宝。", "喜欢的话记得关注我，下期更精彩"),
        ("門票可以現場買。", "歡迎關注＠山海走讀，帶你看見不一樣的老街"),  # traditional, a full-width ＠
        ("門票可以現場買。", "喜歡的話記得關注我哦，每週更新一條路線"),  # the writer
        ("记得带件外套。", "觉得有用就关注我吧，每周分享一条小众路线～"),
        ("记得带件外套。", "求关注～"),
    ],
)
def test_a_follow_call_glued_after_the_last_paragraph_goes_alone(paragraph, call):
    result = _strip_glued(paragraph, call)
    assert [(r.rule, r.text) for r in result.removed] == [("cta-follow-handle", call)]
    assert result.blocks[1].text == PROSE + paragraph


# A referral link or code: the writer's link or a code's value, to sign up or buy through, for a gain.
@pytest.mark.parametrize(
    ("paragraph", "call"),
    [
        ("真正做到「3-2-1」：三份資料、兩種媒介、一份異地。", "→ 透過我的推薦連結註冊雲端備份服務，首月免費"),
        ("这个方法我用了三年。", "通过我的推荐链接注册，双方各得30天会员"),
        ("有需要的朋友可以试试。", "我的专属邀请码：AB12CD，注册即送50元"),
        ("以上是我的全部設定。", "用我的邀請碼下單，首單立減100元"),  # traditional
        ("记账贵在坚持。", "👉 邀请码 QX7788，注册后领取3个月高级会员"),
        ("以上就是我的记账方法。", "（文末有我的邀请链接，通过链接注册你我各得一个月会员）"),
        ("記帳貴在堅持。", "輸入推薦碼 MIKE2026 註冊，可享首年85折"),
    ],
)
def test_a_referral_glued_after_the_last_paragraph_goes_alone(paragraph, call):
    result = _strip_glued(paragraph, call)
    assert [(r.rule, r.text) for r in result.removed] == [("cta-referral", call)]
    assert result.blocks[1].text == PROSE + paragraph


@pytest.mark.parametrize(
    "prose",
    [
        # a notice's steps and a how-to clicking the app's menu
        "步骤：打开“澄州二院”小程序，选择科室和医生，点击预约挂号。",
        "1.打开“澄州二院”小程序，选择“预约挂号”，即可随时查看号源。",
        "打开“澄州二院”App，点击首页【报告查询】，输入就诊卡号，报告随时可查。",
        "【报告查询】打开App首页，点击“报告查询”，输入就诊卡号即可查看",
        # news of the clinic, a notice speaking to its public, a question
        "3月1日起，澄州二院儿科互联网门诊正式开通，复诊患者在手机上就能问诊开药。",
        "据介绍，互联网医院上线后，患者在家就能复诊续方。",
        "患者可关注“澄州二院”公众号，检查报告随时查询。",
        "互联网门诊开通以后，真的方便了不少吗？",
        "醫院App上線啦！",  # an announcement that promises nothing
        # an @ mention in a sentence, a writer who follows, those who follow, the weather
        "这条线路是网友@阿栗去旅行 推荐的，我照着走了一遍。",
        "我一直关注@国家地理 的账号，每周都会看。",
        "关注@国家地理 的人都知道这张照片。",
        "出发前记得关注天气预报，山里说变天就变天。",
        # a disclosure that the writer earns nothing, a code used in a story, news of a scam, a form's field
        "这篇文章里没有我的推荐链接，通过文中链接注册，我也拿不到任何奖励。",
        "本文沒有任何推薦連結，我不拿任何佣金。",
        "我用朋友的邀请码注册了，送了30天会员。",
        "警方提醒，以“邀请码注册返现”为诱饵的骗局近期高发。",
        "注册时邀请码一栏可以留空，不影响使用。",
        "我的邀请码被朋友用了，他注册后送了我10元。",
        "推荐码是什么？怎么填写推荐码才能领取优惠？",
        "打开App首页，点击“我的”，就能看到自己的邀请码。",
        # a sentence of advice naming a public app, an announcement of news, 我 as a modifier, a notice to parents
        "下载“国家反诈中心”App，可以随时识别诈骗电话。",
        "好消息！我市今年新增三所公办幼儿园。",
        "关注我市政务服务网，第一时间了解最新政策。",
        "关注我们，关注未来。",
        "请家长下载“智慧校园”App，随时查看孩子的在校情况。",
        "【温馨提示】市民可下载“江城办事”App，随时查询办件进度。",  # a notice's tip to its public
    ],
)
def test_a_sentence_telling_of_a_service_a_follow_or_a_link_stays(prose):
    assert _strip_line(prose).removed == []


@pytest.mark.parametrize(
    ("paragraph", "prose"),
    [
        ("这一段景色最好。", "建议大家关注景区官网的限流通知。"),
        ("山里天气变化快。", "出发前记得关注天气预报。"),
        ("以上工具都是我自费买的。", "本文不含任何推广链接，我不从你的购买中获得任何好处。"),
        ("以上工具都是我自費買的。", "本文不包含任何聯盟連結。"),
    ],
)
def test_a_closing_sentence_about_a_follow_or_a_link_stays(paragraph, prose):
    assert _strip_glued(paragraph, prose).removed == []


@pytest.mark.parametrize(
    "note",
    [
        "透過文中連結下單，不會增加你的費用，我會收到一點佣金。",  # the reader pays nothing more: still a disclosure
        "（此文包含聯盟推廣連結）",
    ],
)
def test_an_affiliate_note_that_the_site_earns_still_goes(note):
    """notice-affiliate spares a disclosure that says the opposite (the negation), not one that the reader pays no more."""
    assert [r.rule for r in _strip_glued("以上工具都是我自费买的。", note).removed] == ["notice-affiliate"]


def test_a_site_note_on_downloading_still_goes():
    """notice-site-note spares a notice's tip to its public (市民可下载…), not a site's note to its users."""
    note = "【温馨提示】本文仅供参考，用户可下载后修改使用，请勿转载。"
    assert [r.rule for r in _strip_glued("以上就是全文。", note).removed] == ["notice-site-note"]


@pytest.mark.parametrize(
    "prose",
    [
        # review rv1: a warning's advice naming a channel as its means (a bank's, a police notice's tip box)
        "【风险提示】请通过本行官网或手机银行App办理业务，切勿点击短信中的陌生链接，随时警惕诈骗。",
        "【安全提醒】下载国家反诈中心APP，开启来电预警功能，随时识别涉诈电话。",
        "【溫馨提示】近期有不法分子冒充醫院工作人員，請通過官網核實信息，隨時撥打舉報電話。",
        # a clause after the convenience commenting on it: a report's or an essay's sentence
        "升级啦！这款App的新版本在家就能完成体检预约，不过老人用起来还是不方便。",
        # an announcement told of a subject the report names: news of the clinic
        "该院互联网门诊开通啦！市民足不出户就能问诊。",
        "我市首家互联网医院开通啦！足不出户就能看专家。",
        # a follow in a question or as the sentence's subject
        "关注我，是因为喜欢我的文字吗？",
        "关注@人民日报 是他每天早上的习惯。",
        "關注我，是因為喜歡我的文字嗎？",
        # a referral told by a report, a court or a platform's rules
        "该平台规定，用户输入邀请码ABCD1234注册后，双方各得10元。",
        "记者注册时输入推荐码8866A，系统显示首单立减20元，但结账时优惠并未生效。",
        "法院审理查明，被告以邀请码ABCD为诱饵，承诺注册即返现100元。",
    ],
)
def test_a_warning_a_comment_a_question_or_a_report_is_no_own_call(prose):
    """Review rv1 (session 20): look-alikes of the site's own calls, on a line of their own and glued after a
    paragraph: the article's advice, comment, news or report."""
    assert _strip_line(prose).removed == []
    assert _strip_glued("这一段讲的是办事经过。", prose).removed == []
