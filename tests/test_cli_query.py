"""fanwen search, show, list, stats, runs and export through click's test runner."""

from __future__ import annotations

import csv
import errno
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from fanwen.cli import main
from fanwen.db import ArticleStore, make_engine, migrate
from fanwen.items import Article, Removal, Section

COMMANDS = ["search", "show", "list", "stats", "runs", "export"]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "fanwen.db")
    engine = make_engine(path)
    migrate(engine)
    with ArticleStore(engine) as store:
        run = store.start_run("demo")
        store.save(
            Article(
                url="https://www.example.cn/1.html",
                site="huabo",
                title="纵深推进区域协调发展",
                published=datetime(2024, 12, 18),
                sections=[
                    Section("intro", 1, None, "近日,规划发布。"),
                    Section("section", 1, "坚持大局视野。", "推动区域协调发展,建设5G网络。"),
                    Section("section", 2, "一是加强合作。", "合作共赢。"),
                ],
                removed=[Removal("call_to_action", "请点击联系老师")],
            )
        )
        store.finish_run(run, "finished", {"articles_new": 1}, {})
    engine.dispose()
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_documents_an_example(command: str) -> None:
    code, output = run(command, "--help")
    assert code == 0 and "Example" in output and f"fanwen {command}" in output


def test_search_json_and_table(db: str) -> None:
    code, output = run("search", "区域协调", "--db", db, "--json")
    hits = [json.loads(line) for line in output.splitlines()]
    assert code == 0 and hits[0]["title"] == "纵深推进区域协调发展" and hits[0]["position"] is None
    assert {"article_id", "heading", "snippet", "published", "url", "site", "kind", "score", "spans"} <= set(
        hits[0]
    )
    code, output = run("search", "5G网络", "--db", db)
    assert code == 0 and "坚持大局视野" in output and "2024-12-18" in output


def test_search_filters(db: str) -> None:
    code, output = run("search", "区域", "--db", db, "--site", "nowhere", "--json")
    assert code == 2 and "no site 'nowhere' in the database (sites: " in output
    _, output = run("search", "区域", "--db", db, "--since", "2024-12-18", "--until", "2024-12-18", "--json")
    assert output.count("\n") == 2
    code, output = run("search", "区域", "--db", db, "--since", "2025-01-01", "--until", "2024-01-01")
    assert code == 2 and "--since is after --until" in output
    code, output = run("search", "区域", "--db", db, "--since", "yesterday")
    assert code == 2


@pytest.mark.parametrize("query", ['"区域', "-区域", "区" * 300, "", "  "])
def test_bad_query_is_one_clear_line(db: str, query: str) -> None:
    code, output = run("search", "--db", db, "--", query)
    assert code == 1 and output.startswith("Error: ") and output.count("\n") == 1
    assert "Traceback" not in output and "sqlite" not in output.lower()


def test_show_formats(db: str) -> None:
    code, output = run("show", "1", "--db", db, "--removed")
    assert code == 0 and output.startswith("# 纵深推进区域协调发展\n")
    assert "\n## 坚持大局视野。\n" in output and "\n### 一是加强合作。\n" in output
    assert "call_to_action: 请点击联系老师" in output
    code, output = run("show", "https://www.example.cn/1.html", "--db", db, "--format", "json")
    data = json.loads(output)
    assert data["title"] == "纵深推进区域协调发展" and len(data["sections"]) == 3 and "removed" not in data
    code, output = run("show", "1", "--db", db, "--format", "text")
    assert "#" not in output and "坚持大局视野。" in output
    code, output = run("show", "42", "--db", db)
    assert code == 1 and "no article '42'" in output


def test_list_stats_runs(db: str) -> None:
    code, output = run("list", "--db", db, "--json")
    assert json.loads(output)["sections"] == 3
    code, output = run("stats", "--db", db, "--json")
    lines = [json.loads(line) for line in output.splitlines()]
    assert lines[0]["site"] == "huabo" and lines[0]["removed"] == {"call_to_action": 1}
    assert lines[1]["last_run"]["status"] == "finished"
    for command in ("list", "stats", "runs"):
        code, output = run(command, "--db", db)
        assert code == 0 and output.strip()


