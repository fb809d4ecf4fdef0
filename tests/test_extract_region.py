"""Generic region choice on page shapes where the longest prose is not the article.

Each page here is written for the pattern it shows: a short report with a longer feed under a
recommendation label; an endless page that appends the next article in the same template; a
blog page of several posts; an article a script reveals (hidden by an inline style).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import bundled_rules
from parsel import Selector

from fanwen.extract.page import NotAnArticle, extract_article
from fanwen.offline import process_html
from fanwen.pagepath import read_page

REPORT = (
    "本报讯 昨日，市图书馆新馆正式对外开放，首日接待读者逾三千人次。新馆共设阅览座位一千二百个，"
    "藏书八十万册。馆方表示，将延长夜间开放时间，方便上班族借阅。"
)
FEED_ITEM = (
    '<div class="card"><a href="/n/{i}.html">第{i}条推荐新闻的标题</a><span>某某网·{i}小时前</span>'
    "<p>这是推荐流里第{i}条新闻的摘要，内容写得很长，足以比正文更长，读者往往会继续往下看，"
    "编辑把它们排在正文下面，每一条都有自己的来源和时间。</p></div>"
)


def _feed_page(label: str) -> str:
    feed = "".join(FEED_ITEM.format(i=i) for i in range(12))
    return f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<div class="header"><a href="/">首页</a></div>
<div class="main"><div class="title-wrap"><h1>市图书馆新馆开放</h1></div>
<div class="meta">2024-05-20 08:30 某某日报</div>
<div class="body"><p>{REPORT}</p></div></div>
<div class="stream"><h2>{label}</h2>{feed}</div></body></html>"""


