"""The one page path: decode, cap, profile, extract, strip, sections.

Every way a page arrives goes through :func:`read_page`: the crawl's page readers
(:mod:`fanwen.spiders.reader`), ``fanwen extract``, ``fanwen explain`` and
:mod:`fanwen.offline`, so a page gives the same article whichever way it arrives.

The crawl stops it after extraction (``PageOptions.rules`` is None): a multi-page article is
merged first, and the site's learned boilerplate is the crawl's state, so its strip and
sections run in the pipelines, through the same :func:`fanwen.strip.stage.clean_article` and
:func:`fanwen.sections.split_sections` this module calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from parsel import Selector
from w3lib.encoding import read_bom

from fanwen.extract import xpaths
from fanwen.extract.encoding import EncodingError, cap, decode_html
from fanwen.extract.page import NotAnArticle, extract_article, parse_page
from fanwen.extract.template import Template
from fanwen.items import Article, Removal
from fanwen.profiles import Profile
from fanwen.sections import split_sections
from fanwen.spiders import links
from fanwen.strip import Rule, StripResult, load_rules
from fanwen.strip.stage import apply_strip, strip_article

# Bytes that start a file which is certainly not an HTML page.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
)


# The share of NUL bytes in a page's first KiB over which it is binary (UTF-16 text that is
# mostly ASCII markup is about half NULs; a page with a stray one is text).
MAX_NUL_SHARE = 0.02


@dataclass(frozen=True)
class PageOptions:
    """What reading a page needs besides the page: the site's profile, the strip rules, an encoding.

    ``rules`` None stops the path after extraction (the crawl strips after merging an article's
    pages); :meth:`for_profile` gives the bundled rules plus the profile's own.
    """

    profile: Profile | None = None
    rules: tuple[Rule, ...] | None = None
    encoding: str | None = None  # decode with this instead of detecting (fanwen extract --encoding)
    # The site's learned template and whether to record where the page shows its slots
    # (the crawl's, see fanwen.extract.template): None and False elsewhere.
    template: Template | None = None
    observe: bool = False
    # Whether to find the links to the article's next page (the spider follows them); pages
    # already fetched (fanwen reprocess, the crawl-end re-check) need not.
    next_pages: bool = True

    @classmethod
    def for_profile(cls, profile: Profile | None = None, encoding: str | None = None) -> PageOptions:
        return cls(profile, tuple(load_rules(profile.rules if profile else ())), encoding)


@dataclass
class Page:
    """What a page gave: the article, or the reason (``undecodable``/``not_article``) and a message.

    ``strip``/``after``: the strip decisions on the content and on the text after it, when the
    path ran the strip stage (``fanwen explain`` prints them). ``extracted``: the removals the
    extraction recorded (lines of the region it left out: an info line, a link beside a sentence),
    which open ``article.removed``.
    """

    article: Article | None
    outcomes: list[str] = field(default_factory=list)  # stats: encoding/<source>, capped
    problem: str | None = None
    message: str = ""
    next_pages: list[str] = field(default_factory=list)  # links to the article's next page
    strip: StripResult | None = None
    after: StripResult | None = None
    extracted: list[Removal] = field(default_factory=list)


def is_binary(body: bytes) -> bool:
    """Whether bytes are a known binary format, or their first KiB is NUL bytes for more than
    :data:`MAX_NUL_SHARE` without a UTF-16/32 BOM (binary data, or UTF-16 text with no BOM).

    A few NUL bytes are no sign: a CMS that pads a field with them, a template with a stray one
    (a browser shows the page; the parser drops them). One NUL in the first KiB made the whole
    page "not HTML".

    >>> is_binary(b"\\x89PNG\\r\\n"), is_binary("<p>中</p>".encode("utf-16")), is_binary(b"<p>x</p>")
    (True, False, False)
    >>> is_binary("<p>中</p>".encode("utf-16-le")), is_binary(b"<p>x\\x00</p>" + b"<p>text</p>" * 200)
    (True, False)
    """
    if body.lstrip()[:8].startswith(_BINARY_MAGIC):
        return True
    head = body[:1024]
    return head.count(b"\x00") > MAX_NUL_SHARE * len(head) and not read_bom(body)[0]


def read_page(
    body: bytes,
    url: str | None,
    options: PageOptions = PageOptions(),
    content_type: str | None = None,
    continuation: bool = False,
) -> Page:
    """The article on a page's bytes, stripped and sectioned when ``options.rules`` is set.

    Decoding: ``options.encoding`` if given, else BOM, ``content_type``'s charset, ``<meta>``,
    each checked by detection (:func:`fanwen.extract.encoding.decode_html`). A page over the
    cap is read from its start and its article flagged ``truncated``.
    ``continuation``: page 2, 3... of an article (see :func:`fanwen.extract.page.extract_article`).

    >>> html = '<h1>标题</h1><div><p>' + '正文内容很长。' * 40 + '</p></div><a href="7_2.html">下一页</a>'
    >>> page = read_page(html.encode(), "http://x.cn/a/7.html", content_type="text/html; charset=utf-8")
    >>> page.article.title, page.next_pages, page.problem
    ('标题', ['http://x.cn/a/7_2.html'], None)
    >>> read_page(b"<p>short</p>", "http://x.cn/").problem
    'not_article'
    >>> read_page(b"%PDF-1.4 ...", None).message
    'not HTML: the bytes look like a binary file'
    """
    body, capped = cap(body)
    if is_binary(body):
        return Page(None, problem="undecodable", message="not HTML: the bytes look like a binary file")
    try:
        decoded = decode_html(body, header=content_type, given=options.encoding)
    except EncodingError as exc:
        return Page(None, problem="undecodable", message=str(exc))
    outcomes = [f"encoding/{decoded.source}"] + (["capped"] if capped else [])
    # A UTF-8 page decoded without a replacement (and no BOM cut off) is its bytes' strict
    # decoding: the parser may read those bytes rather than the text encoded again.
    utf8 = body if decoded.encoding == "utf-8" and not decoded.replaced and decoded.source != "bom" else None
    return read_html(decoded.text, url, options, continuation, outcomes, utf8)


def read_html(
    html: str,
    url: str | None,
    options: PageOptions = PageOptions(),
    continuation: bool = False,
    outcomes: Sequence[str] = (),
    utf8: bytes | None = None,
) -> Page:
    """:func:`read_page` from the extraction on, for a page already decoded (``utf8``: the bytes
    ``html`` is the strict UTF-8 decoding of, when there are such: see
    :func:`fanwen.extract.page.parse_page`).

    >>> read_html('{"title": "标题"}', None).message
    'not HTML: the text is JSON'
    >>> read_html('<?xml version="1.0"?><rss><channel><title>标题</title></channel></rss>', None).message
    'not HTML: the text is XML'
    """
    selector, cut = parse_page(html, utf8)
    if selector.type == "json":  # parsel reads such text as JSON: no tree to extract from
        return Page(None, list(outcomes), problem="undecodable", message="not HTML: the text is JSON")
    if selector.type == "xml":  # a feed, a sitemap: XML elements, no page (an XHTML page is HTML)
        return Page(None, list(outcomes), problem="undecodable", message="not HTML: the text is XML")
    if cut:  # the page nests deeper than the parser builds: its end is lost (fanwen.extract.page)
        outcomes = [*outcomes, "too_deep"]
    try:
        article = extract_article(
            selector, url, options.profile, continuation, options.template, options.observe
        )
    except NotAnArticle as exc:
        reasons = [*outcomes, f"not_article/{exc.reason}"]
        return Page(None, reasons, problem="not_article", message=str(exc))
    article.truncated = article.truncated or "capped" in outcomes or cut
    outcomes = [*outcomes, *([f"platform/{article.platform}"] if article.platform else [])]
    found = next_pages(selector, url) if url and options.next_pages else []
    page = Page(article, outcomes, next_pages=found, extracted=list(article.removed))
    if options.rules is not None:
        page.strip, page.after = strip_article(article, options.rules)
        apply_strip(article, page.strip, page.after)
        article.sections = split_sections(article.blocks, article.title)
    return page


def next_pages(selector: Selector, url: str) -> list[str]:
    """The links on an article page to the article's next page (``下一页``, ``_2.html``)."""
    # As Scrapy's response.urljoin: relative to the page's <base href> when it has one.
    base = next(iter(xpaths.of_page(selector.root, xpaths.BASE_HREF)), None)
    base = _join(url, base.strip()) or url if base else url
    page = links.page_of(url)
    stem = links.page_stem(page[0])
    # An article at a folder address (/2024/05/story/) has no stem: a page of it keeps the
    # folder and numbers itself in the query, so its link holds a "?" (a link without one
    # resolves to another path, or to this page's own address and number; not so for a
    # fragment under a <base href> with a query of its own).
    if not stem and base == url:
        stem = "?"
    found = []
    for anchor in xpaths.of_page(selector.root, xpaths.ANCHORS):
        href = (anchor.get("href") or "").strip()
        # Most links of a page go elsewhere: test the raw href before resolving it or reading its text.
        if not href or not (href.startswith("?") or stem in href):
            continue
        if stem not in ("", "?") and not _may_be_page(href, stem):
            continue
        link = _join(base, href)
        if link and links.is_next_page(link, anchor.text_content().strip(), url, page):
            found.append(link)
    return found


