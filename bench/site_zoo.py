"""Score what a crawl learns of a site (template, boilerplate) on multi-page site zoos, site by site.

    python bench/site_zoo.py [--zoo DIR] [--tools fanwen,trafilatura,readability,magic-html]
                             [--per-page] [--pages N]

A site zoo is a folder of article pages of a few sites and a ``truth.toml`` with one table per
page: ``site``, ``url``, ``text`` (the article, written by hand), ``published``, ``author``,
``source`` ("" where the page states none) and ``removed`` (visible strings of the page that
must not be in the text: its adverts, its sidebar's lines). A page is ``NAME.html``; a site's
pages sorted by name are the order a crawl meets them in.

Each site's pages are read three ways, all through the crawl's own code:

- ``generic``: one page at a time, as ``fanwen extract`` reads it (what ``bench/content_zoo.py``
  and ``bench/metadata_zoo.py`` score): no template, no learned boilerplate;
- ``crawl``: as a first crawl of the site reads them, in order (:func:`crawl`): the spider's
  :class:`~fanwen.spiders.templates.SiteTemplate` learning from each page and handing the
  template so far to the next, the validate, strip (:class:`~fanwen.pipelines.strip.StripPipeline`,
  counting learned boilerplate as it goes) and sections stages, and at the end the re-check the
  crawl's store makes (:func:`fanwen.reprocess.recheck_learned`): the articles the final template
  would read otherwise, or whose learned-boilerplate decisions the final counts take otherwise,
  made again from their pages (:func:`fanwen.rebuild.reread`);
- ``learned``: every page with what the whole site taught (the next crawl of the site: the
  final template and boilerplate counts of the first crawl); ``profile``: the same with the
  template ``fanwen profile learn`` writes from the saved pages (:func:`fanwen.extract.template.learn`).

Scores per way and per site: the content's cjk F1 (``bench/content_zoo.py``'s ``page_score``),
whether the date, author and source are right (``bench/metadata_zoo.py``'s ``same``; the date to
the minute the truth shows), and the residue: the ``removed`` strings left in the text. The
anchors (trafilatura, readability, magic-html) read each page alone, for the content column.
``--pages N`` reads only each site's first N pages: what a small first crawl learns.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.content_zoo import page_score  # noqa: E402
from bench.extraction import BATCH_TOOLS, DEFAULT_CORPUS, EXTRACTORS, Page, SkipTool, load_scorer  # noqa: E402
from bench.metadata_zoo import same  # noqa: E402

ZOO = REPO / "tests" / "fixtures" / "sitezoo"
WAYS = ("generic", "crawl", "learned", "profile")
FIELDS = ("published", "author", "source")
_SPACE = re.compile(r"[\s\u3000\xa0]+")


@dataclass(frozen=True)
class SitePage:
    name: str
    site: str
    url: str
    body: bytes
    want: dict[str, Any]


def load_zoo(zoo: Path = ZOO) -> dict[str, list[SitePage]]:
    """Each site's pages in crawl order (their file names sorted)."""
    with open(zoo / "truth.toml", "rb") as fh:
        truth = tomllib.load(fh)
    sites: dict[str, list[SitePage]] = defaultdict(list)
    for name in sorted(truth):
        want = truth[name]
        sites[want["site"]].append(
            SitePage(name, want["site"], want["url"], (zoo / f"{name}.html").read_bytes(), want)
        )
    return dict(sites)


def prediction(article: Any) -> dict[str, Any]:
    """What is scored of an article (None: the page gave none)."""
    if article is None:
        return {"text": ""}
    return {
        "text": article.text,
        "published": article.published.isoformat(sep=" ") if article.published else None,
        "author": article.author,
        "source": article.source,
    }


# -- the three ways --------------------------------------------------------------------------


def read_generic(pages: Sequence[SitePage], rules: Sequence[Any]) -> dict[str, dict[str, Any]]:
    """Each page alone, as ``fanwen extract`` reads it."""
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import decode, process_html

    out = {}
    for page in pages:
        try:
            article = process_html(decode(page.body), page.url, rules)
        except NotAnArticle as exc:
            out[page.name] = {"text": "", "reason": exc.reason}
            continue
        out[page.name] = prediction(article)
    return out


class _Stats:
    """The little of Scrapy's stats collector the pipelines use."""

    def __init__(self) -> None:
        self.values: dict[str, int] = defaultdict(int)

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] += count


