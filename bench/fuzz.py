"""Fuzz the page path: mutated and pathological pages through read_page and process_html.

    .venv/bin/python bench/fuzz.py [--seed 13] [--mutants 300] [--scale 1] [--only KIND]
                                   [--profile NAME] [--timeout 30] [--slow 1.0] [--json FILE]

A user's site is one nobody has seen, and its pages can be anything: a crawl must never die on
one page, never hang on a regex and never store nothing silently. This runs three kinds of case
through :func:`fanwen.pagepath.read_page` (generic, or ``--profile``'s, bundled strip rules) and
:func:`fanwen.offline.process_html` (``--profile bench/fuzz_profile.toml`` adds a user's rule,
compiled with RE2, of each scope):

- **mutants**: the project's own fixture pages (``tests/fixtures``, never ``blind/``), each
  mutated once by a mutation drawn at random (``--mutants`` of them): truncated at a random
  byte, an element deleted, duplicated or nested in another, 10,000 levels of nesting, 1 MB of
  Han text without punctuation, a 1 MB attribute, control characters, NUL bytes, broken UTF-8
  (a lone surrogate's bytes), a wrong or mixed charset declaration, a BOM that disagrees, a
  comment between every two adjacent tags, an XML declaration and a processing instruction
  before the page, and the regex traps below put where the metadata looks (under the title);
- **shapes**: whole pages of one odd shape: empty bytes, whitespace, binary, random bytes after
  ``<html>``, ``<br>``-only bodies, a table of 5,000 cells, a page that is only a ``<script>``
  JSON state, ``<title>`` only, a comment alone, XML (with a stylesheet), XHTML with a
  processing instruction and a doctype's internal subset, JSON, a page of lone surrogates
  (given to ``process_html`` as text);
- **growth**: the regex traps and tree shapes at sizes n, 2n and 4n (long runs of one
  character, ``作者：作者：…``, date-like digit runs, 日期 labels, nesting, cells, ``<br>``
  lines), flagged when 4n costs more than 6 times n (linear is 4).

Each case is built from ``--seed`` and its number alone, so a run is reproducible and
``--only`` reruns one kind. Cases run in a child process that the parent kills after
``--timeout`` seconds without an answer (a regex in C holds the GIL: no signal stops it), so a
hang is recorded and the run goes on. Reported per case: an exception (with its traceback), CPU
time over ``--slow`` seconds, a hang, and an article with no text (a page that gives nothing
must say why: ``problem``/``NotAnArticle``, never an empty article).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import select
import subprocess
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
URL = "http://fuzz.example.cn/a/2024/0501/123.html"

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你能而子说过"


def seeds() -> list[Path]:
    """The fixture pages mutants start from: every HTML page under tests/fixtures but blind/."""
    return sorted(p for p in FIXTURES.rglob("*.html") if "blind" not in p.relative_to(FIXTURES).parts)


def han(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HAN) for _ in range(n))


def page(title: str, body: str, head: str = "", charset: str = "utf-8") -> str:
    """An ordinary article page around ``body``: the traps land where extraction looks."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_范文网</title>{head}</head>'
        f'<body><div class="nav"><a href="/">首页</a> <a href="/list/">范文</a></div>'
        f'<div class="article"><h1>{title}</h1>{body}</div>'
        f'<div class="footer">版权所有 范文网</div></body></html>'
    )


def prose(rng: random.Random, paragraphs: int = 6) -> str:
    return "".join(f"<p>{han(rng, 40)}，{han(rng, 30)}。{han(rng, 20)}。</p>" for _ in range(paragraphs))


# ---------------------------------------------------------------- mutations of a seed page


def _tree(text: str) -> Any:
    import lxml.html

    return lxml.html.document_fromstring(text)


def _html(tree: Any) -> str:
    import lxml.html

    return lxml.html.tostring(tree, encoding="unicode")


def _elements(tree: Any) -> list[Any]:
    return [e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in ("html", "head", "body")]


def m_truncate(rng: random.Random, body: bytes) -> bytes:
    return body[: rng.randrange(len(body) + 1)]


def m_delete(rng: random.Random, body: bytes) -> bytes:
    tree = _tree(_text(body))
    for element in rng.sample(_elements(tree), min(3, len(_elements(tree)))):
        if element.getparent() is not None:
            element.drop_tree()
    return _html(tree).encode()


