"""In-text promo boxes: a short block or a small run of blocks inside an article that sells or asks for an act.

A template shop's callout between two parts, a sponsor's admonition under a table, a supplier's product line
with its 询价 button, a mini-program's promo with its tag line, a member note with a price: every site words its
own, and a word list misses the next one. What they share is a shape, mostly structural:

- a **call to act on a product or service** (get, claim, buy, download, scan to open, open a membership,
  enquire, book, sign up: ``_ACT``, the small lexical part), in a short block;
- **set apart as a box**: a price, a link of its own (a button), a button-like link line beside it, an icon
  line or a bracketed label (【…】) opening it;
- **off the article's topic**: its words, the call and the price aside, share little with the rest of the
  article (the title and every other kept block). The article that tells of a supermarket's membership day or
  of the 立即下载 button of the software it explains shares its words with that line: it stays.

The box's other lines go with it: a short line between two of its lines or an icon beside it, a link-only
button, a short label above it (``赞助``), each of them off the topic too.

A box's call is often its button, and a rule may take the button first (a link-list rule takes any short link
line): the box's other lines are then **left beside a removed button** (a card's icon, name and tag line above
it, a lead form's offer and count line around its code button, a price line). They go too when each is a short
line of no sentence of the article's (no numbered part or clause, no field, no two sentences, no line heading
the paragraph below; a sentence only under the box's name; no item of a list a line of the article's introduces
with its colon), and the box sells (a call or a price in it, a call in its button, a price in the removed block,
an icon; an advert removed beside the lines is no sign by itself) off the article's topic, or both calls and
prices (unless it is the article's own offer in its flow: :func:`own_offer`), or offers a titled work (免费领取《…》). A card in one line, a price with its link button inside it, is a call's
line too. An advert's box takes the lines its card's element holds beside its button (a card's name on the
article's topic: :func:`_with_card_lines`). Every removal is recorded under ``promo-box``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence

from fanwen.items import Block, Frame
from fanwen.sections import HEADING_NUMBER
from fanwen.strip.ownbox import own_box

PROMO_BOX = "promo-box"
# A box's line that carries the call: at most this long (a paragraph of the article is longer).
_SEED_MAX_CHARS = 80
# The box's other lines (a tag line, a button), and its label above it (赞助, 推广, 会员专享).
_LINE_MAX_CHARS = 40
_LABEL_MAX_CHARS = 6
# A button the rules removed (申请 30 天免费试用 →, 立即买入): a link line this short.
_BUTTON_MAX_CHARS = 20
# The lines a box leaves on each side of its removed button: its name, its tag line, its price.
_BOX_LINES = 3
# A paragraph of the article: this long, with two clause marks.
_PARAGRAPH_MIN_CHARS = 30
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")
# A contract's clause (第六条), a quiz's option (A．): numbered lines of the article's that no heading number names.
_ITEM_NUMBER = re.compile(r"\s*(?:第[一二三四五六七八九十百\d]+条|[A-Ha-h]\s*[．.、](?!\d))")
# A line that ends a sentence (an exclamation too: the article's closing wish), and one with a sentence ending inside.
_SENTENCE_END = re.compile(r"[。？！?!…][”’」』）)]?\s*$")
INNER_STOP = re.compile(r"[。？！?!](?!\s*$)(?![”’」』）)]\s*$)")
# What a lead form offers: a titled work (《…》), a few words before it at most, nothing after it.
_TITLED_WORK = re.compile(r"[^，。！？；,!?《》]{0,6}《[^》]{2,30}》")
# A field line: a short label and its colon, then the value (售价：0元, 答案：B).
_FIELD = re.compile(r"\s*[^：:，。！？\s\d][^：:，。！？\s]{0,7}[：:]")
# A line whose words, the call and the price aside, are this much the article's is no box's.
_SHARED_MAX = 0.34
# Too little article around the box to tell its topic: the pass leaves the page alone.
_ARTICLE_MIN_CHARS = 200
# A call to act on a product or service: get, claim, buy, download, try, enquire, book (预约, 预订, 购票), sign up
# (报名), scan to open, a membership.
_ACT = re.compile(
    r"(?:立即|马上|立刻|现在|点击|一键|免费)[^，。！？；,!?]{0,2}"
    r"(?:获取|领取|下载|购买|抢购|开通|注册|体验|咨询|预约|预订|报名|购票|订票|订阅|升级|加购|安装|试用)"
    r"|扫码(?:进入|打开|下载|领取|体验|购买|使用|咨询)"
    r"|(?:开通|成为|升级|加入)[^，。！？；]{0,6}会员|会员专享"
    r"|加入购物车|(?<![增追参])加购(?!买)|询价|了解更多"
)
# A button's call: an urgent adverb opens it, whatever the act (立即买入, 马上加入).
_URGENT = re.compile(r"\s*(?:立即|马上|立刻|即刻|现在就?|一键)\S")
_PRICE = re.compile(r"[¥￥]\s*\d|\d\s*元\s*/|每(?:月|年)\s*[¥￥]?\s*\d")
_LABEL = re.compile(r"^\s*【[^】]{2,8}】")
# A sentence of prose (not `_told_by_shape`'s sense of told): it ends in its own full stop or question mark (a box's line ends in its call, its price
# or its button, or exclaims its offer: ！ is an advert's stop as often as a story's, review R16).
PROSE_END = re.compile(r"[。？?…][”’」』）)]?\s*$")
# Where such a sentence ends inside a line: its stop, the closing marks after it.
PROSE_STOP = re.compile(r"[。？?…]+[”’」』）)]*")
# A label that numbers the article's own parts or steps (【第三步】, 【案例一】, 【1】) is no advert's.
_NUMBERED_LABEL = re.compile(r"【[^】]*(?:\d|第|[一二三四五六七八九十]\s*】|步)")
# The call ends a banner's line, give or take an arrow (立即下载 →, 马上抢购>>).
_TRAILING = re.compile(r"[\s>›»→》]*$")
# The rules' families of adverts: a block one of them removed is an advert's, and a call label beside it its label.
_ADVERT_RULES = ("ad-", "cta-", PROMO_BOX)
# A card's removed lines a label may head: its linked name, its prices, its button.
_CARD_LINES = 3
_MEANINGFUL = re.compile(r"[\w\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_WORD = re.compile(r"[A-Za-z]{2,}")
# Function characters: a bigram across two words through one of them (水和, 温的) names no topic.
_GLUE = frozenset("的了和与及或是在有也都就而并把被让向从对为之其这那个")


# A product's model code (X2, K7, Mate60, 15Pro): Latin letters and digits run together; words() leaves it out.
_MODEL = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+)(?![A-Za-z0-9])")


def _models(text: str) -> set[str]:
    """The model codes a line names, in lower case.

    >>> sorted(_models("轻羽X2羽毛球拍评测")), sorted(_models("轻羽x3 参数 2025年"))
    (['x2'], ['x3'])
    """
    return {m.lower() for m in _MODEL.findall(text)}


def words(text: str) -> set[str]:
    """The words a line's topic is told in: its Han bigrams and Latin words (lower case), its call to act
    and its price aside.

    >>> sorted(words("立即下载 茶园APP"))
    ['app', '茶园']
    """
    text = _PRICE.sub(" ", _ACT.sub(" ", text))
    found = {w.lower() for w in _WORD.findall(text)}
    for run in _HAN_RUN.findall(text):
        found.update(
            run[i : i + 2] for i in range(len(run) - 1) if run[i] not in _GLUE and run[i + 1] not in _GLUE
        )
    return found


class _Topic:
    """The article's words: in how many of its kept blocks (and the title) each occurs."""

    def __init__(self, texts: Sequence[str], title: str | None = None) -> None:
        # Counted when first asked: most pages have no line a box could hold, and counting every bigram of the
        # article is the pass's main cost.
        self._texts = texts
        self._counts: Counter[str] | None = None
        self.title = words(title) if title else set()
        self.models = _models(title) if title else set()

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter()
            for text in self._texts:
                self._counts.update(words(text))
        return self._counts

    def shared(self, texts: Sequence[str], aside: Sequence[str] = ()) -> float:
        """The share of the words of ``texts`` that the rest of the article uses too, the lines ``aside`` (the
        box's other lines: its name and its description share words) left out of the rest."""
        own: Counter[str] = Counter()
        for text in (*texts, *aside):
            own.update(words(text))
        mine = set().union(*map(words, texts)) if aside else set(own)
        if not mine:
            return 0.0
        return sum(1 for w in mine if self.counts[w] > own[w]) / len(mine)


