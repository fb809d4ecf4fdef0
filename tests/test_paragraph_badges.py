"""A number-only element closing most paragraphs of the text is the reader's UI, not text (fanwen/extract/blocks.py).

A novel reader prints, at the end of every paragraph of a chapter, a small inline element holding only a number:
the paragraph's comment count (段评, ``<span class="review">12</span>``), a like count, a bubble. It landed in the
text, one number after every paragraph. A chapter's end often asks for votes (求月票, 求推荐票), which the rule
``cta-vote-ticket`` takes (fanwen/strip/rules.toml).

Look-alikes that stay: paragraphs that really end in a number (共计12), numbers set in their own element after a
word (得分<b>86</b>), footnote marks (``[1]``, ``<sup>2</sup>``), and a badge on too few paragraphs to be the page's.
Every page here is our own text.
"""

from __future__ import annotations

from fanwen.offline import process_html
from fanwen.strip import load_rules

LINES = [
    "天刚蒙蒙亮，林秋就背着竹篓出了门，山路上的露水打湿了他的裤脚。",
    "他记得师父说过，后山的那片竹林里藏着一条小路，只有在雾最浓的时候才能看见。",
    "走到半山腰，雾气果然越来越重，连三步之外的树干都看不清楚了。",
    "忽然，前方传来一阵细细的铃声，像是有人在雾里摇着一串铜铃。",
    "林秋握紧了手里的柴刀，屏住呼吸，一步一步朝着铃声的方向走去。",
    "雾的尽头，是一座他从来没有见过的石桥，桥上站着一个穿青衫的老人。",
]


def page(paragraphs: list[str], title: str = "第十二章 雾中石桥", tail: str = "") -> str:
    body = "\n".join(paragraphs)
    return f"""<html><head><meta charset="utf-8"><title>{title}_某某书屋</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/book/88/">目录</a></div>
<div class="reader"><h1>{title}</h1><div class="read-content">
{body}
{tail}</div></div>
<div class="foot">某某书屋 版权所有</div></body></html>"""


def read(html: str):
    article = process_html(html, "https://book.example.cn/book/88/12.html", load_rules())
    assert article is not None
    return article


def test_a_comment_count_span_closing_every_paragraph_is_left_out() -> None:
    counts = [12, 3, 157, 8, 46, 2]
    html = page(
        [f'<p>{line}<span class="review">{n}</span></p>' for line, n in zip(LINES, counts, strict=True)]
    )
    text = read(html).text
    for line in LINES:
        assert line in text
    for n in counts:
        assert str(n) not in text


def test_a_nested_badge_link_after_each_paragraph_in_divs_is_left_out() -> None:
    """Another shape: ``<div>`` paragraphs, the count in an ``<i>`` inside a link, a space before it; one paragraph has none."""
    counts = [5, 0, 23, None, 99, 7]
    html = page(
        [
            f'<div class="p">{line} <a class="dp" href="#c{i}"><i>{n}</i></a></div>'
            if n is not None
            else f'<div class="p">{line}</div>'
            for i, (line, n) in enumerate(zip(LINES, counts, strict=True))
        ]
    )
    text = read(html).text
    for line in LINES:
        assert line in text
    assert not any(ch.isdigit() for ch in text)


def test_a_chapter_ends_vote_plea_goes() -> None:
    html = page(
        [f"<p>{line}</p>" for line in LINES],
        tail="<p>（本章完）</p><p>新书上架，求月票！求推荐票！拜谢各位书友！</p>",
    )
    article = read(html)
    assert "月票" not in article.text
    assert LINES[-1] in article.text


def test_paragraphs_ending_in_their_own_numbers_stay() -> None:
    """A report's lines end in numbers, some set in their own element after a word; footnote marks."""
    lines = [
        "本次活动共有三个年级参加，报名人数共计<b>128</b>",
        "一年级参赛作品数量为<span class='num'>45</span>",
        "二年级参赛作品数量为<span class='num'>39</span>",
        "三年级参赛作品数量为<span class='num'>44</span>",
        "评委会由学校的语文老师和家长代表组成。<sup>1</sup>",
        "获奖名单将在下周一公布，详见学校公告。[2]",
    ]
    text = read(page([f"<p>{line}</p>" for line in lines], title="读书节活动总结")).text
    for number in ("128", "45", "39", "44", "1", "[2]"):
        assert number in text


def test_a_number_element_after_a_sentence_on_few_paragraphs_stays() -> None:
    """Two paragraphs of six close with a number in an element: too few to be the page's UI."""
    paras = [f"<p>{line}</p>" for line in LINES]
    paras[1] = f"<p>{LINES[1]}<span>1998</span></p>"
    paras[4] = f"<p>{LINES[4]}<em>2024</em></p>"
    text = read(page(paras)).text
    assert "1998" in text and "2024" in text


def test_a_vote_in_the_text_stays() -> None:
    """A news report on web novels names monthly tickets: no plea."""
    lines = [
        "据平台公布的数据，这部作品上个月获得了超过十万张月票，位列月票榜第一。",
        "不少读者表示，追更这部小说已经成了每天睡前的习惯，也愿意为喜欢的作者投出推荐票。",
        *LINES[:4],
    ]
    text = read(page([f"<p>{line}</p>" for line in lines], title="网络文学月度观察")).text
    for line in lines[:2]:
        assert line in text


