"""Learned site templates in a crawl: the pages where detection alone errs come out right once
the site's first pages have shown its template, whichever order the pages arrive in, and what
was learned is stored and read back as a profile (tests/templated_site.py is the site)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import templated_site as site
from click.testing import CliRunner
from parsel import Selector

from fanwen.cli import main
from fanwen.extract.page import extract_article
from fanwen.extract.template import Signature, Template, TemplateCounts, TemplateOptions, learn
from fanwen.profiles import ProfileError, load, parse

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
FAST = ["-L", "INFO", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]
TEMPLATE = Template(
    content=("div#wrap > div.article-body",),
    title=("div#wrap > h1",),
    published=("div#wrap > div.riqi",),
    author=("div#wrap > div.info",),
)


def _read(n: int, template: Template | None = None):
    return extract_article(
        Selector(text=site.page(n)), f"http://x.cn/a/{1000 + n}.html", None, template=template
    )


def _right(article, n: int) -> bool:
    text = "\n".join(b.text for b in article.blocks)
    return (
        article.title == site.title(n)
        and article.published == datetime(2023, 5, n)
        and article.author == site.AUTHORS[n - 1]
        and site.paragraph(n, 2) in text
        and "专题" not in text
    )


def test_detection_alone_errs_on_the_sidebar_and_feed_pages():
    wrong = [n for n in site.PAGES if not _right(_read(n), n)]
    assert wrong == sorted([*site.SIDEBAR_PAGES, site.FEED_PAGE])
    sidebar = _read(site.SIDEBAR_PAGES[0])
    assert (sidebar.author, sidebar.published) == ("李四", datetime(2024, 3, 1, 12, 0))


def test_the_template_learned_from_the_pages_reads_every_page_right():
    counts = learn(site.page(n) for n in site.PAGES)
    assert counts.template().decided() == TEMPLATE.decided()
    assert [n for n in site.PAGES if not _right(_read(n, TEMPLATE), n)] == []


def test_where_the_template_does_not_match_detection_reads_the_page():
    page = extract_article(
        Selector(text=site.page(site.OTHER_LAYOUT_PAGE)), None, None, template=TEMPLATE, observe=True
    )
    assert _right(page, site.OTHER_LAYOUT_PAGE)
    assert page.template_seen is not None and page.template_seen.applied == frozenset()
    assert page.template_seen.content == "body > div.special > div.report"


def test_a_slot_that_stops_agreeing_is_dropped_and_another_learned():
    counts = TemplateCounts(TemplateOptions(min_pages=3, min_share=0.6))
    for _ in range(4):
        counts.observe(Signature(content="div.old", published="div.riqi"))
    assert counts.template().published == ("div.riqi",)
    # The site moved its date: the old slot is still on the page, empty; detection finds the new one.
    moved = Signature(content="div.old", published="p.date", elsewhere=(("published", "div.riqi"),))
    for _ in range(3):
        counts.observe(moved)
    assert counts.template().published == ("p.date",)  # div.riqi: 4 of the 7 pages that have it


def test_a_site_with_two_layouts_learns_both_and_a_feed_path_neither():
    pages = [site.page(n) for n in site.PAGES] + [site.other_page(n) for n in range(10, 14)]
    template = learn(pages).template()
    assert template.content == ("div#wrap > div.article-body", "body > div.special > div.report")
    assert template.published == ("div#wrap > div.riqi", "body > div.special > p.by")
    # The feed page's region (div#wrap) is on every page of the first layout: it is no layout.
    assert ("content", "div#wrap") in template.candidates
    for n in (site.FEED_PAGE, site.OTHER_LAYOUT_PAGE):
        assert _right(_read(n, template), n)


class _Site:
    """The templated site on 127.0.0.1, its listing in the order given."""

    def __init__(self, order: list[int], pages: dict[str, str] | None = None) -> None:
        pages = dict(pages or site.pages())
        items = "".join(f'<li><a href="/a/{1000 + n}.html">{site.title(n)}</a></li>' for n in order)
        pages["/"] = (
            f'<html><head><meta charset="utf-8"><title>某某文苑</title></head><body><ul>{items}</ul></body></html>'
        )

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = pages.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _crawl(
    db: Path, order: list[int], *settings: str, pages: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    served = _Site(order, pages)
    try:
        command = [str(BIN / "fanwen"), "crawl", f"{served.base}/", "--db", str(db), *FAST]
        for setting in settings:
            command += ["-s", setting]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    finally:
        served.close()


def _stored(db: Path) -> dict[str, tuple]:
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute("SELECT url, title, published, author, text FROM articles").fetchall()
        revisions = connection.execute("SELECT count(*) FROM article_revisions").fetchone()[0]
    finally:
        connection.close()
    assert revisions == 0  # a page read again replaces its first reading, no revision
    return {
        url.rsplit("/", 1)[1]: (title, published[:10], author, text)
        for url, title, published, author, text in rows
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The site crawled one page at a time in two orders: the sidebar and feed pages first
    (before any template), and last (after it); and as a crawl runs by default, many pages at
    once on two page readers (the order they are read in is the machine's)."""
    bad_first = [*site.SIDEBAR_PAGES, site.FEED_PAGE]
    orders = {
        "bad_first": bad_first + [n for n in site.PAGES if n not in bad_first],
        "bad_last": [n for n in site.PAGES if n not in bad_first] + bad_first,
    }
    dbs = {}
    for name, order in orders.items():
        db = tmp_path_factory.mktemp(name) / "t.db"
        # One request at a time, in listing order (Scrapy's queue is LIFO: the listing reversed).
        result = _crawl(
            db,
            order[::-1],
            "CONCURRENT_REQUESTS=1",
            "FANWEN_WORKERS=0" if name == "bad_last" else "FANWEN_WORKERS=1",
        )
        assert result.returncode == 0, result.stderr[-3000:]
        dbs[name] = db
    db = tmp_path_factory.mktemp("concurrent") / "t.db"
    result = _crawl(db, orders["bad_first"][::-1], "FANWEN_WORKERS=2")
    assert result.returncode == 0, result.stderr[-3000:]
    dbs["concurrent"] = db
    yield dbs


