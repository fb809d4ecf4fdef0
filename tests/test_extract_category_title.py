"""Category and title of generic extraction on pages written for each pattern: the channel a
breadcrumb names, the parts of a <title> around the article's title."""

from __future__ import annotations

import json

import pytest
from parsel import Selector

from fanwen.extract.page import extract_article

PARA = "<p>第{}段，我们坚持以人民为中心的发展思想，扎实推进各项工作，取得了明显成效，群众满意度持续提升。</p>"
PARAS = "".join(PARA.format(i) for i in range(5))


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def extract(title: str, body: str):
    return extract_article(Selector(text=page(title, body)), None, None)


# A breadcrumb's last level names the page itself in words that are no channel: "browse the
# article", "view the content" (Discuz's portal prints 查看内容), in simplified or traditional
# characters, after a traditional 首頁. The level before it is the column.
@pytest.mark.parametrize("word", ["浏览文章", "瀏覽文章", "查看内容", "详细内容", "內容詳情", "阅读全文"])
def test_a_last_crumb_that_names_the_page_in_other_words_is_not_the_category(word):
    crumbs = (
        '<div class="position">目前位置：<a href="/">首頁</a> &gt;&gt; <a href="/sw/">散文隨筆</a>'
        f' &gt;&gt; <a href="/sw/list.asp?id=5">抒情散文</a> &gt;&gt; {word}</div>'
    )
    assert (
        extract("秋夜聽雨", f"{crumbs}<h1>秋夜聽雨</h1><div class='text'>{PARAS}</div>").category
        == "抒情散文"
    )


def test_a_position_label_in_a_crumb_of_its_own_is_not_the_category():
    crumbs = '<div class="crumb"><span>您的位置</span><a href="/">首页</a><a href="/yj/">游记</a></div>'
    assert extract("冬日游记", f"{crumbs}<h1>冬日游记</h1><div class='text'>{PARAS}</div>").category == "游记"
    home = '<div class="crumb"><span>当前位置</span><a href="/">首页</a></div>'
    assert extract("冬日游记", f"{home}<h1>冬日游记</h1><div class='text'>{PARAS}</div>").category is None


# A breadcrumb without a class (a forum portal's: links with a separator of their own between
# them) whose last level is plain text naming the page (查看内容) or the article's title: still a
# breadcrumb, and its last linked level is the column. A menu with a greeting after it is none.
@pytest.mark.parametrize("last", ["查看内容", "冬天被子怎样晒才不返潮"])
def test_a_trail_without_a_class_ending_in_plain_text_gives_its_last_level(last):
    crumbs = (
        '<div class="z"><a href="./" title="首页">某某生活网</a> <em>&rsaquo;</em> <a href="portal.php">门户</a>'
        ' <em>&rsaquo;</em> <a href="portal.php?mod=list&amp;catid=3">生活百科</a> <em>&rsaquo;</em>'
        f' <a href="portal.php?mod=list&amp;catid=31">家居常识</a> <em>&rsaquo;</em> {last}</div>'
    )
    body = f"{crumbs}<h1>冬天被子怎样晒才不返潮</h1><div class='text'>{PARAS}</div>"
    assert extract("冬天被子怎样晒才不返潮 - 某某生活网", body).category == "家居常识"
    menu = '<div><a href="/">首页</a> <em>|</em> <a href="/sh/">生活百科</a> 欢迎您来到本站</div>'
    body = f"{menu}<h1>冬天被子怎样晒才不返潮</h1><div class='text'>{PARAS}</div>"
    assert extract("冬天被子怎样晒才不返潮 - 某某生活网", body).category is None


# A breadcrumb's last level that is the article's own title, however short (a WordPress SEO
# plugin's trail: 首页 » 游记 » the post's title in a span): the level before it is the column.
# A last level the title merely starts with (游记 » 哈尔滨 for 哈尔滨冰雪之旅) is a column.
@pytest.mark.parametrize(
    ("last", "title", "category"),
    [
        ("冬日里的哈尔滨冰雪之旅", "冬日里的哈尔滨冰雪之旅", "游记"),
        ("我的大学", "我的大学", "游记"),
        ('<a href="/yj/hrb/">哈尔滨</a>', "哈尔滨冰雪之旅", "哈尔滨"),
    ],
)
def test_a_last_crumb_that_is_the_articles_title_is_not_the_category(last, title, category):
    crumbs = (
        '<nav class="rank-math-breadcrumb"><p><a href="/">首页</a><span class="separator"> &raquo; </span>'
        f'<a href="/yj/">游记</a><span class="separator"> &raquo; </span><span class="last">{last}</span></p></nav>'
    )
    body = f"{crumbs}<h1>{title}</h1><div class='text'>{PARAS}</div>"
    assert extract(f"{title} &#8211; 行者笔记", body).category == category


