"""Offers glued to the article's text, read by where they stand: the tail after a paragraph's last sentence.

A site pastes its offer after a paragraph's last sentence with no break, in words no rule family lists: a shop
(进入…商城，新人下单立减N元), an app (扫描下方二维码下载「…」APP，…自动提醒), a collection (本站整理…50篇，会员可批量下载), a
mini program in brackets (（微信搜索小程序“…”，AI三秒生成…）), a course (（…整理成了一门小课，主页橱窗可领8折券）). Word lists
grow one wording at a time (session 23, issue 11); what these share is a structure:

- **where it stands**: after the paragraph's last sentence stop, with no stop of its own (an article's sentence ends in
  one), or in brackets closing the paragraph, or a line of its own flanked by down-arrows (▼ … ▼) (a line of its own
  with no stop is a how-to's step, a notice's or a headline as often as an advert's: it stays);
- **what it says**: something to get for the reader (a gain, a price or an ease: 免费, 立减, N元, N折, 领, 送, 免运, 批量
  下载, 自动提醒, 三秒生成; ``GAIN``) in its last clause, and the way to get it: a channel (an app, a mini program, a shop,
  a page, a member's right; ``OFFER_CHANNEL``) or an ask in the imperative opening a clause (立即, 点击, 进入, 扫描, 搜索;
  ``ASK_OPENING``);
- **off the paragraph's report**: no clause that tells (a reporter, a speaker, a reminder, a date gone by, 了 in its last
  clause, a count of people), no step of a how-to (a number, 输入, 上传, 需), no question, its words little of the
  paragraph's (a flanked line's, of the article's), and its channel not named by the paragraph's last sentence (a report
  of the app, then its instruction).

Review (session 23): a bracket the writer labels (（注：…）, （图片来源：…）, （小贴士：…）), a flanked line that asks nothing (a
picture's caption), a tail with no ask naming a public body (学校官网, 图书馆APP, 读者证), a gift named as a thing (送的小菜, 领的
券) and a last clause that judges or tells (挺方便, 没用上) stay; a bracket's button after its terms (…可享9折，戳主页链接) and a
site's 已上传 before its offer go.

Session 24: the paragraph's **last sentence closing with its own stop** is read the same way (most glued offers end in
。 or ！: 下载“…”APP，每天签到领…券。), and a last clause of terms (限时至…, 活动截至…, 名额有限) leaves the gain to the
clauses before it. Such a sentence is an article's as often, so it stays where the paragraph before it tells a gain of its
own (a sale's or a coupon's terms: the sentence is one more), or, with no ask opening a clause, where that paragraph
reports or the sentence tells what the story's people do (市民…可领取, 顾客在商场APP领取的…券, 我也报了名).

Session 25 reads an offer as a sale aimed at the reader where no channel names it: a sum with a buy or a deadline and a
gain or the buy (原价199元，本周限时129元，再送…; 礼盒NT$980，12/20前订购享九折; 限时2元解锁; ``_sells``), a sale's price as
a gain (团购价, 再折N元), the sentences an emoji opens after the paragraph's stop (…。🎉 …开跑！…九折。), a tool's or a
form's input no how-to's step (「…AI…」输入…即可生成，首篇免费; 填写表单，免费索取《…》), a button ending in its act
(点此进入小程序下单). A sentence opening with an imperative to buy or join (现在下单…, 开通…会员…), with the site itself
(本报…直播…评论区…抽取) or an emoji is the reader's, whatever gain or report the paragraph told, unless it goes on from it
(还可再领…). A bracket whose content is an offer goes whole: labelled an offer (（限时福利：…）), a note that sells
(（温馨提示：开通…仅需N元…）), a 【】 closing the paragraph, a pointer to the page's corner or end with a gain or an ease
(（文末有…券…）, （…右下角即可…）), a reader addressed with a channel and a deadline (（想…的朋友，…主页…，周日截止报名）).

A short question right before it (想收藏…？, 想知道…？) is its lead-in and goes with it. A news report of an app's launch, a
shop's sale told in the past, a notice's instruction to scan or download a form end in their stop, or tell: they stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from fanwen.strip.calls import (
    ASK_OPENING,
    DISCOUNT,
    GAIN,
    NOTE_OPENING,
    OFFER_CHANNEL,
    PRICE,
    REPORTED,
    SALE_TERMS,
    TERMS,
    TRIAL,
    sale,
)
from fanwen.strip.promos import topic_share, words

OFFER_TAIL = "cta-offer-tail"
# Where a sentence of prose ends inside a block, the closing marks after it.
_STOP = re.compile(r"[。！？!?…]+[”’」』）)]*")
# A tail with no stop: its text after the last stop ends in a letter, a digit or a closing name mark.
_OPEN_END = re.compile(r"[\w」』”》]\s*$")
# A bracket closing the paragraph, after a sentence's stop or a colon (…版本号：（…）): （…）, or 【…】 (session 25: a
# 【】 there is no heading).
_BRACKET_TAIL = re.compile(r"(?<=[。！？!?…”’」』：:])\s*[（(【][^（()）【】]{6,60}[)）】]\s*$")
_BRACKETS = "（()）【】"
_CLOSING_BRACKETS = ("）", ")", "】")
# A bracket's tail is looked for in a line's last characters: its marks, what it holds, the stop or space before it.
_BRACKET_WINDOW = 60 + 6
# A line of its own flanked by down-arrows or pointing hands (▼ … ▼, 👇 … 👇): a card's caption.
_FLANKED = re.compile(r"^\s*[▼▽↓⬇👇]+\s*(.{6,60}?)\s*[▼▽↓⬇👇]+\s*$")
# The lead-in question before the tail: this short.
_LEAD_MAX_CHARS = 20
_LEAD = re.compile(r"[^。！？!?…]{2,20}[？?]\s*$")
_TAIL_MAX_CHARS = 60
# A paragraph's last sentence is looked for in its last characters: a tail's, its stops and closing marks.
_SENTENCE_WINDOW = _TAIL_MAX_CHARS + 20
# An emoji opening the sentences after a paragraph's stop (…。🎉 …开跑！…九折。): an advert's mark, the offer starts
# there (session 25); its first sentence this short.
_EMOJI = "[\U0001f300-\U0001faff\u2728\u26a1\u2b50]"  # pictographs (🎉🔥🎁), ✨, ⚡, ⭐; no ★ or ☆ of a heading's frame
_EMOJI_LED = re.compile(rf"(?<=[。！？!?…”’」』])\s*{_EMOJI}[^。！？!?…]{{0,30}}[。！？!?…]\s*$")
# A button's clause closing a tail: this short, or a little longer when it ends in its act (点此进入小程序下单).
_BUTTON_MAX_CHARS = 8
_LONG_BUTTON_MAX_CHARS = 12
_BUTTON_ACT = re.compile(r"(下单|购买|抢购|订购|领取)\W*$")
# The paragraph before a glued tail: a sentence at least (an advert's own line is no paragraph).
_HEAD_MIN_CHARS = 20
# The characters a gain or a price is written with, in either script (a superset of what GAIN and PRICE find: 减 for
# 立减 and 满N减M, 钟 for N分钟生成, 币 for 金币, 红/邮/礼 for 红包/包邮/礼包, 元/￥/$ for a price, 价 for a sale's). One
# class, so that the search skips to its characters; the 公文 words that hold one (关键, 积极, 积累, 领域, 领导, 领会, 万元,
# 单元, 评价) are told by a look at the neighbour of the one found (session 25: they let some 40 % of 公文 paragraphs
# through to the last sentence's reading).
_GAIN_CHARS = "免邮郵减減降折摺券劵红紅币幣积積礼禮领領送批键鍵醒秒钟鐘鍾满滿赠贈半杀殺抽元￥¥$价價"
_NOT_A_GAIN = (
    r"(?<![关關][键鍵]|[万萬亿億多单單二纪紀公][元]|[^购購惠鸟鳥杀殺扣特][价價])"
    r"(?!(?<=[积積])[极極累]|(?<=[领領])[域导導会會袖悟略先])"
)
_GAIN_HINT = re.compile(f"[{_GAIN_CHARS}]{_NOT_A_GAIN}")
# What a bracket's offer may say besides a gain: an offer's label (福利, 优惠), a place on the page (角, 末, 底), terms
# (截止, 名额), an advert's label (广告, 推广); one class with the gain's.
_BRACKET_HINT = re.compile(f"[{_GAIN_CHARS}惠利角末底截额額广廣推]{_NOT_A_GAIN}")
# The words of an advert's label, in either script.
_AD_HINT = re.compile(r"[广廣]告|推[广廣]")
# A paragraph closing with a sentence's stop or a closing quote after one.
_STOPS = ("。", "！", "？", "!", "?", "…")
_CLOSING = (*_STOPS, "”", "」", "’")
_CLOSERS = "”’」』）)"
# A paragraph's last sentence read from its end (the text reversed): its closing marks and stop, the sentence, the stop
# before it.
_REVERSED_LAST = re.compile(r"[”’」』）)]*[。！？!?…]+([^。！？!?…]*)[。！？!?…]")
# A sale with no channel (session 25): a sum, and a way to buy it or a deadline, and a gain or the buy (原价199元，本周
# 限时129元，再送…; 礼盒NT$980，12/20前订购享九折; 限时2元解锁; 开通…仅需19元). The buy: an act of buying, or an ease of
# its price (仅需, 只要, 立享) where a gain is said too (a cost told, 每餐只需自付20元, sells nothing).
_BUY = re.compile(r"下单|订购|预订|预购|购买|抢购|开通|解锁|入手|买[一二三\d]送")
_UNLOCK = re.compile(r"解锁|开通[^，,。]{0,8}(会员|卡|VIP)")
_EASE = re.compile(r"仅需|只需|只要|立享|即享|可享|享(?!受|有|年)")
# What a tool or a form does for the reader: the reader's input is then no how-to's step (输入…即可生成, 填写表单，免费
# 索取…; session 25).
_SERVES = re.compile(r"生成|成文|写出|表单|问卷")
# A sentence that speaks to the reader or for the site (session 25): it opens with an imperative to buy or join (its
# way to the gain, as a channel is), or with the site or paper itself (本报…直播…) or an emoji (🔥 …开幕！…); a gain its paragraph told, the
# paragraph's report or a public body it names (a prize's 景区门票) leaves it an offer. Unless it goes on from the
# paragraph (还可再领…, 也可…).
_BUY_OPENING = re.compile(r"^\W{0,3}(现在|即刻|马上|赶紧|赶快|快)?(开通|下单|加入|购买|抢购|订购|预订)")
_SITE_OPENING = re.compile(rf"^\W{{0,3}}(本报|本台|本刊|本站|本号)|^\s*{_EMOJI}")
_GOES_ON = re.compile(r"还|也|另|同时")
# A tail that is the article's own line: a numbered step or part (3. 打开…, 第二部分：…, 步骤二：…), a how-to's step that
# has the reader fill in a form or meet a condition (输入身份证号, 上传材料, 需先登录), or a question (…有哪些).
_OWN_LINE = re.compile(
    r"^\W{0,2}(\d{1,3}\s*[、.．)）]|[（(]?[一二三四五六七八九十]+[）)、.．]|第\s*[一二三四五六七八九十\d]+\s*[步部节条章点]|步骤)"
    r"|(?<![已经])上传|录入|(?<![必仅只])需|须|哪|什么|怎么|如何|吗|为什么"
)
# The reader's input in a how-to's step (输入身份证号, 填写报名表): a tool's or a form's when it serves (_SERVES).
_INPUT = re.compile(r"输入|填写")
# A bracket the writer labels (review, session 23): a note, a source, a tip, an appendix (（注：…）, （图片来源：…）,
# （小贴士：…）, （编者注：…）): the article's aside, whatever it tells of a membership or a free visit, unless it sells
# (（温馨提示：开通…月卡仅需9.9元…）, session 25).
# A bracket the writer labels an advert (（广告：…）, （顺手打个广告：…）, （商业推广：…）), or an offer (（限时优惠：…）,
# （粉丝福利：…）, session 25): an advert whatever it says.
_AD_LABEL = re.compile(
    r"^\W{0,2}([^，,。：:]{0,6}(广告|推广)|(限时|粉丝|读者|新人|独家|专属|周末|今日)?(优惠|特惠|福利))\s*[：:]"
)
# A bracket pointing to the page's own corner or end (右下角, 文末, 页面底部) for a gain or an ease (…券，记得看到最后;
# …右下角即可提问): the site's chrome told in the text (session 25). A writer's reference (（详见文末附表）) offers nothing.
_PAGE_PLACE = re.compile(r"[右左][下上]角|文末|文章(底部|末尾|最后)|页面底部|底部菜单")
_PAGE_EASE = re.compile(r"即可|记得|别错过|本站|本号")
# A bracket addressing the reader (想…的朋友, 感兴趣的同学), naming a channel and a deadline (…主页…，周日截止报名): a
# course's or a shop's offer (session 25).
_READER = re.compile(
    r"(想|需要)[^，,。]{1,10}的(朋友|读者|同学|家长|小伙伴)|感兴趣的(朋友|读者|同学|家长|小伙伴)"
)
# With no ask, a tail that names a public body's channel (a school's site, a library's app, a reader's card) tells a
# service, no offer (review, session 23). Only the tail's own words count: a paragraph of the school canteen's new menu
# may still be followed by a shop's coupon; and a paragraph that reports is no guard (a local news report's last
# paragraph is where a shop glues its offer: as_p09's …文旦禮盒，LINE下單滿千免運 after 陳立群表示，…). A 社区团购 is a
# shop's (session 25).
_PUBLIC_BODY = re.compile(
    r"学校|学院|大学|图书馆|博物馆|美术馆|科技馆|医院|社区(?!团购)|街道|政府|景区|读者证"
)
# The people a report or a story tells of (a sentence closing with its own stop whose subject they are tells what they
# do; an offer speaks to the reader): the public, a shop's customers, a school's parents, the writer.
_PEOPLE = re.compile(r"市民|居民|村民|群众|顾客|消费者|游客|旅客|乘客|患者|家长|老人|商户|爱心人士|我(?!们)")
# A last clause that judges or tells what the writer used (挺方便, 还不错, 都很好吃, 最后也没用上): a review's, no offer.
_JUDGED = re.compile(r"挺|蛮|还算|不错|方便|好吃|都很|没")
# A last clause that tells its gain as done (了, 过, 曾, 已经) or planned (将): a story's, no offer.
_DONE = re.compile(r"(?<![为])了(?!解)|(?<!错)过(?!程)|曾|已经|已|将")
# A glued tail whose words are this much its paragraph's is a sentence of the paragraph's; a line of its own whose words
# are this much the article's, a line of the article's.
_SHARED_MAX = 0.34
_LINE_SHARED_MAX = 0.5

# A tail's place in its line: its start and end, whether it is a flanked line of its own, whether it closes with its
# own stop (a paragraph's last sentence, or sentences an emoji opens).
Place = tuple[int, int, bool, bool]


def offer_tail(
    text: str, folded: str, article: Sequence[str], title: str | None, place: Place | None = None
) -> int | None:
    """Where the glued offer in ``text`` (``folded``: the same text folded to simplified Chinese, offsets kept) starts,
    or None. ``article``: the article's kept lines (its topic). ``place``: the tail's place when the caller found it
    already (:func:`_place`).

    >>> para = "展厅里陈列着上百张老照片，不少观众看得入了神。想要同款明信片？进入溪山文创商城，新人下单立减10元"
    >>> offer_tail(para, para, [para, "老照片记录了城市的变迁，观众看得入了神。"], "老照片展开幕")
    23
    >>> told = "展厅里陈列着上百张老照片，不少观众看得入了神。馆方说，文创商城上月新人下单立减了10元"
    >>> offer_tail(told, told, [told], "老照片展开幕") is None
    True
    """
    found = place if place is not None else _place(folded.rstrip())
    if found is None:
        return None
    start, end, flanked, closed = found
    tail = folded[start:end]
    if len(tail) > _TAIL_MAX_CHARS + _LEAD_MAX_CHARS or (len(tail) > _TAIL_MAX_CHARS and not closed):
        return None
    bracket = tail[:1] in _BRACKETS and tail.rstrip()[-1:] in _BRACKETS
    if start > 0 and bracket and _bracket_offers(tail.strip().strip(_BRACKETS)):
        return start
    if not _offers(tail, flanked):
        return None
    if start > 0:  # glued: little of the paragraph's own words, none for a sale with no way but its terms
        own = words(text[start:end])
        shared = len(own & words(text[:start]))
        if own and shared > (0 if _sale_alone(tail) else _SHARED_MAX * len(own)):
            return None
    elif topic_share(text[start:end], article, title) > _LINE_SHARED_MAX:
        return None
    if start > 0 and names_its_channel(folded[:start], tail):
        return None
    if start > 0 and closed and _tells(folded[:start], tail):
        return None
    if ASK_OPENING.search(tail) is None and _PUBLIC_BODY.search(tail) is not None and not _addressed(tail):
        return None
    lead = _LEAD.search(folded[:start])
    if lead is not None and lead.start() > 0 and _STOP.search(folded[lead.start() - 1]) is not None:
        start = lead.start()
    elif lead is not None and lead.start() == 0:
        start = 0
    return start


def _place(body: str) -> Place | None:
    """The tail's place in ``body`` (a line, its end stripped): a paragraph's last sentence when it closes with its own
    stop (session 24), the sentences an emoji opens (session 25); else a bracket closing it, the text after its last
    stop, or the line itself when down-arrows flank it."""
    if body.endswith(_CLOSING):
        return _last_sentence(body)
    flanked = _FLANKED.match(body)
    if flanked is not None:
        return 0, len(body), True, False
    bracket = _BRACKET_TAIL.search(body, max(len(body) - _BRACKET_WINDOW, 0))
    if bracket is not None:
        if len(body[: bracket.start()].strip()) < _HEAD_MIN_CHARS:
            return None
        return _lstripped(body, bracket.start()), len(body), False, False
    if _OPEN_END.search(body) is None:
        return None
    stops = list(_STOP.finditer(body))
    if (
        not stops
    ):  # a line of its own: a step's, a notice's, a headline's as often as an advert's (review, session 23)
        return None
    start = stops[-1].end()
    if len(body[:start].strip()) < _HEAD_MIN_CHARS:
        return None
    return _lstripped(body, start), len(body), False, False


def _lstripped(body: str, start: int) -> int:
    return start + len(body[start:]) - len(body[start:].lstrip())


def _last_sentence(body: str, start: int | None = None) -> Place | None:
    """The place of a paragraph's last sentence when it closes with its own stop (session 24): after the stop before
    it, the paragraph's sentences before it a sentence at least; from an emoji opening the sentence before it, if one
    does (session 25). ``start``: the sentence's start when the caller found it already."""
    if start is None:
        start = _sentence_start(body)
    if start < 0:
        return None
    led = _EMOJI_LED.search(body, max(start - _LEAD_MAX_CHARS - 15, 0), start)
    if led is not None and led.end() == start:
        start = led.start()
    if len(body[:start].strip()) < _HEAD_MIN_CHARS:
        return None
    return _lstripped(body, start), len(body), False, True


