"""Metadata kinds of session 12 (issue 11), each on a page of the project's own of real shape:
a site's chrome (menu, sidebar, footer) around one article, read through the page path as a
crawl reads it. Each test names the general pattern it shows, not one site's wording."""

from __future__ import annotations

from datetime import datetime

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

from fanwen.extract.processors import clean_author

PARAS = (
    "入冬以后，镇上的文化站把闲置的二楼改成了阅览室，靠窗摆了六张长桌，书架上是县图书馆送来的三千多册图书。",
    "每天下午放学，附近小学的孩子们背着书包上楼写作业，写完了就挑一本故事书坐在暖气片旁边看。管理员说，最多的时候一个下午来了四十多个孩子。",
    "周末阅览室开放到晚上八点，来的多是附近的老人。有人看报纸，有人借养殖方面的书，还有人带着孙子一起来听志愿者讲故事。",
    "文化站站长介绍，明年还打算在阅览室旁边开一间电子阅读室，让村里的年轻人也能在这里上网课、查资料。",
)


def _page(
    info_above: str = "",
    below: str = "",
    paras: tuple[str, ...] = PARAS,
    title: str = "镇文化站阅览室成了孩子们的“第二课堂”",
) -> str:
    """A small portal's article page: menu, an h1 title, an optional info line above the text,
    the text, what the page prints under it, a sidebar of other articles and the footer."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{title}_青禾网</title></head><body>"
        '<div class="nav"><a href="/">首页</a><a href="/news/">本地新闻</a><a href="/life/">生活</a><a href="/about/">关于我们</a></div>'
        f'<div class="main"><h1>{title}</h1>{info_above}<div class="content">{body}</div>{below}</div>'
        '<div class="side"><h3>最新文章</h3><ul>'
        '<li><a href="/news/101.html">县里新建三处口袋公园</a> 2025-03-02</li>'
        '<li><a href="/news/100.html">春耕物资供应充足价格平稳</a> 2025-02-27</li></ul></div>'
        '<div class="footer">青禾网 版权所有 联系电话：0000-1234567</div></body></html>'
    )


def test_bracketed_labels_are_labels_of_every_field(rules):
    """Pattern: a government or bureau CMS prints its fields as boxed labels with no colon:
    【发布单位】X　【发布时间】…, 〔作者〕X, ［来源］X. The brackets stand for the colon: any field's
    label in any of these brackets is read as that label (a label family, not one word)."""
    info = '<div class="info">【信息来源】青禾县农业农村局　【发布时间】2025年03月08日09时15分　【作者】周文涛</div>'
    article = _read(_page(info), rules)
    assert article.source == "青禾县农业农村局"
    assert article.author == "周文涛"
    assert article.published == datetime(2025, 3, 8, 9, 15)
    info = '<div class="info">〔来源〕青禾县融媒体中心　〔作者〕谢晓峰　〔日期〕2025-03-08</div>'
    article = _read(_page(info), rules)
    assert (article.source, article.author) == ("青禾县融媒体中心", "谢晓峰")
    info = '<div class="info">［发布机构］青禾县文化馆　2025-03-08</div>'
    assert _read(_page(info), rules).source == "青禾县文化馆"


def test_a_bracketed_tag_that_is_no_label_names_nothing(rules):
    """The guard: a bracketed tag before a title or a word (【原创】, 【图文】) labels no field."""
    info = '<div class="info">【原创】【图文】 2025-03-08</div>'
    article = _read(_page(info), rules)
    assert article.source is None
    assert article.author is None


def _post_page(url: str) -> str:
    """A personal blog platform's post (a user theme): the blog's name as the header, the post's
    title, its text, its tags, then the post's footer: its date linked to the post itself (the
    permalink) beside its counters, and a by-line (by name); readers' notes and the owner's other
    posts (month/day only) further down."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    notes = "".join(
        f'<li><a href="https://u{i}.blog.example.com/">{who}</a> 喜欢了这篇</li>'
        for i, who in enumerate(("南窗", "青山外", "布谷", "白露为霜", "小满"))
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>阅览室的冬天 - 拾光小筑</title></head><body>'
        '<div class="hd"><a href="https://shiguang.blog.example.com/">拾光小筑</a><p>记下一些日常。</p>'
        '<div class="menu"><a href="https://shiguang.blog.example.com/">首页</a><a href="https://shiguang.blog.example.com/archive">归档</a></div></div>'
        f'<div class="post"><h2><a href="{url}">阅览室的冬天</a></h2><div class="text">{body}</div>'
        '<div class="tags"><a href="https://blog.example.com/tag/日常">#日常</a><a href="https://blog.example.com/tag/读书">#读书</a></div>'
        f'<div class="meta"><a class="date" href="{url}">2025-02-17</a><a href="#notes">喜欢(48)</a><a href="#comments">评论(5)</a></div>'
        '<div class="by">by <a href="https://shiguang.blog.example.com/">拾光小筑</a></div></div>'
        f'<div class="notes" id="notes"><ul>{notes}</ul></div>'
        '<div class="side"><h3>最近</h3><ul><li><a href="https://shiguang.blog.example.com/post/2">腊月的集市</a> 02/10</li>'
        '<li><a href="https://shiguang.blog.example.com/post/1">一碗热汤</a> 02/03</li></ul></div>'
        '<div class="ft">Powered by 某博客平台</div></body></html>'
    )