def topic_share(text: str, texts: Sequence[str], title: str | None = None) -> float:
    """The share of the words of ``text`` the article uses elsewhere: in ``texts`` (the article's lines, ``text`` among
    them) beyond ``text`` itself, or in the title.

    >>> topic_share("学生朗读课文，圈出生字。", ["学生朗读课文，圈出生字。", "朗读课文要读准字音。"], "教学设计")
    0.375
    """
    return _Topic([*texts, *([title] if title else [])], title).shared([text])


def topic_shares(texts: Sequence[str], title: str | None = None) -> Callable[[Sequence[str]], float]:
    """:func:`topic_share` for many asks on one article: the article's words counted once, when first asked; the
    share of some lines' words (a box's: its lines' own words shared among them do not count) the rest uses.

    >>> shared = topic_shares(["学生朗读课文，圈出生字。", "朗读课文要读准字音。"], "教学设计")
    >>> shared(["学生朗读课文，圈出生字。"])
    0.375
    """
    return _Topic([*texts, *([title] if title else [])], title).shared


def _button(block: Block) -> bool:
    """A link line a box ends or opens with (了解更多>>, 成为会员, 相关产品：…)."""
    return block.link_density >= 0.9 and len(block.text) <= _LINE_MAX_CHARS


def _icon(block: Block) -> bool:
    return _MEANINGFUL.search(block.text) is None and len(block.text) <= 4


