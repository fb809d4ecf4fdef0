"""The ``fanwen`` command's entry point (also ``python -m fanwen``): Ctrl-C while it loads is exit 3."""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 3  # as fanwen.cli.crawl; docs/scheduling.md


def run() -> None:
    try:
        from fanwen.cli import main

        main()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":
    run()
