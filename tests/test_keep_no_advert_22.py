"""Review of session 22's "never eat the article" (revkeep): the told act's guards keep no advert.

A scam warning's made-to word is an act imposed on someone (让, 要求, 骗…), not a warning's own 防骗/被骗; a paywall
card's "non-members cannot either" (也不能, 也无法) is the card's, a complaint says the act was tried (还是, 依然…);
a reading-time note after a bracketed label (【导读】) opens its sentence as after 导读：. Our own wordings.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULES = bundled_rules()
PROSE = "这一段是文章的正文，写的是日常工作里的经验和方法，句子完整，意思清楚。"


def _strip(*lines: str):
    blocks = [Block(PROSE * 3), *(Block(line) for line in lines), Block(PROSE * 3)]
    result = strip_blocks(blocks, RULES, "标题")
    return "\n".join(b.text for b in result.blocks), result


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("市面上假冒产品很多，防骗请加微信abc888领取防伪查询码。", "加微信"),
        ("冒充客服的太多，谨防被骗请加微信abc888领取正品券。", "加微信"),
        ("假冒店铺泛滥，防止受骗请扫码关注官方公众号领取正品券。", "扫码关注"),
    ],
)
def test_an_adverts_own_scam_warning_does_not_spare_its_call(line, call):
    text, _ = _strip(line)
    assert call not in text


@pytest.mark.parametrize(
    "line",
    [
        "未登录用户也不能查看完整内容，登录后即可查看全文",
        "非会员也无法查看剩余内容，开通会员后阅读全文",
        "游客也看不了剩余内容，登录后即可阅读全文",
    ],
)
def test_a_cards_also_cannot_still_truncates(line):
    _, result = _strip(line)
    assert result.truncated


@pytest.mark.parametrize(
    "line",
    [
        "【导读】本文约3200字，阅读需要8分钟",
        "【编者按】全文共2500字，预计阅读6分钟",
        "[提示] 阅读本文约需7分钟",
    ],
)
def test_a_reading_time_note_after_a_bracketed_label_still_goes(line):
    text, _ = _strip(line)
    assert "分钟" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "警方提醒，骗子自称快递客服，要求受害人扫码加群领取理赔款，市民切勿轻信。",
        "不法分子冒充银行客服，诱导老人下载所谓的安全软件，随后转走存款。",
        "她按骗子的要求，让家人帮忙扫码加群，结果被骗走两万元。",
        "我开通了会员，可页面刷新后依然无法阅读全文。",
        "这份白皮书全文共3万字，阅读约需40分钟，感兴趣的读者可以到官网查看。",
    ],
)
def test_the_told_acts_still_stay(sentence):
    text, result = _strip(sentence, "后面的内容也是文章的一部分，我们继续往下讲。")
    assert sentence in text
    assert not result.truncated
