"""What a page says: its article (metadata and content blocks), by profile or generic detection."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction
from parsel import Selector, SelectorList

from fanwen.extract import content, errors, metadata, platform, unclosed, xpaths
from fanwen.extract import template as templates
from fanwen.extract.blocks import html_blocks, text_of
from fanwen.extract.encoding import cap, decode_html
from fanwen.extract.processors import parse_date
from fanwen.items import Article, ArticleLoader, Block, Removal
from fanwen.profiles import Profile, Selectors, site_zone

# How much of what follows the content region the strip stage looks at.
MAX_TAIL_BLOCKS = 30
TAIL_MAX_LINK_DENSITY = 0.5
# The article's opening and closing paragraphs, where bylines, signatures and sign-offs sit.
HEAD_BLOCKS = 6
TAIL_BLOCKS = 4


class NotAnArticle(ValueError):
    """The page holds no article text (a listing, an empty page, an error page).

    ``reason`` names why, for stats (``fanwen/extract/not_article/<reason>``): ``listing``
    (link lists or teasers), ``error`` (an error page in the site's layout: 页面不存在, 404),
    ``hidden`` (the page's prose is hidden by its style), ``too_short``,
    ``no_text``, ``profile_selector`` (the profile's content selector matches nothing),
    ``empty_region``.
    """

    def __init__(self, message: str, reason: str = "no_text") -> None:
        super().__init__(message)
        self.reason = reason


# The labelled fields an info line prints beside its date: a name (来源：江城晚报, 摄影：周涛,
# 编辑：方晴) or a count (点击：128, 阅读：3,421次). 阅读：《城南旧事》 in a reading diary is no field.
# A writing hand stands for the author's label (✍️ 校学生会 📅 发布于 …: a docs theme's).
_NAME_LABEL = (
    r"(?:(?:来源|來源|作者|责任编辑|責任編輯|责编|編輯|编辑|摄影|攝影|记者|記者|通讯员|通訊員|发布者|發布者)\s*[:：]"
    r"|[✍🖊✏]\ufe0f?)"
)
_COUNT_LABEL = r"(?:点击|點擊|浏览|瀏覽|阅读|閱讀)(?:量|数|數|次数|次數)?\s*[:：]"
_INFO_FIELD = re.compile(
    rf"{_NAME_LABEL}\s*\S+?(?=\s|{_NAME_LABEL}|{_COUNT_LABEL}|$)|{_COUNT_LABEL}\s*\d[\d,]*\s*次?(?=\s|$)"
)


def _is_info_line(text: str) -> bool:
    """Whether a line says when and nothing else, or when with the info line's labelled fields
    (``2024年03月05日 10:21　来源：江城晚报　摄影：周涛``; a count only with its number).

    >>> _is_info_line("2024年03月05日 10:21　来源：江城晚报　摄影：周涛"), _is_info_line("来源：江城晚报")
    (True, False)
    >>> _is_info_line("2024年3月5日，记者：这次调查持续了三个月。"), _is_info_line("2026年3月5日　阅读：《城南旧事》")
    (False, False)
    >>> _is_info_line("发布时间：2026-11-22 16:40　点击：128")
    True
    >>> _is_info_line("初中 作者：青禾 发布：2025-11-02 08:15 5 1342"), _is_info_line("✍️ 校团委 📅 发布于 2025-09-01")
    (True, True)
    >>> _is_info_line("作者：青禾 2025年10月14日，我们班开了一次班会")
    False
    """
    if metadata.is_date_line(text) or _is_meta_line(text):
        return True
    rest = _INFO_FIELD.sub(" ", text)
    if rest == text or (left := metadata.date_rest(rest)) is None:
        return False
    # Beside a labelled field, a date's line may show counters whose labels are icons (💬 5 👁
    # 1342: bare numbers) and, first, the post's badge (a tag's or a grade's: 小学).
    words = [word for word in left.split() if not word.isdigit()]
    return not words or (
        len(words) == 1 and left.startswith(words[0]) and _BADGE.fullmatch(words[0]) is not None
    )


_BADGE = re.compile(r"\w{1,4}")


def _is_meta_line(text: str) -> bool:
    """Whether a line is a post's meta line of short parts between dots or bars, one of them its
    length (a static blog's ``青禾老师 · #主题班会 · 约 900 字``, ``阅读约 5 分钟``): it says what the
    post is, not what it says.

    >>> _is_meta_line("青禾 · #班会 · 约 1200 字"), _is_meta_line("阅读约 6 分钟 | 教学随笔"), _is_meta_line("全文约 800 字，分三部分。")
    (True, True, False)
    """
    parts = _META_SPLIT.split(text.strip())
    return (
        len(parts) >= 2
        and all(len(part) <= _META_PART_CHARS for part in parts)
        and any(_LENGTH.fullmatch(part) for part in parts)
    )


_META_SPLIT = re.compile(r"\s*[·•|｜]\s*")
_META_PART_CHARS = 12
# A post's length: its words (约 1400 字, 全文 800 字) or its reading time (阅读约 5 分钟).
_LENGTH = re.compile(
    r"(?:约|約|共|全文|全文约|字数[:：]?)?\s*\d[\d,]*\s*(?:个)?字|(?:阅读|閱讀)?(?:约|約|需)?\s*\d+\s*分[钟鐘]"
)


# A document's own date head line: a day written out in full, alone in brackets (a speech's
# （2024年5月10日） under its speaker, a report's under its title). The page's info line prints
# its date bare or labelled, never so.
_DOCUMENT_DAY = re.compile(r"\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*")


def _without_date_lines(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the date lines at their head: a region that holds the info line under
    the title (``<p class="date">2022年8月14日</p>`` before the first paragraph, a template that
    prints the article straight in ``<body>``, a gallery's ``2024年03月05日 10:21 来源：… 摄影：…``)
    gives the date to the metadata, not to the text. Only lines before the first line of prose,
    and only those that say a date and nothing else, or a date and an info line's labelled fields;
    not a document's own day in brackets under a line of its head (``（2024年5月10日）`` under a
    speech's speaker).

    >>> [b.text for b in _without_date_lines([Block(text=t) for t in ("市长 王立新", "（2024年5月10日）", "同志们：")])]
    ['市长 王立新', '（2024年5月10日）', '同志们：']
    >>> [b.text for b in _without_date_lines([Block(text=t) for t in ("（2024年5月28日）", "5月27日下午，…")])]
    ['5月27日下午，…']
    """
    head = 0
    while head < min(len(blocks), HEAD_BLOCKS) and len(blocks[head].text) < 40:
        head += 1
    if not any(_is_info_line(b.text) for b in blocks[:head]):
        return blocks
    return [
        b for i, b in enumerate(blocks) if i >= head or not _is_info_line(b.text) or _document_day(blocks, i)
    ]


def _document_day(blocks: list[Block], i: int) -> bool:
    """Whether head line ``i`` is the document's own day: in brackets, under a line of the
    document's head (its speaker line) that is no info line and no heading; one that opens the
    region, or follows the page's title heading printed in it, is the page's date, printed in
    brackets (review R23).

    >>> heads = [Block(text="我市召开防汛工作会议", tag="h1", heading=1), Block(text="（2024年5月28日）")]
    >>> _document_day(heads, 1)
    False
    """
    return (
        i > 0
        and _DOCUMENT_DAY.fullmatch(blocks[i].text) is not None
        and blocks[i - 1].heading is None
        and not _is_info_line(blocks[i - 1].text)
    )


# A label naming the text itself (正文, 文章内容, 详细内容, 全文; in brackets, with a colon): a
# template prints it over the article's box, as it prints 正文 as the trail's last crumb. It says
# where the text is, not what it says. 原文 is no such label: a translation's page labels its
# original so, beside 译文 (review R4).
_PART_LABEL = re.compile(
    r"[【\[〔(（]?(?:(?:文章|新闻|新聞|资讯|資訊)?正文(?:内容|內容)?|(?:文章|新闻|新聞)(?:内容|內容)"
    r"|(?:详细|詳細)(?:内容|內容)|(?:内容|內容)(?:详情|詳情)|全文)[】\]〕)）]?[:：]?"
)


def _without_part_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the lines that only label the text as the text (``正文``, ``【文章内容】``,
    ``详细内容：``) before its first paragraph: the template's words over the article's box, not a
    line of the article. After a paragraph such a line is the article's own (a thesis guide's
    heading 正文 between 摘要 and 致谢; review S4).

    >>> [b.text for b in _without_part_labels([Block(text=t) for t in ("正文", "正文第一段，写春天。", "全文完")])]
    ['正文第一段，写春天。', '全文完']
    >>> [b.text for b in _without_part_labels([Block(text=t) for t in ("摘要", "先写问题，再写结论。", "正文")])]
    ['摘要', '先写问题，再写结论。', '正文']
    """
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if len(b.text) > 8:
            return out + blocks[i:]  # the first paragraph: what follows is the text's
        if _PART_LABEL.fullmatch("".join(b.text.split())) is None:
            out.append(b)
    return out


# A BBS post's header fields, each a line of its own at the head of the post (PTT's 作者/看板/
# 標題/時間 metalines, a newsmth-like 发信人/信区/标题/发信站): a label, then its value.
_BBS_FIELD = re.compile(
    r"(?:作者|看板|標題|标题|時間|时间|發信人|发信人|信區|信区|發信站|发信站)\s*[:：]?\s*\S"
)
MIN_BBS_FIELDS = 2


def _without_bbs_header(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a BBS post's header: two or more short lines opening the region, each
    a header field's label and its value (``作者caferabbit (咖啡兔)``, ``看板Running``); the fields
    are the post's metadata, not its text.

    >>> lines = ("作者wheelie (輪子)", "看板Bicycle", "時間Sat Jun  1 20:31:02 2024", "上個月第一次自己換了內胎。")
    >>> [b.text for b in _without_bbs_header([Block(text=t) for t in lines])]
    ['上個月第一次自己換了內胎。']
    >>> [b.text for b in _without_bbs_header([Block(text=t) for t in ("作者：李明", "春天来了，花开了。")])]
    ['作者：李明', '春天来了，花开了。']
    """
    head = 0
    while (
        head < min(len(blocks), HEAD_BLOCKS)
        and len(blocks[head].text) < 60
        and _BBS_FIELD.match(blocks[head].text)
    ):
        head += 1
    return blocks[head:] if head >= MIN_BBS_FIELDS else blocks


# The names the removals of the lines taken from the region's head are recorded under.
INFO_LINE = "meta-info-line"  # the article's date, with its info line's labelled fields (_without_date_lines)
POST_HEADER = "meta-post-header"  # a forum post's header fields (_without_bbs_header)


def _without_head_lines(blocks: list[Block]) -> tuple[list[Block], list[Removal]]:
    """``blocks`` without the lines that are no text of the article's (:func:`_without_part_labels`,
    :func:`_without_bbs_header`, :func:`_without_date_lines`, :func:`_without_counters`), and the removals of
    those a reader would miss: the info line (its date, source, editor, counts) and a forum post's header,
    metadata printed over the text. A label naming the text as the text (``正文``) and a gallery's picture
    counters (``1/8``) are the template's words, as its navigation is: left out unrecorded.

    >>> kept, removed = _without_head_lines([Block(text=t) for t in ("正文", "2024年3月5日 来源：江城晚报", "春天来了，花开了。")])
    >>> [b.text for b in kept], [(r.rule, r.text) for r in removed]
    (['春天来了，花开了。'], [('meta-info-line', '2024年3月5日 来源：江城晚报')])
    """
    unlabelled = _without_part_labels(blocks)
    headless = _without_bbs_header(unlabelled)
    undated = _without_date_lines(headless)
    removed = []
    if len(headless) < len(unlabelled):
        removed += [Removal(POST_HEADER, b.text) for b in unlabelled[: len(unlabelled) - len(headless)]]
    if len(undated) < len(headless):
        kept = {id(b) for b in undated}
        removed += [Removal(INFO_LINE, b.text) for b in headless if id(b) not in kept]
    return _without_counters(undated), removed


def _recorded(found: content.Region, skip: frozenset[HtmlElement]) -> list[Removal]:
    """The removals of the region's skipped elements that are the article's neighbours (``found.recorded``:
    a link beside a paragraph's sentence, a goods card…), each the text a reader saw: not one hidden, nor
    one inside another skipped or hidden box (that box left it out already).
    """
    tops = {*found.elements, *found.head}
    removed = []
    for el, rule in found.recorded:
        if content.is_hidden(el) or not _shown_in(el, tops, skip):
            continue
        text = " ".join(b.text for b in html_blocks(el))
        if text:
            removed.append(Removal(rule, text))
    return removed


def _shown_in(el: HtmlElement, tops: set[HtmlElement], skip: frozenset[HtmlElement]) -> bool:
    """Whether ``el`` is inside one of the region's elements (``tops``) with no skipped or hidden box between."""
    for box in el.iterancestors():
        if box in tops:
            return True
        if box in skip or content.is_hidden(box):
            return False
    return False


# A picture's counter in a gallery: 1/8, 2 / 8.
_COUNTER = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")


def _without_counters(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a gallery's picture counters (``1/8``, ``2/8``…), which number the
    pictures, not the text: lines that are only a number over one total, counting up from 1 in
    page order (at least 1/N and 2/N), each followed by another line (its caption).

    >>> [b.text for b in _without_counters([Block(text=t) for t in ("1/8", "花田。", "2/8", "步道。")])]
    ['花田。', '步道。']
    >>> lesson = ("比一比：", "3/8", "5/8", "7/8", "分母相同，分子大的就大。")
    >>> [b.text for b in _without_counters([Block(text=t) for t in lesson])] == list(lesson)
    True
    """
    found = [_COUNTER.fullmatch(b.text.strip()) for b in blocks]
    counted: dict[str, list[int]] = {}  # total -> indexes of its counters, in page order
    for i, match in enumerate(found):
        if match:
            counted.setdefault(match.group(2), []).append(i)
    drop: set[int] = set()
    for indexes in counted.values():
        numbers = [int(found[i].group(1)) for i in indexes]  # type: ignore[union-attr]
        captioned = all(i + 1 < len(blocks) and found[i + 1] is None for i in indexes)
        if len(indexes) >= 2 and numbers == list(range(1, len(indexes) + 1)) and captioned:
            drop.update(indexes)
    return blocks if not drop else [b for i, b in enumerate(blocks) if i not in drop]


def select(sel: Selector, queries: Iterable[str]) -> SelectorList:
    """The matches of the first query that matches; a query starting with / or ( is XPath."""
    for query in queries:
        found = sel.xpath(query) if query.startswith(("/", "(")) else sel.css(query)
        if found:
            return found
    return SelectorList([])


def first_texts(sel: Selector, queries: Iterable[str]) -> list[str]:
    """The texts of the first query whose matches hold text (an element the page's script
    fills in is empty in the page as served: the next query is tried)."""
    for query in queries:
        found = sel.xpath(query) if query.startswith(("/", "(")) else sel.css(query)
        texts = [t for match in found if (t := _text(match))]
        if texts:
            return texts
    return []


# lxml.html's parser picks each element's Python class in Python (HtmlElementClassLookup.lookup),
# once for every element a walk meets: about 1 ms of a long English page's 10. Its classes are
# HtmlElement's but for form controls (<form>, <input>, <select>, <textarea>, <label>), whose
# form methods extraction never calls; the same classes picked in C by lxml (issue 13).
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)
# parsel's test for an XML document, which it parses as XML.
_XML_DECLARATION = re.compile(r"[\s\ufeff]*<\?xml\s")
# An XHTML page (a WAP/XHTML-MP mobile site, an old XHTML 1.0 CMS) declares XML and is still a page:
# its root element, after the declaration, comments, processing instructions (<?xml-stylesheet?>)
# and a doctype in any order, is <html>.
_XHTML_ROOT = re.compile(
    r"[\s\ufeff]*<\?xml[^>]*>(?:\s*<!--.*?-->|\s*<\?[^>]*>|\s*<!DOCTYPE[^>]*>)*\s*<html[\s>]",
    re.I | re.S,
)


class _Parser(HTMLParser):
    """lxml.html's parser with the element classes looked up in C (:data:`_ELEMENT_CLASSES`)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.set_element_class_lookup(_ELEMENT_CLASSES)


def parse_html(text: str) -> Selector:
    """``Selector(text=text)`` for an HTML page: the same tree, parsed as parsel parses it
    (``parsel.selector.create_root_node``), with :data:`_ELEMENT_CLASSES`. Text that parsel
    might read as JSON or XML (it does not start with ``<``, or it declares XML) goes to parsel,
    but for an XHTML page: one that declares XML and whose root is ``<html>`` is HTML.

    >>> sel = parse_html("<p>工作总结<input name=q></p>")
    >>> sel.css("p::text").get(), sel.type, type(sel.root.find(".//input")).__name__
    ('工作总结', 'html', 'HtmlElement')
    >>> parse_html('<?xml version="1.0"?><a>x</a>').type
    'xml'
    >>> parse_html('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><p>x</p></html>').type
    'html'
    """
    return parse_page(text)[0]


def parse_page(text: str, utf8: bytes | None = None) -> tuple[Selector, bool]:
    """:func:`parse_html`, and whether the tree is cut short: deeper than the parser builds
    (:data:`_FLATTENED`) even with its unclosed inline tags dropped.

    Text is the page as a browser shows it: a lone surrogate (text made from JSON's ``\\ud800``
    escapes, a page cut inside an emoji's pair) is U+FFFD, as the encoder cannot write it.

    >>> parse_page("<p>字\\ud83d</p>")[0].css("p::text").get()
    '字\\ufffd'

    ``utf8``: the bytes ``text`` was strictly decoded from as UTF-8, when the caller has them (a
    UTF-8 page, most of the web). The parser reads UTF-8, and a page without a NUL whose ends
    strip to ASCII whitespace only (a page's last line break) is its own bytes between those
    ends: they are handed over, not encoded again from the text (about 3 % of a long English
    page's instructions).

    >>> parse_page("<p>字</p>\\n", "<p>字</p>\\n".encode())[0].css("p::text").get()
    '字'
    """
    body = _own_bytes(text, utf8) if utf8 is not None else None
    if body is None:
        try:
            body = text.strip().replace("\x00", "").encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            body = text.strip().replace("\x00", "").encode("utf-8")
    if not text.lstrip().startswith("<") or _XML_DECLARATION.match(text) and not _XHTML_ROOT.match(text):
        selector = Selector(text=text)
        # A prolog the test above does not read (a doctype's internal subset) before an <html>
        # root: still a page. Any other XML is "not HTML" (fanwen.pagepath.read_html).
        if selector.type != "xml" or not _html_root(selector.root):
            return selector, False
    root, cut = _parse(body)
    if cut:
        root, cut = _parse(_FLATTENED.sub(b"", body))
    return Selector(root=root, type="html"), cut


_ASCII_SPACE = b" \t\n\r\x0b\x0c"  # what bytes.strip() strips


def _own_bytes(text: str, utf8: bytes) -> bytes | None:
    """``text.strip().replace("\\x00", "").encode("utf-8")`` taken from ``utf8``, the bytes ``text``
    is the strict UTF-8 decoding of; None where that needs the text (a NUL, or a whitespace
    ``str.strip`` strips and ``bytes.strip`` does not at an end: U+3000, U+00A0).

    >>> _own_bytes(" <p>字</p>\\n", " <p>字</p>\\n".encode()), _own_bytes("<p>字</p>\\u3000", "<p>字</p>\\u3000".encode())
    (b'<p>\\xe5\\xad\\x97</p>', None)
    """
    if b"\x00" in utf8:
        return None
    # Leading and trailing ASCII whitespace is a byte a character: the text's ends are there too.
    start, end = 0, len(utf8)
    while start < end and utf8[start] in _ASCII_SPACE:
        start += 1
    while end > start and utf8[end - 1] in _ASCII_SPACE:
        end -= 1
    if start == end or text[start].isspace() or text[len(text) - (len(utf8) - end) - 1].isspace():
        return None
    return utf8[start:end] if start or end < len(utf8) else utf8


def _html_root(root: object) -> bool:
    """Whether an XML tree's root is an ``<html>`` element (in the XHTML namespace or none)."""
    return isinstance(getattr(root, "tag", None), str) and etree.QName(root).localname.lower() == "html"  # type: ignore[arg-type]


# libxml2's HTML parser builds at most 2,048 levels of elements and drops the rest of the page
# (ERR_RESOURCE_LIMIT, "Excessive depth"). A browser's parser has no such limit, and it closes
# an open <span> or <font> at the next <p>, where libxml2 nests the paragraphs two levels deeper
# each: a CMS that leaves one unclosed per paragraph (<p><span>…<p><span>…) loses every
# paragraph after the thousandth. Such a page is parsed again without its inline formatting
# tags, which only style text (its bold spans no longer hint a heading, its paragraphs are all
# there); one still too deep (thousands of real <div>s) keeps what was built, and is flagged.
_FLATTENED = re.compile(
    rb"</?(?:span|font|b|strong|i|em|u|small|big|s|strike|ins|mark)(?=[\s/>])[^>]*>", re.I
)


def _parse(body: bytes) -> tuple[HtmlElement, bool]:
    """The tree of an HTML page's UTF-8 bytes, and whether the parser stopped at its depth limit."""
    parser = _Parser(recover=True, encoding="utf-8", huge_tree=True)
    root = etree.fromstring(body, parser=parser)
    last = parser.error_log.last_error
    cut = last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
    if root is None:  # nothing an HTML parser keeps (a comment alone)
        root = etree.fromstring(b"<html/>", parser=parser)
    unclosed.close_left_open(root)  # a <div> unclosed in a sidebar: its box held the article
    return root, cut


def response_selector(body: bytes, content_type: str | None) -> tuple[Selector, list[str]]:
    """A parsed page from raw response bytes and its outcomes for stats (``encoding/<source>``, ``capped``).

    The spider uses it instead of Scrapy's decoding, which believes a lying header or ``<meta>``.
    Raises :class:`~fanwen.extract.encoding.EncodingError` when the bytes cannot be decoded cleanly.

    >>> sel, outcomes = response_selector("<p>工作总结</p>".encode("gbk"), "text/html; charset=utf-8")
    >>> sel.css("p::text").get(), outcomes
    ('工作总结', ['encoding/detected'])
    """
    body, capped = cap(body)
    decoded = decode_html(body, header=content_type)
    return parse_html(decoded.text), [f"encoding/{decoded.source}"] + (["capped"] if capped else [])


def extract_article(
    sel: Selector,
    url: str | None,
    profile: Profile | None,
    continuation: bool = False,
    template: templates.Template | None = None,
    observe: bool = False,
) -> Article:
    """The article on a parsed page; raises NotAnArticle when there is none.

    ``continuation``: the page is page 2, 3... of an article its first page established, so a
    short region is its last few lines, not too little text for an article.
    ``template``: the site's learned slots (:mod:`fanwen.extract.template`), used where the
    profile names no selector and the slot finds an article, a title, a date, a name on this
    page; generic detection where not. ``observe``: record where this page shows each slot
    (``Article.template_seen``), for the crawl to learn the template from.
    """
    selectors = profile.selectors if profile else None
    # The profile's [template] paths first, then what the crawl learned; none is None.
    template = templates.merged(profile.template if profile else None, template)
    doc = sel.root
    # The stages below walk the page several times, and lxml makes a new Python object (through
    # lxml.html's Python class lookup) for every element met that nothing holds: holding them
    # all for the extraction makes that once per element, not once per walk (~0.3 ms/page).
    _held = xpaths.page_elements(doc)
    found: content.Region | None = None
    # A platform's template (fanwen/profiles/platforms) comes after the site's profile and
    # before generic detection, field by field.
    hosted = None if selectors and selectors.content else platform.detect(doc)
    own = select(sel, hosted.selectors.content) if hosted else SelectorList([])
    question: list[HtmlElement] = []  # prose between the title and the region (a Q&A page's question)
    # The template's slot -> path this page took, and its (slot, path)s passed over.
    applied: dict[str, str] = {}
    passed: list[tuple[str, str]] = []
    given: set[str] = set()
    if selectors and selectors.content:
        region = select(sel, selectors.content)
        if not region:
            raise NotAnArticle(
                _at("no element matches the profile's content selector", url), "profile_selector"
            )
        elements, skip = [region[0].root], frozenset[HtmlElement]()
    elif own:
        elements, skip = [content.reveal(own[0].root)], frozenset[HtmlElement]()
    else:
        found = _template_region(doc, template, applied, passed)
        if found is None:
            found = content.find_content(doc)
        # A removed or missing page in the site's layout (a "soft 404"): its message, not the
        # sidebar's prose the vote found (fanwen/extract/errors.py).
        said = errors.error_page(doc, found)
        if said is not None:
            raise NotAnArticle(_at(f"not an article: an error page ({said})", url), "error")
        if found is None or not (found.is_article or found.is_brief):
            problem, reason = content.why_not_article(doc, found)
            raise NotAnArticle(_at(f"not an article: {problem}", url), reason)
        if content.comments_page(doc, found):
            # An article's page of comments: a list of readers' posts, the article only linked.
            raise NotAnArticle(_at("not an article: a page of readers' comments (a listing)", url), "listing")
        elements, skip = list(found.elements), found.skip
        question = list(found.head)

    # published is the site's wall clock: a date stating its offset is converted to the zone.
    zone = site_zone(profile)
    loader = ArticleLoader(selector=sel, timezone=zone)
    loader.add_value("url", url)
    loader.add_value("site", profile.name if profile else None)
    blocks = [block for el in (*question, *elements) for block in html_blocks(el, skip)]
    head = [b.text for b in blocks[:HEAD_BLOCKS] if len(b.text) < 400]
    tail = [b.text for b in blocks[-TAIL_BLOCKS:] if len(b.text) < 400]
    read = blocks  # the region's blocks as read, date and counter lines too (a byline's place)
    blocks, removed = _without_head_lines(blocks)
    if found is not None and found.recorded:
        removed += _recorded(found, skip)
    title = found.title if found is not None else None
    lines = metadata.info_lines(doc, elements[-1], title=title, start=elements[0])
    if (
        found is not None
        and not found.is_article
        and not continuation
        # A short article in the template's region under the template's title heading is the
        # site's article layout; a listing that happens to share the region's place is not.
        and not ("content" in applied and found.title is not None)
        # A short text under its title heading, or a short post over its thread of comments: at
        # an article's length, or of an article's sentences (a 120-character notice of three
        # sentences), or two sentences of a notice's length (a 110-character notice of two
        # paragraphs, undated).
        and not (
            (found.under_title or found.over_thread)
            and (
                found.text_chars >= content.MIN_ARTICLE_CHARS
                or found.sentences >= content.MIN_ARTICLE_SENTENCES
                or (
                    found.text_chars >= content.MIN_TITLED_CHARS
                    and found.sentences >= content.MIN_TITLED_SENTENCES
                )
                # A poem under its title (a quatrain is 20 characters).
                or found.verse_lines >= content.MIN_VERSE_LINES
            )
        )
        # A dated brief, unless it is the note over a listing beside it (a table of contents).
        and not (metadata.dates_article(lines, found.under_title) and not content.notes_a_listing(found))
        # A short text under its title heading, on a page whose markup or address dates it.
        and not (found.under_title and metadata.dated_by_markup(doc, url, title))
    ):
        problem, reason = content.why_not_article(doc, found)
        if reason != "listing":  # a listing's teasers outweigh the brief; else a brief with no date
            problem, reason = "too little text, and no date line with it", "too_short"
        raise NotAnArticle(_at(f"not an article: {problem}", url), reason)
    generic = {
        "title": lambda: metadata.title_candidates(doc, elements[0], title),
        "published": lambda: metadata.published_candidates(doc, url, lines, tail, title, zone),
        "author": lambda: metadata.without_source(
            metadata.author_candidates(doc, lines, head, tail, title, elements[0], elements[-1]), lines
        ),
        "source": lambda: metadata.source_candidates(
            doc, lines, lambda: metadata.own_notes(title, elements[0], (*head, *tail))
        ),
        "category": lambda: metadata.category_candidates(doc, url, elements, title),
    }
    # Where the site's layout names nobody, the article itself may: a byline opening the text, a
    # label between the title and the text; not a name printed beside it (a column box's).
    # The article's own lines: between the title and the text, the text's last ones (作者：… closing
    # it) and the first under it; not a column box beside it.
    first_below = next((li for li in lines if li.below), None)
    own_lines = [li for li in lines if li.near or li is first_below or any(li.text in t for t in tail)]
    own_candidates = {
        "author": lambda: metadata.without_source(
            metadata.author_candidates(
                doc, own_lines, head, tail, title, elements[0], elements[-1], own=True
            ),
            lines,
        )
    }
    for field, candidates in generic.items():
        queries = (getattr(selectors, field, ()) if selectors else ()) + (
            getattr(hosted.selectors, field) if hosted else ()
        )
        if field == "author" and _byline_over_slot(loader, doc, selectors, hosted, template, read, passed):
            continue
        # The profile's and the platform's selectors, then the platform's script values: the
        # first whose value the field's processors keep (a "前天" where a date should be is not).
        if _kept(loader, field, first_texts(sel, queries)) or (
            hosted and _kept(loader, field, hosted.script_values(doc, field))
        ):
            given.add(field)  # the profile's or the platform's: no template slot to learn
            continue
        if template is not None and not queries and _from_slot(loader, doc, template, field, applied, passed):
            continue
        if applied.get(field, "").startswith(templates.ABSENT):
            candidates = own_candidates[field]  # the layout prints none beside the article
        # Candidates come best first and only the first that survives the field's processors is
        # kept (TakeFirst): stop there rather than computing the costlier ones behind it.
        for candidate in candidates():
            loader.add_value(field, candidate)
            if loader.get_collected_values(field):
                # A document's signer is read from its own text (its sign-off, its index table):
                # no slot of the layout's to learn, where other pages sign with other bodies.
                if isinstance(candidate, metadata.Signed):
                    given.add(field)
                break
    loader.add_value("platform", hosted.name if hosted else None)
    loader.add_value("blocks", blocks)
    loader.add_value("tail", following_blocks(elements[-1]))
    article = loader.load_item()
    article.removed = removed
    if not article.blocks:
        raise NotAnArticle(_at("not an article: the content region is empty", url), "empty_region")
    if observe and not continuation:
        article.template_seen = _signature(doc, article, found, template, applied, passed, given)
    return article


def _byline_over_slot(
    loader: ArticleLoader,
    doc: HtmlElement,
    selectors: Selectors | None,
    hosted: platform.Platform | None,
    template: templates.Template | None,
    read: Sequence[Block],
    passed: list[tuple[str, str]],
) -> bool:
    """Whether the author is the byline the article's text names (:func:`metadata.text_byline`)
    over the slot beside it: a platform's author selectors (a self-media card, a WeChat account's
    name) or the learned template's author paths, which print the account that published the text
    (王老师的教育笔记, 桐溪融媒) over its writer's 文｜王蕾 or 记者：方可欣 (session 20). The slot is the
    fallback where the text names no person. A profile's author selector is the user's word and
    stays first. The template's author paths whose element the page holds are added to ``passed``
    (passed over: they showed no author here), so a site whose pages carry bylines stops learning the slot.
    """
    if selectors is not None and selectors.author:
        return False
    paths = [
        p for p in (template.author if template is not None else ()) if not p.startswith(templates.ABSENT)
    ]
    if not (paths or (hosted is not None and hosted.selectors.author)):
        return False
    byline = metadata.text_byline([block.text for block in read])  # asked only where a slot would give one
    if byline is None or not _kept(loader, "author", [byline]):
        return False
    passed.extend(("author", path) for path in paths if templates.first_match(doc, path) is not None)
    return True


def _from_slot(
    loader: ArticleLoader,
    doc: HtmlElement,
    template: templates.Template,
    field: str,
    applied: dict[str, str],
    passed: list[tuple[str, str]],
) -> bool:
    """Whether one of the template's paths for ``field`` gave a value that survives the
    field's processors (the first that does is taken). An :data:`~templates.ABSENT` path is
    tried after the others: when its layout's element is on the page, it is recorded in
    ``applied`` and no value is taken (the caller reads the article's own lines)."""
    for path in sorted(getattr(template, field, ()), key=lambda p: p.startswith(templates.ABSENT)):
        el = templates.first_match(doc, path)
        if el is None:
            continue
        if path.startswith(templates.ABSENT):
            applied[field] = path
            return False
        loader.add_value(field, text_of(el))
        if loader.get_collected_values(field):
            applied[field] = path
            return True
        passed.append((field, path))
    return False


def _template_region(
    doc: HtmlElement,
    template: templates.Template | None,
    applied: dict[str, str],
    passed: list[tuple[str, str]],
) -> content.Region | None:
    """The region the site's template names, when one of its paths holds an article on this page."""
    if template is None or not template.content:
        return None
    title = next(
        (el for path in template.title if (el := templates.first_match(doc, path)) is not None), None
    )
    for path in template.content:
        el = templates.first_match(doc, path)
        if el is None:
            continue
        region = content.region_at(el, title)
        # Where the site's template holds the article, a short one is an article too, as where a
        # profile's selector names it; a link list or nothing is no article, and detection decides.
        if region is not None and (region.is_article or region.is_brief):
            applied["content"] = path
            return region
        passed.append(("content", path))
    return None


def _signature(
    doc: HtmlElement,
    article: Article,
    found: content.Region | None,
    template: templates.Template | None,
    applied: dict[str, str],
    passed: list[tuple[str, str]],
    given: set[str],
) -> templates.Signature:
    """Where this page shows each slot: the template's path where it was taken, else where the
    value detection found is printed (the region detection chose, when it is one element); and
    the paths passed over: the template's that found nothing usable, and the candidates whose
    element the page has where the slot was shown elsewhere. Slots a profile's or a platform's
    selectors gave are not looked for."""
    body = doc.find("body")
    root = body if body is not None else doc
    paths: dict[str, str | None] = dict(applied)
    absent = {slot for slot, path in applied.items() if path.startswith(templates.ABSENT)}
    for slot in absent:
        if getattr(article, slot):  # the article itself named one: the layout's "none" gave way
            passed.append((slot, applied[slot]))
            del paths[slot]
    if "content" not in applied and found is not None and not found.extra and not found.before:
        paths["content"] = templates.slot_path(doc, found.element)
    wanted: dict[str, tuple[str, Callable[[str], object], object]] = {}
    if "title" not in applied and "title" not in given and article.title:
        heading = found.title if found is not None else None
        if heading is not None and templates.slot_title(text_of(heading)) == article.title:
            paths["title"] = templates.slot_path(doc, heading)
        else:
            wanted["title"] = (article.title[:6], templates.slot_title, article.title)
    if "published" not in applied and "published" not in given and article.published is not None:
        wanted["published"] = (str(article.published.year), parse_date, article.published)
    if "author" not in paths and "author" not in given and article.author:
        wanted["author"] = (article.author.split("、")[0], templates.slot_author, article.author)
    elif "author" not in paths and "author" not in given and paths.get("content"):
        paths["author"] = templates.ABSENT + str(paths["content"])  # this layout names nobody
    if wanted:
        paths.update(templates.find_slots(root, wanted))
    if template is not None:
        for slot, path in template.candidates:
            if paths.get(slot) != path and templates.first_match(doc, path) is not None:
                passed.append((slot, path))
    given_by = frozenset(applied) - {slot for slot in absent if slot not in paths}
    return templates.Signature(**paths, elsewhere=tuple(passed), applied=given_by)


def _kept(loader: ArticleLoader, field: str, values: list[str]) -> bool:
    """Add ``values`` to ``field``; whether the field's processors kept any of them."""
    if values:
        loader.add_value(field, values)
    return bool(loader.get_collected_values(field))


def following_blocks(element: HtmlElement, limit: int = MAX_TAIL_BLOCKS) -> list[Block]:
    """The text blocks after the content region inside its container: where paywall notices sit.

    Link lists there (related reading, pagers) are the page's navigation, not something said
    about the article; they are left out.
    """
    tail: list[Block] = []
    for sibling in _after_region(element):
        tail.extend(
            b for b in html_blocks(sibling, link_lists=False) if b.link_density < TAIL_MAX_LINK_DENSITY
        )
        if len(tail) >= limit:
            break
    return tail[:limit]


# How many wrappers up a region's last element the blocks after it are looked for (session 20).
_TAIL_WRAPPERS = 2


def _after_region(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after the content region inside its container; where the region is all a wrapper holds, the
    elements after that wrapper, a few wrappers up: a Q&A answer's text alone in the answer's inner wrapper, the
    paywall card after that wrapper in the answer's box (session 20, blind AM p04). A container holding more than
    the region (the article's box with its title and info line) is the page's: what follows it is the page's
    footer, not the article's.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f('<div><div class="inner"><span>正文</span></div><div>开通后可阅读剩余 68% 内容</div></div>')
    >>> [el.text for el in _after_region(box.find(".//span"))]
    ['开通后可阅读剩余 68% 内容']
    >>> page = f('<div><div class="article"><h1>题</h1><div>正文</div></div><div>版权所有</div></div>')
    >>> list(_after_region(page.find(".//h1").getnext()))
    []
    """
    for _ in range(_TAIL_WRAPPERS + 1):
        yield from (sibling for sibling in element.itersiblings() if isinstance(sibling.tag, str))
        parent = element.getparent()
        if parent is None or sum(isinstance(child.tag, str) for child in parent) > 1:
            return
        element = parent


def _at(problem: str, url: str | None) -> str:
    """``problem: url``, or the problem alone for a page without a URL (a saved file)."""
    return f"{problem}: {url}" if url else problem


def _text(match: Selector) -> str:
    """The text of a selected element, or the value of a selected attribute or text node."""
    root = match.root
    value = root if isinstance(root, str) else match.xpath("string()").get("")
    return " ".join(value.split())
