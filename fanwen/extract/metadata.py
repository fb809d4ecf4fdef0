"""Generic metadata: title, published date, author, source and category of an article page.

Each finder returns raw strings; ArticleLoader's processors clean and type them. Evidence is
taken in order of trust: structured data (meta tags, JSON-LD), then the info line printed
near the title (`发布时间：… 来源：… 作者：…`), then the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from fanwen.extract import xpaths
from fanwen.extract.blocks import text_of
from fanwen.extract.processors import parse_date

_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?"
)
_LABELLED = {
    "author": re.compile(r"(?:作者|撰稿|记者|文)\s*[:：/]\s*([^\s|｜/]{2,20}(?:[ 、，,][^\s|｜/:：]{2,4})*)"),
    "source": re.compile(r"(?:来源|出处|稿源)\s*[:：]\s*([^\s|｜]{2,30})"),
}
_NAMES = r"([\u4e00-\u9fff·]{2,4}(?:[ \u3000\xa0、]+[\u4e00-\u9fff·]{2,4})*)(?=[\s）)】\]/]|$)"
# "山东冠县报道", "发自北京", "上海电": where the reporter filed from, not a name.
_DATELINE = re.compile(r"\s*(?:发自[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,6}报道)")
_REPORTER = re.compile(r"(?:实习生|实习记者|特约记者|首席记者|通讯员|记者)[ \u3000\xa0:：]*" + _NAMES)
_SIGNED = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})\s+[\u4e00-\u9fff]{2,6}(?:报道|电)[）)]")
_EDITOR = re.compile(r"(?:责任编辑|责编|编辑)\s*[:：]\s*([\u4e00-\u9fff]{2,4})")
_DATE_LABEL = re.compile(r"发布|发表|时间|日期|更新|Posted|Published", re.I)
_LABEL_WORDS = re.compile(
    r"(?:发布|发表|更新|时间|日期|来源|作者|编辑|责任编辑|浏览|阅读|点击|次数|人气|字号|打印|关闭|分享)"
)
_INFO_MAX = 160
# A line can match _DATE or _LABELLED only if it holds one of these characters (the 1 or 2 of
# 19xx/20xx, the first character of a label); text_of's text is a part of text_content()'s, so
# a line without any is skipped before the costlier text_of.
_INFO_CHARS = re.compile(r"[12作撰记文来出稿]")
_CRUMB_SPLIT = re.compile(r"\s*(?:>|»|›|/|→|＞|>>)\s*")
_CRUMB_PREFIX = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]\s*")
_INDEX_PAGE = re.compile(r"(?:index|default)\.s?html?$|(?:index|default)\.(?:php|aspx?|jsp)$")
_CRUMB_SKIP = re.compile(r"^(?:首页|主页|正文|网站首页|home|)$", re.I)


def title_candidates(doc: HtmlElement) -> Iterator[str]:
    """Title strings, best first: a heading that the <title> starts with, meta, <title>."""
    doc_title = " ".join(doc.xpath(xpaths.DOC_TITLE)).strip()
    squeezed = doc_title.replace(" ", "")
    for heading in doc.xpath(xpaths.TITLE_HEADINGS):
        text = text_of(heading)
        if 2 <= len(text) <= 80 and squeezed.startswith(text.replace(" ", "")):
            yield text
    yield from doc.xpath(" | ".join(xpaths.TITLE_META))
    if doc_title:
        yield doc_title
    for heading in doc.xpath("//h1"):
        yield text_of(heading)


def info_lines(doc: HtmlElement, limit: int = 40) -> list[str]:
    """Short lines that carry a date or an author/source label: the page's info line(s)."""
    lines: list[str] = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in xpaths.DROP_TAGS or el.tag == "title":
            continue
        if any(isinstance(c.tag, str) and c.tag in xpaths.BLOCK_TAGS for c in el):
            own = (el.text or "").strip()
            if not own:
                continue
            text = own
        else:
            # text_content() is cheap; the careful text_of only runs on lines short enough to matter.
            content = el.text_content()
            if len(content) > _INFO_MAX * 4 or not _INFO_CHARS.search(content):
                continue
            text = text_of(el)
        if not text or len(text) > _INFO_MAX:
            continue
        labelled = _DATE.search(text) or any(p.search(text) for p in _LABELLED.values())
        if labelled and text not in lines:
            lines.append(text)
        if len(lines) >= limit:
            break
    return lines


