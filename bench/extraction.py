"""Benchmark: fanwen's extraction against trafilatura, GNE and readability-lxml on the corpus.

    python bench/extraction.py [--corpus ../shared/corpus] [--sets zh-articles,zh-news,en-aeb]
                               [--tools fanwen,trafilatura,gne,readability,magic-html]
                               [--folds a,b,c|holdout|all] [--by-fold] [--out DIR] [--per-page]

Every tool gets the same decoded HTML (fanwen's decoder) and the page URL where the truth has
one; only the extraction is timed, in CPU time of the process (``time.process_time``: the machine
is shared, and wall time counts the other work on it). fanwen's time includes strip and sections
(``fanwen.offline.process_html``) and its scored text is ``article.text``. Scores come from
``../shared/eval/score.py`` imported by path; the corpus is read where it lies, never copied.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.folds import FOLDS  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SETS = ("zh-articles", "zh-modern", "zh-news", "en-aeb")
TOOLS = ("fanwen", "trafilatura", "gne", "readability", "magic-html")
MAGIC_PYTHON_ENV = "FANWEN_BENCH_MAGIC_PYTHON"

Prediction = dict[str, Any]
Extractor = Callable[[str, str | None], Prediction]


def load_scorer(corpus: Path) -> ModuleType:
    path = corpus.parent / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("fanwen_bench_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_page(path: Path) -> bytes:
    body = path.read_bytes()
    return gzip.decompress(body) if path.suffix == ".gz" else body


def fanwen_extractor() -> Extractor:
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import process_html
    from fanwen.strip import load_rules

    rules = load_rules()

    def run(html: str, url: str | None) -> Prediction:
        try:
            article = process_html(html, url, rules)
        except NotAnArticle:
            return {"text": ""}
        return {
            "text": article.text,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            # fanwen joins several names with 、; the truth separates them with spaces.
            "author": article.author.replace("、", " ") if article.author else None,
        }

    return run


def trafilatura_extractor() -> Extractor:
    import trafilatura

    def run(html: str, url: str | None) -> Prediction:
        raw = trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
        data = json.loads(raw) if raw else {}
        return {
            "text": data.get("text") or "",
            "title": data.get("title"),
            "published": data.get("date"),
            "author": data.get("author"),
        }

    return run


def gne_extractor() -> Extractor:
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(html: str, url: str | None) -> Prediction:
        try:
            data = extractor.extract(html)
        except Exception:  # noqa: BLE001 - an anchor failing on a page scores as empty
            return {"text": ""}
        return {
            "text": data.get("content") or "",
            "title": data.get("title"),
            "published": data.get("publish_time"),
            "author": data.get("author"),
        }

    return run


def readability_extractor() -> Extractor:
    import lxml.html
    from readability import Document

    def run(html: str, url: str | None) -> Prediction:
        try:
            doc = Document(html, url=url)
            summary = lxml.html.fromstring(doc.summary(html_partial=True))
            title = doc.short_title()
        except Exception:  # noqa: BLE001 - an anchor failing on a page scores as empty
            return {"text": ""}
        lines = [" ".join(t.split()) for t in summary.itertext()]
        return {"text": "\n".join(line for line in lines if line), "title": title}

    return run


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "fanwen": fanwen_extractor,
    "trafilatura": trafilatura_extractor,
    "gne": gne_extractor,
    "readability": readability_extractor,
}


Page = tuple[str, str, str | None]  # id, decoded HTML, URL


def magic_html_batch(pages: list[Page]) -> tuple[dict[str, Prediction], dict[str, float]]:
    """magic-html needs Python >= 3.12: it runs in the interpreter ``$FANWEN_BENCH_MAGIC_PYTHON``
    names (a virtual environment with ``pip install magic-html==0.1.8``), fed over a pipe."""
    python = os.environ.get(MAGIC_PYTHON_ENV)
    if not python:
        raise SkipTool(f"magic-html skipped: set {MAGIC_PYTHON_ENV} to a Python >= 3.12 with magic-html")
    lines = "".join(
        json.dumps({"id": pid, "html": html, "url": url}, ensure_ascii=False) + "\n"
        for pid, html, url in pages
    )
    proc = subprocess.run(
        [python, str(REPO / "bench" / "magic_runner.py")],
        input=lines,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.returncode:
        raise SkipTool(f"magic-html failed: {proc.stderr.strip().splitlines()[-1:]}")
    preds: dict[str, Prediction] = {}
    ms: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        ms[row["id"]] = row.pop("ms")
        preds[row["id"]] = row
    return preds, ms


class SkipTool(Exception):
    """A tool that cannot run here; the bench says why and goes on."""


BATCH_TOOLS: dict[str, Callable[[list[Page]], tuple[dict[str, Prediction], dict[str, float]]]] = {
    "magic-html": magic_html_batch,
}


def load_pages(set_dir: Path, folds: set[str]) -> tuple[list[dict], list[Page], dict[str, str]]:
    """The truth rows and decoded pages of one set whose site is in one of ``folds``, and each
    page's fold."""
    from bench.folds import fold_of, site_of
    from fanwen.offline import PageError, decode

    truth = [json.loads(line) for line in (set_dir / "truth.jsonl").open(encoding="utf-8") if line.strip()]
    rows: list[dict] = []
    pages: list[Page] = []
    fold_by_id: dict[str, str] = {}
    for row in truth:
        try:
            html = decode(read_page(set_dir / row["file"]))
        except PageError as exc:
            print(f"{set_dir.name}/{row['id']}: {exc}", file=sys.stderr)
            html = ""
        fold = fold_of(set_dir.name, site_of(row.get("url"), html))
        if fold not in folds:
            continue
        rows.append(row)
        pages.append((str(row["id"]), html, row.get("url")))
        fold_by_id[str(row["id"])] = fold
    return rows, pages, fold_by_id


