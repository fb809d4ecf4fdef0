"""Session 26's metadata kinds (issue 11), each on pages of the project's own, with look-alikes that must
not change.

First the lead's convention, decided in session 26: a labelled source is the value as shown. The page says
where the text came from (来源：本站原创, 来源：网友投稿, 来源：网络整理, 出处：本站), and the reader sees what the
page says; only a value that states nothing (未知, 不详, 无, 暂无, 空, a dash or a slash) or a login or role
(admin, 小编, 管理员) stays no source. An address is dropped from the value, as before."""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import _article, _paras

ESSAY = (
    "周末带孩子去了城郊的农场，第一次看见刚出土的红薯，孩子兴奋得不得了，一路追着问这问那。",
    "我们在地里忙了一上午，手上沾满了泥，却谁也没喊累，中午就着自家带的饭菜吃得格外香甜。",
    "回家的路上孩子说，原来盘子里的每一口饭都这么不容易，以后再也不剩饭了，我听了很是欣慰。",
)


@pytest.mark.parametrize(
    ("info", "source"),
    [
        # The label in its own element, the kind of origin the page prints.
        ("<span>发布时间：2025-11-03 09:00</span> <span>来源：本站原创</span>", "本站原创"),
        ("<span>发布时间：2025-11-03 09:00</span> <span>来源：网友投稿</span>", "网友投稿"),
        ("<span>發佈時間：2025-11-03 09:00</span> <span>來源：網友投稿</span>", "網友投稿"),
        # On one line with the other fields; a work's label (出处), a prefix of the label (文章来源), a bar.
        ("发布时间：2025-11-03　来源：网络整理　浏览次数：235", "网络整理"),
        ("2025-11-03 09:00　出处：本站　作者：周晓梅", "本站"),
        ("<span>2025-11-03</span> <span>文章来源：本站整理</span> <span>点击：88</span>", "本站整理"),
        ("<span>2025-11-03</span> <span>来源 | 网络</span>", "网络"),
        ("<span>2025-11-03</span> <span>稿源：读者投稿</span>", "读者投稿"),
        # The site's own name with a compiler's word, as the page prints it.
        ("<span>2025-11-03</span> <span>来源：江城第一医院整理</span>", "江城第一医院整理"),
        # An address after the value is dropped, the value kept.
        (
            "<span>2025-11-03</span> <span>本文来源：网络整理，原文地址：https://www.example.com/a/1.html</span>",
            "网络整理",
        ),
    ],
)
def test_a_labelled_source_is_the_value_as_shown(rules, info, source):
    """Pattern (the lead's convention): a labelled 来源 / 出处 / 稿源 gives its value as the page prints it,
    a kind of origin too (本站原创, 网友投稿, 网络整理, 本站)."""
    article = _read(_article(info, _paras(ESSAY), "带孩子去农场挖红薯"), rules)
    assert article.source == source


@pytest.mark.parametrize(
    "value",
    [
        "未知",
        "不详",
        "不詳",
        "无",
        "無",
        "暂无",
        "暫無",
        "空",
        "-",
        "—",
        "/",
        "／",
        "admin",
        "小编",
        "管理员",
    ],
)
def test_a_labelled_source_that_states_nothing_is_none(rules, value):
    """Pattern: a value that states nothing (unknown, none, empty, a dash or a slash) or a CMS's login or
    role is no source; nor is anything weaker taken instead (a note in the text naming an outlet), where
    the label is read at all (a value of one character, 无, -, is no label's: the note is then the source)."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>来源：{value}</span>"
    body = _paras(ESSAY) + ("<p>（来源：江城晚报）</p>" if len(value) > 1 else "")
    article = _read(_article(info, body, "带孩子去农场挖红薯"), rules)
    assert article.source is None


@pytest.mark.parametrize(
    ("info", "author", "source"),
    [
        # Look-alikes: a kind of origin where the writer's name goes is no author, nor a source.
        ("<span>2025-11-03 09:00</span> <span>作者：网友投稿</span>", None, None),
        ("<span>2025-11-03 09:00</span> <span>作者：本站原创</span>", None, None),
        # An unlabelled badge beside the date (原创, 转载) is no source.
        ("<span class='badge'>原创</span> <span>2025-11-03 09:00</span>", None, None),
        ("<span>2025-11-03 09:00</span> <span class='tag'>转载</span>", None, None),
        # The labelled kind of origin beside a writer: both as shown.
        (
            "<span>2025-11-03</span> <span>来源：网友投稿</span> <span>作者：周晓梅</span>",
            "周晓梅",
            "网友投稿",
        ),
        # A bare address as the value is where the text is, no source.
        ("<span>2025-11-03</span> <span>来源：https://www.example.com/a/1.html</span>", None, None),
    ],
)
def test_a_kind_of_origin_unlabelled_or_as_author_is_no_source(rules, info, author, source):
    """Look-alikes of the convention: it is the 来源 label that shows the value; a kind of origin in the
    author's slot, or a badge with no label, credits no one."""
    article = _read(_article(info, _paras(ESSAY), "带孩子去农场挖红薯"), rules)
    assert (article.author, article.source) == (author, source)


