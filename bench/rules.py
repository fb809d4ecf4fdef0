"""Benchmark aid: every strip rule's and code step's reach and CPU, over every page we have.

    .venv/bin/python bench/rules.py [--articles 300] [--seed 13] [--json FILE] [--markdown] [--alone N]

Reads every corpus page (``/work/shared/corpus/*/truth.jsonl``, read where they lie; the
``holdout`` fold is skipped, never read), every HTML fixture under ``tests/`` and the article
pages of the real-shape site (``bench/realsite.py``, the ``demo`` profile) up to extraction, as
:func:`fanwen.pagepath.read_page` does with no rules, then strips each article (its content and
its tail, :func:`fanwen.strip.stage.strip_article`) with the bundled rules while timing:

- each rule's matching: every call that tries one rule on one text (``Rule.matches``,
  ``Rule.spans``, ``Rule.shows_a_cue`` and the strip loop's own ``_matches``), charged to that
  rule; what the rule set's shared word pass saves a rule is not charged to it;
- each code step (title repeat, a box's lines, a procedure's steps kept, contents, genre
  definitions...) and the shared machinery (folding, sentences, the word pass) as its own line.

Times are exclusive (a step's time without the rules it calls) and include the timer's own
overhead, so read the shares, not the milliseconds. A rule *fires* on a page when a removal
under its name is recorded there; a code step that changes decisions (a kept step, a closed
box) fires where it changed one. Sets: ``corpus/<set>``, the fixtures by folder
(``blind/set-q``, ``pages``, ``zoo``...) and ``real``. ``--markdown`` prints the table
docs/stripping.md keeps. ``--alone N``: each rule that fires on N pages or fewer is taken out
and its pages stripped again: ``needed`` where what is kept changes, ``subsumed`` where other
rules take what it took (a rule to retire, if its shape is not more general than theirs).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

CORPUS = Path("/work/shared/corpus")
ROOT = Path(__file__).resolve().parent.parent
BASE_URL = "http://127.0.0.1:8000"
# Module functions of fanwen.strip timed as code steps (or shared machinery), and how a step's
# firing shows: "decisions" (it changes the decisions it is handed) or a rule name it records.
STEPS = {
    "is_title_repeat": "title-repeat",
    "names_a_counted_piece": None,
    "_keep_steps": "decisions",
    "_keep_makers_credits": "decisions",
    "_close_boxes": "decisions",
    "_keep_below_text": "decisions",
    "_take_genre_definitions": "decisions",
    "_drop_contents": "nav-contents",
    "_bracketed": None,
    "_heads_prose": None,
    "_is_prose": None,
    "_spare_steps": None,
    "_cut_spans": None,
    "_cut_at_marker": None,
    "fold": None,
    "fold_all": None,
    "sentences": None,
}
MACHINERY = ("candidates", "wordless", "words_in", "_Sentences")


class Timer:
    """Exclusive time per key: a call's time less that of the timed calls inside it."""

    def __init__(self) -> None:
        self.ns: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._stack: list[list[int]] = []

    def wrap(self, key: Callable[..., str], fn: Callable[..., Any]) -> Callable[..., Any]:
        stack, ns, calls, clock = self._stack, self.ns, self.calls, time.perf_counter_ns

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            inner = [0]
            stack.append(inner)
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = clock() - start
                stack.pop()
                name = key(*args, **kwargs)
                ns[name] += spent - inner[0]
                calls[name] += 1
                if stack:
                    stack[-1][0] += spent

        return timed


def _pages(articles: int, seed: int) -> list[tuple[str, str, bytes, str | None, Any]]:
    """(set, page id, body, url, options) of every page, options without rules."""
    from bench.folds import fold_of, site_of
    from fanwen.offline import PageError, decode
    from fanwen.pagepath import PageOptions
    from fanwen.profiles import load

    generic = PageOptions.for_profile(None)
    out: list[tuple[str, str, bytes, str | None, Any]] = []
    for truth in sorted(CORPUS.glob("*/truth.jsonl")):
        for line in truth.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            path = truth.parent / row["file"]
            body = path.read_bytes()
            if path.suffix == ".gz":
                body = gzip.decompress(body)
            html = ""
            if not row.get("url"):
                try:
                    html = decode(body)
                except PageError:
                    html = ""
            if fold_of(truth.parent.name, site_of(row.get("url"), html)) == "holdout":
                continue  # never read: the end of a round scores it
            url = row.get("url") or "http://example.com/a/1.html"
            out.append((f"corpus/{truth.parent.name}", str(path), body, url, generic))
    for path in sorted((ROOT / "tests").rglob("*.htm*")):
        parts = path.relative_to(ROOT / "tests").parts
        name = "tests"
        if parts[0] == "fixtures" and len(parts) > 2:
            name = f"blind/{parts[2]}" if parts[1] == "blind" else parts[1]
        out.append(
            (name, str(path.relative_to(ROOT)), path.read_bytes(), "http://example.com/a/1.html", generic)
        )
    from realsite import build_real_site

    demo = PageOptions.for_profile(load("demo"))
    site = build_real_site(articles, seed)
    for article in site.articles:
        for page_path in article.pages:
            page = site.pages[page_path]
            out.append(("real", page_path, page.render(BASE_URL), BASE_URL + page_path, demo))
    return out


