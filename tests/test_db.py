"""The storage layer on temporary SQLite files migrated by Alembic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.pool import StaticPool

from fanwen.db import (
    ArticleStore,
    DatabaseError,
    DiskFull,
    StorageError,
    get_article,
    list_runs,
    make_engine,
    migrate,
    resolve_db_url,
    search,
    summary,
)
from fanwen.db.engine import HEAD_REVISION
from fanwen.db.fulltext import include_object
from fanwen.db.models import Article as ArticleRow
from fanwen.db.models import ArticleRevision, Base
from fanwen.items import Article, Removal, Section

REPO = Path(__file__).resolve().parents[1]
URL = "https://www.example.cn/fanwen/2024/1218.html"


def make_article(url: str = URL, **overrides: object) -> Article:
    values: dict[str, object] = {
        "url": url,
        "site": "huabo",
        "title": "纵深推进区域协调发展",
        "published": datetime(2024, 12, 18),
        "source": "华博范文网",
        "sections": [
            Section("intro", 1, None, "近日,《长三角地区一体化发展规划》发布。"),
            Section("section", 1, "坚持服务新发展格局的大局视野。", "推动区域协调发展。"),
            Section("conclusion", 1, None, "总之,推进区域协调发展是一项长期任务。"),
        ],
        "removed": [Removal("call_to_action", "请点击👉 mooonya 👈联系老师")],
    }
    values.update(overrides)
    return Article(**values)  # type: ignore[arg-type]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(str(tmp_path / "fanwen.db"))
    migrate(engine)
    yield engine
    engine.dispose()


def count(engine: Engine, table: type) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


# -- engine and migrations -------------------------------------------------------------


def test_migrated_schema_matches_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == _head_revision()


def _head_revision() -> str | None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from fanwen.db.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def test_alembic_command_line_from_repo_root(tmp_path: Path) -> None:
    target = tmp_path / "cli.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("FANWEN_DB", None)
    alembic = [sys.executable, "-m", "alembic", "-c", str(REPO / "alembic.ini")]
    subprocess.run(
        [*alembic, "-x", f"db={target}", "upgrade", "head"],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
    )
    engine = make_engine(str(target))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_object": include_object}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
    subprocess.run(
        [*alembic, "-x", f"db={target}", "downgrade", "base"],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
    )


def test_sqlite_pragmas(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_resolve_db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_db_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_db_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("FANWEN_DB", str(tmp_path / "env.db"))
    assert resolve_db_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.delenv("FANWEN_DB")
    monkeypatch.chdir(tmp_path)
    assert resolve_db_url(None) == f"sqlite:///{tmp_path / 'fanwen.db'}"


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("这不是数据库 " * 200, encoding="utf-8")
    engine = make_engine(str(bogus))
    with pytest.raises(DatabaseError, match="not a SQLite database") as info:
        migrate(engine)
    assert isinstance(info.value, StorageError)
    assert "\n" not in str(info.value)
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        search(engine, "区域")
    engine.dispose()


# -- the store -------------------------------------------------------------------------


def test_the_same_text_with_a_corrected_date_or_source_is_written_in_place(engine: Engine) -> None:
    """Title and text unchanged (the content hash) but the date, author or source read otherwise
    (a fixed profile, a newer fanwen, the site's own correction): the row takes the new values,
    with no revision (the text did not change), counted as ``replaced``."""
    with ArticleStore(engine) as store:
        assert store.save(make_article()) == "new"
    corrected = make_article(published=datetime(2024, 12, 17), source="新华社", author="李明")
    with ArticleStore(engine) as store:
        assert store.save(corrected) == "replaced"
        assert (
            store.save(make_article(published=datetime(2024, 12, 17), source="新华社", author="李明"))
            == "unchanged"
        )
    stored = get_article(engine, URL)
    assert stored is not None
    assert (stored.published, stored.source, stored.author) == (datetime(2024, 12, 17), "新华社", "李明")
    assert [s.kind for s in stored.sections] == ["intro", "section", "conclusion"]
    assert count(engine, ArticleRevision) == 0


def test_save_new_unchanged_changed(engine: Engine) -> None:
    with ArticleStore(engine) as store:
        assert store.save(make_article()) == "new"
    first = get_article(engine, URL)
    assert first is not None
    assert [s.kind for s in first.sections] == ["intro", "section", "conclusion"]
    assert first.removed[0].rule == "call_to_action"
    assert first.site == "huabo"

    with ArticleStore(engine) as store:
        assert store.save(make_article()) == "unchanged"
    second = get_article(engine, URL)
    assert second is not None
    assert second.last_seen >= first.last_seen
    assert second.updated_at == first.updated_at
    assert second.first_seen == first.first_seen
    assert count(engine, ArticleRevision) == 0

    changed = make_article(sections=[Section("intro", 1, None, "全新的内容。")], removed=[])
    with ArticleStore(engine) as store:
        assert store.save(changed) == "changed"
    third = get_article(engine, str(first.id))
    assert third is not None
    assert third.id == first.id
    assert third.first_seen == first.first_seen
    assert [s.text for s in third.sections] == ["全新的内容。"]
    assert third.removed == ()
    assert third.revisions == 1
    with engine.connect() as connection:
        revision = connection.execute(select(ArticleRevision.__table__)).one()
    assert revision.content_hash == first.content_hash
    assert revision.text == first.text
    old_sections = json.loads(revision.sections_json)
    assert [s["kind"] for s in old_sections] == ["intro", "section", "conclusion"]
    assert old_sections[1]["heading"] == "坚持服务新发展格局的大局视野。"
    assert summary(engine) == {
        "sites": 1,
        "articles": 1,
        "sections": 1,
        "removed_fragments": 0,
        "article_revisions": 1,
        "crawl_runs": 0,
    }


def test_an_article_not_fetched_leaves_last_seen_and_the_validators(engine: Engine) -> None:
    """fanwen reprocess saves with fetched=False: changed content is written (with a revision),
    unchanged content writes nothing; neither moves last_seen, the ETag or Last-Modified."""

    def seen() -> tuple[Any, ...]:
        with engine.connect() as connection:
            return connection.execute(
                select(ArticleRow.last_seen, ArticleRow.etag, ArticleRow.last_modified)
            ).one()

    with ArticleStore(engine) as store:
        store.save(make_article(etag='"a"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"))
    with engine.begin() as connection:
        connection.execute(text("UPDATE articles SET last_seen = '2020-01-01 00:00:00.000000'"))
    before = seen()
    again = make_article(etag='"b"', last_modified=None)
    with ArticleStore(engine) as store:
        assert store.save(again, fetched=False) == "unchanged"
    assert seen() == before
    changed = make_article(
        sections=[Section("intro", 1, None, "全新的内容。")], etag='"b"', last_modified=None
    )
    with ArticleStore(engine) as store:
        assert store.save(changed, fetched=False) == "changed"
    assert seen() == before
    stored = get_article(engine, URL)
    assert (
        stored is not None and [s.text for s in stored.sections] == ["全新的内容。"] and stored.revisions == 1
    )


def test_upsert_is_idempotent_and_batched(engine: Engine) -> None:
    store = ArticleStore(engine, batch_size=3)
    results = [store.save(make_article(f"https://www.example.cn/{n}.html")) for n in range(5)]
    assert results == ["new"] * 5
    assert count(engine, ArticleRow) == 3  # one batch committed, two pending
    assert store.save(make_article("https://www.example.cn/0.html")) == "unchanged"
    store.flush()
    assert count(engine, ArticleRow) == 5
    for _ in range(3):
        assert store.save(make_article("https://www.example.cn/0.html")) == "unchanged"
    store.close()
    assert count(engine, ArticleRow) == 5
    assert summary(engine)["sections"] == 15
    assert summary(engine)["sites"] == 1
    assert dict(store.counts) == {"new": 5, "unchanged": 4}


def test_a_bad_article_fails_alone_and_the_batch_keeps_the_others(engine: Engine) -> None:
    """Each article is saved in a savepoint of the batch: one the database refuses (a section
    without a kind breaks NOT NULL) leaves nothing behind, before or after it in the batch."""
    store = ArticleStore(engine, batch_size=10)
    assert store.save(make_article("https://www.example.cn/1.html")) == "new"
    bad = make_article("https://www.example.cn/2.html", sections=[Section(None, 1, None, "没有种类的段落。")])  # type: ignore[arg-type]
    with pytest.raises(StorageError, match="cannot store https://www.example.cn/2.html"):
        store.save(bad)
    assert store.save(make_article("https://www.example.cn/3.html", title="再次推进")) == "new"
    store.close()
    with engine.connect() as connection:
        urls = connection.execute(select(ArticleRow.url).order_by(ArticleRow.url)).scalars().all()
    assert urls == ["https://www.example.cn/1.html", "https://www.example.cn/3.html"]
    assert summary(engine)["sections"] == 6
    assert dict(store.counts) == {"new": 2}
    assert [hit.title for hit in search(engine, "再次推进")] == ["再次推进"]


def test_times_are_stored_and_compared_as_sqlalchemy_writes_them(engine: Engine) -> None:
    """The store hands the driver its values itself: a time on the whole second must still be
    written in SQLAlchemy's form (the driver's own would drop ``.000000``) and read back as a
    datetime, so the same article saved again is unchanged."""
    article = make_article(published=datetime(2024, 5, 1, 8, 0, 0))
    with ArticleStore(engine) as store:
        assert store.save(article) == "new"
    with engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT published FROM articles").scalar_one()
    assert stored == "2024-05-01 08:00:00.000000"
    with ArticleStore(engine) as store:
        assert store.save(make_article(published=datetime(2024, 5, 1, 8, 0, 0))) == "unchanged"


def test_an_aware_date_is_stored_as_the_sites_wall_clock(engine: Engine) -> None:
    """``published`` is the site's wall-clock time, naive (docs/extraction.md, "What published
    means"): the page path gives it so, and a date that states its offset (a program's Article)
    is stored as the wall clock of the store's zone (Asia/Shanghai unless given), not as UTC.
    The stored hash agrees: the same wall-clock time given naive is unchanged."""
    beijing = timezone(timedelta(hours=8))
    with ArticleStore(engine) as store:
        store.save(make_article(published=datetime(2024, 12, 18, 8, 0, tzinfo=beijing)))
        store.save(make_article(url=f"{URL}?utc", published=datetime(2024, 3, 5, 2, 21, 14, tzinfo=UTC)))
    view = get_article(engine, URL)
    assert view is not None
    assert view.published == datetime(2024, 12, 18, 8, 0)
    utc_view = get_article(engine, f"{URL}?utc")
    assert utc_view is not None
    assert utc_view.published == datetime(2024, 3, 5, 10, 21, 14)
    assert view.first_seen.tzinfo is None
    assert abs(datetime.now(UTC).replace(tzinfo=None) - view.first_seen) < timedelta(minutes=1)
    with ArticleStore(engine) as store:
        assert store.save(make_article(published=datetime(2024, 12, 18, 8, 0))) == "unchanged"
    # A store given the site's zone (the crawl's: its profile's timezone, else FANWEN_TIMEZONE).
    with ArticleStore(engine, timezone="Europe/London") as store:
        assert store.save(make_article(published=datetime(2024, 12, 18, 8, 0, tzinfo=beijing))) == "replaced"
    view = get_article(engine, URL)
    assert view is not None
    assert view.published == datetime(2024, 12, 18, 0, 0)


def test_article_without_url_is_refused(engine: Engine) -> None:
    with ArticleStore(engine) as store, pytest.raises(StorageError):
        store.save(make_article(url=None))


def test_deleting_an_article_cascades(engine: Engine) -> None:
    with ArticleStore(engine) as store:
        store.save(make_article())
        store.save(make_article(title="改过的标题"))
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM articles"))
    assert summary(engine)["sections"] == 0
    assert summary(engine)["removed_fragments"] == 0
    assert summary(engine)["article_revisions"] == 0


def test_runs(engine: Engine) -> None:
    with ArticleStore(engine) as store:
        run_id = store.start_run("huabo")
        assert list_runs(engine)[0].status == "running"
        store.save(make_article())
        store.finish_run(
            run_id,
            "finished",
            {"articles_new": 1, "pages_fetched": 3},
            {"when": datetime(2024, 1, 1), "名": "值"},
        )
    [run] = list_runs(engine)
    assert run.id == run_id
    assert (run.status, run.targets, run.articles_new, run.pages_fetched) == ("finished", "huabo", 1, 3)
    assert run.finished is not None and run.finished >= run.started
    assert run.stats_json is not None and run.stats_json["名"] == "值"


# -- queries ---------------------------------------------------------------------------


def test_search_finds_chinese_substrings(engine: Engine) -> None:
    with ArticleStore(engine) as store:
        store.save(make_article())
        store.save(
            make_article(
                "https://www.example.cn/2.html",
                title="另一篇",
                sections=[Section("section", 1, "标题", "完成率达到100%以上")],
            )
        )
    hits = search(engine, "区域协调")
    assert hits[0].heading is None and hits[0].title == "纵深推进区域协调发展"  # title hit first
    section_hits = [hit for hit in hits if hit.position is not None]
    assert {hit.position for hit in section_hits} == {2, 3}
    assert all("区域协调" in hit.snippet for hit in hits)
    assert search(engine, "大局视野")[0].heading == "坚持服务新发展格局的大局视野。"

    percent = search(engine, "100%")
    assert [hit.url for hit in percent] == ["https://www.example.cn/2.html"]
    assert search(engine, "%") == [percent[0]]
    assert search(engine, "_") == []
    assert search(engine, "区域", limit=1) == hits[:1]
    assert search(engine, "  ") == []


def test_get_article_missing(engine: Engine) -> None:
    assert get_article(engine, "42") is None
    assert get_article(engine, "https://nowhere.example/") is None


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = str(tmp_path / "fanwen.db")
    writer = make_engine(path)
    migrate(writer)
    impatient = make_engine(path, busy_timeout=0.1)
    try:
        with writer.connect() as holder:
            holder.exec_driver_sql("BEGIN IMMEDIATE")
            store = ArticleStore(impatient)
            with pytest.raises(DatabaseError, match="locked"):
                store.save(make_article())
            store.close()
            holder.rollback()
        with ArticleStore(impatient) as store:  # usable again once the lock is gone
            assert store.save(make_article()) == "new"
    finally:
        writer.dispose()
        impatient.dispose()


def test_head_revision_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from fanwen.db.engine import HEAD_REVISION, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    db = tmp_path / "head.db"
    script = (
        "import sys; from fanwen.db import make_engine, migrate; migrate(make_engine(sys.argv[1]));"
        " print('alembic' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True)
        for _ in range(2)
    ]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], runs[-1].stderr
    with make_engine(str(db)).connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def test_a_crawl_migrates_a_new_database_in_a_process_of_its_own(tmp_path: Path) -> None:
    """Alembic, Mako and Pygments are about 6 MB a process keeps once imported, for a schema
    built once: ``apart=True`` (the crawl's storage owner, ``fanwen crawl``'s check) runs the
    migration in a short-lived child. The database is migrated all the same, and a database the
    child refuses gives the same one-line error as in the process itself."""
    db = tmp_path / "new.db"
    script = (
        "import sys; from fanwen.db.engine import make_engine, migrate, DatabaseError\n"
        "migrate(make_engine(sys.argv[1]), apart=True); print('alembic' in sys.modules)\n"
        "try:\n"
        "    migrate(make_engine(sys.argv[2]), apart=True)\n"
        "except DatabaseError as error:\n"
        "    print(type(error).__name__, str(error))\n"
    )
    newer = tmp_path / "newer.db"
    migrate(make_engine(str(newer)))
    with make_engine(str(newer)).begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0999'")
    run = subprocess.run([sys.executable, "-c", script, str(db), str(newer)], capture_output=True, text=True)
    lines = run.stdout.splitlines()
    assert lines[0] == "False", run.stderr[-2000:]
    assert lines[1].startswith("DatabaseError ") and "0999" in lines[1] and "newer fanwen" in lines[1]
    assert len(lines) == 2
    with make_engine(str(db)).connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    memory = make_engine("sqlite://", poolclass=StaticPool)  # no other process can reach it
    migrate(memory, apart=True)
    with memory.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def test_a_crawls_storage_never_imports_the_orm(tmp_path: Path) -> None:
    """The crawl's storage owner, its pipelines and the writer work on the Core tables, so a
    crawl's process holds no ORM (about 7 MB, docs/performance.md): migrating a fresh database
    and storing an article import neither ``sqlalchemy.orm`` nor :mod:`fanwen.db.models`."""
    script = (
        "import sys\n"
        "import fanwen.extensions.storage, fanwen.pipelines.store, fanwen.pipelines.strip\n"
        "import fanwen.spiders.articles, fanwen.reprocess\n"
        "from fanwen.db import ArticleStore, make_engine, migrate\n"
        "from fanwen.items import Article, Section\n"
        "engine = make_engine(sys.argv[1]); migrate(engine)\n"
        "with ArticleStore(engine) as store:\n"
        "    print(store.save(Article(url=sys.argv[2], title='t', sections=[Section('intro', 1, None, '正文')])))\n"
        "print(sorted(m for m in sys.modules if m == 'sqlalchemy.orm' or m == 'fanwen.db.models'))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "crawl.db"), URL], capture_output=True, text=True
    )
    assert run.stdout.split() == ["new", "[]"], run.stderr[-2000:]


def test_the_orm_classes_map_the_core_tables() -> None:
    from fanwen.db import models, tables

    assert models.Base.metadata is tables.metadata
    assert ArticleRow.__table__ is tables.articles_table
    assert {mapper.local_table.name for mapper in models.Base.registry.mappers} == set(tables.metadata.tables)


def test_an_older_database_is_still_migrated(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    migrate(make_engine(db), "0003")
    engine = make_engine(db)
    migrate(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def test_the_sections_trigram_index_is_dropped_and_search_keeps_working(tmp_path: Path) -> None:
    # A database crawled before 0007 has the trigram side-index of sections and its triggers.
    from fanwen.db.queries import search

    db = str(tmp_path / "trigram.db")
    engine = make_engine(db)
    migrate(engine, "0006")
    # Written as that schema has it (today's store writes columns added later).
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles (id, url, title, truncated, pages, content_hash, text, first_seen, last_seen,"
            " updated_at) VALUES (1, 'https://x.cn/1.html', '标题', 0, 1, 'h', '推动区域协调发展。',"
            " '2024-01-01', '2024-01-01', '2024-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO sections (article_id, position, kind, level, text) VALUES (1, 0, 'section', 1, '推动区域协调发展。')"
        )
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"sections_fts", "sections_fts_ai", "articles_fts"} <= names
    migrate(engine)
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not {n for n in names if n.startswith("sections_fts")} and "articles_fts" in names
    with ArticleStore(engine) as store:
        store.save(
            Article(
                url="https://x.cn/2.html",
                title="标题",
                sections=[Section("section", 1, None, "建设5G网络。")],
            )
        )
    assert [hit.url for hit in search(engine, "网络")] == ["https://x.cn/2.html"]
    # The row written behind the index's back at 0006 is indexed by migration 0014, which
    # indexes every stored title and section again.
    assert [hit.url for hit in search(engine, "区域")] == ["https://x.cn/1.html"]
    from alembic import command
    from alembic.config import Config

    from fanwen.db.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:  # and back: the trigram index is built again from the sections
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT rowid FROM sections_fts WHERE sections_fts MATCH '5G网络'"
        ).all()
    assert len(found) == 1


# A process that creates a new database's schema and is killed (SIGKILL) after its Nth DDL
# statement: the schema is created in one transaction, so nothing of it may remain.
_KILLED_MID_MIGRATION = """
import os, signal, sys
from sqlalchemy import event
from fanwen.db import make_engine, migrate
engine = make_engine(sys.argv[1])
done = []
@event.listens_for(engine, "after_cursor_execute")
def kill_after(conn, cursor, statement, parameters, context, executemany):
    if statement.lstrip().upper().startswith("CREATE"):
        done.append(statement)
        if len(done) == int(sys.argv[2]):
            os.kill(os.getpid(), signal.SIGKILL)
