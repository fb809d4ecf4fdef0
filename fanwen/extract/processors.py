"""Small pure processors for metadata strings: the ``*_in`` processors of ArticleLoader."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fanwen.extract.xpaths import NOT_XML_TEXT

_SPACE = re.compile(r"\s+")
# " - 站点名", "_频道_网站", "｜网站" at the end of a <title>; the article title is the first part.
# (A double hyphen is no separator here: headings print their own, 2024--2025学年, Java基础--集合;
# metadata ends a <title> at one only when the site's name follows it.)
_TITLE_SEPARATORS = re.compile(r"\s+[-|｜—–:]{1,2}\s+|\s*[_｜|]\s*")
# 编辑 followed by these ends an organisation's name (本刊编辑部, 文学社编辑组, a writer credited
# as a board): part of the name, not the label of the next field.
BOARD = r"(?![部室组組])"
# An editor's label: 编辑 not glued to a word before it (房产编辑, 特约编辑: a job title before a
# name), unless its colon follows (张三编辑：李四); not an editorial board (编辑部).
EDITOR_LABEL = rf"(?:(?<![\u4e00-\u9fff])(?:编辑|編輯){BOARD}|(?:编辑|編輯)(?=\s*[:：]))"
# 发布 / 发表 start a field as the first part of its label (发布时间, 发表于, 发布者): at the end
# of a name they are part of it (上海发布, a government's news account).
POSTED = r"(?:发布|發布|發佈|发表|發表)(?=[时時日者人于於:：])"
# A credit for the text and the pictures at once (文/图：李明, 图文：李明, 文字/摄影：李明): the
# person is the author. It ends at a separator or a space (文/图 李明), never inside a word
# (图文并茂, 本期图文).
CREDIT = (
    r"(?<![\u4e00-\u9fff])(?:文\s*[/／、·]\s*图|图\s*[/／、·]\s*文|文图|图文"
    r"|文字\s*[/／、·]\s*(?:图片|摄影)|撰文\s*[/／、·]\s*摄影)(?=[\s:：/|｜丨])"
)
# 文 is a label only with its separator (文/张三): 文秘之窗编辑部 is a desk's name, no 文 label.
_AUTHOR_LABEL = re.compile(
    rf"^(?:(?:{CREDIT}|作者|记者|撰稿|编辑{BOARD}|责任编辑|责编)\s*[:：/|｜丨]?|文\s*[:：/|｜丨])\s*"
)
# An author's label after the line's other fields, starting a field of its own.
_INNER_LABEL = re.compile(rf"{CREDIT}|(?<![\u4e00-\u9fff])(?:文|作\s?者|记者|記者|撰稿|撰文)\s*[:：/|｜丨]")
_SOURCE_LABEL = re.compile(r"^(?:来源|出处|稿源)\s*[:：|｜丨]\s*")
# What a CMS fills in when nobody is named: its account names, the "editor" it credits by
# default (佚名, "name unknown", is kept: the page says the writer is anonymous). Provenance
# placeholders (本站, 网络, 原创, 转载: where a text comes from, printed where a name goes) are
# no author either (``_PROVENANCE``).
_NO_AUTHOR = frozenset(
    {"admin", "administrator", "管理员", "系统管理员", "网站管理员", "小编", "站长", "站長", "管理員", "小編"}
    # A blog platform's default account or role, printed where the post's writer goes.
    | {"editor", "webmaster", "root", "superadmin", "sysadmin"}
)
# A CMS account named after its role (yx_admin, admin01, webadmin_2): admin joined to letters or
# digits by a separator, or to digits (badminton is a word).
_ADMIN = re.compile(r"(?:[a-z0-9]+[_\-.])?admin(?:[_\-.]?\d+|[_\-.][a-z0-9]+)?", re.I)
# Words that say what kind of provenance a text has without naming anyone: the web, a
# reader's or user's submission, a reprint, a compilation, this site's own. A value made of
# nothing else (网友投稿, 本站原创, 网络整理, 轉載自網絡) is no author, nor a source where no label
# shows it (a badge's 原创 beside the date); a labelled source is the value as shown (来源：网友投稿,
# the lead's convention since session 26: states_nothing).
# A publication naming itself by 本 (本报, 本刊, 本會: "this paper", "this association") and its
# desk (本报编辑部, 文/本會編輯部) are this site's own, as 本站 is; a desk named by its name
# (文秘之窗编辑部) is no author either since session 25 (DESK).
_PROVENANCE = re.compile(
    r"(?:网络|網絡|网路|網路|互联网|互聯網|网上|網上|网友|網友|网民|網民|用户|用戶|会员|會員|读者|讀者"
    r"|本站|本网|本網|站内|站內|本平台|综合|綜合|其他|其它|转载自|轉載自|转自|轉自|来自|來自|原创|原創"
    r"|本(?:报|報|刊|会|會|社|台|臺|馆|館|院|校|中心)"
    r"|转载|轉載|整理|投稿|来稿|來稿|收集|搜集|上传|上傳|提供|分享|摘编|摘編|编辑|編輯|发布|發布"
    r"|(?<=编辑|編輯)(?:部|室|组|組|中心)"
    # A kind of outlet, no one outlet (本文转载自合作媒体, 来源：第三方平台, 其他媒体: a platform's
    # word for its partners, session 20): as 网络 names none.
    r"|(?:合作|签约|簽約|友好|入驻|入駐|第三方|外部)?(?:媒体|媒體|伙伴|夥伴|网站|網站|平台|平臺|机构|機構|单位|單位)"
    r"|第三方|合作方"
    r"|未知|不详|不詳|佚名|匿名)+"
)
# A writer's role printed before the name (本报评论员 张三, 特约撰稿人 李四).
_ROLE = re.compile(
    r"(?:评论员|評論員|记者|記者|通讯员|通訊員|撰稿人|观察员|觀察員|研究员|研究員|主笔|主筆|专栏作家|專欄作家|编辑|編輯"
    r"|实习生|實習生)$"
)
# A helper's or a learner's role printed before the name (文／志工 黃淑芬, 义工 王芳, 高二学生 李想,
# 社区志愿者 陈晨): who they are at the organisation, not a second name (session 21). A person's
# name ending so (王志工: a surname and two characters) is a name.
# Session 22: a helper with a family word (志工媽媽, 义工妈妈), a graduate learner (研究生, 博士生, 硕士生).
_HELPER_ROLE = re.compile(
    r"(?:志工|義工|义工|志愿者|志願者)(?:妈妈|媽媽|爸爸)?$"
    r"|(?:学生|學生|见习生|見習生|研究生|博士生|硕士生|碩士生|本科生)$"
)
# A professional title or an office's post after a name or on its own (主任医师 罗晓云, 陈晓峰律师,
# 县住建局副局长 陈卫东): no name.
TITLE_WORDS = (
    # A rank before a profession's title is the title's (主治医师, 副主任醫師, 主管营养师: session 23).
    r"(?:副?主任|主治|主管|资深|資深)?(?:医师|医生|醫師|醫生|护士|護士|药师|藥師|教授|讲师|講師|教师|教師|老师|老師"
    r"|律师|律師|工程师|工程師"
    # A profession's title ends in 师 (主管营养师, 心理咨询师, 護理師); a social worker's (註冊社工).
    # Its whole word first, so a name glued before it is left (吳佩珊營養師 is 吳佩珊, session 23).
    r"|(?:营养|營養|护理|護理|药剂|藥劑|(?:物理|职能|職能|语言|語言|呼吸)?(?:治疗|治療)|心理|咨询|諮詢|諮商|检验|檢驗|医检|醫檢|放射|社工|技)[师師])"
    r"|主任|局长|局長|处长|處長|科长|科長|部长|部長|院长|院長|校长|校長|所长|所長|书记|書記|主席|经理|經理"
    r"|总监|總監|主编|主編|博士"
    r"|[师師]|社工|社工员|社工員|顾问|顧問|干事|幹事"
    # How a church, a school or a letter names a person after the name (吳承翰 弟兄, 黃美玲姊妹,
    # 林同學, 陈女士): a form of address, no name.
    r"|弟兄|姊妹|姐妹|长老|長老|执事|執事|传道|傳道|师母|師母|修女|神父|同学|同學|先生|女士"
)
_TITLE = re.compile(f"(?:{TITLE_WORDS})$")
# Common surnames: a name with its title (陈晓峰律师) leaves a person's name (陈晓峰) when the
# rest opens with one; a title with a surname alone (王老师) is how the page names the writer.
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
# with the traditional forms of those that differ
SURNAMES = COMMON_SURNAMES + "張劉陳楊黃趙吳許韓馮鄧謝蕭葉蘇呂盧鍾譚陸孫羅鄭龔賀顧錢嚴湯"
# Characters that end an organisation's name (某某日报, 策划部, 消化内科); a unit's name may also
# end in 班 (初二（3）班).
ORG_CHARS = "网报社台刊志站部局厅委会院所司办处署队校馆团组室科州省市县区镇村讯府央厂行"
# (Traditional forms too: 公共事務處, 嘉義縣教育處, 學生會, session 23.)
_UNIT = re.compile(f"(?:[{ORG_CHARS}班處會廳辦館團組隊網報臺縣區鎮]|中心)$")
# How a three-character unit's name ends (策划部, 心内科); 科, 志, 会 also end given names.
_UNIT3 = re.compile(
    # (Traditional forms too: 小兒科, 婦科, 內科, session 23.)
    # A medicine's department (家醫科, 牙医科: family medicine, dentistry, session 25).
    r"(?:[内內]科|外科|[儿兒]科|[妇婦]科|眼科|[医醫]科|(?:营养|營養|急诊|急診|麻醉|药剂|藥劑|检验|檢驗|放射|中医|中醫|康复|康復|复健|復健|口腔|皮肤|皮膚)科"
    r"|中心|[部局处室办班委厅署组組馆館所站])$"
)
# A clinic's two-character department (儿科, 內科, 骨科): no surname starts one.
_UNIT2 = re.compile(r"[内內外儿兒妇婦眼骨牙]科")
# A school class before a student's name (初二（3）班 陈思雨, 高一(2)班).
_CLASS = re.compile(r"^[\u4e00-\u9fff]{0,6}[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]班\s+")
# Names joined by commas (作者：张三，李四): each piece a name's shape, else it is a sentence.
_NAME_COMMAS = re.compile(r"\s*[，,]\s*")
_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff·]{2,4}|[A-Za-z][\w.\- ]{1,19}")
# Compound surnames (复姓), simplified and traditional.
COMPOUND_SURNAMES = (
    "欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|长孙|長孫|宇文|司徒|夏侯"
    "|轩辕|軒轅|端木|独孤|獨孤|南宫|南宮|西门|西門|呼延|澹台|澹臺|申屠|太史|闻人|聞人|万俟|萬俟|钟离|鍾離"
)
# One of them alone, a space, then one or two characters alone: a given name (欧阳 娜娜, not 王海 李明).
COMPOUND_APART = re.compile(
    rf"(?<![\u4e00-\u9fff])({COMPOUND_SURNAMES})[ \u3000\xa0]+([\u4e00-\u9fff]{{1,2}})(?![\u4e00-\u9fff])"
)
# A space between two Latin words is inside one name (Lin Yue, John Smith), not between two.
_NAME_SPLIT = re.compile(r"\s*[、，,;；]\s*|(?<![A-Za-z.])\s+|\s+(?![A-Za-z])")
# Where an info line goes on after the author's name; also where a credit describes its writer
# (作者：赵明远，系师范大学教授: 系 / 现为 / 为 after a comma says who the writer is).
# A date that follows a name in its field (保评君·林晚2025.09.18: the meta line's spans glued with
# no space between them): the name ends there (clean_author). A year alone after a name with no
# month is a nickname's digits (小鱼儿2019); a source ends at a date with its month only
# (before_date).
DATE_AFTER_VALUE = r"\d{4}\s*(?:[-/年]|[.．]\s*\d{1,2}\s*[.．])"
# In a source (before_date), a date with its month (新华社2025年3月12日电, 人民日报2024-05-13): a year with no month
# is a document's or an event's (《2025年政府工作报告》, 江城2025年马拉松组委会).
_SOURCE_DATE_AFTER = re.compile(
    r"(?<=\S)\s*\d{4}\s*(?:[-/.．]\s*(?:1[0-2]|0?[1-9])(?!\d)|年\s*(?:1[0-2]|0?[1-9])\s*月)"
)
# Marks a source's name encloses its own words in (a book's, a year's range's).
_ENCLOSING = (("《", "》"), ("〈", "〉"), ("（", "）"), ("(", ")"), ("【", "】"), ("“", "”"))
# A counter's label: how often the page was read, viewed, visited, clicked, played, looked on, or
# how popular it is (阅读量, 點閱數, 浏览次数, 觀看次數, 观看人数, 人气, 热度值, 点击), never a name. Which of
# its words a label reader knew used to differ from reader to reader (点击 but not 點閱, 阅读 but not
# 觀看): every reader asks this one kind.
COUNTER = (
    r"(?:点击|點擊|点阅|點閱|阅读|閱讀|阅览|閱覽|浏览|瀏覽|访问|訪問|观看|觀看|播放|围观|圍觀|查看|人气|人氣|热度|熱度)"
    r"(?:量|数|數|次数|次數|人次|人数|人數|率|值|指数|指數)?"
)
# A count's label by its shape, whatever its word: a two-character word and 人数/次数/指数 (参与人数,
# 在线人数, 下载次数, 搜索指数), or a like's, a share's, a reader's tally (点赞, 在看, 已读, 收藏, 转发),
# each a counter only with its number after it (点赞：56, 在看 12): 在看传媒 is a name.
_COUNTED = (
    r"(?:[\u4e00-\u9fff]{2}(?:人数|人數|次数|次數|指数|指數)|点赞|點讚|點贊|在看|已读|已讀|收藏|转发|轉發)"
)
_COUNT = r"[\d,.]+\s*[万萬kKwW]?\s*次?"
# A counter's label as a field (its colon, its bracket or its number after it: 阅读量：1234, 阅读(12),
# 观看人数：345, 点赞 56).
COUNTER_FIELD = rf"(?:{COUNTER}(?=\s*[:：(（\d])|{_COUNTED}(?=\s*[:：]?\s*\d))"
_COUNTER_VALUE = re.compile(rf"{COUNTER}\s*[:：(（]?\s*(?:{_COUNT})?\s*[)）]?|{_COUNTED}\s*[:：]?\s*{_COUNT}")


def counter(value: str) -> bool:
    """Whether a value is a counter's label, with its number or without (``點閱數``, ``阅读量：1234``,
    ``人气 88``, ``观看人数：345``), or a count's label by its shape with its number (``参与人数：60``,
    ``点赞：56``, ``在看 12``): the page's readings, never an author's or a source's name. A name
    holding a counter's word is a name (阅读时光, a magazine; 人气美食网; 在看传媒).

    >>> [counter(v) for v in ("點閱數", "阅读量：1234", "人气 88", "热度：3万", "观看人数：345", "热度值", "点赞：56", "在看 12")]
    [True, True, True, True, True, True, True, True]
    >>> [counter(v) for v in ("阅读时光", "人气美食网", "查看花开", "热度资讯", "在看传媒", "参与人数")]
    [False, False, False, False, False, False]
    """
    return _COUNTER_VALUE.fullmatch(value.strip()) is not None


_AFTER_NAME = re.compile(
    rf"\s*(?:阅读|浏览|访问|点击|{COUNTER_FIELD}|时间|日期|来源|{POSTED}|更新|{EDITOR_LABEL}|责任编辑|字号|[(（\[【]|{DATE_AFTER_VALUE}"
    r"|[，,]\s*(?:系|係|现为|現為|现任|現任|为|為|是))"
)
# Sentence punctuation, quotes, markup or a label's colon left after the label: a sentence, a
# template fragment or another label's line (专栏作者：李四), not a name.
_NOT_A_NAME = re.compile(r"[。！？；“”\"'=<>{}:：]")

# The part of the day a 12-hour clock's time is in: morning (上午, 凌晨, 早上) or afternoon and
# evening (下午, 晚上, 傍晚); 中午 is noon (12:10, 1:30).
HALF_DAY = "上午|下午|凌晨|早上|早晨|中午|晚上|傍晚|夜里|夜間|夜间"
_AFTERNOON = ("下午", "晚上", "傍晚", "夜里", "夜間", "夜间")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A date with the month's English name: month day (weekday) year, or day month year. Each part
# may sit in a span of its own (Nov 09 Sat 2024), glued when the spans are (Nov09Sat202414:32: a
# time may follow the year). A pattern string: metadata's info lines use it.
ENGLISH_DATE = (
    rf"\b(?:(?P<em>{_MONTH})\s*(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s*"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s*)?"
    rf"|(?P<ed2>\d{{1,2}})\s+(?P<em2>{_MONTH})\s*,?\s*)(?P<ey>(?:19|20)\d{{2}})(?!\d(?!\d?:))"
)
# The same without its groups' names, to search info lines for.
ENGLISH_DATE_TEXT = re.sub(r"\?P<\w+>", "?:", ENGLISH_DATE)
# What joins such a date to its time besides a space: a comma, ``at`` or ``@`` (November 3, 2025
# at 11:30 pm; Nov 3, 2025, 11:30 PM; Nov 3, 2025 @ 9:05 am), taken only before a time.
ENGLISH_TIME_JOIN = r"(?:(?:\s*,|\s+at|\s*@)(?=\s*\d{1,2}:\d{2}))?"
# C's asctime/ctime, as a BBS's post header, a mail header or Unix ``date`` prints the time: the
# weekday, the month's name, the day, the time of day and only then the year (``Wed Jan  8
# 22:47:15 2025``, ``Sun Mar  2 07:05:09 CST 2025``: a zone's abbreviation may stand before it).
CTIME_DATE = (
    rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}}\.?,?\s+(?P<cm>{_MONTH})\s+(?P<cd>\d{{1,2}})\s+"
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s+(?:[A-Z]{2,5}\s+)?(?P<cy>(?:19|20)\d{2})\b"
)
CTIME_DATE_TEXT = re.sub(r"\?P<\w+>", "?:", CTIME_DATE)

# A weekday between a date and its time, and the separator after it (星期二 - 16:48, 周一 10:20).
WEEKDAY_BEFORE_TIME = r"(?:\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[-–—·|]?)?"

# A comma between a date and its time (2025-11-14, 07:42 PM: a vBulletin post's header, session 29), taken only
# before a 12-hour time or one no range goes on from (发布时间：2025-11-14, 10:00-12:00 活动 is the event's hours).
COMMA_BEFORE_TIME = (
    r",(?=\s*\d{1,2}[:：]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b|(?![\d:]|\s*[-–—~～至到]\s*\d)))"
)

# The US order ASP pages print: 9/17/2004 5:54:13 AM (a first number over 12 is the day: parse_date).
_US_DATE = re.compile(
    r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<p>[AP])M\b)?)?",
    re.I,
)
_DATE_PATTERNS = (
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
        # 上午/下午 before a 12-hour time (下午 03:27:08, Hong Kong's 下午3:07); the weekday between
        # the day and the time (2025年5月20日 星期二 - 16:48: Drupal's default format).
        # A comma right before the time (not before a weekday, nor before a range), and a 12-hour time's AM/PM after
        # it (2025-11-14, 07:42 PM: a vBulletin post's header, session 29).
        rf"(?:(?:{COMMA_BEFORE_TIME}|{WEEKDAY_BEFORE_TIME})\s*(?P<T>T)?\s*(?P<ap>{HALF_DAY})?\s*(?P<H>\d{{1,2}})\s*[:时時]\s*(?P<M>\d{{1,2}})(?:\s*[:分]\s*(?P<S>\d{{1,2}}))?"
        r"(?:\s*(?P<p>[AaPp])\.?[Mm]\b\.?)?"
        # A UTC offset right after the time, as markup states instants (ISO 8601, RFC 3339):
        # 2024-03-05T02:21:14Z, +08:00, +0800, .000Z. Counted only after a T or the seconds
        # (_offset): 10:00-11:30 is a time range.
        r"(?:\.\d{1,6})?(?P<z>Z|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?(?![\d:]))?)?"
    ),
    re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)"),
    _US_DATE,
    re.compile(CTIME_DATE, re.I),
    # The month's English name, as blog platforms print it (Nov 09 Sat 2024 14:32, March 5, 2024,
    # 5 Mar 2024 10:21), its time on a 12-hour clock too (11:03 PM, 12:10 a.m.), after a comma,
    # ``at`` or ``@`` too (November 3, 2025 at 11:30 pm: WordPress's "Posted on … at …").
    re.compile(
        ENGLISH_DATE
        + ENGLISH_TIME_JOIN
        + r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<p>[AP])\.?M\b\.?)?)?",
        re.I,
    ),
)


def clean_space(value: str) -> str | None:
    """Fold runs of whitespace (including full-width spaces) into one space, and drop what no
    text field holds (:data:`~fanwen.extract.xpaths.NOT_XML_TEXT`: a control character, a lone
    surrogate). Every metadata field's processors start here, and a value read from a page's
    JSON (structured data, a script's state) may hold a JSON escape of one (``\\u0000``, which a
    PostgreSQL text refuses; ``\\ud800``, which no encoder writes), the markup a raw one.

    >>> clean_space("  纵深推进\\u3000区域协调 \\n")
    '纵深推进 区域协调'
    >>> clean_space("  ") is None
    True
    >>> clean_space("宋\\x00雨\\ud800桥")
    '宋雨桥'
    """
    folded = _SPACE.sub(" ", value.replace("\u3000", " ").replace("\xa0", " ")).strip()
    if NOT_XML_TEXT.search(folded):
        folded = NOT_XML_TEXT.sub("", folded).strip()
    return folded or None


class WholeTitle(str):
    """A title the page prints whole as its heading, a separator of its own inside
    (``番茄炒蛋的两个关键｜三年只做这一种`` under a ``<title>`` that adds `` - 站点`` after it):
    :func:`clean_title` keeps it whole."""


def clean_title(value: str) -> str | None:
    """A title candidate with its spaces folded and, unless it is a :class:`WholeTitle`, the
    ``<title>``'s site and channel suffixes dropped (:func:`strip_title_suffix`).

    >>> clean_title("标题｜副标题_某某网"), clean_title(WholeTitle("标题｜副标题"))
    ('标题', '标题｜副标题')
    """
    cleaned = clean_space(value)
    if not cleaned or isinstance(value, WholeTitle):
        return cleaned
    return strip_title_suffix(cleaned)


def strip_title_suffix(value: str) -> str | None:
    """Drop the ``- 站点名`` / ``_频道_网站`` suffixes a ``<title>`` carries.

    >>> strip_title_suffix("纵深推进区域协调发展_心得体会_华博范文网")
    '纵深推进区域协调发展'
    >>> strip_title_suffix("2024年度工作总结 - 年终总结 - 范文网")
    '2024年度工作总结'
    >>> strip_title_suffix("A-B testing"), strip_title_suffix("关于2024--2025学年第二学期的通知")
    ('A-B testing', '关于2024--2025学年第二学期的通知')
    """
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(value) if part.strip()]
    return parts[0] if parts else None


def clean_author(value: str) -> str | None:
    """Strip the label from an author field and join several names with ``、``; None if not a name.

    >>> clean_author("作者：张三 李四")
    '张三、李四'
    >>> clean_author("文/王五")
    '王五'
    >>> clean_author("作者：zboygirl 阅读(123) 评论(4)")
    'zboygirl'
    >>> clean_author("非常感谢你今天来到我们的演播室接受采访，那么") is None
    True
    >>> clean_author("作者：张三，李四"), clean_author("作者丨王海"), clean_author("admin")
    ('张三、李四', '王海', None)
    >>> clean_author("文丨某某网特约评论员 韩涵"), clean_author("记者 孙浩 实习生 何佳")
    ('韩涵', '孙浩、何佳')

    A line that prints the date (or another field) first and the labelled author after it gives
    the author: ``2023年10月25日 文/徐丽``, ``来源：新华社 记者：张三``. A label inside a word
    (``专栏作者：``, a column box's) is not one.

    >>> clean_author("2023年10月25日  文/徐丽"), clean_author("来源：新华社 记者：张三"), clean_author("专栏作者：李四")
    ('徐丽', '张三', None)

    A closing credit that says who the writer is (``作者：赵明远，系师范大学教授``) gives the name:

    >>> clean_author("作者：赵明远，系师范大学教育学院教授）"), clean_author("作者：张三，李四")
    ('赵明远', '张三、李四')

    A credit in brackets with the writer's unit (（文/品牌中心 韩露）) gives the name; a name in
    Latin letters keeps its space (作者：Lin Yue):

    >>> clean_author("（文/品牌中心 韩露）"), clean_author("作者：Lin Yue"), clean_author("作者：John Smith、李四")
    ('韩露', 'Lin Yue', 'John Smith、李四')

    A job title ending in 编辑 before the name (特约编辑, a desk's 房产编辑) is the name's, no
    editor's label; an editor's label stands apart:

    >>> clean_author("作者：特约编辑 韦青禾"), clean_author("作者：张三 编辑：李四")
    ('韦青禾', '张三')

    A date glued after the name ends it, dotted too (the meta line's spans with no space between
    them), and a forum's control is no name (:func:`ui_label`):

    >>> clean_author("作者：保评君·林晚2025.09.18阅读 2.3w"), clean_author("只看楼主"), clean_author("楼兰")
    ('保评君·林晚', None, '楼兰')

    A compound surname set apart from its given name by a space is one name; two names a space
    parts are two:

    >>> clean_author("作者：欧阳 娜娜"), clean_author("作者：王海 李明"), clean_author("作者：司马 青 王海")
    ('欧阳娜娜', '王海、李明', '司马青、王海')
    """
    value = value.strip()
    inner = None if _AUTHOR_LABEL.match(value) else _INNER_LABEL.search(value)
    if inner:
        value = value[inner.start() :]
    value = _AFTER_NAME.split(_CLASS.sub("", _AUTHOR_LABEL.sub("", value)), maxsplit=1)[0]
    value = before_tags(value)
    # A credit in brackets (（文/品牌中心 韩露）) leaves its closing bracket after the name.
    value = value.rstrip("）)】］] \u3000")
    if _NOT_A_NAME.search(value) or len(value) > 30:
        return None
    if ("，" in value or "," in value) and not all(
        _NAME_SHAPE.fullmatch(piece) for piece in _NAME_COMMAS.split(value.strip())
    ):
        return None
    # A two-character compound surname and its given name set apart by a space (欧阳 娜娜) are one name.
    value = COMPOUND_APART.sub(r"\1\2", value)
    names = _writers(
        list(
            dict.fromkeys(
                name for name in _NAME_SPLIT.split(value) if name and not ui_label(name) and not counter(name)
            )
        )
    )
    if len(names) == 1 and no_author(names[0]):
        return None
    return "、".join(names) or None


def before_tags(value: str) -> str:
    """An author's value up to the work's tags printed after the name: a reader's or a blog's info
    box joins the work's genre, its genre's path, its status and its length to the writer's name
    with the separators names are joined by (``温北辰、现实·乡土、连载中``, ``林小雨·散文·原创``,
    ``温北辰 现实 已完结 32万字``). The first item is the name's place and always stays; no writer's
    name is a status's or a length's word, and a pen name holding a genre's (都市夜归人) is no tag.

    Tags are told by their run, never by one genre's word alone, which may be a co-author's name or
    a pen name's part (张三、青春, 夜归人·都市): a status or a length after the name (连载中, 正在连载,
    32万字) makes all from the name's end to it the work's tags, genres no list knows too
    (温北辰、农村、连载中); else two genre items in a row (现实·乡土) start them.

    >>> before_tags("温北辰、现实·乡土、连载中"), before_tags("林小雨·散文·原创"), before_tags("温北辰 现实 已完结 32万字")
    ('温北辰', '林小雨', '温北辰')
    >>> before_tags("温北辰、农村、正在连载"), before_tags("阿依古丽·吐尔逊、连载中")
    ('温北辰', '阿依古丽·吐尔逊')
    >>> before_tags("张三、李四"), before_tags("约翰·史密斯"), before_tags("都市夜归人"), before_tags("历史")
    ('张三、李四', '约翰·史密斯', '都市夜归人', '历史')
    >>> before_tags("张三、青春"), before_tags("夜归人·都市")
    ('张三、青春', '夜归人·都市')
    """
    if not _TAG_WORDS.search(value):
        return value
    items = list(_TAG_ITEM_SPLIT.finditer(value))
    tags = [_WORK_TAG.fullmatch(item.group(0)) is not None for item in items]
    cut = None
    if any(_WORK_END.fullmatch(item.group(0)) for item in items[1:]):
        # The name ends at its first tag or at the first separator that is no name's middle dot.
        cut = next(
            k
            for k in range(1, len(items))
            if tags[k] or value[items[k - 1].end() : items[k].start()].strip("·・")
        )
    else:
        cut = next((k for k in range(1, len(items) - 1) if tags[k] and tags[k + 1]), None)
    if cut is None:
        return value
    return value[: items[cut].start()].rstrip(" \u3000、，,;；|｜·・/")


def work_tag(text: str) -> bool:
    """Whether a text opens with one of a work's tags as an item of its own (``现实``, ``连载中``,
    ``32万字``, ``现实·乡土``): what an element printed after a writer's name holds on a reader's or
    a blog's info box.

    >>> [work_tag(t) for t in ("现实·乡土", "连载中", "散文", "云岭县林业局", "相如")]
    [True, True, True, False, False]
    """
    item = _TAG_ITEM_SPLIT.search(text)
    return item is not None and item.start() == 0 and _WORK_TAG.fullmatch(item.group(0)) is not None


# A work's tag on a reader's or a blog's info box (the words a list of tags must hold one of).
_STATUS = (
    r"(?:已|未|正在)?(?:连载|連載|完结|完結|完本|全本|断更|斷更|太监|太監|暂停更新|暫停更新|更新)中?|已完成"
    r"|(?:连载|連載|更新)至\S{1,8}"
)
_LENGTH = r"\d+(?:\.\d+)?\s*[万萬千]?字"
_GENRE = (
    r"玄幻|奇幻|武侠|武俠|仙侠|仙俠|修真|都市|言情|历史|歷史|军事|軍事|游戏|遊戲|网游|網遊|竞技|競技|科幻|灵异|靈異"
    r"|悬疑|懸疑|推理|惊悚|驚悚|恐怖|现实|現實|乡土|鄉土|青春|校园|校園|同人|耽美|穿越|重生|宫斗|宮鬥|种田|種田"
    r"|二次元|轻小说|輕小說|短篇|中篇|长篇|長篇|小说|小說|散文|随笔|隨筆|杂文|雜文|诗歌|詩歌|诗词|詩詞|日记|日記"
    r"|心情|生活|情感|美文|游记|遊記|原创|原創|转载|轉載|童话|童話|寓言|故事|文学|文學|男频|男頻|女频|女頻"
)
_WORK_TAG = re.compile(rf"{_STATUS}|{_LENGTH}|(?:{_GENRE})")
# A person's name with a compound surname (欧阳晓峰, 司馬文): four characters at most.
_COMPOUND_PERSON = re.compile(rf"(?:{COMPOUND_SURNAMES})[\u4e00-\u9fff]{{1,2}}")
_TAG_WORDS = re.compile(rf"{_STATUS}|{_LENGTH}|{_GENRE}")
# A status or a length: the end of a run of tags (what no writer's name is).
_WORK_END = re.compile(rf"{_STATUS}|{_LENGTH}")
# The items of a value: what its separators (、, a comma, a space, a bar, a middle dot) part.
_TAG_ITEM_SPLIT = re.compile(r"[^\s\u3000、，,;；|｜·・/]+")


def _writers(pieces: list[str]) -> list[str]:
    """The names among an author value's pieces: not a writer's role (记者, 实习生, 本报记者,
    特约评论员) or title (主任医师, 县住建局副局长), nor the unit before a role or a name (消化内科
    副主任医师 周敏, 策划部 林可欣); a name with its title after it (陈晓峰律师) is the name. When
    nothing is left, the pieces as they were (王老师: the page names the writer so).

    >>> _writers(["记者", "孙浩", "实习生", "何佳"]), _writers(["消化内科", "副主任医师", "潘立群"])
    (['孙浩', '何佳'], ['潘立群'])
    >>> _writers(["陈晓峰律师"]), _writers(["策划部", "林可欣"]), _writers(["王老师"]), _writers(["李科", "王五"])
    (['陈晓峰'], ['林可欣'], ['王老师'], ['李科', '王五'])
    >>> _writers(["吳承翰", "弟兄"]), _writers(["黃美玲姊妹"]), _writers(["陳以恩", "牧師"]), _writers(["林同學"])
    (['吳承翰'], ['黃美玲'], ['陳以恩'], ['林同學'])
    """

    def is_role(piece: str) -> bool:
        # A surname with a title (周老师, 王医生) is how the page names a writer, not a role.
        title = _TITLE.search(piece)
        rest = piece[: title.start()] if title else ""
        named = _is_person(rest) or _COMPOUND_PERSON.fullmatch(rest) or (len(rest) == 1 and rest in SURNAMES)
        return bool(title and not named) or _ROLE.search(piece) is not None or names_nobody(piece)

    # A reviewer's credit glued to the writer's by-line (文／王某營養師　李某醫師審, 陈某主任审定): who checked
    # the text, no second writer (session 25); the writer's pieces stay.
    if len(pieces) > 1:
        pieces = [piece for piece in pieces if not _reviewed_by(piece)] or pieces
    kept: list[str] = []
    # Bodies alone (a joint notice's signers, 某某局、某某局: session 23) are no unit before a name.
    bodies = len(pieces) > 1 and all(len(piece) >= 4 and _is_unit(piece) for piece in pieces)
    for i, piece in enumerate(pieces):
        after_role = i > 0 and is_role(pieces[i - 1])  # a role's name follows it (记者 王小科)
        if is_role(piece):
            # The unit printed before a role (消化内科 副主任医师) goes with it.
            if (
                kept
                and kept[-1] == pieces[i - 1]
                and _is_unit(kept[-1])
                and not (i > 1 and is_role(pieces[i - 2]))
            ):
                kept.pop()
        elif (title := _TITLE.search(piece)) is not None:
            # 陈晓峰律师 is 陈晓峰, 欧阳晓峰医师 欧阳晓峰; 周老师 stays as the page names the writer.
            rest = piece[: title.start()]
            kept.append(rest if _is_person(rest) or _COMPOUND_PERSON.fullmatch(rest) else piece)
        elif bodies or not (
            i + 1 < len(pieces) and (_is_unit(piece) or _clinic(piece, pieces[i + 1])) and not after_role
        ):
            kept.append(piece)  # not a unit before a name (策划部 林可欣, 某某日报 张三)
    # A list of names ends at the outlet that filed with them (记者 李嘉禾 赵一鸣 临川台: a county
    # station's): a last piece named as a medium is (…台, …社, …报, …网, …刊, …站), after a name.
    while len(kept) > 1 and names_medium(kept[-1]):
        kept.pop()
    # A helper's role or a site's desk alone (文/志工, 作者：小编) names nobody (session 22).
    return kept or [piece for piece in pieces if not names_nobody(piece)]


def _clinic(piece: str, following: str) -> bool:
    """Whether a three-character piece ending in 科 is a clinic's department: before a name with a
    profession's title (胸腔科 林志明醫師, 肝膽科、陳怡君醫師), not before a bare name (傅建科 王海: two
    people, as a given name may end in 科).

    >>> _clinic("胸腔科", "林志明醫師"), _clinic("肝胆科", "陈怡君医师"), _clinic("傅建科", "王海"), _clinic("李建科", "王海医师")
    (True, True, False, False)
    """
    if len(piece) != 3 or not piece.endswith("科") or piece[0] in SURNAMES:
        return False
    title = _TITLE.search(following)
    return title is not None and _is_person(following[: title.start()])


def _reviewed_by(piece: str) -> bool:
    """Whether an author's piece is a reviewer's credit: a name, its title or rank if any, then 审 / 審
    (审定, 審訂, 审阅, 審閱, 审核) glued after it (李志明醫師審, 陈建华主任审定, 林醫師審訂).

    >>> [_reviewed_by(p) for p in ("李志明醫師審", "陈建华主任审定", "林醫師審訂", "王海审", "李審", "审计科", "王佩珊")]
    [True, True, True, True, False, False, False]
    """
    review = _REVIEWED.search(piece)
    if review is None or review.start() == 0:
        return False
    name = piece[: review.start()]
    title = _TITLE.search(name) or _RANK.search(name)
    rest = name[: title.start()] if title else name
    return bool(
        _is_person(rest)
        or _COMPOUND_PERSON.fullmatch(rest)
        or (title and len(rest) == 1 and rest in SURNAMES)
    )


# A review's word glued after a reviewer's name (…醫師審, …主任审定), and a rank a reviewer signs with.
_REVIEWED = re.compile(r"(?:审|審)(?:定|订|訂|阅|閱|核)?$")
_RANK = re.compile(r"(?:副?(?:主任|院长|院長|所长|所長|处长|處長|科长|科長|教授))$")


def names_nobody(piece: str) -> bool:
    """Whether an author's piece is who the writer is, with no name: a helper's or a learner's role
    (志工, 志工媽媽, 研究生), unless a person's name ends so (王志工), or the site's desk (小编, 美食小编).

    >>> [names_nobody(p) for p in ("志工", "志工媽媽", "研究生", "美食小编", "王志工", "李研生", "志明")]
    [True, True, True, True, False, False, False]
    """
    return (_HELPER_ROLE.search(piece) is not None and not _is_person(piece)) or bool(
        _SITE_DESK.fullmatch(piece) or DESK.search(piece)
    )


def names_medium(value: str) -> bool:
    """Whether a name is a medium's: three characters or more ending as a station's, a paper's, an
    agency's, a site's, a forum's or a media centre's name does (临川台, 东川商报, 新华社, 龙湖文明网,
    龙湖论坛, 桐溪融媒).

    >>> [names_medium(v) for v in ("龙湖文明网", "东川商报", "桐溪融媒", "龙湖论坛", "王海", "茶叶站", "陶冶")]
    [True, True, True, True, False, True, False]
    """
    return len(value) >= 3 and _MEDIUM.search(value) is not None


# How the name of a medium (a station, a paper, an agency, a site, a forum, a media centre) ends.
_MEDIUM = re.compile(r"(?:[台臺社报報网網刊站]|论坛|論壇|融媒)$")


def _is_person(value: str) -> bool:
    """Whether a value has a person's name's shape: 2-3 Han characters, a common surname first,
    no character that ends a unit's name."""
    return 2 <= len(value) <= 3 and value[0] in SURNAMES and not _UNIT.search(value)


