"""Metadata kinds of session 16 (issue 11): three general kinds where title, date, author and
source failed on unseen pages: a paper's e-paper article page, a forum thread's starter, and a
value that carries the date glued after it. Each test is a page of the project's own of real
shape (a site's chrome around one article), read through the page path as a crawl reads it, with
the look-alike that must not change."""

from __future__ import annotations

from datetime import datetime

from lxml.html import fragment_fromstring
from test_metadata_kinds import _read  # the page path, as a crawl reads a page

from fanwen.extract.metadata import _links_item

STORY = (
    "今年以来，我市把老旧小区改造作为重点民生实事，计划改造小区一百二十个，涉及居民四万余户，目前已有三十六个小区开工建设。",
    "在东湖街道的红星小区，施工队正在更换地下管网。居民王阿姨说，以前一下雨楼道口就积水，这回总算有人管了，大家都盼着早点完工。",
    "市住建局有关负责人介绍，今年的改造坚持“先地下、后地上”，优先解决水电气管网老化、消防通道堵塞等群众反映最强烈的问题。",
    "下一步，我市将建立改造后的长效管理机制，引导居民成立自管小组，让小区“改得好”也能“管得好”。",
)
KICKER, TITLE, SUBTITLE = "城市更新进行时", "让老旧小区焕发新活力", "我市今年计划改造老旧小区120个"
ISSUE = datetime(2025, 3, 12)


def _city_epaper(byline: str = "本报记者　张三　李四") -> str:
    """A city daily's e-paper article page (a Founder-like 数字报 system): the ``<title>`` names the
    paper and the edition only, the masthead prints the issue's date with the issue's pager (上一期,
    下一期, 往期回顾), the page's number and name (第05版：要闻), then the kicker, the main title and
    the subtitle as h3 / h1 / h2, the byline as the text's first line, the page's other articles."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<html><head><meta charset="utf-8"><title>江城日报数字报</title></head><body>'
        '<div class="top"><img src="/images/logo.png" alt="江城日报"><span class="riqi">2025年03月12日 星期三</span>'
        ' <a href="../20250311/node_1.htm">上一期</a> <a href="../20250313/node_1.htm">下一期</a> <a href="/html/index.htm">往期回顾</a></div>'
        '<table><tr><td class="bc">第05版：要闻</td><td><a href="node_4.htm">上一版</a> <a href="node_6.htm">下一版</a>'
        ' <a href="page_05.pdf">PDF版</a></td></tr></table>'
        '<div class="left"><img src="page_05.jpg" usemap="#m"><map name="m"><area href="content_1.htm"></map></div>'
        f'<div class="right"><div class="art"><h3>{KICKER}</h3><h1>{TITLE}</h1><h2>{SUBTITLE}</h2>'
        f'<div id="ozoom"><p>{byline}</p>{body}</div></div>'
        f'<div class="list"><h4>本版新闻</h4><ul><li><a href="content_1.htm">{TITLE}</a></li>'
        '<li><a href="content_2.htm">春耕备耕忙</a></li><li><a href="content_3.htm">市政协召开常委会议</a></li></ul></div></div>'
        '<div class="foot">江城日报社版权所有 地址：江城市人民路1号</div></body></html>'
    )


def _trade_epaper(byline: str = "■本报记者 张三 通讯员 李四") -> str:
    """An industry paper's e-paper page of an older system, in GBK: tables, the ``<title>`` the
    article's and the paper's joined by a double hyphen, a masthead with the paper's name, the date,
    the weekday and 版次：A3, the issue's pages and the page's titles in the left column (a list
    linking this page too), the kicker, title and subtitle in cells named by class alone."""
    body = "".join(f"<p>　　{p}</p>" for p in STORY)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        f"<title>{TITLE}--中国建设报</title></head><body>"
        '<table width="100%"><tr><td class="masthead">中国建设报 <span>2025年03月12日</span> 星期三 版次：A3'
        ' <a href="index.htm">返回目录</a></td></tr></table>'
        '<table width="960"><tr><td width="260" valign="top"><div class="pagelist"><b>本期版面</b><br>'
        '<a href="A1.htm">A1：要闻</a><br><a href="A2.htm">A2：综合</a><br><a href="A3.htm">A3：城建</a><br></div>'
        f'<div class="titlelist"><b>本版标题</b><br><a href="a1.htm">{TITLE}</a><br>'
        '<a href="a2.htm">住建部部署今年城市体检工作</a><br><a href="a3.htm">建筑业企业资质审批再提速</a><br></div></td>'
        f'<td valign="top"><table><tr><td class="yt">{KICKER}</td></tr><tr><td class="bt">{TITLE}</td></tr>'
        f'<tr><td class="ft">——江城市今年计划改造老旧小区120个</td></tr>'
        f'<tr><td class="zw"><p>{byline}</p>{body}</td></tr></table></td></tr></table>'
        '<div class="copy">Copyright 中国建设报社 京ICP备12345678号</div></body></html>'
    )


def _evening_epaper() -> str:
    """An evening paper's e-paper of a third kind: the ``<title>`` the paper, the issue's date and
    the page (江城晚报 - 2025年03月12日 - 第A03版：城事), the date in spans of the masthead, the
    page's pager (上一版, 下一版), the byline opened by a square (■本报记者 … 通讯员 …)."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>江城晚报 - 2025年03月12日 - 第A03版：城事</title></head><body>'
        '<div class="paper-head"><a href="/"><img src="/logo.png" alt="江城晚报"></a>'
        '<div class="issue"><span>2025年03月12日</span> <span>星期三</span> <span>第8123期</span></div>'
        '<div class="tools"><a href="/epaper/2025-03-11/">上一期</a><a href="/epaper/2025-03-13/">下一期</a>'
        '<a href="/epaper/">往期回顾</a></div></div>'
        '<div class="pages"><a href="A01.html">A01：头版</a><a href="A02.html">A02：要闻</a><a href="A03.html">A03：城事</a></div>'
        '<div class="main"><div class="content-box"><div class="page-no">第A03版：城事　<a href="A02.html">上一版</a>'
        f' <a href="A04.html">下一版</a></div><h3 class="kicker">{KICKER}</h3><h1>{TITLE}</h1>'
        f'<h2 class="subtitle">——{SUBTITLE}</h2><div class="content"><p>■本报记者 张三 通讯员 李四</p>{body}</div></div>'
        '<div class="side"><h4>本版其他新闻</h4><ul><li><a href="2.html">地铁五号线年内开通</a></li>'
        '<li><a href="3.html">城东菜市场完成提升改造</a></li></ul></div></div>'
        '<div class="footer">江城晚报社主办 未经授权不得转载</div></body></html>'
    )


