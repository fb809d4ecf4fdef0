"""Every ``FANWEN_*`` setting checked before a crawl starts: a bad value is an error, never a stage
switched off (``NotConfigured`` means off on purpose, through a ``*_ENABLED`` setting).

The spider checks them when it is created (``scrapy crawl``, scrapyd, ``fanwen crawl``), and
``fanwen crawl`` before anything is opened, so a typo in ``-s`` is one line and exit code 2.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from fanwen.profiles import parse_duration


class SettingError(ValueError):
    """A ``FANWEN_*`` setting with a value fanwen cannot use: ``NAME: problem``."""


def _number(kind: type, low: float | None = None, high: float | None = None) -> Callable[[Any], None]:
    words = {int: "a whole number", float: "a number"}[kind]
    bounds = (
        f" from {low:g} to {high:g}"
        if low is not None and high is not None
        else (f" of at least {low:g}" if low is not None else "")
    )

    def check(value: Any) -> None:
        try:
            number = kind(value)
        except (TypeError, ValueError):
            raise SettingError(f"must be {words}{bounds}, not {value!r}") from None
        # Asked as "within", not "not outside": NaN is neither below nor above a bound.
        if not ((low is None or number >= low) and (high is None or number <= high)):
            raise SettingError(f"must be {words}{bounds}, not {value!r}")

    return check


def _flag(value: Any) -> None:
    if isinstance(value, bool) or value in (0, 1):
        return
    if isinstance(value, str) and value in ("0", "1", "True", "true", "False", "false"):
        return
    raise SettingError(f"must be True or False (1 or 0), not {value!r}")


def _duration(value: Any) -> None:
    try:
        parse_duration(value)
    except (TypeError, ValueError) as exc:
        raise SettingError(str(exc)) from None


def _text_or_none(value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise SettingError(f"must be a file path or a database URL, not {value!r}")


def _key_prefix(value: Any) -> None:
    if not isinstance(value, str) or not value or any(c.isspace() or c == ":" for c in value):
        raise SettingError(f"must be a word without spaces or colons, not {value!r}")


def _zone(value: Any) -> None:
    from fanwen.extract.processors import zone_named

    try:
        zone_named(value)
    except ValueError as exc:
        raise SettingError(str(exc)) from None


def _workers(value: Any) -> None:
    from fanwen.spiders.reader import worker_count

    try:
        worker_count(value)
    except ValueError as exc:
        raise SettingError(str(exc).removeprefix("FANWEN_WORKERS ")) from None


# Every FANWEN_* setting and its check; a test holds this to fanwen/settings.py and docs/settings.md.
CHECKS: dict[str, Callable[[Any], None]] = {
    "FANWEN_DB": _text_or_none,
    "FANWEN_STORE_ENABLED": _flag,
    "FANWEN_STORE_BATCH_SIZE": _number(int, 1),
    "FANWEN_STORE_BATCH_SECONDS": _number(float, 0.1),
    "FANWEN_KEEP_PAGES": _flag,
    "FANWEN_STRIP_ENABLED": _flag,
    "FANWEN_BOILERPLATE_ENABLED": _flag,
    "FANWEN_BOILERPLATE_THRESHOLD": _number(int, 2),
    "FANWEN_BOILERPLATE_MIN_SHARE": _number(float, 0, 1),
    "FANWEN_VALIDATE_MIN_CHARS": _number(int, 0),
    "FANWEN_TEMPLATE_ENABLED": _flag,
    "FANWEN_INCREMENTAL_ENABLED": _flag,
    "FANWEN_REFRESH_INTERVAL": _duration,
    "FANWEN_STOP_PAGING_KNOWN": _number(float, 0, 1),
    "FANWEN_LOCK_WAIT": _number(float, 0),
    "FANWEN_WORKERS": _workers,
    "FANWEN_GC_FREEZE_ENABLED": _flag,
    "FANWEN_QUEUE": _text_or_none,
    "FANWEN_QUEUE_PREFIX": _key_prefix,
    "FANWEN_IDLE": _number(float, 0),
    "FANWEN_MAX_PAGES": _number(int, 0),
    "FANWEN_MAX_LISTING_PAGES": _number(int, 1),
    "FANWEN_MAX_LINKS_PER_PAGE": _number(int, 1),
    "FANWEN_MAX_DEPTH": _number(int, 1),
    "FANWEN_TIMEZONE": _zone,
}


# Scrapy settings with a whole-number default that Scrapy reads with getfloat (seconds): a
# negative one fails in the reactor (an AssertionError on every request, a CRITICAL traceback).
_READ_AS_FLOAT = frozenset({"CLOSESPIDER_TIMEOUT", "DNS_TIMEOUT", "DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT"})
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")  # what Scrapy's log handler takes


def _scrapy_low(name: str) -> int | None:
    """The least value a numeric Scrapy setting takes, by the kind of number its name says it is:
    a number of things done at once (``CONCURRENT_*``, ``*_CONCURRENCY``, a pool's size) at least
    1, for 0 does nothing (``CONCURRENT_REQUESTS_PER_DOMAIN=0`` hung the crawl, past SIGTERM;
    ``CONCURRENT_ITEMS=0`` stored nothing); a priority any whole number (``DEPTH_PRIORITY=-1``:
    breadth first); every other one (a count, a size, a limit, seconds) at least 0, Scrapy's
    "none" or "no limit".

    >>> _scrapy_low("CONCURRENT_REQUESTS"), _scrapy_low("RETRY_PRIORITY_ADJUST"), _scrapy_low("RETRY_TIMES")
    (1, None, 0)
    """
    if "PRIORITY" in name:
        return None
    if name.startswith("CONCURRENT_") or name.endswith(("_CONCURRENCY", "THREADPOOL_MAXSIZE")):
        return 1
    return 0


def _check_scrapy_setting(name: str, value: Any) -> None:
    """A Scrapy setting given as text (``-s NAME=VALUE``) must read as the type of its default,
    as Scrapy will read it: else the crawl fails with a traceback once it has begun.

    >>> _check_scrapy_setting("DOWNLOAD_DELAY", "1.5"); _check_scrapy_setting("LOG_LEVEL", "INFO")
    >>> _check_scrapy_setting("ROBOTSTXT_OBEY", "perhaps")
    Traceback (most recent call last):
    fanwen.config.SettingError: ROBOTSTXT_OBEY: must be True or False (or 1, 0), not 'perhaps'
    >>> _check_scrapy_setting("DOWNLOAD_TIMEOUT", "-5")
    Traceback (most recent call last):
    fanwen.config.SettingError: DOWNLOAD_TIMEOUT: must be a number of seconds of at least 0, not '-5'
    >>> _check_scrapy_setting("LOG_LEVEL", "LOUD")
    Traceback (most recent call last):
    fanwen.config.SettingError: LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'
    """
    if not isinstance(value, str):
        return  # set in Python (fanwen.settings, a test): Scrapy's own types
    if name == "LOG_LEVEL":  # else a traceback from Scrapy's log setup (fanwen crawl upper-cases it)
        if value.strip().upper() not in LOG_LEVELS:
            raise SettingError(f"{name}: must be one of {', '.join(LOG_LEVELS)}, not {value!r}")
        return
    if name == "LOG_FILE" and value:  # the same traceback, where its file cannot be opened
        _check_log_file(name, value)
        return
    from scrapy.settings import default_settings

    default = getattr(default_settings, name, None)
    # A switch Scrapy reads with getbool whatever its default's type (TELNETCONSOLE_ENABLED = 1).
    if isinstance(default, bool) or name.endswith("_ENABLED"):
        if value.strip().lower() not in {"true", "false", "1", "0"}:
            raise SettingError(f"{name}: must be True or False (or 1, 0), not {value!r}")
    elif isinstance(default, int | float):
        whole = isinstance(default, int) and name not in _READ_AS_FLOAT
        words = "a whole number" if whole else "a number"
        try:
            number = (int if whole else float)(value)
        except ValueError:
            raise SettingError(f"{name}: must be {words}, not {value!r}") from None
        low = _scrapy_low(name)
        if name in _READ_AS_FLOAT:
            words, low = "a number of seconds", 0
        if low == 1 and not whole:  # a float concurrency: a share of one request is fine
            if not number > 0:
                raise SettingError(f"{name}: must be {words} above 0, not {value!r}")
        elif low is not None and not number >= low:  # not NaN either
            raise SettingError(f"{name}: must be {words} of at least {low}, not {value!r}")


def _check_log_file(name: str, value: str) -> None:
    """A log file goes in a directory that exists and is one itself (Scrapy's log setup opens
    it with a traceback otherwise, once the crawl has begun).

    >>> _check_log_file("LOG_FILE", "/nowhere/crawl.log")
    Traceback (most recent call last):
    fanwen.config.SettingError: LOG_FILE: cannot write the log to /nowhere/crawl.log: no such directory
    """
    import os
    from pathlib import Path

    path = Path(value).expanduser()
    if path.is_dir():
        raise SettingError(f"{name}: cannot write the log to {value}: a directory, not a file")
    place = path.parent
    if not place.is_dir():
        raise SettingError(f"{name}: cannot write the log to {value}: no such directory")
    if not os.access(place if not path.exists() else path, os.W_OK):
        raise SettingError(f"{name}: cannot write the log to {value}: permission denied")


# The settings scrapy-redis reads (fanwen crawl --queue): none of them is in Scrapy's defaults.
_SCRAPY_REDIS = frozenset(
    [
        "DUPEFILTER_KEY",
        "REDIS_CLS",
        "REDIS_DB",
        "REDIS_DECODE_RESPONSES",
        "REDIS_ENCODING",
        "REDIS_HOST",
        "REDIS_ITEMS_KEY",
        "REDIS_ITEMS_SERIALIZER",
        "REDIS_PARAMS",
        "REDIS_PORT",
        "REDIS_START_URLS_AS_SET",
        "REDIS_START_URLS_AS_ZSET",
        "REDIS_START_URLS_KEY",
        "REDIS_URL",
        "SCHEDULER_DUPEFILTER_CLASS",
        "SCHEDULER_DUPEFILTER_KEY",
        "SCHEDULER_FLUSH_ON_START",
        "SCHEDULER_IDLE_BEFORE_CLOSE",
        "SCHEDULER_PERSIST",
        "SCHEDULER_QUEUE_CLASS",
        "SCHEDULER_QUEUE_KEY",
        "SCHEDULER_SERIALIZER",
        "STATS_KEY",
    ]
)


def check_setting_names(names: Iterable[str]) -> list[str]:
    """The names given with ``-s``: one a slip away from a setting Scrapy, scrapy-redis or fanwen
    reads (a typo, else the crawl runs without it) is a :class:`SettingError` naming the known one;
    one far from all of them may be an extension's own, so it is passed on, and a warning returned.

    >>> check_setting_names(["DOWNLOAD_DELAY", "REDIS_URL", "FANWEN_WORKERS"])
    []
    >>> check_setting_names(["DOWNLOAD_DELAYS"])
    Traceback (most recent call last):
    fanwen.config.SettingError: DOWNLOAD_DELAYS: not a setting Scrapy or fanwen reads; did you mean DOWNLOAD_DELAY?
    >>> check_setting_names(["MYEXT_ENDPOINT"])
    ['MYEXT_ENDPOINT: not a setting Scrapy, scrapy-redis or fanwen reads; passed on as given (an extension may read it)']
    """
    from difflib import get_close_matches

    from scrapy.settings import default_settings

    import fanwen.settings

    known = {n for module in (default_settings, fanwen.settings) for n in dir(module) if n.isupper()}
    known |= CHECKS.keys() | _SCRAPY_REDIS
    warnings = []
    for name in names:
        if name in known or name.startswith("FANWEN_"):  # FANWEN_*: check_settings names a typo
            continue
        near = get_close_matches(name, known, 1, 0.85)
        if near:
            raise SettingError(f"{name}: not a setting Scrapy or fanwen reads; did you mean {near[0]}?")
        warnings.append(
            f"{name}: not a setting Scrapy, scrapy-redis or fanwen reads; passed on as given (an extension may read it)"
        )
    return warnings


def check_settings(settings: Mapping[str, Any]) -> None:
    """Raise :class:`SettingError` for the first ``FANWEN_*`` setting that is unknown or bad, or
    the first Scrapy setting given as text that does not read as its default's type.

    >>> check_settings({"FANWEN_STORE_BATCH_SIZE": "50", "FANWEN_BOILERPLATE_MIN_SHARE": 0.3})
    >>> check_settings({"FANWEN_STORE_BATCH_SIZE": "0"})
    Traceback (most recent call last):
    fanwen.config.SettingError: FANWEN_STORE_BATCH_SIZE: must be a whole number of at least 1, not '0'
    >>> check_settings({"FANWEN_" + "STORE_BATCHSIZE": 10})  # a typo
    Traceback (most recent call last):
    fanwen.config.SettingError: FANWEN_STORE_BATCHSIZE: not a fanwen setting (docs/settings.md lists them)
    """
    for name in settings:
        if not str(name).startswith("FANWEN_"):
            _check_scrapy_setting(str(name), settings[name])
            continue
        check = CHECKS.get(name)
        if check is None:
            raise SettingError(f"{name}: not a fanwen setting (docs/settings.md lists them)")
        try:
            check(settings[name])
        except SettingError as exc:
            raise SettingError(f"{name}: {exc}") from None
