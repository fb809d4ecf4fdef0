"""The shapes the sections readings share: the heading record, the numbering schemes, sentence stops."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


# Whether any of NUMBERED opens a line, in one try: most blocks are prose that none opens, and
# the nine patterns were tried one by one on every block (issue 13: CPU of sections).
_ANY_NUMBERED = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in NUMBERED))


# （报名二维码） / （图为…）: a line wholly in brackets is an aside (a caption under its image, a
# note), never a heading, however it is set.
_ASIDE = re.compile(r"^[（(][^（）()]*[）)]$")


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


_SENTENCE_END = re.compile(r"[。！？!?：:]")
_SENTENCE_STOP = re.compile(r"[。！？!?]")


_CN_SENTENCE_STOP = re.compile(r"[。！？]")


# 最后，祝老师们工作顺利！ / 最后，衷心祝愿… / 最后，我代表…，祝… / 最后，值此…之际，祝… / 最后，再次感谢…，祝… /
# 最后，向…表示衷心的感谢！: a speech's closing wish or thanks opens its sign-off, not the last of its points; said by
# the speaker (我, 我们, 让我们…), not told of another (最后，主持人向…表示感谢 / 最后，他祝贺了…: a report's).
_CLOSING_WISH = re.compile(
    r"^(?:最后|最後)[，,]\s*(?:我们|我們|我|让我们|讓我們)?(?:代表[^，,。！？!?；;]{1,20}[，,]?\s*)?"
    r"(?:(?:值此|在|趁此|借此)[^，,。！？!?；;]{1,20}(?:之际|之際)[，,]\s*)?"
    r"(?:再次|再一次)?(?:衷心|真诚|真誠|诚挚|誠摯)?地?(?:共同|一起)?"
    r"(?:祝|预祝|預祝|感谢|感謝|向[^，,。！？!?；;]{1,24}(?:表示|致以|致)[^，,。！？!?；;]{0,8}(?:感谢|感謝|谢意|謝意|祝福|问候|問候))"
)


# A point that heads a section names it in a short phrase.
MAX_POINT_HEADING_CHARS = 20
_CLAUSE = re.compile(r"[，,；;：:]")


_ITEM_END = ("。", "！", "!", "？", "?", "；", ";")
# 上联：骏马奔腾辞旧岁 / 谜底：菱角 / 电话：…: a line that is a field, a short label and its value.
_FIELD = re.compile(r"^(?P<label>[^。！？!?：:，,；;\s]{1,6})[：:]\s*\S")


# 5月4日 星期一 晴 / 2026年5月18日: a diary's or a work log's date line heading an entry (a weekday, the
# weather after it).
_DATE_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"(?P<mark>(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*[晴阴雨雪云雾霾风转小中大暴阵雷多间]{1,6})?)$"
)


MAX_STYLED_LINK_DENSITY = 0.5


@dataclass(frozen=True)
class _Heading:
    family: str
    text: str  # the heading itself
    body: str  # the rest of the block, the start of the section's text
    lines: int = 1  # the blocks it spans (第三章 over its title line 申请与受理: two)


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


def _first_sentence(text: str) -> str | None:
    match = re.match(r"[^。！？!?]+[。！？!?]", text)
    return match.group(0) if match else None
