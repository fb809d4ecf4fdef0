"""Chinese full-text search: a character FTS5 index kept in step with the sections.

Why characters (see docs/query.md for the measurements): SQLite's ``unicode61`` tokenizer makes
a whole run of Chinese one token, so ``区域协调`` never matches inside ``推进区域协调发展``; the
``trigram`` tokenizer cannot match queries shorter than three characters (``高考``); a word
segmenter misses substrings that cross its word boundaries and adds a large dependency. So
fanwen writes every CJK character out as a token of its own, in Python, the last of each run
marked (:data:`END`, a private-use character, so no query term can contain it), and stores
them in a contentless FTS5 table whose ``ascii`` tokenizer splits them at the spaces only
(migration 0015; Python folds case, NFKC and Latin diacritics, as ``unicode61`` did before):

    推进区域 -> 推 进 区 域\ue000        (the run's last character carries the run's end)

Token positions are character positions and a query becomes an FTS5 *phrase* of its own
characters: ``区域协调`` -> ``"区 域 协 调" *`` matches exactly where the substring occurs, the
last character as a prefix so that it matches inside a run and at its end; a run that ends
inside the query ends there in the document too (``区域 协调`` -> ``"区 域\ue000 协 调" *``), so
no phrase runs across punctuation. Latin letters and digits stay whole words (``5G网络`` ->
``"5g 网 络" *``), the last word of a term also matching as a prefix. bm25 ranks exactly as it
did over the character bigrams (session 8's index: ``推进 进区 区域 域``, the same number of
tokens, one per character, and the same phrase matches): the bigrams cost 2.5 times the
characters' CPU to write (issue 13, docs/performance.md), and phrase queries over characters are
what FTS5 does well.

This module's SQL is SQLite's (FTS5); PostgreSQL's index (:mod:`fanwen.db.pgsearch`) keeps the
character bigrams (:func:`bigrams`, :func:`bigram_phrase`): its GIN index looks a phrase up by
the rows holding every one of its tokens, and single common characters would make that slow.
:mod:`fanwen.db.dialect` picks one.
It is contentless (the text lives once, in ``sections``), so removing an article's rows needs
the values that were indexed: :class:`fanwen.db.store.ArticleStore` removes an article's
:func:`stored_rows` before it replaces its sections, and adds the new :func:`rows` of a batch's
articles with one statement at the batch's commit, inside its own transaction. Change
:func:`tokens` only together with a migration that rebuilds the index with a frozen copy of it
(0014 did for the characters).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from operator import add
from typing import Any

from sqlalchemy import Connection, Float, Integer, TextualSelect, text

INDEX = "search_index"
# Row ids: a section's id, or minus the article's id for the row holding the article's title.
WEIGHTS = (10.0, 4.0, 1.0)  # bm25 weights of the title, heading and text columns
MAX_QUERY = 200  # characters; longer queries are almost always a paste by mistake

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
# CJK first: Han characters are \w too. [^\W_] is a letter or digit.
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_TERMS = re.compile(r'(-?)"([^"]*)"|(\S+)')

# The index and Datasette's side-index of titles: a trigram external-content table on
# `articles` (Datasette detects it and shows a search box), kept in step by the store (new
# titles, :func:`add_titles`) and triggers (changed and deleted ones). Sections
# have no trigram side-index since migration 0007 (it cost more than the bigram index): their
# search box is the character index, through fanwen's Datasette plugin. DROP_SECTIONS_TRIGRAM
# drops what a database older than 0007 may hold (the migrations keep their own SQL).
# tokenize='ascii' (migration 0015): the index text is tokens and spaces only, made, case-folded
# and unaccented in Python (:func:`index_text`), so the index only splits at spaces; unicode61
# looked every character up in its tables again, 0.10-0.13 ms of a 0.6 ms insert per article.
CREATE_INDEX = (
    f"CREATE VIRTUAL TABLE {INDEX} USING fts5(title, heading, text, content='', tokenize='ascii')",
)
# automerge 8 (migration 0017): FTS5 writes each batch's rows out as a segment at its commit and
# merges a level's segments into one of the next once this many are there (4 by default), each
# token's positions written again at every level: fewer levels, the commit's FTS5 work about
# halved (0.25-0.32 -> 0.14-0.17 ms per real-shape article at 2,000 articles, 0.58 -> 0.30 at
# 20,000; docs/performance.md). The same rows and bm25; a query reads up to 7 segments a level.
CONFIGURE_INDEX = (f"INSERT INTO {INDEX}({INDEX}, rank) VALUES ('automerge', 8)",)
DROP_SECTIONS_TRIGRAM = (
    "DROP TRIGGER IF EXISTS sections_fts_au",
    "DROP TRIGGER IF EXISTS sections_fts_ad",
    "DROP TRIGGER IF EXISTS sections_fts_ai",
    "DROP TABLE IF EXISTS sections_fts",
)
# A new article's title is added by the store at the batch's commit (:func:`add_titles`), not by
# an insert trigger (dropped by migration 0016): FTS5 writes what a table holds in memory out as
# a segment of its own at every SAVEPOINT, and the store opens one per article, so the trigger
# made a segment of one title per article and merged them again and again: 0.7 M instructions
# per article, 5 % of the store's (docs/performance.md). A title changed in place still goes
# through the update trigger, and a deleted article through the delete trigger.
CREATE_TITLES = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, "
    'content="articles", content_rowid="id", tokenize="trigram")',
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title) VALUES ('delete', old.id, old.title); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title) VALUES ('delete', old.id, old.title); "
    "INSERT INTO articles_fts(rowid, title) VALUES (new.id, new.title); END",
)
CREATE = (*CREATE_INDEX, *CONFIGURE_INDEX, *CREATE_TITLES)  # the search tables as migrations leave them now
DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts",
    *DROP_SECTIONS_TRIGRAM,
    f"DROP TABLE IF EXISTS {INDEX}",
)
# Names the virtual tables and their shadow tables start with; Alembic must leave them alone.
TABLE_PREFIXES = (INDEX, "sections_fts", "articles_fts")


class SearchQueryError(ValueError):
    """A query the search syntax cannot take; the message is one line for the user."""


def is_index_table(name: str | None) -> bool:
    """True for the FTS tables and their shadow tables.

    >>> is_index_table("search_index_data"), is_index_table("sections")
    (True, False)
    """
    return name is not None and any(name == p or name.startswith(p + "_") for p in TABLE_PREFIXES)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's ``include_object`` hook: the FTS tables are made by hand in 0002, not models."""
    return not (type_ == "table" and is_index_table(name))


