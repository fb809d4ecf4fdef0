"""What every match of a pattern must contain: the literal prefilter of the strip rules.

A strip rule's pattern is an alternation of words (``(预览|试读)(结束|完毕)|还剩\\s*\\d+\\s*页未读``),
and Python's ``re`` tries each alternative at every position of a text, which costs more the
longer the text. Most texts hold none of the words a match needs, and a regular expression of
plain words shaped as a trie (``预览(?:结束|完毕)|试读...``) finds whether one is there in one
quick pass. :func:`required_literals` reads those words off the parsed pattern;
:func:`literal_pattern` compiles them. The analysis is conservative: anything it does not know
gives no words (no prefilter), never a wrong one, so a prefilter never changes what matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import re2

try:  # CPython's regex parser is private: without it, rules simply get no prefilter.
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    sre = sre_parse = None

# The most strings one part of a pattern may expand to (a class, an alternation, their product).
_MAX_STRINGS = 64

Strings = frozenset[str]


def required_literals(pattern: Any) -> Strings | None:
    """Strings one of which every match of ``pattern`` holds, or None when there is no such set.

    In a sequence any part that must match will do (a run of fixed parts gives the product of
    their strings), and the set with the longest shortest string is taken; an alternation's set
    is the union of its alternatives'. ``.``, ``\\d``, ``\\w``, negated classes and case
    folding give nothing.

    >>> sorted(required_literals(re.compile("(预览|试读)(结束|完毕)")))
    ['试读完毕', '试读结束', '预览完毕', '预览结束']
    >>> sorted(required_literals(re.compile("(已|到此)?(结束|完毕)")))
    ['完毕', '结束']
    >>> sorted(required_literals(re.compile(r"还剩\\s*\\d+\\s*页|扫码")))
    ['扫码', '还剩']
    >>> required_literals(re.compile("a?b*")) is None, required_literals(re.compile("(?i)qq")) is None
    (True, True)
    """
    if sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        found = _sequence(list(parsed))[1]
    except (AttributeError, TypeError, ValueError, re.error):  # a shape this analysis does not know
        return None
    return None if found is None else shortest_words(found)


def shortest_words(words: Iterable[str]) -> Strings:
    """``words`` without those that hold another of them: a text holds one of the rest exactly when
    it holds one of ``words`` (下载全文 holds 下载), and fewer, shorter words make a smaller automaton
    to look for them (:class:`WordSets` builds its states while it reads: docs/performance.md, session 22).

    >>> sorted(shortest_words(["会员", "会员价", "非会员", "到手价"]))
    ['会员', '到手价']
    """
    kept: list[str] = []
    for word in sorted(set(words), key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return frozenset(kept)


def literal_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``words``, written as a trie: one branch per next character.

    >>> literal_pattern(["扫码", "扫一扫", "公众号"]).pattern
    '(?:公众号|扫(?:一扫|码))'
    >>> [m.group() for m in literal_pattern(["下载", "下载全文"]).finditer("点此下载全文")]
    ['下载全文']
    """
    return re.compile(_trie(_words_trie(words), re.escape))


# A text of a page holds no lone surrogate (lxml's tree is UTF-8), but a caller's may: RE2
# reads UTF-8, which cannot hold one, and such a text is searched with Python's patterns.


