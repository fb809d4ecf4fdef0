"""A template slot told by its template evidence, not by what its line says (fanwen/strip/boilerplate.py).

A template slot is one position of the site's template: a line opening with the same label, set in the same look
(Block.style), at the same place relative to the article's text (before it, inside it, after it), on the site's
pages, whose text changes from page to page among a few stock texts, and whose look is not the body's own (an
article's paragraphs share one look). Such a line goes as ``learned-slot`` whatever it says: a rotating 温馨提示：
reminder, a 推荐阅读： title, a 【好物推荐】 with no word of an offer. A writer's own labelled lines stay even when
the site sets them in a look of their own: interview questions, per-article tips, an editor's note, by-lines,
headings styled alike on every page. A rotating line set like the body's paragraphs is never taken this way.

Every page here is our own text, read as a first crawl reads it (bench/site_zoo.py's ``crawl``).
"""

from __future__ import annotations

import re

from test_learned_slots_reused import DISHES, TIPS, squeeze
from test_learned_slots_reused import crawl_site as crawl_lines


def crawl_site(rules, site: str, pages: list[tuple[str, list[str]]]):
    """A first crawl of ``pages``, (title, the HTML of each line of its text)."""
    return crawl_lines(rules, site, pages, html=True)


def words(html: str) -> str:
    """The text of one line of ours (its tags left out)."""
    return re.sub(r"<[^>]+>", "", html)


def p(text: str, cls: str | None = None, tag: str = "p") -> str:
    return f'<{tag} class="{cls}">{text}</{tag}>' if cls else f"<{tag}>{text}</{tag}>"


def body(n: int, topic: str, paragraphs: int = 3) -> list[str]:
    """An article's own paragraphs, each written once."""
    return [
        p(f"{topic}的第{i + 1}段，第{n}篇里写下的见闻：那天的天气、遇到的人、说过的话，都一一记了下来。")
        for i in range(paragraphs)
    ]


TOPICS = ["春耕", "赶集", "修桥", "采茶", "放河灯", "晒秋"]


def slot_site(rules, site: str, slots: list[str], cls: str | None, where: str = "tail"):
    pages = []
    for n, slot in enumerate(slots):
        lines = body(n, TOPICS[n % len(TOPICS)])
        line = p(slot, cls)
        lines = [line, *lines] if where == "head" else [*lines, line]
        pages.append((f"乡村手记：{TOPICS[n % len(TOPICS)]}{n}", lines))
    return pages, crawl_site(rules, site, pages)


def assert_slot_goes(pages, articles, slots):
    for (_, lines), article, slot in zip(pages, articles, slots, strict=True):
        assert [r.rule for r in article.removed if squeeze(r.text) == squeeze(words(slot))] == [
            "learned-slot"
        ]
        for line in lines:
            if words(line) != words(slot):
                assert squeeze(words(line)) in squeeze(article.text)


def assert_all_kept(pages, articles):
    lost = [
        words(line)
        for (_, lines), article in zip(pages, articles, strict=True)
        for line in lines
        if squeeze(words(line)) not in squeeze(article.text)
    ]
    assert lost == []


REMINDERS = [
    "温馨提示：山里早晚凉，出门记得多带一件外套。",
    "温馨提示：雨后石阶湿滑，走路请扶好栏杆，慢一点。",
]


def test_a_rotating_reminder_in_a_look_of_its_own_goes(rules):
    """No offer in it: a 温馨提示： box rotating two reminders over five pages, set apart by its class."""
    slots = [REMINDERS[n % 2] for n in range(5)]
    pages, articles = slot_site(rules, "wenxin.example.cn", slots, "tips-box")
    assert_slot_goes(pages, articles, slots)


def test_a_rotating_reading_tip_of_plain_titles_goes(rules):
    """A reading tip under a label of the site's own (推荐阅读： itself is a named rule's, footer-related) and
    another article's title, no clause in it: three titles over six pages."""
    titles = ["《老街上的修表铺》", "《外婆的腌菜坛子》", "《一条河的四季》"]
    slots = [f"【灯下书单】{titles[n % 3]}" for n in range(6)]
    pages, articles = slot_site(rules, "dengxia.example.cn", slots, "kuang")
    assert_slot_goes(pages, articles, slots)


