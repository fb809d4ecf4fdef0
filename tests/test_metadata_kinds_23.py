"""Session 23's metadata kinds (issue 11), each on pages of the project's own, with look-alikes that must
not change: a unit printed before the writer (小兒科 鄭某醫師: the department is no author, the job title
after the name no name), a reading widget's label glued after a field's value (来源：某局<span>字体：[大 中
小]</span>), a joint notice's signing bodies above its one date, a sign-off dated in the Republic's years
alone (114年10月1日), and a page's source naming the signing body by its short name or one of its units
(来源：市教育局 over a notice 临川市教育局 signs: the body published it, no writer is named)."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page

from fanwen.extract.metadata import names_body
from fanwen.extract.processors import clean_author

CLINIC = (
    "近来气温起伏大，门诊里因咳嗽、鼻塞来看病的孩子明显多了，不少家长一见发烧就急着用药。",
    "医生提醒，体温不是唯一的指标，孩子精神好、能吃能玩，多半可以在家先观察，多喝水、多休息。",
    "如果出现持续高烧超过三天、呼吸急促或精神萎靡，应尽快就医，不要自行叠加服用退烧药。",
)


def _paras(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _article(info: str, body: str, title: str = "秋冬换季孩子发烧怎么办", closing: str = "") -> str:
    """A page of a hospital's, a bureau's or a company's site: its menu, the article's box with its
    info line (``info``), the text (``body``) and what closes it (``closing``), its footer."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_健康资讯_江城第一医院</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/jkzx/">健康资讯</a> <a href="/tzgg/">通知公告</a></div>'
        f'<div class="article"><h1>{title}</h1><div class="info">{info}</div>'
        f'<div class="content">{body}{closing}</div></div><div class="footer">江城第一医院 版权所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        # A department (…科, …室, …部, …中心) before the writer, a job title after the name.
        ("撰稿：<span>儿科 周雨桐医师</span>", "周雨桐"),
        ("撰稿：<span>小兒科 鄭雅婷醫師</span>", "鄭雅婷"),
        ("作者：<span>營養室 吳靜宜營養師</span>", "吳靜宜"),
        ("作者：<span>营养科、陈思远营养师</span>", "陈思远"),
        ("文/<span>心臟血管內科 黃建華醫師</span>", "黃建華"),
        ("作者：<span>公共事務室　周美玲</span>", "周美玲"),
        ("撰稿：<span>護理部 王淑芬護理師</span>", "王淑芬"),
        ("作者：<span>复健科 林怡君治疗师</span>", "林怡君"),
        ("作者：<span>药剂科 刘晓东药师</span>", "刘晓东"),
        # Look-alikes: a person's name ending as a unit's does (李建科), a writer with no unit, a
        # surname with a title (周老师: how the page names the writer), a unit alone (the page's word).
        ("作者：<span>李建科 王海</span>", "李建科、王海"),
        ("作者：<span>王志科</span>", "王志科"),
        ("作者：<span>吳靜宜營養師</span>", "吳靜宜"),
        ("作者：<span>周老师</span>", "周老师"),
        ("作者：<span>营养室</span>", "营养室"),
    ],
)
def test_a_unit_before_the_writer_is_no_author(rules, credit, author):
    """Pattern: a hospital's or an organisation's writer field prints the writer's department before the
    name, a space or a 、 apart (小兒科 鄭某醫師, 營養室 吳某營養師, 公共事務室 周某), and the job title
    after it (醫師, 營養師, 護理師, 药师, 物理治療師): the department is no author, the title no name."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>{credit}</span>"
    assert _read(_article(info, _paras(CLINIC)), rules).author == author


def test_a_title_after_a_name_leaves_the_name():
    """A profession's whole title after the name (營養師, 护理师, 检验师, 物理治療師), not its last 師."""
    assert [clean_author(v) for v in ("林怡君物理治療師", "王淑芬护理师", "林诗涵检验师", "陈晓峰律师")] == [
        "林怡君",
        "王淑芬",
        "林诗涵",
        "陈晓峰",
    ]


NOTICE = (
    "各有关单位：",
    "为做好今冬明春供暖保障工作，经研究决定，自十一月十五日起全市集中供暖管网开始注水试压，现将有关事项通知如下。",
    "一、注水试压期间，请各用户检查室内暖气阀门是否关闭，家中无人的请委托亲友照看，发现漏水及时报修。",
    "二、对试压中发现的管网隐患，各单位要建立台账，限期整改到位，确保按时供暖。",
    "特此通知。",
)


