"""Sections, session 21: a bold lead of a question and its answer heads its part, a reported plan after the last
of parts that run over two paragraphs is that part's text, and a plan's or a summary's closing resolution
closes the whole (set AO's misses), each kind on pages written here by hand with its look-alikes (issue 11)."""

from __future__ import annotations

from conftest import bundled_rules
from test_sections_15 import page

from fanwen.items import Block
from fanwen.offline import process_html
from fanwen.sections import split_sections

RULES = bundled_rules()
BODY = "要坚持问题导向，聚焦重点难点，细化工作举措，确保各项任务落地见效，推动各项工作再上新台阶。"


def _read(html: str, title: str):
    return process_html(page(html, title), None, RULES).sections


# --- a bold lead of a question and its answer ---------------------------------------------------------

STORY_TITLE = "老街巷里的“四点半课堂”"
STORY_OPENING = (
    "<p>下午四点半，青石巷社区活动室里坐满了刚放学的孩子，大学生志愿者正帮着他们检查作业。</p>"
    "<p>课堂开办一年来，已为辖区双职工家庭的孩子提供托管服务一万余人次。</p>"
)
MIDDLE = "志愿者每天分成两组，一组辅导作业，一组带着孩子们做手工、读绘本，家长下班后再来接。"
SECOND = "活动室的桌椅、书架都是辖区单位捐赠的，社区还请来退休教师每周上一次书法课。"
QUESTION_LEADS = [
    "孩子没人接？志愿者来帮忙。",
    "钱从哪里来？街道和企业一起出。",
    "夜里路太黑怎么办？太阳能路灯装到了巷子口。",
]


def _story(heads) -> str:
    return STORY_OPENING + "".join(f"<p><strong>{head}</strong>{MIDDLE}</p><p>{SECOND}</p>" for head in heads)


def test_a_bold_question_and_its_answer_head_their_part():
    # General pattern: a feature story heads its parts with bold lead sentences run into their paragraphs; a
    # head may be a question and its short answer set in bold together (孩子没人接？志愿者来帮忙。), one lead of
    # two sentences, among plain bold leads or all of them so, the last part's too.
    plain = ["课堂办在家门口。", "老师来自大学校园。"]
    for head in QUESTION_LEADS:
        for heads in ([*plain, head], [head, *plain], QUESTION_LEADS):
            sections = _read(_story(heads), STORY_TITLE)
            assert [(s.kind, s.heading) for s in sections] == [
                ("intro", None),
                *[("section", h) for h in heads],
            ], heads
            assert sections[-1].text.splitlines() == [MIDDLE, SECOND]
    # its answer's stop outside the bold run (<strong>孩子没人接？志愿者来帮忙</strong>。) as a lead's may be
    heads = ["课堂办在家门口。", "老师来自大学校园。"]
    body = STORY_OPENING + "".join(f"<p><strong>{h}</strong>{MIDDLE}</p><p>{SECOND}</p>" for h in heads)
    body += f"<p><strong>孩子没人接？志愿者来帮忙</strong>。{MIDDLE}</p><p>{SECOND}</p>"
    assert [s.heading for s in _read(body, STORY_TITLE)][-1] == "孩子没人接？志愿者来帮忙。"


def test_a_bold_question_alone_or_a_question_run_into_emphasis_keeps_its_reading():
    # Look-alikes: a bold question whose answer is not bold heads with the question alone (as before); a bold run
    # ending inside the answer (emphasis: <strong>钱从哪里来？街道</strong>和企业…) is no lead, and a bold run of a
    # question and a long answer (over a heading's length) is none either.
    plain = ["课堂办在家门口。", "老师来自大学校园。"]
    body = _story(plain) + f"<p><strong>钱从哪里来？</strong>街道和企业一起出。{MIDDLE}</p><p>{SECOND}</p>"
    assert [s.heading for s in _read(body, STORY_TITLE)][-1] == "钱从哪里来？"
    for bold, rest in (
        ("钱从哪里来？街道", "和企业一起出。"),
        ("钱从哪里来？街道、辖区企业和热心居民一起出，每年筹集资金二十余万元。", ""),
    ):
        body = _story(plain) + f"<p><strong>{bold}</strong>{rest}{MIDDLE}</p><p>{SECOND}</p>"
        sections = _read(body, STORY_TITLE)
        assert [s.heading for s in sections][1:] == plain, bold
        assert MIDDLE in sections[-1].text


# --- a reported plan after parts of two paragraphs -----------------------------------------------------

PLANS = [
    "街道相关负责人介绍，下一步将在辖区再开办两个四点半课堂，让更多双职工家庭受益。",
    "据了解，下一步，社区还将联合辖区高校扩大辅导老师队伍，让课堂开到每个小区。",
    "记者从街道获悉，今后四点半课堂将纳入社区每年的民生实事，持续推进。",
]


