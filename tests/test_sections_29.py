"""Sections and editor intros, session 29 (issue 11): leads and closings on pages nobody tuned for. Our own wordings.

- **The writer's own lead is text.** A 范文 site's editor speaks of the page as a collection it gathered
  (下面是小编为大家收集的…, 以下是本网编辑为大家汇编的…, 现将精选的三篇…范文分享如下) and goes
  (``boilerplate-editor-intro``). A writer announcing the body that follows as its own (下面把…介绍一下，供大家参考。,
  …汇总如下, 本文拟从…, 见下文) with none of a collection's words (strip rules.toml, ``collection``: the editor, 为大家,
  a count of pieces, 收集/投稿/获奖, writings handed on) stays, sentence and paragraph (``own_lead``, the exception of the
  rule's weak 供大家参考 branch only: 为大家整理, 为您推荐, 一起来看看吧 go whatever lead they say), at the text's opening
  or in its middle. Review D's inputs (findings 1 to 3) are cases.
- **A closing shared with the group or a last reminder with a wish concludes.** After the last part's own text, a
  short paragraph whose last sentence is a resolve shared with a group (愿与各位同事共勉，… / 谨以此文与大家共勉。 / 共勉之！),
  or that opens with the writer's word of one thing more (最后提醒一下，… / 最后再啰嗦一句，… / 温馨提示：…) and ends on a
  wish, to one reader too (…。祝你…！ / …，祝你… / 希望你… / 祝好！), concludes (sections.closings: _SHARED_RESOLVE,
  _REMINDS_THEM with _WISH_OR_HOPE or _WISH_TO_ONE). Look-alikes that stay the part's: the same paragraph with more of
  the part after it, a reminder someone else gives (他提醒我们…), a reminder with no wish (the last part's own last
  word, as session 25 has it), a last sentence on 祝/愿 that wishes no one (愿意的话…, 祝贺的话…, 愿望虽好…, 祝老师当时…), a
  resolve told as past (…共勉至今), either under a part whose heading hopes or reminds (三、对新同事的希望, 三、几点提醒), a
  numbered item that reminds. Review D's inputs (findings 4 to 7) are cases.
- **Numbered lead items under a 一、 part** are unchanged: the blind truths disagree (docs/extraction.md, session 29's
  count), and the tests here pin the rule as it stands.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, sample_page

from fanwen.items import Block
from fanwen.pagepath import PageOptions, read_page
from fanwen.sections import split_sections
from fanwen.strip import strip_blocks

RULES = bundled_rules()

# --- the writer's own lead ---------------------------------------------------------------------------------------

GUIDE = "新生入学报名指南"
STEPS = [
    "1．网上登记。家长在教育局网站填写学生的基本信息，上传户口簿和房产证明的照片，系统会自动生成报名号。",
    "2．现场审核。登记后一周内，家长带上原件到学区学校审核，审核通过的当场领取回执，材料不全的可以补交一次。",
    "3．查询结果。八月上旬可以在网站上查询录取结果，录取的学生按通知书上的时间到校报到，领取新生入学须知。",
]
OWN_LEADS = [
    # other verbs and markers than 现将…如下 (review D, finding 3)
    "下面把报名的几个步骤简单介绍一下，供大家参考。",
    "现把办理流程梳理出来，供大家参考。",
    "本文介绍今年报名的三个环节，供大家参考。",
    "文章将从登记、审核和查询三个环节介绍报名办法，供大家参考。",
    "本文拟从登记、审核两个方面谈谈报名办法，供大家参考。",
    "具体办理流程见下文，供大家参考。",
    "现将办理流程整理如后，供大家参考。",
    # a topic word that is no editor's nor a collection's (视频编辑, 问题大全, 精选蔬菜, 作文范文的…要点)
    "现将视频编辑的基本步骤整理如下，供大家参考。",
    "现将常见问题大全整理如下，供大家参考。",
    "现将精选蔬菜的几个窍门介绍如下，供大家参考。",
    "现将作文范文的三个写作要点归纳如下，供大家参考。",
    "为方便家长办理，教育局把报名中常见的问题和答复汇总如下，供大家参考借鉴。",
    "本文将从登记、审核和查询三个环节介绍今年的报名办法，供大家参考。",
    "今年報名的辦法有些變化，現將辦理流程說明如下，供大家參考。",
]
EDITOR_INTROS = [
    "以下是本网编辑为大家汇编的几篇报名经验分享，欢迎阅读。",  # new words for a real editor's intro
    "小编把收集到的五篇新生报名心得整理如下，供大家参考。",  # a collection's 小编 intro, saying 如下
    "现将精选的三篇入学报名指南范文分享如下，欢迎大家阅读收藏。",  # the site's pieces of writing, 如下 again
    "下面是小编为大家收集的新生报名注意事项，供大家参考。",
    "现将几则新生入学的小故事汇总如下，欢迎阅读。",  # pieces counted (几则), no editor named
    # the rule's explicit branches (为大家整理, 为您推荐, 一起来看看吧) whatever lead they say (review D, finding 1)
    "以下是为大家整理的新生报名须知，详细内容如下，欢迎阅读。",
    "本篇将为您推荐5份报名表模板，欢迎收藏。",
    "本文将为大家分享几份新生报名的心得体会，供大家参考。",
    "新生报名的注意事项如下，一起来看看吧！",
    # a collection's intro saying 如下: pieces (则, 一篇), writings (文章, 作文), gathered (搜集), the site (finding 2)
    "现将收集到的几则新生报名心得分享如下，供大家参考。",
    "现将网友投稿的优秀文章整理如下，欢迎大家阅读收藏。",
    "现将同学们的获奖作文整理如下，供大家参考。",
    "为了帮助大家写好入学申请，现将搜集的入学申请书整理如下，供大家参考。",
    "现将网站整理的报名经验分享如下，供大家参考借鉴。",
    "现将一篇新生报名心得分享如下，供大家参考。",
]
MARKUPS = ["<p>{}</p>", "<div class='para'>{}</div>"]


def _page_text(lines: list[str], markup: str) -> str:
    html = sample_page(GUIDE, [markup.format(line) for line in lines])
    page = read_page(html, "http://example.com/a/1.html", PageOptions.for_profile(None))
    assert page.article is not None, page.message
    return "".join(page.article.text.split())


@pytest.mark.parametrize("lead", OWN_LEADS)
@pytest.mark.parametrize("markup", MARKUPS)
def test_a_writers_own_lead_opening_the_text_stays(lead, markup):
    assert lead in _page_text([lead, *STEPS], markup)


@pytest.mark.parametrize("lead", OWN_LEADS)
def test_a_writers_own_lead_stays_as_a_block(lead):
    result = strip_blocks([Block(lead), *(Block(s) for s in STEPS)], RULES, GUIDE)
    assert [b.text for b in result.blocks][0] == lead
    assert not result.removed


@pytest.mark.parametrize("intro", EDITOR_INTROS)
@pytest.mark.parametrize("markup", MARKUPS)
def test_an_editors_intro_of_a_collection_still_goes(intro, markup):
    text = _page_text([intro, *STEPS], markup)
    assert intro not in text
    assert all("".join(s.split()) in text for s in STEPS)


@pytest.mark.parametrize("intro", EDITOR_INTROS)
def test_an_editors_intro_block_still_goes(intro):
    result = strip_blocks([Block(intro), *(Block(s) for s in STEPS)], RULES, GUIDE)
    assert intro not in [b.text for b in result.blocks]
    assert [r.rule for r in result.removed] == ["boilerplate-editor-intro"]


MIDDLE = [
    "审核时如发现材料不齐，学校会一次性告知需要补充的内容。现将需要补交的材料说明如下，供大家参考。",
    "往年有家长把证件复印错了页。现将有关要求重申如下：",
]


@pytest.mark.parametrize("middle", MIDDLE)
@pytest.mark.parametrize("markup", MARKUPS)
def test_a_writers_own_lead_in_the_middle_stays(middle, markup):
    assert "".join(middle.split()) in _page_text([STEPS[0], middle, *STEPS[1:]], markup)


# --- closings: a shared resolve, a last reminder --------------------------------------------------------------------

P = "这一部分讲的是具体的做法，句子完整，意思清楚，放在哪一部分都说得通，也有几个实在的例子。"
Q = "另一段接着往下说，讲了几件实实在在的小事，也讲了从中得到的一点启发和下一步的打算。"
TITLE = "参加新任教师培训的几点体会"
SHARED = [
    "学习虽然告一段落，但成长没有终点。愿与各位同事共勉，把课堂上学到的化为讲台上的本事。",
    "路要一步一步走，课要一节一节上。以此与诸位同仁共勉！",
    # a subject or an instrument before 与, 互勉, 共勉之 (review D, finding 6)
    "培训只是起点。谨以此文与大家共勉。",
    "課要一節一節地磨。此文與讀者諸君共勉。",
    "教书这件事急不得。我愿与各位同事共勉，一节一节把课磨好。",
    "日子还长。愿与大家互勉，不负所学。",
    "讲台不大，路却很长。让我们一起共勉，把课上好。",
    "慢慢来，比较快。共勉之！",
]
REMINDERS = [
    "最后提醒一下，备课本和听课记录要及时整理，期末检查时会用到。祝你第一学期一切顺利。",
    "順便提個醒，新學期的課表還會調整，記得隨時留意群裡的通知。祝你教學順利！",
    # other words for one more thing, a wish to one reader in other shapes (review D, finding 7)
    "最后再啰嗦一句，开学前最好先把设备试一遍。祝你第一学期一切顺利！",
    "最后要提醒大家的是，开学前最好先把设备试一遍。祝你一切顺利！",
    "还要提醒一下，开学前最好先把设备试一遍。祝好！",
    "顺便提个醒，开学前最好先把设备试一遍。希望你第一学期一切顺利！",
    "再补充一句，开学前最好先把设备试一遍，祝你一切顺利！",
    "温馨提示：开学前最好先把设备试一遍。祝王老师第一学期一切顺利！",
]
CLOSES = [*SHARED, *REMINDERS]


def parts_as_headings() -> list[Block]:
    blocks = [Block("八月下旬，我参加了区教育局组织的新任教师培训，下面把几点体会记下来。")]
    for n, head in zip("一二三", ("备课要下足功夫", "课堂要留出空白", "反思要落在纸上"), strict=True):
        blocks += [Block(f"{n}、{head}", tag="h3", heading=3), Block(P)]
    return blocks


def parts_as_bold_leads() -> list[Block]:
    blocks = [Block("八月下旬，我参加了区教育局组织的新任教师培训，下面把几点体会记下来。")]
    for lead in ("备课要下足功夫。", "课堂要留出空白。", "反思要落在纸上。"):
        blocks.append(Block(lead + P, bold_lead=len(lead)))
    return blocks


def parts_as_numbered_steps() -> list[Block]:
    blocks = [Block("刚当老师，第一学期怎么过？我带过十几届新老师，按下面的顺序来，大部分问题都能避开。")]
    for n, lead in enumerate(("先把教材吃透。", "再把学生认全。", "然后把常规立住。"), 1):
        blocks += [Block(f"{n}．{lead}", bold=True, heading=4), Block(P)]
    return blocks


PAGES = [parts_as_headings, parts_as_bold_leads, parts_as_numbered_steps]


def shape(blocks: list[Block]) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.heading, s.text) for s in split_sections(blocks, TITLE)]


@pytest.mark.parametrize("close", CLOSES)
@pytest.mark.parametrize("page", PAGES)
def test_a_shared_resolve_or_a_last_reminder_after_the_last_part_concludes(close, page):
    sections = shape([*page(), Block(close)])
    assert sections[-1] == ("conclusion", None, close)
    assert sections[-2][0] == "section"


@pytest.mark.parametrize("close", CLOSES)
@pytest.mark.parametrize("page", PAGES)
def test_a_closing_with_more_of_the_part_after_it_stays_the_parts(close, page):
    sections = shape([*page(), Block(close), Block(Q)])
    assert all(kind != "conclusion" for kind, _, _ in sections)


NO_CLOSING_REMINDERS = [
    "还要提醒一下，备课本和听课记录要及时整理，期末检查时会用到。",  # a reminder with no wish: the part's last word
    "带教的王老师提醒我们，备课本和听课记录要及时整理，期末检查时会用到。",
    "提醒的话说了很多遍，孩子们还是会忘，后来我在黑板角落写上当天要带的东西。",
    # a last sentence opening on 祝/愿 that wishes no one anything (review D, finding 4)
    "另外提醒一句，材料要提前复印好。愿意的话，也可以先打电话问问教务处。",
    "最后提醒一下，材料要提前复印好。祝贺的话就不多说了，期末见分晓。",
    "顺便提个醒，材料要提前复印好。愿望虽好，落实更难。",
    "还要提醒一句，材料要提前复印好。祝老师当时就是这样叮嘱我们的。",
    # a resolve shared in the past, told (finding 6)
    "这句话是带教老师送给我的，后来我把它抄在备课本的扉页上，与同组的老师们共勉至今。",
    "刚入职那年，我们几个新老师当时就约好互相听课，彼此共勉。",
]


@pytest.mark.parametrize("last", NO_CLOSING_REMINDERS)
@pytest.mark.parametrize("page", PAGES)
def test_a_reminder_someone_else_gives_or_with_no_wish_stays_the_parts(last, page):
    sections = shape([*page(), Block(last)])
    assert all(kind != "conclusion" for kind, _, _ in sections)


def test_a_shared_resolve_under_a_hopeful_part_stays_its_text():
    blocks = parts_as_headings()[:-2] + [Block("三、对新同事的希望", tag="h3", heading=3), Block(P)]
    sections = shape([*blocks, Block(SHARED[0])])
    assert sections[-1] == ("section", "三、对新同事的希望", f"{P}\n{SHARED[0]}")


@pytest.mark.parametrize(
    "head",
    ["三、对新同事的希望", "三、几点提醒", "三、注意事项", "三、温馨提示", "三、入职须知"],
)
def test_a_reminder_and_a_wish_under_a_part_that_hopes_or_reminds_stays_its_text(head):
    # review D, finding 5: the reminder's branch keeps the heading guard the shared resolve's has
    close = "另外提醒一句，听课记录要及时整理。祝你第一学期一切顺利！"
    blocks = parts_as_headings()[:-2] + [Block(head, tag="h3", heading=3), Block(P)]
    sections = shape([*blocks, Block(close)])
    assert sections[-1] == ("section", head, f"{P}\n{close}")


def test_a_reminder_and_a_wish_under_a_part_naming_care_as_its_step_concludes():
    # 注意 as the step's verb names no reminders: the part's heading neither hopes nor reminds
    close = "最后再啰嗦一句，开学前最好先把设备试一遍。祝你第一学期一切顺利！"
    head = "三、上课以后注意多听课"
    blocks = parts_as_headings()[:-2] + [Block(head, tag="h3", heading=3), Block(P)]
    sections = shape([*blocks, Block(close)])
    assert sections[-1] == ("conclusion", None, close)


def test_a_numbered_item_that_reminds_is_no_closing():
    blocks = [
        *parts_as_headings(),
        Block("1．还要提醒一下，开学前把设备试一遍。"),
        Block("2．备课本要及时整理。"),
    ]
    assert all(kind != "conclusion" for kind, _, _ in shape(blocks))


# --- numbered lead items under a 一、 part: unchanged (the truths disagree) -------------------------------------------

ITEM_BODY = "拼图环节用时比预设多了几分钟，后面的练习就显得仓促，课堂小结也只能匆匆带过。"


@pytest.mark.parametrize("tag", ["p", "div"])
def test_numbered_lead_items_under_a_part_of_problems_stay_its_text(tag):
    leads = ("时间分配不够合理。", "对学困生关注不够。", "板书设计比较零乱。")
    blocks = [
        Block("这节课上完以后，我把教学过程重新梳理了一遍。"),
        Block("一、不足之处", tag="h3", heading=3),
    ]
    blocks += [Block(f"{n}．{lead}{ITEM_BODY}", tag=tag) for n, lead in enumerate(leads, 1)]
    blocks += [Block("二、改进措施", tag="h3", heading=3), Block(P)]
    headings = [s.heading for s in split_sections(blocks, "教学反思")]
    assert headings == [None, "一、不足之处", "二、改进措施"]