# Text made only of these is tokenized as it is: ASCII, the unified ideographs, and punctuation
# that NFKC leaves alone or turns into other punctuation (，-> ,  …-> ...), which separates
# tokens either way; none of them combines with its neighbour. Chinese articles are nearly
# always this, and NFKC on 4,000 characters costs more than the rest of the tokenizing.
_PLAIN_OTHER = (  # beside ASCII
    "\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u3001-\u3003\u3008-\u3011"
    "\u3014-\u301f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e"
)
_PLAIN = re.compile(f"[\x00-\x7f{_PLAIN_OTHER}]*")
# Plain and without an ASCII letter or digit, the only letters and digits plain text can hold (its
# CJK are not words): no word, and nothing case folding changes. Most texts of a Chinese article.
_WORDLESS = re.compile(f"[\x00-/:-@\\[-`{{-\x7f{_PLAIN_OTHER}]*")


def normalize(value: str) -> str:
    """NFKC (full-width letters and digits become ASCII) and case-folded.

    >>> normalize("５Ｇ网络")
    '5g网络'
    """
    return unicodedata.normalize("NFKC", value).casefold()


def _tokenizable(value: str) -> str:
    """``value`` as :func:`bigrams` reads it: as it is but case-folded, when :data:`_PLAIN`
    holds all of it (the same tokens as its NFKC form), else :func:`normalize`."""
    if _PLAIN.fullmatch(value):
        return value.casefold()
    return normalize(value)