def promo_boxes(
    blocks: Sequence[Block], kept: Sequence[bool], title: str | None = None, rules: Sequence[str | None] = ()
) -> list[int]:
    """The indexes of the blocks that are in-text promo boxes. ``kept``: whether each block was kept
    untouched by the rules (only those can be a box's; a removed button next to one counts as its button).
    ``rules``: the rule that removed each block, if one did (a call label beside an advert is its label).

    >>> prose = ["茶园春季管理要抓好施肥、修剪和病虫害防治。" * 5, "修剪要在春茶开采前完成，剪去树冠面上的枝叶。" * 5]
    >>> blocks = [Block(prose[0]), Block("价格：￥58/袋 供应商：某某农资公司 询价"), Block(prose[1])]
    >>> promo_boxes(blocks, [True, True, True], "春季茶园管理")
    [1]
    """
    return promo_box_cuts(blocks, kept, title, rules)[0]


def promo_box_cuts(
    blocks: Sequence[Block], kept: Sequence[bool], title: str | None = None, rules: Sequence[str | None] = ()
) -> tuple[list[int], dict[int, int]]:
    """The in-text promo boxes (:func:`promo_boxes`: the blocks that go whole), and the calls glued after a
    sentence of the article's in its paragraph (:func:`_glued_call`): for each such block, where its call starts.
    The paragraph keeps its sentence, the call alone goes (session 22)."""
    seeds = [
        i
        for i, block in enumerate(blocks)
        if kept[i] and len(block.text) <= _SEED_MAX_CHARS and (_ACT.search(block.text) or _card_line(block))
    ]
    # The lines left beside a removed button are told against the article: a strip with no title (the text after
    # the article, a page's tail) has none to tell them from.
    removed = _removed_buttons(blocks, kept, rules) if title else []
    if not seeds and not removed:
        return [], {}
    items = _item_buttons(blocks, kept, rules)
    in_article = [b.text for b, k in zip(blocks, kept, strict=True) if k]
    if sum(map(len, in_article)) < _ARTICLE_MIN_CHARS:
        return [], {}
    topic = _Topic([*in_article, *([title] if title else [])], title)
    taken: set[int] = set()
    glued: dict[int, int] = {}
    for seed in seeds:
        if seed in taken:
            continue
        box = _grow(blocks, kept, seed, topic, items)
        # A paragraph standing alone, no line of a box beside it (a label, an icon, a tag line), whose call is glued
        # after its sentence: the call alone goes.
        if box == [seed] and (start := _glued_call(blocks[seed], topic)) is not None:
            glued[seed] = start
            continue
        box = box or _told_by_shape(blocks, seed, rules)
        if box is not None:
            taken.update(box)
    for seed in removed:
        box = _left_beside(blocks, kept, seed, topic, rules[seed], seed in items)
        if box is not None:
            taken.update(box)
    return sorted(taken), {i: start for i, start in glued.items() if i not in taken}


# A sentence of the article's before a call glued in its paragraph's link: at least this many letters.
_HEAD_MIN_LETTERS = 12
# A box's button after its description line (立即购买, 立即领取优惠券): this short, one clause.
_GLUED_BUTTON_MAX_CHARS = 12
# A class naming a button in a line's look (>section.card>p.card_btn>span): the line is drawn as one.
_BUTTON_LOOK = re.compile(r"\.[\w-]*(?:btn|button)", re.I)
# The call's text and the paragraph's linked text, this close (a link's inner spaces count, the block's do not).
_LINK_SLACK = 2


def _glued_call(block: Block, topic: _Topic) -> int | None:
    """Where the call glued after the article's sentence in ``block`` starts, or None: the paragraph's own words end a
    sentence (its stop, no question: an advert's lead-in asks; two clause marks; no call nor price; on the article's
    topic, a word of it shared) and its link is
    the rest, the call (``_ACT``) in it, a call of its own (a clause or more; a button after a line is its box's): ``部分血压计支持蓝牙连接，…复诊时方便医生查看。<a>新人扫码进群，免费领取《…》电子书</a>``.
    The region keeps such a paragraph for its sentence (``content._links_beside_prose``); here only its link goes, as
    there. A box's line (a fragment, or the advert's own description, off the topic) is no sentence of the article's.

    >>> text = "部分血压计支持蓝牙，打开配套应用就能保存数据，复诊时方便医生查看。新人进群，点击免费领取《控压食谱》"
    >>> advert = "线上营养训练营已有上万名学员打卡，好评如潮。新人进群，点击免费领取试听课"
    >>> topic = _Topic(["血压计要选上臂式。", text, advert, "测量前要安静休息。"], "家用血压计怎么选")
    >>> _glued_call(Block(text, link_density=18 / 51), topic), _glued_call(Block(advert, link_density=15 / 37), topic)
    (33, None)
    """
    text = block.text
    if not 0 < block.link_density < 1:
        return None
    linked = block.link_density * len(text.replace(" ", ""))
    for stop in PROSE_STOP.finditer(text):
        head, rest = text[: stop.end()], text[stop.end() :]
        if abs(len(rest.replace(" ", "")) - linked) >= _LINK_SLACK:
            continue
        if (
            _ACT.search(rest) is not None
            # a call of its own, more than a box's button (立即购买 after a line is the box's description)
            and (_CLAUSE_MARK.search(rest) is not None or len(rest.strip()) > _GLUED_BUTTON_MAX_CHARS)
            and len(_MEANINGFUL.findall(head)) >= _HEAD_MIN_LETTERS
            and len(_CLAUSE_MARK.findall(head)) >= 2
            and not head.rstrip("”’」』）) ").endswith(("？", "?"))
            and _ACT.search(head) is None
            and _PRICE.search(head) is None
            and topic.shared([head]) > 0
        ):
            return stop.end()
        return None
    return None


