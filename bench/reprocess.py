"""Benchmark: what keeping pages costs, and reprocessing the kept pages against crawling them.

    .venv/bin/python bench/reprocess.py [--articles 2000] [--site real|demo] [--seed 13]
                                        [--workers auto] [--no-baseline] [--json]

One run builds the benchmark site (``bench/realsite.py``: articles of real shape by default),
serves it on 127.0.0.1 from this process, and then, each in its own subprocess:

1. ``fanwen crawl`` of the site into a fresh database with ``FANWEN_KEEP_PAGES=0``;
2. the same crawl into another fresh database, keeping pages (the default);
3. ``fanwen reprocess`` of the second database with a rules file that adds one rule (the
   demo site's pooled ``总而言之`` conclusions go, so some of its articles change and get
   revisions; the real-shape site has none), which reads every kept article again and never
   fetches.

Reported: for each, wall seconds, pages/s (crawl: every response; reprocess: kept article
pages) and the CPU of the process and its page readers per page (``os.times`` children);
what keeping pages costs (bytes per article: the compressed bodies in ``kept_pages`` and the
site dictionaries against the raw HTML bytes of the article pages; CPU per page between the
two crawls, noisy on a shared machine: compare within one run); and the reprocess/crawl ratio
of pages/s (issue 15's target: at least 5) and of CPU per page.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
BIN = Path(sys.executable).parent
RULE = '[[rule]]\nname = "cut-summing-up"\npattern = "^总而言之"\nscope = "block"\nmax_chars = 200\n'
ARTICLE_PAGE = re.compile(r"/\d+(?:_\d+)?\.html$")


def timed(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``command``; its wall seconds and output."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    out, err = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"{' '.join(command[:3])} failed ({process.returncode}): {err[-2000:]}")
    return {"wall": wall, "stdout": out, "stderr": err}


def run(command: list[str]) -> dict[str, Any]:
    """Like :func:`timed`, with the child's own CPU (user + system, its page readers included)
    and the machine's 1-minute load average as it started and as it ended (the machine is shared:
    the ratios of one run are only comparable when the load stayed alike)."""
    before = os.times()
    load_before = os.getloadavg()[0]
    result = timed(command)
    after = os.times()
    result["cpu"] = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    result["load"] = (load_before, os.getloadavg()[0])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    from realsite import add_site_arguments

    add_site_arguments(parser, 2000)
    parser.add_argument(
        "--workers", default="auto", help="FANWEN_WORKERS of the crawls and reprocess --workers"
    )
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip the crawl without kept pages (halves the time)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from fanwen.demo import build_site, serve

    if args.site == "real":
        from realsite import build_real_site

        site = build_real_site(args.articles, args.seed)
    else:
        site = build_site(extra_articles=args.articles)
    article_paths = [path for path in site.pages if ARTICLE_PAGE.search(path)]
    raw_bytes = sum(len(site.pages[path].body) for path in article_paths)
    work = Path(tempfile.mkdtemp(prefix="fanwen-reprocess-"))
    rules = work / "rules.toml"
    rules.write_text(RULE, encoding="utf-8")
    fast = [
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-L",
        "WARNING",
        "-s",
        f"FANWEN_WORKERS={args.workers}",
    ]
    results: dict[str, Any] = {"articles": len(site.articles), "article_pages": len(article_paths)}
    with serve(site) as base:
        crawls = (("crawl", "1"),) if args.no_baseline else (("crawl_without_pages", "0"), ("crawl", "1"))
        for name, keep in crawls:
            db = work / f"{name}.db"
            command = [
                str(BIN / "fanwen"),
                "crawl",
                "demo",
                "--start-url",
                f"{base}/",
                "--db",
                str(db),
                *fast,
            ]
            result = run([*command, "-s", f"FANWEN_KEEP_PAGES={keep}"])
            stats = json.loads(
                subprocess.run(
                    [sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT stats_json FROM crawl_runs').fetchone()[0])", str(db)],
                    capture_output=True, text=True, check=True,
                ).stdout
            )  # fmt: skip
            pages = int(stats["response_received_count"])
            results[name] = {
                "wall_s": result["wall"],
                "pages": pages,
                "pages_per_s": pages / result["wall"],
                "cpu_ms_per_page": 1000 * result["cpu"] / pages,
                "load": result["load"],
            }
    import sqlite3

    with sqlite3.connect(work / "crawl.db") as connection:
        bodies, raw_kept, rows = connection.execute(
            "SELECT sum(length(body)), sum(size), count(*) FROM kept_pages"
        ).fetchone()
        dictionaries = connection.execute("SELECT coalesce(sum(length(data)), 0) FROM page_dicts").fetchone()[
            0
        ]
    kept = bodies + dictionaries
    results["kept"] = {
        "raw_html_bytes": raw_bytes,
        "raw_kept_bytes": raw_kept,
        "pages": rows,
        "dictionary_bytes": dictionaries,
        "kept_bytes": kept,
        "share_of_raw": kept / raw_bytes,
        "bytes_per_article": kept / len(site.articles),
    }
    if "crawl_without_pages" in results:
        results["kept"]["cpu_ms_per_page"] = (
            results["crawl"]["cpu_ms_per_page"] - results["crawl_without_pages"]["cpu_ms_per_page"]
        )
    command = [str(BIN / "fanwen"), "reprocess", "--db", str(work / "crawl.db"), "--rules", str(rules)]
    result = run([*command, "--workers", args.workers])
    summary = result["stdout"].splitlines()[0]
    results["reprocess"] = {
        "wall_s": result["wall"],
        "pages": len(article_paths),
        "pages_per_s": len(article_paths) / result["wall"],
        "cpu_ms_per_page": 1000 * result["cpu"] / len(article_paths),
        "load": result["load"],
        "summary": summary,
    }
    results["ratio"] = {
        "pages_per_s": results["reprocess"]["pages_per_s"] / results["crawl"]["pages_per_s"],
        "cpu_per_page": results["crawl"]["cpu_ms_per_page"] / results["reprocess"]["cpu_ms_per_page"],
    }
    print(f"site: {args.site}, {results['articles']} articles, {results['article_pages']} article pages")
    for name in ("crawl_without_pages", "crawl", "reprocess"):
        if name not in results:
            continue
        r = results[name]
        print(
            f"{name:20} {r['wall_s']:7.1f} s  {r['pages']:6d} pages  {r['pages_per_s']:6.1f} pages/s"
            f"  {r['cpu_ms_per_page']:6.2f} ms CPU/page  load {r['load'][0]:.1f}->{r['load'][1]:.1f}"
        )
    k = results["kept"]
    print(
        f"kept pages: {k['kept_bytes'] / 2**20:.2f} MB (dictionaries {k['dictionary_bytes'] / 1024:.0f} kB)"
        f" for {k['raw_html_bytes'] / 2**20:.1f} MB raw HTML"
        f" ({100 * k['share_of_raw']:.1f} %), {k['bytes_per_article']:.0f} bytes/article"
        + (f", {k['cpu_ms_per_page']:+.2f} ms CPU/page" if "cpu_ms_per_page" in k else "")
    )
    print(f"reprocess: {summary}")
    print(
        f"reprocess / crawl: {results['ratio']['pages_per_s']:.2f}x pages/s,"
        f" {results['ratio']['cpu_per_page']:.2f}x less CPU per page"
    )
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
