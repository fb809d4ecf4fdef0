"""The text's own box: a box of a card's or a promo box's shape that is a part of the article, never an advert.

An event's page draws its 赛事报名 box, a library's its 预约方式 box, a charity's news page its 月捐计划 box, a
history piece its fact box (坝高181米，全长2335米): a headline, a line or two, often a button. Their words are an
advert's as often (报名, 预约, 每月20元, 了解更多), and a rule or a box pass that reads the words takes them. The
shape tells them (review of the advert-card pass, session 23; shared by the card, the promo-box and the promo-frame
passes):

- **a label headline**: a facet's name of a label's length (报名方式, 预约方式, 基本数据: four characters or fewer)
  with no gain said in it (免费…, 限时, 立减, N折, 特惠…) and no advert's label (广告, 推广, 会员专享): a part of the article's own subject; an advert's headline
  names what it sells (智能作文批改) or says its gain (限时特惠). Under a product's name of that length (知识星球, AI 工具)
  the body tells it: a sale (a first month at a price: 会员首月 1 元) or a community pitched (an ask to join it and what
  its members get) is no facet's box (session 26);
- **the text's subject**: a quarter of the box's words (Han bigrams) are the rest of the text's;
- **a fact box**: every body line tells numbers with their units (坝高181米, 年发电量800亿千瓦时) and none calls, prices,
  says a gain or promises a tool's work (30秒生成…初稿).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A headline of a label's length (报名方式, 下载地址, 价格信息) names a facet of the text's subject, not a product.
LABEL_MAX_CHARS = 4
# A box whose words the rest of the text shares this much is on the text's subject (a library's booking box).
SUBJECT_SHARED = 0.25
# What a box offers the reader: free use or a trial, a price cut, a coupon given. A gain said in a headline (限时特惠,
# 免费试用) is an advert's, however short; a booking or a sign-up opened (报名通道, 开放预约) is a notice's label as often.
GAIN = (
    r"免费(?:试用|使用|领|用|体验|下载)|试用\s*\d|\d\s*天(?:会员|免费)|体验价|首次\S{0,4}免费"
    r"|立减|早鸟|优惠价|特惠|限时|\d\s*折|半价|原价|(?<![\d.])0\s*元"
    r"|(?:送|领|得|赠)\S{0,8}券|领券|满\s*\d[\d,.]*\s*元?\s*[减折]\s*\d"
)
GAIN_SAID = re.compile(GAIN)
# A sale said in a body line: a price to unlock or to buy, a count of buyers (9.9元解锁…, 已有3万家长加入).
SALE = re.compile(
    r"解锁|已有\s*[\d.]+\s*[万千]?\S{0,4}(?:加入|购买|报名|学习|领取|下载|选择)|[¥￥]\s*\d|(?:NT|HK|US)?\$\s*\d"
    r"|\d\s*元[^，。；,;\s]{0,6}(?:解锁|购买|抢购|开通|领取|学会)"
    # A first term at a price (会员首月 1 元, 首年99元: session 26, blind set AX): a trial's price, never a fact told.
    r"|(?:首月|首年|首周|首期|首单)\s*(?:仅|只要|低至)?\s*[\d.]+\s*元"
)
# A community's pitch (session 26, blind set AY): an ask to join a named community (加入…星球, …家长圈, …社群) and what
# its members get (会员专属…, 每日打卡, 和800位书友一起…), no price said. Both: a club's news tells a join with no perk.
_JOIN_COMMUNITY = re.compile(r"(?:加入|入驻|成为)\S{0,12}(?:星球|社群|圈子|家长圈|俱乐部|训练营|会员)")
_MEMBER_PERK = re.compile(
    r"会员专属|会员专享|专属\S{0,4}(?:直播|答疑|课程|活动)|(?:和|与|跟)\s*\d+\s*[位名个]\S{0,6}一起"
    r"|每[周日天]\S{0,6}(?:打卡|答疑|直播|共读)"
)
# A first use free (首次咨询0元, 新用户首单免费): a trial's lure, never a facet of the text's subject.
_FIRST_FREE = re.compile(r"(?:首次|首单|首月|新用户|新人)\S{0,6}(?:免费|(?<![\d.])0\s*元)")
# A note's or a part's label (温馨提示, 注意事项, 附件说明, 【注】, 要点, 摘要): the text's own box or line, whatever it
# frames. One list for the card pass (an in-house box's label) and the advert-line pass (a line's 【…】 label): session
# 28 folded theirs, the card pass's without 注 and the line pass's without 附件, 备注, 要点, 摘要. 关注 and 注册 are a
# channel's and a sign-up's asks, no note's (【关注有礼】).
NOTE_LABEL = re.compile(r"提示|提醒|(?<!关)注(?!册)|说明|须知|贴士|附件|要点|摘要|公告|通知")
# An advert's own label (广告, 推广, 会员专享, 新人福利): a label's length, yet the advert's, never a facet's.
_ADVERT_LABEL = re.compile(r"广告|推广|赞助|会员|专享|福利|优惠|特价|秒杀|热卖|爆款|好物")
# A fact: a number and its unit of measure or count (181米, 800亿千瓦时, 2万人, 32%), never money.
_FACT = re.compile(
    r"\d[\d.,]*\s*(?:[万亿千百]\s*)?(?:米|千米|公里|平方米|平方公里|立方米|吨|千瓦时|千瓦|瓦|千克|公斤|克|公顷|亩"
    r"|年|天|小时|分钟|秒|人次|人|座|个|台|辆|条|层|届|%|％|℃|km|m)"
)
# A call to act or a price in a body line: no fact box's. Nor a tool's work promised in a time (30秒生成1500字初稿, 一键
# 写出: an AI tool card's body, its seconds no measure of a fact; session 25).
_CALL_OR_PRICE = re.compile(
    r"[¥￥]|\d\s*元|报名|预约|购买|下载|领取|咨询|订阅|开通|注册|扫码|捐|(?:\d\s*秒|一键|自动|智能)\S{0,6}(?:生成|写出|成稿)"
)


def pitched(lines: Sequence[str]) -> bool:
    """Whether a box's lines pitch a community to the reader: an ask to join it and what its members get.

    >>> pitched(["加入「灯下」星球，和600位书友一起慢读", "每日打卡、会员专属答疑"]), pitched(["加入读书会的第三年"])
    (True, False)
    """
    said = "\n".join(lines)
    return _JOIN_COMMUNITY.search(said) is not None and _MEMBER_PERK.search(said) is not None


def label_headline(headline: str) -> bool:
    """Whether a box's headline is a label naming a facet of the text's subject (报名方式, 预约方式, 基本数据).

    >>> label_headline("预约方式"), label_headline("限时特惠"), label_headline("智能作文批改")
    (True, False, False)
    """
    squeezed = "".join(headline.split())
    return (
        0 < len(squeezed) <= LABEL_MAX_CHARS
        and GAIN_SAID.search(squeezed) is None
        and _ADVERT_LABEL.search(squeezed) is None
    )


def fact_box(lines: Sequence[str]) -> bool:
    """Whether a box's body lines all tell numbers with their units, none calling, pricing or saying a gain.

    >>> fact_box(["坝高181米，全长2335米"]), fact_box(["每月20元，资助一名学生"]), fact_box(["限时3天，立减50%"])
    (True, False, False)
    """
    return bool(lines) and all(
        _FACT.search(line) is not None
        and _CALL_OR_PRICE.search(line) is None
        and GAIN_SAID.search(line) is None
        and SALE.search(line) is None
        for line in lines
    )


def own_box(headline: str, body: Sequence[str], shared: float, gains: bool = True) -> bool:
    """Whether a box (its headline and its body lines) is the text's own: a label headline, a fact box, or
    ``shared``, the share of its words the rest of the text uses, a quarter or more. A label's box whose body says
    a sale or a first time free (9.9元解锁…训练营，已有3.2万家长加入: a course's advert on a teaching article, blind
    set AL; 首次咨询0元) is an advert's; with ``gains``, one whose body says any gain too (限时立减); the card pass,
    which found the box by its gain first, passes False (a label's 限时提交, 免费使用, 原价… are the text's facts).

    >>> own_box("赛事报名", ["报名通道9月1日开启"], 0.0), own_box("写作助手上线", ["新用户免费试用7天"], 0.1)
    (True, False)
    >>> own_box("法律咨询", ["律师在线解答，首次咨询0元"], 0.0)
    False
    """
    label = (
        label_headline(headline)
        and not any(
            SALE.search(line) or _FIRST_FREE.search(line) or (gains and GAIN_SAID.search(line))
            for line in body
        )
        and not pitched(body)
    )
    return label or fact_box(body) or shared >= SUBJECT_SHARED
