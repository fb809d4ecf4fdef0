"""Kept pages: every article page as the site sent it, compressed in the database.

Each page of a new or changed article is a ``kept_pages`` row: the final URL, the fetch time,
the status, the response headers (JSON) and the body compressed with zstd, with a dictionary
trained on the site's own pages (``page_dicts``). A site's pages share their template (head,
menus, footer) and much of their vocabulary; a dictionary trained on the first
:data:`TRAINING_PAGES` of them lets every later page be compressed as if the others were
beside it. On the benchmark site of real shape (85 % of the bytes unique article text) that
is 29 % of the raw HTML where a WARC file, gzip member per record, takes 42 % (docs/archive.md).
The pages before a site has a dictionary are compressed without one.

The rows are written in the article's own transaction, so a page is kept exactly when its
article is stored; a dictionary row is written at the batch's commit (:meth:`PageArchive.flush`)
with the pages that use it, never in an article's savepoint that could be rolled back alone.

WARC, the archiving field's format, is what leaves the database: ``fanwen export --format
warc`` writes the kept pages as WARC response records with warcio (:class:`WarcOut`), which
WARC tools read (``warcio index``, ``warcio check``, pywb).

``fanwen reprocess`` (:mod:`fanwen.reprocess`) and the learned-boilerplate re-check at the end
of a crawl read the pages back with :func:`read_pages`.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import Connection, Dialect, delete, select

from fanwen.db.engine import DriverStatement, StorageError, upsert
from fanwen.db.tables import kept_pages_table as _kept
from fanwen.db.tables import page_dicts_table as _dicts
from fanwen.db.tables import utcnow
from fanwen.items import FetchedPage

try:  # Python 3.14's compression.zstd, else its backport (a dependency of Scrapy's too)
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    from backports import zstd  # type: ignore[import-not-found,no-redef]

TRAINING_PAGES = 64  # a site's pages kept before its dictionary is trained on them
DICT_SIZE = 112 * 1024
# zstd level. 2 (session 24): zstd's fast strategy, one hash table of 256 kB where level 3's
# double-fast has 768 kB, cold after each article's SQL: 0.08-0.10 ms of the store's CPU an article
# where level 3 took 0.11-0.16, for 28.6 % of the raw HTML kept instead of 27.0 % (2,000 real-shape
# articles; docs/performance.md). Level 10 keeps 26 % at about twice level 3's CPU. Pages kept at
# any level read back the same.
LEVEL = 2
# Headers that describe the transfer, not the body kept (Scrapy decoded it).
_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass
class _Site:
    """A site's dictionary (its key, once trained) and the pages it will be trained on."""

    key: str | None = None
    dictionary: Any = None
    samples: list[bytes] = field(default_factory=list)
    _compressor: Any = field(default=None, repr=False)

    @property
    def compressor(self) -> Any:
        """The compressor of the site's pages, made once for each dictionary and reused: each
        page is one whole frame, the same bytes ``zstd.compress`` gives, without making a
        compressor per page. It holds the dictionary as zstd loads it once for every page it
        compresses (``as_digested_dict``): passed as a plain ``ZstdDict``, every page loaded
        the 112 kB dictionary again, 0.9 against 0.13 ms of CPU per 12 kB page
        (docs/performance.md)."""
        if self._compressor is None:
            digested = None if self.dictionary is None else self.dictionary.as_digested_dict
            self._compressor = zstd.ZstdCompressor(level=LEVEL, zstd_dict=digested)
        return self._compressor

    def compress(self, body: bytes) -> bytes:
        return self.compressor.compress(body, mode=zstd.ZstdCompressor.FLUSH_FRAME)  # type: ignore[no-any-return]


_COLUMNS_WRITTEN = (
    "article_id",
    "page",
    "url",
    "status",
    "headers",
    "fetched_at",
    "size",
    "dict_key",
    "body",
)


def _insert_statement(dialect: Dialect) -> DriverStatement:
    """The kept pages' insert, run on the driver (:class:`fanwen.db.engine.DriverStatement`): a
    statement per article, with SQLAlchemy's per-call work it cost more than SQLite's own."""
    return DriverStatement.of(_kept.insert(), dialect, _COLUMNS_WRITTEN, _kept)


