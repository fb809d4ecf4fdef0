"""Experiment: does a small learned "promo-ness" scorer of short blocks generalise better than strip's patterns?

    python bench/promo_model.py --cache /tmp/promo.json [--no-corpus] [--gate clue] [--l2 1e-2]
                                [--theta 0.9 --theta 0.97 ...] [--show]
    python bench/promo_model.py --cache /tmp/promo.json --probe mypage.html

Every blind set (tests/fixtures/blind/set-*) and, unless ``--no-corpus``, the corpus folds a, b and c
(``/work/shared/corpus`` zh-articles and zh-modern; zh-modern's holdout is never read) go through the
page path with the bundled rules; each block the strip stage saw is labelled by its page's truth:

- **article** (0): its text lies in the true article text (truth.toml ``text``, a json's sections);
- **advert** (1): it holds a string the truth lists as ``removed`` (or lies in one), or the rules dropped
  it whole and it is not in the true text. A kept block that is merely absent from a set's ``text``
  (a caption, a heading the truth writes otherwise, a reader's comment) is no label: it is no advert.

The model: logistic regression (AdaGrad, L2) over the block's folded characters (1- to 3-grams,
digits as ``0``) and a few shape features (length, position among the kept blocks, links, a price,
digits, a call verb, the punctuation it ends with, a bracketed label, an icon, its tag). Pure Python,
no dependency. Nothing of it ships: docs/stripping.md (session 14) has the numbers and why.

Evaluation, leave one group out (each blind set; each corpus fold): fit on every other group, then on
the held-out group apply it to the blocks strip **kept whole** that are short (<= 80 characters)
and either at the article's edge (first two or last three kept blocks) or between two paragraphs, and
cut one when the model is very sure (p >= theta) and a structural clue agrees (``--gate``: ``clue``, a
link, a price, a bracketed label, a call verb or an icon; ``either``, that or the edge; ``both``).
theta is given, or chosen on the training groups alone (inner leave-one-out over five chunks of
them): the lowest that cuts no article line there. Reported per group: today's residue (``removed``
strings left) and blocks of the true text the rules drop whole; per setting, the residue strings the
model takes, other non-article blocks it takes, and the article lines (characters) it cuts. Then the
rescue: dropped short blocks the model finds unlike an advert, article lines and adverts given back.
A model that cuts one article line per set is a loss.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BLIND = REPO / "tests" / "fixtures" / "blind"
CORPUS = Path("/work/shared/corpus")
_SPACE = re.compile(r"\s+")
_CLAUSE = re.compile(r"[^。！？；，、：,.!?;:\s]{6,}")
_DIGIT = re.compile(r"\d")
_PRICE = re.compile(r"[¥￥]\s*\d|\d+(?:\.\d+)?\s*元|\d+\s*折|免费")
_CALL = re.compile(
    r"点击|扫码|扫一扫|立即|马上|关注|下载|领取|加入|购买|下单|订阅|咨询|预约|报名|添加|抢购|戳|试用|开通|解锁"
)
_LABEL = re.compile(r"^\s*[【\[［〔]")
_ICON = re.compile(r"[→►▶➤👉🔥⭐✨📢🎁☎📞]|>>|》》")
_SHORT = 80
_EDGE_HEAD, _EDGE_TAIL = 2, 3


def squeeze(text: str | None) -> str:
    return _SPACE.sub("", text or "")


# -- data ------------------------------------------------------------------------------------


def _sections_text(sections: Sequence[dict[str, Any]]) -> str:
    return "\n".join(((s.get("heading") or "") + "\n" + s["text"]).strip() for s in sections)


def _truths(corpus: bool) -> Iterator[tuple[str, str, Path, str | None, dict[str, Any]]]:
    for directory in sorted(BLIND.glob("set-*")):
        group = directory.name.removeprefix("set-")
        if (directory / "truth.toml").exists():
            truth = tomllib.loads((directory / "truth.toml").read_text(encoding="utf-8"))
            for name, want in truth.items():
                yield group, name, directory / f"{name}.html", want.get("url"), {
                    "text": want.get("text", ""), "removed": want.get("removed", [])
                }  # fmt: skip
            continue
        for path in sorted(directory.glob("*.json")):
            want = json.loads(path.read_text(encoding="utf-8"))
            yield (
                group,
                path.stem,
                path.with_suffix(".html"),
                want.get("url"),
                {
                    "text": (want.get("title") or "") + "\n" + _sections_text(want["sections"]),
                    "removed": want.get("removed", []),
                },
            )
    if not corpus:
        return
    sys.path.insert(0, str(REPO / "bench"))
    from folds import fold_of, site_of

    from fanwen.offline import decode, read_file

    for name in ("zh-articles", "zh-modern"):
        for line in (CORPUS / name / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            want = json.loads(line)
            path = CORPUS / name / want["file"]
            fold = fold_of(name, site_of(want.get("url"), decode(read_file(path))))
            if fold != "holdout":  # set aside, never read here
                yield f"corpus-{fold}", f"{name}:{want['id'][:12]}", path, want.get("url"), {
                    "text": want.get("body", ""), "removed": []
                }  # fmt: skip


def gather(corpus: bool) -> list[dict[str, Any]]:
    """Every page's strip decisions with its truth (what the page path gives today)."""
    from fanwen.offline import read_file
    from fanwen.pagepath import PageOptions, read_page
    from fanwen.strip import load_rules

    rules = tuple(load_rules())
    pages = []
    for group, name, path, url, want in _truths(corpus):
        page = read_page(read_file(path), url, PageOptions(None, rules))
        blocks = []
        if page.article is not None and page.strip is not None:
            for d in page.strip.decisions:
                b = d.block
                status = "keep" if d.kept is b and not d.removed else "drop" if d.kept is None else "cut"
                blocks.append({
                    "text": b.text, "tag": b.tag, "heading": b.heading, "link_density": b.link_density,
                    "status": status, "rules": [r.rule for r in d.removed],
                })  # fmt: skip
        pages.append({
            "group": group, "page": name, "truth": want, "blocks": blocks,
            "text": page.article.text if page.article is not None else "",
        })  # fmt: skip
    return pages