def test_a_reported_plan_after_parts_of_two_paragraphs_is_the_last_parts_text():
    # General pattern: where a story's parts each run over two paragraphs, the plan its source states after the
    # last part's own paragraph is that part's second paragraph, as its siblings' are: no conclusion.
    heads = ["课堂办在家门口。", "老师来自大学校园。", "孩子没人接？志愿者来帮忙。"]
    for plan in PLANS:
        body = STORY_OPENING + "".join(
            f"<p><strong>{h}</strong>{MIDDLE}</p>" + (f"<p>{SECOND}</p>" if k < 2 else f"<p>{plan}</p>")
            for k, h in enumerate(heads)
        )
        sections = _read(body, STORY_TITLE)
        assert [(s.kind, s.heading) for s in sections][-1] == ("section", heads[-1]), plan
        assert sections[-1].text.splitlines() == [MIDDLE, plan]


def test_a_reported_plan_after_parts_of_one_paragraph_still_concludes():
    # Look-alikes: parts of one paragraph each (set AM's p12), or one of them so, leave the plan after the last
    # standing apart from them: it closes the story (session 20).
    heads = ["课堂办在家门口。", "老师来自大学校园。", "孩子没人接？志愿者来帮忙。"]
    for plan in PLANS:
        for seconds in ((False, False, False), (True, False, False)):
            body = STORY_OPENING + "".join(
                f"<p><strong>{h}</strong>{MIDDLE}</p>" + (f"<p>{SECOND}</p>" if second else "")
                for h, second in zip(heads, seconds, strict=True)
            )
            sections = _read(body + f"<p>{plan}</p>", STORY_TITLE)
            assert [(s.kind, s.heading) for s in sections][-2:] == [
                ("section", heads[-1]),
                ("conclusion", None),
            ], (plan, seconds)


# --- a plan's or a summary's closing resolution ---------------------------------------------------------

PLAN = [
    Block("为进一步做好社区养老服务工作，结合本街道实际，现制定2026年工作计划如下。"),
    Block("（一）工作目标"),
    Block("到2026年底，辖区居家养老服务覆盖率达到85%以上，新建社区食堂两个。" + BODY),
    Block("（二）主要措施"),
    Block("1.完善助餐服务网络"),
    Block("依托社区食堂和爱心餐馆，为高龄、独居老人提供助餐服务。" + BODY),
    Block("2.推进适老化改造"),
    Block("全年完成困难老年人家庭适老化改造120户。" + BODY),
    Block("（三）保障措施"),
    Block("1.加强组织领导"),
    Block("成立由街道主任任组长的工作领导小组，每季度召开一次推进会。"),
    Block("2.强化经费保障"),
    Block("积极争取上级补助资金，引导社会力量参与养老服务。"),
]
RESOLUTIONS = [
    "新的一年，街道全体干部职工将以更加务实的作风、更加饱满的热情，扎实推进各项养老服务工作，让老人们安享晚年。",
    "今后，我们将以更高的标准、更实的举措，全力抓好各项工作落实，为辖区老人提供更加便捷的服务。",
    "2026年，全体社工将以更加饱满的热情投入到养老服务中，努力交出一份群众满意的答卷。",
    "新的一年，本會全體同仁將以更加積極的態度、更加務實的作風，推動各項服務再上台階。",
    "在新的一年里，我们要以更大的决心和更实的举措，推动养老服务提质增效。",
]


LAST_POINT = ("section", 2, "2.强化经费保障")


def _kinds_and_heads(sections):
    return [(s.kind, s.level, s.heading) for s in sections]


def test_a_plans_closing_resolution_concludes():
    # General pattern: a work plan or summary closes on the whole staff pledging how it takes on the span ahead:
    # a span opening the paragraph (新的一年 / 今后 / 2026年 / 在新的一年里), then the manner it will work in (以更加
    # 务实的作风、更加饱满的热情 / 以更高的标准、更实的举措 / 以更加饱满的热情), the last paragraph after the last
    # part's own text, a signature under it at most. It closes the whole plan, not its last point.
    for line in RESOLUTIONS:
        for signature in ((), (Block("青石街道办事处"), Block("2025年12月20日"))):
            sections = split_sections([*PLAN, Block(line), *signature])
            assert _kinds_and_heads(sections)[-2:] == [LAST_POINT, ("conclusion", 1, None)], line
            assert sections[-1].text.splitlines() == [line, *(b.text for b in signature)]
            assert sections[-2].text == PLAN[-1].text


