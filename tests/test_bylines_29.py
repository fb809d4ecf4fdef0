"""Session 29's by-lines in places the readers did not know (issue 11), on pages of the project's own, with
look-alikes that must not change.

- A writer's card beside the text (a sidebar's: the name, the post's date with 发表于 / 发布, the counts 获赞 / 阅读 /
  粉丝) on a page whose text region prints no by-line (``metadata.aside_author_card``).
- A name opening the dated meta line as its first part (``石头哥 · 发布时间：…``), an accepted answer's header over
  its text (``老唐聊水电 · 认证木工 · 回答于 …``) (``metadata.opening_names``).
- A Q&A page whose text is the answer: the answer's time (回答于) is the published date, not the question's
  (``metadata.published_candidates``).
- A speech's card in a labelled list (a speaker's label, the date, the place, the source): the speaker is the author, 來源 the source
  (``metadata._LABELLED``, ``_FIELD_CELLS``).
- A body's name on a line of its own over the post's date in the box right after the text (``… 发布``): the
  signer (``metadata.boxed_signer``).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import _paras

TEXT = (
    "去年秋天我们把老房子的厨房重新做了一遍，前后花了四十多天，中间走了不少弯路，今天把经过记下来。",
    "最费心思的是水电，原来的线路老化严重，师傅建议全部换新，插座也按现在的用电习惯重新排了位置。",
    "橱柜我们选了定制，量尺前一定要把电器的尺寸定下来，不然做出来的柜子很可能放不下新买的烤箱。",
    "现在回头看，最值得的是多花时间做规划，最后悔的是赶工期，希望这些经验能给正在装修的朋友一点参考。",
)


def _page(main: str, side: str = "", after: str = "", title: str = "老房厨房翻新四十天") -> str:
    """A community site's post: its menu (装修 and 生活 are channels), the post's box with ``main`` (its title,
    meta lines and text), ``after`` (what follows the text in its box), the sidebar ``side`` over a list of
    posts, its footer."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title} - 家居生活社区</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/zx/">装修</a> <a href="/sh/">生活</a></div>'
        f'<div class="row"><div class="col-main"><div class="post"><h1>{title}</h1>{main}</div>{after}</div>'
        f'<div class="col-side">{side}<div class="hot"><h3>热门文章</h3><ul><li><a href="/p/1">小户型收纳</a></li>'
        '<li><a href="/p/2">卫生间防水</a></li></ul></div></div></div>'
        '<div class="footer">家居生活社区 版权所有</div></body></html>'
    )


def _text() -> str:
    return f'<div class="post-body">{_paras(TEXT)}</div>'


# -- the writer's card beside the text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("card", "author"),
    [
        # A card box in an <aside>: the name's heading, a line of self-description, the date, the counts.
        (
            '<aside><div class="card"><img src="/a.png"><a href="/people/muzi">木子李</a><p>在装修路上慢慢学</p>'
            "<p>发表于 2025-03-02</p><p>👍 120　⭐ 31</p></div></aside>",
            "木子李",
        ),
        # The template's class calls the card a person's, the avatar titled with the name; the post's counts only.
        (
            '<div class="box blogger-info"><img src="/m.png" alt="晚风"><b>晚风</b><p>2025-03-02 发布 · 阅读 800</p></div>',
            "晚风",
        ),
        ('<section class="user-profile"><i>鹿鸣</i><p>发布于：2025-03-02</p><p>👍 12</p></section>', "鹿鸣"),
        # The name's heading, a 发布时间 label before the date, the writer's likes.
        ('<div class="writer-card"><h5>石头哥</h5><p>发布时间 2025-03-02</p><p>获赞 120</p></div>', "石头哥"),
        # A profile row: an avatar and a column of lines, the date and a count on one line after 发布.
        (
            '<div class="profile"><img src="/b.png"><div><div class="fw-bold">青柠的家</div>'
            '<div class="muted">89平 · 北欧 · 全包</div><div class="muted">2025-03-02 发布 · 获赞 2.3万</div></div></div>',
            "青柠的家",
        ),
        # Traditional script, the date and the counts in one paragraph, a follow button under it.
        (
            '<div class="author-box"><strong>林間小鹿</strong><p>發表於 2025-03-02 21:15 · 閱讀 3k · 點讚 40</p>'
            '<a class="btn" href="#">+ 關注</a></div>',
            "林間小鹿",
        ),
        # A label's colon after 发布于, the fans' count after a bar.
        (
            '<section class="writer"><h4>阿哲</h4><span>发布于：2025-03-02 | 粉丝 120</span></section>',
            "阿哲",
        ),
    ],
)
def test_a_writers_card_beside_the_text_names_the_author(rules, card, author):
    """Pattern: a card beside the text opening with the writer's name (a link to a profile, or alone in its element),
    then the post's date with its publication label, and what says the card is a person's (a profile link, the
    writer's counts: 获赞 / 粉丝, a follow button); the text region prints no by-line."""
    assert _read(_page(_text(), side=card), rules).author == author


