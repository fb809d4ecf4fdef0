"""Credit lines opening the text and paywall cards closing it (session 20, issue 11), on pages of the project's own.

- meta-byline: a line of its own above the text made only of roles and names is a credit, not text, whatever roles
  the chain after the writer holds (文／… 审核／…, 撰文｜… 统筹｜… 监制｜…) and whether an outlet's name stands
  before 记者 with no colon (江北晚报记者 张宁 李媛). The author reader reads its writers as before.
- paywall-preview-end: a paywall card's line (…会员专享，开通后可阅读剩余 N% 内容, 剩余N字…, 付费后可查看全文,
  订阅后阅读全文, …可免费解锁本篇) ends the article and marks it ``truncated``.

Look-alikes that stay: a sentence naming a reporter (记者从…了解到，…), an interview's question (记者：…？), an end
mark (（完）), a list of award winners with their schools, a heading 文／理分科之争, and an article about membership
prices (开通会员后可阅读全部电子书).
"""

from __future__ import annotations

import pytest
from test_strip_link_calls import _news_page, _paras, _read, _removed

from fanwen.items import Block
from fanwen.strip import strip_blocks

HEALTH = (
    "入冬以后，门诊里血糖控制不好的患者明显多了起来。不少老病号会问：药一直按时吃，怎么天一冷血糖就上去了？",
    "寒冷会让人活动减少、食欲增加，胰岛素的作用也会受到影响。再加上节日聚餐多，饮食容易失控，血糖波动就更大了。",
    "建议每天固定时间监测血糖并做好记录，复诊时带给医生看。饮食上控制总热量，主食粗细搭配，少吃油炸食品。",
)
NEWS = (
    "入冬以来，江北市不少年轻人选择在二手平台购买冬装，一件九成新的羽绒服往往只要原价的两三成。",
    "二手冬装走俏的背后，是年轻人消费观念的变化。业内人士认为，这并不是消费降级，而是更看重性价比和实用价值。",
    "市消费者协会提醒，购买二手服饰时应选择支持验货的平台，尽量使用担保交易，不要私下转账，以免上当受骗。",
)


@pytest.mark.parametrize(
    "credit, author",
    [
        ("文／陈思 审核／刘建华", "陈思"),
        ("文/周宁 审校/李一鸣 编辑/王欣", "周宁"),
        ("撰文｜郑雨 统筹｜胡杰 监制｜马林", "郑雨"),
        ("文／林晓 攝影／黃志明 審核／陳美玲", "林晓"),
        ("文／陈思 策划／刘建华 出品／江北二院宣传科", "陈思"),
    ],
)
def test_a_credit_chain_of_role_marks_above_the_text_goes(credit, author):
    """Pattern: the writer's role mark and name, then any other roles of the chain (审核, 审校, 编辑, 统筹, 监制, 摄影,
    策划, 出品…), on a right-aligned line of its own opening the text: a credit, recorded as meta-byline."""
    body = f'<p style="text-align:right">{credit}</p>' + _paras(*HEALTH)
    article = _read(_news_page(body, title="冬季血糖为何容易波动"))
    assert article.text.splitlines() == list(HEALTH), _removed(article)
    # (撰文｜… is meta-line's too: a label's bar after 撰文, the credit rule before meta-byline)
    assert _removed(article) in ({credit: "meta-byline"}, {credit: "meta-line"})
    assert article.author == author


@pytest.mark.parametrize(
    "credit, author",
    [
        ("江北晚报记者 张宁 李媛", "张宁、李媛"),
        ("澎湃新闻记者 周可", "周可"),
        ("青山融媒记者 王浩 通讯员 陈立", "王浩、陈立"),
        ("新华社记者 刘洋 赵敏", "刘洋、赵敏"),
    ],
)
def test_an_outlets_reporters_line_above_the_text_goes(credit, author):
    """Pattern: an outlet's name before 记者 and the reporters' names, no colon (a news app's byline element), on a
    line of its own opening the text: a credit, as 本报记者 张宁 is; its people are the author."""
    body = f'<p class="Article_byline">{credit}</p>' + _paras(*NEWS)
    article = _read(_news_page(body, title="年轻人冬季反向消费"))
    assert article.text.splitlines() == list(NEWS), _removed(article)
    assert _removed(article) == {credit: "meta-byline"}
    assert article.author == author