def _base_letters() -> dict[int, str]:
    """A Latin letter with diacritics -> its base letter, as ``unicode61 remove_diacritics 2``
    (SQLite's index tokenizer until migration 0015) folded them: the letters whose canonical
    decomposition is an ASCII letter and combining marks, but for U+01E0/U+01E1 (ǡ), which
    SQLite's table leaves alone (a test compares every Latin letter with SQLite's)."""
    found: dict[int, str] = {}
    for code in (*range(0xC0, 0x1E0), *range(0x1E2, 0x250), *range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(code))
        base, marks = parts[0], parts[1:]
        if marks and base.isascii() and base.isalpha() and all(map(unicodedata.combining, marks)):
            found[code] = base
    return found


_BASE_LETTERS = _base_letters()


def _unaccented(value: str) -> str:
    """``value`` as :func:`tokens` reads it: :func:`_tokenizable` and, on the NFKC path (plain
    text has no accented letter), Latin letters without their diacritics (``café`` -> ``cafe``).

    >>> _unaccented("Café ÉCOLE 区域")
    'cafe ecole 区域'
    """
    if _PLAIN.fullmatch(value):
        return value.casefold()
    return normalize(value).translate(_BASE_LETTERS)


# Marks the last character of a CJK run (Unicode's private use area: the tokenizer keeps it inside
# the token, and no query term can contain it, _RUNS has no place for it).
END = "\ue000"


def tokens(value: str | None) -> list[str]:
    """The index tokens of ``value``: each CJK character (the last of a run marked) and words.

    >>> tokens("推进区域。5G网络 and more")
    ['推', '进', '区', '域\ue000', '5g', '网', '络\ue000', 'and', 'more']
    """
    return index_text(value).split()  # no token holds white space (END is not space)


# Words (letters and digits that are not CJK), captured: _WORDS.split gives the text between
# them (CJK and separators only) and the words in turn.
_WORDS = re.compile(rf"([^\W_{_CJK}]+)")
_CJK_RUNS = re.compile(rf"[{_CJK}]+")
# Arrays of whole code points: typecode w (Python 3.13+), or u where wchar_t holds one (4 bytes:
# Linux, macOS). An array is made from a str and turned back into one without a codec: 0.03 ms
# of a real-shape article's 0.25 (docs/performance.md, session 22). Elsewhere (u of 2 bytes: a
# character outside the BMP would be two units) UTF-32 code units, through the codec.
_WIDE: Any = "w" if sys.version_info >= (3, 13) else "u" if array("u").itemsize == 4 else None
_UNIT = _WIDE or ("I" if array("I").itemsize == 4 else "L")
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_SPACES: Any = array(_UNIT, " " if _WIDE else [32])
_END_AFTER_SPACE = f" {END}"


def index_text(value: str | None) -> str:
    """:func:`tokens` as the text FTS5 indexes, separated by spaces (written out directly: the
    store's hottest Python).

    >>> index_text("推进区域。5G网络") == " ".join(tokens("推进区域。5G网络"))
    True
    """
    if not value:  # a section without a heading, an article without a title
        return ""
    if _WORDLESS.fullmatch(value):  # one pass where _PLAIN and a search for a word took two
        return _cjk_index_text(value)
    value = _unaccented(value)
    pieces = _WORDS.split(value)
    if len(pieces) == 1:
        return _cjk_index_text(pieces[0])
    out = []
    for k, piece in enumerate(pieces):
        if k % 2:
            out.append(piece)  # a word: one token
        else:
            found = _cjk_index_text(piece)
            if found:
                out.append(found)
    return " ".join(out)


def _cjk_index_text(value: str) -> str:
    """The index text of ``value`` that holds no word: its CJK characters, each a token, the last
    of each run marked; every other character separates runs.

    Whole-string operations in C, not a string per character: the runs joined, each followed
    by :data:`END`, each character but the last then followed by a space (code points interleaved
    with spaces in an array), and a marked run end ``域 END`` joined into ``域END``. 0.24 -> 0.16 ms
    per real-shape article against a ``" ".join`` of each run (docs/performance.md).

    >>> _cjk_index_text("，推进区域。协调") == "推 进 区 域\ue000 协 调\ue000"
    True
    """
    runs = _CJK_RUNS.findall(value)
    if not runs:
        return ""
    marked = END.join(runs) + END
    spaced = _SPACES * (2 * len(marked) - 1)  # no space after the last END
    if _WIDE:
        spaced[::2] = array(_WIDE, marked)
        return spaced.tounicode().replace(_END_AFTER_SPACE, END)
    spaced[::2] = array(_UNIT, marked.encode(_UTF32))
    return spaced.tobytes().decode(_UTF32).replace(_END_AFTER_SPACE, END)


