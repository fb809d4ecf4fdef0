"""Real database servers for tests: PostgreSQL (and, for the shared queue, Redis).

Each machine of the project runs PostgreSQL 15 on 127.0.0.1:5432 (trust auth; users ``root`` and
``postgres``) and Redis 7.0 on 127.0.0.1:6379. Where none answers, a throwaway server is started
from the installed binaries (``initdb``/``pg_ctl``, ``redis-server``) on a free port, the way
pytest-postgresql and pytest-redis do; failing that the tests skip with the reason. CI sets
``FANWEN_TEST_SERVERS=required`` (.ci/run): there a missing server fails the tests instead.

Every test gets a database (or key prefix) of its own, dropped afterwards; the servers are
shared by the whole session. Under pytest-xdist (``make test``: ``-n auto``) each worker is a
session: it makes its databases and prefixes by the same random names, and starts a throwaway
server of its own on a port of its own where it needs one.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import HTTPServer
from pathlib import Path
from typing import TypeVar

import pytest

REQUIRED = "FANWEN_TEST_SERVERS"
PG_HOST, PG_PORT = "127.0.0.1", 5432
PG_USERS = ("postgres", "root")


def unavailable(reason: str) -> None:
    """Skip, or fail where the servers are required (CI)."""
    if os.environ.get(REQUIRED) == "required":
        pytest.fail(f"{reason} ({REQUIRED}=required)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


ServerT = TypeVar("ServerT", bound=HTTPServer)


@contextmanager
def serving(httpd: ServerT) -> Iterator[ServerT]:
    """Serve ``httpd`` from a daemon thread for the block's length; shut it down and close it after."""
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def _pg_connect(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=3, autocommit=True) as connection:
            connection.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


def _pg_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A libpq URL (``postgresql://user@host:port``) of a server tests may create databases on."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed (pip install 'fanwen[distributed]')")
    for user in PG_USERS:
        url = f"postgresql://{user}@{PG_HOST}:{PG_PORT}"
        if _pg_connect(f"{url}/postgres"):
            yield url
            return
    initdb, pg_ctl = _pg_binary("initdb"), _pg_binary("pg_ctl")
    if not initdb or not pg_ctl:
        unavailable(f"no PostgreSQL on {PG_HOST}:{PG_PORT} and no initdb/pg_ctl to start one")
    folder = Path(tempfile.mkdtemp(prefix="fanwen-pg-"))
    port = free_port()
    user = "postgres"
    # initdb refuses to run as root: then run the server as the postgres system user.
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if not runuser or subprocess.run(["id", "-u", user], capture_output=True).returncode:
            shutil.rmtree(folder, ignore_errors=True)
            unavailable(
                f"no PostgreSQL on {PG_HOST}:{PG_PORT}; initdb cannot run as root and there is no {user} user"
            )
        shutil.chown(folder, user)
        as_user = [runuser, "-u", user, "--"]
    data = str(folder / "data")
    options = f"-F -p {port} -k {folder} -c listen_addresses=127.0.0.1"
    try:
        for command in (
            [initdb, "-D", data, "-U", user, "-A", "trust", "-E", "UTF8", "--no-sync"],
            [pg_ctl, "-D", data, "-l", str(folder / "log"), "-w", "-o", options, "start"],
        ):
            subprocess.run([*as_user, *command], check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as error:
        detail = (getattr(error, "stderr", "") or str(error)).strip().splitlines()
        shutil.rmtree(folder, ignore_errors=True)
        unavailable(
            f"no PostgreSQL on {PG_HOST}:{PG_PORT}, and starting one failed: {detail[-1] if detail else error}"
        )
    try:
        yield f"postgresql://{user}@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


class PostgresDatabases:
    """Creates databases of their own on the server and drops them (:meth:`drop_all`)."""

    def __init__(self, server: str) -> None:
        self.server = server
        self.names: list[str] = []

    def create(self) -> str:
        """A SQLAlchemy URL of a fresh, empty database."""
        import psycopg

        name = f"fanwen_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        self.names.append(name)
        return f"{self.server.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"

    def drop(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.names:
            self.names.remove(name)


@pytest.fixture(scope="session")
def postgres_databases(postgres_server: str) -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(postgres_server)
    yield databases
    for name in list(databases.names):
        databases.drop(f"/{name}")


@pytest.fixture
def postgres_url(postgres_databases: PostgresDatabases) -> Iterator[str]:
    """A SQLAlchemy URL of a fresh, empty database of this test's own; dropped afterwards."""
    url = postgres_databases.create()
    yield url
    postgres_databases.drop(url)


def wait_for(condition: object, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=3).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """A ``redis://`` URL: the server on 127.0.0.1:6379, else a throwaway ``redis-server``."""
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError:
        unavailable("redis or scrapy-redis is not installed (pip install 'fanwen[distributed]')")
    if _redis_answers("redis://127.0.0.1:6379/0"):
        yield "redis://127.0.0.1:6379/0"
        return
    binary = shutil.which("redis-server")
    if not binary:
        unavailable("no Redis on 127.0.0.1:6379 and no redis-server to start one")
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="fanwen-redis-"))
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    if not wait_for(lambda: _redis_answers(url)):
        server.kill()
        unavailable(f"no Redis on 127.0.0.1:6379, and {binary} did not start")
    try:
        yield url
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def redis_url(redis_server: str) -> Iterator[str]:
    """The Redis URL, and a key prefix of this test's own (``FANWEN_QUEUE_PREFIX``, in
    :data:`REDIS_PREFIX` while the test runs) whose keys are deleted afterwards. Only those: a
    suite running beside this one (another checkout's, on the same server) has keys of its own
    that appear while this test runs, and must keep them."""
    import uuid

    import redis

    global REDIS_PREFIX
    REDIS_PREFIX = f"fanwen-test-{uuid.uuid4().hex[:12]}"
    yield redis_server
    client = redis.Redis.from_url(redis_server)
    made = list(client.scan_iter(match=f"{REDIS_PREFIX}:*"))
    if made:
        client.delete(*made)
    client.close()


REDIS_PREFIX = "fanwen"  # the running test's own key prefix (set by the redis_url fixture)
