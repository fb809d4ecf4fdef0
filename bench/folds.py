"""Site folds for the extraction benchmark: judge a change on sites it was not developed on.

A page's site is its URL's registered domain where the truth gives a URL, else the host most of
the page's absolute links point to (zh-articles has no URLs). Folds are a hash of the site, so a
site's pages always share one fold and adding pages never moves a site.

- ``holdout``: zh-modern sites with ``sha1(site) % 5 == 0`` (7 of its 26 pages). Set aside on
  2026-12-01 before any of them was opened; scored only at the end of a round, reported apart.
- ``a``, ``b``, ``c``: every other page, by ``sha1(site) % 3``. Develop on two, judge on the third.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from urllib.parse import urlsplit

FOLDS = ("a", "b", "c", "holdout")
_HREF = re.compile(r"""href\s*=\s*["']?https?://([^/"'\s>:]+)""", re.I)
_SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "ac"}


def registered_domain(host: str) -> str:
    """``news.sina.com.cn`` → ``sina.com.cn``; ``pl.ifeng.com`` → ``ifeng.com``.

    >>> registered_domain("news.sina.com.cn"), registered_domain("pl.ifeng.com")
    ('sina.com.cn', 'ifeng.com')
    """
    parts = host.lower().strip(".").split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def site_of(url: str | None, html: str) -> str:
    if url:
        return registered_domain(urlsplit(url).hostname or "")
    hosts = Counter(registered_domain(h) for h in _HREF.findall(html))
    return hosts.most_common(1)[0][0] if hosts else "unknown"


def fold_of(set_name: str, site: str) -> str:
    n = int(hashlib.sha1(site.encode()).hexdigest(), 16)
    if set_name == "zh-modern" and n % 5 == 0:
        return "holdout"
    return "abc"[n % 3]
