"""Advert lines of their own asking to join or follow a channel, with or without a gift (session 26, issue 11;
fanwen/strip/adlines.py, ``cta-own-line``).

A line of its own, addressed to the reader, set apart by a look (a class, a colour, a ``<font>``, bold, a ➤ or an
emoji opening it) that asks to join a group or a community (…进新群, 加入…群), to follow a channel that promises more
(关注专栏…每周…更新, 更多…资讯，请关注视频号…), or to come to a live room for a gift (进入直播间，免费领取…). Session 25 read
such a line only with a gain said and never in bold (a bold line was a heading unless it closed with a stop).

What stays, whatever its look: a notice's line telling readers to follow the public body's account for the notice's
result, a class's own arrangement (请家长加入班级群…), a step of a how-to (打开App→…), a list's item naming a channel as
the article's subject, an event's own registration line, a closing wish, a caption.
"""

from __future__ import annotations

import pytest
from test_strip_advert_lines_25 import BODY, LOOKS, _page, _text

from fanwen.pagepath import PageOptions, read_page

# Looks in bold too: a class over a bold line, a colour and a weight inline, a <font> in <b>.
BOLD_LOOKS = [
    '<p class="cta-line"><b>{}</b></p>',
    '<p style="color:#c00;font-weight:bold;text-align:center">{}</p>',
    '<p><font color="#ff6600"><b>{}</b></font></p>',
]
ALL_LOOKS = LOOKS + BOLD_LOOKS

# A group to join, a mark opening it, no gift.
GROUP_LINES = [
    "➤ 街坊互助群已满500人，添加小助手微信“老街君”进新群",
    "👉 老街吃货二群已开，加微信 laojie88 拉你进群",
    "➤ 街坊群已滿，掃碼添加「城東小幫手」進新群",
]
# A column, a video channel or an account to follow that promises more.
FOLLOW_LINES = [
    "关注专栏《老街故事》，每周六早上 8 点更新",
    "更多老街资讯，请关注视频号“城东发布”",
    "關注專欄「街角日常」，每週三晚上更新",
    "更多街坊故事，欢迎关注抖音号“老街日记”",
]
# A live room or a group for a gift.
GIFT_LINES = [
    "进入直播间，免费领取老街美食地图电子版",
    "加入老街摄影爱好者交流群，免费领取修图预设包",
    "今晚直播间见，免费领取老街手绘明信片",
    # addressed to a public as a notice is (…请注意：), yet a pitch
    "街坊们请注意：周六“老街夜话”直播免费开放，添加助手微信即可领取入口",
]
ADVERTS = GROUP_LINES + FOLLOW_LINES + GIFT_LINES


@pytest.mark.parametrize("look", range(len(ALL_LOOKS)))
@pytest.mark.parametrize("line", ADVERTS)
def test_a_line_asking_to_join_or_follow_a_channel_goes(line: str, look: int) -> None:
    text = _text(_page(ALL_LOOKS[look].format(line)))
    assert line not in text
    assert BODY[2] in text and BODY[3] in text


# After the last part, before a closing paragraph (a speech's last words) or after a sign-off.
def test_a_line_after_the_last_part_goes_and_the_closing_stays() -> None:
    closing = "同志们，老街改造还有很多工作要做，让我们一起努力，把老街建设得更美！"
    lines = [f"<p>{t}</p>" for t in BODY]
    lines += ['<p class="cta-line"><b>进入直播间，免费领取老街美食地图电子版</b></p>', f"<p>{closing}</p>"]
    text = _text(lines)
    assert "进入直播间" not in text
    assert closing in text


def test_a_line_after_the_sign_off_goes() -> None:
    lines = [f"<p>{t}</p>" for t in BODY]
    lines += [
        '<p style="text-align:right">城东街道办事处</p>',
        '<p style="text-align:right">2025年4月1日</p>',
        '<p class="cta-line" style="color:#c00">更多政务资讯，请关注视频号“城东发布”</p>',
    ]
    text = _text(lines)
    assert "请关注视频号" not in text
    assert "城东街道办事处" in text


