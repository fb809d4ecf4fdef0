"""Never eat the article (issue 11, session 22): a removal no wider than its advert, a told act no advert's.

Blind sets AP and AQ lost article lines in two ways, one pattern: **the article's own sentence beside an advert, or
telling of the advert's act, went with it**.

- *A removal wider than its advert.* A call glued after a paragraph's last sentence (a link, a span) was read as a
  whole block's: the promo-box pass took a short paragraph whose call sat in its trailing link (``promo-box``), a box
  rule took the sentence left of the paragraph as the box's line because a cue word sat in it (``课`` in ``课文``), and
  then the part's numbered heading above it; the region left out a paragraph whose sentence stood between two links,
  or an English paragraph ending in ``.`` before a long link. The article's sentence (closed by its stop, on the
  article's topic, or in clauses of its own) stays now; only the call goes.
- *An act told, not offered.* A report of a purchase (``…下单了…，一共花了…元。``: the act done, a third person), a
  tutorial's step or a reader's complaint about a paywall (``第三步：…支付…后即可继续阅读全文。``, ``…还是不能解锁全文。``),
  a scam warning quoting the scammer's ask (``骗子…让…加微信好友领取…``), a sentence pointing at another document's length
  (``点这里查看原文，共有12页，阅读需要…分钟。``) tell of the act; a call, a card or a note of this text's length offers it.

Every wording here is our own; the adverts of the same shapes still go.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.offline import process_html
from fanwen.strip import strip_blocks

RULES = bundled_rules()

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


def _strip(*lines: str, title: str = "标题"):
    blocks = [Block(PROSE * 3), *(Block(line) for line in lines), Block(PROSE * 3)]
    result = strip_blocks(blocks, RULES, title)
    return "\n".join(b.text for b in result.blocks), result


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    return f"""<html><head><meta charset="utf-8"><title>{title}_生活频道</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/life/">生活</a></div>
<div class="main"><h1>{title}</h1><div class="info">2025-10-12 09:30 来源：本站</div>
<div class="article-content">{body}</div></div>
<div class="footer">关于我们 | 联系方式</div></body></html>"""


def _read(title: str, paragraphs: list[str]):
    return process_html(_page(title, paragraphs), "https://www.example.cn/life/1.html", RULES)


# --- a promo box's call glued to a paragraph of the article: the paragraph's sentence stays ----------------------

_SCALE = [
    "家用体重秤怎么选？很多人只看外观，其实精度和称重范围更重要，买之前要先弄清楚自己的需要。",
    "一、先看精度。体重秤的精度一般在50克到100克之间，减重期间每天称重的人，最好选精度高一些的体重秤。",
    "二、再看功能。体脂秤能估算体脂率和肌肉量，但数值只能作参考，不同品牌的体重秤之间也没法直接比较。",
]
_GARDEN = [
    "阳台种菜并不难，选对品种、管好水肥，一个小小的阳台也能收获不少新鲜蔬菜。",
    "生菜、小白菜和小葱长得快，对光照要求不高，最适合新手在阳台种菜时先试一试。",
    "浇水要见干见湿，阳台种菜最怕积水，花盆底部一定要留好排水孔，土壤也要选疏松透气的。",
]
_BAKE = [
    "戚风蛋糕容易塌陷，多半是蛋白打发不到位，或者烤好后没有及时倒扣晾凉。",
    "打发蛋白时，盆和打蛋器都不能沾油，糖要分三次加入，打到提起打蛋器能拉出直立的小尖角。",
    "烤戚风蛋糕时，烤箱一定要提前预热，中途不要频繁开门，出炉后立刻倒扣在晾架上。",
]


@pytest.mark.parametrize(
    ("title", "text", "sentence", "call"),
    [
        (
            "家用体重秤怎么选",
            _SCALE,
            "部分体重秤支持蓝牙，打开配套应用后点击“记录”就能保存每天的体重，复查时也方便对比。",
            "新人入群免费领取《减脂餐一周食谱》电子书",
        ),
        (
            "阳台种菜入门",
            _GARDEN,
            "浇完水后把花盆移到通风的地方，叶片上的水珠半天就能晾干，阳台种菜就不容易生病。",
            "立即领取《家庭园艺工具清单》，限前100名",
        ),
        (
            "戚风蛋糕为什么会塌",
            _BAKE,
            "戚风蛋糕晾凉后再脱模，用刮刀沿着模具边缘划一圈，蛋糕就能完整地取出来。",
            "点击免费领取烘焙配方合集，新人再送量勺",
        ),
    ],
)
def test_a_paragraphs_sentence_stays_where_a_promo_boxs_call_is_glued_after_it(title, text, sentence, call):
    article = _read(
        title, [*text, f'<p>{sentence}<a href="https://promo.example.cn/go?id=9">{call}</a></p>', *text[1:]]
    )
    assert sentence in article.text
    assert call not in article.text
    assert any(call in r.text for r in article.removed)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the call alone in its paragraph, its link the whole of it
        '<p><a href="https://promo.example.cn/go?id=1">新人入群免费领取《减脂餐一周食谱》电子书</a></p>',
        # the advert's own sentence before its link: off the article's topic
        '<p>这门线上训练营由资深营养师带队，已有上万名学员完成打卡。<a href="https://promo.example.cn/go?id=2">'
        "立即领取免费试听课</a></p>",
        # a card in one line: a price and its link
        '<p>智能体脂秤 限时价￥89 <a href="https://promo.example.cn/go?id=3">立即购买</a></p>',
    ],
)
def test_a_promo_box_of_the_same_shape_still_goes_whole(paragraph):
    article = _read("家用体重秤怎么选", [*_SCALE, paragraph, *_SCALE[1:]])
    assert "立即" not in article.text and "领取" not in article.text


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        # a label above: the box's description sentence before its button goes with it
        (
            [
                "<p>推广</p>",
                '<p>这套控糖课程由营养科医生主讲，学员注册即送七天会员，随时可以退订。<a href="/go/5">立即领取</a></p>',
            ],
            "注册即送",
        ),
        # an icon above
        (
            [
                "<p>💎</p>",
                '<p>本期体重秤测评由某某商城提供样品，商城会员还能享受以旧换新。<a href="/go/6">立即领取优惠券</a></p>',
            ],
            "以旧换新",
        ),
        # a shop's description before its button
        (['<p>这款空气炸锅是本店的爆款，少油少烟，回头客很多。<a href="/go/8">立即购买</a></p>'], "回头客"),
        # a question leading into the call
        (
            [
                '<p>体重秤的数据总是对不上，减重效果也看不出来？<a href="/go/7">点击免费领取《科学减重手册》</a></p>'
            ],
            "总是对不上",
        ),
    ],
)
def test_a_box_whose_sentence_is_its_own_still_goes_whole(lines, gone):
    article = _read("家用体重秤怎么选", [*_SCALE, *lines, *_SCALE[1:]])
    assert gone not in article.text


# --- a box rule's call cut from a paragraph: the sentence left is no box line, its heading stays -------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "call"),
    [
        (
            "（二）初读课文",
            "学生自由朗读课文，圈出不认识的字，同桌之间互相检查读音。",
            "寒假名师直播课每周五20:00开讲，扫码免费预约",
        ),
        (
            "（三）合作探究",
            "四人小组讨论课后第二题，组长记下大家的看法，再推选一人在全班交流。",
            "暑期阅读训练营今晚开课，前50名报名送练习册",
        ),
        (
            "2. 课堂小结",
            "请学生说说这节课学到了什么，老师用思维导图把课文的结构梳理出来。",
            "同步课件每周更新，点这里免费领取",
        ),
    ],
)
def test_a_sentence_left_beside_a_box_rules_cut_is_the_articles_and_keeps_its_heading(
    heading, sentence, call
):
    text, result = _strip_plan(heading, sentence + call)
    assert heading in text.splitlines()
    assert sentence in text
    assert call not in text


_PLAN = [
    "一、教学目标",
    "1. 认识本课的生字，正确、流利地朗读课文，读准字音。",
    "2. 学生在小组合作中理解课文内容，体会作者的情感，课后完成练习。",
    "二、教学过程",
    "（一）导入新课",
    "老师出示课文插图，请学生说说图上画了什么，由此引出课文的题目。",
]


def _strip_plan(*lines: str):
    blocks = [
        Block(line)
        for line in (
            *_PLAN,
            *lines,
            "（四）布置作业",
            "学生回家朗读课文三遍，把不认识的字抄写在课堂练习本上。",
        )
    ]
    result = strip_blocks(blocks, RULES, "《秋天的雨》教学设计")
    return "\n".join(b.text for b in result.blocks), result


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        # a box's title line sharing the paragraph with its call (a fragment, no clauses of its own)
        (["寒假名师直播课。每周五20:00开讲，扫码免费预约"], "寒假名师直播课"),
        # the box's short line beside the call's block
        (["名师直播课", "每周五20:00开讲，扫码免费预约，名额有限"], "名师直播课"),
        # the box's own description sentence before its call, off the article's topic
        (["特级教师的寒假作文课，三年带出上百名高分考生，口碑很好。今晚20:00开讲，扫码免费预约"], "口碑很好"),
        (["资深编辑一对一指导，二十四小时内出稿，已服务上万客户。加微信：xiezuo2025 领取范文"], "资深编辑"),
    ],
)
def test_a_box_line_of_the_same_shape_still_goes(lines, gone):
    text, _ = _strip_plan(*lines)
    assert gone not in text


# --- a purchase told as done: the story's, not an offer ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "上个月，一位读者来信说，读初二的女儿用她的账号在直播间下单了两双“限时秒杀”的球鞋，一共花了860元。",
        "那天父亲趁着“限时特惠”买了三箱牛奶，一共花了198元。",
        "邻居家的孩子在游戏里抢购了“限时折扣”的皮肤礼包，花了648元。",
    ],
)
def test_a_purchase_told_as_done_by_a_third_person_stays(sentence):
    text, result = _strip(sentence)
    assert sentence in text, result.removed


@pytest.mark.parametrize(
    "line",
    [
        "限时秒杀进行中，爆款保温杯仅需39元",
        "前100名下单立减50元，手慢无",
        "限时特惠，全套课程低至199元",
        # a testimonial's count or a promise of what buying brings: no purchase told
        "限时特惠，老客户都买了，仅需59元",
        "限时秒杀中，3万人已下单了，仅需39元",
        "限时优惠，买了不后悔，仅需99元",
    ],
)
def test_an_offer_of_the_same_rule_still_goes(line):
    text, result = _strip(line)
    assert line not in text
    assert any(r.rule.startswith("cta-") for r in result.removed)


# --- a paywall's act told: a tutorial's step, a reader's complaint ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "第三步：选择“单篇购买”，支付 6 元后即可继续阅读全文。",
        "2. 付费3元后即可阅读全文，也可以开通月卡。",
        "最后，支付成功后即可查看全文，已购文章会保存在“我的”页面里。",
        "我上周就开通了会员，可是打开这篇文章还是不能解锁全文。",
        "我按提示付了钱，页面刷新后依然无法阅读全文。",
    ],
)
def test_a_paywalls_act_told_in_a_step_or_a_complaint_does_not_truncate(sentence):
    text, result = _strip(sentence, "后面的内容也是文章的一部分，我们继续往下讲。")
    assert sentence in text
    assert not result.truncated


@pytest.mark.parametrize(
    "line",
    [
        "支付6元后即可继续阅读全文",
        "剩余80%内容，付费后继续阅读",
        "开通会员后查看全文。",
        "解锁全文",
        "我要解锁全文",
    ],
)
def test_a_paywall_card_still_truncates(line):
    _, result = _strip(line)
    assert result.truncated


# --- a scam warning quoting the scammer's ask ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "民警提醒，骗子常自称平台客服，让受害人加微信：kf20250101领取退款，切勿轻信。",
        "对方自称快递理赔专员，要求他添加QQ：3301234567办理赔付，随后骗走了8000元。",
        "不法分子冒充银行工作人员，诱导老人加微信领取“养老补贴”，这是典型的诈骗手法。",
    ],
)
def test_a_scam_warning_quoting_the_scammers_ask_stays(sentence):
    text, result = _strip(sentence)
    assert sentence in text, result.removed


@pytest.mark.parametrize(
    "line",
    [
        "加微信：wenku2025 免费领取全套资料",
        "谨防假冒，认准官方微信：kzd20251 领取正品保障",
        "添加客服微信，领取全套复习资料",
    ],
)
def test_a_contact_call_still_goes(line):
    text, result = _strip(line)
    assert line not in text
    assert result.removed and result.removed[0].rule.startswith("cta-")


# --- a reading time of another document -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "点这里查看原文，共有12页，阅读需要约20分钟。",
        "这份白皮书全文共3万字，阅读约需40分钟，建议先看摘要。",
        "报告正文共12页，预计阅读时间30分钟左右。",
    ],
)
def test_a_sentence_about_another_documents_length_stays(sentence):
    text, result = _strip(sentence)
    assert sentence in text, result.removed


@pytest.mark.parametrize(
    "line",
    [
        "（全文共约2400字，阅读需要6分钟）",
        "本文约3200字，预计阅读8分钟",
        "阅读时长：5分钟",
        "📖 预计阅读 7 分钟",
        "温馨提示：阅读本文大约需要5分钟",
        "建议阅读 12 分钟",
        "字数：3200 阅读时间：8分钟",
    ],
)
def test_a_note_of_this_texts_reading_time_still_goes(line):
    text, result = _strip(line)
    assert line not in text
    assert result.removed[0].rule == "notice-reading-time"


# --- links around a paragraph's sentence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '<p><a href="/tag/1">#阳台种菜打卡挑战赛第三季#</a>这一季的生菜从播种到采收只用了四十天。'
        '<a href="/go/2">点击进入家庭园艺用品专场，种子花盆营养土一站配齐，新人下单再送小铲子</a></p>',
        '<p><a href="/u/3">@园艺达人老周的阳台小菜园</a> 他建议新手先从小葱种起，剪了还能再长！'
        '<a href="/go/4">关注老周的园艺频道，每周更新种植视频合集，评论区抽奖送种子</a></p>',
        '<p><a href="/go/5">【春季播种季】全场种子买二送一</a>Start with lettuce: it is ready to pick within six weeks. '
        '<a href="/go/6">Shop planters, soil and seeds in our spring garden store now</a></p>',
    ],
)
def test_a_sentence_standing_between_two_links_stays(paragraph):
    article = _read("阳台种菜入门", [*_GARDEN, paragraph, *_GARDEN[1:]])
    sentence = paragraph.split("</a>")[1].split("<a")[0].strip()
    assert sentence in article.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>Residents who joined the first workshop said the new rules were easy to follow. "
        '<a href="https://news.example.com/subscribe">Subscribe to our weekly newsletter for more stories about '
        "gardening on small balconies</a></p>",
        '<p>Lettuce is the easiest crop for beginners, ready to pick within six weeks. <a href="/go/7">Get 20% off '
        "seeds and planters in our spring garden shop today, free shipping over $30</a></p>",
    ],
)
def test_an_english_paragraph_ending_in_a_full_stop_before_a_long_link_stays(paragraph):
    article = _read("阳台种菜入门", [*_GARDEN, paragraph, *_GARDEN[1:]])
    sentence = paragraph.split(">", 1)[1].split("<a")[0].strip()
    assert sentence in article.text


@pytest.mark.parametrize(
    "paragraph",
    [
        # a pager: labels between its two links, no sentence
        '<p>上一篇：<a href="/a/1.html">小白菜的种植方法和注意事项</a> 下一篇：<a href="/a/3.html">阳台种番茄要注意什么</a></p>',
        # a sentence between two links that points at the link after it
        '<p><a href="/a/1.html">阳台种菜十大误区</a>看完的朋友还看了下面这篇文章。<a href="/a/3.html">新手种菜必备工具清单</a></p>',
        # an English label before its link: no sentence
        '<p>Read more: <a href="/a/9.html">Ten mistakes beginners make when growing vegetables on a balcony</a></p>',
    ],
)
def test_link_lines_of_the_same_shape_still_go(paragraph):
    article = _read("阳台种菜入门", [*_GARDEN, paragraph, *_GARDEN[1:]])
    assert "下一篇" not in article.text and "下面这篇" not in article.text and "Read more" not in article.text
