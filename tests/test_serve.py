"""`fanwen serve`: Datasette with fanwen's metadata, whose search box finds 人才."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fanwen.items import Article, Section

datasette_app = pytest.importorskip("datasette.app")
pytestmark = pytest.mark.usefixtures("fanwen_plugin")  # as its entry point registers it
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, archive: Callable[..., Path]) -> Path:
    return archive(
        tmp_path_factory.mktemp("serve") / "archive.db",
        Article(
            url="https://www.example.cn/1.html",
            title="人才强国",
            sections=[Section("intro", 1, None, "培养人才。"), Section("section", 1, "创新", "科技创新。")],
        ),
    )


def get(path: Path, url: str) -> Any:
    from fanwen.cli.serve import metadata

    async def fetch() -> Any:
        datasette = datasette_app.Datasette([str(path)], metadata=metadata(path.stem))
        response = await datasette.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


@pytest.mark.parametrize(
    ("query", "expected"), [("人才", ["培养人才。"]), ("人", ["培养人才。"]), ("科技创新", ["科技创新。"])]
)
def test_the_search_box_finds_one_and_two_character_words(db_path, query, expected):
    rows = get(db_path, f"/archive/sections.json?_search={query}&_shape=array")
    assert [row["text"] for row in rows] == expected


def test_the_canned_search_and_the_descriptions(db_path):
    rows = get(db_path, "/archive/search.json?q=人才&_shape=array")
    assert [(row["title"], row["text"]) for row in rows] == [("人才强国", "培养人才。")]
    document = get(db_path, "/archive/article.json?url=https://www.example.cn/1.html&_shape=array")
    assert [row["position"] for row in document] == [1, 2]
    described = get(db_path, "/-/metadata.json")["databases"]["archive"]["tables"]["sections"]
    assert described["columns"]["kind"] == "intro, section, essay or conclusion"


def test_fanwen_serve_answers_on_localhost(db_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [str(BIN / "fanwen"), "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/archive/sections.json?_search=人才&_shape=array".replace(
            "人才", "%E4%BA%BA%E6%89%8D"
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                    rows = json.loads(response.read())
                break
            except OSError:
                assert server.poll() is None, server.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert [row["text"] for row in rows] == ["培养人才。"]
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_serve_without_a_database_is_one_line(tmp_path):
    from click.testing import CliRunner

    from fanwen.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no database at" in result.output


def test_serve_on_a_busy_port_is_one_line_and_exit_1(db_path):
    """A port another server holds: Datasette's uvicorn logged six lines and the command exited
    3, the code fanwen gives an interrupted run. Now one line naming the port, exit 1."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [str(BIN / "fanwen"), "serve", "--db", str(db_path), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 1, lines
    assert lines == [f"Error: port {port} on 127.0.0.1 is in use: give another with --port (0: any free one)"]
