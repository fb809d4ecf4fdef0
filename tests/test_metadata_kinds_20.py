"""Session 20's metadata kinds (issue 11), each on pages of the project's own read as a crawl reads them,
with look-alikes that must not change: a byline in the text naming people over an account's name in the
author slot (a learned template's, a platform's), the site's own account as no author, a blog's owner named
by the blog's name, a reprint request and a kind of outlet as no source."""

from __future__ import annotations

import sys
from pathlib import Path

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.site_zoo import SitePage, crawl  # noqa: E402

STORY = (
    "入冬以后，城里不少年轻人没有像往年一样去商场买新衣，而是在二手平台上挑选九成新的羽绒服和大衣。",
    "城里多家平台的数据显示，十一月以来冬季服饰的成交量明显增长，其中二十五岁到三十五岁的用户占了六成以上。",
    "城里一位卖家说，去年冲动下单的几件衣服一直挂在衣柜里，挂到网上两天就卖掉了，能回点血也挺好。",
    "城里业内人士认为，随着循环消费被更多人接受，平台在鉴定、清洗和售后上的服务能力会成为竞争的关键。",
)


CITIES = ("东川", "南屏", "西岭", "北湖", "江澜", "桐溪", "清溪", "澄州")


def _platform_page(account: str, day: int, lines: list[str]) -> str:
    """A self-media platform's article page (网易号/百家号-like): the account's name in the author card
    beside the date and in its markup, the text's own lines (``lines``; the story's paragraphs told of
    the page's own city, so that no paragraph recurs on the site's pages), a statement under it."""
    city = CITIES[day % len(CITIES)]
    body = "\n".join(f"<p>{line.replace('城里', city)}</p>" for line in lines)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>二手冬装卖火了（{day}） - 知新号</title>
