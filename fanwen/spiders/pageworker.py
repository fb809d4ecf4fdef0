"""A page reader's process (``FANWEN_WORKERS``): requests in on stdin, answers out on stdout.

:class:`fanwen.spiders.reader.PageReader` starts it as ``python -c`` :data:`COMMAND`, sends the
profile and then pages (or, for ``fanwen reprocess``, sites' setups and their articles' kept
pages), and reads each answer back in order, both ways as length-prefixed pickles (:func:`frame`).

It is a second Python beside the crawl's, so what it imports is memory on every crawl: it loads
the page path and nothing of the crawl's side. Not Scrapy and Twisted (itemadapter imports
Scrapy when it can: 25 MB), not asyncio (only the asking side of the pipe needs it: 2.5 MB), not
ssl (w3lib.url imports urllib.request, which imports ssl when it can; a reader opens no
connection: 2 MB), and in a crawl's reader not OpenSSL's hashes (urllib.request imports
hashlib, which maps OpenSSL's libcrypto: 3.5 MB; a crawl's reader hashes nothing, and hashlib's
own SHA-1 and SHA-256 give the same digests where something does). ``fanwen reprocess``'s
readers hash every article they make again (its stored hash), where OpenSSL is about five times
faster: they keep it (:func:`command`). After its imports, and every :data:`TRIM_EVERY` pages,
it hands back to the system the heap left free (by compiling the imports: 3-4 MB where no
``.pyc`` files are written; by reading pages: 2 MB over a thousand), which glibc keeps otherwise.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import traceback
from typing import IO, Any

from fanwen.pagepath import PageOptions, read_page
from fanwen.profiles import Profile
from fanwen.rebuild import Finishing, reread


def command(articles: bool = False) -> str:
    """The ``python -c`` program of a reader: of pages (a crawl's), or also of whole
    ``articles`` (``fanwen reprocess``'s, which hash each: they keep OpenSSL's ``_hashlib``).

    Modules are made unimportable before anything else is imported (None in sys.modules: an
    import raises ImportError, which itemadapter, urllib.request and hashlib take as "not
    installed")."""
    blocked = ("scrapy", "ssl") if articles else ("scrapy", "ssl", "_hashlib")
    nones = " = ".join(f"sys.modules[{name!r}]" for name in blocked)
    return f"import sys; {nones} = None; from fanwen.spiders.pageworker import main; main()"


COMMAND = command()  # a crawl's page reader
SIZE = struct.Struct("<I")  # a frame's head: the length of the pickle after it
# Requests other than a page's 5-tuple: a site's profile and finishing (no answer; None: the
# reader's own), and an article's kept pages with its site (answered with the article, or None).
SETUP = "setup"
ARTICLE = "article"
# Answers between two returns of the free heap to the system: each page's parse and text leave
# holes glibc keeps (a reader grew by 6 MB over 1,100 real-shape pages, 4 with this); a return
# costs about 0.25 ms.
TRIM_EVERY = 100


def frame(value: object) -> bytes:
    """``value`` as the protocol carries it, both ways: its pickle's length, then the pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return SIZE.pack(len(data)) + data


def _read_frame(stream: IO[bytes]) -> bytes | None:
    head = stream.read(SIZE.size)
    if len(head) < SIZE.size:
        return None
    (size,) = SIZE.unpack(head)
    data = stream.read(size)
    return data if len(data) == size else None


def serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    """A worker's loop: the profile, then pages (or sites' setups, then their articles), until
    ``requests`` ends."""
    first = _read_frame(requests)
    if first is None:
        return
    profile = pickle.loads(first)
    sites: dict[str | None, tuple[Profile | None, Finishing]] = {}
    answered = 0
    while (data := _read_frame(requests)) is not None:
        request = pickle.loads(data)
        if request[0] == SETUP:
            _, site, site_profile, finishing = request
            sites[site] = (site_profile, finishing)
            continue
        try:
            answer: tuple[str, Any]
            if request[0] == ARTICLE:
                _, site, pages, template, url, category, known = request
                site_profile, finishing = sites[site]  # sent before the site's first article
                answer = ("article", reread(pages, site_profile, finishing, template, url, category, known))
            else:
                body, content_type, url, continuation, template = request
                options = PageOptions(profile, template=template, observe=template is not None)
                answer = ("page", read_page(body, url, options, content_type, continuation))
        except Exception:  # a bug: the crawl logs it as the spider's error for this page
            answer = ("error", traceback.format_exc())
        answers.write(frame(answer))
        answers.flush()
        answered += 1
        if answered % TRIM_EVERY == 0:
            give_back_free_heap()


def give_back_free_heap() -> None:
    """Return the free memory at the heap's top and in its holes to the system (glibc's
    ``malloc_trim``; elsewhere nothing happens)."""
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def main() -> None:
    # Ctrl-C in a terminal, or systemd stopping the service, signals the whole process group.
    # The crawl's process decides when to end (it finishes the pages in flight first) and then
    # closes this worker's stdin; a worker that died at the signal would lose those pages.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # The answers get stdout's file to themselves: anything printed goes to stderr instead.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    give_back_free_heap()
    try:
        serve(sys.stdin.buffer, answers)
    except BrokenPipeError:
        # The process that asked is gone (killed, even by SIGKILL): nobody wants the answers.
        # Ending at once spares its terminal a traceback, and the exit's flush of the answers'
        # buffer another.
        os._exit(0)
