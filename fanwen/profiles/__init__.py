"""Site profiles: what a user knows about a site (start URLs, selectors), read from TOML.

A profile is optional; every selector in it is optional. Where a selector is missing the
generic detector in ``fanwen.extract`` decides. Bundled profiles live next to this module;
a user's profile is any ``.toml`` file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fanwen.extract.processors import DEFAULT_TIMEZONE, zone_named
from fanwen.extract.template import ABSENT, SLOTS, Template
from fanwen.regex import PatternError, compile_linear

BUNDLED = Path(__file__).parent


class ProfileError(ValueError):
    """A profile that cannot be found or read: the message says which and why."""


@dataclass(frozen=True)
class Selectors:
    """CSS selectors, or XPath when a string starts with ``/`` or ``(``; each a list, first match wins."""

    content: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    article_links: tuple[str, ...] = ()
    next_page: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    """One site: its name, where to start and, optionally, how its pages are laid out.

    ``article_url`` is a regular expression an article URL matches (search, not fullmatch);
    without it every followed page is judged by the generic detector.
    """

    name: str
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_url: str | None = None
    sitemaps: tuple[str, ...] = ()
    selectors: Selectors = field(default_factory=Selectors)
    # A site template's slots (``[template]``, what ``fanwen profile learn`` writes): CSS paths
    # tried in order, where none gives a usable value generic detection decides, unlike
    # ``[selectors]``, which are the page's word (fanwen.extract.template).
    template: Template = field(default_factory=Template)
    rules: tuple[dict[str, Any], ...] = ()
    path: Path | None = None
    # How long a stored article stays fresh before a crawl asks for it again (parse_duration).
    refresh: str | int | None = None
    # Crawl bounds (docs/scheduling.md); None: the FANWEN_MAX_* setting.
    max_listing_pages: int | None = None
    max_links_per_page: int | None = None
    max_depth: int | None = None
    # The IANA zone the site prints its times in (``published`` is that wall clock; a date with
    # an offset is converted to it); None: the FANWEN_TIMEZONE setting, Asia/Shanghai.
    timezone: str | None = None

    def with_start_urls(self, urls: list[str]) -> Profile:
        for url in urls:
            web_url(url, "start URL")
        domains = tuple(urlsplit(u).hostname or "" for u in urls)
        return replace(self, start_urls=tuple(urls), allowed_domains=domains)


def site_zone(profile: Profile | None, setting: str | None = None) -> str:
    """The zone a site prints its times in: its profile's ``timezone``, else ``setting`` (the
    ``FANWEN_TIMEZONE`` setting, when there are settings), else Asia/Shanghai. The one place the
    spider, the storage owner and the page path ask.

    >>> site_zone(Profile(name="x", timezone="Asia/Taipei"), "UTC"), site_zone(None, "UTC"), site_zone(None)
    ('Asia/Taipei', 'UTC', 'Asia/Shanghai')
    """
    return getattr(profile, "timezone", None) or setting or DEFAULT_TIMEZONE


BOUNDS = ("max_listing_pages", "max_links_per_page", "max_depth")


def for_url(url: str) -> Profile:
    """The empty profile for a bare start URL: generic detection everywhere."""
    host = web_url(url, "start URL")
    return Profile(name=host, start_urls=(url,), allowed_domains=(host,))


def web_url(url: str, what: str) -> str:
    """The host of an http or https URL; any other URL (``file://``, ``ftp://``) is refused:
    a crawler of web sites reads no local files, and its off-site filter needs a host.

    >>> web_url("https://www.example.cn/list/", "start URL")
    'www.example.cn'
    >>> web_url("file:///etc/passwd", "start URL")
    Traceback (most recent call last):
    ...
    fanwen.profiles.ProfileError: start URL: not an http(s) URL: 'file:///etc/passwd'

    A URL the crawl could never ask for is refused here too, not left to fail as the crawl's
    first request (a port out of range ended it with a traceback; a space, as a fault):

    >>> web_url("http://127.0.0.1:99999/", "start URL")
    Traceback (most recent call last):
    ...
    fanwen.profiles.ProfileError: start URL: port out of range 0-65535: 'http://127.0.0.1:99999/'
    >>> web_url("http://www.example .cn/", "start URL")
    Traceback (most recent call last):
    ...
    fanwen.profiles.ProfileError: start URL: not a host name: 'www.example .cn' in 'http://www.example .cn/'
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
    if not host or parts.scheme not in ("http", "https"):
        raise ProfileError(f"{what}: not an http(s) URL: {url!r}")
    try:
        _ = parts.port  # raises for a port out of range
    except ValueError:
        raise ProfileError(f"{what}: port out of range 0-65535: {url!r}") from None
    try:
        ascii_host(host)
    except UnicodeError:
        raise ProfileError(f"{what}: not a host name: {host!r} in {url!r}") from None
    return host


def on_site(host: str, domains: tuple[str, ...]) -> bool:
    """Whether ``host`` is one of ``domains`` or under one, as Scrapy's off-site filter decides.

    >>> on_site("www.example.cn", ("example.cn",)), on_site("badexample.cn", ("example.cn",))
    (True, False)
    """
    ascii = [ascii_host(domain).lower() for domain in domains if domain]
    return any(host == domain or host.endswith("." + domain) for domain in ascii)


def ascii_host(host: str) -> str:
    """A host name as requests carry it: an internationalised name in its ASCII form (IDNA),
    the form Scrapy's off-site filter compares with a request's host.

    >>> ascii_host("例子.中国"), ascii_host("www.example.cn"), ascii_host("127.0.0.1")
    ('xn--fsqu00a.xn--fiqs8s', 'www.example.cn', '127.0.0.1')
    """
    if any(c.isspace() or c in '<>"{}|\\^`' for c in host):
        raise UnicodeError(f"not a host name: {host!r}")
    return host.encode("idna").decode("ascii")


def load(name_or_path: str) -> Profile:
    """A profile by bundled name (``demo``) or by path to a TOML file."""
    path = Path(name_or_path)
    given = path.suffix == ".toml"
    if not given:
        path = BUNDLED / f"{name_or_path}.toml"
    if given and path.is_dir():
        raise ProfileError(f"{path}: a directory, not a profile file")
    if given and not path.is_file():
        raise ProfileError(f"{path}: no such profile file")
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in BUNDLED.glob("*.toml")))
        raise ProfileError(f"no profile {name_or_path!r} (bundled: {known}; or give a .toml path)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:  # another user's file, a FIFO gone, an I/O error
        raise ProfileError(f"{path}: cannot read the profile: {exc.strerror or exc}") from exc
    return parse(data, default_name=path.stem, path=path)


def parse(data: dict[str, Any], default_name: str, path: Path | None = None) -> Profile:
    """Validate a profile's TOML table; unknown keys and wrong types are errors, not surprises."""
    where = str(path or default_name)
    top = {f.name for f in fields(Profile)} - {"path", "selectors", "rules", "template"} | {
        "selectors",
        "rule",
        "template",
    }
    unknown = set(data) - top
    if unknown:
        raise ProfileError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(top)}")
    site_name = data.get("name", default_name)
    if not isinstance(site_name, str) or not site_name.strip():
        raise ProfileError(f"{where}: name must be a string (the site's name), not {_kind(site_name)}")
    raw_selectors = data.get("selectors", {})
    if not isinstance(raw_selectors, dict):
        raise ProfileError(f"{where}: [selectors] must be a table, not {_kind(raw_selectors)}")
    known_selectors = {f.name for f in fields(Selectors)}
    bad = set(raw_selectors) - known_selectors
    if bad:
        raise ProfileError(f"{where}: unknown selector(s) {sorted(bad)}; known: {sorted(known_selectors)}")
    selectors = Selectors(**{k: _strings(where, f"selectors.{k}", v) for k, v in raw_selectors.items()})
    for name in known_selectors:
        for number, query in enumerate(getattr(selectors, name)):
            problem = selector_problem(query)
            if problem:
                raise ProfileError(f"{where}: selectors.{name}[{number}] {query!r}: {problem}")
    template = _template(where, data.get("template", {}))
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise ProfileError(f"{where}: [[rule]] entries must be tables, not {_kind(rules)}")
    _check_rules(where, rules)
    article_url = data.get("article_url")
    if article_url is not None and not isinstance(article_url, str):
        raise ProfileError(
            f"{where}: article_url must be a string (a regular expression), not {_kind(article_url)}"
        )
    try:
        compile_linear(article_url or "")
    except PatternError as exc:
        raise ProfileError(f"{where}: article_url is not a valid regular expression: {exc}") from exc
    for key, types, expected in TYPED:
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, types)):
            raise ProfileError(f"{where}: {key} must be {expected}, not {_kind(value)}")
    for key, parse in (("refresh", parse_duration), ("timezone", zone_named)):
        if data.get(key) is not None:
            try:
                parse(data[key])
            except ValueError as exc:
                raise ProfileError(f"{where}: {key}: {exc}") from exc
    bounds = {key: data.get(key) for key in BOUNDS}
    for key, value in bounds.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            wrong = _kind(value) if isinstance(value, bool) or not isinstance(value, int) else repr(value)
            raise ProfileError(f"{where}: {key} must be a whole number of at least 1, not {wrong}")
    domains = _strings(where, "allowed_domains", data.get("allowed_domains", []))
    for domain in domains:
        try:
            ascii_host(domain)
        except UnicodeError:
            raise ProfileError(f"{where}: allowed_domains: not a host name: {domain!r}") from None
    urls = _strings(where, "start_urls", data.get("start_urls", []))
    sitemaps = _strings(where, "sitemaps", data.get("sitemaps", []))
    allowed = domains or tuple(urlsplit(u).hostname or "" for u in urls)
    for key, values in (("start_urls", urls), ("sitemaps", sitemaps)):
        for url in values:
            host = ascii_host(web_url(url, f"{where}: {key}"))
            if allowed and not on_site(host, allowed):
                # The off-site filter drops it before it is sent, at DEBUG: a crawl of 0 pages
                # that "finished", exit 0, nothing said.
                raise ProfileError(
                    f"{where}: {key}: {url} is outside allowed_domains {list(allowed)}: it would never be fetched"
                )
    return Profile(
        name=site_name,
        start_urls=urls,
        allowed_domains=allowed,
        article_url=article_url,
        sitemaps=sitemaps,
        selectors=selectors,
        template=template,
        rules=tuple(rules),
        path=path,
        refresh=data.get("refresh"),
        timezone=data.get("timezone"),
        **bounds,
    )


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: str | int | float) -> timedelta:
    """A duration from seconds or a string with a unit: ``90``, ``"30m"``, ``"12h"``, ``"7d"``, ``"2w"``.

    >>> parse_duration("12h"), parse_duration(0)
    (datetime.timedelta(seconds=43200), datetime.timedelta(0))
    """
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"not a duration: {value!r} (use seconds or 30m, 12h, 7d, 2w)")
        seconds = float(match[1]) * _UNITS[match[2]]
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative: {value!r}")
    if not seconds <= _LONGEST:  # NaN too; past it, a clock's arithmetic overflows (a traceback)
        raise ValueError(f"too long: {value!r} (at most 100 years, 36500d)")
    return timedelta(seconds=seconds)