def test_an_epaper_article_is_its_main_title_the_issues_date_and_its_reporters(rules):
    """Pattern: a paper's e-paper (数字报, 电子版) prints each article under a masthead that dates the
    issue (2025年03月12日 星期三) beside the issue's pager (上一期, 下一期, 往期回顾: no list of other
    pages' titles), titles the page with the paper and the edition alone (江城日报数字报; 江城晚报 -
    date - 第A03版) or the article's title and the paper after a double hyphen (标题--中国建设报), and
    stacks a kicker, the main title and a subtitle. The title is the main title (the page's <h1>,
    not the paper's name nor the kicker), the date the issue's, the author the byline's reporters,
    通讯员 with them (a co-author's label, as docs/extraction.md's convention has it), and no source:
    the paper is the site itself."""
    for html, encoding in ((_city_epaper(), "utf-8"), (_trade_epaper(), "gbk"), (_evening_epaper(), "utf-8")):
        article = _read(html, rules, encoding=encoding)
        assert (article.title, article.published, article.source) == (TITLE, ISSUE, None)
        assert article.author in ("张三、李四",)
        assert article.category is None  # the issue's list of titles is no menu naming a channel


def test_a_portal_page_beside_an_epaper_link_keeps_its_own_fields(rules):
    """The look-alike: a city portal's news page whose header prints today's date and a link to the
    paper's 电子版, whose <title> is the article's and the site's, and whose pager under the text links
    the neighbours by their titles (上一篇：…). Its title, labelled date, source and author stand."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        '<html><head><meta charset="utf-8"><title>老旧小区改造开工三十六个_本地新闻_江城新闻网</title></head><body>'
        '<div class="top">今天是2025年03月20日 星期四 <a href="/epaper/">电子版</a> <a href="/">首页</a></div>'
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a></div>'
        '<h1>老旧小区改造开工三十六个</h1><div class="info">2025-03-12 10:21　来源：江城日报　作者：张三</div>'
        f'<div class="content">{body}</div><div class="pager"><a href="/bd/1.html">上一篇：春耕备耕忙</a>'
        ' <a href="/bd/3.html">下一篇：市政协召开常委会议</a></div><div class="foot">江城新闻网 版权所有</div></body></html>'
    )
    article = _read(html, rules)
    assert (article.title, article.published) == ("老旧小区改造开工三十六个", datetime(2025, 3, 12, 10, 21))
    assert (article.author, article.source, article.category) == ("张三", "江城日报", "本地新闻")
    # A pager link that holds a title (上一篇：…) is still another page's item with its date.
    item = fragment_fromstring('<li><a href="/1.html">上一篇：关于开展安全检查的通知</a> 2023-06-10</li>')
    assert _links_item(item, "上一篇：关于开展安全检查的通知 2023-06-10")


POST = (
    "上周末和两个朋友去千岛湖环湖骑行，全程一百四十公里，分两天完成。第一天从骑行驿站出发，沿东南湖区骑到姜家镇住下。",
    "第二天早上起了雾，湖面上白茫茫一片，骑到中午才散开。这一段上坡比较多，建议体力一般的朋友租电助力车，不丢人。",
    "住宿推荐姜家镇，价格便宜，吃饭也方便，晚上可以去镇上的夜市转转。骑行驿站可以寄存行李，记得提前打电话预约，也请大家关注天气。",
)
THREAD = "千岛湖两天环湖骑行，路线和住宿分享"
# Two replies after the first floor, each a floor of the forum's template (its card, then its post).
REPLIES = (
    (1, "湖边的鱼", 6610, "2025-03-12 11:02:10", "感谢分享！请问驿站租车多少钱一天？"),
    (2, "山野闲人", 7723, "2025-03-13 08:40:51", "去年也骑过，第二天的坡确实累，楼主体力不错。"),
)
OLD_FLOOR = (
    '<table width="960" class="floor"><tr><td class="au" width="160"><a href="/userinfo.asp?id={uid}">{who}</a>'
    '<br>等级：童生</td><td class="bd"><div class="fl-info">{n}楼 发表于 {when}</div>'
    '<div class="fl-ct">{text}</div></td></tr></table>'
)
PHPWIND_FLOOR = (
    '<table class="floor"><tr><td class="floot_left"><div class="readName"><a href="u.php?uid={uid}">{who}</a></div>'
    '<div>级别: 侠客</div></td><td class="floot_right"><div class="tipTop">{n}楼 发表于: {when}</div>'
    '<div class="tpc_content">{text}</div></td></tr></table>'
)


def _replies(floor: str) -> str:
    """The replies, each printed by the forum's ``floor`` template."""
    return "".join(
        floor.format(n=n, who=who, uid=uid, when=when, text=text) for n, who, uid, when, text in REPLIES
    )


