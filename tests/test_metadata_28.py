"""Session 28's metadata kinds (issue 11), on pages of the project's own, with look-alikes that must not change.

- A forum poster's card (註冊日期 / 來自 / 發表數, 注册时间 / 来自 / 帖子): the 來自 there is where the member lives,
  no source (``metadata._came_from``).
- A Q&A page's labelled answerer (回答者：, 解答者：, 答主：) is the author (``_LABELLED["author"]``).
- A member's level badge (Lv.6, LV12) before the post's stamp is no poster; the name before it is
  (``metadata.posters``).
- Where the bar beside the title dates only an update (更新时间：…), a date alone above the title or a publication
  label's under the text is the published date (``metadata._published_before_the_update``).
- An ordered list of links in a <nav> opening on the home link, and ASP.NET's SiteMapPath, are trails: their deepest
  link is the category (``xpaths._CRUMB_LABELLED``).
"""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import _paras

POST = (
    "大家好，我是木工班的學員，去年秋季第一次報名社大的課，學期剛結束，想把這幾個月的心得寫下來給大家參考。",
    "第一堂課老師先教我們認識工具，鋸子、鉋刀、鑿子每一樣都有講究，光是握鋸子的姿勢就練了快一個小時。",
    "期末我做出了一張小板凳，雖然不算完美，但坐上去穩穩的，家人都說比買的還好看，真的很有成就感。",
)


def _forum(card: str, stamp: str = "發表於: 2024/1/18 21:42") -> str:
    return (
        '<html><head><meta charset="utf-8"><title>木工班一學期心得 - 學員心得分享 - 青林論壇</title></head><body>'
        '<div class="crumb"><a href="/">首頁</a> » <a href="/f/6">學員心得分享</a></div>'
        '<table class="outer"><tr><th colspan="2">主題: 木工班一學期心得</th></tr>'
        f'<tr><td class="head">{card}</td><td class="odd"><div class="date">{stamp}</div><hr/>'
        f'<div class="itemText">{_paras(POST)}</div></td></tr></table>'
        '<div id="footer">青林社區大學 版權所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("card", "source"),
    [
        # XOOPS' newbb: the fields broken by <br>
        (
            '<a href="/u/2241">老樹頭</a><br/><span>註冊日期: 2023/9/2<br/>來自: 台中市<br/>發表數: 37</span>',
            None,
        ),
        # Discuz's: a list of fields
        (
            '<a href="/space/88">山间小路</a><dl><dt>注册时间</dt><dd>2022-5-1</dd><dt>来自:</dt><dd>杭州</dd>'
            "<dt>帖子</dt><dd>1024</dd></dl><p>注册时间: 2022-5-1 来自: 杭州 帖子: 1024</p>",
            None,
        ),
        ('<a href="/u/7">阿德</a><div>加入時間：2020-03-15　來自：高雄市　積分：880</div>', None),
        # Look-alikes: a portal's info line whose 来自 names the outlet keeps it.
        ("<span>2024-01-18 21:42 | 发布者: 编辑部 | 来自: 江城晚报</span>", "江城晚报"),
        ("<span>2024/1/18 21:42 來自: 青林週報</span>", "青林週報"),
    ],
)
def test_a_forum_posters_place_is_no_source(rules, card, source):
    """Pattern: a forum prints the poster's card beside the post (registered date, place, post count): its 來自 is
    where the member lives, not where the text came from."""
    assert (_read(_forum(card), rules).source or None) == source


ANSWER = (
    "問：我在社大修了兩年的課，聽說學分可以拿去抵大學的學分，是真的嗎？以後想念進修部，要怎麼辦理才好呢？",
    "答：社大的學分目前不能直接抵免一般大學的學分，但部分課程可以申請認證，通過後可以列入終身學習護照。",
    "如果想進一步了解，可以在上班時間打電話到教務組，我們會請負責的老師協助說明相關的規定和申請流程。",
    "另外提醒大家，認證的課程每學期都會調整，選課前最好先看一下公告，確認自己選的課有沒有列在名單上。",
    "已經修過的課程如果當時沒有申請認證，也可以在學期結束後一年內補件，逾期就不能再補了，請多留意。",
)