def _card_line(block: Block) -> bool:
    """A card in one line: a price and a link inside it (江城陪练 2 小时 ¥260 预约陪练, the link its button)."""
    return 0 < block.link_density < 0.9 and _PRICE.search(block.text) is not None


def _removed_buttons(blocks: Sequence[Block], kept: Sequence[bool], rules: Sequence[str | None]) -> list[int]:
    """The blocks the rules removed whole inside the text that may have been a box's button or its advert line:
    a link line of a button's length (any rule's: a link-list rule takes a card's button first), or a block an
    advert family removed. Only below the text's first paragraph: the page's head is chrome, no box's."""
    if not rules:
        return []
    first = next(
        (i for i, (b, k) in enumerate(zip(blocks, kept, strict=True)) if k and paragraph(b.text)), None
    )
    if first is None:
        return []
    found = []
    for i in range(first + 1, min(len(blocks), len(rules))):
        rule = rules[i]
        if not kept[i] and rule is not None and (button_shaped(blocks[i]) or rule.startswith(_ADVERT_RULES)):
            found.append(i)
    return found


def _item_buttons(
    blocks: Sequence[Block], kept: Sequence[bool], rules: Sequence[str | None]
) -> frozenset[int]:
    """The removed link buttons that recur under the article's items: the same button text (去办理, 查看详情) removed
    after kept lines at least twice. The lines between them are a list of the article's (a 办事指南's steps, each in
    its box with its link to the service), not a promo box, unless they sell: a box that calls and prices is one
    however many stand in a row (findings O2)."""
    found: dict[str, list[int]] = {}
    for i in range(1, min(len(blocks), len(rules))):
        if not kept[i] and kept[i - 1] and rules[i] is not None and button_shaped(blocks[i]):
            found.setdefault(blocks[i].text.strip(), []).append(i)
    return frozenset(i for run in found.values() if len(run) >= 2 for i in run)


def paragraph(text: str) -> bool:
    """A paragraph of the article's: long, with two clause marks (no box's line is; :mod:`fanwen.strip.frames` asks
    it too)."""
    return len(text) >= _PARAGRAPH_MIN_CHARS and len(_CLAUSE_MARK.findall(text)) >= 2


def _left_beside(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    seed: int,
    topic: _Topic,
    rule: str | None,
    item: bool = False,
) -> list[int] | None:
    """The lines a box left beside its button or advert line that the rules removed (a card's name, its tag line,
    its price; a form's call and its count line; an icon), or None. Each line is short, kept, no heading, and no
    line of the article's (off its topic, or selling: a call or a price in it); a line that heads the article's
    paragraph after it ends the box. The box tells it sells: a call or a price in it or in its button, an icon
    line, or the advert the rules removed beside it; and it is off the article's topic as a whole, unless it
    both calls and prices, or its call's object is a titled work (免费领取《…》)."""
    # A label the rules removed (📢 推广, 广告 · …, 赞助链接) opens its box: nothing above it is the box's, and it
    # lends no price (review S1's third probe). A label by what was removed, not by its rule's name alone: an
    # advert family's short block with no call and no price in it.
    removed = blocks[seed].text
    label = (rule is not None and "label" in rule) or (
        rule is not None
        and rule.startswith("ad-")  # an advert's family (a call's, cta-*, is the box's call: r03's AI card)
        and not button_shaped(blocks[seed])
        and _URGENT.match(removed) is None
        and len(removed) <= _BUTTON_MAX_CHARS
        and _ACT.search(removed) is None
        and _PRICE.search(removed) is None
    )
    sides = [_side_lines(blocks, kept, seed, step) for step in ((1,) if label else (-1, 1))]
    # Only a button lends its call to the lines beside it: an advert sentence the rules removed (关注…公众号，回复…免费
    # 领取…) is no evidence of what the lines beside it are (review S1: a market report's price lines). A part of a
    # card the rules removed (its button, its short price line) lends its price, and the lines' own prices count
    # beside it; beside an advert sentence, only a call or an icon in the lines tells a box (review S1's second
    # probe: a price in a short line is a list's as often as a card's).
    button = removed if button_shaped(blocks[seed]) else ""
    part = button != "" or (
        not label and len(removed) <= _BUTTON_MAX_CHARS and _CLAUSE_MARK.search(removed) is None
    )
    lent = removed if part else ""
    # The shape first, the topic (the pass's cost) only for a box that sells.
    if not any(sides) or not _sells(blocks, [i for side in sides for i in side], button, lent):
        return None
    # A line's topic is told against the article less the box's other lines (its name shares its description's
    # words: 本课为试看课时 over 解锁…36 个课时).
    box = [blocks[i].text for side in sides for i in side]
    run = sorted(
        i
        for side in sides
        for i in itertools.takewhile(
            lambda i: (
                _ACT.search(blocks[i].text)
                or _PRICE.search(blocks[i].text)
                or _icon(blocks[i])
                or topic.shared([blocks[i].text], [t for t in box if t != blocks[i].text]) < _SHARED_MAX
            ),
            side,
        )
    )
    if not run or not _sells(blocks, run, button, lent):
        return None
    texts = [blocks[i].text for i in run]
    calls = any(_ACT.search(t) for t in (*texts, button)) or (
        button != "" and _URGENT.match(button) is not None
    )
    prices = any(_PRICE.search(t) for t in (*texts, lent))
    if any(_lead_magnet(t) for t in texts):
        return run
    if _own_box_beside(blocks, seed, run, topic):
        return None
    if calls and prices:
        if _own_offer(blocks, kept, sorted({*run, seed, *(i for side in sides for i in side)}), topic):
            return None
        card = _card_after_the_text(blocks, kept, seed)
        if card is None:
            return _with_card_lines(blocks, run, seed, sides)
        return None if _spec_card(blocks, card, topic) else sorted({*run, *card})
    if item:
        return None  # an item's lines beside the button every item has (_item_buttons): the article's list
    if _card_of_the_article(blocks, kept, seed, run, topic):
        return None
    if topic.shared([t for t in texts if words(t)]) >= _SHARED_MAX:
        return None
    return _with_card_lines(blocks, run, seed, sides)