def _sentence_start(body: str) -> int:
    """Where the last sentence of ``body`` starts when ``body`` closes with a stop (and its closing marks), after the
    stop (and its closing marks) before it; -1 when no stop closes it, none is before it, or the sentence is longer than
    any tail read. Read from the end (its last characters reversed): a paragraph's stops read from its start cost more
    than the rest of the pass on most pages.

    >>> _sentence_start("他说：“好。”我们走吧！"), _sentence_start("只有一句。"), _sentence_start("没有句号”")
    (7, -1, -1)
    """
    last = _REVERSED_LAST.match(body[-_SENTENCE_WINDOW:][::-1])
    if last is None:
        return -1
    start = len(body) - last.end(1)
    while body[start] in _CLOSERS:
        start += 1
    return start


def _tells(head: str, tail: str) -> bool:
    """Whether a paragraph's last sentence closing with its own stop is the paragraph's (session 24): the paragraph
    before it tells a gain (a shop's sale, a coupon's terms: the sentence is one more of its terms), or, with no ask to
    the reader, the paragraph reports or the sentence tells what the story's people do (市民…可领取, 我…报了名). A sentence
    that opens with an imperative to buy or join, or with the site itself, and does not go on from the paragraph (还可…)
    is the reader's, whatever the paragraph told (session 25)."""
    addressed = _addressed(tail)
    if not addressed and GAIN.search(head) is not None:
        return True
    return ASK_OPENING.search(tail) is None and (
        _PEOPLE.search(tail) is not None or (not addressed and REPORTED.search(head) is not None)
    )


