"""Kept pages (issue 15): every article page as the site sent it, zstd with a site dictionary,
and out as WARC that WARC tools read."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from fanwen.db import make_engine, migrate
from fanwen.db.pages import PageArchive, read_pages
from fanwen.db.store import ArticleStore
from fanwen.demo import build_site, serve
from fanwen.items import Article, Block, FetchedPage, Section

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
FAST = [
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "LOG_LEVEL=WARNING",
    "-s",
    "FANWEN_WORKERS=0",
]
CHROME = "<div class='nav'>" + "".join(f"<a href='/c/{n}/'>栏目{n}</a>" for n in range(40)) + "</div>"


def body(n: int) -> bytes:
    html = f"<html><head><meta charset='gbk'><title>第{n}篇</title></head><body>{CHROME}<p>第{n}篇的正文，各不相同。</p></body></html>"
    return html.encode("gbk")


def page(url: str, content: bytes) -> FetchedPage:
    headers = (("Content-Type", "text/html; charset=gbk"), ("ETag", '"v1"'), ("Content-Encoding", "gzip"))
    return FetchedPage(url, 200, headers, content, datetime(2026, 12, 1, 8, 30, 5))


def article(n: int, pages: list[FetchedPage]) -> Article:
    return Article(
        url=pages[0].url, site="s", title=f"第{n}篇", blocks=[Block("正文。")], fetched=pages,
        sections=[Section("intro", 1, None, f"第{n}篇正文。")],
    )  # fmt: skip


def test_pages_are_kept_byte_for_byte_and_a_site_dictionary_is_learned(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "x.db"))
    migrate(engine)
    archive = PageArchive(training_pages=8, dict_size=4096)
    kept = {}
    with ArticleStore(engine, archive=archive) as store:
        for n in range(1, 21):
            pages = [page(f"http://s.example/a/{n}.html", body(n))]
            if n == 3:  # a two-page article, with bytes that are no text at all
                pages.append(page("http://s.example/a/3_2.html", body(3) + b"\x00\xff"))
            store.save(article(n, pages))
            kept[n] = pages
    with engine.connect() as connection:
        for n, pages in kept.items():
            back = read_pages(connection, n)
            assert [p.body for p in back] == [p.body for p in pages]
            assert [p.url for p in back] == [p.url for p in pages]
            assert back[0].fetched_at == pages[0].fetched_at and back[0].status == 200
            headers = dict(back[0].headers)
            assert headers["Content-Type"] == "text/html; charset=gbk" and headers["ETag"] == '"v1"'
            # The body kept is the decoded one: no claim of an encoding it no longer has.
            assert "Content-Encoding" not in headers
        keys = connection.exec_driver_sql("SELECT page, dict_key FROM kept_pages ORDER BY id").all()
        dicts = connection.exec_driver_sql("SELECT key, site FROM page_dicts").all()
    # The dictionary is trained on the site's first 8 pages; the 8th and later use it.
    assert [key for _, key in keys[:7]] == [None] * 7
    assert len(dicts) == 1 and dicts[0][1] == "s"
    assert {key for _, key in keys[7:]} == {dicts[0][0]}
    assert archive.bytes_kept < archive.bytes_raw / 3


def test_an_unchanged_article_keeps_its_first_pages(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "x.db"))
    migrate(engine)
    archive = PageArchive()
    first = article(1, [page("http://s.example/1.html", body(1))])
    with ArticleStore(engine, archive=archive) as store:
        store.save(first)
        before = archive.bytes_kept
        assert store.save(first) == "unchanged"
        assert archive.bytes_kept == before


def test_a_rolled_back_batch_forgets_the_dictionary_it_trained(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "x.db"))
    migrate(engine)
    archive = PageArchive(training_pages=2, dict_size=1024)
    with ArticleStore(engine, archive=archive) as store:
        for n in (1, 2, 3):
            store.save(article(n, [page(f"http://s.example/{n}.html", body(n) * 20)]))
        store._rollback()  # as a full disk does
        store.save(article(4, [page("http://s.example/4.html", body(4) * 20)]))
    with engine.connect() as connection:
        (article_id,) = connection.exec_driver_sql("SELECT id FROM articles").one()
        assert read_pages(connection, article_id)[0].body == body(4) * 20


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    site = build_site()
    db = tmp_path_factory.mktemp("kept") / "demo.db"
    with serve(site) as base:
        command = [str(BIN / "scrapy"), "crawl", "articles", "-a", "target=demo", "-a", f"start_url={base}/"]
        result = subprocess.run(
            [*command, "-s", f"FANWEN_DB={db}", *FAST], cwd=ROOT, capture_output=True, text=True
        )
    assert result.returncode == 0, result.stderr[-3000:]
    return site, db


def test_a_crawl_keeps_every_article_page_as_the_site_sent_it(crawled) -> None:
    site, db = crawled
    engine = make_engine(str(db))
    with engine.connect() as connection:
        urls = dict(connection.exec_driver_sql("SELECT id, url FROM articles").all())
        for article_id, url in urls.items():
            demo = site.article("/" + url.split("/", 3)[3])
            pages = read_pages(connection, article_id)
            assert [p.url.split("/", 3)[3] for p in pages] == [path.lstrip("/") for path in demo.pages]
            assert [p.body for p in pages] == [site.pages[path].body for path in demo.pages]
    engine.dispose()


def test_the_kept_pages_export_as_warc_that_warcio_reads(crawled, tmp_path: Path) -> None:
    site, db = crawled
    out = tmp_path / "demo.warc.gz"
    result = subprocess.run(
        [str(BIN / "fanwen"), "export", "--db", str(db), "--format", "warc", "-o", str(out)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"wrote the kept pages of {len(site.articles)} articles" in result.stderr
    check = subprocess.run([str(BIN / "warcio"), "check", "-v", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and "digest pass" in check.stdout, check.stdout[-2000:] + check.stderr
    index = subprocess.run([str(BIN / "warcio"), "index", str(out)], capture_output=True, text=True)
    assert index.returncode == 0, index.stderr
    responses = [line for line in index.stdout.splitlines() if '"response"' in line]
    assert len(responses) == sum(len(article.pages) for article in site.articles)
    # Records are read back whole by warcio: the body of each is the page the site served.
    from warcio.archiveiterator import ArchiveIterator

    with out.open("rb") as stream:
        bodies = {
            r.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3]: r.content_stream().read()
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
        }
    assert all(bodies[path.lstrip("/")] == site.pages[path].body for a in site.articles for path in a.pages)


def test_keeping_pages_can_be_switched_off(tmp_path: Path) -> None:
    site = build_site()
    db = tmp_path / "off.db"
    with serve(site) as base:
        command = [str(BIN / "scrapy"), "crawl", "articles", "-a", "target=demo", "-a", f"start_url={base}/"]
        result = subprocess.run(
            [*command, "-s", f"FANWEN_DB={db}", "-s", "FANWEN_KEEP_PAGES=0", *FAST],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM kept_pages").fetchone()[0] == 0
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == len(site.articles)
