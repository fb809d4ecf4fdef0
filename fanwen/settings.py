"""Scrapy settings for fanwen: polite by default, pipelines in stage order.

Every ``FANWEN_*`` setting is documented in docs/settings.md; a test checks that.
"""

from __future__ import annotations

BOT_NAME = "fanwen"
SPIDER_MODULES = ["fanwen.spiders"]
NEWSPIDER_MODULE = "fanwen.spiders"

USER_AGENT = "fanwen/0.1 (+https://github.com/fanwen/fanwen)"
ROBOTSTXT_OBEY = True

# Politeness: adapt to the server, never more than a few requests at a time per site.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Outputs of one response handled at once. The pipelines are synchronous, so more buys nothing,
# and Scrapy starts a task per slot for every response: 100 (its default) cost ~1 ms a page.
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_TIMES = 2
# The spider's errback logs each failed request once at ERROR; the give-up line would repeat it.
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
DOWNLOAD_TIMEOUT = 30
# Pages bigger than this are not article pages; Scrapy cancels them and the stats say so.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

# A 304 to a conditional request ends there (after DownloaderStats counted it, before parsing).
# The offsite filter also for dont_filter requests (next pages, their redirects), http(s) only.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "fanwen.middlewares.offsite.OffsiteMiddleware": 50,
    # Waits a 503's Retry-After on the way back, just before RetryMiddleware (550) retries it.
    "fanwen.middlewares.retryafter.RetryAfterMiddleware": 560,
    "fanwen.middlewares.notmodified.NotModifiedMiddleware": 800,
    # Early: a request past the limit is dropped before robots.txt, retries or the network.
    "fanwen.middlewares.maxpages.MaxPagesMiddleware": 50,
}

# Incremental crawls: a stored article is asked for again only when due, and conditionally.
# Next to the spider, so a fresh article's request never reaches the scheduler or its stats.
SPIDER_MIDDLEWARES = {
    "fanwen.middlewares.incremental.IncrementalMiddleware": 950,
}

# The crawl's storage owner: engine, migration, run lock, the run's row, the crawl state.
EXTENSIONS = {
    "fanwen.extensions.storage.Storage": 0,
    # After the storage owner (its spider_opened loads the learned counts): freezes what is
    # alive then, so full garbage collections stop walking it (fanwen/extensions/heap.py).
    "fanwen.extensions.heap.FrozenHeap": 100,
    # With JOBDIR: a killed crawl's queue and seen set are dropped before Scrapy opens them.
    "fanwen.extensions.jobdir.JobdirGuard": 0,
}

# With FANWEN_QUEUE set: scrapy-redis's scheduler, queue and dupefilter shared by every process
# of the crawl (fanwen/distributed/); without it, nothing changes.
ADDONS = {
    "fanwen.distributed.DistributedAddon": 0,
}

ITEM_PIPELINES = {
    "fanwen.pipelines.validate.ValidatePipeline": 100,
    "fanwen.pipelines.strip.StripPipeline": 200,
    "fanwen.pipelines.sections.SectionsPipeline": 300,
    "fanwen.pipelines.store.StorePipeline": 900,
}

# fanwen's own settings (docs/settings.md).
FANWEN_DB = None  # SQLAlchemy URL or file path; None: $FANWEN_DB, else ./fanwen.db
FANWEN_STORE_BATCH_SIZE = 50
FANWEN_STORE_BATCH_SECONDS = 5.0
FANWEN_KEEP_PAGES = True  # keep article pages, zstd-compressed, in kept_pages (fanwen reprocess)
# Crawl bounds per site (a profile's max_listing_pages, max_links_per_page, max_depth win).
FANWEN_MAX_LISTING_PAGES = 5000
FANWEN_MAX_LINKS_PER_PAGE = 1000
FANWEN_MAX_DEPTH = 10
FANWEN_STRIP_ENABLED = True
FANWEN_BOILERPLATE_ENABLED = True
FANWEN_BOILERPLATE_THRESHOLD = 5
FANWEN_BOILERPLATE_MIN_SHARE = 0.3
FANWEN_VALIDATE_MIN_CHARS = 50
FANWEN_TEMPLATE_ENABLED = True  # learn each site's template (region, title, date, author slots) as it crawls
FANWEN_INCREMENTAL_ENABLED = True
FANWEN_REFRESH_INTERVAL = "1d"
FANWEN_STOP_PAGING_KNOWN = 1.0
FANWEN_LOCK_WAIT = 0
FANWEN_MAX_PAGES = 0  # fetch at most this many pages (fanwen crawl --max-pages); 0: no limit
FANWEN_QUEUE = None  # redis://host:6379/0: a queue shared by every process of the crawl
FANWEN_QUEUE_PREFIX = "fanwen"  # with FANWEN_QUEUE: the first part of every Redis key of the crawl
FANWEN_IDLE = 30.0  # with FANWEN_QUEUE: stop after this long with the queue empty and every process idle
FANWEN_TIMEZONE = "Asia/Shanghai"  # the zone sites print their times in (a profile's timezone wins)
FANWEN_GC_FREEZE_ENABLED = True  # gc.freeze() what is alive when the spider opens
FANWEN_WORKERS = "auto"  # processes that read article pages beside Scrapy's; 0: none

LOG_LEVEL = "INFO"
LOG_FORMATTER = "fanwen.logformatter.LogFormatter"  # a dropped article is one line naming its URL
FEED_EXPORT_ENCODING = "utf-8"

# A command-line crawler opens no control ports.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
