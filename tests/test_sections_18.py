"""Sections, session 18: closings and levels missed on unseen pages, each kind on a page written here
by hand with its look-alikes (issue 11)."""

from __future__ import annotations

from conftest import bundled_rules

from fanwen.items import Block
from fanwen.offline import process_html
from fanwen.sections import split_sections

BODY = "要坚持问题导向，聚焦重点难点，细化工作举措，确保各项任务落地见效。"


def kinds(blocks: list[Block], title: str | None = None) -> list[tuple[str, str | None]]:
    return [(s.kind, s.heading) for s in split_sections(blocks, title)]


def last_text(blocks: list[Block], title: str | None = None) -> str:
    return split_sections(blocks, title)[-1].text


def page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><div class='article'>{body}</div></body></html>"


def levels(html: str) -> list[tuple[str, int, str | None]]:
    return [(s.kind, s.level, s.heading) for s in process_html(html, None, bundled_rules()).sections]


# --- a speech's closing wish -------------------------------------------------------------------

POINTS = [
    Block("同学们："),
    Block("今天，我想送给大家三句话。"),
    Block("第一，愿你们始终保持好奇。" + BODY, bold_lead=13),
    Block("第二，愿你们学会与挫折相处。" + BODY, bold_lead=14),
    Block("第三，愿你们心中装着他人。" + BODY, bold_lead=13),
    Block(BODY),
]
ADDRESS = "同学们，毕业不是告别，而是另一种开始。母校永远是你们的家。"
WISH = "最后，祝愿同学们前程似锦，也祝愿各位家长身体健康、万事顺意。谢谢大家！"


def test_a_speechs_closing_wish_after_its_last_point_concludes_with_the_address_before_it():
    # General pattern: a speech with headed points closes on a wish (最后，祝…。谢谢大家！), often after
    # a paragraph that turns to the audience by name (同学们，…). Both close the whole speech, not its
    # last point: the conclusion opens at the address, or at the wish when no address comes before it.
    closing = split_sections([*POINTS, Block(ADDRESS), Block(WISH)])[-1]
    assert (closing.kind, closing.text) == ("conclusion", f"{ADDRESS}\n{WISH}")
    closing = split_sections([*POINTS, Block(WISH)])[-1]
    assert (closing.kind, closing.text) == ("conclusion", WISH)


def test_an_address_or_a_thanks_closing_the_last_point_and_a_wish_in_an_unheaded_speech_stay_text():
    # Look-alikes: a last paragraph that thanks the audience at its end (…共同努力，谢谢大家！) is the last point's
    # own ending (one turning to them by name and calling on them, 同志们，…让我们…, concludes since session 24: the
    # project's convention, tests/test_sections_24_closing.py); a
    # speech with no headed parts is all intro when anything follows its wish (a postscript: since session 22
    # a wish and thanks that are its last lines conclude, tests/test_sections_22.py); each piece of a
    # collection (篇一 / 篇二) with no parts of its own keeps its wish as its text.
    assert [k for k, _ in kinds([*POINTS, Block("同志们，作风建设永远在路上。让我们从现在做起。")])][
        -1
    ] == "conclusion"
    last = "我的电话是13870652219。孩子的成长需要我们共同努力，谢谢大家！"
    assert [k for k, _ in kinds([*POINTS, Block(last)])][-1] == "section", last
    plain = [
        Block("同学们："),
        Block(BODY),
        Block(BODY),
        Block(ADDRESS),
        Block(WISH),
        Block("（后记：掌声雷动。）"),
    ]
    assert [k for k, _ in kinds(plain)] == ["intro"]
    collection = [
        Block("篇一：青春"),
        Block(BODY),
        Block(WISH),
        Block("篇二：奋斗"),
        Block(BODY),
        Block(WISH),
    ]
    assert [k for k, _ in kinds(collection)] == ["essay", "essay"]


