"""A short block a site repeats inside the text goes as its template's only where it calls or advertises.

Learned boilerplate took every short block (under ``max_chars``) that recurred on enough of a site's articles,
wherever it stood: a policy sentence every article of a site quotes between its paragraphs, and a 范文 contract's
blank signature lines (甲方（盖章）：________), went with the site's adverts (review of issue 11). A recurring short
block between two of the article's own blocks now goes only where it calls on the reader or advertises
(fanwen/strip/boilerplate.calls_or_advertises: the strip rules' cues of a call, a reader's act such as 试试 or 点击,
an offer, or words of the publication); a form's line to fill in (a run of blanks) is never a candidate. A recurring
advert line between the paragraphs (——写不出来？试试AI一键生成——, ——范文写作小帮手，试试就知道——) and a template's
line at the text's edge still go.
Every page here is our own text, read as a first crawl reads it (bench/site_zoo.py's ``crawl``).
"""

from __future__ import annotations

import pytest
from test_learned_slots_reused import crawl_site, squeeze

QUOTE = "“绿水青山就是金山银山，保护生态环境就是保护生产力。”"
STOCK = "正如老师常说的那样，好文章都是改出来的。"
AD = "——写不出来？试试AI一键生成——"  # a strip rule may name it (cta-tool-offer): it goes either way
BANNER = "——范文写作小帮手，试试就知道——"  # no rule names it: learned alone
FOOTER = "本站范文均来自网友投稿，仅供学习参考。"
SIGN = "甲方（盖章）：________  乙方（签字）：________"
DATE = "签订日期：______年____月____日"
TOPICS = ["护林", "治水", "种茶", "养蜂", "修路"]


def essay(n: int, topic: str) -> list[str]:
    return [
        f"{topic}第{n}篇开头，这一段写的是{topic}的来龙去脉，只在这里出现一次。",
        QUOTE,
        f"{topic}第{n}篇第二段，讲当地人怎么做{topic}，细节各不相同。",
        AD,
        f"{topic}第{n}篇第三段中间，写作者走访时的见闻，篇篇不同。",
        BANNER,
        f"{topic}第{n}篇第三段，写作者自己的感想，{STOCK}",
        STOCK,
        f"{topic}第{n}篇结尾段，总结全文，说说{topic}往后的打算。",
        FOOTER,
    ]


def test_a_recurring_quotation_inside_the_text_stays_and_the_advert_line_goes(rules):
    pages = [(f"{topic}心得体会", essay(n, topic)) for n, topic in enumerate(TOPICS)]
    for (_, paras), article in zip(pages, crawl_site(rules, "xinde.example.cn", pages), strict=True):
        removed = {squeeze(r.text): r.rule for r in article.removed}
        assert squeeze(AD) in removed
        assert removed.get(squeeze(BANNER)) == "learned-boilerplate"
        assert removed.get(squeeze(FOOTER)) == "learned-boilerplate"  # at the edge: the template's
        kept = [p for p in paras if p not in (AD, BANNER, FOOTER)]
        assert [p for p in kept if squeeze(p) not in squeeze(article.text)] == []


def test_a_contracts_blank_signature_lines_stay(rules):
    pages = [
        (
            f"{kind}合同范本",
            [
                f"甲方与乙方就{kind}事宜，经协商一致，订立本合同，编号第{n}号。",
                f"第一条 {kind}的标的、数量和价款由双方约定，写明于此。",
                f"第二条 双方的权利义务：{kind}中甲方应当按时履行。",
                SIGN,
                DATE,
            ],
        )
        for n, kind in enumerate(["房屋租赁", "车辆买卖", "劳务", "装修", "借款"])
    ]
    for (_, paras), article in zip(pages, crawl_site(rules, "hetong.example.cn", pages), strict=True):
        assert [p for p in paras if squeeze(p) not in squeeze(article.text)] == []
        assert not [r for r in article.removed if r.rule.startswith("learned")]


# A site's own line recurring between the paragraphs that names none of the call words (review of 34bcafe): the page
# speaking of itself (原创不易，感谢支持！ （本文系作者授权发布）, 温馨提示：本站内容持续更新中。), asking the reader to
# share, follow or keep (喜欢本文的话，欢迎分享给身边的朋友。 码字不易，求个关注。 建议先收藏再看), a pager's or an issue's
# (未完待续，下一页更精彩, 本期内容就到这里，我们下期再见。) goes as the
# template's, as it did before the guard. A stock sentence the articles share that speaks of the matter (我们要始终关注群
# 众的冷暖。 好文章都是改出来的), a speech's welcome (热烈欢迎各位领导莅临指导！), a quotation holding such a word
# (“欢迎关注每一个孩子的成长。”) stay.
SITE_LINES = [
    "原创不易，感谢支持！",
    "（本文系作者授权发布）",
    "温馨提示：本站内容持续更新中。",
    "喜欢本文的话，欢迎分享给身边的朋友。",
    "码字不易，求个关注。",
    "未完待续，下一页更精彩",
    "本期内容就到这里，我们下期再见。",
    "以上就是今天的全部分享。",
    "文章有点长，建议先收藏再看。",
    "想看更多同类范文，欢迎常来看看。",
    "友情提示：内容较长，请耐心阅读。",
]
OWN_LINES = [
    "我们要始终关注群众的冷暖。",
    "校长常说：“欢迎关注每一个孩子的成长。”",
    STOCK,
    "热烈欢迎各位领导莅临指导！",
]


def column(n: int, topic: str, line: str, own: str) -> list[str]:
    return [
        f"{topic}第{n}篇开头，这一段写的是{topic}的来龙去脉，只在这里出现一次。",
        f"{topic}第{n}篇第二段，讲当地人怎么做{topic}，细节各不相同。",
        line,
        f"{topic}第{n}篇第三段中间，写作者走访时的见闻，篇篇不同。",
        own,
        f"{topic}第{n}篇结尾段，总结全文，说说{topic}往后的打算。",
    ]


@pytest.mark.parametrize("line", SITE_LINES)
def test_a_recurring_line_of_the_sites_own_inside_the_text_goes(rules, line):
    pages = [
        (f"{topic}心得体会", column(n, topic, line, OWN_LINES[n % len(OWN_LINES)]))
        for n, topic in enumerate(TOPICS)
    ]
    site = f"s{SITE_LINES.index(line)}.example.cn"
    for (_, paras), article in zip(pages, crawl_site(rules, site, pages), strict=True):
        assert {squeeze(r.text): r.rule for r in article.removed}.get(squeeze(line)) == "learned-boilerplate"
        assert [p for p in paras if p != line and squeeze(p) not in squeeze(article.text)] == []


@pytest.mark.parametrize("own", OWN_LINES)
def test_a_recurring_sentence_of_the_matter_inside_the_text_stays(rules, own):
    pages = [
        (f"{topic}心得体会", column(n, topic, f"{topic}第{n}篇的一句过渡。", own))
        for n, topic in enumerate(TOPICS)
    ]
    site = f"o{OWN_LINES.index(own)}.example.cn"
    for (_, paras), article in zip(pages, crawl_site(rules, site, pages), strict=True):
        assert [p for p in paras if squeeze(p) not in squeeze(article.text)] == []
