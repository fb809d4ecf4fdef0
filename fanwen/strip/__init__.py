"""Strip adverts, calls to action and promo footers from an article's blocks, recording each cut.

The rules are data (``rules.toml`` beside this module, plus a profile's own ``[[rule]]``
entries); this module only knows the four ways a rule can cut: a span inside a sentence (a
bracketed notice, a caption), a sentence, a block, or everything after a terminal marker. A rule
names a *family* by its shape: a pattern plus named cues (a label, a domain or handle, an
imperative...) of which enough must be present. Text is folded from traditional to simplified
Chinese before any rule sees it (:func:`fold`), so one rule serves both scripts; what is
recorded as removed is always the page's own text. Precision comes first: a sentence is the smallest thing
removed, a rule's ``unless`` guard vetoes it on article-like wording, and an ``after`` cut
never removes a later block that reads as article prose. Blocks a site repeats across many
articles (:mod:`fanwen.strip.boilerplate`) go too, under the rule name ``learned-boilerplate``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from fanwen.items import Block, Removal
from fanwen.regex import PatternError, compile_linear

try:  # CPython's regex parser is private: without it, rules simply get no prefilter.
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    sre = sre_parse = None

DEFAULT_RULES = Path(__file__).with_name("rules.toml")
SCOPES = ("span", "sentence", "block", "after")
LEARNED = "learned-boilerplate"
TITLE_REPEAT = "title-repeat"

# A sentence ends at 。！？!? or ；, with any closing quotes or brackets that follow it.
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;…]+[”’」』）)\"']*|$)")
_MEANINGFUL = re.compile(r"[\w\u4e00-\u9fff]")
# Prose: a long block with sentence punctuation and few links. An ``after`` cut stops there.
_PROSE_MIN_CHARS = 30
# The title repeated in the body: among the first blocks, before anything is kept; it may carry a
# short tag the <title> or the heading lacks (（精选）, 范文, 【荐】).
_TITLE_REPEAT_WITHIN = 3
_TITLE_TAG_CHARS = 6
_TITLE_TAG = re.compile(
    r"(?:精选|范文|精品|荐|推荐|最新|大全|通用|模板|优秀|完整版|word版|[\d一二三四五六七八九十]+篇)+"
)
# A question this short left alone in a block beside a cut advert is the advert's lead-in.
_LEAD_IN_MAX_CHARS = 16
_CTA_PREFIX = "cta-"
_RULE_KEYS = frozenset(
    {
        "name", "pattern", "scope", "max_chars", "anchored", "truncates", "min_link_density", "unless",
        "cues", "min_cues",
    }
)  # fmt: skip


class RuleError(ValueError):
    """A rule that cannot be used; the message names it and says why."""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    scope: str = "sentence"
    max_chars: int | None = None
    anchored: bool = False
    truncates: bool = False
    min_link_density: float = 0.0
    unless: re.Pattern[str] | None = None
    # Named shape cues (rules.toml ``[cues]``), at least ``min_cues`` of which the text must show.
    cues: tuple[re.Pattern[str], ...] = ()
    min_cues: int = 0
    # A character class of what every match of ``pattern`` holds one of (see required_chars):
    # most texts hold none, and re scans for a class far faster than it tries an alternation
    # of words at every position.
    prefilter: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        required = required_chars(self.pattern)
        if required is None and self.cues and self.min_cues >= 1:
            # At least one cue must be found, so some character of one of them must be there.
            found = [required_chars(cue) for cue in self.cues]
            required = frozenset().union(*found) if all(f is not None for f in found) else None  # type: ignore[arg-type]
        prefilter = re.compile(f"[{''.join(map(re.escape, sorted(required)))}]") if required else None
        object.__setattr__(self, "prefilter", prefilter)

    def matches(self, text: str, block: Block) -> bool:
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        if block.link_density < self.min_link_density:
            return False
        text = fold(text)
        if self.prefilter is not None and self.prefilter.search(text) is None:
            return False
        found = self.pattern.match(text) if self.anchored else self.pattern.search(text)
        return found is not None and self._shaped(text)

    def spans(self, text: str, block: Block) -> list[tuple[int, int]]:
        """Where a ``span`` rule cuts ``text``: each match that has the rule's shape."""
        if block.link_density < self.min_link_density:
            return []
        folded = fold(text)
        if self.prefilter is not None and self.prefilter.search(folded) is None:
            return []
        found = [self.pattern.match(folded)] if self.anchored else self.pattern.finditer(folded)
        return [
            m.span()
            for m in found
            if m is not None
            and m.end() > m.start()
            and (self.max_chars is None or m.end() - m.start() <= self.max_chars)
            and self._shaped(m.group(0))
        ]

    def _shaped(self, text: str) -> bool:
        if self.unless is not None and self.unless.search(text):
            return False
        return sum(1 for cue in self.cues if cue.search(text)) >= self.min_cues


