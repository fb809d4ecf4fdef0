"""Sections of regulations, charters and rulebooks (管理办法, 条例, 章程, 实施细则, 规定): 编 > 章 > 节 heads
over numbered clauses (第一条…), however the page sets them, and the look-alikes that must not change
(issue 11). Every page is written here by hand."""

from __future__ import annotations

from pathlib import Path

from conftest import bundled_rules

from fanwen.offline import process_file, process_html

CLAUSE = "本办法所称科技创新券，是指市财政安排资金，支持中小企业向服务机构购买研发服务的电子凭证。"


def page(body: str, title: str = "江川市科技创新券管理办法", charset: str = "utf-8") -> str:
    return (
        f"<html><head><meta charset='{charset}'><title>{title}_江川市科学技术局</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='/zcfg/'>政策法规</a></div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>发布日期：2025-03-12</div>"
        f"<div class='content'>{body}</div></div></body></html>"
    )


def sections(html: str) -> list[tuple[str, int, str | None, str]]:
    return [(s.kind, s.level, s.heading, s.text) for s in process_html(html, None, bundled_rules()).sections]


def shape(html: str) -> list[tuple[str, int, str | None]]:
    return [(kind, level, heading) for kind, level, heading, _ in sections(html)]


def _measures(head: str) -> str:
    """A 管理办法 of four chapters, each head rendered by ``head`` (number, title)."""
    return (
        head("第一章", "总则")
        + "<p>第一条　为鼓励中小企业利用外部创新资源开展研发活动，结合本市实际，制定本办法。</p>"
        + f"<p>第二条　{CLAUSE}</p>"
        + head("第二章", "申请与受理")
        + "<p>第三条　申请创新券的企业应当具备下列条件：</p>"
        + "<p>（一）在本市注册登记</p><p>（二）上一年度营业收入不超过2亿元</p><p>（三）无不良信用记录</p>"
        + "<p>第四条　企业通过服务平台提交申请，市科技局在十个工作日内完成审核。</p>"
        + head("第三章", "使用与兑付")
        + "<p>第五条　企业购买服务后，服务机构凭合同和发票申请兑付。</p>"
        + "<p>第六条　单个企业每年度使用创新券额度不超过30万元。</p>"
        + head("第四章", "附则")
        + "<p>第七条　本办法由市科技局负责解释。</p><p>第八条　本办法自发布之日起施行，有效期五年。</p>"
    )


CHAPTERS = [
    ("section", 1, h) for h in ("第一章 总则", "第二章 申请与受理", "第三章 使用与兑付", "第四章 附则")
]


def test_chapter_heads_set_any_way_head_their_clauses():
    # General pattern: a regulation's 章 heads its numbered clauses whether the page sets it in a
    # <strong> paragraph, a centred one (align or style), an <h3> or a plain <p>; the clauses
    # (第一条…) and the items under a clause ((一) 在本市注册登记, no mark at their end) are its text.
    looks = (
        lambda n, t: f"<p><strong>{n}　{t}</strong></p>",
        lambda n, t: f"<p align='center'>{n}　{t}</p>",
        lambda n, t: f"<p style='text-align:center'><span style='font-family:黑体'>{n}　{t}</span></p>",
        lambda n, t: f"<h3>{n}　{t}</h3>",
        lambda n, t: f"<p>{n}　{t}</p>",
    )
    for look in looks:
        got = sections(page(_measures(look)))
        assert [(k, lv, h) for k, lv, h, _ in got] == CHAPTERS, look("第一章", "总则")
        assert got[1][3].startswith("第三条 申请创新券的企业应当具备下列条件：\n（一）在本市注册登记\n")


def test_a_chapters_number_alone_on_its_line_heads_with_its_title_line():
    # General pattern: a page breaks a chapter's head after its number (第三章<br>使用与兑付, two
    # centred lines, or two bold paragraphs); the number and the title line under it are one head.
    for look in (
        lambda n, t: f"<p align='center'><b>{n}<br>{t}</b></p>",
        lambda n, t: f"<p><strong>{n}</strong></p><p><strong>{t}</strong></p>",
        lambda n, t: f"<p>{n}</p><p>{t}</p>",
    ):
        got = shape(page(_measures(look)))
        assert [(k, lv, (h or "").replace("\n", " ")) for k, lv, h in got] == CHAPTERS, look("第一章", "总则")


