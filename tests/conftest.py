"""Shared fixtures: the example page and the bundled strip rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from fanwen.strip import Rule, load_rules

FIXTURES = Path(__file__).parent / "fixtures"
# The advert and footer strings of the example page (../shared/seed/article.txt).
EXAMPLE_ADVERTS = ("预览阅读", "联系老师", "mooonya", "相关阅读", "最近更新")


@pytest.fixture(scope="session")
def rules() -> list[Rule]:
    return load_rules()


@pytest.fixture
def example_html() -> str:
    return (FIXTURES / "example.html").read_text(encoding="utf-8")