def test_a_crawl_stores_every_page_right_whichever_pages_come_first(crawled):
    stored = {name: _stored(db) for name, db in crawled.items()}
    assert stored["bad_first"] == stored["bad_last"] == stored["concurrent"]
    for n in site.PAGES:
        title, published, author, text = stored["bad_first"][f"{1000 + n}.html"]
        assert (title, published, author) == (site.title(n), f"2023-05-{n:02d}", site.AUTHORS[n - 1]), n
        assert site.paragraph(n, 2) in text and "专题" not in text, n


def test_the_template_a_crawl_learned_is_read_back_as_a_profile(crawled, tmp_path):
    out = tmp_path / "wenyuan.toml"
    result = CliRunner().invoke(
        main,
        ["profile", "learn", "--site", "127.0.0.1", "--db", str(crawled["bad_first"]), "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert 'name = "127.0.0.1"' in text and "[template]" in text and "of 9 pages" in text
    profile = load(str(out))
    assert profile.start_urls[0].startswith("http://127.0.0.1:")  # where the crawls went: crawlable as it is
    assert profile.template.decided() == TEMPLATE.decided()
    assert profile.selectors.content == ()
    # Read as the crawl read them: the article where detection errs, detection where the
    # template finds nothing (the other layout).
    for n in (*site.SIDEBAR_PAGES, site.FEED_PAGE, site.OTHER_LAYOUT_PAGE):
        assert _right(extract_article(Selector(text=site.page(n)), None, profile), n)


def test_profile_learn_for_a_site_with_nothing_learned_says_so(crawled):
    result = CliRunner().invoke(
        main, ["profile", "learn", "--site", "nosuch", "--db", str(crawled["bad_first"])]
    )
    assert result.exit_code == 1
    assert "no template learned for site 'nosuch'" in result.output and "127.0.0.1" in result.output


def _stats(db: Path) -> dict:
    import json

    connection = sqlite3.connect(db)
    try:
        return json.loads(connection.execute("SELECT stats_json FROM crawl_runs").fetchone()[0])
    finally:
        connection.close()


def test_pages_read_before_the_template_are_read_again_and_the_later_ones_by_it(crawled):
    first, last = _stats(crawled["bad_first"]), _stats(crawled["bad_last"])
    # Sidebar and feed pages first: read by detection, then again once the template formed.
    assert first["fanwen/template/reread"] == 3
    assert first["fanwen/store/articles_replaced"] == 3
    assert first["fanwen/store/articles_new"] == len(site.PAGES)
    # Last: the template formed on the first three pages and read the six after them, but for
    # the other layout's page, which missed its content slot.
    assert "fanwen/template/reread" not in last
    assert last["fanwen/template/applied/content"] == 5
    assert last["fanwen/template/missed/content"] == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return request.getfixturevalue("postgres_url")


def test_the_store_counts_new_articles_and_replaces_a_reread_without_a_revision(db_url):
    from sqlalchemy import func, select

    from fanwen.db import ArticleStore, make_engine, migrate
    from fanwen.db.tables import articles_table, revisions_table
    from fanwen.db.template import load_counts
    from fanwen.items import Article, Section

    def article(n: int, author: str, seen: Signature, reread: bool = False) -> Article:
        return Article(
            url=f"https://www.example.cn/a/{n}.html",
            site="example",
            title=f"第{n}篇",
            author=author,
            sections=[Section("intro", 1, None, "正文。")],
            template_seen=seen,
            reread=reread,
        )

    engine = make_engine(db_url)
    migrate(engine)
    try:
        passed = (("content", "div#wrap"),)
        with ArticleStore(engine) as store:
            assert (
                store.save(article(1, "李四", Signature(content="div.body", author="div.side > p"))) == "new"
            )
            assert store.save(article(2, "王五", Signature(content="div.body", elsewhere=passed))) == "new"
            # Page 1 read again by the template: its author changes, nothing else.
            again = Signature(content="div.body", author="div.info", applied=frozenset({"content", "author"}))
            assert store.save(article(1, "张三", again, reread=True)) == "replaced"
        assert load_counts(engine, "example") == {
            ("*", ""): (2, 0),
            ("content", "div.body"): (2, 0),
            ("author", "div.side > p"): (1, 0),
            ("content", "div#wrap"): (0, 1),
        }
        with engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(revisions_table)).scalar() == 0
            author = select(articles_table.c.author).where(
                articles_table.c.url == "https://www.example.cn/a/1.html"
            )
            assert connection.execute(author).scalar() == "张三"
    finally:
        engine.dispose()


def test_the_next_crawl_of_the_site_reads_every_page_by_the_stored_template(crawled, tmp_path):
    import shutil

    db = tmp_path / "again.db"
    shutil.copy(crawled["bad_first"], db)
    bad_first = [*site.SIDEBAR_PAGES, site.FEED_PAGE]
    order = bad_first + [n for n in site.PAGES if n not in bad_first]
    result = _crawl(db, order[::-1], "CONCURRENT_REQUESTS=1", "FANWEN_WORKERS=0")  # another port: new URLs
    assert result.returncode == 0, result.stderr[-3000:]
    connection = sqlite3.connect(db)
    try:
        import json

        stats = json.loads(
            connection.execute("SELECT stats_json FROM crawl_runs ORDER BY id DESC").fetchone()[0]
        )
    finally:
        connection.close()
    # From the first page on: nothing to learn again, nothing to read twice.
    assert "fanwen/template/changed" not in stats and "fanwen/template/reread" not in stats
    assert stats["fanwen/template/applied/content"] == len(site.PAGES) - 1
    assert stats["fanwen/template/applied/published"] == len(site.PAGES) - 1
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute("SELECT title, published, author FROM articles").fetchall()
    finally:
        connection.close()
    assert len(rows) == 2 * len(site.PAGES)  # both crawls' URLs, every one right
    by_title = {site.title(n): (f"2023-05-{n:02d}", site.AUTHORS[n - 1]) for n in site.PAGES}
    assert all((published[:10], author) == by_title[title] for title, published, author in rows)


def test_a_profile_template_path_must_be_css():
    with pytest.raises(
        ProfileError, match=r"template.content\[0\] '//div': a template path is CSS, not XPath"
    ):
        parse({"template": {"content": ["//div"]}}, "x")
    with pytest.raises(ProfileError, match="unknown template slot"):
        parse({"template": {"body": ["div"]}}, "x")


def test_profile_learn_from_urls_fetches_them_and_says_which_failed():
    served = _Site(list(site.PAGES))
    try:
        urls = [f"{served.base}/a/{1000 + n}.html" for n in site.PAGES] + [f"{served.base}/a/404.html"]
        result = CliRunner().invoke(main, ["profile", "learn", *urls, "--name", "wenyuan"])
    finally:
        served.close()
    assert result.exit_code == 0, result.output
    assert "fanwen profile learn: " in result.output and "/a/404.html: HTTP 404" in result.output
    assert 'content = ["div#wrap > div.article-body"]' in result.output
    assert "from 9 page(s)" in result.output


def test_profile_check_shows_what_each_template_path_finds(tmp_path):
    profile = tmp_path / "wenyuan.toml"
    profile.write_text(
        'name = "wenyuan"\n[template]\ncontent = ["div.nowhere", "div#wrap > div.article-body"]\n'
        'title = ["div#wrap > h1"]\npublished = ["div#wrap > div.riqi"]\n',
        encoding="utf-8",
    )
    page = tmp_path / "6.html"
    page.write_text(site.page(site.FEED_PAGE), encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "check", str(profile), "--page", str(page)])
    assert result.exit_code == 0, result.output
    assert "4 template path(s)" in result.output
    assert "template.content 'div.nowhere': 0 match(es)" in result.output
    assert "template.published 'div#wrap > div.riqi': 1 match(es): 2023-05-06" in result.output
    # The article the crawl would store: the short one, not the feed under it.
    assert "article: '第6篇随笔', published 2023-05-06 00:00:00, 3 section(s)" in result.output


