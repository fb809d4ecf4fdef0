"""Everything is checked before a crawl starts: a bad profile, setting or database is one line
naming the file, the key and the problem; usage errors exit 2, an unusable database 1."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from scrapy.utils.test import get_crawler

from fanwen import profiles
from fanwen.cli import main
from fanwen.config import SettingError
from fanwen.db import make_engine, migrate
from fanwen.pipelines.store import StorePipeline
from fanwen.pipelines.strip import StripPipeline
from fanwen.spiders.articles import ArticleSpider

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
QUERIES = [["search", "人才"], ["show", "http://x.cn/1.html"], ["list"], ["stats"], ["runs"], ["export"]]


def crawl(tmp_path: Path, *args: str):
    return CliRunner().invoke(main, ["crawl", *args, "--db", str(tmp_path / "f.db")])


def one_line_error(output: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ('[selectors]\ncontent = ["div.body", "div[[["]', "selectors.content[1]"),
        ('[selectors]\ntitle = "//h1["', "selectors.title[0]"),
        ('[[rule]]\nname = "bad"\npattern = "(unclosed"', "rule[0]"),
        ('[[rule]]\nname = "bad"\npattern = "广告"\nunless = "[z-a]"', "rule[0]"),
    ],
)
def test_a_profile_that_cannot_compile_is_refused_before_crawling(tmp_path, toml, key):
    path = tmp_path / "site.toml"
    path.write_text(f'start_urls = ["http://127.0.0.1:9/"]\n{toml}\n', encoding="utf-8")
    with pytest.raises(profiles.ProfileError, match=key.replace("[", r"\[")):
        profiles.load(str(path))
    result = crawl(tmp_path, str(path))
    assert result.exit_code == 2
    line = one_line_error(result.output)
    assert str(path) in line and key in line
    assert not (tmp_path / "f.db").exists()


@pytest.mark.parametrize(
    "setting",
    [
        "FANWEN_STORE_BATCH_SIZE=0",
        "FANWEN_BOILERPLATE_THRESHOLD=1",
        "FANWEN_BOILERPLATE_MIN_SHARE=2",
        "FANWEN_STOP_PAGING_KNOWN=x",
        "FANWEN_REFRESH_INTERVAL=soon",
        "FANWEN_STRIP_ENABLED=maybe",
        "FANWEN_STORE_BATCHSIZE=10",
        # Scrapy's own settings, by the type of their default: a traceback after the crawl began.
        "DOWNLOAD_DELAY=abc",
        "CONCURRENT_REQUESTS=2.5",
        "ROBOTSTXT_OBEY=perhaps",
        # Seconds below 0: an AssertionError in the reactor on every request, CRITICAL tracebacks.
        "DOWNLOAD_TIMEOUT=-5",
        "DOWNLOAD_DELAY=-1",
        "LOG_LEVEL=LOUD",  # a traceback from Scrapy's log setup, exit 1
        # A name one slip from a setting Scrapy knows: else the crawl runs without it, silently.
        "DOWNLOAD_DELAYS=2",
        "ROBOTSTXT_OBEYED=False",
        "CONCURENT_REQUESTS=4",
    ],
)
def test_a_bad_setting_is_a_usage_error_naming_it(tmp_path, setting):
    result = crawl(tmp_path, "http://127.0.0.1:9/", "-s", setting)
    assert result.exit_code == 2
    assert setting.split("=")[0] in one_line_error(result.output)
    assert not (tmp_path / "f.db").exists()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        # A number of things done at once: 0 does nothing (CONCURRENT_REQUESTS_PER_DOMAIN=0 hung
        # the crawl, past SIGTERM; CONCURRENT_ITEMS=0 stored nothing, exit 4 with no reason;
        # AUTOTHROTTLE_TARGET_CONCURRENCY=0 switched AutoThrottle off with a warning).
        ("CONCURRENT_REQUESTS=0", "must be a whole number of at least 1, not '0'"),
        ("CONCURRENT_REQUESTS_PER_DOMAIN=0", "must be a whole number of at least 1, not '0'"),
        ("CONCURRENT_ITEMS=-3", "must be a whole number of at least 1, not '-3'"),
        ("AUTOTHROTTLE_TARGET_CONCURRENCY=0", "must be a number above 0, not '0'"),
        ("REACTOR_THREADPOOL_MAXSIZE=0", "must be a whole number of at least 1, not '0'"),
        # A count, a size, a limit below 0 (0 is Scrapy's "none" or "no limit" for most).
        ("RETRY_TIMES=-1", "must be a whole number of at least 0, not '-1'"),
        ("DOWNLOAD_MAXSIZE=-1", "must be a whole number of at least 0, not '-1'"),
        ("CLOSESPIDER_PAGECOUNT=-5", "must be a whole number of at least 0, not '-5'"),
        ("AUTOTHROTTLE_MAX_DELAY=-1", "must be a number of at least 0, not '-1'"),
        ("AUTOTHROTTLE_START_DELAY=nan", "must be a number of at least 0, not 'nan'"),
        ("CONCURRENT_REQUESTS=1.5", "must be a whole number, not '1.5'"),
        # fanwen's own numbers: NaN compared as neither too low nor too high.
        ("FANWEN_STORE_BATCH_SECONDS=nan", "must be a number of at least 0.1, not 'nan'"),
        ("FANWEN_BOILERPLATE_MIN_SHARE=nan", "must be a number from 0 to 1, not 'nan'"),
        ("FANWEN_LOCK_WAIT=nan", "must be a number of at least 0, not 'nan'"),
    ],
)
def test_a_number_setting_out_of_its_range_is_a_usage_error(tmp_path, setting, message):
    result = crawl(tmp_path, "http://127.0.0.1:9/", "-s", setting)
    assert result.exit_code == 2, result.output
    assert one_line_error(result.output) == f"Error: {setting.split('=')[0]}: {message}"
    assert not (tmp_path / "f.db").exists()


@pytest.mark.parametrize(
    "setting",
    [
        # A priority may be below 0 (DEPTH_PRIORITY=-1: breadth first); 0 is "no limit" or "off".
        "DEPTH_PRIORITY=-1",
        "RETRY_PRIORITY_ADJUST=-2",
        "DOWNLOAD_MAXSIZE=0",
        "DEPTH_LIMIT=0",
        "RETRY_TIMES=0",
        "AUTOTHROTTLE_TARGET_CONCURRENCY=0.5",
        "CONCURRENT_REQUESTS=1",
        # A switch Scrapy reads with getbool though its default is the number 1.
        "TELNETCONSOLE_ENABLED=False",
    ],
)
def test_a_number_setting_in_its_range_passes(setting):
    from fanwen.config import check_settings

    name, _, value = setting.partition("=")
    check_settings({name: value})


def test_a_setting_name_one_slip_from_a_known_one_names_the_known_one(tmp_path):
    result = crawl(tmp_path, "http://127.0.0.1:9/", "-s", "DOWNLOAD_DELAYS=2")
    assert "did you mean DOWNLOAD_DELAY?" in one_line_error(result.output)


@pytest.mark.parametrize("setting", ["REDIS_URL=redis://127.0.0.1:9/0", "SCHEDULER_PERSIST=True", "JOBDIR="])
def test_a_setting_scrapy_redis_or_scrapy_reads_is_passed_without_a_word(tmp_path, setting):
    result = crawl(tmp_path, "http://127.0.0.1:9/", "-s", setting)
    assert result.exit_code != 2 and "Warning" not in result.output, result.output


def test_a_setting_no_one_knows_is_passed_on_with_a_warning(tmp_path):
    """An extension's own setting is none of Scrapy's, scrapy-redis's or fanwen's: it is passed on
    (not refused), and one line says nothing fanwen knows reads it."""
    result = crawl(tmp_path, "http://127.0.0.1:9/", "-s", "MYEXT_ENDPOINT=x")
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and "MYEXT_ENDPOINT" in warnings[0], result.output
    assert result.exit_code != 2


def test_a_log_level_is_one_of_the_levels_in_any_case(tmp_path):
    result = crawl(tmp_path, "http://127.0.0.1:9/", "-L", "bogus")
    assert result.exit_code == 2
    assert "'bogus' is not one of" in one_line_error(result.output)
    assert not (tmp_path / "f.db").exists()
    for level in (["-L", "error"], ["-s", "LOG_LEVEL=error"]):  # a traceback before, for -s
        command = [str(BIN / "fanwen"), "crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "f.db")]
        ran = subprocess.run([*command, *level], capture_output=True, text=True, timeout=120)
        assert ran.returncode == 1, ran.stdout + ran.stderr[-2000:]
        assert "no page could be fetched" in one_line_error(ran.stdout + ran.stderr)


@pytest.mark.parametrize("pipeline", [StorePipeline, StripPipeline])
def test_a_bad_value_fails_the_stage_instead_of_switching_it_off(pipeline):
    crawler = get_crawler(settings_dict={"FANWEN_STORE_BATCH_SIZE": 0})
    with pytest.raises(SettingError, match="FANWEN_STORE_BATCH_SIZE"):
        pipeline.from_crawler(crawler)


def test_every_fanwen_setting_has_a_check():
    from fanwen import config, settings

    defined = {name for name in vars(settings) if name.startswith("FANWEN_")}
    assert defined <= set(config.CHECKS)
    config.check_settings({name: getattr(settings, name) for name in defined})  # the defaults pass


def test_an_address_without_its_scheme_suggests_http(tmp_path):
    result = crawl(tmp_path, "127.0.0.1:8600/")
    assert result.exit_code == 2
    assert "http://127.0.0.1:8600/" in one_line_error(result.output)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1:99999/", "port out of range 0-65535"),
        ("http://www.example .cn/", "not a host name: 'www.example .cn'"),
    ],
)
def test_a_start_url_the_crawl_could_never_ask_for_is_a_usage_error(tmp_path, url, problem):
    """Not left to fail as the crawl's first request: a port out of range ended the crawl with a
    traceback in the log (Scrapy's start_error), a space in the host as a fault."""
    for args in ([url], [str(ROOT / "fanwen/profiles/demo.toml"), "--start-url", url]):
        result = crawl(tmp_path, *args)
        assert result.exit_code == 2, result.output
        assert problem in one_line_error(result.output)
    assert not (tmp_path / "f.db").exists()


@pytest.mark.parametrize(
    ("toml", "url"),
    [
        ('start_urls = ["http://127.0.0.1:9/"]\nallowed_domains = ["www.example.cn"]', "http://127.0.0.1:9/"),
        (
            'start_urls = ["http://www.example.cn/"]\nsitemaps = ["http://cdn.example.cn/s.xml"]',
            "cdn.example.cn",
        ),
    ],
)
def test_a_start_url_or_sitemap_outside_allowed_domains_is_a_usage_error(tmp_path, toml, url):
    """The off-site filter dropped it before it was sent, at DEBUG: 0 pages, 'finished', exit 0."""
    profile = tmp_path / "p.toml"
    profile.write_text(toml + "\n", encoding="utf-8")
    result = crawl(tmp_path, str(profile))
    assert result.exit_code == 2
    assert url in one_line_error(result.output) and "outside allowed_domains" in result.output
    assert not (tmp_path / "f.db").exists()


def test_a_sitemap_under_an_allowed_domain_is_fine():
    urls = {"start_urls": ["http://www.example.cn/"], "sitemaps": ["http://cdn.example.cn/s.xml"]}
    assert profiles.parse({**urls, "allowed_domains": ["example.cn"]}, "p").allowed_domains == ("example.cn",)


def test_a_job_directory_that_cannot_be_one_is_a_usage_error(tmp_path):
    """A file, or a path under one: a traceback from inside the crawl (FileExistsError), exit 1."""
    (tmp_path / "job").write_text("")
    for args, problem in (
        (["--jobdir", str(tmp_path / "job")], "is a file, not a job directory"),
        (["-s", f"JOBDIR={tmp_path / 'job' / 'sub'}"], "cannot make the job directory"),
    ):
        result = crawl(tmp_path, "http://127.0.0.1:9/", *args)
        assert result.exit_code == 2, result.output
        assert problem in one_line_error(result.output)
    assert not (tmp_path / "f.db").exists()


def test_scrapy_crawl_of_a_profile_without_start_url_is_one_line(tmp_path):
    result = subprocess.run(
        [
            str(BIN / "scrapy"),
            "crawl",
            "articles",
            "-a",
            "target=demo",
            "-s",
            f"FANWEN_DB={tmp_path / 'f.db'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "profile 'demo' has no start_urls" in result.stderr


def test_the_spider_refuses_a_bad_setting_under_scrapy_crawl():
    crawler = get_crawler(ArticleSpider, settings_dict={"FANWEN_LOCK_WAIT": "-1"})
    with pytest.raises(SystemExit) as stopped:
        ArticleSpider.from_crawler(crawler, target="http://127.0.0.1:9/")
    assert stopped.value.code == 2


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.db"
    migrate(make_engine(str(path)))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    return path


@pytest.mark.parametrize("command", QUERIES, ids=lambda c: c[0])
def test_a_database_from_a_newer_fanwen_is_one_line_for_every_command(tmp_path, command):
    path = _newer(tmp_path)
    result = CliRunner().invoke(main, [*command, "--db", str(path)])
    assert result.exit_code == 1
    line = one_line_error(result.output)
    assert "0999" in line and "newer fanwen" in line


@pytest.mark.parametrize("command", [*QUERIES, ("crawl", "http://127.0.0.1:9/")], ids=lambda c: c[0])
def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path, command):
    import sqlite3

    path = tmp_path / "theirs.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    result = CliRunner().invoke(main, [*command, "--db", str(path)])
    assert result.exit_code == 1
    assert "not a fanwen database" in one_line_error(result.output)
    connection = sqlite3.connect(path)
    tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    connection.close()
    assert tables == ["notes"]  # no fanwen table written into it


def test_crawling_into_a_database_from_a_newer_fanwen_is_one_line(tmp_path):
    path = _newer(tmp_path)
    result = CliRunner().invoke(main, ["crawl", "http://127.0.0.1:9/", "--db", str(path)])
    assert result.exit_code == 1
    assert "newer fanwen" in one_line_error(result.output)


def test_a_read_only_database_is_refused_before_crawling(tmp_path):
    path = tmp_path / "ro.db"
    migrate(make_engine(str(path)))
    # A read-only open stands in for a file the user may not write (the tests may run as root).
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    for command in (["crawl", "http://127.0.0.1:9/"], ["demo", "--port", "0"]):
        result = CliRunner().invoke(main, [*command, "--db", read_only])
        assert result.exit_code == 1, result.output
        assert "read-only" in one_line_error(result.output)
    assert CliRunner().invoke(main, ["runs", "--db", read_only]).exit_code == 0  # reading is fine


def test_a_database_in_a_missing_directory_is_one_line(tmp_path):
    for command in (["crawl", "http://127.0.0.1:9/"], ["demo", "--port", "0"]):
        result = CliRunner().invoke(main, [*command, "--db", str(tmp_path / "nowhere" / "f.db")])
        assert result.exit_code == 1, result.output
        assert "nowhere" in one_line_error(result.output)


def test_a_crawl_whose_article_pages_all_fail_is_not_finished(tmp_path):
    from fanwen.demo import build_site, serve

    profile = tmp_path / "wrong.toml"
    # The demo's article URLs, and a content selector from some other site's layout.
    profile.write_text('article_url = "/\\\\d+\\\\.html$"\n[selectors]\ncontent = ["div.not-on-this-site"]\n')
    db = tmp_path / "f.db"
    with serve(build_site()) as base:
        result = subprocess.run(
            [
                str(BIN / "fanwen"),
                "crawl",
                str(profile),
                "--start-url",
                base + "/",
                "--db",
                str(db),
                "--max-pages",
                "12",
                "-L",
                "ERROR",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
                "-s",
                "DOWNLOAD_DELAY=0",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 4, result.stdout + result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT status, articles_new FROM crawl_runs").fetchall() == [
            ("nothing_stored", 0)
        ]


def test_a_first_crawl_that_finds_no_article_says_why_and_is_not_finished(tmp_path):
    """A start URL whose pages are none of them articles (a company site, a wrong address) stored
    nothing: that is no success for cron. The summary says what the pages were instead, the run
    is ``nothing_stored`` and the exit code 4. (A re-crawl that reads only known listings is
    fine: it has stored articles of the site; see the doctest of nothing_kept.)"""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<html><head><meta charset="utf-8"><title>某某科技</title></head><body>'
        '<a href="about.html">关于我们</a> <a href="contact.html">联系方式</a></body></html>',
        encoding="utf-8",
    )
    for name, text in (("about", "公司简介"), ("contact", "电话：0571-1234567")):
        (site / f"{name}.html").write_text(
            f'<html><head><meta charset="utf-8"><title>{text}</title></head><body><p>{text}</p></body></html>',
            encoding="utf-8",
        )
    quiet = type("Quiet", (SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
    handler = functools.partial(quiet, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    db = tmp_path / "f.db"
    try:
        result = subprocess.run(
            [str(BIN / "fanwen"), "crawl", f"http://127.0.0.1:{httpd.server_address[1]}/", "--db", str(db),
             "-L", "ERROR", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.returncode == 4, result.stdout + result.stderr[-2000:]
    assert "No article found: 3 pages read were not articles (listing 1, no_text 2)" in result.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT status FROM crawl_runs").fetchall() == [("nothing_stored",)]
