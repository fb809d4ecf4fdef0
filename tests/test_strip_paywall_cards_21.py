"""Paywall cards that name what is shown, how many unlocked it, and its price (session 21, issue 11).

Session 20's ``paywall-preview-end`` knew a card by the share left (剩余 N%), the act that opens the rest (开通后可阅读…)
and 解锁本篇 as its last clause. A card also words it the other way round, and those lines were left as text, or taken
by another rule that does not truncate: the article was not marked ``truncated``. Each now ends the article:
- the share shown (已展示全文的 32%, 仅显示前 20% 内容), or read (你已阅读 25%), on a line of its own;
- a paid act with its price then the unlocking of this text (开通会员 首月9元 解锁本篇及全部专栏);
- the count of readers who unlocked it, a line alone (已有 1.6 万人解锁阅读, 3821人已付费阅读);
- a price or a payment before reading on, a button (¥4.9 继续阅读, 1.9元 付费后继续阅读).

Look-alikes that stay: an article about paid reading (付费阅读 as a topic), a game's unlocked achievement counts, a
survey's share shown in a chart, a heading 付费阅读.
"""

from __future__ import annotations

import pytest
from test_strip_link_calls import _news_page, _read

from fanwen.items import Block
from fanwen.strip import strip_blocks

ANSWER = (
    "谢邀。我是三十二岁从出版社编辑转去做用户研究的，到今年正好五年，说点实在的经历。",
    "刚转行那一年压力很大，白天上班，晚上看书做练习，周末把做过的访谈整理成案例。",
    "真正找到工作是在第九个月，面试官最看重的是我做过的那几个访谈项目，而不是证书。",
)
CUT = "第二个教训是别急着跳槽。我第一年的收入比原来少了不少，但"


@pytest.mark.parametrize(
    "card",
    [
        # a Q&A answer's card: the share shown, a member's price unlocking this answer, the count who unlocked it
        (
            "本回答为知学会员专享，已展示全文的 40%",
            "开通知学会员 首月9元 解锁本篇及全部专栏回答",
            "已有 1.6 万人解锁阅读",
        ),
        # a column's: the share read, a price to read on, a count who paid
        ("你已阅读 25%", "¥4.9 继续阅读", "3821人已付费阅读"),
        # a novel site's: the first share shown, a membership's price unlocking the whole text
        ("仅显示前 20% 内容", "加入书友会员 ¥18/月 解锁全文"),
        # a magazine's: a price and a payment before reading on, then the count who unlocked it
        ("1.9元 付费后继续阅读", "2.1万人已解锁"),
    ],
)
def test_a_paywall_card_naming_the_share_shown_or_its_unlocks_truncates(rules, card):
    """Pattern: a paywall card's lines after the cut text: what share is shown or read, the price that unlocks this text,
    how many unlocked it, a price or payment then reading on. The card goes, the article is truncated, the cut line
    stays as it was shown."""
    blocks = [Block(t) for t in (*ANSWER, CUT, *card)]
    result = strip_blocks(blocks, rules)
    assert [b.text for b in result.blocks] == [*ANSWER, CUT]
    assert result.truncated
    assert {r.rule for r in result.removed} == {"paywall-preview-end"}


def test_a_paywall_card_in_an_answers_page_truncates_and_leaves_no_count():
    """The card as a Q&A page draws it under the answer's last shown paragraph: a mask, a tip, a button, a count."""
    card = (
        '<div class="Paywall"><div class="Paywall-mask"></div><p class="tip">本回答为知学会员专享，已展示全文的 40%</p>'
        '<a class="Button" href="/vip?src=paywall">开通知学会员 首月9元 解锁本篇及全部专栏回答</a>'
        '<p class="sub">已有 1.6 万人解锁阅读</p></div>'
    )
    body = "".join(f"<p>{t}</p>" for t in (*ANSWER, CUT)) + card
    article = _read(_news_page(body, title="三十岁以后转行做用户研究难吗"))
    assert article.text.splitlines() == [*ANSWER, CUT]
    assert article.truncated


@pytest.mark.parametrize(
    "prose",
    [
        "付费阅读",
        "这家报社去年推出付费阅读，每篇文章先展示一部分，付费以后才能看完，三个月里有一万多人订阅。",
        "我们的问卷回收后，图表里已展示的 40% 是城区学校的样本，其余来自乡镇学校。",
        "这个成就难度很高，截至目前全服只有 1.6 万人解锁，不到玩家总数的百分之一。",
        "他说自己最早是在地铁上读完这本书的，当时每天读一章，一个月读了一半。",
    ],
)
def test_an_article_about_paid_reading_stays(rules, prose):
    """Look-alikes: paid reading as the article's topic, a share shown in a survey's chart, a game's unlock count, and
    a heading 付费阅读: no card of this text's."""
    result = strip_blocks([Block(ANSWER[0]), Block(prose), Block(ANSWER[1])], rules)
    assert result.removed == [] and not result.truncated


@pytest.mark.parametrize(
    "prose",
    [
        # a share shown that is no text's (a screen, a poll page, a progress bar), a report's sentence, glued or alone
        "工作人员介绍，大屏上的疫苗接种率已显示 92%。",
        "截至发稿时，投票页面上支持率已显示 67%。",
        "记者看到，安装进度条仅显示 35%。",
        "記者看到，螢幕上的投票率已顯示 58%。",
        "客户端上线后阅读量猛增。统计后台已显示 80%。",
        # a membership's price and unlocking told as a report or a tutorial's step, sentences with their stops
        "据介绍，订阅用户开通年卡仅需98元即可解锁全文阅读功能，目前已有上千人办理。",
        "在“我的”页面开通会员，首月 6 元，开通后可以解锁本文以外的更多内容。",
        # a count who paid, with no reading paid for (a charity's line, a class's sign-up)
        "已有1.2万人付费",
    ],
)
def test_a_share_shown_a_price_or_a_count_in_a_reports_sentence_stays(rules, prose):
    """Review (session 21): the card's new shapes must name this text and be a card's line: a share shown names the text
    (全文的 N%, 前 N%, N% 的内容), a membership's price then 解锁 runs on no clause and ends no sentence, a count who paid
    says what they paid to read. Before, each of these cut the article from its sentence on and marked it truncated."""
    result = strip_blocks([Block(ANSWER[0]), Block(prose), Block(ANSWER[1])], rules)
    assert result.removed == [] and not result.truncated