def test_a_short_text_in_the_template_region_without_its_title_heading_is_no_article():
    from fanwen.extract.page import NotAnArticle

    # A "latest" page of the site: the same container, one short blurb, no article heading.
    page = site.PAGE.format(
        side="",
        feed="",
        title="",
        author="",
        day="",
        reads=0,
        body="<p>本站最近更新了三篇随笔，欢迎大家阅读和留言，谢谢支持。</p>",
    ).replace("<h1></h1>", "")
    with pytest.raises(NotAnArticle, match="too little text"):
        extract_article(Selector(text=page), None, None, template=TEMPLATE)
    # With its heading it is a short article of the site's layout (as the feed page's is).
    assert _right(_read(site.FEED_PAGE, TEMPLATE), site.FEED_PAGE)


# A second layout first met late in the crawl, after the first layout's template has long
# settled: date and author below the article again, in other elements. Its first page carries
# the column sidebar that misleads detection (another name, a timed update).
LATE = """<html><head><meta charset="utf-8"><title>{title}_某某文苑</title></head><body>
<div class="top"><a href="/">首页</a></div>
{side}<div class="special"><h1>{title}</h1>
<div class="report">{body}</div>
<p class="when">{day}</p><p class="writer">作者：{author}</p></div></body></html>"""
EARLY_PAGES = range(1, 13)  # the first layout, no misleading page among them
LATE_PAGES = range(13, 17)  # the late layout; its first page has the sidebar