@dataclass
class Crawled:
    """What a crawl of one site learned and did."""

    articles: dict[str, Any] = field(default_factory=dict)  # name -> the stored Article (None: none)
    template: Any = None  # the site's template at the end
    counts: Any = None  # the learned boilerplate counts at the end
    changes: list[int] = field(default_factory=list)  # after which page (1-based) the template changed
    rechecked: list[str] = field(default_factory=list)  # pages read again at the end
    replaced: list[str] = field(default_factory=list)  # of those, stored again (something changed)
    dropped: dict[str, str] = field(default_factory=dict)  # name -> why the pipelines dropped it


def _fetched(page: SitePage) -> Any:
    from fanwen.items import FetchedPage

    return FetchedPage(
        page.url, 200, (("Content-Type", "text/html"),), page.body, datetime.now(UTC).replace(tzinfo=None)
    )


def crawl(pages: Sequence[SitePage], rules: Sequence[Any]) -> Crawled:
    """The site's pages as a first crawl of it reads and stores them, in order, and as the
    crawl's end re-checks them (see the module's docstring)."""
    from scrapy.exceptions import DropItem

    from fanwen.extract.template import stale, template_key
    from fanwen.pagepath import PageOptions, read_page
    from fanwen.pipelines.strip import StripPipeline
    from fanwen.pipelines.validate import problem
    from fanwen.profiles import for_url
    from fanwen.rebuild import VALIDATE_MIN_CHARS, Finishing, reread
    from fanwen.sections import split_sections
    from fanwen.spiders.templates import SiteTemplate
    from fanwen.strip.boilerplate import BoilerplateOptions, scopes

    profile = for_url(pages[0].url)
    learner = SiteTemplate()
    strip = StripPipeline(rules, _Stats(), BoilerplateOptions(), None)  # type: ignore[arg-type]
    done = Crawled()
    for number, page in enumerate(pages, 1):
        template = learner.template  # the spider's _article and _learn
        options = PageOptions(profile, template=template, observe=template is not None)
        read = read_page(page.body, page.url, options, "text/html")
        article = read.article
        if article is None:
            done.articles[page.name] = None
            continue
        article.fetched.append(_fetched(page))
        article.template_key = template_key(template)
        if article.template_seen is not None and learner.observe(article.template_seen):
            done.changes.append(number)
        why = problem(article, VALIDATE_MIN_CHARS)  # the validate pipeline
        if why:
            done.articles[page.name] = None
            done.dropped[page.name] = why
            continue
        try:
            strip.process_item(article)
        except DropItem as exc:
            done.articles[page.name] = None
            done.dropped[page.name] = str(exc)
            continue
        article.sections = split_sections(article.blocks, article.title)  # the sections pipeline
        done.articles[page.name] = article
    # The crawl's end (fanwen.reprocess.recheck_learned): the final template and counts.
    final, counts = learner.template, strip.counts
    assert counts is not None
    finishing = Finishing(tuple(rules), counts)
    for page in pages:
        stored = done.articles.get(page.name)
        if stored is None:
            continue
        site = stored.site or ""
        templated = stored.template_key != template_key(final) and stale(
            stored.template_seen or _empty_signature(), final
        )
        if not (templated or _disagrees(stored, counts, scopes(site, stored.url))):
            continue
        done.rechecked.append(page.name)
        again = reread([_fetched(page)], profile, finishing, final, stored.url, stored.category)
        if again is None or isinstance(again, str):
            continue
        if again.stored_hash != stored.stored_hash:
            done.articles[page.name] = again
            done.replaced.append(page.name)
    done.template, done.counts = final, counts
    return done


def _empty_signature() -> Any:
    from fanwen.extract.template import Signature

    return Signature()


def _disagrees(article: Any, counts: Any, where: Sequence[str]) -> bool:
    """Whether a stored article's learned-boilerplate decisions differ from the final counts'
    (what :func:`fanwen.reprocess.disagreeing` finds in the database): a kept block that is
    boilerplate now, or a block removed as learned boilerplate that no longer is."""
    from fanwen.items import Block

    learned = counts.learned(where, article.title, article.blocks)
    alone = counts.learned(where, article.title)  # a stored text asked alone, as the database's are
    if any(alone(Block(section.text)) for section in article.sections):
        return True
    if any(learned(block) for block in article.blocks):
        return True
    return any(
        removal.rule in ("learned-boilerplate", "learned-slot") and not alone(Block(removal.text))
        for removal in article.removed
    )


