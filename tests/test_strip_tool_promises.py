"""A tool's offer read by its structure, not by its verbs (``cta-tool-promise``, issue 11, session 20).

The shape: a tool's label (a short name holding AI as a word or ending in a tool's noun: …助手, …小程序, …计算器,
…试算器, …自测, …生成), a colon, what the reader gives it opening the rest (输入, 上传, 粘贴, 拍照, 说句话, 根据…) and
the result it promises after that (a speed: N秒, 两分钟; an automation: 自动, 一键; an immediacy: 立即, 就能; an act
of making: 生成, 写出, 算出, 评估), on a line of its own or glued after a paragraph's last sentence, with no stop.

Pages of our own (tests/fixtures/shapes):

- tool_promise_calls: a 范文 site's parents' meeting speech with tool offers in boxes, glued after paragraphs (one
  with its lead-in question), in a link and in a launch wording (…来了：).
- tool_promise_calls_big5: a city's Q&A on a childcare allowance, in Big5, with a calculator glued in brackets, an
  AI tax helper, a mini program and a glued AI offer with its lead-in question.
- tool_promise_lookalikes: a report on AI writing tools in class: a heading naming the tool it reviews, sentences
  telling what a tool does, a review's numbered items, a question, a how-to's steps in a school's app, a notice on a
  calculator, a recipe's 搅拌30秒: all the article's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules, read_shape, sections_text

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULE = "cta-tool-promise"
PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"


def test_a_speechs_tool_offers_go_and_its_paragraphs_stay():
    page = read_shape("tool_promise_calls")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer in (
        "妙笔AI作文：输入作文题目和年级，10秒生成三篇参考范文",
        "家长会发言没头绪？讲稿小助手：粘贴班级情况，两分钟写出一份发言稿",  # glued, with its lead-in question
        "▶ 孩子视力自测小程序：拍一张眼睛照片，AI自动评估近视风险",
        "AI错题本来了：拍照上传错题，自动归类并推送同类练习",  # a launch word after the label
        "AI周记生成：根据上周日记内容，续写出本周周记，可选字数与年级",  # glued, a link
        "语音记账助手：说一句话就能记下一笔开支，月底自动出报表",  # input and result in one clause
    ):
        assert removed.get(offer) == RULE, offer
    text = sections_text(page)
    for prose in (  # the sentences the offers were glued to stay whole
        "按时完成。",
        "少看手机和平板。",
        "也欢迎家长来学校走一走、看一看。",
    ):
        assert prose in text
    for word in ("AI", "助手", "小程序", "没头绪"):
        assert word not in text, word


def test_a_big5_notices_tool_offers_go_and_its_answers_stay():
    page = read_shape("tool_promise_calls_big5")
    removed = {r.text: r.rule for r in page.article.removed}
    for offer in (
        "（育兒津貼試算器：輸入子女人數與家戶所得，立即算出每月可領金額）",  # glued in brackets
        "AI 報稅小幫手：上傳扣繳憑單，三分鐘自動完成申報試算",
        "寫心得沒靈感？妙筆AI：貼上活動名稱，一鍵產出三篇心得範本",  # glued, with its lead-in question
        "長照需求自評小程序：填寫長輩日常狀況，30秒評估可申請的服務",
    ):
        assert removed.get(offer) == RULE, offer
    text = sections_text(page)
    assert "最長補助至子女年滿六歲當月為止。" in text
    assert "經照管專員到府評估後核定服務額度。請民眾踴躍參與評估說明會。" in text
    for word in ("試算器", "AI", "小程序", "靈感"):
        assert word not in text, word


def test_a_report_on_ai_tools_keeps_its_headings_sentences_and_steps():
    page = read_shape("tool_promise_lookalikes")
    assert [r.rule for r in page.article.removed] == []
    text = sections_text(page)
    for line in (
        "这款AI写作助手只需输入岗位名称，30秒就能生成一篇述职初稿，但内容空泛。",
        "1. 墨笔AI写作：输入岗位名称，30秒生成初稿，适合赶时间的人",
        "即可查询孩子的期中成绩。",
        "“江城教育”小程序：输入身份证号后点击查询，即可查看成绩单",
        "补助金额试算器：输入租金与户内人口后，系统将自动计算可领金额，结果仅供参考。",
        "搅拌30秒后静置。",
        "料理机：倒入牛奶和香蕉，高速搅拌30秒即可",
    ):
        assert line in text, line
    # the heading naming the tool the report reviews, over its paragraph
    assert any(s.heading == "墨笔AI写作：输入题目，30秒生成作文" for s in page.article.sections)


@pytest.mark.parametrize(
    "offer",
    [
        "青藤AI周报：输入本周完成事项，20秒生成一份工作周报",
        "AI 取名助手：填写姓氏与生辰，一键推荐十个好名字",
        "→ 房贷提前还款计算器：录入贷款余额和利率，秒出节省利息明细",
        "（装修预算测算器：选择户型与面积，马上估算全屋花费）",
        "AI作文批改：上传作文照片，自动标出错别字和病句",
        "AI 英语口语陪练上线：说句话就能纠正发音",
        "AI 履歷健檢：貼上職缺內容，一分鐘改出更吸睛的自傳",
        "退休金試算器：輸入年資與薪資，立即試算每月可領金額",
    ],
)
def test_a_tools_offer_on_a_line_of_its_own_goes(offer):
    result = strip_blocks([Block(PROSE * 3), Block(offer), Block(PROSE * 3)], bundled_rules(), "标题")
    assert [(r.text, r.rule) for r in result.removed] == [(offer, RULE)]


@pytest.mark.parametrize(
    ("paragraph", "offer"),
    [
        ("希望大家把这份计划坚持下去。", "写周报头疼？青藤AI周报：输入本周完成事项，20秒生成一份工作周报"),
        ("每月按时还款即可。", "（房贷提前还款计算器：录入贷款余额和利率，秒出节省利息明细）"),
        ("請於期限內提出申請。", "（退休金試算器：輸入年資與薪資，立即試算每月可領金額）"),
    ],
)
def test_a_tools_offer_glued_after_a_paragraphs_last_sentence_goes_alone(paragraph, offer):
    result = strip_blocks(
        [Block(PROSE * 3), Block(PROSE + paragraph + offer), Block(PROSE * 3)], bundled_rules(), "标题"
    )
    assert [(r.text, r.rule) for r in result.removed] == [(offer, RULE)]
    assert result.blocks[1].text == PROSE + paragraph


@pytest.mark.parametrize(
    "prose",
    [
        "输入身份证号后点击查询",  # a how-to's step: no label
        "社保查询小程序：输入身份证号后点击查询",  # a label, but steps and no promised result
        "第二步：打开“浙里办”APP，在首页输入身份证号，即可查询社保缴费记录。",
        "将鸡蛋、牛奶倒入料理机，搅拌30秒后静置。",  # a recipe
        "料理机：倒入牛奶和香蕉，高速搅拌30秒即可",  # a recipe's label: no tool, no input
        "这款AI写作助手只需输入岗位名称，30秒就能生成一篇述职初稿，但内容空泛。",  # a review's sentence
        "墨笔AI写作：输入岗位名称和年度重点，30秒就生成了一篇初稿，但套话很多。",  # told as done, judged
        "AI简历助手：粘贴岗位JD，一分钟真能改出好简历吗？",  # a question
        "实测三款AI写作工具：输入同一题目，30秒生成的作文差距有多大",  # a review's heading
        "补助金额试算器：输入租金与户内人口后，系统将自动计算可领金额，结果仅供参考。",  # a notice's sentence
        "本市上线补助金额试算器：市民输入租金与户内人口，即可试算可领金额。",  # residents give the input
        "AI时代的写作课：输入越多，输出越好",  # no result promised
        "1. 墨笔AI写作：输入岗位名称，30秒生成初稿，适合赶时间的人",  # a review's numbered item
        "三、AI 取名助手：填写姓氏与生辰，一键推荐十个好名字",
        "退休金試算器：輸入年資與薪資後，點選「試算」即可顯示結果",  # a how-to's steps, traditional
        "“粤省事”小程序：输入姓名和身份证号，即可查询参保信息",  # a notice's way to a public service
        "随申办小程序：上传身份证照片，即可在线办理居住证",
    ],
)
def test_a_sentence_or_a_step_telling_of_a_tool_stays(prose):
    result = strip_blocks([Block(PROSE * 3), Block(prose), Block(PROSE * 3)], bundled_rules(), "标题")
    assert result.removed == []
