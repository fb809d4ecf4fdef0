"""A site's own calls and boxes ending in a link, an account's calls, and a by-line of role marks opening the text
(session 19, issue 11), on pages of the project's own: a church's newsletter column in Big5, a city news site and an
official account's article. Each test names the general pattern it shows; the look-alikes of the article's own prose
are in the same pages.

- cta-link-call: a short line (a box's, or glued after a paragraph as a sentence or a bracket of its own) whose last
  clause is a link pointing away, an act's word before an arrow glyph at its very end (點此認養 →, 線上留言 →, 訂閱方式 →,
  （更多花絮請見相簿 →）, 去投稿 ›, 点击预约…直播 ›). An arrow inside a process (申请→审核→发放), a path to click told in a how-to, a notice's contact line and news of a live
  stream, an app or an offering stay.
- meta-byline: a by-line of role marks on a line of its own above the text (文／陳以恩 牧師, 王美玲姊妹 口述／編輯小組 整理,
  文／吳承翰 弟兄 攝影／許家豪, 文/营养科 主管营养师 许静): metadata, not text. Below the first paragraph, in a run of lines
  of its shape (a word game's 文／武双全, 古／今中外) or as a sentence (文章千古事，得失寸心知。) it is the text's, and so is a
  press outlet's writer credited so (文｜…日报记者 周雅琴: the truths keep a re-posted story's credit as printed).
"""

from __future__ import annotations

from conftest import bundled_rules

from fanwen.offline import process_html

# A church newsletter's paragraphs (traditional): each more than a caption's 60 characters.
CHURCH = (
    "今年春天，本會長青團契與社區關懷據點合辦「樂齡書法班」，共有二十二位長輩報名，每週四上午在副堂上課，"
    "由退休國文老師林老師義務指導。",
    "課程從握筆、坐姿開始教起，再練習永字八法與楷書基本筆畫。許多長輩年輕時沒有機會讀書，如今一筆一畫寫出"
    "自己的名字，臉上都是笑容。",
    "感恩節特別奉獻共收到新台幣三十二萬元，執事會決議全數用於偏鄉兒童課後輔導，財務收支已在週報中公開。",
    "結業典禮上，長輩們把自己的作品掛在副堂牆上，邀請家人和弟兄姊妹一起欣賞，不少孫子孫女拿著手機幫阿公阿嬤拍照。",
)
# A city news site's paragraphs (simplified).
NEWS = (
    "昨晚，县长走进直播间为家乡的高山云雾茶代言，两个小时卖出茶叶一万多单，不少网友在评论区留言说下次还来。",
    "据介绍，新上线的政务App已接入社保、公积金等一百多项服务，办理流程为网上申请→资格审核→公示→资金发放，"
    "全程不超过十个工作日。",
    "具体路径为“首页→办事大厅→社保查询”，按提示填写姓名和证件号码即可，老年人也可以请社区网格员帮忙操作。",
    "联系电话：0571-88776655，联系人：王老师。",
)


def _church_page(body: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>樂齡書法班結業_教會消息_恩典堂</title></head><body>'
        '<div class="menu"><a href="/">首頁</a> <a href="/news/">教會消息</a> <a href="/about/">認識我們</a></div>'
        '<div class="story"><h1>樂齡書法班結業</h1><div class="date">2025-05-04</div>'
        f'<div class="content">{body}</div></div>'
        '<div class="foot">恩典堂 版權所有 地址：台中市北區三民路100號</div></body></html>'
    )


def _news_page(body: str, title: str = "县里上线政务App 一百多项服务掌上办") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_本地新闻_溪城网</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/local/">本地新闻</a> <a href="/video/">视频</a></div>'
        f'<div class="article"><h1>{title}</h1><div class="info">2025-06-12 09:30</div>'
        f'<div class="text">{body}</div></div>'
        '<div class="foot">溪城网 版权所有</div></body></html>'
    )


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _read(html: str):
    return process_html(html, None, bundled_rules())