def _late_site() -> dict[str, str]:
    pages = {}
    for n in [*EARLY_PAGES, *LATE_PAGES]:
        body = "".join(f"<p>{site.paragraph(n, i)}</p>" for i in range(8))
        author = site.AUTHORS[(n - 1) % len(site.AUTHORS)]
        if n in LATE_PAGES:
            side = site.SIDE if n == LATE_PAGES[0] else ""
            html = LATE.format(
                title=site.title(n), day=f"{site.day(n):%Y-%m-%d}", author=author, body=body, side=side
            )
        else:
            html = site.PAGE.format(
                title=site.title(n),
                day=f"{site.day(n):%Y-%m-%d}",
                author=author,
                body=body,
                side="",
                feed="",
                reads=1,
            )
        pages[f"/a/{1000 + n}.html"] = html
    return pages


def test_a_layout_first_met_late_is_learned_and_its_pages_read_before_are_read_again(tmp_path):
    """Issue 11's "keep checking them on later pages": a slot decided after the site's first pages
    (here, the 15th page) reaches the pages read before it at the end of the crawl, from their
    kept pages. Before, only the site's first 10 pages were kept in memory for that, and a page
    of a layout first met after them kept detection's reading (the sidebar's name and date)."""
    pages = _late_site()
    first = LATE_PAGES[0]
    alone = extract_article(Selector(text=pages[f"/a/{1000 + first}.html"]), None, None)
    assert (alone.author, alone.published) == ("李四", datetime(2024, 3, 1, 12, 0))  # detection errs
    db = tmp_path / "late.db"
    order = [*EARLY_PAGES, *LATE_PAGES]
    result = _crawl(db, order[::-1], "CONCURRENT_REQUESTS=1", "FANWEN_WORKERS=0", pages=pages)
    assert result.returncode == 0, result.stderr[-3000:]
    stored = _stored(db)  # no revision: this run's article is corrected in place
    for n in order:
        title, published, author, text = stored[f"{1000 + n}.html"]
        assert (title, published, author) == (site.title(n), f"2023-05-{n:02d}", site.AUTHORS[(n - 1) % 9]), n
        assert site.paragraph(n, 7) in text and "专栏" not in text, n
    stats = _stats(db)
    assert stats["fanwen/template/reread"] == 1
    assert stats["fanwen/store/articles_new"] == len(order)
    # Every article is now recorded as read by the final template: the next crawl's end reads
    # none of them again unless the template changes.
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(DISTINCT template_key) FROM articles").fetchone()[0] == 1


