"""Session 27's metadata kinds (issue 11), on pages of the project's own, with look-alikes that must not change.

- A speech's speaker under its title, outside the text's box (an office and a name, a date line beside it, no label):
  who gave the speech is its author (``metadata.title_speaker``).
- A self-media page whose title is no heading (a ``<div>``): the writer's name in the dated meta line right over the
  text's box, beside the avatar, no label (``metadata.meta_line_over_text``).
- The answerer's name beside a credential line (人力资源管理师 · 社保政策答主: titles and roles, no badge class)
  in the row over the answer (``metadata._badge``).
"""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import _paras

SPEECH = (
    "今天召开全镇防汛工作会议，主要任务是总结去年的防汛工作，分析今年面临的形势，部署今年的各项重点任务。",
    "刚才，镇水利站通报了全镇水利设施的排查情况，三个村作了表态发言，讲得都很好，我完全同意。",
    "下面，我讲三点意见。一要提高认识，二要突出重点，三要压实责任，确保全镇安全度汛，人民群众生命财产安全。",
)


def _speech(title: str, under: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_领导讲话_江城镇人民政府</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/ldjh/">领导讲话</a></div>'
        f'<div class="art"><h1>{title}</h1>{under}'
        '<div class="info">发布时间：2025-06-03 10:30　来源：江城镇党政办　浏览次数：1265</div>'
        f'<div class="body">{_paras(SPEECH)}</div></div><div class="footer">江城镇人民政府 版权所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("title", "under", "author"),
    [
        (
            "在全镇防汛工作会议上的讲话",
            '<p class="sub">江城镇人民政府镇长 周明远</p><p class="sub">（2025年6月2日）</p>',
            "周明远",
        ),
        ("在开学典礼上的致辞", "<div>（2025年9月1日）</div><div>校长　陈思远</div>", "陈思远"),
        ("在全县表彰大会上的發言", "<p>縣委副書記、縣長 林建華</p><p>（2025年6月2日）</p>", "林建華"),
        # Look-alikes: a report's title over an official's name and a date; a speech with no date line by the name.
        (
            "全镇防汛工作情况通报",
            '<p class="sub">江城镇人民政府镇长 周明远</p><p class="sub">（2025年6月2日）</p>',
            None,
        ),
        ("在全镇防汛工作会议上的讲话", '<p class="sub">江城镇人民政府镇长 周明远</p>', None),
    ],
)
def test_a_speechs_speaker_under_its_title_is_the_author(rules, title, under, author):
    """Pattern: a government site prints the speaker's office and name and the speech's date under a speech's title,
    outside the text's box, no label: the speaker is the author."""
    assert _read(_speech(title, under), rules).author == author


MONEY = (
    "很多人收入不算低，可每到月底钱包就见底了。我在银行柜台工作过六年，见过太多这样的人，也见过把日子过得很从容的人。",
    "记账不用记得多细，只要把大项分清楚：房租房贷、吃饭、交通、娱乐、人情，一个月下来就知道钱去了哪儿。",
    "发工资当天，先把固定比例的钱转进存款账户，剩下的再用来生活，这个顺序一变，存钱就从看剩多少变成了必须完成。",
)


def _self_media(meta: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>普通人存钱，先做好这三件事</title></head><body>'
        '<div class="top"><a href="/" class="logo">新知号</a> <a href="/login">登录</a></div>'
        '<div class="wrap"><div class="t1">普通人存钱，先做好这三件事</div>'
        f'{meta}<div class="bd">{_paras(MONEY)}</div></div></body></html>'
    )


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        (
            '<div class="a1"><div class="a2"><img src="/avatar/1.jpg"><span class="n">林晚晴</span></div>'
            '<div class="a3"><span>2025-11-18 10:20</span><span>·</span><span>浙江</span></div></div>',
            "林晚晴",
        ),
        ('<div class="a1"><img src="/avatar/2.jpg"><b>周予安</b> <em>2025年11月18日</em></div>', "周予安"),
        ('<div class="a1"><span>理财小周说</span><span>2025-11-18</span></div>', "理财小周说"),
        # Look-alikes: a line with no date; a medium's name before the date; a province alone before it.
        ('<div class="a1"><img src="/avatar/1.jpg"><span>林晚晴</span></div>', None),
        ('<div class="a1"><span>江城晚报</span><span>2025-11-18</span></div>', None),
        ('<div class="a1"><span>浙江省</span><span>2025-11-18</span></div>', None),
    ],
)
def test_a_name_in_the_meta_line_over_the_text_is_the_author_where_the_title_is_no_heading(
    rules, meta, author
):
    """Pattern: a self-media page sets its title in a ``<div>`` and the writer's name beside the avatar in the dated
    meta line right over the text's box, no label."""
    assert _read(_self_media(meta), rules).author == author


ANSWER = (
    "谢邀。这个问题被问得特别多，我按医保、养老、购房几个方面分开说，最后讲怎么补救，先说结论，大部分影响可以弥补。",
    "职工医保停缴后，一般从次月起就不能再享受报销待遇了，很多城市有一到三个月的缓冲期，各地规定不一样。",
    "养老保险是累计缴费，断缴几个月不影响之前的年限，只是领取时的总年限少了几个月，补缴以后一般可以接上。",
)


def _qa(row: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>离职后社保断缴有什么影响 - 问答</title></head><body>'
        '<div class="q"><h1 class="qt">离职后社保断缴三个月，会有什么影响？</h1><div class="qs">126 人关注</div></div>'
        f'<div class="card">{row}<div class="meta">发布于 <time datetime="2025-09-16T19:42">2025.09.16 19:42</time>'
        f' · 1,208 人赞同</div><div class="ans">{_paras(ANSWER)}</div></div></body></html>'
    )


@pytest.mark.parametrize(
    ("row", "author"),
    [
        (
            '<div class="h"><img src="/a.png"><div><b>赵文清</b><span>人力资源管理师 · 社保政策答主</span></div></div>',
            "赵文清",
        ),
        ('<div class="h"><span>陈一鸣</span><span>注册营养师｜健康领域创作者</span></div>', "陈一鸣"),
        ('<div class="h"><strong>林書涵</strong><span>執業律師 / 勞動法專家</span></div>', "林書涵"),
        # Look-alikes: a name with a plain line after it (a place, a motto), a credential line with no name.
        ('<div class="h"><b>赵文清</b><span>北京 · 朝阳</span></div>', None),
        ('<div class="h"><b>赵文清</b><span>认真生活 · 好好说话</span></div>', None),
        ('<div class="h"><img src="/a.png"><span>人力资源管理师 · 社保政策答主</span></div>', None),
    ],
)
def test_an_answerers_name_beside_a_credential_line_is_the_author(rules, row, author):
    """Pattern: a Q&A page prints the answerer's name over the answer's time, then a credential line of titles and
    roles (人力资源管理师 · 社保政策答主), no badge class, no label."""
    assert _read(_qa(row), rules).author == author