def _own_box_beside(blocks: Sequence[Block], seed: int, run: Sequence[int], topic: _Topic) -> bool:
    """Whether the lines beside a removed button are the text's own box (:func:`fanwen.strip.ownbox.own_box`: a
    label headline, a fact box, the text's subject): a headline and its body, the button's element holding them
    all (an event's 赛事报名 box, a library's 预约方式 box, a fact box beside its 了解更多)."""
    frame = blocks[seed].frame
    while frame is not None and not all(_within(blocks[i].frame, frame) for i in run):
        frame = frame.parent
    if len(run) < 2 or frame is None:
        return False
    if any(paragraph(block.text) for block in blocks if _within(block.frame, frame)):
        return False  # the element is the text's (its paragraphs), no box
    texts = [blocks[i].text for i in run]
    return own_box(texts[0], texts[1:], topic.shared([t for t in texts if words(t)]))


def _with_card_lines(
    blocks: Sequence[Block], run: list[int], seed: int, sides: Sequence[list[int]]
) -> list[int]:
    """An advert's box beside its removed button, with the lines beside it that its card's element holds: a
    platform's card for the article's own fund names that fund (its name over its 近一年 figure and its 立即买入),
    a line on the topic that the run stopped at, yet a line of the card. The card is the element
    holding the button (not the region itself), holding no paragraph of the article's."""
    frame = blocks[seed].frame
    if frame is None:
        return run
    inside = [i for i in (j for side in sides for j in side) if _within(blocks[i].frame, frame)]
    if any(paragraph(blocks[i].text) for i in inside):
        return run
    return sorted({*run, *inside})


def _within(frame: Frame | None, box: Frame) -> bool:
    while frame is not None and frame is not box:
        frame = frame.parent
    return frame is box


def _card_of_the_article(
    blocks: Sequence[Block], kept: Sequence[bool], seed: int, run: Sequence[int], topic: _Topic
) -> bool:
    """Whether the lines beside a removed block are an info card of the article's own (a course notice's 开课信息,
    a doctor's card, an event's sign-up box): the element holding the removed block holds them and no paragraph,
    and it holds a kept line the box did not take that is the article's, a field with no price or call
    (上课时间：…, 出诊时间：…) or a line on the article's topic (活动报名). Such a card's price is a fact of what the
    article tells of (学费, 挂号费, 材料费), not an offer: an advert card's lines are all off the topic. A card that
    names its shop or its sales (``_SHOP_CARD``: 券后, 已售, 旗舰店…) is a shop's, whatever goods it names: a news
    report's card selling the tea the report tells of (券后 ￥168 已售2.1万件 under its name) is no info card of the
    report's (issue 11, session 19: blind set AJ)."""
    frame = blocks[seed].frame
    if frame is None:
        return False
    inside = [i for i, block in enumerate(blocks) if block.frame is frame]
    if any(paragraph(blocks[i].text) for i in inside):
        return False  # the element is the text's (its paragraphs), no card
    if any(_SHOP_CARD.search(blocks[i].text) for i in inside):
        return False
    box = [blocks[i].text for i in run]
    for i in inside:
        text = blocks[i].text
        if i == seed or i in run or not kept[i] or _icon(blocks[i]) or not words(text):
            continue
        if _ACT.search(text) or _PRICE.search(text):
            continue
        if _FIELD.match(text) is not None or topic.shared([text], box) >= _SHARED_MAX:
            return True
    return False


# A shop's card names its shop and its sales (旗舰店, 月销, 已售, 包邮, 券, 到手价; a mall, a cut price: 官方商城,
# 下单立减50元, 满300减30, review of 9da94a1): never a review's own spec card.
_SHOP_CARD = re.compile(
    r"店铺|旗舰店|专营店|商城|自营|月销|销量|已售|包邮|优惠|领券|券后|到手价|秒杀|特价|限时|赠品|折扣|"
    r"下单|[立直]减|直降|满\d+减|返现"
)