@pytest.mark.parametrize(
    "side",
    [
        # A list of the latest replies (or comments): a commenter's card, a like's count.
        '<div class="box"><h3>最新回复</h3><div class="item"><b>小王同学</b><p>发表于 2025-03-03</p><p>👍 5</p></div></div>',
        '<div class="latest"><h3>最新评论</h3><div class="item"><b>小王同学</b><p>发表于 2025-03-03</p><p>👍 5</p>'
        "</div></div>",
        '<div class="box"><h4>网友热评</h4><div><strong>晴天</strong><p>2025-03-03 发布</p><p>获赞 18</p></div></div>',
        # A featured post: its title alone in its element, its date and reads, under a list's heading or none.
        '<div class="box"><h3>推荐</h3><div class="item"><h4>小户型收纳术</h4><p>发布于 2024-12-03</p><p>阅读 500</p>'
        "</div></div>",
        '<div class="box"><div class="item"><h4>阳台改造记</h4><p>发布于 2024-12-03</p><p>阅读 500 · 👍 12</p></div></div>',
        '<div class="box"><h3>其他文章</h3><div><h5>木子李</h5><p>发表于 2025-01-12</p><p>粉丝 120</p></div></div>',
    ],
)
def test_a_commenters_or_a_featured_posts_card_in_the_sidebar_names_nobody(rules, side):
    """Look-alikes: a card under a list's heading (最新回复, 最新评论, 热评, 推荐, 其他文章: a commenter's or another
    post's), a post's card saying nothing of a person (its reads, its likes)."""
    assert _read(_page(_text(), side=side), rules).author is None


def test_a_replys_header_laid_out_as_the_posts_names_nobody(rules):
    """Look-alike: a thread's reply after the post, in a box like the post's own (its poster's profile link, 发表于
    the same day): the replier, not the post's writer."""
    post = f'<div class="floor"><div class="who">楼主</div><div class="post-body">{_paras(TEXT)}</div></div>'
    reply = (
        '<div class="floor"><div class="who"><a href="/u/61">海边小屋</a><p>帖子 12</p></div>'
        "<p>发表于 2025-03-02 22:03</p><p>[该楼层已被屏蔽]</p></div>"
    )
    meta = '<div class="meta">发布时间：2025-03-02 21:15</div>'
    assert _read(_page(meta + post + reply), rules).author is None


def test_a_card_dated_another_day_than_the_post_names_nobody(rules):
    """Look-alike: the post prints its own date under the title; a card beside it dated another day (a
    comment's, another post's) is not the writer's."""
    meta = '<div class="meta">发布时间：2025-04-09 11:05</div>'
    side = '<div class="card"><h5>晴天</h5><p>发表于 2025-04-12</p><p>获赞 18</p></div>'
    assert _read(_page(meta + _text(), side=side), rules).author is None


@pytest.mark.parametrize(
    "side",
    [
        # A list of recommended writers: names and counts, no post's date.
        '<div class="card"><h3>推荐作者</h3><div><h5>木子李</h5><p>粉丝 120 · 文章 35</p></div>'
        "<div><h5>阿哲</h5><p>粉丝 88 · 文章 12</p></div></div>",
        # A list of the latest posts, each a little card with its writer, date and reads: several cards.
        '<div class="card"><h3>最新文章</h3><div class="item"><h5>木子李</h5><p>发布于 2025-02-28 · 阅读 300</p></div>'
        '<div class="item"><h5>阿哲</h5><p>发布于 2025-02-27 · 阅读 120</p></div></div>',
        # A post's teaser card: its title's link first, then its date and reads.
        '<div class="card"><a href="/p/9">换季收纳</a><p>发布于 2025-02-28 · 阅读 300</p></div>',
        # The card's first line is a badge, not a name.
        '<div class="card"><h5>推荐</h5><p>发表于 2025-03-02</p><p>获赞 30</p></div>',
    ],
)
def test_a_list_or_a_teaser_beside_the_text_names_nobody(rules, side):
    """Look-alikes: a list of writers (no post's date), of posts (several cards), a post's teaser (a title link
    first), a badge first."""
    assert _read(_page(_text(), side=side), rules).author is None