def m_duplicate(rng: random.Random, body: bytes) -> bytes:
    import copy

    tree = _tree(_text(body))
    elements = _elements(tree)
    if elements:
        element = rng.choice(elements)
        for _ in range(rng.choice((1, 2, 20))):
            element.addnext(copy.deepcopy(element))
    return _html(tree).encode()


def m_nest(rng: random.Random, body: bytes) -> bytes:
    """An element moved inside another (a paragraph inside a heading, the content in a link)."""
    tree = _tree(_text(body))
    elements = _elements(tree)
    if len(elements) > 2:
        a, b = rng.sample(elements, 2)
        if a not in b.iterancestors() and a is not b:
            b.append(a)
    return _html(tree).encode()


def _insert(rng: random.Random, body: bytes, html: str, where: str = "random") -> bytes:
    """``html`` put into the page: after its <h1>/<title> (``title``) or at a random tag's end."""
    text = _text(body)
    if where == "title":
        for mark in ("</h1>", "</H1>", "</title>"):
            at = text.find(mark)
            if at >= 0:
                at += len(mark)
                return (text[:at] + html + text[at:]).encode("utf-8", "surrogatepass")
    ends = [i for i in range(len(text)) if text.startswith("</p>", i) or text.startswith("</div>", i)]
    at = rng.choice(ends) if ends else len(text) // 2
    return (text[:at] + html + text[at:]).encode("utf-8", "surrogatepass")


def m_deep(rng: random.Random, body: bytes) -> bytes:
    tag = rng.choice(("div", "span", "font", "b", "p", "li"))
    depth = 10_000
    return _insert(rng, body, f"<{tag}>" * depth + han(rng, 50) + "。" + f"</{tag}>" * rng.choice((0, depth)))


def m_long_han(rng: random.Random, body: bytes) -> bytes:
    return _insert(rng, body, "<p>" + han(rng, 1000) * 333 + "</p>")


def m_huge_attribute(rng: random.Random, body: bytes) -> bytes:
    name = rng.choice(("class", "style", "href", "id", "title", "data-x"))
    value = rng.choice(("a " * 500_000, "x" * 1_000_000, han(rng, 100) * 3000))
    return _insert(rng, body, f'<div {name}="{value}"><p>{han(rng, 60)}。</p></div>')


def m_control(rng: random.Random, body: bytes) -> bytes:
    text = list(_text(body))
    chars = [
        chr(c) for c in (*range(1, 32), 0x7F, 0x85, 0x200B, 0x200E, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF)
    ]
    for _ in range(rng.choice((5, 100, 2000))):
        text.insert(rng.randrange(len(text) + 1), rng.choice(chars))
    return "".join(text).encode("utf-8", "surrogatepass")


def m_nul(rng: random.Random, body: bytes) -> bytes:
    """NUL characters between characters (broken bytes are ``surrogate``'s), in the first KiB or after it."""
    text = list(_text(body))
    start = rng.choice((0, min(len(text), 1100)))
    for _ in range(rng.choice((1, 3, 10, 500))):
        text.insert(rng.randrange(start, len(text) + 1), "\x00")
    return "".join(text).encode("utf-8", "surrogatepass")


