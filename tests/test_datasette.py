"""Datasette out of the box: with fanwen's plugin, the sections' search box finds Chinese words of
any length (the bigram index); titles have Datasette's own trigram side-index."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fanwen.items import Article, Section

datasette_app = pytest.importorskip("datasette.app")
pytestmark = pytest.mark.usefixtures("fanwen_plugin")  # as its entry point registers it


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, archive: Callable[..., Path]) -> Path:
    return archive(
        tmp_path_factory.mktemp("datasette") / "fanwen.db",
        Article(
            url="https://www.example.cn/1.html",
            site="huabo",
            title="纵深推进区域协调发展",
            sections=[
                Section("intro", 1, None, "近日,规划发布。"),
                Section("section", 1, "坚持大局视野。", "推动区域协调发展。"),
            ],
        ),
        Article(
            url="https://www.example.cn/2.html",
            site="huabo",
            title="高考作文",
            sections=[Section("section", 1, None, "建设5G网络。")],
        ),
        checkpoint=True,
    )


def get(path: Path, url: str) -> Any:
    async def fetch() -> Any:
        datasette = datasette_app.Datasette([str(path)])
        response = await datasette.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def test_datasette_detects_the_titles_index(db_path: Path) -> None:
    tables = {t["name"]: t for t in get(db_path, "/fanwen.json")["tables"]}
    assert tables["articles"]["fts_table"] == "articles_fts"
    assert "sections_fts" not in tables  # dropped by migration 0007: the bigram index serves the box


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("区域协调", ["推动区域协调发展。"]),
        ("5G网络", ["建设5G网络。"]),
        ("发展", ["推动区域协调发展。"]),  # two characters: what a trigram index cannot find
        ("规划", ["近日,规划发布。"]),
        ("推", ["推动区域协调发展。"]),
    ],
)
def test_datasette_search_box_finds_chinese(db_path: Path, query: str, expected: list[str]) -> None:
    rows = get(db_path, f"/fanwen/sections.json?_search={query}&_shape=array")
    assert [row["text"] for row in rows] == expected


def test_datasette_searches_titles_and_shows_the_views(db_path: Path) -> None:
    rows = get(db_path, "/fanwen/articles.json?_search=区域协调&_shape=array")
    assert [row["title"] for row in rows] == ["纵深推进区域协调发展"]
    view = get(db_path, "/fanwen/article_sections.json?_shape=array&article_id=1")
    assert [(row["title"], row["position"], row["kind"]) for row in view][:1] == [
        ("纵深推进区域协调发展", 1, "intro")
    ]
    # The index's phrase of characters, by hand and through the plugin's SQL function.
    sql = "select count(*) as n from search_index where search_index match '\"区 域 协\" *'"
    assert get(db_path, f"/fanwen.json?sql={sql}&_shape=array") == [{"n": 2}]
    sql = "select count(*) as n from search_index where search_index match fanwen_match('区域协')"
    assert get(db_path, f"/fanwen.json?sql={sql}&_shape=array") == [{"n": 2}]
