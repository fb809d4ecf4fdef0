"""Sections of question-and-answer pages (政策问答, FAQ, 答记者问, a doctor's answer), symbol-led heads inside
an answer or article, and a course's or book's outline printed inside the text (session 17, issue 11): each
general pattern on pages written here by hand, with the look-alikes that must not change."""

from __future__ import annotations

from test_sections_regulations import sections, shape

PARA = "这是正文的一段话，讲清楚这一部分要做的事情和理由，写得比较完整。第二句话补充一点细节。"
A1 = "个人账户的钱可以在定点药店买药，也可以支付配偶、父母和子女在定点医疗机构发生的费用。"
A2 = "参保人先办理异地就医备案，在就医地的定点医院住院，费用可以直接结算，不用先垫付再回来报销。"
A3 = "灵活就业人员可以在户籍地或者居住地参加职工医保，按月或者按年缴费都可以，以当地规定为准。"
QUESTIONS = ("个人账户的钱可以给家人用吗？", "异地住院怎么结算？", "灵活就业人员能参加职工医保吗？")
ANSWERS = (A1, A2, A3)


def page(body: str, title: str = "城乡居民医保政策问答") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_江川市医疗保障局</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='/zcjd/'>政策解读</a></div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>发布日期：2025-04-01</div>"
        f"<div class='content'>{body}</div></div></body></html>"
    )


def _pairs(question: str, answer: str) -> str:
    return "".join(
        question.format(n=n, q=q) + answer.format(n=n, a=a)
        for n, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), 1)
    )


def test_a_labelled_question_heads_its_answer():
    # General pattern: a Q&A page (政策问答, FAQ) leads each question by 问： or Q1 and its answer by 答： or A：
    # (or gives the answer as plain paragraphs); each question heads its answer, at level 1.
    for question, answer, heads in (
        ("<p>问：{q}</p>", "<p>答：{a}</p>", ["问：" + q for q in QUESTIONS]),
        ("<p>Q{n}：{q}</p>", "<p>A{n}：{a}</p>", [f"Q{n}：{q}" for n, q in enumerate(QUESTIONS, 1)]),
        (
            "<p>Q{n}. {q}</p>",
            "<p>{a}</p><p>" + PARA + "</p>",
            [f"Q{n}. {q}" for n, q in enumerate(QUESTIONS, 1)],
        ),
        ("<p>问：{q}</p>", "<p>答：{a}</p><p>" + PARA + "</p>", ["问：" + q for q in QUESTIONS]),
    ):
        got = sections(page(f"<p>{PARA}</p>{_pairs(question, answer)}"))
        assert [(k, lv, h) for k, lv, h, _ in got] == [("intro", 1, None)] + [
            ("section", 1, h) for h in heads
        ]
        assert got[1][3].startswith(("答：", "A1：", "个人账户"))


def test_a_question_run_into_its_answer_heads_it():
    # General pattern: 问：…？答：… on one line: the question heads, the answer is its text.
    got = sections(page(f"<p>{PARA}</p>{_pairs('<p>问：{q}', '答：{a}</p>')}"))
    assert [(k, lv, h) for k, lv, h, _ in got] == [("intro", 1, None)] + [
        ("section", 1, "问：" + q) for q in QUESTIONS
    ]
    assert got[1][3] == "答：" + A1


def test_plain_questions_head_their_answers_on_a_page_the_title_names_a_qa():
    # General pattern: a page titled as a Q&A (问答, 答疑, 常见问题, FAQ) that prints its questions as plain
    # lines, each over its answer's paragraphs.
    body = f"<p>{PARA}</p>" + "".join(
        f"<p>{q}</p><p>{a}</p><p>{PARA}</p>" for q, a in zip(QUESTIONS, ANSWERS, strict=True)
    )
    assert shape(page(body)) == [("intro", 1, None)] + [("section", 1, q) for q in QUESTIONS]
    assert shape(page(body, "灵活就业人员参保常见问题解答")) == [("intro", 1, None)] + [
        ("section", 1, q) for q in QUESTIONS
    ]


