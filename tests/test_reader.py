"""The page readers (FANWEN_WORKERS): the same pages out of a worker as in the crawl's process,
a worker's death costs only its pages, and a worker never outlives the crawl."""

from __future__ import annotations

import asyncio
import io
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ended

from fanwen import profiles
from fanwen.demo import build_site, serve
from fanwen.pagepath import Page, PageOptions, read_page
from fanwen.spiders import pageworker, reader
from fanwen.spiders.reader import PageReader, WorkerLost, worker_count

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def demo_pages() -> list[tuple[bytes, str, str]]:
    """(body, content type, url) of a few demo article pages: every template, GBK, page 2."""
    site = build_site()
    paths = [article.pages[0] for article in site.articles[::4]]
    paths += [article.pages[1] for article in site.articles if len(article.pages) > 1][:2]
    return [(site.pages[p].render(BASE), site.pages[p].content_type, BASE + p) for p in paths]


def _same(a: Page, b: Page) -> None:
    assert (a.problem, a.outcomes, a.next_pages) == (b.problem, b.outcomes, b.next_pages)
    assert a.article == b.article


def test_a_worker_reads_a_page_as_the_crawl_process_does(demo_pages):
    profile = profiles.load("demo")

    async def read_all() -> list[Page]:
        pages = PageReader(profile, workers=1)
        await pages.start()
        try:
            return list(await asyncio.gather(*(pages.read(b, ct, url) for b, ct, url in demo_pages)))
        finally:
            await pages.close()

    from_worker = asyncio.run(read_all())
    assert any(page.next_pages for page in from_worker)  # a multi-page article is among them
    assert any("gbk" in content_type.lower() for _, content_type, _ in demo_pages)
    for (body, content_type, url), page in zip(demo_pages, from_worker, strict=True):
        assert page.article is not None, url
        _same(page, read_page(body, url, PageOptions(profile), content_type))


def test_a_worker_makes_a_whole_article_again_as_reprocess_does_in_its_own_process():
    """fanwen reprocess hands a kept article's pages to the readers, which merge, validate,
    strip and section it with the finishing they were made with: the same article as
    fanwen.rebuild.reread in the command's own process; None where nothing is left of it."""
    from datetime import datetime

    from fanwen.items import FetchedPage
    from fanwen.rebuild import Finishing, reread
    from fanwen.strip import load_rules

    profile = profiles.load("demo")
    site = build_site()
    article = next(a for a in site.articles if len(a.pages) > 1)
    pages = [
        FetchedPage(BASE + path, 200, (("Content-Type", site.pages[path].content_type),), site.pages[path].render(BASE), datetime(2024, 1, 1))
        for path in article.pages
    ]  # fmt: skip
    rule = {"name": "cut-first-words", "pattern": "^.{0,2}", "scope": "block", "max_chars": 100000}
    keep = Finishing(tuple(load_rules(profile.rules)))
    cut_all = Finishing(tuple(load_rules([*profile.rules, rule])))

    async def read(finishing: Finishing) -> object:
        readers = PageReader(profile, workers=1, finishing=finishing)
        try:
            return await readers.read_article(pages, None, pages[0].url, "范文")
        finally:
            assert readers.started == 1
            await readers.close()

    from_worker = asyncio.run(read(keep))
    here = reread(pages, profile, keep, None, pages[0].url, "范文")
    assert here is not None and len(here.sections) > 1 and here.pages == len(pages) == 2
    assert from_worker == here
    assert asyncio.run(read(cut_all)) is None


def test_the_worker_protocol_answers_in_order_and_reports_a_bug():
    def frame(value: object) -> bytes:
        data = pickle.dumps(value)
        return len(data).to_bytes(4, "little") + data

    html = ("<h1>标题</h1><div><p>" + "正文内容很长。" * 40 + "</p></div>").encode()
    requests = io.BytesIO(
        frame(None)  # no profile
        + frame((html, "text/html; charset=utf-8", "http://x.cn/a/1.html", False, None))
        + frame((None, None, "http://x.cn/a/2.html", False, None))  # not bytes: a bug in the caller
        + frame((b"<p>short</p>", None, "http://x.cn/list", False, None))
    )
    answers = io.BytesIO()
    pageworker.serve(requests, answers)
    answers.seek(0)
    got = []
    while head := answers.read(4):
        got.append(pickle.loads(answers.read(int.from_bytes(head, "little"))))
    assert [kind for kind, _ in got] == ["page", "error", "page"]
    assert got[0][1].article.title == "标题"
    assert "Traceback" in got[1][1]
    assert got[2][1].problem == "not_article"