def m_surrogate(rng: random.Random, body: bytes) -> bytes:
    """Broken UTF-8: a lone surrogate's bytes (CESU), overlong forms, a cut character."""
    data = bytearray(_text(body).encode())
    for _ in range(rng.choice((1, 5, 200))):
        bad = rng.choice((b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xc0\xaf", b"\xe4\xb8", b"\xff"))
        at = rng.randrange(len(data) + 1)
        data[at:at] = bad
    return bytes(data)


_CHARSETS = (
    "utf-8",
    "gbk",
    "gb2312",
    "big5",
    "utf-16",
    "iso-8859-1",
    "shift_jis",
    "x-bogus",
    "",
    "utf-8;gbk",
)


def m_charset(rng: random.Random, body: bytes) -> bytes:
    """The text encoded in one charset and declared as another (or twice, or as nonsense)."""
    import re

    text = _text(body)
    said, used = rng.choice(_CHARSETS), rng.choice(("utf-8", "gb18030", "big5", "utf-16-le"))
    text = re.sub(r"<meta[^>]*charset[^>]*>", "", text, flags=re.I)
    metas = f'<meta charset="{said}">' + (
        f'<meta http-equiv="Content-Type" content="text/html; charset={rng.choice(_CHARSETS)}">'
        if rng.random() < 0.5
        else ""
    )
    text = text.replace("<head>", "<head>" + metas, 1) if "<head>" in text else metas + text
    return text.encode(used, "replace")


def m_bom(rng: random.Random, body: bytes) -> bytes:
    bom = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf" * 3))
    text = _text(body)
    encoding = rng.choice(("utf-8", "utf-16-le", "utf-16-be", "gb18030"))
    return bom + text.encode(encoding, "replace")


def m_label_run(rng: random.Random, body: bytes) -> bytes:
    label = rng.choice(("作者：", "来源：", "发布时间：", "编辑：", "责任编辑：", "日期：", "点击："))
    return _insert(rng, body, f"<p>{label * rng.choice((300, 3000))}{han(rng, 3)}</p>", "title")


def m_digit_run(rng: random.Random, body: bytes) -> bytes:
    unit = rng.choice(("2024-", "2024年", "20240501", "2024.05.", "12:", "1", "2024-05-01 ", "05月01日"))
    return _insert(rng, body, f"<p>{unit * rng.choice((300, 3000))}</p>", rng.choice(("title", "random")))


def m_char_run(rng: random.Random, body: bytes) -> bytes:
    char = rng.choice(("\u3000", " ", "-", "=", "。", "：", "a", "1", "·", "|", "*", "\u00a0", "【", "《"))
    return _insert(
        rng, body, f"<p>{char * rng.choice((10_000, 100_000))}</p>", rng.choice(("title", "random"))
    )


def m_br(rng: random.Random, body: bytes) -> bytes:
    return _insert(rng, body, "<br>" * rng.choice((1000, 20_000)))


def m_table(rng: random.Random, body: bytes) -> bytes:
    row = "<tr>" + "".join(f"<td>{han(rng, 4)}</td>" for _ in range(10)) + "</tr>"
    return _insert(rng, body, f"<table>{row * 500}</table>")


def m_comments(rng: random.Random, body: bytes) -> bytes:
    """A comment (or a processing instruction) between every two adjacent tags: templates comment
    their blocks (``</td><!-- 用户信息结束 --><td>``), so a node's neighbour may be no element."""
    node = rng.choice(("<!-- x -->", "<!---->", "<?x ?>"))
    return _text(body).replace("><", ">" + node + "<").encode("utf-8", "surrogatepass")


def m_xml_prolog(rng: random.Random, body: bytes) -> bytes:
    """An XML declaration and a processing instruction (an old XHTML CMS's stylesheet) before
    the page, the doctype before or after it: the page is still HTML."""
    prolog = rng.choice(('<?xml-stylesheet type="text/css" href="/s.css"?>', "<?php-end ?><!-- x -->"))
    text = _text(body).lstrip("\ufeff")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + prolog + text).encode("utf-8", "surrogatepass")


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncate": m_truncate,
    "delete": m_delete,
    "duplicate": m_duplicate,
    "nest": m_nest,
    "deep": m_deep,
    "long_han": m_long_han,
    "huge_attribute": m_huge_attribute,
    "control": m_control,
    "nul": m_nul,
    "surrogate": m_surrogate,
    "charset": m_charset,
    "bom": m_bom,
    "label_run": m_label_run,
    "digit_run": m_digit_run,
    "char_run": m_char_run,
    "br": m_br,
    "table": m_table,
    "comments": m_comments,
    "xml_prolog": m_xml_prolog,
}


def _text(body: bytes) -> str:
    from fanwen.extract.encoding import EncodingError, decode_html

    try:
        return decode_html(body).text
    except EncodingError:
        return body.decode("utf-8", "replace")


# ---------------------------------------------------------------- whole pages of one shape


def s_state_script(rng: random.Random) -> str:
    state = json.dumps(
        {"article": {"title": han(rng, 10), "content": "<p>" + han(rng, 800) + "</p>"}}, ensure_ascii=False
    )
    return f"<html><head><title>{han(rng, 8)}</title></head><body><div id=app></div><script>window.__INITIAL_STATE__={state}</script></body></html>"


