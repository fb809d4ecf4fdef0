"""The spider's callbacks and the small components on responses built in the test (get_crawler)."""

from __future__ import annotations

import asyncio
import gzip

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from fanwen.items import Article, Block
from fanwen.pipelines.sections import SectionsPipeline
from fanwen.pipelines.validate import ValidatePipeline
from fanwen.spiders.articles import ArticleSpider
from fanwen.spiders.bounds import Bounds, Listings

BASE = "http://site.example"
URLSET = (
    b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>http://site.example/a/1.html</loc></url><url><loc> http://site.example/a/2.html </loc></url>"
    b"</urlset>"
)
INDEX = (
    b'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<sitemap><loc>http://site.example/s1.xml.gz</loc></sitemap></sitemapindex>"
)


@pytest.fixture
def spider() -> ArticleSpider:
    crawler = get_crawler(ArticleSpider, settings_dict={"FANWEN_STORE_ENABLED": False, "FANWEN_WORKERS": 0})
    return ArticleSpider.from_crawler(crawler, target=BASE + "/")


def urls(requests) -> list[tuple[str, str]]:
    return [(r.url, r.callback.__name__) for r in requests]


def test_a_sitemap_index_leads_to_its_sitemaps(spider):
    requests = list(spider.parse_sitemap(XmlResponse(BASE + "/sitemap.xml", body=INDEX)))
    assert urls(requests) == [(BASE + "/s1.xml.gz", "parse_sitemap")]


def test_a_gzipped_sitemap_gives_article_requests(spider):
    response = Response(BASE + "/s1.xml.gz", body=gzip.compress(URLSET))
    assert urls(spider.parse_sitemap(response)) == [
        (BASE + "/a/1.html", "parse"),
        (BASE + "/a/2.html", "parse"),
    ]


def test_sitemap_lines_in_robots_txt_are_followed(spider):
    robots = TextResponse(
        BASE + "/robots.txt", body=b"User-agent: *\nSitemap: /sitemap.xml\n", encoding="utf-8"
    )
    assert urls(spider.parse_sitemap(robots)) == [(BASE + "/sitemap.xml", "parse_sitemap")]


def test_a_page_that_is_not_a_sitemap_is_counted_not_fatal(spider):
    html = HtmlResponse(BASE + "/sitemap", body=b"<html><body>moved</body></html>", encoding="utf-8")
    assert list(spider.parse_sitemap(html)) == []
    assert spider.crawler.stats.get_value("fanwen/spider/sitemap_invalid") == 1


def test_a_broken_gzip_sitemap_is_counted_not_fatal(spider):
    """A stream whose deflate data is broken raised zlib.error out of the callback: a traceback
    in the log, counted as a spider exception, and the sitemap's articles never asked for."""
    broken = Response(BASE + "/s1.xml.gz", body=b"\x1f\x8b\x08\x00" + b"not deflate at all" * 20)
    assert list(spider.parse_sitemap(broken)) == []
    assert spider.crawler.stats.get_value("fanwen/spider/sitemap_invalid") == 1


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_sitemap_cut_short_leaves_out_its_last_entry(spider, gzipped):
    """lxml reads a cut XML document as far as it goes, and its last <loc> may be a URL cut in
    the middle (http://site.example/a/2 of /a/2.html, http://127.0.0.1:39 of :39593): a request
    to a page that is not there, or to another port."""
    body = URLSET[: URLSET.index(b"2.html")]  # ...<loc> http://site.example/a/
    if gzipped:
        whole = gzip.compress(URLSET)
        body = gzip.compress(body)[:-8]  # no gzip trailer either: a download that ended early
        assert whole != body
    response = (
        Response(BASE + "/s1.xml.gz", body=body) if gzipped else XmlResponse(BASE + "/s.xml", body=body)
    )
    assert urls(spider.parse_sitemap(response)) == [(BASE + "/a/1.html", "parse")]
    assert spider.crawler.stats.get_value("fanwen/spider/sitemap_truncated") == 1