def test_questions_sit_beside_a_lone_head_over_the_intro_and_under_group_heads():
    # General pattern: the questions are the page's top parts: a lone head over the intro (政策解读 in bold,
    # heading its own paragraph) does not nest them; a run of group heads (一、参保缴费 / 二、待遇享受) does.
    numbered = "".join(
        f"<p>{n}.{q}</p><p>{a}</p>" for n, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), 1)
    )
    assert shape(page(f"<p><strong>政策解读</strong></p><p>{PARA}</p>{numbered}")) == [
        ("section", 1, "政策解读"),
        *[("section", 1, f"{n}.{q}") for n, q in enumerate(QUESTIONS, 1)],
    ]
    grouped = (
        f"<p>{PARA}</p><h2>一、参保缴费</h2><p><strong>1.{QUESTIONS[2]}</strong></p><p>{A3}</p>"
        f"<p><strong>2.{QUESTIONS[0]}</strong></p><p>{A1}</p><h2>二、待遇享受</h2>"
        f"<p><strong>3.{QUESTIONS[1]}</strong></p><p>{A2}</p>"
    )
    assert shape(page(grouped)) == [
        ("intro", 1, None),
        ("section", 1, "一、参保缴费"),
        ("section", 2, f"1.{QUESTIONS[2]}"),
        ("section", 2, f"2.{QUESTIONS[0]}"),
        ("section", 1, "二、待遇享受"),
        ("section", 2, f"3.{QUESTIONS[1]}"),
    ]


def test_an_askers_question_heads_its_description_and_the_doctors_answer():
    # General pattern: a doctor's (or a lawyer's) Q&A page prints the asker's question over a paragraph
    # labelled 问题描述 / 病情描述, then the answer (its parts led by a symbol, one level below the question).
    for head in ("● {}", "【{}】"):
        body = (
            "<p>孩子发烧三十八度五需要马上去医院吗？</p>"
            "<p>问题描述：孩子两岁，昨晚开始发烧，最高三十八度五，精神还可以，吃奶正常。</p>"
            "<p>病情描述：没有咳嗽，大便正常，之前没有生过大病。</p><p>医生回答：</p>"
            + "".join(f"<p>{head.format(n)}</p><p>{a}</p>" for n, a in (("病情分析", A1), ("指导意见", A2)))
        )
        assert shape(page(body, "儿科医生在线问答")) == [
            ("section", 1, "孩子发烧三十八度五需要马上去医院吗？"),
            ("section", 2, head.format("病情分析")),
            ("section", 2, head.format("指导意见")),
        ], head


def test_questions_in_prose_and_in_exercises_head_nothing():
    # Look-alikes: an essay asks itself questions on lines of their own (no 问 label, no answer label, a title
    # that names no Q&A); an exercise lists questions one after another with no answer under them; an
    # interview's 记者： lines are a speaker's, and a lone 问：…？ in a news report heads nothing.
    essay = (
        f"<p>{PARA}</p><p>我们为什么要读书呢？</p><p>{PARA}</p><p>读书到底能带给我们什么？</p><p>{PARA}</p>"
        f"<p>{PARA}</p>"
    )
    assert shape(page(essay, "读书的意义")) == [("intro", 1, None)]
    exercise = f"<p>{PARA}</p>" + "".join(f"<p>问：{q}</p>" for q in QUESTIONS) + f"<p>{PARA}</p>"
    assert shape(page(exercise, "医保知识练习")) == [("intro", 1, None)]
    interview = f"<p>{PARA}</p>" + "".join(
        f"<p>记者：{q}</p><p>局长：{a}</p>" for q, a in zip(QUESTIONS, ANSWERS, strict=True)
    )
    assert shape(page(interview, "医保局局长访谈")) == [("intro", 1, None)]
    lone = f"<p>{PARA}</p><p>问：{QUESTIONS[0]}</p><p>答：{A1}</p><p>{PARA}</p>"
    assert shape(page(lone, "医保局举行开放日活动")) == [("intro", 1, None)]
    # a guide's part 常见问题 over 问：…？ / 答：… lines (the title names no Q&A): the part's text
    guide = f"<p>{PARA}</p><h2>参保准备</h2><p>{PARA}</p><h2>常见问题</h2>" + _pairs(
        "<p>问：{q}</p>", "<p>答：{a}</p>"
    )
    assert shape(page(guide, "灵活就业人员参保指南")) == [
        ("intro", 1, None),
        ("section", 1, "参保准备"),
        ("section", 1, "常见问题"),
    ]


