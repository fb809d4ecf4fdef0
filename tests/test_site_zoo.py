"""bench/site_zoo.py on the site zoo (tests/fixtures/sitezoo, written by make.py there): one small
site whose pages share a template, with a recurring advert at the end of the text's own element
and a sidebar that prints another date before the article.

What is asserted is the bench's reading and scoring, and what the crawl's learning does there:
read alone, every page keeps the advert; the crawl learns it as boilerplate (from three pages
on), and its end's re-check removes it from the pages stored before it was learned.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import FIXTURES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.site_zoo import (  # noqa: E402
    WAYS,
    crawl,
    load_zoo,
    read_generic,
    run_site,
    score_page,
    site_row,
)

ZOO = FIXTURES / "sitezoo"
ADVERT = "园艺小站十周年，会员种子包第二份半价"


def exact_scorer() -> SimpleNamespace:
    """A scorer of the shared corpus's shape: precision and recall 1 when the texts are equal."""

    def page_pr(want: str, got: str, token: object) -> tuple[float, float, None]:
        ok = float(want.split() == got.split())
        return ok, ok, None

    return SimpleNamespace(
        page_pr=page_pr, f1=lambda p, r: 2 * p * r / (p + r) if p + r else 0.0, CJK_TOKEN=None
    )


def test_a_site_s_pages_load_in_crawl_order():
    sites = load_zoo(ZOO)
    assert list(sites) == ["yuanyi.example.cn"]
    pages = sites["yuanyi.example.cn"]
    assert [p.name for p in pages] == [f"garden_{n:02d}" for n in range(1, 7)]
    assert pages[0].want["removed"][0] == ADVERT and pages[0].url.endswith("/a/101.html")


def test_score_page_counts_fields_and_residue():
    page = load_zoo(ZOO)["yuanyi.example.cn"][0]
    text = page.want["text"]
    right = score_page(
        exact_scorer(),
        page,
        {"text": text, "published": "2024-03-02 08:15:00", "author": "陈晓禾", "source": "园艺小站"},
    )
    assert right.f1 == 1.0 and all(right.right.values()) and right.residue == []
    # The sidebar's date, the advert left in (spaces inside it do not hide it), no author.
    wrong = score_page(
        exact_scorer(),
        page,
        {"text": text + "\n园艺小站十周年， 会员种子包第二份半价", "published": "2019-11-02 09:00"},
    )
    assert wrong.f1 == 0.0 and wrong.residue == [ADVERT]
    assert wrong.right == {"published": False, "author": False, "source": False}
    # No article: every field wrong, even the ones the truth leaves empty.
    assert not any(score_page(exact_scorer(), page, {"text": ""}).right.values())
    assert site_row([right, wrong]) == {
        "f1": 0.5,
        "published": 0.5,
        "author": 0.5,
        "source": 0.5,
        "residue": 1,
    }


def test_the_crawl_learns_the_recurring_advert_and_rereads_the_first_pages(rules):
    pages = load_zoo(ZOO)["yuanyi.example.cn"]
    alone = read_generic(pages, rules)
    assert all(ADVERT in got["text"] for got in alone.values())
    crawled = crawl(pages, rules)
    assert all(ADVERT not in article.text for article in crawled.articles.values())
    # Learned from the third article on (in 3 of 3: BoilerplateOptions.min_articles), the two
    # before read again at the end.
    assert crawled.replaced == [p.name for p in pages[:2]]
    assert crawled.template.content and crawled.template.published


@pytest.mark.parametrize("first", [3, 4, 5])
def test_a_small_first_crawl_learns_the_advert_its_pages_all_repeat(rules, first):
    """A user's first crawl of a new site may be a few pages: a block on every one of at least
    three of them is the template's (before, the threshold of 5 articles left it on every page
    of a crawl of 3 or 4)."""
    crawled = crawl(load_zoo(ZOO)["yuanyi.example.cn"][:first], rules)
    assert all(ADVERT not in article.text for article in crawled.articles.values())
    assert all(
        [r.rule for r in article.removed if r.text == ADVERT] == ["learned-boilerplate"]
        for article in crawled.articles.values()
    )


def test_two_pages_teach_nothing(rules):
    crawled = crawl(load_zoo(ZOO)["yuanyi.example.cn"][:2], rules)
    assert all(ADVERT in article.text for article in crawled.articles.values())


def test_every_way_is_scored_per_page(rules):
    pages = load_zoo(ZOO)["yuanyi.example.cn"]
    result = run_site(exact_scorer(), pages, rules)
    assert set(result.ways) == set(WAYS)
    assert site_row(list(result.ways["generic"].values()))["residue"] == 6
    assert site_row(list(result.ways["crawl"].values()))["residue"] == 0
    assert site_row(list(result.ways["learned"].values()))["published"] == 1.0


@pytest.mark.skipif(
    not (Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py").exists(),
    reason="no ../shared/eval/score.py",
)
def test_the_bench_runs_with_the_corpus_scorer(rules):
    from bench.extraction import DEFAULT_CORPUS, load_scorer

    result = run_site(load_scorer(DEFAULT_CORPUS), load_zoo(ZOO)["yuanyi.example.cn"], rules)
    assert site_row(list(result.ways["crawl"].values()))["f1"] == 1.0
    assert site_row(list(result.ways["generic"].values()))["f1"] < 0.95
