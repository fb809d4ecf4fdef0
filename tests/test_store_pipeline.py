"""The store pipeline as a Scrapy component, on a temporary database."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from fanwen.db import get_article, list_runs, make_engine, summary
from fanwen.extensions.storage import Storage, run_status
from fanwen.items import Article, Removal, Section
from fanwen.pipelines.store import StorePipeline

REPO = Path(__file__).resolve().parents[1]


class TargetsSpider(Spider):
    name = "huabo"
    targets = ["https://www.example.cn/"]


def article(n: int, body: str = "推进区域协调发展。") -> Article:
    return Article(
        url=f"https://www.example.cn/fanwen/{n}.html",
        site="huabo",
        title=f"第{n}篇",
        sections=[Section("intro", 1, None, body)],
        removed=[Removal("call_to_action", "请点击联系老师")],
    )


def make_crawler(db: Path, **settings: object) -> Crawler:
    crawler = get_crawler(TargetsSpider, {"FANWEN_DB": str(db), **settings})
    crawler._apply_settings()  # a no-op when get_crawler already applied them
    crawler.spider = crawler._create_spider()
    return crawler


def close(crawler: Crawler, pipeline: StorePipeline, reason: str) -> None:
    pipeline.close_spider()
    crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason=reason)


def test_an_aware_date_is_stored_as_the_crawled_sites_wall_clock(tmp_path: Path) -> None:
    """The crawl's store writes ``published`` as the site's wall clock: an aware date (an item a
    spider of the user's own made) is converted to FANWEN_TIMEZONE, the zone the crawled site
    prints its times in, not to UTC."""
    from datetime import UTC, datetime

    db = tmp_path / "crawl.db"
    crawler = make_crawler(db, FANWEN_TIMEZONE="Europe/London")
    pipeline = build_from_crawler(StorePipeline, crawler)
    pipeline.open_spider()
    item = article(1)
    item.published = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
    pipeline.process_item(item)
    close(crawler, pipeline, "finished")
    engine = make_engine(str(db))
    try:
        view = get_article(engine, item.url)
        assert view is not None and view.published == datetime(2024, 7, 1, 10, 30)  # BST
    finally:
        engine.dispose()


def test_items_are_stored_and_the_run_recorded(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    crawler = make_crawler(db, FANWEN_STORE_BATCH_SIZE=2)
    pipeline = build_from_crawler(StorePipeline, crawler)
    storage = Storage.of(crawler)
    assert storage is not None and pipeline.storage is storage  # one owner per crawl
    assert storage.batch_size == 2
    pipeline.open_spider()
    stats = crawler.stats
    run_id = stats.get_value("fanwen/store/run_id")
    assert isinstance(run_id, int)

    for n in range(3):
        assert pipeline.process_item(article(n)) == article(n)
    assert pipeline.process_item(article(0)).url.endswith("/0.html")
    assert pipeline.process_item(article(1, "新的内容。")).title == "第1篇"
    other = {"not": "an article"}
    assert pipeline.process_item(other) is other
    stats.set_value("response_received_count", 7)
    stats.set_value("item_dropped_count", 2)
    stats.set_value("log_count/ERROR", 1)
    close(crawler, pipeline, "finished")

    assert stats.get_value("fanwen/store/articles_new") == 3
    assert stats.get_value("fanwen/store/articles_unchanged") == 1
    assert stats.get_value("fanwen/store/articles_changed") == 1
    engine = make_engine(str(db))
    try:
        assert summary(engine)["articles"] == 3
        assert summary(engine)["article_revisions"] == 1
        changed = get_article(engine, "https://www.example.cn/fanwen/1.html")
        assert changed is not None and changed.sections[0].text == "新的内容。"
        [run] = list_runs(engine)
        assert run.id == run_id
        assert run.status == "finished"
        assert run.targets == "https://www.example.cn/"
        assert run.finished is not None
        assert (
            run.pages_fetched,
            run.articles_new,
            run.articles_changed,
            run.articles_unchanged,
            run.articles_dropped,
            run.errors,
        ) == (7, 3, 1, 1, 2, 1)
        assert (run.stats_json or {})["fanwen/store/articles_new"] == 3
    finally:
        engine.dispose()
    assert storage.engine is None  # disposed with the crawl
    assert storage.lock.acquire() is True  # and the run lock released
    storage.lock.release()


def test_shutdown_is_recorded_as_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    crawler = make_crawler(db)
    pipeline = build_from_crawler(StorePipeline, crawler)
    pipeline.open_spider()
    pipeline.process_item(article(1))
    close(crawler, pipeline, "shutdown")
    engine = make_engine(str(db))
    try:
        assert list_runs(engine)[0].status == "interrupted"
        assert summary(engine)["articles"] == 1  # pending batch committed at close
    finally:
        engine.dispose()


@pytest.mark.parametrize("gone_at_close", [True, False])
def test_another_programs_write_lock_stops_the_store_for_good(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, gone_at_close: bool
) -> None:
    """Another program's write lock held past the busy timeout refuses the article at once and
    every later write, 304s too, even once the lock is gone (a later batch kept, the articles
    between them lost, read the crawl as stored); one line; the run's counts are the committed
    ones, recorded ``interrupted`` if the lock is gone at close, else left for the next run."""
    import sqlite3
    import time

    import fanwen.db.engine
    from fanwen import signals as fanwen_signals
    from fanwen.db.engine import WriteLocked

    monkeypatch.setattr(fanwen.db.engine, "BUSY_TIMEOUT", 0.5)  # the test need not wait 30 s
    db = tmp_path / "crawl.db"
    crawler = make_crawler(db, FANWEN_STORE_BATCH_SIZE=2)
    pipeline = build_from_crawler(StorePipeline, crawler)
    storage = Storage.of(crawler)
    assert storage is not None
    pipeline.open_spider()
    for n in range(3):
        pipeline.process_item(article(n))  # 0 and 1 committed, 2 in the open batch
    pipeline._commit()  # the batch timer commits it
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(DropItem, match="not stored: .*database_locked"):
        pipeline.process_item(article(3))
    assert storage.refused == "database_locked"
    started = time.monotonic()
    crawler.signals.send_catch_log(fanwen_signals.article_not_modified, url=article(0).url)  # a 304
    with pytest.raises(DropItem, match="not stored"):
        pipeline.process_item(article(4))
    assert time.monotonic() - started < 0.3  # refused at once, no second wait
    if gone_at_close:
        other.execute("COMMIT")
        assert storage.store is not None
        with pytest.raises(WriteLocked):  # the store itself writes no more articles
            storage.store.save(article(5))
    locked = [r.getMessage() for r in caplog.records if "write lock" in r.getMessage()]
    assert len(locked) == 1 and "stopping the crawl; 3 articles committed before it are kept" in locked[0]
    close(crawler, pipeline, "database_locked")
    if not gone_at_close:
        other.execute("COMMIT")
    other.close()

    assert crawler.stats.get_value("fanwen/store/articles_new") == 3
    assert crawler.stats.get_value("finish_reason") == "database_locked"
    engine = make_engine(str(db))
    try:
        assert summary(engine)["articles"] == 3
        [run] = list_runs(engine)
        assert (run.status, run.articles_new) == (("interrupted", 3) if gone_at_close else ("running", 0))
    finally:
        engine.dispose()


def test_run_status() -> None:
    assert run_status("finished") == "finished"
    assert run_status("shutdown") == "interrupted"
    assert run_status("cancelled") == "failed"
    assert run_status("closespider_itemcount") == "finished"


def test_article_without_url_is_dropped(tmp_path: Path) -> None:
    crawler = make_crawler(tmp_path / "crawl.db")
    pipeline = build_from_crawler(StorePipeline, crawler)
    pipeline.open_spider()
    with pytest.raises(DropItem, match="not stored"):
        pipeline.process_item(Article(title="无网址"))
    assert crawler.stats.get_value("fanwen/store/errors") == 1
    close(crawler, pipeline, "finished")


def test_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(NotConfigured):
        build_from_crawler(StorePipeline, make_crawler(tmp_path / "x.db", FANWEN_STORE_ENABLED=False))
    monkeypatch.setenv("FANWEN_DB", str(tmp_path / "env.db"))
    crawler = get_crawler(TargetsSpider)
    pipeline = build_from_crawler(StorePipeline, crawler)
    assert pipeline.storage.db_url == f"sqlite:///{tmp_path / 'env.db'}"
    assert pipeline.storage.batch_size == 50


SPIDER = """
from scrapy import Spider
from fanwen.items import Article, Section


class OfflineSpider(Spider):
    name = "offline"
    custom_settings = {{
        "ITEM_PIPELINES": {{"fanwen.pipelines.store.StorePipeline": 900}},
        "FANWEN_DB": {db!r},
        "LOG_LEVEL": "WARNING",
    }}

    async def start(self):
        for n in range(3):
            yield Article(url=f"https://www.example.cn/{{n}}.html", site="example",
                          title=f"第{{n}}篇", sections=[Section("intro", 1, None, "正文")])
"""


def test_a_real_crawl_records_a_finished_run(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    spider = tmp_path / "offline_spider.py"
    spider.write_text(textwrap.dedent(SPIDER.format(db=str(db))), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(spider)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    engine = make_engine(str(db))
    try:
        [run] = list_runs(engine)
        assert (run.status, run.targets, run.articles_new) == ("finished", "offline", 3)
        assert summary(engine)["articles"] == 3
    finally:
        engine.dispose()


def test_a_distributed_workers_sqlite_write_lock_line_names_the_other_workers_and_postgresql(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker of a distributed crawl (--queue) on one SQLite file meets the write lock its
    fellow workers take in turn: the line said "another program (not a fanwen crawl)" and "run
    it again later", neither true. It names the other workers and what to do (PostgreSQL)."""
    from fanwen.db.engine import WriteLocked

    db = tmp_path / "crawl.db"
    crawler = make_crawler(db)
    pipeline = build_from_crawler(StorePipeline, crawler)
    storage = Storage.of(crawler)
    assert storage is not None
    pipeline.open_spider()
    pipeline.process_item(article(1))
    pipeline._commit()
    storage.cluster = object()  # type: ignore[assignment]  # a worker of a distributed run
    try:
        assert storage.stop_writing(WriteLocked("locked")) == "database_locked"
    finally:
        storage.cluster = None
    [line] = [r.getMessage() for r in caplog.records if "write lock" in r.getMessage()]
    assert "\n" not in line and "not a fanwen crawl" not in line, line
    assert "another worker of this distributed crawl, or another program" in line, line
    assert "stopping this worker; 1 article committed before it is kept" in line, line
    assert line.endswith(
        "a distributed crawl into PostgreSQL takes any number of writers (docs/scaling.md)"
    ), line
    close(crawler, pipeline, "database_locked")