LD_JSON = (
    "{",
    "[]",
    "null",
    "5",
    '{"@graph": 5}',
    '{"@graph": {"a": 1}}',
    '{"@graph": [null, 1, {"headline": 2}]}',
    '{"datePublished": {"a": 1}, "author": [null, 5, {"name": ["x"]}], "headline": 7, "publisher": "x"}',
    '{"datePublished": ["2024-05-01"], "author": {"name": {"a": 1}}, "headline": ["x"], "@type": 5}',
    '{"@type": "BreadcrumbList", "itemListElement": [{"position": "a"}, {"position": 1.5, "item": 5}, 7]}',
    '{"@type": ["NewsArticle", 5], "dateModified": 1714521600, "datePublished": 1714521600}',
    '{"author": "\\ud800\u5f20\u4e09", "headline": "\\udfff"}',
    '"' + "\\u" * 10 + '"',
    "[" * 5000 + "]" * 5000,
    '{"a":' * 3000 + "1" + "}" * 3000,
)


SHAPES: dict[str, Callable[[random.Random], str | bytes]] = {
    "empty": lambda rng: b"",
    "whitespace": lambda rng: b" \r\n\t " * 100,
    "binary": lambda rng: bytes(rng.randrange(256) for _ in range(5000)),
    "html_then_binary": lambda rng: b"<html><body>" + bytes(rng.randrange(256) for _ in range(5000)),
    "nul_only": lambda rng: b"\x00" * 2000,
    "br_only": lambda rng: "<html><body>" + "<br>".join(han(rng, 30) for _ in range(200)) + "</body></html>",
    "br_nothing": lambda rng: "<html><body>" + "<br>" * 5000 + "</body></html>",
    "table_5000": lambda rng: page(
        han(rng, 10), "<table>" + ("<tr>" + f"<td>{han(rng, 6)}</td>" * 50 + "</tr>") * 100 + "</table>"
    ),
    "state_script": s_state_script,
    "script_only": lambda rng: (
        "<script>var s = " + json.dumps({"a": han(rng, 2000)}, ensure_ascii=False) + "</script>"
    ),
    "title_only": lambda rng: f"<title>{han(rng, 12)}</title>",
    "title_empty_body": lambda rng: f"<html><head><title>{han(rng, 12)}</title></head><body></body></html>",
    "comment_only": lambda rng: "<!-- " + han(rng, 500) + " -->",
    "doctype_only": lambda rng: "<!DOCTYPE html>",
    "text_only": lambda rng: han(rng, 2000),
    "json": lambda rng: json.dumps({"title": han(rng, 10), "body": han(rng, 2000)}, ensure_ascii=False),
    "xml": lambda rng: (
        f'<?xml version="1.0"?><rss><channel><item><title>{han(rng, 9)}</title><description>{han(rng, 900)}</description></item></channel></rss>'
    ),
    "xml_stylesheet": lambda rng: (
        f'<?xml version="1.0"?><?xml-stylesheet href="feed.xsl"?><rss><channel><item><description>{han(rng, 900)}</description></item></channel></rss>'
    ),
    "xhtml_stylesheet": lambda rng: (
        f'<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?><!DOCTYPE html [ <!ENTITY x "y"> ]><html><body><h1>{han(rng, 9)}</h1><p>{han(rng, 900)}</p></body></html>'
    ),
    "xml_broken": lambda rng: f'<?xml version="1.0"?><html><p>{han(rng, 900)}</p><p></html>',
    "xhtml": lambda rng: (
        f'<?xml version="1.0" encoding="gbk"?><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>{han(rng, 9)}</h1><p>{han(rng, 900)}</p></body></html>'
    ),
    "frameset": lambda rng: '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
    "hidden_all": lambda rng: page(han(rng, 8), f'<div style="display:none">{prose(rng)}</div>'),
    "image_only": lambda rng: page(han(rng, 8), '<p><img src="a.jpg"></p>' * 30),
    "lone_surrogates": lambda rng: page(
        han(rng, 8), f"<p>{han(rng, 50)}\ud800{han(rng, 50)}\udfff。</p>" * 8
    ),
    "surrogate_title": lambda rng: page("\ud83d" + han(rng, 8), prose(rng)),
    "control_title": lambda rng: page("\x01\x02" + han(rng, 8) + "\x0b\x0c", prose(rng)),
    "entities": lambda rng: page(
        han(rng, 8), "<p>" + "&#0;&#xD800;&#x110000;&#65535;&nbsp;&bogus;" * 200 + han(rng, 300) + "</p>"
    ),
    "meta_refresh": lambda rng: '<html><head><meta http-equiv="refresh" content="0;url=/x"></head></html>',
    "base_href_odd": lambda rng: page(
        han(rng, 8),
        prose(rng)
        + '<base href="http://[::1">'
        + '<a href="123_2.html">下一页</a><a href="http://[bad">下一页</a><a href="javascript:">2</a>',
    ),
    "bad_links": lambda rng: page(
        han(rng, 8),
        prose(rng)
        + "".join(
            f'<a href="{h}">下一页</a>'
            for h in (
                "http://[",
                "//:0",
                "?page=99999999999999999999",
                "\x00",
                "123_" + "9" * 400 + ".html",
                "123_-1.html",
                "123_2.html#%ED%A0%80",
                "123_3.html\t\n",
            )
        ),
    ),
    "bad_crumbs": lambda rng: (
        page(han(rng, 8), prose(rng))
        .replace('<a href="/list/">', '<a href="http://[a/list/">')
        .replace('<a href="/">', '<a href="//[::1/">')
    ),
    "unclosed_spans": lambda rng: page(
        han(rng, 8), "".join(f"<p><span>{han(rng, 30)}。" for _ in range(3000))
    ),
    "unclosed_fonts": lambda rng: page(
        han(rng, 8), "".join(f"<p><font color=red>{han(rng, 30)}。" for _ in range(3000))
    ),
    "odd_dates": lambda rng: page(
        han(rng, 8),
        "<p>发布时间：9999-99-99 99:99:99</p><p>0000年00月00日</p><p>2024-02-30</p><p>时间：1e309</p>"
        + prose(rng),
        head='<meta name="pubdate" content="99999-01-01"><meta property="article:published_time" content="2024-13-45T25:61:61+99:00">',
    ),
    "huge_year": lambda rng: page(
        han(rng, 8),
        "<p>发布时间：" + "9" * 5000 + "-01-01</p>" + prose(rng),
        head=f'<meta name="pubdate" content="{"1" * 4000}">',
    ),
    **{
        f"ldjson_{i}": (
            lambda rng, v=v: page(
                han(rng, 8), prose(rng), head=f'<script type="application/ld+json">{v}</script>'
            )
        )
        for i, v in enumerate(LD_JSON)
    },
}


