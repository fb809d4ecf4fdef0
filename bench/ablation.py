"""How much does extraction depend on the words in ``class`` and ``id``? Score each page as it is
and with its vocabulary taken away.

    python bench/ablation.py [--sets zh-articles,zh-modern,zh-news,blind] [--folds a,b,c|all]
                             [--tools fanwen,trafilatura,readability,magic-html]
                             [--modes plain,names,tags] [--cache DIR] [--per-page]

A user's site is one nobody has seen: its CMS may call the article ``div.c1``, ``div#zoom``,
``div.TRS_Editor`` or ``css-1x2y3z``, or give it no class at all. A mechanism that finds the
article or the chrome by class/id words generalises only as far as its word lists. Modes:

- ``plain``: the page as it is.
- ``names``: every ``class`` and ``id`` value replaced by opaque tokens, one per name, a
  deterministic hash of it (``k`` + 7 digits), so a name that repeats still repeats: the
  template's structure stays, its vocabulary goes. Nothing else changes (``<meta>``, ``itemprop``,
  ``rel``, ``role``, ``data-*``, text and tags stay as they are).
- ``tags``: ``names``, and the semantic tags ``article main aside nav header footer section``
  renamed ``div``.

Sets: the corpus sets (``../shared/corpus``, read where they lie; ``--folds`` as in
``bench/extraction.py``, default a,b,c: the zh-modern holdout stays out) and ``blind``, the
blind content sets (``tests/fixtures/blind/set-{a,b,e,g,i,k,m,o,q,s,u,w,y}``). Each tool gets
the same decoded HTML, ablated the same way. Scores: content cjk F1 (``../shared/eval/score.py``:
on a corpus set its mean P and mean R, as ``bench/extraction.py``; on the blind sets the mean of
page F1 as ``bench/content_zoo.py``, a non-article page 1 when no text and for fanwen the
expected reason), date (by day) and author accuracy for the tools that give them, and leaks on
zh-news. ``--cache DIR`` keeps each tool's predictions keyed by the page's HTML, so a rerun after
a change to fanwen only runs what changed. ``--per-page`` lists the pages whose fanwen page F1
drops by more than 0.05 under an ablation, with the anchors' figures beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.content_zoo import load_truth as load_zoo_truth  # noqa: E402
from bench.content_zoo import page_score  # noqa: E402
from bench.extraction import (  # noqa: E402
    BATCH_TOOLS,
    DEFAULT_CORPUS,
    EXTRACTORS,
    Page,
    Prediction,
    SkipTool,
    cell,
    load_pages,
    load_scorer,
)
from bench.folds import FOLDS  # noqa: E402
from bench.metadata_zoo import same  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BLIND = REPO / "tests" / "fixtures" / "blind"
BLIND_SETS = tuple("abegikmoqsuwy")
CORPUS_SETS = ("zh-articles", "zh-modern", "zh-news")
MODES = ("plain", "names", "tags")

# The page is read as an HTML parser tokenizes it, so the ablation changes the values and never
# how the page parses: a start tag's attributes one by one (a name runs to whitespace, ``/``, ``>``
# or ``=``, quotes included: ``alt="x <a class=" y"`` is one alt and a name ``y"``), comments
# skipped, and the raw text of ``script``/``style``/``textarea``/``title`` left as it is.
_TAG_OPEN = re.compile(r"<(?:(!--)|([A-Za-z][^\s/>]*))")
_ATTR = re.compile(r"""[\s/]*([^\s/>][^\s/>=]*)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]*))?""")
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_SEMANTIC = frozenset({"article", "main", "aside", "nav", "header", "footer", "section"})
_END_TAG = re.compile(r"</(" + "|".join(sorted(_SEMANTIC)) + r")(?=[\s/>])", re.I)


def opaque(name: str) -> str:
    """A name's opaque token: ``k`` and seven digits, the same for the same name. Digits only,
    so no word list (``ad``, ``nav``, ``hd``) can find a word in it.

    >>> opaque("article-content") == opaque("article-content") != opaque("sidebar")
    True
    >>> opaque("main")[0], opaque("main")[1:].isdigit()
    ('k', True)
    """
    return "k" + str(int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 10**7).zfill(7)


def _opaque_value(value: str) -> str:
    quote = value[:1] if value[:1] in "\"'" else ""
    inner = value[1:-1] if quote and len(value) > 1 and value[-1] == quote else value
    return '"' + " ".join(opaque(part) for part in inner.split()) + '"'


def ablate(html: str, mode: str) -> str:
    """``html`` with its class/id vocabulary taken away (``names``), and its semantic tags too
    (``tags``); ``plain`` gives it back as it is.

    >>> ablate('<div class="main content" id=zoom><p class="main">x</p></div>', "names") == (
    ...     f'<div class="{opaque("main")} {opaque("content")}" id="{opaque("zoom")}">'
    ...     f'<p class="{opaque("main")}">x</p></div>')
    True
    >>> ablate('<article class="a"><nav>x</nav></article>', "tags") == (
    ...     f'<div class="{opaque("a")}"><div>x</div></div>')
    True
    >>> ablate('<img alt="t <a class=" x" src=a><script>s="<p class=q>"</script>', "names")
    '<img alt="t <a class=" x" src=a><script>s="<p class=q>"</script>'
    """
    if mode == "plain":
        return html
    out: list[str] = []
    pos = 0
    while (m := _TAG_OPEN.search(html, pos)) is not None:
        if m.group(1):  # a comment
            end = html.find("-->", m.end())
            end = len(html) if end < 0 else end + 3
            out.append(html[pos:end])
            pos = end
            continue
        name = m.group(2).lower()
        out.append(html[pos : m.start()])
        out.append("<div" if mode == "tags" and name in _SEMANTIC else m.group(0))
        at = m.end()
        while (a := _ATTR.match(html, at)) is not None and a.end() > at:
            if a.group(1).lower() in ("class", "id") and a.group(3) is not None:
                out.append(html[at : a.start(3)] + _opaque_value(a.group(3)))
            else:
                out.append(a.group(0))
            at = a.end()
        pos = at
        if name in _RAW_TEXT:
            close = re.compile(rf"</{re.escape(name)}(?=[\s/>])", re.I).search(html, at)
            end = close.start() if close else len(html)
            out.append(html[pos:end])
            pos = end
    out.append(html[pos:])
    text = "".join(out)
    return _END_TAG.sub("</div", text) if mode == "tags" else text


def fanwen_tool() -> Any:
    """fanwen as ``bench/extraction.py`` runs it (``process_html``, the bundled strip rules),
    keeping the reason of an empty result and the date and author."""
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import process_html
    from fanwen.strip import load_rules

    rules = load_rules()

    def run(html: str, url: str | None) -> Prediction:
        try:
            article = process_html(html, url, rules)
        except NotAnArticle as exc:
            return {"text": "", "reason": exc.reason}
        return {
            "text": article.text,
            "published": article.published.isoformat(sep=" ") if article.published else None,
            "author": article.author,
        }

    return run


def run_tool(tool: str, pages: list[Page], cache: Path | None) -> dict[str, Prediction]:
    """``tool``'s prediction of each page, from ``cache`` where the page's HTML was seen before."""
    keys = {pid: hashlib.sha1(f"{url}\n{html}".encode()).hexdigest() for pid, html, url in pages}
    stored: dict[str, Prediction] = {}
    path = cache / f"{tool}.json" if cache else None
    if path and path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
    todo = [p for p in pages if keys[p[0]] not in stored and p[1]]
    if todo:
        if tool in BATCH_TOOLS:
            preds, _ = BATCH_TOOLS[tool](todo)
        else:
            extract = fanwen_tool() if tool == "fanwen" else EXTRACTORS[tool]()
            preds = {pid: extract(html, url) for pid, html, url in todo}
        for pid, _, _ in todo:
            stored[keys[pid]] = preds.get(pid, {"text": ""})
        if path and tool != "fanwen":  # fanwen changes under development: never cached
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    return {pid: stored.get(keys[pid], {"text": ""}) for pid, _, _ in pages}


def blind_pages() -> tuple[dict[str, dict[str, Any]], list[Page]]:
    from fanwen.offline import decode

    truth: dict[str, dict[str, Any]] = {}
    pages: list[Page] = []
    for letter in BLIND_SETS:
        zoo = BLIND / f"set-{letter}"
        for name, want in load_zoo_truth(zoo).items():
            pid = f"{letter}/{name}"
            truth[pid] = want
            pages.append((pid, decode((zoo / f"{name}.html").read_bytes()), want.get("url")))
    return truth, pages


def score_blind(
    scorer: Any, truth: dict[str, dict[str, Any]], preds: dict[str, Prediction], tool: str, ids: list[str]
) -> dict[str, float | None]:
    """Mean page cjk F1, date by day and author over ``ids`` (the metadata only for the tools that
    give it; an article read as no article is wrong in both)."""
    f1 = [page_score(scorer, truth[i], preds[i], tool) for i in ids]
    res: dict[str, float | None] = {"cjk": sum(f1) / len(f1), "date": None, "author": None}
    if tool in ("fanwen", "trafilatura"):
        for field, key in (("date", "published"), ("author", "author")):
            ok = [
                same(key, truth[i].get(key), preds[i].get(key), by_day=True)
                and not (preds[i].get("reason") and "not_article" not in truth[i])
                for i in ids
            ]
            res[field] = sum(ok) / len(ok)
    return res


def score_corpus(scorer: Any, truth: dict[str, dict], preds: dict[str, Prediction], tool: str) -> dict:
    for pred in preds.values():
        if tool == "fanwen" and pred.get("author"):
            pred["author"] = pred["author"].replace("、", " ")  # as bench/extraction.py
    res = scorer.score(truth, preds)
    leaks = res.get("snippets", {})
    return {
        "cjk": res.get("cjk", {}).get("f1"),
        "date": res.get("published", {}).get("accuracy") if tool in ("fanwen", "trafilatura") else None,
        "author": res.get("author", {}).get("accuracy") if tool in ("fanwen", "trafilatura") else None,
        "leaks": leaks.get("without_leaked") if leaks.get("without_total") else None,
    }


def page_f1(scorer: Any, want: dict[str, Any], got: Prediction, tool: str) -> float:
    if "body" in want:
        p, r, _ = scorer.page_pr(want["body"], got.get("text") or "", scorer.CJK_TOKEN)
        return scorer.f1(p or 0.0, r or 0.0)
    if "text" in want or "not_article" in want:
        return page_score(scorer, want, got, tool)
    return float("nan")  # a corpus page with no body in its truth (its snippets only)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sets", default=",".join((*CORPUS_SETS, "blind")))
    ap.add_argument("--folds", default="a,b,c", help="corpus site folds (bench/folds.py), or all")
    ap.add_argument("--tools", default="fanwen,trafilatura,readability,magic-html")
    ap.add_argument("--modes", default="plain,names,tags")
    ap.add_argument("--cache", type=Path, help="keep the anchors' predictions here between runs")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--json", type=Path, help="also write every figure here")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.corpus)
    folds = set(FOLDS) if args.folds == "all" else {f for f in args.folds.split(",") if f}
    tools = [t for t in args.tools.split(",") if t]
    modes = [m for m in args.modes.split(",") if m]
    if modes[0] != "plain" or set(modes) - set(MODES):
        raise SystemExit(f"--modes: plain first, then any of {', '.join(MODES[1:])}")
    figures: dict[str, dict[str, dict[str, dict]]] = {}  # set -> tool -> mode -> scores
    per_page: dict[str, dict[str, dict[str, float]]] = {}  # page -> tool -> mode -> F1
    seconds: dict[str, float] = {}
    for set_name in [s for s in args.sets.split(",") if s]:
        if set_name == "blind":
            truth, pages = blind_pages()
            groups = {f"blind-{x}": [p[0] for p in pages if p[0].startswith(f"{x}/")] for x in BLIND_SETS}
            groups = {"blind (all)": [p[0] for p in pages], **groups}
        else:
            _, pages, _ = load_pages(args.corpus / set_name, folds)
            truth = scorer.load(str(args.corpus / set_name / "truth.jsonl"))
            truth = {p[0]: truth[p[0]] for p in pages}
            groups = {f"{set_name} ({len(pages)})": [p[0] for p in pages]}
        for tool in tools:
            for mode in modes:
                ablated = [(pid, ablate(html, mode), url) for pid, html, url in pages]
                start = time.process_time()
                try:
                    preds = run_tool(tool, ablated, args.cache / mode if args.cache else None)
                except SkipTool as exc:
                    print(exc, file=sys.stderr)
                    break
                seconds[tool] = seconds.get(tool, 0.0) + time.process_time() - start
                for label, ids in groups.items():
                    if set_name == "blind":
                        scores = score_blind(scorer, truth, preds, tool, ids)
                    else:
                        scores = score_corpus(scorer, truth, {i: dict(preds[i]) for i in ids}, tool)
                    figures.setdefault(label, {}).setdefault(tool, {})[mode] = scores
                for pid in truth:
                    f1 = page_f1(scorer, truth[pid], preds[pid], tool)
                    per_page.setdefault(f"{set_name}/{pid}", {}).setdefault(tool, {})[mode] = f1
    print_tables(figures, modes)
    if args.per_page:
        print_pages(per_page, modes)
    if args.json:
        args.json.write_text(json.dumps({"sets": figures, "pages": per_page}, ensure_ascii=False, indent=1))
    print(
        "\nCPU s per tool (this process; cached anchors cost none): "
        + ", ".join(f"{t} {s:.0f}" for t, s in seconds.items()),
        file=sys.stderr,
    )


def print_tables(figures: dict[str, dict[str, dict[str, dict]]], modes: list[str]) -> None:
    for metric in ("cjk", "date", "author", "leaks"):
        rows = [
            (label, tool, by_mode)
            for label, by_tool in figures.items()
            for tool, by_mode in by_tool.items()
            if by_mode["plain"].get(metric) is not None
        ]
        if not rows:
            continue
        head = ["set", "tool", "plain"] + [x for m in modes[1:] for x in (m, f"drop {m}")]
        print(f"\n### {metric}{' F1' if metric == 'cjk' else ''}\n")
        print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
        for label, tool, by_mode in rows:
            plain = by_mode["plain"][metric]
            cells = [label, tool, cell(plain) if metric != "leaks" else str(plain)]
            for mode in modes[1:]:
                value = by_mode.get(mode, {}).get(metric)
                if value is None:
                    cells += ["n/a", "n/a"]
                elif metric == "leaks":
                    cells += [str(value), f"{value - plain:+d}"]
                else:
                    cells += [cell(value), f"{plain - value:+.3f}"]
            print("| " + " | ".join(cells) + " |")


def print_pages(per_page: dict[str, dict[str, dict[str, float]]], modes: list[str]) -> None:
    tools = list(next(iter(per_page.values()))) if per_page else []
    print("\n### pages whose fanwen F1 drops by more than 0.05\n")
    print("| page | " + " | ".join(f"{t} {'/'.join(modes)}" for t in tools) + " |")
    print("|---|" + "---|" * len(tools))
    for page, by_tool in per_page.items():
        mine = by_tool.get("fanwen", {})
        if not mine or not max(mine["plain"] - mine.get(m, mine["plain"]) for m in modes) > 0.05:
            continue
        cells = ["/".join(f"{by_tool[t].get(m, float('nan')):.2f}" for m in modes) for t in tools]
        print(f"| {page} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
