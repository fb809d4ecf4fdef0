"""Metadata kinds of session 24 (issue 11), each on a page of the project's own of real shape, read
through the page path as a crawl reads it. Each test names the general pattern it shows."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page

ANSWER = (
    "谢邀。我在社区图书馆做了六年志愿者，说说自己的体会。",
    "最重要的是固定时间。每周六上午去两个小时，比心血来潮去一整天更能坚持，也更容易和馆员配合。",
    "其次是找到自己擅长的事。我不太会讲故事，就负责图书修补和上架，反而做得很开心。",
    "最后，别把志愿服务当成任务。读者的一句谢谢，就是坚持下去的理由。",
)


def _answer_page(head: str = "", foot: str = "") -> str:
    """A Q&A site's answer page: the question as the title, the answerer's card, the answer, and under
    it the answer's foot (``foot``: its date, votes, comments), as Q&A sites print them."""
    body = "".join(f"<p>{p}</p>" for p in ANSWER)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>长期做社区志愿者是什么体验？ - 问答岛</title>{head}</head><body>"
        '<header class="AppHeader"><a href="/">问答岛</a><nav><a href="/hot">热榜</a><a href="/explore">发现</a></nav></header>'
        '<main><div class="QuestionHeader"><h1 class="QuestionHeader-title">长期做社区志愿者是什么体验？</h1>'
        '<div class="QuestionHeader-tags"><a href="/topic/1">志愿服务</a><a href="/topic/2">公益</a></div></div>'
        '<div class="AnswerItem"><div class="AuthorInfo"><a class="UserLink" href="/people/ab">许青禾</a>'
        '<span class="AuthorInfo-badge">社区图书馆志愿者</span></div>'
        f'<div class="RichContent"><div class="RichText">{body}</div>'
        f'{foot}<div class="ContentItem-actions"><button>赞同 312</button><button>28 条评论</button>'
        "<button>分享</button></div></div></div></main>"
        "<footer>© 2025 问答岛 · 京ICP证000000号</footer></body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta itemprop="dateCreated" content="2025-06-03T21:40:00+08:00">',
        '<meta itemprop="dateCreated" content="2025-06-03T21:40:00+08:00">'
        '<meta itemprop="dateModified" content="2025-09-20T08:00:00+08:00">',
        '<meta itemprop="dateModified" content="2025-09-20T08:00:00+08:00">'
        '<meta itemprop="dateCreated" content="2025-06-03 21:40">',
    ],
)
def test_an_answers_creation_date_in_microdata_dates_it(rules, head):
    """Pattern: a Q&A answer (schema.org ``Answer``, which has no ``datePublished``) gives its date as
    ``itemprop="dateCreated"`` in a meta; its ``dateModified`` is a later edit, not the date."""
    assert _read(_answer_page(head), rules).published == datetime(2025, 6, 3, 21, 40)


@pytest.mark.parametrize(
    "foot",
    [
        '<div class="ContentItem-time"><a href="/answer/1">发布于 2025-06-03 21:40</a>・IP 属地浙江</div>',
        '<div class="answer-date">编辑于 2025-09-20 08:00 · 发布于 2025-06-03 21:40</div>',
        '<p class="meta"><span>2025-06-03 21:40</span> 发布 · 著作权归作者所有</p>',
    ],
)
def test_an_answers_date_under_it_dates_it(rules, foot):
    """Pattern: Q&A sites print an answer's date under the answer, not beside the title; a
    publication label's date there is the answer's (an edit's date is not)."""
    assert _read(_answer_page(foot=foot), rules).published == datetime(2025, 6, 3, 21, 40)


def test_no_date_where_the_answer_gives_none(rules):
    """Look-alike: a date inside the answer's own text is no publication date."""
    page = _answer_page().replace("每周六上午去两个小时", "2019年3月起每周六上午去两个小时")
    assert _read(page, rules).published is None
