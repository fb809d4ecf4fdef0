"""Metadata kinds of session 15 (issue 11), second sweep: the misses every opened set showed,
grouped by kind, fixed where a kind recurs on several sites in both halves of the sets (A–M and
N–Z with the metadata zoo). Each test is a page of the project's own of real shape (a site's
chrome around one article), read through the page path as a crawl reads it, with the look-alike
that must not change."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

TEXT = (
    "为进一步规范小区停车秩序，街道近日联合物业公司对辖区内十二个老旧小区的停车位进行了重新划线。",
    "新划定的车位共有八百四十个，其中充电车位六十个，优先满足居民夜间停车需要，访客车辆须登记后进入。",
    "街道负责人表示，下一步将结合居民意见，在周边道路增设临时停车位，并推动错时共享停车，缓解停车难题。",
    "居民如对车位分配有意见，可在工作日到社区服务站反映，也可拨打社区服务电话咨询。",
)


def _disclosure_page(issuer: str, info: str) -> str:
    """A government site's public-information page (政府信息公开): the bureau's header, the
    disclosure catalogue's index table above the title (索引号, 发布机构 ``issuer``, 成文日期, the
    fields every such page prints), the title, the info line ``info`` (发布时间, 信息来源, 浏览次数),
    the notice, the footer naming the bureau as the site's organiser."""
    body = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        '<html><head><meta charset="utf-8"><title>关于老旧小区停车位重新划线的通知-通知公告-江城市住房和城乡建设局</title>'
        '</head><body><div class="header"><h2>江城市住房和城乡建设局</h2></div>'
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/tzgg/">通知公告</a></div>'
        '<table class="xxgk"><tr><td>索 引 号：</td><td>JC0021-0302-2025-0041</td><td>主题分类：</td><td>城乡建设</td></tr>'
        f"<tr><td>发布机构：</td><td>{issuer}</td><td>成文日期：</td><td>2025-03-01</td></tr></table>"
        '<h1 class="article-title">关于老旧小区停车位重新划线的通知</h1>'
        f'<div class="pages-date">{info}</div><div class="content">{body}</div>'
        '<div class="footer"><p>主办：江城市住房和城乡建设局 网站标识码：0000000002</p></div>'
        "</body></html>"
    )


def test_a_disclosure_pages_info_line_source_comes_before_its_index_tables_issuer(rules):
    """Pattern: a Chinese government site prints, above every public-information page's title, its
    disclosure catalogue's index table (索引号 / 发布机构 / 成文日期: the organ the catalogue files
    the document under, mostly the site's own bureau), and under the title the info line whose
    信息来源 names who supplied the text (a unit under the bureau, a province's department the
    city forwards). The info line's 来源 is the source, as every truth of such pages writes it
    (a02, h10, y3_01–06: where the two differ, 信息来源); 信息来源：本站 names none (y3_02). A page
    whose only source label is 发布机构 (or 發佈單位) keeps it."""
    page = _disclosure_page(
        "江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　信息来源：江城市物业服务中心　浏览次数："
    )
    assert _read(page, rules).source == "江城市物业服务中心"
    page = _disclosure_page(
        "江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　信息来源：本站　浏览次数："
    )
    assert _read(page, rules).source is None
    # Look-alikes: the same organ in both (the usual page), and no info-line source at all.
    page = _disclosure_page(
        "江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　信息来源：江城市住房和城乡建设局"
    )
    assert _read(page, rules).source == "江城市住房和城乡建设局"
    page = _disclosure_page("江城市住房和城乡建设局", "发布时间：2025-03-02 10:00　浏览次数：")
    assert _read(page, rules).source == "江城市住房和城乡建设局"