@dataclass(frozen=True)
class Decision:
    """What happened to one input block: the part kept (None: dropped) and what was cut."""

    block: Block
    kept: Block | None
    removed: tuple[Removal, ...] = ()


@dataclass
class StripResult:
    blocks: list[Block]
    removed: list[Removal] = field(default_factory=list)
    truncated: bool = False
    decisions: list[Decision] = field(default_factory=list)

    def _record(self, block: Block, kept: Block | None, removed: Sequence[Removal]) -> None:
        if kept is not None:
            self.blocks.append(kept)
        self.removed.extend(removed)
        self.decisions.append(Decision(block, kept, tuple(removed)))


def load_rules(extra: Iterable[dict[str, Any]] = (), path: Path = DEFAULT_RULES) -> list[Rule]:
    """The bundled rules followed by ``extra`` (a profile's rules, compiled with RE2), validated.

    A profile's rules may name the bundled cues as well as the bundled rules do.
    """
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    cues = parse_cues(data.get("cues", {}))
    bundled = [parse_rule(raw, cues) for raw in data.get("rule", [])]
    return bundled + [parse_rule(raw, cues, user=True) for raw in extra]


def bundled_cues(path: Path = DEFAULT_RULES) -> dict[str, re.Pattern[str]]:
    """The ``[cues]`` of the bundled rules, which a profile's rules may name."""
    with path.open("rb") as fh:
        return parse_cues(tomllib.load(fh).get("cues", {}))