def phrase_tokens(term: str) -> list[str] | None:
    """The index tokens a query term must match at consecutive positions, the last one as a
    prefix (None: nothing the index can look up).

    >>> phrase_tokens("区域协调"), phrase_tokens("区"), phrase_tokens("。")
    (['区', '域', '协', '调'], ['区'], None)
    >>> phrase_tokens("网络5g"), phrase_tokens("区域 协调")
    (['网', '络\ue000', '5g'], ['区', '域\ue000', '协', '调'])
    """
    runs = [m.groups() for m in _RUNS.finditer(_unaccented(term))]
    out: list[str] = []
    for k, (cjk, word) in enumerate(runs):
        if not cjk:
            out.append(word)
        elif k < len(runs) - 1:  # the run ends here in the document too
            out.extend(cjk[:-1])
            out.append(cjk[-1] + END)
        else:  # the last character: inside a run or at its end
            out.extend(cjk)
    return out or None


# -- PostgreSQL's tokens (fanwen.db.pgsearch): character bigrams ----------------------------


def bigrams(value: str | None) -> list[str]:
    """PostgreSQL's index tokens of ``value``: CJK bigrams (each run closed by a unigram) and words.

    >>> bigrams("推进区域。5G网络 and more")
    ['推进', '进区', '区域', '域', '5g', '网络', '络', 'and', 'more']
    """
    out: list[str] = []
    for cjk, word in _RUNS.findall(_tokenizable(value or "")):
        if cjk:
            out.extend(map(add, cjk, cjk[1:]))
            out.append(cjk[-1])
        else:
            out.append(word)
    return out


def bigram_phrase(term: str) -> tuple[list[str], bool] | None:
    """The :func:`bigrams` a query term must match at consecutive positions, and whether the
    last one is a prefix (None: nothing the index can look up): PostgreSQL's phrase.

    >>> bigram_phrase("区域协调"), bigram_phrase("区"), bigram_phrase("网络5g"), bigram_phrase("。")
    ((['区域', '域协', '协调'], False), (['区'], True), (['网络', '络', '5g'], True), None)
    """
    runs = [m.groups() for m in _RUNS.finditer(normalize(term))]
    out: list[str] = []
    prefix = False
    for k, (cjk, word) in enumerate(runs):
        last = k == len(runs) - 1
        if not cjk:
            out.append(word)
            prefix = last
        elif not last:  # the run ends here in the document too: bigrams and the closing unigram
            out.extend(cjk[i : i + 2] for i in range(len(cjk)))
        elif len(cjk) == 1:
            out.append(cjk)
            prefix = True
        else:
            out.extend(cjk[i : i + 2] for i in range(len(cjk) - 1))
    if not out:
        return None
    return out, prefix


def _phrase(term: str) -> str | None:
    """One query term as an FTS5 phrase that matches where ``term`` occurs as a substring.

    >>> _phrase("区域协调"), _phrase("区"), _phrase("5G网络")
    ('"区 域 协 调" *', '"区" *', '"5g 网 络" *')
    """
    found = phrase_tokens(term)
    return None if found is None else '"' + " ".join(found) + '" *'


