"""Learned-boilerplate counts of blocks seen once are held, not written (docs/performance.md).

Nearly every short block a site's article shows is the article's own paragraph: a crawl of 2,000
real-shape articles counted 86,548 blocks, 98.5 % of them in one article only, and deleted them
all again at the run's end (lossy counting). The counts in memory hold a block first seen in the
run (HELD) until a second article shows it; its stored count then gets both. The run's end
writes the blocks still held where lossy counting keeps a block of one article (a site of
fewer than ``window`` articles), so the table a clean run leaves is the one writing every
sighting left. What a killed run loses: the blocks seen in one article of it only.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from fanwen.db import ArticleStore
from fanwen.db.boilerplate import forget_rare
from fanwen.db.engine import make_engine, migrate
from fanwen.db.tables import boilerplate_table
from fanwen.items import Article, Block
from fanwen.pipelines.strip import StripPipeline
from fanwen.sections import split_sections
from fanwen.strip.boilerplate import ARTICLES_KEY, HELD, BoilerplateCounts, BoilerplateOptions, block_key

SLOGAN = "关注本站，每天都有新范文"  # the site's template: every article
QUOTE = "两篇文章都引了同一段话，出自同一本书。"  # a quotation two articles share


def own(n: int) -> str:
    return f"第{n}篇自己的一句话，别处没有。"


def article(n: int, *lines: str) -> Article:
    body = "这是正文的一段，写得足够长，不会被当成模板里的短句。" * 3
    blocks = [Block(body + str(n)), *(Block(line) for line in lines)]
    return Article(url=f"https://xs.example/{n}.html", site="xs", title=f"第{n}篇", blocks=blocks)


def stored(engine) -> dict[str, int]:
    table = boilerplate_table
    with engine.connect() as connection:
        rows = connection.execute(select(table.c.block_hash, table.c.count).where(table.c.site == "xs"))
        return dict(rows.all())


def every_sighting(*articles: Article) -> dict[str, int]:
    """What writing every new article's every block gave: the table before this change."""
    counted: Counter[str] = Counter({ARTICLES_KEY: len(articles)})
    for item in articles:
        counted.update({block_key(b.text) for b in item.blocks if len(b.text) <= 200})
    return dict(counted)


def save(store: ArticleStore, counts: BoilerplateCounts, item: Article) -> str:
    counts.observe_in(("xs",), item.blocks, item.title)
    item.boilerplate_seen = [
        (s, key, sample, added) for (s, key), (added, sample) in counts.take_pending().items()
    ]
    item.sections = split_sections(item.blocks, item.title)
    return store.save(item)


def test_a_block_is_added_once_a_second_article_shows_it_with_both():
    counts = BoilerplateCounts()
    added = []
    for n in range(3):
        counts.observe("xs", [Block(SLOGAN), Block(own(n))])
        pending = counts.take_pending()
        added.append((pending[("xs", block_key(SLOGAN))][0], pending[("xs", block_key(own(n)))][0]))
    assert added == [(0, 0), (2, 0), (1, 0)]  # the slogan: held, then both, then one
    assert counts.counts[("xs", block_key(SLOGAN))] == 3
    assert counts.counts[("xs", block_key(own(0)))] == 1  # held, read as 1


def test_a_clean_run_stores_what_writing_every_sighting_stored(tmp_path):
    engine = make_engine(str(tmp_path / "held.db"))
    migrate(engine)
    counts = BoilerplateCounts()
    items = [article(n, SLOGAN, own(n), *([QUOTE] if n in (1, 3) else [])) for n in range(4)]
    with ArticleStore(engine) as store:
        store.not_counted = counts.not_counted
        for item in items:
            assert save(store, counts, item) == "new"
        store.flush()
        # Mid-run (or killed here): the blocks two articles showed are stored, with both.
        assert stored(engine) == {ARTICLES_KEY: 4, block_key(SLOGAN): 4, block_key(QUOTE): 2}
        for scope, keys in counts.held():
            store.add_held(scope, keys)
    assert stored(engine) == every_sighting(*items)
    assert stored(engine)[block_key(own(2))] == 1
    engine.dispose()


