"""Regular expressions that users write (profile rules, ``article_url``): RE2, linear in time.

Python's ``re`` backtracks: ``(a+)+$`` on a line of forty ``a`` never ends, and holds the GIL
while it tries, so not even SIGTERM is handled. RE2 (the ``google-re2`` package) runs every
pattern in time linear in the text, and refuses what it cannot run that way (lookarounds,
backreferences). Its syntax is Python's otherwise, except that ``\\d``, ``\\s`` and ``\\w``
are ASCII: use ``\\p{N}``, ``[\\s\\x{3000}]``, ``\\p{Han}`` for Chinese text (docs/stripping.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import re2

RE2_OPTIONS = re2.Options()
RE2_OPTIONS.log_errors = False  # the error is raised as PatternError; RE2 need not print it too


class PatternError(ValueError):
    """A pattern RE2 cannot compile; the message says why."""


@dataclass(frozen=True)
class LinearPattern:
    """An RE2 pattern with the part of ``re.Pattern``'s interface fanwen uses."""

    pattern: str
    # What Python's parser makes of the same text, for analyses of the pattern (the strip
    # rules' prefilter): IGNORECASE, which such analyses take as "nothing to say", when
    # Python reads it differently or not at all.
    flags: int = field(init=False, compare=False)
    _compiled: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            compiled = re2.compile(self.pattern, options=RE2_OPTIONS)
        except re2.error as exc:
            message = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
            raise PatternError(f"{message} (patterns are RE2: no lookarounds or backreferences)") from exc
        object.__setattr__(self, "_compiled", compiled)
        object.__setattr__(self, "flags", _python_flags(self.pattern))

    def search(self, text: str, pos: int = 0) -> Any:
        return self._compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> Any:
        return self._compiled.match(text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> Any:
        return self._compiled.fullmatch(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[Any]:
        """Every match from ``pos`` on: a span rule's cuts, a rule's matches after a quoted one.

        >>> [m.span() for m in compile_linear("#[^#]{1,4}#").finditer("甲#乙#丙#丁戊#", 1)]
        [(1, 4), (5, 9)]
        """
        return self._compiled.finditer(text, pos)  # type: ignore[no-any-return]


def compile_linear(pattern: str) -> LinearPattern:
    """Compile a user's pattern with RE2; raises :class:`PatternError`.

    >>> compile_linear(r"(a+)+$").search("a" * 100_000 + "b") is None
    True
    >>> compile_linear(r"版权所有(?!人)")
    Traceback (most recent call last):
    ...
    fanwen.regex.PatternError: invalid perl operator: (?! (patterns are RE2: no lookarounds or backreferences)
    """
    return LinearPattern(pattern)


def _python_flags(pattern: str) -> int:
    try:
        return re.compile(pattern).flags
    except re.error:
        return re.IGNORECASE