def _join(base: str, href: str) -> str | None:
    """``urljoin``, or None for an address it refuses (``http://[``: "Invalid IPv6 URL").

    >>> _join("http://x.cn/a/7.html", "7_2.html"), _join("http://x.cn/a/7.html", "http://[7_2.html")
    ('http://x.cn/a/7_2.html', None)
    """
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def _may_be_page(href: str, stem: str) -> bool:
    """Whether a raw ``href`` may lead to a page of the article whose first page's file stem is
    ``stem``: its file (the path's last segment) starts with the stem (``7_2.html``, ``show.php``)
    or is decided by resolving it (none, ``.``, ``..``). Resolving keeps the file's name but for
    the characters an address drops (tabs and line breaks, control characters and spaces
    opening it). A short stem (``1`` of ``1.html``) is in most of a page's links; resolving each
    was 1 ms a page on en-aeb and 10 on a news page whose article is ``1.html``.

    >>> _may_be_page("/a/7_2.html", "7"), _may_be_page("/7/list.html", "7"), _may_be_page("?page=2", "7")
    (True, False, True)
    """
    path = href.partition("#")[0].partition("?")[0]
    name = path.rpartition("/")[2].translate(_DROPPED).lstrip(_OPENING)
    return name in ("", ".", "..") or name.startswith(stem)


# What urlsplit drops from an address anywhere, and from its start.
_DROPPED = str.maketrans("", "", "\t\r\n")
_OPENING = "".join(map(chr, range(33)))