@pytest.mark.parametrize("label", ["其他人也在看", "你可能還想看", "相关阅读", "猜你喜欢"])
def test_a_feed_longer_than_the_report_under_a_recommendation_label_is_not_the_article(label):
    article = extract_article(Selector(text=_feed_page(label)), "https://news.example.cn/a/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text
    assert "推荐流" not in text


def test_a_heading_that_is_neither_a_label_nor_shaped_as_the_title_changes_nothing():
    """A video caption or a sign-up box between the title and the article is no evidence."""
    paras = "".join(f"<p>{REPORT}第{i}段。</p>" for i in range(4))
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<h1>市图书馆新馆开放</h1><div class="video"><span class="video-title">视频：新馆现场</span></div>
<div class="body">{paras}</div><div class="signup"><h2 class="signup-title">订阅早报</h2></div></body></html>"""
    article = extract_article(Selector(text=html), "https://news.example.cn/a/1.html", None)
    assert len(article.blocks) == 4


def _unit(title: str, body: str) -> str:
    return (
        f'<div class="item"><span class="art-title">{title}</span>'
        f'<div class="art-meta">作者：某某 2024-05-20 09:30</div><div class="art-body">{body}</div></div>'
    )


def test_an_endless_page_keeps_the_article_its_title_names():
    first = f"<p>{REPORT}</p>"
    second = "".join(
        f"<p>第二篇文章的第{i}段，讲的是另一件事，篇幅更长，句子也多。它被无限下拉的页面接在正文后面。</p>"
        for i in range(8)
    )
    html = (
        "<html><head><title>市图书馆新馆开放-快讯</title></head><body>"
        + _unit("市图书馆新馆开放", first)
        + _unit("另一篇更长的文章", second)
        + "</body></html>"
    )
    article = extract_article(Selector(text=html), "https://k.example.cn/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text and "第二篇文章" not in text


def test_a_blog_page_of_several_posts_gives_the_post_its_title_names():
    posts = [
        ("春日游园记", "春天的公园里，桃花开得正盛，游人很多，孩子们在草地上奔跑。" * 3),
        ("夏夜听雨", "夏夜的雨来得急，打在窗上噼啪作响，我坐在灯下读书，一夜无眠。" * 6),
    ]
    body = "".join(
        f'<div class="post"><h2 class="post-title">{t}</h2><div class="post-meta">发表于 2024-05-20 21:15</div>'
        f'<div class="post-body"><p>{p}</p></div></div>'
        for t, p in posts
    )
    html = f"<html><head><title>春日游园记 - 某某的博客</title></head><body>{body}</body></html>"
    article = extract_article(Selector(text=html), "https://blog.example.cn/p/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "桃花" in text and "夏夜" not in text


WECHAT = """<html><head><title>一篇公众号文章</title></head><body>
<div id="page-content"><h1 class="rich_media_title">一篇公众号文章</h1>
<div class="rich_media_meta"><span>某某公众号</span> <em>2024-05-20 09:00</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden; opacity: 0; ">
{paras}</div></div>
<div style="visibility: hidden">点击关注</div>
<script>document.getElementById("js_content").style.visibility = "visible";</script>
</body></html>"""


def test_an_article_a_script_reveals_is_read_as_the_reader_sees_it():
    paras = "".join(
        f"<p>公众号正文第{i}段，作者讲了自己的经历，有开头，有经过，也有结尾。</p>" for i in range(5)
    )
    article = extract_article(Selector(text=WECHAT.format(paras=paras)), "https://mp.example.cn/s/1", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "公众号正文第0段" in text and "点击关注" not in text


def test_content_hidden_with_display_none_stays_hidden():
    paras = "".join(f"<p>隐藏的第{i}段，作者讲了自己的经历，有开头，有经过，也有结尾。</p>" for i in range(5))
    html = WECHAT.format(paras=paras).replace("visibility: hidden; opacity: 0; ", "display:none")
    with pytest.raises(NotAnArticle, match="hidden by the page's style") as caught:
        extract_article(Selector(text=html), "https://mp.example.cn/s/1", None)
    assert caught.value.reason == "hidden"


def test_a_crawl_counts_why_a_page_gave_no_article():
    listing = (
        "<ul>" + "".join(f'<li><a href="/{i}.html">第{i}篇文章的标题</a></li>' for i in range(20)) + "</ul>"
    )
    page = read_page(listing.encode(), "https://x.example.cn/", content_type="text/html; charset=utf-8")
    assert page.problem == "not_article" and "not_article/listing" in page.outcomes
    assert "a listing page" in page.message


SHORT_REPORT = (
    "<p>本报讯 5月20日上午，全市中小学生运动会在市体育中心开幕，来自全市一百二十所学校的三千余名运动员参加"
    "田径、游泳、篮球等十二个大项的比赛，比赛将持续五天，组委会还为各校准备了统一的饮用水和医疗保障，"
    "并在每个场馆设立了志愿服务站，方便家长和学生咨询，开幕式由市教育局主持，副市长到场讲话并宣布开幕</p>"
    "<p>本届运动会首次设立了残疾学生组别，共有八十多名残疾学生报名参加田径和游泳项目的比赛。</p>"
)


def test_a_short_report_under_the_page_title_is_an_article_without_a_date_line():
    html = f"""<html><head><title>全市中小学生运动会开幕_教育_某某网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/jy/">教育</a></div>
<h1>全市中小学生运动会开幕</h1><div class="src">某某网</div><div class="text">{SHORT_REPORT}</div>
</body></html>"""
    article = extract_article(Selector(text=html), "https://news.example.cn/jy/1.html", None)
    assert "残疾学生组别" in "\n".join(b.text for b in article.blocks)


def test_a_short_text_with_no_title_over_it_and_no_date_is_still_not_an_article():
    html = (
        f"<html><head><title>某某网</title></head><body><div class='text'>{SHORT_REPORT}</div></body></html>"
    )
    with pytest.raises(NotAnArticle, match="too little text"):
        extract_article(Selector(text=html), "https://news.example.cn/", None)


def test_an_encyclopaedia_entry_leaves_its_notice_box_and_fact_box_out():
    entry = "".join(
        f"<p>春节是中华民族最隆重的传统节日之一，第{i}段介绍它的来历、习俗和各地不同的过法，内容详尽。</p>"
        for i in range(6)
    )
    html = f"""<html><head><title>春节_某某百科</title></head><body><h1>春节</h1>
<div class="content"><div class="lemma-notice">本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！</div>
<dl class="basic-info"><dt>中文名</dt><dd>春节</dd><dt>别名</dt><dd>新春、新年、新岁</dd><dt>节日时间</dt><dd>农历正月初一</dd></dl>
{entry}</div></body></html>"""
    article = extract_article(Selector(text=html), "https://baike.example.cn/item/1", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "春节是中华民族" in text
    assert "缺少概述图" not in text and "节日时间" not in text


POEM_LINES = [
    "春风吹过山岗", "桃花开满村庄", "孩子们奔跑着", "笑声落进池塘", "我站在老屋前", "想起远方的娘",
    "娘说春天短", "要把种子撒上", "如今田埂还在", "娘已去了远方", "我把花种撒下", "等它开成月光",
]  # fmt: skip
BIO = "".join(
    f"<p>作者生于一九六〇年，第{i}段写他的生平：少年务农，青年入伍，中年以后专事写作，出版诗集多部，多次获奖。</p>"
    for i in range(4)
)


def test_a_poem_of_short_lines_is_the_article_not_the_poets_biography():
    """Line breaks are the verse's punctuation; the biography sits under its own label.
    (A poem set one ``<p>`` a line is not read as verse: a hot-search list looks the same.)"""
    poem = "<div class='poem'>" + "<br>".join(POEM_LINES) + "</div>"
    html = f"""<html><head><title>春风_现代诗_某某诗词网</title></head><body>
<h1>春风</h1><div class="info">作者：某某 2024-03-01 10:00</div>{poem}
<div class="bio"><h3>作者简介</h3>{BIO}</div></body></html>"""
    article = extract_article(Selector(text=html), "https://shi.example.cn/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "桃花开满村庄" in text and "少年务农" not in text


@pytest.mark.parametrize(
    "label",
    [
        "网友评论",
        "發表評論",
        "3 Comments",
        "我来说两句",
        "《入住博客》已有15件评论",
        "网友评论（15）",
        "评论(15)",
    ],
)
def test_comments_under_a_short_post_in_one_container_are_left_out(label):
    post = "".join(
        f"<p>今天第一次在这里写博客，第{i}段说说我为什么来这里：朋友邀请，社区活跃，写技术文章很方便。</p>"
        for i in range(3)
    )
    comments = "".join(
        f'<div class="c"><span>网友{i} 2024-05-2{i % 10} 10:0{i % 10}</span>'
        f"<p>第{i}条评论：写得很好，欢迎入住，以后常来看看你的文章，也希望你多写一些实用的经验分享。</p></div>"
        for i in range(15)
    )
    html = f"""<html><head><title>入住博客_某某博客</title></head><body><div id="main">
<h2>入住博客</h2><div class="post">{post}</div>
<div class="comments"><h3>{label}</h3>{comments}</div></div></body></html>"""
    article = extract_article(Selector(text=html), "https://blog.example.cn/p/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "朋友邀请" in text and "评论：写得很好" not in text


def test_a_related_box_inside_the_text_does_not_end_the_article():
    first = "".join(
        f"<p>文章第{i}段，讲述事情的来龙去脉，有时间，有地点，有人物，有经过。</p>" for i in range(3)
    )
    rest = "".join(
        f"<p>文章后半第{i}段，继续讲述事情的结果和影响，以及各方的反应和评价。</p>" for i in range(3)
    )
    html = f"""<html><head><title>一件事_某某网</title></head><body><h1>一件事</h1>
<div class="text">{first}<div class="box"><h4>相关阅读</h4><a href="/x.html">另一件事的报道标题</a></div>
{rest}<div class="cmt"><h4>评论</h4></div></div></body></html>"""
    article = extract_article(Selector(text=html), "https://news.example.cn/1.html", None)
    assert "文章后半第2段" in "\n".join(b.text for b in article.blocks)


TEASER = (
    '<li class="news"><a href="/n/{i}.html">第{i}条推荐新闻的标题在这里</a>'
    "<p>这是推荐流里第{i}条新闻的摘要，写得很长，读者看完正文常会接着往下看，编辑把它们排在正文下面。</p></li>"
)
STORY = (
    "<p>本报讯 昨日，市图书馆新馆正式对外开放，首日接待读者逾三千人次，不少市民一早就在门口排队。</p>"
    "<p>新馆共设阅览座位一千二百个，藏书八十万册，另有少儿阅览区和自习区，全天提供免费无线网络。</p>"
    "<p>馆方表示，将延长夜间开放时间，方便上班族借阅，并计划每月举办两场读书分享会。</p>"
    "<p>不少读者说，新馆环境安静，座位宽敞，以后周末会常来这里看书、写作业。</p>"
)


def test_an_unlabelled_feed_of_teasers_longer_than_the_article_is_not_the_article():
    """A feed of repeated items that each open with a title link and a summary is never the
    article, with or without a label over it: the article that follows the title wins."""
    feed = "".join(TEASER.format(i=i) for i in range(12))
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<div class="wrap"><h1>市图书馆新馆开放</h1><div class="txt">{STORY}</div>
<ul class="stream">{feed}</ul></div></body></html>"""
    article = extract_article(Selector(text=html), "https://news.example.cn/a/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text
    assert "推荐流" not in text


def test_a_listing_under_its_heading_stays_a_listing():
    feed = "".join(TEASER.format(i=i) for i in range(12))
    html = f"""<html><head><title>本地新闻_某某新闻</title></head><body>
<h1>本地新闻</h1><ul class="stream">{feed}</ul></body></html>"""
    with pytest.raises(NotAnArticle) as err:
        extract_article(Selector(text=html), "https://news.example.cn/local/", None)
    assert err.value.reason == "listing"


def test_a_sidebar_marked_as_such_that_outvotes_the_post_under_the_title_is_not_the_article():
    """Prose in a box whose class marks it as chrome (a sidebar's paid-download notes) can
    outvote a short post by its length; the post under the title is the article."""
    notes = "".join(
        f"<p>资源下载第{i}项：开通会员后可免费下载本资源，积分不足时需要付费，每天可下载五次，"
        f"付费后七日内有效，如有问题请联系客服处理。</p>"
        for i in range(8)
    )
    html = f"""<html><head><title>插秧笔记_某某博客</title></head><body>
<div class="main"><h1 class="post-title">插秧笔记</h1><div class="post">{STORY}</div></div>
<div class="sidebar-box">{notes}</div></body></html>"""
    article = extract_article(Selector(text=html), None, None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text
    assert "资源下载" not in text


def test_when_only_a_box_marked_as_chrome_holds_the_article_it_is_still_found():
    """The first vote leaves such boxes out; a page that wraps its whole article in one (a
    share widget's container) is read by the vote with everything."""
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<div class="share-wrap"><h1>市图书馆新馆开放</h1><div>{STORY}{STORY}</div></div></body></html>"""
    article = extract_article(Selector(text=html), None, None)
    assert "新馆共设阅览座位" in "\n".join(b.text for b in article.blocks)


def test_beside_a_feed_a_box_marked_as_chrome_is_not_the_article_either():
    """A page with a feed of teasers and a sidebar of prose, each longer than the report: with
    the feed left out, the sidebar would win the vote; it is left out too."""
    feed = "".join(TEASER.format(i=i) for i in range(12))
    notes = "".join(
        f"<p>读者来信第{i}封：我每天都去图书馆看书，希望馆里多买一些新书，周末也能开到晚上九点，谢谢。</p>"
        for i in range(6)
    )
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<div class="wrap"><h1>市图书馆新馆开放</h1><div class="txt">{STORY}</div>
<ul class="stream">{feed}</ul><div class="sidebar">{notes}</div></div></body></html>"""
    article = extract_article(Selector(text=html), "https://news.example.cn/a/1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "新馆共设阅览座位" in text
    assert "读者来信" not in text and "推荐流" not in text


# A digest (每日早报, "10 things you need to know today") is an article made of a list whose
# items open with a link: the link is the item's first *sentence* (a full stop follows it) and
# prose goes on in the same line. A feed's title link is a title: no full stop, a line of its own.
DIGEST_ITEMS_EN = [
    (
        "A comet will pass close to Earth next week",
        "Astronomers say it will be visible to the naked eye for two nights, weather permitting.",
    ),
    (
        "The city council approved a new bike lane plan",
        "The plan adds forty kilometres of protected lanes over the next three years.",
    ),
    (
        "A rare orchid bloomed in the botanical garden",
        "Gardeners had waited eleven years for the plant to flower, and visitors are queueing to see it.",
    ),
    (
        "Researchers trained a robot to fold laundry",
        "The machine still needs about four minutes for a shirt, but it rarely drops one.",
    ),
    (
        "The national library opened its archive online",
        "More than two million scanned pages are now free to read, including letters from the 1800s.",
    ),
]
DIGEST_ITEMS_ZH = [
    ("国务院常务会议部署稳就业举措", "会议提出，要加大对中小企业的支持力度，扩大高校毕业生就业渠道。"),
    ("今年首批新能源汽车下乡车型公布", "共有六十多款车型入选，部分车型价格在十万元以内。"),
    ("全国铁路迎来暑运客流高峰", "铁路部门预计暑运期间发送旅客将超过八亿人次，将加开夜间列车。"),
    ("多地发布高温预警", "气象部门提醒，午后尽量减少户外活动，注意防暑降温。"),
    ("第五届数字中国建设峰会开幕", "峰会期间将发布一批数字化转型典型案例，展示最新成果。"),
]


def _digest_page(title: str, intro: str, items: list[tuple[str, str]], stop: str) -> str:
    lis = "".join(
        f'<li><strong><a href="https://news.example.org/{i}">{head}</a>{stop}</strong> {rest}</li>'
        for i, (head, rest) in enumerate(items)
    )
    return f"""<html><head><title>{title}</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/tech/">Tech</a></div>
<h1>{title}</h1><div class="byline">2023-05-06 07:00</div>
<div class="post-content"><p>{intro}</p><ol>{lis}</ol></div>
<div class="footer"><a href="/about">About</a> <a href="/privacy">Privacy</a></div></body></html>"""


@pytest.mark.parametrize(
    "html, phrase",
    [
        (
            _digest_page(
                "Five things in science you need to know today",
                "Good morning! Here is the science news you need to know this Saturday.",
                DIGEST_ITEMS_EN,
                ".",
            ),
            "visible to the naked eye",
        ),
        (
            _digest_page(
                "早报：今天你需要知道的五件事", "早上好！以下是今天值得关注的新闻。", DIGEST_ITEMS_ZH, "。"
            ),
            "加开夜间列车",
        ),
    ],
    ids=["en", "zh"],
)
def test_a_digest_whose_items_open_with_a_linked_sentence_is_an_article_not_a_listing(html, phrase):
    article = extract_article(Selector(text=html), "https://news.example.org/digest/1", None)
    text = "\n".join(b.text for b in article.blocks)
    assert phrase in text and text.count("\n") >= 5
    assert "Privacy" not in text


# A thread: posts as rows of one template, each dated; the question is shorter than a reply.
THREAD_ROW = (
    '<tr><td width="150" valign="top"><a href="/user/{uid}">{user}</a><br>发帖：{posts}</td>'
    '<td valign="top"><font size="2">{text}</font><br><br><font color="gray">发表时间：{when}</font></td></tr>'
)
QUESTION = (
    "女儿学琴三年了，从一开始的兴趣满满，到后来的哭闹不练，再到现在能主动坐下来弹一会儿，我们一家都经历了不少。"
    "最大的体会是，家长不能急，孩子每天进步一点点就好。"
)
LONG_REPLY = (
    "说得很好。我教琴十几年，见过太多家长逼得太紧，孩子最后彻底放弃。练琴要讲究方法：每次练习时间不宜过长，"
    "二三十分钟就够了；先慢后快，把难点拆开练；多鼓励，少批评。另外，让孩子多听音乐会，培养对音乐本身的喜爱，"
    "比考级更重要。考级只是检验，不是目的。"
)


@pytest.mark.parametrize("layout", ["rows", "tables"])
def test_the_first_post_of_a_thread_is_the_article_though_a_reply_is_longer(layout):
    posts = [
        ("5521", "蓝天妈妈", "58", QUESTION, "2009-3-12 21:05"),
        ("77", "钢琴老师李", "1203", LONG_REPLY, "2009-3-12 22:40"),
        ("90", "路人甲", "3", "顶一下。", "2009-3-13 08:10"),
    ]
    rows = [THREAD_ROW.format(uid=u, user=n, posts=c, text=t, when=w) for u, n, c, t, w in posts]
    header = '<tr><td colspan="2" bgcolor="#eeeeee"><b>关于孩子学钢琴的一点感想</b></td></tr>'
    if layout == "rows":
        body = f'<table width="100%" border="1">{header}{"".join(rows)}</table>'
    else:  # a table per post, the first with the thread's title row (old Discuz, dvbbs)
        body = f'<table class="t_row">{header}{rows[0]}</table>' + "".join(
            f'<table class="t_row">{row}</table>' for row in rows[1:]
        )
    html = f"""<html><head><title>关于孩子学钢琴的一点感想 - 家长论坛</title></head><body>
<table width="100%"><tr><td><a href="/">首页</a> | <a href="/bbs/">家长论坛</a></td></tr></table>
{body}<table width="100%"><tr><td>版权所有 家长论坛</td></tr></table></body></html>"""
    article = extract_article(Selector(text=html), "https://bbs.example.cn/thread-1.html", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "家长不能急" in text
    assert "我教琴十几年" not in text and "顶一下" not in text
    assert article.published == datetime(2009, 3, 12, 21, 5)


def test_a_short_post_in_a_table_cell_beside_the_posters_card_is_the_article():
    """Old boards (dvbbs, early Discuz) print a post in a <td> beside the poster's card, whose
    <br>-broken "label：value" lines (头衔：… 等级：…) are a card, not verse: they do not vote as prose."""
    html = """<html><head><title>求助：电脑开机很慢怎么办 - 电脑技术论坛</title></head><body>
<table width="100%"><tr><td><a href="/">首页</a> → <a href="/bbs/list.asp?id=3">电脑技术</a></td></tr></table>
<table width="100%" cellpadding="3">
<tr><td class="tablebody1" width="170" rowspan="2"><b>小鱼儿</b><br>头衔：新手上路<br>等级：一级<br>文章：12<br>
注册：2005-8-1<br>来自：江苏</td><td class="tablebody1"><b>求助：电脑开机很慢怎么办</b></td></tr>
<tr><td class="tablebody1">我的电脑用了两年，最近开机要三分钟，进系统以后也很卡。杀过毒了，没发现问题，也清理过开机启动项，
请问是不是该重装系统了？谢谢！</td></tr>
<tr><td class="tablebody2" colspan="2" align="right">发表于：2005-9-15 11:46:00 <a href="/reply.asp?id=88">回复</a></td></tr>
</table><table width="100%"><tr><td>Copyright 2003-2005 电脑技术论坛</td></tr></table></body></html>"""
    article = extract_article(Selector(text=html), "https://bbs.example.cn/dispbbs.asp?id=88", None)
    text = "\n".join(b.text for b in article.blocks)
    assert "开机要三分钟" in text and "头衔" not in text
    assert article.published == datetime(2005, 9, 15, 11, 46)


def test_a_poem_set_one_paragraph_a_line_is_the_article():
    """Verse set one <p> a line: the lines are too short to vote as paragraphs, and have no
    punctuation; as a stanza (four or more such lines, nearly all of their container) they do,
    and a poem is measured in lines, not characters."""
    verse = ("风从河上来", "吹过晾衣绳", "蓝布衫摇摇", "像娘在招手")  # a quatrain: 20 characters
    lines = "".join(f"<p>{line}</p>" for line in verse)
    html = f"""<html><head><title>河风_小诗_某某诗歌网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/shi/">诗歌</a></div>
<h1>河风</h1><div class="poem">{lines}</div><div class="foot">某某诗歌网</div></body></html>"""
    article = extract_article(Selector(text=html), "https://poems.example.cn/1.html", None)
    assert [b.text for b in article.blocks] == list(verse)


def test_an_attachment_is_text_and_a_download_button_is_a_link():
    """A link to a document whose text names it (附件：1.申报书.doc) is the notice's; a download
    button to a PDF is still a link."""
    paras = "".join(f"<p>{REPORT}第{i}段。</p>" for i in range(3))
    html = f"""<html><head><title>关于申报的通知_某某局</title></head><body><h1>关于申报的通知</h1>
<div class="body">{paras}<p>附件：</p><p><a href="/f/1.doc">1.申报书.doc</a></p>
<p><a href="/f/quiz.pdf">立即下载测评表</a></p></div></body></html>"""
    article = extract_article(Selector(text=html), "https://gov.example.cn/1.html", None)
    links = {b.text: b.link_density for b in article.blocks}
    assert links["1.申报书.doc"] == 0.0
    assert links.get("立即下载测评表", 1.0) == 1.0


def test_a_quatrain_in_br_lines_under_its_title_is_the_article_not_the_poets_biography():
    """Four <br>-broken lines of seven characters (28 in all) under the title, a longer
    biography under 作者介绍 below: the poem is measured in lines, not characters."""
    bio = "<p>" + "这位诗人一生好游山水，所到之处多有题咏，其诗清新自然，时人称其诗中有画。" * 3 + "</p>"
    html = f"""<html><head><title>江村晚归 - 古诗文网</title></head><body>
<div class="cont"><h1>江村晚归</h1><div class="poem">柳外斜阳水外山<br>渔舟三两趁潮还<br>儿童争向篱边立<br>笑指炊烟认旧湾<br></div></div>
<div class="cont"><h2>作者介绍</h2>{bio}</div></body></html>"""
    article = extract_article(Selector(text=html), None, None)
    assert [b.text for b in article.blocks] == [
        "柳外斜阳水外山",
        "渔舟三两趁潮还",
        "儿童争向篱边立",
        "笑指炊烟认旧湾",
    ]


def test_a_pager_inside_the_text_box_is_not_text():
    """第1页/共1页 with two links: under a link list's density, but nothing but paging words."""
    paras = "".join(f"<p>{REPORT}第{i}段。</p>" for i in range(3))
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body><h1>市图书馆新馆开放</h1>
<div id="zoom">{paras}<div class="fy">第1页/共1页　<a href="#">上一页</a>　<a href="#">下一页</a></div></div></body></html>"""
    article = extract_article(Selector(text=html), None, None)
    assert not any("页" in b.text for b in article.blocks)


@pytest.mark.parametrize(
    "doc_title",
    [
        "《母亲的手》 - 原创诗歌 - 某某文学网",
        "「母亲的手」_诗歌_某某文学网",
        "【原创】母亲的手 - 某某文学网",
        "“母亲的手”——某某文学网",
    ],
)
def test_a_title_in_book_title_marks_or_after_a_tag_still_names_the_title_heading(doc_title):
    """Sites print the title in the <title> decorated: inside 《》「」“”, after a 【原创】 tag;
    the heading prints it bare. Seen through the decoration, the heading is the page's title,
    so a poem set one <div> a line under it is found and the comments under it are left out."""
    verse = ("你的手", "是冬天里的炉火", "是夏夜的蒲扇", "是我第一次离家时", "塞进行李箱的那包咸菜")
    lines = "".join(f"<div>{line}</div>" for line in verse)
    comments = "".join(
        f"<div>第{i}位网友：读哭了，想起了我的妈妈，每次回家她都给我装一大包吃的，现在才明白。</div>"
        for i in range(3)
    )
    html = f"""<html><head><title>{doc_title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/shige/">诗歌</a></div>
<div class="wrap"><h1>母亲的手</h1><div class="info">作者：青青 2022-05-08</div>
<div class="body">{lines}</div><div class="talk"><h3>网友评论（3）</h3>{comments}</div></div></body></html>"""
    article = extract_article(Selector(text=html), "https://poems.example.cn/1.html", None)
    assert [b.text for b in article.blocks] == list(verse)


def test_comments_under_a_poem_in_one_container_are_left_out_and_the_poem_kept():
    """A poem set one <div> a line and its comments in one container: the comments are the
    container's only prose, so it wins the vote; the comment label ends the poem (four lines
    of verse before it are a brief's worth), and the poem is what is left."""
    verse = ("你的手", "是冬天里的炉火", "是夏夜的蒲扇", "是我第一次离家时", "塞进行李箱的那包咸菜")
    lines = "".join(f"<div>{line}</div>" for line in verse)
    comments = "".join(
        f"<div>第{i}位网友：读哭了，想起了我的妈妈，每次回家她都给我装一大包吃的，现在才明白。</div>"
        for i in range(3)
    )
    html = f"""<html><head><title>母亲的手 - 某某文学网</title></head><body>
<div class="wrap"><h1>母亲的手</h1>{lines}<h3>网友评论（3）</h3>{comments}</div></body></html>"""
    article = process_html(
        html, "https://poems.example.cn/1.html", bundled_rules()
    )  # the title's repeat goes
    assert article.text.split("\n") == list(verse)


@pytest.mark.parametrize("sidebar", ["", "latest comments"])
def test_an_archive_of_short_excerpts_is_a_listing_not_too_little_text(sidebar):
    """A month archive whose excerpts end in …… (no sentence, each under a title link, some
    titles of two or three characters, a heading's whole text): the page's best prose is one
    teaser's summary, so the page is a listing, and says so."""
    item = (  # a blog engine's excerpt: the summary in a box of its own, which a summary outvotes
        '<article class="post"><h3 class="entry-title"><a href="/2023/03/{i}.html">{title}</a></h3>'
        '<div class="entry-summary"><p>连着下了{i}天雨，院子里的青苔又厚了一层，屋檐下的燕子窝也修好了……</p></div>'
        '<a class="more" href="/2023/03/{i}.html">继续阅读</a></article>'
    )
    # A sidebar's latest comments (sentences, not links): their box outvotes any one excerpt.
    side = (
        '<div class="box"><h3>最新评论</h3>'
        + "<div>张明：说得太对了，支持！希望能早日落实到位。</div>" * 3
        + "</div>"
    )
    html = f"""<html><head><title>2023年3月 - 山间小记</title></head><body>
<h1 class="site"><a href="/">山间小记</a></h1><h2>月度归档：2023年3月</h2>
{side if sidebar else ""}<main>{"".join(item.format(i=i, title=t) for i, t in enumerate(("春茶上市了", "三月的雨", "赶集记", "播种", "插秧")))}</main><div class="foot">山间小记</div></body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        extract_article(Selector(text=html), "https://blog.example.cn/2023/03/", None)
    assert caught.value.reason == "listing"


ASKED = "家里的多肉放在阳台上，最近叶子一片片变软发皱，浇了水也没有好转，是不是根出了问题？"
ANSWER = (
    "<p>叶子发软发皱多半是根系出了问题，先别急着浇水，把植株从盆里倒出来看看根。</p>"
    "<p>如果根是黑的、一捏就烂，说明浇水太多烂根了，要把烂根剪干净，晾两三天伤口再重新上盆。</p>"
    "<p>如果根是干瘪的，就是缺水太久，泡一下水让根吸饱，再换一盆透气的颗粒土就能慢慢恢复。</p>"
)
OTHER = "<p>我家的多肉也这样过，后来发现是盆底没有排水孔，水全积在下面，换了带孔的盆就好了，大家可以先看看盆。</p>"


@pytest.mark.parametrize(
    "question",
    [
        f'<div class="q-body">{ASKED}</div><div class="q-meta">提问者：小绿 2023-06-02 · 浏览 356</div>',
        f'<div class="line"><span class="con">{ASKED}</span></div><div class="q-meta">提问者：小绿</div>',
    ],
)
def test_a_question_between_the_title_and_its_answer_is_the_articles(question):
    """A Q&A page: the question (the asker's text) under the title, the accepted answer under a
    label and the answerer's card; prose between the page's title and the region is the article's
    head. Other answers (longer together) stay out, as a thread's replies do."""
    html = f"""<html><head><title>多肉叶子发软发皱怎么办？_问答社区</title></head><body>
<div class="header"><a href="/">问答社区</a> <a href="/ask">我要提问</a></div>
<div class="q"><h1>多肉叶子发软发皱怎么办？</h1>{question}</div>
<div class="best"><div class="label">最佳答案</div><div class="user"><a href="/u/1">花草老王</a> 回答了120个问题</div>
<div class="text">{ANSWER}</div></div>
<div class="others"><div class="label">其他回答</div>{"".join(f'<div class="a">{OTHER}</div>' for _ in range(3))}</div>
</body></html>"""
    article = process_html(html, "https://ask.example.cn/q/1.html", bundled_rules())
    lines = article.text.split("\n")
    assert lines[0] == ASKED and "根系出了问题" in lines[1] and "盆底" not in article.text
    assert "提问者" not in article.text and "最佳答案" not in article.text


@pytest.mark.parametrize("label", ["查看全部 1,204 个回答", "全部 36 条回答", "共12个回答"])
def test_a_question_over_a_count_of_its_answers_is_the_articles(label):
    """A Q&A page that shows one answer under a count of them all (``查看全部 1,204 个回答``, a
    link to the others, the count with a thousands separator) and no answer class a word of its
    own (``AnswerCard``): the count is the answer label, the question detail under the title the
    article's head."""
    html = f"""<html><head><title>多肉叶子发软发皱怎么办？ - 问答社区</title></head><body>
<div class="header"><a href="/">问答社区</a> <a href="/ask">我要提问</a></div>
<div class="QuestionHeader"><h1 class="QuestionHeader-title">多肉叶子发软发皱怎么办？</h1>
<div class="QuestionHeader-detail"><p>{ASKED}</p></div><div class="counts">关注者 4,821 被浏览 152,033</div></div>
<div class="Question-main"><a class="ViewAll" href="/q/1">{label}</a>
<div class="Card AnswerCard"><div class="AuthorInfo"><a href="/u/1">花草老王</a> 养了十年多肉</div>
<div class="Voters">2,341 人赞同了该回答</div><div class="RichContent">{ANSWER}</div></div></div>
</body></html>"""
    article = process_html(html, "https://ask.example.cn/q/1.html", bundled_rules())
    lines = article.text.split("\n")
    assert lines[0] == ASKED and "根系出了问题" in lines[1]
    assert label not in article.text and "赞同" not in article.text


def test_a_share_bar_or_an_info_line_between_the_title_and_the_text_is_not_its_head():
    """What sits between the title and the text without a sentence of prose (an info line, a
    share bar, a label) is no head of the article."""
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<h1>市图书馆新馆开放</h1><div class="info">2024-05-20 08:30 来源：某某日报 作者：李明</div>
<div class="bar"><a href="#">分享到微信</a> <a href="#">分享到微博</a></div>
<div class="body">{"".join(f"<p>{REPORT}第{i}段。</p>" for i in range(3))}</div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert article.text.split("\n")[0].startswith("本报讯")


def test_a_standfirst_between_the_title_and_the_text_stays_out_where_no_answer_follows():
    """A standfirst or a caption under the title, then the text: no answer label or answer box,
    so it is not the article's head (the shared sets' truth leaves it out)."""
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<h1>市图书馆新馆开放</h1><div class="dek">新馆藏书八十万册，首日接待读者逾三千人次。</div>
<div class="body">{"".join(f"<p>{REPORT}第{i}段。</p>" for i in range(3))}</div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert article.text.split("\n")[0].startswith("本报讯")


@pytest.mark.parametrize("label", ["参考资料", "参考文献", "注释", "References", "Notes"])
def test_a_references_list_under_its_label_ends_the_article(label):
    """An encyclopaedia entry or a paper ends with its references (or notes) under a label, in
    the same container as its paragraphs, and the page's statistics line after them: what
    follows the label is not the article's text."""
    paras = "".join(
        f'<div class="para">青石镇第{i}部分的介绍，地处丘陵向山区过渡地带，地势东高西低，年平均气温十六摄氏度。</div>'
        for i in range(4)
    )
    html = f"""<html><head><title>青石镇_某某百科</title></head><body><div class="main">
<h1>青石镇</h1>{paras}<div class="ref"><h2>{label}</h2><ol><li>某某县人民政府网．青石镇概况．2020-05-01</li>
<li>某某县志编纂委员会．某某县志．1995</li></ol></div>
<div class="tip">词条统计：浏览次数 3281次 编辑次数 6次 最近更新 2023-04-18</div></div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert article.text.split("\n")[-1].startswith("青石镇第3部分")


# --- review R4: a label naming the text is no line of it ---------------------------------------------
# A template may print 正文 (文章内容, 详细内容, 【正文】) over the article's box, as it prints 正文 as the
# trail's last crumb: it says where the text is. A translation's 原文 label, beside its 译文, is the
# page's own and stays.


@pytest.mark.parametrize(
    "label", ["<h4 class='zw'>正文</h4>", "<div class='lb'>【文章内容】</div>", "<p>详细内容：</p>"]
)
def test_a_label_naming_the_text_does_not_open_it(label):
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "为方便群众就近办理社保业务，县人社局在十二个乡镇便民服务中心开设了社保服务窗口，可办理参保登记、缴费查询等业务。",
            "窗口工作人员由县人社局统一培训，群众办理业务时只需携带身份证，符合条件的事项当场办结。",
            "县人社局提醒，部分业务也可通过手机小程序在线办理，群众可根据需要选择线上或线下方式。",
        )
    )
    html = (
        "<html><head><title>乡镇社保服务窗口开通_某某县人民政府</title></head><body>"
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/xw/'>政务动态</a> &gt; 正文</div>"
        "<h1>乡镇社保服务窗口开通</h1><div class='src'>发布日期：2025-06-03　来源：县人社局</div>"
        f"<div class='zw-box'>{label}{paras}</div><div class='ft'>某某县人民政府 主办</div></body></html>"
    )
    text = process_html(html, "https://www.xx.gov.example.cn/xw/0603.html", bundled_rules()).text
    assert text.splitlines()[0].startswith("为方便群众就近办理社保业务"), text


def test_a_translations_label_for_its_original_stays():
    body = (
        "<p>原文</p><p>The river runs past the old mill, and the children wait for the ferry every morning.</p>"
        "<p>译文</p><p>河水从老磨坊旁流过，孩子们每天早晨都在渡口等船。</p>"
        "<p>这句话用现在时写日常的情景，翻译时要注意把每天早晨这个时间状语放在句子前面，读起来更通顺。</p>"
        "<p>另外，等船的动作和流过的动作同时发生，译文里用都字把孩子们的习惯交代清楚。</p>"
    )
    html = (
        "<html><head><title>英语短句翻译练习_某某英语学习网</title></head><body>"
        f"<h1>英语短句翻译练习</h1><div class='info'>2025-06-03</div><div class='content'>{body}</div></body></html>"
    )
    text = process_html(html, "https://en.example.cn/fy/12.html", bundled_rules()).text
    assert "原文" in text.splitlines() and "译文" in text.splitlines()


# --- issue 11: back matter in a box of its own, or under a box's label -----------------------------
# References and the notes a paper prints after them (收稿日期, 基金项目, 作者简介) end the text when a
# heading names them inside its box (above); a template may also set them in boxes after the box of
# the text, or label them with a box's title line or a definition list's term instead of a heading.
# They are back matter there too (blind sets B and W, two writers). A model paper's own reference
# list under a bare 参考文献： paragraph stays (review R10, below).


def test_back_matter_in_boxes_after_the_text_is_no_part_of_it():
    parts = "".join(
        f"<h3>{head}</h3><p>{body}</p>"
        for head, body in (
            (
                "为什么会得颈椎病",
                "长时间低头看手机、伏案工作，颈部肌肉一直处于紧张状态，椎间盘承受的压力也随之增加，久而久之就容易发生退变。",
            ),
            (
                "哪些信号需要警惕",
                "如果颈肩部酸痛反复出现，并伴有手指发麻、头晕或走路不稳，就应该及时到医院就诊，不要自行推拿按摩。",
            ),
            (
                "日常怎样预防",
                "看手机时尽量把屏幕举到与视线平齐，伏案工作每隔四十分钟起身活动一下颈肩，睡觉时枕头的高度以一拳左右为宜。",
            ),
        )
    )
    html = (
        "<html><head><title>低头族当心颈椎病_健康科普_某某市人民医院</title></head><body>"
        "<div class='nav'><a href='/'>医院首页</a><a href='/kp/'>健康科普</a></div>"
        "<div class='kp-main'><h1>低头族当心颈椎病</h1><div class='kp-info'>2025-03-12 康复医学科</div>"
        f"<div class='kp-text'>{parts}</div>"
        "<div class='kp-ref'><div class='kp-ref-title'>参考文献：</div><ul>"
        "<li>某某，某某. 颈椎病的康复治疗进展与展望. 某某医学杂志, 2021, 12(3): 20-24.</li>"
        "<li>某某. 青年人群颈椎健康状况调查与分析. 某某卫生, 2022, 8(1): 33-36.</li>"
        "<li>某某，某某，某某. 智能手机使用时长与颈部不适的关系. 某某预防医学, 2023, 5(2): 11-15.</li>"
        "<li>某某. 颈椎病诊治与康复指南. 某某: 某某出版社, 2019.</li></ul></div>"
        "<div class='kp-note'><p>作者简介：某某，康复医学科主任医师，从事颈肩腰腿痛的康复治疗二十余年，擅长运动疗法。</p>"
        "<p>本文经医院健康教育科审核，仅供科普参考，不能代替医生面诊，转载请注明出处。</p></div></div>"
        "<div class='foot'>某某市人民医院 版权所有</div></body></html>"
    )
    text = process_html(html, "https://www.rmyy.example.cn/kp/2025/0312.html", bundled_rules()).text
    assert text.rstrip().endswith("以一拳左右为宜。"), text
    assert "颈椎病的康复治疗进展" not in text and "主任医师" not in text


def test_references_under_a_definition_term_end_the_article():
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "白沙渡位于白沙河下游，旧时是县城通往南乡的要津，渡口两岸有石阶各三十余级，至今保存完好。",
            "据老人回忆，渡船最多时有四条，每逢集日，挑担赶集的乡民从天亮一直渡到日落，渡工一天要往返上百趟。",
            "公路桥建成后，渡口逐渐冷落，只剩一条小船供附近村民过河，县里已将渡口石阶列为文物保护点。",
        )
    )
    html = (
        "<html><head><title>白沙渡 - 某某地情网</title></head><body>"
        "<div class='dq-nav'><a href='/'>地情网</a> &gt; <a href='/gj/'>古迹</a></div>"
        f"<div class='dq-body'><h1>白沙渡</h1>{paras}"
        "<dl class='dq-src'><dt>参考资料</dt><dd>1. 某某县志编纂委员会．某某县志．1998</dd>"
        "<dd>2. 某某县文物普查资料汇编．2012</dd></dl>"
        "<div class='dq-tags'>分类：古迹 渡口</div></div></body></html>"
    )
    text = process_html(html, "https://dq.example.cn/gj/88.html", bundled_rules()).text
    assert text.rstrip().endswith("列为文物保护点。"), text
    assert "参考资料" not in text and "县志" not in text


def test_a_box_headed_by_a_feed_label_inside_the_region_is_left_out():
    """The region holds the title, the article and, below it, a box headed 作者简介 (or 相关阅读)
    whose prose is the poet's, not the poem's: a box whose first line is such a label is not the
    article's, wherever it sits. A 相关阅读 box between two parts of the text leaves both parts."""
    verse = ("故乡的河", "从村口弯过去", "像母亲晾在竹竿上的蓝布衫", "我离开的那年", "河水很浅")
    lines = "".join(f"<div>{line}</div>" for line in verse)
    bio = "北岸，本名徐强，七十年代生于江南水乡，业余写诗二十余年，作品散见于多种报刊，出版有诗集两部。"
    html = f"""<html><head><title>《故乡》 - 现代诗歌 - 某某文学网</title></head><body><div class="main">
<h1>故乡</h1><div class="body">{lines}</div>
<div class="author-box"><h3>作者简介</h3><p>{bio}</p><p>{bio}</p></div>
<div class="box"><h3>你可能还喜欢</h3><p>{bio}</p><p>{bio}</p></div></div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert "本名徐强" not in article.text and "蓝布衫" in article.text
    parts = [f"<p>{REPORT}第{i}段。</p>" for i in range(4)]
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body><div class="main">
<h1>市图书馆新馆开放</h1><div class="a">{"".join(parts[:2])}</div>
<div class="rel"><h3>相关阅读</h3><ul><li><a href="/1.html">市图书馆延长开放时间</a></li></ul></div>
<div class="a">{"".join(parts[2:])}</div></div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert "第0段" in article.text and "第3段" in article.text and "延长开放" not in article.text


FANWEN_SUMMARY = (
    "工作总结是对一定时期内的工作进行全面系统的回顾和分析，找出成绩和不足，得出经验教训。"
    "本文整理了多篇优秀的个人年度工作总结范文，供大家参考借鉴，希望对您有所帮助……"
)


def _channel_page(units: str) -> bytes:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>工作总结_范文大全</title></head><body>
<div class="nav">{"".join(f'<a href="/c{i}/">栏目{i}</a> ' for i in range(30))}</div>
<div class="left"><h2>工作总结</h2><div class="list">{units}</div>
<div class="pages">共128条 上一页 <a href="/zongjie/2.html">1</a> <a href="/zongjie/2.html">2</a> <a href="/zongjie/2.html">下一页</a></div></div>
<div class="foot">Copyright 范文大全</div></body></html>""".encode("gb18030")


@pytest.mark.parametrize("more", ["阅读全文", "详细"])
def test_a_channel_page_of_title_links_each_over_a_summary_of_sentences_is_a_listing(more):
    """A 范文 site's channel page: twenty units, each a title link in a heading, a summary of two
    full sentences, a date and a 阅读全文 link, set flat in one box (no element per unit), then a
    pager. The units' sameness, each led by a link to another page, makes it a listing, though
    its summaries are sentences."""
    units = "".join(
        f'<h3><a href="/fanwen/{1000 + i}.html">2023年第{i + 1}篇个人工作总结范文</a></h3><p>{FANWEN_SUMMARY}</p>'
        f'<div class="info">2023-05-{10 + i} <a href="/fanwen/{1000 + i}.html">{more}</a></div>'
        for i in range(20)
    )
    page = read_page(_channel_page(units), "http://fanwen.example.cn/zongjie/", content_type="text/html")
    assert page.problem == "not_article" and "not_article/listing" in page.outcomes


def test_an_article_with_sections_under_linked_headings_stays_an_article():
    """Section headings that are links within the page (a table of contents' anchors) lead no
    teasers: the article under them stays an article."""
    sections = "".join(
        f'<h3><a href="#s{i}" name="s{i}">第{i + 1}部分：工作回顾与体会</a></h3><p>{REPORT}第{i}段。</p>'
        for i in range(5)
    )
    html = f"""<html><head><title>个人年度工作总结_范文大全</title></head><body>
<h1>个人年度工作总结</h1><div class="content">{sections}</div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert "第4段" in article.text


def test_an_article_over_related_articles_of_the_listing_shape_stays_the_article():
    """A real article with a 相关范文 list of the same flat shape after it (title link, summary of
    sentences) in the same box: the article, without the list's summaries."""
    units = "".join(
        f'<h3><a href="/fanwen/{1000 + i}.html">2023年第{i + 1}篇个人工作总结范文</a></h3><p>{FANWEN_SUMMARY}</p>'
        for i in range(6)
    )
    html = f"""<html><head><title>个人年度工作总结_范文大全</title></head><body>
<h1>个人年度工作总结</h1><div class="content">{"".join(f"<p>{REPORT}第{i}段。</p>" for i in range(4))}
<h2>相关范文</h2>{units}</div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert "第3段" in article.text and "本文整理了多篇" not in article.text


def _unit_li(i: int, first: str = "") -> str:
    title = f'<a class="title" href="/fanwen/{1000 + i}.html">2023年第{i + 1}篇个人工作总结范文</a>'
    date = f'<span class="date">2023-05-{10 + i}</span>'
    head = {
        "date": date + title,
        "tag": '<span class="tag">[工作总结]</span>' + title,
        "bullet": '<span class="dot">·</span>' + title,
        "badge": "<em>荐</em>" + title,
    }.get(first, title)
    tail = "" if first == "date" else date
    return f'<li>{head}<p>{FANWEN_SUMMARY}</p>{tail} <a href="/fanwen/{1000 + i}.html">详细</a></li>'


@pytest.mark.parametrize(
    "shape",
    [
        "date before the title",
        "tag before the title",
        "bullet before the title",
        "badge before the title",
        "featured units over the list",
    ],
)
def test_a_channel_page_in_other_shapes_is_a_listing(shape):
    """Units that print their date, a [tag], a bullet (·) or a badge (荐) before the title link
    still open with it; a
    channel page that features three units (h3 title, summary) over its list of seventeen: what
    is left beside the list's teasers is more units of the listing, not an article."""
    if shape != "featured units over the list":
        units = "<ul>" + "".join(_unit_li(i, shape.split()[0]) for i in range(20)) + "</ul>"
    else:
        featured = "".join(
            f'<div class="top"><h3><a href="/fanwen/t{i}.html">置顶：第{i}篇个人工作总结范文</a></h3><p>{FANWEN_SUMMARY}</p></div>'
            for i in range(3)
        )
        units = featured + "<ul>" + "".join(_unit_li(i) for i in range(17)) + "</ul>"
    page = read_page(_channel_page(units), "http://fanwen.example.cn/zongjie/", content_type="text/html")
    assert page.problem == "not_article" and "not_article/listing" in page.outcomes


@pytest.mark.parametrize("label", ["广告", "推广", "AD", "赞助"])
def test_an_advert_box_between_paragraphs_goes_with_its_label(label):
    """An in-text advert: a box holding only its label and an image link (rel=nofollow) between
    two paragraphs. The image has no text, so the label alone was left as a line of the text."""
    ad = (
        f'<div class="gg_mid"><span class="gg-tag">{label}</span>'
        '<a rel="nofollow" href="https://ads.example.com/c?id=1"><img src="/ad.jpg" alt="限时特惠"></a></div>'
    )
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body><h1>市图书馆新馆开放</h1>
<div class="body"><p>{REPORT}第0段。</p><p>{REPORT}第1段。</p>{ad}<p>{REPORT}第2段。</p></div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert label not in article.text.split("\n") and "第2段" in article.text


DISCLOSED = (
    ("关于印发2024年政务公开工作要点的通知", "临政办发〔2024〕12号", "2024-03-01"),
    ("关于调整城区部分道路限行措施的通告", "临政告〔2024〕3号", "2024-02-26"),
    ("关于做好春季动物疫病防控工作的通知", "临农字〔2024〕8号", "2024-02-20"),
    ("关于2024年义务教育阶段招生入学工作的实施意见", "临教发〔2024〕5号", "2024-02-18"),
    ("关于成立县防汛抗旱指挥部的通知", "临政办字〔2024〕9号", "2024-02-05"),
    ("关于下达第一批衔接推进乡村振兴补助资金的通知", "临财农〔2024〕2号", "2024-01-30"),
    ("关于公布县级行政许可事项清单的决定", "临政发〔2024〕1号", "2024-01-15"),
    ("关于开展城镇燃气安全隐患排查整治的通知", "临建字〔2024〕4号", "2024-01-10"),
)


@pytest.mark.parametrize("intro", ["short", "three sentences"])
def test_a_table_of_records_whose_title_link_follows_field_cells_is_a_listing(intro):
    """A government disclosure list: rows of 序号, 索引号 (a code), the document's title link,
    文号 and a date. The title link is no row's first text, so the rows did not read as teasers
    and the page, 2,000 characters of one sentence, said too_short; with an intro of three
    sentences above it, it would read as an article. Field cells without a letter (numbers,
    codes, dates) before a row's title link lead it as a rank does."""
    rows = "".join(
        f'<tr class="{("odd", "even")[i % 2]}"><td>{i + 1}</td><td>11361000MB1C2/2024-00{90 - i}</td>'
        f'<td class="bt"><a href="/zwgk/{800 + i}.html" title="{t}">{t}</a></td><td>{n}</td><td>{d}</td></tr>'
        for i, (t, n, d) in enumerate(DISCLOSED)
    )
    about = "本栏目公开县人民政府及其部门制发的规范性文件。"
    if intro != "short":
        about += "文件以正式印发的纸质文本为准。如需查阅原件，请到县政务服务中心政府信息查阅点办理。"
    html = f"""<html><head><title>政策文件_信息公开_临川县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwdt/">政务动态</a></div>
<div class="right"><div class="position">当前位置：<a href="/">首页</a> &gt; 政策文件</div>
<div class="lmsm">{about}</div>
<table class="gk-list"><tr class="head"><th>序号</th><th>索引号</th><th>名称</th><th>文号</th><th>发布日期</th></tr>
{rows}</table><div class="page">共 8 条 第 1/1 页</div></div>
<div class="footer">主办：临川县人民政府办公室</div></body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        extract_article(Selector(text=html), "https://www.linchuan.example.gov.cn/zwgk/zcwj/", None)
    assert caught.value.reason == "listing"


def test_an_encyclopaedia_entry_loses_its_toolbar_and_edit_prompt():
    """A wiki-like entry prints, inside the box that holds its text, a toolbar of actions and a
    counter (添加义项 讨论 收藏 查看1329次, class ``entry-tools``) and a prompt asking readers to
    edit (本词条缺少概述图…赶紧来编辑吧！, class ``edit-prompt``). Neither is the entry's text:
    a box whose class names tools is chrome, as a toolbar's is; a prompt is a notice."""
    paragraphs = "".join(
        f"<div class='para'>{p}</div>"
        for p in (
            "竹编是用竹篾编织器物的传统手工艺，在中国南方有着悠久的历史，常见的有竹篮、竹席、竹筐等日用品。",
            "编织之前，要先把新砍的毛竹劈成粗细均匀的竹篾，再经过蒸煮、晾晒，使竹篾柔韧不易折断。",
            "竹编的基本技法有挑压、穿插、锁口等，不同技法组合起来，可以编出疏密不同的花纹和图案。",
            "近年来，一些地方把竹编与现代设计结合，开发出灯具、茶具等新产品，让这门老手艺有了新市场。",
        )
    )
    html = f"""<html><head><title>竹编_百科</title></head><body>
<div class="header"><a href="/">百科首页</a></div>
<div class="main-content"><h1>竹编</h1>
<div class="entry-tools"><a href="javascript:;">添加义项</a><a href="/talk/1">讨论</a><span>收藏</span><span>查看<span>2048</span>次</span></div>
<div class="edit-prompt">本词条缺少<b>概述图</b>，补充相关内容使词条更完整，还能快速升级，赶紧来<a href="javascript:;">编辑</a>吧！</div>
{paragraphs}</div><div class="footer">百科 版权所有</div></body></html>"""
    article = extract_article(Selector(text=html), "https://baike.example.cn/item/1", None)
    assert "添加义项" not in article.text and "赶紧来编辑" not in article.text
    assert "竹编是用竹篾" in article.text and article.text.endswith("有了新市场。")


def test_a_table_of_named_items_inside_a_notice_stays_the_notices_text():
    """The look-alike of the disclosure list (the review's page, session 8): a 公示 lists the
    projects it approves in a table of 序号, a code, the linked project name and its holder, between
    the notice's own paragraphs. Its rows record no date, as a list of published documents does:
    they are the notice's text, not teasers, and the page is an article with its rows."""
    rows = "".join(
        f"<tr><td>{i}</td><td>2025-KJ-00{i}</td><td><a href='/xm/{i}.html'>{name}研究</a></td><td>{who}</td></tr>"
        for i, (name, who) in enumerate(
            (
                ("智慧农业灌溉系统", "市农业科学院"),
                ("电池回收关键技术", "某某新能源公司"),
                ("城市内涝预警平台", "市水务集团"),
                ("人工智能课程资源", "市教育科学研究院"),
                ("社区慢病管理模式", "市第一人民医院"),
            ),
            start=1,
        )
    )
    html = f"""<html><head><title>关于科技计划项目立项的公示_某某市科学技术局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="main"><h1>关于科技计划项目立项的公示</h1><div class="info">发布时间：2025-03-05</div>
<div class="content"><p>经项目申报、形式审查、专家评审和局务会研究，拟对以下5个项目予以立项支持，现予以公示。</p>
<table border="1"><tr><th>序号</th><th>项目编号</th><th>项目名称</th><th>承担单位</th></tr>{rows}</table>
<p>公示期为2025年3月5日至3月11日。公示期间，如对公示项目有异议，请以书面形式向市科技局反映，并提供必要的证明材料。</p>
<p style="text-align:right">某某市科学技术局<br>2025年3月5日</p></div></div></body></html>"""
    text = process_html(html, None, bundled_rules()).text
    assert "市农业科学院" in text and "2025-KJ-005" in text and "公示期为" in text


FLASH = (
    "<strong>【多地启动春季植树护林行动 今年计划新造林两百万亩】</strong>"
    "青禾快讯3月12日电，记者从多个省份林草部门了解到，今年春季植树护林行动已陆续启动，"
    "各地将重点在荒山、河道两岸和城市周边新造林两百万亩，并同步开展森林防火巡查。"
    "据介绍，今年的苗木将优先选用本地乡土树种。"
)
OTHER_FLASH = (
    '<div class="item"><span class="time">09:{m:02d}</span><div class="txt"><a href="/flash/{m}">'
    "【第{m}条快讯的标题写在这里】青禾快讯3月12日电，这是另一条快讯的摘要内容，点击可以查看全文，"
    "内容包括相关部门的最新表态和市场的即时反应，供读者参考。</a></div></div>"
)


def _flash_page(title: str, flash: str) -> str:
    others = "".join(OTHER_FLASH.format(m=m) for m in range(12))
    return f"""<html><head><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/flash">快讯</a> <a href="/app">下载APP</a></div>
<div class="main"><div class="crumb">首页 &gt; 快讯 &gt; 详情</div>
<div class="flash-detail"><div class="day">03月12日 星期二</div><span class="time">10:21:36</span>
<div class="flash-text">{flash}</div><div class="tools">阅 3.2W 分享</div></div>
<div class="flash-list"><div class="list-title">最新快讯</div>{others}</div></div>
<div class="foot">关于我们 | 联系我们</div></body></html>"""


def test_a_flash_headed_by_its_title_is_an_article_beside_the_other_flashes():
    """A 快讯/电报 detail page: one short flash (two sentences, under 150 characters), its
    headline printed bold in 【】 at the head of its text, no title heading, a date with no year
    and a time apart from it, the other flashes a feed under it. The flash opens with the page's
    title: it is that title's article (as a short text under its title heading is)."""
    html = _flash_page("多地启动春季植树护林行动 今年计划新造林两百万亩_青禾快讯", FLASH)
    article = process_html(html, "https://kx.example.cn/flash/1612453", bundled_rules())
    assert article.text.startswith("【多地启动春季植树护林行动") and article.text.endswith("乡土树种。")
    assert "第3条快讯" not in article.text


def test_a_flash_not_headed_by_the_pages_title_stays_too_short():
    """The look-alike: the same short flash on a page whose <title> is the channel's (快讯 - 青禾),
    and a school's home page whose "about" box opens with its name in bold (a name, shorter than
    a headline): no headline the page's title gives, so too little text, as before."""
    with pytest.raises(NotAnArticle):
        process_html(
            _flash_page("7×24小时快讯_青禾财经", FLASH), "https://kx.example.cn/flash/", bundled_rules()
        )
    about = (
        "<strong>青石镇中心小学</strong>始建于1952年，是一所历史悠久的农村完全小学，现有教学班十二个，"
        "学生五百余人。学校坚持以德育人，先后获得县级文明校园等称号。"
    )
    html = f"""<html><head><title>青石镇中心小学</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">学校新闻</a> <a href="/notice">通知公告</a></div>
<div class="about"><div class="hd">学校简介</div><div class="bd">{about}</div></div>
<ul class="news">{"".join(f'<li><a href="/news/{i}.html">学校第{i}期新闻的标题在这里</a></li>' for i in range(8))}</ul>
</body></html>"""
    with pytest.raises(NotAnArticle):
        process_html(html, "https://school.example.cn/", bundled_rules())


def test_a_gallerys_info_line_and_picture_counters_are_not_its_text():
    """A photo gallery prints its info line (the date, 来源, 摄影, 编辑) in the box of its text,
    under the title, and numbers each picture (``1/6``, ``2/6``…) beside its caption: the info
    line gives the metadata, the counters number pictures; neither is the text. A caption that
    opens with a date (3月4日，…) stays."""
    captions = [f"3月{i}日，游客在山坡上的花海里拍照留念，远处是青瓦白墙的村落。" for i in range(1, 7)]
    pictures = "".join(
        f'<li><img src="/p/{i}.jpg" alt=""><div class="desc"><span class="num">{i}/6</span><p>{c}</p></div></li>'
        for i, c in enumerate(captions, 1)
    )
    html = f"""<html><head><title>山乡花开 春日田园美如画_某某晚报网</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/photo/">图片</a></div>
<div class="view"><div class="crumb"><a href="/">首页</a> &gt; <a href="/photo/">图片</a></div>
<h1>山乡花开 春日田园美如画</h1>
<div class="meta"><span>2024年03月05日 10:21</span>　<span>来源：某某晚报</span>　<span>摄影：周某</span>　<span>编辑：方某</span></div>
<div class="intro"><p>眼下正值春耕时节，山乡的万亩油菜花竞相绽放，金黄的花海与村落、溪流相映成趣。</p></div>
<ul class="pics">{pictures}</ul></div><div class="foot">© 某某晚报网</div></body></html>"""
    article = process_html(html, "https://photo.example.cn/2024/0305/1.html", bundled_rules())
    assert article.text.split("\n") == [
        "眼下正值春耕时节，山乡的万亩油菜花竞相绽放，金黄的花海与村落、溪流相映成趣。",
        *captions,
    ]
    assert article.published == datetime(2024, 3, 5, 10, 21)


NOTE = (
    "本期“乡村振兴研究”栏目关注县域产业与集体经济的新探索；“语言与文学”栏目收录方言调查和"
    "明清小说研究的新成果，并附有田野笔记。欢迎读者来信交流。"
)
BRIEF = "本报讯 今天上午，城南新区第二座社区图书馆正式开馆，馆内藏书三万余册，周一至周日免费开放。"


def _toc_row(i: int) -> str:
    return (
        f'<tr><td class="t"><a href="/CN/Y2024/I2/{i}">第{i}篇论文的题名写在这里及其副标题</a><br>'
        f'<span class="au">作者{i}，作者{i + 1}</span></td><td>{i * 10}-{i * 10 + 9}</td>'
        '<td><a href="#">摘要</a> | <a href="#">PDF</a></td></tr>'
    )


def test_an_editors_note_over_a_table_of_contents_is_a_listing():
    """A journal issue's table of contents: the issue's date line, an editor's note (本期导读, two
    sentences) over a table of the issue's articles (title links, authors, pages). The note is
    a dated brief, but the listing in its own column outweighs it: the page is a listing."""
    rows = "".join(_toc_row(i) for i in range(1, 13))
    html = f"""<html><head><title>某某学刊 2024年第2期</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/toc">当期目录</a> <a href="/past">过刊浏览</a></div>
<div class="main"><div class="left"><div class="box">主管：某某省教育厅<br>主办：某某大学</div></div>
<div class="right"><div class="issue">2024年 第2期　刊出日期：2024-03-05</div>
<div class="note"><h4>本期导读</h4><p>{NOTE}</p></div>
<table class="toc"><tr><th>题名 / 作者</th><th>页码</th><th>操作</th></tr>{rows}</table></div></div>
</body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        process_html(html, "https://journal.example.cn/CN/Y2024/I2/", bundled_rules())
    assert caught.value.reason == "listing"


def test_a_dated_brief_under_its_title_beside_a_list_of_links_stays_an_article():
    """The look-alike: a dated news brief under its title heading, a sidebar's list of links
    (three times longer than the brief) in the column beside it: the brief is the page's article."""
    related = "".join(
        f'<li><a href="/news/{i}.html">城南新区第{i}条热点新闻的标题在这里</a></li>' for i in range(10)
    )
    html = f"""<html><head><title>城南新区社区图书馆开馆_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<div class="wrap"><div class="art"><h1>城南新区社区图书馆开馆</h1><div class="info">2024-03-05 10:21</div>
<p>{BRIEF}</p></div><div class="right"><ul>{related}</ul></div></div></body></html>"""
    article = process_html(html, "https://news.example.cn/a/1.html", bundled_rules())
    assert article.text == BRIEF


TRIP = [
    "去年秋天第一次去海边的古城，朋友说那是一座被低估的城市，走进去才明白这句话的意思。",
    "第一天先去了城北的老寺，寺院免费开放，大殿前的双塔是这座城市的标志，值得慢慢看。",
    "第二天去了海边的渔村，村里的老房子用贝壳砌墙，阳光下一闪一闪的，拍照的人很多。",
]


@pytest.mark.parametrize("after", ["<h3>相关阅读</h3>", "<h3>网友评论（2）</h3>"])
def test_a_headed_section_after_the_texts_box_is_the_texts(after):
    """A blog post whose template closes the text's box before its last section: an ``<h2>``, its
    ``<h3>``s and their short paragraphs as the box's siblings. They go on with the text; a feed's
    or the comments' label after them ends it (the look-alike: what follows such a label stays
    out, however much it reads like prose)."""
    days = "".join(f"<h2>第{i}天</h2><p>{t}</p><p>{t}</p><p>{t}</p>" for i, t in enumerate(TRIP))
    html = f"""<html><head><title>海边古城三日游记_阿澈在路上</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/trip">游记</a></div>
<article><h1>海边古城三日游记</h1><div class="meta">阿澈 · 2025-11-03 21:16</div>
<div class="prose">{days}</div>
<h2>实用信息</h2><h3>交通</h3><p>城里有高铁站，古城内景点集中，步行就够了。</p>
<h3>住宿</h3><p>建议住在古城里，晚上很安静。</p>
{after}<p>另一座古城的游记也写完了，欢迎大家去看看，顺便点个赞。</p></article>
<div class="foot">© 阿澈在路上</div></body></html>"""
    text = process_html(html, "https://blog.example.cn/p/1.html", bundled_rules()).text
    lines = text.split("\n")
    assert lines[-5:] == [
        "实用信息",
        "交通",
        "城里有高铁站，古城内景点集中，步行就够了。",
        "住宿",
        "建议住在古城里，晚上很安静。",
    ]
    assert "另一座古城" not in text


def test_a_sites_boxes_after_a_text_without_headings_are_not_its_sections():
    """The review's look-alike (d94cddc): a report of plain paragraphs, then after its box, as
    its siblings, the site's boxes under ``<h3>`` labels (关于本站, 温馨提示) with a sentence each.
    A section after the box must continue the text's outline: this text has no headings."""
    report = [f"{line}第{i}段。" for i, line in enumerate(TRIP * 2)]
    html = f"""<html><head><title>个人述职报告_某某范文网</title></head><body>
<div class="article"><h1>个人述职报告</h1><div class="content">{"".join(f"<p>{t}</p>" for t in report)}</div>
<h3>关于本站</h3><p>某某范文网创办于2012年，致力于为用户提供各类范文，内容由网友投稿和编辑整理。</p>
<h3>温馨提示</h3><p>本站范文仅供学习参考，请勿直接照搬使用，如发现内容有误，欢迎向我们反馈。</p></div>
<div class="foot">© 某某范文网</div></body></html>"""
    article = process_html(html, "https://fw.example.cn/a/1.html", bundled_rules())
    assert article.text.split("\n") == report


POST = [
    "潜水两年，今天终于可以发一个上岸帖了，先说说我的情况，本科是普通二本，英语一直是短板。",
    "备考从三月开始，每天早上六点起床背单词，晚上做一套真题，周末把一周的错题重新过一遍。",
    "专业课我找了往届的学长要了笔记，把重点章节抄了三遍，考前一个月每天默写框架。",
    "政治是最后两个月才开始的，选择题多做几遍就好，大题背的是几位老师的押题。",
    "复试的时候最紧张的是英语口语，建议大家提前找同学对练，把自我介绍背得滚瓜烂熟。",
    "导师面试问得很细，本科毕业设计的每一个数据都被追问了来源，幸好当时自己认真做过。",
    "最难熬的是十一月，模考成绩一直上不去，那段时间每天晚上在操场走十圈才睡得着。",
    "拟录取名单出来那天我在食堂排队，看到名字的时候手都在抖，给家里打电话说不出话。",
    "最后想说，二战不丢人，方法比时间重要，祝后来的同学都能在春天收到好消息。",
]


def _excerpt(i: int) -> str:
    return (
        f'<tr><td><a href="/thread-{i}-1-1.html">第{i}位网友的考研上岸经验分享帖</a><br>'
        f'<span class="xg">这一年走得很辛苦，说说我的情况，本科是普通一本，英语一直是我的短板，每天早上六点……</span></td></tr>'
    )


def test_a_forum_post_beside_a_longer_feed_of_excerpts_is_the_article():
    """An old forum's thread page: the title in a ``<font>`` (no heading the <title> starts with),
    the first post's running prose in ``<br>`` lines with ``<font>`` heads, and a 相关帖子 feed of
    title links and excerpts longer than it in the table around it. The feed is never the
    article; the post, an article as long as half the feed, is (it was read as a listing)."""
    heads = ["<font color=red><b>一、英语</b></font>", "<font color=red><b>二、专业课</b></font>"]
    text = f"{heads[0]}<br>{'<br>'.join(POST[:4])}<br>{heads[1]}<br>{'<br>'.join(POST[4:])}"
    html = f"""<html><head><title>二战上岸，说说我这一年 - 考研交流 - 某某论坛</title></head><body>
<div class="top"><a href="/">首页</a>|<a href="/f-2.html">考研交流</a>|<a href="/f-3.html">公务员</a></div>
<table width="960"><tr><td class="side" width="180">楼主<br>苔花如米小<br>帖子 35</td>
<td><font size="4"><b>二战上岸，说说我这一年</b></font><br><span class="time">发表于 2025-04-02 23:17</span>
<div class="post" id="post_229">{text}</div>
<table class="rel"><tr><td><b>相关帖子</b></td></tr>{"".join(_excerpt(i) for i in range(12))}</table></td></tr></table>
<div class="foot">Powered by 某某论坛</div></body></html>"""
    article = process_html(html, "https://bbs.example.cn/thread-229-1-1.html", bundled_rules())
    assert POST[0] in article.text and POST[-1] in article.text and "第3位网友" not in article.text


def test_a_channels_feed_beside_a_short_about_box_stays_a_listing():
    """The look-alike: a channel page of the same feed (title links and excerpts), no title
    heading, and an "about" box of a few sentences beside it, a fraction of the feed: a listing."""
    about = "".join(f"<p>{line}</p>" for line in POST[:4])
    html = f"""<html><head><title>考研交流 - 某某论坛</title></head><body>
<div class="top"><a href="/">首页</a>|<a href="/f-2.html">考研交流</a></div>
<table width="960"><tr><td class="about" width="180">{about}</td>
<td><table class="list">{"".join(_excerpt(i) for i in range(20))}</table></td></tr></table>
<div class="foot">Powered by 某某论坛</div></body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        process_html(html, "https://bbs.example.cn/f-2.html", bundled_rules())
    assert caught.value.reason == "listing"


def test_a_feed_of_excerpts_beside_the_text_does_not_join_it():
    """A 热门… box after the text's box, in the same container: title links over excerpts of a
    sentence or two cut short with ……, few links and some prose, a sibling that joined the text
    as the rest of a split article would. A feed of teasers is a listing's: it stays out."""
    text = "".join(f"<p>{line}</p>" for line in TRIP * 3)
    items = "".join(
        f'<li><a href="/p/{i}.html">第{i}篇海边游记的标题</a><p>敬爱的读者：这是另一篇游记的开头，我怀着激动的心情写下这次旅行，……</p></li>'
        for i in range(8)
    )
    html = f"""<html><head><title>海边古城三日游记_阿澈在路上</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/trip">游记</a></div>
<div class="main"><h1>海边古城三日游记</h1><div class="text">{text}</div>
<div class="hot"><h3>热门游记</h3><ul>{items}</ul></div></div>
<div class="foot">© 阿澈在路上</div></body></html>"""
    article = process_html(html, "https://blog.example.cn/p/1.html", bundled_rules())
    assert article.text.split("\n") == TRIP * 3


def test_a_howtos_tools_list_is_text_and_its_step_picture_label_is_not():
    """A how-to page (经验-like): a 工具/原料 list in a box whose class names tools (``exp-tools``),
    no link in it, then numbered steps, each with a picture whose box prints only 步骤阅读. The
    tools list is the article's (a toolbar is chrome by its actions: the encyclopaedia's test
    keeps it out); the picture's action label is not text; a picture's caption stays."""
    steps = [
        "先把两部手机的电量都充到一半以上，并且连接到同一个无线网络。",
        "在新手机上打开设置，找到一键换机，选择这是新设备，屏幕上会出现一个二维码。",
        "在旧手机上打开一键换机，选择这是旧设备，扫描新手机上的二维码，两部手机会自动连接。",
        "连接成功后只勾选图库，点击开始迁移，传输过程中不要锁屏，也不要退出换机界面。",
    ]
    items = "".join(
        f'<li><div class="txt"><p>{s}</p></div><div class="media"><img src="/s/{i}.jpg" alt="">'
        f'<span class="hint">{"步骤阅读" if i else "迁移前的准备"}</span></div></li>'
        for i, s in enumerate(steps)
    )
    html = f"""<html><head><title>如何把旧手机里的照片迁移到新手机_某某经验</title></head><body>
<div class="head"><a href="/">首页</a> <a href="/shuma">数码</a></div>
<div class="main"><h1 class="exp-title">如何把旧手机里的照片迁移到新手机</h1>
<div class="exp-content"><div class="block"><p>换了新手机以后，旧手机里几千张照片怎么搬过去？下面分享一种不压缩画质的方法。</p></div>
<div class="block"><h2>工具/原料</h2><ul class="exp-list exp-tools"><li>旧手机和新手机各一部</li><li>同一个无线网络</li></ul></div>
<div class="block"><h2>方法/步骤</h2><ol class="exp-list">{items}</ol></div></div></div>
<div class="foot">© 某某经验</div></body></html>"""
    lines = process_html(html, "https://jy.example.cn/article/1.html", bundled_rules()).text.split("\n")
    assert "旧手机和新手机各一部" in lines and "同一个无线网络" in lines
    assert "步骤阅读" not in lines and "迁移前的准备" in lines


def test_a_lessons_fractions_and_a_diarys_reading_line_are_text():
    """The review's look-alikes (7dce021): fractions a lesson prints one a line (3/8, 5/8, 7/8: no
    count up from 1/8, no caption after each) are no gallery's counters; a diary entry's head
    line ``2026年3月5日　阅读：《城南旧事》`` is no info line (阅读 is a count's label only with a
    number). Both stay in the text."""
    lesson = [
        "今天这节课，我先在黑板上写出了三个分母相同的分数，请同学们比一比谁大谁小：",
        "3/8",
        "5/8",
        "7/8",
        "大部分同学很快说出了答案：分母相同的分数，分子大的分数就大。接着我又写了两个分数。",
        "我让他们把一张圆形纸片平均分成几份，再涂出其中的几份来比较，同学们一下子就明白了。",
        "这节课让我体会到，动手操作比单纯讲解更能帮助学生理解概念，下次还要多设计这样的环节。",
    ]
    diary = [
        "2026年3月5日　阅读：《城南旧事》",
        "今天读完了第一章。英子和她的新朋友的友谊让我很感动，可是故事的结局太让人难过了，我想了很久。",
        "2026年3月6日　阅读：《城南旧事》",
        "今天读的是第二章。英子问了一个问题，好人和坏人到底怎么分，这个问题我也想了很久，还没有答案。",
        "2026年3月7日　阅读：《城南旧事》",
        "今天读的是第三章。宋妈要回老家了，英子站在胡同口送她，我读着读着也想起了小时候照顾我的奶奶。",
    ]
    for lines in (lesson, diary):
        html = f"""<html><head><title>教学随笔_某某教育网</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="text">{"".join(f"<p>{t}</p>" for t in lines)}</div></body></html>"""
        text = process_html(html, None, bundled_rules()).text
        assert "".join(text.split()) == "".join("".join(lines).split())  # sections may split a line


def test_a_dated_brief_under_its_h1_with_a_labelled_feed_beside_it_stays_an_article():
    """The review's look-alike (5ce7c03): a school's dated brief under its ``<h1>``, the <title>
    only the site's name (so the heading is not known as the title), and a 相关新闻 list of title
    links and dates in its column, longer than the brief: the brief is the page's article."""
    related = "".join(
        f'<li><a href="/news/7{i}.html">我校举行第{i}届冬季长跑比赛</a><span>2026-11-2{i}</span></li>'
        for i in range(8)
    )
    brief = "11月22日下午，我校召开冬季安全教育专题会，全体班主任参加。会议要求各班在周五放学前开展一次安全教育，并通过家长群提醒家长加强监护。"
    html = f"""<html><head><title>青石镇第二中学</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">学校新闻</a></div>
<div class="main"><div class="col"><h1>我校召开冬季安全教育专题会</h1>
<div class="info">发布时间：2026-11-22 16:40　点击：128</div><div class="content"><p>{brief}</p></div>
<div class="rel"><h3>相关新闻</h3><ul>{related}</ul></div></div></div></body></html>"""
    article = process_html(html, "https://school.example.cn/news/801.html", bundled_rules())
    assert article.text == brief


def test_a_tools_box_of_script_actions_stays_out_of_the_text():
    """The review's look-alike (16:47, f78b0b1): a news report's box ends with a toolbar whose
    class names tools and whose actions are spans a script acts on (``onclick``: 微信 微博 打印
    A+ A-), no link or button: a toolbar, not a how-to's tools list; it stays out of the region."""
    bar = (
        '<div class="tools"><span>分享到：</span><span onclick="share(1)">微信</span> '
        '<span onclick="share(2)">微博</span> <span onclick="window.print()">打印</span> '
        '<span onclick="setSize(1)">A+</span> <span role="button">A-</span></div>'
    )
    paras = [f"{REPORT}第{i}段。" for i in range(3)]
    html = f"""<html><head><title>市图书馆新馆开放_某某新闻</title></head><body>
<h1>市图书馆新馆开放</h1><div class="body">{"".join(f"<p>{p}</p>" for p in paras)}{bar}</div></body></html>"""
    article = process_html(html, None, bundled_rules())
    assert "微博" not in article.text and article.text.startswith("本报讯")
    # Left out by extraction as chrome, not handed to strip as text (whose rules may miss it).
    assert not any("微博" in removal.text for removal in article.removed)


MICROPOST = (
    "今天傍晚在江边跑步，看见一群白鹭贴着水面飞过去，夕阳把江水染成了橘红色。",
    "跑了八公里，膝盖有点酸，但心情特别好。明天还来！",
)
REPLIES = (
    "太美了，江边的白鹭每年这个时候都会来，我家就在附近，经常能看到它们成群地飞过去。",
    "跑八公里好厉害，我跑三公里就不行了，请问你是怎么坚持下来的？有什么训练计划可以分享吗？",
    "照片拍得真好，橘红色的江面特别有感觉，用的是什么手机？我拍出来总是灰蒙蒙的。",
    "注意保护膝盖啊，跑前一定要热身，跑后拉伸，我就是不注意才伤了半月板，现在只能快走。",
)


def _comment(i: int, shaped: str) -> str:
    said = REPLIES[i % len(REPLIES)]
    name = f'<a href="/u/{1000 + i}">跑友{i}号</a>'
    foot = f"<span>5-2{i % 10} 2{i % 4}:1{i % 6}</span><span>赞 {i * 7}</span>"
    if shaped == "hinted":
        return f'<div class="comment-item"><img src="/f/{i}.jpg">{name}<p>{said}</p><div>{foot}</div></div>'
    if shaped == "hinted, names unlinked":  # no teasers: the thread is an article's length of prose
        return f'<div class="comment-item"><b>跑友{i}号</b><p>{said}</p><div>{foot}</div></div>'
    return f'<div><img src="/f/{i}.jpg">{name}：{said}<div>{foot}</div></div>'


@pytest.mark.parametrize("shaped", ["hinted", "hinted, names unlinked", "by its shape"])
def test_a_short_post_over_a_longer_thread_of_comments_is_the_article(shaped):
    """A microblog's post page: the poster's name and a time with no year over a post of two
    parts in ``<br>`` lines (under 150 characters, five sentences), its pictures, then a thread
    of 24 comments many times longer, and a generic ``<title>`` (the account's). The thread is
    no article and no listing, whether its boxes say ``comment`` or only their shape does (each
    comment opens with its writer's linked name and a colon): the post is the page's article
    (it was read as a listing, the comments' linked names taken for teasers' titles; with names
    unlinked, the thread was the article)."""
    comments = "".join(_comment(i, shaped) for i in range(24))
    html = f"""<html><head><title>江边跑者的微博 - 微博</title></head><body>
<div class="top"><a href="/">返回</a><span>微博正文</span></div>
<div class="card"><header><a href="/u/77"><img src="/a.jpg"></a><h3>江边跑者</h3>
<h4><span class="time">5-20 18:42</span><span>来自 手机</span></h4></header>
<div class="text">{MICROPOST[0]}<br><br>{MICROPOST[1]}</div>
<ul class="pics"><li><img src="/p/1.jpg"></li><li><img src="/p/2.jpg"></li></ul></div>
<div class="tabs"><span>转发 12</span><span>评论 24</span><span>赞 318</span></div>
<div class="thread">{comments}</div>
<div class="hot"><h3>热搜</h3><ul>{"".join(f'<li><a href="/s/{i}">第{i}条热门话题</a></li>' for i in range(8))}</ul></div>
</body></html>"""
    article = process_html(html, "https://m.weibo.example.cn/detail/5032", bundled_rules())
    assert article.text.split("\n") == list(MICROPOST)


def test_a_guestbooks_welcome_line_over_its_messages_is_no_article():
    """The look-alike: a guestbook page, a one-sentence welcome line over messages of the same
    shape (a linked name, a colon, the message). A line that short is no post."""
    comments = "".join(_comment(i, "by its shape") for i in range(24))
    html = f"""<html><head><title>留言板 - 江城跑团</title></head><body>
<div class="top"><a href="/">首页</a><a href="/book">留言板</a></div>
<div class="intro">欢迎各位跑友在这里留言交流，请文明发言，谢谢大家的支持！</div>
<div class="book">{comments}</div></body></html>"""
    with pytest.raises(NotAnArticle):
        process_html(html, "https://run.example.cn/book", bundled_rules())


def test_a_listing_whose_teasers_show_comment_counters_stays_a_listing():
    """The review's look-alike from blind set M's m10 (a reporter's page of teasers): each teaser
    shows its comment counter in a box whose class names comments (``comment-count``). Counters
    are no thread: the page stays a listing (the first version read the feed as a post)."""
    items = "".join(
        f'<div class="feed-item"><h3><a href="/news/{i}.html">第{i}篇城市故事的标题写在这里</a></h3>'
        f'<p class="abs">{REPLIES[i % len(REPLIES)]}</p><div class="meta"><span>2024-05-{10 + i} 10:32</span>'
        f'<span class="comment-count">评论 {i + 12}</span><span>赞 {i + 80}</span></div></div>'
        for i in range(10)
    )
    html = f"""<html><head><title>记者林晓的文章 - 江城新闻网</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="profile"><b>林晓</b><span>江城新闻网记者</span></div>
<section class="feed">{items}</section></body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        process_html(html, "https://news.example.cn/reporter/12", bundled_rules())
    assert caught.value.reason == "listing"


REVIEW = (
    "这次我们拿到了一台售价1299元的扫地机器人，在两居室里连续用了三周，从清扫、避障、噪音和续航几个方面聊聊它值不值得买。",
    "清扫方面，它对地板缝隙里的灰尘和猫砂处理得不错，但长毛地毯上的头发容易缠在滚刷上，需要每周清理一次。",
    "避障是它的短板。拖鞋和数据线基本能绕开，可遇到深色的袜子时，十次里有三次会直接压过去。",
    "售价1299元，官方商城和各大电商平台都能买到，首发期间还送一套替换滤网。",
    "综合评分7.8分，在这个价位里属于中上水平，适合家里没有地毯的用户。",
)


def test_a_goods_card_and_a_score_box_inside_a_review_are_not_its_text():
    """A shopping guide's review prints, inside the box of its text, a goods card between two
    sections (the product's name, a price ¥1,299 struck over ¥1,599, a coupon tip and a 去购买 link
    to the shop) and a score box at its end (综合评分 7.8 over sub-scores, one label and number a
    line, and its 优点/缺点 lines): the site's widgets, not the review's prose; both go whole. The
    review's own sentences that state the price and the score, one with a link to the maker's
    site, stay."""
    card = (
        '<div class="goods-card"><img src="/g/1.jpg"><div class="info"><p>某某 T10 扫地机器人</p>'
        "<p>¥1,299 <del>¥1,599</del></p><p>618 预售立减200元，领券再减50元</p></div>"
        '<a class="btn" href="https://u.example.cn/go?sku=1" rel="nofollow">去购买</a></div>'
    )
    score = (
        '<div class="score-box"><div>综合评分 <b>7.8</b></div><ul><li>清扫 8.0</li><li>避障 6.5</li>'
        "<li>噪音 8.5</li><li>续航 8.0</li></ul><div>优点：清扫干净；噪音低</div><div>缺点：避障一般；滚刷易缠发</div></div>"
    )
    html = f"""<html><head><title>某某T10扫地机器人评测：避障是短板_评测_某某数码</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/pingce/">评测</a></div>
<div class="main"><h1>某某T10扫地机器人评测：避障是短板</h1><div class="meta">作者：周屿 2024-05-10 07:00</div>
<div class="post-body"><p>{REVIEW[0]}</p><h2>清扫</h2><p>{REVIEW[1]}</p>{card}<h2>避障</h2><p>{REVIEW[2]}</p>
<h2>总结</h2><p>{REVIEW[3].replace("官方商城", '<a href="https://www.example.com/t10">官方商城</a>')}</p><p>{REVIEW[4]}</p>{score}</div>
</div><div class="foot">© 某某数码</div></body></html>"""
    article = process_html(html, "https://digital.example.cn/pingce/1.html", bundled_rules())
    text = article.text
    assert all(line in text for line in REVIEW)
    assert "去购买" not in text and "领券" not in text and "1,599" not in text
    assert "避障 6.5" not in text and "优点" not in text


def test_a_forums_short_first_post_over_longer_replies_is_the_article():
    """The review's R4 (18:38), on a page of the project's own: a forum thread whose first post (two
    paragraphs, 62 characters) sits over replies in a box of replies, each reply longer than
    the post. The box of replies won the vote (an article's length; in the review's page one reply,
    a brief): the post is the article, the replies are its thread."""
    post = (
        "家里的热水器最近一打开就报E1故障，重启也没用，已经三天洗不了热水澡了。",
        "请问各位这是什么问题，需要找售后吗？还是自己能修好？",
    )
    replies = "".join(
        f'<div class="reply"><div class="reply-user"><a href="/u/{i}">网友{i}</a> 发表于 2024-03-0{i + 1} 10:2{i}</div>'
        f'<div class="reply-body">{REPLIES[i % len(REPLIES)]}E1多半是点火失败，先看看燃气阀门有没有开，电池有没有电。</div></div>'
        for i in range(5)
    )
    html = f"""<html><head><title>热水器一直报E1故障怎么办？ - 家电维修 - 某某论坛</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/f/12">家电维修</a></div>
<div class="thread"><h1 class="thread-title">热水器一直报E1故障怎么办？</h1>
<div class="post first"><div class="post-user"><a href="/u/77">晴天小院</a> 发表于 2024-03-01 08:30</div>
<div class="post-body"><p>{post[0]}</p><p>{post[1]}</p></div></div>
<div class="replies">{replies}</div></div><div class="foot">© 某某论坛</div></body></html>"""
    article = process_html(html, "https://bbs.example.cn/t/881.html", bundled_rules())
    assert article.text.split("\n") == list(post)


GUIDE = (
    "搬家前一周就要开始打包，先收拾不常用的东西，比如换季的衣服、书和装饰品，每个箱子写上房间和物品名称。",
    "易碎的碗碟要用旧报纸一个个包好，竖着放进箱子，空隙里塞上毛巾，搬运时才不会互相碰撞。",
    "搬家当天要提前抄好水表、电表和燃气表的读数，拍照留存，和房东或物业当面确认，避免以后说不清。",
    "家具进门前先量好门框和电梯的尺寸，大件的沙发和衣柜最好提前拆开，到新家再重新组装。",
    "入住以后，把每个箱子按房间拆开，先整理厨房和卫生间，当天就能正常做饭洗澡，其他的慢慢收拾。",
)


def _builder_page(about: str = "") -> str:
    part = '<div class="rich-module"><div class="rich-text">{}</div></div>'
    first = part.format(f"<p>{GUIDE[0]}</p><h3>第一步：打包</h3><p>{GUIDE[1]}</p>")
    second = part.format(
        f"<h3>第二步：搬运</h3><p>{GUIDE[2]}</p><p>{GUIDE[3]}</p><h3>第三步：入住</h3><p>{GUIDE[4]}</p>"
    )
    form = (
        '<div class="form-module"><div class="form-title">免费获取搬家报价</div>'
        '<div><label>搬出地址</label><input type="text"></div><div><label>手机号码</label><input type="tel"></div>'
        '<button>立即获取报价</button><div class="tips">已有 8,265 位用户获取了报价，信息严格保密</div></div>'
    )
    return f"""<html><head><title>搬家怎么安排才不累？三个步骤一次说清_搬家知识_某某搬家</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zhishi/">搬家知识</a></div>
<div class="detail"><h1>搬家怎么安排才不累？三个步骤一次说清</h1><div class="info">发表时间：2025-04-18 09:12</div>
<div class="body-box">{first}{form}{second}</div>
<div class="prev-next">上一篇：<a href="/n/127.html">小户型搬家的收纳技巧</a></div></div>{about}
<div class="foot">© 某某搬家</div></body></html>"""


def test_a_text_split_into_modules_of_one_template_around_a_form_is_one_article():
    """A site builder sets an article as rich-text modules of one template (a wrapper and its
    ``rich-text`` box), and a quote form module between two of them (labels, inputs, a button, a
    counter of users): the text's parts before and after the form are one article (the part after
    the form was lost). The form is no part of it."""
    article = process_html(_builder_page(), "https://move.example.cn/n/128.html", bundled_rules())
    assert all(line in article.text for line in GUIDE)
    assert "获取报价" not in article.text and "搬出地址" not in article.text


def test_a_sites_module_of_the_same_template_outside_the_articles_box_is_not_its_part():
    """The look-alike: the site's "about us" module, a rich-text module of the same template after
    the article's box, holds sentences of the company's: not a part of the article."""
    about = (
        '<div class="side"><div class="rich-module"><div class="rich-text"><p>某某搬家成立于2008年，'
        "专注居民搬家、公司搬迁和长途搬运，拥有专业搬运团队两百余人，服务覆盖全市各区。</p></div></div></div>"
    )
    article = process_html(_builder_page(about), "https://move.example.cn/n/128.html", bundled_rules())
    assert all(line in article.text for line in GUIDE)
    assert "成立于2008年" not in article.text


def test_a_short_heading_beside_its_edit_links_is_the_texts_heading():
    """A wiki prints each section's heading in a box with its edit links (``[编辑 | 编辑源代码]``):
    a heading of two or three characters (经济, 民俗) left the box over a link list's density,
    and the box went whole, the heading with it. The heading stays, its edit links go; a box of
    links under a heading (a 相关链接 list) still goes."""
    edit = '<span class="edit">[<a href="?action=edit&section={0}">编辑</a> | <a href="?action=src&section={0}">编辑源代码</a>]</span>'
    parts = [("经济", GUIDE[0]), ("民俗", GUIDE[1]), ("种植业", GUIDE[2]), ("乡村旅游", GUIDE[3])]
    body = "".join(
        f'<div class="heading"><h2>{head}</h2>{edit.format(i)}</div><p>{text}</p>'
        for i, (head, text) in enumerate(parts)
    )
    links = "".join(f'<a href="/wiki/{i}">第{i}个相关的村庄词条</a> ' for i in range(5))
    html = f"""<html><head><title>柳湾村 - 江城百科</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="content"><h1>柳湾村</h1><div class="text"><p>{GUIDE[4]}</p>{body}
<div class="see"><h3>相关链接</h3>{links}</div></div></div></body></html>"""
    article = process_html(html, "https://wiki.example.cn/wiki/1", bundled_rules())
    assert [s.heading for s in article.sections if s.heading] == [head for head, _ in parts]
    assert "编辑源代码" not in article.text and "相关的村庄词条" not in article.text


def test_a_list_of_scores_a_report_gives_is_its_text():
    """The look-alike of the review of 19:08 (R10): a school's news of a teaching contest announces
    a teacher's scores (…成绩如下：) and prints them in a box, a total over sub-scores and no verdict
    (优点/缺点): the news's own text, which stays."""
    lines = ("综合评分：92.5分", "教学设计 95", "课堂实施 91", "教学反思 92")
    scores = '<div class="score">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    html = f"""<html><head><title>我校教师在全市教学比赛中获一等奖_校园新闻_某某中学</title></head><body>
<div class="main"><h1>我校教师在全市教学比赛中获一等奖</h1><div class="info">发布时间：2024-11-20 16:00</div>
<div class="text"><p>{GUIDE[0]}</p><p>本次比赛共有四十二名教师参赛，王晓老师的成绩如下：</p>{scores}<p>{GUIDE[4]}</p></div></div>
</body></html>"""
    article = process_html(html, "https://school.example.cn/news/12.html", bundled_rules())
    assert all(line.replace(" ", "") in article.text.replace(" ", "") for line in lines)


FORUM_THREADS = (
    ("", "周六去水库夜钓，收获两条大鲤鱼", "钓鱼老张", "2024-6-1"),
    ("[求助]", "新手该买什么样的鱼竿比较合适", "小河边", "2024-6-1"),
    ("[分享]", "自制玉米饵料的做法，亲测好用", "钓鱼老张", "2024-5-31"),
    ("", "河道清淤以后还有鱼吗", "望江台", "2024-5-31"),
    ("[闲聊]", "下雨天到底适不适合出钓", "青石板", "2024-5-30"),
    ("[求助]", "浮漂总是调不好，求老手指点", "小河边", "2024-5-30"),
    ("", "晒一晒我这些年攒下的渔具", "路亚少年", "2024-5-29"),
    ("[分享]", "城西湿地公园哪里可以钓鱼", "望江台", "2024-5-29"),
)


@pytest.mark.parametrize("badges", ["with tag badges", "without"])
def test_a_forum_boards_thread_list_of_one_row_group_a_thread_is_a_listing(badges):
    """A forum board's page (Discuz's forumdisplay): the board's name and counts, its moderators,
    a few sentences describing the board, sticky threads and thread rows, a pager. Each thread is
    a table row in a ``<tbody>`` of its own, opening with its title link (a [求助] tag before it
    aside), then author, date, replies and views. A tag leads a title only in a list item or a
    table row, and the units here are the row groups: a thread whose title a tag leads did not
    open with its title link, and with most threads tagged the page said too_short. A row group
    of one row is that row: the page is a listing, tagged or not."""
    rows = "".join(
        f'<tbody id="normalthread_{700 + i}"><tr><td class="icn"><a href="/thread-{700 + i}-1-1.html">'
        f'<img src="/folder.gif"></a></td><th class="new"><em>{tag if badges != "without" else ""}</em> '
        f'<a href="/thread-{700 + i}-1-1.html" class="s xst">{title}</a></th>'
        f'<td class="by"><cite><a href="/space-{i}.html">{who}</a></cite><em>{day}</em></td>'
        f'<td class="num"><a class="xi2">{i * 7 + 3}</a><em>{i * 131 + 40}</em></td>'
        f'<td class="by"><cite>{who}</cite><em>{day} 20:1{i}</em></td></tr></tbody>'
        for i, (tag, title, who, day) in enumerate(FORUM_THREADS * 3)
    )
    html = f"""<html><head><title>垂钓天地 - 临江论坛</title></head><body>
<div id="pt"><a href="/">临江论坛</a> › <a href="/forum.php">论坛</a> › 垂钓天地</div>
<div class="bm"><h1><a href="/forum-12-1.html">垂钓天地</a> <span>今日: 12 | 主题: 30211</span></h1>
<div>版主: <a href="/space-1.html">钓鱼老张</a></div>
<div class="pbn">钓友交流经验、分享渔获的地方。请爱护水边环境，带走自己的垃圾，禁止发布电鱼、网鱼等违法内容。</div></div>
<div class="pg"><strong>1</strong><a href="/forum-12-2.html">2</a><a href="/forum-12-2.html">下一页</a></div>
<div id="threadlist"><table id="threadlisttableid">
<tbody id="stickthread_1"><tr><td class="icn"></td><th><a href="/thread-1-1-1.html">【版规】垂钓天地发帖须知</a></th>
<td class="by"><cite>钓鱼老张</cite><em>2024-1-5</em></td><td class="num">0</td><td class="by">钓鱼老张</td></tr></tbody>
<tbody class="emptb"><tr><td></td><th>版块主题</th><td></td><td></td><td></td></tr></tbody>
{rows}</table></div>
<div class="pg"><strong>1</strong><a href="/forum-12-2.html">2</a><a href="/forum-12-2.html">下一页</a></div>
<div id="ft">Powered by Discuz! 临江论坛</div></body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        extract_article(Selector(text=html), "https://bbs.linjiang.example.cn/forum-12-1.html", None)
    assert caught.value.reason == "listing"


SPEECH = (
    "这次会议的主要任务是，回顾去年全县防汛抗旱工作，部署今年的重点任务。去年汛期雨量偏多，各乡镇和有关部门"
    "严阵以待，成功应对了六轮强降雨过程，没有发生一起人员伤亡。",
    "今年的形势依然严峻。气象部门预测，汛期降水总体偏多，局地可能出现极端天气，大家一定要绷紧防汛这根弦，"
    "把各项准备工作做在前面。",
    "一要压实责任。各乡镇要把责任落实到每一座水库、每一段堤防、每一处地质灾害隐患点，做到有人盯、有人管。",
)


@pytest.mark.parametrize("date", ["（2024年4月18日）", "(二〇二四年四月十八日)"])
def test_a_speechs_date_head_line_under_its_speaker_stays_in_the_text(date):
    """A leader's speech as a government site prints it: the info line under the title (发布时间,
    来源), then in the text the speech's own head lines, centred: the speaker (副县长　某某某) and
    the day it was given, a date alone in brackets. The info line dates the page and goes to the
    metadata; the bracketed day is the document's own head (as a judgment's or a report's is) and
    stays in the text (it was dropped as a date line before the first paragraph)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in SPEECH)
    html = f"""<html><head><title>在全县防汛抗旱工作会议上的讲话_领导讲话_某某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ldjh/">领导讲话</a></div>
<h1>在全县防汛抗旱工作会议上的讲话</h1>
<div class="info">发布时间：2024-04-22 10:05　来源：县政府办公室</div>
<div id="zoom"><p align="center">副县长　周建平</p><p align="center">{date}</p><p>同志们：</p>{paragraphs}</div>
<div class="foot">某某县人民政府 主办</div></body></html>"""
    article = process_html(html, "https://www.xian.example.gov.cn/ldjh/2024/0422/7.html", bundled_rules())
    assert article.text.split("\n")[:3] == ["副县长 周建平", date, "同志们："]
    assert article.published == datetime(2024, 4, 22, 10, 5)


NOTICE = (
    "经研究决定，图书馆二楼自习室于本周六上午进行线路检修，暂停开放半天，下午两点恢复正常。"
    "检修期间请同学们到一楼阅览区自习，给大家带来的不便，敬请谅解。"
)


def _notice_page(feed_head: str, h1: str = "关于自习室暂停开放半天的通知", body: str = NOTICE) -> str:
    teasers = "".join(
        f'<li><a href="/tzgg/{i}.html">第{i}则校园通知的标题写在这里</a>'
        f"<p>这是第{i}则通知的摘要，写了两句话，说的是学校里的另一件事情。摘要比正文还要长一些，读者可以点进去看全文。</p>"
        f"<span>2024-05-{10 + i}</span></li>"
        for i in range(6)
    )
    return f"""<html><head><title>{h1}_通知公告_某某学院图书馆</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/tzgg/">通知公告</a></div>
<div class="main"><h1>{h1}</h1><div class="info">发布时间：2024-05-20　来源：图书馆办公室</div>
<div class="content"><p>{body}</p></div>{feed_head}<ul class="list">{teasers}</ul></div>
<div class="foot">某某学院图书馆 版权所有</div></body></html>"""


@pytest.mark.parametrize("label", ["相关新闻", "热门文章"])
def test_a_short_notice_over_a_labelled_feed_of_teasers_is_the_article(label):
    """A short dated notice under its title (two sentences, 90 characters) over the site's
    related feed: a heading (相关新闻) and teasers, each a title link over a summary, that outweigh
    the notice. The feed under a feed's label is the notice's, not the page's listing: the notice
    is the article (the page was read as a listing: the vote again without the feed found the
    notice, a brief, and only an article's length was taken beside a feed)."""
    article = process_html(
        _notice_page(f"<h3>{label}</h3>"), "https://lib.example.edu.cn/tzgg/88.html", bundled_rules()
    )
    assert article.text == NOTICE


def test_a_channels_short_intro_over_its_unlabelled_list_stays_a_listing():
    """The look-alike: a channel's page, its name as the heading, a short introduction of the
    channel and its list of teasers under no feed's label (最新通知): a listing."""
    html = _notice_page("<h3>最新通知</h3>", h1="通知公告", body=NOTICE)
    with pytest.raises(NotAnArticle) as caught:
        process_html(html, "https://lib.example.edu.cn/tzgg/", bundled_rules())
    assert caught.value.reason == "listing"


SITE_ABOUT = (
    '<div class="rich-module"><div class="rich-text"><p>某某搬家成立于2008年，专注居民搬家、公司搬迁和长途搬运，'
    "拥有专业搬运团队两百余人，服务覆盖全市各区。公司坚持明码标价、准时上门，所有车辆统一调度，全程投保货物运输险。"
    "多年来累计服务家庭和企业五万余次，欢迎来电咨询，我们将竭诚为您服务。</p></div></div>"
)
PREV_NEXT_MODULE = (
    '<div class="pn-module">上一篇：<a href="/n/127.html">小户型搬家的收纳技巧</a> '
    '下一篇：<a href="/n/129.html">搬家前一周要做的准备</a></div>'
)


@pytest.mark.parametrize(
    "after",
    [
        '<div class="title-module"><h3>关于我们</h3></div>' + SITE_ABOUT,
        SITE_ABOUT.replace('<div class="rich-text">', '<div class="rich-text"><h3>公司简介</h3>', 1),
        PREV_NEXT_MODULE + SITE_ABOUT,
    ],
    ids=["label-module", "label-inside", "after-prev-next"],
)
def test_a_sites_about_module_after_the_texts_parts_in_their_box_is_not_a_part(after):
    """Review R12: the site's "about us" module, of the text's own template and set in the box
    that holds the text's parts after them, was joined to the article. A module that closes the
    article (its 上一篇/下一篇 links) or that a site module's label opens (关于我们, 公司简介) ends
    the parts: the modules past it are the site's. (An "about us" module of the same template
    straight after the last part, with no label, is still joined: one page cannot tell it.)"""
    html = _builder_page().replace(
        '</div>\n<div class="prev-next">', after + '</div>\n<div class="prev-next">', 1
    )
    article = process_html(html, "https://move.example.cn/n/128.html", bundled_rules())
    assert all(line in article.text for line in GUIDE)
    assert "成立于2008年" not in article.text


@pytest.mark.parametrize(
    "head",
    [
        '<h2 id="s{0}"><a href="#s{0}">{1}</a></h2>',
        '<h2><a name="s{0}">{1}</a></h2>',
        '<h3><a id="s{0}" href="#s{0}">{1}</a></h3>',
    ],
)
def test_a_heading_that_anchors_itself_is_the_sections_heading(head):
    """Review R19: a report whose numbered headings are each a link to itself (an anchor a table
    of contents or a shared address points to: ``<h2 id="s1"><a href="#s1">一、基本情况</a></h2>``,
    or an ``<a name>``) lost every heading: all its text is a link, so the block read as a link
    list (strip's nav-link-list). A heading's anchor to itself is no link to elsewhere: the
    headings head their sections. A table of contents of links to the headings stays links."""
    heads = ["一、基本情况", "二、主要做法", "三、存在问题"]
    toc = (
        "<ul class='toc'>"
        + "".join(f"<li><a href='#s{i}'>{h}</a></li>" for i, h in enumerate(heads))
        + "</ul>"
    )
    body = "".join(head.format(i, h) + f"<p>{GUIDE[i]}</p><p>{GUIDE[i + 1]}</p>" for i, h in enumerate(heads))
    html = f"""<html><head><title>老街区社区食堂调研报告_调研报告_某某网</title></head><body>
<h1>老街区社区食堂调研报告</h1><div class="info">2024-05-14 来源：某某网</div>
<div class="content">{toc}{body}</div></body></html>"""
    article = process_html(html, "https://www.example.cn/dy/88.html", bundled_rules())
    assert [s.heading for s in article.sections if s.heading] == heads


@pytest.mark.parametrize("title_in_box", [False, True])
def test_a_bracketed_date_that_opens_the_text_is_the_pages_date_line(title_in_box):
    """Review R23, the look-alike: a news report whose text box opens with its date in brackets
    (``<p class="date">（2024年5月28日）</p>``), right under the title: the page's date line, given
    to the metadata and not kept, also under the title heading printed in the box (R23's second
    probe); only a day under a line of the document's head (its speaker) is the document's own."""
    paragraphs = "".join(f"<p>{p}</p>" for p in SPEECH)
    html = f"""<html><head><title>全县召开防汛抗旱工作会议_政务动态_某某县人民政府</title></head><body>
{"" if title_in_box else "<h1>全县召开防汛抗旱工作会议</h1>"}
<div id="zoom">{"<h1>全县召开防汛抗旱工作会议</h1>" if title_in_box else ""}<p class="date">（2024年4月18日）</p>{paragraphs}</div></body></html>"""
    article = process_html(html, "https://www.xian.example.gov.cn/zwdt/2024/0418/3.html", bundled_rules())
    assert article.text.split("\n")[0] == SPEECH[0]
    assert article.published == datetime(2024, 4, 18)


def _doc_block(kind: str, inner: str, i: int) -> str:
    return f'<div class="block doc-{kind}-block" data-block-type="{kind}" data-block-id="{i}">{inner}</div>'


def test_a_block_editors_document_keeps_its_heading_list_and_table_blocks():
    """A block editor's public document (Feishu-, Notion-like): every paragraph, heading, list
    item, callout and table is a sibling block of its own (``data-block-type="heading2"``,
    ``"bullet"``, ``"table"``), the paragraphs in a ``text-block`` box inside theirs. The text
    blocks joined as parts of one text, but the headings, list items and the table between them
    (too short to vote, of another class) were lost, and so was a short closing paragraph (its
    vote under the parts' floor). Blocks of the parts' family (a class word in common) between
    two parts are the text's too, and a short part that ends a sentence is a part. A bullet set in
    a box of its own beside its item's box is the list's marker, not a line."""
    text = '<div class="text-block"><span data-string="true">{}</span></div>'
    head = '<div class="heading-content"><h2 class="heading">{}</h2></div>'
    bullet = '<div class="list"><span class="dot">•</span><div class="list-content">{}</div></div>'
    table = (
        '<div class="table-block"><table><tr><td>项目</td><td>金额（元）</td></tr>'
        "<tr><td>场地布置</td><td>450</td></tr><tr><td>茶水点心</td><td>280</td></tr></table></div>"
    )
    blocks = [
        ("text", text.format(GUIDE[0])),
        ("heading2", head.format("一、活动安排")),
        ("bullet", bullet.format("时间：周六上午九点")),
        ("bullet", bullet.format("地点：社区活动室")),
        ("text", text.format(GUIDE[1])),
        ("heading2", head.format("二、费用")),
        ("table", table),
        ("callout", '<div class="callout">💡 发票请交给财务组统一报销。</div>'),
        ("text", text.format(GUIDE[2])),
        ("text", text.format("下次例会定在周三晚上七点。")),
    ]
    doc = "".join(_doc_block(kind, inner, i) for i, (kind, inner) in enumerate(blocks))
    html = f"""<html><head><title>社区读书会筹备记录 - 云文档</title></head><body>
<div class="sidebar"><div class="tree"><a href="/wiki/1">读书会章程</a><a href="/wiki/2">活动照片</a></div></div>
<div class="doc"><h1 class="page-title">社区读书会筹备记录</h1>
<div class="meta">所有者：某某 创建于 2024年5月14日 10:21</div><div class="page-children">{doc}</div></div>
<div class="comments"><h3>全文评论</h3><div>写得很清楚，辛苦了</div></div></body></html>"""
    article = process_html(html, "https://docs.example.cn/wiki/88", bundled_rules())
    for line in (
        "一、活动安排",
        "时间：周六上午九点",
        "二、费用",
        "场地布置",
        "发票请交给财务组统一报销",
        GUIDE[2],
    ):
        assert line in article.text
    assert article.text.endswith("下次例会定在周三晚上七点。")
    assert "•" not in article.text.split("\n")  # a bullet's box beside its item is the list's marker
    assert "全文评论" not in article.text and "读书会章程" not in article.text


READER_COMMENTS = (
    "早就该修了，每天接孩子都要绕一大圈。",
    "希望施工期间把围挡做好，晚上别太吵。",
    "桥修好以后能不能加一条公交线路？",
    "老桥是我们小时候天天走的，有感情了。",
    "工期写的半年，希望别拖到明年。",
    "支持，安全第一，早修早放心。",
)


def _comments(n: int) -> str:
    return "".join(
        f'<li class="c-item"><div class="c-head"><span class="nick">网友{i}</span><span class="loc">本地网友</span></div>'
        f'<p class="c-text">{READER_COMMENTS[i % len(READER_COMMENTS)]}</p><div class="c-foot">2024-06-0{1 + i % 9} 10:{10 + i}'
        f" 赞 {i * 3}</div></li>"
        for i in range(n)
    )


def test_an_articles_page_of_readers_comments_is_a_listing():
    """An article's separate comments page: a link back to the article (原文：…, 返回原文), an <h1>
    that is a comment section's label (全部评论 (58)), a box to comment, the readers' comments and
    a pager. The article is not on it; its comments, read as the region, were taken for the
    article. A page whose first <h1> names comments and whose region comes under it is a listing."""
    html = f"""<html><head><title>评论：老城区石桥启动加固改造_某某网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">新闻</a></div>
<div class="main"><p class="back">原文：<a href="/news/2024/0601/8.html">老城区石桥启动加固改造</a> <a href="/news/2024/0601/8.html">返回原文</a></p>
<h1>全部评论 <em>(58)</em></h1><div class="post"><textarea></textarea><button>发表评论</button></div>
<ul class="c-list">{_comments(24)}</ul><div class="pager">共3页 <a href="?p=2">下一页</a></div></div>
<div class="foot">某某网 版权所有</div></body></html>"""
    with pytest.raises(NotAnArticle) as caught:
        process_html(html, "https://comment.example.cn/news/2024/0601/8.html", bundled_rules())
    assert caught.value.reason == "listing"


def test_an_article_with_its_comments_under_a_label_stays_the_article():
    """The look-alike: the article under its <h1> title, its comments under a 网友评论 heading."""
    html = f"""<html><head><title>老城区石桥启动加固改造_某某网</title></head><body>
<h1>老城区石桥启动加固改造</h1><div class="info">2024-06-01 09:00 来源：某某网</div>
<div class="text"><p>{GUIDE[0]}</p><p>{GUIDE[1]}</p><p>{GUIDE[2]}</p></div>
<h2>网友评论 (6)</h2><ul class="c-list">{_comments(6)}</ul></body></html>"""
    article = process_html(html, "https://www.example.cn/news/2024/0601/8.html", bundled_rules())
    assert GUIDE[2] in article.text


BBS_POST = (
    "上個月第一次自己換了腳踏車的內胎，記錄一下步驟，給跟我一樣的新手參考。",
    "先把輪子拆下來，用挖胎棒把外胎一邊撬開，取出舊內胎，順便檢查外胎裡有沒有玻璃或鐵絲。",
    "新內胎先打一點點氣讓它有形狀，再塞進外胎裡，最後用手把外胎推回輪框，不要用工具硬撬。",
    "打氣到胎壁上寫的壓力，裝回車上轉一圈看看有沒有偏擺，就完成了。",
)


def test_a_raw_text_bbs_posts_paragraphs_are_its_lines_and_its_signature_ends_it():
    """A BBS's web front prints a post as it was typed: bare text in the post's box, paragraphs
    between blank lines, then a line ``--`` opening the poster's signature, the ※ 發信站/文章網址
    lines, and the readers' pushes (推/→/噓) in the same box. The paragraphs were one block and
    the signature, the ※ lines and the pushes were kept as the post's text. The lines a blank line
    parts are paragraphs, and a line ``--`` ends the post: what follows in its box is not of it.
    The header lines opening it (作者, 時間: a label and its value) are its metadata."""
    text = "\n\n".join(BBS_POST)
    pushes = "".join(
        f'<div class="push"><span class="tag">{t} </span><span class="uid">rider{i}</span>'
        f'<span class="content">: {c}</span><span class="time"> 06/0{i + 1} 21:0{i}</span></div>'
        for i, (t, c) in enumerate([("推", "實用 收藏了"), ("→", "挖胎棒真的要買"), ("噓", "這個網路上很多")])
    )
    html = f"""<html><head><meta charset="utf-8"><title>[心得] 第一次自己換內胎 - 看板 Bicycle - 某某BBS</title></head><body>
<div id="topbar"><a href="/bbs/">某某BBS</a> › <a href="/bbs/Bicycle/">看板 Bicycle</a></div>
<div id="main-content" class="bbs-screen"><div class="metaline"><span class="tag">作者</span><span class="value">wheelie (輪子)</span></div>
<div class="metaline"><span class="tag">時間</span><span class="value">Sat Jun  1 20:31:02 2024</span></div>
{text}

--
騎車不趕路，風景才看得到。
<span class="f2">※ 發信站: 某某BBS(bbs.example.tw), 來自: 192.0.2.8
</span><span class="f2">※ 文章網址: <a href="https://bbs.example.tw/bbs/Bicycle/M.1.html">https://bbs.example.tw/bbs/Bicycle/M.1.html</a>
</span>{pushes}</div>
<div id="related"><a href="/bbs/Bicycle/M.2.html">[問題] 公路車胎壓要打多少？</a></div></body></html>"""
    article = process_html(html, "https://bbs.example.tw/bbs/Bicycle/M.1.html", bundled_rules())
    lines = article.text.split("\n")
    assert all(paragraph in lines for paragraph in BBS_POST)
    for gone in ("騎車不趕路", "發信站", "文章網址", "挖胎棒真的要買", "實用 收藏了"):
        assert gone not in article.text
    assert lines[0] == BBS_POST[0]  # the 作者/時間 header lines are the post's metadata, not its text


def test_a_dash_line_inside_a_paragraph_or_a_code_comment_ends_nothing():
    """The look-alikes: a paragraph's ``--`` in running text and a code block's SQL comment
    (``-- …`` with words after it) are no signature line: the text after them stays."""
    code = "<pre>select name from users;\n-- only the active ones\nselect name from users where active = 1;\n</pre>"
    html = f"""<html><head><title>两条查询语句_技术笔记_某某网</title></head><body><h1>两条查询语句</h1>
<div class="text"><p>{GUIDE[0]}</p><p>比分最后是三比一--主队赢了，{GUIDE[1]}</p>{code}<p>{GUIDE[2]}</p></div></body></html>"""
    article = process_html(html, "https://www.example.cn/note/3.html", bundled_rules())
    assert GUIDE[2] in article.text and "where active = 1" in article.text


def test_a_text_in_modules_whose_second_half_is_headed_xia_pian_keeps_both_halves():
    """Review R25, the look-alike: a text split in halves heads them 上篇：… and 下篇：…; a module
    opening with 下篇 is the text's second half, not a previous/next link's module."""
    html = (
        _builder_page()
        .replace(
            '<div class="rich-text"><p>', '<div class="rich-text"><p><strong>上篇：打包</strong></p><p>', 1
        )
        .replace("<h3>第二步：搬运</h3>", "<p><strong>下篇：搬运与入住</strong></p><h3>第二步：搬运</h3>", 1)
    )
    article = process_html(html, "https://move.example.cn/n/128.html", bundled_rules())
    assert all(line in article.text for line in GUIDE)


def test_a_builders_contact_module_between_the_texts_parts_stays_out():
    """Review R33, the look-alike: a site builder's contact module (a label, a hotline, an
    address: text, no link, no form) of the parts' template between two parts of the text is no
    part of it; only a block editor's blocks (``data-block-…``) between parts are the text's."""
    contact = (
        '<div class="rich-module mod-contact"><div class="contact-box"><p>客户服务</p>'
        "<p>服务热线：400-000-0000</p><p>地址：示例市高新区创业路8号</p></div></div>"
    )
    html = _builder_page().replace('<div class="form-module">', contact + '<div class="form-module">', 1)
    article = process_html(html, "https://move.example.cn/n/128.html", bundled_rules())
    assert all(line in article.text for line in GUIDE)
    assert "服务热线" not in article.text


def test_an_essay_after_a_sidebar_box_titled_latest_comments_by_an_h1_stays_the_article():
    """Review R35, the look-alike: an old template puts the left column first in the markup and
    titles its boxes with <h1> (最新评论 over other posts' comments); the essay, under its <h2>
    title, comes after in another column. The label heads its own box, not the essay."""
    html = f"""<html><head><title>老城区石桥启动加固改造_某某网</title></head><body>
<div class="left"><div class="box"><h1>最新评论</h1><ul>{_comments(5)}</ul></div></div>
<div class="right"><h2>老城区石桥启动加固改造</h2><div class="info">2024-06-01 09:00</div>
<div class="text"><p>{GUIDE[0]}</p><p>{GUIDE[1]}</p><p>{GUIDE[2]}</p></div></div></body></html>"""
    article = process_html(html, "https://www.example.cn/news/2024/0601/8.html", bundled_rules())
    assert GUIDE[2] in article.text


def test_a_code_blocks_bare_dash_comment_lines_end_nothing():
    """Review R40: a database dump in a tech post writes its comment lines as a bare ``--``; a
    code block is no raw-text post, and its code stays whole."""
    dump = "--\n-- 表的结构 notes\n--\nCREATE TABLE notes (id int);\n\n--\nINSERT INTO notes VALUES (1);\n"
    for box in (f"<pre><code>{dump}</code></pre>", f'<pre class="language-sql">{dump}</pre>'):
        html = f"""<html><head><title>导出一张表_技术笔记_某某网</title></head><body><h1>导出一张表</h1>
<div class="text"><p>{GUIDE[0]}</p>{box}<p>{GUIDE[1]}</p></div></body></html>"""
        article = process_html(html, "https://www.example.cn/note/4.html", bundled_rules())
        assert "INSERT INTO notes VALUES (1);" in article.text and GUIDE[1] in article.text


# --- issue 11: a text in several rows of a field table --------------------------------------
# A record page set as a field table, one field a row, its label in a header cell (<th>) and its
# value in the next cell: a question and its answer, a citizen's letter and the office's reply, a
# complaint and its outcome. Two rows' values are prose, the others short fields (a number, a date,
# a unit). The text is every prose cell, each under its label; the vote took the longest one alone.


def _record_page(cls: str) -> str:
    question = (
        "<p>老师您好，我家孩子今年上五年级，每天写作业都要拖到晚上十点多，一边写一边玩橡皮和铅笔。</p>"
        "<p>我们试过坐在旁边盯着，也试过规定时间，可效果都不好，孩子还越来越抵触。请问我们该怎么帮助他？</p>"
    )
    answer = (
        "<p>家长您好！孩子写作业拖拉，往往不是态度问题，而是还没有学会安排时间。可以先和孩子一起把作业分成几小块，"
        "每完成一块休息五分钟，让他体会到完成的感觉。</p>"
        "<p>其次，写作业的桌面上只放当前要用的书本和文具，减少分心的东西。家长不必一直坐在旁边，隔一段时间过去看看即可。</p>"
        "<p>最后，孩子按时完成时要及时肯定，具体地说出他哪里做得好。坚持一个月左右，多数孩子都会有明显的变化。</p>"
    )
    c = f' class="{cls}"' if cls else ""
    return f"""<html><head><title>孩子写作业拖拉怎么办_家长学校</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/ask/">家长问答</a><a href="/lesson/">家长课堂</a></div>
<h1>孩子写作业拖拉怎么办</h1>
<table class="record"><tr><th>编号</th><td>JX2024-0512</td><th>分类</th><td>学习习惯</td></tr>
<tr><th>提问人</th><td>王**</td><th>提问时间</th><td>2024-05-12 21:03</td></tr>
<tr><th>问题描述</th><td colspan="3"{c}>{question}</td></tr>
<tr><th>回复老师</th><td>市家庭教育指导中心</td><th>回复时间</th><td>2024-05-14 09:30</td></tr>
<tr><th>回复内容</th><td colspan="3"{c}>{answer}</td></tr>
<tr><th>评价</th><td colspan="3">提问人尚未评价</td></tr></table>
<div class="side"><h3>热门问答</h3><ul><li><a href="/ask/1.html">孩子沉迷手机怎么办</a></li>
<li><a href="/ask/2.html">青春期孩子不愿沟通</a></li><li><a href="/ask/3.html">如何培养阅读习惯</a></li></ul></div>
<div class="foot">家长学校 版权所有</div></body></html>"""


@pytest.mark.parametrize("cls", ["content", ""])
def test_a_question_and_its_answer_in_a_field_table_are_both_the_text(cls):
    article = process_html(_record_page(cls), "https://jx.example.cn/ask/88.html", bundled_rules())
    text = article.text
    assert "越来越抵触" in text and "明显的变化" in text
    assert (
        text.index("问题描述") < text.index("越来越抵触") < text.index("回复内容") < text.index("明显的变化")
    )
    assert "提问人尚未评价" not in text and "2024-05-14 09:30" not in text


# --- issue 11: a poem under its title, its notes in boxes of one template ----------------------
# A poem's page: the poem in <br> lines under its title, then boxes of one template (a heading, the
# text, a toolbar of short links: 纠错 收藏) holding its translation and notes, its appreciation and
# its background. The vote takes the longest box; the toolbar made each box look like more than a
# wrapper, a short box fell under a fifth of the longest one's vote, and the poem's short lines are
# a head the region never took. The poem and every box are the text; the poet's card, the related
# list and a box of references under its label (参考资料：) are not.


def _poem_page() -> str:
    def box(heading: str, body: str) -> str:
        return (
            f'<div class="item"><div class="body"><h2>{heading}</h2>{body}</div>'
            f'<div class="bar"><a href="#">纠错</a><a href="#">收藏</a></div></div>'
        )

    notes = box(
        "译文及注释",
        "<p><b>译文</b><br>山路弯弯绕过溪水，松树下落满了细细的针叶。<br>风从谷口吹来，带着一点潮湿的凉意。"
        "<br>石桥旁的老屋没有人住，门前长出了青苔。<br>傍晚时分，钟声从远处的山寺传来。</p>"
        "<p><b>注释</b><br>溪桥：溪上的小石桥。<br>苍苔：青色的苔藓。<br>暮钟：傍晚寺庙里敲的钟。</p>",
    )
    reading = box(
        "赏析",
        "<p>这首诗写山中傍晚的所见所闻，前两句写路和松，是近景；后两句写桥边空屋和远处钟声，由近及远，由看到听。</p>"
        "<p>全诗没有直接写人的心情，但空屋、青苔和暮钟都透出一种寂静。诗人把自己的感受藏在景物里，让读者自己去体会。</p>"
        "<p>语言平实，没有生僻的字词，却能让人仿佛走进那条山路，这正是这首小诗耐读的原因。</p>"
        '<div class="refs"><div><span>参考资料：</span></div><div><span>1、王某．山居诗选注．某某出版社，2001．</span></div></div>',
    )
    background = box(
        "创作背景",
        "<p>这首诗是作者晚年隐居山中时所作。那几年他很少下山，常常一个人沿着溪边的小路散步，写下了许多描写山居生活的短诗。</p>",
    )
    return f"""<html><head><title>山行晚归_诗文网</title></head><body>
<div class="top"><a href="/">诗文网</a><a href="/poems/">诗文</a><a href="/authors/">作者</a></div>
<div class="left"><div class="item"><div class="cont"><h1>山行晚归</h1><p class="src"><a href="/a/1.html">林溪</a></p>
<div class="poem">溪桥绕石过，<br>松下落针细。<br>空屋生苍苔，<br>暮钟远山寺。</div></div>
<div class="bar"><a href="#">朗读</a><a href="#">收藏</a></div></div>
{notes}{reading}{background}
<div class="card"><p><a href="/a/1.html">林溪</a>，山中隐士，存诗百余首。</p></div>
<div class="item"><h2>猜您喜欢</h2><p><a href="/p/2.html">春日</a></p><p><a href="/p/3.html">江上</a></p></div></div>
<div class="foot">诗文网 版权所有</div></body></html>"""


def test_a_poem_under_its_title_and_its_notes_in_boxes_are_the_text():
    text = process_html(_poem_page(), "https://poems.example.cn/p/1.html", bundled_rules()).text
    order = [
        "松下落针细",
        "山路弯弯绕过溪水",
        "暮钟：傍晚寺庙里敲的钟",
        "这正是这首小诗耐读的原因",
        "写下了许多描写山居生活的短诗",
    ]
    assert all(part in text for part in order), text
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)
    assert "存诗百余首" not in text and "猜您喜欢" not in text
    assert "山居诗选注" not in text  # the box of references under its label


# --- issue 11: a photo's box is not a "hot" list ---------------------------------------------
# Class words weigh a box down as chrome (hot, side, nav…); a word is matched where a class name
# holds it, so "photo" read as "hot" (p-hot-o) and a story's captions in <div class="photo"> were
# cut as a hot list. A chrome word must start a word of the class name: hot, hot-news, news-hot
# are a hot list; photo, photo-caption and screenshot are not. The caption is the story's when it
# is a sentence of it; a caption that credits its picture (（图：…）, "(Image: …)", ©) is the picture's
# label, and goes with it (the convention of the shared English truth, which drops credited captions).


def test_a_caption_in_a_photo_box_stays_with_the_story():
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "社区图书室上周末举办了亲子共读活动，二十多个家庭带着孩子来到现场，大家围坐在一起读绘本、讲故事。",
            "活动由两位退休教师主持，她们先示范怎样一边读一边提问，再请家长们轮流上台，和孩子一起把故事演出来。",
            "不少家长说，平时在家读书总是草草了事，这次学到了不少办法，回去要每天陪孩子读上半小时。",
        )
    )
    html = (
        "<html><head><title>社区图书室举办亲子共读活动_某某街道</title></head><body>"
        "<h1>社区图书室举办亲子共读活动</h1><div class='info'>2024-05-14 来源：某某街道</div>"
        f"<div class='content'>{paragraphs}"
        "<div class='photo'><img src='/u/1.jpg'><p class='photo-caption'>孩子们和家长一起表演绘本故事。</p></div>"
        "<p>图书室负责人介绍，今后每月都会举办一次共读活动，欢迎辖区居民带孩子参加。</p>"
        "<div class='photo'><img src='/u/2.jpg'><span class='caption'>读书角的新书架（图：街道供图）</span></div>"
        "<div class='photo'><img src='/u/3.jpg'><span class='caption'>Volunteers at the desk (Image: STAFF)</span></div></div>"
        "<div class='hot-news'><h3>热门</h3><ul><li><a href='/n/1.html'>街道开展消防演练</a></li></ul></div>"
        "</body></html>"
    )
    text = process_html(html, "https://jd.example.cn/n/9.html", bundled_rules()).text
    assert "孩子们和家长一起表演绘本故事。" in text and "街道开展消防演练" not in text
    assert "读书角的新书架" not in text and "Volunteers at the desk" not in text


# --- review R8: a table-layout thread whose poster cells are <th> ---------------------------------
# An old board prints each post as a row: the poster's name in a header cell, then the post, which
# opens with its own date line. A poster's name is a short <th> as a field's label is; what tells
# the thread from a record is what differs: a record's date is a field of its own, while each of
# a thread's posts carries a date line of its own, one template row after row.


def test_a_thread_whose_poster_cells_are_header_cells_is_no_record():
    question = (
        "<p>各位车友好，我的电动车骑了三年，最近充满电只能跑十几公里，以前能跑四十多公里。"
        "是电池老化了还是充电器有问题？换一组电池大概要多少钱？</p>"
    )
    reply = (
        "<p>先别急着换电池。你可以找个万用表量一下充满电后的电压，如果明显低于标称值，多半是电池老化。"
        "也可以借朋友的充电器充一次试试，排除充电器的问题。</p>"
        "<p>铅酸电池一般两三年就到寿命了，换一组新的价格看品牌，几百元不等。换的时候记得让店家把旧电池折价回收，"
        "能省下一些钱。另外冬天气温低，续航本来就会短一些，这一点也要考虑进去。</p>"
    )
    html = f"""<html><head><title>电动车续航变短怎么办 - 骑行论坛</title></head><body>
<div class="nav"><a href="/">骑行论坛</a> &gt; <a href="/f/3">电动车</a></div><h1>电动车续航变短怎么办</h1>
<table class="posts"><tr><th>老周</th><td class="msg"><div class="when">发表于 2023-11-02 19:40</div>{question}</td></tr>
<tr><th>修车的阿明</th><td class="msg"><div class="when">发表于 2023-11-02 21:15</div>{reply}</td></tr>
<tr><th>小林</th><td class="msg"><div class="when">发表于 2023-11-03 08:02</div><p>同问，我的也是这样。</p></td></tr></table>
<div class="foot">骑行论坛</div></body></html>"""
    article = process_html(html, "https://bbs.example.cn/thread-88-1-1.html", bundled_rules())
    assert "换一组电池大概要多少钱" in article.text
    assert "折价回收" not in article.text and "修车的阿明" not in article.text


# --- review R10: a paper's own reference list is its text ---------------------------------------
# A model paper (摘要, 关键词, its parts, 结语) ends with its reference list in a box under 参考文献：,
# inside the text's container. Its entries are citations in the national standard's form: numbered,
# each with a document type code ([M] a book, [J] a journal, [D] a thesis). That list is part of the
# document a reader copies; a box of a site's sources (untyped names, links) is not.


def test_a_papers_reference_list_of_citations_stays_in_the_text():
    parts = "".join(
        f"<h3>{head}</h3><p>{body}</p>"
        for head, body in (
            (
                "一、问题的提出",
                "近年来，县域中学的住校生人数逐年增加，学生离家时间长，课余生活单调，心理上的孤独感比较突出。",
            ),
            (
                "二、调查与分析",
                "我们对三所中学的四百名住校生做了问卷调查，发现周末留校的学生中，近半数表示很少与家人通话。",
            ),
            (
                "三、对策建议",
                "学校可以开放阅览室和运动场，组织兴趣小组，并安排教师轮流值班，与留校学生谈心。",
            ),
            (
                "结语",
                "住校生的成长需要学校、家庭共同关心，只有把生活照顾和心理关怀结合起来，才能让他们安心学习。",
            ),
        )
    )
    refs = (
        '<div class="refs"><p>参考文献：</p><p>[1] 张某. 寄宿制学校管理研究[M]. 北京: 某某出版社, 2018.</p>'
        "<p>[2] 李某. 农村住校生心理状况调查[J]. 某某教育, 2020(3): 45-48.</p>"
        "<p>[3] 王某. 县域中学住校生课余生活研究[D]. 某某: 某某师范大学, 2021.</p></div>"
    )
    html = f"""<html><head><title>县域中学住校生心理关怀的思考_论文范文</title></head><body>
<div class="nav"><a href="/">范文网</a><a href="/lw/">论文范文</a></div><h1>县域中学住校生心理关怀的思考</h1>
<div class="content"><p>摘要：本文通过问卷调查了解县域中学住校生的生活和心理状况，提出几点关怀措施。</p>
<p>关键词：住校生；心理关怀；县域中学</p>{parts}{refs}</div>
<div class="foot">范文网</div></body></html>"""
    text = process_html(html, "https://www.fanwen.example.cn/lw/2024/12.html", bundled_rules()).text
    assert text.rstrip().endswith("某某师范大学, 2021.") and "参考文献" in text


BIKE_GUIDE = (
    "给四到六岁的孩子挑自行车，最要紧的是车架高度和整车重量，其次才是外观。我们借来三款常见的童车让孩子们试骑了两周。",
    "个子在一米一左右的孩子骑十四寸正合适；如果孩子力气小，优先选铝合金车架，推上坡时轻松不少。",
)


def _bike_page(buttons: bool) -> str:
    rows = [
        ("小鹿 A14", "14寸", "6.8公斤", "¥399"),
        ("远山 B16", "16寸", "7.5公斤", "¥459"),
        ("松果 C12", "12寸", "5.9公斤", "¥329"),
    ]
    cell = '<td><a href="https://mall.example.cn/item/{i}" rel="nofollow">去购买</a></td>'
    table = (
        "<table><tr><th>型号</th><th>尺寸</th><th>重量</th><th>参考价</th>{head}</tr>{rows}</table>".format(
            head="<th></th>" if buttons else "",
            rows="".join(
                "<tr>"
                + "".join(f"<td>{v}</td>" for v in row)
                + (cell.format(i=i) if buttons else "")
                + "</tr>"
                for i, row in enumerate(rows)
            ),
        )
    )
    return f"""<html><head><title>三款童车试骑对比_亲子测评</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="main"><h1>三款童车试骑对比</h1><div class="meta">2025-03-02 作者：程远</div>
<div class="post-body"><p>{BIKE_GUIDE[0]}</p>{table}<p>{BIKE_GUIDE[1]}</p></div></div>
<div class="foot">© 亲子测评</div></body></html>"""


def test_a_comparison_table_with_buy_links_keeps_its_rows():
    """Review R11: a guide's comparison table whose rows each end in a buy link (去购买) is the
    article's data, not a goods card: a card is one product's box, several products' rows side by
    side are the text's comparison. The rows stay as they do without the links; the buy cells go."""
    url = "https://kids.example.cn/ce/1.html"
    with_links = process_html(_bike_page(True), url, bundled_rules()).text
    without = process_html(_bike_page(False), url, bundled_rules()).text
    assert "小鹿 A14 14寸 6.8公斤 ¥399" in without
    assert with_links == without
    assert "去购买" not in with_links


def test_a_goods_card_laid_out_as_a_one_row_table_still_goes():
    """A single product's card set in a table of one row (name, price, buy link) is still a card."""
    card = (
        '<table class="goods"><tr><td>小鹿 A14 儿童自行车</td><td>¥399</td>'
        '<td><a href="https://mall.example.cn/item/1" rel="nofollow">去购买</a></td></tr></table>'
    )
    html = _bike_page(False).replace("<table>", card + "<table>", 1)
    text = process_html(html, "https://kids.example.cn/ce/2.html", bundled_rules()).text
    assert "儿童自行车" not in text and "去购买" not in text
    assert all(line in text for line in BIKE_GUIDE)


# --- review S3: notes under a box's label, then the text again under labels of the same kind ---------
# A classical text's page sets 原文, 注释, 译文 and 赏析 each under a box's title line (a <div>, not a
# heading). 注释 there is no back matter: the translation and the commentary follow under labels of the
# same kind, with prose. The text resumes after a box's label as it does after a heading.


def test_notes_under_a_box_label_do_not_end_a_text_that_resumes_under_the_next_label():
    parts = (
        (
            "原文",
            (
                "东坡种竹于庭，晨起必绕行三匝，客问其故，笑曰：此君不可一日无也。",
                "竹成，风过则声如碎玉，月出则影满窗纸，东坡每夜对之独坐，至更深乃寝。",
            ),
        ),
        ("注释", ("①匝：周，圈。", "②此君：指竹子。")),
        (
            "译文",
            (
                "东坡在院子里种了竹子，每天早上起来一定要绕着走三圈。客人问他原因，他笑着说：这位朋友一天也不能少。",
            ),
        ),
        ("赏析", ("短短几句，写出了爱竹成癖的情态。以声写竹，结尾一句把竹子写活了，耐人回味。",)),
    )
    boxes = "".join(
        f"<section class='gw-part'><div class='gw-lab'>{label}</div>{''.join(f'<p>{t}</p>' for t in lines)}</section>"
        for label, lines in parts
    )
    html = (
        "<html><head><title>东坡种竹 原文注释译文赏析 - 某某古诗文网</title></head><body>"
        "<div class='gw-nav'><a href='/'>首页</a> <a href='/wyw/'>文言文</a></div>"
        f"<div class='gw-main'><h1>东坡种竹</h1><div class='gw-meta'>宋 · 佚名</div><div class='gw-body'>{boxes}</div></div>"
        "<div class='gw-foot'>某某古诗文网</div></body></html>"
    )
    text = process_html(html, "https://gsw.example.cn/wyw/17.html", bundled_rules()).text
    assert "这位朋友一天也不能少" in text and text.rstrip().endswith("耐人回味。"), text


# --- review S4: a 正文 label only where a template prints it: over the text, before its first line ---
# A thesis-writing guide's own heading 正文 (beside 摘要 and 致谢) is a heading of the article.


def test_a_heading_named_like_the_texts_label_inside_the_text_stays():
    parts = (
        ("摘要", "摘要要用三百字左右写清楚研究的问题、方法和主要结论，不要写成引言，也不要出现引用和图表。"),
        (
            "正文",
            "正文一般分为绪论、主体和结论三部分，主体各章之间要有清楚的逻辑关系，每章开头用一两句话交代本章要解决的问题。",
        ),
        ("致谢", "致谢写给在研究中给予帮助的老师和同学，语言真诚朴素即可，篇幅不宜过长。"),
    )
    body = "".join(f"<h3>{h}</h3><p>{t}</p>" for h, t in parts)
    html = (
        "<html><head><title>毕业论文各部分怎么写_某某写作指导网</title></head><body>"
        "<div class='xz-nav'><a href='/'>首页</a> &gt; <a href='/lw/'>论文指导</a> &gt; 正文</div>"
        f"<h1>毕业论文各部分怎么写</h1><div class='xz-info'>2025-05-20</div><div class='xz-text'>{body}</div>"
        "</body></html>"
    )
    article = process_html(html, "https://xz.example.cn/lw/5.html", bundled_rules())
    assert "正文" in article.text.splitlines(), article.text
    assert [s.heading for s in article.sections if s.heading] == ["摘要", "正文", "致谢"]


# --- review S14: a model paper's references in a box of the text's own container stay ---------------
# A 范文 site's model paper ends with its references; whether the template sets their label in a <p>
# or in a <div> box is markup, not kind. Back matter in a box *after* the text's box still goes (above).


def test_a_model_papers_references_in_a_box_inside_its_text_stay():
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "摘要：家庭作业是课堂的延伸。本文从作业的数量、形式和反馈三个方面，讨论初中数学作业设计怎样减负增效。",
            "一、控制作业的数量。每天的书面作业以二十分钟左右为宜，题目要精选，避免机械重复的练习。",
            "二、丰富作业的形式。可以布置测量校园、统计家庭用水等实践作业，让学生在生活中运用所学知识。",
            "三、重视作业的反馈。教师批改后要及时讲评，对共性错误集中分析，对个别问题当面辅导。",
        )
    )
    refs = (
        "<div class='lw-refs'><div class='lw-refs-t'>参考文献：</div>"
        "<p>[1] 某某. 初中数学作业设计的实践探索[J]. 某某教育, 2022(4): 31-33.</p>"
        "<p>[2] 某某. 义务教育阶段作业改革研究[M]. 某某: 某某出版社, 2021.</p></div>"
    )
    html = (
        "<html><head><title>初中数学作业设计的减负增效 - 某某范文网</title></head><body>"
        "<div class='fw-nav'><a href='/'>首页</a> <a href='/jylw/'>教育论文</a></div>"
        f"<h1>初中数学作业设计的减负增效</h1><div class='fw-info'>2025-04-02</div><div class='fw-body'>{paras}{refs}</div>"
        "<div class='fw-foot'>某某范文网</div></body></html>"
    )
    text = process_html(html, "https://fw.example.cn/jylw/31.html", bundled_rules()).text
    assert "参考文献：" in text and text.rstrip().endswith("某某出版社, 2021."), text


# --- review 2 P1: a column named 评论 over the title is the column's name, not a comment section ----
@pytest.mark.parametrize(
    "column",
    ["<h2>评论</h2>", '<div class="k7"><em>留言</em><em>（0）</em></div>'],
    ids=["column-name", "counter"],
)
def test_a_box_holding_the_title_heading_under_a_comment_word_is_the_article_not_comments(column):
    """An opinion channel's column is often named 评论 (or 留言), printed above the title inside the
    article's own box, or a toolbar's comment counter stands there: the box opens with what reads
    as a comment section's label. A comment section never holds the page's title heading, so a box
    that holds it is the text, whatever its first line says: a sidebar's prose before it in the
    source is not the article."""
    intro = (
        "这里每周登出几篇读者来信和编辑写的短文，谈的都是街道、菜场、公园和楼道里的小事情。"
        "来信请附上姓名和电话，我们挑选其中有代表性的整理发表，并把意见转给有关单位答复。"
        "谢谢各位读者一直以来的关注，也欢迎通过信箱和网站继续给我们写信。"
    )
    body = (
        "<p>老旧小区加装电梯，难点往往不在钱，而在楼上楼下能不能商量到一块去。低层住户担心采光和噪声，"
        "高层住户盼着少爬楼梯，双方各有道理，谁也说服不了谁。</p>"
        "<p>有的街道请来设计师把方案摆在楼下，让大家看得见、算得清，低层的补偿也一条条写进协议，"
        "几轮座谈下来，原本僵住的事情就慢慢松动了。办法总比困难多，关键是把每一户的顾虑当真。</p>"
    )
    html = f"""<html><head><title>加装电梯先要商量好_河西晚报</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/pl/">评论</a> <a href="/bd/">本地</a></div>
<div class="cols"><div class="k1"><h4>本栏说明</h4><p>{intro}</p></div>
<div class="k2">{column}<h1>加装电梯先要商量好</h1><div class="k3">2023-11-02 08:15 河西晚报</div>
<div class="k4">{body}</div></div></div><div class="k5">河西晚报社 主办</div></body></html>"""
    article = extract_article(Selector(text=html), "https://hexi.example.cn/pl/2.html", None)
    assert "低层住户担心采光和噪声" in article.text and "办法总比困难多" in article.text
    assert "读者来信" not in article.text


# --- a one-paragraph note in its own box right after the text's box (issue 11) ------------------------------------
# A note of the editor's or the writer's (编者按, 附记, 注) set in a box of its own right after the box of the text, its
# paragraph of the text's look: the same box as the text's (its tag and class), or a bare wrapper around a paragraph
# like the text's. It is the text's, as a bare <p> of prose after the box is. What follows the text and is no such
# note stays out: a related list, a comment box, a box of another look (an account's blurb).
TEA = [
    "今年春天，城郊的老茶园迎来了第一批采茶工。清晨五点，山雾还没有散去，茶农们已经背着竹篓上了山，手指在茶树间翻飞，"
    "一片片嫩芽落进篓里。",
    "茶园的主人姓周，今年六十三岁，守着这片茶园已经四十年。他说，好茶要看天吃饭，雨水多了香气淡，太阳猛了叶子老，"
    "每一季都得靠经验去拿捏。",
    "近几年，周师傅的儿子从城里回来，帮着父亲把炒茶的工序一道道记录下来，还请农技站的技术员来测土壤和水分。"
    "父子俩常常为了火候争得面红耳赤。",
    "傍晚时分，新炒的茶叶摊在竹匾上散热，整个院子都是茶香。周师傅捧起一把，凑到鼻子前闻了闻，笑着说今年的茶能卖个好价钱。",
]


TEA_PAGE = (
    "<html><head><title>老茶园的春天_城郊晚报</title></head><body>"
    '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div><div class="main"><h1>老茶园的春天</h1>'
    + '<div class="article-body">{}</div>'.format("".join(f'<p class="txt">{t}</p>' for t in TEA))
    + '{after}</div><div class="footer">版权所有 城郊晚报</div></body></html>'
)


def _tea_page(after: str) -> str:
    return TEA_PAGE.replace("{after}", after)


@pytest.mark.parametrize(
    "note, box",
    [
        (
            "编者按：本文作者是一名乡村教师，利用暑假走访了本县的十几个茶园，记下了茶农们的日常。",
            '<div class="article-body"><p class="txt">{}</p></div>',
        ),
        (
            "附记：文中周师傅的茶园在县城以北十五公里的山坳里，今年的春茶已经全部售完，秋茶九月上市。",
            '<div><p class="txt">{}</p></div>',
        ),
        (
            "注：本文中的人物均为化名，部分细节经当事人同意后有所调整，特此说明。",
            '<section><p class="txt">{}</p></section>',
        ),
    ],
    ids=["same-box", "bare-div", "bare-section"],
)
def test_a_one_paragraph_note_in_its_own_box_after_the_text_is_the_texts(note, box):
    text = process_html(_tea_page(box.format(note)), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == [*TEA, note]


@pytest.mark.parametrize(
    "after",
    [
        '<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1.html">春茶上市季，这些茶园值得一去</a></li>'
        '<li><a href="/a/2.html">一杯好茶背后的四十年</a></li></ul></div>',
        '<div class="comment-box"><p>网友评论</p><p>暂无评论，你的看法是什么？欢迎留言与我们交流。</p></div>',
        '<div class="wx-card"><p class="desc">城郊晚报，专注本地民生新闻，每日推送，有温度的报道。</p></div>',
        '<div><p class="txt"><a href="/a/3.html">上一篇：城郊小学的新操场建成了</a></p></div>',
    ],
    ids=["related", "comments", "another-look", "previous-link"],
)
def test_what_follows_the_text_in_a_box_of_its_own_stays_out(after):
    text = process_html(_tea_page(after), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == TEA


# A one-paragraph box after the text that is no note stays out (review of issue 11, N9): the note's join asks for a
# note's label opening it (编者按, 附记, 注, 说明, 后记…), whatever its look, and joins one such box, not a chain of them
# (a note, then an advert box of the same look). An advert labelled 广告：, an account's blurb in a bare box, a
# sponsor's line or a course's offer in a box of the text's own class, a reader's comment: out, as before the join.
@pytest.mark.parametrize(
    "after",
    [
        '<div><p class="txt">广告：秋季书法培训班火热招生中，报名即送字帖一套，详情请咨询前台。</p></div>',
        '<div><p class="txt">城郊晚报，专注本地民生新闻，每日推送，有温度的报道，欢迎转发给身边的朋友。</p></div>',
        '<div class="article-body"><p class="txt">本文由清泉山庄冠名支持，山庄新茶上市，欢迎来电预订品鉴。</p></div>',
        '<div class="article-body"><p class="txt">想学制茶手艺的朋友，可以报名我们的周末制茶体验课，每期只要168元。</p></div>',
        '<section><p class="txt">阿青：看完想起外婆家的茶园了，小时候每年春天都跟着上山采茶，真怀念啊。</p></section>',
        '<div><p class="txt">附记：周师傅的茶园今年还试种了两亩白茶，长势不错，明年可以采摘。</p></div>'
        '<div><p class="txt">说明：秋季书法培训班火热招生中，报名即送字帖一套，欢迎咨询前台。</p></div>',
    ],
    ids=["ad-label", "blurb-bare", "sponsor-same-box", "course-same-box", "comment", "chain"],
)
def test_a_box_after_the_text_that_is_no_note_stays_out(after):
    text = process_html(_tea_page(after), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert "广告" not in text and "欢迎" not in text and "168元" not in text and "阿青" not in text
    assert text.split("\n")[: len(TEA)] == TEA


# A labelled note in a box the join did not know (review of issue 11, N10): a bare wrapper around a bare <p> where the
# text's paragraphs have a class, and a box whose class names a note (note, remark, postscript). Its label opens it,
# so it joins; a box of a note's class with no label (a site's tip) stays out.
@pytest.mark.parametrize(
    "box",
    [
        "<div><p>{}</p></div>",
        '<div class="note"><p>{}</p></div>',
        '<div class="article-remark"><p>{}</p></div>',
    ],
    ids=["bare-p", "note-class", "remark-class"],
)
def test_a_labelled_note_in_a_plain_or_a_note_box_after_the_text_is_the_texts(box):
    note = "后记：采访结束半年后，周师傅的茶园又扩种了三亩，他说等孙子放假回来，要教他亲手炒一锅茶。"
    text = process_html(_tea_page(box.format(note)), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == [*TEA, note]


def test_a_note_class_box_with_no_label_stays_out():
    after = '<div class="note"><p>阅读本站文章时，可以点击右上角调整字号大小，夜间模式下更护眼。</p></div>'
    text = process_html(_tea_page(after), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == TEA


# A labelled note after the text in the shapes the join did not know (issue 11, session 18): the note as the box's own
# text (<div>注：…</div>), a note whose source is a link (注：数据来自<a>县统计局官网</a>。), a short one (注：文中人物均为
# 化名。) or a bracketed aside (（注：…）). A writer's or an editor's label opens it (注, 编者按, 附记; not 说明/备注), so it
# joins. A short line with no label, a label over a link alone (说明：<a>点击下载全文</a>), a tip in a note box with no label
# and a site's notice in its note box (说明：…以纸质版为准; 注：…仅供参考) stay out.
@pytest.mark.parametrize(
    "box, note",
    [
        ("<div>{}</div>", "注：本文中的人物均为化名，部分细节经当事人同意后有所调整，特此说明。"),
        ('<div class="note">{}</div>', "后记：采访结束半年后，周师傅的茶园又扩种了三亩。"),
        (
            '<div><p class="txt">{}</p></div>',
            '注：本文数据来自<a href="http://stats.example.gov.cn/">县统计局官网</a>。',
        ),
        ('<div><p class="txt">{}</p></div>', "注：文中人物均为化名。"),
        ('<div class="note"><p>{}</p></div>', "注：文中人物均为化名。"),
        ('<div class="article-body"><p class="txt">{}</p></div>', "（注：文中人物均为化名）"),
    ],
    ids=["box-text", "note-box-text", "link", "short", "short-note-box", "bracketed"],
)
def test_a_short_linked_or_bare_labelled_note_after_the_text_is_the_texts(box, note):
    text = process_html(_tea_page(box.format(note)), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == [*TEA, Selector(text=f"<p>{note}</p>").xpath("string(//p)").get()]


@pytest.mark.parametrize(
    "after",
    [
        "<div>城郊晚报记者站出品</div>",
        '<div><p class="txt">说明：<a href="/dl/9.html">点击下载全文</a></p></div>',
        '<div class="note">本站文章可调整字号。</div>',
        '<div><p class="txt">注：</p></div>',
        '<div class="entry-note">说明：本库内容依据纸质出版物录入，如有错漏，以纸质版为准。</div>',
        '<div class="wsxq_note">注：本页内容仅供参考，请以正式文本为准。</div>',
    ],
    ids=[
        "no-label",
        "label-over-a-link",
        "note-box-no-label",
        "label-alone",
        "site-notice",
        "site-notice-zhu",
    ],
)
def test_a_short_line_after_the_text_that_is_no_note_stays_out(after):
    text = process_html(_tea_page(after), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == TEA


# An editor's note set over the text in a box of its own, right before the text's box (编者按：…, session 18): it joins
# as a note after the text does. What stands over the text with no editor's label (a site's 导读, a summary, a tip)
# stays out, and so do an 编者按 box with another box between it and the text and a site editor's recommendation
# (…推荐阅读。——编辑：…: the site's curation, as blind set Q's q06 has it).
def _tea_page_with_lead(lead: str) -> str:
    return _tea_page("").replace('<div class="article-body">', lead + '<div class="article-body">', 1)


LEAD = "编者按：本文作者是一名乡村教师，利用暑假走访了本县的十几个茶园，记下了茶农们的日常。"


@pytest.mark.parametrize(
    "box",
    ['<div><p class="txt">{}</p></div>', '<div class="editor"><p>{}</p></div>', "<div>【{}】</div>"],
    ids=["bare", "editor-class", "bracketed-box-text"],
)
def test_an_editors_note_in_its_own_box_right_before_the_text_is_the_texts(box):
    note = LEAD if "【" not in box else "编者按】本文作者是一名乡村教师，利用暑假走访了本县的十几个茶园"
    html = _tea_page_with_lead(box.format(note))
    text = process_html(html, "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n")[-len(TEA) :] == TEA
    assert note in text.split("\n")[0]


@pytest.mark.parametrize(
    "lead",
    [
        '<div><p class="txt">导读：城郊老茶园的春天来了，一起去看看采茶工的一天，还有周师傅的炒茶手艺。</p></div>',
        '<div class="tip"><p>阅读本站文章时，可以点击右上角调整字号大小，夜间模式下更护眼。</p></div>',
        f'<div><p class="txt">{LEAD}</p></div><div class="share"><a href="/s">分享到微信</a></div>',
        '<div class="editor"><p>【编者按】一片茶园，三代人的守望。文字朴素，细节动人，推荐阅读。——编辑：小林</p></div>',
    ],
    ids=["site-lead", "tip", "not-right-before", "editors-recommendation"],
)
def test_what_stands_over_the_text_with_no_editors_label_stays_out(lead):
    text = process_html(_tea_page_with_lead(lead), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == TEA


# A labelled note that is the site's, in the shapes the join takes since session 18 (review of 8a741b4/79217f0): a note
# or an editor's box after the text, or an editor's box right before it, that speaks of the site or its column (本站,
# 本栏目, 文责自负) or calls on the reader (投稿, 关注, 分享, 点击) is the publication's, not the text's; it stays out, as
# it did before. A writer's or an editor's note of the text's own (本文中的人物均为化名, 本报记者历时三个月…, 周师傅说，欢迎
# 大家秋天来茶园做客) still joins.
@pytest.mark.parametrize(
    "after",
    [
        "<div>编者按：欢迎投稿，投稿邮箱tougao@example.cn。</div>",
        "<div>注：点击右上角分享给好友。</div>",
        "<div>（注：本站内容每日更新）</div>",
        "<div>注：关注公众号城郊晚报，获取更多资讯。</div>",
        '<div><p class="txt">注：<a href="/tougao">欢迎投稿</a>，稿费从优。</p></div>',
        "<div>编者按：本文为会员专享内容，开通会员可阅读全部范文。</div>",
        "<div>附记：更多茶园故事，请看城郊晚报“乡村振兴”专栏。</div>",
        "<div>后记：喜欢这篇文章的朋友，可以在评论区留言。</div>",
        "<div>注：本文系城郊晚报独家稿件。</div>",
    ],
    ids=[
        "submissions",
        "share",
        "site-update",
        "follow",
        "submissions-link",
        "members",
        "more",
        "comments",
        "exclusive",
    ],
)
def test_the_sites_own_labelled_note_after_the_text_stays_out(after):
    text = process_html(_tea_page(after), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == TEA


@pytest.mark.parametrize(
    "lead",
    [
        '<div><p class="txt">编者按：“城乡百姓”栏目每周五更新，记录身边普通人的故事，欢迎读者投稿。</p></div>',
        "<div>编者按：欢迎关注本站，每日更新精彩内容。</div>",
        "<div>【编者按】本栏目所有文章均为读者来稿，文责自负。</div>",
        "<div>编者按：城郊晚报“田间地头”栏目每周一期，讲述乡村故事。</div>",
    ],
    ids=["column-intro", "follow-the-site", "column-disclaimer", "weekly-column"],
)
def test_the_sites_own_editors_box_before_the_text_stays_out(lead):
    text = process_html(_tea_page_with_lead(lead), "https://news.example.cn/a/9.html", bundled_rules()).text
    assert text.split("\n") == TEA


@pytest.mark.parametrize(
    "note",
    [
        "编者按：本报记者历时三个月，走访了本县的十几个茶园。",
        "附记：周师傅说，欢迎大家秋天来茶园做客。",
        "编者按：这是“田间地头”栏目的第十篇，写的是一位守茶园四十年的老人。",
        "后记：文章见报后，有读者打来电话，想买周师傅的秋茶。",
    ],
    ids=["reporters", "invitation-told", "column-piece", "readers-told"],
)
def test_an_editors_or_writers_note_of_the_texts_own_still_joins(note):
    after = process_html(
        _tea_page(f"<div>{note}</div>"), "https://news.example.cn/a/9.html", bundled_rules()
    ).text
    assert after.split("\n") == [*TEA, note]
    lead = process_html(
        _tea_page_with_lead(f"<div>{note}</div>"), "https://news.example.cn/a/9.html", bundled_rules()
    )
    assert lead.text.split("\n") == ([note, *TEA] if note.startswith("编者按") else TEA)