def table_page(title: str, printed: str) -> str:
    """An old table layout (ASP): the site's logo, a menu, the title in bold in a cell, no heading."""
    logo = '<td><a href="/"><img src="/images/logo.gif" alt="某某作文網"></a></td>'
    menu = '<td><a href="/" class="nav">首頁</a>　<a href="/zw/" class="nav">作文範文</a>　<a href="/zj/" class="nav">週記</a>　<a href="/yj/" class="nav">演講稿</a></td>'
    cell = f'<td align="center"><font size="4"><b>{printed}</b></font></td>' if printed else ""
    return page(
        title, f"<table><tr>{logo}</tr><tr>{menu}</tr><tr>{cell}</tr><tr><td>{PARAS}</td></tr></table>"
    )


# A traditional site's <title> joins the article's title, its column and the site's name with a
# full-width hyphen and no spaces (標題－欄目－某某網): the last part goes when it names the site (as
# its logo does), and the one before it when it is a channel a menu links (a part no menu links
# may be a subtitle).
# A hyphen of the title's own stays (2024－2025學年, 中國－東協博覽會).
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("寒假生活週記三篇－週記－某某作文網", "寒假生活週記三篇"),
        ("寒假生活週記三篇－某某作文網", "寒假生活週記三篇"),
        ("2024－2025學年寒假生活週記－週記－某某作文網", "2024－2025學年寒假生活週記"),
        ("中國－東協博覽會在南寧開幕", "中國－東協博覽會在南寧開幕"),
        ("中國－東協博覽會在南寧開幕－週記－某某作文網", "中國－東協博覽會在南寧開幕"),
        ("中國－東協博覽會在南寧開幕－新聞稿－某某作文網", "中國－東協博覽會在南寧開幕－新聞稿"),
    ],
)
@pytest.mark.parametrize("printed", [True, False])
def test_a_titles_full_width_hyphen_suffixes_go_its_own_hyphens_stay(title, want, printed):
    html = table_page(title, want if printed else "")
    assert extract_article(Selector(text=html), None, None).title == want


# A breadcrumb named by its accessibility label (WAI-ARIA's <nav aria-label="breadcrumb">, a
# React/Next.js blog's, its levels in list items with the separators in items of their own) or
# by schema.org's BreadcrumbList microdata, with no class naming it: its last level is the
# column. A navigation labelled otherwise (主导航) is a menu.
@pytest.mark.parametrize(
    ("holder", "category"),
    [
        ('<nav aria-label="breadcrumb" class="text-sm mb-4"><ol class="flex gap-2">{}</ol></nav>', "四川"),
        ('<nav aria-label="面包屑导航"><ol>{}</ol></nav>', "四川"),
        ('<ol itemscope itemtype="https://schema.org/BreadcrumbList">{}</ol>', "四川"),
        ('<nav aria-label="主导航"><ol>{}</ol></nav>', None),
    ],
)
def test_a_breadcrumb_named_by_its_aria_label_or_microdata_gives_its_last_level(holder, category):
    items = (
        '<li><a href="/">首页</a></li><li>›</li><li><a href="/category/guide">旅行攻略</a></li>'
        '<li>›</li><li><a href="/category/guide/sichuan">四川</a></li>'
    )
    body = (
        f"<main><article>{holder.format(items)}<h1>稻城亚丁五日徒步记</h1><div>{PARAS}</div></article></main>"
    )
    assert extract("稻城亚丁五日徒步记 | 山野手记", body).category == category


