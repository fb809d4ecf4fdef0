"""Session 22's metadata kinds (issue 11), each on pages of the project's own, with look-alikes that must
not change: a letter's closing formula after its signer (敬啟, 謹上, 启), an editor named in the publisher's
review chain (责任编辑 beside 审核), a site's name printed as a heading the <title>'s first part starts with,
a slash between digits in a breadcrumb's last item (130/85, 1/2, 24/7), a field's label after a breadcrumb,
English by-lines (the site's own name, a set phrase, a title before the name, two names), and role words
before a name (研究生, 志工媽媽, 小编) or alone (文/志工)."""

from __future__ import annotations

import pytest
from test_metadata_english_byline import STORY as STORY_EN
from test_metadata_kinds import _read  # the page path, as a crawl reads a page


def _paras(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _site(doc_title: str, nav: str, main: str, footer: str, head: str = "") -> str:
    """A page of a site: its <title> (and ``head``), its menu (``nav``), the article's box (``main``), its footer."""
    return (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title>{head}</head><body>'
        f'<div class="nav">{nav}</div>{main}<div class="footer">{footer}</div></body></html>'
    )


NOTICE = (
    "各有关单位：",
    "为进一步做好本年度校园安全工作，经研究决定，于十一月中旬在全区中小学开展安全隐患排查，现将有关事项通知如下。",
    "一、各单位要成立排查小组，对校舍、消防设施、食堂和校车逐项检查，发现问题立即登记并限期整改。",
    "二、排查结果请于十一月三十日前报送区教育局安全科，逾期未报的单位将予以通报。",
    "特此通知。",
)


def _notice(closing: str) -> str:
    """A bureau's or a school's notice on its own site: the notice, then its signature block (``closing``)."""
    return _site(
        "关于开展校园安全隐患排查的通知_通知公告_江城区教育网",
        '<a href="/">首页</a> <a href="/tzgg/">通知公告</a> <a href="/gzdt/">工作动态</a>',
        '<div class="article"><h1>关于开展校园安全隐患排查的通知</h1><div class="info">发布时间：2025-11-03 09:00</div>'
        f'<div class="content">{_paras(NOTICE)}{closing}</div></div>',
        "江城区教育网 版权所有",
    )


def _signed(signer: str, day: str = "2025年11月3日") -> str:
    return f'<p style="text-align:right">{signer}</p><p style="text-align:right">{day}</p>'


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        (_signed("江城区实验小学敬启"), "江城区实验小学"),
        (_signed("江城区教育局 谨启"), "江城区教育局"),
        (_signed("新北市立青松國民小學　敬啟"), "新北市立青松國民小學"),
        (_signed("江城区家长委员会谨上"), "江城区家长委员会"),
        (_signed("江城区第二中学启"), "江城区第二中学"),
        # The formula on a line of its own between the signer and the date.
        ('<p style="text-align:right">江城区教育局</p>' + _signed("敬上"), "江城区教育局"),
        # Look-alikes: a signer whose name holds such a word elsewhere, and one with no formula.
        (_signed("江城区敬老院"), "江城区敬老院"),
        (_signed("江城区启明学校"), "江城区启明学校"),
        (_signed("江城区教育局"), "江城区教育局"),
    ],
)
def test_a_letters_closing_formula_is_no_part_of_its_signer(rules, closing: str, author: str) -> None:
    """Pattern: a letter or a notice to parents closes with its signer and a formula of respect glued or
    spaced after it (敬啟, 敬上, 謹啟, 謹上, 谨启, or 启/啟 after a name), then its date: the formula is how
    the signer signs, no part of its name. The signer stays the author (the convention credits a signing
    organ). Look-alikes: an organisation whose name holds 敬 or 启 inside it (敬老院, 启明学校) keeps it."""
    assert _read(_notice(closing), rules).author == author


STORY = (
    "今年以来，市商务局围绕扩大内需，组织开展各类促消费活动一百二十余场，带动消费超过二十亿元。",
    "全市新增限额以上商贸企业八十六家，直播电商基地三个，网络零售额同比增长百分之十五。",
    "下一步，市商务局将继续优化营商环境，推动外贸稳规模优结构，为全市经济发展作出新贡献。",
)


def _report(info: str, close: str = "", after: str = "") -> str:
    """A bureau's news page: an info line under the title (``info``), the story, a credit line after it
    (``close``), a box under the article's (``after``)."""
    return _site(
        "市商务局全力促消费稳外贸_部门动态_江城市人民政府",
        '<a href="/">首页</a> <a href="/bmdt/">部门动态</a> <a href="/tzgg/">通知公告</a>',
        f'<div class="article"><h1>市商务局全力促消费稳外贸</h1><div class="info">发布时间：2025-12-20 10:15　{info}</div>'
        f'<div class="content">{_paras(STORY)}<p class="close">{close}</p></div></div><div class="zebian">{after}</div>',
        "江城市人民政府 主办",
    )