def test_a_worker_imports_only_what_reading_pages_needs():
    """A page reader is a second Python beside the crawl's: each module it loads is memory on
    every crawl. It reads a page without Scrapy (and Twisted), asyncio (the crawl's side of the
    pipe), ssl (it opens no connection) or OpenSSL's hashes (it hashes nothing: hashlib's own
    digests stand in, the same bytes), and still answers."""
    html = ("<h1>标题</h1><div><p>" + "正文内容很长。" * 40 + "</p></div>").encode()
    page = (html, "text/html; charset=utf-8", "http://x.cn/a/1.html", False, None)
    command = pageworker.COMMAND.replace(
        "main()",
        "main(); print(sorted(m for m in ('scrapy', 'twisted', 'asyncio', 'ssl', '_ssl', '_hashlib')"
        " if sys.modules.get(m)), __import__('hashlib').sha256(b'x').hexdigest()[:8], file=sys.stderr)",
    )
    worker = subprocess.run(
        [sys.executable, "-c", command],
        input=pageworker.frame(None) + pageworker.frame(page),
        capture_output=True,
        timeout=120,
        check=True,
    )
    size = int.from_bytes(worker.stdout[:4], "little")
    kind, answer = pickle.loads(worker.stdout[4 : 4 + size])
    assert kind == "page" and answer.article.title == "标题"
    assert worker.stderr.decode().strip().splitlines()[-1] == "[] 2d711642"


def test_a_reader_of_whole_articles_keeps_openssl_for_their_hashes():
    """fanwen reprocess's readers hash every article they make again (its stored hash, SHA-256
    of 10-30 kB): OpenSSL's is about five times faster than hashlib's own, so they keep it."""
    command = pageworker.command(articles=True).replace(
        "main()", "print(sorted(m for m in ('scrapy', 'ssl', '_hashlib') if sys.modules.get(m)))"
    )
    imported = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "['_hashlib']"
    assert pageworker.command(articles=False) == pageworker.COMMAND


def test_a_dead_worker_loses_only_its_pages_and_the_crawl_reads_on(demo_pages, caplog):
    body, content_type, url = demo_pages[0]

    async def scenario() -> tuple[BaseException | Page, Page]:
        pages = PageReader(None, workers=1)
        await pages.start()
        worker = pages._live[0].process
        waiting = asyncio.ensure_future(pages.read(body, content_type, url))
        worker.kill()
        try:
            lost: BaseException | Page = await waiting
        except WorkerLost as error:
            lost = error
        await asyncio.sleep(0)
        after = await pages.read(body, content_type, url)  # no worker left: read here
        await pages.close()
        return lost, after

    lost, after = asyncio.run(scenario())
    # The page in flight either got read before the kill landed or is reported lost, never hung.
    assert after.article is not None
    if isinstance(lost, Page):
        assert lost.article == after.article  # read whole before the kill: the same article
    else:
        assert "page reader 1 ended before it read the page" in str(lost)
    assert "reading pages in the crawl's process" in caplog.text


def test_of_the_pages_a_dead_worker_held_only_the_one_it_was_reading_is_suspect(demo_pages):
    """A worker reads its pages in order: when it dies, the first page it had not answered is
    the one it was reading (maybe the page that killed it: WorkerLost.started), and the pages
    queued behind it were never begun (safe to give another reader: fanwen reprocess does)."""
    body, content_type, url = demo_pages[0]

    async def scenario() -> list[BaseException | Page]:
        pages = PageReader(None, workers=1)
        await pages.start()
        waiting = [asyncio.ensure_future(pages.read(body, content_type, url)) for _ in range(20)]
        await asyncio.sleep(0)  # the requests are sent
        pages._live[0].process.kill()
        answers = await asyncio.gather(*waiting, return_exceptions=True)
        await pages.close()
        return answers

    answers = asyncio.run(scenario())
    lost = [answer for answer in answers if isinstance(answer, WorkerLost)]
    assert lost, "the worker answered 20 pages before the kill landed"
    assert all(isinstance(answer, Page) for answer in answers[: len(answers) - len(lost)])
    assert [error.started for error in lost] == [True] + [False] * (len(lost) - 1)