GROWTH: dict[str, Callable[[random.Random, int], str]] = {
    "g_label_run": lambda rng, n: page(han(rng, 8), "<p>" + "作者：" * (1000 * n) + "</p>" + prose(rng)),
    "g_label_mixed": lambda rng, n: page(
        han(rng, 8), "<p>" + "来源：作者 " * (1000 * n) + "</p>" + prose(rng)
    ),
    "g_date_digits": lambda rng, n: page(
        han(rng, 8), "<p>" + "2024-05-01" * (1000 * n) + "</p>" + prose(rng)
    ),
    "g_date_dashes": lambda rng, n: page(
        han(rng, 8), "<p>发布时间：" + "2024-" * (1000 * n) + "</p>" + prose(rng)
    ),
    "g_digits": lambda rng, n: page(han(rng, 8), "<p>" + "1" * (20_000 * n) + "</p>" + prose(rng)),
    "g_spaces": lambda rng, n: page(han(rng, 8), "<p>作者" + "\u3000" * (20_000 * n) + "x</p>" + prose(rng)),
    "g_colons": lambda rng, n: page(han(rng, 8), "<p>" + "：" * (20_000 * n) + "</p>" + prose(rng)),
    "g_han_line": lambda rng, n: page(han(rng, 8), "<p>" + han(rng, 1000) * (100 * n) + "</p>"),
    "g_han_title": lambda rng, n: page(han(rng, 1000) * (5 * n), prose(rng)),
    "g_nesting": lambda rng, n: page(han(rng, 8), "<div>" * (1000 * n) + prose(rng) + "</div>" * (1000 * n)),
    "g_cells": lambda rng, n: page(
        han(rng, 8), "<table>" + ("<tr>" + f"<td>{han(rng, 6)}</td>" * 50 + "</tr>") * (25 * n) + "</table>"
    ),
    "g_br_lines": lambda rng, n: page(
        han(rng, 8), "<div>" + "<br>".join(han(rng, 30) for _ in range(500 * n)) + "</div>"
    ),
    "g_paragraphs": lambda rng, n: page(han(rng, 8), prose(rng, 300 * n)),
    "g_links": lambda rng, n: page(
        han(rng, 8), prose(rng) + "".join(f'<a href="/a/{i}.html">{han(rng, 8)}</a>' for i in range(1000 * n))
    ),
    "g_headings": lambda rng, n: page(
        han(rng, 8), "".join(f"<h2>{i}、{han(rng, 8)}</h2><p>{han(rng, 30)}。</p>" for i in range(300 * n))
    ),
    "g_numbered": lambda rng, n: page(
        han(rng, 8), "<p>" + "".join(f"（{i}）{han(rng, 5)}；" for i in range(1000 * n)) + "</p>"
    ),
    "g_punct_mix": lambda rng, n: page(han(rng, 8), "<p>" + "【《“" * (3000 * n) + "</p>" + prose(rng)),
}
SIZES = (1, 2, 4)


