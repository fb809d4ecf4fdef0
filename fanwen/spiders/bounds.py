"""Crawl bounds: how far one site's crawl may go, so that no site can make it endless.

Each bound is per site: a profile key, else a setting (docs/scheduling.md). When one bites the
spider counts it as ``fanwen/bounds/<name>``:

- ``listing_pages`` (``max_listing_pages``, ``FANWEN_MAX_LISTING_PAGES``, 5000): listing pages
  whose links are followed; past it a listing's articles are still asked for, its links not;
- ``links_per_page`` (``max_links_per_page``, ``FANWEN_MAX_LINKS_PER_PAGE``, 1000): links taken
  from one page, articles first (``fanwen/bounds/links_dropped`` counts the rest);
- ``depth`` (``max_depth``, ``FANWEN_MAX_DEPTH``, 10): hops from a start URL through links that
  are neither articles nor a listing's pager (channels, tags...); a pager link keeps its
  listing's depth, since ``listing_pages`` bounds a listing's length;
- ``listing_repeated``: a listing page that shows the very articles an earlier one showed is
  not followed further, whatever its URL (a pager loop whose query changes on every hop).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

    from fanwen.profiles import Profile


@dataclass(frozen=True)
class Bounds:
    listing_pages: int = 5000
    links_per_page: int = 1000
    depth: int = 10

    @classmethod
    def of(cls, profile: Profile, settings: BaseSettings) -> Bounds:
        """The profile's bounds, else the settings', else the defaults.

        >>> from scrapy.settings import Settings
        >>> from fanwen.profiles import Profile
        >>> Bounds.of(Profile("x", max_depth=3), Settings({"FANWEN_MAX_LISTING_PAGES": 50}))
        Bounds(listing_pages=50, links_per_page=1000, depth=3)
        """
        default = cls()
        return cls(
            listing_pages=profile.max_listing_pages
            or settings.getint("FANWEN_MAX_LISTING_PAGES", default.listing_pages),
            links_per_page=profile.max_links_per_page
            or settings.getint("FANWEN_MAX_LINKS_PER_PAGE", default.links_per_page),
            depth=profile.max_depth or settings.getint("FANWEN_MAX_DEPTH", default.depth),
        )


@dataclass
class Listings:
    """The listing pages of one crawl: how many were followed, which article lists were seen."""

    bounds: Bounds
    followed: int = 0
    _seen: set[int] = field(default_factory=set)

    def refuse(self, article_urls: Iterable[str]) -> str | None:
        """Why a listing page's own links must not be followed (a bound's name), or None.

        >>> listings = Listings(Bounds(listing_pages=2))
        >>> listings.refuse(["/1.html", "/2.html"]), listings.refuse(["/2.html", "/1.html"])
        (None, 'listing_repeated')
        >>> listings.refuse(["/3.html"]), listings.refuse([]), listings.refuse(["/4.html"])
        (None, 'listing_pages', 'listing_pages')
        """
        shown = frozenset(article_urls)
        if shown:
            key = hash(shown)
            if key in self._seen:
                return "listing_repeated"
            self._seen.add(key)
        if self.followed >= self.bounds.listing_pages:
            return "listing_pages"
        self.followed += 1
        return None
