"""Shared fixtures: the example page and the bundled strip rules; a process-ended check."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

# Real PostgreSQL and Redis servers, or throwaway ones (tests/servers.py).
from servers import postgres_databases, postgres_server, postgres_url, redis_server, redis_url  # noqa: E402, F401

from fanwen.strip import Rule, load_rules

FIXTURES = Path(__file__).parent / "fixtures"
# The advert and footer strings of the example page (../shared/seed/article.txt).
EXAMPLE_ADVERTS = ("预览阅读", "联系老师", "mooonya", "相关阅读", "最近更新")


@pytest.fixture(scope="session")
def rules() -> list[Rule]:
    return load_rules()


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