ADVICE = (
    ("病情分析", "孩子发热时先不要急着用退烧药，体温不超过三十八度五可以先物理降温，多喝温水。"),
    ("指导意见", "如果孩子精神差、反复高热超过三天，或者出现抽搐，应当尽快到医院儿科就诊。"),
    ("温馨提示", "退烧后也要继续观察一两天，饮食清淡，保证睡眠，不要马上送回幼儿园。"),
)


def test_a_symbol_led_label_heads_the_paragraphs_after_it():
    # General pattern: an answer or an article heads its parts by a short line a symbol leads (◎ / ● / ■ / ◆)
    # or a 【】 label, a colon after the label too (◎ 病情分析：, 【指导意见】：), the page using one symbol for
    # every head of the kind; under a question they sit one level below it.
    for head in ("◎ {}：", "◆{}:", "【{}】：", "■ {}"):
        parts = "".join(f"<p>{head.format(n)}</p><p>{text}</p><p>{PARA}</p>" for n, text in ADVICE)
        assert shape(page(f"<p>{PARA}</p>{parts}", "儿科医生答疑")) == [("intro", 1, None)] + [
            ("section", 1, head.format(n)) for n, _ in ADVICE
        ], head
        asked = f"<p>问：孩子发烧怎么办？</p><p>答：{PARA}</p>{parts}<p>问：退烧后要注意什么？</p><p>答：{PARA}</p>"
        assert shape(page(asked, "儿科医生答疑")) == [
            ("section", 1, "问：孩子发烧怎么办？"),
            *[("section", 2, head.format(n)) for n, _ in ADVICE],
            ("section", 1, "问：退烧后要注意什么？"),
        ], head


def test_a_longer_head_led_by_the_pages_symbol_joins_its_siblings():
    # General pattern: where the page leads two short heads or more by one symbol, a longer line it leads the
    # same way (a label and two phrases, no sentence's end) over its paragraph is one of them.
    heads = ("◆ 误区一：发烧要马上吃退烧药", "◆ 误区二：捂汗可以退烧", "◆ 误区三：退烧针见效快，打针最好")
    body = "".join(f"<p>{h}</p><p>{text}</p>" for h, (_, text) in zip(heads, ADVICE, strict=True))
    assert shape(page(f"<p>{PARA}</p>{body}", "儿童发烧的三个误区")) == [("intro", 1, None)] + [
        ("section", 1, h) for h in heads
    ]


def test_symbol_led_items_fields_and_captions_head_nothing():
    # Look-alikes: a list of ● items each a whole sentence with no paragraph under it; ◎ fields of a notice
    # (a label and its value) one after another; a ◎ 图： credit under a picture; a symbol-led long sentence.
    items = "".join(f"<p>● {text}</p>" for _, text in ADVICE)
    assert shape(page(f"<p>{PARA}</p>{items}<p>{PARA}</p>", "儿童护理指南")) == [("intro", 1, None)]
    fields = "<p>◎ 时间：5月18日上午九点</p><p>◎ 地点：市民中心二楼</p><p>◎ 对象：全市退休职工</p>"
    assert shape(page(f"<p>{PARA}</p>{fields}<p>{PARA}</p>", "健康讲座通知")) == [("intro", 1, None)]
    labels = "".join(f"<p>◎ {n}：</p><p>◎ {n}：</p>" for n, _ in ADVICE[:1])
    assert shape(page(f"<p>{PARA}</p>{labels}<p>{PARA}</p>", "健康讲座通知")) == [("intro", 1, None)]
    captioned = (
        f"<p>{PARA}</p><p><img src='a.jpg'></p><p>◎ 图：活动现场</p><p>{PARA}</p>"
        "<p>◆ 孩子发烧时家长一定不要慌张，先量体温再观察精神状态</p>" + f"<p>{PARA}</p>"
    )
    assert shape(page(captioned, "健康讲座回顾")) == [("intro", 1, None)]


