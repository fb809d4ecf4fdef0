"""Metadata kinds of session 17 (issue 11): general kinds where author, source and title failed on
unseen pages. Each test is a page of the project's own of real shape (a site's chrome around one
article), read through the page path as a crawl reads it, with the look-alikes that must not
change."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "腊月里，村口的老槐树下又热闹起来。外出打工的年轻人陆续回乡，拖着箱子走过新修的水泥路，老人们站在门口张望。",
    "我记得小时候，这条路一下雨就满是泥泞，上学要穿着雨靴走上半个钟头。如今路灯一直亮到村尾，孩子们放学也不用家长去接了。",
    "父亲说，等开春要把后院那块地重新翻一翻，种上几畦青菜，再养几只鸡，日子就这样慢慢地过，也挺好。",
    "夜深了，窗外的狗叫了两声又安静下来。我躺在小时候睡过的木床上，听着屋檐下的风，很久都没有睡着。",
)
BODY = "".join(f"<p>{p}</p>" for p in STORY)
DAY = datetime(2025, 3, 12, 10, 20)


def _novel_chapter(info: str, charset: str = "utf-8") -> str:
    """A web-novel reader's chapter page: the book's info box under the chapter's heading prints
    the writer with the book's genre and status, then the chapter's text and its pager."""
    return (
        f'<html><head><meta charset="{charset}"><title>第一章 回乡_归乡记_小说阅读网</title></head><body>'
        '<div class="nav"><a href="/">小说阅读网</a> <a href="/xianshi/">现实</a> <a href="/wanben/">完本</a></div>'
        f'<div class="read"><h1>第一章 回乡</h1><div class="book-info">{info}</div>'
        f'<div id="chaptercontent">{BODY}</div>'
        '<div class="pager"><a href="0.html">上一章</a> <a href="/book/88/">目录</a> <a href="2.html">下一章</a></div>'
        "</div></body></html>"
    )


def _blog_post(meta: str, charset: str = "utf-8") -> str:
    """A personal blog's post: the title, a meta line with the writer's name and the post's tags."""
    return (
        f'<html><head><meta charset="{charset}"><title>回乡小记 - 林间小屋的博客</title></head><body>'
        '<div class="header"><a href="/">林间小屋的博客</a></div>'
        f'<div class="post"><h2 class="post-title">回乡小记</h2><div class="post-meta">{meta}</div>'
        f'<div class="post-body">{BODY}</div></div></body></html>'
    )


def test_an_authors_value_ends_before_the_works_tags(rules):
    """Pattern: a reader's or a blog's info box prints the writer's name and, after it, the work's
    tags: its genre, its genre's path (现实·乡土), its status (连载中, 已完结), its length (32万字),
    joined to the name by the separators names are joined by (、, ·, a space) or printed in sibling
    elements with nothing between them (<span>温北辰</span><span>现实</span>). The author is the name:
    the value ends at its element, or at the first tag-like item; never a list of tags."""
    infos = (
        "<p>作者：温北辰、现实·乡土、连载中</p><p>更新时间：2025-03-12 10:20</p>",
        "<p>作者：温北辰 现实 已完结 32万字</p><p>更新时间：2025-03-12 10:20</p>",
        '<p><span class="author">作者：温北辰</span><span>现实</span><span>乡土</span><span>连载中</span></p>'
        "<p>更新时间：2025-03-12 10:20</p>",
        '<p>作者：<a href="/author/9/">温北辰</a><span>现实·乡土</span><span>连载中</span>'
        "<span>更新时间：2025-03-12 10:20</span></p>",
    )
    for info in infos:
        article = _read(_novel_chapter(info), rules)
        assert (article.author, article.published) == ("温北辰", DAY), info
    # A blog's meta line, in GBK: the name and the post's tags in spans, or joined by a middle dot.
    for meta in (
        '<span class="by">作者：林小雨</span><span class="tag">随笔</span><span class="tag">生活</span>'
        "<span>2025-03-12 10:20</span>",
        "<span>作者：林小雨·散文·原创</span> <span>2025-03-12 10:20</span>",
    ):
        article = _read(_blog_post(meta, "gbk"), rules, encoding="gbk")
        assert (article.author, article.published) == ("林小雨", DAY), meta


