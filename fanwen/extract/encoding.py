"""Decode page bytes to text: BOM, HTTP header, ``<meta>``, then evidence; never silent mojibake.

Chinese sites label their pages badly: ``gb2312`` pages hold GBK characters, servers send
``ISO-8859-1`` for GBK pages, templates say ``utf-8`` over GBK bodies, many pages say nothing.
Labels are therefore candidates, not facts. A label is believed when the bytes decode under it
cleanly; otherwise UTF-8, GB18030 and Big5 are tried, and when several decode cleanly the one
whose Han characters are the common ones of that encoding wins (a wrong CJK decoding scatters
over rare characters). A page no candidate decodes cleanly raises :class:`EncodingError`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

# Labels are widened to what browsers decode them as.
_WIDER = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "big5": "big5hkscs", "big5-tw": "big5hkscs", "cp950": "big5hkscs",
    "ascii": "cp1252", "latin_1": "cp1252", "iso8859-1": "cp1252", "iso-8859-1": "cp1252",
}  # fmt: skip
_LATIN = frozenset({"cp1252", "latin_1", "iso8859-1", "iso8859-15", "ascii"})
_FALLBACKS = ("utf-8", "gb18030", "big5hkscs")
# A page may carry a few broken bytes (a cut multi-byte character); more than this is mojibake.
MAX_BAD_SHARE = 0.002
# A page that decodes as UTF-8 with broken sequences is UTF-8 when it holds this many valid
# multi-byte characters for each broken byte (_mostly_utf8).
UTF8_EVIDENCE = 20
# A label is only overruled on this many characters of evidence.
MIN_EVIDENCE = 8
_HAN = re.compile(r"[\u4e00-\u9fff]")


class EncodingError(ValueError):
    """Bytes that no candidate encoding decodes cleanly."""


@dataclass(frozen=True)
class Decoded:
    """Text of a page, the encoding used, where that choice came from and how many bytes were bad."""

    text: str
    encoding: str
    source: str  # "given", "bom", "header", "meta" or "detected"
    replaced: int = 0


def normalise(label: str | None) -> str | None:
    """The Python codec a charset label means, widened as browsers widen it; None if unknown.

    >>> normalise("GB2312"), normalise("utf8"), normalise("ISO-8859-1"), normalise("x-nonsense")
    ('gb18030', 'utf-8', 'cp1252', None)
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _WIDER.get(name, name)


def strict(body: bytes, encoding: str) -> str | None:
    """``body`` decoded without a single replacement, or None.

    >>> strict("中文".encode("gbk"), "utf-8") is None
    True
    >>> strict("中文".encode("gbk"), "gb18030")
    '中文'
    """
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def bad_bytes(body: bytes, encoding: str) -> tuple[str, int]:
    """``body`` decoded with replacements, and how many replacement characters that took."""
    text = body.decode(encoding, errors="replace")
    return text, text.count("\ufffd")


def common_share(text: str, encoding: str) -> float:
    """Share of the Han characters in ``text`` that are the frequent ones of ``encoding``.

    GB2312 level 1 (rows 0xB0-0xD7) and Big5 level 1 up to 0xC67E hold the common characters;
    text decoded with the wrong CJK codec lands mostly outside them.

    >>> common_share("我们的工作取得了明显成效", "gb18030")
    1.0
    >>> common_share("我們的工作取得了明顯成效", "big5hkscs")
    1.0
    >>> common_share("no han here", "gb18030")
    0.0
    """
    hans = _HAN.findall(text)
    if not hans:
        return 0.0
    if encoding == "gb18030":
        common = _common_chars("gb2312")
    elif encoding.startswith("big5"):
        common = _common_chars("big5")
    else:
        return 1.0
    return sum(map(common.__contains__, hans)) / len(hans)