OUTLINE = (
    "第1章 数据分析概述",
    "1.1 什么是数据分析",
    "1.2 数据分析的流程",
    "第2章 数据采集",
    "2.1 网络数据采集",
    "2.2 问卷数据采集",
    "第3章 数据清洗",
    "3.1 缺失值处理",
)


def test_a_course_outline_in_the_text_is_a_list():
    # General pattern: a course page (MOOC) or a book's page prints its outline (课程大纲, 章节列表) inside the
    # text: a run of short entries (第1章…, 1.1…, 1.2…) with no paragraph between them. Its entries head nothing;
    # they are the text of the part that lists them, set as paragraphs or as a list's items.
    for entry in ("<p>{}</p>", "<li>{}</li>"):
        entries = "".join(entry.format(e) for e in OUTLINE)
        if entry.startswith("<li>"):
            entries = f"<ul>{entries}</ul>"
        body = (
            f"<h2>课程介绍</h2><p>{PARA}</p><h2>课程大纲</h2>{entries}"
            f"<h2>授课教师</h2><p>{PARA}</p><h2>预备知识</h2><p>{PARA}</p>"
        )
        got = sections(page(body, "数据分析入门_在线课程"))
        assert [(k, lv, h) for k, lv, h, _ in got] == [
            ("section", 1, "课程介绍"),
            ("section", 1, "课程大纲"),
            ("section", 1, "授课教师"),
            ("section", 1, "预备知识"),
        ], entry
        assert got[1][3].split("\n") == list(OUTLINE)


def test_a_books_contents_before_its_chapters_heads_nothing():
    # General pattern: a book's or a report's contents (本书目录 over 第一章 … 第三章) before the chapters that
    # repeat them as heads: the entries are the contents' text, the chapters the heads, at level 1.
    chapters = ("第一章 童年", "第二章 求学", "第三章 远行")
    body = (
        f"<p>{PARA}</p><p><b>本书目录</b></p>"
        + "".join(f"<p>{c}</p>" for c in chapters)
        + "".join(f"<h3>{c}</h3><p>{PARA}</p>" for c in chapters)
    )
    assert shape(page(body, "山村岁月")) == [("intro", 1, None)] + [("section", 1, c) for c in chapters]


def test_an_outline_whose_heads_each_have_text_stays_headed():
    # Look-alikes: a thesis's chapters and sections, each 1.x over its paragraph (a chapter right over its
    # first section is no list); a plan's parts each right over its first point.
    thesis = (
        f"<p>{PARA}</p><p>第一章 绪论</p><p>1.1 研究背景</p><p>{PARA}</p><p>1.2 研究意义</p><p>{PARA}</p>"
        f"<p>第二章 方法</p><p>2.1 样本选择</p><p>{PARA}</p><p>2.2 数据来源</p><p>{PARA}</p>"
    )
    assert shape(page(thesis, "城市社区养老研究")) == [
        ("intro", 1, None),
        ("section", 1, "第一章 绪论"),
        ("section", 2, "1.1 研究背景"),
        ("section", 2, "1.2 研究意义"),
        ("section", 1, "第二章 方法"),
        ("section", 2, "2.1 样本选择"),
        ("section", 2, "2.2 数据来源"),
    ]
    plan = (
        f"<p>{PARA}</p><p>一、总体要求</p><p>（一）指导思想</p><p>{PARA}</p><p>（二）工作目标</p><p>{PARA}</p>"
        f"<p>二、主要任务</p><p>（一）加强宣传</p><p>{PARA}</p><p>（二）完善制度</p><p>{PARA}</p>"
    )
    assert [h for _, _, h in shape(page(plan, "社区养老服务工作方案"))] == [
        None,
        "一、总体要求",
        "（一）指导思想",
        "（二）工作目标",
        "二、主要任务",
        "（一）加强宣传",
        "（二）完善制度",
    ]


