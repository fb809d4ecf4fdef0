"""The crawl's page path without Scrapy: decode, extract, strip and section a saved page."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

from parsel import Selector
from w3lib.encoding import read_bom

from fanwen.extract.encoding import EncodingError, cap, decode_html
from fanwen.extract.page import extract_article
from fanwen.items import Article
from fanwen.pipelines.strip import clean_article
from fanwen.profiles import Profile
from fanwen.sections import split_sections
from fanwen.strip import Rule


class PageError(ValueError):
    """A saved page that cannot be read or decoded; the message says which and why."""


# Bytes that start a file which is certainly not an HTML page.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
)


def is_binary(body: bytes) -> bool:
    """Whether bytes are a known binary format or hold NUL bytes without a UTF-16/32 BOM.

    >>> is_binary(b"\\x89PNG\\r\\n"), is_binary("<p>中</p>".encode("utf-16")), is_binary(b"<p>x</p>")
    (True, False, False)
    """
    if body.lstrip()[:8].startswith(_BINARY_MAGIC):
        return True
    return b"\x00" in body[:1024] and not read_bom(body)[0]


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
    article = extract_article(Selector(text=html), url, profile)
    clean_article(article, rules)
    article.sections = split_sections(article.blocks)
    return article


def read_page(path: Path) -> bytes:
    """The bytes of a saved page, gunzipped when it ends in ``.gz``; raises PageError."""
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise PageError(exc.strerror or str(exc)) from exc
    if path.suffix == ".gz":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise PageError(f"not a valid gzip file: {exc}") from exc
    return body


def process_file(
    path: Path, rules: Sequence[Rule], url: str | None = None, encoding: str | None = None
) -> Article:
    """A saved page (``.gz`` too) through the crawl's page path; raises PageError or NotAnArticle."""
    body = read_page(path)
    if not body.strip():
        raise PageError("empty file")
    body, capped = cap(body)
    article = process_html(decode(body, encoding), url, rules)
    # A capped page gives the start of its article: flagged like any incomplete article.
    article.truncated = article.truncated or capped
    return article
