"""Recover an article's own structure from its clean blocks: intro, headed sections, conclusion.

Every block is asked whether it opens a section and, if so, which *family* of heading it
belongs to (``一、``, ``（一）``, ``1.``, ``<h2>``, bold line, bold lead sentence, a line set in
its own font such as 黑体 / 楷体, lead sentence, ``篇一``...). Levels come from the order families
nest in this article, not from a fixed table: the first family seen is level 1, a family first
seen inside it is level 2, and so on, the way a reader infers an outline.

No single cue decides. A numbered line under a higher heading of the same document (``1.``
under ``一、``) is a heading only when its run of siblings reads like headings (a short phrase,
then a body) rather than like points (one full sentence each, which stay in their section's
text); ``一是…`` openings and story-like sentences never head a section. Headings and section
texts, in order, are exactly the clean article's text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from fanwen.items import Block, Section
from fanwen.sections.closings import (
    MAX_BOX_LINES,
    _another_kind,
    _calls_or_wishes_at_the_close,
    _closes_for_the_reader,
    _conclusion_starts,
    _reads_as_a_widget,
    _speaks_of_the_pieces,
)
from fanwen.sections.named_items import _named_items
from fanwen.sections.shapes import (
    _ANY_NUMBERED,
    _ASIDE,
    _CLAUSE,
    _CLOSING_WISH,
    _CN_NUM,
    _CN_SENTENCE_STOP,
    _DATE_LINE,
    _FIELD,
    _ITEM_END,
    _NUMBERED,
    _SENTENCE_END,
    _SENTENCE_STOP,
    CONCLUSION,
    MAX_POINT_HEADING_CHARS,
    MAX_STYLED_LINK_DENSITY,
    NUMBERED,
    _cn_number,
    _first_sentence,
    _Heading,
)

# 议题一：… / 提案二（…） / 案例三: a line an item's word and number open (minutes, lesson plans, case
# collections), a heading by its words alone where no markup sets it apart; each word is a family
# of its own (item:议题), believed from 一 with a sibling.
_NAMED_ITEM = re.compile(
    rf"^(?P<label>(?:(?![{_CN_NUM}第其])[\u4e00-\u9fff]){{2,3}}?)(?P<number>[{_CN_NUM}]+)(?=[：:、（(\s]|$)"
)
# A line that opens with a heading's number (一、 / （一） / 1. / （1） / 第一章): the one home of
# these patterns; fanwen.strip keeps such a line, with the article's prose after it, out of an
# advert box it extends over.
HEADING_NUMBER = re.compile(
    "|".join(
        f"(?:{pattern.pattern})"
        for family, pattern in NUMBERED
        if family in {"part", "cn-formal", "cn-number", "cn-paren", "arabic", "arabic-paren"}
    )
)
# Families that number a document's items as well as its headings.
_ITEM_FAMILIES = frozenset(family for family, _ in NUMBERED) - {"essay", "part"}
# 读书心得体会 篇1 / 读书心得体会（篇二）: a collection's essays headed by one title and a number.
_TITLED_ESSAY = re.compile(
    rf"^(?P<title>[^。！？!?，,；;]{{2,30}}?)\s*[（(【\[]?\s*篇\s*[{_CN_NUM}\d]+\s*[）)】\]]?$"
)
# 感恩母亲作文（精选3篇） / 辞职报告范文5篇: a title that counts the pieces its page collects.
_COLLECTION_COUNT = re.compile(
    rf"[（(【\[]\s*(?:精选|通用|优选|推荐|热门|最新|共)?\s*(?P<n>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*篇\s*[）)】\]]"
    rf"|(?:精选|通用|范文|作文|合集|汇编)(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})篇"
)
# The families of a heading set apart by its markup alone (not numbered): how a collection titles
# its pieces.
_MARKUP_FAMILIES = re.compile(r"^(?:h\d|bold|centered|font:|glyph|style:)")
# The families of a whole line set apart by markup (not a run-in bold lead or label).
_SET_APART = re.compile(r"^(?:h\d|bold|centered)$|^(?:font|style):")
# 【教学目标】 / 【活动准备】: a line that is only a short label in 【】 (lesson plans, reports, papers).
_BRACKET_LABEL = re.compile(
    r"^【[^【】。！？!?，,；;：:]{2,12}】[：:]?$"
)  # 【病情分析】： with its colon too
# 文章目录 / 本文目录 / Contents: a table of contents' label, whose entries (links) are gone.
# 本期要目 / 本期目录: a bulletin's (工作简报, 信息专报) list of its items, under its masthead.
_TOC_LABEL = re.compile(
    r"^(?:(?:文章|本文|全文|本期|本书|本書|全书|全書)?目[录錄]|(?:本期)?要目|(?:table of )?contents|toc)[：:]?$",
    re.I,
)
MAX_TOC_LABEL_CHARS = 12  # 目　录： spaced out, 本文目录
# 【本报讯】 / 【新华社北京10月1日电】: a news report's dateline, no part's name.
_DATELINE = re.compile(r"^【[^【】]*(?:讯|电)】$")
# Run-in 【】 labels head their lines when the text names this many parts so, or names a part by a
# 【】 label alone on its line too.
MIN_RUN_IN_LABELS = 3
# “不积跬步，无以至千里。”: a line wholly in quotation marks that ends a sentence inside them is
# quoted speech (a motto, a saying), never a heading, however it is set.
_QUOTED_SENTENCE = re.compile(r"^[“\"「『][^“”\"「」『』]*[。！？!?…][”\"」』]$")
# ■ 把大任务切成小块 / ◆ 固定时间: a short line led by a block or diamond glyph (self-media posts,
# whose bold is often a CSS class the HTML does not show).
# ◎ 孝老爱亲之星：某某: a glyph and a label line head a collection's pieces (award citations); a
# glyph and a credit (◎ 图：某某摄, ◎ 来源：…) is a caption under a picture.
_HEADING_GLYPH = re.compile(r"^[■□▍▌▎▋█◆◇●○◎★☆▶►▸▷❖◼◾▪◈⬛⬜※]\s*")  # ※ 活动背景： too
_CREDIT = re.compile(r"^(?:图|图片|配图|供图|制图|摄影?|来源|出处|视频|文|编辑|责编|作者|记者)\s*[：:]")
MAX_GLYPH_PHRASE_CHARS = 16
# A line before the first heading that says something (a stop, an English full stop, a colon ending a
# clause that leads into a list: here are the steps:) makes it the text's own heading, though it repeat
# the title; a label's colon inside a line (目前位置：首頁 > …, 10:56 am) is no sentence.
_SENTENCE_OVER_TITLE = re.compile(r"[。！？!?]|\.(?:\s|$)|[：:]\s*$")
# 第二场 社区服务站 / 第一幕 客厅: a script's scene heading is a short line, no clause, no sentence.
MAX_SCENE_CHARS = 16
_SPEAKER_LINES = 4  # a speech's head lines over its first paragraph: a subtitle, the date, the speaker
_DATED_ASIDE = re.compile(r"^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]*[）)]$")
# ——在全市经济工作会议上的讲话: a speech's occasion under its title, led by a dash.
_SPEECH_OCCASION = re.compile(r"^[—―－]{1,2}\s*[^—―－]{2,40}(?:讲话|致辞|发言|报告|演讲|讲课|辅导)$")
# 在全县安全生产工作会议上的讲话 / 新年致辞: a title naming a speech.
_SPEECH_TITLE = re.compile(r"讲话|致辞|发言|演讲|讲稿|报告会")
# 同志们： / 各位代表： / 尊敬的各位来宾，: a speech turning to its audience as it opens.
_TURNS_TO_AUDIENCE = re.compile(
    r"^(?:亲爱的|敬爱的|尊敬的)?(?:同学们|老师们|同志们|朋友们|家长们|孩子们|同事们|战友们|各位[^，,：:。]{1,10})"
    r"[^。！？!?]{0,20}[，,：:]"
)
# 1. 误区一：写了声明就不算侵权: a label, a colon and a short phrase head a section too.
_LABELLED = re.compile(r"^[^。！？!?：:]+[：:][^。！？!?：:，,；;]{1,20}$")
# 二、少安和少平：两种活法，一样的尊严: a numbered title, a colon and a subtitle of two paired phrases, set
# apart (bold, a heading tag) as its siblings are; a numbered field (二、时间：3月5日，上午) is plain text.
_SUBTITLED = re.compile(r"^[^。！？!?：:]+[：:][^。！？!?：:；;，,]{2,12}[，,][^。！？!?：:；;，,]{2,12}$")
# 教学重点： / 活动准备： / 时间：: a short label and its colon, how lesson plans, report forms and
# records name their parts; a clause that introduces a list (我们做到了以下几点：, 具体安排如下：)
# is no label.
_LABEL = re.compile(r"^[^。！？!?，,；;：:、\s]{2,8}[：:]$")
_LIST_INTRO = re.compile(r"(?:如下|以下|下列|几点|几个方面)[：:]$")
# 习近平总书记指出： / 《意见》明确要求：: a bold opener that reports speech or cites a document starts
# a sentence (speeches, party lessons); a label names a part.
_SPEECH_OPENER = re.compile(
    r"(?:指出|强调|要求|表示|认为|提出|说|写道|讲|明确|规定|指示|称|介绍|透露|坦言)[：:]$|《"
)
MIN_LABELS = 2
# 1.问：哪些人可以参保？ / 2.缴费期是什么时候？错过了怎么办？: a numbered question, the whole of its
# line (a 问： or Q label allowed); 答： / A： opens its answer.
_QUESTION = re.compile(r"^[^。！!]*[？?]$")
_ANSWER = re.compile(r"^(?:答|[回解]答|A\s*\d{0,2})\s*[：:]")
# 问：… / 提问：… / Q1：… / Q2. …: the label a Q&A page (政策问答, FAQ, 答记者问) leads a question by.
_ASKED = re.compile(r"^(?:(?:[问問]|提[问問])\s*[：:]|Q\s*\d{0,2}\s*[：:.．、]|Q\d{1,2}\s)")
_ASKING = ("问", "問", "提问", "提問", "Q")  # what a line _ASKED leads opens with
# 问：…？答：… on one line: where the answer runs into its question's line.
_RUN_IN_ANSWER = re.compile(r"[？?。]\s*(?=(?:答|[回解]答|A\s*\d{0,2})\s*[：:])")
# 问题描述：… / 病情描述：…: the asker's own words under the question (a doctor's or a lawyer's Q&A page).
_DESCRIBED = re.compile(
    r"^(?:问题|問題|病情|症状|症狀|详细|詳細|补充|補充)(?:描述|说明|說明|详情|詳情)\s*[：:]"
)
# 政策问答 / 答疑 / 常见问题解答 / FAQ: a title that names its page a Q&A, the word ending the title or one
# of its parts (…政策问答（二）, 常见问题解答汇编, 答记者问——…), not a word in passing (耐心解答孩子的提问).
_QA_TITLE = re.compile(
    r"(?:问答|問答|答疑|解答|答问|答問|问与答|問與答|常见问题|常見問題|答记者问|答記者問|FAQ|Q\s*[&＆]\s*A)"
    r"(?:汇编|彙編|合集|集锦|大全|精选|集|[0-9一二三四五六七八九十]+[则問问条])?"
    r"\s*(?:[（(][^）)]{1,4}[）)])?\s*(?:$|[—\-_|｜：:·，,【\[（(])",
    re.I,
)
# 记者：… / 主持人：… / 网友：…: a speaker's turn in an interview or a dialogue, no question of a Q&A page.
_SPEAKER = re.compile(
    r"^(?:本报|本刊)?(?:记者|主持人?|编者|编辑|小编|网友|市民|读者|观众|听众|群众|采访者)\s*[：:]"
)
MAX_QUESTION_CHARS = (
    60  # a plain question's; one a label marks (问：, Q:, or 答： under it) may run twice as long
)
MIN_QUESTIONS = 2
# A lead sentence that talks like a story (pronouns, particles) is not a heading.
_NARRATIVE = re.compile(r"[我你他她吗呢吧啊呀]")
# 一是… / 其一… / 第一是… open the points of a paragraph; they head nothing.
_POINT_OPENER = re.compile(rf"^(?:[{_CN_NUM}]+是|第[{_CN_NUM}]+是|其[{_CN_NUM}]+[是，,、])")
# ——从家庭做起，…。: a paragraph led by a dash is an item of a list (a proposal's asks), no part.
_DASH_ITEM = re.compile(r"^[—―–-]")
# Sentences opening with a connective or a time phrase continue an argument; they head nothing.
_CONNECTIVE = re.compile(
    r"^(?:近年来|近期|目前|当前|如今|同时|此外|另外|其中|例如|比如|因此|所以|但是|然而|可见|由此)"
)

# A first line this long or longer that the article's title starts or ends with prints the title.
MIN_TITLE_CHARS = 4
# A heading is short; a paragraph that merely starts with a number is not one.
MAX_HEADING_CHARS = 40
MAX_LEAD_SENTENCE_CHARS = 24
# Lead-sentence headings are believed only when several paragraphs share the shape, and only
# on a page (or essay) with no explicit headings of its own.
MIN_LEAD_HEADINGS = 3
MIN_LEAD_SHARE = 0.4
# Families that are ordinary prose openers too: believed only with a second of their kind.
NEEDS_COMPANY = frozenset({"ordinal", "bracket-label", "glyph", "bold-lead"})
# Families of a line that is all heading: believed only with a body after it.
NEEDS_BODY = frozenset({"bracket-label", "glyph"})
# The conventional nesting of numbering schemes. It only says which scheme is *below* another
# when both occur in one document; levels still come from the document's own order.
SCHEME_RANK = {"cn-formal": 0, "cn-number": 1, "cn-paren": 2, "arabic": 3, "arabic-paren": 4, "circled": 5}
# The known orders of a document's parts (编 > 章 > 节, Part > Chapter > Section) and of decimal
# depths (1 > 1.1 > 1.1.1): a family seen after one it is known to be above takes that one's level
# (第二章 after 第一节s with no 章 seen yet), whatever the order of appearance says. Between a part
# and a numbering scheme the order of appearance decides (第一节 under 一、 is one level down). 部分
# and 单元 have no fixed place (a 部分 is a report's top level or a thesis chapter's part).
_DECIMALS = tuple(f"decimal:{depth}" for depth in range(1, 5))
KNOWN_ORDERS = (
    ("part:编", "part:章", "part:节"),
    ("part:幕", "part:场"),
    ("part:part", "part:chapter", "part:section"),
    _DECIMALS,
)
# 第一条 / 第十二条之一 / 第一條 (a Big5 page's): a regulation's, a charter's or a rulebook's numbered clause
# (条), the unit of its text under its 编 / 章 / 节; never a heading. A line that is the number alone, or the number, a space or
# a bracketed label and a sentence, is a clause; one run into a part's head on its line opens its text.
_CLAUSE_NUMBER = rf"第[{_CN_NUM}\d]+[条條](?:之[{_CN_NUM}]+)?"
_CLAUSE_LINE = re.compile(rf"^{_CLAUSE_NUMBER}")
_CLAUSE_ONLY = re.compile(rf"^{_CLAUSE_NUMBER}(?:$|[\s【〔（(].*[。；;：:]$)")
_CLAUSE_NUMBER_ONLY = re.compile(rf"^{_CLAUSE_NUMBER}$")
_RUN_IN_CLAUSE = re.compile(rf"\s{_CLAUSE_NUMBER}[\s【〔（(]")
# The top units of a regulation's parts, the ones its clauses sit under.
_REGULATION_PARTS = ("part:编", "part:章")
# 01 / 02 / 03: a part's number in a badge of its own (an account article's row: the number in one
# box, the title in the next), counting up, at least this many of them.
_BADGE_NUMBER = re.compile(r"^\d{1,2}$")
MIN_BADGES = 2


def _number_badges_head_with_their_titles(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A number alone on its line, set apart (bold, a heading tag), right over a line that heads by its
    look with nothing under it on its own line (01 over 为什么是这本书): the number and the title are one
    heading of two lines, as the page shows them side by side, when the numbers count up one by one
    (01, 02, 03) over two titles or more. A number over a paragraph, or numbers that do not count up
    (a score, a price), head nothing.

    >>> blocks = [Block("01", bold=True), Block("为什么", bold=True), Block("正文。"), Block("02", bold=True),
    ...     Block("怎么读", bold=True), Block("正文。")]
    >>> found = {1: _Heading("bold", "为什么", ""), 4: _Heading("bold", "怎么读", "")}
    >>> _number_badges_head_with_their_titles(blocks, found)
    >>> [(i, h.text, h.lines) for i, h in sorted(found.items())]
    [(0, '01\\n为什么', 2), (3, '02\\n怎么读', 2)]
    """
    badges = [
        index
        for index, block in enumerate(blocks[:-1])
        if _BADGE_NUMBER.match(block.text)
        and index not in found
        and (block.bold or block.heading is not None)
        and (title := found.get(index + 1)) is not None
        and not title.body
        and (_LOOK_ONLY.match(title.family) or _TAG_FAMILY.match(title.family))
    ]
    numbers = [int(blocks[i].text) for i in badges]
    if len(badges) < MIN_BADGES or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    for index in badges:
        title = found.pop(index + 1)
        found[index] = _Heading(title.family, f"{blocks[index].text}\n{title.text}", "", lines=2)