@pytest.mark.parametrize(
    "comment",
    [
        '<div class="comments"><div class="comment-card"><h5>装修进行时</h5><p>发表于 2025-03-03</p><p>👍 3</p>'
        "</div></div>",
        '<ul class="replies"><li class="reply"><strong>木子</strong><p>2025-03-03 发布 · 获赞 2</p></li></ul>',
    ],
)
def test_a_commenters_card_names_nobody(rules, comment):
    """Look-alike: a commenter's card under the text (a comment's or a reply's box) is no writer's."""
    assert _read(_page(_text(), after=comment), rules).author is None


# -- a name opening the dated meta line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        (
            '<div class="meta">石头哥 · 发布时间：2025-04-09 11:05 · 更新于 2025-05-02 · 阅读 12,306</div>',
            "石头哥",
        ),
        (
            '<div class="meta"><span>林间小鹿</span> | <span>发表于 2025-04-09</span> | <span>收藏 89</span></div>',
            "林间小鹿",
        ),
        ('<p class="meta"><a href="/u/3021">木子李</a> · 2025-04-09 11:05 · 阅读 356</p>', "木子李"),
        ('<div class="meta">青柠的家 / 发表于 2025-04-09 · 阅读 356</div>', "青柠的家"),
        ('<div class="meta"><b>Sunny_Lin</b> · <i>發佈時間：2025-04-09</i></div>', "Sunny_Lin"),
    ],
)
def test_a_name_opening_the_meta_line_is_the_author(rules, meta, author):
    """Pattern: the meta line under the title opens with the writer's name, a dot or a bar, then the date with a
    publication label or none."""
    assert _read(_page(meta + _text()), rules).author == author


@pytest.mark.parametrize(
    "meta",
    [
        # A badge, a channel the menu links, an update's date, another field's label open the line.
        '<div class="meta">原创 · 发布时间：2025-04-09 11:05 · 阅读 356</div>',
        '<div class="meta">生活 · 2025-04-09 11:05 · 阅读 356</div>',
        '<div class="meta">石头哥 · 更新于 2025-04-09 · 阅读 356</div>',
        '<div class="meta">石头哥 · 浏览 356 · 2025-04-09</div>',
    ],
)
def test_a_badge_a_channel_or_an_update_opening_the_meta_line_names_nobody(rules, meta):
    """Look-alikes: a badge, a channel, a name before an update's date or before a counter."""
    assert _read(_page(meta + _text()), rules).author is None


@pytest.mark.parametrize(
    "meta",
    [
        # A place (a city, an IP region), a column, the site's name, before an unlabelled or a labelled date.
        '<div class="meta">杭州 · 2024-04-09 11:05</div>',
        '<div class="meta">深圳市 · 2024-04-09 11:05</div>',
        '<div class="meta">苏州 | 2024-04-09 | 阅读 30</div>',
        '<div class="meta">家居百科 · 发布时间：2024-04-09 11:05</div>',
        '<div class="meta">装修攻略 · 2024-04-09 11:05 · 阅读 30</div>',
        '<div class="meta">理财资讯 · 发布于 2024-04-09</div>',
        '<div class="meta">家居社区 · 2024-04-09</div>',
        '<div class="meta">家居生活 · 发表于 2024-04-09</div>',
        # An answer's badge; a name over an unlabelled date and a bounty (an asker's line, no 提问 label).
        "<div>最佳答案 · 2024-03-22 20:15</div>",
        '<div class="meta">满意回答 | 回答于 2024-03-22 20:15</div>',
        '<div class="meta">小鱼 · 2024-03-20 09:00 · 悬赏 5</div>',
    ],
)
def test_a_place_a_column_the_site_or_a_badge_opening_the_meta_line_names_nobody(rules, meta):
    """Look-alikes: a place, a column or the site's name (…百科, …攻略, …资讯, a short form of the site's name), an
    answer's badge, opening a dated line; a name before an unlabelled date, not marked as a person's (no profile
    link): whose it is, the line does not say."""
    assert _read(_page(meta + _text()), rules).author is None


QUESTION = "新房卫生间马上要做防水了，工长说墙面刷三十厘米就够，朋友说要刷到顶，到底刷多高合适？"


