"""The docs say what the code does: every setting documented, every command with an example."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from fanwen import settings
from fanwen.cli import main

ROOT = Path(__file__).parent.parent


def test_every_fanwen_setting_is_documented():
    documented = set(
        re.findall(r"`(FANWEN_[A-Z_]+)`", (ROOT / "docs" / "settings.md").read_text(encoding="utf-8"))
    )
    defined = {name for name in vars(settings) if name.startswith("FANWEN_")}
    used = set()
    for path in (ROOT / "fanwen").rglob("*.py"):
        used |= set(re.findall(r"[\"'](FANWEN_[A-Z_]+)[\"']", path.read_text(encoding="utf-8")))
    assert defined <= documented, f"undocumented: {sorted(defined - documented)}"
    assert used <= documented, f"read in code but undocumented: {sorted(used - documented)}"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_help_has_an_example(name):
    command = main.commands[name]
    with click.Context(command, info_name=name) as ctx:
        text = command.get_help(ctx)
    assert "Example" in text, f"fanwen {name} --help has no example"


def test_readme_quick_start_has_exactly_the_two_make_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_readme_profile_example_is_a_valid_profile(tmp_path):
    from fanwen import profiles

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"### Site profiles.*?```toml\n(.*?)```", readme, re.S)
    assert example is not None
    path = tmp_path / "mysite.toml"
    path.write_text(example.group(1), encoding="utf-8")
    profile = profiles.load(str(path))
    assert profile.name == "mysite" and profile.selectors.content and profile.rules
