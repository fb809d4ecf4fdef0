"""Review of session 16's metadata kinds (tests/test_metadata_kinds_16.py): where each rule was
narrowed after a reviewer's probes of ordinary pages. Each test is a page of the project's own of
the ordinary kind the rule must leave alone, read through the page path as a crawl reads it, with
the e-paper or glued-date shape the rule was made for still read."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

from fanwen.extract.processors import clean_source

NOTICE = (
    "根据学校工作安排，现将本学期有关事项通知如下，请各单位认真组织，确保各项工作平稳有序开展。",
    "各学院要提前做好准备，明确专人负责，及时将有关情况报送学校办公室，遇到问题及时沟通解决。",
    "全体师生要增强安全意识，遵守各项规定，自觉维护良好秩序，共同营造安全、文明、和谐的校园环境。",
    "本通知自发布之日起执行，未尽事宜另行通知。如有疑问，请与学校办公室联系，联系电话见学校网站。",
)
BODY = "".join(f"<p>{p}</p>" for p in NOTICE)


def _school_notice(heading: str, title: str, head_tag: str = "h1") -> str:
    """A university office's notice: the ``<title>`` (``title``) the heading then the office and
    the school joined by underscores, the heading in ``head_tag``, a date line, the text."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="logo"><img src="/images/logo.png" alt="江城师范学院"></div>'
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/tzgg/">通知公告</a></li></ul>'
        f'<div class="art"><{head_tag} class="arttitle">{heading}</{head_tag}>'
        f'<div class="artinfo">发布日期：2025-06-03　点击：356</div><div class="artbody">{BODY}</div></div>'
        '<div class="foot">江城师范学院 版权所有</div></body></html>'
    )


def test_a_double_hyphen_inside_a_heading_is_the_titles_own(rules):
    """Pattern: a heading prints a double hyphen of its own: an academic year's range
    (2024--2025学年), a blog's series and its topic (Java基础--集合框架). A double hyphen ends only a
    ``<title>``'s title, when the site's name follows it or the page prints the part before it as a
    line of its own; never a heading's, nor a year's range."""
    heading = "关于2024--2025学年第二学期学生返校工作的通知"
    article = _read(_school_notice(heading, f"{heading}_学生工作处_江城师范学院"), rules)
    assert article.title == heading
    article = _read(_school_notice(heading, f"{heading}-江城师范学院", head_tag="div"), rules)
    assert article.title == heading
    series = "Python入门--列表推导式的五种写法"
    article = _read(_school_notice(series, f"{series}_阿亮的编程笔记", head_tag="h2"), rules)
    assert article.title == series


def test_a_titles_double_hyphen_before_the_sites_name_still_ends_it(rules):
    """The shape the rule was made for: ``标题--站点`` with the heading printed under it."""
    heading = "学校召开2025年春季学期工作会议"
    article = _read(_school_notice(heading, f"{heading}--江城师范学院", head_tag="td"), rules)
    assert article.title == heading


TW_NOTICE = (
    "暑假即將開始，為確保學生假期平安，請家長協助督促孩子注意交通安全，外出時應告知家人去向與返家時間。",
    "夏季天氣炎熱，請勿前往溪流、水庫等危險水域戲水，並留意防曬與補充水分，避免中暑。",
    "學校於暑假期間每週三上午開放圖書館，歡迎學生多加利用，培養閱讀習慣，充實假期生活。",
)


def _channel_page(
    side: str,
    crumb: str,
    title: str = "通知公告 - 江城实验中学",
    heading: str = "关于做好2025年暑假安全教育工作的通知",
    body: str = BODY,
    channel: str = "通知公告",
) -> str:
    """A school site builder's article page: the ``<title>`` names the channel (its menu item), the
    left column's box heading (``side``) and the trail (``crumb``) print the channel's name again, the
    article's heading is the page's one <h1>."""
    charset = "big5" if "學" in title else "utf-8"
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
        '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li>'
        f'<li><a href="/tzgg/">{channel}</a></li><li><a href="/jxky/">教学科研</a></li></ul>'
        f'<div class="left">{side}<ul><li><a href="/tzgg/">{channel}</a></li><li><a href="/xwdt/">新闻动态</a></li></ul></div>'
        f'<div class="right"><div class="pos">{crumb}</div><h1>{heading}</h1>'
        f'<div class="info">發佈日期：2025-07-01</div><div class="con">{body}</div></div>'
        '<div class="foot">版权所有</div></body></html>'
    )