def test_a_site_past_the_window_does_not_write_what_the_run_s_end_deletes(tmp_path):
    """Lossy counting deletes a block of one article once a site has ``window`` articles
    (forget_rare): those are never written. A held block the counts forget at a window's end
    (as they forgot it before) is not written either: a count may lack one article more than
    it did, within lossy counting's bound (articles / window)."""
    engine = make_engine(str(tmp_path / "big.db"))
    migrate(engine)
    options = BoilerplateOptions(window=3)
    counts = BoilerplateCounts(options)
    items = [article(n, SLOGAN, own(n), *([QUOTE] if n in (1, 3) else [])) for n in range(4)]
    with ArticleStore(engine) as store:
        for item in items:
            save(store, counts, item)
        for scope, keys in counts.held():
            assert store.add_held(scope, keys, options.window) == 0
        store.flush()
        store.in_batch(lambda connection: forget_rare(connection, window=3))
    before = {k: n for k, n in every_sighting(*items).items() if k == ARTICLES_KEY or n > 4 // 3}
    assert before == {ARTICLES_KEY: 4, block_key(SLOGAN): 4, block_key(QUOTE): 2}
    # The quotation, in articles 2 and 4: held at 2, forgotten at 3 (the window's end), held again at 4.
    assert stored(engine) == {ARTICLES_KEY: 4, block_key(SLOGAN): 4}
    engine.dispose()


def test_a_block_first_shown_by_an_article_that_is_not_new_is_not_owed(tmp_path):
    """Only a new article adds to the counts (a changed one was counted when it was new): a
    block a changed article shows first counts 1 in memory and nothing in the table, and the new
    article that shows it next adds 1, not 2."""
    engine = make_engine(str(tmp_path / "changed.db"))
    migrate(engine)
    counts = BoilerplateCounts()
    with ArticleStore(engine) as store:
        store.not_counted = counts.not_counted
        assert save(store, counts, article(0, SLOGAN)) == "new"
        store.flush()
        changed = article(0, SLOGAN, QUOTE)
        changed.blocks[0] = Block(changed.blocks[0].text + "改")
        assert save(store, counts, changed) == "changed"
        assert counts.counts[("xs", block_key(QUOTE))] == 1
        assert save(store, counts, article(1, SLOGAN, QUOTE)) == "new"
    assert stored(engine)[block_key(QUOTE)] == 1
    assert stored(engine)[block_key(SLOGAN)] == 2  # the changed article is not counted again
    engine.dispose()


class _Storage:
    """What the strip stage asks of the crawl's storage owner."""

    def __init__(self, store: ArticleStore) -> None:
        self.store = store
        self.refused = None

    def open(self) -> bool:
        return True

    def boilerplate_counts(self, site: str, window: int | None = None) -> dict[str, int]:
        return {}


class _Stats:
    def inc_value(self, key: str, count: int = 1) -> None:
        pass


def test_the_strip_stage_hands_its_held_blocks_to_the_store_when_it_closes(tmp_path):
    engine = make_engine(str(tmp_path / "stage.db"))
    migrate(engine)
    items = [article(n, SLOGAN, own(n)) for n in range(3)]
    expected = every_sighting(*items)  # before the stage strips the slogan from the third
    with ArticleStore(engine) as store:
        stage = StripPipeline([], _Stats(), BoilerplateOptions(), _Storage(store))  # type: ignore[arg-type]
        stage.open_spider()
        assert store.not_counted is not None
        for item in items:
            stage.process_item(item)
            item.sections = split_sections(item.blocks, item.title)
            store.save(item)
        assert stage.counts is not None and stage.counts._blocks["xs"][int(block_key(own(1)), 16)] == HELD
        stage.close_spider()
    assert stored(engine) == expected
    engine.dispose()


def test_held_blocks_are_forgotten_as_lossy_counting_forgets_a_count_of_one():
    """A held block's count carries the windows it may have missed (no entry of lossy
    counting's own for it): the blocks kept and their counts are those of plain lossy counting
    (Manku and Motwani: count + missed <= windows is forgotten at each window's end), written
    here once more, over articles that repeat some blocks across windows."""
    import random

    rng = random.Random(7)
    window = 5
    counts = BoilerplateCounts(BoilerplateOptions(window=window))
    plain: dict[str, int] = {}
    missed: dict[str, int] = {}
    pool = [f"第{n}句，在几篇文章里重复出现。" for n in range(30)]
    for number in range(1, 61):
        texts = {rng.choice(pool) for _ in range(4)} | {own(number)}
        counts.observe("xs", [Block(t) for t in texts])
        for text in texts:
            key = block_key(text)
            if key not in plain:
                plain[key] = 0
                missed[key] = (number - 1) // window
            plain[key] += 1
        if number % window == 0:
            for key in [k for k, n in plain.items() if n + missed[k] <= number // window]:
                del plain[key], missed[key]
        got = {key: n for (_, key), n in counts.counts.items() if key != ARTICLES_KEY}
        assert got == plain, number
