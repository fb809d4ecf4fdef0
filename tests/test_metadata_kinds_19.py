"""Session 19's metadata kinds (issue 11), each on a page of the project's own read through the page
path as a crawl reads it, with look-alikes that must not change: the date a page prints beside its
title over markup dating another day."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "六月十一日上午，江澜港铁水联运新通道开通运营，首趟班列装载四十六个标准箱从港区驶出。",
    "港务集团负责人介绍，专用线全长八点六公里，每个标准箱能节省物流成本约三百元，时间缩短一天以上。",
    "据了解，专用线项目于前年九月开工建设，新建装卸线三条，设计年运输能力三百万吨。",
    "专用线的建成打通了港口集疏运体系的最后一公里，使江澜港成为全省第三个具备铁水联运功能的内河港口。",
    "下一步，港区还将开行至西部陆港的定期班列，并与沿线城市合作建设多式联运信息平台。",
    "沿线企业表示，货物下了船直接上火车，发货周期更有保障，今年计划把更多货物转到铁路上来。",
)
BODY = "".join(f"<p>{p}</p>" for p in STORY)


def _news(meta: str = "", info: str = "", foot: str = "", byline: str = "", lang: str = "zh-CN") -> str:
    """A news page: head markup, the title, its info line, a byline line, the text, a foot line."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>江澜港铁水联运新通道开通-江澜新闻</title>'
        f"{meta}</head><body>"
        '<div class="nav"><a href="/">江澜新闻</a> <a href="/yw/">要闻</a></div>'
        f'<article><h1>江澜港铁水联运新通道开通</h1><div class="meta">{info}</div>{byline}'
        f'<div class="content">{BODY}</div>{foot}</article>'
        '<div class="footer">江澜新闻 版权所有</div></body></html>'
    )


def test_the_printed_publication_day_beats_markup_dating_another(rules):
    """Pattern: markup dates another day than the info line beside the title prints with its label or
    its time of day (a CMS's PubDate meta is the record's creation, a day-only pubdate the day before,
    an og meta the draft's): readers see the printed date, and it is the page's. Where the title shows
    a relative time (3天前) and the page's foot its first publication (首发于 … 18:05), that line is
    the printed one. ROC dates (114年6月3日 上午10:20) are read the same way on a Taiwanese page."""
    for meta, info, foot, lang, want in (
        (
            '<meta name="PubDate" content="2025-03-11 17:02">',
            "<span>发布时间：2025-03-12 10:15:32</span>　<span>来源：江澜镇人民政府</span>",
            "",
            "zh-CN",
            datetime(2025, 3, 12, 10, 15, 32),
        ),
        (
            '<meta name="pubdate" content="2025-06-11">',
            '<span>来源：江澜新闻</span><time datetime="2025-06-12T07:30:00+08:00">2025-06-12 07:30</time>',
            "",
            "zh-CN",
            datetime(2025, 6, 12, 7, 30),
        ),
        (
            '<meta property="article:published_time" content="2025-11-18T10:00:00+08:00">',
            "<span>文｜宋知微</span><span>2025-11-20 07:00</span>",
            "",
            "zh-CN",
            datetime(2025, 11, 20, 7, 0),
        ),
        (
            '<meta name="publishdate" content="2025-04-10">',
            '<span>来源：江澜新闻</span><time datetime="2025-04-09T18:05:00+08:00">3天前</time>',
            "<p>首发于 2025-04-09 18:05</p>",
            "zh-CN",
            datetime(2025, 4, 9, 18, 5),
        ),
        (
            '<meta name="pubdate" content="2025-06-02">',
            "記者陳怡君／嵐港報導　｜　114年6月3日 上午10:20　｜　點閱：3,415",
            "",
            "zh-TW",
            datetime(2025, 6, 3, 10, 20),
        ),
    ):
        got = _read(_news(meta, info, foot, lang=lang), rules).published
        assert (got, meta) == (want, meta)


def test_markup_on_the_printed_day_or_with_no_printed_time_keeps_its_place(rules):
    """Look-alikes: markup on the day the info line prints keeps its time; a bare date beside the title
    (no label, no time) does not outrank markup, nor a day after a publication label's relative time
    (发布于 3天前 2025年6月12日: the label's is the relative one, the day an update's), nor a time of
    another event's (a letter's 来信时间) where the page prints markup's date too (its reply's), nor a day
    printed in another zone than markup's instant (a day apart: the same moment); an edit's time beside the title (编辑于) is no
    publication's; a comment's time under the text does not move markup."""
    for meta, info, foot, want in (
        (
            '<meta property="article:published_time" content="2025-06-12T07:30:00+08:00">',
            "<span>发布时间：2025-06-12</span>",
            "",
            datetime(2025, 6, 12, 7, 30),
        ),
        (
            '<meta property="article:published_time" content="2025-06-11T07:30:00+08:00">',
            "<span>2025-06-12</span>",
            "",
            datetime(2025, 6, 11, 7, 30),
        ),
        (
            '<meta property="article:published_time" content="2025-06-11T07:30:00+08:00">',
            "<span>编辑于 2025-06-13 09:00</span>",
            "",
            datetime(2025, 6, 11, 7, 30),
        ),
        (
            '<meta property="article:published_time" content="2025-06-12T02:30:00+00:00">',
            "<span>发布时间：2025-06-11 19:30</span>",
            "",
            datetime(2025, 6, 12, 10, 30),
        ),
        (
            '<meta name="PubDate" content="2025-06-17 16:05">',
            "<span>来信时间 2025-06-12 22:47</span>",
            "<table><tr><th>答复时间</th><td>2025-06-17 16:05</td></tr></table>",
            datetime(2025, 6, 17, 16, 5),
        ),
        (
            '<meta property="article:published_time" content="2025-06-11T07:30:00+08:00">',
            "<span>发布于 3天前</span><span>2025年6月12日</span>",
            "",
            datetime(2025, 6, 11, 7, 30),
        ),
        (
            '<meta property="article:published_time" content="2025-06-11T07:30:00+08:00">',
            "",
            '<div class="comments"><p>网友江边人：好消息！ 2025-06-14 10:02</p></div>',
            datetime(2025, 6, 11, 7, 30),
        ),
    ):
        got = _read(_news(meta, info, foot), rules).published
        assert (got, meta, info) == (want, meta, info)