# 第三章 over 申请与受理: a part's number alone on its line, its title the next line, a short phrase.
MAX_PART_TITLE_CHARS = 20
_PART_NUMBER_ONLY = re.compile(rf"^第 ?(?:[{_CN_NUM}\d] ?)+(?:部分|章|节|编|单元)$")
# 附则 / 附件 / 序言 / 总纲: a short unnumbered line set as a regulation's parts are, one of them.
MAX_UNNUMBERED_PART_CHARS = 12
# 临科发〔2025〕6号 / 国办发〔2024〕第12号: an official document's number, set centred over its addressees
# like a heading; front matter, never a part.
_DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*第?\s*\d{1,4}\s*号$"
)
# 公告〔2025〕第3号 / （2025年2月20日…通过）: a regulation's front matter numbers or dates.
_FRONT_MATTER = re.compile(r"\d|[〔［]")
# A run of numbered siblings is a list when this share of it are whole items (see _lists_are_text).
MIN_WHOLE_ITEMS_SHARE = 1 / 3
MIN_LIST_ITEMS = 3
# The families that number points inside a section.
POINT_FAMILIES = frozenset({"arabic", "arabic-paren", "circled"})
# Families that head points only: circled numbers outside an outline are notes (①参见…) or a list.
POINTS_ONLY = frozenset({"circled"})
_FONT_SHARE = 0.5  # the body font is the one at least this share of the text is set in
# The body is bold when this share of its paragraphs' text (blocks this long) is: bold then marks no heading.
_PARAGRAPH_CHARS = 40
_BOLD_BODY_SHARE = 0.9
_BOLD_BODY_PARAGRAPHS = 2  # paragraphs of prose length it takes to call a body bold: one may be a bold lead
MIN_FONT_PASSAGE = 3  # this many lines in one font, one after another, are a passage
# The faces Chinese documents set headings in (黑体, 楷体, 方正小标宋, 微软雅黑, SimHei…); a code
# or Latin face (Consolas, Arial) marks no heading.
_HEADING_FACE = re.compile(
    r"黑|楷|宋|隶|魏|圆|雅黑|华文|方正|simhei|heiti|kaiti|simsun|songti|fangsong|yahei|mingliu|pmingliu", re.I
)
_CELL_TAGS = frozenset({"td", "th", "li", "dd", "dt"})
# A heading set apart by bold or centring names something in words, not only in numbers and signs.
_NAMING = re.compile(r"[^\W\d_]")  # a letter of any script, CJK too
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")
# A line in a look of its own (Block.style) heads by it when it names a part in a phrase: no sentence,
# no field (时间：…, a label and its value), no caption (▲ 图为… / …摄), no link's or button's words.
_STYLED_CLAUSE = re.compile(r"[。；;：:]")
_CAPTION = re.compile(r"^(?:[▲△↑↓]|图|圖|Fig)|[摄攝]$")
_DIGITS = re.compile(r"\d")
MIN_STYLED_HEADINGS = 2


def split_sections(blocks: Sequence[Block], title: str | None = None) -> list[Section]:
    """The article's sections, in order; ``title`` the article's (a first line printing it again
    heads nothing).

    >>> blocks = [Block("引言。"), Block("一、总体要求"), Block("正文甲。"), Block("总之，很好。")]
    >>> [(s.kind, s.level, s.heading, s.text) for s in split_sections(blocks)]
    [('intro', 1, None, '引言。'), ('section', 1, '一、总体要求', '正文甲。'), ('conclusion', 1, None, '总之，很好。')]
    """
    if _body_is_bold(blocks):
        # A sheet that sets the whole text in bold (.content{font-weight:700}) marks no line apart: bold is the
        # body's style here, as a font is (_body_font), and a short bold sentence is no heading by it.
        blocks = [replace(b, bold=False, bold_lead=0) if b.bold or b.bold_lead else b for b in blocks]
    headings = _find_headings(blocks, title)
    conclusions = _conclusion_starts(blocks, headings, title)
    groups = _piece_groups(headings)
    pieces = sum(h.family == "essay" for h in headings.values())
    beside = _beside_the_questions(blocks, headings)
    sections: list[Section] = []
    families: list[str | None] = []
    stack: list[str] = []
    kind, level, heading, texts = "intro", 1, None, []  # type: ignore[var-annotated]
    family: str | None = None
    concluded = False  # inside a conclusion, headings of the same essay are body text

    def close() -> None:
        if heading is not None or texts:
            sections.append(Section(kind, level, heading, "\n".join(texts)))
            families.append(family)

    spanned = -1  # the last line of the heading used above (第三章 over its title line)
    for index, block in enumerate(blocks):
        if index <= spanned:
            continue  # a line of the heading above it
        found = headings.get(index)
        if found is not None and concluded and found.family != "essay" and found.family not in groups:
            found = None
        if found is not None and index not in conclusions:
            # a head of two lines holds its second only where it heads; else both are text
            spanned = index + found.lines - 1
        if index in conclusions:
            close()
            concluded = True
            level = stack.index("essay") + 2 if "essay" in stack else 1
            if "essay" in stack and _speaks_of_the_pieces(block.text, pieces):
                level -= 1  # the collection's own closing (以上三篇…), beside its pieces
            kind, heading, texts, family = "conclusion", None, [block.text], None
        elif found is not None:
            close()
            concluded = False
            level = _level(stack, found.family, groups)
            if index in beside:
                stack.pop()  # a lone head over the intro: the questions after it sit at its level
            kind = "essay" if found.family == "essay" else "section"
            heading, texts, family = found.text, [found.body] if found.body else [], found.family
        else:
            texts.append(block.text)
    close()
    return _looks_head_something(sections, families)


# Lines a heading tag does not mark, that only their look (bold, centred, a face, a style, a glyph) sets apart.
_LOOK_ONLY = re.compile(r"^(?:bold|centered|glyph)$|^(?:font|style):")


def _looks_head_something(sections: list[Section], families: list[str | None]) -> list[Section]:
    """A line set apart by its look alone heads the text under it; one with nothing under it, no
    text and no heading of a lower level, heads nothing when a higher part's heading or the end
    follows it (a callout or a promo line in bold closing a part: 💡 小提示：…), or when it opens
    the text before a heading of its own level (a byline, the court's and the document's names over
    a judgment). It is a line of the text before it (or the intro). One before a heading set alike
    may be that part's parent drawn at its level and stays; an outline's numbered heading (伍、散會
    closing minutes) and a heading tag keep their place, and a heading right before a conclusion
    heads it.

    >>> out = _looks_head_something([Section("section", 1, "甲", "正文。"), Section("section", 2, "提示：乙。", ""),
    ...     Section("section", 1, "丙", "正文。")], ["h2", "bold", "h2"])
    >>> [(s.heading, s.text) for s in out]
    [('甲', '正文。\\n提示：乙。'), ('丙', '正文。')]
    """
    kept: list[Section] = []
    opening = True  # nothing kept yet but such lines
    for index, section in enumerate(sections):
        after = sections[index + 1] if index + 1 < len(sections) else None
        if (
            section.heading is None
            or section.text
            or section.kind != "section"
            or not _LOOK_ONLY.match(families[index] or "")
            or (after is not None and (after.heading is None or after.level > section.level))
            # a line over the next part set alike (反哺这个时代 over 当年的宏志生在回报, both bold) may be its
            # parent drawn at its level: only a line that opens the text (a byline, an issuer's
            # name over a judgment) or comes before a higher part heads nothing for sure
            or (after is not None and after.level == section.level and not opening)
        ):
            kept.append(section)
            opening = False
        elif kept:
            before = kept[-1]
            kept[-1] = replace(
                before, text=f"{before.text}\n{section.heading}" if before.text else section.heading
            )
        else:
            kept.append(Section("intro", 1, None, section.heading))
    return kept


def _level(stack: list[str], family: str, groups: frozenset[str] = frozenset()) -> int:
    """Nest heading families as they appear: a known family pops back to its level. An essay
    starts again at the top, or below the group heading it is in (see _piece_groups)."""
    if family == "essay":
        stack[:] = [*stack[:1], "essay"] if stack[:1] and stack[0] in groups else ["essay"]
        return len(stack)
    if family in groups:
        stack[:] = [family]
        return 1
    if family in stack:
        del stack[stack.index(family) + 1 :]
    else:
        below = (i for i, f in enumerate(stack) if _known_above(family, f))
        del stack[next(below, len(stack)) :]
        stack.append(family)
    return len(stack)


def _piece_groups(headings: dict[int, _Heading]) -> frozenset[str]:
    """The families that group a collection's pieces (<h2>一、开业致辞</h2> over ◇ pieces, 二、乔迁致辞 over
    theirs): a family of two headings or more, the first of the page among them, each of them
    right before a piece (the next heading an essay). The pieces nest below them.

    >>> essay, group = _Heading("essay", "◇ 甲", ""), _Heading("h2", "一、乙", "")
    >>> sorted(_piece_groups({0: group, 1: essay, 3: essay, 5: group, 6: essay}))
    ['h2']
    """
    order = sorted(headings)
    if len(order) < 4 or all(h.family != "essay" for h in headings.values()):
        return frozenset()
    families = [headings[i].family for i in order]
    first = families[0]
    members = [n for n, family in enumerate(families) if family == first]
    if first == "essay" or len(members) < 2 or any(families[n + 1 : n + 2] != ["essay"] for n in members):
        return frozenset()
    return frozenset({first})


def _known_above(upper: str, lower: str) -> bool:
    return any(upper in o and lower in o and o.index(upper) < o.index(lower) for o in KNOWN_ORDERS)


