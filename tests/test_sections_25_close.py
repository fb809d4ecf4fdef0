"""Sections, session 25 (issue 11): what closes a piece after its last part speaks of the whole text or to its
readers, not of the last part's subject (the project's convention). Our own wordings.

- The writer's sign-off on the whole text (以上是我的…汇报，请…指正 / 以上就是…，谢谢… / 以上，…欢迎交流 /
  不当之处，敬请批评指正。) or saying it ends (就写这么多，… / 今天就分享到这里，…), the last paragraph, concludes.
- A closing word of advice to the readers as a group (最后提醒大家，… / 最後想對各位家長說，…) or the source's
  (医生提醒，… / 消防部门呼吁广大市民，…), short, after the last part's own text, concludes.
- A closing pledge of the whole body opening on the title's topic (养老服务连着千家万户。中心将以更高的标准、更实的
  举措…) concludes.
- A notice's sign-off after its last part, no 特此通知 over it (the issuing body or bodies, the date, a note in
  brackets), is the conclusion.
- Look-alikes that stay the last part's: a sign-off with more text after it; 最后提醒一句：… (no readers named); advice
  naming the last part's own topic; advice after parts that each run two paragraphs; a long paragraph; a pledge
  opening on another topic or told done; an attachment list over the signer; a date with no signer; a signer
  with no date; 说到这里，… going on.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "这一部分讲的是具体的做法，句子完整，意思清楚，放在哪一部分都说得通，也有几个实在的例子。"
Q = "另一段接着往下说，讲了几件实实在在的小事，也讲了从中得到的一点启发和下一步的打算。"
T = "這一部分講的是具體的做法，句子完整，意思清楚，也有幾個實在的例子。"


def shape(blocks: list[Block], title: str) -> list[tuple[str, int, str | None, str]]:
    return [(s.kind, s.level, s.heading, s.text) for s in split_sections(blocks, title)]


def report(heads: tuple[str, ...] = ("主要工作", "存在的不足", "下一步打算"), body: str = P) -> list[Block]:
    blocks = [Block("今年以来，在各位领导的关心支持下，我认真履行岗位职责，现将有关情况汇报如下。")]
    for n, head in zip("一二三四", heads, strict=False):
        blocks += [Block(f"{n}、{head}", bold=True), Block(body)]
    return blocks


def guide(body: str = P) -> list[Block]:
    blocks = [Block("换季的时候，很多家长不知道给孩子怎么穿衣服。下面是儿科门诊常被问到的几件事。")]
    for head in ("早晚温差大要备外套", "出汗后及时换衣服", "别捂得太严实"):
        blocks += [Block(head, tag="h2", heading=2), Block(body)]
    return blocks


REPORT = "2025年度办公室主任工作汇报"
GUIDE = "换季了，孩子怎么穿衣不生病"

SIGN_OFFS = [
    "以上是我的年度工作汇报，不足之处，请各位领导批评指正。",
    "以上就是我这一年的一点体会，谢谢大家！",
    "以上，只是我个人的一些做法，欢迎大家交流。",
    "不当之处，敬请各位领导和同事批评指正。",
    "就写这么多，有问题评论区见。",
    "今天就分享到这里，我们下期再见。",
]


@pytest.mark.parametrize("close", SIGN_OFFS)
def test_the_writers_sign_off_on_the_whole_text_concludes(close):
    sections = shape([*report(), Block(close)], REPORT)
    assert sections[-1] == ("conclusion", 1, None, close)
    assert sections[-2] == ("section", 1, "三、下一步打算", P)


def test_a_sign_off_in_traditional_chinese_with_a_thanks_under_it_concludes():
    close = "以上是我的學期心得報告，懇請各位老師不吝指正。"
    sections = shape([*report(body=T), Block(close), Block("謝謝大家！")], "本學期導師工作心得報告")
    assert sections[-1][:2] == ("conclusion", 1) and sections[-1][3].startswith(close)


@pytest.mark.parametrize("close", SIGN_OFFS[:3])
def test_a_sign_off_with_more_text_after_it_stays(close):
    sections = shape([*report(), Block(close), Block(Q)], REPORT)
    assert all(kind == "section" for kind, *_ in sections[1:])


def test_going_on_from_here_is_no_ending():
    own = "说到这里，不得不提一下预算执行的问题，这一块今年压力很大。"
    sections = shape([*report(), Block(own)], REPORT)
    assert sections[-1] == ("section", 1, "三、下一步打算", f"{P}\n{own}")


ADVICE = [
    "最后提醒大家，每个孩子体质不同，拿不准的时候先问医生，别只看网上的经验。",
    "最後想對各位家長說，孩子生病難免，不必太焦慮，照顧好作息比什麼都重要。",
    "最后叮嘱各位家长，换季时多留意孩子的精神状态，发烧不退要及时就医。",
    "儿科医生提醒，换季穿衣的关键是随时增减，宁可带着外套，也不要让孩子反复受凉。",
    "疾控部门呼吁广大家长，按时带孩子接种疫苗，才能从源头上减少生病。",
]


@pytest.mark.parametrize("advice", ADVICE)
def test_a_closing_word_of_advice_to_the_readers_concludes(advice):
    sections = shape([*guide(), Block(advice)], GUIDE)
    assert sections[-1] == ("conclusion", 1, None, advice)
    assert sections[-2] == ("section", 1, "别捂得太严实", P)


@pytest.mark.parametrize(
    "advice",
    [
        # no readers named: the last part's own last word
        "最后提醒一句：别给孩子盖太厚的被子，夜里热醒反而容易着凉。",
        # naming the last part's own topic (its heading's 严实)
        "医生提醒，捂得太严实的孩子反而容易出汗着凉，穿衣以手脚温暖、后背无汗为宜。",
        # a long paragraph of the part's substance
        "最后提醒大家，被子要薄一点。睡衣要透气。房间要通风。早上起床先摸后背。出汗了就擦干。",
    ],
)
def test_advice_that_goes_on_with_the_last_part_stays(advice):
    sections = shape([*guide(), Block(advice)], GUIDE)
    assert sections[-1] == ("section", 1, "别捂得太严实", f"{P}\n{advice}")


def test_advice_within_the_paragraphs_each_part_holds_stays():
    blocks = [Block("换季的时候，很多家长不知道给孩子怎么穿衣服。下面是儿科门诊常被问到的几件事。")]
    for head in ("早晚温差大要备外套", "出汗后及时换衣服", "别捂得太严实"):
        blocks += [Block(head, tag="h2", heading=2), Block(P), Block(Q)]
    advice = ADVICE[3]
    sections = shape([*blocks[:-1], Block(advice)], GUIDE)
    assert sections[-1] == ("section", 1, "别捂得太严实", f"{P}\n{advice}")


SUMMARY = "2025年社区养老服务工作总结"
PLEDGES = [
    "养老服务连着千家万户。中心将坚持需求导向，以更高的标准、更实的举措，让老人在家门口安享晚年。",
    "社区养老无小事。今后，我们将继续以更加饱满的热情、更加务实的作风，把每一件实事办好。",
    "養老服務關係每個家庭。中心將以更細的服務、更暖的關懷，陪伴長者安度晚年。",
]


@pytest.mark.parametrize("pledge", PLEDGES)
def test_a_closing_pledge_on_the_pieces_topic_concludes(pledge):
    blocks = report(("主要工作", "存在的问题", "明年打算"))
    sections = shape([*blocks, Block(pledge)], SUMMARY)
    assert sections[-1] == ("conclusion", 1, None, pledge)


@pytest.mark.parametrize(
    "pledge",
    [
        # opening on another topic than the title's
        "队伍建设是关键。中心将以更高的标准、更实的举措，抓好人员培训。",
        # the manner told of a year done
        "养老服务连着千家万户。中心以更高的标准、更实的举措推进工作，完成了全年任务。",
    ],
)
def test_a_pledge_on_another_topic_or_told_done_stays(pledge):
    blocks = report(("主要工作", "存在的问题", "明年打算"))
    sections = shape([*blocks, Block(pledge)], SUMMARY)
    assert sections[-1] == ("section", 1, "三、明年打算", f"{P}\n{pledge}")


def notice() -> list[Block]:
    blocks = [Block("为做好今年的防汛工作，现将有关事项通知如下。")]
    for n, head in zip("一二三", ("工作目标", "主要任务", "工作要求"), strict=True):
        blocks += [Block(f"{n}、{head}", bold=True), Block(P)]
    return blocks


NOTICE = "关于做好2026年防汛工作的通知"
SIGNATURES = [
    ["县水利局", "2026年5月6日"],
    ["县水利局", "县应急管理局", "2026年5月6日"],
    ["县水利局", "2026年5月6日", "（此件主动公开）"],
    ["臺南市政府教育局", "115年3月2日"],
    ["班主任　李静　敬上", "二〇二六年九月一日"],
]


@pytest.mark.parametrize("signature", SIGNATURES)
def test_a_notices_sign_off_after_its_last_part_is_the_conclusion(signature):
    sections = shape([*notice(), *map(Block, signature)], NOTICE)
    assert sections[-1] == ("conclusion", 1, None, "\n".join(signature))
    assert sections[-2] == ("section", 1, "三、工作要求", P)


@pytest.mark.parametrize(
    "lines",
    [
        # a date with no signer
        ["2026年5月6日"],
        # a signer with no date
        ["县水利局"],
        # a contact's field over the date
        ["联系人：王明", "2026年5月6日"],
    ],
)
def test_lines_that_sign_nothing_stay(lines):
    sections = shape([*notice(), *map(Block, lines)], NOTICE)
    assert all(kind == "section" for kind, *_ in sections[1:])


def test_an_attachment_list_over_the_signer_stays_the_last_parts():
    lines = ["附件：1.防汛值班表", "2.物资清单", "县水利局", "2026年5月6日"]
    sections = shape([*notice(), *map(Block, lines)], NOTICE)
    assert sections[-1] == ("conclusion", 1, None, "县水利局\n2026年5月6日")
    assert sections[-2][3] == f"{P}\n附件：1.防汛值班表\n2.物资清单"
