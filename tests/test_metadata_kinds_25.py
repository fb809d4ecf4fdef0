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
from test_metadata_kinds_23 import CLINIC, NOTICE, _article, _paras, _signed


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


# Then the general patterns of session 25's second part: a reviewer's credit glued to the by-line, a
# department joined to the writer, a desk as no author, a body's name before the title in the <title>.


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("文／<span>王佩珊營養師　李志明醫師審</span>", "王佩珊"),
        ("撰文：<span>心臟內科 林建宏醫師</span><span>審閱：醫務部 陳美玲副院長</span>", "林建宏"),
        ("作者：<span>陈思远医师 张主任审定</span>", "陈思远"),
        ("文/<span>吳靜宜營養師、陳建華主任審訂</span>", "吳靜宜"),
        # Look-alikes: two writers; a name ending as a review's word does, alone or with a writer.
        ("作者：<span>王佩珊 李志明</span>", "王佩珊、李志明"),
        ("作者：<span>王海、李審</span>", "王海、李審"),
    ],
)
def test_a_reviewers_credit_glued_to_the_by_line_is_no_writer(rules, credit, author):
    """Pattern: a hospital's article credits its writer and, glued after, who reviewed it (…醫師審, …主任审定,
    審閱：…): the reviewer checked the text and wrote none of it."""
    info = f"<span>发布时间：2025-11-03 09:00</span> {credit}"
    assert _read(_article(info, _paras(CLINIC)), rules).author == author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("文/<span>家醫科 黃國豪醫師</span>", "黃國豪"),
        ("作者：<span>家医科、黄国豪</span>", "黄国豪"),
        ("撰稿：<span>胸腔科 林志明醫師</span>", "林志明"),
        ("作者：<span>肝胆科、陈怡君医师</span>", "陈怡君"),
        # Look-alikes: two people, the first's given name ending in 科; a department alone.
        ("作者：<span>李建科 王海</span>", "李建科、王海"),
        ("作者：<span>傅建科、王海</span>", "傅建科、王海"),
        ("作者：<span>家醫科</span>", "家醫科"),
    ],
)
def test_a_department_joined_to_the_writer_is_no_author(rules, credit, author):
    """Pattern: the writer field prints the writer's department first, a space or a 、 apart: a medicine's
    department (家醫科, 牙医科) before any name, a clinic of three characters ending in 科 before a name with
    a profession's title (胸腔科 林某醫師). The department is no author."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>{credit}</span>"
    assert _read(_article(info, _paras(CLINIC)), rules).author == author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("作者：公共事務室", None),
        ("作者：知行家长学堂编辑部", None),
        ("作者：江城市新闻中心", None),
        ("作者：文秘之窗编辑室", None),
        # Look-alikes: a desk before the writer's name, a unit that is no desk, a person.
        ("作者：公共事務室　周美玲", "周美玲"),
        ("作者：营养室", "营养室"),
        ("作者：编静怡", "编静怡"),
    ],
)
def test_a_desk_is_no_author(rules, credit, author):
    """Pattern: the author slot names a desk (an editorial board …编辑部, a news centre 新闻中心, a hospital's
    public-affairs office 公共事務室): it posts for its site or its body, and writes no one's article."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>{credit}</span>"
    assert _read(_article(info, _paras(CLINIC)), rules).author == author


@pytest.mark.parametrize(
    ("doc_title", "heading", "title"),
    [
        (
            "青禾县实验小学-三年级语文第二课时教学设计",
            "三年级语文第二课时教学设计",
            "三年级语文第二课时教学设计",
        ),
        ("临川一中｜2025年秋季开学典礼隆重举行", "2025年秋季开学典礼隆重举行", "2025年秋季开学典礼隆重举行"),
        ("江城市人民医院_冬季心血管保健五提醒", "冬季心血管保健五提醒", "冬季心血管保健五提醒"),
        (
            "临川县教育局 - 关于做好寒假安全教育的通知",
            "关于做好寒假安全教育的通知",
            "关于做好寒假安全教育的通知",
        ),
        # Look-alikes: a school year's range in the title, a column's word before the heading.
        ("2024-2025学年第一学期工作计划", "2025学年第一学期工作计划", "2024-2025学年第一学期工作计划"),
    ],
)
def test_a_bodys_name_before_the_title_in_the_doc_title(rules, doc_title, heading, title):
    """Pattern: a school's or a body's site puts its name first in the <title> (某某学校-标题, 某某中学｜标题,
    某某医院_标题) and prints the heading alone: the heading is the title, not the <title>'s name with it."""
    page = (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/jy/">教研动态</a></div>'
        f'<div class="article"><h1 class="titlestyle">{heading}</h1><div class="info">发布时间：2025-11-03</div>'
        f'<div class="content">{_paras(CLINIC)}</div></div><div class="footer">版权所有</div></body></html>'
    )
    assert _read(page, rules).title == title