def _qa(question_meta: str, answer_header: str, title: str = "卫生间防水刷多高才够") -> str:
    """A Q&A page: the question (its title, its meta line, its body), then the accepted answer's box with its
    header over its text."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title} - 装修问答</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/wenda/">问答</a></div>'
        f'<div class="question"><h1>{title}</h1><div class="q-meta">{question_meta}</div>'
        f'<div class="q-body">{QUESTION}</div></div>'
        f'<div class="answer accepted"><div class="a-head">{answer_header}</div>'
        f'<div class="a-box"><div class="a-body">{_paras(TEXT)}</div></div></div>'
        '<div class="footer">装修问答 版权所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("question_meta", "answer_header", "author", "published"),
    [
        (
            "提问者：小鱼不吃鱼 · 2025-03-21 18:40 · 浏览 2,884",
            '<span class="badge">已采纳</span> <span>老唐聊水电 · 认证木工 · 回答于 2025-03-22 20:15</span>',
            "老唐聊水电",
            datetime(2025, 3, 22, 20, 15),
        ),
        (
            '<a href="/u/8">晓风</a> 提问于 2025-03-21 18:40',
            "<div>阿杰师傅 · 从业12年 · 回答时间：2025-03-23 08:05</div>",
            "阿杰师傅",
            datetime(2025, 3, 23, 8, 5),
        ),
        (
            "提问者：阿青 · 2025-03-21 18:40",
            "<div>小林木作 · 注册电工 · 回答于 2025-03-23 08:05</div>",
            "小林木作",
            datetime(2025, 3, 23, 8, 5),
        ),
        (
            "提問時間：2025-03-21 18:40",
            "<p>陳師傅｜認證師傅｜解答於 2025-03-24 09:30</p>",
            "陳師傅",
            datetime(2025, 3, 24, 9, 30),
        ),
    ],
)
def test_an_accepted_answers_header_gives_author_and_time(
    rules, question_meta, answer_header, author, published
):
    """Pattern: a Q&A page whose text is the accepted answer: the answer's header (name · credential · 回答于 time)
    gives the author and the time, not the question's asker or the question's time."""
    article = _read(_qa(question_meta, answer_header), rules)
    assert (article.author, article.published) == (author, published)


def test_a_question_askers_header_is_no_author(rules):
    """Look-alike: the asker's name opening the question's line (小鱼 · 提问于 …) over an answer whose header
    names nobody: no author, and the question's time stays where no answer's time is printed."""
    article = _read(_qa("小鱼不吃鱼 · 提问于 2025-03-21 18:40", "<span>最佳答案</span>"), rules)
    assert article.author is None


def test_a_reply_time_under_a_post_is_not_its_date(rules):
    """Look-alike: on a post (no question asked), a reply's 回复于 time under the text is no answer's."""
    meta = '<div class="meta">发布时间：2025-04-09 11:05</div>'
    replies = '<div class="replies"><div>木子 回复于 2025-04-10 08:00</div><p>写得真好。</p></div>'
    assert _read(_page(meta + _text(), after=replies), rules).published == datetime(2025, 4, 9, 11, 5)


# -- a speech's card ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("card", "author", "source"),
    [
        (
            '<div class="speaker-card"><dl><dt>致詞人</dt><dd>許清和 所長</dd><dt>日期</dt><dd>2024-05-18 14:00</dd>'
            "<dt>地點</dt><dd>市立文化中心</dd><dt>出處：</dt><dd>所長室</dd></dl></div>",
            "許清和",
            "所長室",
        ),
        (
            '<table class="speech"><tr><th>演讲者</th><td>孟冬</td></tr><tr><th>时间</th><td>2024-05-18</td></tr>'
            "<tr><th>会议</th><td>第五届会员大会</td></tr><tr><th>来源</th><td>协会秘书处</td></tr></table>",
            "孟冬",
            "协会秘书处",
        ),
        (
            '<dl class="talk"><dt>讲话人：</dt><dd>梁思齐 教授</dd><dt>日期：</dt><dd>2024-05-18</dd></dl>',
            "梁思齐",
            None,
        ),
        (
            '<dl class="talk"><dt>主講</dt><dd>何文彬</dd><dt>日期</dt><dd>2024-05-18</dd></dl>',
            "何文彬",
            None,
        ),
    ],
)
def test_a_speech_card_names_the_speaker_and_the_source(rules, card, author, source):
    """Pattern: a speech's card in a labelled list or table beside the text (the speaker's label: 演讲者, 致詞人,
    讲话人, 主講…; the date, the place, the source): the speaker is the author, its 来源 / 出處 the source."""
    article = _read(_page(_text(), side=card, title="在第五届会员大会上的讲话"), rules)
    assert (article.author, article.source) == (author, source)


def test_a_lectures_notice_naming_its_speaker_names_no_author(rules):
    """Look-alike: a notice of a lecture (报告题目 / 报告人 / 时间 / 地点 in its text) names who will speak, not who
    wrote the notice."""
    notice = (
        "<p>报告题目：城市更新中的老旧小区改造</p><p>报告人：梁思齐 教授</p><p>时间：2025年5月20日 14:30</p>"
        "<p>地点：图书馆报告厅</p>" + _paras(TEXT)
    )
    assert _read(_page(f'<div class="post-body">{notice}</div>', title="学术报告预告"), rules).author is None


def test_an_event_card_without_a_speaker_names_nobody(rules):
    """Look-alike: an event's card (日期 / 场合 / 地點) names no speaker: no author."""
    card = "<dl><dt>日期</dt><dd>2024-05-18</dd><dt>场合</dt><dd>年度大会</dd><dt>地點</dt><dd>文化中心</dd></dl>"
    assert _read(_page(_text(), side=card), rules).author is None