def _find_headings(blocks: Sequence[Block], title: str | None = None) -> dict[int, _Heading]:
    found: dict[int, _Heading] = {}
    body_font = _body_font(blocks)
    looks = _heading_looks(blocks)
    for index, block in enumerate(blocks):
        heading = _markup_or_numbered(block, body_font, looks=looks)
        if heading is not None and not _DOCUMENT_NUMBER.match(block.text):
            found[index] = heading
    _number_badges_head_with_their_titles(blocks, found)
    _glyph_siblings(blocks, found)
    _questions_head_answers(blocks, found, title)
    _listed_clauses(blocks, found, body_font, looks)
    _part_titles(blocks, found)
    _captions_head_nothing(blocks, found)
    _titled_essays(blocks, found)
    _dated_entries(found)
    _counted_pieces(found, title)
    first = min(found, default=0)
    if first in found and not any(_SENTENCE_OVER_TITLE.search(block.text) for block in blocks[:first]):
        # the title printed again, under nothing but a date, an info line or a breadcrumb (作者：… /
        # 目前位置：首页 > …: a label's colon is no sentence)
        for index in _title_lines(blocks, found, first, title):
            found.pop(index, None)  # a head of two lines holds the second
    _items_need_siblings(found)
    _labels_need_company(found)
    for index in _decimals_need_an_outline(found):
        # a line that opens with a number and is no outline's may still be a heading by its markup
        if (heading := _markup_or_numbered(blocks[index], body_font, numbered=False)) is not None:
            found[index] = heading
    _font_lines_need_a_body(blocks, found)
    _styled_lines_recur(blocks, found)
    last = found.get(len(blocks) - 1)
    if last is not None and last.family in ("bold", "centered") and not last.body:
        # a bold last line heads nothing under it: the piece's closing sentence, set in bold
        del found[len(blocks) - 1]
    for index, heading in [(i, h) for i, h in found.items() if h.family in NEEDS_BODY]:
        following = found.get(index + 1)
        if heading.body:
            continue
        if index + 1 >= len(blocks) or (following is not None and following.family == heading.family):
            del found[index]
    _run_in_labels_named_once(found)
    _header_cells_head_prose(blocks, found)
    _a_lone_bold_field_opens_the_intro(found)
    for index in _points_are_text(blocks, found):
        # a circled number outside an outline (❶ 先看见，再要求 set in bold) heads by its markup
        if (heading := _markup_or_numbered(blocks[index], body_font, numbered=False)) is not None:
            found[index] = heading
    _records_are_text(blocks, found)
    _skipped_points_are_text(blocks, found)
    _lists_are_text(blocks, found)
    _bodiless_items_are_text(blocks, found)
    _contents_entries(blocks, found)  # first: an entry is no part before the text's first (导言 over 第一章)
    _outline_lists(blocks, found)
    _regulation_parts(blocks, found)
    for family in NEEDS_COMPANY:
        members = [i for i, h in found.items() if h.family == family]
        if len(members) < 2:
            for index in members:
                del found[index]
                # a lone bold 【写在最后】 among bold headings is one of them (a lone bold ordinal
                # paragraph, 首先，…。, is prose set in bold)
                if family == "bracket-label" and blocks[index].bold and not blocks[index].heading:
                    found[index] = _Heading("bold", blocks[index].text, "")
    outlines = _outline_families(blocks, found)
    for index in [
        i
        for i, h in found.items()
        if (_PICTURE_CREDIT.match(h.text) and not _clause_credit(blocks[i], h.text))
        or (_BREAKS_OFF.search(h.text) and not _heads_anyway(blocks, found, i, outlines))
    ]:
        # what would head breaks off at a clause mark (是故才尽者身危，好名者得华；, a verse line in bold;
        # 一、被告…；, a judgment's one holding) or credits a picture (◎ 图：…, ▲ …): no heading ends
        # mid-sentence or names a picture (a run of numbered clauses was told a list above)
        del found[index]
    _glyph_led_heads_nest(found)
    _speech_byline_heads_nothing(blocks, found, title)
    _title_under_a_label_heads_nothing(found, title)
    _closing_head_set_as_the_parts(blocks, found)
    _line_over_the_closing_heads_nothing(blocks, found)
    _point_leads_head_subparts(blocks, found)
    _items_run_as_their_siblings(blocks, found)
    # Lead sentences, essay by essay, where the essay has no explicit headings.
    starts = [0, *(i for i, h in sorted(found.items()) if h.family == "essay"), len(blocks)]
    for start, end in zip(starts, starts[1:], strict=False):
        if any(start < i < end for i in found):
            continue
        # The first paragraph (of the page, or after an essay's title) is its intro.
        first = start + 2 if start in found else 1
        answers = {i for i in range(first, end) if _answers_back(blocks[i])}
        leads = {i: h for i in range(first, end) if i not in answers and (h := _lead_sentence(blocks[i]))}
        candidates = end - first
        # An answer between lead paragraphs makes them one argument; one before the first or after the
        # last (a summary's closing turn, 但也要清醒地看到，…。) answers the whole list and heads nothing.
        if len(leads) >= max(MIN_LEAD_HEADINGS, MIN_LEAD_SHARE * candidates) and not any(
            min(leads) < i < max(leads) for i in answers
        ):
            found.update(leads)
    return found


# 一是夯实组织基础。 / 二是加强队伍建设。 / 其三，推动共驻共建。: a paragraph opening with a point's counter and a
# short phrase closed by its stop, the rest of the paragraph its text (a report's or a speech's sub-parts).
_POINT_LEAD = re.compile(
    rf"^(?:(?P<n>[{_CN_NUM}]+)是|第(?P<nth>[{_CN_NUM}]+)是|其(?P<of>[{_CN_NUM}]+)[，,、是]?)"
    r"\s*[^，,；;：:。！？!?]{2,20}。"
)
# Numbered families that sub-divide a document's 一、 parts: where the document has them, its 一是… paragraphs
# are points inside a sub-part, never sub-parts of their own.
_PARTS_OVER_LEADS = frozenset({"cn-number", "cn-formal", "essay"})
_SUB_PART_FAMILIES = frozenset(
    {"cn-paren", "stem-paren", "arabic", "arabic-paren", "circled", "bold-lead", "lead"}
)


def _point_leads_head_subparts(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Under a 一、 part, paragraphs opening ``一是…。`` / ``二是…。`` (``其一，…。``) with a short phrase closed by
    its stop head the part's sub-parts, the phrase (to its first 。) the heading, one level below the part (session
    27, issue 11): a report or a speech whose parts are split by such leads alone, each starting its paragraph and
    counting up from 一, two or more of them, each with text after its phrase. Where the document numbers its
    sub-parts otherwise (（一）, 1., a bold lead) its 一是 paragraphs are points inside a sub-part and stay its text; a
    lead that is a clause (一是因为…，…), a lone 一是 paragraph, a count that skips or does not start at 一, points
    run inside one paragraph (…：一是…；二是…) or a part of no 一、 number head nothing.

    >>> b = [Block("一、甲"), Block("一是夯实基础。正文很长的一句话。"), Block("又一段。"), Block("二是加强建设。正文很长的一句话。"),
    ...     Block("二、乙"), Block("正文。")]
    >>> found = {0: _Heading("cn-number", "一、甲", ""), 4: _Heading("cn-number", "二、乙", "")}
    >>> _point_leads_head_subparts(b, found)
    >>> [(i, found[i].family, found[i].text) for i in sorted(found)]
    [(0, 'cn-number', '一、甲'), (1, 'point-lead', '一是夯实基础。'), (3, 'point-lead', '二是加强建设。'), (4, 'cn-number', '二、乙')]
    """
    families = {h.family for h in found.values()}
    if (
        "cn-number" not in families
        or families & _SUB_PART_FAMILIES
        or any(f.startswith("decimal:") for f in families)
    ):
        return
    # a part runs to the next part (a line set apart by its look between its leads, an in-house box's headline, is
    # passed over: the count goes on past it)
    parts = [
        i
        for i in sorted(found)
        if found[i].family in _PARTS_OVER_LEADS or found[i].family.startswith("part:")
    ]
    for part, end in zip(parts, [*parts[1:], len(blocks)], strict=True):
        if found[part].family != "cn-number":
            continue
        leads: dict[int, _Heading] = {}
        for index in range(part + found[part].lines, end):
            text = blocks[index].text.strip()
            if index in found:
                continue
            if not _POINT_OPENER.match(text):
                continue
            match = _POINT_LEAD.match(text)
            body = text[match.end() :].strip() if match else ""
            number = _cn_number(next(n for n in match.group("n", "nth", "of") if n)) if match else 0
            if match is None or len(body) < match.end() or number != len(leads) + 1:
                leads = {}
                break
            leads[index] = _Heading("point-lead", match.group(0), body)
        if len(leads) >= 2:
            found.update(leads)


def _items_run_as_their_siblings(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A numbered item run into its paragraph (（二）优化收费服务。居民可…) right after its sibling that heads nothing
    (（一）各供热企业要…, a sentence too long to head, the line before it, counting one less, from 1) is one of a
    list's items as that sibling is, text of its part (session 27, issue 11: a notice's items sentences of one
    paragraph each): siblings look alike. One set apart (bold, a heading tag, a bold lead), one with a paragraph of
    its own under it, one after a sibling with paragraphs under it, heads as found.

    >>> b = [Block("一、甲"), Block("（一）各单位要按照要求做好这件事情，确保按时完成任务，不得拖延。"), Block("（二）优化服务。居民可以网上办理。")]
    >>> found = {0: _Heading("cn-number", "一、甲", ""), 2: _Heading("cn-paren", "（二）优化服务。", "居民可以网上办理。")}
    >>> _items_run_as_their_siblings(b, found)
    >>> sorted(found)
    [0]
    """
    for index in sorted(found):
        heading = found[index]
        pattern = _NUMBERED.get(heading.family)
        if (
            pattern is None
            or heading.family not in _ITEM_FAMILIES
            or not _run_in_plain(blocks[index], heading)
        ):
            continue
        number = _item_number(heading.text)
        before = index - 1
        while before > 0 and number > 1 and before not in found and pattern.match(blocks[before].text):
            if _item_number(blocks[before].text) != number - 1 or not blocks[before].text.endswith(_ITEM_END):
                break
            number -= 1
            before -= 1
        if number == 1 and before < index - 1:
            del found[index]


def _look_of(block: Block) -> tuple[object, ...]:
    return (block.tag, block.heading, block.bold, block.centered, block.font, block.style)


