"""Sections, session 20: a closing part after the last headed part (a report's sign-off over its signature, a
proposal's call over its 落款, a news feature's closing plan) and photo captions under their pictures, missed
on unseen pages (set AM), each kind on a page written here by hand with its look-alikes (issue 11)."""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from test_sections_15 import page

from fanwen.items import Block
from fanwen.offline import process_html
from fanwen.sections import split_sections

RULES = bundled_rules()
BODY = "要坚持问题导向，聚焦重点难点，细化工作举措，确保各项任务落地见效，推动各项工作再上新台阶。"


def _read(html: str, title: str):
    return process_html(page(html, title), None, RULES).sections


# --- a report's sign-off over its signature -----------------------------------------------------------

REPORT = [
    Block("尊敬的各位领导、同事们："),
    Block("一年来，我认真履行岗位职责，较好地完成了各项工作任务。现将履职情况报告如下。"),
    Block("（一）坚持学习，政治站位进一步提高"),
    Block("全年参加集中学习24次，撰写学习笔记两万余字。" + BODY),
    Block("（二）聚焦主责，窗口服务提质增效"),
    Block("全年共受理各类事项8.6万件，较上年增长14%。" + BODY),
    Block("（三）2026年工作打算"),
    Block("新的一年，我将重点抓好三件事：一是扩容集成服务，二是开展轮岗练兵，三是完善延时服务。"),
]
SIGN_OFFS = [
    ("以上是我的述职报告，不妥之处，请各位领导和同志们批评指正。", "述职人：谢文涛", "2025年12月16日"),
    ("以上汇报，如有不当之处，恳请组织批评指正。", "汇报人：钟晓岚", "2025年11月20日"),
    ("不当之处，敬请各位领导和同事批评指正。", "报告人：王伟", "2025年1月8日"),
]


def test_a_reports_sign_off_over_its_signature_concludes():
    # General pattern: a report (述职报告, 思想汇报, 工作报告) closes on the writer turning to the readers, the
    # whole report above it (以上是我的述职报告 / 以上汇报) or a request to be corrected (敬请…批评指正), over
    # the signer and the date on short lines of their own: the sign-off and the signature close the whole
    # report, not its last part.
    for line, signer, date in SIGN_OFFS:
        sections = split_sections([*REPORT, Block(line), Block(signer), Block(date)])
        assert [s.kind for s in sections] == ["intro", "section", "section", "section", "conclusion"], line
        assert sections[-1].text.splitlines() == [line, signer, date]
        assert sections[-2].text == REPORT[-1].text


def test_a_sign_off_without_a_signature_concludes_a_last_parts_plans_stay_in_the_last_part():
    # The same sign-off with no signature under it concludes too since session 25 (the project's convention: the
    # writer's sign-off on the whole text; set H's hb1 and set P's 说课稿 kept it in the last part, their truths
    # changed). Look-alikes: a last part's second paragraph of plans over the signature is that part's text; a
    # sign-off that is no request (以上数据截至…) stays too.
    for line, _, _ in SIGN_OFFS:
        assert [s.kind for s in split_sections([*REPORT, Block(line)])][-1] == "conclusion", line
    for plans in (
        "二是开展窗口人员轮岗练兵，做到一人多岗、一岗多能，全年培训不少于12次。",
        "明年，我将继续完善夜间和周末延时服务。",
    ):
        sections = split_sections([*REPORT, Block(plans), Block("述职人：谢文涛"), Block("2025年12月16日")])
        assert [s.kind for s in sections][-1] == "section", plans
    sections = split_sections([*REPORT, Block("以上数据截至2025年11月底。"), Block("2025年12月16日")])
    assert [s.kind for s in sections][-1] == "section"


# --- a proposal's closing call over its 落款 --------------------------------------------------------------