# -- a body signing in the box after the text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("box", "author"),
    [
        (
            '<div class="sign">家居生活社区用户服务中心<br>2025-07-08 09:00 发布　<span>浏览 3,209</span></div>',
            "家居生活社区用户服务中心",
        ),
        ('<p class="sign">江城市装饰行业协会<br/>2025-07-08</p>', "江城市装饰行业协会"),
        (
            '<div class="sign">江城市消费者权益保护委员会办公室<br>2025-07-08 发表</div>',
            "江城市消费者权益保护委员会办公室",
        ),
        # The body's name and the date each a paragraph of their own.
        (
            '<div class="sign"><p>江城市物业管理协会</p><p>2025-07-08 09:00 发布</p></div>',
            "江城市物业管理协会",
        ),
    ],
)
def test_a_body_over_the_posts_date_after_the_text_signs_it(rules, box, author):
    """Pattern: the box right after the text holds a body's name on a line of its own, then the post's date (a
    publication label, counts after it): the body is the author."""
    assert _read(_page(_text() + box), rules).author == author


@pytest.mark.parametrize(
    "box",
    [
        # A commenter's name over the comment's time; a related list's heading over a date.
        '<div class="sign">张晓明<br>2025-07-08 09:00</div>',
        '<div class="sign">相关推荐<br>2025-07-08 09:00 发布</div>',
    ],
)
def test_a_person_or_a_heading_over_a_date_after_the_text_signs_nothing(rules, box):
    """Look-alikes: a person's name or a heading over a date after the text is no signing body."""
    assert _read(_page(_text() + box), rules).author is None


@pytest.mark.parametrize(
    "box",
    [
        # A commenter's nickname (a user's word) over the comment's time; the next post's body over its date.
        '<div class="c">热心网友<br>2024-07-08 09:00</div>',
        '<div class="c">匿名用户<br>2024-07-08 09:00</div>',
        '<div class="next">家装行业协会<br>2024-07-01 09:00 发布</div>',
        '<div class="pager"><a href="/p/8">下一篇</a> 城东街道办事处<br>2024-07-01 发布</div>',
    ],
)
def test_a_commenter_or_the_next_post_after_the_text_signs_nothing(rules, box):
    """Look-alikes: a user's nickname (网友, 用户) over a time, the next or a related post's body over its date."""
    assert _read(_page(_text() + box), rules).author is None


def test_a_body_over_another_day_than_the_posts_signs_nothing(rules):
    """Look-alike: the post prints its date under the title; a body over another day after the text (a notice
    it links to) does not sign it."""
    meta = '<div class="meta">发布时间：2025-07-08 09:00</div>'
    box = '<div class="sign">江城市装饰行业协会<br>2025-06-30 发布</div>'
    assert _read(_page(meta + _text() + box), rules).author is None


