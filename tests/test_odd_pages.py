"""Pages that are anything: the page path gives an article or a reason, never an exception.

Each test is the smallest page showing one defect ``bench/fuzz.py`` found (docs/extraction.md,
"Odd pages"); the page is this file's own.
"""

from __future__ import annotations

import pytest

from fanwen.extract.page import NotAnArticle
from fanwen.offline import PageError, process_html
from fanwen.pagepath import PageOptions, read_html, read_page
from fanwen.strip import load_rules

URL = "http://x.cn/a/7.html"
PROSE = "".join(
    f"<p>{n}我们在田野里走了很久，看见远处的村庄升起炊烟。河边的柳树刚刚发芽，风里有泥土的气味。</p>"
    for n in ("清晨，", "中午，", "傍晚，", "夜里，")
)


def page(body: str, head: str = "", title: str = "田野") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body><h1>{title}</h1><div>{body}</div></body></html>"


def read(html: str) -> object:
    return read_page(html.encode(), URL, PageOptions.for_profile(None))


def test_lone_surrogates_in_text_are_replacement_characters_not_an_exception():
    # Text made from JSON's "\ud800" escapes, or a page cut inside an emoji's surrogate pair.
    article = process_html(page(PROSE.replace("很久", "很久\ud800"), title="田野\ud83d"), URL, ())
    assert article.title == "田野\ufffd"
    assert "很久\ufffd" in article.blocks[0].text
    assert process_html(page(PROSE + "<p>\ud83d\ude00</p>"), URL, ()).blocks[-1].text == "😀"  # a pair is one


def test_a_json_document_is_not_html_with_a_reason():
    got = read('{"title": "田野", "content": "我们在田野里走了很久。"}')
    assert (got.article, got.problem, got.message) == (None, "undecodable", "not HTML: the text is JSON")
    with pytest.raises(PageError, match="JSON"):
        process_html('["田野"]', URL, ())


XHTML_BODY = (
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>田野_乡村散记</title></head>'
    f"<body><h1>田野</h1><div>{PROSE}</div></body></html>"
)


@pytest.mark.parametrize(
    "prolog",
    [
        '<?xml-stylesheet type="text/xsl" href="/style/page.xsl"?>',
        '<!-- 页头 --><?xml-stylesheet href="a.css"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "x.dtd">\n<?xml-stylesheet href="a.css"?>\n',
        # A doctype with an internal subset: the prolog is past what the XHTML test reads.
        '<!DOCTYPE html [ <!ENTITY nbsp "&#160;"> ]>',
    ],
)
def test_an_xhtml_page_with_processing_instructions_before_its_root_is_a_page(prolog):
    """Pattern: an old XHTML CMS declares XML and puts processing instructions (a stylesheet) and a
    doctype in any order before <html>. Read as XML its tree has no HTML elements and the reader
    raised AttributeError: it is a page, read as HTML."""
    got = read(f'<?xml version="1.0" encoding="utf-8"?>\n{prolog}{XHTML_BODY}')
    assert got.problem is None and got.article.title == "田野"
    assert "看见远处的村庄升起炊烟" in got.article.blocks[0].text


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><?xml-stylesheet href="feed.xsl"?><rss><channel><title>田野</title>'
        f"<item><description>{PROSE}</description></item></channel></rss>",
        f'<?xml version="1.0"?><note><h1>田野</h1><div>{PROSE}</div></note>',
    ],
)
def test_an_xml_document_is_not_html_with_a_reason(xml):
    """Pattern: a feed or any XML document at an article's address is no page: a reason, as for
    JSON, never an exception from a tree of XML elements."""
    got = read(xml)
    assert (got.article, got.problem, got.message) == (None, "undecodable", "not HTML: the text is XML")
    with pytest.raises(PageError, match="XML"):
        process_html(xml, URL, ())