def _addressed(tail: str) -> bool:
    """Whether ``tail`` opens with an imperative to buy or join, or with the site itself, and does not go on from its
    paragraph (session 25)."""
    opening = _BUY_OPENING.search(tail) is not None or _SITE_OPENING.search(tail) is not None
    return opening and _GOES_ON.search(tail) is None


def names_its_channel(head: str, tail: str, channels: re.Pattern[str] = OFFER_CHANNEL) -> bool:
    """Whether the paragraph's last sentence names the channel the tail sends to (…新上线的政务App已接入…。下载…App，领取…):
    a report of the app, and its instruction after it, no offer glued on. ``channels``: what a channel is."""
    stops = list(_STOP.finditer(head.rstrip()))
    last = head[stops[-2].end() :] if len(stops) > 1 else head
    return any(channel.group().lower() in last.lower() for channel in channels.finditer(tail))


def _bracket_offers(inner: str) -> bool:
    """Whether a bracket closing a paragraph is an offer whole, whatever its clauses say (session 24, session 25): the
    writer labels it an advert or an offer (（广告：…）, （限时福利：…）), it points to the page's own corner or end for a
    gain or an ease (（文末有…券…）, （本站…，右下角即可…）), or it addresses the reader with a channel and a deadline
    (（想…的朋友，可以看看我主页…，周日截止报名）)."""
    if len(inner) > _TAIL_MAX_CHARS:
        return False
    if _AD_LABEL.search(inner) is not None:
        return True
    if NOTE_OPENING.search(inner) is not None or REPORTED.search(inner) is not None:
        return False
    clauses = [c for c in re.split(r"[，,；;：:]", inner) if c.strip()]
    if not clauses or _DONE.search(clauses[-1]) is not None:
        return False
    if _PAGE_PLACE.search(inner) is not None:
        return _PAGE_EASE.search(inner) is not None or GAIN.search(inner) is not None
    return (
        _READER.search(inner) is not None
        and OFFER_CHANNEL.search(inner) is not None
        and TERMS.search(inner) is not None
    )


