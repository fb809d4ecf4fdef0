"""A text split into parts the region finder must put back together, and a link in a sentence.

Kinds where an anchor (readability, magic-html, trafilatura) kept the whole text and fanwen kept a
part of it (issue 11, session 15). Each page is written here for the pattern it shows:

- a block editor marks its first text block with a modifier class (a drop cap:
  ``block-text block-text_initial-letter``), the other blocks carry the base class alone;
- a page builder wraps each module of the text in four boxes (section, container, column,
  content), a pull quote or a picture module between two parts;
- a link set in a ``<span>`` in the middle of a sentence is a word of it, not a link list;
- a video player's box over the report (the ``<video>``, its controls and menus) is the player's.
"""

from __future__ import annotations

from conftest import bundled_rules

from fanwen.offline import process_html

PARAS = [
    "The city library reopened on Monday after a two-year renovation that cost far more than planned, "
    "and the first visitors queued from seven in the morning to see the new reading rooms.",
    "Officials said the building now holds eight hundred thousand volumes, a children's wing and a "
    "workshop where residents can repair old books with the help of trained volunteers.",
    "The renovation was paid for by the city and by a public appeal that raised more than a million "
    "dollars in small gifts, most of them from families who had used the old library for decades.",
    "Critics of the project said the money would have been better spent on branch libraries in the "
    "suburbs, where opening hours were cut twice during the same two years of building work.",
    "The library's director said the branches would get longer hours from next spring, once the new "
    "staff hired for the central building had finished their training and could cover weekends.",
    "Visitors on the first day were mostly pleased, though several complained that the café on the "
    "ground floor closed at four and that the new lifts were slower than the old stairs.",
]

ZH = [
    "本报讯 市图书馆新馆昨日正式对外开放，首日接待读者逾三千人次，不少市民一早便在门口排起长队。",
    "新馆共设阅览座位一千二百个，藏书八十万册，另设少儿阅读区和古籍修复工作室，由志愿者带领市民修补旧书。",
    "馆方表示，将延长夜间开放时间，方便上班族借阅；各区分馆明年春天起也将延长开放时间，周末照常开放。",
    "也有读者提出，新馆一楼的咖啡馆下午四点就关门，电梯比原来的楼梯还慢，希望馆方尽快改进这些细节。",
]


def _page(body: str, title: str = "City library reopens after two years") -> str:
    return f"""<html><head><title>{title} - Example News</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/city/">City</a> <a href="/culture/">Culture</a></div>
<div class="main"><h1>{title}</h1><div class="meta">By Jane Roe · 18 March 2025</div>
{body}</div>
<div class="footer"><a href="/about/">About us</a> <a href="/contact/">Contact</a></div></body></html>"""


# A block editor's templates: a text block (its wrapper and its box of class ``{}``), a picture block.
TEXT_BLOCK = '<div class="article__block article__block_text"><div class="{}">{}</div></div>'
PICTURE = '<div class="article__block article__block_image"><figure><img src="/p/{0}.jpg"></figure></div>'


def _text(html: str) -> str:
    return process_html(html, "https://news.example.com/city/library-reopens.html", bundled_rules()).text


def test_the_first_text_block_with_a_modifier_class_is_a_part_of_the_text():
    """A block editor sets each paragraph group as a text block of one template (a wrapper and its
    ``block-text`` box) with picture blocks between them; the first block adds a modifier class
    for its drop cap (``block-text block-text_initial-letter``). The block is the text's first
    part all the same: the lead was lost because its class was not the other blocks' exactly."""
    body = (
        '<div class="article__content">'
        + TEXT_BLOCK.format("block-text block-text_initial-letter", f"<p>{PARAS[0]}</p>")
        + PICTURE.format(1)
        + TEXT_BLOCK.format("block-text", "".join(f"<p>{p}</p>" for p in PARAS[1:4]))
        + PICTURE.format(2)
        + TEXT_BLOCK.format("block-text", "".join(f"<p>{p}</p>" for p in PARAS[4:]))
        + "</div>"
    )
    text = _text(_page(body))
    assert all(p in text for p in PARAS)


def test_a_module_of_another_template_sharing_the_first_class_word_is_no_part():
    """The look-alike: the text's box and a side box share the first class word but neither's
    classes hold the other's (``block-text`` and ``block-promo``): the side box stays out."""
    text_block = '<div class="article__block"><div class="{}">{}</div></div>'
    promo = "Subscribe to our newsletter today and get the best stories of the week, every week, free."
    body = (
        '<div class="article__content">'
        + text_block.format("block-text", "".join(f"<p>{p}</p>" for p in PARAS))
        + text_block.format("block promo", f"<p>{promo}</p>")
        + "</div>"
    )
    text = _text(_page(body))
    assert all(p in text for p in PARAS)
    assert "newsletter" not in text


def _builder_module(inner: str, cls: str = "post__content wysiwyg") -> str:
    """A page builder's module: section, container, column, section box, then the content box."""
    return (
        '<div class="acf-content"><section class="outer"><div class="container--xs">'
        f'<div class="post__content__section"><div class="{cls}">{inner}</div></div></div></section></div>'
    )


