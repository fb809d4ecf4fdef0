"""English pages' date lines and by-lines (session 21): a date joined to its time by ``at``, a comma
or ``@`` keeps its time (12-hour, ``pm`` in small letters too), and a ``By NAME`` line near the
title names the author (two or three words of a name, an initial, accented letters, a hyphen, its
date after it), while sentences and accounts that start the same way stay no name."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "More than two hundred residents gathered along the east bank of the river on Saturday morning to "
    "pull plastic, tyres and fishing line out of the shallows, the largest turnout in four years.",
    "The city supplied gloves and bags, and a bakery on Mill Street handed out bread at noon. By the "
    "afternoon the crews had filled three trucks with rubbish that would have drifted downstream.",
    "Organisers hope to repeat the clean-up in the spring, when the water is lower and more of the "
    "riverbed can be reached on foot; several schools have already asked to take part.",
)


def _page(meta: str) -> str:
    body = "\n".join(f"<p>{line}</p>" for line in STORY)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>River Clean-up Draws a Crowd - Lakeside Weekly</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></div>
<article class="post"><h1 class="entry-title">River Clean-up Draws a Crowd</h1>
{meta}
<div class="entry-content">
{body}
</div></article>
<div class="footer">Lakeside Weekly, 12 Harbour Road</div></body></html>"""


URL = "https://www.lakeside.example.com/news/2025/river-clean-up/"


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<p class="meta">Posted on November 3, 2025 at 11:30 pm</p>', datetime(2025, 11, 3, 23, 30)),
        ('<div class="date">Nov 3, 2025, 9:05 AM</div>', datetime(2025, 11, 3, 9, 5)),
        ("<span>Published 3 November 2025 @ 21:05</span>", datetime(2025, 11, 3, 21, 5)),
        ('<p class="meta">Updated Nov. 3, 2025 at 7:45 p.m.</p>', datetime(2025, 11, 3, 19, 45)),
        # Look-alikes: `at` or a comma after the date before no time.
        ('<p class="meta">Posted November 3, 2025 at the town hall</p>', datetime(2025, 11, 3)),
        ('<p class="meta">November 3, 2025, 12 comments</p>', datetime(2025, 11, 3)),
    ],
)
def test_an_english_date_joined_to_its_time_keeps_the_time(rules, meta: str, published: datetime) -> None:
    """Pattern: WordPress's "Posted on DATE at TIME" and the like join the time to a date with the
    month's name by ``at``, a comma or ``@``; the time was dropped (midnight) before session 21."""
    assert _read(_page(meta), rules, URL).published == published


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ('<p class="meta">November 3, 2025</p><p class="byline">By Jane Doe</p>', "Jane Doe"),
        ('<p class="byline">By Mary Ann Lopez | November 3, 2025</p>', "Mary Ann Lopez"),
        ('<div class="byline">By Jane A. Doe</div><div class="date">Nov 3, 2025</div>', "Jane A. Doe"),
        ("<p>by Tomás Núñez · Nov 3, 2025</p>", "Tomás Núñez"),
        ('<p class="byline">By Jean-Luc Martin</p>', "Jean-Luc Martin"),
        # Look-alikes: sentences starting with By, a site's account, a desk.
        ("<p>By the way, the river was cleaned last year too.</p>", None),
        ("<p>By 2030 the city plans to reopen the old ferry.</p>", None),
        ('<p class="meta">Posted by admin on November 3, 2025</p>', None),
        ('<p class="byline">By The Associated Press</p>', None),
        ('<p class="byline">By Jane Doe, a reader</p>', None),
    ],
)
def test_a_by_line_near_the_title_names_the_author(rules, meta: str, author: str | None) -> None:
    """Pattern: an English page's by-line is an element saying ``By`` and a name (two or three
    words, an initial, accented letters, a hyphen), alone or with its date set apart after it;
    only ``By First Last`` alone was read before session 21."""
    assert _read(_page(meta), rules, URL).author == author


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<p class="meta">Nov 3, 2025, 7:53pm EST</p>', datetime(2025, 11, 3, 19, 53)),
        ('<p class="meta">Updated: November 3, 2025 at 9:08 GMT</p>', datetime(2025, 11, 3, 9, 8)),
        ('<p class="meta">Lakeside, Nov 3 2025, 11:06am ist</p>', datetime(2025, 11, 3, 11, 6)),
    ],
)
def test_the_zone_after_an_english_time_is_no_source(rules, meta: str, published: datetime) -> None:
    """The zone an English page prints after the time (EST, GMT, ist) is the time's: once the time
    was read after ``at`` or a comma, the zone was left beside the date and read as its source."""
    article = _read(_page(meta), rules, URL)
    assert (article.published, article.source) == (published, None)


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # A desk, a staff or a role where the name goes, alone or with its date after it (review rev3).
        ('<p class="byline">By Staff Writer | November 3, 2025</p>', None),
        ('<p class="byline">By Staff Reporter, November 3, 2025</p>', None),
        ('<p class="byline">By News Desk | Nov 3, 2025</p>', None),
        ('<p class="byline">By Guest Contributor, November 3, 2025</p>', None),
        ('<p class="byline">By Lakeside Weekly Staff</p>', None),
        ('<p class="byline">By Editorial Board</p>', None),
        # A slogan or a deck in title case: a name holds no small word (And, Any, Of).
        ('<p class="byline">By Any Means Necessary</p>', None),
        ('<p class="byline">By Land And Sea</p>', None),
        # Look-alikes: names that begin like a desk's word stay names.
        ('<p class="byline">By Grant Stafford | November 3, 2025</p>', "Grant Stafford"),
        ('<p class="byline">By Desmond Teamer</p>', "Desmond Teamer"),
        ('<p class="byline">By Anya Ofori, Nov 3, 2025</p>', "Anya Ofori"),
    ],
)
def test_a_desk_or_a_slogan_after_by_names_no_author(rules, meta: str, author: str | None) -> None:
    """Pattern: a news site prints its desk where the writer's name goes (By Staff Writer, By News
    Desk, By Guest Contributor, By Lakeside Weekly Staff), with its date after it too; and a deck
    in title case may start with By (By Any Means Necessary). Its last word is a desk's or a role's
    (Staff, Writer, Desk, Contributor, Board), or it holds a small word no name holds (And, Any):
    nobody is named. Since session 21 read three words and a date after the name, these were
    read as names."""
    assert _read(_page(meta), rules, URL).author == author