def _old_forum(starter: str = "青石巷口") -> str:
    """An old forum's thread (an ASP board, GBK): tables, the subject in bold (no title heading),
    each floor a row of the poster's card (name linked to a profile address of no usual member
    shape, rank, posts) and the post under its header bar (楼主 发表于 … with 只看楼主 and 私信
    linking the starter's uid); two replies."""
    body = "<br>".join(POST)

    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        f"<title>{THREAD}_骑行天地_江城社区</title></head><body>"
        '<table width="960"><tr><td><a href="/"><img src="/logo.gif" alt="江城社区"></a></td>'
        '<td><a href="/login.asp">登录</a> | <a href="/reg.asp">注册</a></td></tr></table>'
        '<table width="960"><tr><td>您的位置：<a href="/">江城社区</a> &gt;&gt; <a href="/list.asp?b=36">骑行天地</a>'
        " &gt;&gt; 浏览帖子</td></tr></table>"
        f'<table width="960" class="ttl"><tr><td><b>主题：{THREAD}</b></td><td>点击：2316 回复：2</td></tr></table>'
        f'<table width="960" class="floor"><tr><td class="au" width="160"><a href="/userinfo.asp?id=3012">{starter}</a>'
        '<br>等级：秀才<br>帖子：52</td><td class="bd"><div class="fl-info">楼主 发表于 2025-03-12 10:21:33 '
        '<a href="/list.asp?b=36&amp;uid=3012">只看楼主</a> <a href="/msg.asp?uid=3012">私信</a></div>'
        f'<div class="fl-ct">{body}</div></td></tr></table>'
        + _replies(OLD_FLOOR)
        + '<div class="footer">江城社区 版权所有</div></body></html>'
    )


