"""Every generic selector the extractor uses, named, in one home."""

from __future__ import annotations

import re

# Elements whose content is never article text. (Not <form>: ASP.NET pages wrap the whole page in one.)
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "template", "svg", "canvas", "button",
    "select", "textarea", "input", "object", "embed", "head", "nav", "footer", "aside",
)  # fmt: skip

# Elements that start a new block when met inside the content region.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "center",
        "figure",
        "figcaption",
        "address",
        "hr",
        "body",
    ]
)
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = frozenset({"strong", "b"})

# Elements that may hold the whole article.
CANDIDATE_TAGS = frozenset(
    {"div", "article", "section", "main", "td", "body", "font", "span", "center", "blockquote"}
)
# Elements whose own text is a paragraph that votes for the element holding it.
PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "div",
        "td",
        "pre",
        "li",
        "dd",
        "blockquote",
        "section",
        "article",
        "center",
        "body",
        "font",
        "span",
    }
)
# Elements inside a chosen region that may be a link list or a comment/share box to skip.
NOISE_CANDIDATE_TAGS = frozenset(
    {"div", "ul", "ol", "dl", "table", "section", "aside", "p", "span", "td", "tr"}
)
# class/id words that mark chrome, and words that mark the article.
NEGATIVE_HINT = re.compile(
    r"comment|footer|foot|sidebar|side|nav|menu|related|recommend|relate|hot|share|copyright|"
    r"banner|ad-|ads|advert|tuijian|xiangguan|links|login|breadcrumb|crumb|pinglun|toolbar|"
    r"social|qrcode|erweima|statement|disclaimer|shengming|bottom|popup|modal",
    re.I,
)
POSITIVE_HINT = re.compile(r"article|content|main|post|text|body|entry|detail|zhengwen|news|story", re.I)

TITLE_META = (
    "//meta[@property='og:title']/@content",
    "//meta[@name='title']/@content",
    "//meta[@name='ArticleTitle']/@content",
)
TITLE_HEADINGS = "//h1 | //h2 | //*[contains(@class, 'title')]"
DOC_TITLE = "//title/text()"

# One //meta scan with the names or'ed, not a union of ten scans (the same nodes, in document order).
PUBLISHED_META = (
    "//meta[@property='article:published_time' or @itemprop='datePublished' or @name='PubDate'"
    " or @name='pubdate' or @name='publishdate' or @name='publish_date'"
    " or @name='article:published_time' or @name='og:release_date'"
    " or @name='weibo: article:create_at']/@content",
    "//time/@datetime",
)
AUTHOR_META = (
    "//meta[@name='author']/@content",
    "//meta[@property='article:author']/@content",
    "//meta[@name='Author']/@content",
)
SOURCE_META = (
    "//meta[@name='source']/@content",
    "//meta[@name='ContentSource']/@content",
)
JSON_LD = "//script[@type='application/ld+json']/text()"
# Elements with a class or id first (a cheap test that rules out most); 'crumb' covers 'breadcrumb'.
BREADCRUMB = (
    "//*[@class or @id][contains(@class, 'crumb') or contains(@class, 'position')"
    " or contains(@class, 'location') or contains(@class, 'weizhi') or contains(@id, 'position')]"
)
LINKS = "//a[@href]"
# The first text node with more than whitespace in it, under an element.
FIRST_TEXT = "(.//text()[normalize-space()])[1]"
# Characters an info line must hold (the 1 or 2 of 19xx/20xx, the first character of a label),
# and the elements holding a text node with one of them: the only ones that can be an info line.
INFO_CHARS = "12作撰记文来出稿"
_HAS_INFO_CHAR = "[" + " or ".join(f"contains(., '{c}')" for c in INFO_CHARS) + "]"
INFO_TEXT_HOLDERS = f"//text(){_HAS_INFO_CHAR}/ancestor::*"
# The same, among what follows an element (relative to it): lines below the article.
FOLLOWING_INFO_TEXT_HOLDERS = f"following::text(){_HAS_INFO_CHAR}/ancestor::*"
# Block-level parents of text that names a position: breadcrumb lines without a class.
POSITION_TEXT_PARENTS = (
    "//text()[contains(., '位置')]/ancestor-or-self::*[self::div or self::p or self::span or self::td][1]"
)