def test_names_joined_as_tags_are_and_pen_names_stand(rules):
    """The look-alikes: co-authors joined by 、 or in links with a 、 between them, a name with a
    middle dot (a translated name, a pen name and a name), a pen name holding a genre's word
    (都市夜归人), and the article's own text that speaks of a serial (连载中) are unchanged."""
    for info, author in (
        ("<p>作者：温北辰、林小雨</p><p>更新时间：2025-03-12 10:20</p>", "温北辰、林小雨"),
        (
            '<p>作者：<a href="/a/1/">温北辰</a>、<a href="/a/2/">林小雨</a></p><p>更新时间：2025-03-12 10:20</p>',
            "温北辰、林小雨",
        ),
        ("<p>作者：约翰·史密斯</p><p>更新时间：2025-03-12 10:20</p>", "约翰·史密斯"),
        ("<p>作者：都市夜归人</p><p>更新时间：2025-03-12 10:20</p>", "都市夜归人"),
        (
            '<p><span class="author">作者：</span><span>温北辰</span></p><p>更新时间：2025-03-12 10:20</p>',
            "温北辰",
        ),
    ):
        article = _read(_novel_chapter(info), rules)
        assert (article.author, article.published) == (author, DAY), info
    serial = _novel_chapter("<p>作者：温北辰</p><p>更新时间：2025-03-12 10:20</p>").replace(
        STORY[0], "这部小说现实题材，连载中，作者每天更新一章。" + STORY[0]
    )
    assert "连载中" in _read(serial, rules).text


TW_STORY = (
    "今年以來，本市推動老舊社區改造，計畫改造社區一百二十個，涉及居民四萬餘戶，目前已有三十六個社區開工。",
    "在東湖里的紅星社區，施工隊正在更換地下管線。居民王阿姨說，以前一下雨樓梯口就積水，這回總算有人管了。",
    "市府有關負責人表示，今年的改造堅持先地下後地上，優先解決水電管線老化、消防通道堵塞等問題。",
)
TW_DAY = datetime(2025, 3, 12)


def _tw_news(info: str, charset: str = "big5") -> str:
    """A Taiwanese district office's news page, in Big5: its info line or table under the title
    prints the writer, the date and how often the page was read (點閱數, 人氣, 觀看次數)."""
    body = "".join(f"<p>{p}</p>" for p in TW_STORY)
    return (
        f'<html lang="zh-TW"><head><meta charset="{charset}"><title>老舊社區改造進度說明_最新消息_東湖區公所</title></head>'
        '<body><div class="menu"><a href="/">首頁</a> <a href="/news/">最新消息</a> <a href="/about/">關於本所</a></div>'
        f'<div class="news"><h2 class="news-title">老舊社區改造進度說明</h2>{info}'
        f'<div class="news-body">{body}</div></div><div class="foot">東湖區公所 版權所有</div></body></html>'
    )


def _cn_post(info: str) -> str:
    """A mainland portal's article page: an info line of spans under the title."""
    return (
        '<html><head><meta charset="utf-8"><title>回乡小记_散文_江城文学网</title></head><body>'
        '<div class="nav"><a href="/">江城文学网</a> <a href="/sanwen/">散文</a> <a href="/shige/">诗歌</a></div>'
        f'<div class="art"><h1>回乡小记</h1><div class="info">{info}</div>'
        f'<div class="content">{BODY}</div></div></body></html>'
    )


