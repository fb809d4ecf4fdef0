"""Metadata kinds of session 17 (issue 11): general kinds where author, source and title failed on
unseen pages. Each test is a page of the project's own of real shape (a site's chrome around one
article), read through the page path as a crawl reads it, with the look-alikes that must not
change."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "腊月里，村口的老槐树下又热闹起来。外出打工的年轻人陆续回乡，拖着箱子走过新修的水泥路，老人们站在门口张望。",
    "我记得小时候，这条路一下雨就满是泥泞，上学要穿着雨靴走上半个钟头。如今路灯一直亮到村尾，孩子们放学也不用家长去接了。",
    "父亲说，等开春要把后院那块地重新翻一翻，种上几畦青菜，再养几只鸡，日子就这样慢慢地过，也挺好。",
    "夜深了，窗外的狗叫了两声又安静下来。我躺在小时候睡过的木床上，听着屋檐下的风，很久都没有睡着。",
)
BODY = "".join(f"<p>{p}</p>" for p in STORY)
DAY = datetime(2025, 3, 12, 10, 20)


def _novel_chapter(info: str, charset: str = "utf-8") -> str:
    """A web-novel reader's chapter page: the book's info box under the chapter's heading prints
    the writer with the book's genre and status, then the chapter's text and its pager."""
    return (
        f'<html><head><meta charset="{charset}"><title>第一章 回乡_归乡记_小说阅读网</title></head><body>'
        '<div class="nav"><a href="/">小说阅读网</a> <a href="/xianshi/">现实</a> <a href="/wanben/">完本</a></div>'
        f'<div class="read"><h1>第一章 回乡</h1><div class="book-info">{info}</div>'
        f'<div id="chaptercontent">{BODY}</div>'
        '<div class="pager"><a href="0.html">上一章</a> <a href="/book/88/">目录</a> <a href="2.html">下一章</a></div>'
        "</div></body></html>"
    )


def _blog_post(meta: str, charset: str = "utf-8") -> str:
    """A personal blog's post: the title, a meta line with the writer's name and the post's tags."""
    return (
        f'<html><head><meta charset="{charset}"><title>回乡小记 - 林间小屋的博客</title></head><body>'
        '<div class="header"><a href="/">林间小屋的博客</a></div>'
        f'<div class="post"><h2 class="post-title">回乡小记</h2><div class="post-meta">{meta}</div>'
        f'<div class="post-body">{BODY}</div></div></body></html>'
    )


def test_an_authors_value_ends_before_the_works_tags(rules):
    """Pattern: a reader's or a blog's info box prints the writer's name and, after it, the work's
    tags: its genre, its genre's path (现实·乡土), its status (连载中, 已完结), its length (32万字),
    joined to the name by the separators names are joined by (、, ·, a space) or printed in sibling
    elements with nothing between them (<span>温北辰</span><span>现实</span>). The author is the name:
    the value ends at its element, or at the first tag-like item; never a list of tags."""
    infos = (
        "<p>作者：温北辰、现实·乡土、连载中</p><p>更新时间：2025-03-12 10:20</p>",
        "<p>作者：温北辰 现实 已完结 32万字</p><p>更新时间：2025-03-12 10:20</p>",
        '<p><span class="author">作者：温北辰</span><span>现实</span><span>乡土</span><span>连载中</span></p>'
        "<p>更新时间：2025-03-12 10:20</p>",
        '<p>作者：<a href="/author/9/">温北辰</a><span>现实·乡土</span><span>连载中</span>'
        "<span>更新时间：2025-03-12 10:20</span></p>",
    )
    for info in infos:
        article = _read(_novel_chapter(info), rules)
        assert (article.author, article.published) == ("温北辰", DAY), info
    # A blog's meta line, in GBK: the name and the post's tags in spans, or joined by a middle dot.
    for meta in (
        '<span class="by">作者：林小雨</span><span class="tag">随笔</span><span class="tag">生活</span>'
        "<span>2025-03-12 10:20</span>",
        "<span>作者：林小雨·散文·原创</span> <span>2025-03-12 10:20</span>",
    ):
        article = _read(_blog_post(meta, "gbk"), rules, encoding="gbk")
        assert (article.author, article.published) == ("林小雨", DAY), meta


def test_names_joined_as_tags_are_and_pen_names_stand(rules):
    """The look-alikes: co-authors joined by 、 or in links with a 、 between them, a name with a
    middle dot (a translated name, a pen name and a name), a pen name holding a genre's word
    (都市夜归人), and the article's own text that speaks of a serial (连载中) are unchanged."""
    for info, author in (
        ("<p>作者：温北辰、林小雨</p><p>更新时间：2025-03-12 10:20</p>", "温北辰、林小雨"),
        (
            '<p>作者：<a href="/a/1/">温北辰</a>、<a href="/a/2/">林小雨</a></p><p>更新时间：2025-03-12 10:20</p>',
            "温北辰、林小雨",
        ),
        ("<p>作者：约翰·史密斯</p><p>更新时间：2025-03-12 10:20</p>", "约翰·史密斯"),
        ("<p>作者：都市夜归人</p><p>更新时间：2025-03-12 10:20</p>", "都市夜归人"),
        (
            '<p><span class="author">作者：</span><span>温北辰</span></p><p>更新时间：2025-03-12 10:20</p>',
            "温北辰",
        ),
    ):
        article = _read(_novel_chapter(info), rules)
        assert (article.author, article.published) == (author, DAY), info
    serial = _novel_chapter("<p>作者：温北辰</p><p>更新时间：2025-03-12 10:20</p>").replace(
        STORY[0], "这部小说现实题材，连载中，作者每天更新一章。" + STORY[0]
    )
    assert "连载中" in _read(serial, rules).text
