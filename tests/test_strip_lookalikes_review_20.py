"""Look-alikes of session 20's credit, paywall and tool-offer rules, from the review of cd0d231 and 7c19278 (rv2).

- paywall-preview-end: a card's clause is the card's last (开通后可阅读剩余 68% 内容, 订阅后阅读全文, …解锁本篇), its
  count of what is left opens an act of reading (剩余2380字，订阅专栏后继续阅读). A report's share (剩余30%由政府购买服
  务), a notice's step (考生登录后可查看完整成绩单，…), a membership's tiers told on (…阅读全文并下载PDF版本，年费…), a
  game's unlocking (解锁本篇的隐藏结局) and a reader's own account of paying (我昨天花2元解锁本篇) run on: they stay,
  and the article is not truncated.
- cta-tool-promise: a public service's channel whose result is a look-up of the reader's own record (…小程序：输入…，一键
  查询年度收入 / 立即查看缴费记录 / 就能查询违章记录), a release note's feature (新增“AI摘要”：…), a review's judgement
  (…，效果相当自然) stay.
- meta-byline: a heading whose words after 记者 are a reporting act, not names (央视新闻记者 现场连线, 本报记者 调查,
  新华社记者 专访 张三, 中央社記者 實地採訪), stays.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules
from test_strip_link_calls import _news_page, _paras, _read, _removed

from fanwen.items import Block
from fanwen.strip import strip_blocks

NEWS = (
    "近日，江北县政务服务中心对线上办事渠道进行了全面升级，市民办理社保、医保、公积金等业务更加方便快捷。",
    "据介绍，升级后的平台共接入了一百二十多项高频事项，其中八十多项实现了全程网办，群众少跑腿成为常态。",
    "县政务服务中心负责人表示，下一步将继续优化办事流程，推动更多事项实现“一网通办”，不断提升群众满意度。",
)


@pytest.mark.parametrize(
    "prose",
    [
        "项目总投资中，70%由企业自筹，剩余30%由政府购买服务方式解决。",  # a report's share
        "首付款已到账，剩余40%的尾款在验收后付费结清。",
        "目前已售出六成門票，剩餘40%將於週五開通線上購買。",  # traditional
        "考生登录后可查看完整成绩单，如有疑问可在三日内申请复核。",  # a notice's step
        "白金会员开通后可阅读全文并下载PDF版本，年费198元。",  # tiers told on
        "訂閱後閱讀全文，每月僅需新台幣99元的方案很受學生歡迎。",
        "这款游戏的新资料片里，玩家可以解锁本篇的隐藏结局。",  # a game's unlocking
        "玩家需要完成全部关卡才能解锁全文彩蛋。",
        "小李说，我昨天花2元解锁本篇，觉得值了。",  # a reader's own account
    ],
)
def test_a_sentence_telling_of_a_share_a_step_or_an_unlocking_stays_untruncated(prose):
    """Look-alikes of paywall-preview-end's session 20 alternatives: an article's sentence that runs on after the
    act or the share, or tells of one person's payment, is no card."""
    result = strip_blocks([Block(NEWS[0]), Block(prose), Block(NEWS[1]), Block(NEWS[2])], bundled_rules())
    assert result.removed == [] and not result.truncated


@pytest.mark.parametrize(
    "card",
    [
        "本内容为「知学会员」专享，开通后可阅读剩余 72% 内容",
        "剩余1500字，开通会员继续阅读",
        "剩余 85%，付费解锁",
        "成為訂閱會員後即可閱讀完整文章",
        "新用户可免费解锁本篇",
        "本文为付费内容，购买后阅读全文。",
    ],
)
def test_a_paywall_cards_last_clause_still_truncates(card):
    """Pattern kept: the card's act then reading the rest as its last clause, or the share left then the act."""
    result = strip_blocks([Block(NEWS[0]), Block(NEWS[1]), Block(card)], bundled_rules())
    assert [b.text for b in result.blocks] == [NEWS[0], NEWS[1]]
    assert result.truncated


