"""A short text in a page grid: the old table-layout site's row of columns.

A township office's, a temple's or a school's site (ASP/PHP, Big5 or GBK) sets its page as one
row of columns side by side, a menu of links | the text | a 最新消息 list, over a footer row of
address lines, and prints a notice (100 to 400 Han characters) as lines parted by ``<br>`` in one
cell under its title in bold, no heading tag and often no ``<p>``. The side column's teasers and
the footer's lines outvoted such a short text through the ``<body>`` that holds them all, and the
whole page was the article. Every page here is written for the pattern.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.extract import content
from fanwen.pagepath import PageOptions, read_page

NAV = (
    '<td width="140" valign="top"><a href="/">首頁</a><br><a href="/about.asp">本所簡介</a><br>'
    '<a href="/news.asp">最新消息</a><br><a href="/svc.asp">便民服務</a><br><a href="/dl.asp">表單下載</a></td>'
)
NEWS = (
    '<td width="200" valign="top"><b>最新消息</b><br>'
    '<a href="/news.asp?id=41">中秋聯歡晚會</a><br>本所訂於九月二十八日舉辦中秋聯歡晚會，歡迎鄉親闔家參加。<br>'
    '<a href="/news.asp?id=40">健康檢查</a><br>老人健康檢查開始受理，請攜帶證件。<br>'
    '<a href="/news.asp?id=39">防汛</a><br>颱風季節請鄉民注意防範，清理水溝。<br>'
    '<a href="/news.asp?id=38">團拜</a><br>公所新春團拜活動於初五上午舉行。</td>'
)
FOOT = (
    '<tr><td colspan="3">本網站建議使用IE8.0以上版本瀏覽器，最佳解析度為1024x768。'
    "本網站內容僅供參考，如有疑義，請以本所公告為準。<br>"
    "地址：某某縣某某鄉中正路100號　電話：(03)1234567　傳真：(03)1234568<br>"
    "服務時間：週一至週五上午八時至下午五時，中午照常受理。<br>版權所有 某某鄉公所</td></tr>"
)
NOTICE = [
    "本鄉老人免費健康檢查訂於十月十五日至二十日舉行，凡設籍本鄉年滿六十五歲之鄉民均可參加。",
    "報名請攜帶身分證及健保卡至本所社會課辦理，檢查前一晚十點後請禁食，名額有限，額滿為止。",
    "某某鄉公所　敬啟",
    "中華民國一一五年九月二十日",
]
TEMPLE = [
    "各位善信大德：",
    "本寺定于农历九月十九日举行观音菩萨出家纪念法会，恭请本寺常住法师主法。",
    "法会期间每日上午九时诵《普门品》，下午二时拜《大悲忏》，欢迎十方善信随喜参加。",
    "凡欲登记功德、超度、延生牌位者，请于十一月五日前至客堂登记，逾期恕不受理。",
    "法会期间本寺供应素斋，请自备环保餐具。",
    "特此通告",
    "某某禅寺客堂　谨启",
    "二〇二六年十月二十日",
]
VILLAGE = [
    "各位村民：",
    "本村定于十一月十日上午九时在村委会二楼会议室召开村民代表大会，审议本村二〇二六年村务收支情况，讨论村道硬化工程实施方案。",
    "请各位代表准时参加，不得无故缺席。",
    "某某村村民委员会",
    "二〇二六年十一月一日",
]
POEM = ["山路繞過老茶園", "霧從溪谷慢慢升起", "阿嬤的斗笠在田埂上", "像一朵不肯謝的花"]
POEM += ["午後的雷雨來了又走", "屋簷下滴答著舊歌", "我在門檻上數著", "那些回不去的夏天"]
RULES = tuple(bundled_rules())


def _grid_page(
    title: str, heading: str, text: str, charset: str, site: str = "某某鄉公所", nested: bool = True
) -> bytes:
    """The grid's row: the menu | the title's cell over the text's cell (``nested``: a table in the
    column; else both straight in the column's cell) | 最新消息."""
    column = f"{heading}{text}"
    if nested:
        column = (
            f'<table width="100%"><tr><td align="center">{heading}</td></tr><tr><td>{text}</td></tr></table>'
        )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}-{site}</title></head><body><table width="760"><tr><td colspan="3"><img src="/img/top.jpg"></td></tr>
