"""`fanwen extract`: saved pages in, one JSON object per file out, errors per file."""

from __future__ import annotations

import gzip
import json

from click.testing import CliRunner
from conftest import FIXTURES

from fanwen.cli import main


def test_extract_prints_one_json_object_per_file(tmp_path):
    gbk = tmp_path / "gbk.html"
    html = (FIXTURES / "example.html").read_text(encoding="utf-8")
    gbk.write_bytes(html.replace('charset="utf-8"', 'charset="gbk"').encode("gbk", "xmlcharrefreplace"))
    zipped = tmp_path / "page.html.gz"
    zipped.write_bytes(gzip.compress(html.encode("utf-8")))
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / "example.html"), str(gbk), str(zipped)])
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.output.splitlines()]
    assert len(objects) == 3
    for obj in objects:
        assert obj["title"] == "纵深推进区域协调发展"
        assert obj["published"].startswith("2024-12-18")
        assert [s["kind"] for s in obj["sections"]] == ["intro"] + ["section"] * 7 + ["conclusion"]
        assert "联系老师" not in obj["text"] and "预览阅读" not in obj["text"]
        assert {r["rule"] for r in obj["removed"]} >= {"paywall-preview-end"}
        assert set(obj) >= {"file", "url", "author", "source", "category", "truncated", "removed", "text"}


def test_bad_files_get_an_error_line_and_the_rest_still_print(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    listing = tmp_path / "listing.html"
    listing.write_text("<html><body><a href='/1'>一</a></body></html>", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["extract", str(empty), str(tmp_path / "missing.html"), str(listing), str(FIXTURES / "example.html")],
    )
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert (
        "empty file" in errors[0]
        and "missing.html" in errors[1]
        and "not an article: a listing page" in errors[2]
    )
    assert "Traceback" not in result.output


def test_wrong_encoding_option_is_a_clear_error(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes("<p>中文</p>".encode("gbk"))
    result = CliRunner().invoke(main, ["extract", "--encoding", "utf-8", str(page)])
    assert result.exit_code == 1
    assert "not valid utf-8" in result.stderr


def test_a_dash_reads_the_page_from_standard_input():
    """`curl -s URL | fanwen extract - --url URL` said "-: No such file or directory", exit 1: a
    dash is standard input, as `--out -` is standard output; `fanwen explain -` the same."""
    html = (FIXTURES / "example.html").read_bytes()
    result = CliRunner().invoke(
        main, ["extract", "-", "--url", "https://www.example.cn/a/1.html"], input=html
    )
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert (obj["file"], obj["title"]) == ("-", "纵深推进区域协调发展")
    result = CliRunner().invoke(main, ["explain", "-"], input=html)
    assert result.exit_code == 0, result.output
    assert "title: 纵深推进区域协调发展" in result.stdout
    result = CliRunner().invoke(main, ["extract", "-"], input=b"")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["fanwen extract: -: empty file"]