def test_a_channel_printed_unlinked_in_a_box_or_a_trail_leaves_the_h1_the_title(rules):
    """Pattern: a site builder's ``<title>`` names the channel, which its menu links and which the
    left column's box heading or the trail's current crumb prints again unlinked. The page's <h1>
    is the article's title; only the channel printed in the page's <h1> would name the article."""
    crumb = '当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a>'
    title = "关于做好2025年暑假安全教育工作的通知"
    article = _read(_channel_page('<div class="lm-name">通知公告</div>', crumb), rules)
    assert (article.title, article.category) == (title, "通知公告")
    here = '当前位置：<a href="/">首页</a> &gt; <span>通知公告</span>'
    article = _read(_channel_page("<h3>栏目导航</h3>", here), rules)
    assert article.title == title
    tw = _channel_page(
        "<h4>最新消息</h4>",
        "",
        title="最新消息 | 江城國小",
        heading="暑假安全注意事項",
        body="".join(f"<p>{p}</p>" for p in TW_NOTICE),
        channel="最新消息",
    )
    article = _read(
        tw.replace("首页", "首頁")
        .replace("学校概况", "學校概況")
        .replace("教学科研", "教學研究")
        .replace("新闻动态", "活動花絮")
        .replace("版权所有", "版權所有"),
        rules,
        encoding="big5",
    )
    assert (article.title, article.category) == ("暑假安全注意事項", "最新消息")


def _daily_page(doc_title: str, banner: str, heading: str) -> str:
    """A page whose ``<title>`` is a date or an ``…电子版`` document with the site's name, the site's
    name as a banner <h1>, the page's own heading an <h3>."""
    return (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title></head><body>'
        f'<div class="banner"><h1>{banner}</h1><a href="/">{banner}</a></div>'
        f'<div class="art"><h3>{heading}</h3><div class="info">发布时间：2025-04-08 17:30</div>'
        f'<div class="con">{BODY}</div></div><div class="foot">{banner} 版权所有</div></body></html>'
    )


def test_a_date_or_a_documents_electronic_edition_in_the_title_is_no_papers_issue(rules):
    """Pattern: a diary's or a daily digest's ``<title>`` is a date (2025年4月8日 星期二 - 站名), a
    school's handbook is published as its 电子版 (2025级新生手册电子版_学院): no paper's issue, and the
    site's banner <h1> is never the title. A paper's e-paper names its issue by a page of the issue
    (第05版) or the paper's e-paper word (…日报数字报, …报电子版)."""
    for day, doc_title in (
        ("2025年4月8日 星期二", "2025年4月8日 星期二 - 江城市人民政府"),
        ("2025年04月08日", "2025年04月08日_江城市人民政府"),
    ):
        assert _read(_daily_page(doc_title, "江城市人民政府", day), rules).title == day
    article = _read(
        _daily_page("2025级新生手册电子版_江城职业学院", "江城职业学院", "2025级新生手册电子版"), rules
    )
    assert article.title == "2025级新生手册电子版"


def _nav_page(top: str, nav: str, info: str) -> str:
    """A blog's or a portal's article page: a top bar (``top``), the heading, an info line
    (``info``) that may carry no date, the text, the post's navigation (``nav``)."""
    return (
        '<html><head><meta charset="utf-8"><title>雨后的江堤 - 江城随笔</title></head><body>'
        f'<div class="topbar">{top}</div><div id="header"><a href="/">江城随笔</a></div>'
        f'<div class="post"><h2 class="post-title">雨后的江堤</h2><div class="meta">{info}</div>'
        f'<div class="entry">{BODY}</div><div class="post-nav">{nav}</div></div>'
        '<div id="footer">© 江城随笔</div></body></html>'
    )


def test_a_pagers_or_a_top_bars_date_never_dates_an_undated_page(rules):
    """Pattern: an undated post whose navigation prints its neighbours' dates beside bare 上一篇 /
    下一篇 links, a portal whose top bar prints today's date beside 返回首页 / 往期回顾 / PDF版: the
    dates are other pages' and today's, not the page's. Only an e-paper's issue pager (上一期,
    下一期, 上一版, on a page that prints a page of its issue: 第05版, 版次：A3) leaves its date the
    issue's."""
    nav = '<a href="/p/11.html">上一篇</a> 2024-09-02 <a href="/p/13.html">下一篇</a> 2024-09-21'
    assert _read(_nav_page("", nav, "作者：阿亮"), rules).published is None
    top = '<span>2025年04月08日 星期二</span> <a href="/">返回首页</a> <a href="/past/">往期回顾</a> <a href="/pdf/">PDF版</a>'
    assert _read(_nav_page(top, "", "作者：阿亮"), rules).published is None
    # The look-alike: the post's own date stands beside the same pager.
    assert _read(_nav_page("", nav, "阿亮 发表于 2024-09-10"), rules).published == datetime(2024, 9, 10)


def test_a_year_inside_a_sources_name_is_no_glued_date():
    """Pattern: a source names a document or an event with its year (《2025年政府工作报告》, 某某
    《2024年…报告》, 《江城年鉴（2020-2024）》, 江城2025年马拉松组委会): a year with no month, or any date
    inside book-title marks or brackets, is the name's. A date with its month glued after the name
    (一只山竹2025-08-14, 新华社2025年3月12日电) still ends it."""
    for value in (
        "《2025年政府工作报告》",
        "艾瑞咨询《2024年中国网络文学行业研究报告》",
        "《江城年鉴（2020-2024）》",
        "江城2025年马拉松组委会",
        "《江城文史（2024.3.）》",
    ):
        assert clean_source(f"来源：{value}") == value
    assert clean_source("来源：新华社2025年3月12日电") == "新华社"
    assert clean_source("一只山竹2025-08-14 23:07:12湖北") == "一只山竹"
