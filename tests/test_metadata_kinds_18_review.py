"""Review of session 18's metadata kinds (331b877): where the new rules read a field the page does
not give, on pages of the project's own read through the page path, with the session's own
cases as look-alikes that must not change: a picture's caption credit inside the text, and a
compilation claim that is not the text's own."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_18 import STORY, WHEN, _campus, _fanwen


def _amid(html: str, middle: str, after: int = 3) -> str:
    """A page's text with ``middle`` set after its paragraph ``after`` (from 0): among the
    paragraphs, by default past the opening lines a credit opening the text is read in."""
    return html.replace(f"<p>{STORY[after]}</p>", f"<p>{STORY[after]}</p>{middle}")


def test_a_pictures_caption_credit_in_the_text_is_no_byline(rules):
    """Pattern: a photo in the text carries a caption whose credit pairs a writer with a picture's
    credit (图为选手在实验室操作。（文字：王晓燕 摄影：李志强）, 文字：王某某 摄影：李某某 on its
    line). It credits the caption, in the middle of the text: the page's byline beside the title
    (记者 张三) names the article's writer before it. Look-alikes: the same credit closing the
    text (a school's credit chain), a chain one credit a line of five lines, and a caption on a
    page that credits no one else, whose writer is the only name given, stay as they were."""
    captions = (
        "<p>文字：王某某 摄影：李某某</p>",
        "<p>图为选手在实验室操作。（文字：王晓燕 摄影：李志强）</p>",
    )
    # Among the text's paragraphs, also among its first three or its last four.
    for caption in captions:
        for after in (1, 3, 5):
            html = _amid(_campus(f"记者 张三　{WHEN}"), caption, after)
            assert (_read(html, rules).author, caption, after) == ("张三", caption, after)
    # A caption's sentence before the credit makes it a caption closing the text too.
    html = _campus(f"记者 张三　{WHEN}", "<p>图为选手在实验室操作。（文字：王晓燕 摄影：李志强）</p>")
    assert _read(html, rules).author == "张三"
    # The credit closing the text is the article's.
    closing = "<p>（供稿：外国语学院　文字：王雨桐　摄影：陈子墨　审核：李建华）</p>"
    assert _read(_campus(WHEN, closing), rules).author == "王雨桐"
    chain = "".join(
        f"<p>{c}</p>"
        for c in ("供稿：外国语学院", "文字：王雨桐", "摄影：陈子墨", "审核：李建华", "责任编辑：张蕾")
    )
    assert _read(_campus(WHEN, chain), rules).author == "王雨桐"
    # A caption on a page that credits no one else.
    assert _read(_amid(_campus(WHEN), captions[1]), rules).author == "王晓燕"


def test_a_rubrics_text_aspect_is_no_writer(rules):
    """Pattern: a 作文 site's 评语 grades a text by its aspects, 文字 among them (内容：充实具体　结构：
    层次清楚　文字：通顺流畅; 文字：简洁优美 on its line): the aspect's word and colon credit no writer,
    wherever the line sits (opening the text, among it, closing it). Look-alikes: 文字： in a chain of
    credits (供稿：… 文字：… 摄影：…) or naming a person alone on its line (文字：王雨桐) stays the
    writer's credit."""
    for where, rubric in (
        ("first", "<p>文字：简洁优美</p>"),
        ("after", "<p>内容：充实具体　结构：层次清楚　文字：通顺流畅</p>"),
        ("after", "<p>【评语】内容：充实具体　文字：通顺流畅</p>"),
        ("after", "<p>文字：通顺流畅</p>"),
    ):
        html = _campus(WHEN, rubric) if where == "after" else _campus(WHEN).replace("<p>", rubric + "<p>", 1)
        assert (_read(html, rules).author, rubric) == (None, rubric)
    assert _read(_amid(_campus(WHEN), "<p>内容：充实具体　文字：通顺流畅</p>"), rules).author is None
    for credit, author in (
        ("<p>文字：王雨桐</p>", "王雨桐"),
        ("<p>（供稿：学院办公室　文字：宣传部　审核：李建华）</p>", "宣传部"),
    ):
        assert (_read(_campus(WHEN, credit), rules).author, credit) == (author, credit)


SITE_INFO = "时间：2025-08-21 15:32　来源：{}　作者：网友投稿"


def test_a_compilation_claim_not_the_texts_own_keeps_the_sites_source(rules):
    """Pattern: the claim that lets a 范文 site's own name as 来源 name nobody is the editors' lead or
    closing of this text (下面是小编为大家整理的…, 以上就是小编整理的…). The same words elsewhere on
    the page are not about this text: a sidebar's box (小编为大家整理了2025年高考作文题目), a list's
    link, the footer's disclaimer of the whole site (本站部分内容来自网络收集整理, 本站内容由小编收集
    整理); nor is a news site's reporter writing up an interview (本网记者根据采访录音整理) its editors
    compiling. There the convention stands: the site's own name is the source. Look-alike: the
    claim opening or closing the text still gives none."""
    site = "星辰范文网"
    info = SITE_INFO.format(site)
    side = '<div class="side"><h3>热门推荐</h3><p>小编为大家整理了2025年高考作文题目，快来看看吧。</p></div>'
    listed = (
        '<ul class="side"><li><a href="/a/1.html">小编整理：2025教师培训心得体会十篇</a></li>'
        '<li><a href="/a/2.html">教师暑期培训总结</a></li></ul>'
    )
    footers = ("本站部分内容来自网络收集整理，如有侵权请联系删除。", "本站内容由小编收集整理，仅供学习参考。")
    plain = "培训是教师专业成长的重要途径。"
    pages = [_fanwen(info, plain).replace("</body>", f"{box}</body>") for box in (side, listed)]
    pages += [_fanwen(info, plain).replace("Copyright", f"{footer} Copyright") for footer in footers]
    for html in pages:
        assert _read(html, rules).source == site
    news = _campus(f"来源：江澜大学新闻网　{WHEN}", "<p>（本网记者根据采访录音整理）</p>")
    assert _read(news, rules).source == "江澜大学新闻网"
    # The text's own lead or closing.
    lead = "下面是小编为大家整理的教师暑期培训心得体会，欢迎阅读。"
    assert _read(_fanwen(info, lead), rules).source is None
    closing = f"<p>{STORY[-1]}</p><p>以上就是小编整理的教师暑期培训心得体会。</p>"
    assert _read(_fanwen(info, plain).replace(f"<p>{STORY[-1]}</p>", closing), rules).source is None