def test_a_posts_footer_under_its_text_dates_and_credits_it(rules):
    """Pattern: a blog post (a personal blog platform's theme) prints its date and writer under
    the text, not over it: the date is a link to the post itself (its permalink) beside the post's
    counters (喜欢(48), 评论(5)), and a by-line reads "by name". Links that are a date or a counter
    are a post's toolbar, not a list item's title: the line is the post's own."""
    url = "https://shiguang.blog.example.com/post/3f1a2b"
    article = _read(_post_page(url), rules, url)
    assert article.published == datetime(2025, 2, 17)
    assert article.author == "拾光小筑"


def _review_page() -> str:
    """A review site's review page: the reviewer's card, the review's text, then its own line
    (time, the shop, its toolbar of counters and actions) and the shop's reply and readers'
    replies, each with a later time."""
    replies = "".join(
        f'<li class="reply"><span class="who">{who}</span>：{said}<span class="t">（{when}）</span></li>'
        for who, said, when in (
            ("商家回复", "谢谢您的光临，汤底我们每天现熬，欢迎下次再来。", "2025-01-20 16:40"),
            ("爱吃面的阿树", "请问周末要排队吗？", "2025-01-20 19:12"),
            ("路过的小林", "离公司近，改天去试试。", "2025-01-21 08:03"),
        )
    )
    text = "".join(
        f"<p>{p}</p>"
        for p in (
            "中午和同事来吃的，点了招牌牛肉面和两个小菜。牛肉切得厚，炖得很烂，汤头是清汤，喝起来不咸。",
            "面是现拉的，可以选粗细，我选了二细，很有嚼劲。小菜里的凉拌木耳很爽口，就是辣椒油稍微多了一点。",
            "店面不大，十来张桌子，中午人多要等一会儿，不过翻台挺快。总体来说价格实惠，会再来。",
        )
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>吃面小分队的点评 - 某某点评</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/food">美食</a><a href="/hotel">酒店</a></div>'
        '<div class="review"><div class="user"><a href="/member/88">吃面小分队</a><span>Lv5</span></div>'
        '<div class="score">口味：4.5　环境：4.0　服务：4.5</div>'
        f'<div class="review-text">{text}</div>'
        '<div class="review-info"><span class="time">2025-01-20 12:05</span><span class="shop">老街牛肉面（南门店）</span>'
        '<span class="actions"><a>有用(30)</a><a>回应(4)</a><a>收藏</a><a>举报</a></span></div>'
        f'<ul class="replies">{replies}</ul></div>'
        '<div class="side"><h3>这家店的其他点评</h3><ul><li><a href="/review/2">汤很好喝</a> 2025-01-18</li>'
        '<li><a href="/review/1">分量足</a> 2025-01-15</li></ul></div>'
        '<div class="footer">某某点评 版权所有</div></body></html>'
    )


def test_a_reviews_own_time_beats_the_replies_under_it(rules):
    """Pattern: a review (a post, an answer) prints its time on its own line under the text, with
    its toolbar (有用(30), 回应(4), 收藏, 举报): action and counter links are no list item's title.
    The first time under the text is the post's own; the replies after it are later, and
    the shop's reply (商家回复) is one of them."""
    article = _read(_review_page(), rules)
    assert article.published == datetime(2025, 1, 20, 12, 5)


def test_a_reporters_list_ends_at_a_stations_name(rules):
    """Pattern: a station's or a paper's report credits its reporters and then the outlet that
    filed with them (（记者 李嘉禾 赵一鸣 临川台 南湖镇报道）, a county station's): a piece that ends as
    a medium's name does (…台, …站, …社, …报, …网, …刊) after the names is an outlet, not a writer."""
    paras = ("（记者　李嘉禾　赵一鸣　临川台　南湖镇报道）", *PARAS)
    assert _read(_page(paras=paras), rules).author == "李嘉禾、赵一鸣"
    assert clean_author("记者 孙浩 何佳 东陵台") == "孙浩、何佳"
    assert clean_author("记者 孙浩 南岭日报社") == "孙浩"
    # The guard: a lone credit, or a unit before the names, is as before.
    assert clean_author("作者：高台") == "高台"
    assert clean_author("策划部 林可欣") == "林可欣"


def test_a_translators_credit_is_the_author_when_no_writer_is_named(rules):
    """Pattern: a translated or compiled foreign report (编译, 译者, 翻译) credits only who put it
    into Chinese: that credit is the page's author when nobody else is credited, as an editor is
    the last resort. A writer the page labels (作者：…) comes first."""
    paras = (*PARAS, "（编译：宋雨桥）")
    assert _read(_page(paras=paras), rules).author == "宋雨桥"
    paras = (*PARAS, "译者：宋雨桥")
    assert _read(_page(paras=paras), rules).author == "宋雨桥"
    info = '<div class="info">作者：林墨白　2025-03-08</div>'
    assert _read(_page(info, paras=(*PARAS, "编译：宋雨桥")), rules).author == "林墨白"


