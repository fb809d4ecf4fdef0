"""The sections stage on inline blocks: heading families, levels, intro and conclusion."""

from __future__ import annotations

from conftest import bundled_rules
from hypothesis import given
from hypothesis import strategies as st

from fanwen.items import Block
from fanwen.offline import process_html
from fanwen.sections import split_sections

BODY = "要坚持问题导向，聚焦重点难点，细化工作举措，确保各项任务落地见效。"


def shape(blocks):
    return [(s.kind, s.level, s.heading) for s in split_sections(blocks)]


def test_numbered_headings_nest_by_appearance():
    blocks = [Block("引言段落。"), Block("一、总体要求"), Block("（一）指导思想"), Block(BODY),
              Block("（二）基本原则"), Block(BODY), Block("二、主要任务"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("section", 1, "一、总体要求"), ("section", 2, "（一）指导思想"),
        ("section", 2, "（二）基本原则"), ("section", 1, "二、主要任务"),
    ]  # fmt: skip


def test_markup_headings():
    blocks = [Block("开头。"), Block("学习体会", tag="h2", heading=2), Block(BODY),
              Block("努力方向", bold=True), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("intro", 1, None), ("section", 1, "学习体会"), ("section", 2, "努力方向")]


def test_essays_hold_their_own_sections():
    blocks = [Block("篇一：我的青春"), Block(BODY), Block("一、回顾"), Block(BODY),
              Block("篇二：奋斗的意义"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("essay", 1, "篇一：我的青春"),
        ("section", 2, "一、回顾"),
        ("essay", 1, "篇二：奋斗的意义"),
    ]


def test_enumeration_inside_a_paragraph_is_not_a_heading():
    blocks = [Block("引言。"), Block("一是加强领导，二是完善机制，三是强化考核。"), Block(BODY)]
    assert shape(blocks) == [("intro", 1, None)]


def test_lead_sentences_need_company():
    one = [Block("引言。" + BODY), Block("加强组织领导。" + BODY), Block(BODY)]
    assert shape(one) == [("intro", 1, None)]
    three = [Block("引言。" + BODY)] + [Block(f"第{n}项重点工作。" + BODY) for n in "甲乙丙"]
    assert [s.heading for s in split_sections(three)] == [
        None,
        "第甲项重点工作。",
        "第乙项重点工作。",
        "第丙项重点工作。",
    ]


def test_conclusion():
    blocks = [Block("引言。"), Block("一、措施"), Block(BODY), Block("综上所述，我们要再接再厉。")]
    assert shape(blocks)[-1] == ("conclusion", 1, None)


paragraph = st.text(alphabet="一二三四五是的发展要、，。（）总之篇1.", min_size=1, max_size=40)


@given(st.lists(paragraph, min_size=1, max_size=12))
def test_sections_preserve_the_text_exactly(texts):
    blocks = [Block(t.strip() or "空") for t in texts]
    sections = split_sections(blocks)
    assert "".join((s.heading or "") + s.text.replace("\n", "") for s in sections) == "".join(
        b.text for b in blocks
    )
    assert all(s.level >= 1 for s in sections)


def test_lead_sentences_may_pair_two_short_phrases_but_not_start_with_a_connective():
    paired = [Block("引言。" + BODY)] + [
        Block(h + BODY)
        for h in ("创新工作方法，提升服务水平。", "勇于创新，为发展添动能。", "守住底线，防范化解风险。")
    ]
    assert [s.heading for s in split_sections(paired)][1:] == [
        "创新工作方法，提升服务水平。",
        "勇于创新，为发展添动能。",
        "守住底线，防范化解风险。",
    ]
    connective = [Block("引言。" + BODY)] + [
        Block(h + BODY) for h in ("近年来，发展很快。", "同时，问题不少。", "目前，任务很重。")
    ]
    assert shape(connective) == [("intro", 1, None)]


def test_a_lone_ordinal_opener_is_prose():
    blocks = [Block("引言。"), Block("首先，我代表公司向大家表示衷心的感谢。" + BODY), Block(BODY)]
    assert shape(blocks) == [("intro", 1, None)]


def test_each_essay_has_its_own_conclusion_one_level_down():
    blocks = [
        Block("篇一：春"),
        Block(BODY),
        Block("总之，春天很美。"),
        Block("篇二：秋"),
        Block(BODY),
        Block("总而言之，秋天也美。"),
    ]
    assert shape(blocks) == [
        ("essay", 1, "篇一：春"),
        ("conclusion", 2, None),
        ("essay", 1, "篇二：秋"),
        ("conclusion", 2, None),
    ]


# --- heading evidence combined (issue 12) --------------------------------------------------


def test_headings_marked_only_by_font_nest_by_font():
    fangsong = "仿宋_GB2312"
    blocks = [Block("引言。" + BODY, font=fangsong), Block("总体要求", font="黑体"), Block(BODY, font=fangsong),
              Block("主要任务", font="黑体"), Block("着力解决服务意识不强的问题", font="楷体_GB2312"),
              Block(BODY, font=fangsong), Block(BODY, font=fangsong)]  # fmt: skip
    assert shape(blocks) == [("intro", 1, None), ("section", 1, "总体要求"), ("section", 1, "主要任务"),
                             ("section", 2, "着力解决服务意识不强的问题")]  # fmt: skip


def test_lines_in_their_own_font_without_a_body_are_a_passage_not_headings():
    body, kai = "仿宋_GB2312", "楷体_GB2312"
    verse = [Block("春眠不觉晓", font=kai), Block("处处闻啼鸟", font=kai), Block("夜来风雨声", font=kai)]
    blocks = [
        Block("引言。" + BODY, font=body),
        *verse,
        Block(BODY, font=body),
        Block("某某县教育局", font=kai),
    ]
    assert shape(blocks) == [("intro", 1, None)]


def test_a_code_face_or_a_table_cell_marks_no_heading():
    body = "PingFangSC-Light"
    blocks = [Block(BODY, font=body), Block("回调函数会被调用", font="Consolas"), Block(BODY, font=body),
              Block("研究方向", tag="td", font="黑体"), Block(BODY, font=body)]  # fmt: skip
    assert shape(blocks) == [("intro", 1, None)]


def test_a_line_in_the_body_font_is_no_heading():
    blocks = [Block(BODY, font="宋体"), Block("短短一行", font="宋体"), Block(BODY, font="宋体")]
    assert shape(blocks) == [("intro", 1, None)]


def test_points_under_a_higher_heading_stay_text_unless_they_read_as_headings():
    points = [Block("一、前进方向更加明确"), Block("1．要在学习上下功夫，每天至少抽出一小时读书看报。"),
              Block("2．要在实践中练本领，主动到基层一线经受锻炼。"), Block("二、下一步打算"), Block(BODY)]  # fmt: skip
    assert shape(points) == [("section", 1, "一、前进方向更加明确"), ("section", 1, "二、下一步打算")]
    # under a second-level heading, run-in leads continue the outline one level down
    headed = [Block("一、主要措施"), Block("（一）教师培训"), Block("1.分层分类培训。" + BODY),
              Block("2.校本教研常态化。" + BODY)]  # fmt: skip
    assert shape(headed) == [("section", 1, "一、主要措施"), ("section", 2, "（一）教师培训"),
                             ("section", 3, "1.分层分类培训。"), ("section", 3, "2.校本教研常态化。")]  # fmt: skip


def test_run_in_numbered_leads_right_under_a_top_heading_are_its_points():
    """A reflection or a summary with one level of headings (一、亮点 / 二、问题) counts the
    paragraphs of each part 1. 2. 3., a lead sentence run into each (1.小组分工不够明确。讨论时…):
    the points of the part, its text, as blind P and D read them. Under a second-level heading
    (一、 > （一） > 1.) they go on with the outline and head (above); a lead set in bold heads
    at any depth, and so does a point alone on its line over its paragraph."""
    part = [Block("上周我上了一节公开课，现将反思整理如下。"), Block("一、亮点"),
            Block("1.小组分工比较明确。每组四人各有任务，汇报时条理清楚，听课老师评价很高。"),
            Block("2.板书设计清晰。重点用红色粉笔标出，学生一看就懂，课后笔记也整齐。"),
            Block("二、问题"), Block("1.提问面不够广。举手的总是那几个学生，后排的同学参与得少。"),
            Block("2.小结过于匆忙。最后两分钟才开始小结，没能让学生自己说一说。")]  # fmt: skip
    assert shape(part) == [("intro", 1, None), ("section", 1, "一、亮点"), ("section", 1, "二、问题")]
    bold = [Block(b.text, bold_lead=len(b.text.split("。")[0]) + 1) if b.text.startswith(("1.", "2.")) else b
            for b in part]  # fmt: skip
    assert [h for _, _, h in shape(bold)] == [None, "一、亮点", "1.小组分工比较明确。", "2.板书设计清晰。", "二、问题",
                                            "1.提问面不够广。", "2.小结过于匆忙。"]  # fmt: skip


def test_yi_shi_openings_are_not_lead_headings():
    blocks = [Block("引言。" + BODY)] + [Block(f"{n}是强化组织领导。" + BODY) for n in "一二三四"]
    assert shape(blocks) == [("intro", 1, None)]


def test_parts_chapters_slashes_and_bracketed_numbers_head_sections():
    """第一部分 / 第二章 / Part 1 / 01 / / 【一】: heading families of the second zoo."""
    for first, second in [
        ("第一部分 总体情况", "第二部分 主要做法"),
        ("第一章 总则", "第二章 管理"),
        ("Part 1 定方向", "Part 2 备材料"),
        ("01 / 读什么", "02 / 怎么读"),
        ("【一】准备阶段", "【二】实施阶段"),
    ]:
        blocks = [Block("引言。"), Block(first), Block(BODY), Block(second), Block(BODY)]
        assert shape(blocks) == [("intro", 1, None), ("section", 1, first), ("section", 1, second)]


def test_a_fraction_or_a_lesson_is_not_a_part():
    blocks = [
        Block("引言。"),
        Block("3/4的学生参加了晨读。"),
        Block("第一节课上，老师讲了三个故事。"),
        Block(BODY),
    ]
    assert shape(blocks) == [("intro", 1, None)]


def test_a_numbered_label_and_a_short_phrase_after_a_colon_is_a_heading():
    blocks = [Block("引言。"), Block("1. 误区一：写了声明就不算侵权"), Block(BODY),
              Block("2. 误区二：注明出处就可以随便转"), Block(BODY)]  # fmt: skip
    assert shape(blocks)[1:] == [
        ("section", 1, "1. 误区一：写了声明就不算侵权"),
        ("section", 1, "2. 误区二：注明出处就可以随便转"),
    ]
    # a colon followed by a clause with a comma is a sentence, not a heading
    prose = Block("二、工作目标：到2025年，全镇达标率90%")
    assert [s.heading for s in split_sections([Block("引言。"), prose, Block(BODY)])] == [None]


def test_lines_that_are_only_a_bracketed_label_head_sections():
    """【教学目标】 / 【活动准备】 / 【摘要】: a lesson plan, a report or a paper names its parts with
    a short label in 【】 on a line of its own; the numbered points under them stay text."""
    blocks = [Block("本课是一篇散文。"), Block("【教学目标】"), Block("1．有感情地朗读课文，背诵第二段。"),
              Block("2．体会作者对秋天的喜爱，仿写一两句话。"), Block("【教学过程】"),
              Block("一、复习导入。出示词语卡片，指名认读。"), Block("二、品读感悟。学生自由朗读，圈出描写颜色的词语。"),
              Block("【教学反思】"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("section", 1, "【教学目标】"), ("section", 1, "【教学过程】"),
        ("section", 2, "一、复习导入。"), ("section", 2, "二、品读感悟。"), ("section", 1, "【教学反思】"),
    ]  # fmt: skip


def test_a_lone_bracketed_label_or_one_without_a_body_heads_nothing():
    """One bracketed line is a note or a news lead (【新华社北京电】), not an outline; nor does a
    label followed at once by another label, or by the page's end, head a section."""
    assert shape([Block("【新华社北京电】"), Block(BODY), Block(BODY)]) == [("intro", 1, None)]
    assert shape([Block(BODY), Block("【注释】"), Block("【附录】")]) == [("intro", 1, None)]


def test_short_lines_led_by_a_heading_glyph_head_sections():
    """■ 把大任务切成小块 / ◆ 固定时间: self-media posts mark headings with a block or diamond
    glyph, their bold often set by a CSS class the page's HTML does not show."""
    blocks = [Block("开头。"), Block("■ 把大任务切成小块"), Block(BODY), Block("■ 固定时间和地点"), Block(BODY),
              Block("◆ 少盯着，多肯定"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("section", 1, "■ 把大任务切成小块"), ("section", 1, "■ 固定时间和地点"),
        ("section", 1, "◆ 少盯着，多肯定"),
    ]  # fmt: skip


def test_a_single_glyph_line_or_a_glyph_sentence_heads_nothing():
    """A lone ★ note, or glyph-led sentences (a list of points), are text."""
    assert shape([Block("开头。"), Block("★ 本周重点"), Block(BODY)]) == [("intro", 1, None)]
    points = [Block("开头。"), Block("● 学校食堂全面落实校长陪餐制度，每学期至少检查一次。"), Block(BODY),
              Block("● 农村集体聚餐实行申报备案，由协管员上门指导。"), Block(BODY)]  # fmt: skip
    assert shape(points) == [("intro", 1, None)]


def test_a_collections_essays_titled_with_the_page_title_and_a_number_are_essays():
    """读书心得体会 篇1 / 读书心得体会（篇二）: collection pages head each essay with the page's
    title and its number after it; the heading is an essay, its own sections one level down."""
    blocks = [Block("下面是几篇心得体会。"), Block("暑期教师培训心得体会 篇1"), Block(BODY), Block("一、收获"), Block(BODY),
              Block("暑期教师培训心得体会（篇二）"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("essay", 1, "暑期教师培训心得体会 篇1"), ("section", 2, "一、收获"),
        ("essay", 1, "暑期教师培训心得体会（篇二）"),
    ]  # fmt: skip


def test_a_sentence_ending_in_a_number_of_pieces_is_no_essay_heading():
    blocks = [Block("开头。"), Block("这学期我一共写了日记篇3"), Block(BODY)]
    assert shape(blocks) == [("intro", 1, None)]


def bold_lead(lead: str, body: str = BODY) -> Block:
    return Block(lead + body, bold_lead=len(lead))


def test_bold_lead_sentences_head_sections_under_numbered_headings():
    """A report's points: ``二、存在的问题`` then paragraphs opening with a bold sentence
    (``<strong>一是组织设置不够规范。</strong>…``): the bold sentence heads a section one level
    down, 一是 openers too (bold is the writer marking them as headings), the rest is its text."""
    blocks = [
        Block("引言。" + BODY),
        Block("一、存在的问题"),
        bold_lead("一是组织设置不够规范。"),
        bold_lead("二是党员队伍结构不优。"),
        Block("二、对策建议"),
        bold_lead("加强组织体系建设。"),
        bold_lead("优化党员队伍结构。"),
    ]
    sections = split_sections(blocks)
    assert [(s.kind, s.level, s.heading) for s in sections] == [
        ("intro", 1, None),
        ("section", 1, "一、存在的问题"),
        ("section", 2, "一是组织设置不够规范。"),
        ("section", 2, "二是党员队伍结构不优。"),
        ("section", 1, "二、对策建议"),
        ("section", 2, "加强组织体系建设。"),
        ("section", 2, "优化党员队伍结构。"),
    ]
    assert sections[2].text == BODY


def test_a_bold_lead_may_leave_its_full_stop_outside_the_bold():
    """``<strong>一是组织设置不够规范</strong>。部分…``: the stop after the bold run, as often as
    inside it; the heading is the sentence with its stop."""
    blocks = [
        Block("引言。" + BODY),
        Block("一、存在的问题"),
        Block("一是组织设置不够规范。" + BODY, bold_lead=len("一是组织设置不够规范")),
        Block("二是党员队伍结构不优。" + BODY, bold_lead=len("二是党员队伍结构不优")),
    ]
    assert shape(blocks)[2:] == [
        ("section", 2, "一是组织设置不够规范。"),
        ("section", 2, "二是党员队伍结构不优。"),
    ]


def test_a_lone_bold_lead_or_a_bold_phrase_is_emphasis_not_a_heading():
    lone = [Block("引言。" + BODY), bold_lead("这一点尤其重要。"), Block(BODY)]
    assert shape(lone) == [("intro", 1, None)]
    phrases = [Block("引言。" + BODY), bold_lead("注意", "：" + BODY), bold_lead("特别", "是" + BODY)]
    assert shape(phrases) == [("intro", 1, None)]


def test_a_centred_line_in_brackets_is_a_caption_not_a_heading():
    """``<p style="text-align:center">（报名二维码）</p>`` under an image: a line wholly in
    brackets is an aside (a caption, a note), while a centred phrase still heads its section."""
    blocks = [
        Block("一、报名方式"),
        Block(BODY),
        Block("（报名二维码）", centered=True),
        Block(BODY),
        Block("二、有关要求"),
        Block(BODY),
    ]
    assert shape(blocks) == [("section", 1, "一、报名方式"), ("section", 1, "二、有关要求")]
    centred = [
        Block(BODY),
        Block("活动掠影", centered=True),
        Block(BODY),
        Block("心得收获", centered=True),
        Block(BODY),
    ]
    assert shape(centred) == [("intro", 1, None), ("section", 1, "活动掠影"), ("section", 1, "心得收获")]


def test_points_on_lines_of_their_own_with_a_body_after_them_head_sections():
    """``第一部分 主要工作`` then ``1、强化服务意识，为会员单位办实事`` alone on its line and its
    paragraph in the next block: each point heads a section one level down, as a point with its
    body in the same block does."""
    blocks = [
        Block("引言。" + BODY),
        Block("第一部分 主要工作完成情况"),
        Block("1、强化服务意识，为会员单位办实事"),
        Block(BODY),
        Block("2、加强行业自律，推动规范经营"),
        Block(BODY),
        Block("第二部分 存在的问题"),
        Block(BODY),
    ]
    assert shape(blocks) == [
        ("intro", 1, None),
        ("section", 1, "第一部分 主要工作完成情况"),
        ("section", 2, "1、强化服务意识，为会员单位办实事"),
        ("section", 2, "2、加强行业自律，推动规范经营"),
        ("section", 1, "第二部分 存在的问题"),
    ]
    # Points one after another, each alone on its line, are a list: they stay text.
    listed = [
        Block("一、主要目标"),
        Block("1、提高认识"),
        Block("2、加强管理"),
        Block("3、落实责任"),
        Block(BODY),
    ]
    assert shape(listed) == [("section", 1, "一、主要目标")]


# --- session 8: kinds blind set D showed (issue 11) ------------------------------------------


def page_sections(body: str) -> list[tuple[str, int, str | None]]:
    """The sections of a page of ours whose article is ``body``, through the page path."""
    html = (
        "<html><head><title>文章标题_示例网</title></head><body><h1>文章标题</h1>"
        f"<div class='content'>{body}</div></body></html>"
    )
    return [(s.kind, s.level, s.heading) for s in process_html(html, None, bundled_rules()).sections]


def test_chapters_sections_and_numbered_points_nest_by_their_known_order():
    """A thesis or a textbook: 第X章 > 第X节 > 一、. Each 第…节 is one level below its 第…章, the
    way a reader knows a 节 is part of a 章, not a sibling because both start 第."""
    body = """<p>摘要：本文讨论中小企业的资金管理问题。</p>
    <p><b>第一章 绪论</b></p><p><b>第一节 研究背景</b></p><p>中小企业数量众多，资金管理水平参差不齐。</p>
    <p><b>第二节 研究意义</b></p><p>研究资金管理有助于提高企业的经济效益。</p>
    <p><b>第二章 对策</b></p><p><b>第一节 拓宽融资渠道</b></p>
    <p>一、用好政策性融资</p><p>企业应主动了解各级政府出台的扶持政策。</p>
    <p>二、提升信用等级</p><p>企业要规范核算，按时纳税，保持良好信用。</p>
    <p><b>第二节 健全内控制度</b></p><p>企业应建立职责分离和授权审批制度。</p>"""
    assert page_sections(body) == [
        ("intro", 1, None), ("section", 1, "第一章 绪论"), ("section", 2, "第一节 研究背景"),
        ("section", 2, "第二节 研究意义"), ("section", 1, "第二章 对策"), ("section", 2, "第一节 拓宽融资渠道"),
        ("section", 3, "一、用好政策性融资"), ("section", 3, "二、提升信用等级"),
        ("section", 2, "第二节 健全内控制度"),
    ]  # fmt: skip
    # By the known order too: a 章 after 节s it has not yet been seen above is still their chapter's level.
    blocks = [Block("第一节 概述"), Block(BODY), Block("第二节 方法"), Block(BODY), Block("第二章 结果"),
              Block("第一节 数据"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("section", 1, "第一节 概述"), ("section", 1, "第二节 方法"),
                             ("section", 1, "第二章 结果"), ("section", 2, "第一节 数据")]  # fmt: skip


def test_sections_without_chapters_are_the_top_level():
    """第一节 in a text with no 第…章 (a lesson's parts, a report's) is level 1, 一、 under it level 2."""
    body = """<p>本课分两节进行。</p><p><b>第一节 导入</b></p><p>一、看图说话</p><p>学生观察图片并说一说。</p>
    <p>二、揭示课题</p><p>教师板书课题，学生齐读。</p><p><b>第二节 新授</b></p><p>学生自由朗读课文，圈出生字。</p>"""
    assert page_sections(body) == [
        ("intro", 1, None), ("section", 1, "第一节 导入"), ("section", 2, "一、看图说话"),
        ("section", 2, "二、揭示课题"), ("section", 1, "第二节 新授"),
    ]  # fmt: skip


def test_bold_labels_ending_in_a_colon_head_sections_alone_or_run_into_their_line():
    """A lesson plan, a report form or an activity record names its parts with bold labels ending
    in a colon, on a line of their own or run into it (<b>教学重点：</b>识字写字…): each heads a
    section (the label with its colon; the rest of the line is the text), and the numbered
    steps inside a label sit one level below it."""
    body = """<p><b>活动目标：</b></p><p>1.认识常见的春季花卉，说出它们的名字。</p>
    <p>2.愿意用绘画表现春天的美。</p>
    <p><b>活动重点：</b>观察花卉的颜色和形状。</p><p><b>活动准备：</b>花卉图片、画纸、蜡笔。</p>
    <p><b>活动过程：</b></p><p><b>一、谈话导入</b></p><p>教师出示图片，请幼儿说说看到了什么。</p>
    <p><b>二、观察讨论</b></p><p>幼儿分组观察花卉，说一说颜色和形状。</p>
    <p><b>活动延伸：</b>请家长带孩子到公园里找一找春天的花。</p>"""
    assert page_sections(body) == [
        ("section", 1, "活动目标："), ("section", 1, "活动重点："), ("section", 1, "活动准备："),
        ("section", 1, "活动过程："), ("section", 2, "一、谈话导入"), ("section", 2, "二、观察讨论"),
        ("section", 1, "活动延伸："),
    ]  # fmt: skip
    blocks = [Block("教学重点：识字写字。", bold_lead=5), Block("教学难点：体会拟人手法。", bold_lead=5)]
    assert [(s.heading, s.text) for s in split_sections(blocks)] == [
        ("教学重点：", "识字写字。"),
        ("教学难点：", "体会拟人手法。"),
    ]


def test_a_bold_clause_introducing_a_list_or_a_lone_bold_label_heads_nothing():
    """Prose that opens in bold and ends its clause with a colon to introduce what follows
    (<b>我们做到了以下几点：</b>…), or a single bold 注意： in a paragraph, is emphasis."""
    body = f"""<p>{BODY}</p><p><b>我们主要做到了以下几点：</b>一是加强学习，二是完善制度，三是狠抓落实。</p>
    <p>{BODY}</p><p><b>具体安排如下：</b>周一集中学习，周三分组讨论，周五交流心得。</p>
    <p><b>注意：</b>{BODY}</p><p>{BODY}</p>"""
    assert page_sections(body) == [("intro", 1, None)]
    assert shape([Block(BODY), Block("注意：" + BODY, bold_lead=3), Block(BODY)]) == [("intro", 1, None)]
    # An interview's speakers come back, line after line: they are no parts of the text.
    interview = f"""<p>{BODY}</p><p><b>记者：</b>您是怎样获取这些信息的？</p><p><b>王建国：</b>主要是看文件、上网查资料。</p>
    <p><b>记者：</b>农民从哪里了解政策？</p><p><b>王建国：</b>主要靠乡镇干部上门宣传。</p>"""
    assert page_sections(interview) == [("intro", 1, None)]


def test_numbered_questions_with_their_answers_head_sections_under_a_group():
    """A policy Q&A: 一、 groups, then numbered questions (1.问：…？) on a line of their own or run
    into their answer (…？答：…). Each question heads a section one level down, its answer the
    text, however long the question: a question followed by its answer reads as a heading, not
    as a point of a list."""
    body = """<p>为方便群众了解政策，现将常见问题解答如下。</p><p><b>一、办理条件</b></p>
    <p><b>1.问：哪些人可以申请城乡居民养老保险待遇？</b></p><p>答：年满60周岁、累计缴费满15年的参保人员。</p>
    <p><b>2.问：缴费不满15年怎么办？还能补缴吗？</b></p><p>答：可以按规定延长缴费或一次性补缴。</p>
    <p><b>二、办理渠道</b></p><p>3.问：可以在手机上办理待遇领取手续吗？答：可以，通过政务服务App办理。</p>
    <p>4.问：办理需要带什么材料？答：本人身份证和社会保障卡。</p>"""
    assert page_sections(body) == [
        ("intro", 1, None), ("section", 1, "一、办理条件"),
        ("section", 2, "1.问：哪些人可以申请城乡居民养老保险待遇？"),
        ("section", 2, "2.问：缴费不满15年怎么办？还能补缴吗？"), ("section", 1, "二、办理渠道"),
        ("section", 2, "3.问：可以在手机上办理待遇领取手续吗？"), ("section", 2, "4.问：办理需要带什么材料？"),
    ]  # fmt: skip


def test_questions_set_as_exercises_or_inside_a_step_head_nothing():
    """Exercises (numbered questions one after another, no answer under each) and a step that
    asks a question in passing (1.默读课文，思考：…？再…) are points of their section's text."""
    exercises = [Block("一、课后练习"), Block("1.课文写了春天的哪些景物？"), Block("2.作者为什么说春天像个害羞的小姑娘？"),
                 Block("3.你在哪里找到了春天？"), Block("二、教学反思"), Block(BODY)]  # fmt: skip
    assert shape(exercises) == [("section", 1, "一、课后练习"), ("section", 1, "二、教学反思")]
    steps = [Block("一、细读课文"), Block("1.默读第1、2自然段，思考：孩子们是怎样去找春天的？抓住几个动词体会心情。"),
             Block("2.小组合作学习第4—7自然段，找一找孩子们在哪里找到了春天，再分角色朗读课文。"),
             Block("二、布置作业"), Block(BODY)]  # fmt: skip
    assert shape(steps) == [("section", 1, "一、细读课文"), ("section", 1, "二、布置作业")]


def test_a_run_of_numbered_whole_sentences_is_a_list_not_headings():
    """A collection of wishes or sayings (1、…。 2、…！ …), and a rule's clauses (（一）…的，视为迟到；)
    as lines of their own: when a third or more of a run of numbered siblings are whole items,
    a sentence or a clause with nothing under it before the next number, the run is a list and
    every member stays text, the ones with a second sentence too."""
    wishes = ["新年到，祝你身体健康，万事如意。", "一年忙到头，终于可以歇一歇。愿你好好陪陪家人，吃一顿团圆饭。",
              "祝爸爸妈妈新年快乐！你们辛苦了，以后换我来照顾你们。", "愿你所求皆如愿，所行皆坦途。",
              "春回大地，万象更新。祝全体同事新春愉快！", "送你一碗饺子，皮是平安，馅是幸福。",
              "新的一年，愿你有人爱，有事做，有所期待。", "岁月不居，时节如流。感恩一路有你！",
              "祝老师新年快乐，桃李满天下。"]  # fmt: skip
    body = "".join(f"<p>{n}、{w}</p>" for n, w in enumerate(wishes, 1))
    assert page_sections(body) == [("intro", 1, None)]
    rules = [Block("第一章 总则"), Block("第一条 为规范考勤管理，制定本制度。"), Block("第二章 考勤"),
             Block("第三条 员工有下列情形的，按以下规定处理："), Block("（一）到岗晚于上班时间的，视为迟到；"),
             Block("（二）离岗早于下班时间的，视为早退；"), Block("（三）未经批准不到岗的，视为旷工。"),
             Block("第四条 严禁代他人打卡。")]  # fmt: skip
    assert shape(rules) == [("section", 1, "第一章 总则"), ("section", 1, "第二章 考勤")]


def test_numbered_headings_each_over_its_own_text_are_no_list():
    """The look-alikes: numbered lead sentences over their paragraphs, and short numbered lines
    over a paragraph each, are headings however many there are."""
    leads = [Block("引言。" + BODY)] + [Block(f"{n}.{h}" + BODY) for n, h in enumerate(
        ["加强组织领导。", "完善工作机制。", "强化督查考核。", "营造良好氛围。"], 1)]  # fmt: skip
    assert [h for _, _, h in shape(leads)] == [
        None,
        "1.加强组织领导。",
        "2.完善工作机制。",
        "3.强化督查考核。",
        "4.营造良好氛围。",
    ]
    lines = [Block("引言。" + BODY)]
    for n, h in enumerate(["坚持问题导向。", "坚持系统观念。", "坚持守正创新。"], 1):
        lines += [Block(f"{n}、{h}"), Block(BODY)]
    assert [h for _, _, h in shape(lines)] == [
        None,
        "1、坚持问题导向。",
        "2、坚持系统观念。",
        "3、坚持守正创新。",
    ]


def test_a_closing_paragraph_that_refers_back_to_the_whole_is_the_conclusion():
    """以上问答仅供参考，具体以…为准 / 以上就是…的介绍: a last paragraph opening 以上 speaks of the
    whole piece above (a Q&A's closing note, a round-up), not of its last section."""
    blocks = [Block("现将有关问题解答如下。"), Block("1.如何申请补贴？"), Block("答：向所在社区提交申请。"),
              Block("2.多久可以到账？"), Block("答：审核通过后15个工作日内。"),
              Block("以上问答仅供参考，具体以相关文件规定为准。如有疑问，请拨打服务热线咨询。")]  # fmt: skip
    assert shape(blocks)[-1] == ("conclusion", 1, None)


def test_an_authors_sign_off_opening_with_yi_shang_concludes():
    """以上是我的述职报告，请批评指正 / 以上是这次排查的记录，欢迎指出错误 / 以上，希望对你有用: the
    writer signing off (first person, asking to be corrected, hoping it helps) speaks of the whole text: the
    last paragraph, it concludes (session 25, the project's convention; it stayed in the last section before).
    A 以上 paragraph in the middle of an argument is no conclusion."""
    for sign_off in ("以上是我的述职报告，不妥之处，请各位领导批评指正。", "以上是这次排查的一点记录，如有错误欢迎在评论区指出。",
                     "以上，希望对你有用。"):  # fmt: skip
        blocks = [
            Block("引言。"),
            Block("一、主要工作"),
            Block(BODY),
            Block("二、存在不足"),
            Block(BODY),
            Block(sign_off),
        ]
        assert shape(blocks)[-1] == ("conclusion", 1, None)
    middle = [Block("引言。"), Block("一、现状"), Block("以上情况说明，壁垒已不构成障碍。"), Block(BODY), Block(BODY),
              Block(BODY), Block("二、建议"), Block(BODY)]  # fmt: skip
    assert [k for k, _, _ in shape(middle)] == ["intro", "section", "section"]


def test_decimal_numbers_outline_a_plan_by_their_depth():
    """An emergency plan, a standard or a thesis numbers its parts 1 / 1.1 / 1.1.1 in plain lines:
    the depth of the number is the level, and a 2.1 may have text before its 2.1.1."""
    body = """<p>1 总则</p><p>1.1 编制目的</p><p>为有效处置火灾事故，减少人员伤亡，制定本预案。</p>
    <p>1.2 适用范围</p><p>本预案适用于本小区住宅楼和地下车库。</p><p>2 组织机构</p><p>2.1 应急指挥部</p>
    <p>物业服务中心成立应急指挥部，下设三个工作组。</p><p>2.1.1 总指挥</p><p>由物业服务中心经理担任。</p>
    <p>2.1.2 副总指挥</p><p>由工程主管担任。</p><p>3 附则</p><p>本预案自印发之日起施行。</p>"""
    assert page_sections(body) == [
        ("section", 1, "1 总则"), ("section", 2, "1.1 编制目的"), ("section", 2, "1.2 适用范围"),
        ("section", 1, "2 组织机构"), ("section", 2, "2.1 应急指挥部"), ("section", 3, "2.1.1 总指挥"),
        ("section", 3, "2.1.2 副总指挥"), ("section", 1, "3 附则"),
    ]  # fmt: skip


def test_a_number_and_a_space_outside_an_outline_heads_nothing():
    """12 月份… / 1.5 倍…: a number, a space and words are prose unless decimals outline the text
    (two numbers of two parts or more); a heading its markup makes (<h2>29 November 2018</h2>) stays."""
    blocks = [
        Block("引言。"),
        Block("12 月份，我们组织了三次培训。"),
        Block(BODY),
        Block("1.5 倍的加班工资已经发放。"),
        Block(BODY),
    ]
    assert shape(blocks) == [("intro", 1, None)]
    marked = [
        Block(BODY),
        Block("29 November 2018", tag="h2", heading=2),
        Block(BODY),
        Block("3 月 学习", bold=True),
        Block(BODY),
    ]
    assert [h for _, _, h in shape(marked)] == [None, "29 November 2018", "3 月 学习"]


def test_four_numbering_schemes_nest_four_levels_deep():
    """一、 > （一） > 1. > （1）: the fourth level, （1）落实…制度。 leading its paragraph, is a
    heading when its run reads like headings (one short phrase each, up to 20 characters)."""
    blocks = [Block("一、主要任务"), Block("（一）守牢安全底线"), Block("1.抓好校园食品安全"),
              Block("（1）落实校长陪餐和家长参与监督制度。" + BODY), Block("（2）推进明厨亮灶全覆盖。" + BODY),
              Block("2.加强农村集体聚餐管理"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("section", 1, "一、主要任务"), ("section", 2, "（一）守牢安全底线"), ("section", 3, "1.抓好校园食品安全"),
        ("section", 4, "（1）落实校长陪餐和家长参与监督制度。"), ("section", 4, "（2）推进明厨亮灶全覆盖。"),
        ("section", 3, "2.加强农村集体聚餐管理"),
    ]  # fmt: skip


def test_a_point_that_goes_on_from_a_paragraphs_count_heads_nothing():
    """（1）…（2）…（3）… counted inside a paragraph, then （4）… on a line of its own: the point goes
    on with that count; a run of points heads sections only from its first number."""
    blocks = [Block("一、性质"), Block("这场运动的性质是（1）一次抗争；（2）一次觉醒；（3）一次启蒙。" + BODY),
              Block("（4）是历史的进程"), Block(BODY), Block("二、意义"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("section", 1, "一、性质"), ("section", 1, "二、意义")]


def test_a_bold_speech_verb_opener_is_no_label():
    """Review: <b>习近平总书记指出：</b>“…” / <b>《意见》明确要求：</b>… in a speech is the start of a
    sentence set in bold (a reporting verb, a document's title), not a label naming a part."""
    q1, q2 = "习近平总书记指出：", "《意见》明确要求："
    blocks = [Block("同志们：今天召开青年干部座谈会，主要是听一听大家的心声。"),
              Block(q1 + "“青年是整个社会力量中最积极、最有生气的力量。”我们要把青年干部的培养作为一项战略任务来抓。", bold_lead=len(q1)),
              Block(BODY),
              Block(q2 + "各级党组织要为青年干部成长搭建平台，大胆使用优秀年轻干部。", bold_lead=len(q2)),
              Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("intro", 1, None)]


def test_a_part_seen_under_a_numbered_heading_does_not_demote_that_numbering():
    """Review: the known order holds among a document's parts (章 > 节) and among decimal depths,
    not between a part and a numbering scheme already on the stack: 第一节 under 一、 is level 2."""
    blocks = [Block("为提高员工安全意识，公司决定组织专题培训。"), Block("一、培训安排"), Block(BODY),
              Block("第一节 安全生产法规解读"), Block(BODY), Block("第二节 典型事故案例分析"), Block(BODY),
              Block("二、培训要求"), Block(BODY), Block("三、考核方式"), Block(BODY)]  # fmt: skip
    assert [lvl for _, lvl, _ in shape(blocks)] == [1, 1, 2, 2, 1, 1]


def test_a_paragraph_opening_with_a_decimal_quantity_heads_nothing():
    """Review: pages that space digits from Chinese (1.2 万亩…, 2.1 版本…) open paragraphs with a
    quantity, not a title: a decimal heads a section only before a title (no unit or measure word
    after the number) and only as a short phrase (no comma), never a whole sentence."""
    news = [Block("今年全市粮食生产再获丰收，各项指标稳中有升。"),
            Block("1.2 万亩高标准农田当年建成并投入使用，亩均增产约一成。"),
            Block("3.5 亿元专项资金用于农机购置补贴，惠及农户两万余户。"),
            Block("下一步，全市将继续加大投入，巩固粮食生产好形势。")]  # fmt: skip
    blog = [Block("这个月，笔记应用连续发布了两个版本，我都第一时间升级体验了一番。"),
            Block("2.1 版本新增了夜间模式，界面在晚上看起来舒服了不少，但切换按钮藏得有点深。"),
            Block("2.2 版本修复了同步丢失的问题，我连续用了一周，再也没有遇到笔记消失的情况。"),
            Block("我还注意到，新版的启动速度也快了一些，老手机上也不卡。")]  # fmt: skip
    assert shape(news) == [("intro", 1, None)] and shape(blog) == [("intro", 1, None)]


def test_numbered_records_of_labelled_fields_are_a_list_not_headings():
    """A collection of couplets (N、上联：…<br>下联：…<br>横批：…), riddles (谜面：… / 谜底：…) or
    contacts: each number opens a record whose lines are labelled fields, the same label coming
    back in every record. The records are the list's items, not sections; the look-alikes stay
    headings: labels that name each point once (误区一： / 误区二：) and numbered labels with prose
    under them."""
    pairs = [("春风送暖千家乐", "瑞雪迎春万户兴", "喜迎新春"), ("门迎百福家家旺", "户纳千祥岁岁安", "五福临门"),
             ("一帆风顺年年好", "万事如意步步高", "吉星高照"), ("山清水秀风光好", "人寿年丰喜事多", "山河锦绣"),
             ("绿柳迎春千里翠", "红花映日万家春", "春意盎然"), ("书香满院添新喜", "笑语盈门接好年", "满院书香")]  # fmt: skip
    body = f"<p>贴春联是过年的习俗，下面是几副我们编写的春联，供大家参考。{BODY}</p>" + "".join(
        f"<p>{n}、上联：{a}<br>下联：{b}<br>横批：{c}</p>" for n, (a, b, c) in enumerate(pairs, 1)
    )
    assert page_sections(body) == [("intro", 1, None)]
    riddles = [Block("一、猜谜语")]
    for n, (riddle, answer) in enumerate([("一只小船两头尖", "菱角"), ("小小诸葛亮，独坐中军帐", "蜘蛛"),
                                          ("千条线，万条线", "雨")], 1):  # fmt: skip
        riddles += [Block(f"{n}.谜面：{riddle}"), Block(f"谜底：{answer}")]
    assert shape(riddles) == [("section", 1, "一、猜谜语")]
    # labels that come back with prose under each are headings
    cases = [Block("引言。")]
    for n, name in enumerate(["小区停车难", "楼道堆放杂物", "电梯故障多"], 1):
        cases += [Block(f"{n}、案例：{name}"), Block(BODY)]
    assert [h for _, _, h in shape(cases)] == [
        None,
        "1、案例：小区停车难",
        "2、案例：楼道堆放杂物",
        "3、案例：电梯故障多",
    ]
    # a label naming each point once, over labelled lines, still heads
    points = [Block("引言。")]
    for n, (name, line) in enumerate([("误区一", "写了声明就不算侵权"), ("误区二", "注明出处就可以随便转"),
                                      ("误区三", "非商用就不用授权")], 1):  # fmt: skip
        points += [Block(f"{n}. {name}：{line}"), Block("律师：这种说法不对，" + BODY)]
    assert [h for _, _, h in shape(points)][1:] == ["1. 误区一：写了声明就不算侵权", "2. 误区二：注明出处就可以随便转",
                                                    "3. 误区三：非商用就不用授权"]  # fmt: skip


def test_bold_bracketed_labels_head_parts_alone_or_run_in_and_bold_steps_sit_under_them():
    """A class-meeting or lesson plan names its parts with bold labels in 【】, alone on a line
    (<b>【活动目标】</b>) or run into it (<b>【班会主题】</b>爱护环境，从我做起: the label heads, the
    rest is its text), and heads the steps inside a part with bold lines (<b>环节一：…</b>): the
    labels are one family at the top, the bold steps one level below them."""
    body = f"""<p><b>【班会主题】</b>爱护环境，从我做起</p><p><b>【适用年级】</b>小学三年级</p>
    <p><b>【活动目标】</b></p><p>1．知道垃圾分类的意义。</p><p>2．学会给常见垃圾分类。</p>
    <p><b>【活动过程】</b></p><p><b>环节一：看图导入</b></p><p>{BODY}</p>
    <p><b>环节二：分组游戏，认识垃圾桶</b></p><p>{BODY}</p><p><b>【活动反思】</b></p><p>{BODY}</p>"""
    assert page_sections(body) == [
        ("section", 1, "【班会主题】"), ("section", 1, "【适用年级】"), ("section", 1, "【活动目标】"),
        ("section", 1, "【活动过程】"), ("section", 2, "环节一：看图导入"),
        ("section", 2, "环节二：分组游戏，认识垃圾桶"), ("section", 1, "【活动反思】"),
    ]  # fmt: skip
    blocks = [Block("【班会主题】爱护环境", bold_lead=6), Block("【适用年级】三年级", bold_lead=6),
              Block("【活动目标】", bold=True), Block(BODY)]  # fmt: skip
    assert [(s.heading, s.text) for s in split_sections(blocks)] == [
        ("【班会主题】", "爱护环境"),
        ("【适用年级】", "三年级"),
        ("【活动目标】", BODY),
    ]


def test_a_bold_bracketed_news_lead_or_a_recurring_bracketed_note_heads_nothing():
    """The look-alikes: a news story's bold source tag run into its first paragraph
    (<b>【本报讯】</b>…) is one alone; an exercise page's 【答案】 / 【解析】 come back under every
    question, notes of the items and no parts of the text."""
    news = [Block("【本报讯】" + BODY, bold_lead=5), Block(BODY), Block(BODY)]
    assert shape(news) == [("intro", 1, None)]
    exercises = [Block("下面是本课的练习。")]
    for n in range(1, 4):
        exercises += [Block(f"{n}.下列词语中加点字的读音全都正确的一项是（ ）"), Block("【答案】B", bold_lead=4),
                      Block("【解析】" + BODY, bold_lead=4)]  # fmt: skip
    assert not [h for _, _, h in shape(exercises) if h and h.startswith("【")]
    # one bold 【写在最后】 among a post's bold headings is one of them
    post = [Block("开头。"), Block("早餐怎么吃", bold=True), Block(BODY), Block("晚餐怎么吃", bold=True), Block(BODY),
            Block("【写在最后】", bold=True), Block(BODY)]  # fmt: skip
    assert shape(post)[1:] == [
        ("section", 1, "早餐怎么吃"),
        ("section", 1, "晚餐怎么吃"),
        ("section", 1, "【写在最后】"),
    ]
    # but a lone bold paragraph opening with an ordinal (首先，…) is prose set in bold, no heading
    speech = [
        Block(BODY),
        Block("首先，我们要切实加强组织领导，统筹各方力量，形成工作合力。", bold=True),
        Block(BODY),
    ]
    assert [h for _, _, h in shape(speech) if h] == []


def test_circled_numbers_head_points_under_a_numbered_heading():
    """一、 > （一） > 1． > ①: a rectification report heads its measures with circled numbers
    leading their paragraph (①加快项目建设进度。…), one level below the 1． they serve, when the
    run reads like headings; circled points written as one full sentence each stay text."""
    blocks = [Block("一、对照问题抓好整改"), Block("（一）关于项目推进不力的问题"), Block("1．农田建设推进缓慢"),
              Block("①加快项目建设进度。" + BODY), Block("②强化工程质量监管。" + BODY),
              Block("2．人居环境整治反弹"), Block("①开展排查。" + BODY), Block("②建立管护机制。" + BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("section", 1, "一、对照问题抓好整改"), ("section", 2, "（一）关于项目推进不力的问题"),
        ("section", 3, "1．农田建设推进缓慢"), ("section", 4, "①加快项目建设进度。"), ("section", 4, "②强化工程质量监管。"),
        ("section", 3, "2．人居环境整治反弹"), ("section", 4, "①开展排查。"), ("section", 4, "②建立管护机制。"),
    ]  # fmt: skip
    points = [Block("一、主要做法"), Block("①组织全体干部职工认真学习有关文件精神，统一思想认识，明确工作目标。"),
              Block("②结合单位实际情况制定详细的实施方案，层层分解任务并落实到人。"), Block(BODY)]  # fmt: skip
    assert shape(points) == [("section", 1, "一、主要做法")]


def test_circled_notes_outside_an_outline_head_nothing():
    """The look-alike: an article's notes at its end (①参见…。 ②…), short as headings and with no
    numbered heading above them, are text; outside an outline a circled number heads only by its
    markup."""
    notes = [
        Block("开头。"),
        Block(BODY),
        Block(BODY),
        Block("①参见《乡村振兴战略规划》。"),
        Block("②数据来自县统计局。"),
    ]
    assert shape(notes) == [("intro", 1, None)]
    # a self-media post's bold ❶ / ❷ lines still head by their bold
    post = [
        Block("开头。"),
        Block("❶ 先看见，再要求", bold=True),
        Block(BODY),
        Block("❷ 把事务交出去", bold=True),
        Block(BODY),
    ]
    assert shape(post)[1:] == [("section", 1, "❶ 先看见，再要求"), ("section", 1, "❷ 把事务交出去")]


def test_a_closing_wish_opening_with_zui_hou_is_no_ordinal_point():
    """A speech thanks and wishes at its end (最后，祝老师们工作顺利！谢谢大家！): 最后 opens the
    sign-off there, not the last of the speaker's points, and follows the conclusion; a 最后 point
    after 首先 / 其次 still heads its section."""
    speech = [Block("同学们："), Block("今天我想说三句话。"), Block("第一，做一个爱读书的人。" + BODY, bold_lead=12),
              Block("第二，做一个爱运动的人。" + BODY, bold_lead=12), Block("总而言之，读书和运动是我对大家的期望。"),
              Block("最后，祝老师们工作顺利！祝同学们学习进步！谢谢大家！")]  # fmt: skip
    assert shape(speech) == [
        ("intro", 1, None), ("section", 1, "第一，做一个爱读书的人。"), ("section", 1, "第二，做一个爱运动的人。"),
        ("conclusion", 1, None),
    ]  # fmt: skip
    points = [Block("引言。"), Block("首先，要提高思想认识。" + BODY), Block("其次，要完善工作机制。" + BODY),
              Block("最后，要强化督查考核。" + BODY)]  # fmt: skip
    assert [h for _, _, h in shape(points)] == [
        None,
        "首先，要提高思想认识。",
        "其次，要完善工作机制。",
        "最后，要强化督查考核。",
    ]


def test_ordinals_opening_plain_run_on_paragraphs_are_points_not_headings():
    """A speech or a reflection counts its points in plain paragraphs that run on (首先，我热爱…。十四年来…
    / 首先，希望大家…。上课认真听讲…): the ordinal opens a point of the paragraph's argument, whoever
    the sentence is about, and heads nothing (blind sets C and L, review R6). An ordinal heads a line
    of its own (<p>第一，提高思想认识。</p> over its paragraph) or a lead set in bold."""
    for voice in ("", "我"):
        wishes = [Block("同学们："), Block(f"首先，{voice}希望大家养成良好的学习习惯。" + BODY),
                  Block(f"其次，{voice}希望大家注意身体健康。" + BODY)]  # fmt: skip
        assert shape(wishes) == [("intro", 1, None)]
    own_lines = [
        Block("同志们："),
        Block("第一，提高思想认识。"),
        Block(BODY),
        Block("第二，压实工作责任。"),
        Block(BODY),
    ]
    assert [h for _, _, h in shape(own_lines)] == [None, "第一，提高思想认识。", "第二，压实工作责任。"]
    bold = [Block("同学们："), Block("第一，做一个爱读书的人。" + BODY, bold_lead=12),
            Block("第二，做一个爱运动的人。" + BODY, bold_lead=12)]  # fmt: skip
    assert [h for _, _, h in shape(bold)] == [None, "第一，做一个爱读书的人。", "第二，做一个爱运动的人。"]


def test_a_class_named_bold_is_bold():
    """A platform's or a framework's bold class whose sheet the page does not carry (bjh-strong,
    font-bold, fw-bold) sets its text in bold; a class that only contains the word (boldness-meter)
    does not."""
    html = (
        "<html><head><title>开学致辞_示例网</title></head><body><h1>开学致辞</h1><div class='content'>"
        f"<p>同学们：</p><p><span class='bjh-strong'>第一，做一个爱读书的人。</span>{BODY}</p>"
        f"<p><span class='font-bold'>第二，做一个爱运动的人。</span>{BODY}</p>"
        f"<p><span class='boldness-meter'>第三，做一个有担当的人。</span>{BODY}</p></div></body></html>"
    )
    got = [s.heading for s in process_html(html, None, bundled_rules()).sections]
    assert got == [None, "第一，做一个爱读书的人。", "第二，做一个爱运动的人。"]


def test_a_collection_titles_its_pieces_by_headings_the_title_counts_or_a_numbered_model():
    """A 范文 or 作文 page collects whole pieces under headings of one kind with no 篇 numbers: the
    page's title says how many (感恩母亲作文（精选3篇）) and the text has that many headings of its
    first kind, each a piece's own title (妈妈的早餐); or each heading numbers a model of one kind
    of letter (辞职报告范文一：销售岗位). They head essays, and a piece's own headings sit under
    them. An article whose headings are not as many as its title counts keeps them as sections."""
    story = "那天早上下着大雨，妈妈把伞塞给我，自己却淋着雨跑回了家。我站在校门口，看着她的背影，眼泪一下子流了出来。"
    pieces = [Block("以下是三篇写妈妈的作文，供同学们参考。"), Block("妈妈的早餐", heading=3), Block(story),
              Block("雨中的伞", heading=3), Block(story), Block("一张旧照片", heading=3), Block(story)]  # fmt: skip
    assert [(s.kind, s.level, s.heading) for s in split_sections(pieces, title="感恩母亲作文（精选3篇）_作文网")] == [
        ("intro", 1, None), ("essay", 1, "妈妈的早餐"), ("essay", 1, "雨中的伞"), ("essay", 1, "一张旧照片"),
    ]  # fmt: skip
    assert [s.kind for s in split_sections(pieces, title="感恩母亲作文（精选5篇）")] == ["intro"] + [
        "section"
    ] * 3
    assert [s.kind for s in split_sections(pieces, title="妈妈的早餐")] == ["intro"] + ["section"] * 3
    letters = [Block("离职证明范文一：普通员工", heading=2), Block("兹证明张三自2020年起在我公司工作。"),
               Block("离职证明范文二：管理岗位", heading=2), Block("兹证明李四自2018年起在我公司任部门经理。")]  # fmt: skip
    assert [(s.kind, s.heading) for s in split_sections(letters, title="离职证明怎么写")] == [
        ("essay", "离职证明范文一：普通员工"), ("essay", "离职证明范文二：管理岗位"),
    ]  # fmt: skip
    plan = [Block("引言。"), Block("一、工作目标", heading=2), Block(BODY), Block("二、工作措施", heading=2),
            Block(BODY), Block("（一）加强领导", heading=3), Block(BODY)]  # fmt: skip
    assert [s.kind for s in split_sections(plan, title="2025年工作计划（精选2篇）")] == ["intro"] + [
        "section"
    ] * 3


def test_a_collections_first_piece_named_like_the_page_keeps_its_heading():
    """A collection whose first piece has the page's own name (入党申请书（精选3篇）, whose first
    <h3> is 入党申请书) prints that name as the first piece's title, one of the headings the title
    counts, not as the page's title again: it heads the first essay (strip keeps it too)."""
    letter = "敬爱的党组织：我志愿加入中国共产党，拥护党的纲领，遵守党的章程。此致敬礼！申请人：王芳"
    html = (
        "<html><head><title>入党申请书（精选3篇）_范文网</title></head><body>"
        "<h1>入党申请书（精选3篇）</h1><div class='content'>"
        f"<h3>入党申请书</h3><p>{letter}</p><h3>大学生入党申请书</h3><p>{letter}</p>"
        f"<h3>教师入党申请书</h3><p>{letter}</p></div></body></html>"
    )
    got = [(s.kind, s.heading) for s in process_html(html, None, bundled_rules()).sections]
    assert got == [("essay", "入党申请书"), ("essay", "大学生入党申请书"), ("essay", "教师入党申请书")]


def test_the_title_printed_again_at_the_top_of_the_body_heads_nothing():
    """A Word document pasted into a page prints its own title, centred and bold, as its first
    paragraph, over the intro and the outline (一、…): that line is the article's title again,
    not a section above the outline, so the outline stays at level 1. Another first heading
    (前言) still heads its section."""
    blocks = [Block("实验小学2026年春季运动会方案", bold=True, centered=True), Block("为推动阳光体育，制定本方案。"),
              Block("一、活动主题", bold=True), Block(BODY), Block("二、活动时间", bold=True), Block(BODY)]  # fmt: skip
    assert [(s.kind, s.level, s.heading) for s in split_sections(blocks, title="实验小学--实验小学2026年春季运动会方案")] == [
        ("intro", 1, None), ("section", 1, "一、活动主题"), ("section", 1, "二、活动时间"),
    ]  # fmt: skip
    preface = [
        Block("前言", bold=True, centered=True),
        Block(BODY),
        Block("一、活动主题", bold=True),
        Block(BODY),
    ]
    assert [s.heading for s in split_sections(preface, title="运动会方案")] == ["前言", "一、活动主题"]
    # the page path gives the article's title
    body = f"""<p align="center"><b>文章标题</b></p><p>{BODY}</p><p><b>一、总体要求</b></p><p>{BODY}</p>
    <p><b>二、主要任务</b></p><p>{BODY}</p>"""
    assert page_sections(body)[1:] == [("section", 1, "一、总体要求"), ("section", 1, "二、主要任务")]
    # under a blog's date line (更新于 …, no sentence): the title printed again all the same
    dated = [Block("更新于 2026年3月2日"), Block("实验小学2026年春季运动会方案", heading=2),
             Block("为推动阳光体育，制定本方案。"), Block("一、活动主题", bold=True), Block(BODY)]  # fmt: skip
    assert [s.heading for s in split_sections(dated, title="实验小学2026年春季运动会方案")] == [
        None,
        "一、活动主题",
    ]
    # not under a paragraph of prose: a heading there is the text's own
    assert [s.heading for s in split_sections(dated[2:3] + dated[1:], title="实验小学2026年春季运动会方案")][
        1
    ] == ("实验小学2026年春季运动会方案")


def test_a_news_dateline_or_a_lone_run_in_note_in_brackets_heads_nothing():
    """A news report opens with its dateline in bold brackets (<b>【本报讯】</b>… / 【新华社北京电】)
    and may end on a bold run-in note (<b>【温馨提示】</b>…): neither names a part of an outline.
    Run-in 【】 labels head their lines when the text also names parts by 【】 labels alone on
    their line (a lesson plan), or names three parts or more so."""
    report = [
        Block("【本报讯】" + BODY, bold_lead=5),
        Block(BODY),
        Block(BODY),
        Block("【温馨提示】" + BODY, bold_lead=6),
    ]
    assert shape(report) == [("intro", 1, None)]
    wire = [
        Block("【新华社北京10月1日电】" + BODY, bold_lead=13),
        Block(BODY),
        Block("【记者手记】" + BODY, bold_lead=6),
    ]
    assert shape(wire) == [("intro", 1, None)]
    plan = [Block("【教学目标】" + BODY, bold_lead=6), Block("【教学重点】" + BODY, bold_lead=6),
            Block("【教学难点】" + BODY, bold_lead=6)]  # fmt: skip
    assert [h for _, _, h in shape(plan)] == ["【教学目标】", "【教学重点】", "【教学难点】"]


def test_a_paragraph_of_circled_items_in_one_line_is_no_point():
    """An exercise's material written in one line (①春天来了。②柳树发芽了。③…) under a numbered
    question is a list, not a point led by its first sentence: the next circled number goes on
    inside the same line."""
    blocks = [Block("一、阅读练习"), Block("1．将下列句子组成语段，顺序最恰当的一项是（ ）"),
              Block("①小河解冻了，哗哗地流着。②柳树抽出了嫩芽。③燕子从南方飞回来了。④田野里一片忙碌。"),
              Block("A．①②③④ B．②①③④ C．③①②④ D．①③②④")]  # fmt: skip
    assert not [h for _, _, h in shape(blocks) if h and h.startswith("①")]


def test_a_bold_quoted_motto_or_a_bold_closing_sentence_heads_nothing():
    """The look-alikes of bold headings in a student's essay: a bold line wholly in quotation
    marks (“路是一步一步走出来的。”, after a line that introduces it with a colon) is quoted
    speech, and a bold last line with nothing under it is the piece's closing sentence, set in
    bold for emphasis. Bold headings with text under them still head."""
    body = f"""<p>每个人都有一句难忘的话。我记得最清楚的，是老师在毕业那天写在我纪念册上的一句话：</p>
    <p><b>“路是一步一步走出来的。”</b></p><p>那时我并不明白这句话的分量，只把它抄在了笔记本的第一页。</p>
    <p>后来学游泳，我总是呛水，好几次想放弃。妈妈没有劝我，只是把那页笔记翻出来给我看。</p>
    <p>于是我每天多练半小时，一个暑假过去，我终于能一口气游完五十米了。{BODY}</p>
    <p><b>我会把这句话一直带在身边。</b></p>"""
    assert page_sections(body) == [("intro", 1, None)]
    headed = [
        Block("开头。"),
        Block("学会坚持", bold=True),
        Block(BODY),
        Block("学会感恩", bold=True),
        Block(BODY),
    ]
    assert shape(headed)[1:] == [("section", 1, "学会坚持"), ("section", 1, "学会感恩")]


def test_the_numbered_prefilters_rule_out_only_lines_no_pattern_takes():
    """Speed guards of split_sections (issue 13): one try of all NUMBERED patterns before each
    alone, and 篇 looked for before the titled-essay pattern, which needs it."""
    import random

    from fanwen import sections
    from fanwen.strip.literals import required_literals

    assert required_literals(sections._TITLED_ESSAY) == {"篇"}
    starts = [
        "一、",
        "（二）",
        "1.",
        "1.5",
        "（3）",
        "第一章",
        "第二部分",
        "Part 2",
        "篇一",
        "【三】",
        "01 / ",
        "2.1 ",
        "首先，",
        "其一、",
        "①",
    ]
    rng = random.Random(5)
    lines = [start + "工作目标" for start in starts] + ["我们要坚持把各项工作做实做细。", "", "3/4的同学"]
    lines += [
        "".join(rng.choice(starts + ["文", "，", " ", "。", "9", "第", "（"]) for _ in range(4))
        for _ in range(2000)
    ]
    for line in lines:
        assert (sections._ANY_NUMBERED.match(line) is not None) == any(
            p.match(line) for _, p in sections.NUMBERED
        ), line


def test_formal_numerals_head_a_records_parts_and_numbered_items_head_theirs():
    """Taiwanese and formal documents number their top parts with the formal numerals (壹、貳、參、,
    often the number alone in bold: <b>貳、</b>工作報告), above 一、 and （一）. Under a part, items
    named by one word and a number (議題一 / 議題二, 提案一 / 提案二, 案例一) head their own parts at
    the next level, when the word numbers two of them or more from 一; 一、…。 clauses on lines of
    their own under a part stay a list, one too long to head among them too. A lone 方案一 in prose
    heads nothing."""
    body = """<p>時間：民國113年9月7日（星期六）上午9時</p><p>地點：本校圖書館三樓會議室</p>
    <p><font size="3"><b>壹、</b>校長報告</font></p>
    <p>本學期全校新生共一百二十人，比去年增加十五人。校舍耐震補強工程已在暑假完工，各班教室均已恢復使用。</p>
    <p><font size="3"><b>貳、</b>業務報告</font></p>
    <p>一、教務處：本學期起實施新課綱彈性學習課程。<br>二、學務處：九月起推動晨間運動，每週一、三、五早上七點半在操場集合，由體育老師帶領跑步與伸展操，家長可到場陪同。<br>三、總務處：校門口接送區重新劃線完成。</p>
    <p><font size="3"><b>參、</b>討論事項</font></p>
    <p>議題一：家長會會費收支案</p>
    <p>說明：本年度會費收入新臺幣十二萬元，擬用於獎助學金與社團補助。決議：照案通過。</p>
    <p>議題二：校外教學交通安全案</p>
    <p>說明：校外教學遊覽車須查驗車齡及駕駛資格，由家長代表陪同檢查。決議：修正後通過。</p>
    <p><font size="3"><b>肆、</b>散會</font></p>
    <p>上午11時30分。會後另有方案一與方案二兩種校慶日期供各班票選，結果將於下週公告。</p>"""
    assert page_sections(body) == [
        ("intro", 1, None),
        ("section", 1, "壹、校長報告"),
        ("section", 1, "貳、業務報告"),
        ("section", 1, "參、討論事項"),
        ("section", 2, "議題一：家長會會費收支案"),
        ("section", 2, "議題二：校外教學交通安全案"),
        ("section", 1, "肆、散會"),
    ]
    lone = [
        Block("引言。"),
        Block("方案一：提前一周放假"),
        Block(BODY),
        Block("星期一：语文、数学"),
        Block(BODY),
    ]
    assert shape(lone) == [("intro", 1, None)]


def test_a_headings_permalink_anchor_is_no_part_of_it():
    """Static blogs and docs (Hugo, Hexo, MkDocs, Sphinx) put a permalink in each heading, a link to
    the heading's own id that shows only a mark (<a class="anchor" href="#s1">#</a>, a headerlink
    ¶, §, 🔗, VitePress's zero-width space): the mark is no word of the heading. A link in a heading that shows words
    (<a href="#note">附注</a>) and a # that is part of the words (C# 入门) stay."""
    body = f"""<p>{BODY}</p><h2 id="s1"><a class="anchor" href="#s1">#</a> 一、学习目标</h2><p>{BODY}</p>
    <h3 id="s2">具体要求<a class="headerlink" href="#s2" title="Permanent link">¶</a></h3><p>{BODY}</p>
    <h2 id="s3"><a href="#s3">🔗</a>二、C# 入门 <a href="#note">附注</a></h2><p>{BODY}</p>
    <h3 id="s4">课后练习 <a class="header-anchor" href="#s4" aria-label="Permalink">\u200b</a></h3><p>{BODY}</p>"""
    assert page_sections(body) == [
        ("intro", 1, None),
        ("section", 1, "一、学习目标"),
        ("section", 2, "具体要求"),
        ("section", 1, "二、C# 入门 附注"),
        ("section", 2, "课后练习"),
    ]


def test_a_class_the_pages_style_sheet_sets_in_bold_heads_as_bold_does():
    """Local portals set their essays' subheadings by a class alone (<p class="xbt">, the style
    sheet in the page's head making it bold and putting a ◆ before it with ::before): the lines
    read as bold lines do, and head their parts. A class the sheet only colours or sets in a
    normal weight marks nothing."""
    story = "那年冬天特别冷，奶奶把唯一的棉被让给了我，自己披着旧棉袄坐在炉子边，一坐就是一夜。"
    html = (
        "<html><head><title>我家的传家宝_文明网</title><style>.main .xbt{font-weight:bold;color:#b22}"
        '.main .xbt::before{content:"◆ "}.tip{color:#999}.lead{font-weight:normal}</style></head><body>'
        "<h1>我家的传家宝</h1><div class='main'>"
        f"<p>{story}</p><p class='xbt'>一床旧棉被</p><p>{story}</p><p class='tip'>图片来自作者</p>"
        f"<p class='xbt'>一张老照片</p><p>{story}</p><p class='lead'>它们都是我们家的宝贝</p><p>{story}</p>"
        "</div></body></html>"
    )
    got = [(s.kind, s.level, s.heading) for s in process_html(html, None, bundled_rules()).sections]
    assert got == [("intro", 1, None), ("section", 1, "一床旧棉被"), ("section", 1, "一张老照片")]


def _rules_brace_by_brace(sheet: str) -> list[tuple[str, str]]:
    """A style sheet's innermost rules read brace by brace: the selectors since the last brace
    and the declarations up to the next ``}``, where no ``{`` comes first."""
    rules, start = [], 0
    while (opening := sheet.find("{", start)) >= 0:
        closing = sheet.find("}", start)
        if 0 <= closing < opening:
            start = closing + 1  # a block's end before the next rule
            continue
        nxt = min(
            (i for i in (sheet.find("{", opening + 1), sheet.find("}", opening + 1)) if i >= 0), default=-1
        )
        if nxt >= 0 and sheet[nxt] == "}" and opening > start:
            rules.append((sheet[start:opening], sheet[opening + 1 : nxt]))
            start = nxt + 1
        else:
            start = opening + 1
    return rules


@given(st.text(alphabet="ab .@{}\n:", max_size=60))
def test_the_style_sheets_rules_are_the_innermost_brace_pairs(sheet):
    """The bold classes' rules are read in one pass (a rule starts after a brace), as a reading
    brace by brace finds them, nested blocks (@media …{.a{…}}) and stray braces included."""
    from fanwen.extract.blocks import _CSS_RULE

    assert _CSS_RULE.findall(sheet) == _rules_brace_by_brace(sheet)


def test_a_class_set_in_bold_inside_a_media_block_heads_too():
    """A sheet that sets the subheadings' class in bold inside an @media block, after a long list
    of selectors: the class is found as at the top level."""
    from fanwen.extract.blocks import _sheet_hints

    selectors = ",".join(f".col-{i} .item-{i}" for i in range(300))
    sheet = f"@media screen and (min-width:768px){{{selectors}{{margin:0}}.main .xbt{{font-weight:700}}}}.n{{color:red}}"
    assert _sheet_hints((sheet,))[0] == frozenset({"xbt"})  # the bold classes


@given(
    st.lists(
        st.sampled_from(
            [
                "{",
                "}",
                ".a",
                "#b",
                " ",
                ",",
                ";",
                "@media x",
                "font-weight:bold",
                "FONT-WEIGHT: 700",
                "white-space:pre",
                "White-Space:normal",
                "font-weight",
                "color:red",
                "ſ",
                "ı",
                "İ",
                "K",
                "é",
                "\n",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_a_sheets_hints_read_only_the_rules_that_name_weight_or_white_space(sheet):
    """Of a long style sheet (en-aeb's: 60,000 characters a page) only the rules whose
    declarations name font-weight or white-space are read, found by those words: the same hints
    as reading every rule (stray braces, nested blocks, a character re.I folds to s included)."""
    from fanwen.extract import blocks

    assert blocks._sheet_hints.__wrapped__((sheet,)) == blocks._hints_of_rules(_every_rule(sheet))


def _every_rule(sheet):
    from fanwen.extract.blocks import _CSS_RULE

    return _CSS_RULE.findall(sheet)


def test_keycap_numbers_head_a_notes_parts_and_a_summing_up_opener_concludes():
    """A lifestyle note numbers its parts with keycap emoji (1️⃣ 2️⃣ 3️⃣ at the start of short lines)
    and closes with 总结一下：…; a traditional-script page closes with 總括而言，… (the same openers in
    either script). Keycap lines that are whole items one after another (1️⃣早睡早起。) stay a list."""
    note = [Block("上周帮表妹准备了开学要带的东西，清单整理如下👇"), Block("1️⃣证件类：一个都不能少"), Block(BODY),
            Block("2️⃣生活用品：宿舍能买到的少带"), Block(BODY), Block("3️⃣电子产品：充电器别忘了"), Block(BODY),
            Block("总结一下：证件带齐，生活用品少带，电子产品检查好。")]  # fmt: skip
    assert shape(note) == [
        ("intro", 1, None), ("section", 1, "1️⃣证件类：一个都不能少"), ("section", 1, "2️⃣生活用品：宿舍能买到的少带"),
        ("section", 1, "3️⃣电子产品：充电器别忘了"), ("conclusion", 1, None),
    ]  # fmt: skip
    habits = [
        Block("三个好习惯："),
        Block("1️⃣早睡早起。"),
        Block("2️⃣每天运动半小时。"),
        Block("3️⃣少喝含糖饮料。"),
    ]
    assert shape(habits) == [("intro", 1, None)]
    trip = [Block("一月去了北海道。"), Block("札幌", heading=2), Block(BODY), Block("函館", heading=2), Block(BODY),
            Block("總括而言，冬天的北海道很美，但行程不宜太密。")]  # fmt: skip
    assert shape(trip)[-1] == ("conclusion", 1, None)


def test_stem_numbers_head_the_points_under_a_lesson_plans_parts_and_a_lone_bold_field_line_is_its_intro():
    """Hong Kong and Taiwanese documents number the points inside a part with the heavenly stems in
    brackets (（甲）（乙）（丙）), one level below 一．/二．. A bold field line before the outline
    (<b>教學目標：認識二十四節氣</b>, a label and its value, the only line so set) says what the text is
    about, and is the intro's; a bold part name (前言) still heads."""
    text = "老師先請學生分享家中過節的習慣，再播放短片介紹節氣的由來與農事的關係。"
    plan = [Block("教學目標：認識二十四節氣", bold=True), Block(text), Block("一．教學準備", heading=4), Block(text),
            Block("二．教學活動", heading=4), Block("（甲）引起動機"), Block(text),
            Block("（乙）發展活動"), Block(text), Block("三．綜合評量", heading=4), Block(text)]  # fmt: skip
    assert shape(plan) == [
        ("intro", 1, None), ("section", 1, "一．教學準備"), ("section", 1, "二．教學活動"),
        ("section", 2, "（甲）引起動機"), ("section", 2, "（乙）發展活動"), ("section", 1, "三．綜合評量"),
    ]  # fmt: skip
    preface = [Block("前言", bold=True), Block(text), Block("一．教學準備", heading=4), Block(text)]
    assert shape(preface) == [("section", 1, "前言"), ("section", 2, "一．教學準備")]


def test_a_line_in_a_heading_face_heads_with_a_quoted_label_and_the_last_paragraph_naming_every_part_concludes():
    """A school's club report heads its parts in 黑体 with a quoted nickname, a colon and a phrase
    (“小园丁”：校园菜地有我们), and closes with a paragraph that names every part again (孩子们是…的
    “小书虫”，是…的“小园丁”，也是…的“小画家”), a signer and a date under it at most: that paragraph
    sums the parts up and is the conclusion, as an essay's last paragraph naming its three keepsakes
    (一把算盘…一本账簿…一句规矩…) is. A last paragraph that names one part only is the last part's text."""
    story = "社团成立第一学期，队员们在老师带领下翻土、播种，每天放学后轮流给菜地浇水、拔草。"
    heads = ["“小书虫”：每周读完一本好书", "“小园丁”：校园菜地有我们", "“小画家”：把四季画下来"]
    blocks = [Block("星光社团成立于2023年，现有队员四十二人。", font="宋体")]
    for head in heads:
        blocks += [Block(head, font="黑体"), Block(story * 2, font="宋体")]
    summing = Block(
        "一年下来，孩子们是读书角的“小书虫”，是菜地边的“小园丁”，也是美术室里的“小画家”。", font="宋体"
    )
    assert shape([*blocks, summing]) == [
        ("intro", 1, None),
        *[("section", 1, h) for h in heads],
        ("conclusion", 1, None),
    ]
    signed = [Block("星光小学少先队大队部", font="宋体"), Block("2025年6月20日", font="宋体")]
    assert [s.kind for s in split_sections([*blocks, summing, *signed])][-1] == "conclusion"
    one = Block("一年下来，不少队员成了读书角的“小书虫”，每周都去借新书。", font="宋体")
    assert shape([*blocks, one])[-1] == ("section", 1, heads[-1])


def test_a_bold_note_wholly_in_brackets_heads_nothing():
    """A teacher's note set in bold between an essay's bold parts (<b>（本段为老师批注：…。）</b>, or a
    class the style sheet sets bold) is an aside wholly in brackets, never a heading (review R13)."""
    blocks = [Block("开头。"), Block("赛前准备", bold=True), Block(BODY), Block("（本段为老师批注：细节真实，描写生动。）", bold=True),
              Block("激烈的比赛", bold=True), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("intro", 1, None), ("section", 1, "赛前准备"), ("section", 1, "激烈的比赛")]


def test_a_table_of_contents_label_heads_nothing():
    """A blog's markdown table of contents opens with its label (文章目录, 本文目录, Contents) in a
    heading of its own, the entries gone as links: the label names no part of the article, and the
    outline under it keeps its levels. A part named 目录管理 in a manual still heads."""
    blocks = [Block("秋招结束了，写篇复盘。"), Block("文章目录", heading=2), Block("一、简历", heading=2), Block(BODY),
              Block("1. 项目经历", heading=3), Block(BODY), Block("二、面试", heading=2), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("intro", 1, None), ("section", 1, "一、简历"), ("section", 2, "1. 项目经历"),
                             ("section", 1, "二、面试")]  # fmt: skip
    manual = [
        Block("引言。"),
        Block("目录管理", heading=2),
        Block(BODY),
        Block("文件管理", heading=2),
        Block(BODY),
    ]
    assert [h for _, _, h in shape(manual)] == [None, "目录管理", "文件管理"]


def test_dash_led_items_of_a_proposal_are_no_lead_sentence_headings():
    """A proposal or an appeal lists what it asks in paragraphs led by a dash (——从家庭做起，…。),
    items of one list, not the parts of a report; with them gone, the lone saying that opens the
    first paragraph (水是生命之源。) has no company and heads nothing either."""
    rest = "淘米水可以浇花，洗衣水可以拖地，一水多用，每户每月能省下不少水费，也为小区减轻了供水压力。"
    blocks = [Block("全体居民朋友们："), Block("水是生命之源。" + rest)] + [
        Block(f"——从{who}做起，{what}。" + rest)
        for who, what in (
            ("家庭", "养成随手关龙头的习惯"),
            ("细节", "检查家中的用水设施"),
            ("身边", "做节水的监督员"),
        )
    ]
    assert shape(blocks) == [("intro", 1, None)]


def test_numbered_lines_with_nothing_under_them_are_a_list_or_a_closing_clause():
    """Headings have text under them. Keycap lines one after another with nothing under any
    (1️⃣ 出发前检查天气预报 / 2️⃣ … / 3️⃣ … closing a note, no 。) are a checklist, and a numbered
    whole sentence with nothing under it (陸、本計畫經校長核定後實施，修正時亦同。 ending a plan whose other
    parts are field lines; 二、完成會員資料電子化…。 under 壹、, its sibling 一、 too long to head)
    is a clause of the text, not a part (review R3, R7)."""
    note = [Block("第一次去露营。"), Block("帐篷", heading=2), Block(BODY), Block("炊具", heading=2), Block(BODY),
            Block("1️⃣ 出发前检查天气预报"), Block("2️⃣ 营地选平坦、远离河道的地方"), Block("3️⃣ 离开时带走所有垃圾")]  # fmt: skip
    assert shape(note) == [("intro", 1, None), ("section", 1, "帐篷"), ("section", 1, "炊具")]
    plan = [Block("壹、依據：本校行事曆及年度校務計畫辦理，並參照教育局來函之規定與各處室之建議。"),
            Block("貳、目的：增進學生體能，培養團隊合作精神，並藉此推動全校師生之健康生活。"),
            Block("陸、本計畫經校長核定後實施，修正時亦同。")]  # fmt: skip
    assert shape(plan) == [("intro", 1, None)]
    report = [Block("本會年度成果報告如下。"), Block("壹、會務工作", bold=True),
              Block("一、本年度召開會員大會一次、理監事會四次，新增會員二十三人，現有會員三百一十二人，出席率均在八成以上。"),
              Block("二、完成會員資料電子化，會員可透過網路查詢繳費紀錄。"), Block("貳、環境維護", bold=True), Block(BODY)]  # fmt: skip
    assert shape(report) == [
        ("intro", 1, None),
        ("section", 1, "壹、會務工作"),
        ("section", 1, "貳、環境維護"),
    ]


def test_a_scripts_acts_and_scenes_head_its_parts_and_a_first_snow_is_prose():
    """A play or a sketch (话剧, 小品, 课本剧) heads its parts 第一幕 / 第二场, a place after the
    number (第一场 教室): parts of the script, 幕 above 场. 第一场雪… opening a paragraph of prose is
    the first snow, and 第一场比赛 a match."""
    line = "（灯亮。小周抱着一摞旧书走上台，把书放在长椅上。）"
    blocks = [Block("人物：小周、老周"), Block("第一幕 旧书摊"), Block("第一场 清晨"), Block(line),
              Block("第二场 傍晚"), Block(line), Block("第二幕 新书店"), Block(line)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("section", 1, "第一幕 旧书摊"), ("section", 2, "第一场 清晨"),
        ("section", 2, "第二场 傍晚"), ("section", 1, "第二幕 新书店"),
    ]  # fmt: skip
    scenes = [Block("人物：小周"), Block("第一场"), Block(line), Block("第二场"), Block(line)]
    assert [h for _, _, h in shape(scenes)] == [None, "第一场", "第二场"]
    # a series' games, each a paragraph opening 第一场 and a space, are prose (review R39)
    games = [Block("系列赛回顾。"), Block("第一场 红队开局连得八分，最终以九十比八十取胜。" + BODY),
             Block("第二场 蓝队主场扳回一局，比分咬得很紧。" + BODY), Block("第三场 红队再胜，捧起奖杯。" + BODY)]  # fmt: skip
    assert shape(games) == [("intro", 1, None)]
    prose = [
        Block("第一场雪落下来的时候，我正在回家的路上。" + BODY),
        Block("第一场比赛我们输了。"),
        Block(BODY),
    ]
    assert shape(prose) == [("intro", 1, None)]


def test_glyph_lines_naming_an_award_and_its_winner_head_the_pieces_the_title_counts():
    """A collection of award citations heads each piece with a glyph and a label line (◎ 最美
    志愿者：某某, the award, a colon, the winner's name) built of spans, neither bold nor a heading
    tag; the page's title counts the pieces (（精选3篇）), so they are essays. A glyph line that is a
    label and a sentence (● 提示：请提前十分钟入场。) is a note, and a lone ◎ line no heading."""
    citation = "三年来，你每个周末都到社区养老院陪老人读报、理发，风雨无阻，从不缺席。"
    blocks = [Block("◎ 最美志愿者：吴晓光"), Block(citation), Block("◎ 科技创新之星：韩一帆"), Block(citation),
              Block("◎ 阅读推广之星：许清"), Block(citation)]  # fmt: skip
    got = [(s.kind, s.level, s.heading) for s in split_sections(blocks, "校园人物颁奖词（精选3篇）")]
    assert got == [
        ("essay", 1, "◎ 最美志愿者：吴晓光"), ("essay", 1, "◎ 科技创新之星：韩一帆"), ("essay", 1, "◎ 阅读推广之星：许清"),
    ]  # fmt: skip
    assert [h for _, _, h in shape(blocks)] == [
        "◎ 最美志愿者：吴晓光",
        "◎ 科技创新之星：韩一帆",
        "◎ 阅读推广之星：许清",
    ]
    notes = [Block("开头。"), Block("● 提示：请提前十分钟入场。"), Block(BODY), Block("● 注意：会场内请勿吸烟。"),
             Block(BODY)]  # fmt: skip
    assert shape(notes) == [("intro", 1, None)]
    assert shape([Block("开头。"), Block("◎ 主办单位：市图书馆"), Block(BODY)]) == [("intro", 1, None)]
    # a post's photo credits under its pictures (◎ 图：某某摄 / ◎ 来源：…) are captions, no pieces
    credits = [Block("开头。"), Block("◎ 图：网友拍摄的晚霞"), Block(BODY), Block("◎ 图片：小区门口的银杏"), Block(BODY),
               Block("◎ 来源：本地气象台"), Block(BODY)]  # fmt: skip
    assert shape(credits) == [("intro", 1, None)]


def test_a_bulletins_contents_label_heads_nothing():
    """A bulletin (工作简报, 信息专报) lists its items under 本期要目 / 本期目录 at the top: the label
    names no part of the issue, as 目录 does not (it stays text; strip decides whether the list
    goes); the column labels under it head."""
    blocks = [Block("本期要目", font="黑体"), Block("【工作动态】"), Block("全区启动秋季植树活动", bold=True, centered=True),
              Block(BODY), Block("【简讯】"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("section", 1, "【工作动态】"), ("section", 2, "全区启动秋季植树活动"),
        ("section", 1, "【简讯】"),
    ]  # fmt: skip


def test_a_header_cell_over_its_prose_heads_and_a_header_row_heads_nothing():
    """A field table's header cell (<th>问题描述</th> beside or above the cell that holds the prose:
    a hotline's reply page, a consultation, a letter and its answer) names the part of text the
    row holds; header cells one after another are a table's header row, and head nothing."""
    blocks = [Block("问题描述", tag="th"), Block("我家楼下的路灯坏了半个月，晚上出门很不方便。"), Block(BODY),
              Block("处理结果", tag="th"), Block("经核实，路灯线路老化，已于本周更换。"), Block(BODY)]  # fmt: skip
    assert shape(blocks) == [("section", 1, "问题描述"), ("section", 1, "处理结果")]
    row = [Block("开头。"), Block("项目", tag="th"), Block("数量", tag="th"), Block("备注", tag="th"),
           Block("扫帚"), Block("十把")]  # fmt: skip
    assert shape(row) == [("intro", 1, None)]


def test_a_title_printed_in_pieces_over_several_lines_at_the_top_heads_nothing():
    """A bulletin's masthead prints its title in pieces (the series, 校园安全简报, in red over the
    issue, 第3期); a Word notice breaks a long title over two centred lines (关于做好寒假安全工作的 /
    通知). The lines at the top that, read together, are the page's title (brackets aside) head
    nothing, and the outline under them keeps level 1. A first heading that is only a word of the
    title (安全) heads its part."""
    masthead = [Block("校园安全简报", centered=True, font="黑体"), Block("第3期", centered=True, font="楷体"),
                Block("【工作动态】"), Block("全校开展消防疏散演练", bold=True, centered=True), Block(BODY),
                Block("【经验交流】"), Block("食堂实行明厨亮灶", bold=True, centered=True), Block(BODY)]  # fmt: skip
    got = [
        (s.kind, s.level, s.heading) for s in split_sections(masthead, title="实验中学校园安全简报（第3期）")
    ]
    assert got == [
        ("intro", 1, None), ("section", 1, "【工作动态】"), ("section", 2, "全校开展消防疏散演练"),
        ("section", 1, "【经验交流】"), ("section", 2, "食堂实行明厨亮灶"),
    ]  # fmt: skip
    notice = [Block("关于做好寒假安全工作的", bold=True, centered=True), Block("通知", bold=True, centered=True),
              Block("各班级：寒假将至，现就有关事项通知如下。"), Block("一、交通安全", bold=True), Block(BODY),
              Block("二、用电安全", bold=True), Block(BODY)]  # fmt: skip
    got = [s.heading for s in split_sections(notice, title="关于做好寒假安全工作的通知_实验中学")]
    assert got == [None, "一、交通安全", "二、用电安全"]
    word = [
        Block("安全", bold=True, centered=True),
        Block(BODY),
        Block("卫生", bold=True, centered=True),
        Block(BODY),
    ]
    assert [s.heading for s in split_sections(word, title="校园安全简报")] == ["安全", "卫生"]


def test_a_summing_up_paragraph_before_the_writers_sign_off_and_signature_concludes():
    """A report to an organisation (思想汇报, 述职报告) sums up (总之，…), then signs off (以上是我的…，
    恳请批评指正), then gives the signer and the date on lines of their own: the sign-off and the
    signature close the conclusion, and do not push the summing-up out of the piece's last
    paragraphs. A 总之 far from the end, before more of the argument, is no conclusion: the sign-off over its
    signature concludes alone (session 20, tests/test_sections_20.py)."""
    tail = [Block("总之，这段时间的学习让我收获很多，我将继续努力。"), Block("以上是我的思想汇报，恳请组织批评指正。"),
            Block("汇报人：某某"), Block("2026年3月1日")]  # fmt: skip
    blocks = [Block("敬爱的党组织："), Block("学习中的体会", bold=True), Block(BODY), Block("工作中的体会", bold=True),
              Block(BODY), Block(BODY), *tail]  # fmt: skip
    assert [k for k, _, _ in shape(blocks)] == ["intro", "section", "section", "conclusion"]
    assert split_sections(blocks)[-1].text.endswith("2026年3月1日")
    early = [*blocks[:5], tail[0], Block(BODY), Block(BODY), Block(BODY), *tail[1:]]
    assert [k for k, _, _ in shape(early)] == ["intro", "section", "section", "conclusion"]
    assert split_sections(early)[-1].text.startswith("以上是我的思想汇报")


def test_a_closing_paragraph_set_apart_after_the_last_part_concludes():
    """A blog sets its closing paragraph apart after a rule (<hr>), or a community page folds each
    part into a <details> and closes outside them: the paragraph after the last part belongs to
    none of the parts, and closes the piece when it is prose of its own (two sentences or more).
    A note set apart the same way (注：… / 说明：…), a one-line remark, a signature line or an aside in brackets
    is no conclusion (the writer signing off there, 以上，希望对你有用, concludes as the writer's sign-off on the
    whole text since session 25), and a paragraph set apart inside the last part's text, with more of it after,
    is that part's."""
    closing = "一学期下来，我最大的体会是：耐心比方法更重要。下学期我还会接着记下去。"
    blocks = [Block("开头。"), Block("一、做法"), Block(BODY), Block("二、体会"), Block(BODY), Block(BODY),
              Block(closing, apart=True)]  # fmt: skip
    assert [k for k, _, _ in shape(blocks)] == ["intro", "section", "section", "conclusion"]
    signed = shape([*blocks[:-1], Block("以上，希望对你有用。", apart=True)])
    assert signed[-1] == ("conclusion", 1, None)
    for other in (
        "（本文作者为小学语文教师。）",
        "2026年1月",
        "引用通告: /trackback.php?p=12",
        "注：文中的人数均为学校教务处的统计。",
        "说明：本文两处案例已征得家长同意。照片由班主任提供。",
        "一学期下来，我学会了耐心。",
    ):
        assert [k for k, _, _ in shape([*blocks[:-1], Block(other, apart=True)])][-1] == "section"
    linked = Block("相关推荐：学期总结怎么写？班主任工作心得。", apart=True, link_density=0.8)
    assert [k for k, _, _ in shape([*blocks[:-1], linked])][-1] == "section"
    inside = [*blocks[:5], Block(closing, apart=True), Block(BODY), Block(BODY), Block(BODY)]
    assert [k for k, _, _ in shape(inside)][-1] == "section"
    body = (
        "<p>开头。</p><details open><summary>一、做法</summary>"
        f"<p>{BODY}</p></details><details open><summary>二、体会</summary><p>{BODY}</p></details><p>{closing}</p>"
    )
    assert [k for k, _, _ in page_sections(body)] == ["intro", "section", "section", "conclusion"]


def test_dated_entries_of_a_diary_are_its_pieces():
    """A diary or a work log posted as one text heads each entry by its date line (5月4日 星期一 晴,
    2026年5月11日): a collection of entries, each a piece of its own like 篇一, so essays; sub-headings
    inside an entry sit one level down. One date line alone (a report's 5月4日 over its paragraph)
    is a section, as before."""
    entry = "早上跟着班主任去家访，山路很陡，走了一个多小时才到。孩子的奶奶拿出煮好的鸡蛋招待我们。"
    blocks = [Block("实习开始了，我决定每周记一篇。"), Block("5月4日 星期一 晴", bold=True), Block(entry),
              Block("5月11日 星期一 多云", bold=True), Block(entry), Block("2026年5月18日", bold=True), Block(entry)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("essay", 1, "5月4日 星期一 晴"), ("essay", 1, "5月11日 星期一 多云"),
        ("essay", 1, "2026年5月18日"),
    ]  # fmt: skip
    one = [
        Block("开头。"),
        Block("5月4日", bold=True),
        Block(entry),
        Block("后续安排", bold=True),
        Block(entry),
    ]
    assert [k for k, _, _ in shape(one)] == ["intro", "section", "section"]


def test_dingbat_numbered_steps_head_a_manual_and_a_line_of_prices_heads_nothing():
    """A product manual numbers its steps with dingbat circled numbers on lines of their own (❶ 开箱
    检查 over its paragraphs, the number and the name in two spans, no bold), its sub-steps bold
    under them; a product card's bold line of prices (¥89.00 ¥129.00) names nothing. Circled notes
    at the end (①参见…。) stay text (test_circled_notes_outside_an_outline_head_nothing)."""
    step = "打开包装后，请对照清单检查配件是否齐全，如有缺损请联系客服。"
    blocks = [Block("感谢购买本产品。"), Block("❶开箱检查"), Block(step), Block("❷安装步骤"),
              Block("▸ 测量门厚", bold=True), Block(step), Block("¥59.00 ¥99.00", bold=True),
              Block("▸ 固定面板", bold=True), Block(step), Block("❸日常维护"), Block(step)]  # fmt: skip
    assert shape(blocks) == [
        ("intro", 1, None), ("section", 1, "❶开箱检查"), ("section", 1, "❷安装步骤"), ("section", 2, "▸ 测量门厚"),
        ("section", 2, "▸ 固定面板"), ("section", 1, "❸日常维护"),
    ]  # fmt: skip


def test_a_summing_up_marker_after_a_topic_phrase_or_a_look_back_concludes_and_a_plain_last_paragraph_does_not():
    """A piece closes with a paragraph that sums it up in a discourse marker of its own: opening it
    (回头看，… looking back over the parts; 归根结底，…) or right after the topic it sums up
    (养花这件事，说到底…, the topic the title names). Such a paragraph after the last part's own text
    concludes; a last paragraph that only goes on (another remark, a wish) stays its part's, and
    the marker inside a sentence (每学期回头看一次计划), after a connective (另一方面，说到底…) or in
    the last part's first paragraph is no summing-up."""

    def shape(blocks):
        return [(s.kind, s.level, s.heading) for s in split_sections(blocks, "阳台养花一年，我的几点心得")]

    parts = [Block("开头。"), Block("选盆", bold=True), Block(BODY), Block("浇水", bold=True), Block(BODY),
             Block("施肥", bold=True), Block(BODY)]  # fmt: skip
    for closing in (
        "养花这件事，说到底是一份耐心。急不来，也省不得。",
        "回头看，这一年养死的花比养活的多。但每一盆都教会了我一点东西。",
        "归根结底，花是养给自己看的。开不开花，都值得。",
        # session 13 (blind v05, x01): 整体来看 beside 总体来看; 总结一下 after 最后
        "整体来看，养花这一年收获比损失多。明年还养。",
        "最后总结一下：花要少浇，土要透气。其余随缘。",
    ):
        assert [k for k, _, _ in shape([*parts, Block(closing)])][-1] == "conclusion", closing
    for other in (
        "下个月我打算再试试多肉。到时候再来写一篇。",
        "每学期回头看一次计划，看看哪些做到了。这个习惯我坚持了三年。",
        "另一方面，说到底是我自己太心急。下次换个办法。",
    ):
        assert [k for k, _, _ in shape([*parts, Block(other)])][-1] == "section", other
    first = [*parts[:-1], Block("养花这件事，说到底是一份耐心。急不来，也省不得。"), Block(BODY)]
    assert [k for k, _, _ in shape(first)][-1] == "section"


def test_a_look_back_in_a_storys_last_part_is_a_turn_of_the_head_unless_it_speaks_of_the_whole():
    """回头看，… opens a look back over the piece only when what it looks back at is the piece's
    topic (a pair of characters of the title) or its whole span (这一年 / 这几天 / 一路走来); in a
    story it is as often the walker turning round (回头看，刚过的石桥…), a line of the last part."""
    title = "秋天去西山徒步"

    def kinds(closing):
        blocks = [Block("出门时天刚亮。"), Block("一、进山", bold=True), Block("我们沿着溪边的小路往里走。"),
                  Block("二、登顶", bold=True), Block("山顶的风很大，吹得人站不稳。"), Block("三、返程", bold=True),
                  Block("下山走的是另一条路，比来时平缓。"), Block(closing), Block("到村口时，路灯已经亮了。")]  # fmt: skip
        return [(s.kind, s.heading) for s in split_sections(blocks, title)]

    turned = kinds("回头看，刚才走过的那座石桥已经看不见了，只听得到溪水的声音。")
    assert turned[-1] == ("section", "三、返程"), turned
    for whole in ("回头看，这几天走下来，腿酸了，心却静了。", "回头看，西山的秋天比我想的更安静。"):
        assert kinds(whole)[-1] == ("conclusion", None), whole
    # Session 13 (blind v03, x03): the span glued to the look back, no comma between (回过头看这两天，…).
    for whole in ("回过头看这两天，腿酸了，心却静了。", "回頭看這一趟，累是累，值得。"):
        assert kinds(whole)[-1] == ("conclusion", None), whole
    for turned in ("回头看这座石桥，已经被雾遮住了一半。", "回头看第一座山头，已经很远了。"):
        assert kinds(turned)[-1] == ("section", "三、返程"), turned


def test_a_text_set_in_bold_by_its_sheet_marks_no_heading_by_its_bold():
    """A site's sheet may set the whole text in bold (.content{font-weight:700}; blind sets Q, S, V and X, sessions
    11 and 12): bold is then the body's style, as a body font is, and a short bold sentence of a part is no heading.
    The parts' own heads (h3, numbered lines) still head them. Our own pages: a bike-repair note, a recipe."""
    body = (
        "链条上油以后要用干布把外面多余的油擦掉，不然很容易沾上泥沙，反而磨损得更快，雨天骑行以后尤其要注意。"
    )
    blocks = [
        Block(
            "自行车链条多久保养一次，要看骑行的路况和天气，这里说说我自己这几年来的做法和一点经验。",
            bold=True,
        ),
        Block("一、清洗", bold=True),
        Block(body, bold=True),
        Block("这一步最容易被忽略。", bold=True),
        Block("二、上油", bold=True),
        Block(body, bold=True),
    ]
    assert [(s.kind, s.heading) for s in split_sections(blocks)] == [
        ("intro", None),
        ("section", "一、清洗"),
        ("section", "二、上油"),
    ]
    # h3 heads of a bold text head their parts; a bold closing line is text
    recipe = [
        Block("番茄炒蛋是最常见的家常菜，做法简单，但想炒得嫩滑也有几个小窍门值得注意一下。", bold=True),
        Block("备料", tag="h3", heading=3, bold=True),
        Block(body, bold=True),
        Block("火候", tag="h3", heading=3, bold=True),
        Block(body, bold=True),
        Block("出锅前撒点葱花就好。", bold=True),
    ]
    assert [s.heading for s in split_sections(recipe)] == [None, "备料", "火候"]


def test_a_notice_whose_one_paragraph_is_a_bold_lead_keeps_its_bold_sub_heads():
    """A notice's only paragraph of prose length may be its bold lead sentence, the rest short lines of
    times and places under bold sub-heads: that is no body set in bold, and the sub-heads head their
    parts (review S16). Our own page: a library's summer reading class."""
    blocks = [
        Block(
            "为帮助中小学生养成阅读习惯，市图书馆将在暑假开设少儿阅读班，现将报名事项通知如下。", bold=True
        ),
        Block("报名时间", bold=True),
        Block("7月1日至7月5日，每天9:00至17:00。"),
        Block("报名地点", bold=True),
        Block("市图书馆一楼少儿借阅室。"),
        Block("注意事项", bold=True),
        Block("请携带读者证，每人限报一个班。"),
    ]
    assert [s.heading for s in split_sections(blocks)] == [None, "报名时间", "报名地点", "注意事项"]
    # and with a bold closing reminder too: two bold paragraphs, the plain lines still weigh
    closing = Block("名额有限，报满即止，请家长们提前安排好孩子的时间，按时到馆参加开班仪式。", bold=True)
    assert [s.heading for s in split_sections([*blocks, closing])][:4] == [
        None,
        "报名时间",
        "报名地点",
        "注意事项",
    ]


def test_glyph_led_heads_of_one_markup_nest_below_its_plain_heads():
    """A blog sets its stages and the items under them alike (bold lines), and leads the items by
    a glyph (▍ 米糊 / ■ 步骤): within one markup the glyph-led lines are a heading family of their
    own, first seen inside a plain one, so one level down. Where every bold head bears the
    glyph they stay one family at one level."""
    blocks = [Block("开头。"), Block("第一阶段：准备", bold=True), Block("▍选工具", bold=True), Block(BODY),
              Block("▍备材料", bold=True), Block(BODY), Block("第二阶段：动手", bold=True), Block("▍打底", bold=True),
              Block(BODY), Block("我的小提醒", bold=True), Block(BODY)]  # fmt: skip
    assert [(lv, h) for _, lv, h in shape(blocks)[1:]] == [
        (1, "第一阶段：准备"), (2, "▍选工具"), (2, "▍备材料"), (1, "第二阶段：动手"), (2, "▍打底"), (1, "我的小提醒"),
    ]  # fmt: skip
    alike = [
        Block("开头。"),
        Block("▍选工具", bold=True),
        Block(BODY),
        Block("▍备材料", bold=True),
        Block(BODY),
    ]
    assert [lv for _, lv, _ in shape(alike)] == [1, 1, 1]


def test_a_collections_pieces_grouped_under_headings_nest_below_them():
    """A collection the title counts (（精选4篇）) may group its pieces under headings of another
    family (<h2>一、开业致辞</h2> over ◇ pieces): each group heading comes right before a piece and
    holds only pieces, so the groups are level 1 and the pieces level 2 below them."""
    speech = "各位来宾：今天我们欢聚一堂，共同庆祝这个好日子。请大家吃好喝好！"
    blocks = [Block("一、开业致辞", tag="h2", heading=2), Block("◇ 店长开业致辞"), Block(speech),
              Block("◇ 来宾开业致辞"), Block(speech), Block("二、乔迁致辞", tag="h2", heading=2),
              Block("◇ 主人乔迁致辞"), Block(speech), Block("◇ 邻居乔迁致辞"), Block(speech)]  # fmt: skip
    got = [(s.kind, s.level, s.heading) for s in split_sections(blocks, "开业乔迁致辞（精选4篇）")]
    assert got == [
        ("section", 1, "一、开业致辞"), ("essay", 2, "◇ 店长开业致辞"), ("essay", 2, "◇ 来宾开业致辞"),
        ("section", 1, "二、乔迁致辞"), ("essay", 2, "◇ 主人乔迁致辞"), ("essay", 2, "◇ 邻居乔迁致辞"),
    ]  # fmt: skip


INTRO = (
    "绝育是猫咪一生中最常见的手术之一，手术本身只要半小时左右，但术后一周的护理同样重要。"
    "下面按时间顺序，把每个阶段要注意的事情整理出来，给第一次养猫的家长参考。"
)


def test_disclosure_buttons_of_an_accordion_and_aria_headings_head_their_panels():
    """A guide folded into an accordion heads each panel by the button that opens it (the WAI-ARIA
    accordion pattern: ``<h3><button aria-expanded aria-controls=panel>`` or the bare button before
    its panel), and a page that draws its headings with ``role="heading"`` gives their level in
    ``aria-level``. Their words are the sections' headings, not dropped with the page's controls. A
    lone toggle that unfolds the article (展开全文) or a share button heads nothing, and a button
    whose panel is not on the page stays a control."""
    paras = [
        "术后六小时内不要喂食喂水，之后可以先给少量温水，观察有没有呕吐，再慢慢恢复正常饮食。麻药没过的时候它走路会晃，别让它跳上高处。",
        "伤口可能有轻微红肿，每天看一次，如果渗液或者猫咪一直舔，就要戴上伊丽莎白圈。猫砂换成纸砂，免得颗粒粘在伤口上。",
        "一般十天左右拆线，复查时医生会看伤口愈合情况，顺便称一下体重。绝育以后容易发胖，口粮要换成低热量的配方。",
    ]
    items = "".join(
        f'<div class="item"><button type="button" aria-expanded="true" aria-controls="p{i}">{name}</button>'
        f'<div id="p{i}" role="region"><p>{paras[i]}</p></div></div>'
        for i, name in enumerate(["术后当天", "术后第二天", "拆线与复查"])
    )
    body = f"<p>{INTRO}</p><div class='accordion'>{items}</div>"
    assert page_sections(body) == [
        ("intro", 1, None), ("section", 1, "术后当天"), ("section", 1, "术后第二天"), ("section", 1, "拆线与复查"),
    ]  # fmt: skip
    # A closing paragraph after the last panel stands outside the parts, as one after a </details> does.
    closing = "术后护理的关键就是三点：看住伤口、管住运动、控制体重。只要按上面的时间表做，大多数猫咪一周左右就能恢复。"
    assert page_sections(f"{body}<p>{closing}</p>")[-1] == ("conclusion", 1, None)
    wrapped = body.replace("<button", "<h3><button").replace("</button>", "</button></h3>")
    assert [h for _, _, h in page_sections(wrapped)] == [None, "术后当天", "术后第二天", "拆线与复查"]
    aria = (
        f"<p>{INTRO}</p>"
        f'<div role="heading" aria-level="2">术后当天</div><p>{paras[0]}</p>'
        f'<div role="heading" aria-level="3">喂食</div><p>{paras[1]}</p>'
        f'<div role="heading" aria-level="2">拆线与复查</div><p>{paras[2]}</p>'
    )
    assert page_sections(aria) == [
        ("intro", 1, None), ("section", 1, "术后当天"), ("section", 2, "喂食"), ("section", 1, "拆线与复查"),
    ]  # fmt: skip
    toggle = (
        f'<div id="full"><p>{paras[0]}</p><p>{paras[1]}</p><p>{paras[2]}</p></div>'
        '<button aria-expanded="false" aria-controls="full">展开全文</button>'
        '<button aria-controls="nowhere">分享</button><button aria-controls="nowhere2">收藏</button>'
    )
    assert [(k, h) for k, _, h in page_sections(toggle)] == [("intro", None)]
    # Two levels up: the Bootstrap card accordion wraps the button in a header (a card-header div,
    # an <h2>) and puts the panel after that header; a definition list puts it in the next <dd>.
    cards = "".join(
        f'<div class="card"><div class="card-header"><h2><button aria-controls="c{i}">{name}</button></h2></div>'
        f'<div id="c{i}" class="collapse show"><div class="card-body">{paras[i]}</div></div></div>'
        for i, name in enumerate(["术后当天", "术后第二天", "拆线与复查"])
    )
    assert [h for _, _, h in page_sections(f"<p>{INTRO}</p><div id='acc'>{cards}</div>")] == [
        None, "术后当天", "术后第二天", "拆线与复查",
    ]  # fmt: skip
    terms = "".join(
        f'<dt><button aria-controls="d{i}">{name}</button></dt><dd id="d{i}"><p>{paras[i]}</p></dd>'
        for i, name in enumerate(["术后当天", "术后第二天", "拆线与复查"])
    )
    assert [h for _, _, h in page_sections(f"<p>{INTRO}</p><dl>{terms}</dl>")][1:] == [
        "术后当天",
        "术后第二天",
        "拆线与复查",
    ]


def test_a_lone_toggle_a_hidden_panel_and_an_inline_aria_heading_head_nothing():
    """The controls around a text are no headings of it: a lone 展开全文 above the folded rest of the
    text (one disclosure, not an accordion's parts), a 查看答案 whose panel is hidden, and
    ``role="heading"`` on a word inside a sentence. Their words stay out of the text, and the
    sentence stays whole."""
    paras = [
        "伤口可能有轻微红肿，每天看一次，如果渗液或者猫咪一直舔，就要戴上伊丽莎白圈。猫砂换成纸砂，免得颗粒粘在伤口上。",
        "一般十天左右拆线，复查时医生会看伤口愈合情况，顺便称一下体重。绝育以后容易发胖，口粮要换成低热量的配方。",
    ]
    more = (
        f'<p>{INTRO}</p><button aria-expanded="false" aria-controls="rest">展开全文</button>'
        f'<div id="rest" class="collapsed"><p>{paras[0]}</p><p>{paras[1]}</p></div>'
    )
    html = (
        "<html><head><title>文章标题_示例网</title></head><body><h1>文章标题</h1>"
        f"<div class='content'>{more}</div></body></html>"
    )
    article = process_html(html, None, bundled_rules())
    assert [(s.kind, s.heading) for s in article.sections] == [("intro", None)]
    assert "展开全文" not in article.text
    answers = "".join(
        f'<p>{p}</p><button aria-controls="a{i}">查看答案</button><div id="a{i}" style="display:none">答案是B。</div>'
        for i, p in enumerate(paras)
    )
    assert [h for _, _, h in page_sections(f"<p>{INTRO}</p>{answers}")] == [None]
    inline = f'<p>{INTRO}办理时要带上<span role="heading" aria-level="3">居住证</span>和租房合同，缺一不可。</p><p>{paras[0]}</p>'
    assert page_sections(inline) == [("intro", 1, None)]


# A note on keeping bees on a balcony, written for these tests.
HIVE = [
    "第一年养蜂，最怕的是蜂群飞走。新箱子放好以后，头三天不要开箱，让蜜蜂慢慢认家。",
    "巢门朝东南，早上太阳一照，蜜蜂出工就早。箱子底下垫两块砖，防潮也防蚂蚁。",
    "夏天最热的时候，箱盖上铺一层湿草帘，中午再洒一次水，箱内温度能低好几度。",
    "秋天要留足越冬的蜜，不要贪心多取。蜜不够的话，入冬前补喂一些浓糖水。",
    "冬天少开箱，只在晴天中午听一听箱里的声音，嗡嗡声均匀就说明蜂群安好。",
]


def test_headings_marked_by_a_recurring_look_of_their_own_head_at_two_levels():
    """A page marks its headings by a look no rule names (a span its sheet colours, an inline font
    size), neither bold nor a heading tag: lines in a look of their own that is not the body's,
    each a phrase with text under it, and two or more of them, head their parts. The first look
    seen is level 1, a look first seen under it level 2, as families nest."""
    top = '<p><span class="sec" style="color:#2a6">{}</span></p>'
    sub = '<p><span style="font-size:15px;color:#888">{}</span></p>'
    body = (
        f"<p>{INTRO}</p>"
        + top.format("安家")
        + sub.format("选址")
        + f"<p>{HIVE[0]}</p>"
        + sub.format("朝向与垫高")
        + f"<p>{HIVE[1]}</p>"
        + top.format("过季")
        + sub.format("度夏")
        + f"<p>{HIVE[2]}</p>"
        + sub.format("越冬")
        + f"<p>{HIVE[3]}</p><p>{HIVE[4]}</p>"
    )
    assert page_sections(body) == [
        ("intro", 1, None), ("section", 1, "安家"), ("section", 2, "选址"), ("section", 2, "朝向与垫高"),
        ("section", 1, "过季"), ("section", 2, "度夏"), ("section", 2, "越冬"),
    ]  # fmt: skip
    # A class alone, on the line's own element, is a look too.
    classed = "".join(
        f'<div class="tip-title">{name}</div><p>{text}</p>'
        for name, text in zip(["安家", "度夏", "越冬"], HIVE[:3], strict=True)
    )
    assert [h for _, _, h in page_sections(f"<p>{INTRO}</p>{classed}")] == [None, "安家", "度夏", "越冬"]


def test_bold_run_in_labels_and_bold_field_lines_are_no_headings():
    """A bold label run into its line, or on its own line over a list, alone in its part under a
    heading (小提示：…, 准备工具：) is a note of that part, not a part of its own; bold or styled
    field lines (时间：…, 地点：…) are a notice's facts, whatever look they share."""
    body = (
        f"<p>{INTRO}</p>"
        f"<h3>一、安家</h3><p>{HIVE[0]}</p><p><b>小提示：</b>开箱前先喷一点淡糖水，蜜蜂就温和多了。</p>"
        f"<h3>二、度夏</h3><p>{HIVE[2]}</p><p><b>准备工具：</b></p><ul><li>草帘一张</li><li>喷壶一个</li></ul>"
        f"<h3>三、越冬</h3><p>{HIVE[3]}</p><p><b>本节要点：</b>留足蜜，少开箱，晴天听声音。</p><p>{HIVE[4]}</p>"
    )
    assert [h for _, _, h in page_sections(body)] == [None, "一、安家", "二、度夏", "三、越冬"]
    fields = (
        f"<p>{INTRO}</p>"
        '<p><span class="fact">时间：每周六上午九点</span></p>'
        f"<p>{HIVE[0]}</p>"
        '<p><span class="fact">地点：社区活动中心二楼</span></p>'
        f"<p>{HIVE[1]}</p>"
        f"<h3>报名须知</h3><p><b>时间：</b>每周六上午九点</p><p><b>费用：</b>全部免费</p><p>{HIVE[2]}</p>"
    )
    assert [h for _, _, h in page_sections(fields)] == [None, "报名须知"]


def test_one_line_in_a_look_of_its_own_heads_nothing():
    """A single line in a look of its own (a coloured remark, a sized pull phrase) is emphasis: a
    look heads only when it recurs; nor does a look that also sets prose (a second body look)."""
    once = (
        f'<p>{INTRO}</p><p>{HIVE[0]}</p><p><span style="color:#c00">一定记住这一点</span></p><p>{HIVE[1]}</p>'
    )
    assert [h for _, _, h in page_sections(once)] == [None]
    prose = (
        f"<p>{INTRO}</p>"
        f'<p class="note">小小心得</p><p>{HIVE[0]}</p><p class="note">又一心得</p><p>{HIVE[1]}</p>'
        f'<p class="note">{HIVE[2]}</p>'
    )
    assert [h for _, _, h in page_sections(prose)] == [None]
