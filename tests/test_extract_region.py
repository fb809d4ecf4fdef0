"""Generic region choice on page shapes where the longest prose is not the article.

Each page here is written for the pattern it shows: a short report with a longer feed under a
recommendation label; an endless page that appends the next article in the same template; a
blog page of several posts; an article a script reveals (hidden by an inline style).
"""

from __future__ import annotations

import pytest
from parsel import Selector

from fanwen.extract.page import NotAnArticle, extract_article
from fanwen.pagepath import read_page

REPORT = (
    "本报讯 昨日，市图书馆新馆正式对外开放，首日接待读者逾三千人次。新馆共设阅览座位一千二百个，"
    "藏书八十万册。馆方表示，将延长夜间开放时间，方便上班族借阅。"
)
FEED_ITEM = (
    '<div class="card"><a href="/n/{i}.html">第{i}条推荐新闻的标题</a><span>某某网·{i}小时前</span>'
    "<p>这是推荐流里第{i}条新闻的摘要，内容写得很长，足以比正文更长，读者往往会继续往下看，"
    "编辑把它们排在正文下面，每一条都有自己的来源和时间。</p></div>"
)


def _feed_page(label: str) -> str:
    feed = "".join(FEED_ITEM.format(i=i) for i in range(12))
    return f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="main"><div class="title-wrap"><h1>市图书馆新馆开放</h1></div>
<div class="meta">2024-05-20 08:30 某某日报</div>
<div class="body"><p>{REPORT}</p></div></div>
<div class="stream"><h2>{label}</h2>{feed}</div></body></html>"""


@pytest.mark.parametrize("label", ["其他人也在看", "你可能還想看", "相关阅读", "猜你喜欢"])
def test_a_feed_longer_than_the_report_under_a_recommendation_label_is_not_the_article(label):
    article = extract_article(Selector(text=_feed_page(label)), "https://news.example.cn/a/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text
    assert "推荐流" not in text


def test_a_heading_that_is_neither_a_label_nor_shaped_as_the_title_changes_nothing():
    """A video caption or a sign-up box between the title and the article is no evidence."""
    paras = "".join(f"<p>{REPORT}第{i}段。</p>" for i in range(4))
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<h1>市图书馆新馆开放</h1><div class="video"><span class="video-title">视频：新馆现场</span></div>
<div class="body">{paras}</div><div class="signup"><h2 class="signup-title">订阅早报</h2></div></body></html>"""
    article = extract_article(Selector(text=html), "https://news.example.cn/a/1.html", None)
    assert len(article.blocks) == 4


def _unit(title: str, body: str) -> str:
    return (
        f'<div class="item"><span class="art-title">{title}</span>'
        f'<div class="art-meta">作者：某某 2024-05-20 09:30</div><div class="art-body">{body}</div></div>'
    )


def test_an_endless_page_keeps_the_article_its_title_names():
    first = f"<p>{REPORT}</p>"
    second = "".join(
        f"<p>第二篇文章的第{i}段，讲的是另一件事，篇幅更长，句子也多。它被无限下拉的页面接在正文后面。</p>"
        for i in range(8)
    )
    html = (
        "<html><head><title>市图书馆新馆开放-快讯</title></head><body>"
        + _unit("市图书馆新馆开放", first)
        + _unit("另一篇更长的文章", second)
        + "</body></html>"
    )
    article = extract_article(Selector(text=html), "https://k.example.cn/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text and "第二篇文章" not in text


def test_a_blog_page_of_several_posts_gives_the_post_its_title_names():
    posts = [
        ("春日游园记", "春天的公园里，桃花开得正盛，游人很多，孩子们在草地上奔跑。" * 3),
        ("夏夜听雨", "夏夜的雨来得急，打在窗上噼啪作响，我坐在灯下读书，一夜无眠。" * 6),
    ]
    body = "".join(
        f'<div class="post"><h2 class="post-title">{t}</h2><div class="post-meta">发表于 2024-05-20 21:15</div>'
        f'<div class="post-body"><p>{p}</p></div></div>'
        for t, p in posts
    )
    html = f"<html><head><title>春日游园记 - 某某的博客</title></head><body>{body}</body></html>"
    article = extract_article(Selector(text=html), "https://blog.example.cn/p/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "桃花" in text and "夏夜" not in text


WECHAT = """<html><head><title>一篇公众号文章</title></head><body>
<div id="page-content"><h1 class="rich_media_title">一篇公众号文章</h1>
<div class="rich_media_meta"><span>某某公众号</span> <em>2024-05-20 09:00</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden; opacity: 0; ">
{paras}</div></div>
<div style="visibility: hidden">点击关注</div>
<script>document.getElementById("js_content").style.visibility = "visible";</script>
</body></html>"""


def test_an_article_a_script_reveals_is_read_as_the_reader_sees_it():
    paras = "".join(
        f"<p>公众号正文第{i}段，作者讲了自己的经历，有开头，有经过，也有结尾。</p>" for i in range(5)
    )
    article = extract_article(Selector(text=WECHAT.format(paras=paras)), "https://mp.example.cn/s/1", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "公众号正文第0段" in text and "点击关注" not in text


def test_content_hidden_with_display_none_stays_hidden():
    paras = "".join(f"<p>隐藏的第{i}段，作者讲了自己的经历，有开头，有经过，也有结尾。</p>" for i in range(5))
    html = WECHAT.format(paras=paras).replace("visibility: hidden; opacity: 0; ", "display:none")
    with pytest.raises(NotAnArticle, match="hidden by the page's style") as caught:
        extract_article(Selector(text=html), "https://mp.example.cn/s/1", None)
    assert caught.value.reason == "hidden"


def test_a_crawl_counts_why_a_page_gave_no_article():
    listing = (
        "<ul>" + "".join(f'<li><a href="/{i}.html">第{i}篇文章的标题</a></li>' for i in range(20)) + "</ul>"
    )
    page = read_page(listing.encode(), "https://x.example.cn/", content_type="text/html; charset=utf-8")
    assert page.problem == "not_article" and "not_article/listing" in page.outcomes
    assert "a listing page" in page.message
