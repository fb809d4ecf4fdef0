"""What every command shares: the --db option, opening the database, formatting values."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    # Imported where used: `fanwen --help` should not pay for SQLAlchemy and rich.
    from rich.console import Console
    from sqlalchemy import Engine

    from fanwen.db.queries import Filters

SECTION_KINDS = ("intro", "section", "essay", "conclusion")
EXIT_LOCKED = 75  # EX_TEMPFAIL from sysexits.h: "temporary failure, try again later"

DB_OPTION = click.option(
    "--db",
    "db",
    metavar="PATH_OR_URL",
    envvar="FANWEN_DB",
    help="SQLite file or SQLAlchemy URL (default: $FANWEN_DB, else ./fanwen.db).",
)


class WorkerCount(click.ParamType):
    """``--workers``: a number of page reader processes (0 or more), or ``auto``."""

    name = "N|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int | str:
        from fanwen.spiders.reader import worker_count  # the one check of FANWEN_WORKERS' values

        if str(value).strip().lower() == "auto":
            return "auto"
        try:
            worker_count(value)
        except ValueError:
            self.fail(f"must be a number of processes (0 or more) or 'auto', not {value!r}", param, ctx)
        return int(str(value))


def workers_option(auto: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The ``--workers N|auto`` option of ``fanwen crawl`` and ``fanwen reprocess``; ``auto``
    (the default, as ``FANWEN_WORKERS``) is what the command says it is."""
    return click.option(
        "--workers",
        type=WorkerCount(),
        metavar="N|auto",
        help=f"Page reader processes (default auto: {auto}, at most 4; 0: none, all in this process, least memory).",
    )


@contextmanager
def open_db(db: str | None, site: str | None = None) -> Iterator[Engine]:
    """An engine on an existing, migrated database; user errors become one clear line.
    ``site`` (a command's ``--site``) must be one the database holds (:func:`check_site`)."""
    from fanwen.db.engine import resolve_db_url

    url = resolve_db_url(db)
    path = sqlite_path(checked_url(url))
    if path is not None:
        if not Path(path).exists():
            raise click.ClickException(f"no database at {path} (run `fanwen demo` or `fanwen crawl` first)")
        if empty_file(path):
            # (A reading command migrated it and showed an empty archive, exit 0.)
            raise click.ClickException(
                f"no database at {path}: an empty file (run `fanwen crawl --db {path}` to make one there)"
            )
        if unwritable_place(path):
            url = immutable_url(url, path)
    with _migrated(url) as engine:
        check_site(engine, site)
        yield engine


def empty_file(path: str) -> bool:
    """Whether the SQLite file ``path`` holds nothing: 0 bytes (touched, a copy that failed) and no
    write-ahead log with changes beside it (a new WAL database's pages may all be in its log)."""
    return Path(path).stat().st_size == 0 and not _wal_changes(path)