@pytest.mark.parametrize(
    ("info", "close", "after", "author"),
    [
        ("来源：市商务局　编辑：许晓芸", "责任编辑：许晓芸　审核：冯建军", "", None),
        # The chain in a box of its own under the article's, the editor on the info line.
        ("来源：市商务局　编辑：许晓芸", "", "责任编辑：许晓芸　审核：冯建军", None),
        ("来源：市商务局", "（供稿：市商务局　审核：冯建军　责任编辑：许晓芸）", "", None),
        ("来源：市商务局", "责编：许晓芸　终审：冯建军", "", None),
        ("编辑：许晓芸　校对：梁文", "", "", None),
        # Look-alikes: an editor credited alone (the last resort, as the shared corpus's truth has it), and
        # a writer credited beside the review chain.
        ("来源：新华社", "责任编辑：许晓芸", "", "许晓芸"),
        ("", "（ 责任编辑：许晓芸 ）", "", "许晓芸"),
        ("作者：周立群　来源：市商务局", "责任编辑：许晓芸　审核：冯建军", "", "周立群"),
    ],
)
def test_an_editor_in_the_publishers_review_chain_is_no_author(
    rules, info: str, close: str, after: str, author
) -> None:
    """Pattern: a government or a school site prints its publishing chain (责任编辑 or 编辑 beside 审核,
    校对, 终审, 签发: who edited, checked and signed off the page), on the info line or after the text:
    the chain names the page's handlers, and no writer. Since session 8 an editor was taken as the author
    where nobody else was credited (the shared corpus's truth records a portal's lone 责任编辑 so); beside
    a reviewer the editor is one of the handlers. Look-alikes: a lone editor's credit stays the last resort,
    and a writer named beside the chain is the author."""
    assert _read(_report(info, close, after), rules).author == author


BUREAU = (
    "为做好年度报告公示工作，提高市场主体信息透明度，经市政府同意，现就有关事项通知如下。",
    "一、报告对象为上年度在本市登记注册的个体工商户，均应按时报送年度报告。",
    "二、年报实行自主填报、免费办理，任何单位和个人不得以代办为名收取费用。",
)


def _gov(header: str, doc_title: str, heading: str) -> str:
    """A government site's page: the site's name printed as a heading in the header (``header``), the
    article's own heading (``heading``) and the <title>."""
    return _site(
        doc_title,
        f'<div class="gov-header">{header}</div><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/tzgg/">通知公告</a>',
        f'<div class="article">{heading}<div class="info">发布日期：2026-02-24</div>'
        f'<div class="content">{_paras(BUREAU)}</div></div>',
        "网站标识码 3610000012",
    )


NOTICE_TITLE = "江城市人民政府办公室关于开展年度报告工作的通知"


@pytest.mark.parametrize(
    ("header", "doc_title", "heading", "title"),
    [
        (
            "<h1>江城市人民政府</h1>",
            f"{NOTICE_TITLE}_通知公告_江城市人民政府",
            f'<h1 class="art-title">{NOTICE_TITLE}</h1>',
            NOTICE_TITLE,
        ),
        (
            "<h2>江城市教育局</h2>",
            "江城市教育局关于做好寒假安全工作的通知 - 江城市教育局",
            '<h2 class="article-title">江城市教育局关于做好寒假安全工作的通知</h2>',
            "江城市教育局关于做好寒假安全工作的通知",
        ),
        (
            '<span class="site-title">江城市卫生健康委员会</span>',
            "江城市卫生健康委员会关于发布流感防控提示的公告｜江城市卫生健康委员会",
            "<h3>江城市卫生健康委员会关于发布流感防控提示的公告</h3>",
            "江城市卫生健康委员会关于发布流感防控提示的公告",
        ),
        # Look-alikes: a heading the <title> holds whole before a separator (a subtitle after a colon, a
        # space before the site) stays the title.
        (
            "<h1>江城市人民政府</h1>",
            "优化营商环境：江城在行动_通知公告_江城市人民政府",
            '<h2 class="art-title">优化营商环境</h2>',
            "优化营商环境",
        ),
        (
            "<div>江城市人民政府</div>",
            "年度报告工作答问 江城市人民政府",
            '<h1 class="art-title">年度报告工作答问</h1>',
            "年度报告工作答问",
        ),
    ],
)
def test_a_heading_the_title_starts_with_mid_word_is_no_title(
    rules, header, doc_title, heading, title
) -> None:
    """Pattern: a government site prints its own name as a heading in its header (江城市人民政府), and
    its office's notices are titled by the office's name (江城市人民政府办公室关于…): the <title> starts with
    the site's heading, but in the middle of a word. A heading is the <title>'s start only where the
    <title>'s part ends after it (a separator, a space, a colon, the end). Wordings: an <h1>, an <h2>,
    a box whose class names a title. Look-alikes: a heading before a subtitle's colon, or before a space
    and the site's name, stays the title."""
    assert _read(_gov(header, doc_title, heading), rules).title == title


