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
    # Read alone, each offer stays but one: a line of a look of its own under a label, over a deal, on a page of
    # 200 characters or more, goes as an advert line of its own (cta-own-line, session 25).
    gone = [
        page.name for page, offer in zip(pages, offers, strict=True) if offer not in alone[page.name]["text"]
    ]
    assert gone == ["xiaochu_01"]
    crawled = crawl(pages, rules)
    for page, offer in zip(pages, offers, strict=True):
        article = crawled.articles[page.name]
        assert squeeze(article.text) == squeeze(page.want["text"]), page.name  # the 小贴士： line included
        # the offer that went alone keeps its first read's name: read again, the page stores the same text
        want = "cta-own-line" if page.name in gone else "learned-slot"
        assert [r.rule for r in article.removed if r.text == offer] == [want]
    # Learned at the fourth page (its offer's second page, the slot on 4 of 4: an offer needs its texts
    # seen in two articles, not yet rotating); the three read before are read again when the crawl ends, and
    # stored again where the slot changes their text.
    assert crawled.replaced == [page.name for page in pages[:3] if page.name not in gone]


def test_an_articles_own_labelled_lines_stay_though_the_label_is_on_every_page(rules, sites):
    """【导语】 and 关键词： open a line on all seven pages, but each text is one report's own, set like its
    paragraphs: no slot (a line in the body's look never is); the second report, printed again at
    another address, has its lead twice, and stays too."""
    pages = sites["qingxi"]
    crawled = crawl(pages, rules)
    counts = crawled.counts
    site = "qingxi.example.cn"
    assert not counts.has_slots(site)
    assert (site, slot_key("导语")) not in counts.counts
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


def blocks(n: int, line: str, look: str = ">p.goods") -> list[Block]:
    """An article's two paragraphs of its own, in the body's look, and a labelled ``line`` in ``look``."""
    return [
        Block(f"第{n}篇文章自己的一段正文，和别篇都不一样，写得长一些。", style=">p"),
        Block(f"第{n}篇文章自己的第二段，讲这一篇自己的事情。", style=">p"),
        Block(line, style=look),
    ]


def test_a_slot_needs_its_label_on_enough_articles_and_its_texts_rotating():
    offers = (
        "【今日好物】桂花藕粉，冲一碗当早饭",
        "【今日好物】手工挂面，煮十分钟不坨",
        "【今日好物】竹编收纳篮，放水果正好",
    )
    counts = BoilerplateCounts()
    for n in range(3):
        counts.observe("s", blocks(n, offers[n]))
    # Three different texts: the slot is on 3 of 3, but no text is seen twice.
    assert not any(counts.is_boilerplate("s", Block(offer)) for offer in offers)
    counts.observe("s", blocks(3, offers[0]))
    # Three texts over four articles: most of the slot's texts are still new (a writer's own lines).
    assert not counts.is_boilerplate("s", Block(offers[0]))
    for n, offer in ((4, offers[1]), (5, offers[0])):
        counts.observe("s", blocks(n, offer))
    article = blocks(6, offers[1])
    counts.observe("s", article)
    # Three texts over seven articles: the slot rotates; asked with the article or alone (its label).
    assert counts.learned(("s",), None, article)(article[2]) == "learned-slot"
    assert counts.is_boilerplate("s", Block(offers[0]))
    assert not counts.is_boilerplate("s", Block(offers[2]))  # seen once so far
    assert not counts.is_boilerplate("s", Block("【今日好物】一句没有出现过的话，写给这一篇"))
    # The same line in the body's look is no slot's, though its label's slot is learned.
    plain = blocks(7, offers[1], ">p")
    counts.observe("s", plain)
    assert counts.learned(("s",), None, plain)(plain[2]) is None
    # On too few of the site's articles, the slot is not the template's.
    for n in range(8, 30):
        counts.observe("s", blocks(n, f"第{n}篇的结尾，没有标签的一句话", ">p"))
    assert not counts.is_boilerplate("s", Block(offers[0]))


def test_a_copied_article_keeps_its_slots_line():
    counts = BoilerplateCounts()
    notes = ("【编者的话】春天到了，出门踏青别忘了带水", "【编者的话】天气转暖，早晚还是要加件衣服")
    for n in range(6):
        counts.observe("s", blocks(n, notes[n % 2], ">p.note"))
    own = blocks(6, notes[0], ">p.note")
    counts.observe("s", own)
    assert counts.learned(("s",), None, own)(own[2]) == "learned-slot"
    copy = blocks(1, notes[1], ">p.note")
    counts.observe("s", copy)  # the second article again, at another address
    assert counts.learned(("s",), None, copy)(copy[2]) is None
    assert counts.learned(("s",), None)(copy[2]) == "learned-slot"  # asked alone: taken for no copy


def test_the_end_of_a_crawl_finds_the_articles_stored_before_a_slot_was_learned(any_engine):
    """A rotating line is counted in two articles, fewer than any block needs
    (BoilerplateOptions.least): the re-check looks for the texts of a learned slot from two on,
    and finds removals under ``learned-slot`` that no longer hold; on both backends (a slot's key,
    ``§`` and 15 hex digits, fits the 16 characters of ``block_hash``)."""
    from fanwen.db import ArticleStore
    from fanwen.reprocess import disagreeing, load_learned
    from fanwen.sections import split_sections
    from fanwen.strip.stage import clean_article

    offers = ("【本周好物】铸铁平底锅，导热均匀不粘底", "【本周好物】红薯粉条，炖菜煮火锅都好吃")
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
            # Two texts over four articles: the slot rotates from the fourth on.
            assert [r.rule for r in item.removed] == (["learned-slot"] if n == 3 else [])
            item.sections = split_sections(item.blocks, item.title)
            store.save(item)
    learned = load_learned(engine, ["xc"], BoilerplateOptions())
    with engine.connect() as connection:
        assert len(disagreeing(connection, "xc", learned)) == 3  # the first three kept their line
    # Counted on: the slot is in too few of the site's articles now, and the removals no longer hold.
    for scope in ("xc", "xc /a/"):
        learned.load(scope, {"*": 40})
    with engine.connect() as connection:
        assert len(disagreeing(connection, "xc", learned)) == 1  # the last lost it as learned-slot
