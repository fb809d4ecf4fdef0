"""The demo articles: hand-written ones from ``articles/*.toml`` and deterministic synthetic ones."""

from __future__ import annotations

import random
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

from fanwen.demo.layouts import SKIN_BY_CHANNEL, SKINS, Skin
from fanwen.demo.model import Ad, DemoArticle, Drawing, ExpectedSection
from fanwen.demo.render import adverts_of

SYNTHETIC_FIRST_ID = 10001
CHINESE_NUMERALS = "一二三四五六七八九十"
# Numbering a hand-written heading carries, removed before a synthetic article renumbers it.
HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])|。$")
# How a synthetic article words and marks up its headings: (heading format, markup).
HEADING_STYLES = (
    ("{bare}。", "lead"),
    ("{cn}、{bare}", "p"),
    ("{bare}", "h2"),
    ("{cn}、{bare}", "strong"),
    ("{n}.{bare}", "p"),
    ("{n}、{bare}", "h3"),
)


def make_article(
    id: int,
    skin: Skin,
    title: str,
    published: date | datetime,
    sections: list[ExpectedSection],
    drawing: Drawing,
    author: str | None = None,
    source: str | None = None,
    keep: list[str] | None = None,
    source_shown: str | None = None,
) -> DemoArticle:
    """An article of ``skin``'s channel, with its adverts derived from the same drawing."""
    article = DemoArticle(
        id=id,
        path=f"/{skin.channel}/{id}.html",
        template=skin.name,
        encoding=skin.encoding,
        title=title,
        published=published,
        author=author,
        source=source or source_shown or skin.default_source,
        category=skin.category,
        sections=sections,
        drawing=drawing,
        keep=keep or [],
        modified=as_datetime(published),
        source_shown=source_shown,
    )
    article.adverts = adverts_of(article, skin)
    return article


def as_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _data(name: str) -> dict[str, Any]:
    text = resources.files("fanwen.demo").joinpath("articles", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _from_record(record: dict[str, Any], skin: Skin) -> DemoArticle:
    sections = [
        ExpectedSection(s["kind"], s.get("level", 1), s.get("heading"), s["text"].strip())
        for s in record["sections"]
    ]
    tails = [(i, s["tail_ad"]) for i, s in enumerate(record["sections"]) if "tail_ad" in s]
    drawing = Drawing(
        markup=tuple(record.get("markup", ["p"])),
        opening=record.get("opening"),
        ads=tuple(Ad(**ad) for ad in record.get("ads", [])),
        tail_ads=tuple(tails),
        page_breaks=tuple(record.get("page_breaks", [])),
    )
    return make_article(
        record["id"],
        skin,
        record["title"],
        record["published"],
        sections,
        drawing,
        author=record.get("author"),
        source=record.get("source"),
        keep=record.get("keep"),
        source_shown=record.get("source_shown"),
    )


@cache
def _handwritten_records() -> tuple[tuple[str, dict[str, Any]], ...]:
    return tuple(
        (channel, record) for channel in SKIN_BY_CHANNEL for record in _data(f"{channel}.toml")["article"]
    )


def handwritten_articles() -> list[DemoArticle]:
    """Fresh copies of the hand-written articles (callers may mutate them)."""
    return [_from_record(record, SKIN_BY_CHANNEL[channel]) for channel, record in _handwritten_records()]


@dataclass(frozen=True)
class Pools:
    """What synthetic articles are recombined from."""

    intros: tuple[str, ...]
    bodies: tuple[tuple[str, str], ...]  # (heading without numbering, text)
    conclusions: tuple[str, ...]
    titles: dict[str, list[str]]
    authors: tuple[str, ...]
    sources: tuple[str, ...]
    ads: tuple[dict[str, str], ...]
    tails: tuple[str, ...]


@cache
def pools() -> Pools:
    articles = handwritten_articles()
    extra = _data("synthetic.toml")

    def texts(kind: str) -> tuple[str, ...]:
        return tuple(s.text for a in articles for s in a.sections if s.kind == kind)

    bodies = tuple(
        (HEADING_NUMBER.sub("", s.heading), s.text)
        for a in articles
        for s in a.sections
        if s.kind == "section" and s.level == 1 and s.heading
    )
    return Pools(
        texts("intro"),
        bodies,
        texts("conclusion"),
        extra["titles"],
        tuple(extra["authors"]),
        tuple(extra["sources"]),
        tuple(extra["ads"]),
        tuple(extra["tails"]),
    )


def synthetic_article(index: int) -> DemoArticle:
    """The ``index``-th synthetic article; the same index always gives the same article."""
    pool = pools()
    rng = random.Random(index)
    skin = list(SKINS.values())[index % len(SKINS)]
    fmt, markup = HEADING_STYLES[index // len(SKINS) % len(HEADING_STYLES)]
    chosen = rng.sample(pool.bodies, rng.randint(3, 5))
    sections = [ExpectedSection("intro", 1, None, rng.choice(pool.intros))]
    sections += [
        ExpectedSection("section", 1, fmt.format(bare=bare, n=n, cn=CHINESE_NUMERALS[n - 1]), text)
        for n, (bare, text) in enumerate(chosen, start=1)
    ]
    sections.append(ExpectedSection("conclusion", 1, None, rng.choice(pool.conclusions)))
    base_title = rng.choice(pool.titles[skin.channel])
    ad = pool.ads[index % len(pool.ads)]
    drawing = Drawing(
        markup=(markup,),
        opening=f"下面是小编为大家收集的{base_title}，供大家参考。" if index % 4 == 0 else None,
        ads=(Ad(rng.randrange(len(sections) - 1), ad["text"], ad["style"]),),
        tail_ads=((rng.randrange(1, len(sections) - 1), rng.choice(pool.tails)),) if index % 3 == 0 else (),
        page_breaks=(3,) if index % 10 == 7 else (),
    )
    day = date(2023, 3, 1) + timedelta(days=index * 7919 % 600)
    published: date | datetime = day
    if skin.shows_time:
        published = datetime(day.year, day.month, day.day, 8 + index % 10, index * 13 % 60)
    author = rng.choice(pool.authors) if skin.shows_author else None
    shown = rng.choice(pool.sources) if skin.shows_source else None
    return make_article(
        SYNTHETIC_FIRST_ID + index,
        skin,
        f"{base_title}（{index + 1}）",
        published,
        sections,
        drawing,
        author=author,
        source=shown,
        source_shown=shown,
    )
