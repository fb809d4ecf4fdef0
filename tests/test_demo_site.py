"""The bundled demo site: pages agree with the ground truth; the server speaks HTTP properly."""

from __future__ import annotations

import http.client
import re
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from fanwen.demo import DemoArticle, DemoSite, build_site, serve
from fanwen.demo.site import PAGE_SIZE

BLOCK_TAGS = {"p", "div", "li", "ul", "h1", "h2", "h3", "h4", "tr", "td", "table", "br", "title"}
ARTICLE_PATH = re.compile(r"^/\w+/\d+\.html$")
LISTING_PATH = re.compile(r"^/\w+/(list_\d+\.html)?$")


class _TextAndLinks(HTMLParser):
    """Visible text (block elements on their own lines) and the hrefs of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []  # (href, link text)
        self._skip = 0
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"head", "script", "style"}:
            self._skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "a":
            self._href, self._link_text = dict(attrs).get("href"), []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"head", "script", "style"}:
            self._skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._link_text)))
            self._href = None

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)
            self._link_text.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def parse(body: str) -> _TextAndLinks:
    parser = _TextAndLinks()
    parser.feed(body)
    parser.close()
    return parser


def page_text(site: DemoSite, article: DemoArticle) -> str:
    return "\n".join(parse(site.pages[p].body.decode(article.encoding)).text for p in article.pages)


def fetch(
    url: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.netloc, timeout=5)
    try:
        conn.request(method, parts.path or "/", headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def site() -> DemoSite:
    return build_site()


@pytest.fixture(scope="module")
def base_url(site: DemoSite) -> Iterator[str]:
    with serve(site) as url:
        yield url


# --- the site model and its ground truth ---


def test_site_has_thirty_articles_in_three_templates(site: DemoSite) -> None:
    assert len(site.articles) >= 30
    by_template = {a.template for a in site.articles}
    assert by_template == {"classic", "portal", "legacy"}
    assert {a.encoding for a in site.articles} == {"utf-8", "gbk"}
    assert len({a.path for a in site.articles}) == len(site.articles)


def test_seed_article_is_rebuilt_exactly(site: DemoSite) -> None:
    article = site.article("/pinglun/1001.html")
    assert (article.title, article.published, article.source) == (
        "纵深推进区域协调发展",
        date(2024, 12, 18),
        "华博范文网",
    )
    kinds = [s.kind for s in article.sections]
    assert kinds == ["intro", *["section"] * 7, "conclusion"]
    kind, level, heading, text = article.sections[1]
    assert (kind, level, heading) == ("section", 1, "坚持服务新发展格局的大局视野。")
    assert text.startswith("推动区域协调发展,对于建设全国统一大市场")
    assert article.sections[-1].text.startswith("总之,推进区域协调发展")
    for advert in (
        "预览阅读已结束,若您需要全文或代笔。",
        "请点击👉 mooonya 👈联系老师",
        "相关阅读",
        "最近更新",
    ):
        assert advert in article.adverts
    text = page_text(site, article)
    assert "\n2024-12-18 华博范文网\n" in text
    assert "坚持服务新发展格局的大局视野。推动区域协调发展," in text


def test_every_page_shows_its_truth_and_adverts(site: DemoSite) -> None:
    extra = build_site(60)
    for source, article in [
        *((site, a) for a in site.articles),
        *((extra, a) for a in extra.articles[-60:]),
    ]:
        text = page_text(source, article)
        truth = "\n".join(f"{s.heading or ''}\n{s.text}" for s in article.sections)
        assert article.title in text
        for section in article.sections:
            if section.heading:
                assert section.heading in text, (article.path, section.heading)
            for paragraph in section.paragraphs:
                assert paragraph in text, (article.path, paragraph)
        for advert in article.adverts:
            assert advert in text, (article.path, advert)
            assert advert not in truth, (article.path, advert)
        for sentence in article.keep:
            assert sentence in truth and sentence in text


def test_structures_and_keep_sentences_are_all_represented(site: DemoSite) -> None:
    sections = [s for a in site.articles for s in a.sections]
    assert {s.kind for s in sections} == {"intro", "section", "essay", "conclusion"}
    assert any(s.level == 2 and s.heading.startswith("（一）") for s in sections if s.heading)
    assert any(s.heading.startswith("篇二：") for s in sections if s.heading)
    assert any(re.match(r"\d[.、]", s.heading) for s in sections if s.heading)
    conclusions = [s.text for s in sections if s.kind == "conclusion"]
    for opener in ("总之", "综上所述", "总而言之"):
        assert any(text.startswith(opener) for text in conclusions), opener
    kept = " ".join(k for a in site.articles for k in a.keep)
    for word in ("微信", "下载", "二维码", "版权", "QQ"):
        assert word in kept
    assert {"lead", "p", "strong", "h2", "h3"} <= {m for a in site.articles for m in a.drawing.markup}


def test_metadata_lines_differ_by_template(site: DemoSite) -> None:
    portal = page_text(site, site.article("/xinde/2005.html"))
    assert "发布时间：2024-05-06 10:21 来源：本站整理 作者：张三" in portal
    assert "当前位置：首页 > 心得体会 > 正文" in portal
    assert '<meta name="author" content="张三">' in site.pages["/xinde/2005.html"].body.decode()
    legacy = site.article("/zongjie/3001.html")
    assert (legacy.published, legacy.author, legacy.source) == (date(2024, 12, 20), "刘芳", None)
    assert "2024年12月20日\xa0\xa0文/刘芳" in page_text(site, legacy)
    assert isinstance(site.article("/xinde/2005.html").published, datetime)


def test_multi_page_article_links_page_two(site: DemoSite) -> None:
    article = site.article("/xinde/2002.html")
    assert article.pages == ["/xinde/2002.html", "/xinde/2002_2.html"]
    first = parse(site.pages[article.pages[0]].body.decode())
    assert ("/xinde/2002_2.html", "下一页") in first.links
    second = page_text(site, site.article("/xinde/2002_2.html"))
    assert "二、结合岗位抓好贯彻落实" in second
    assert site.article("/zongjie/3002_2.html").encoding == "gbk"


def test_extra_articles_are_deterministic_and_spread_out() -> None:
    one, two = build_site(300), build_site(300)
    assert [(a.path, a.sections, a.adverts) for a in one.articles] == [
        (a.path, a.sections, a.adverts) for a in two.articles
    ]
    extra = one.articles[-300:]
    assert {a.template for a in extra} == {"classic", "portal", "legacy"}
    assert any(len(a.pages) > 1 for a in extra)
    for path, page in one.pages.items():
        assert page.body, path  # every page renders, and GBK pages encode


def test_twenty_thousand_articles_build_and_render_on_demand() -> None:
    big = build_site(20_000)
    assert len(big.articles) > 20_000
    assert big.pages[big.articles[-1].path].body


def test_update_article_changes_page_and_truth() -> None:
    site = build_site()
    before = site.pages["/pinglun/1002.html"]
    article = site.edit_text("/pinglun/1002.html", "办事是否方便", "办事方便与否")
    assert article.sections[0].text.startswith("办事方便与否")
    after = site.pages["/pinglun/1002.html"]
    assert "办事方便与否" in after.body.decode()
    assert after.last_modified and before.last_modified and after.last_modified > before.last_modified
    renamed = site.update_article(
        "/pinglun/1002.html", title="新标题", sections=[("intro", 1, None, "只剩一段。")]
    )
    assert renamed.sections == [("intro", 1, None, "只剩一段。")]
    assert "只剩一段。" in page_text(site, renamed)
    for advert in renamed.adverts:
        assert advert in page_text(site, renamed)


# --- the server ---


def test_pages_are_served_with_charset(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/pinglun/1001.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "纵深推进区域协调发展" in body.decode("utf-8")
    status, headers, body = fetch(base_url + "/")
    hrefs = {href for href, _ in parse(body.decode()).links}
    assert {"/pinglun/", "/xinde/", "/zongjie/"} <= hrefs


def test_gbk_page_is_gbk_bytes(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/zongjie/3001.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=gbk"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("gbk")
    assert '<meta charset="gbk">' in text
    assert "2024年度个人工作总结" in text


def test_robots_txt(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    lines = body.decode().splitlines()
    assert "Disallow: /member/" in lines
    assert f"Sitemap: {base_url}/sitemap.xml" in lines


def test_sitemap_lists_every_article(site: DemoSite, base_url: str) -> None:
    status, headers, body = fetch(base_url + "/sitemap.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.fromstring(body).findall("s:url", ns)
    assert {u.findtext("s:loc", namespaces=ns) for u in urls} == {base_url + a.path for a in site.articles}
    assert all(datetime.fromisoformat(u.findtext("s:lastmod", namespaces=ns) or "") for u in urls)


def test_listing_pagination_reaches_every_article(site: DemoSite, base_url: str) -> None:
    seen_listings, queue, found = set(), ["/"], set()
    while queue:
        path = queue.pop()
        status, headers, body = fetch(base_url + path)
        assert status == 200, path
        charset = headers["Content-Type"].split("charset=")[1]
        links = parse(body.decode(charset)).links
        articles = {href for href, _ in links if ARTICLE_PATH.match(href)}
        if path != "/":
            assert len(articles) <= PAGE_SIZE
        found |= articles
        for href, _ in links:
            if LISTING_PATH.match(href) and href not in seen_listings:
                seen_listings.add(href)
                queue.append(href)
    assert {a.path for a in site.articles} <= found
    assert "/xinde/list_2.html" in seen_listings
    first = parse(site.pages["/xinde/"].body.decode()).links
    assert ("/xinde/list_2.html", "下一页") in first


def test_conditional_requests_get_304(base_url: str) -> None:
    url = base_url + "/xinde/2001.html"
    status, headers, body = fetch(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and body
    status, headers, body = fetch(url, {"If-None-Match": etag})
    assert (status, body, headers["ETag"]) == (304, b"", etag)
    status, _, body = fetch(url, {"If-Modified-Since": last_modified})
    assert (status, body) == (304, b"")
    status, _, body = fetch(url, {"If-None-Match": '"stale"', "If-Modified-Since": last_modified})
    assert status == 200 and body


def test_changed_article_is_no_longer_304() -> None:
    site = build_site()
    with serve(site) as url:
        _, headers, _ = fetch(url + "/zongjie/3003.html")
        site.edit_text("/zongjie/3003.html", "重中之重", "头等大事")
        status, new_headers, body = fetch(
            url + "/zongjie/3003.html",
            {"If-None-Match": headers["ETag"]},
        )
        assert status == 200 and "头等大事" in body.decode("gbk")
        status, _, _ = fetch(url + "/zongjie/3003.html", {"If-Modified-Since": headers["Last-Modified"]})
        assert status == 200
        assert new_headers["Last-Modified"] != headers["Last-Modified"]


def test_unknown_path_is_404_and_head_has_no_body(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/no/such/page.html")
    assert status == 404 and "charset=utf-8" in headers["Content-Type"]
    assert fetch(base_url + "/member/login.php")[0] == 404
    status, headers, body = fetch(base_url + "/xinde/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


def test_latency_delays_every_answer() -> None:
    """Benchmarks give the demo server a real site's pace; a sleep is a lower bound, never flaky."""
    with serve(build_site(), latency=0.2) as base:
        started = time.monotonic()
        urllib.request.urlopen(base + "/robots.txt").read()
        assert time.monotonic() - started >= 0.2
