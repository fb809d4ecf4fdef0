"""`fanwen crawl` at the edge: a site that cannot be reached fails the run in one clear line."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_site_fails_without_a_traceback(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/"
    result = subprocess.run(
        [str(BIN / "fanwen"), "crawl", url, "--db", str(tmp_path / "f.db"), "-L", "ERROR"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "1 failed requests" in result.stdout
