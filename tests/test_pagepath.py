"""The one page path: the crawl's reader, `fanwen extract` and `fanwen explain` give one article."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from fanwen import profiles
from fanwen.cli import main
from fanwen.offline import process_html
from fanwen.pagepath import PageOptions, read_page
from fanwen.sections import split_sections
from fanwen.strip import load_rules
from fanwen.strip.stage import clean_article

PARA = "<p>第{0}段正文，讲述这一年来工作中的经验与体会，内容充实而且具体。</p>"
# Two regions a generic detector could take: the profile names the second one (a site whose
# real article sits in a narrower box than its sidebar of excerpts), and a rule of its own cuts
# the site's sign-off sentence, which no bundled rule knows.
PAGE = (
    "<html><head><title>年度工作总结</title></head><body>"
    "<div class='side'>" + "".join(PARA.format(i) for i in range(8)) + "</div>"
    "<div class='main'><h1>年度工作总结</h1><div class='txt'>"
    + "".join(PARA.format(f"主{i}") for i in range(5))
    + "<p>某某站编辑部敬上。</p></div></div></body></html>"
)
PROFILE = """
name = "site"
[selectors]
content = ["div.txt"]
[[rule]]
name = "site-signoff"
pattern = "某某站编辑部敬上。"
"""


def _files(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    profile = tmp_path / "site.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    return page, profile


def test_extract_with_a_profile_uses_its_selectors_and_rules(tmp_path):
    page, profile = _files(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(page), "--profile", str(profile)])
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    assert "主0" in article["text"] and "第0段" not in article["text"]
    assert [r["rule"] for r in article["removed"]] == ["site-signoff"]
    assert "某某站" not in article["text"]


def test_explain_with_a_profile_shows_the_profile_rule(tmp_path):
    page, profile = _files(tmp_path)
    result = CliRunner().invoke(main, ["explain", str(page), "--profile", str(profile), "--full"])
    assert result.exit_code == 0, result.output
    assert "[site-signoff] 某某站编辑部敬上。" in result.output
    assert "第0段" not in result.output


def test_a_missing_profile_is_a_usage_error(tmp_path):
    page, _ = _files(tmp_path)
    for command in ("extract", "explain"):
        result = CliRunner().invoke(main, [command, str(page), "--profile", str(tmp_path / "none.toml")])
        assert result.exit_code == 2, result.output
        assert "none.toml" in result.output and "Traceback" not in result.output


def test_the_crawl_path_then_its_pipelines_give_what_extract_gives(tmp_path):
    page, profile_file = _files(tmp_path)
    profile = profiles.load(str(profile_file))
    url = "http://site.example/a/1.html"
    # The crawl: the reader stops after extraction; strip and sections run in the pipelines.
    crawled = read_page(page.read_bytes(), url, PageOptions(profile), "text/html; charset=utf-8").article
    assert crawled is not None and crawled.sections == [] and crawled.removed == []
    clean_article(crawled, load_rules(profile.rules))
    crawled.sections = split_sections(crawled.blocks, crawled.title)
    offline = read_page(page.read_bytes(), url, PageOptions.for_profile(profile)).article
    assert offline == crawled


def test_a_capped_page_is_truncated_for_explain_as_for_extract(tmp_path):
    page = tmp_path / "big.html"
    # Past the 5 MB cap: the article is read from the page's start and flagged as incomplete.
    page.write_text(
        PAGE.replace("</body>", "<!--" + "x" * (5 * 1024 * 1024) + "--></body>"), encoding="utf-8"
    )
    extracted = json.loads(CliRunner().invoke(main, ["extract", str(page)]).output)
    explained = CliRunner().invoke(main, ["explain", str(page)]).output
    assert extracted["truncated"] is True
    assert "truncated: True" in explained


def test_the_next_page_of_an_article_at_a_folder_address_is_its_page_query():
    """An article whose address is a folder (``/2024/05/story/``, as blogs print them) has no
    file stem to look for in a link: its next page is the same folder with a page number in the
    query, and a link to another folder or to a fragment of the page is not."""
    from parsel import Selector

    from fanwen.pagepath import next_pages

    url = "http://x.cn/2024/05/story/"
    page = Selector(
        text="<div><a href='?page=2'>2</a><a href='/2024/05/story/?page=2'>下一页</a>"
        "<a href='/2024/05/other/'>下一篇</a><a href='#comments'>评论</a>"
        "<a href='/2024/05/story/2/'>2</a><a href='/2024/05/story/?page=1'>1</a></div>"
    )
    assert next_pages(page, url) == ["http://x.cn/2024/05/story/?page=2"] * 2
    # A numbered page's next page, as before: the stem is in the link.
    numbered = Selector(text="<a href='7_2.html'>2</a><a href='8.html'>下一篇</a>")
    assert next_pages(numbered, "http://x.cn/a/7.html") == ["http://x.cn/a/7_2.html"]


def test_the_page_path_parses_as_parsel_does():
    """The page path parses with lxml.html's element classes looked up in C (issue 13): the same
    tree as ``Selector(text=...)``, form controls included, and what parsel reads as JSON or XML
    still goes to parsel."""
    from lxml import etree
    from parsel import Selector

    from fanwen.extract.page import extract_article, parse_html

    form = (
        "<html><body><form action='/s'><label>搜索</label><input name='q'><select><option>全部</option>"
        "</select><textarea>留言</textarea></form>" + PAGE.split("<body>")[1]
    )
    for text in (form, "\n " + PAGE + "\x00", '<?xml version="1.0"?><a>x</a>', '{"a": 1}', "<!-- -->"):
        ours, parsels = parse_html(text), Selector(text=text)
        assert ours.type == parsels.type
        if ours.type != "json":
            assert etree.tostring(ours.root) == etree.tostring(parsels.root)
    url = "http://x.cn/a/1.html"
    assert extract_article(parse_html(form), url, None) == extract_article(Selector(text=form), url, None)


def test_an_xhtml_page_declaring_xml_gives_its_article(rules):
    """Pattern: an XHTML page (a WAP/XHTML-MP mobile site, an old XHTML 1.0 CMS) opens with an XML
    declaration and sets the XHTML namespace on <html>. It is an HTML page: read as XML it had no
    <body> the extractor knows (namespaced tags, elements without text_content), and the reader
    crashed. A document that declares XML and is no page (a sitemap, a feed) stays XML."""
    from fanwen.extract.page import parse_html

    lines = (
        "入冬以后，小区里用电取暖的家庭多了起来，物业在楼道里贴出了新的安全提示，提醒大家出门前拔掉取暖器的插头。",
        "社区的网格员挨家挨户上门，检查电动车有没有在楼道里充电，发现问题当场登记，第二天再回访，直到整改到位为止。",
        "周末的消防演练吸引了不少居民参加，消防员现场演示了灭火器的用法，还教孩子们怎样弯腰捂住口鼻沿着墙边撤离。",
    )
    page = (
        '<?xml version="1.0" encoding="GBK"?>\n<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" '
        '"http://www.wapforum.org/DTD/xhtml-mobile10.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=GBK"/><title>冬季防火进社区_手机版</title>'
        '</head><body><div class="top"><a href="/">首页</a>|<a href="/news/">资讯</a></div><h1>冬季防火进社区</h1>'
        '<div class="info">2024-12-01 来源：街道办</div><div class="content">'
        + "".join(f"<p>{line}</p>" for line in lines)
        + '</div><div class="foot"><a href="/">返回首页</a></div></body></html>'
    )
    article = process_html(page, "http://m.example.cn/news/1.html", rules)
    assert article.title == "冬季防火进社区"
    assert [line for line in lines if line not in article.text] == []
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>'
    )
    assert parse_html(sitemap).type == "xml"


# A page of an article is a file named after its first page's (1_2.html for 1.html, show.php?…
# for show.php): a link whose file is named otherwise is no page of it, seen before resolving
# the link. A short stem (1.html) is in most of a page's links (/1/…, ?ref=1, 11.html).
def test_only_links_to_a_file_named_after_the_articles_page_are_read_as_its_pages():
    from parsel import Selector

    from fanwen.pagepath import next_pages

    links = "".join(
        f'<a href="{href}">{text}</a>'
        for href, text in [
            ("/1/list.html", "栏目"),
            ("/a/11.html", "下一篇"),
            ("/a/21.html?from=1", "相关"),
            ("/a/1.html#comments", "评论"),
            ("1_2.html", "2"),
            ("/a/1_3.html", "下一页"),
            ("\x01/a/1_2.htm\tl", "2"),
        ]
    )
    assert next_pages(Selector(text=f"<body>{links}</body>"), "http://x.cn/a/1.html") == [
        "http://x.cn/a/1_2.html",
        "http://x.cn/a/1_3.html",
        "http://x.cn/a/1_2.html",  # the control characters an address drops (urlsplit)
    ]


_HREF = st.text(alphabet="1_2./?#a\tx=-hpmlst\x01 ", max_size=16).map(lambda s: s.replace("..", "."))


@given(href=st.one_of(_HREF, st.builds(lambda a, b: a + "1_2.html" + b, _HREF, _HREF)))
def test_a_link_to_a_next_page_is_never_left_unresolved(href):
    """Whatever a link's address, it is resolved when it may be a page of the article."""
    from urllib.parse import urljoin

    from fanwen.pagepath import _may_be_page
    from fanwen.spiders import links

    for url in ("http://x.cn/a/1.html", "http://x.cn/a/1_3.html", "http://x.cn/show.php?id=1&page=2"):
        page = links.page_of(url)
        stem = links.page_stem(page[0])
        if links.is_next_page(urljoin(url, href), "下一页", url, page):
            assert _may_be_page(href, stem)
