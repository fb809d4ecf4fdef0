"""fanwen's storage layer: engines and migrations, the ORM tables, the writer and the queries.

The ORM classes live in :mod:`fanwen.db.models` (``models.Article`` is a table row, not the
:class:`fanwen.items.Article` item, hence no re-export under that name).
"""

from fanwen.db import models
from fanwen.db.engine import (
    DatabaseError,
    DiskFull,
    StorageError,
    check_connection,
    make_engine,
    migrate,
    resolve_db_url,
)
from fanwen.db.queries import (
    ArticleView,
    RemovalView,
    RunView,
    SearchHit,
    SectionView,
    get_article,
    list_runs,
    search,
    summary,
)
from fanwen.db.store import ArticleStore, SaveResult

__all__ = [
    "ArticleStore",
    "ArticleView",
    "DatabaseError",
    "DiskFull",
    "RemovalView",
    "RunView",
    "SaveResult",
    "SearchHit",
    "SectionView",
    "StorageError",
    "check_connection",
    "get_article",
    "list_runs",
    "make_engine",
    "migrate",
    "models",
    "resolve_db_url",
    "search",
    "summary",
]
