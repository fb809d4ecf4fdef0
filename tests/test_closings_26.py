"""Sections, session 26 (issue 11): a short closing after the last part that turns from the part's subject to the
reader or the audience is the conclusion (the project's convention, docs/extraction.md "Session 24/25"), in every
wording of it, and also where a line of another kind stands between. Our own wordings.

- A closing paragraph (or two) after the last part's own text, a thanks and a signature under it at most, that wishes
  the readers well (最后祝各位… / 祝福大家… / …，希望大家都能… / 期待…), thanks them for reading (感谢大家的耐心阅读),
  invites them to comment or share (欢迎在评论区分享… / 评论区见), bids them farewell (我们下期再见) or sums up with
  advice to them (最后，大家…一定要…), concludes.
- So does it where a line of another kind stands between or after: a picture's caption, an advert line the strip
  left (a line set apart, clauses with no stop), that line even where it was read as heading the closing; a notice's
  sign-off with such a line under its date.
- Look-alikes that stay the last part's: a last paragraph whose own content is a hope or a recommendation (希望学校
  加强… / 建议家长…); a wish inside a quoted speech; a part titled 展望 / 下一步打算 whose text hopes; a list item
  wishing; a bare thanks; a closing with more of the part's text after it; a farewell that goes on (下次见到…); a
  Q&A answer ending 希望对你有帮助 with no parts (plain text: no conclusion without parts); a lone bold heading over
  a paragraph of substance.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "这一部分讲的是具体的做法，句子完整，意思清楚，放在哪一部分都说得通，也有几个实在的例子。"
Q = "另一段接着往下说，讲了几件实实在在的小事，也讲了从中得到的一点启发和下一步的打算。"
T = "這一部分講的是具體的做法，句子完整，意思清楚，也有幾個實在的例子。"

POST = "老房翻新半年，我踩过的几个坑"
REPORT = "2025年度办公室主任工作汇报"
NOTICE = "关于开展冬季消防安全检查的通知"
SPEECH = "在全镇防汛工作会议上的讲话"


def shape(blocks: list[Block], title: str) -> list[tuple[str, int, str | None, str]]:
    return [(s.kind, s.level, s.heading, s.text) for s in split_sections(blocks, title)]


def post(
    body: str = P, heads: tuple[str, ...] = ("拆改先问物业", "水电一定全换", "防水多刷一遍")
) -> list[Block]:
    blocks = [Block("去年买了套二手房，自己盯着装修了半年，下面把踩过的坑按顺序记一下，给后来的人参考。")]
    for n, head in zip("一二三四", heads, strict=False):
        blocks += [Block(f"{n}、{head}", tag="h3", heading=3), Block(body)]
    return blocks


def last_part_and_closing(sections: list[tuple[str, int, str | None, str]]) -> list[tuple[str, str | None]]:
    return [(kind, heading) for kind, _, heading, _ in sections[-2:]]


WISHES = [
    "写得有点乱，想到哪写到哪。最后祝各位装修顺利，少踩坑！",
    "祝福大家新的一年住得舒心，家家平安。",
    "装修是个体力活，希望大家都能少操心，早点住进新家！",
    "期待大家都能找到适合自己的装修方式。",
    "祝福大家秋冬都能順暢呼吸，健康平安過好每一天。",
]
THANKS = [
    "感谢大家的耐心阅读，装修路上一起加油！",
    "谢谢各位看到这里。",
    "感謝大家的閱讀與支持。",
]
INVITATIONS = [
    "你在装修中还踩过哪些坑？欢迎在评论区分享你的经验。",
    "大家有什么好办法，欢迎留言交流。",
    "有不同看法的朋友，评论区见。",
]
FAREWELLS = [
    "今天的内容就到这儿，我们下期再见！",
    "好了，咱们下次再聊。",
    "下期见！",
]
ADVICE = [
    "最后，大家签合同前一定要把增项问清楚。",
    "最后，各位业主记得每个节点都拍照留底。",
    "总之，钱要花在看不见的地方，大家务必量力而行。",
]
CLOSINGS = [*WISHES, *THANKS, *INVITATIONS, *FAREWELLS, *ADVICE]


@pytest.mark.parametrize("close", CLOSINGS)
def test_a_short_closing_to_the_readers_after_the_last_part_concludes(close):
    sections = shape([*post(), Block(close)], POST)
    assert sections[-1] == ("conclusion", 1, None, close)
    assert sections[-2] == ("section", 1, "三、防水多刷一遍", P)


@pytest.mark.parametrize("close", [WISHES[0], THANKS[0], FAREWELLS[0]])
def test_a_closing_after_a_last_part_of_two_paragraphs_concludes(close):
    sections = shape([*post(), Block(Q), Block(close)], POST)
    assert sections[-1] == ("conclusion", 1, None, close)
    assert sections[-2] == ("section", 1, "三、防水多刷一遍", f"{P}\n{Q}")


@pytest.mark.parametrize(
    "first, second",
    [(ADVICE[2], WISHES[1]), (INVITATIONS[1], FAREWELLS[0]), (THANKS[1], FAREWELLS[2])],
)
def test_two_closing_paragraphs_conclude_together(first, second):
    sections = shape([*post(), Block(first), Block(second)], POST)
    assert sections[-1] == ("conclusion", 1, None, f"{first}\n{second}")


def test_a_closing_with_a_thanks_line_under_it_concludes():
    sections = shape([*post(), Block(WISHES[2]), Block("谢谢大家！")], POST)
    assert sections[-1] == ("conclusion", 1, None, f"{WISHES[2]}\n谢谢大家！")


# Lines of another kind: a caption, an advert line the strip left (set apart, clauses with no stop).
CAPTION = Block("改造后的卫生间", centered=True, caption=True)
AD_LINE = Block("点击下方卡片，免费领取装修预算表", bold=True, centered=True, style=">p.cta{color:#c00}")
FOLLOW = Block("更多装修干货，请关注视频号“住家笔记”", centered=True, style=">p.cta{text-align:center}")


@pytest.mark.parametrize("line", [CAPTION, AD_LINE, FOLLOW])
def test_a_closing_concludes_with_a_line_of_another_kind_before_it(line):
    sections = shape([*post(), line, Block(WISHES[0])], POST)
    assert sections[-1] == ("conclusion", 1, None, WISHES[0])
    assert sections[-2] == ("section", 1, "三、防水多刷一遍", f"{P}\n{line.text}")


@pytest.mark.parametrize("line", [CAPTION, AD_LINE, FOLLOW])
def test_a_closing_concludes_with_a_line_of_another_kind_after_it(line):
    sections = shape([*post(), Block(INVITATIONS[0]), line], POST)
    assert sections[-1] == ("conclusion", 1, None, f"{INVITATIONS[0]}\n{line.text}")


def speech() -> list[Block]:
    blocks = [Block("今天召开这次会议，主要是部署今年的防汛工作。下面，我讲三点意见。")]
    for n, head in zip("一二三", ("提高认识", "突出重点", "压实责任"), strict=True):
        blocks += [Block(f"{n}、{head}", tag="h3", heading=3), Block(P)]
    return blocks


@pytest.mark.parametrize(
    "close",
    [
        "同志们，防汛责任重于泰山。让我们以高度负责的态度，扎实做好各项工作，确保安全度汛！",
        "最后，祝大家工作顺利、身体健康！",
        "希望大家各司其职，确保全镇平安度汛。",
    ],
)
def test_a_closing_under_an_advert_line_read_as_its_heading_concludes(close):
    live = Block(
        "进入直播间，免费领取领导讲话稿写作礼包", bold=True, centered=True, style=">p.cta{color:#c00}"
    )
    sections = shape([*speech(), live, Block(close)], SPEECH)
    assert sections[-1] == ("conclusion", 1, None, close)
    assert sections[-2] == ("section", 1, "三、压实责任", f"{P}\n{live.text}")


def notice() -> list[Block]:
    blocks = [Block("为切实做好今冬消防安全工作，经研究，决定在全县开展消防安全检查，现将有关事项通知如下。")]
    for n, head in zip("一二三", ("检查时间", "检查内容", "工作要求"), strict=True):
        blocks += [Block(f"{n}、{head}", tag="h3", heading=3), Block(P)]
    return blocks


@pytest.mark.parametrize("line", [FOLLOW, Block("扫码进群，领取更多政策解读", bold=True), CAPTION])
def test_a_notices_sign_off_with_a_line_of_another_kind_under_it_concludes(line):
    right = dict(style=">p{text-align:right}")
    sign = [Block("县消防救援大队", **right), Block("2025年11月3日", **right)]
    sections = shape([*notice(), Block("联系电话：0716-3382105。"), *sign, line], NOTICE)
    assert sections[-1] == ("conclusion", 1, None, f"县消防救援大队\n2025年11月3日\n{line.text}")


# Look-alikes.


@pytest.mark.parametrize(
    "close",
    [
        "希望学校加强食堂管理，定期公开检查结果。",
        "建议家长每天陪孩子阅读半小时，少让孩子看手机。",
        "希望物业把电梯的维修记录贴在公告栏里，让业主心里有数。",
    ],
)
def test_a_last_paragraph_hoping_or_recommending_on_its_own_subject_stays(close):
    sections = shape([*post(), Block(close)], POST)
    assert sections[-1] == ("section", 1, "三、防水多刷一遍", f"{P}\n{close}")


@pytest.mark.parametrize(
    "close",
    [
        "散会前，老队长站起来说：“祝大家今年都住上新房子！”",
        "她在信的末尾写道：祝大家新年快乐，万事如意！",
        "师傅收工时笑着说：「祝福大家入住順利。」",
    ],
)
def test_a_wish_inside_a_quoted_speech_stays(close):
    sections = shape([*post(), Block(close)], POST)
    assert sections[-1][0] == "section" and sections[-1][3].endswith(close)


@pytest.mark.parametrize("head", ["展望", "下一步打算", "对新同事的希望"])
def test_a_part_whose_heading_hopes_keeps_its_hope(head):
    hope = "希望大家继续支持办公室的工作，共同把各项服务做得更好。"
    blocks = [*post(heads=("主要工作", "存在的不足", head)), Block(hope)]
    sections = shape(blocks, REPORT)
    assert sections[-1] == ("section", 1, f"三、{head}", f"{P}\n{hope}")


def test_a_list_item_wishing_stays():
    items = [Block("1. 祝你新婚快乐，白头偕老！", tag="li"), Block("2. 祝大家新年快乐，万事如意！", tag="li")]
    sections = shape([*post(), *items], POST)
    assert sections[-1][0] == "section" and sections[-1][3].endswith(items[-1].text)


def test_a_bare_thanks_stays():
    sections = shape([*post(), Block("谢谢大家！")], POST)
    assert sections[-1] == ("section", 1, "三、防水多刷一遍", f"{P}\n谢谢大家！")


@pytest.mark.parametrize("close", [WISHES[0], THANKS[0], INVITATIONS[0], FAREWELLS[0]])
def test_a_closing_with_more_of_the_parts_text_after_it_stays(close):
    sections = shape([*post(), Block(close), Block(Q)], POST)
    assert all(kind == "section" for kind, *_ in sections[1:])


@pytest.mark.parametrize(
    "close", ["下次见到物业的人，一定要把问题当面说清楚。", "我们下期再见到这个问题时再细说吧。"]
)
def test_a_farewell_that_goes_on_stays(close):
    sections = shape([*post(), Block(close)], POST)
    assert sections[-1][0] == "section"


@pytest.mark.parametrize(
    "close", ["希望对你有帮助！", "以上，希望对你有帮助。", "祝宝宝早日睡个整觉！欢迎留言交流。"]
)
def test_an_answer_with_no_parts_has_no_conclusion(close):
    blocks = [
        Block("宝宝八个月，晚上总是醒好几次，怎么办？"),
        Block("这个月龄夜醒很常见，先排除饿、热、尿布湿这些原因。"),
        Block("再看看白天的小睡是不是太多，睡前流程是不是固定。"),
        Block(close),
    ]
    assert [kind for kind, *_ in shape(blocks, "宝宝夜醒怎么办")] == ["intro"]


def test_a_lone_bold_heading_over_a_paragraph_of_substance_still_heads():
    line = Block("附：验收清单，供参考", bold=True, centered=True)
    sections = shape([*post(), line, Block(Q)], POST)
    assert sections[-1] == ("section", 2, line.text, Q)


def test_a_thanks_to_one_reader_in_a_letter_stays():
    sections = shape([*post(), Block("感谢您的阅读，期待您的回信。")], POST)
    assert sections[-1][0] == "section"
