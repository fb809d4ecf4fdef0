"""A picture's caption is a caption: never a part's heading, never taken out.

A school's or an office's report sets a picture centred, and under it its caption, a short line
centred as the picture is (``拔河比赛现场``) or opening as captions do (``图为…``), often in bold, or
in the picture's own paragraph after a ``<br>``. Sections took such a line for a heading (bold or
centred) and cut the report in two at the picture. ``Block.caption`` says a block reads as the
caption of the picture right above it; a caption heads no part unless a line that is no caption
heads in the same way. Every page here is written for the pattern.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from lxml.html import fragment_fromstring

from fanwen.extract.blocks import html_blocks
from fanwen.offline import process_html

RULES = bundled_rules()
PARAS = [
    "本学期我校举行了春季运动会，全校师生积极参与，赛场上处处洋溢着青春的活力。",
    "开幕式上，各班方阵依次入场，口号响亮，步伐整齐，赢得了阵阵掌声。",
    "拔河比赛是最受欢迎的项目，双方队员咬紧牙关，场边的同学们齐声加油。",
    "经过两天的角逐，初二（3）班获得团体总分第一名，多名同学刷新了校纪录。",
]
PICTURE = '<p style="text-align:center"><img src="/uploads/2026/04/tug.jpg" width="500"></p>'


def _report(between: str) -> str:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{between}<p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    return f"""<html><head><title>我校举行春季运动会_某某中学</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>我校举行春季运动会</h1>
<div class="info">发布时间：2026-04-20</div><div class="content">{body}</div></body></html>"""


def _read(between: str):
    return process_html(_report(between), "http://www.example-school.cn/news/2026/0420.html", RULES)


@pytest.mark.parametrize(
    "caption",
    [
        f'{PICTURE}<p style="text-align:center">图为同学们在操场上进行拔河比赛</p>',
        f'{PICTURE}<p style="text-align:center"><strong>激烈的拔河比赛</strong></p>',
        '<p align="center"><img src="/uploads/tug.jpg"><br><b>拔河比赛现场</b></p>',
        f"{PICTURE}<p><strong>（图：初二年级拔河比赛）</strong></p>",
    ],
)
def test_a_caption_under_its_picture_heads_no_part_and_stays(caption):
    article = _read(caption)
    line = fragment_fromstring(caption, create_parent="div").text_content().strip()
    assert [(s.kind, s.heading) for s in article.sections] == [("intro", None)]
    assert line in article.text.splitlines() and not article.removed


@pytest.mark.parametrize(
    ("after_picture", "heading"),
    [
        # A numbered heading under a picture still heads its part.
        (f"{PICTURE}<p><strong>一、拔河比赛</strong></p>", "一、拔河比赛"),
        # So does a heading tag, centred as the picture is.
        (f'{PICTURE}<h2 style="text-align:center">精彩瞬间</h2>', "精彩瞬间"),
        # And a bold line in a paragraph of its own, not centred (a section's banner picture above).
        (f"{PICTURE}<p><strong>赛场上的精彩瞬间</strong></p>", "赛场上的精彩瞬间"),
    ],
)
def test_a_heading_under_a_picture_still_heads(after_picture, heading):
    assert heading in [s.heading for s in _read(after_picture).sections]


def test_a_title_among_centred_titles_under_its_picture_still_heads():
    """Look-alike: a collection of poems whose titles are all centred, one under its picture: a
    line that is no caption heads in the same way, so the one under the picture heads too."""
    poems = [("春雨", "细细的春雨落在屋檐上"), ("早春", "柳枝刚刚冒出新芽"), ("三月", "风筝飞过麦田的上空")]
    body = "".join(
        (PICTURE if i == 1 else "")
        + f'<p style="text-align:center"><strong>{name}</strong></p>'
        + "".join(f"<p>{line}，第{n}行。</p>" for n in range(3))
        for i, (name, line) in enumerate(poems)
    )
    html = f"<html><head><title>春天的诗_诗歌</title></head><body><h1>春天的诗</h1><div>{body}</div></body></html>"
    article = process_html(html, "http://www.example.cn/shige/12.html", RULES)
    assert [s.heading for s in article.sections if s.heading] == ["春雨", "早春", "三月"]


def test_a_line_after_a_picture_in_a_posts_br_run_may_head():
    """Look-alike: a forum post is one box of <br>-parted lines with pictures among them; a
    label after a picture there is the next day's heading, not the picture's caption."""
    days = ["【第一天】合肥—宏村", "【第二天】宏村—西递", "【第三天】黄山"]
    lines = "".join(
        f'<img src="/att/{i}.jpg"><br><b>{day}</b><br>'
        + "".join(f"这一天走了很多路，风景很美，第{n}段。<br>" for n in range(3))
        for i, day in enumerate(days)
    )
    html = f'<html><head><title>皖南五日游_论坛</title></head><body><h1>皖南五日游</h1><div class="t_msg">{lines}</div></body></html>'
    article = process_html(html, "http://bbs.example.cn/thread-1-1-1.html", RULES)
    assert [s.heading for s in article.sections if s.heading] == days


def test_the_caption_flag_is_set_on_the_line_under_the_picture_only():
    box = fragment_fromstring(
        f'<div><p>{PARAS[0]}</p>{PICTURE}<p style="text-align:center">图为拔河比赛</p>'
        f'<p style="text-align:center">运动会圆满落幕</p>'
        f'<p><img src="/face.gif">同学们说，这是最难忘的一天。</p><p>赛后合影</p></div>'
    )
    assert [(b.text, b.caption) for b in html_blocks(box)] == [
        (PARAS[0], False),
        ("图为拔河比赛", True),
        # the next centred line has no picture right above it
        ("运动会圆满落幕", False),
        # an icon opening a line of prose: a sentence inside, no caption
        ("同学们说，这是最难忘的一天。", False),
        ("赛后合影", False),
    ]


# Review G1-G7 of 0d08716: a decoration is no picture, and lines under pictures that each head a
# run of their own paragraphs are headings. Pages written for the patterns.
WORK = [
    ("基本情况", "今年以来，街道围绕老旧小区改造开展工作，共完成改造小区十二个。"),
    ("主要措施", "街道成立工作专班，每周召开一次推进会，逐项落实改造任务。"),
    ("下一步计划", "街道将继续推进剩余小区改造，力争年底前全部完工。"),
]


def _work_report(head) -> str:
    parts = "".join(
        head(name) + f"<p>{text}</p><p>居民普遍表示满意，第{i}段。</p>" for i, (name, text) in enumerate(WORK)
    )
    return f"""<html><head><title>某某街道老旧小区改造工作总结_某某区政府</title></head><body>