def test_a_rotating_goods_slot_with_no_offer_words_goes_before_the_text(rules):
    goods = [
        "【好物推荐】竹制砧板，切菜不打滑，用了三年还像新的",
        "【好物推荐】粗陶汤锅，炖汤不溢，冬天离不开它",
    ]
    slots = [goods[n % 2] for n in range(4)]
    pages, articles = slot_site(rules, "haowu.example.cn", slots, "goods", where="head")
    assert_slot_goes(pages, articles, slots)


def test_a_rotating_slot_set_like_the_body_stays(rules):
    """Nothing but the counts tells it from the article's own paragraph: it stays."""
    slots = [REMINDERS[n % 2] for n in range(5)]
    pages, articles = slot_site(rules, "sumian.example.cn", slots, None)
    assert_all_kept(pages, articles)


QUESTIONS = [
    "记者：您是怎么走上这条路的，当时家里人怎么看？",
    "记者：这些年里，哪一件事让您最想放弃，后来又为什么坚持下来？",
    "记者：如果有年轻人想跟您学这门手艺，您会对他说些什么？",
]


def test_interview_questions_in_a_look_of_their_own_stay(rules):
    """One stock question per interview (three over six pages, each twice), in bold like every question
    of the column, and 问：/答： pairs of the interview's own."""
    people = ["渔民", "裁缝", "护林员", "面点师", "邮递员", "竹编匠"]
    pages = []
    for n, who in enumerate(people):
        lines = [
            p(f"初冬的一个上午，我们在镇上见到了这位{who}，他干这一行已经{n + 3}年了，说起话来慢条斯理。"),
            p(QUESTIONS[n % 3], "q"),
            p(f"{who}：这个问题我想过很多回，踏踏实实把手上的活做好，日子自然就过下去了。"),
            p(f"问：您做{who}这些年，最难忘的是哪一天？", "q"),
            p(f"答：是第{n + 1}年的冬天，那天下了很大的雪，我一个人把活干完了。", "a"),
        ]
        pages.append((f"手艺人访谈：{who}", lines))
    assert_all_kept(pages, crawl_site(rules, "fangtan.example.cn", pages))


def test_tips_in_a_box_of_their_own_stay(rules):
    """Each recipe's 小贴士： in the site's tip box (test_learned_slots_reused's); two recipes share one tip."""
    pages = [
        (
            d,
            [
                p(f"这道{d}是我家周末常做的，材料简单，照着步骤来不会失手。"),
                p(f"{d}做好以后趁热吃最香。"),
                p(t, "tip"),
            ],
        )
        for d, t in zip(DISHES, TIPS, strict=True)
    ]
    assert_all_kept(pages, crawl_site(rules, "chufang.example.cn", pages))


def test_an_editors_note_and_by_lines_in_looks_of_their_own_stay(rules):
    """A series' 编者按： (two parts share one) above the text and a reporters' by-line under it, whose
    two pairs rotate over six reports, each set apart by its class."""
    notes = [
        "编者按：老码头藏着一座城的记忆，本系列分两期讲述它的故事。",
        "编者按：老码头藏着一座城的记忆，本系列分两期讲述它的故事。",
        "编者按：山区孩子的午餐，从一个馒头变成了两菜一汤，我们去看了看。",
        "编者按：一位退休教师办起了免费的老年课堂，来上课的人越来越多。",
        "编者按：社区里的共享工具箱，让邻居们之间的来往多了起来。",
        "编者按：一条老铁路改成了步道，周末来散步的人络绎不绝。",
    ]
    bylines = ["记者：张明远，通讯员：刘芳", "记者：何静，通讯员：马超"]
    pages = [
        (f"城市记忆第{n + 1}期", [p(note, "editor"), *body(n, TOPICS[n]), p(bylines[n % 2], "byline")])
        for n, note in enumerate(notes)
    ]
    assert_all_kept(pages, crawl_site(rules, "chengshi.example.cn", pages))