def test_a_sitemap_entry_that_is_no_web_address_is_skipped(spider):
    """An empty <loc> raised 'Missing scheme in request url' out of the callback: the entries
    after it were never asked for."""
    body = URLSET.replace(b"<url><loc>http://site.example/a/1.html</loc></url>", b"<url><loc></loc></url>"
                          b"<url><loc>mailto:editor@site.example</loc></url><url><loc>/a/3.html</loc></url>")  # fmt: skip
    response = XmlResponse(BASE + "/s.xml", body=body)
    assert urls(spider.parse_sitemap(response)) == [
        (BASE + "/a/3.html", "parse"),
        (BASE + "/a/2.html", "parse"),
    ]
    assert spider.crawler.stats.get_value("fanwen/spider/sitemap_bad_entry") == 2


def test_parse_follows_a_listing_and_yields_an_article(spider):
    asyncio.run(_parse_a_listing_and_an_article(spider))


async def _parse_a_listing_and_an_article(spider):
    listing = HtmlResponse(
        BASE + "/list/",
        encoding="utf-8",
        body='<ul><li><a href="/a/1.html">第一篇</a></li><li><a href="/list/2.html">下一页</a></li></ul>'.encode(),
    )
    spider.reader = type(spider.reader)(spider.profile, 0)
    out = [o async for o in spider.parse(listing)]
    assert all(isinstance(o, Request) for o in out)
    assert BASE + "/a/1.html" in {o.url for o in out}
    page = HtmlResponse(
        BASE + "/a/1.html",
        encoding="utf-8",
        body=("<h1>标题</h1><div><p>" + "正文内容很长。" * 40 + "</p></div>").encode(),
    )
    [article] = [o async for o in spider.parse(page)]
    assert isinstance(article, Article) and article.title == "标题"


def test_validate_drops_a_short_article_and_counts_why():
    crawler = get_crawler(settings_dict={"FANWEN_VALIDATE_MIN_CHARS": 10})
    pipeline = ValidatePipeline.from_crawler(crawler)
    kept = Article(url=BASE + "/a/1.html", title="标题", blocks=[Block("足够长的一段正文内容在此。")])
    assert pipeline.process_item(kept) is kept
    from scrapy.exceptions import DropItem

    with pytest.raises(DropItem, match="too_short"):
        pipeline.process_item(Article(url=BASE + "/a/2.html", title="标题", blocks=[Block("短")]))
    assert crawler.stats.get_value("fanwen/validate/dropped/too_short") == 1


def test_sections_counts_sections_and_headings():
    crawler = get_crawler()
    pipeline = SectionsPipeline.from_crawler(crawler)
    blocks = [
        Block("近日，规划发布，各地积极响应。"),
        Block("一、坚持大局", heading=2),
        Block("推动区域协调发展。"),
    ]
    item = pipeline.process_item(Article(url=BASE + "/a/1.html", title="t", blocks=blocks))
    assert [s.kind for s in item.sections] == ["intro", "section"]
    assert crawler.stats.get_value("fanwen/sections/sections") == 2
    assert crawler.stats.get_value("fanwen/sections/headed") == 1


COLUMN = (
    '<ul><li><a href="/xinde/1001.html">心得体会一</a></li><li><a href="/fanwen/2002.html">范文二</a></li></ul>'
    '<div><a href="/xinde/list_2.html">2</a><a href="/xinde/list_2.html">下一页</a></div>'
    '<div><a href="/zongjie/">工作总结</a><a href="/about.html">关于我们</a></div>'
).encode()


@pytest.mark.parametrize(
    ("scope", "followed"),
    [
        (None, {"/xinde/1001.html", "/fanwen/2002.html", "/xinde/list_2.html"}),  # the default: path
        ("site", {"/xinde/1001.html", "/fanwen/2002.html", "/xinde/list_2.html", "/zongjie/", "/about.html"}),
    ],
)
def test_a_column_start_url_stays_in_its_column(scope, followed):
    crawler = get_crawler(ArticleSpider, settings_dict={"FANWEN_STORE_ENABLED": False, "FANWEN_WORKERS": 0})
    spider = ArticleSpider.from_crawler(crawler, target=BASE + "/xinde/", scope=scope)
    spider.reader = type(spider.reader)(spider.profile, 0)
    listing = HtmlResponse(BASE + "/xinde/", body=COLUMN, encoding="utf-8")

    async def parse() -> list:
        return [o async for o in spider.parse(listing)]

    out = asyncio.run(parse())
    assert {o.url.removeprefix(BASE) for o in out} == followed