<h1>某某街道老旧小区改造工作总结</h1><div class="TRS_Editor"><p>{PARAS[0]}</p>{parts}</div></body></html>"""


@pytest.mark.parametrize(
    "head",
    [
        # a bullet's icon inline before the bold words (no <br>): the line's own mark
        lambda name: f'<p><img src="/images/ico_arrow.gif"><strong>{name}</strong></p>',
        # a numbered heading after the same icon
        lambda name: f'<p><img src="/skin/bullet.png" align="absmiddle"><b>一、{name}</b></p>',
        # a rule drawn as a 2-pixel picture in a box of its own, then a centred bold line
        lambda name: (
            f'<div><img src="/images/hr.gif" width="600" height="2"></div><p align="center"><b>{name}</b></p>'
        ),
        # a title's background picture in the heading's paragraph, a <br> before the words
        lambda name: f'<p><img src="/template/title_bg.jpg"><br><b>{name}</b></p>',
    ],
)
def test_a_decoration_before_each_heading_makes_no_caption(head):
    article = process_html(_work_report(head), "http://www.example.gov.cn/zwgk/2026/0501.html", RULES)
    assert [s.heading.removeprefix("一、") for s in article.sections if s.heading] == [n for n, _ in WORK]


@pytest.mark.parametrize(
    "centred", ['<p style="text-align:center"><strong>{}</strong></p>', '<p align="center">{}</p>']
)
def test_lines_under_pictures_each_heading_paragraphs_are_headings(centred):
    """A picture essay's stops (or a collection's poems), each under its picture and over two
    paragraphs or more of its own: with no heading left to compare with, they still head."""
    stops = ["第一站 老街晨光", "第二站 古桥流水", "第三站 山顶日落"]
    body = "".join(
        f'<p style="text-align:center"><img src="/uploads/2026/05/trip{i}.jpg" width="560"></p>'
        + centred.format(stop)
        + f"<p>清晨的石板路还带着露水，店铺一家家卸下门板，第{i}站。</p><p>我们在这里停留了很久，拍了许多照片。</p>"
        for i, stop in enumerate(stops)
    )
    html = f"<html><head><title>古镇一日游_游记</title></head><body><h1>古镇一日游</h1><div>{body}</div></body></html>"
    article = process_html(html, "http://www.example.cn/youji/3.html", RULES)
    assert [s.heading for s in article.sections if s.heading] == stops


def test_captions_each_over_one_paragraph_stay_captions():
    """Look-alike: a photo report's captions, each picture's centred line over one paragraph, head
    nothing; nor does a single centred caption over the report's last paragraphs."""
    body = "".join(
        f'<p style="text-align:center"><img src="/uploads/2026/04/p{i}.jpg" width="500"></p>'
        f'<p style="text-align:center">运动会现场{i}</p><p>{para}</p>'
        for i, para in enumerate(PARAS)
    )
    html = f"<html><head><title>运动会图片报道_某某中学</title></head><body><h1>运动会图片报道</h1><div>{body}</div></body></html>"
    article = process_html(html, "http://www.example-school.cn/news/2026/0421.html", RULES)
    assert [s.heading for s in article.sections if s.heading] == []
    assert [b.caption for b in article.blocks if b.text.startswith("运动会现场")] == [True] * 4


def test_a_banner_in_the_row_above_makes_no_caption_of_the_title():
    """An old table page: the site's banner in the top row, the notice's centred bold title in the
    next row's cell; a picture's own table row over its 图为… line is still its caption."""
    box = fragment_fromstring(
        '<div><table><tr><td><img src="/images/top.jpg" width="760" height="120"></td></tr>'
        '<tr><td align="center"><b>关于开展消防安全检查的通知</b></td></tr>'
        "<tr><td>各科室：为做好冬季消防安全工作，定于下周开展检查。</td></tr></table>"
        '<table><tr><td><img src="/uploads/fire.jpg" width="400"></td></tr>'
        '<tr><td align="center">图为消防演练现场</td></tr></table></div>'
    )
    assert [(b.text, b.caption) for b in html_blocks(box)] == [
        ("关于开展消防安全检查的通知", False),
        ("各科室：为做好冬季消防安全工作，定于下周开展检查。", False),
        ("图为消防演练现场", True),
    ]


def test_a_picture_named_with_a_decorations_word_inside_a_word_is_a_picture():
    """Look-alike: online_class.jpg, headline.jpg are pictures (the word is no token of their name)."""
    box = fragment_fromstring(
        '<div><p align="center"><img src="/uploads/online_class.jpg"></p><p align="center">网课现场</p></div>'
    )
    assert [(b.text, b.caption) for b in html_blocks(box)] == [("网课现场", True)]
