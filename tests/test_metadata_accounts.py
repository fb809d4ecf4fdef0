"""A CMS's login or role printed where a name goes (admin, administrator, editor, 管理员, 小编) is
neither the author nor the source. Pattern: a blog theme's hAtom entry prints the post's account
beside its date (``2024-10-12 admin``, the account's vcard), and the date-then-bare-name reader
took it for the publishing outlet. Pages of the test's own: a blog post, and look-alikes whose
name beside the date is an outlet's or a person's and stays."""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page

PARAS = (
    "早上六点，我们从村口出发。山路被昨夜的雨打湿了，石阶上铺着一层薄薄的落叶，踩上去软软的，没有声音。",
    "走到半山腰的时候，太阳才从对面的山脊后面露出来。雾气一点点散开，山谷里的稻田已经收割完了，只剩下整齐的稻茬。",
    "同行的老周说，这条路他小时候每天都要走两趟，去山那边的镇上读书。那时候没有石阶，下雨天一步一滑，鞋子总是湿的。",
    "我们在山顶的凉亭里歇了很久，喝完了带来的茶，才慢慢往回走。",
)


def _post(meta: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>秋天的山路 - 林间小记</title></head><body>'
        '<div id="header"><a href="/">林间小记</a></div><div class="hentry post">'
        f'<h1 class="entry-title">秋天的山路</h1><div class="entry-meta">{meta}</div>'
        f'<div class="entry-content">{body}</div></div></body></html>'
    )


def _by(who: str) -> str:
    return (
        '<abbr class="published" title="2024-10-12T08:30:00+08:00">2024-10-12</abbr> '
        f'<span class="author vcard"><a class="url fn" href="/author/x/">{who}</a></span>'
    )


@pytest.mark.parametrize("who", ["admin", "Administrator", "editor", "管理员", "小编", "webmaster"])
def test_a_login_beside_the_date_is_neither_author_nor_source(rules, who):
    article = _read(_post(_by(who)), rules)
    assert (article.author, article.source) == (None, None)
    assert article.text.startswith(PARAS[0][:10])


@pytest.mark.parametrize("who", ["小编", "admin"])
def test_a_labelled_source_that_is_a_login_names_nobody(rules, who):
    article = _read(_post(f"2024-10-12 来源：{who}"), rules)
    assert article.source is None


def test_an_outlet_beside_the_date_stays_the_source(rules):
    article = _read(_post("2024-10-12 江城日报"), rules)
    assert article.source == "江城日报"


def test_a_persons_name_in_the_entrys_vcard_stays_the_author(rules):
    article = _read(_post(_by("林晓雨")), rules)
    assert (article.author, article.source) == ("林晓雨", None)


def test_a_name_with_editor_in_it_is_still_a_name(rules):
    """Only the bare role is nobody: an English by-line's surname, a column's title stay."""
    article = _read(_post(_by("Lin Editorson")), rules)
    assert article.author == "Lin Editorson"
