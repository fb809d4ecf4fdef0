"""Bundled platform profiles (fanwen/profiles/platforms/*.toml): templates of platforms that host
many writers' articles, recognised by the page's template, not its host.

Every page here is written for this test in the shape of the platform's template: a
public-account article whose body a script reveals and whose date only a script holds; a blog
post shorter than the paid-download notes of its sidebar.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from parsel import Selector

from fanwen.extract import platform
from fanwen.extract.page import extract_article
from fanwen.profiles import ProfileError, parse

PARAS = [
    "今年春天，我们在城郊的小村子里住了半个月，每天清晨都能听见布谷鸟在远处叫。",
    "村里的老人说，布谷鸟一叫，就该下地插秧了。他们一边说，一边把秧苗捆成一小把一小把。",
    "孩子们跟在大人后面，光着脚踩在水田里，笑声传得很远，连路过的人都停下来看。",
]


def _account_page(meta_line: str, script: str, author_meta: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    feed = "".join(
        f'<li><a href="/s?{i}">推荐文章{i}</a><p>这是一篇很长的推荐文章摘要，写得比正文还要长，'
        f"读者看完正文会接着看它，编辑把它放在正文下面，第{i}条。</p></li>"
        for i in range(10)
    )
    return f"""<html><head><title>布谷鸟叫的时候</title>
<meta property="og:title" content="布谷鸟叫的时候"><meta name="author" content="{author_meta}"></head>
<body><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">布谷鸟叫的时候</h1>
<div id="meta_content" class="rich_media_meta_list">{meta_line}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" id="js_name">田野笔记</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">{body}</div></div>
<div class="recommend"><ul>{feed}</ul></div>
<script>var nickname = "田野笔记";{script}</script></body></html>"""


def test_a_public_account_article_gives_its_hidden_body_writer_and_script_date():
    html = _account_page(
        '<span class="rich_media_meta rich_media_meta_text">陈小禾</span>',
        "var createTime = '2024-05-13 10:23';",
    )
    article = extract_article(Selector(text=html), None, None)
    assert [b.text for b in article.blocks] == PARAS
    assert article.title == "布谷鸟叫的时候"
    assert article.author == "陈小禾"
    assert (
        article.source is None
    )  # the account publishes: it is the author where no writer is named, no source
    assert article.published == datetime(2024, 5, 13, 10, 23)


def test_without_a_writer_the_account_is_the_author_and_a_timestamp_is_china_time():
    html = _account_page("", 'var ct = "1715567000";')  # 2024-05-13 02:23:20 UTC
    article = extract_article(Selector(text=html), None, None)
    assert article.author == "田野笔记"
    assert article.published == datetime(2024, 5, 13, 10, 23, 20)


def test_the_author_meta_names_the_writer_when_the_meta_line_does_not():
    html = _account_page("", "", author_meta="王一鸣")
    assert extract_article(Selector(text=html), None, None).author == "王一鸣"


def test_a_page_with_only_part_of_a_template_is_not_the_platforms():
    """``detect`` needs every selector: an id alone (a site that happens to use it) is not enough."""
    html = '<html><body><div id="js_content"><p>x</p></div></body></html>'
    assert platform.detect(Selector(text=html).root) is None


def _blog_page() -> str:
    post = "".join(f"<p>{p}</p>" for p in PARAS[:2])
    notes = "".join(
        f"<li><p>资源下载第{i}项：开通会员后可免费下载本资源，积分不足时需要付费，"
        f"每天可下载五次，付费后七日内有效，如有问题请联系客服处理。</p></li>"
        for i in range(8)
    )
    return f"""<html><head><title>插秧笔记_某某博客</title></head><body>
<div class="blog-content-box"><div class="article-header-box"><div class="article-title-box">
<h1 class="title-article" id="articleContentId">插秧笔记</h1></div>
<div class="article-info-box"><div class="article-bar-top"><div class="bar-content">
<a class="follow-nickName" href="/u/farmer">田埂上的人</a>
<span class="time">于&nbsp;2023-05-10 10:00:00&nbsp;发布</span>
<span class="time">已于&nbsp;2023-06-01 09:00:00&nbsp;修改</span></div></div></div></div>
<article class="baidu_pl"><div id="article_content" class="article_content clearfix">
<div id="content_views" class="htmledit_views">{post}</div></div></article></div>
<div class="recommend-box"><ul class="download-notes">{notes}</ul></div></body></html>"""


def test_a_blog_post_shorter_than_its_sidebar_notes_is_the_post():
    article = extract_article(Selector(text=_blog_page()), None, None)
    assert [b.text for b in article.blocks] == PARAS[:2]
    assert article.author == "田埂上的人"
    assert article.published == datetime(2023, 5, 10, 10, 0)


def test_a_blog_platforms_post_gives_its_owner_and_the_date_beside_its_title():
    post = "".join(f"<p>{p}</p>" for p in PARAS)
    visitors = "".join(
        f'<li><a href="/u/{i}">访客{i}</a> 留言：写得真好，我也想去乡下住几天。</li>' for i in range(30)
    )
    html = f"""<html><head><title>布谷鸟叫的时候_田野的博客_新浪博客</title></head><body>