# Part 2: by-lines read by their place, not their label.

TIPS = (
    "绿萝号称最好养的绿植，但评论区问得最多的还是叶子发黄怎么办，今天把浇水、光照、换盆三件事一次说清楚。",
    "手指插进土里两个指节，感觉干了再浇，一次浇透，直到盆底流出水；冬天浇水间隔要拉长到十天左右。",
    "绿萝耐阴但不是不需要光，放在离窗户一到两米的位置最合适，避免夏天正午阳光直射，否则叶片会发黄。",
    "根从盆底钻出来，或者浇水后很快就干，说明该换盆了，选择比原盆大一圈的盆，换盆后放在阴凉处缓一周。",
)


def _post(meta: str, side: str = "", title: str = "新手养绿萝：浇水、光照和换盆一次说清") -> str:
    """A community site's post: its trail (首页 / 生活 / 园艺), the title, the meta line under it
    (``meta``), the text, and a sidebar (``side``)."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title} - 拾光社区</title></head><body>'
        '<div class="top"><a href="/">拾光社区</a> <a href="/c/life">生活</a> <a href="/c/tech">数码</a> <a href="/c/walk">城市漫步</a></div>'
        '<div class="crumb"><a href="/">首页</a> / <a href="/c/life">生活</a> / <a href="/c/life/garden">园艺</a></div>'
        f'<div class="main"><h1 class="post-title">{title}</h1>{meta}'
        f'<article class="post-content">{_paras(TIPS)}</article></div>'
        f'<aside class="side">{side}<div class="card"><b>热门话题</b><p>阳台种菜 · 城市漫步</p></div></aside>'
        '<div class="footer">拾光社区 版权所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # A pen name alone in the first element of the post's meta line, the date's element right after it.
        (
            '<div class="post-meta"><span>绿手指阿蛮</span><span>2025-11-15 18:40</span>'
            "<span>IP 属地：广东</span><span>阅读 2.4 万</span></div>",
            "绿手指阿蛮",
        ),
        ('<p class="meta"><em>老周种菜记</em> <time>2025年3月2日</time> · 阅读 356</p>', "老周种菜记"),
        (
            '<div class="info"><span class="u">Sunny_Lin</span> <span class="t">2025-04-02 09:15</span></div>',
            "Sunny_Lin",
        ),
        (
            '<div class="info"><strong>山间小溪</strong>｜<span>2025/06/18</span>｜<span>赞 12</span></div>',
            "山间小溪",
        ),
        # Look-alikes: a column the menu or the trail links, a province (where the writer is), a badge, the
        # site's name, a medium (the source's place).
        ('<div class="post-meta"><span>城市漫步</span><span>2025-11-15 18:40</span></div>', None),
        ('<div class="post-meta"><span>园艺</span><span>2025-11-15 18:40</span></div>', None),
        ('<div class="post-meta"><span>广东省</span><span>2025-11-15 18:40</span></div>', None),
        ('<div class="post-meta"><span>原创</span><span>2025-11-15 18:40</span></div>', None),
        ('<div class="post-meta"><span>拾光社区</span><span>2025-11-15 18:40</span></div>', None),
        ('<div class="post-meta"><span>江城晚报</span><span>2025-11-15 18:40</span></div>', None),
        ('<div class="post-meta"><span>置顶</span><span>2025-11-15 18:40</span></div>', None),
    ],
)
def test_a_pen_name_alone_before_the_date_in_the_meta_line_is_the_author(rules, meta, author):
    """Pattern: a community or a self-media post prints its writer's pen name (no person's name's
    shape: 绿手指阿蛮, 老周种菜记, Sunny_Lin) with no label, alone in the first element of the meta line
    under the title, the date's element right after it: the place says it is the by-line."""
    assert _read(_post(meta), rules).author == author


DATED = '<div class="post-meta"><span>2025-11-26 12:30</span><span>阅读 5.8 万</span></div>'


@pytest.mark.parametrize(
    ("side", "author"),
    [
        # A heading (作者, 回答者, 关于作者, 本文作者) over the name and a field after a separator.
        (
            '<div class="card"><h3>作者</h3><div>表哥阿杰 · 办公技巧领域创作者</div><button>+ 关注</button></div>',
            "表哥阿杰",
        ),
        (
            '<div class="card"><b>回答者</b><p>郑一凡 · 执业8年 · 擅长劳动社保、房产纠纷</p><a>查看主页</a></div>',
            "郑一凡",
        ),
        ('<dl class="writer"><dt>关于作者</dt><dd>林间小鹿｜自由撰稿人，写城市与植物</dd></dl>', "林间小鹿"),
        ('<div class="box"><h4>本文作者</h4><p>周予安 / 园艺师</p></div>', "周予安"),
        # Look-alikes: the card with no name (its field alone), a list of writers under another heading,
        # a heading over a date line.
        ('<div class="card"><h3>作者</h3><div>办公技巧领域创作者</div><button>+ 关注</button></div>', None),
        (
            '<div class="card"><h3>推荐作者</h3><ul><li>表哥阿杰 · 办公技巧</li><li>绿手指阿蛮 · 园艺</li></ul></div>',
            None,
        ),
        ('<div class="card"><h3>作者</h3><div>2025-11-26 · 阅读 5.8 万</div></div>', None),
    ],
)
def test_an_author_cards_name_under_its_heading_is_the_author(rules, side, author):
    """Pattern: a post's author card (a sidebar's or under the text) heads the writer's name with the
    role (作者, 回答者, 关于作者), the name first in the card's next line and the writer's field after a
    separator (表哥阿杰 · 办公技巧领域创作者)."""
    assert _read(_post(DATED, side), rules).author == author