def test_headings_the_site_styles_alike_stay(rules):
    """Every h2 of the site in one look, labelled; two guides share their headings word for word."""
    heads = [
        ["准备工作：提前一晚把豆子泡上，水要没过豆子", "动手操作：小火慢煮，一边煮一边撇去浮沫"],
        ["准备工作：提前一晚把豆子泡上，水要没过豆子", "动手操作：小火慢煮，一边煮一边撇去浮沫"],
        ["准备工作：把鱼洗净，抹一层薄盐腌十分钟", "动手操作：热锅冷油，鱼皮朝下先煎定型"],
        ["准备工作：面粉过筛，酵母用温水化开", "动手操作：揉到面团光滑，盖上布发酵一小时"],
        ["准备工作：排骨冷水下锅，焯去血水", "动手操作：加莲藕和姜片，砂锅炖两个小时"],
    ]
    pages = [
        (
            f"周末厨房第{n + 1}课",
            [
                p(hs[0], "sub", "h2"),
                *body(n, TOPICS[n], 2),
                p(hs[1], "sub", "h2"),
                *body(n + 10, TOPICS[n], 2),
            ],
        )
        for n, hs in enumerate(heads)
    ]
    assert_all_kept(pages, crawl_site(rules, "zhoumo.example.cn", pages))


def test_a_boxed_offer_goes_on_a_first_crawl_of_four_pages_and_a_tip_box_with_its_counts_stays(rules):
    """Three texts over four pages, one of them twice: the same counts for a rotating offer and for a
    tip box two recipes share. Only the offer's words tell them apart (extra evidence, beside the
    slot's label, look and place): the offer goes where its text is on two pages; every tip stays."""
    offers = [
        "【好物推荐】铸铁平底锅，导热均匀不粘底，今晚下单立减二十元",
        "【好物推荐】红薯粉条，炖菜煮火锅都好吃，两袋起包邮到家",
        "【好物推荐】陶瓷刀三件套，切肉切菜都顺手，新人首单只要三十九元",
    ]
    slots = [offers[0], offers[1], offers[2], offers[0]]
    pages, articles = slot_site(rules, "xiaodian.example.cn", slots, "goods")
    for n, article in enumerate(articles):
        rules_of = [r.rule for r in article.removed if r.text == slots[n]]
        assert rules_of == (["learned-slot"] if n in (0, 3) else []), n
    tips = [
        "小贴士：发面时在盆上盖一块湿布，面团表面不会结皮。",
        "小贴士：鱼下锅前用厨房纸吸干水，煎的时候才不会溅油。",
        "小贴士：豆角一定要炒到完全变色，没熟透的豆角吃了容易肚子不舒服。",
        "小贴士：发面时在盆上盖一块湿布，面团表面不会结皮。",
    ]
    pages, articles = slot_site(rules, "xiaotie.example.cn", tips, "tip")
    assert_all_kept(pages, articles)


def test_an_articles_short_field_with_few_values_stays(rules):
    """Review R13: an article's own field that takes one of a few values, in a class of its own at one place
    of every page (an essay's 指导老师, a recipe's 难度, a lesson plan's 适用年级), has a rotating slot's
    counts; what tells it is its shape, ``label：value，gloss``: a short value (a name, a level, a grade) and
    at most one gloss, where a slot's line says something (a clause of its own, a run of clauses, a work)."""
    fields = [
        (
            ["指导老师：王丽，县实验小学语文教师", "指导老师：陈晓东，县实验小学语文教研组长"],
            "teacher",
            "tail",
        ),
        (["难度：简单，新手也能做", "难度：中等，需要一点耐心"], "info", "head"),
        (["适用年级：三年级，上册", "适用年级：四年级，下册"], "grade", "head"),
    ]
    for n, (values, cls, where) in enumerate(fields):
        slots = [values[k % 2] for k in range(6)]
        pages, articles = slot_site(rules, f"ziduan{n}.example.cn", slots, cls, where)
        assert_all_kept(pages, articles)


def test_a_short_rotating_reminder_or_offer_goes(rules):
    """Review R28: a field's value is a name, a level or a unit and its gloss describes it; a slot's short
    line is a condition and an imperative (温馨提示：天冷，注意保暖。) or an offer in the strip rules' words
    (【推荐】好书，限时五折), and rotates as a slot does: it goes."""
    slots = [
        (["温馨提示：天冷，注意保暖。", "温馨提示：路滑，小心慢行。"], "tips-box"),
        # (【推荐】新课，免费试听 is a rule's since session 19: cta-tool-offer, a label opening a free trial)
        (["【推荐】好书，限时五折", "【推荐】新课，限时八折"], "ad"),
    ]
    for n, (values, cls) in enumerate(slots):
        texts = [values[k % 2] for k in range(6)]
        pages, articles = slot_site(rules, f"duan{n}.example.cn", texts, cls)
        assert_slot_goes(pages, articles, texts)
