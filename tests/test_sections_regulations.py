"""Sections of regulations, charters and rulebooks (管理办法, 条例, 章程, 实施细则, 规定): 编 > 章 > 节 heads
over numbered clauses (第一条…), however the page sets them, and the look-alikes that must not change
(issue 11). Every page is written here by hand."""

from __future__ import annotations

from pathlib import Path

from fanwen.offline import process_file, process_html
from fanwen.strip import load_rules

CLAUSE = "本办法所称科技创新券，是指市财政安排资金，支持中小企业向服务机构购买研发服务的电子凭证。"


def page(body: str, title: str = "江川市科技创新券管理办法", charset: str = "utf-8") -> str:
    return (
        f"<html><head><meta charset='{charset}'><title>{title}_江川市科学技术局</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='/zcfg/'>政策法规</a></div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>发布日期：2025-03-12</div>"
        f"<div class='content'>{body}</div></div></body></html>"
    )


def sections(html: str) -> list[tuple[str, int, str | None, str]]:
    return [(s.kind, s.level, s.heading, s.text) for s in process_html(html, None, load_rules()).sections]


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
    got = [(s.kind, s.level, s.heading, s.text) for s in process_file(path, load_rules()).sections]
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