<meta property="article:author" content="{account}">
<script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{account}"}}}}</script>
</head><body>
<div class="Header_bar"><a href="/">知新号</a> <a href="/channel/finance">财经</a> <a href="/channel/edu">教育</a></div>
<main class="Article_main"><article class="Article_article"><h1 class="Article_title">二手冬装卖火了（{day}）</h1>
<div class="Article_meta"><a class="Author_name" href="/account/{day}">{account}</a><time>2025-12-{day:02d} 07:45</time>
<span class="Article_loc">发布于江苏</span><button class="Follow_btn">+ 关注</button></div>
<div class="Article_content">
{body}
</div>
<div class="Article_statement">本文为知新号作者原创，不代表知新立场，未经授权禁止转载。</div></article>
<aside class="Side"><h3>热门推荐</h3><ul><li><a href="/a/9.html">冬季出游攻略</a></li></ul></aside></main>
<div class="Footer">知新号 版权所有 举报电话：400-000-0000</div></body></html>"""


def _site(pages: list[tuple[str, list[str]]]) -> list[SitePage]:
    return [
        SitePage(
            f"p{n:02d}",
            "zhixin",
            f"https://www.zhixin.example.com/a/{900 + n}.html",
            _platform_page(a, n, ls).encode(),
            {},
        )
        for n, (a, ls) in enumerate(pages, 1)
    ]


POEM = ["文｜心上的光", "落在旧城墙", "冬夜的灯火", "照着回家的人"]


def test_a_byline_in_the_text_beats_the_accounts_name_the_crawl_learned(rules):
    """Pattern: on a self-media platform the author slot prints the account that published the text (王老师的
    教育笔记, a paper's account 东川商报); the crawl learns that slot from the pages that name no one else. Where
    the text carries its writer's byline, opening it (文｜王蕾, 东川商报记者 黄静怡 孙磊) or closing it (记者：… 通讯员：…
    over 编辑：… 审核：…), the byline's people are the author, the learned slot the fallback.
    Look-alikes keep the account: a page with no byline, a poem whose first line is 文｜ and a verse, a sentence
    quoting a reporter by name."""
    pages = _site(
        [
            ("数码老周", list(STORY)),
            ("阿栗去旅行", list(STORY[1:]) + [STORY[0]]),
            ("车圈小马哥", list(STORY[2:]) + list(STORY[:2])),
            ("王老师的教育笔记", ["文｜王蕾", *STORY]),
            ("诗意江南", [*POEM, *STORY]),
            ("东川商报", ["东川商报记者 黄静怡 孙磊", *STORY]),
            ("数码老周", [*STORY, "他说：“记者 王海 昨天也来这里买过一件。”"]),
            (
                "桐溪融媒",
                [*STORY, "来源：桐溪县融媒体中心", "记者：方可欣　通讯员：吕强", "编辑：章敏　审核：邵立群"],
            ),
        ]
    )
    crawled = crawl(pages, rules)
    got = [crawled.articles[p.name].author for p in pages]
    assert got == [
        "数码老周",
        "阿栗去旅行",
        "车圈小马哥",
        "王蕾",
        "诗意江南",
        "黄静怡、孙磊",
        "数码老周",
        "方可欣、吕强",
    ]


def _wechat(tail: str, head: str = "") -> str:
    """A WeChat public account's article (rich_media): the account's name (#js_name) beside the time, the
    text, its closing lines (``tail``) and the account's 往期推荐 links after them."""
    body = "".join(f'<p><span style="font-size:15px;">{p}</span></p>' for p in STORY)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>二手冬装卖火了</title></head>
<body id="activity-detail"><div id="js_article" class="rich_media"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">二手冬装卖火了</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" id="js_name">桐溪融媒</a></span><em id="publish_time">2025年09月16日 18:30</em></div>
<div class="rich_media_content" id="js_content"><section><p>点击上方蓝字 关注我们</p></section>{head}{body}{tail}
<section><p><strong>往期推荐</strong></p><p><a href="https://mp.example.cn/s/1">桐溪香榧开摘啦！今年价格出炉</a></p>
<p><a href="https://mp.example.cn/s/2">明起，这条路段实行单向通行</a></p></section></div></div></div></body></html>"""


def test_a_wechat_articles_credits_beat_the_accounts_name(rules):
    """Pattern: a WeChat account's article prints the account (#js_name: 桐溪融媒, a county media centre) where a
    writer's name would be; its writers are in the credit lines closing the text (记者：… 通讯员：…, 文字：…, 撰稿：…,
    with 编辑/审核 after them) or a byline opening it (文 | 林可). Those name the authors; the account is the
    fallback. Look-alikes keep the account: no credits; a picture's caption credit between paragraphs;
    credits naming only editors; a credit naming a unit (文字：桐溪县融媒体中心)."""
    for tail, head, want in (
        (
            "<p>来源：桐溪县融媒体中心</p><p>记者：方可欣　通讯员：吕强</p><p>编辑：章敏　审核：邵立群</p>",
            "",
            "方可欣、吕强",
        ),
        ("<p>文字：孙悦　摄影：陈默</p><p>责任编辑：章敏</p>", "", "孙悦"),
        ("<p>撰稿：何佳宁</p><p>审核：邵立群</p>", "", "何佳宁"),
        ("", "<p>文 | 林可</p>", "林可"),
        ("", "", "桐溪融媒"),
        ("<p>编辑：章敏　审核：邵立群</p>", "", "桐溪融媒"),
        ("<p>文字：桐溪县融媒体中心</p>", "", "桐溪融媒"),
    ):
        assert (_read(_wechat(tail, head), rules).author, tail, head) == (want, tail, head)
    caption = _wechat("").replace(
        f'<p><span style="font-size:15px;">{STORY[2]}</span></p>',
        f'<p><img src="a.jpg"></p><p>文字：王晓燕　摄影：李志强</p><p><span style="font-size:15px;">{STORY[2]}</span></p>',
    )
    assert "王晓燕" in caption
    assert _read(caption, rules).author == "桐溪融媒"


PROPOSAL = (
    "辞旧岁，迎新春。为推动移风易俗、树立文明新风，让大家过一个文明、健康、祥和的春节，区文明办向全区市民发出如下倡议。",
    "倡导婚事新办、丧事简办、其他喜庆事宜从简操办，不讲排场、不比阔气，自觉抵制高额彩礼、天价酒席等不良风气。",
    "节日期间走亲访友自觉遵守交通规则，乘坐公共交通工具时主动排队，礼让老幼病残孕，在景区和商场服从引导。",
)


def _portal(info: str, site: str = "龙湖论坛", sign: str = "") -> str:
    """A Discuz! portal's article (portal.php?mod=view): the title, the info line under it, the text."""
    body = "".join(f"<p>{p}</p>" for p in PROPOSAL) + sign
    return (
        f'<html><head><meta charset="utf-8"><title>文明过大年倡议书 - 文明创建 - {site} - Powered by Discuz!</title></head>'
        f'<body><div id="hd"><h2><a href="./" title="{site}">{site}</a></h2></div>'
        f'<div id="pt"><a href="./">{site}</a> › <a href="portal.php">门户</a> › 查看内容</div>'
        f'<div class="h hm"><h1 class="ph">文明过大年倡议书</h1><p class="xg1">{info}</p></div>'
        f'<div class="d"><table><tr><td id="article_content">{body}</td></tr></table></div>'
        f'<div id="ft">© 2001-2026 {site}</div></body></html>'
    )