_LONGEST = 36500 * 86400.0


def _template(where: str, raw: Any) -> Template:
    """A profile's ``[template]`` table: a list of CSS paths per slot (XPath is refused: the
    paths are compiled once and tried on every page)."""
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: [template] must be a table, not {_kind(raw)}")
    bad = set(raw) - set(SLOTS)
    if bad:
        raise ProfileError(f"{where}: unknown template slot(s) {sorted(bad)}; known: {list(SLOTS)}")
    slots = {slot: _strings(where, f"template.{slot}", paths) for slot, paths in raw.items()}
    for slot, paths in slots.items():
        for number, path in enumerate(paths):
            problem = (
                "a template path is CSS, not XPath"
                if path.startswith(("/", "("))
                else selector_problem(path.removeprefix(ABSENT))
            )
            if problem:
                raise ProfileError(f"{where}: template.{slot}[{number}] {path!r}: {problem}")
    return Template(
        content=slots.get("content", ()),
        title=slots.get("title", ()),
        published=slots.get("published", ()),
        author=slots.get("author", ()),
    )


def selector_problem(query: str) -> str | None:
    """Why a profile selector cannot be used (CSS, or XPath when it starts with / or (), or None.

    >>> selector_problem("div.article-body"), selector_problem("//div[@id='text']")
    (None, None)
    >>> selector_problem("div[[[").split(":")[0]
    'not a valid CSS selector'
    >>> selector_problem("//div[")
    'not a valid XPath expression: Invalid expression'
    """
    from cssselect import SelectorError
    from lxml import etree
    from parsel.csstranslator import HTMLTranslator

    if not query.strip():
        return "an empty selector"
    if query.startswith(("/", "(")):
        try:
            etree.XPath(query)
        except etree.XPathSyntaxError as exc:
            return f"not a valid XPath expression: {exc}"
        return None
    try:
        etree.XPath(HTMLTranslator().css_to_xpath(query))
    except (SelectorError, etree.XPathSyntaxError) as exc:
        return f"not a valid CSS selector: {exc}"
    return None


