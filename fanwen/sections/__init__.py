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
from dataclasses import dataclass, replace

from fanwen.items import Block, Section

_CN_NUM = "一二三四五六七八九十百零〇两"
# 壹 貳 參: the formal numerals (大写), simplified and traditional, that number a formal document's
# top parts (Taiwanese minutes and reports: 壹、 > 一、 > （一）).
_CN_FORMAL = "壹贰貳叁參叄肆伍陆陸柒捌玖拾"
# (family, pattern) in the order they are tried; the pattern matches at the block start.
NUMBERED = (
    (
        "essay",
        # 篇一： / 【范文2】 / 第三篇, and 辞职报告范文一：销售岗位 (a kind of letter and its model's number)
        re.compile(
            rf"^[【\[]?\s*(?:篇|范文|精选范文)\s*[{_CN_NUM}\d]+\s*[】\]]?\s*[:：、.．]?|^第[{_CN_NUM}\d]+篇"
            rf"|^[\u4e00-\u9fff]{{2,12}}?范文[{_CN_NUM}\d]+(?:[:：、.．]|$)"
        ),
    ),
    # 第一部分 / 第二章 / 第三节 / Part 1 / Chapter 2: a document's parts (第一节课 is prose). Each
    # unit is a family of its own (part:章, part:节), so a 节 can nest under its 章. A script's acts
    # and scenes (第一幕 / 第二场 教室: plays, sketches, 课本剧) are parts when the number ends its
    # word (第一场雪, 第一场比赛 are prose). A regulation may space its number out (第 一 章　总　则).
    (
        "part",
        re.compile(
            rf"^(?:第 ?(?:[{_CN_NUM}\d] ?)+(?P<unit>部分|章|节(?!课)|编|单元|[幕场](?=\s|$))|(?P<word>Part|PART|Chapter|CHAPTER|Section|SECTION)\s*(?:\d+|[IVX]+)\b)"
        ),
    ),
    ("cn-formal", re.compile(rf"^[{_CN_FORMAL}]+\s*[、.．]")),
    ("cn-number", re.compile(rf"^[{_CN_NUM}]+\s*[、.．]")),
    ("cn-bracket", re.compile(rf"^【\s*[{_CN_NUM}]+\s*】")),
    # 01 / 读什么 / 02 | 老师要一起读: a number and a slash or bar (3/4 is a fraction).
    ("slash-number", re.compile(r"^\d{1,2}\s*[/／|｜丨]\s*(?![\d\s])")),
    ("cn-paren", re.compile(rf"^[（(]\s*[{_CN_NUM}]+\s*[）)]")),
    # （甲）（乙）（丙）: the heavenly stems, the points inside a part of Hong Kong and Taiwanese notes
    ("stem-paren", re.compile(r"^[（(]\s*[甲乙丙丁戊己庚辛壬癸]\s*[）)]")),
    ("arabic", re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))")),
    ("arabic-paren", re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),
    # 1️⃣开场问候：… / 2️⃣…: keycap emoji numbers, how lifestyle notes and self-media posts number parts
    ("keycap", re.compile("^(?:[0-9]\ufe0f?\u20e3|\U0001f51f)")),
    # ①加快项目建设进度。…: circled numbers, a report's points below 1． / （1）
    ("circled", re.compile(r"^[\u2460-\u2473\u2776-\u277f]")),
    # 1 总则 / 2.1 应急指挥部 / 2.1.1 总指挥: decimal numbering (plans, standards, theses), a number
    # of one to four parts and a space before the title; its depth is its family (decimal:2).
    # A number alone (1 总则) only before a Chinese title: 29 November is a date. Never before a
    # unit that cannot open a title: 1.2 万亩, 3.5 亿元, 2.1 版本 are quantities (pages that space
    # digits); 日/月/年 can (3.1 日常预防, 2.3 年度目标), so a quantity is told by its comma too.
    (
        "decimal",
        re.compile(
            r"^(?P<decimal>\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[^\s\d.．、，,。：:/／|｜%％])|\d{1,2}\s+(?=[\u4e00-\u9fff]))"
            r"(?![万亿倍]|版本|公里|公斤|小时|分钟)"
        ),
    ),
    (
        "ordinal",
        re.compile(
            rf"^(?:第[{_CN_NUM}]+[，,、]|其[{_CN_NUM}]+[，,、]|(?:首先|其次|再次|再者|最后)(?:[，,]|要|是))"
        ),
    ),
)
_NUMBERED = dict(NUMBERED)
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
# Whether any of NUMBERED opens a line, in one try: most blocks are prose that none opens, and
# the nine patterns were tried one by one on every block (issue 13: CPU of sections).
_ANY_NUMBERED = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in NUMBERED))
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
# （报名二维码） / （图为…）: a line wholly in brackets is an aside (a caption under its image, a
# note), never a heading, however it is set.
_ASIDE = re.compile(r"^[（(][^（）()]*[）)]$")
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
# 回头看 / 回过头看 / 回过头来看: a look back; what it looks back over opens with one of _SPAN_START.
_LOOKING_BACK = "(?:回头看|回頭看|回过头看|回過頭看|回过头来看|回過頭來看)"
_SPAN_START = "(?:这|這|今|本|那些|一路)"
# The openers of a summing-up paragraph, in simplified and traditional script (總括而言，… on a Hong
# Kong page, 总结一下：… closing a note).
CONCLUSION = re.compile(
    r"^(?:总之|總之|综上所述|綜上所述|综上|綜上|总而言之|總而言之"
    # a word for the whole (总的, 总体, 整体, 大体, 概括) and a word for saying it (来说, 来看, 而言, 说来),
    # any pair of them, in either script (整體來說，… on a Taiwanese forum, 概括来说，… closing a lesson)
    r"|(?:总的|總的|总体|總體|整体|整體|大体|大體|概括|总括|總括)(?:来说|來說|来看|來看|而言|说来|說來)"
    # 本课小结：… / 全文总结：… / 结语：…: the piece's summary label run into its closing paragraph
    r"|(?:本课|本課|本节|本節|本章|本文|全文)?(?:小结|小結|总结|總結|结语|結語)[：:](?=\S)"
    r"|(?:最后|最後)?(?:总结一下|總結一下)"
    r"|一句话|一句話"
    # 说到底 / 归根结底: the root of it all; 回头看，…: a look back over the parts, with its comma or
    # with the span it looks back over (回过头看这三年，…; 回头看第一年 opens a story)
    r"|说到底|說到底|归根结底|歸根結底|归根到底|歸根到底|一言以蔽之|简而言之|簡而言之|总体而言|總體而言"
    rf"|{_LOOKING_BACK}(?:[，,]|(?={_SPAN_START}[^，,。！？!?；;]{{0,8}}[，,])))[，,：:]?"
)
# 回头看，… is a look back over the piece or, as often in a story, someone turning round (回头看，
# 刚走过的石桥…): it concludes only when what it looks at is the piece's topic (_looks_back_at_the_whole).
_LOOK_BACK = re.compile(rf"^{_LOOKING_BACK}[，,]?\s*([^，,。！？!?；;]*)")
# 这一年 / 这几天 / 今年 / 这段日子 / 一路走来: the whole span a look back covers.
_WHOLE_SPAN = re.compile(
    r"^(?:(?:这|這|今|本)[一二三四五六七八九十几幾些两兩半]{0,2}(?:年|学期|學期|季|个月|個月|周|天|段时间|段時間|段日子|段经历|段經歷|趟|次|路)"
    r"|那些年|一路(?:走来|走來|下来|下來))"
)
# 养花这件事，说到底…: the topic a closing paragraph sums up, a short phrase, then the marker.
_SUMMED_TOPIC = re.compile(rf"^[^，,。！？!?；;：:“”\"]{{2,12}}[，,]\s*(?:{CONCLUSION.pattern[1:]})")
# 以上问答仅供参考… / 以上就是…的介绍: a last paragraph that speaks of the whole piece above sums it
# up; the writer signing off (以上是我的述职报告，请批评指正 / 以上是这次的记录，欢迎指出 / 以上，希望对你有
# 用) does not.
_BACK_REFERENCE = re.compile(r"^以上(?![\d一二三四五六七八九十两几]+[人个名])")
_SIGN_OFF = re.compile(r"我|本人|笔者|指正|指出|谢谢|欢迎|歡迎|希望.{0,12}[对對].{0,12}有")
_SENTENCE_END = re.compile(r"[。！？!?：:]")
_SENTENCE_STOP = re.compile(r"[。！？!?]")
# A line before the first heading that says something (a stop, an English full stop, a colon ending a
# clause that leads into a list: here are the steps:) makes it the text's own heading, though it repeat
# the title; a label's colon inside a line (目前位置：首頁 > …, 10:56 am) is no sentence.
_SENTENCE_OVER_TITLE = re.compile(r"[。！？!?]|\.(?:\s|$)|[：:]\s*$")
# 第二场 社区服务站 / 第一幕 客厅: a script's scene heading is a short line, no clause, no sentence.
MAX_SCENE_CHARS = 16
_CN_SENTENCE_STOP = re.compile(r"[。！？]")
MAX_CLOSING_LINK_DENSITY = 0.3
MIN_CLOSING_SENTENCES = 2
# A last paragraph naming this many parts again or more sums them up (see _names_every_part).
MIN_SUMMED_PARTS = 3
MAX_SIGN_OFF_CHARS = 20
_SPEAKER_LINES = 4  # a speech's head lines over its first paragraph: a subtitle, the date, the speaker
_QUOTED_WORD = re.compile(r"[“「]([^“”「」，,。、]{2,8})[”」]")  # a point's key word, quoted in its heading
MAX_NOTICE_SIGN_OFF_LINES = 16  # a notice's sign-off under its formula: 附件 items, issuer, date, 抄送, 公开
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
_HAN_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}$")
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
# 最后，祝老师们工作顺利！ / 最后，衷心祝愿… / 最后，我代表…，祝… / 最后，值此…之际，祝… / 最后，再次感谢…，祝… /
# 最后，向…表示衷心的感谢！: a speech's closing wish or thanks opens its sign-off, not the last of its points; said by
# the speaker (我, 我们, 让我们…), not told of another (最后，主持人向…表示感谢 / 最后，他祝贺了…: a report's).
_CLOSING_WISH = re.compile(
    r"^(?:最后|最後)[，,]\s*(?:我们|我們|我|让我们|讓我們)?(?:代表[^，,。！？!?；;]{1,20}[，,]?\s*)?"
    r"(?:(?:值此|在|趁此|借此)[^，,。！？!?；;]{1,20}(?:之际|之際)[，,]\s*)?"
    r"(?:再次|再一次)?(?:衷心|真诚|真誠|诚挚|誠摯)?地?(?:共同|一起)?"
    r"(?:祝|预祝|預祝|感谢|感謝|向[^，,。！？!?；;]{1,24}(?:表示|致以|致)[^，,。！？!?；;]{0,8}(?:感谢|感謝|谢意|謝意|祝福|问候|問候))"
)
# 再次感谢大家的聆听！ / 再一次感谢各位！: a thanks said again, to an audience, closes a speech as its wish does.
_THANKS_AGAIN = re.compile(r"^(?:再次|再一次)(?:衷心|真诚|真誠|诚挚|誠摯)?地?(?:感谢|感謝)")
# 回顾2024年，…；展望2025年，… / 展望新的一年，…: a work summary's closing look back over the whole span and
# ahead; a look back alone (回顾一年来的工作，…存在一些问题) opens a part as often as it closes one.
# 回顾一下这个周末：… / 回顾这一年，…: a look back over the whole span, after the last part's own text,
# sums the piece up as 回头看这一年 does.
_SPAN = (
    r"(?:(?:19|20)\d{2}年|过去的?[一这]?[年段]|新的一年|明年|未来|今后|下一步"
    r"|[这今本][一个几两]?(?:年|周末|周|天|个?月|学期|季度|次|趟|阶段)|[一二两三四五六七八九十几]+年(?:来|以来))"
)
_LOOK_AHEAD = re.compile(
    rf"^展望{_SPAN}|^回顾(?:一下)?{_SPAN}.*[，,；;]展望|^回顾(?:一下)?{_SPAN}[^，,。；;：:]{{0,6}}[，,：:]"
)
# 三、工作展望 / 五、展望 / 三、回顾与思考: a last part named for the look ahead or back holds every such
# paragraph under it, its last too, as its own text.
_LOOK_WORDS = ("展望", "回顾", "回顧")
# 展望下一步，重点做好以下工作： / 展望2025年，…：一是…，二是…: a look ahead that leads into the plan's
# points or counts them is the plan, no closing.
_LEADS_INTO_POINTS = re.compile(r"[：:]\s*$|一是.*二是")
# 新的一年，中心全体职工将以更加务实的作风、更加饱满的热情，扎实推进各项工作… / 今后，我们将以更高的标准、
# 更实的举措… / 2026年，全校教职工将以更加饱满的热情投入…: a plan's or a summary's closing resolution, the
# whole staff pledging how it takes on the next span: a span ahead opening it, then the manner it will work in,
# two comparatives (以更加X的Y、更加Z的W) or one with a word for a manner (热情, 作风, 姿态, 斗志).
_SPAN_AHEAD = re.compile(
    r"^(?:在|站在)?(?:新的一年|新一年|新的学年|新学年|新的學年|新學年|新的学期|新学期|新的學期|新學期|新的征程|新征程"
    r"|今后|今後|未来|未來|展望未来|展望未來|下一步|下阶段|下階段|下半年|明年|来年|來年|(?:19|20)\d{2}\s*年)"
    r"[^，,。！？!?；;：:]{0,6}[，,]"
)
# The pledge is the future's (将以, 要以, 让我们以, 我将继续…，以…): a year's summary telling how the staff worked in it
# (2025年，全体社工以更加务实的作风…，圆满完成了…) pledges nothing (review, session 21).
_RESOLVE = re.compile(
    r"(?:(?:将|將|继续|繼續|努力|力争|力爭|让|讓)[^。！？!?；;]*?|要)"
    r"(?:以更(?:加)?[^，,。！？!?；;、]{1,8}[、和与與及]\s*更"
    r"|以更(?:加)?[^，,。！？!?；;、]{1,6}的(?:热情|熱情|作风|作風|姿态|姿態|斗志|鬥志|干劲|幹勁|状态|狀態|精神|面貌|决心|決心|担当|擔當))"
)
# …以更加务实的作风推动落实，圆满完成了各项任务: the manner told of a year done, 将 marking the object (街道将养老服务纳入…).
_TOLD_DONE = re.compile(r"(?<![为為除])了")
# 谢谢大家！ / 謝謝！ / 谢谢各位。: a thanks alone on its line, under a report read aloud.
_THANKS_WORDS = r"(?:谢谢|謝謝|感谢|感謝)(?:大家|各位|您|你们|你們|聆听|聆聽)?\s*[！!。.]?$"
_THANKS = re.compile(rf"^{_THANKS_WORDS}")
# …！谢谢大家！ / …。謝謝各位。: a thanks closing the paragraph it ends, after a sentence of its own.
_CLOSING_THANKS = re.compile(rf"[。！？!?]\s*{_THANKS_WORDS}")
# 到这里，一个完整的开发环境就搭好了 / 至此，整个博客就配置完成了 / 到此为止，…就全部搞定了: a how-to saying the
# task it walks through is done (what is done, 就 or 已经, a word for finishing: 至此，博客已经搭建完成, session 23); an event that ends (至此，本届运动会圆满落下
# 帷幕) finishes no task, nor does one asked (…就搭好了吗？) or about to be done (…就快搭好了).
_TASK_DONE = re.compile(
    r"^(?:到这里|到這裡|到这儿|到這兒|至此|到此(?:为止|為止)?)[，,]\s*([^。！？!?；;，,]{2,40}?)(?:就|已经|已經|已)"
    r"[^。！？!?；;，,快将將]{0,8}?(?:好|完成|完毕|完畢|搞定|跑通|大功告成)(?:了|啦)?(?![了啦吗嗎？?])"
)
# 祝您… / 谢谢您！ / 祝你…: a wish or a thanks to one reader, a letter's or a card's (祝你们… is to an audience).
_ONE_READER = re.compile(r"[您你](?![们們])")
# 最后借书里的一句话结束这篇读后感 / 最后，我用一句诗结束全文 / 写到这里，… / 行文至此，…: the writer says the
# piece ends here, with a line of their own (借 / 用 / 以); the book's ending told (最后，小说以…结束全文) is
# none.
_ENDS_THE_PIECE = re.compile(
    r"^(?:最后[，,]?\s*(?:我|让我们?|请允许我)?(?:想|就|再)?(?:借|用|以)[^。！？!?]{0,20}(?:结束|结尾)"
    r"(?:这篇|本篇|本文|全文|我的|今天的)|写到这里[，,]|行文至此[，,])"
)
# 合上书，… / 放下这本书，… / 读完最后一页，… / 掩卷沉思，…: a reading response's writer putting the book down, back
# from the book to their own day: the piece's reading ends (session 24, AU's 读后感); a story's someone closing a
# book (他合上书，…) opens no such paragraph, and the piece must be a response to a reading (_READING_TITLE).
_PUTS_THE_BOOK_DOWN = re.compile(
    r"^(?:(?:合上|放下|掩上)(?:了)?(?:这本|這本|那本)?(?:书|書|小说|小說)"
    r"|掩卷|(?:读|讀)(?:完|罢|罷)(?:最后一页|最後一頁|全书|全書|这本书|這本書|最后一个字|最後一個字))"
)
# 《…》读后感 / 读《…》有感 / 寒假读书笔记 / 觀後感: a title naming a book or a reading.
_READING_TITLE = re.compile(r"《[^》]{1,30}》|读后感|讀後感|观后感|觀後感|读书|讀書|读《|讀《")
# 以上三篇… / 上面这几篇… / 这3篇…: a paragraph speaking of a collection's pieces together, by their count.
MIN_PIECES = 2
_PIECES_TOGETHER = re.compile(
    rf"^(?:以上|上面|上述|前面|这|這)(?:这|這)?\s*(?P<n>\d{{1,2}}|[{_CN_NUM}几幾]{{1,3}})\s*(?:篇|则|則|份|首)"
)
# 特此通知。 / 特此公告。 / 此复。: a notice's closing formula, a line of its own after its last part; it
# closes the whole notice, and what follows it (附件 list, the issuer, the date, （此件主动公开）) is its
# sign-off. Set in a sentence (…请遵照执行，特此通知) or quoted it is no such line.
_CLOSING_FORMULA = re.compile(
    r"^(?:特此(?:通知|公告|通告|通报|通報|函告|函复|函復|批复|批復|报告|報告|答复|答復|公示|决定|決定|声明|聲明"
    r"|说明|說明|证明|證明|请示|請示)|此复|此復)\s*[。！!]?$"
)
# 附件 / 附件2 / 附件：, a line of its own: an attachment's label.
_APPENDED_ATTACHMENT = re.compile(r"^附件\s*[0-9一二三四五六七八九十]*\s*[：:]?$")
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
# A point that heads a section names it in a short phrase.
MAX_POINT_HEADING_CHARS = 20
_CLAUSE = re.compile(r"[，,；;：:]")
# A run of numbered siblings is a list when this share of it are whole items (see _lists_are_text).
MIN_WHOLE_ITEMS_SHARE = 1 / 3
MIN_LIST_ITEMS = 3
_ITEM_END = ("。", "！", "!", "？", "?", "；", ";")
# 上联：骏马奔腾辞旧岁 / 谜底：菱角 / 电话：…: a line that is a field, a short label and its value.
_FIELD = re.compile(r"^(?P<label>[^。！？!?：:，,；;\s]{1,6})[：:]\s*\S")
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
# 5月4日 星期一 晴 / 2026年5月18日: a diary's or a work log's date line heading an entry (a weekday, the
# weather after it).
_DATE_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"(?P<mark>(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*[晴阴雨雪云雾霾风转小中大暴阵雷多间]{1,6})?)$"
)
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")
# A line in a look of its own (Block.style) heads by it when it names a part in a phrase: no sentence,
# no field (时间：…, a label and its value), no caption (▲ 图为… / …摄), no link's or button's words.
_STYLED_CLAUSE = re.compile(r"[。；;：:]")
_CAPTION = re.compile(r"^(?:[▲△↑↓]|图|圖|Fig)|[摄攝]$")
_DIGITS = re.compile(r"\d")
MAX_STYLED_LINK_DENSITY = 0.5
MIN_STYLED_HEADINGS = 2


