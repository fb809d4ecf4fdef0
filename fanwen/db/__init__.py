"""fanwen's storage layer: engines and migrations, the tables, the writer and the queries.

The tables are SQLAlchemy Core (:mod:`fanwen.db.tables`); typed ORM classes over them live in
:mod:`fanwen.db.models` (``models.Article`` is a table row, not the :class:`fanwen.items.Article`
item, hence no re-export under that name).

The names below are imported on first use (PEP 562): importing one submodule (a crawl's
storage owner imports the writer, the engine and the crawl state) does not import the others,
nor the ORM (docs/performance.md, "The crawl's process without the ORM").
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "DatabaseError": "engine",
    "DiskFull": "engine",
    "StorageError": "engine",
    "check_connection": "engine",
    "make_engine": "engine",
    "migrate": "engine",
    "resolve_db_url": "engine",
    "ArticleView": "queries",
    "RemovalView": "queries",
    "RunView": "queries",
    "SearchHit": "queries",
    "SectionView": "queries",
    "get_article": "queries",
    "list_runs": "queries",
    "search": "queries",
    "summary": "queries",
    "ArticleStore": "store",
    "SaveResult": "store",
}

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


def __getattr__(name: str) -> Any:
    """The public names, each from its submodule on first use (``fanwen.db.models`` too)."""
    if name == "models":
        return importlib.import_module("fanwen.db.models")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'fanwen.db' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"fanwen.db.{home}"), name)
    globals()[name] = value
    return value
