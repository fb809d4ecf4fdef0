"""The crawl's page path without Scrapy: decode, extract, strip and section a saved page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from parsel import Selector
from w3lib.encoding import html_to_unicode

from fanwen.extract.page import extract_article
from fanwen.items import Article
from fanwen.pipelines.strip import clean_article
from fanwen.profiles import Profile
from fanwen.sections import split_sections
from fanwen.strip import Rule


class PageError(ValueError):
    """A saved page that cannot be read or decoded; the message says which and why."""


def decode(body: bytes, encoding: str | None = None) -> str:
    """HTML bytes as text: the given encoding, else BOM, ``<meta charset>``, then detection."""
    if encoding:
        try:
            return body.decode(encoding)
        except LookupError as exc:
            raise PageError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise PageError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from exc
    _, text = html_to_unicode(None, body)
    return text


def process_html(
    html: str, url: str | None, rules: Sequence[Rule], profile: Profile | None = None
) -> Article:
    """Extract the article from ``html`` and run strip and sections on it, as the pipelines do."""
    article = extract_article(Selector(text=html), url, profile)
    clean_article(article, rules)
    article.sections = split_sections(article.blocks)
    return article


def process_file(
    path: Path, rules: Sequence[Rule], url: str | None = None, encoding: str | None = None
) -> Article:
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise PageError(exc.strerror or str(exc)) from exc
    if path.suffix == ".gz":
        import gzip

        try:
            body = gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise PageError(f"not a valid gzip file: {exc}") from exc
    if not body.strip():
        raise PageError("empty file")
    return process_html(decode(body, encoding), url, rules)
