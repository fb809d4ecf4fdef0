"""The run lock: one crawl at a time per database, so scheduled runs never overlap.

On SQLite, an exclusive ``flock`` on a file next to the database (``fanwen.db.lock``): the kernel
drops it when its process dies, even by SIGKILL. On PostgreSQL, a session-level
``pg_advisory_lock`` held on a connection of its own, so it guards the database whichever
machine the crawls run on; the server drops it when that connection ends, and a killed process's
connection ends with it. Either way a crashed run never leaves a stale lock behind. The lock is
re-entrant within a process: the CLI takes it before Scrapy starts and the crawl's storage owner
(:mod:`fanwen.extensions.storage`) takes it again.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from fanwen.db.engine import DatabaseError, StorageError, resolve_db_url

_held: dict[str, _Held] = {}
_guard = threading.Lock()


class DatabaseLocked(StorageError):
    """Another crawl holds the database's run lock."""


# EXCLUSIVE: a crawl alone. The workers of a distributed run share the lock (SHARED), and the
# first one (SEED) takes it exclusively first, so that it starts no run beside another.
EXCLUSIVE, SHARED, SEED = "exclusive", "shared", "seed"
MODES = (EXCLUSIVE, SHARED, SEED)
# The advisory lock's key (advisory locks are per database): the first 8 bytes of a hash.
ADVISORY_KEY = int.from_bytes(hashlib.sha1(b"fanwen run lock").digest()[:8], "big", signed=True)


@dataclass
class _Held:
    release: Callable[[], None]
    count: int


def _is_postgresql(db_url: str) -> bool:
    return make_url(resolve_db_url(db_url)).get_backend_name() == "postgresql"