# --- a look back over the whole span and ahead -------------------------------------------------

REPORT = [
    Block("现将全年工作总结如下。"),
    Block("一、主要工作", bold=True),
    Block(BODY),
    Block("二、存在的问题", bold=True),
    Block("回顾一年来的工作，我们也清醒地认识到还存在一些问题：一是力量不足，二是机制不全。"),
    Block("三、明年打算", bold=True),
    Block("（一）进一步夯实党建基础。" + BODY),
    Block("（二）进一步提升服务质效。" + BODY),
]


def test_a_look_back_over_the_whole_year_and_ahead_after_the_last_part_concludes():
    # General pattern: a work summary closes by looking back over the whole span and ahead to the next
    # (回顾2024年，…；展望2025年，…。 / 展望新的一年，我们将…), after the last part's own text (its
    # run-in points count as that text).
    for closing in (
        "回顾2024年，中心各项工作都迈出了坚实步伐；展望2025年，我们将继续坚持党建引领，扎实做好每一件小事。",
        "展望新的一年，我们将以更加饱满的热情，为建设幸福社区作出新的更大贡献。",
    ):
        blocks = [*REPORT, Block(closing)]
        assert kinds(blocks)[-1] == ("conclusion", None), closing
        assert last_text(blocks) == closing


def test_a_look_back_opening_a_part_or_in_its_middle_stays_that_parts_text():
    # Look-alikes: 回顾一年来的工作，…存在一些问题 opening the last part (二、存在的问题 as the last
    # heading), 展望2025年，… as the only paragraph under a part named for the year ahead, a look back
    # without a look ahead over no whole span (回顾当时的情景，…).
    opening = REPORT[:5]
    assert [k for k, _ in kinds(opening)][-1] == "section"
    ahead = [
        *REPORT[:3],
        Block("二、展望", bold=True),
        Block("展望2025年，我们将继续坚持党建引领，扎实做好每一件小事。"),
    ]
    assert kinds(ahead)[-1] == ("section", "二、展望")
    story = [*REPORT, Block("回顾当时的情景，大家都很感慨。那天的雨下得很大。")]
    assert [k for k, _ in kinds(story)][-1] == "section"


# --- a paragraph that says it ends the piece ---------------------------------------------------

PARTS = [
    Block("花了一个半月，把《平凡的世界》读完了。"),
    Block("一、苦难是生活的底色", bold=True),
    Block(BODY),
    Block("二、写给现在的自己", bold=True),
    Block(BODY),
    Block(BODY),
]


def test_a_closing_paragraph_that_says_it_ends_the_piece_concludes():
    # General pattern: the writer says the piece ends here (最后借书里的一句话结束这篇读后感：… / 写到这里，
    # … / 行文至此，…): the paragraph closes the whole piece, not its last part.
    for closing in (
        "最后借书里的一句话结束这篇读后感，也送给每一位书友：生活不能等待别人来安排。共勉。",
        "写到这里，窗外的天已经亮了。愿每个平凡的人都能在泥土里开出花来。",
        "行文至此，想说的话都说完了。平凡不等于平庸。",
    ):
        assert kinds([*PARTS, Block(closing)], "《平凡的世界》读后感")[-1] == ("conclusion", None), closing


def test_an_ending_of_an_event_or_of_a_speech_without_parts_is_no_such_paragraph():
    # Look-alikes: an event that ends (最后，活动在欢声笑语中结束。) is the report's text; a speech with
    # no headed parts that ends on 最后，我想用一句话结束我的演讲 stays all intro; 写到这里 in the middle
    # of a sentence heads nothing.
    for last in ("最后，活动在欢声笑语中结束。大家合影留念。", "他说，信写到这里就停了。我们都没说话。"):
        assert [k for k, _ in kinds([*PARTS, Block(last)])][-1] == "section", last
    plain = [Block("各位评委："), Block(BODY), Block("最后，我想用一句话结束我的演讲：平凡里有重量。谢谢！")]
    assert [k for k, _ in kinds(plain)] == ["intro"]