def test_a_notices_numbered_list_of_names_over_its_text_heads_nothing():
    # General pattern: a notice lists names one a line (1. … to 5. …) and goes on with its text after the
    # last; the last entry is one more item of the list, not a head over the notice's text.
    names = "".join(
        f"<p>{n}. {name}工作室（{unit}）</p>"
        for n, (name, unit) in enumerate(
            (
                ("张立新", "江川职业学院"),
                ("李秀兰", "江川市技工学校"),
                ("王国强", "江川供电公司"),
                ("赵晓燕", "溪口合作社"),
            ),
            1,
        )
    )
    body = f"<p>{PARA}</p>{names}<p>公示期为五个工作日。公示期间如有异议，请以书面形式向市人社局反映。</p>"
    assert shape(page(body, "关于市级技能大师工作室拟认定名单的公示")) == [("intro", 1, None)]


# Review of session 17's three commits (FINDINGS Q1–Q9): each shape the review found, written anew here.

POINTS = (
    "（一）从听汇报到下基层",
    "（二）从管事情到谋全局",
    "（三）从定制度到抓落实",
    "（四）从一时紧到经常抓",
)


def test_a_part_opening_on_its_points_keeps_its_head():
    # General pattern: a part's head over four one-line points, then the part's own paragraph (a 心得's
    # 一、 over （一）–（四）): the head heads the points and the paragraph; the points are no outline of the
    # text. Set apart by markup (<h2>一、</h2> over <h3>（一）</h3>), every head stays as the page set it.
    plain = (
        "<p>下面结合工作实际谈几点认识。</p><p>一、工作方法的四个变化</p>"
        + "".join(f"<p>{p}</p>" for p in POINTS)
        + f"<p>{PARA}</p><p>二、今后的打算</p><p>{PARA}</p>"
    )
    got = sections(page(plain, "干部作风建设学习心得"))
    assert [(k, lv, h) for k, lv, h, _ in got] == [
        ("intro", 1, None),
        ("section", 1, "一、工作方法的四个变化"),
        ("section", 1, "二、今后的打算"),
    ]
    assert got[1][3].split("\n")[:4] == list(POINTS)
    marked = (
        f"<p>{PARA}</p><h2>一、履行职责情况</h2>"
        + "".join(f"<h3>{p}</h3>" for p in POINTS)
        + f"<p>{PARA}</p><h2>二、存在的不足</h2><p>{PARA}</p>"
    )
    assert [h for _, _, h in shape(page(marked, "年度个人述职报告"))] == [
        None,
        "一、履行职责情况",
        *POINTS,
        "二、存在的不足",
    ]


def test_a_report_quoting_two_exchanges_heads_nothing():
    # Look-alike: a news report (its title names no Q&A) quotes two 问：/答： exchanges of a hotline or a
    # meeting and goes on with its own narration: the exchanges are the report's text, as a lone one is.
    exchanges = _pairs("<p>问：{q}</p>", "<p>答：{a}</p>").split("<p>问：" + QUESTIONS[2])[0]
    report = (
        f"<p>4月2日上午，区人社局负责人走进广播直播间，回答听众提问。{PARA}</p>{exchanges}"
        f"<p>直播中，共接到听众来电三十多个，现场答复二十个，其余问题将在五个工作日内回复。{PARA}</p>"
        f"<p>区人社局表示，将把来电中集中反映的问题列成清单，逐项推动解决。</p>"
    )
    assert shape(page(report, "区人社局负责人做客民生热线")) == [("intro", 1, None)]
    # with a bold line of emphasis before the exchanges
    emphasis = f"<p>{PARA}</p><p><strong>这些难题该怎么破解呢？</strong></p><p>{PARA}</p>{exchanges}<p>{PARA}</p><p>{PARA}</p>"
    assert [h for _, _, h in shape(page(emphasis, "社区服务见闻"))][1:] == ["这些难题该怎么破解呢？"]