def read_learned(
    pages: Sequence[SitePage], rules: Sequence[Any], template: Any, counts: Any
) -> dict[str, dict[str, Any]]:
    """Every page with what the whole site taught: ``template`` and the boilerplate ``counts``
    as they stand (the next crawl of the site reads a page it stores again so)."""
    from fanwen.profiles import for_url
    from fanwen.rebuild import Finishing, reread

    profile = for_url(pages[0].url)
    finishing = Finishing(tuple(rules), counts)
    out = {}
    for page in pages:
        article = reread([_fetched(page)], profile, finishing, template, page.url, None)
        out[page.name] = prediction(article if not isinstance(article, str) else None)
    return out


def profile_template(pages: Sequence[SitePage]) -> Any:
    """The template ``fanwen profile learn`` writes from the site's saved pages."""
    from fanwen.extract.template import learn
    from fanwen.offline import decode

    return learn([decode(page.body) for page in pages]).template()


# -- scores ---------------------------------------------------------------------------------


@dataclass
class PageScore:
    f1: float
    right: dict[str, bool]  # field -> right
    residue: list[str]  # removed strings left in the text


def score_page(scorer: Any, page: SitePage, got: dict[str, Any], tool: str = "fanwen") -> PageScore:
    text = got.get("text") or ""
    flat = _SPACE.sub("", text)
    article = bool(text.strip())
    right = {f: article and same(f, page.want.get(f), got.get(f)) for f in FIELDS}
    residue = [r for r in page.want.get("removed", []) if _SPACE.sub("", r) in flat]
    return PageScore(page_score(scorer, page.want, got, tool), right, residue)


def site_row(scores: Sequence[PageScore]) -> dict[str, float]:
    n = len(scores) or 1
    row = {"f1": sum(s.f1 for s in scores) / n}
    for f in FIELDS:
        row[f] = sum(s.right[f] for s in scores) / n
    row["residue"] = sum(len(s.residue) for s in scores)
    return row


@dataclass
class SiteResult:
    site: str
    pages: list[SitePage]
    ways: dict[str, dict[str, PageScore]]  # way -> page name -> score
    got: dict[str, dict[str, dict[str, Any]]]  # way -> page name -> prediction
    crawled: Crawled
    profile: Any


def run_site(scorer: Any, pages: Sequence[SitePage], rules: Sequence[Any]) -> SiteResult:
    got: dict[str, dict[str, dict[str, Any]]] = {"generic": read_generic(pages, rules)}
    crawled = crawl(pages, rules)
    got["crawl"] = {name: prediction(article) for name, article in crawled.articles.items()}
    got["learned"] = read_learned(pages, rules, crawled.template, crawled.counts)
    learned_profile = profile_template(pages)
    got["profile"] = read_learned(pages, rules, learned_profile, crawled.counts)
    ways = {
        way: {p.name: score_page(scorer, p, got[way].get(p.name, {"text": ""})) for p in pages}
        for way in WAYS
    }
    return SiteResult(pages[0].site, list(pages), ways, got, crawled, learned_profile)