def _is_unit(value: str) -> bool:
    """Whether a piece names a unit (策划部, 心内科, 消化内科, 某某日报): four characters or more
    ending as units' names do, or three ending in a unit's word (…部, …局, …室, …班, …内科). A
    three-character name ending in a character units end with too (傅建科, 施国志, 乔学会) is a
    name: when unsure, the piece is kept.

    >>> [_is_unit(v) for v in ("策划部", "心内科", "消化内科", "傅建科", "乔学会", "王小科", "文史馆", "派出所", "营养科")]
    [True, True, True, False, False, False, True, True, True]
    """
    if len(value) >= 4:
        return _UNIT.search(value) is not None
    if len(value) == 2:
        return _UNIT2.fullmatch(value) is not None  # a clinic's department (儿科 周某医师, session 23)
    return len(value) == 3 and value[0] not in SURNAMES and _UNIT3.search(value) is not None


def ui_label(text: str) -> bool:
    """Whether a text is a forum's or a community's control or badge, printed where a poster's
    name sits (只看楼主 on the first floor's bar, 楼主, 发表于, 关注, 私信, 回复, 举报, 电梯直达): the
    words of a button, never a name. Only the whole text: 楼兰 is a name, 关注民生 a phrase.

    >>> [ui_label(t) for t in ("只看楼主", "只看该作者", "+ 关注", "电梯直达", "楼兰", "关注民生", "王私信")]
    [True, True, True, True, False, False, False]
    """
    return _UI_LABEL.fullmatch(text.strip()) is not None