def _faq(info: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>社大學分可以抵免嗎？ - 常見問題 - 青林社大</title></head><body>'
        '<div class="nav"><a href="/">首頁</a> <a href="/faq/">常見問題</a></div>'
        f'<div class="item"><div class="itemHead">社大學分可以抵免大學學分嗎？</div><div class="itemInfo">{info}</div>'
        f'<div class="itemBody">{_paras(ANSWER)}</div></div><div class="footer">青林社區大學 版權所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("info", "author"),
    [
        ("回答者：教務組 黃雅婷　｜　最後更新：2024/1/15　｜　瀏覽：3905", "黃雅婷"),
        ("回答者: 陳志明　2024-01-15", "陳志明"),
        ("解答者：法律顧問 林佳蓉律師 ｜ 2024/1/15", "林佳蓉"),
        ("答主：王小明　发布于 2024-01-15", "王小明"),
        ("最佳回答者：李四　2024-04-02", "李四"),
        # Look-alikes: the word in a sentence or a count names no one.
        ("最佳回答者將獲得積分　2024/1/15", None),
        ("回答者共3人　2024/1/15", None),
    ],
)
def test_an_answerers_labelled_line_names_the_author(rules, info, author):
    """Pattern: a Q&A page labels who answered (回答者：, 解答者：, 答主：) on the line over the answer; the answer is
    theirs. The label's word inside a sentence labels nothing."""
    assert (_read(_faq(info), rules).author or None) == author


THREAD = (
    "十年业余球龄，膝盖前后伤过两次，今天聊聊打野球怎么保护膝盖，都是自己踩过的坑，希望对大家有点用。",
    "第一，热身一定要做足，尤其是冬天，上来就对抗特别容易拉伤，至少慢跑五分钟再拉伸一下大腿前后侧。",
    "第二，鞋子要选缓震好的实战鞋，水泥地打球更要注意，几百块的实战鞋缓震就够用了，不一定买贵的。",
)


def _thread(card: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>聊聊打野球怎么保护膝盖 - 步行街 - 球迷社区</title></head><body>'
        f'<div class="post"><div class="post-title">聊聊打野球怎么保护膝盖</div>{card}'
        f'<div class="post-content">{_paras(THREAD)}</div></div><div class="footer">球迷社区</div></body></html>'
    )


@pytest.mark.parametrize(
    ("card", "author"),
    [
        (
            '<div class="user"><a href="/people/8123">步行街老炮儿</a><span class="lv">Lv.6</span>'
            '<span class="time">发布于 2024-02-27 23:41</span></div>',
            "步行街老炮儿",
        ),
        ('<p class="user">老张 LV12 发表于 2024-02-27 23:41</p>', "老张"),
        (
            '<div class="user"><a href="/u/5">晨跑的猫</a><em>Lv.12</em><span>发表于 2024-02-27 09:10</span></div>',
            "晨跑的猫",
        ),
        # Look-alike: a poster's Latin name that merely holds letters and digits stays.
        ('<p class="user">lvxiaoming 发表于 2024-02-27 23:41</p>', "lvxiaoming"),
        # Look-alikes (review): a rank word before the badge is no name either; a rank alone names nobody.
        ('<p class="user">张三 高级会员 Lv.6 发表于 2024-02-27 23:41</p>', "张三"),
        ('<p class="user">晨跑的猫 超级版主 LV9 发表于 2024-02-27 23:41</p>', "晨跑的猫"),
        ('<p class="user">管理员 Lv.9 发表于 2024-02-27 23:41</p>', None),
    ],
)
def test_a_level_badge_is_no_poster(rules, card, author):
    """Pattern: a forum prints the member's level (Lv.6, LV12) between the name and the post's stamp
    (发布于 …): the badge is no name, the poster is the name before it."""
    assert (_read(_thread(card), rules).author or None) == author


