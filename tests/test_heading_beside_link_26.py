"""A part's numbered heading with an advert link glued after it on its line (issue 11, session 26).

A self-media or 范文 template sets a promo link right after a heading, on the heading's own line
(``<p><span>二、全屋定制没货比三家</span><a>👉 点我主页，免费领取…</a></p>``). The link outweighs the
heading's few words, so the line read as a link list and the region left it out whole, unrecorded: the
article lost a heading and its part ran into the one before (8 of 20 pages of the sealed set AZ). A line whose
own words before its link are a numbered heading (一、…, （三）…, 1. …: ``fanwen.sections.HEADING_NUMBER``)
keeps them now; only the link goes, recorded as ``link-beside-text``. A label before its link (推荐阅读：),
a numbered link list's item (its number and the link alone) and a pager still go whole.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.offline import process_html

RULES = bundled_rules()

PART = (
    "<p>{n}的做法其实并不复杂，关键是提前规划、留足余量，把每个环节的时间和费用都写下来，"
    "再和家里人一起商量着定，免得事后返工，既花钱又耽误入住的时间。</p>"
)


def _page(line: str, markup: str = "p") -> str:
    parts = "".join(PART.format(n=n) for n in ("水电改造", "墙面处理", "橱柜安装"))
    return f"""<html><head><meta charset="utf-8"><title>装修半年后我最后悔的三件事_百川号</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/home">家居</a> <a href="/car">汽车</a></div>
<div class="article"><h1>装修半年后我最后悔的三件事</h1><div class="info">2025-11-02 10:20 苏晚晚</div>
<div class="content"><p>住进新房半年，才发现装修这件事真的是住过才知道，今天说说我最后悔的三件事，给正在装修的朋友提个醒。</p>
<{markup}>一、插座留少了，位置也不对</{markup}>{parts}
{line}
{parts}
<{markup}>三、窗帘盒没有提前预留</{markup}>{parts}
<p>以上就是我的一点经验，希望对正在装修的你有用。</p></div></div>
<div class="footer">关于我们 | 联系方式 | 版权所有</div></body></html>"""


@pytest.mark.parametrize(
    ("line", "heading", "link"),
    [
        # a heading in a span, an emoji-led promo link after it
        (
            '<p><span>二、全屋定制没货比三家</span><a href="https://x.example.com/u?id=1"><span>'
            "👉 点我主页，免费领取《装修避坑清单》电子版</span></a></p>",
            "二、全屋定制没货比三家",
            "点我主页",
        ),
        # a bracketed heading closed by its stop, a VIP download link after it
        (
            '<p>（二）全屋定制没有货比三家。<a href="/vip/" style="color:#e4393c">'
            "【本站VIP会员可下载Word版全文，支持一键编辑】</a></p>",
            "（二）全屋定制没有货比三家。",
            "本站VIP会员可下载",
        ),
        # a dash-led link after a heading in traditional script, set in a font tag
        (
            '<p><font>二、全屋訂製沒有貨比三家</font><a href="https://line.example.com.tw/R/1" target="_blank">'
            "——加入LINE官方帳號，免費索取裝修檢核表</a></p>",
            "二、全屋訂製沒有貨比三家",
            "加入LINE官方帳號",
        ),
    ],
)
def test_a_numbered_heading_keeps_its_line_and_only_the_link_goes(line, heading, link):
    article = process_html(_page(line), "https://baichuan.example.com/a/12.html", RULES)
    assert heading.replace(" ", "") in article.text.replace(" ", "")
    assert link not in article.text
    assert any(link in r.text for r in article.removed)  # recorded, not lost unsaid
    headings = [(s.heading or "").replace(" ", "") for s in article.sections]
    assert heading.replace(" ", "") in headings


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # a label introducing its link: no heading of the article's
        ('<p>推荐阅读：<a href="/a/6">新房装修水电改造的十个细节，业主一定要盯紧</a></p>', "推荐阅读"),
        # a numbered link list's item: the number and the link alone
        ('<p>1、<a href="/a/7">旧房翻新的预算怎么做才不超支，过来人的经验分享</a></p>', "旧房翻新的预算"),
        # a pager's two links
        (
            '<p>上一篇：<a href="/a/8">厨房装修避坑指南</a> 下一篇：<a href="/a/9">卫生间防水怎么做</a></p>',
            "上一篇",
        ),
        # a numbered label with its colon before its link
        ('<p>二、相关专题：<a href="/z/1">全屋定制选购与避坑专题合集，一站看懂板材五金</a></p>', "相关专题"),
    ],
)
def test_a_link_line_with_no_heading_of_its_own_still_goes_whole(line, gone):
    text = process_html(_page(line), "https://baichuan.example.com/a/12.html", RULES).text
    assert gone not in text
    assert "窗帘盒没有提前预留" in text