HEALTH = (
    "很多人体检时发现自己的数值处在临界范围，不知道需不需要吃药，其实首先要做的是规律监测。",
    "医生建议每天早晚各测一次，连续记录一周，再带着记录去门诊，由医生判断是否需要干预。",
    "平时要少吃盐、多运动、保证睡眠，大多数处在临界范围的人通过改变生活方式就能改善。",
)


def _wp(title: str) -> str:
    """A WordPress health site: the breadcrumb's items set apart by slashes, its last item the post's title."""
    return _site(
        f"{title} - 康宁健康",
        '<nav class="breadcrumb"><a href="/">首页</a> <span class="sep">/</span> <a href="/jibing/">疾病科普</a>'
        f' <span class="sep">/</span> <a href="/jibing/xinxueguan/">心血管</a> <span class="sep">/</span> <span>{title}</span></nav>',
        f'<article><h1 class="entry-title">{title}</h1><div class="entry-meta">2025-10-08</div>'
        f'<div class="entry-content">{_paras(HEALTH)}</div></article>',
        "© 2025 康宁健康",
    )


@pytest.mark.parametrize(
    "title",
    [
        "血压135/88算高吗？五个常见误区",
        "孩子每天睡够9/10小时就够了吗？",
        "护理院实行24/7值守后有哪些变化",
        "2025/10/08起门诊时间调整的说明",
        "1/3的成年人有这个问题？医生这样说",
    ],
)
def test_a_slash_between_digits_parts_no_breadcrumb_item(rules, title: str) -> None:
    """Pattern: a breadcrumb's items are set apart by slashes, and its last item is the post's title; a
    slash between digits (a ratio 135/88, a fraction 1/3, 24/7, a date 2025/10/08) is the title's own, no
    separator, so the title stays one item and the column before it is the category. Look-alike: the
    slashes between the trail's words still part it."""
    assert _read(_wp(title), rules).category == "心血管"


PARAS = (
    "近日，县农业农村局组织技术人员深入各乡镇，指导农户做好秋季田间管理和病虫害防治工作。",
    "技术人员在田间地头现场讲解玉米螟、稻飞虱等病虫害的识别方法，发放技术资料两千余份。",
    "下一步，该局将继续组织专家开展巡回指导，确保秋粮颗粒归仓、农民增产增收。",
)


def _county(crumb: str) -> str:
    """A county site's page whose position line (``crumb``) prints the page's fields after its trail."""
    return _site(
        "县农业农村局开展秋季田间管理指导_某某县人民政府",
        '<a href="/">首页</a> <a href="/gzdt/">工作动态</a> <a href="/tzgg/">通知公告</a>',
        f'<div class="main"><div class="crumb">{crumb}</div><div class="article">'
        f'<h2 class="title">县农业农村局开展秋季田间管理指导</h2><div class="content">{_paras(PARAS)}</div></div></div>',
        "某某县人民政府 主办",
    )


@pytest.mark.parametrize(
    ("crumb", "category"),
    [
        ("当前位置：首页 &gt; 工作动态 来源：农业局", "工作动态"),
        ("当前位置：首页 &gt; 工作动态　作者：王芳", "工作动态"),
        ('当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> 来源：农业局', "工作动态"),
        ("您的位置：首页 &gt; 通知公告　发布时间：2025-09-12", "通知公告"),
        # Look-alike: a trail alone.
        ("当前位置：首页 &gt; 工作动态", "工作动态"),
    ],
)
def test_a_fields_label_after_a_breadcrumb_ends_it(rules, crumb: str, category: str) -> None:
    """Pattern: a position line prints the page's fields after its trail (`首页 > 工作动态 来源：…`,
    `… 作者：…`, `… 发布时间：…`): a label and its colon after a space start a field, and the trail's
    last item ends before it."""
    assert _read(_county(crumb), rules).category == category