LESSON = (
    "苏霍姆林斯基的回答是读书，每天不间断地读书。他说，教师的知识应当比教科书上的知识多得多，这样才行。",
    "回想自己这些年，备课几乎只围着教参转，手机上刷短视频的时间远比读书多，心里很是惭愧，决心改变。",
    "从这学期开始，我给自己定了一个小目标：每天读书半小时，每月写一篇读书笔记，和同事们交流分享。",
)


def _powereasy(above: str = "", after: str = "", bar: str = "更新时间：2024-4-2 16:20:00") -> str:
    return (
        '<html><head><meta charset="gb2312"><title>教师读书心得体会_笔墨范文网</title></head><body>'
        '<div class="top"><a href="/">首页</a> <a href="/xd/">心得体会</a></div><table width="100%">'
        f'<tr><td>{above}</td></tr><tr><td class="main_title">教师读书心得体会</td></tr>'
        f'<tr><td class="main_tdbg">作者：吴敏&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;{bar}</td></tr>'
        f'<tr><td class="content">{_paras(LESSON)}</td></tr></table>{after}'
        '<div class="footer">笔墨范文网 版权所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("above", "after", "bar", "day"),
    [
        ('<div style="text-align:right">2024-03-18</div>', "", "更新时间：2024-4-2 16:20:00", "2024-03-18"),
        ("", '<div class="pub">发布时间：2019-10-09</div>', "更新时间：2023-9-1 09:00:00", "2019-10-09"),
        ("", "<p>发布日期：2024年3月18日</p>", "最后修改时间：2024-4-2 16:20", "2024-03-18"),
        ("<span>2024/3/18</span>", "", "编辑于 2024-04-02 16:20", "2024-03-18"),
        # Look-alikes: a header's today (later than the update), a bar that dates the publication itself, a bar
        # with no other date.
        (
            '<div style="text-align:right">2024-05-20 星期一</div>',
            "",
            "更新时间：2024-4-2 16:20:00",
            "2024-04-02",
        ),
        ("", '<div class="pub">发布时间：2019-10-09</div>', "发布时间：2023-9-1 09:00:00", "2023-09-01"),
        ("", "", "更新时间：2024-4-2 16:20:00", "2024-04-02"),
        # Look-alikes (review): a notice ticker's date above the title beside its link, a comment's 发表于 under a
        # heading below the text, a related item's 发布时间 under its link below the text.
        (
            '<div class="notice"><a href="/a/1.html">关于寒假放假安排的通知</a></div><div>2023-12-01</div>',
            "",
            "更新时间：2024-4-2 16:20:00",
            "2024-04-02",
        ),
        (
            "",
            '<div class="comments"><h3>网友评论</h3><div class="c"><span>游客</span> 发表于 2024-02-10 10:00</div>'
            "<div>写得很好，学习了。</div></div>",
            "更新时间：2024-4-2 16:20:00",
            "2024-04-02",
        ),
        (
            "",
            '<div class="rel"><div><a href="/a/2.html">学校召开期中教学工作会议</a></div><div>发布时间：2024-03-20</div></div>',
            "更新时间：2024-4-2 16:20:00",
            "2024-04-02",
        ),
    ],
)
def test_a_publication_date_beats_the_bars_update_time(rules, above, after, bar, day):
    """Pattern: a CMS's bar beside the title dates only the page's last update (更新时间：…); the page's own date
    elsewhere, alone on its line above the title or labelled as the publication under the text, says when it was
    published. A header's today is later than the update, and a bar alone keeps its date."""
    published = _read(_powereasy(above, after, bar), rules, encoding="gb18030").published
    assert published is not None and published.strftime("%Y-%m-%d") == day


DOCS = (
    "写论文时，参考文献的整理和格式调整往往要花掉大量时间。Zotero 是一款开源、免费的文献管理软件，很好用。",
    "本文以 Windows 系统为例，介绍从安装到插入引用的完整流程，读完就可以在自己的论文里用起来了。",
    "安装完成后，打开软件，先注册一个账号，这样文献可以在几台电脑之间同步，换电脑也不怕丢失资料。",
)