@dataclass(frozen=True)
class Query:
    """A parsed query: terms that must all occur (substrings) and terms that must not.

    Syntax: words separated by spaces must all match; ``"two words"`` is one term with its
    space; ``-word`` excludes. Punctuation inside a term is ignored by the index.

    >>> q = Query.parse('区域协调 "5G 网络" -高考')
    >>> q.terms, q.excluded
    (('区域协调', '5G 网络'), ('高考',))
    >>> q.match()
    '"区 域 协 调" * AND "5g 网 络" * NOT "高 考" *'
    """

    terms: tuple[str, ...]
    excluded: tuple[str, ...] = ()

    @classmethod
    def parse(cls, query: str) -> Query:
        query = query.strip()
        if len(query) > MAX_QUERY:
            raise SearchQueryError(f"query too long ({len(query)} characters, at most {MAX_QUERY})")
        if query.count('"') % 2:
            raise SearchQueryError(f"unbalanced double quote in query: {query}")
        terms: list[str] = []
        excluded: list[str] = []
        for match in _TERMS.finditer(query):
            negated, quoted, bare = match.groups()
            if bare is not None:
                negated, quoted = ("-", bare[1:]) if bare.startswith("-") and len(bare) > 1 else ("", bare)
            term = " ".join(quoted.split())
            if term:
                (excluded if negated else terms).append(term)
        if excluded and not terms:
            raise SearchQueryError(f"nothing to search for, only exclusions: {query}")
        return cls(tuple(terms), tuple(excluded))

    @property
    def indexable(self) -> bool:
        """Whether every term has letters, digits or CJK the index can look up."""
        return bool(self.terms) and all(_phrase(t) is not None for t in self.terms)

    def match(self) -> str | None:
        """The FTS5 MATCH expression for the index (None if not :attr:`indexable`)."""
        if not self.indexable:
            return None
        expression = " AND ".join(_phrase(t) or "" for t in self.terms)
        for term in self.excluded:
            phrase = _phrase(term)
            if phrase:
                expression += f" NOT {phrase}"
        return expression