# -- a by-line glued to the date's element, its slash full-width --------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ('<span class="byline">文／復健科 黃冠宇醫師</span><span class="date">2025/02/20</span>', "黃冠宇"),
        ("<span>文／眼科 葉書豪醫師</span><span>2025-02-20</span><span>瀏覽人次：12</span>", "葉書豪"),
        ("<p><b>文／營養科 陳美玲營養師</b><i>2025年2月20日</i></p>", "陳美玲"),
    ],
)
def test_a_byline_glued_to_the_dates_element_ends_with_its_element(rules, meta, author):
    """Pattern: a by-line whose label's slash is full-width (文／), its element glued to the date's with nothing
    between: the name ends where its element does (no digit of the date after it), its unit and title dropped."""
    assert _read(_page(f'<div class="meta">{meta}</div>' + _text()), rules).author == author


# -- a forum post's header: a 12-hour time, the poster in the post's left cell -----------------------------------


def _forum(stamp: str, poster: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>老房厨房翻新心得 - 居家論壇</title></head><body>'
        '<div class="crumb"><a href="index.php">論壇首頁</a></div>'
        f'<table class="post"><tr><td class="post-head"><span class="no">#3</span><a name="r3"></a>{stamp}</td></tr>'
        f'<tr><td class="userinfo">{poster}<div>進階會員</div><div>文章: 418</div></td>'
        f'<td class="postcontent"><div class="message">{"<br/><br/>".join(TEXT)}</div></td></tr></table>'
        '<div class="footer">居家論壇 版權所有</div></body></html>'
    )


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("2025-11-14, 07:42 PM", datetime(2025, 11, 14, 19, 42)),
        ("2025-11-14, 12:05 AM", datetime(2025, 11, 14, 0, 5)),
        ("2025/11/14 09:40 pm", datetime(2025, 11, 14, 21, 40)),
        ("2025-11-14 下午 03:27", datetime(2025, 11, 14, 15, 27)),
    ],
)
def test_a_12_hour_time_in_a_posts_header_is_read_on_its_clock(rules, stamp, published):
    """Pattern: a forum post's header prints a 12-hour time (07:42 PM after a comma, 下午 before it), the text after
    an anchor in its cell: the afternoon's hours are read as such."""
    poster = '<a class="username" href="member.php?u=12">河堤跑者</a>'
    assert _read(_forum(stamp, poster), rules).published == published


@pytest.mark.parametrize(
    ("poster", "author"),
    [
        ('<div><a class="username" href="member.php?u=377">河堤跑者</a></div>', "河堤跑者"),
        ('<a href="./memberlist.php?mode=viewprofile&amp;u=58">老王修水電</a>', "老王修水電"),
    ],
)
def test_a_posters_member_link_in_the_posts_left_cell_is_the_author(rules, poster, author):
    """Pattern: vBulletin's (member.php?u=) and phpBB's (memberlist.php?mode=viewprofile) member links in the post's
    left cell name its poster."""
    assert _read(_forum("2025-11-14, 07:42 PM", poster), rules).author == author


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<div class="meta">发布时间：2025-11-20, 10:00-12:00 活动</div>', datetime(2025, 11, 20)),
        ('<div class="meta">日期：2025-11-20, 14:30 - 16:00 · 阅读 20</div>', datetime(2025, 11, 20)),
        ('<div class="meta">发布时间：2025-11-20, 14:30</div>', datetime(2025, 11, 20, 14, 30)),
    ],
)
def test_a_time_range_after_a_comma_is_no_time_of_the_post(rules, meta, published):
    """Look-alike: a comma, then a time range (an event's hours, 10:00-12:00): the date alone. A time that ends the
    field after the comma is the post's."""
    assert _read(_page(meta + _text()), rules).published == published


def test_a_12_hour_time_in_a_comment_is_not_the_posts(rules):
    """Look-alike: a comment's 12-hour time under the post (10:27 PM) does not date the post."""
    meta = '<div class="meta">发布时间：2025-04-09 11:05</div>'
    comment = '<div class="comments"><div>木子 2025-04-10, 10:27 PM</div><p>写得真好。</p></div>'
    assert _read(_page(meta + _text(), after=comment), rules).published == datetime(2025, 4, 9, 11, 5)


# -- a docs page: a heading's permalink mark, a field list's value in a paragraph ---------------------------------


