"""Generic metadata: title, published date, author, source and category of an article page.

Each finder returns raw strings; ArticleLoader's processors clean and type them. Evidence is
taken in order of trust: structured data (meta tags, JSON-LD), then the info line printed
near the title (`发布时间：… 来源：… 作者：…`), then the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import chain, islice, takewhile
from operator import attrgetter
from typing import NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from lxml.html import HtmlElement

from fanwen.extract import xpaths
from fanwen.extract.blocks import NO_TEXT_TAGS, PERMALINK_MARKS, text_of, text_within
from fanwen.extract.processors import (
    ACCOUNT_WORD,
    COMMA_BEFORE_TIME,
    COMMON_SURNAMES,
    COMPOUND_APART,
    COMPOUND_SURNAMES,
    COUNTER_FIELD,
    CREDIT,
    CTIME_DATE_TEXT,
    DEFAULT_TIMEZONE,
    DESK,
    EDITOR_LABEL,
    ENGLISH_DATE_TEXT,
    ENGLISH_TIME_JOIN,
    HALF_DAY,
    ORG_CHARS,
    POSTED,
    SURNAMES,
    TITLE_WORDS,
    WEEKDAY_BEFORE_TIME,
    WholeTitle,
    arabic_date,
    before_date,
    clean_author,
    counter,
    half_width,
    has_bare_roc,
    names_medium,
    no_author,
    no_source,
    parse_date,
    roc_date,
    states_nothing,
    strip_title_suffix,
    ui_label,
    wall_clock,
    work_tag,
)
from fanwen.strip.literals import first_look, literal_pattern, required_literals

_DATE = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    # ASP pages print the server's US locale: 9/17/2004 5:54:13 AM.
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
    # The month's English name (Nov 09 Sat 2024, March 5, 2024), as blog platforms print it.
    rf"|{ENGLISH_DATE_TEXT}{ENGLISH_TIME_JOIN}"
    # Unix's asctime, its time of day before the year (Wed Jan  8 22:47:15 2025: a BBS post's).
    rf"|{CTIME_DATE_TEXT})"
    # The time of day: 10:20, 10:20:31, 5:54:13 AM, 11:30 pm, 10时20分, 下午 03:27:08, 星期二 - 16:48, right after a
    # comma (a forum's 2025-11-14, 07:42 PM, session 29; not a range's 10:00-12:00),
    # and the zone an English page names after it (7:53pm EST, 9:08 GMT, 11:06am ist): the time's,
    # never a name beside the date (the source).
    rf"(?:(?:{COMMA_BEFORE_TIME}|{WEEKDAY_BEFORE_TIME})\s*(?:{HALF_DAY})?\s*\d{{1,2}}(?:[:：]\d{{2}}(?::\d{{2}})?|[时時]\d{{1,2}}分?)(?:\s*[AaPp]\.?[Mm]\b\.?)?"
    r"(?:\s*(?i:UTC|GMT|[ECMPH][SD]T|IST|BST|CES?T|JST|KST|HKT|SGT|AE[SD]T|ET|PT)(?:[+-]\d{1,2}(?::?\d{2})?)?(?![A-Za-z]))?)?"
)
# A calendar badge beside a title: the day and the year-month in two parts (06 2024-05,
# 2024.05 06), read as one date.
_BADGE = re.compile(
    r"(?P<d>\d{1,2})\s*[/|·]?\s*(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})月?"
    r"|(?P<y2>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m2>\d{1,2})月?\s*[/|·]?\s*(?P<d2>\d{2})日?"
)
_BADGE_CHARS = 20
# Emoji and pictographs (a field's icon: 📅, 👁, ✍️), never a name's characters.
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff\ufe0f"
# Who gave a speech, as its card labels the speaker (session 29): a speech's or an address's giver (演讲者, 致辞人,
# 演說者, 讲话人), a talk's (讲者, 主讲), in either script. Not 报告人: a lecture's notice names its speaker so, and
# the notice is not the lecture.
_SPEAKER_WORDS = r"(?:(?:演讲|演講|演说|演說|致辞|致詞|讲话|講話)(?:者|人)|讲者|講者|主讲|主講)"
_SPEAKER_CELLS = frozenset(
    f"{verb}{who}"
    for verb in ("演讲", "演講", "演说", "演說", "致辞", "致詞", "讲话", "講話")
    for who in ("者", "人")
) | frozenset(("讲者", "講者", "主讲", "主講"))
_LABELLED = {
    # 上传者 / 上传人: who put a document on a library site (文库) is the name it is filed under.
    "author": re.compile(
        # A credit for text and pictures (文/图：李明) ends at a separator or a space.
        rf"(?:{CREDIT}\s*[:：/|｜丨]?"
        # 文 is a label on its own only (文/张三), not the end of a word (原文|翻译, 课文/…); 作者
        # after 该, 看, 注, 系, 赏 is a toolbar's link (只看该作者, 关注作者, 打赏作者), no label; after 及,
        # 和, 与, 明 a word of a sentence (請註明出處及作者 ｜ 聯絡我們: a footer's reprint policy).
        # Who wrote up a text (撰文整理, a transcript's; 采写, an interview's) before 撰文.
        r"|(?:(?<![该該看注系赏賞及和与與明])作\s?者|撰文整理|文字整理|采访整理|採訪整理|整理撰文|采写|採寫"
        # 文字：: the writer's credit in a chain of role:name credits (供稿：… 文字：… 摄影：… 审核：…),
        # with its colon only (文字材料 is a word of the text).
        r"|撰稿人?|撰文|撰写|撰寫|记者|記者|(?<![\u4e00-\u9fff])文字(?=\s*[:：])|(?<![\u4e00-\u9fff])文"
        r"|上传者|上传人|上傳者|上傳人"
        r"|发布者|發布者|發佈者|投稿人"
        # 解读人: who interpreted a policy for a government's 政策解读 (the office is 解读机关).
        r"|解读人|解讀人"
        # 讲员 / 主讲人: who gave the sermon or the lecture the page records.
        r"|讲员|講員|主讲人|主講人"
        # Who gave a speech, in its card (演讲者：, 致辞人：, 报告人：, 主講：; the date, the place, the source under it,
        # session 29), its colon only (演讲者的…, 报告人员 are a sentence's).
        rf"|(?<![\u4e00-\u9fff]){_SPEAKER_WORDS}(?=\s*[:：])"
        # 所有者: who owns a shared document (a docs platform's). 报道：… closing a report (a
        # Malaysian or Singaporean paper's credit; not 据…报道, after other words).
        r"|所有者|(?<![\u4e00-\u9fff])(?:报道|報導|報道)(?=\s*[:：])"
        # 通讯员, 实习生: co-authors of a reporter's byline (their names join the reporter's).
        r"|通讯员|通訊員|实习生|實習生"
        # 执笔: who wrote a group's report or a unit's paper; 记录 (its colon only: not 记录时间):
        # who wrote a meeting's minutes or a trip's record; 口述: the speaker of an oral account
        # (its author, as a library catalogues it, before 整理: who wrote it up, as 供稿 (who
        # supplied the copy) a weaker credit than a writer's on its line: _SUPPORT_LABEL). Each a
        # label of its own only (not 资料整理, 会议记录, 做了记录：…).
        r"|(?<![\u4e00-\u9fff])(?:执笔人?|執筆人?|口述|供稿|整理|(?:记录|記錄)(?:人|员|員)?(?=\s*[:：]))"
        # 楼主: an old forum's thread starter (not a reply to it: 回复楼主, nor a button: 只看楼主).
        r"|(?<![复覆给給看@])楼主|(?<![复覆给給看@])樓主"
        # 回答者：教務組 黃雅婷: a Q&A page's answerer, the author of the answer the page is (session 28); a label of its
        # own with its colon only (最佳回答者将…, 回答者很多 are words of a sentence or a list's; 最佳回答者：李四 labels).
        r"|(?<![\u4e00-\u9fff])(?:最佳)?(?:回答者|解答者|答覆者|答复者|答主)(?=\s*[:：]))"
        # More names may follow after a separator, never a number (the line's date or counter): a
        # name, or a writer's unit or title (消化内科 副主任医师 潘立群: processors.clean_author).
        # The label ends at a colon, a slash (文/张三) or a bar (作者 | 张三, 作者丨张三: new media).
        r"\s*[:：/|｜丨]"
        # A writing hand standing for the label (✍️ 校学生会权益部 📅 发布于 …: a docs theme's).
        r"|[✍🖊✏]\ufe0f?)"
        # An emoji ends a name (the next field's icon).
        # (A name after the first is one name: 志工 陳秀英、林美玉 gives both whole, session 22.)
        # A name with a job title longer than that is whole (复健科 林怡君物理治疗师: a name of two to
        # four characters and the whole title after it, processors.TITLE_WORDS, session 23).
        rf"\s*([^\s|｜丨/{_EMOJI}]{{2,20}}(?:[ 、，,](?!\d)(?:(?=[\u4e00-\u9fff]{{7}})[\u4e00-\u9fff]{{2,4}}(?:{TITLE_WORDS})(?![^等\W])"
        rf"|[^\s|｜丨/:：、，,{_EMOJI}]{{2,6}}))*)"
    ),
    # 发布单位 / 发布机构: the body that published the page (a disclosure table's, a print version's).
    # Not whose data, pictures or video a line of the text credits (数据来源：…, 图片来源：…). A 资料来源
    # closing a reposted report names the paper it ran in (（資料來源：雲嶼日報）): a source.
    "source": re.compile(
        r"(?:(?<!数据|數據|图片|圖片|视频|視頻|影片|素材|照片|图表|圖表|音频|音頻)来源|(?<!数据|數據|图片|圖片|视频|視頻|影片|素材|照片|图表|圖表|音频|音頻)來源|出处|出處|稿源|转载自|轉載自|转自|轉自|发布单位|發布單位|發佈單位|发布机构|發布機構|發佈機構)"
        r"\s*[:：|｜丨]\s*"
        r"([^\s|｜丨，,；;。（）()【】\[\]<>]{2,30})"
    ),
}
# A boxed label (【发布单位】X, 〔作者〕X, ［来源］X, [作者]X: a bureau's or a county CMS's fields):
# the brackets stand for the label's colon, whichever field it labels. A bracketed tag followed
# by another bracket or a space (【原创】【图文】) labels nothing and stays.
# A value in brackets after a label (来源：[ 人民网 ]) is no label.
_BOXED_LABEL = re.compile(
    r"(?<![:：])(?<![:：] )[【〔［\[]\s*([\u4e00-\u9fff]{2,6})\s*[】〕］\]](?=[\u4e00-\u9fffA-Za-z0-9])"
)
# Who took the pictures (摄影：周涛): a gallery's pictures are the photographer's work.
_PHOTOGRAPHER = re.compile(r"(?<![\u4e00-\u9fff])(?:摄影|攝影)\s*[:：]\s*([^\s|｜丨/]{2,20})")
# Each label's pattern looks ahead for the characters its matches start with (literals.first_look):
# its alternatives open with lookbehinds, so re has no scan of its own and tries every one at every
# position of a line of prose; the look fails at once where no label starts (session 22).
_LABELLED = {field: first_look(pattern) for field, pattern in _LABELLED.items()}
_PHOTOGRAPHER = first_look(_PHOTOGRAPHER)
_LABELS = (*_LABELLED.values(), _PHOTOGRAPHER)


def _words_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A quick look for the words one of which every match of ``pattern`` holds
    (:func:`~fanwen.strip.literals.required_literals`, as a strip rule's prefilter): a text
    without one holds no match. Python's ``re`` tries each alternative of a label's pattern at
    every character (the author's label, 8 µs on a line of 80); most lines an info line is
    looked for in are prose, which holds none of its words, and the look finds that at once."""
    words = required_literals(pattern)
    if not words:  # pragma: no cover - every pattern given has words (test_metadata_speed)
        raise ValueError(f"no words every match holds: {pattern.pattern}")
    return literal_pattern(words)


# Each label's pattern with its words' look; the date's (19, 20, a month's English name).
_LABEL_TESTS = tuple((_words_of(p), p) for p in _LABELS)
_DATE_WORDS = _words_of(_DATE)
# Where an info line's next field starts: a label (simplified or traditional), the start of a
# notice (本文…, 原文…), or an address. A labelled value ends there.
_NEXT_FIELD = re.compile(
    # A label's usual prefixes first (文章来源, 信息来源): the field starts there, not at 来源.
    # A kind of text before the label (论文来源, 作品来源) too: 作者：刘晓燕 论文来源：… is 刘晓燕.
    r"(?:文章|信息|新闻|新聞|稿件|论文|論文|作品|资料|資料|图片|圖片|范文|範文|作文|教案|课件|課件|试题|試題)"
    r"(?:来源|來源|作者)|(?:所属|所屬|文章)(?:栏目|欄目|分类|分類)|来源|來源|出处|出處|稿源|本文|原文|"
    # A date's label with a word of its own before it (上网时间：, 录入日期：), a space before that.
    r"(?<=\s)[\u4e00-\u9fff]{1,2}(?:时间|時間|日期)(?=\s*[:：])|创建|創建|"
    # A role's label after a space (韦青禾　推荐人：…, 分析师：…): a short role noun and its colon.
    r"(?<=\s)[\u4e00-\u9fff]{1,3}(?:者|人|师|師)(?=\s*[:：])|"
    rf"{POSTED}|时间|時間|日期|更新|责任编辑|責任編輯|责任|責任|评论(?!员)|評論(?!員)|"
    # 上传 as a label (上传：, 上传者, 上传时间), not the end of a kind of origin (来源：用户上传).
    r"(?:上传|上傳)(?!\s|$)|页数|頁數|栏目|欄目|分类|分類|类别|類別|标签|標籤|撰稿|撰文|撰写|撰寫|"
    # 编辑 glued to a word before it is that word's job title (房产编辑 周宁, 特约编辑 王海), no label.
    rf"{EDITOR_LABEL}|责编|責編|"
    r"浏览|瀏覽|阅读|閱讀|点击|點擊|人气|人氣|字号|字號|作者|记者|記者|摄影|攝影|https?:|www\."
    # A counter's label of any of its words (點閱數：, 觀看次數：, 热度：): processors.COUNTER.
    rf"|{COUNTER_FIELD}"
    # A contact's field (解读人：王立新 联系电话：…), a reviewer's (审核：主任医师 金涛).
    r"|联系|聯繫|聯絡|电话|電話|审核|審核|审稿|審稿|审校|審校"
    # A reviewer's label glued after the writer's value (…林某醫師審閱：…, session 25): with its colon only
    # (陈某主任审定 closing a value is a reviewer's credit: processors._reviewed_by).
    r"|(?:审阅|審閱|审订|審訂|审定|審定)(?=\s*[:：])"
    # A co-author's label (记者 | 韩雨桐 通讯员 | 龚平), with its separator.
    r"|(?:通讯员|通訊員|实习生|實習生)(?=\s*[:：|｜丨/])"
    # An oral account's or a report's credits (口述：陈阿福 整理：周晓岚, 供稿：… 执笔：…).
    r"|(?:执笔|執筆|口述|供稿|整理|记录|記錄)(?=\s*[:：])"
    # The other roles of a credit chain after the writer's, with a colon or a role mark's slash (文／陈思 策划／刘建华
    # 监制｜马林, session 20): whoever planned, produced, checked or laid it out is a field of its own, no name.
    r"|(?<![\u4e00-\u9fff])(?:策划|策劃|统筹|統籌|监制|監製|出品人?|校对|校對|编审|編審|设计|設計|美编|美編|制图|製圖"
    r"|插图|插圖|绘图|繪圖|翻译|翻譯|剪辑|剪輯|主编|主編|摄像|攝像)(?=\s*[:：/／|｜丨])"
    # A credit chain's writer and picture credits (供稿：外国语学院 文字：王雨桐 图片：受访者提供).
    r"|(?<![\u4e00-\u9fff])文字(?=\s*[:：])|(?:图片|圖片)(?=\s*[:：])"
    # Any other field's label after a name's separator (张子涵　年级：初二, 张子涵、年级：初二): a short
    # word and its colon start a field no list knows.
    r"|(?<=[\s、，,])[\u4e00-\u9fff]{2,4}(?=\s*[:：])"
    # A relative date glued to the value (来源：江城发布昨天 08:47).
    r"|昨天|前天|今天|刚刚|剛剛|\d+\s*(?:分钟|分鐘|小时|小時|天)前"
    # A follow button glued to the value (来源：东川商报<button>+ 关注</button>: a self-media meta line's).
    r"|[+＋]\s*(?:关注|關注|订阅|訂閱)"
    # A reading widget's label or buttons in the next element (来源：某局<span>字体：[大 中 小]</span>, 【打印】,
    # 打印本页 关闭窗口, session 23): the page's controls, no part of the value; a name holding 字体 (字体设计协会)
    # has no colon, bracket or size after it.
    r"|(?:字体|字體|文字大小|字级|字級)(?=\s*(?:[:：\[［【(（]|[大中小]\s))"
    r"|[\[［【(（]?\s*大\s*[\]］】)）]?\s*[\[［【(（]?\s*中\s*[\]］】)）]?\s*[\[［【(（]?\s*小(?![\u4e00-\u9fff])"
    r"|[\[［【]\s*(?:打印|列印|关闭|關閉|分享|收藏)"
    r"|(?:打印|列印)(?:本页|本頁|此页|此頁)|(?:关闭|關閉)(?:窗口|视窗|視窗|本页|本頁)"
)
# In an author's value, a reporter's role starts a field only as a label (记者：…): before a name
# it is the name's role (作者：记者 孙浩 实习生 何佳, 文｜某某日报记者 周雅文), dropped by clean_author.
_NEXT_FIELD_AFTER_NAMES = re.compile(
    _NEXT_FIELD.pattern.replace("|记者|記者|", r"|(?:记者|記者)(?=\s*[:：])|")
)
# Names end at a space, a bracket or a slash, or run into an agency's dateline: the place and
# day the report was filed (記者林曉雯台北18日電, 记者王海北京5月18日电).
_NAMES = (
    r"([\u4e00-\u9fff·]{2,4}(?:[ \u3000\xa0、]+[\u4e00-\u9fff·]{2,4})*)"
    r"(?=[\s）)】\]/／]|$|[\u4e00-\u9fff]{2,6}(?:\d{1,2}月)?\d{1,2}日[电電])"
)
# "山东冠县报道", "发自北京", "上海电": where the reporter filed from, not a name.
_DATELINE = re.compile(r"\s*(?:[发發]自[\u4e00-\u9fff]{2,6}|[／/]?[\u4e00-\u9fff]{2,6}(?:报道|報導|報道))")
_REPORTER_LABEL = re.compile(
    r"^(?:实习生|實習生|实习记者|實習記者|特约记者|特約記者|首席记者|首席記者|通讯员|通訊員|記者|记者)"
)
_PHOTO_CREDIT = re.compile(r"[ \u3000\xa0]*(?:摄|攝)")
_REPORTER = re.compile(_REPORTER_LABEL.pattern[1:] + r"[ \u3000\xa0:：]*" + _NAMES)
# One is in each of _REPORTER_LABEL's labels.
_REPORTER_WORDS = ("记者", "記者", "实习生", "實習生", "通讯员", "通訊員")
# A line that is a byline and nothing else: short, no sentence punctuation.
_BYLINE_ONLY = re.compile(r"[^，。！？；,!?;]{4,40}")
# A forum reply's floor, printed where the poster's name would be (沙发 发表于 …).
_FLOOR = re.compile(r"^(?:沙发|板凳|地板|楼主|樓主|\d+楼|\d+樓|\d+#|主题|只看)")
_SIGNED = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})\s+[\u4e00-\u9fff]{2,6}(?:报道|电)[）)]")
# "… 发布时间 2005/05/17 22:11:42 by 眉间尺", "ggjjzhzz 发表于 2005-9-15": who posted it.
_POSTED_BY = re.compile(r"\d\s*(?:[AP]M)?\s*by\s+([^\s〓|｜()（）]{2,20})", re.I)
_POSTER = re.compile(
    r"([A-Za-z][\w.\-]{2,19}|[\u4e00-\u9fff]{2,4})\s*(?:发表于|发布于)\s*[:：]?\s*(?:19|20)\d{2}"
)
# A document that closes with its signer over a date (落款: 吉林省人民政府 / 2022年1月27日).
_DATE_ONLY = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_SIGNER = re.compile(r"[\u4e00-\u9fff（）()×○]{2,30}")
# A letter's closing formula glued or spaced after its signer (敬啟, 敬上, 謹啟, 谨上, 敬呈, 拜上, or 启/啟
# alone after the name): how the signer signs, no part of the name (session 22).
_CLOSING_FORMULA = re.compile(r"(?:[敬謹谨](?:啟|启|上|呈)|拜上|[启啟])$")
# A name on its own line: 2-4 Han characters, or a few such names.
_NAME_LINE = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,3}")
# Section words that sit on a line of their own under a title without being anyone's name.
_SECTION_WORDS = re.compile(
    r"^(?:前言|引言|序言|序|摘要|导语|导读|正文|目录|概述|背景|简介|提要|按语|编者按|附录|附件)$"
)
# 来源 names a medium; one that reads as a person's name (a common surname, 2-3 characters,
# no word that ends organisation names) is the writer the page credits.
_SURNAMES = COMMON_SURNAMES
_ORG_CHARS = re.compile(f"[{ORG_CHARS}]")
# (Not the start of a department's name: 编辑：新书推广部 gives no 新书推广.)
_EDITOR = re.compile(
    r"(?:责任编辑|责编|编辑)\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff]{0,2}[部室组組处處科局])"
)
# A publisher's review chain: an editor's credit and a reviewer's (审核, 审校, 终审, 签发, 校对…) beside
# it, either first, on one line.
_REVIEWER = r"(?:审核|審核|审校|審校|审稿|審稿|审定|審定|审签|審簽|[初复複终終]审|[初复複终終]審|签发|簽發|校对|校對)\s*[:：]"
_EDITOR_LABEL = r"(?:责任编辑|责编|编辑|責任編輯|責編|編輯)\s*[:：]"
_REVIEW_CHAIN = re.compile(
    rf"{_EDITOR_LABEL}[^\n。！？]{{0,24}}{_REVIEWER}|{_REVIEWER}[^\n。！？]{{0,24}}{_EDITOR_LABEL}"
)
# A translator's or compiler's credit (编译：宋雨桥, 译者：…, 翻译：…): not a word's end (本网编译).
# A credit's value ends its line or field; a colon or a sentence's punctuation after the words
# makes the label a text's (翻译：亲爱的汤姆：…, an English text's translation under it, review R9).
_TRANSLATOR = re.compile(
    r"(?<![\u4e00-\u9fff])(?:编译|編譯|译者|譯者|翻译|翻譯|编译者|編譯者)\s*[:：]\s*([\u4e00-\u9fff·]{2,6})"
    r"(?![\u4e00-\u9fff]|\s*[:：，,。；;！!？?])"
)
# (最后更新于, 发布于: the words around a label are the label's.)
_DATE_LABEL = re.compile(
    r"(?:(?:最后|最後|最近)?(?:发布|发表|時間|时间|日期|更新|發布|發佈|發表)[于於]?|Posted|Published)", re.I
)
# A counter is one only as a label, with its colon or its number (热度：88, 观看次数1234): a name
# holding a counter's word (热度资讯, 观看中国) is a name; a bare counter's label is refused by
# processors.counter where a whole value is asked.
_LABEL_WORDS = re.compile(
    rf"(?:发布|发表|更新|时间|日期|来源|作者|编辑|责任编辑|浏览|阅读|点击|次数|人气|字号|打印|关闭|分享|{COUNTER_FIELD})"
)
_INFO_MAX = 160
# A line can match _DATE or _LABELLED only if it holds one of these characters (the 1 or 2 of
# 19xx/20xx, the first character of a label); text_of's text is a part of text_content()'s, so
# a line without any is skipped before the costlier text_of.
_INFO_CHARS = re.compile(f"[{xpaths.INFO_CHARS}]")
# (A slash between digits is an item's own: a ratio, a fraction, a date in a title, 血压130/85…, 24/7.)
_CRUMB_SPLIT = re.compile(r"\s*(?:-+>|=>|>|»|›|(?<!\d)/|/(?!\d)|→|＞|>>|\||｜)\s*")
_CRUMB_PREFIX = re.compile(r"^[^\s:：]{0,5}位置\s*[:：]\s*")
# A field's label after a space ends the trail's item: a position line printing the page's fields
# after its trail (首页 > 工作动态　来源：…, … 发布时间：…; session 22).
_CRUMB_FIELD = re.compile(
    r"[\s\u3000\xa0]+[\u4e00-\u9fff]{0,4}(?:来源|來源|作者|发布|發布|發佈|发表|發表|时间|時間|日期|编辑|編輯"
    r"|浏览|瀏覽|阅读|閱讀|点击|點擊|出处|出處)\s*[:：].*$",
    re.S,
)
# A saved article's trail (来自：member > 《folder》, a personal library's): a breadcrumb when it
# has two items or more.
_FROM_PREFIX = re.compile(r"^(?:来自|來自)\s*[:：]\s*")
# A crumb wholly in book-title marks (a saved article's 《folder》) loses them; a title ending in a
# book's title (重读《平凡的世界》) keeps them, and is compared with the page's title as printed.
_ENCLOSED = re.compile(r"^[《〈](.+)[》〉]$")
_INDEX_PAGE = re.compile(r"(?:index|default)\.s?html?$|(?:index|default)\.(?:php|aspx?|jsp)$")
# Crumbs that name no channel: the home page (首页, 首頁), "this page" (正文, 资讯正文, 文章正文;
# in other words, a verb of reading before what is read, 浏览文章, 瀏覽文章, 查看内容 (Discuz's
# portal), 阅读全文, or its details, 详细内容, 内容详情, 文章页), and the position label when it
# stands as a crumb of its own (<span>您的位置</span><a>首页</a>…), and a call to click (a promotion
# linked as a level: 点击进入财富专题).
_CRUMB_SKIP = re.compile(
    r"^(?:首页|首頁|主页|主頁|网站首页|網站首頁|home|)$|正文$|正文内容$|[内內]文$"
    r"|^(?:查看|浏览|瀏覽|阅读|閱讀|阅览|閱覽|显示|顯示)(?:文章|内容|內容|详情|詳情|全文|正文|帖子|主题|主題|话题|話題)$"
    r"|^(?:文章|内容|內容|信息|資訊|资讯)?(?:详情|詳情|详细|詳細)(?:内容|內容|页|頁)?$"
    r"|^(?:文章|内容|內容)(?:内容|內容|页|頁)?$"
    r"|^(?:当前|當前|目前|您的|你的|现在|現在)?(?:所在)?位置$|^(?:点击|點擊|点此|點此)",
    re.I,
)


def title_candidates(
    doc: HtmlElement, start: HtmlElement | None = None, title: HtmlElement | None = None
) -> Iterator[str]:
    """Title strings, best first: a heading that the <title> starts with, meta, <title>. With the
    article's first element ``start`` and no ``title`` heading found (one the <title> starts with:
    :func:`~fanwen.extract.content.title_element`), the headline over its date line comes first
    where the <title> names the site and the column alone (:func:`headline_over_date`)."""
    doc_title = " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE)).strip()
    squeezed = doc_title.replace(" ", "")
    if start is not None and title is None and doc_title:
        # The body's headline is looked for first (most pages print a <title>'s part there, and
        # give none); only one the <title> does not hold asks whether its parts name the site's.
        named = _site_title_parts(doc_title)
        headline = headline_over_date(start, named) if named else None
        if headline and headline.replace(" ", "") not in squeezed and _site_and_column(doc, named):
            yield headline
    headings = xpaths.of_page(doc, xpaths.TITLE_HEADINGS)
    for heading in headings:
        text = _heading_text(heading)
        whole = text.replace(" ", "")
        if (
            2 <= len(text) <= 80
            and squeezed.startswith(whole)
            and not xpaths.site_logo(heading)
            and not _site_heading(doc_title, whole)
        ):
            # A <title> naming a course, a colon, then the activity (a learning platform's 课程: 活动 | 平台, Moodle's),
            # each the page's heading: the activity's, the deeper one, is the page's (session 29).
            yield from _heading_after_colon(squeezed[len(whole) :], heading, headings, start)
            # The <title> adds the site after the whole heading (标题｜副标题 - 站点): a separator
            # inside the heading is the title's own (a subtitle's), not a site suffix's.
            yield WholeTitle(text) if len(squeezed) > len(whole) and _TITLE_BAR.search(text) else text
        elif 2 <= len(text) <= 80 and _named_before(squeezed, whole) and not xpaths.site_logo(heading):
            # The <title> puts the school's or the body's name first (某某学校-标题, 某某中学｜标题) and
            # the page prints the heading alone: the heading is the title (session 25).
            yield text
    last = _printed_last_part(doc, doc_title)
    if last:
        yield last
    # A site builder's <title> names the page's menu item (教學計畫 | 五年乙班), not the article: the
    # page's one <h1> is the title.
    if menu_titled(doc, doc_title):
        h1 = xpaths.of_page(doc, xpaths.H1)
        if len(h1) == 1:
            yield _heading_text(h1[0])
    # A <title> naming the paper and its issue alone (an e-paper's article page: 江城日报数字报,
    # 江城日报 - 2025年03月12日 - 第05版): no article's title; the page's <h1> (the main title, between
    # the kicker and the subtitle) comes before it.
    issue = bool(doc_title) and _names_issue(doc, doc_title)
    if issue:
        # Not a banner's <h1> (the paper's or the site's name: a logo, a part of the <title>).
        parts = {" ".join(part.split()) for part in _SITE_FIRST_SEPARATORS.split(doc_title)}
        for heading in xpaths.of_page(doc, xpaths.H1):
            if (text := _heading_text(heading)) not in parts and not xpaths.site_logo(heading):
                yield text
    for meta in xpaths.of_page(doc, " | ".join(xpaths.TITLE_META)):
        yield _without_hyphened_site(doc, _without_wide_suffixes(doc, meta))
    if doc_title:
        yield _without_hyphened_site(doc, _without_wide_suffixes(doc, doc_title))
    if not issue:
        for heading in xpaths.of_page(doc, xpaths.H1):
            yield _heading_text(heading)


def _heading_text(heading: HtmlElement) -> str:
    """A heading's text without its own permalink (``<a class="headerlink" href="#rename">¶</a>``: Sphinx's, MkDocs',
    a wiki's §), a link whose whole text is such a mark; a mark that is the heading's own word stays (session 29).

    >>> from lxml.html import fragment_fromstring as f
    >>> _heading_text(f('<h1>批量重命名照片<a class="headerlink" href="#rename">¶</a></h1>')), _heading_text(f("<h1>刑法 §</h1>"))
    ('批量重命名照片', '刑法 §')
    """
    text = text_of(heading)
    if not text.endswith(_PERMALINK_ENDS):
        return text  # (most headings: no query asked)
    for link in heading.xpath(xpaths.HEADING_PERMALINKS):
        mark = text_of(link)
        if mark in PERMALINK_MARKS and text.endswith(mark):
            text = text[: -len(mark)].rstrip()
    return text


_PERMALINK_ENDS = tuple(PERMALINK_MARKS)


def _heading_after_colon(
    rest: str, heading: HtmlElement, headings: Sequence[HtmlElement], start: HtmlElement | None = None
) -> Iterator[str]:
    """Another of the page's headings the ``<title>`` prints right after the colon that follows ``heading``'s
    text (``rest``: the ``<title>`` after it, without spaces): one after ``heading`` and before the text's first
    element ``start`` (the course's heading in the page's header, the activity's over the text). A list's heading
    in a sidebar after the text is none.

    >>> from lxml.html import fragment_fromstring as f
    >>> page = f("<div><h1>九下物理</h1><h1>《浮力》教学设计</h1><p>正文</p><h2>最新动态</h2></div>")
    >>> list(_heading_after_colon(":《浮力》教学设计|平台", page[0], [page[0], page[1], page[3]], page[2]))
    ['《浮力》教学设计']
    >>> list(_heading_after_colon(":最新动态|平台", page[0], [page[0], page[1], page[3]], page[2]))
    []
    """
    if rest[:1] not in (":", "："):
        return
    # (Asked only where a colon follows the heading in the <title>: the page's order read once then.)
    order = {el: i for i, el in enumerate(heading.getroottree().iter())}
    last = order.get(start, len(order)) if start is not None else len(order)
    for other in headings:
        text = _heading_text(other)
        if (
            order[heading] < order[other] < last
            and 2 <= len(text) <= 80
            and rest[1:].startswith(text.replace(" ", ""))
        ):
            yield text
            return


def _named_before(squeezed: str, whole: str) -> bool:
    """Whether a ``<title>`` (``squeezed``, without spaces) is a body's or a site's name, a separator,
    then the heading ``whole``: 某某实验小学-标题, 某某中学｜标题, 某某县教育局_标题, 某某网 - 标题.

    >>> _named_before("青禾县实验小学-三年级语文教学设计", "三年级语文教学设计"), _named_before("临川一中｜开学典礼", "开学典礼")
    (True, True)
    >>> _named_before("2024-2025学年工作计划", "2025学年工作计划"), _named_before("读书心得-我的阅读", "我的阅读")
    (False, False)
    """
    if len(squeezed) <= len(whole) or not squeezed.endswith(whole):
        return False
    name = _NAME_THEN_BAR.fullmatch(squeezed[: len(squeezed) - len(whole)])
    return name is not None and _NAMED_BODY.search(name.group(1)) is not None


# A name and the separator a <title> joins it to the heading with (某某中学-, 某某网｜, 某某县教育局_).
_NAME_THEN_BAR = re.compile(r"([\u4e00-\u9fff（）()]{2,20})(?:-{1,2}|[—–|｜_·])")
# How a school's, a body's or a site's name ends (小学, 一中, 学院, 教育局, 医院, 某某网).
_NAMED_BODY = re.compile(
    rf"(?:[{ORG_CHARS}網]|学校|學校|[小中大]学|[小中大]學|学院|學院|[一二三四五六七八九十]中|中心|公司)$"
)


def _site_heading(doc_title: str, whole: str) -> bool:
    """Whether a heading the ``<title>`` starts with (``whole``, its text without spaces) is the site's
    name the ``<title>`` ends with, its start only inside a word: a government site prints its name as
    a heading (某某市人民政府), and its office's notice is titled by the office's name
    (``某某市人民政府办公室关于…的通知_通知公告_某某市人民政府``; session 22). A heading that ends where
    the <title>'s word does (a separator, a space, a mark after it) is the title.

    >>> t = "某某市人民政府办公室关于年报的通知_通知公告_某某市人民政府"
    >>> _site_heading(t, "某某市人民政府"), _site_heading("某某市人民政府 - 首页", "某某市人民政府")
    (True, False)
    >>> _site_heading("我的妈妈作文400字_小学作文_某某网", "我的妈妈")
    False
    """
    seen = 0
    for char in doc_title:
        if seen == len(whole):
            if not char.isalnum():
                return False
            break
        seen += not char.isspace()
    else:
        return False
    parts = [part.replace(" ", "") for part in _SITE_FIRST_SEPARATORS.split(doc_title)]
    return len(parts) > 1 and parts[-1] == whole


def _site_title_parts(doc_title: str) -> list[str]:
    """The parts of a ``<title>`` that may name a site and its column, each short (``某某县人民政府
    - 工作动态``, ``工作动态_某某县人民政府``, the site's name alone: ``某某县人民政府``); none otherwise.

    >>> _site_title_parts("某县政府 - 工作动态"), _site_title_parts("全县召开老旧小区改造工作推进会暨现场观摩会_某县政府")
    (['某县政府', '工作动态'], [])
    """
    parts = [" ".join(part.split()) for part in _SITE_FIRST_SEPARATORS.split(doc_title) if part.strip()]
    if not parts or any(len(part) > _SITE_PART_CHARS for part in parts):
        return []
    return parts


def _site_and_column(doc: HtmlElement, parts: Sequence[str]) -> bool:
    """Whether a ``<title>``'s ``parts`` name the site and its column alone: each a link's text, a
    logo's name or ``og:site_name`` on the page (the menu's, the trail's, the home link's; the
    site's as its home link prints it: ``某某县首页``, :data:`~fanwen.extract.xpaths.SITE_HOME_NAMED`).
    One name alone must be the site's so (a logo's, ``og:site_name``, the home link's), not any
    link's or picture's. An article's title is printed as a heading, not a link's text.

    >>> from lxml.html import document_fromstring as d
    >>> page = d('<img alt="某县政府"><a href="/">首页</a><a href="/gzdt/">工作动态</a><h2>全县召开推进会</h2>')
    >>> _site_and_column(page, ["某县政府", "工作动态"]), _site_and_column(page, ["全县召开推进会", "某县政府"])
    (True, False)
    """
    if len(parts) == 1:
        # One name alone (某某县人民政府) is a site's only where the page gives it as its site's.
        return bool(xpaths.with_text(doc, xpaths.SITE_HOME_NAMED, parts[0]))
    return all(
        xpaths.with_text(doc, xpaths.SITE_NAMED, part) or xpaths.with_text(doc, xpaths.SITE_HOME_NAMED, part)
        for part in parts
    )


# A site's or a column's name in a <title> is at most this long (某某省某某市某某县人民政府).
_SITE_PART_CHARS = 20


def headline_over_date(start: HtmlElement, parts: Sequence[str] = ()) -> str | None:
    """The headline printed over the article's date line, in the body: the line just before the
    date line that comes before the article's first element ``start``, set as a headline is (a
    heading, a bold or a centred line: not an <h1> only, a county site's <h2>, an old CMS's
    ``<div align="center"><b>…</b></div>``), a headline's length, no sentence, no link, and none of
    the ``<title>``'s ``parts`` (the column's name over its box). None where the page prints none
    so: the caller keeps what it had.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div><h2>全县召开推进会</h2><p>发布时间：2025-03-12</p><div id="c">正文。</div></div>')
    >>> headline_over_date(box.find("div"))
    '全县召开推进会'
    >>> box = f('<div><p>本网讯，全县召开推进会。</p><p>发布时间：2025-03-12</p><div id="c">正文。</div></div>')
    >>> headline_over_date(box.find("div")) is None
    True

    The article's element may open with the headline and the date line itself:

    >>> box = f('<div><div id="c"><h3>全县召开推进会</h3><p>发布时间：2025-03-12</p><p>正文。</p></div></div>')
    >>> headline_over_date(box.find("div"))
    '全县召开推进会'
    """
    dated = False
    over = False  # a line over the date line looked at
    run: list[tuple[int, str]] = []  # the headline lines over the date line, nearest first
    for seen, el in enumerate(_lines_before(start)):
        text = " ".join(el.text_content().split())
        if not dated:
            if seen >= _DATE_LINES:
                break  # the date line is just before the article, not the header's far above
            dated = _is_date_line(text) and not _TODAY.match(text)
            continue
        over = True
        if _SUBTITLE_DASH.match(text) and _headline_set(el) is not None:
            continue  # a subtitle under the headline (——全县推进会部署下一阶段工作)
        rank = _headline_rank(el, text, parts)
        if rank is None:
            break
        run.append((rank, text))
    if run:
        # A kicker over the headline and a subtitle under it (引题, 主题, 副题): the line set
        # largest is the headline; of one look, the nearest.
        return min(run, key=lambda line: line[0])[1]
    if over:
        return None
    # The article's element opening with them (<div><h2>…</h2><p>发布时间：…</p><p>…</p></div>).
    opening = list(islice(_lines_from(start), 2))
    if len(opening) == 2 and _is_date_line(" ".join(opening[1].text_content().split())):
        text = " ".join(opening[0].text_content().split())
        return text if _is_headline(opening[0], text, parts) else None
    return None


def _is_date_line(text: str) -> bool:
    """Whether a line is short and dated: an info line."""
    return len(text) <= _INFO_MAX and _DATE.search(text) is not None


def _is_headline(el: HtmlElement, text: str, parts: Sequence[str]) -> bool:
    """Whether a line over the date line is a headline: set as one, a headline's length, no
    sentence, no date, no link, and none of the ``<title>``'s ``parts``."""
    return _headline_rank(el, text, parts) is not None


def _headline_rank(el: HtmlElement, text: str, parts: Sequence[str]) -> int | None:
    """How large a line over the date line is set as a headline (1 an <h1>, … 6 an <h6>, 7 bold, 8
    centred: :func:`_headline_set`); None where it is no headline: not set as one, not a
    headline's length, a sentence, a date, a link, a ``<title>``'s part, a page's label over its
    box (信息详情, 正文内容: ``_CRUMB_SKIP``), or a subtitle (a line opening with a dash:
    ``——全县推进会部署下一阶段工作``)."""
    if not (
        _HEADLINE_MIN <= len(text) <= _TITLE_CHARS * 2
        and not _SENTENCE_END.search(text)
        and not _SUBTITLE_DASH.match(text)
        and not _CRUMB_SKIP.search(text)  # a page's label over its box (信息详情, 正文内容)
        and _DATE.search(text) is None
        and text not in parts
    ):
        return None
    rank = _headline_set(el)
    if rank is None or any("".join(a.text_content().split()) for a in el.iter("a")):
        return None
    return rank if next(el.iterancestors("a"), None) is None else None


def _reversed_before(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements before ``el`` in the document, its ancestors aside, nearest first (a walk, as
    lazy as the few lines looked at need)."""
    for up in chain((el,), el.iterancestors()):
        for sibling in up.itersiblings(preceding=True):
            yield from _reversed_tree(sibling)


def _reversed_tree(el: HtmlElement) -> Iterator[HtmlElement]:
    """An element's descendants in reverse document order, then the element."""
    for child in reversed(el):
        yield from _reversed_tree(child)
    yield el


def _lines_from(start: HtmlElement) -> Iterator[HtmlElement]:
    """The lines inside ``start``, in reading order: each an element with text and no block
    inside, its outermost such element."""
    inside: HtmlElement | None = None
    for el in start.iter():
        if not isinstance(el.tag, str) or el.tag in xpaths.DROP_TAGS:
            continue
        if inside is not None and any(up is inside for up in el.iterancestors()):
            continue
        if any(isinstance(c.tag, str) and c.tag in xpaths.BLOCK_TAGS for c in el):
            continue
        if el.text_content().strip():
            inside = el
            yield el


def _lines_before(start: HtmlElement) -> Iterator[HtmlElement]:
    """The lines printed before ``start``, nearest first, a few: each an element with text and no
    block inside (a container's blocks are its lines), the outermost such element of its line
    (``<div align="center"><b>…</b></div>`` is one line, its <div>)."""
    line: HtmlElement | None = None
    count = 0
    for el in _reversed_before(start):
        if not isinstance(el.tag, str) or el.tag in xpaths.DROP_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in xpaths.BLOCK_TAGS for c in el):
            continue
        if line is not None and any(up is el for up in line.iterancestors()):
            line = el  # the same line, its outer element
            continue
        if line is not None and line.text_content().strip():
            yield line
            count += 1
            if count >= _HEADLINE_LINES:
                return
        line = el
    if line is not None and line.text_content().strip():
        yield line


def _headline_set(el: HtmlElement) -> int | None:
    """How a line is set as a headline, largest first: a heading's level (1 to 6), 7 bold, 8
    centred (its element or the one element it holds: ``<div align="center"><b>…</b></div>``,
    ``<p style="text-align:center">``); None where it is set as none."""
    best: int | None = None
    for box in (el, el[0] if len(el) == 1 and isinstance(el[0].tag, str) else el):
        rank = _HEADLINE_BOXES.get(box.tag)
        if rank is None and (
            (box.get("align") or "").lower() == "center" or _CENTRED.search(box.get("style") or "")
        ):
            rank = _CENTRED_RANK
        if rank is not None and (best is None or rank < best):
            best = rank
    return best


_HEADLINE_BOXES = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "b": 7, "strong": 7, "center": 8}
_CENTRED_RANK = 8
_SUBTITLE_DASH = re.compile(r"[—－–-]")
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_SENTENCE_END = re.compile(r"[。！？!?；;]$|[，,。]")
_HEADLINE_MIN = 4
# The lines looked at before the article: its date line (a source's line before it is the info
# line's), and the headline's run over it (a subtitle, the headline, a kicker).
_HEADLINE_LINES = 5
# The date line is one of the lines just before the article (a source's line may come after it).
_DATE_LINES = 2
# A header's clock (今天是：2025年3月14日 星期五, 今日：…, 当前时间：…): today's date, no article's.
_TODAY = re.compile(r"(?:今天是|今天|今日|今日是|當前時間|当前时间|现在时间|現在時間)\s*[:：]?\s*\d")


def _without_hyphened_site(doc: HtmlElement, title: str) -> str:
    """A ``<title>`` without the site's name a double hyphen joins to it (an e-paper's and an old
    CMS's ``标题--中国建设报``, ``标题--大河网``): only when the page names its site so (its logo's
    ``alt``, a link, ``og:site_name``) or prints the title before it as a line of its own (its
    heading). Headings print double hyphens of their own (``2024--2025学年``, ``Java基础--集合框架``):
    the loader's ``strip_title_suffix`` never cuts at one, and a range's (digits on both sides)
    is no separator.

    >>> from lxml.html import document_fromstring as d
    >>> page = d('<td class="bt">让老旧小区焕发新活力</td><p>关于2024</p>')
    >>> _without_hyphened_site(page, "让老旧小区焕发新活力--中国建设报")
    '让老旧小区焕发新活力'
    >>> _without_hyphened_site(page, "关于2024--2025学年的通知"), _without_hyphened_site(page, "Java基础--集合框架")
    ('关于2024--2025学年的通知', 'Java基础--集合框架')
    """
    parts = _DOUBLE_HYPHEN.split(title)
    if len(parts) < 2:
        return title
    first = " ".join(parts[0].split())
    if xpaths.with_text(doc, xpaths.TEXT_PRINTED, first) or xpaths.with_text(
        doc, xpaths.SITE_NAMED, parts[-1].strip()
    ):
        return first
    return title


# A double hyphen between words (标题--某某报), not a range's between digits (2024--2025).
_DOUBLE_HYPHEN = re.compile(r"(?<![\d\s])\s*-{2,}\s*(?![\d\s])")


def _names_issue(doc: HtmlElement, doc_title: str) -> bool:
    """Whether a ``<title>`` names a paper's edition and nothing else: each of its parts an
    e-paper's word (``…数字报``, ``…日报电子版``), a date, a page of the issue (``第05版：要闻``,
    ``A3版``) or the site's name (its logo's ``alt``, a link, ``og:site_name``), one of them the
    e-paper's word or the issue's page. A date alone is a diary's or a daily digest's title, and a
    document's ``电子版`` (``新生入学指南电子版``) no paper's.

    >>> from lxml.html import document_fromstring as d
    >>> page = d('<img alt="江城日报"><h1>让老旧小区焕发新活力</h1>')
    >>> _names_issue(page, "江城日报数字报"), _names_issue(page, "江城日报 - 2025年03月12日 - 第05版：要闻")
    (True, True)
    >>> _names_issue(page, "让老旧小区焕发新活力 - 江城日报"), _names_issue(page, "数字报让生活更方便")
    (False, False)
    >>> _names_issue(page, "2025年03月12日 - 江城日报"), _names_issue(page, "新生入学指南电子版 - 江城日报")
    (False, False)
    """
    parts = [part.strip() for part in _SITE_FIRST_SEPARATORS.split(doc_title) if part.strip()]
    issue = [
        bool(
            _EDITION.search(part)
            or _ISSUE_PAGE.fullmatch(part)
            or (_DATE.match(part) is not None and len(_DATE.sub("", part).strip()) <= _WEEKDAY_CHARS)
        )
        for part in parts
    ]
    # Most <title>s name no issue: the page's links are looked up only for one that does.
    named = any(_EDITION.search(part) or _ISSUE_PAGE.fullmatch(part) for part in parts)
    return named and all(
        said or xpaths.with_text(doc, xpaths.SITE_NAMED, part)
        for said, part in zip(issue, parts, strict=True)
    )


# An e-paper's name for itself (江城日报数字报, 某某报电子版, 数字报刊平台), ending a <title>'s part:
# 电子版 / 数字版 after a paper's name (…报, …刊) or alone, not a document's (入学指南电子版).
_EDITION = re.compile(
    r"(?:数字报|數字報|电子报|電子報|数字报刊|數字報刊|电子报刊|電子報刊"
    r"|(?:^|(?<=[报報刊]))(?:电子版|電子版|数字版|數字版))(?:平台|系统|系統)?$"
)
# A page of a paper's issue (第05版：要闻, 第A3版, A3版, 版次：A3).
_ISSUE_PAGE = re.compile(
    r"(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}\s*版|版次\s*[:：]\s*[A-Z]?\d{1,3})(?:\s*[:：]?\s*\S{1,8})?"
)
# What a date's part may add (星期三).
_WEEKDAY_CHARS = 3


def menu_titled(doc: HtmlElement, doc_title: str) -> str | None:
    """The menu item a ``<title>``'s first part names, when it is one: a site builder titles each
    page after its menu link (``教學計畫 | 五年乙班``), and that item is the page's channel.

    >>> from lxml.html import document_fromstring as d
    >>> menu = '<ul><li><a href="/">首頁</a></li><li><a href="/news">公告</a></li><li><a href="/plan">教學計畫</a></li></ul>'
    >>> menu_titled(d(menu), "教學計畫 | 五年乙班"), menu_titled(d(menu), "開學通知 | 五年乙班")
    ('教學計畫', None)
    >>> menu_titled(d(menu + "<h1>教學計畫</h1>"), "教學計畫 | 五年乙班") is None
    True
    >>> menu_titled(d(menu + "<h4>教學計畫</h4><h1>期末考試範圍</h1>"), "教學計畫 | 五年乙班")
    '教學計畫'
    """
    first = strip_title_suffix(doc_title) if doc_title else None
    if not first or first == doc_title.strip() or len(first) > _CHANNEL_CHARS:
        return None
    if not any(map(_in_menu, xpaths.with_text(doc, xpaths.LINK_NAMED, first))):
        return None
    # The page's <h1> printing it, outside a link, names its article so (a scenic spot's page
    # titled 景区名_景点介绍_站名 whose side list links the spot). Printed unlinked elsewhere, it is
    # the channel's name still: the left column's box heading, the trail's current crumb.
    return None if xpaths.with_text(doc, xpaths.TEXT_IN_H1_UNLINKED, first) else first


def _printed_last_part(doc: HtmlElement, doc_title: str) -> str | None:
    """The last part of a ``<title>`` that prints the site (and its channel) first and the
    article's title last (``城关二小--城关二小春季运动会方案``, ``範例站 - 申請書 - 標題``): the last
    part, longer than the first (a title is longer than a site's name; ``标题 - 范文网`` prints
    the site last), when the page prints it at the end of a line (its title's element, or
    ``申請書: 標題``, a channel's link before it).

    >>> from lxml.html import document_fromstring as d
    >>> _printed_last_part(d("<p>城关二小2026年春季运动会方案</p>"), "城关二小--城关二小2026年春季运动会方案")
    '城关二小2026年春季运动会方案'
    >>> _printed_last_part(d("<p>范文网</p>"), "2024年度工作总结 - 范文网") is None
    True
    >>> _printed_last_part(d("<p>范文网</p>"), "") is None
    True
    """
    parts = [" ".join(part.split()) for part in _SITE_FIRST_SEPARATORS.split(doc_title) if part.strip()]
    if len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    if len(last) <= len(first) or len(last) < _TITLE_MIN_CHARS:
        return None
    if xpaths.with_text(doc, xpaths.SITE_NAMED, last):
        return None  # the site's name last (Opinion | … - The New York Times: its logo, og:site_name)
    # Printed as a text of its own, a channel's link and a colon at most before it: not a title
    # and its subtitle in one heading (标题 – 副标题), nor a photo's credit (Doug Mills/The Times).
    lines = (" ".join(str(node).split()) for node in xpaths.with_text(doc, xpaths.TEXT_ENDING, last))
    return last if any(not line[: len(line) - len(last)].strip(_LEAD) for line in lines) else None


# What separates a <title>'s parts when the site comes first: a spaced hyphen, a dash, a double
# hyphen (城关二小--标题), an underscore or a bar.
_SITE_FIRST_SEPARATORS = re.compile(r"\s*-{2,}\s*|\s+[-—–|｜]{1,2}\s+|\s*[_｜|]\s*")
_TITLE_MIN_CHARS = 6
# A bar or an underscore inside a heading (标题｜副标题), which strip_title_suffix cuts at.
_TITLE_BAR = re.compile(r"[_｜|]")
# What may stand before a printed title in its text: a colon or an arrow after a channel's link.
_LEAD = " :：»›>"


def _without_wide_suffixes(doc: HtmlElement, title: str) -> str:
    """A ``<title>`` without the parts a traditional site joins to it with a full-width hyphen and
    no spaces (``標題－欄目－某某網``; the spaced separators, `` - ``, ``_``, are the loader's
    ``strip_title_suffix``): the last part when it names the site (``…網``, ``…站``, an address,
    which the page names so elsewhere: its logo, a link, ``og:site_name``), then up to two parts
    before it that a menu on the page links (its channels). A hyphen of the title's own stays
    (``2024－2025學年``, ``中國－東協博覽會``, ``春節返鄉－擠上最後一班車的火車站``): what is left of the
    title is no site's name nor a linked channel, and a page that prints the whole ``<title>`` as a
    line keeps it.

    >>> from lxml.html import document_fromstring as d
    >>> menu = '<p><a href="/">某某作文網</a> <a href="/zj/">週記</a> <a href="/yj/">演講稿</a></p>'
    >>> _without_wide_suffixes(d(menu), "2024－2025學年寒假週記－週記－某某作文網")
    '2024－2025學年寒假週記'
    >>> _without_wide_suffixes(d(menu), "中國－東協博覽會在南寧開幕")
    '中國－東協博覽會在南寧開幕'
    """
    parts = title.split("－")
    site = parts[-1].strip()
    if (
        len(parts) < 2
        or not _SITE_NAME.search(site)
        or not xpaths.with_text(doc, xpaths.SITE_NAMED, site)
        or xpaths.with_text(doc, xpaths.TEXT_PRINTED, " ".join(title.split()))
    ):
        return title
    parts.pop()
    for _ in range(2):
        channel = parts[-1].strip()
        if len(parts) < 2 or not any(map(_in_menu, xpaths.with_text(doc, xpaths.LINK_NAMED, channel))):
            break
        parts.pop()
    return "－".join(parts)


class Line(NamedTuple):
    """An info line, whether it is printed below the article's content region, whether it
    sits between the page's title heading and the article (beside or under the title), whether
    it is an item of a list of links (a title link and its date: another page's), and whether
    it is a line of a book's card (书名 / 作者 / 出版社: its 作者 is the book's writer)."""

    text: str
    below: bool = False
    near: bool = False
    listed: bool = False
    book: bool = False
    # Whether a dated line is one of the article's own text (inside its first or last element).
    inside: bool = False
    # Whether the line is the one just above the title in the article's own box (a kicker line:
    # <div class="src">來源：中央社</div><h2>…): the article's, no sidebar's (review rev3).
    above: bool = False
    # Whether a dated line adjoins the article: the first line after the text with nothing between
    # (no text, no link), or one above the title with nothing between, in a box holding no link
    # (``_adjoins``): where a page's own date stands beside an update bar (session 28).
    adjoins: bool = False


def info_lines(
    doc: HtmlElement,
    region: HtmlElement | None = None,
    limit: int = 40,
    title: HtmlElement | None = None,
    start: HtmlElement | None = None,
) -> list[Line]:
    """Short lines that carry a date or an author/source label: the page's info line(s).

    Lines met after the last element of ``region`` (the content region's last element) are
    marked ``below``: comments, related-article lists and footers sit there. With the page's
    ``title`` heading and the region's first element ``start``, lines from the title up to the
    article are marked ``near``: the article's own info line sits there, where a sidebar's or a
    list's dated lines never do.
    """
    lines: list[Line] = []
    seen: dict[str, int] = {}
    taiwanese: list[bool] = []  # whether the page dates by the ROC calendar, looked up once if needed
    day_first: list[bool] = []  # whether the page writes its slash dates day first, likewise
    end = None if region is None else _last_descendant(region)
    holders, below, near, own_texts = info_text_holders(doc, end, title, start)
    kicker = _kicker(title, start)
    texts = {up for up in (start, region) if up is not None}  # the article's first and last elements
    # The page's own address as its title heading links it (a post's permalink).
    permalinks = (
        frozenset(href for a in title.iter("a") if (href := a.get("href")))
        if title is not None
        else frozenset()
    )
    # The holders in a script or a style, known from the parent's answer: a holder's ancestors are
    # holders, met before it (text_within, not text_of's climb up the ancestors for each holder).
    coded: set[HtmlElement] = set()
    for el, own_text in zip(holders, own_texts, strict=True):
        if el.tag in NO_TEXT_TAGS or (coded and el.getparent() in coded):
            coded.add(el)
        if el.tag in _DROP or el.tag == "title":
            continue
        # (Its children's tags read in C: a generator's frame per holder cost more than the test.)
        if len(el) and not xpaths.BLOCK_TAGS.isdisjoint(map(_TAG, el)):
            own = half_width((own_text or "").strip())
            if not own and el.tag in _VALUE_CELLS:
                # A cell's text after its children (<td><div>#3</div><a name="r3"></a>2025-11-14, 07:42 PM</td>: a
                # forum post's header, the date an anchor's tail), or its value held in a paragraph, read with its
                # label (a docs field list's <dt>作者:</dt><dd><p>何静宜</p></dd>, Sphinx's): session 29.
                own = half_width(
                    " ".join(tail.strip() for child in el if (tail := child.tail) and tail.strip())
                )
                if not own and (label := _cell_label(el)):
                    own = f"{label}：{half_width(text_of(el))}"
            if not own:
                continue
            text = own
        else:
            # text_content() is cheap; the careful text_of only runs on lines short enough to matter.
            # A leaf's is its .text (a comment or a processing instruction is a child too): the
            # XPath string() lxml evaluates for it is not needed for most of a page's holders.
            # (As the holders' walk read it: lxml decodes a new string at every .text, and a
            # paragraph's is a long one.)
            content = (own_text or "") if len(el) == 0 else el.text_content()
            if len(content) > _INFO_MAX * 4 or (len(content) > _INFO_MAX and _no_line_in(el, content)):
                continue
            label = _cell_label(el)
            # (A field's cell in the info table's row opens with its label: 發佈單位：….)
            if not label and not _holds_info_char(content) and not _LABELLED["source"].match(content.strip()):
                continue
            text = half_width("" if el in coded else text_within(el, content))
            # (A <br> parts the lines of its element itself: _br_lines.)
            if len(el) and _AUTHOR_WORDS.search(text) and next(el.iter("br"), None) is None:
                text = _name_element_ends(el, text)
            if label:
                text = f"{label}：{text}"
        # 作者：…<br>来源：…: each line set apart by <br> is a line of its own (a value ends there).
        pieces = (
            _timed(_br_lines(el, text)) if text and next(el.iterchildren("br"), None) is not None else [text]
        )
        for piece in pieces:
            if not piece or len(piece) > _INFO_MAX:
                continue
            # A slash date's order is the page's (a day-first page's 05/06/2024 is 5 June): read
            # with the page, before the reading of the text alone.
            piece = _day_first(doc, piece, day_first)
            if "【" in piece or "〔" in piece or "[" in piece or "［" in piece:
                piece = unboxed_labels(piece)
            if has_bare_roc(piece):
                # A bare ROC date (113-04-30) is one on a Taiwanese page only: the page decides.
                piece = badge_date(arabic_date(_common_era(doc, piece, taiwanese)))
                dated, labelled = _line_kind(piece)
            else:
                piece, dated, labelled = _read_line(piece)
            if labelled and piece not in seen:
                seen[piece] = len(lines)
                # A badge's date is read at the element holding its parts; one part is near.
                is_near = el in near or (dated and any(d in near for d in el.iterdescendants()))
                inside = bool(dated) and any(up in texts for up in chain((el,), el.iterancestors()))
                listed = (
                    bool(dated)
                    and not is_near
                    and (
                        _links_item(el, piece, permalinks)
                        or _cites(el, piece)
                        or (not _DATE_LABEL.search(piece) and _table_record(el, inside))
                    )
                )
                book = "作" in piece and _book_card(el, piece)
                above = kicker is not None and (el is kicker or kicker in el.iterancestors())
                adjoins = (
                    bool(dated) and not is_near and not listed and not inside and _adjoins(el, end, title)
                )
                lines.append(Line(piece, el in below, is_near, listed, book, inside, above, adjoins))
            elif labelled and el in near and not lines[seen[piece]].near:
                # The same line again, in the element that holds it (<p><span>2023-05-06</span></p>):
                # the zone marks the text's own element, the line was taken at its ancestor.
                lines[seen[piece]] = lines[seen[piece]]._replace(near=True, listed=False)
        if len(lines) >= limit:
            break
    return lines


_ADJOIN_STEPS = 6


def _adjoins(el: HtmlElement, end: HtmlElement | None, title: HtmlElement | None) -> bool:
    """Whether a dated element stands right after the article's text (``end``, its last element) or right above
    its ``title`` with nothing between: walking from it towards the anchor, sibling by sibling and up its
    ancestors, no element passed holds text or a link (a comment box's 网友评论 heading, a related item's link), and
    above the title its own box holds no link (a notice ticker's date beside its item). Session 28: the page's own
    date beside a bar that dates only an update (``_published_before_the_update``).

    >>> from lxml.html import fromstring
    >>> doc = fromstring('<div><div id="t"><p>正文。</p></div><div><h3>网友评论</h3><p id="c">发表于 2024-02-10</p></div>'
    ...     '<p id="d">发布时间：2019-10-09</p></div>')
    >>> end = doc.get_element_by_id("t")[0]
    >>> _adjoins(doc.get_element_by_id("c"), end, None), _adjoins(doc.get_element_by_id("d"), end, None)
    (False, False)
    >>> _adjoins(doc.get_element_by_id("d"), doc.get_element_by_id("c"), None)
    True
    """
    for anchor, backward in ((end, True), (title, False)):
        if anchor is None:
            continue
        if (
            not backward
            and (parent := el.getparent()) is not None
            and next(parent.iter("a"), None) is not None
        ):
            continue
        holders = {anchor, *anchor.iterancestors()}
        at = el
        for _ in range(_ADJOIN_STEPS):
            step = at.getprevious() if backward else at.getnext()
            if step is None:
                at = at.getparent()
                if at is None or at in holders:
                    break
                continue
            if step in holders:
                return True
            if text_of(step).strip() or next(step.iter("a"), None) is not None:
                break
            at = step
    return False


def _name_element_ends(el: HtmlElement, text: str) -> str:
    """An info line's ``text`` with an author's value ended where the name's element ends: a
    reader's or a blog's info box prints the work's tags in sibling elements after the name with
    nothing between them (``作者：<a>温北辰</a><span>现实</span><span>连载中</span>``), which a line's
    text glues to the name (温北辰现实连载中). Where two of the value's text nodes meet, a bar is set
    between them, as a meta line prints between its fields, when what follows is a work's tag
    (:func:`~fanwen.extract.processors.work_tag`), a field's label or a counter's (阅读：, 观看人数：),
    or a number; or when the node before is a person's whole name in an element of its own and an
    element of its own follows (``<a>张三</a><span>某某县融媒体中心</span>``). Two such names in
    elements of one kind (two links, two spans of one class) are co-authors: a ``、`` joins them.

    Elsewhere a junction is no end: a name is printed across inline elements (a compound surname in
    bold, ``<b>欧阳</b>明月``; a surname's and a given name's spans; a search's highlight,
    ``<font>张建</font>国``; a unit's name in two links, ``<a>青禾县</a><a>农业农村局</a>``); and
    names in elements a separator joins (``<a>张三</a>、<a>李四</a>``) stay one value.

    >>> from lxml.html import fragment_fromstring as f
    >>> el = f("<p>作者：<a>温北辰</a><span>现实</span><span>连载中</span></p>")
    >>> _name_element_ends(el, "作者：温北辰现实连载中")
    '作者：温北辰 | 现实连载中'
    >>> el = f("<p>作者：<a>张三丰</a><a>李四海</a></p>")
    >>> _name_element_ends(el, "作者：张三丰李四海")
    '作者：张三丰、李四海'
    >>> [_name_element_ends(f(html), "") for html in ("<p>作者：<b>欧阳</b>明月</p>", "<p>作者：<a>青禾县</a><a>农业农村局</a></p>")]
    ['', '']
    >>> el = f("<p>作者：<a>张三</a>、<a>李四</a></p>")
    >>> _name_element_ends(el, "作者：张三、李四")
    '作者：张三、李四'

    A value that ends inside its text node (at a space, before the next field) is left as it is:

    >>> el = f("<p>作者：佚名　来源：<a>县教育局</a><span>浏览：3</span></p>")
    >>> _name_element_ends(el, "作者：佚名 来源：县教育局浏览：3")
    '作者：佚名 来源：县教育局浏览：3'
    """
    if _LABELLED["author"].search(text) is None:
        return text  # most lines its words' look lets by hold no author label (文 in a word)
    nodes = xpaths.evaluate(el, xpaths.SHOWN_TEXT)
    joined = "".join(nodes)
    # (Read as the line is, its full-width slash half: 文／復健科 某某醫師 labels as 文/ does, session 29.
    # The characters map one to one: the nodes' offsets hold.)
    label = _LABELLED["author"].search(half_width(joined))
    if label is None:
        return text
    cuts: list[tuple[int, str]] = []  # where a junction is read, and as what (a bar, a 、)
    end = 0
    for i, node in enumerate(nodes[:-1]):
        end += len(node)
        if end <= label.start(1):
            continue
        if label.end(1) <= end:
            break  # the value ends inside its element (作者：佚名　来源：<a>…</a>)
        after = nodes[i + 1]
        if not node or not after or node[-1] in _JOINS or after[0] in _JOINS:
            # A separator joins the value's elements: one value, unless a space alone sets a
            # work's tag in an element of its own after it (<a>温北辰</a> <a class="tag">现实</a>).
            spaced = all(c.isspace() for c in (node[-1], after[0]) if c in _JOINS)
            if spaced and after.strip() and _whole(after) and work_tag(after.strip()):
                cuts.append((end, " | "))
                break
            continue
        name = node[max(0, label.start(1) - end + len(node)) :]
        if work_tag(after) or _NEXT_FIELD.match(after) or after[0].isdigit():
            cuts.append((end, " | "))
            break
        if _whole(node) and _whole_name(name) and _whole(after) and len(after.strip()) > 1:
            if _whole_name(after) and _same_kind(node.getparent(), after.getparent()):
                cuts.append((end, "、"))  # co-authors' links (<a>张三</a><a>李四</a>)
                continue
            cuts.append((end, " | "))
            break
    if not cuts:
        return text
    for at, mark in reversed(cuts):
        joined = f"{joined[:at]}{mark}{joined[at:]}"
    return half_width(_SPACE.sub(" ", joined).strip())


def _whole(node: str) -> bool:
    """Whether a text node (an lxml smart string) is the whole text of an element of its own."""
    parent = getattr(node, "getparent", lambda: None)()
    return parent is not None and getattr(node, "is_text", False) and len(parent) == 0


def _whole_name(value: str) -> bool:
    """Whether a value is a person's whole name as an element prints it: two or three Han
    characters, a common surname first, no unit's ending (张建国, 何志强; not 青禾县, nor a compound
    surname alone, 欧阳)."""
    return (
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", value) is not None
        and value[0] in _SURNAMES
        and not _ORG_CHARS.match(value[-1])
    )


def _same_kind(one: HtmlElement, other: HtmlElement) -> bool:
    """Whether two elements are of one kind: one tag and one class (two links, two name spans)."""
    return one.tag == other.tag and (one.get("class") or "") == (other.get("class") or "")


# Where a name's element meets the next and the two are one value: a space or a separator.
_JOINS = frozenset(" \t\r\n\u3000\xa0、，,;；|｜丨/·・")
_SPACE = re.compile(r"[ \t\r\n\f\v\u3000\xa0]+")
_AUTHOR_WORDS = _LABEL_TESTS[0][0]


def _no_line_in(el: HtmlElement, content: str) -> bool:
    """Whether an element's text, ``content`` its ``text_content()``, is too long for an info line
    whatever its label: the article's paragraphs, most of a page's holders. ``text_of`` keeps
    every character but spaces (and a script's or a style's, none inside here), and only a <br>
    parts a text into lines.

    >>> from lxml.html import fragment_fromstring as f
    >>> long = "作为" * 81
    >>> _no_line_in(f(f"<p>{long}</p>"), long), _no_line_in(f(f"<p>{long}<br>x</p>"), long + "x")
    (True, False)
    """
    return (
        len("".join(content.split())) > _INFO_MAX
        and next(el.iterchildren("br"), None) is None
        and next(el.iter("script", "style"), None) is None
    )


def unboxed_labels(text: str) -> str:
    """``text`` with its boxed labels as colon labels: a label in brackets is the label family
    every field's label belongs to.

    >>> unboxed_labels("【发布单位】青禾县气象台　【发布时间】2025年03月08日"), unboxed_labels("〔作者〕王海")
    ('发布单位：青禾县气象台\u3000发布时间：2025年03月08日', '作者：王海')
    >>> unboxed_labels("【原创】【图文】 2024-05-14")
    '【原创】【图文】 2024-05-14'
    """
    return _BOXED_LABEL.sub(r"\1：", text)


def _line_kind(piece: str) -> tuple[bool, bool]:
    """Whether an info line's text holds a date, and whether it holds a date or a label (an
    author's, a source's, a photographer's, a re-post's credit)."""
    dated = _DATE_WORDS.search(piece) is not None and _DATE.search(piece) is not None
    return dated, (
        dated
        or any(words.search(piece) and p.search(piece) for words, p in _LABEL_TESTS)
        or _is_repost_credit(piece)
    )


@lru_cache(maxsize=2048)
def _read_line(piece: str) -> tuple[str, bool, bool]:
    """A line's text with its dates in digits (named ROC years, Chinese numerals, a calendar
    badge's parts joined), and :func:`_line_kind` of it: a function of the text alone (a bare ROC
    date, which the page decides, is read in :func:`info_lines`). Kept per text: a site prints the
    same lines on every page (its navigation, footer, column boxes), and each is read once. The
    lines an article has of its own come about 8 a page, so 2,048 keep a site's repeated ones:
    8,192 held 2.6 MB more of a page reader's memory for 14 % fewer misses (18,316 against
    21,290 in 2,200 real-shape pages).

    >>> _read_line("发布时间：二〇二四年五月二十日"), _read_line("首页")
    (('发布时间：2024年5月20日', True, True), ('首页', False, False))
    """
    piece = badge_date(arabic_date(roc_date(piece)))
    return (piece, *_line_kind(piece))


def _common_era(doc: HtmlElement, text: str, taiwanese: list[bool]) -> str:
    """``text`` with its ROC dates (民國113年4月30日; 113-04-30 on a Taiwanese page, which
    :func:`roc_calendar` tells, once: ``taiwanese`` keeps the answer) in the common era's years."""
    if not has_bare_roc(text):
        return roc_date(text)
    if not taiwanese:
        taiwanese.append(roc_calendar(doc))
    return roc_date(text, bare=taiwanese[0])


def _day_first(doc: HtmlElement, text: str, known: list[bool]) -> str:
    """``text`` with its slash dates written as years first when the page writes them day first
    (Hong Kong, Singapore, Malaysia: 23/03/2024): a page that does writes them all so, so its
    05/06/2024 is 5 June. The page's habit is told once (``known`` keeps the answer) by its slash
    dates: one whose first number is over 12 and none whose second is.

    >>> from lxml.html import document_fromstring as d
    >>> _day_first(d("<p>23/03/2024</p><p>05/04/2024</p>"), "發佈日期：05/04/2024", [])
    '發佈日期：2024-04-05'
    >>> _day_first(d("<p>9/17/2004</p><p>05/04/2024</p>"), "05/04/2024", [])
    '05/04/2024'
    """
    if "/" not in text or not _SLASH_DATE.search(text):
        return text
    if not known:
        # (The page's text runs its text nodes together: no word boundary is looked for there.)
        pairs = [(int(a), int(b)) for a, b in _GLUED_SLASH_DATE.findall(xpaths.page_text(doc))]
        known.append(any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs))
    if not known[0]:
        return text
    return _SLASH_DATE.sub(lambda m: f"{m['y']}-{int(m['b']):02d}-{int(m['a']):02d}", text)


_SLASH_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})\b")
_GLUED_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}")


def roc_calendar(doc: HtmlElement) -> bool:
    """Whether a page dates by the Republic of China's calendar (113-04-30 is 2024-04-30): it is
    Taiwan's (``lang="zh-TW"``, Big5 declared), or says 民國 somewhere. A Hong Kong page in
    ``zh-Hant`` prints the common era's years, and a mainland page's ``113`` is a number.

    >>> from lxml.html import document_fromstring as d
    >>> roc_calendar(d('<html lang="zh-TW"><p>x</p></html>')), roc_calendar(d('<meta charset="big5"><p>x</p>'))
    (True, True)
    >>> roc_calendar(d('<html lang="zh-CN"><p>113-04-30</p></html>')), roc_calendar(d('<p>民國113年</p>'))
    (False, True)
    """
    return bool(doc.xpath(xpaths.TAIWANESE_PAGE)) or bool(doc.xpath(xpaths.SAYS_ROC))


def _book_card(el: HtmlElement, text: str) -> bool:
    """Whether a line naming a writer (作者：余华) is a book's card, in a review or a reading list:
    the line, its element or the list holding it names the book's other facts (书名, 出版社, ISBN,
    译者, 定价). The book's writer is not the page's.

    >>> from lxml.html import fragment_fromstring as f
    >>> card = f("<ul><li>书名：《活着》</li><li>作者：余华</li><li>出版社：作家出版社</li></ul>")
    >>> _book_card(card[1], "作者：余华"), _book_card(f("<p>作者：林小雨</p>"), "作者：林小雨")
    (True, False)
    """
    if _BOOK_FACTS.search(text):
        return True
    for holder in (el, el.getparent()):
        if holder is None:
            return False
        content = holder.text_content()
        if len(content) <= _BOOK_CARD_CHARS and _BOOK_FACTS.search(content):
            return True
    return False


# A book's facts beside its writer, as a card prints them.
_BOOK_FACTS = re.compile(
    r"书名|書名|出版社|出版时间|出版時間|出版日期|ISBN|译者|譯者|定价|定價|装帧|裝幀|页数：|頁數："
)
_BOOK_CARD_CHARS = 300


def badge_date(text: str) -> str:
    """A calendar badge's day and year-month (``06 2024-05``) as one date, else ``text``.

    >>> badge_date("06 2024-05"), badge_date("2024.05 06"), badge_date("2024年5月"), badge_date("第06期 2024-05")
    ('2024-05-06', '2024-05-06', '2024年5月', '第06期 2024-05')
    """
    if len(text) > _BADGE_CHARS or _DATE.search(text):
        return text
    match = _BADGE.fullmatch(text.strip())
    if match is None:
        return text
    y, m, d = match["y"] or match["y2"], match["m"] or match["m2"], match["d"] or match["d2"]
    return f"{y}-{int(m):02d}-{int(d):02d}"


def _cell_label(el: HtmlElement) -> str | None:
    """The label a value's cell has in the cell before it, when the line is read with it: a
    member's date on a forum poster's card (``<dt>注册时间</dt><dd>2012-3-5</dd>``), so it is known
    as one (``line_date``); and an author's or a source's in a page's info table (a print
    version's ``撰稿 | 林怡萱``, a disclosure table's ``发布机构： | 县教育局``), one that labels the
    page's publication too (``发布日期``, ``发布单位``). Other labels are left out: an
    encyclopaedia's fact box labels its dates too (``批准时间``), and those are facts, not when the
    page was published; a book's fact table names its writer (``作者 | 余华``) and no publication.

    >>> from lxml.html import fragment_fromstring as f
    >>> _cell_label(f("<dl><dt>注册时间</dt><dd>2012-3-5</dd></dl>")[1])
    '注册时间'
    >>> row = "<tr><td>撰稿</td><td>林怡萱</td></tr><tr><td>{}</td><td>2024-03-05</td></tr>"
    >>> _cell_label(f("<table>" + row.format("發布日期") + "</table>").find(".//td[2]"))
    '撰稿'
    >>> _cell_label(f("<table>" + row.format("出版时间") + "</table>").find(".//td[2]")) is None
    True
    >>> _cell_label(f('<div><div class="field__label">撰稿</div><div class="field__item">周思远</div></div>')[1])
    '撰稿'
    """
    before = el.getprevious()
    if before is None or len(before) > 1 or not isinstance(before.tag, str):
        return None
    cell = before.tag in _LABEL_CELLS
    if not (cell or _is_label_box(before) or _bare_label(before)):
        return None
    label = "".join((before.text_content() or "").split()).rstrip(":：")
    if not 0 < len(label) <= _CELL_LABEL_CHARS:
        return None
    if _MEMBER_DATE.search(label):
        return label
    # A date's cell in a table that labels the page's publication (發佈日期 beside 講道日期, a
    # sermon's): the labels tell the publication from the event (_publishes).
    if cell and _DATE_CELL.search(label) and _info_table(el):
        return label
    # A CMS's field label (Drupal's <div class="field__label">撰稿</div>) says what it is itself.
    return label if label in _FIELD_CELLS and (not cell or _info_table(el)) else None


def _is_label_box(el: HtmlElement) -> bool:
    """Whether an element's class names it a field's label (``field__label``, ``meta-label``), or
    its tag or key (a BBS post header's ``<span class="article-meta-tag">作者</span><span
    class="article-meta-value">…``: the label with no colon, its value in the next element).

    >>> from lxml.html import fragment_fromstring as f
    >>> [_is_label_box(f(f'<span class="{c}">作者</span>')) for c in ("meta-label", "article-meta-tag", "meta_key", "tags")]
    [True, True, True, False]
    """
    return _LABEL_CLASS.search(el.get("class") or "") is not None


_LABEL_CLASS = re.compile(r"label|(?<![a-z])(?:tag|key)(?![a-z])", re.I)


def _bare_label(el: HtmlElement) -> bool:
    """Whether an element is a field's label by what it says, whatever its class: nothing but an
    author's or a source's label word (``<span>作者</span>`` before ``<span>lanmao (懶貓)</span>``,
    a post header's whose class is opaque).

    >>> from lxml.html import fragment_fromstring as f
    >>> [_bare_label(f(t)) for t in ("<span>作者</span>", "<span> 来源 </span>", "<span>作者<b>张三</b></span>", "<a>作者</a>")]
    [True, True, False, False]
    """
    return el.tag in _LABEL_BOXES and len(el) == 0 and "".join((el.text or "").split()) in _FIELD_CELLS


# Tags a label box is printed in; a menu's link or item (<a>作者</a><a>古籍</a>, a search filter's
# <li>作者</li><li>全部</li>) names a page or an option, not a field.
_LABEL_BOXES = frozenset(("span", "em", "strong", "b", "i", "font", "label", "div", "p"))


_CELL_LABEL_CHARS = 8
_DATE_CELL = re.compile(r"日期|时间|時間")
# Labels of an author's or a source's cell in an info table (read as 撰稿：…, 来源：…).
_FIELD_CELLS = frozenset(
    ("作者", "撰稿", "撰稿人", "撰文", "记者", "記者", "来源", "來源", "出处", "出處", "稿源", "信息来源")
    + ("讲员", "講員", "主讲人", "主講人", *sorted(_SPEAKER_CELLS))
    + ("資訊來源", "内容来源", "內容來源", "文章来源", "新闻来源", "新聞來源", "稿件来源")
    # A Big5 ASP.NET news table's 資料來源 row (beside 發布單位): who supplied the text (session 21).
    + ("资料来源", "資料來源")
    + ("发布单位", "發布單位", "發佈單位", "发布机构", "發布機構", "發佈機構")
)

# Labels of an article's own fields in an info box (its writer's and source's, its date's, its
# counters', its reviewer's): a box holding only these describes the page (_info_table).
_ARTICLE_FIELDS = _FIELD_CELLS | frozenset(
    ("日期", "时间", "時間", "更新", "更新时间", "更新時間", "浏览", "瀏覽", "阅读", "閱讀", "点击", "點擊")
    + ("浏览次数", "瀏覽次數", "阅读次数", "閱讀次數", "点击数", "點擊數", "人气", "人氣", "访问", "訪問")
    + ("编辑", "編輯", "责任编辑", "責任編輯", "责编", "責編", "审核", "審核", "摄影", "攝影", "字号", "字號")
)
# A speech's card's own fields beside its speaker's (session 29): where and at what it was given.
_SPEECH_FIELDS = frozenset(("场合", "場合", "地点", "地點", "会议", "會議", "活动", "活動", "会场", "會場"))


def _info_table(cell: HtmlElement) -> bool:
    """Whether a cell's table (or definition list) is a page's info table: one of its cells
    labels the page's publication (``发布日期``, ``發布單位``, ``发布机构：``), or every label it
    has is one of an article's fields (``<dt>作者</dt><dd>…</dd><dt>日期</dt>…``, ``<th>作者</th>
    <td>…</td><th>时间</th>…``: the writer, the date, the source, the views, the reviewer). A book's
    fact table has labels of its own (出版社, 书名), an encyclopaedia's box too (出生日期).

    >>> from lxml.html import fragment_fromstring as f
    >>> box = "<dl><dt>作者</dt><dd>林溪</dd><dt>{}</dt><dd>2025-05-12</dd></dl>"
    >>> [_info_table(f(box.format(label)).find("dd")) for label in ("日期", "出版时间")]
    [True, False]
    """
    table = next((a for a in cell.iterancestors() if a.tag in ("table", "dl")), None)
    if table is None:
        return False
    for other in table.iter("td", "th", "dt"):
        text = other.text
        if text and len(text) <= _CELL_LABEL_CHARS * 2 and _PUBLISHED_LABEL.search(text):
            return True
    # The labels: a definition list's terms, a table's header cells, else each row's first of
    # every two cells (label, value, label, value).
    labels = list(table.iter("th", "dt")) or [c for row in table.iter("tr") for c in row[0::2]]
    names = ["".join(label.text_content().split()).rstrip(":：") for label in labels]
    # A speech's card (its speaker, the date, the place, the source) holds the event's fields too.
    speech = not _SPEAKER_CELLS.isdisjoint(names)
    return (
        bool(labels)
        and all(_article_field(name) or (speech and name in _SPEECH_FIELDS) for name in names)
        and not _after_prose(table)
    )


def _article_field(label: str) -> bool:
    """Whether an info box's label is one of an article's own fields: its writer's, source's,
    date's, reviewer's, or a counter's of any of a counter's words (``點閱數``, ``觀看次數``, ``热度``:
    :func:`~fanwen.extract.processors.counter`).

    >>> [_article_field(label) for label in ("作者", "點閱數", "人氣", "出版社")]
    [True, True, True, False]
    """
    return label in _ARTICLE_FIELDS or counter(label)


def _after_prose(el: HtmlElement) -> bool:
    """Whether ``el`` (or the wrappers it is the only element of) follows a block of prose among
    its siblings: it is then a block of the text, about what the text tells of (a reading
    report's card of the book, 作者 / 时间), not the page's info box, which sits between the title
    and the text or beside them.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<div><h1>题目</h1><div><table><tr><td>作者</td></tr></table></div><p>正文。</p></div>")
    >>> _after_prose(box.find(".//table"))
    False
    >>> text = f("<div><p>下面是这篇文章的基本信息，请同学们读一读。</p><table><tr><td>作者</td></tr></table></div>")
    >>> _after_prose(text.find(".//table"))
    True
    """
    while True:
        for before in el.itersiblings(preceding=True):
            if isinstance(before.tag, str) and _PROSE_BLOCK.search(before.text_content()):
                return True
        parent = el.getparent()
        if parent is None or sum(isinstance(child.tag, str) for child in parent) > 1:
            return False
        el = parent


# A block of prose: a sentence of ten characters or more closed by its stop.
_PROSE_BLOCK = re.compile(r"[^。！？!?\s]{10,}[。！？]")


def _timed(pieces: list[str]) -> list[str]:
    """``pieces`` with a line that gives the time alone read with the date line before it: a press
    release closes with its day and, on the next line, its time (``2024年5月14日（星期二）`` /
    ``香港時間15時30分``).

    >>> _timed(["2024年5月14日（星期二）", "香港時間15時30分"])
    ['2024年5月14日 15時30分（星期二）']
    >>> _timed(["2024年5月14日 10:20", "15:30"]), _timed(["作者：李明", "15:30"])
    (['2024年5月14日 10:20', '15:30'], ['作者：李明', '15:30'])
    """
    out: list[str] = []
    for piece in pieces:
        time = _TIME_LINE.fullmatch(piece)
        date = _DATE.search(out[-1]) if out and time else None
        if time and date and not _TIMED.search(date.group(0)):
            out[-1] = f"{out[-1][: date.end()]} {time['t']}{out[-1][date.end() :]}"
        else:
            out.append(piece)
    return out


# A line giving the time of day alone, with its zone's or its label's word (香港時間15時30分,
# 北京时间 10:20, 时间：10:20).
_TIME_LINE = re.compile(
    r"(?:(?:香港|北京|台北|臺北|澳門|澳门)?(?:時間|时间)\s*[:：]?)?\s*"
    r"(?P<t>(?:上午|下午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}(?:[:：]\d{2})?|[时時]\s*\d{1,2}\s*分?))"
)


def _br_lines(el: HtmlElement, text: str) -> list[str]:
    """The lines of an element's ``text`` as its own <br> children set them apart.

    >>> from lxml.html import fragment_fromstring
    >>> el = fragment_fromstring("<div>作者：<b>老周</b><br>来源：掘金<br></div>")
    >>> _br_lines(el, "作者：老周来源：掘金")
    ['作者：老周', '来源：掘金']
    """
    lines, line = [], [el.text or ""]
    for child in el:
        if child.tag == "br":
            lines.append(line)
            line = []
        elif isinstance(child.tag, str):
            line.append(text_of(child))
        line.append(child.tail or "")
    lines.append(line)
    split = [half_width(" ".join("".join(parts).split())) for parts in lines]
    # Only where the pieces are the text itself (not its own text alone, of a block holder).
    return (
        [piece for piece in split if piece]
        if "".join(split).replace(" ", "") == text.replace(" ", "")
        else [text]
    )


def info_text_holders(
    doc: HtmlElement,
    end: HtmlElement | None = None,
    title: HtmlElement | None = None,
    start: HtmlElement | None = None,
) -> tuple[list[HtmlElement], set[HtmlElement], set[HtmlElement], list[str | None]]:
    """The elements holding a text node with one of ``INFO_CHARS`` (the text's parent and all its
    ancestors), in document order; those of them that hold such a text after ``end``; those
    that hold one from ``title`` up to ``start`` or the first paragraph-long text, whichever
    comes first (``start``'s ancestors left out: they hold the article too); and each holder's
    own ``.text``, as the walk read it (:func:`info_lines` reads it again).

    What the XPaths ``xpaths.INFO_TEXT_HOLDERS`` and, from ``end``,
    ``xpaths.FOLLOWING_INFO_TEXT_HOLDERS`` minus ``end``'s ancestors select, in one walk over
    the page: in libxml2 those cost a string copy per text node and character. A value's cell
    after an info table's label cell (``<td>撰稿</td><td>林怡萱</td>``) is held too, whatever its
    characters.

    >>> from lxml.html import fromstring
    >>> doc = fromstring("<html><body><div><p>2024年</p><i>x</i></div><p>来源：新华社</p></body></html>")
    >>> holders, below, _, texts = info_text_holders(doc, doc.find(".//i"))
    >>> [el.tag for el in holders], [el.tag for el in below], texts[3:]
    (['html', 'body', 'div', 'p', 'p'], ['p'], ['2024年', '来源：新华社'])
    >>> doc = fromstring("<div><p>2024年</p><h1>题</h1><span>2024-05-20</span><div><p>正文</p></div></div>")
    >>> _, _, near, _ = info_text_holders(doc, title=doc[1], start=doc[3])
    >>> [el.text for el in near]
    ['2024-05-20']
    """
    elements = xpaths.page_elements(doc)
    held: set[HtmlElement] = set()
    below: set[HtmlElement] = set()
    near: set[HtmlElement] = set()
    ends_above = set(end.iterancestors()) if end is not None else set()
    starts_above = set(start.iterancestors()) if start is not None else set()
    after_end = zone = False
    search = _INFO_CHARS.search
    values: set[HtmlElement] = set()
    opener = _header_of(title, start)
    texts: list[str | None] = []
    for el in elements:
        # Read once: lxml makes a new string from the tree's UTF-8 at every .text.
        text = el.text
        texts.append(text)
        if el is opener:
            zone = True
        elif zone and (el is start or (text and len(text.strip()) > _PROSE_CHARS)):
            zone = False  # the article has begun
        # An archive's date picker (<option>2024年5月1日</option>) dates no article.
        # (Written out twice, for the text and the tail, as _holds_info_char: a call per node costs.)
        if (
            text
            and isinstance(el.tag, str)
            and el.tag not in _PICKED
            and (("1" in text or "2" in text) if text.isascii() else not text.isspace() and search(text))
        ) or (values and el in values):
            _mark(el, held)
            if after_end:
                _mark(el, below)
            if zone:
                near.add(el)
                # The info table's row beside the title: the cell that dates the page has the
                # page's other fields beside it (發佈日期：… | 發佈單位：…), whatever their characters.
                if el.tag in _ROW_CELLS:  # (the cells: a comment between them is none)
                    values.update(c for c in el.itersiblings() if isinstance(c.tag, str))
        # An info table's label cell (發布單位, 撰稿): its value is in the next cell, whatever
        # characters it holds (_cell_label reads the two as one line).
        if (
            text
            and len(text) <= _CELL_TEXT
            # The text first: most short texts of a page name no field, and its class is not read.
            # (Every field's label is Han: an ASCII text, most of an English page's, names none.)
            and not text.isascii()
            and _is_field_cell(text)
            and (el.tag in _LABEL_CELLS or _is_label_box(el) or _bare_label(el))
            # The next cell, past a comment between them (<td>发布单位</td><!-- … --><td>…).
            and (value := next((c for c in el.itersiblings() if isinstance(c.tag, str)), None)) is not None
        ):
            values.add(value)
        if el is end:
            after_end = True  # end is a leaf: its own text is not after it, its tail is
        tail = el.tail
        if (
            tail
            and (("1" in tail or "2" in tail) if tail.isascii() else not tail.isspace() and search(tail))
            and (parent := el.getparent()) is not None
        ):
            _mark(parent, held)
            if after_end or el in ends_above:
                _mark(parent, below)
            if zone and parent not in starts_above:
                near.add(parent)
    kept = [(el, text) for el, text in zip(elements, texts, strict=True) if el in held]
    return [el for el, _ in kept], below - ends_above, near - starts_above, [text for _, text in kept]


# Asked of every holder: a set, not the tuple's 17 compares; an element's tag, read by map() in C.
_DROP = frozenset(xpaths.DROP_TAGS)
_VALUE_CELLS = frozenset(("dd", "td", "th"))
_TAG = attrgetter("tag")
_LABEL_CELLS = frozenset(("td", "th", "dt"))
_ROW_CELLS = frozenset(("td", "th"))
_PICKED = frozenset(("option", "optgroup"))
# A label cell's text, spaces and a colon around it.
_CELL_TEXT = 16


def _holds_info_char(text: str) -> bool:
    """``_INFO_CHARS.search(text)``, sooner: the class's ASCII characters are 1 and 2, which ``in``
    finds in an ASCII text (most of an English page's, and the whitespace between elements) at a
    fraction of a search's cost, and a text of spaces holds none.

    >>> [_holds_info_char(t) for t in ("2024", "May 3", "\\n  ", "\\u3000", "作者", "Ａ")]
    [True, False, False, False, True, False]
    """
    if text.isascii():
        return "1" in text or "2" in text
    return not text.isspace() and _INFO_CHARS.search(text) is not None


def _is_field_cell(text: str) -> bool:
    return "".join(text.split()).rstrip(":：") in _FIELD_CELLS


def _kicker(title: HtmlElement | None, start: HtmlElement | None = None) -> HtmlElement | None:
    """The line just above the title's header in the article's own box (a source or date line
    printed over the heading), if any: the header's previous element, holding no block of its own,
    where the header's parent is no page's body (a sidebar's box stands beside the article's box,
    or holds a heading and lines of its own).

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<div><div>來源：中央社</div><h2>標題</h2><p>" + "正文" * 40 + "</p></div>")
    >>> _kicker(box[1]).text, _kicker(f("<div><div><h3>統計</h3><p>資料來源：某</p></div><h2>標題</h2></div>")[1])
    ('來源：中央社', None)
    """
    opener = _header_of(title, start)
    parent = None if opener is None else opener.getparent()
    if opener is None or parent is None or parent.tag in ("body", "html"):
        return None
    prev = next((el for el in opener.itersiblings(preceding=True) if isinstance(el.tag, str)), None)
    if prev is None or any(
        isinstance(el.tag, str) and el.tag in xpaths.BLOCK_TAGS for el in prev.iterdescendants()
    ):
        return None
    return prev


def _header_of(title: HtmlElement | None, start: HtmlElement | None = None) -> HtmlElement | None:
    """Where the lines beside the title start: the title's header (its parent, when that holds
    little besides the title, a date badge, a channel label before the heading in the source,
    and not the article's first element ``start``), else the title heading itself.

    >>> from lxml.html import fragment_fromstring as f
    >>> _header_of(f("<header><time>2024-05-06</time><h1>标题</h1></header>")[1]).tag
    'header'
    >>> _header_of(f("<div><h1>标题</h1><p>" + "正文" * 40 + "</p></div>")[0]).tag
    'h1'
    """
    if title is None:
        return None
    parent = title.getparent()
    if (
        parent is None
        or parent.tag in ("body", "html")
        or (start is not None and parent in start.iterancestors())
    ):
        return title
    extra = len("".join(parent.text_content().split())) - len("".join(title.text_content().split()))
    return parent if extra <= _HEADER_EXTRA else title


# What a title's header holds besides the title: a date, a channel's name, a tag.
_HEADER_EXTRA = 40
# Text this long in one element is a paragraph of the article, not an info line.
_PROSE_CHARS = 60
# A list item's title link: longer than a name (a byline may link its writer's name).
_ITEM_LINK_CHARS = 6
# What a toolbar's link says besides words (digits, brackets, punctuation), and how many
# characters of words a title says at least (a counter's 评论, an action's 收藏 say two).
_NOT_TITLE = re.compile(r"[\d\s()（）\[\]【】:：/.,，·+-]+")
# An issue's navigation (an e-paper's masthead: 2025年03月12日 星期三 上一期 下一期 往期回顾; 上一版,
# 返回目录): links to the issue's neighbours, no title of another page; the masthead's date is the
# issue's, the page's own. Only on a page that prints a page of its issue (_ISSUE_PAGE_PRINTED):
# elsewhere a top bar's 往期回顾 sits beside today's date. A post's or a list's pager (上一篇 /
# 下一篇, 上一页, 返回首页, 返回列表) is no issue's: the dates beside it are the neighbours'.
_PAGER_LINK = re.compile(
    r"[上下前后後]一(?:期|版)|往期(?:回顾|回顧|查询|查詢|检索|檢索)?|过往期刊|過往期刊"
    r"|返回(?:目录|目錄|本版)|版面导航|版面導航|本版目录|本版目錄|PDF\s*版"
)
# A page of a paper's issue as an e-paper prints it over the article (第05版：要闻, 第A03版：城事,
# 版次：A3).
_ISSUE_PAGE_PRINTED = re.compile(
    r"第\s*[A-Z]?\d{1,3}\s*版\s*[:：]|[A-Z]\d{1,2}\s*版\s*[:：]|版次\s*[:：]\s*[A-Z]?\d"
)
_TITLE_WORD = 3


# A link that says a publication label right before its date (``<a>发布于 2025-06-03 21:40</a>``, a Q&A
# answer's date under it, linking the answer) is a post's own date: a list's item links a title.
_LABELLED_DATE_LINK = re.compile(rf"(?:{_DATE_LABEL.pattern})\s*[:：]?\s*\d", re.I)


def _links_item(el: HtmlElement, text: str, permalinks: frozenset[str] = frozenset()) -> bool:
    """Whether a dated line is an item of a list of links (``<li><a>其他文章的标题</a> 2023-06-01``,
    a sidebar's, a "最新文章" box's): most of what it says besides its dates is link text, a
    title's length, and no label dates it. Its date is the linked page's, not this one's.

    >>> from lxml.html import fragment_fromstring as f
    >>> _links_item(f('<li><a href="/1.html">关于开展安全检查的通知</a> 2023-06-10</li>'), "关于开展安全检查的通知 2023-06-10")
    True
    >>> _links_item(f('<p>作者：<a href="/u/1">王海</a> 2023-06-10</p>'), "作者：王海 2023-06-10")
    False
    >>> _links_item(f('<li><a href="/1.html">春季赏花攻略</a><span>2023-04-01</span></li>')[1], "2023-04-01")
    True
    >>> _links_item(f('<p><a href="/p/1">2023-04-01</a><a>评论(12)</a><a>收藏</a></p>'), "2023-04-01评论(12)收藏", frozenset(["/p/1"]))
    False
    >>> _links_item(f('<p><a href="/p/2">2023-04-01 10:54</a></p>'), "2023-04-01 10:54", frozenset(["/p/1"]))
    True
    >>> _links_item(f('<div><a href="/p/2">发布于 2023-04-01 10:54</a>・IP 属地浙江</div>'), "发布于 2023-04-01 10:54・IP 属地浙江")
    False
    >>> masthead = '<div><p>2025年03月12日 星期三 <a href="/1">上一期</a> <a href="/2">下一期</a> <a href="/h">往期回顾</a></p>{}</div>'
    >>> _links_item(f(masthead.format("<p>第05版：要闻</p>"))[0], "2025年03月12日 星期三 上一期 下一期 往期回顾")
    False
    >>> _links_item(f(masthead.format(""))[0], "2025年03月12日 星期三 上一期 下一期 往期回顾")
    True

    An issue's pager (上一期, 下一期, 往期回顾: an e-paper's masthead, on a page printing a page of its
    issue, 第05版：要闻) names no page's title either.
    A post's toolbar under its text is no item: its date links the page itself (``permalinks``, the
    addresses the title heading links: the permalink), its counters (评论(12), 赞(9)) and its
    actions (收藏, 举报) say no title's words. Another page's date link (a widget's) is an item's.
    """
    if el.tag not in xpaths.BLOCK_TAGS:  # the date's <span> in <li><a>…</a><span>date</span></li>
        block = next((a for a in el.iterancestors() if a.tag in xpaths.BLOCK_TAGS), None)
        if block is not None and len(text := " ".join(block.text_content().split())) <= _INFO_MAX:
            el = block
        elif _br_item(el):
            return True
    anchors = [(a.text_content().strip(), a.get("href")) for a in el.iter("a")]
    links = [link for link, _ in anchors]
    if any(_LABELLED_DATE_LINK.match(link) for link in links):
        return False  # a post's own date, its label in the link (an answer's 发布于 … under it)
    linked = sum(
        len(link)
        for link, href in anchors
        if href not in permalinks
        and (_DATE.search(link) or len(_NOT_TITLE.sub("", link)) >= _TITLE_WORD)
        and not (_PAGER_LINK.fullmatch(link) and _ISSUE_PAGE_PRINTED.search(xpaths.page_text(el)))
    )
    if linked < _ITEM_LINK_CHARS:
        return False
    own = text
    for link in links:  # a title that says 时间 labels nothing
        own = own.replace(link, " ")
    if _DATE_LABEL.search(own):
        return False
    return 2 * linked >= len(_DATE.sub("", text).replace(" ", ""))


def _br_item(el: HtmlElement) -> bool:
    """Whether an inline element holding a date is an item of a list set apart by <br>: a title
    link right before it, a <br> (or the next item's link) right after it (an old portal's
    table of contents: ``<a>少年时代(1)</a><font>(2004/10/10 17:06)</font><br>``).

    >>> from lxml.html import fragment_fromstring as f
    >>> toc = f('<td><a href="/1.html">少年时代（一）</a><font>(2004/10/10)</font><br><a href="/2.html">少年时代（二）</a><font>(2004/10/10)</font></td>')
    >>> _br_item(toc[1]), _br_item(f('<p>作者：<a href="/u/1">王海</a><span>2023-06-10</span><br>正文</p>')[1])
    (True, False)
    """
    before, after = el.getprevious(), el.getnext()
    return (
        before is not None
        and before.tag == "a"
        and not (before.tail or "").strip()
        and len(text_of(before)) >= _ITEM_LINK_CHARS
        and not (el.tail or "").strip()
        and (after is None or after.tag in ("br", "a"))
    )


def _table_record(el: HtmlElement, inside: bool = False) -> bool:
    """Whether an unlabelled date sits in a table's record of other things (review R17): a
    related-articles table under the text (作者 / 时间 / 阅读, a row per article), a list of
    submissions or a schedule in the text. Its column holds a date in two rows or more (a list's
    records, each of its own thing), or, in the article's text (``inside``), the table's first row
    is its column headers (``<th>作者</th><th>时间</th>``). An info box labels its date in the
    cell before it (发布日期： | …), so it is no record, whatever its rows.

    >>> from lxml.html import fragment_fromstring as f
    >>> rows = "<table><tr><td>刘华</td><td>2025-02-01</td></tr><tr><td>赵强</td><td>2025-01-20</td></tr></table>"
    >>> _table_record(f(rows).find(".//td[2]"))
    True
    >>> box = "<table><tr><td>成文日期</td><td>2025-03-10</td></tr><tr><td>发布日期</td><td>2025-03-13</td></tr></table>"
    >>> _table_record(f(box).find(".//td[2]"))
    False
    >>> head = "<table><tr><th>作者</th><th>时间</th></tr><tr><td>刘华</td><td>2024-12-01</td></tr></table>"
    >>> _table_record(f(head).find(".//td[2]")), _table_record(f(head).find(".//td[2]"), inside=True)
    (False, True)
    """
    cell = el if el.tag == "td" else next((a for a in el.iterancestors() if a.tag in _ROW_CELLS), None)
    if cell is None or cell.tag != "td" or _cell_label(cell) or len(cell.text_content()) > _INFO_MAX:
        return False
    row = cell.getparent()
    table = None if row is None or row.tag != "tr" else next(row.iterancestors("table"), None)
    if table is None:
        return False
    before = cell.getprevious()
    if before is not None and before.tag in _LABEL_CELLS and _DATE_CELL.search(before.text_content()):
        return False
    # A record has fields (two cells or more), as each of its list's: a layout table's row of one
    # cell (an old portal's info line, 2004-12-10 阅读10544次, over the text's row) is none.
    width = sum(1 for c in row if isinstance(c.tag, str))
    if width < 2:
        return False
    column = sum(1 for c in cell.itersiblings(preceding=True) if isinstance(c.tag, str))
    rows = [r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table]
    dated = 0
    for other in rows:
        cells = [c for c in other if isinstance(c.tag, str)]
        if len(cells) == width and cells[column].tag == "td":
            text = cells[column].text_content()
            dated += len(text) <= _INFO_MAX and _DATE.search(text) is not None
    if dated >= 2:
        return True
    head = [c for c in rows[0] if isinstance(c.tag, str)] if rows and rows[0] is not row else []
    return inside and len(head) >= 2 and all(c.tag == "th" for c in head)


def _cites(el: HtmlElement, text: str) -> bool:
    """Whether a dated line is an item of a reference list (an encyclopaedia's 参考资料, a paper's
    references): a citation's marks (``引用日期``, ``访问日期``, a ``^`` back-link, ``[J]``,
    ``[EB/OL]``) in it or in its nearest block. Its date is the cited work's.

    >>> from lxml.html import fragment_fromstring as f
    >>> _cites(f('<li><a href="#r1">^</a>某某文化报.<span>2019-05-20</span>［引用日期2023-12-02］</li>')[1], "2019-05-20")
    True
    >>> _cites(f('<p>发布时间：2019-05-20</p>'), "发布时间：2019-05-20")
    False
    """
    if _CITATION.search(text):
        return True
    block = (
        el
        if el.tag in xpaths.BLOCK_TAGS
        else next((a for a in el.iterancestors() if a.tag in xpaths.BLOCK_TAGS), None)
    )
    if block is None:
        return False
    own = block.text_content()
    return len(own) <= _INFO_MAX * 2 and _CITATION.search(own) is not None


_CITATION = re.compile(
    r"引用日期|访问日期|訪問日期|检索日期|檢索日期|查阅日期|查閱日期|\[(?:J|N|M|C|D|EB/OL|OL)\]|(?:^|[\d.\s\]］])\^"
)


def _mark(el: HtmlElement | None, marked: set[HtmlElement]) -> None:
    """Add ``el`` and its ancestors (an element already marked has its ancestors marked too)."""
    while el is not None and el not in marked:
        marked.add(el)
        el = el.getparent()


def dates_article(lines: Sequence[Line], under_title: bool = False) -> bool:
    """Whether an info line dates the article: any date between the title and the text, a
    labelled or timed date above it, or on the first line under it (a gallery's caption, a forum
    post's footer), not in comments further down nor in a list of links.

    >>> dates_article([Line("2019-09-26 10:56:28 证券时报网")]), dates_article([Line("2019年9月")])
    (True, False)
    >>> dates_article([Line("回复 2019-09-26 10:56", below=True), Line("2019-09-26 11:00", below=True)])
    True
    >>> dates_article([Line("来源：新华网", below=True), Line("2019-09-26 11:00", below=True)])
    False
    >>> dates_article([Line("2023年5月6日 星期六", near=True)])
    True

    Under a text that follows its title heading (``under_title``), a bare date on the first
    line below dates it too (a notice that closes with its date):

    >>> dates_article([Line("2023-05-06", below=True)]), dates_article([Line("2023-05-06", below=True)], True)
    (False, True)
    """
    first_below = next((line for line in lines if line.below), None)
    for line in lines:
        match = line_date(line.text)
        if match and line.near:
            return True  # between the title and the text: the article's own info line
        if line.listed:
            continue
        if match and under_title and line is first_below:
            return True
        strong = match and (_DATE_LABEL.search(line.text) or re.search(r"\d[:：时時]\d", match.group(0)))
        if strong and (not line.below or line is first_below):
            return True
    return False


def dated_by_markup(doc: HtmlElement, url: str | None, title: HtmlElement | None = None) -> bool:
    """Whether the page's markup dates it (a published-time meta, ``<time datetime>``, JSON-LD's
    ``datePublished``, a relative date's absolute ``title`` after the ``title`` heading) or its
    address does (``/2023-05/06/``): a dated item, not a section page.

    >>> from lxml.html import document_fromstring as d
    >>> dated_by_markup(d('<time datetime="2023-05-06T10:20">5月6日</time>'), None)
    True
    >>> dated_by_markup(d("<p>x</p>"), "http://a.cn/2023-05/06/c_1.htm"), dated_by_markup(d("<p>x</p>"), "http://a.cn/a/1.htm")
    (True, False)
    """
    if any(parse_date(value) for value in xpaths.of_page(doc, " | ".join(xpaths.PUBLISHED_META))):
        return True
    if any(isinstance(data.get("datePublished"), str) for data in _json_ld(doc)):
        return True
    return bool(url and parse_date(url)) or next(relative_titles(title), None) is not None


def _last_descendant(el: HtmlElement) -> HtmlElement:
    last = el
    for last in el.iter():  # noqa: B007 - the loop leaves the last element in document order
        pass
    return last


def published_candidates(
    doc: HtmlElement,
    url: str | None,
    lines: Sequence[Line],
    texts: Sequence[str] = (),
    title: HtmlElement | None = None,
    zone: str = DEFAULT_TIMEZONE,
) -> Iterator[str]:
    """Date strings, best first: a date the article signs off with, structured data, the info
    line, the URL. ``texts`` are the article's last paragraphs, where a sign-off sits; ``zone``
    the site's, where structured data's instants are read (:func:`_printed_elsewhere`)."""
    # A list item's date is the page it links to's; a last edit's (最近更新：…) is no publication's.
    # A last-edit label's line, and a piece of it without the label (its element's own line,
    # 最近更新：小编<span>（2024-01-12）</span>); not another line printing the same date.
    edited = [
        line.text
        for line in lines
        if (m := line_date(line.text)) and _LAST_EDIT.search(line.text[: m.start()])
    ]
    dated = [
        (line, match)
        for line in lines
        if not line.listed
        and (match := line_date(line.text))
        and not any(
            line.text == text or (line.text in text and not _DATE_LABEL.search(line.text)) for text in edited
        )
    ]
    # A Q&A page whose text is an answer (the accepted one, set as its article under the question): the
    # answer's header above the text dates it (回答于 …), not the question's line (提问于 …, 提问者：… · …):
    # session 29, issue 11. Where no line asks, an answer's time is a reply's under a post.
    if any(_ASKED.search(line.text) for line, _ in dated if not line.below):
        yield from (
            m.group(0)
            for line, m in dated
            if not line.below and not line.listed and _ANSWERED.search(line.text, 0, m.start())
        )
    # The info line between the title and the text, when a label dates it (发布时间：…), says when
    # the page was published: it beats a sign-off's unlabelled date (落款). A sign-off beats the
    # page's other dates: a disclosure box's (成文日期, 发布日期) and the CMS's PubDate.
    signed = sign_off(texts)
    # ...or gives the minute of posting (2025-10-21 20:37: a blog's line, unlabelled).
    posted = any(
        line.near and (_DATE_LABEL.search(line.text) or _TIMED.search(match.group(0)))
        for line, match in dated
    )
    if signed and not posted:
        # The same day with its time on an info line above the text (作者：某部 / 2025-05-28 10:46
        # over a sign-off's 2025年5月28日): the sign-off's day, to the minute.
        day = parse_date(signed[1])
        yield from (
            m.group(0)
            for line, m in dated
            if day is not None
            and not line.below
            and not line.inside
            and _TIMED.search(m.group(0))
            and (when := parse_date(m.group(0))) is not None
            and when.date() == day.date()
        )
        yield signed[1]
    markup = [
        *(
            value
            for value in xpaths.of_page(doc, " | ".join(xpaths.PUBLISHED_META))
            if not _edited_time(value)
        ),
        *(
            data[key]
            for data in _json_ld(doc)
            for key in ("datePublished", "dateCreated")
            if isinstance(data.get(key), str)
        ),
        *microdata_published(doc, title),
        # A paper's first online date, then its issue's (citation_online_date, …_publication_date).
        *(value for query in xpaths.CITATION_DATES for value in xpaths.of_page(doc, query)),
    ]
    printed = {parsed.date() for line, m in dated if line.near and (parsed := parse_date(m.group(0)))}
    # Markup that gives the day alone (a day-only meta) after the info line's time that day
    # (发布于 2024-03-05 10:21 beside the title).
    near_timed = [m.group(0) for line, m in dated if line.near and _TIMED.search(m.group(0))] or [
        # Else a publication label's time elsewhere (a paper's footnote: 网络首发时间：… 10:05).
        m.group(0)
        for line, m in dated
        if not line.listed and _TIMED.search(m.group(0)) and _publishes(line, m)
    ]
    # The day the page shows as its publication: the info line's beside the title when a label or a
    # time of day dates it, else a publication label's time elsewhere (首发于 … 07:30 at the foot,
    # under a relative 3天前 by the title). Markup dating another day (a CMS's PubDate, a day-only
    # pubdate meta, a document's date) comes after the info line: readers see the printed one.
    # (Where no line beside the title prints a date at all: a bare one there is the info line's.)
    shown = _shown_days(dated) or (
        set()
        if any(line.near for line, _ in dated)
        else {p.date() for d in near_timed if (p := parse_date(d)) is not None}
    )
    # (Markup the page prints too, as another line's date (a letter's 答复时间 under its 来信时间), is
    # the page's own saying so, and keeps its place.)
    later = []
    everywhere = [
        when for line, m in dated if not line.listed and (when := parse_date(m.group(0))) is not None
    ]
    for value in markup:
        if _printed_elsewhere(value, printed, zone):
            continue
        if shown and not _on_shown_day(value, shown, zone) and not _printed_as(value, everywhere, zone):
            later.append(value)
            continue
        day = parse_date(value) if near_timed and not _TIMED.search(value) else None
        if day is not None:
            yield from (d for d in near_timed if (p := parse_date(d)) is not None and p.date() == day.date())
        yield value
    # A labelled date or one with a time of day is the info line's; a bare date may be quoted text.
    # Between the title and the article, any date is the article's info line: first one that a
    # publication label introduces (发布日期：…), as an info box dates other events too (a
    # judgment's 裁判日期, a document's 成文日期) before the page's publication.
    near = [(line, m) for line, m in dated if line.near]
    # A post's toolbar showing its last edit (修改于 …, 编辑于 …) that keeps its publication in a
    # tooltip (title="发布于 …"): the tooltip's date is the post's, the visible one an edit's.
    # Only the tooltip of the element that shows the edit time, and no date after it (review S10: a
    # sidebar's list of latest posts keeps its items' dates in tooltips too).
    if edited := [m.group(0) for line, m in near if _edits(line, m)]:
        yield from (
            date
            for date in labelled_attributes(doc, showing=edited)
            if (when := parse_date(date)) is not None
            and all((edit := parse_date(e)) is None or when <= edit for e in edited)
        )
    yield from _published_before_the_update(dated, near)
    yield from (m.group(0) for line, m in sorted(near, key=lambda lm: not _publishes(*lm)))
    yield from later
    # A relative date (3 天前) whose element's title holds the absolute one, as forums print it.
    yield from relative_titles(title, doc=doc)
    # A time printed without its year (3-02 21:15, a microblog's), the whole instant in the page's state.
    yield from state_date(doc, zone, text_of(title) if title is not None else "")
    # A publication date kept in a tooltip beside a visible edit date (发布于 in data-tooltip).
    yield from labelled_attributes(doc)
    strong = [
        (line, m.group(0))
        for line, m in dated
        if _DATE_LABEL.search(line.text) or re.search(r"\d[:：时時]\d", m.group(0))
    ]
    # Above the text, a publication label's date first (发布日期： after an info box's 裁判日期：, 成文日期：),
    # as between the title and the text: the info line is the same where no title marks it (a title
    # printed in a <div> no class names).
    yield from (m.group(0) for line, m in dated if not line.below and not line.listed and _publishes(line, m))
    yield from (date for line, date in strong if not line.below)
    if signed and posted:
        yield signed[1]
    # The article's own info line printed under it (（来源：经济日报 2024年05月18日）): the first
    # line below, naming the article's source or writer; comments further down name neither.
    first_below = next((line for line in lines if line.below), None)
    if first_below is not None and not first_below.listed and _CREDITS.search(first_below.text):
        yield from (m.group(0) for line, m in dated if line is first_below)
    # (Not a date inside the text's prose: a diary's or a story's own day, 2019年4月6日，晴。…, is
    # what the text tells of, not when the post was published: review R14.)
    bare_above = next(
        (
            m.group(0)
            for line, m in dated
            if not line.below and not (line.inside and not is_date_line(line.text))
        ),
        None,
    )
    strong_below = next((date for line, date in strong if line.below), None)
    if bare_above and strong_below:
        # A labelled date below the article may be a comment's (later than the article); a bare
        # date above it may be the header's "today" (later too): the earlier one is the article's.
        yield earliest(bare_above, strong_below)
    yield from (date for _, date in strong)
    yield from (m.group(0) for _, m in dated)
    # Last, a Q&A answer's creation in microdata, where the page prints no date of its own.
    yield from xpaths.of_page(doc, xpaths.CREATED_META)
    if url and parse_date(url):
        yield url


# The question's asker and time on a Q&A page (提问者：…, 提问于 …); an answer's time (回答于 …, 回答时间：…) at
# the end of the text before its date.
_ASKED = re.compile(r"(?:提问|提問|发问|發問)(?:者|人|于|於|时间|時間)|(?<![\u4e00-\u9fff])(?:问|問)[于於]")
_ANSWERED = re.compile(r"(?:回答|回覆|回复|回復|解答|答复|答覆)(?:于|於|时间|時間)\s*[:：]?\s*$")


def _shown_days(dated: Sequence[tuple[Line, re.Match[str]]]) -> set[date]:
    """The days the info lines beside the title print as the page's publication: a date a
    publication label introduces or one with its time of day, not an edit's.

    >>> sorted(_shown_days([(Line("发布时间：2025-04-09 16:20", near=True), line_date("发布时间：2025-04-09 16:20"))]))
    [datetime.date(2025, 4, 9)]
    >>> _shown_days([(Line("2025-04-09", near=True), line_date("2025-04-09")), (Line("编辑于 2025-04-10 10:00", near=True), line_date("编辑于 2025-04-10 10:00"))])
    set()
    """
    return {
        parsed.date()
        for line, m in dated
        if line.near
        and (_publishes(line, m) or (_TIMED.search(m.group(0)) and not _other_event(line, m)))
        and not _edits(line, m)
        and (parsed := parse_date(m.group(0))) is not None
    }


def _other_event(line: Line, match: re.Match[str]) -> bool:
    """Whether another event's label introduces a line's date (活动时间：, 报名截止：, 会议时间): a
    word with a label's colon or a date's word (时间, 日期, 截止) right before it, neither a
    publication label nor a bare 时间/日期 (a CMS's date field).

    >>> _other_event(Line("活动时间：2025年5月1日 9:00"), line_date("活动时间：2025年5月1日 9:00")), _other_event(Line("时间：2025-05-01 09:00"), line_date("时间：2025-05-01 09:00"))
    (True, False)
    >>> _other_event(Line("来源：江澜新闻 2025-05-01 09:00"), line_date("来源：江澜新闻 2025-05-01 09:00")), _other_event(Line("发布时间：2025-05-01 09:00"), line_date("发布时间：2025-05-01 09:00"))
    (False, False)
    >>> _other_event(Line("时间：2025-05-01 09:00 地点：会展中心"), line_date("时间：2025-05-01 09:00 地点：会展中心")), _other_event(Line("Posted date: 2025-05-01 09:00"), line_date("Posted date: 2025-05-01 09:00"))
    (True, False)
    """
    before = _DATE.split(line.text[max(0, match.start() - 20) : match.start()])[-1]
    label = _EVENT_LABEL.search(before)
    word = (label.group(1) or label.group(2) or label.group(3)) if label is not None else None
    if word in ("时间", "時間", "日期"):
        # (A bare 时间 on a line that names a place too is an event's: 时间：… 地点：….)
        return _PLACE_LABEL.search(line.text) is not None
    return word is not None and not _PUBLISHED_LABEL.search(word)


# A label right before a date: a word and its colon, or a word ending in a date's word (直播时间).
_EVENT_LABEL = re.compile(
    r"([\u4e00-\u9fff]{1,6})\s*[:：]\s*$|([\u4e00-\u9fff]{0,4}(?:时间|時間|日期|截止))\s*$"
    r"|([A-Za-z]+ (?:date|time))\s*:\s*$",
    re.I,
)
# An event's place, labelled (地点：江澜会展中心): the line announces an event.
_PLACE_LABEL = re.compile(r"(?:地点|地點|会场|會場)\s*[:：]")


def _on_shown_day(value: str, shown: set[date], zone: str) -> bool:
    """Whether markup's date falls on a day the page shows; an instant stating its offset, within a
    day of one (as written or on the site's clock); a value that is no date is not judged here.

    >>> from datetime import date
    >>> _on_shown_day("2025-06-12T07:30:00+08:00", {date(2025, 6, 12)}, "Asia/Shanghai"), _on_shown_day("2025-06-11", {date(2025, 6, 12)}, "Asia/Shanghai")
    (True, False)
    >>> _on_shown_day("2019-11-19T07:03:25+00:00", {date(2019, 11, 18)}, "Asia/Shanghai"), _on_shown_day("2025-11-18T10:00:00+08:00", {date(2025, 11, 20)}, "Asia/Shanghai")
    (True, False)
    """
    parsed = parse_date(value)
    if parsed is None:
        return True
    if parsed.tzinfo is None:
        return parsed.date() in shown
    # An instant stating its offset may fall on the next or the day before where the page prints its
    # own zone's day (a US site's 11:03 PM on the 18th is 07:03Z on the 19th): the same moment.
    days = (parsed.date(), wall_clock(parsed, zone).date())
    return any(abs((day - other).days) <= 1 for day in days for other in shown)


def _printed_as(value: str, printed: Sequence[datetime], zone: str) -> bool:
    """Whether a line prints markup's date: to the minute where markup gives its time (on the site's
    clock), else its day.

    >>> from datetime import datetime
    >>> _printed_as("2025-06-17 16:05", [datetime(2025, 6, 17, 16, 5)], "Asia/Shanghai"), _printed_as("2025-06-17 16:05", [datetime(2025, 6, 17)], "Asia/Shanghai")
    (True, False)
    """
    parsed = parse_date(value)
    if parsed is None:
        return False
    if parsed.tzinfo is not None:
        parsed = wall_clock(parsed, zone)
    if _TIMED.search(value):
        return any(when.replace(second=0) == parsed.replace(second=0, tzinfo=None) for when in printed)
    return any(when.date() == parsed.date() for when in printed)


def microdata_published(doc: HtmlElement, title: HtmlElement | None = None) -> Iterator[str]:
    """The dates visible elements marked ``itemprop="datePublished"`` give: the instant kept in
    their ``content``, ``datetime`` or ``title`` (a clock alone or a relative time shown: 下午3:20,
    3 天前), else their text.

    >>> from lxml.html import document_fromstring as d
    >>> list(microdata_published(d('<p>发表于 <abbr itemprop="datePublished" title="2025-04-12T15:20:00+08:00">下午3:20</abbr></p>')))
    ['2025-04-12T15:20:00+08:00']
    """
    for el in xpaths.of_page(doc, xpaths.MICRODATA_PUBLISHED):
        if not _pages_item(doc, _item_of(el), title):
            continue  # another post's item (a related-posts box's card: review S11)
        for value in (el.get("content"), el.get("datetime"), el.get("title"), text_of(el)):
            if value and _DATE.search(value):
                yield value.strip()
                break


def _published_before_the_update(
    dated: Sequence[tuple[Line, re.Match[str]]], near: Sequence[tuple[Line, re.Match[str]]]
) -> Iterator[str]:
    """Where the info line beside the title dates only the page's last update (更新时间：2024-4-2 16:20, a CMS's bar:
    PowerEasy's, DedeCMS'), the page's own date labelled as its publication elsewhere (发布时间：2019-10-09 on a line
    under the text) or a date alone on its line above the title (a template's right-aligned 2024-03-18 over it) says
    when it was published (session 28, issue 11), when that day is no later than the update's: a publication comes
    first, and a header's today is later. Not a list item's date, a date inside the text (a sign-off's 2025年9月3日
    under a notice: the truths keep the bar's time for it), nor a bare date below the text (a comment's).

    >>> near = [(Line("作者：吴敏 更新时间：2024-4-2 16:20:00", near=True), line_date("作者：吴敏 更新时间：2024-4-2 16:20:00"))]
    >>> lone = Line("2024-03-18", adjoins=True)
    >>> list(_published_before_the_update([(lone, line_date(lone.text)), *near], near))
    ['2024-03-18']
    >>> today = Line("2024-05-20 星期一", adjoins=True)
    >>> list(_published_before_the_update([(today, line_date(today.text)), *near], near))
    []
    >>> below = Line("发布时间：2019-10-09", below=True, adjoins=True)
    >>> list(_published_before_the_update([*near, (below, line_date(below.text))], near))
    ['2019-10-09']
    """
    if not near or not all(_edits(line, match) for line, match in near):
        return
    updated = [when for _, match in near if (when := parse_date(match.group(0))) is not None]
    if not updated:
        return
    for line, match in dated:
        if line.near or line.listed or line.inside or not line.adjoins:
            continue
        if not _publishes(line, match) and (line.below or not is_date_line(line.text)):
            continue
        when = parse_date(match.group(0))
        if when is not None and when.date() <= min(updated).date():
            yield match.group(0)


def _edited_time(value: str) -> bool:
    """Whether a ``<time datetime>`` value is a last edit's: its element, or the line holding it,
    says so (a docs page's ``最后更新于: <time>``, ``<p class="last-updated">``).

    >>> from lxml.html import fragment_fromstring as f
    >>> _edited_time(f('<p class="VPLastUpdated">最后更新于: <time datetime="2025-08-26">8/26</time></p>').xpath("//@datetime")[0])
    True
    >>> _edited_time(f('<p>发布于 <time datetime="2025-08-20">8/20</time></p>').xpath("//@datetime")[0])
    False
    >>> _edited_time(f('<p><time class="entry-date published updated" datetime="2025-08-20">8/20</time></p>').xpath("//@datetime")[0])
    False
    """
    el = getattr(value, "getparent", lambda: None)()
    if el is None or el.tag != "time":
        return False
    for holder in islice(chain([el], el.iterancestors()), 3):
        # WordPress marks its post's one time "entry-date published updated": a publication's.
        names = holder.get("class") or ""
        if _EDITED_CLASS.search(names) and "publish" not in names.lower():
            return True
    line = el.getparent()
    if line is None:
        return False
    before = (line.text or "") + "".join(
        text_of(sibling) + (sibling.tail or "") for sibling in reversed(list(el.itersiblings(preceding=True)))
    )
    return _LAST_EDIT.search(before[-_LABEL_CHARS * 2 :]) is not None


_EDITED_CLASS = re.compile(r"updated|modified|edited", re.I)


def _publishes(line: Line, match: re.Match[str]) -> bool:
    """Whether a publication label introduces a line's date (``发布日期：2024-03-05``, not
    ``裁判日期：2024-01-16``): the label is what the line says right before the date.

    >>> _publishes(Line("案由：借贷纠纷 发布日期：2024-03-05"), line_date("案由：借贷纠纷 发布日期：2024-03-05"))
    True
    >>> _publishes(Line("发布日期：2024-03-05 裁判日期：2024-01-16"), _DATE.search("发布日期：2024-03-05 裁判日期：2024-01-16", 16))
    False
    >>> _publishes(Line("发布于 3天前 2024年3月6日"), line_date("发布于 3天前 2024年3月6日"))
    False
    """
    before = _DATE.split(line.text[max(0, match.start() - _LABEL_CHARS) : match.start()])[-1]
    # (A relative time after the label is what it labels: 发布于 3天前 2024年3月6日, an edit's day beside.)
    label = _PUBLISHED_LABEL.search(before)
    return label is not None and not _RELATIVE_IN.search(before, label.end())


def _edits(line: Line, match: re.Match[str]) -> bool:
    """Whether an update label introduces a line's date (``修改于2025-06-16``, ``编辑于 …``), as
    :func:`_publishes` a publication label.

    >>> _edits(Line("苗春生 编辑于 2025-02-05"), line_date("苗春生 编辑于 2025-02-05")), _edits(Line("发布于 2025-02-05"), line_date("发布于 2025-02-05"))
    (True, False)
    """
    before = line.text[max(0, match.start() - _LABEL_CHARS) : match.start()]
    return _EDIT_LABEL.search(_DATE.split(before)[-1]) is not None


_EDIT_LABEL = re.compile(
    r"(?:修改|编辑|編輯|更新|修订|修訂)(?:于|於|时间|時間)?\s*[:：]?\s*$|(?:Updated|Modified|Edited)(?: on)?\s*$",
    re.I,
)


# How far before a date its label may start (发布时间：, Published on).
_LABEL_CHARS = 8


def _printed_elsewhere(value: str, printed: set[date], zone: str) -> bool:
    """Whether markup's instant (a date stating its offset) is the site's clock with a wrong
    offset: as written it is on a day printed between the title and the text (``printed``), and
    in the site's ``zone`` on none (a blog generator that calls 21:40 local ``21:40Z``: 05:40 the
    next day in China). The page's readers see the printed day. A date without an offset is the
    site's clock already; one whose day no line prints (an update's date printed instead) is kept.

    >>> from datetime import date
    >>> _printed_elsewhere("2025-03-02T21:40:12Z", {date(2025, 3, 2)}, "Asia/Shanghai")
    True
    >>> _printed_elsewhere("2025-03-02T13:40:12Z", {date(2025, 3, 2)}, "Asia/Shanghai"), _printed_elsewhere("2025-03-02T21:40:12Z", set(), "Asia/Shanghai")
    (False, False)
    """
    if not printed:
        return False
    parsed = parse_date(value)
    if parsed is None or parsed.tzinfo is None:
        return False
    return parsed.date() in printed and wall_clock(parsed, zone).date() not in printed


_TIMED = re.compile(r"\d[:：时時]\d")
# A label of the latest edit (最近更新, 最后修改: a wiki's, a page's footer): its date is when
# the page last changed, not when it was published. 更新时间 alone is a CMS's date field, and is.
_LAST_EDIT = re.compile(
    r"(?:最近|最后|最後|最新)(?:更新|修改|修订|修訂|编辑|編輯)|last (?:updated|modified|edited)", re.I
)
# Labels of the date a page was published, and of a later one (an edit's).
# (首发, 网络出版: a paper's 网络首发时间, 网络出版日期, its first publication online; not a book's
# 出版时间, the book's.)
_PUBLISHED_LABEL = re.compile(
    r"发布|发表|發布|發佈|發表|刊发|刊發|首发|首發|网络出版|網絡出版|Posted|Published", re.I
)
# 本帖最后由 X 于 2024-5-9 08:12 编辑: a forum post's edit note.
_UPDATED_LABEL = re.compile(r"更新|修改|修订|修訂|最后编辑|最后由|最後由|Updated|Modified|last edited", re.I)


_WEEKDAY = re.compile(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")


def is_date_line(text: str) -> bool:
    """Whether a line says when and nothing else: a date, its time and weekday, a date label.

    >>> [is_date_line(t) for t in ("2023年5月6日 星期六", "发布时间：2023-05-06 10:20", "2023年5月6日，市里开会。")]
    [True, True, False]
    """
    rest = date_rest(text)
    return rest is not None and not rest


def date_rest(text: str) -> str | None:
    """What a line says besides its date, its weekday, a date label and the icons and brackets
    around them (None without a date).

    >>> date_rest("📅 发布于 2025-09-01"), date_rest("最后更新于 2025年10月20日"), date_rest("小学 2025-11-02 08:15 5")
    ('', '', '小学 5')
    """
    match = _DATE.search(text)
    if match is None:
        return None
    rest = _DATE_FIELD.sub("", _WEEKDAY.sub("", text[: match.start()] + " " + text[match.end() :]))
    return " ".join(_ICON.sub("", rest).split()).strip(_AROUND_DATE)


_AROUND_DATE = " \u3000\xa0:：|｜/[]【】()（）"
_DATE_FIELD = re.compile(rf"(?:{_DATE_LABEL.pattern})\s*[:：]?", re.I)
_ICON = re.compile(f"[{_EMOJI}]")


def line_date(text: str) -> re.Match[str] | None:
    """The line's date of publication: of several, the one a publication label introduces,
    else the first that no update label introduces, else the first.

    >>> line_date("更新时间：2023-06-01 发布时间：2023-05-06 来源：市人社局").group(0).strip()
    '2023-05-06'
    >>> line_date("2023-05-06 10:20 更新于 2023-06-01").group(0)
    '2023-05-06 10:20'
    >>> line_date("头衔：新手上路 等级：一级 注册：2005-8-1") is None
    True
    """
    matches = list(_DATE.finditer(text))
    if not matches:
        return None
    starts = [0] + [m.end() for m in matches[:-1]]
    before = [text[start : m.start()] for start, m in zip(starts, matches, strict=True)]
    # A poster's card dates the poster (注册：2005-8-1), not what they posted.
    # Nor are a paper's dates of review (收稿日期, 修回日期, 录用日期) its publication's.
    kept = [
        (m, label)
        for m, label in zip(matches, before, strict=True)
        if not _MEMBER_DATE.search(label[-8:]) and not _REVIEW_DATE.search(label[-8:])
    ]
    if len(kept) < 2:
        return kept[0][0] if kept else None
    matches, before = [m for m, _ in kept], [label for _, label in kept]
    for match, label in zip(matches, before, strict=True):
        if _PUBLISHED_LABEL.search(label):
            return match
    return next(
        (m for m, label in zip(matches, before, strict=True) if not _UPDATED_LABEL.search(label)), matches[0]
    )


# Labels of a paper's dates of review: received, revised, accepted.
_REVIEW_DATE = re.compile(r"收稿|修回|录用|錄用|修改稿")
# Labels of a member's dates on a forum's poster card.
_MEMBER_DATE = re.compile(r"注册|註冊|加入|入会|入會|登录|登錄|上线|上線|生日|出生|Joined|Registered", re.I)


# A date relative to the page's saving time: unknown to us, so never resolved.
_RELATIVE = re.compile(r"^\s*(?:\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前|刚刚|剛剛|昨天|前天)")
# The same anywhere in a line (发布于 3天前: what the label labels).
_RELATIVE_IN = re.compile(_RELATIVE.pattern.replace(r"^\s*", ""))


def relative_titles(
    title: HtmlElement | None, limit: int = 40, doc: HtmlElement | None = None
) -> Iterator[str]:
    """Absolute dates that elements after the title heading keep in their ``title`` attribute
    while showing a relative one (``<span title="2023-5-6 10:20">3 天前</span>``: forums and
    blogs print dates so). A relative date alone gives no date: when the page was saved is unknown.
    Without a title heading, those of the whole ``doc`` (a thread whose heading holds more than
    the title: ``<h1><a>[自驾游]</a>标题</h1>``).

    >>> from lxml.html import fromstring
    >>> doc = fromstring('<div><h1>题</h1><p>发表于 <span title="2023-5-6 10:20:31">3 天前</span></p></div>')
    >>> list(relative_titles(doc.find("h1")))
    ['2023-5-6 10:20:31']
    """
    if title is not None:
        found = title.xpath(xpaths.TITLED_AFTER)
    elif doc is not None:
        found = xpaths.evaluate(doc, xpaths.TITLED)
    else:
        return
    for el in found[:limit]:
        if _RELATIVE.match(el.text or "") and _DATE.search(el.get("title", "")):
            yield el.get("title")


def labelled_attributes(doc: HtmlElement, showing: Sequence[str] = ()) -> Iterator[str]:
    """Publication dates an element keeps in its tooltip (``title``, ``data-tooltip``,
    ``aria-label``) with their label, while it shows another (``<span data-tooltip="发布于
    2024-03-05 10:21">编辑于 2024-03-06 22:40</span>``: a Q&A answer's last edit). The element
    shows a date itself: a link to another post, titled ``X发表于 DATE``, is that post's. With
    ``showing``, only an element showing one of those dates (the info line's edit time).

    >>> from lxml.html import fromstring
    >>> list(labelled_attributes(fromstring('<p><span data-tooltip="发布于 2024-03-05 10:21">编辑于 2024-03-06</span></p>')))
    ['2024-03-05 10:21']
    """
    for el in xpaths.evaluate(doc, xpaths.PUBLISHED_TOOLTIPS):
        shown = el.text_content()
        if not _DATE.search(shown):
            continue  # a link to another post titled "X发表于 DATE" shows no date: that post's
        if showing and not any(date in shown for date in showing):
            continue
        for name in xpaths.TOOLTIP_ATTRIBUTES:
            value = el.get(name) or ""
            match = _DATE.search(value)
            if match and _PUBLISHED_LABEL.search(value[: match.start()]):
                yield match.group(0)
                break


def earliest(*dates: str) -> str:
    """The date string that parses to the earliest date (unparsable ones last).

    >>> earliest("2004-12-11 9:51", "2004-12-10")
    '2004-12-10'
    """
    return min(dates, key=lambda d: (parse_date(d) is None, parse_date(d) or 0))  # type: ignore[operator]


class Signed(str):
    """A body's name as it issues its document: the sign-off's signer (落款), the index table's
    发布机构. The document's author by the project's convention (session 25), also where the page
    names the same body as its source (来源：某县教育局 over a notice 某县教育局 signs)."""


def without_source(candidates: Iterable[str], lines: Sequence[Line]) -> Iterator[str]:
    """Author ``candidates`` without the body the page names as its source (作者：某市民政局 beside
    来源：某市民政局: a credit of who published the page, no writer); a person named as the source is
    still the author (来源：尹娟), and so is the body that signs or issues the document
    (:class:`Signed`: a notice's 落款 names its author whatever its 来源 says)."""
    named = {until_next_field(m) for line in lines if (m := _LABELLED["source"].search(line.text))}
    for value in candidates:
        if (
            isinstance(value, Signed)
            or is_person_name(value.strip())
            or not any(names_body(source, value.strip()) for source in named)
        ):
            yield value


def names_body(source: str, body: str) -> bool:
    """Whether a page's labelled source names a body (a bureau, a company that signs its notice): by its
    whole name, by its short name with the place left out (市教育局, 教育局 for 临川市教育局), or as one of
    its units (县教育局人事科, 清溪县教育局办公室: the body's office posted it), as notices' pages print the
    source (session 23). Another body (县财政局 for 临川市教育局) names none.

    >>> names_body("市教育局", "临川市教育局"), names_body("县教育局人事科", "清溪县教育局"), names_body("清溪县教育局办公室", "清溪县教育局")
    (True, True, True)
    >>> names_body("县财政局", "清溪县教育局"), names_body("教育", "清溪县教育局"), names_body("市教育局网站", "临川市教育局")
    (False, False, False)
    """
    if source == body:
        return True
    if len(body) < 4 or not _ORG_BODY.search(body):
        return False
    # The body's name, and its own name after each place's (市教育局, 教育局 of 临川市教育局).
    forms = [body]
    forms += [
        form for k, c in enumerate(body[:-3]) if c in _PLACE_LEVELS for form in (body[k:], body[k + 1 :])
    ]
    return any(
        len(form) >= 3
        and source.startswith(form)
        and (len(source) == len(form) or _BODYS_UNIT.fullmatch(source[len(form) :]))
        for form in forms
    ) or _abbreviates(source, body)


def _abbreviates(source: str, body: str) -> bool:
    """Whether a source is a body's common abbreviation (县文明办 for 中共青岚县委精神文明建设办公室, 县发改委
    for 青岚县发展和改革委员会, 市政府办 for 临川市人民政府办公室): the same place (its level, 县, or its
    name, 青岚县), the body's organ shortened (办 for 办公室, 委 for 委员会) or as it is (局, 院, 中心, 会),
    and two characters or more between them found in order in the body's own name (session 23).

    >>> _abbreviates("县文明办", "中共青岚县委精神文明建设办公室"), _abbreviates("县发改委", "青岚县发展和改革委员会")
    (True, True)
    >>> _abbreviates("县委办", "中共青岚县委精神文明建设办公室"), _abbreviates("县政府办", "中共青岚县委精神文明建设办公室")
    (False, False)
    >>> _abbreviates("县教育局", "中共青岚县委精神文明建设办公室"), _abbreviates("市文明办", "中共青岚县委精神文明建设办公室")
    (False, False)
    """
    organ = _ABBREVIATED_ORGAN.search(source)
    place = _ABBREVIATED_PLACE.match(source)
    # One body's name only (a joint notice's signers, 某局、某局, are not one body's abbreviation).
    if organ is None or place is None or len(source) >= len(body) or _NAME_JOINS.search(body):
        return False
    whole = next((form for form in _ORGAN_FORMS[organ.group()] if body.endswith(form)), None)
    middle = source[place.end() : organ.start()]
    if whole is None or len(middle) < 2:
        return False
    at = body.find(place.group())
    if at < 0:
        return False
    own = iter(body[at + len(place.group()) : len(body) - len(whole)])
    return all(c in own for c in middle)  # the middle's characters in order in the body's own name


# How an abbreviated body's name ends, and the organ's whole names in a body's (办 for 办公室, 委 for 委员会).
_ORGAN_FORMS = {
    "办": ("办公室", "办"),
    "辦": ("辦公室", "辦"),
    "局": ("局",),
    "委": ("委员会", "委員會", "委"),
    "院": ("院",),
    "中心": ("中心",),
    "会": ("委员会", "会"),
    "會": ("委員會", "會"),
}
_NAME_JOINS = re.compile(r"[、，,;；\s]")
_ABBREVIATED_ORGAN = re.compile(r"(?:[办辦局委院会會]|中心)$")
# The characters a place's name ends with before a body's own name (临川市 教育局, 清溪县 教育局).
_PLACE_LEVELS = "省市县区縣區镇鎮乡鄉"
# An abbreviation's place: a level alone (县, 市) or a place's name with its level (青岚县).
_ABBREVIATED_PLACE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?[{_PLACE_LEVELS}]")


# A unit of a body after its name (人事科, 安全股, 办公室, 政策法规处): not its website (市教育局网站).
_BODYS_UNIT = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[科股室处處组組部队隊]|中心)")


def author_candidates(
    doc: HtmlElement,
    lines: Sequence[Line],
    head: Sequence[str] = (),
    tail: Sequence[str] = (),
    title: HtmlElement | None = None,
    region: HtmlElement | None = None,
    end: HtmlElement | None = None,
    own: bool = False,
) -> Iterator[str]:
    """Author strings, best first: bylines opening the article, a labelled info line, bylines
    elsewhere, the poster of a post, a sign-off, structured data, a person named as the source,
    a name under the title, the editor when no one else is credited.

    ``head`` and ``tail`` are the article's first and last paragraphs, where bylines and sign-offs sit;
    ``region`` and ``end`` the article's first and last elements. ``own``: the page's layout prints
    no author beside the article (a learned template's absent slot), so a role's credit elsewhere
    on the page (a column box's 专栏作者：) is not asked.
    """
    # Byline lines printed under the title name who wrote the article; a page's 作者 label on
    # a reposted article (a blog, a portal) names who posted it. Several byline lines add up.
    opening = list(
        dict.fromkeys(name for text in head if _BYLINE_ONLY.fullmatch(text) for name in _byline_names(text))
    )
    # A credit line opening the text (文 | 刘洋（社区民警）, 作者：…): the writer of an article a
    # site reposts, whose 发布者 label names the site's account. A credit that is a reporter's
    # byline (文｜某某日报记者 周雅文) gave its reporters above; the outlet before them is no writer.
    # Not a book's card opening a review (书名：《活着》 / 作者：余华 / 出版社：…): the book's writer.
    carded = _BOOK_FACTS.search(" ".join(head[: _CREDIT_LINES + 1])) is not None
    credits = [
        (value, _SPEAKER_LABEL.search(label.group(0)) is not None)
        for text in ([] if carded else _opening_credits(head))
        if _BYLINE_ONLY.fullmatch(text) and (label := _LABELLED["author"].match(text)) and credits_name(label)
        if not any(bylines(text)) and (value := until_next_field(label, names=True)) not in opening
    ]
    # The speaker an event's notice names (主讲人：… opening a lecture's notice) gave the lecture,
    # not the notice: the page's own writer label beside the title (作者：…) comes first. Without
    # one, the page records the talk (a sermon's 讲员) and the speaker is its author.
    written = any(line.near and _WRITER_LABEL.search(line.text) for line in lines)
    speakers = [value for value, speaker in credits if speaker and written]
    opening += [value for value, speaker in credits if value not in speakers]
    if opening:
        yield " ".join(opening)
    else:
        yield from speaker_line(head)
        yield from title_speaker(title)
    # A re-post's credit names the writer; the page's labels (发布者, an account's card) name who
    # re-posted the text.
    yield from (author for _, author in reposted(lines) if author)
    texts = [line.text for line in lines]
    # A label between the title and the article first: a sidebar's list may label its own.
    # A book's card in the text (a review's 作者：余华) names the book's writer; under the
    # title (连载：… 出版社：… 作者：…) it names the writer of the book the text is from.
    read = [line for line in lines if not _FOOTER.search(line.text) and not (line.book and not line.near)]
    # A picture's caption in the text credits the caption (图为…（文字：王晓燕 摄影：李志强）): after
    # the page's bylines.
    captions = [line for line in read if _caption_credit(line, head, tail)]
    read = [line for line in read if line not in captions]
    labelled = chain(_chained_values(line for line in read if line.near), _chained_values(read))
    # The site's own account in the author slot (发布者: 龙湖文明网, 作者：龙湖论坛 on 龙湖论坛's
    # page) says who posted, as admin does: nobody's writing (session 20).
    accounts = _site_accounts(read)
    # The body that signs the document (落款: 某某人民政府 / 2025年7月12日) is its author where no
    # one's by-line is printed (below); an author slot that names nobody (发布者：the site's own
    # account, 作者：佚名: who posted it, a writer unknown) does not hide it.
    signed = sign_off(tail)
    # The days the lines beside the title print as the post's, read only where asked: a card's or a box's date
    # elsewhere must be one of them to be the post's (session 29).
    days = _post_days(lines)
    # (Or the body signing it in the box right after the text: its name above the post's date, session 29.)
    by = signed[0] if signed else undated_signer(tail) or boxed_signer(end, days)
    signer = Signed(by) if by and not DESK.search(by) else None
    nobody = empty = False
    for rank, value in enumerate(labelled):
        account = value in accounts or _site_itself(doc, value.strip())
        if not rank and (no_author(value) or account):
            nobody = True  # the page's author slot says nobody (作者：未知, admin, 发布者: 龙湖文明网)
            continue
        if account:
            continue
        # An empty slot: its label is followed at once by the next field's (作者：　点击：…, a CMS
        # printing a field it was given no value for). It names no one, and says nothing of the
        # writer a by-line or the lede's dateline credits; only the editor's last resort, a name the
        # page gives as no writer, does not fill it.
        if not rank and not value.strip():
            empty = True
            continue
        if signer and value.strip() in _ANONYMOUS:
            yield signer
        yield value
    yield from speakers
    # A credit line closing the text that no info line holds (报道：林佳怡 after a report: its label
    # has no character info lines are looked for by).
    for text in tail:
        if (
            text not in texts
            and _BYLINE_ONLY.fullmatch(text)
            and (label := _LABELLED["author"].match(text))
            and credits_name(label)
        ):
            yield until_next_field(label, names=True)
    # The answering professional labelled in the box after the text (回覆醫師：…), session 29.
    yield from answerer_after_text(end)
    if nobody:
        # Another label may name the writer (作者：admin 撰稿：王丽); nothing weaker does, but the
        # document's signer.
        if signer:
            yield signer
        return
    # A reporters' line of its own under the title, no colon (江澜新闻记者 赵一帆 通讯员 胡岩: a news
    # app's byline element), as the info lines' and the closing ones.
    # Its names are people's (记者手记 走近一线 is a column's heading).
    for text in [*texts, *tail]:
        yield from bylines(text)
    for text in _byline_lines(title):
        yield from (names for names in bylines(text) if _people(names))
    yield from _chained_values(captions)
    # A dateline inside the lede (新华社北京3月5日电（记者陈思远、刘佳宁）…): its reporters wrote
    # the article, after what the page labels and before an agency that markup credits.
    for text in head:
        yield from bylines(text)
    # The post's poster: above the text, or in the first line under it (its footer); further down
    # a reply quotes another post (风吹麦浪 发表于 …), and that is a commenter.
    first_below = next((line for line in lines if line.below), None)
    for text in [*[line.text for line in lines if not line.below or line is first_below], *tail]:
        yield from posters(text)
    # The thread's starter, whose card a 楼主 badge marks before the post.
    yield from thread_starter(region)
    # The signer of a sign-off (落款: 某某人民政府 / 2025年7月12日): the organ that issues a
    # document is its author (its 责任者, as archival description and the shared corpus's truth
    # have it), also where the page's 来源 names the same body: the project's convention since
    # session 25 (every blind set since AR; the older truths were brought to it). Then the organ a
    # disclosure page's index table files the document under (发布机构：某县统计局).
    if signer:
        yield signer
    yield from issuing_body(doc)
    # Markup's author, unless the page labels that name as who put the file up (贡献者：X on a
    # document library: the account the site files it under, not the document's writer), or it is
    # the site's own name (a JSON-LD Organization the site names itself by, as a CMS's meta does;
    # a Person is the writer, a personal blog being named after its owner).
    contributors = {until_next_field(m) for text in texts for m in _CONTRIBUTOR.finditer(text)}
    nodes = list(_json_ld(doc))
    # A graph's author may be a reference to its Person node (an SEO plugin's {"@id": ".../person/…"}),
    # named as the page prints it: the plugin fills the node from the site's account, whose name
    # (a login: kei_eno) a page that prints no writer does not show.
    by_id = {
        node["@id"]: node
        for node in nodes
        if isinstance(node.get("@id"), str)
        and isinstance(node.get("name"), str)
        and _prints_name(doc, node["name"])
    }
    for data in nodes:
        author = data.get("author")
        names = [
            name.strip()
            for entry in (
                by_id.get(one["@id"], one)
                if isinstance(one, dict) and "name" not in one and isinstance(one.get("@id"), str)
                else one
                for one in (author if isinstance(author, list) else [author])
            )
            if isinstance(name := entry.get("name") if isinstance(entry, dict) else entry, str)
            and name.strip() not in contributors
            and ((isinstance(entry, dict) and entry.get("@type") == "Person") or not names_site(doc, name))
        ]
        # A list of writers (two people wrote the post) is the author together, in order.
        together = [name for name in dict.fromkeys(names) if _MARKUP_NAME.fullmatch(name)]
        if len(together) > 1:
            yield "、".join(together)
        for name in names:
            yield from displayed_name(doc, name)
            yield name
    # The post's microformats author (p-author h-card): what the entry marks, not the page's head.
    yield from microformat_authors(doc, region)
    for value in xpaths.of_page(doc, " | ".join(xpaths.AUTHOR_META)):
        if not names_site(doc, value) and value.strip() not in contributors:
            yield value
    # A paper's authors in its scholarly meta (citation_author, one per author), together.
    scholars = [name for value in xpaths.of_page(doc, xpaths.CITATION_AUTHORS) if (name := value.strip())]
    if scholars:
        yield "、".join(dict.fromkeys(scholars))
    for el in xpaths.of_page(doc, xpaths.AUTHOR_MARKUP):
        text = _LABEL_PREFIX.sub("", text_of(el))
        if 2 <= len(text) <= 20:
            yield text
    # schema.org microdata on the page's visible card (itemprop="author"), before a class's guess.
    yield from microdata_authors(doc, title)
    yield from author_card(title)
    yield from meta_line_names(title, _site_owners(doc), doc)
    if title is None:
        yield from meta_line_over_text(region, _site_owners(doc), doc)
    # By-lines read by their place (session 26): the answerer's row over the answer (a name, then a
    # badge), an author card's heading over the name (作者 / 表哥阿杰 · 办公技巧领域创作者).
    yield from badge_names(region)
    yield from headed_card_names(doc)
    # A name opening the dated meta line over the text (石头哥 · 发布时间：…, an accepted answer's header), then
    # the writer's card beside the text (a sidebar's: name, 发表于 date, counts), session 29.
    yield from opening_names(title, region, doc)
    yield from aside_author_card(doc, region, days)
    # The writer the page's state names (a single-page app's item), printed on the page (its card).
    yield from state_author(doc, text_of(title) if title is not None else "")
    for text in texts:
        match = _LABELLED["source"].search(text)
        if match and is_person_name(match.group(1)):
            yield match.group(1)
    name = name_under_title(head, text_of(title) if title is not None else "") or poet_under_title(title)
    if name:
        yield name
    # A blog post's by-line (by 拾光小筑) under its title or its text.
    yield from islice(by_lines(title, end), 1)
    # Weaker evidence, after all the page states: a link to a member's page under the title
    # (a forum's poster, a personal library's owner, not a member who saved the article there:
    # _saved_by; also a commenter's, hence so late), the owner a blog's <title> names.
    if title is not None:
        yield from user_links(title, region)
    elif region is not None:
        # No title heading recognised (<h1><a>[自驾游]</a>标题</h1>): the first member's link of
        # the post's row before it, its poster's card (then the card's rank links: 论坛元老); of
        # the rows holding one, the innermost.
        # A control linking the poster's page (只看楼主 in the first floor's bar, its address the
        # poster's uid) is no name, and its bar no card (ui_label).
        rows = [
            (row, link)
            for link in xpaths.evaluate(region, xpaths.USER_LINKS_BEFORE)
            if not ui_label(text_of(link)) and (row := _row(link, region)) is not None
        ]
        inner = [link for row, link in rows if row is rows[-1][0]] if rows else []
        for link in inner:
            text = text_of(link)
            if 2 <= len(text) <= 20 and not _NOT_A_USER.search(text):
                yield text
    yield from blog_owner(doc, title)
    # A gallery's info line credits its photographer and its editor (摄影：周涛 编辑：方晴): the
    # pictures are the photographer's work. Only beside the title: a caption's credit in the text
    # names who took one picture.
    for line in lines:
        if line.near and (match := _PHOTOGRAPHER.search(line.text)):
            yield until_next_field(match)
    # Who put a foreign text into Chinese (编译：…, 译者：…) when the page credits no writer: a
    # translated report's only credit, before an editor's.
    for text in [*texts, *tail, *head]:
        match = _TRANSLATOR.search(text)
        # and a person's name's shape (not 亲爱的汤姆, a letter's salutation).
        if match and is_person_name(match.group(1)):
            yield match.group(1)
    # A mail's sender (a list archive's message: From: 苗春生 <miao@…>), then a role's credit:
    # the page's text (read once per page, shared with the other finders) says whether it holds
    # either before any element is asked.
    page = xpaths.page_text(doc)
    yield from islice(mail_senders(doc, page, region, end), 1)
    # A credit under the role the writer had (查证者：, 发起人：, 分析师：, 讲师：): the label family
    # of a short role noun and its colon, anywhere on the page, when nothing above named anyone.
    if not own:
        yield from role_credits(doc, region, end, page, title)
    # The last resort: a page that credits nobody but its editor (（ 责任编辑：魏喆 ） closing a
    # portal's report) is recorded under the editor, as the shared truth does; not where the
    # page's author field is printed empty, nor where an editor is credited beside a reviewer
    # (责任编辑：A　审核：B, 责编：A　终审：B, 编辑：A　校对：B): the publisher's review chain names the
    # page's handlers, no writer (session 22).
    # The chain may be printed apart from the info line, under the text's box (a CMS's 责任编辑 box).
    edited = [] if empty else [text for text in [*texts, *head, *tail] if _EDITOR.search(text)]
    for text in [] if edited and _REVIEW_CHAIN.search(page) else edited:
        match = _EDITOR.search(text)
        # An editor that is the site's own name (编辑：绿植之家) credits nobody.
        if match and not names_site(doc, match.group(1)):
            yield match.group(1)


def _people(names: str) -> bool:
    """Whether every name a reporters' line gives reads as a person's, in either script, a compound
    surname's too, written whole or set apart from its given name (欧阳修, 欧阳 娜娜).

    >>> _people("陳怡君  林大明"), _people("欧阳 娜娜 胡岩"), _people("欧阳修"), _people("走近一線"), _people("新华社")
    (True, True, True, False, False)
    """
    return all(
        _COMPOUND_NAME.fullmatch(name)
        or (
            re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name)
            and name[0] in SURNAMES
            and not _ORG_CHARS.search(name)
        )
        for name in COMPOUND_APART.sub(r"\1\2", names).split()
    )


# A compound surname and its given name, whole or set apart by a space (欧阳修, 欧阳 娜娜).
_COMPOUND_NAME = re.compile(rf"(?:{COMPOUND_SURNAMES})[\u4e00-\u9fff]{{1,2}}")


def _byline_lines(title: HtmlElement | None) -> list[str]:
    """The short lines right under the title (or its header) that a reporter's word is in: a byline
    element with no label's colon.

    >>> from lxml.html import fragment_fromstring as f
    >>> _byline_lines(f('<div><h1>题</h1><div>来源：江澜新闻</div><div>记者 赵一帆 通讯员 胡岩</div><p>正文</p></div>')[0])
    ['记者 赵一帆 通讯员 胡岩']
    """
    if title is None:
        return []
    return [
        text
        for top in dict.fromkeys((title, _header_of(title)))
        if top is not None
        for line in _lines_under(top)
        if any(word in (text := text_of(line)) for word in _REPORTER_WORDS) and _BYLINE_ONLY.fullmatch(text)
    ]


def mail_senders(
    doc: HtmlElement,
    page: str | None = None,
    region: HtmlElement | None = None,
    end: HtmlElement | None = None,
) -> Iterator[str]:
    """The sender a mail's header names (``From: 苗春生 <miao@example.org>``, ``发件人：…``): a mailing
    list archive prints the message's raw header or a header table with its address; the name
    before the address wrote the message. The first header in the page is the message's own (a
    quoted reply's comes later, in its text). Not a header inside the article's text, from its
    first element ``region`` to its last ``end``, but in its first block (review S21: an
    anti-fraud article quoting the phishing mail it warns of).

    >>> from lxml.html import document_fromstring as d
    >>> list(mail_senders(d('<pre>From: 苗春生 &lt;miao@example.org&gt;</pre>')))
    ['苗春生']
    >>> list(mail_senders(d('<table><tr><td>发件人：</td><td>"Lin Yue" &lt;lin@example.org&gt;</td></tr></table>')))
    ['Lin Yue']
    """
    if not xpaths.holds_any(doc.text_content() if page is None else page, _MAIL_LABELS):
        return  # most pages hold no mail header: the page's text (``page``) says so first
    nodes = doc.xpath(xpaths.MAIL_FROM_TEXTS)
    in_text = _text_span(doc, region, end) if nodes and region is not None else None
    for node in nodes:
        holder = node.getparent()
        if holder is None or holder.tag in _NOT_PRINTED:
            continue
        # The header's row or block: a table row's cells, a <pre>'s lines.
        block = next((up for up in chain([holder], holder.iterancestors()) if up.tag in _MAIL_BLOCKS), holder)
        if in_text is not None and in_text(block):
            continue
        for match in _MAIL_FROM.finditer(block.text_content() if block.tag == "pre" else text_of(block)):
            yield match.group(1).strip()


def _text_span(
    doc: HtmlElement, region: HtmlElement, end: HtmlElement | None
) -> Callable[[HtmlElement], bool]:
    """A test of whether an element lies inside the article's text (from its first element
    ``region`` to the end of its last ``end``) but not in its first block."""
    order = {el: i for i, el in enumerate(doc.iter())}
    last = end if end is not None else region
    start = order.get(region, -1)
    stop = order.get(last, -1) + sum(1 for _ in last.iterdescendants())
    first = region[0] if (end is None or end is region) and len(region) else region
    head = (order.get(first, -1), order.get(first, -1) + sum(1 for _ in first.iterdescendants()))

    def inside(el: HtmlElement) -> bool:
        at = order.get(el, -1)
        return start <= at <= stop and not head[0] <= at <= head[1]

    return inside


_MAIL_BLOCKS = frozenset(("tr", "pre", "p", "li", "dd", "div"))
_MAIL_LABELS = ("From:", "发件人", "寄件人")
_MAIL_FROM = re.compile(r"(?:From|发件人|寄件人)\s*[:：]\s*\"?([^\"<>\n@]{2,40}?)\"?\s*<[^<>\s@]+@[^<>\s]+>")


def role_credits(
    doc: HtmlElement,
    region: HtmlElement | None = None,
    end: HtmlElement | None = None,
    page: str | None = None,
    title: HtmlElement | None = None,
) -> Iterator[str]:
    """Names a page credits under the role their bearer had, the label family the writer labels
    (作者, 撰稿…) do not cover: a role noun of two to four characters ending in 者, 人 or 师 (查证者,
    发起人, 分析师, 讲师, 主讲老师, 推荐人) and a colon, then names (2 to 4 characters each, not
    ending as an organisation's name does: 司马若溪 is a name, 某某公司 none), in a short field: a
    card's line, a meta line, an info table's label cell and the cell after it; not in the
    article's text, from its first element ``region`` to its last ``end`` (a sample letter's
    申请人：, the text's own), nor in a link (a teaser's headline quoting someone: 当地人：…). Not a
    role that names someone else than who wrote the page (a contact, a reviewer, who asked the
    question answered, the person a case is about: :data:`_NOT_WRITER_ROLE`), nor a role in prose.
    Only in the article's column, the element holding its title heading ``title`` and its text
    (review S7: a sidebar's course card names its lecturer, not the page's writer), when either is
    known; in no box of its own there under a heading of its own (热门课程).

    >>> from lxml.html import document_fromstring as d
    >>> list(role_credits(d('<p>正文。</p><p class="c">推荐人：<b>闵书遥</b>｜阅读推广部</p>')))
    ['闵书遥']
    >>> list(role_credits(d('<table><tr><th>执笔人：</th><td>骆一鸣、欧阳青</td></tr></table>')))
    ['骆一鸣、欧阳青']
    >>> list(role_credits(d('<p>联系人：闵书遥</p><p>有位分析师：他说的不对。</p>')))
    []
    """
    # The page's text first (one C call), the elements of a role it holds only then: most pages
    # hold none, and an XPath over every text node was 1.8 ms a page on the corpus. The text the
    # page's elements glue together (阅读推广部推荐人：…) hides a role's bounds, so the role's
    # words alone are asked of it, the roles then read from its texts one by one (review S9: a
    # minified page gave another author than the same page with newlines between its tags).
    text = doc.text_content() if page is None else page
    # A role's last character first: Python finds a character in a long text in a tenth of the
    # time the pattern scans it (0.35 ms on en-aeb's texts of 110,000 characters, most of them
    # holding none).
    if not any(c in text for c in _ROLE_ENDS) or _ROLE_HINT.search(text) is None:
        return
    roles = [
        role
        for role in dict.fromkeys(
            m.group(1)
            for text in doc.itertext()
            if _ROLE_HINT.search(text)
            for m in _ROLE_LABEL.finditer(text)
        )
        if not _NOT_WRITER_ROLE.search(role)
    ]
    text_ends = {up for up in (region, end) if up is not None}
    columns = _article_columns(title, region, end)
    for role in roles:
        for el in xpaths.with_text(doc, xpaths.ROLE_LABEL_HOLDERS, role):
            ups = {el, *el.iterancestors()}
            if ups & text_ends or any(up.tag == "a" for up in ups):
                continue
            if columns is not None:
                column = next((c for c in columns if c in ups), None)
                if column is None or _under_own_heading(el, column, title):
                    continue
            text = text_of(el)
            if el.tag in _LABEL_CELLS and (cell := el.getnext()) is not None and _ROLE_ONLY.fullmatch(text):
                text = f"{text}{text_of(cell)}"  # <th>分析师：</th><td>伏嘉言</td>
            if len(text) > _ROLE_FIELD_CHARS:
                continue
            for match in _ROLE_CREDIT.finditer(text):
                if match.group(1) != role:
                    continue
                value = until_next_field(match, names=True, group=2)
                names = [name for name in re.split(r"[、,，\s]+", value) if name]
                if names and all(_ROLE_NAME.fullmatch(n) and not _ORG_CHARS.match(n[-1]) for n in names):
                    yield "、".join(names)
                    return


def _article_columns(
    title: HtmlElement | None, region: HtmlElement | None, end: HtmlElement | None = None
) -> list[HtmlElement] | None:
    """The elements a role's field may sit in, near the article: the element holding its title
    heading and its text (their nearest common ancestor), or the parent of the one known; None
    when neither is. When that is the page's body (a title printed full-width above two columns,
    review S7), the title's part and what follows it up to the text's part (the meta line), and
    the text's own column (its container's parent, within its part of the page) instead."""
    if title is None or region is None:
        known = title if title is not None else region
        return [known.getparent()] if known is not None and known.getparent() is not None else None
    ups = {title, *title.iterancestors()}
    common = next((up for up in (region, *region.iterancestors()) if up in ups), None)
    if common is None:
        return None
    if common.tag not in ("body", "html"):
        return [common]
    branch = {child: None for child in common}
    title_part = next((up for up in (title, *title.iterancestors()) if up.getparent() is common), None)
    text_part = next((up for up in (region, *region.iterancestors()) if up.getparent() is common), None)
    if title_part is None or text_part is None:
        return [common]
    children = list(branch)
    head = children[children.index(title_part) : children.index(text_part)]
    # The text's container: ``region`` itself when it is the text's one element (its first and
    # last), else the parent of its first element; the column is the container's parent.
    container = region if end is None or end is region else region.getparent()
    column = container.getparent() if container is not None and container is not text_part else container
    return [*head, column if column is not None else text_part]


def _under_own_heading(el: HtmlElement, column: HtmlElement, title: HtmlElement | None) -> bool:
    """Whether ``el`` sits in a box of its own inside ``column`` that a heading other than the
    title heads (a 热门课程 box's card): the box's, not the article's."""
    for up in el.iterancestors():
        if up is column:
            return False
        if any(h is not title for h in up.iterchildren("h1", "h2", "h3", "h4", "h5", "h6")):
            return True
    return False


# A role's label and the names after it; the role noun alone in a label cell.
_ROLE = r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,3}(?:者|人|师|師))\s*[:：]"
_ROLE_LABEL = re.compile(_ROLE)
_ROLE_CREDIT = re.compile(
    _ROLE + r"\s*([\u4e00-\u9fff·]{2,4}(?:(?:[、,，]|\s+)[\u4e00-\u9fff·]{2,4})*)(?![\u4e00-\u9fff])"
)
_ROLE_ENDS = "者人师師"
_ROLE_HINT = re.compile(f"[{_ROLE_ENDS}]\\s*[:：]")
_ROLE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,3}(?:者|人|师|師)\s*[:：]?")
_ROLE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_ROLE_FIELD_CHARS = 80
# Roles that name someone other than who wrote the page: a contact, who answers for, checks or
# signs it, the person a case or a payment is about, a reporter (read as bylines), a reader.
_NOT_WRITER_ROLE = re.compile(
    r"联系|聯繫|聯絡|联络|负责|負責|审|審|校|签发|簽發|收款|受益|付款|患|监护|監護|当事|當事|嫌疑|被告|原告"
    r"|代理|委托|委託|法定|申请|申請|举报|舉報|投诉|投訴|中标|中標|投标|投標|招标|招標|采购|採購|记者|記者"
    r"|读者|讀者|用户|用戶|会员|會員|楼主|樓主|发布者|發布者|上传|上傳|贡献|貢獻|所有者|主持|提问|提問"
    # who made the pictures, the film or the layout (review S8: a photo credit after the text)
    r"|摄影|攝影|摄像|攝像|设计|設計|插画|插畫|绘|繪|制图|製圖|美编|美編|配音"
)


def microdata_authors(doc: HtmlElement, title: HtmlElement | None = None) -> Iterator[str]:
    """The writers schema.org microdata on the page names (``itemprop="author"``: a Person's card
    whose ``itemprop="name"`` holds the name, or an element whose text or ``content`` is the name),
    joined by ``、``: those of the first item that names an author, the article's, in order; not a
    comment's (another item's property). An Organization that is the site's own name is nobody.

    >>> from lxml.html import document_fromstring as d
    >>> card = '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><b itemprop="name">{}</b> 编辑</span>'
    >>> page = '<div itemscope>{}{}<div itemprop="comment" itemscope>{}</div></div>'
    >>> list(microdata_authors(d(page.format(card.format("林溪"), card.format("白露"), card.format("路人")))))
    ['林溪、白露']
    """
    # The first item of the page's own that names an author (review S11: a related-posts box's
    # items, before the main column in the source, name their own writers).
    found = [
        el for el in xpaths.of_page(doc, xpaths.MICRODATA_AUTHORS) if _pages_item(doc, _item_of(el), title)
    ]
    if not found:
        return
    item = _item_of(found[0])
    names = []
    for el in found:
        if _item_of(el) is not item:
            continue
        if el.get("itemscope") is None:
            name = el.get("content") or text_of(el)
        else:
            own = [prop for prop in el.xpath(xpaths.MICRODATA_NAMES) if _item_of(prop) is el]
            name = (own[0].get("content") or text_of(own[0])) if own else ""
            if "Organization" in (el.get("itemtype") or "") and names_site(doc, name):
                continue
        name = _LABEL_PREFIX.sub("", name.strip())  # By Lin Yue
        if _MARKUP_NAME.fullmatch(name):
            names.append(name)
    if names:
        yield "、".join(dict.fromkeys(names))


def microformat_authors(doc: HtmlElement, region: HtmlElement | None = None) -> Iterator[str]:
    """The writers microformats mark on the page's post (a fediverse server's status, an IndieWeb
    blog's, a blog theme's hAtom): the post is the ``h-entry`` (``hentry``) holding the article's
    first element ``region``, never one inside another (a reply, a quoted post). When no entry
    holds the article, the entries are a listing's (a sidebar's "recent posts" teasers, each an
    ``hentry`` with its writer), not the post's: nobody is read, not the page's first entry. Its
    authors are its own ``p-author`` (``author vcard``) elements, each named by its
    ``p-name`` (``fn``) or, a card without one, by its text. The site's own card (an ``h-card``
    that is no entry's ``p-author``) and a name that is the site's are nobody.

    >>> from lxml.html import document_fromstring as d
    >>> card = '<a class="p-author h-card"><strong class="p-name">{}</strong> @{}@example.org</a>'
    >>> reply = '<div class="h-entry h-cite p-comment">' + card.format("周末", "zm") + '</div>'
    >>> doc = d('<div class="h-entry"><p>正文</p>' + card.format("林小雨", "lin") + reply + '</div>')
    >>> list(microformat_authors(doc, doc.find(".//p"))), list(microformat_authors(doc))
    (['林小雨'], [])
    """
    marked = xpaths.microformats(doc)
    entries = [el for el, words in marked if _ENTRY_WORDS.intersection(words)]
    posts = [
        el
        for el in entries
        if _entry_of(el) is None and not _QUOTED_WORDS.intersection(el.get("class", "").split())
    ]
    if not posts:
        return
    above = set(region.iterancestors()) if region is not None else set()
    post = next((el for el in posts if el is region or el in above), None)
    if post is None:
        return
    names = []
    for el, words in marked:
        if not ("p-author" in words or ("author" in words and "vcard" in words)) or _entry_of(el) is not post:
            continue
        card = "h-card" in words or "vcard" in words
        own = "p-name" if "h-card" in words else "fn"
        named = (
            el
            if own in words
            else next((sub for sub in el.iterdescendants() if own in (sub.get("class") or "").split()), None)
            if card
            else None
        )
        name = " ".join(text_of(named if named is not None else el).split())
        if _MARKUP_NAME.fullmatch(name) and not names_site(doc, name):
            names.append(name)
    if names:
        yield "、".join(dict.fromkeys(names))


# Class words of a post (microformats 2 and 1), and of an entry quoted in another (a reply, a
# repost's original, what a post replies to).
_ENTRY_WORDS = frozenset(("h-entry", "hentry"))
_QUOTED_WORDS = frozenset(
    ("h-cite", "p-comment", "p-in-reply-to", "p-repost-of", "p-like-of", "p-quotation-of")
)


def _entry_of(el: HtmlElement) -> HtmlElement | None:
    """The post (``h-entry``, ``hentry``) an element is inside, the nearest."""
    return next(
        (up for up in el.iterancestors() if _ENTRY_WORDS.intersection((up.get("class") or "").split())), None
    )


def _pages_item(doc: HtmlElement, item: HtmlElement | None, title: HtmlElement | None = None) -> bool:
    """Whether a microdata item (None: properties of no item) may be the page's own: not in a
    side box, a nav or a footer, not an entry of a list (another post's card); one holding the
    page's title heading ``title`` or its first <h1> is; else its own headline or name, if it has one, must be in
    the page's ``<title>`` or in the title heading (not a heading of the item's own: review S11,
    a related post's card setting its headline in an <h2>)."""
    if item is None:
        return True
    if any(up.tag in _NOT_PAGE_ITEM_TAGS for up in (item, *item.iterancestors())):
        return False
    # An item holding the title heading, or the page's first <h1> (the title finder may pick
    # another heading; a corpus page's NewsArticle sets its headline in that h1), is the page's.
    first_h1 = next(doc.iter("h1"), None)
    for held in (title, first_h1):
        if held is not None and (held is item or item in held.iterancestors()):
            return True
    heads = [
        prop
        for prop in item.xpath(".//*[@itemprop='headline' or @itemprop='name']")
        if _item_of(prop) is item
    ]
    if not heads:
        return True
    titles = [doc.findtext(".//title") or "", text_of(title) if title is not None else ""]
    return any(
        (own := text_of(h) or h.get("content") or "") and any(own in t for t in titles if t) for h in heads
    )


_NOT_PAGE_ITEM_TAGS = frozenset({"aside", "nav", "footer", "li"})


def _item_of(el: HtmlElement) -> HtmlElement | None:
    """The microdata item a property element belongs to: its nearest ancestor with ``itemscope``."""
    return next((up for up in el.iterancestors() if up.get("itemscope") is not None), None)


# A name markup gives (JSON-LD's, microdata's): not an address, not a paragraph.
_MARKUP_NAME = re.compile(r"(?!.*://)[^\n]{2,40}")


def displayed_name(doc: HtmlElement, username: str) -> Iterator[str]:
    """The name a page prints for a member its markup names by the username: a forum prints the
    display name with the username in brackets after it (``橘子妈妈 (oldcat_mom)``, ``林溪
    (@linxi)``), and credits the writer by the display name.

    >>> from lxml.html import document_fromstring as d
    >>> list(displayed_name(d("<p><span>橘子妈妈</span> (oldcat_mom)</p>"), "oldcat_mom"))
    ['橘子妈妈']
    """
    if not username or len(username) > _NAME_CHARS or username not in xpaths.page_text(doc):
        return
    bracketed = re.compile(rf"\s*[（(]@?{re.escape(username)}[)）]")
    for node in xpaths.with_text(doc, xpaths.TEXT_WITH, username):
        # The username's brackets follow the element printing the display name (its tail), or the
        # name in the same text (林溪 (@linxi)).
        if node.is_tail and bracketed.match(node):
            name = text_of(node.getparent())
        else:
            name = name_before_brackets(node, username)
        if 2 <= len(name) <= _NAME_CHARS and name != username:
            yield name
            return


_NAME_CHARS = 20


def name_before_brackets(text: str, username: str) -> str:
    """The name printed just before ``username`` in brackets in ``text`` (the first such), or "".

    >>> name_before_brackets("posted by 林溪 (@linxi) today", "linxi")
    '林溪'

    The bracketed username is found first (where the username is printed) and the name looked
    for only in the ``_NAME_CHARS`` before it: a body's text holding the username may be a script's JSON of 100,000 characters or
    more, and the name pattern tried from each of its characters took tens of milliseconds a
    page. The same answer as that search: a name ends where its brackets' spaces begin, and an
    earlier bracket whose name failed fails again from a later start.
    """
    named = re.compile(rf"([^\s()（）]{{2,{_NAME_CHARS}}})\s*[（(]@?{re.escape(username)}[)）]")
    # Each place the username is printed (str.find: a regex's search from each character is
    # itself a few milliseconds on such a text), bracketed or not.
    at = text.find(username)
    while at >= 0:
        opener = at - 1 - (text[at - 1 : at] == "@")
        end = at + len(username) + 1
        if opener >= 0 and text[opener] in "（(" and text[end - 1 : end] in ("）", ")"):
            start = opener
            while start and text[start - 1].isspace():
                start -= 1
            match = named.search(text, max(0, start - _NAME_CHARS), end)
            if match:
                return match.group(1)
        at = text.find(username, at + 1)
    return ""


def reposted(lines: Sequence[Line]) -> Iterator[tuple[str | None, str | None]]:
    """The re-post credits (:func:`repost_credit`) of the article's lines: in it, or the first
    line under it; not a list's."""
    first_below = next((line for line in lines if line.below), None)
    for line in lines:
        if not line.listed and (not line.below or line is first_below) and _REPOSTED.search(line.text):
            credit = repost_credit(line.text)
            if credit != (None, None):
                yield credit


_REPOSTED = re.compile(r"(?:转载|轉載|[转轉摘选選])自")


def _is_repost_credit(text: str) -> bool:
    """Whether a line is a re-post's credit (an info line with no label's colon: 作者 石见秋)."""
    return _REPOSTED.search(text) is not None and _REPOST.match(text.lstrip(_CREDIT_OPENERS)) is not None


def repost_credit(text: str) -> tuple[str | None, str | None]:
    """The account and the writer a re-post's credit names (本文转载自微信公众号“北岸书友社”（ID：
    beiansyshe），作者：石见秋。): the account it was taken from is the text's source, its 作者 the
    text's writer. The account that re-posted it (the page's poster, a portal's 企鹅号) is neither.

    >>> repost_credit("本文转载自微信公众号“北岸书友社”（ID：beiansyshe），作者：石见秋。转载目的在于传递更多信息。")
    ('北岸书友社', '石见秋')
    >>> repost_credit("本文经授权转载自公众号「山城夜话」，作者 周屿")
    ('山城夜话', '周屿')
    >>> repost_credit("文章转自微信公众号：乡村教师手记"), repost_credit("他转自公众号的文章，作者：不详")
    (('乡村教师手记', None), (None, None))
    >>> repost_credit("本文转载自微信公众号，版权归原作者所有。")
    (None, None)

    Only a line that opens with the credit: prose quoting one is text.

    >>> repost_credit("（本文转自公众号「山城夜话」）"), repost_credit("常见的写法：本文转载自微信公众号“城市观察”，作者：李明。")
    (('山城夜话', None), (None, None))
    >>> repost_credit("本文转载自《教育周刊》")
    ('教育周刊', None)
    """
    # A line of its own: a sentence quoting a credit inside prose (常见的写法：本文转载自…) is text.
    match = _REPOST.match(text.lstrip(_CREDIT_OPENERS))
    if match is None:
        return None, None
    # 本文转载自微信公众号，版权归原作者所有: the platform's word, and no account named. A publication's
    # name in its title marks (本文转载自《教育周刊》) is the name: the marks are punctuation.
    source = None if re.fullmatch(ACCOUNT_WORD, match["source"]) else match["source"]
    if source and (marked := _MARKED_NAME.fullmatch(source)):
        source = marked[1]
    return source, match["author"]


_MARKED_NAME = re.compile(r"《([^《》]+)》")


# What may open a credit's line before its words: brackets, quotes, a note's marks.
_CREDIT_OPENERS = ' \u3000（(【[「“"*·—-'
# 本文转载自…, 本文经授权转载自…, 转自微信公众号…: a re-post's credit names the account first (in
# quotes, after the platform's word for it, or both), an ID in brackets, then the writer.
_REPOST = re.compile(
    r"(?:(?:本文|本篇|此文|该文|該文|文章)(?:经|經)?(?:授权|授權)?(?:转载|轉載|转|轉|选|選|摘)自\s*(?:"
    + ACCOUNT_WORD
    + r")?"
    r"|(?<![\u4e00-\u9fff])(?:转载|轉載|转|轉)自\s*" + ACCOUNT_WORD + r")"
    r"\s*[:：]?\s*[“\"「『]?(?P<source>[^“”\"「」『』（）()，,。；;：:\s]{2,20}?)[”\"」』]?"
    r"\s*(?:[（(][^（）()]{0,30}[）)])?(?=[，,。；;）)\s]|$)"
    r"(?:[，,；;\s]*作\s?者\s*[:：]?\s*(?P<author>[\u4e00-\u9fff·]{2,6}|[A-Za-z][\w.\- ]{1,19}?)(?=[。，,；;）)\s]|$))?"
)


# Who put a file up on a document library, or shared it: the account, not the writer. (上传者 /
# 上传人 are read as the author: the name a document is filed under, as the project's truth has it.)
_CONTRIBUTOR = re.compile(r"(?:贡献者|貢獻者|分享者|分享人)\s*[:：]\s*([^\s|｜丨/]{2,20})")


# The text's first lines, where a credit line sits.
_CREDIT_LINES = 3
# A site's footer (© 2024 某网 | 诗文 | 作者 | 古籍 | 京ICP备…): its 作者 is a menu's link, no label.
_FOOTER = re.compile(r"©|ICP备|ICP證|版权所有|版權所有|Copyright", re.I)


def _row(link: HtmlElement, region: HtmlElement) -> HtmlElement | None:
    """The post's row holding ``link`` and ``region``: the nearest element holding both, when it
    says little besides the post (a poster's card beside it: name, rank, counters), not the
    page's chrome and other posts.

    >>> from lxml.html import fragment_fromstring as f
    >>> row = f('<table><tr><td><a>老猫</a></td><td><div><p>正文很长很长</p></div></td></tr></table>')
    >>> _row(row.find('.//a'), row.find('.//div')).tag
    'tr'
    """
    holders = set(region.iterancestors())
    both = next((a for a in link.iterancestors() if a in holders), None)
    if both is None:
        return None
    own = len("".join(region.text_content().split()))
    return both if len("".join(both.text_content().split())) <= own + _CARD_CHARS else None


# What a poster's card says besides the post: a name, a rank, counters, a signature.
_CARD_CHARS = 400


def _chained_values(lines: Iterable[Line]) -> Iterator[str]:
    """The values of the lines' author labels (:func:`_author_values`), in order, but a credit
    chain's supplier (供稿：外国语学院) after the writer the chain's next line credits (a chain set
    one credit a line: 供稿：… / 文字：王雨桐 / 摄影：…), as on one line. The chain is credit lines
    in a row, of one place on the page (above, beside the title, under the text), none dated: a
    list's or a reply's 作者 line further down is no part of it.

    >>> list(_chained_values([Line("供稿：外国语学院"), Line("文字：王雨桐"), Line("摄影：陈子墨")]))
    ['王雨桐', '外国语学院']
    >>> list(_chained_values([Line("供稿：外国语学院"), Line("作者：王雨桐 2024-11-08")]))
    ['外国语学院', '王雨桐']
    >>> list(_chained_values([Line("供稿：外国语学院"), Line("作者：王雨桐", below=True)]))
    ['外国语学院', '王雨桐']
    """
    held: list[str] = []
    opened: Line | None = None
    for line in lines:
        ranked = _ranked_author_values(line)
        if held and not (_continues_chain(opened, line) and any(posted == 0 for _, posted in ranked)):
            yield from held  # the chain ended with no writer's credit
            held = []
        if ranked and all(posted == 1 for _, posted in ranked) and _credits_only(line):
            held += [value for value, _ in ranked]
            opened = line
            continue
        for k, (value, _) in enumerate(ranked):
            yield value
            if held and (k + 1 == len(ranked) or ranked[k + 1][1]):
                yield from held  # after the writers
                held = []
    yield from held


def _opening_credits(head: Sequence[str]) -> list[str]:
    """The article's first lines a credit opening the text is read in (:data:`_CREDIT_LINES`),
    but a picture's caption credit (:func:`_captioned`) after a paragraph of the text: it credits
    the caption.

    >>> _opening_credits(["文字：王雨桐 摄影：陈子墨", "十一月八日，学院举办大赛。", "文字：王某 摄影：李某"])
    ['文字：王雨桐 摄影：陈子墨', '十一月八日，学院举办大赛。']
    """
    lines = head[:_CREDIT_LINES]
    return [
        text
        for k, text in enumerate(lines)
        if not (_captioned(text) and any(not _BYLINE_ONLY.fullmatch(t) for t in lines[:k]))
    ]


def _captioned(text: str) -> bool:
    """Whether a line credits a writer beside a picture (文字：王晓燕 摄影：李志强): a caption's
    credit where it sits in the text."""
    return _CAPTION_WRITER.search(text) is not None and _CAPTION_CREDIT.search(text) is not None


def _caption_credit(line: Line, head: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether an info line is a picture's caption credit in the middle of the text: a writer's
    文字： beside a picture's credit (图为…（文字：王晓燕 摄影：李志强）), neither beside the title nor
    under the text, nor opening or closing the text (:func:`_opening_credits`,
    :func:`_closing_credits`), where a credit chain is the article's, unless a caption's sentence
    comes before it (图为…。（文字：…）).

    >>> _caption_credit(Line("图为选手在实验室操作。（文字：王晓燕 摄影：李志强）"), [], [])
    True
    >>> _caption_credit(Line("（供稿：外国语学院 文字：王雨桐 摄影：陈子墨）"), [], ["（供稿：外国语学院 文字：王雨桐 摄影：陈子墨）"])
    False
    >>> _caption_credit(Line("文字：王雨桐"), [], []), _caption_credit(Line("文字：王雨桐 摄影：陈子墨", near=True), [], [])
    (False, False)
    """
    return (
        not (line.near or line.below)
        and _captioned(line.text)
        and (
            _CAPTION_SENTENCE.search(line.text) is not None
            or not any(line.text in text for text in (*_opening_credits(head), *_closing_credits(tail)))
        )
    )


# A caption's sentence before its credit (图为选手在实验室操作。（文字：… 摄影：…）): wherever it sits.
_CAPTION_SENTENCE = re.compile(r"[。！？!?]\s*[（(]")


def _closing_credits(tail: Sequence[str]) -> list[str]:
    """The article's last lines (``tail``) that close it: no paragraph of the text after them,
    only credits (a chain one credit a line: 供稿：… / 文字：… / 摄影：…).

    >>> _closing_credits(["文字：王某 摄影：李某", "学院举办大赛，同学们参加了比赛。", "供稿：外国语学院", "文字：王雨桐"])
    ['学院举办大赛，同学们参加了比赛。', '供稿：外国语学院', '文字：王雨桐']
    """
    return [text for k, text in enumerate(tail) if all(_BYLINE_ONLY.fullmatch(t) for t in tail[k + 1 :])]


_CAPTION_WRITER = re.compile(r"(?<![\u4e00-\u9fff])文字\s*[:：]")
_CAPTION_CREDIT = re.compile(r"(?:摄影|攝影|图片|圖片)\s*[:：]")


def _credits_only(line: Line) -> bool:
    """Whether an info line is a credit chain's line: credits only, no date, no list's item."""
    return not line.listed and _DATE.search(line.text) is None


def _continues_chain(opened: Line | None, line: Line) -> bool:
    """Whether ``line`` may be the next credit of the chain the line ``opened`` opened: of one place
    on the page."""
    return (
        opened is not None
        and _credits_only(line)
        and (opened.below, opened.near, opened.inside) == (line.below, line.near, line.inside)
    )


def _author_values(line: Line) -> Iterator[str]:
    """The values of a line's author labels. A co-author's label adds its names to the reporters'
    before it (记者 | 韩雨桐 邓凯 通讯员 | 龚平, 记者 韩雨桐 实习生：何佳); a thread starter's label
    (楼主：…) below the article is a reply's.

    >>> list(_author_values(Line("记者 | 韩雨桐 邓凯 通讯员 | 龚平"))), list(_author_values(Line("记者 韩雨桐 实习生：何佳")))
    (['韩雨桐 邓凯 龚平'], ['韩雨桐 何佳'])
    >>> list(_author_values(Line("作者：admin 撰稿：王丽")))
    ['admin', '王丽']

    Who posted the text (发布者, 投稿人) comes after its writer on the same line (a portal's
    ``发布者: 江城小编 | 原作者: 郑晓岚``):

    >>> list(_author_values(Line("2024-5-14 10:32 | 发布者: 江城小编 | 查看: 1523 | 原作者: 郑晓岚")))
    ['郑晓岚', '江城小编']

    An oral account's speaker named before its label (``黃美玲姊妹 口述／編輯小組 整理``) is its author:

    >>> list(_author_values(Line("黃美玲姊妹 口述/編輯小組 整理"))), list(_author_values(Line("口述：陈阿福 整理：周晓岚")))
    (['黃美玲姊妹'], ['陈阿福', '周晓岚'])
    """
    yield from (value for value, _ in _ranked_author_values(line))


def _ranked_author_values(line: Line) -> list[tuple[str, int]]:
    """:func:`_author_values` with each value's rank: 0 a writer's, 1 who wrote it up or supplied
    it (整理, 供稿), 2 who posted it."""
    values: list[tuple[str, int]] = []
    value: str | None = None
    posted = 0
    for label in _author_labels(line.text):
        if line.below and _STARTER_LABEL.match(label.group(0)):
            continue
        names = until_next_field(label, names=True)
        if _CO_AUTHOR_LABEL.match(label.group(0)):
            if value is None:  # 记者 韩雨桐 实习生：…: the reporters' byline before the label
                value = " ".join(bylines(line.text[: label.start()])) or None
            if value is not None:
                value = f"{value} {names}"
                continue
        if value is not None:
            values.append((value, posted))
        value, word = names, label.group(0)
        # The speaker's name before the label (黃美玲姊妹 口述／編輯小組 整理: credits written after the
        # names, as a church's or a magazine's testimony prints them) is the account's author; the
        # value after it the next credit's.
        if _ORAL.match(word) and (speaker := _NAME_BEFORE.search(line.text, 0, label.start())):
            value = speaker.group(1)
        posted = 2 if _POSTER_LABEL.search(word) else 1 if _SUPPORT_LABEL.match(word) else 0
    if value is not None:
        values.append((value, posted))
    # The writers first, then who wrote the text up or supplied it, then who posted it.
    return sorted(values, key=lambda pair: pair[1])


def _site_itself(doc: HtmlElement, value: str) -> bool:
    """Whether an author label's value is the site's own name (session 20): the name its logo, its
    home link or ``og:site_name`` prints, or the ``<title>``'s last part. Not a part between (a novel's
    page: 第…章_山河旧梦_南山听雨_笔下文学网 names its writer there), nor a person's name or a personal
    site's name of its owner's place (小書蟲的書房: the owner's pen name, as the site's name is).

    >>> from lxml.html import document_fromstring as d
    >>> page = d('<title>倡议书 - 文明创建 - 龙湖论坛 - Powered by Discuz!</title><a href="./">龙湖论坛</a>')
    >>> _site_itself(page, "龙湖论坛"), _site_itself(page, "文明创建")
    (True, False)
    >>> _site_itself(d("<title>第一章_山河旧梦_南山听雨_笔下文学网</title>"), "南山听雨")
    False
    >>> _site_itself(d("<title>读后感 @ 小書蟲的書房</title><a href='/'>小書蟲的書房</a>"), "小書蟲的書房")
    False
    """
    if not value or is_person_name(value) or _OWNERS_PLACE.fullmatch(value):
        return False
    title = _doc_title_parts(doc)
    return (len(title) > 1 and value == title[-1]) or bool(
        xpaths.with_text(doc, xpaths.SITE_HOME_NAMED, value)
    )


def _site_accounts(lines: Iterable[Line]) -> set[str]:
    """The accounts a poster's label names by a medium's or a site's name (发布者: 龙湖文明网, a
    portal's 发布者 or 投稿人 field filled with the account the site or a unit posts under): who
    posted the text, as admin is, no writer (session 20). A person after the unit (发布者：南屏房产网
    陶冶) is a writer; a writer's label naming a medium (作者：茶叶站) is the page's word.

    >>> _site_accounts([Line("2026-2-10 09:30 | 发布者: 龙湖文明网 | 查看: 1862"), Line("发布者：南屏房产网 陶冶")])
    {'龙湖文明网'}
    """
    return {
        value
        for line in lines
        if _POSTER_LABEL.search(line.text)
        for value, posted in _ranked_author_values(line)
        if posted == 2 and names_medium(value.strip())
    }


_CO_AUTHOR_LABEL = re.compile(r"通讯员|通訊員|实习生|實習生")
# A name (and a form of address after it) opening a line before a label: 黃美玲姊妹 口述.
_NAME_BEFORE = re.compile(r"^\W*([\u4e00-\u9fff·]{2,6})[ \u3000]*$")
# Labels of who spoke at the event a page records or announces (a sermon's, a lecture's).
_SPEAKER_LABEL = re.compile(rf"讲员|講員|主讲人|主講人|{_SPEAKER_WORDS}")
# Labels of who wrote the page itself.
_WRITER_LABEL = re.compile(
    r"(?<![该該看注系赏賞原])作\s?者\s*[:：]|撰稿|撰文|(?<![\u4e00-\u9fff])文字\s*[:：]"
)
# Labels of who posted a text (a CMS's account, a portal's editor), not of who wrote it.
_POSTER_LABEL = re.compile(r"发布者|發布者|發佈者|投稿人")
_STARTER_LABEL = re.compile(r"楼主|樓主")
# Labels of who wrote a text up (整理, after an oral account's speaker) or supplied it (供稿: a
# unit's office, after the writer its line names): a writer's weaker credit.
_SUPPORT_LABEL = re.compile(r"\W*(?:整理|供稿)")


def _author_labels(text: str) -> Iterator[re.Match[str]]:
    """The author labels of a line, each looked for where the value before it ends
    (作者：admin 撰稿：王丽: the second label is where the first value's next field starts).

    >>> [until_next_field(m) for m in _author_labels("作者：admin 撰稿：王丽 责任编辑：赵六")]
    ['admin', '王丽']
    """
    pos = 0
    while (match := _LABELLED["author"].search(text, pos)) is not None:
        if credits_name(match):
            yield match
        pos = match.start(1) + max(1, len(until_next_field(match, names=True)))


def _byline_names(text: str) -> Iterator[str]:
    """The writers a byline line under the title names: an oral account's speaker first
    (口述：某医院主任医师 王某　整理：本报记者 李某 is 王某's account, though its 整理 is a reporter's
    byline), else the line's bylines.

    >>> list(_byline_names("口述：城南医院主任医师 陈阿福　整理：本报记者 周晓岚")), list(_byline_names("本报记者 周晓岚"))
    (['城南医院主任医师 陈阿福'], ['周晓岚'])
    """
    label = _LABELLED["author"].match(text)
    if label is not None and _ORAL.match(label.group(0)) and credits_name(label):
        yield until_next_field(label, names=True)
    else:
        yield from bylines(text)


# An oral account's label: the speaker is the text's author, before who wrote it up (整理).
_ORAL = re.compile(r"\W*口述")


def credits_name(label: re.Match[str]) -> bool:
    """Whether an author label's value is a credit: a label word that also opens a headline or a
    section heading (口述：一个…的自白, 记录：每天称一次, 整理：…) credits someone only when its
    value ends in a name's shape (口述：赵桂芳, 記錄：總幹事 黃美玲); other labels always do.

    >>> [credits_name(_LABELLED["author"].search(t)) for t in ("记录：总干事 黄美玲", "记录：每天称一次", "执笔：叨叨姐")]
    [True, False, True]

    文字 also names an aspect of a text a rubric grades (内容：充实具体 结构：层次清楚 文字：通顺流畅, a
    作文's 评语): it credits a writer in a chain of credits (its line holds another credit's label:
    供稿：… 文字：… 摄影：…) or when its value names a person.

    >>> [credits_name(_LABELLED["author"].search(t)) for t in ("内容：充实 文字：通顺流畅", "文字：王雨桐", "文字：宣传部 摄影：吴迪")]
    [False, True, True]
    """
    if _ASPECT_LABEL.match(label.group(0)):
        names = _NAME_SEPARATORS.split(until_next_field(label, names=True))
        return _CHAIN_CREDIT.search(label.string) is not None or any(map(is_person_name, names))
    if not _HEADLINE_LABEL.match(label.group(0)):
        return True
    return _CREDITED_NAME.fullmatch(until_next_field(label, names=True)) is not None


# A label word that also names an aspect of a text (a rubric's 文字：通顺流畅).
_ASPECT_LABEL = re.compile(r"\W*文字\s*[:：]")
# The other credits of a chain (供稿：… 文字：… 摄影：… 审核：…).
_CHAIN_CREDIT = re.compile(
    r"(?:供稿|供图|供圖|摄影|攝影|图片|圖片|审核|審核|编辑|編輯|责编|責編|校对|校對|撰稿|作者|记者|記者"
    r"|通讯员|通訊員)\s*[:：]"
)
_NAME_SEPARATORS = re.compile(r"[\s、，,]+")


# Label words that also open a headline (an oral account's, a record's): 口述, 整理, 记录.
_HEADLINE_LABEL = re.compile(r"\W*(?:口述|整理|记录|記錄)")
# A name's shape, a role or a unit before it (總幹事 黃美玲, 城南区人民医院老年医学科主任医师 陈阿福: an
# affiliation and a title run long): 2-4 Han characters or a Latin name.
_CREDITED_NAME = re.compile(r"(?:\S{1,24}\s+){0,2}(?:[\u4e00-\u9fff·]{2,4}|[A-Za-z][A-Za-z.\-]{1,19})")


def posters(text: str) -> Iterator[str]:
    """Who posted a post, from a forum or blog footer: ``… 2005/05/17 22:11:42 by 眉间尺``,
    ``ggjjzhzz 发表于 2005-9-15 11:46``.

    >>> list(posters("〓 网易娱乐 发布时间 2005/05/17 22:11:42 by 眉间尺 〓"))
    ['眉间尺']
    >>> list(posters("[湖湘文化]陈天华《警世钟》ggjjzhzz 发表于 2005-9-15 11:46:00"))
    ['ggjjzhzz']
    >>> list(posters("编辑 发表于:2005-07-31 12:30"))
    []

    A member's level badge between the name and the stamp is no name (步行街老炮儿 Lv.6 发布于 …, session 28): the
    name before it is the poster's.

    >>> list(posters("步行街老炮儿Lv.6发布于 2024-02-27 23:41")), list(posters("阿杰 LV12 发表于 2024-02-27"))
    (['步行街老炮儿'], ['阿杰'])
    """
    for pattern in (_POSTED_BY, _POSTER):
        for match in pattern.finditer(text):
            name = match.group(1)
            if _LEVEL_BADGE.fullmatch(name):
                before = _NAME_BEFORE_BADGE.search(text, 0, match.start(1))
                # (A member's rank before the badge, 高级会员 / 超级版主 / 管理员, is no name: the name is before it.)
                while before is not None and _MEMBER_RANK.search(before.group(1)):
                    before = _NAME_BEFORE_BADGE.search(text, 0, before.start(1))
                if before is None:
                    continue
                name = before.group(1)
            if not _LABEL_WORDS.search(name) and not _FLOOR.match(name):
                yield name


# Lv.6 / LV12 / Level 3: a forum member's level badge, printed between the name and the post's stamp.
_LEVEL_BADGE = re.compile(r"(?i)(?:lv|level)\s*\.?\s*\d{1,3}")
# A forum member's rank printed beside the level badge (高级会员, 超级版主, 管理员, 楼主, VIP).
_MEMBER_RANK = re.compile(r"(?i)(?:会员|會員|管理员|管理員|版主|楼主|樓主|站长|站長|vip)$")
_NAME_BEFORE_BADGE = re.compile(r"(?:^|[\s|｜])([A-Za-z][\w.\-]{2,19}|[\u4e00-\u9fff]{2,8})\s*$")


def sign_off(texts: Sequence[str]) -> tuple[str, str] | None:
    """The signer and the date an official document closes with (落款), if it does.

    >>> sign_off(["特此通告。", "吉林省人民政府", "2022年1月27日"])
    ('吉林省人民政府', '2022年1月27日')
    >>> sign_off(["特此通告。", "以上内容仅供参考", "2022年1月27日起施行"]) is None
    True

    A letter's closing formula after the signer (敬啟, 谨上, 启 after the name) is how it signs, no
    part of its name:

    >>> sign_off(["敬请准时参加。", "某某市第一中学 敬启", "2025年9月5日"])[0], sign_off(["…", "某某县教育局启", "2025年9月5日"])[0]
    ('某某市第一中学', '某某县教育局')
    """
    # A date line alone in the Republic's years with no era's name (114年10月1日: no year of ours has
    # three digits) is a Taiwanese body's sign-off date (session 23).
    texts = [
        arabic_date(roc_date(text, bare=_ROC_DAY_ONLY.fullmatch(text) is not None))
        for t in texts
        if (text := t.strip())
    ]
    for i in range(len(texts) - 1, 0, -1):
        if _DATE_ONLY.fullmatch(texts[i]):
            at = i - 1
            # The formula on a line of its own between the signer and the date (某某局 / 敬启 / 日期).
            if i > 1 and _CLOSING_FORMULA.fullmatch(texts[at].replace(" ", "")):
                at -= 1
            signers = _signers(texts[at])
            if not signers:
                return None
            # A joint document's bodies, each on its line above the one date (某某局 / 某某局 / 日期),
            # sign it together (session 23).
            while at > 0 and len(signers) < _MAX_SIGNERS and (more := _signers(texts[at - 1], above=True)):
                signers[:0] = more
                at -= 1
            return "、".join(dict.fromkeys(signers)), texts[i]
    return None


def answerer_after_text(end: HtmlElement | None) -> Iterator[str]:
    """The professional a Q&A column's answer is by, labelled in the box right after the text that dates the
    reply (``回复律师：孙明远`` over ``回复时间：…``; ``營養師回覆：…``: a hospital's or a law firm's Q&A column): the
    answer the page prints is theirs (session 29, issue 11). The label names the answering role, a reply's word
    before it or after it (回复律师, 解答老師, 醫師回覆; the roles: …师, 医生, 专家, 顾问); its value a name's shape
    (a unit may go before it, a title after: 眼科 某某醫師). A reply's own line under a comment (回复：…) names no
    role and nobody; a greeting after the label (回复医生：您好), a box that does not date the reply, or one that
    links other questions (上一則, 相关问题: their answerers), name nobody.

    >>> from lxml.html import fragment_fromstring as f
    >>> page = f('<div><div><p>正文。</p></div><div><p>回复律师：孙明远</p><p>回复时间：2025-06-03</p></div></div>')
    >>> list(answerer_after_text(page[0]))
    ['孙明远']
    >>> page = f('<div><div><p>正文。</p></div><div><p>回复医生：您好</p><p>2025-06-03</p></div></div>')
    >>> list(answerer_after_text(page[0]))
    []
    """
    if end is None:
        return
    box = _box_after(end)
    if box is None:
        return
    if len(box.text_content()) > _INFO_MAX * 2:  # (a thread of comments, a list: no credits' box)
        return
    whole = text_of(box)
    if len(whole) > _INFO_MAX or not _DATE.search(whole) or _OTHER_POSTS.search(whole):
        return
    # Line by line: the box's fields are printed one an element, their texts glued (…某某醫師回覆日期：…).
    for el in box.iter():
        if (
            isinstance(el.tag, str)
            and xpaths.BLOCK_TAGS.isdisjoint(map(_TAG, el))
            and len(text := text_of(el)) <= _ANSWERER_LINE
            and (m := _ANSWERER.search(text))
        ):
            value = until_next_field(m)
            if _ANSWERER_NAME.fullmatch(value) and not _GREETING.match(value):
                yield value
            return


# An answering professional's label (回覆醫師：, 解答律師：, 答覆老師：, 醫師回覆：, 回复营养师：), on a line that short.
_ANSWERER_LINE = 40
_REPLY_WORD = r"(?:回覆|回复|回復|回答|答覆|答复|解答)"
_ANSWERING_ROLE = r"(?:[\u4e00-\u9fff]{0,3}[师師]|医生|醫生|专家|專家|顾问|顧問)"
_ANSWERER = re.compile(
    rf"(?:{_REPLY_WORD}{_ANSWERING_ROLE}|{_ANSWERING_ROLE}{_REPLY_WORD})\s*[:：]\s*"
    r"([^\s|｜丨，,；;。]{2,12}(?:[ \u3000][^\s|｜丨，,；;。]{2,8})?)"
)
# An answerer's value: a name (2 to 4 Han characters, a title after it: 某某醫師), a unit before it (眼科, 某某律所).
_ANSWERER_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,10}[ \u3000])?[\u4e00-\u9fff·]{2,6}")
# A greeting or thanks opening a reply (您好, 你好, 谢谢…, 不客气): a reply's words, no name.
_GREETING = re.compile(r"(?:您|你|大家)好|谢谢|謝謝|感谢|感謝|多谢|多謝|不客气|不客氣")
# Words of a box linking other posts or questions (上一篇, 下一則, 相关问题, 延伸阅读): their names are theirs.
_OTHER_POSTS = re.compile(r"[上下]一[篇则則题題条條页頁]|相关|相關|延伸|推荐|推薦|猜你")


def _box_after(end: HtmlElement) -> HtmlElement | None:
    """The element right after the text's box: its next sibling, or, where the box is all its wrapper holds, the
    wrapper's (a few wrappers up, as :func:`fanwen.extract.page._after_region` reads the tail)."""
    for _ in range(_OPENED_BOXES + 1):
        after = next((s for s in end.itersiblings() if isinstance(s.tag, str)), None)
        if after is not None:
            return after
        parent = end.getparent()
        if parent is None or sum(isinstance(child.tag, str) for child in parent) > 1:
            return None
        end = parent
    return None


def boxed_signer(end: HtmlElement | None, days: Callable[[], frozenset[date]] = frozenset) -> str | None:
    """The body that signs the text in the box right after it, on a page whose text ends without a
    sign-off: the body's name on a line of its own (a ``<br>``'s or an element's), then the post's date, bare
    or with its publication label and the post's counts (``江城市物业管理协会<br>2025-07-08 09:00 发布　浏览 …``): a
    notice's 落款 set apart from the text by the page's template (session 29, issue 11). The date is the day the
    page prints as the post's (``days``), where it prints one. A person's name there (a commenter's,
    张三<br>2025-07-08), a user's nickname (热心网友, 匿名用户), a list's heading, a box the template marks as the
    next or a related post's, or one that links them (下一篇, 相关), signs nothing (:func:`_signers`: a body's
    shape).

    >>> from lxml.html import fragment_fromstring as f
    >>> page = f('<div><div><p>正文。</p></div><div>某市物业管理协会<br>2025-07-08 09:00 发布</div></div>')
    >>> boxed_signer(page[0])
    '某市物业管理协会'
    >>> page = f('<div><div><p>正文。</p></div><div>张三<br>2025-07-08 09:00</div></div>')
    >>> boxed_signer(page[0]) is None
    True
    """
    if end is None:
        return None
    box = _box_after(end)
    if box is None or len(box.text_content()) > _INFO_MAX * 2:
        return None
    broken = next(box.iter("br"), None) is not None
    if not broken and not 2 <= sum(isinstance(child.tag, str) for child in box) <= _SIGNED_BOX_LINES:
        return None  # (most pages: the box after the text is no short box of lines; its text not read)
    text = text_of(box)
    if len(text) > _INFO_MAX or _OTHER_POSTS.search(text) or box.xpath(xpaths.OTHERS_BOX):
        return None
    if broken:
        lines = _br_lines(box, text)
    else:
        lines = [text_of(child) for child in box if isinstance(child.tag, str)]
    lines = [line.strip() for line in lines if line.strip()]
    for above, line in zip(lines, lines[1:], strict=False):
        dated = _DATE.match(line)
        if dated is not None and (
            not (rest := line[dated.end() :].strip()) or _CARD_POSTED_AFTER.match(rest) or counter(rest)
        ):
            if (shown := days()) and _day_of(dated.group(0)) not in shown:
                return None
            signers = [] if _USER_WORD.search(above) else _signers(above)
            return "、".join(signers) if signers else None
    return None


_SIGNED_BOX_LINES = 6
# A site's user where a name would stand (热心网友, 匿名用户, 游客, 注册会员): a commenter's nickname; a body's
# name holding the word (某某网用户服务中心) ends as a body's.
_USER_WORD = re.compile(r"(?:网友|網友|用户|用戶|游客|遊客|访客|訪客|会员|會員|楼主|樓主|读者|讀者)$|匿名")


def undated_signer(texts: Sequence[str]) -> str | None:
    """The body a text's last line signs with a letter's closing formula and no date under it
    (社團法人某某協會　敬啟 closing a notice to its members): the formula says the line signs.

    >>> undated_signer(["……敬請踴躍報名。", "社團法人雲溪縣社區關懷協會　敬啟"])
    '社團法人雲溪縣社區關懷協會'
    >>> undated_signer(["……", "某某县教育局"]), undated_signer(["……", "敬启"]), undated_signer(["我们重新开启"])
    (None, None, None)
    """
    last = next((text.strip() for text in reversed(texts) if text.strip()), "")
    if not _FORMULA_SIGNED.search(last):
        return None
    return "、".join(_signers(last)) or None


# A closing formula ending a signer's line (敬啟, 谨启, 敬上, 谨上, 敬呈, 拜上): not 启 alone, which ends words.
_FORMULA_SIGNED = re.compile(r"[\u4e00-\u9fff）)][ \u3000]*(?:[敬謹谨](?:啟|启|上|呈)|拜上)$")


def issuing_body(doc: HtmlElement) -> Iterator[Signed]:
    """The organ a government disclosure page's index table names as the document's issuer
    (发布机构 / 发文机关 / 发布单位, its value in the label's cell or the next one): a body of a
    place (某县统计局, 县住房和城乡建设局, 某市人民政府办公室) or of the state, not a unit of the site's
    own (志工隊, 秘書處: who posted it) nor a desk (新闻中心).

    >>> from lxml.html import document_fromstring as d
    >>> list(issuing_body(d("<table><tr><td>发布机构：</td><td>青石县统计局</td><td>发文日期：</td></tr></table>")))
    ['青石县统计局']
    >>> list(issuing_body(d("<table><tr><td>发布机构：县住房和城乡建设局</td><td>成文日期：2025-11-05</td></tr></table>")))
    ['县住房和城乡建设局']
    >>> list(issuing_body(d("<table><tr><td>發布單位</td><td>秘書處</td></tr></table>")))
    []
    """
    if not _ISSUER_WORDS.search(xpaths.page_text(doc)):
        return
    for el in xpaths.of_page(doc, xpaths.ISSUER_LABEL_HOLDERS):
        text = text_of(el)
        label = _ISSUER_FIELD.match(text)
        if label is None:
            continue
        value = until_next_field(label) if label.group(1) else ""
        if not value:  # the label alone in its cell: the value in the next
            value = next((text_of(cell) for cell in el.xpath(xpaths.NEXT_CELL)), "").strip()
        if (
            _ISSUING_ORGAN.match(value)
            and _signs(value)
            and _ORG_BODY.search(value)
            and not DESK.search(value)
        ):
            yield Signed(value)


# An issuer's label opening an element (发布机构：…, 發布單位 …, 发文机关：…), its value after it.
_ISSUER_WORDS = re.compile(
    r"发布机构|發布機構|發佈機構|发文机关|發文機關|发布单位|發布單位|發佈單位|发文单位|發文單位"
)
_ISSUER_FIELD = re.compile(
    rf"\s*(?:{_ISSUER_WORDS.pattern})\s*[:：]?\s*([^\s|｜丨，,；;。（）()【】\[\]<>]{{2,30}})?"
)
# An issuing organ's name opens with its place (某县…, 县…, 某某区…) or the state's (国家…, 国务院…).
_ISSUING_ORGAN = re.compile(
    rf"(?:中共)?[\u4e00-\u9fff×○]{{0,8}}?[{_PLACE_LEVELS}州]|国务院|國務院|国家|國家|中共中央"
)
# What an author slot prints for a writer nobody knows (佚名: "name unknown", 匿名: "anonymous").
_ANONYMOUS = frozenset(("佚名", "匿名"))


def _signers(text: str, above: bool = False) -> list[str]:
    """The bodies a sign-off's line names: one (某某县教育局, its closing formula dropped), or a few a
    space parts (某某局 某某局: a joint document's signers printed on one line), each then ending as a
    body's name does; none if the line is no body's name. A line ``above`` the signer's is a
    co-signer's only so (某某局, 某某中心, 某某有限公司, 某某小学).

    >>> _signers("青溪县教育局 谨启"), _signers("青溪县卫生健康局　青溪县教育局"), _signers("特此通知。")
    (['青溪县教育局'], ['青溪县卫生健康局', '青溪县教育局'], [])
    >>> _signers("青溪县 教育局"), _signers("以上内容仅供参考"), _signers("青溪县第一中学", above=True)
    (['青溪县教育局'], [], ['青溪县第一中学'])
    """
    whole = _CLOSING_FORMULA.sub("", text.replace(" ", "").replace("\u3000", ""))
    parts = [_CLOSING_FORMULA.sub("", part) for part in text.split()]
    if (above or len(parts) > 1) and all(
        _signs(part) and len(part) >= 4 and _ORG_BODY.search(part) for part in parts
    ):
        return parts
    if not above and _signs(whole) and (_ORG_CHARS.search(whole) or _TRADITIONAL_BODY.search(whole)):
        return [whole]
    return []


def _signs(name: str) -> bool:
    """Whether a sign-off's name has a body's shape: Han characters (and brackets), no label's word."""
    return _SIGNER.fullmatch(name) is not None and not _LABEL_WORDS.search(name)


# A body's name ends so (某某局, 某某中心, 某某有限公司, 某某小学, 某某處): a part of a joint sign-off, each a
# name, with no word a sentence's (请各单位遵照执行, 详情请咨询县教育局: a line of the text).
_ORG_BODY = re.compile(
    r"^(?!.*[的请請由向对對在于於是把被将將])"
    r".*(?:[局委办辦厅廳处處署院所会會站部室科股队隊馆館团團组組校府]|中心|公司|银行|銀行|[小中大]学|[小中大]學)$"
)
# A body's name in traditional characters none of ORG_CHARS holds (嘉義縣教育處, 臺北市商業會).
_TRADITIONAL_BODY = re.compile(r"[處會廳辦館團組隊]$")
# A joint document's signers above its date: at most so many (a notice of four bureaus).
_MAX_SIGNERS = 4
# A day in the Republic's years alone (114年10月1日, 中華民國114年10月1日 too).
_ROC_DAY_ONLY = re.compile(r"(?:中華民國|中华民国|民國|民国)?\s*1[0-2]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def is_person_name(value: str) -> bool:
    """Whether a short value reads as a Chinese person's name rather than a medium's.

    >>> [is_person_name(v) for v in ["尹娟", "王建国", "新华社", "央视", "人民网", "张家口日报"]]
    [True, True, False, False, False, False]
    """
    return (
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", value) is not None
        and value[0] in _SURNAMES
        and not _ORG_CHARS.search(value)
    )


def name_under_title(head: Sequence[str], heading: str = "") -> str | None:
    """A name on its own line right under the title that opens the article (题目 / 作者 / 正文).

    >>> name_under_title(["我怎样学会了种菜", "青禾", "二〇一九年春天，我在城郊租下一小块地，开始学着种菜。"])
    '青禾'
    >>> name_under_title(["学习心得体会", "前言", "今年暑假，我有幸参加了区教育局组织的专题培训。"]) is None
    True
    """
    # Under the title only: the page's title ``heading`` printed again in the text, else the
    # text's first line. Further down, a short line between two others is a heading of the text
    # (展厅导览 / 青铜馆 / …) or a table of contents' line (目录 / 辑一　河边的灯 / 辑二　…).
    for at, (title, name, after) in enumerate(zip(head, head[1:], head[2:], strict=False)):
        # The heading may carry the site's genre suffix the text's line does not (我家的小花猫_三年级
        # 写动物作文300字 over 我家的小花猫: review S18), as the title finder drops it from <title>.
        if (heading and title.split() not in _heading_forms(heading)) or (not heading and at):
            continue
        name = _DYNASTY.sub("", name).strip()  # 〔唐〕杜甫, 杜甫（唐）: a poem's poet
        if (
            len(title) <= 40
            and not re.search(r"[。！？!?]$", title)
            and _NAME_LINE.fullmatch(name)
            and not _SECTION_WORDS.match(name)
            and not _TOOLBAR.fullmatch(name.replace(" ", ""))
            and len(after) > 2 * len(title)
        ):
            return name
    return None


def _heading_forms(heading: str) -> list[list[str]]:
    """The words of a title heading as printed, and without its site's or genre's suffix."""
    return [heading.split(), (strip_title_suffix(heading) or "").split()]


def speaker_line(head: Sequence[str]) -> Iterator[str]:
    """The speaker of a speech as its text opens (领导讲话, a keynote): a line with the speaker's
    name, after the office when it is given (``县长　周明远``), beside a line that dates the speech
    and says nothing else (``（2025年3月4日）``): who gave the speech is its author.

    >>> list(speaker_line(["县长　周明远", "（2025年3月4日）", "同志们："]))
    ['周明远']
    >>> list(speaker_line(["（2025年3月4日）", "县委副书记 县长 周明远", "同志们："]))
    ['周明远']
    >>> list(speaker_line(["一、基本情况", "（2024年5月10日）", "今年以来……"]))
    []
    """
    for i, text in enumerate(head[:_SPEAKER_LINES]):
        # offices apart by a space or 、 (县委副书记、县长 周明远), as is_speaker_line reads them
        *office, name = re.split(r"[\s、]+", text.strip())
        if not (len(text) <= _TITLE_CHARS and is_person_name(name)):
            continue
        if office and not all(_OFFICE.fullmatch(word) for word in office):
            continue
        beside = [*head[max(0, i - 1) : i], *head[i + 1 : i + 2]]
        if any(is_date_line(line.strip("（）() ")) for line in beside):
            yield name
            return


def title_speaker(title: HtmlElement | None) -> Iterator[str]:
    """The speaker of a speech a government site prints under the speech's title, outside the text's box (``<h1>在…会
    议上的讲话</h1><p>县人民政府副县长 许建平</p><p>（2025年11月20日）</p>``): ``speaker_line`` read on the title's
    lines under it (session 27, issue 11). Only under a speech's title (讲话, 致辞, 发言, 演讲…): a report's title
    over an official's name and a date is no speech's.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div><h1>在全镇防汛工作会议上的讲话</h1><p>镇长　周明远</p><p>（2025年3月4日）</p><div>同志们：</div></div>')
    >>> list(title_speaker(box[0]))
    ['周明远']
    >>> box = f('<div><h1>全镇防汛工作情况通报</h1><p>镇长　周明远</p><p>（2025年3月4日）</p><div>正文</div></div>')
    >>> list(title_speaker(box[0]))
    []
    """
    if title is None or not _SPEECH_TITLE.search(text_of(title)):
        return
    for top in dict.fromkeys((title, _header_of(title))):
        if top is not None:
            yield from speaker_line([text_of(line) for line in _lines_under(top)])


# 在…会议上的讲话 / 开学典礼致辞 / 表态发言 / 演讲稿: a speech's title.
_SPEECH_TITLE = re.compile(r"讲话|講話|致辞|致詞|发言|發言|演讲|演講|讲稿|講稿")


def is_speaker_line(text: str) -> bool:
    """Whether a line is a speech's speaker line: one office or more (``市委副书记、市长``, words
    apart by a space or 、), then a person's name, and nothing else (no sentence, no label).

    >>> [is_speaker_line(t) for t in ("市委副书记、市长　赵立群", "县长 周明远", "周明远", "一、加强领导", "主任医师 张明")]
    [True, True, False, False, False]
    """
    *office, name = re.split(r"[\s、]+", text.strip())
    return (
        bool(office)
        and len(text) <= _TITLE_CHARS
        and is_person_name(name)
        and all(_OFFICE.fullmatch(word) for word in office)
    )


# How far into the text a speech's speaker and date lines sit (a subtitle may come first).
_SPEAKER_LINES = 4
# An office held by a speaker (市长, 县委书记, 区政协主席, 党组成员, 院士): its last word.
_OFFICE = re.compile(
    r"[\u4e00-\u9fff（）()]{0,20}?(?:长|長|书记|書記|主任|主席|委员|委員|成员|成員|代表|理事|总裁|總裁"
    r"|经理|經理|主委|专员|專員|院士|教授|同志)"
)


# A toolbar's buttons beside a title (编辑 锁定, 收藏 分享): words of what a reader can do.
_TOOLBAR = re.compile(
    r"(?:编辑|編輯|锁定|鎖定|讨论|討論|收藏|分享|举报|舉報|评论|評論|点赞|點讚|关注|關注|打印|关闭|關閉|复制|複製"
    r"|下载|下載|上传|上傳|登录|登錄|注册|註冊|返回|更多|纠错|糾錯|投诉|投訴|转藏|轉藏|字号|字號)+"
)


# A poet's dynasty beside the name, as poem pages print it (杜甫 〔唐代〕, 〔唐〕杜甫, 李清照（宋）).
_DYNASTY = re.compile(
    r"[〔\[［(（【]\s*(?:先秦|秦|两汉|兩漢|汉|漢|三国|三國|魏晋|魏晉|南北朝|隋|唐|五代|宋|辽|遼|金|元|明|清|近代|现代|現代|当代|當代)"
    r"[代朝]?\s*[〕\]］)）】]"
)


def poet_under_title(title: HtmlElement | None) -> str | None:
    """The poet a poem page prints right after its title heading, with the dynasty (杜甫 〔唐代〕,
    〔唐〕杜甫): the dynasty says the name is the poem's writer.

    >>> from lxml.html import fragment_fromstring as f
    >>> poet_under_title(f('<div><h1>春夜喜雨</h1><p><a href="/a/1">杜甫</a> <a href="/s">〔唐代〕</a></p></div>')[0])
    '杜甫'
    """
    if title is None:
        return None
    for sibling in islice(title.itersiblings(), 2):
        text = text_of(sibling)
        if _DYNASTY.search(text):
            name = _DYNASTY.sub("", text).strip()
            return name if _NAME_LINE.fullmatch(name) else None
    return None


def bylines(text: str) -> Iterator[str]:
    """Reporter names in a news byline: ``本报记者 张三 李四``, ``（记者 王五）``, ``（赵六 上海报道）``.

    >>> list(bylines("新京报记者 彭冲 山东冠县报道"))
    ['彭冲']
    >>> list(bylines("光明日报记者 王建宏 张文攀 土豆，听名字就土"))
    ['王建宏 张文攀']
    >>> list(bylines("据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区了解到"))
    ['格桑边觉']
    >>> list(bylines("本报记者罗科苏盈发自北京 23日下午"))
    ['罗科苏盈']
    >>> list(bylines("该人士付之一笑。（姚峰 上海报道）"))
    ['姚峰']
    >>> list(bylines("本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁"))
    ['樊亮 张明超 惠禾']

    A photo's credit (``居民乘电梯下楼。本报记者 王磊 摄``, ``（记者 王海摄）``) names who took the picture:

    >>> list(bylines("3月4日，居民乘电梯下楼。本报记者 王磊 摄")), list(bylines("（记者 王海摄）"))
    ([], [])

    A chain's other roles (摄影, 编辑) end its reporters; its correspondents (通讯员) are reporters:

    >>> list(bylines("江澜新闻记者 孟书言 苏晴　摄影 周子扬")), list(bylines("记者 赵一帆 通讯员 黎晓晴 胡岩"))
    (['孟书言 苏晴'], ['赵一帆  黎晓晴 胡岩'])
    """
    for match in _SIGNED.finditer(text):
        yield match.group(1)
    # Every reporter label holds one of these (the dateline's removal puts a space where it cuts, so
    # it makes none): a text without any (most, and every Latin one) has no reporter's name.
    if not any(word in text for word in _REPORTER_WORDS):
        return
    text = _DATELINE.sub(" ", text)
    for match in _REPORTER.finditer(text):
        # （记者 王海摄）: the name run swallows the 摄 of "photographed by": a photographer's credit too.
        if _PHOTO_CREDIT.match(text, match.end()) or match.group(1).endswith(("摄", "攝")):
            continue
        # "实习记者 樊亮 张明超 记者惠禾": a second label glued to the next name. Another role's word
        # (记者 孟书言 苏晴　摄影 周子扬) ends the reporters: who took the pictures or edited is none.
        names = list(takewhile(lambda name: not _OTHER_ROLE.fullmatch(name), match.group(1).split()))
        if names:
            yield " ".join(_REPORTER_LABEL.sub("", name) for name in names)


def text_byline(texts: Sequence[str]) -> str | None:
    """The people a byline in the article's own text names (session 20): a credit line opening the
    text (文｜王蕾, 东川商报记者 黄静怡 孙磊, 作者：李明) or one after its paragraphs (记者：方可欣
    通讯员：吕强 over 编辑：… 审核：…, 文字：…). ``texts``: the article's paragraphs, in order.

    A slot beside the article (a self-media platform's author card, a WeChat account's name, a
    learned template's path to either) prints who published it; who wrote it is what the text's
    own byline says, and a byline naming people wins over the slot (:func:`fanwen.extract.page.extract_article`).
    A byline is a line of its own, credits only (no sentence's punctuation), whose writers all read
    as people's names: a verse (文｜心上的光), a sentence quoting a reporter, an outlet or an
    account (文｜桐溪融媒) is none; nor a picture's caption credit in the middle of the text.

    >>> text_byline(["文｜王蕾", "当了十二年班主任，家长问我最多的问题之一就是拖拉。"])
    '王蕾'
    >>> text_byline(["入冬后，二手冬装卖火了。", "东川商报记者 黄静怡 孙磊"])
    '黄静怡、孙磊'
    >>> text_byline(["报修码贴到家门口。", "来源：桐溪县融媒体中心", "记者：方可欣　通讯员：吕强", "编辑：章敏　审核：邵立群"])
    '方可欣、吕强'
    >>> text_byline(["文｜心上的光", "落在旧城墙"]), text_byline(["他说：“记者 王海 昨天来过。”"]), text_byline(["文｜桐溪融媒"])
    (None, None, None)
    >>> text_byline(["校运会开幕。", "文字：王晓燕 摄影：李志强", "运动员入场，全场掌声雷动。"])

    A credit deep in the text, between its paragraphs, is a quoted piece's (a poem's poet):

    >>> text_byline(["月亮是诗人笔下最常见的意象。", "我最喜欢这一首。",
    ...              "作者：李白", "这首诗写于天宝年间，诗人借月抒怀，思念故乡。"])
    """
    for k, text in enumerate(texts):
        if not _BYLINE_ONLY.fullmatch(text) or not _CREDIT_WORDS.search(text):
            continue
        # A caption's credit (文字：… 摄影：…) between paragraphs credits the picture; opening the
        # text or closing it (no paragraph of sentences after it: credits, the account's links), the text.
        if _captioned(text) and _has_prose(texts[:k]) and _has_prose(texts[k + 1 :]):
            continue
        # Deep in the text, paragraphs of it before and after (a poem quoted with its 作者：李白, a reprinted
        # report's 记者 王海 in a digest): the credit is the quoted piece's, not the text's (review rv1).
        if _has_prose(texts[:k], 2) and _has_prose(texts[k + 1 :], 1, _PARAGRAPH_CHARS):
            continue
        names = _credited_people(text.lstrip(_CREDIT_OPENERS))
        if names:
            return names
    return None


def _has_prose(texts: Sequence[str], least: int = 1, chars: int = 0) -> bool:
    """Whether ``least`` paragraphs of the text's sentences, of ``chars`` characters or more, are among
    ``texts``: a line that ends a sentence, longer than a byline (not a link's title: 桐溪香榧开摘啦！今年价格出炉).

    >>> _has_prose(["编辑：章敏", "桐溪香榧开摘啦！今年价格出炉"]), _has_prose(["运动员入场，全场掌声雷动。"])
    (False, True)
    >>> _has_prose(["运动员入场，全场掌声雷动。"], 2), _has_prose(["欢迎转发，谢谢！"], 1, _PARAGRAPH_CHARS)
    (False, False)
    """
    found = sum(
        1 for t in texts if len(t) >= chars and not _BYLINE_ONLY.fullmatch(t) and _PROSE_END.search(t)
    )
    return found >= least


# A paragraph of the text after a credit line, longer than a closing courtesy (欢迎转发分享，谢谢！).
_PARAGRAPH_CHARS = 20


# A line's end that ends a sentence, its closing quote or bracket after it.
_PROSE_END = re.compile(r"[。！？!?…][”’」』）)]*$")


def _credited_people(text: str) -> str | None:
    """The writers a credit line names, joined by 、, when every one reads as a person's name: a
    writer's label opening the line (文｜, 作者：, 记者：, 文字：, with 通讯员 after it), or a
    reporters' line (东川商报记者 黄静怡 孙磊). Who posted, spoke or supplied the text is no writer.

    >>> _credited_people("记者 赵一帆 通讯员 胡岩"), _credited_people("发布者：王海"), _credited_people("作者：欧阳 娜娜")
    ('赵一帆、胡岩', None, '欧阳娜娜')
    """
    label = _LABELLED["author"].match(text)
    if label is not None and credits_name(label) and not _NOT_BYLINE_LABEL.search(label.group(0)):
        value = next((v for v, rank in _ranked_author_values(Line(text)) if rank == 0), None)
    else:
        value = " ".join(bylines(text)) or None
    names = clean_author(value) if value else None
    return names if names and _people(names.replace("、", " ")) else None


# A byline's words: a writer's label or a reporter's; the look before the costlier reading.
_CREDIT_WORDS = re.compile(r"文|作\s?者|撰|记者|記者|通讯员|通訊員|实习生|實習生|执笔|執筆|采写|採寫|口述")
# Labels of who posted, spoke or supplied a text, or started a thread: no byline of the text's writer.
_NOT_BYLINE_LABEL = re.compile(
    rf"{_POSTER_LABEL.pattern}|{_SPEAKER_LABEL.pattern}|{_STARTER_LABEL.pattern}|上传|上傳|所有者|整理|供稿"
)


# Roles in a credit chain that write nothing: pictures, video, layout, editing, checking.
_OTHER_ROLE = re.compile(
    r"摄影|攝影|摄像|攝像|摄|攝|图|圖|视频|視頻|制图|製圖|设计|設計|美编|美編|编辑|編輯|责编|責編|校对|校對|审核|審核|统筹|統籌"
)


def by_lines(title: HtmlElement | None, end: HtmlElement | None = None) -> Iterator[str]:
    """The names of by-lines beside a post: an element saying ``by`` and a name and nothing else,
    among the few after the ``title`` heading and the few after the text's last element ``end``
    (a blog theme's ``by <a>拾光小筑</a>`` in the post's footer under its text).

    >>> from lxml.html import document_fromstring as d
    >>> doc = d('<div><h2>题目</h2><div><p>正文。</p></div><p>标签</p><div>by <a href="/">拾光小筑</a></div></div>')
    >>> next(by_lines(None, doc.find(".//p")))
    '拾光小筑'
    >>> list(by_lines(d('<div><h2>题</h2><p>by the way, 正文</p><p>By REUTERS</p></div>').find(".//h2")))
    []
    """
    for start in (title, end):
        for el in islice(_next_elements(start), _BY_LINE_ELEMENTS):
            text = el.text_content().strip()
            if (
                len(text) <= _BY_LINE_CHARS
                and (match := _BY_LINE.match(text))
                and _only_a_date(text[match.end() :])
                and not _NO_NAME_WORD.search(match.group(1))
            ):
                yield "、".join(_BY_LINE_TITLE.sub("", name) for name in _BY_LINE_NAMES.split(match.group(1)))


def _only_a_date(rest: str) -> bool:
    """Whether what follows a by-line's name is nothing or its date alone, set apart (``By Jane
    Doe | November 3, 2025``, ``by 拾光小筑 · 2024-05-06``).

    >>> _only_a_date(""), _only_a_date(" | Nov 3, 2025 at 9:05 am"), _only_a_date(", Staff Writer")
    (True, True, False)
    """
    return not rest or (rest[0] in _BY_LINE_APART and date_rest(rest.lstrip(_BY_LINE_APART)) == "")


def _next_elements(el: HtmlElement | None) -> Iterator[HtmlElement]:
    """The elements following ``el`` as siblings, then its parent's, and so on upwards."""
    while el is not None:
        yield from (sibling for sibling in el.itersiblings() if isinstance(sibling.tag, str))
        el = el.getparent()


# How many elements after the title or the text a post's by-line may be (its tags, its date
# line before it), and how long it is (its date after it too).
_BY_LINE_ELEMENTS = 4
_BY_LINE_CHARS = 64
# A word no name holds (review rev3): a desk's or a role's last word (By Staff Writer, By News
# Desk, By Lakeside Weekly Staff, By Editorial Board, By Associated Press), or a small word of a
# deck in title case (By Any Means Necessary, By Land And Sea).
# Session 22: an outlet's word (By Lakeside Weekly, By Harbour Town Gazette: the site's own name or
# another's, no person), and the noun of a set phrase of manner or means after By (By Popular Demand,
# By Special Request).
_NO_NAME_WORD = re.compile(
    r"\b(?:Staff|Writers?|Reporters?|Desk|Correspondents?|Contributors?|Editors?|Board|Team|Bureau|Wire"
    r"|Press|Reports|Newsroom|Services?|Agency|And|Any|Of|For|To|In|On|At|With|From|No|All|Every|Your|Its"
    r"|Weekly|Daily|Times|News|Gazette|Herald|Tribune|Journal|Chronicle|Courier|Observer|Magazine|Review"
    r"|Demand|Request|Design|Default|Appointment|Invitation|Accident|Mistake|Definition)\b"
)
# What sets a by-line's date apart from its name.
_BY_LINE_APART = " |｜丨·•–—,"

# A word of a name in Latin letters: capitalised (Núñez, O'Brien, McKay, Jean-Luc), or an initial (A.).
_LATIN_WORD = r"[A-ZÀ-Ý](?:['’][A-Z])?[a-zß-ÿ]+(?:[A-Z][a-zß-ÿ]+)?(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?"
# The name: a Chinese one (an account's name holds Han characters), or two or three words of a
# Latin one (Jane Doe, Mary Ann Lopez, Jane A. Doe); a word after by (by
# subject, By REUTERS, by Taboola, by the way, By 2030) is no name, nor an article's (By The
# Associated Press, By Our Correspondent: a desk).
# Session 22: a title before a Latin name (Dr., Prof., Rev.) is no part of it, and two or three names
# are joined by commas, and or & (By A and B, By A, B and C), each a writer.
_HONORIFIC = r"(?:Dr|Prof|Rev|Mr|Mrs|Ms|Mx|Sir|Dame|Fr)\.?\s+"
_LATIN_NAME = rf"(?:{_HONORIFIC})?(?:(?:{_LATIN_WORD}|[A-Z]\.)\s+){{1,2}}{_LATIN_WORD}"
_NAMES_JOIN = r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+"
_BY_LINE = re.compile(
    r"[Bb]y\s+((?=[^\s|｜丨/:：,，]*[\u4e00-\u9fff])[^\s|｜丨/:：,，]{2,20}"
    rf"|(?!(?:The|Our|An?)\s){_LATIN_NAME}(?:(?:{_NAMES_JOIN}){_LATIN_NAME}){{0,2}})(?![\w'’-])"
)
_BY_LINE_NAMES = re.compile(_NAMES_JOIN)
_BY_LINE_TITLE = re.compile(rf"^{_HONORIFIC}")


def thread_starter(region: HtmlElement | None) -> Iterator[str]:
    """The poster a thread marks as its starter: the name on the card that a badge of its own
    (an element whose whole text is ``楼主`` or ``樓主``) marks, nearest before the post (the
    first floor, the article's ``region``). A ``只看楼主`` button is no badge, and a badge after
    the post marks a reply's card.

    >>> from lxml.html import fromstring
    >>> doc = fromstring('<div><ul><li><a href="/home?un=山野闲人">山野闲人</a></li><li><span>楼主</span></li></ul><div>正文</div></div>')
    >>> list(thread_starter(doc[1]))
    ['山野闲人']
    """
    if region is None:
        return
    # Most pages print no badge: the page's text (read once) says so before a walk over every
    # text node before the post does.
    text = xpaths.page_text(region)
    if not xpaths.holds_any(text, xpaths.STARTER_BADGES):
        return
    badges = region.xpath(xpaths.STARTER_BADGES_BEFORE)
    if not badges:
        return
    badge = card = badges[-1]  # the nearest before the post
    while (card := card.getparent()) is not None and len(card.text_content()) <= _BADGE_CARD_CHARS:
        for link in card.iter("a"):
            text = text_of(link)
            if (
                2 <= len(text) <= 20
                and not _NOT_A_USER.search(text)
                and not _FLOOR.match(text)
                and not ui_label(text)
            ):
                yield text
                return
    # The badge in the post's own header (楼主 发表于 …) beside the poster's card: the card is the
    # short element right before the badge's post, a few levels up (a floor's user column).
    for up in islice(chain([badge], badge.iterancestors()), _BADGE_LEVELS):
        # Templates comment their blocks (</td><!-- … --><td>): a comment or a processing
        # instruction before the post is no card, the element before it is.
        card = up.getprevious()
        while card is not None and not isinstance(card.tag, str):
            card = card.getprevious()
        if card is None or len(card.text_content()) > _BADGE_CARD_CHARS:
            continue
        for link in card.iter("a"):
            text = text_of(link)
            if (
                2 <= len(text) <= 20
                and not _NOT_A_USER.search(text)
                and not _FLOOR.match(text)
                and not ui_label(text)
            ):
                yield text
                return


# What a poster's card holding a starter's badge says: the name, the badge, a rank or level.
_BADGE_CARD_CHARS = 80
_BADGE_LEVELS = 4


def user_links(title: HtmlElement, region: HtmlElement | None = None, limit: int = 3) -> Iterator[str]:
    """Names of the first links to a user's page between the title and the article (``region``):
    a forum's poster, a personal library's or a blog platform's member (``space-uid-3021.html``,
    ``/userhome/55231``). Links in or after the article are commenters'.

    >>> from lxml.html import fromstring
    >>> doc = fromstring('<div><h1>标题</h1><a href="/register">注册</a><a href="/userhome/5">山间清泉</a></div>')
    >>> list(user_links(doc.find('h1')))
    ['山间清泉']
    """
    links = title.xpath(xpaths.USER_LINKS_AFTER)
    if links and region is not None:  # most pages have none: the set of later links is not built
        later = set(region.xpath("following::a | descendant::a"))
        links = [a for a in links if a not in later]
    # A control linking a member's page (只看楼主, 只看该作者: the poster's uid) is no member's
    # name and takes no place among the first links.
    for link in islice((a for a in links if not ui_label(text_of(a))), limit):
        text = text_of(link)
        if 2 <= len(text) <= 20 and not _NOT_A_USER.search(text) and not _saved_by(link):
            yield text
    # A member's link of any address that names the member by the account in brackets after the
    # display name, the account being the address's (歐尼醬 (onichan77) → …?owner=onichan77).
    bracketed = title.xpath(xpaths.BRACKETED_LINKS_AFTER)[:_BRACKETED_LINKS]
    if bracketed and region is not None:
        later = set(region.xpath("following::a | descendant::a"))
        bracketed = [a for a in bracketed if a not in later]
    for link in bracketed:
        match = _NAME_AND_ACCOUNT.fullmatch(text_of(link))
        if (
            match
            and _account_in(match.group(2), link.get("href") or "")
            and not _NOT_A_USER.search(match.group(1))
        ):
            yield match.group(1)


def _account_in(account: str, href: str) -> bool:
    """Whether an address names ``account`` as a member's: a whole segment of its path or a whole
    value of its query (``/u/onichan77/``, ``?owner=onichan77``), not any part of it (review S19:
    ``下载全文 (PDF)`` → ``/files/fx0520.pdf``, ``繁體 (zh-tw)`` → ``/zh-tw/…``); not a file's type
    nor a language's code.

    >>> _account_in("onichan77", "/space.php?owner=onichan77&x=1"), _account_in("PDF", "/files/a.pdf"), _account_in("zh-tw", "/zh-tw/a.html")
    (True, False, False)
    """
    word = account.lower()
    if _FILE_OR_LANGUAGE.fullmatch(word):
        return False
    parts = urlsplit(href.lower())
    segments = [unquote(seg) for seg in parts.path.split("/")]
    values = [unquote(v) for pair in parts.query.split("&") for v in pair.split("=")[1:]]
    return word in segments or word in values


# A file's type (pdf, docx, jpg) or a language's code (zh-tw, en): no account's word.
_FILE_OR_LANGUAGE = re.compile(
    r"pdf|docx?|xlsx?|pptx?|txt|zip|rar|jpe?g|png|gif|mp[34]|html?|"
    r"[a-z]{2}(?:[-_][a-z]{2,4})?|zh[-_](?:hans|hant|cn|tw|hk|sg)"
)
_NAME_AND_ACCOUNT = re.compile(r"([^()（）]{2,20}?)\s*[(（]([A-Za-z0-9_.-]{3,30})[)）]")
_BRACKETED_LINKS = 10


def _saved_by(link: HtmlElement) -> bool:
    """Whether a member's link is who saved the article to a personal library: the line holding
    it (its nearest block) offers to save it again (转藏, 转存). The library's members save what
    others wrote.

    >>> from lxml.html import fragment_fromstring as f
    >>> _saved_by(f('<div><span><a href="/userhome/4">蓝天</a></span><span>2024-11-20</span><span>| 转藏</span></div>').find('.//a'))
    True
    """
    block = next((a for a in link.iterancestors() if a.tag in xpaths.BLOCK_TAGS), None)
    return (
        block is not None
        and len(text := block.text_content()) <= _INFO_MAX
        and _SAVE_AGAIN.search(text) is not None
    )


_SAVE_AGAIN = re.compile(r"转藏|轉藏|转存|轉存|收藏到|存入")


# A member link's text that is a page of the member's, not their name (a poster card's 图片,
# 博客, 资料, 相册), or the site's account links.
_NOT_A_USER = re.compile(
    r"登录|登陆|注册|退出|我的|个人中心|空间|首页|会员|用户|设置|消息|更多|关注|私信|图片|相册|博客|资料|主页|日志|留言|好友"
)


def blog_owner(doc: HtmlElement, heading: HtmlElement | None = None) -> Iterator[str]:
    """The owner a personal blog's ``<title>`` names (``… – 林小雨的博客``); not the post's own
    title (``heading``, the article's title element), which may read so (一名支教老师的日志).

    >>> from lxml.html import document_fromstring as d
    >>> list(blog_owner(d("<title>读书有感 &#8211; 林小雨的博客</title>")))
    ['林小雨']
    >>> list(blog_owner(d('<title>读书有感</title><a href="/?author=2" title="[林小雨]的博客">林小雨</a>')))
    ['林小雨']
    """
    own = text_of(heading) if heading is not None else ""
    title = " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE))
    for part in _TITLE_PARTS.split(title):
        match = _BLOG_OF.fullmatch(part.strip())
        if match and part.strip() != own:
            yield match.group(1)
    # The owner's box on the blog's own pages links the owner's page with that title
    # (<a href="?author=102" title="[太小心]的博客">太小心</a>): the link's text is the owner.
    titled = (a for a in doc.iter("a") if _BLOG_TITLE in (a.get("title") or ""))
    for link in islice(titled, _TITLED_LINKS):
        match = _BLOG_OF.fullmatch(link.get("title", "").strip())
        if match and match.group(1) == text_of(link):
            yield match.group(1)
    # The blog's title printed as its header's heading (<h1><a>晚风徐来的博客</a></h1>): the page's
    # first heading, before the post's title; a heading after it (a sidebar's 编辑推荐的专栏) or
    # the post's title itself names no owner.
    if heading is not None and heading.xpath(xpaths.HEADINGS_BEFORE):
        match = _BLOG_OF.fullmatch(text_of(doc.xpath(xpaths.FIRST_HEADING)[0]))
        if match:
            yield match.group(1)
    yield from owner_card(doc)


def owner_card(doc: HtmlElement) -> Iterator[str]:
    """The nickname a hosted blog's profile card shows: a small box (the largest around its follow
    button of at most ``_OWNER_CARD_CHARS``) holding one follow button (关注, +加关注) and the
    owner's name, the value a label names (昵称：, 博主：), or a name printed as the ``<title>``'s
    part after the post's title, or, when the page has no other such card, the nickname its
    avatar's ``alt`` repeats. A box of several follow buttons is a list of other bloggers
    (推荐博主); several cards naming different people with nothing else to tell them apart name
    nobody. The card runs on every page, so its look-alikes are refused: the site's own account (a
    name that is ``og:site_name`` or the ``<title>``'s last part) and a reader's comment (a box
    holding a sentence's clause, or inside a box whose class/id names comments).

    >>> from lxml.html import document_fromstring as d
    >>> card = '<div><img alt="拾叶" src="a.png"><a href="/u/">拾叶</a><span>粉丝 3</span><a>+ 关注</a></div>'
    >>> list(owner_card(d(f"<title>游记</title><body><p>正文</p>{card}</body>")))
    ['拾叶']
    >>> list(owner_card(d(f"<title>游记</title><body><p>正文</p>{card}{card.replace('拾叶', '阿梨')}</body>")))
    []
    """
    titles = [
        [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
        for title in xpaths.of_page(doc, xpaths.DOC_TITLE)
    ]
    # The site's own name (og:site_name, the <title>'s last part: 山村小学的一年_晨光教育网) on a
    # card is the site's account (a portal's 晨光教育网 +关注 box), no post's owner.
    site = {
        *(name.strip() for name in xpaths.of_page(doc, xpaths.SITE_NAME_META)),
        *(t[-1] for t in titles if len(t) > 1),
    }
    parts = {part for t in titles for part in t[1:]} - site
    seen: set[HtmlElement] = set()
    pictured: list[str] = []
    for button in xpaths.evaluate(doc, xpaths.FOLLOW_BUTTONS)[:_FOLLOW_BUTTONS]:
        if not _FOLLOW.fullmatch(text_of(button)):
            continue
        box = button
        for parent in button.iterancestors():
            if parent.tag == "body" or len(parent.text_content()) > _OWNER_CARD_CHARS:
                break
            box = parent
        if box in seen:
            continue
        seen.add(box)
        if sum(1 for el in box.xpath(xpaths.FOLLOW_BUTTONS_IN) if _FOLLOW.fullmatch(text_of(el))) > 1:
            continue  # several people's buttons: a list of other bloggers
        # A reader's comment (a name, a follow button and what they wrote), or a box in the comment
        # list: a profile card holds a name, counters and controls, not a sentence (but for the
        # links a sidebar's list beside it may hold: 最新随笔's titles).
        if _CARD_SENTENCE.search("".join(box.xpath(xpaths.TEXTS_OUTSIDE_LINKS))) or any(
            xpaths.THREAD_HINT.search(f"{el.get('class', '')} {el.get('id', '')}")
            for el in (box, *box.iterancestors())
        ):
            continue
        avatars = {alt.strip() for alt in box.xpath(".//img/@alt")}
        for el in box.iter("a", "strong", "b", "span", "p", "div", "h3", "h4", "h5"):
            text = text_of(el)
            labelled = _NICKNAME.fullmatch(text)
            name = labelled.group(1) if labelled else text
            if not _OWNER_NAME.fullmatch(name) or _NOT_A_USER.search(name) or _NOT_A_NAME.search(name):
                continue
            if name in site:
                break
            if labelled or name in parts:
                yield name
                return
            if name in avatars:
                pictured.append(name)
                break
    if len(set(pictured)) == 1:
        yield pictured[0]


_TITLED_LINKS = 40
_FOLLOW_BUTTONS = 20
_OWNER_CARD_CHARS = 300
# A sentence's clause (写得真好，向您学习！): a comment's text, never a profile card's.
_CARD_SENTENCE = re.compile(r"[\u4e00-\u9fff]{4,}[，。！？；!?]")
# A follow button's whole text.
_FOLLOW = re.compile(r"[+＋]?\s*(?:加|\+)?\s*关注(?:我|博主|TA|他|她)?")
# A nickname a profile card labels (昵称：拾叶, 博主：拾叶).
_NICKNAME = re.compile(r"(?:昵称|暱稱|博主)\s*[:：]\s*(\S{2,20})")
# A nickname's shape: a name of 2 to 20 letters or Han characters, no colon, no count.
_OWNER_NAME = re.compile(r"[^\s:：|｜]{2,20}")
# A card's controls and counters, never its owner's name (私信, 发纸条, 粉丝 326, 园龄).
_NOT_A_NAME = re.compile(r"\d|私信|纸条|订阅|赞赏|打赏|收藏|举报|分享|粉丝|园龄|等级|积分|访问|原创|公告")
_BLOG_TITLE = "的"  # 的博客, 的个人博客, 的部落格: tested by _BLOG_OF
_BLOG_OF = re.compile(
    r"\[?([^\s\[\]]{2,12}?)\]?的(?:个人)?(?:博客|部落格|网易博客|新浪博客|BLOG|blog|日志|空间|专栏)"
)
_LABEL_PREFIX = re.compile(r"^(?:作者|文|by)\s*[:：]?\s*", re.I)


def until_next_field(label: re.Match[str], names: bool = False, group: int = 1) -> str:
    """A labelled value (``label``'s first group) up to where the line's next field starts.
    The next field is looked for in the line, not in the value alone: a label word the value
    ends with is a label when its separator follows (``佚名 发布：2025-10-28``), and part of the
    name when nothing does (``江城发布 2024-05-20``, a news account).

    >>> value = lambda line: until_next_field(_LABELLED["author"].search(line))
    >>> value("作者：佚名 本文已影"), value("作者：林曉雯 來源"), value("作者：张三 李四")
    ('佚名', '林曉雯', '张三 李四')
    >>> value("作者：佚名 发布：2025-10-28"), value("作者：江城发布 2025-10-28")
    ('佚名', '江城发布')
    >>> until_next_field(_LABELLED["source"].search("来源：某某日报原文地址：https://x.cn"))
    '某某日报'
    >>> until_next_field(_LABELLED["source"].search("发布于江苏来源：东川商报+ 关注"))
    '东川商报'

    A field the page left empty, its label followed at once by the next field's, has no value:

    >>> value("作者：　点击：2316次"), value("作者：　发布时间：2025-04-08")
    ('', '')

    An author's value (``names``) keeps the reporters' roles before their names, which
    :func:`~fanwen.extract.processors.clean_author` drops (an outlet's ``本报记者`` with them):

    >>> until_next_field(_LABELLED["author"].search("作者：本报记者 孙浩 通讯员 何佳 阅读：3"), names=True)
    '本报记者 孙浩 通讯员 何佳'
    """
    start, end = label.span(group)
    fields = _NEXT_FIELD_AFTER_NAMES if names else _NEXT_FIELD
    # The value is the next field's label with its colon (作者：　点击：2316): the field is empty.
    first = fields.match(label.string, start)
    if first is not None and _FIELD_COLON.match(label.string, first.end()):
        return ""
    # Looked for beyond the value: a field's label may need what follows it (通讯员 | 龚平).
    match = fields.search(label.string, start + 1, end + 8)
    return label.string[start : min(end, match.start()) if match else end].strip(" 、:：")


# What follows a field's label word when it is a label: a few more of its words and a colon (点击：,
# 浏览次数：, 发布时间：).
_FIELD_COLON = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[:：]")


def names_site(doc: HtmlElement, value: str) -> bool:
    """Whether a meta author is the site's name (a CMS fills it in for every page): the
    ``og:site_name``, a part of the ``<title>`` after the article's own title, or its first part
    where the page prints that as its logo or its home link (a title printing the site first:
    ``某某浸信會 - 教會消息 - …`` under ``<div class="logo">某某浸信會</div>``).

    >>> from lxml.html import document_fromstring as d
    >>> names_site(d("<title>年度总结_某某范文网</title>"), "某某范文网")
    True
    >>> names_site(d("<title>年度总结_某某范文网</title>"), "赵敏")
    False
    >>> page = '<title>某某堂 - 消息 - 复活节崇拜</title><div class="logo">某某堂</div><p>{}</p>'
    >>> names_site(d(page.format("文")), "某某堂"), names_site(d("<title>赵敏 - 年度总结</title><p>赵敏</p>"), "赵敏")
    (True, False)
    """
    value = value.strip()
    if not value:
        return False
    if value in xpaths.of_page(doc, xpaths.SITE_NAME_META):
        return True
    parts = _doc_title_parts(doc)
    return value in parts[1:] or (
        len(parts) > 1
        and value == parts[0]
        # (A person's name there is a personal site's owner, who wrote its posts: 李明 - 随笔 - ….)
        and not _people(value)
        and bool(xpaths.with_text(doc, xpaths.LOGO_NAMED, value))
    )


_TITLE_PARTS = re.compile(r"[_|｜\-—–]+|\s{2,}")


def _doc_title_parts(doc: HtmlElement) -> list[str]:
    """The ``<title>``'s parts, the post's title first and the site's name last as a title runs.

    >>> from lxml.html import document_fromstring as d
    >>> _doc_title_parts(d("<title>倡议书 - 文明创建 - 龙湖论坛</title>"))
    ['倡议书', '文明创建', '龙湖论坛']
    """
    return [
        p.strip() for p in _TITLE_PARTS.split(" ".join(xpaths.of_page(doc, xpaths.DOC_TITLE))) if p.strip()
    ]


def _claims_own(doc: HtmlElement, value: str, lines: Sequence[Line]) -> bool:
    """Whether ``value`` is the site's own name (a part of the ``<title>`` after the article's
    title, ``og:site_name``) and the page calls the text its own (本文由墨香公文网原创): the source
    names the site itself, as 本站原创 does. An outlet the site reposts from (来源：中国教育在线
    整理) is a source.

    >>> from lxml.html import document_fromstring as d
    >>> page, note = d("<title>年度计划_工作计划_墨香公文网</title>"), [Line("本文由墨香公文网原创，转载请注明出处")]
    >>> _claims_own(page, "墨香公文网", note), _claims_own(d("<title>年度计划_城市资讯网</title>"), "墨香公文网", note)
    (True, False)
    """
    title = " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE))
    names = [p.strip() for p in _TITLE_PARTS.split(title)[1:]] + xpaths.of_page(doc, xpaths.SITE_NAME_META)
    if value not in names:
        return False
    own = re.compile(r"由\s*" + re.escape(value) + _OWN_WORDS)
    return any(own.search(line.text) for line in lines)


_OWN_WORDS = r"\s*(?:原创|原創|首发|首發|独家|獨家)"


def own_notes(title: HtmlElement | None, start: HtmlElement, ends: Sequence[str]) -> Iterator[str]:
    """Where an editor's note on the article sits: its first and last paragraphs (``ends``), then
    the text of the box that holds its ``title`` heading and its text's first element ``start``
    (a 范文 site's 【导语】 and closing note in boxes of their own around the text), unless that box
    is the whole page (its sidebars and footer are no part of the article). Read as asked: the
    box's text only when the paragraphs do not answer."""
    yield from ends
    if title is not None:
        ancestors = set(title.iterancestors())
        box = next((up for up in start.iterancestors() if up in ancestors), None)
        if box is not None and box.tag not in ("body", "html"):
            yield box.text_content()


def _compiles_own(doc: HtmlElement, value: str, notes: Callable[[], Iterable[str]]) -> bool:
    """Whether ``value`` is the site's own name (:func:`names_site`) on a page whose editors say,
    around the text (``notes``: :func:`own_notes`), they compiled it (下面是小编为大家整理的…,
    以上就是小编整理的…, 本站收集整理): a 范文 site's 来源 naming itself then credits its own
    compilation, as 来源：公文在线整理 does, and names no publication. The words elsewhere on the page
    (a sidebar's box, the footer's disclaimer of the whole site: 本站部分内容来自网络收集整理) say
    nothing of this text, nor does a reporter writing up (本网记者…整理).

    >>> from lxml.html import document_fromstring as d
    >>> page = d("<title>心得体会 - 星辰范文网</title>")
    >>> lead = lambda: ["下面是小编为大家整理的心得体会。"]
    >>> _compiles_own(page, "星辰范文网", lead), _compiles_own(page, "星辰日报", lead)
    (True, False)
    >>> _compiles_own(page, "星辰范文网", lambda: ["心得体会。"])
    False
    >>> _compiles_own(page, "星辰范文网", lambda: ["本站部分内容来自网络收集整理。"])
    False
    """
    return names_site(doc, value) and any(_OWN_COMPILATION.search(text) for text in notes())


# A site's editors saying they compiled the text: 小编 or 本站, for whom, how, the verb
# (小编为大家整理, 小编精心整理, 小编为您收集整理, 本站收集整理).
_OWN_COMPILATION = re.compile(
    r"(?:小编|小編|本站|本网|本網)(?:特意|特地|精心|用心)?(?:为|為|给|給|帮|幫)?"
    r"(?:大家|您|你们|你們|各位|朋友们|朋友們)?(?:精心|特意|特地|用心|认真|認真)?"
    r"(?:收集|搜集)?(?:整理|收集|搜集|汇编|彙編)"
)


def first_printed(notes: Iterable[str]) -> Iterator[str]:
    """The publication a first-printing or reprint note says the text first ran in (原载《华夏教育报》…第3版,
    本文原载于《教育周刊》，经作者授权转载, ……。（摘自《读者》2024年第5期）): a reprint's source. ``notes`` are
    the notes the strip stage took out of the text (notice-first-printed, notice-reprint: the removal is the
    evidence that the line is the page's note, not a sentence of the story that tells of a printing, 文章刊于
    《人民日报》后，…; review of 789ef17, R6), so strip and metadata agree. The note opens its line or its
    sentence, and a lesson's 选自《论语》 is no publication.

    >>> list(first_printed(["……各地要因地制宜。（原载《华夏教育报》2025年4月7日第3版）", "本文原载于《教育周刊》，经作者授权转载"]))
    ['华夏教育报', '教育周刊']
    >>> list(first_printed(["这篇文章原载《人民日报》，后来被多家报纸转载。", "本文选自《论语》"]))
    []
    """
    for text in notes:
        yield from (match["name"] for match in _FIRST_PRINTED.finditer(text))


# (the strip rules notice-first-printed and notice-reprint take the note out of the text)
_PRINTED_IN = (
    r"(?:本文|此文|该文|該文|文章|本篇)?"
    r"(?:原载|原載|原刊|原发|原發|首发|首發|刊于|刊於|刊载于|刊載於|载于|載於|摘自|转载自|轉載自|转自|轉自)"
    r"(?:于|於|在)?\s*[:：]?\s*《(?P<name>[^《》]{1,30})》"
)
_FIRST_PRINTED = re.compile(r"(?:^|(?<=[。！？!?]))[\s（(【\[]{0,2}" + _PRINTED_IN)
# The note in brackets after a byline (文/张雅婷（转载自《乐活长青》季刊第32期）) or alone on its line:
# no sentence before it (a sentence telling of a reprint, 重读了（转载自《读者》的那一篇）, is text).
_BRACKETED_PRINTED = re.compile(r"[（(【\[]\s*" + _PRINTED_IN)
_IN_SENTENCE = re.compile(r"[，。！？；,!?;]")


def printed_notes(lines: Sequence[Line]) -> Iterator[str]:
    """The publications a reprint's bracketed note names on a byline or a line of its own above
    the text or first under it (文/物理治療師 張雅婷（轉載自《樂活長青》季刊第32期）), without the title
    marks, as :func:`first_printed` reads them.

    >>> list(printed_notes([Line("文/物理治療師 張雅婷（轉載自《樂活長青》季刊第32期）")]))
    ['樂活長青']
    >>> list(printed_notes([Line("大家重读了那篇文章（转载自《读者》），很受启发。")]))
    []
    """
    first_below = next((line for line in lines if line.below), None)
    for line in lines:
        if not line.listed and (not line.below or line is first_below):
            match = _BRACKETED_PRINTED.search(line.text)
            before = line.text[: match.start()] if match else ""
            if (
                match
                and (match.end() == len(line.text) or _NOTE_END.match(line.text, match.end()))
                # alone on its line, or after a credit (文/…, 作者：…): no sentence before it
                and (
                    not before.strip()
                    or (_LABELLED["author"].search(before) and not _IN_SENTENCE.search(before))
                )
            ):
                yield match["name"]


# What may follow the publication's name in its note: its issue, date or page, then the bracket.
_NOTE_END = re.compile(r"[^，。！？；,!?;（()）【】\[\]]{0,20}[）)】\]]")


def source_candidates(
    doc: HtmlElement, lines: Sequence[Line], notes: Callable[[], Iterable[str]] = tuple
) -> Iterator[str]:
    """Source strings, best first: a re-post's credit, the page's labelled fields, structured data, a
    bare name beside the date. (Where none names one, the strip stage reads the publication of a
    first-printing note it took out of the text: :func:`first_printed`.) ``notes`` gives the texts
    an editor's note on the article sits in (:func:`own_notes`)."""
    # 出处 names the work a text was taken from (a book, a volume: 出处：《某县志》第二十八篇),
    # 来源 who published it (来源：县地方志办公室): where a page prints both, 来源's is the source.
    # A government disclosure page's index table (索引号 / 发布机构 / 成文日期) names the organ its
    # catalogue files the document under, mostly the site's own bureau; the info line's 信息来源
    # who supplied the text (a unit under it, a province's department forwarded): where a page
    # prints both, 来源's is the source, and 信息来源：本站 names none.
    # A 来源 label in the text (after the info line under the title, above what follows the text)
    # comes after the info line's and the index table's (review R23); so does one above the
    # title's zone, where the page has one (a sidebar's box, a header's: session 21), but for the
    # line just above the title in the article's own box (review rev3).
    first_near = next((i for i, line in enumerate(lines) if line.near), len(lines))
    labelled = [
        match
        for _, match in sorted(
            (
                (
                    3
                    if _WORK_LABEL.match(match.group(0))
                    else 2
                    if i != first_near
                    and not line.near
                    and not line.below
                    and not line.above
                    and first_near < len(lines)
                    else 1
                    if _ISSUER_LABEL.match(match.group(0))
                    else 0,
                    match,
                )
                for i, line in enumerate(lines)
                for match in chain(_LABELLED["source"].finditer(line.text), _came_from(line))
                if not _REPRINT_REQUEST.search(line.text, 0, match.start())
            ),
            key=lambda ranked: ranked[0],
        )
    ]
    # A re-post's credit names the account the text was taken from (转载自微信公众号“…”).
    # A kind of outlet there (本文转载自合作媒体) is no label's value: it names none, as a badge's 原创.
    yield from (source for source, _ in reposted(lines) if source and not no_source(source))
    for rank, match in enumerate(labelled):
        value = _whole_title(match) or until_next_field(match)
        # 来自 a member's link (a group topic's 来自: <a href="/people/…">一只山竹</a>) names the
        # poster, not an outlet the text came from.
        if _CAME_FROM_WORD.match(match.group(0)) and xpaths.with_text(
            doc, xpaths.MEMBER_NAMED, before_date(value)
        ):
            continue
        # A labelled source is the value as shown (来源：本站原创, 网友投稿: the lead's convention, session
        # 26); only one that states nothing (未知, 暂无, -, a login) is none.
        if states_nothing(value) or _claims_own(doc, value, lines) or _compiles_own(doc, value, notes):
            if not rank:
                return  # the page's source slot names nobody (来源：未知): nothing weaker instead
            continue
        yield value
    yield from xpaths.of_page(doc, " | ".join(xpaths.SOURCE_META))
    yield from xpaths.of_page(doc, xpaths.CITATION_JOURNAL)  # a paper's journal
    # A reprint's bracketed note on the byline (文/张雅婷（转载自《…》第32期）), after what the page labels.
    yield from printed_notes(lines)
    # Not below the article: a comment prints its commenter's name by its time (山雨2024-03-05 11:02).
    for line in [line.text for line in lines if not line.listed and not line.below]:
        # "2024-12-18 华博范文网": a date followed by a bare name is the source; so is a bare name
        # set before the date with a separator (社區長者服務處 | 2025-03-18 17:32: a unit's link).
        rest = _DATE.sub(" ", line).strip().rstrip(_BEFORE_DATE)
        # Not a region: 2025-04-09 20:15 浙江 says where the writer is (an IP region); nor a
        # header's calendar (2024年5月20日 星期一, 农历四月十三).
        named = re.fullmatch(r"[\w\u4e00-\u9fff]{2,15}", rest)
        # Nor what was done when (回答于, 编辑于) or a relative date (3天前).
        calendar = (
            _WEEKDAY.search(rest)
            or _LUNAR.search(rest)
            or rest.endswith(("于", "於"))
            or _RELATIVE.match(rest)
        )
        if (
            rest
            and not _LABEL_WORDS.search(rest)
            and not counter(rest)
            and named
            and not _REGION.fullmatch(rest)
            and not calendar
            and not _COUNT.match(rest)
            # A person's name beside the date is a by-line's (张三 | 2025-03-18), no source; nor
            # is a CMS's login (2024-10-12 admin, a blog theme's hAtom account): who posted it.
            and not is_person_name(rest)
            # Nor the line's label for its date (Published Nov 3, 2025 11:30 PM).
            and not _labels_date(line, rest)
            and not no_source(rest)
            # Nor a two-character word (a stamp's verdict, 谣言 2025.04.07), but the site's name.
            # After the date, two Han characters may be an outlet's short name (… 10:20 央视, review
            # S23), not a badge's or a toolbar's word (楼主, 注册: a role or the page's chrome);
            # Latin letters there are a clock's (pm, ET).
            and (
                len(rest) > 2
                or names_site(doc, rest)
                or (
                    _HAN.fullmatch(rest[0]) is not None
                    and _HAN.fullmatch(rest[1]) is not None
                    and _after_date(line, rest)
                    and not _NOT_WRITER_ROLE.search(rest)
                    and not _NOT_A_USER.search(rest)
                )
            )
            # Before the date, only a unit's name (an organisation's ending: 服務處, 教育局) or the
            # site's: a blog prints its writer's pen name or the post's category there (review S15).
            and (
                not _HAN.search(rest)
                or not _names_before_date(line, rest)
                or _UNIT_END.match(rest[-1])
                or names_site(doc, rest)
            )
        ):
            yield rest


def _after_date(line: str, rest: str) -> bool:
    """Whether a line's bare name ``rest`` is all that follows its last date (2025-03-01 央视).

    >>> _after_date("2025-03-01 10:20 央视", "央视"), _after_date("谣言 2025.04.07", "谣言")
    (True, False)
    """
    dates = list(_DATE.finditer(line))
    return bool(dates) and line[dates[-1].end() :].strip().lstrip(_BEFORE_DATE).strip() == rest


# What a word in Latin letters right before a date says the date is: a participle (Published,
# Updated, Posted, Dated, Modified, Written) or the word Date or Time. The family, not a list.
_LATIN_DATE_LABEL = re.compile(r"(?i)[a-z]+ed|written|date|time")


def _labels_date(line: str, rest: str) -> bool:
    """Whether a line's bare word ``rest`` is its date's label: a participle or the word Date,
    right before the date with nothing between them (Published Nov 3, 2025 11:30 PM). A name is
    set apart from the date (Reuters | Nov 3, 2025, Wired | …), or is no participle (Reuters Nov 3).

    >>> _labels_date("Published Nov 3, 2025 11:30 PM", "Published"), _labels_date("Wired | Nov 3, 2025", "Wired")
    (True, False)
    >>> _labels_date("Reuters Nov 3, 2025", "Reuters"), _labels_date("2024-12-18 华博范文网", "华博范文网")
    (False, False)
    """
    match = _DATE.search(line)
    return (
        match is not None
        and line[: match.start()].strip() == rest
        and _LATIN_DATE_LABEL.fullmatch(rest) is not None
    )


def _names_before_date(line: str, rest: str) -> bool:
    """Whether a line's bare name ``rest`` stands before its date (晓禾 | 2025-03-01).

    >>> _names_before_date("晓禾 | 2025-03-01", "晓禾"), _names_before_date("2025-03-01 某某网", "某某网")
    (True, False)
    """
    match = _DATE.search(line)
    return match is not None and line[: match.start()].strip().rstrip(_BEFORE_DATE).strip() == rest


# A name in Han characters: the unit's-ending test is asked of it alone (an English page's
# agency or site before the date, Reuters | …, keeps the older rule).
_HAN = re.compile(r"[\u4e00-\u9fff]")
# How a unit's name ends, simplified or traditional (县农业农村局, 社區長者服務處).
_UNIT_END = re.compile(f"[{ORG_CHARS}處會館團廳臺網報辦縣區鎮]")
# The separator between a name and the date after it (社區長者服務處 | 2025-03-18).
_BEFORE_DATE = " \u3000|｜丨/"
# A count after a date (a comment's stamp and its replies, 356回复; a post's 1.5万阅读): no name.
_COUNT = re.compile(
    r"\d[\d,.]*\s*[万萬kKwW]?\s*(?:回复|回復|评论|評論|阅读|閱讀|浏览|瀏覽|点赞|點讚|赞|讚|次|条|條|楼|樓)"
)


_WORK_LABEL = re.compile(r"出处|出處")
# A reprint request's words before the label (转载请注明出处：青禾的书房, 如需转载请注明文章来源：…): the
# site's policy names whom a re-poster must credit, the site itself, not where the text came from
# (session 20). Its line stays an info line: a claim of the site's own (本文由…原创) is read on it.
_REPRINT_REQUEST = re.compile(r"(?:注明|註明|标明|標明|写明|寫明|保留)\s*(?:文章|本文)?\s*$")
# The issuing organ's label of a disclosure catalogue's index table (发布机构：), or a bureau's
# field (發佈單位：): the source where no 来源 label is printed.
_ISSUER_LABEL = re.compile(r"发布单位|發布單位|發佈單位|发布机构|發布機構|發佈機構")


def _came_from(line: Line) -> Iterator[re.Match[str]]:
    """A 来自 label on a dated info line (Discuz's portal: ``2024-5-14 10:32 | 发布者: … | 来自:
    江城晚报``): the outlet the text came from. Elsewhere 来自 labels a personal library's trail
    (``来自：member > 《folder》``), a list item's folder, or a sentence.

    >>> [m.group(1) for m in _came_from(Line("2024-5-14 10:32 | 原作者: 郑晓岚 | 来自: 江城晚报"))]
    ['江城晚报']
    >>> list(_came_from(Line("来自：蓝天白云 > 《德育工作》"))), list(_came_from(Line("来自：教育资料库")))
    ([], [])

    Nor the app a post was sent from (review finding R9):

    >>> list(_came_from(Line("豆包妈妈 2024-03-16 18:42 来自: iPhone客户端")))
    []

    Nor a forum poster's card, whose 來自 is where the member lives, beside the member's counts (session 28):

    >>> list(_came_from(Line("註冊日期: 2023/9/2 來自: 台中市 發表數: 37")))
    []
    """
    if "自" not in line.text or line.listed or not _DATE.search(line.text) or _MEMBER_STATS.search(line.text):
        return
    for match in _CAME_FROM.finditer(line.text):
        if not _CRUMB_AFTER.match(line.text, match.end()) and not _CLIENT.search(match.group(1)):
            yield match


# The app or device a post was sent from (来自: iPhone客户端, 来自 Android, 来自手机版): no source.
_CLIENT = re.compile(
    r"客户端|客戶端|手机|手機|iPhone|iPad|Android|安卓|小程序|App|网页版|網頁版|移动端|移動端|电脑版|電腦版",
    re.I,
)
# A forum poster's card (XOOPS' newbb, Discuz's, phpBB's: 註冊日期 / 來自 / 發表數, 注册时间 / 帖子 / 积分): the member's
# own fields, their 來自 the place they live, no outlet (session 28, issue 11).
_MEMBER_STATS = re.compile(
    r"(?:註冊|注册|加入)(?:日期|時間|时间|於|于)|(?:發表|发表|發帖|发帖|回帖)(?:數|数|量)|帖子\s*[:：]|(?:積分|积分|精華|精华|威望|金[錢钱])\s*[:：]"
    r"|(?:最後|最后)(?:登錄|登录|登入)|(?:在線|在线)(?:時間|时间)|(?:閱讀|阅读)(?:權限|权限)|Posts\s*:|Joined\s*:"
)
_CAME_FROM_WORD = re.compile(r"来自|來自")
_CAME_FROM = re.compile(r"(?:来自|來自)\s*[:：]\s*([^\s|｜丨，,；;。（）()【】\[\]<>]{2,30})")
_CRUMB_AFTER = re.compile(r"\s*[>»›]")


def _whole_title(label: re.Match[str]) -> str | None:
    """A labelled value that is a work's title in book-title marks, whole: brackets inside the
    marks are the title's (出处：《某县志（1986—2005）》第二十八篇 gives 《某县志（1986—2005）》).

    >>> _whole_title(_LABELLED["source"].search("出处：《江城县志（1986—2005）》第二十八篇　来源：县志办"))
    '《江城县志（1986—2005）》'
    >>> _whole_title(_LABELLED["source"].search("来源：江城日报")) is None
    True
    """
    start = label.start(1)
    if not label.string.startswith("《", start):
        return None
    end = label.string.find("》", start)
    return label.string[start : end + 1] if 0 < end - start <= _TITLE_CHARS else None


_TITLE_CHARS = 40
# Labels of an info line's credits: the article's source or writer.
_CREDITS = re.compile(r"来源|來源|出处|出處|稿源|作者|记者|記者|编辑|編輯|责编|責編")
_LUNAR = re.compile(r"农历|農曆|农曆")
# China's provincial-level regions, and the words for abroad: the IP region self-media, Q&A and
# forum pages print after a post's date.
_PROVINCE = (
    r"(?:北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東"
    r"|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|台灣|臺灣"
    r"|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門)(?:省|市|自治区|特别行政区)?"
)
_REGION = re.compile(rf"{_PROVINCE}|海外|国外|國外|境外|未知")
# A breadcrumb's level that filters a channel's pages by when, not a channel: a year (會議紀錄 >
# 114年度, 通知公告 > 2024年). A province may be a channel (a travel blog's 旅行攻略 › 福建) or a
# filter (an aggregator's 招标公告 > 江西): a filter when the page gives it as the article's region
# (地区：江西-江城市), a field of every notice.
_YEAR_CRUMB = re.compile(r"(?:19|20)\d{2}\s*年?度?|1[0-4]\d\s*年度?")
_REGION_CRUMB = re.compile(rf"{_PROVINCE}|全国|全國")
_REGION_LABEL = r"(?:地区|地區|区域|區域|省份|所在地区|所在地區|所属地区|所屬地區)\s*[:：]\s*"


def category_candidates(
    doc: HtmlElement,
    url: str | None = None,
    region: Sequence[HtmlElement] = (),
    title: HtmlElement | None = None,
) -> Iterator[str]:
    """The last meaningful item of a breadcrumb (`首页 > 心得体会 > 正文` -> `心得体会`), else the
    name the page's own navigation gives the article's channel (see :func:`channel_names`), else
    the one tag the post's meta line links (:func:`post_tag`). A channel label inside the
    article's ``region`` (its elements) is the text's."""
    # The page's whole text, read once and only when a step needs it (a costly string copy).
    read: list[str] = []

    def doc_text() -> str:
        if not read:
            read.append(xpaths.page_text(doc))
        return read[0]

    # Lazily: the loader stops at the first item it keeps, so a page with a breadcrumb never
    # pays for the position-text search behind it.
    titles: list[set[str]] = []

    def is_title(item: str) -> bool:
        if not titles:
            titles.append(_article_titles(doc))
        return "".join(item.split()) in titles[0]

    trails = chain(
        (_crumb_items(el) for el in xpaths.breadcrumbs(doc) if not _tag_item(el)),
        (_CRUMB_SPLIT.split(line) for line in _short_lines(doc, doc_text) if _CRUMB_PREFIX.match(line)),
        (
            _CRUMB_SPLIT.split(line)
            for line in _from_lines(doc, doc_text)
            if len(_CRUMB_SPLIT.split(line)) >= 2
        ),
        (
            _crumb_items(el)
            for el in xpaths.of_page(doc, xpaths.HOME_LINK_PARENTS)
            if _is_trail(el, is_title) and not _reads_as_menu(el)
        ),
        (
            run
            for home in xpaths.of_page(doc, xpaths.HOME_LINKS)
            if (run := _trail_from(home)) and not _reads_as_menu(home.getparent())
        ),
        _json_ld_trails(doc),
    )
    for trail in trails:
        items = [
            _ENCLOSED.sub(
                r"\1", _CRUMB_FIELD.sub("", _FROM_PREFIX.sub("", _CRUMB_PREFIX.sub("", item))).strip()
            )
            for item in trail
            if item
        ]
        # A separator's leftover (the - of ->) names nothing.
        items = [item for item in items if not _CRUMB_SKIP.search(item) and _WORD.search(item)]
        # The last item is often the article's title itself (a long one, or one the page prints
        # as its title: 首页 » 游记 » 我的大学); take the one before it.
        # (Not after the page's own unlinked item went: what is left ends at a channel.)
        if items and not getattr(trail, "ended", False) and (len(items[-1]) > 12 or is_title(items[-1])):
            items.pop()
        # The channel above a filter's level (a year's, a region's) is the category.
        while len(items) > 1 and (
            _YEAR_CRUMB.fullmatch(items[-1])
            or (
                _REGION_CRUMB.fullmatch(items[-1])
                and re.search(_REGION_LABEL + re.escape(items[-1]), doc_text())
            )
        ):
            items.pop()
        if items:
            yield items[-1]
    yield from labelled_categories(doc, doc_text(), region)
    yield from xpaths.evaluate(doc, xpaths.CATEGORY_META)
    for data in _json_ld(doc):
        if isinstance(data.get("articleSection"), str):
            yield data["articleSection"]
    for link in xpaths.of_page(doc, xpaths.CATEGORY_LINKS):
        yield text_of(link)
    if url:
        yield from channel_names(doc, url)
    yield from title_channels(doc)
    yield from filter(None, [menu_titled(doc, " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE)).strip())])
    yield from post_tag(title)
    # A blog platform's one tag in its markup (Ghost's article:tag, its primary tag) likewise.
    tags = xpaths.evaluate(doc, xpaths.TAG_META)
    if len(tags) == 1:
        yield tags[0]


def post_tag(title: HtmlElement | None) -> Iterator[str]:
    """The one tag linked in the meta line under the title heading (a static blog's ``护士阿宁 ·
    <a href="/tags/jingpin">#竞聘演讲</a> · 约 1400 字``): a blog with no channels files a post
    under its tag. Several tags there are the post's topics, none its channel; a tag cloud in a
    sidebar, or a tag in the text, is not under the title.

    >>> from lxml.html import fragment_fromstring as f
    >>> doc = f('<div><h1>题</h1><p>阿宁 · <a href="/tags/jp">#竞聘演讲</a></p><p>正文</p></div>')
    >>> list(post_tag(doc[0]))
    ['竞聘演讲']
    >>> doc = f('<div><h1>题</h1><p><a href="/tags/a">护理</a> <a href="/tags/b">竞聘</a></p><p>正文</p></div>')
    >>> list(post_tag(doc[0]))
    []
    """
    if title is None:
        return
    header = _header_of(title)
    tags = [
        link
        for top in dict.fromkeys((title, header))
        for line in _lines_under(top)
        for link in xpaths.evaluate(line, xpaths.TAG_LINKS)
    ]
    if len(tags) == 1:
        text = text_of(tags[0]).strip("#＃ ")
        if 2 <= len(text) <= _CHANNEL_CHARS:
            yield text


def author_card(title: HtmlElement | None) -> Iterator[str]:
    """The name an element whose class calls it the author holds in the meta line under the title
    (a document platform's ``<div class="doc-meta"><span class="author">林溪</span><span
    class="time">…``, a blog's ``<span class="post-author">``): the page marks its writer so. A
    commenter's name marked so sits under the text, not under the title; the site's own name (its
    home link's, ``og:site_name``) there credits nobody.

    >>> from lxml.html import fragment_fromstring as f
    >>> doc = f('<div><h1>题</h1><div><span class="author">林溪</span><span>2025-08-03</span></div><p>正文</p></div>')
    >>> list(author_card(doc[0]))
    ['林溪']
    """
    if title is None:
        return
    header = _header_of(title)
    for top in dict.fromkeys((title, header)):
        # A note platform prints the poster's card just above the title.
        for line in chain(_lines_under(top), _lines_over(top)):
            for box in line.xpath(xpaths.AUTHOR_CLASSED):
                # The box's name element first (<span class="username">), then the box: a
                # card holds a follow button too.
                for el in chain(box.xpath(xpaths.NAME_CLASSED), [box]):
                    name = clean_author(text_of(el))
                    if (
                        name
                        and not _NOT_A_USER.search(name)
                        and not xpaths.with_text(title, xpaths.HOME_NAMED, name)
                    ):
                        yield name


def meta_line_names(
    title: HtmlElement | None, owners: frozenset[str] = frozenset(), doc: HtmlElement | None = None
) -> Iterator[str]:
    """A writer's name printed alone in an element of its own in the dated meta line right under
    the title, no label, no link, before the date (a public account's ``原创 <span>苏禾</span> <a>青苔健康</a>
    <em>2025-04-02 19:30</em>``): the class that marks it (:func:`author_card`) may be opaque, and
    the position and the name's shape say as much. One or a few people's names (a medium's,
    ``江城日报``, is none), or the name the site is the owner's place of (``owners``: 青禾 on
    青禾的书房, a pen name of no person's shape); a link is an account's or a member's (:func:`user_links`).

    >>> from lxml.html import fragment_fromstring as f
    >>> doc = f('<div><h1>题</h1><div><span>原创</span> <span>苏禾</span> <a>青苔健康</a> <em>2025-04-02 19:30</em></div><p>正文</p></div>')
    >>> list(meta_line_names(doc[0]))
    ['苏禾']
    >>> doc = f('<div><h1>题</h1><div><span>青禾</span><span>2025年3月5日</span></div><p>正文</p></div>')
    >>> list(meta_line_names(doc[0])), list(meta_line_names(doc[0], frozenset({"青禾"})))
    ([], ['青禾'])

    A pen name of no person's shape is the writer's where it opens the meta line, the date's element
    right after it (:func:`_pen_name`, session 26; ``doc`` given):

    >>> doc = f('<div><h1>题</h1><div><span>绿手指阿蛮</span><span>2025-11-15 18:40</span></div><p>正文</p></div>')
    >>> list(meta_line_names(doc[0], doc=doc))
    ['绿手指阿蛮']
    """
    if title is None:
        return
    for top in dict.fromkeys((title, _header_of(title))):
        for line in _lines_under(top):
            name = _meta_line_name(line, owners, doc)
            if name:
                yield name
                return


def _meta_line_name(line: HtmlElement, owners: frozenset[str], doc: HtmlElement | None) -> str | None:
    """The writer's name a dated meta line prints before its date, no label, no link (``meta_line_names``)."""
    text = text_of(line)
    dated = line_date(text)
    if dated is None:
        return None
    for el in line.iter("span", "em", "strong", "b", "i", "font"):
        name = text_of(el)
        names = name.split()
        if (
            1 <= len(names) <= _MAX_NAMES
            and (all(is_person_name(n) for n in names) or name in owners)
            and text.find(name) < dated.start()
            and not any(a.tag == "a" for a in el.iterancestors())
            and not el.xpath(".//a")
            and not _label_before(el)
        ):
            return name
    return _pen_name(doc, line) if doc is not None else None


def meta_line_over_text(
    region: HtmlElement | None, owners: frozenset[str] = frozenset(), doc: HtmlElement | None = None
) -> Iterator[str]:
    """The writer's name in the dated meta line right over the text's box, on a page whose title is no heading (a
    self-media page sets it in a ``<div>``: ``<div class="x">标题</div><div><img class="avatar"><span>林晚舟</span>
    <span>2025-11-18 10:20</span></div><div>正文…``): the line just before the text's box, or a box holding it, read
    as ``meta_line_names`` reads the lines under a title (session 27, issue 11).

    >>> from lxml.html import fragment_fromstring as f
    >>> page = f('<div><div>题</div><div><div><img><span>林晚舟</span></div><div><span>2025-11-18</span></div></div>'
    ...          '<div><p>正文</p></div></div>')
    >>> list(meta_line_over_text(page[2][0]))
    ['林晚舟']
    >>> page = f('<div><div><span>林晚舟</span></div><div><p>正文</p></div></div>')
    >>> list(meta_line_over_text(page[1][0]))
    []
    """
    if region is None:
        return
    for el in islice(chain([region], region.iterancestors()), _OPENED_BOXES + 1):
        line = next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
        if line is None:
            continue
        if len(text_of(line)) <= _PROSE_CHARS and (name := _meta_line_name(line, owners, doc)):
            yield name
        return


_MAX_NAMES = 3


def _pen_name(doc: HtmlElement, line: HtmlElement) -> str | None:
    """The pen name opening a post's meta line (``<span>绿手指阿蛮</span><span>2025-11-15 18:40</span>``):
    a community's or a self-media post prints its writer so, no label, and the name has no person's
    shape (a nickname, 老周种菜记, Sunny_Lin). Its element is the line's first, alone, no link in it, the
    date's element right after it (separators between). Not a word the page links elsewhere (the column
    its trail or menu names), the site's name, a place (the writer's province), a unit's or a medium's
    name (the source's place), a badge, a role or a counter; two characters alone say too little (园艺,
    原创, 置顶: a column's, a badge's words as often as a name).

    >>> from lxml.html import fragment_fromstring as f
    >>> _pen_name(f("<div><a>园艺</a></div>"), f("<div><span>老周种菜记</span> <em>2025-03-02</em></div>"))
    '老周种菜记'
    >>> _pen_name(f("<div><a>城市漫步</a></div>"), f("<div><span>城市漫步</span> <em>2025-03-02</em></div>"))
    """
    first = next((el for el in line.iterdescendants() if isinstance(el.tag, str)), None)
    if first is None or (line.text or "").strip() or first.tag == "a" or first.find(".//a") is not None:
        return None
    after = first.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    name = text_of(first)
    if (
        after is None
        or (first.tail or "").strip(_BETWEEN_NAME_AND_DATE)
        or not _DATE.match(text_of(after))
        or not _PEN_NAME.fullmatch(name)
        or (len(name) < _PEN_NAME_CHARS and _HAN.match(name))
    ):
        return None
    if (
        _REGION.fullmatch(name)
        or _UNIT_END.match(name[-1])
        or names_medium(name)
        or no_author(name)
        or no_source(name)
        or counter(name)
        or _LABEL_WORDS.search(name)
        or _NOT_A_USER.search(name)
        or _NOT_WRITER_ROLE.search(name)
        or ui_label(name)
        or xpaths.with_text(doc, xpaths.LINK_NAMED, name)
        or names_site(doc, name)
    ):
        return None
    return name


# A pen name: letters, digits, Han characters, a middle dot or an underscore; three characters or more
# where it is Han (two say too little beside a date).
_PEN_NAME = re.compile(r"[\w\u4e00-\u9fff·\-]{2,16}")
_PEN_NAME_CHARS = 3
_BETWEEN_NAME_AND_DATE = " \u3000|｜丨/·•"


def badge_names(start: HtmlElement | None) -> Iterator[str]:
    """The answerer's name in the row over an answer (a Q&A page's: ``<span class="name">郑一凡</span>
    <span class="badge">律师</span>``, then ``回答于 2025-12-08 19:26``): a name's element followed by a
    badge's, an element its class calls a badge (badge, tag, label, cert, level) or a profession's
    title (律师, 主治医师). The rows are the elements just before the text's box, or a box holding it, a
    dated one among them (the answer's time). A badge with no name before it, a name with a plain word
    after it, name nobody.

    >>> from lxml.html import fragment_fromstring as f
    >>> item = f('<div><div><span>郑一凡</span><span class="badge">律师</span></div><div>回答于 2025-12-08</div>'
    ...          '<div><p>正文</p></div></div>')
    >>> list(badge_names(item[2][0]))
    ['郑一凡']
    """
    if start is None:
        return
    for el in islice(chain([start], start.iterancestors()), _OPENED_BOXES + 1):
        rows = list(islice((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), 2))
        if not rows:
            continue
        texts = [text_of(row) for row in rows]
        if not any(_DATE.search(text) for text in texts):
            return  # no answer's time over the text: no answer's row
        for row, text in zip(rows, texts, strict=True):
            if len(text) > _PROSE_CHARS:
                continue
            for name_el in row.iterdescendants():
                badge = name_el.getnext() if isinstance(name_el.tag, str) else None
                while badge is not None and not isinstance(badge.tag, str):
                    badge = badge.getnext()
                if badge is None or not _badge(badge) or _badge(name_el):
                    continue
                name = text_of(name_el)
                # a province before the writer's field (湖南 · 教育领域创作者) is where the writer is; a name
                # stands before its row's date (the words after it are the row's fields)
                dated = _DATE.search(text)
                if _PEN_NAME.fullmatch(name) and not (
                    no_author(name)
                    or _NOT_A_USER.search(name)
                    or ui_label(name)
                    or _REGION.fullmatch(name)
                    or (dated is not None and text.find(name) > dated.start())
                ):
                    yield name
                    return
        return


def _badge(el: HtmlElement) -> bool:
    """Whether an element is a badge beside a name: its class says so, or its text is a profession's
    title (律师, 主治医师), or a credential line of such titles and roles (``人力资源管理师 · 社保政策答主``:
    each part a field's words ending in a title or a role, session 27).

    >>> from lxml.html import fragment_fromstring as f
    >>> [_badge(f(f"<span>{t}</span>")) for t in ("律师", "人力资源管理师 · 社保政策答主", "北京", "发表于 昨天")]
    [True, True, False, False]
    """
    text = text_of(el)
    return bool(
        _BADGE_CLASS.search(el.get("class") or "")
        or _BADGE_TITLE.fullmatch(text)
        or (
            len(text) <= _CREDENTIAL_CHARS
            and all(_CREDENTIAL.fullmatch(part.strip()) for part in _CREDENTIAL_PARTS.split(text))
        )
    )


_BADGE_CLASS = re.compile(r"badge|tag|label|cert|verif|level|medal|(?<![a-z])lv(?![a-z])", re.I)
_BADGE_TITLE = re.compile(f"(?:{TITLE_WORDS})")
# 人力资源管理师 · 社保政策答主 / 注册营养师｜健康领域创作者: a credential line's parts, each a field's few words and a
# profession's title or a Q&A site's role.
_CREDENTIAL = re.compile(
    rf"[\u4e00-\u9fffA-Za-z]{{0,10}}?(?:{TITLE_WORDS}|答主|创作者|創作者|博主|达人|達人|专家|專家|认证|認證)"
)
_CREDENTIAL_PARTS = re.compile(r"[·•・｜|/／]")
_CREDENTIAL_CHARS = 30


def headed_card_names(doc: HtmlElement) -> Iterator[str]:
    """The name an author card heads with the writer's role (``<h3>作者</h3><div>表哥阿杰 · 办公技巧领域
    创作者</div>``, ``<b>回答者</b><p>郑一凡 · 执业8年 · …</p>``, ``<dt>关于作者</dt><dd>林间小鹿｜…</dd>``): the
    heading alone in its element, the name first in the element after it, a separator (·, |, /) and the
    writer's field after the name. A card with no name (its field alone), a list, a date line, names none.

    >>> from lxml.html import fragment_fromstring as f
    >>> list(headed_card_names(f("<div><h3>作者</h3><div>表哥阿杰 · 办公技巧领域创作者</div></div>")))
    ['表哥阿杰']
    >>> list(headed_card_names(f("<div><h3>作者</h3><div>办公技巧领域创作者</div></div>")))
    []
    """
    for heading in xpaths.card_headings(doc):
        after = heading.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is None or after.tag in ("ul", "ol") or text_of(heading) not in _CARD_ROLES:
            continue
        match = _CARD_NAME.match(text_of(after))
        if match is None:
            continue
        name = match.group(1)
        if not (_DATE.search(name) or counter(name) or no_author(name) or _LABEL_WORDS.search(name)):
            yield name
            return


# The roles an author card is headed with (the writer's, an answerer's, a blog's owner's).
_CARD_ROLES = frozenset(
    {
        "作者",
        "本文作者",
        "关于作者",
        "關於作者",
        "作者简介",
        "作者簡介",
        "回答者",
        "答主",
        "博主",
        "关于博主",
        "關於博主",
    }
)
# The name, then a separator and the writer's field (表哥阿杰 · 办公技巧领域创作者, 林间小鹿｜自由撰稿人).
_CARD_NAME = re.compile(r"\s*([\w\u4e00-\u9fff·]{2,16})\s*[·•|｜/／]\s*\S")


def _shown_name(name: str, doc: HtmlElement, profile: bool = False) -> bool:
    """Whether a short text a card or a meta line opens with reads as a writer's name: a person's or a
    pen name's shape (letters, Han, digits, a dot), no badge, counter, label, role, place, medium or
    interface word, no column's or channel's ending (…百科, …攻略, …资讯, …社区), not a word the page links
    elsewhere (a channel's; a ``profile`` link to the writer's page is the name's own) nor the site's own
    name or a short form of it (家居社区 on 家居生活社区's page)."""
    return bool(
        _PEN_NAME.fullmatch(name)
        and not (
            _REGION.fullmatch(name)
            or _PLACE.fullmatch(name)
            or _BADGE_WORD.fullmatch(name)
            or _COLUMN_END.search(name)
            or names_medium(name)
            or no_author(name)
            or no_source(name)
            or counter(name)
            or _LABEL_WORDS.search(name)
            or _NOT_A_USER.search(name)
            or _NOT_WRITER_ROLE.search(name)
            or ui_label(name)
            or _DATE.search(name)
            or (not profile and xpaths.with_text(doc, xpaths.LINK_NAMED, name))
            or names_site(doc, name)
            or _site_short_form(doc, name)
        )
    )


def _site_short_form(doc: HtmlElement, name: str) -> bool:
    """Whether a name is the site's name shortened (its first character, then some of its characters in their
    order: 家居社区, 家居生活 for 家居生活社区), the site's name read from the ``<title>``'s last part or its
    ``og:site_name``."""
    parts = _doc_title_parts(doc)
    sites = [*xpaths.of_page(doc, xpaths.SITE_NAME_META), *(parts[-1:] if len(parts) > 1 else [])]
    for site in sites:
        if len(name) >= 2 and site[:1] == name[:1] and len(site) > len(name):
            rest = iter(site)
            if all(char in rest for char in name):
                return True
    return False


# A post's or an answer's badge where a meta line's name would stand (原创 · 2024-05-02, 置顶 · …, 最佳答案 · …).
_BADGE_WORD = re.compile(
    r"原创|原創|转载|轉載|置顶|置頂|精华|精華|推荐|推薦|热门|熱門|头条|頭條|独家|獨家|首发|首發|最新"
    r"|已?(?:采纳|採納|解决|解決)|(?:最佳|满意|滿意|优质|優質|推荐|推薦|精选|精選|官方)(?:答案|回答|解答)"
)
# A column's, a channel's or a site's ending (家居百科, 装修攻略, 理财资讯, 家居社区, 某某网): no writer's name.
_COLUMN_END = re.compile(
    r"(?:百科|攻略|资讯|資訊|社区|社區|频道|頻道|栏目|欄目|专栏|專欄|专题|專題|大全|指南|问答|問答|新闻|新聞|快讯|快訊"
    r"|头条|頭條|日报|日報|周刊|週刊|论坛|論壇|平台|[网網]|站)$"
)
# A place's name by its administrative ending (深圳市, 杭州, 余杭区, 某某县, 某某镇).
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|州|县|縣|区|區|镇|鎮|乡|鄉)")


def opening_names(title: HtmlElement | None, region: HtmlElement | None, doc: HtmlElement) -> Iterator[str]:
    """The name opening a dated meta line as its first part, set apart by a dot, a bar or a slash, the date's
    part after it, a short part or two between (a credential, a badge): the writer's by-line as a guide site or
    a Q&A page prints it, no label (``石头哥 · 发布时间：2025-04-09 11:05 · 阅读 …``; an accepted answer's header
    over its text, ``老唐聊水电 · 认证木工 · 回答于 2025-03-22 20:15``), session 29, issue 11. The rows just over
    the text's box first (an answer's header, where the page is a question and its answer), then the lines
    under the title. Whose the line is, the date's label says (a publication's or an answer's), or the name's
    link to a member's page, or a credential between: a bare date after a word (杭州 · 2024-04-09, a place's,
    a column's, an asker's) names nobody, nor does a line whose date an asking label gives (``小鱼 · 提问于 …``:
    the question's asker), an update's (``更新于``) or another field's, nor a badge, a place, a column, a
    channel or the site's name opening the line (:func:`_shown_name`).

    >>> from lxml.html import fragment_fromstring as f
    >>> page = f('<div><h1>题</h1><div>石头哥 · 发布时间：2025-04-09 11:05 · 阅读 12</div><div><p>正文</p></div></div>')
    >>> list(opening_names(page[0], page[2][0], page))
    ['石头哥']
    >>> page = f('<div><h1>题</h1><div>小鱼 · 提问于 2025-04-09 11:05</div><div><p>正文</p></div></div>')
    >>> list(opening_names(page[0], page[2][0], page))
    []
    >>> page = f('<div><h1>题</h1><div>石头哥 · 2025-04-09 11:05</div><div><p>正文</p></div></div>')
    >>> list(opening_names(page[0], page[2][0], page))
    []
    """
    rows = chain(
        _rows_over(region),
        (
            line
            for top in dict.fromkeys((title, _header_of(title)))
            if top is not None
            for line in _lines_under(top)
        ),
    )
    for row in rows:
        # (A row with no separator before a date opens no such line: its elements are not read one by one.)
        if not _SEPARATED_DATE.search(row.text_content()):
            continue
        for el in row.iter():
            if not isinstance(el.tag, str) or el.tag in _DROP:
                continue
            text = text_of(el)
            if len(text) > _INFO_MAX or not (match := _OPENING_NAME.match(text)):
                continue
            name = match.group(1)
            shown = _dated_after_name(text[match.end() :])
            if shown is None:
                continue
            profile = any(text_of(link) == name for link in el.xpath(xpaths.PROFILE_LINKS))
            if (shown or profile) and _shown_name(name, doc, profile):
                yield name
                return


def _rows_over(region: HtmlElement | None) -> Iterator[HtmlElement]:
    """The short rows just before the text's box, or a box holding it (up to :data:`_OPENED_BOXES`
    boxes up): an answer's header, a post's meta line over its text."""
    if region is None:
        return
    for el in islice(chain([region], region.iterancestors()), _OPENED_BOXES + 1):
        rows = list(islice((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), 2))
        if rows:
            yield from (row for row in rows if len(text_of(row)) <= _INFO_MAX)
            return


def _dated_after_name(rest: str) -> bool | None:
    """Whether the parts after a meta line's first say it is a by-line: ``None`` where they are not a short
    part or two, then the date's part with a publication's or an answer's label, or none; ``True`` where the
    label is there or a credential between (``注册电工 · 回答于 2025-03-22``, ``认证木工 · 2025-03-22``),
    ``False`` for a bare date after short parts that say nothing of a person."""
    credential = False
    for i, part in enumerate(_CREDENTIAL_PARTS.split(rest)):
        part = part.strip()
        dated = _DATE.search(part)
        if dated is not None:
            label = part[: dated.start()].strip(" :：")
            if not label:
                return credential
            return True if _POSTED_LABEL.fullmatch(label) else None
        if i >= _MAX_CREDENTIALS or not _SHORT_PART.fullmatch(part) or counter(part):
            return None
        credential = credential or bool(
            _CREDENTIAL.fullmatch(part)
            or _BADGE_TITLE.fullmatch(part)
            or _ANSWERER_CREDENTIAL.fullmatch(part)
        )
    return None


# A separator somewhere before a date's year (石头哥 · 发布时间：2025…, 青柠的家 / 发表于 2025…): a row that may open
# with a name.
_SEPARATED_DATE = re.compile(r"[·•・|｜/／][^·•・|｜/／]{0,40}?(?:19|20)\d{2}")
# A meta line's first part, a name, and its separator (石头哥 · …, 林间小鹿｜…, 青柠的家 / …).
_OPENING_NAME = re.compile(r"\s*([\w\u4e00-\u9fff\-]{2,16})(?:\s*[·•・|｜／]\s*|\s+/\s+)")
# The label before a by-line's date: a publication's or an answer's.
_POSTED_LABEL = re.compile(r"(?:发布|發布|發佈|发表|發表|回答|回覆|回复|回復|解答)(?:时间|時間|日期)?[于於]?")
_MAX_CREDENTIALS = 2
# A part between a meta line's name and its date: a word or two, no sentence (已采纳, 注册电工, 从业12年).
_SHORT_PART = re.compile(r"[\w\u4e00-\u9fff ]{1,12}")
# An answerer's credential: a verification or a standing (认证…, 资深…, 注册…), the years of practice (从业12年,
# 執業8年), a trade's or a profession's title (…工长, …师傅, …师, …顾问, …专家, …达人).
_ANSWERER_CREDENTIAL = re.compile(
    r"(?:认证|認證|资深|資深|金牌|官方|注册|註冊|持证|持證|特约|特約)[\u4e00-\u9fff]{1,8}"
    r"|(?:从业|從業|执业|執業)\s*\d{1,2}\s*年"
    r"|[\u4e00-\u9fff]{0,8}(?:工长|工長|师傅|師傅|[师師]|顾问|顧問|专家|專家|达人|達人|答主)"
)


def aside_author_card(
    doc: HtmlElement, region: HtmlElement | None, days: Callable[[], frozenset[date]] = frozenset
) -> Iterator[str]:
    """The writer's card beside the text, on a page whose text region prints no by-line: a box (a
    sidebar's) opening with the writer's name (alone in its element, or a link to the writer's profile), then
    the post's date with its publication label (``发表于 2025-03-02``, ``2025-03-02 发布``) and what says the card is
    a person's: the name's profile link, the writer's counts (获赞, 粉丝, 关注) or a follow button (session 29,
    issue 11), or the template's class for it (author-box, writer-card) or an avatar the name titles. The page's
    one such card, dated the day the page prints as the post's (``days``, where it prints
    one). A post's counts alone (阅读, 👍: a featured post's card), a card under a list's heading (最新回复, 热评,
    推荐, 相关, 其他文章: a commenter's or another post's), in a box the template marks as others' (a comment's,
    a reply's) or in one laid out as the text's own after it (a thread's reply), a list of authors (推荐作者: counts, no post's date) or of posts (several dated items) name nobody:
    a wrong writer is worse than none.

    >>> from lxml.html import fragment_fromstring as f
    >>> page = f('<div><div><p>正文。</p></div><aside><div><h5>江畔书生</h5><p>发表于 2025-03-02</p>'
    ...          '<p>获赞 310</p></div></aside></div>')
    >>> list(aside_author_card(page, page[0][0]))
    ['江畔书生']
    >>> page = f('<div><div><p>正文。</p></div><aside><h3>最新回复</h3><div><h5>江畔书生</h5><p>发表于 2025-03-02</p>'
    ...          '<p>获赞 310</p></div></aside></div>')
    >>> list(aside_author_card(page, page[0][0]))
    []
    """
    if region is None:
        return
    holding = set(region.iterancestors())
    cards: dict[HtmlElement, str] = {}
    # The boxes beside the text's (a column's siblings, a few boxes up), not the page's whole: a sidebar sits
    # there, and the page's header, menu and footer, further up, are not asked.
    beside = [
        box
        for up in islice(chain([region], region.iterancestors()), _BESIDE_LEVELS)
        if up.tag != "body"
        for box in chain(up.itersiblings(preceding=True), up.itersiblings())
        if isinstance(box.tag, str)
    ]
    # (A box's whole text read once, in C, first: most boxes hold no publication's word, and the query's
    # substring tests cost a string copy per text node.)
    posting = [box for box in beside if _POSTED_WORD.search(box.text_content())]
    for dated in (el for box in posting for el in box.xpath(xpaths.POSTED_TEXTS)):
        posted = _posted_date(text_of(dated))
        if posted is None or ((shown := days()) and _day_of(posted) not in shown):
            continue
        for card in islice(dated.iterancestors(), _CARD_LEVELS):
            if card in holding:
                break
            text = text_of(card)
            if len(text) > _ASIDE_CARD_CHARS:
                break
            opening = _card_opening(card, dated, doc)
            if opening is None:
                continue
            name, profile = opening
            if (
                (
                    profile
                    or _WRITER_COUNTS.search(text)
                    or _CARD_FOLLOW.search(text)
                    or _person_card(card, name)
                )
                and not _PROSE_BLOCK.search(text)
                and not _under_list_heading(card, holding)
                and not _like_the_texts_box(card, holding)
                and not any(up.xpath(xpaths.OTHERS_BOX) for up in chain([card], card.iterancestors()))
            ):
                cards[card] = name
            break
    if len(cards) == 1:
        yield from cards.values()


def _person_card(card: HtmlElement, name: str) -> bool:
    """Whether the template marks a card as a person's: its class or a wrapper's a few levels up says so
    (author-box, writer-card, user-profile), or its avatar's text is the name it opens with."""
    return bool(
        any(up.xpath(xpaths.PERSON_CARD) for up in islice(chain([card], card.iterancestors()), 2))
        or xpaths.with_text(card, xpaths.AVATAR_NAMED, name)
    )


def _like_the_texts_box(card: HtmlElement, holding: set[HtmlElement]) -> bool:
    """Whether a card sits in a box laid out as the one holding the text, after it (its tag and class: a thread's
    reply, a comment set as the post is): another post's header, its poster's card."""
    for up in chain([card], card.iterancestors()):
        if up in holding:
            return False
        for before in up.itersiblings(preceding=True):
            if before in holding:
                return before.tag == up.tag and before.get("class") == up.get("class")
    return False


def _under_list_heading(card: HtmlElement, holding: set[HtmlElement]) -> bool:
    """Whether a heading of a list (最新回复, 热评, 推荐, 相关, 其他文章: the page's lists of comments and of
    others' posts) stands before a card in its box, or before a box holding it, short of the text's boxes."""
    for up in islice(chain([card], card.iterancestors()), _CARD_LEVELS + 2):
        if up in holding:
            return False
        for before in up.itersiblings(preceding=True):
            if (
                isinstance(before.tag, str)
                and len(text := text_of(before)) <= _LIST_HEADING_CHARS
                and _LIST_HEADING.search(text)
            ):
                return True
    return False


_LIST_HEADING_CHARS = 12
# A list's heading words: comments and replies, others' posts (推荐, 热门, 相关, 最新, 其他, 更多, 猜你喜欢, 精选).
_LIST_HEADING = re.compile(
    r"评论|評論|回复|回覆|留言|热评|熱評|推荐|推薦|热门|熱門|相关|相關|最新|最近|其他|其它|更多|猜你|精选|精選|排行|榜"
)


def _posted_date(text: str) -> str | None:
    """The date a card's line gives with a publication label beside it (发表于 …, 发布时间 …, … 发布)."""
    dated = _DATE.search(text)
    if dated is None or not (
        _CARD_POSTED_BEFORE.search(text[max(0, dated.start() - 6) : dated.start()])
        or _CARD_POSTED_AFTER.match(text, dated.end())
    ):
        return None
    return dated.group(0)


def _post_days(lines: Sequence[Line]) -> Callable[[], frozenset[date]]:
    """The days the info lines beside the title print as the post's (:func:`_shown_days`), read on the first call
    only: most pages ask for none."""
    read: list[frozenset[date]] = []

    def days() -> frozenset[date]:
        if not read:
            read.append(
                frozenset(
                    _shown_days([(line, m) for line in lines if line.near and (m := line_date(line.text))])
                )
            )
        return read[0]

    return days


def _day_of(text: str) -> date | None:
    """The day a date's text gives."""
    parsed = parse_date(text)
    return parsed.date() if parsed is not None else None


def _card_opening(card: HtmlElement, dated: HtmlElement, doc: HtmlElement) -> tuple[str, bool] | None:
    """The name a card opens with (its first element with text, before the dated line), and whether it is a
    link to the writer's profile; another link there (a post's title) opens no writer's card."""
    for el in card.iter():
        if el is dated:
            return None
        if not isinstance(el.tag, str) or el is card:
            continue
        if (el.text or "").strip():
            name = text_of(el)
            profile = bool(el.xpath(xpaths.PROFILE_LINKS))
            if (profile or not el.xpath(xpaths.LINKS_WITHIN)) and _shown_name(name, doc, profile):
                return name, profile
            return None
    return None


_CARD_LEVELS = 3
_POSTED_WORD = re.compile("|".join(xpaths.POSTED_WORDS))
_BESIDE_LEVELS = 4
_ASIDE_CARD_CHARS = 200
_CARD_POSTED_BEFORE = re.compile(r"(?:发布|發布|發佈|发表|發表)(?:[于於]|时间|時間|日期)?\s*[:：]?\s*$")
_CARD_POSTED_AFTER = re.compile(r"\s*(?:发布|發布|發佈|发表|發表)")
# The counts a writer's card shows of the writer (获赞 1.2万, 粉丝 300, 关注 12, 文章 35, 作品 8), not a post's
# (阅读, 收藏, 👍: a featured post's card shows those); its follow button.
_WRITER_COUNTS = re.compile(r"(?:获赞|獲讚|粉丝|粉絲|关注|關注|文章|作品|被赞|被讚)\s*[:：]?\s*\d")
_CARD_FOLLOW = re.compile(r"关注|關注|订阅|訂閱")


def _site_owners(doc: HtmlElement) -> frozenset[str]:
    """Whose place the site's name says it is (session 20): a personal blog named as its owner's
    room, its name, a 的 and a short noun (青禾的书房, 阿哲的小屋, 林小雨的博客), in the ``<title>``'s
    parts after the post's title or the ``og:site_name``. The owner is the writer the meta line
    prints by that name (:func:`meta_line_names`), a pen name of no person's shape.

    >>> from lxml.html import document_fromstring as d
    >>> _site_owners(d("<title>读后感 - 青禾的书房</title>")), _site_owners(d("<title>读后感 - 江城日报</title>"))
    (frozenset({'青禾'}), frozenset())
    """
    title = " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE))
    names = [p.strip() for p in _TITLE_PARTS.split(title)[1:]] + xpaths.of_page(doc, xpaths.SITE_NAME_META)
    return frozenset(match.group(1) for name in names if (match := _OWNERS_PLACE.fullmatch(name.strip())))


# A site named as its owner's place: a name, 的, a room, a plot or a journal of one's own (书房, 小屋, 博客,
# 自留地, 网志, 杂货铺). Another noun after 的 names a topic, not an owner (生活的艺术, 学习的力量, 江城的故事:
# the 生活 its meta line prints is a category, review rv1).
_OWNERS_PLACE = re.compile(
    r"([^\s的]{2,12})的(?:小|后|後|私人|个人|個人)?(?:书房|書房|书屋|書屋|书斋|書齋|屋|窝|窩|家|院子|园子|園子|花园|花園"
    r"|园地|園地|自留地|田|角落|空间|空間|天地|博客|部落格|网志|網誌|日志|日誌|日记|日記|笔记|筆記|札记|札記|随笔|隨筆"
    r"|小站|站|杂货铺|雜貨鋪|树洞|樹洞|blog|Blog|BLOG)"
)


def _label_before(el: HtmlElement) -> bool:
    """Whether a label (its colon) comes right before an element (编辑：<span>闻笛</span>): the value is
    that label's, which :func:`_author_values` reads."""
    previous = el.getprevious()
    before = (
        previous.tail
        if previous is not None
        else (el.getparent().text if el.getparent() is not None else None)
    ) or ""
    if not before.strip() and previous is not None:
        before = text_of(previous)
    return before.rstrip().endswith((":", "："))


def _lines_under(heading: HtmlElement) -> Iterator[HtmlElement]:
    """The short elements right after a title heading (or its header), up to the first paragraph
    of prose: its meta lines."""
    for el in islice((el for el in heading.itersiblings() if isinstance(el.tag, str)), _META_LINES):
        if len(el.text_content().strip()) > _PROSE_CHARS:
            return
        yield el


_META_LINES = 3


def _lines_over(heading: HtmlElement) -> Iterator[HtmlElement]:
    """The short element right before a title heading (or its header, or the box it opens): a
    poster's card above it."""
    for el in islice(chain([heading], heading.iterancestors()), _OPENED_BOXES):
        before = next((e for e in el.itersiblings(preceding=True) if isinstance(e.tag, str)), None)
        if before is not None:
            if len(before.text_content().strip()) <= _PROSE_CHARS:
                yield before
            return


# How many boxes a title heading may open (first in each) for the card before them to be its.
_OPENED_BOXES = 3


# A channel's label and its value: 分类：教学随笔, 所属栏目：工作动态, 分类于 教学随笔 (a blog's).
# The label starts a field (nothing but a label's usual prefix before it, 所属 / 文章: 分层分类：
# is a sentence's) and ends at a colon, or at 于/於 (分类于).
_CATEGORY_LABEL = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=所属|所屬|文章|信息|日志|博文|新闻|新聞|内容|內容))"
    r"(?:分类|分類|栏目|欄目|类别|類別)(?:[于於]\s*[:：]?|\s*[:：])\s*([^\s|｜/·•>»，,。；;:：]{2,12})"
)
# A channel label's line is short: the label, its value and the info line's other fields.
_CATEGORY_LINE_CHARS = 80


def labelled_categories(
    doc: HtmlElement, doc_text: str | None = None, region: Sequence[HtmlElement] = ()
) -> Iterator[str]:
    """Channels a label names (``分类：<a>育兒經驗</a>``, ``所属栏目：工作动态``, ``分类于 教学随笔``),
    read in the label's element, or its parent's when the value is a sibling
    (``<span>文章分类：</span><a>心得体会</a>``).

    >>> from lxml.html import fragment_fromstring as f
    >>> list(labelled_categories(f('<div><span>标签：</span><a>教育</a><span>分类：<a>教学设计</a></span></div>')))
    ['教学设计']
    """
    if doc_text is not None and not xpaths.holds_any(doc_text, xpaths.CATEGORY_WORDS):
        return  # most pages: the per-text-node search would find nothing
    inside = set(region)
    for el in doc.xpath(xpaths.CATEGORY_TEXT_PARENTS):
        if inside and (el in inside or any(a in inside for a in el.iterancestors())) and not _meta_line(el):
            continue  # 分类：常绿乔木 in the article's text says what the text is about
        for holder in (el, el.getparent()):
            if holder is None:
                break
            line = text_of(holder)
            if len(line) > _CATEGORY_LINE_CHARS:
                break
            match = _CATEGORY_LABEL.search(line)
            if match:
                yield _first_link(holder, until_next_field(match))
                break


def _first_link(holder: HtmlElement, value: str) -> str:
    """A label's value cut to its first link when several links run together in it (a wiki's
    分类：<li><a>北山镇</a></li><li><a>茶叶产区</a></li>: the page's categories, the first its own).

    >>> from lxml.html import fragment_fromstring as f
    >>> _first_link(f('<div>分类：<ul><li><a>北山镇</a></li><li><a>茶叶产区</a></li></ul></div>'), "北山镇茶叶产区")
    '北山镇'
    """
    names = [text_of(link) for link in holder.iter("a")]
    for name, after in zip(names, names[1:], strict=False):
        if name and after and value.startswith(name + after):
            return name
    return value


def _meta_line(el: HtmlElement) -> bool:
    """Whether a channel label inside the content region is a post's meta line, not the text: its
    value links a page (分类：<a href="/category/reading/">读书笔记</a>), or its line dates the post.

    >>> from lxml.html import fragment_fromstring as f
    >>> _meta_line(f("<p>2025年3月2日 · 分类：<a href='/c/1/'>读书笔记</a></p>")), _meta_line(f("<p>分类：常绿乔木</p>"))
    (True, False)
    """
    line = (
        el
        if el.tag in xpaths.BLOCK_TAGS
        else next((a for a in el.iterancestors() if a.tag in xpaths.BLOCK_TAGS), el)
    )
    if len(text := line.text_content()) > _CATEGORY_LINE_CHARS:
        return False
    return line.find(".//a") is not None or _DATE.search(text) is not None


def title_channels(doc: HtmlElement) -> Iterator[str]:
    """The parts of the ``<title>`` between the article's title and the site's name
    (``年度计划_工作计划_文秘之窗``: a CMS's default title), nearest the site's name first, that
    a link in a menu on the page names too (the menu's link to that channel). A part no menu
    names may be a subtitle, or a blog's name (``…_春晓的博客_新浪博客``); a part that is a
    site's name or address (``…_华语_电影网_1905.com``) is none.

    >>> from lxml.html import document_fromstring as d
    >>> menu = '<p><a href="/">首页</a> <a href="/jh/">工作计划</a> <a href="/zj/">工作总结</a></p>'
    >>> list(title_channels(d(f'<title>年度计划_工作计划_文秘之窗</title>{menu}')))
    ['工作计划']
    """
    parts = _doc_title_parts(doc)
    for part in reversed(parts[1:-1]):
        if _SITE_NAME.search(part):
            continue  # …_华语_电影网_1905.com: the site's name before its address
        # The site's name where the page prints it as its logo or home link (问题 - 某某问 - 某人的回答:
        # a Q&A page's title ends with the answer, the site's name in the middle; session 21), unless
        # a menu links it elsewhere too (a channel's own logo beside its menu link: review rev3).
        logos = xpaths.with_text(doc, xpaths.LOGO_NAMED, part)
        if 2 <= len(part) <= _CHANNEL_CHARS:
            # The menu link's name, its label part left out (看板 Cooking: the board Cooking).
            yield from (
                _link_name(link)
                for link in xpaths.with_text(doc, xpaths.LINK_NAMED, part)
                if _in_menu(link) and not (logos and _logo_or_home(link, logos))
            )


def _logo_or_home(link: HtmlElement, logos: list[HtmlElement]) -> bool:
    """Whether a link is one of ``logos`` (what names the site: :data:`xpaths.LOGO_NAMED`), inside one,
    or a link home.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div class="logo"><a href="/x/">某</a></div>')
    >>> _logo_or_home(box[0], [box]), _logo_or_home(f('<a href="./">某</a>'), []), _logo_or_home(box[0], [])
    (True, True, False)
    >>> _logo_or_home(f('<a href="https://www.example.com/">某</a>'), []), _logo_or_home(f('<a>某</a>'), [])
    (True, False)
    """
    return _HOME_HREF.fullmatch(link.get("href") or "x") is not None or any(
        logo is link or logo in link.iterancestors() for logo in logos
    )


# The home page's address as a link names it (/, ./, index.html, https://host/).
_HOME_HREF = re.compile(r"(?:(?:https?:)?//[^/]+)?/?(?:\./)?(?:index\.\w+)?", re.I)


_CHANNEL_CHARS = 12
# A site's name or address: 某某网, 某某站, 1905.com.
_SITE_NAME = re.compile(r"[网網站]$|\.[a-z]{2,}$", re.I)


def _in_menu(link: HtmlElement) -> bool:
    """Whether a link is one of a menu's: its list (the nearest ancestor, two levels up at most,
    holding 3 links or more) says little besides its links. A blog's name links its home from
    the header alone, or from a post's footer among its date and counters.

    >>> from lxml.html import fragment_fromstring as f
    >>> _in_menu(f('<div><a href="/">首页</a> <a href="/jh/">工作计划</a> <a href="/zj/">工作总结</a></div>')[1])
    True
    >>> _in_menu(f('<div>posted @ 2025-01-12 20:31 <a href="/s/">三尺讲台</a> 阅读(1234) <a>编辑</a> <a>收藏</a></div>')[0])
    False
    """
    for menu in islice(link.iterancestors(), 2):
        links = menu.findall(".//a")
        if len(links) >= _MENU_LINKS:
            text = "".join(menu.text_content().split())
            linked = sum(len("".join(a.text_content().split())) for a in links)
            return linked >= _MENU_LINKED * len(text)
    return False


_MENU_LINKS = 3
_MENU_LINKED = 0.7


def _is_trail(el: HtmlElement, is_title: Callable[[str], bool] = lambda text: False) -> bool:
    """Whether an element holding a link home is a breadcrumb: two links or more with a
    separator (``›``, ``>``, ``/``, in the text or in an element of its own) between each two,
    nothing else between them, and no account links (a top bar ``首页 / 登录 / 注册``). A menu's
    links stand apart by spaces alone. After the last separator, the trail's last level may be
    plain text naming the page: a word for it (Discuz's portal ends ``› 查看内容``), or the
    article's title (``is_title``).

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_trail(f('<div><a href="/">首页</a> <em>&rsaquo;</em> <a href="/f/">论坛</a></div>'))
    True
    >>> _is_trail(f('<div><a href="/">首页</a> <em>&rsaquo;</em> <a href="/f/">论坛</a> <em>&rsaquo;</em> 查看内容</div>'))
    True
    >>> _is_trail(f('<div><a href="/">首页</a> <a href="/f/">论坛</a></div>'))
    False
    """
    links = separators = 0
    between = [el.text or ""]
    for child in el:
        if child.tag == "a":
            links += 1
            if _NOT_A_CHANNEL.search(text_of(child)):
                return False
        elif isinstance(child.tag, str):
            between.append(text_of(child))
        between.append(child.tail or "")
    # The page's own level in plain text after a separator (the text's own, or an element's).
    rest = _CRUMB_SEPARATORS.sub("", between[-1], count=1)
    lead = between[-1][: len(between[-1]) - len(rest)]
    if rest.strip() and len(el) and (lead.strip() or el[-1].tag != "a"):
        if not (_CRUMB_SKIP.search(rest.strip()) or is_title(rest)):
            return False
        between[-1] = lead
    for text in between:
        if not _CRUMB_SEPARATORS.fullmatch(text.strip()):
            return False
        separators += len(text.split()) if text.strip() else 0
    return links >= 2 and separators >= links - 1


_CRUMB_SEPARATORS = re.compile(r"[>»›/→＞\s]*")

# A footer's box (footer, foot, bottom, copyright) and a menu's (nav, navbar, menu, daohang), by a
# whole word of the class or id.
_FOOTER_BOX = re.compile(r"(?:^|[\s_-])(?:footer|foot|bottom|copyright)(?:$|[\s_-])", re.I)
_MENU_BOX = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|daohang)(?:$|[\s_-])", re.I)


def _in_box(el: HtmlElement, tag: str, hint: re.Pattern[str]) -> bool:
    """Whether ``el`` or a box around it is a ``tag`` element or names ``hint`` in its class or id."""
    return any(
        node.tag == tag or hint.search(f"{node.get('class', '')} {node.get('id', '')}")
        for node in chain((el,), el.iterancestors())
    )


def _reads_as_menu(el: HtmlElement) -> bool:
    """Whether a trail's shape (:func:`_is_trail`) is a menu whose links are parted by slashes: a
    trail has one link a level and ends at the page's channel, a menu of three links or more lists
    sibling sections. It is one when it sits in the footer (首页 / 关于我们 / 联系我们 / 网站地图) or
    when every link of it is also a link of the page's nav menu (a top bar 首页 / 新闻 / 教育 / 体育
    repeating the nav's sections); a trail's last level is rarely all the nav has.

    >>> from lxml.html import fromstring
    >>> doc = fromstring('<div><div class="foot"><p><a href="/">首页</a> / <a href="/a/">关于</a> / <a href="/m/">地图</a></p></div></div>')
    >>> _reads_as_menu(doc.find(".//p"))
    True
    """
    links = [a for a in el.iter("a") if a.get("href")]
    if len(links) < 3:
        return False
    if _in_box(el, "footer", _FOOTER_BOX):
        return True
    own = {id(a) for a in links}
    in_menu = {
        a.get("href")
        for a in el.getroottree().getroot().iter("a")
        if id(a) not in own and a.get("href") and _in_box(a, "nav", _MENU_BOX)
    }
    return all(a.get("href") in in_menu for a in links)


def _trail_from(home: HtmlElement) -> list[str]:
    """The levels of a trail that runs from the site's home link through the links after it, a separator
    (``›``, ``>``, ``/``, in the text or in an element of its own) before each, inside a box that
    holds more than the trail: a community engine prints it in the thread's header, between the
    poster's avatar and the title (``竹林 › 健康``, then the ``<h1>``). It ends at the first
    element that is neither; a link with no separator before it is a menu's. The home link's text
    (the site's name) is no level.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div><a href="/u/1"><img src="a.png"></a> <a href="/">竹林</a> <span>›</span> <a href="/go/h">健康</a><h1>题</h1></div>')
    >>> _trail_from(box[1])
    ['健康']
    >>> _trail_from(f('<div><a href="/">竹林</a> <a href="/go/h">健康</a><h1>题</h1></div>')[0])
    []
    """
    items: list[str] = []
    tail = home.tail or ""
    if not _CRUMB_SEPARATORS.fullmatch(tail):
        return items
    separated = bool(tail.strip())
    for sibling in home.itersiblings():
        if not isinstance(sibling.tag, str):
            continue  # a comment
        text = text_of(sibling)
        if sibling.tag == "a":
            if not separated or _NOT_A_CHANNEL.search(text):
                break
            items.append(_link_name(sibling))  # 看板 Marathon: the board Marathon
            separated = False
        elif text.strip() and _CRUMB_SEPARATORS.fullmatch(text):
            separated = True
        else:
            break
        tail = sibling.tail or ""
        if not _CRUMB_SEPARATORS.fullmatch(tail):
            break
        separated = separated or bool(tail.strip())
    return items


def _article_titles(doc: HtmlElement) -> set[str]:
    """What the page calls its article, spaces squeezed out: its title heading (a heading the
    ``<title>`` starts with, as :func:`title_candidates` takes it) and the ``<title>``'s first part
    (before a ``_site`` or `` - column`` suffix), when such a heading agrees with it. A heading
    alone may print the site's or the column's name, a ``<title>`` alone the column's
    (``心得体会_某某网`` over the heading ``参加青年教师培训心得体会``), and ``og:title`` may put the
    column first (``法国报纸摘要 - 标题``): none of them is the article's title alone."""
    doc_title = " ".join(xpaths.of_page(doc, xpaths.DOC_TITLE))
    squeezed_title = "".join(doc_title.split())
    shown = xpaths.of_page(doc, xpaths.TITLE_HEADINGS)
    opening = [h for h in shown if squeezed_title.startswith("".join(text_of(h).split()))]
    headings = [text_of(h) for h in opening]
    if not any(len(text) >= 2 for text in headings):
        return set()  # the <title> may name the column (心得体会_某某网) and the heading the article
    # The activity's heading a course's <title> names after a colon (课程: 活动 | 平台), session 29.
    headings += [
        text
        for h in opening
        if len(whole := "".join(text_of(h).split())) >= 2
        for text in _heading_after_colon(squeezed_title[len(whole) :], h, shown)
    ]
    names = [strip_title_suffix(doc_title) or "", *headings]
    return {squeezed for name in names if len(squeezed := "".join(name.split())) >= 2}


_NOT_A_CHANNEL = re.compile(r"登录|登陆|登入|注册|註冊|退出|会员|會員|帮助|收藏|设为首页|我的")


class _Trail(list[str]):
    """A breadcrumb's items; ``ended`` when its last item, the page itself, was dropped already."""

    ended = False


# A class token naming a tag or a tag cloud (tag-link-position-3, tag-cloud-link, tagcloud,
# post-tags), not one that merely holds the letters (stage, tagline, vintage).
_TAG_CLASS = re.compile(r"(?:^|[\s_-])tag(?:s|cloud)?(?:[\s_-]|$)", re.I)


def _tag_item(el: HtmlElement) -> bool:
    """Whether a breadcrumb's candidate is a tag cloud's or a tag list's item, no trail: a link to
    a tag (rel="tag") or a link whose class names it a tag (WordPress's tag cloud numbers its
    links ``tag-link-position-1``, ``-2``, …, where "position" is a trail's class word), and none
    whose class names a crumb. A trail is a short chain of channels from the home page; a
    cloud's links are topics of one kind, whatever their hrefs look like (``/?tag=…``). Only a
    link: WordPress classes a post's wrapper with its tags too (``tag-camping``), and the wrapper
    may hold the trail.

    >>> from lxml.html import fragment_fromstring as f
    >>> _tag_item(f('<a class="tag-cloud-link tag-link-position-2" href="/?tag=x">露营</a>'))
    True
    >>> _tag_item(f('<div class="post type-post tag-camping elementor-location-single"><a href="/">首页</a></div>'))
    False
    >>> _tag_item(f('<a class="stage-position" href="/">首页</a>'))
    False
    """
    cls = el.get("class") or ""
    if el.tag != "a" or "crumb" in cls:
        return False
    return bool(_TAG_CLASS.search(cls)) or " tag " in f" {el.get('rel') or ''} "


def _crumb_items(el: HtmlElement) -> list[str]:
    """A breadcrumb element's items, without its last one when that is plain text after linked
    levels: the levels link their channels, the last names the page itself (its title, or its
    kind: 正文, 留言详情, 讲座摘要), which no channel is.

    >>> from lxml.html import fragment_fromstring as f
    >>> _crumb_items(f('<div><a href="/">主页</a> &gt; <a href="/jz/">讲座回顾</a> &gt; 讲座摘要</div>'))
    ['主页', '讲座回顾']
    >>> _crumb_items(f('<div><a href="/">首页</a> &gt; <a href="/a/">工作总结</a> &gt; <a href="/a/b/">农村工作总结</a></div>'))
    ['首页', '工作总结', '农村工作总结']
    >>> _crumb_items(f('<div><a href="/">首页</a> &gt; <a href="/q/">期刊</a> &gt; <a href="/q/3/">2025年第3期</a> &gt; 民生观察</div>'))
    ['首页', '期刊', '2025年第3期', '民生观察']
    """
    # A topic's tags beside its category in the trail's box (a forum's /tag/ links) are no levels.
    tags = {text_of(link) for link in xpaths.evaluate(el, xpaths.TAG_LINKS)}
    items = _Trail(item for item in _CRUMB_SPLIT.split(_crumb_text(el)) if item and item not in tags)
    last = xpaths.evaluate(el, xpaths.LAST_TEXT)
    if last and len(items) > 2 and items[-1] == _CRUMB_SPLIT.split(last[0].strip())[-1]:
        holder = last[0].getparent()
        if last[0].is_tail:
            holder = holder.getparent()
        linked = holder is not None and (
            holder.tag == "a" or any(a.tag == "a" for a in holder.iterancestors())
        )
        # Under a dated issue (2025年第3期, 第A03版) a plain last item is the issue's column; one the
        # site names as a channel elsewhere (its menu links it, its <title> names it after the
        # article's title) is the current column, printed unlinked.
        if (
            not linked
            and len(xpaths.evaluate(el, xpaths.LINKS_UNDER)) >= 2
            and not _ISSUE_CRUMB.search(items[-2])
            and not _named_channel(el, items[-1])
        ):
            items.pop()
            items.ended = True
    return items


def _named_channel(crumb: HtmlElement, item: str) -> bool:
    """Whether the site names a breadcrumb's item as a channel outside the breadcrumb: a menu's
    link reads so, or a part of the ``<title>`` after its first (``标题_本地新闻_某某网``).

    >>> from lxml.html import document_fromstring as d
    >>> doc = d('<title>标题_本地新闻_江城网</title><p><a href="/">首页</a> <a href="/n/">本地新闻</a> <a href="/t/">体育</a></p><div>x</div>')
    >>> _named_channel(doc.find(".//div"), "本地新闻"), _named_channel(doc.find(".//div"), "留言详情")
    (True, False)
    """
    doc = crumb.getroottree().getroot()
    parts = _TITLE_PARTS.split(" ".join(xpaths.of_page(doc, xpaths.DOC_TITLE)))
    if item in (part.strip() for part in parts[1:]):
        return True
    inside = set(crumb.iter("a"))
    return any(
        _in_menu(link) for link in xpaths.with_text(doc, xpaths.LINK_NAMED, item) if link not in inside
    )


_ISSUE_CRUMB = re.compile(r"^(?:19|20)\d{2}\s*年?度?$|第\s*[\dA-Z]+\s*[期版]")
_WORD = re.compile(r"\w")


def _crumb_text(el: HtmlElement) -> str:
    """A breadcrumb's text with its items apart: items in separate elements are separated by
    the page's CSS (``a + a::before { content: "›" }``), not by a character; join them with ``>``.

    >>> from lxml.html import fragment_fromstring as f
    >>> _crumb_text(f('<div><a href="/">首页</a><a href="/s/">述职报告</a><span>正文</span></div>'))
    '首页 > 述职报告 > 正文'
    """
    return " > ".join(" ".join(t.split()) for t in el.itertext() if t.strip())


def channel_names(doc: HtmlElement, url: str) -> Iterator[str]:
    """Texts of the page's links to the folders above the article, nearest folder first.

    Sites without a breadcrumb still link their channels from the menu: on
    ``/pinglun/1002.html`` the link to ``/pinglun/`` reads ``时事评论``.

    >>> from lxml.html import fromstring
    >>> doc = fromstring('<ul><li><a href="/">首页</a></li><li><a href="/pinglun/">时事评论</a></li></ul>')
    >>> list(channel_names(doc, "http://a.cn/pinglun/1002.html"))
    ['时事评论']
    """
    parts = urlsplit(url)
    folders = [
        f"{parts.scheme}://{parts.netloc}{parts.path[: i + 1]}" for i, c in enumerate(parts.path) if c == "/"
    ]
    wanted = {folder: rank for rank, folder in enumerate(reversed(folders[1:]))}
    names = parts.path.split("/")[1:-1]
    found: dict[int, str] = {}
    for link in xpaths.of_page(doc, xpaths.LINKS):
        raw = link.get("href", "").strip().split("#", 1)[0]
        is_folder = raw.endswith("/")
        if not (is_folder or _INDEX_PAGE.search(raw)):
            continue  # only a link to a folder (or its index page) can name one; urljoin is costly
        if is_folder and not _may_lead_to(raw, names):
            continue
        try:
            href = _INDEX_PAGE.sub("", urljoin(url, raw))
        except ValueError:  # an address urljoin refuses (http://[…: "Invalid IPv6 URL")
            continue
        rank = wanted.get(href)
        if rank is None or rank in found:
            continue
        text = _link_name(link)
        if 2 <= len(text) <= 12 and not _CRUMB_SKIP.search(text):
            found[rank] = text
    yield from (found[rank] for rank in sorted(found))


def _link_name(link: HtmlElement) -> str:
    """A link's text without its label part: the element whose class names it a label says what
    kind of place the link leads to, the rest names it (a BBS's ``<a href="/bbs/Cooking/"><span
    class="board-label">看板 </span>Cooking</a>``: the board is Cooking).

    >>> from lxml.html import fragment_fromstring as f
    >>> _link_name(f('<a href="/b/"><span class="board-label">看板 </span>Cooking</a>')), _link_name(f('<a href="/b/">时评</a>'))
    ('Cooking', '时评')
    """
    first = link[0] if len(link) else None
    if first is not None and isinstance(first.tag, str) and _is_label_box(first):
        rest = text_of(link)[len(text_of(first)) :].strip()
        if rest:
            return rest
    return text_of(link)


def _may_lead_to(folder_href: str, names: list[str]) -> bool:
    """Whether a link to a folder (``.../``) can resolve to one of the folders named ``names``
    (the article URL's folders below the root), tested before the costly ``urljoin``: most menu
    links to folders go elsewhere.

    A resolved path takes its segments from the href, or from the article's folder when the
    href is relative; a relative href with no dot segment (``../``) only goes deeper. So the
    href must name one of the folders, or climb. (An index page, ``index.html``, can resolve to
    the article's own folder without naming it: it is not tested here.)

    >>> _may_lead_to("/pinglun/", ["pinglun"]), _may_lead_to("../", ["pinglun"]), _may_lead_to("/tiyu/", ["pinglun"])
    (True, True, False)
    """
    href = folder_href.replace("\t", "").replace("\r", "").replace("\n", "")  # as urlsplit drops them
    return "./" in href or any(name in href for name in names)


def _short_lines(doc: HtmlElement, doc_text: Callable[[], str]) -> Iterator[str]:
    """Short lines whose own text mentions a position (``当前位置：``), candidates for a breadcrumb."""
    if not xpaths.holds_any(doc_text(), (xpaths.POSITION_WORD,)):
        return  # most pages, and every English one: the per-text-node search would find nothing
    for el in xpaths.evaluate(doc, xpaths.POSITION_TEXT_PARENTS):
        text = text_of(el)
        if 0 < len(text) <= 100:
            yield text


def _from_lines(doc: HtmlElement, doc_text: Callable[[], str]) -> Iterator[str]:
    """Short lines opening with ``来自：`` (a saved article's trail), candidates for a breadcrumb."""
    if not xpaths.holds_any(doc_text(), xpaths.FROM_WORDS):
        return
    for el in doc.xpath(xpaths.FROM_TEXT_PARENTS):
        text = text_of(el)
        if 0 < len(text) <= 100 and _FROM_PREFIX.match(text):
            yield text


def _state(doc: HtmlElement) -> str:
    """The page's inline scripts' text, where a single-page app or a server render keeps the
    page's state (window.__INITIAL_STATE__ = {…}, var $render_data = […], window._preloads)."""
    return "\n".join(xpaths.of_page(doc, xpaths.STATE_SCRIPTS))


def _json_string(raw: str) -> str | None:
    try:
        value = json.loads(f'"{raw}"')
    except ValueError:
        return None
    return value.strip() if isinstance(value, str) else None


def _printed(doc: HtmlElement, value: str) -> bool:
    """Whether the page prints ``value`` in a text outside its scripts and styles."""
    return any(
        node.getparent() is not None and node.getparent().tag not in _NOT_PRINTED
        for node in xpaths.with_text(doc, xpaths.TEXT_WITH, value)
    )


_NOT_PRINTED = frozenset(("script", "style", "noscript", "template", "title"))


def _prints_name(doc: HtmlElement, name: str) -> bool:
    """Whether the page prints ``name`` as a name: outside its scripts (:func:`_printed`), and a
    Latin one as a word of its own (``AS`` is not printed by ``NASCAR``).

    >>> from lxml.html import document_fromstring as d
    >>> [_prints_name(d("<p>NASCAR, by Lin Yue</p>"), n) for n in ("AS", "Lin Yue", "陈墨")]
    [False, True, False]
    """
    bounded = re.compile(rf"(?<![A-Za-z]){re.escape(name.strip())}(?![A-Za-z])")
    return any(
        node.getparent() is not None and node.getparent().tag not in _NOT_PRINTED and bounded.search(node)
        for node in xpaths.with_text(doc, xpaths.TEXT_WITH, name.strip())
    )


def state_author(doc: HtmlElement, heading: str = "") -> Iterator[str]:
    """The writer the page's state names first under a writer's key (``author``'s ``name``,
    ``author_name``, a microblog's ``screen_name``: the item comes before its comments; a user's
    ``uname`` or ``nickname`` alone may be anyone's, an encyclopedia entry's creator),
    when the page prints that name (a card with no label, a masthead's tagline): a name only the
    state holds is an account the page does not show, and the site's own name is no writer.
    Structured data (JSON-LD) is not state: :func:`author_candidates` reads it on its own terms.
    The item is the state's object holding the page's ``heading`` when the state holds it (a feed
    of recommended posts may come first: :func:`_item_matches`), else the state's first.

    >>> from lxml.html import document_fromstring as d
    >>> page = '<script>window.__S__={"item":{"author":{"id":7,"name":"木耳先生"}}}</script><p>木耳先生 LV5</p>'
    >>> list(state_author(d(page))), list(state_author(d(page.replace("<p>木耳先生", "<p>"))))
    (['木耳先生'], [])
    """
    match = next(_item_matches(_state(doc), _STATE_AUTHOR, heading), None)
    value = _json_string(match.group(1)) if match else None
    if value and not names_site(doc, value) and _printed(doc, value):
        yield value


def _item_matches(state: str, pattern: re.Pattern[str], heading: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in the page's ``state`` that belong to the page's own item: the
    object holding the page's ``heading`` as a string (raw or JSON-escaped), the matches after it
    first; a match in another object (a recommended post's, before or after it) is not the item's.
    Without the heading in the state, the state's first match (its item comes before its comments).

    >>> state = '[{"title":"别的","author":"甲子"},{"title":"本篇","author":{"name":"乙丑"}}]'
    >>> [m.group(1) for m in _item_matches(state, _STATE_AUTHOR, "本篇")], [m.group(1) for m in _item_matches(state, _STATE_AUTHOR, "")]
    (['乙丑'], ['甲子'])
    """
    at = -1
    if heading:
        for form in (heading, json.dumps(heading)[1:-1]):
            at = state.find(f'"{form}"')
            if at >= 0:
                break
    matches = list(pattern.finditer(state)) if at >= 0 else []
    # One scan each way from the heading, not one per match (review S12: a state holding the
    # post and its thousands of comments took minutes): after it, the matches before the brace
    # that closes its object; before it, those from which no brace closes an object on the way.
    close = _object_close(state, at) if matches else -1
    after = [m for m in matches if at < m.start() <= close]
    opened = _object_starts(state, at, [m.start() for m in matches if m.start() < at])
    before = [m for m in reversed(matches) if m.start() in opened]
    if after or before:
        yield from after
        yield from before
    elif (first := pattern.search(state)) is not None:
        yield first


def _object_close(text: str, start: int) -> int:
    """Where the first brace closing an object opened before ``start`` stands (the text's end
    when none does): a place up to it is in one object with ``start``, as :func:`_one_object`."""
    depth = 0
    for brace in _BRACE.finditer(text, start):
        depth += 1 if brace.group() == "{" else -1
        if depth < 0:
            return brace.start()
    return len(text)


def _object_starts(text: str, end: int, starts: Sequence[int]) -> set[int]:
    """Those of ``starts`` (places before ``end``) that are in one object with ``end``, as
    :func:`_one_object` tells them, in one backward scan: the depth relative to ``end`` (R) is
    its minimum so far at such a place, no brace between it and ``end`` closing its object.

    >>> text = '{"a":1},{"b":{"c":2},"t":3}'
    >>> sorted(_object_starts(text, text.index('"t"'), [1, 9, 14])) == [s for s in (1, 9, 14) if _one_object(text, s, text.index('"t"'))]
    True
    """
    braces = [(b.start(), 1 if b.group() == "{" else -1) for b in _BRACE.finditer(text, 0, max(end, 0))]
    found: set[int] = set()
    depth = lowest = 0
    for place in sorted(starts, reverse=True):
        while braces and braces[-1][0] >= place:
            depth -= braces.pop()[1]
            lowest = min(lowest, depth)
        if depth <= lowest:
            found.add(place)
    return found


_BRACE = re.compile(r"[{}]")


def _one_object(text: str, start: int, end: int) -> bool:
    """Whether two places of a JSON text are in one object: between them no brace closes an
    object opened before the first (a value's own object opens and closes in between)."""
    depth = 0
    for char in text[start:end]:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return True


# A writer's key and its value: a string, or an object whose name key holds it.
_STATE_AUTHOR = re.compile(
    r'"(?:author|authorName|author_name|screen_name)"\s*:\s*'
    r'(?:\{[^{}]{0,200}?"(?:name|screen_name|nickname)"\s*:\s*)?"((?:[^"\\]|\\.){2,80})"'
)


def state_date(doc: HtmlElement, zone: str = DEFAULT_TIMEZONE, heading: str = "") -> Iterator[str]:
    """The first instant the page's state gives its item under a creation or publication key
    (``created_at`` in Twitter's format, ``publish_time`` or ``ctime`` as a Unix time, ISO text),
    when the page prints it without its year: its month, day and time in the site's ``zone``
    (``3-02 21:15``, ``03月02日 21:15``). The item is the state's object holding the page's
    ``heading`` when the state holds it (:func:`_item_matches`), else the state's first.

    >>> from lxml.html import document_fromstring as d
    >>> page = '<script>var s=[{"created_at":"Sun Mar 02 21:15:08 +0800 2025"}]</script><p>3-02 21:15 来自 手机</p>'
    >>> list(state_date(d(page), "Asia/Shanghai")), list(state_date(d(page.replace("21:15 ", "21:16 ")), "Asia/Shanghai"))
    (['2025-03-02T21:15:08+08:00'], [])
    """
    match = next(_item_matches(_state(doc), _STATE_DATE, heading), None)
    if match is None:
        return
    raw = match.group(1).strip()
    try:
        if raw.isdigit():
            instant = datetime.fromtimestamp(int(raw[:10]), UTC)
        elif _TWITTER_TIME.fullmatch(raw):
            instant = datetime.strptime(raw, "%a %b %d %H:%M:%S %z %Y")
        else:
            parsed = parse_date(raw)
            if parsed is None:
                return
            instant = parsed
    except (ValueError, OverflowError, OSError):
        return
    local = wall_clock(instant, zone) if instant.tzinfo is not None else instant
    shown = re.compile(
        rf"(?<!\d)0?{local.month}\s*[-/.月]\s*0?{local.day}日?\s*{local.hour:02d}[:：]{local.minute:02d}(?!\d)"
    )
    if any(shown.search(text) for text in doc.xpath(xpaths.PRINTED_TIMES)):
        yield instant.isoformat()


_STATE_DATE = re.compile(
    r'"(?:created_at|createdAt|create_time|createTime|publish_time|publishTime|pubdate|pub_date|ctime'
    # A message's or a notice's time of sending (a school's notice app, a mailing list).
    r'|send_time|sendTime)"'
    r'\s*:\s*"?([^",}\]]{6,40})"?'
)
_TWITTER_TIME = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}")


def _json_ld_trails(doc: HtmlElement) -> Iterator[list[str]]:
    """The levels' names of each breadcrumb in the page's structured data (a JSON-LD
    ``BreadcrumbList``, in ``position`` order; a name may sit in the level's ``item``).

    >>> from lxml.html import document_fromstring as d
    >>> data = '{"@type": "BreadcrumbList", "itemListElement": [{"position": 2, "item": {"name": "游记"}}, {"position": 1, "name": "首页"}]}'
    >>> list(_json_ld_trails(d(f'<script type="application/ld+json">{data}</script>')))
    [['首页', '游记']]
    """
    for data in _json_ld(doc):
        kind = data.get("@type")
        levels = data.get("itemListElement")
        if "BreadcrumbList" not in (kind if isinstance(kind, list) else [kind]) or not isinstance(
            levels, list
        ):
            continue
        levels = [level for level in levels if isinstance(level, dict)]
        levels.sort(key=lambda level: level["position"] if isinstance(level.get("position"), int) else 0)
        names = []
        for level in levels:
            item = level.get("item")
            name = level.get("name") or (item.get("name") if isinstance(item, dict) else None)
            if isinstance(name, str):
                names.append(name)
        yield names


def _json_ld(doc: HtmlElement) -> Iterator[dict]:
    for raw in xpaths.of_page(doc, xpaths.JSON_LD):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
            continue
        for entry in data if isinstance(data, list) else [data]:
            if isinstance(entry, dict):
                yield entry
                graph = entry.get("@graph")
                yield from (e for e in graph if isinstance(e, dict)) if isinstance(graph, list) else ()
