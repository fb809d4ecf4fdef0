"""Benchmark: what a crawl's learned site template (fanwen/extract/template.py) changes, and costs.

    .venv/bin/python bench/templates.py [--articles 300] [--seed 13] [--plain] [--repeat 3]

Renders the article pages of the real-shape site (``bench/realsite.py``; by default with its
``variety``: a column box with its own labelled author and timed date before the article on
1 in 5 pages, a short article over a longer feed on 1 in 7; ``--plain``: without) and reads
the first page of every article, in the site's order, three ways, no HTTP and no Scrapy:

- ``generic``: :func:`fanwen.extract.page.extract_article` with no profile (``fanwen crawl URL``
  before templates, and ``FANWEN_TEMPLATE_ENABLED=0``);
- ``template``: as a crawl reads them (:class:`fanwen.spiders.templates.SiteTemplate`): each page
  with the template learned so far, observed, and at the end the pages the final template
  would read otherwise read again by it (what the crawl-end re-check stores in their place);
- ``learned``: every page with the template the whole site gives (what the next crawl, or
  ``fanwen profile learn --site`` as a profile, reads them with);
- ``demo`` and ``demo+observe``: with the ``demo`` profile, whose selectors leave no slot to
  the template, without and with observing where each page shows the slots: what learning
  costs a crawl that gains nothing from it.

For each: the share of pages whose title, date (the day), author and text are right (text: the
article's last paragraph is in the blocks, and no feed teaser is), and the CPU time per page
(``time.process_time`` around the extraction; decode and parse are outside it). The CPU
figures are medians over ``--repeat`` runs, interleaved.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

BASE = "http://127.0.0.1:8000"


def pages(articles: int, seed: int, variety: bool) -> list[tuple[Any, str, str]]:
    """(truth, url, decoded HTML) of each article's first page, in the site's order."""
    from realsite import build_real_site

    from fanwen.extract.encoding import decode_html

    site = build_real_site(articles, seed, variety=variety)
    out = []
    for article in site.articles:
        page = site.pages[article.pages[0]]
        html = decode_html(page.render(BASE), header=page.content_type).text
        out.append((article, BASE + article.pages[0], html))
    return out


def right(truth: Any, article: Any) -> dict[str, bool]:
    day = truth.published.date() if isinstance(truth.published, datetime) else truth.published
    got = article.published.date() if article is not None and article.published else None
    text = "\n".join(b.text for b in article.blocks) if article is not None else ""
    ending = truth.sections[-1].text.split("\n")[-1][-40:] if len(truth.pages) == 1 else ""
    return {
        "title": article is not None and article.title == truth.title,
        "date": isinstance(day, date) and got == day,
        "author": article is not None and article.author == truth.author,
        "text": article is not None and ending in text and "专题第" not in text,
    }


def read(html: str, url: str, template: Any = None, observe: bool = False, profile: Any = None) -> Any:
    from parsel import Selector

    from fanwen.extract.page import NotAnArticle, extract_article

    try:
        return extract_article(Selector(text=html), url, profile, template=template, observe=observe)
    except NotAnArticle:
        return None


def run_generic(site: list[tuple[Any, str, str]]) -> tuple[dict[str, Any], float]:
    start = time.process_time()
    results = {url: read(html, url) for _, url, html in site}
    return results, time.process_time() - start


def run_template(site: list[tuple[Any, str, str]]) -> tuple[dict[str, Any], float, dict[str, int]]:
    """As a crawl: each page with the template learned so far, observed; at the end, the pages
    the final template would read otherwise read again by it (what the crawl-end re-check
    stores in their place, from the kept pages)."""
    from fanwen.extract.template import Signature, stale, template_key
    from fanwen.spiders.templates import SiteTemplate

    learner = SiteTemplate()
    results: dict[str, Any] = {}
    read_by: dict[str, tuple[str | None, Signature]] = {}
    html_of = {url: html for _, url, html in site}
    counts = {"reread": 0, "replaced": 0}
    start = time.process_time()
    for _, url, html in site:
        template = learner.template
        article = read(html, url, template, observe=True)
        results[url] = article
        if article is None:
            continue
        seen = article.template_seen or Signature()
        read_by[url] = (template_key(template), seen)
        learner.observe(seen)
    final, key = learner.template, template_key(learner.template)
    for url, (read_key, seen) in read_by.items():
        if read_key == key or not stale(seen, final):
            continue
        counts["reread"] += 1
        again = read(html_of[url], url, final, observe=True)
        if again is not None and fingerprint(again) != fingerprint(results[url]):
            results[url] = again
            counts["replaced"] += 1
    return results, time.process_time() - start, counts | {"pages_counted": learner.counts.pages}


def fingerprint(article: Any) -> tuple[Any, ...]:
    """What the crawl-end re-check compares: the title and text, and the metadata a template reads."""
    return (
        article.title,
        article.published,
        article.author,
        article.source,
        tuple(b.text for b in article.blocks),
    )


def run_learned(site: list[tuple[Any, str, str]], template: Any) -> tuple[dict[str, Any], float]:
    start = time.process_time()
    results = {url: read(html, url, template, observe=True) for _, url, html in site}
    return results, time.process_time() - start


def run_profile(site: list[tuple[Any, str, str]], observe: bool) -> tuple[dict[str, Any], float]:
    from fanwen.extract.template import Template
    from fanwen.profiles import load

    demo = load("demo")
    template = Template() if observe else None
    start = time.process_time()
    results = {url: read(html, url, template, observe, demo) for _, url, html in site}
    return results, time.process_time() - start


def scores(site: list[tuple[Any, str, str]], results: dict[str, Any]) -> dict[str, float]:
    totals: dict[str, int] = {}
    for truth, url, _ in site:
        for field, ok in right(truth, results.get(url)).items():
            totals[field] = totals.get(field, 0) + ok
    return {field: count / len(site) for field, count in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--plain", action="store_true", help="the real-shape site without its variety")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    site = pages(args.articles, args.seed, not args.plain)
    cpu: dict[str, list[float]] = {
        name: [] for name in ("generic", "template", "learned", "demo", "demo+observe")
    }
    for _ in range(args.repeat):
        generic, seconds = run_generic(site)
        cpu["generic"].append(seconds)
        crawled, seconds, counts = run_template(site)
        cpu["template"].append(seconds)
        from fanwen.spiders.templates import SiteTemplate

        whole = SiteTemplate()
        for article in crawled.values():
            if article is not None and article.template_seen is not None:
                whole.observe(article.template_seen)
        learned, seconds = run_learned(site, whole.template)
        cpu["learned"].append(seconds)
        profiled, seconds = run_profile(site, observe=False)
        cpu["demo"].append(seconds)
        observed, seconds = run_profile(site, observe=True)
        cpu["demo+observe"].append(seconds)
    print(
        f"real-shape site, {len(site)} article pages ({'plain' if args.plain else 'with variety'}), "
        f"seed {args.seed}, {args.repeat} interleaved run(s)"
    )
    print(f"{'reading':<12} {'title':>6} {'date':>6} {'author':>6} {'text':>6} {'ms/page':>8}")
    runs = (
        ("generic", generic),
        ("template", crawled),
        ("learned", learned),
        ("demo", profiled),
        ("demo+observe", observed),
    )
    for name, results in runs:
        score = scores(site, results)
        ms = statistics.median(cpu[name]) / len(site) * 1000
        print(
            f"{name:<12} {score['title']:>6.3f} {score['date']:>6.3f} {score['author']:>6.3f} "
            f"{score['text']:>6.3f} {ms:>8.2f}"
        )
    print(f"template (crawl order): {counts}; learned slots:")
    for slot in ("content", "title", "published", "author"):
        print(f"  {slot}: {', '.join(getattr(whole.template, slot)) or '-'}")


if __name__ == "__main__":
    main()
