"""Reading article pages for the spider, through the page path (:func:`fanwen.pagepath.read_page`).

This is the CPU-heavy part of a crawl, and it needs nothing from the crawl but the page and
the profile, so it can run in worker processes beside Scrapy's own (``FANWEN_WORKERS``): on a
fast site the crawl's process is then left to Scrapy, and another core does the reading. The
spider awaits :meth:`PageReader.read` either way and gets the same :class:`Page`.

A worker is a ``python`` running :func:`fanwen.spiders.pageworker.main`: it reads the profile
and then pages from its stdin and writes each :class:`Page` back on its stdout, in order, as
length-prefixed pickles; it imports the page path and none of the crawl's side.
``fanwen reprocess`` gives its readers more to do (:meth:`PageReader.read_article`): a whole
article's kept pages, read, merged, validated, stripped and sectioned
(:func:`fanwen.rebuild.reread`, with its site's profile and
:class:`~fanwen.rebuild.Finishing`, sent once to each worker: one set of workers reads every
site of a run), so that its own process only compares and stores.
Nothing of the crawl's process is copied into it (no fork of a running reactor, or of the run
lock's file descriptor), and it ends by itself when its stdin closes, which happens when the
crawl's process ends, however it ends. A worker that dies mid-crawl, or is stopped after
:data:`READ_TIMEOUT` seconds on one page, is not fatal: the pages it held are logged as lost
(``fanwen/faults/reader_lost``; they are not stored, so the next run fetches them again) and
the crawl goes on with the other workers, or in its own process.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from fanwen.extract.template import Template
from fanwen.items import Article, FetchedPage
from fanwen.pagepath import Page, PageOptions, read_page
from fanwen.profiles import Profile
from fanwen.rebuild import Finishing, reread
from fanwen.spiders.pageworker import ARTICLE, SETUP, SIZE, command, frame
from fanwen.spiders.pageworker import main as main  # where a worker started by an older fanwen looks

logger = logging.getLogger(__name__)

MAX_AUTO_WORKERS = 4
# A worker that has not answered for a page in this many seconds is stuck (a pathological
# page): it is stopped, and its pages are lost to this run rather than the crawl never ending.
READ_TIMEOUT = 60.0


def worker_count(setting: object, busy: int = 1) -> int:
    """Worker processes for a ``FANWEN_WORKERS`` value: a number, or ``auto`` (or unset).

    ``auto`` is the CPUs this process may use less the ``busy`` ones its own process keeps
    busy, at most 4: a crawl's process is Scrapy's (one), ``fanwen reprocess``'s only compares
    and stores (none: a reader per CPU).

    >>> worker_count(0), worker_count("2")
    (0, 2)
    >>> 0 <= worker_count("auto") <= MAX_AUTO_WORKERS
    True
    >>> worker_count("auto", busy=0) == min(MAX_AUTO_WORKERS, worker_count("auto") + 1)
    True
    """
    if setting is None or str(setting).strip().lower() in ("", "auto"):
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        return max(0, min(MAX_AUTO_WORKERS, cpus - busy))
    try:
        count = int(str(setting))
    except ValueError:
        raise ValueError(f"FANWEN_WORKERS must be a number or 'auto', not {setting!r}") from None
    if count < 0:
        raise ValueError(f"FANWEN_WORKERS must be 0 or more, not {count}")
    return count


class WorkerLost(RuntimeError):
    """The worker reading a page ended before it answered.

    ``started``: the worker was reading this page when it ended (the first it had not answered:
    a worker reads its pages in order), so the page may be what ended it (a page that crashes
    the parser, or took more than :data:`READ_TIMEOUT`); the pages queued behind it were never
    begun, and another reader can read them safely.
    """

    def __init__(self, message: str, started: bool = False) -> None:
        super().__init__(message)
        self.started = started


class PageReader:
    """Reads article pages in ``workers`` processes, or in this one when ``workers`` is 0.

    The workers start with the first page to read (a re-crawl that finds nothing new starts
    none); ``await close()`` ends them. ``finishing``: what :meth:`read_article` strips with;
    :meth:`add_site` gives another site's profile and finishing to the same workers.
    ``articles``: the workers will make whole articles (``fanwen reprocess``) and hash them
    (:func:`fanwen.spiders.pageworker.command`).
    """

    def __init__(
        self,
        profile: Profile | None,
        workers: int = 0,
        finishing: Finishing | None = None,
        *,
        articles: bool = False,
    ) -> None:
        self.profile = profile
        self.workers = workers
        self.finishing = finishing
        self.command = command(articles)
        self.started = 0  # worker processes started
        # What read_article reads a site's articles with (None: the reader's own), sent to a
        # worker with its first article of the site.
        self._sites: dict[str | None, tuple[Profile | None, Finishing | None]] = {None: (profile, finishing)}
        self._live: list[_Worker] = []
        self._starting: asyncio.Future[None] | None = None
        self._said_alone = False

    async def start(self) -> None:
        """Start the workers now (inside the running asyncio loop); ``read`` does it otherwise."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())
        await asyncio.shield(self._starting)

    async def _start(self) -> None:
        for number in range(self.workers):
            try:
                if not sys.executable:
                    raise OSError("no Python interpreter to start (sys.executable is empty)")
                process = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-c",
                    self.command,
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                    # A worker's own complaints (a traceback if it crashes) go where the crawl's do.
                    stderr=None,
                    # Its own process group: Ctrl-C in a terminal signals the foreground group,
                    # and a worker still starting (before main() ignores SIGINT) would die of it.
                    process_group=0,
                )
            except OSError as error:
                logger.warning(
                    "cannot start page reader %d (%s): %d page reader(s) in all", number + 1, error, number
                )
                break
            worker = _Worker(number + 1, process)
            worker.send(self.profile)
            worker.pump = asyncio.ensure_future(self._pump(worker))
            self._live.append(worker)
            self.started += 1

    def add_site(self, site: str, profile: Profile | None, finishing: Finishing) -> None:
        """Read ``site``'s articles (``read_article(..., site=site)``) with ``profile`` and
        ``finishing``, in the same workers as every other site's: a run over many sites starts
        its workers once, not once per site."""
        self._sites[site] = (profile, finishing)

    @property
    def running(self) -> int:
        """Worker processes reading pages now."""
        return len(self._live)

    async def read(
        self,
        body: bytes,
        content_type: str | None,
        url: str,
        continuation: bool = False,
        template: Template | None = None,
    ) -> Page:
        """The page read by the least busy worker, else here. Raises :class:`WorkerLost`.

        ``template``: the site's learned template (it travels with the page: a few short
        strings), applied, and where the page shows its slots observed; None: neither."""
        if not await self._has_workers():
            options = PageOptions(self.profile, template=template, observe=template is not None)
            return read_page(body, url, options, content_type, continuation)
        value = await self._ask((body, content_type, url, continuation, template), url)
        assert isinstance(value, Page)
        return value

    async def read_article(
        self,
        pages: list[FetchedPage],
        template: Template | None,
        url: str,
        category: str | None,
        known: str | None = None,
        site: str | None = None,
    ) -> Article | str | None:
        """A stored article made again from its kept pages, stripped and sectioned with the
        reader's ``finishing`` (or ``site``'s, :meth:`add_site`) by the least busy worker, else
        here: what :func:`fanwen.rebuild.reread` answers (None: the pages no longer give an
        article; ``UNCHANGED``: its stored hash is ``known``, :attr:`fanwen.items.Article.stored_hash`).
        Raises :class:`WorkerLost`."""
        profile, finishing = self._sites[site]
        assert finishing is not None, "a PageReader made without finishing reads pages only"
        if not await self._has_workers():
            return reread(pages, profile, finishing, template, url, category, known)
        value = await self._ask((ARTICLE, site, pages, template, url, category, known), url)
        assert value is None or isinstance(value, (Article, str))
        return value

    async def _has_workers(self) -> bool:
        """Whether a worker is there to read (starting them the first time); warns once if none is left."""
        if self.workers and (self._starting is None or not self._starting.done()):
            await self.start()
        if not self._live and self.workers and not self._said_alone:
            self._said_alone = True
            logger.warning("no page reader process is left: reading pages in the crawl's process")
        return bool(self._live)

    async def _ask(self, request: tuple[Any, ...], url: str) -> Any:
        """Send ``request`` to the least busy worker (an article's, after its site's setup if
        that worker has not had it); its answer."""
        worker = min(self._live, key=lambda w: len(w.pending))
        if request[0] == ARTICLE and request[1] not in worker.sites:
            worker.send((SETUP, request[1], *self._sites[request[1]]))  # no answer
            worker.sites.add(request[1])
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[tuple[str, Any]] = loop.create_future()
        worker.pending.append(answer)
        worker.send(request)
        overdue = loop.call_later(READ_TIMEOUT, self._stop_stuck, worker, answer, url)
        try:
            kind, value = await answer
        finally:
            overdue.cancel()
        if kind == "error":
            raise RuntimeError(f"reading {url} failed in page reader {worker.number}:\n{value}")
        return value

    async def close(self, at_once: bool = False) -> None:
        """End the workers: once they have answered what they hold, or ``at_once`` (their
        answers are no longer wanted: a stopped ``fanwen reprocess``)."""
        if self._starting is not None and not self._starting.done():
            await asyncio.shield(self._starting)
        workers, self._live = self._live, []
        for worker in workers:
            if at_once and worker.process.returncode is None:
                worker.process.kill()
            worker.close()
        for worker in workers:
            try:
                await asyncio.wait_for(worker.process.wait(), timeout=10)
            except TimeoutError:
                worker.process.kill()
                await worker.process.wait()
            if worker.pump is not None:
                await worker.pump

    def _stop_stuck(self, worker: _Worker, answer: asyncio.Future[tuple[str, Any]], url: str) -> None:
        if not answer.done() and worker.process.returncode is None:
            logger.error(
                "page reader %d spent more than %g s on %s: stopping it", worker.number, READ_TIMEOUT, url
            )
            worker.process.kill()  # its pump then fails every page it held with WorkerLost

    async def _pump(self, worker: _Worker) -> None:
        """Hand each answer from ``worker`` to the read waiting for it, in order."""
        stream = worker.process.stdout
        assert stream is not None
        try:
            while True:
                (size,) = SIZE.unpack(await stream.readexactly(SIZE.size))
                answer = pickle.loads(await stream.readexactly(size))
                waiting = worker.pending.popleft()
                if not waiting.done():
                    waiting.set_result(answer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        if worker in self._live:
            self._live.remove(worker)
            code = await worker.process.wait()
            logger.error(
                "page reader %d ended (exit code %s) with %d page(s) unread",
                worker.number,
                code,
                len(worker.pending),
            )
        started = True
        while worker.pending:
            waiting = worker.pending.popleft()
            if not waiting.done():
                waiting.set_exception(
                    WorkerLost(f"page reader {worker.number} ended before it read the page", started)
                )
            started = False


@dataclass
class _Worker:
    number: int
    process: asyncio.subprocess.Process
    pending: deque[asyncio.Future[tuple[str, Any]]] = field(default_factory=deque)
    pump: asyncio.Future[None] | None = None
    sites: set[str | None] = field(default_factory=set)  # the sites whose setup it has had

    def send(self, value: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(frame(value))

    def close(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.is_closing():
            self.process.stdin.close()