def test_a_counter_is_never_an_author_nor_a_source(rules):
    """Pattern: an info line or table prints how often the page was read, viewed, clicked, played or
    how popular it is (點閱數, 阅读量, 浏览次数, 觀看次數, 人气, 热度, 访问量, 播放量, 点击) beside the
    writer's and the source's fields. A counter's label and its number are never an author or a
    source: an author's value ends at it, an empty field followed by it stays empty, a label in its
    own span beside the date is no source's name, and an info table that holds it with the writer's
    field is still the page's info table."""
    for info, author, source in (
        ('<div class="info">作者：林小雨　點閱數：1234　發佈日期：2025-03-12</div>', "林小雨", None),
        ('<div class="info">作者：　觀看次數：1234　發佈日期：2025-03-12</div>', None, None),
        ('<div class="info">發佈日期：2025-03-12　來源：點閱數：1234</div>', None, None),
        ('<div class="info"><span>2025-03-12</span> <span>點閱數</span><span>1234</span></div>', None, None),
        (
            '<table class="info"><tr><th>作者</th><td>林小雨</td><th>點閱數</th><td>1234</td></tr>'
            "<tr><th>日期</th><td>2025-03-12</td><th>人氣</th><td>88</td></tr></table>",
            "林小雨",
            None,
        ),
    ):
        article = _read(_tw_news(info), rules, encoding="big5")
        assert (article.author, article.source, article.published) == (author, source, TW_DAY), info
    for info, author, source in (
        ("<span>2025-03-12 10:20</span> <span>作者：林小雨 热度：1234</span>", "林小雨", None),
        ("<span>2025-03-12 10:20</span> <span>作者：林小雨 访问量：88</span>", "林小雨", None),
        ("<span>2025-03-12 10:20</span> <span>来源：江城日报 播放量：3万</span>", None, "江城日报"),
        ("<span>2025-03-12 10:20</span> <span>来源：</span><span>人气：88</span>", None, None),
    ):
        article = _read(_cn_post(info), rules)
        assert (article.author, article.source, article.published) == (author, source, DAY), info


def test_names_holding_a_counters_word_stand(rules):
    """The look-alikes: a source or a writer whose name holds a counter's word with no number after
    it (阅读时光, a magazine; 人气美食网, a site; 查看花开, a pen name) is kept, and the article's own
    text that counts its readers is text."""
    for info, author, source in (
        ("<span>2025-03-12 10:20</span> <span>来源：阅读时光</span>", None, "阅读时光"),
        ("<span>2025-03-12 10:20</span> <span>来源：人气美食网</span>", None, "人气美食网"),
        ("<span>2025-03-12 10:20</span> <span>作者：查看花开</span>", "查看花开", None),
    ):
        article = _read(_cn_post(info), rules)
        assert (article.author, article.source, article.published) == (author, source, DAY), info
    counted = _cn_post("<span>2025-03-12 10:20</span>").replace(
        STORY[1], "这篇文章的阅读量：10万次。" + STORY[1]
    )
    assert "阅读量：10万次" in _read(counted, rules).text


HEADLINE = "我县召开老旧小区改造推进会"
GOV_STORY = (
    "3月12日上午，我县召开老旧小区改造工作推进会，总结前期工作，部署下一阶段任务。县住建局、各乡镇负责同志参加会议。",
    "会议指出，今年全县计划改造老旧小区二十个，涉及居民三千余户，目前已有八个小区开工建设，整体进度符合预期。",
    "会议要求，各单位要倒排工期、挂图作战，确保六月底前全部开工，年底前全面完成改造任务，让群众早日受益。",
)
GOV_DAY = datetime(2025, 3, 12)


def _county_page(doc_title: str, head: str, charset: str = "utf-8") -> str:
    """A county government's news page: the site's menu and trail name the site and the column, the
    ``<title>`` only those (or the headline with them), the headline over the date line in the body
    (``head``: an <h2>, a centred bold line, an <h3>), then the text."""
    body = "".join(f"<p>{p}</p>" for p in GOV_STORY)
    return (
        f'<html><head><meta charset="{charset}"><title>{doc_title}</title></head><body>'
        '<div class="top"><a href="/"><img src="/logo.png" alt="某某县人民政府"></a></div>'
        '<div class="menu"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/gzdt/">工作动态</a>'
        ' <a href="/tzgg/">通知公告</a></div>'
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>'
        f'<div class="article">{head}<div class="info">发布时间：2025-03-12　来源：县住建局</div>'
        f'<div class="content">{body}</div></div>'
        '<div class="footer">某某县人民政府主办 版权所有</div></body></html>'
    )


def _school_page(head: str) -> str:
    """A school's news page of an older CMS: the ``<title>`` the site and the column (``江城中学 |
    校园新闻``), the headline, the date line and the paragraphs siblings in one element."""
    body = "".join(f"<p>{p}</p>" for p in GOV_STORY)
    return (
        '<html><head><meta charset="utf-8"><title>江城中学 | 校园新闻</title></head><body>'
        '<div class="banner"><a href="/">江城中学</a></div>'
        '<ul class="nav"><li><a href="/">学校首页</a></li><li><a href="/xyxw/">校园新闻</a></li>'
        '<li><a href="/jxky/">教学科研</a></li></ul>'
        f'<div class="main">{head}<p class="date">2025-03-12 来源：校办</p>{body}</div>'
        '<div class="copy">江城中学 版权所有</div></body></html>'
    )


