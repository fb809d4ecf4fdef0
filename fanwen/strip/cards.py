"""Advert cards among the text's paragraphs: one element drawing a headline, a body line or two and a button.

A template's advert card (an AI tool's, a download's, a course's or a camp's, a donation drive's, a booking's) is one
element set among the paragraphs: a short headline line (no sentence: no final stop), one or two body lines, and a
button at its end (a ``<button>``, a link drawn as one). The rules see its lines one by one: they take the body (an
offer in their words) or the button, and leave the headline, which says nothing a rule knows (``…上线啦``,
``…开放预约``); or they take nothing, the card's offer being in words no single line rule holds. The card is what
the markup says and its lines' shape confirm, never the words alone:

- **one element of its own** (:attr:`fanwen.items.Block.frame`, a ``div``, ``section``, ``aside``, a ``dl``, a layout
  table of one row or of one cell a row: session 25) holding two or three lines and a button (a form's control or a
  button link in it, or a button-shaped line at its end: a link, a class, a pill drawn by its inline style), never
  in a quotation, a figure, a data table or code, and not the whole text; a badge line of its own (VIP, 推荐, 热门)
  is its label, not its headline, and goes with it;
- **alone of its look**: cards of one look side by side are the text's list (job cards, a guide's items: review P1,
  P6, P8); two of one look with the text's paragraphs between them are two adverts of one template (session 24);
  a paragraph's wrapper of one line is no card of its look (a WeChat page's bare ``<section>``, session 25);
- **a headline and its body, no sentence of the text's**: the headline short, no line ending in a full stop, none a
  field line (``报名时间：…``), a numbered part or step, or a heading of the text's;
- **an advert's**: a line of its own labels it one (``广告``, ``推广``, ``赞助``: the label goes too, and no other test
  holds, session 24; ``合作推广``, ``公益广告`` too, or the label the extractor left out as chrome,
  :attr:`fanwen.items.Frame.label`, and under it a headline may put a question and the description be a sentence:
  session 28); or its lines (a body the rules took among them, its button's words) offer to the reader: free
  use or a trial, a price cut or a coupon, a gift with a purchase, a prize drawn, a tool doing the reader's work, a
  booking or a sign-up opened, a download behind a login or a membership, a donation asked of the reader, a
  community pitched with no price (加入…星球 and what its members get: 会员专属…, 每日打卡; session 26); or a rule
  took its body as an advert's (an ``ad-*`` or ``cta-*`` rule) and it calls to act (预约, 报名, 购买). A rule's removal
  alone is no evidence (a report's box of donations received). And its headline is not the title's subject (a
  notice's own sign-up box). A headline of a label's form (``直播预告：…``) is the card's over an offer;
- **not the text's own box** (review of session 23): its headline no label of a facet (报名方式, 下载地址, 价格信息,
  座位预约: four characters or fewer, no gain said in them, no sale or first use free in its body), and less than a
  quarter of its words the rest of the text's (a library's page's 自习座位 booking box, a charity's page's 助学行动
  box, a tutorial's 解压 box) unless it sells, draws a prize or offers a tool writing for the reader (a workshop's
  shop card on the workshop's page, a lesson-plan tool on a lesson plan);
- **a document site's sale** (session 25): a pack or a file of its documents (N篇, 合集, 打包, Word, a file's name)
  and a way to pay (会员, VIP, 积分, 兑换, a price a piece) is an advert's whatever its subject (a 范文 page's card
  sells more 范文 of its kind) and its file name no attachment's;
- **a card of one line** (session 25), its headline never given: a tool's work promised beside a button (AI自动写出…),
  or, with no button, an ask opening the line to join a group for a gift (加入“…群”，每周免费领取…);
- **an in-house box under a category label** (session 27, :func:`_in_house_box`): a site's box for its own service,
  event, enrolment, charity appeal or member offer says no gain and shares the site's subject, so no offer above
  finds it. Its shape does: a label line of a topic word opening it in an element of its own (招生, 公益, 便民推荐,
  政务服务: its look not the headline's), then a headline and one line describing it, then a button calling to act
  (立即预约, 我要捐款, 马上申领: no 查看/了解/下载). It is the text's own box when it names a note's label (温馨提示) or
  a document, when its label names the button's act (赛事报名 over 立即报名: how to do what the text tells of), when
  its headline is a facet's label or the title's subject, when its description instructs the text's public
  (报名者请于…前), or when a third of its words are the rest of the text's (a recipe's ingredients box). It is read
  as the page drew it (session 28): its lines whichever pass took which first, its label the extractor's left-out one.

Every line of such a card that the rules left whole goes, recorded under ``advert-card``. A tip box (its lines
sentences), a notice's reminder box (no button), a table's caption and a quotation (text containers) stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from fanwen.items import Block, Frame
from fanwen.sections import HEADING_NUMBER
from fanwen.strip.adlines import INSTRUCTION
from fanwen.strip.frames import (
    BOX_TAGS,
    DOCUMENT,
    FIELD,
    STEP,
    TEXT_TAGS,
    alone_of_its_look,
    frame_members,
    nested,
)
from fanwen.strip.ownbox import GAIN, LABEL_MAX_CHARS, NOTE_LABEL, SALE, own_box, pitched
from fanwen.strip.promos import PROSE_END, button_drawn, button_shaped, paragraph, words

ADVERT_CARD = "advert-card"
# A prize drawn among the readers (还可抽取…, 直播间抽5份, 抽…礼盒), never a lottery's results (共抽取中签市民2000名).
_PRIZE = r"(?:可|能|还|再|就|即)\S{0,2}抽|抽\s*\d+\s*[份个件]|抽(?:取|送)?\S{0,10}(?:礼|奖品|大奖)|抽奖"
# A card's lines beside its button: a headline and one or two body lines.
_MIN_LINES = 2
_MAX_LINES = 3
_HEAD_MAX_CHARS = 30
_BODY_MAX_CHARS = 60
# Too little text around the card to call it one piece among others.
_ARTICLE_MIN_CHARS = 200
# A headline sharing this much of its words with the title is the text's subject (a notice's own sign-up box).
_TITLE_SHARED = 0.5
# A gift for joining a group or following (进群领…新人礼, 加群送…红包, 关注即得…),
# a flash sale, a group-buy price.
_JOIN_GIFT = r"(?:进群|入群|加群|注册|关注)\S{0,3}(?:即|就|可)?(?:领|送|得|享)|新人礼|秒杀|团购价|拼团"
# What a card offers the reader (on its folded lines together): free use or a trial, a price cut, a booking or a
# sign-up opened, a download behind a login or a membership; or a donation asked of the reader (a report of a drive
# tells what was given, and asks no one). Words that confirm the shape the markup gives, never a card alone: a price
# alone is a review's spec box as often (售价3999元), 报名, 预约, 开课, 上线 and 下载 alone a notice's own box (课程安排
# / 每周六开课, 相关文件下载).
_OFFER = re.compile(
    GAIN
    + r"|开放预约|报名通道|火热报名|开始招募|招募中|(?:登录|注册|会员)\S{0,4}下载"
    # Session 24 (blind sets AT, AU): a gift with a purchase (下单即送, 另赠), a stock limited (限量120个), a prize
    # drawn among the readers (还可抽取…, 抽10份), a tool doing the reader's work (一键生成, AI自动写出, 帮你搞定), free
    # use of any kind (免费看, 免费生成3篇).
    + r"|(?:下单|购买|订购|签约|开通|注册)\S{0,3}(?:即|就)?(?:送|赠)|另赠|加赠|立享|限量\s*\d|"
    + _PRIZE
    # (一句话生成…: a tool's work said in its headline, session 26)
    + r"|(?:一键|自动|智能|一句话)\S{0,2}(?:生成|写出|成稿)|帮(?:你|您)\S{0,2}(?:搞定|写|生成|做)"
    + r"|免费(?:看|听|学|读|写|生成|试\S)|免费\S{0,3}\d+\s*[篇次份天节课]"
    # Session 25 (blind sets AU, AW): a gift for joining, a flash sale, a group-buy price.
    + "|"
    + _JOIN_GIFT
)
_DONATION = re.compile(r"捐款|捐赠|捐助|募款|募捐|募集|月捐|善款")
_TO_THE_READER = re.compile(
    r"您|你的(?:每一|一份|一点)|诚邀|邀请你|期待你|伸出援手|一起参与|一同"
    # A sum and what it does, said to whoever gives it (捐300元，就能支持一堂课: session 24).
    r"|\d\s*元\S{0,3}(?:就能|即可|便能)"
)
# A tool offered to do the reader's work: the reader's input asked and the result promised (输入…，30秒生成…, 选好…，
# AI自动写出…), an AI's writing. A feature a tutorial teaches (Word可以自动生成目录) asks no input.
_TOOL = (
    r"(?:输入|选好|选择|填入|填写|上传|拍下)\S{0,24}(?:生成|写出|成稿|出稿)|AI\S{0,4}(?:生成|写出|成稿|写作)"
)
# What a card sells on the text's own subject: a price to pay, a prize drawn among its readers, a tool writing the
# text's kind (a lesson-plan tool on a lesson plan, session 25).
_LURE = re.compile(SALE.pattern + "|" + _PRIZE + "|" + _TOOL, re.I)
# A call to act, told by a line the rules took as an advert's: book, sign up, buy, get, open, consult, join.
_CALL = re.compile(r"预约|报名|购买|下载|试用|领取|开通|咨询|订阅|加入")
_ADVERT_RULES = ("ad-", "cta-")
# A document site's sale (session 25, blind set AV): a pack or a file of its documents (N篇, 合集, 打包, Word, 可编辑,
# a file's name) and a way to pay for it (会员, VIP, 积分, 兑换, a price a piece). Both: a 范文 page's own 篇目 list
# counts its pieces and sells nothing; a notice's attachment box names its file and sells nothing.
_PACK = re.compile(
    r"\d+\s*[篇份套页]|合集|打包|大全|范文包|文档包|全套|word|可编辑|\.(?:docx?|pdf|pptx?|wps)\b", re.I
)
_PAY = re.compile(
    r"会员\S{0,4}(?:下载|免费|专享|兑换|可)|开通\S{0,2}(?:会员|vip)|vip|积分|兑换"
    r"|\d\s*元\s*/\s*[篇份]|\d\s*元\S{0,2}下载|每[篇份]\s*\d",
    re.I,
)
# A card of one line, its headline never given (an AI tool's line beside its button, session 25): only a tool doing
# the reader's work or free uses counted tells it, a booking or a download opened is a notice's own line as often.
_WORK = re.compile(
    r"(?:一键|自动|智能)\S{0,2}(?:生成|写出|成稿)|帮(?:你|您)\S{0,2}(?:搞定|写|生成)|免费\S{0,3}\d+\s*[篇次份]"
)
# A box of one line asking the reader to join a group for a gift (加入“…群”，每天免费领取…): the ask opens the line (a
# lesson plan's 课前让学生加入班级群… and a notice's 请各班主任…加入工作群 tell someone else to), and a gift is said.
_JOIN_A_GROUP = re.compile(r"\W{0,3}(?:扫码|长按\S{0,4})?(?:加入|进|入)\S{0,16}群")
_GIFT = re.compile(r"免费\S{0,2}(?:领|送|得)|(?:领|送)\S{0,6}(?:红包|福利|礼)")
# A badge of the card's own (VIP, 推荐, 热门, HOT, 精选, 会员专享: a line of its own, session 25): the card's label, not
# its headline; it goes with the card, and says nothing of whose the card is (the card's offer does).
_BADGE_LINE = re.compile(
    r"\s*[\[【(（]?\s*(?:s?vip|hot|new|top|推荐|荐|热门|热|精选|精品|会员专享|专享|新品|独家|置顶|爆款)\s*[\]】)）]?\s*",
    re.I,
)
# A button's length (promos' button_shaped line's).
_BUTTON_MAX_CHARS = 20
# A line drawn as a button by its own inline style (session 25): a pill, an inline block on a ground of its own colour
# with rounded corners or padding (``<span style="display:inline-block;background:#07c160;border-radius:14px">``).
_PILL = re.compile(r"display\s*:\s*inline-block")
_PILL_GROUND = re.compile(r"background")
_PILL_SHAPE = re.compile(r"border-radius|padding")
# The card pass's boxes: a frame's box tags and a definition list (a dl card: its dt the headline, a dd the body).
_CARD_TAGS = BOX_TAGS | {"dl"}
# The tags of a data table's lines (a row read as one line, a caption): a table holding one is the text's.
_DATA_LINE_TAGS = frozenset({"tr", "table", "caption"})
# An advert's own label, a line of its own in the card (广告, 推广, 赞助: a sponsored slot says so): the card is an
# advert's whatever its words, and the label goes with it.
# Session 28 (blind sets BB, BC): a partner's or a public service's advert says so too (合作推广, 商业推广, 公益广告).
_ADVERT_LABEL_LINE = re.compile(
    r"\s*[\[【(（]?\s*(?:(?:合作|商业|公益)?(?:广告|推广)|赞助|AD|Ad|Sponsored)\s*[\]】)）]?\s*"
)
# A headline under an advert's label may put a question to the reader (想升学又怕跟不上？), its description be a
# sentence: only a headline closed by a full stop is a sentence of the text's (session 28).
_SENTENCE_HEAD = re.compile(r"[。][”’」』）)]?\s*$")
# An in-house box's category label (session 27, blind sets AZ, BA): a topic word of its own line, two to six Han
# characters (招生, 公益, 会员好康, 便民推荐, 政务服务), no mark, no digit.
_CATEGORY_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*")
# A button that calls to act on the box's offer: sign up, book, apply, try, donate, pay, join, enter (立即预约, 我要捐款,
# 前往缴费, 马上申领, 报名入口, 进入专区, 手机上试试); never one that shows more of the text or a file (查看原文, 了解详情,
# 下载, 展开全部: session 29), nor one that shares, saves, prints or turns the page (分享, 收藏, 打印, 下一篇).
_ACT_BUTTON = re.compile(
    r"^\W{0,2}(?:立即|马上|立刻|我要|前往|去|进入|一键)"
    r"|预约|报名|申领|申请|体验|试听|试试|听课|捐|缴费|续约|续费|购买|订购|预订|领取|订阅|加入|参加|参与|办理|抢"
)
_NOT_ACT_BUTTON = re.compile(
    r"查看|了解|阅读|详情|更多|全文|原文|下载|展开|分享|收藏|打印|复制|[上下]一[篇页本章个]|返回"
)
# The writer's own voice in a box's line (我, 咱, 俺; 我们).
_FIRST_PERSON = re.compile(r"[我咱俺]")
# An in-house box's lines: its label, a headline, one line describing it, its button.
_IN_HOUSE_LINES = 4
# A box whose words the rest of the text shares this much repeats the text (a recipe's ingredients box): the text's.
# A site's own box shares the site's subject (a charity's appeal on its event's page: 0.27), a third of its words no.
_IN_HOUSE_SHARED = 1 / 3


class _Page(NamedTuple):
    """What the card pass reads of a page: its blocks, whether each was kept untouched, the rule that removed each
    whole, the title, the fold to simplified characters, the text's headings a rule gave back, each frame's lines."""

    blocks: Sequence[Block]
    kept: Sequence[bool]
    removed_by: Sequence[str | None]
    title: str
    fold: Callable[[str], str]
    headings: frozenset[int]
    members: dict[Frame, list[int]]


def advert_cards(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    removed_by: Sequence[str | None],
    title: str,
    fold: Callable[[str], str],
    headings: frozenset[int] = frozenset(),
) -> list[int]:
    """The indexes of the kept blocks that are lines of an advert card. ``kept``: whether each block was kept
    untouched; ``removed_by``: the rule that removed each block whole, if one did; ``fold``: text folded to
    simplified characters; ``headings``: the text's headings a rule gave back.

    >>> from fanwen.items import Frame
    >>> prose = Block("共读的价值不在认字多少，而在孩子能把看到的、听到的说成自己的话。" * 8)
    >>> card = Frame("div", "div.card", button=True)
    >>> lines = [Block("AI伴读来啦", frame=card), Block("拍下封面，自动生成共读提问，新用户免费用7天", frame=card)]
    >>> advert_cards([prose, *lines], [True] * 3, [None] * 3, "亲子共读三年", lambda t: t)
    [1, 2]
    """
    if not any(block.frame is not None and kept[i] for i, block in enumerate(blocks)):
        return []
    members = frame_members(blocks)
    page = _Page(blocks, kept, removed_by, title, fold, headings, members)
    tables: dict[Frame, bool] = {}
    taken: set[int] = set()
    seen: set[Frame] = set()
    for i, block in enumerate(blocks):
        if not kept[i] or block.frame is None or i in taken:
            continue
        card = _card_around(blocks, members, block.frame, tables)
        if card is None or card in seen:
            continue
        seen.add(card)
        lines = members[card]
        if _is_card(page, card) or _in_house_box(page, card):
            taken.update(j for j in lines if kept[j])
    return sorted(taken)


def own_box_lines(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    removed_by: Sequence[str | None],
    fold: Callable[[str], str],
    rules: AbstractSet[str],
) -> list[int]:
    """The indexes of the blocks one of ``rules`` (a call's line rule) removed whole that are a body line of the
    text's own box (:func:`fanwen.strip.ownbox.own_box`): a card's element of a kept headline, a line or two and a
    button, alone of its look, no paragraph in it (an event page's 报名通道现已开放 under 赛事报名, a tutorial's
    注册后下载完整版 under 解压工具). They come back.

    >>> from fanwen.items import Frame
    >>> prose = Block("分卷压缩包解压时只需要对第一个分卷操作，其余分卷放在同一目录即可。" * 8)
    >>> box = Frame("div", "div.tool", button=True)
    >>> lines = [Block("解压工具", frame=box), Block("注册后下载完整版", frame=box), Block("下载", frame=box)]
    >>> own_box_lines([prose, *lines], [True, True, False, True], [None, None, "cta-download", None],
    ...               lambda t: t, {"cta-download"})
    [2]
    """
    taken = [i for i, rule in enumerate(removed_by) if rule in rules and blocks[i].frame is not None]
    if not taken:
        return []
    members = frame_members(blocks)
    tables: dict[Frame, bool] = {}
    spared: set[int] = set()
    seen: set[Frame] = set()
    for i in taken:
        box = _card_around(blocks, members, blocks[i].frame, tables)
        if box is None or box in seen or not alone_of_its_look(members, box):
            continue
        seen.add(box)
        lines = members[box]
        texts = lines[:-1] if button_shaped(blocks[lines[-1]]) else lines
        back = [j for j in texts if not kept[j]]
        if len(texts) < _MIN_LINES:
            continue
        if any(removed_by[j] not in rules for j in back) or any(paragraph(blocks[j].text) for j in texts):
            continue
        told = set().union(*(words(fold(blocks[j].text)) for j in texts))
        share = _shared_with_the_rest(blocks, kept, set(lines), told, fold)
        if own_box(fold(blocks[texts[0]].text), [fold(blocks[j].text) for j in texts[1:]], share):
            spared.update(back)
    return sorted(spared)


def _card_around(
    blocks: Sequence[Block], members: dict[Frame, list[int]], frame: Frame | None, tables: dict[Frame, bool]
) -> Frame | None:
    """The largest box element around a line that holds a card's few lines (a button line among them), not the
    whole text; None in a quotation, a figure, a data table or code. A layout table (its cells the page's lines, no
    row read as one) is a box: a card drawn as a table of one row or of one cell a row (session 25), or the page's
    table around the text. ``tables``: whether each table met holds a data row, read once a page (a page's table
    around the text is met from every line in it)."""
    found = None
    while frame is not None:
        lines = members[frame]
        table = frame.tag == "table"
        if frame.tag in TEXT_TAGS and (not table or _holds_data(blocks, lines, frame, tables)):
            return None
        if len(lines) == len(blocks) or len(lines) > _MAX_LINES + 1:
            break
        if frame.tag in _CARD_TAGS or table:
            found = frame
        frame = frame.parent
    return found


def _holds_data(
    blocks: Sequence[Block], lines: Sequence[int], table: Frame, tables: dict[Frame, bool]
) -> bool:
    """Whether a table holds a data table's line (a row read as one, a caption), remembered in ``tables``."""
    held = tables.get(table)
    if held is None:
        held = tables[table] = any(blocks[j].tag in _DATA_LINE_TAGS for j in lines)
    return held


def _is_card(page: _Page, card: Frame) -> bool:
    """Whether the element is an advert card: a headline and its body beside a button, no sentence of the text's in
    it, alone of its look, an advert by its label (广告) or its offer (or a rule's removal of its body and a call),
    off the title's subject; a document site's sale whatever its subject; a card of one line, its headline never
    given, by a tool's work or a group's gift said in it."""
    blocks, kept, removed_by, title = page.blocks, page.kept, page.removed_by, page.title
    fold, members = page.fold, page.members
    every = members[card]
    folded = {j: fold(blocks[j].text) for j in every}
    labelled = [j for j in every if _advert_label(folded[j], title, fold)]
    # The box as drawn (session 28): a label the extractor left out as chrome (its class names an advert) is its
    # label line as one of its own is.
    # A link the page marks as paid in it (rel="sponsored", session 29) says so as a label does, unless the box speaks
    # in the writer's own voice (我家这台用了五年…: a review's item whose shop link pays the site, the words the text's).
    advert = (
        bool(labelled)
        or (bool(card.label) and _advert_label(fold(card.label), title, fold))
        or (card.sponsored and not any(_FIRST_PERSON.search(folded[j]) for j in every))
    )
    # A badge (VIP, 推荐) is the card's label line too, not its headline (session 25), unless the title says it.
    badges = [
        j
        for j in every
        if j not in labelled
        and _BADGE_LINE.fullmatch(folded[j])
        and folded[j].strip("[]【】()（） ").lower() not in fold(title).lower()
    ]
    lines = [j for j in every if j not in labelled and j not in badges]
    if badges and (not lines or len(lines) - _button_line(blocks[lines[-1]]) < _MIN_LINES):
        # A badge over one line is the card's headline (会员专享 over 开通会员，…免费看), as before session 25.
        lines = [j for j in every if j not in labelled]
    if not lines:
        return False
    button = _button_line(blocks[lines[-1]])
    texts = lines[:-1] if button else lines
    if not texts or len(texts) > _MAX_LINES:
        return False
    one = len(texts) == 1
    drawn = button or _draws_a_button(blocks, lines, card)
    said = "\n".join(folded[j] for j in texts)
    # A card of one line (session 25): a tool's work beside a button, or an ask to join a group for a gift.
    joins = one and _JOIN_A_GROUP.match(said) is not None and _GIFT.search(said) is not None
    if one and not ((drawn and _WORK.search(said)) or joins):
        return False
    if not (drawn or joins):
        return False
    whole = [removed_by[j] is not None for j in lines]
    if not all(kept[j] or w for j, w in zip(lines, whole, strict=True)):
        return False  # a line the rules cut a sentence from is the text's
    head = texts[0]
    # What it offers is read in all its lines, a body the rules took as an advert's too, and its button's words
    # (免费生成3篇). A rule's removal of its body counts with a call to act in the card (预约, 报名); alone it is no
    # evidence (a report's box of donations received, its count line taken for a call).
    pressed = folded[lines[-1]] if button else ""
    # A community pitched to the reader, no price on the card (加入…星球 and 会员专属…: session 26) is an offer too.
    offered = _OFFER.search(said) is not None or SALE.search(said) is not None or pitched([said])
    if button and not offered:
        offered = _OFFER.search(pressed) is not None
    # A document site's sale: a pack or a file of its documents and a way to pay (session 25).
    sells = _PACK.search(said) is not None and (_PAY.search(said) or _PAY.search(pressed)) is not None
    for j in texts:
        if not kept[j]:
            continue
        text = blocks[j].text
        limit = _HEAD_MAX_CHARS if j == head and not one else _BODY_MAX_CHARS
        if (
            len(text) > limit
            or j in page.headings
            # Under an advert's label a description may be a sentence and a headline a question (session 28).
            or (
                PROSE_END.search(text)
                and not joins
                and not (advert and (j != head or not _SENTENCE_HEAD.search(text)))
            )
            # A headline of a label's form (直播预告：…) over an offer is the card's, a field line the text's own box's.
            or (FIELD.match(text) and not (j == head and (offered or advert or sells)))
            or HEADING_NUMBER.match(text)
            or STEP.match(text)
        ):
            return False
    if not _alone_or_apart(blocks, members, card):
        return False
    inside = set(every)
    if sum(len(b.text) for j, b in enumerate(blocks) if j not in inside and kept[j]) < _ARTICLE_MIN_CHARS:
        return False
    if not (kept[head] or advert or (removed_by[head] or "").startswith(_ADVERT_RULES)):
        return False  # a headline a rule took is the card's only when it took it as an advert's
    if advert or sells:
        # The card says it is an advert's (no own box is labelled 广告), or sells the site's documents (a 范文 page's
        # card sells more of its kind: its subject is the text's by design, its file name no attachment's).
        return True
    if any(DOCUMENT.search(blocks[j].text) for j in texts):
        return False
    named = words(folded[head])
    if named and len(named & words(fold(title))) / len(named) >= _TITLE_SHARED:
        return False  # the title's subject: the notice's own sign-up or booking box
    taken = any(
        (removed_by[j] or "").startswith(_ADVERT_RULES) and not button_shaped(blocks[j]) for j in texts
    )
    if not (
        offered
        or joins
        or (_DONATION.search(said) is not None and _TO_THE_READER.search(said) is not None)
        or (taken and _CALL.search(said) is not None)
    ):
        return False
    # The text's own box, in its offer words (review of session 23, fanwen.strip.ownbox): a label for a headline
    # (报名方式, 下载地址, 价格信息) unless its body says a sale or a first use free (9元学会…, 首次咨询0元), a fact box, or the
    # text's subject in a quarter of its words (a library's 自习座位 box).
    # A price to pay or a prize to draw (NT$450, 抽10份) is no box of the text's subject: its shared words count not.
    share = 0.0 if _LURE.search(said) else _shared_with_the_rest(blocks, kept, inside, words(said), fold)
    body = [folded[j] for j in texts if j != head]
    return not own_box(folded[head], body, share, gains=False)


def _in_house_box(page: _Page, card: Frame) -> bool:
    """Whether the element is a site's in-house box under a category label (session 27): a label line of a topic word
    in an element of its own, a headline, one line describing it and a button calling to act; not the text's own box
    (a note's or a document's label, a facet's or the title's headline, an instruction, the text's words). The box is
    read as the page drew it (session 28): its lines whichever pass took which first, and a label the extractor left
    out as chrome (:attr:`fanwen.items.Frame.label`) as its label line.

    >>> prose = Block("本届运动会共设田径项目二十四个，另有跳长绳、拔河等集体项目，两天的比赛中有三项校纪录被打破。" * 5)
    >>> box = Frame("div", "div.box")
    >>> lines = [Block("招生信息", style=">div.box>span", frame=box), Block("春季成人学历教育报名开始", frame=box),
    ...          Block("二十余个专业可选，周末授课", frame=box), Block("立即报名", link_density=1.0, frame=box)]
    >>> blocks = [prose, *lines]
    >>> page = _Page(blocks, [True] * 5, [None] * 5, "运动会", lambda t: t, frozenset(), frame_members(blocks))
    >>> _in_house_box(page, box)
    True
    """
    blocks, kept, fold, members = page.blocks, page.kept, page.fold, page.members
    every = members[card]
    label_line: int | None = None
    if card.label and len(every) == _IN_HOUSE_LINES - 1:
        label = fold(card.label)
        head, desc, button = every
    elif len(every) == _IN_HOUSE_LINES:
        label_line, head, desc, button = every
        label = fold(blocks[label_line].text)
    else:
        return False
    if not _button_line(blocks[button]):
        return False
    if not all(kept[j] or page.removed_by[j] is not None for j in every):
        return False  # a line the rules cut a sentence from is the text's
    folded = {j: fold(blocks[j].text) for j in every}
    if (
        not _CATEGORY_LINE.fullmatch(label)
        or NOTE_LABEL.search(label)
        or label.strip() in fold(page.title)
        or (label_line is not None and blocks[label_line].style in (blocks[head].style, blocks[desc].style))
    ):
        return False  # no topic word in an element of its own: a note's label, or a line of the box's look
    pressed = folded[button]
    if _ACT_BUTTON.search(pressed) is None or _NOT_ACT_BUTTON.search(pressed) is not None:
        return False
    if _pairs(label) & _pairs(pressed):
        return False  # the label names the button's act (赛事报名 over 立即报名): the box of a facet of the text's subject
    head_text, desc_text = blocks[head].text, blocks[desc].text
    if (
        len("".join(head_text.split())) <= LABEL_MAX_CHARS
        or len(head_text) > _HEAD_MAX_CHARS
        or len(desc_text) > _BODY_MAX_CHARS
        or head in page.headings
        or any(
            PROSE_END.search(text) or FIELD.match(text) or HEADING_NUMBER.match(text) or STEP.match(text)
            for text in (head_text, desc_text)
        )
        or DOCUMENT.search(label)
        or any(DOCUMENT.search(blocks[j].text) for j in (head, desc))
        or INSTRUCTION.search(folded[desc])
    ):
        return False
    named = words(folded[head])
    if named and len(named & words(fold(page.title))) / len(named) >= _TITLE_SHARED:
        return False  # the title's subject: the text's own sign-up box
    if not _alone_or_apart(blocks, members, card):
        return False
    inside = set(every)
    if sum(len(b.text) for j, b in enumerate(blocks) if j not in inside and kept[j]) < _ARTICLE_MIN_CHARS:
        return False
    told = words(label).union(words(folded[head]), words(folded[desc]))
    return _shared_with_the_rest(blocks, kept, inside, told, fold) < _IN_HOUSE_SHARED


def _advert_label(text: str, title: str, fold: Callable[[str], str]) -> bool:
    """Whether a box's label line (folded) is an advert's (广告, 推广, 合作推广, 公益广告, 赞助, AD), not the title's
    subject (a notice on public-service adverts showing one)."""
    return _ADVERT_LABEL_LINE.fullmatch(text) is not None and text.strip("[]【】()（） ") not in fold(title)


def _pairs(text: str) -> set[str]:
    """The character pairs of a line (报名 in 赛事报名 and in 立即报名: a call's act kept, as the topic's words do not)."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _button_line(block: Block) -> bool:
    """A card's button line: a link or a class drawing one (:func:`fanwen.strip.promos.button_drawn`), or a line of a
    button's length drawn as a pill by its own inline style (session 25)."""
    if button_drawn(block):
        return True
    own = (block.style or "").rpartition(">")[2]
    return (
        len(block.text) <= _BUTTON_MAX_CHARS
        and _PILL.search(own) is not None
        and _PILL_GROUND.search(own) is not None
        and _PILL_SHAPE.search(own) is not None
    )


def _alone_or_apart(blocks: Sequence[Block], members: dict[Frame, list[int]], card: Frame) -> bool:
    """Whether no other element of the card's look stands next to it: cards of one look side by side are the text's
    list (job cards, a guide's items: review P1, P6, P8); two of one look with the text's paragraphs between them
    are two adverts of one template (a shop's card, a donation card: blind set AT). An element of its look holding one
    line beside a card of several is a paragraph's wrapper, no card of its template (a WeChat page sets every
    paragraph and its card alike in a bare ``<section>``: session 25)."""
    if alone_of_its_look(members, card):
        return True
    lines = members[card]
    first, last = lines[0], lines[-1]
    for other, its in members.items():
        if other is card or other.look != card.look or nested(other, card) or len(its) < min(2, len(lines)):
            continue
        if its[0] <= last + 1 and its[-1] >= first - 1:
            return False
        between = range(its[-1] + 1, first) if its[-1] < first else range(last + 1, its[0])
        if not any(blocks[k].frame is None or not _inside_look(blocks[k].frame, card.look) for k in between):
            return False
    return True


def _inside_look(frame: Frame | None, look: str) -> bool:
    """Whether a line stands in an element of the given look."""
    while frame is not None:
        if frame.look == look:
            return True
        frame = frame.parent
    return False


def _shared_with_the_rest(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    inside: AbstractSet[int],
    told: AbstractSet[str],
    fold: Callable[[str], str],
) -> float:
    """The share of a box's words (``told``) the kept text outside it (``inside``: the box's lines) uses too: a
    quarter or more puts the box on the text's subject (:func:`fanwen.strip.ownbox.own_box`)."""
    if not told:
        return 0.0
    rest = set().union(*(words(fold(b.text)) for j, b in enumerate(blocks) if j not in inside and kept[j]))
    return len(told & rest) / len(told)


def _draws_a_button(blocks: Sequence[Block], lines: Sequence[int], card: Frame) -> bool:
    """Whether the card's element, or one inside it, holds a form's control or a link drawn as a button."""
    for j in lines:
        frame = blocks[j].frame
        while frame is not None:
            if frame.button or frame.control:
                return True
            if frame is card:
                break
            frame = frame.parent
    return False