def test_without_kept_pages_the_late_pages_are_counted_not_read_again(tmp_path):
    pages = _late_site()
    db = tmp_path / "late.db"
    order = [*EARLY_PAGES, *LATE_PAGES]
    result = _crawl(
        db, order[::-1], "CONCURRENT_REQUESTS=1", "FANWEN_WORKERS=0", "FANWEN_KEEP_PAGES=0", pages=pages
    )
    assert result.returncode == 0, result.stderr[-3000:]
    stats = _stats(db)
    assert stats["fanwen/template/recheck_no_pages"] == 1 and "fanwen/template/reread" not in stats
    assert "their pages were not kept (FANWEN_KEEP_PAGES)" in result.stderr
    assert _stored(db)[f"{1000 + LATE_PAGES[0]}.html"][2] == "李四"  # detection's reading stays


def _as_before_migration_0010(db: Path, stored: str = "", *values: object) -> None:
    """The database as fanwen stored it before migration 0010 (no template recorded per article),
    then opened by this fanwen: down to 0009 with Alembic, ``stored`` (SQL with ``values``) run
    there, as that fanwen stored the rows, and up to head again."""
    from alembic import command
    from alembic.config import Config

    from fanwen.db import make_engine, migrate
    from fanwen.db.engine import MIGRATIONS

    engine = make_engine(str(db))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
        for value in values or ((),):
            if stored:
                connection.exec_driver_sql(stored, value)
    migrate(engine)
    engine.dispose()