def _answer(row: str) -> str:
    """A Q&A page: the question, its meta, then the answer: the answerer's row (``row``), the
    answer's time, its text."""
    return (
        '<html><head><meta charset="utf-8"><title>社保断缴3个月有什么影响 - 问答</title></head><body>'
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/shebao/">社保缴纳</a></div>'
        '<h1 class="q-title">社保断缴3个月，对买房和落户有什么影响？</h1>'
        '<div class="q-meta">38 个回答 · 1.2 万浏览</div>'
        f'<div class="answer-item">{row}<div class="answer-time">回答于 2025-12-08 19:26 · 427 人赞同</div>'
        f'<div class="answer-body">{_paras(ESSAY)}</div></div></body></html>'
    )


@pytest.mark.parametrize(
    ("row", "author"),
    [
        # The answerer's name, then a badge: a profession's title, or an element its class calls a badge.
        (
            '<div class="answer-author"><img src="/a.png" alt=""><span class="name">郑一凡</span>'
            '<span class="badge">律师</span><span class="org">某某律师事务所</span></div>',
            "郑一凡",
        ),
        ('<div class="user"><b>陈思远</b> <i>主治医师</i></div>', "陈思远"),
        ('<div class="user-row"><span>小林说社保</span><em class="tag">认证答主</em></div>', "小林说社保"),
        # Look-alikes: a badge with no name, a name with a plain word after it (no badge), a badge first.
        ('<div class="answer-author"><img src="/a.png" alt=""><span class="badge">律师</span></div>', None),
        ('<div class="user-row"><span>热门回答</span><span>排序</span></div>', None),
        ('<div class="user-row"><span class="badge">律师</span><span>某某律师事务所</span></div>', None),
    ],
)
def test_an_answerers_name_beside_a_badge_is_the_author(rules, row, author):
    """Pattern: a Q&A page prints the answerer's row over the answer's time: the name, then a badge
    (the answerer's profession, 律师, 主治医师, or a badge's element: 认证答主), no label."""
    assert _read(_answer(row), rules).author == author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        # A bureau's section (…股) or a company's brand or public-relations department speaks for its body.
        ("作者：基础教育股", None),
        ("作者：县教育局基础教育股", None),
        ("文 / 拾光社区品牌部", None),
        ("作者：江城集团品牌中心", None),
        ("作者：江城公关部", None),
        # Look-alikes: a company's name ending so (控股), a department that writes its text (运营部, 护理部),
        # a person.
        ("作者：青禾控股", "青禾控股"),
        ("作者：江宁优选商城运营部", "江宁优选商城运营部"),
        ("作者：护理部", "护理部"),
        ("作者：周晓梅", "周晓梅"),
    ],
)
def test_a_section_or_a_brand_department_is_no_author(rules, credit, author):
    """Pattern (the project's convention, as for a desk): a bureau's section (基础教育股) or a company's
    brand or public-relations department (品牌部, 公关部) posts for its body and writes no one's article."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>{credit}</span>"
    assert _read(_article(info, _paras(ESSAY), "带孩子去农场挖红薯"), rules).author == author


@pytest.mark.parametrize(
    ("info", "source"),
    [
        # A view counter's element glued after the labelled source (an icon, then the number).
        ('<span>來源：健康衛教組</span><span><i class="icon wb-eye"></i>2381</span>', "健康衛教組"),
        ("<span>来源：江城晚报</span><span>1.2万</span>", "江城晚报"),
        ('<span>来源：县农业农村局</span><span class="hits">356</span>', "县农业农村局"),
        # Look-alikes: a name holding digits as it is written (a channel's number, a year's event).
        ("<span>来源：江城电视台1套</span>", "江城电视台1套"),
        ("<span>来源：CCTV13</span>", "CCTV13"),
    ],
)
def test_a_labelled_source_ends_where_a_counters_digits_start(rules, info, source):
    """Pattern: a view counter printed after the source with no label (an eye icon and the number)
    runs into the value on the line: the value ends where the digits start."""
    info = f"<span>2025-10-22 14:30</span>{info}"
    assert _read(_article(info, _paras(ESSAY), "带孩子去农场挖红薯"), rules).source == source