@pytest.mark.parametrize(
    ("info", "source"),
    [
        # A reading widget's label and buttons in the element after the value's.
        (
            "<span>来源：江城市供热管理办公室</span><span>字体：[<a>大</a> <a>中</a> <a>小</a>]</span>",
            "江城市供热管理办公室",
        ),
        (
            "<span>來源：嘉義縣衛生局</span><span>字級：【<a>大</a>】【<a>中</a>】【<a>小</a>】</span>",
            "嘉義縣衛生局",
        ),
        ("<span>来源：江城市人民政府</span><span>【<a>打印</a>】【<a>关闭</a>】</span>", "江城市人民政府"),
        (
            "<span>来源：江城区住房和城乡建设局</span><span><a>打印本页</a> <a>关闭窗口</a></span>",
            "江城区住房和城乡建设局",
        ),
        (
            "<span>来源：江城市城市管理局</span><span>[<a>大</a> <a>中</a> <a>小</a>]</span>",
            "江城市城市管理局",
        ),
        # Look-alikes: a source whose own name holds 字体 or 大中小 is the source whole.
        ("<span>来源：中国字体设计协会</span><span>2025-11-03</span>", "中国字体设计协会"),
        ("<span>来源：字体设计研究所</span>", "字体设计研究所"),
        ("<span>来源：大中小学生报</span>", "大中小学生报"),
    ],
)
def test_a_widgets_label_ends_the_value_before_it(rules, info, source):
    """Pattern: an info line's fields in adjacent elements read as one string, a reading widget's label
    (字体：, 字級：, a size switch [大 中 小], 【打印】【关闭】, 打印本页 关闭窗口) right after the value:
    the page's controls end the value, no part of its name."""
    page = _article(
        f"<span>发布时间：2025-11-03 09:00</span>{info}", _paras(NOTICE), "关于供暖管网注水试压的通知"
    )
    assert _read(page, rules).source == source


def _signed(*lines: str) -> str:
    return "".join(f'<p style="text-align:right">{line}</p>' for line in lines)


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        # A joint notice's bodies, each on its line, above the one date.
        (
            _signed("江城市住房和城乡建设局", "江城市城市管理局", "2025年11月3日"),
            "江城市住房和城乡建设局、江城市城市管理局",
        ),
        (
            _signed("江城区教育局", "江城区卫生健康局", "江城区市场监督管理局", "2025年9月1日"),
            "江城区教育局、江城区卫生健康局、江城区市场监督管理局",
        ),
        (_signed("嘉義縣衛生局", "嘉義縣教育處", "2025年3月2日"), "嘉義縣衛生局、嘉義縣教育處"),
        (
            _signed("江城市热力有限公司", "江城市水务集团有限公司", "2025年11月3日"),
            "江城市热力有限公司、江城市水务集团有限公司",
        ),
        # Both on one line, a wide space between them.
        (
            _signed("江城市住房和城乡建设局　江城市城市管理局", "2025年11月3日"),
            "江城市住房和城乡建设局、江城市城市管理局",
        ),
        # Look-alikes: one body; one body's name a space parts (its place and its own name); a line
        # above the body that is none (an attachment's line, a sentence).
        (_signed("江城市城市管理局", "2025年11月3日"), "江城市城市管理局"),
        (_signed("江城市 城市管理局", "2025年11月3日"), "江城市城市管理局"),
        (_signed("附件：注水试压时间表", "江城市城市管理局", "2025年11月3日"), "江城市城市管理局"),
        (_signed("请各单位遵照执行", "江城市城市管理局", "2025年11月3日"), "江城市城市管理局"),
    ],
)
def test_a_joint_notices_bodies_sign_it_together(rules, closing, author):
    """Pattern: a joint notice (联合发文) closes with its bodies' names, each on a line of its own or a
    space apart, above its one date: all of them sign it (the project: a signing body is the author)."""
    page = _article(
        "<span>发布时间：2025-11-03 09:00</span>", _paras(NOTICE), "关于供暖管网注水试压的通知", closing
    )
    assert _read(page, rules).author == author


@pytest.mark.parametrize(
    ("signer", "day", "published"),
    [
        ("新竹縣衛生局", "114年10月1日", datetime(2025, 10, 1)),
        ("嘉義市立復興國民小學", "113年9月5日", datetime(2024, 9, 5)),
        ("臺東縣政府教育處", "中華民國114年3月2日", datetime(2025, 3, 2)),
    ],
)
def test_a_sign_off_dated_in_the_republics_years_alone(rules, signer, day, published):
    """Pattern: a Taiwanese body's notice signs off with its name over a day in the Republic's years,
    with or without the era's name (114年10月1日): a date line all the same (no year of ours has three
    digits), so the body signs the notice and the day dates it where nothing else does."""
    article = _read(_article("", _paras(NOTICE), "關於流感疫苗接種的公告", _signed(signer, day)), rules)
    assert (article.author, article.published) == (signer, published)


@pytest.mark.parametrize(
    ("source", "author"),
    [
        # The signing body by its short name (its place left out) or one of its units.
        ("市教育局", None),
        ("市教育局安全科", None),
        ("临川市教育局办公室", None),
        ("教育局", None),
        ("临川市教育局", None),
        # Look-alikes: another body, another place's, a medium, the body's website named as the source.
        ("市财政局", "临川市教育局"),
        ("县教育局", "临川市教育局"),
        ("临川日报", "临川市教育局"),
        ("临川市教育局网站", "临川市教育局"),
    ],
)
def test_a_source_naming_the_signing_body_leaves_it_the_author(rules, source, author):
    """Pattern: a notice's page labels its source with the signing body's short name (来源：市教育局 over a
    notice 临川市教育局 signs) or one of its units (县教育局安全股, 临川市教育局办公室): the same body
    (``names_body``; ``author`` None where it is), and, since session 25, the signer is the notice's
    author whatever its source names (the project's convention)."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>来源：{source}</span>"
    page = _article(
        info, _paras(NOTICE), "关于供暖管网注水试压的通知", _signed("临川市教育局", "2025年11月3日")
    )
    assert names_body(source, "临川市教育局") == (author is None)
    assert _read(page, rules).author == "临川市教育局"