SIGNER = "龙湖区精神文明建设委员会办公室"


def test_the_sites_own_account_in_the_author_slot_is_no_author(rules):
    """Pattern: a portal's 发布者 (poster) field filled with an account named as a site or a medium
    (龙湖文明网, 城南晚报: a unit's account posting on the portal), or a 作者 field naming the site itself (the
    <title>'s site part): who posted the text, as admin is, no writer; nothing weaker fills the slot but
    the closing 落款's organ, the notice's author (the project's convention since session 25). Look-alikes keep their names: a person posting; a unit before
    the person (南屏房产网 陶冶); a 作者 field naming another unit (茶叶站); a site named after its owner,
    whose 作者 is the owner (林小雨)."""
    sign = f"<p>{SIGNER}</p><p>2026年2月10日</p>"
    for info, site, want in (
        ("2026-2-10 09:30 | 发布者: 龙湖文明网 | 查看: 1862 | 来自: 龙湖区文明办", "龙湖论坛", SIGNER),
        ("2026-2-10 09:30 | 发布者: 城南晚报 | 查看: 1862", "龙湖论坛", SIGNER),
        ("2026-2-10 09:30 | 作者: 龙湖论坛 | 查看: 1862", "龙湖论坛", SIGNER),
        ("2026-2-10 09:30 | 发布者: 王海 | 查看: 1862", "龙湖论坛", "王海"),
        ("2026-2-10 09:30 | 发布者：南屏房产网 陶冶 | 查看: 1862", "龙湖论坛", "陶冶"),
        ("2026-2-10 09:30 | 作者：茶叶站 | 查看: 1862", "龙湖论坛", "茶叶站"),
        ("2026-2-10 09:30 | 作者：林小雨 | 查看: 1862", "林小雨", "林小雨"),
    ):
        assert (_read(_portal(info, site, sign), rules).author, info) == (want, info)