def anchors(
    scorer: Any, sites: dict[str, list[SitePage]], tools: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Each anchor's content F1 per page (each page alone)."""
    from fanwen.offline import decode

    pages: list[Page] = [(p.name, decode(p.body), p.url) for ps in sites.values() for p in ps]
    by_name = {p.name: p for ps in sites.values() for p in ps}
    out: dict[str, dict[str, float]] = {}
    for tool in tools:
        try:
            if tool in BATCH_TOOLS:
                preds, _ = BATCH_TOOLS[tool](pages)
            else:
                run: Callable[[str, str | None], Any] = EXTRACTORS[tool]()
                preds = {name: run(html, url) for name, html, url in pages}
        except SkipTool as exc:
            print(exc, file=sys.stderr)
            continue
        out[tool] = {
            name: page_score(scorer, by_name[name].want, preds.get(name, {}), tool) for name in by_name
        }
    return out


def _slots(template: Any) -> str:
    from fanwen.extract.template import slots_of

    slots = slots_of(template) if template is not None else {}
    return "; ".join(f"{slot} {' | '.join(paths)}" for slot, paths in slots.items()) or "none"


def _learned_slots(crawled: Crawled) -> str:
    """The template slots (:func:`fanwen.strip.boilerplate.slot_places`: a label, a look, a place
    against the body) in as many of the site's articles as a block must be, with the articles each
    was counted in and its distinct texts (a slot goes when they are at most half its articles)."""
    from fanwen.strip.boilerplate import is_column, is_slot_key, texts_key

    counts = crawled.counts
    every = counts.counts
    places = {
        key: sample
        for article in crawled.articles.values()
        if article is not None
        for _, key, sample, _ in article.boilerplate_seen or ()
        if is_slot_key(key) and " " in sample
    }
    learned = [
        f"{places[key]} ({n} pages, {every.get((scope, texts_key(key)), 0)} texts)"
        for (scope, key), n in sorted(every.items())
        if not is_column(scope) and key in places and n >= counts.needed(scope)
    ]
    return "; ".join(learned) or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zoo", type=Path, default=ZOO, help="a folder of pages and their truth.toml")
    parser.add_argument("--tools", default="fanwen,trafilatura,readability,magic-html")
    parser.add_argument("--per-page", action="store_true")
    parser.add_argument(
        "--pages", type=int, default=0, help="read only each site's first N pages (a small first crawl)"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where ../eval/score.py is found")
    args = parser.parse_args()
    from fanwen.strip import load_rules

    scorer = load_scorer(args.corpus)
    rules = load_rules()
    sites = load_zoo(args.zoo)
    if args.pages:
        sites = {site: pages[: args.pages] for site, pages in sites.items()}
    results = [run_site(scorer, pages, rules) for pages in sites.values()]
    others = anchors(scorer, sites, [t for t in args.tools.split(",") if t != "fanwen"])
    every = [p for r in results for p in r.pages]
    print("| site (pages) | way | content F1 | date | author | source | residue |")
    print("|---|---|---|---|---|---|---|")
    for result in [*results, None]:
        label = f"{result.site} ({len(result.pages)})" if result else f"all ({len(every)})"
        for way in WAYS:
            scores = (
                list(result.ways[way].values())
                if result
                else [s for r in results for s in r.ways[way].values()]
            )
            row = site_row(scores)
            print(
                f"| {label} | {way} | {row['f1']:.3f} | {row['published']:.2f} | {row['author']:.2f} | "
                f"{row['source']:.2f} | {int(row['residue'])} |"
            )
        for tool, f1 in others.items():
            names = [p.name for p in (result.pages if result else every)]
            print(f"| {label} | {tool} (alone) | {sum(f1[n] for n in names) / len(names):.3f} | | | | |")
    for result in results:
        crawled = result.crawled
        print(
            f"\n{result.site}: template changed after page(s) {crawled.changes or '-'}; at the end: {_slots(crawled.template)}"
        )
        print(f"  profile learn: {_slots(result.profile)}")
        hosted = sorted({a.platform for a in crawled.articles.values() if a is not None and a.platform})
        if hosted:  # a platform's selectors give the slots they find: no template slot to learn there
            print(f"  read by platform profile(s): {', '.join(hosted)}")
        print(f"  learned slots: {_learned_slots(crawled)}")
        print(f"  re-read at the end: {crawled.rechecked or '-'}; stored again: {crawled.replaced or '-'}")
        if crawled.dropped:
            print(f"  dropped: {crawled.dropped}")
        if args.per_page:
            for page in result.pages:
                cells = []
                for way in WAYS:
                    s = result.ways[way][page.name]
                    wrong = "".join(f[0] for f in FIELDS if not s.right[f])
                    cells.append(
                        f"{way} {s.f1:.2f}{' -' + wrong if wrong else ''}{' +' + str(len(s.residue)) if s.residue else ''}"
                    )
                print(f"  {page.name}: " + ", ".join(cells))
                for way in WAYS:
                    s, got = result.ways[way][page.name], result.got[way].get(page.name, {})
                    for f in FIELDS:
                        if not s.right[f]:
                            print(f"    {way} {f}: {got.get(f)!r} (want {page.want.get(f)!r})")
                    for left in s.residue:
                        print(f"    {way} residue: {left[:40]!r}")


if __name__ == "__main__":
    main()