@dataclass(frozen=True)
class _Heading:
    family: str
    text: str  # the heading itself
    body: str  # the rest of the block, the start of the section's text
    lines: int = 1  # the blocks it spans (第三章 over its title line 申请与受理: two)


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


def _cn_number(text: str) -> int:
    """The value of a Chinese number up to 99 (0 for another).

    >>> [_cn_number(n) for n in ("三", "十", "十二", "二十", "二十三", "一百")]
    [3, 10, 12, 20, 23, 0]
    """
    digits = "一二三四五六七八九"
    tens, _, units = text.rpartition("十")
    if not text or any(c not in digits for c in tens + units) or len(tens) > 1 or len(units) > 1:
        return 0
    if "十" not in text:
        return digits.index(units) + 1
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(units) + 1 if units else 0)


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


# A part whose heading names a list of things: a programme's items, contests, steps or agenda (二、活动内容 / 四、比赛项目
# / 三、节目安排 / 二、活动流程 / 日程 / 议程 / 环节). Problems, measures, achievements or lessons (二、存在的问题 / 二、主要措施 /
# 三、取得的成效 / 三、踩过的三个坑) name no such list: their short leads are the part's points.
_LIST_PART = re.compile(r"(?:项目|内容|安排|程序|流程|环节|日程|议程|节目|赛程|科目)\s*[:：]?$")
# A run-in lead that names its item is a bare phrase of two to five characters with no clause mark in it.
MAX_ITEM_NAME_CHARS = 5