def test_export_formats(db: str, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    code, _ = run("export", "--db", db, "--out", str(out))
    assert (
        code == 0
        and json.loads(out.read_text(encoding="utf-8"))["sections"][1]["heading"] == "坚持大局视野。"
    )
    code, output = run("export", "--db", db, "--format", "csv", "--kind", "section")
    rows = list(csv.DictReader(output.splitlines()))
    assert [row["position"] for row in rows] == ["2", "3"] and rows[0]["title"] == "纵深推进区域协调发展"
    code, output = run("export", "--db", db, "--format", "markdown")
    assert output.startswith("# 纵深推进区域协调发展")


def test_missing_database(tmp_path: Path) -> None:
    code, output = run("search", "区域", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no database at" in output


@pytest.mark.parametrize("command", [("search", "区域"), ("stats",), ("list",), ("runs",)])
def test_an_empty_file_is_no_database_and_stays_empty(tmp_path: Path, command: tuple[str, ...]) -> None:
    """A 0-byte file (touched, a failed copy) was given the schema by a reading command, which then showed an
    empty archive, exit 0: it is no database, said as for a missing one, and the file is left as it was."""
    empty = tmp_path / "empty.db"
    empty.touch()
    code, output = run(*command, "--db", str(empty))
    assert (code, "no database at" in output, "empty file" in output) == (1, True, True)
    assert empty.stat().st_size == 0


def test_csv_export_starts_with_a_bom_for_excel(db: str, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    code, _ = run("export", "--db", db, "--format", "csv", "--out", str(out))
    assert code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["title"] == "纵深推进区域协调发展"


def test_markdown_export_keeps_paragraph_breaks(tmp_path: Path, archive: Callable[..., Path]) -> None:
    path = str(
        archive(
            tmp_path / "p.db",
            Article(
                url="https://x.cn/1.html",
                title="两段",
                sections=[Section("intro", 1, None, "第一段。\n第二段。")],
            ),
        )
    )
    code, output = run("export", "--db", path, "--format", "markdown")
    assert code == 0 and "第一段。\n\n第二段。" in output


def test_a_heading_of_two_lines_is_one_markdown_heading(tmp_path: Path, archive: Callable[..., Path]) -> None:
    # A regulation's head broken after its number (第三章 over 使用与兑付) is one heading of two lines;
    # Markdown's heading is one line, so the two lines are set on it side by side.
    section = Section("section", 1, "第三章\n使用与兑付", "第五条 企业购买服务后申请兑付。")
    path = str(
        archive(tmp_path / "p.db", Article(url="https://x.cn/2.html", title="办法", sections=[section]))
    )
    code, output = run("export", "--db", path, "--format", "markdown")
    assert code == 0 and "## 第三章 使用与兑付\n\n第五条" in output


def test_runs_json_has_stats_as_an_object(db: str) -> None:
    code, output = run("runs", "--db", db, "--json")
    assert code == 0
    assert json.loads(output.splitlines()[0])["stats_json"] == {}
    code, output = run("stats", "--db", db, "--json")
    assert json.loads(output.splitlines()[-1])["last_run"]["stats_json"] == {}


def test_export_into_a_missing_directory_is_one_line(db: str, tmp_path: Path) -> None:
    code, output = run("export", "--db", db, "--out", str(tmp_path / "nowhere" / "a.jsonl"))
    assert code == 1
    assert "Traceback" not in output and "nowhere" in output and output.count("\n") == 1


def _failing_after_one(failure: BaseException) -> Callable[..., object]:
    """write_export, failing once it has written its first article (a disk that fills, Ctrl-C)."""
    from fanwen.cli import export

    write = export.write_export

    def failing(*args: object, **kwargs: object) -> object:
        for step in write(*args, **kwargs):  # type: ignore[arg-type]
            yield step
            raise failure

    return failing


@pytest.mark.parametrize(
    "failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()], ids=["full", "ctrl-c"]
)
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "markdown"])
def test_an_export_that_fails_midway_leaves_the_earlier_file_as_it_was(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException, fmt: str
) -> None:
    """A full disk was a traceback and a half-written file in place of yesterday's export; Ctrl-C
    left the half file too. Now the export is written beside it and renamed once complete."""
    out = tmp_path / "archive.out"
    out.write_text("yesterday's export\n", encoding="utf-8")
    monkeypatch.setattr("fanwen.cli.export.write_export", _failing_after_one(failure))
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 1
    if isinstance(failure, OSError):
        assert result.output.strip().splitlines() == [
            f"Error: cannot write {out}: No space left on device: not written (an earlier file of that name "
            "is as it was)"
        ]
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.out", "fanwen.db"]


def test_an_export_to_a_full_device_or_stdout_is_one_line(db: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    fanwen = str(Path(sys.executable).parent / "fanwen")
    for fmt in ("jsonl", "warc"):
        code, output = run("export", "--db", db, "--format", fmt, "--out", "/dev/full")
        assert code == 1 and output == "Error: cannot write /dev/full: No space left on device\n", output
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [fanwen, "export", "--db", db], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write the export: No space left on device\n"


@pytest.mark.parametrize("command", [["search", "区域"], ["show", "1"], ["list"], ["runs", "--json"]])
def test_output_that_does_not_fit_is_one_line(db: str, command: list[str]) -> None:
    """`fanwen search x > file` on a full disk was a traceback (from rich, or at exit)."""
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "fanwen"), *command, "--db", db],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write the output: No space left on device\n"


