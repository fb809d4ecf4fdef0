"""Spiders: what to crawl."""
