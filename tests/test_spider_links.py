"""The spider's link vocabulary: channels named by menus, folders above a page."""

from __future__ import annotations

from fanwen.spiders import links


def test_menu_links_to_folders_are_channels():
    assert links.channel("http://x.cn/xinde/", "心得体会") == "http://x.cn/xinde/"
    assert links.channel("http://x.cn/xinde/index.html", "心得体会") == "http://x.cn/xinde/"
    assert links.channel("http://x.cn/xinde/7.html", "某文章") is None
    assert links.channel("http://x.cn/xinde/?page=2", "心得体会") is None
    assert links.channel("http://x.cn/xinde/", "2") is None


def test_folders_nearest_first():
    assert links.folders("http://x.cn/a/b/7.html") == ["http://x.cn/a/b/", "http://x.cn/a/"]
    assert links.folders("http://x.cn/7.html") == []