def test_a_head_run_into_its_first_clause_heads_the_clause_and_a_spaced_number_heads():
    # General pattern: a page that lost its line breaks runs a chapter's head into its first clause
    # on one line; the head ends where the clause's number starts. A number spaced out (第 二 章) is one.
    def run_in(number: str, title: str) -> str:
        return f"<p>{number}　{title}　"

    body = _measures(run_in).replace("</p><p>第一条", "第一条").replace("　<p>", "　")
    body = body.replace("<p>第二章", "<p>第 二 章")
    got = sections(page(body))
    assert [(k, lv, h) for k, lv, h, _ in got] == [
        ("section", 1, "第一章 总则"),
        ("section", 1, "第 二 章 申请与受理"),
        ("section", 1, "第三章 使用与兑付"),
        ("section", 1, "第四章 附则"),
    ]
    assert got[0][3].startswith("第一条 为鼓励中小企业")


def test_book_parts_chapters_and_sections_nest_centred_with_front_matter_and_an_unnumbered_annex():
    # General pattern: a long 条例 nests 编 > 章 > 节, all centred; the front matter over them (a
    # document number, the date of adoption) heads nothing, and a short unnumbered line set as the
    # chapters are (附　则) is one of them, at their level.
    def centred(text: str) -> str:
        return f"<p style='text-align:center'><strong>{text}</strong></p>"

    clause = iter(f"第{n}条　{CLAUSE}" for n in "一二三四五六七八九")
    body = (
        "<p style='text-align:center'>江川市人民代表大会常务委员会公告〔2025〕第3号</p>"
        + "<p style='text-align:center'>（2025年2月20日江川市第九届人民代表大会常务委员会第十次会议通过）</p>"
        + centred("第一编　总　则")
        + centred("第一章　一般规定")
        + f"<p>{next(clause)}</p><p>{next(clause)}</p>"
        + centred("第二章　基本原则")
        + f"<p>{next(clause)}</p>"
        + centred("第二编　管　理")
        + centred("第三章　申请")
        + centred("第一节　条件")
        + f"<p>{next(clause)}</p>"
        + centred("第二节　程序")
        + f"<p>{next(clause)}</p>"
        + centred("第四章　监督")
        + f"<p>{next(clause)}</p>"
        + centred("附　　则")
        + f"<p>{next(clause)}</p>"
    )
    got = sections(page(body, title="江川市科技创新促进条例"))
    assert [(k, lv, h) for k, lv, h, _ in got] == [
        ("intro", 1, None),
        ("section", 1, "第一编 总 则"),
        ("section", 2, "第一章 一般规定"),
        ("section", 2, "第二章 基本原则"),
        ("section", 1, "第二编 管 理"),
        ("section", 2, "第三章 申请"),
        ("section", 3, "第一节 条件"),
        ("section", 3, "第二节 程序"),
        ("section", 2, "第四章 监督"),
        ("section", 1, "附 则"),
    ]
    assert got[0][3].startswith("江川市人民代表大会常务委员会公告")


def test_a_gb18030_charter_with_a_preface_and_a_table_of_contents(tmp_path: Path):
    # General pattern: an association's 章程 saved in GB18030: a 目　录 over its parts' heads (entries,
    # up to the first head that comes back below: the text's own 序言), a 序言 set as the chapters
    # are, at their level, and <h3> chapter heads over clauses.
    chapters = [("第一章　总则", "本会的名称是江川市软件行业协会。"), ("第二章　会员", "本会的会员为单位会员。"),
                ("第三章　附则", "本章程经会员大会表决通过之日起生效。")]  # fmt: skip
    body = (
        "<h3>目　录</h3><h3>序　言</h3>"
        + "".join(f"<h3>{head}</h3>" for head, _ in chapters)
        + "<h3>序　言</h3><p>本会是由本市从事软件开发与服务的企业自愿组成的行业性社会组织。为规范本会的活动，制定本章程。</p>"
        + "".join(
            f"<h3>{head}</h3><p>第{n}条　{text}</p>"
            for n, (head, text) in zip("一二三", chapters, strict=True)
        )
    )
    path = tmp_path / "charter.html"
    path.write_bytes(page(body, title="江川市软件行业协会章程", charset="gb18030").encode("gb18030"))
    got = [(s.kind, s.level, s.heading, s.text) for s in process_file(path, bundled_rules()).sections]
    assert [(k, lv, h) for k, lv, h, _ in got] == [
        ("intro", 1, None),
        ("section", 1, "序 言"),
        ("section", 1, "第一章 总则"),
        ("section", 1, "第二章 会员"),
        ("section", 1, "第三章 附则"),
    ]
    assert got[0][3] == "目 录\n序 言\n第一章 总则\n第二章 会员\n第三章 附则"