def _check_rules(where: str, rules: list[dict[str, Any]]) -> None:
    """Each ``[[rule]]`` compiles as the strip stage will compile it (its patterns included)."""
    from fanwen.strip import RuleError, bundled_cues, parse_rule

    cues = bundled_cues() if rules else None  # a rule may name them (cues = [...], ${name})
    for number, raw in enumerate(rules):
        try:
            parse_rule(raw, cues, user=True)
        except RuleError as exc:
            raise ProfileError(f"{where}: rule[{number}]: {exc}") from exc


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    if isinstance(value, list):
        wrong = next(v for v in value if not isinstance(v, str))
        raise ProfileError(
            f"{where}: {key} must be a string or a list of strings, not a list holding {_kind(wrong)}"
        )
    raise ProfileError(f"{where}: {key} must be a string or a list of strings, not {_kind(value)}")


# The scalar keys' TOML types and what the error line says a key takes (the lists, tables and
# bounds are checked where they are read): a value of another type is one line naming the key,
# the type it takes and the type it got, never a profile that loads as something else (name = 5
# was a site named '5').
TYPED: tuple[tuple[str, type | tuple[type, ...], str], ...] = (
    ("refresh", (str, int, float), 'a duration (seconds, or a string such as "7d")'),
    ("timezone", str, "a string (an IANA name such as Asia/Shanghai)"),
)
_TOML_TYPES = (
    (bool, "a boolean"),
    (int, "an integer"),
    (float, "a float"),
    (str, "a string"),
    (list, "an array"),
    (dict, "a table"),
    (datetime, "a date and time"),
    (date, "a date"),
    (time, "a time"),
)


def _kind(value: Any) -> str:
    """A TOML value's type and the value, for an error line (an empty string counts as none).

    >>> _kind(5), _kind(True), _kind(" "), _kind([1])
    ('an integer (5)', 'a boolean (True)', "an empty string (' ')", 'an array ([1])')
    """
    if isinstance(value, str) and not value.strip():
        return f"an empty string ({value!r})"
    kind = next((words for types, words in _TOML_TYPES if isinstance(value, types)), type(value).__name__)
    return f"{kind} ({value!r})"
