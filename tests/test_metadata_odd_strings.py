"""Strings that are no XML text reaching the metadata readers: a JSON escape (``\\u0000``, a lone
``\\ud800``) in a page's script state or structured data, a character reference or a raw control
character in its markup (``&#1;``: lxml keeps it in the tree). Pattern: such a value is no name
the page prints, lxml refuses it as an XPath variable, and PostgreSQL refuses a NUL in a text
field. The page is still read, and no stored field holds a control character or a surrogate.
Pages of the project's own, of real shape (a column's page with its state, a portal's page)."""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_12 import PARAS, _page, _state_page

from fanwen.extract import xpaths
from fanwen.extract.processors import clean_space

# What no XML text holds: C0 controls but tab, line feed and carriage return, a lone surrogate of
# either half, the non-characters U+FFFE and U+FFFF.
ODD = ("\x00", "\x01", "\x0b", "\x1f", "\ud800", "\udfff", "\ufffe")


def _stored(article) -> list[str]:
    return [v for v in (article.title, article.author, article.source, article.category) if v]


@pytest.mark.parametrize("odd", ["\\u0000", "\\u0007", "\\ud800", "\\udc00"])
def test_a_state_name_with_a_json_escape_of_no_text_is_no_name_and_the_page_is_read(rules, odd):
    """A script state's writer whose JSON escapes give a control character or a lone surrogate:
    the page prints no such name; the article is read, without that author."""
    card = '<div class="up-card"><a href="/space/77">木耳先生</a></div>'
    state = f'{{"article":{{"id":9,"author":{{"name":"木耳{odd}先生"}}}}}}'
    article = _read(_state_page(state, card), rules)
    assert article.text.startswith(PARAS[0][:10])
    assert article.author is None


@pytest.mark.parametrize("odd", ["\\u0000", "\\u0001", "\\ud800"])
def test_structured_datas_values_keep_no_control_character_or_surrogate(rules, odd):
    """JSON-LD's author and headline with such an escape: the stored fields hold none of it (a
    PostgreSQL text refuses NUL; no encoder writes a lone surrogate)."""
    data = f'{{"@type":"NewsArticle","headline":"阅览室{odd}的冬天","author":{{"@type":"Person","name":"宋{odd}雨桥"}}}}'
    html = _page().replace("</head>", f'<script type="application/ld+json">{data}</script></head>')
    article = _read(html, rules)
    assert article.author == "宋雨桥"
    for value in _stored(article):
        assert not any(c in value for c in ODD), value


def test_a_control_character_in_the_markups_title_reads_the_page(rules):
    """A raw control character (or its character reference) in the <title> and a menu's link:
    lxml keeps it in the tree, and the title's parts looked for among the links reach XPath."""
    html = _page(title="镇文化站阅览室\x01成了孩子们的“第二课堂”").replace(
        '<a href="/about/">', '<a href="/r/">镇文化站阅览室&#1;成了孩子们的“第二课堂”</a><a href="/about/">'
    )
    article = _read(html, rules)
    assert article.text.startswith(PARAS[0][:10])
    for value in _stored(article):
        assert not any(c in value for c in ODD), value


def test_xpath_with_a_text_that_is_no_xml_text_finds_nothing():
    """The one door to an XPath variable: a value no XML text can hold matches no node."""
    from lxml.html import document_fromstring

    doc = document_fromstring("<p><a href='/'>首页</a></p>")
    assert len(xpaths.with_text(doc, xpaths.LINK_NAMED, "首页")) == 1
    for odd in ODD:
        assert xpaths.with_text(doc, xpaths.LINK_NAMED, f"首{odd}页") == []


def test_clean_space_drops_what_no_text_field_holds():
    assert clean_space("宋\x00雨\ud800桥\x07") == "宋雨桥"
    assert clean_space("\x00") is None
    assert clean_space("a\tb\nc") == "a b c"
