"""Advert lines of their own: a short paragraph among the text's that asks the reader to act for a gain.

A site sets a line of its own between the text's paragraphs (or after the last one) that follows no sentence of the
article: its account's live stream with a like-count draw, a WeChat group to join, its app with free member days, a
member's price with a code, a tip-off paid for, a forum app's coins. Their words differ page by page; a word list
misses the next one (issue 11, session 25). What they share:

- **the line's look**: the page sets it apart by markup its body's paragraphs do not use (a class, an inline colour,
  a font, a ``<div>`` where the body writes ``<p>``: :attr:`fanwen.items.Block.style`, the path of tags, classes and
  styles to its words) or by a frame of its own text (【…】 opening it, ——/★/▼ on both ends, an emoji opening it).
  The look is the line's own when it is not the body's (the look of most of its paragraphs, two at least) and two
  lines at most have it on the page; a line set in bold is no heading when it has clauses and closes with a stop;
- **what it says**: it asks the reader to act (the rules' ``reader_act`` cue: 扫码, 关注 an account, 添加…微信, 报名;
  an interactive call: 点赞, 收藏, 在看, 转发, 打赏, 留言, 签到, 进群, 直播间, 结账输入…; an imperative: 下载, 点击,
  领取, 下单…) for a gain (the rules' ``call_gain``, ``deal`` and ``convenience`` cues: a sum, 送, 抽, 免费, 福利, a
  discount, a live's hour, 每天推送; a gift), or makes an interactive call that asks by itself (记得点赞, 点赞收藏…), or
  opens on a label of its own (【好物推荐】, not a note's 【温馨提示】) over a deal or a channel's ask. A line with a look
  of its own is an advert line when it reads so;
- **a line of its own with no look** reads so only with more: an interactive call to the reader (点赞收藏…, 打赏…,
  留言…抽…, 关注…不迷路), or an ask, a channel and a gift (a thing given or drawn, a sum, a discount: 免费 alone is a
  service's word as often) together, its words little of the article's.

Session 29: a line whose words a pair of decorative marks sets off (★…★, 》》…《《, ✨…✨, 〔…〕, an emoji opening it:
:func:`fanwen.strip.calls.wrapped`) is an advert line when they ask, offer or sell (:func:`fanwen.strip.calls.
wrapped_call`: its guards, a report, a note's label, a time gone by, the public told, are the glued reading's), whatever
its look; so is a line under a label that sells (【街口招租】…) over such words.

Look-alikes that stay: a line of the text's own box under a label headline (预约方式, :mod:`fanwen.strip.ownbox`),
the article's own mentions, told (a report's words, a time gone by, 了, a third person, a
quotation, speech), a notice's instruction (a field's label, a deadline, a numbered step, a form to fill, the public it
names: 市民可…, 家长可…), a question, a line of sentence length; with no look, a public body's channel as its service
(学校, 医院, 政务…) and a line whose words are the article's. Every removal is recorded under ``cta-own-line``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from fanwen.items import Block
from fanwen.strip.calls import (
    ASK,
    ENGAGE_ALONE,
    GIFT,
    SELLING_LABEL,
    follows_for_more,
    sponsored,
    wrapped,
    wrapped_call,
)
from fanwen.strip.ownbox import NOTE_LABEL, own_box

AD_LINE = "cta-own-line"
# A line of its own: this short (folded characters), with a look; with none, shorter.
_LOOK_MAX_CHARS = 90
_BARE_MAX_CHARS = 60
# Sentences in such a line: its call and its terms.
_MAX_SENTENCES = 2
# A paragraph of the body's (its look is the body's): this long, with a clause mark.
_PARAGRAPH_MIN_CHARS = 30
# The body has a look of its own when this many of its paragraphs share one.
_BODY_MIN_PARAGRAPHS = 2
# A line's look is its own when this many lines of the page at most have it (two lines of one advert's class).
_LOOK_MAX_LINES = 2
# A box of the text's own holds this many lines at most (its headline, its body lines, its button).
_BOX_MAX_LINES = 6
# A box's button: a line this much link (its words are the site's, not the box's subject).
_BUTTON_LINKS = 0.9
# Too little article around the line to tell it from the text.
_ARTICLE_MIN_CHARS = 200
# With no look, a line whose words are this much the article's is a line of the article's (promos.topic_shares).
_SHARED_MAX = 0.5
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")
# Two clauses at least (a mark or a space between them): a label's or a headline's few words have one.
_CLAUSES = re.compile(r"[，。；！？,;!?：:]|\S\s+\S")
# A line set in bold that is no heading: clauses, and a sentence's stop closing it.
_SENTENCE_SET_BOLD = re.compile(r"[，,][^。！？!?]*[。！!]\s*$")
# A label in brackets opening the line, not a numbered part's (【好物推荐】, not 【第三步】).
_LABEL = re.compile(r"^\W{0,2}【(?![^】]*(?:第|步|\d|[一二三四五六七八九十]\s*】))[^】]{2,10}】")
# A frame of the line's own text: such a label opening it, a dash, star or arrow on both ends, an emoji opening it.
_TEXT_FRAME = re.compile(
    _LABEL.pattern
    + r"|^\s*(?:[—–-]{2,}|[★☆✦◆◇▼▽↓👇]+).{4,}?(?:[—–-]{2,}|[★☆✦◆◇▼▽↓👇]+)\s*$"
    + r"|^\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]"
)
# An interactive call to the reader: the account's engagement asks (点赞, 收藏, 在看, 转发, 打赏, 赞赏, 三连), a comment
# or a post for a draw (留言…抽, 评论区…), a check-in, a group to join, a live room, a code typed at checkout.
_ENGAGE = re.compile(
    r"点赞|收藏|在看|转发|打赏|赞赏|一键三连|评论区|留言|签到|晒图|"
    r"(?:进|入|加|加入)[^，,。！？；]{0,14}群(?![众体落岛山])|直播间|不迷路|(?:结账|结帐|下单)[^，,。！？]{0,4}输入"
)
# The interactive calls that ask by themselves (点赞收藏…, 记得收藏, 关注不迷路): the shared reading (session 27).
_ENGAGE_ALONE = ENGAGE_ALONE
# An ask in the imperative (the rules' offer_act counts a gift's 送 or 领 as its act: a caption's 送到… is none).
_ASK = ASK
# The text's own ask, not a channel's (session 26): the public it names asked (请家长…, 请各位楼长…, 居民请…), the
# notice's outcome to look for (结果, 名单, 公示, 成绩), a class's or a work group.
_OWN_ASK = re.compile(
    # (a place named after them is none: 请到职工服务中心…, 请至居民事务处…, session 29)
    r"请(?:各位|全体|各)?[^，,。！？；]{0,4}(?:家长|学生|同学|老师|教师|班主任|市民|居民|考生|员工|职工|村民|业主|楼长|单位)"
    r"(?!活动|中心|服务|事务|公寓|宿舍|食堂|[会处])"
    r"|(?:家长|学生|同学|市民|居民|考生|村民|业主)[^，,。！？；]{0,2}请(?!注意|留意)|结果|名单|公示|成绩|录取|班级群|班群|工作群"
    # a how-to's step: a menu path (打开App→我的→设置…)
    r"|[→＞]"
)
# A channel beside the rules' own_channel cue (read with no look): a group, a live room, a membership, a column, WeChat.
_CHANNEL = re.compile(r"群(?![众体落岛山])|直播|会员|专栏|社群|微信|表单|LINE|Line|商城|网店")
# A gift, not a service's 免费 alone: a thing given or drawn, a sum, a discount, coins, points, a coupon, a fee waived, a
# prize (the shared reading, session 27).
_GIFT = GIFT
# The line tells, it does not ask: a report's words, a time gone by, a story's 了, a third person, speech; a question.
_TOLD = re.compile(
    r"记者|据(?!说)|表示|报道|介绍|日前|近日|称|指出|透露|昨[天日]|去年|上月|上周|当时|那天"
    r"|(?<![为])了(?!解)|(?<!其)他|她|说[：:，,“]|[？?]\s*$"
    # advice against the offer it names (…会员，每年￥68，还不如…): the writer's opinion, no ask
    r"|还不如|倒不如|没必要|不值得"
)
# A notice's instruction: a field's label, a deadline, a numbered step, a form or material to hand in, an attachment,
# the public named.
INSTRUCTION = re.compile(
    r"^\W{0,2}(?:\d{1,3}\s*[、.．)）]|[（(]?[一二三四五六七八九十]+[）)、.．]|第\s*[一二三四五六七八九十\d]+\s*[步条项])"
    r"|^\W{0,2}[^，,。：:]{1,8}(?:方式|时间|地点|电话|对象|要求|须知|流程|办法|入口|渠道|地址)\s*[：:]"
    r"|截止|截至|逾期|(?:请|须|需|应|并)于|于[^，,。！？]{2,24}前(?:递交|提交|报送|报名|完成|办理)|附件"
    r"|报名(?:表|费|时间|方式|地点|须知|条件|者)|填写|上传|提交|身份证|"
    r"(?:市民|居民|群众|村民|患者|家长|学生|考生|旅客|游客|读者|用户)[^，,。！？]{0,4}(?:可|需|须|应)"
)
# A service's how-to: what the reader gets is to look something up (…即可查询到站时间, 输入就诊卡号即可查看), no gift.
_SERVICE = re.compile(r"即可(?:查询|查看|查到|办理|预约|识别|了解)|查询到")
# A list's item with no look: a step or an item closing with a semicolon, or a name and its description after a colon
# (百度文库：会员可免费下载…，非会员每篇约2元): one of a series the text compares or walks through.
_LIST_ITEM = re.compile(r"[；;]\s*$|^\W{0,2}[^，,。：:！？\s]{2,8}[：:]")
# A public body's channel as its service (with no look): a school's, a hospital's, a government's.
_PUBLIC_BODY = re.compile(
    r"学校|学院|大学|图书馆|博物馆|医院|社区|街道|政府|政务|疾控|卫健|公安|交警|税务|社保|医保|12345"
)
# A quotation: marks round the whole line (a slogan, a speaker's words), or round a clause inside it (“扫码进群就送…”，不少
# 老人…: speech told; a name in quotation marks, “…发布”, holds no clause mark).
_QUOTED = re.compile(r"^\W{0,2}[“「『\"][^”」』\"]+[”」』\"]\W*$|[“「『][^”」』]*[，,！!。][^”」』]*[”」』]")


def advert_lines(
    blocks: Sequence[Block],
    untouched: Sequence[bool],
    fold: Callable[[str], str],
    cues: dict[str, re.Pattern[str]],
    headings: frozenset[int] = frozenset(),
    share: Callable[[Sequence[str]], float] | None = None,
) -> list[int]:
    """The indexes of the blocks that are advert lines of their own. ``untouched``: whether the rules left each block
    whole (only those are read); ``cues``: the rules' bundled cues (``reader_act``, ``own_channel``, ``call_gain``,
    ``deal``); ``headings``: the blocks a rule kept as headings; ``share``: the share of some lines' words the article
    uses elsewhere (:func:`fanwen.strip.promos.topic_shares`), read for a line with no look and for a box.

    >>> from fanwen.strip import bundled_cues, fold
    >>> body = "镇上的老粮站改成了社区活动中心，楼上是阅览室，楼下是排练厅，每天都有居民来这里下棋唱戏。"
    >>> blocks = [Block(body, style=">p") for _ in range(5)]
    >>> blocks.append(Block("扫码加入邻里互助群，每周群内抽奖送米面油。", style=">p.promo"))
    >>> advert_lines(blocks, [True] * 6, fold, bundled_cues())
    [5]
    """
    if sum(len(b.text) for b in blocks) < _ARTICLE_MIN_CHARS:
        return []
    # The pass costs what its few lines ask (session 26): a line's cheap checks first (its place, length, sentences),
    # then its reading (with a look of its own or without: the page's looks counted once, when a line first asks),
    # then what tells a line of the text's from an ask; the frames' lines gathered only for a line that reads so.
    page = _Page(blocks)
    found: list[int] = []
    for i, block in enumerate(blocks):
        if not untouched[i] or i in headings or block.caption:
            continue
        text = block.text.strip()
        if not text or len(text) > _LOOK_MAX_CHARS:
            continue
        # a heading: a sentence set in bold is a line's look, and a bold line of clauses is read by a look of its own
        bold = (block.heading or block.bold) and not _SENTENCE_SET_BOLD.search(text)
        if bold and (block.heading or _CLAUSE_MARK.search(text) is None):
            continue
        # the words a pair of decorative marks sets off (★…★, 》》…《《, 〔…〕, an emoji opening it: session 29); its
        # closing mark is no sentence of its own
        inner = wrapped(text)
        if len(_SENTENCE.findall(text if inner is None else inner)) > _MAX_SENTENCES:
            continue
        folded = fold(text)
        # set off by decorative marks, it asks, offers or sells (its reading runs the glued reading's guards: a report, a
        # note's label, a time gone by, the public told): read as an advert's, the look and clause checks aside
        if inner is None or not wrapped_call(fold(inner)):
            if _CLAUSES.search(folded) is None and _ENGAGE_ALONE.search(folded) is None:
                continue  # a label's or a headline's few words (捐赠情况): an ask and its gain are two clauses
            look = page.has_look(block, folded)
            if bold and not look:
                continue  # a bold line of clauses with no look of its own: a lead sentence set as a heading
            if not (_reads_as_an_advert(folded, cues) if look else _asks_alone(block, folded, cues, share)):
                continue
        if _TOLD.search(folded) or INSTRUCTION.search(folded) or _QUOTED.search(folded):
            continue
        if _SERVICE.search(folded) is not None and _GIFT.search(folded) is None:
            continue  # a service's how-to, whatever its look
        if page.in_own_box(block, share):
            continue
        found.append(i)
    return found


# A page whose body has no look of its own (a look is a string, "" among them: bare text in the region).
_NO_LOOK = "\x00no look"


class _Page:
    """What a line's reading asks of the rest of the page, counted when first asked: the looks (the body's, and how
    many lines have each) and the lines each frame holds."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        self._looks: Counter[str | None] | None = None
        self._own: str | None = None  # the body's look, once counted (_NO_LOOK: none)
        self._boxes: dict[int, list[Block]] | None = None

    def has_look(self, block: Block, folded: str) -> bool:
        """Whether the page sets the line apart: a frame of its own text, or a look that is not the body's and that
        two lines at most have."""
        label = _LABEL.match(folded)
        # a note's label (【风险提示】, 【安全提醒】) frames the text's own advice: no look of an advert's
        if _TEXT_FRAME.search(folded) is not None and (
            label is None or NOTE_LABEL.search(label.group()) is None
        ):
            return True
        if block.style is None:
            return False
        if self._looks is None:
            self._looks = Counter([b.style for b in self.blocks])
        if self._looks[block.style] > _LOOK_MAX_LINES:
            return False  # the look of many lines (most lines with a look: the body's)
        if self._own is None:
            body = Counter(
                [b.style for b in self.blocks if b.style is not None and _paragraph(b)]
            ).most_common(1)
            # the body's look: the look of most of its paragraphs, two of them at least
            self._own = body[0][0] if body and body[0][1] >= _BODY_MIN_PARAGRAPHS else _NO_LOOK
        return self._own is not _NO_LOOK and block.style != self._own

    def in_own_box(self, block: Block, share: Callable[[Sequence[str]], float] | None) -> bool:
        """:func:`_in_own_box`, the frames' lines gathered once for the page."""
        if block.frame is None:
            return False
        if self._boxes is None:
            # the lines a frame holds (its own and its inner frames'), by the frame's id
            self._boxes = {}
            for line in self.blocks:
                frame = line.frame
                while frame is not None:
                    self._boxes.setdefault(id(frame), []).append(line)
                    frame = frame.parent
        return _in_own_box(block, self._boxes, share)