PROPOSAL = "".join(
    f"<p><strong>{n}、{head}。</strong>{text}</p>"
    for n, head, text in (
        ("一", "喜事新办，简约节俭", "倡导婚事新办、丧事简办，不讲排场、不比阔气，让节日回归温情本色。"),
        ("二", "文明餐桌，杜绝浪费", "家庭聚餐按需点餐、适量备餐，剩菜打包，倡导使用公勺公筷。"),
        (
            "三",
            "安全燃放，守护蓝天",
            "严格遵守烟花爆竹禁限放规定，倡导用电子鞭炮、挂灯笼等方式增添节日气氛。",
        ),
    )
)
PROPOSAL_OPENING = (
    "<p>广大市民朋友们：</p><p>为推动移风易俗、树立文明新风，让大家过一个文明祥和的春节，特发出如下倡议：</p>"
)
LUOKUAN = "<p style='text-align:right'>龙湖区精神文明建设委员会办公室</p><p style='text-align:right'>2026年2月10日</p>"
CALLS = [
    "市民朋友们，文明新风需要你我共同培育。让我们从自身做起、从小事做起，过一个欢乐祥和的新春佳节！",
    "让我们携起手来，从一点一滴做起，共同守护美丽家园，让文明新风吹进千家万户！",
    "各位鄉親，文明新風需要大家共同培育。讓我們一起行動起來，共建文明和諧的新農村！",
]


def test_a_proposals_closing_call_over_its_luokuan_concludes():
    # General pattern: a proposal (倡议书) or an open letter closes on a call to its readers (让我们…, after
    # an address or opening the paragraph) over its 落款, the issuer and the date: the call and the 落款
    # close the whole, not the last of its asks.
    for call in CALLS:
        sections = _read(
            PROPOSAL_OPENING + PROPOSAL + f"<p>{call}</p>" + LUOKUAN, "文明过大年 移风易俗倡议书"
        )
        assert [(s.kind, s.heading) for s in sections][-2:] == [
            ("section", "三、安全燃放，守护蓝天。"),
            ("conclusion", None),
        ], call
        assert sections[-1].text.splitlines()[-2:] == ["龙湖区精神文明建设委员会办公室", "2026年2月10日"]
    # an open letter's call, its salute (此致 / 敬礼！) and its signature with a dotted date
    letter = f"<p>{CALLS[1]}</p><p>此致</p><p>敬礼！</p><p>城关街道全体党员</p><p>2026.2.10</p>"
    sections = _read(PROPOSAL_OPENING + PROPOSAL + letter, "致全体居民的一封信")
    assert sections[-1].kind == "conclusion"
    assert sections[-1].text.splitlines() == [CALLS[1], "此致", "敬礼！", "城关街道全体党员", "2026.2.10"]


def test_a_call_with_no_luokuan_concludes_one_inside_a_thanks_stays_in_the_last_part():
    # A closing address calling on the readers with no 落款 (同志们，…让我们…) concludes since session 24 (the
    # project's convention; sets H and zoo kept it in the last part, their truths changed). A letter's thanks that
    # calls in passing (谢谢您的支持与配合，让我们一起…, set R's r08) over its signature stays in the last part; the
    # signature (the teacher, the date) is the conclusion since session 25 (a sign-off after the last part).
    sections = _read(PROPOSAL_OPENING + PROPOSAL + f"<p>{CALLS[0]}</p>", "文明过大年 移风易俗倡议书")
    assert sections[-1].kind == "conclusion" and sections[-1].text == CALLS[0]
    thanks = (
        "<p>谢谢您的支持与配合，让我们一起陪伴孩子快乐成长！</p><p>班主任　陈怡君</p><p>2025年8月29日</p>"
    )
    sections = _read(PROPOSAL_OPENING + PROPOSAL + thanks, "文明过大年 移风易俗倡议书")
    assert (sections[-1].kind, sections[-1].text) == ("conclusion", "班主任 陈怡君\n2025年8月29日")
    assert sections[-2].kind == "section" and sections[-2].text.endswith("让我们一起陪伴孩子快乐成长！")


# --- a news feature's closing plan ---------------------------------------------------------------------

