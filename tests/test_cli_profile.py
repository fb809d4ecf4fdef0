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


def test_a_saved_page_with_its_url_is_read_not_fetched(tmp_path):
    """`profile check FILE --page saved.html --url URL` fetched URL and ignored the saved page: the
    saved page is read, and the URL is only its address (article_url is checked against it)."""
    path = tmp_path / "huabo.toml"
    path.write_text('article_url = "/pinglun/"\n[selectors]\ncontent = ["div.content"]\n', encoding="utf-8")
    nowhere = "http://127.0.0.1:9/pinglun/1001.html"  # nothing listens on the discard port
    result = CliRunner().invoke(
        main, ["profile", "check", str(path), "--page", str(FIXTURES / "example.html"), "--url", nowhere]
    )
    assert result.exit_code == 0, result.output
    assert f"article_url: {nowhere} is an article page" in result.output
    assert "article: '纵深推进区域协调发展'" in result.output


def test_a_profile_path_that_is_a_directory_says_so(tmp_path):
    """`fanwen profile check sites.toml` where sites.toml is a directory said "no profile" (as for
    a name nobody bundled), and `fanwen crawl` the same: one line saying it is a directory, exit 2,
    and a .toml path that does not exist says that, not "give a .toml path"."""
    folder = tmp_path / "sites.toml"
    folder.mkdir()
    for command in (
        ["profile", "check", str(folder)],
        ["crawl", str(folder), "--db", str(tmp_path / "x.db")],
    ):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, result.output
        assert result.stderr.splitlines()[-1] == f"Error: {folder}: a directory, not a profile file", (
            result.stderr
        )
    missing = tmp_path / "nowhere.toml"
    result = CliRunner().invoke(main, ["profile", "check", str(missing)])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == f"Error: {missing}: no such profile file", result.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_profile_that_cannot_be_read_is_one_line(tmp_path, monkeypatch):
    """A profile file fanwen may not read (another user's, mode 000) was a PermissionError
    traceback: one line naming the file and why, exit 2."""
    from pathlib import Path

    path = tmp_path / "locked.toml"
    path.write_text('name = "locked"\n', encoding="utf-8")
    read_text = Path.read_text

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    result = CliRunner().invoke(main, ["profile", "check", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == f"Error: {path}: cannot read the profile: Permission denied"
