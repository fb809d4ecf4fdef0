"""Decoding page bytes: labels checked against the bytes, detection, and clear failures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from w3lib.encoding import read_bom

from fanwen.extract.encoding import MAX_BAD_SHARE, EncodingError, _mostly_utf8, cap, decode_html
from fanwen.offline import PageError, decode

TEXT = "工作总结：今年我们坚持以人民为中心，扎实推进各项工作，取得了明显成效。"
TRAD = "工作總結：今年我們堅持以人民為中心，紮實推進各項工作，取得了明顯成效。"


def page(charset: str | None, text: str = TEXT) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>{text[:4]}</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("utf-8", "utf-8", TEXT),
        ("gb2312", "gbk", TEXT),  # gb2312 labels routinely hold GBK characters
        ("gbk", "gb18030", TEXT),
        ("big5", "big5", TRAD),
        (None, "gbk", TEXT),  # undeclared
        (None, "big5", TRAD),
        (None, "utf-8", TEXT),
        ("utf-8", "gbk", TEXT),  # the meta lies
        ("gbk", "utf-8", TEXT),
        ("iso-8859-1", "gbk", TEXT),
    ],
)
def test_pages_decode_to_their_text(label, codec, text):
    decoded = decode_html(page(label, text).encode(codec))
    assert text in decoded.text
    assert decoded.replaced == 0


def test_a_lying_http_header_is_overruled_by_the_bytes():
    body = page(None).encode("gbk")
    decoded = decode_html(body, header="text/html; charset=utf-8")
    assert TEXT in decoded.text and decoded.source == "detected"


def test_a_header_that_agrees_is_believed():
    decoded = decode_html(page(None).encode("gbk"), header="text/html; charset=GBK")
    assert decoded.source == "header" and TEXT in decoded.text


def test_a_given_encoding_is_strict():
    with pytest.raises(EncodingError, match="not valid utf-8"):
        decode_html(page(None).encode("gbk"), given="utf-8")


def test_garbage_bytes_say_they_cannot_be_decoded():
    body = b"<html><body>" + bytes(range(0x80, 0x100)) * 40 + b"</body></html>"
    with pytest.raises(PageError, match="cannot decode cleanly"):
        decode(body)


def test_a_stray_broken_byte_is_tolerated():
    body = page("utf-8").encode("utf-8") + "中".encode()[:2]
    assert TEXT in decode(body)


def test_utf8_with_teasers_cut_inside_a_character_is_still_utf8():
    # A CMS cuts each teaser at a byte count (substr on UTF-8), inside a character: a broken
    # sequence per teaser, more than the share a short page is allowed, and the page was lost.
    teasers = b"".join(
        f"<li>{title}".encode() + "的".encode()[:2] + b"</li>"
        for title in (
            "春天的田野与河流",
            "夏天的雨后村庄",
            "秋天的果园丰收",
            "冬天的第一场雪",
            "城南旧事读后感",
        )
    )
    body = page("utf-8", TEXT * 6).encode() + teasers * 2
    decoded = decode_html(body)
    assert decoded.encoding == "utf-8" and decoded.replaced == 10
    assert TEXT in decoded.text and "春天的田野与河流\ufffd" in decoded.text
    # GBK bytes are no UTF-8 with a few broken sequences: still detected as GB18030.
    assert decode_html(page(None).encode("gbk") + "的".encode("gbk")[:1]).encoding == "gb18030"


def test_binary_files_are_not_html():
    with pytest.raises(PageError, match="not HTML"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00")


def test_cap_cuts_at_a_tag_end():
    body = page("utf-8").encode() * 10
    capped, cut = cap(body, 300)
    assert cut and len(capped) <= 300 and capped.endswith(b">")


@given(st.binary(max_size=400))
def test_any_bytes_decode_or_fail_clearly(body):
    try:
        decoded = decode_html(body)
    except EncodingError:
        return
    # The text is what the chosen encoding makes of the bytes (after a BOM), never another
    # decoding's, and no more of them were broken than the decoder tolerates.
    start = len(read_bom(body)[1] or b"") if decoded.source == "bom" else 0
    assert decoded.text == body[start:].decode(decoded.encoding, errors="replace")
    assert decoded.replaced <= max(2, MAX_BAD_SHARE * len(decoded.text)) or (
        decoded.encoding == "utf-8" and _mostly_utf8(decoded.text, decoded.replaced)
    )


@given(st.text(max_size=200), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_labelled_text_round_trips(text, codec):
    html = page(codec if codec != "utf-16" else None, text.replace("\x00", ""))
    body = html.encode(codec)
    if codec == "utf-16":
        assert decode_html(body).text.endswith("</html>")
    else:
        assert decode_html(body).text == html


@pytest.mark.parametrize("encoding", ["gb18030", "big5hkscs"])
def test_the_common_characters_are_those_of_the_level_1_rows(encoding):
    # common_share counts a Han character as common when its own code lies in the level-1 rows
    # (GB2312 rows 0xB0-0xD7, Big5 0xA440-0xC67E): checked here for every one of them.
    from fanwen.extract.encoding import _code, common_share

    def is_common(ch: str) -> bool:
        if encoding == "gb18030":
            return _code(ch, "gb2312") // 256 in range(0xB0, 0xD8)
        return 0xA440 <= _code(ch, "big5") <= 0xC67E

    for code in range(0x4E00, 0xA000):
        ch = chr(code)
        assert common_share(ch, encoding) == (1.0 if is_common(ch) else 0.0), (encoding, ch)
