"""Review of ``cta-im-contact`` (session 24): a story told of someone else's ask to add a handle (a scam
report, a victim's account: 对方, 骗子, 冒充…) is the article's, while the same ask made to the reader
goes. Each probe is a sentence of the project's own, alone on its line and glued after a paragraph."""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "社区服务中心今年共组织志愿活动四十余场，参与居民超过两千人次，得到了大家的普遍好评。"


def _removed(line: str) -> list[tuple[str, str]]:
    blocks = [Block(PROSE * 2), Block(PROSE + line), Block(PROSE * 2)]
    return [(r.rule, r.text) for r in strip_blocks(blocks, bundled_rules(), "标题").removed]


@pytest.mark.parametrize(
    "told",
    [
        "王阿姨加微信好友后，对方发来一个免费领取鸡蛋的链接，点开后被要求填写银行卡号。",
        "骗子冒充快递客服，让李先生添加微信后领取理赔款，随后骗走8000元。",
        "受害人加了对方的QQ后，被拉进一个免费领取资料的群，最终被骗交了会员费。",
        "民警提醒，凡是陌生人让你加微信领取补贴的，都是诈骗。",
        "張先生加LINE好友後，對方傳來免費領取禮品的網址，他察覺有異隨即報警。",
    ],
)
def test_a_story_of_someone_elses_ask_stays(told):
    assert _removed(told) == []


@pytest.mark.parametrize(
    "ask",
    [
        "加微信免费领取全套复习资料。",
        "添加客服微信，即可领取本文完整版。",
        "想要原文的朋友加小编微信领取，备注“范文”。",
        "扫码添加老师微信，免费获取期末复习资料包！",
        # an advert's own warning is no story (谨防…被骗, then its ask)
        "假货太多谨防被骗，认准官方客服，请加微信abc12345领取正品保障卡。",
    ],
)
def test_an_ask_to_the_reader_still_goes(ask):
    # (another call rule may be the one to take it: cta-contact reads 添加客服微信，即可领取…)
    assert [text for _, text in _removed(ask)] == [ask]