# A thread's and a profile card's controls and badges (Discuz!, phpwind, a BBS's, a community's).
_UI_LABEL = re.compile(
    r"只看(?:楼主|樓主|该作者|該作者|作者|他|她|TA)|楼主|樓主|发表于|發表於|[+＋]?\s*(?:加)?(?:关注|關注)(?:TA|他|她|我)?"
    r"|已关注|私信|发私信|發私信|发消息|發消息|回复|回覆|回復|举报|舉報|电梯直达|電梯直達|倒序浏览|倒序瀏覽"
    r"|正序浏览|阅读模式|閱讀模式|打印|引用|评分|評分|加好友|使用道具|返回列表|上一主题|下一主题|楼层|樓層"
)


def no_author(value: str) -> bool:
    """Whether an author field says nobody: a CMS's account or stand-in (admin, 管理员, 小编,
    本站), "unknown" (未知, 不详), or a provenance placeholder (网友投稿, 本站整理).
    ``佚名`` ("name unknown") is kept as what the page states.

    >>> no_author("admin"), no_author("未知"), no_author("网友投稿"), no_author("佚名"), no_author("王海")
    (True, True, True, False, False)
    >>> no_author("本會編輯部"), no_author("本报编辑部"), no_author("文秘之窗编辑部"), no_author("编静怡")
    (True, True, True, False)
    >>> no_author("公共事務室"), no_author("江城市新闻中心"), no_author("公共事務室 周美玲"), no_author("营养室")
    (True, True, False, False)
    >>> no_author("基础教育股"), no_author("拾光社区品牌部"), no_author("青禾控股"), no_author("运营部")
    (True, True, False, False)
    >>> no_author("文库用户hx0817"), no_author("wkuser_5821"), no_author("小鱼儿2019")
    (True, True, False)
    >>> no_author("站長"), no_author("yx_admin"), no_author("admin01"), no_author("badminton")
    (True, True, True, False)
    >>> no_author("editor"), no_author("Editor"), no_author("Lin Editorson")
    (True, True, False)

    A template's placeholder, left where the name goes (执笔人：XXX, 作者：×××, 某某, ＿＿), names nobody:

    >>> no_author("XXX"), no_author("×××"), no_author("某某"), no_author("＿＿＿"), no_author("Xu")
    (True, True, True, True, False)
    """
    value = value.strip()
    if value.lower() in _NO_AUTHOR or _HANDLE.fullmatch(value) or _ADMIN.fullmatch(value):
        return True
    if value and counter(value):
        return True  # a counter's label (作者：　點閱數：1234: the field was left empty)
    if _PLACEHOLDER.fullmatch(value) or _SITE_DESK.fullmatch(value) or DESK.search(value):
        return True
    return value != "佚名" and _PROVENANCE.fullmatch(value) is not None


