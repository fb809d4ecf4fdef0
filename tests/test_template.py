"""Learning a site's template from several of its pages: what a crawler knows that a
single-page extractor does not.

The site here is written for the pattern: every article sits in ``div#wrap > div.article-body``;
one page carries a feed under a heading that is no recommendation label, longer than its
short article, so detection on that page alone takes the feed.
"""

from __future__ import annotations

from click.testing import CliRunner
from parsel import Selector

from fanwen.cli import main
from fanwen.extract.page import extract_article
from fanwen.extract.template import learn
from fanwen.profiles import load

SITE = """<html><head><title>{title}_某某文摘</title></head><body>
<div id="wrap"><h1>{title}</h1><div class="article-body">{body}</div>
<div class="zhuanti"><h2>本周专题</h2>{feed}</div></div></body></html>"""
FEED = "".join(
    f"<div class='z'><p>专题第{i}篇的导语很长，编辑把整段导语贴在这里，句子很多，读起来像一篇文章的开头。</p></div>"
    for i in range(10)
)


def _page(n: int, paragraphs: int, feed: str = "") -> str:
    body = "".join(
        f"<p>第{n}篇文章的第{i}段，写作者的见闻和感受，有时间，有地点，有人物，也有自己的想法。</p>"
        for i in range(paragraphs)
    )
    return SITE.format(title=f"第{n}篇文章", body=body, feed=feed)


PAGES = [_page(1, 8), _page(2, 9), _page(3, 3, FEED), _page(4, 7)]


def test_detection_alone_takes_the_feed_on_the_page_with_a_short_article():
    article = extract_article(Selector(text=PAGES[2]), None, None)
    assert "专题第0篇" in "\n".join(b.text for b in article.blocks)


def test_the_template_learned_from_the_site_finds_the_article_on_that_page(tmp_path):
    counts = learn(PAGES)
    assert counts.decided("content") == [("div#wrap > div.article-body", 3)]
    assert counts.pages == 4
    files = []
    for i, html in enumerate(PAGES):
        files.append(tmp_path / f"{i}.html")
        files[-1].write_text(html, encoding="utf-8")
    out = tmp_path / "wenzhai.toml"
    result = CliRunner().invoke(
        main, ["profile", "learn", *map(str, files), "--name", "wenzhai", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    profile = load(str(out))
    article = extract_article(Selector(text=PAGES[2]), None, profile)
    text = "\n".join(b.text for b in article.blocks)
    assert "第3篇文章的第2段" in text and "专题" not in text


def test_pages_that_do_not_agree_give_no_selector_and_say_so(tmp_path):
    other = (
        "<html><body><div class='x'>"
        + "<p>另一个站的文章，句子很多，内容很长，写得很认真。</p>" * 8
        + "</div></body></html>"
    )
    files = []
    for i, html in enumerate([PAGES[0], other]):
        files.append(tmp_path / f"{i}.html")
        files[-1].write_text(html, encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "learn", *map(str, files), "--name", "x"])
    assert result.exit_code == 1
    assert "do not agree" in result.output
