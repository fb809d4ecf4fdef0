"""Advert cards kept whole or in part before session 25 (fanwen/strip/cards.py, issue 11, blind sets AU, AV, AW).

Shapes the card pass missed:

- **a badge line** (VIP, 推荐, 热门, HOT, 精选, 会员专享…) of its own in the card, first or last: the card's label,
  not its headline (a badge of a label's length read as the headline made the card the text's own box); it goes
  with the card;
- **a document site's download or VIP card**: a pack or a file of the site's documents (N篇, 合集, 打包, Word,
  可编辑, a file's name) sold (会员, VIP, 积分, 兑换, a price a piece): an offer, on the text's own subject by
  design (the 范文 page's card sells more 范文 of its kind), and no attachment box of the text's for its file name;
- **a card drawn as a layout table** of one row (its parts in cells) or of one cell a row: a box, where a data
  table (its rows read as lines) stays the text's;
- **a card of one line** whose headline the page never gives (an AI tool's line beside its button), and **a box of
  one line asking to join a group for a gift** (加入…群，免费领取…);
- **a button drawn by its inline style** (a pill: ``display:inline-block`` on a coloured, rounded ground) and
  **a gift for joining** (进群领…新人礼, 加群送…红包), **a flash sale** (秒杀), a group-buy price.

What stays: a notice's attachment box (its file, no sale), a 范文 site's own 篇目 list with a badge, an event's
sign-up box under a 热门 badge on the event's page, a data table of prices as news, a one-row table of figures, a
sign-off table, a tutorial's box on the feature it teaches, a lesson plan's note of a class group, a notice's ask to
join a work group, a news box on group-buying rules.
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import _p, _text

SUMMARY = [
    "2025年，我在财务科主要负责报销审核和固定资产管理工作。一年来，在科室领导的指导下，较好地完成了各项任务。",
    "一是规范报销流程。全年审核报销单据四千三百余张，退回不合规票据一百二十张，并整理了常见问题清单发给各部门。",
    "二是摸清资产家底。配合后勤完成两次资产盘点，为六百多件设备重新贴了标签，账实不符的问题比去年减少了一半。",
    "三是加强业务学习。参加了新会计准则和电子发票的专题培训，考取了中级会计职称，业务能力有了明显提高。",
    "存在的不足是与业务部门沟通还不够主动。新的一年，我将多下科室了解需求，把服务做在前面，争取少让大家跑腿。",
]
PLAN = [
    "为营造书香校园氛围，激发学生阅读兴趣，经学校研究，决定于四月开展第五届校园读书月活动，具体安排如下。",
    "活动从4月1日持续到4月30日，面向全校一至六年级学生，各班班主任负责组织本班学生参加，语文教师协助。",
    "活动期间开展好书推荐、亲子共读、读书小报评比和图书漂流四项活动，每项活动由一名语文教师牵头。",
    "各班要把读书月活动纳入班级工作计划，做好过程记录，月底前将活动照片和小结交到教导处。",
    "学校将评选书香班级六个、阅读之星三十名，在五月的升旗仪式上颁发奖状和图书，并在校园网上展示。",
]
LESSON = [
    "教学目标：1.理解平行四边形面积公式的推导过程；2.能运用公式解决简单的实际问题；3.体会转化的数学思想。",
    "教学重点是面积公式的推导，难点是理解为什么要把平行四边形剪拼成长方形，以及剪拼前后各部分的对应关系。",
    "导入时先出示两块形状不同的花坛，请学生猜一猜哪块面积大，再引导学生说说已经会算哪些图形的面积。",
    "新授环节让学生分组动手剪一剪、拼一拼，把平行四边形转化成长方形，观察长方形的长和宽与原图形的底和高有什么关系。",
    "练习环节安排三道题，由易到难，最后一道联系生活，计算停车位的面积，课末请学生说说这节课的收获。",
]


# A card's badge, headline, body and button in three markups: a div card, a dl card, a one-row table.
def _div(badge: str, head: str, body: str, button: str) -> str:
    return (
        f'<div class="doc-card"><i class="doc-card__tag">{badge}</i><div class="doc-card__t">{head}</div>'
        f'<div class="doc-card__d">{body}</div><a class="doc-card__btn" href="/member/buy">{button}</a></div>'
    )


def _dl(badge: str, head: str, body: str, button: str) -> str:
    return (
        f'<dl class="vip-pack"><dt>{head}</dt><dd class="desc">{body}</dd>'
        f'<dd class="go"><a class="go-btn" href="/vip/">{button}</a></dd><dd class="mark">{badge}</dd></dl>'
    )


def _row(badge: str, head: str, body: str, button: str) -> str:
    return (
        f'<table class="pack_ad" width="100%"><tr><td><span class="tag">{badge}</span><br><b>{head}</b><br>'
        f'<span>{body}</span></td><td width="120"><a class="btn_dl" href="/down/">{button}</a></td></tr></table>'
    )


BADGED = [_div, _dl, _row]

# A 范文 site's cards selling its documents of the page's own kind, under a badge line.
DOCUMENT_CARDS = [
    (
        "VIP",
        "年终工作总结范文合集",
        "个人、部门、岗位总结共120篇，会员免费下载",
        "立即下载",
        "2025年财务科个人工作总结",
        SUMMARY,
    ),
    (
        "推荐",
        "校园活动方案精选",
        "读书月、运动会、艺术节方案80篇打包，积分可兑换",
        "开通VIP",
        "第五届校园读书月活动方案",
        PLAN,
    ),
    (
        "熱門",
        "數學教案範本大全",
        "人教版一至六年級教案Word版，可編輯，會員專享下載",
        "下載合集",
        "《平行四边形的面积》教学设计",
        LESSON,
    ),
]


@pytest.mark.parametrize("markup", range(len(BADGED)))
@pytest.mark.parametrize("card", range(len(DOCUMENT_CARDS)))
def test_a_badged_document_card_goes_with_its_badge(markup: int, card: int) -> None:
    badge, head, body, button, title, article = DOCUMENT_CARDS[card]
    box = BADGED[markup](badge, head, body, button)
    text = _text(title, _p(article[:3]) + [box] + _p(article[3:]))
    assert head not in text
    assert body not in text
    assert badge not in text.splitlines()
    for paragraph in article:
        assert paragraph in text


# A download card of a document site with no badge: a file's name, its format, pages, points or price, a button.
FILE_CARDS = [
    (
        "2025年个人工作总结范文.docx",
        "12页 · 可编辑 · 5积分下载",
        "立即下载",
        "2025年财务科个人工作总结",
        SUMMARY,
    ),
    (
        "读书月活动方案（Word版）",
        "共8页，VIP免费，非会员3元/篇",
        "下载文档",
        "第五届校园读书月活动方案",
        PLAN,
    ),
    ("平行四邊形面積教案.doc", "6頁 · 2積分 · 會員免費", "立即下載", "《平行四边形的面积》教学设计", LESSON),
]


def _file(head: str, body: str, button: str) -> str:
    return f'<div class="down-box"><p class="fn">{head}</p><p class="meta">{body}</p><a class="btn" href="/d/9">{button}</a></div>'


def _file_row(head: str, body: str, button: str) -> str:
    return (
        f'<table class="dl"><tr><td><strong>{head}</strong></td><td>{body}</td>'
        f'<td><a href="/d/9" class="button">{button}</a></td></tr></table>'
    )


@pytest.mark.parametrize("render", [_file, _file_row])
@pytest.mark.parametrize("card", range(len(FILE_CARDS)))
def test_a_document_sites_download_card_goes(render, card: int) -> None:
    head, body, button, title, article = FILE_CARDS[card]
    text = _text(title, _p(article[:2]) + [render(head, body, button)] + _p(article[2:]))
    assert head not in text
    assert body not in text
    for paragraph in article:
        assert paragraph in text


# AI tool cards drawn as layout tables: one row of cells, one cell a row.
def _two_cells(head: str, body: str, button: str) -> str:
    return (
        f'<table class="zt_box" width="100%"><tr><td><b>{head}</b><br><span>{body}</span></td>'
        f'<td width="110"><a href="/ai/" class="btn_try">{button}</a></td></tr></table>'
    )


def _three_cells(head: str, body: str, button: str) -> str:
    return f'<table><tr><td>{head}</td><td>{body}</td><td><a href="/ai/go" class="go-button">{button}</a></td></tr></table>'


def _one_cell_rows(head: str, body: str, button: str) -> str:
    return (
        f'<table class="aiw" cellpadding="6"><tr><td><strong>{head}</strong></td></tr><tr><td>{body}</td></tr>'
        f'<tr><td><a href="/ai/w" class="btn">{button}</a></td></tr></table>'
    )


TABLES = [_two_cells, _three_cells, _one_cell_rows]
TOOL_CARDS = [
    (
        "总结写不完？AI帮你一键成稿",
        "输入岗位和重点工作，30秒生成初稿",
        "免费试写",
        "2025年财务科个人工作总结",
        SUMMARY,
    ),
    (
        "活动方案智能生成",
        "选好活动类型，自动写出流程和分工，新用户免费3次",
        "马上试试",
        "第五届校园读书月活动方案",
        PLAN,
    ),
    (
        "AI寫教案小幫手",
        "輸入課題一鍵生成教學過程，首篇免費",
        "立即體驗",
        "《平行四边形的面积》教学设计",
        LESSON,
    ),
]


@pytest.mark.parametrize("render", range(len(TABLES)))
@pytest.mark.parametrize("card", range(len(TOOL_CARDS)))
def test_a_card_drawn_as_a_layout_table_goes(render: int, card: int) -> None:
    head, body, button, title, article = TOOL_CARDS[card]
    text = _text(title, _p(article[:3]) + [TABLES[render](head, body, button)] + _p(article[3:]))
    assert head not in text
    assert body not in text
    for paragraph in article:
        assert paragraph in text


# An AI tool's card whose page gives no headline: its one line beside its button.
ONE_LINE = [
    ("选好年级和课题，AI自动写出教学目标、过程和板书", "马上生成", LESSON),
    ("输入主题和字数，一键生成活动方案初稿，支持导出Word", "试一试", PLAN),
    ("填入崗位和亮點，智能生成述職報告，首次免費", "立即體驗", SUMMARY),
]


def _one_div(body: str, button: str) -> str:
    return f'<div class="gen-card"><div class="gen-card__sub">{body}</div><button class="gen-card__go">{button}</button></div>'


def _one_section(body: str, button: str) -> str:
    return f'<section class="ai-tip"><p>{body}</p><p><a class="ai-tip-btn" href="/ai/">{button}</a></p></section>'


@pytest.mark.parametrize("render", [_one_div, _one_section])
@pytest.mark.parametrize("card", range(len(ONE_LINE)))
def test_a_tool_card_of_one_line_goes(render, card: int) -> None:
    body, button, article = ONE_LINE[card]
    text = _text("小标题样例", _p(article[:3]) + [render(body, button)] + _p(article[3:]))
    assert body not in text
    for paragraph in article:
        assert paragraph in text


# A box of one line asking the reader to join a group for a gift.
GROUP_LINES = [
    ("加入“初中数学教研交流群”，每天免费领取同步练习卷，名额有限。", LESSON),
    ("进“班主任工作交流群”免费领家长会课件，满500人即止", PLAN),
    ("加入「會計實務交流社群」，每週免費領取最新報表模板！", SUMMARY),
]


def _tip_div(line: str) -> str:
    return f'<div class="inline-tip"><p>{line}</p></div>'


def _tip_section(line: str) -> str:
    return f'<section style="padding:8px;background:#f6f6f6"><span style="color:#e60">{line}</span></section>'


def _tip_bare(line: str) -> str:
    return f'<div class="qun-line">{line}</div>'


@pytest.mark.parametrize("render", [_tip_div, _tip_section, _tip_bare])
@pytest.mark.parametrize("line", range(len(GROUP_LINES)))
def test_a_box_of_one_line_asking_to_join_a_group_for_a_gift_goes(render, line: int) -> None:
    said, article = GROUP_LINES[line]
    text = _text("小标题样例", _p(article[:3]) + [render(said)] + _p(article[3:]))
    assert said not in text
    for paragraph in article:
        assert paragraph in text


# Group-buy cards with a pill button drawn by its inline style, a gift for joining, a flash sale.
GROUP_BUY = [
    ("城南老店年货拼团", "进群领88元新人礼，每晚八点直播秒杀", "长按识别小程序码", SUMMARY),
    ("周末农场采摘团", "加群送30元红包，团购价每人59元", "扫码进群", PLAN),
    ("老街美食聯名團購", "入群即領新人禮包，每週三限量秒殺", "長按加入", LESSON),
]


def _wechat(head: str, body: str, button: str) -> str:
    return (
        '<section style="margin:16px 0;padding:12px;border:1px solid #f0c27b;border-radius:8px">'
        f'<section style="font-weight:bold;color:#d35400"><span>{head}</span></section>'
        f'<section style="font-size:14px;color:#666"><span>{body}</span></section>'
        '<section style="text-align:center"><span style="display:inline-block;padding:4px 18px;'
        f'background:#07c160;color:#fff;border-radius:14px">{button}</span></section></section>'
    )


def _pill_div(head: str, body: str, button: str) -> str:
    return (
        f'<div class="tuan"><p><strong>{head}</strong></p><p>{body}</p>'
        f'<p style="text-align:center"><span style="display: inline-block; background-color: #ff5a00; '
        f'border-radius: 20px; padding: 3px 16px; color: white">{button}</span></p></div>'
    )


def _sections(texts: list[str]) -> list[str]:
    """A WeChat page's paragraphs, each in a bare section of its own (the card's look)."""
    return [
        f'<section style="margin-bottom:16px"><span style="font-size:15px">{t}</span></section>'
        for t in texts
    ]


@pytest.mark.parametrize("paragraphs", [_p, _sections])
@pytest.mark.parametrize("render", [_wechat, _pill_div])
@pytest.mark.parametrize("card", range(len(GROUP_BUY)))
def test_a_group_buy_card_with_a_drawn_button_goes(render, card: int, paragraphs) -> None:
    head, body, button, article = GROUP_BUY[card]
    text = _text(
        "小标题样例", paragraphs(article[:3]) + [render(head, body, button)] + paragraphs(article[3:])
    )
    assert head not in text
    assert body not in text
    for paragraph in article:
        assert paragraph in text


# What stays.
def test_a_notices_attachment_box_stays() -> None:
    box = _file("附件：读书月活动报名表.docx", "请各班下载填写后交教导处", "下载")
    text = _text("第五届校园读书月活动方案", _p(PLAN[:3]) + [box] + _p(PLAN[3:]))
    assert "附件：读书月活动报名表.docx" in text


@pytest.mark.parametrize("markup", range(len(BADGED)))
def test_a_fanwen_sites_own_contents_list_with_a_badge_stays(markup: int) -> None:
    box = BADGED[markup]("推荐", "本文共收录3篇", "篇一：财务人员年终总结；篇二：会计岗位总结", "展开全部")
    text = _text("2025年财务科个人工作总结", _p(SUMMARY[:3]) + [box] + _p(SUMMARY[3:]))
    assert "篇一：财务人员年终总结；篇二：会计岗位总结" in text


MARATHON = [
    "第三届滨江半程马拉松将于11月16日鸣枪开跑，赛道沿滨江大道展开，途经湿地公园和老城区，全程21.0975公里。",
    "本届赛事设半程马拉松和5公里健康跑两个项目，共计划招募选手八千人，其中健康跑专门设置了亲子组。",
    "组委会介绍，赛道沿线将设置十二个补给站和六个医疗点，并首次安排志愿者骑行跟随，随时处置突发情况。",
    "为减少对市民出行的影响，比赛当天上午部分路段将临时交通管制，公交线路也会相应调整，请提前规划行程。",
    "据悉，完赛选手可获得完赛奖牌和成绩证书，前三名还将获得奖金，赛事全程将在本地电视台直播。",
]


@pytest.mark.parametrize("markup", [_div, _row])
def test_an_events_sign_up_box_under_a_badge_stays(markup) -> None:
    box = markup("热门", "滨江半程马拉松报名", "报名通道已开放，共8000个名额", "立即报名")
    text = _text("第三届滨江半程马拉松11月开跑", _p(MARATHON[:3]) + [box] + _p(MARATHON[3:]))
    assert "报名通道已开放，共8000个名额" in text


STREAMING = [
    "多家视频平台近日相继调整会员价格，连续包月和年卡的价格普遍上涨，这是两年来第二次集中调价。",
    "平台方面表示，调价主要是因为版权采购和内容制作成本上升，已购会员在到期前不受影响。",
    "不少用户对涨价表示不满，认为广告时长并未减少，有的用户开始在几个平台之间轮换开通会员。",
    "业内人士分析，视频平台多年亏损，提价是改善盈利的直接办法，但需要用更好的内容留住用户。",
]


def test_a_data_table_of_prices_as_news_stays() -> None:
    table = (
        "<table><tr><th>会员类型</th><th>调整前</th><th>调整后</th></tr><tr><td>VIP月卡</td><td>25元</td><td>30元</td></tr>"
        "<tr><td>VIP年卡</td><td>248元</td><td>268元</td></tr></table>"
    )
    text = _text("视频平台会员集体涨价", _p(STREAMING[:2]) + [table] + _p(STREAMING[2:]))
    assert "VIP月卡" in text
    assert "VIP年卡" in text


DAM = [
    "这座水电站位于峡谷出口，1994年开工建设，历时十二年建成，是当时国内装机容量最大的水电站之一。",
    "电站建成后，下游城市的防洪标准从二十年一遇提高到百年一遇，每年还为华中和华东地区输送大量清洁电力。",
    "近年来，电站又新建了升船机，船只通过大坝的时间从三个多小时缩短到四十分钟左右。",
    "如今，坝区已经成为热门景点，每年接待游客上百万人次，游客可以乘坐观光车登上坝顶俯瞰库区。",
]


def test_a_one_row_table_of_figures_stays() -> None:
    table = (
        '<table class="facts"><tr><td>坝高181米</td><td>全长2335米</td>'
        '<td><a class="btn" href="/map/">查看地图</a></td></tr></table>'
    )
    text = _text("走近峡谷水电站", _p(DAM[:2]) + [table] + _p(DAM[2:]))
    assert "坝高181米" in text


def test_a_sign_off_table_stays() -> None:
    table = (
        '<table width="100%"><tr><td>滨江区实验小学教导处<br>2025年3月1日</td>'
        '<td align="right"><a href="/print/" class="btn">打印本页</a></td></tr></table>'
    )
    text = _text("第五届校园读书月活动方案", _p(PLAN) + [table])
    assert "滨江区实验小学教导处" in text


WORD = [
    "很多人写论文时手动输入目录，改了标题以后页码对不上，还要一条一条去改，其实Word早就能自动完成这件事。",
    "第一步，给各级标题套用“标题1”“标题2”样式，这是自动生成目录的前提，样式不统一，目录就会缺项。",
    "第二步，把光标放在要插入目录的位置，点击“引用”选项卡里的“目录”，选择一种自动目录样式即可。",
    "以后修改了正文标题，只要在目录上右键选择“更新域”，页码和标题都会跟着变，不用再手动核对。",
]


def test_a_tutorials_box_on_the_feature_it_teaches_stays() -> None:
    box = _one_div("Word可以自动生成目录，标题样式统一后一键更新", "查看教程")
    text = _text("Word怎么自动生成目录", _p(WORD[:2]) + [box] + _p(WORD[2:]))
    assert "Word可以自动生成目录，标题样式统一后一键更新" in text


@pytest.mark.parametrize("render", [_tip_div, _tip_section])
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "课前让学生加入班级学习群，领取预习单并完成前两题。",
            marks=pytest.mark.xfail(
                strict=True, reason="taken by cta-own-line (strip.adlines), not by the card pass"
            ),
        ),
        "请各班主任于周五前加入年级工作群，以便及时接收通知。",
        "本校教研组已建立交流群，成员每周轮流分享一节课的课件。",
    ],
)
def test_a_box_of_the_texts_own_group_note_stays(render, line: str) -> None:
    text = _text("《平行四边形的面积》教学设计", _p(LESSON[:3]) + [render(line)] + _p(LESSON[3:]))
    assert line in text


def test_a_news_box_on_group_buying_rules_stays() -> None:
    box = _pill_div("社区团购新规出台", "平台不得以低于成本价倾销商品", "查看原文")
    text = _text("小标题样例", _p(SUMMARY[:3]) + [box] + _p(SUMMARY[3:]))
    assert "平台不得以低于成本价倾销商品" in text


# A document site's pack offered on a line of its own (cta-document-pack): the site (本站, 小编) put out a pack of its
# documents (文档包, 合集, 全套…) counted (N份, N篇) to claim or download. A site's note of what it collected, a report
# of a library's database, a teacher's pack handed to the class stay.
def _strip(line: str) -> str:
    from conftest import bundled_rules

    from fanwen.items import Block
    from fanwen.strip import strip_blocks

    prose = [Block(t) for t in SUMMARY]
    result = strip_blocks([*prose[:3], Block(line), *prose[3:]], bundled_rules(), "2025年财务科个人工作总结")
    return "\n".join(b.text for b in result.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "本站已整理“财务人员必备表格”合集，报销单、盘点表、台账模板共215份，关注即可免费领取。",
        "小编打包了全套年终总结素材，共计60篇，会员一键下载，本周有效",
        "本站新上線「會計實務文檔包」：憑證範本、月結清單等120份，掃碼即領，限時三天！",
    ],
)
def test_a_document_sites_pack_on_a_line_of_its_own_goes(line: str) -> None:
    text = _strip(line)
    assert line not in text
    for paragraph in SUMMARY:
        assert paragraph in text


@pytest.mark.parametrize(
    "line",
    [
        "本站去年上线的“财务表格”合集共120份，累计被下载了3万次，其中报销单模板最受欢迎。",
        "市图书馆今年上线“地方文献数据库”合集，收录资料3000余份，读者可免费下载。",
        "小编整理的这套全套报表共20份，已经在科室例会上发给了每一位同事，大家都说好用。",
    ],
)
def test_a_sites_note_of_its_documents_stays(line: str) -> None:
    assert line in _strip(line)
