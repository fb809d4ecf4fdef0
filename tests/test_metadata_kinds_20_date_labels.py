"""Session 20: a date line's label is no source. An English page's info line prints what its date
is in a word set right before it (Published Nov 3, 2025 11:30 PM; Updated, Posted, Dated, Modified,
Written): the bare name beside a date that a Chinese page's line prints (2024-12-18 华博范文网) was
read there too, and the label became the source. Look-alikes that keep their source: an agency or an
outlet set apart from the date (Reuters | Nov 3, 2025; Wired | …), a name straight before it that is
no label (Reuters Nov 3, 2025), a Chinese outlet after the date."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "The city council approved a new plan for the river district on Monday after months of debate.",
    "Residents who live along the embankment had asked for a park, a school and safer crossings for years.",
    "Officials said the first phase would begin in the spring and cost less than the earlier proposal.",
    "Some business owners disagreed, saying the new road layout would cut them off from passing trade.",
    "The council promised to publish a detailed timetable and to hold public meetings every quarter.",
    "A final vote on the budget for the second phase is expected before the end of next year.",
)


def _news(line: str, lang: str = "en-US") -> str:
    """A local news site's article: the title, one meta line, the text."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Council approves river plan</title></head>'
        f'<body><div class="nav"><a href="/">Home</a> <a href="/local/">Local</a></div><article>'
        f'<h1>Council approves river plan</h1><div class="meta"><span>{line}</span></div>{body}</article></body></html>'
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published Nov 3, 2025 11:30 PM", datetime(2025, 11, 3, 23, 30)),
        ("Updated Nov 3, 2025", datetime(2025, 11, 3)),
        ("Posted November 3, 2025", datetime(2025, 11, 3)),
        ("PUBLISHED 3 November 2025", datetime(2025, 11, 3)),
        ("Dated 2025-11-03", datetime(2025, 11, 3)),
        ("Modified 2025-11-03 10:00", datetime(2025, 11, 3, 10, 0)),
        ("Written 3 November 2025", datetime(2025, 11, 3)),
        ("Date 2025-11-03", datetime(2025, 11, 3)),
    ],
)
def test_a_date_lines_label_is_no_source(rules, line, published):
    """Pattern: a word right before the date, nothing between them, saying what the date is (a
    participle, Published/Updated/Posted/Dated/Modified; Written; the word Date): the line's label,
    never who published the text."""
    article = _read(_news(line), rules)
    assert article.source is None, line
    assert article.published == published


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Reuters | Nov 3, 2025", "Reuters"),  # an agency set apart from the date
        ("Wired | Nov 3, 2025", "Wired"),  # an outlet named like a participle, set apart
        ("Reuters Nov 3, 2025", "Reuters"),  # a name straight before the date that is no label
        ("Nov 3, 2025 Reuters", "Reuters"),  # after the date
    ],
)
def test_a_name_beside_the_date_is_still_the_source(rules, line, source):
    assert _read(_news(line), rules).source == source


def test_a_chinese_pages_name_after_its_date_is_still_the_source(rules):
    body = "".join(
        f"<p>{p}</p>" for p in ("城里的年轻人冬天在二手平台上挑选九成新的羽绒服和大衣，成交量明显增长。",) * 6
    )
    page = (
        '<html><head><meta charset="utf-8"><title>二手冬装走俏</title></head><body><h1>二手冬装走俏</h1>'
        f'<div class="info">2024-12-18 华博范文网</div><div class="text">{body}</div></body></html>'
    )
    assert _read(page, rules).source == "华博范文网"
