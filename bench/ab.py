"""Benchmark aid: the page path's CPU in two checkouts, alternated, as paired ratios.

    .venv/bin/python bench/ab.py page --base DIR --new DIR [--sets real,en-aeb] [--passes 4]
    .venv/bin/python bench/ab.py strip --base DIR --new DIR [--sets real,zh-articles] [--passes 4]
    .venv/bin/python bench/ab.py loader --base DIR --new DIR [--passes 4]
    .venv/bin/python bench/ab.py callgrind --base DIR --new DIR [--sets real] [--pages 30]

``DIR`` is a checkout of the repository (a worktree: ``git worktree add --detach /tmp/base
main``); each side runs in its own subprocess with ``PYTHONPATH=DIR``, the two sides alternated
pass by pass (base, new, new, base...), and the table gives each side's median and the median
of the per-pass ratios new/base. On a shared machine the load moves a single figure by 10–20 %;
neighbours in time share it, so the paired ratio is the figure to read.

- ``page``: CPU ms per page of :func:`fanwen.pagepath.read_page` with the bundled strip rules
  (the ``demo`` profile on the real-shape pages, ``bench/realsite.py``, 200 articles; none on the
  corpus sets), each set read once per subprocess, so every cache starts empty as in a crawl's
  page reader. Sets: ``real`` and the corpus's (en-aeb, zh-articles, zh-modern, zh-news).
- ``strip``: strip + apply + sections alone on articles read beforehand (copies, best of 3
  in a subprocess), CPU ms per article.
- ``loader``: ``ArticleLoader`` alone on one page's values (10 fields and ``load_item``), 300
  pages, CPU ms per page.
- ``callgrind``: instructions (``valgrind --tool=callgrind``, immune to the load) of
  ``read_page`` on the first ``--pages`` pages of each set after a warm-up of 5 others, counted
  only inside ``functools.reduce`` over them (``--toggle-collect``). Slow: minutes per side.
"""

from __future__ import annotations

import argparse
import copy
import functools
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

CORPUS = Path("/work/shared/corpus")
BASE_URL = "http://127.0.0.1:8000"


def _pages(name: str, count: int | None = None) -> tuple[list[tuple[bytes, str, str | None]], Any]:
    """A set's pages as (body, url, content type) and the page options to read them with."""
    from fanwen.pagepath import PageOptions
    from fanwen.profiles import load

    if name == "real":
        from realsite import build_real_site

        site = build_real_site(200 if count is None else count, 13)
        pages = [
            (site.pages[p].render(BASE_URL), BASE_URL + p, site.pages[p].content_type)
            for article in site.articles
            for p in article.pages
        ]
        return pages, PageOptions.for_profile(load("demo"))
    folder = CORPUS / name
    pages = []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()[:count]:
        row = json.loads(line)
        path = folder / row["file"]
        body = path.read_bytes()
        pages.append(
            (
                gzip.decompress(body) if path.suffix == ".gz" else body,
                row.get("url") or "http://example.com/a/1.html",
                None,
            )
        )
    return pages, PageOptions.for_profile(None)


def run_page(sets: list[str]) -> dict[str, float]:
    from fanwen.pagepath import read_page

    out = {}
    for name in sets:
        pages, options = _pages(name)
        start = time.process_time()
        for body, url, content_type in pages:
            read_page(body, url, options, content_type)
        out[name] = (time.process_time() - start) / len(pages) * 1000
    return out


def run_strip(sets: list[str]) -> dict[str, float]:
    from dataclasses import replace

    from fanwen.pagepath import read_page
    from fanwen.sections import split_sections
    from fanwen.strip import load_rules
    from fanwen.strip.stage import apply_strip, strip_article

    rules = tuple(load_rules())
    out = {}
    for name in sets:
        pages, options = _pages(name)
        options = replace(options, rules=None)
        articles = [a for b, u, c in pages if (a := read_page(b, u, options, c).article) is not None]
        best = float("inf")
        for _ in range(3):
            copies = [copy.deepcopy(a) for a in articles]
            start = time.process_time()
            for article in copies:
                strip, after = strip_article(article, rules)
                apply_strip(article, strip, after)
                article.sections = split_sections(article.blocks, article.title)
            best = min(best, (time.process_time() - start) / len(articles) * 1000)
        out[name] = best
    return out


