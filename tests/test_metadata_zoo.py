"""The metadata zoo: small pages written for the project, one style of date / author / source
line each (tests/fixtures/metazoo/truth.toml says which, with the values written by hand), and
a held-back set written after the rules were fixed (metazoo/heldback). A field a page does not
state must come back empty. bench/metadata_zoo.py scores the same pages, with trafilatura.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.metadata_zoo import load_truth, same  # noqa: E402
from fanwen.offline import process_file  # noqa: E402

ZOOS = (FIXTURES / "metazoo", FIXTURES / "metazoo" / "heldback")
CASES = [(zoo, name, want) for zoo in ZOOS for name, want in load_truth(zoo).items()]
# Known misses, each a kind of page the generic rules do not read yet.
# (h04's unlabelled writer among the meta line's spans is read since session 14: metadata.meta_line_names.)
KNOWN: dict[str, str] = {}


def test_the_zoo_has_its_pages():
    assert len(load_truth(ZOOS[0])) >= 25 and len(load_truth(ZOOS[1])) >= 8
    assert all((zoo / f"{name}.html").exists() for zoo, name, _ in CASES)


@pytest.mark.parametrize(
    "zoo, name, want",
    [
        pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN[case[1]], strict=True))
        if case[1] in KNOWN
        else case
        for case in CASES
    ],
    ids=[name for _, name, _ in CASES],
)
def test_page_gives_its_date_author_and_source(zoo, name, want, rules):
    article = process_file(zoo / f"{name}.html", rules, url=want.get("url"))
    published = article.published.isoformat(sep=" ") if article.published else None
    assert same("published", want.get("published"), published), published
    assert same("author", want.get("author"), article.author), article.author
    assert same("source", want.get("source"), article.source), article.source
    if "category" in want:
        assert same("category", want["category"], article.category), article.category