def test_a_text_in_page_builder_modules_four_boxes_deep_keeps_every_part():
    """A page builder wraps each module in four boxes (a section, a container, a column, a
    section box) around the text's content box, and sets a pull quote module between the text's
    parts: the parts before and after it are one article (only the longest part was kept)."""
    quote = '<div class="acf-quote"><blockquote class="pull">“Queues from seven”</blockquote></div>'
    body = (
        '<div class="post">'
        + _builder_module("".join(f"<p>{p}</p>" for p in PARAS[:2]))
        + quote
        + _builder_module("".join(f"<p>{p}</p>" for p in PARAS[2:5]))
        + _builder_module(f"<p>{PARAS[5]}</p>")
        + "</div>"
    )
    text = _text(_page(body))
    assert all(p in text for p in PARAS)


def test_a_link_in_a_span_inside_a_sentence_is_a_word_of_it():
    """A site sets each link of the text in a ``<span>`` (a script's hook): a span holding a link in
    the middle of a sentence, the sentence going on after it, is a word of the text, not a link
    list; it stays, and the sentence reads whole (the link's words were cut out of it)."""
    body = (
        '<div class="body">'
        f"<p>{PARAS[0]}</p>"
        '<p>The teardown is done, and <span><a href="https://example.org/teardown">the results are in</a></span>. '
        "The new building is a lot like the old one, save for a few meaningful features that "
        'visitors <span><a href="https://example.org/review">are passionate about</a></span> and will notice.</p>'
        '<p>据<span><a href="https://example.org/notice">馆方公告</a></span>，新馆将延长夜间开放时间。'
        f"{ZH[1]}</p>" + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div>"
    )
    text = _text(_page(body))
    assert "and the results are in. The new building" in text
    assert "visitors are passionate about and will notice" in text
    assert "据馆方公告，新馆将延长夜间开放时间" in text


def test_a_span_of_links_ending_a_paragraph_is_still_a_link_list():
    """The look-alike: a span of links closing a paragraph, nothing after it (a ``Related:`` line
    of links), is a link list and goes."""
    related = (
        '<p>Related: <span><a href="/r/1.html">Branch libraries cut hours again</a> · '
        '<a href="/r/2.html">Appeal raises a million for the city library</a></span></p>'
    )
    body = '<div class="body">' + "".join(f"<p>{p}</p>" for p in PARAS) + related + "</div>"
    text = _text(_page(body))
    assert all(p in text for p in PARAS)
    assert "Branch libraries cut hours again" not in text


def _video_box(description: str = "") -> str:
    """A site's video player as its script leaves it in the page: the video's title and length,
    the ``<video>``, the controls (time readout, speed and quality menus, tips, an error box)."""
    return (
        '<div class="media-box"><div class="media-info"><span>《城市书房》第三期：新馆开馆</span>'
        "<span>时长：01:45</span><span>来源：某某视频</span></div>"
        '<div class="media-stage"><video preload="auto"></video>'
        '<div class="tip">正在为您切换到高清 480P,请稍候...</div><div class="tip">播放速度：2X</div>'
        '<div class="bar"><span>00:00/01:45</span><span>倍速</span><ul><li>2.0X</li><li>1.5X</li>'
        "<li>1.0X</li></ul><ul><li>超清</li><li>高清</li><li>标清</li></ul><span>循环播放</span>"
        "<span>跳过片头</span></div>"
        '<div class="err">很抱歉，当前视频播放失败 错误代码：4100 立即刷新 帮助反馈</div>'
        f"{description}</div></div>"
    )


def test_a_video_players_controls_above_the_report_are_no_part_of_it():
    """A news page sets a video over its report: the player's box (a ``<video>`` beside its
    controls: a time readout, speed and quality menus, tips, an error message) and the video's
    title and length in the region's box. They are the player's, not the report's: a box holding
    the video that has at most a sentence, where the region has text outside it, is skipped."""
    body = '<div class="pic-content">' + _video_box() + "".join(f"<p>{p}</p>" for p in ZH) + "</div>"
    text = _text(_page(body, "市图书馆新馆开放"))
    assert all(p in text for p in ZH)
    assert "倍速" not in text and "00:00" not in text and "播放失败" not in text


def test_a_videos_description_beside_its_player_stays():
    """The look-alike: a video page whose text is the video's description, sentences beside the
    ``<video>`` in the player's box: the description is the page's text and stays."""
    description = "".join(f"<p>{p}</p>" for p in ZH)
    body = '<div class="pic-content">' + _video_box(description) + "</div>"
    text = _text(_page(body, "市图书馆新馆开放"))
    assert all(p in text for p in ZH)


