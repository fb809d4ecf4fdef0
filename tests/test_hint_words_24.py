"""A chrome word at the start of a longer word that names the article's own content is no chrome hint
(session 24): ``hot`` marks a hot list (hot, hot-news, hotlist), not a ``hotline`` (a list of service
telephone lines) or a ``hotel``."""

from __future__ import annotations

import pytest

from fanwen.offline import process_html

PARA = "今年供暖季各供热企业要确保居民室内温度不低于十八度，对不达标的用户要在二十四小时内上门检测处理。"


def _page(box: str) -> str:
    body = "".join(f"<p>{PARA}</p>" for _ in range(3))
    return (
        '<html><head><meta charset="utf-8"><title>供暖季正式启动 - 城市新闻网</title></head><body>'
        '<div class="article"><h1>供暖季正式启动</h1>'
        f"{body}<p>居民在用热过程中遇到问题，可拨打以下电话反映：</p>{box}{body}</div>"
        '<div class="hot-news"><h3>热点新闻</h3><ul><li><a href="/1.html">一条别的新闻的标题写在这里</a></li>'
        '<li><a href="/2.html">另一条别的新闻的标题也在这里</a></li></ul></div></body></html>'
    )


LINES = "<li>热力集团供热服务热线：96700</li><li>城东热电公司客服电话：0700-5550000</li><li>市民服务热线：12345</li>"


@pytest.mark.parametrize(
    "box",
    [
        f'<ul class="hotline">{LINES}</ul>',
        f'<ul class="service-hotlines">{LINES}</ul>',
        f'<div id="hotline-box"><ul>{LINES}</ul></div>',
        f'<ul class="hotel-phones">{LINES}</ul>',
    ],
)
def test_an_articles_list_of_hotlines_is_kept(rules, box):
    text = process_html(_page(box), "https://news.example.cn/a/1.html", rules).text
    assert "供热服务热线：96700" in text and "0700-5550000" in text and "市民服务热线：12345" in text


@pytest.mark.parametrize("hint", ['class="hot"', 'class="hotnews"', 'id="hot-list"', 'class="side hot"'])
def test_a_hot_list_is_still_chrome(rules, hint):
    box = (
        f'<div {hint}><h3>热门文章</h3><ul><li><a href="/3.html">热门的一篇文章标题在这里</a></li></ul></div>'
    )
    text = process_html(_page(box), "https://news.example.cn/a/1.html", rules).text
    assert "热门的一篇文章标题" not in text and "一条别的新闻的标题" not in text
