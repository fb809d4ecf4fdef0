"""Sections, session 15: kinds of false heads and missed conclusions seen across the blind sets, each
on a page written here by hand (issue 11)."""

from __future__ import annotations

from conftest import bundled_rules

from fanwen.offline import process_html

PARA = "这是正文的一段话，讲清楚这一部分要做的事情和理由，写得比较完整。第二句话补充一点细节。"


def page(body: str, title: str = "柳湾村二〇二五年一季度财务公开") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='article'>"
        f"<h1>{title}</h1>{body}</div></body></html>"
    )


def shape(html: str) -> list[tuple[str, int, str | None]]:
    return [(s.kind, s.level, s.heading) for s in process_html(html, None, bundled_rules()).sections]


def test_a_data_tables_rows_head_nothing_centred_or_bold():
    # General pattern: a data table under a part (a finance notice's income table, a dividend
    # notice's dates) is printed one row a line; its header row is bold and the table centred, its
    # first cell a serial number. A row of cells is a record, never a part's heading.
    table = (
        "<table align='center' border='1'>"
        "<tr><td><b>序号</b></td><td><b>收入项目</b></td><td><b>金额（元）</b></td></tr>"
        "<tr><td>1</td><td>土地租赁收入</td><td>52,600.00</td></tr>"
        "<tr><td>2</td><td>厂房出租收入</td><td>30,000.00</td></tr>"
        "<tr><td>3</td><td>利息收入</td><td>1,820.00</td></tr>"
        "</table>"
    )
    html = page(
        f"<p>{PARA}</p><p>一、收入情况</p><p>{PARA}</p>{table}<p>二、支出情况</p><p>{PARA}</p>"
        f"<p>三、结余情况</p><p>{PARA}</p>"
    )
    assert shape(html) == [
        ("intro", 1, None),
        ("section", 1, "一、收入情况"),
        ("section", 1, "二、支出情况"),
        ("section", 1, "三、结余情况"),
    ]
    sections = process_html(html, None, bundled_rules()).sections
    assert "1 土地租赁收入 52,600.00" in sections[1].text  # the rows stay, as the part's text


def _closing(last: str) -> str:
    return page(
        f"<p>{PARA}</p><h2>购车原因</h2><p>{PARA}</p><h2>续航</h2><p>{PARA}</p><h2>保养</h2><p>{PARA}</p>"
        f"<p>{PARA}</p><p>{last}</p>",
        title="电动车骑了一年的感受",
    )


def test_a_summing_up_opener_of_any_wording_concludes():
    # General pattern: the openers that sum a piece up are made of a word for the whole (总体, 整体,
    # 总的, 大体, 概括) and a word for saying it (来说, 来看, 而言, 说来), in either script; any pair
    # of them opens a conclusion, not only the pairs a page showed before.
    for opener in ("整體來說，", "总体来说，", "整体而言，", "概括来说，", "总的说来，", "大体来看，"):
        last = f"{opener}这一年骑下来我是满意的：安静、好骑、花费少。缺点也都能接受。"
        assert shape(_closing(last))[-1] == ("conclusion", 1, None), opener


def test_a_paragraph_under_a_summary_label_concludes():
    # General pattern: a lesson, a report or a note ends with a paragraph under its summary label
    # (本课小结：…, 小结：…, 全文总结：…, 结语：…), the label run into the prose; it sums the piece up.
    for label in ("本课小结：", "小结：", "全文总结：", "结语："):
        last = f"{label}续航看季节，保养花费少，缺点能接受。下一篇我们再聊换电。"
        assert shape(_closing(last))[-1] == ("conclusion", 1, None), label
    # a label that names a part (工作总结：…) or a summary that is no label (小结一下我们的路线) does not
    not_labels = ("年度工作总结：续航看季节，保养花费少。缺点能接受。", "小结一下我们的路线。续航看季节。")
    for last in not_labels:
        assert shape(_closing(last))[-1] != ("conclusion", 1, None), last


