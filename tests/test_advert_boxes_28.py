"""Advert boxes read on the box's element as the page drew it (session 28, issue 11; fanwen/strip/cards.py).

A template sets an advert box among the article's paragraphs: a label saying it is an advert's (广告, 推广, 赞助, AD,
合作推广, 公益广告), a headline (a product's name, a question put to the reader, a slogan), a line describing it (often a
sentence, closed by its stop) and a button. The passes before the card pass take part of it: the extractor leaves the
label out as chrome (its class names an advert: ``ad-label``), a link rule takes the button, an advert-line rule the
description; and what they leave, the headline and the description, stayed in the text, the headline heading a
section. The box as drawn tells it: its label, its headline and its description beside a button, whichever pass took
which line first.

What stays: the text's own labelled boxes in the same markups (提示, 注意, 附件, 要点, 摘要, 相关规定: a note's or a
part's label), and a box whose advert label is the title's subject (a notice on public-service adverts).
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import _p, _text
from test_labelled_boxes_27 import (
    ASSOCIATION,
    BOXES,
    COMMUNITY,
    GOV,
    NOTICE,
    OWN_BOXES,
    RECIPE,
    SCHOOL,
    TEACHING,
)


# Markups of one box: a label, a headline, a description, a button.
def _left_out_label(label: str, head: str, desc: str, button: str) -> str:
    """The label's class names an advert: the extractor leaves it out; the button a link a link rule takes."""
    return (
        f'<div class="pb-promo"><span class="ad-label">{label}</span><h4>{head}</h4><p>{desc}</p>'
        f'<a class="ad-btn" href="https://ad.example.com/c?id=7" rel="nofollow">{button}</a></div>'
    )


def _label_line(label: str, head: str, desc: str, button: str) -> str:
    """The label a line of its own (a div of its own class)."""
    return (
        f'<div class="gov-box"><div class="lbl">{label}</div><h4>{head}</h4><div class="ds">{desc}</div>'
        f'<a class="btn" href="/zt/gy/">{button}</a></div>'
    )


def _layout_table(label: str, head: str, desc: str, button: str) -> str:
    """A one-cell layout table, its lines parted by <br>, a form's button."""
    return (
        '<table class="adbox" width="96%" border="0" cellpadding="6"><tr><td>'
        f'<span class="adbox-label" style="font-size:11px;color:#999;">{label}</span><br /><b>{head}</b><br />'
        f'<span class="adbox-desc">{desc}</span><br /><button type="button" class="formButton">{button}</button>'
        "</td></tr></table>"
    )


def _docs_theme(label: str, head: str, desc: str, button: str) -> str:
    """A documentation theme's box: the label left out, the headline in bold, the button link left out too."""
    return (
        f'<div class="sponsor-box"><span class="ad-label">{label}</span><p><strong>{head}</strong></p><p>{desc}</p>'
        f'<p><a class="md-button md-button--primary" href="https://x.example.com/?ref=notes">{button}</a></p></div>'
    )


MARKUPS = [_left_out_label, _label_line, _layout_table, _docs_theme]

ADVERTS = [
    # A course's box: a plain headline, a description closed by its stop.
    (
        "推广",
        "初中物理实验动画课上线",
        "四十个课本实验逐个拆解，边看边练，错过直播可看回放。",
        "立即占座",
        SCHOOL,
    ),
    # A question put to the reader.
    (
        "广告",
        "孩子写作业总拖拉？",
        "专注力训练营小班授课，每周三次线上陪练，不满意可退。",
        "了解一下",
        TEACHING,
    ),
    # A tool's box under a sponsor's label.
    ("赞助", "会议纪要，交给「速记本」", "录音自动转写，发言人自动区分，支持导出文档。", "开始使用", GOV),
    # Traditional script, a question.
    (
        "合作推廣",
        "家裡的老照片褪色了？",
        "合作相館提供舊照片修復與數位化服務，會員另享八五折",
        "預約修復",
        ASSOCIATION,
    ),
    # A public-service advert's slogan, its button showing more.
    ("公益广告", "文明祭扫 绿色清明", "鲜花代替纸钱，网上寄托哀思。文明祭扫从我做起", "查看倡议", COMMUNITY),
    # A Latin label.
    ("AD", "周末露营装备一站租", "帐篷、天幕、炊具按天计费，市区两小时内送达。", "获取报价", RECIPE),
]


