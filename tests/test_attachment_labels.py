"""A notice's attachment whose link holds the document's title alone, after the paragraph's label (session 21).

``附件：<a href="….docx">致家长的一封信</a>``: the label 附件 is the paragraph's, the link names the document without
its extension or number. Its link text outweighed the label, so the line read as a link list and the region left it
out: the notice lost its own attachment line, which belongs to its conclusion with the sign-off. A link to a
document after an attachment label is the notice's attachment now (``content.is_attachment``), as one whose own text
names a document (1.申报书.doc) was. A label before a link to a page (相关文件：<a href="….html">…</a>) still goes.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.offline import process_html

RULES = bundled_rules()

BODY = (
    "各街道、各有关单位：",
    "为做好今年冬季供暖期间的安全工作，现将有关事项通知如下。",
    "<strong>一、做好设施检查</strong>",
    "各单位要在十一月十日前完成供暖设施检查，发现隐患及时整改，并将整改情况报区住建局。",
    "<strong>二、落实值班制度</strong>",
    "供暖期间实行二十四小时值班制度，值班人员要保持通讯畅通，遇到突发情况第一时间处置并上报。",
    "特此通知。",
)
SIGN_OFF = ("青石区住房和城乡建设局", "2025年11月3日")


def _notice(extra: str, after_sign_off: bool = False) -> str:
    paras = "".join(f"<p>{t}</p>" for t in BODY)
    sign = "".join(f'<p style="text-align:right">{t}</p>' for t in SIGN_OFF)
    body = paras + sign + extra if after_sign_off else paras + extra + sign
    return f"""<html><head><title>关于做好冬季供暖安全工作的通知_通知公告_青石区住建局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="zw"><h1>关于做好冬季供暖安全工作的通知</h1><div class="info">发布时间：2025-11-03</div>
<div class="zw-con">{body}</div></div>
<div class="related"><h3>相关信息</h3><ul><li><a href="/tzgg/1.html">区住建局召开安全生产会议</a></li>
<li><a href="/tzgg/2.html">关于开展燃气安全检查的通知</a></li></ul></div></body></html>"""


@pytest.mark.parametrize(
    ("extra", "line", "after_sign_off"),
    [
        (
            '<p>附件：<a href="/files/2025/gn-jcb.docx">供暖设施安全检查登记表</a></p>',
            "附件：供暖设施安全检查登记表",
            False,
        ),
        (
            '<p>附件2：<a href="/files/2025/zb.pdf?v=2">值班人员名单及联系方式</a></p>',
            "附件2：值班人员名单及联系方式",
            False,
        ),
        ('<p>附表：1. <a href="/up/hz.xlsx">各街道整改情况汇总</a></p>', "附表：1. 各街道整改情况汇总", True),
    ],
)
def test_an_attachment_labelled_before_its_document_link_stays_in_the_conclusion(extra, line, after_sign_off):
    article = process_html(_notice(extra, after_sign_off), "https://zjj.example.gov.cn/tzgg/3.html", RULES)
    assert line in article.text.splitlines()
    conclusion = article.sections[-1]
    assert conclusion.kind == "conclusion" and line in conclusion.text


def test_a_label_before_a_link_to_a_page_still_goes():
    """A related file named by a link to a web page (no document) is a link line away from the notice."""
    extra = '<p>相关文件：<a href="/zcwj/2025/88.html">青石区冬季供暖管理办法实施细则全文</a></p>'
    article = process_html(_notice(extra), "https://zjj.example.gov.cn/tzgg/3.html", RULES)
    assert "实施细则全文" not in article.text
    assert "特此通知。" in article.text


@pytest.mark.parametrize(
    "extra",
    [
        '<div class="downbox"><p>附件：<a href="/d/fw123.doc">本文Word版下载</a></p></div>',
        '<p>附件：<a href="/down.php?id=9&amp;f=a.docx">免费下载</a></p>',
        '<p>附件2：<a href="/d/fw124.pdf">点此获取完整版</a></p>',
        '<p>附件：<a href="/d/fw125.docx">Download the Word file</a></p>',
    ],
)
def test_a_download_button_after_an_attachment_label_still_goes(extra):
    """Review (session 21): a template site's download box words its button as an act (本文Word版下载, 免费下载, 点此获取
    完整版), no document's title: the label before it does not make it the notice's attachment, and the line goes."""
    article = process_html(_notice(extra), "https://zjj.example.gov.cn/tzgg/3.html", RULES)
    assert "附件" not in article.text
    assert "特此通知。" in article.text