def test_a_line_set_apart_by_its_look_with_nothing_under_it_heads_nothing():
    # General pattern: a bold or centred line heads the text under it. One with nothing under it
    # before the next part's heading (a callout in bold between two parts, a promo line) or at the
    # end is a line of the text before it, not a part.
    html = page(
        f"<p>{PARA}</p><h2>一、基本情况</h2><p>{PARA}</p><h2>二、遇到的问题</h2><p>{PARA}</p>"
        "<div><b>💡 小提示：下一届可以在签到台准备一个零钱兑换箱，由志愿者帮忙换零钱。</b></div>"
        f"<h2>三、费用明细</h2><p>{PARA}</p><p><b>感谢每一位参与的志愿者</b></p>",
        title="社区义卖活动复盘",
    )
    sections = process_html(html, None, bundled_rules()).sections
    assert [(s.kind, s.level, s.heading) for s in sections] == [
        ("intro", 1, None),
        ("section", 1, "一、基本情况"),
        ("section", 1, "二、遇到的问题"),
        ("section", 1, "三、费用明细"),
    ]
    assert sections[2].text.endswith("💡 小提示：下一届可以在签到台准备一个零钱兑换箱，由志愿者帮忙换零钱。")


def test_bold_heads_over_sub_heads_and_an_outlines_last_item_keep_their_place():
    # Guards: a bold group heading with bold sub-heads under it heads them (no text of its own), and
    # a numbered item closing minutes (伍、散會) with nothing under it is still the outline's.
    groups = page(
        f"<p>{PARA}</p><p><b>升学宴祝酒词</b></p><p><b>一、家长祝酒词</b></p><p>{PARA}</p>"
        f"<p><b>二、班主任祝酒词</b></p><p>{PARA}</p><p><b>寿宴祝酒词</b></p><p><b>一、子女祝酒词</b></p>"
        f"<p>{PARA}</p>",
        title="祝酒词精选",
    )
    assert [h for _, _, h in shape(groups)] == [
        None, "升学宴祝酒词", "一、家长祝酒词", "二、班主任祝酒词", "寿宴祝酒词", "一、子女祝酒词"
    ]  # fmt: skip
    minutes = page(
        f"<p>{PARA}</p><p>壹、主席致詞</p><p>{PARA}</p><p>貳、工作報告</p><p>{PARA}</p><p>參、散會</p>",
        title="會員大會會議紀錄",
    )
    assert shape(minutes)[-1] == ("section", 1, "參、散會")


def test_a_summing_up_before_a_short_box_after_the_text_concludes():
    # General pattern: a page sets a box of its own after the text (a mini-program card, a call to
    # action: a heading of another kind and a short line). The paragraph that sums the piece up
    # before it is the conclusion, and the box's heading heads no part of the article.
    body = (
        f"<p>{PARA}</p><h2>条款一：续保</h2><p>{PARA}</p><h2>条款二：免赔额</h2><p>{PARA}</p>"
        f"<h2>条款三：外购药</h2><p>{PARA}</p>"
        "<p>总结一下：先看保证续保，再看免赔额和外购药，最后才是价格。投保请认准保险公司官方渠道。</p>"
        "<div class='tool'><h4>保障测算工具</h4><p>三分钟算出你的保障缺口</p></div>"
    )
    got = shape(page(body, title="百万医疗险怎么选"))
    assert got[-1] == ("conclusion", 1, None)
    assert "保障测算工具" not in [h for _, _, h in got]
    # a last part of the outline's own kind, one short line under it, stays a part
    appendix = body.replace("<div class='tool'><h4>保障测算工具</h4>", "<h2>条款四：附件</h2><div>")
    assert shape(page(appendix, title="百万医疗险怎么选"))[-1] == ("section", 1, "条款四：附件")


def test_a_short_closing_part_with_a_heading_tag_after_a_summing_up_stays_a_part():
    # General pattern (review R21): a paper or a report closes with a short part of its own after
    # the paragraph that sums it up: 后记, 附：…, each a heading tag over a line or two.
    # It is a part of the article, not a widget's box; a box reads as one by its lines (a link, a
    # QR code, a call to action, an online tool: 扫码, 小程序, 点击, 测算), as above.
    base = (
        f"<h2>一、问题的提出</h2><p>{PARA}</p><h2>二、原因分析</h2><p>{PARA}</p><h2>三、对策建议</h2>"
        f"<p>{PARA}</p><p>总之，提高小学生课外阅读能力需要学校、家庭和社会的共同努力，只有形成合力，才能让孩子爱上阅读。</p>"
    )
    title = "浅谈小学生课外阅读能力的培养"
    for head, line in (
        ("后记", "本文写于2024年冬，是我参加县里课题研究的一点体会。"),
        ("附：班级阅读书目", "《草房子》《城南旧事》《爱的教育》《昆虫记》"),
    ):
        kind, _, heading = shape(page(f"{base}<h2>{head}</h2><p>{line}</p>", title=title))[-1]
        assert (kind, heading) == ("section", head)
    widget = f"{base}<h2>阅读测评小程序</h2><p>微信扫码，三分钟测出孩子的阅读水平</p>"
    got = shape(page(widget, title=title))
    assert got[-1] == ("conclusion", 1, None)
    assert "阅读测评小程序" not in [h for _, _, h in got]


