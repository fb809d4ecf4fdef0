"""A chrome box left open over the article (issue 11, session 23): no chrome.

libxml2 ignores an end tag of a box (``</aside>``, ``</nav>``, ``</footer>``) while a ``<div>`` opened inside
it is still open, so one ``<div>`` left unclosed in a sidebar, a menu or a footer makes that box hold the rest
of the page: the article under it went with the chrome (no prose on the page). A browser closes the box where
its end tag is. The box that holds the article and most of the page's prose is no chrome: the part of it from
the article on is read where the author put it, after the box. Look-alikes stay chrome: a sidebar's long
"about me" text, a footer's long legal text, a menu of many links, each beside a longer article. Our own pages.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.offline import process_html

RULES = bundled_rules()

_GARDEN = [
    "阳台种菜其实并不难，只要选对品种、管好水和肥，一个朝南的小阳台一年也能收获不少新鲜蔬菜。",
    "新手最好先从生菜、小白菜和小葱种起，它们长得快，对光照的要求也不高，一个月左右就能吃上。",
    "浇水要见干见湿，盆土表面发白了再浇透，天天浇一点反而容易烂根，夏天可以早晚各看一次。",
    "施肥以薄肥勤施为原则，淘米水发酵后兑水浇灌就很好用，千万不要把浓肥直接浇在根上。",
]
_BRIDGE = [
    "这座跨江大桥昨天正式通车，全长约四公里，双向六车道，设计时速每小时八十公里。",
    "大桥通车后，两岸之间的车程从原来的四十分钟缩短到十分钟左右，早晚高峰的拥堵将明显缓解。",
    "据建设单位介绍，大桥施工历时三年多，克服了江面风大、水流急等困难，主体工程质量全部达标。",
    "附近居民表示，以前过江要绕行老桥，现在出门方便多了，周末去对岸的公园也只要一脚油门。",
]
_TEA = [
    "泡绿茶的水温不宜太高，八十度左右最合适，水太烫会把嫩芽烫熟，茶汤发黄，香气也跑掉了。",
    "投茶量一般是一克茶配五十毫升水，喜欢浓一点的可以多放一些，但第一泡的时间不要超过一分钟。",
    "玻璃杯适合冲泡细嫩的名优绿茶，可以看到茶叶在水中慢慢舒展，盖碗则更适合反复冲泡。",
    "泡好的茶最好在半小时内喝完，放久了茶汤会变色，口感发涩，隔夜茶更是不建议再喝。",
]


def _paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _blog_sidebar_unclosed(title: str, texts: list[str]) -> str:
    # A blog theme's sidebar before the post: its profile box's <div> is never closed.
    return (
        f"<html><head><title>{title} - 小园的博客</title></head><body>"
        '<header class="site-header"><a href="/">小园的博客</a></header>'
        '<aside class="sidebar"><div class="sidebar-inner"><div class="profile">'
        '<p class="name">小园</p><div class="motto">记录生活里的小事</div>'
        '<ul class="recent"><li><a href="/a/1.html">上一篇文章</a></li><li><a href="/a/2.html">再上一篇</a></li></ul>'
        "</div></aside>"
        '</div><div class="main-inner"><div class="post-block">'
        f'<article class="post"><h1 class="post-title">{title}</h1>'
        f'<div class="post-body">{_paras(texts)}</div></article></div></div>'
        '<footer class="footer"><p>© 2025 小园的博客</p></footer></body></html>'
    )


def _portal_nav_unclosed(title: str, texts: list[str]) -> str:
    # A portal's menu whose box is left open by a missing </div> before </nav>.
    links = "".join(f'<li><a href="/c/{i}/">频道{i}</a></li>' for i in range(8))
    return (
        f"<html><head><title>{title}_某某网</title></head><body>"
        f'<nav class="topnav"><div class="wrap"><ul>{links}</ul></nav>'
        '<div class="container"><div class="article">'
        f'<h1>{title}</h1><div class="info">2025-06-03 来源：某某网</div>'
        f'<div class="content">{_paras(texts)}</div></div></div>'
        '<div class="copy">某某网 版权所有</div></body></html>'
    )


def _portal_footer_unclosed(title: str, texts: list[str]) -> str:
    # A footer printed before the article in the source (a template that floats it down), left open.
    return (
        f"<html><head><title>{title}_某某网</title></head><body>"
        '<footer class="top-footer"><div class="links"><a href="/about/">关于我们</a><a href="/contact/">联系我们</a>'
        "</footer>"
        '<div class="main"><div class="article-box">'
        f"<h1>{title}</h1>"
        f'<div class="article-content">{_paras(texts)}</div></div></div></body></html>'
    )


def _header_unclosed(title: str, texts: list[str]) -> str:
    # A page header whose logo box is never closed: the header holds the page.
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<header class="masthead"><div class="logo"><a href="/">某某生活网</a>'
        "</header>"
        f'<div class="page"><h1>{title}</h1><div class="text">{_paras(texts)}</div></div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "build", [_blog_sidebar_unclosed, _portal_nav_unclosed, _portal_footer_unclosed, _header_unclosed]
)
@pytest.mark.parametrize(
    ("title", "texts"),
    [("阳台种菜的几个小窍门", _GARDEN), ("跨江大桥昨日正式通车", _BRIDGE), ("绿茶怎么泡才好喝", _TEA)],
)
def test_a_box_left_open_over_the_article_is_no_chrome(build, title, texts):
    article = process_html(build(title, texts), "https://www.example.cn/a/20250603/1.html", RULES)
    text = "\n".join(b.text for b in article.blocks)
    assert article.title == title
    for t in texts:
        assert t in text
    # The box's own chrome stays out.
    for chrome in ("记录生活里的小事", "频道3", "联系我们", "某某生活网"):
        assert chrome not in text


# --- look-alikes: chrome beside a longer article stays chrome ---------------------------------------------------

_ABOUT = (
    "我是小园，一名在城市里生活了十多年的上班族，业余时间喜欢在阳台上种菜养花，也喜欢做饭和旅行。"
    "这个博客记录我在生活里学到的各种小事，希望对你也有一点用处，欢迎留言和我交流。"
)
_LEGAL = (
    "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本网版权所有，未经协议授权，禁止下载使用。"
    "凡本网注明来源为其他媒体的稿件，均为转载稿，转载出于传递更多信息之目的，并不意味着赞同其观点。"
)


def _about_sidebar(title: str, texts: list[str]) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<aside class="sidebar"><div class="about"><h3>关于我</h3><p>{_ABOUT}</p></div></aside>'
        f'<div class="main"><article><h1>{title}</h1>{_paras(texts)}</article></div></body></html>'
    )


def _legal_footer(title: str, texts: list[str]) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<div class="main"><h1>{title}</h1><div class="content">{_paras(texts)}</div></div>'
        f'<footer class="footer"><div class="legal"><p>{_LEGAL}</p><p>{_LEGAL}</p></div></footer></body></html>'
    )


def _long_menu(title: str, texts: list[str]) -> str:
    links = "".join(f'<li><a href="/c/{i}/">第{i}个频道的名字</a></li>' for i in range(60))
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<nav class="menu"><ul>{links}</ul></nav>'
        f'<div class="main"><h1>{title}</h1><div class="content">{_paras(texts)}</div></div></body></html>'
    )


@pytest.mark.parametrize(
    ("build", "chrome"),
    [(_about_sidebar, "业余时间喜欢"), (_legal_footer, "未经协议授权"), (_long_menu, "频道的名字")],
)
@pytest.mark.parametrize(
    ("title", "texts"), [("阳台种菜的几个小窍门", _GARDEN), ("跨江大桥昨日正式通车", _BRIDGE)]
)
def test_chrome_beside_a_longer_article_stays_chrome(build, chrome, title, texts):
    article = process_html(build(title, texts), "https://www.example.cn/a/20250603/1.html", RULES)
    text = "\n".join(b.text for b in article.blocks)
    assert chrome not in text
    for t in texts:
        assert t in text


def test_a_closed_footer_longer_than_a_brief_stays_chrome():
    # A closed footer whose legal text outweighs a short brief: no box left open, nothing moved.
    page = (
        "<html><head><title>大桥今天通车</title></head><body>"
        f'<div class="main"><h1>大桥今天通车</h1><div class="content"><p>{_BRIDGE[0]}</p><p>{_BRIDGE[1]}</p></div></div>'
        f'<footer class="footer"><div class="legal"><p>{_LEGAL}</p><p>{_LEGAL}</p><p>{_LEGAL}</p></div></footer>'
        "</body></html>"
    )
    article = process_html(page, "https://www.example.cn/a/20250603/1.html", RULES)
    text = "\n".join(b.text for b in article.blocks)
    assert _BRIDGE[0] in text
    assert "未经协议授权" not in text


def test_a_sidebar_of_article_cards_beside_the_post_stays_chrome():
    # A theme's sidebar marks its teasers up as <article>s with headings: they hold no majority of the prose.
    cards = "".join(
        f'<article class="card"><h1><a href="/a/{i}.html">另一篇文章{i}</a></h1><p>这是另一篇文章的摘要，写了几句话。</p></article>'
        for i in range(3)
    )
    page = (
        "<html><head><title>绿茶怎么泡才好喝</title></head><body>"
        f'<div class="main"><article><h1>绿茶怎么泡才好喝</h1>{_paras(_TEA)}</article></div>'
        f'<aside class="widget-area"><div class="widget">{cards}</aside>'
        "</body></html>"
    )
    article = process_html(page, "https://www.example.cn/a/20250603/1.html", RULES)
    text = "\n".join(b.text for b in article.blocks)
    assert article.title == "绿茶怎么泡才好喝"
    assert "另一篇文章的摘要" not in text
    assert all(t in text for t in _TEA)


def test_a_posts_footer_holding_a_longer_comment_thread_stays_the_posts():
    # A theme puts the comment thread (each comment an <article>) in the post's own <footer>: longer than the
    # post, it is no article left open over the page.
    comment = "我也试过这个方法，确实很好用，不过第一次做的时候要多注意细节，不然很容易出错。"
    thread = "".join(f'<article class="comment-body"><p>{comment * 2}</p></article>' for _ in range(6))
    page = (
        "<html><head><title>阳台种菜的几个小窍门</title></head><body><main>"
        f'<article class="post"><h1>阳台种菜的几个小窍门</h1><div class="entry">{_paras(_GARDEN)}</div>'
        f'<footer class="entry-footer"><div class="comments">{thread}</div></footer></article>'
        "</main></body></html>"
    )
    article = process_html(page, "https://www.example.cn/a/20250603/1.html", RULES)
    text = "\n".join(b.text for b in article.blocks)
    assert all(t in text for t in _GARDEN)
    assert "我也试过这个方法" not in text
