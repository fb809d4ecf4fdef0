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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Every key of a profile, given a value of another TOML type: one line naming the key,
        # the type it takes and the type it got (name = 5 loaded as a profile named '5').
        ("name = 5", "name must be a string (the site's name), not an integer (5)"),
        ('name = ["a"]', "name must be a string (the site's name), not an array (['a'])"),
        ('name = "  "', "name must be a string (the site's name), not an empty string ('  ')"),
        (
            "name = 2025-01-01",
            "name must be a string (the site's name), not a date (datetime.date(2025, 1, 1))",
        ),
        ("article_url = 5", "article_url must be a string (a regular expression), not an integer (5)"),
        (
            "refresh = true",
            'refresh must be a duration (seconds, or a string such as "7d"), not a boolean (True)',
        ),
        (
            "refresh = [1]",
            'refresh must be a duration (seconds, or a string such as "7d"), not an array ([1])',
        ),
        (
            "timezone = 8",
            "timezone must be a string (an IANA name such as Asia/Shanghai), not an integer (8)",
        ),
        ("max_depth = 1.5", "max_depth must be a whole number of at least 1, not a float (1.5)"),
        ('max_depth = "3"', "max_depth must be a whole number of at least 1, not a string ('3')"),
        ("max_links_per_page = 0", "max_links_per_page must be a whole number of at least 1, not 0"),
        ("start_urls = 3", "start_urls must be a string or a list of strings, not an integer (3)"),
        (
            "sitemaps = [1, 2]",
            "sitemaps must be a string or a list of strings, not a list holding an integer (1)",
        ),
        (
            "allowed_domains = {a = 1}",
            "allowed_domains must be a string or a list of strings, not a table ({'a': 1})",
        ),
        ("selectors = 5", "[selectors] must be a table, not an integer (5)"),
        (
            "[selectors]\ntitle = true",
            "selectors.title must be a string or a list of strings, not a boolean (True)",
        ),
        ("template = []", "[template] must be a table, not an array ([])"),
        ("rule = 5", "[[rule]] entries must be tables, not an integer (5)"),
    ],
)
def test_a_value_of_the_wrong_type_names_the_key_and_the_type(tmp_path, text, message):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(profiles.ProfileError) as raised:
        profiles.load(str(path))
    assert str(raised.value) == f"{path}: {message}"


@pytest.mark.parametrize(
    "text",
    [
        'name = "站点"\nrefresh = 3600\nmax_depth = 3\ntimezone = "Asia/Taipei"',
        'refresh = 1.5\nstart_urls = "http://x.cn/"\nsitemaps = []',
        'refresh = "7d"\n[selectors]\ntitle = "h1"\n[template]\ncontent = []',
    ],
)
def test_values_of_the_right_types_load(tmp_path, text):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    assert profiles.load(str(path)).name in ("站点", "site")


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