<tr>{NAV}<td valign="top">{column}</td>{NEWS}</tr>{FOOT}</table></body></html>"""
    return html.encode(charset)


def _lines(title: str, text: str, charset: str, heading: str | None = None, nested: bool = True) -> list[str]:
    page = read_page(
        _grid_page(title, heading or f"<b>{title}</b>", text, charset, nested=nested),
        "http://www.example.gov.tw/news/show.asp?id=42",
        PageOptions(None, RULES),
    )
    assert page.article is not None, page.message
    return ["".join(block.text.split()) for block in page.article.blocks]


def _squeezed(lines: list[str]) -> list[str]:
    return ["".join(line.replace("&nbsp;", "").split()) for line in lines]


@pytest.mark.parametrize(
    ("charset", "title", "lines", "text"),
    [
        # A short notice (two sentences), its lines indented with &nbsp; and parted by <br>.
        ("big5", "老人免費健康檢查通知", NOTICE, "<br>".join("&nbsp;&nbsp;" + line for line in NOTICE)),
        # The same in a <font>, parted by blank lines (<br><br>).
        ("big5", "老人免費健康檢查通知", NOTICE, '<font size="2">' + "<br><br>".join(NOTICE) + "</font>"),
        # The same as <p> paragraphs: the grid, not the <br>, is the pattern.
        ("big5", "老人免費健康檢查通知", NOTICE, "".join(f"<p>{line}</p>" for line in NOTICE)),
        # A village's short notice, GBK, parted by <br> and newlines.
        ("gbk", "关于召开村民代表大会的通知", VILLAGE, "<br>\n".join(VILLAGE)),
        # A temple's notice of medium length, GBK, each line in a <font> of its own.
        ("gbk", "观音菩萨出家纪念法会通告", TEMPLE, "".join(f"<font>{line}</font><br>" for line in TEMPLE)),
    ],
)
def test_a_notice_in_a_page_grid_is_its_cell_whole(charset, title, lines, text):
    assert _lines(title, text, charset) == _squeezed(lines)


def test_a_poem_in_a_page_grid_keeps_its_verses_and_nothing_of_the_side_columns():
    """Look-alike: verse lines parted by <br>, under a short title and a byline in the title's cell."""
    got = _lines("茶園的夏天", "<br>".join(POEM), "big5", heading="<b>茶園的夏天</b><br>文／林某某")
    assert got == POEM


def test_an_article_of_paragraphs_in_a_page_grid_leaves_the_next_column_out():
    """Look-alike: a report long enough to win alone; the 最新消息 column beside it joined it."""
    paras = [
        f"本報訊　某鄉第{i}場健行活動吸引上千名鄉民參加，大家沿著青山步道欣賞秋天的景色。"
        "隊伍在中午前抵達終點，鄉長在涼亭前為完成全程的長輩頒發紀念毛巾，現場氣氛熱烈。"
        for i in range(5)
    ]
    text = "".join(f"<p>{p}</p>" for p in paras)
    got = _lines("健行活動圓滿", text, "big5", heading="<h2>健行活動圓滿</h2>", nested=False)
    assert got == _squeezed(paras)


def test_a_short_text_under_no_title_of_the_page_keeps_the_winner():
    """Look-alike: the bold line over the text is not what the <title> says (the site's name
    only): no column is the page's text by its title, and the vote's winner (the page) stays."""
    page = read_page(
        _grid_page(
            "某某鄉公所全球資訊網", "<b>老人免費健康檢查通知</b>", "<br>".join(NOTICE), "big5", site="首頁"
        ),
        "http://www.example.gov.tw/news/show.asp?id=42",
        PageOptions(None, RULES),
    )
    assert page.article is not None
    text = "".join(page.article.text.split())
    assert all(line in text for line in _squeezed(NOTICE)) and "最新消息" in text


