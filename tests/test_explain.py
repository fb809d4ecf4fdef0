"""`fanwen explain`: every block's fate and its rule, for a saved page or a local URL."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from fanwen.cli import main

PAGE = FIXTURES / "pages" / "p04_ordinal.html"


def test_explain_a_file_shows_kept_cut_and_dropped_blocks():
    result = CliRunner().invoke(main, ["explain", str(FIXTURES / "example.html"), "--full"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "truncated: True" in out
    assert "drop [paywall-preview-end] 预览阅读已结束" in out
    assert "drop [cta-contact] 请点击👉 mooonya 👈联系老师" in out
    assert "keep 近日,《长三角" in out
    assert "section 1: 坚持服务新发展格局的大局视野。" in out and "conclusion 1: 总之," in out


def test_explain_lists_a_cut_sentence_under_its_block():
    out = CliRunner().invoke(main, ["explain", str(PAGE)]).output
    lines = out.splitlines()
    cut = next(i for i, line in enumerate(lines) if line.lstrip().startswith("cut "))
    assert "[cta-im-contact] 需要完整讲话稿的朋友可以加微信：gwzj2024 免费获取。" in lines[cut + 1]


@pytest.fixture
def server():
    body = PAGE.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/a/1.html":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_explain_a_url_fetches_it(server):
    result = CliRunner().invoke(main, ["explain", f"{server}/a/1.html"])
    assert result.exit_code == 0, result.output
    assert "[cta-im-contact]" in result.output


def test_explain_errors_are_one_line(server, tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["explain", str(tmp_path / "missing.html")])
    not_found = runner.invoke(main, ["explain", f"{server}/nope"])
    for result in (missing, not_found):
        assert result.exit_code == 1
        assert "Traceback" not in result.output
    assert "HTTP 404" in not_found.output


def test_explain_examines_the_text_after_the_article_as_extract_does(tmp_path):
    """A paywall notice just after the content region: not kept, but recorded, and truncated."""
    paragraphs = "".join(
        f"<p>第{n}段：今年以来，我们坚持以人民为中心的发展思想，扎实推进各项工作，取得了明显成效，群众满意度不断提升。</p>"
        for n in range(1, 9)
    )
    page = tmp_path / "tail.html"
    page.write_text(
        "<html><head><title>工作总结</title></head><body><h1>工作总结</h1>"
        f'<div class="main"><div class="content">{paragraphs}</div>'
        '<div class="notice">预览阅读已结束，如需获取全文请点击下载。</div></div></body></html>',
        encoding="utf-8",
    )
    extracted = CliRunner().invoke(main, ["extract", str(page)])
    assert extracted.exit_code == 0, extracted.output
    assert '"truncated": true' in extracted.output
    result = CliRunner().invoke(main, ["explain", str(page), "--full"])
    assert result.exit_code == 0, result.output
    assert "truncated: True" in result.output
    assert "[paywall-preview-end] 预览阅读已结束，如需获取全文请点击下载。" in result.output
