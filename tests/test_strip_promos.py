"""Strip families of session 11 (the kinds blind sets L and P named), each on blocks written for it:
an audio player above the text, a tip box that sells the text's companion material, a priced bundle
box between a collection's pieces, a related-reading outro, a table of contents the text repeats
below, and a 范文 site's template lead and outro; and the article prose that says the same words."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from fanwen.items import Block
from fanwen.offline import process_file
from fanwen.strip import strip_blocks

PROSE = "社区图书角开放三个月来，借阅人次超过两千，不少老人和孩子成了这里的常客，志愿者也从五人增加到二十人。"
PROSE2 = "下一步，社区将增设少儿绘本专架，并联合附近学校开展亲子共读活动，让书香走进更多家庭。"


def kept(blocks, rules):
    return [b.text for b in strip_blocks(blocks, rules).blocks]


# --- an audio player and a reading-time line above the text ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "🔊 收听全文 00:00 / 06:15",
        "▶ 听全文",
        "00:00 / 05:18",
        "语音播报 · 1.0x",
        "（本音频由AI合成）",
        "本文共 2100 字，阅读约需 6 分钟",
    ],
)
def test_an_audio_player_or_a_reading_time_line_goes(rules, line):
    result = strip_blocks([Block(line), Block(PROSE), Block(PROSE2)], rules)
    assert [b.text for b in result.blocks] == [PROSE, PROSE2]
    assert result.removed[0].rule in ("notice-audio-player", "notice-reading-time")


@pytest.mark.parametrize(
    "prose",
    [
        "老师让我们先听全文录音，再回答问题。",
        "这段配音由AI合成，效果几乎以假乱真。",
        "比赛打到下半场，比分是2:15，对方又追回一球。",
        "语音播报系统上线后，乘客反映很方便。",
    ],
)
def test_prose_about_listening_and_ai_voices_stays(rules, prose):
    assert kept([Block(PROSE), Block(prose), Block(PROSE2)], rules) == [PROSE, prose, PROSE2]


# --- a tip box that sells the text's companion material --------------------------------------------


@pytest.mark.parametrize(
    "tip",
    [
        "【温馨提示】本教案的配套课件已上线“备课宝”，点击查看 >",
        "小贴士：同款PPT模板已上架本站资源库，立即下载→",
        "【友情提示】配套朗读音频现已上线。点击收听 ›",
    ],
)
def test_a_tip_box_selling_companion_material_goes(rules, tip):
    result = strip_blocks([Block(PROSE, tag="dd"), Block(tip, tag="div"), Block(PROSE2, tag="dd")], rules)
    assert [b.text for b in result.blocks] == [PROSE, PROSE2]
    assert [(r.rule, r.text) for r in result.removed] == [("notice-tip-promo", tip)]


@pytest.mark.parametrize(
    "tip",
    [
        "温馨提示：预约成功后请于就诊当日提前30分钟到院签到。",
        "温馨提示：全市统一的预约平台已上线，市民可通过手机预约。",
        "温馨提示：点击“我的订单”即可查看物流信息。",
        "【温馨提示】雨天路滑，请家长接送孩子时注意安全。",
    ],
)
def test_a_tip_of_the_articles_own_stays(rules, tip):
    assert kept([Block(PROSE), Block(tip), Block(PROSE2)], rules) == [PROSE, tip, PROSE2]


# --- a priced bundle box between a collection's pieces ---------------------------------------------


def test_a_priced_bundle_box_goes_whole(rules):
    box = [
        "🎁 期末复习大礼包",
        "错题本 + 思维导图 + 真题卷，打包下载，仅需 ¥6.6",
        "立即获取",
    ]
    result = strip_blocks([Block(PROSE), *map(Block, box), Block(PROSE2)], rules)
    assert [b.text for b in result.blocks] == [PROSE, PROSE2]
    assert {r.rule for r in result.removed} == {"cta-price-offer", "cta-button"}


@pytest.mark.parametrize(
    "prose",
    [
        "学校食堂推出营养套餐，仅需8元，深受师生欢迎。",
        "记者在网店看到，一套复习资料打包下载仅需9.9元，销量过万。",
        "妈妈在书店给我买了一套练习册，特价15元。",
        "“全套下来仅需¥99？”小李扫码看了看，摇摇头走开了。",
    ],
)
def test_prices_told_in_prose_stay(rules, prose):
    assert kept([Block(PROSE), Block(prose), Block(PROSE2)], rules) == [PROSE, prose, PROSE2]


# --- a related-reading outro -----------------------------------------------------------------------


def test_a_related_reading_outro_goes_with_what_follows(rules):
    outro = "看过“春节手抄报内容”的网友还看了：元宵节手抄报、端午节手抄报、中秋节手抄报。"
    result = strip_blocks(
        [Block(PROSE), Block(PROSE2), Block(outro), Block("元宵节手抄报", link_density=1.0)], rules
    )
    assert [b.text for b in result.blocks] == [PROSE, PROSE2]
    assert [r.rule for r in result.removed][0] == "footer-also-read" and len(result.removed) == 2


@pytest.mark.parametrize(
    "prose",
    [
        "看了这部纪录片的人都说，原来家乡的变化这么大。",
        "读过《平凡的世界》的人，也大都看过《人生》。",
    ],
)
def test_who_read_what_in_prose_stays(rules, prose):
    assert kept([Block(PROSE), Block(prose), Block(PROSE2)], rules) == [PROSE, prose, PROSE2]


# --- a table of contents the text repeats below ----------------------------------------------------


def test_a_contents_box_goes_when_the_text_repeats_its_entries():
    from fanwen.strip import load_rules

    blocks = [
        Block("校园简报"),
        Block("本期导读"),
        Block("◆ 我校举办春季田径运动会"),
        Block("◆ 高二年级赴农科院开展研学"),
        Block("◆ 校园简讯三则"),
        Block("【校园要闻】"),
        Block("我校举办春季田径运动会", centered=True),
        Block(PROSE),
        Block("高二年级赴农科院开展研学", centered=True),
        Block(PROSE2),
    ]
    result = strip_blocks(blocks, load_rules())
    assert [r.text for r in result.removed] == [
        "本期导读", "◆ 我校举办春季田径运动会", "◆ 高二年级赴农科院开展研学", "◆ 校园简讯三则"
    ]  # fmt: skip
    assert {r.rule for r in result.removed} == {"nav-contents"}
    assert [b.text for b in result.blocks][1] == "【校园要闻】"


@pytest.mark.parametrize(
    "blocks",
    [
        # a list under a contents-like label whose lines the text does not repeat
        [Block("本期导读"), Block("◆ 春耕备耕有序推进"), Block("◆ 防汛物资全部到位"), Block(PROSE), Block(PROSE2)],
        # a plan's part headed 目录管理 (no label line), its points repeated below in bold
        [Block("三、目录管理"), Block("◆ 建立资产台账"), Block("◆ 定期盘点"), Block(PROSE),
         Block("◆ 建立资产台账"), Block(PROSE2)],
    ],
)  # fmt: skip
def test_a_list_that_is_no_contents_stays(rules, blocks):
    assert strip_blocks(blocks, rules).removed == []


# --- a 范文 site's template lead and outro ---------------------------------------------------------


def test_a_template_lead_goes_with_the_editors_intro(rules):
    intro = (
        "在平时的学习、工作或生活中，大家一定都写过请假条吧，请假条是请求准假的一种应用文。"
        "那么一般请假条要怎么写呢？下面是小编为大家整理的5篇请假条范文，欢迎阅读。"
    )
    result = strip_blocks([Block(intro), Block(PROSE), Block(PROSE2)], rules)
    assert [b.text for b in result.blocks] == [PROSE, PROSE2]
    assert [r.rule for r in result.removed] == ["boilerplate-editor-lead"]


@pytest.mark.parametrize(
    "prose",
    [
        # a speech asks its listeners (no editor's intro in the paragraph)
        "在平时的学习和生活中，大家都遇到过困难吧，这时候我们该怎么办呢？我想先讲一个小故事。",
        # a scenic lead before the editor's intro is the article's (the sets disagree: d10)
        "春风拂过田野，麦苗返青，一年的农事又开始了。",
    ],
)
def test_a_lead_of_the_articles_own_stays(rules, prose):
    intro = prose + "下面是小编为大家整理的春耕诗句，欢迎阅读。" if "春风" in prose else prose
    result = strip_blocks([Block(intro), Block(PROSE), Block(PROSE2)], rules)
    assert [b.text for b in result.blocks][0] == prose


def test_an_outro_crediting_the_editor_goes(rules):
    outro = "以上5篇请假条范文由小编用心整理，希望能帮到同学们。"
    assert kept([Block(PROSE), Block(PROSE2), Block(outro)], rules) == [PROSE, PROSE2]


@pytest.mark.parametrize(
    "prose",
    [
        "以上这些照片由小王在活动现场拍摄，希望同学们喜欢。",
        "希望今天的讲座对同学们有所帮助，也欢迎大家课后交流。",
    ],
)
def test_a_closing_line_of_the_articles_own_stays(rules, prose):
    assert kept([Block(PROSE), Block(PROSE2), Block(prose)], rules) == [PROSE, PROSE2, prose]


# --- the page: every kind at once, and the prose that looks like them ------------------------------


def test_a_collection_page_loses_its_adverts_and_keeps_its_look_alikes(rules):
    article = process_file(
        FIXTURES / "lookalikes" / "newsletter_collection_player_bundle_contents.html", rules
    )
    removed = {r.rule for r in article.removed}
    assert {
        "notice-audio-player",
        "notice-reading-time",
        "notice-tip-promo",
        "cta-price-offer",
        "footer-also-read",
        "nav-contents",
        "boilerplate-editor-lead",
        "boilerplate-editor-outro",
    } <= removed
    text = article.text
    for gone in ("收听全文", "阅读约需", "点击查看", "仅需 ¥", "全套合集", "还看了", "本期导读", "小编"):
        assert gone not in text
    for stays in ("拨打0571-86102233", "扫码签到", "关注孩子", "仅需三步", "运动会", "卫生流动红旗"):
        assert stays in text
    assert not article.truncated