def _named_items(found: dict[int, _Heading], parent: int, members: Sequence[int]) -> bool:
    """Whether a run of run-in leads right under a top part names the items of a list that part's heading names
    (session 28, issue 11): the heading ends on a word for a list of things (``_LIST_PART``: 四、比赛项目, 二、活动内容,
    三、节目安排), and each lead, two or more, is a bare phrase of two to MAX_ITEM_NAME_CHARS characters with no clause
    mark (1．齐心协力。… / 2．拔河。…, 1．运动会。…): such items head sub-parts one level below the part, as a heading names
    its part. Leads under any other part (二、存在的问题 > 1．资金短缺。, 二、主要措施 > 1．强化学习。, 三、踩过的三个坑 >
    1．浇水太勤。) count the part's points and stay its text, and so do longer leads (1．各部门要高度重视。) anywhere (the
    sets disagree: P's p09 and AK's gov_notice keep such points, BC's p05 and p08 head them).

    >>> h = {i: _Heading("arabic", f"{i}．{n}。", "正文。") for i, n in ((1, "齐心协力"), (2, "拔河"))}
    >>> h[0] = _Heading("cn-number", "四、比赛项目", "")
    >>> _named_items(h, 0, [1, 2]), _named_items({**h, 0: _Heading("cn-number", "三、踩过的三个坑", "")}, 0, [1, 2])
    (True, False)
    """
    if len(members) < 2 or parent not in found or not _LIST_PART.search(found[parent].text.strip()):
        return False
    for index in members:
        text = found[index].text
        match = _NUMBERED[found[index].family].match(text)
        name = text[match.end() if match else 0 :].strip().rstrip("。")
        if not 2 <= len(name) <= MAX_ITEM_NAME_CHARS or _CLAUSE.search(name):
            return False
    return True


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


def _first_sentence(text: str) -> str | None:
    match = re.match(r"[^。！？!?]+[。！？!?]", text)
    return match.group(0) if match else None


def _conclusion_starts(
    blocks: Sequence[Block], headings: dict[int, _Heading], title: str | None = None
) -> set[int]:
    """Where concluding paragraphs start: one of the last blocks of the page or of each essay."""
    ends = sorted(i for i, h in headings.items() if h.family == "essay")
    # the collection's own closing (以上三篇…) ends its last piece, which may close before it on its own
    collected = _collection_closes(blocks, headings, len(ends))
    bounds = [*ends, len(blocks) if collected is None else collected]
    starts: set[int] = set() if collected is None else {collected}
    begin = 0
    for end in bounds:
        last_heading = max((i for i in headings if begin <= i < end), default=begin - 1)
        # the piece has parts of its own (a collection's 篇 with none keeps its ending as its text)
        parted = any(headings[i].family != "essay" for i in headings if begin <= i < end)
        own_text_end = _own_text_end(headings, last_heading)
        # the closers read the text's own end: lines of another kind after it (a caption, an advert line the strip
        # left) close nothing and keep nothing from closing
        close_end = end
        while close_end > last_heading + 1 and _another_kind(blocks[close_end - 1]):
            close_end -= 1
        last_part = _last_part_heads(headings, begin, last_heading)
        last_head = [headings[last_heading].text] if last_heading in headings else []
        # a plan within the blocks the last part spans as each of its siblings does is that part's text
        run_on_end = last_heading + _parts_run_on(headings, begin, last_heading)
        first = max(_closing_lines(blocks, begin, end) - 3, last_heading + 1, begin + 1)
        if parted:
            first = min(first, max(_closing_formula(blocks, begin, end), last_heading + 1))
        for index in range(first, end):
            if (
                (CONCLUSION.match(blocks[index].text) and _looks_back_at_the_whole(blocks[index].text, title))
                # a topic summed up after the last part's own text (not opening the part)
                or (index > last_heading + 1 and _sums_up_the_topic(blocks[index].text, title))
                or _sums_up_the_whole(blocks, index, end)
                or (index > last_heading + 1 >= begin + 1 and _closes_apart(blocks[index]))
                or (
                    index >= own_text_end
                    and _signs_off(blocks[index + 1 : end])
                    and (
                        _names_every_part(blocks[index].text, headings, begin, end)
                        or _names_every_point(blocks[index].text, headings, last_heading)
                    )
                )
                or (
                    parted
                    and index >= max(own_text_end, run_on_end)
                    and _signature_only(blocks[index + 1 : end])
                    and _PUTS_THE_BOOK_DOWN.match(blocks[index].text)
                    and _READING_TITLE.search(title or "")
                )
                or (
                    parted
                    and index >= own_text_end
                    and (
                        _closes_the_whole(blocks, index, close_end, last_part)
                        or _closes_and_signs(blocks, index, close_end, title, last_part, index < run_on_end)
                        or _says_the_task_is_done(blocks, index, close_end, title, last_part)
                        or _speaks_of_the_whole(
                            blocks, index, close_end, title, last_head, index < run_on_end
                        )
                        or _signs_the_notice(blocks, index, close_end)
                        or _closes_for_the_reader(blocks, index, close_end, last_part)
                        or (
                            index >= run_on_end
                            and _resolves_after_the_whole(blocks, index, close_end, title, last_part)
                        )
                    )
                )
            ):
                starts.add(index)
                break
        else:
            if (summed := _summed_before_a_box(blocks, headings, begin, end, title)) is not None:
                starts.add(summed)
            elif not headings and (closing := _headless_speech_closes(blocks)) is not None:
                starts.add(closing)
        begin = end
    return starts


def _collection_closes(blocks: Sequence[Block], headings: dict[int, _Heading], pieces: int) -> int | None:
    """Where a collection's own closing paragraph stands: after the last heading and the paragraph under it, the
    last paragraph but a signature's lines, speaking of the pieces together (``_speaks_of_the_pieces``)."""
    if pieces < MIN_PIECES:
        return None
    after_heads = max(headings) + 2
    for index in range(len(blocks) - 1, max(after_heads, len(blocks) - 1 - MAX_SIGNATURE_LINES) - 1, -1):
        if _speaks_of_the_pieces(blocks[index].text, pieces) and _signature_only(blocks[index + 1 :]):
            return index
    return None


def _speaks_of_the_pieces(text: str, pieces: int) -> bool:
    """Whether a paragraph speaks of a collection's ``pieces`` together, by their count (以上三篇… / 上面这几篇…):
    the collection's own closing, not its last piece's (session 24). Points counted (以上三点…) or another count
    than the pieces' (以上两篇 after three) are no such paragraph.

    >>> [_speaks_of_the_pieces(t, 3) for t in ("以上三篇各有侧重。", "上面这几篇可作参考。", "以上三点体会。", "以上两篇是旧作。")]
    [True, True, False, False]
    """
    match = _PIECES_TOGETHER.match(text)
    if match is None or pieces < MIN_PIECES:
        return False
    count = match["n"]
    if count in ("几", "幾"):
        return True
    number = int(count) if count.isdigit() else _cn_number(count.replace("两", "二").replace("兩", "二"))
    return number == pieces