# A site's editor desk (session 21): its 小编 by whatever name (笔墨范文网小编, 江城小编: a site's
# persona, no person's name ends so), or any desk (DESK: 某某范文网编辑部, 文秘之窗编辑部, session 25).
_SITE_DESK = re.compile(r"\S{0,16}(?:小编|小編)|\S{0,16}(?:编辑|編輯)(?:部|组|組|室)")
# A desk: an editorial board, a news centre, a public-affairs office (…编辑部, 新闻中心, 公共事務室). It
# posts for its site or its body and writes no one's article: no author, nor a document's signer (the
# project's convention, session 25; before, a desk named by no website, 文秘之窗编辑部, was an author).
DESK = re.compile(
    r"(?:编辑|編輯)(?:部|组|組|室)$|(?:新闻|新聞)中心$"
    r"|(?:公共事务|公共事務|公共关系|公共關係|公关|公關)(?:室|组|組|处|處|部)$"
    # A company's brand department (拾光社区品牌部, 品牌中心) speaks for it as a public-affairs office
    # does; a bureau's section (基础教育股, 人事股: a county bureau's smallest unit) posts for the bureau
    # (session 26). A holding company's name ends so too (青禾控股, 持股, 参股): a publisher's, no desk.
    r"|品牌(?:部|中心|组|組|室|处|處)$|(?<![控持参參入配])股$"
)
# A template's stand-in for a name (review of 88200e6, R12): only X, ×, ＊, 某, ○, □ or underscores.
_PLACEHOLDER = re.compile(r"[XxＸｘ×✕＊*＿_○〇□某\s]+")
# An account name a site generates for its members: a word for a user, then letters and digits
# (文库用户hx0817, 网友3392, wkuser_5821). A nickname with digits (小鱼儿2019) is a name.
_HANDLE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,2}(?:用户|用戶|会员|會員)|网友|網友|游客|遊客|匿名|(?:[a-z]{0,3}user|guest|member))"
    r"[_\-]?(?=[A-Za-z_]*\d)[A-Za-z0-9_]+",
    re.I,
)


