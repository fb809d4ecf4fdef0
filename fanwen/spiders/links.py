"""Which link is which, for the spider: pagination, an article's next page, a likely article.

Every pattern is named here (as ``fanwen.extract.xpaths`` names the selectors), so the spider's
callbacks only say "follow these".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector
from w3lib.url import canonicalize_url

# Link texts of a pager: page numbers and the words Chinese sites put around them.
PAGER_TEXT = re.compile(
    r"^(?:\d{1,4}|\[\d{1,4}\]|下一页|上一页|下页|上页|首页|尾页|末页|最后一页|第一页|后页|前页"
    r"|next|prev|previous|next page|last|first|»|«|›|‹|>>|<<)$",
    re.IGNORECASE,
)
# URLs of listing pages after the first: list_2.html, index_3.html, ?page=2, /page/2/.
PAGER_URL = re.compile(
    r"(?:[/_-](?:list|index|page|p)[_-]?\d+\.s?html?$|[?&](?:page|p|pn|pg)=\d+|/page/\d+/?$)"
)
# Words of an article's "next page" link (not 下一篇, the next article).
NEXT_PAGE_TEXT = frozenset({"下一页", "下页", "后页", "next page", "next", "»", ">>"})
# The page number inside an article URL: 2002_2.html, 2002-2.htm.
PAGE_SUFFIX = re.compile(r"^(?P<stem>.+?)[_-](?P<number>\d{1,3})(?P<ext>\.s?html?)$")
PAGE_PARAMS = frozenset({"page", "p", "pn", "pg"})
# Without a profile's article_url: what an article URL usually looks like (a numbered page).
LIKELY_ARTICLE = re.compile(r"/[^/?#]*\d{3,}[^/?#]*\.(?:s?html?|php|aspx?)$")


# Query parameters that only track a visit or sort a listing: the same page without them.
NOISE_PARAMS = re.compile(
    r"^(?:utm_\w+|spm|gclid|fbclid|yclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|sort|sortby|sort_by|order|orderby|order_by)$",
    re.IGNORECASE,
)


def canonical(url: str) -> str:
    """The one spelling of a URL the crawl asks for and stores: w3lib's canonical form (query
    sorted, fragment dropped, escapes normalised) without tracking or sorting parameters.

    >>> canonical("http://x.cn/a/7.html?utm_source=wx&b=2&a=1#top")
    'http://x.cn/a/7.html?a=1&b=2'
    >>> canonical("http://x.cn/list/?order=desc&spm=1.2")
    'http://x.cn/list/'
    """
    parts = urlsplit(url)
    if parts.query:
        kept = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not NOISE_PARAMS.match(k)
        ]
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))
    return canonicalize_url(url)


# A channel's front page: a folder URL, or its index page.
CHANNEL_INDEX = re.compile(r"(?:index|default)\.(?:s?html?|php|aspx?|jsp)$")
CHANNEL_NAME = re.compile(r"^[^\d\s]{2,12}$")
NOT_CHANNEL_NAMES = frozenset({"首页", "主页", "网站首页", "返回首页", "更多", "更多>>", "more", "home"})


def channel(link_url: str, link_text: str) -> str | None:
    """The folder a menu link names, when the link looks like one to a channel's front page.

    >>> channel("http://x.cn/pinglun/", "时事评论"), channel("http://x.cn/pinglun/index.html", "评论")
    ('http://x.cn/pinglun/', 'http://x.cn/pinglun/')
    >>> channel("http://x.cn/", "首页"), channel("http://x.cn/pinglun/", "更多")
    (None, None)
    """
    text = link_text.strip()
    if not CHANNEL_NAME.match(text) or text.lower() in NOT_CHANNEL_NAMES:
        return None
    parts = urlsplit(link_url)
    path = CHANNEL_INDEX.sub("", parts.path)
    if not path.endswith("/") or path == "/" or parts.query:
        return None
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def scope_prefix(start_url: str) -> str:
    """What a listing URL starts with to be inside a start URL's path (``--scope path``).

    >>> scope_prefix("http://x.cn/xinde/"), scope_prefix("http://x.cn/xinde/index.html")
    ('http://x.cn/xinde/', 'http://x.cn/xinde/')
    >>> scope_prefix("http://x.cn/xinde"), scope_prefix("http://x.cn")
    ('http://x.cn/xinde', 'http://x.cn/')
    """
    parts = urlsplit(start_url)
    path = parts.path or "/"
    if "." in path.rsplit("/", 1)[-1]:  # a page (index.html, list_1.htm): its folder
        path = path.rsplit("/", 1)[0] + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def folders(url: str) -> list[str]:
    """The folders above a page, nearest first, the site root left out.

    >>> folders("http://x.cn/a/b/7.html")
    ['http://x.cn/a/b/', 'http://x.cn/a/']
    """
    parts = urlsplit(url)
    cuts = [i + 1 for i, char in enumerate(parts.path) if char == "/"][1:]
    return [urlunsplit((parts.scheme, parts.netloc, parts.path[:cut], "", "")) for cut in reversed(cuts)]


def page_of(url: str) -> tuple[str, int]:
    """An article page's URL as (the article's first-page URL, page number).

    >>> page_of("http://x.cn/xinde/2002_2.html")
    ('http://x.cn/xinde/2002.html', 2)
    >>> page_of("http://x.cn/show.php?id=5&page=3")
    ('http://x.cn/show.php?id=5', 3)
    >>> page_of("http://x.cn/xinde/2002.html")
    ('http://x.cn/xinde/2002.html', 1)
    """
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    number = 1
    kept = []
    for name, value in query:
        if name.lower() in PAGE_PARAMS and value.isdigit():
            number = int(value)
        else:
            kept.append((name, value))
    path = parts.path
    head, _, last = path.rpartition("/")
    match = PAGE_SUFFIX.match(last)
    if match:
        number = int(match["number"])
        path = f"{head}/{match['stem']}{match['ext']}"
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(kept), "")), number


def is_next_page(link_url: str, link_text: str, page_url: str, page: tuple[str, int] | None = None) -> bool:
    """Whether a link on an article page leads to the same article's next page.

    ``page``: ``page_of(page_url)``, when the caller tests many links of one page.

    >>> is_next_page("http://x.cn/a/7_2.html", "2", "http://x.cn/a/7.html")
    True
    >>> is_next_page("http://x.cn/a/8.html", "下一篇", "http://x.cn/a/7.html")
    False
    """
    first, number = page if page is not None else page_of(page_url)
    link_first, link_number = page_of(link_url)
    if link_first != first or link_url == page_url:
        return False
    return link_number == number + 1 or (link_number > number and link_text.strip().lower() in NEXT_PAGE_TEXT)


def page_stem(first_page_url: str) -> str:
    """What every page URL of an article keeps of its first page's: the file stem (``7`` of
    ``7.html`` for ``7_2.html``, ``show`` for ``show.php?id=5&page=3``). A raw ``href`` that
    holds neither the stem nor starts a bare query (``?page=3``) is no page of the article, and
    needs no resolving.

    >>> page_stem("http://x.cn/a/7.html"), page_stem("http://x.cn/show.php?id=5")
    ('7', 'show')
    """
    return urlsplit(first_page_url).path.rpartition("/")[2].partition(".")[0]


def anchors(selector: Selector) -> Iterator[tuple[str, str]]:
    """``(href, text)`` of a parsed page's links, in document order.

    >>> from parsel import Selector
    >>> list(anchors(Selector(text='<a href="7_2.html"> 下一页 </a><a name="x">no href</a>')))
    [('7_2.html', '下一页')]
    """
    for link in selector.root.iter("a"):
        href = link.get("href")
        if href:
            yield href.strip(), link.text_content().strip()


def is_pager(link_url: str, link_text: str) -> bool:
    """Whether a listing's link goes to another page of the same listing.

    >>> is_pager("http://x.cn/xinde/list_2.html", "下一页"), is_pager("http://x.cn/xinde/7.html", "好文")
    (True, False)
    """
    return bool(PAGER_TEXT.match(link_text.strip()) or PAGER_URL.search(link_url))