def _closing_formula(blocks: Sequence[Block], begin: int, end: int) -> int:
    """Where a notice's closing formula (特此通知。) stands over its sign-off: the lines after it hold
    no sentence (附件 items, the issuer, the date, （此件主动公开）), up to MAX_NOTICE_SIGN_OFF_LINES of them;
    ``end`` when none.

    >>> b = [Block("一、甲"), Block("正文。"), Block("特此通知。"), Block("附件：1.评审标准"), Block("2.汇总表"),
    ...      Block("3.报名表"), Block("县教育局"), Block("2025年4月8日")]
    >>> _closing_formula(b, 0, len(b)), _closing_formula(b[:2], 0, 2)
    (2, 2)
    """
    for index in range(end - 1, max(begin, end - 1 - MAX_NOTICE_SIGN_OFF_LINES), -1):
        text = blocks[index].text
        if _is_closing_formula(blocks, index):
            return index
        if _CN_SENTENCE_STOP.search(text):
            break
    return end


def _is_closing_formula(blocks: Sequence[Block], index: int) -> bool:
    """A notice's closing formula on a line of its own, not one a line before it introduces as an example
    (a writing guide's ``示例如下：`` over 特此通知。 and a sign-off), nor one over an attachment printed after
    the notice's date (附件 on a line of its own there, then its title and rows).

    >>> b = [Block("结尾写法如下："), Block("特此通知。"), Block("正文。"), Block("特此公示")]
    >>> [_is_closing_formula(b, i) for i in range(4)]
    [False, False, False, True]
    >>> b = [Block("特此通知。"), Block("县教育局"), Block("2025年4月8日"), Block("附件"), Block("获奖名单")]
    >>> _is_closing_formula(b, 0), _is_closing_formula(b[:3], 0)
    (False, True)
    """
    if _CLOSING_FORMULA.match(blocks[index].text) is None or (
        index and blocks[index - 1].text.rstrip().endswith(("：", ":"))
    ):
        return False
    # 附件 on a line of its own after the date: the attachment printed after the sign-off, its title and rows
    # no sign-off (a list of winners); the notice ends in its last part as it did
    after = [block.text.strip() for block in blocks[index + 1 :]]
    dated = next((k for k, text in enumerate(after) if _DATE_LINE.match(text)), len(after))
    return not any(_APPENDED_ATTACHMENT.match(text) for text in after[dated + 1 :])


def _own_text_end(headings: dict[int, _Heading], last: int) -> int:
    """The first block after the last part's opening paragraph: the paragraph under its heading, or,
    for a heading run into its paragraph (（三）进一步加强队伍建设。…), that block itself."""
    heading = headings.get(last)
    if heading is None:
        return last + 1
    return last + heading.lines + (0 if heading.body else 1)


def _last_part_heads(headings: dict[int, _Heading], begin: int, last: int) -> list[str]:
    """The headings the piece's last paragraphs sit under: walking back from the last heading, the
    last one of each family (（三）进一步加强队伍建设。 and 三、2025年工作打算 over it)."""
    families: dict[str, str] = {}
    for index in sorted((i for i in headings if begin <= i <= last), reverse=True):
        families.setdefault(headings[index].family, headings[index].text)
    return list(families.values())


def _parts_run_on(headings: dict[int, _Heading], begin: int, last: int) -> int:
    """How many blocks each part before the last one of its family (two or more) spans at least, where each
    holds two paragraphs or more (a run-in heading's own paragraph counts, as does a caption's line); 0 where
    one holds a single paragraph. Then a last part's second paragraph is as its siblings' second paragraphs
    are, its text; where each part is one paragraph, one more after the last part stands apart from them, and
    so does one after the last part's blocks as many as its siblings' (review, session 21: a plan after a last
    part of two paragraphs as its siblings' closes the story).

    >>> h = {i: _Heading("bold-lead", "甲。", "正文。") for i in (1, 3, 5)}
    >>> _parts_run_on(h, 0, 5), _parts_run_on({i: _Heading("bold-lead", "甲。", "正文。") for i in (1, 2, 3)}, 0, 3)
    (2, 0)
    """
    if last not in headings:
        return 0
    family = headings[last].family
    marks = sorted(i for i in headings if begin <= i)
    earlier = [i for i in marks if i < last and headings[i].family == family]
    if len(earlier) < 2:
        return 0
    spans = []
    for index in earlier:
        heading = headings[index]
        following = next(i for i in marks if i > index)
        if following - index - heading.lines + (1 if heading.body else 0) < 2:
            return 0
        spans.append(following - index)
    return min(spans)


def _closes_the_whole(blocks: Sequence[Block], index: int, end: int, last_part: Sequence[str] = ()) -> bool:
    """A paragraph after the last part's own text that closes the whole piece in a way of its own: a
    speech's closing wish (最后，祝…), or the address right before it (同学们，…), a look back over the
    whole span and ahead (回顾2024年，…；展望2025年，…), the writer saying the piece ends here
    (最后借书里的一句话结束这篇读后感), a notice's closing formula (特此通知。) over its sign-off. A thanks with no wish after it ends the last part (an address calling on the audience
    concludes: ``_calls_or_wishes_at_the_close``);
    a look under a last part named for it (三、工作展望, its headings ``last_part``) or leading into
    the plan's points (展望下一步，重点做好以下工作：) is that part's text.

    >>> b = [Block("一、甲"), Block("正文。"), Block("同学们，毕业不是告别。"), Block("最后，祝大家前程似锦！谢谢大家！")]
    >>> [_closes_the_whole(b, i, 4) for i in (2, 3)], _closes_the_whole(b[:3], 2, 3)
    ([True, True], False)
    """
    text = blocks[index].text
    if _CLOSING_WISH.match(text) or _ENDS_THE_PIECE.match(text) or _is_closing_formula(blocks, index):
        return True
    if (
        (span := _SPAN_AHEAD.match(text))
        and (pledge := _RESOLVE.search(text))
        and not _TOLD_DONE.search(text, pledge.end())
    ):
        # the last paragraph, a thanks (谢谢大家！) and a signature under it at most (the unit, the date); one
        # opening as the paragraph before it does (2026年，将… / 2026年，将以更加…) is the last of a part's items
        # (review, session 21)
        return _thanks_and_signature_only(blocks[index + 1 : end]) and not blocks[index - 1].text.startswith(
            span.group(0)
        )
    if _LOOK_AHEAD.match(text):
        return not _LEADS_INTO_POINTS.search(text) and not any(
            word in text and word in head for word in _LOOK_WORDS for head in last_part
        )
    if _THANKS_AGAIN.match(text):
        return not _ONE_READER.search(text)  # 再次感谢您的阅读: a letter's, to one reader
    # 同学们， / 新同事们， / 各位来宾，: a paragraph turning to the audience by name (any name ending in 们 but 我们 and
    # its kin, or 各位…) right before the closing wish opens the conclusion (session 23: 新同事们，… missed the names
    # listed before)
    if (
        bool(_TURNS_TO_READERS.match(text))
        and index + 1 < end
        and bool(_CLOSING_WISH.match(blocks[index + 1].text))
    ):
        return True
    return _calls_or_wishes_at_the_close(blocks, index, end)


def _calls_or_wishes_at_the_close(blocks: Sequence[Block], index: int, end: int) -> bool:
    """The last paragraph after the last part's own text (a thanks and a signature under it at most) turning to
    the whole audience to close the piece (session 24, the project's convention; the sets disagreed): an address
    opening it and a call on them (同志们，…。让我们… / 各位代表！…让我们… / 同事们，…希望大家…), or a short paragraph
    whose last sentence wishes the readers as a group well (…。祝大家都能… / 愿每个孩子都能…). Not a call with no
    address (a part's own sentence, …让我们看到…), a wish to one reader, a wish in the middle of a paragraph or
    ending a long one of the part's substance; the caller keeps the last part's own first paragraph.

    >>> b = [Block("一、甲"), Block("正文。"), Block("同志们，任重道远。让我们携手奋进！")]
    >>> _calls_or_wishes_at_the_close(b, 2, 3), _calls_or_wishes_at_the_close([*b, Block("正文。")], 2, 4)
    (True, False)
    >>> _calls_or_wishes_at_the_close([*b[:2], Block("路还长。祝大家都能如愿！")], 2, 3)
    True
    """
    text = blocks[index].text
    if not _thanks_and_signature_only(blocks[index + 1 : end]):
        return False
    if _ADDRESSES_AUDIENCE.match(text) and _CALLS_ON_THEM.search(text):
        return True
    return (
        _WISHES_THEM_WELL.search(text) is not None
        and len(_CN_SENTENCE_STOP.findall(text.rstrip("。！!"))) < MAX_WISH_PARAGRAPH_SENTENCES
    )


def _closes_for_the_reader(
    blocks: Sequence[Block], index: int, end: int, last_part: Sequence[str] = ()
) -> bool:
    """A short closing paragraph (or two) after the last part's own text that turns from the part's subject to the
    readers or the audience (session 26, the project's convention; issue 11): a wish or a hope for them as a group
    (最后祝各位… / 祝福大家… / …，希望大家都能…！ / 期待…) or a resolve shared with them (愿与…共勉，…: session 29), a
    reminder ending on a wish (另外提醒一句，…。祝你…！: session 29), thanks for reading (感谢大家的耐心阅读), an invitation to
    comment or share (欢迎在评论区分享… / 评论区见), a farewell (我们下期再见), a word of advice to them by name
    (最后，大家…一定要…); a thanks and a signature under it at most, and lines of another kind anywhere after it
    (``_another_kind``: a caption, an advert line the strip left). Not: a list item, a paragraph of more than
    MAX_WISH_PARAGRAPH_SENTENCES, a hope under a part whose heading hopes or looks ahead (三、下一步打算,
    ``last_part``), a hope for no readers (希望学校加强…), a wish inside a quote.

    >>> b = [Block("一、甲"), Block("正文。"), Block("写得有点乱。最后祝各位装修顺利！"), Block("我们下期再见！")]
    >>> [_closes_for_the_reader(b, i, 4) for i in (1, 2, 3)], _closes_for_the_reader(b, 3, 4, ["三、下一步打算"])
    ([False, True, True], True)
    >>> _closes_for_the_reader([*b[:2], Block("希望学校加强管理。")], 2, 3)
    False
    """
    if not _reads_to_the_reader(blocks[index], last_part):
        return False
    rest = [block for block in blocks[index + 1 : end] if not _another_kind(block)]
    if rest and _reads_to_the_reader(rest[0], last_part):
        rest = rest[1:]  # two closing paragraphs: a word of advice, then the wish (…评论区见。 / 下期见！)
    return _thanks_and_signature_only(rest)


