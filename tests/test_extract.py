"""Generic extraction on inline HTML: the content region, metadata, blocks, bad pages."""

from __future__ import annotations

import contextlib
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from parsel import Selector

from fanwen.extract import processors
from fanwen.extract.page import NotAnArticle, extract_article
from fanwen.profiles import parse

PARA = "<p>{}年，我们坚持以人民为中心的发展思想，扎实推进各项工作，取得了明显成效，群众满意度持续提升。</p>"
ARTICLE = """<html><head><title>2024年度工作总结_工作总结_某某范文网</title>
<meta name="author" content="meta作者"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">工作总结</a> <a href="/b">心得体会</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gz/">工作总结</a> &gt; 正文</div>
<div class="side"><ul>{links}</ul></div>
<div class="article"><h1>2024年度工作总结</h1>
<div class="info">发布时间：2024-05-06 10:21 来源：某某日报 作者：张三 李四</div>
<div class="text">{paras}</div></div>
<div class="foot">版权所有 © 某某范文网</div></body></html>"""


def page(**kw):
    html = ARTICLE.format(
        links="".join(f'<li><a href="/x{i}">相关文章标题第{i}篇，内容很长很长</a></li>' for i in range(12)),
        paras="".join(PARA.format(2000 + i) for i in range(6)),
    )
    return Selector(text=html)


def test_generic_detection_finds_the_article_and_its_metadata():
    article = extract_article(page(), "https://example.cn/gz/2024/123.html", None)
    assert article.title == "2024年度工作总结"
    assert article.published is not None and article.published.isoformat() == "2024-05-06T10:21:00"
    assert article.author == "张三、李四"
    assert article.source == "某某日报"
    assert article.category == "工作总结"
    assert len(article.blocks) == 6
    assert all("相关文章" not in b.text for b in article.blocks)


def test_profile_selectors_win_over_detection():
    profile = parse(
        {"selectors": {"content": [".missing", "div.side"], "author": "//meta[@name='author']/@content"}}, "t"
    )
    article = extract_article(page(), None, profile)
    assert article.blocks[0].text.startswith("相关文章")
    assert article.author == "meta作者"


def test_listing_page_is_not_an_article():
    listing = (
        "<html><body><ul>"
        + "".join(f'<li><a href="/{i}.html">文章标题{i}</a></li>' for i in range(30))
        + "</ul></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(Selector(text=listing), "https://example.cn/list", None)


@pytest.mark.parametrize(
    "html", ["", "<html></html>", "<html><body><p>短</p></body></html>", "</html></html><p>x"]
)
def test_empty_or_broken_pages_are_not_articles(html):
    with pytest.raises(NotAnArticle):
        extract_article(Selector(text=html or "<html/>"), None, None)


def test_malformed_html_with_two_html_ends_still_extracts():
    html = (
        ARTICLE.format(links="", paras="".join(PARA.format(i) for i in range(5)))
        + "</html><div>尾部垃圾</div></html>"
    )
    article = extract_article(Selector(text=html), None, None)
    assert len(article.blocks) == 5


@given(st.text(max_size=80))
def test_date_parser_never_crashes(text):
    value = processors.parse_date(text)
    assert value is None or 1900 <= value.year <= 2099


@given(st.text(max_size=60))
def test_title_suffix_stripping_keeps_a_prefix(text):
    value = processors.strip_title_suffix(text)
    assert value is None or value in text


def test_asp_net_pages_wrapped_in_one_form_still_extract():
    html = ARTICLE.format(links="", paras="".join(PARA.format(i) for i in range(5)))
    html = html.replace("<body>", "<body><form id='Form1'>").replace("</body>", "</form></body>")
    assert len(extract_article(Selector(text=html), None, None).blocks) == 5


def test_hidden_elements_and_link_lists_inside_the_article_are_left_out():
    links = "".join(f'<a href="/r{i}">推荐阅读第{i}篇文章标题</a><br>' for i in range(8))
    paras = "".join(PARA.format(i) for i in range(5))
    html = ARTICLE.format(
        links="",
        paras=f'{paras}<div style="display:none">隐藏的广告文字，不应出现。</div><div class="x">{links}</div>',
    )
    texts = [b.text for b in extract_article(Selector(text=html), None, None).blocks]
    assert len(texts) == 5 and not any("推荐阅读" in t or "隐藏" in t for t in texts)


def test_an_article_split_over_sibling_paragraph_divs_is_joined():
    body = "".join(f'<div class="para">{PARA.format(i)}</div>' for i in range(6))
    html = f"<html><body><div class='menu'><a href='/'>首页</a></div><div>{body}</div></body></html>"
    assert len(extract_article(Selector(text=html), None, None).blocks) == 6


def test_english_articles_count_their_sentences():
    para = "<p>The council met on Tuesday. It agreed to fund the new library, and work starts soon.</p>"
    html = f"<html><body><div class='story'>{para * 4}</div></body></html>"
    assert len(extract_article(Selector(text=html), None, None).blocks) == 4


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报记者 张三 李四", "张三、李四"),
        ("（记者 王五）", "王五"),
        ("新京报记者 彭冲 山东冠县报道", "彭冲"),
        ("作者：zboygirl 阅读(12)", "zboygirl"),
    ],
)
def test_bylines_give_the_author(line, author):
    paras = "".join(PARA.format(i) for i in range(5))
    html = f"<html><body><div class='content'><p>{line}</p>{paras}</div></body></html>"
    assert extract_article(Selector(text=html), None, None).author == author