def test_a_box_under_an_english_feed_label_of_several_words_goes():
    """A feed's label of several English words (``You may also like``, ``More stories``, ``Most
    popular``) heading a box inside the region, over teasers with prose of their own: the box is
    the feed's, as a box under ``相关阅读`` is. The labels were matched with the line's spaces taken
    out, so a label of several words never matched."""
    teaser = (
        '<div class="teaser"><p>{0} A longer teaser of a story elsewhere on the site, written to draw '
        "readers on, with a sentence or two of its own.</p></div>"
    )
    feed = (
        '<div class="box"><div class="label">You may also like</div>'
        + "".join(teaser.format(t) for t in ("Parks reopen.", "Buses run late.", "Schools shut early."))
        + "</div>"
    )
    body = '<div class="body">' + "".join(f"<p>{p}</p>" for p in PARAS) + feed + "</div>"
    text = _text(_page(body))
    assert all(p in text for p in PARAS)
    assert "Parks reopen" not in text and "You may also like" not in text


AD = "青川书城新学期教辅专场本周开幕，全场图书满一百元减二十元，会员再享九五折，地址在县城东路十八号。"


def test_a_module_whose_modifier_reads_as_a_promo_or_that_lacks_the_parts_modifier_is_no_part():
    """Review R14: a modifier class marks a promo, a teaser or a sponsored block as readily as a drop
    cap: a text block whose modifier reads as chrome (``block-text block-text_promo``) is another
    module. And a module with the base class alone (``post__content`` beside the parts'
    ``post__content wysiwyg``), where the parts share their modifier, is another module too."""
    body = (
        '<div class="article__content">'
        + TEXT_BLOCK.format("block-text", f"<p>{ZH[0]}</p><p>{ZH[1]}</p>")
        + PICTURE.format(1)
        + TEXT_BLOCK.format("block-text block-text_promo", f"<p>{AD}</p>")
        + PICTURE.format(2)
        + TEXT_BLOCK.format("block-text", f"<p>{ZH[2]}</p><p>{ZH[3]}</p>")
        + "</div>"
    )
    text = _text(_page(body, "市图书馆新馆开放首日迎客三千人次"))
    assert all(p in text for p in ZH)
    assert "青川书城" not in text
    quote = '<div class="acf-quote"><blockquote>“首日三千人次”</blockquote></div>'
    body = (
        '<div class="post">'
        + _builder_module(f"<p>{ZH[0]}</p><p>{ZH[1]}</p>")
        + quote
        + _builder_module(f"<p>{ZH[2]}</p><p>{ZH[3]}</p>")
        + _builder_module(f"<p>{AD}</p>", "post__content")
        + "</div>"
    )
    text = _text(_page(body, "市图书馆新馆开放首日迎客三千人次"))
    assert all(p in text for p in ZH)
    assert "青川书城" not in text


def test_a_span_of_many_links_inside_a_line_is_still_a_link_list():
    """Review R18: a span of three links or more is a link list wherever it sits, words after it or
    not (a share bar's 微信 微博 QQ空间 豆瓣, then its call; a keyword list, then its tail): only a span
    of one link, or of a few under the sentence's own words, is a word of the sentence."""
    share = (
        '<div class="bar"><span><a href="/s/1">微信</a> <a href="/s/2">微博</a> <a href="/s/3">QQ空间</a> '
        '<a href="/s/4">豆瓣</a></span>扫一扫，把好文章分享给朋友</div>'
    )
    keywords = (
        '<p>本文关键词：<span><a href="/k/1">科技节</a>、<a href="/k/2">机器人</a>、<a href="/k/3">创新教育</a>、'
        '<a href="/k/4">航模</a>、<a href="/k/5">中学生</a></span> 等，点击可查看更多相关文章</p>'
    )
    body = '<div class="body">' + "".join(f"<p>{p}</p>" for p in ZH) + share + keywords + "</div>"
    text = _text(_page(body, "市图书馆新馆开放"))
    assert all(p in text for p in ZH)
    assert "QQ空间" not in text and "创新教育" not in text


def test_a_paragraph_that_holds_a_video_and_its_own_sentence_stays():
    """Review R22: a rich-text editor puts a ``<video>`` or an ``<audio>`` inside the paragraph being
    written; the paragraph holds prose of its own beside it and is the text's, not a player's box, and a
    box of a video and its one-sentence description is no player either. A player's box is known by its
    controls' words (a time readout, 倍速, 播放失败) or by having no prose."""
    video = '<video src="/v/1.mp4" controls></video>'
    lines = [
        f"<p>开幕式上，同学们表演了自编自导的机器人舞蹈，赢得了全场热烈的掌声。{video}</p>",
        '<p>听一听：<audio src="/a/1.mp3" controls></audio>请同学们跟着录音朗读课文，注意读准字音。</p>',
        f'<section class="vbox">{video}<p>视频中，学生们正在操作自己设计的机器人完成搬运任务。</p></section>',
    ]
    body = (
        '<div class="content">'
        + "".join(f"<p>{p}</p>" for p in ZH[:3])
        + "".join(lines)
        + f"<p>{ZH[3]}</p></div>"
    )
    text = _text(_page(body, "市图书馆新馆开放"))
    assert all(p in text for p in ZH)
    for said in ("赢得了全场热烈的掌声", "请同学们跟着录音朗读课文", "视频中，学生们正在操作"):
        assert said in text, said