def test_a_worker_whose_asker_is_gone_ends_quietly():
    """After the crawl or reprocess is killed (SIGKILL: it closes nothing), its worker finds the
    answers' pipe broken: it ends at once, with no traceback in the terminal they shared."""
    html = ("<h1>标题</h1><div><p>" + "正文内容很长。" * 40 + "</p></div>").encode()
    page = (html, "text/html; charset=utf-8", "http://x.cn/a/1.html", False, None)
    worker = subprocess.Popen(
        [sys.executable, "-c", pageworker.COMMAND],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdout.close()  # the asker is gone
    worker.stdin.write(pageworker.frame(None) + pageworker.frame(page) * 5)
    worker.stdin.close()
    assert worker.wait(timeout=60) == 0
    assert worker.stderr is not None
    err = worker.stderr.read()
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


def test_a_stuck_worker_is_stopped_and_the_crawl_reads_on(demo_pages, monkeypatch, caplog):
    body, content_type, url = demo_pages[0]
    # A worker still starting up when the time is over stands in for one stuck on a page.
    monkeypatch.setattr(reader, "READ_TIMEOUT", 0.001)

    async def scenario() -> tuple[BaseException | None, Page]:
        pages = PageReader(None, workers=1)
        await pages.start()
        try:
            await pages.read(body, content_type, url)
            stuck = None
        except WorkerLost as error:
            stuck = error
        after = await pages.read(body, content_type, url)
        await pages.close()
        return stuck, after

    stuck, after = asyncio.run(scenario())
    assert isinstance(stuck, WorkerLost)
    assert f"spent more than 0.001 s on {url}: stopping it" in caplog.text
    assert after.article is not None


def test_a_signal_to_the_process_group_leaves_the_worker_to_the_crawl(demo_pages):
    """Ctrl-C or systemd's SIGTERM reach every process of the group; the crawl ends its workers."""
    body, content_type, url = demo_pages[0]

    async def scenario() -> Page:
        pages = PageReader(None, workers=1)
        await pages.start()
        await pages.read(body, content_type, url)  # the worker is up, its signal handlers set
        for sig in (signal.SIGINT, signal.SIGTERM):
            pages._live[0].process.send_signal(sig)
        await asyncio.sleep(0.2)
        page = await pages.read(body, content_type, url)
        assert pages.running == 1
        await pages.close()
        return page

    assert asyncio.run(scenario()).article is not None


def test_a_worker_ends_when_the_crawl_process_is_killed(tmp_path):
    script = textwrap.dedent(
        """
        import asyncio, sys
        from fanwen.spiders.reader import PageReader

        async def main():
            pages = PageReader(None, workers=1)
            await pages.start()
            print(pages._live[0].process.pid, flush=True)
            await asyncio.sleep(60)

        asyncio.run(main())
        """
    )
    crawl = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    assert crawl.stdout is not None
    worker_pid = int(crawl.stdout.readline())
    os.kill(crawl.pid, signal.SIGKILL)
    crawl.wait()
    assert ended([worker_pid]), "the page reader outlived the crawl's process"


@pytest.mark.parametrize(("setting", "expected"), [("0", 0), (3, 3), ("auto", None), (None, None)])
def test_worker_count(setting, expected):
    count = worker_count(setting)
    if expected is None:
        cpus = len(os.sched_getaffinity(0))
        assert count == max(0, min(reader.MAX_AUTO_WORKERS, cpus - 1))
    else:
        assert count == expected


@pytest.mark.parametrize("setting", ["-1", "many"])
def test_a_bad_worker_count_says_what_is_wanted(setting):
    with pytest.raises(ValueError, match="FANWEN_WORKERS"):
        worker_count(setting)


def test_a_crawl_with_page_readers_stores_what_a_crawl_without_them_does(tmp_path):
    """Same site, FANWEN_WORKERS 0 and 2: the same articles, sections and removals."""
    site = build_site(extra_articles=20)
    databases = {}

    def crawl(base: str, db: Path, workers: str) -> str:
        result = subprocess.run(
            [
                str(BIN / "scrapy"),
                "crawl",
                "articles",
                "-a",
                "target=demo",
                "-a",
                f"start_url={base}/",
                "-s",
                f"FANWEN_DB={db}",
                "-s",
                f"FANWEN_WORKERS={workers}",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
                "-s",
                "DOWNLOAD_DELAY=0",
                "-s",
                "LOG_LEVEL=INFO",
            ],  # fmt: skip
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stderr

    with serve(site) as base:
        for workers in ("0", "2"):
            databases[workers] = tmp_path / f"workers-{workers}.db"
            log = crawl(base, databases[workers], workers)
            assert f"'fanwen/spider/workers': {int(workers)}" in log
        # A re-crawl that finds nothing new reads no article page, and starts no reader.
        log = crawl(base, databases["2"], "2")
        assert "'fanwen/store/articles_new'" not in log
        assert "'fanwen/spider/workers': 0" in log

    def contents(db: Path) -> tuple[list[tuple], ...]:
        with sqlite3.connect(db) as connection:
            return tuple(
                connection.execute(query).fetchall()
                for query in (
                    "SELECT url, title, published, author, source, category, truncated, pages, text"
                    " FROM articles ORDER BY url",
                    "SELECT a.url, s.position, s.kind, s.level, s.heading, s.text FROM sections s"
                    " JOIN articles a ON a.id = s.article_id ORDER BY a.url, s.position",
                    "SELECT a.url, r.position, r.rule, r.text FROM removed_fragments r"
                    " JOIN articles a ON a.id = r.article_id ORDER BY a.url, r.position",
                )
            )

    alone, with_readers = contents(databases["0"]), contents(databases["2"])
    assert len(alone[0]) == len(site.articles)
    assert alone == with_readers


def test_one_worker_reads_the_articles_of_several_sites_each_with_its_own_setup():
    """fanwen reprocess starts its page readers once for the whole run: each site's profile and
    finishing go to a worker with that site's first article, and every article is read with its
    own site's (before, every site started workers of its own, all kept until the run ended)."""
    from datetime import datetime

    from fanwen.items import FetchedPage
    from fanwen.rebuild import Finishing, reread
    from fanwen.strip import load_rules

    profile = profiles.load("demo")
    site = build_site()
    article = next(a for a in site.articles if len(a.pages) > 1)
    pages = [
        FetchedPage(BASE + path, 200, (("Content-Type", site.pages[path].content_type),), site.pages[path].render(BASE), datetime(2024, 1, 1))
        for path in article.pages
    ]  # fmt: skip
    rule = {"name": "cut-first-words", "pattern": "^.{0,2}", "scope": "block", "max_chars": 100000}
    keep = Finishing(tuple(load_rules(profile.rules)))
    cut_all = Finishing(tuple(load_rules([*profile.rules, rule])))

    async def read() -> list[object]:
        readers = PageReader(None, workers=1)
        readers.add_site("kept", profile, keep)
        readers.add_site("cut", profile, cut_all)
        readers.add_site("plain", None, keep)
        try:
            return [
                await readers.read_article(pages, None, pages[0].url, "范文", site=name)
                for name in ("kept", "cut", "plain", "kept")
            ]
        finally:
            assert readers.started == 1
            await readers.close()

    kept, cut, plain, kept_again = asyncio.run(read())
    assert kept == kept_again == reread(pages, profile, keep, None, pages[0].url, "范文")
    assert cut is None
    assert plain == reread(pages, None, keep, None, pages[0].url, "范文")
    assert plain != kept  # the demo profile reads the page otherwise than none does