@pytest.mark.parametrize("markup", range(len(MARKUPS)))
@pytest.mark.parametrize("box", range(len(ADVERTS)))
def test_a_box_under_an_advert_label_goes_whole(markup: int, box: int) -> None:
    label, head, desc, button, article = ADVERTS[box]
    html = MARKUPS[markup](label, head, desc, button)
    text = _text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    lines = text.splitlines()
    assert label not in lines
    assert head not in text
    assert desc not in text
    assert button not in lines
    for paragraph in article:
        assert paragraph in text


def test_the_box_is_recorded_and_its_headline_heads_no_section() -> None:
    from conftest import sample_page

    from fanwen.pagepath import PageOptions, read_page

    label, head, desc, button, article = ADVERTS[1]
    page = read_page(
        sample_page(
            "一篇文章的标题", _p(article[:3]) + [_left_out_label(label, head, desc, button)] + _p(article[3:])
        ),
        "http://example.com/a/1.html",
        PageOptions.for_profile(None),
    )
    assert page.article is not None
    removed = {(r.rule, r.text) for r in page.article.removed}
    assert ("advert-card", head) in removed
    assert ("advert-card", desc) in removed
    assert all(section.heading != head for section in page.article.sections)


@pytest.mark.parametrize("box", range(len(BOXES)))
def test_an_in_house_box_whose_label_the_extractor_left_out_goes_whole(box: int) -> None:
    """Session 27's in-house boxes, their category label's class naming an advert: read as drawn, label and all."""
    label, head, desc, button, article = BOXES[box]
    html = _left_out_label(label, head, desc, button)
    text = _text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    assert head not in text
    assert desc not in text
    for paragraph in article:
        assert paragraph in text


# --- the text's own labelled boxes, in the same markups: they stay ------------------------------------------------

OWN = [
    (
        "提示",
        "报名前请备齐材料",
        "身份证原件及复印件各一份，近期免冠照片两张。",
        "查看清单",
        NOTICE,
        "社区志愿者招募",
    ),
    (
        "注意",
        "比赛当天请穿运动鞋",
        "有心脏病、高血压的同学不要参加长跑项目。",
        "立即查看",
        SCHOOL,
        "运动会报道",
    ),
    ("附件", "2025年度志愿者报名表.docx", "如实填写后交社区服务站。", "下载", NOTICE, "社区志愿者招募"),
    (
        "要点",
        "志愿者招募三项要求",
        "年满十八周岁，每月服务不少于八小时。",
        "查看原文",
        NOTICE,
        "社区志愿者招募",
    ),
    (
        "摘要",
        "这道菜难在哪里？",
        "番茄要炒出汁，鸡蛋要嫩，两样合在一起才好吃。",
        "阅读全文",
        RECIPE,
        "番茄炒蛋",
    ),
    (
        "相关规定",
        "垃圾分类管理条例第十二条",
        "居民应当按照分类标准将生活垃圾投放至相应收集容器。",
        "查看原文",
        GOV,
        "垃圾分类督导安排",
    ),
    # The title's subject: a notice on public-service adverts shows the winning one.
    (
        "公益广告",
        "一等奖作品《守护》",
        "以独居老人的一天为线索，呼吁邻里多一声问候。",
        "查看作品",
        COMMUNITY,
        "社区公益广告征集评选结果揭晓",
    ),
]


@pytest.mark.parametrize("markup", range(len(MARKUPS)))
@pytest.mark.parametrize("box", range(len(OWN)))
def test_the_texts_own_labelled_box_stays(markup: int, box: int) -> None:
    label, head, desc, button, article, title = OWN[box]
    html = MARKUPS[markup](label, head, desc, button)
    text = _text(title, _p(article[:2]) + [html] + _p(article[2:]))
    assert head in text
    assert desc in text
    for paragraph in article:
        assert paragraph in text


@pytest.mark.parametrize("box", range(len(OWN_BOXES)))
def test_session_27s_own_boxes_with_their_label_left_out_stay(box: int) -> None:
    label, head, desc, button, article, title = OWN_BOXES[box]
    html = _left_out_label(label, head, desc, button)
    text = _text(title, _p(article[:2]) + [html] + _p(article[2:]))
    assert head in text
    assert desc in text