@lru_cache(maxsize=2)
def _common_chars(codec: str) -> frozenset[str]:
    """The characters :func:`common_share` counts, found once by decoding every two-byte code of
    the level-1 rows and keeping those whose own code lies there (Big5 gives some characters
    two codes; a character's code is the one it encodes to)."""
    first, last = (0xB0A1, 0xD7FE) if codec == "gb2312" else (0xA440, 0xC67E)
    found = set()
    for code in range(first, last + 1):
        try:
            found.add(code.to_bytes(2, "big").decode(codec))
        except UnicodeDecodeError:
            continue
    if codec == "gb2312":
        return frozenset(ch for ch in found if _code(ch, codec) // 256 in range(0xB0, 0xD8))
    return frozenset(ch for ch in found if first <= _code(ch, codec) <= last)


def _code(ch: str, encoding: str) -> int:
    try:
        return int.from_bytes(ch.encode(encoding), "big")
    except UnicodeEncodeError:
        return -1


def detect(body: bytes, known: dict[str, str | None] | None = None) -> tuple[str, str] | None:
    """The cleanly decoding fallback encoding with the most common-looking Han text, and its text.

    >>> detect("工作总结：我们取得了明显成效。".encode("gbk"))[0]
    'gb18030'
    >>> detect("工作總結：我們取得了明顯成效。".encode("big5"))[0]
    'big5hkscs'
    >>> detect(b"\\xff\\xfe\\xff\\xfe\\x81") is None
    True

    ``known``: the strict decodings the caller made already, by codec (None: it failed), so that
    a label's codec does not decode the page a second time.

    >>> page = "工作总结：我们取得了明显成效。"
    >>> detect(page.encode("gbk"), {"ascii": None, "gb18030": page}) == detect(page.encode("gbk"))
    True
    """
    known = known or {}

    def decoded_as(encoding: str) -> str | None:
        return known[encoding] if encoding in known else strict(body, encoding)

    if decoded_as("ascii") is not None:
        return "utf-8", body.decode("ascii")
    utf8 = decoded_as("utf-8")
    if utf8 is not None:
        # Multi-byte UTF-8 sequences almost never occur by chance in other encodings.
        return "utf-8", utf8
    decoded = [(enc, text) for enc in _FALLBACKS[1:] if (text := decoded_as(enc)) is not None]
    if not decoded:
        return None
    if len(decoded) == 1:
        # One clean decoding has no rival (GBK bytes are seldom valid Big5): its Han text need
        # not be weighed (a findall over the page's text, 0.1 ms on an article of 3,000).
        return decoded[0]
    return max(decoded, key=lambda pair: common_share(pair[1], pair[0]))


def _more_plausible(found: tuple[str, str], encoding: str, text: str) -> bool:
    """Whether the detected decoding beats a label's clean but possibly wrong one."""
    if found[0] == "utf-8":
        # Multi-byte UTF-8 sequences almost never occur by chance in other encodings.
        return non_ascii_chars(found[1]) >= MIN_EVIDENCE
    if len(_HAN.findall(found[1])) < MIN_EVIDENCE:
        return False
    share = common_share(found[1], found[0])
    if encoding in _LATIN:
        # Servers send Latin-1 for pages they know nothing about; any bytes "decode" as it.
        return share > 0.5
    return share > common_share(text, encoding) + 0.25


def decode_html(body: bytes, header: str | None = None, given: str | None = None) -> Decoded:
    """Decode page bytes, trusting a label only when the bytes agree with it.

    ``header`` is the HTTP Content-Type (or just a charset); ``given`` an encoding the caller
    insists on (decoded strictly, no second guessing).

    >>> page = '<meta charset="utf-8"><p>工作总结</p>'.encode("gbk")
    >>> d = decode_html(page)
    >>> d.encoding, d.source, '工作总结' in d.text
    ('gb18030', 'detected', True)
    >>> decode_html('<p>工作總結：我們取得了明顯成效</p>'.encode("big5"), header="text/html; charset=ISO-8859-1").encoding
    'big5hkscs'
    """
    if given:
        encoding = normalise(given)
        if encoding is None:
            raise EncodingError(f"unknown encoding {given!r}")
        text = strict(body, encoding)
        if text is None:
            raise EncodingError(f"not valid {given}")
        return Decoded(text, encoding, "given")
    bom, bom_bytes = read_bom(body)
    if bom:
        encoding = normalise(bom) or "utf-8"
        text, bad = bad_bytes(body[len(bom_bytes or b"") :], encoding)
        return Decoded(text, encoding, "bom", bad)
    labels = [
        ("header", normalise(http_content_type_encoding(header) if header and ";" in header else header)),
        ("meta", normalise(html_body_declared_encoding(body))),
    ]
    non_ascii = strict(body, "ascii") is None
    for source, encoding in labels:
        text = strict(body, encoding) if encoding else None
        if encoding is None or text is None:
            continue
        if non_ascii and encoding != "utf-8":
            found = detect(body, {"ascii": None, encoding: text})
            if found and found[0] != encoding and _more_plausible(found, encoding, text):
                return Decoded(found[1], found[0], "detected")
        return Decoded(text, encoding, source)
    found = detect(body)
    if found:
        return Decoded(found[1], found[0], "detected")
    # Nothing decodes cleanly: take the best candidate if only a few bytes are broken.
    candidates = [enc for _, enc in labels if enc] + list(_FALLBACKS)
    tries = [(enc, *bad_bytes(body, enc)) for enc in dict.fromkeys(candidates)]
    for encoding, text, bad in tries:
        if encoding == "utf-8" and _mostly_utf8(text, bad):
            return Decoded(text, encoding, "detected", bad)
    encoding, text, bad = min(tries, key=lambda t: (t[2], -common_share(t[1], t[0])))
    if bad > max(2, MAX_BAD_SHARE * len(text)):
        tried = ", ".join(dict.fromkeys(candidates))
        raise EncodingError(f"cannot decode cleanly: {bad} bad bytes as {encoding} (tried {tried})")
    return Decoded(text, encoding, "detected", bad)


def _mostly_utf8(text: str, bad: int) -> bool:
    """Whether text decoded as UTF-8 with ``bad`` replacements is UTF-8 with a few broken
    sequences: at least :data:`UTF8_EVIDENCE` valid multi-byte characters for each.

    A UTF-8 page keeps being UTF-8 where a CMS cut its teasers inside a character (``substr``
    on bytes: a broken sequence per teaser) or a MySQL ``utf8`` column wrote an emoji as two
    surrogates (six broken bytes); a browser shows it with U+FFFD there. Held to the share of
    :data:`MAX_BAD_SHARE`, a short page with a list of cut teasers was undecodable. Other
    encodings' bytes seldom form a valid multi-byte UTF-8 sequence by chance (a GBK pair does
    about once in seventy), so they give far fewer.

    >>> _mostly_utf8("中文" * 20 + "\ufffd", 1), _mostly_utf8("\ufffd\ufffd涓枃", 2)
    (True, False)
    """
    return non_ascii_chars(text) - bad >= UTF8_EVIDENCE * bad


def non_ascii_chars(text: str) -> int:
    """How many characters of ``text`` are not ASCII: what encoding it as ASCII drops, counted in C
    (a generator over each character of a page was 5 ms of a page's read, session 24).

    >>> non_ascii_chars("ab中文\\x7f\\x80"), non_ascii_chars("")
    (3, 0)
    """
    return len(text) - len(text.encode("ascii", "ignore"))


# Pages past this size are cut (at a tag end) before decoding; no article needs more.
MAX_PAGE_BYTES = 5 * 1024 * 1024


def cap(body: bytes, limit: int = MAX_PAGE_BYTES) -> tuple[bytes, bool]:
    """``body`` cut after the last ``>`` within ``limit`` bytes, and whether it was cut.

    >>> cap(b"<p>a</p><p>b</p>", 10)
    (b'<p>a</p>', True)
    >>> cap(b"<p>a</p>", 10)
    (b'<p>a</p>', False)
    """
    if len(body) <= limit:
        return body, False
    end = body.rfind(b">", 0, limit)
    return body[: end + 1 if end > 0 else limit], True
