"""Learning a site's template from several of its pages: what a crawler knows that a
single-page extractor does not.

The site here is written for the pattern: every article sits in ``div#wrap > div.article-body``;
one page carries a feed under a heading that is no recommendation label, longer than its
short article, so detection on that page alone takes the feed.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from parsel import Selector

from fanwen.cli import main
from fanwen.extract.page import extract_article
from fanwen.extract.template import learn
from fanwen.profiles import load

SITE = """<html><head><title>{title}_某某文摘</title></head><body>
<div id="wrap"><h1>{title}</h1><div class="article-body">{body}</div>
<div class="zhuanti"><h2>本周专题</h2>{feed}</div></div></body></html>"""
FEED = "".join(
    f"<div class='z'><p>专题第{i}篇的导语很长，编辑把整段导语贴在这里，句子很多，读起来像一篇文章的开头。</p></div>"
    for i in range(10)
)


def _page(n: int, paragraphs: int, feed: str = "") -> str:
    body = "".join(
        f"<p>第{n}篇文章的第{i}段，写作者的见闻和感受，有时间，有地点，有人物，也有自己的想法。</p>"
        for i in range(paragraphs)
    )
    return SITE.format(title=f"第{n}篇文章", body=body, feed=feed)


PAGES = [_page(1, 8), _page(2, 9), _page(3, 3, FEED), _page(4, 7)]


def test_detection_alone_takes_the_feed_on_the_page_with_a_short_article():
    article = extract_article(Selector(text=PAGES[2]), None, None)
    assert "专题第0篇" in "\n".join(b.text for b in article.blocks)


def test_the_template_learned_from_the_site_finds_the_article_on_that_page(tmp_path):
    counts = learn(PAGES)
    assert counts.decided("content") == [("div#wrap > div.article-body", 3)]
    assert counts.pages == 4
    files = []
    for i, html in enumerate(PAGES):
        files.append(tmp_path / f"{i}.html")
        files[-1].write_text(html, encoding="utf-8")
    out = tmp_path / "wenzhai.toml"
    result = CliRunner().invoke(
        main, ["profile", "learn", *map(str, files), "--name", "wenzhai", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    profile = load(str(out))
    article = extract_article(Selector(text=PAGES[2]), None, profile)
    text = "\n".join(b.text for b in article.blocks)
    assert "第3篇文章的第2段" in text and "专题" not in text


def test_profile_learn_out_dash_prints_the_profile_not_a_file_named_dash(tmp_path, monkeypatch):
    """`--out -` (stdout, as usual) wrote a file named "-" and printed nothing."""
    files = []
    for i, html in enumerate(PAGES):
        files.append(tmp_path / f"{i}.html")
        files[-1].write_text(html, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["profile", "learn", *map(str, files), "--name", "wenzhai", "--out", "-"]
    )
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert 'name = "wenzhai"' in result.output and "div#wrap > div.article-body" in result.output


def test_pages_that_do_not_agree_give_no_selector_and_say_so(tmp_path):
    other = (
        "<html><body><div class='x'>"
        + "<p>另一个站的文章，句子很多，内容很长，写得很认真。</p>" * 8
        + "</div></body></html>"
    )
    files = _saved(tmp_path, [PAGES[0], other, PAGES[1]])
    result = CliRunner().invoke(main, ["profile", "learn", *map(str, files), "--name", "x"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: no content selector: the 3 article pages do not agree on where the article is"
    ]


def _saved(tmp_path, pages: list[str]) -> list:
    """The pages saved as files, in order."""
    files = [tmp_path / f"{i}.html" for i in range(len(pages))]
    for file, html in zip(files, pages, strict=True):
        file.write_text(html, encoding="utf-8")
    return files


# A listing in three layouts: titles with dates, titles under a column's name, teasers.
LISTINGS = [
    "<html><head><title>新闻列表</title></head><body><ul class='list'>"
    + "".join(
        f"<li><a href='/a/{i}.html'>关于推进区域协调发展的第{i}篇调研报告</a><span>2025-11-0{i % 9 + 1}</span></li>"
        for i in range(20)
    )
    + "</ul><div class='pages'><a href='list_2.html'>下一页</a></div></body></html>",
    "<html><body><h2>心得体会</h2><div class='box'>"
    + "".join(f"<p><a href='/xinde/{i}.html'>第{i}篇：我在基层工作中的一点体会</a></p>" for i in range(12))
    + "</div></body></html>",
    "<html><body>"
    + "".join(
        f"<div class='item'><h3><a href='/news/{i}.html'>第{i}条消息的标题</a></h3><p>导语：这里是第{i}条消息的导语，"
        f"只有一句。</p><a href='/news/{i}.html'>阅读全文</a></div>"
        for i in range(15)
    )
    + "</body></html>",
]


@pytest.mark.parametrize(("listing", "links"), list(zip(LISTINGS, [21, 12, 15], strict=True)))
def test_profile_learn_given_a_listing_says_it_is_one_and_how_to_give_article_pages(tmp_path, listing, links):
    """`fanwen profile learn URL` given a listing said "the 1 article page(s) do not agree": the
    line names the listing and its links, and the error says what to give instead."""
    page = tmp_path / "list.html"
    page.write_text(listing, encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "learn", str(page), "--name", "x"])
    assert result.exit_code == 1, result.output
    said = result.stderr.splitlines()
    assert said[0].startswith(
        f"fanwen profile learn: {page}: a listing, not an article page ({links} links found"
    )
    assert said[1:] == [
        "Error: no article page among the 1 page(s) given (listing 1): give 3 or more article pages of "
        "the site (the pages a listing links to), or crawl the site and give --site NAME"
    ]


def test_profile_learn_given_fewer_than_three_article_pages_says_how_many_it_needs(tmp_path):
    """One or two article pages cannot make a template (a path needs 3 pages): the error said they
    "do not agree", as if they had been compared."""
    files = _saved(tmp_path, PAGES[:2])
    result = CliRunner().invoke(main, ["profile", "learn", *map(str, files), "--name", "x"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: no content selector: a template needs the article at the same place on 3 article pages, "
        "and 2 of the 2 page(s) given are article pages: give more"
    ]


def test_profile_learn_learns_from_the_article_pages_beside_a_listing(tmp_path):
    files = _saved(tmp_path, [LISTINGS[0], *PAGES])
    result = CliRunner().invoke(main, ["profile", "learn", *map(str, files), "--name", "wenzhai"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"fanwen profile learn: {files[0]}: a listing, not an article page")
    assert "div#wrap > div.article-body" in result.stdout


@pytest.mark.parametrize("url", ["http://[x/a/1.html", "http://www.example.cn:port/a/1.html"])
def test_profile_learn_with_a_url_that_does_not_parse_is_a_usage_error(url, tmp_path):
    """As ``fanwen extract --url``: a URL that does not parse is one line and exit 2, found before
    any page is fetched, never a traceback."""
    page = tmp_path / "1.html"
    page.write_text(PAGES[0], encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "learn", str(page), url, "--name", "x"])
    assert result.exit_code == 2, result.output
    assert "not a URL" in result.output and "Traceback" not in result.output


def test_profile_learn_skips_a_page_whose_extraction_raises_and_names_it(tmp_path, monkeypatch):
    """One page the extractor fails on (a defect not yet found) costs that page, as a missing file
    does, and the run learns from the others: one line names it."""
    import fanwen.extract.page as page_module

    real = page_module.extract_article

    def failing(selector, *args, **kwargs):
        if "第3篇文章" in selector.root.text_content():
            raise ValueError("a defect")
        return real(selector, *args, **kwargs)

    monkeypatch.setattr(page_module, "extract_article", failing)
    files = []
    for i, html in enumerate([*PAGES, _page(5, 8), _page(6, 8)]):
        files.append(tmp_path / f"{i}.html")
        files[-1].write_text(html, encoding="utf-8")
    result = CliRunner().invoke(main, ["profile", "learn", *map(str, files), "--name", "wenzhai"])
    assert result.exit_code == 0, result.output
    assert f"fanwen profile learn: {files[2]}: not read (ValueError: a defect)" in result.output
    assert "div#wrap > div.article-body" in result.output and "found on 5 of 5 pages" in result.output


def test_profile_learn_when_no_page_could_be_read_says_so(tmp_path):
    """Every page given missing (or refused): after each page's line, the error said the pages
    "do not agree on where the article is", as if 0 pages had been compared."""
    missing = [str(tmp_path / "1.html"), str(tmp_path / "2.html")]
    result = CliRunner().invoke(main, ["profile", "learn", *missing, "--name", "x"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == [f"fanwen profile learn: {path}: No such file or directory" for path in missing]
    assert lines[2:] == ["Error: no page could be read (2 given): nothing to learn from"]


def test_profile_learn_with_no_pages_and_no_site_asks_for_one():
    result = CliRunner().invoke(main, ["profile", "learn", "--name", "x"])
    assert result.exit_code == 2
    assert "give article pages (files or URLs) or --site NAME" in result.output
    assert "not both" not in result.output


# A site whose layout prints no author, and a column box beside the article on some pages
# (before it in the source) with its own labelled name: detection on such a page alone takes
# the box's name. The site's other pages show that this layout names nobody: the template
# learns "no author here" for it, and the page's author then comes only from the article itself
# (a byline opening the text, a label between the title and the text).
NO_AUTHOR_SITE = """<html><head><title>{title}_某某文摘</title></head><body>
<div id="wrap">{box}<h1>{title}</h1><div class="riqi">2024-05-{day:02d}</div>
<div class="article-body">{body}</div></div></body></html>"""
COLUMN_BOX = (
    '<div class="lanmu"><p>专栏作者：李四</p><p><a href="/zl/1.html">李四专栏：读书的乐趣</a></p></div>'
)


def _no_author_page(n: int, box: bool = False, byline: str = "") -> str:
    body = byline + "".join(
        f"<p>第{n}篇文章的第{i}段，写作者的见闻和感受，有时间，有地点，有人物，也有自己的想法。</p>"
        for i in range(6)
    )
    return NO_AUTHOR_SITE.format(title=f"第{n}篇文章", day=n, box=COLUMN_BOX if box else "", body=body)


def test_a_layout_that_prints_no_author_is_learned_and_a_boxs_name_is_not_taken():
    pages = [_no_author_page(n, box=n % 3 == 0) for n in range(1, 10)]
    assert extract_article(Selector(text=pages[2]), None, None).author == "李四"  # detection alone
    template = learn(pages).template()
    assert template.author, "the template decides the author slot: nobody, on this layout"
    assert extract_article(Selector(text=pages[2]), None, None, template=template).author is None
    # The article's own byline still names its writer on that layout.
    bylined = _no_author_page(10, box=True, byline="<p>本报记者 王五</p>")
    assert extract_article(Selector(text=bylined), None, None, template=template).author == "王五"


def test_a_layout_that_prints_authors_on_some_pages_keeps_them():
    """Most pages name nobody, a few print 作者：… between the title and the text: those keep it."""
    pages = [_no_author_page(n) for n in range(1, 9)]
    named = _no_author_page(9).replace(
        '<div class="article-body">', '<div class="zz">作者：赵敏</div><div class="article-body">'
    )
    template = learn([*pages, named]).template()
    assert extract_article(Selector(text=named), None, None, template=template).author == "赵敏"


# A date and the author printed on one line (2023年10月25日 文/徐丽): the line is both slots.
def test_a_date_and_author_on_one_line_give_both_slots():
    def page(n: int) -> str:
        body = "".join(
            f"<p>第{n}篇的第{i}段，写作者的见闻和感受，有时间，有地点，有人物，也有想法。</p>"
            for i in range(6)
        )
        return (
            f"<html><head><title>第{n}篇_某某文摘</title></head><body><div id='wrap'><h1>第{n}篇</h1>"
            f"<div class='info'>2023年10月{n:02d}日\u00a0\u00a0文/徐丽{n}</div><div class='article-body'>{body}</div>"
            "</div></body></html>"
        )

    counts = learn([page(n) for n in range(1, 6)])
    assert counts.decided("published") == [("div#wrap > div.info", 5)]
    assert counts.decided("author") == [("div#wrap > div.info", 5)]


QA = """<html><head><title>{q}_问答社区</title></head><body><div id="wrap">
<div class="q"><h1>{q}</h1><div class="q-desc">{desc}</div><div class="q-meta">提问者：小绿</div></div>
<div class="best"><div class="label">最佳答案</div><div class="answer-text">{answer}</div></div></div></body></html>"""


def _qa(n: int) -> str:
    answer = "".join(
        f"<p>第{n}个问题的回答第{i}段，先说原因，再说办法，办法要一步一步来，不要着急。</p>" for i in range(4)
    )
    desc = f"第{n}个问题：家里的绿萝最近叶子发黄，浇水也不算多，是什么原因？"
    return QA.format(q=f"绿萝叶子发黄怎么办{n}", desc=desc, answer=answer)


def test_a_template_learned_on_a_qa_site_keeps_each_pages_question():
    """The template's content slot is the answer's box; the question between the title and it is
    the article's head there too, as detection reads it."""
    counts = learn([_qa(n) for n in range(4)])
    template = counts.template()
    assert template.content == ("div#wrap > div.best > div.answer-text",)
    article = extract_article(Selector(text=_qa(9)), None, None, template=template)
    text = "\n".join(b.text for b in article.blocks)
    assert text.startswith("第9个问题：") and "回答第3段" in text


@pytest.mark.parametrize(
    "closing",
    [
        "<p>作者：张三</p></div>",
        '</div><div class="byline">作者：张三</div>',
        '</div><p class="editor">文/张三</p>',
    ],
)
def test_a_layout_that_names_nobody_still_takes_the_author_the_text_prints(closing):
    """Where the site's learned layout names no author, a byline the article itself prints at its
    end or on the first line under it is still its author, as generic detection reads it."""
    from fanwen.extract import template as T

    para = "<p>为提高居民环保意识，我社区于6月1日至6月5日开展了垃圾分类主题宣传活动，共发放宣传册八百余份，入户宣传三百余户。</p>"
    html = (
        "<html><head><title>社区垃圾分类宣传活动总结_某某网</title></head><body><h1>社区垃圾分类宣传活动总结</h1>"
        f'<div class="info">2024-06-05</div><div class="content">{para * 3}{closing}</body></html>'
    )
    path = T.css_path(Selector(text=html).root.xpath("//div[@class='content']")[0])
    absent = T.Template(content=(path,), author=(T.ABSENT + path,))
    article = extract_article(Selector(text=html), "https://x.cn/a/1.html", None, template=absent)
    assert article.author == "张三"