# Session 17 review: a number element is text unless the page marks it as the reader's UI (a class, id or data-
# attribute naming a comment, review, reply, like or badge; a link to a comment's anchor), and then it goes
# wherever it closes or opens a paragraph, on however few of them, in whatever count's form.

COUNTS = [14, 6, 203, 9, 51, 1]


def test_numbers_the_page_does_not_mark_as_its_ui_stay() -> None:
    """A forecast's range, a footnote mark as a link, a poem's line numbers, a quote's year: the text's own."""
    towns = ["南宁", "昆明", "贵阳", "拉萨", "银川", "兰州"]
    shapes = [
        (
            "天气预报",
            [
                f"<p>{t}：阴转小雨，气温<span class='lo'>{3 + i}</span>～<span class='hi'>{15 + i}</span></p>"
                for i, t in enumerate(towns)
            ],
            [f"～{15 + i}" for i in range(6)],
        ),
        (
            "论文",
            [f"<p>{line}<a class='fn' href='#fn{i}'>{i + 1}</a></p>" for i, line in enumerate(LINES)],
            [f"{line}{i + 1}" for i, line in enumerate(LINES)],
        ),
        (
            "诗注",
            [f"<p>{line}<span class='no'>{i + 1}</span></p>" for i, line in enumerate(LINES)],
            [f"{line}{i + 1}" for i, line in enumerate(LINES)],
        ),
        (
            "语录",
            [f"<p>“{line}”<em class='yr'>{1900 + i}</em></p>" for i, line in enumerate(LINES)],
            [str(1900 + i) for i in range(6)],
        ),
    ]
    for title, paras, kept in shapes:
        text = read(page(paras, title=title)).text
        for number in kept:
            assert number in text, title


def test_marked_counts_go_in_every_form_and_place() -> None:
    """Counts with words (8条评论, 赞 8, 1.2k), before the text, after a colon or no mark, an icon inside, a <sup>."""
    forms = ["12条评论", "赞 3", "1.2k", "99+", "7", "1万+"]
    ends = ["他压低声音说：", "“可是——", "（后来再没人提起。）", "咚", *LINES[:2]]
    shapes = [
        [
            f'<p>{line}<a class="cmt-link" href="#comment-{i}">{f}</a></p>'
            for i, (line, f) in enumerate(zip(LINES, forms, strict=True))
        ],
        [f'<p><span class="para-review">{n}</span>{line}</p>' for line, n in zip(LINES, COUNTS, strict=True)],
        [f'<p>{line}<span class="review">{n}</span></p>' for line, n in zip(ends, COUNTS, strict=True)],
        [
            f'<p>{line}<span data-type="like"><i class="icon"></i>{n}</span></p>'
            for line, n in zip(LINES, COUNTS, strict=True)
        ],
        [f'<p>{line}<sup class="dp-count">{n}</sup></p>' for line, n in zip(LINES, COUNTS, strict=True)],
    ]
    for paras in shapes:
        text = read(page(paras)).text
        assert not any(ch.isdigit() for ch in text), text
        assert "评论" not in text and "赞" not in text


def test_marked_counts_on_few_paragraphs_go() -> None:
    """A 段评 reader shows a count only where a paragraph has comments: 3 of 9 here."""
    lines = [*LINES, "他停下脚步，回头看了一眼。", "风从竹林里穿过。", "老人朝他点了点头。"]
    paras = [
        f'<p>{line}<span class="review">{COUNTS[i % 6]}</span></p>' if i in (1, 4, 7) else f"<p>{line}</p>"
        for i, line in enumerate(lines)
    ]
    text = read(page(paras)).text
    assert all(line in text for line in lines)
    assert not any(ch.isdigit() for ch in text)


def test_vote_pleas_in_their_other_forms_go() -> None:
    for plea in (
        "周末了，跪求诸位书友的保底月票，感激不尽！",
        "活动期间，大家手里的推荐票投给本书吧！",
        "新书冲榜，求推荐！求点击！",
        "作者有话说：这两章为了理顺支线的伏笔，删删改改写了整整三天，后面的节奏会快起来，请大家放心。最后，求月票！求推荐票！",
    ):
        text = read(page([f"<p>{line}</p>" for line in LINES], tail=f"<p>{plea}</p>")).text
        assert plea[-6:] not in text, plea
        assert LINES[-1] in text


def test_a_plea_in_someones_words_or_to_a_collector_stays() -> None:
    """Dialogue and quotation, 求收藏家 (a collector), 求推荐几本 (a book asked for): the text's own."""
    for line in (
        "“求收藏家们开开恩，这只碗真是祖上传下来的！”",
        "“大姐，求张月票通融一下，我的落在家里了。”",
        "在写手的群里，“求月票”早已成了一句玩笑话。",
        "求收藏家出个实价，他却只是摇头。",
        "求推荐几本适合睡前读的小说。",
    ):
        text = read(page([f"<p>{x}</p>" for x in [*LINES[:4], line]], title="第五章 旧货市场")).text
        assert line in text, line
