"""Articles another program writes into the database are indexed by the next crawl's start.

The store indexes what it writes itself (the search index, and SQLite's titles' side-index at
the batch's commit since migration 0016), so a row another program inserts into ``articles``
(an import script, a second tool, SQL by hand) was not found by ``fanwen search`` or by
Datasette's search box on ``articles``, on SQLite and on PostgreSQL. The storage owner now
indexes every article the index lacks when a crawl opens the database.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text
from test_storage_owner import crawler_for

from fanwen.db import make_engine, migrate
from fanwen.db.queries import search
from fanwen.extensions.storage import Storage

NOW = datetime(2026, 12, 1, 8, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'f.db'}"
    return request.getfixturevalue("postgres_url")


def insert_as_another_program(url: str, n: int, title: str, body: str) -> None:
    """An article and its one section, written with plain SQL (no fanwen code)."""
    engine = make_engine(url)
    with engine.begin() as connection:
        article_id = connection.execute(
            text(
                "INSERT INTO articles (url, title, truncated, pages, content_hash, text, first_seen, "
                "last_seen, updated_at) VALUES (:url, :title, false, 1, 'x', :body, :now, :now, :now) "
                "RETURNING id"
            ),
            {"url": f"https://import.example.cn/{n}.html", "title": title, "body": body, "now": NOW},
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO sections (article_id, position, kind, level, heading, text) "
                "VALUES (:id, 0, 'section', 1, NULL, :body)"
            ),
            {"id": article_id, "body": body},
        )
    engine.dispose()


def open_crawl(url: str) -> Storage:
    crawler = crawler_for(url)  # type: ignore[arg-type]
    storage = Storage.of(crawler)
    assert storage is not None and storage.open()
    return storage


def titles_found(url: str, query: str) -> list[int]:
    """SQLite's titles' side-index (Datasette's search box on ``articles``), after FTS5's check."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
        )
        found = connection.exec_driver_sql(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (query,)
        )
        ids = [row[0] for row in found]
    engine.dispose()
    return ids


def test_articles_another_program_inserted_are_searchable_after_the_next_crawl_opens(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    insert_as_another_program(db_url, 1, "外来文章的标题在这里", "一篇由导入脚本写进数据库的文章正文。")
    insert_as_another_program(db_url, 2, "第二篇导入", "春耕时节的田野里一片繁忙。")
    storage = open_crawl(db_url)
    assert storage.crawler.stats.get_value("fanwen/store/indexed_missing") == 2
    storage.spider_closed("finished")
    assert [h.url for h in search(engine, "外来文章")] == ["https://import.example.cn/1.html"]
    assert [h.url for h in search(engine, "春耕时节")] == ["https://import.example.cn/2.html"]
    if engine.dialect.name == "sqlite":
        assert len(titles_found(db_url, "外来文章")) == 1
        assert len(titles_found(db_url, "第二篇导入")) == 1
    # Once is enough: the next crawl finds nothing missing.
    again = open_crawl(db_url)
    assert again.crawler.stats.get_value("fanwen/store/indexed_missing") is None
    again.spider_closed("finished")
    assert len(search(engine, "外来文章")) == 1
    engine.dispose()
