"""Score date, author, source and category on the metadata zoo (tests/fixtures/metazoo), page by page.

    python bench/metadata_zoo.py [--tools fanwen,trafilatura] [--per-page]

The zoo's pages were written for the project, one style of info line each (CMS, blog, forum,
news, new-media, traditional characters, structured data); ``truth.toml`` holds the values a
reader sees, written by hand, and a field the page does not state must come back empty: a
value there counts as wrong, and so does every field of an article page read as no article (a page
whose truth says ``not_article`` is right to give none). ``published`` is compared to the minute when the truth has one,
else by day. The category is scored on the pages whose truth has a ``category`` key ("" when
the page names none), written from session 7 on. fanwen reads each page as ``fanwen extract`` does (``process_file``, the bundled
strip rules); trafilatura, the anchor with metadata, gets the same decoded HTML.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
ZOO = REPO / "tests" / "fixtures" / "metazoo"

Prediction = dict[str, str | None]


def load_truth(zoo: Path = ZOO) -> dict[str, dict[str, str]]:
    with open(zoo / "truth.toml", "rb") as fh:
        return tomllib.load(fh)


def same(field: str, want: str | None, got: str | None, by_day: bool = False) -> bool:
    """Whether ``got`` is ``want``: dates to the minute the truth shows, names and sources as
    strings with ``、`` between names (trafilatura's ``;`` and spaces count as ``、``).
    ``by_day``: dates by their day alone, as the corpus scorer compares them."""
    want, got = want or None, got or None
    if want is None or got is None:
        return want is got
    if field == "published":
        got = got.replace("T", " ")
        return got[:10] == want[:10] if by_day else got[: len(want)] == want
    if field == "author":
        got, want = _names(got), _names(want)
    return got == want


def _names(value: str) -> str:
    """Names joined by ``、``: ``;``, ``、`` and spaces part them, but a space inside a name in Latin
    letters (``Lin Yue``, ``Sarah E. Needleman``).

    >>> _names("张三 李四"), _names("Lin Yue"), _names("Tom;Ann"), _names("Lin Yue、王海")
    ('张三、李四', 'Lin Yue', 'Tom、Ann', 'Lin Yue、王海')
    """
    return "、".join(part for part in _NAME_BREAK.split(value.strip()) if part)


_NAME_BREAK = re.compile(r"\s*[;；、]\s*|(?<![A-Za-z.])\s+|\s+(?![A-Za-z])")


def fanwen_tool() -> Callable[[Path, str | None], Prediction]:
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import PageError, process_file
    from fanwen.strip import load_rules

    rules = load_rules()

    def run(path: Path, url: str | None) -> Prediction:
        try:
            article = process_file(path, rules, url=url)
        except (NotAnArticle, PageError) as exc:
            return {"error": str(exc)}
        return {
            "published": article.published.isoformat(sep=" ") if article.published else None,
            "author": article.author,
            "source": article.source,
            "category": article.category,
        }

    return run


def trafilatura_tool() -> Callable[[Path, str | None], Prediction]:
    import trafilatura

    from fanwen.extract.encoding import decode_html

    def run(path: Path, url: str | None) -> Prediction:
        html = decode_html(path.read_bytes()).text
        raw = trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
        data = json.loads(raw) if raw else {}
        category = (data.get("categories") or "").split(";")[0] or None
        return {
            "published": data.get("date"),
            "author": data.get("author"),
            "source": None,
            "category": category,
        }

    return run


TOOLS = {"fanwen": fanwen_tool, "trafilatura": trafilatura_tool}


COLUMNS = ("date (day)", "date (to the minute shown)", "author", "source", "category")
FIELDS = ("published", "published", "author", "source", "category")


def score(tool: str, per_page: bool = False, zoo: Path = ZOO) -> list[tuple[int, int]]:
    """Right / total per column of ``COLUMNS``, over every page (empty truths included); the
    category over the pages whose truth has a ``category`` key (written from session 7 on)."""
    truth = load_truth(zoo)
    run = TOOLS[tool]()
    right = [0] * len(COLUMNS)
    total = [0] * len(COLUMNS)
    for name, want in truth.items():
        got = run(zoo / f"{name}.html", want.get("url"))
        # An article read as no article is wrong in every column; a page that is none (truth
        # ``not_article``) is right where it gives no field.
        checks = (
            [False] * len(COLUMNS)
            if "error" in got and "not_article" not in want
            else [
                same("published", want.get("published"), got.get("published"), by_day=True),
                same("published", want.get("published"), got.get("published")),
                same("author", want.get("author"), got.get("author")),
                same("source", want.get("source"), got.get("source")),
                same("category", want.get("category"), got.get("category")),
            ]
        )
        scored = [True] * (len(COLUMNS) - 1) + ["category" in want]
        right = [r + (ok and counts) for r, ok, counts in zip(right, checks, scored, strict=True)]
        total = [n + counts for n, counts in zip(total, scored, strict=True)]
        wrong = [f for f, ok, counts in zip(FIELDS, checks, scored, strict=True) if counts and not ok]
        if per_page and wrong:
            shown = ", ".join(f"{f} {got.get(f)!r} (want {want.get(f)!r})" for f in dict.fromkeys(wrong))
            print(f"  {tool} {name}: {shown}{' ' + got['error'] if 'error' in got else ''}")
    return list(zip(right, total, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools", default="fanwen,trafilatura")
    parser.add_argument("--per-page", action="store_true")
    parser.add_argument("--zoo", type=Path, default=ZOO, help="a folder of pages and their truth.toml")
    args = parser.parse_args()
    print("| tool | " + " | ".join(COLUMNS) + " |")
    print("|---|" + "---|" * len(COLUMNS))
    rows = []
    for tool in args.tools.split(","):
        result = score(tool, args.per_page, args.zoo)
        rows.append(
            f"| {tool} | " + " | ".join(f"{r}/{n} ({r / n:.2f})" if n else "–" for r, n in result) + " |"
        )
    print("\n".join(rows))


if __name__ == "__main__":
    main()
