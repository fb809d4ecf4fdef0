"""`fanwen profile check`: a profile is validated whole, and its selectors tried on a page."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import FIXTURES

from fanwen.cli import main
from fanwen.demo import build_site, serve


def test_a_bad_profile_is_one_line_naming_the_key(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[rule]]\nname = "x"\npattern = "(广告"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "check", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{path}: rule[0]: rule 'x': bad or missing pattern" in result.output


def test_a_good_profile_and_what_its_selectors_find_on_a_saved_page(tmp_path):
    path = tmp_path / "huabo.toml"
    path.write_text(
        '[selectors]\ncontent = ["div.nowhere", "div.content"]\ntitle = ["h1"]\n', encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["profile", "check", str(path), "--page", str(FIXTURES / "example.html")]
    )
    assert result.exit_code == 0, result.output
    assert "ok: profile 'huabo'" in result.output
    assert "selectors.content 'div.nowhere': 0 match(es)" in result.output
    assert "selectors.title 'h1': 1 match(es): 纵深推进区域协调发展" in result.output
    assert "article: '纵深推进区域协调发展'" in result.output


def test_check_with_a_url_fetches_the_page():
    with serve(build_site()) as base:
        result = CliRunner().invoke(main, ["profile", "check", "demo", "--url", base + "/pinglun/1001.html"])
    assert result.exit_code == 0, result.output
    assert "is an article page" in result.output
    assert "article: '纵深推进区域协调发展'" in result.output