def test_help_imports_neither_the_database_nor_scrapy() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from click.testing import CliRunner; from fanwen.cli import main;"
        "CliRunner().invoke(main, ['--help']);"
        "print(sorted(m for m in ('sqlalchemy', 'scrapy', 'rich', 'twisted', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "99999999999999999999999"], "no article"),
        (["search", "区域", "--limit", "99999999999999999999"], None),
        (["list", "--limit", "99999999999999999999"], None),
        # session 21: runs was missed (OverflowError: Python int too large to convert to SQLite INTEGER)
        (["runs", "--limit", "99999999999999999999"], None),
    ],
)
def test_huge_integers_are_no_traceback(db: str, args: list[str], message: str | None) -> None:
    code, output = run(*args, "--db", db)
    assert "Traceback" not in output and "OverflowError" not in output, output
    if message:
        assert code == 1 and message in output
    else:
        assert code == 0


def test_arguments_that_are_not_utf8_are_one_clear_line(db: str) -> None:
    import os
    import subprocess
    import sys

    fanwen = Path(sys.executable).parent / "fanwen"
    result = subprocess.run(
        [os.fsencode(fanwen), b"search", b"\xff\xfe", b"--db", os.fsencode(db)], capture_output=True
    )
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"is not valid UTF-8" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "markdown"])
def test_an_export_to_dash_is_stdout_not_a_file_named_dash(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """`fanwen export -o - | jq` (the usual way to say stdout) wrote a file named "-" in the
    working directory and printed nothing, exit 0."""
    monkeypatch.chdir(tmp_path)
    code, output = run("export", "--db", db, "--format", fmt, "-o", "-")
    assert code == 0, output
    assert not (tmp_path / "-").exists()
    assert "纵深推进区域协调发展" in output and "wrote" not in output


@pytest.mark.parametrize(
    "given",
    [
        "https://www.example.cn/1.html#top",
        "HTTPS://WWW.Example.CN/1.html",
        "https://www.example.cn/1.html?utm_source=wechat",
    ],
)
def test_show_finds_an_article_by_its_url_as_a_browser_copies_it(db: str, given: str) -> None:
    """`fanwen show` with a URL copied from a browser (an anchor `#top`, the host in capitals, a
    tracking parameter) said "no article", though the crawl stored that page: the crawl stores
    the canonical URL (spiders.links.canonical), and show looks that one up when the URL as given
    is not stored."""
    code, output = run("show", given, "--db", db, "--format", "json")
    assert code == 0, output
    assert json.loads(output)["url"] == "https://www.example.cn/1.html"
    code, output = run("show", "https://www.example.cn/2.html#top", "--db", db)
    assert code == 1 and "no article 'https://www.example.cn/2.html#top'" in output


@pytest.mark.parametrize(
    "command, hint",
    [
        (("list",), "no articles in the archive yet (run `fanwen crawl` first)"),
        (("stats",), "no articles in the archive yet (run `fanwen crawl` first)"),
        (("runs",), "no crawl runs yet (run `fanwen crawl` first)"),
        (("list", "--kind", "essay"), "no articles match the filters"),
    ],
)
def test_an_empty_answer_says_so(tmp_path: Path, db: str, command: tuple[str, ...], hint: str) -> None:
    """`list`, `runs` and `stats` on an archive with nothing in it (a crawl that stored nothing
    yet, or filters no article meets) printed an empty table and nothing else: one line on stderr
    says why, exit 0, and --json prints nothing."""
    empty = str(tmp_path / "new.db")
    migrate(make_engine(empty))
    where = db if "--kind" in command else empty
    result = CliRunner().invoke(main, [*command, "--db", where])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == hint
    result = CliRunner().invoke(main, [*command, "--db", where, "--json"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