def test_a_line_that_breaks_off_at_a_clause_mark_or_credits_a_picture_heads_nothing():
    # General pattern: a heading names a part and ends where its phrase ends. A line that stops on
    # a clause mark (；，、) goes on in the next line: a verse line of a poem set in bold, a judgment's
    # one numbered holding (一、被告…；). And a picture's caption or credit (图：…, ▲…, after a
    # glyph too: ◎ 图：…) names the picture, not a part.
    verse = page(
        f"<p>{PARA}</p><h2>诫子诗</h2><p>明者处事，莫尚於中。</p><p><b>是故才尽者身危，好名者得华；</b></p>"
        "<p><b>有群者累生，孤贵者失和；</b></p><p>圣人之道，一龙一蛇。</p><h2>点评</h2>"
        f"<p>{PARA}</p>",
        title="古人诫子诗二首",
    )
    assert [h for _, _, h in shape(verse)] == [None, "诫子诗", "点评"]
    holding = page(
        f"<p>{PARA}</p><p>判决如下：</p><p>一、被告于本判决生效之日起十日内偿还原告借款本金80000元；</p>"
        f"<p>{PARA}</p>",
        title="民事判决书",
    )
    assert [h for _, _, h in shape(holding)] == [None]
    captions = page(
        f"<p>{PARA}</p><h2>一、减肥有多难</h2><p>{PARA}</p><p><b>◎ 图：电影海报截图</b></p><p>{PARA}</p>"
        f"<h2>二、这样做是有害的</h2><p>{PARA}</p><p><b>▲ 训练中的演员</b></p><p>{PARA}</p>",
        title="减肥这件事",
    )
    assert [h for _, _, h in shape(captions)] == [None, "一、减肥有多难", "二、这样做是有害的"]


def test_a_numbered_outline_or_heading_tags_ending_in_a_clause_mark_stay_headings():
    # General pattern (review R19): a plan's outline (a school's 工作要点, a 范文 site's staple) may
    # close each numbered heading with ；, in bold lines or in <h2>: a family of two or more numbered
    # headings, each over its own text, is an outline whatever its punctuation, and a heading tag
    # heads its part. A lone numbered clause (the judgment's one holding, above) and a heading whose
    # next line goes on with its sentence (……；<p>并且……</p>) still break off.
    parts = (
        (
            "一、加强师德建设；",
            "组织教师学习《中小学教师职业道德规范》，开展师德标兵评选活动，树立先进典型。",
        ),
        ("二、提高课堂效率；", "推行集体备课，开展教学开放周活动，每位教师至少上一节公开课。"),
        ("三、做好家校沟通；", "每学期召开两次家长会，建立班级家长群，及时反馈学生在校表现。"),
    )
    bold = "".join(f"<p><b>{h}</b></p><p>{t}</p>" for h, t in parts)
    heads = [None, *(h for h, _ in parts)]
    assert [h for _, _, h in shape(page(f"<p>{PARA}</p>{bold}", title="教学工作要点"))] == heads
    tagged = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in parts[:2])
    assert [h for _, _, h in shape(page(f"<p>{PARA}</p>{tagged}", title="教学工作要点"))] == heads[:3]
    lone = f"<p>{PARA}</p><h3>我们的建议是，</h3><p>并且要尽快落实到每一个班级，让每位同学都能受益。</p><p>{PARA}</p>"
    assert [h for _, _, h in shape(page(lone, title="教学工作要点"))] == [None]


