"""The run lock: one crawl at a time per database, so scheduled runs never overlap.

An exclusive ``flock`` on a file next to the SQLite database (``fanwen.db.lock``); for other
databases, a file in the temporary directory named after the URL (one machine; see
docs/scheduling.md). The kernel drops the lock when its process dies, even by SIGKILL, so a
crashed run never leaves a stale lock behind. The lock is re-entrant within a process: the CLI
takes it before Scrapy starts and the store pipeline of each crawler takes it again.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from fanwen.db.engine import DatabaseError, StorageError, resolve_db_url

_held: dict[str, _Held] = {}
_guard = threading.Lock()


class DatabaseLocked(StorageError):
    """Another crawl holds the database's run lock."""


@dataclass
class _Held:
    fd: int
    count: int


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

    def __init__(self, db_url: str, wait: float = 0.0, poll: float = 0.5) -> None:
        self.path = lock_path(db_url)
        self.wait = wait
        self.poll = poll
        self._mine = False

    def acquire(self) -> bool:
        key = str(self.path)
        with _guard:
            held = _held.get(key)
            if held is not None:
                held.count += 1
                self._mine = True
                return False
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
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())
            _held[key] = _Held(fd, 1)
            self._mine = True
            return True

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        key = str(self.path)
        with _guard:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[key]
                fcntl.flock(held.fd, fcntl.LOCK_UN)
                os.close(held.fd)

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