def test_a_plan_without_a_resolution_or_a_resolution_inside_a_part_stays_in_the_last_part():
    # Look-alikes: a plan for the span ahead naming what it will do, with no manner pledged (新的一年，我们将重点
    # 抓好三件事… / 下一步，…持续跟踪督办…), stays in the last part; so does a resolution with prose after it, one that
    # is a last part's own paragraph (（三）下一步打算 over it), one telling the past (…以更加饱满的热情投入到…，
    # 圆满完成了…), and one on a page with no parts (a speech's 新的学期，让我们以更加昂扬的斗志、更加务实的作风…).
    for line in (
        "新的一年，我们将重点抓好三件事：一是扩大助餐覆盖面，二是推进适老化改造，三是培育养老服务队伍。",
        "下一步，街道党工委将对尚未完成的两个改造项目持续跟踪督办，确保按期完工。",
        "去年冬天，全体社工以更加饱满的热情投入到助老服务中，圆满完成了各项任务。",
    ):
        assert _kinds_and_heads(split_sections([*PLAN, Block(line)]))[-1] == LAST_POINT, line
    after = "街道将定期对计划落实情况进行督查，督查结果在辖区公示栏公开，接受居民监督。"
    sections = split_sections([*PLAN, Block(RESOLUTIONS[0]), Block(after)])
    assert sections[-1].kind == "section" and sections[-1].text.splitlines()[-2:] == [RESOLUTIONS[0], after]
    own = [*PLAN[:-4], Block("（三）下一步打算"), Block(RESOLUTIONS[1])]
    assert _kinds_and_heads(split_sections(own))[-1] == ("section", 1, "（三）下一步打算")
    speech = [
        Block("同志们："),
        Block("今天我们召开新学期教师大会，主要是总结上学期工作，部署新学期任务。" + BODY),
        Block("上学期，全区教育系统攻坚克难，各项工作取得了新的进展。" + BODY),
        Block("新的学期，让我们以更加昂扬的斗志、更加务实的作风，奋力推动全区教育事业高质量发展！"),
    ]
    assert _kinds_and_heads(split_sections(speech)) == [("intro", 1, None)]


# --- review (session 21): what the three patterns must leave alone ------------------------------------------


def test_a_plan_after_a_last_part_as_long_as_its_siblings_concludes():
    # Review: where the last part already holds as many paragraphs as each of its siblings, a reported plan on the
    # story's topic after it is no second paragraph of that part: it closes the story (session 20), with the
    # credits under it or alone.
    heads = ["课堂办在家门口。", "老师来自大学校园。", "孩子没人接？志愿者来帮忙。"]
    plan = "市教育局相关负责人表示，下一步将在全市推广四点半课堂的经验做法，惠及更多双职工家庭。"
    for credits in ("", "<p>（记者 王明 通讯员 李华）</p>"):
        sections = _read(_story(heads) + f"<p>{plan}</p>{credits}", STORY_TITLE)
        assert [(s.kind, s.heading) for s in sections][-2:] == [("section", heads[-1]), ("conclusion", None)]
        assert sections[-2].text.splitlines() == [MIDDLE, SECOND]
        assert sections[-1].text.splitlines()[0] == plan


def test_a_year_told_as_past_or_a_parts_items_opening_alike_is_no_closing_resolution():
    # Review: the resolution pledges the span ahead (将以 / 要以 / 让我们以): a summary's year told as done in the
    # formula's words (2025年，全体社工以更加务实的作风…，圆满完成了…) stays in its last part; so does the last of a
    # part's items that each open on the same span (2026年，将… / 2026年，将以更加严格的标准、更加细致的措施…).
    for past in (
        "2025年，全体社工以更加务实的作风、更加饱满的热情投入养老服务，圆满完成了全年各项目标任务。",
        "2025年，街道将养老服务纳入重点工作，以更加务实的作风、更加饱满的热情推动落实，圆满完成了各项任务。",
    ):
        assert _kinds_and_heads(split_sections([*PLAN, Block(past)]))[-1] == LAST_POINT, past
    for head, items in (
        (
            "（四）年度安排",
            (
                "2026年，将按季度开展入户走访，建立困难老人台账。",
                "2026年，将新建两处社区食堂，扩大助餐覆盖面。",
                "2026年，将以更加严格的标准、更加细致的措施开展养老机构安全检查，每季度不少于一次。",
            ),
        ),
        (
            "（四）今后打算",
            (
                "今后，将进一步完善助餐网络，新增助餐点五个。",
                "今后，将以更高的标准、更实的举措推进适老化改造。",
            ),
        ),
    ):
        sections = split_sections([*PLAN, Block(head), *(Block(t) for t in items)])
        assert _kinds_and_heads(sections)[-1] == ("section", 1, head), head
        assert sections[-1].text.splitlines() == list(items)


def test_a_closing_resolution_with_a_thanks_under_it_concludes():
    # Review: a report read aloud closes on its resolution and a thanks (谢谢大家！ / 謝謝！), the signature under them at
    # most: the thanks is no paragraph of the last part's, and the resolution concludes with it.
    for thanks in ("谢谢大家！", "謝謝！", "谢谢各位。"):
        for signature in ((), (Block("青石街道办事处"), Block("2025年12月20日"))):
            sections = split_sections([*PLAN, Block(RESOLUTIONS[0]), Block(thanks), *signature])
            assert _kinds_and_heads(sections)[-2:] == [LAST_POINT, ("conclusion", 1, None)], thanks
            assert sections[-1].text.splitlines()[:2] == [RESOLUTIONS[0], thanks]
    # a sentence of thanks for something (a part's text) is no such line: the resolution is not the last paragraph
    thanked = "感谢辖区单位和志愿者一年来对养老服务工作的大力支持。"
    assert _kinds_and_heads(split_sections([*PLAN, Block(RESOLUTIONS[0]), Block(thanked)]))[-1] == LAST_POINT
