"""Site profiles: bundled and user TOML files, validated with clear errors."""

from __future__ import annotations

import pytest

from fanwen import profiles
from fanwen.spiders.articles import ArticleSpider, resolve_target


def test_bundled_demo_profile_loads():
    profile = profiles.load("demo")
    assert profile.name == "demo"
    assert profile.selectors.content


def test_bare_url_is_a_profile_with_no_selectors():
    profile = resolve_target("https://www.example.cn/xinde/")
    assert profile.allowed_domains == ("www.example.cn",)
    assert profile.selectors.content == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = [", "not valid TOML"),
        ('colour = "red"', "unknown key"),
        ('[selectors]\ncontnet = "div"', "unknown selector"),
        ('article_url = "("', "not a valid regular expression"),
        ("start_urls = 3", "must be a string or a list"),
    ],
)
def test_broken_profile_says_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(profiles.ProfileError, match=message):
        profiles.load(str(path))


@pytest.mark.parametrize("target", ["nosuchprofile", "ftp://example.cn/", "http:///nohost"])
def test_bad_targets(target):
    with pytest.raises(profiles.ProfileError):
        resolve_target(target)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://www.example.cn/a.html", "www.example.cn/a", "http:///a"]
)
def test_only_http_and_https_urls_start_a_crawl(url):
    for where in ("start_urls", "sitemaps"):
        with pytest.raises(profiles.ProfileError, match=f"{where}: not an http\\(s\\) URL"):
            profiles.parse({"name": "x", "start_urls": ["https://www.example.cn/"], where: [url]}, "x")
    with pytest.raises(profiles.ProfileError, match="start URL: not an http\\(s\\) URL"):
        resolve_target("demo", url)


def test_a_catastrophic_article_url_is_matched_in_linear_time(tmp_path):
    import time

    profile = tmp_path / "evil.toml"
    profile.write_text('name = "evil"\nstart_urls = ["https://www.example.cn/"]\narticle_url = "(a+)+$"\n')
    spider = ArticleSpider(target=str(profile))
    started = time.monotonic()
    assert not spider._looks_like_article("https://www.example.cn/" + "a" * 50_000 + "!")
    assert time.monotonic() - started < 1.0


def test_a_profile_rule_may_name_the_bundled_cues(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text(
        'name = "site"\n[[rule]]\nname = "site-follow"\nscope = "block"\npattern = "关注"\ncues = ["domain"]\n',
        encoding="utf-8",
    )
    assert profiles.load(str(path)).rules[0]["cues"] == ["domain"]
    path.write_text(
        'name = "site"\n[[rule]]\nname = "site-follow"\nscope = "block"\npattern = "关注"\ncues = ["nope"]\n',
        encoding="utf-8",
    )
    with pytest.raises(profiles.ProfileError, match="unknown"):
        profiles.load(str(path))


def test_a_profile_rule_may_name_a_bundled_cue_in_its_pattern(tmp_path):
    """``${follow}`` in a profile's pattern is the bundled cue's pattern (RE2 must read it)."""
    path = tmp_path / "site.toml"
    path.write_text(
        'name = "site"\n[[rule]]\nname = "site-follow"\nscope = "block"\npattern = "本站${follow}"\n',
        encoding="utf-8",
    )
    assert profiles.load(str(path)).rules[0]["pattern"] == "本站${follow}"
    path.write_text(
        'name = "site"\n[[rule]]\nname = "site-follow"\nscope = "block"\npattern = "${nope}"\n',
        encoding="utf-8",
    )
    with pytest.raises(profiles.ProfileError, match="nope"):
        profiles.load(str(path))