def _phpwind_thread() -> str:
    """A phpwind-like thread: the board in a trail whose class is camel-cased (breadCrumb), the
    subject in an <h1>, the first floor's card (name, rank, 私信 / 关注 buttons) and its header bar
    (楼主 发表于: a relative 3 天前 whose title keeps the time, 只看楼主), replies."""
    body = "".join(f"{p}<br>" for p in POST)

    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{THREAD}|骑行天地 - 江城社区</title></head><body>"
        '<div class="top"><a href="index.php">江城社区</a> <a href="login.php">登录</a> <a href="register.php">注册</a></div>'
        '<div class="breadCrumb"><a href="index.php">江城社区</a> &raquo; <a href="thread.php?fid=36">骑行天地</a> &raquo; 帖子</div>'
        '<div class="readTop"><span>阅读：2316</span> <span>回复：2</span> <a href="post.php?fid=36">发帖</a></div>'
        f'<h1 id="subject_tpc">{THREAD}</h1>'
        '<table class="floor lz"><tr><td class="floot_left"><div class="readName"><a href="u.php?uid=3012">青石巷口</a></div>'
        '<div>级别: 新手上路</div><div><a href="message.php?uid=3012">私信</a> <a href="follow.php?uid=3012">关注</a></div></td>'
        '<td class="floot_right"><div class="tipTop">楼主 发表于: <span title="2025-03-12 10:21">3 天前</span>'
        ' <a href="read.php?tid=88&amp;uid=3012">只看楼主</a></div>'
        f'<div class="tpc_content" id="read_tpc">{body}</div><div class="tipBottom"><a href="#">回复</a>'
        ' <a href="#">引用</a> <a href="#">举报</a></div></td></tr></table>'
        + _replies(PHPWIND_FLOOR)
        + '<div class="footer">Powered by phpwind © 江城社区</div></body></html>'
    )


def test_a_threads_starter_is_the_first_floors_poster_not_its_buttons(rules):
    """Pattern: a forum thread's author is its starter, the poster of the first floor, whose card
    sits beside the floor's header bar (楼主 发表于 … 只看楼主). A control (只看楼主, 只看该作者,
    私信, 关注, 回复, 举报, 电梯直达…) is never a name, though it links the starter's uid; the
    header bar opening with 楼主 and the posting word marks the card beside it, as a 楼主 badge
    does. The date is the first floor's; the category the board the trail names."""
    article = _read(_old_forum(), rules, encoding="gbk")
    assert (article.title, article.author) == (THREAD, "青石巷口")
    assert (article.published, article.category) == (datetime(2025, 3, 12, 10, 21, 33), "骑行天地")
    article = _read(_phpwind_thread(), rules)
    assert (article.author, article.published) == ("青石巷口", datetime(2025, 3, 12, 10, 21))
    assert article.category == "骑行天地"


