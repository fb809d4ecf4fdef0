"""A small bundled essay site served on 127.0.0.1, so crawls and tests need no internet."""

from __future__ import annotations

from fanwen.demo.model import DemoArticle, ExpectedSection
from fanwen.demo.server import serve
from fanwen.demo.site import DemoSite, Page, build_site

__all__ = ["DemoArticle", "DemoSite", "ExpectedSection", "Page", "build_site", "serve"]
