"""Look-alikes of the session-19 calls and by-lines that are article text (review of cda8748, session 19), on pages of
the project's own. Each names the general pattern the article's line shows; the calls of the same shape still go.

- cta-link-call: an arrow glyph at a line's end is a call's link only where the act is the reader's to do. Text told
  (看到路牌后右转 →, 直到看见那行字 ›, 填写了报名表 →), a pointer to the article's own figure (见下图 →), a step a how-to
  chains to the next (再点击“设置” →, 最后点击保存 →, a line whose next line opens 再/然后/最后), a process or a menu path
  with arrows between its steps (网上申请 → 资格审核 → 领取证照 →) and a notice's labelled procedure (报名方式：扫码填写 →)
  stay.
- cta-account-engage: prose about the follow line (点击蓝字关注，几乎是…的开头。) stays; the line goes.
- cta-click: a how-to telling where to click in an app, mid-sentence (进入小程序后，点击下方按钮，预约就诊时间。) stays.
- meta-byline: a line above the text opening 文／ whose words are no name (a poem's 文/字是一盏灯, a heading 文／理分科之争)
  stays.
"""

from __future__ import annotations

from test_strip_link_calls import NEWS, _news_page, _paras, _read, _removed

TRAVEL = "沿着河边再走五分钟，就能看到那座老石桥了。我们在桥头的茶馆坐了一下午，听老板讲这座桥的来历。"


def test_told_acts_pointers_steps_and_processes_ending_in_an_arrow_stay():
    """Look-alikes of cta-link-call: the article's own lines that end in an arrow glyph."""
    lines = (
        "出站后往前走200米，看到路牌后右转 →",
        "出捷運站後直走，看到超商左轉 →",
        "她点开那条链接，看到的是一张空白表格 →",
        "他一页页翻下去，直到看见那行字 ›",
        "她点开链接，填写了报名表 →",
        "具体步骤见下图 →",
        "最后点击保存 →",
        "网上申请 → 资格审核 → 领取证照 →",
        "路径：我的 > 设置 > 账号与安全 > 查看登录设备 >",
    )
    for line in lines:
        page = _read(_news_page(_paras(NEWS[0], line, TRAVEL)))
        assert page.text.splitlines() == [NEWS[0], line, TRAVEL], (line, _removed(page))


def test_a_how_tos_chained_steps_stay():
    """Look-alike: a how-to's steps on lines of their own, each arrow leading to the next step (再…, 然后…, 最后…)."""
    steps = ("打开微信，点击“我” →", "再点击“设置” →", "最后点击“账号与安全”即可。")
    page = _read(_news_page(_paras(NEWS[0], *steps, NEWS[2])))
    assert page.text.splitlines() == [NEWS[0], *steps, NEWS[2]], _removed(page)
    first = ("先在首页点击“办事” →", "然后选择“社保查询”，输入身份证号即可。")
    page = _read(_news_page(_paras(NEWS[0], *first, NEWS[2])))
    assert page.text.splitlines() == [NEWS[0], *first, NEWS[2]], _removed(page)


def test_a_notices_labelled_procedure_stays():
    """Look-alike: a notice's own line of its procedure, a label and its colon before the link's words
    (报名方式：扫码填写 →): the notice's, where a site's call names the link itself (订阅方式 →)."""
    body = (
        "为丰富居民文化生活，定于6月20日在社区广场举办运动会，设拔河、跳绳、趣味接力等项目，欢迎各位居民踊跃参加。",
        "报名方式：扫码填写 →",
        "报名截止时间：6月15日，名额有限，额满为止。联系人：王老师，电话0571-88776655。",
    )
    page = _read(_news_page(_paras(*body), title="关于举办2025年社区运动会的通知"))
    assert page.text.splitlines() == list(body), _removed(page)


def test_the_calls_of_the_same_shape_still_go():
    """The pattern itself, beside the look-alikes: a box's call after a space or a comma, a bracket's pointer."""
    calls = (
        "【夏令营】名额有限，点此报名 →",
        "随手拍 有奖征集线索，每条最高奖励300元 去投稿 ›",
        "（更多活动花絮请见相册 →）",
    )
    page = _read(_news_page(_paras(NEWS[0], calls[0], NEWS[2], calls[1]) + _paras(TRAVEL + calls[2])))
    removed = _removed(page)
    for call in calls:
        assert removed.get(call) == "cta-link-call", (call, removed)
    assert page.text.splitlines() == [NEWS[0], NEWS[2], TRAVEL]