Read = list[tuple[str, str, Any, tuple[Any, ...]]]


def read_articles(articles: int, seed: int) -> Read:
    """(set, page id, article before strip, the rules to strip it with) of every page that is one."""
    from fanwen.pagepath import read_page

    read: Read = []
    for set_name, page_id, body, url, options in _pages(articles, seed):
        article = read_page(body, url, replace(options, rules=None)).article
        if article is not None:
            read.append((set_name, page_id, article, options.rules))
    return read


def alone(read: Read, rows: list[dict[str, Any]], at_most: int) -> list[str]:
    """For every bundled rule that fires on ``at_most`` pages or fewer: the pages it fires on,
    stripped again without it, and whether what is kept changes (``needed``) or another rule
    takes what it took (``subsumed``, with the rules that newly fire)."""
    from fanwen.strip.stage import strip_article

    lines = []
    for row in rows:
        name = row["name"]
        if row["scope"] == "" or name.endswith("'") or not 0 < row["pages"] <= at_most:
            continue
        verdicts = []
        for set_name, page_id, article, rules in read:
            content, after = strip_article(article, rules)
            before = {r.rule for r in (*content.removed, *after.removed)}
            if name not in before:
                continue
            content2, after2 = strip_article(article, [r for r in rules if r.name != name])
            same = [b.text for b in content.blocks] == [b.text for b in content2.blocks] and (
                content.truncated or after.truncated
            ) == (content2.truncated or after2.truncated)
            newly = sorted({r.rule for r in (*content2.removed, *after2.removed)} - before)
            taken = f"subsumed{' by ' + ', '.join(newly) if newly else ''}" if same else "needed"
            verdicts.append(f"{set_name} {Path(page_id).name[:40]}: {taken}")
        lines.append(f"{name}: " + "; ".join(verdicts))
    return lines


