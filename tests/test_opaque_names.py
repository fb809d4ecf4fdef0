"""Region choice on pages whose template names nothing: every class and id an opaque token
(``k3f9a``, ``css-1x2y3z``), as a CMS nobody has seen may print them. The article must be found
by the page's structure and text, not by words in its class or id (``bench/ablation.py``
measures this on the corpus and the blind sets: docs/extraction.md, "Dependence on class and id
words").

Each page here is written for the pattern it shows.
"""

from __future__ import annotations

from conftest import bundled_rules
from lxml.html import document_fromstring

from fanwen.extract.content import measure, title_element
from fanwen.offline import process_html

REPORT = (
    "本报讯 昨日，青石河大桥主体工程顺利合龙，标志着全线通车进入倒计时。大桥全长一千八百米，"
    "设计为双向六车道，建成后两岸往返时间将由四十分钟缩短到八分钟。"
)
NEXT = (
    "入夏以来，城郊的农家乐迎来客流高峰，不少市民周末带着孩子下乡采摘、垂钓。经营户告诉记者，"
    "今年的游客比往年多了近三成，周末的包间要提前一周预订。"
)


def test_title_heading_with_its_own_controls_anchors_the_article() -> None:
    """A title heading that holds its own controls after the title (a read-aloud button): its
    first part is the title, so it anchors the article, and the next article the endless page
    appends in the same template (longer than this one) is left out. No class says "title"."""
    following = "".join(f"<p>{NEXT}</p>" for _ in range(5))
    cards = "".join(
        f'<div class="k12001"><h1 class="k12002"><a href="/a/{i}.html">第{i}条推荐的标题</a></h1></div>'
        for i in range(6)
    )
    html = f"""<html><head><title>青石河大桥主体工程顺利合龙_某某快讯</title></head><body>
<div class="k20931"><a href="/">某某快讯</a></div>
<div class="k88120"><div class="k55013">
<h1 class="k71002"><span class="k71002">青石河大桥主体工程顺利合龙</span><div class="k90311"><div class="k90312">播报文章</div></div></h1>
<div class="k31544">2024-05-20 13:09 某某日报</div>
<div class="k60278"><p>{REPORT}</p></div></div>
<div class="k12000">{cards}</div>
<div class="k66001"><h1 class="k71002"><span class="k71002">城郊农家乐迎来客流高峰</span></h1>
<div class="k31600">2024-05-20 12:40 某某晚报</div>
<div class="k60999">{following}</div></div></div></body></html>"""
    doc = document_fromstring(html)
    title = title_element(doc, measure(doc.find("body")))
    assert (
        title is not None
        and title.tag == "h1"
        and title.text_content().startswith("青石河大桥主体工程顺利合龙")
    )
    article = process_html(html, "https://news.example.com/a/1.html", bundled_rules())
    assert "青石河大桥" in article.text
    assert "农家乐" not in article.text


COMMENTS = (
    "路修好了真方便，以前每天上班都要绕一大圈，现在十分钟就到单位了，感谢施工的师傅们辛苦付出。",
    "希望桥头那段再加几盏路灯，晚上骑车经过的时候有点黑，老人孩子走路也不太安全，请有关部门考虑。",
    "周末专门带孩子去桥上看了看，江面很宽，风景很好，就是停车位太少，建议旁边规划一个停车场。",
    "工程提前完工值得点赞，不过通车以后大货车会不会变多？家住附近的居民担心噪音问题，盼望回复。",
    "从开工到合龙我一直在关注，每个月都去拍照片留念，看着大桥一点点长起来，心里特别自豪。",
    "桥面的人行道设计得很宽，适合晚饭后散步，希望以后能在两岸修上绿道，连成一条环线就更好了。",
)


def _report_page(comments: str, heading: str = "<h1>青石河大桥合龙</h1>") -> str:
    return f"""<html><head><title>青石河大桥合龙_某某县融媒体中心</title></head><body>
<div class="x01"><a href="/">首页</a> <a href="/news/">本地新闻</a></div>
<div class="x02">{heading}<div class="x03">2024-03-05 10:21 来源：某某县融媒体中心</div>
<div class="x04"><p>{REPORT}</p></div></div>{comments}
<div class="x09">某某县融媒体中心 版权所有</div></body></html>"""


def test_comment_section_known_by_its_label_not_its_class() -> None:
    """A comment section longer than the short report over it, its box and items named by
    opaque tokens: its label (``网友评论（共6条）``, a count said in words) says what it is, so
    the report is the text and the comments stay out."""
    items = "".join(
        f'<li class="x06"><div class="x07"><span>读者{i}</span><span>03-05 1{i}:20</span></div>'
        f'<div class="x08">{text}</div></li>'
        for i, text in enumerate(COMMENTS)
    )
    html = _report_page(
        f'<div class="x05"><div class="x10"><b>网友评论</b><span>（共6条）</span></div><ul>{items}</ul></div>'
    )
    article = process_html(html, "https://www.example.gov.cn/news/1.html", bundled_rules())
    assert "青石河大桥" in article.text
    assert "停车位" not in article.text and "读者" not in article.text


def test_comment_section_under_a_heading_label() -> None:
    """The same pattern in another template: a blog's comments under an ``<h3>评论</h3>``, each a
    heading line (re: title, time, name) and a paragraph, in a box with no class at all; the
    post's title is a link, not a heading, so no title heading anchors the post."""
    items = "".join(
        f"<h4># re: 青石河大桥合龙 2024-03-05 {10 + i}:20 读者{i}</h4><p>{text}</p>"
        for i, text in enumerate(COMMENTS * 3)
    )
    html = _report_page(
        f"<div><h3>评论</h3>{items}</div>", '<div><a href="/post/1.html">青石河大桥合龙</a></div>'
    )
    article = process_html(html, "https://blog.example.com/post/1.html", bundled_rules())
    assert "青石河大桥" in article.text
    assert "停车位" not in article.text and "re:" not in article.text


def test_side_panel_of_comments_on_a_shared_document() -> None:
    """A shared document's side panel of comments on the whole text (``全文评论（12）``), each a
    quote of the line it is about, a name, a time and the remark, set after the document in a
    box no class names: the label says what it is, so the document is the text."""
    notes = "".join(
        f'<div class="d30"><div class="d31">引用：第{i}条</div><div class="d32">读者{i} 5月{10 + i}日 09:30</div>'
        f'<div class="d33">{text}</div><div class="d34">回复 解决</div></div>'
        for i, text in enumerate(COMMENTS * 2)
    )
    html = f"""<html><head><title>青石河大桥主体工程顺利合龙 - 共享文档</title></head><body>
<div class="d01"><div class="d02">共享文档</div><div class="d03">登录</div></div>
<div class="d10"><div class="d11">青石河大桥主体工程顺利合龙</div>
<div class="d12">所有者：宣传组 创建于 2024-03-05 修改于 2024-03-06</div>
<div class="d13"><p>{REPORT}</p><p>{NEXT}</p></div></div>
<div class="d20"><div class="d21">全文评论（12）</div>{notes}</div></body></html>"""
    article = process_html(html, "https://docs.example.com/d/1", bundled_rules())
    assert "青石河大桥" in article.text and "农家乐" in article.text
    assert "停车位" not in article.text and "引用" not in article.text
