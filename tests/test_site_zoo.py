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
from conftest import FIXTURES, bundled_rules

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.metadata_zoo import same  # noqa: E402
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


BLOG_POSTS = (
    ("阳台番茄搭架记", "番茄苗长到二十厘米就该搭架了，三根竹竿扎成三角架，顶部用麻绳捆紧，不要勒得太死。"),
    ("绿萝黄叶的原因", "新叶发黄才要留心，浇水太勤时根系缺氧，叶片会从边缘开始变黄变软，要先停水几天。"),
    ("薄荷扦插第七天", "剪下的枝条泡在清水里，每两天换一次水，到第七天已经能看见几根白色的新根冒出来。"),
    ("多肉过夏笔记", "夏天多肉进入休眠，只在盆土完全干透后沿盆边少量给水，花盆放在通风的散射光处。"),
)


def blog_pages() -> list:
    """A blog whose every post ends with a column note quoting the post's own title."""
    from bench.site_zoo import SitePage

    pages = []
    for n, (title, text) in enumerate(BLOG_POSTS, 1):
        note = f"「{title}」收在“阳台日记”专栏里，往期都在左边目录"
        html = (
            f"<html><head><meta charset='utf-8'><title>{title} | 小院手记</title></head><body>"
            f"<div id='side'><a href='/'>小院手记</a></div><article class='post'><h1>{title}</h1>"
            f"<p class='by'>2024-04-0{n}</p><div class='post-body'><p>{text}</p><p>{text[::-1]}</p>"
            f"<p>{note}</p></div></article></body></html>"
        )
        want = {"text": f"{text}\n{text[::-1]}", "removed": [note], "published": f"2024-04-0{n}"}
        pages.append(
            SitePage(f"blog_{n}", "xiaoyuan", f"http://xiaoyuan.example.cn/p/{n}.html", html.encode(), want)
        )
    return pages


def test_a_note_quoting_each_page_s_title_is_learned_by_the_crawl(rules):
    """Recurring text that changes with the page (its own title quoted) is counted with the title
    masked (fanwen.strip.boilerplate.masked): read alone every post keeps its note, the crawl
    removes all four."""
    pages = blog_pages()
    assert all(
        page.want["removed"][0] in got["text"]
        for page, got in zip(pages, read_generic(pages, rules).values(), strict=True)
    )
    crawled = crawl(pages, rules)
    assert [page.want["removed"][0] in crawled.articles[page.name].text for page in pages] == [False] * 4


# Blind set Y (session 13's blind writer, four sites of six pages) read as a first crawl reads
# it. Known misses, each a kind learning does not reach (docs/extraction.md, "Site templates
# on unseen sites"): strict xfails, to be deleted by the fix that makes them pass.
SET_Y = FIXTURES / "blind" / "set-y"
KNOWN_SET_Y: dict[str, str] = {
    "y2_02_fanwen_site": "author: 佚名 is kept as stated (set A's truth keeps it; set Y's wants none)",
    "y2_05_fanwen_site": "author: 佚名 is kept as stated (set A's truth keeps it; set Y's wants none)",
    "y1_04_news_portal_trs": "source: 来源 names the site itself, kept as the source (DESIGN's example page keeps it)",
}


# Blind set Z (session 13): four more invented sites of six pages (a university news column, a health
# self-media platform, a GBK trade portal, a hosted blog platform) by a second blind writer, kept unopened
# until every landing of the session was in and scored once there (docs/extraction.md). Its misses, as
# found then, are strict xfails named by kind. z4's repost notice ending in each post's own address (a
# line that differs on every page by its address alone) is learned since the address is masked
# (fanwen/strip/boilerplate.py URL_MARK), a change made after the set was opened; z2's 【好物推荐】 slot,
# whose offer rotates among three so that no line recurs on 3 of its 6 pages, is learned by its slot
# (learned-slot) since session 14: a labelled line in a look of its own, at one place of the template (session 15).
SET_Z = FIXTURES / "blind" / "set-z"
# z1_06's reprint by-line and 原载 note go since session 14 (strip rules meta-byline, notice-first-printed).
KNOWN_SET_Z_TEXT: dict[str, str] = {}
KNOWN_SET_Z: dict[str, str] = {
    "z1_02_univ_news_vsb_long_meeting_headings": "source: the 来源 naming the office that runs the site (党委宣传部) is kept (the sets disagree on the site's own name)",
    "z1_03_univ_news_vsb_job_fair": "source: the 来源 naming the office that runs the site (党委宣传部) is kept (the sets disagree on the site's own name)",
    "z3_02_industry_portal_gbk_long_feature_efficiency_standard": "source: 来源 naming the site itself is kept (the sets disagree on the site's own name)",
    "z3_05_industry_portal_gbk_dealer_interview_qa": "source: 来源 naming the site itself is kept (the sets disagree on the site's own name)",
}


ZOOS = {"set-y": (SET_Y, {}, KNOWN_SET_Y), "set-z": (SET_Z, KNOWN_SET_Z_TEXT, KNOWN_SET_Z)}


@pytest.fixture(scope="module")
def crawled():
    """Each blind site set as a first crawl reads it, crawled once per module: page name -> (page, article)."""

    rules = bundled_rules()
    done: dict[str, dict] = {}

    def of(zoo: str) -> dict:
        if zoo not in done:
            done[zoo] = {
                page.name: (page, crawl(pages, rules).articles[page.name])
                for pages in load_zoo(ZOOS[zoo][0]).values()
                for page in pages
            }
        return done[zoo]

    return of


def squeeze(text: str) -> str:
    return "".join(text.split())


def _cases(which: int) -> list:
    """(set, page) pairs of every blind site set, a known miss (``which``: 1 text, 2 fields) a strict xfail."""
    return [
        pytest.param(zoo, page.name, marks=pytest.mark.xfail(reason=known[page.name], strict=True))
        if page.name in (known := ZOOS[zoo][which])
        else (zoo, page.name)
        for zoo in ZOOS
        for pages in load_zoo(ZOOS[zoo][0]).values()
        for page in pages
    ]


@pytest.mark.parametrize(("zoo", "name"), _cases(1))
def test_a_crawl_of_a_blind_site_gives_each_article_and_no_recurring_advert(crawled, zoo, name):
    page, article = crawled(zoo)[name]
    text = article.text
    missing = [line for line in page.want["text"].splitlines() if squeeze(line) not in squeeze(text)]
    extra = [line for line in text.splitlines() if squeeze(line) not in squeeze(page.want["text"])]
    left = [r for r in page.want["removed"] if squeeze(r) in squeeze(text)]
    assert not missing and not extra and not left, f"missing {missing}, extra {extra}, left {left}"


@pytest.mark.parametrize(("zoo", "name"), _cases(2))
def test_a_crawl_of_a_blind_site_gives_each_pages_date_author_and_source(crawled, zoo, name):
    from bench.site_zoo import FIELDS, prediction

    page, article = crawled(zoo)[name]
    got = prediction(article)
    wrong = {f: got.get(f) for f in FIELDS if not same(f, page.want.get(f), got.get(f))}
    assert not wrong, f"{wrong} (want {[page.want.get(f) for f in wrong]})"
