"""The ``articles`` spider: start URLs -> listing pages and pagination -> article pages.

It decides what to crawl and nothing else: what a page says is ``fanwen.extract``'s business,
what to keep the pipelines'. Incremental by default: it asks the crawl's storage owner
(:mod:`fanwen.extensions.storage`) what earlier crawls stored, and a listing is not paged further
once a page shows nothing new; :mod:`fanwen.middlewares.incremental` asks for a stored article
again only when due, and conditionally. Multi-page articles are followed page by page and
leave the spider as one item.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse, XmlResponse
from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.reactor import is_asyncio_reactor_installed
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from fanwen import profiles
from fanwen.config import SettingError, check_settings
from fanwen.extensions.storage import Storage
from fanwen.extract.template import SLOTS, Template, slots_of, template_key
from fanwen.items import Article, FetchedPage
from fanwen.middlewares.maxpages import PageLimitReached
from fanwen.middlewares.notmodified import NotModified
from fanwen.profiles import Profile, parse_duration
from fanwen.regex import compile_linear
from fanwen.spiders import faults, links
from fanwen.spiders.bounds import Bounds, Listings
from fanwen.spiders.reader import PageReader, WorkerLost, worker_count
from fanwen.spiders.templates import SiteTemplate
from fanwen.state import CrawlState, utcnow

# Links that never lead to an article or a listing.
_DENY = (r"/member/", r"/login", r"/register", r"/search", r"\?.*(?:print|share)=", r"#")
# A target such as 127.0.0.1:8600/ or www.example.cn/xinde/: an address without its scheme.
_LOOKS_LIKE_ADDRESS = re.compile(r"^(?:[\w-]+\.)+[\w-]+(?::\d+)?(?:/\S*)?$|^[\w.-]+:\d+(?:/\S*)?$")
MAX_ARTICLE_PAGES = 50
T = TypeVar("T")
# How a whole sitemap ends: its root element closed (a namespace prefix allowed).
_SITEMAP_END = re.compile(rb"</(?:[\w.-]+:)?(?:urlset|sitemapindex)\s*>\s*$")
SCOPES = ("path", "site")
DEFAULT_SCOPE = "path"  # a start URL of /xinde/ crawls that column, not the whole site  # a "next page" chain longer than this is a trap, not an article


def resolve_target(target: str, start_url: str | None = None) -> Profile:
    """A profile from a target: a bundled profile name, a ``.toml`` path, or a start URL."""
    if "://" in target:
        return profiles.for_url(target)
    try:
        profile = profiles.load(target)
    except profiles.ProfileError as error:
        if _LOOKS_LIKE_ADDRESS.match(target) and not target.endswith(".toml"):
            raise profiles.ProfileError(f"{error}; to crawl a site, give its URL: http://{target}") from None
        raise
    if start_url:
        profile = profile.with_start_urls([start_url])
    if not profile.start_urls:
        # "give one" said not how: the option, the key, and for the bundled demo its command.
        demo = "; `fanwen demo` serves the demo site and crawls it" if profile.name == "demo" else ""
        raise profiles.ProfileError(
            f"profile {profile.name!r} has no start_urls: give one with --start-url URL (scrapy crawl: "
            f"-a start_url=URL), or add start_urls to the profile{demo}"
        )
    return profile


class ArticleSpider(scrapy.Spider):
    """Crawl one site from a profile or a bare start URL.

    Arguments (``-a``): ``target`` (profile name, ``.toml`` path or start URL) and, optionally,
    ``start_url`` to point a profile at another address (the demo site runs on a free port) and
    ``scope``: ``path`` (default; listings only under the start URL's path) or ``site``.

    Settings: ``FANWEN_INCREMENTAL_ENABLED``, ``FANWEN_REFRESH_INTERVAL`` (a profile's
    ``refresh`` wins), ``FANWEN_STOP_PAGING_KNOWN``, ``FANWEN_WORKERS``,
    ``FANWEN_TEMPLATE_ENABLED`` (docs/settings.md).
    """

    name = "articles"

    def __init__(
        self, target: str | None = None, start_url: str | None = None, scope: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        if not target:
            raise profiles.ProfileError("the articles spider needs -a target=PROFILE_OR_URL")
        scope = scope or DEFAULT_SCOPE
        if scope not in SCOPES:
            raise profiles.ProfileError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        self.profile = resolve_target(target, start_url)
        self.targets = target if not start_url else f"{target} ({start_url})"
        # --scope path: listings are followed only under a start URL's path (the column the
        # user pointed at); the articles they link to are fetched wherever they are on the site.
        # In the spelling followed links are compared in (links.canonical): a start URL as typed
        # (http://例子.中国/, http://x.cn/新闻/, HTTP://X.CN/) put every listing out of scope.
        self._scope = (
            tuple(links.scope_prefix(links.canonical(url)) for url in self.profile.start_urls)
            if scope == "path"
            else ()
        )
        # In their ASCII form: Scrapy's off-site filter compares them with a request's host, and
        # a request carries an internationalised name (例子.中国) as xn--...: kept as it was
        # written, every page of such a site was filtered, the start URL too, silently.
        self.allowed_domains = [profiles.ascii_host(d) for d in self.profile.allowed_domains if d]
        self._article_url = compile_linear(self.profile.article_url) if self.profile.article_url else None
        selectors = self.profile.selectors
        self._article_links = _link_extractor(selectors.article_links)
        # Not unique: "2" and "下一页" often share a URL, and the words are what tell them apart.
        self._listing_links = _link_extractor(selectors.next_page, unique=False)
        self._any_links = _link_extractor((), unique=False)
        self._asked: set[str] = set()
        # How many more sitemap entries the page limit (FANWEN_MAX_PAGES) takes; None: no limit,
        # or a JOBDIR (its resumed job keeps the requests past the limit and reads no sitemap
        # again: there every entry is queued). Set by from_crawler.
        self.sitemap_room: int | None = None
        # Channel front pages the site's menus link to, folder URL -> name: the category of an
        # article page that names none itself (many 范文 sites print no breadcrumb).
        self._channels: dict[str, str] = {}
        # Not "state": the SpiderState extension owns spider.state when JOBDIR is set.
        self.known = CrawlState()
        self.refresh = timedelta(days=1)
        self.stop_share = 1.0
        self.workers = 0  # page reader processes, from FANWEN_WORKERS (from_crawler)
        # Crawl bounds (start(): the profile's, else the FANWEN_MAX_* settings) and what they count.
        self.bounds = Bounds()
        self.listings = Listings(self.bounds)
        self.reader = PageReader(self.profile)  # in this process until start() knows the setting
        # The site's template as this crawl learns it (None: FANWEN_TEMPLATE_ENABLED is off).
        self.site_template: SiteTemplate | None = SiteTemplate()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticleSpider:
        try:
            check_settings(crawler.settings)  # before anything is opened: a bad value fails here
            spider = super().from_crawler(crawler, *args, **kwargs)
        except (SettingError, profiles.ProfileError) as error:
            raise _usage_error(error) from None
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        spider.workers = worker_count(crawler.settings.get("FANWEN_WORKERS"))
        limit = crawler.settings.getint("FANWEN_MAX_PAGES", 0)
        spider.sitemap_room = limit if limit > 0 and not crawler.settings.get("JOBDIR") else None
        if spider.profile.timezone is None:  # the site's zone for every page reader and the store
            zone = profiles.site_zone(spider.profile, crawler.settings.get("FANWEN_TIMEZONE"))
            spider.profile = replace(spider.profile, timezone=zone)
            spider.reader = PageReader(spider.profile)
        if not crawler.settings.getbool("FANWEN_TEMPLATE_ENABLED", True):
            spider.site_template = None
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._load_state()
        self.bounds = Bounds.of(self.profile, self.settings)
        self.listings = Listings(self.bounds)
        workers = self.workers
        if workers and not is_asyncio_reactor_installed():
            self.logger.info("FANWEN_WORKERS needs Scrapy's asyncio reactor: reading pages in this process")
            workers = 0
        self.reader = PageReader(self.profile, workers)  # its workers start with the first article page
        for url in self.profile.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed)
        for url in self._sitemaps():
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed)

    def _sitemaps(self) -> list[str]:
        """The profile's sitemaps the crawl can read. ``--start-url`` points a profile at another
        address (a mirror, a local copy, the demo on a free port) and the crawl keeps to it: the
        sitemaps on the host it left would list that host's pages, and the off-site filter drops
        them unsent, at DEBUG. They are left out with one line instead of without a word."""
        domains = tuple(self.allowed_domains)
        kept = [
            url
            for url in self.profile.sitemaps
            if profiles.on_site(profiles.ascii_host(urlsplit(url).hostname or ""), domains)
        ]
        elsewhere = [url for url in self.profile.sitemaps if url not in kept]
        if elsewhere:
            self._count("sitemaps_elsewhere", value=len(elsewhere))
            self.logger.warning(
                "not reading the profile's sitemaps on another host than the start URL's (the crawl keeps to %s): %s",
                ", ".join(domains),
                " ".join(elsewhere),
            )
        return kept

    async def closed(self, reason: str) -> None:
        # Before the await: the store records the run's stats in its own spider_closed handler.
        self._count("workers", value=self.reader.started)
        await self.reader.close()

    async def parse(self, response: Response, depth: int = 0) -> AsyncIterator[Article | scrapy.Request]:
        """Any page: an article is yielded as an item; a listing's links are followed.

        ``depth``: links followed from a start URL, pager links not counted (see Bounds)."""
        self._count("pages")
        if not isinstance(response, TextResponse):
            self._count("not_text")
            return
        if self._article_url is None or self._article_url.search(response.url):
            try:
                found = await self._article(response)
            except WorkerLost as lost:
                self._lost(response.url, lost)
                return
            if found is not None:
                article, next_pages = found
                article.etag = _header(response, b"ETag")
                article.last_modified = _header(response, b"Last-Modified")
                for output in self._next_page_or_done(article, next_pages, [response.url]):
                    yield output
                return
        for request in self._follow(response, depth):
            yield request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """A sitemap (``.xml``, ``.xml.gz``), a sitemap index, or a robots.txt's ``Sitemap:`` lines,
        read by Scrapy's own sitemap code (:mod:`scrapy.utils.sitemap`)."""
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed)
            return
        body = _sitemap_body(response, self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = Sitemap(body) if body else None
        if body is None or sitemap is None or sitemap.type not in ("sitemapindex", "urlset"):
            self._count("sitemap_invalid")
            self.logger.warning("not a sitemap: %s", response.url)
            return
        # Scrapy's Sitemap reads the XML as a stream (iterparse): entries are read as they are
        # taken, so a sitemap left unfinished (the page limit) is never read to its end.
        entries: Iterator[dict[str, Any]] = iter(sitemap)
        if not _SITEMAP_END.search(body[-256:]):
            # Cut short (a gzip stream or a download that ended early): lxml reads what is
            # there, and its last entry may be a URL cut in the middle (http://127.0.0.1:39 of
            # :39593), so that one is left out; the next crawl reads the sitemap again.
            self._count("sitemap_truncated")
            self.logger.warning("sitemap cut short, its last entry skipped: %s", response.url)
            entries = _all_but_last(entries)
        now = utcnow()
        for entry in entries:
            if sitemap.type == "urlset" and self.sitemap_room is not None and self.sitemap_room <= 0:
                # The page limit is covered by the requests given so far: every further one would
                # be queued only to be dropped unsent (--max-pages 30 and a sitemap of 60,000
                # entries: 40 s and 300 MB for 30 pages).
                self._count("sitemap_stopped")
                self.logger.info("the page limit is covered: the rest of %s is not read", response.url)
                return
            url = response.urljoin(entry["loc"]) if entry["loc"].strip() else ""
            if urlsplit(url).scheme not in ("http", "https"):  # an empty <loc>, a mailto:
                self._count("sitemap_bad_entry")
                continue
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed)
            elif (request := self._article_request(url)) is not None:
                yield request
                if self.sitemap_room is not None and self._becomes_a_page(request.url, now):
                    self.sitemap_room -= 1

    async def parse_next_page(
        self, response: Response, article: Article, pages: list[str]
    ) -> AsyncIterator[Article | scrapy.Request]:
        """Page 2, 3... of an article: its blocks join the article's; the last page yields it."""
        self._count("pages")
        try:
            found = (
                await self._article(response, continuation=True)
                if isinstance(response, TextResponse)
                else None
            )
        except WorkerLost as lost:
            self._lost(response.url, lost)
            self._count("pages_incomplete")
            return
        if found is None:
            # Storing the pages so far would store a broken article; the next run tries again.
            self._count("pages_incomplete")
            self.logger.warning(
                "page %d of %s has no article text; article dropped", len(pages) + 1, pages[0]
            )
            return
        part, next_pages = found
        article.blocks.extend(part.blocks)
        article.tail.extend(part.tail)
        article.removed.extend(part.removed)  # what its extraction recorded (its info line…)
        article.fetched.extend(part.fetched)
        for output in self._next_page_or_done(article, next_pages, [*pages, response.url]):
            yield output

    def failed(self, failure: Failure) -> Iterator[Article]:
        """A request that ended without a usable response: count it by kind, crawl on."""
        if isinstance(failure.value, (NotModified, PageLimitReached)):
            return
        kind = faults.classify(failure)
        self._count(f"faults/{kind}", prefix="fanwen")
        self._count("faults/total", prefix="fanwen")
        request = getattr(failure, "request", None)
        if request is not None and request.callback == self.parse_next_page:
            self._count("pages_incomplete")
        # One ERROR line per failed request is what crawl_runs.errors counts (retries give up
        # at WARNING, see settings); robots.txt and offsite are policy, not errors.
        level = logging.INFO if kind in faults.NOT_ERRORS else logging.ERROR
        self.logger.log(
            level, "%s: %s", kind, request.url if request is not None else failure.getErrorMessage()
        )
        yield from ()

    def _lost(self, url: str, lost: WorkerLost) -> None:
        """A page whose reader process died: an error of this run; the next run fetches it again."""
        self._count("faults/reader_lost", prefix="fanwen")
        self._count("faults/total", prefix="fanwen")
        self.logger.error("reader_lost: %s (%s)", url, lost)

    def request_dropped(self, request: scrapy.Request) -> None:
        """A redirect back to a URL already asked for is a loop the dupefilter ends silently."""
        if request.url in request.meta.get("redirect_urls", ()):
            self._count("faults/redirect_loop", prefix="fanwen")
            self._count("faults/total", prefix="fanwen")
            self.logger.error("redirect_loop: %s", request.meta["redirect_urls"][0])

    # --- what to crawl ---

    def _load_state(self) -> None:
        settings = self.settings
        refresh = self.profile.refresh
        if refresh is None:
            refresh = settings.get("FANWEN_REFRESH_INTERVAL", "1d")
        self.refresh = parse_duration(refresh)
        self.stop_share = settings.getfloat("FANWEN_STOP_PAGING_KNOWN", 1.0)
        storage = Storage.of(self.crawler)
        if storage is not None:
            self.known = storage.crawl_state(self.profile.name, self.refresh)
            if self.site_template is not None:
                self.site_template.load(storage.template_counts(self.profile.name))

    def _article_request(self, url: str, depth: int = 0) -> scrapy.Request | None:
        """A request for an article page, once per URL (the incremental middleware drops it when
        the stored copy is fresh and makes it conditional when it is due)."""
        url = links.canonical(url)
        if url in self._asked:
            return None  # listed on several pages: decided (and counted) once
        self._asked.add(url)
        return scrapy.Request(url, callback=self.parse, errback=self.failed, cb_kwargs={"depth": depth})

    def _becomes_a_page(self, url: str, now: datetime) -> bool:
        """Whether a request the spider gives will be fetched, as far as the spider knows: not a
        fresh stored article (the incremental middleware drops it unsent), nor on another host
        (the off-site filter does)."""
        host = urlsplit(url).hostname or ""
        return not self.known.fresh(url, now) and profiles.on_site(host, tuple(self.allowed_domains))

    def _next_page_or_done(
        self, article: Article, next_pages: Iterable[str], pages: list[str]
    ) -> Iterator[Article | scrapy.Request]:
        next_url = next((url for url in next_pages if url not in pages), None)
        if next_url is not None and len(pages) < MAX_ARTICLE_PAGES:
            # dont_filter: a page already requested elsewhere must still reach this article.
            yield scrapy.Request(
                next_url,
                callback=self.parse_next_page,
                errback=self.failed,
                cb_kwargs={"article": article, "pages": pages},
                dont_filter=True,
            )
            return
        article.pages = len(pages)
        if len(pages) > 1:
            self._count("multipage")
        yield article

    async def _article(
        self, response: TextResponse, continuation: bool = False
    ) -> tuple[Article, list[str]] | None:
        """The article on a page and the links to its next page (:mod:`fanwen.spiders.reader`)."""
        content_type_header = response.headers.get("Content-Type")
        content_type = content_type_header.decode("latin-1") if content_type_header else None
        template = self._template()
        # A stored article fetched again (due): whatever it gives now is no *new* article, so a
        # re-crawl that keeps none of these stored nothing new, and did not fail (nothing_kept).
        stored = not continuation and self._stored(response)
        if stored:
            self._count("stored_read")
        page = await self.reader.read(response.body, content_type, response.url, continuation, template)
        for outcome in page.outcomes:
            self._count(outcome, prefix="fanwen/extract")
        if page.problem == "undecodable":
            self.logger.warning("%s: %s", response.url, page.message)
        elif page.problem == "not_article" and self._article_url is not None:
            self.logger.warning("%s", page.message)
        if page.article is None:
            self._count(page.problem or "not_article")
            if stored:
                self._count("stored_not_article")  # taken down, or a notice in its place
            if self._article_url is not None:
                self._count("article_failed")  # an article page by the profile's article_url
            elif stored:
                self._count("stored_gone")  # read, but not among the article pages read
            return None
        article = page.article
        article.fetched.append(fetched_page(response))
        self._complete(article, response.url)
        self._count("article_pages" if continuation else "articles")
        if not continuation:
            article.template_key = template_key(template)
            self._learn(article)
        return article, page.next_pages

    def _stored(self, response: Response) -> bool:
        """Whether the page is that of an article earlier crawls stored (asked for by its URL, or
        redirected from it)."""
        if not self.known:
            return False
        request = response.request
        asked = (request.meta.get("redirect_urls") or [request.url]) if request is not None else []
        return any(url in self.known for url in (response.url, *asked))

    def _complete(self, article: Article, url: str) -> None:
        if article.category is None:
            article.category = next(
                (self._channels[f] for f in links.folders(url) if f in self._channels), None
            )

    def _template(self) -> Template | None:
        return self.site_template.template if self.site_template is not None else None

    def _learn(self, article: Article) -> None:
        """Count where the page showed the site's template slots, and what the template gave."""
        learner = self.site_template
        signature = article.template_seen
        if learner is None or signature is None:
            return
        decided = learner.template
        for slot in SLOTS:
            if slot in signature.applied:
                self._count(f"applied/{slot}", prefix="fanwen/template")
            elif getattr(decided, slot):  # decided, and none of its paths gave a usable value
                self._count(f"missed/{slot}", prefix="fanwen/template")
        if learner.observe(signature):
            self._count("changed", prefix="fanwen/template")
            self.logger.info(
                "learned template of %s after %d article page(s): %s",
                self.profile.name,
                learner.counts.pages,
                ", ".join(
                    f"{slot} {' or '.join(paths)}" for slot, paths in slots_of(learner.template).items()
                )
                or "none",
            )

    def _follow(self, response: TextResponse, depth: int = 0) -> Iterator[scrapy.Request]:
        selectors = self.profile.selectors
        if selectors.article_links or selectors.next_page:
            articles = _unique(self._article_links.extract_links(response))
            pager = self._listing_links.extract_links(response)
            other: list[Link] = []
        else:
            articles, pager, other = [], [], []
            for link in self._any_links.extract_links(response):
                if self._looks_like_article(link.url):
                    articles.append(link)
                elif links.is_pager(link.url, link.text):
                    pager.append(link)
                else:
                    other.append(link)
                    folder = links.channel(link.url, link.text)
                    if folder is not None:
                        self._channels.setdefault(folder, link.text.strip())
            articles = _unique(articles)
        articles, pager, other = self._at_most(self.bounds.links_per_page, articles, pager, other)
        for link in articles:
            request = self._article_request(response.urljoin(link.url), depth)
            if request is not None:
                yield request
        if self._nothing_new(articles):
            self._count("paging_stopped", prefix="fanwen/incremental")
            pager = []
        elif self.known.complete:
            # Incremental: one page at a time (下一页), so paging can stop at the first page with
            # nothing new; a pager's other numbers would jump ahead of that decision.
            pager = [link for link in pager if link.text.strip().lower() in links.NEXT_PAGE_TEXT] or pager
        # The depth bound first: a page whose links all stop there follows nothing, so it takes
        # none of the listing pages the listing_pages bound allows.
        if other and depth >= self.bounds.depth:
            self._count("bounds/depth", prefix="fanwen")
            other = []
        if pager or other:
            refused = self.listings.refuse(links.canonical(response.urljoin(link.url)) for link in articles)
            if refused:
                self._count(f"bounds/{refused}", prefix="fanwen")
                return
        # A pager link keeps its listing's depth: listing_pages bounds a listing's length.
        pages = dict.fromkeys(links.canonical(response.urljoin(link.url)) for link in pager)
        others = dict.fromkeys(links.canonical(response.urljoin(link.url)) for link in other)
        followed = [
            *((url, depth) for url in pages),
            *((url, depth + 1) for url in others if url not in pages),
        ]
        for url, next_depth in followed:
            if self._scope and not url.startswith(self._scope):
                self._count("out_of_scope")
                continue
            yield scrapy.Request(
                url, callback=self.parse, errback=self.failed, cb_kwargs={"depth": next_depth}
            )

    def _at_most(
        self, limit: int, articles: list[Link], pager: list[Link], other: list[Link]
    ) -> tuple[list[Link], list[Link], list[Link]]:
        """A page's first ``limit`` links: articles first, then its pager, then the rest."""
        total = len(articles) + len(pager) + len(other)
        if total <= limit:
            return articles, pager, other
        self._count("bounds/links_per_page", prefix="fanwen")
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("fanwen/bounds/links_dropped", total - limit)
        articles = articles[:limit]
        pager = pager[: limit - len(articles)]
        return articles, pager, other[: limit - len(articles) - len(pager)]

    def _looks_like_article(self, url: str) -> bool:
        if self._article_url is not None:
            return bool(self._article_url.search(url))
        return url in self.known or bool(links.LIKELY_ARTICLE.search(url))

    def _nothing_new(self, articles: list[Link]) -> bool:
        """Whether this listing page is known enough to stop paging (after a complete crawl).

        Known means stored and not yet due: a page of articles due for a refresh is paged on,
        or articles deep in a listing would never be refreshed.
        """
        if not self.known.complete or self.stop_share <= 0 or not articles:
            return False
        now = utcnow()
        known = sum(1 for link in articles if self.known.fresh(link.url, now))
        return known / len(articles) >= self.stop_share

    def _count(self, key: str, prefix: str = "fanwen/spider", value: int | None = None) -> None:
        stats = self.crawler.stats
        if stats is None:
            return
        if value is None:
            stats.inc_value(f"{prefix}/{key}")
        else:
            stats.set_value(f"{prefix}/{key}", value)