def test_prose_about_the_follow_line_and_a_how_tos_click_stay():
    """Look-alikes of cta-account-engage and cta-click: an article about official accounts telling of the follow line,
    and a hospital's how-to telling where to click in its app, mid-sentence."""
    prose = "点击蓝字关注，几乎是每一篇公众号文章的开头。很多运营者说，这一行字能让关注率提高一成。"
    told = "点蓝字关注这件事，年轻人早就不买账了。"
    page = _read(_news_page(_paras(NEWS[0], prose, told, NEWS[2]), title="公众号运营十年"))
    assert page.text.splitlines() == [NEWS[0], prose, told, NEWS[2]], _removed(page)
    howto = "患者也可以在手机上挂号：进入小程序后，点击下方按钮，预约就诊时间。到院后凭短信在自助机取号即可。"
    page = _read(_news_page(_paras(NEWS[0], howto, NEWS[2]), title="市人民医院上线线上预约挂号"))
    assert page.text.splitlines() == [NEWS[0], howto, NEWS[2]], _removed(page)
    follow = _read(_news_page(_paras("点击蓝字关注我们", NEWS[0], NEWS[2] + "👇点击下方卡片，预约试听课")))
    assert _removed(follow) == {
        "点击蓝字关注我们": "cta-account-engage",
        "👇点击下方卡片，预约试听课": "cta-click",
    }


def test_a_first_line_opening_with_wen_and_no_name_stays():
    """Look-alikes of meta-byline: a poem's first line (文/字是一盏灯) and a heading (文／理分科之争) opening the text: 文 and a
    slash before words no name reads as (five characters and more, one word), not a by-line. A name stays a by-line."""
    for first in ("文/字是一盏灯", "文／理分科之争"):
        page = _read(_news_page(_paras(first, *NEWS[:3]), title="高考改革十年"))
        assert page.text.splitlines()[0] == first, _removed(page)
    page = _read(_news_page(_paras("文／欧阳明月", *NEWS[:3]), title="高考改革十年"))
    assert _removed(page) == {"文／欧阳明月": "meta-byline"}


def test_a_notices_app_line_a_review_and_a_digests_news_of_a_tool_stay():
    """Look-alikes of cta-tool-offer (review of e7be170): an app or a mini program opened to get a public service's
    document (打开“溪城办事”小程序，领取电子居住证: a notice's own instruction, no gain offered), a review's line judging the
    tool it tells of (…，30秒推荐三款机型，实测准确率一般) and a news digest's item of an authority's document on a tool
    (【AI备课】市教研室发布指引，输入课题，一键生成教案初稿，…). The offer for a gain still goes (…APP，领5元话费)."""
    notice = (
        "各位租户：自7月1日起，本市居住证实行电子化办理，不再发放纸质卡片，已办理纸质证件的仍可继续使用至有效期满。",
        "打开“溪城办事”小程序，领取电子居住证",
        "如有疑问，请咨询所在社区服务中心，工作时间为周一至周五上午九点至下午五点。",
    )
    page = _read(_news_page(_paras(*notice), title="关于居住证电子化办理的通知"))
    assert page.text.splitlines() == list(notice), _removed(page)
    glued = _read(_news_page(_paras(NEWS[0], NEWS[1] + "下载溪城政务App，领取电子社保卡", NEWS[2])))
    assert glued.text.splitlines() == [NEWS[0], NEWS[1] + "下载溪城政务App，领取电子社保卡", NEWS[2]]
    for line, title in (
        ("AI选购助手：输入预算和需求，30秒推荐三款机型，实测准确率一般", "三款购物App横评"),
        ("【AI备课】市教研室发布指引，输入课题，一键生成教案初稿，教师再修改完善", "AI进课堂"),
    ):
        page = _read(_news_page(_paras(NEWS[0], line, NEWS[2]), title=title))
        assert page.text.splitlines() == [NEWS[0], line, NEWS[2]], _removed(page)
    offer = _read(_news_page(_paras(NEWS[0], NEWS[2] + "打开溪城新闻APP，领5元话费")))
    assert _removed(offer) == {"打开溪城新闻APP，领5元话费": "cta-tool-offer"}