def _state_page(state: str, card: str = "", printed_time: str = "") -> str:
    """A single-page app's article rendered on the server: the page's state kept in a script
    (window.__STATE__ = {…}), the title, a card with the writer's name (no label), the text, then
    readers' comments with their own names and times."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    comments = "".join(
        f'<li><a href="/u/{i}">{who}</a>：{said}<span class="t">{when}</span></li>'
        for i, (who, said, when) in enumerate(
            (("路边的猫", "写得真好，想去看看。", "3-03 08:10"), ("老周", "我们村也有一个。", "3-03 09:42"))
        )
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>阅览室的冬天 - 某某专栏</title>'
        f"<script>window.__STATE__={state};</script></head><body>"
        '<div class="nav"><a href="/">首页</a><a href="/column">专栏</a><a href="/video">视频</a></div>'
        f'<div class="article"><h1>阅览室的冬天</h1><div class="meta">{printed_time}</div>{card}'
        f'<div class="article-holder">{body}</div></div>'
        f'<ul class="comments">{comments}</ul><div class="footer">某某专栏 版权所有</div></body></html>'
    )


def test_a_pages_state_names_the_writer_the_page_prints(rules):
    """Pattern: a single-page app or a server render keeps the page's item in a script's state
    (window.__INITIAL_STATE__, $render_data, _preloads: a column's, a microblog's, a newsletter's)
    and prints the writer's name on a card with no label (an UP主's card, a masthead's tagline).
    The first writer's key of the state (author.name, author_name, screen_name; the item comes
    before its comments) is the author when the page prints that name."""
    card = '<div class="up-card"><a href="/space/77">木耳先生</a><span>LV5</span><button>关注</button></div>'
    state = '{"article":{"id":9,"author":{"mid":77,"name":"木耳先生"}},"replies":[{"member":{"uname":"路边的猫"}}]}'
    assert _read(_state_page(state, card), rules).author == "木耳先生"
    # Escaped as JSON writes it (\u6728…), and as a flat key (author_name).
    state = '{"pub":{"name":"慢读通讯","author_name":"\\u6728\\u8033\\u5148\\u751f"}}'
    card = '<p class="tagline">每周一封信 · 木耳先生</p>'
    assert _read(_state_page(state, card), rules).author == "木耳先生"


def test_a_state_name_the_page_does_not_print_is_no_author(rules):
    """The guard: a name only the state holds (an account the page never shows, an editor's
    login) is not read."""
    state = '{"article":{"id":9,"author":{"name":"运营小号"}}}'
    assert _read(_state_page(state), rules).author is None


def test_a_date_printed_without_its_year_takes_the_states_year(rules):
    """Pattern: a microblog prints a post's time without its year (3-02 21:15), its state keeps the
    whole instant (created_at in Twitter's format, or a Unix time): the state's first date is the
    post's when the page prints its month, day and time. The comments' times are later."""
    state = '[{"status":{"created_at":"Sun Mar 02 21:15:08 +0800 2025","user":{"screen_name":"木耳先生"}}}]'
    html = _state_page(state, '<a class="name" href="/u/77">木耳先生</a>', "<span>3-02 21:15</span>")
    article = _read(html, rules)
    assert article.published == datetime(2025, 3, 2, 21, 15, 8)
    assert article.author == "木耳先生"
    # A state's date the page does not print (another item's) dates nothing.
    state = '[{"status":{"created_at":"Sun Mar 02 21:15:08 +0800 2025"}}]'
    html = _state_page(state, "", "<span>3-05 10:00</span>")
    assert _read(html, rules).published is None


def test_a_translation_labelled_under_an_english_text_credits_nobody(rules):
    """Pattern (review R9): an English-learning page prints a model text and then its Chinese
    translation under ``翻译：`` (a label of the text, not a credit): the words after it are the
    translation's first words, a letter's salutation (亲爱的…：) or a dialogue's speaker (李雷：…),
    a colon or a sentence's punctuation after them. A credit is a person's name shape ending its
    line or the field; the credit on a line of its own still counts."""
    english = (
        "Dear Tom, I am glad to tell you about our school trip to the science museum last weekend.",
        "We saw a robot that could play chess, and I even tried to beat it. It was great fun.",
        "Best wishes, Wang Ming",
    )
    translation = (
        "我很高兴告诉你上周末我们学校去科技馆参观的事。我们看到一个会下棋的机器人，我还试着赢它，真有意思。",
    )
    for label in ("翻译：亲爱的汤姆：", "翻译：周明：你好！", "参考翻译：尊敬的老师，"):
        paras = (*PARAS[:2], *english, label, *translation)
        assert _read(_page(paras=paras), rules).author is None, label
    # The guard: the translator's credit on a line of its own under the translation.
    paras = (*PARAS[:2], *english, "翻译：", *translation, "翻译：宋雨桥")
    assert _read(_page(paras=paras), rules).author == "宋雨桥"