def _sells(inner: str) -> bool:
    """Whether ``inner`` sells with no channel (session 25): a sum, a gain (an unlock or a membership bought for it too),
    and a way to buy it or a deadline (原价199元，本周限时129元，再送…; …NT$980，12/20前订购享九折; 限时2元解锁; 开通…会员
    仅需19元). A launch's price and its booking (售价2999元，即日起开放预订) offer no gain: news. Since session 28 a
    discount is a sum's relation too (全场满200减30，活动截至…; 限时7折), a sale's or a trial's price a gain
    (会员限时9.9元; 新人首单0元; 首年只要19元: :func:`fanwen.strip.calls.sale`), a trial's first term, a time limit and a sale
    over the whole shop (全场) its way (:data:`fanwen.strip.calls.SALE_TERMS`)."""
    priced = PRICE.search(inner) is not None
    if not priced and DISCOUNT.search(inner) is None:
        return False
    if GAIN.search(inner) is None and _UNLOCK.search(inner) is None and not sale(inner):
        return False
    # a discount with no sum needs a sale's terms (a time limit, the whole shop) or a trial's: an ease or an ask to it,
    # places left (名额尚有空余，立即报名可享九折) are a course notice's as often, a share told (所享八折为…常规优惠) a note's
    ways = (_BUY, _EASE, TERMS, TRIAL, SALE_TERMS) if priced else (TRIAL, SALE_TERMS)
    return any(way.search(inner) is not None for way in ways)


