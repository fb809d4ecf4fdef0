"""``fanwen reprocess`` (issue 15): the archive read again from its kept pages, never fetching."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from fanwen.cli import main
from fanwen.demo import build_site, serve
from fanwen.profiles import BUNDLED

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
# A rule the crawl did not have: the demo's pooled conclusions that open with 总而言之 go.
RULE = """
[[rule]]
name = "cut-summing-up"
pattern = "^总而言之"
scope = "block"
max_chars = 200
"""


def crawl(base: str, db: Path, profile: str = "demo") -> None:
    command = [
        str(BIN / "scrapy"),
        "crawl",
        "articles",
        "-a",
        f"target={profile}",
        "-a",
        f"start_url={base}/",
    ]
    result = subprocess.run(
        [*command, "-s", f"FANWEN_DB={db}", *FAST], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]


# What a crawl stores of an article besides its sections and removals (the times, the
# validators and the template it was read by aside): reprocess must write the same.
STORED = "title, published, author, source, category, truncated, pages, content_hash, text, stored_hash"


def content(db: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(db)
    stored = {}
    for article_id, url, *stored_row in connection.execute(f"SELECT id, url, {STORED} FROM articles"):
        sections = connection.execute(
            "SELECT kind, level, heading, text FROM sections WHERE article_id = ? ORDER BY position",
            (article_id,),
        ).fetchall()
        removed = connection.execute(
            "SELECT rule, text FROM removed_fragments WHERE article_id = ? ORDER BY position", (article_id,)
        ).fetchall()
        stored[url.split("/", 3)[3]] = [*stored_row, *sections, *removed]
    connection.close()
    return stored


def rehash(db: Path) -> None:
    """Every article's stored hash computed again from its rows: the database as an earlier
    fanwen that stored the values the test wrote into it would have it. Migration 0013 hashes
    every stored row (its frozen copy of :func:`fanwen.items.stored_hash`, which
    tests/test_stored_hash.py checks against the store's), so down to 0012 and up again."""
    from test_db import downgrade

    from fanwen.db import make_engine, migrate

    engine = make_engine(f"sqlite:///{db}")
    downgrade(engine, "0012")
    migrate(engine)
    engine.dispose()


def committed(db: Path) -> bool:
    """Whether a reprocess has committed its first articles (and where it got to)."""
    try:
        with sqlite3.connect(db, timeout=0.1) as connection:
            return bool(connection.execute("SELECT count(*) FROM reprocess_checkpoints").fetchone()[0])
    except sqlite3.OperationalError:
        return False


def revisions(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM article_revisions").fetchone()[0]


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    """The demo crawled twice: as it is, and with a profile that adds RULE."""
    folder = tmp_path_factory.mktemp("reprocess")
    rules = folder / "rules.toml"
    rules.write_text(RULE, encoding="utf-8")
    profile = folder / "demo.toml"
    profile.write_text((BUNDLED / "demo.toml").read_text(encoding="utf-8") + RULE, encoding="utf-8")
    site = build_site(extra_articles=60)
    with serve(site) as base:
        crawl(base, folder / "plain.db")
        crawl(base, folder / "ruled.db", str(profile))
    return folder


def copy(folder: Path, name: str) -> Path:
    """A copy of the plain crawl's database and its pages."""
    db = folder / f"{name}.db"
    shutil.copy(folder / "plain.db", db)
    return db


def reprocess(db: Path | str, *args: str, workers: str = "0") -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "fanwen"), "reprocess", "--db", str(db), "--workers", workers, *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_the_rule_changes_what_a_crawl_stores(crawls) -> None:
    plain, ruled = content(crawls / "plain.db"), content(crawls / "ruled.db")
    changed = [url for url in plain if plain[url] != ruled[url]]
    assert 5 < len(changed) < len(plain)


@pytest.mark.parametrize("workers", ["0", "2"])
def test_reprocessing_with_the_rule_stores_what_a_crawl_with_it_stores(crawls, workers) -> None:
    """In this process (0) or in page reader processes that strip and section too (2)."""
    db = copy(crawls, f"again{workers}")
    result = reprocess(db, "--rules", str(crawls / "rules.toml"), workers=workers)
    assert result.returncode == 0, result.stderr
    plain, ruled, again = content(crawls / "plain.db"), content(crawls / "ruled.db"), content(db)
    assert again == ruled
    changed = sum(1 for url in plain if plain[url] != ruled[url])
    assert f"{changed} changed, 0 replaced, {len(plain) - changed} unchanged" in result.stdout
    assert "cut-summing-up +" in result.stdout
    assert revisions(db) == changed  # each changed article keeps its earlier version
    # Run again: nothing left to change, nothing new in the revisions.
    assert "0 changed" in reprocess(db, "--rules", str(crawls / "rules.toml")).stdout
    assert revisions(db) == changed


def test_without_changes_reprocessing_changes_nothing(crawls) -> None:
    db = copy(crawls, "same")
    result = reprocess(db)
    assert result.returncode == 0, result.stderr
    assert " 0 changed" in result.stdout
    assert content(db) == content(crawls / "plain.db")


def test_reprocessing_leaves_what_the_next_crawl_sees_as_it_was(crawls) -> None:
    """Which stored articles the next crawl fetches again, and with which validators, is the
    crawls' business: reprocess moves neither last_seen (an article seen a year ago is still due)
    nor the ETag and Last-Modified a later crawl stored (a 304 answer keeps the pages it had)."""
    from fanwen.db import make_engine
    from fanwen.db.state import load_state

    db = copy(crawls, "seen")
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE articles SET last_seen = '2020-01-01 00:00:00.000000', etag = '\"later\"',"
            " last_modified = 'Wed, 01 Jan 2025 00:00:00 GMT'"
        )

    def known() -> dict:
        engine = make_engine(f"sqlite:///{db}")
        try:
            return load_state(engine, None).articles
        finally:
            engine.dispose()

    before = known()
    result = reprocess(db, "--rules", str(crawls / "rules.toml"))
    assert result.returncode == 0, result.stderr
    assert revisions(db) > 0  # articles changed, and were written
    assert known() == before


