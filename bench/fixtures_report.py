"""Report: how clean and how complete fanwen's strip and sections are on the fixture pages.

    python bench/fixtures_report.py [--pages tests/fixtures/pages] [--per-page]

Each ``NAME.html`` has a ``NAME.json`` with the truth: ``sections`` (kind, level, heading,
text), ``removed`` (advert / promo / chrome fragments the page shows, which must not survive)
and ``keep`` (article phrases that look like adverts and must survive). Measured per page and
in total:

- advert residue: characters of ``removed`` fragments still in the clean text;
- characters lost: characters of the true article text (headings and section texts, white
  space ignored) missing from fanwen's, by longest matching blocks;
- heading precision / recall: fanwen's headings against the true ones (exact strings);
- level accuracy: true headings found at the true level.

Targets (issue 4): zero residue, zero characters lost, heading precision and recall >= 0.95.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = REPO / "tests" / "fixtures" / "pages"
_SPACE = re.compile(r"\s+")


@dataclass
class PageScore:
    name: str
    residue: int
    residue_fragments: list[str]
    lost: int
    article_chars: int
    headings_true: int
    headings_found: int
    headings_right: int
    levels_right: int
    truncated_ok: bool


def squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def article_text(sections: list[dict[str, Any]]) -> str:
    return "".join((s.get("heading") or "") + s["text"] for s in sections)


def lost_chars(truth: str, got: str) -> int:
    """Characters of ``truth`` not matched in ``got`` (both without white space)."""
    matcher = SequenceMatcher(None, truth, got, autojunk=False)
    return len(truth) - sum(block.size for block in matcher.get_matching_blocks())


def score_page(html: Path, truth: dict[str, Any], rules: list[Any]) -> PageScore:
    from fanwen.offline import process_file

    article = process_file(html, rules)
    got_sections = [
        {"kind": s.kind, "level": s.level, "heading": s.heading, "text": s.text} for s in article.sections
    ]
    got_text = squeeze(article_text(got_sections))
    true_text = squeeze(article_text(truth["sections"]))
    residue = [f for f in truth.get("removed", []) if squeeze(f) and squeeze(f) in got_text]
    true_heads = Counter(s["heading"] for s in truth["sections"] if s.get("heading"))
    got_heads = Counter(s["heading"] for s in got_sections if s.get("heading"))
    true_levels = Counter((s["heading"], s["level"]) for s in truth["sections"] if s.get("heading"))
    got_levels = Counter((s["heading"], s["level"]) for s in got_sections if s.get("heading"))
    return PageScore(
        name=html.stem,
        residue=sum(len(squeeze(f)) for f in residue),
        residue_fragments=residue,
        lost=lost_chars(true_text, got_text),
        article_chars=len(true_text),
        headings_true=sum(true_heads.values()),
        headings_found=sum(got_heads.values()),
        headings_right=sum((true_heads & got_heads).values()),
        levels_right=sum((true_levels & got_levels).values()),
        truncated_ok=bool(truth.get("truncated", False)) == article.truncated,
    )


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pages", type=Path, default=DEFAULT_PAGES, help="directory of NAME.html + NAME.json"
    )
    parser.add_argument("--per-page", action="store_true", help="one line per page")
    args = parser.parse_args(argv)

    from fanwen.strip import load_rules

    rules = load_rules()
    scores = [
        score_page(html, json.loads(html.with_suffix(".json").read_text(encoding="utf-8")), rules)
        for html in sorted(args.pages.glob("*.html"))
        if html.with_suffix(".json").exists()
    ]
    if not scores:
        print(f"no NAME.html + NAME.json pairs in {args.pages}", file=sys.stderr)
        return 1
    if args.per_page:
        print(f"{'page':34} {'residue':>7} {'lost':>5} {'heads':>9} {'levels':>6} truncated")
        for s in scores:
            heads = f"{s.headings_right}/{s.headings_found}/{s.headings_true}"
            print(
                f"{s.name:34} {s.residue:7d} {s.lost:5d} {heads:>9} {s.levels_right:6d} {'ok' if s.truncated_ok else 'WRONG'}"
            )
            for fragment in s.residue_fragments:
                print(f"{'':34} residue: {fragment}")
        print()
    right = sum(s.headings_right for s in scores)
    print(f"pages:                  {len(scores)}")
    print(f"advert residue:         {sum(s.residue for s in scores)} characters "
          f"({sum(len(s.residue_fragments) for s in scores)} fragments)")  # fmt: skip
    print(f"article characters lost: {sum(s.lost for s in scores)} of {sum(s.article_chars for s in scores)}")
    print(f"heading precision:      {ratio(right, sum(s.headings_found for s in scores)):.3f}")
    print(f"heading recall:         {ratio(right, sum(s.headings_true for s in scores)):.3f}")
    print(
        f"heading levels right:   {sum(s.levels_right for s in scores)} of {sum(s.headings_true for s in scores)}"
    )
    print(f"truncated flag right:   {sum(s.truncated_ok for s in scores)} of {len(scores)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
