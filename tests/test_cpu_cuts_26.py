"""Session 26 (issue 13): the page path made cheaper, the same answers. Each cut is held here to what it replaced.

The advert-line pass (fanwen/strip/adlines.py) reads a line's own checks first and the page's looks and frames only
for a line that reaches them: it answers as the pass that counted every look and built every frame's lines first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import pytest

from fanwen.items import Block, Frame
from fanwen.strip import adlines, bundled_cues, fold
from fanwen.strip.adlines import advert_lines
from fanwen.strip.promos import topic_shares

CUES = bundled_cues()
BODY = [
    "去年秋天，城东的老街开始改造，施工队先把路面的水泥揭掉，重新铺上了从旧房拆下来的青石板。",
    "街两边的铺面大多保留了原来的木门窗，只换掉了朽坏的部分，刷上一层桐油，看上去和几十年前差不多。",
    "改造后的第一个春天，老街上开了十几家新店，有卖手工糕点的，也有修钟表和配钥匙的老手艺人。",
    "周末的时候，附近的居民喜欢带着孩子来这里散步，街口的老茶馆每天下午都坐得满满当当。",
]
# Short lines that reach the readings: asks with a gain, interactive calls, a service's channel, a notice, told.
LINES = [
    "扫码加入老街邻里微信群，每周群内抽奖送米面油。",  # an ask, a channel and a gift: taken with or without a look
    "点击下载城东生活App，新用户立减30元。",  # an ask and a gain, no channel: a look's reading only
    "【好物推荐】老街手工桂花糕，本周限时立减10元",  # a label over a deal: a frame of its own text
    "觉得有用就点赞收藏吧，我们下期再见！",  # an interactive call asking by itself
    "居民可登录城东街道小程序，提交摊位申请。",  # a notice's instruction
    "据街道办介绍，老街商铺今年的租金每平方米约80元。",  # told
    "关注城东发布公众号，每天推送老街的新鲜事，转发点赞前十名送糕点礼盒，欢迎大家积极参与留言互动哦。",  # long
    "老街的故事",  # a headline's few words
]
LOOKS = [None, ">p", ">p.promo", ">div.tip", ">p>span{color:#c00}"]


def _before(
    blocks: Sequence[Block],
    untouched: Sequence[bool],
    fold: Callable[[str], str],
    cues: dict[str, re.Pattern[str]],
    headings: frozenset[int] = frozenset(),
    share: Callable[[Sequence[str]], float] | None = None,
) -> list[int]:
    """The pass as it was (session 25): every look counted and every frame's lines built before the first line."""
    if sum(len(b.text) for b in blocks) < adlines._ARTICLE_MIN_CHARS:
        return []
    looks = Counter(b.style for b in blocks if b.style is not None)
    body = Counter(b.style for b in blocks if b.style is not None and adlines._paragraph(b)).most_common(1)
    own = body[0][0] if body and body[0][1] >= adlines._BODY_MIN_PARAGRAPHS else None
    found: list[int] = []
    boxes: dict[int, list[Block]] = {}
    for block in blocks:
        frame = block.frame
        while frame is not None:
            boxes.setdefault(id(frame), []).append(block)
            frame = frame.parent
    for i, block in enumerate(blocks):
        if not untouched[i] or i in headings or block.caption:
            continue
        if adlines._in_own_box(block, boxes, share):
            continue
        text = block.text.strip()
        if (block.heading or block.bold) and not adlines._SENTENCE_SET_BOLD.search(text):
            continue
        if (
            not text
            or len(text) > adlines._LOOK_MAX_CHARS
            or len(adlines._SENTENCE.findall(text)) > adlines._MAX_SENTENCES
        ):
            continue
        folded = fold(text)
        if (
            adlines._TOLD.search(folded)
            or adlines.INSTRUCTION.search(folded)
            or adlines._QUOTED.search(folded)
        ):
            continue
        if adlines._SERVICE.search(folded) is not None and adlines._GIFT.search(folded) is None:
            continue
        label = adlines._LABEL.match(folded)
        framed = adlines._TEXT_FRAME.search(folded) is not None and (
            label is None or adlines.NOTE_LABEL.search(label.group()) is None
        )
        look = framed or (
            own is not None
            and block.style is not None
            and block.style != own
            and looks[block.style] <= adlines._LOOK_MAX_LINES
        )
        if adlines._CLAUSES.search(folded) is None and adlines._ENGAGE_ALONE.search(folded) is None:
            continue
        if (
            adlines._reads_as_an_advert(folded, cues)
            if look
            else adlines._asks_alone(block, folded, cues, share)
        ):
            found.append(i)
    return found


def _pages() -> list[tuple[list[Block], str]]:
    """Pages of our own: the body in each look (or none), each line in each look, alone, twice or three times, in a
    box of the text's own under a label headline or in an advert's box."""
    pages = []
    for body_look in LOOKS:
        for line_look in LOOKS:
            for line in LINES:
                for times in (1, 2, 3):
                    blocks = [Block(text, style=body_look) for text in BODY]
                    at = 2
                    for _ in range(times):
                        blocks.insert(at, Block(line, style=line_look))
                        at += 2
                    pages.append((blocks, f"{body_look} {line_look} {times}"))
    for label in ("预约方式", "限时特惠"):
        for line in LINES[:4]:
            box = Frame("div", "box")
            blocks = [Block(text, style=">p") for text in BODY]
            blocks[2:2] = [
                Block(label, style=">div>p", frame=box),
                Block(line, style=">div>p", frame=box),
                Block("了解更多", style=">div>a", frame=box, link_density=1.0),
            ]
            pages.append((blocks, f"box {label}"))
    return pages


@pytest.mark.parametrize("blocks, name", _pages(), ids=lambda v: v if isinstance(v, str) else "")
def test_the_advert_line_pass_answers_as_it_did_when_it_counted_every_look_first(
    blocks: list[Block], name: str
) -> None:
    untouched = [True] * len(blocks)
    headings = frozenset({len(blocks) - 1}) if "3" in name else frozenset()
    texts = [b.text for b in blocks]
    expected = _before(blocks, untouched, fold, CUES, headings, topic_shares(texts, "老街改造"))
    assert advert_lines(blocks, untouched, fold, CUES, headings, topic_shares(texts, "老街改造")) == expected


def test_a_page_whose_lines_fail_their_own_checks_counts_no_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """The body's look (every paragraph's clause marks) is counted only for a line that asks with a rare look."""
    counted: list[Block] = []

    def paragraph(block: Block) -> bool:
        counted.append(block)
        return True

    monkeypatch.setattr(adlines, "_paragraph", paragraph)
    blocks = [Block(text, style=">p") for text in BODY]
    blocks.insert(2, Block("老街的故事", style=">p.note"))  # a headline's few words
    blocks.insert(3, Block("据街道办介绍，老街商铺今年的租金每平方米约80元。", style=">p"))  # the body's look
    assert advert_lines(blocks, [True] * len(blocks), fold, CUES) == []
    assert counted == []
    blocks.insert(4, Block("扫码加入老街邻里微信群，每周群内抽奖送米面油。", style=">p.promo"))
    assert advert_lines(blocks, [True] * len(blocks), fold, CUES) == [4]
    assert len(counted) == len(blocks)  # counted once, for the line with a look of its own