<div id="blognamespan"><strong id="ownernick">田野</strong></div>
<div class="SG_colW73"><div class="articalTitle">
<h2 id="t_4a1b2c3d0102e5fg" class="titName SG_txta">布谷鸟叫的时候</h2>
<span class="time SG_txtc">(2012-05-04 10:21:33)</span></div>
<div id="sina_keyword_ad_area2" class="articalContent   ">{post}</div></div>
<div class="SG_colW21"><ul class="visitors">{visitors}</ul></div></body></html>"""
    article = extract_article(Selector(text=html), None, None)
    assert [b.text for b in article.blocks] == PARAS
    assert (article.title, article.author) == ("布谷鸟叫的时候", "田野")
    assert article.published == datetime(2012, 5, 4, 10, 21, 33)


def test_a_site_profile_comes_before_the_platform():
    profile = parse({"selectors": {"author": ["span.time"]}}, "site")
    article = extract_article(Selector(text=_blog_page()), None, profile)
    assert article.author is None or article.author != "田埂上的人"


def test_bundled_platforms_load_and_name_no_host():
    names = {p.name for p in platform.bundled()}
    assert {"wechat", "csdn", "cnblogs", "sinablog"} <= names
    for path in platform.PLATFORMS.glob("*.toml"):
        assert not re.search(r"\b[\w-]+\.(?:com|cn|net|org)\b", path.read_text(encoding="utf-8")), path


def test_extraction_code_names_no_host():
    """Platforms are data: no host name in the extraction code."""
    for path in Path(platform.__file__).parent.glob("*.py"):
        code = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(?:weixin|csdn|cnblogs|sina|sohu|163)\.(?:com|cn|net)", code), path


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"detect": []}, "detect must be a non-empty list"),
        ({"detect": ["div[["]}, "not a valid CSS selector"),
        ({"detect": ["#a"], "hosts": ["x"]}, "unknown key"),
        ({"detect": ["#a"], "scripts": {"published": ["no group"]}}, "needs a group"),
        ({"detect": ["#a"], "utc_offset": 30}, "utc_offset"),
        ({"detect": ["#a"], "selectors": {"body": ["#a"]}}, "unknown selector"),
    ],
)
def test_a_bad_platform_file_is_one_clear_error(data, problem):
    with pytest.raises(ProfileError, match=problem):
        platform.parse_platform(data, "bad")


def test_the_page_path_counts_the_platform_a_page_was_read_with():
    from fanwen.pagepath import read_page

    html = _account_page("", "var createTime = '2024-05-13 10:23';")
    page = read_page(html.encode(), "https://example.cn/s/1", content_type="text/html; charset=utf-8")
    assert page.article is not None and page.article.platform == "wechat"
    assert "platform/wechat" in page.outcomes
    assert "platform/csdn" in read_page(_blog_page().encode(), None).outcomes
    plain = "<html><body><h1>标题</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</body></html>"
    assert not [o for o in read_page(plain.encode(), None).outcomes if o.startswith("platform/")]


def test_a_relative_date_the_script_printed_gives_way_to_the_scripts_timestamp():
    """A page saved after its script ran shows ``前天`` where the date is: no date, so the
    timestamp the script holds is read."""
    html = _account_page("", 'var ct = "1715567000";').replace(
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>',
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text">前天</em>',
    )
    assert extract_article(Selector(text=html), None, None).published == datetime(2024, 5, 13, 10, 23, 20)


def test_a_scripts_unix_seconds_beat_its_day_alone():
    """var publish_time = "2024-05-13" (the day) and var ct = "1715567000" (the instant): the
    value that gives the minute wins, whichever pattern comes first."""
    html = _account_page("", 'var publish_time = "2024-05-13"; var ct = "1715567000";')
    assert extract_article(Selector(text=html), None, None).published == datetime(2024, 5, 13, 10, 23, 20)
