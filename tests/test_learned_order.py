"""Learned boilerplate does not depend on the order pages arrive (issue 17, item 8).

The demo site's synthetic articles share real paragraphs: an introduction or a conclusion drawn
from a small pool is in about one article in ten. Counted as the crawl goes, such a paragraph
can be in five of the first dozen articles of a column, over the share that makes a block
boilerplate, and was removed from those articles as ``learned-boilerplate``, leaving a heading
over an empty text, in some crawl orders and not in others. Once the crawl ends, every article
whose decision disagrees with the final counts is read again from its kept pages.

Two crawls of the same site in two orders, one article at a time, must store the same content.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fanwen.demo import build_site, serve
from fanwen.demo.site import Page

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
# One request at a time, first in first out: the crawl reads articles in the order page's order.
IN_ORDER = [
    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING",
    "-s", "CONCURRENT_REQUESTS=1", "-s", "FANWEN_WORKERS=0", "-s", "DEPTH_PRIORITY=1",
    "-s", "SCHEDULER_DISK_QUEUE=scrapy.squeues.PickleFifoDiskQueue",
    "-s", "SCHEDULER_MEMORY_QUEUE=scrapy.squeues.FifoMemoryQueue",
]  # fmt: skip
# An order in which, counted as the crawl goes, a shared paragraph of /xinde/10023.html crosses
# the site's share early (found by shuffling the articles through the strip pipeline's counts).
SEED = 0


def order_page(paths: list[str]) -> Page:
    links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in paths)
    html = (
        f"<html><head><meta charset='utf-8'><title>order</title></head><body><ul>{links}</ul></body></html>"
    )
    return Page("text/html; charset=utf-8", lambda base: html.encode())


def crawl(base: str, start: str, db: Path) -> sqlite3.Connection:
    command = [
        str(BIN / "scrapy"),
        "crawl",
        "articles",
        "-a",
        "target=demo",
        "-a",
        f"start_url={base}{start}",
    ]
    result = subprocess.run(
        [*command, "-s", f"FANWEN_DB={db}", *IN_ORDER], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return sqlite3.connect(db)


def content(connection: sqlite3.Connection) -> dict[str, list[tuple]]:
    stored: dict[str, list[tuple]] = {}
    for article_id, url in connection.execute("SELECT id, url FROM articles"):
        sections = connection.execute(
            "SELECT kind, level, heading, text FROM sections WHERE article_id = ? ORDER BY position",
            (article_id,),
        ).fetchall()
        removed = connection.execute(
            "SELECT rule, text FROM removed_fragments WHERE article_id = ? ORDER BY position", (article_id,)
        ).fetchall()
        stored[url.split("/", 3)[3]] = [*sections, *removed]
    return stored


@pytest.fixture(scope="module")
def two_orders(tmp_path_factory):
    site = build_site(extra_articles=60)
    paths = [article.path for article in site.articles]
    shuffled = list(paths)
    random.Random(SEED).shuffle(shuffled)
    site.pages["/order/a.html"] = order_page(shuffled)
    site.pages["/order/b.html"] = order_page(sorted(paths))
    folder = tmp_path_factory.mktemp("orders")
    with serve(site) as base:
        first = crawl(base, "/order/a.html", folder / "a.db")
        second = crawl(base, "/order/b.html", folder / "b.db")
    yield site, first, second
    first.close()
    second.close()


def test_two_orders_store_the_same_articles(two_orders) -> None:
    site, first, second = two_orders
    a, b = content(first), content(second)
    assert len(a) == len(site.articles)
    assert sorted(url for url in a if a[url] != b.get(url)) == []


def test_a_paragraph_one_article_in_ten_shares_is_not_learned(two_orders) -> None:
    """By the final counts no block of the demo is boilerplate its rules do not name, so no
    article has a learned removal, and no section is a heading over an empty text."""
    _, first, second = two_orders
    for connection in (first, second):
        learned = connection.execute(
            "SELECT a.url, r.text FROM removed_fragments r JOIN articles a ON a.id = r.article_id"
            " WHERE r.rule = 'learned-boilerplate'"
        ).fetchall()
        assert learned == []
        empty = connection.execute("SELECT count(*) FROM sections WHERE heading IS NOT NULL AND text = ''")
        assert empty.fetchone()[0] == 0