def run_set(
    set_dir: Path, pages: list[Page], tools: list[str], out: Path | None
) -> dict[str, tuple[dict, dict[str, float]]]:
    """Each tool's predictions and CPU ms of each page on one corpus set."""
    results: dict[str, tuple[dict, dict[str, float]]] = {}
    for tool in tools:
        if tool in BATCH_TOOLS:
            try:
                results[tool] = BATCH_TOOLS[tool]([p for p in pages if p[1]])
            except SkipTool as exc:
                print(exc, file=sys.stderr)
                continue
        else:
            extract = EXTRACTORS[tool]()
            preds: dict[str, Prediction] = {}
            ms: dict[str, float] = {}
            for page_id, html, url in pages:
                start = time.process_time()
                pred = extract(html, url) if html else {"text": ""}
                ms[page_id] = 1000 * (time.process_time() - start)
                preds[page_id] = {"id": page_id, **pred}
            results[tool] = (preds, ms)
        if out:
            out.mkdir(parents=True, exist_ok=True)
            with (out / f"{set_dir.name}.{tool}.jsonl").open("w", encoding="utf-8") as fh:
                for pred in results[tool][0].values():
                    fh.write(json.dumps(pred, ensure_ascii=False) + "\n")
    return results


def mean_ms(ms: dict[str, float], ids: set[str]) -> float:
    """Mean CPU ms per page over ``ids`` (pages a tool was not given count as 0 ms)."""
    return sum(ms.get(i, 0.0) for i in ids) / max(len(ids), 1)


def cell(value: float | None, digits: int = 3) -> str:
    return (
        "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"
    )


def table_rows(set_name: str, scored: dict[str, dict], timing: dict[str, float]) -> list[list[str]]:
    rows = []
    for tool, res in scored.items():
        leaks = res.get("snippets", {})
        rows.append(
            [
                set_name,
                tool,
                cell(res.get("cjk", {}).get("f1")),
                cell(res.get("aeb", {}).get("f1")),
                cell(res.get("title", {}).get("accuracy")),
                cell(res.get("published", {}).get("accuracy")),
                cell(res.get("author", {}).get("accuracy")),
                f"{leaks['without_leaked']}/{leaks['without_total']}"
                if leaks.get("without_total")
                else "n/a",
                f"{timing[tool]:.1f}",
            ]
        )
    return rows


def markdown(rows: list[list[str]]) -> str:
    head = ["set", "tool", "cjk F1", "aeb F1", "title", "date", "author", "leaks", "ms/page"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default ../shared/corpus)"
    )
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--out", type=Path, help="also write each tool's predictions here as JSONL")
    ap.add_argument("--per-page", action="store_true", help="print fanwen's per-page cjk P/R and leaks")
    ap.add_argument(
        "--by-fold", action="store_true", help="also score each set's folds apart, in the same run"
    )
    ap.add_argument(
        "--folds",
        default="a,b,c",
        help="site folds to score (bench/folds.py): a,b,c (default), holdout, or all",
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    folds = set(FOLDS) if args.folds == "all" else {f for f in args.folds.split(",") if f}
    scorer = load_scorer(args.corpus)
    tools = [t for t in args.tools.split(",") if t]
    unknown = set(tools) - set(EXTRACTORS) - set(BATCH_TOOLS)
    if unknown:
        raise SystemExit(f"unknown tools: {', '.join(sorted(unknown))}")
    rows: list[list[str]] = []
    for set_name in [s for s in args.sets.split(",") if s]:
        set_dir = args.corpus / set_name
        _, pages, fold_by_id = load_pages(set_dir, folds)
        if not pages:
            continue
        results = run_set(set_dir, pages, tools, args.out)
        truth_all = scorer.load(str(set_dir / "truth.jsonl"))
        groups = [(f"{set_name} ({len(pages)})", set(fold_by_id))]
        if args.by_fold:
            groups += [
                (f"{set_name} {fold} ({len(ids)})", ids)
                for fold in FOLDS
                if (ids := {i for i, f in fold_by_id.items() if f == fold})
            ]
        for label, ids in groups:
            truth = {k: t for k, t in truth_all.items() if k in ids}
            scored = {}
            for tool, (preds, _) in results.items():
                verbose = args.per_page and tool == "fanwen" and label == groups[0][0]
                scored[tool] = scorer.score(truth, preds, per_page=verbose)
                for leak in scored[tool].get("leaks", []) if verbose else []:
                    print(f"leak {set_name}/{leak}", file=sys.stderr)
            rows += table_rows(label, scored, {tool: mean_ms(ms, ids) for tool, (_, ms) in results.items()})
    print(markdown(rows))


if __name__ == "__main__":
    main()