def _en(meta: str) -> str:
    """A local paper's story (its name in the <title> and og:site_name), its by-line under the title (``meta``)."""
    return _site(
        "River Clean-up Draws a Crowd - Harbour Town Gazette",
        '<a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a>',
        f'<article class="post"><h1 class="entry-title">River Clean-up Draws a Crowd</h1>{meta}'
        f'<div class="entry-content">{_paras(STORY_EN)}</div></article>',
        "Harbour Town Gazette, 12 Harbour Road",
        '<meta property="og:site_name" content="Harbour Town Gazette">',
    )


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # A title before the name is no part of it.
        ('<p class="byline">By Dr. Maria Okafor</p>', "Maria Okafor"),
        ('<p class="byline">By Prof. Daniel Reyes | November 3, 2025</p>', "Daniel Reyes"),
        ('<p class="byline">By Rev. Thomas Hale</p>', "Thomas Hale"),
        # Two names joined by and, &, or a comma.
        ('<p class="byline">By Maria Okafor and Daniel Reyes</p>', "Maria Okafor、Daniel Reyes"),
        (
            '<p class="byline">By Maria Okafor &amp; Daniel Reyes | Nov 3, 2025</p>',
            "Maria Okafor、Daniel Reyes",
        ),
        ('<p class="byline">By Ann Okafor, Tom Reyes and Lee Chan</p>', "Ann Okafor、Tom Reyes、Lee Chan"),
        # An outlet (the site's own name), and a set phrase after By (a manner or a means), name nobody.
        ('<p class="byline">By Harbour Town Gazette</p>', None),
        ('<p class="byline">By Lakeside Weekly | Nov 3, 2025</p>', None),
        ('<p class="byline">By Popular Demand</p>', None),
        ('<p class="byline">By Special Request</p>', None),
        ('<p class="byline">By Design</p>', None),
        # Look-alikes: names stay.
        ('<p class="byline">By Jane Doe</p>', "Jane Doe"),
        ('<p class="byline">By Drew Harbour</p>', "Drew Harbour"),
        ('<p class="byline">By Andrea Demandt</p>', "Andrea Demandt"),
        ('<p class="byline">By Chance Williams</p>', "Chance Williams"),
    ],
)
def test_english_by_lines_titles_two_names_and_no_names(rules, meta: str, author) -> None:
    """Pattern: a by-line's name may follow a title (Dr., Prof., Rev.), which is no part of it; two or three
    writers are joined by and, & or commas (each a writer, joined as the project joins names); an outlet
    after By (the site's own name: a word of a paper's, Gazette, Weekly) and a set phrase of manner or means
    (By Popular Demand, By Special Request, By Design) name nobody. Look-alikes: names whose words begin like
    such words stay."""
    assert _read(_en(meta), rules, "https://www.harbour.example.com/news/2025/river/").author == author


CLASS_STORY = (
    "十一月的一个下午，我们去郊外的湿地公园观察候鸟，每个人都带着望远镜和记录本。",
    "老师先教我们辨认几种常见的水鸟，再让我们分组记录它们的数量和活动的位置。",
    "回到学校以后，我们把数据整理成一张表，发现今年来的白鹭比去年多了不少。",
)


def _school(byline: str) -> str:
    return _site(
        "湿地观鸟记_校园动态_江城实验中学",
        '<a href="/">首页</a> <a href="/xydt/">校园动态</a>',
        f'<div class="article"><h1>湿地观鸟记</h1><div class="info">{byline}　发布时间：2025-11-20 16:00</div>'
        f'<div class="content">{_paras(CLASS_STORY)}</div></div>',
        "江城实验中学",
    )


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("作者：研究生 周晓", "周晓"),
        ("作者：博士生 王芳", "王芳"),
        ("文/志工媽媽 陳秀英", "陳秀英"),
        ("文/义工妈妈 李红", "李红"),
        ("文/志工 陳秀英、林美玉", "陳秀英、林美玉"),
        ("作者：小编 张晓", "张晓"),
        ("作者：美食小编 张晓", "张晓"),
        ("文/志工", None),
        ("文/义工", None),
        ("作者：研究生", None),
        # Look-alikes: names that end or begin like a role word, and an organisation.
        ("作者：王志工", "王志工"),
        ("作者：李研生", "李研生"),
        ("文/志明", "志明"),
        ("作者：记者 孙浩 实习生 何佳", "孙浩、何佳"),
    ],
)
def test_a_role_word_before_a_name_or_alone_is_no_name(rules, byline: str, author) -> None:
    """Pattern: a byline prints who the writer is before the name: a learner (研究生, 博士生), a helper
    with a family word (志工媽媽, 义工妈妈), the site's desk (小编, 美食小编). The role is no second writer;
    a role alone (文/志工, 作者：研究生) names nobody. Look-alikes: a person whose name ends or begins
    like a role word (王志工, 志明), a surname before 研生 (李研生), reporters and interns as two writers."""
    assert _read(_school(byline), rules).author == author
