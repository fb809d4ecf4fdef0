"""Sections, session 19, review of 7832ae4 (a speech's byline heads nothing, a notice's closing formula
concludes): pages written here by hand that the two rules changed for the worse or missed."""

from __future__ import annotations

from conftest import bundled_rules
from test_sections_15 import page, shape
from test_sections_19 import BODY, CENTRED, HEADS, OPENING, POINTS, SPEECH

from fanwen.offline import process_html

PARA = "这一年来，我们始终把群众满意作为工作的出发点和落脚点，各项工作取得了明显成效，得到了上级的充分肯定。"
BOLD = "<p><strong>{}</strong></p>"


def test_a_short_word_at_the_top_that_reads_as_a_name_still_heads():
    # Look-alike: a two-character head at the top whose first character is a surname (方法, 高考, 任务)
    # reads as a person's name; with no office, no date or venue line beside it and no address to the
    # audience after it (同志们：) it is no speech's byline: it heads its part as before.
    for top in ("<h2>方法</h2>", BOLD.format("高考"), CENTRED.format("任务")):
        html = page(
            f"{top}<p>{PARA}</p>"
            + "".join(f"<h3>{t}</h3><p>{PARA}</p>" for t in ("一、准备材料", "二、操作步骤")),
            "如何做好垃圾分类",
        )
        assert shape(html)[0][0] == "section", top
        assert [h for _, _, h in shape(html)][1:] == ["一、准备材料", "二、操作步骤"], top
    # nor over a guide's address to its listeners under a title that names no speech (黄河 reads as a name)
    html = page(
        CENTRED.format("黄河")
        + "<p>朋友们，今天我们一起走近母亲河。</p>"
        + "".join(f"<h2>{t}</h2><p>{PARA}</p>" for t in ("一、源头", "二、中游")),
        "黄河之旅导游词",
    )
    assert shape(html)[0] == ("section", 1, "黄河")


def test_a_speakers_bare_name_beside_a_date_line_or_a_dash_subtitle_heads_nothing():
    # General pattern: the speaker's name alone is the byline when its date or venue line stands beside it
    # (（2025年3月5日）) or the speech turns to its audience right after (同志们：); a centred subtitle led by
    # a dash (——在…会议上的讲话) beside the speaker line is the byline's too, in the same look.
    opening = (
        "<p>今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。</p>"
    )
    own = "凝心聚力 真抓实干 奋力开创安全生产工作新局面"  # the speech's own title, its occasion under it
    for head, first, title in (
        (CENTRED.format("周明远") + CENTRED.format("（2025年3月5日）"), opening, SPEECH),
        (CENTRED.format("——在全县安全生产工作会议上的讲话") + CENTRED.format("县长　周明远"), OPENING, own),
        (CENTRED.format("——在全县安全生产工作会议上的讲话") + CENTRED.format("周明远"), OPENING, own),
        (CENTRED.format("县长　周明远") + CENTRED.format("——在全县安全生产工作会议上的讲话"), OPENING, own),
    ):
        assert shape(page(head + first + POINTS, title)) == [("intro", 1, None), *HEADS], head


def test_a_speakers_line_in_traditional_characters_heads_nothing():
    # The same byline on a page in traditional characters (市長　趙立群 over （2025年3月5日）).
    points = "".join(
        BOLD.format(t) + f"<p>{BODY}</p><p>{BODY}</p>"
        for t in ("一、提高思想認識", "二、突出工作重點", "三、強化組織保障")
    )
    html = page(
        CENTRED.format("市長　趙立群")
        + CENTRED.format("（2025年3月5日）")
        + "<p>同志們：</p><p>今天召開全縣安全生產工作會議，主要任務是總結去年工作。</p>"
        + points,
        "在全縣安全生產工作會議上的講話",
    )
    assert [(k, level) for k, level, _ in shape(html)] == [("intro", 1), *[("section", 1)] * 3]


NOTICE = (
    "<p>各乡镇中心学校，县直各中小学校：</p><p>为做好2025年科技创新大赛工作，现将有关事项通知如下。</p>"
    f"<p>一、参赛对象</p><p>全县中小学校在校学生。{BODY}</p><p>二、有关要求</p>"
    "<p>1.各校要高度重视，精心组织校级初赛。</p><p>2.大赛不收取任何费用，参赛作品须为原创。</p>"
)
SIGN_OFF = "<p>岚溪县教育体育局</p><p>2025年4月8日</p>"