def test_a_quoted_sentence_is_not_an_author():
    paras = "".join(PARA.format(i) for i in range(5))
    html = (
        f"<html><body><div class='content'><p>记者：请问您，这项工作进展如何？</p>{paras}</div></body></html>"
    )
    assert extract_article(Selector(text=html), None, None).author is None


@given(st.text(max_size=300))
def test_bylines_never_crash_and_give_short_names(text):
    from fanwen.extract.metadata import bylines

    assert all(0 < len(name) <= 60 for name in bylines(text))


@given(st.text(max_size=120))
def test_clean_author_gives_a_name_or_none(text):
    value = processors.clean_author(text)
    assert value is None or (value and "，" not in value and "。" not in value)


@given(
    st.recursive(
        st.sampled_from(["<p>", "</p>", "<div>", "</div>", "文字，", "</html>", "<td>", "<a href=x>", "。"]),
        lambda s: st.lists(s, max_size=8).map("".join),
        max_leaves=40,
    )
)
def test_any_tag_soup_gives_an_article_or_not_an_article(soup):
    with contextlib.suppress(NotAnArticle):
        extract_article(Selector(text=f"<html><body>{soup}</body></html>"), None, None)


def test_listing_with_summaries_is_not_an_article():
    item = (
        '<div class="list-item"><h3><a href="/x/{0}.html">第{0}篇学习心得体会</a></h3>'
        "<p>今年暑假，我有幸参加了区教育局组织的专题培训，专家们从师德修养、课堂教学等方面作了深入讲解…</p></div>"
    )
    html = (
        "<html><body><div class='main'>" + "".join(item.format(i) for i in range(6)) + "</div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(Selector(text=html), "https://example.cn/x/", None)


def test_category_from_the_menu_link_to_the_article_folder():
    html = ARTICLE.format(links="", paras="".join(PARA.format(i) for i in range(5))).replace(
        '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gz/">工作总结</a> &gt; 正文</div>',
        "",
    )
    html = html.replace('<a href="/a">工作总结</a>', '<a href="/gz/">年度总结</a>')
    article = extract_article(Selector(text=html), "https://example.cn/gz/123.html", None)
    assert article.category == "年度总结"


def test_paywall_notice_after_the_region_is_recorded_and_sets_truncated(rules):
    from fanwen.strip.stage import clean_article

    html = (
        "<html><body><div class='art'><h1>标题</h1><div class='body'>"
        + "".join(PARA.format(i) for i in range(5))
        + "</div><div class='more'><p>预览阅读已结束,若您需要全文或代笔。</p><p>请点击👉 mooonya 👈联系老师</p></div>"
        + "</div></body></html>"
    )
    profile = parse({"selectors": {"content": "div.body"}}, "t")
    article = clean_article(extract_article(Selector(text=html), None, profile), rules)
    assert article.truncated
    assert [r.rule for r in article.removed] == ["paywall-preview-end", "cta-contact"]
    assert all("联系老师" not in b.text for b in article.blocks)


def test_a_later_page_of_an_article_may_be_short():
    """Page 2 holds the article's last two paragraphs: too little for an article of its own."""
    html = (
        "<html><body><div class='top'><a href='/'>首页</a></div><div class='article'>"
        "<div class='article-body'><h3>3、强化平安建设，守护群众安全</h3>"
        "<p>组织网格员开展消防、燃气等安全隐患排查，发现并整改隐患四十余处。利用社区宣传栏发布防诈骗提示。</p>"
        "<p>总而言之，安全工作只有起点没有终点。我们将继续坚持常抓不懈，不断提高安全管理水平。</p></div>"
        "<div class='pages'><a href='/a/7.html'>上一页</a> <span>2</span></div></div></body></html>"
    )
    with pytest.raises(NotAnArticle, match="too little text"):
        extract_article(Selector(text=html), "https://example.cn/a/7_2.html", None)
    page = extract_article(Selector(text=html), "https://example.cn/a/7_2.html", None, continuation=True)
    assert [block.text[:4] for block in page.blocks] == ["3、强化", "组织网格", "总而言之"]


# -- deep trees -------------------------------------------------------------------------


def test_blocks_of_a_tree_deeper_than_the_recursion_limit():
    """Unclosed inline tags (``<font>字<font>字...``) nest each in the one before."""
    from lxml.html import fragment_fromstring

    from fanwen.extract.blocks import html_blocks

    depth = sys.getrecursionlimit() * 3
    root = fragment_fromstring("<div><h2>一、总体要求</h2><p>开头</p><p>结尾</p></div>")
    node = root[1]
    for _ in range(depth):
        node = etree.SubElement(node, "font")
        node.text = "字"
    blocks = html_blocks(root)
    assert [(b.tag, b.heading) for b in blocks] == [("h2", 2), ("p", None), ("p", None)]
    assert [b.text for b in blocks] == ["一、总体要求", "开头" + "字" * depth, "结尾"]


def test_a_page_with_a_thousand_unclosed_font_tags_keeps_its_article():
    text = "推进区域协调发展是新时代的重要战略。各地坚持系统观念，统筹推进基础设施互联互通。" * 3
    html = (
        f"<html><head><title>深树</title></head><body><h1>深树</h1><div class='content'><p>{text}</p>"
        f"<p>{text}{'<font>字' * 3000}</p></div></body></html>"
    )
    article = extract_article(Selector(text=html), "https://www.example.cn/1.html", None)
    assert article.blocks[0].text == text
    # libxml2 stops nesting at about 2,000 levels; deeper than Python's recursion limit either way.
    assert article.blocks[1].text.startswith(text) and article.blocks[1].text.count("字") > 1500


def test_a_block_records_the_bold_run_that_opens_it():
    """``<p><strong>一是加强组织领导。</strong>正文</p>``: the bold lead sentence of a paragraph, the
    way Chinese reports head their points, is kept as the length of the bold opening."""
    from lxml.html import fragment_fromstring

    from fanwen.extract.blocks import html_blocks

    root = fragment_fromstring(
        "<div><p><strong>一是加强组织领导。</strong>各单位要把这项工作摆上重要议程。</p>"
        "<p>　　<b>坚持 问题导向。</b> 聚焦<b>重点</b>难点。</p>"
        "<p>各单位要<b>高度重视</b>，抓好落实。</p><p><b>全部加粗的一段。</b></p></div>"
    )
    blocks = html_blocks(root)
    assert [(b.text[: b.bold_lead], b.bold) for b in blocks] == [
        ("一是加强组织领导。", False),
        ("坚持 问题导向。", False),
        ("", False),
        ("全部加粗的一段。", True),
    ]


def test_the_article_loader_names_the_processors_of_every_field_it_fills(monkeypatch):
    """ArticleLoader names an input and an output processor for every field the page path fills
    (the defaults included), so itemloaders never looks for them in the item's field metadata:
    the same article comes out when that look-up is made to fail."""
    import itemloaders

    from fanwen.items import ArticleLoader

    def no_lookup(self, field_name, key, default=None):
        raise AssertionError(f"{field_name}'s {key} looked up in the item's field metadata")

    monkeypatch.setattr(itemloaders.ItemLoader, "_get_item_field_attr", no_lookup)
    html = "<html><head><title>城市夜跑的十年</title></head><body><h1>城市夜跑的十年</h1>"
    html += "<div class='info'>发布时间：2024-05-06 10:20 作者：林晓 来源：晚报 分类：生活</div>"
    html += (
        "<div class='text'>"
        + "<p>晚上九点，江边的步道上全是跑步的人，有人戴着头灯，有人牵着狗。</p>" * 8
        + "</div></body></html>"
    )
    article = extract_article(Selector(text=html), "http://example.cn/a/1.html", None)
    assert (article.title, article.author, article.published is not None) == ("城市夜跑的十年", "林晓", True)
    assert all(
        getattr(ArticleLoader, f"{name}_{way}", None)
        for name in ("url", "site", "platform")
        for way in ("in", "out")
    )


def test_a_newline_in_preformatted_text_breaks_its_line():
    """A raw-text post (a BBS archive's ``#main-content{white-space:pre-wrap}``, a ``<pre>`` note, an
    inline ``white-space:pre-line``) shows its newlines: each line is a block of its own, so a ◆
    line heads the lines under it; a line ``--`` opens the signature, and nothing after it in the
    post's box is read (as in bare raw text). A newline in ordinary text is a space, and an element
    the sheet sets back to ``white-space:normal`` (a reply row inside the post) is ordinary text."""
    from lxml.html import fromstring

    from fanwen.extract.blocks import html_blocks

    page = fromstring(
        "<html><head><style>#post{white-space:pre-wrap}.reply{white-space:normal}</style></head><body>"
        "<div id='post'>上周第一次参加越野跑，记录一下。\n\n◆ 赛前准备\n提前一个月开始爬楼梯练腿。\n"
        "<div class='reply'>推 山友: 加油\n下次一起</div>--\n山路慢慢走</div>"
        "<p>普通的一段\n换行只是空格。</p><pre>第一行\n第二行</pre>"
        "<p style='white-space:pre-line'>甲行\n乙行</p></body></html>"
    )
    blocks = html_blocks(page.find("body"))
    assert [b.text for b in blocks] == [
        "上周第一次参加越野跑，记录一下。", "◆ 赛前准备", "提前一个月开始爬楼梯练腿。", "推 山友: 加油 下次一起",
        "普通的一段 换行只是空格。", "第一行", "第二行", "甲行", "乙行",
    ]  # fmt: skip


def test_a_block_after_a_rule_or_after_a_folded_part_is_set_apart():
    """A thematic break (<hr>) or the end of a folded part (<details> with its <summary>) sets the
    next block apart from the text before it: what follows the last part stands outside every
    part (a closing paragraph). Blocks inside a part are not apart."""
    from lxml.html import fragment_fromstring

    from fanwen.extract.blocks import html_blocks

    root = fragment_fromstring(
        "<div><p>甲</p><details open><summary>一、乙</summary><p>丙</p><p>丁</p></details>"
        "<p>戊</p><p>己</p><hr><p>庚</p></div>"
    )
    assert [(b.text, b.apart) for b in html_blocks(root)] == [
        ("甲", False), ("一、乙", False), ("丙", False), ("丁", False), ("戊", True), ("己", False), ("庚", True),
    ]  # fmt: skip


def test_a_data_tables_row_is_one_line_of_its_cells():
    """A table of data (a schedule, a syllabus's hours) reads row by row: each row of it is one
    line, its cells parted by a space, as a reader copies it. Whether a table is data is decided
    once for the table, not row by row: its cells hold short text or phrases and nothing set as
    blocks, so a schedule's one long topic does not break its row into a line per cell. A table
    with a cell holding paragraphs or line breaks (a layout table, a letter in a form's cell) or
    long prose keeps every cell apart, a one-cell row is that cell's, and a table of one row lays
    out a line (a masthead: the issuer left, the date right), cells apart."""
    from lxml.html import fragment_fromstring

    from fanwen.extract.blocks import html_blocks

    prose = (
        "来信反映，小区东门外的施工工地每晚十点以后仍在作业，噪音很大，影响居民休息，希望有关部门尽快处理。"
    )
    # one long cell of a schedule: a phrase, not prose (no sentence ends in it)
    phrase = "气息与发声：腹式呼吸的基本练法、长音练习、共鸣位置的寻找以及如何在高音区保持声音稳定而不喊叫"
    root = fragment_fromstring(
        "<div><p>安排如下：</p><table><tr><th>周次</th><th>内容</th><th>课时</th></tr>"
        "<tr><td>1</td><td>认识<b>花卉</b></td><td>2</td></tr><tr><td>2</td><td>扦插与分株</td><td></td></tr></table>"
        f"<table><tr><th>来信内容</th><td>{prose}</td></tr><tr><td><p>第一段。</p><p>第二段。</p></td><td>旁注</td></tr>"
        "<tr><td>甲<br>乙</td><td>丙</td></tr><tr><td>一、单独一格</td></tr></table>"
        "<table><tr><td>柳湾镇编</td><td>2025年5月20日</td></tr></table>"
        f"<table><tr><th>来信人</th><td>王先生</td></tr><tr><th>来信内容</th><td>{prose}</td></tr></table>"
        f"<table><tr><td>第1课</td><td>识谱</td></tr><tr><td>第2课</td><td>{phrase}</td></tr>"
        "<tr><td>第3课</td><td>合唱</td></tr></table></div>"
    )
    assert [(b.text, b.tag) for b in html_blocks(root)] == [
        ("安排如下：", "p"),
        ("周次 内容 课时", "tr"),
        ("1 认识花卉 2", "tr"),
        ("2 扦插与分株", "tr"),
        ("来信内容", "th"),
        (prose, "td"),
        ("第一段。", "p"),
        ("第二段。", "p"),
        ("旁注", "td"),
        ("甲", "td"),
        ("乙", "td"),
        ("丙", "td"),
        ("一、单独一格", "td"),
        ("柳湾镇编", "td"),
        ("2025年5月20日", "td"),
        ("来信人", "th"),
        ("王先生", "td"),
        ("来信内容", "th"),
        (prose, "td"),
        ("第1课 识谱", "tr"),
        (f"第2课 {phrase}", "tr"),
        ("第3课 合唱", "tr"),
    ]