def _reads_to_the_reader(block: Block, last_part: Sequence[str]) -> bool:
    """Whether a short paragraph, no list item, closes on the readers (``_closes_for_the_reader``)."""
    text = block.text.strip()
    if (
        block.tag == "li"
        # a list's item (3. 祝大家…); 最后，… opens the closing, no item
        or (_ANY_NUMBERED.match(text) and not text.startswith(("最后", "最後")))
        or len(_CN_SENTENCE_STOP.findall(text.rstrip("。！!"))) >= MAX_WISH_PARAGRAPH_SENTENCES
    ):
        return False
    if _WISH_OR_HOPE.search(text) or _SHARED_RESOLVE.search(text):
        return not any(_HOPEFUL_HEAD.search(head) for head in last_part)
    if _REMINDS_THEM.match(text) and _ENDS_ON_A_WISH.search(text):
        # a reminder and a wish, to one reader too (…。祝你早日修好！): an answer's last word after its steps, where a
        # reminder alone (最后提醒一句：…) is the last part's own last word (session 25)
        return True
    return any(reading.search(text) for reading in _TO_THE_READER)


def _another_kind(block: Block) -> bool:
    """A line that is no paragraph of the text nor of its signature: a picture's caption, a short line mostly link
    (阅读原文), or a short line set apart by its look (bold or centred) that runs clauses with no stop to end them
    (更多政务资讯，请关注… / 进入直播间，免费领取…: an advert line the strip left). A signer's or a date's line has
    no clause mark; a closing sentence in bold ends on its stop.

    >>> _another_kind(Block("更多资讯，请关注视频号", centered=True)), _another_kind(Block("县教育局", centered=True))
    (True, False)
    """
    text = block.text.strip()
    if block.caption:
        return True
    if len(text) > MAX_ASIDE_LINE_CHARS or text.endswith(_ITEM_END):
        return False
    return block.link_density >= MAX_STYLED_LINK_DENSITY or (
        (block.bold or block.centered) and ("，" in text or "," in text)
    )


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


def _headless_speech_closes(blocks: Sequence[Block]) -> int | None:
    """Where a speech with no headed parts closes on its closing formula (session 22): a wish (最后，祝… /
    最后，预祝…) and a thanks, the last lines of the text, the thanks on a line of its own under the wish
    (谢谢大家！) or ending the wish's paragraph (…前程似锦！谢谢大家！), with the speech's own text before it.
    A wish with anything else after it (a writer's postscript, more paragraphs, a letter's salute and
    signature), a wish with no thanks, a thanks with no wish (a call, 让我们…！, over 谢谢大家！) and a wish or
    thanks to one reader (祝您… / 谢谢您！: a letter's or a card's, review of session 22) close nothing: the
    speech is all intro, as sets C, D, L and R write it.

    >>> body = [Block("同学们："), Block("今天是个好日子。我们相聚在这里。")]
    >>> _headless_speech_closes([*body, Block("最后，预祝大家前程似锦！"), Block("谢谢大家！")])
    2
    >>> _headless_speech_closes([*body, Block("最后，祝大家前程似锦！谢谢！"), Block("（后记：掌声很热烈。）")])
    """
    count = len(blocks)
    for wish in (count - 1, count - 2):
        if wish < 1 or not _CLOSING_WISH.match(blocks[wish].text):
            continue
        if wish == count - 1:
            thanked = bool(_CLOSING_THANKS.search(blocks[wish].text))
        else:
            thanked = bool(_THANKS.match(blocks[-1].text.strip()))
        spoken = any(_CN_SENTENCE_STOP.search(block.text) for block in blocks[:wish])
        to_one = any(_ONE_READER.search(block.text) for block in blocks[wish:])
        return wish if thanked and spoken and not to_one else None
    return None


def _says_the_task_is_done(
    blocks: Sequence[Block], index: int, end: int, title: str | None, last_part: Sequence[str] = ()
) -> bool:
    """A how-to's last paragraph after its last part's own text saying the whole task it walks through is
    done (到这里，一个完整的开发环境就搭好了 / 至此，整个博客就配置完成了, session 22): what is done is the
    title's topic (a pair of its characters no heading of the last part has), and nothing but a signature
    follows. A step's result with text after it, naming the last part's own topic (到这里，常见问题就都处理好了
    under 三、常见问题), asked (…就搭好了吗？) or a whole the title does not name (a news report's 至此，整个工程的
    土建部分就完成了; review, session 22) is none.

    >>> b = [Block("一、安装"), Block("正文。"), Block("到这里，整个环境就搭好了。")]
    >>> _says_the_task_is_done(b, 2, 3, "搭建开发环境"), _says_the_task_is_done([*b, Block("接下来配置。")], 2, 4, "搭建开发环境")
    (True, False)
    """
    text = blocks[index].text
    if not text.startswith(("到", "至")) or (done := _TASK_DONE.match(text)) is None:
        return False
    if not _signature_only(blocks[index + 1 : end]):
        return False
    task = done.group(1)
    return _shares_a_pair(task, title) and not any(_shares_a_pair(task, head) for head in last_part)


# 以上是我的述职报告，… / 以上就是我的说课内容，谢谢… / 以上，纯个人经验，欢迎拍砖: the writer speaking of the whole text
# as their own (_BACK_REFERENCE and _SIGN_OFF); 就写这么多，… / 今天就分享到这里，…: the writer saying the text ends
# (就 or 先 before it: 说到这里，… alone goes on as often as it ends).
_ENDS_HERE = re.compile(
    r"^(?:就|先|暂且|暫且|今天就|今天先|本文就|本期就)(?:写|寫|说|說|聊|分享|介绍|介紹)(?:到这里|到這裡|到这儿|到這兒|这么多|這麼多)"
)
# 最后提醒大家，… / 最後想對各位說，… / 医师提醒，… / 社會局呼籲，…: a closing word of advice, the writer's to the readers
# as a group (最后 and their name) or the source's (…提醒，): the piece's own advice, said after its parts.
_CLOSING_ADVICE = re.compile(
    r"^(?:(?:最后|最後)[，,]?\s*(?:再|还|還)?(?:提醒|叮嘱|叮囑|建议|建議|想对|想對|送给|送給|想和|想跟)(?:一下)?"
    r"(?:大家|各位|诸位|諸位|所有|每一位|每位|[^，,：:。！？!?]{1,6}(?:们|們))"
    r"|[^，,。！？!?：:“”「」]{2,14}(?:提醒|呼吁|呼籲)(?:大家|民众|民眾|市民|广大[^，,：:]{1,8}|廣大[^，,：:]{1,8})?[，,：:])"
)
MAX_ADVICE_SENTENCES = 3  # a closing word of advice sums up in a sentence or two; more is a part's own text
# 食品安全关系千家万户。: the short sentence opening a closing pledge on the piece's topic (its title's).
MAX_TOPIC_SENTENCE_CHARS = 16
# 县农业农村局 / 江城市恒达精密五金有限公司 / 導師　陳怡君　敬上: a signer's line over the date, no clause, no field.
_SIGNER = re.compile(r"^[^，,。！？!?：:；;、（）()\d]{2,20}$")
# （此件主动公开） / （此件公开发布）: a notice's note under its date.
_PUBLIC_NOTE = re.compile(r"^[（(][^（）()]{2,12}[）)]$")
MAX_SIGNERS = 3  # joint notices sign with two or three bodies over one date


def _speaks_of_the_whole(
    blocks: Sequence[Block],
    index: int,
    end: int,
    title: str | None,
    last_head: Sequence[str] = (),
    parts_run_on: bool = False,
) -> bool:
    """The last paragraph after the last part's own text (a thanks and a signature under it at most) speaking of the
    whole text or to its readers rather than going on with the last part's subject (session 25, the project's
    convention; issue 11): the writer's sign-off on the whole text (以上是我的述职报告，…恳请…批评指正 / 以上就是我的说课
    内容，谢谢… / 以上，纯个人经验，欢迎拍砖 / 不当之处，敬请批评指正。), the writer saying the text ends (就写这么多，…),
    a closing word of advice to the readers as a group or the source's (最后提醒大家，… / 医生提醒，…), and a closing
    pledge of the whole body that opens on the title's topic (食品安全关系千家万户。县局将…以更严的标准、更实的举措…).
    Not: a word of advice with no readers named (最后提醒一句：…, the last part's own advice), one naming the last
    part's topic (its heading, ``last_head``), one within the paragraphs each sibling part holds (``parts_run_on``)
    or longer than MAX_ADVICE_SENTENCES; a pledge opening on another topic or told done.

    >>> b = [Block("一、甲"), Block("正文。"), Block("以上是我的工作汇报，请批评指正。")]
    >>> _speaks_of_the_whole(b, 2, 3, None), _speaks_of_the_whole([*b, Block("正文。")], 2, 4, None)
    (True, False)
    >>> _speaks_of_the_whole([*b[:2], Block("最后提醒大家，多喝水。")], 2, 3, None)
    True
    >>> _speaks_of_the_whole([*b[:2], Block("最后提醒一句：多喝水。")], 2, 3, None)
    False
    """
    text = blocks[index].text
    if not _thanks_and_signature_only(blocks[index + 1 : end]):
        return False
    if (_BACK_REFERENCE.match(text) and _SIGN_OFF.search(text)) or _ENDS_HERE.match(text):
        return True
    if _ASKS_CORRECTION.search(text) and len(_CN_SENTENCE_STOP.findall(text)) <= 1:
        return True
    if parts_run_on:
        return False
    if _CLOSING_ADVICE.match(text):
        closes = len(_CN_SENTENCE_STOP.findall(text)) <= MAX_ADVICE_SENTENCES
    else:
        topic = _first_sentence(text)
        closes = (
            topic is not None
            and len(topic) <= MAX_TOPIC_SENTENCE_CHARS
            and _shares_a_pair(topic, title)
            and (pledge := _RESOLVE.search(text, len(topic))) is not None
            and not _TOLD_DONE.search(text, pledge.end())
        )
    # naming the last part's heading (its subject) goes on with it; read last, as the dearest
    return closes and not any(_shares_a_pair(text, head) for head in last_head)