@pytest.mark.parametrize(
    "line",
    [
        "“个人所得税”小程序：输入身份证号，一键查询年度收入",  # a public service's look-up
        "“皖事通”小程序：选择“社保查询”，立即查看缴费记录",
        "市医保局微信小程序：输入参保人姓名和身份证号，马上就能查到报销进度",
        "“浙里办”小程序：输入车牌号，就能查询违章记录和罚款金额",
        "「台北通」小程式：輸入身分證字號，立即查詢補助進度",
        "新增“AI摘要”：选择文档后，自动生成摘要",  # a release note's feature
        "优化AI助手：输入问题，快速定位相关设置项",
        "AI修图：上传照片，自动去除背景，效果相当自然",  # a review's judgement
        "AI翻譯筆：掃描英文段落，秒出中文譯文，表現令人滿意",
    ],
)
def test_a_public_services_look_up_a_release_note_or_a_review_stays(line):
    """Look-alikes of cta-tool-promise: the result a look-up of the reader's own record (查询, 查看, 查到: a notice's
    channel, as 即可查询 is), a release note's feature (新增, 优化…), a review's judgement (效果, 表现…)."""
    for blocks in ([NEWS[0], line, NEWS[1]], [NEWS[0], NEWS[1] + line]):
        result = strip_blocks([Block(t) for t in (*blocks, NEWS[2])], bundled_rules(), "标题")
        assert result.removed == [], line


@pytest.mark.parametrize(
    "offer",
    [
        "AI政务助手“溪小办”上线：说句话就能查社保、办证件、约挂号",
        "简历AI：上传旧简历，3分钟改出一份大厂风格新简历",
        "PPT生成器：粘贴大纲，一键生成精美幻灯片",
        "AI簡報生成器：貼上大綱，一鍵產出簡報",
    ],
)
def test_a_tools_offer_still_goes(offer):
    result = strip_blocks([Block(t) for t in (NEWS[0], offer, NEWS[1], NEWS[2])], bundled_rules(), "标题")
    assert [(r.text, r.rule) for r in result.removed] == [(offer, "cta-tool-promise")]


@pytest.mark.parametrize(
    "heading",
    [
        "央视新闻记者 现场连线",
        "本报记者 调查",
        "新华社记者 专访 张三",
        "人民网记者 蹲点调查",
        "中央社記者 實地採訪",
        "记者 观察",
    ],
)
def test_a_heading_of_a_reporting_act_after_a_reporter_stays(heading):
    """Look-alikes of meta-byline: the words after 记者 are a reporting act (连线, 调查, 专访, 采访, 蹲点, 观察…), no
    names."""
    article = _read(_news_page(_paras(heading, *NEWS), title="政务服务升级"))
    assert article.text.splitlines() == [heading, *NEWS], _removed(article)


@pytest.mark.parametrize(
    "credit", ["江北晚报记者 张宁 李媛", "聯合報記者 張寧", "潮新闻客户端记者 王浩", "本报记者 王海"]
)
def test_an_outlets_reporters_line_still_goes(credit):
    article = _read(_news_page(_paras(credit, *NEWS), title="政务服务升级"))
    assert _removed(article) == {credit: "meta-byline"}


def test_a_readers_comment_on_a_paywall_after_the_answers_wrapper_truncates_nothing():
    """Look-alike of a paywall card read after the region's wrapper (fanwen.extract.page.following_blocks): a
    reader's comment telling of a paywall (网友…, 楼上…, a third party as 读者 is) is no card of this text."""
    text = "".join(f"<p>{t}</p>" for t in NEWS)
    comments = (
        '<div class="comments"><p>网友甲：付费后才能查看全文这种做法太坑了</p><p>网友乙：同感</p></div>'
    )
    body = f'<div class="RichContent"><div class="inner"><span class="RichText">{text}</span></div>{comments}</div>'
    article = _read(_news_page(body, title="政务服务升级"))
    assert article.text.splitlines() == list(NEWS)
    assert not article.truncated


def test_a_reporters_byline_ending_in_reporting_still_goes():
    """The act after a name is the byline's own word (记者 张宁 报道), taken as before this session."""
    article = _read(_news_page(_paras("记者 张宁 报道", *NEWS), title="政务服务升级"))
    assert _removed(article) == {"记者 张宁 报道": "meta-byline"}