def label(text: str, truth: str, removed: Sequence[str], status: str) -> int | None:
    """1 advert, 0 article, None unknown (see the module's docstring)."""
    block = squeeze(text)
    if not block:
        return None
    if block in truth:
        return 0
    if any(r in block or (len(block) >= 4 and block in r) for r in removed):
        return 1
    if any(clause in truth for clause in _CLAUSE.findall(text)):
        return None  # part article, part not
    return 1 if status == "drop" else None


# -- features and model ----------------------------------------------------------------------


def _bucket(value: float, edges: Sequence[float]) -> int:
    return next((i for i, edge in enumerate(edges) if value <= edge), len(edges))


def features(text: str, where: str, link_density: float, tag: str, heading: int | None) -> list[str]:
    from fanwen.strip import fold

    folded = _DIGIT.sub("0", squeeze(fold(text)).lower())
    marked = f"^{folded}$"
    feats = [
        marked[i : i + n]
        for n in (1, 2, 3)
        for i in range(len(marked) - n + 1)
        if marked[i : i + n] not in "^$"
    ]
    ends = folded[-1:] if folded[-1:] in "。！？!?：:…）)" else "other"
    feats += [
        f"#len{_bucket(len(folded), (8, 16, 30, 50, 80, 150))}",
        f"#at:{where}",
        f"#link{_bucket(link_density, (0.0, 0.5, 0.99))}",
        f"#price{bool(_PRICE.search(folded))}",
        f"#digits{_bucket(len(_DIGIT.findall(text)), (0, 2, 6))}",
        f"#call{bool(_CALL.search(folded))}",
        f"#ends:{ends}",
        f"#label{bool(_LABEL.search(text))}",
        f"#icon{bool(_ICON.search(text))}",
        f"#tag:{'h' if heading else tag}",
        f"#marks{_bucket(sum(folded.count(m) for m in '。！？；'), (0, 1, 3))}",
        "#bias",
    ]
    return feats


def where_of(index: int, kept: int) -> str:
    """The block's place among the ``kept`` blocks: head, tail or middle."""
    if index < _EDGE_HEAD:
        return "head"
    if index >= kept - _EDGE_TAIL:
        return "tail"
    return "middle"


class Vocabulary(dict[str, int]):
    """Feature strings as numbers, so that fitting works on lists."""

    def ids(self, feats: Sequence[str]) -> tuple[int, ...]:
        return tuple({self.setdefault(f, len(self)) for f in feats})


