"""Generic extraction on inline HTML: the content region, metadata, blocks, bad pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from parsel import Selector

from fanwen.extract import processors
from fanwen.extract.page import NotAnArticle, extract_article
from fanwen.profiles import parse

PARA = "<p>{}年，我们坚持以人民为中心的发展思想，扎实推进各项工作，取得了明显成效，群众满意度持续提升。</p>"
ARTICLE = """<html><head><title>2024年度工作总结_工作总结_某某范文网</title>
<meta name="author" content="meta作者"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">工作总结</a> <a href="/b">心得体会</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gz/">工作总结</a> &gt; 正文</div>
<div class="side"><ul>{links}</ul></div>
<div class="article"><h1>2024年度工作总结</h1>
<div class="info">发布时间：2024-05-06 10:21 来源：某某日报 作者：张三 李四</div>
<div class="text">{paras}</div></div>
<div class="foot">版权所有 © 某某范文网</div></body></html>"""


def page(**kw):
    html = ARTICLE.format(
        links="".join(f'<li><a href="/x{i}">相关文章标题第{i}篇，内容很长很长</a></li>' for i in range(12)),
        paras="".join(PARA.format(2000 + i) for i in range(6)),
    )
    return Selector(text=html)


def test_generic_detection_finds_the_article_and_its_metadata():
    article = extract_article(page(), "https://example.cn/gz/2024/123.html", None)
    assert article.title == "2024年度工作总结"
    assert article.published is not None and article.published.isoformat() == "2024-05-06T10:21:00"
    assert article.author == "张三、李四"
    assert article.source == "某某日报"
    assert article.category == "工作总结"
    assert len(article.blocks) == 6
    assert all("相关文章" not in b.text for b in article.blocks)


def test_profile_selectors_win_over_detection():
    profile = parse(
        {"selectors": {"content": [".missing", "div.side"], "author": "//meta[@name='author']/@content"}}, "t"
    )
    article = extract_article(page(), None, profile)
    assert article.blocks[0].text.startswith("相关文章")
    assert article.author == "meta作者"


def test_listing_page_is_not_an_article():
    listing = (
        "<html><body><ul>"
        + "".join(f'<li><a href="/{i}.html">文章标题{i}</a></li>' for i in range(30))
        + "</ul></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(Selector(text=listing), "https://example.cn/list", None)


@pytest.mark.parametrize(
    "html", ["", "<html></html>", "<html><body><p>短</p></body></html>", "</html></html><p>x"]
)
def test_empty_or_broken_pages_are_not_articles(html):
    with pytest.raises(NotAnArticle):
        extract_article(Selector(text=html or "<html/>"), None, None)


def test_malformed_html_with_two_html_ends_still_extracts():
    html = (
        ARTICLE.format(links="", paras="".join(PARA.format(i) for i in range(5)))
        + "</html><div>尾部垃圾</div></html>"
    )
    article = extract_article(Selector(text=html), None, None)
    assert len(article.blocks) == 5


@given(st.text(max_size=80))
def test_date_parser_never_crashes(text):
    value = processors.parse_date(text)
    assert value is None or 1900 <= value.year <= 2099


@given(st.text(max_size=60))
def test_title_suffix_stripping_keeps_a_prefix(text):
    value = processors.strip_title_suffix(text)
    assert value is None or value in text