# --- levels: lines over the outline that head nothing ------------------------------------------


def test_a_documents_number_line_heads_nothing():
    # General pattern: an official document opens with its number (临科发〔2025〕6号), centred like a
    # heading, over the addressees: front matter, never a part, so the outline's 一、 stays level 1.
    body = (
        "<p style='text-align:center'>临科发〔2025〕6号</p><p>各区（县）科技主管部门，各有关单位：</p>"
        f"<p>{BODY}</p><p><font face='黑体'>一、支持对象</font></p><p>{BODY}</p>"
        f"<p><font face='黑体'>二、申报条件</font></p><p><b>（一）企业条件</b></p><p>{BODY}</p>"
        f"<p><b>（二）机构条件</b></p><p>{BODY}</p>"
    )
    got = levels(page(body, "关于组织申报2025年度科技创新券的通知"))
    assert got == [
        ("intro", 1, None), ("section", 1, "一、支持对象"), ("section", 1, "二、申报条件"),
        ("section", 2, "（一）企业条件"), ("section", 2, "（二）机构条件"),
    ]  # fmt: skip
    # a centred line that names a part with a year in brackets is still a heading
    named = body.replace("临科发〔2025〕6号", "第一部分 总体要求（2025年）")
    assert ("section", 1, "第一部分 总体要求（2025年）") in levels(page(named, "关于组织申报的通知"))


def test_the_title_printed_again_under_a_line_with_a_colon_heads_nothing():
    # General pattern: a page prints the title again at the top of the text (<h2>, centred) under a
    # line that is no sentence (目前位置：首頁 > 教案分享, 作者：某某): the title line heads nothing and
    # the outline under it (壹、 / 一、 / （一）) starts at level 1.
    title = "國小五年級自然科學教學活動設計"
    body = (
        f"<p>目前位置：首頁 &gt; 教案分享</p><h2>{title}</h2>"
        f"<p><b>壹、設計理念</b></p><p>{BODY}</p><p><b>貳、教學目標</b></p><p><b>一、認知目標</b></p><p>{BODY}</p>"
        f"<p><b>二、技能目標</b></p><p>{BODY}</p>"
    )
    got = levels(page(body, title))
    assert [x for x in got if x[2]] == [
        ("section", 1, "壹、設計理念"), ("section", 1, "貳、教學目標"), ("section", 2, "一、認知目標"),
        ("section", 2, "二、技能目標"),
    ]  # fmt: skip
    # a first heading under a sentence (a stop, an English full stop, a colon leading into a list) is
    # the text's own, though it repeats the title
    for line in (
        BODY,
        "Early retirement takes discipline. Here are the steps you can take:",
        "具体步骤如下：",
    ):
        said = body.replace("<p>目前位置：首頁 &gt; 教案分享</p>", f"<p>{line}</p>")
        assert ("section", 1, title) in levels(page(said, title)), line


def test_a_look_back_over_the_whole_weekend_after_the_last_part_concludes():
    # General pattern: 回顾一下这个周末：… / 回顾这一年，… after the last part's own text looks back over
    # the whole span the piece covers and sums it up (as 回头看这一年 does); a look back at one moment
    # (回顾当时的情景) does not (see above).
    for closing in (
        "回顾一下这个周末：总花费1260元，得到了一台能用的机器。值了。",
        "回顾这一年，收获比遗憾多。明年接着干。",
    ):
        assert kinds([*PARTS, Block(closing)])[-1] == ("conclusion", None), closing


# --- levels and heads: a subtitled numbered title, a number in a badge over its title ---------------