def no_source(value: str) -> bool:
    """Whether an unlabelled value where a source may go names nobody (a bare word beside the date,
    a badge): a provenance word (网络, 原创, 转载, 网友投稿, 本站原创), "unknown" (未知, 不详, 佚名),
    or what :func:`states_nothing` says of a labelled one. A labelled source is the value as shown
    (来源：网友投稿, the lead's convention since session 26): :func:`states_nothing` alone judges it.

    >>> no_source("网友投稿"), no_source("本站原创"), no_source("https://x.cn/1"), no_source("新华网综合"), no_source("")
    (True, True, True, False, False)
    >>> no_source("读者"), no_source("读者投稿")
    (False, True)

    A kind of outlet names none (合作媒体: the platform's partners), a named one does:

    >>> no_source("合作媒体"), no_source("第三方平台"), no_source("其他媒体"), no_source("东川商报"), no_source("新华网")
    (True, True, True, False, False)

    A CMS's login or role (admin, editor, 管理员, 小编; yx_admin) is who posted, not who published:
    no source either (a blog's ``2024-10-12 admin`` beside the date).

    >>> no_source("admin"), no_source("小编"), no_source("yx_admin"), no_source("管理学报")
    (True, True, True, False)
    """
    value = value.strip()
    if value in _TITLED_PROVENANCE:
        return False
    return states_nothing(value) or _PROVENANCE.fullmatch(value) is not None


