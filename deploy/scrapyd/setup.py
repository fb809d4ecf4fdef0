"""The egg scrapyd-deploy uploads: a settings shim pointing at the installed fanwen package."""

from setuptools import setup

setup(
    name="fanwen-scrapyd",
    version="1.0",
    packages=["fanwen_scrapyd"],
    entry_points={"scrapy": ["settings = fanwen_scrapyd.settings"]},
)
