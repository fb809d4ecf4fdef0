"""End to end: crawl the bundled demo site on a local server into SQLite, compare with its truth.

The crawl runs in a subprocess (Scrapy's reactor runs once per process), exactly as a user
runs it: `scrapy crawl articles` from the repository root with the demo profile, and
`fanwen crawl URL` with no profile at all.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fanwen.demo import build_site, serve

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"]


@pytest.fixture(scope="module")
def site():
    return build_site()


@pytest.fixture(scope="module")
def profile_db(site, tmp_path_factory):
    db = tmp_path_factory.mktemp("crawl") / "demo.db"
    with serve(site) as base:
        command = [str(BIN / "scrapy"), "crawl", "articles", "-a", "target=demo", "-a", f"start_url={base}/"]
        result = subprocess.run(
            [*command, "-s", f"FANWEN_DB={db}", *FAST], cwd=ROOT, capture_output=True, text=True
        )
    assert result.returncode == 0, result.stderr[-3000:]
    connection = sqlite3.connect(db)
    yield connection
    connection.close()


def stored(connection, path):
    row = connection.execute(
        "SELECT id, title, published FROM articles WHERE url LIKE ?", (f"%{path}",)
    ).fetchone()
    assert row is not None, f"{path} was not stored"
    sections = connection.execute(
        "SELECT kind, level, heading, text FROM sections WHERE article_id = ? ORDER BY position", (row[0],)
    ).fetchall()
    return row, sections


def test_every_demo_article_is_stored_once(site, profile_db):
    urls = [url for (url,) in profile_db.execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == len(site.articles)
    for article in site.articles:
        row, _ = stored(profile_db, article.path)
        assert row[1] == article.title
        assert row[2] is not None and row[2][:10] == str(article.published)[:10]


def test_no_advert_survives_and_article_sentences_do(site, profile_db):
    for article in site.articles:
        _, sections = stored(profile_db, article.path)
        text = "\n".join((heading or "") + body for _, _, heading, body in sections)
        for advert in article.adverts:
            assert advert not in text, f"{article.path}: advert left: {advert}"
        for sentence in article.keep:
            assert sentence in text, f"{article.path}: lost: {sentence}"


def test_every_article_matches_the_site_truth(site, profile_db):
    """Metadata and sections of every demo article, across the three templates and GBK."""
    for article in site.articles:
        row, sections = stored(profile_db, article.path)
        author, source, category = profile_db.execute(
            "SELECT author, source, category FROM articles WHERE id = ?", (row[0],)
        ).fetchone()
        assert (author, source, category) == (article.author, article.source, article.category), article.path
        assert [tuple(s) for s in sections] == [tuple(s) for s in article.sections], article.path


def test_example_article_has_its_nine_sections(site, profile_db):
    example = site.article("/pinglun/1001.html")
    row, sections = stored(profile_db, example.path)
    assert [tuple(s) for s in sections] == [tuple(s) for s in example.sections]
    assert len(sections) == 9
    removed = [
        rule
        for (rule,) in profile_db.execute(
            "SELECT rule FROM removed_fragments WHERE article_id = ?", (row[0],)
        )
    ]
    assert "paywall-preview-end" in removed


def test_multi_page_articles_are_merged_into_one(site, profile_db):
    multi = [article for article in site.articles if len(article.pages) > 1]
    assert multi, "the demo site has multi-page articles"
    for article in multi:
        row, sections = stored(profile_db, article.path)
        (pages,) = profile_db.execute("SELECT pages FROM articles WHERE id = ?", (row[0],)).fetchone()
        assert pages == len(article.pages), article.path
        assert [tuple(s) for s in sections] == [tuple(s) for s in article.sections], article.path
    later_pages = {page for article in multi for page in article.pages[1:]}
    assert not [
        url
        for (url,) in profile_db.execute("SELECT url FROM articles")
        if url.split("/", 3)[3] in {p.lstrip("/") for p in later_pages}
    ]


def test_the_run_is_recorded(profile_db, site):
    status, new, pages = profile_db.execute(
        "SELECT status, articles_new, pages_fetched FROM crawl_runs"
    ).fetchone()
    assert (status, new) == ("finished", len(site.articles))
    assert pages > len(site.articles)


def generic_crawl(site, db: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, int]]:
    """`fanwen crawl URL` with no profile: its result and the stored articles, path -> pages."""
    with serve(site) as base:
        result = subprocess.run(
            [str(BIN / "fanwen"), "crawl", f"{base}/", "--db", str(db), "-L", "WARNING", *FAST],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        connection = sqlite3.connect(db)
        stored = {
            url.removeprefix(base): pages
            for url, pages in connection.execute("SELECT url, pages FROM articles")
        }
        connection.close()
    return result, stored


def test_bare_url_crawl_with_no_profile_finds_the_articles(site, tmp_path):
    result, stored = generic_crawl(site, tmp_path / "generic.db")
    assert "Crawled" in result.stdout
    found = {path.lstrip("/") for path in stored}
    expected = {article.path.lstrip("/") for article in site.articles}
    # Generic detection must find nearly every article, and must not store listing pages.
    assert len(found & expected) >= 0.9 * len(expected)
    assert not {path for path in found if "list" in path or path.endswith("/") or path == ""}


def test_a_bare_url_crawl_keeps_an_article_whose_last_page_is_short(tmp_path):
    """Generic detection wants enough text for an article, but a later page only continues one."""
    site = build_site(extra_articles=200)  # /pinglun/10178.html has a page 2 of a few lines
    multi = {article.path: len(article.pages) for article in site.articles if len(article.pages) > 1}
    result, stored = generic_crawl(site, tmp_path / "generic-multi.db")
    assert "/pinglun/10178.html" in multi
    assert "has no article text" not in result.stderr
    assert {path: stored.get(path) for path in multi} == multi