@pytest.mark.parametrize(
    "first",
    [
        "记者从多家二手交易平台了解到，今年11月以来，羽绒服、冲锋衣等冬季服饰的成交量同比明显增长。",
        "记者：今年的二手冬装为什么这么受欢迎？",
        "县实验小学 张伟 刘洋",
        "文／理分科之争",
        "记者手记 走近一线",
        "致敬新闻记者 坚守一线",
    ],
)
def test_the_texts_own_lines_naming_reporters_or_people_stay(first):
    """Look-alikes: a sentence naming a reporter, an interview's question, a list line of award winners with their
    school, a heading opening 文／, a column's heading after 记者 (its words no names) stay word for word."""
    article = _read(_news_page(_paras(first, *NEWS), title="年轻人冬季反向消费"))
    assert article.text.splitlines() == [first, *NEWS], _removed(article)


def test_an_end_mark_is_no_credit_and_a_closing_writers_credit_stays():
    """Look-alikes below the text: an end mark (（完）, notice-end-mark's) is no credit, and a closing credit of the
    writers is the text as printed (the project's convention, docs/stripping.md; blind set AL's truth disagrees)."""
    end = _read(_news_page(_paras(*NEWS, "（完）"), title="年轻人冬季反向消费"))
    assert _removed(end) == {"（完）": "notice-end-mark"}
    article = _read(_news_page(_paras(*NEWS, "（通讯员 刘芳 郑浩）"), title="年轻人冬季反向消费"))
    assert article.text.splitlines()[-1] == "（通讯员 刘芳 郑浩）", _removed(article)


PROSE = NEWS[1]


@pytest.mark.parametrize(
    "card",
    [
        ("本内容为「知学会员」专享，开通后可阅读剩余 72% 内容", "首月 ¥6　连续包年 ¥168", "立即开通"),
        ("剩余2380字，订阅专栏后继续阅读", "¥19.9 订阅"),
        ("本文为付费内容，付费后可查看全文", "¥2.0"),
        ("本文為會員專屬，訂閱後閱讀全文", "立即訂閱"),
        ("开通VIP会员，阅读全文", "打开App，新用户可免费解锁本篇"),
    ],
)
def test_a_paywall_cards_lines_end_the_article_as_truncated(rules, card):
    """Pattern: a paywall card after the shown part: the share or count of what is left (剩余 N% / N字), the act that
    opens it (开通…会员…阅读, 付费后可查看, 订阅后阅读全文, 解锁本篇). The card goes and the article is truncated."""
    result = strip_blocks([Block(NEWS[0]), Block(PROSE), *(Block(line) for line in card)], rules)
    assert [b.text for b in result.blocks] == [NEWS[0], PROSE]
    assert result.truncated
    assert result.removed[0].rule == "paywall-preview-end"


@pytest.mark.parametrize(
    "prose",
    [
        "各大平台会员价格普遍上涨，开通会员后可阅读全部电子书，连续包年价格从198元涨至218元。",
        "某阅读App推出新规，订阅后可畅读十万册图书，首月仅需9元，业内人士认为这将加剧价格竞争。",
        "今年双十一，视频会员纷纷打折，连续包年最低只要138元。",
        "他写完这篇作文还剩200字的额度，老师建议补充一个结尾。",
    ],
)
def test_an_article_about_memberships_and_prices_stays(rules, prose):
    """Look-alikes: an article telling of membership prices and what a membership opens (not this text's rest)."""
    result = strip_blocks([Block(NEWS[0]), Block(prose), Block(PROSE)], rules)
    assert result.removed == [] and not result.truncated


def test_a_paywall_card_beside_the_answers_wrapper_truncates_the_answer():
    """Pattern: a Q&A answer's text in its own element, closing the wrapper it sits in, and the paywall card after
    that wrapper in the answer's box: the card is read after the text (fanwen.extract.page.following_blocks) and
    the article is truncated; the card's lines are no text."""
    answer = "".join(f"<p>{t}</p>" for t in NEWS)
    card = (
        '<div class="PaywallCard"><p>本内容为「知学会员」专享，开通后可阅读剩余 72% 内容</p><p>首月 ¥6　连续包年 ¥168</p>'
        '<button type="button">立即开通</button><p>打开知学App，新用户可免费解锁本篇</p></div>'
    )
    body = f'<div class="RichContent"><div class="inner"><span class="RichText">{answer}</span></div>{card}</div>'
    article = _read(_news_page(body, title="年轻人冬季反向消费"))
    assert article.text.splitlines() == list(NEWS)
    assert article.truncated
