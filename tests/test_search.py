"""The character search index: tokens, query syntax, ranking, filters, and staying in step with the store."""

from __future__ import annotations

import random
import string
import unicodedata
from array import array
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete

from fanwen.db import ArticleStore, fulltext, make_engine, migrate
from fanwen.db.engine import StorageError
from fanwen.db.fulltext import Query, tokens
from fanwen.db.models import Article as ArticleRow
from fanwen.db.queries import (
    Filters,
    SearchQueryError,
    count_articles,
    iter_articles,
    list_articles,
    search,
    site_stats,
)
from fanwen.items import Article, Removal, Section


def article(
    n: int, title: str, *texts: str, site: str = "huabo", published: datetime | None = None, **kw: object
) -> Article:
    return Article(
        url=f"https://www.example.cn/{n}.html",
        site=site,
        title=title,
        published=published or datetime(2024, 1, n),
        sections=[Section(kw.pop("kind", "section"), 1, f"第{i}部分", t) for i, t in enumerate(texts, 1)],  # type: ignore[arg-type]
        removed=[Removal("cta", "请点击联系老师")],
    )


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(str(tmp_path / "fanwen.db"))
    migrate(engine)
    with ArticleStore(engine) as store:
        store.save(
            article(1, "纵深推进区域协调发展", "推动区域协调发展,建设5G网络。", "总之,高考作文要写好。")
        )
        store.save(article(2, "高考作文的写法", "高考作文审题是第一步。", "作文素材。", site="other"))
        store.save(article(3, "学习心得", "党建引领发展。", kind="essay", published=datetime(2023, 5, 1)))
    yield engine
    engine.dispose()


def urls(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.url.rsplit("/", 1)[1] for h in hits]


def test_plain_text_is_tokenized_as_its_nfkc_form() -> None:
    # The fast path skips NFKC for text of ASCII, ideographs and punctuation only: each such
    # character is NFKC already or becomes punctuation (a separator either way), and none
    # combines with a neighbour.
    plain = [chr(c) for c in range(0x110000) if fulltext._PLAIN.fullmatch(chr(c))]
    assert len(plain) > 20000
    # The one-pass check for plain text without a word is plain less the ASCII letters and digits.
    wordless = [c for c in plain if fulltext._WORDLESS.fullmatch(c)]
    assert sorted(set(plain) - set(wordless)) == sorted(string.digits + string.ascii_letters)
    for char in plain:
        folded = unicodedata.normalize("NFKC", char)
        assert unicodedata.combining(char) == 0
        assert folded == char or not fulltext._RUNS.search(folded), (hex(ord(char)), folded)
    rng = random.Random(13)
    alphabet = plain[:128] + [c for c in plain if ord(c) > 0x2000][:200] + ["区", "域", "协", "调"] * 20
    for _ in range(500):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
        expected = []
        for cjk, word in fulltext._RUNS.findall(fulltext.normalize(text)):
            expected.extend([*cjk[:-1], cjk[-1] + fulltext.END] if cjk else [word])
        assert tokens(text) == expected, text
        assert fulltext.index_text(text) == " ".join(expected), text
        assert fulltext.bigrams(text) == [
            token
            for cjk, word in fulltext._RUNS.findall(fulltext.normalize(text))
            for token in ([cjk[i : i + 2] for i in range(len(cjk))] if cjk else [word])
        ], text


def test_tokens_are_characters_the_last_of_a_run_marked() -> None:
    """SQLite's index (migration 0014): one token per character, as the bigrams were, so
    positions are characters; the run's end is marked so no phrase crosses punctuation."""
    end = fulltext.END
    assert tokens("区域协调") == ["区", "域", "协", f"调{end}"]
    assert tokens("ＡＢＣ，5G网络") == ["abc", "5g", "网", f"络{end}"]
    assert tokens(None) == []
    assert fulltext.bigrams("区域协调") == ["区域", "域协", "协调", "调"]  # PostgreSQL's


