"""The CLI on bad input: one clear line on stderr, the documented exit code, nothing lost.

``fanwen crawl`` (before Scrapy starts), ``search``/``show``/``export``/``reprocess`` on a database
they cannot use: a URL no driver opens, a file that is no database, a database a newer fanwen
migrated; ``fanwen extract`` on text that is no HTML.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from fanwen.cli import main
from fanwen.db import make_engine, migrate

COMMANDS = [
    ["search", "区域"],
    ["show", "1"],
    ["export", "--format", "jsonl"],
    ["crawl", "http://127.0.0.1:9/", "-L", "WARNING"],
    ["reprocess"],
]


def run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, list(args))
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (
        result.exception
    )
    return result.exit_code, [line for line in result.output.splitlines() if line.strip()]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("url", ["nosuchdialect://x", "postgresql+nosuchdriver://db/fanwen"])
def test_a_database_url_no_driver_opens_is_one_line(command: list[str], url: str) -> None:
    code, lines = run(*command, "--db", url)
    assert code == 1 and len(lines) == 1
    assert lines[0].startswith(f"Error: {url}: not a database fanwen can open: Can't load plugin")


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.db"
    migrate(make_engine(str(path)))
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_database_from_a_newer_fanwen_is_one_line_and_left_as_it_was(
    newer: Path, command: list[str]
) -> None:
    before = dump(newer)
    code, lines = run(*command, "--db", str(newer))
    assert code == 1 and len(lines) == 1 and "a newer fanwen has migrated" in lines[0]
    assert dump(newer) == before


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_file_that_is_no_database_is_one_line_and_left_as_it_was(
    tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库，是一篇笔记。" * 20, encoding="utf-8")
    code, lines = run(*command, "--db", str(path))
    assert code == 1 and len(lines) == 1 and "not a SQLite database" in lines[0]
    assert path.read_text(encoding="utf-8") == "这不是数据库，是一篇笔记。" * 20


def test_extract_on_json_is_one_line_and_the_other_files_still_print(tmp_path: Path) -> None:
    (tmp_path / "state.html").write_text('{"title": "田野", "content": "走了很久"}', encoding="utf-8")
    good = tmp_path / "good.html"
    good.write_text(
        "<h1>田野</h1><div>"
        + "".join(
            f"<p>{n}，我们在田野里走了很久，看见远处的村庄升起炊烟。河边的柳树刚刚发芽，风里有泥土的气味。</p>"
            for n in ("清晨", "中午", "傍晚", "夜里")
        )
        + "</div>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "state.html"), str(good)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"fanwen extract: {tmp_path / 'state.html'}: not HTML: the text is JSON"
    assert '"title": "田野"' in result.stdout


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["extract", "page.html", "--url", "http://[x/a/7.html"], "--url"),
        (["explain", "http://[x/a/7.html"], "SOURCE"),
    ],
)
def test_a_page_url_that_does_not_parse_is_a_usage_error_not_a_traceback(tmp_path: Path, args, hint) -> None:
    # urlsplit raises on an IPv6 host left open: the page's metadata splits the URL it is given.
    (tmp_path / "page.html").write_text("<h1>田野</h1><p>我们在田野里走了很久。</p>", encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path / a) if a == "page.html" else a for a in args])
    assert result.exit_code == 2
    assert (
        result.stderr.splitlines()[-1]
        == f"Error: Invalid value for {hint}: not a URL: 'http://[x/a/7.html' (Invalid IPv6 URL)"
    )


@pytest.mark.parametrize(
    ("args", "hint", "url"),
    [
        (["extract", "page.html", "--url", "www.example.cn/a/7.html"], "--url", "www.example.cn/a/7.html"),
        (["profile", "check", "demo", "--url", "127.0.0.1:9/a/7.html"], "--url", "127.0.0.1:9/a/7.html"),
        (["profile", "check", "demo", "--url", "http://[x/a/7.html"], "--url", "http://[x/a/7.html"),
    ],
    ids=["extract", "check-no-scheme", "check-no-parse"],
)
def test_a_page_url_without_http_is_a_usage_error(tmp_path: Path, args, hint, url) -> None:
    """`profile check --url 127.0.0.1:9/a.html` was exit 1, "unknown url type: 127.0.0.1", and
    `http://[x/...` a ValueError's text; `extract --url www.example.cn/a.html` took the address
    as the page's and read its date from it. As `fanwen crawl` says: exit 2, one line."""
    (tmp_path / "page.html").write_text("<h1>田野</h1><p>我们在田野里走了很久。</p>", encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path / a) if a == "page.html" else a for a in args])
    assert result.exit_code == 2, result.output
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"Error: Invalid value for {hint}: not ") and repr(url) in last, last


