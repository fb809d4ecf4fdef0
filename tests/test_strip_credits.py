"""Credit, thanks and reprint lines printed inside or right after an article's text (session 15,
issue 11), on pages of the project's own: a county education site's news column and a city paper's
reprint, each of real shape (a menu, the title, an info line, the text, a footer). Each test names
the general pattern it shows; the look-alikes of the story's own prose are in the same pages."""

from __future__ import annotations

from conftest import bundled_rules

from fanwen.offline import process_html

# Paragraphs of a report: each is two sentences or more than a caption's 60 characters, so a
# credit glued to one is glued to prose.
SPORTS = (
    "3月20日，县第二实验小学举行春季运动会，全校一千二百余名师生参加了开幕式，各班方阵依次走过主席台。",
    "本届运动会共设田径、跳绳、拔河等十二个项目，比赛持续两天，参赛学生人数创下历年新高。现场气氛热烈。",
    "校长在开幕式上说，学校将把每天一小时校园体育活动落到实处，让每个孩子都能掌握一到两项运动技能。",
)


def _news_page(body: str, info: str = "发布日期：2025-03-21　浏览：<span>312</span>次") -> str:
    """A county education site's news column: ``info`` under the title, ``body`` the text's markup."""
    return (
        '<html><head><meta charset="utf-8"><title>县二小举行春季运动会_校园动态_青川县教育网</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/xydt/">校园动态</a> <a href="/tzgg/">通知公告</a></div>'
        '<div class="article"><h1>县二小举行春季运动会</h1>'
        f'<div class="info">{info}</div><div class="text">{body}</div></div>'
        '<div class="foot">青川县教育网 版权所有 地址：青川县城东路8号</div></body></html>'
    )


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _read(html: str):
    return process_html(html, None, bundled_rules())


def test_reprint_notes_and_contributor_thanks_leave_the_text_as_named_removals():
    """Pattern: below a report, the site's notes of where the text came from and whom it thanks
    for it: a reprint's permission (（本文原载《…》，经作者授权由…转载）), the headline it first ran
    under glued to the last paragraph (……。（原标题：…）), a thanks to a reader's tip or to a
    reader's tip or pictures (感谢热心网友“…”的线索投递！). Each leaves the text, recorded under its rule;
    the paragraphs stay whole. The writer's own acknowledgement of those who helped with the piece
    (感谢王老师对本文的贡献) is the author's and stays: a real page's truth keeps one (zh-modern c)."""
    body = _paras(
        SPORTS[0],
        SPORTS[1],
        SPORTS[2] + "（原标题：县二小春季运动会开幕 千余名师生参加）",
        "（本文原载《青川教育周刊》，经作者授权由青川县教育网转载）",
        "感谢热心网友“小蓝”的线索投递！",
        "感谢王老师对本文的贡献。",
    )
    article = _read(_news_page(body))
    assert article.text.splitlines() == [*SPORTS, "感谢王老师对本文的贡献。"]
    removed = {r.text: r.rule for r in article.removed}
    assert removed["（原标题：县二小春季运动会开幕 千余名师生参加）"] == "notice-original-title"
    assert removed["（本文原载《青川教育周刊》，经作者授权由青川县教育网转载）"] == "notice-reprint"
    assert removed["感谢热心网友“小蓝”的线索投递！"] == "notice-contributor-thanks"
    assert "感谢王老师对本文的贡献。" not in removed
    # The note names the publication the story first ran in: the source, as no field names one.
    assert article.source == "青川教育周刊"


def test_a_first_printing_note_is_the_source_only_where_no_field_names_one():
    """Pattern: a reprint's note (本文转载自《…》, ……。（摘自《…》2024年第5期）) leaves the text, and its
    publication, without the title marks, is the source unless the page labels one."""
    glued = _paras(SPORTS[0], SPORTS[1], SPORTS[2] + "（摘自《乡村教育》2024年第5期）")
    article = _read(_news_page(glued))
    assert article.text.splitlines() == list(SPORTS)
    removed = {r.text: r.rule for r in article.removed}
    assert removed["（摘自《乡村教育》2024年第5期）"] == "notice-first-printed"
    assert article.source == "乡村教育"
    alone = _read(_news_page(_paras(*SPORTS, "本文转载自《乡村教育》")))
    assert alone.text.splitlines() == list(SPORTS) and alone.source == "乡村教育"
    labelled = _read(_news_page(glued, info="来源：县教育局　发布日期：2025-03-21"))
    assert labelled.source == "县教育局"