# Look-alikes: none of these pages changes.

STORY = [
    "林舟醒来的时候，窗外的雨已经停了。他摸了摸额头，烧退了一些，喉咙却还是干得发疼。",
    "楼下传来收废品的吆喝声，一声长一声短，像是从很远的地方飘过来的。",
    "他想起昨晚那封信，信封上没有寄件人，只写着一行字：三日后，青萍渡口见。",
]


def test_prose_and_a_book_review_that_name_chapters_head_nothing():
    # Look-alike: prose naming a chapter mid-sentence or opening a paragraph on one, and a book
    # review that walks through the chapters (第四章 以后的内容…，…。 has a space after its number
    # but tells in clauses): no heads.
    review = (
        "<p>这本书一共七章。第一章介绍了城市更新的由来，第二章讲老旧小区改造的难点。</p>"
        "<p>第三章是全书最精彩的部分，作者用三个社区的故事说明居民参与的重要性。</p>"
        "<p>第四章 以后的内容偏重政策梳理，读起来稍显枯燥，但资料很扎实，适合研究者参考。</p>"
        "<p>我最喜欢书里引用的一句话，在第三章的结尾：城市是人的城市。</p>"
    )
    assert shape(page(review, title="读《城市更新的温度》")) == [("intro", 1, None)]


def test_a_novels_chapter_page_has_no_section_for_its_own_title():
    # Look-alike: a serial's page holds one chapter; its first line prints the page's title (第三章 …).
    story = "".join(f"<p>{line}</p>" for line in STORY)
    for head in ("<p>第三章　风起青萍</p>", "<p><b>第三章</b></p><p><b>风起青萍</b></p>"):
        assert shape(page(head + story, title="第三章 风起青萍")) == [("intro", 1, None)], head


def test_clauses_without_chapters_head_nothing_however_set():
    # Look-alike: a short rulebook of clauses only (no 章): plain, a bold number run in, or a bold
    # number alone over its clause; no heads.
    clauses = [f"第{n}条　{CLAUSE}" for n in "一二三四"]
    for render in (
        lambda c: f"<p>{c}</p>",
        lambda c: f"<p><b>{c[:3]}</b>{c[3:]}</p>",
        lambda c: f"<p><b>{c[:3]}</b></p><p>{c[4:]}</p>",
    ):
        assert shape(page("".join(render(c) for c in clauses))) == [("intro", 1, None)]


def test_a_lists_items_named_by_number_and_essays_keep_their_heads():
    # Look-alike: 第一条：保持好奇心 in bold is an advice list's item named (十条建议), and 篇一 / 篇二
    # pieces stay essays: neither is a clause.
    advice = "".join(
        f"<p><b>第{n}条：{name}</b></p><p>{STORY[0]}</p>"
        for n, name in zip("一二三", ("保持好奇心", "早睡早起", "多读书"), strict=True)
    )
    assert [h for _, _, h in shape(page(advice, title="给新生的三条建议"))] == [
        "第一条：保持好奇心",
        "第二条：早睡早起",
        "第三条：多读书",
    ]
    essays = f"<p>篇一：家乡的桥</p><p>{STORY[0]}</p><p>{STORY[1]}</p><p>篇二：家乡的河</p><p>{STORY[2]}</p>"
    assert shape(page(essays, title="家乡作文（精选2篇）")) == [
        ("essay", 1, "篇一：家乡的桥"),
        ("essay", 1, "篇二：家乡的河"),
    ]