def _card_after_the_text(blocks: Sequence[Block], kept: Sequence[bool], seed: int) -> list[int] | None:
    """The lines of the card holding a removed button after the text's last paragraph, where it lists its product's
    facts: its element holds no paragraph, a kept paragraph stands before it and none after it, and two of its kept
    lines are fields (``_FIELD``: 重量：58克, 续航：约70小时) with no price or call. A field line is no line a box's run
    takes (it is the article's in the text's flow), so such a card is told whole: :func:`_spec_card`."""
    frame = blocks[seed].frame
    if frame is None:
        return None
    inside = [i for i, block in enumerate(blocks) if i != seed and _within(block.frame, frame)]
    if not inside or any(paragraph(blocks[i].text) for i in inside):
        return None
    if any(kept[i] and paragraph(blocks[i].text) for i in range(max(inside) + 1, len(blocks))):
        return None
    if not any(kept[i] and paragraph(blocks[i].text) for i in range(min(inside))):
        return None
    facts = [
        i
        for i in inside
        if kept[i]
        and _FIELD.match(blocks[i].text) is not None
        and not (_ACT.search(blocks[i].text) or _PRICE.search(blocks[i].text))
    ]
    return inside if len(facts) >= 2 else None


def _spec_card(blocks: Sequence[Block], card: Sequence[int], topic: _Topic) -> bool:
    """Whether a card listing facts after the text (:func:`_card_after_the_text`) is the article's own spec card (a
    review's 轻羽X2 参数 / 重量：58克 / 续航：约70小时 / 参考价：¥399 over 立即购买): it names the title's topic, and no shop
    nor sale (``_SHOP_CARD``: 旗舰店, 月销, 包邮…) nor site product (``_SITE_PRODUCT``). Another product's card (云帆K7
    机械键盘 under a mouse's review, 轻羽X3 参数 under 轻羽X2's: its head's model code is not the title's) or a shop's
    goes whole, its fact lines with it (issue 11)."""
    lines = [blocks[i].text for i in card]
    if any(_SHOP_CARD.search(text) or _SITE_PRODUCT.search(text) for text in lines):
        return False
    # Its head naming a model the title does not (轻羽X3 参数 under a review of 轻羽X2) is another model's card of
    # the brand the title names (review of 9da94a1).
    head = _models(lines[0])
    if head and topic.models and not head & topic.models:
        return False
    return bool(topic.title & set().union(*(words(text) for text in lines)))


def _own_offer(blocks: Sequence[Block], kept: Sequence[bool], box: Sequence[int], topic: _Topic) -> bool:
    """Whether a box that calls and prices is the article's own offer (:func:`own_offer`), its words told against
    the rest of the article as the pass tells a topic."""
    texts = [blocks[i].text for i in box if words(blocks[i].text)]
    if not texts or topic.shared(texts) < _SHARED_MAX:
        return False
    return own_offer(
        blocks,
        kept,
        box,
        topic.title,
        lambda i: topic.shared([blocks[i].text], [t for t in texts if t != blocks[i].text]),
    )


# What an article says when the offer in its text is its own: it announces the sale or the sign-up (a release's
# 售价/开售/预约, a notice's 报名/名额/门票). A site's own product words mark the site's selling, never an article's.
_ANNOUNCES = re.compile("售价|开售|发售|上市|预售|预订|预约|报名|订购|票价|门票|收费|定价|名额|认购")
_ANNOUNCE_WORDS = frozenset(_ANNOUNCES.pattern.split("|"))
_SITE_PRODUCT = re.compile(r"下载券|积分|金币|VIP|vip|会员|全站|打包|开通|(?:AI|ai)\s*(?:智能)?写作|智能写作")


def own_offer(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    box: Sequence[int],
    title: set[str],
    shared: Callable[[int], float],
) -> bool:
    """Whether a price box on the article's topic (a third of its words the article's: the caller tells it) is the
    article's own offer, told in its text: a press release's product with its price and 立即预约, an event notice's
    fee and its sign-up button. Its lines (the ones the box took and the ones beside them: a card's name) name the
    title's topic (``title``: the title's words; 星河Fold, 分享会), each line of it that neither prices nor calls
    is on the topic (``shared``: a line's share of the article's words; a clinic's off-topic label 门店套餐 over
    its package for the guide's own surgery marks an advert's card), and the box stands in the text's flow, a
    paragraph of the article's kept above it and below it. An advert's box is off the topic; an advert for the
    article's own subject appended after the text (a shop's card under a review's verdict) is in no flow
    (issue 11). The article tells of the sale or the sign-up itself (``_ANNOUNCES`` in the title or in a kept block
    outside the box: 正式开售, 名额有限, 报名方式): a third party's course on the topic (考研英语冲刺班 ¥399 立即预约
    amid a study guide) shares the topic's words and no more. A site's own product (下载券, VIP, 会员, 全站打包, 开通,
    AI写作: ``_SITE_PRODUCT``) is never the article's (review of issue 11, N6, N7)."""
    lines = [blocks[i].text for i in box]
    if any(_SITE_PRODUCT.search(text) for text in lines):
        return False
    if not title & set().union(*(words(text) for text in lines)):
        return False
    inside = set(box)
    if not title & _ANNOUNCE_WORDS and not any(
        kept[i] and i not in inside and _ANNOUNCES.search(blocks[i].text) for i in range(len(blocks))
    ):
        return False
    if any(
        words(blocks[i].text)
        and not (_ACT.search(blocks[i].text) or _PRICE.search(blocks[i].text))
        and shared(i) < _SHARED_MAX
        for i in box
    ):
        return False
    first, last = min(box), max(box)
    return any(kept[i] and paragraph(blocks[i].text) for i in range(first)) and any(
        kept[i] and paragraph(blocks[i].text) for i in range(last + 1, len(blocks))
    )


