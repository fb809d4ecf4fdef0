"""Metadata kinds of session 14 (issue 11): the kinds blind set Z and the class/id ablation show, each
on a page of the project's own of real shape (a site's chrome around one article), read through the
page path as a crawl reads it. Each test names the general pattern it shows, not one site's wording."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

TEA = (
    "据省茶叶流通协会统计，今年春茶季全省名优绿茶收购均价同比上涨百分之四，采摘期比去年推迟了五天左右。",
    "协会分析认为，三月中旬的两次低温让早发品种减产，但明前茶的品质普遍好于往年，中高端产品走货顺畅。",
    "部分茶企反映，电商渠道的订单占比已经超过三成，直播带货让一些偏远产区的小众品种第一次走出了大山。",
    "协会提醒茶农和经销商，夏秋茶上市前要做好仓储和防潮，不要为了赶行情压低收购标准，以免影响口碑。",
)


def _portal_page(info: str, text_head: str = "", text_tail: str = "（责任编辑：闻笛）") -> str:
    """An old table-layout trade portal (a tea market's news): a top bar, a menu, a breadcrumb, the
    title, ``info`` (the info line), the text closed by an editor's line, a statement, related news."""
    body = "".join(f"<p>　　{p}</p>" for p in TEA)
    return (
        '<html><head><meta charset="utf-8"><title>春茶收购均价同比上涨 名优绿茶走货顺畅_茶市资讯_中华茶市网</title></head><body>'
        '<div class="top">欢迎来到中华茶市网！ <a href="/login">登录</a> <a href="/reg">免费注册</a></div>'
        '<div class="menu"><a href="/">首页</a> <a href="/news/">资讯</a> <a href="/price/">行情</a> <a href="/expo/">展会</a></div>'
        '<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/news/">茶市资讯</a> &gt; 正文</div>'
        '<table width="960"><tr><td class="left"><div class="art">'
        "<h1>春茶收购均价同比上涨 名优绿茶走货顺畅</h1>"
        f'<div class="art-info">{info}</div>'
        f'<div class="art-body">{text_head}{body}<p align="right">{text_tail}</p></div>'
        '<div class="art-note">声明：本网转载的稿件仅代表作者观点，如有侵权请联系删除。</div>'
        "</div></td>"
        '<td class="right"><div class="box"><h3>相关资讯</h3><ul><li><a href="/news/1.html">秋茶预售开启</a> [04-02]</li>'
        '<li><a href="/news/2.html">红茶出口回暖</a> [03-28]</li></ul></div></td></tr></table>'
        '<div class="foot">Copyright © 中华茶市网 版权所有</div></body></html>'
    )


def test_an_empty_author_field_stays_empty(rules):
    """Pattern: an info line whose author field is empty (``作者：`` followed at once by the next
    field's label) says the page names no writer: no name printed elsewhere (the editor closing the
    text, a name beside the field) fills it."""
    info = "发布时间：2025-04-18 09:30　来源：省茶叶流通协会　作者：　浏览：<span>1288</span>次"
    article = _read(_portal_page(info), rules)
    assert article.author is None
    assert article.source == "省茶叶流通协会"
    # The look-alikes: a field that names someone, and a byline opening the text, are still read.
    filled = "发布时间：2025-04-18 09:30　来源：省茶叶流通协会　作者：苗春生　浏览：<span>1288</span>次"
    assert _read(_portal_page(filled), rules).author == "苗春生"
    assert _read(_portal_page(info, text_head="<p>文/岑雨</p>"), rules).author == "岑雨"
    # With no author field at all, the editor is still the last resort (the shared corpus's truth).
    bare = "发布时间：2025-04-18 09:30　来源：省茶叶流通协会　浏览：<span>1288</span>次"
    assert _read(_portal_page(bare), rules).author == "闻笛"