def test_a_headline_in_the_body_beats_a_title_naming_the_site_and_column(rules):
    """Pattern: a site's <title> names the site and the column only (``站名 - 栏目``, ``栏目_站名``),
    each part a link or the logo's name on the page, and the article's headline is printed in the
    body over its date line, not as an <h1>: an <h2> or <h3>, a centred bold line. The body's
    headline is the title, not the site's or the column's name."""
    heads = (
        f"<h2>{HEADLINE}</h2>",
        f'<div align="center"><b>{HEADLINE}</b></div>',
        f'<p style="text-align: center"><strong>{HEADLINE}</strong></p>',
        f"<h3>{HEADLINE}</h3>",
    )
    for doc_title in ("某某县人民政府 - 工作动态", "工作动态_某某县人民政府", "某某县人民政府 | 工作动态"):
        for head in heads:
            article = _read(_county_page(doc_title, head), rules)
            assert (article.title, article.published, article.source) == (HEADLINE, GOV_DAY, "县住建局"), (
                doc_title,
                head,
            )
    article = _read(_county_page("工作动态_某某县人民政府", heads[1], "gbk"), rules, encoding="gbk")
    assert article.title == HEADLINE
    for head in heads:
        assert _read(_school_page(head), rules).title == HEADLINE, head


def test_a_title_naming_the_headline_or_a_body_without_one_stands(rules):
    """The look-alikes: a <title> that carries the headline keeps it, whatever the body's heading
    (a box's <h2> naming the column); a site-and-column <title> over a body with no headline
    candidate (the date line opens the article, a sentence over it) gives what it gave before."""
    other = "<h2>工作动态</h2>"
    article = _read(_county_page(f"{HEADLINE}_工作动态_某某县人民政府", other), rules)
    assert article.title == HEADLINE
    article = _read(_county_page(f"{HEADLINE} - 某某县人民政府", "<h3>县住建局供稿</h3>"), rules)
    assert article.title == HEADLINE
    for head in ("", "<p>本网讯，近日全县各地扎实推进各项工作，取得了明显成效。</p>"):
        before = _read(_county_page("工作动态_某某县人民政府", head), rules).title
        assert before == "工作动态"
    assert _read(_school_page(""), rules).title == "江城中学"


def test_the_headline_over_the_date_is_the_run_s_main_line_not_its_subtitle(rules):
    """Pattern (review of bc3d370): a headline is often printed with a subtitle under it and a
    kicker over it (引题, 主题, 副题: ``<h3>`` ``<h1>`` ``<h4>``; ``<h1>`` ``<h2>``; a centred bold line
    over a centred ``——…`` line), so the line just over the date line is the subtitle. Of the run of
    headline lines over the date line, the one set largest (a heading's level, then bold, then
    centred) is the title; a line opening with a dash (——) is a subtitle. UTF-8 and Big5."""
    runs = (
        f"<h1>{HEADLINE}</h1><h2>——全县推进会部署下一阶段工作</h2>",
        f'<h3 class="yt">城市更新进行时</h3><h1>{HEADLINE}</h1><h4 class="ft">今年完成改造小区二十个</h4>',
        f'<div align="center"><b>{HEADLINE}</b></div><div align="center">——全县推进会部署下一阶段工作</div>',
        f"<h2>{HEADLINE}</h2><h3>今年完成改造小区二十个</h3>",
    )
    for head in runs:
        article = _read(_county_page("工作动态 - 某某县人民政府", head), rules)
        assert (article.title, article.published) == (HEADLINE, GOV_DAY), head
    big5 = _county_page(
        "工作動態 - 某某縣政府", "<h1>老舊小區改造推進會召開</h1><h2>今年完成改造小區二十個</h2>", "big5"
    )
    big5 = (
        big5.replace("某某县人民政府", "某某縣政府").replace("工作动态", "工作動態").replace("首页", "首頁")
    )
    big5 = (
        big5.replace("政务公开", "政務公開").replace("当前位置", "當前位置").replace("发布时间", "發布時間")
    )
    big5 = big5.replace("版权所有", "版權所有").replace("来源：县住建局", "來源：縣住建局")
    big5 = "".join(c for c in big5 if c.encode("big5", "ignore"))
    assert _read(big5, rules, encoding="big5").title == "老舊小區改造推進會召開"