def _removed(article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed}


def test_a_sites_box_or_call_ending_in_a_link_goes_and_the_paragraphs_stay():
    """Pattern: a site's own box or call whose last clause is a link pointing away: an act's word before an arrow glyph
    at its very end (→, ›, », >>), on a line of its own (a 【】 box of a service, a subscription's line) or glued after
    a paragraph's last sentence as a sentence or a bracket of its own. Only the call goes."""
    calls = (
        "【愛心認養】認養一位偏鄉兒童的課後輔導，可線上填表或郵政劃撥 點此認養 →",
        "【代禱專線】若您或家人正面對疾病與失落，歡迎來電代禱同工，我們願意陪您禱告 線上留言 →",
        "訂閱《橄欖葉》季刊 一年4期 特價新台幣300元（含郵資）訂閱方式 →",
    )
    glued = "（更多結業花絮請見相簿 →）"
    page = _read(
        _church_page(_paras(CHURCH[0], calls[0], CHURCH[1], calls[1], CHURCH[2], CHURCH[3] + glued, calls[2]))
    )
    removed = _removed(page)
    for call in (*calls, glued):
        assert removed.get(call) == "cta-link-call", (call, removed)
    assert page.text.splitlines() == list(CHURCH)


def test_a_news_sites_tip_off_and_booking_calls_go():
    """Pattern: the same on a news site, in simplified Chinese: a tip-off call of its own ending in ›, a live stream's
    booking glued after a paragraph (…。点击预约…直播 ›)."""
    tip = "随手拍 有奖征集线索，每条最高奖励300元 去投稿 ›"
    booking = "点击预约明晚非遗直播 ›"
    page = _read(_news_page(_paras(NEWS[0] + booking, NEWS[1], NEWS[2], tip)))
    removed = _removed(page)
    for call in (tip, booking):
        assert removed.get(call) == "cta-link-call", (call, removed)
    assert page.text.splitlines() == [NEWS[0], NEWS[1], NEWS[2]]


def test_a_labelled_notice_of_whats_ahead_ending_in_its_button_goes():
    """Pattern: a box of what is ahead under its label and a bar (直播预告｜, 活动预告｜) whose last words are its button
    after a space (… 点击预约): the site's call, glued nowhere. With no label, the same button after an event's line is
    the event's own offer in the text's flow (阅读分享会 报名费 ¥20/人 立即预约, tests/test_strip_frames.py), and a
    notice of what is ahead with no button (活动预告｜…。) is the text's."""
    notice = "直播预告｜本周六19:30 视频号直播「老街漫游」，和编辑一起逛夜市 点击预约"
    told = "活动预告｜下周六上午九点，老街文化站将举办剪纸体验课，欢迎居民带孩子参加。"
    page = _read(_news_page(_paras(NEWS[0], notice, NEWS[2], told)))
    assert _removed(page) == {notice: "cta-link-call"}
    assert page.text.splitlines() == [NEWS[0], NEWS[2], told]


def test_an_articles_own_arrows_contacts_and_news_of_streams_and_offerings_stay():
    """Look-alikes: an arrow inside a process (申请→审核→发放) or a path a how-to clicks, a notice's contact line, news of
    a live stream or an app, a church's news of an offering, a caption: none ends in a link pointing away."""
    news = _read(_news_page(_paras(*NEWS)))
    assert news.text.splitlines() == list(NEWS) and not news.removed
    church = _read(_church_page(_paras(*CHURCH, "圖為長輩們在結業典禮上與林老師合影。")))
    assert church.text.splitlines() == [*CHURCH, "圖為長輩們在結業典禮上與林老師合影。"]
    steps = _read(
        _news_page(
            _paras(
                NEWS[0],
                "打开App后依次点击“我的”→“设置”→“通用”，再把字体调大一号，看起来就不费劲了，这一步很多老人都不知道。",
                "流程图：提交材料 → 窗口受理 → 部门审核 → 办结",
                NEWS[2],
            )
        )
    )
    assert not steps.removed


