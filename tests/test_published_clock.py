"""``published`` has one meaning: the site's wall-clock time, naive (docs/extraction.md, "What
``published`` means"). A date the page states with a UTC offset (JSON-LD, ``<meta>``,
``<time datetime>``: ``2024-03-05T02:21:14Z``, ``+08:00``) is converted to the site's zone (the
profile's ``timezone``, else ``FANWEN_TIMEZONE``, Asia/Shanghai); a date without one is taken as
printed. Pages written for the pattern."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from parsel import Selector
from scrapy.utils.test import get_crawler

from fanwen.extract.page import extract_article
from fanwen.extract.processors import parse_date
from fanwen.profiles import Profile, ProfileError, parse

PARAS = "".join(
    f"<p>第{i}段，周末我们去了城郊的湿地公园，看见成群的白鹭在浅滩上觅食，孩子们兴奋得一路小跑。</p>"
    for i in range(5)
)


def page(head: str, info: str = "") -> str:
    return (
        f"<html><head><title>湿地公园看白鹭</title>{head}</head><body><h1>湿地公园看白鹭</h1>"
        f"{info}<div class='entry-content'>{PARAS}</div></body></html>"
    )


UTC_META = '<meta property="article:published_time" content="2024-03-05T02:21:14+00:00">'


@pytest.mark.parametrize(
    "head",
    [
        UTC_META,
        '<meta property="article:published_time" content="2024-03-05T02:21:14Z">',
        '<meta property="article:published_time" content="2024-03-05T02:21:14.000Z">',
        '<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-03-05T02:21:14+0000"}</script>',
        '<meta property="article:published_time" content="2024-03-04T21:21:14-05:00">',
        '<meta property="article:published_time" content="2024-03-05T10:21:14+08:00">',
    ],
)
def test_a_date_with_an_offset_is_the_sites_wall_clock(head):
    article = extract_article(Selector(text=page(head)), None, None)
    assert article.published == datetime(2024, 3, 5, 10, 21, 14)
    assert article.published.tzinfo is None


def test_a_date_without_an_offset_is_taken_as_printed():
    article = extract_article(
        Selector(text=page("", "<p class='meta'>发布时间：2024-03-05 10:21</p>")), None, None
    )
    assert article.published == datetime(2024, 3, 5, 10, 21)


def test_a_profile_names_its_sites_zone():
    profile = replace(Profile("tw"), timezone="Asia/Taipei")
    assert extract_article(Selector(text=page(UTC_META)), None, profile).published == datetime(
        2024, 3, 5, 10, 21, 14
    )
    profile = replace(Profile("uk"), timezone="Europe/London")
    assert extract_article(Selector(text=page(UTC_META)), None, profile).published == datetime(
        2024, 3, 5, 2, 21, 14
    )


def test_a_utc_midnight_can_be_the_next_day_on_the_sites_clock():
    """A blog platform's JSON-LD in UTC, 16:30 on the 8th, is the 9th's morning in China."""
    head = '<script type="application/ld+json">{"datePublished": "2024-11-08T16:30:00Z"}</script>'
    assert extract_article(Selector(text=page(head)), None, None).published == datetime(2024, 11, 9, 0, 30)


@pytest.mark.parametrize(
    "text",
    [
        "活动时间：2024-03-05 10:00-11:30",  # a time range, not an offset
        "2024-03-05 10:00:00-11:30:00",
    ],
)
def test_a_time_range_is_no_offset(text):
    assert parse_date(text) == datetime(2024, 3, 5, 10, 0)


def test_a_profiles_timezone_is_checked():
    assert parse({"timezone": "Asia/Hong_Kong"}, "x").timezone == "Asia/Hong_Kong"
    with pytest.raises(ProfileError, match="timezone"):
        parse({"timezone": "Mars/Olympus"}, "x")


def test_the_crawl_gives_profiles_without_a_zone_the_setting():
    from fanwen.spiders.articles import ArticleSpider

    crawler = get_crawler(
        ArticleSpider,
        settings_dict={
            "FANWEN_STORE_ENABLED": False,
            "FANWEN_WORKERS": 0,
            "FANWEN_TIMEZONE": "Europe/Berlin",
        },
    )
    spider = ArticleSpider.from_crawler(crawler, target="http://a.example.cn/")
    assert spider.profile.timezone == "Europe/Berlin"


def test_a_bad_timezone_setting_is_an_error():
    from fanwen.config import SettingError, check_settings

    with pytest.raises(SettingError, match="FANWEN_TIMEZONE"):
        check_settings({"FANWEN_TIMEZONE": "Nowhere/City"})


def test_markup_whose_instant_falls_on_another_day_than_the_printed_date_gives_way():
    """A blog generator whose own zone is wrong states 21:40 local as 21:40Z (05:40 the next day
    in China); the date printed under the title is what the site's readers see."""
    head = '<meta property="article:published_time" content="2025-03-02T21:40:12.000Z">'
    info = '<div class="post-meta">发表于 <time datetime="2025-03-02T21:40:12+08:00">2025-03-02</time></div>'
    assert extract_article(Selector(text=page(head, info)), None, None).published == datetime(
        2025, 3, 2, 21, 40, 12
    )


def test_markup_on_the_printed_day_keeps_its_minute():
    head = '<meta property="article:published_time" content="2025-03-02T13:40:12.000Z">'
    info = '<div class="post-meta">发表于 2025-03-02</div>'
    assert extract_article(Selector(text=page(head, info)), None, None).published == datetime(
        2025, 3, 2, 21, 40, 12
    )
