"""What the stored hash holds (issue 15): the article a reader reads, not the texts strip removed.

A page whose advert rotates (strip removes another advert on every fetch, the article the same)
is unchanged; a page where a rule starts removing something (a new rule, an advert that was not
there) is written in place, so that the audit of what was removed says so.
"""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from fanwen.db import ArticleStore, get_article, make_engine, migrate
from fanwen.db.models import Article as ArticleRow
from fanwen.db.models import ArticleRevision
from fanwen.items import Article, FetchedPage
from fanwen.rebuild import Finishing, reread
from fanwen.strip import load_rules

URL = "https://www.example.org/zongjie/1.html"
MIGRATIONS = Path(__file__).resolve().parents[1] / "fanwen" / "db" / "migrations" / "versions"

# A work report of our own, with a paywall-style call to action at its end whose contact
# rotates from fetch to fetch, as such sites' adverts do.
PAGE = """<html><head><meta charset="utf-8"><title>社区志愿服务工作总结</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zongjie/">工作总结</a></div>
<div class="article"><h1>社区志愿服务工作总结</h1><div class="info">2024-05-06 10:20</div>
<p>今年以来，我们社区围绕居民最关心的问题，组织志愿者开展了形式多样的服务活动，得到了居民的普遍欢迎。</p>
<p>一、坚持需求导向，精准对接服务。志愿者队伍定期走访独居老人和困难家庭，建立服务台账，做到一户一档。</p>
<p>二、创新活动形式，丰富服务内容。我们结合节日开展义诊、义剪和法律咨询活动，全年累计服务居民两千余人次。</p>
<p>三、完善激励机制，稳定队伍建设。社区为志愿者建立积分制度，积分可以兑换生活用品，志愿者的积极性明显提高。</p>
<p>总之，社区志愿服务工作取得了一定成绩，明年我们将继续努力，让更多居民感受到社区的温暖。</p>
{advert}
</div></body></html>"""
ADVERT = "<p>预览阅读已结束，获取全文请点击👉 {contact} 👈联系客服老师</p>"


def fetched(advert: str) -> Article:
    """The article of the page with ``advert`` at its end, as a crawl or reprocess makes it."""
    body = PAGE.replace("{advert}", advert).encode()
    page = FetchedPage(URL, 200, (("Content-Type", "text/html; charset=utf-8"),), body, datetime(2024, 5, 7))
    article = reread([page], None, Finishing(tuple(load_rules([]))), None, URL, None)
    assert isinstance(article, Article)
    return article


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(str(tmp_path / "hash.db"))
    migrate(engine)
    yield engine
    engine.dispose()


def revisions(engine: Engine) -> int:
    with engine.connect() as connection:
        return len(connection.execute(select(ArticleRevision.id)).all())


def test_a_rotating_advert_is_no_change_of_the_article(engine: Engine) -> None:
    first, second = fetched(ADVERT.format(contact="linmu2024")), fetched(ADVERT.format(contact="qingshan88"))
    assert first.removed != second.removed  # strip removed each fetch's advert
    assert first.content_hash == second.content_hash and first.sections == second.sections
    with ArticleStore(engine) as store:
        assert store.save(first) == "new"
    with ArticleStore(engine) as store:
        assert store.save(second) == "unchanged"
        assert store.save(fetched(ADVERT.format(contact="hemu77"))) == "unchanged"
    assert revisions(engine) == 0
    view = get_article(engine, URL)
    assert view is not None
    # The audit is that of the version last written: the first fetch's advert.
    assert any("linmu2024" in fragment.text for fragment in view.removed)


def test_a_rule_that_starts_removing_is_written_in_place(engine: Engine) -> None:
    """The look-alike that must still be written: the same article, but a rule removed
    something it did not before (an advert added to the page, a new rule): ``replaced``,
    no revision, and the audit lists it."""
    plain, with_advert = fetched(""), fetched(ADVERT.format(contact="linmu2024"))
    assert plain.content_hash == with_advert.content_hash
    assert {r.rule for r in with_advert.removed} > {r.rule for r in plain.removed}
    with ArticleStore(engine) as store:
        assert store.save(plain) == "new"
    with ArticleStore(engine) as store:
        assert store.save(with_advert) == "replaced"
    assert revisions(engine) == 0
    view = get_article(engine, URL)
    assert view is not None and any("linmu2024" in fragment.text for fragment in view.removed)


def test_migration_0013_hashes_the_rows_stored_with_0012s_hash(engine: Engine) -> None:
    """A database at 0012 holds hashes of the removed texts; upgraded, each row holds the hash
    the store now writes, so a crawl finds an unchanged page unchanged."""
    from test_db import downgrade

    article = fetched(ADVERT.format(contact="linmu2024"))
    with ArticleStore(engine) as store:
        assert store.save(article) == "new"

    def stored() -> str | None:
        with engine.connect() as connection:
            return connection.execute(select(ArticleRow.stored_hash)).scalar_one()

    assert stored() == article.stored_hash
    downgrade(engine, "0012")
    old = stored()
    assert old is not None and old != article.stored_hash  # 0012's: the removed texts hashed
    with engine.begin() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0012"
    migrate(engine)
    assert stored() == article.stored_hash
    with ArticleStore(engine) as store:
        assert store.save(fetched(ADVERT.format(contact="qingshan88"))) == "unchanged"


def test_no_migration_imports_app_code() -> None:
    """A migration gives the same database whatever the app code becomes: none imports fanwen
    (0013 holds its own frozen copy of the hash, 0014 of the index's tokens, 0002, 0005 and
    0007 of the search tables' SQL as it was then)."""
    for path in sorted(MIGRATIONS.glob("00*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        ]
        assert not [name for name in imported if name and name.split(".")[0] == "fanwen"], path.name