# A breadcrumb only in structured data (JSON-LD BreadcrumbList, alone or in an @graph as SEO
# plugins write it; the page renders its trail with script, or not at all): its last level is the
# column, and a last level that is the article itself is skipped. Another list (ItemList, the
# related posts) is none.
@pytest.mark.parametrize(
    ("data", "category"),
    [
        ('{{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": {}}}', "四川"),
        (
            '{{"@context": "https://schema.org", "@graph": [{{"@type": "BreadcrumbList", "itemListElement": {}}}]}}',
            "四川",
        ),
        ('{{"@context": "https://schema.org", "@type": "ItemList", "itemListElement": {}}}', None),
    ],
)
def test_a_breadcrumb_in_structured_data_gives_its_last_level(data, category):
    levels = [
        ("首页", "/"),
        ("旅行攻略", "/guide/"),
        ("四川", "/guide/sichuan/"),
        ("稻城亚丁五日徒步记", None),
    ]
    elements = [
        {
            "@type": "ListItem",
            "position": i,
            "name": name,
            **({"item": f"https://a.cn{href}"} if href else {}),
        }
        for i, (name, href) in enumerate(levels, 1)
    ]
    script = (
        f'<script type="application/ld+json">{data.format(json.dumps(elements, ensure_ascii=False))}</script>'
    )
    body = f"{script}<h1>稻城亚丁五日徒步记</h1><div>{PARAS}</div>"
    assert extract("稻城亚丁五日徒步记 | 山野手记", body).category == category


# An old CMS's article page whose <title> names the column, not the article (心得体会_某某范文网,
# the heading prints 参加青年教师培训心得体会): the <title> disagrees with the heading, so its first
# part is no title, and a last crumb naming it is the column (the reviewer's page).
def test_a_last_crumb_the_title_tag_names_is_the_column_when_the_heading_disagrees():
    crumbs = "<div class='place'>您的位置：<a href='/'>首页</a> &gt; <a href='/xdth/'>心得体会</a></div>"
    body = f"{crumbs}<h1>参加青年教师培训心得体会</h1><div class='content'>{PARAS}</div>"
    assert extract("心得体会_华文范文网", body).category == "心得体会"


# A title of the page's own whose last part after its full-width hyphen ends in 站 or 網 (火車站,
# 漁網), with no site suffix: the page prints the whole <title> as its title, and names no site so;
# nothing goes (the reviewer's page).
@pytest.mark.parametrize("printed", [True, False])
def test_a_titles_own_last_part_ending_in_a_site_word_stays(printed):
    title = "春節返鄉－擠上最後一班車的火車站"
    html = table_page(title, title if printed else "")
    assert extract_article(Selector(text=html), None, None).title == title


# A breadcrumb whose last link is a promotion (点击进入财富专题, a call to click in red): no level.
def test_a_crumb_that_calls_to_click_is_no_level():
    crumbs = (
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/cj/">产经资讯</a> &gt; <a href="/cj/sm/">商贸</a>'
        ' &gt; <a href="/zt/"><font color="red">点击进入财富专题</font></a> &gt; 正文</div>'
    )
    assert (
        extract("四年经营记", f"{crumbs}<h1>四年经营记</h1><div class='text'>{PARAS}</div>").category
        == "商贸"
    )


# A last crumb that is the article's title ending in a book's title (重读《平凡的世界》, 读《XX》有感:
# everywhere on essay sites) is still the title: only a crumb wholly in 《》 (a saved article's
# 《folder》) loses its marks (the reviewer's page).
def test_a_last_crumb_that_is_a_title_ending_in_a_book_title_is_the_title():
    crumbs = "<div class='breadcrumb'><a href='/'>首页</a> &gt; <a href='/c/reading/'>读书笔记</a> &gt; 重读《平凡的世界》</div>"
    body = f"{crumbs}<h1>重读《平凡的世界》</h1><div class='entry-content'>{PARAS}</div>"
    assert extract("重读《平凡的世界》 – 山间小记", body).category == "读书笔记"


# Session 9, set H's kind: a <title> that prints the site (and its channel) first and the
# article's title last (城关二小--城关二小春季运动会方案, 範例站 - 申請書 - 標題); the page prints the
# title at the end of a line of its own (a title cell, 申請書: 標題). Its last part is the title.
@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "城关二小--城关二小2026年春季运动会方案",
            "<div class='art-title'>城关二小2026年春季运动会方案</div>",
        ),
        (
            "文書範例站 - 申請書範例 - 清寒獎學金申請書範例（大學生適用）",
            "<span class='itemTitle'><a href='/t/5'>申請書範例</a>: 清寒獎學金申請書範例（大學生適用）</span>",
        ),
    ],
)
def test_a_title_tag_printing_the_site_first_gives_its_last_part(title, printed):
    want = title.replace("--", " - ").split(" - ")[-1]
    assert extract(title, f"{printed}<div class='text'>{PARAS}</div>").title == want