def _usage_error(error: Exception) -> SystemExit:
    """A bad argument, profile or setting under ``scrapy crawl``: one line and exit code 2.

    An exception from here would reach Scrapy's event loop as a 30-line traceback; ``fanwen
    crawl`` checks the same things itself before it creates a crawler.
    """
    logging.getLogger(__name__).critical("%s", error)
    return SystemExit(2)


def _unique(found: list[Link]) -> list[Link]:
    by_url: dict[str, Link] = {}
    for link in found:
        by_url.setdefault(link.url, link)
    return list(by_url.values())


def _all_but_last(items: Iterator[T]) -> Iterator[T]:
    """``items`` without the last one, read one ahead.

    >>> list(_all_but_last(iter("abc"))), list(_all_but_last(iter("")))
    (['a', 'b'], [])
    """
    for previous in items:
        for item in items:
            yield previous
            previous = item


def _sitemap_body(response: Response, max_size: int) -> bytes | None:
    """The XML of a sitemap response, gunzipped when it is a ``.xml.gz`` file (as SitemapSpider)."""
    if isinstance(response, XmlResponse):
        return response.body
    if gzip_magic_number(response):
        try:
            return gunzip(response.body, max_size=max_size)
        except (OSError, ValueError, zlib.error):  # not gzip after all (zlib: a broken stream), too big
            return None
    # A .xml.gz the server sent with Content-Encoding: gzip arrives already decompressed.
    if response.url.endswith((".xml", ".xml.gz")):
        return response.body
    return None


def fetched_page(response: Response) -> FetchedPage:
    """The page as the site sent it, for the store to keep (:mod:`fanwen.db.pages`)."""
    headers = tuple(
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        for value in values
    )
    return FetchedPage(response.url, response.status, headers, response.body, utcnow())


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _link_extractor(restrict: tuple[str, ...], unique: bool = True) -> LinkExtractor:
    # Other sites are filtered by OffsiteMiddleware through allowed_domains; LinkExtractor's
    # own allow_domains would also drop IP hosts such as the demo server's 127.0.0.1.
    xpaths = [q for q in restrict if q.startswith(("/", "("))]
    css = [q for q in restrict if not q.startswith(("/", "("))]
    return LinkExtractor(deny=_DENY, restrict_xpaths=xpaths, restrict_css=css, unique=unique)