def test_a_theses_unnumbered_sub_heads_stay_under_its_chapters():
    # Look-alike: a thesis's 章 (bold, as its sub-heads are) holds unnumbered sub-heads, not clauses;
    # they stay one level below their chapter. Its 摘要 before the first chapter, set alike, is a
    # part at the chapters' level (no head over them).
    para = (
        "<p>中小企业是国民经济的重要组成部分，其财务管理水平直接影响企业的生存和发展，本文对此展开讨论。</p>"
    )

    def bold(head: str) -> str:
        return f"<p><b>{head}</b></p>"

    body = (
        bold("摘要") + para + bold("第一章 绪论") + bold("研究背景") + para + bold("研究意义") + para
        + bold("第二章 问题分析") + bold("融资难") + para + bold("内控弱") + para
    )  # fmt: skip
    assert shape(page(body, title="中小企业财务管理问题研究")) == [
        ("section", 1, "摘要"),
        ("section", 1, "第一章 绪论"),
        ("section", 2, "研究背景"),
        ("section", 2, "研究意义"),
        ("section", 1, "第二章 问题分析"),
        ("section", 2, "融资难"),
        ("section", 2, "内控弱"),
    ]


# Review of the rule (S1–S8): the pages below are look-alikes the first version got wrong; every one
# also keeps its text whole (headings and sections' texts are the article's text, no line lost or twice).


def checked(html: str) -> list[tuple[str, int, str | None]]:
    """The page's sections' shape, after asserting they hold the article's text, each line once."""
    article = process_html(html, None, bundled_rules())
    text = "".join("".join(b.text.split()) for b in article.blocks)
    held = "".join("".join(((s.heading or "") + s.text).split()) for s in article.sections)
    assert held == text
    return [(s.kind, s.level, s.heading) for s in article.sections]


def bold(text: str) -> str:
    return f"<p><strong>{text}</strong></p>"


def para(text: str) -> str:
    return f"<p>{text}</p>"


def test_an_outline_that_quotes_clauses_keeps_its_heads_after_them():
    # Look-alike (S1): a 政策解读 or a meeting's minutes walk an outline (一、二、三、 in bold) and quote
    # chapters and clauses (第一条…, plain) under one of its points; the outline's later points are
    # heads, not the last clause's items. A clause's items are only the numbered lines right after it,
    # set as it is.
    body = (
        bold("一、制定背景") + para("为规范全市停车场的建设和管理，缓解停车难问题，市住建局起草了《办法》。")
        + bold("二、主要条款") + para("《办法》共两章六条，现摘录如下：")
        + bold("第一章 总则")
        + para("第一条 为加强停车场管理，方便群众出行，制定本办法。")
        + para("第二条 本办法适用于本市城区范围内的公共停车场。")
        + bold("第二章 收费管理")
        + para("第三条 公共停车场实行分时段差别化收费。")
        + bold("三、实施步骤") + para("《办法》发布后设三个月过渡期，过渡期内以宣传引导为主。")
        + bold("（一）宣传阶段") + para("各区通过社区公告栏、微信公众号等渠道开展宣传。")
        + bold("四、联系方式") + para("市住建局城建处，电话0512-87654321。")
    )  # fmt: skip
    assert checked(page(body, title="《江川市停车场管理办法》起草说明")) == [
        ("section", 1, "一、制定背景"),
        ("section", 1, "二、主要条款"),
        ("section", 2, "第一章 总则"),
        ("section", 2, "第二章 收费管理"),
        ("section", 1, "三、实施步骤"),
        ("section", 2, "（一）宣传阶段"),
        ("section", 1, "四、联系方式"),
    ]


def test_lecture_notes_heads_after_quoted_clauses_and_an_annexs_outline_head():
    # Look-alike (S1, S2): a lecture's 第一节 quotes two articles of a law (plain 第X条 lines), then its
    # own bold 一、二、 points; a regulation's 附件 after its last clause has an outline of its own.
    notes = (
        "<h3>第一节 合同的订立</h3>"
        + para("第四百六十九条 当事人订立合同，可以采用书面形式、口头形式或者其他形式。")
        + para("第四百七十一条 当事人订立合同，可以采取要约、承诺方式或者其他方式。")
        + bold("一、要约") + para("要约是希望与他人订立合同的意思表示，内容应当具体确定。")
        + bold("二、承诺") + para("承诺是受要约人同意要约的意思表示。")
        + "<h3>第二节 合同的效力</h3>" + para("依法成立的合同，自成立时生效。")
    )  # fmt: skip
    assert checked(page(notes, title="民法学讲义：合同的订立与效力")) == [
        ("section", 1, "第一节 合同的订立"),
        ("section", 2, "一、要约"),
        ("section", 2, "二、承诺"),
        ("section", 1, "第二节 合同的效力"),
    ]

    def centred(text: str) -> str:
        return f"<p style='text-align:center'><strong>{text}</strong></p>"

    annex = (
        centred("第一章　总则") + para("第一条　为规范社区食堂运营，制定本办法。") + para("第二条　本办法适用于本市社区食堂。")
        + centred("第二章　附则") + para("第三条　本办法自印发之日起施行。")
        + centred("附件") + centred("社区食堂运营补贴申报指南")
        + bold("一、补贴对象") + para("在本市登记并正常运营满一年的社区食堂。")
        + bold("二、补贴标准") + para("按每餐1元的标准给予运营补贴。")
    )  # fmt: skip
    heads = [h for _, _, h in checked(page(annex, title="江川市社区食堂管理办法"))]
    assert heads[-2:] == ["一、补贴对象", "二、补贴标准"]


