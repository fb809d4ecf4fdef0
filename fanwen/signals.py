"""fanwen's own Scrapy signals (connect with ``crawler.signals.connect(handler, signal=...)``)."""

from __future__ import annotations

# Sent with ``url=`` when the server answered a conditional request for a stored article with
# 304 Not Modified: the article is unchanged and was not downloaded or parsed again. The store
# pipeline moves its ``last_seen``.
article_not_modified = object()
