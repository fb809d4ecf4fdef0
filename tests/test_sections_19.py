"""Sections, session 19: a speech's byline over its text and a notice's closing formula, missed on unseen
pages (set AK), each kind on a page written here by hand with its look-alikes (issue 11)."""

from __future__ import annotations

from test_sections_15 import page, shape

from fanwen.items import Block
from fanwen.sections import split_sections

BODY = "要坚持问题导向，聚焦重点难点，细化工作举措，确保各项任务落地见效，推动全县各项工作再上新台阶。"
OPENING = "<p>同志们：</p><p>今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。</p>"
POINTS = "".join(
    f"<p><strong>{n}、{t}</strong></p><p>{BODY}</p><p>{BODY}</p>"
    for n, t in (("一", "提高思想认识"), ("二", "突出工作重点"), ("三", "强化组织保障"))
)
CENTRED = '<p style="text-align:center">{}</p>'
FACE = '<p align="center" style="font-family:楷体_GB2312">{}</p>'


SPEECH = "在全县安全生产工作会议上的讲话"


# --- a speech's speaker line under its title ----------------------------------------------------------

HEADS = [
    ("section", 1, "一、提高思想认识"),
    ("section", 1, "二、突出工作重点"),
    ("section", 1, "三、强化组织保障"),
]


def test_a_speechs_speaker_line_under_its_title_heads_nothing():
    # General pattern: a leader's speech prints its speaker under the title, centred or bold (offices, then
    # the name; or the name alone), with or without its date line (（2025年3月5日）) above or below, before
    # its first paragraph (同志们：). It is the speech's byline: it heads nothing, and the speech's own
    # heads are its top level.
    for head in (
        CENTRED.format("（2025年3月5日）") + CENTRED.format("县委副书记、县长　周明远"),
        CENTRED.format("县长　周明远") + CENTRED.format("（2025年3月5日）"),
        CENTRED.format("（在2025年全县安全生产工作会议上）") + CENTRED.format("县长　周明远"),
        "<p><strong>县委书记 周明远</strong></p>",
        "<h3>县委书记 周明远</h3>",
        CENTRED.format("周明远"),
        # in a face of its own (楷体), the date line in the same face under it
        FACE.format("市长　周明远") + FACE.format("（2025年3月5日）"),
        "<p>——在全县安全生产工作会议上的讲话</p>" + FACE.format("（2025年3月5日）"),
    ):
        assert shape(page(head + OPENING + POINTS, SPEECH)) == [("intro", 1, None), *HEADS], head


def test_people_heading_their_parts_and_a_head_line_after_the_first_paragraph_still_head():
    # Look-alikes: a page whose parts are people, each a centred office and name over their profile (the
    # look heads more than one line), and a centred line after the first paragraph, keep their heads.
    people = "".join(
        CENTRED.format(f"{office}　{name}") + f"<p>{BODY}</p><p>{BODY}</p>"
        for office, name in (("县长", "周明远"), ("副县长", "李建华"), ("县委秘书长", "王海涛"))
    )
    assert shape(page(people, "县政府领导分工")) == [
        ("section", 1, "县长 周明远"),
        ("section", 1, "副县长 李建华"),
        ("section", 1, "县委秘书长 王海涛"),
    ]
    heads = "".join(CENTRED.format(t) + f"<p>{BODY}</p><p>{BODY}</p>" for t in ("工作目标", "工作措施"))
    assert shape(page(f"<p>{BODY}</p>" + heads, "工作方案")) == [
        ("intro", 1, None),
        ("section", 1, "工作目标"),
        ("section", 1, "工作措施"),
    ]


# --- a notice's closing formula ---------------------------------------------------------------------

NOTICE = [
    Block("各乡镇中心学校，县直各中小学校："),
    Block("为做好2025年科技创新大赛工作，现将有关事项通知如下。"),
    Block("一、参赛对象"),
    Block("全县中小学校在校学生。" + BODY),
    Block("二、有关要求"),
    Block("1.各校要高度重视，精心组织校级初赛。"),
    Block("2.大赛不收取任何费用，参赛作品须为原创。"),
]
SIGN_OFF = [
    Block("附件：1.2025年岚溪县中小学生科技创新大赛评审标准"),
    Block("2.2025年岚溪县中小学生科技创新大赛作品申报汇总表"),
    Block("3.2025年岚溪县中小学生科技创新大赛参赛学生信息表"),
    Block("4.2025年岚溪县中小学生科技创新大赛安全责任书"),
    Block("岚溪县教育体育局"),
    Block("2025年4月8日"),
    Block("（此件主动公开）"),
]


def test_a_notices_closing_formula_after_its_last_part_concludes_with_its_sign_off():
    # General pattern: a notice (通知, 公告, 通报, a 批复's 此复) closes on its formula, a line of its own
    # after its last part; what follows it (an 附件 list however long, the issuer, the date, （此件主动公开）)
    # is its sign-off. The formula and the sign-off close the whole notice, not its last part.
    for formula in ("特此通知。", "特此公告", "特此通报。", "此复。"):
        closing = split_sections([*NOTICE, Block(formula), *SIGN_OFF])[-1]
        assert closing.kind == "conclusion", formula
        assert closing.text.splitlines() == [formula, *(b.text for b in SIGN_OFF)]
        assert split_sections([*NOTICE, Block(formula)])[-1].kind == "conclusion"