migrate(engine)
"""


@pytest.mark.parametrize("after", [1, 4, 12])
def test_a_kill_while_the_schema_is_created_leaves_a_database_that_opens(tmp_path: Path, after: int) -> None:
    db = tmp_path / "new.db"
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_MIGRATION, str(db), str(after)], capture_output=True, text=True
    )
    assert killed.returncode == -9, killed.stderr
    engine = make_engine(str(db))
    try:
        with engine.connect() as connection:
            tables = (
                connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
                .scalars()
                .all()
            )
        assert tables == []  # the killed transaction is rolled back, not half kept
        migrate(engine)
        with ArticleStore(engine) as store:
            assert store.save(make_article()) == "new"
    finally:
        engine.dispose()


def test_migrations_of_one_new_database_racing_each_other_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "race.db"
    script = "import sys; from fanwen.db import make_engine, migrate; migrate(make_engine(sys.argv[1]))"
    racers = [
        subprocess.Popen([sys.executable, "-c", script, str(db)], stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    errors = [racer.communicate()[1] for racer in racers]
    assert [racer.returncode for racer in racers] == [0] * 6, errors


def full_after(db: str, pages: int) -> Engine:
    """An engine on ``db`` whose file may grow by only ``pages`` pages: SQLITE_FULL after that,
    as on a full disk."""
    with make_engine(db).connect() as connection:
        limit = connection.exec_driver_sql("PRAGMA page_count").scalar_one() + pages
    engine = make_engine(db)

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    return engine


def long_article(n: int) -> Article:
    return make_article(
        f"https://www.example.cn/{n}.html",
        sections=[Section("section", 1, "坚持大局视野。", f"第{n}篇。" + "推动区域协调发展。" * 300)],
    )


def test_a_full_disk_is_one_clear_error_and_counts_only_what_was_committed(
    engine: Engine, tmp_path: Path
) -> None:
    full = full_after(str(tmp_path / "fanwen.db"), 12)
    store = ArticleStore(full, batch_size=2)
    saved, errors = [], []
    for n in range(30):
        try:
            saved.append(store.save(long_article(n)))
        except StorageError as error:
            errors.append(error)
    store.close()  # the batch that did not fit was rolled back: nothing is left to commit
    # The first failed write stops the store: a full disk does not empty itself, and a store that
    # went on would keep some later batches and lose others.
    assert errors and all(isinstance(error, DiskFull) for error in errors)
    assert str(errors[0]).startswith("disk full: ")
    assert saved == ["new"] * len(saved)
    stored = count(engine, ArticleRow)
    assert 0 < stored <= len(saved) < 30
    assert dict(store.counts) == {"new": stored}  # what was committed, not what was attempted
    # What was saved and then rolled back with the batch that did not fit: the summary says it
    # was not saved (a crawl's summary counted it among the articles and sections stored).
    assert dict(store.lost) == {"new": len(saved) - stored}
    assert store.lost_parts["sections"] == len(saved) - stored
    full.dispose()


def test_a_distributed_run_whose_every_worker_was_killed_is_closed_with_its_workers(tmp_path: Path) -> None:
    from fanwen.db.state import close_abandoned_runs
    from fanwen.db.workers import finish_worker, start_worker

    engine = make_engine(str(tmp_path / "w.db"))
    migrate(engine)
    with ArticleStore(engine) as store:
        run_id = store.start_run("demo")
    killed = [start_worker(engine, run_id, f"host:{pid}:abc") for pid in (1, 2)]
    finish_worker(engine, killed[0], run_id, "finished", {"articles_new": 3, "pages_fetched": 5})
    assert close_abandoned_runs(engine) == 1
    [run] = list_runs(engine)
    assert run.status == "interrupted"
    assert [(w.status, w.articles_new) for w in run.workers] == [("finished", 3), ("interrupted", 0)]
    assert (run.articles_new, run.pages_fetched) == (3, 5)  # the worker's counts were added to the run's
    engine.dispose()


# -- what decides that a stored article changed: everything stored for it ------------------


def resectioned(**overrides: object) -> Article:
    """:func:`make_article`'s lines (so its title, text and content hash) split into sections
    otherwise, as a better section finder splits them: other kinds, another level."""
    sections = [
        Section("section", 1, None, "近日,《长三角地区一体化发展规划》发布。"),
        Section("section", 2, "坚持服务新发展格局的大局视野。", "推动区域协调发展。"),
        Section("section", 1, None, "总之,推进区域协调发展是一项长期任务。"),
    ]
    return make_article(sections=sections, **overrides)


def revision_count(engine: Engine) -> int:
    return count(engine, ArticleRevision)


def test_the_same_text_split_into_other_sections_is_a_change_with_a_revision(engine: Engine) -> None:
    """A change only in sections (the same lines under other kinds or levels: a better section
    finder) reached no table while only the content hash and the date, author and source were
    compared: the crawl and reprocess called the article unchanged and kept its old sections."""
    with ArticleStore(engine) as store:
        assert store.save(make_article()) == "new"
    assert resectioned().content_hash == make_article().content_hash
    with ArticleStore(engine) as store:
        assert store.save(resectioned()) == "changed"
        assert store.save(resectioned()) == "unchanged"
    stored = get_article(engine, URL)
    assert stored is not None
    assert [(s.kind, s.level) for s in stored.sections] == [("section", 1), ("section", 2), ("section", 1)]
    assert revision_count(engine) == 1  # the earlier sections are kept, as for a changed text
    with engine.connect() as connection:
        kept = json.loads(connection.execute(select(ArticleRevision.sections_json)).scalar_one())
    assert [s["kind"] for s in kept] == ["intro", "section", "conclusion"]


@pytest.mark.parametrize(
    "overrides",
    [
        {"category": "工作总结"},
        {"truncated": True},
        {"pages": 2},
        {"removed": [Removal("call_to_action", "请点击👉 mooonya 👈联系老师"), Removal("promo", "相关阅读")]},
    ],
    ids=["category", "truncated", "pages", "removed"],
)
def test_a_change_only_in_what_is_stored_beside_the_text_is_written_in_place(
    engine: Engine, overrides: dict[str, object]
) -> None:
    """The same title, text and sections with another category, truncation, page count or
    removals: written in place with no revision (as a corrected date or author), counted as
    ``replaced``; before, they counted as unchanged and the stored values stayed."""
    with ArticleStore(engine) as store:
        assert store.save(make_article()) == "new"
    with ArticleStore(engine) as store:
        assert store.save(make_article(**overrides)) == "replaced"
        assert store.save(make_article(**overrides)) == "unchanged"
    with engine.connect() as connection:
        row = connection.execute(select(ArticleRow.__table__).where(ArticleRow.url == URL)).one()
        removed = connection.exec_driver_sql(
            "SELECT rule, text FROM removed_fragments ORDER BY position"
        ).all()
    expected = make_article(**overrides)
    assert (row.category, row.truncated, row.pages) == (expected.category, expected.truncated, expected.pages)
    assert [tuple(r) for r in removed] == [(r.rule, r.text) for r in expected.removed]
    assert row.stored_hash == expected.stored_hash
    assert revision_count(engine) == 0


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from fanwen.db.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def varied_articles() -> list[Article]:
    """Articles with every stored field in its unusual forms: no date, an aware date, no
    sections (the text is the blocks'), no title, truncated, several pages, a heading of ''."""
    from fanwen.items import Block

    return [
        make_article(),
        resectioned(url=f"{URL}?2", category="工作总结", truncated=True, pages=3, author="李明"),
        make_article(
            url=f"{URL}?3",
            title=None,
            published=datetime(2024, 12, 18, 9, 30, 5, 120, tzinfo=timezone(timedelta(hours=8))),
            sections=[],
            blocks=[Block("第一段。"), Block("第二段。")],
            removed=[],
        ),
        make_article(
            url=f"{URL}?4", published=None, source=None, sections=[Section("section", 3, "", "正文。")]
        ),
    ]


def upgrade_keeps_what_the_store_wrote(engine: Engine) -> None:
    """Varied articles stored, the database taken down to 0011 and up again: every row's hash is
    the one the store wrote, they are unchanged when stored again, a resectioned one changed.
    (SQLite here, PostgreSQL in tests/test_postgresql.py.)"""
    articles = varied_articles()
    with ArticleStore(engine) as store:
        assert [store.save(article) for article in articles] == ["new"] * len(articles)

    def hashes() -> dict[str, str | None]:
        with engine.connect() as connection:
            return dict(connection.execute(select(ArticleRow.url, ArticleRow.stored_hash)).all())

    written = hashes()
    assert written == {a.url: a.stored_hash for a in articles}
    downgrade(engine, "0011")
    migrate(engine)
    assert hashes() == written
    with ArticleStore(engine) as store:
        assert [store.save(article) for article in articles] == ["unchanged"] * len(articles)
        assert store.save(resectioned()) == "changed"


def test_articles_stored_before_0012_get_their_stored_hash_from_their_rows(engine: Engine) -> None:
    """Migration 0012 computes each stored article's hash from its stored rows (article,
    sections, removed fragments), so that the first crawl or reprocess after the upgrade finds
    an article that gives what is stored unchanged, and one that does not changed."""
    upgrade_keeps_what_the_store_wrote(engine)


def test_a_row_without_a_stored_hash_is_compared_by_its_fields(engine: Engine) -> None:
    """A row with no stored hash (none is left by migration 0012; a row some other program
    wrote) is not taken as unchanged: the store compares the title, text and sections, writes
    it in place when they are the same (no revision), and records its hash."""
    with ArticleStore(engine) as store:
        store.save(make_article())
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE articles SET stored_hash = NULL")
    with ArticleStore(engine) as store:
        assert store.save(make_article()) == "replaced"
        assert store.save(make_article()) == "unchanged"
    assert revision_count(engine) == 0


def test_statements_run_on_the_driver_raise_sqlalchemys_errors(tmp_path: Path) -> None:
    """The store's per-article statements run on the driver's cursor (no SQLAlchemy execution
    context: fanwen.db.dialect.driver_cursor); a driver error still comes as SQLAlchemy's own
    class with the driver's error as ``orig``, and the transaction goes on."""
    import sqlite3

    from sqlalchemy import exc

    from fanwen.db.dialect import driver_cursor

    engine = make_engine(str(tmp_path / "driver.db"))
    migrate(engine)
    with engine.connect() as connection:
        connection.begin()
        insert = "INSERT INTO sites (name, base_url) VALUES (?, ?)"
        driver_cursor(connection, insert, ("huabo", None)).close()
        with pytest.raises(exc.IntegrityError) as raised:
            driver_cursor(connection, insert, [("huabo", None)], many=True)
        assert isinstance(raised.value.orig, sqlite3.IntegrityError) and "UNIQUE" in str(raised.value)
        with pytest.raises(exc.OperationalError):
            driver_cursor(connection, "SELECT nothing FROM nowhere")
        cursor = driver_cursor(connection, "SELECT name FROM sites")
        assert cursor.fetchall() == [("huabo",)]
        cursor.close()
        connection.commit()
    engine.dispose()


def test_a_new_database_has_8_kb_pages_and_an_old_one_keeps_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new SQLite file is made with 8 kB pages (fewer page writes for an article's 50 kB);
    one made with SQLite's default 4 kB (by fanwen before) keeps them and is written as before."""
    from fanwen.db import dialect

    new = make_engine(str(tmp_path / "new.db"))
    migrate(new)
    with new.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA page_size").scalar() == 8192
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    new.dispose()
    with monkeypatch.context() as patched:
        patched.setattr(dialect, "PAGE_SIZE", 4096)
        made = make_engine(str(tmp_path / "old.db"))
        migrate(made)
        made.dispose()
    old = make_engine(str(tmp_path / "old.db"))
    with ArticleStore(old) as store:
        store.save(
            Article(url="https://x.cn/1.html", title="标题", sections=[Section("intro", 1, None, "正文。")])
        )
    with old.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert connection.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 1
    old.dispose()