@pytest.mark.parametrize("wide", [True, False], ids=["code-point-array", "utf-32-units"])
def test_index_text_is_the_runs_joined_whatever_the_characters(
    wide: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index text is made by whole-string operations (separators marked, code points
    interleaved with spaces); it is exactly each run's characters joined, the last marked, and
    each word whole (migration 0015's frozen copy), for any mix: kana, Hangul, ideographs
    beyond the BMP, words touching a run on either side, underscores, the mark itself,
    combining accents, full-width letters, separators at either end. Both ways of interleaving:
    an array of code points (where Python has one) and UTF-32 code units through the codec."""
    if not wide:
        unit = "I" if array("I").itemsize == 4 else "L"
        monkeypatch.setattr(fulltext, "_WIDE", None)
        monkeypatch.setattr(fulltext, "_UNIT", unit)
        monkeypatch.setattr(fulltext, "_SPACES", array(unit, [32]))
    elif fulltext._WIDE is None:
        pytest.skip("no array of whole code points on this platform")
    m0015 = _migration("0015")
    alphabet = list("推进区域协调发展。， \n_-·…5GgaéЖ\ue000\U00020001\U0002a6d6あア가\u0301Ｆ１\u3000")
    assert fulltext.END in alphabet
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 16)))
        assert fulltext.index_text(text) == m0015.characters(text), repr(text)
    assert (
        fulltext.index_text("，推进区域。5G网络_和区域")
        == f"推 进 区 域{fulltext.END} 5g 网 络{fulltext.END} 和 区 域{fulltext.END}"
    )


def test_a_query_ending_inside_a_run_or_at_its_end_matches_both(engine: Engine) -> None:
    """The last character of a term is a prefix: it matches inside a run (发展 in 协调发展,) and
    at a run's end (发展 before the comma); a run that ends inside the term ends there."""
    assert "1.html" in urls(search(engine, "协调发展"))  # "协调发展," ends the run
    assert "1.html" in urls(search(engine, "推动区域"))  # inside the run
    assert "1.html" in urls(search(engine, '"协调发展 建设"'))  # the run ends at the comma
    assert search(engine, '"区域 协调"') == []  # a run does not end after 区域 in any text


@pytest.mark.parametrize(
    "query", ["区", "区域", "域协", "区域协调", "推动区域协调发展", "5G网络", "5g", "网络"]
)
def test_any_substring_matches(engine: Engine, query: str) -> None:
    hits = search(engine, query)
    assert "1.html" in urls(hits)
    assert all(query.lower() in (h.snippet + (h.title or "")).lower() for h in hits)


def test_no_false_matches_across_punctuation(engine: Engine) -> None:
    # "发展,建设" is in the text; "发展建设" is not a substring anywhere.
    assert search(engine, "发展建设") == []
    assert search(engine, "不存在的词") == []


def test_ranked_by_bm25_title_first(engine: Engine) -> None:
    hits = search(engine, "高考作文")
    assert hits[0].url.endswith("/2.html") and hits[0].position is None  # the title
    assert [h.score for h in hits] == sorted(h.score for h in hits)  # type: ignore[type-var]
    assert all(h.snippet[a:b] == "高考作文" for h in hits for a, b in h.spans)


def test_terms_phrases_and_exclusions(engine: Engine) -> None:
    assert urls(search(engine, "高考 审题")) == ["2.html"]
    assert "1.html" not in urls(search(engine, "高考 -总之"))  # per section, like every term
    assert urls(search(engine, '"党建 引领"')) == []
    assert urls(search(engine, "党建引领")) == ["3.html"]


@pytest.mark.parametrize(
    ("query", "message"),
    [('"区域', "unbalanced double quote"), ("-区域", "only exclusions"), ("区" * 201, "too long")],
)
def test_bad_queries_raise_one_clear_error(engine: Engine, query: str, message: str) -> None:
    with pytest.raises(SearchQueryError, match=message) as info:
        search(engine, query)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "query", ["AND", "OR", "NOT", "NEAR(", "*", "^区域", "col:区域", "'); DROP TABLE sections; --"]
)
def test_fts_syntax_in_queries_is_plain_text(engine: Engine, query: str) -> None:
    search(engine, query)  # no SQL or FTS5 syntax error
    assert search(engine, "区域")


def test_punctuation_only_query_falls_back_to_like(engine: Engine) -> None:
    assert Query.parse(",").match() is None
    assert urls(search(engine, ",")) == ["1.html", "1.html"]


def test_filters(engine: Engine) -> None:
    assert set(urls(search(engine, "作文", filters=Filters(site="other")))) == {"2.html"}
    assert urls(search(engine, "发展", filters=Filters(kind="essay"))) == ["3.html"]
    assert urls(search(engine, "发展", filters=Filters(until=date(2023, 12, 31)))) == ["3.html"]
    assert "3.html" not in urls(search(engine, "发展", filters=Filters(since=date(2024, 1, 1))))
    assert search(engine, "发展", filters=Filters(site="nowhere")) == []


def test_index_follows_updates_and_revisions(engine: Engine) -> None:
    with ArticleStore(engine) as store:
        assert store.save(article(1, "新标题", "全新的内容。")) == "changed"
    assert "1.html" not in urls(search(engine, "区域协调"))
    assert urls(search(engine, "全新")) == ["1.html"]
    assert urls(search(engine, "新标题")) == ["1.html"]
    with ArticleStore(engine) as store:
        assert store.save(article(1, "新标题", "全新的内容。")) == "unchanged"
        assert store.save(article(1, "纵深推进区域协调发展", "推动区域协调发展。")) == "changed"
    assert urls(search(engine, "全新")) == []
    assert urls(search(engine, "区域协调"))[:2] == ["1.html", "1.html"]
    with engine.connect() as connection:
        # FTS5's integrity check raises (SQLITE_CORRUPT_VTAB) when the index disagrees with itself:
        # the statement is the assertion. A result object, which it always returns, proves nothing.
        connection.exec_driver_sql(
            "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)"
        )


def test_an_article_changed_twice_in_one_batch_keeps_the_index_whole(engine: Engine) -> None:
    # The index rows of a batch are written at its commit; an article saved again in the same
    # batch must find its earlier rows there to remove them.
    with ArticleStore(engine, batch_size=50) as store:
        assert store.save(article(7, "第一版", "最初的内容。")) == "new"
        assert store.save(article(7, "第二版", "修改后的内容。")) == "changed"
        assert store.save(article(8, "别的文章", "无关的内容。")) == "new"
        assert store.save(article(7, "第三版", "最后的内容。")) == "changed"
    assert urls(search(engine, "最初")) == [] and urls(search(engine, "修改后")) == []
    assert urls(search(engine, "最后的内容")) == ["7.html"] and urls(search(engine, "第三版")) == ["7.html"]
    with engine.connect() as connection:
        connection.exec_driver_sql(
            "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)"
        )


def _index_segments(engine: Engine) -> int:
    """How many segments the index holds (each has at least one row in its ``_idx`` table)."""
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(DISTINCT segid) FROM search_index_idx").scalar_one()


def test_a_batch_writes_its_index_rows_as_one_segment(tmp_path: Path) -> None:
    """FTS5 writes what it holds in memory out as a new segment whenever a row id is not above
    the last one written: the batch's rows (each article's title, row id minus the article's,
    then its sections) go in row id order, or every article made a segment of its own, merged
    again and again (the index's insert 0.65 -> 0.35 ms per real-shape article)."""
    engine = make_engine(str(tmp_path / "segments.db"))
    migrate(engine)
    with ArticleStore(engine, batch_size=50) as store:
        for n in range(1, 4):
            store.save(article(n, f"第{n}篇的标题", "第一段的内容。", "第二段的内容。"))
    assert _index_segments(engine) == 1
    assert urls(search(engine, "第2篇")) == ["2.html"] and len(search(engine, "第二段")) == 3
    engine.dispose()


def test_index_rolls_back_with_the_batch(engine: Engine) -> None:
    store = ArticleStore(engine, batch_size=100)
    store.save(article(9, "回滚测试", "不会留下的内容。"))
    store._rollback()
    store.close()
    assert search(engine, "不会留下") == []


def test_deleted_rows_never_show(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(delete(ArticleRow).where(ArticleRow.url.endswith("/2.html")))
    assert "2.html" not in urls(search(engine, "高考"))


def test_list_stats_and_export(engine: Engine) -> None:
    listed = list_articles(engine)
    assert [a.url.rsplit("/", 1)[1] for a in listed] == ["2.html", "1.html", "3.html"]
    assert listed[1].sections == 2 and listed[1].removed == 1
    stats = {s.site: s for s in site_stats(engine)}
    assert (
        stats["huabo"].articles == 2 and stats["huabo"].sections == 3 and stats["huabo"].removed == {"cta": 2}
    )
    assert count_articles(engine, Filters(kind="essay")) == 1
    exported = list(iter_articles(engine, batch=1))
    assert [v.id for v in exported] == sorted(v.id for v in exported) and len(exported) == 3
    assert [s.kind for v in iter_articles(engine, Filters(kind="essay")) for s in v.sections] == ["essay"]


def _index_instances(engine: Engine) -> list[tuple[object, ...]]:
    """Every token the index holds, where: (term, row, column, offset)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_vocab USING fts5vocab(main, search_index, instance)"
        )
        found = connection.exec_driver_sql("SELECT term, doc, col, offset FROM temp.index_vocab").all()
        connection.exec_driver_sql("DROP TABLE temp.index_vocab")
    return sorted(tuple(row) for row in found)


def test_migration_0014_indexes_what_the_store_indexes(engine: Engine) -> None:
    """Migration 0014 indexes the stored titles and sections again with its frozen tokenizer:
    exactly the tokens the store writes (a contentless index deletes a row only by them), and
    its downgrade gives back the bigrams of 0013."""
    from test_db import downgrade

    from fanwen.db.engine import migrate as upgrade

    stored = _index_instances(engine)
    assert any(term == f"展{fulltext.END}" for term, *_ in stored)
    downgrade(engine, "0013")
    assert {term for term, *_ in _index_instances(engine)} >= {"区域", "域协", "高考"}
    upgrade(engine)
    assert _index_instances(engine) == stored
    # Rows the migration wrote are removed by the store's own tokens when an article changes.
    with ArticleStore(engine) as store:
        store.save(article(2, "新的标题", "完全不同的内容。", site="other"))
    assert "2.html" not in urls(search(engine, "审题"))
    assert urls(search(engine, "完全不同")) == ["2.html"]
    assert _index_instances(engine) != stored


def _migration(name: str) -> Any:
    """A migration module, loaded from its file (Alembic's modules are not a package)."""
    import importlib.util

    from fanwen.db.engine import MIGRATIONS

    [path] = (MIGRATIONS / "versions").glob(f"{name}_*.py")
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_search_migrations_frozen_copies_are_the_index_of_their_revision() -> None:
    """0002 (SQLite) and 0005 (PostgreSQL) fill the index of a database crawled before them with
    their own frozen copy of the tokens of then, the bigrams PostgreSQL still writes; 0007 holds
    the trigram side-index's SQL that 0002 created."""
    from fanwen.db import pgsearch

    m0002, m0005, m0007 = _migration("0002"), _migration("0005"), _migration("0007")
    m0015, m0016 = _migration("0015"), _migration("0016")
    texts = ["推进区域协调发展。5G网络 and More", "ＡＢＣ１２３，全角", "", "café 区", "一"]
    for value in texts:
        assert m0002._bigrams(value) == " ".join(fulltext.bigrams(value))
        assert m0005._tsvector((value, "B"), ("标题" + value, "C")) == pgsearch.tsvector(
            (value, "B"), ("标题" + value, "C")
        )
    assert m0005.CREATE == pgsearch.CREATE and m0005.DROP == pgsearch.DROP
    titles = (fulltext.CREATE_TITLES[0], m0016.INSERT_TRIGGER, *fulltext.CREATE_TITLES[1:])
    then = (*m0015.CREATE_UNICODE61, *m0007.CREATE_SECTIONS_TRIGRAM, *titles)
    assert then == m0002.CREATE
    assert m0007.DROP_SECTIONS_TRIGRAM == fulltext.DROP_SECTIONS_TRIGRAM


def test_a_database_crawled_before_the_index_gets_its_rows_indexed(tmp_path: Path) -> None:
    """Migration 0002 indexes what a database of 0001 holds (bigrams then), and 0014 those rows
    again as characters: the search finds them."""
    engine = make_engine(str(tmp_path / "old.db"))
    migrate(engine, "0001")
    with engine.begin() as connection:  # as that schema has it
        connection.exec_driver_sql(
            "INSERT INTO articles (id, url, title, truncated, pages, content_hash, text, first_seen, last_seen,"
            " updated_at) VALUES (1, 'https://x.cn/1.html', '区域标题', 0, 1, 'h', '推动协调发展。',"
            " '2024-01-01', '2024-01-01', '2024-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO sections (article_id, position, kind, level, text) VALUES (1, 1, 'section', 1, '推动协调发展。')"
        )
    migrate(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_index, row)")
        terms = {row[0] for row in connection.exec_driver_sql("SELECT term FROM temp.v")}
    assert {"区域", "推动", "协调", "展"} <= terms
    migrate(engine)
    assert [hit.url for hit in search(engine, "协调")] == ["https://x.cn/1.html"]
    assert [hit.url for hit in search(engine, "区域")] == ["https://x.cn/1.html"]
    engine.dispose()


def _unicode61_tokens(values: list[str]) -> list[list[str]]:
    """What SQLite's ``unicode61 remove_diacritics 2`` (the index's tokenizer until migration
    0015) makes of each value: its tokens in order."""
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    db.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", list(enumerate(values)))
    found: list[list[str]] = [[] for _ in values]
    for term, doc in db.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        found[doc].append(term)
    db.close()
    return found


def test_latin_letters_lose_their_diacritics_as_unicode61_took_them() -> None:
    """The index's tokenizer is ``ascii`` since migration 0015 (it splits at spaces and folds
    ASCII case only: the tokens are made in Python), so Python folds a Latin letter's
    diacritics as ``unicode61 remove_diacritics 2`` did: every such letter alike."""
    letters = [
        chr(c)
        for c in [*range(0x80, 0x250), *range(0x1E00, 0x1F00)]
        if (m := fulltext._RUNS.fullmatch(fulltext.normalize(chr(c)))) and m.group(2)
    ]
    assert len(letters) > 500
    words = [f"x{c}x" for c in letters]
    # Until 0015: Python's NFKC'd, case-folded words, folded again by unicode61.
    then = [" ".join(w for _, w in fulltext._RUNS.findall(fulltext.normalize(word))) for word in words]
    for word, tokens_then in zip(words, _unicode61_tokens(then), strict=True):
        assert tokens(word) == tokens_then, (hex(ord(word[1])), tokens(word), tokens_then)
    assert tokens("Café ÉCOLE façade") == ["cafe", "ecole", "facade"]
    assert fulltext.phrase_tokens("Café") == ["cafe"]
    assert fulltext.bigrams("Café") == ["café"]  # PostgreSQL's index folds its own way


def test_the_index_splits_at_spaces_only(engine: Engine) -> None:
    """``tokenize='ascii'``: the Python tokens are the index's tokens, nothing split again."""
    with engine.connect() as connection:
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar()
    assert "tokenize='ascii'" in sql


def test_accented_words_are_found_with_or_without_their_accents(engine: Engine) -> None:
    with ArticleStore(engine) as store:
        store.save(article(9, "咖啡的故事", "Café au lait 与 ÉCOLE 的来历。"))
    for query in ("cafe", "café", "CAFÉ", "ecole", "École", "cafe au"):
        assert urls(search(engine, query)) == ["9.html"], query


def test_migration_0015_indexes_what_the_store_indexes(engine: Engine) -> None:
    """Migration 0015 makes the index ``ascii`` and indexes every stored title and section again
    with its frozen tokens: exactly the store's; its downgrade gives 0014's ``unicode61`` index
    back, the same search."""
    from test_db import downgrade

    from fanwen.db.engine import migrate as upgrade

    with ArticleStore(engine) as store:
        store.save(article(9, "咖啡的故事", "Café au lait 与 ÉCOLE 的来历。"))
    stored = _index_instances(engine)
    downgrade(engine, "0014")
    with engine.connect() as connection:
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar()
    assert "unicode61 remove_diacritics 2" in sql
    assert urls(search(engine, "cafe")) == ["9.html"]
    assert "1.html" in urls(search(engine, "区域协调"))
    upgrade(engine)
    assert _index_instances(engine) == stored
    with ArticleStore(engine) as store:  # rows the migration wrote are removed by the store's tokens
        store.save(article(9, "新的标题", "完全不同的内容。"))
    assert search(engine, "cafe") == []
    assert urls(search(engine, "完全不同")) == ["9.html"]
    m0015 = _migration("0015")
    for value in ["推进区域协调发展。5G网络 and More", "ＡＢＣ１２３，全角", "", "Café ÉCOLE 区", "一", None]:
        assert m0015.characters(value) == fulltext.index_text(value)
    assert m0015.CREATE_ASCII == fulltext.CREATE_INDEX


def _titles_found(engine: Engine, query: str) -> list[int]:
    """The article ids the titles' trigram side-index (Datasette's box on ``articles``) finds,
    after FTS5's own check of the side-index against the articles' titles."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
        )
        found = connection.exec_driver_sql(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", (query,)
        )
        return [row[0] for row in found]


def test_the_store_adds_new_titles_to_the_side_index_at_commit(tmp_path: Path) -> None:
    """Since migration 0016 no trigger adds a new title (it made FTS5 write one segment per
    article, at each article's savepoint): the store adds the batch's titles before it commits.
    A title changed in the same batch, or in a later one, goes through the update trigger, which
    finds the first title indexed; a failed article adds nothing."""
    engine = make_engine(str(tmp_path / "titles.db"))
    migrate(engine)
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "articles_fts" in names and "articles_fts_ai" not in names
    with ArticleStore(engine, batch_size=3) as store:
        store.save(article(1, "纵深推进区域协调发展", "推动发展。"))
        store.save(article(2, "高考作文的审题", "审题。"))
        store.save(article(1, "区域协调的新标题", "推动发展。"))  # again in the same batch
        store.save(article(3, "乡村振兴调研报告", "调研。"))
        bad = article(4, "失败的文章标题", "正文。", kind=None)  # NOT NULL: fails in its savepoint
        with pytest.raises(StorageError):
            store.save(bad)
    assert _titles_found(engine, "区域协调") == [1]
    assert _titles_found(engine, "纵深推进") == []
    assert _titles_found(engine, "高考作文") == [2]
    assert _titles_found(engine, "乡村振兴") == [3]
    assert _titles_found(engine, "失败的文章") == []
    with ArticleStore(engine) as store:
        store.save(article(2, "议论文的结构", "结构。"))
    assert _titles_found(engine, "高考作文") == [] and _titles_found(engine, "议论文") == [2]


def test_migration_0016_keeps_the_titles_and_its_downgrade_the_trigger(tmp_path: Path) -> None:
    """A database of 0015 (titles added by the trigger) upgraded to 0016 keeps every title;
    downgraded, the trigger adds them again and the store leaves them to it."""
    from test_db import downgrade

    engine = make_engine(str(tmp_path / "old.db"))
    migrate(engine, "0015")
    with engine.begin() as connection:  # as that schema has it (the store of then)
        connection.exec_driver_sql(
            "INSERT INTO articles (id, url, title, truncated, pages, content_hash, text, first_seen, last_seen,"
            " updated_at) VALUES (1, 'https://x.cn/1.html', '区域协调的标题', 0, 1, 'h', '推动。',"
            " '2024-01-01', '2024-01-01', '2024-01-01')"
        )
    migrate(engine)
    assert _titles_found(engine, "区域协调") == [1]
    with ArticleStore(engine) as store:
        store.save(article(2, "高考作文的审题", "审题。"))
    downgrade(engine, "0015")
    with ArticleStore(engine) as store:
        store.save(article(3, "乡村振兴调研报告", "调研。"))
    assert _titles_found(engine, "区域协调") == [1]
    assert _titles_found(engine, "高考作文") == [2]
    with engine.connect() as connection:
        [article_id] = connection.exec_driver_sql("SELECT id FROM articles WHERE url LIKE '%/3.html'").first()
    assert _titles_found(engine, "乡村振兴") == [article_id]


def _automerge(engine: Engine) -> object:
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT v FROM search_index_config WHERE k = 'automerge'").scalar()


def test_migration_0017_merges_the_index_eight_segments_at_a_time(engine: Engine) -> None:
    """FTS5 merges a level's segments once ``automerge`` of them are there: 8 since 0017 (4
    before), so a position is written again at fewer levels; what the index holds and what a
    search finds are the same, and the downgrade gives FTS5's default back."""
    from test_db import downgrade

    from fanwen.db.engine import migrate as upgrade

    assert _automerge(engine) == 8
    assert fulltext.CONFIGURE_INDEX == (_migration("0017").AUTOMERGE,)
    for n in range(4, 10):  # a batch each: a segment each
        with ArticleStore(engine, batch_size=1) as store:
            store.save(article(n, f"第{n}篇的标题", "第一段的内容。"))
    stored, found = _index_instances(engine), search(engine, "第一段")
    downgrade(engine, "0016")
    assert _automerge(engine) == 4
    assert _index_instances(engine) == stored and search(engine, "第一段") == found
    upgrade(engine)
    assert _automerge(engine) == 8