def _sells(blocks: Sequence[Block], run: Sequence[int], button: str, lent: str) -> bool:
    """Whether a box tells it sells: a call in its lines or its button, an icon line; beside a card's part the rules
    removed (``lent``, its text: a button, a short price line), a price in it or in the lines. An advert the rules
    removed beside the lines is no such sign by itself (review S2): the article's own short lines (verse, a list of
    names, a schedule's items) are off the topic's words by nature, and an advert label may stand between two of
    them; nor is a price in a line beside an advert sentence (review S1: a list of prices)."""
    texts = [blocks[i].text for i in run]
    return (
        (button != "" and (_URGENT.match(button) is not None or _ACT.search(button) is not None))
        or (lent != "" and any(_PRICE.search(t) for t in (*texts, lent)))
        or any(_ACT.search(t) for t in texts)
        or any(_icon(blocks[i]) for i in run)
    )


def button_shaped(block: Block) -> bool:
    """A link line of a button's length (立即加入 →, 购买课程): a box's button, whichever rule removed it."""
    return block.link_density >= 0.9 and len(block.text) <= _BUTTON_MAX_CHARS


def button_drawn(block: Block) -> bool:
    """A line of a button's length drawn as one by its link or by its own class (``<p class="card_btn">``), no link
    in it: a card's button (session 24)."""
    return button_shaped(block) or (
        len(block.text) <= _BUTTON_MAX_CHARS and _BUTTON_LOOK.search(block.style or "") is not None
    )


def _side_lines(blocks: Sequence[Block], kept: Sequence[bool], seed: int, step: int) -> list[int]:
    """The lines on one side of a removed button that may be its box's, by their shape alone, nearest first."""
    side: list[int] = []
    other = seed + step
    while 0 <= other < len(blocks) and len(side) < _BOX_LINES and _left_line(blocks, kept, other, step):
        side.append(other)
        other += step
    if side and _introduced_list(blocks, kept, seed, step):
        return []
    # A sentence (its own final stop) is a box's line only under the box's name, a line of no sentence above it
    # (a card's description); else it is the article's, and the box ends before it (review R5).
    for k, index in enumerate(side):
        if _SENTENCE_END.search(blocks[index].text) and (
            step == 1 or k + 1 >= len(side) or _SENTENCE_END.search(blocks[side[k + 1]].text)
        ):
            return side[:k]
    return side


def _introduced_list(blocks: Sequence[Block], kept: Sequence[bool], seed: int, step: int) -> bool:
    """Whether the short lines on one side of a removed block are a list a line of the article's introduces with
    its colon (…下面是几样常点的：, then its items): the article's, whatever they name or price (review S1). Above the
    block: the first kept line above the run of short lines ends in a colon; below it: the line right above the
    removed block does (the advert stood between the lead-in and its list). A sentence between ends the walk."""
    index = seed - 1
    # Above: up the run of short lines of no sentence (a list's items); a sentence ends the walk (no lead-in).
    while step == -1 and index >= 0 and _left_line(blocks, kept, index, step):
        if _SENTENCE_END.search(blocks[index].text):
            return False
        index -= 1
    return index >= 0 and kept[index] and blocks[index].text.rstrip().endswith((":", "："))


def _left_line(blocks: Sequence[Block], kept: Sequence[bool], index: int, step: int) -> bool:
    """Whether a kept block may be a line of a box by its shape: short, no heading, no line of the article's."""
    block = blocks[index]
    if not kept[index]:
        return False
    if _icon(block):
        return True
    text = block.text
    sells = _ACT.search(text) is not None or _PRICE.search(text) is not None
    if (
        block.heading
        or block.caption  # a picture's caption under it (▲ …（图/…）), the article's (session 27)
        or len(text) > _LINE_MAX_CHARS
        or text.rstrip().endswith((":", "："))
        or not (sells or words(text))  # a number (a table's cell) tells no topic; a price sells
        or HEADING_NUMBER.match(text) is not None  # the article's numbered part, point or clause
        or _ITEM_NUMBER.match(text) is not None
        or (_FIELD.match(text) is not None and not sells)  # a field of the article's (售价：0元)
        or INNER_STOP.search(text) is not None  # two sentences: the article's prose
    ):
        return False
    after = index + 1
    # A line right above the article's paragraph heads it.
    return not (step == 1 and after < len(blocks) and kept[after] and paragraph(blocks[after].text))