def test_articles_stored_before_templates_were_recorded_are_rechecked_by_the_next_crawl(crawled, tmp_path):
    """Articles stored before migration 0010 have no recorded template: the crawl's end could not
    tell whether the site's final template reads them otherwise, and left them as detection had
    read them (a sidebar's name as author, its timed update as date). The next crawl of the site
    reads them again from their kept pages, once: those that come out otherwise are corrected in
    place (no revision: their text is the same), and every one records the template, so the crawl
    after that reads none of them again."""
    import shutil

    db = tmp_path / "old.db"
    shutil.copy(crawled["bad_last"], db)
    # As generic detection read the sidebar pages before there was a template.
    _as_before_migration_0010(
        db,
        "UPDATE articles SET author = '李四', published = '2024-03-01 04:00:00.000000' WHERE url LIKE ?",
        *((f"%/{1000 + n}.html",) for n in site.SIDEBAR_PAGES),
    )
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "SELECT count(*) FROM articles WHERE template_key IS NOT NULL"
        ).fetchone() == (0,)
        old = [url for (url,) in connection.execute("SELECT url FROM articles")]
    result = _crawl(
        db, list(site.PAGES), "CONCURRENT_REQUESTS=1", "FANWEN_WORKERS=0"
    )  # another port: new URLs
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT title, published, author, template_key FROM articles WHERE url IN "
            f"({','.join('?' * len(old))})",
            old,
        ).fetchall()
        stats = json.loads(
            connection.execute("SELECT stats_json FROM crawl_runs ORDER BY id DESC").fetchone()[0]
        )
    by_title = {site.title(n): (f"2023-05-{n:02d}", site.AUTHORS[n - 1]) for n in site.PAGES}
    assert [(title, (published[:10], author)) for title, published, author, _ in rows] == [
        (title, by_title[title]) for title, *_ in rows
    ]
    assert all(key is not None for *_, key in rows)
    assert stats["fanwen/template/rechecked"] >= len(old)
    assert stats["fanwen/store/articles_replaced"] == len(site.SIDEBAR_PAGES)
    assert "fanwen/store/articles_changed" not in stats  # no revision
    again = _crawl(db, list(site.PAGES), "CONCURRENT_REQUESTS=1", "FANWEN_WORKERS=0")
    assert again.returncode == 0, again.stderr[-3000:]
    with sqlite3.connect(db) as connection:
        stats = json.loads(
            connection.execute("SELECT stats_json FROM crawl_runs ORDER BY id DESC").fetchone()[0]
        )
    assert "fanwen/template/rechecked" not in stats  # settled: none of them is read a third time


def test_reprocess_records_the_template_of_articles_stored_before_templates_were(crawled, tmp_path):
    """``fanwen reprocess`` reads every article again; one that comes out the same but was read
    by no recorded template (or another) records the template it is read by now, so that the
    next crawl's end has none of them to read again."""
    import shutil

    db = tmp_path / "old.db"
    shutil.copy(crawled["bad_last"], db)
    _as_before_migration_0010(db)
    result = subprocess.run(
        [str(BIN / "fanwen"), "reprocess", "--db", str(db), "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"0 changed, 0 replaced, {len(site.PAGES)} unchanged" in result.stdout, result.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles WHERE template_key IS NULL").fetchone() == (
            0,
        )
        assert connection.execute("SELECT count(*) FROM article_revisions").fetchone() == (0,)
    again = _crawl(db, list(site.PAGES), "CONCURRENT_REQUESTS=1", "FANWEN_WORKERS=0")
    assert again.returncode == 0, again.stderr[-3000:]
    with sqlite3.connect(db) as connection:
        stats = json.loads(
            connection.execute("SELECT stats_json FROM crawl_runs ORDER BY id DESC").fetchone()[0]
        )
    assert "fanwen/template/rechecked" not in stats
