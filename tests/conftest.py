"""Shared fixtures: the example page and the bundled strip rules; a process-ended check."""

from __future__ import annotations

import functools
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Real PostgreSQL and Redis servers, or throwaway ones (tests/servers.py).
from servers import postgres_databases, postgres_server, postgres_url, redis_server, redis_url  # noqa: E402, F401

from fanwen.strip import Rule, load_rules

if TYPE_CHECKING:
    from sqlalchemy import Engine

FIXTURES = Path(__file__).parent / "fixtures"
# The fixtures' build scripts (make.py) are no test modules: --doctest-modules would import them
# by their base name, and two of one name clash.
collect_ignore_glob = ["fixtures/*"]
# The advert and footer strings of the example page (../shared/seed/article.txt).
EXAMPLE_ADVERTS = ("预览阅读", "联系老师", "mooonya", "相关阅读", "最近更新")


@pytest.fixture(scope="session")
def rules() -> list[Rule]:
    return load_rules()


def bundled_rules() -> list[Rule]:
    """``load_rules()``, read and compiled once per process (a tenth of a second each time, a
    test's whole cost where it strips a line): a list of its own of the same frozen rules."""
    return list(_bundled_rules())


@functools.cache
def _bundled_rules() -> tuple[Rule, ...]:
    return tuple(load_rules())


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh database migrated to the head, on each backend in turn."""
    from fanwen.db import make_engine, migrate

    url = (
        f"sqlite:///{tmp_path / 'store.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    engine = make_engine(url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A 127.0.0.1 port that refuses connections for the whole test: bound and never listening, so no
    other process (another xdist worker's server) can take it, as it could a port closed again."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture
def example_html() -> str:
    return (FIXTURES / "example.html").read_text(encoding="utf-8")


def ended(pids: Iterable[int], within: float = 10.0) -> bool:
    """Whether every process in ``pids`` has ended (gone, or a zombie: only its exit status is
    left), waiting up to ``within`` seconds for it."""
    pids = list(pids)
    deadline = time.monotonic() + within
    while any(_running(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def stored_count(db: Path) -> int:
    """The articles a SQLite file holds now, read without waiting for its writer (0 before it
    is created or migrated)."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.fixture(scope="session")
def archive() -> Callable[..., Path]:
    """:func:`make_archive`, for tests and module-scoped fixtures."""
    return make_archive


def make_archive(path: Path, *articles: object, checkpoint: bool = False) -> Path:
    """A database at ``path`` migrated by Alembic and holding ``articles`` (fanwen Article items);
    ``checkpoint`` folds the WAL into the file, for readers that open it read-only."""
    from fanwen.db import ArticleStore, make_engine, migrate

    engine = make_engine(str(path))
    migrate(engine)
    with ArticleStore(engine) as store:
        for article in articles:
            store.save(article)  # type: ignore[arg-type]
    if checkpoint:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def fanwen_plugin() -> Iterator[None]:
    """fanwen's Datasette plugin registered, as its entry point registers it in an installed
    fanwen (an environment installed before the entry point existed lacks it)."""
    from datasette.plugins import pm

    from fanwen import datasette_plugin as plugin

    added = not pm.is_registered(plugin)
    if added:
        pm.register(plugin, name="fanwen")
    try:
        yield
    finally:
        if added:
            pm.unregister(plugin)


def read_shape(name: str):
    """A page of our own under fixtures/shapes (a pattern's forms or its look-alikes), read as the page path reads it."""
    from fanwen.pagepath import PageOptions, read_page

    return read_page(
        (FIXTURES / "shapes" / f"{name}.html").read_bytes(),
        "http://example.com/a/1.html",
        PageOptions.for_profile(None),
    )


def sections_text(page) -> str:
    """A page's article text as its sections join it."""
    return "".join(s.text for s in page.article.sections)


def sample_page(title: str, parts: list[str]) -> bytes:
    """A small article page of a sample site (navigation, title, info line, the ``parts`` as the content's
    lines, footer): the strip tests' page around the boxes they put among the paragraphs."""
    body = "\n".join(parts)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_样例网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>资讯</a> <a href='/about/'>关于</a></div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>2025-10-09 10:20 来源：样例网</div>"
        f"<div class='content'>\n{body}\n</div></div>"
        "<div class='footer'>© 2025 样例网 版权所有</div></body></html>"
    ).encode()


def squeeze(text: str) -> str:
    """``text`` without white space: truths written by hand leave out indents and line breaks."""
    return "".join(text.split())


def assert_page_gives_its_article(path: Path, want: dict, rules: list[Rule]) -> None:
    """A zoo page (truth ``want``: ``text`` or ``not_article``) gives its article and nothing
    else: every line of the truth is in the text and every line of the text in the truth (white
    space aside; the sections stage may split a line in two). A page that is no article says why."""
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import process_file

    if "not_article" in want:
        with pytest.raises(NotAnArticle) as info:
            process_file(path, rules, url=want.get("url"))
        assert info.value.reason == want["not_article"], str(info.value)
        return
    text = process_file(path, rules, url=want.get("url")).text
    missing = [line for line in want["text"].splitlines() if squeeze(line) not in squeeze(text)]
    extra = [line for line in text.splitlines() if squeeze(line) not in squeeze(want["text"])]
    assert not missing and not extra, f"missing {missing}, extra {extra}"