def test_extract_given_a_url_says_it_reads_saved_pages(tmp_path: Path) -> None:
    """`fanwen extract http://...` (it reads saved files: no network) said "http:/www.example.cn/
    a/7.html: No such file or directory", the address cut by the path it was taken for."""
    paragraphs = "".join(
        f"<p>第{n}天，我们在田野里走了很久，看见农民在收割稻谷，孩子们在田埂上奔跑，远处的村庄升起了炊烟。</p>"
        for n in range(1, 6)
    )
    page = f"<html><body><h1>田野</h1><p>2024-05-01</p>{paragraphs}</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "http://127.0.0.1:9/a/7.html", str(tmp_path / "page.html")])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line == (
        "fanwen extract: http://127.0.0.1:9/a/7.html: a URL, not a saved page (extract reads files, "
        "no network): save the page, or see it with `fanwen explain URL`"
    )
    assert '"title"' in result.stdout  # the other files still print


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_older_database_opened_read_only_says_it_needs_migrating(
    tmp_path: Path, command: list[str]
) -> None:
    """A database an older fanwen made must be migrated, which writes to it: opened read-only it
    said only "read-only", as if the file were the problem and not its age."""
    path = tmp_path / "older.db"
    migrate(make_engine(str(path)), "0012")
    before = dump(path)
    code, lines = run(*command, "--db", f"sqlite:///file:{path}?mode=ro&uri=true")
    assert code == 1 and len(lines) == 1, lines
    assert "older fanwen (schema 0012" in lines[0] and "must be migrated" in lines[0], lines[0]
    assert "writable" in lines[0], lines[0]  # what to do
    assert dump(path) == before


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize(
    "command",
    [["export", "--format", "jsonl"], ["export", "--format", "warc"], ["profile", "learn", "--site", "demo"]],
    ids=["export", "warc", "learn"],
)
def test_writing_over_the_database_itself_is_refused(tmp_path: Path, command: list[str], suffix: str) -> None:
    """`fanwen export -o fanwen.db` (a slip for fanwen.jsonl, or tab completion) replaced the
    archive with its own export, said "wrote 33 articles" and exited 0: everything lost.
    The output file is no database file (nor its WAL): a usage error, the database as it was."""
    path = tmp_path / "archive.db"
    migrate(make_engine(str(path)))
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO crawl_runs (started, status, pages_fetched, articles_new, articles_changed,"
            " articles_unchanged, articles_dropped, errors) VALUES ('2024-05-01 08:00:00', 'finished', 3, 2, 0, 0, 0, 0)"
        )
    before = dump(path)
    target = tmp_path / f"archive.db{suffix}"
    had = target.read_bytes() if target.exists() else None
    code, lines = run(*command, "--db", str(path), "--out" if command[0] == "profile" else "-o", str(target))
    assert code == 2, lines
    assert any("is the database" in line for line in lines), lines
    assert dump(path) == before
    assert (target.read_bytes() if target.exists() else None) == had