def _docs(field_list: str, mark: str = "¶") -> str:
    """A docs theme's page: its table of contents (the <title> names its item), the heading with its permalink
    mark, a field list, the text."""
    return (
        '<html><head><meta charset="utf-8"><title>重命名文件 — 办公脚本手册 文档</title></head><body>'
        '<div class="sphinxsidebar"><ul><li><a href="index.html">首页</a></li><li><a href="setup.html">准备环境</a></li>'
        '<li><a href="rename.html">重命名文件</a></li><li><a href="pdf.html">合并 PDF</a></li></ul></div>'
        '<div class="document"><div class="body" role="main"><div class="section" id="rename">'
        f'<h1>批量重命名照片<a class="headerlink" href="#rename" title="永久链接至标题">{mark}</a></h1>'
        f"{field_list}{_paras(TEXT)}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("field_list", "author"),
    [
        (
            '<dl class="field-list simple"><dt>作者<span class="colon">:</span></dt><dd><p>何静宜</p></dd>'
            "<dt>发布日期<span>:</span></dt><dd><p>2024-09-14</p></dd></dl>",
            "何静宜",
        ),
        (
            '<dl class="field-list"><dt>撰稿</dt><dd><div>沈立言</div></dd><dt>发布时间</dt><dd><div>2024-09-14</div></dd></dl>',
            "沈立言",
        ),
        (
            '<table class="docinfo"><tr><th>作者</th><td><p>钱雨桐</p></td></tr><tr><th>发布日期</th><td><p>2024-09-14</p>'
            "</td></tr></table>",
            "钱雨桐",
        ),
    ],
)
def test_a_field_lists_value_in_a_paragraph_is_read_with_its_label(rules, field_list, author):
    """Pattern: a docs page's field list (Sphinx's <dl class="field-list">, a docinfo table) holds each value in a
    paragraph of its own: read with its label (作者, 撰稿)."""
    assert _read(_docs(field_list), rules).author == author


def test_a_book_card_in_a_field_list_names_no_writer_of_the_page(rules):
    """Look-alike: a book's card (书名 / 作者 / 出版社) in a field list names the book's writer, no info table's."""
    card = (
        "<p>这本书我读了两遍，下面是它的基本信息。</p><dl><dt>书名</dt><dd><p>《活着》</p></dd><dt>作者</dt><dd><p>余华</p></dd>"
        "<dt>出版社</dt><dd><p>作家出版社</p></dd></dl>"
    )
    assert _read(_docs(card), rules).author is None


@pytest.mark.parametrize("title", ["Word 里的段落标记 ¶", "刑法 §", "排版符号 ¶ 的用法"])
def test_a_mark_in_the_titles_own_text_stays(rules, title):
    """Look-alike: a ¶ or a § that is the title's own word (no permalink's link) stays in the title."""
    assert _read(_page(_text(), title=title), rules).title == title


@pytest.mark.parametrize("mark", ["¶", "§", "🔗"])
def test_a_headings_permalink_mark_is_no_part_of_the_title(rules, mark):
    """Pattern: a docs theme's or a wiki's permalink mark after the heading (¶, §, 🔗) is no part of the title."""
    assert _read(_docs("", mark), rules).title == "批量重命名照片"


# -- a learning platform's <title>: the course, a colon, the activity ---------------------------------------------


@pytest.mark.parametrize(
    ("course", "activity", "sep", "tag"),
    [
        ("九下物理", "《浮力》第一课时教学设计", ": ", "h1"),
        ("七年级数学", "有理数的加法 导学案", "：", "h2"),
        ("高一英语", "Unit 3 阅读课教案", ": ", "h1"),
    ],
)
def test_a_courses_title_names_the_activity_after_a_colon(rules, course, activity, sep, tag):
    """Pattern: a learning platform prints the course's heading in the page's header and the activity's over its
    text, its <title> ``course: activity | platform``: the activity's heading is the title, the crumb before the
    activity's the category."""
    page = (
        f'<html><head><meta charset="utf-8"><title>{course}{sep}{activity} | 城南中学网络学习平台</title></head><body>'
        f'<header><h1>{course}</h1><ol class="breadcrumb"><li><a href="/">首页</a></li>'
        f'<li><a href="/course/view.php?id=42">{course}</a></li><li><a href="/course/view.php?id=42#s4">第四单元</a></li>'
        f"<li><span>{activity}</span></li></ol></header>"
        f'<main id="page-content"><{tag} class="activity-title">{activity}</{tag}><div class="box">{_paras(TEXT)}</div></main>'
        "</body></html>"
    )
    article = _read(page, rules)
    assert (article.title, article.category) == (activity, "第四单元")