def test_a_page_at_the_depth_bound_takes_no_listing_page():
    """A channel page at the depth bound follows none of its links, so it is counted against the
    depth bound and takes none of the listing pages: it was refused as a listing page first
    whenever another listing had used the bound up, and the depth bound went uncounted."""
    crawler = get_crawler(ArticleSpider, settings_dict={"FANWEN_STORE_ENABLED": False, "FANWEN_WORKERS": 0})
    spider = ArticleSpider.from_crawler(crawler, target=BASE + "/", scope="site")
    spider.bounds = Bounds(listing_pages=1, depth=1)  # what start() sets from the settings
    spider.listings = Listings(spider.bounds)
    spider.crawler.stats.open_spider()

    def channel(n: int) -> HtmlResponse:
        body = f'<div><a href="/d/{n + 1}/">频道{n + 1}</a><a href="/d/x{n}/">频道x{n}</a></div>'
        return HtmlResponse(f"{BASE}/d/{n}/", body=body.encode(), encoding="utf-8")

    first = [r.url.removeprefix(BASE) for r in spider._follow(channel(0), depth=0)]
    assert first == ["/d/1/", "/d/x0/"]  # the one listing page the bound allows
    assert list(spider._follow(channel(1), depth=1)) == []
    stats = spider.crawler.stats.get_stats()
    assert stats.get("fanwen/bounds/depth") == 1
    assert "fanwen/bounds/listing_pages" not in stats


def test_an_unknown_scope_is_a_usage_error():
    crawler = get_crawler(ArticleSpider)
    with pytest.raises(SystemExit):
        ArticleSpider.from_crawler(crawler, target=BASE + "/", scope="everything")


def test_a_304_to_a_conditional_request_ends_in_the_middleware_with_a_signal():
    from fanwen import signals
    from fanwen.middlewares.notmodified import NotModified, NotModifiedMiddleware

    crawler = get_crawler()
    middleware = NotModifiedMiddleware.from_crawler(crawler)
    told: list[str] = []
    crawler.signals.connect(lambda url: told.append(url), signal=signals.article_not_modified, weak=False)
    conditional = Request(BASE + "/a/1.html", headers={"If-None-Match": '"abc"'})
    with pytest.raises(NotModified):
        middleware.process_response(conditional, Response(conditional.url, status=304))
    assert told == [BASE + "/a/1.html"]
    assert crawler.stats.get_value("fanwen/incremental/not_modified") == 1
    # A 304 nobody asked for, and any other answer, go on to the spider.
    plain = Request(BASE + "/a/2.html")
    answer = Response(plain.url, status=304)
    assert middleware.process_response(plain, answer) is answer
    ok = Response(conditional.url, status=200)
    assert middleware.process_response(conditional, ok) is ok
    assert told == [BASE + "/a/1.html"]


def _start_urls(tmp_path, start_url, caplog):
    """The requests a profile's crawl starts with when --start-url points it elsewhere."""
    profile = tmp_path / "site.toml"
    profile.write_text(
        'name = "随笔站"\nstart_urls = ["http://www.suibi.example/wenzhang/"]\n'
        'sitemaps = ["http://www.suibi.example/sitemap.xml", "http://www.suibi.example/news.xml"]\n',
        encoding="utf-8",
    )
    crawler = get_crawler(ArticleSpider, settings_dict={"FANWEN_STORE_ENABLED": False, "FANWEN_WORKERS": 0})
    spider = ArticleSpider.from_crawler(crawler, target=str(profile), start_url=start_url)
    crawler.spider = spider
    crawler.stats.open_spider()

    async def start():
        return [r.url async for r in spider.start()]

    with caplog.at_level("WARNING"):
        return asyncio.run(start()), crawler.stats.get_stats(), [r.getMessage() for r in caplog.records]