def run_loader(_sets: list[str]) -> dict[str, float]:
    from fanwen.items import ArticleLoader, Block

    blocks = [Block("正文内容" * 20)] * 30

    def page() -> Any:
        loader = ArticleLoader(selector=None, timezone="Asia/Shanghai")
        for name, value in (
            ("url", BASE_URL + "/a/1.html"), ("site", "demo"), ("title", "一个标题_范文网"),
            ("published", "发布时间：2024-05-06 10:20"), ("author", "作者：张三"), ("source", "来源：新华社"),
            ("category", "工作总结"), ("platform", None), ("blocks", blocks), ("tail", []),
        ):  # fmt: skip
            loader.add_value(name, value)
        return loader.load_item()

    page()
    start = time.process_time()
    for _ in range(300):
        page()
    return {"loader": (time.process_time() - start) / 300 * 1000}


def run_reduce(sets: list[str], count: int) -> None:
    """The pages folded by functools.reduce, for callgrind's --toggle-collect."""
    from fanwen.pagepath import read_page

    for name in sets:
        pages, options = _pages(name, count + 5)
        for body, url, content_type in pages[count : count + 5]:
            read_page(body, url, options, content_type)  # warm-up, not counted
        functools.reduce(lambda _, p: read_page(p[0], p[1], options, p[2]), pages[:count], None)


def _side(root: Path, args: argparse.Namespace) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    here = Path(__file__).resolve()
    if args.what == "callgrind":
        out = {}
        for name in args.sets.split(","):
            done = subprocess.run(
                ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
                 "--callgrind-out-file=/dev/null", sys.executable, str(here), "_reduce", "--sets", name,
                 "--pages", str(args.pages)],
                cwd=root, env=env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            collected = next(line for line in done.stderr.splitlines() if "Collected" in line)
            out[name] = int(collected.split(":")[-1].strip()) / 1e6
        return out
    done = subprocess.run(
        [sys.executable, str(here), f"_{args.what}", "--sets", args.sets],
        cwd=root, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "what", choices=["page", "strip", "loader", "callgrind", "_page", "_strip", "_loader", "_reduce"]
    )
    parser.add_argument("--base", type=Path)
    parser.add_argument("--new", type=Path)
    parser.add_argument("--sets", default="real,en-aeb")
    parser.add_argument("--passes", type=int, default=4)
    parser.add_argument("--pages", type=int, default=30, help="callgrind: pages of each set")
    args = parser.parse_args()
    sys.path.append(str(Path(__file__).resolve().parent))
    sets = args.sets.split(",")
    if args.what.startswith("_"):
        if args.what == "_reduce":
            run_reduce(sets, args.pages)
            return
        runner = {"_page": run_page, "_strip": run_strip, "_loader": run_loader}[args.what]
        print(json.dumps(runner(sets)))
        return
    if args.base is None or args.new is None:
        parser.error("--base and --new are required")
    passes = 1 if args.what == "callgrind" else args.passes
    results: dict[Path, list[dict[str, float]]] = {args.base: [], args.new: []}
    for index in range(passes):
        for root in (args.base, args.new) if index % 2 == 0 else (args.new, args.base):
            results[root].append(_side(root, args))
    unit = "M instructions" if args.what == "callgrind" else "ms"
    for name in results[args.base][0]:
        base = [r[name] for r in results[args.base]]
        new = [r[name] for r in results[args.new]]
        ratios = [n / b for b, n in zip(base, new, strict=True)]
        print(
            f"{name}: base {statistics.median(base):.3f} new {statistics.median(new):.3f} {unit}; "
            f"paired ratio median {statistics.median(ratios):.3f} ({', '.join(f'{r:.2f}' for r in ratios)})"
        )


if __name__ == "__main__":
    main()
