"""Session 25's metadata kinds (issue 11), each on pages of the project's own, with look-alikes that must
not change. First the project's convention, decided in session 25: a notice or document a body signs (a
bureau, a committee, a school, a hospital…) and no person's by-line credits has the signing body as its
author, also where its 来源 names the same body. The signing body: the sign-off closing the text (the
body, then the date; or the body with a letter's closing formula, 敬啟, and no date), or the organ a
disclosure page's index table files it under (发布机构, 发文机关); not a desk (an editorial board, a news
or public-affairs office)."""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import NOTICE, _article, _paras, _signed


@pytest.mark.parametrize(
    ("source", "closing", "author"),
    [
        # The signer, whatever the source names: the body whole, by its short name, one of its units.
        ("临川市教育局", _signed("临川市教育局", "2025年11月3日"), "临川市教育局"),
        ("市教育局", _signed("临川市教育局", "2025年11月3日"), "临川市教育局"),
        ("县住建局城建股", _signed("青岚县住房和城乡建设局", "2025年11月3日"), "青岚县住房和城乡建设局"),
        ("嘉義縣衛生局", _signed("嘉義縣衛生局", "114年11月3日"), "嘉義縣衛生局"),
        # A joint notice's bodies together, the source naming one of them.
        (
            "临川县医疗保障局",
            _signed("临川县医疗保障局", "临川县税务局", "2025年11月3日"),
            "临川县医疗保障局、临川县税务局",
        ),
        # Look-alikes: a desk signing (an editorial board's letter) is no author; a text with no sign-off has none.
        ("江城晚报", _signed("江城晚报编辑部", "2025年11月3日"), None),
        ("临川市教育局", "", None),
    ],
)
def test_the_signing_body_is_the_author_whatever_the_source_names(rules, source, closing, author):
    """Pattern: a notice's page names its source (来源：市教育局) and the notice closes with the body that
    signs it and the day: the signer is the notice's author, the source as the page names it."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>来源：{source}</span>"
    article = _read(_article(info, _paras(NOTICE), "关于供暖管网注水试压的通知", closing), rules)
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize(
    ("table", "author"),
    [
        # The label in its cell, the value in the next (a TRS or Hanweb disclosure table).
        (
            "<table><tr><td>索 引 号：</td><td>11330827/2024-00458</td><td>发布机构：</td><td>青石县统计局</td></tr>"
            "<tr><td>成文日期：</td><td>2024年03月27日</td><td>文　　号：</td><td></td></tr></table>",
            "青石县统计局",
        ),
        # Label and value in one cell, the body printed by its county's level alone.
        (
            "<table><tr><td>索引号：11370999/2025-03318</td><td>主题分类：政策解读</td></tr>"
            "<tr><td>发布机构：县住房和城乡建设局</td><td>成文日期：2025-11-05</td></tr></table>",
            "县住房和城乡建设局",
        ),
        # 发文机关 in a definition list; traditional characters in th/td.
        (
            "<dl><dt>发文机关：</dt><dd>临川市人民政府办公室</dd><dt>成文日期：</dt><dd>2025-10-28</dd></dl>",
            "临川市人民政府办公室",
        ),
        (
            "<table><tr><th>發布機構</th><td>臺東縣政府教育處</td><th>發布日期</th><td>114-03-02</td></tr></table>",
            "臺東縣政府教育處",
        ),
        # Look-alikes: a site's own unit posting (秘書處, 志工隊: no place's body), a desk (新闻中心).
        ("<table><tr><th>發布單位</th><td>秘書處</td><th>發布日期</th><td>114-03-02</td></tr></table>", None),
        (
            "<table><tr><td>发布单位：</td><td>志工队</td><td>发布日期：</td><td>2025-03-02</td></tr></table>",
            None,
        ),
        ("<table><tr><td>发布机构：</td><td>临川市新闻中心</td></tr></table>", None),
    ],
)
def test_a_disclosure_tables_issuing_organ_is_the_author(rules, table, author):
    """Pattern: a government disclosure page's index table (索引号 / 发布机构 / 成文日期) files a document
    that signs nothing (a policy's reading, a statistics bulletin, measures) under the organ that issued
    it: that body is its author, the page naming no writer."""
    page = (
        '<html><head><meta charset="utf-8"><title>政策解读_青石县人民政府</title></head><body>'
        f'<div class="nav"><a href="/">首页</a> <a href="/zcjd/">政策解读</a></div>{table}'
        '<div class="article"><h1>关于供暖管网注水试压的政策解读</h1>'
        '<div class="info">发布时间：2025-11-05 09:00 来源：县政府办公室</div>'
        f'<div class="content">{_paras(NOTICE[1:4])}</div></div><div class="footer">版权所有</div></body></html>'
    )
    assert _read(page, rules).author == author


def test_a_persons_by_line_beats_the_signing_body(rules):
    """Look-alike: a notice a writer's by-line credits (撰稿：…, 作者：…) has the writer as its author, the
    body's sign-off and its index table's organ notwithstanding."""
    for credit, author in (("撰稿：周雨桐", "周雨桐"), ("作者：林晓东", "林晓东"), ("文／陈思远", "陈思远")):
        info = (
            f"<span>发布时间：2025-11-03 09:00</span> <span>{credit}</span> <span>来源：临川市教育局</span>"
        )
        closing = _signed("临川市教育局", "2025年11月3日")
        page = _article(info, _paras(NOTICE), "关于供暖管网注水试压的通知", closing)
        assert _read(page, rules).author == author


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        (_signed("社團法人雲溪縣社區關懷協會　敬啟"), "社團法人雲溪縣社區關懷協會"),
        (_signed("江城市第一中学 谨启"), "江城市第一中学"),
        (_signed("临川县老年人协会谨上"), "临川县老年人协会"),
        # Look-alikes: a body's name with no formula and no date, a sentence closing with its formula.
        (_signed("临川县老年人协会"), None),
        ("<p>欢迎各位会员踊跃报名参加，敬请准时出席。</p>", None),
    ],
)
def test_a_body_signing_with_a_closing_formula_and_no_date(rules, closing, author):
    """Pattern: a notice to members or parents closes with its body's name and a letter's closing formula
    (敬啟, 谨启, 谨上) and no date under it: the formula says the line signs, so the body is the author."""
    info = "<span>发布时间：2025-11-03 09:00</span>"
    assert _read(_article(info, _paras(NOTICE), "关于会员活动的通知", closing), rules).author == author


@pytest.mark.parametrize(
    "slot",
    ["作者：佚名", "发布者：admin", "作者：匿名"],
)
def test_a_slot_naming_nobody_does_not_hide_the_signer(rules, slot):
    """Pattern: the author slot of a notice's page names nobody (佚名, the CMS's account, 匿名) and the
    notice is signed: the signing body is its author (a writer unknown says nothing of who issued it)."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>{slot}</span> <span>来源：江城市图书馆</span>"
    closing = _signed("江城市图书馆", "2025年11月3日")
    page = _article(info, _paras(NOTICE), "关于假期开放时间调整的公告", closing)
    assert _read(page, rules).author == "江城市图书馆"