def _closing_head_set_as_the_parts(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A closing heading with no number, set as the numbered parts before it are (写在最后 after 01｜…, 02｜…,
    03｜…, each in the same markup: a heading tag, or bold in the same styled box), is a part of the outline at
    their level, not a sub-part of the last (session 23, set AS's p04): the lone heading of its look's family,
    after the last of two parts or more, each of them looking as it does. One set otherwise (bold in a plain
    paragraph), one of its look's family's several (the parts' sub-headings, set as the parts), one over a
    line numbered as the parts are (the outline goes on under it: it sits inside a part) or a widget's short box
    (阅读测评小程序 over 微信扫码，…) stays as it was.

    >>> look = dict(bold=True, style=">section>span{color:#c60}>strong")
    >>> b = [Block("01｜甲", **look), Block("正文。"), Block("02｜乙", **look), Block("正文。"), Block("写在最后", **look)]
    >>> found = {0: _Heading("slash-number", "01｜甲", ""), 2: _Heading("slash-number", "02｜乙", ""), 4: _Heading("bold", "写在最后", "")}
    >>> _closing_head_set_as_the_parts(b, found)
    >>> found[4].family
    'slash-number'
    """
    if len(found) < 3:
        return
    order = sorted(found)
    last, before = order[-1], order[-2]
    family, parts = found[last].family, found[before].family
    if (
        not _MARKUP_FAMILIES.match(family)
        or _MARKUP_FAMILIES.match(parts)
        or parts == "essay"
        or sum(h.family == family for h in found.values()) > 1
    ):
        return
    if len(blocks) - last - 1 <= MAX_BOX_LINES and _reads_as_a_widget(blocks[last:]):
        return  # a widget's short box the page sets after the text (阅读测评小程序 over 微信扫码，…) is no part
    numbered = _NUMBERED.get(parts)
    if numbered is not None and any(numbered.match(block.text) for block in blocks[last + 1 :]):
        return  # the parts' numbers go on under it (5. after 4.'s bold recipe label): it is inside a part
    members = [i for i in order if found[i].family == parts]
    look = _look_of(blocks[last])
    if len(members) >= 2 and all(_look_of(blocks[i]) == look for i in members):
        found[last] = replace(found[last], family=parts)


def _speech_byline_heads_nothing(
    blocks: Sequence[Block], found: dict[int, _Heading], title: str | None = None
) -> None:
    """A speech prints its byline under its title, centred, bold or in a face of its own, before its first
    paragraph: the speaker (``市委副书记、市长　赵立群``: offices and a name, or the name alone) and lines in
    brackets beside it, its date (``（2025年3月5日）``) or its venue (``（在全市…会议上）``), or its occasion
    led by a dash (``——在全市…会议上的讲话``); a date in brackets is one without a speaker. They head
    nothing, unless their look heads lines after them too (a page of people, each a centred office and name
    over a profile), or other offices and names head further down (the first of those people set apart). A
    name alone (方法, 高考 read as names too) is the speaker's only beside such a line or over an address to
    the audience (``同志们：``) under a title naming a speech (讲话, 致辞). A page in traditional characters
    is read folded.

    >>> blocks = [Block("市长　王立新"), Block("（2024年5月10日）"), Block("同志们："), Block("一、形势"), Block("正文。")]
    >>> found = {0: _Heading("font:楷体", "市长　王立新", ""), 1: _Heading("font:楷体", "（2024年5月10日）", ""),
    ...          3: _Heading("cn-dun", "一、形势", "")}
    >>> _speech_byline_heads_nothing(blocks, found); sorted(found)
    [3]
    """
    # here, not at the top: fanwen.extract.metadata imports fanwen.strip, which imports this module
    from fanwen.extract.metadata import is_person_name, is_speaker_line
    from fanwen.strip import fold

    head: list[int] = []  # the lines before the first paragraph (同志们：, a sentence)
    for index, block in enumerate(blocks[:_SPEAKER_LINES]):
        if _SENTENCE_OVER_TITLE.search(block.text):
            break
        head.append(index)
    if not any(i in found for i in head):
        return
    texts = {i: fold(blocks[i].text) for i in head}
    beside = {i for i in head if _ASIDE.match(texts[i]) or _SPEECH_OCCASION.match(texts[i])}
    addressed = len(head) < len(blocks) and _TURNS_TO_AUDIENCE.match(fold(blocks[len(head)].text))
    byline = {i for i in head if is_speaker_line(texts[i])}
    if beside or (addressed and _SPEECH_TITLE.search(fold(title or ""))):
        byline |= {i for i in head if is_person_name(texts[i])}
    byline |= {i for i in head if _DATED_ASIDE.match(texts[i])}
    if not byline:
        return
    byline |= beside
    below = {h.family for i, h in found.items() if i not in byline}
    if any(is_speaker_line(fold(h.text)) for i, h in found.items() if i not in byline):
        return  # a page of people, the first set apart: offices and names head further down too
    for index in byline:
        if index in found and found[index].family not in below:
            del found[index]


def _title_under_a_label_heads_nothing(found: dict[int, _Heading], title: str | None) -> None:
    """A page that holds the piece after other parts (a 申论 page's 【题目】, 【写作思路】, then 【参考范文】) prints the
    piece's title again right under the label that heads it: the line repeats the page's title, or its part
    after a colon (…范文：让“小窗口”连着“大民生”), and is the label's text, no part under it. Only under a
    bracketed label with nothing of its own: under a numbered part (三、 over 2025年工作计划, a title ending
    so) a line heads as it does.

    >>> found = {0: _Heading("bracket-label", "【参考范文】", ""), 1: _Heading("bold", "让小窗口连着大民生", "")}
    >>> _title_under_a_label_heads_nothing(found, "申论范文：让小窗口连着大民生"); sorted(found)
    [0]
    """
    if not title:
        return
    for index in [i for i, h in found.items() if h.family == "bracket-label" and not h.body]:
        line = found.get(index + 1)
        if line is not None and line.family != "essay" and not line.body and _repeats_title(line.text, title):
            del found[index + 1]


def _questions_head_answers(blocks: Sequence[Block], found: dict[int, _Heading], title: str | None) -> None:
    """A Q&A page's questions head their answers (政策问答, FAQ, 答记者问, a doctor's or a lawyer's answer
    page): a line that is a question (ending in ？, short: MAX_QUESTION_CHARS) over its answer, the
    next block when that is no question too, or the rest of its line after a 答： (问：…？答：…). A
    question marked as one, led by 问： / Q1, or its answer by 答： / A：, or the asker's 问题描述： /
    病情描述： under it, heads when the page marks two or more so (one over its description is enough);
    where the title names the page a Q&A (问答, 答疑, 常见问题, FAQ) a plain question over prose heads too.
    The questions are the page's own parts: where a heading comes before them (a guide's part
    常见问题 over its 问：…？ / 答：… lines) but a lone head over the intro, they are that part's text,
    unless the title names a Q&A. Questions one after another (an exercise), an essay's rhetorical
    question on a line of its own (no mark, no Q&A title), a lone 问：…？ in a report and an
    interview's speaker (记者：…？) head nothing.
    A question that markup or a number already heads keeps its family."""
    marked: dict[int, _Heading] = {}
    plain: dict[int, _Heading] = {}
    described = False
    for index, block in enumerate(blocks):
        text = block.text
        if (
            ("？" not in text and "?" not in text and not text.startswith(_ASKING))
            or index in found
            or block.tag in ("td", "th", "tr", "figcaption")
        ):
            continue  # most blocks ask nothing: one look for a question mark or a 问： rules them out
        asked = _ASKED.match(text) is not None
        if (run_in := _RUN_IN_ANSWER.search(text)) is not None and (
            asked or _QUESTION.match(text[: run_in.start() + 1])
        ):
            question, answer = text[: run_in.start() + 1], text[run_in.end() :]
            if len(question) > 2 * MAX_QUESTION_CHARS:
                continue
            if asked:
                marked[index] = _Heading("question", question, answer)
            elif text[run_in.start()] != "。" and len(question) <= MAX_QUESTION_CHARS:
                # 有同学问我，…？答：… with no 问： label: a question only where the title names a Q&A
                plain[index] = _Heading("question", question, answer)
            continue
        if len(text) > 2 * MAX_QUESTION_CHARS or index + 1 >= len(blocks):
            continue
        following = blocks[index + 1].text
        if not _QUESTION.match(text):
            # 问：我今年六十了，一直没参保。现在还能参保吗？ / 问：请谈谈…。: the asker's words, whatever their
            # punctuation, a question where 问： leads them and 答： the next line
            if asked and _ANSWER.match(following):
                marked[index] = _Heading("question", text, "")
            continue
        if _QUESTION.match(following) or _ASKED.match(following):
            continue  # questions one after another: an exercise's, no answer under them
        if _DESCRIBED.match(following):
            described = True
        elif not (asked or (_ANSWER.match(following) and not _SPEAKER.match(text))):
            # a plain question, or an interviewer's turn (记者：…？ over 答：…, a speaker's line)
            if _SENTENCE_STOP.search(following) and len(text) <= MAX_QUESTION_CHARS:
                plain[index] = _Heading("question", text, "")
            continue
        marked[index] = _Heading("question", text, "")
    if not marked and not plain:
        return
    named = title is not None and _QA_TITLE.search(title) is not None
    first = min(marked, default=len(blocks))
    before = [i for i in found if i < first]
    if not named and (len(before) > 1 or (before and before[0] + found[before[0]].lines >= first)):
        # questions inside one part of an article (a guide's 常见问题 over 问：…？ / 答：…) are that
        # part's text; they are the page's own parts where nothing heads before them but a lone
        # head over the intro, or where the title names a Q&A
        return
    if not named and not described and not _questions_fill_the_page(blocks, found, marked):
        return  # a report quoting an exchange or two (a hotline's 问：/答：) and telling on: its text
    # a question markup already heads (the first Q: set in bold) names the family its siblings join
    family = next((h.family for h in found.values() if _asks(h)), "question")
    if len(marked) >= MIN_QUESTIONS or described:
        found.update({i: replace(h, family=family) for i, h in marked.items()})
    elif named and len(marked) + len(plain) >= MIN_QUESTIONS:
        # plain questions are the page's where it marks fewer than two (not a 那么…呢？ inside an answer
        # of a page that leads its questions by 问：)
        found.update({i: replace(h, family=family) for i, h in [*marked.items(), *plain.items()]})


def _questions_fill_the_page(
    blocks: Sequence[Block], found: dict[int, _Heading], marked: dict[int, _Heading]
) -> bool:
    """Whether a page whose title names no Q&A is its questions and answers: the questions (marked, or
    labelled ones markup already heads: a bold Q:) and the first block of each answer (or the answer run into
    the question's line) are half of its text or more. A news report or an article quoting two
    exchanges (问：…？ / 答：…) between its own paragraphs is not."""
    asked = {**{i: h for i, h in found.items() if _ASKED.match(h.text)}, **marked}
    share = sum(
        len(blocks[i].text)
        if h.body or i + 1 >= len(blocks)
        else len(blocks[i].text) + len(blocks[i + 1].text)
        for i, h in asked.items()
    )
    return 2 * share >= sum(len(b.text) for b in blocks)


def _beside_the_questions(blocks: Sequence[Block], headings: dict[int, _Heading]) -> set[int]:
    """A Q&A page's questions are its top parts: a lone head over the intro (政策解读 set in bold over the
    page's opening paragraph, the only line of its family), right before the questions with text of
    its own between, does not nest them, they sit beside it. Questions under a run of group heads
    (一、参保缴费 / 二、待遇享受) nest under them, as under a chapter."""
    order = sorted(headings)
    if len(order) <= MIN_QUESTIONS:
        return set()
    first, second = order[0], order[1]
    lone = headings[first]
    questions = [i for i in order[1:] if _asks(headings[i])]
    if (
        len(questions) < MIN_QUESTIONS
        or questions[0] != second
        or _asks(lone)
        or not (_MARKUP_FAMILIES.match(lone.family) or lone.family == "bold-label")
        or sum(h.family == lone.family for h in headings.values()) > 1
        or (second == first + lone.lines and not lone.body)
    ):
        return set()
    return {first}


def _asks(heading: _Heading) -> bool:
    """Whether a heading is a question (1.哪些人可以参保？ / 问：…？)."""
    return heading.family == "question" or _QUESTION.match(heading.text) is not None


def _contents_entries(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A table of contents' entries head nothing: the lines under a contents label (目　录, 目录：,
    Contents) up to the first entry's head coming back (the text's own first head, 导言 or 第一章 总则,
    its dot leader and page number aside: 第一章 绪论 ……1), when every line between is an entry's
    (short, no sentence); heads written again as entries before the text (a report's or a regulation's
    目录 over 导言 / 第一章 … / 结语) are the contents' text. A label whose entries the page lost (links
    stripped) is over the text's own heads, which stay: a sub-head that recurs (【教学目标】 in each
    lesson) is no entry coming back."""
    label = next(
        (
            i
            for i, b in enumerate(blocks)
            if len(b.text) <= MAX_TOC_LABEL_CHARS and _TOC_LABEL.match("".join(b.text.split()))
        ),
        None,
    )
    if label is None or label + 1 >= len(blocks):
        return
    entry = _toc_entry(blocks[label + 1].text)
    for index in range(label + 2, len(blocks)):
        line = blocks[index].text
        if index in found and _toc_entry(line) == entry:
            for entry_index in range(label + 1, index):
                found.pop(entry_index, None)
            return
        if len(line) > MAX_HEADING_CHARS or _TOC_PROSE.search(line):
            return  # the text has begun: no entry came back


# 【答案】 / 【参考答案】： / 【解析】 / 【点评】: an exercise's notes under each question, no part's name.
_ANSWER_NOTE = re.compile(r"^【(?:参考答案|答案|解析|试题解析|详解|点评|考点|分析|解答)】[：:]?$")
_HEADING_TAG = re.compile(r"^h[1-6]$")  # a heading element: the page's own head
# The numbered families an outline's entries are of (第1章, 1.1, 一、, （一）, 1.: not a markup heading's).
_ENTRY_FAMILIES = frozenset(SCHEME_RANK) | {
    "essay",  # 篇一：… / 篇二：…, a collection's pieces listed at its top
    "part",
    "decimal",
    "cn-bracket",
    "slash-number",
    "stem-paren",
    "keycap",
}


def _outline_lists(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A course's or a book's outline printed inside the text (课程大纲, 章节列表, a contents with no label:
    第1章… / 1.1… / 1.2… / 第2章…, lines one after another with no paragraph between) is a list: its
    numbered entries head nothing and are the text of the part that lists them (课程大纲). A run of
    headings with no text between them is such an outline when MIN_LIST_ITEMS of its members or more
    head nothing at all (the next line is of their own family, or of one seen before in the run: 1.2
    after 1.1, 第2章 after 1.2); a chapter right over its first section heads it and is no list. The
    run's last line keeps its heading where text follows it and it is the text's own head (第一章 over
    its paragraphs after a contents that listed it, as _contents_entries does with a label), not the
    list's next entry (5. after 1. to 4., a list of names over a notice's text). An entry heads nothing
    through its sub-heads either: a part's head over its one-line points and its paragraph (一、 over
    （一）–（四）) heads them, and a heading element (<h2>, <h3>) is never an entry."""
    run: list[int] = []
    for index in sorted(found):
        if run and index != run[-1] + found[run[-1]].lines:
            _outline_run(blocks, found, run)
            run = []
        run.append(index)
        if found[index].body:
            _outline_run(blocks, found, run)
            run = []
    _outline_run(blocks, found, run)


def _outline_run(blocks: Sequence[Block], found: dict[int, _Heading], run: list[int]) -> None:
    if len(run) <= MIN_LIST_ITEMS:
        return
    last = run[-1]
    after = last + found[last].lines
    texted = bool(found[last].body) or (after < len(blocks) and after not in found)
    # An entry heads nothing at all, not even through its sub-heads: the run goes on, after it and its
    # sub-heads, with a line of its own family or of one seen before (1.2 after 1.1, 第2章 after 1.2).
    # A line whose sub-heads reach the text after the run heads that text (一、 over its four one-line
    # points （一）–（四） and the part's paragraph): the part's head, no entry. A heading tag (<h2>一、</h2>
    # over <h3>（一）</h3>) is the page's own head, never an entry.
    seen: set[str] = set()
    entries: set[int] = set()
    for position, index in enumerate(run[:-1]):
        seen.add(found[index].family)
        if _HEADING_TAG.match(blocks[index].tag) is None and (
            not texted or any(found[i].family in seen for i in run[position + 1 :])
        ):
            entries.add(index)
    if len(entries) < MIN_LIST_ITEMS:
        return
    # the last line heads the text after it when it is the text's own head: a kind the run did not list,
    # or an entry coming back (第一章 童年 after a contents that listed it); the next entry of the list
    # (5. 孙立新… after 1. to 4., a notice's list of names over the notice's text) is one more item
    own = texted and (
        found[last].family not in seen
        or _toc_entry(found[last].text) in {_toc_entry(found[i].text) for i in run[:-1]}
    )
    if _HEADING_TAG.match(blocks[last].tag) is None and not own:
        entries.add(last)
    for index in entries:
        if found[index].family.split(":")[0] in _ENTRY_FAMILIES:
            del found[index]


# 第一章 绪论 …………1 / 1.1 研究背景 .......... 3: an entry's dot leader and page number
_TOC_LEADER = re.compile(r"(?:\s*[.．…·・\-—]{2,}\s*|\s+)\d+\s*$")


# a sentence, or a line leading into what follows: no entry (新价值形态：追求人民至上 is one)
_TOC_PROSE = re.compile(r"[。！？!?]|[：:]$")


def _toc_entry(text: str) -> str:
    return "".join(_TOC_LEADER.sub("", text).split())


def _listed_clauses(
    blocks: Sequence[Block], found: dict[int, _Heading], body_font: str | None, looks: frozenset[str]
) -> None:
    """An advice list names its items as a regulation numbers its clauses (第一条 永远不要…。 set in
    bold, over a paragraph of its own): on a page with no 编 / 章 / 节, two or more such lines set
    wholly apart (bold, centred, a heading tag), each over a line that is no clause, head by their
    markup. A rulebook's clauses (the number bold over its clause, or run in; lines one after
    another) stay its text."""
    if any(h.family in ("part:编", "part:章", "part:节") for h in found.values()):
        return
    listed = [
        i
        for i, b in enumerate(blocks[:-1])
        if i not in found
        and (b.bold or b.centered or b.heading is not None)
        and _CLAUSE_ONLY.match(b.text)
        and not _CLAUSE_NUMBER_ONLY.match(b.text)
        and not _CLAUSE_LINE.match(blocks[i + 1].text)
        and _look(blocks[i + 1]) != _look(b)
    ]
    if len(listed) < 2:
        return
    for index in listed:
        if (heading := _markup_or_numbered(blocks[index], body_font, looks=looks, clauses=False)) is not None:
            found[index] = heading


def _part_titles(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A part's number alone on its line (第三章, 第一编) heads with its title, the next line when that
    is a short phrase (申请与受理: no sentence, no number of its own, no bracketed note such as
    （共三个专题）, set as the number is or plain, never under another heading tag: <h2>第一章</h2>
    over <h3>引言</h3> is a chapter and its first sub-head): one heading of two lines, as a page
    breaks a centred head after its number (第三章<br>申请与受理)."""
    for index in [i for i, h in found.items() if h.family.startswith("part:")]:
        title = blocks[index + 1] if index + 1 < len(blocks) else None
        following = found.get(index + 1)
        if (
            title is not None
            and not found[index].body
            and _PART_NUMBER_ONLY.match(found[index].text)
            and len(title.text) <= MAX_PART_TITLE_CHARS
            and not _SENTENCE_END.search(title.text)
            and not _ANY_NUMBERED.match(title.text)
            and not _CLAUSE_LINE.match(title.text)
            and not title.text.startswith(("（", "(", "〔", "["))
            and title.heading in (None, blocks[index].heading)
            and (
                following is None or _LOOK_ONLY.match(following.family) or _TAG_FAMILY.match(following.family)
            )
        ):
            found.pop(index + 1, None)
            found[index] = _Heading(found[index].family, f"{found[index].text}\n{title.text}", "", lines=2)


def _regulation_parts(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A regulation's, a charter's or a rulebook's structure (管理办法, 条例, 章程, 实施细则: 编 > 章 > 节
    over numbered clauses, 第一条…): what its parts' heads are, whatever markup sets them.

    - Numbered lines after a clause and before the next clause or part (第四条 …条件： over （一）…
      / （二）…) are the clause's items (项, 目), never headings, set off by a mark or not.
    - Where two 章 or 编 or more divide the text, a short unnumbered line set as they are (the same
      bold, centring or heading tag) before the first of them is one of them, at their level (序言,
      总纲; a thesis's 摘要). In a text of clauses it is anywhere (附　则, 附件 after the last 章: a
      regulation's 章 holds clauses, no unnumbered sub-heads, which a thesis's 章 may), and a line
      set apart in another look before the first 章 that numbers or dates (a document number
      〔2025〕12号, 2025年2月20日…通过) is the front matter's text, no heading over the parts; a name
      (政策原文 over the regulation a notice prints) heads them.
    """
    parts = sorted(i for i, h in found.items() if h.family.startswith("part:"))
    if not parts:
        return
    # the clauses' lines, a part's head run into its first clause too
    clauses = {i for i, b in enumerate(blocks) if _CLAUSE_LINE.match(found[i].body if i in parts else b.text)}
    regulation = len(clauses) >= 2
    if regulation:
        _clause_items(blocks, found, clauses)
    top = next((f for f in _REGULATION_PARTS if sum(h.family == f for h in found.values()) >= 2), None)
    if top is None:
        return
    members = [i for i, h in found.items() if h.family == top]
    looks = Counter(_look(blocks[i]) for i in members)
    look, _ = looks.most_common(1)[0]
    first = min(members)
    for index in sorted(found):
        heading = found[index]
        if not (_LOOK_ONLY.match(heading.family) or _TAG_FAMILY.match(heading.family)) or heading.body:
            continue
        if (
            (index < first or regulation)
            and _look(blocks[index]) == look
            and len(heading.text) <= MAX_UNNUMBERED_PART_CHARS
        ):
            found[index] = replace(heading, family=top)
        elif (
            index < first
            and regulation
            and _LOOK_ONLY.match(heading.family)
            and _FRONT_MATTER.search(heading.text)
        ):
            del found[index]


def _clause_items(blocks: Sequence[Block], found: dict[int, _Heading], clauses: set[int]) -> None:
    """A clause's items (项, 目: 第四条 …条件： over （一）… / （二）…) are the numbered lines right
    after it (after its text line, when its number stands alone: 第三條 over …下列規定：), set as
    one of its lines is, none a heading tag: its text, never heads. The run ends at the first other
    line; an outline's point set apart otherwise (a bold 三、 after a quoted plain clause, in a
    政策解读 or minutes), or of a family that heads before the first clause, is the page's own head."""
    first = min(clauses)
    outline = {h.family for i, h in found.items() if i < first}
    for clause in sorted(clauses):
        start = clause + 1 if _CLAUSE_NUMBER_ONLY.match(blocks[clause].text) else clause
        looks = {_look(b) for b in blocks[clause : start + 1]}
        for index in range(start + 1, len(blocks)):
            block, heading = blocks[index], found.get(index)
            if index in clauses or not _ANY_NUMBERED.match(block.text):
                break
            if heading is None:
                continue  # an item the outline rules already told text
            if (
                heading.family not in _ITEM_FAMILIES
                or heading.family in outline
                or block.heading is not None
                or _look(block) not in looks
            ):
                break
            del found[index]


