"""The fixture pages: every page gives exactly its expected JSON.

Each page was written for the project: varied templates, adverts and footers, and article
sentences that mention 微信 / 下载 / 二维码 / 版权 / 代写 / 相关 legitimately. ``removed`` lists
fragments that must be gone, ``keep`` phrases that must survive. tests/fixtures/pages holds the
first pages; tests/fixtures/zoo the template zoo (one page per CMS family Chinese article sites
run on: DedeCMS, EmpireCMS, PHPCMS, PbootCMS, WordPress, Discuz, Word export, WeChat, a
360doc-style library, a paywalled preview, Big5, GBK under a wrong charset). bench/fixtures_report.py
scores the same pages and the held-back set (tests/fixtures/heldback, three pages written before
the rules they test and not looked at until the zoo passed), each set separately.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES

from fanwen.offline import process_file

PAGES = [
    page for folder in ("pages", "zoo", "heldback") for page in sorted((FIXTURES / folder).glob("*.html"))
]


def expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def test_there_are_at_least_fifteen_pages_and_a_zoo_of_twelve():
    assert len(PAGES) >= 31 and len(list((FIXTURES / "zoo").glob("*.html"))) >= 12
    assert all(page.with_suffix(".json").exists() for page in PAGES)


def strips_and_sections_as_expected(page: Path, rules) -> tuple[dict, object]:
    """The page's sections, ``truncated``, removed and kept phrases as its JSON says."""
    truth = expected(page)
    article = process_file(page, rules)
    got = [{"kind": s.kind, "level": s.level, "heading": s.heading, "text": s.text} for s in article.sections]
    assert got == truth["sections"]
    assert article.truncated == truth["truncated"]
    text = article.text
    assert [f for f in truth["removed"] if f in text] == []
    assert [k for k in truth["keep"] if k not in text] == []
    assert all(r.rule and r.text for r in article.removed)
    return truth, article


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_gives_its_expected_json(page, rules):
    truth, article = strips_and_sections_as_expected(page, rules)
    assert article.title == truth["title"]
    assert (article.published.date().isoformat() if article.published else None) == truth["published"]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_headings_and_texts_are_the_clean_blocks(page, rules):
    """Sectioning adds and drops nothing: headings + texts, in order, are the kept blocks."""
    article = process_file(page, rules)
    rebuilt = "".join((s.heading or "") + s.text.replace("\n", "") for s in article.sections)
    assert rebuilt == "".join(b.text for b in article.blocks)


# The second zoo (session 5): pages written before the rules for their templates and wordings
# (app banners, share bars, credit lines, reprint notices, consultation boxes split over blocks,
# a legal article quoting the notices it discusses...). Strip and sections are checked exactly;
# the metadata fields are the extractor's and scored by bench/fixtures_report.py. Its held-back
# pages (tests/fixtures/heldback2) are checked too since their figures were recorded
# (docs/stripping.md, 2026-12-02).
ZOO2 = sorted((FIXTURES / "zoo2").glob("*.html")) + sorted((FIXTURES / "heldback2").glob("*.html"))


@pytest.mark.parametrize("page", ZOO2, ids=[p.stem for p in ZOO2])
def test_second_zoo_page_strips_and_sections_as_expected(page, rules):
    strips_and_sections_as_expected(page, rules)


# The third and fourth held-back sets (session 6): each written before the rules it led to,
# scored once (docs/stripping.md, 2026-12-03), checked from then on. Two pages keep a known miss.
HELDBACK3 = sorted((FIXTURES / "heldback3").glob("*.html")) + sorted((FIXTURES / "heldback4").glob("*.html"))
KNOWN_MISSES = {
    "y23_hospital_science": "an appointment line with a phone number (预约挂号请拨打：…) stays: a news report's "
    "closing 'call this number' is the article's",
    "y18_selfmedia_square_heads": "an account's sign-off (我是陈老师，…专注分享…) stays: no general rule tells it "
    "from a first-person article's last sentence",
}


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.stem], strict=True))
        if p.stem in KNOWN_MISSES
        else p
        for p in HELDBACK3
    ],
    ids=[p.stem for p in HELDBACK3],
)
def test_third_held_back_page_strips_and_sections_as_expected(page, rules):
    strips_and_sections_as_expected(page, rules)