@pytest.mark.parametrize(
    "command",
    [
        ["search", "区域"],
        ["list"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "warc"],
        ["reprocess"],
    ],
    ids=["search", "list", "export", "warc", "reprocess"],
)
def test_a_site_the_database_does_not_hold_is_a_usage_error_naming_those_it_does(
    tmp_path: Path, command: list[str]
) -> None:
    """`--site 江城日報` for 江城日报 (or a host typed for a profile's name): an empty listing, an
    empty export written and "wrote 0 articles", reprocess saying no article has kept pages;
    each exit 0. Now exit 2 naming the sites the database holds; no output file is made."""
    path = tmp_path / "archive.db"
    migrate(make_engine(str(path)))
    with sqlite3.connect(path) as con:
        con.executemany("INSERT INTO sites (name) VALUES (?)", [("江城日报",), ("demo",)])
    out = tmp_path / "out.export"
    code, lines = run(
        *command, "--db", str(path), "--site", "江城日報", *(["-o", str(out)] if "export" in command else [])
    )
    assert code == 2, lines
    assert "no site '江城日報' in the database (sites: demo, 江城日报)" in lines[-1], lines
    assert not out.exists()


def test_a_warc_export_to_a_terminal_is_refused(tmp_path: Path) -> None:
    """`fanwen export --format warc` without -o wrote gzip bytes into the terminal. On a terminal
    it is a usage error saying to give -o or redirect; piped or redirected it is written."""
    import os
    import subprocess
    import sys

    path = tmp_path / "archive.db"
    migrate(make_engine(str(path)))
    primary, secondary = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "fanwen", "export", "--format", "warc", "--db", str(path)],
            stdout=secondary,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(secondary)
        os.close(primary)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2, lines
    assert len([line for line in lines if line.startswith("Error:")]) == 1 and "-o" in lines[-1], lines
    piped = subprocess.run(
        [sys.executable, "-m", "fanwen", "export", "--format", "warc", "--db", str(path)],
        capture_output=True,
        timeout=120,
    )
    assert piped.returncode == 0, piped.stderr


@pytest.fixture
def read_only_archive(tmp_path: Path):
    """A migrated archive holding one article, in a directory that cannot be written: a
    read-only mount as root (who writes through a chmod), else a directory without write bits."""
    import os
    import shutil
    import subprocess

    from fanwen.db import ArticleStore
    from fanwen.items import Article, Section

    source = tmp_path / "source.db"
    engine = make_engine(str(source))
    migrate(engine)
    with ArticleStore(engine) as store:
        store.save(
            Article(
                url="https://www.example.cn/1.html",
                site="huabo",
                title="纵深推进区域协调发展",
                sections=[Section("intro", 1, None, "推动区域协调发展，建设5G网络。")],
            )
        )
    engine.dispose()
    place = tmp_path / "archive"
    place.mkdir()
    if os.geteuid() != 0:
        shutil.copy(source, place / "fanwen.db")
        place.chmod(0o555)
        yield place / "fanwen.db"
        place.chmod(0o755)
        return

    def mount(*args: str) -> bool:
        return subprocess.run(["mount", *args], capture_output=True).returncode == 0

    if not mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(place)):
        pytest.skip("cannot mount a read-only file system here")
    try:
        shutil.copy(source, place / "fanwen.db")
        if not mount("-o", "remount,ro", str(place)):
            pytest.skip("cannot mount a read-only file system here")
        yield place / "fanwen.db"
    finally:
        subprocess.run(["umount", str(place)], capture_output=True)


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["search", "区域协调"], "纵深推进区域协调发展"),
        (["show", "1"], "推动区域协调发展"),
        (["list"], "huabo"),
        (["stats"], "huabo"),
        (["export", "--format", "jsonl"], "纵深推进区域协调发展"),
    ],
    ids=lambda value: value[0] if isinstance(value, list) else "",
)
def test_an_archive_in_a_read_only_directory_can_be_read(read_only_archive: Path, command, said) -> None:
    """An archive on a read-only mount (a backup disk, a shared folder) could not be searched:
    SQLite opens a WAL database by making its -shm file beside it, so every reading command
    said "cannot open the database file (... can it be written?)", exit 1. A database whose
    directory cannot be written, with no write-ahead log left beside it, is opened immutable."""
    result = CliRunner().invoke(main, [*command, "--db", str(read_only_archive)])
    assert result.exit_code == 0, result.output
    assert said in result.stdout