FEATURE_TITLE = "桐溪县：老旧小区改造跑出加速度"
FEATURE = (
    "<p>“以前水管漏了要跑好几趟物业，现在扫一扫门口的报修码，师傅第二天就上门了。”72岁的居民周桂兰笑着说。</p>"
    "<p>今年以来，桐溪县把老旧小区改造列为十件民生实事之一，计划改造小区43个。截至目前，已完工31个。</p>"
    + "".join(
        f"<p><strong>{head}</strong>{text}</p>"
        for head, text in (
            ("一码报修，小事不出小区。", "县住建局在每栋楼的单元门口张贴报修码，居民扫码后可直接上传照片。"),
            ("居民点单，改什么大家说了算。", "各社区通过楼道议事会收集意见，由居民投票确定优先顺序。"),
            (
                "多方出资，破解“钱从哪来”。",
                "桐溪县采取政府补一点、产权单位出一点、居民筹一点的办法，减轻财政压力。",
            ),
        )
    )
)
PLANS = [
    "县住建局相关负责人表示，下一步将总结改造经验，把报修码推广到全县所有老旧小区，推动小区管理向长效治理转变。",
    "据了解，下一步，桐溪县还将启动第二批老旧小区改造项目20个，让更多居民住上舒心房。",
    "记者从县住建局获悉，今后该县将把老旧小区改造纳入每年的民生实事，持续推进。",
]


def test_a_news_features_closing_plan_concludes():
    # General pattern: a news feature with parts of its own closes on the plan its source states for the
    # whole (…负责人表示，下一步将… / 据了解，下一步… / 记者从…获悉，今后…将…), naming the story's topic (a pair of
    # the title's characters), the last paragraph (its credits after it at most): it closes the story, not
    # its last part.
    for plan in PLANS:
        for credits in ("", "<p>记者：方可欣 通讯员：吕强</p>"):
            sections = _read(FEATURE + f"<p>{plan}</p>" + credits, FEATURE_TITLE)
            assert [(s.kind, s.heading) for s in sections][-2:] == [
                ("section", "多方出资，破解“钱从哪来”。"),
                ("conclusion", None),
            ], plan
            assert sections[-1].text.startswith(plan)


def test_a_news_features_closing_plans_in_two_paragraphs_conclude_together():
    # General pattern (review rv3): the source's plans told in two paragraphs or more (…负责人表示，下一步将…。 /
    # 据了解，下一步还将…。) close the story together; the first no longer stays in the last part.
    for first, second in ((PLANS[0], PLANS[1]), (PLANS[2], PLANS[1]), (PLANS[1], PLANS[2])):
        sections = _read(FEATURE + f"<p>{first}</p><p>{second}</p>", FEATURE_TITLE)
        assert [(s.kind, s.heading) for s in sections][-2:] == [
            ("section", "多方出资，破解“钱从哪来”。"),
            ("conclusion", None),
        ], first
        assert sections[-1].text.splitlines()[:2] == [first, second]
    # a second plan on the last part's own topic is that part's text: both stay in it, as one plan alone would
    on_topic = "县住建局表示，今后还将拓宽多方出资渠道，破解资金难题。"
    sections = _read(FEATURE + f"<p>{PLANS[1]}</p><p>{on_topic}</p>", FEATURE_TITLE)
    assert sections[-1].kind == "section"
    assert sections[-1].text.splitlines()[-2:] == [PLANS[1], on_topic]


def test_a_writers_own_plan_or_one_on_the_last_parts_topic_stays_in_the_last_part():
    # Look-alikes: a report's own 下一步 over its signature (下一步，局党组将…: set J's j03; the signature alone
    # concludes since session 25), a plan on the last part's own topic (…下一步将继续多方出资…), a plan naming none
    # of the story's topic, and one with prose after it, stay in the last part.
    for closing in (
        "<p>下一步，县住建局将对尚未完成的老旧小区改造持续跟踪督办，确保按期完工。</p><p>桐溪县住建局</p><p>2025年9月30日</p>",
        "<p>县住建局相关负责人表示，下一步将继续拓宽多方出资渠道，破解资金难题。</p>",
        "<p>县住建局相关负责人表示，下一步将总结经验，推动工作再上新台阶。</p>",
        f"<p>{PLANS[0]}</p><p>居民们纷纷表示，改造后的家园更美了，日子也更有奔头了。</p>",
    ):
        sections = [
            s for s in _read(FEATURE + closing, FEATURE_TITLE) if s.text != "桐溪县住建局\n2025年9月30日"
        ]
        assert sections[-1].kind == "section", closing