def _in_own_box(
    block: Block, boxes: dict[int, list[Block]], share: Callable[[Sequence[str]], float] | None
) -> bool:
    """Whether a line is in the text's own box (:func:`fanwen.strip.ownbox.own_box`): the smallest frame around it that
    holds other lines, a few, under a label headline naming a facet of the text's subject (预约方式: 体验免费，需提前一天在
    公众号预约), a fact box, or a box whose words are the article's (``share`` of its lines but its button, a link line:
    a charity's 公示 box on the charity's page)."""
    frame = block.frame
    while frame is not None and len(boxes[id(frame)]) < 2:
        frame = frame.parent
    if frame is None:
        return False
    box = [line.text.strip() for line in boxes[id(frame)]]
    if len(box) > _BOX_MAX_LINES or block.text.strip() == box[0]:
        return False
    said = [line.text for line in boxes[id(frame)] if line.link_density < _BUTTON_LINKS]
    return own_box(box[0], box[1:], share(said) if share is not None and said else 0.0)


def _paragraph(block: Block) -> bool:
    """A paragraph of the body's: of sentence length with a clause mark, no heading."""
    return (
        len(block.text) >= _PARAGRAPH_MIN_CHARS
        and not block.heading
        and _CLAUSE_MARK.search(block.text) is not None
    )


