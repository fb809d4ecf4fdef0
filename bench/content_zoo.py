"""Score the content region on the content zoo (tests/fixtures/contentzoo), page by page.

    python bench/content_zoo.py [--zoo DIR] [--tools fanwen,trafilatura,readability,magic-html]
                                [--per-page]

The zoo's pages were written for the project, one template a page (``truth.toml`` names its
pattern and holds the article text written by hand). A page's score is its cjk F1 as
``../shared/eval/score.py`` computes it (4-token shingles, each Han character a token). A page
that is no article (``not_article = "<reason>"``) scores 1 when the tool gives no text, and for
fanwen only when it also says the expected reason (``NotAnArticle.reason``); an article page a
tool gives nothing for scores 0. Every tool gets the same HTML decoded by fanwen's decoder and
the page's ``url`` when the truth has one; time is CPU time of the process, as in
``bench/extraction.py`` (magic-html runs in ``$FANWEN_BENCH_MAGIC_PYTHON``).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.extraction import (  # noqa: E402
    BATCH_TOOLS,
    DEFAULT_CORPUS,
    EXTRACTORS,
    Page,
    Prediction,
    SkipTool,
    load_scorer,
)

REPO = Path(__file__).resolve().parent.parent
ZOO = REPO / "tests" / "fixtures" / "contentzoo"


def load_truth(zoo: Path = ZOO) -> dict[str, dict[str, Any]]:
    with open(zoo / "truth.toml", "rb") as fh:
        return tomllib.load(fh)


def fanwen_run() -> Any:
    """fanwen as ``bench/extraction.py`` runs it, keeping the reason of an empty result."""
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import process_html
    from fanwen.strip import load_rules

    rules = load_rules()

    def run(html: str, url: str | None) -> Prediction:
        try:
            article = process_html(html, url, rules)
        except NotAnArticle as exc:
            return {"text": "", "reason": exc.reason}
        return {"text": article.text}

    return run


def page_score(scorer: Any, want: dict[str, Any], got: Prediction, tool: str) -> float:
    """cjk F1 of one page; for a page that is no article, 1 when nothing (and, for fanwen,
    the expected reason) was given."""
    text = got.get("text") or ""
    if "not_article" in want:
        if text.strip():
            return 0.0
        return float(tool != "fanwen" or got.get("reason") == want["not_article"])
    p, r, _ = scorer.page_pr(want["text"], text, scorer.CJK_TOKEN)
    return scorer.f1(p or 0.0, r or 0.0)


def predictions(tool: str, pages: list[Page]) -> tuple[dict[str, Prediction], dict[str, float]]:
    if tool in BATCH_TOOLS:
        return BATCH_TOOLS[tool](pages)
    run = fanwen_run() if tool == "fanwen" else EXTRACTORS[tool]()
    preds: dict[str, Prediction] = {}
    ms: dict[str, float] = {}
    for page_id, html, url in pages:
        start = time.process_time()
        preds[page_id] = run(html, url)
        ms[page_id] = 1000 * (time.process_time() - start)
    return preds, ms


def zoo_pages(zoo: Path) -> tuple[dict[str, dict[str, Any]], list[Page]]:
    from fanwen.offline import decode

    truth = load_truth(zoo)
    pages = [
        (name, decode((zoo / f"{name}.html").read_bytes()), want.get("url")) for name, want in truth.items()
    ]
    return truth, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zoo", type=Path, default=ZOO, help="a folder of pages and their truth.toml")
    parser.add_argument("--tools", default="fanwen,trafilatura,readability,magic-html")
    parser.add_argument("--per-page", action="store_true")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where ../eval/score.py is found")
    args = parser.parse_args()
    scorer = load_scorer(args.corpus)
    truth, pages = zoo_pages(args.zoo)
    table: dict[str, dict[str, float]] = {}
    times: dict[str, float] = {}
    reasons: dict[str, dict[str, str]] = {}
    for tool in args.tools.split(","):
        try:
            preds, ms = predictions(tool, pages)
        except SkipTool as exc:
            print(exc, file=sys.stderr)
            continue
        table[tool] = {
            name: page_score(scorer, want, preds.get(name, {}), tool) for name, want in truth.items()
        }
        times[tool] = sum(ms.values()) / max(len(ms), 1)
        reasons[tool] = {name: str(p.get("reason", "")) for name, p in preds.items()}
    tools = list(table)
    print("| tool | pages | mean cjk F1 | pages ≥ 0.9 | no article, said | ms/page |")
    print("|---|---|---|---|---|---|")
    listing = [n for n, w in truth.items() if "not_article" in w]
    for tool in tools:
        scores = table[tool]
        print(
            f"| {tool} | {len(scores)} | {sum(scores.values()) / len(scores):.3f} | "
            f"{sum(s >= 0.9 for s in scores.values())} | {sum(scores[n] == 1 for n in listing)}/{len(listing)} | "
            f"{times[tool]:.1f} |"
        )
    if args.per_page:
        print("\n| page | " + " | ".join(tools) + " |")
        print("|---|" + "---|" * len(tools))
        for name in truth:
            cells = []
            for tool in tools:
                why = reasons[tool].get(name)
                cells.append(f"{table[tool][name]:.2f}" + (f" ({why})" if why else ""))
            print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