# --- photo captions under their pictures ------------------------------------------------------------------

NEWS = [
    "10月21日至22日，我校第十二届职业技能大赛在实训中心举行，来自8个二级学院的620余名学生参赛。",
    "开幕式上，副校长在致辞中指出，技能大赛是检验教学成果、展示学生风采的重要平台。",
    "比赛期间，各赛场秩序井然，选手们需要在90分钟内完成动力电池故障诊断与排除。",
    "今年的大赛首次增设工业机器人应用编程和智慧健康养老服务两个新赛项，紧扣区域产业需求。",
    "本届大赛同步开设了作品云展厅，同学们扫码即可浏览参赛作品并投票。",
    "赛后，各赛项裁判长分别进行了点评，认为选手们整体基本功扎实。",
    "经过激烈角逐，大赛共评选出一等奖36个、二等奖72个、三等奖108个。",
]
SHOTS = ["新能源汽车检测与维修赛项比赛现场", "护理赛项选手进行心肺复苏操作"]


def _picture(i: int) -> str:
    return f'<p style="text-align:center"><img src="/d/file/2025/{i}.jpg" width="600"></p>'


def _school_news(caption) -> str:
    # three pictures, each with its caption over two paragraphs or more of the report
    return (
        f"<p>{NEWS[0]}</p>"
        + _picture(0)
        + caption("图为开幕式现场（摄影：曹瑞）")
        + f"<p>{NEWS[1]}</p><p>{NEWS[2]}</p>"
        + _picture(1)
        + caption(SHOTS[0])
        + f"<p>{NEWS[3]}</p><p>{NEWS[4]}</p>"
        + _picture(2)
        + caption(SHOTS[1])
        + f"<p>{NEWS[5]}</p><p>{NEWS[6]}</p>"
    )


@pytest.mark.parametrize(
    "caption",
    [
        # set smaller and grey, centred, as the 图为… line over the first picture is
        lambda text: f'<p style="text-align:center;font-size:13px;color:#555">{text}</p>',
        # a caption's class, not centred (pic-txt, img_desc, wp-caption-text)
        lambda text: f'<p class="pic-txt"><strong>{text}</strong></p>',
        lambda text: f'<div class="img_desc"><b>{text}</b></div>',
        lambda text: f'<p class="wp-caption-text">{text}</p>',
        # centred and bold as the 图为… line is: the page's captions look alike
        lambda text: f'<p style="text-align:center"><strong>{text}</strong></p>',
        # a figure's caption
        lambda text: f"<figure><figcaption>{text}</figcaption></figure>",
    ],
)
def test_captions_under_pictures_head_nothing_though_each_is_over_paragraphs(caption):
    # General pattern: a school's or an office's news sets a picture, then its caption, a short line set as
    # captions are (smaller and grey, a caption's class, a figure's caption) or as the page's other caption
    # that opens as captions do (图为…); each may stand over two paragraphs of the report or more. They name
    # the pictures: they head nothing, and stay in the text as captions do.
    sections = _read(_school_news(caption), "我校举行第十二届职业技能大赛")
    assert [(s.kind, s.heading) for s in sections] == [("intro", None)]
    assert all(shot in sections[0].text for shot in SHOTS)


