"""Session 26's metadata kinds (issue 11), each on pages of the project's own, with look-alikes that must
not change.

First the lead's convention, decided in session 26: a labelled source is the value as shown. The page says
where the text came from (来源：本站原创, 来源：网友投稿, 来源：网络整理, 出处：本站), and the reader sees what the
page says; only a value that states nothing (未知, 不详, 无, 暂无, 空, a dash or a slash) or a login or role
(admin, 小编, 管理员) stays no source. An address is dropped from the value, as before."""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import _article, _paras

ESSAY = (
    "周末带孩子去了城郊的农场，第一次看见刚出土的红薯，孩子兴奋得不得了，一路追着问这问那。",
    "我们在地里忙了一上午，手上沾满了泥，却谁也没喊累，中午就着自家带的饭菜吃得格外香甜。",
    "回家的路上孩子说，原来盘子里的每一口饭都这么不容易，以后再也不剩饭了，我听了很是欣慰。",
)


@pytest.mark.parametrize(
    ("info", "source"),
    [
        # The label in its own element, the kind of origin the page prints.
        ("<span>发布时间：2025-11-03 09:00</span> <span>来源：本站原创</span>", "本站原创"),
        ("<span>发布时间：2025-11-03 09:00</span> <span>来源：网友投稿</span>", "网友投稿"),
        ("<span>發佈時間：2025-11-03 09:00</span> <span>來源：網友投稿</span>", "網友投稿"),
        # On one line with the other fields; a work's label (出处), a prefix of the label (文章来源), a bar.
        ("发布时间：2025-11-03　来源：网络整理　浏览次数：235", "网络整理"),
        ("2025-11-03 09:00　出处：本站　作者：周晓梅", "本站"),
        ("<span>2025-11-03</span> <span>文章来源：本站整理</span> <span>点击：88</span>", "本站整理"),
        ("<span>2025-11-03</span> <span>来源 | 网络</span>", "网络"),
        ("<span>2025-11-03</span> <span>稿源：读者投稿</span>", "读者投稿"),
        # The site's own name with a compiler's word, as the page prints it.
        ("<span>2025-11-03</span> <span>来源：江城第一医院整理</span>", "江城第一医院整理"),
        # An address after the value is dropped, the value kept.
        (
            "<span>2025-11-03</span> <span>本文来源：网络整理，原文地址：https://www.example.com/a/1.html</span>",
            "网络整理",
        ),
    ],
)
def test_a_labelled_source_is_the_value_as_shown(rules, info, source):
    """Pattern (the lead's convention): a labelled 来源 / 出处 / 稿源 gives its value as the page prints it,
    a kind of origin too (本站原创, 网友投稿, 网络整理, 本站)."""
    article = _read(_article(info, _paras(ESSAY), "带孩子去农场挖红薯"), rules)
    assert article.source == source


@pytest.mark.parametrize(
    "value",
    [
        "未知",
        "不详",
        "不詳",
        "无",
        "無",
        "暂无",
        "暫無",
        "空",
        "-",
        "—",
        "/",
        "／",
        "admin",
        "小编",
        "管理员",
    ],
)
def test_a_labelled_source_that_states_nothing_is_none(rules, value):
    """Pattern: a value that states nothing (unknown, none, empty, a dash or a slash) or a CMS's login or
    role is no source; nor is anything weaker taken instead (a note in the text naming an outlet), where
    the label is read at all (a value of one character, 无, -, is no label's: the note is then the source)."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>来源：{value}</span>"
    body = _paras(ESSAY) + ("<p>（来源：江城晚报）</p>" if len(value) > 1 else "")
    article = _read(_article(info, body, "带孩子去农场挖红薯"), rules)
    assert article.source is None


@pytest.mark.parametrize(
    ("info", "author", "source"),
    [
        # Look-alikes: a kind of origin where the writer's name goes is no author, nor a source.
        ("<span>2025-11-03 09:00</span> <span>作者：网友投稿</span>", None, None),
        ("<span>2025-11-03 09:00</span> <span>作者：本站原创</span>", None, None),
        # An unlabelled badge beside the date (原创, 转载) is no source.
        ("<span class='badge'>原创</span> <span>2025-11-03 09:00</span>", None, None),
        ("<span>2025-11-03 09:00</span> <span class='tag'>转载</span>", None, None),
        # The labelled kind of origin beside a writer: both as shown.
        (
            "<span>2025-11-03</span> <span>来源：网友投稿</span> <span>作者：周晓梅</span>",
            "周晓梅",
            "网友投稿",
        ),
        # A bare address as the value is where the text is, no source.
        ("<span>2025-11-03</span> <span>来源：https://www.example.com/a/1.html</span>", None, None),
    ],
)
def test_a_kind_of_origin_unlabelled_or_as_author_is_no_source(rules, info, author, source):
    """Look-alikes of the convention: it is the 来源 label that shows the value; a kind of origin in the
    author's slot, or a badge with no label, credits no one."""
    article = _read(_article(info, _paras(ESSAY), "带孩子去农场挖红薯"), rules)
    assert (article.author, article.source) == (author, source)
