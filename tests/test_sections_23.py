"""Sections, session 23 (issue 11, sets AS and AQ): how a piece closes after its last part. Our own wordings.

- A speech's closing address (新同事们，… / 各位新队员，… / 年轻的朋友们，…) right before its closing wish opens the
  conclusion, whatever the audience is called; an address mid-part, or one closing the last part with no wish after
  it, stays in its part (the sets keep it there two truths to one: set H's h02 and heldback3's y21 against AK's
  speech).
- A closing heading set as the parts before it are (写在最后 after 01｜…, 02｜…, 03｜…, each the same markup) sits at
  their level.
- Other closing wishes and thanks (最后，我代表…祝… / 最后，值此…之际，祝… / 最后，再次感谢…), and a how-to's task told
  done (至此，…已经搭建完成 / …就全部完成了) close the piece; 以上就是…，谢谢 stays the last part's (sets P, AQ).
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "这一段讲的是具体的做法和体会，句子完整，意思清楚，放在哪一部分都说得通。"
Q = "另一段接着往下说，讲了几件实实在在的小事，也讲了从中得到的一点启发。"


def shape(blocks: list[Block], title: str = "在新员工入职仪式上的讲话") -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.heading, s.text) for s in split_sections(blocks, title)]


def speech(*closing: str) -> list[Block]:
    blocks = [Block("各位新同事：大家好！"), Block(P)]
    for head in ("第一，把基础打牢。", "第二，在实践中成长。", "第三，守住底线。"):
        blocks += [Block(head, bold=True), Block(P)]
    return blocks + [Block(text) for text in closing]


ADDRESSES = [
    "新同事们，公司的未来属于你们。希望大家保持好奇心，在这里找到自己的位置。",
    "各位新队员，接力棒已经交到你们手中。愿你们不负韶华，早日独当一面。",
    "年轻的朋友们，路要一步一步走。希望你们脚踏实地，把每一件小事做好。",
    "亲爱的志愿者们，你们的付出大家都看在眼里。让我们一起把这份事业做下去。",
]
WISH = "最后，祝大家工作顺利、生活愉快！谢谢大家！"


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_address_before_the_closing_wish_opens_the_conclusion(address):
    sections = shape(speech(address, WISH))
    assert sections[-1] == ("conclusion", None, f"{address}\n{WISH}")
    assert sections[-2][2] == P


@pytest.mark.parametrize("address", ADDRESSES[:3])
def test_an_address_closing_the_piece_with_no_wish_after_it_concludes(address):
    # Session 24, the project's convention (the sets disagreed: h02, y21 against AK's speech, truths changed): a
    # closing address calling on the audience after the last part concludes with no wish after it too.
    sections = shape(speech(address))
    assert sections[-1] == ("conclusion", None, address)
    assert sections[-2][2] == P


@pytest.mark.parametrize("address", ADDRESSES[:3])
def test_an_address_mid_part_stays_in_its_part(address):
    blocks = speech()
    blocks[4:4] = [Block(address)]  # under 第一，…, before 第二，…
    blocks.append(Block(WISH))
    sections = shape(blocks)
    assert address in sections[1][2]
    assert sections[-1] == ("conclusion", None, WISH)


def test_an_address_before_a_plain_paragraph_stays():
    # Look-alike: an address, then more of the part's text (最后，我们来看…) is no closing.
    blocks = speech(ADDRESSES[0], "最后，我们来看一组数字：去年新员工的留任率达到了九成。")
    assert shape(blocks)[-1][0] == "section"


WISHES = [
    "最后，我代表公司党委，祝大家在新的岗位上一切顺利！",
    "最后，值此新春佳节来临之际，祝各位身体健康、阖家幸福！",
    "最后，让我们共同祝愿这项事业越办越好！",
    "最后，再次感谢各位嘉宾的到来，祝大会圆满成功！",
    "最后，向一直支持我们的各位朋友表示衷心的感谢！",
]


@pytest.mark.parametrize("wish", WISHES)
def test_other_closing_wishes_and_thanks_conclude(wish):
    assert shape(speech(wish))[-1] == ("conclusion", None, wish)


@pytest.mark.parametrize(
    "thanks", ["再次感谢大家的聆听！", "再次衷心感谢各位的支持和帮助！", "再一次感谢大家！"]
)
def test_a_thanks_said_again_concludes(thanks):
    assert shape(speech(thanks))[-1] == ("conclusion", None, thanks)


@pytest.mark.parametrize(
    "text",
    [
        # a report of a thanks or a wish, the part's own text
        "最后，主持人代表组委会向全体志愿者表示感谢，活动在歌声中结束。",
        "最后，他祝贺了获奖的三支队伍，并合影留念。",
        # a thanks to one reader: a letter's
        "再次感谢您的耐心阅读。",
    ],
)
def test_a_report_of_a_thanks_or_a_wish_stays_in_the_last_part(text):
    # the writer signing off (以上就是我的全部分享，谢谢大家！) concludes since session 25 (the project's convention;
    # sets P and AQ kept it in the last part, their truths changed): tests/test_sections_25_close.py
    sections = shape(speech(text))
    assert sections[-1][0] == "section" and sections[-1][2].endswith(text)


def howto(*closing: str) -> list[Block]:
    blocks = [Block(P)]
    for head in ("一、准备工作", "二、安装步骤", "三、配置参数"):
        blocks += [Block(head, tag="h2", heading=2), Block(P), Block(Q)]
    return blocks + [Block(text) for text in closing]


@pytest.mark.parametrize(
    ("title", "done"),
    [
        ("用树莓派搭建家庭博客", "至此，我们的家庭博客已经搭建完成，可以开始写第一篇文章了。"),
        ("手把手配置开发环境", "到这里，整个开发环境就全部配置完成了。"),
        ("自己动手部署私有网盘", "至此，私有网盘已部署完毕，家里人都能用手机访问。"),
    ],
)
def test_a_task_told_done_concludes(title, done):
    assert shape(howto(done), title)[-1] == ("conclusion", None, done)


@pytest.mark.parametrize(
    ("title", "done"),
    [
        # a whole the title does not name (a news report's)
        ("城南片区今年办成十件民生实事", "至此，整个小区的管网改造已经完成，下个月开始铺路。"),
        # the last part's own topic
        ("手把手配置开发环境", "到这里，参数就已经配置完成了。"),
        # asked
        ("用树莓派搭建家庭博客", "至此，家庭博客就已经搭建完成了吗？还差一步。"),
    ],
)
def test_a_step_or_a_report_told_done_stays(title, done):
    assert shape(howto(done), title)[-1][0] == "section"


STYLE = ">section{margin:30px 0 14px;}>span{font-size:17px;color:#a52;}>strong"


@pytest.mark.parametrize(
    ("parts", "closing"),
    [
        (("01｜开店第一天", "02｜没人看守的收银台", "03｜不只是卖书"), "写在最后"),
        (("一、为什么要早起", "二、怎么坚持下来", "三、早起之后做什么"), "结语"),
        (("Part 1 出发", "Part 2 路上", "Part 3 到达"), "后记"),
    ],
)
@pytest.mark.parametrize("mark", ["style", "h3"])
def test_a_closing_heading_set_as_the_parts_sits_at_their_level(parts, closing, mark):
    def head(text: str) -> Block:
        if mark == "h3":
            return Block(text, tag="h3", heading=3)
        return Block(text, bold=True, style=STYLE)

    blocks = [Block(P)]
    for part in parts:
        blocks += [head(part), Block(P), Block(Q)]
    blocks += [head(closing), Block(P)]
    levels = [(s.heading, s.level) for s in split_sections(blocks, "标题")]
    assert levels == [(None, 1), *((part, 1) for part in parts), (closing, 1)]


def test_a_closing_sub_heading_set_otherwise_stays_under_the_last_part():
    # Look-alike: the last part's own sub-heading, bold in a plain paragraph, not set as the parts are.
    blocks = [Block(P)]
    for part in ("一、为什么要早起", "二、怎么坚持下来", "三、早起之后做什么"):
        blocks += [Block(part, bold=True, style=STYLE), Block(P), Block(Q)]
    blocks += [Block("读书半小时", bold=True, style=">p>strong"), Block(P)]
    assert [s.level for s in split_sections(blocks, "标题")][-1] == 2


def test_sub_headings_set_as_the_parts_under_every_part_stay_sub_headings():
    # Look-alike: a page that sets its parts' sub-headings as its parts: the one after the last part is one of them.
    blocks = [Block(P)]
    for part, sub in (("一、起因", "那天早上"), ("二、经过", "后来的事"), ("三、结果", "再后来")):
        blocks += [
            Block(part, bold=True, style=STYLE),
            Block(P),
            Block(sub, bold=True, style=STYLE),
            Block(Q),
        ]
    assert [s.level for s in split_sections(blocks, "标题")] == [1, 1, 2, 1, 2, 1, 2]


def test_a_heading_set_as_the_parts_with_their_numbers_going_on_under_it_stays_in_its_part():
    # Look-alike: a bold label inside part 3, the outline's 4. following as a plain line: the outline goes on.
    blocks = [Block(P)]
    for part in ("1. 早点起床", "2. 先喝杯水", "3. 做个简单的早餐"):
        blocks += [Block(part, bold=True, style=STYLE), Block(P)]
    blocks += [Block("五分钟燕麦粥", bold=True, style=STYLE), Block(Q)]
    blocks.append(Block("4.出门前把门窗、水电和燃气都检查一遍，这个习惯能省去很多麻烦，也让人安心。"))
    assert ("五分钟燕麦粥", 1) not in [(s.heading, s.level) for s in split_sections(blocks, "标题")]