def test_the_writers_closing_credit_stays_and_names_the_author():
    """The project's convention (docs/stripping.md, counted on the blind sets' truths): a credit
    that names the report's writer, closing the text (（文/王海　图/李青）, （记者 王海 通讯员 李青）,
    glued to the last paragraph or on a line of its own), is the text as printed; its names are the
    author where no field names one. A credit of the pictures right after it is the by-line's."""
    for credit in ("（文/王海　图/李青）", "（文、图/王海）"):
        article = _read(_news_page(_paras(*SPORTS, credit)))
        assert article.text.splitlines()[-1] == credit.replace("\u3000", " ")
        assert article.author == "王海"
    glued = _read(_news_page(_paras(SPORTS[0], SPORTS[1], SPORTS[2] + "（记者 王海 通讯员 李青）")))
    assert glued.text.splitlines()[-1] == SPORTS[2] + "（记者 王海 通讯员 李青）"
    assert glued.author == "王海、李青" and not glued.removed
    after = _read(_news_page(_paras(*SPORTS, "（记者 王海 通讯员 李青）", "（摄影 李青）")))
    assert after.text.splitlines()[-2:] == ["（记者 王海 通讯员 李青）", "（摄影 李青）"]


def test_a_credit_of_the_pictures_alone_goes_and_a_by_line_above_the_text_goes():
    """Pattern: a credit of the pictures alone closing the text with no writer's by-line (（摄影 李青）,
    （供图/李青）, glued or on its line) is meta-line's 摄影：… in other punctuation; a bracketed by-line
    above the text (（记者 王海 通讯员 李青）) is meta-byline's. Both are recorded; the photographer is
    no author. （图/李青） names nobody by a role: 图/ opens a caption as well (（图/黄山云海）, review R24)
    and stays."""
    for credit in ("（摄影 李青）", "（供图/李青）"):
        article = _read(_news_page(_paras(*SPORTS, credit)))
        assert article.text.splitlines() == list(SPORTS)
        assert [(r.rule, r.text) for r in article.removed] == [("meta-line", credit)]
        assert article.author is None
    caption = _read(_news_page(_paras(*SPORTS, "（图/李青）")))
    assert caption.text.splitlines() == [*SPORTS, "（图/李青）"] and not caption.removed
    # (glued to a paragraph of two sentences: under one short sentence it is a caption's, and stays)
    glued = _read(_news_page(_paras(SPORTS[0], SPORTS[2], SPORTS[1] + "（摄影 李青）")))
    assert glued.text.splitlines() == [SPORTS[0], SPORTS[2], SPORTS[1]]
    assert [(r.rule, r.text) for r in glued.removed] == [("notice-photo-caption", "（摄影 李青）")]
    head = _read(_news_page(_paras("（记者 王海 通讯员 李青）", *SPORTS)))
    assert head.text.splitlines() == list(SPORTS)
    assert [r.rule for r in head.removed] == ["meta-byline"] and head.author == "王海、李青"


GUARDS = (
    # a bracketed aside inside a sentence, a bracketed year, a note in brackets
    "近日，（记者从县教育局获悉）全县中小学春季运动会将陆续举行，预计持续到四月底（2025年）。",
    "（注：以上参赛人数截至3月20日）",
    # thanks the story tells of: a quotation, a sentence that goes on, a letter's thanks to its helpers
    "赛后，一位家长说：“感谢大家的帮助。”",
    "“感谢大家提供的线索！”负责寻找失物的老师说。",
    "感谢热心家长提供的线索，老师很快找到了走失的孩子。",
    "感谢民警同志提供的线索和帮助！",
    # a printing and a permission the story tells of
    "这篇获奖作文原载《少年文艺》，后来被多家报刊转载。",
    "该书经作者授权后由县出版社再版，很快售罄。",
    "记者：孩子们最喜欢哪个项目？",
)


def test_the_storys_own_brackets_thanks_and_printings_stay():
    """The guards: a bracketed aside inside a sentence (（记者从…获悉）), a bracketed year or note,
    a quotation that thanks someone, a thanks that goes on into the news, a letter's thanks without
    a reader's tip or 本文, a sentence telling of a printing or a permission, and an interview's
    question stay, word for word."""
    article = _read(_news_page(_paras(SPORTS[0], *GUARDS, SPORTS[1], SPORTS[2])))
    assert article.text.splitlines() == [SPORTS[0], *GUARDS, SPORTS[1], SPORTS[2]]
    assert not article.removed
