"""Benchmark: time per page in each stage of fanwen's page path, and storage throughput.

    .venv/bin/python bench/stages.py [--articles 500] [--site real|demo] [--seed 13]
                                     [--batch-sizes 1,50,500] [--cprofile N]

Renders the article pages of the benchmark site (``--site real``, the default: ``--articles``
articles of real length and unique text, ``bench/realsite.py``; ``--site demo``: the demo site
with ``--articles`` extra synthetic articles; no HTTP, no Scrapy engine) and runs every page through the same code a crawl runs, timing each stage:

- ``decode+parse``: :func:`fanwen.extract.page.response_selector` (cap, decode, lxml parse);
- ``extract``: :func:`fanwen.extract.page.extract_article` with the ``demo`` profile;
- ``validate``, ``strip``, ``sections``, ``store``: the real pipeline components, built from a
  test crawler (``get_crawler`` + ``build_from_crawler``) with fanwen's settings, the store
  writing into a fresh SQLite file with the default batch size, keeping every article's pages
  (``FANWEN_KEEP_PAGES``, on by default) as a crawl does.

Multi-page articles are merged as the spider merges them (blocks of page 2.. appended), so
decode+parse and extract are per article *page*, the pipeline stages per *article*; the table
gives both and the cost per crawled article page. What Scrapy itself costs (download,
scheduling, link extraction, the spider's callbacks) is the crawl's CPU per page
(``bench/crawl.py``) minus the sum here.

Storage throughput: the same articles written again with :class:`fanwen.db.store.ArticleStore`
alone, into a fresh file per ``--batch-sizes`` entry: articles and sections per second.

``--cprofile N`` prints the N most expensive functions (cumulative) of the stage run.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

STAGES = ("decode+parse", "extract", "validate", "strip", "sections", "store")
PAGE_STAGES = ("decode+parse", "extract")
BASE = "http://127.0.0.1:8000"


def rendered_articles(count: int, shape: str = "real", seed: int = 13) -> list[list[tuple[str, bytes, str]]]:
    """Per article, its pages as (url, body, content type), in the site's order.

    ``shape`` ``real``: ``count`` articles of real shape (``bench/realsite.py``); ``demo``: the
    demo site with ``count`` extra synthetic articles.
    """
    from fanwen.demo import build_site

    if shape == "real":
        from realsite import build_real_site

        site = build_real_site(count, seed)
    else:
        site = build_site(extra_articles=count)
    articles = []
    for article in site.articles:
        pages = []
        for path in article.pages:
            page = site.pages[path]
            pages.append((BASE + path, page.render(BASE), page.content_type))
        articles.append(pages)
    return articles


def pipeline(db: Path) -> tuple[Any, list[tuple[str, Any]]]:
    from scrapy.utils.misc import build_from_crawler
    from scrapy.utils.project import get_project_settings
    from scrapy.utils.reactor import install_reactor
    from scrapy.utils.test import get_crawler

    from fanwen.pipelines.sections import SectionsPipeline
    from fanwen.pipelines.store import StorePipeline
    from fanwen.pipelines.strip import StripPipeline
    from fanwen.pipelines.validate import ValidatePipeline
    from fanwen.spiders.articles import ArticleSpider

    settings = dict(get_project_settings())
    install_reactor(
        settings.get("TWISTED_REACTOR") or "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    )
    settings["FANWEN_DB"] = str(db)
    # The pages are read here, not by the spider, so no site template is learned or recorded;
    # with the learner on, the store's end would read every article again as one stored by no
    # recorded template (fanwen.reprocess.UNRECORDED_PER_CRAWL), which no crawl does.
    settings["FANWEN_TEMPLATE_ENABLED"] = False
    crawler = get_crawler(ArticleSpider, settings)
    crawler.spider = crawler._create_spider(target="demo", start_url=f"{BASE}/")
    stages = [
        ("validate", build_from_crawler(ValidatePipeline, crawler)),
        ("strip", build_from_crawler(StripPipeline, crawler)),
        ("sections", build_from_crawler(SectionsPipeline, crawler)),
        ("store", build_from_crawler(StorePipeline, crawler)),
    ]
    return crawler, stages


def run_stages(articles: list[list[tuple[str, bytes, str]]], db: Path) -> tuple[dict[str, float], list[Any]]:
    from fanwen.db.tables import utcnow
    from fanwen.extract.page import extract_article, response_selector
    from fanwen.items import FetchedPage
    from fanwen.profiles import load

    profile = load("demo")
    _, stages = pipeline(db)
    for _, component in stages:
        if hasattr(component, "open_spider"):
            component.open_spider()
    spent: dict[str, float] = defaultdict(float)
    kept = []
    clock = time.process_time
    for pages in articles:
        item = None
        for url, body, content_type in pages:
            t0 = clock()
            selector, _ = response_selector(body, content_type)
            t1 = clock()
            part = extract_article(selector, url, profile)
            t2 = clock()
            spent["decode+parse"] += t1 - t0
            spent["extract"] += t2 - t1
            if item is None:
                item = part
            else:
                item.blocks.extend(part.blocks)
            # As the spider keeps each page for the store's archive (FANWEN_KEEP_PAGES).
            item.fetched.append(FetchedPage(url, 200, (("Content-Type", content_type),), body, utcnow()))
        assert item is not None
        item.pages = len(pages)
        for name, component in stages:
            t0 = clock()
            item = component.process_item(item)
            spent[name] += clock() - t0
        kept.append(item)
    t0 = clock()
    for _, component in stages:
        if hasattr(component, "close_spider"):
            component.close_spider()
    stages[-1][1].storage.spider_closed("finished")
    spent["store"] += clock() - t0
    return spent, kept


def store_throughput(items: list[Any], batch_size: int, folder: Path) -> tuple[float, float, float]:
    from fanwen.db.engine import make_engine, migrate
    from fanwen.db.store import ArticleStore

    db = folder / f"store-{batch_size}.db"
    engine = make_engine(str(db))
    migrate(engine)
    started = time.perf_counter()
    with ArticleStore(engine, batch_size) as store:
        for item in items:
            store.save(item)
    seconds = time.perf_counter() - started
    engine.dispose()
    sections = sum(len(item.sections) for item in items)
    return len(items) / seconds, sections / seconds, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    from realsite import add_site_arguments

    add_site_arguments(parser, 500)
    parser.add_argument("--batch-sizes", default="1,50,500")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    args = parser.parse_args()

    articles = rendered_articles(args.articles, args.site, args.seed)
    n_articles = len(articles)
    n_pages = sum(len(pages) for pages in articles)
    with tempfile.TemporaryDirectory(prefix="fanwen-stages-") as tmp:
        folder = Path(tmp)
        profiler = cProfile.Profile() if args.cprofile else None
        if profiler:
            profiler.enable()
        spent, items = run_stages(articles, folder / "stages.db")
        if profiler:
            profiler.disable()
        total = sum(spent.values())
        print(f"{n_articles} articles, {n_pages} article pages (CPU time, time.process_time)\n")
        print("| stage | ms per unit | unit | ms per article page | share |")
        print("|---|---|---|---|---|")
        for name in STAGES:
            unit, count = ("page", n_pages) if name in PAGE_STAGES else ("article", n_articles)
            print(
                f"| {name} | {1000 * spent[name] / count:.3f} | {unit} | "
                f"{1000 * spent[name] / n_pages:.3f} | {100 * spent[name] / total:.0f}% |"
            )
        print(f"| **total** | | | **{1000 * total / n_pages:.3f}** | 100% |")
        if profiler:
            print()
            pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(args.cprofile)

        items = [item for item in items if item is not None]
        print("\n| store batch size | articles/s | sections/s | seconds |")
        print("|---|---|---|---|")
        for size in (int(s) for s in args.batch_sizes.split(",")):
            per_s, sections_per_s, seconds = store_throughput(items, size, folder)
            print(f"| {size} | {per_s:.0f} | {sections_per_s:.0f} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
