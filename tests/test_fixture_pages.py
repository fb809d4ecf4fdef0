"""The fixture pages (tests/fixtures/pages): every page gives exactly its expected JSON.

Each page was written for the project: varied templates, adverts and footers, and article
sentences that mention 微信 / 下载 / 二维码 / 版权 / 代写 / 相关 legitimately. ``removed`` lists
fragments that must be gone, ``keep`` phrases that must survive. bench/fixtures_report.py
scores the same pages (residue, characters lost, heading precision and recall).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES

from fanwen.offline import process_file

PAGES = sorted((FIXTURES / "pages").glob("*.html"))


def expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def test_there_are_at_least_fifteen_pages():
    assert len(PAGES) >= 15
    assert all(page.with_suffix(".json").exists() for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_gives_its_expected_json(page, rules):
    truth = expected(page)
    article = process_file(page, rules)
    got = [{"kind": s.kind, "level": s.level, "heading": s.heading, "text": s.text} for s in article.sections]
    assert got == truth["sections"]
    assert article.title == truth["title"]
    assert (article.published.date().isoformat() if article.published else None) == truth["published"]
    assert article.truncated == truth["truncated"]
    text = article.text
    assert [f for f in truth["removed"] if f in text] == []
    assert [k for k in truth["keep"] if k not in text] == []
    assert all(r.rule and r.text for r in article.removed)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_headings_and_texts_are_the_clean_blocks(page, rules):
    """Sectioning adds and drops nothing: headings + texts, in order, are the kept blocks."""
    article = process_file(page, rules)
    rebuilt = "".join((s.heading or "") + s.text.replace("\n", "") for s in article.sections)
    assert rebuilt == "".join(b.text for b in article.blocks)
