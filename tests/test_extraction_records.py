"""Text the extraction drops from the region is recorded as a removal (session 22: strip "records every removal").

Between the region's choice and the stored text, extraction leaves out lines no strip rule sees: the info line at
the text's head (its date and labelled fields go to the metadata), a forum post's header fields, a link set beside a
paragraph's sentences, a shop's goods card, a picture's credited caption, a review's score box. Each is now one
``Removal`` named by what it was, so ``fanwen show --removed`` and ``fanwen explain`` show it; the stored text is the
same. What the region never held as the article's (the site's navigation, a link list, a pager, a share box, readers'
comments) is no removal and stays unrecorded.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import bundled_rules

from fanwen.cli import main
from fanwen.offline import process_html
from fanwen.pagepath import PageOptions, read_html

RULES = bundled_rules()

PARAS = (
    "这学期学校开设了十二门课后服务课程，覆盖科技、艺术、体育三大类，全校九成以上的学生都报了名。",
    "科技类课程最受欢迎，机器人搭建和编程启蒙两个班开课第一周就满员了，任课老师说孩子们动手的劲头很足。",
    "艺术类课程请来了区少年宫的老师，每周两次，学期末还要在学校的艺术节上集中展示学习成果。",
    "学校表示，下学期会根据学生和家长的反馈调整课程设置，争取让每个孩子都能找到自己喜欢的项目。",
)


def _page(head: str = "", middle: str = "", end: str = "", paras: tuple[str, ...] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + middle + "".join(f"<p>{p}</p>" for p in paras[2:])
    return f"""<html><head><title>课后服务课程受欢迎_校园动态</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">校园动态</a> <a href="/notice/">通知公告</a></div>