def test_a_numbered_title_with_a_subtitle_of_two_paired_phrases_heads_among_its_siblings():
    # General pattern: a bold numbered title may carry a subtitle after a colon made of two paired
    # phrases (二、少安和少平：两种活法，一样的尊严): a heading like its siblings, not a sentence.
    # Look-alikes: the same line in plain text among bold siblings, or a field of more clauses
    # (二、时间：3月5日，上午9点，在学校礼堂), heads nothing of its own.
    heads = ("一、苦难是生活的底色", "二、少安和少平：两种活法，一样的尊严", "三、写给现在的自己")
    blocks = [Block("开头。" + BODY)]
    for head in heads:
        blocks += [Block(head, bold=True), Block(BODY)]
    assert [h for _, h in kinds(blocks)] == [None, *heads]
    field = "二、时间：3月5日，上午9点，在学校礼堂"
    assert field not in [h for _, h in kinds([*blocks[:3], Block(field, bold=True), *blocks[4:]])]
    plain = [*blocks[:3], Block(heads[1]), *blocks[4:]]
    assert heads[1] not in [h for _, h in kinds(plain)]


def test_a_number_in_a_badge_over_its_title_heads_with_it():
    # General pattern: an account article sets each part's number in a badge of its own beside the
    # title (01 | 为什么是这本书, two boxes, two lines in the text): the number and the title are one
    # heading when the numbers count up. Look-alikes: numbers that do not count up (a score: 90 over a
    # team's name) and a lone number head nothing with the line under them.
    def badge(number: str, title: str) -> str:
        parts = f"<section><b>{number}</b></section> <section><b>{title}</b></section>"
        return f"<section>{parts}</section><p>{BODY}{BODY}</p>"

    intro = f"<p>{BODY}{BODY}</p>"
    html = page(intro + badge("01", "为什么是这本书") + badge("02", "河边的那个下午"), "四月共读回顾")
    assert [(k, lv, h and "".join(h.split())) for k, lv, h in levels(html)] == [
        ("intro", 1, None), ("section", 1, "01为什么是这本书"), ("section", 1, "02河边的那个下午"),
    ]  # fmt: skip
    scores = page(intro + badge("90", "红队") + badge("78", "蓝队"), "篮球赛战报")
    assert all(h is None or not h[0].isdigit() for _, _, h in levels(scores))


def test_plain_numbered_sentences_whose_run_skips_a_number_are_points():
    # General pattern: a notice's last part lists its requirements as plain numbered sentences
    # (（一）申报单位…负责。一经查实，… / （二）a sentence too long to head / （三）如遇问题，请及时联系。):
    # the one too long to head leaves a gap in the numbers of those that would, and the run is a list of
    # points, text of the part. Look-alikes: run-in points counted without a gap (（一）进一步夯实党建
    # 基础。… / （二）… / （三）…) and bold heads stay headings.
    long = "（二）各区（县）科技主管部门要加强政策宣传，认真做好组织推荐工作，确保符合条件的企业应知尽知、应报尽报。"
    blocks = [
        Block("为做好申报工作，现将有关事项通知如下。"),
        Block("一、申报程序", bold=True),
        Block("（一）网上申报", bold=True),
        Block(BODY),
        Block("（二）审核推荐", bold=True),
        Block(BODY),
        Block("二、有关要求", bold=True),
        Block("（一）申报单位对申报材料的真实性负责，不得弄虚作假。一经查实，取消其三年内申领资格。"),
        Block(long),
        Block("（三）申报过程中如遇问题，请及时与我局联系。"),
        Block("联系人：科技服务科 刘工，电话：0795-6213428。"),
    ]
    assert [h for _, h in kinds(blocks)] == [
        None,
        "一、申报程序",
        "（一）网上申报",
        "（二）审核推荐",
        "二、有关要求",
    ]
    run_in = [*blocks[:7], *(Block(f"（{n}）进一步夯实党建基础。" + BODY) for n in "一二三")]
    assert [h for _, h in kinds(run_in)][-3:] == [f"（{n}）进一步夯实党建基础。" for n in "一二三"]