def states_nothing(value: str) -> bool:
    """Whether a labelled source's value states nothing: "unknown", "none", "empty" (未知, 不详, 无,
    暂无, 空), a dash or a slash where the value goes, a CMS's login or role (admin, 小编, 管理员: who
    posted, not who published), a counter's label, or an address (``https://…``, ``www.…``: where the
    text is, not who published it). Anything else the label shows is the source as the page prints
    it, a kind of origin too (来源：本站原创, 网友投稿, 网络整理; the lead's convention, session 26).

    >>> states_nothing("未知"), states_nothing("暂无"), states_nothing("-"), states_nothing("／"), states_nothing("小编")
    (True, True, True, True, True)
    >>> states_nothing("网友投稿"), states_nothing("本站原创"), states_nothing("网络"), states_nothing("无锡日报")
    (False, False, False, False)
    >>> states_nothing("https://x.cn/1"), states_nothing("阅读：88")
    (True, True)
    """
    value = value.strip()
    return bool(
        _STATES_NOTHING.fullmatch(value)
        or value.lower() in _NO_AUTHOR
        or _ADMIN.fullmatch(value)
        or (value and counter(value))
        or _ADDRESS.match(value)
    )


# A value that states nothing where a source goes: unknown, none, empty, or only dashes and slashes.
_STATES_NOTHING = re.compile(r"未知|不详|不詳|无|無|暂无|暫無|空|[-—–－―/／\\\s]+")


# Provenance words that alone are a publication's name: 《读者》, a magazine essay sites cite (a
# reader's submission says so: 读者投稿, 读者来稿).
_TITLED_PROVENANCE = frozenset({"读者", "讀者"})


