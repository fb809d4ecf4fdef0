"""fanwen's settings for jobs scrapyd runs (set FANWEN_DB per job: -d setting=FANWEN_DB=...)."""

from fanwen.settings import *  # noqa: F403