def test_a_sign_off_without_a_formula_an_attachment_line_in_a_part_or_an_unparted_notice_stay_text():
    # Look-alikes: an 附件 list after the last part with no formula over it stays the last part's (a notice
    # that ends on its requirements), the issuer and the date under it are the conclusion (session 25, the
    # project's convention: a notice's sign-off); an 附件 line inside a part is that part's; a formula set in a
    # sentence (…请遵照执行，特此通知。) is the last part's sentence; a notice with no parts keeps its formula in
    # its intro.
    sections = split_sections([*NOTICE, *SIGN_OFF])
    assert (sections[-1].kind, sections[-1].text) == (
        "conclusion",
        "岚溪县教育体育局\n2025年4月8日\n（此件主动公开）",
    )
    assert sections[-2].text.endswith(SIGN_OFF[3].text)
    inside = [*NOTICE[:4], Block("附件：参赛作品登记表"), *NOTICE[4:], *SIGN_OFF[4:]]
    sections = split_sections(inside)
    assert [s.kind for s in sections] == ["intro", "section", "section", "conclusion"]
    assert sections[1].text.endswith("附件：参赛作品登记表")
    for last in ("请各校遵照执行，特此通知。", "文末写明“特此通知”即可。"):
        sections = split_sections([*NOTICE, Block(last), *SIGN_OFF])
        assert sections[-2].kind == "section" and last in sections[-2].text, last
    unparted = [NOTICE[0], NOTICE[1], Block(BODY), Block("特此公告。"), *SIGN_OFF[4:]]
    assert [s.kind for s in split_sections(unparted)] == ["intro"]


# --- a piece printed after other parts: its title again under its label, its points' key words summed up ------

ESSAY_TITLE = "2026年江城市考申论大作文范文：让小窗口连着大民生"
POINT_WORDS = ("开得准", "办得简", "守得暖")
ESSAY = [
    Block("【题目】", bold=True),
    Block("请结合给定资料，自选角度，自拟题目，写一篇文章。（50 分）"),
    Block("【写作思路】", bold=True),
    Block("审题：题干的关键词是小窗口和大事情，落脚点在政务服务。" + BODY),
    Block("【参考范文】", bold=True),
    Block("让小窗口连着大民生", bold=True, centered=True),
    Block("在江城，退休老人在社区就能办好养老资格认证。" + BODY),
    *(
        Block(f"小窗口要“{w}”，把群众的事办好。" + BODY, bold_lead=len(f"小窗口要“{w}”，把群众的事办好。"))
        for w in POINT_WORDS
    ),
]
SUMMED = "小窗口，大民生。只有把窗口开得准、把事情办得简、把服务守得暖，才能让群众的获得感成色更足。"


def test_a_pieces_title_under_its_label_heads_nothing_and_a_paragraph_naming_every_points_key_word_concludes():
    # General pattern: a page holds the piece after other parts (a 申论 page's 【题目】, 【写作思路】, then
    # 【参考范文】) and prints the piece's title again right under its label: the line repeats the page's title
    # (its part after a colon) and is the label's text, so the piece's points sit right under the label. Its
    # points are headed by sentences that quote a key word each (小窗口要“开得准”，…); a last paragraph naming
    # every key word again (把窗口开得准、把事情办得简、把服务守得暖) sums them up.
    sections = split_sections([*ESSAY, Block(SUMMED)], ESSAY_TITLE)
    assert [(s.kind, s.level) for s in sections] == [
        ("section", 1),
        ("section", 1),
        ("section", 1),
        ("section", 2),
        ("section", 2),
        ("section", 2),
        ("conclusion", 1),
    ]
    assert sections[2].text.startswith("让小窗口连着大民生\n")


def test_a_title_under_a_numbered_part_a_last_paragraph_naming_one_point_or_unquoted_points_stay():
    # Look-alikes: a line under a numbered part that ends the page's title (三、下一步打算 over 2025年工作计划 in
    # 2024年工作总结及2025年工作计划) heads; a last paragraph that names one key word (its own point's) or
    # points that quote no key word keep the last paragraph in the last point.
    plan = [
        Block("今年以来，我们认真落实各项任务。"),
        Block("一、主要工作"),
        Block(BODY),
        Block("三、下一步打算"),
        Block("2025年工作计划", bold=True),
        Block(BODY),
        Block("2025年工作要点", bold=True),
        Block(BODY),
    ]
    headings = [s.heading for s in split_sections(plan, "2024年工作总结及2025年工作计划")]
    assert "2025年工作计划" in headings
    one = "守得暖，小窗口才能成为党和政府联系群众的连心桥。"
    assert split_sections([*ESSAY, Block(one)], ESSAY_TITLE)[-1].kind == "section"
    plain = [
        *ESSAY[:7],
        *(
            Block(f"小窗口要{w}，把群众的事办好。" + BODY, bold_lead=len(f"小窗口要{w}，把群众的事办好。"))
            for w in POINT_WORDS
        ),
    ]
    assert split_sections([*plain, Block(SUMMED)], ESSAY_TITLE)[-1].kind == "section"