def measure(read: Read) -> dict[str, Any]:
    import fanwen.strip as strip
    from fanwen.strip.stage import strip_article

    timer = Timer()
    labels: dict[int, str] = {}
    info: dict[str, dict[str, Any]] = {}
    for _, _, _, rules in read:
        for rule in rules:
            if id(rule) in labels:
                continue
            # A profile's copy of a bundled rule is the same rule; a second rule of one name
            # (footer-prev-next) with another pattern is name'.
            same = (rule.scope, rule.pattern.pattern)
            label = rule.name
            while label in info and info[label]["same"] != same:
                label += "'"
            labels[id(rule)] = label
            info[label] = {"same": same, "scope": rule.scope}
    by_self = lambda rule, *a, **k: labels[id(rule)]  # noqa: E731
    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attr: str, key: Callable[..., str]) -> None:
        original = getattr(owner, attr)
        saved.append((owner, attr, original))
        setattr(owner, attr, timer.wrap(key, original))

    strip._RuleSet._cache.clear()
    strip.fold.cache_clear()
    for method in ("matches", "spans", "shows_a_cue"):
        patch(strip.Rule, method, by_self)
    patch(strip, "_matches", by_self)
    fires_on_decisions: Counter[str] = Counter()
    step_pages: dict[str, set[tuple[str, str]]] = defaultdict(set)
    current: list[tuple[str, str]] = [("", "")]
    for step, shows in STEPS.items():
        original = getattr(strip, step)
        if shows == "decisions":

            def watched(result: Any, *args: Any, _fn: Any = original, _step: str = step) -> Any:
                before = list(result.decisions)
                out = _fn(result, *args)
                changed = sum(1 for a, b in zip(before, result.decisions, strict=True) if a is not b)
                if changed:
                    fires_on_decisions[_step] += changed
                    step_pages[_step].add(current[0])
                return out

            saved.append((strip, step, original))
            setattr(strip, step, timer.wrap(lambda *a, _s=step, **k: f"step {_s}", watched))
        else:
            patch(strip, step, lambda *a, _s=step, **k: f"step {_s}")
    for method in MACHINERY[:3]:
        patch(strip._RuleSet, method, lambda *a, _m=method, **k: f"shared {_m}")
    patch(strip._Sentences, "__init__", lambda *a, **k: "shared _Sentences")

    fires: dict[str, Counter[str]] = defaultdict(Counter)  # rule -> set -> pages
    blocks: Counter[str] = Counter()
    set_pages: Counter[str] = Counter()
    total_ns = 0
    try:
        for set_name, page_id, article, rules in read:
            current[0] = (set_name, page_id)
            set_pages[set_name] += 1
            start = time.perf_counter_ns()
            content, after = strip_article(article, rules)
            total_ns += time.perf_counter_ns() - start
            seen = set()
            for removal in (*content.removed, *after.removed):
                blocks[removal.rule] += 1
                seen.add(removal.rule)
            for name in seen:
                fires[name][set_name] += 1
    finally:
        for owner, attr, original in reversed(saved):
            setattr(owner, attr, original)
    for step, page_set in step_pages.items():
        for set_name, _ in page_set:
            fires[step][set_name] += 1
        blocks[step] = fires_on_decisions[step]
    timed = sum(timer.ns.values())
    timer.ns["other (strip loop, Removal, Decision)"] = max(total_ns - timed, 0)
    timer.calls["other (strip loop, Removal, Decision)"] = 0
    rows = []
    names = [*info, *(f"step {s}" for s in STEPS), *(f"shared {m}" for m in MACHINERY)]
    names.append("other (strip loop, Removal, Decision)")
    for key in names:
        name = key.removeprefix("step ")
        fired = fires.get(name if key.startswith("step ") else key.rstrip("'"), Counter())
        if key.startswith("step ") and STEPS[name] not in (None, "decisions"):
            fired = fires.get(STEPS[name], Counter())  # type: ignore[arg-type]
        shown_blocks = blocks.get(STEPS[name], 0) if key.startswith("step ") and STEPS[name] not in (
            None, "decisions") else blocks.get(name if key.startswith("step ") else key.rstrip("'"), 0)  # fmt: skip
        rows.append(
            {
                "name": key,
                "scope": info.get(key, {}).get("scope", ""),
                "pages": sum(fired.values()),
                "blocks": shown_blocks,
                "sets": dict(sorted(fired.items())),
                "calls": timer.calls[key],
                "ms": timer.ns[key] / 1e6,
                "share": timer.ns[key] / total_ns if total_ns else 0.0,
            }
        )
    return {
        "pages": dict(sorted(set_pages.items())),
        "articles": len(read),
        "strip_ms": total_ns / 1e6,
        "rows": rows,
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"{result['articles']} articles, strip {result['strip_ms']:.0f} ms timed (with the timers' overhead).",
        "",
        "| rule or step | scope | pages | blocks | sets (pages) | calls | CPU share |",
        "| --- | --- | ---: | ---: | --- | ---: | ---: |",
    ]
    for row in sorted(result["rows"], key=lambda r: -r["share"]):
        sets = ", ".join(f"{s} {n}" for s, n in row["sets"].items()) if row["sets"] else ""
        if row["pages"] == 0 and not row["name"].startswith(("step", "shared", "other")):
            sets = "**fires nowhere**"
        lines.append(
            f"| {row['name']} | {row['scope']} | {row['pages']} | {row['blocks']} | {sets} | {row['calls']} "
            f"| {row['share'] * 100:.1f} % |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="real-shape articles (default 300)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="write the rows as JSON to this file")
    parser.add_argument("--markdown", action="store_true", help="print the table for docs/stripping.md")
    parser.add_argument(
        "--alone",
        type=int,
        default=0,
        metavar="N",
        help="strip the pages of rules firing on N pages or fewer without them",
    )
    args = parser.parse_args()
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"] + [
        str(ROOT / "bench"),
        str(ROOT),
    ]
    read = read_articles(args.articles, args.seed)
    result = measure(read)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.markdown:
        print(markdown(result))
    else:
        print(f"pages per set: {result['pages']}")
        for row in sorted(result["rows"], key=lambda r: -r["share"]):
            print(
                f"{row['name']:40} {row['pages']:5} {row['blocks']:6} {row['calls']:8} {row['share'] * 100:5.1f} %"
            )
    if args.alone:
        print("\n".join(alone(read, result["rows"], args.alone)))


if __name__ == "__main__":
    main()