_ADDRESS = re.compile(r"(?:https?:|www\.)", re.I)
# A count glued after a name's last Han character (…組2381, …晚报1.2万): a counter's, not the name's
# (江城电视台1套 goes on after its digits; CCTV13's letters are the name's).
_GLUED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\s*\d[\d,.]*\s*[万萬kKwW]?$")


def before_date(value: str) -> str:
    """A value up to a date glued after it (一只山竹2025-08-14, 江城日报 2025.03.12); a date opening
    the value is left to the finders (the value is the name after it). A name's own year is no
    date: a year with no month (江城2025年马拉松组委会, 《2025年政府工作报告》), any date inside the
    name's book-title marks or brackets (《江城年鉴（2020-2024）》).

    >>> before_date("一只山竹2025-08-14 23:07:12"), before_date("2024-12-18 华博范文网"), before_date("小鱼儿2019")
    ('一只山竹', '2024-12-18 华博范文网', '小鱼儿2019')
    >>> before_date("新华社2025年3月12日电"), before_date("江城2025年马拉松组委会")
    ('新华社', '江城2025年马拉松组委会')
    """
    for glued in _SOURCE_DATE_AFTER.finditer(value):
        before = value[: glued.start()]
        if not any(before.count(opening) > before.count(closing) for opening, closing in _ENCLOSING):
            return before
    return value


def clean_source(value: str) -> str | None:
    """Strip the ``来源：`` label; None for a value that states nothing (:func:`states_nothing`).

    >>> clean_source("来源：人民网"), clean_source("来源：网络"), clean_source("来源：微信公众号“平安桂园”")
    ('人民网', '网络', '平安桂园')
    >>> clean_source("来源：未知"), clean_source("来源：-")
    (None, None)
    >>> clean_source("来源：健康衛教組2381"), clean_source("来源：江城电视台1套"), clean_source("来源：CCTV13")
    ('健康衛教組', '江城电视台1套', 'CCTV13')
    >>> clean_source("一只山竹2025-08-14 23:07:12湖北"), clean_source("来源：江城日报 2025.03.12")
    ('一只山竹', '江城日报')
    >>> clean_source("来源：《2025年政府工作报告》"), clean_source("来源：《江城年鉴（2020-2024）》")
    ('《2025年政府工作报告》', '《江城年鉴（2020-2024）》')
    """
    value = before_date(_SOURCE_LABEL.sub("", value.strip()))
    # A counter's number glued after the name (來源：健康衛教組 <i class="eye"></i>2381: the line runs the
    # elements together): the value ends where its digits start (session 26).
    value = _GLUED_COUNT.sub("", value)
    # 微信公众号“平安桂园”: the account is the source, not the platform's word for it.
    account = _ACCOUNT.fullmatch(value)
    if account:
        value = account["a"] or account["b"]
    return value if value and not states_nothing(value) else None


# A public account named with the platform's word for it (微信公众号“X”, 公众号：X, “X”微信公众号).
# (metadata reads a re-post credit's account with it.)
ACCOUNT_WORD = r"(?:微信)?(?:公众号|公眾號|订阅号|訂閱號|服务号|服務號)"
_ACCOUNT = re.compile(
    rf"{ACCOUNT_WORD}\s*[:：]?\s*[“\"「『]?(?P<a>[^”\"」』]{{2,20}}?)[”\"」』]?"
    rf"|[“\"「『](?P<b>[^”\"」』]{{2,20}})[”\"」』]\s*{ACCOUNT_WORD}"
)


_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}
_HAN_NUM = "〇零○ＯO一二三四五六七八九十"
_HAN_DATE = re.compile(rf"([{_HAN_NUM}]{{4}})\s*年\s*([{_HAN_NUM}]{{1,3}})\s*月\s*([{_HAN_NUM}]{{1,3}})\s*日")


def _han_number(text: str) -> int:
    """``二十`` → 20, ``十二`` → 12, ``二〇二四`` → 2024 (digit by digit without 十), ``一百一十三``
    → 113 (an ROC year, as Taiwanese documents write it).

    >>> _han_number("二十"), _han_number("十二"), _han_number("二〇二四"), _han_number("一百一十三"), _han_number("一百零五")
    (20, 12, 2024, 113, 105)
    """
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        rest = rest.lstrip("〇零○")
        return (_HAN_DIGITS[hundreds] if hundreds else 1) * 100 + (_han_number(rest) if rest else 0)
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[ones] if ones else 0)


# The Republic of China's calendar (民國紀年), as Taiwanese pages date: its year 1 is 1912. Named
# (民國113年4月30日, 中華民國一一三年四月三十日: official documents sign so) it is read anywhere; bare
# (113-04-30, 113/04/30, 113年4月30日: a Taiwanese CMS's date field) only where the page is
# Taiwan's (metadata.roc_calendar), and only as a three-digit year 100-149 (2011-2060) with a
# valid month and day and the same separator twice: no other three-digit number (a count, a
# code, a version) reads as a date there.
ROC_OFFSET = 1911
_ROC_NUM = rf"\d{{1,3}}|[{_HAN_NUM}百]{{1,6}}"
_ROC_NAMED = re.compile(
    rf"(?:中華民國|中华民国|民國|民国)\s*({_ROC_NUM})\s*年\s*({_ROC_NUM})\s*月\s*({_ROC_NUM})\s*日"
)
_ROC_BARE = re.compile(
    r"(?<![\dA-Za-z.\-/])(1[0-4]\d)(?:([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])"
    r"|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)"
)


def roc_date(text: str, bare: bool = False) -> str:
    """Dates of the Republic of China's calendar in ``text`` as the common era's: named ones
    (民國113年4月30日) always, bare ones (113-04-30, 113/04/30, 113年4月30日) when ``bare`` (the
    page is Taiwan's).

    >>> roc_date("發佈日期：民國113年4月30日"), roc_date("中華民國一一三年四月三十日")
    ('發佈日期：2024年4月30日', '2024年4月30日')
    >>> roc_date("113-04-30 10:20", bare=True), roc_date("113/4/30", bare=True), roc_date("113年4月30日", bare=True)
    ('2024-04-30 10:20', '2024/4/30', '2024年4月30日')
    >>> roc_date("113-04-30"), roc_date("113-13-30", bare=True), roc_date("02-113-04-30", bare=True)
    ('113-04-30', '113-13-30', '02-113-04-30')
    >>> roc_date("共113-04-30", bare=True), roc_date("v113.04.30", bare=True), roc_date("113.04/30", bare=True)
    ('共2024-04-30', 'v113.04.30', '113.04/30')
    """
    if "民" in text:
        text = _ROC_NAMED.sub(_named_roc, text)
    if bare and "1" in text:
        text = _ROC_BARE.sub(_bare_roc, text)
    return text


def has_bare_roc(text: str) -> bool:
    """Whether ``text`` holds a bare ROC date's shape (113-04-30), which only a Taiwanese page
    makes a date."""
    return "1" in text and _ROC_BARE.search(text) is not None


def _named_roc(match: re.Match[str]) -> str:
    year, month, day = (int(g) if g.isdigit() else _han_number(g) for g in match.groups())
    return f"{year + ROC_OFFSET}年{month}月{day}日" if _valid_day(month, day) else match.group(0)


def _bare_roc(match: re.Match[str]) -> str:
    year, sep, month, day, month2, day2 = match.groups()
    month, day = int(month or month2), int(day or day2)
    if not _valid_day(month, day):
        return match.group(0)
    year = str(int(year) + ROC_OFFSET)
    if sep:
        return f"{year}{sep}{match.group(3)}{sep}{match.group(4)}"
    return f"{year}年{month}月{day}日"


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def arabic_date(text: str) -> str:
    """A date written in Chinese numerals, as official documents sign them, in digits.

    >>> arabic_date("二〇二四年五月二十日"), arabic_date("二○二三年十二月三十一日"), arabic_date("2024年5月")
    ('2024年5月20日', '2023年12月31日', '2024年5月')
    """
    if "年" not in text:
        return text
    return _HAN_DATE.sub(
        lambda m: "年".join(str(_han_number(g)) for g in m.groups()[:2]) + f"月{_han_number(m[3])}日", text
    )