def _trail_page(trail: str, side: str = "") -> str:
    return (
        '<html><head><meta charset="utf-8"><title>Zotero 上手 - 科研工具小手册</title></head><body>'
        f'<div class="side">{side}</div>{trail}<article><h1>Zotero 上手</h1>{_paras(DOCS)}</article>'
        '<div class="footer">科研工具小手册</div></body></html>'
    )


SIDE = (
    '<nav aria-label="导航栏"><label>文献管理</label><ul><li><a href="../endnote/">EndNote 入门</a></li>'
    '<li><a href="../zotero/">Zotero 上手</a></li></ul></nav>'
)


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        (
            '<nav class="md-path" aria-label="导航"><ol><li><a href="../../../">首页</a></li>'
            '<li><a href="../../">科研工具</a></li><li><a href="../">文献管理</a></li></ol></nav>',
            "文献管理",
        ),
        (
            '<nav><ol class="path"><li><a href="/">首頁</a></li><li><a href="/law/">法律問答</a></li>'
            '<li><a href="/law/rent/">租賃糾紛</a></li></ol></nav>',
            "租賃糾紛",
        ),
        (
            '<div id="ctl00_SiteMapPath1" class="sitemap"><a href="/Default.aspx">首頁</a><span> &gt; </span>'
            '<a href="/QA/List.aspx">法律問答</a><span> &gt; </span><a href="/QA/List.aspx?cat=12">租賃糾紛</a></div>',
            "租賃糾紛",
        ),
        (
            '<span id="SiteMapPath2"><a href="/default.aspx">Home</a> › <a href="/docs/">使用手册</a> › '
            '<a href="/docs/ref/">文献管理</a></span>',
            "文献管理",
        ),
        # Look-alikes: a pager's ordered list, an ordered list of links opening on no home link.
        (
            '<nav class="pages"><ol><li><a href="?p=1">1</a></li><li><a href="?p=2">2</a></li></ol></nav>',
            None,
        ),
        (
            '<nav><ol><li><a href="/a/">热门文章</a></li><li><a href="/b/">最新文章</a></li></ol></nav>',
            None,
        ),
        # Look-alikes (review): a Chinese pager opening on 首页, a main menu in a nav's ordered list, a book's table
        # of contents opening on ../ (none marked as a path or a trail).
        (
            '<nav><ol><li><a href="list_1.html">首页</a></li><li><a href="list_1.html">上一页</a></li>'
            '<li><a href="list_3.html">下一页</a></li><li><a href="list_9.html">尾页</a></li></ol></nav>',
            None,
        ),
        (
            '<nav class="mainnav"><ol><li><a href="/">首页</a></li><li><a href="/news/">学校新闻</a></li>'
            '<li><a href="/teach/">教学科研</a></li><li><a href="/contact/">联系我们</a></li></ol></nav>',
            None,
        ),
        (
            '<nav class="toc"><ol><li><a href="../index.html">返回目录</a></li><li><a href="../ch2/">第二章 安全管理</a></li>'
            "</ol></nav>",
            None,
        ),
        # Look-alike: a pager in a list whose class says path still holds 上一页 / 下一页.
        (
            '<nav class="pagepath"><ol><li><a href="list_1.html">首页</a></li><li><a href="list_1.html">上一页</a></li>'
            '<li><a href="list_3.html">下一页</a></li><li><a href="list_9.html">尾页</a></li></ol></nav>',
            None,
        ),
    ],
)
def test_a_trail_in_an_ordered_list_or_a_site_map_path_names_the_category(rules, trail, category):
    """Pattern: a docs theme's trail is an ordered list of links in a <nav>, opening on the home link, its
    separators drawn by CSS; ASP.NET's breadcrumb control keeps its name in its id (ctl00_SiteMapPath1). The
    trail's deepest link is the category, not the sidebar's section. The list must be marked as a path or a trail
    (md-path, class="path", aria-label 路径/位置); a pager's list (上一页/下一页/尾页), a menu, a table of contents or a
    list of links opening on no home link is no trail."""
    got = _read(_trail_page(trail, SIDE), rules).category
    # A list that is no trail leaves the category as the page without it reads it.
    assert got == (category if category is not None else _read(_trail_page("", SIDE), rules).category)