def test_a_starter_named_like_a_floor_word_and_prose_saying_a_control_stand(rules):
    """The look-alikes: a starter whose name opens with a floor's character (楼兰) is named; a
    post whose prose says 关注 keeps it; a reply's card after the post is no starter's."""
    article = _read(_old_forum(starter="楼兰"), rules, encoding="gbk")
    assert article.author == "楼兰"
    assert "也请大家关注天气" in "".join(block.text for block in article.blocks)
    html = (
        _old_forum()
        .replace("<br>等级：秀才", "等级：秀才")
        .replace('<a href="/userinfo.asp?id=3012">青石巷口</a>', "游客")
    )
    assert _read(html, rules, encoding="gbk").author not in ("湖边的鱼", "山野闲人", "只看楼主", "私信")


def _review_page(meta: str) -> str:
    """A review site's article (an insurance or a product review, a Nuxt-like page): the title, a
    meta line of spans with no space between them (``meta``: the writer, the date, a counter), the
    text."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<html><head><meta charset="utf-8"><title>老旧小区改造怎么选？看懂这三点就够了 - 安心评测</title></head><body>'
        '<nav><a href="/">安心评测</a> <a href="/ceping">产品测评</a> <a href="/zixun">资讯</a></nav>'
        "<article><h1>老旧小区改造怎么选？看懂这三点就够了</h1>"
        f'<div class="art-meta">{meta}</div><div class="art-body">{body}</div></article>'
        "<footer>© 2025 安心评测</footer></body></html>"
    )


def test_a_date_glued_after_a_name_or_a_source_ends_it(rules):
    """Pattern: a meta line's spans printed with no space between them glue the date to the value
    before it (保评君·林晚2025.09.18, 江城日报2025-03-12): the value ends at the date token, whichever
    finder read it (one cleaner, processors.DATE_AFTER_VALUE), dotted dates too. The look-alike: a
    nickname's year digits with no month (小鱼儿2019) are the name's."""
    meta = '<span class="author">作者：保评君·林晚</span><span class="time">2025.09.18</span><span>阅读 2.3w</span>'
    article = _read(_review_page(meta), rules)
    assert (article.author, article.published) == ("保评君·林晚", datetime(2025, 9, 18))
    meta = "<span>来源：江城日报</span><span>2025-03-12 10:21</span><span>作者：张三</span>"
    article = _read(_review_page(meta), rules)
    assert (article.source, article.author) == ("江城日报", "张三")
    meta = "<span>作者：小鱼儿2019</span> <span>2025-03-12</span>"
    assert _read(_review_page(meta), rules).author == "小鱼儿2019"


def _group_topic(came_from: str) -> str:
    """An interest group's topic (a Douban-group-like community): the topic's title, its header
    line ``came_from`` (来自: the poster or an outlet, then the time glued to it, the poster's
    region), the text, a reader's reply by the same poster."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<html><head><meta charset="utf-8"><title>老旧小区改造，大家小区开工了吗</title></head><body>'
        '<div class="nav"><a href="/">半旧</a> <a href="/group/">小组</a> <a href="/group/jiangcheng/">江城生活</a></div>'
        '<div id="content"><h1>老旧小区改造，大家小区开工了吗</h1><div class="article"><div class="topic-doc">'
        f'<h3><span class="from">来自: {came_from}</span><span class="create-time">2025-08-14 23:07:12</span>'
        f'<span class="ip">湖北</span></h3><div class="topic-content">{body}</div></div>'
        '<div class="reply"><a href="/people/shanzhu99/">一只山竹</a><span>2025-08-15 9:11:01</span>'
        "<p>补充一句，开工前会贴公示。</p></div></div></div></body></html>"
    )


def test_came_from_a_members_link_names_the_poster_not_a_source(rules):
    """Pattern: a community's topic prints its poster as 来自: <a href="/people/…">name</a> (the
    member's page) with the time glued after it; 来自 labels an outlet only where it names one (a
    portal's 来自: 江城晚报, no member's link). The poster is the author and no source."""
    article = _read(
        _group_topic('<a href="https://www.banjiu.example/people/shanzhu99/">一只山竹</a>'), rules
    )
    assert (article.author, article.source) == ("一只山竹", None)
    assert article.published == datetime(2025, 8, 14, 23, 7, 12)
    assert _read(_group_topic("江城晚报"), rules).source == "江城晚报"
