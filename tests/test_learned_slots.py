"""Learned template slots whose text changes: a labelled line the site puts on every page while its text
rotates among a few goes as ``learned-slot``; the article's own labelled lines stay (fanwen/strip/boilerplate.py).

The sites are the slot zoo's (tests/fixtures/slotzoo, written by make.py there), read as a first crawl reads them
(bench/site_zoo.py's ``crawl``): ``xiaochu`` rotates a 【本周好物】 offer among three over six recipes, each recipe with a
小贴士： tip of its own; ``qingxi`` opens every report with its own 【导语】 lead and closes it with its own 关键词： line,
and prints its second report twice (a print version at another address).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

from fanwen.items import Article, Block
from fanwen.strip.boilerplate import (
    BoilerplateCounts,
    BoilerplateOptions,
    is_slot_key,
    scopes,
    slot_key,
    slot_label,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.site_zoo import crawl, load_zoo, read_generic  # noqa: E402

ZOO = FIXTURES / "slotzoo"


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def sites():
    return load_zoo(ZOO)


def test_a_rotating_slot_goes_from_every_page_and_the_recipes_own_tips_stay(rules, sites):
    pages = sites["xiaochu"]
    offers = [page.want["removed"][0] for page in pages]
    assert len(set(offers)) == 3  # each offer on two of the six pages: no line recurs on three
    alone = read_generic(pages, rules)
    assert all(offer in alone[page.name]["text"] for page, offer in zip(pages, offers, strict=True))
    crawled = crawl(pages, rules)
    for page, offer in zip(pages, offers, strict=True):
        article = crawled.articles[page.name]
        assert squeeze(article.text) == squeeze(page.want["text"]), page.name  # the 小贴士： line included
        assert [r.rule for r in article.removed if r.text == offer] == ["learned-slot"]
    # Learned at the fourth page (its offer's second page, the slot on 4 of 4); the three read
    # before are read again when the crawl ends.
    assert crawled.replaced == [page.name for page in pages[:3]]


def test_an_articles_own_labelled_lines_stay_though_the_label_is_on_every_page(rules, sites):
    """【导语】 and 关键词： open a line on all seven pages (the slot is learned), but each text is one
    report's own; the second report, printed again at another address, has its lead twice, and
    stays too: everything else of it recurs as well (a copy, not a rotating slot)."""
    pages = sites["qingxi"]
    crawled = crawl(pages, rules)
    counts = crawled.counts
    site = "qingxi.example.cn"
    assert counts.has_slots(site)
    assert counts.counts[(site, slot_key("导语"))] == 7
    for page in pages:
        article = crawled.articles[page.name]
        assert squeeze(article.text) == squeeze(page.want["text"]), page.name
        assert not [r for r in article.removed if r.rule.startswith("learned")], page.name


def test_slot_labels():
    assert slot_label("【本周好物】铸铁锅，今晚下单立减二十元") == "本周好物"
    assert slot_label("［温馨提示］ 雨天路滑，出行注意安全") == "温馨提示"
    assert slot_label("小贴士：番茄不够酸甜时，加半勺糖") == "小贴士"
    # Numbered labels number the article's own parts; a field's value is no slot's line.
    for text in (
        "地点：县政府三楼第二会议室",
        "联系电话：0000-5812235。",
        "【第一天】古镇老街，一碗米糕",
        "误区三：症状好了，就马上停药",
        "【2】参考文献一篇，新华社",
        "课时：2课时",
        "【导语】",
    ):
        assert slot_label(text) is None, text
    assert is_slot_key(slot_key("本周好物")) and len(slot_key("本周好物")) == 16


def blocks(n: int, line: str) -> list[Block]:
    return [Block(f"第{n}篇文章自己的一段正文，和别篇都不一样。"), Block(line)]


def test_a_slot_needs_its_label_on_enough_articles_and_its_text_again():
    offers = (
        "【今日好物】桂花藕粉，今天下单第二件半价",
        "【今日好物】手工挂面，满两袋包邮到家",
        "【今日好物】竹编收纳篮，限时九折",
    )
    counts = BoilerplateCounts()
    for n in range(3):
        counts.observe("s", blocks(n, offers[n]))
    # Three different offers: the slot is on 3 of 3, but no text is seen twice.
    assert not any(counts.is_boilerplate("s", Block(offer)) for offer in offers)
    counts.observe("s", blocks(3, offers[0]))
    assert counts.is_boilerplate("s", Block(offers[0]))
    assert not counts.is_boilerplate("s", Block(offers[1]))  # seen once so far
    assert not counts.is_boilerplate("s", Block("【今日好物】一句没有出现过的话，写给这一篇"))
    # On too few of the site's articles, the slot is not the template's.
    for n in range(4, 12):
        counts.observe("s", blocks(n, f"第{n}篇的结尾，没有标签的一句话"))
    assert not counts.is_boilerplate("s", Block(offers[0]))


def test_a_copied_article_keeps_its_labelled_lines():
    counts = BoilerplateCounts()
    # A lead that reads as an offer (a report on a sale), so that only the copy test keeps it.
    lead = "【导语】县供销社年货节今天开幕，满一百元包邮到各个乡镇"
    for n in range(5):
        counts.observe("s", blocks(n, f"【导语】第{n}篇报道自己的导语，写的是这件事"))
    copy = blocks(1, lead)
    counts.observe("s", copy)
    counts.observe("s", copy)  # the same report at a second address
    assert counts.learned(("s",), None, copy)(copy[1]) is None
    assert counts.learned(("s",), None)(copy[1]) == "learned-slot"  # asked alone: taken for no copy
    # A lead that offers nothing never goes, copy or not (review W1-W4: writers reuse their lines).
    plain = blocks(1, "【导语】县图书馆四月起开通夜间自习室，每晚开放到十点")
    counts.observe("s", plain)
    counts.observe("s", plain)
    assert counts.learned(("s",), None)(plain[1]) is None


def test_the_end_of_a_crawl_finds_the_articles_stored_before_a_slot_was_learned(any_engine):
    """A rotating line is counted in two articles, fewer than any block needs
    (BoilerplateOptions.least): the re-check looks for the texts of a learned slot from two on,
    and finds removals under ``learned-slot`` that no longer hold; on both backends (a slot's key,
    ``§`` and 15 hex digits, fits the 16 characters of ``block_hash``)."""
    from fanwen.db import ArticleStore
    from fanwen.reprocess import disagreeing, load_learned
    from fanwen.sections import split_sections
    from fanwen.strip.stage import clean_article

    offers = ("【本周好物】铸铁平底锅，今晚下单立减二十元", "【本周好物】红薯粉条，两袋起包邮到家")
    engine = any_engine
    counts = BoilerplateCounts()
    with ArticleStore(engine) as store:
        for n in range(4):
            item = Article(
                url=f"https://xc.example/a/{n}.html",
                site="xc",
                title=f"第{n}道菜",
                blocks=blocks(n, offers[n % 2]),
            )
            where = scopes("xc", item.url)
            counts.observe_in(where, item.blocks, item.title)
            item.boilerplate_seen = [
                (s, key, sample, added) for (s, key), (added, sample) in counts.take_pending().items()
            ]
            clean_article(item, [], counts, where)
            assert [r.rule for r in item.removed] == (["learned-slot"] if n >= 2 else [])
            item.sections = split_sections(item.blocks, item.title)
            store.save(item)
    learned = load_learned(engine, ["xc"], BoilerplateOptions())
    with engine.connect() as connection:
        assert len(disagreeing(connection, "xc", learned)) == 2  # the first two kept their offer
    # Counted on: the slot is in too few of the site's articles now, and the removals no longer hold.
    for scope in ("xc", "xc /a/"):
        learned.load(scope, {"*": 40})
    with engine.connect() as connection:
        assert len(disagreeing(connection, "xc", learned)) == 2  # the last two lost it as learned-slot