class WordSets:
    """Which of several sets of words a text holds, all looked for in one pass.

    ``found(text)`` is ``{i for i, words in enumerate(sets) if literal_pattern(words).search(text)}``:
    RE2's set matcher runs every word as one automaton over the text, where the strip rules
    asked Python's ``re`` once per rule. The set holds each distinct word once, as its UTF-8
    bytes read as Latin-1, and a word found names every set that holds it. RE2 builds its
    automaton's states while it reads, each new state costing a pass over the instructions the
    state may run next; written this way its set factors the words' common leading bytes into
    one trie over all sets, where a set of the sets' own tries, in UTF-8, had a branch for each
    set's every first character in every state (734 for the bundled rules: a state cost ten times
    as much to build, and the states built were most of strip's work on a long page:
    docs/performance.md, session 23). A UTF-8 word's bytes occur in a UTF-8 text only where the
    word does, so the sets found are the same. A set match cannot fail once compiled: RE2 does
    not give up on a set's automaton as it may on one pattern's, it flushes its state cache and
    goes on. A text RE2 cannot read (a lone surrogate) is searched set by set with ``re``; a set
    without words matches every text, as its pattern (empty) does.

    >>> sets = WordSets([["扫码", "公众号"], ["下载"], ["完"]])
    >>> sorted(sets.found("扫码下载")), sorted(sets.found("正文")), sorted(sets.found("全文完"))
    ([0, 1], [], [2])
    """

    def __init__(self, sets: Iterable[Iterable[str]]) -> None:
        # The words are kept, not their tries: the tries of the bundled rules' words are 8,000
        # dicts (1.3 MB in every process that strips), needed again only for a text RE2 cannot
        # read, which builds them anew (docs/performance.md, "Memory, session 13").
        self._words = [tuple(words) for words in sets]
        holders: dict[str, set[int]] = {}
        for index, words in enumerate(self._words):
            for word in words:
                holders.setdefault(word, set()).add(index)
        self._always = frozenset(i for i, words in enumerate(self._words) if not words)
        self._set = re2.Set.SearchSet(_BYTE_OPTIONS)
        # RE2 numbers a set's patterns in the order they are added: word i is self._holders[i].
        for word in holders:
            self._set.Add(re2.escape(word.encode()))
        self._set.Compile()
        self._holders = [frozenset(found) | self._always for found in holders.values()]
        # The binding's own set where the wrapper has one: the wrapper's Match is two Python calls
        # (it encodes, then asks it) on every block and sentence (docs/performance.md, session 19).
        # Both take the text as bytes and give the same indices (the wrapper None for none).
        self._match: Callable[[bytes], list[int] | None] = getattr(self._set, "_set", self._set).Match
        self._python: list[re.Pattern[str]] | None = None

    def found(self, text: str) -> frozenset[int]:
        try:
            hits = self._match(text.encode())
        except UnicodeEncodeError:
            if self._python is None:
                self._python = [literal_pattern(words) for words in self._words]
            return frozenset(i for i, pattern in enumerate(self._python) if pattern.search(text))
        if not hits:
            return self._always
        holders = self._holders
        if len(hits) == 1:
            return holders[hits[0]]
        return frozenset().union(*[holders[hit] for hit in hits])


# WordSets' options: a pattern and a text are bytes, each byte one character (a word's UTF-8).
_BYTE_OPTIONS = re2.Options()
_BYTE_OPTIONS.log_errors = False
_BYTE_OPTIONS.encoding = re2.Options.Encoding.LATIN1


def _words_trie(words: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _trie(node: dict[str, Any], escape: Callable[[str], str]) -> str:
    branches = [escape(char) + _trie(child, escape) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _best(candidates: list[Strings]) -> Strings | None:
    useful = [c for c in candidates if c and "" not in c]
    if not useful:
        return None
    # Longer strings are rarer; among equally long ones, fewer are quicker to look for.
    return max(useful, key=lambda c: (min(4, min(map(len, c))), -len(c)))


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Strings | None, Strings | None]:
    """(every string the sequence matches, if few; the strings one of which a match holds)."""
    empty: Strings = frozenset({""})
    candidates: list[Strings] = []
    # Products of the fixed parts met since a loose one: one run from there, and one more from
    # after each optional part (``(关注)?公众号`` needs 公众号 whether or not 关注 is there).
    runs: list[Strings] = [empty]
    whole: Strings | None = empty
    for op, av in items:
        exact, required = _part(op, av)
        if required is not None:
            candidates.append(required)
        if exact is None:
            candidates.extend(runs)
            runs, whole = [empty], None
            continue
        longer = []
        for run in runs:
            product = frozenset(a + b for a in run for b in exact)
            if len(product) > _MAX_STRINGS:
                candidates.append(run)
                product = exact
            longer.append(product)
        runs = longer + [empty] if "" in exact else longer
        if whole is not None:
            product = frozenset(a + b for a in whole for b in exact)
            whole = product if len(product) <= _MAX_STRINGS else None
    candidates.extend(runs)
    if whole is not None:
        candidates.append(whole)
    return whole, _best(candidates)


def _part(op: Any, av: Any) -> tuple[Strings | None, Strings | None]:
    if op is sre.LITERAL:
        return frozenset(chr(av)), frozenset(chr(av))
    if op is sre.IN:
        chars: set[str] = set()
        for item, value in av:
            if item is sre.LITERAL:
                chars.add(chr(value))
            elif item is sre.RANGE and value[1] - value[0] < _MAX_STRINGS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None, None  # a negated class, \d, \w or a wide range
        return frozenset(chars), frozenset(chars)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return (None, None) if add_flags & re.IGNORECASE else _sequence(list(sub))
    if op is sre.BRANCH:
        options = [_sequence(list(branch)) for branch in av[1]]
        exacts = [e for e, _ in options]
        exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None  # type: ignore[arg-type]
        requireds = [r for _, r in options]
        required = frozenset().union(*requireds) if all(r is not None for r in requireds) else None  # type: ignore[arg-type]
        return (exact if exact is not None and len(exact) <= _MAX_STRINGS else None), required
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, required = _sequence(list(sub))
        if exact is not None and high <= 1:
            return (exact | {""} if low == 0 else exact), (required if low >= 1 else None)
        return None, (required if low >= 1 else None)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""}), None  # matches no characters
    return None, None  # ``.``, a category, a back-reference: anything