# ---------------------------------------------------------------- the cases


def cases(seed: int, mutants: int, scale: int) -> list[tuple[str, str]]:
    """(kind, detail) of every case, in order: deterministic from the seed."""
    rng = random.Random(seed)
    pages = seeds()
    out = [
        (f"mutant/{rng.choice(list(MUTATIONS))}", str(rng.choice(pages).relative_to(FIXTURES)))
        for _ in range(mutants)
    ]
    out += [(f"shape/{name}", "") for name in SHAPES]
    out += [(f"growth/{name}", str(n * scale)) for name in GROWTH for n in SIZES]
    return out


def build(seed: int, index: int, kind: str, detail: str) -> str | bytes:
    rng = random.Random(f"{seed}:{index}:{kind}")
    group, name = kind.split("/", 1)
    if group == "mutant":
        return MUTATIONS[name](rng, (FIXTURES / detail).read_bytes())
    if group == "shape":
        return SHAPES[name](rng)
    return GROWTH[name](rng, int(detail))


def run_case(body: str | bytes, profile: str | None = None) -> dict[str, Any]:
    """Both entry points on one case: exceptions, CPU seconds and empty articles."""
    from fanwen.extract.page import NotAnArticle
    from fanwen.offline import PageError, process_html
    from fanwen.pagepath import PageOptions, read_page
    from fanwen.profiles import load

    options = PageOptions.for_profile(load(profile) if profile else None)
    result: dict[str, Any] = {"bytes": len(body)}
    data = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
    start = time.process_time()
    try:
        got = read_page(data, URL, options)
        result["read_page"] = got.problem or "article"
        if got.article is not None and not any(b.text.strip() for b in got.article.blocks):
            result["empty"] = "read_page"
        if got.article is not None:
            # What the store writes must be text SQLite takes: no lone surrogate in any field.
            json.dumps(dataclasses.asdict(got.article), default=str, ensure_ascii=False).encode("utf-8")
    except Exception:
        result["error"] = ("read_page", traceback.format_exc())
    result["cpu"] = round(time.process_time() - start, 3)
    text = body if isinstance(body, str) else _text(body)
    start = time.process_time()
    try:
        article = process_html(text, URL, options.rules or (), options.profile)
        if not any(s.text.strip() for s in article.sections) and not any(
            b.text.strip() for b in article.blocks
        ):
            result.setdefault("empty", "process_html")
    except (NotAnArticle, PageError):
        pass
    except Exception:
        result.setdefault("error", ("process_html", traceback.format_exc()))
    result["cpu_html"] = round(time.process_time() - start, 3)
    return result


def worker(args: argparse.Namespace) -> None:
    todo = cases(args.seed, args.mutants, args.scale)
    for index in range(args.start, len(todo)):
        kind, detail = todo[index]
        if args.only and not kind.startswith(args.only) and args.only not in kind:
            continue
        print(json.dumps({"index": index, "begin": True}), flush=True)
        try:
            result = run_case(build(args.seed, index, kind, detail), args.profile)
        except Exception:
            result = {"error": ("build", traceback.format_exc())}
        print(json.dumps({"index": index, **result}), flush=True)