def lock_path(db_url: str) -> Path:
    """The lock file for a database URL.

    >>> lock_path("sqlite:////srv/fanwen/archive.db")
    PosixPath('/srv/fanwen/archive.db.lock')
    >>> lock_path("sqlite:///file:/srv/fanwen/archive.db?mode=ro&uri=true")
    PosixPath('/srv/fanwen/archive.db.lock')
    """
    url = make_url(resolve_db_url(db_url))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        # SQLite's URI filenames (file:PATH?mode=ro&uri=true) name the same file.
        return Path(url.database.removeprefix("file:") + ".lock")
    digest = hashlib.sha1(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"fanwen-{digest}.lock"


class RunLock:
    """``with RunLock(url, wait=60):`` holds the run lock or raises :class:`DatabaseLocked`.

    ``wait`` is how many seconds to wait for a running crawl to end (0: fail at once).
    ``acquire`` returns True when this call took the lock for the process (not re-entered):
    only then may the caller treat ``running`` rows in ``crawl_runs`` as left by a dead run.
    """

    def __init__(self, db_url: str, wait: float = 0.0, poll: float = 0.5, mode: str = EXCLUSIVE) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        self.mode = mode
        self.db_url = resolve_db_url(db_url)
        self.postgresql = _is_postgresql(self.db_url)
        self.path = lock_path(db_url)
        self.wait = wait
        self.poll = poll
        self._mine = False

    @property
    def _key(self) -> str:
        where = str(self.path)
        if self.postgresql:
            where = "advisory:" + make_url(self.db_url).render_as_string(hide_password=True)
        return where if self.mode == EXCLUSIVE else f"{where} (shared)"

    def acquire(self) -> bool:
        key = self._key
        with _guard:
            held = _held.get(key)
            if held is not None:
                held.count += 1
                self._mine = True
                return False
            release = self._advisory() if self.postgresql else self._flock()
            _held[key] = _Held(release, 1)
            self._mine = True
            return True

    def held_elsewhere(self) -> bool:
        """True when another process holds the lock now, in any mode; takes nothing.

        A distributed crawl asks this of a run that looks dead (no heartbeat): its workers hold
        the lock shared while they live, whatever their heartbeats say. An error reaching the
        lock answers False: taking the lock then reports it. Held means held throughout a few
        tries: another process asking the same question holds it exclusively for an instant.
        """
        for _ in range(3):
            if not self._held_now():
                return False
            time.sleep(0.1)
        return True

    def _held_now(self) -> bool:
        if self.postgresql:
            engine = create_engine(self.db_url, poolclass=NullPool)
            try:
                with engine.connect() as connection:
                    free = connection.execute(
                        text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}
                    ).scalar()
                    if free:
                        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                    return not free
            except exc.DBAPIError:
                return False
            finally:
                engine.dispose()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # closing the descriptor drops a lock taken on it
        return False

    def _flock(self) -> Callable[[], None]:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise DatabaseError(
                f"cannot create the run lock {self.path}: {error.strerror} "
                "(the database's directory must exist and be writable)"
            ) from None
        deadline = time.monotonic() + max(self.wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, (fcntl.LOCK_SH if self.mode == SHARED else fcntl.LOCK_EX) | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise DatabaseLocked(
                        f"another fanwen crawl ({holder}) is writing to this database "
                        f"(lock {self.path}); try again later"
                    ) from None
                time.sleep(self.poll)
        if self.mode != SHARED:
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())
        if self.mode == SEED:
            fcntl.flock(fd, fcntl.LOCK_SH)  # no other run was going: now let the workers join

        def release() -> None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

        return release

    def _advisory(self) -> Callable[[], None]:
        """``pg_advisory_lock`` on a connection of the lock's own (not pooled: closing it must
        end the session, and the session's end is what frees the lock of a killed process)."""
        engine = create_engine(self.db_url, poolclass=NullPool)
        try:
            connection = engine.connect()
            connection.execute(
                text("SELECT set_config('application_name', :name, false)"), {"name": _holder_name()}
            )
            connection.commit()
        except exc.DBAPIError as error:
            engine.dispose()
            raise DatabaseError(f"cannot take the run lock: {_one_line(error)}") from None
        deadline = time.monotonic() + max(self.wait, 0.0)
        try:
            take = "pg_try_advisory_lock_shared" if self.mode == SHARED else "pg_try_advisory_lock"
            while not connection.execute(text(f"SELECT {take}(:key)"), {"key": ADVISORY_KEY}).scalar():
                if time.monotonic() >= deadline:
                    holder = _advisory_holder(connection)
                    raise DatabaseLocked(
                        f"another fanwen crawl ({holder}) is writing to this database "
                        "(PostgreSQL advisory lock); try again later"
                    )
                connection.commit()  # no transaction left open between polls
                time.sleep(self.poll)
            if self.mode == SEED:  # no other run was going: hold it shared, so the workers join
                connection.execute(text("SELECT pg_advisory_lock_shared(:key)"), {"key": ADVISORY_KEY})
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
            connection.commit()
        except BaseException:
            connection.close()
            engine.dispose()
            raise

        def release() -> None:
            try:
                connection.execute(text("SELECT pg_advisory_unlock_all()"))
                connection.commit()
            except exc.DBAPIError:
                pass  # the connection is gone, and the lock with its session
            finally:
                connection.close()
                engine.dispose()

        return release

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        key = self._key
        with _guard:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[key]
                held.release()

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode(errors="replace").strip()
    except OSError:
        text = ""
    return text or "pid unknown"


def _holder_name() -> str:
    return f"fanwen crawl pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}"


def _advisory_holder(connection: object) -> str:
    """Who holds the advisory lock, from ``pg_stat_activity`` (the holder's application_name)."""
    try:
        row = connection.execute(  # type: ignore[attr-defined]
            text(
                "SELECT a.application_name, a.client_addr FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND l.classid = :high AND l.objid = :low AND l.objsubid = 1 LIMIT 1"
            ),
            # A bigint key shows in pg_locks as its high and low 32 bits.
            {"high": (ADVISORY_KEY >> 32) & 0xFFFFFFFF, "low": ADVISORY_KEY & 0xFFFFFFFF},
        ).first()
    except exc.DBAPIError:
        return "holder unknown"
    if row is None:
        return "holder unknown"
    name, address = row
    return f"{name or 'a client'}{f' on {address}' if address else ''}"


def _one_line(error: BaseException) -> str:
    original = getattr(error, "orig", error)
    return (str(original).strip().splitlines() or [type(original).__name__])[0]
