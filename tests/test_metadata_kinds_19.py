"""Session 19's metadata kinds (issue 11), each on a page of the project's own read through the page
path as a crawl reads it, with look-alikes that must not change: the date a page prints beside its
title over markup dating another day, a reporters' chain under the title with no colon, a data
source line, a nav link and a title after a name as no writer, a compound surname written apart."""

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


def test_a_reporters_line_under_the_title_names_the_authors(rules):
    """Pattern: a news app's page (a Next.js one, its classes CSS-module names) prints its reporters in
    an element of their own under the title, no label's colon: the outlet, 记者 and the names, 通讯员
    and theirs. Reporters and correspondents are all authors, in order; a chain's other roles (摄影,
    编辑) are none."""
    info = '<span>来源：江澜新闻</span><time datetime="2025-06-12T07:30:00+08:00">2025-06-12 07:30</time>'
    for line, want in (
        ("江澜新闻记者 赵一帆 通讯员 黎晓晴 胡岩", "赵一帆、黎晓晴、胡岩"),
        ("记者 赵一帆 黎晓晴 通讯员 胡岩", "赵一帆、黎晓晴、胡岩"),
        ("江澜新闻记者 孟书言 苏晴\u3000摄影 周子扬", "孟书言、苏晴"),
        ("记者 韩露 通讯员 向文斌 编辑 吴迪", "韩露、向文斌"),
    ):
        byline = f'<div class="Article_byline__Tz8mW">{line}</div>'
        assert (_read(_news(info=info, byline=byline), rules).author, line) == (want, line)


def test_a_line_under_the_title_naming_no_reporter_gives_no_author(rules):
    """Look-alikes: a column's heading with 记者 in it (记者手记 走近一线), a subtitle telling of
    reporters, and a photo credit alone (记者 周子扬 摄) name no writer."""
    info = "<span>来源：江澜新闻</span><span>2025-06-12 07:30</span>"
    for line in ("记者手记 走近一线", "记者走进港区一线 探访铁水联运", "江澜新闻记者 周子扬 摄"):
        byline = f"<div>{line}</div>"
        assert (_read(_news(info=info, byline=byline), rules).author, line) == (None, line)


def test_a_material_source_label_gives_the_source(rules):
    """Convention (session 19, as for 来源): a labelled 资料来源 (資料來源, a Taiwanese government page's own field
    for the office whose material the page is) gives the source, an office's name or a medium's alike. Session
    19 first read an office there as no source (set AK's truth); set AM, written blind in the same session,
    credits the office as the page's source, as fanwen did before: the sets disagree, and the label wins, as the
    site's own name labelled 来源 does."""
    info = "<span>2025-06-12 07:30</span>"
    for foot, want in (
        ('<p align="right"><font size="2">資料來源：嵐港縣政府社會處</font></p>', "嵐港縣政府社會處"),
        ("<ul><li>資料來源：桐山市政府地政局</li><li>發布單位：地籍科</li></ul>", "桐山市政府地政局"),
        ("<p>（資料來源：雲林日報）</p>", "雲林日報"),
        ("<p>资料来源：江澜新闻网</p>", "江澜新闻网"),
        ("<p>资料来源：百度百科</p>", "百度百科"),
        ("<p>来源：江澜市港航管理局</p>", "江澜市港航管理局"),
    ):
        assert (_read(_news(info=info, foot=foot), rules).source, foot) == (want, foot)


def _church(info: str = "", opening: str = "", logo: bool = True) -> str:
    """A church's old portal (Big5-era XOOPS shape): the logo in letters, a <title> printing the site
    first, a meta author the site's name, the post's info line, the text, a footer's reprint policy
    and its links."""
    logo_box = '<div class="logo">江澜浸信會</div>' if logo else "<div>Rock Church</div>"
    return (
        '<html lang="zh-TW"><head><meta charset="utf-8"><meta name="author" content="江澜浸信會">'
        "<title>江澜浸信會 - 教會消息 - 受難週禱告會時間公告</title></head><body>"
        f'<table id="header"><tr><td>{logo_box}</td></tr></table>'
        f'<div class="item"><div class="itemHead">受難週禱告會時間公告</div><div class="itemInfo">{info}</div>'
        f'<div class="itemText">{opening}{BODY}</div></div>'
        '<div id="footer">江澜浸信會　電話：(06)231-5827<br>本站文章歡迎轉載，請註明出處及作者　｜　'
        '<a href="/contact/">聯絡我們</a>　｜　<a href="/privacy/">隱私權政策</a></div></body></html>'
    )


INFO = "張貼者：<a href='/u/1'>webmaster</a>　張貼日期：2025年4月3日 下午02:45"


def test_a_footers_reprint_policy_and_the_sites_name_are_no_author(rules):
    """Pattern: a footer's reprint policy says 作者 inside a sentence (請註明出處及作者 ｜ 聯絡我們): no
    label, and the link after the bar no name; a meta author that is the site's name, printed first in
    the <title> (site - column - title) and as the logo in letters, names nobody. Look-alikes: 作者：
    as a label names its writer; a meta author the page shows as no site's name is kept."""
    assert _read(_church(INFO), rules).author is None
    assert _read(_church(INFO + "　作者：林以諾"), rules).author == "林以諾"
    page = _church(INFO).replace('content="江澜浸信會"', 'content="林以諾"')
    assert _read(page, rules).author == "林以諾"


