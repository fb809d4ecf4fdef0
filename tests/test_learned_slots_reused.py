"""A labelled line the writers reuse is the article's text, not a template slot (review W1-W4, W9, W12).

A site's labelled lines recur in many ways that are no template's rotating slot: an interview column's stock
questions (记者：…？), a series' shared 编者按：, two recipes sharing a 小贴士： tip word for word, a hiking blog's
safety note repeated on two of its four posts, reports whose 记者：X，通讯员：Y by-line repeats a pair. Their counts
can equal a rotating slot's (one stock question per interview, three over six pages: the slot zoo's counts).
Here they are set like the article's paragraphs, and a line in the body's look is never a slot's
(tests/test_learned_slots_look.py has the same kinds in looks of their own). Every page here is our
own text, read as a first crawl reads it (bench/site_zoo.py's ``crawl``); every line must stay, and the long
paragraphs' site (W12), whose rotating offer is set in a box of its own, must still lose it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.site_zoo import SitePage, crawl  # noqa: E402


def page_html(site: str, title: str, day: int, paras: list[str], html: bool = False) -> str:
    """A page of the site holding ``paras`` (each a line's HTML, with ``html``). A line opening with
    the stores' label is set in the site's box for goods (class "goods")."""
    body = "\n".join(
        p if html else f'<p class="goods">{p}</p>' if p.startswith("【店长推荐】") else f"<p>{p}</p>"
        for p in paras
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - {site}</title></head><body>
<div class="head"><a href="/">{site}</a> <a href="/news/">要闻</a> <a href="/life/">生活</a></div>
<div class="page"><div class="post"><h1>{title}</h1><div class="meta">2025-03-{day:02d} 09:30　作者：本站</div>
<div class="post-body">
{body}
</div></div><div class="side"><h3>本周热读</h3><ul><li><a href="/a/9.html">一篇读者爱看的文章</a></li></ul></div></div>
<div class="foot">{site} 版权所有</div></body></html>"""


def crawl_site(rules, site: str, pages: list[tuple[str, list[str]]], html: bool = False):
    sitepages = [
        SitePage(
            f"p{n:02d}",
            site,
            f"http://{site}/news/{200 + n}.html",
            page_html(site, t, n, ps, html).encode(),
            {},
        )
        for n, (t, ps) in enumerate(pages, 1)
    ]
    crawled = crawl(sitepages, rules)
    return [crawled.articles[p.name] for p in sitepages]


def squeeze(text: str) -> str:
    return "".join(text.split())


def lost(rules, site: str, pages: list[tuple[str, list[str]]]) -> list[str]:
    articles = crawl_site(rules, site, pages)
    return [
        para
        for (_, paras), article in zip(pages, articles, strict=True)
        for para in paras
        if squeeze(para) not in squeeze(article.text)
    ]


PEOPLE = ["渔民", "裁缝", "护林员", "面点师", "邮递员", "竹编匠"]
QUESTIONS = [
    "记者：您是怎么走上这条路的，当时家里人怎么看？",
    "记者：这些年里，哪一件事让您最想放弃，后来又为什么坚持下来？",
    "记者：如果有年轻人想跟您学这门手艺，您会对他说些什么？",
    "记者：您觉得这个行当十年以后还会有人做吗？",
    "记者：平常一天是怎么过的，从早到晚都忙些什么？",
    "记者：有没有哪位老主顾让您一直记在心里？",
]


def interview(n: int, who: str, questions: list[str]) -> tuple[str, list[str]]:
    paras = [
        f"初冬的一个上午，我们在镇上见到了这位{who}，他干这一行已经第{n + 3}个年头了，说起话来慢条斯理。"
    ]
    for q, question in enumerate(questions):
        paras += [
            question,
            f"{who}：这个问题我想过很多回，第{q + 1}次被人问起，还是那句老话，踏踏实实把手上的活做好。",
        ]
    paras.append(f"告别的时候，{who}把我们送到路口，说明年开春再来，他那儿又会有新的变化。")
    return (f"手艺人访谈：{who}", paras)


def test_an_interviews_stock_questions_stay(rules):
    """Each interview asks two of six stock questions (each on two of six pages)."""
    pages = [interview(n, who, [QUESTIONS[n], QUESTIONS[(n + 1) % 6]]) for n, who in enumerate(PEOPLE)]
    assert lost(rules, "shouyi.example.cn", pages) == []


def test_one_stock_question_per_interview_stays(rules):
    """One question per interview, three over six pages, each twice: a rotating slot's very counts."""
    pages = [interview(n, who, [QUESTIONS[n % 3]]) for n, who in enumerate(PEOPLE)]
    assert lost(rules, "shouyi1.example.cn", pages) == []


# Six recipes' 小贴士： tips, the first two the same word for word.
TIPS = [
    "小贴士：购买面粉时选高筋的，发面时在盆上盖一块湿布，面团表面不会结皮。",
    "小贴士：购买面粉时选高筋的，发面时在盆上盖一块湿布，面团表面不会结皮。",
    "小贴士：鱼下锅前用厨房纸吸干水，煎的时候才不会溅油，也不容易破皮。",
    "小贴士：豆角一定要炒到完全变色，没熟透的豆角吃了容易肚子不舒服。",
    "小贴士：炖汤的水要一次加够，中途加冷水会让汤变得浑浊。",
    "小贴士：拌凉菜的醋最后放，放早了黄瓜会出水变软。",
]
DISHES = ["葱油花卷", "豆沙包", "香煎带鱼", "干煸豆角", "莲藕排骨汤", "拍黄瓜"]


def test_a_tip_two_recipes_share_stays(rules):
    pages = [
        (
            d,
            [
                f"这道{d}是我家周末常做的，材料简单，照着步骤来不会失手。",
                f"{d}做好以后趁热吃最香，放凉了口感会差一些。",
                tip,
            ],
        )
        for d, tip in zip(DISHES, TIPS, strict=True)
    ]
    assert lost(rules, "shipu.example.cn", pages) == []


def test_a_series_shared_editors_note_stays(rules):
    notes = [
        "编者按：老码头改造享受了多项优惠政策，藏着一座城的记忆，本系列分两期讲述它的故事。",
        "编者按：老码头改造享受了多项优惠政策，藏着一座城的记忆，本系列分两期讲述它的故事。",
        "编者按：山区孩子的午餐，从一个馒头变成了两菜一汤，我们去看了看。",
        "编者按：一位退休教师办起了免费的老年课堂，来上课的人越来越多。",
        "编者按：社区里的共享工具箱，让邻居们之间的来往多了起来。",
        "编者按：一条老铁路改成了步道，周末来散步的人络绎不绝。",
    ]
    pages = [
        (
            f"城市记忆第{n}期",
            [
                note,
                f"第{n}期正文的第一段，记者走访了许多老居民，听他们讲过去的事情。",
                f"第{n}期正文的第二段，写下了这些年的变化。",
            ],
        )
        for n, note in enumerate(notes, 1)
    ]
    assert lost(rules, "jiyi.example.cn", pages) == []


def closing_with(lasts: list[str], title: str, first: str, second: str) -> list[tuple[str, list[str]]]:
    """A post per line of ``lasts``, numbered from 1: ``title``, ``first`` and ``second`` with ``{n}``
    that number, and the line closing the post."""
    return [
        (title.format(n=n), [first.format(n=n), second.format(n=n), last]) for n, last in enumerate(lasts, 1)
    ]


def test_a_short_blogs_repeated_note_stays(rules):
    """Four posts; the same 温馨提示： on two of them (the label on all four)."""
    notes = [
        "温馨提示：河谷里早晚温差大，出发前一定要带一件厚外套。",
        "温馨提示：河谷里早晚温差大，出发前一定要带一件厚外套。",
        "温馨提示：野外的蘑菇不要随便采来吃，再像也不要尝。",
        "温馨提示：营地附近有野猪出没，食物要收进密封箱里。",
    ]
    pages = closing_with(
        notes,
        "河谷露营记{n}",
        "第{n}次去河谷露营，我们换了一条新的路线，沿着溪水往上走了三个小时。",
        "第{n}次露营的晚上下了一场小雨，帐篷里听雨声格外安静。",
    )
    assert lost(rules, "lulu.example.cn", pages) == []


def test_reports_whose_byline_pair_recurs_keep_it(rules):
    bylines = ["记者：张明远，通讯员：刘芳", "记者：何静，通讯员：马超", "记者：张明远，通讯员：刘芳",
               "记者：郑宇，通讯员：钱楠", "记者：何静，通讯员：马超", "记者：韩雪，通讯员：冯磊"]  # fmt: skip
    pages = closing_with(
        bylines,
        "社区新闻{n}",
        "社区新闻第{n}篇的第一段，讲的是楼道里装上了新的扶手。",
        "社区新闻第{n}篇的第二段，老人们上下楼方便多了。",
    )
    assert lost(rules, "shequ.example.cn", pages) == []


@pytest.mark.parametrize("short", [False, True], ids=["long-paragraphs", "with-a-short-one"])
def test_a_rotating_offer_goes_on_a_site_of_long_paragraphs(rules, short):
    """W12: an article with no short line of its own is no copy for that alone."""
    offers = [
        "【店长推荐】老粗布床单，纯棉透气，今天下单立减十五元",
        "【店长推荐】山茶油五升装，榨完即发，两桶起包邮到家",
        "【店长推荐】竹纤维毛巾四条装，新人首单只要十九元",
    ]
    long = "这一段写得很长，" + "把整件事情的来龙去脉一五一十地讲给读者听，每个细节都没有落下。" * 8
    pages = [
        (
            f"长文{n}",
            ([f"第{n}篇只有这一句短话。"] if short else [])
            + [f"第{n}篇：" + long, f"第{n}篇第二段：" + long, offers[n % 3]],
        )
        for n in range(6)
    ]
    articles = crawl_site(rules, "changwen.example.cn", pages)
    for (_, paras), article in zip(pages, articles, strict=True):
        # the offer goes: as the site's learned slot, or read alone as an advert line of its own (cta-own-line,
        # session 25: a 【…推荐】 label over a deal), whichever comes first
        assert [r.rule for r in article.removed if r.text == paras[-1]] in (
            ["learned-slot"],
            ["cta-own-line"],
        )
        assert all(squeeze(p) in squeeze(article.text) for p in paras[:-1])
