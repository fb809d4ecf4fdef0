"""PostgreSQL through the same layer: migrations, the store, search and the run lock on a real
server (tests/servers.py: a database of the test's own, dropped afterwards)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from sqlalchemy import select, text

from fanwen.db import ArticleStore, StorageError, make_engine, migrate, search
from fanwen.db.boilerplate import load_counts
from fanwen.db.engine import HEAD_REVISION, at_head
from fanwen.db.lock import DatabaseLocked, RunLock
from fanwen.db.tables import boilerplate_table
from fanwen.items import Article, Section

BASE = "https://www.example.cn"


def article(n: int, *sections: str, title: str | None = None) -> Article:
    return Article(
        url=f"{BASE}/a/{n}.html",
        site="example",
        title=title or f"第{n}篇",
        sections=[Section("body", 1, None, text) for text in sections]
        or [Section("intro", 1, None, "正文。")],
    )


@pytest.fixture
def engine(postgres_url):
    engine = make_engine(postgres_url)
    migrate(engine)
    yield engine
    engine.dispose()


def test_a_database_crawled_before_the_index_is_migrated_and_searchable(postgres_url):
    engine = make_engine(postgres_url)
    migrate(engine, "0004")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT to_regclass('search_index')").scalar() is None
    # Written as that schema has it (today's store writes columns added later).
    with engine.begin() as connection:
        article_id = connection.execute(
            text(
                "INSERT INTO articles (url, title, truncated, pages, content_hash, text, first_seen, last_seen,"
                " updated_at) VALUES (:url, '第1篇', false, 1, 'h', '推进区域协调发展。', now(), now(), now())"
                " RETURNING id"
            ),
            {"url": f"{BASE}/a/1.html"},
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO sections (article_id, position, kind, level, text) VALUES (:a, 0, 'body', 1, :t)"
            ),
            {"a": article_id, "t": "推进区域协调发展。"},
        )
    migrate(engine)
    assert at_head(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    [hit] = search(engine, "协调")
    assert hit.score is not None  # ranked by the index, not a LIKE scan
    engine.dispose()


def test_search_finds_one_and_two_characters_ranked_with_highlights(engine):
    with ArticleStore(engine) as store:
        store.save(article(1, "推进区域协调发展，区域经济一体化。", title="区域协调发展"))
        store.save(article(2, "高考作文范文：我的区。"))
        store.save(article(3, "与此无关的内容。"))
    hits = search(engine, "区域")
    assert {h.url for h in hits} == {f"{BASE}/a/1.html"}
    assert hits[0].position is None  # the title hit ranks first (weight A)
    assert [h.url for h in search(engine, "区")][-1] == f"{BASE}/a/2.html"
    assert {h.url for h in search(engine, "区")} == {f"{BASE}/a/1.html", f"{BASE}/a/2.html"}
    [hit] = search(engine, "高考")
    assert hit.score is not None and [hit.snippet[a:b] for a, b in hit.spans] == ["高考"]
    assert search(engine, "区 -高考") and all(h.url.endswith("/1.html") for h in search(engine, "区 -高考"))
    assert search(engine, "协调发展经济") == []  # a substring that does not occur
    # Changing an article replaces its rows in the index.
    with ArticleStore(engine) as store:
        store.save(article(3, "现在也讲区域。"))
    assert f"{BASE}/a/3.html" in {h.url for h in search(engine, "区域")}


def test_a_bad_article_fails_alone_and_the_batch_keeps_the_others(engine):
    """PostgreSQL aborts the whole transaction at an error until it is rolled back to the
    article's savepoint: the articles before and after the refused one are stored."""
    store = ArticleStore(engine, batch_size=10)
    assert store.save(article(1, "第一篇的正文。")) == "new"
    bad = article(2)
    bad.sections = [Section(None, 1, None, "没有种类的段落。")]  # type: ignore[arg-type]
    with pytest.raises(StorageError, match="cannot store"):
        store.save(bad)
    assert store.save(article(3, "第三篇的正文。", title="再次推进")) == "new"
    store.close()
    with engine.connect() as connection:
        urls = connection.execute(text("SELECT url FROM articles ORDER BY url")).scalars().all()
    assert urls == [f"{BASE}/a/1.html", f"{BASE}/a/3.html"]
    assert dict(store.counts) == {"new": 2}
    assert [hit.url for hit in search(engine, "再次推进")] == [f"{BASE}/a/3.html"]