def test_an_accounts_follow_line_and_card_call_go():
    """Pattern: an official account's call at the top (点击蓝字 关注我们: WeChat's blue name, with no 上方 before it) and a
    card call glued after a paragraph (👇点击下方卡片，领取…): the account's, not the text's. A writer telling that they
    clicked a card and got something (…点击下方的卡片，领取了…) tells of it."""
    told = "那天我顺手点击下方的卡片，领取了一张菜市场地图，后来才发现上面标的摊位早就换了好几家，只好自己重新画了一张。"
    page = _read(
        _news_page(
            _paras(
                "点击蓝字 关注我们", NEWS[0], NEWS[2] + "👇点击下方卡片，领取《溪城老街地图》电子版", told
            ),
            title="在老街里读懂一座城",
        )
    )
    removed = _removed(page)
    assert removed.get("点击蓝字 关注我们") == "cta-account-engage"
    assert removed.get("👇点击下方卡片，领取《溪城老街地图》电子版") == "cta-click"
    assert page.text.splitlines() == [NEWS[0], NEWS[2], told]


def test_a_by_line_of_role_marks_above_the_text_goes_and_names_the_author():
    """Pattern: a by-line of role marks on a line of its own above the text: 文／ before a name (its unit and title
    around it), an oral account's 口述／…整理, a photographer's 攝影／ after the writer's. It is metadata; where the page
    has no other author its writer is the author (metadata reads the line)."""
    for line, author in (
        ("文／陳以恩 牧師", "陳以恩"),
        ("文／蘇明哲", "蘇明哲"),
        ("文/营养科 主管营养师 许静", "许静"),
        ("文／吳承翰 攝影／許家豪", "吳承翰"),
        ("文 | 林晓（社区民警）", "林晓"),
    ):
        page = _read(_church_page(_paras(line, *CHURCH)))
        assert page.text.splitlines() == list(CHURCH), line
        assert [(r.rule, r.text) for r in page.removed] == [("meta-byline", line)]
        assert page.author == author, line
    oral = _read(_church_page(_paras("王美玲姊妹 口述／編輯小組 整理", *CHURCH)))
    assert oral.text.splitlines() == list(CHURCH)
    assert [(r.rule, r.text) for r in oral.removed] == [("meta-byline", "王美玲姊妹 口述／編輯小組 整理")]


def test_lines_of_a_by_lines_shape_that_are_the_texts_stay():
    """Look-alikes: a closing credit of the writer (the text as printed), a poem's line opening with 文, a word game's
    run of lines of the by-line's shape (文／武双全, 古／今中外, 上／下求索), a by-line's shape below the first paragraph, a
    press outlet's writer (文｜…日报记者 周雅琴) opening a re-posted story."""
    closing = _read(_church_page(_paras(*CHURCH, "（文／陳以恩）")))
    assert closing.text.splitlines()[-1] == "（文／陳以恩）"
    poem = _read(_church_page(_paras("文章千古事，得失寸心知。", *CHURCH)))
    assert poem.text.splitlines()[0] == "文章千古事，得失寸心知。"
    game = ("文／武双全", "古／今中外", "上／下求索")
    words = _read(_news_page(_paras(*game, *NEWS[:3]), title="拆一拆：成语里的反义字"))
    assert words.text.splitlines()[:3] == list(game)
    below = _read(_church_page(_paras(CHURCH[0], "文／武双全", *CHURCH[1:])))
    assert "文／武双全" in below.text.splitlines()
    # a press outlet's writer credited so, a re-posted story's credit as printed: the text in two truths (g05, zh-modern)
    press = _read(_news_page(_paras("文｜溪城日报记者 周雅琴", *NEWS[:3])))
    assert press.text.splitlines()[0] == "文｜溪城日报记者 周雅琴"
