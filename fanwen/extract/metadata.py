"""Generic metadata: title, published date, author, source and category of an article page.

Each finder returns raw strings; ArticleLoader's processors clean and type them. Evidence is
taken in order of trust: structured data (meta tags, JSON-LD), then the info line printed
near the title (`发布时间：… 来源：… 作者：…`), then the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

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
_LABEL_WORDS = re.compile(
    r"(?:发布|发表|更新|时间|日期|来源|作者|编辑|责任编辑|浏览|阅读|点击|次数|人气|字号|打印|关闭|分享)"
)
_INFO_MAX = 160
_CRUMB_SPLIT = re.compile(r"\s*(?:>|»|›|/|→|＞|>>)\s*")
_CRUMB_PREFIX = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]\s*")
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
    for line in lines:
        match = _DATE.search(line)
        if match:
            yield match.group(0)
    if url and parse_date(url):
        yield url


def author_candidates(doc: HtmlElement, lines: list[str]) -> Iterator[str]:
    for data in _json_ld(doc):
        author = data.get("author")
        for entry in author if isinstance(author, list) else [author]:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                yield entry["name"]
            elif isinstance(entry, str):
                yield entry
    for line in lines:
        match = _LABELLED["author"].search(line)
        if match:
            yield match.group(1)
    yield from doc.xpath(" | ".join(xpaths.AUTHOR_META))


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


def category_candidates(doc: HtmlElement) -> Iterator[str]:
    """The last meaningful item of a breadcrumb (`首页 > 心得体会 > 正文` -> `心得体会`)."""
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


def _short_lines(doc: HtmlElement) -> Iterator[str]:
    for el in doc.iter("div", "p", "span", "td"):
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
