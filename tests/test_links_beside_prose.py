"""A paragraph of prose with a link set after its last sentence or before its first (issue 11, session 21).

A blogger appends a promo or a referral link to a paragraph (``…看得清。<span><a rel="sponsored">→ 模板打包…</a></span>``).
When the link is as long as the paragraph's own words, the paragraph's link density made it a link list, and the
region left the whole paragraph out: the article's sentence was lost with the link. The paragraph stays now and only
its link goes (``content._links_beside_prose``). A label before its link (推荐阅读：…), a pager's two links, a row of
three links and a paragraph too short to be a sentence still go whole, as before.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from test_strip_link_calls import _paras

from fanwen.offline import process_html

RULES = bundled_rules()

PROSE = "批改作文时，我先通读一遍全文，再用红笔标出需要修改的地方"


def _page(paragraph: str) -> str:
    body = _paras(
        "这学期我接手了两个班的语文课，作文批改一直是最花时间的一件事。试了几种办法以后，总算找到了适合自己的节奏。",
        "第一步是把作文按题目分好类，同一个题目的放在一起看，标准更容易统一。",
        "第二步是先看立意和结构，再看语言，避免一上来就被错别字牵着走。",
    )
    tail = "<p>最后把典型问题整理成一张表，讲评课上逐条讲清楚，学生改起来也更有方向。</p>"
    return f"""<html><head><title>我的作文批改三步法_林老师的教学笔记</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/c/1">教学随笔</a></div>
<article><h1>我的作文批改三步法</h1><div class="meta">2025-03-02 林老师</div>
<div class="entry-content">{body}{paragraph}{tail}</div></article></body></html>"""


@pytest.mark.parametrize(
    ("paragraph", "link"),
    [
        # appended after the last sentence, in a span, marked as paid
        (
            f'<p>{PROSE}。<span class="promo"><a rel="nofollow sponsored" href="/go/1">'
            "→ 我整理的批改符号表和评语库都放在小店里了，老粉丝下单立减五元，链接点这里</a></span></p>",
            "批改符号表和评语库",
        ),
        # a bare referral link in brackets after a sentence ending in ！
        (
            f'<p>{PROSE}！<a href="/invite/2">（用我的邀请码注册某某作文批改网，双方都能领到一个月的会员时长哦）</a></p>',
            "邀请码注册",
        ),
        # a link set before the first sentence, the paragraph wrapped in a box of its own
        (
            f'<div class="tip"><p><a href="/go/3">【推荐】寒假作文提分营今晚开课，报名就送全套范文讲义和批改模板</a>{PROSE}。</p></div>',
            "寒假作文提分营",
        ),
        # two links closing a question, set apart by a bar
        (
            f'<p>{PROSE}，你们平时是怎么做的呢？<a href="/a/4">点这里看我录的全套作文批改演示视频合集，一共十二节课</a> | '
            '<a href="/a/5">评语模板和批改符号表打包下载入口</a></p>',
            "批改演示视频",
        ),
    ],
)
def test_a_link_beside_a_paragraphs_sentences_goes_and_the_paragraph_stays(paragraph, link):
    text = process_html(_page(paragraph), "https://lin.example.cn/p/12.html", RULES).text
    assert PROSE in text
    assert link not in text
    assert "讲评课上逐条讲清楚" in text


@pytest.mark.parametrize(
    ("paragraph", "gone"),
    [
        # a label introducing its link: a recommendation, no sentence of the article's
        (
            '<p>推荐阅读：<a href="/a/6">新学期语文老师的作文教学计划怎么写，这三个要点一定要记住</a></p>',
            "推荐阅读",
        ),
        # a pager's two links with their labels between them
        (
            '<p>上一篇：<a href="/a/7">期中考试后的家长会发言稿</a> 下一篇：<a href="/a/8">'
            "如何带着学生读完一本整本书</a></p>",
            "上一篇",
        ),
        # a short line before a row of three links
        (
            '<p>本站还整理了这些资料。<a href="/d/1">作文素材大全合集</a><a href="/d/2">'
            '满分作文一百篇精选</a><a href="/d/3">中考作文评分标准详解</a></p>',
            "本站还整理了",
        ),
        # words too few to be the article's sentence before a long link
        (
            '<p>相关文章。<a href="/a/9">小学三年级看图写话的十个技巧，家长辅导孩子一定用得上</a></p>',
            "相关文章",
        ),
    ],
)
def test_a_link_line_with_no_sentence_of_its_own_still_goes_whole(paragraph, gone):
    text = process_html(_page(paragraph), "https://lin.example.cn/p/12.html", RULES).text
    assert gone not in text
    assert "讲评课上逐条讲清楚" in text


def test_a_link_inside_a_sentence_keeps_the_sentence():
    """A link with words on both sides is the sentence's own: nothing of it goes."""
    paragraph = (
        '<p>我参考了<a href="/n/10">市教研室发布的初中语文作文评价量表</a>，'
        "把其中的五个维度改成了学生看得懂的话，贴在教室后墙上。</p>"
    )
    text = process_html(_page(paragraph), "https://lin.example.cn/p/12.html", RULES).text
    assert "市教研室发布的初中语文作文评价量表" in text
    assert "贴在教室后墙上" in text


@pytest.mark.parametrize(
    ("paragraph", "gone"),
    [
        (
            '<p>看完这篇的老师还看了下面这篇文章。<a href="/a/77">2025年最新班主任工作计划范文大全，'
            "共十八篇可直接编辑</a></p>",
            "还看了下面这篇",
        ),
        (
            '<p>想要全套批改评语的老师请点击这里领取！<a href="/a/78">一百条作文评语分类整理版，可复制可打印</a></p>',
            "点击这里领取",
        ),
        (
            '<p>往期的作文教学笔记我都整理在以下合集里了。<a href="/a/79">林老师作文教学笔记合集（2023—2025年）'
            "全部目录</a></p>",
            "整理在以下合集",
        ),
        (
            '<p>看完這篇的老師還看了下面這篇文章。<a href="/a/80">班主任工作計劃範文大全共十八篇可直接編輯下載</a></p>',
            "還看了下面這篇",
        ),
    ],
)
def test_a_sentence_pointing_at_the_link_after_it_goes_with_the_link(paragraph, gone):
    """Review (session 21): a sentence that points at the link after it (下面这篇, 点击这里, 以下合集) introduces the
    link as a label does: it is the link's line, no sentence of the article's, and goes whole with it as before."""
    text = process_html(_page(paragraph), "https://lin.example.cn/p/12.html", RULES).text
    assert gone not in text
    assert "讲评课上逐条讲清楚" in text