def test_a_dry_run_reports_the_same_and_writes_nothing(crawls) -> None:
    db = copy(crawls, "dry")
    before = db.read_bytes()
    dry = reprocess(db, "--rules", str(crawls / "rules.toml"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert db.read_bytes() == before
    assert "would change" in dry.stdout and "dry run: nothing written" in dry.stdout
    real = reprocess(db, "--rules", str(crawls / "rules.toml"))
    assert dry.stdout.split("\n")[0].replace("would change", "changed") == real.stdout.split("\n")[0]


def test_a_page_that_no_longer_gives_an_article_keeps_its_article(crawls, tmp_path) -> None:
    db = copy(crawls, "broken")
    everything = tmp_path / "everything.toml"
    everything.write_text('[[rule]]\nname = "cut-all"\npattern = "."\nscope = "block"\nmax_chars = 100000\n')
    result = reprocess(db, "--rules", str(everything))
    assert result.returncode == 0, result.stderr
    total = len(content(db))
    assert f"{total} no longer give an article" in result.stdout
    assert content(db) == content(crawls / "plain.db")


def test_a_killed_reprocess_resumes_and_ends_as_one_that_was_not(crawls) -> None:
    db = copy(crawls, "killed")
    command = [
        str(BIN / "fanwen"),
        "reprocess",
        "--db",
        str(db),
        "--workers",
        "0",
        "--rules",
        str(crawls / "rules.toml"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = time.monotonic() + 60
    while not committed(db) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    resumed = reprocess(db, "--rules", str(crawls / "rules.toml"))
    assert resumed.returncode == 0, resumed.stderr
    if "resumed after article" not in resumed.stdout:
        pytest.skip("the reprocess ended before it could be killed mid-way")  # a fast machine
    assert content(db) == content(crawls / "ruled.db")
    plain, ruled = content(crawls / "plain.db"), content(crawls / "ruled.db")
    assert revisions(db) == sum(1 for url in plain if plain[url] != ruled[url])


def article_ids(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {url.split("/", 3)[3]: i for i, url in connection.execute("SELECT id, url FROM articles")}


def saved_checkpoint(db: Path) -> int | None:
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT after FROM reprocess_checkpoints").fetchone()
    return row[0] if row else None


def test_an_article_whose_reader_died_is_never_passed_for_read(crawls, monkeypatch) -> None:
    """The page reader reading an article ends (a page that crashes it, the OOM killer) and no
    reader is left to read it again: the run says so, exits 1, keeps the stored article, and
    keeps its checkpoint before it, so that the same command run again reads it."""
    from fanwen import reprocess as module
    from fanwen.spiders.reader import PageReader, WorkerLost

    db = copy(crawls, "lost")
    plain, ruled = content(crawls / "plain.db"), content(crawls / "ruled.db")
    ids = article_ids(db)
    changing = sorted(ids[url] for url in plain if plain[url] != ruled[url])
    victim = changing[len(changing) // 2]  # an article the rule changes, mid-run
    victim_url = next(url for url, i in ids.items() if i == victim)

    class Dying(PageReader):
        async def read_article(self, pages, template, url, category, known_hash=None, site=None):  # type: ignore[no-untyped-def]
            if url.endswith(victim_url):
                raise WorkerLost("page reader 1 ended before it read the page", started=True)
            return await super().read_article(pages, template, url, category, known_hash, site)

    monkeypatch.setattr(module, "PageReader", Dying)
    rules = str(crawls / "rules.toml")
    first = CliRunner().invoke(main, ["reprocess", "--db", str(db), "--workers", "0", "--rules", rules])
    assert first.exit_code == 1, first.output
    assert "1 not read: their page reader ended while reading them" in first.output
    assert f"(it starts again at article {victim})" in first.output
    assert f"{len(plain) - 1} articles read again" in first.output
    assert saved_checkpoint(db) == victim - 1
    assert content(db)[victim_url] == plain[victim_url]  # kept as it was
    monkeypatch.undo()
    again = reprocess(db, "--rules", rules)
    assert again.returncode == 0, again.stderr
    assert f"resumed after article {victim - 1}" in again.stdout
    assert content(db) == ruled
    assert revisions(db) == len(changing)  # the articles after it, stored before, are not stored twice
    assert saved_checkpoint(db) is None


def reader_pids(pid: int) -> list[int]:
    """The page readers of the process ``pid`` (its child processes)."""
    return [
        int(child)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for child in (task / "children").read_text().split()
    ]


@pytest.mark.parametrize("killed", [1, 2])
def test_killing_page_readers_mid_run_loses_no_article(crawls, killed) -> None:
    """One reader killed: the other reads again what it held. Both killed: the articles queued
    behind the ones they were reading are read in the command's process, and those they were
    reading are reported as not read (exit 1) and read by the next run. Either way, once the
    command exits 0 every article is what a crawl with the rule stores, stored once."""
    db = copy(crawls, f"readers{killed}")
    rules = str(crawls / "rules.toml")
    command = [str(BIN / "fanwen"), "reprocess", "--db", str(db), "--workers", "2", "--rules", rules]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + 120
    while len(readers := reader_pids(process.pid)) < 2:
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.005)
    for pid in readers[:killed]:
        os.kill(pid, signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert "Traceback" not in err, err
    if process.returncode == 1:  # some article was being read by a reader that was killed
        assert " not read: their page reader ended while reading them" in out
        assert killed == 2, "with a reader left, every article is read again"
        first_lost = int(re.search(r"it starts again at article (\d+)", out).group(1))  # type: ignore[union-attr]
        again = reprocess(db, "--rules", rules)
        assert again.returncode == 0, again.stderr
        assert (f"resumed after article {first_lost - 1}" in again.stdout) == (first_lost > 1)
    else:
        assert process.returncode == 0, err
    plain, ruled = content(crawls / "plain.db"), content(crawls / "ruled.db")
    assert content(db) == ruled
    assert revisions(db) == sum(1 for url in plain if plain[url] != ruled[url])
    assert saved_checkpoint(db) is None


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_mid_run_is_one_line_exit_3_and_the_next_run_resumes(crawls, number) -> None:
    """Ctrl-C (to the terminal's process group) or SIGTERM (systemd, kill): the window being
    stored is committed with its checkpoint, the readers end, and one line says how far it got."""
    from conftest import ended

    db = copy(crawls, f"stopped{number}")
    rules = str(crawls / "rules.toml")
    command = [str(BIN / "fanwen"), "reprocess", "--db", str(db), "--workers", "2", "--rules", rules]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, process_group=0,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as at a terminal
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not committed(db) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    readers = reader_pids(process.pid) if process.poll() is None else []
    try:
        if number == signal.SIGINT:
            os.killpg(process.pid, number)
        else:
            process.send_signal(number)
    except ProcessLookupError:
        pass  # it ended between the poll and the signal: the returncode tells below
    out, err = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the reprocess ended before it could be stopped mid-way")  # a fast machine
    assert process.returncode == 3, err
    assert ended(readers), "a page reader outlived the stopped reprocess"
    assert "Traceback" not in err and "Loop" not in err, err
    last = err.strip().splitlines()[-1]
    after = saved_checkpoint(db)
    assert after, "the window stored before the signal was committed with its checkpoint"
    assert last.startswith("Interrupted: ") and last.endswith(
        f"committed up to article {after}; run the same command again to resume after it."
    ), last
    again = reprocess(db, "--rules", rules)
    assert again.returncode == 0, again.stderr
    assert f"resumed after article {after}" in again.stdout
    plain, ruled = content(crawls / "plain.db"), content(crawls / "ruled.db")
    assert content(db) == ruled
    assert revisions(db) == sum(1 for url in plain if plain[url] != ruled[url])


def test_bad_rules_are_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nname = "x"\npattern = "("\n')
    result = CliRunner().invoke(main, ["reprocess", "--db", str(tmp_path / "none.db"), "--rules", str(bad)])
    assert result.exit_code == 2
    assert "--rules" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('[rule]\nname = "x"\npattern = "a"\n', "[[rule]] entries must be tables"),  # [rule], not [[rule]]
        ('rule = "x"\n', "[[rule]] entries must be tables"),
        ("rule = [1]\n", "[[rule]] entries must be tables"),
        ("", "no [[rule]] table in it: nothing to add"),
        ("# to do\n", "no [[rule]] table in it: nothing to add"),
        ("rule = []\n", "no [[rule]] table in it: nothing to add"),
    ],
    ids=["table", "string", "number", "empty", "comment", "empty-list"],
)
def test_a_rules_file_without_rule_tables_is_one_line_and_exit_2(
    tmp_path: Path, text: str, said: str
) -> None:
    """`[rule]` for `[[rule]]` was a traceback (AttributeError); a rules file with no rule in it
    reprocessed every article with none added and said "0 would change", exit 0."""
    rules = tmp_path / "mine.toml"
    rules.write_text(text)
    result = CliRunner().invoke(main, ["reprocess", "--db", str(tmp_path / "none.db"), "--rules", str(rules)])
    assert result.exit_code == 2, (result.output, result.exception)
    assert f"Invalid value for --rules: {rules}: {said}" in result.output, result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("workers", ["-1", "many", "2.5"])
def test_a_bad_worker_count_is_a_usage_error_as_in_fanwen_crawl(tmp_path: Path, workers: str) -> None:
    for command in ("reprocess", "crawl"):
        target = [] if command == "reprocess" else ["http://127.0.0.1:9/"]
        result = CliRunner().invoke(
            main, [command, *target, "--db", str(tmp_path / "w.db"), "--workers", workers]
        )
        assert result.exit_code == 2, result.output
        assert "'--workers': must be a number of processes (0 or more) or 'auto'" in result.output
        assert not (tmp_path / "w.db").exists()


def as_sqlite_gives(value: object) -> object:
    """A value read through SQLAlchemy as :mod:`sqlite3` reads what SQLAlchemy wrote there."""
    from datetime import datetime

    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def engine_content(url: str) -> dict[str, list[tuple]]:
    """:func:`content` through SQLAlchemy, for any database."""
    from sqlalchemy import text

    from fanwen.db import make_engine

    engine = make_engine(url)
    stored = {}
    with engine.connect() as connection:
        rows = connection.execute(text(f"SELECT id, url, {STORED} FROM articles")).all()
        for article_id, article_url, *stored_row in rows:
            sections = connection.execute(
                text(
                    "SELECT kind, level, heading, text FROM sections WHERE article_id = :a ORDER BY position"
                ),
                {"a": article_id},
            ).all()
            removed = connection.execute(
                text("SELECT rule, text FROM removed_fragments WHERE article_id = :a ORDER BY position"),
                {"a": article_id},
            ).all()
            stored[article_url.split("/", 3)[3]] = [
                *map(as_sqlite_gives, stored_row),
                *map(tuple, sections),
                *map(tuple, removed),
            ]
    engine.dispose()
    return stored


def test_on_postgresql_the_crawl_keeps_pages_and_reprocess_gives_the_same(crawls, postgres_databases) -> None:
    """The kept pages, the end-of-crawl re-check and reprocess run on PostgreSQL as on SQLite."""
    postgres = postgres_databases.create()
    with serve(build_site(extra_articles=60)) as base:
        command = [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", postgres]
        result = subprocess.run(
            [*command, "-L", "WARNING", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "--workers", "0"],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert engine_content(postgres) == content(crawls / "plain.db")
    again = reprocess(postgres, "--rules", str(crawls / "rules.toml"))  # type: ignore[arg-type]
    assert again.returncode == 0, again.stderr
    assert engine_content(postgres) == content(crawls / "ruled.db")
    postgres_databases.drop(postgres)


def test_a_corrected_date_or_author_alone_is_stored(crawls) -> None:
    """Reprocessing after a fix of date or author detection (a newer fanwen, a corrected profile)
    must store the corrected values, though title and text, and so the content hash, are the
    same: in place, with no revision (the text did not change). Before, such an article counted
    as unchanged and kept its wrong author; then as changed, with the articles whose text changed."""
    db = copy(crawls, "metadata")
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
        connection.executemany(
            "UPDATE articles SET author = '错误的作者', published = NULL WHERE id = ?", [(i,) for i in ids]
        )
    rehash(db)
    result = reprocess(db, workers="2")
    assert result.returncode == 0, result.stderr
    assert " 0 changed, 3 replaced, " in result.stdout, result.stdout
    stored = {url: rows for url, rows in content(db).items()}
    assert stored == content(crawls / "plain.db")  # title, text, sections, removals: as they were
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles WHERE author = '错误的作者'").fetchone() == (
            0,
        )
        fixed = connection.execute(
            f"SELECT author, published FROM articles WHERE id IN ({','.join('?' * 3)}) ORDER BY id", ids
        ).fetchall()
    with sqlite3.connect(crawls / "plain.db") as connection:
        truth = connection.execute(
            f"SELECT author, published FROM articles WHERE id IN ({','.join('?' * 3)}) ORDER BY id", ids
        ).fetchall()
    assert fixed == truth
    assert revisions(db) == 0
    assert " 0 changed, 0 replaced, " in reprocess(db).stdout  # and again: nothing left to change


def test_a_crawl_shows_articles_replaced_in_its_summary_and_runs(crawls) -> None:
    """A re-crawl that finds the same title and text under a corrected date or author (the
    site's own correction, a fixed profile) writes them in place with no revision: ``replaced``.
    The summary, the run's row and ``fanwen runs`` say how many, as they say new and changed;
    before, those articles showed nowhere but in the run's stats JSON."""
    db = crawls / "replaced.db"
    with serve(build_site(extra_articles=20)) as base:
        crawl(base, db)
        with sqlite3.connect(db) as connection:
            ids = [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
            connection.executemany(
                "UPDATE articles SET author = '错误的作者' WHERE id = ?", [(i,) for i in ids]
            )
        rehash(db)  # committed above
        command = [str(BIN / "fanwen"), "crawl", "demo", "--start-url", f"{base}/", "--db", str(db), "--full"]
        result = subprocess.run([*command, *FAST], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.search(r": 0 new, 0 changed, 3 replaced, \d+ unchanged articles", result.stdout), result.stdout
    assert revisions(db) == 0
    with sqlite3.connect(db) as connection:
        run = connection.execute(
            "SELECT articles_replaced, articles_changed FROM crawl_runs ORDER BY id DESC"
        )
        assert run.fetchone() == (3, 0)
    runs = CliRunner().invoke(main, ["runs", "--db", str(db)], env={"COLUMNS": "200"})
    assert runs.exit_code == 0, runs.output
    header = next(line for line in runs.output.splitlines() if " new " in line)
    row = next(line for line in runs.output.splitlines() if "#2 " in line)
    columns = [cell.strip() for cell in re.split("[┃│]", header)]
    assert [cell.strip() for cell in re.split("[┃│]", row)][columns.index("replaced")] == "3"
    listed = CliRunner().invoke(main, ["runs", "--db", str(db), "--json"])
    assert json.loads(listed.output.splitlines()[0])["articles_replaced"] == 3


def test_the_articles_of_several_sites_are_read_by_one_set_of_page_readers(crawls, monkeypatch) -> None:
    """The page readers start once for the whole run, whatever the number of sites (before,
    each site started readers of its own and kept them until the run ended: a process per
    reader and site), and each site's articles are read with its own setup."""
    from fanwen.spiders import reader as reader_module

    db = copy(crawls, "sites")
    with sqlite3.connect(db) as connection:
        connection.execute("INSERT INTO sites (name) VALUES ('other')")
        other = connection.execute("SELECT id FROM sites WHERE name = 'other'").fetchone()[0]
        connection.execute("UPDATE articles SET site_id = ? WHERE id % 2 = 0", (other,))
        count = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    made: list[reader_module.PageReader] = []

    class Counted(reader_module.PageReader):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr("fanwen.reprocess.PageReader", Counted)
    result = CliRunner().invoke(main, ["reprocess", "--db", str(db), "--workers", "2", "--profile", "demo"])
    assert result.exit_code == 0, result.output
    assert (
        f"{count} articles read again from kept pages: 0 changed, 0 replaced, {count} unchanged"
        in result.output
    )
    assert [reader.started for reader in made] == [2]


def run_in_process(db: Path, *args: str) -> str:
    """``fanwen reprocess --workers 0``: every article made again in this process, where a test
    can change what the page path gives."""
    result = CliRunner().invoke(main, ["reprocess", "--db", str(db), "--workers", "0", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_change_only_in_the_sections_is_stored_with_a_revision(crawls, monkeypatch) -> None:
    """A better section finder that splits the same lines otherwise (here: every section one
    level deeper) leaves title, text and the content hash as they were. Reprocess compared only
    those and the date, author and source, so it reported 0 changed and kept the old sections.
    Now each such article is changed and keeps its earlier version, as a crawl does; the
    finder as it was brings back exactly what a crawl with it stores; then nothing changes."""
    from fanwen import rebuild
    from fanwen.items import Section

    db = copy(crawls, "resectioned")
    plain = content(crawls / "plain.db")
    finder = rebuild.split_sections

    def deeper(blocks, title=None):  # type: ignore[no-untyped-def]
        return [Section(s.kind, s.level + 1, s.heading, s.text) for s in finder(blocks, title)]

    monkeypatch.setattr(rebuild, "split_sections", deeper)
    output = run_in_process(db)
    assert f"{len(plain)} changed, 0 replaced, 0 unchanged" in output
    assert revisions(db) == len(plain)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT min(level) FROM sections").fetchone() == (2,)
    monkeypatch.undo()
    output = run_in_process(db)
    assert f"{len(plain)} changed, 0 replaced, 0 unchanged" in output
    assert content(db) == plain  # what a crawl of the same pages stores, its stored hash too
    assert revisions(db) == 2 * len(plain)
    assert f"0 changed, 0 replaced, {len(plain)} unchanged" in run_in_process(db)
    assert revisions(db) == 2 * len(plain)


def test_a_change_only_in_the_category_is_written_in_place(crawls, monkeypatch) -> None:
    """A newer fanwen that reads another category (the title, text and sections the same) was
    reported unchanged and the stored category stayed; now each article is ``replaced``: the
    category written in place, no revision (the text did not change)."""
    from fanwen import rebuild

    db = copy(crawls, "recategorised")
    plain = content(crawls / "plain.db")
    made = rebuild.rebuild

    def another_category(*args, **kwargs):  # type: ignore[no-untyped-def]
        article = made(*args, **kwargs)
        if article is not None:
            article.category = "新栏目"
        return article

    monkeypatch.setattr(rebuild, "rebuild", another_category)
    assert f"0 changed, {len(plain)} replaced, 0 unchanged" in run_in_process(db)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT DISTINCT category FROM articles").fetchall() == [("新栏目",)]
    assert revisions(db) == 0
    assert f"0 changed, 0 replaced, {len(plain)} unchanged" in run_in_process(db)
    monkeypatch.undo()  # the pages that name a category give it again; the others keep the stored one
    assert f"{len(plain)} articles read again from kept pages: 0 changed, " in run_in_process(db)
    assert revisions(db) == 0


def test_reprocessing_unchanged_pages_writes_no_revision_and_nothing_at_all(crawls) -> None:
    db = copy(crawls, "untouched")
    before = content(db)
    output = run_in_process(db)
    assert f"0 changed, 0 replaced, {len(before)} unchanged" in output
    assert content(db) == before and revisions(db) == 0


def test_a_crawls_own_articles_all_record_the_template_they_were_read_by(crawls) -> None:
    """The crawl-end re-check reads again, as "no recorded template", only articles stored
    before migration 0010 (or with template learning off): the running crawl's articles read
    before its template was decided record the empty template's key, and are compared by where
    their pages showed the slots like the others, not all read again."""
    from fanwen.db import make_engine
    from fanwen.db.archive import unrecorded_readings

    engine = make_engine(f"sqlite:///{crawls / 'plain.db'}")
    with engine.connect() as connection:
        sites = [name for (name,) in connection.exec_driver_sql("SELECT name FROM sites")]
        assert sites and all(unrecorded_readings(connection, site, 10_000) == [] for site in sites)
        assert (
            connection.exec_driver_sql("SELECT count(*) FROM articles WHERE template_key IS NULL").scalar()
            == 0
        )
    engine.dispose()


# `fanwen ARGS...` whose SQLite files may hold at most LIMIT pages: SQLITE_FULL after that.
_ON_A_FULL_DISK = """
import sys
from sqlalchemy import Engine, event
from fanwen.cli import main
@event.listens_for(Engine, "connect")
def limit_pages(dbapi_connection, record):
    dbapi_connection.execute("PRAGMA max_page_count = " + sys.argv[1])
main(sys.argv[2:], prog_name="fanwen")
"""


def test_a_full_disk_mid_way_says_how_far_it_committed_and_what_to_do(crawls) -> None:
    """The disk filling in the middle of a reprocess ended with "Error: disk full: <db>: database
    or disk is full", exit 1: nothing of what was committed, nor that the same command resumes."""
    db = copy(crawls, "full")
    connection = sqlite3.connect(db)
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    everything = crawls / "everything.toml"  # a rule that changes every article: every one is written
    everything.write_text('[[rule]]\nname = "cut-de"\npattern = "的"\nscope = "span"\n', encoding="utf-8")
    arguments = ["reprocess", "--db", str(db), "--workers", "0", "--rules", str(everything)]
    result = subprocess.run(
        [sys.executable, "-c", _ON_A_FULL_DISK, str(pages + 40), *arguments],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert re.fullmatch(
        r"Error: disk full: .*: database or disk is full; (committed up to article \d+|nothing committed); "
        r"free some space and run the same command again to (resume after it|start over)",
        line,
    ), line