def fit(
    rows: Sequence[tuple[tuple[int, ...], int]],
    size: int,
    epochs: int = 5,
    l2: float = 1e-5,
    rate: float = 0.3,
) -> list[float]:
    """Logistic regression by AdaGrad; positives weighted up to a third of the negatives' weight."""
    pos = sum(y for _, y in rows) or 1
    neg = len(rows) - pos or 1
    up = max(1.0, neg / pos / 3)
    w = [0.0] * size
    g2 = [1e-8] * size
    order = list(range(len(rows)))
    rnd = random.Random(11)
    exp, sqrt = math.exp, math.sqrt
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows[i]
            z = sum(w[f] for f in feats)
            p = 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))
            grad = (p - y) * (up if y else 1.0)
            for f in feats:
                g = grad + l2 * w[f]
                g2[f] += g * g
                w[f] -= rate * g / sqrt(g2[f])
    return w


def probability(w: Sequence[float], feats: Sequence[int]) -> float:
    z = sum(w[f] for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# -- candidates and evaluation ---------------------------------------------------------------


@dataclass
class Candidate:
    page: str
    text: str
    feats: tuple[int, ...]
    label: int | None
    clue: bool  # a link, a price, a bracketed label, a call verb or an icon
    edge: bool  # among the first two or last three kept blocks
    in_truth: bool  # a clause of it lies in the true text: cutting it cuts the article


@dataclass
class Group:
    """One held-out unit (a blind set, a corpus fold): its training rows, candidates and residue."""

    rows: list[tuple[tuple[int, ...], int]]
    candidates: list[Candidate]
    dropped: list[Candidate]  # short blocks the rules dropped whole: what the model might rescue
    residue: list[tuple[str, str]]  # (page, a ``removed`` string left in today's text)
    lost: int = 0  # blocks of the true text the rules drop whole today


def _clue(block: dict[str, Any]) -> bool:
    text = block["text"]
    return block["link_density"] > 0 or bool(
        _PRICE.search(text) or _LABEL.search(text) or _CALL.search(text) or _ICON.search(text)
    )


def read_page_rows(page: dict[str, Any], vocab: Vocabulary, group: Group) -> None:
    """The page's labelled blocks (training rows), its candidates and its residue, into ``group``."""
    truth = squeeze(page["truth"]["text"])
    removed = [r for r in map(squeeze, page["truth"]["removed"]) if len(r) >= 2]
    text = squeeze(page["text"])
    group.residue += [
        (page["page"], r) for r in page["truth"]["removed"] if squeeze(r) and squeeze(r) in text
    ]
    kept = [b for b in page["blocks"] if b["status"] != "drop"]
    k = 0
    for b in page["blocks"]:
        where = "head" if k < _EDGE_HEAD else "tail" if k >= len(kept) - _EDGE_TAIL else "middle"
        size = len(squeeze(b["text"]))
        feats = (
            vocab.ids(features(b["text"], where, b["link_density"], b["tag"], b["heading"]))
            if size <= 2 * _SHORT
            else ()
        )
        y = label(b["text"], truth, removed, b["status"])
        if y is not None and feats:
            group.rows.append((feats, y))
        group.lost += b["status"] == "drop" and squeeze(b["text"]) in truth
        if b["status"] == "drop" and size <= _SHORT and feats:
            in_truth = squeeze(b["text"]) in truth
            group.dropped.append(
                Candidate(page["page"], b["text"], feats, y, _clue(b), where != "middle", in_truth)
            )
        if b["status"] != "drop":
            i, k = k, k + 1
            if b["status"] == "keep" and size <= _SHORT:
                around = [len(squeeze(kept[j]["text"])) for j in (i - 1, i + 1) if 0 <= j < len(kept)]
                if where != "middle" or all(n >= 40 for n in around):
                    in_truth = squeeze(b["text"]) in truth or any(
                        c in truth for c in _CLAUSE.findall(b["text"])
                    )
                    group.candidates.append(
                        Candidate(page["page"], b["text"], feats, y, _clue(b), where != "middle", in_truth)
                    )


def groups_of(pages: Sequence[dict[str, Any]]) -> tuple[dict[str, Group], Vocabulary]:
    vocab = Vocabulary()
    groups: dict[str, Group] = {}
    for page in pages:
        read_page_rows(page, vocab, groups.setdefault(page["group"], Group([], [], [], [])))
    return dict(sorted(groups.items(), key=lambda kv: (kv[0].startswith("corpus"), kv[0]))), vocab


# The structural clue that must agree with the model: a shape of the block's own (a link, a price,
# a bracketed label, a call verb, an icon), its place at an edge, either, or both.
GATES = {
    "either": lambda c: c.clue or c.edge,
    "clue": lambda c: c.clue,
    "both": lambda c: c.clue and c.edge,
}


# A block the rules dropped whole that the model finds this unlike an advert would be given back.
RESCUE = (0.01, 0.05)


@dataclass(frozen=True)
class Settings:
    epochs: int = 5
    l2: float = 1e-2
    rate: float = 0.3


def choose_theta(
    groups: dict[str, Group], names: Sequence[str], size: int, gate: str, settings: Settings, chunks: int = 5
) -> float:
    """The lowest theta that cuts no article line of the groups ``names``, scored out of fold."""
    worst = 0.5
    for c in range(chunks):
        held = set(names[c::chunks])
        w = fit(
            [r for n in names if n not in held for r in groups[n].rows],
            size,
            settings.epochs,
            settings.l2,
            settings.rate,
        )
        for n in held:
            for cand in groups[n].candidates:
                if cand.in_truth and GATES[gate](cand):
                    worst = max(worst, probability(w, cand.feats))
    return min(0.9999, worst + 1e-6)


def _cut(w: Sequence[float], held: Group, theta: float, gate: str, label: str, show: bool) -> Counter[str]:
    """What the model cuts of the held-out group's candidates at ``theta`` behind ``gate``."""
    count: Counter[str] = Counter()
    cut_text = ""
    for cand in held.candidates:
        p = probability(w, cand.feats)
        if p < theta or not GATES[gate](cand):
            continue
        cut_text += squeeze(cand.text)
        kind = "lost" if cand.in_truth else "advert" if cand.label == 1 else "other"
        count[kind] += 1
        count["lost_chars"] += len(squeeze(cand.text)) if cand.in_truth else 0
        if show:
            print(f"   {label} p={p:.3f} {kind.upper()}: {cand.page[:30]} {cand.text[:60]!r}")
    count["fixed"] = sum(squeeze(r) in cut_text for _, r in held.residue)
    count["lost_sets"] = count["lost"] > 0
    return count


def _rescue(w: Sequence[float], held: Group, name: str, show: bool) -> Counter[str]:
    """The blocks the rules dropped whole that the model finds unlike an advert (p <= each of RESCUE)."""
    count: Counter[str] = Counter()
    for low in RESCUE:
        for c in held.dropped:
            if probability(w, c.feats) <= low:
                kind = "article" if c.in_truth else "advert" if c.label == 1 else "other"
                count[f"{kind}@{low}"] += 1
                if show:
                    print(f"   {name} rescue p<={low}: {kind.upper()} {c.text[:60]!r}")
    return count


def evaluate(
    groups: dict[str, Group], size: int, configs: Sequence[tuple[float, str]], settings: Settings, show: bool
) -> None:
    """Leave one group out; per group and config: residue fixed / other non-article cut / article lines lost."""
    names = [f"{'θ' + (f'{t:.3f}' if t else 'inner')} {gate}" for t, gate in configs]
    print(f"{'held out':10} {'today':>11} " + " ".join(f"{n:>22}" for n in names))
    print(f"{'':10} {'residue/lost':>11} " + " ".join(f"{'fixed/other/LOST(ch)':>22}" for _ in configs))
    totals: dict[int, Counter[str]] = defaultdict(Counter)
    rescue: Counter[str] = Counter()
    today: Counter[str] = Counter()
    for name, held in groups.items():
        train = [n for n in groups if n != name]
        w = fit([r for n in train for r in groups[n].rows], size, settings.epochs, settings.l2, settings.rate)
        today.update(residue=len(held.residue), lost=held.lost)
        cells = []
        for k, (theta, gate) in enumerate(configs):
            t = theta or choose_theta(groups, train, size, gate, settings)
            count = _cut(w, held, t, gate, f"{name} {names[k]}", show)
            totals[k].update(count)
            cells.append(f"{count['fixed']}/{count['other']}/{count['lost']}({count['lost_chars']})")
            cells[-1] += "" if theta else f" θ{t:.3f}"
        rescue.update(_rescue(w, held, name, show))
        print(
            f"{name:10} {f'{len(held.residue)}/{held.lost}':>11} " + " ".join(f"{c:>22}" for c in cells),
            flush=True,
        )
    done = f"{today['residue']}/{today['lost']}"
    print(f"{'total':10} {done:>11} " + " ".join(
        f"{'{fixed}/{other}/{lost}({lost_chars})'.format_map(totals[k]):>22}" for k in range(len(configs))
    ))  # fmt: skip
    print(
        f"{'sets lost':10} {'':11} " + " ".join(f"{totals[k]['lost_sets']:>22}" for k in range(len(configs)))
    )
    short = sum(c.in_truth for g in groups.values() for c in g.dropped)
    for low in RESCUE:
        print(f"rescue p <= {low}: article lines given back {rescue[f'article@{low}']} of the {short} short ones "
              f"the rules drop; adverts given back {rescue[f'advert@{low}']}, other {rescue[f'other@{low}']}")  # fmt: skip


def probe(groups: dict[str, Group], vocab: Vocabulary, paths: Sequence[Path], settings: Settings) -> None:
    """Each block of pages of your own with the score of a model fitted on every group, and whether
    it is a candidate (short, kept whole, at an edge or between paragraphs) and shows a clue."""
    from fanwen.offline import read_file
    from fanwen.pagepath import PageOptions, read_page
    from fanwen.strip import load_rules

    w = fit(
        [r for g in groups.values() for r in g.rows], len(vocab), settings.epochs, settings.l2, settings.rate
    )
    w += [0.0] * 100_000  # features the training never saw weigh nothing
    rules = tuple(load_rules())
    for path in paths:
        page = read_page(read_file(path), None, PageOptions(None, rules))
        assert page.strip is not None
        kept = [d for d in page.strip.decisions if d.kept is not None]
        print(f"== {path.name}")
        for i, d in enumerate(page.strip.decisions):
            b = d.block
            where = "drop" if d.kept is None else where_of(kept.index(d), len(kept))
            feats = vocab.ids(features(b.text, where, b.link_density, b.tag, b.heading))
            p = probability(w, [f for f in feats if f < len(w)])
            status = "keep" if d.kept is b and not d.removed else "drop" if d.kept is None else "cut"
            clue = _clue({"text": b.text, "link_density": b.link_density})
            print(f"{i:3} {status:4} {where:6} p={p:.3f} clue={clue!s:5} {b.text[:70]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--cache",
        type=Path,
        help="read (or write, if missing) the gathered decisions here; delete it when the rules change",
    )
    parser.add_argument("--no-corpus", action="store_true", help="the blind sets only")
    parser.add_argument(
        "--theta",
        type=float,
        action="append",
        help="a fixed threshold (repeatable); default: chosen by inner CV",
    )
    parser.add_argument(
        "--gate",
        choices=sorted(GATES),
        action="append",
        help="the structural clue (repeatable; default: each)",
    )
    parser.add_argument("--l2", type=float, default=Settings.l2, help="L2 penalty")
    parser.add_argument("--epochs", type=int, default=Settings.epochs, help="passes over the training blocks")
    parser.add_argument(
        "--probe",
        type=Path,
        action="append",
        help="a page of your own: fit on every group, print its blocks' scores",
    )
    parser.add_argument("--show", action="store_true", help="print every block the model cuts")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        pages = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        pages = gather(not args.no_corpus)
        if args.cache:
            args.cache.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    if args.no_corpus:
        pages = [p for p in pages if not p["group"].startswith("corpus")]
    groups, vocab = groups_of(pages)
    rows = [r for g in groups.values() for r in g.rows]
    print(f"pages {len(pages)}, labelled blocks {len(rows)} (adverts {sum(y for _, y in rows)}), "
          f"candidates {sum(len(g.candidates) for g in groups.values())}", flush=True)  # fmt: skip
    if args.probe:
        probe(groups, vocab, args.probe, Settings(args.epochs, args.l2))
        return 0
    configs = [(t, g) for t in args.theta or [0.0] for g in args.gate or sorted(GATES)]
    evaluate(groups, len(vocab), configs, Settings(args.epochs, args.l2), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
