"""Strip adverts, calls to action and promo footers from an article's blocks, recording each cut.

The rules are data (``rules.toml`` beside this module, plus a profile's own ``[[rule]]``
entries); this module only knows the three ways a rule can cut: a sentence, a block, or
everything after a terminal marker. Precision comes first: a sentence is the smallest thing
removed, and an ``after`` cut never removes a later block that reads as article prose.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fanwen.items import Block, Removal

DEFAULT_RULES = Path(__file__).with_name("rules.toml")
SCOPES = ("sentence", "block", "after")

# A sentence ends at 。！？!? or ；, with any closing quotes or brackets that follow it.
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)\"']*|$)")
_MEANINGFUL = re.compile(r"[\w\u4e00-\u9fff]")
# Prose: a long block with sentence punctuation and few links. An ``after`` cut stops there.
_PROSE_MIN_CHARS = 40


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

    def matches(self, text: str, block: Block) -> bool:
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        if block.link_density < self.min_link_density:
            return False
        found = self.pattern.match(text) if self.anchored else self.pattern.search(text)
        return found is not None


@dataclass
class StripResult:
    blocks: list[Block]
    removed: list[Removal] = field(default_factory=list)
    truncated: bool = False


def load_rules(extra: Iterable[dict[str, Any]] = (), path: Path = DEFAULT_RULES) -> list[Rule]:
    """The bundled rules followed by ``extra`` (a profile's rules), validated."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return [parse_rule(raw) for raw in [*data.get("rule", []), *extra]]


def parse_rule(raw: dict[str, Any]) -> Rule:
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise RuleError(f"a rule needs a name: {raw!r}")
    known = {"name", "pattern", "scope", "max_chars", "anchored", "truncates", "min_link_density"}
    if set(raw) - known:
        raise RuleError(f"rule {name!r}: unknown key(s) {sorted(set(raw) - known)}")
    if raw.get("scope", "sentence") not in SCOPES:
        raise RuleError(f"rule {name!r}: scope must be one of {SCOPES}")
    try:
        pattern = re.compile(raw["pattern"])
    except (KeyError, TypeError, re.error) as exc:
        raise RuleError(f"rule {name!r}: bad or missing pattern: {exc}") from exc
    return Rule(
        name=name,
        pattern=pattern,
        scope=raw.get("scope", "sentence"),
        max_chars=raw.get("max_chars"),
        anchored=bool(raw.get("anchored", False)),
        truncates=bool(raw.get("truncates", False)),
        min_link_density=float(raw.get("min_link_density", 0.0)),
    )


def sentences(text: str) -> list[str]:
    """Split into sentences, keeping every character (their concatenation is ``text``).

    >>> sentences("第一句。第二句！“第三句？”尾巴")
    ['第一句。', '第二句！', '“第三句？”', '尾巴']
    """
    return [s for s in _SENTENCE.findall(text) if s]


def strip_blocks(blocks: Sequence[Block], rules: Sequence[Rule], title: str | None = None) -> StripResult:
    """Apply the rules to the blocks in order; what is kept and what was removed, and why."""
    result = StripResult(blocks=[])
    for index, block in enumerate(blocks):
        if index == 0 and title and _squeeze(block.text) == _squeeze(title):
            result.removed.append(Removal("title-repeat", block.text))
            continue
        terminal = next((r for r in rules if r.scope == "after" and r.matches(block.text, block)), None)
        if terminal is None:
            terminal = next(
                (
                    r
                    for r in rules
                    if r.scope == "after" and any(r.matches(s, block) for s in sentences(block.text))
                ),
                None,
            )
        if terminal is not None:
            _cut_after(result, terminal, blocks[index:], rules)
            return result
        kept = _strip_block(block, rules, result.removed)
        if kept is not None:
            result.blocks.append(kept)
    return result


def _strip_block(block: Block, rules: Sequence[Rule], removed: list[Removal]) -> Block | None:
    for rule in rules:
        if rule.scope == "block" and rule.matches(block.text, block):
            removed.append(Removal(rule.name, block.text))
            return None
    parts = sentences(block.text)
    keep: list[str] = []
    cuts: list[Removal] = []
    for part in parts:
        rule = next((r for r in rules if r.scope == "sentence" and r.matches(part.strip(), block)), None)
        if rule is None:
            keep.append(part)
        else:
            cuts.append(Removal(rule.name, part.strip()))
    if not cuts:
        return block
    rest = "".join(keep).strip()
    if not _MEANINGFUL.search(rest):
        # Nothing but the advert: record the whole block under the first rule that fired.
        removed.append(Removal(cuts[0].rule, block.text))
        return None
    removed.extend(cuts)
    return block.with_text(rest)


def _cut_after(result: StripResult, rule: Rule, tail: Sequence[Block], rules: Sequence[Rule]) -> None:
    head, *rest = tail
    parts = sentences(head.text)
    hit = next((i for i, s in enumerate(parts) if rule.matches(s.strip(), head)), 0)
    before = "".join(parts[:hit]).strip()
    if _MEANINGFUL.search(before):
        # The marker trails a paragraph of the article: keep what comes before it.
        result.blocks.append(head.with_text(before))
        result.removed.append(Removal(rule.name, "".join(parts[hit:]).strip()))
    else:
        result.removed.append(Removal(rule.name, head.text))
    result.truncated = result.truncated or rule.truncates
    current = rule
    for index, block in enumerate(rest):
        own = next((r for r in rules if r.matches(block.text, block)), None)
        if own is None and _is_prose(block):
            # Article prose after a marker: the marker was misplaced, resume normal stripping.
            for later in rest[index:]:
                kept = _strip_block(later, rules, result.removed)
                if kept is not None:
                    result.blocks.append(kept)
            return
        if own is not None and own.scope == "after":
            current = own
            result.truncated = result.truncated or own.truncates
        result.removed.append(Removal((own or current).name, block.text))


def _is_prose(block: Block) -> bool:
    text = block.text
    return (
        len(text) >= _PROSE_MIN_CHARS
        and block.link_density < 0.2
        and len(re.findall(r"[，。；！？,]", text)) >= 3
    )


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)
