"""Run magic-html on pages sent as JSON lines; run by bench/extraction.py under Python >= 3.12.

Reads ``{"id", "html", "url"}`` lines on stdin, writes ``{"id", "text", "title", "ms"}`` lines on
stdout. Only ``GeneralExtractor.extract`` is timed (CPU time of the process); its HTML is turned into text line by line as
the other anchors' is.
"""

from __future__ import annotations

import json
import sys
import time

import lxml.html
from magic_html import GeneralExtractor


def main() -> None:
    extractor = GeneralExtractor()
    for line in sys.stdin:
        page = json.loads(line)
        start = time.process_time()
        try:
            data = extractor.extract(page["html"], base_url=page.get("url") or "")
        except Exception:  # noqa: BLE001 - an anchor failing on a page scores as empty
            data = {}
        ms = 1000 * (time.process_time() - start)
        text = ""
        if data.get("html"):
            try:
                root = lxml.html.fromstring(data["html"])
                lines = [" ".join(t.split()) for t in root.itertext()]
                text = "\n".join(x for x in lines if x)
            except Exception:  # noqa: BLE001
                text = ""
        out = {"id": page["id"], "text": text, "title": data.get("title"), "ms": ms}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
