"""Learned site boilerplate: the pure counts, and the strip pipeline persisting them across crawls."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import bundled_rules
from scrapy import signals
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from fanwen.db import make_engine, migrate
from fanwen.db.models import BoilerplateBlock
from fanwen.items import Article, Block
from fanwen.pipelines.store import StorePipeline
from fanwen.pipelines.strip import StripPipeline
from fanwen.strip import strip_blocks
from fanwen.strip.boilerplate import BoilerplateCounts, BoilerplateOptions

SLOGAN = "青松范文网，每天更新千篇好范文"


def article(n: int, site: str = "qingsong") -> Article:
    body = f"第{n}篇文章的正文，讲述了第{n}个不同的故事，内容各不相同，绝不重复。"
    return Article(url=f"https://qs.example/a/{n}.html", site=site, blocks=[Block(body), Block(SLOGAN)])


def test_a_block_becomes_boilerplate_at_the_threshold():
    counts = BoilerplateCounts(BoilerplateOptions(threshold=3, min_share=0.5))
    for n in range(3):
        assert not counts.is_boilerplate("qingsong", Block(SLOGAN))
        counts.observe("qingsong", article(n).blocks)
    assert counts.is_boilerplate("qingsong", Block(SLOGAN))
    assert not counts.is_boilerplate("other-site", Block(SLOGAN))


def test_a_block_in_too_few_of_the_sites_articles_is_kept():
    counts = BoilerplateCounts(BoilerplateOptions(threshold=3, min_share=0.5))
    for n in range(10):
        blocks = article(n).blocks if n < 3 else article(n).blocks[:1]
        counts.observe("qingsong", blocks)
    assert not counts.is_boilerplate("qingsong", Block(SLOGAN))


def test_memory_stays_bounded_and_the_decisions_stay_on_a_long_crawl():
    """Every article has a short paragraph of its own: those are forgotten, boilerplate is not."""
    window = 100
    options = BoilerplateOptions(threshold=5, min_share=0.3, window=window)
    counts, exact = (
        BoilerplateCounts(options),
        BoilerplateCounts(BoilerplateOptions(threshold=5, min_share=0.3, window=10**9)),
    )
    sizes = []
    for n in range(2000):
        blocks = [Block(f"第{n}篇独有的短段落。"), Block(SLOGAN)]
        if n % 2:  # in half of the articles: boilerplate by a clear margin
            blocks.append(Block("欢迎投稿，稿件一经采用即付稿酬"))
        if n % 5 == 0:  # in a fifth: under min_share, never boilerplate
            blocks.append(Block("本文仅供参考，请勿照搬照抄"))
        for c in (counts, exact):
            c.observe("qingsong", blocks)
        sizes.append(len(counts.counts))
    assert max(sizes) <= 3 * window  # the exact counts hold every one of the 2,000 paragraphs
    assert len(exact.counts) > 2000
    for text, boilerplate in (
        (SLOGAN, True),
        ("欢迎投稿，稿件一经采用即付稿酬", True),
        ("本文仅供参考，请勿照搬照抄", False),
        ("第7篇独有的短段落。", False),
    ):
        assert counts.is_boilerplate("qingsong", Block(text)) is boilerplate, text
        assert exact.is_boilerplate("qingsong", Block(text)) is boilerplate, text
    # Forgetting only ever under-counts, by at most one per window of articles.
    for key, count in counts.counts.items():
        assert exact.counts[key] - 2000 // window <= count <= exact.counts[key]


def test_counts_read_back_from_a_large_site_are_forgotten_as_lossy_counting_would():
    counts = BoilerplateCounts(BoilerplateOptions(window=1000))
    counts.load("qingsong", {"*": 5000, "rare": 5, "recurring": 2000})
    assert ("qingsong", "rare") not in counts.counts  # 5 <= 5000 // 1000
    assert counts.counts[("qingsong", "recurring")] == 2000


def test_the_store_forgets_rare_blocks_once_a_run(tmp_path):
    from fanwen.db.boilerplate import add_counts, forget_rare, load_counts

    engine = make_engine(str(tmp_path / "forget.db"))
    migrate(engine)
    with engine.begin() as connection:
        add_counts(
            connection,
            {
                ("big", "*"): (3000, ""),
                ("big", "once"): (1, "一次"),
                ("big", "thrice"): (3, "三次"),
                ("big", "often"): (900, "常见"),
                ("small", "*"): (40, ""),
                ("small", "once"): (1, "一次"),  # a small site forgets nothing yet
            },
        )
        assert forget_rare(connection, window=1000) == 2
    assert load_counts(engine, "big") == {"*": 3000, "often": 900}
    assert load_counts(engine, "small") == {"*": 40, "once": 1}
    engine.dispose()


def test_added_counts_sum_up_with_their_times_and_first_sample(tmp_path):
    """add_counts hands the driver plain tuples: the rows must read back as SQLAlchemy wrote
    them (times as datetimes, the sample cut to 500 characters, counts added). A block seen in
    one article has no sample yet (most are an article's own paragraph, forgotten at the run's
    end); its sample is the one it is seen with again, in the same batch or a later one."""
    from datetime import datetime

    from sqlalchemy import select

    from fanwen.db.boilerplate import add_counts
    from fanwen.db.tables import boilerplate_table as table

    engine = make_engine(str(tmp_path / "counts.db"))
    migrate(engine)
    with engine.begin() as connection:
        add_counts(connection, {("s", "b"): (2, "长" * 600), ("s", "a"): (1, "短"), ("s", "c"): (1, "丙")})
    with engine.connect() as connection:
        first = dict(connection.execute(select(table.c.block_hash, table.c.sample_text)).all())
    assert first == {"a": "", "b": "长" * 500, "c": ""}
    with engine.begin() as connection:
        add_counts(connection, {("s", "b"): (3, "另一个"), ("s", "a"): (1, "短")})
    with engine.connect() as connection:
        rows = connection.execute(select(table).order_by(table.c.block_hash)).mappings().all()
    engine.dispose()
    assert [(r["block_hash"], r["count"], r["sample_text"]) for r in rows] == [
        ("a", 2, "短"),
        ("b", 5, "长" * 500),
        ("c", 1, ""),
    ]
    for row in rows:
        assert isinstance(row["first_seen"], datetime) and isinstance(row["last_seen"], datetime)
        assert row["first_seen"] <= row["last_seen"]


def test_counts_are_read_without_the_blocks_lossy_counting_forgets_at_once(tmp_path):
    """Before forget_rare at a run's end the table holds every short block the run saw; read
    with the window, the rows a load would drop at once are left in the database, and the
    counts held are the same."""
    from fanwen.db.boilerplate import add_counts, load_counts

    engine = make_engine(str(tmp_path / "window.db"))
    migrate(engine)
    with engine.begin() as connection:
        add_counts(
            connection,
            {
                ("big", "*"): (3000, ""),
                **{("big", f"{n:016x}"): (1 + n % 4, "块") for n in range(40)},
                ("small", "*"): (40, ""),
                ("small", f"{1:016x}"): (1, "一次"),
            },
        )
    windowed = load_counts(engine, "big", window=1000)
    every = load_counts(engine, "big")
    assert windowed == {key: count for key, count in every.items() if count > 3 or key == "*"}
    assert load_counts(engine, "small", window=1000) == load_counts(engine, "small")
    held = []
    for stored in (windowed, every):
        counts = BoilerplateCounts(BoilerplateOptions(window=1000))
        counts.load("big", stored)
        held.append(counts._blocks)
    assert held[0] == held[1] and held[0]["big"]
    engine.dispose()


def test_headings_and_salutations_are_never_learned():
    counts = BoilerplateCounts(BoilerplateOptions(threshold=2))
    for _ in range(5):
        counts.observe("s", [Block("一、指导思想明确"), Block("尊敬的各位领导、同事们：")])
    assert not counts.is_boilerplate("s", Block("一、指导思想明确"))
    assert not counts.is_boilerplate("s", Block("尊敬的各位领导、同事们："))


def crawl(db: Path, articles: list[Article], threshold: int = 3) -> list[Article]:
    """Strip then store, as a crawl does: the store is the one writer of the learned counts."""
    settings = {"FANWEN_DB": str(db), "FANWEN_BOILERPLATE_THRESHOLD": threshold}
    crawler = get_crawler(settings_dict=settings)
    strip, store = build_from_crawler(StripPipeline, crawler), build_from_crawler(StorePipeline, crawler)
    strip.open_spider()
    store.open_spider()
    assert strip.storage is store.storage  # one storage owner per crawl
    out = [store.process_item(strip.process_item(a)) for a in articles]
    store.close_spider()
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
    return out


def stored_counts(db: Path) -> dict[str | None, int]:
    """The learned counts in the database, by sample text."""
    engine = make_engine(str(db))
    with engine.connect() as connection:
        rows = dict(connection.execute(select(BoilerplateBlock.sample_text, BoilerplateBlock.count)).all())
    engine.dispose()
    return rows


def test_counts_persist_between_crawls(tmp_path):
    db = tmp_path / "fanwen.db"
    first = crawl(db, [article(n) for n in range(2)])
    assert all(SLOGAN in [b.text for b in a.blocks] for a in first)
    (later,) = crawl(db, [article(7)])
    assert [b.text for b in later.blocks] == [article(7).blocks[0].text]
    assert ("learned-boilerplate", SLOGAN) in [(r.rule, r.text) for r in later.removed]
    rows = stored_counts(db).items()
    assert (SLOGAN, 3) in rows


def test_boilerplate_can_be_switched_off(tmp_path):
    settings = {"FANWEN_DB": str(tmp_path / "x.db"), "FANWEN_BOILERPLATE_ENABLED": False}
    pipeline = build_from_crawler(StripPipeline, get_crawler(settings_dict=settings))
    pipeline.open_spider()
    for n in range(10):
        item = pipeline.process_item(article(n))
    assert SLOGAN in [b.text for b in item.blocks]
    assert not (tmp_path / "x.db").exists()


def test_counts_are_written_with_the_articles_in_one_writer(tmp_path):
    """More articles than a store batch: the counts go through the store, nothing waits on a lock."""
    db = tmp_path / "fanwen.db"
    crawl(db, [article(n) for n in range(120)])
    rows = stored_counts(db)
    assert rows[SLOGAN] == 120


def test_a_recrawled_article_is_not_counted_twice(tmp_path):
    db = tmp_path / "fanwen.db"
    crawl(db, [article(n) for n in range(2)])
    crawl(db, [article(n) for n in range(2)])
    rows = stored_counts(db)
    assert rows[SLOGAN] == 2


def test_a_named_rule_explains_a_repeated_block_before_the_counts_do():
    counts = BoilerplateCounts(BoilerplateOptions(threshold=2))
    notice = "本站部分内容来源于网络，如有侵权请联系删除。"
    for n in range(3):
        counts.observe("s", [Block(f"第{n}篇正文，各不相同，内容完整。"), Block(notice)])
    assert counts.is_boilerplate("s", Block(notice))
    result = strip_blocks(
        [Block("正文，内容完整，讲述了一个故事。"), Block(notice)],
        bundled_rules(),
        is_boilerplate=counts.learned(("s",)),
    )
    assert [r.rule for r in result.removed] == ["footer-copyright"]


STOCK_LEAD = "心得体会是我们在学习或工作之后写下的体会，及时记录下来，是提升自己的好方法。"
QUOTATION = "文化是一个民族的精神命脉，而创新是文化繁荣的不竭源泉。"


def test_an_article_is_counted_in_its_site_and_its_column():
    from fanwen.strip.boilerplate import is_column, scopes

    assert scopes("qingsong", "https://qs.example/xinde/7.html") == ("qingsong", "qingsong /xinde/")
    assert scopes("qingsong", "https://qs.example/a/b/7.html")[1] == "qingsong /a/b/"
    assert scopes("qingsong", "https://qs.example/7.html") == ("qingsong",)
    assert is_column("qingsong /xinde/") and not is_column("qingsong")


def test_a_column_stock_lead_is_boilerplate_and_a_shared_paragraph_is_not():
    """Four columns of 12 articles: the 心得 column pastes a stock lead into every article (a
    quarter of the site, under the site's share), and five of the 评论 column's articles quote
    one paragraph (over the site's 0.3 within the column, far from all of it)."""
    from fanwen.strip.boilerplate import scopes

    counts = BoilerplateCounts(BoilerplateOptions())
    for column in ("xinde", "pinglun", "zongjie", "jianghua"):
        for n in range(12):
            blocks = [Block(f"{column}第{n}篇的正文，内容各不相同，绝不重复。")]
            if column == "xinde":
                blocks.insert(0, Block(STOCK_LEAD))
            if column == "pinglun" and n < 5:
                blocks.append(Block(QUOTATION))
            for scope in scopes("s", f"https://s.example/{column}/{n}.html"):
                counts.observe(scope, blocks)
    xinde, pinglun = (
        scopes("s", "https://s.example/xinde/1.html"),
        scopes("s", "https://s.example/pinglun/1.html"),
    )
    assert not counts.is_boilerplate("s", Block(STOCK_LEAD))  # 12 of 48 articles of the site
    assert counts.is_learned(xinde, Block(STOCK_LEAD))  # 12 of 12 in its column
    assert not counts.is_learned(pinglun, Block(QUOTATION))  # 5 of 12 in its column, 5 of 48 in the site


def test_an_article_counted_in_all_its_scopes_at_once_counts_as_scope_by_scope():
    """``observe_in`` and ``learned`` find a block's candidacy and hash once for all of an
    article's scopes (the strip stage's per-article work): the same counts, the same pending
    rows and the same decisions as asking scope by scope."""
    from fanwen.strip.boilerplate import scopes

    options = BoilerplateOptions(window=7)  # forgetting inside the run too
    at_once, one_by_one = BoilerplateCounts(options), BoilerplateCounts(options)
    pending: list[dict] = [{}, {}]
    for n in range(40):
        column = ("xinde", "pinglun")[n % 2]
        blocks = [
            Block(f"{column}第{n % 9}篇的正文，内容重复。"),
            Block(f"独有的第{n}段。"),
            Block(STOCK_LEAD),
        ]
        where = scopes("s", f"https://s.example/{column}/{n}.html")
        at_once.observe_in(where, blocks)
        for scope in where:
            one_by_one.observe(scope, blocks)
        pending[0].update(at_once.take_pending())
        pending[1].update(one_by_one.take_pending())
        asked = [*blocks, Block("一、指导思想明确"), Block("没见过的段落，长度足够。")]
        expected = [any(one_by_one.is_boilerplate(scope, b) for scope in where) for b in asked]
        assert [bool(at_once.learned(where)(b)) for b in asked] == expected
        assert [at_once.is_learned(where, b) for b in asked] == expected
    assert at_once.counts == one_by_one.counts
    assert pending[0] == pending[1]
    assert at_once.is_learned(scopes("s", "https://s.example/xinde/1.html"), Block(STOCK_LEAD))


def test_a_small_sites_first_articles_are_found_again_when_its_crawl_ends(tmp_path):
    """A crawl of three pages learns a block all three repeat (BoilerplateOptions.min_articles):
    the end of the crawl must find the articles stored before it was learned, though the block
    is counted in fewer than FANWEN_BOILERPLATE_THRESHOLD articles."""
    from fanwen.db import ArticleStore
    from fanwen.reprocess import disagreeing, load_learned
    from fanwen.sections import split_sections
    from fanwen.strip.boilerplate import scopes

    engine = make_engine(str(tmp_path / "small.db"))
    migrate(engine)
    counts = BoilerplateCounts()
    with ArticleStore(engine) as store:
        for n in range(3):
            item = article(n)
            item.title = f"第{n}篇"
            counts.observe_in(scopes("qingsong", item.url), item.blocks)
            item.boilerplate_seen = [
                (s, key, sample, added) for (s, key), (added, sample) in counts.take_pending().items()
            ]
            item.sections = split_sections(item.blocks, item.title)
            store.save(item)
    learned = load_learned(engine, ["qingsong"], BoilerplateOptions())
    assert learned.is_learned(scopes("qingsong", article(0).url), Block(SLOGAN))
    with engine.connect() as connection:
        assert len(disagreeing(connection, "qingsong", learned)) == 3
    engine.dispose()


# A blog's closing note that quotes each post's own title: on every page, never the same text.
def column_note(title: str) -> str:
    return f"「{title}」收在“阳台日记”专栏里，往期都在左边目录"


TITLES = ("阳台番茄搭架记", "绿萝黄叶的原因", "薄荷扦插第七天", "多肉过夏笔记")


def titled(n: int) -> Article:
    item = article(n)
    item.title = TITLES[n]
    item.blocks = [item.blocks[0], Block(column_note(item.title))]
    return item


def test_a_line_that_quotes_the_page_s_title_recurs_with_the_title_masked():
    counts = BoilerplateCounts()
    for n in range(3):
        counts.observe("qingsong", titled(n).blocks, TITLES[n])
    assert counts.is_boilerplate("qingsong", Block(column_note(TITLES[3])), TITLES[3])
    assert not counts.is_boilerplate("qingsong", Block(column_note(TITLES[3])))  # no title: no mask
    # The title alone, or with a few characters, is never a template line.
    assert not counts.is_boilerplate("qingsong", Block(f"「{TITLES[3]}」（下）"), TITLES[3])


@pytest.mark.parametrize(
    "note",
    [lambda item: column_note(item.title), lambda item: f"原创文章，转载请注明出处，本文地址：{item.url}"],
    ids=["title", "address"],
)
def test_the_end_of_a_crawl_finds_and_keeps_title_quoting_lines_by_their_mask(tmp_path, note):
    """The re-check looks for a masked sample by its parts around the title (or the page's own
    address, review S24), and asks whether a removal is still boilerplate with its article's
    title: the first articles that kept the line are found, and an article that lost it is not
    read again at every crawl's end."""
    from fanwen.db import ArticleStore
    from fanwen.db.tables import articles_table
    from fanwen.reprocess import disagreeing, load_learned
    from fanwen.sections import split_sections
    from fanwen.strip.boilerplate import scopes
    from fanwen.strip.stage import clean_article

    engine = make_engine(str(tmp_path / "titled.db"))
    migrate(engine)
    counts = BoilerplateCounts()
    ids = []
    with ArticleStore(engine) as store:
        for n in range(4):
            item = titled(n)
            item.blocks = [item.blocks[0], Block(note(item))]
            where = scopes("qingsong", item.url)
            counts.observe_in(where, item.blocks, item.title)
            item.boilerplate_seen = [
                (s, key, sample, added) for (s, key), (added, sample) in counts.take_pending().items()
            ]
            if n == 3:
                clean_article(item, [], counts, where)
                assert [r.rule for r in item.removed] == ["learned-boilerplate"]
            item.sections = split_sections(item.blocks, item.title)
            store.save(item)
            ids.append(item.url)
    learned = load_learned(engine, ["qingsong"], BoilerplateOptions())
    with engine.connect() as connection:
        found = disagreeing(connection, "qingsong", learned)
        urls = dict(connection.execute(select(articles_table.c.id, articles_table.c.url)).all())
    assert sorted(urls[i] for i in found) == sorted(ids[:3])
    engine.dispose()


def test_an_articles_own_sentence_naming_its_title_unquoted_is_not_masked():
    """Generated essays whose paragraphs restate their title (``<title>的第一段…``) differ by the
    title alone too; they are the articles, and only a quoted title is masked."""
    counts = BoilerplateCounts()
    for n in range(4):
        counts.observe("qingsong", [Block(f"{TITLES[n]}的第一段，写的是院子里的见闻")], TITLES[n])
    assert not counts.is_boilerplate("qingsong", Block(f"{TITLES[0]}的第一段，写的是院子里的见闻"), TITLES[0])


def test_a_stock_line_naming_the_page_s_own_address_recurs_with_the_address_masked():
    """A blog platform closes every post with a repost notice that ends in the post's own address;
    the line differs on every page by its address alone, and is learned as the template's once the
    address is masked. A line that differs by more than its address is not."""
    counts = BoilerplateCounts()
    note = "原创文章，转载请注明作者和出处，本文链接：{}"
    posts = [f"https://www.shanju.example.org/u/yunhe/archives/{n}.html" for n in (311, 327, 352, 368)]
    for n, url in enumerate(posts[:3]):
        counts.observe("shanju", [Block(f"第{n}篇日志的正文，写的是不同的事情。"), Block(note.format(url))])
    assert counts.is_boilerplate("shanju", Block(note.format(posts[3])))
    assert not counts.is_boilerplate("shanju", Block(f"本文提到的工具可以在这里下载：{posts[3]}"))
    assert not counts.is_boilerplate("shanju", Block(posts[3]))  # an address alone is no template line