def supervise(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    """Run the cases in a child, restarting it after a hang or a crash of the interpreter."""
    todo = cases(args.seed, args.mutants, args.scale)
    start = 0
    while start < len(todo):
        command = [sys.executable, __file__, "--worker", "--start", str(start), "--seed", str(args.seed),
                   "--mutants", str(args.mutants), "--scale", str(args.scale)] + (["--only", args.only] if args.only else []) + (["--profile", args.profile] if args.profile else [])  # fmt: skip
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}
        )
        assert child.stdout is not None
        current = None
        while True:
            ready, _, _ = select.select([child.stdout], [], [], args.timeout)
            if not ready:
                child.kill()
                child.wait()
                if current is None:
                    start = len(todo)
                else:
                    yield {
                        "index": current,
                        "kind": todo[current][0],
                        "detail": todo[current][1],
                        "hang": args.timeout,
                    }
                    start = current + 1
                break
            line = child.stdout.readline()
            if not line:
                child.wait()
                if current is not None:  # the interpreter itself died on this case
                    yield {"index": current, "kind": todo[current][0], "detail": todo[current][1],
                           "error": ("process", f"child exited {child.returncode}")}  # fmt: skip
                    start = current + 1
                else:
                    start = len(todo)
                break
            row = json.loads(line)
            if row.pop("begin", False):
                current = row["index"]
                continue
            current = None
            kind, detail = todo[row["index"]]
            yield {"kind": kind, "detail": detail, **row}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--mutants", type=int, default=300, help="mutated fixture pages (default 300)")
    parser.add_argument("--scale", type=int, default=1, help="multiply the growth cases' sizes")
    parser.add_argument("--only", help="run only the cases whose kind holds this (mutant/deep, growth/)")
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds without an answer that make a hang"
    )
    parser.add_argument("--slow", type=float, default=1.0, help="CPU seconds that make a page slow")
    parser.add_argument("--profile", help="read every page with this site profile (bundled name or .toml)")
    parser.add_argument("--json", type=Path, help="write every case's result here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    results = []
    findings: dict[str, list[str]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for row in supervise(args):
        results.append(row)
        counts[row["kind"].split("/")[0]] += 1
        where = f"#{row['index']} {row['kind']} {row['detail']}".strip()
        if "hang" in row:
            findings["hang"].append(where)
        if "error" in row:
            stage, tb = row["error"]
            last = tb.strip().splitlines()[-1].split(":")[0]
            frame = next(
                (ln.strip() for ln in reversed(tb.splitlines()) if ln.strip().startswith("File ")), ""
            )
            findings[f"error in {stage}: {last} at {frame}"].append(where)
        if "empty" in row:
            findings[f"empty article from {row['empty']}"].append(where)
        for key in ("cpu", "cpu_html"):
            if row.get(key, 0) > args.slow:
                findings[f"slow ({key} > {args.slow} s)"].append(
                    f"{where}: {row[key]} s, {row['bytes']} bytes"
                )
        print(f"{where}: {json.dumps({k: v for k, v in row.items() if k not in ('kind', 'detail', 'index', 'error')})}"
              + (" ERROR" if "error" in row else ""), file=sys.stderr, flush=True)  # fmt: skip
    growth = defaultdict(dict)
    for row in results:
        if row["kind"].startswith("growth/") and "cpu" in row:
            growth[row["kind"]][int(row["detail"])] = row["cpu"] + row.get("cpu_html", 0)
    print(f"\n{len(results)} cases ({dict(counts)}), seed {args.seed}")
    print("\ngrowth (CPU s of both entry points at n, 2n, 4n; ratio 4n/n, linear is 4):")
    for kind, times in sorted(growth.items()):
        sizes = sorted(times)
        ratio = times[sizes[-1]] / max(times[sizes[0]], 0.01)
        flag = "  SUPERLINEAR" if ratio > 6 and times[sizes[-1]] > 0.2 else ""
        print(f"  {kind:22} " + "  ".join(f"{times[s]:7.3f}" for s in sizes) + f"   x{ratio:5.1f}{flag}")
        if flag:
            findings["superlinear growth"].append(f"{kind}: x{ratio:.1f}")
    print(f"\nfindings: {sum(len(v) for v in findings.values())}" if findings else "\nfindings: none")
    for finding, where in sorted(findings.items()):
        print(f"- {finding}: {len(where)}")
        for w in where[:8]:
            print(f"    {w}")
    errors = [r for r in results if "error" in r]
    seen = set()
    for row in errors:
        tb = row["error"][1]
        key = tb.strip().splitlines()[-1]
        if key not in seen:
            seen.add(key)
            print(f"\n#{row['index']} {row['kind']} {row['detail']} ({row['error'][0]}):\n{tb}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
