"""Promo boxes drawn as one element among the text's paragraphs: a card, a widget, a QR code's box, a lead form.

A template's call-to-action widget (a heading with a price, a tag line, a 免费咨询 button), a mini-program's box (its
code, its name, 微信扫码…), an assistant's QR box, a product card (a picture, a name, a price, a 购买 button) are one
container element set among the paragraphs or after the last one. Their words differ site by site; their shape
does not. A box here is what the markup says and the words confirm, never the words alone:

- **one element of its own** (a ``div``, ``section``, ``aside``, ``form``: :attr:`fanwen.items.Block.frame`) whose
  lines are all short lines of no sentence (no line ending in 。 or ？, none holding two sentences, no numbered part
  or step, none of sentence length with a clause in it, no field line such as ``报名时间：…``), six at most, and not
  the whole text; never inside a quotation, a figure, a table or code;
- **alone of its look**: no other element of the page has its tag and class. Several boxes of one look are a list of
  the text's own items (job cards, a guide's items, file rows) far more often than an advert (review P1, P6, P8);
- **what it sells, by markup and words together**: a form's control or a button (a ``<button>``, a link drawn as
  one) beside a **price** with its unit, or a picture beside a **scan call** (扫码, 二维码, 小程序) that **ends the
  text** (no paragraph after it). Common offer words (免费, 马上, 报名, 咨询, 下载, 加入) are no evidence: a poem, a
  job card and a notice use them (review P2, P5);
- **off the text's topic**, always, unless a rule took a line of it as an advert (扫码添加助教): a recipe's ingredient
  box with its buy button and a notice's registration box share the text's words (review P7); nor a price box
  whose one removed line is its button and that is the article's own offer in its flow (``promos.own_offer``);
- it names no document, and the text keeps enough words outside it.

Every line of such a box that the rules left whole goes, recorded under ``promo-frame``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fanwen.items import Block, Frame
from fanwen.sections import HEADING_NUMBER
from fanwen.strip.ownbox import own_box
from fanwen.strip.promos import INNER_STOP, PROSE_END, button_shaped, own_offer, paragraph, words

PROMO_FRAME = "promo-frame"
# A box's line: short, and a box has few of them.
_LINE_MAX_CHARS = 60
_BOX_MAX_LINES = 6
# A line this long with a clause mark in it is a sentence of the text's, no box's (a tag line is shorter).
_SENTENCE_CHARS = 24
# A field line (报名时间：…, 联系人：…): a notice's or a guide's own data, no advert's line.
FIELD = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S")
# A call to scan a code (a QR picture's words): 扫码, 扫一扫, 二维码, 小程序, 长按识别.
_SCAN = re.compile(r"扫码|扫一扫|二维码|小程序|长按识别")
# A box's name line (智能测保小程序, a product's name): this short, no clause mark.
_NAME_MAX_CHARS = 16
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")
# A box that names a document (附件, a file's extension) is the text's attachment, its download button the text's.
DOCUMENT = re.compile(r"附件|\.(?:docx?|xlsx?|pdf|pptx?|zip|rar|wps)\b", re.I)
# A picture-only box whose words the rest of the text shares this much is the text's (promos tells a topic so).
_SHARED_MAX = 0.34
# The rules' advert families: a line one of them took tells the box is an advert's.
_ADVERT_RULES = ("ad-", "cta-")
# Too little text around the box to call it one piece among others.
_ARTICLE_MIN_CHARS = 200
BOX_TAGS = frozenset({"div", "section", "aside", "form", "ins", "center", "article"})
# Containers whose lines are the text's by their kind: a quotation, a figure and its caption, a table, code.
TEXT_TAGS = frozenset({"blockquote", "figure", "table", "pre"})
# A guide's step or part, numbered: the text's own box (第三步：立即预约, 步骤 2).
STEP = re.compile(r"\s*(?:第\s*[\d一二三四五六七八九十]+\s*步|步骤\s*[\d一二三四五六七八九十])")
# What a box offers: a price with its unit (¥200/月起, 16 元/本, 每月 30 元), a free or limited offer, a call to get,
# book, buy, download or join, a code to scan or an app. The only word list, confirming a shape the markup gives.
_PRICE = re.compile(
    r"[¥￥]\s*\d|\d\s*(?:元|块)\s*(?:/|每|起)|\d\s*/\s*(?:月|年|季|次|人|节)|月起|元起|每(?:月|年)\s*\d"
)
_OFFER = re.compile(
    _PRICE.pattern
    + r"|免费|首月|限时|特惠|优惠|\d\s*折|领券|0\s*元"
    + r"|立即|马上|立刻|领取|预约|购买|抢购|下单|下载|试用|咨询|报名|订阅|开通|解锁|加入|添加"
    + r"|扫码|扫一扫|二维码|小程序|(?<![A-Za-z])APP(?![A-Za-z])",
    re.I,
)


def frame_boxes(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    removed_by: Sequence[str | None],
    title: str = "",
    headings: frozenset[int] = frozenset(),
) -> list[int]:
    """The indexes of the kept blocks that are lines of a promo box drawn as one element. ``kept``: whether each
    block was kept untouched; ``removed_by``: the rule that removed each block whole, if one did (a box's button
    or line a rule took first is still one of its lines; a block the rules cut a sentence from is no box's).
    ``headings``: the text's headings a rule gave back (no box's lines).

    >>> from fanwen.items import Frame
    >>> prose = Block("茶园春季管理要抓好施肥、修剪和病虫害防治，时间要早，方法要对。" * 8)
    >>> box = Frame("div", "div.mp", image=True)
    >>> lines = [Block("茶园管家小程序", frame=box), Block("微信扫码，查看你家茶园的用肥建议", frame=box)]
    >>> frame_boxes([prose, *lines], [True] * 3, [None] * 3, "春季茶园管理")
    [1, 2]
    """
    candidates = [
        i
        for i, block in enumerate(blocks)
        if kept[i]
        and block.frame is not None
        and len(block.text) <= _LINE_MAX_CHARS
        and _OFFER.search(block.text) is not None
    ]
    if not candidates:
        return []
    members = frame_members(blocks)
    whole = [rule is not None for rule in removed_by]
    taken: set[int] = set()
    for i in candidates:
        if i in taken:
            continue
        box = _box_around(blocks, kept, whole, headings, members, i)
        if box is not None and _is_box(blocks, kept, removed_by, title, members, box):
            taken.update(j for j in members[box] if kept[j])
    return sorted(taken)


def _box_around(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    whole: Sequence[bool],
    headings: frozenset[int],
    members: dict[Frame, list[int]],
    index: int,
) -> Frame | None:
    """The largest element around ``blocks[index]`` whose lines are all a box's (short lines of no sentence), not
    the whole text; None when there is none, or the line sits in a quotation, a figure, a table or code."""
    found = None
    frame = blocks[index].frame
    while frame is not None:
        if frame.tag in TEXT_TAGS:
            return None
        lines = members[frame]
        if len(lines) == len(blocks) or len(lines) > _BOX_MAX_LINES:
            break
        if not all(_box_line(blocks[j], kept[j], whole[j], j in headings) for j in lines):
            break
        if frame.tag in BOX_TAGS:
            found = frame
        frame = frame.parent
    return found


def _box_line(block: Block, kept: bool, whole: bool, heading: bool) -> bool:
    """A line a box may hold: a block a rule removed whole (its button, its advert line), or a kept short line of
    no sentence of the text's (no final stop, no two sentences, no numbered part or step, no heading of the text's)."""
    if whole:
        return True
    text = block.text
    return (
        kept
        and not heading
        and len(text) <= _LINE_MAX_CHARS
        and PROSE_END.search(text) is None
        and INNER_STOP.search(text) is None
        and HEADING_NUMBER.match(text) is None
        and STEP.match(text) is None
    )


def _is_box(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    removed_by: Sequence[str | None],
    title: str,
    members: dict[Frame, list[int]],
    box: Frame,
) -> bool:
    """Whether the element is evidently a box of chrome: alone of its look, no line of the text's kind in it, a
    button or a control beside a price, or a picture beside a scan call at the text's end, off the text's topic."""
    lines = members[box]
    texts = [blocks[j].text for j in lines]
    if any(DOCUMENT.search(t) for t in texts):
        return False
    mine = [blocks[j].text for j in lines if kept[j]]
    if any((len(t) > _SENTENCE_CHARS and _CLAUSE_MARK.search(t)) or FIELD.match(t) for t in mine):
        return False
    # One of several elements of one look is an item of the text's own list (review P1, P6, P8).
    if not alone_of_its_look(members, box):
        return False
    sells = (box.control or box.button) and any(_PRICE.search(t) for t in texts)
    if not sells:
        # A picture beside a scan call: a QR code's box has a name (a short line of no clause) and a line beside
        # it, and ends the text (a travel piece's place box with its picture and prices is the text's, P3, P4).
        if not box.image or len(lines) < 2 or not any(_SCAN.search(t) for t in texts):
            return False
        if not any(_name(t) for t in texts):
            return False
        if any(kept[j] and paragraph(blocks[j].text) for j in range(lines[-1] + 1, len(blocks))):
            return False
    # It sells what the text is not about, unless a rule took one of its lines as an advert (扫码添加助教): a
    # button never skips this (a recipe's ingredients with 一键购买, review P7).
    advert = any((removed_by[j] or "").startswith(_ADVERT_RULES) for j in lines)
    shared = _shared(blocks, kept, title, lines)
    if not advert and shared >= _SHARED_MAX:
        return False
    # The text's own box (fanwen.strip.ownbox): a label headline (月捐计划, 预约方式), a fact box, its subject.
    heads = [j for j in lines if kept[j] and not button_shaped(blocks[j])]
    if (
        not advert
        and len(heads) >= 2
        and own_box(blocks[heads[0]].text, [blocks[j].text for j in heads[1:]], shared)
    ):
        return False
    # A price box on the text's topic in the text's flow, a rule having taken its button alone (立即预约, cta-button),
    # is the text's own offer (a press release's product, an event's fee: promos.own_offer, issue 11).
    if (
        sells
        and shared >= _SHARED_MAX
        and all(kept[j] or button_shaped(blocks[j]) for j in lines)
        and own_offer(blocks, kept, lines, set(words(title)), lambda j: _shared(blocks, kept, title, [j]))
    ):
        return False
    inside = set(lines)
    rest = sum(len(blocks[j].text) for j in range(len(blocks)) if j not in inside and kept[j])
    return rest >= _ARTICLE_MIN_CHARS


def frame_members(blocks: Sequence[Block]) -> dict[Frame, list[int]]:
    """Each element holding blocks, with the indexes of all the blocks inside it (its own and its inner elements')."""
    members: dict[Frame, list[int]] = {}
    for i, block in enumerate(blocks):
        frame = block.frame
        while frame is not None:
            members.setdefault(frame, []).append(i)
            frame = frame.parent
    return members


def alone_of_its_look(members: dict[Frame, list[int]], box: Frame) -> bool:
    """Whether no other element of the page, neither inside nor around the box, has its tag and class."""
    return not any(
        other is not box and other.look == box.look and not nested(other, box) for other in members
    )


def nested(one: Frame, other: Frame) -> bool:
    """Whether one of the two elements holds the other."""
    for inner, outer in ((one, other), (other, one)):
        frame = inner.parent
        while frame is not None:
            if frame is outer:
                return True
            frame = frame.parent
    return False


def _shared(blocks: Sequence[Block], kept: Sequence[bool], title: str, lines: Sequence[int]) -> float:
    """The share of the words of the box's kept lines that the title or the rest of the kept text uses too."""
    inside = set(lines)
    mine = set().union(*(words(blocks[j].text) for j in lines if kept[j]))
    if not mine:
        return 0.0
    rest = set(words(title)).union(
        *(words(b.text) for j, b in enumerate(blocks) if kept[j] and j not in inside)
    )
    return len(mine & rest) / len(mine)


def _name(text: str) -> bool:
    """A box's name: a short line of no clause (智能测保小程序, 扫码添加助教, a product's name)."""
    return len(text) <= _NAME_MAX_CHARS and _CLAUSE_MARK.search(text) is None
