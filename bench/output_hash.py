"""Benchmark aid: a hash of the page path's output, to show a speed-up changed nothing.

    .venv/bin/python bench/output_hash.py [--articles 300] [--seed 13] [--per-page FILE]

Runs every corpus page (``/work/shared/corpus/*/truth.jsonl``, read where they lie, generic:
no profile), every HTML fixture under ``tests/`` and the article pages of the real-shape site
(``bench/realsite.py``, the ``demo`` profile) through :func:`fanwen.pagepath.read_page` with the
bundled strip rules, and hashes what comes out: the article's fields, blocks, sections and
removals, the strip decisions, the next-page links, the problem and message of a page that is
not an article. Prints one SHA-256 for all of it; ``--per-page`` writes one short hash per page
(JSON), so two runs can be compared page by page.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

CORPUS = Path("/work/shared/corpus")
ROOT = Path(__file__).resolve().parent.parent


def digest(page: Any) -> str:
    article = page.article
    data: list[Any] = [page.problem, page.message, page.outcomes, page.next_pages]
    if article is not None:
        fields = dataclasses.asdict(article)
        for block in fields.get("blocks") or ():
            # A block's frame (the element holding it) is a hint to the strip stage, not output: what it
            # decided shows in the blocks kept and the removals.
            block.pop("frame", None)
            if not block.get("caption", True):
                del block["caption"]  # a flag added in session 16: hashed where set, so hashes compare
        data.append(json.dumps(fields, default=str, ensure_ascii=False, sort_keys=True))
    if page.strip is not None:
        data.append(repr(page.strip.decisions))
        data.append(repr(page.after.decisions if page.after else None))
    return hashlib.sha256(repr(data).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="real-shape articles (default 300)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-page", type=Path, help="write each page's hash to this JSON file")
    args = parser.parse_args()
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"] + [str(ROOT / "bench")]

    from realsite import build_real_site

    from fanwen.pagepath import PageOptions, read_page
    from fanwen.profiles import load

    out: dict[str, str] = {}
    generic = PageOptions.for_profile(None)
    for truth in sorted(CORPUS.glob("*/truth.jsonl")):
        for line in truth.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            path = truth.parent / row["file"]
            body = path.read_bytes()
            if path.suffix == ".gz":
                body = gzip.decompress(body)
            out[str(path)] = digest(read_page(body, row.get("url") or "http://example.com/a/1.html", generic))
    for path in sorted((ROOT / "tests").rglob("*.htm*")):
        out[str(path.relative_to(ROOT))] = digest(
            read_page(path.read_bytes(), "http://example.com/a/1.html", generic)
        )
    demo = PageOptions.for_profile(load("demo"))
    site = build_real_site(args.articles, args.seed)
    base = "http://127.0.0.1:8000"
    for article in site.articles:
        for path in article.pages:
            page = site.pages[path]
            out[path] = digest(read_page(page.render(base), base + path, demo, page.content_type))
    if args.per_page:
        args.per_page.write_text(json.dumps(out, indent=0, sort_keys=True), encoding="utf-8")
    total = hashlib.sha256(json.dumps(out, sort_keys=True).encode()).hexdigest()
    print(f"{len(out)} pages: {total}")


if __name__ == "__main__":
    main()