# …。我将把所学用到今后的工作中，… / …。今后我会继续… / …。在今后的工作中，我们将…: the writer's resolve for the
# time after the piece, a sentence of its own.
_HEREAFTER = "(?:今后|今後|以后|以後|将来|將來|未来|未來)"
_OWN_RESOLVE = re.compile(
    rf"[。！!]\s*(?:{_HEREAFTER}[，,]?\s*|在{_HEREAFTER}"
    r"[^，,。！？!?]{0,10}[，,]\s*)?(?:我|我们|我們)(?:也|还|還)?(?:将|將|会|會|要|一定|决心|決心)"
)
# 三、今后的努力方向 / 四、下一步打算: a last part whose heading looks ahead holds the writer's resolve as its own text
# (not 努力 alone: 三、努力钻研业务 tells what was done).
_AHEAD_HEAD = re.compile(r"今后|今後|方向|打算|计划|計劃|下一步|展望|设想|設想")
# 这次培训… / 五天的培训… / 一个月的实习… / 回顾… / 通过…: a sentence looking back on the whole of what the writer
# went through, not on one lesson of it (培训中王老师讲的案例… is the last part's own point).
_LOOKS_BACK = re.compile(
    r"这次|這次|此次|本次|这段|這段|此番|回顾|回顧|回想|总之|總之|总的来说|總的來說|通过|通過|经过|經過"
    r"|[一二两兩三四五六七八九十几幾数數半\d]+(?:天|日|周|週|个月|個月|月|年|期|学期|學期)"
)


def _resolves_after_the_whole(
    blocks: Sequence[Block], index: int, end: int, title: str | None, last_part: Sequence[str] = ()
) -> bool:
    """The last paragraph after the last part's own text (a thanks and a signature under it at most) that looks back
    on the whole of what the title names and then resolves for the time after it (session 28, issue 11; a reflection's
    or a training report's closing): its first sentence names the title's topic (a pair of the title's characters:
    五天的培训虽然短暂，… under 新任教师岗前培训心得体会 / 这次实习让我受益匪浅。), a later sentence the writer's own
    resolve (我将… / 今后我会… / 在今后的工作中，我们将…), MAX_WISH_PARAGRAPH_SENTENCES at most. Not: a first sentence
    that looks back on no whole (``_LOOKS_BACK``: 培训中王老师讲的案例… is one lesson, the last part's point), on another topic or on the last part's (its heading's pair), a resolve under a last part that looks ahead
    (四、今后的努力方向, ``_AHEAD_HEAD``), a resolve in the first sentence alone (the part's own point), a longer
    paragraph; the caller asks of none within the paragraphs each sibling part holds (``_parts_run_on``).

    >>> b = [Block("一、甲"), Block("正文。"), Block("这次培训收获很大。我将把所学用到工作中。")]
    >>> _resolves_after_the_whole(b, 2, 3, "培训心得"), _resolves_after_the_whole(b, 2, 3, "读书心得")
    (True, False)
    >>> _resolves_after_the_whole(b, 2, 3, "培训心得", ["一、今后的打算"])
    False
    """
    text = blocks[index].text.strip()
    if not _thanks_and_signature_only(blocks[index + 1 : end]):
        return False
    if len(_CN_SENTENCE_STOP.findall(text.rstrip("。！!"))) >= MAX_WISH_PARAGRAPH_SENTENCES:
        return False
    first = _CN_SENTENCE_STOP.split(text, maxsplit=1)[0]
    # a pair of content words (我的 under 我的外婆 names no topic)
    topic = _FUNCTION_CHARS.sub("，", first)
    return (
        _OWN_RESOLVE.search(text) is not None
        and _LOOKS_BACK.search(first) is not None
        and _shares_a_pair(topic, title)
        and not any(_shares_a_pair(topic, head) or _AHEAD_HEAD.search(head) for head in last_part)
    )


_FUNCTION_CHARS = re.compile(r"[的地得了着我你他她它们們是在和与與一这這那]")


def _signs_the_notice(blocks: Sequence[Block], index: int, end: int) -> bool:
    """A notice's or a report's sign-off after its last part, no closing formula over it (session 25, the project's
    convention; issue 11): from ``index`` to the end, one to MAX_SIGNERS signers' lines (the issuing body, 导师 某某
    敬上), the date on a line of its own (_SIGNED_DATE), a note in brackets under it at most ((此件主动公开)); the line
    before the first signer is the text's, not a signer's, nor a line introducing an example (示例如下：) or a closing
    formula left in its part as one (a writing guide's, ``_is_closing_formula``). An attachment's list over the signers (附件：…, 2.…) stays
    the last part's; a date with no signer, or a signer with no date, signs nothing.

    >>> b = [Block("一、甲"), Block("正文。"), Block("县教育局"), Block("2025年4月8日")]
    >>> [_signs_the_notice(b, i, 4) for i in (1, 2, 3)]
    [False, True, False]
    """
    date = end - 1
    if date > index and _PUBLIC_NOTE.match(blocks[date].text.strip()):
        date -= 1
    if not index < date <= index + MAX_SIGNERS or not _SIGNED_DATE.match(blocks[date].text.strip()):
        return False
    signers = [block.text.strip() for block in blocks[index:date]]
    return (
        all(_SIGNER.match(line) and not _SIGNED_DATE.match(line) for line in signers)
        and not _SIGNER.match(before := blocks[index - 1].text.strip())
        # 示例如下：/ 特此通知。 over it: a writing guide's example of a notice's ending, its part's text
        and not before.endswith(("：", ":"))
        and not _CLOSING_FORMULA.match(before)
    )