def test_short_first_sentences_that_answer_the_paragraph_before_are_an_argument_not_headings():
    # General pattern: lead-sentence headings are parallel points that each stand alone. A review or
    # an essay whose paragraphs open with short sentences, one of them answering the paragraph
    # before (但…。, 当然，…。), is one argument told paragraph by paragraph: no headings.
    rest = "这一段接着展开，讲了不少细节，也举了两个例子来说明这个看法，读起来并不吃力。"
    firsts = (
        "故事本身并不复杂。",
        "导演的处理非常克制。",
        "但细节处理得很好。",
        "演员的表现很出色。",
        "当然，电影也有缺点。",
    )
    html = page(
        "".join(f"<p>{f}{rest}</p>" for f in ("这部电影我看了两遍。", *firsts)), title="一部克制的电影"
    )
    assert [h for _, _, h in shape(html)] == [None]
    # parallel points with no such answer stay lead headings
    points = ("坚持问题导向。", "强化责任落实。", "完善工作机制。", "加强督促检查。")
    html = page("".join(f"<p>{f}{rest}</p>" for f in ("今年的工作安排如下。", *points)), title="工作要点")
    assert [h for _, _, h in shape(html)] == [None, *points]


def test_a_closing_turn_after_the_last_lead_point_drops_only_itself():
    # Review R25 of fec2fdc. General pattern: a work summary's closing paragraph turns to what is left
    # to do (但也要清醒地看到，…。 / 当然，…。): it answers the whole list, not a point, so the lead points
    # above it stay headings and the turn itself heads nothing (it stays text of the last part). Only
    # an answer between lead paragraphs makes them one argument.
    rest = (
        "这一方面的工作，全年共召开专题会议六次，出台制度文件三项，各项任务都按时完成，得到了上级部门的肯定。"
    )
    points = ("坚持问题导向。", "强化责任落实。", "完善工作机制。", "加强督促检查。")
    closing = "但也要清醒地看到，工作中还存在一些短板。比如基层力量不足，部分制度落实不到位，这些问题需要在下半年认真加以解决。"
    body = "".join(
        f"<p>{f}{rest}</p>" for f in ("今年以来，我局围绕中心工作，重点抓了以下几个方面。", *points)
    )
    article = process_html(
        page(body + f"<p>{closing}</p>", title="2025年上半年工作总结"), None, bundled_rules()
    )
    assert [s.heading for s in article.sections] == [None, *points]
    assert closing in article.sections[-1].text
    # the same turn between two points still makes the paragraphs one argument
    between = "".join(
        f"<p>{f}{rest}</p>" for f in ("今年以来，我局围绕中心工作，重点抓了以下几个方面。", *points[:2])
    )
    between += f"<p>{closing}</p>" + "".join(f"<p>{f}{rest}</p>" for f in points[2:])
    assert [h for _, _, h in shape(page(between, title="2025年上半年工作总结"))] == [None]


def test_a_sentence_about_a_numbered_part_is_prose():
    # General pattern: 第一章 / 第二单元 head a part when a title or a separator follows the number;
    # a line that runs on into a sentence about it (第二单元聚焦…。, an exhibition's report) is prose.
    units = ("第一单元聚焦古代的渡口。", "第二单元讲述轮船航运的兴起。", "第三单元是最有烟火气的部分。")
    html = page(
        f"<p>{PARA}</p>" + "".join(f"<p>{u}</p><p>{PARA}</p>" for u in units), title="江城航运史展开幕"
    )
    assert [h for _, _, h in shape(html)] == [None]
    heads = ("第一单元 古代渡口", "第二单元 轮船时代")
    html = page(f"<p>{PARA}</p>" + "".join(f"<p>{u}</p><p>{PARA}</p>" for u in heads), title="江城航运史展")
    assert [h for _, _, h in shape(html)] == [None, *heads]


def test_a_figures_caption_heads_nothing():
    # General pattern: a <figcaption> names its picture (an exhibit, a scene), set apart by its own
    # look like a heading; it never heads the text after the figure.
    fig = "<figure><img src='/a.jpg'><figcaption>{}</figcaption></figure>"
    html = page(
        f"<p>{PARA}</p>{fig.format('清代晚期的木帆船模型')}<p>{PARA}</p>{fig.format('展厅内复原的老码头')}<p>{PARA}</p>",
        title="江城航运史展开幕",
    )
    assert [h for _, _, h in shape(html)] == [None]