def first_look(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look ahead for the characters its matches start with, where Python's
    ``re`` has no such scan of its own: the same matches, found sooner.

    ``re`` skips to a match's first character itself only when the pattern starts with a
    literal, a class, or an alternation of literals. A pattern whose alternatives open with a
    lookbehind (``(?<![\\u4e00-\\u9fff])文``) or with classes gets no scan: at every position of
    a text ``re`` tries every alternative. ``(?=[文作记…])`` ahead of it fails at one test at the
    positions no match can start from (most of a line of prose). Every match starts with one of
    those characters, so the matches are the same, found in the same order. A pattern the
    analysis cannot read (case folding, ``.``, ``\\d`` or a negated class at the start, a match
    that may be empty) is returned as it is.

    >>> p = first_look(re.compile(r"(?<![一-龥])文|作\\s?者|[✍🖊]"))
    >>> p.pattern
    '(?=[✍作文🖊])(?:(?<![一-龥])文|作\\\\s?者|[✍🖊])'
    >>> [m.span() for m in p.finditer("本文作 者 文")], p.search("论文") is None
    ([(2, 5), (6, 7)], True)
    >>> first_look(re.compile("作者|来源")).pattern, first_look(re.compile(r"\\d+年|年")).pattern
    ('作者|来源', '\\\\d+年|年')
    """
    if sre_parse is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    try:
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if _scanned(parsed):
            return pattern
        chars, may_be_empty = _first_chars(parsed)
        if chars is None or may_be_empty:
            return pattern
        return re.compile(f"(?=[{''.join(sorted(chars))}])(?:{pattern.pattern})", pattern.flags)
    except (AttributeError, TypeError, ValueError, re.error):  # a shape this analysis does not know
        return pattern


def _scanned(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``re`` scans for a pattern's first character itself (its compiler's literal or
    charset prefix): the pattern, or its first group, opens with a literal, a class, or an
    alternation whose every alternative opens with a literal."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op in (sre.LITERAL, sre.IN):
        return True
    return op is sre.BRANCH and all(branch and list(branch)[0][0] is sre.LITERAL for branch in av[1])


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(a class's items, escaped, that every match of the sequence starts with, or None: any
    character; whether a match may be empty)."""
    return _in_turn(items, _first_of)


def _in_turn(
    items: Iterable[tuple[Any, Any]], of: Callable[[Any, Any], tuple[set[str] | None, bool]]
) -> tuple[set[str] | None, bool]:
    """The characters ``of`` gives of each item in turn, up to the first that cannot be empty."""
    chars: set[str] = set()
    for op, av in items:
        some, may_be_empty = of(op, av)
        if some is None:
            return None, False
        chars |= some
        if not may_be_empty:
            return chars, False
    return chars, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        chars = set()
        for item, value in av:
            if item is sre.LITERAL:
                chars.add(re.escape(chr(value)))
            elif item is sre.RANGE:
                chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            else:
                return None, False  # a negated class, \d, \w
        return chars, False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # matches no characters
    return _nested(op, av, _first_chars)


def _nested(
    op: Any, av: Any, walk: Callable[[list[tuple[Any, Any]]], tuple[set[str] | None, bool]]
) -> tuple[set[str] | None, bool]:
    """:func:`_first_of` or :func:`_last_of` of a group, an alternation or a repeat, by ``walk``
    over the sequences inside (``_first_chars``, ``_last_chars``); (None, False) of anything else:
    ``.``, a category, a back-reference, any character."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return (None, False) if add_flags & re.IGNORECASE else walk(list(sub))
    if op is sre.BRANCH:
        options = [walk(list(branch)) for branch in av[1]]
        if any(chars is None for chars, _ in options):
            return None, False
        return set().union(*(chars for chars, _ in options if chars)), any(empty for _, empty in options)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, may_be_empty = walk(list(sub))
        return chars, may_be_empty or low == 0
    if op is sre.ATOMIC_GROUP:
        return walk(list(av))
    return None, False


# The most characters a pattern's last class may stand for in :func:`last_chars`' answer.
_MAX_LAST_CHARS = 512
_SPACE_CATEGORIES = frozenset() if sre is None else frozenset({sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE})


def last_chars(pattern: Any) -> frozenset[str] | None:
    """The characters a text's last non-space character must be for ``pattern`` to match in it,
    when every match ends at the text's end (each alternative closes on ``$``, spaces allowed
    before it): None for a pattern matching elsewhere, or one this analysis cannot read.

    A rule for a note glued to a paragraph's end (``（记者 张三 摄）``, ``（完）``) is tried, by
    ``re``, at every position of the paragraph, and most paragraphs end on a full stop: the
    last character alone rules it out (a paragraph's ``$`` rules, session 23).

    >>> sorted(last_chars(re.compile(r"记者\\s*[一-龥]{2,4}\\s*摄\\s*[）)]?\\s*$|[（(](完|全文完)[）)]\\s*$")))
    [')', '摄', '）']
    >>> last_chars(re.compile(r"(完|结束)$")) == {"完", "束"}, last_chars(re.compile("完$|结束"))
    (True, None)
    >>> last_chars(re.compile(r"[（(][^）)]+$")), last_chars(re.compile("完$", re.M)), last_chars(re.compile(r"完[\\s、]$"))
    (None, None, None)
    """
    if sre_parse is None or pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    try:
        chars = _ends_of(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (AttributeError, TypeError, ValueError, re.error):  # a shape this analysis does not know
        return None
    return frozenset(chars) if chars else None


def _ends_of(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The last non-space characters of a sequence every match of which ends at ``$``."""
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        ends = [_ends_of(list(branch)) for branch in items[0][1][1]]
        return None if any(end is None for end in ends) else set().union(*ends)  # type: ignore[arg-type]
    if len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1] & re.IGNORECASE:
        return _ends_of(list(items[0][1][3]))
    if not items or items[-1] != (sre.AT, sre.AT_END) and items[-1] != (sre.AT, sre.AT_END_STRING):
        return None
    chars, may_be_empty = _last_chars(items[:-1])
    return None if may_be_empty else chars


def _last_chars(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(the characters a sequence's matches end on, spaces left out, or None: any; whether a
    match may be empty or all spaces)."""
    return _in_turn(reversed(items), _last_of)


def _last_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return (set(), True) if chr(av).isspace() else ({chr(av)}, False)
    if op is sre.IN:
        chars: set[str] = set()
        spaces = False
        for item, value in av:
            if item is sre.LITERAL:
                chars.add(chr(value))
            elif item is sre.RANGE and value[1] - value[0] < _MAX_LAST_CHARS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif item is sre.CATEGORY and value in _SPACE_CATEGORIES:
                spaces = True
            else:
                return None, False  # a negated class, \d, \w, a wide range
        if any(c.isspace() for c in chars) or spaces and chars or len(chars) > _MAX_LAST_CHARS:
            return None, False  # a space or another character: the text's last may be either
        return chars, spaces  # \s: nothing a stripped text ends on
    # (A lookaround may look past the end, an anchor is not the last: any character, as ``.``.)
    return _nested(op, av, _last_chars)
