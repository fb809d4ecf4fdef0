"""PostgreSQL's side of the search index: the same character bigrams as SQLite's FTS5 index, in a
``tsvector`` with a GIN index, ranked by ``ts_rank_cd``.

The tokens are :func:`fanwen.db.fulltext.bigrams` (SQLite's index has single characters since
migration 0014; PostgreSQL keeps the bigrams: see :mod:`fanwen.db.fulltext`), written out in Python as a ``tsvector`` literal
with their positions (``'推进':1C '进区':2C ...``) and cast, never parsed by a text search
configuration: PostgreSQL's parser would make a whole run of Chinese one word (or nothing, in a
database whose locale does not know the characters). A query term becomes a phrase of its bigrams
joined by ``<->`` (adjacent positions), so it matches exactly where the substring occurs, as on
SQLite; one character is a prefix query (``'区':*``). Title, heading and text carry the weights
A, B and C (10, 4 and 1, as SQLite's bm25 weights).

One row per section (``doc`` = the section id) and one per article title (``doc`` = minus the
article id), as in SQLite's ``search_index``. Why not ``pg_trgm``: see docs/query.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Float, Integer, TextualSelect, text

from fanwen.db.fulltext import INDEX, WEIGHTS, Query, bigram_phrase, bigrams

# ts_rank_cd's length normalisation: 1 divides by 1 + log(length), so a title (a few tokens,
# weight A) ranks above a long section that repeats the term, as bm25 ranks them on SQLite.
NORMALIZATION = 1
MAX_POSITION = 16383  # PostgreSQL keeps positions up to this; later ones count as this one

CREATE = (
    f"CREATE TABLE {INDEX} (doc BIGINT PRIMARY KEY, article_id INTEGER NOT NULL, tsv TSVECTOR NOT NULL)",
    f"CREATE INDEX ix_{INDEX}_tsv ON {INDEX} USING GIN (tsv)",
    f"CREATE INDEX ix_{INDEX}_article_id ON {INDEX} (article_id)",
)
DROP = (f"DROP TABLE IF EXISTS {INDEX}",)


def tsvector(*fields: tuple[str | None, str]) -> str:
    """A ``tsvector`` literal of ``(value, weight)`` fields; a gap of one position between fields
    keeps a phrase from running across them.

    >>> tsvector(("区域协调", "B"), ("5G网络", "C"))
    "'区域':1B '域协':2B '协调':3B '调':4B '5g':6C '网络':7C '络':8C"
    """
    out: list[str] = []
    position = 1
    for value, weight in fields:
        for token in bigrams(value):
            out.append(f"'{token}':{min(position, MAX_POSITION)}{weight}")
            position += 1
        position += 1
    return " ".join(out)


def _phrase(term: str) -> str | None:
    """
    >>> _phrase("区域协调"), _phrase("区"), _phrase("网络5g")
    ("'区域' <-> '域协' <-> '协调'", "'区':*", "'网络' <-> '络' <-> '5g':*")
    """
    found = bigram_phrase(term)
    if found is None:
        return None
    words, prefix = found
    quoted = [f"'{w}'" for w in words]
    if prefix:
        quoted[-1] += ":*"
    return " <-> ".join(quoted)


def tsquery(query: Query) -> str | None:
    """The ``tsquery`` of a parsed query (None if it has nothing the index can look up).

    >>> tsquery(Query.parse('区域 "5G 网络" -高考'))
    "'区域' & '5g' <-> '网络' & !( '高考' )"
    """
    if not query.indexable:
        return None
    expression = " & ".join(_phrase(t) or "" for t in query.terms)
    for term in query.excluded:
        phrase = _phrase(term)
        if phrase:
            expression += f" & !( {phrase} )"
    return expression


def available(connection: Connection) -> bool:
    return connection.exec_driver_sql(f"SELECT to_regclass('{INDEX}') IS NOT NULL").scalar() is True


def hits_clause(query: str, limit: int | None = None) -> TextualSelect:
    """``SELECT doc, score`` of the rows matching the ``tsquery``, best first (lower is better)."""
    title, heading, body = (w / max(WEIGHTS) for w in WEIGHTS)  # ts_rank_cd takes weights up to 1
    weights = f"{{0, {body}, {heading}, {title}}}"  # its order: D, C, B, A
    sql = (
        f"SELECT doc, -ts_rank_cd('{weights}', tsv, CAST(:tsquery AS tsquery), {NORMALIZATION}) AS score "
        f"FROM {INDEX} WHERE tsv @@ CAST(:tsquery AS tsquery)"
    )
    params: dict[str, object] = {"tsquery": query}
    if limit is not None:
        sql += " ORDER BY score LIMIT :fts_limit"
        params["fts_limit"] = limit
    return text(sql).bindparams(**params).columns(doc=Integer, score=Float)


def rows(
    article_id: int, title: str | None, sections: Iterable[tuple[int, str | None, str]]
) -> list[dict[str, object]]:
    """The index rows of an article: its title (``doc`` minus the article's id), then each
    section ``(id, heading, text)``."""
    out: list[dict[str, object]] = [
        {"doc": -article_id, "article_id": article_id, "tsv": tsvector((title, "A"))}
    ]
    out.extend(
        {"doc": section_id, "article_id": article_id, "tsv": tsvector((heading, "B"), (body, "C"))}
        for section_id, heading, body in sections
    )
    return out


def add_rows(connection: Connection, indexed: list[dict[str, object]]) -> None:
    """Write index rows (of any number of articles) with one statement."""
    if indexed:
        connection.execute(
            text(
                f"INSERT INTO {INDEX} (doc, article_id, tsv) VALUES (:doc, :article_id, CAST(:tsv AS tsvector)) "
                "ON CONFLICT (doc) DO UPDATE SET article_id = EXCLUDED.article_id, tsv = EXCLUDED.tsv"
            ),
            indexed,
        )


def index_article(connection: Connection, article_id: int, title: str | None) -> None:
    """Index the article's title and current sections (after writing them)."""
    sections = connection.execute(
        text("SELECT id, heading, text FROM sections WHERE article_id = :id ORDER BY position"),
        {"id": article_id},
    )
    add_rows(connection, rows(article_id, title, sections))  # type: ignore[arg-type]


def unindex_article(connection: Connection, article_id: int, title: str | None = None) -> None:
    """Remove the article's rows (before its sections are replaced)."""
    connection.execute(text(f"DELETE FROM {INDEX} WHERE article_id = :id"), {"id": article_id})


def index_missing(connection: Connection) -> int:
    """Index the articles the index lacks (rows another program inserted into ``articles``: the
    store indexes what it writes itself), each found by its title's row (``doc`` minus its id).
    Returns how many articles were indexed."""
    unindexed = connection.exec_driver_sql(
        f"SELECT id, title FROM articles a WHERE NOT EXISTS (SELECT 1 FROM {INDEX} s WHERE s.doc = -a.id)"
    ).all()
    for article_id, title in unindexed:
        index_article(connection, article_id, title)
    return len(unindexed)


def rebuild(connection: Connection) -> int:
    """Empty the index and index every article again; returns the number of articles."""
    connection.exec_driver_sql(f"DELETE FROM {INDEX}")
    articles = connection.exec_driver_sql("SELECT id, title FROM articles ORDER BY id").all()
    for article_id, title in articles:
        index_article(connection, article_id, title)
    return len(articles)