def test_picture_essays_stops_and_a_heading_ending_in_xianchang_still_head():
    # Look-alikes: a picture essay's stops, centred bold under their pictures, none opening as a caption
    # does, each over paragraphs of its own, head (test_captions); so do heads ending in 现场 set as the
    # page's heads (bold, not smaller nor grey), one of them under a picture.
    stops = ["开幕式现场", "比赛现场", "颁奖现场"]
    body = f"<p>{NEWS[0]}</p>" + "".join(
        (_picture(i) if i == 1 else "")
        + f"<p><strong>{stop}</strong></p><p>{NEWS[2 * i + 1]}</p><p>{NEWS[2 * i + 2]}</p>"
        for i, stop in enumerate(stops)
    )
    assert [s.heading for s in _read(body, "我校举行第十二届职业技能大赛") if s.heading] == stops
    essay = f"<p>{NEWS[0]}</p>" + "".join(
        _picture(i)
        + f'<p style="text-align:center"><strong>{stop}</strong></p><p>{NEWS[2 * i + 1]}</p><p>{NEWS[2 * i + 2]}</p>'
        for i, stop in enumerate(stops)
    )
    assert [s.heading for s in _read(essay, "大赛一日行") if s.heading] == stops
    # a page whose paragraphs are set in 14px: its stops in 14px are no smaller than its text, and head
    small = "".join(
        _picture(i)
        + f'<p style="text-align:center;font-size:14px"><strong>{stop}</strong></p>'
        + f'<p style="font-size:14px">{NEWS[2 * i + 1]}</p><p style="font-size:14px">{NEWS[2 * i + 2]}</p>'
        for i, stop in enumerate(stops)
    )
    assert [s.heading for s in _read(small, "大赛一日行") if s.heading] == stops


@pytest.mark.parametrize(
    ("stop", "paragraph"),
    [
        # a stop setting no size of its own on a page of paragraphs set larger than the default (18 px, 14 pt, a
        # span's 16 pt, 1.2 em): its size is unknown, no smaller
        ("", "font-size:18px"),
        ("", "font-size:14pt"),
        ("", "font-family:仿宋;font-size:16pt"),
        ("", "font-size:1.2em"),
        # a stop a little smaller than the paragraphs (15 px under 16 px, 16 px under 18 px): no caption's size
        (";font-size:15px", "font-size:16px"),
        (";font-size:16px", "font-size:18px"),
        # a stop in a dark colour written as rgb() (#333, #222): no grey
        (";color:rgb(51,51,51)", ""),
        (";color:rgb(34, 34, 34)", ""),
    ],
)
def test_picture_essays_stops_set_no_smaller_nor_grey_than_the_paragraphs_head(stop, paragraph):
    # Look-alikes (review rv3): a picture essay's stops, centred bold under their pictures, set with no size of
    # their own or a size less than an eighth under the paragraphs', or in a dark rgb(), are not set as captions
    # are: each heads the paragraphs under it.
    stops = ["开幕式现场", "比赛现场", "颁奖现场"]
    body = f"<p>{NEWS[0]}</p>" + "".join(
        _picture(i)
        + f'<p style="text-align:center{stop}"><strong>{s}</strong></p>'
        + "".join(f'<p style="{paragraph}">{NEWS[2 * i + k]}</p>' for k in (1, 2))
        for i, s in enumerate(stops)
    )
    assert [s.heading for s in _read(body, "大赛一日行") if s.heading] == stops


@pytest.mark.parametrize(
    ("look", "paragraph"),
    [
        ("font-size:14px", "font-size:16px"),
        ("font-size:14px", "font-size:18px"),
        ("color:rgb(153,153,153)", ""),
    ],
)
def test_captions_set_smaller_or_grey_than_paragraphs_with_sizes_of_their_own_head_nothing(look, paragraph):
    # General pattern (review rv3): captions an eighth smaller than paragraphs that set a size of their own, or
    # grey in rgb(), name their pictures and head nothing.
    def caption(text: str) -> str:
        return f'<p style="text-align:center;{look}">{text}</p>'

    body = _school_news(caption).replace("<p>", f'<p style="{paragraph}">')
    sections = _read(body, "我校举行第十二届职业技能大赛")
    assert [(s.kind, s.heading) for s in sections] == [("intro", None)]
