"""Which link is which, for the spider: pagination, an article's next page, a likely article.

Every pattern is named here (as ``fanwen.extract.xpaths`` names the selectors), so the spider's
callbacks only say "follow these".
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


def is_next_page(link_url: str, link_text: str, page_url: str) -> bool:
    """Whether a link on an article page leads to the same article's next page.

    >>> is_next_page("http://x.cn/a/7_2.html", "2", "http://x.cn/a/7.html")
    True
    >>> is_next_page("http://x.cn/a/8.html", "下一篇", "http://x.cn/a/7.html")
    False
    """
    first, number = page_of(page_url)
    link_first, link_number = page_of(link_url)
    if link_first != first or link_url == page_url:
        return False
    return link_number == number + 1 or (link_number > number and link_text.strip().lower() in NEXT_PAGE_TEXT)


def is_pager(link_url: str, link_text: str) -> bool:
    """Whether a listing's link goes to another page of the same listing.

    >>> is_pager("http://x.cn/xinde/list_2.html", "下一页"), is_pager("http://x.cn/xinde/7.html", "好文")
    (True, False)
    """
    return bool(PAGER_TEXT.match(link_text.strip()) or PAGER_URL.search(link_url))