def published_candidates(doc: HtmlElement, url: str | None, lines: list[str]) -> Iterator[str]:
    yield from doc.xpath(" | ".join(xpaths.PUBLISHED_META))
    for data in _json_ld(doc):
        for key in ("datePublished", "dateCreated"):
            if isinstance(data.get(key), str):
                yield data[key]
    # A labelled date or one with a time of day is the info line's; a bare date may be quoted text.
    dated = [(line, match) for line in lines if (match := _DATE.search(line))]
    strong = [
        m.group(0) for line, m in dated if _DATE_LABEL.search(line) or re.search(r"\d[:：]\d", m.group(0))
    ]
    yield from strong
    yield from (m.group(0) for _, m in dated)
    if url and parse_date(url):
        yield url


def author_candidates(doc: HtmlElement, lines: list[str], texts: list[str] = ()) -> Iterator[str]:  # type: ignore[assignment]
    """Author strings, best first: a labelled info line, a byline in the text, structured data, the editor.

    ``texts`` are the article's first and last paragraphs, where news bylines sit.
    """
    for line in lines:
        match = _LABELLED["author"].search(line)
        if match:
            yield match.group(1)
    for text in [*lines, *texts]:
        yield from bylines(text)
    for data in _json_ld(doc):
        author = data.get("author")
        for entry in author if isinstance(author, list) else [author]:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                yield entry["name"]
            elif isinstance(entry, str):
                yield entry
    yield from doc.xpath(" | ".join(xpaths.AUTHOR_META))
    for line in [*lines, *texts]:
        match = _EDITOR.search(line)
        if match:
            yield match.group(1)


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
    """
    for match in _SIGNED.finditer(text):
        yield match.group(1)
    for match in _REPORTER.finditer(_DATELINE.sub(" ", text)):
        yield " ".join(match.group(1).split())


def source_candidates(doc: HtmlElement, lines: list[str]) -> Iterator[str]:
    for line in lines:
        match = _LABELLED["source"].search(line)
        if match:
            yield match.group(1)
    yield from doc.xpath(" | ".join(xpaths.SOURCE_META))
    for line in lines:
        # "2024-12-18 华博范文网": a date followed by a bare name is the source.
        rest = _DATE.sub(" ", line).strip()
        if rest and not _LABEL_WORDS.search(rest) and re.fullmatch(r"[\w\u4e00-\u9fff]{2,15}", rest):
            yield rest


def category_candidates(doc: HtmlElement, url: str | None = None) -> Iterator[str]:
    """The last meaningful item of a breadcrumb (`首页 > 心得体会 > 正文` -> `心得体会`), else the
    name the page's own navigation gives the article's channel (see :func:`channel_names`)."""
    trails = [text_of(el) for el in doc.xpath(xpaths.BREADCRUMB)]
    trails += [line for line in _short_lines(doc) if _CRUMB_PREFIX.match(line)]
    for trail in trails:
        items = [item for item in _CRUMB_SPLIT.split(trail) if item]
        items = [_CRUMB_PREFIX.sub("", item).strip() for item in items]
        items = [item for item in items if not _CRUMB_SKIP.match(item)]
        # The last item is often the article title itself; take the one before it.
        if len(items) >= 2:
            yield items[-2] if len(items[-1]) > 12 else items[-1]
        elif items:
            yield items[0]
    if url:
        yield from channel_names(doc, url)


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
    folders = [f"{parts.scheme}://{parts.netloc}{parts.path[: i + 1]}" for i, c in enumerate(parts.path) if c == "/"]
    wanted = {folder: rank for rank, folder in enumerate(reversed(folders[1:]))}
    found: dict[int, str] = {}
    for link in doc.xpath(xpaths.LINKS):
        href = _INDEX_PAGE.sub("", urljoin(url, link.get("href", "").strip()))
        rank = wanted.get(href)
        if rank is None or rank in found:
            continue
        text = text_of(link)
        if 2 <= len(text) <= 12 and not _CRUMB_SKIP.match(text):
            found[rank] = text
    yield from (found[rank] for rank in sorted(found))


def _short_lines(doc: HtmlElement) -> Iterator[str]:
    """Short lines whose own text mentions a position (``当前位置：``), candidates for a breadcrumb."""
    for el in doc.xpath(xpaths.POSITION_TEXT_PARENTS):
        text = text_of(el)
        if 0 < len(text) <= 100:
            yield text


def _json_ld(doc: HtmlElement) -> Iterator[dict]:
    for raw in doc.xpath(xpaths.JSON_LD):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for entry in data if isinstance(data, list) else [data]:
            if isinstance(entry, dict):
                yield entry
                yield from (e for e in entry.get("@graph", []) if isinstance(e, dict))