def available(connection: Connection) -> bool:
    """True on SQLite databases migrated with the search index."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INDEX,)
    ).first()
    return found is not None


def hits_clause(match: str, limit: int | None = None) -> TextualSelect:
    """``SELECT doc, score`` of the rows matching ``match``, best first (lower score is better).

    ``doc`` is the index row id: a section id, or minus an article id for a title.
    """
    weights = ", ".join(str(w) for w in WEIGHTS)
    sql = f"SELECT rowid AS doc, bm25({INDEX}, {weights}) AS score FROM {INDEX} WHERE {INDEX} MATCH :match"
    params: dict[str, object] = {"match": match}
    if limit is not None:
        sql += " ORDER BY score LIMIT :fts_limit"
        params["fts_limit"] = limit
    return text(sql).bindparams(**params).columns(doc=Integer, score=Float)


# -- writing --------------------------------------------------------------------------------


IndexRow = tuple[int, str, str, str]


def rows(
    article_id: int, title: str | None, sections: Iterable[tuple[int, str | None, str]]
) -> list[IndexRow]:
    """The index rows of an article: its title (row id minus the article's id), then each
    section ``(id, heading, text)``."""
    out: list[IndexRow] = [(-article_id, index_text(title), "", "")]
    out.extend(
        (section_id, "", index_text(heading), index_text(body)) for section_id, heading, body in sections
    )
    return out


def stored_rows(connection: Connection, article_id: int, title: str | None) -> list[IndexRow]:
    """The index rows of an article as its sections are stored now."""
    sections = connection.exec_driver_sql(
        "SELECT id, heading, text FROM sections WHERE article_id = ? ORDER BY position", (article_id,)
    )
    return rows(article_id, title, sections)


def add_rows(connection: Connection, indexed: list[IndexRow]) -> None:
    """Add index rows (of any number of articles) with one statement, in row id order.

    Only on a database that has the index (:func:`available`; the caller asks once, not per
    article).

    FTS5 writes the terms it holds in memory out as a new segment whenever a row comes whose id
    is not above the last one's. A batch's rows in the order of its articles (a title's row id,
    minus its article's, below the sections before it) made a segment for every article, and
    FTS5 merged those again and again: sorted, a batch is one segment (the insert 0.65 -> 0.35
    ms per real-shape article, docs/performance.md). The rows and what a search finds are the same.
    """
    if indexed:
        connection.exec_driver_sql(
            f"INSERT INTO {INDEX}(rowid, title, heading, text) VALUES (?, ?, ?, ?)", sorted(indexed)
        )


TITLES = "articles_fts"


def titles_added_by_store(connection: Connection) -> bool:
    """Whether the titles' side-index is there and has no insert trigger (migration 0016): the
    store then adds a new article's title itself (:func:`add_titles`)."""
    names = {
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name IN (?, ?)", (TITLES, f"{TITLES}_ai")
        )
    }
    return names == {TITLES}


def add_titles(connection: Connection, titles: list[tuple[int, str | None]]) -> None:
    """Add new articles' ``(id, title)`` to the titles' side-index, with one statement, in the
    transaction that inserted them (before anything updates or deletes them: the side-index's
    triggers remove a title by the value it was indexed with)."""
    if titles:
        connection.exec_driver_sql(f"INSERT INTO {TITLES}(rowid, title) VALUES (?, ?)", titles)


def remove_rows(connection: Connection, indexed: list[IndexRow]) -> None:
    """Remove index rows; contentless FTS5 needs the values they were indexed with (in row id
    order, as :func:`add_rows`)."""
    if indexed:
        connection.exec_driver_sql(
            f"INSERT INTO {INDEX}({INDEX}, rowid, title, heading, text) VALUES ('delete', ?, ?, ?, ?)",
            sorted(indexed),
        )


def index_article(connection: Connection, article_id: int, title: str | None) -> None:
    """Add the article's title and its current sections to the index (after writing them)."""
    add_rows(connection, stored_rows(connection, article_id, title))


def unindex_article(connection: Connection, article_id: int, title: str | None) -> None:
    """Remove the article's rows (before its sections are deleted); ``title`` as indexed."""
    remove_rows(connection, stored_rows(connection, article_id, title))


def index_missing(connection: Connection) -> int:
    """Index the articles the index lacks: rows another program inserted into ``articles``
    (the store indexes what it writes itself). Their title and sections go into the search
    index (each article indexed has its title's row, row id minus its id, in ``_docsize``), their
    title into the titles' side-index (one ``_docsize`` row per id). Before anything updates
    them: the side-index's update trigger deletes a title by the value it was indexed with, and
    deleting one never indexed corrupts it. Returns how many articles were indexed."""
    done: set[int] = set()
    unindexed = connection.exec_driver_sql(
        f"SELECT id, title FROM articles a WHERE NOT EXISTS (SELECT 1 FROM {INDEX}_docsize d WHERE d.id = -a.id)"
    ).all()
    for article_id, title in unindexed:
        index_article(connection, article_id, title)
        done.add(article_id)
    if connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (f"{TITLES}_docsize",)
    ).first():
        untitled = connection.exec_driver_sql(
            f"SELECT id, title FROM articles a WHERE NOT EXISTS (SELECT 1 FROM {TITLES}_docsize d WHERE d.id = a.id)"
        ).all()
        add_titles(connection, [(article_id, title) for article_id, title in untitled])
        done.update(article_id for article_id, _ in untitled)
    return len(done)


def rebuild(connection: Connection, batch: int = 500) -> int:
    """Empty the index and index every article again; returns the number of articles."""
    connection.exec_driver_sql(f"INSERT INTO {INDEX}({INDEX}) VALUES ('delete-all')")
    articles = connection.exec_driver_sql("SELECT id, title FROM articles ORDER BY id").all()
    for article_id, title in articles:
        index_article(connection, article_id, title)
    for table in ("sections_fts", "articles_fts"):
        if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).first():
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    return len(articles)


# -- reading --------------------------------------------------------------------------------


def spans(value: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the terms occur in ``value`` (case-insensitive), merged and sorted.

    >>> spans("推进区域协调发展, 区域", ["区域", "协调"])
    [(2, 6), (10, 12)]
    """
    lowered = value.lower()
    found: list[tuple[int, int]] = []
    for term in terms:
        needles = {term.lower(), normalize(term)}
        if not any(n in lowered for n in needles):  # "100%" still highlights "100"
            needles = {m.group(0) for m in _RUNS.finditer(term.lower())}
        for needle in needles:
            start = lowered.find(needle)
            while needle and start >= 0:
                found.append((start, start + len(needle)))
                start = lowered.find(needle, start + len(needle))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
