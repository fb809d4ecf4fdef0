"""fanwen's downloader middlewares."""