def _offers(tail: str, flanked: bool) -> bool:
    """Whether ``tail`` offers the reader a gain through a channel, by an ask or as a sale, and tells nothing."""
    inner = tail.strip(_BRACKETS + " ")
    clauses = [c for c in re.split(r"[，,；;：:]", inner) if c.strip()]
    if not clauses:
        return False
    last = clauses[-1]
    # the terms before a button closing the tail (…可享9折，戳主页链接: a short ask, not 点击链接前最好比一比) are its gain
    button = ASK_OPENING.search(last) is not None and (
        len(last.strip()) <= _BUTTON_MAX_CHARS
        or (len(last.strip()) <= _LONG_BUTTON_MAX_CHARS and _BUTTON_ACT.search(last) is not None)
    )
    # a sentence closing with its own stop that only asks (即日起开放试听，立即报名可享八折！) is a notice's own as often:
    # it needs a channel, a button closing it (…只要N元，点击去购买。) (session 24), or to sell (session 25); looked at
    # first, the cheapest reading that most of the paragraphs' last sentences fail
    channel = OFFER_CHANNEL.search(inner) is not None
    closed = _closed(tail)
    # a discount with no sum closing with its own stop is a report's as often (店内全场商品限时8折。): it sells in the
    # seller's voice, ！ (session 28)
    sale = (
        tail[:1] in _BRACKETS or (closed and (PRICE.search(inner) is not None or _exclaimed(tail)))
    ) and _sells(inner)
    opening = _BUY_OPENING.search(inner) is not None and _GOES_ON.search(inner) is None
    if closed and not (button or channel or sale or opening):
        return False
    if GAIN.search(inner) is None and PRICE.search(inner) is None:
        return False  # no gain anywhere
    label = NOTE_OPENING.search(inner)
    if label is not None:
        if not sale:
            return False
        inner = inner[label.end() :]  # a note that sells: its label is no report (提示：)
    ask = ASK_OPENING.search(inner) is not None
    # a line between arrows that asks nothing: a picture's caption (review, session 23)
    if flanked and not ask:
        return False
    terms = TERMS.search(last) is not None and GAIN.search(last) is None
    where = inner if flanked or button or terms or sale else last
    gain = GAIN.search(where) is not None or ((ask or sale) and PRICE.search(where) is not None)
    return (
        gain
        and (ask or channel or sale or opening)
        and _OWN_LINE.search(inner) is None
        and (_INPUT.search(inner) is None or _SERVES.search(inner) is not None)
        and REPORTED.search(inner) is None
        and _DONE.search(last) is None
        and _JUDGED.search(last) is None
    )