def test_a_clauses_items_set_as_it_is_right_after_it_stay_its_text():
    # General pattern kept (S1): bold items right after a bold clause (第三條 over 下列規定：) are its
    # items; a traditional 條 is a clause as 条 is (S8).
    body = (
        "<p align='center'><b>第一章　總則</b></p>" + bold("第一條") + para("為維護校園安全，特訂定本辦法。")
        + bold("第二條") + para("本辦法適用於本校全體學生。")
        + "<p align='center'><b>第二章　管理</b></p>" + bold("第三條") + para("學生進入實驗室應遵守下列規定：")
        + bold("一、穿著實驗衣") + bold("二、配戴護目鏡") + bold("第四條") + para("違反本辦法者，依學生獎懲辦法處理。")
    )  # fmt: skip
    assert checked(page(body, title="江川大學實驗室安全管理辦法")) == [
        ("section", 1, "第一章 總則"),
        ("section", 1, "第二章 管理"),
    ]


def test_contents_entries_end_at_the_first_entry_coming_back():
    # Look-alike (S3): a 目录 whose entries the page lost (links stripped) over lesson plans whose
    # sub-heads (【教学目标】) recur in every lesson: the heads are the text's own, none is an entry.
    lesson = "".join(
        f"<h2>{n} {name}</h2>" + para("【教学目标】") + para(f"能有感情地朗读课文《{name}》，背诵重点段落。")
        + para("【教学过程】") + para("先默读，再分组朗读，最后交流读后感受。")
        for n, name in (("第一课", "秋天"), ("第二课", "荷塘月色"))
    )  # fmt: skip
    assert checked(page(para("目录") + lesson, title="八年级语文教案")) == [
        ("intro", 1, None),
        ("section", 1, "第一课 秋天"),
        ("section", 2, "【教学目标】"),
        ("section", 2, "【教学过程】"),
        ("section", 1, "第二课 荷塘月色"),
        ("section", 2, "【教学目标】"),
        ("section", 2, "【教学过程】"),
    ]
    # entries with dot leaders and page numbers are the contents' text up to the first one's head
    thesis = (
        "<p align='center'><b>目　录</b></p>" + para("第一章 引言 ……………… 1") + para("第二章 方法：数据与模型 ……………… 6")
        + bold("第一章 引言") + bold("1.1 问题的提出") + para("城市内涝频发，排水系统的评估亟待改进。")
        + bold("本章小结") + para("本章提出了研究问题。")
        + bold("第二章 方法：数据与模型") + bold("2.1 数据来源") + para("数据来自市水务局的监测站点。")
        + bold("本章小结") + para("本章说明了研究方法。")
    )  # fmt: skip
    shape_ = checked(page(thesis, title="城市排水系统评估研究"))
    assert shape_[0] == ("intro", 1, None)
    assert [h for _, _, h in shape_[1:]][:3] == ["第一章 引言", "1.1 问题的提出", "本章小结"]