# Full-width digits and date separators (２０２４－０５－２０), as some pages type their dates.
# (A division slash, ∕ U+2215, is a slash too: Big5 has it beside ／, and a byline's 文∕張三 is 文/張三.)
_HALF_WIDTH = str.maketrans("０１２３４５６７８９－／．∕", "0123456789-/./")
# str.translate looks every character up; most texts hold none of these, which re finds at once.
_FULL_WIDTH = re.compile("[０-９－／．∕]")


def half_width(text: str) -> str:
    """Full-width digits and date separators as ASCII.

    >>> half_width("２０２４年５月２０日")
    '2024年5月20日'
    """
    # (ASCII text holds none: str.isascii() reads a flag, where the search reads every character.)
    return text if text.isascii() or not _FULL_WIDTH.search(text) else text.translate(_HALF_WIDTH)


def parse_date(value: str | datetime) -> datetime | None:
    """Find the first plausible date (and time) in a string.

    >>> parse_date("发布时间：2024-05-06 10:21")
    datetime.datetime(2024, 5, 6, 10, 21)
    >>> parse_date("2024年5月6日")
    datetime.datetime(2024, 5, 6, 0, 0)
    >>> parse_date("发布日期：9/17/2004 5:54:13 PM")
    datetime.datetime(2004, 9, 17, 17, 54, 13)
    >>> parse_date("/html/20231105/123.html")
    datetime.datetime(2023, 11, 5, 0, 0)
    >>> parse_date("二〇二四年五月二十日"), parse_date("２０２４年５月２０日")
    (datetime.datetime(2024, 5, 20, 0, 0), datetime.datetime(2024, 5, 20, 0, 0))
    >>> parse_date("no date here") is None
    True

    A date whose time states its UTC offset is an instant: it comes back aware (the loader
    converts it to the site's wall clock, :func:`wall_clock`).

    >>> parse_date("Nov 09 Sat 2024 14:32"), parse_date("March 5, 2024"), parse_date("5 Mar 2024")
    (datetime.datetime(2024, 11, 9, 14, 32), datetime.datetime(2024, 3, 5, 0, 0), datetime.datetime(2024, 3, 5, 0, 0))
    >>> parse_date("發佈日期：23/03/2024"), parse_date("9/12/2024")
    (datetime.datetime(2024, 3, 23, 0, 0), datetime.datetime(2024, 9, 12, 0, 0))
    >>> parse_date("November 18, 2019 11:03 PM"), parse_date("Nov 18, 2019 12:10 a.m."), parse_date("5 Mar 2024 9:05 am")
    (datetime.datetime(2019, 11, 18, 23, 3), datetime.datetime(2019, 11, 18, 0, 10), datetime.datetime(2024, 3, 5, 9, 5))
    >>> parse_date("Posted on November 3, 2025 at 11:30 pm"), parse_date("Nov 3, 2025, 9:05 AM"), parse_date("3 Nov 2025 @ 21:05")
    (datetime.datetime(2025, 11, 3, 23, 30), datetime.datetime(2025, 11, 3, 9, 5), datetime.datetime(2025, 11, 3, 21, 5))
    >>> parse_date("Wed Jan  8 22:47:15 2025"), parse_date("Sun Mar  2 07:05:09 CST 2025")
    (datetime.datetime(2025, 1, 8, 22, 47, 15), datetime.datetime(2025, 3, 2, 7, 5, 9))
    >>> parse_date("2025/9/14 下午 03:27:08"), parse_date("2025-09-14 中午12:10")
    (datetime.datetime(2025, 9, 14, 15, 27, 8), datetime.datetime(2025, 9, 14, 12, 10))
    >>> parse_date("2025-11-14, 07:42 PM"), parse_date("2025-11-15 於 10:25 AM"), parse_date("2025/11/14 12:05 am")
    (datetime.datetime(2025, 11, 14, 19, 42), datetime.datetime(2025, 11, 15, 0, 0), datetime.datetime(2025, 11, 14, 0, 5))
    >>> parse_date("2025-11-14, 10:00-12:00")
    datetime.datetime(2025, 11, 14, 0, 0)
    >>> parse_date("2024-03-05T02:21:14.000Z"), parse_date("2024-03-05 10:00-11:30")
    (datetime.datetime(2024, 3, 5, 2, 21, 14, tzinfo=datetime.timezone.utc), datetime.datetime(2024, 3, 5, 10, 0))
    """
    if isinstance(value, datetime):
        return value
    value = arabic_date(roc_date(half_width(value)))
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(value):
            groups = match.groupdict()
            if groups.get("ey") or groups.get("cy"):  # the month's English name
                month = (groups.get("em") or groups.get("em2") or groups["cm"])[:3].lower()
                if month not in _MONTHS:
                    continue
                groups |= {
                    "y": groups.get("ey") or groups["cy"],
                    "m": str(_MONTHS.index(month) + 1),
                    "d": groups.get("ed") or groups.get("ed2") or groups["cd"],
                }
            parts = {key: int(num) for key, num in groups.items() if num and key in _NUMBERS}
            half = groups.get("ap")
            if half and parts.get("H", 0) <= 12:
                hour = parts["H"] % 12
                parts["H"] = hour + 12 if half in _AFTERNOON or (half == "中午" and hour < 6) else hour
            # A day-first date (23/03/2024, as Hong Kong, Singapore and Malaysia print it): a first
            # number that is no month is the day.
            if pattern is _US_DATE and parts.get("m", 0) > 12 >= parts.get("d", 0):
                parts["m"], parts["d"] = parts["d"], parts["m"]
            if groups.get("p") and parts.get("H", 0) <= 12:
                parts["H"] = parts.get("H", 0) % 12 + (12 if groups["p"].upper() == "P" else 0)
            try:
                return datetime(
                    parts["y"],
                    parts["m"],
                    parts["d"],
                    parts.get("H", 0),
                    parts.get("M", 0),
                    parts.get("S", 0),
                    tzinfo=_offset(match),
                )
            except ValueError:
                continue
    return None


_NUMBERS = frozenset("ymdHMS")


def _offset(match: re.Match[str]) -> timezone | None:
    """The UTC offset a date's time states (``Z``, ``+08:00``, ``-0500``), after a ``T`` or the
    seconds; None without one."""
    groups = match.groupdict()
    zone = groups.get("z")
    if not zone or not (groups.get("T") or groups.get("S")):
        return None
    if zone == "Z":
        return UTC
    digits = zone[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return timezone(-delta if zone[0] == "-" else delta)


# The zone of a site whose profile names none (FANWEN_TIMEZONE's default): the sites fanwen is
# for print China Standard Time.
DEFAULT_TIMEZONE = "Asia/Shanghai"


@cache
def zone_named(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (``Asia/Taipei``); ValueError when there is none of that name.

    >>> zone_named("Asia/Shanghai").key
    'Asia/Shanghai'
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(f"not a time zone: {name!r} (an IANA name such as Asia/Shanghai)") from None


def wall_clock(value: datetime, zone: str = DEFAULT_TIMEZONE) -> datetime:
    """``published``'s one meaning: the site's wall-clock time, naive. A date that states its
    offset (an instant: JSON-LD's ``2024-03-05T02:21:14Z``) is converted to the site's zone; a
    naive date is the time the page printed, and is kept.

    >>> wall_clock(parse_date("2024-03-05T02:21:14Z"))
    datetime.datetime(2024, 3, 5, 10, 21, 14)
    >>> wall_clock(parse_date("2024-03-05T10:21:14+08:00"), "Europe/London")
    datetime.datetime(2024, 3, 5, 2, 21, 14)
    >>> wall_clock(parse_date("2024-03-05 10:21"))
    datetime.datetime(2024, 3, 5, 10, 21)
    """
    if value.tzinfo is None:
        return value
    return value.astimezone(zone_named(zone)).replace(tzinfo=None)


def site_clock(value: datetime, loader_context: Mapping[str, Any]) -> datetime:
    """:func:`wall_clock` in the zone of the loader's context (``ArticleLoader(timezone=...)``)."""
    return wall_clock(value, loader_context.get("timezone") or DEFAULT_TIMEZONE)