def test_a_thread_of_posts_beside_their_posters_cards_is_no_page_grid():
    """Look-alike: each post's row has a card of links (profile, messages, posts) beside it; the
    rows repeat, so they are a thread's, not the page's columns."""
    from lxml.html import fragment_fromstring

    card = '<td><a href="/u/1">會員</a><br><a href="/pm/1">發訊息</a><br><a href="/p/1">文章</a></td>'
    rows = "".join(
        f"<tr>{card}<td>第{i}樓：這次健行活動很開心，推薦大家明年一起來。</td></tr>" for i in range(3)
    )
    box = fragment_fromstring(f"<div><table>{rows}</table></div>")
    assert content._grid_columns(box, content.measure(box)) == frozenset()


# Review G8 of 181bd99: the <title> names the page's column (校园公告-某某小学, as many old CMSs
# print it), and a short side box is headed by that column's name, a link of the page's menu.
SCHOOL_NAV = (
    '<td width="150" valign="top"><a href="/">学校首页</a><br><a href="/gk.asp">学校概况</a><br>'
    '<a href="/xw.asp">校园新闻</a><br><a href="/gg.asp">校园公告</a><br><a href="/zy.asp">教学资源</a></td>'
)
SCHOOL_NOTICE = [
    "各位家长：",
    "根据上级通知，我校定于五月一日至五日放假，六日正常上课，请家长做好孩子的假期安全教育。",
    "某某小学",
    "二〇二六年四月二十七日",
]
SCHOOL_SIDE = (
    '<td width="190" valign="top"><b>校园公告</b><br>本学期期末考试安排在七月一日至三日，请同学们认真复习。<br>'
    "暑假学生返校时间为八月三十日上午九时，请各班主任提前通知。</td>"
)
SCHOOL_FOOT = (
    '<tr><td colspan="3">地址：某某县城关镇学府路8号　电话：0571-7654321　邮编：311000<br>'
    "版权所有 某某县某某小学　技术支持：某某科技公司　建议使用IE8.0以上浏览器，1024x768分辨率浏览本站。</td></tr>"
)


def _column_titled_page(title: str, side: str = SCHOOL_SIDE) -> bytes:
    column = (
        '<table width="100%"><tr><td align="center"><b>关于五一劳动节放假的通知</b></td></tr>'
        f"<tr><td>{'<br>'.join(SCHOOL_NOTICE)}</td></tr></table>"
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{title}-某某县某某小学</title></head><body><table width="760"><tr><td colspan="3"><img src="/img/banner.jpg"></td></tr>
<tr>{SCHOOL_NAV}<td>{column}</td>{side}</tr>{SCHOOL_FOOT}</table></body></html>"""
    return html.encode("gbk")


def _read_text(html: bytes) -> str | None:
    page = read_page(html, "http://www.example-school.cn/gg/show.asp?id=43", PageOptions(None, RULES))
    return None if page.article is None else "".join(page.article.text.split())


def test_a_side_box_headed_by_the_column_the_title_names_is_not_the_page():
    """The side box's bold 校园公告 is what the <title> starts with, and the menu's link: the
    title names the column, and the short box is not taken for the page (the notice kept, as
    before the grid's rule: the page's text whole)."""
    text = _read_text(_column_titled_page("校园公告"))
    assert text is not None and all(line in text for line in _squeezed(SCHOOL_NOTICE))


def test_a_notice_whose_title_a_teaser_list_links_is_still_its_cell():
    """Look-alike: the 最新消息 list of teasers links the notice's own title; that list is no
    menu, and the notice under its title is its cell alone."""
    side = NEWS.replace("<br>", '<br><a href="/news.asp?id=43">老人免費健康檢查通知</a><br>', 1)
    html = _grid_page("老人免費健康檢查通知", "<b>老人免費健康檢查通知</b>", "<br>".join(NOTICE), "big5")
    html = html.replace(NEWS.encode("big5"), side.encode("big5"))
    assert _read_text(html) == "".join(_squeezed(NOTICE))