def closing(html: str) -> tuple[str, str]:
    last = process_html(html, None, bundled_rules()).sections[-1]
    return last.kind, last.text.splitlines()[0]


def test_a_closing_formula_shown_as_an_example_stays_in_its_part():
    # Look-alike: a writing guide shows a notice's ending after a line that introduces it (示例如下：):
    # 特此通知。 and the sign-off under it are the example, the last part's text, not the guide's ending.
    html = page(
        f"<p>通知是常用的公文文种，其结尾有固定格式。{PARA}</p>"
        + BOLD.format("一、通知的标题")
        + f"<p>{PARA}</p>"
        + BOLD.format("二、通知的结尾")
        + "<p>通知的结尾一般写明特此通知，然后署名和日期，示例如下：</p><p>特此通知。</p>"
        + "<p>某某县教育局</p><p>2025年1月1日</p>",
        "公文写作：通知怎么写",
    )
    assert closing(html)[0] == "section"


def test_more_closing_formulas_conclude():
    # General pattern, more of its words: a 公示 (特此公示), a 声明, a 说明, a 证明, a 决定 and a 请示
    # (特此请示) close on their formula as a 通知 does; a space before its full stop changes nothing.
    for formula in (
        "特此公示。",
        "特此声明。",
        "特此说明。",
        "特此证明。",
        "特此决定。",
        "特此请示。",
        "特此通知 。",
    ):
        assert closing(page(NOTICE + f"<p>{formula}</p>" + SIGN_OFF, "关于2025年科技创新大赛的公示")) == (
            "conclusion",
            formula,
        ), formula


def test_a_paragraph_on_the_last_points_key_word_naming_the_others_is_that_points_text():
    # Look-alike of 938c680's closing that names every point's quoted key word: a paragraph after the last
    # point that takes up that point's own word (守得暖，就是…) and names the others as its ground explains
    # the last point; it is that point's text, not the piece's ending.
    points = "".join(
        f"<p><strong>{n}要“{w}”。</strong>{PARA}</p>"
        for n, w in (("一", "开得准"), ("二", "办得简"), ("三", "守得暖"))
    )
    last = "<p>守得暖，就是在开得准、办得简的基础上再进一步，让群众真正感到温暖。</p>"
    assert closing(page(f"<p>{PARA}</p>{points}{last}", "窗口服务三要"))[0] == "section"


def test_a_page_of_people_whose_first_is_set_apart_keeps_its_first_head():
    # Look-alike: a page of people, each an office and a name over a profile, the first (the head of the
    # list) in a look of its own (a heading tag, the others centred): other lines of the page are offices and
    # names heading too, so the first is the first person's head, no speech's byline.
    people = (
        "<h3>县长 张明远</h3>"
        + f"<p>{BODY}</p>"
        + "".join(CENTRED.format(t) + f"<p>{BODY}</p>" for t in ("副县长　李建华", "副县长　王海涛"))
    )
    heads = [h for kind, _, h in shape(page(people, "县政府领导分工")) if kind == "section"]
    assert heads == ["县长 张明远", "副县长 李建华", "副县长 王海涛"]


def test_an_attachment_printed_after_the_notices_date_is_no_sign_off():
    # Look-alike: a notice that prints its attachment after its date (附件 on a line of its own, then the
    # attachment's title and rows with no sentence: a list of winners) does not close on 特此通知。: the
    # attachment is no sign-off, and the whole stays the last part's text as before. 附件 over its items
    # before the issuer is the sign-off still.
    appended = "<p>附件</p><p>获奖学生名单</p><p>一等奖：张三 李四 王五</p><p>二等奖：赵六 钱七</p><p>三等奖：孙八 周九</p>"
    assert (
        closing(page(NOTICE + "<p>特此通知。</p>" + SIGN_OFF + appended, "关于公布大赛获奖名单的通知"))[0]
        == "section"
    )
    listed = "<p>附件：</p><p>1.评审标准</p><p>2.申报汇总表</p>"
    assert closing(page(NOTICE + "<p>特此通知。</p>" + listed + SIGN_OFF, "关于公布大赛获奖名单的通知")) == (
        "conclusion",
        "特此通知。",
    )