def _sale_alone(tail: str) -> bool:
    """Whether ``tail`` offers by its sale alone (session 25): no channel, no ask, no imperative to buy opening it. A
    report of a shop's prices tells the same sums and deadlines (超市本周促销，鸡蛋每斤4.5元，买二送一): such a sale
    is an advert only off its paragraph's subject, sharing none of its words."""
    return (
        OFFER_CHANNEL.search(tail) is None
        and ASK_OPENING.search(tail) is None
        and _BUY_OPENING.search(tail.lstrip(_BRACKETS)) is None
        and TRIAL.search(tail) is None  # a trial's price is never a report's (session 28)
    )


def _exclaimed(tail: str) -> bool:
    """Whether ``tail`` closes with an exclamation, no quotation round it (the seller's voice, not a speaker's)."""
    return tail.rstrip().endswith(("！", "!"))


def _closed(tail: str) -> bool:
    """Whether ``tail`` closes with a sentence's own stop (and its closing quotes), no bracket round it."""
    return tail.rstrip().rstrip("”’」』").endswith(_STOPS)


def cut_offer_tails(texts: Sequence[str], fold: Callable[[str], str], title: str | None) -> dict[int, int]:
    """The glued offers among ``texts`` (the article's kept lines): for each line that holds one, where it starts
    (a line closing with its stop included since session 24: its last sentence is read).

    A line is read only when the characters of a gain, or of a bracket's offer, stand where a tail may be, looked at
    before the fold (the marks that place a tail are the same in either script): reading each paragraph's last sentence
    cost a fifth more of a real-shape page's instructions without this look. A closed paragraph's last sentence is
    found once, here (session 25). The looks are inline: a call per line cost as much as they do on most pages.
    """
    found: dict[int, int] = {}
    for i, text in enumerate(texts):
        body = text.rstrip()
        if body.endswith(_CLOSING):  # most paragraphs: their last sentence is read only when it says a gain
            if _GAIN_HINT.search(body, max(len(body) - _SENTENCE_WINDOW, 0)) is None:
                continue
            sentence = _sentence_start(body)
            if sentence < 0 or _GAIN_HINT.search(body, sentence) is None:
                continue
            place = _last_sentence(body, sentence)
        elif body.endswith(
            _CLOSING_BRACKETS
        ):  # only a bracket's tail: read when its last characters may offer
            window = max(len(body) - _BRACKET_WINDOW, 0)
            if _BRACKET_HINT.search(body, window) is None:
                continue
            place = _place(body)
        elif _GAIN_HINT.search(body) is None and _AD_HINT.search(body) is None:
            continue
        else:
            place = _place(body)
        if place is None:
            continue
        start = offer_tail(text, fold(text), texts, title, place)
        if start is not None:
            found[i] = start
    return found