def test_links_urljoin_refuses_are_skipped():
    # "http://[" is an invalid IPv6 host: urljoin raises ValueError on it.
    links = '<a href="http://[7_2.html">下一页</a><a href="7_2.html">下一页</a>'
    got = read(page(PROSE + links, head='<base href="http://[::1">'))
    assert got.problem is None and got.next_pages == ["http://x.cn/a/7_2.html"]
    menu = '<ul><li><a href="http://[a/">频道</a></li><li><a href="//[::1/a/">文章</a></li></ul>'
    assert read(page(menu + PROSE)).problem is None  # the menu's links are read for a category


@pytest.mark.parametrize(
    "data",
    [
        '{"@graph": 5}',
        '{"@graph": {"headline": "x"}}',
        "[" * 5000 + "]" * 5000,
        '{"a":' * 3000 + "1" + "}" * 3000,
    ],
)
def test_odd_json_ld_is_ignored(data):
    got = read(page(PROSE, head=f'<script type="application/ld+json">{data}</script>'))
    assert got.problem is None and got.article.title == "田野"


def test_an_unclosed_inline_tag_in_every_paragraph_loses_no_paragraph():
    # libxml2 nests <p><span>…<p><span>… two levels a paragraph and stops at 2,048 levels,
    # dropping the rest of the page; a browser closes the <span> at the next <p>.
    html = page("".join(f"<p><span>这是第{i}段，我们在田野里走了很久。" for i in range(1500)))
    got = read(html)
    assert got.problem is None and "too_deep" not in got.outcomes
    assert len(got.article.blocks) == 1500 and not got.article.truncated
    assert got.article.blocks[-1].text == "这是第1499段，我们在田野里走了很久。"


def test_a_page_deeper_than_the_parser_builds_is_flagged_truncated():
    html = page("<div>" * 3000 + PROSE + "</div>" * 3000 + PROSE)
    got = read(html)
    assert "too_deep" in got.outcomes
    assert got.article is None or got.article.truncated
    shallow = read(page("<div>" * 1000 + PROSE + "</div>" * 1000))
    assert "too_deep" not in shallow.outcomes and not shallow.article.truncated


def test_read_html_on_a_page_of_nothing_gives_a_reason():
    for html in ("", "<!-- x -->", "<title>田野</title>", "<br>" * 500, "<html><body></body></html>"):
        got = read_html(html, URL, PageOptions.for_profile(None))
        assert got.article is None and got.problem == "not_article" and got.message


def test_a_few_nul_bytes_do_not_make_a_page_binary():
    # A stray NUL (a CMS padding a field, a template's) in the first KiB made the page "not HTML".
    got = read_page(page("<p>\x00\x00</p>" + PROSE).encode(), URL, PageOptions.for_profile(None))
    assert got.problem is None and got.article.title == "田野"
    assert read_page(page(PROSE).encode("utf-16-le"), URL).problem == "undecodable"  # no BOM: half NULs
    assert read_page(bytes(range(256)) * 8, URL).problem == "undecodable"


def test_a_comment_between_an_info_tables_cells_is_no_cell():
    # <td>label</td><!-- … --><td>value</td>: the label's next sibling is the comment, which was
    # read as the value cell (text_content() on a comment: ValueError).
    row = "<tr><td>发布单位</td><!-- 单位 --><td>江城区教育局</td></tr><tr><td>发布日期：2024-05-01</td><!-- x --><td>本站</td></tr>"
    got = read(f"<html><body><div><h1>田野</h1><table>{row}</table>{PROSE}</div></body></html>")
    assert got.problem is None and got.article.published.date().isoformat() == "2024-05-01"


def test_an_article_the_strip_stage_empties_is_no_article_offline_as_in_the_crawl():
    # The crawl's strip pipeline drops an article it emptied ("nothing left after stripping");
    # fanwen extract printed it with no text and exit 0 (bench/fuzz.py: a region that was the
    # title's repeat alone). A site's rule that removes every sentence shows it.
    rules = tuple(load_rules([{"name": "site-notice", "pattern": "我们在田野里|河边的柳树"}]))
    got = read_html(page(PROSE), URL, PageOptions(None, rules))
    assert got.article is not None and not got.article.blocks  # kept, with its decisions (explain)
    with pytest.raises(NotAnArticle, match="nothing left after stripping") as info:
        process_html(page(PROSE), URL, rules)
    assert info.value.reason == "stripped"
