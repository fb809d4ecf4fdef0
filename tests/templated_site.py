"""A small site written for learned templates: one template, and pages on which generic
detection alone errs in the ways a template fixes.

Every article sits in ``div#wrap > div.article-body`` under its ``<h1>``, and its date, bare,
and its author (``作者：…``) *below* the article (``div.riqi``, ``div.info``). Three kinds
of page break generic detection:
- *a sidebar before the article in the page's source* (pages 3 and 8) printing a column
  author's name and a timed update: detection takes that labelled name and that timed date;
- *a feed longer than a short article* (page 6): detection takes the feed;
- *another layout* (page 9, a special report): the template's region is missing, and
  detection reads it.
"""

from __future__ import annotations

from datetime import date

AUTHORS = ["王小明", "陈丽华", "刘建国", "张海燕", "赵志强", "孙晓梅", "周文涛", "吴秀英", "郑国华"]
SIDEBAR_PAGES = (3, 8)
FEED_PAGE = 6
OTHER_LAYOUT_PAGE = 9
PAGES = range(1, 10)

PAGE = """<html><head><meta charset="utf-8"><title>{title}_某某文苑</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/list/">文章</a> <a href="/about.html">关于</a></div>
{side}<div id="wrap"><h1>{title}</h1>
<div class="article-body">{body}</div>
<div class="riqi">{day}</div>
<div class="info">作者：{author}　阅读：{reads}</div>
{feed}</div>
<div class="foot">某某文苑 版权所有</div></body></html>"""
SIDE = """<div class="side"><h3>专栏</h3><p>专栏作者：李四</p><p>更新于 2024-03-01 12:00</p>
<ul><li><a href="/zl/1.html">李四的专栏文章一</a></li><li><a href="/zl/2.html">李四的专栏文章二</a></li></ul></div>
"""
FEED = (
    "<div class='zhuanti'><h2>本周专题</h2>"
    + "".join(
        f"<div class='z'><p>专题第{i}篇的导语很长，编辑把整段导语贴在这里，句子很多，读起来像一篇文章的开头。</p></div>"
        for i in range(10)
    )
    + "</div>"
)
OTHER = """<html><head><meta charset="utf-8"><title>{title}_某某文苑</title></head><body>
<div class="top"><a href="/">首页</a></div>
<div class="special"><h1>{title}</h1><p class="by">作者：{author}　发布时间：{day}</p>
<div class="report">{body}</div></div></body></html>"""


def title(n: int) -> str:
    return f"第{n}篇随笔"


def day(n: int) -> date:
    return date(2023, 5, n)


def paragraph(n: int, i: int) -> str:
    return f"第{n}篇随笔的第{i}段，写作者的见闻和感受，有时间，有地点，有人物，也有自己的想法。"


def page(n: int) -> str:
    paragraphs = 3 if n == FEED_PAGE else 8
    body = "".join(f"<p>{paragraph(n, i)}</p>" for i in range(paragraphs))
    values = {
        "title": title(n),
        "author": AUTHORS[n - 1],
        "day": f"{day(n):%Y-%m-%d}",
        "body": body,
        "reads": 100 + n,
    }
    if n == OTHER_LAYOUT_PAGE:
        return other_page(n)
    side = SIDE if n in SIDEBAR_PAGES else ""
    feed = FEED if n == FEED_PAGE else ""
    return PAGE.format(side=side, feed=feed, **values)


def other_page(n: int) -> str:
    """Article ``n`` in the other layout (a special report)."""
    body = "".join(f"<p>{paragraph(n, i)}</p>" for i in range(8))
    return OTHER.format(
        title=title(n), author=AUTHORS[(n - 1) % len(AUTHORS)], day=f"{day(n):%Y-%m-%d}", body=body
    )


def listing() -> str:
    items = "".join(f'<li><a href="/a/{1000 + n}.html">{title(n)}</a></li>' for n in PAGES)
    return f'<html><head><meta charset="utf-8"><title>某某文苑</title></head><body><ul>{items}</ul></body></html>'


def pages() -> dict[str, str]:
    """Path -> HTML of the whole site."""
    return {"/": listing(), **{f"/a/{1000 + n}.html": page(n) for n in PAGES}}