def test_a_kicker_of_the_same_look_over_the_headline_stands_nearest(rules):
    """The look-alike: two lines of one look over the date line (two bold lines) give the nearest,
    as before; a sentence over the headline ends the run."""
    head = f"<div><b>城市更新进行时</b></div><div><b>{HEADLINE}</b></div>"
    assert _read(_county_page("工作动态 - 某某县人民政府", head), rules).title == HEADLINE
    head = f"<p>本网讯，近日全县各地扎实推进各项工作。</p><h2>{HEADLINE}</h2>"
    assert _read(_county_page("工作动态 - 某某县人民政府", head), rules).title == HEADLINE


def test_a_headline_in_the_body_beats_a_title_naming_the_site_alone(rules):
    """Pattern: a site's <title> names the site alone (某某县人民政府, its logo's name), or the site
    as its home link prints it (某某县人民政府首页) with a column; the headline over the date line
    in the body (an <h2>, a centred bold line, an <h1>) is the title. UTF-8 and GBK."""
    for head in (
        f"<h2>{HEADLINE}</h2>",
        f"<h1>{HEADLINE}</h1>",
        f'<p align="center"><strong>{HEADLINE}</strong></p>',
    ):
        article = _read(_county_page("某某县人民政府", head), rules)
        assert (article.title, article.published) == (HEADLINE, GOV_DAY), head
        article = _read(_county_page("某某县人民政府", head, "gbk"), rules, encoding="gbk")
        assert article.title == HEADLINE, head
        home = _county_page("某某县_工作动态", head).replace(
            '<a href="/">首页</a>', '<a href="/">某某县首页</a>'
        )
        assert _read(home, rules).title == HEADLINE, head


def test_a_title_of_one_name_not_the_sites_stands(rules):
    """The look-alikes: a one-part <title> the page does not give as its site's name (a short
    form of the headline) keeps what it gave; the site's name alone over a body with no headline
    line (the date line opens the article) is what it was."""
    before = _read(_county_page("老旧小区改造", f"<h2>{HEADLINE}</h2>"), rules).title
    assert before == "老旧小区改造"
    assert _read(_county_page("某某县人民政府", ""), rules).title == "某某县人民政府"


def _header_clock_page(head: str) -> str:
    """A county site whose header prints a welcome line over today's date (今天是：…), the menu and the
    trail under it, and the article after them, dated at its end."""
    body = "".join(f"<p>{p}</p>" for p in GOV_STORY)
    return (
        '<html><head><meta charset="utf-8"><title>工作动态 - 某某县人民政府</title></head><body>'
        '<div class="top"><a href="/"><img src="/logo.png" alt="某某县人民政府"></a>'
        '<div align="center"><b>某某县人民政府欢迎您</b></div><div class="today">今天是：2025年3月14日 星期五</div></div>'
        f'<div class="menu"><a href="/">首页</a> <a href="/gzdt/">工作动态</a></div>{head}'
        f'<div class="content">{body}<p>发布时间：2025-03-12　来源：县住建局</p></div></body></html>'
    )


def test_a_headers_clock_is_no_articles_date_line(rules):
    """Pattern: a site's header prints today's date (今天是：2025年3月14日 星期五) under a welcome or
    a slogan line set bold and centred; an article starting after it, dated elsewhere, has no
    headline over that date: the line over the header's clock is never the title. The date line
    the headline stands over is one of the two lines just before the article."""
    for head in ("", '<div class="crumb"><a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>'):
        article = _read(_header_clock_page(head), rules)
        assert article.title != "某某县人民政府欢迎您", head


def test_a_boxs_label_over_the_date_is_no_headline(rules):
    """Pattern: a detail page's box is headed by the page's label (信息详情, 正文内容, 文章详情), not
    the article's headline; set as a heading over the date line, it is never the title."""
    for label in ("信息详情", "正文内容", "文章详情"):
        head = f'<div class="box-head"><h3>{label}</h3></div>'
        assert _read(_county_page("工作动态 - 某某县人民政府", head), rules).title != label