# A lesson plan laid out as a table: the teachers' group line in a coloured cell.
LESSON = [
    "教学目标：认识本课生字，正确读写词语；有感情地朗读课文，感受大潮的雄伟壮观。",
    "教学重点：抓住描写潮来时的语句，体会作者按时间顺序描写的方法。",
    "导入新课：出示钱塘江大潮的图片，请学生说说看到了什么，再引出课题。",
    "初读课文：学生自由朗读，圈出不认识的字，同桌互相检查生字读音。",
    "精读感悟：默读第三、四自然段，画出描写潮声和潮形的句子，小组交流，再说说自己仿佛看到了什么。",
    "理清顺序：默读课文，找出表示时间顺序的词句，交流后板书潮来前、潮来时、潮头过后三个阶段。",
    "布置作业：抄写本课生字词，有感情地朗读课文第三、四自然段，并把大潮的样子讲给家里人听。",
]


@pytest.mark.parametrize(
    "line",
    [
        "加入四年级语文教师交流群，免费领取单元测试卷",
        "加入三年级数学老师备课群，免费领取期末复习卷",
        "加入語文老師備課群，免費領取單元練習卷",
    ],
)
def test_a_teachers_group_line_in_a_table_laid_lesson_plan_goes(line: str) -> None:
    rows = [f'<tr><td class="zw">{t}</td></tr>' for t in LESSON]
    rows.insert(3, f'<tr><td class="tip"><font color="red"><b>{line}</b></font></td></tr>')
    page = read_page(
        "<html><head><title>观潮教学设计</title></head><body><h1>观潮教学设计</h1>"
        f'<table class="content">{"".join(rows)}</table></body></html>'.encode(),
        "http://example.com/a/1.html",
        PageOptions.for_profile(None),
    )
    assert page.article is not None
    assert line not in page.article.text
    assert LESSON[2] in page.article.text and LESSON[3] in page.article.text


# What stays, whatever its look.
LOOK_ALIKES = [
    # a notice's own line: follow the public body's account for the notice's result
    "检查结果将在“城东发布”公众号公布，请居民及时关注。",
    "录取名单将于7月25日在“城东教育”视频号公示，请家长留意。",
    # a class's own arrangement, a work group
    "请家长加入班级群，及时接收作业和放学通知。",
    "请各位楼长加入老街改造工作群，每周报送施工进度。",
    # a step of a how-to
    "打开App→我的→设置，点击“加入群聊”即可。",
    # an event's own registration line
    "有意参加的居民请扫码进群报名，名额有限。",
    # a closing wish
    "祝愿老街越来越好，欢迎大家常来逛逛！",
    # a story of a group told
    "后来我也进了街坊群，每天都能看到大家分享的老照片。",
]


@pytest.mark.parametrize("look", range(len(ALL_LOOKS)))
@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_the_articles_own_line_of_such_a_look_stays(line: str, look: int) -> None:
    assert line in _text(_page(ALL_LOOKS[look].format(line)))


def test_a_list_item_naming_a_channel_as_the_subject_stays() -> None:
    items = [
        "视频号“城东发布”：每周更新老街改造进度",
        "公众号“老街日记”：关注后每天推送一家老店",
        "抖音号“城东小记”：每晚直播老街夜市",
    ]
    lines = [f"<p>{t}</p>" for t in BODY[:3]]
    lines.append('<ul class="chan">' + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
    lines += [f"<p>{t}</p>" for t in BODY[3:]]
    text = _text(lines)
    for item in items:
        assert item in text


def test_a_caption_naming_a_live_room_stays() -> None:
    lines = [f"<p>{t}</p>" for t in BODY[:3]]
    lines.append(
        '<figure><img src="/a.jpg" alt=""><figcaption>图为街坊们进入直播间观看开街仪式</figcaption></figure>'
    )
    lines += [f"<p>{t}</p>" for t in BODY[3:]]
    assert "图为街坊们进入直播间观看开街仪式" in _text(lines)