def test_an_interviews_and_a_letters_exchanges_head_nothing():
    # Look-alikes: an interview's 记者：…？ lines are a speaker's, whatever labels the answers (局长： or 答：),
    # a prompt 记者：请介绍…。 one more turn; a letter tells a question and its answer in one paragraph
    # (有人问我…？答：…) with no 问： label. Under titles naming no Q&A, both pages are all text.
    interview = (
        "<p>日前，本报记者就春季植树工作采访了区林业局负责人。</p>"
        f"<p>记者：{QUESTIONS[0]}</p><p>答：{A1}</p>"
        "<p>记者：请您介绍一下今年的造林计划。</p>"
        f"<p>答：{A2}</p><p>记者：{QUESTIONS[1]}</p><p>答：{A3}</p>"
    )
    letter = (
        "".join(
            f"<p>{PARA}</p><p>{asked}答：{answer}{PARA}</p>"
            for asked, answer in (
                ("常有学弟问我，高三要不要报补习班？", "看自己缺什么，缺什么补什么。"),
                ("也有人问，成绩下滑了怎么办？", "先找原因，别急着否定自己。"),
            )
        )
        + f"<p>{PARA}</p>"
    )
    for body, title in ((interview, "让荒山披上绿装——访区林业局负责人"), (letter, "写给高三学弟学妹的话")):
        assert shape(page(body, title)) == [("intro", 1, None)], title


def test_a_title_naming_a_qa_by_the_word_only_in_passing_names_none():
    # Look-alike: 解答 / 问答 as an ordinary word inside a title (耐心解答…的提问, 疑难解答技巧): an essay's
    # rhetorical questions still head nothing. A title ending in the word (…常见问题解答, …政策问答（二）) names one.
    essay = (
        f"<p>{PARA}</p><p>我们为什么要读书呢？</p><p>{PARA}</p><p>读书到底能带给我们什么？</p><p>{PARA}</p>"
        f"<p>{PARA}</p>"
    )
    for title in ("用心解答学生的每一个疑问——教学随笔", "数学疑难解答技巧漫谈"):
        assert shape(page(essay, title)) == [("intro", 1, None)], title
    body = f"<p>{PARA}</p>" + "".join(
        f"<p>{q}</p><p>{a}</p>" for q, a in zip(QUESTIONS, ANSWERS, strict=True)
    )
    for title in ("医保政策问答（二）", "灵活就业参保常见问题解答汇编"):
        assert shape(page(body, title)) == [("intro", 1, None)] + [("section", 1, q) for q in QUESTIONS]


def test_a_follow_up_question_inside_an_answer_heads_nothing():
    # Look-alike: where a Q&A page marks its questions (问：), a plain question inside an answer (那么…呢？)
    # is the answer's text.
    body = (
        f"<p>{PARA}</p><p>问：{QUESTIONS[0]}</p><p>答：{A1}</p><p>那么，家里人要办什么手续呢？</p>"
        f"<p>{A3}</p><p>问：{QUESTIONS[1]}</p><p>答：{A2}</p><p>要是忘了备案又该怎么办？</p><p>{A3}</p>"
    )
    assert shape(page(body)) == [("intro", 1, None)] + [("section", 1, "问：" + q) for q in QUESTIONS[:2]]


def test_the_last_item_of_a_symbol_led_list_heads_nothing():
    # Look-alike: under symbol-led heads (● 病情分析：), a list of short items led by the same symbol, then a
    # closing sentence: the last item is one more item (the line before it is the list's), no head.
    body = (
        f"<p>问：孩子积食不想吃饭怎么办？</p><p>病情描述：孩子三岁，这几天不想吃饭，肚子有点胀。</p>"
        f"<p>● 病情分析：</p><p>{PARA}</p><p>● 指导意见：</p><p>可以从下面几点入手：</p>"
        "<p>● 少吃零食和冷饮</p><p>● 饭后带孩子散散步</p><p>● 睡前两小时不再进食</p>"
        "<p>如果三天后仍不见好转，请到医院儿科就诊。</p>"
    )
    assert shape(page(body, "孩子积食怎么办_儿科医生在线解答")) == [
        ("section", 1, "问：孩子积食不想吃饭怎么办？"),
        ("section", 2, "● 病情分析："),
        ("section", 2, "● 指导意见："),
    ]
    # a film page: its ◎ fields one after another, then ◎ labels alone over the synopsis and the awards
    film = (
        "<p>◎译　名　远方的河</p><p>◎年　代　2024</p><p>◎产　地　中国</p>"
        f"<p>◎简　介：</p><p>{PARA}</p><p>◎获奖情况：</p><p>{A1}</p>"
    )
    assert [h for _, _, h in shape(page(film, "远方的河 高清下载"))] == [None, "◎简 介：", "◎获奖情况："]