def test_an_oral_accounts_speaker_before_its_label_is_the_author(rules):
    """Pattern: a testimony's credit written after the names (黃美玲姊妹 口述／編輯小組 整理): who told
    it is its author, her form of address (姊妹) no part of the name; the one who wrote it up is not.
    Look-alike: the label first (口述：陳阿福　整理：周曉嵐) reads as before."""
    for opening, want in (
        ('<p style="text-align:right">黃美玲姊妹 口述／編輯小組 整理</p>', "黃美玲"),
        ('<p style="text-align:right">口述：陳阿福　整理：周曉嵐</p>', "陳阿福"),
    ):
        assert (_read(_church(INFO, opening), rules).author, opening) == (want, opening)


def test_a_form_of_address_after_a_name_is_no_name(rules):
    """Pattern: a church's, a school's or a letter's byline names a person with a form of address or a
    title after the name, set apart by a space or glued (吳承翰 弟兄, 陳以恩 牧師, 林曉雯老师, 王海 同学,
    李明 教授): the name alone. Look-alikes: a surname with its title (王老师) is how the page names the
    writer and stays; two names a space parts are two."""
    for credit, want in (
        ("文／吳承翰 弟兄　攝影／許家豪", "吳承翰"),
        ("作者：陳以恩 牧師", "陳以恩"),
        ("作者：林曉雯姊妹", "林曉雯"),
        ("作者：王海 同学", "王海"),
        ("作者：王老师", "王老师"),
        ("作者：王海 李明", "王海、李明"),
    ):
        assert (_read(_church(f"{INFO}　{credit}"), rules).author, credit) == (want, credit)


def test_a_compound_surname_set_apart_is_one_name(rules):
    """Pattern: a compound surname (欧阳, 司马, 诸葛) and its given name set apart by a space, as a CMS's
    field or a hand-typed credit prints them (作者：欧阳 娜娜): one name. Look-alikes: two names a space
    parts (作者：王海 李明) are two; a compound surname's name with another after it stays two."""
    for credit, want in (
        ("作者：欧阳 娜娜", "欧阳娜娜"),
        ("作者：諸葛 青雲", "諸葛青雲"),
        ("作者：王海 李明", "王海、李明"),
        ("作者：欧阳娜娜 李明", "欧阳娜娜、李明"),
    ):
        info = f"<span>{credit}</span>　<span>发布时间：2025-06-12 07:30</span>"
        assert (_read(_news(info=info), rules).author, credit) == (want, credit)


def test_another_events_time_beside_the_title_does_not_outrank_markup(rules):
    """Look-alikes (review of 5f8a6ce): a date with its time of day beside the title under another
    event's label (活动时间, 会议时间, 直播时间, 报名截止, 拍摄时间, 审核时间, Event date), or under a
    bare 时间 on an event's line naming its place (时间：… 地点：…), is that event's, not the page's
    publication: markup dating the post keeps its place. A bare 时间： (a CMS's date field) and a
    date with no label still print the publication."""
    marked = '<meta property="article:published_time" content="2025-04-20T10:00:00+08:00">'
    for info in (
        "<span>活动时间：2025年5月1日 9:00</span>",
        "<span>会议时间：2025-05-01 14:30</span>",
        "<span>直播时间：2025-05-01 19:30</span>",
        "<span>报名截止：2025-05-01 17:00</span>",
        "<span>拍摄时间 2025-04-12 14:30</span>",
        "<span>審核時間：2025-05-01 09:00</span>",
        "<span>时间：2025-05-01 09:00　地点：江澜会展中心</span>",
        "<span>Event date: 2025-05-01 09:00</span>",
    ):
        got = _read(_news(marked, info), rules).published
        assert (got, info) == (datetime(2025, 4, 20, 10, 0), info)
    for info in (
        "<span>时间：2025-04-22 09:15</span>",
        "<span>来源：江澜新闻</span><span>2025-04-22 09:15</span>",
    ):
        got = _read(_news(marked, info), rules).published
        assert (got, info) == (datetime(2025, 4, 22, 9, 15), info)


def test_a_personal_sites_owner_named_first_in_the_title_is_the_author(rules):
    """Look-alike (review of ef0ba08): a personal blog prints its owner's name first in the <title>
    (李明 - 随笔 - …) and as its logo or home link, and markup names her the author: a person's name,
    not a site's, and she wrote the post. The church's name there (江澜浸信會) still names nobody."""
    page = (
        '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="author" content="李明">'
        "<title>李明 - 随笔 - 江澜港铁水联运新通道开通</title></head><body>"
        '<div class="logo"><a href="/">李明</a></div>'
        '<article><h1>江澜港铁水联运新通道开通</h1><div class="meta"><span>2025-06-12 07:30</span></div>'
        f'<div class="content">{BODY}</div></article></body></html>'
    )
    assert _read(page, rules).author == "李明"
    assert _read(_church(INFO), rules).author is None


def test_a_reporters_line_in_traditional_script_or_with_a_compound_surname(rules):
    """Pattern (review of ef0ba08): the reporters' line under the title with no colon names people
    in traditional script (記者 陳怡君 通訊員 林大明) or with a compound surname (记者 欧阳修, set
    apart: 记者 欧阳 娜娜) as it does in simplified. Look-alike: a heading in traditional script
    (記者手記 走近一線) names nobody."""
    info = '<span>来源：江澜新闻</span><time datetime="2025-06-12T07:30:00+08:00">2025-06-12 07:30</time>'
    for line, want in (
        ("記者 陳怡君 通訊員 林大明", "陳怡君、林大明"),
        ("记者 欧阳修 通讯员 胡岩", "欧阳修、胡岩"),
        ("记者 欧阳 娜娜", "欧阳娜娜"),
        ("記者手記 走近一線", None),
    ):
        byline = f'<div class="Article_byline__Tz8mW">{line}</div>'
        assert (_read(_news(info=info, byline=byline), rules).author, line) == (want, line)