def parse_cues(raw: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The named shape cues of a rules file: ``name = "pattern"``."""
    try:
        return {name: re.compile(pattern) for name, pattern in raw.items()}
    except (TypeError, re.error) as exc:
        raise RuleError(f"bad cue pattern: {exc}") from exc


def parse_rule(
    raw: dict[str, Any], cues: dict[str, re.Pattern[str]] | None = None, user: bool = False
) -> Rule:
    """A rule from its TOML table. A user's patterns (``user``) are compiled with RE2, whose
    matching time is linear in the text (:mod:`fanwen.regex`); the bundled ones, reviewed and
    tested to hold no unbounded repetition inside another, with Python's ``re``."""
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise RuleError(f"a rule needs a name: {raw!r}")
    if set(raw) - _RULE_KEYS:
        raise RuleError(f"rule {name!r}: unknown key(s) {sorted(set(raw) - _RULE_KEYS)}")
    if raw.get("scope", "sentence") not in SCOPES:
        raise RuleError(f"rule {name!r}: scope must be one of {SCOPES}")
    compile_: Callable[[str], Any] = compile_linear if user else re.compile
    try:
        pattern = compile_(raw["pattern"])
        unless = compile_(raw["unless"]) if raw.get("unless") else None
    except (KeyError, TypeError, re.error, PatternError) as exc:
        raise RuleError(f"rule {name!r}: bad or missing pattern: {exc}") from exc
    named = raw.get("cues", [])
    unknown = [cue for cue in named if cue not in (cues or {})]
    if not isinstance(named, list) or unknown:
        raise RuleError(f"rule {name!r}: cues must name [cues] entries; unknown: {unknown}")
    return Rule(
        name=name,
        pattern=pattern,
        scope=raw.get("scope", "sentence"),
        max_chars=raw.get("max_chars"),
        anchored=bool(raw.get("anchored", False)),
        truncates=bool(raw.get("truncates", False)),
        min_link_density=float(raw.get("min_link_density", 0.0)),
        unless=unless,
        cues=tuple((cues or {})[cue] for cue in named),
        min_cues=int(raw.get("min_cues", len(named))),
    )


def required_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds, or None when there is no such set.

    Each alternative of an alternation must give a set (their union is the pattern's); in a
    sequence any part that must match at least once will do, and the smallest set is taken.
    Anything the analysis does not know (``.``, a negated class, ``\\w``, case folding) gives
    nothing, so the answer is never wrong, only sometimes absent.

    >>> sorted(required_chars(re.compile("(预览|试读)(结束|完毕)")))
    ['试', '预']
    >>> required_chars(re.compile("a?b*")) is None, required_chars(re.compile("(?i)qq")) is None
    (True, True)
    """
    if sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        return _required_in(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (AttributeError, TypeError, ValueError):  # a parser shape this analysis does not know
        return None


def _required_in(sequence: list[tuple[Any, Any]]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    for op, av in sequence:
        found = _required_by(op, av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _required_by(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is sre.IN:
        chars: set[str] = set()
        for item, value in av:
            if item is sre.LITERAL:
                chars.add(chr(value))
            elif item is sre.RANGE and value[1] - value[0] < 256:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # a negated class, \\d, \\w or a wide range
        return frozenset(chars)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _required_in(list(sub))
    if op is sre.BRANCH:
        options = [_required_in(list(branch)) for branch in av[1]]
        if any(option is None for option in options):
            return None
        return frozenset().union(*options)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _required_in(list(sub)) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _required_in(list(av))
    return None  # anchors, lookarounds, ``.``, back-references: no character required


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    import opencc  # the OpenCC project's own binding: its dictionaries, not a hand-kept table

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """``text`` with traditional characters folded to simplified, one character for one.

    Rules are written once, in simplified Chinese, and see folded text; a fold keeps every
    offset, so a span found in the folded text is cut from the original.

    >>> fold("掃碼關注「範文之家」公眾號"), fold("plain ascii")
    ('扫码关注「范文之家」公众号', 'plain ascii')
    """
    if text.isascii():
        return text
    convert = _to_simplified()
    folded = convert(text)
    if len(folded) != len(text):  # a phrase mapping changed the length: fold character by character
        folded = "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)
    return folded


def sentences(text: str) -> list[str]:
    """Split into sentences, keeping every character (their concatenation is ``text``).

    >>> sentences("第一句。第二句！“第三句？”尾巴")
    ['第一句。', '第二句！', '“第三句？”', '尾巴']
    """
    return [s for s in _SENTENCE.findall(text) if s]


def strip_blocks(
    blocks: Sequence[Block],
    rules: Sequence[Rule],
    title: str | None = None,
    is_boilerplate: Callable[[Block], bool] | None = None,
) -> StripResult:
    """Apply the rules to the blocks in order; what is kept and what was removed, and why.

    ``is_boilerplate`` says whether the site repeats a block across many articles
    (:class:`fanwen.strip.boilerplate.BoilerplateCounts`); such a block goes whole.

    >>> rules = load_rules()
    >>> result = strip_blocks([Block("正文第一段，内容完整。请加微信：fanwen2024 获取全文。")], rules)
    >>> [b.text for b in result.blocks], [(r.rule, r.text) for r in result.removed]
    (['正文第一段，内容完整。'], [('cta-im-contact', '请加微信：fanwen2024 获取全文。')])
    """
    result = StripResult(blocks=[])
    cutting: Rule | None = None  # the terminal marker in force, if one was met
    for index, block in enumerate(blocks):
        if (
            not result.blocks
            and index < _TITLE_REPEAT_WITHIN
            and title
            and is_title_repeat(block.text, title)
        ):
            result._record(block, None, [Removal(TITLE_REPEAT, block.text)])
            continue
        if cutting is not None:
            own = _own_rule(block, rules)
            if own is None and (_is_prose(block) or _heads_prose(blocks, index, rules)):
                cutting = None  # article (or its heading) after a marker: the marker was misplaced
            else:
                if own is not None and own.scope == "after":
                    cutting = own
                    result.truncated = result.truncated or own.truncates
                result._record(block, None, [Removal((own or cutting).name, block.text)])
                continue
        terminal = _terminal(block, rules)
        if terminal is not None:
            cutting = terminal
            result.truncated = result.truncated or terminal.truncates
            result._record(block, *_cut_at_marker(block, terminal, rules))
            continue
        kept, removed = _strip_block(block, rules)
        # A named rule explains a removal better than a count does: learned boilerplate is
        # what no rule names.
        if not removed and is_boilerplate is not None and is_boilerplate(block):
            kept, removed = None, [Removal(LEARNED, block.text)]
        result._record(block, kept, removed)
    return result


def _terminal(block: Block, rules: Sequence[Rule]) -> Rule | None:
    afters = [r for r in rules if r.scope == "after"]
    whole = next((r for r in afters if r.matches(block.text, block)), None)
    if whole is not None:
        return whole
    parts = sentences(block.text)
    return next((r for r in afters if any(r.matches(s.strip(), block) for s in parts)), None)


def _strip_block(block: Block, rules: Sequence[Rule]) -> tuple[Block | None, list[Removal]]:
    for rule in rules:
        if rule.scope == "block" and rule.matches(block.text, block):
            return None, [Removal(rule.name, block.text)]
    text, cuts = _cut_spans(block, rules)
    keep: list[str] = []
    per_sentence = [r for r in rules if r.scope == "sentence"]
    for part in sentences(text):
        hit = next((r for r in per_sentence if r.matches(part.strip(), block)), None)
        if hit is None:
            keep.append(part)
            continue
        # 写材料太难？ before a call to action (the cta-* rules) is the advert's own opening; before
        # a notice (转载请注明出处) it is the article's last sentence.
        if keep and hit.name.startswith(_CTA_PREFIX) and _is_lead_in(keep[-1]):
            part = keep.pop() + part
        cuts.append(Removal(hit.name, part.strip()))
    if not cuts:
        return block, []
    rest = "".join(keep).strip()
    # Nothing but the advert, or the advert and its lead-in question (喜欢这篇文章吗？): record
    # the whole block under the first rule that fired.
    if not _MEANINGFUL.search(rest) or _is_lead_in(rest):
        return None, [Removal(cuts[0].rule, block.text)]
    return block.with_text(rest), cuts


def _is_lead_in(sentence: str) -> bool:
    """A short question, the kind an advert opens with (喜欢这篇文章吗？ 写材料太难？)."""
    sentence = sentence.strip()
    return len(sentence) <= _LEAD_IN_MAX_CHARS and sentence.endswith(("？", "?"))


def _cut_spans(block: Block, rules: Sequence[Rule]) -> tuple[str, list[Removal]]:
    """The block's text without the spans ``span`` rules find, and what each cut."""
    text = block.text
    cuts: list[Removal] = []
    for rule in rules:
        if rule.scope != "span":
            continue
        found = rule.spans(text, block)
        for start, end in reversed(found):
            cuts.append(Removal(rule.name, text[start:end].strip()))
            text = (text[:start].rstrip() if text[end:].strip() == "" else text[:start]) + text[end:]
        text = text.strip()
    return text, cuts


def _cut_at_marker(block: Block, rule: Rule, rules: Sequence[Rule]) -> tuple[Block | None, list[Removal]]:
    """The marker's block: what precedes the marker sentence is article, stripped as usual."""
    parts = sentences(block.text)
    hit = next((i for i, s in enumerate(parts) if rule.matches(s.strip(), block)), 0)
    before = "".join(parts[:hit]).strip()
    if not _MEANINGFUL.search(before):
        return None, [Removal(rule.name, block.text)]
    kept, cuts = _strip_block(block.with_text(before), rules)
    return kept, [*cuts, Removal(rule.name, "".join(parts[hit:]).strip())]


def _own_rule(block: Block, rules: Sequence[Rule]) -> Rule | None:
    return next((r for r in rules if r.scope != "span" and r.matches(block.text, block)), None)


def _heads_prose(blocks: Sequence[Block], index: int, rules: Sequence[Rule]) -> bool:
    """A short line (a heading) that the next block's article prose follows."""
    block = blocks[index]
    if block.tag in ("li", "dd", "dt", "td") or block.link_density >= 0.2 or index + 1 >= len(blocks):
        return False
    after = blocks[index + 1]
    return _own_rule(after, rules) is None and _is_prose(after)


def _is_prose(block: Block) -> bool:
    text = block.text
    return (
        len(text) >= _PROSE_MIN_CHARS
        and block.link_density < 0.2
        and block.tag not in ("li", "dd", "dt", "td")
        and not text.endswith(("…", "..."))
        and len(re.findall(r"[，。；！？,]", text)) >= 3
    )


def is_title_repeat(text: str, title: str) -> bool:
    """Whether a line repeats the title: the same words, give or take punctuation, script and a
    short tag on either side (``（精选）``, ``范文``), and no sentence of its own.

    >>> is_title_repeat("讀《小王子》心得", "读《小王子》心得"), is_title_repeat("2024年工作总结（精选）", "2024年工作总结")
    (True, True)
    >>> is_title_repeat("2024年工作总结。今年以来，我镇坚持生态优先。", "2024年工作总结")
    False
    >>> is_title_repeat("一、总体要求", "总体要求"), is_title_repeat("【荐】工作总结范文", "工作总结范文")
    (False, True)
    """
    line, head = _bare(text), _bare(title)
    if not line or not head or re.search(r"[。！？!?；;]", text.rstrip("。！？!?")):
        return False
    if line == head:
        return True
    short, long_ = sorted((line, head), key=len)
    if len(short) < 4 or len(long_) - len(short) > _TITLE_TAG_CHARS:
        return False
    tag = long_.removeprefix(short) if long_.startswith(short) else long_.removesuffix(short)
    if len(tag) == len(long_):
        return False
    # A stock tag (精选, 范文, 3篇) or one the page brackets (（精选）【荐】); a plain word is not
    # one (第四届年会 is not 第四届年会会议议程), nor a heading's number (一、总体要求 under 总体要求).
    bracketed = {_bare(b) for b in re.findall(r"[（(【\[]([^）)】\]]{1,8})[）)】\]]", text + title)}
    return _TITLE_TAG.fullmatch(tag) is not None or tag in bracketed


def _bare(text: str) -> str:
    """Folded, without white space or punctuation: what two spellings of one title share."""
    return re.sub(r"[\s\W_]+", "", fold(text))