def _blog(meta: str, name: str = "青禾的书房", copy: str = "") -> str:
    """A personal blog's post (Z-BlogPHP-like): the blog's name in the <title> and the logo, the post's
    meta line under its title (``meta``), the text, a reprint notice under it (``copy``)."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<html><head><meta charset="utf-8"><title>二手冬装卖火了 - {name}</title></head><body>'
        f'<div class="header"><div class="logo"><a href="/">{name}</a><span>读书、写字、过日子</span></div></div>'
        '<div class="sitemap">当前位置：<a href="/">首页</a> » <a href="/category-2.html">生活随笔</a></div>'
        f'<div class="post"><h1>二手冬装卖火了</h1><div class="info">{meta}</div>'
        f'<div class="single postcon">{body}</div><div class="copynotice">{copy}</div></div>'
        f'<div class="footer">Copyright © 2019-2026 {name}</div></body></html>'
    )


def test_a_blogs_owner_printed_in_its_meta_line_is_the_author(rules):
    """Pattern: a personal blog named as its owner's place (青禾的书房, 阿哲的小屋, 晚风的自留地) prints the owner's
    pen name alone in the post's meta line before the date, no label: a pen name of no person's shape, which
    the blog's name says is its owner's. Look-alikes: another word there (the post's category) is no owner;
    a blog whose name names no owner (江城读书会) keeps the rule for people's names only."""
    for meta, name, want in (
        (
            '<span class="user">青禾</span><span class="date">2025年3月5日 星期三</span><span>阅读 326</span>',
            "青禾的书房",
            "青禾",
        ),
        ("<span>阿哲</span> <span>2025-03-05 21:10</span>", "阿哲的小屋", "阿哲"),
        ('<em class="author">晚风</em><em>2025/03/05</em>', "晚风的自留地", "晚风"),
        ("<span>随笔</span><span>2025-03-05</span>", "青禾的书房", None),
        ("<span>青禾</span><span>2025-03-05</span>", "江城读书会", None),
    ):
        assert (_read(_blog(meta, name), rules).author, meta) == (want, meta)


def test_a_reprint_request_names_no_source(rules):
    """Pattern: a reprint request under the text (转载请注明出处：青禾的书房, 如需转载请注明文章来源：…, 转载请保留出处：…)
    names whom a re-poster must credit, the blog itself: the post's source is none of it. Look-alikes: a
    labelled 来源 in the same place names the source; so does 出处 naming a book."""
    meta = "<span>青禾</span><span>2025-03-05</span>"
    for copy, want in (
        ("<p>转载请注明出处：青禾的书房，商业转载请联系作者获得授权。</p>", None),
        ("<p>如需转载，请注明文章来源：青禾的书房</p>", None),
        ("<p>转载请保留出处：https://qinghe.example.cn/post/412.html</p>", None),
        ("<p>来源：东川商报</p>", "东川商报"),
        ("<p>出处：《东川县志》</p>", "《东川县志》"),
    ):
        assert (_read(_blog(meta, copy=copy), rules).source, copy) == (want, copy)


def test_a_kind_of_outlet_is_no_source(rules):
    """Pattern: a platform's statement that the text was taken from a kind of outlet (本文转载自合作媒体, 转载自
    第三方平台): no one outlet is named; the labelled 来源 beside the title (东川商报) is the source. Look-alikes:
    a re-post's credit naming one (本文转载自《教育周刊》) and a labelled outlet stay; a labelled kind of outlet
    (来源：其他媒体) is the value as shown (the lead's convention since session 26; before, none)."""
    for statement, info, want in (
        ("本文转载自合作媒体，仅代表作者观点，不代表知新立场。", "来源：东川商报", "东川商报"),
        ("本文转载自第三方平台，如有侵权请联系删除。", "", None),
        ("", "来源：其他媒体", "其他媒体"),
        ("本文转载自《教育周刊》，仅代表作者观点。", "", "教育周刊"),
        ("", "来源：新华网", "新华网"),
    ):
        page = (
            _platform_page("东川商报", 3, list(STORY))
            .replace('<span class="Article_loc">', f'<span>{info}</span><span class="Article_loc">')
            .replace("本文为知新号作者原创，不代表知新立场，未经授权禁止转载。", statement)
        )
        assert (_read(page, rules).source, statement, info) == (want, statement, info)


def test_a_credit_deep_in_the_text_is_a_quoted_pieces_not_the_byline(rules):
    """Review rv1: a credit line between the text's paragraphs, two or more before it and one after (a poem quoted
    with its 作者：李白 or 文｜王维, a digest's reprinted report with its 记者 王海, a list of a book's 撰稿 people)
    credits the piece it quotes: the account in the slot stays the author. Opening or closing the text, it is the
    text's byline (the tests above)."""
    after = "<p>这首诗写于天宝年间，诗人借月抒怀，表达了对故乡的思念。</p>"
    for credit in ("作者：李白", "文｜王维", "记者 王海", "撰稿：王海 李明 张伟"):
        assert (_read(_wechat(f"<p>{credit}</p>{after}"), rules).author, credit) == ("桐溪融媒", credit)


def test_a_blog_named_for_a_topic_names_no_owner(rules):
    """Review rv1: only a blog named as its owner's room, plot or journal (…的书房, …的小屋, …的博客, …的自留地, …的笔记)
    names its owner; a blog named for a topic (生活的艺术, 学习的力量, 美食的诱惑) does not, and the category its meta
    line prints before the date (生活, 学习) is no author."""
    for meta, name, want in (
        ("<span>生活</span><span>2025-03-05</span>", "生活的艺术", None),
        ("<span>学习</span><span>2025-03-05</span>", "学习的力量", None),
        ("<span>美食</span><span>2025-03-05</span>", "美食的诱惑", None),
        ("<span>随笔</span><span>2025-03-05</span>", "随笔的天空", None),
        ("<span>小鱼</span><span>2025-03-05</span>", "小鱼的博客", "小鱼"),
        ("<span>老K</span><span>2025-03-05</span>", "老K的小屋", "老K"),
        ("<span>晚风</span><span>2025-03-05</span>", "晚风的笔记", "晚风"),
    ):
        assert (_read(_blog(meta, name), rules).author, meta, name) == (want, meta, name)
