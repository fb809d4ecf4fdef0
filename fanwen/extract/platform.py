"""Platform profiles: the templates of platforms that host many writers' articles, as data.

A platform (public-account articles, a blog platform) serves every one of its writers' articles
in one template, so what its pages hold where is known in advance. Each bundled platform is a
TOML file in ``fanwen/profiles/platforms/``; no host name is in code, and none is needed: a page
is a platform's when it holds the platform's template (``detect``: CSS or XPath selectors, every
one of which must match; ``id('…')`` first, which libxml2 answers from its table of ids, as every
page is tested and a whole-page search costs ~0.3 ms), so a saved or mirrored copy of an article is recognised as the
original is. What a platform profile gives comes after a user's site profile and before generic
detection, field by field:

- ``[selectors]``: as a site profile's (content, title, published, author, source, category);
- ``[scripts]``: regular expressions whose first group is a field's value, searched in the
  page's inline scripts, for values only the page's script prints (a publication time);
- ``utc_offset``: hours east of UTC the platform prints its times in, for Unix timestamps.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import HtmlElement
from parsel.csstranslator import HTMLTranslator

from fanwen.extract import xpaths
from fanwen.profiles import BUNDLED, ProfileError, Selectors, parse, selector_problem

PLATFORMS = BUNDLED / "platforms"
FIELDS = ("content", "title", "published", "author", "source", "category")
_TIMESTAMP = re.compile(r"\d{10}")
_TIME_OF_DAY = re.compile(r"\d[:时]\d")
_INLINE_SCRIPTS = etree.XPath(xpaths.INLINE_SCRIPTS)


@dataclass(frozen=True)
class Platform:
    """One platform's template: how to recognise its pages and where they hold each field."""

    name: str
    about: str
    detect: tuple[etree.XPath, ...]
    selectors: Selectors
    scripts: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    utc_offset: float = 0.0
    path: Path | None = None

    def matches(self, doc: HtmlElement) -> bool:
        return all(bool(test(doc)) for test in self.detect)

    def script_values(self, doc: HtmlElement, name: str) -> list[str]:
        """The values the page's inline scripts hold for field ``name``, in pattern order;
        a Unix timestamp becomes the platform's local time."""
        patterns = self.scripts.get(name, ())
        if not patterns:
            return []
        text = "\n".join(_INLINE_SCRIPTS(doc))
        values = []
        for pattern in patterns:
            for match in pattern.finditer(text):
                value = match.group(1).strip()
                if _TIMESTAMP.fullmatch(value):
                    # An instant: written with the platform's offset, the loader converts it
                    # to the site's wall clock (processors.wall_clock).
                    zone = timezone(timedelta(hours=self.utc_offset))
                    value = datetime.fromtimestamp(int(value), zone).isoformat()
                if value:
                    values.append(value)
        # A value that gives the time beats one that gives the day alone (var publish_time =
        # "2024-03-05" before var ct = "1709605260"), whichever pattern comes first.
        return sorted(values, key=lambda value: _TIME_OF_DAY.search(value) is None)


def to_xpath(query: str) -> str:
    """A selector as XPath: XPath as it is (starts with ``/``, ``(`` or ``id(``), CSS translated.

    >>> to_xpath("#js_content"), to_xpath("id('js_content')")
    ("descendant-or-self::*[@id = 'js_content']", "id('js_content')")
    """
    return query if query.startswith(("/", "(", "id(")) else HTMLTranslator().css_to_xpath(query)


def _detect_problem(query: str) -> str | None:
    if query.startswith("id("):
        try:
            etree.XPath(query)
        except etree.XPathSyntaxError as exc:
            return f"not a valid XPath expression: {exc}"
        return None
    return selector_problem(query)


def parse_platform(data: dict[str, Any], name: str, path: Path | None = None) -> Platform:
    """Validate a platform's TOML table; unknown keys and wrong types are errors."""
    where = str(path or name)
    known = {"name", "about", "detect", "selectors", "scripts", "utc_offset"}
    unknown = set(data) - known
    if unknown:
        raise ProfileError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(known)}")
    detect = data.get("detect")
    if not isinstance(detect, list) or not detect or not all(isinstance(d, str) for d in detect):
        raise ProfileError(f"{where}: detect must be a non-empty list of selectors")
    for query in detect:
        problem = _detect_problem(query)
        if problem:
            raise ProfileError(f"{where}: detect {query!r}: {problem}")
    selectors = parse({"selectors": data.get("selectors", {})}, default_name=name, path=path).selectors
    raw_scripts = data.get("scripts", {})
    if not isinstance(raw_scripts, dict) or set(raw_scripts) - set(FIELDS):
        raise ProfileError(f"{where}: [scripts] keys must be among {list(FIELDS)}")
    scripts: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key, patterns in raw_scripts.items():
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise ProfileError(f"{where}: scripts.{key} must be a list of regular expressions")
        try:
            compiled = tuple(re.compile(p) for p in patterns)
        except re.error as exc:
            raise ProfileError(f"{where}: scripts.{key}: {exc}") from exc
        if any(p.groups < 1 for p in compiled):
            raise ProfileError(f"{where}: scripts.{key}: each pattern needs a group for the value")
        scripts[key] = compiled
    offset = data.get("utc_offset", 0)
    if isinstance(offset, bool) or not isinstance(offset, int | float) or not -14 <= offset <= 14:
        raise ProfileError(f"{where}: utc_offset must be hours east of UTC, -14 to 14")
    return Platform(
        name=str(data.get("name", name)),
        about=str(data.get("about", "")),
        detect=tuple(etree.XPath(to_xpath(q)) for q in detect),
        selectors=selectors,
        scripts=scripts,
        utc_offset=float(offset),
        path=path,
    )


@cache
def bundled() -> tuple[Platform, ...]:
    """The bundled platform profiles, by file name."""
    out = []
    for path in sorted(PLATFORMS.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ProfileError(f"{path}: not valid TOML: {exc}") from exc
        out.append(parse_platform(data, path.stem, path))
    return tuple(out)


def detect(doc: HtmlElement, platforms: tuple[Platform, ...] | None = None) -> Platform | None:
    """The first platform whose template the page holds, or None (most pages)."""
    for platform in bundled() if platforms is None else platforms:
        if platform.matches(doc):
            return platform
    return None
