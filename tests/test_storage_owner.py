"""One storage owner per crawl: the extension every component asks, and the incremental
middleware that filters the spider's requests with the crawl state it reads."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from fanwen.db import make_engine
from fanwen.extensions.storage import Storage
from fanwen.items import Article, Section
from fanwen.middlewares.incremental import IncrementalMiddleware
from fanwen.pipelines.store import StorePipeline
from fanwen.pipelines.strip import StripPipeline
from fanwen.state import utcnow

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://www.example.cn"


class SiteSpider(Spider):
    name = "example"


def crawler_for(db: Path, **settings: object):
    crawler = get_crawler(
        SiteSpider,
        {"FANWEN_DB": str(db), "EXTENSIONS": {"fanwen.extensions.storage.Storage": 0}, **settings},
    )
    crawler.spider = crawler._create_spider()
    return crawler


def test_every_component_of_a_crawl_asks_the_same_owner(tmp_path):
    crawler = crawler_for(tmp_path / "f.db")
    extension = crawler.get_extension(Storage)
    assert extension is not None
    store = build_from_crawler(StorePipeline, crawler)
    strip = build_from_crawler(StripPipeline, crawler)
    middleware = build_from_crawler(IncrementalMiddleware, crawler)
    assert store.storage is strip.storage is middleware.storage is extension is Storage.of(crawler)
    # Nothing is opened until the crawl opens.
    assert extension.engine is None and not (tmp_path / "f.db").exists()


def test_no_owner_and_no_middleware_when_the_crawl_stores_nothing(tmp_path):
    crawler = crawler_for(tmp_path / "f.db", FANWEN_STORE_ENABLED=False)
    assert Storage.of(crawler) is None
    assert crawler.get_extension(Storage) is None


def test_spiders_do_not_import_the_database_layer():
    for path in (ROOT / "fanwen" / "spiders").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        ]
        assert not [m for m in modules if m == "fanwen.db" or m.startswith("fanwen.db.")], path.name


def stored_crawl(db: Path, urls: list[str]) -> None:
    """A first crawl that stored ``urls`` (with an ETag) and finished."""
    crawler = crawler_for(db)
    storage = Storage.of(crawler)
    assert storage is not None and storage.open()
    assert storage.store is not None
    for url in urls:
        storage.store.save(
            Article(
                url=url,
                site="example",
                title="标题",
                etag='"v1"',
                sections=[Section("intro", 1, None, "正文。")],
            )
        )
    storage.store.flush()
    storage.spider_closed("finished")


def test_the_middleware_drops_fresh_articles_and_asks_due_ones_conditionally(tmp_path):
    db = tmp_path / "f.db"
    fresh, due, new = f"{BASE}/a/1.html", f"{BASE}/a/2.html", f"{BASE}/a/3.html"
    stored_crawl(db, [fresh, due])
    engine = make_engine(str(db))
    with engine.begin() as connection:  # the second article was last seen two days ago
        connection.exec_driver_sql(
            "UPDATE articles SET last_seen = ? WHERE url = ?", (utcnow() - timedelta(days=2), due)
        )
    engine.dispose()

    crawler = crawler_for(db)
    middleware = build_from_crawler(IncrementalMiddleware, crawler)
    listing = HtmlResponse(f"{BASE}/list.html", body=b"<html></html>")
    requests = [Request(fresh), Request(due), Request(new), Request(fresh, dont_filter=True)]
    # Before the spider asked for the crawl state, everything passes.
    assert list(middleware.process_spider_output(listing, iter(requests))) == requests
    state = Storage.of(crawler).crawl_state("example", timedelta(days=1))
    assert (len(state), state.complete) == (2, True)
    out = list(middleware.process_spider_output(listing, iter(requests)))
    assert [r.url for r in out] == [due, new, fresh]
    assert out[0].headers.get("If-None-Match") == b'"v1"'
    assert out[1].headers.get("If-None-Match") is None
    stats = crawler.stats
    assert stats.get_value("fanwen/incremental/fresh_skipped") == 1
    assert stats.get_value("fanwen/incremental/refreshed") == 1
    assert stats.get_value("fanwen/incremental/known") == 2
    Storage.of(crawler).spider_closed("finished")