# 不当之处，敬请各位领导批评指正。 / …恳请组织批评指正: the writer asking the readers to correct the piece.
_ASKS_CORRECTION = re.compile(r"(?:请|請|望)[^。！？!?]{0,16}(?:批评|批評|指正|斧正|指教)")
# 让我们… / 讓我們… / 让大家…: a call to the readers, opening a sentence (谢谢您的支持，让我们… thanks in passing).
_CALL = re.compile(r"(?:^|[。！？!?]\s*)(?:让|讓)(?:我们|我們|咱们|咱們|大家)")
# 市民朋友们， / 各位乡亲， / 亲爱的同学们，: a paragraph turning to its readers by name (not 我们，).
_READERS_NAMED = r"^(?:(?!(?:我|他|她|它|咱|你)[们們])[^，,：:。！？!?]{0,8}(?:们|們)|(?:各位|诸位|諸位)[^，,：:。！？!?]{1,10})"
_TURNS_TO_READERS = re.compile(_READERS_NAMED + r"[，,]")
# 同志们，… / 各位代表！…: a paragraph opening on its audience's name, a comma or an exclamation after it.
_ADDRESSES_AUDIENCE = re.compile(_READERS_NAMED + r"[，,！!]")
# 让我们… / 新的一年，让我们… / 希望大家… / 号召…: the speaker calling on the audience (a sentence's or a clause's
# opening call, a hope of them all).
_CALLS_ON_THEM = re.compile(
    _CALL.pattern
    + r"|[，,]\s*(?:让|讓)(?:我们|我們|咱们|咱們)|希望(?:大家|各位|诸位|諸位|你们|你們|[^，,。！？!?]{1,6}(?:们|們))|号召|號召"
)
# 祝各位… / 愿每个孩子都能… / 祝大家都能…！: a wish to the readers as a group, the paragraph's last sentence.
_WISHES_THEM_WELL = re.compile(
    r"(?:^|[。！？!?]\s*)(?:祝愿|祝願|祝|愿|願)(?:各位|大家|每一位|每位|每一个|每一個|每个|每個|所有|你们|你們)"
    r"[^。！？!?]{2,40}[。！!]?\s*$"
)
MAX_WISH_PARAGRAPH_SENTENCES = 3  # a closing that sums up in a sentence or two, then the wish
# 最后祝各位… / 祝福大家… / 愿你我都能… / …，希望大家都能… / 期待与大家…: a wish or a hope for the readers as a group (the
# writer with them: 愿你我, session 27) opening the paragraph's last sentence or clause and running to its end (one
# inside a quote ends on the quote's mark, one after a colon is told: 她写道：祝大家…).
_WISH_OR_HOPE = re.compile(
    r"(?:^|[。！？!?，,]\s*)(?:最后|最後)?[，,]?\s*(?:也|还|還|真心|衷心|在此)?"
    r"(?:(?:祝福|祝愿|祝願|祝|愿|願)(?:各位|大家|诸位|諸位|每一位|每位|每一个|每一個|每个|每個|所有|你们|你們|你我|你和我"
    r"|(?:(?!我|咱|他|她|它)[\u4e00-\u9fff]){1,4}(?:们|們))"
    r"|(?:希望|期待|期盼)(?:与|與|和|跟)?(?:各位|大家|诸位|諸位|每一位|每位|你们|你們|所有人))"
    r"[^。！？!?“”「」]{2,40}[。！!～~]*\s*$"
)
# 展望 / 下一步打算 / 对新同事的希望: a part whose heading looks ahead or hopes holds its own hopes and wishes.
_HOPEFUL_HEAD = re.compile(
    r"展望|打算|计划|計劃|希望|期望|期待|寄语|寄語|建议|建議|愿景|願景|下一步|祝福|祝愿"
)
# 感谢大家的耐心阅读 / 谢谢各位看到这里 / 感謝大家的閱讀與支持: thanks to the readers for reading (not 您: a letter's).
_THANKS_FOR_READING = re.compile(
    r"(?:^|[。！？!?]\s*)(?:最后|最後)?[，,]?\s*(?:再次|真心|衷心)?(?:感谢|感謝|谢谢|謝謝)"
    r"(?:大家|各位|诸位|諸位|你们|你們)?的?(?:耐心)?"
    r"(?:阅读|閱讀|观看|觀看|收看|看完|读完|讀完|看到这里|看到這裡|读到这里|讀到這裡|支持|陪伴)"
)
# 欢迎在评论区分享… / 欢迎留言交流 / 评论区见 / 欢迎大家补充: an invitation to comment or share experiences.
_INVITES_COMMENT = re.compile(
    r"(?:评论区|評論區|留言区|留言區)(?:里|裡)?(?:见|見|聊|留言|说|說|告诉|告訴|分享|交流|讨论|討論|一起)"
    r"|(?:欢迎|歡迎)[^。！？!?]{0,12}(?:留言|评论|評論)"
    r"|(?:欢迎|歡迎)(?:大家|各位|你|您|读者|讀者|网友|網友|朋友们|朋友們|小伙伴|小夥伴)[^。！？!?]{0,12}"
    r"(?:分享|交流|讨论|討論|补充|補充)"
)
# 我们下期再见！ / 咱们下次再聊。 / 下期见！: a farewell ending the paragraph (下次见到他… goes on).
_FAREWELL = re.compile(
    r"(?:^|[。！？!?，,]\s*)(?:我们|我們|咱们|咱們|大家)?(?:下期|下次|下篇|下回|下一期|下一篇|下一次)再?"
    r"(?:见|見|再会|再會|聊|接着聊|接著聊)(?:吧|啦|哦|喔|咯)?[。！!～~…]*\s*$"
)
# 最后，大家…一定要… / 最后，各位业主记得…: a closing word of advice to the readers by their name (最后，把面团… is a
# step, naming none).
_ADVISES_THEM = re.compile(
    r"^(?:最后|最後)[，,]\s*(?:大家|各位|诸位|諸位|你们|你們|(?:(?!我|咱|他|她|它)[\u4e00-\u9fff]){1,4}(?:们|們))"
    r"[^。！？!?]{0,12}(?:一定|千万|千萬|记得|記得|别忘|別忘|务必|務必|不妨)"
)
# 另外提醒一句，… / 最后提醒一下，… / 順便提個醒，…: a closing reminder, the writer turning from the parts' subject to
# tell the reader one thing more (session 29), read with the wish that ends its paragraph (_ENDS_ON_A_WISH). A
# reminder inside a sentence (医生提醒，…, 他提醒我们…) reports someone's, and opens no paragraph on the writer's 提醒.
_REMINDS_THEM = re.compile(
    r"^(?:另外|最后|最後|顺便|順便|还要|還要|也)?[，,]?\s*(?:再|还|還|想|要)?(?:提醒|提個醒|提个醒)"
    r"(?:一句|一下|一点|一點)?(?:大家|各位|你们|你們|你|您|读者|讀者|朋友们|朋友們)?[，,：:]"
)
# …。祝你早日修好！ / …。祝陳小姐順利拿回押金。 / …。愿你…: a wish, to one reader or many, as the paragraph's last
# sentence.
_ENDS_ON_A_WISH = re.compile(
    r"[。！？!?]\s*(?:最后|最後)?[，,]?\s*(?:也|还|還|真心|衷心)?(?:祝福|祝愿|祝願|祝|愿|願)[^。！？!?“”「」]{2,30}[。！!～~]*\s*$"
)
_TO_THE_READER = (_THANKS_FOR_READING, _INVITES_COMMENT, _FAREWELL, _ADVISES_THEM)
# 愿与同期的学员们共勉，… / 以此与大家共勉。 / 與諸位同仁共勉: a resolve the writer shares with a group (共勉, urge each
# other on), opening the paragraph's last sentence or clause and running to its end (session 29): a wish for them
# and the writer together, read as _WISH_OR_HOPE is (a part whose heading hopes holds its own).
_SHARED_RESOLVE = re.compile(
    r"(?:^|[。！？!?，,]\s*)(?:最后|最後)?[，,]?\s*(?:愿|願|谨|謹|以此|就此|在此)?(?:与|與|和|同|跟)"
    r"[^。！？!?，,“”「」]{1,10}共勉[^。！？!?“”「」]{0,40}[。！!～~]*\s*$"
)
MAX_ASIDE_LINE_CHARS = 40  # an advert line or a caption the page sets between paragraphs
# …负责人表示，下一步将… / 据了解，下一步… / 记者从…获悉，今后…: the plan a news story's source states.
_REPORTED_PLAN = re.compile(
    r"^(?:[^。！？!?]{0,24}(?:表示|介绍|介紹|透露|指出|获悉|獲悉|了解到)|据(?:了解|介绍|悉)|據(?:了解|介紹|悉))[，,：:]\s*"
    r"(?:下一步|今后|今後|接下来|接下來|下阶段|下階段|未来|未來)"
)
# 2025年12月16日 / 114年8月29日 / 二〇二五年十二月十六日 / 2025.12.16: a signature's date, a line of its own.
_SIGNED_DATE = re.compile(
    r"^(?:(?:\d{2,4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})$"
)
# 此致 / 敬礼！: a letter's closing salute over its signature, a line of its own (its ！ no sentence).
_SALUTE = re.compile(r"^(?:此致|敬礼|敬禮|此致敬礼|此致敬禮)\s*[！!]?$")
MAX_SIGNATURE_LINES = 5  # 此致, 敬礼！, the signer (述职人：…, an issuing office), the date, a seal's line


def _closes_and_signs(
    blocks: Sequence[Block],
    index: int,
    end: int,
    title: str | None,
    last_part: Sequence[str] = (),
    parts_run_on: bool = False,
) -> bool:
    """A last paragraph after the last part's own text that turns to the readers to close the whole piece,
    with the signature under it that closes the piece too (session 20): a report's sign-off (以上是我的述职报告，
    …请…批评指正 / 不当之处，敬请…指正) over the signer and the date; a proposal's or an open letter's call
    (让我们…, opening the paragraph or after an address, 市民朋友们，…。让我们…) over its 落款 (此致 / 敬礼！
    over it in a letter). With no signature
    under it such a paragraph concludes too (the writer's sign-off since session 25: ``_speaks_of_the_whole``; a
    speech's 同志们，…让我们… since session 24: ``_calls_or_wishes_at_the_close``). And a news story's closing plan, its source's
    (…负责人表示，下一步将… / 据了解，下一步… / 记者从…获悉，今后…), its further reported plans and its credits
    under it at most (review rv3: two plan paragraphs close the story together): naming the
    story's topic (a pair of the title's characters) and not the last part's (a plan on that part's own
    topic is its text); a writer's own plan (下一步，局党组将…) is the last part's, as set J's j03 keeps it. Where
    the parts before the last run over two paragraphs or more each (``parts_run_on``), the plan after the last
    part's own paragraph is that part's second, as set AO's p06 keeps it (session 21); set AM's p12, whose
    parts are a paragraph each, closes on it.

    >>> b = [Block("一、甲"), Block("正文。"), Block("以上汇报，恳请组织批评指正。"), Block("汇报人：王伟"), Block("2025年1月8日")]
    >>> _closes_and_signs(b, 2, 5, None), _closes_and_signs(b, 2, 3, None)
    (True, False)
    """
    text = blocks[index].text
    after = blocks[index + 1 : end]
    plan = _REPORTED_PLAN.match(text)
    if plan is not None and parts_run_on:
        return False
    if plan is not None:
        # the source's further plans under it (…表示，下一步将…。 / 据了解，下一步还将…。) close the story with it, but
        # for one on the last part's own topic (its text, as below)
        more = next((k for k, b in enumerate(after) if not _further_plan(b.text, last_part)), len(after))
        after = after[more:]
    if not _signature_only(after):
        return False
    if plan is not None:
        rest = text[plan.end() :]
        return _shares_a_pair(rest, title) and not any(_shares_a_pair(rest, head) for head in last_part)
    if not any(_SIGNED_DATE.match(b.text.strip()) for b in after):
        return False
    if _BACK_REFERENCE.match(text) and _SIGN_OFF.search(text):
        return True
    if _ASKS_CORRECTION.search(text) and len(_CN_SENTENCE_STOP.findall(text)) <= 1:
        return True
    call = _CALL.search(text)
    return call is not None and (call.start() == 0 or bool(_TURNS_TO_READERS.match(text)))


def _thanks_and_signature_only(blocks: Sequence[Block]) -> bool:
    """Nothing, or a thanks on a line of its own (谢谢大家！) and a signature's lines under it at most: what may
    follow a closing paragraph read aloud."""
    if blocks and _THANKS.match(blocks[0].text.strip()):
        blocks = blocks[1:]
    return _signature_only(blocks)


def _signature_only(blocks: Sequence[Block]) -> bool:
    """Nothing, or a signature's lines at most: MAX_SIGNATURE_LINES short lines, no sentence but a salute."""
    return len(blocks) <= MAX_SIGNATURE_LINES and not any(
        len(b.text) > MAX_SIGN_OFF_CHARS
        or (_SENTENCE_STOP.search(b.text) and not _SALUTE.match(b.text.strip()))
        for b in blocks
    )