@pytest.mark.parametrize(
    "title",
    [
        # Look-alikes: the site's name last (shorter than the title), printed in the logo.
        "2024年度社区志愿服务工作总结 - 范文网",
        # A title whose last part the page does not print at a line's end.
        "新闻中心 - 学院举办2026年春季运动会",
        # A section's label first and the site's name last, the site named by its logo's link.
        "评论 - 城市晨报官方网站",
        # A title and its subtitle, the heading printing both.
        "电子病历 - 数字医疗的漫长之路",
        # A section's label first and the paper last, printed in a photo's credit.
        "评论 | 城市需要更多口袋公园 - 江城晨报社新闻中心",
    ],
)
def test_a_title_tag_printing_the_site_last_keeps_its_first_part(title):
    body = (
        "<div class='logo'><a href='/'>范文网</a> <a href='/'>城市晨报官方网站</a></div>"
        f"<h2>电子病历 – 数字医疗的漫长之路</h2><div class='text'>{PARAS}</div>"
        "<p class='credit'>图：李明/江城晨报社新闻中心</p>"
    )
    assert extract(title, body).title == title.split(" - ")[0].split(" | ")[0]


# A site's logo set as a heading (review R21): a <title> that prints the site first starts with
# the logo's text, so the logo was taken as the title heading and as the title.
@pytest.mark.parametrize(
    "logo",
    [
        "<h1><a href='/'>临川晚报</a></h1>",
        "<h1 class='logo'><a href='https://www.linchuan.example.cn/'>临川晚报</a></h1>",
        "<h1 id='logo'><img src='/logo.png' alt=''>临川晚报</h1>",
        "<h2><a href='./index.html'>临川晚报</a></h2>",
    ],
)
@pytest.mark.parametrize(
    "heading", ["<h1>社区食堂开进老街区</h1>", "<h2 class='art-tit'>社区食堂开进老街区</h2>"]
)
def test_a_logo_heading_is_no_title_heading(logo, heading):
    article = extract(
        "临川晚报 - 社区食堂开进老街区",
        f"<div class='top'>{logo}<a href='/news/'>新闻</a></div>{heading}<div class='text'>{PARAS}</div>",
    )
    assert article.title == "社区食堂开进老街区"


def test_a_title_heading_that_links_to_its_own_page_stays_the_title():
    """The look-alike: a blog's title heading is a link to the post's own page."""
    article = extract(
        "社区食堂开进老街区 - 临川晚报",
        f"<h1><a href='/2024/05/shitang.html'>社区食堂开进老街区</a></h1><div class='text'>{PARAS}</div>",
    )
    assert article.title == "社区食堂开进老街区"


# A tag cloud is no breadcrumb. WordPress's tag cloud widget numbers its links in their class
# (tag-link-position-1, -2, …: "position" as a trail's class says it), and a blog without pretty
# permalinks links its tags as /?tag=…, which no tag's path tells. A trail is a short chain from
# the home page; a cloud's items are links of one kind, classed as tags: none is the category,
# on a page with no breadcrumb nor on one whose trail comes after the cloud.
CLOUD = (
    '<div class="widget widget_tag_cloud"><div class="tagcloud">'
    + "".join(
        f'<a href="/?tag={slug}" class="tag-cloud-link tag-link-{n} tag-link-position-{n}"'
        f' style="font-size: {8 + n}pt;" aria-label="{name} ({n} 篇)">{name}</a> '
        for n, (slug, name) in enumerate([("hike", "徒步"), ("camp", "露营"), ("lake", "湖泊")], 1)
    )
    + "</div></div>"
)
TRAIL = "<div class='breadcrumb'><a href='/'>首页</a> › <a href='/?cat=3'>旅行手记</a> › 湖边露营的一夜</div>"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        (f"<main><h1>湖边露营的一夜</h1><div class='entry'>{PARAS}</div></main><aside>{CLOUD}</aside>", None),
        (
            f"<header>{CLOUD}</header>{TRAIL}<h1>湖边露营的一夜</h1><div class='entry'>{PARAS}</div>",
            "旅行手记",
        ),
        (f"<aside>{CLOUD}</aside>{TRAIL}<h1>湖边露营的一夜</h1><div class='entry'>{PARAS}</div>", "旅行手记"),
    ],
)
def test_a_tag_clouds_numbered_links_are_no_breadcrumb(body, category):
    assert extract("湖边露营的一夜 – 山野手记", body).category == category
