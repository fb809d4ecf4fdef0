"""Review findings of session 15 (third fixer): each test a page of the project's own showing the
general pattern the finding named, with the look-alike that must not change."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

TEXT = (
    "3月12日上午，市第三中学在学校体育馆举办了一场别开生面的科技节开幕式，全校两千余名师生参加了活动。",
    "本次科技节为期一周，共设机器人编程、航模制作、创意发明等八个展区，吸引了不少家长前来参观。",
    "学校负责人表示，今后将继续加大科技教育投入，为学生搭建更多展示创新成果的平台，培养学生的科学素养。",
)


def _page(body: str, info: str = "学校新闻", after: str = "") -> str:
    """A school news page: a menu, the title, its info line ``info``, the text ``body``, what
    follows the text ``after`` (a related list), a sidebar and the footer."""
    return (
        '<html><head><meta charset="utf-8"><title>市三中举办第十届校园科技节_学校新闻_某市教育信息网</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/xxxw/">学校新闻</a> <a href="/tzgg/">通知公告</a></div>'
        '<div class="main"><div class="article"><h1>市三中举办第十届校园科技节</h1>'
        f'<div class="info">{info}</div><div class="content">{body}</div></div>{after}'
        '<div class="side"><h3>热点新闻</h3><ul><li><a href="/a/1.html">市教育局召开新学期工作会议</a></li>'
        '<li><a href="/a/2.html">我市中考报名工作启动</a></li></ul></div></div>'
        '<div class="foot">某市教育信息网 版权所有 地址：某市人民路100号</div></body></html>'
    )


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_a_tables_rows_of_dates_are_other_things_not_the_pages_date(rules):
    """Pattern (review R17): a table whose rows each carry a date (a 相关文章 list under the text
    headed 作者 / 时间 / 阅读, a list of submissions or a schedule inside the text) lists other
    things; a row's date is its own article's or event's, not when this page was published. A
    dateless page has no date. Look-alikes: a table of label and value cells (发布日期 | …,
    成文日期 | …) is the page's info box, two dated rows and all."""
    related = (
        '<div class="related"><h3>相关文章</h3><table><tr><th>作者</th><th>时间</th><th>阅读</th></tr>'
        '<tr><td><a href="/a/5.html">刘华</a></td><td>2025-02-01</td><td>120</td></tr>'
        '<tr><td><a href="/a/6.html">赵强</a></td><td>2025-01-20</td><td>98</td></tr></table></div>'
    )
    assert _read(_page(_paras(*TEXT), after=related), rules).published is None
    submissions = (
        "<table><tr><th>作者</th><th>时间</th></tr><tr><td>刘华</td><td>2024-12-01</td></tr></table>"
    )
    assert _read(_page(_paras(*TEXT) + submissions), rules).published is None
    schedule = "<table><tr><td>开幕式</td><td>2025-03-12</td></tr><tr><td>闭幕式</td><td>2025-03-18</td></tr></table>"
    assert _read(_page(_paras(*TEXT[:2]) + schedule + _paras(TEXT[2])), rules).published is None
    # Look-alikes: the info box of label and value cells, above and below the title.
    box = (
        "<table><tr><td>成文日期：</td><td>2025-03-10</td></tr>"
        "<tr><td>发布日期：</td><td>2025-03-13</td></tr></table>"
    )
    assert _read(_page(_paras(*TEXT), info=box), rules).published == datetime(2025, 3, 13)
    assert _read(_page(_paras(*TEXT), info="发布时间：2025-03-13", after=related), rules).published == (
        datetime(2025, 3, 13)
    )


def test_a_heading_whose_value_is_a_clause_is_no_credit_line(rules):
    """Pattern (review R20): a heading tag (h1–h6) ``activity：slogan`` heads a part of the text (a
    school's clubs, 书法：一笔一画写好中国字 / 摄影：用镜头记录校园生活); its value is a clause, no
    name, so it is no credit line of the site's staff (摄影：李青). Look-alikes: the credit in a
    heading tag with a name's value, and a clause's credit in a paragraph, still go."""
    part = "<h3>{}</h3><p>{}</p>"
    body = "<p>我校今年共开设了十二个兴趣社团，下面介绍其中最受欢迎的三个。</p>" + "".join(
        part.format(head, text)
        for head, text in (
            (
                "书法：一笔一画写好中国字",
                "书法社由王老师指导，每周二下午活动，社员们从握笔姿势学起，一学期下来进步很大。",
            ),
            (
                "摄影：用镜头记录校园生活",
                "摄影社成立于2019年，社员们用相机记录了运动会、科技节等校园活动，作品多次在市里获奖。",
            ),
            (
                "绘画：让想象力自由飞翔",
                "绘画社的同学们在老师带领下尝试了水彩、国画、版画等多种形式，作品挂满了教学楼走廊。",
            ),
        )
    )
    article = _read(_page(body), rules)
    assert "摄影：用镜头记录校园生活" in article.text.splitlines()
    assert not [r for r in article.removed if r.rule == "meta-line"]
    assert "摄影：用镜头记录校园生活" in [s.heading for s in article.sections]
    article = _read(_page(_paras(*TEXT) + "<h4>编辑：王丽</h4>"), rules)
    assert "编辑：王丽" not in article.text


def test_a_data_or_picture_credit_names_no_source_of_the_article(rules):
    """Pattern (review R23): a line of the text that says whose data, pictures or video it shows
    (数据来源：国家统计局江城调查队 under a statistics bulletin, （图片来源：视觉中国） under a picture,
    视频来源, 图源) credits them, not the article's source; and a 来源 label in the text
    does not outrank the page's info line or a disclosure page's index table (发布机构). Look-alikes:
    the info line's 信息来源 still beats the issuer, and a news page's closing （来源：人民日报） is
    its source where nothing else names one."""
    from test_metadata_kinds_15b import _disclosure_page

    base = _disclosure_page("江城市统计局", "发布时间：2025-03-02 10:00　浏览次数：")
    close = '</div><div class="footer">'
    for line in ("数据来源：国家统计局江城调查队", "（图片来源：视觉中国）", "来源：江城市统计局综合科"):
        page = base.replace(close, f"<p>{line}</p>{close}")
        assert _read(page, rules).source == "江城市统计局", line
    for line in (
        "数据来源：国家统计局江城调查队",
        "（图片来源：视觉中国）",
        "视频来源：江城电视台",
    ):
        page = _page(_paras(*TEXT, line), info="发布时间：2025-03-13")
        assert _read(page, rules).source is None, line
    page = _page(_paras(TEXT[0], "图源：视觉中国", *TEXT[1:]), info="发布时间：2025-03-13")
    assert _read(page, rules).source is None
    # Look-alikes.
    page = _disclosure_page("江城市统计局", "发布时间：2025-03-02 10:00　信息来源：江城市统计局综合科")
    assert _read(page.replace(close, f"<p>数据来源：国家统计局江城调查队</p>{close}"), rules).source == (
        "江城市统计局综合科"
    )
    page = _page(_paras(*TEXT, "（来源：人民日报）"), info="发布时间：2025-03-13")
    assert _read(page, rules).source == "人民日报"
    # 资料来源 closing a reposted report names where its material came from: the paper it ran in
    # (a Taiwanese temple's or a county site's repost, （資料來源：雲林日報）), not a table's data.
    for line in ("（資料來源：雲林日報）", "资料来源：江城日报"):
        page = _page(_paras(*TEXT, line), info="发布时间：2025-03-13")
        assert _read(page, rules).source in ("雲林日報", "江城日报"), line
