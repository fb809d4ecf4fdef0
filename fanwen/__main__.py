"""The ``fanwen`` command's entry point (also ``python -m fanwen``): Ctrl-C or SIGTERM at any
moment is exit 3.

Click's standalone mode turns a KeyboardInterrupt into "Aborted!" and exit 1, so a Ctrl-C that
lands while Click parses the command line, outside a command's own handling, was exit 1. Here
Click runs without it, and this function does what it did, with Ctrl-C as fanwen documents it.
SIGTERM is taken as Ctrl-C until a command installs its own handling (a crawl does, once it starts
Scrapy): its default action killed the process while it was still loading (exit -15).
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from types import FrameType

EXIT_INTERRUPTED = 3  # as fanwen.cli.crawl; docs/scheduling.md
# Errors of a write that did not fit: `fanwen search x > file` on a full disk.
WRITE_FAILED = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        import click

        from fanwen.cli import main

        try:
            code = main.main(standalone_mode=False)  # Exit (--help, --version) returns its code
        except click.Abort as exc:  # Click's KeyboardInterrupt (or EOFError at a prompt)
            if isinstance(exc.__cause__, KeyboardInterrupt):
                raise exc.__cause__ from None
            click.echo("Aborted!", err=True)
            code = 1
        except click.ClickException as exc:
            exc.show()
            code = exc.exit_code
        except OSError as exc:  # output piped into a command that ended (`fanwen search x | head`)
            if exc.errno in WRITE_FAILED:
                print(f"Error: cannot write the output: {exc.strerror}", file=sys.stderr)
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing at exit
                code = 1
            elif exc.errno != errno.EPIPE:
                raise
            else:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                code = 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    run()
