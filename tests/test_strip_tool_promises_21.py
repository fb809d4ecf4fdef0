"""A tool's offer with no label and colon, read by its structure (``cta-tool-promise``, issue 11, session 21).

Session 20's rule wanted a tool's label and a colon before the offer. The offer's own structure needs neither: **the
reader's input as an imperative** (cue ``tool_give``: 把…粘进/贴进/丢给…, 报上, 说出, 上传, 输入, 拍下…) opening the
line, then **a machine's fast or effortless making** (cue ``tool_made``: a speed, N秒, N分钟, 当场, 瞬间, 秒, or an
ease after the machine's name, AI一键, AI自动; a few characters on, an act of making, 吐出, 拼出, 输出, 生成, 写好,
改出…), with no stop at the end. A tool's label may stand before it with any separator (：｜|-—, a 【…】 bracket), or
the place the tool is opened (打开微信扫一扫进入“…”小程序：, cue ``tool_place``); a price may follow, and a card's price
line beside it goes with it (``box``, cue ``deal``).

Pages of our own (tests/fixtures/shapes):

- tool_promise_unlabelled: a 范文 site's work summary with tool offers glued after paragraphs (no label; with a lead-in
  question; a 【…】 label ending in an arrow), a link card with a ｜ label and its price line, a mini program's box.
- tool_promise_unlabelled_lookalikes: a paper's report on an office AI training: a tutorial's steps (a button quoted
  and a wait, a how-to's title, a system's own act), a news report (用户上传…即可生成…), a release note (新增：, 优化：),
  a teacher's worry, a review's judgement, the act told as done, a question: all the article's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULE = "cta-tool-promise"
PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


def test_a_summarys_unlabelled_tool_offers_go_and_its_paragraphs_stay():
    page = read_shape("tool_promise_unlabelled")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer in (
        "把科室名称和全年数据贴进输入框，15秒吐出一篇带小标题的年度总结",  # glued, no label
        "写总结没思路？说出你的岗位和年度亮点，AI当场拼出三千字总结初稿",  # glued, with its lead-in question
        "述职AI精修｜上传去年的述职稿，选好新岗位，2分钟改出一篇新述职报告",  # a card's label with ｜
        "¥12.8 起",  # the card's price line
        "微信搜一搜进入“笔友快写”小程序：报上单位和主题，AI秒出一篇讲话稿",  # the place the tool is opened
        "【AI写总结】把全年台账丢给它，30秒输出一份万字总结，前三篇免费>>",  # a bracketed label, an arrow
    ):
        assert removed.get(offer) == RULE, offer
    text = sections_text(page)
    for prose in (  # the sentences the offers were glued to stay whole
        "做到一级抓一级、层层抓落实。",
        "更换老化软管两千余根。",
        "居民安全意识明显增强。",
    ):
        assert prose in text
    for word in ("AI", "小程序", "没思路", "¥", "秒"):
        assert word not in text, word


def test_a_report_on_an_ai_training_keeps_its_steps_news_notes_and_worries():
    page = read_shape("tool_promise_unlabelled_lookalikes")
    assert [r.rule for r in page.article.removed] == []
    text = sections_text(page)
    for line in (
        "把表格粘贴进对话框，点击“确定”后等待几秒",
        "把数据导入表格，自动生成图表的方法",
        "填写基本信息，系统自动生成申请表",
        "据了解，该平台上线后，用户上传简历1分钟即可生成报告，已有3万人使用",
        "新增：上传会议录音后一键生成纪要",
        "优化：粘贴长文时，自动生成目录的速度更快",
        "学生把作文粘进AI，几秒就得到一篇范文，这让我很担忧",
        "上传照片，AI一键生成证件照，效果还算过得去",
        "把论文粘进去，10秒生成摘要，质量一般",
        "把作文粘进对话框，几秒就生成了一篇范文",
        "上传简历，一分钟真能生成好简历吗？",
    ):
        assert line in text, line


OFFERS = [
    # no label: the reader's input opening the line, a machine's fast making after it
    "把会议录音丢给AI，3分钟吐出一份带要点的纪要",
    "把岗位要求贴进输入框，10秒生成一封求职信",
    "报上孩子的年级和作文题目，AI当场写好一篇范文",
    "输入公司名称和年度目标，两分钟拼出一份完整的年终总结",
    "拍下作业题，AI秒出解题步骤",
    "把報告貼進對話框，30秒產出摘要",  # traditional
    # a trailing price
    "说出你的户型和预算，AI一键生成装修清单，首单9.9元",
    "上传一张自拍，30秒输出十套证件照 ¥6.9起",
    "上傳舊履歷，一分鐘改出新履歷，NT$99起",
    # a label with another separator than a colon
    "简历精修AI｜上传旧简历，一分钟改好一份新简历¥9.9起",
    "述职AI助手 - 输入岗位和业绩，30秒写出述职报告",
    "【AI写总结】把一年的工作要点粘进来，20秒吐出万字总结>>",
    "合同审查小助手｜把合同发给它，1分钟给出风险提示",
    # the place the tool is opened
    "微信搜索“笔灵写作”小程序：报上主题，AI当场拼出一篇发言稿",
    "打开“妙笔”APP，输入题目，10秒生成三篇范文",
    "浏览器打开“快写”网页版：上传活动照片，AI一键生成新闻稿",
]


@pytest.mark.parametrize("offer", OFFERS)
def test_an_unlabelled_tool_offer_on_a_line_of_its_own_goes(offer):
    result = strip_blocks([Block(PROSE * 3), Block(offer), Block(PROSE * 3)], bundled_rules(), "标题")
    assert [(r.text, r.rule) for r in result.removed] == [(offer, RULE)]


@pytest.mark.parametrize("offer", OFFERS[:6])
def test_an_unlabelled_tool_offer_glued_after_a_paragraphs_last_sentence_goes_alone(offer):
    paragraph = PROSE + "希望大家把这份计划坚持下去。"
    result = strip_blocks(
        [Block(PROSE * 3), Block(paragraph + offer), Block(PROSE * 3)], bundled_rules(), "标题"
    )
    assert [(r.text, r.rule) for r in result.removed] == [(offer, RULE)]
    assert result.blocks[1].text == paragraph


@pytest.mark.parametrize(
    "prose",
    [
        "把表格粘贴进对话框，点击“确定”后等待几秒",  # a tutorial's step: a button quoted, a wait
        "上传资料后，点击生成按钮，30秒生成报告",  # a step's sequence
        "把数据导入表格后，Excel会自动生成图表",
        "把数据导入表格，自动生成图表的方法",  # a how-to's title
        "输入数字后按回车，表格自动生成合计",
        "粘贴网址，一键生成二维码",  # software's own feature: 一键 with no machine named, a tutorial's step
        "填写基本信息，系统自动生成申请表",  # a system's own act: a notice's, a manual's
        "填写申请表，自动生成受理回执，请妥善保存",
        "上传图片，自动生成文字描述，方便视障人士阅读",
        "该平台上线后，用户上传简历1分钟即可生成报告，已有3万人使用",  # a news report
        "学生把作文粘进AI，几秒就得到一篇范文，这让我很担忧",  # a teacher's essay
        "把作文粘进AI，几秒就生成了一篇范文",  # told as done
        "新增：上传文档后一键生成摘要",  # a release note
        "AI助手更新：上传PDF，自动生成目录",
        "v2.3版本：支持上传图片，自动生成描述",
        "上传照片，AI一键生成证件照，效果还算过得去",  # a review's judgement
        "把论文粘进去，10秒生成摘要，质量一般",
        "上传简历，一分钟生成求职信？",  # a question
        "【AI前沿】输入一句话，一键生成视频，国产大模型再升级",  # a news column's label
        "打开“i深圳”APP：上传材料，自动审核，最快1分钟办结",  # an official system's way
        "输入身份证号，即可查询社保缴费记录",
        "把鸡蛋打进碗里，搅拌30秒",  # a recipe
        "把钱存进银行，利息自动算出",
        "第二步：输入主题，AI一键生成大纲",  # a numbered step
        "把会议录音上传到平台，3分钟就能生成纪要。",  # a sentence: it ends in a stop
    ],
)
def test_a_step_a_report_or_a_judgement_with_the_same_words_stays(prose):
    result = strip_blocks([Block(PROSE * 3), Block(prose), Block(PROSE * 3)], bundled_rules(), "标题")
    assert result.removed == []