@pytest.mark.parametrize(
    ("doc_title", "heading", "side"),
    [
        (
            "学校新闻: 最新动态 | 某中学",
            "学校新闻",
            '<div class="side"><h2>最新动态</h2><ul><li><a href="/1">运动会</a></li></ul></div>',
        ),
        (
            "社团活动：通知公告 | 城南中学",
            "社团活动",
            '<aside><h1>通知公告</h1><ul><li><a href="/2">招新</a></li></ul></aside>',
        ),
    ],
)
def test_a_sidebar_heading_named_after_the_colon_is_no_title(rules, doc_title, heading, side):
    """Look-alike: the <title>'s words after the colon name a heading of the sidebar after the text (a list's
    heading), not one over the text: the page's heading stays the title."""
    page = (
        f'<html><head><meta charset="utf-8"><title>{doc_title}</title></head><body>'
        f'<div class="main"><h1>{heading}</h1>{_text()}</div>{side}</body></html>'
    )
    assert _read(page, rules).title == heading


def test_a_course_heading_alone_stays_the_title(rules):
    """Look-alike: a <title> ``course: 课程介绍`` naming no heading of the page after the colon: the course's heading
    stays the title."""
    page = (
        '<html><head><meta charset="utf-8"><title>九下物理: 课程介绍 | 城南中学网络学习平台</title></head><body>'
        f'<header><h1>九下物理</h1></header><main id="page-content"><div class="box">{_paras(TEXT)}</div></main>'
        "</body></html>"
    )
    assert _read(page, rules).title == "九下物理"


# -- the answering professional labelled after a Q&A column's text ------------------------------------------------


@pytest.mark.parametrize(
    ("box", "author"),
    [
        (
            '<div class="qa-footer"><p>回覆醫師：眼科 蔡宛庭醫師</p><p>回覆日期：2025-06-03　本篇有 318 人覺得有幫助</p></div>',
            "蔡宛庭",
        ),
        ('<ul class="answer-info"><li>解答律师：王立群</li><li>解答时间：2025-06-03</li></ul>', "王立群"),
        ('<div class="reply-by"><span>答覆老師：林雅婷</span> <span>2025-06-03</span></div>', "林雅婷"),
        ('<div class="qa-foot"><p>回覆營養師：方怡萱</p><p>回覆時間：2025-06-03</p></div>', "方怡萱"),
        # The role before the reply's word.
        ('<div class="qa-foot"><p>醫師回覆：牙科 邱子航醫師</p><p>2025-06-03</p></div>', "邱子航"),
    ],
)
def test_the_answering_professional_after_the_text_is_the_author(rules, box, author):
    """Pattern: a Q&A column (a hospital's 醫師信箱, a law firm's 律师解答) labels who answered in the box right after
    the text (回覆醫師：, 解答律师：, 答覆老師：): the answer is theirs."""
    assert _read(_page(_text() + box), rules).author == author


@pytest.mark.parametrize(
    "box",
    [
        # A reader's reply under a comment names no answering role; a date's label alone names nobody.
        '<div class="comments"><p>回复：张晓明</p><p>写得真好。</p></div>',
        '<div class="qa-footer"><p>回覆日期：2025-06-03</p></div>',
    ],
)
def test_a_reply_or_a_reply_date_after_the_text_names_nobody(rules, box):
    """Look-alikes: a comment's 回复：… and a reply date's label after the text name no answerer."""
    assert _read(_page(_text() + box), rules).author is None


@pytest.mark.parametrize(
    "box",
    [
        # A greeting after the label, a bare date under it.
        "<div><p>回复医生：您好</p><p>2024-06-03</p></div>",
        "<div><p>答复老师：谢谢您的提问</p><p>答复时间：2024-06-03</p></div>",
        # A related question's answerer, beside its title (上一則, 相关问题).
        '<div class="more"><p>上一則：膝蓋痛怎麼辦</p><p>回覆醫師：復健科 李醫師</p></div>',
        '<div class="more"><p>相关问题：孩子咳嗽怎么办</p><p>医生回复：儿科 王医生</p><p>2024-06-03</p></div>',
        '<div class="more"><p>下一篇：租房押金不退怎么办</p><p>回复医生：李医生</p><p>回复时间：2024-06-03</p></div>',
    ],
)
def test_a_greeting_or_a_related_questions_answerer_names_nobody(rules, box):
    """Look-alikes: the label's value a greeting or thanks (您好, 谢谢…); a box with another question's link (上一則,
    相关问题) or one that does not date the reply."""
    assert _read(_page(_text() + box), rules).author is None
