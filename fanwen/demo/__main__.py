"""``python -m fanwen.demo``: serve the demo site until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import threading

from fanwen.demo.server import serve
from fanwen.demo.site import build_site


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m fanwen.demo", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument("--extra-articles", type=int, default=0, help="add N synthetic articles")
    args = parser.parse_args(argv)
    site = build_site(args.extra_articles)
    with serve(site, args.host, args.port) as url:
        print(f"Demo site with {len(site.articles)} articles at {url}/  (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