def _lead_magnet(text: str) -> bool:
    """A call whose only object is a titled work: 免费领取《…》, a lead form's offer, whatever its title names.

    >>> _lead_magnet("免费领取《盆栽养护手册》"), _lead_magnet("免费领取《盆栽养护手册》，已有千人领取")
    (True, False)
    """
    found = _ACT.match(text.strip())
    if found is None:
        return False
    return _TITLED_WORK.fullmatch(text.strip()[found.end() :].strip()) is not None


def _grow(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    seed: int,
    topic: _Topic,
    items: frozenset[int] = frozenset(),
) -> list[int] | None:
    """The box around ``seed``, or None when it is no box: not set apart, or on the article's topic. A removed button
    every item of a list has (``items``) sets no box apart: the lines beside it are the list's item."""
    run = [seed]
    # Below: a short off-topic line, a button or an icon; a short line only when a box line follows it
    # (a tag line above the button), never a heading the article's text follows.
    for step in (1, -1):
        other = seed + step
        while 0 <= other < len(blocks):
            block = blocks[other]
            if _icon(block) and kept[other]:
                run.append(other)
            elif _button(block):
                if kept[other]:
                    run.append(other)
                else:
                    break  # a removed button closes the box
            elif (
                kept[other]
                and len(block.text) <= (_LINE_MAX_CHARS if step == 1 else _LABEL_MAX_CHARS)
                and not block.heading
                and words(block.text)  # a number (a table's cell) tells no topic
                and topic.shared([block.text]) < _SHARED_MAX
                and (step == -1 or _box_follows(blocks, kept, other))
            ):
                run.append(other)
                if step == -1:
                    break  # one label above the box (赞助), no more
            else:
                break
            other += step
    run.sort()
    texts = [blocks[i].text for i in run]
    # A box that both calls and prices (套餐 ¥399 起 … 立即预约) sells whatever it names, the article's own subject
    # too; a lone sentence that tells of both is the story's (review R5).
    sells_twice = (
        not (len(run) == 1 and PROSE_END.search(texts[0]) is not None)
        and any(_ACT.search(t) for t in texts)
        and any(_PRICE.search(t) for t in texts)
    )
    if topic.shared(texts) >= _SHARED_MAX and not sells_twice:
        return None
    if sells_twice and _own_offer(blocks, kept, run, topic):
        return None
    around = [blocks[i] for i in (run[0] - 1, run[-1] + 1) if 0 <= i < len(blocks) and i not in items]
    # A price or a link inside the line sets a box's line apart, not a sentence of the story: a lone
    # complete sentence (its own final stop) tells of a purchase, a download or a booking (review R5).
    inline_signs = not (len(run) == 1 and PROSE_END.search(texts[0]) is not None)
    apart = (
        (inline_signs and any(_PRICE.search(t) for t in texts))
        or (inline_signs and any(0 < blocks[i].link_density < 0.9 for i in run))
        or any(_button(b) for b in around)
        or any(_button(blocks[i]) or _icon(blocks[i]) for i in run)
        or (_LABEL.match(texts[0]) is not None and _NUMBERED_LABEL.match(texts[0].lstrip()) is None)
    )
    return run if apart else None


def _box_follows(blocks: Sequence[Block], kept: Sequence[bool], index: int) -> bool:
    """Whether the block after ``index`` is a box's line: a button, or a short line with a call."""
    after = index + 1
    if after >= len(blocks):
        return False
    block = blocks[after]
    return _button(block) or (
        kept[after] and len(block.text) <= _SEED_MAX_CHARS and _ACT.search(block.text) is not None
    )


def is_banner(text: str) -> bool:
    """Whether a line is a banner's: a bracketed label opening it, fragments and no sentence, the call ending
    it. Such a line is an advert whatever it names, the article's own subject too.

    >>> is_banner("【软件下载】某某地图 安卓版 立即下载"), is_banner("【第三步】打开应用 点击立即下载")
    (True, False)
    >>> is_banner("【提示】盆土干透再浇，立即浇透"), is_banner("【好物】立即下载 某某地图")
    (False, False)
    """
    text = _TRAILING.sub("", text)
    if _LABEL.match(text) is None or _NUMBERED_LABEL.match(text.lstrip()) or _CLAUSE_MARK.search(text):
        return False
    return any(found.end() == len(text) for found in _ACT.finditer(text))


def _told_by_shape(blocks: Sequence[Block], seed: int, rules: Sequence[str | None]) -> list[int] | None:
    """The box around ``seed`` where its shape tells it, the topic aside: a banner's line, a lead form's offer of a
    titled work (:func:`_lead_magnet`), or a short call label
    (配件加购) right beside a block one of the rules' advert families removed (the card it labels)."""
    text = blocks[seed].text
    if is_banner(text) or _lead_magnet(text):
        return [seed]
    if len(_MEANINGFUL.findall(text)) > _LABEL_MAX_CHARS:
        return None
    # The removed blocks right above or below it (a card's linked name, then its prices): one an advert's.
    for step in (-1, 1):
        run = [seed + step * k for k in range(1, _CARD_LINES + 1)]
        beside = [rules[i] for i in run if 0 <= i < len(rules)]
        removed = beside[: next((k for k, rule in enumerate(beside) if rule is None), len(beside))]
        if any(rule.startswith(_ADVERT_RULES) for rule in removed if rule is not None):
            return [seed]
    return None
