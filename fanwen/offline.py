"""Saved pages through the one page path (:mod:`fanwen.pagepath`), with errors as exceptions."""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from fanwen.extract.encoding import EncodingError, decode_html
from fanwen.extract.page import NotAnArticle
from fanwen.items import Article
from fanwen.pagepath import Page, PageOptions, is_binary, read_html, read_page
from fanwen.profiles import Profile
from fanwen.strip import Rule

__all__ = ["PageError", "decode", "is_binary", "process_file", "process_html", "read_file", "read_page_file"]


class PageError(ValueError):
    """A saved page that cannot be read or decoded; the message says which and why."""


def decode(body: bytes, encoding: str | None = None, header: str | None = None) -> str:
    """HTML bytes as text: ``encoding`` if given, else BOM, header, ``<meta charset>`` checked by detection.

    >>> decode("<p>工作总结</p>".encode("gbk"))
    '<p>工作总结</p>'
    >>> decode(b"%PDF-1.4 ...")
    Traceback (most recent call last):
    fanwen.offline.PageError: not HTML: the bytes look like a binary file
    """
    if is_binary(body):
        raise PageError("not HTML: the bytes look like a binary file")
    try:
        return decode_html(body, header=header, given=encoding).text
    except EncodingError as exc:
        raise PageError(str(exc)) from exc


def process_html(
    html: str, url: str | None, rules: Sequence[Rule], profile: Profile | None = None
) -> Article:
    """Extract the article from ``html`` and run strip and sections on it, as the pipelines do."""
    return _article(read_html(html, url, PageOptions(profile, tuple(rules))))


# A host name with a dot and a top-level name, or a port, then a path: www.example.cn/a/1.html,
# 127.0.0.1:8000/a.html; not saved/page.html nor page.html.
_ADDRESS = re.compile(r"^(?:[\w-]+\.)+(?:[a-zA-Z]{2,}|\d+)(?::\d+)?/\S*$|^[\w.-]+:\d+/\S*$")


def read_file(path: Path) -> bytes:
    """The bytes of a saved page, gunzipped when it ends in ``.gz``; ``-`` is standard input (a
    page piped in: ``curl -s URL | fanwen extract -``); raises PageError."""
    if str(path) == "-":
        if sys.stdin.isatty():  # it would wait for a page typed in
            raise PageError(
                "standard input is a terminal: pipe a page into it (curl -s URL | fanwen extract -)"
            )
        return sys.stdin.buffer.read()
    try:
        body = path.read_bytes()
    except FileNotFoundError as exc:
        given = str(path)
        # A page's address typed without http:// (www.example.cn/a/1.html): say how to give it.
        hint = f"; to read a page from the web, give its URL: http://{given}" if _ADDRESS.match(given) else ""
        raise PageError(f"{exc.strerror or exc}{hint}") from exc
    except OSError as exc:
        raise PageError(exc.strerror or str(exc)) from exc
    if path.suffix == ".gz":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise PageError(f"not a valid gzip file: {exc}") from exc
    return body


def read_page_file(path: Path, options: PageOptions, url: str | None = None) -> Page:
    """A saved page (``.gz`` too) through the page path; raises PageError or NotAnArticle."""
    body = read_file(path)
    if not body.strip():
        raise PageError("empty file")
    page = read_page(body, url, options)
    _article(page)
    return page


def process_file(
    path: Path,
    rules: Sequence[Rule],
    url: str | None = None,
    encoding: str | None = None,
    profile: Profile | None = None,
) -> Article:
    """A saved page (``.gz`` too) through the crawl's page path; raises PageError or NotAnArticle."""
    return _article(read_page_file(path, PageOptions(profile, tuple(rules), encoding), url))


def _article(page: Page) -> Article:
    if page.problem == "undecodable":
        raise PageError(page.message)
    if page.article is None:
        # The reason the page path counted (not_article/<reason>) goes out with the message.
        reason = next((o.split("/", 1)[1] for o in page.outcomes if o.startswith("not_article/")), "no_text")
        raise NotAnArticle(page.message, reason)
    if not page.article.blocks:  # the strip stage removed every block: the crawl drops it too
        raise NotAnArticle(f"nothing left after stripping: {page.article.url}", "stripped")
    return page.article