def test_an_exercises_answer_labels_head_nothing_and_its_questions_stay():
    # Look-alike: an exercise page prints 【答案】 / 【解析】 (colon or none) alone on their lines under every
    # question: notes of the items that come back, heading nothing; the numbered questions head as before.
    for colon in ("：", ""):
        body = "".join(
            f"<p>{n}. 下列句子中没有语病的一项是（　）</p><p>A.句子一 B.句子二 C.句子三 D.句子四</p>"
            f"<p>【答案】{colon}</p><p>C</p><p>【解析】{colon}</p><p>本题考查病句，A项成分残缺，B项搭配不当，D项语序不当。</p>"
            for n in (1, 2, 3)
        )
        assert shape(page(body, "八年级语文病句专项训练")) == [
            ("section", 1, f"{n}. 下列句子中没有语病的一项是（ ）") for n in (1, 2, 3)
        ], colon


def test_a_question_led_by_its_label_is_one_whatever_its_punctuation():
    # General pattern: an asker writes several sentences (问：我今年六十了，没参过保。现在还能参保吗？) or a
    # prompt (问：请谈谈….), on its own line over 答： or with the answer run in: 问： makes it a question.
    asks = (
        "问：我刚换了工作，原来的医保断了两个月。现在怎么接上？",
        "问：请介绍一下异地就医备案的办法。",
        "问：断缴三个月有什么影响？",
    )
    for answer in ("<p>答：{a}</p>", "答：{a}</p>"):
        body = f"<p>{PARA}</p>" + "".join(
            f"<p>{q}" + ("</p>" if answer.startswith("<p>") else "") + answer.format(a=a)
            for q, a in zip(asks, ANSWERS, strict=True)
        )
        got = sections(page(body))
        assert [(k, lv, h) for k, lv, h, _ in got] == [("intro", 1, None)] + [("section", 1, q) for q in asks]
        assert got[2][3] == "答：" + A2
    # look-alike: a 问： line with no answer under it (an exercise's prompt) heads nothing
    drill = (
        f"<p>{PARA}</p><p>问：请说说医保个人账户的用途。</p><p>问：请说说异地备案的办法。</p><p>{PARA}</p>"
    )
    assert shape(page(drill, "医保知识练习")) == [("intro", 1, None)]


def test_a_reference_mark_leads_heads_as_other_symbols_do():
    # General pattern: ※ leads a page's heads as ★ / ■ do (※ 活动背景：, ※ 早发现早治疗 over a paragraph);
    # look-alike: a ※ note that is a sentence (※注：本次活动最终解释权归主办方所有。) stays text.
    for heads in (
        ("※ 活动背景：", "※ 活动内容：", "※ 活动成效："),
        ("※ 早发现早治疗", "※ 规范用药", "※ 定期复查"),
    ):
        body = f"<p>{PARA}</p>" + "".join(
            f"<p>{h}</p><p>{a}</p>" for h, a in zip(heads, ANSWERS, strict=True)
        )
        assert shape(page(body + "<p>※注：本次活动最终解释权归主办方所有。</p>", "社区健康活动总结")) == [
            ("intro", 1, None)
        ] + [("section", 1, h) for h in heads]


def test_a_collections_pieces_listed_at_its_top_head_nothing():
    # General pattern: a 范文 collection lists its pieces at the top (篇一：… / 篇二：… / 篇三：…) before the
    # pieces under the same heads: the list is the intro's text, each piece heads once.
    names = ("篇一：我家的小院", "篇二：第一次做饭", "篇三：雨中的约定")
    body = "".join(f"<p>{n}</p>" for n in names) + "".join(
        f"<p>{n}</p><p>{a}</p><p>{PARA}</p>" for n, a in zip(names, ANSWERS, strict=True)
    )
    got = sections(page(body, "四年级作文精选（3篇）"))
    assert [(lv, h) for _, lv, h, _ in got] == [(1, None)] + [(1, n) for n in names]
    assert got[0][3].split("\n") == list(names)