<div class="main"><h1>课后服务课程受欢迎</h1>
<div class="article">{head}{body}{end}</div></div>
<div class="side"><h3>热门文章</h3><ul><li><a href="/a/1">学校举行秋季运动会开幕式</a></li>
<li><a href="/a/2">初二年级开展消防安全演练活动</a></li><li><a href="/a/3">我校教师在市优质课评比中获奖</a></li></ul></div>
</body></html>"""


def _read(html: str, url: str = "https://school.example.cn/news/12.html"):
    return process_html(html, url, RULES)


def _records(article, rule: str) -> list[str]:
    return [r.text for r in article.removed if r.rule == rule]


# -- the info line at the text's head ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2024年03月05日 10:21　来源：江城晚报　编辑：周涛",
        "发布时间：2026-11-22 16:40　点击：128",
        "March 4, 2025 at 9:15 pm",
        "校团委 · #课后服务 · 约 900 字",
    ],
)
def test_an_info_line_the_extraction_takes_from_the_text_is_recorded(line):
    article = _read(_page(head=f'<p class="info">{line}</p>'))
    assert line not in article.text
    assert PARAS[0] in article.text and PARAS[-1] in article.text
    assert _records(article, "meta-info-line") == [" ".join(line.split())]  # the block's spaces


def test_the_text_is_the_same_with_the_info_line_or_without_it():
    bare = _read(_page())
    dated = _read(_page(head='<p class="info">2024年03月05日 10:21　来源：江城晚报</p>'))
    assert dated.text == bare.text
    assert [r for r in dated.removed if r.rule != "meta-info-line"] == bare.removed


@pytest.mark.parametrize(
    "first",
    [
        # a dated first sentence of the report: prose, not an info line
        "2024年3月5日，记者走访了三所学校的课后服务课堂，看到了不一样的放学后时光。",
        # a speech's own day in brackets under its speaker line: the document's, it stays
        None,
    ],
)
def test_a_dated_sentence_or_a_documents_day_stays_and_is_no_record(first):
    if first is None:
        article = _read(_page(head="<p>校长 王立新</p><p>（2024年5月10日）</p><p>老师们、同学们：</p>"))
        assert "（2024年5月10日）" in article.text
    else:
        article = _read(_page(head=f"<p>{first}</p>"))
        assert first in article.text
    assert _records(article, "meta-info-line") == []


# -- a forum post's header ------------------------------------------------------------------------------------------


def test_a_forum_posts_header_fields_are_recorded():
    header = ("作者 maple (小枫)", "看板 Teaching", "時間 Mon Mar 3 20:10:05 2025")
    html = _page(head="".join(f"<div>{line}</div>" for line in header))
    article = _read(html)
    assert not any(line in article.text for line in header)
    assert _records(article, "meta-post-header") == list(header)


def test_a_by_line_alone_is_no_post_header():
    article = _read(_page(head="<p>作者：林晓</p>"))
    assert _records(article, "meta-post-header") == []


# -- a link beside a paragraph's sentences ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "link"),
    [
        (
            "<p>报名工作由班主任统一组织，家长在线上确认即可，整个过程不到五分钟。<span>"
            '<a rel="sponsored" href="/go/1">→ 我把各年级的课程表和作息表都做成了可打印的版本，放在小店里，老读者九折</a></span></p>',
            "→ 我把各年级的课程表和作息表都做成了可打印的版本，放在小店里，老读者九折",
        ),
        (
            '<p><a href="/go/2">【推荐】暑期编程夏令营火热招生，前三十名报名立减两百元，名额有限</a>'
            "编程启蒙班用的是图形化积木，低年级的孩子也能很快上手。</p>",
            "【推荐】暑期编程夏令营火热招生，前三十名报名立减两百元，名额有限",
        ),
        (
            "<p>老師們反映，學生放學後的時間安排得更有條理了！"
            '<a href="/invite/3">（用我的邀請碼註冊某某家校通，雙方都能領到一個月的會員）</a></p>',
            "（用我的邀請碼註冊某某家校通，雙方都能領到一個月的會員）",
        ),
    ],
)
def test_a_link_beside_a_paragraphs_sentence_is_recorded(paragraph, link):
    article = _read(_page(middle=paragraph))
    assert link not in article.text
    assert _records(article, "link-beside-text") == [link]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a link inside a sentence: a word of it, kept
        '<p>按照<a href="/n/2">区教育局关于做好课后服务工作的通知</a>的要求，各校要在本月底前完成课程备案工作。</p>',
        # a row of three links in the region: a link list, navigation, no removal
        '<p><a href="/a/7">运动会</a> | <a href="/a/8">艺术节</a> | <a href="/a/9">科技节</a></p>',
    ],
)
def test_a_link_in_a_sentence_or_a_link_row_is_no_link_beside_text(paragraph):
    article = _read(_page(middle=paragraph))
    assert _records(article, "link-beside-text") == []


def test_the_sites_navigation_outside_the_region_is_no_removal():
    article = _read(_page())
    texts = " ".join(r.text for r in article.removed)
    assert "首页" not in texts and "热门文章" not in texts and "秋季运动会" not in texts


# -- a goods card, a credited caption, a score box -----------------------------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        '<div class="goods"><p>小书虫 电子词典 X2</p><p>¥399</p><a href="https://u.example.cn/1">去购买</a></div>',
        '<div class="card"><span>儿童护眼台灯 A7</span> <span>券后价 ¥159</span> <a href="/b/2">立即购买</a></div>',
        '<div class="item"><b>兒童編程套裝</b> 到手價 299元 <a href="/b/3">立即購買</a></div>',
    ],
)
def test_a_goods_card_after_the_text_is_recorded(card):
    article = _read(_page(end=card))
    assert "¥" not in article.text and "299元" not in article.text
    [record] = _records(article, "ad-goods-card")
    assert ("购买" in record or "購買" in record) and record.split()[0] in card


def test_a_price_sentence_with_a_link_to_the_maker_stays_and_is_no_record():
    line = '<p>这款电子词典售价399元，在<a href="https://www.example.com/x2">官方商城</a>就能买到，学校不统一采购。</p>'
    article = _read(_page(middle=line))
    assert "售价399元" in article.text
    assert _records(article, "ad-goods-card") == []


@pytest.mark.parametrize(
    "caption",
    [
        "孩子们在搭建机器人（图：校宣传部）",
        "Pupils at the coding club (Photo: school office)",
        "艺术课上，学生在练习水彩画。© 校园记者团",
    ],
)
def test_a_pictures_credited_caption_is_recorded(caption):
    figure = f'<div class="pic"><img src="/p/1.jpg"><span>{caption}</span></div>'
    article = _read(_page(middle=figure))
    assert caption not in article.text
    assert _records(article, "caption-credited") == [caption]


def test_a_bare_caption_stays_and_is_no_record():
    figure = '<div class="pic"><img src="/p/1.jpg"><span>孩子们在搭建机器人</span></div>'
    article = _read(_page(middle=figure))
    assert "孩子们在搭建机器人" in article.text
    assert _records(article, "caption-credited") == []


def test_a_reviews_score_box_is_recorded():
    box = (
        '<div class="score"><div>综合评分 <b>8.6</b></div><ul><li>课程设置 9.0</li><li>师资 8.5</li>'
        "<li>场地 8.0</li></ul><div>优点：选择多</div><div>缺点：名额少</div></div>"
    )
    article = _read(_page(middle=box))
    assert "综合评分" not in article.text
    [record] = _records(article, "review-score-box")
    assert record.startswith("综合评分") and "缺点：名额少" in record


# -- where the records show ----------------------------------------------------------------------------------------


def test_the_records_come_first_and_through_the_page_path():
    html = _page(head='<p class="info">2024年03月05日 10:21　来源：江城晚报</p>')
    page = read_html(html, "https://school.example.cn/news/12.html", PageOptions.for_profile(None))
    assert page.article is not None
    assert [(r.rule, r.text) for r in page.extracted] == [
        ("meta-info-line", "2024年03月05日 10:21 来源：江城晚报")
    ]
    assert page.article.removed[0] == page.extracted[0]
    # the crawl stops after extraction: the record waits on the article for the strip stage
    crawl = read_html(html, "https://school.example.cn/news/12.html", PageOptions())
    assert crawl.article is not None and crawl.article.removed == page.extracted


def test_explain_lists_what_the_extraction_dropped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_page(head='<p class="info">发布时间：2026-11-22 16:40　点击：128</p>'), encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", str(path)]).output
    assert "extraction left out 1 line of the region" in out
    assert "[meta-info-line] 发布时间：2026-11-22 16:40 点击：128" in out


def test_a_later_pages_records_join_the_articles_on_merging():
    from datetime import datetime

    from fanwen.items import FetchedPage
    from fanwen.rebuild import merge

    first = _page()
    second = _page(
        head='<p class="info">2024年03月06日 09:00　来源：江城晚报</p>', paras=PARAS[2:] + PARAS[:2]
    )
    urls = ("https://school.example.cn/news/12.html", "https://school.example.cn/news/12_2.html")
    reads = [
        read_html(html, url, PageOptions(), continuation=i > 0)
        for i, (html, url) in enumerate(zip((first, second), urls, strict=True))
    ]
    pages = [FetchedPage(url, 200, (), b"", datetime(2024, 3, 6)) for url in urls]
    article = merge(pages, reads)
    assert article is not None and article.pages == 2
    assert [(r.rule, r.text) for r in article.removed] == [
        ("meta-info-line", "2024年03月06日 09:00 来源：江城晚报")
    ]