def test_an_advice_lists_clause_shaped_heads_head_without_parts():
    # Look-alike (S4): 第一条 and a sentence set in bold over a paragraph of its own, on a page with no
    # 章 / 编 / 节, is an advice list's item named, a heading.
    body = para("带了几届毕业生，想把几句话送给即将走上讲台的新老师。") + "".join(
        bold(f"第{n}条 {head}") + para(text)
        for n, head, text in (
            ("一", "先记住每个学生的名字。", "叫得出名字，学生才觉得你看见了他。"),
            ("二", "备课要备学生。", "同一篇课文，不同的班要有不同的讲法。"),
            ("三", "别吝啬表扬。", "一句具体的表扬，胜过十句空泛的批评。"),
        )
    )
    assert [h for _, _, h in checked(page(body, title="给新教师的三条建议"))] == [
        None,
        "第一条 先记住每个学生的名字。",
        "第二条 备课要备学生。",
        "第三条 别吝啬表扬。",
    ]


def test_a_notice_printing_a_regulation_keeps_its_own_heads_around_it():
    # Look-alike (S5): a 通知 prints the regulation under its own bold 附件原文 and closes on a bold
    # 相关解读; they head at the notice's level, the regulation's chapters under the first.
    def centred(text: str) -> str:
        return f"<p style='text-align:center'><strong>{text}</strong></p>"

    body = (
        para("各乡镇人民政府，市各有关部门：现将《江川市农村供水管理办法》印发给你们，请认真贯彻执行。")
        + bold("附件原文") + centred("农村供水管理办法")
        + centred("第一章　总则") + para("第一条　为保障农村供水安全，制定本办法。") + para("第二条　本办法适用于本市农村集中供水工程。")
        + centred("第二章　水质管理") + para("第三条　供水单位应当定期检测水质。")
        + bold("相关解读") + para("《办法》明确了供水单位的水质检测责任，详见解读专栏。")
    )  # fmt: skip
    got = checked(page(body, title="江川市人民政府办公室关于印发《江川市农村供水管理办法》的通知"))
    assert ("section", 1, "附件原文") in got
    assert ("section", 1, "相关解读") in got
    assert ("section", 2, "第二章 水质管理") in got


def test_a_two_line_head_in_a_conclusion_keeps_both_lines():
    # Invariant (S6): a part's number over its title line closing a summary after its conclusion
    # (总之，…) is the conclusion's text, both lines of it.
    body = (
        bold("一、基本情况") + para("本学期共开设选修课12门，选课学生860人次。")
        + bold("二、主要成效") + para("学生满意度达到95%，两门课程获评市级精品课程。")
        + para("总之，本学期选修课工作达到了预期目标，为下学期积累了经验。")
        + bold("第二部分") + bold("附表") + para("选修课开设情况一览表见附件。")
    )  # fmt: skip
    checked(page(body, title="江川中学2025年春季学期选修课工作总结"))


def test_a_chapters_number_joins_only_a_title_line_of_its_own_level():
    # Look-alike (S7): a textbook's <h2>第一章</h2> over an <h3> sub-head (引言) and a 第一部分 over a
    # bracketed note are two lines, not one title.
    text = "本章介绍概率的基本概念和计算方法，是后续各章的基础。"
    book = (
        "<h2>第一章</h2><h3>引言</h3>" + para(text) + "<h3>第一节 随机事件</h3>" + para(text)
        + "<h2>第二章</h2><h3>引言</h3>" + para(text) + "<h3>第一节 随机变量</h3>" + para(text)
    )  # fmt: skip
    heads = [h for _, _, h in checked(page(book, title="概率论讲义"))]
    assert heads[:2] == ["第一章", "引言"]
    course = (
        bold("第一部分")
        + para("（共两讲）")
        + para(text)
        + bold("第二部分")
        + para("（共三讲）")
        + para(text)
    )
    assert [h for _, _, h in checked(page(course, title="培训课程安排"))] == ["第一部分", "第二部分"]


def test_a_reports_preface_after_its_contents_stands_beside_its_chapters():
    # General pattern (S3): the contents' entries (导言 / 第一章 … / 第二章 …) are text first; the
    # text's own 导言, set as the chapters are, before the first of them, is one of them.
    text = "城市更新不是简单的拆旧建新，而是一场关乎居民生活方式的深刻变革。"
    heads = ("导言", "第一章 历史回顾", "第二章 现实路径")
    body = bold("目　录：") + "".join(para(h) for h in heads) + "".join(bold(h) + para(text) for h in heads)
    assert checked(page(body, title="城市更新研究报告")) == [
        ("intro", 1, None),
        ("section", 1, "导言"),
        ("section", 1, "第一章 历史回顾"),
        ("section", 1, "第二章 现实路径"),
    ]
