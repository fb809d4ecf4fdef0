"""fanwen's Scrapy extensions: crawl-wide services the other components ask (``storage``)."""