class PageArchive:
    """Keeps articles' pages in ``kept_pages`` (see the module docstring). One per store."""

    def __init__(self, training_pages: int = TRAINING_PAGES, dict_size: int = DICT_SIZE) -> None:
        self.training_pages = training_pages
        self.dict_size = dict_size
        self.bytes_kept = 0  # compressed bytes written
        self.bytes_raw = 0  # the bodies' own bytes
        self._sites: dict[str, _Site] = {}
        self._unsaved: dict[str, tuple[str, bytes]] = {}  # dictionaries trained since the last commit

    def _site(self, connection: Connection, site: str) -> _Site:
        known = self._sites.get(site)
        if known is None:
            row = connection.execute(
                select(_dicts.c.key, _dicts.c.data)
                .where(_dicts.c.site == site)
                .order_by(_dicts.c.created.desc())
                .limit(1)
            ).first()
            known = _Site()
            if row is not None:
                known.key, known.dictionary = row.key, zstd.ZstdDict(row.data)
            self._sites[site] = known
        return known

    def keep(
        self,
        connection: Connection,
        article_id: int,
        site: str,
        pages: Sequence[FetchedPage],
        *,
        replace: bool = True,
    ) -> None:
        """Replace the article's kept pages with ``pages``, in the caller's transaction.

        ``replace=False``: the article was just inserted, so it has no kept pages to delete
        (their rows go with their article: ``ON DELETE CASCADE``)."""
        state = self._site(connection, site)
        rows = []
        for number, page in enumerate(pages, start=1):
            if state.key is None:
                state.samples.append(page.body)
                if len(state.samples) >= self.training_pages:
                    self._train(site, state)
            body = state.compress(page.body)
            self.bytes_kept += len(body)
            self.bytes_raw += len(page.body)
            headers = [[n, v] for n, v in page.headers if n.lower() not in _TRANSFER_HEADERS]
            rows.append(
                (
                    article_id,
                    number,
                    page.url,
                    page.status,
                    json.dumps(headers, ensure_ascii=False),
                    page.fetched_at,
                    len(page.body),
                    state.key,
                    body,
                )
            )
        if replace:
            connection.execute(delete(_kept).where(_kept.c.article_id == article_id))
        DriverStatement.cached(_insert_statement, connection.dialect).execute(connection, rows)

    def _train(self, site: str, state: _Site) -> None:
        try:
            trained = zstd.train_dict(state.samples, self.dict_size)
        except zstd.ZstdError:  # too little to learn from (tiny pages): keep compressing without
            state.samples = []
            return
        data = trained.dict_content
        state.key = hashlib.sha256(data).hexdigest()[:16]
        state.dictionary = zstd.ZstdDict(data)
        state.samples = []
        state._compressor = None  # the next page is compressed with the dictionary
        self._unsaved[state.key] = (site, data)

    def flush(self, connection: Connection) -> None:
        """Write the dictionaries trained since the last commit, in the batch's transaction."""
        if not self._unsaved:
            return
        statement = upsert(_dicts, connection.dialect.name).on_conflict_do_nothing(index_elements=["key"])
        connection.execute(
            statement,
            [
                {"key": key, "site": site, "data": data, "created": utcnow()}
                for key, (site, data) in self._unsaved.items()
            ],
        )
        self._unsaved = {}

    def rollback(self) -> None:
        """The batch was rolled back: forget the dictionaries it would have written."""
        for key, (site, _) in self._unsaved.items():
            if self._sites.get(site) is not None and self._sites[site].key == key:
                del self._sites[site]
        self._unsaved = {}


class _Dictionaries:
    """Dictionaries by key, read once each."""

    def __init__(self) -> None:
        self.cache: dict[str, Any] = {}

    def get(self, connection: Connection, key: str | None) -> Any:
        if key is None:
            return None
        if key not in self.cache:
            data = connection.execute(select(_dicts.c.data).where(_dicts.c.key == key)).scalar()
            if data is None:
                raise StorageError(f"kept pages: dictionary {key} is missing")
            self.cache[key] = zstd.ZstdDict(data)
        return self.cache[key]


def _page(connection: Connection, row: Any, dictionaries: _Dictionaries) -> FetchedPage:
    try:
        body = zstd.decompress(row.body, zstd_dict=dictionaries.get(connection, row.dict_key))
    except zstd.ZstdError as error:
        raise StorageError(f"kept page {row.url}: cannot be decompressed: {error}") from error
    headers = tuple((str(n), str(v)) for n, v in json.loads(row.headers))
    return FetchedPage(row.url, row.status, headers, body, row.fetched_at)


_COLUMNS = (_kept.c.url, _kept.c.status, _kept.c.headers, _kept.c.fetched_at, _kept.c.dict_key, _kept.c.body)


def read_pages(connection: Connection, article_id: int) -> list[FetchedPage]:
    """An article's kept pages, in order ([] when none were kept); StorageError when damaged."""
    rows = connection.execute(
        select(*_COLUMNS).where(_kept.c.article_id == article_id).order_by(_kept.c.page)
    )
    dictionaries = _Dictionaries()
    return [_page(connection, row, dictionaries) for row in rows.all()]


class PageReading:
    """Reads the kept pages of many articles, a window at a time, each site's dictionary read
    once for all of them (``fanwen reprocess``)."""

    def __init__(self) -> None:
        self._dictionaries = _Dictionaries()

    def read(self, connection: Connection, article_ids: Sequence[int]) -> dict[int, list[FetchedPage] | None]:
        """The kept pages of each of ``article_ids``, in order, with one query: [] when none
        were kept, None when they cannot be read (damaged, their dictionary missing)."""
        rows = connection.execute(
            select(_kept.c.article_id, *_COLUMNS)
            .where(_kept.c.article_id.in_(article_ids))
            .order_by(_kept.c.article_id, _kept.c.page)
        ).all()
        found: dict[int, list[FetchedPage] | None] = {article_id: [] for article_id in article_ids}
        for row in rows:
            pages = found[row.article_id]
            if pages is None:
                continue
            try:
                pages.append(_page(connection, row, self._dictionaries))
            except StorageError:
                found[row.article_id] = None
        return found


class WarcOut:
    """Writes pages as gzip WARC ``response`` records (one gzip member each) with warcio, after
    a ``warcinfo`` record: what ``fanwen export --format warc`` writes."""

    def __init__(self, out: IO[bytes]) -> None:
        from warcio.warcwriter import WARCWriter

        self.writer = WARCWriter(out, gzip=True)
        self.writer.write_record(
            self.writer.create_warcinfo_record("fanwen-export.warc.gz", {"software": "fanwen"})
        )

    def write(self, page: FetchedPage) -> None:
        from http import HTTPStatus

        from warcio.statusandheaders import StatusAndHeaders
        from warcio.timeutils import datetime_to_iso_date

        try:
            reason = HTTPStatus(page.status).phrase
        except ValueError:
            reason = "Unknown"
        headers = [*page.headers, ("Content-Length", str(len(page.body)))]
        http = StatusAndHeaders(f"{page.status} {reason}", headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            page.url,
            "response",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": datetime_to_iso_date(page.fetched_at)},
        )
        self.writer.write_record(record)