def _further_plan(text: str, last_part: Sequence[str]) -> bool:
    """Whether a paragraph is a reported plan (``_REPORTED_PLAN``) on no topic of the last part's heads."""
    plan = _REPORTED_PLAN.match(text)
    return plan is not None and not any(_shares_a_pair(text[plan.end() :], head) for head in last_part)


# A box after the text (a mini-program's card, a call to action) holds this many lines at most.
MAX_BOX_LINES = 2
MAX_BOX_CHARS = 80


def _summed_before_a_box(
    blocks: Sequence[Block], headings: dict[int, _Heading], begin: int, end: int, title: str | None
) -> int | None:
    """A paragraph that opens with a summing-up marker (总结一下：… / 总之，…) closes the piece though a
    short box with a heading of its own follows it (智能测保小程序 over 微信扫码，3 分钟…: a widget the
    page sets after the text): the box's heading is of another family than the part before it, which
    is one of an outline of two or more, and holds one or two short lines. What follows a summing-up
    is no part of the outline. A last part of the outline's own family (四、附件) is one."""
    order = sorted(i for i in headings if begin <= i < end)
    if len(order) < 3:
        return None
    box, part = order[-1], order[-2]
    family = headings[part].family
    lines = blocks[box + 1 : end]
    if (
        headings[box].family == family
        or sum(headings[i].family == family for i in order) < 2
        or len(lines) > MAX_BOX_LINES
        or sum(len(b.text) for b in lines) + len(headings[box].body) > MAX_BOX_CHARS
        # A heading tag over a short closing part (后记, 附：…, 参考文献) heads a part of the
        # article, unless the box reads as a widget (review R21).
        or (blocks[box].heading is not None and not _reads_as_a_widget(blocks[box:end]))
    ):
        return None
    for index in range(max(part + 2, box - 3), box):
        text = blocks[index].text
        if CONCLUSION.match(text) and _looks_back_at_the_whole(text, title):
            return index
    return None


def _reads_as_a_widget(box: Sequence[Block]) -> bool:
    """Whether a short box's lines (its heading's too) read as a widget the page sets after the
    text: mostly a link, or a call to action's, a QR code's or an online tool's words (微信扫码,
    小程序, 点击领取, 保障测算).

    >>> _reads_as_a_widget([Block("智能测保小程序"), Block("微信扫码，3 分钟测出保障缺口")])
    True
    >>> _reads_as_a_widget([Block("后记"), Block("本文写于2024年冬，是我参加县里课题研究的一点体会。")])
    False
    """
    return any(b.link_density >= 0.5 or _WIDGET.search(b.text) for b in box)


# What a widget's box says: a QR code, an app, a call to act, an online tool.
_WIDGET = re.compile(
    r"扫码|扫一扫|二维码|小程序|公众号|点击|立即|马上|领取|下载|预约|免费|关注我们|测算|测一测|计算器|在线|APP|App"
)


def _looks_back_at_the_whole(text: str, title: str | None) -> bool:
    """Whether a paragraph opening with a marker sums up: any marker but a look back does; a look
    back (回头看，…) does when the phrase after it names the whole span (这几天 / 今年 / 一路走来) or
    the title's topic (a pair of its characters), not when it is someone turning round in a story.

    >>> t = "秋天去西山徒步"
    >>> [_looks_back_at_the_whole(p, t) for p in ("回头看，石桥已经不见了。", "回头看，西山很静。", "回头看，这几天很累。", "总之，很好。")]
    [False, True, True, True]
    """
    match = _LOOK_BACK.match(text)
    if match is None:
        return True
    looked_at = match.group(1)
    return bool(_WHOLE_SPAN.match(looked_at)) or _shares_a_pair(looked_at, title)


def _shares_a_pair(phrase: str, title: str | None) -> bool:
    """Whether a phrase shares a pair of Han characters with the title (names its topic)."""
    if not title:
        return False
    return any(
        _HAN_PAIR.match(phrase[i : i + 2]) and phrase[i : i + 2] in title for i in range(len(phrase) - 1)
    )


def _sums_up_the_topic(text: str, title: str | None) -> bool:
    """A paragraph that names the piece's topic and sums it up (养花这件事，说到底… under 阳台养花
    一年，我的几点心得): the short phrase before the marker shares a pair of characters with the
    title. A connective before the marker (另一方面，归根到底…) names no topic: one step of an argument.

    >>> _sums_up_the_topic("养花这件事，说到底是耐心。", "我的养花心得"), _sums_up_the_topic("另一方面，说到底是耐心。", "我的养花心得")
    (True, False)
    """
    match = _SUMMED_TOPIC.match(text)
    if match is None or not title:
        return False
    topic = text[: text.find("，") if "，" in text else text.find(",")]
    return _shares_a_pair(topic, title)


def _closes_apart(block: Block) -> bool:
    """A paragraph set apart after the last part (after an ``<hr>``, outside the ``<details>`` the
    parts fold into) closes the piece when it is prose of its own: two sentences or more, not a
    note set apart the same way (注：文中数据… / 说明：… / 来源：…, a label and its colon), the writer
    signing off (以上，希望对你有用), a signature or an aside in brackets."""
    text = block.text
    return (
        block.apart
        and len(_CN_SENTENCE_STOP.findall(text)) >= MIN_CLOSING_SENTENCES  # not a trackback's ?p=1700
        and not _FIELD.match(text)
        and block.link_density <= MAX_CLOSING_LINK_DENSITY
        and not _ASIDE.match(text)
        and not (_BACK_REFERENCE.match(text) and _SIGN_OFF.search(text))
    )


def _closing_lines(blocks: Sequence[Block], begin: int, end: int) -> int:
    """Where the writer's closing lines start at the end of the piece: a sign-off sentence
    (以上是我的思想汇报，恳请批评指正) and the signature lines (汇报人：某某 / the date), which are no
    paragraphs of the argument (a summing-up before them is still among its last paragraphs)."""
    start = end
    while start > begin + 1 and (
        (len(text := blocks[start - 1].text) <= MAX_SIGN_OFF_CHARS and not _SENTENCE_STOP.search(text))
        or (_BACK_REFERENCE.match(text) is not None and _SIGN_OFF.search(text) is not None)
    ):
        start -= 1
    return start


def _signs_off(blocks: Sequence[Block]) -> bool:
    """Nothing, or only the short lines of a sign-off (the signer, the date) with no sentence."""
    return all(len(b.text) <= MAX_SIGN_OFF_CHARS and not _SENTENCE_END.search(b.text) for b in blocks)


def _names_every_part(text: str, headings: dict[int, _Heading], begin: int, end: int) -> bool:
    """A last paragraph that names every part again sums them up (一把算盘…；一本账簿…；一句规矩…
    over 一把旧算盘 / 一本记账簿 / 一句老规矩; 他是“百事通”，是“领头雁”，也是“铁肩膀” over three
    parts named by those nicknames): each of the three or more top headings, each a short name,
    shares with it a pair of characters no other of them has (工作 in 工作目标 / 工作措施 / 工作要求
    names none). Points headed by a sentence each (1．《劳动合同法》第十条规定，…。) are no names."""
    top = [h for i, h in sorted(headings.items()) if begin <= i < end and h.family != "essay"]
    top = [h for h in top if h.family == top[0].family] if top else []
    if len(top) < MIN_SUMMED_PARTS or any(
        len(h.text) > MAX_POINT_HEADING_CHARS or h.text.endswith(_ITEM_END) for h in top
    ):
        return False
    pairs = [{h.text[i : i + 2] for i in range(len(h.text) - 1)} for h in top]
    pairs = [{p for p in own if _HAN_PAIR.match(p)} for own in pairs]
    shared = Counter(p for own in pairs for p in own)
    return all(any(shared[p] == 1 and p in text for p in own) for own in pairs)


def _names_every_point(text: str, headings: dict[int, _Heading], last: int) -> bool:
    """A last paragraph that names the key word of every point again sums them up, where each point is headed
    by a sentence that sets its key word in quotes (小窗口要“开得准”，… / 小窗口要“办得简”，… / 小窗口要“守得暖”，…
    under …把窗口开得准、把事情办得简、把服务守得暖，才能…): the three or more heads of the last heading's
    family, after the last heading of another, each quote a word no other quotes, and the paragraph holds them
    all. Naming one of them (the last point's own), or opening on it and naming the others as its ground
    (守得暖，就是在开得准、办得简的基础上…), is that point's text.

    >>> heads = {i: _Heading("bold-lead", f"要“{w}”，做好工作。", "") for i, w in enumerate(("开得准", "办得简", "守得暖"))}
    >>> _names_every_point("把窗口开得准、把事情办得简、把服务守得暖。", heads, 2), _names_every_point("把服务守得暖。", heads, 2)
    (True, False)
    >>> _names_every_point("守得暖，就是在开得准、办得简的基础上再进一步。", heads, 2)
    False
    """
    family = headings[last].family if last in headings else None
    words: list[str] = []
    for index in sorted(headings, reverse=True):
        if index > last:
            continue
        if headings[index].family != family:
            break
        quoted = _QUOTED_WORD.search(headings[index].text)
        if quoted is None:
            return False
        words.append(quoted.group(1))
    return (
        len(words) >= MIN_SUMMED_PARTS
        and len(set(words)) == len(words)
        and all(w in text for w in words)
        # 守得暖，就是在开得准、办得简的基础上…: taking up the last point's own word, it explains that point
        and not text.startswith(words[0])
    )


def _sums_up_the_whole(blocks: Sequence[Block], index: int, end: int) -> bool:
    """The last paragraph (of the page or the essay) opens 以上 and is no sign-off."""
    text = blocks[index].text
    return index == end - 1 and _BACK_REFERENCE.match(text) is not None and not _SIGN_OFF.search(text)