_TAG_FAMILY = re.compile(r"^h\d$")


def _look(block: Block) -> tuple[bool, bool, int | None]:
    """How a line is set apart: bold, centred, its heading tag."""
    return (block.bold, block.centered, block.heading)


def _captions_head_nothing(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A picture's caption (``Block.caption``: 图为…, a short line centred under it) names the
    picture, however it is set: bold or centred, it heads no part, unless a line that is no caption
    heads in the same way (a collection's poem titles, all centred, one of them under its picture)."""
    captions = [i for i in found if blocks[i].caption]
    if captions:
        heading_looks = {h.family for i, h in found.items() if not blocks[i].caption}
        for index in captions:
            if found[index].family not in heading_looks:
                del found[index]


def _glyph_led_heads_nest(found: dict[int, _Heading]) -> None:
    """Lines one markup sets apart (bold, a heading tag, centred, a face) where some are led by a
    glyph (▍ 米糊, ■ 步骤) and some not are two families: a blog sets its stages and the items
    under them alike and marks the items by the glyph alone. The glyph-led family nests by
    appearance like any other (one level below the plain lines it first comes under)."""
    led: dict[str, list[int]] = {}
    plain: set[str] = set()
    for index, heading in found.items():
        if _SET_APART.match(heading.family):
            if _HEADING_GLYPH.match(heading.text):
                led.setdefault(heading.family, []).append(index)
            else:
                plain.add(heading.family)
    for family, members in led.items():
        if family in plain:
            for index in members:
                found[index] = _Heading(f"{family}+glyph", found[index].text, found[index].body)


def _repeats_title(text: str, title: str | None) -> bool:
    """Whether a line prints the article's title again: a Word document pasted into a page opens
    with its own title, centred and bold, over its intro (a blog prints it under its date line);
    the page's ``<title>`` may put the site's name before it or after it
    (``城关小学--城关小学运动会方案``). fanwen.strip.is_title_repeat removes a line that is the
    title with a stock tag (（精选）) among the first blocks; this one keeps it as text, unheaded.

    >>> _repeats_title("城关小学运动会方案", "城关小学--城关小学运动会方案"), _repeats_title("前言", "前言")
    (True, False)
    """
    line, title = "".join(text.split()), "".join((title or "").split())
    return len(line) >= MIN_TITLE_CHARS and (title.startswith(line) or title.endswith(line))


def _title_lines(blocks: Sequence[Block], found: dict[int, _Heading], first: int, title: str | None) -> range:
    """The heading lines from ``first`` on that print the title again: one line (see
    _repeats_title), or the title in pieces over lines one after another, which read together
    (brackets aside) are the title: a bulletin's masthead (校园安全简报 over 第3期, the title
    实验中学校园安全简报（第3期）), a long title broken over two centred lines (关于做好…的 / 通知).

    >>> blocks = [Block("安全简报"), Block("第3期"), Block("一、动态")]
    >>> found = {i: _Heading("bold", b.text, "") for i, b in enumerate(blocks)}
    >>> _title_lines(blocks, found, 0, "实验中学安全简报（第3期）"), _title_lines(blocks, found, 0, "安全简报")
    (range(0, 2), range(0, 1))
    """
    whole = _bare(title or "")
    joined, end, index = "", first, first
    while index < len(blocks):
        if index not in found or found[index].family == "essay":
            break
        span = found[index].lines  # a head of two lines (第三章 over 风起青萍) reads as one
        line = "".join(b.text for b in blocks[index : index + span])
        joined += _bare(line)
        if len(joined) < MIN_TITLE_CHARS or joined not in whole:
            break
        if whole.startswith(joined) or whole.endswith(joined) or _repeats_title(line, title):
            end = index + span
        index += span
    return range(first, end)


_BRACKETS = re.compile(r"[\s（）()【】\[\]《》]")


def _bare(text: str) -> str:
    return _BRACKETS.sub("", text)


def _titled_essays(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Lines of one title and a piece number (``… 篇1``, ``…（篇二）``) head essays when the title
    heads two of them or more; one such line alone is a sentence."""
    groups: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        # (篇 is in every such line: a line without it is not tried, 30 lazy steps each)
        match = _TITLED_ESSAY.match(block.text) if "篇" in block.text else None
        if match is not None:
            groups.setdefault(match["title"], []).append(index)
    for members in groups.values():
        if len(members) >= 2:
            for index in members:
                found[index] = _Heading("essay", blocks[index].text, "")


def _dated_entries(found: dict[int, _Heading]) -> None:
    """Date lines heading two entries or more, one of them marked as a diary's (a weekday, the
    weather: 5月4日 星期一 晴), head a diary's or a log's entries: pieces of their own, like 篇一,
    so essays. A chronology's bare dates over its paragraphs stay sections."""
    dated = [
        (i, match) for i, h in found.items() if (match := _DATE_LINE.match(h.text)) and h.family != "essay"
    ]
    if len(dated) >= 2 and any(match["mark"].strip() for _, match in dated):
        for index, _ in dated:
            found[index] = _Heading("essay", found[index].text, found[index].body)


def _counted_pieces(found: dict[int, _Heading], title: str | None) -> None:
    """A collection's pieces under headings set apart by markup alone (``<h3>妈妈的早餐</h3>``, no
    篇 numbers) head essays when the page's title counts them (``感恩母亲作文（精选3篇）``): the
    first family of headings has as many members as the title counts. A numbered outline (一、) is
    one document's, whatever the title says."""
    pieces = collection_count(title)
    if pieces < 2 or any(h.family == "essay" for h in found.values()):
        return
    families: dict[str, list[int]] = {}
    for index, heading in sorted(found.items()):
        families.setdefault(heading.family, []).append(index)
    for family, members in families.items():  # in the order they first head a line
        if len(members) == pieces and _MARKUP_FAMILIES.match(family):
            for index in members:
                found[index] = _Heading("essay", found[index].text, found[index].body)
            return


def collection_count(title: str | None) -> int:
    """How many pieces a title says its page collects (0: it counts none).

    >>> collection_count("感恩母亲作文（精选3篇）_作文网"), collection_count("辞职报告范文5篇"), collection_count("三篇文章读懂医保")
    (3, 5, 0)
    """
    count = _COLLECTION_COUNT.search(title or "") if "篇" in (title or "") else None
    if count is None:
        return 0
    number = count["n"] or count["m"]
    return int(number) if number.isdigit() else _cn_number(number)


def names_a_counted_piece(blocks: Sequence[Block], index: int, title: str | None) -> bool:
    """Whether a line set apart by markup (an ``<h3>``, a bold line) is one of the pieces the
    title counts: the page has as many lines so set as the title counts pieces (a collection's
    first piece may bear the page's own name: 入党申请书 in 入党申请书（精选3篇）)."""

    def markup(block: Block) -> str | None:
        return f"h{block.heading}" if block.heading else "bold" if block.bold else None

    pieces = collection_count(title)
    own = markup(blocks[index])
    return pieces >= 2 and own is not None and sum(markup(b) == own for b in blocks) == pieces


def _items_need_siblings(found: dict[int, _Heading]) -> None:
    """Items a word and a number name (``议题一：…``, ``提案二（…）``) head their parts when the word
    numbers two of them or more, counting from 一 one by one; a lone ``方案一：…`` is a line of prose,
    and a count that does not start at 一 is no series of items."""
    items: dict[str, list[int]] = {}
    for index, heading in sorted(found.items()):
        if heading.family.startswith("item:"):
            items.setdefault(heading.family, []).append(index)
    for members in items.values():
        numbers = [_cn_number(_NAMED_ITEM.match(found[i].text)["number"]) for i in members]  # type: ignore[index]
        if len(members) < 2 or numbers != list(range(1, len(members) + 1)):
            for index in members:
                del found[index]


def _body_is_bold(blocks: Sequence[Block]) -> bool:
    """Whether the text is set in bold, nearly all of it, over two paragraphs (blocks of prose length)
    or more. A notice whose paragraphs are its bold lead and bold closing reminder, its short lines of
    times and places plain under bold sub-heads, is no bold body: its plain lines weigh too (review S16).

    >>> bold = [Block(c * 40, bold=True) for c in "甲乙丙"]
    >>> _body_is_bold([*bold, Block("一、总则", bold=True)])
    True
    >>> _body_is_bold([bold[0], Block("报名时间", bold=True), Block("7月1日至7月5日")])
    False
    """
    bold = total = paragraphs = 0
    for block in blocks:
        paragraphs += len(block.text) >= _PARAGRAPH_CHARS
        total += len(block.text)
        bold += len(block.text) if block.bold else 0
    return paragraphs >= _BOLD_BODY_PARAGRAPHS and bold >= _BOLD_BODY_SHARE * total


def _body_font(blocks: Sequence[Block]) -> str | None:
    """The font most of the article's text is set in (None: no font, or no font dominates)."""
    sizes: dict[str | None, int] = {}
    for block in blocks:
        sizes[block.font] = sizes.get(block.font, 0) + len(block.text)
    font, size = max(sizes.items(), key=lambda item: item[1], default=(None, 0))
    return font if size >= _FONT_SHARE * sum(sizes.values()) else None


def _font_lines_need_a_body(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A line set in its own font heads a section only when a body follows it.

    Lines in one font one after another (a verse, a quotation set in 楷体) are a passage, not a
    row of headings; nor is the last block, which heads nothing.
    """
    fonts = sorted(i for i, h in found.items() if h.family.startswith("font:"))
    passage: list[int] = []
    for index in [*fonts, -2]:
        if passage and (index != passage[-1] + 1 or found[index].family != found[passage[-1]].family):
            if len(passage) >= MIN_FONT_PASSAGE:
                for member in passage:
                    del found[member]
            passage = []
        if index >= 0:
            passage.append(index)
    if fonts and fonts[-1] == len(blocks) - 1 and fonts[-1] in found:
        del found[fonts[-1]]


def _points_are_text(blocks: Sequence[Block], found: dict[int, _Heading]) -> list[int]:
    """Numbered points (``1.``, ``（1）``) under a higher heading stay text unless they read as headings.

    A run of siblings is the consecutive points of one family under one higher heading; the run
    is believed as headings when most of its members are heading-shaped and it starts at 1 (or
    goes on from the family's run under the previous heading). A run of leads run into plain
    paragraphs (1.小组分工比较明确。每组…) right under a top heading counts that part's paragraphs,
    its points, unless the part names a list of things and each lead names one (四、比赛项目 > 1．齐心协力。…:
    ``_named_items``); under a second-level heading
    (一、 > （一） > 1.) such leads go on with the outline.
    Returns the points only numbering heads (circled) that sit under no higher heading: they lost
    their heading.
    """
    outside: list[int] = []
    loose: list[int] = []  # circled lines under no higher heading
    higher_seen: set[str] = set()
    runs: dict[tuple[int, str], list[int]] = {}
    parent = -1
    # The number of the last arabic part read as a part (2.), the decimal families numbering its
    # sub-parts (2.1, 2.2), and the last arabic point run under the last sub-part (0: none): the 3. after the
    # sub-parts is the next part, no point under 2.2, unless it goes on from points 1., 2. under 2.2. Arabic
    # parts under a higher part (一、 > 1. > 1.1, 1.2 > 2.) are counted too, under that part (``home``).
    part, pointed, home = 0, 0, -1
    subparts: set[str] = set()
    for index in sorted(found):
        family = found[index].family
        rank = SCHEME_RANK.get(family)
        if family == "essay":
            higher_seen.clear()
            parent = index
            continue
        below = rank is not None and any(SCHEME_RANK.get(f, 0) < rank for f in higher_seen)
        number = _number(found[index].text)
        if below and family == "arabic" and subparts and number == part + 1 and number != pointed + 1:
            if home < 0:
                below = any(SCHEME_RANK.get(f, 0) < SCHEME_RANK["arabic"] for f in higher_seen - subparts)
                if not below:
                    higher_seen -= subparts
            else:
                higher_seen -= subparts
                parent = home  # one of the parts' run under the higher part, as 1. is
        if family.startswith("decimal:") and part and number == part:
            subparts.add(family)
            pointed = 0
        elif family == "arabic":
            if not below:
                part, subparts, pointed, home = number, set(), 0, -1
            elif "arabic" in higher_seen or found.get(parent, found[index]).family.startswith("decimal:"):
                pointed = number
            else:
                part, subparts, pointed, home = number, set(), 0, parent
        # a circled number going on from the loose ones above (❸ after ❷'s bold sub-steps) is one of them
        goes_on = bool(loose) and _number(found[index].text) == _number(found[loose[-1]].text) + 1
        if family in POINTS_ONLY and (not below or goes_on):
            loose.append(index)
            continue
        if family not in POINT_FAMILIES or not below:
            higher_seen.add(family)
            parent = index
            continue
        runs.setdefault((parent, family), []).append(index)
    if not _steps(blocks, found, loose):
        for index in loose:
            del found[index]
            outside.append(index)
    last: dict[str, int] = {}  # the number each family's last run ended at
    levels: dict[int, int] = {}  # the headings' levels, found when a run of run-in leads asks
    for (parent, family), members in runs.items():
        shaped = sum(_heading_shaped(blocks, i, found) for i in members)
        numbers = [_number(found[i].text) for i in members]
        # a run starts at 1, or goes on from the family's last run (questions numbered across
        # groups); else it goes on with points counted inside a paragraph before it
        starts = numbers[0] in (1, last.get(family, 0) + 1)
        last[family] = numbers[-1]
        points = all(_run_in_plain(blocks[i], found[i]) for i in members)
        if points and not levels:
            stack: list[str] = []
            levels.update((index, _level(stack, found[index].family)) for index in sorted(found))
        points = points and levels.get(parent) == 1 and not _named_items(found, parent, members)
        if shaped * 2 <= len(members) or not starts or points:
            for index in members:
                del found[index]
    return outside


def _steps(blocks: Sequence[Block], found: dict[int, _Heading], loose: list[int]) -> bool:
    """Circled numbers under no higher heading head a manual's steps (❶开箱检查 over its paragraphs,
    ❷安装步骤…): two or more counted from 1, each a phrase alone on its line, no sentence, with
    text under it. A note (①参见…。) or a list of items is no step."""
    numbers = [_number(found[i].text) for i in loose]
    return (
        len(loose) >= 2
        and numbers == list(range(1, len(loose) + 1))
        and all(
            not found[i].body
            and not _SENTENCE_STOP.search(found[i].text)
            and i + 1 < len(blocks)
            and found.get(i + 1, _Heading("", "", "")).family != found[i].family
            for i in loose
        )
    )


def _run_in_plain(block: Block, heading: _Heading) -> bool:
    """A point's lead sentence run into its paragraph, no word of it in bold (a question run into
    its answer, 3.问：…？答：…, heads: see _answered)."""
    return bool(heading.body) and heading.text.endswith("。") and not block.bold_lead and not block.bold


def _number(text: str) -> int:
    """The number a point opens with (``（3）`` 3, ``②`` 2); 0 when none.

    >>> _number("（3）推进明厨亮灶"), _number("②对2024年度项目强化监管"), _number("❸三")
    (3, 2, 3)
    """
    circled = text[:1]
    if "\u2460" <= circled <= "\u2473":
        return ord(circled) - 0x2460 + 1
    if "\u2776" <= circled <= "\u277f":
        return ord(circled) - 0x2776 + 1
    return int(match.group()) if (match := re.search(r"\d+", text)) else 0


def _lists_are_text(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A run of numbered siblings whose members are often whole items is a list, not headings.

    A whole item is a sentence or a clause (``10、愿你所求皆如愿。``, ``（一）…的，视为迟到；``) with
    nothing under it before the next number: collections of wishes or sayings, a rule's clauses on
    lines of their own. Headings each have their text under them. When a third or more of a run
    (one numbered family, no other heading between) are whole items, every member stays text,
    those with a second sentence after the first too (at any level, unlike _points_are_text).
    Items too long to head a section (``二、…收入…，結餘5萬2千元，經監事會審核無誤。`` on the line
    under ``一、…報告。``) are whole items of the run too.
    """
    run: list[int] = []
    long_items = _long_items(blocks, found)
    for index in [*sorted(found), -1]:
        family = found[index].family if index >= 0 else ""
        if run and (index < 0 or family != found[run[-1]].family):
            whole = sum(_whole_item(blocks, found, run, i, long_items) for i in range(len(run)))
            size = len(run) + sum(len(long_items.get(member, ())) for member in run)
            whole += size - len(run)
            if size >= MIN_LIST_ITEMS and whole >= MIN_WHOLE_ITEMS_SHARE * size:
                for member in run:
                    del found[member]
            run = []
        if index >= 0 and family in _ITEM_FAMILIES:
            run.append(index)


def _skipped_points_are_text(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Plain numbered sentences whose numbers skip one (（一）…负责。一经查实，… / （二）a sentence too long
    to head / （三）如遇问题，请及时联系。 in a notice's last part): the line between them that heads
    nothing is the missing number, a point too long to head, and the run (one family, no other
    heading between, one point right after another) is a list of points, text of its part; numbered
    lines with paragraphs under them are parts though one is too long to head. A run set apart (bold, a heading tag, a
    bold lead) or counted without a gap keeps its heads."""
    runs: list[list[int]] = []
    for index in sorted(found):
        family = found[index].family
        if runs and found[runs[-1][-1]].family == family and family in _ITEM_FAMILIES:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        pattern = _NUMBERED.get(found[run[0]].family)
        numbers = [_item_number(found[i].text) for i in run]
        if (
            pattern is None
            or len(run) < 2
            or numbers == list(range(numbers[0], numbers[0] + len(run)))
            or any(blocks[i].bold or blocks[i].bold_lead or blocks[i].heading is not None for i in run)
            or not all(found[i].text.endswith(_ITEM_END) for i in run)
        ):
            continue
        gaps = [i for i in range(run[0] + 1, run[-1]) if i not in found and pattern.match(blocks[i].text)]
        between = [_item_number(blocks[i].text) for i in gaps]
        # points one right after another (numbered lines heading paragraphs of their own are parts)
        points = sorted([*run, *gaps])
        if points == list(range(points[0], points[-1] + 1)) and sorted([*numbers, *between]) == list(
            range(numbers[0], numbers[0] + len(run) + len(between))
        ):
            for index in run:
                del found[index]


def _item_number(text: str) -> int:
    """The number an item opens with, in digits or in Chinese (（三） 3, 12. 12); 0 when none.

    >>> _item_number("（三）如遇问题"), _item_number("12.时间"), _item_number("如遇问题")
    (3, 12, 0)
    """
    match = re.match(rf"\D*?(\d+|[{_CN_NUM}]+)", text[:8])
    if match is None:
        return 0
    numeral = match.group(1)
    return int(numeral) if numeral.isdigit() else _cn_number(numeral)


def _bodiless_items_are_text(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Headings have text under them. Numbered lines of one family one after another with nothing
    under any (1️⃣ 出发前检查天气预报 / 2️⃣ … / 3️⃣ … closing a note, with no 。 to end them as items)
    are a checklist; a numbered whole sentence with nothing under it (陸、本計畫經校長核定後實施，修正時亦同。
    ending a plan, 二、…。 before the next part) is a clause of the text. Both stay text."""

    def bodiless(index: int) -> bool:
        return not found[index].body and (index + 1 == len(blocks) or index + 1 in found)

    items = [i for i in sorted(found) if found[i].family in _ITEM_FAMILIES]
    for index in items:
        heading = found.get(index)
        if heading is not None and bodiless(index) and heading.text.endswith(_ITEM_END):
            del found[index]
    run: list[int] = []
    for index in [*sorted(i for i in items if i in found), -1]:
        if run and (index != run[-1] + 1 or found[index].family != found[run[-1]].family):
            if len(run) >= 2 and all(bodiless(member) for member in run):
                for member in run:
                    del found[member]
            run = []
        if index >= 0:
            run.append(index)


def _records_are_text(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Numbered records of labelled fields are a list's items, not headings: couplets (``1、上联：…``
    over ``下联：…`` / ``横批：…``), riddles (``谜面：`` / ``谜底：``), contacts.

    A record's numbered line is a field whose label comes back on another line of its numbering
    (a heading names its point once: ``误区一：`` / ``误区二：``), and the line under it is a field
    too (a heading has prose under it). A question (``1.问：…？`` over ``答：…``) heads its answer.
    """
    labels: dict[int, tuple[str, str]] = {}
    for index, block in enumerate(blocks):
        if not _ANY_NUMBERED.match(block.text):  # the one search that rules out every family
            continue
        for family, pattern in NUMBERED:
            if family in _ITEM_FAMILIES and (match := pattern.match(block.text)):
                phrase = block.text[match.end() :].strip()
                field = _FIELD.match(phrase)
                if field is not None and not _QUESTION.match(phrase):
                    labels[index] = (family, field["label"])
                break
    counts = Counter(labels.values())
    for index in [i for i, h in found.items() if i in labels and not h.body]:
        if (
            counts[labels[index]] >= 2
            and index + 1 < len(blocks)
            and index + 1 not in found
            and _FIELD.match(blocks[index + 1].text) is not None
        ):
            del found[index]


def _whole_item(
    blocks: Sequence[Block],
    found: dict[int, _Heading],
    run: list[int],
    position: int,
    long_items: dict[int, list[int]],
) -> bool:
    index = run[position]
    heading = found[index]
    following = run[position + 1] if position + 1 < len(run) else None
    return (
        not heading.body
        and heading.text.endswith(_ITEM_END)
        and (following == index + 1 or index + 1 == len(blocks) or index in long_items)
    )


def _long_items(blocks: Sequence[Block], found: dict[int, _Heading]) -> dict[int, list[int]]:
    """The numbered items of a heading's family on the lines right under it that head nothing
    (sentences too long to), each a whole item, when the heading is a whole line ending as an
    item does: by the heading they follow."""
    items: dict[int, list[int]] = {}
    for index, heading in found.items():
        pattern = _NUMBERED.get(heading.family)
        if pattern is None or heading.family not in _ITEM_FAMILIES or heading.body:
            continue
        if not heading.text.endswith(_ITEM_END):
            continue
        after = index + 1
        while (
            after < len(blocks)
            and after not in found
            and pattern.match(blocks[after].text)
            and blocks[after].text.endswith(_ITEM_END)
        ):
            items.setdefault(index, []).append(after)
            after += 1
    return items


def _heading_shaped(blocks: Sequence[Block], index: int, found: dict[int, _Heading]) -> bool:
    """A short phrase after its number (two short parallel ones at most), then a body.

    The body is the rest of the block, or the next block when the point stands alone on its
    line without a sentence's end; a line ending in 。 or ； with nothing after it is a point.
    """
    heading = found[index]
    match = next(p.match(heading.text) for f, p in NUMBERED if f == heading.family.split(":")[0])
    phrase = heading.text[match.end() :].strip() if match else heading.text
    if _QUESTION.match(phrase):
        return _answered(blocks, index, found)
    if not heading.body:
        alone = phrase.endswith(("。", "；", ";", ".", "！", "!")) or index + 1 >= len(blocks)
        following = found.get(index + 1)
        if alone or (following is not None and following.family == heading.family):
            return False
    phrase = phrase.rstrip("。.！!")
    parts = _CLAUSE.split(phrase)
    # one short phrase, or two short parallel ones
    return 0 < len(phrase) <= MAX_POINT_HEADING_CHARS and (
        len(parts) == 1 or (len(parts) == 2 and max(map(len, parts)) <= 12)
    )


def _answered(blocks: Sequence[Block], index: int, found: dict[int, _Heading]) -> bool:
    """A numbered question followed by its answer reads as a heading, however long: the answer run
    into its line after a 答： label, or the next block when it is no sibling question (a list of
    questions one after another is exercises; a step asking one in passing has no 答：)."""
    heading = found[index]
    if heading.body:
        return _ANSWER.match(heading.body) is not None
    following = found.get(index + 1)
    return index + 1 < len(blocks) and (following is None or following.family != heading.family)


# A heading ends where its phrase ends: a line that stops on a clause mark goes on in the next one.
_BREAKS_OFF = re.compile(r"[，,；;、]$")


def _clause_credit(block: Block, text: str) -> bool:
    """Whether a heading tag opening with a credit's label says a clause, no name, after it (review
    R20: a club's <h3>摄影：用镜头记录校园生活</h3> heads its part; 摄影：李青 credits a picture).

    >>> _clause_credit(Block("摄影：用镜头记录校园生活", heading=3), "摄影：用镜头记录校园生活")
    True
    >>> _clause_credit(Block("摄影：李青", heading=3), "摄影：李青"), _clause_credit(Block("图：开幕现场的学生们", heading=3), "图：开幕现场的学生们")
    (False, False)
    """
    match = _CREDIT_CLAUSE.match(text)
    return block.heading is not None and match is not None and len(match.group(1)) > 4


# A photographer's credit label and its value: a clause of its own when longer than names.
_CREDIT_CLAUSE = re.compile(r"^(?:摄影|攝影|摄像|攝像)\s*[：:]\s*([\u4e00-\u9fff]+)[。！？]?$")


# A line that goes on with the sentence of the line before: a clause line itself, or a conjunction's.
_GOES_ON = re.compile(r"^(?:并且|而且|以及|从而)|[，,；;、]$")


def _outline_families(blocks: Sequence[Block], found: dict[int, _Heading]) -> set[str]:
    """The numbering families of ``found`` that are an outline (review R19): two members or more,
    each over text of its own (its body, or a next block that is no heading), as a plan's
    一、…；/ 二、…；, whatever mark ends its headings."""
    members: dict[str, list[int]] = {}
    for index, heading in found.items():
        if heading.family in SCHEME_RANK or heading.family.startswith("decimal"):
            members.setdefault(heading.family, []).append(index)
    return {
        family
        for family, indexes in members.items()
        if len(indexes) >= 2 and all(found[i].body or _over_text(blocks, found, i, family) for i in indexes)
    }


def _over_text(blocks: Sequence[Block], found: dict[int, _Heading], index: int, family: str) -> bool:
    """Whether the block after a numbered heading is text: no heading, and no sibling item of its
    numbering (a law's （二）…；/ （三）…； are items of one list, not headings over text)."""
    if index + 1 >= len(blocks) or index + 1 in found:
        return False
    pattern = _NUMBERED.get(family.split(":")[0])
    return pattern is None or pattern.match(blocks[index + 1].text) is None


def _heads_anyway(
    blocks: Sequence[Block], found: dict[int, _Heading], index: int, outlines: set[str]
) -> bool:
    """Whether a heading that ends on a clause mark heads its part all the same (review R19): a
    heading tag (<h2>一、加强师德建设；</h2>) or a member of a numbered outline, unless its next block
    goes on with its sentence (……，/ 并且……)."""
    heading = found[index]
    if not (blocks[index].heading is not None or heading.family in outlines):
        return False
    following = heading.body or (blocks[index + 1].text if index + 1 < len(blocks) else "")
    return bool(following) and _GOES_ON.search(following.strip()) is None


# 图：… / 摄影：… / ▲ …: a picture's caption or credit, after a glyph too (◎ 图：…).
_PICTURE_CREDIT = re.compile(
    rf"^(?:{_HEADING_GLYPH.pattern[1:]})?(?:[▲△]|(?:图|圖|图片|圖片|配图|配圖|供图|供圖|图源|圖源|摄影|攝影|摄|攝)\s*[：:])"
)


def _markup_or_numbered(
    block: Block,
    body_font: str | None = None,
    numbered: bool = True,
    looks: frozenset[str] = frozenset(),
    clauses: bool = True,
) -> _Heading | None:
    text = block.text
    if block.tag in ("tr", "figcaption"):
        # A row of a data table (its cells on one line: a header row in bold, a record in a centred
        # table, a serial number in its first cell) is a record of the table, never a part's heading;
        # a figure's caption names its picture, set apart by its own look (an exhibit, a scene).
        return None
    for family, pattern in NUMBERED if numbered and _ANY_NUMBERED.match(text) else ():
        if match := pattern.match(text):
            if family == "part":
                after = text[match.end() : match.end() + 1]
                clause = _RUN_IN_CLAUSE.search(text, match.end()) if match["unit"] else None
                if clause is not None and clause.start() <= MAX_HEADING_CHARS:
                    # 第二章 申请与受理 第四条 申请…: a part's head run into its first clause, the
                    # line break lost; the clause opens the part's text
                    head = text[: clause.start()].strip()
                    return _Heading(f"part:{match['unit']}", head, text[clause.start() :].strip())
                if (
                    match["unit"]
                    and text.endswith(("。", "！", "？"))
                    and (not re.match(r"[\s:：、.．—\-]", after) or _tells(text[match.end() :]))
                ):
                    # 第二单元聚焦…。 / 第四章 以后的内容偏重…，…。: the part is the subject of a
                    # sentence about it (a book review's), prose
                    continue
                family = f"part:{match['unit'] or match['word'].lower()}"
                if match["unit"] in ("幕", "场") and (
                    len(text) > MAX_SCENE_CHARS or _CLAUSE.search(text) or _SENTENCE_STOP.search(text)
                ):
                    continue  # a scene names a place or a time; 第一场 红队开局…，…。 is a game told in prose
            elif family == "ordinal" and (_CLOSING_WISH.match(text) or _runs_on(block)):
                continue
            elif family == "circled" and chr(ord(text[0]) + 1) in text:
                continue  # ①…。②…。③… in one line: a list written inline, not a point's lead
            elif family == "decimal":
                family = f"decimal:{match['decimal'].count('.') + 1}"
                # a decimal heads a title, a short phrase: a line or lead with a comma is a sentence
                if _CLAUSE.search(_first_sentence(text) or text):
                    continue
            if len(text) <= MAX_HEADING_CHARS and (
                not _SENTENCE_END.search(text[:-1])
                or _LABELLED.match(text)
                or _QUESTION.match(text)
                or ((block.bold or block.heading is not None) and _SUBTITLED.match(text))
            ):
                return _Heading(family, text, "")
            lead = _first_sentence(text)
            if lead is not None and len(lead) <= MAX_HEADING_CHARS:
                return _Heading(family, lead, text[len(lead) :].strip())
            return _Heading(family, text, "") if family == "essay" else None
    if clauses and _CLAUSE_ONLY.match(text):
        # 第一条 over its clause, 第五条　…。 set in bold: a regulation's numbered clause is a line of
        # its part's text, however it is set (第一条：保持好奇心, a list's item named, still heads;
        # _listed_clauses gives a list's 第一条 + a sentence its markup back)
        return None
    label = _bold_label(block)
    if label is not None:
        return _Heading("bold-label", label, text[len(label) :].strip())
    label = _bold_bracket_label(block)
    if label is not None:
        return _Heading("bracket-label", label, text[len(label) :].strip())
    lead = _bold_lead(block)
    if lead is not None:
        return _Heading("bold-lead", lead, text[len(lead) :].strip())
    if len(text) > MAX_HEADING_CHARS or _QUOTED_SENTENCE.match(text):
        return None
    if _TOC_LABEL.match("".join(text.split())):  # 目　录, spaced out as a centred label often is
        return None  # a table of contents' label names no part of the article
    if block.heading is not None:
        return _Heading(f"h{block.heading}", text, "")
    if block.tag == "th" and not _SENTENCE_END.search(text):
        return _Heading("th", text, "")  # a field table's header cell (see _header_cells_head_prose)
    # a label in 【】 is a family of its own, bold or not: the bold lines under it (环节一：…) are
    # the steps inside its part
    if _BRACKET_LABEL.match(text):
        return _Heading("bracket-label", text, "")
    if block.bold and not _ASIDE.match(text) and _NAMING.search(text):
        # （本段为老师批注：…。） in bold is still an aside, and ¥89.00 ¥129.00 (a card's prices) names nothing
        return _Heading("bold", text, "")
    if _glyph_heading(text):
        return _Heading("glyph", text, "")
    if block.centered and not _SENTENCE_END.search(text) and not _ASIDE.match(text) and _NAMING.search(text):
        return _Heading("centered", text, "")
    if _font_heading(block, body_font):
        return _Heading(f"font:{block.font}", text, "")
    if block.style in looks and _styled_phrase(block):
        return _Heading(f"style:{block.style}", text, "")
    if (item := _NAMED_ITEM.match(text)) and (not _SENTENCE_END.search(text[:-1]) or _LABELLED.match(text)):
        return _Heading(f"item:{item['label']}", text, "")
    return None


def _tells(words: str) -> bool:
    """Whether the words after a part's number tell something in clauses rather than name it (one
    phrase, or two short parallel ones: 加强组织领导，落实主体责任。 names a part).

    >>> _tells("以后的内容偏重政策梳理，读起来稍显枯燥，但资料很扎实。"), _tells("加强组织领导，落实主体责任。")
    (True, False)
    """
    parts = _CLAUSE.split(words.strip().rstrip("。！？"))
    return len(parts) > 2 or (len(parts) == 2 and max(map(len, parts)) > 12)


def _runs_on(block: Block) -> bool:
    """An ordinal opening a plain paragraph that runs on into more sentences (首先，我热爱护理事业，
    有扎实的专业基础。十四年来，…) counts the points of the paragraph's argument: ordinals are prose
    openers, and head only a line of their own (<p>第一，提高思想认识。</p> over its paragraphs) or
    a lead set in bold (<b>第一，做一个爱读书的人。</b>…)."""
    lead = _first_sentence(block.text)
    return (
        lead is not None and len(lead) < len(block.text.rstrip()) and not block.bold and not block.bold_lead
    )


def _bold_label(block: Block) -> str | None:
    """A bold label ending in a colon that runs into its line (``<b>教学重点：</b>识字写字…``), its
    colon inside or just outside the bold; the label with its colon."""
    text = block.text
    if block.bold or not 0 < block.bold_lead < len(text):
        return None
    end = block.bold_lead + (text[block.bold_lead] in "：:")
    label = text[:end].strip()
    if (
        not _LABEL.match(label)
        or _LIST_INTRO.search(label)
        or _NARRATIVE.search(label)
        or _SPEECH_OPENER.search(label)
    ):
        return None
    rest = text[end:].strip()
    # a label over a value that is no sentence (时间：每周六上午九点, 费用：免费) is a field of a notice
    return label if rest and _SENTENCE_STOP.search(rest) else None


def _bold_bracket_label(block: Block) -> str | None:
    """A bold label in 【】 that runs into its line (``<b>【班会主题】</b>爱护环境``); the label.

    >>> _bold_bracket_label(Block("【班会主题】爱护环境", bold_lead=6)), _bold_bracket_label(Block("【班会主题】爱护环境"))
    ('【班会主题】', None)
    """
    text = block.text
    if block.bold or not 0 < block.bold_lead < len(text):
        return None
    label = text[: block.bold_lead].strip()
    if not _BRACKET_LABEL.match(label) or _DATELINE.match(label):
        return None
    return label if text[block.bold_lead :].strip() else None


def _decimals_need_an_outline(found: dict[int, _Heading]) -> list[int]:
    """Decimal numbers head sections when they outline the text: two or more of two parts or more
    (1.1, 2.1.1). A lone number and a space (1 总则) heads one when a 1.x follows it or it goes on
    from the last one (5 后期处置 after 4); else a ``12 月份``, or a lone ``1.5 倍``, would. Returns
    the lines that lost their heading."""
    decimals = {
        i: h.text.split(None, 1)[0] for i, h in sorted(found.items()) if h.family.startswith("decimal:")
    }
    deep = [n for n in decimals.values() if "." in n]
    dropped, top = [], 0
    for index, number in decimals.items():
        if len(deep) < 2:
            dropped.append(index)
        elif "." not in number:
            if any(n.startswith(number + ".") for n in deep) or int(number) == top + 1:
                top = int(number)
            else:
                dropped.append(index)
    for index in dropped:
        del found[index]
    return dropped


def _labels_need_company(found: dict[int, _Heading]) -> None:
    """Run-in bold labels head sections when the article names two parts or more by a bold label
    (alone on its line or run in); they then belong to the family of the bold lines, so a label
    alone and a label run in sit at one level. One such label in prose is emphasis (注意：…).

    A document names each of its parts once: a label that comes back is a speaker in an interview
    or a dialogue (记者：… 张三：…, 师：… 生：…) or a recurring note, and heads nothing.

    Under a heading of another kind (<h3>知识点 2</h3>), labels divide that part only when two or
    more name its pieces: a label alone in its part, run in or on its own line over a list
    (小技巧：…, 操作步骤：), is a note of the part, as lesson handouts and guides write them.
    """
    labels = [i for i, h in found.items() if h.family == "bold-label"]
    alone = [i for i, h in found.items() if h.family == "bold" and _LABEL.match(h.text)]
    names = [found[i].text.rstrip("：:") for i in [*labels, *alone]]
    # The label names under each heading above the labels (of a family seen before the first label
    # and not bold: bold lines are the labels' own family, their siblings), -1 the top.
    parts: dict[int, set[str]] = {}
    parent: dict[int, int] = {}
    above, before = -1, set[str]()
    for index in sorted(found):
        family = found[index].family
        if index in labels or index in alone:
            parent[index] = above
            parts.setdefault(above, set()).add(found[index].text.rstrip("：:"))
            before = before or {found[i].family for i in found if i < index} | {""}
        elif family != "bold" and (not before or family in before):
            above = index
    for index in alone:
        if parent[index] >= 0 and len(parts[parent[index]]) < MIN_LABELS:
            del found[index]  # alone in its part
    for index in labels:
        heading = found.pop(index)
        alone_in_its_part = parent[index] >= 0 and len(parts[parent[index]]) < MIN_LABELS
        if alone_in_its_part or len(set(names)) < MIN_LABELS:
            continue
        if names.count(heading.text.rstrip("：:")) == 1:
            found[index] = _Heading("bold", heading.text, heading.body)


def _header_cells_head_prose(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A field table's header cell heads the prose its row holds (``<th>来信内容</th>`` over the
    letter's paragraphs, ``<th>答复内容</th>`` over the reply: a mailbox's or a hotline's page): the
    block under it is prose, a sentence. Header cells one after another are a table's header row,
    and a cell over a short value (``<th>姓名</th><td>张三</td>``, a form) a field: neither heads."""
    cells = [i for i, h in found.items() if h.family == "th"]
    for index in cells:
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        before = blocks[index - 1] if index > 0 else None
        if (
            after is None
            or after.tag == "th"
            or (before is not None and before.tag == "th")
            or not _SENTENCE_END.search(after.text)
        ):
            del found[index]


def _a_lone_bold_field_opens_the_intro(found: dict[int, _Heading]) -> None:
    """A bold field line before an outline (``<b>經文：以賽亞書四十章</b>`` over 一．/二．, a label and
    its value, the only line so set) says what the text reads from or when it was held: the
    intro's, not a part above the outline. A bold part name (前言) is no field and heads."""
    bold = [i for i, h in found.items() if h.family == "bold"]
    if len(bold) != 1 or _FIELD.match(found[bold[0]].text) is None or _LABEL.match(found[bold[0]].text):
        return
    if min(found) == bold[0] and len(found) > 1:
        del found[bold[0]]


def _run_in_labels_named_once(found: dict[int, _Heading]) -> None:
    """A bracketed label run into its line heads it when the text (or its essay) names that part
    once; one that comes back (``【答案】B`` / ``【解析】…`` under every question of an exercise
    page) is a note of the items, and heads nothing, and so does such a note alone on its line
    (``【答案】：`` over ``B``, ``【解析】`` over the explanation) when it comes back. Nor does a note run into a report's line
    (``【温馨提示】…``): run-in labels head when the text also names a part by a 【】 label alone
    on its line (a lesson plan's 【活动目标】), or names three parts or more by run-in labels."""
    counts: Counter[tuple[int, str]] = Counter()
    essay = -1
    keys: dict[int, tuple[int, str]] = {}
    alone = False
    for index in sorted(found):
        heading = found[index]
        if heading.family == "essay":
            essay = index
        elif heading.family == "bracket-label" and heading.body:
            keys[index] = (essay, heading.text)
            counts[keys[index]] += 1
        elif heading.family == "bracket-label":
            alone = True
    notes = Counter(
        h.text.rstrip("：:")
        for h in found.values()
        if h.family == "bracket-label" and not h.body and _ANSWER_NOTE.match(h.text)
    )
    for index in [
        i
        for i, h in found.items()
        if h.family == "bracket-label" and not h.body and notes[h.text.rstrip("：:")] > 1
    ]:
        del found[index]  # 【答案】： / 【解析】 alone on its line under every question: the items' notes
    alone = alone and any(h.family == "bracket-label" and not h.body for h in found.values())
    named_once = {key for key, count in counts.items() if count == 1}
    for index, key in keys.items():
        if key not in named_once or not (alone or len(named_once) >= MIN_RUN_IN_LABELS):
            del found[index]


def _bold_lead(block: Block) -> str | None:
    """A paragraph's first sentence set in bold, the rest not (``<strong>一是加强组织领导。</strong>
    各单位要…``): how reports and plans head their points, 一是 openers too. A bold word or phrase
    that is not the whole first sentence is emphasis."""
    text = block.text
    if block.bold or not 0 < block.bold_lead < len(text):
        return None
    lead = _first_sentence(text)
    # A question and its short answer set in bold together (<strong>不会用手机？社工帮着办。</strong>…): a
    # feature's headline form, one lead of two sentences, the answer one clause; the bold run ends at its end.
    if lead is not None and lead[-1] in "？?" and block.bold_lead > len(lead):
        answer = _first_sentence(text[len(lead) :])
        if (
            answer is not None
            and not _CLAUSE.search(answer)
            and block.bold_lead in (len(lead) + len(answer), len(lead) + len(answer) - 1)
        ):
            lead += answer
    # The bold run is the first sentence, its closing mark inside or just outside the bold
    # (<strong>一是加强领导</strong>。 as often as <strong>一是加强领导。</strong>).
    if lead is None or block.bold_lead not in (len(lead), len(lead) - 1):
        return None
    if len(lead) > MAX_HEADING_CHARS or CONCLUSION.match(lead):
        return None
    return lead


def _glyph_heading(text: str) -> bool:
    """A glyph, then a short phrase (two short parallel ones at most, or a label and a phrase),
    not a sentence.

    >>> _glyph_heading("■ 少盯着，多肯定"), _glyph_heading("● 学校食堂全面落实陪餐制度，每学期检查一次。")
    (True, False)
    >>> _glyph_heading("◎ 最美志愿者：吴晓光"), _glyph_heading("● 提示：请提前十分钟入场。")
    (True, False)
    >>> _glyph_heading("◎ 病情分析："), _glyph_heading("◎ 图：")
    (True, False)
    """
    glyph = _HEADING_GLYPH.match(text)
    if glyph is None:
        return False
    phrase = text[glyph.end() :]
    parts = _CLAUSE.split(phrase)
    return (
        len(_WORDS.findall(phrase)) >= 2
        # a phrase, a label and a phrase (◎ 最美志愿者：某某), or a label alone (◎ 病情分析：, a doctor's
        # answer's part), no credit
        and (
            not _SENTENCE_END.search(phrase)
            or (
                (_LABELLED.match(phrase) is not None or _LABEL.match(phrase.strip()) is not None)
                and not _CREDIT.match(phrase)
            )
        )
        and len(parts) <= 2
        and max(map(len, parts)) <= MAX_GLYPH_PHRASE_CHARS
    )


def _glyph_siblings(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Where a page leads two short heads or more by one symbol (◆ 误区一：…, ◆ 误区二：…), a longer line it
    leads the same way is one of them (◆ 误区三：退烧针见效快，打针最好: a label and two phrases): at most
    MAX_HEADING_CHARS, no sentence's end, no picture's credit, over a paragraph (the next block prose,
    not led by the symbol). The page uses one symbol for every head of the kind; a ● line that is a
    whole sentence (a list's item) or a field's value stays text, and so does one right under a line
    the symbol leads and that heads nothing (the last item of a ● list, over the answer's closing line)."""
    counts = Counter(h.text[0] for h in found.values() if h.family == "glyph")
    if not any(count >= 2 for count in counts.values()):
        return
    # lines one after another that one symbol leads, with no text between (● 少吃零食 / ● 饭后散步 /
    # ● 睡前不再进食 under 指导意见：) are a list's items: none heads, the last not the closing line either;
    # a label alone after the list (◎简 介： under a film's ◎ fields) heads what follows it
    listed = [
        i
        for i in range(len(blocks) - 1)
        if blocks[i].text[:1] in counts
        and blocks[i + 1].text[:1] == blocks[i].text[:1]
        and not (i in found and found[i].body)
    ]
    for index in {*listed, *(i + 1 for i in listed if not blocks[i + 1].text.endswith(("：", ":")))}:
        if index in found and found[index].family == "glyph":
            del found[index]
    for index, block in enumerate(blocks[:-1]):
        text = block.text
        if (
            index in found
            or counts[text[:1]] < 2
            or len(text) > MAX_HEADING_CHARS
            or _SENTENCE_STOP.search(text)
            or _PICTURE_CREDIT.match(text)
            or block.tag in _CELL_TAGS
        ):
            continue
        if (
            index
            and blocks[index - 1].text[:1] == text[0]
            and index - 1 not in found
            and text[-1] not in "：:"
        ):
            continue  # the last item of a list the symbol leads (● 少吃零食 / ● 饭后散步 over a closing line)
        following = blocks[index + 1].text
        if following[:1] != text[0] and _SENTENCE_STOP.search(following) and index + 1 not in found:
            found[index] = _Heading("glyph", text, "")


def _font_heading(block: Block, body_font: str | None) -> bool:
    """A short line of words, not a cell or an item, set in a heading face the body is not in."""
    return (
        block.font is not None
        and block.font != body_font
        and _HEADING_FACE.search(block.font) is not None
        and block.tag not in _CELL_TAGS
        and len(_WORDS.findall(block.text)) >= 2
        # a phrase, or a label and a phrase (“百事通”：群众的事就是他的事)
        and (not re.search(r"[。！？!?，,；;：:]", block.text) or _LABELLED.match(block.text) is not None)
    )


def _heading_looks(blocks: Sequence[Block]) -> frozenset[str]:
    """The looks (Block.style) that may set a heading apart: not the body's (the look most of the
    text of prose-length paragraphs has) and not one any prose has (a second body look, a
    note's): a look that sets a sentence is a text's, however short its other lines. None when no
    look dominates the body (then no look is known to differ from it)."""
    sizes: dict[str | None, int] = {}
    prose: set[str | None] = set()
    for block in blocks:
        if len(block.text) >= _PARAGRAPH_CHARS or _CN_SENTENCE_STOP.search(block.text):
            sizes[block.style] = sizes.get(block.style, 0) + len(block.text)
            prose.add(block.style)
    body, size = max(sizes.items(), key=lambda item: item[1], default=(None, 0))
    if body is None or size < _FONT_SHARE * sum(sizes.values()):
        return frozenset()
    return frozenset(b.style for b in blocks if b.style is not None and b.style not in prose)


def _styled_phrase(block: Block) -> bool:
    """A line that could head by its look alone: a phrase of words (two short parallel ones at
    most, as a glyph's), not a sentence, a field, a caption or a link's or button's words, nor a
    cell or an item.

    >>> [_styled_phrase(Block(t, style="p>span.t")) for t in ("三、装备与饮食", "时间：4月5日", "▲ 图为活动现场", "少盯着，多肯定")]
    [True, False, False, True]
    >>> _styled_phrase(Block("2025年3月26日")), _styled_phrase(Block("¥1299 起"))
    (False, False)
    """
    text = block.text
    parts = _CLAUSE.split(text)
    return (
        block.tag not in _CELL_TAGS
        and block.link_density < MAX_STYLED_LINK_DENSITY
        and len(_WORDS.findall(text)) >= 2
        and not _STYLED_CLAUSE.search(text)
        and not _SENTENCE_STOP.search(text[:-1])
        and not _CAPTION.search(text)
        and len(_DIGITS.findall(text)) * 2 < len(_WORDS.findall(text))  # a date, a price, a phone number
        and len(parts) <= 2
        and max(map(len, parts)) <= MAX_GLYPH_PHRASE_CHARS
    )


def _styled_lines_recur(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """Lines set apart by a look of their own (p>span.hd, a class the sheet colours or sizes, an
    inline font-size: a page's own way of marking its headings, which no rule names) head their
    parts when the look recurs: two lines or more in it, each with text under it before the next
    (a line over another line in its look is a list's or a signature's, 某某局 over its date; a look
    once is a line's emphasis or a caption's; a line right over a heading of another kind, a
    signer's date over the next piece's title, heads nothing). Looks seen one after another nest as families do (first seen, level above)."""
    members: dict[str, list[int]] = {}
    for index, heading in sorted(found.items()):
        if heading.family.startswith("style:"):
            members.setdefault(heading.family, []).append(index)
    for indexes in members.values():
        # a heading names its part once: words that come back in the look (播报 / 编辑 beside each
        # of an encyclopaedia's headings) are a control's
        named = Counter(found[index].text for index in indexes)
        for index in [index for index in indexes if named[found[index].text] > 1]:
            del found[index]
            indexes.remove(index)
        headed = [
            index
            for index, end in zip(indexes, [*indexes[1:], len(blocks)], strict=False)
            if index + 1 < end
            and blocks[index + 1].style != blocks[index].style
            and found.get(index + 1, _Heading("style:", "", "")).family.startswith("style:")
            and any(
                _SENTENCE_STOP.search(b.text) or len(b.text) >= _PARAGRAPH_CHARS
                for b in blocks[index + 1 : end]
            )
        ]
        for index in indexes:
            if len(headed) < MIN_STYLED_HEADINGS or index not in headed:
                del found[index]


def _lead_sentence(block: Block) -> _Heading | None:
    lead = _first_sentence(block.text)
    if lead is None or len(lead) > MAX_LEAD_SENTENCE_CHARS or re.search(r"[；;]", lead):
        return None
    # One comma between two short parallel phrases (创新工作方法，提升服务水平。), no more.
    parts = re.split(r"[，,]", lead)
    if len(parts) > 2 or (len(parts) == 2 and max(map(len, parts)) > 12) or _CONNECTIVE.match(lead):
        return None
    if not lead.endswith("。") or len(lead) < 5 or _NARRATIVE.search(lead) or CONCLUSION.match(lead):
        return None
    if _POINT_OPENER.match(lead) or _DASH_ITEM.match(lead):
        return None
    body = block.text[len(lead) :].strip()
    if len(body) < 2 * len(lead):
        return None
    return _Heading("lead", lead, body)


# 但… / 当然，… / 不过… / 其实…: a short first sentence that answers the paragraph before it.
_ANSWER_BACK = re.compile(r"^(?:但|當然|当然|不过|不過|可是|然而|其实|其實)")


def _answers_back(block: Block) -> bool:
    """Whether a paragraph's short first sentence answers the paragraph before it (但“不沉闷”的关键在于
    细节。 / 当然，电影也不是没有缺点。, a review). Paragraphs that open with short sentences are parts under
    lead headings only when each stands on its own: such an answer between them makes them one argument
    told paragraph by paragraph, and their first sentences are its sentences, no headings. After the
    last lead (a work summary's closing turn to what is left to do, 但也要清醒地看到，…。; review R25 of
    fec2fdc) it answers the whole list and only heads nothing itself.

    >>> _answers_back(Block("但瑕不掩瑜。后面很长。")), _answers_back(Block("坚持问题导向。正文。"))
    (True, False)
    """
    lead = _first_sentence(block.text)
    return lead is not None and len(lead) <= MAX_LEAD_SENTENCE_CHARS and _ANSWER_BACK.match(lead) is not None


def _line_over_the_closing_heads_nothing(blocks: Sequence[Block], found: dict[int, _Heading]) -> None:
    """A line of another kind (``_another_kind``: an advert line the strip left, set in bold or centred), the lone
    heading of its look after the parts, with nothing under it but a closing to the readers or the audience
    (同志们，…让我们… / 最后，祝… / 希望大家…), heads nothing: it is a line of the last part, and the closing is the
    piece's (session 26). A heading tag, a line of a look that heads other parts, or one over the part's own
    text (附：验收清单 over a paragraph of substance) still heads.

    >>> b = [Block("一、甲", tag="h3", heading=3), Block("正文。"), Block("点此，领礼包", bold=True), Block("祝大家顺利！")]
    >>> found = {0: _Heading("numbered", "一、甲", ""), 2: _Heading("bold", "点此，领礼包", "")}
    >>> _line_over_the_closing_heads_nothing(b, found)
    >>> sorted(found)
    [0]
    """
    if len(found) < 2:
        return
    last = max(found)
    heading = found[last]
    if (
        last + 1 >= len(blocks)
        or heading.body
        or heading.lines != 1
        or not _LOOK_ONLY.match(heading.family)
        or blocks[last].heading is not None
        or not _another_kind(blocks[last])
        or sum(h.family == heading.family for h in found.values()) > 1
    ):
        return
    end = len(blocks)
    if _calls_or_wishes_at_the_close(blocks, last + 1, end) or _closes_for_the_reader(blocks, last + 1, end):
        del found[last]