def _reads_as_an_advert(folded: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Whether a line with a look of its own makes an interactive call that asks by itself, or asks the reader to act
    for a gain (a gift, a sum, a discount, a live's hour, a convenience pushed at them: 每天推送, 第一时间), or to join
    or follow a channel of the site's (session 26); never the text's own ask (请家长…, a notice's result)."""
    if _OWN_ASK.search(folded) is not None:
        return False
    if _ENGAGE_ALONE.search(folded) is not None or _joins_a_channel(folded):
        return True
    if sponsored(folded):
        return True  # a sponsor's or a partner's line that sells (本期专栏由「…」赞助，…限时特惠; session 28)
    label = _LABEL.match(folded)
    if label is not None and NOTE_LABEL.search(label.group()) is None:
        # a label of its own over a deal or a channel's ask (【…推荐】…限时立减30元, 【…】…点击下方小程序即可下单)
        channel = _CHANNEL.search(folded) is not None or cues["own_channel"].search(folded) is not None
        if cues["deal"].search(folded) is not None or (channel and _asks(folded, cues)):
            return True
        if SELLING_LABEL.search(label.group()) is not None and wrapped_call(folded):
            return True  # a label that sells over an ask with what it is for (【旺铺招租】…欢迎加盟…; session 29)
    return _asks(folded, cues) and (
        cues["call_gain"].search(folded) is not None
        or cues["deal"].search(folded) is not None
        or cues["convenience"].search(folded) is not None
        or _GIFT.search(folded) is not None
    )


def _joins_a_channel(folded: str) -> bool:
    """Whether a line asks the reader to join a group or a community (…进新群, 加入…星球) or to follow a channel that
    promises more of itself (关注专栏…每周…更新, 更多…资讯，请关注视频号…), with no gift said (session 26); or a name
    opening the line, then a promise or a share asked (关注老周，下期带你…; 关注…晚报，转发给…: session 27)."""
    return follows_for_more(folded)


def _asks(folded: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Whether a line asks the reader to act: the rules' reader_act (扫码, 关注 an account, 添加…微信, 报名…), an
    interactive call, an imperative (下载, 点击, 领取, 下单…). A gift's word (送, 领 alone) is what is got, no ask."""
    return (  # the cheapest first (the rules' reader_act is the longest of the three)
        _ASK.search(folded) is not None
        or _ENGAGE.search(folded) is not None
        or cues["reader_act"].search(folded) is not None
    )


def _asks_alone(
    block: Block,
    folded: str,
    cues: dict[str, re.Pattern[str]],
    share: Callable[[Sequence[str]], float] | None,
) -> bool:
    """Whether a line with no look of its own asks by itself: an interactive call, or an ask, a channel and a gift
    together, in a short line that is no list item, names no public body and shares little of the article's words."""
    if (
        len(folded) > _BARE_MAX_CHARS
        or block.tag == "li"
        or _PUBLIC_BODY.search(folded)
        or _LIST_ITEM.search(folded)
    ):
        return False
    if _ENGAGE_ALONE.search(folded) is None:
        channel = _CHANNEL.search(folded) is not None or cues["own_channel"].search(folded) is not None
        if not (channel and _asks(folded, cues) and _GIFT.search(folded) is not None):  # the rarest first
            return False
        if cues["call_reported"].search(folded) is not None:
            return False  # a report's or a notice's clause (活动期间, 即日起…)
    return share is None or share([block.text]) <= _SHARED_MAX