# --- review: a last part that is itself the look ahead, a plan's points, heads with paragraphs -------


def test_a_look_ahead_or_back_in_a_part_named_for_it_or_leading_into_points_stays_that_parts_text():
    # Look-alikes of the look back and ahead: under a last part named for it (三、工作展望 / 五、展望 /
    # 三、回顾与思考) every paragraph looks ahead or back, the last one too, and is that part's text; a
    # look ahead that leads into the plan's points (展望下一步，重点做好以下工作： over 一是… / 二是…) or
    # counts them itself (展望2025年，…：一是…，二是…) is the plan, not a closing. The closing after a part
    # named for the plan (三、明年打算 over its points) still concludes (see above).
    for head, paragraphs in (
        (
            "三、工作展望",
            ["展望2025年，我们将继续坚持党建引领。" + BODY, "展望未来五年，我们要加快建设步伐。" + BODY],
        ),
        (
            "三、展望",
            [
                "展望2025年，我们将继续坚持党建引领。" + BODY,
                "回顾2024年，我们收获颇多；展望2025年，我们信心满满。",
            ],
        ),
        ("三、回顾与思考", [BODY, "回顾这一年，我们在三个方面还有差距：一是力量不足，二是机制不全。"]),
        (
            "三、今后打算",
            [BODY, "展望下一步，重点做好以下工作：", "一是加强学习。" + BODY, "二是改进作风。" + BODY],
        ),
        (
            "三、下一步工作计划",
            [BODY, "展望2025年，我们将重点抓好三项工作：一是强化党建，二是优化服务，三是提升效能。"],
        ),
    ):
        blocks = [*REPORT[:5], Block(head, bold=True), *(Block(p) for p in paragraphs)]
        sections = split_sections(blocks)
        assert [s.heading for s in sections[:4]] == [None, "一、主要工作", "二、存在的问题", head], head
        assert "conclusion" not in [s.kind for s in sections], head
        # the part's text, or its sub-parts' where its points lead paragraphs of their own (一是加强学习。…:
        # session 27, a document whose parts no other numbering divides)
        held = [(s.heading if s.level > 1 else "") + s.text for s in sections[3:]]
        assert "".join(held).replace("\n", "") == "".join(paragraphs), head


def test_the_end_of_the_book_told_is_no_end_of_the_piece():
    # Look-alike of the writer ending the piece: the book's own ending told (最后，小说以少平回到矿区结束
    # 全文。) is the reader's text about it; the writer ending it with a line of their own (最后，我用一句诗
    # 结束全文：…) concludes.
    told = [*PARTS, Block("最后，小说以少平回到矿区结束全文。" + BODY)]
    assert [k for k, _ in kinds(told)][-1] == "section"
    own = [*PARTS, Block("最后，我用一句诗结束全文：平凡的世界里，有不平凡的光。")]
    assert kinds(own)[-1] == ("conclusion", None)


def test_numbered_heads_with_paragraphs_under_them_keep_their_heads_though_one_is_too_long():
    # Look-alike of the skipped run: numbered lines that head paragraphs of their own (1.活动目的。 over
    # two paragraphs / 2.a sentence too long to head over one / 3.活动安排。 / 4.工作要求。) are parts
    # though one of them is too long to head; only points one right after another are a list.
    blocks = [
        Block("现通知如下。"),
        Block("1.活动目的。"),
        Block(BODY),
        Block(BODY),
        Block(
            "2.本次活动旨在通过丰富多彩的形式，引导广大青少年树立正确的价值观念，培养良好的行为习惯和健康的生活方式。"
        ),
        Block(BODY),
        Block("3.活动安排。"),
        Block(BODY),
        Block("4.工作要求。"),
        Block(BODY),
    ]
    assert [h for _, h in kinds(blocks)] == [None, "1.活动目的。", "3.活动安排。", "4.工作要求。"]