def _wal_changes(path: str) -> bool:
    """Whether a write-ahead log beside the SQLite file ``path`` holds changes (is not empty)."""
    wal = Path(path + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def unwritable_place(path: str) -> bool:
    """Whether the directory of the SQLite file ``path`` cannot be written (a read-only mount, a
    folder of another user's): SQLite cannot make the -shm file it reads a WAL database with,
    and every command said "cannot open the database file"."""
    return not os.access(Path(path).resolve().parent, os.W_OK)


def immutable_url(url: str, path: str) -> str:
    """``url`` opened immutable (no -shm needed, nothing written) when its database can only be
    read: its directory cannot be written and no write-ahead log holds changes beside it (they
    would go unseen; SQLite then says it cannot open the file). A URL that says how to open its
    file (``file:...?mode=ro``) is left as the user gave it."""
    from urllib.parse import quote

    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.query or (parsed.database or "").startswith("file:") or _wal_changes(path):
        return url
    return f"sqlite:///file:{quote(str(Path(path).resolve()))}?immutable=1&uri=true"


def dash_is_stdout(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """An ``--out`` option's callback: ``-`` is stdout, as everywhere (None), not a file named
    "-" in the working directory (`fanwen export -o - | jq` printed nothing, exit 0)."""
    return None if value is not None and str(value) == "-" else value


# The files of a SQLite database beside the database file itself (and fanwen's run lock).
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


def not_the_database(out: Path | None, db: str | None, option: str) -> None:
    """Refuse an output file that is the database or one of its files: ``fanwen export -o
    fanwen.db`` (a slip for fanwen.jsonl) replaced the archive with its export and exited 0."""
    from fanwen.db.engine import resolve_db_url

    path = sqlite_path(checked_url(resolve_db_url(db))) if out is not None else None
    if out is None or path is None:
        return
    given = out.expanduser().resolve()
    for name in (path, *(path + companion for companion in DATABASE_COMPANIONS)):
        if given == Path(name).resolve():
            raise click.BadParameter(
                f"{out} is the database {'' if name == path else 'file ' + Path(name).name + ' of '}{path}: "
                "writing there would destroy it; name another file",
                param_hint=option,
            )


def check_db(url: str, wait: float = 0.0) -> None:
    """Fail before crawling, not after: the database must open, migrate and take writes.

    Another program's write lock is waited for ``wait`` seconds (``--wait``), at least
    CHECK_BUSY_TIMEOUT (a short write of theirs), then it is exit 75 like another crawl's lock.
    """
    from fanwen.db.engine import CHECK_BUSY_TIMEOUT, DatabaseError, WriteLocked, check_writable

    timeout = max(wait, CHECK_BUSY_TIMEOUT)
    try:
        # The crawl runs in this process: no Alembic in it (apart).
        with _migrated(url, apart=True, busy_timeout=timeout) as engine:
            check_writable(engine)
    except WriteLocked as exc:
        locked(f"{exc} (waited {timeout:g} s)")
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


def locked(message: object) -> NoReturn:
    """The database is another's for now (a crawl's run lock, a program's write lock): one
    line and EXIT_LOCKED, which cron and systemd take as "try again later"."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_LOCKED)


@contextmanager
def _migrated(url: str, apart: bool = False, busy_timeout: float | None = None) -> Iterator[Engine]:
    from fanwen.db.engine import BUSY_TIMEOUT, DatabaseError, WriteLocked, make_engine, migrate

    engine = make_engine(checked_url(url), busy_timeout=busy_timeout or BUSY_TIMEOUT)
    try:
        migrate(engine, apart=apart)
        yield engine
    except WriteLocked as exc:
        if busy_timeout is not None:
            raise  # check_db says how long it waited
        locked(exc)
    except DatabaseError as exc:
        # One line: a driver's message may run on (psycopg: "… refused\n\tIs the server running…").
        raise click.ClickException(" ".join(str(exc).split("\n"))) from exc
    finally:
        engine.dispose()


def checked_url(url: str) -> str:
    """``url`` if SQLAlchemy can build an engine for it (it parses, its driver is installed);
    else one clear line instead of the traceback ``create_engine`` raises."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError  # NoSuchModuleError (no such dialect) is one

    try:
        create_engine(url).dispose()  # connects to nothing: it parses and loads the driver
    except (ArgumentError, ImportError) as exc:
        raise click.ClickException(f"{url}: not a database fanwen can open: {exc}") from exc
    if in_memory(url):
        # A crawl into it printed its counts and exit 0, and kept nothing; a reading command
        # showed an empty archive.
        raise click.BadParameter(
            f"{url} is an in-memory database: it keeps nothing once the command ends; give a file (--db fanwen.db)",
            param_hint="--db",
        )
    path = sqlite_path(url)
    if path is not None and Path(path).is_dir():
        # (SQLite said "unable to open", and fanwen asked whether the directory exists.)
        raise click.ClickException(f"{path}: a directory, not a database file")
    return url


def in_memory(url: str) -> bool:
    """Whether ``url`` is a SQLite database in this process's memory only.

    >>> in_memory("sqlite://"), in_memory("sqlite:///:memory:"), in_memory("sqlite:////tmp/a.db")
    (True, True, False)
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = (parsed.database or "").removeprefix("file:")
    return parsed.get_backend_name() == "sqlite" and (
        database in ("", ":memory:") or parsed.query.get("mode") == "memory"
    )


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (its URI form too), else None.

    >>> sqlite_path("sqlite:////tmp/a.db"), sqlite_path("sqlite:///file:/tmp/a.db?mode=ro&uri=true")
    ('/tmp/a.db', '/tmp/a.db')
    >>> sqlite_path("sqlite://"), sqlite_path("postgresql://db/fanwen")
    (None, None)
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return parsed.database.removeprefix("file:")


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--site, --since, --until and --kind, for search, list and export."""
    options = [
        click.option("--site", metavar="NAME", help="Only articles of this site (as in `fanwen stats`)."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after YYYY-MM-DD."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before YYYY-MM-DD."),
        click.option("--kind", type=click.Choice(SECTION_KINDS), help="Only sections of this kind."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def check_site(engine: Engine, site: str | None) -> None:
    """A ``--site`` the database holds no site of is a usage error naming the ones it holds:
    a typo gave an empty listing, an empty export or "no article has kept pages", exit 0."""
    if site is None:
        return
    from sqlalchemy import select

    from fanwen.db.tables import sites_table

    with engine.connect() as connection:
        names = list(connection.execute(select(sites_table.c.name).order_by(sites_table.c.name)).scalars())
    if site in names:
        return
    shown = (
        ", ".join(names[:10]) + (", ..." if len(names) > 10 else "") if names else "none yet: crawl one first"
    )
    raise click.BadParameter(f"no site {site!r} in the database (sites: {shown})", param_hint="--site")


def make_filters(
    site: str | None, since: datetime | None, until: datetime | None, kind: str | None
) -> Filters:
    from fanwen.db.queries import Filters

    if since and until and since > until:
        raise click.BadParameter("--since is after --until", param_hint="--since")
    return Filters(site, since.date() if since else None, until.date() if until else None, kind)


def to_json(value: Any) -> str:
    """One line of JSON: dataclasses as objects, datetimes as ISO 8601, Chinese kept readable."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, ensure_ascii=False, default=_default)


def _default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def console(err: bool = False) -> Console:
    """A rich console on stdout (or stderr) that keeps Chinese text whole in tables."""
    from rich.console import Console

    return Console(stderr=err, highlight=False, soft_wrap=False)