def test_values_the_schema_cannot_hold_fail_alone_or_are_cleaned_on_both_dialects(any_engine):
    """A value PostgreSQL refuses as a DataError (not an IntegrityError) fails its own article
    only, and the values the store can clean are cleaned first, so both dialects keep the same
    rows: NUL taken out of texts, an over-long author/source/category clipped to its column, an
    over-long ETag dropped (a clipped one would never match), and a URL over 2,000 characters
    refused with the reason."""
    engine = any_engine
    store = ArticleStore(engine, batch_size=10)
    long_author = article(2, "第二篇的正文。")
    long_author.author, long_author.source, long_author.category = "张" * 300, "来源" * 150, "类" * 201
    long_author.etag = '"' + "e" * 250 + '"'
    nul = article(3, "第三篇\x00的正文。", title="含\x00空字符")
    nul.sections = [Section("body", 1, "小\x00标题", "第三篇\x00的正文。")]
    long_url = article(4, "第四篇的正文。")
    long_url.url = f"{BASE}/a/4?q=" + "x" * 2040
    bad_kind = article(7)
    bad_kind.sections = [Section(None, 1, None, "没有种类的段落。")]  # type: ignore[arg-type]
    assert store.save(article(1, "第一篇的正文。")) == "new"
    assert store.save(long_author) == "new"
    assert store.save(nul) == "new"
    with pytest.raises(StorageError, match="URL longer than 2000"):
        store.save(long_url)
    assert store.save(article(5, "第五篇的正文。")) == "new"
    with pytest.raises(StorageError, match="cannot store"):
        store.save(bad_kind)
    assert store.save(article(8, "第八篇的正文。")) == "new"
    store.close()
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT url, title, author, source, category, etag FROM articles ORDER BY url")
        ).all()
        section = connection.execute(
            text(
                "SELECT s.heading, s.text FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.url = :u"
            ),
            {"u": nul.url},
        ).one()
    assert [row.url for row in rows] == [f"{BASE}/a/{n}.html" for n in (1, 2, 3, 5, 8)]
    assert dict(store.counts) == {"new": 5}
    clipped = rows[1]
    assert (clipped.author, clipped.source, clipped.category) == ("张" * 200, "来源" * 100, "类" * 200)
    assert clipped.etag is None
    assert rows[2].title == "含空字符"
    assert tuple(section) == ("小标题", "第三篇的正文。")
    # Saved again as the crawl would see it, the cleaned article is unchanged.
    store = ArticleStore(engine, batch_size=10)
    assert store.save(nul) == "unchanged"
    assert store.save(long_author) == "unchanged"
    store.close()


def test_concurrent_writers_merge_learned_counts(engine):
    """Two workers of one distributed run add to the same count; neither overwrites the other."""

    def crawl(first: int) -> None:
        with ArticleStore(engine, batch_size=5) as store:
            for n in range(first, first + 20):
                item = article(n)
                item.boilerplate_seen = [("example", "slogan", "本站口号", 1)]
                store.save(item)

    workers = [threading.Thread(target=crawl, args=(k * 100,)) for k in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert load_counts(engine, "example")["slogan"] == 40
    with engine.connect() as connection:
        assert connection.execute(select(boilerplate_table.c.count)).scalars().all() == [40]


HOLD = (
    "import sys, time; from fanwen.db.lock import RunLock\n"
    "RunLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(60)\n"
)


def test_the_run_lock_is_an_advisory_lock_a_killed_holder_frees(postgres_url):
    lock = RunLock(postgres_url)
    assert lock.acquire() is True
    again = RunLock(postgres_url)
    assert again.acquire() is False  # re-entrant within the process
    again.release()
    lock.release()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, postgres_url], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseLocked, match=r"another fanwen crawl \(fanwen crawl pid \d+"):
            RunLock(postgres_url).acquire()
        holder.kill()  # SIGKILL: the server ends its session, and the lock with it
        holder.wait()
        with RunLock(postgres_url, wait=10, poll=0.1):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_migration_0013_hashes_the_stored_rows_as_the_store_does(engine):
    """The stored hash computed by migration 0013's frozen copy from PostgreSQL's rows (its
    timestamps and booleans read back) is the one the store wrote, so an upgraded database finds
    unchanged articles unchanged."""
    from test_db import upgrade_keeps_what_the_store_wrote

    upgrade_keeps_what_the_store_wrote(engine)
