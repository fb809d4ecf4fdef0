"""The strip stage on inline blocks: three granularities, recorded removals, precision first."""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.strip import RuleError, parse_rule, strip_blocks

PROSE = (
    "推进区域协调发展，既是推动高质量发展的必然要求，也是实现中国式现代化的重要支撑，需要久久为功、持续发力。"
)


def test_whole_advert_block_is_dropped(rules):
    result = strip_blocks([Block(PROSE), Block("扫码关注公众号「好范文」，获取更多范文")], rules)
    assert [b.text for b in result.blocks] == [PROSE]
    assert result.removed[0].rule == "cta-follow-account"


def test_trailing_advert_sentence_is_cut_and_paragraph_kept(rules):
    block = Block(PROSE + "更多范文请关注微信公众号：fanwen123。")
    result = strip_blocks([block], rules)
    assert [b.text for b in result.blocks] == [PROSE]
    assert [r.text for r in result.removed] == ["更多范文请关注微信公众号：fanwen123。"]


def test_terminal_marker_cuts_everything_after(rules):
    blocks = [Block(PROSE), Block("预览阅读已结束,若您需要全文或代笔。"), Block("请点击👉 mooonya 👈联系老师"),
              Block("相关阅读"), Block("某某心得体会", link_density=1.0)]  # fmt: skip
    result = strip_blocks(blocks, rules)
    assert [b.text for b in result.blocks] == [PROSE]
    assert result.truncated
    assert [r.rule for r in result.removed] == [
        "paywall-preview-end",
        "cta-contact",
        "footer-related",
        "nav-link-list",
    ]


def test_terminal_marker_never_eats_later_prose(rules):
    later = "在实际工作中，我们坚持问题导向，逐项梳理短板弱项，建立台账、明确时限、压实责任，确保各项任务按期完成。"
    result = strip_blocks(
        [Block(PROSE), Block("相关阅读"), Block("某文", link_density=1.0), Block(later)], rules
    )
    assert [b.text for b in result.blocks] == [PROSE, later]


@pytest.mark.parametrize(
    "sentence",
    [
        "如今，群众通过微信小程序就能查询社保缴费记录，扫描二维码即可完成预约。",
        "我们下载了相关政策文件，组织党员逐条学习。",
        "要尊重知识产权，依法保护版权，营造良好的创新环境。",
        "他婉拒了请人代写申请材料的建议，坚持自己动笔。",
        "一是加强组织领导，二是完善工作机制，三是强化督促检查。",
    ],
)
def test_article_sentences_mentioning_trigger_words_are_kept(rules, sentence):
    result = strip_blocks([Block(PROSE), Block(sentence)], rules)
    assert [b.text for b in result.blocks] == [PROSE, sentence]
    assert result.removed == []


def test_title_repeated_at_the_top_is_removed(rules):
    result = strip_blocks([Block("纵深推进 区域协调发展"), Block(PROSE)], rules, title="纵深推进区域协调发展")
    assert [b.text for b in result.blocks] == [PROSE]
    assert result.removed[0].rule == "title-repeat"


def test_bad_rule_is_a_clear_error():
    with pytest.raises(RuleError, match="broken"):
        parse_rule({"name": "broken", "pattern": "(", "scope": "sentence"})
    with pytest.raises(RuleError, match="scope"):
        parse_rule({"name": "x", "pattern": "a", "scope": "page"})


def test_profile_rule_extends_the_bundled_ones(rules):
    extra = parse_rule({"name": "site-slogan", "pattern": "好范文，尽在此", "scope": "block"})
    result = strip_blocks([Block(PROSE), Block("好范文，尽在此")], [*rules, extra])
    assert [r.rule for r in result.removed] == ["site-slogan"]