def test_serve_serves_an_archive_in_a_read_only_directory_immutable(
    read_only_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Datasette opened it as fanwen's commands did, and failed with a traceback (unable to
    open database file): it is given the file as immutable (-i)."""
    datasette_cli = pytest.importorskip("datasette.cli")
    given: list[list[str]] = []
    monkeypatch.setattr(datasette_cli.cli, "main", lambda args, **_: given.append(list(args)))
    result = CliRunner().invoke(main, ["serve", "--db", str(read_only_archive), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert given and given[0][1:3] == ["-i", str(read_only_archive)]


def test_a_profile_without_start_urls_says_how_to_give_one(tmp_path: Path) -> None:
    """`fanwen crawl demo` (the bundled demo profile has no address: `fanwen demo` serves it)
    and a profile of one's own without start_urls said "has no start_urls; give one": give it
    how? The line names --start-url, the profile's key, and for the demo, `fanwen demo`."""
    mine = tmp_path / "mine.toml"
    mine.write_text('name = "mine"\n', encoding="utf-8")
    for target, extra in (("demo", "; `fanwen demo` serves the demo site and crawls it"), (str(mine), "")):
        result = CliRunner().invoke(main, ["crawl", target, "--db", str(tmp_path / "x.db")])
        assert result.exit_code == 2, result.output
        name = "demo" if target == "demo" else "mine"
        assert result.stderr.splitlines()[-1] == (
            f"Error: profile '{name}' has no start_urls: give one with --start-url URL (scrapy crawl: "
            f"-a start_url=URL), or add start_urls to the profile{extra}"
        ), result.stderr
        assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["explain", "www.example.cn/a/1.html"],
        ["extract", "www.example.cn/a/1.html"],
        ["profile", "learn", "www.example.cn/a/1.html", "--name", "x"],
    ],
    ids=lambda args: args[0],
)
def test_a_missing_file_that_is_an_address_says_to_give_its_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args
) -> None:
    """`fanwen explain www.example.cn/a/1.html` said only "No such file or directory": the line
    says how to give a page's address, as `fanwen crawl www.example.cn` does. A missing file
    named like a page (saved/page.html) does not get the hint."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "www.example.cn/a/1.html: No such file or directory; to read a page from the web, give its URL: " \
        "http://www.example.cn/a/1.html" in result.stderr, result.stderr  # fmt: skip
    result = CliRunner().invoke(main, ["explain", "saved/page.html"])
    assert result.stderr.splitlines()[-1] == "Error: saved/page.html: No such file or directory"


@pytest.mark.parametrize("command", [["profile", "check"], ["crawl"]], ids=lambda c: c[0])
def test_a_profile_key_of_the_wrong_type_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    """`name = 5` passed `fanwen profile check` (a profile named '5'): one line naming the key
    and its type, exit 2, before anything is opened."""
    site = tmp_path / "site.toml"
    site.write_text('name = 5\nstart_urls = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    db = ["--db", str(tmp_path / "x.db")] if command == ["crawl"] else []
    result = CliRunner().invoke(main, [*command, str(site), *db])
    assert result.exit_code == 2, result.output
    assert (
        result.stderr.splitlines()[-1]
        == f"Error: {site}: name must be a string (the site's name), not an integer (5)"
    )
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("refresh", ["99999999999d", "9999999999999999999999w"])
def test_a_refresh_too_long_for_a_clock_is_a_usage_error(tmp_path: Path, refresh: str) -> None:
    """`--refresh 99999999999d` (someone meaning "never") was an OverflowError traceback from
    timedelta, exit 1, after the database was made: one line, exit 2, nothing opened."""
    result = CliRunner().invoke(
        main, ["crawl", "http://127.0.0.1:9/", "--refresh", refresh, "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for --refresh: too long: {refresh!r} (at most 100 years, 36500d)"
    ), result.stderr
    assert not (tmp_path / "x.db").exists()
    site = tmp_path / "site.toml"
    site.write_text('start_urls = ["http://127.0.0.1:9/"]\nrefresh = 1e300\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "check", str(site)])
    assert result.exit_code == 2, result.output
    assert (
        result.stderr.splitlines()[-1]
        == f"Error: {site}: refresh: too long: 1e+300 (at most 100 years, 36500d)"
    )


@pytest.mark.parametrize(
    "command", [["export"], ["list", "--json"], ["search", "区域", "--json"]], ids=lambda c: c[0]
)
def test_until_the_last_day_a_calendar_holds_is_no_traceback(tmp_path: Path, command) -> None:
    """`--until 9999-12-31` (no upper bound, as scripts write it) was an OverflowError traceback
    (the day after it is past the calendar): every dated article is on or before it."""
    from datetime import datetime

    from fanwen.db import ArticleStore
    from fanwen.items import Article, Section

    path = tmp_path / "fanwen.db"
    engine = make_engine(str(path))
    migrate(engine)
    with ArticleStore(engine) as store:
        for number, published in ((1, datetime(2024, 12, 18)), (2, None)):
            store.save(
                Article(
                    url=f"https://www.example.cn/{number}.html",
                    site="huabo",
                    title=f"区域协调发展（{number}）",
                    published=published,
                    sections=[Section("intro", 1, None, "推动区域协调发展，建设5G网络。")],
                )
            )
    engine.dispose()
    result = CliRunner().invoke(main, [*command, "--until", "9999-12-31", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "区域协调发展（1）" in result.stdout and "区域协调发展（2）" not in result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_database_path_that_is_a_directory_says_so(tmp_path: Path, command: list[str]) -> None:
    """`--db archive/` (the folder, not its fanwen.db) said "cannot open the database file (does
    its directory exist, and can it be written?)": it does, and it can; the line says the path is a
    directory."""
    code, lines = run(*command, "--db", str(tmp_path))
    assert code == 1 and len(lines) == 1, lines
    assert lines[0] == f"Error: {tmp_path}: a directory, not a database file", lines


@pytest.mark.parametrize("command", [*COMMANDS, ["demo", "--port", "0"]], ids=lambda c: c[0])
@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_is_a_usage_error(command: list[str], url: str) -> None:
    """`fanwen demo --db sqlite://` crawled the whole demo site into memory, printed its counts
    and "Try: fanwen search --db sqlite://", exit 0, and kept nothing; `search` on it found no
    matches in an empty archive. A database that lives only as long as the command is refused."""
    code, lines = run(*command, "--db", url)
    assert code == 2, lines
    assert lines[-1] == (
        f"Error: Invalid value for --db: {url} is an in-memory database: it keeps nothing once the "
        "command ends; give a file (--db fanwen.db)"
    ), lines


@pytest.mark.parametrize("where", ["missing/crawl.log", "."], ids=["missing-directory", "a-directory"])
def test_a_log_file_that_cannot_be_written_is_a_usage_error(tmp_path: Path, where: str) -> None:
    """`-s LOG_FILE=logs/crawl.log` with no logs/ directory was a FileNotFoundError traceback from
    Scrapy's log setup, exit 1, after the database was made: one line, exit 2, nothing opened."""
    log = tmp_path / where
    result = CliRunner().invoke(
        main, ["crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"), "-s", f"LOG_FILE={log}"]
    )
    assert result.exit_code == 2, result.output
    reason = "no such directory" if where != "." else "a directory, not a file"
    assert result.stderr.splitlines()[-1] == f"Error: LOG_FILE: cannot write the log to {log}: {reason}"
    assert not (tmp_path / "x.db").exists()