def test_a_profiles_sitemaps_on_the_host_start_url_left_are_said_not_read(tmp_path, caplog):
    """--start-url points a profile at another address (a mirror, a local copy) and the crawl
    keeps to it: the profile's sitemaps on its original host were dropped by the off-site filter
    without a word (at DEBUG). Now one WARNING line names them, and a stat counts them."""
    asked, stats, said = _start_urls(tmp_path, "http://127.0.0.1:8123/wenzhang/", caplog)
    assert asked == ["http://127.0.0.1:8123/wenzhang/"]
    assert stats["fanwen/spider/sitemaps_elsewhere"] == 2
    [line] = [m for m in said if "sitemap" in m]
    assert "http://www.suibi.example/sitemap.xml" in line and "127.0.0.1" in line


def test_a_start_url_on_the_profiles_own_host_keeps_its_sitemaps(tmp_path, caplog):
    asked, stats, said = _start_urls(tmp_path, "http://www.suibi.example/shige/", caplog)
    assert asked == [
        "http://www.suibi.example/shige/",
        "http://www.suibi.example/sitemap.xml",
        "http://www.suibi.example/news.xml",
    ]
    assert "fanwen/spider/sitemaps_elsewhere" not in stats and not [m for m in said if "sitemap" in m]


def _big_sitemap(count: int, start: int = 0) -> bytes:
    entries = "".join(f"<url><loc>{BASE}/a/{i}.html</loc></url>" for i in range(start, start + count))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</urlset>"
    ).encode()


def _limited(limit: int, **settings) -> ArticleSpider:
    crawler = get_crawler(
        ArticleSpider,
        settings_dict={
            "FANWEN_STORE_ENABLED": False,
            "FANWEN_WORKERS": 0,
            "FANWEN_MAX_PAGES": limit,
            **settings,
        },
    )
    spider = ArticleSpider.from_crawler(crawler, target=BASE + "/")
    crawler.spider = spider
    crawler.stats.open_spider()
    return spider


def test_a_sitemap_is_read_only_as_far_as_the_page_limit_reaches():
    """--max-pages 30 and a sitemap of 60,000 entries: every entry became a queued request, the
    limit dropping all but 30 of them one by one (40 s and 300 MB for 30 pages). Now the
    sitemap is read until it has given as many requests as the limit allows, no further."""
    spider = _limited(30)
    response = XmlResponse(BASE + "/sitemap.xml", body=_big_sitemap(60_000))
    requests = list(spider.parse_sitemap(response))
    assert [r.url for r in requests] == [f"{BASE}/a/{i}.html" for i in range(30)]
    assert spider.crawler.stats.get_value("fanwen/spider/sitemap_stopped") == 1
    # A second sitemap adds nothing: the limit is covered already.
    assert list(spider.parse_sitemap(XmlResponse(BASE + "/news.xml", body=_big_sitemap(10, 70_000)))) == []


def test_fresh_stored_articles_do_not_use_up_the_limit():
    """An incremental crawl drops the requests for fresh stored articles unsent: they are no
    pages, so the sitemap is read on past them (a re-crawl must still reach the new ones)."""
    from datetime import datetime

    from fanwen.state import CrawlState, KnownArticle

    spider = _limited(5)
    spider.known = CrawlState({f"{BASE}/a/{i}.html": KnownArticle(datetime.now()) for i in range(100)})
    requests = list(spider.parse_sitemap(XmlResponse(BASE + "/sitemap.xml", body=_big_sitemap(1_000))))
    assert [r.url for r in requests][-5:] == [f"{BASE}/a/{i}.html" for i in range(100, 105)]
    assert len(requests) == 105


@pytest.mark.parametrize("settings", [{"FANWEN_MAX_PAGES": 0}, {"JOBDIR": "/nonexistent/job"}])
def test_without_a_limit_or_with_a_jobdir_the_whole_sitemap_is_read(settings):
    """No limit: every entry. A JOBDIR keeps the requests past the limit for the resumed job,
    which does not read the sitemap again: there every entry is still queued."""
    spider = _limited(30, **settings)
    assert len(list(spider.parse_sitemap(XmlResponse(BASE + "/sitemap.xml", body=_big_sitemap(500))))) == 500
