"""Learned site boilerplate: a block a site repeats across many of its articles is not article.

No rule has to name it: a slogan, a site-specific call to action or a disclaimer shows itself
by recurring. The decision is pure and lives here; the counts are kept by the caller (the
strip pipeline persists them in the ``boilerplate_blocks`` table, see
:mod:`fanwen.db.boilerplate`).

Precision guards, because 范文 sites repeat article text too (``一、指导思想``,
``尊敬的各位领导：``, ``谢谢大家！``): a block counts at most once per article; only blocks of
``min_chars``..``max_chars`` are candidates (a long paragraph two articles share is a quotation
or a copied essay, not a template: a long block is counted only where it stands at the
text's edge, and goes only where nothing of the article's own stands between it and the edge,
:func:`learned_edges`); heading-shaped lines and salutations never are; and a block
must be in at least ``threshold`` articles *and* in ``min_share`` of the site's articles seen.

Memory stays bounded on a long crawl by lossy counting (Manku and Motwani, 2002): every
``window`` articles of a site, the blocks seen too rarely to matter are forgotten. A count is
then at most ``articles / window`` below the truth (0.1 % of the articles by default), on the
safe side: a block is never taken for boilerplate because of forgetting, and a block that is
boilerplate by a clear margin stays so. Without it every short paragraph of every article
stayed in memory: about 9 MB at 20,000 articles of the demo site (docs/performance.md).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from fanwen.items import Block

_SPACE = re.compile(r"[\s\u3000\xa0]+")
# Article lines that legitimately recur across a site's articles: numbered headings,
# salutations and sign-offs ending in a colon, bare dates.
# Matched at the start only, and the colon tested by endswith: a search for the whole
# alternation ("…|[：:]$|…") tried it at every character of every block, four times a block.
_ARTICLE_SHAPED = re.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[，,、])"
    r"|[\d年月日\s.\-/]+$"
)
# What "[：:]$" matches: a colon at the end, or before a final line break.
_COLON_ENDS = ("：", ":", "：\n", ":\n")
ARTICLES_KEY = "*"  # the key under which the number of articles seen per site is counted
# A stock sentence that quotes the page's own title (a lead "this essay 《…》 was collected by
# our editors", a closing "liked 「…」? share it") differs from page to page by the title
# alone. It is counted, decided and stored (its sample) with the quoted title replaced by this
# mark, so that it recurs as the template's other lines do. Only a title in quotation marks:
# an article's own sentences name their subject unquoted, and a site whose paragraphs all
# restate the title that way is writing the same article again. Titles shorter than
# MIN_TITLE_CHARS are in too many sentences by chance.
TITLE_MARK = "⟨标题⟩"
MIN_TITLE_CHARS = 4
_QUOTES = (
    ("《", "》"),
    ("「", "」"),
    ("『", "』"),
    ("“", "”"),
    ('"', '"'),
    ("【", "】"),
    ("〈", "〉"),
    ("‘", "’"),
)
# A stock line that names the page's own address (a blog platform's 转载请保留原文链接：https://…/p/
# 18823041.html, a 本文地址：… line) differs from page to page by the address alone: it is counted
# and decided with every web address in it replaced by this mark, as a quoted title is.
URL_MARK = "⟨网址⟩"
_URL = re.compile(r"(?:https?://|www\.)[!-~]+", re.I)
# The rule names of the two learned decisions (recorded with what they removed).
LEARNED = "learned-boilerplate"
LEARNED_SLOT = "learned-slot"
# A slot's label opening a block: a bracketed one (【好物推荐】, ［温馨提示］) or a short head before a
# colon (温馨提示：). Not a numbered one: 【第一天】, 误区二：, 【1】 number the article's own parts.
_SLOT_LABEL = re.compile(
    r"[【［\[〖〔]\s*([^】］\]〗〕\s]{2,8})\s*[】］\]〗〕]"
    r"|([^\s\d，。：:！？、；,;.!?（）()【】［］\[\]“”\"'《》「」]{2,6})[：:]"
)
# A form's line to fill in (甲方（盖章）：________, 签订日期：____年__月__日): a 范文 template's own blanks, which every
# contract or application of a site repeats word for word; never the site's template.
# (Its first character apart: re scans a text for a pattern's opening class in C, and for no opening repeat, which
# it tries at every character: 1 against 3 µs a paragraph, each of an article's short blocks asked once.)
_BLANK = re.compile(r"[_＿﹍﹎][_＿﹍﹎]{2,}")
_NUMBERED = re.compile(r"[\d０-９一二三四五六七八九十百千零〇两第]")
# A clause break inside the text after the label, or a work's title in quotation marks: a slot's
# line says something (an offer, a reminder) or points to a work (【灯下书单】《一条河的四季》); a field
# names a value (地点：县政府三楼会议室, 时间：5月6日上午9:00), and an article's fields repeat their
# values from page to page (the same hall, the same two contacts).
_CLAUSE_BREAK = re.compile(r"[，,；;。！!？?]|《[^》]+》|「[^」]+」|“[^”]+”")
_FINAL_MARKS = "。.！!？?；;，, "
# A sentence's end: a short line without one (a by-line, （完）) is no paragraph of the article's.
_SENTENCE = re.compile(r"[。！？!?]")
# A long template block speaks of the publication itself: the text, the site, their use and rights, what
# they are not (a 风险提示's 本文观点仅供参考, 不构成投资建议; a 版权声明's 本站, 转载, 侵权). A standard clause
# every article of a kind shares (a contract's 本合同未尽事宜, a notice's 纪律与监督, a series' 前情提要)
# speaks of its own matter, and recurring at the edge alone does not tell it from a template's: a long
# block must name two of these (:func:`speaks_of_publication`).
_PUBLICATION = re.compile(
    r"本文|本站|本网|本平台|本公众号|本号|本刊|本报|文章|观点|仅供参考|不构成[^。；]{0,12}(?:建议|依据|推荐|要约|保证)"
    r"|投资有风险|投资需谨慎|入市需谨慎|风险提示|版权|著作权|转载|摘编|免责|侵权|作者所有|原创"
)
# A credit line the walk passes though it differs per article: a role's label opens it (责任编辑：王五,
# （本文作者：张伟，…。）), or it is too short to say anything of the article's own (（完）).
_CREDIT = re.compile(
    r"^\W{0,2}(?:本文)?(?:责任编辑|责编|編輯|编辑|作者|记者|通讯员|来源|來源|审核|校对|审校|统筹|监制|出品|排版|美编)\s*[：:（(\s]"
)
# A question is dialogue (an interview's 记者：…？, 问：…？), never a template's slot.
_QUESTION_END = re.compile(r"[？?]\W*$")
# A label naming a person's part in the article (a by-line's 记者：X，通讯员：Y, 整理：, 来源：) heads the
# article's metadata: a newsroom's two or three reporter pairs rotate as a slot's stock texts do.
_ROLE_LABEL = re.compile(
    r"(?:记者|記者|作者|编辑|編輯|责编|責編|通讯员|通訊員|实习生|實習生|摄影|攝影|撰文|撰稿|采写|採寫|整理|口述|主持人?|来源|來源|出处|出處)$"
)
# What a template's rotating slot may say and a writer's labelled line rarely does: an offer (an
# order, a price cut, free post, a first order, a coupon, a mini-program to buy in; not 购买 or 优惠
# alone, which a tip or a report says: 购买排骨时, 优惠政策). Extra evidence only, beside the
# template's (a slot's line is labelled and set apart from the body whatever it says): a slot's
# line that offers goes once its text is in another article, before its texts are seen to rotate. A
# first crawl of four pages holds three of a slot's texts, one of them twice: the counts of a tip
# box two recipes of four share.
_OFFER = re.compile(
    r"下[单單]|包[邮郵]|免[运運]费|[立直][减減降]|首[单單]|[领領]券|[优優]惠券|秒[杀殺]|小程序|特[价價]"
    r"|限[时時](?:[优優]惠|特惠|折扣|秒[杀殺]|[抢搶][购購])|[¥￥]\s*\d"
)
SLOT_MARK = "§"  # opens a slot's key: block keys are hexadecimal, so the two never meet
# The count of a block seen in one article of this run and in none before (not in the counts the
# run loaded): 1, but not handed to the store yet (see :meth:`BoilerplateCounts.take_pending`).
# Nearly every short block is one article's own paragraph (98.5 % of the 86,548 a crawl of 2,000
# real-shape articles counted), never seen again and forgotten at the run's end: written only
# once a second article shows it, the store writes about 1 row an article instead of 43
# (docs/performance.md). A held block's count is negative: HELD less the windows it may have
# missed (lossy counting's ``_missed``, kept there for the blocks counted twice or more: nearly
# every block first seen after a scope's first window was an entry of its own there, 2.1 MB at
# 4,000 real-shape articles). Every comparison the decisions make is with 2 or more, where a
# negative count and 1 are alike.
HELD = -1


@dataclass(frozen=True)
class BoilerplateOptions:
    """``threshold`` articles and ``min_share`` of the site's; blocks of ``min_chars``..``max_chars``."""

    threshold: int = 5
    min_share: float = 0.3
    min_chars: int = 6
    max_chars: int = 200
    window: int = 1000  # articles of a site between two forgettings (lossy counting)
    column_share: float = 0.8  # in a column (see scopes) a block must be in this share of its articles
    # A scope of a few articles (a user's first crawl of a small site, the first pages of any
    # crawl): a block in ``min_articles`` of them and in ``column_share`` of them is its
    # template's before ``threshold`` articles hold it (3 of 3, 4 of 4, 4 of 5; from 6 articles
    # on, ``threshold`` and the share decide as before). See :meth:`BoilerplateCounts.learned`.
    min_articles: int = 3
    # A long block (over ``max_chars``) is counted where it stands at the text's edge: among the
    # first ``edge`` or the last ``edge`` long blocks of the article (see :func:`edge_blocks`).
    edge: int = 2

    @property
    def least(self) -> int:
        """The fewest articles a block may be boilerplate in, in any scope."""
        return min(self.threshold, self.min_articles)


def scopes(site: str, url: str | None) -> tuple[str, ...]:
    """Where an article's blocks are counted: its site, and its column, the folder its URL is
    in (``site /xinde/``), when it is not the site's root.

    A column's editor pastes a stock lead into every article of that column: in the column it
    is in nearly every article, in the whole site only in that column's share. In a column a
    block must be in ``column_share`` (80 %) of the articles, not the site's ``min_share``:
    a real paragraph several articles of a small column share (5 of the demo's 11 评论
    articles quote one) is in some of them, the stock lead in all. Columns come from
    the URL, never from the crawl (the menus a crawl happened to see first), so that what an
    article is counted in does not depend on the order pages arrive.

    >>> scopes("demo", "http://x.cn/xinde/2001.html"), scopes("demo", "http://x.cn/a.html")
    (('demo', 'demo /xinde/'), ('demo',))
    """
    path = urlsplit(url or "").path
    folder = path[: path.rfind("/") + 1]
    return (site, f"{site} {folder}") if len(folder) > 1 else (site,)


def is_column(scope: str) -> bool:
    """Whether a scope of :func:`scopes` is a column (``site /folder/``) rather than a site."""
    return scope.endswith("/") and " /" in scope


# Asked of each block of an article several times (is_candidate, observe_in, learned).
@lru_cache(maxsize=1024)
def masked(text: str, title: str | None) -> str:
    """``text`` with the article's ``title``, where it quotes it, replaced by :data:`TITLE_MARK`.

    >>> masked("喜欢「阳台种番茄」的话，记得点个赞", "阳台种番茄")
    '喜欢「⟨标题⟩」的话，记得点个赞'
    >>> masked("喜欢「番茄」的话，记得点个赞", "番茄")  # too short to tell
    '喜欢「番茄」的话，记得点个赞'
    >>> masked("阳台种番茄的第一步是选苗", "阳台种番茄")  # the article's own sentence
    '阳台种番茄的第一步是选苗'
    >>> masked("转载请注明出处：https://blog.example.cn/p/88.html", None)  # the page's own address
    '转载请注明出处：⟨网址⟩'
    """
    if "://" in text or "www." in text:
        text = _URL.sub(URL_MARK, text)
    if not title or len(title) < MIN_TITLE_CHARS or title not in text:
        return text
    for opening, closing in _QUOTES:
        quoted = f"{opening}{title}{closing}"
        if quoted in text:
            text = text.replace(quoted, f"{opening}{TITLE_MARK}{closing}")
    return text


def slot_label(text: str, least: int = 6) -> str | None:
    """The label a (masked) block opens with, where it opens a slot's line: a bracketed or a
    colon head, not numbered, then ``least`` characters or more with a clause break or a quoted
    title inside.

    >>> [slot_label(t) for t in ("【好物推荐】同款燕麦片，点击下方小程序下单", "温馨提示：雨天路滑，出行注意安全")]
    ['好物推荐', '温馨提示']
    >>> [slot_label(t) for t in ("【第一天】古镇老街，一碗米糕", "误区二：喷剂都有激素，能不用就不用", "【导语】", "春天来了，万物复苏。")]
    [None, None, None, None]
    >>> slot_label("【灯下书单】《一条河的四季》")  # a work's title
    '灯下书单'
    >>> slot_label("地点：县政府三楼第二会议室。")  # a field's value
    >>> [slot_label(t) for t in ("指导老师：王丽，县实验小学语文教师", "难度：简单，新手也能做")]  # and its gloss
    [None, None]
    >>> [slot_label(t) for t in ("温馨提示：天冷，注意保暖。", "【推荐】好书，限时五折")]  # a bid, an offer
    ['温馨提示', '推荐']
    """
    match = _SLOT_LABEL.match(text)
    if match is None:
        return None
    label = match.group(1) or match.group(2)
    rest = text[match.end() :].rstrip(_FINAL_MARKS)
    if _NUMBERED.search(label) or len(_SPACE.sub("", rest)) < least or not _CLAUSE_BREAK.search(rest):
        return None
    squeezed = _SPACE.sub("", rest)
    field = _FIELD_VALUE.fullmatch(squeezed) and not _BIDDING.search(squeezed) and not _offers(rest)
    return None if field else label


# The strip rules' cues (rules.toml ``[cues]``) of an offer: a shop's deal, a free thing, a claim, a buy button;
# and of a call or an advert: a way to reach a seller, a button, a join, a claim, a free thing, a one-click tool,
# an app, a service, an address, a source's label, a site's announcement.
_OFFER_CUES = ("promo", "freebie", "claim", "buy_now")
_CALL_CUES: tuple[str, ...] = ("contact", "reach", "buy_now", "join", "claim", "freebie", "oneclick")
_CALL_CUES += ("app_name", "service_offer", "domain", "label", "series")


@lru_cache(maxsize=2)
def _cues(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The strip rules' cues of these names, compiled once."""
    from fanwen.strip import bundled_cues  # fanwen.strip imports this module: read the cues late

    cues = bundled_cues()
    return tuple(cues[name] for name in names)


# The reader's own act a banner line asks for (——写不出来？试试…——, 点击查看, 长按识别): no article sentence
# tells its reader to click or scan.
_READERS_ACT = re.compile(r"试试|点击|点此|戳这里|扫码|扫一扫|长按|下载|订阅")
# The page speaking of itself with no call word (review of 34bcafe): a word naming the copy or the site as such (原创不易，
# 感谢支持！ （本文系作者授权发布） 本站内容持续更新中), the reader asked to share or follow (欢迎分享给身边的朋友, 求个关注,
# 敬请关注, 建议先收藏再看, 欢迎常来看看, 友情提示：内容较长，请耐心阅读) or a pager's or an issue's line (未完待续，下一页
# 更精彩, 本期内容就到这里，我们下期再见, 以上就是今天的全部分享). Read outside quotation marks: a quoted 欢迎关注… is the
# article's. Not 文章/观点 (a stock sentence's 好文章都是改出来的), 版权/转载 (a contract's clause), 关注 alone (我们要始终
# 关注群众的冷暖) nor 欢迎 alone (a speech's 欢迎各位领导莅临指导).
_THE_PAGE_ITSELF = re.compile(
    r"本文(?!件)|本站|本网(?!友)|本平台|本公众号|本号|本刊|本栏目|本期|下期|往期|原创不易|码字不易|作者授权|"
    r"(?:欢迎|敬请|求个?|感谢|谢谢|建议|记得)[^，。！？]{0,6}?(?:关注|分享|转发|点赞|收藏|投稿|订阅|在看)|"
    r"欢迎(?:常来|再来|访问|光临本)|[温友]\S提示|请耐心|以上就是|就到这里|今天的(?:分享|内容)|"
    r"未完|待续|下一页|上一页|下页|翻页"
)
# Quoted words (“…”, 「…」, 『…』): the text quoting them, not the page speaking (fanwen.strip reads outside them too).
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』")


def calls_or_advertises(text: str) -> bool:
    """Whether a short recurring line inside the text calls on the reader or advertises (:data:`_CALL_CUES`,
    :data:`_READERS_ACT`, :data:`_OFFER`, it speaks of the publication, or of the page itself,
    :data:`_THE_PAGE_ITSELF`): only such a line goes as the
    template's between the article's own paragraphs; a quoted passage many articles share there stays.

    >>> calls_or_advertises("——写不出来？试试AI一键生成——"), calls_or_advertises("“绿水青山就是金山银山。”")
    (True, False)
    """
    return (
        _READERS_ACT.search(text) is not None
        or _OFFER.search(text) is not None
        or speaks_of_publication(text)
        or _THE_PAGE_ITSELF.search(QUOTED.sub("", text)) is not None
        or any(cue.search(text) for cue in _cues(_CALL_CUES))
    )


def _offers(text: str) -> bool:
    """Whether a slot's short line offers: :data:`_OFFER` or one of the strip rules' offer cues."""
    return _OFFER.search(text) is not None or any(cue.search(text) for cue in _cues(_OFFER_CUES))


# A field's value and its gloss (指导老师：王丽，县实验小学语文教师; 难度：简单，新手也能做; 适用年级：三年级，
# 上册): a value of a name's or a level's length, then at most one more clause. An article's own field
# that takes one of a few values (its teacher, its difficulty, its grade) has a rotating slot's counts;
# a slot's line says something (a clause of its own before the first break: 雨天路滑，…; a run of
# clauses: 竹制砧板，切菜不打滑，用了三年还像新的), offers (铸铁锅，今晚下单立减二十元) or points to a work (《…》).
_FIELD_VALUE = re.compile(r"[^，,；;。！!？?《「“]{1,3}[，,；;][^，,；;。！!？?《「“]*")
# A field's gloss describes its value (a role, a unit: 县实验小学语文教师, 上册); a slot's short line bids
# the reader after a condition (温馨提示：天冷，注意保暖; 路滑，小心慢行; 记得…; 请…; 勿…), which no gloss does.
_BIDDING = re.compile(r"[，,；;](?:注意|小心|当心|留意|记得|别忘|请|切勿|勿|不要|别)")


def body_look(blocks: Sequence[Block]) -> str | None:
    """The article's own look (Block.style): the one holding most of its characters, where it holds
    half of them or more; None when none does (then no line is known to look otherwise).

    >>> body_look([Block("正文的一段，写得很长很长。", style=">p"), Block("【推荐】别的", style=">p.ad")])
    '>p'
    """
    sizes: dict[str | None, int] = {}
    total = 0
    for block in blocks:
        sizes[block.style] = sizes.get(block.style, 0) + len(block.text)
        total += len(block.text)
    look, size = max(sizes.items(), key=lambda item: item[1], default=(None, 0))
    return look if size * 2 >= total else None


# A block's slot places by its id: its label's (key, sample) and its place's (see slot_places).
_Places = dict[int, tuple[tuple[str, str], tuple[str, str]]]


def slot_places(blocks: Sequence[Block], title: str | None, options: BoilerplateOptions) -> _Places:
    """The template slots an article's blocks stand in, by the block's ``id``: its label's key
    (:func:`slot_key`) and its place's, each with its sample: the label, and the label with the
    line's look and where it stands against the body's lines (before them, among them, after
    them: ``温馨提示 >p.tip after``).

    A slot's line opens with a label (:func:`slot_label`), is set in a look that is not the body's
    (:func:`body_look`: a line set like the article's paragraphs is never a slot's), is no
    question and names no person's part (:data:`_ROLE_LABEL`: a by-line's reporters).

    >>> body = [Block("正文的一段，写得很长很长，很长很长。", style=">p")] * 2
    >>> tip = Block("温馨提示：雨天路滑，出行注意安全", style=">p.tip")
    >>> [len(slot_places([*body, b], None, BoilerplateOptions())) for b in (tip, Block(tip.text, style=">p"))]
    [1, 0]
    """
    held = tuple(blocks)
    if _LAST_PLACES:
        last, last_title, last_options, last_places = _LAST_PLACES[0]
        if (
            last_title == title
            and last_options is options
            and len(last) == len(held)
            and all(a is b for a, b in zip(last, held, strict=True))
        ):
            return last_places
    places = _slot_places(held, title, options)
    _LAST_PLACES[:] = [(held, title, options, places)]
    return places


# A crawl asks for an article's slot places twice: when its blocks are counted (observe_in) and
# when the learned rule decides them (learned). The answer depends on the blocks, the title and
# the options alone; the last one is kept, with the blocks it was for (held, so that no other
# block takes one of their ids while it is kept; the answer is keyed by id). Neither caller
# changes the dict it is given.
_LAST_PLACES: list[tuple[tuple[Block, ...], str | None, BoilerplateOptions, _Places]] = []


def _slot_places(blocks: Sequence[Block], title: str | None, options: BoilerplateOptions) -> _Places:
    look = body_look(blocks)
    if look is None:
        return {}
    body = [index for index, block in enumerate(blocks) if block.style == look]
    places: _Places = {}
    for index, block in enumerate(blocks):
        if block.style is None or block.style == look or not is_candidate(block, options, title):
            continue
        text = masked(block.text, title)
        label = slot_label(text, options.min_chars)
        if label is None or _ROLE_LABEL.search(label) or _QUESTION_END.search(text):
            continue
        where = "before" if index < body[0] else "after" if index > body[-1] else "among"
        place = f"{label} {block.style} {where}"
        places[id(block)] = ((slot_key(label), label), (slot_key(place), place))
    return places


def reads_as_offer(text: str) -> bool:
    """Whether a slot's line says an offer (:data:`_OFFER`): then its texts need not be seen to
    rotate (extra evidence for a small first crawl; the line must stand in a slot all the same).

    >>> [reads_as_offer(t) for t in ("【本周好物】铸铁锅，今晚下单立减二十元", "【好物推荐】益生菌，新人首单仅需9.9元")]
    [True, True]
    >>> reads_as_offer("小贴士：购买排骨时挑肋排，炖出来更香")
    False
    """
    return _OFFER.search(text) is not None


def texts_key(slot: str) -> str:
    """The key under which the distinct texts seen in a slot (:func:`slot_key`) are counted."""
    return slot_key("\x1ftexts\x1f" + slot)


def slot_key(label: str) -> str:
    """The key a slot is counted under, beside the blocks' (:func:`block_key`) in the same table.

    >>> slot_key("好物推荐")[0], len(slot_key("好物推荐"))
    ('§', 16)
    """
    return SLOT_MARK + block_key(label)[:15]


def is_slot_key(key: str) -> bool:
    return key.startswith(SLOT_MARK)


def block_key(text: str) -> str:
    """A short hash of a block's text, ignoring white space.

    >>> block_key("关注本站 天天有新范文") == block_key("关注本站天天有新范文")
    True
    """
    return f"{_number(text):016x}"


# An article's blocks are hashed for each of its scopes (site, column) when counted and again
# when decided: four times each, from one article's worth of texts.
@lru_cache(maxsize=1024)
def _number(text: str) -> int:
    """:func:`block_key` as the number it writes in hex (the first 8 bytes of the SHA-1).

    The text's white space goes by ``str.split`` (what :data:`_SPACE` takes: both are
    ``str.isspace``, tests/test_cpu_cuts_27.py), a fifth of the substitution's cost on an article's
    paragraphs, each of which a crawl hashes once (docs/performance.md, session 27)."""
    return int.from_bytes(hashlib.sha1("".join(text.split()).encode()).digest()[:8], "big")


def _held(key: str) -> int | str:
    """A stored key as the counts hold it: a :func:`block_key` as its number (36 bytes of
    memory, where the string and its (site, key) tuple took 120); any other key as it is."""
    if len(key) == 16:
        try:
            number = int(key, 16)
        except ValueError:
            return key
        if f"{number:016x}" == key:
            return number
    return key


def _stored(key: int | str) -> str:
    return f"{key:016x}" if isinstance(key, int) else key


def is_candidate(block: Block, options: BoilerplateOptions, title: str | None = None) -> bool:
    """Whether a block may be learned as boilerplate at all; with the article's ``title``
    masked (:func:`masked`), its own characters besides the title must be ``min_chars``
    (the title again, or the title and a number, is no template line).

    >>> options = BoilerplateOptions()
    >>> [is_candidate(Block(t), options) for t in ("关注本站，天天有新范文", "一、指导思想明确", "尊敬的各位领导、同事：")]
    [True, False, False]
    >>> [is_candidate(Block(t), options, "阳台种番茄") for t in ("「阳台种番茄」（二）", "喜欢「阳台种番茄」的话，记得点个赞")]
    [False, True]
    """
    if len(block.text) > options.max_chars:
        return False  # whatever the mask leaves of it
    return _candidate(block.text, title, options.min_chars)


# A crawl asks about each block of an article two or three times (counted, its slot's place,
# decided: docs/performance.md, session 19); the answer depends on the text, the title and
# min_chars only.
@lru_cache(maxsize=1024)
def _candidate(text: str, title: str | None, min_chars: int) -> bool:
    text = masked(text, title)
    own = len(text) - len(TITLE_MARK) * text.count(TITLE_MARK) - len(URL_MARK) * text.count(URL_MARK)
    return (
        min_chars <= own
        and not _ARTICLE_SHAPED.match(text)
        and not text.endswith(_COLON_ENDS)
        and _BLANK.search(text) is None
    )


def is_long(block: Block, options: BoilerplateOptions) -> bool:
    """Whether a block is too long to be a short candidate (:func:`is_candidate`) and may be
    counted at the text's edge instead: over ``max_chars``, not a numbered heading's paragraph."""
    return len(block.text) > options.max_chars and not _ARTICLE_SHAPED.match(block.text)


def speaks_of_publication(text: str) -> bool:
    """Whether a long block speaks of the publication itself (:data:`_PUBLICATION`): two different
    words of it, as a disclaimer or a copyright notice does, and a contract's or a notice's standard
    clause does not.

    >>> speaks_of_publication("风险提示：本文观点仅供参考，不构成投资建议。"), speaks_of_publication("本合同未尽事宜，由双方协商。")
    (True, False)
    """
    return len({match.group() for match in _PUBLICATION.finditer(text)}) >= 2


def edge_blocks(blocks: Sequence[Block], options: BoilerplateOptions) -> list[Block]:
    """The long blocks (:func:`is_long`) at the text's edges: the first ``edge`` and the last
    ``edge`` of them, the places a site's long template block stands (a 风险提示 or 免责声明
    closing every article, a 版权声明 opening it).

    A long block two articles share is usually a quotation or a copied passage, and only at an
    edge and word for word on many of a site's articles is it the template's; counting only
    these keeps a crawl from counting every long paragraph of every article.

    Only those that speak of the publication (:func:`speaks_of_publication`) are counted: a long
    block every article of a kind shares as its own text (a contract's closing clause) never recurs.

    >>> options = BoilerplateOptions(max_chars=10, edge=1)
    >>> blocks = [Block("短句。"), Block("本文观点仅供参考，转载请注明。"), Block("第二段很长很长很长很长。"), Block("第三段很长很长很长很长。")]
    >>> [b.text for b in edge_blocks(blocks, options)]
    ['本文观点仅供参考，转载请注明。']
    """
    long = [block for block in blocks if is_long(block, options)]
    edge = options.edge
    edges = long if len(long) <= 2 * edge else [*long[:edge], *long[-edge:]]
    return [block for block in edges if speaks_of_publication(block.text)]


def learned_edges(
    article: Sequence[Block], title: str | None, recurs: Callable[[Block], bool], options: BoilerplateOptions
) -> set[int]:
    """The ``id`` of each long block (:func:`is_long`) of ``article`` that goes as the site's
    template: it ``recurs`` (word for word, title masked, in as many of the site's articles as a
    block must be, counted at their edges: :func:`edge_blocks`) and nothing of the article's own
    stands between it and the text's start or end. Walking in from each edge, a recurring block,
    a credit line (:data:`_CREDIT`: 责任编辑 王五, （本文作者：张伟。）) or a line too short to be a
    candidate (``（完）``) is passed; anything else of the article's own, long or short, ends the
    walk (a writer's signature under a quoted passage, 东关村党支部　王一　2024年3月5日): a passage many
    articles quote in the middle of their text, or before their signature, stays. An article of
    which nothing but recurring blocks would be left is a copy of another (the same essay at a
    second address), and keeps them.

    >>> options = BoilerplateOptions(max_chars=8)
    >>> notice, own = Block("风险提示：投资需谨慎。"), [Block(f"第{n}段写得很长，各不相同。") for n in range(3)]
    >>> recurs = lambda block: block is notice
    >>> [len(learned_edges(blocks, None, recurs, options)) for blocks in ([*own, notice], [*own, notice, Block("责任编辑 王五")])]
    [1, 1]
    >>> [len(learned_edges(blocks, None, recurs, options)) for blocks in ([*own[:2], notice, own[2]], [notice, notice])]
    [0, 0]
    >>> len(learned_edges([*own, notice, Block("东关村党支部　王一")], None, recurs, options))
    0
    """
    taken: set[int] = set()
    for blocks in (article, article[::-1]):
        for block in blocks:
            if is_long(block, options):
                if not recurs(block):
                    break
                taken.add(id(block))
            elif not (recurs(block) or len(block.text) < options.min_chars or _CREDIT.match(block.text)):
                break
    own = any(id(block) not in taken and not recurs(block) for block in article)
    return taken if own else set()


@dataclass
class BoilerplateCounts:
    """Per-site counts of the articles each block was seen in, and the blocks over threshold.

    >>> counts = BoilerplateCounts(BoilerplateOptions(threshold=2))
    >>> for n in range(2):
    ...     counts.observe("site", [Block(f"第{n}篇的正文，不会重复。"), Block("关注本站，天天有新范文")])
    >>> counts.is_boilerplate("site", Block("关注本站，天天有新范文"))
    True
    >>> counts.is_boilerplate("site", Block("第1篇的正文，不会重复。"))
    False
    """

    options: BoilerplateOptions = field(default_factory=BoilerplateOptions)
    # Increments not yet persisted, with a sample text for each key.
    pending: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    # Per site (or column): block -> the articles it was seen in, and the articles counted.
    # Nested and keyed by the hash's number rather than by (site, hex key): a long crawl holds
    # one entry for every distinct short block of every article (about 90,000 at 2,000
    # real-shape articles), and the tuples and strings were two thirds of their memory.
    _blocks: dict[str, dict[int | str, int]] = field(default_factory=dict, repr=False)
    _articles: dict[str, int] = field(default_factory=dict, repr=False)
    # Lossy counting: the most a key's count may lack, the windows passed before it was counted
    # (only where that is not 0: in a site's first window nothing is missed).
    _missed: dict[str, dict[int | str, int]] = field(default_factory=dict, repr=False)

    @property
    def counts(self) -> dict[tuple[str, str], int]:
        """Every count as ``{(site, key): articles}``, the articles seen under ``ARTICLES_KEY``
        (a copy: for tests and reports)."""
        out = {(site, ARTICLES_KEY): n for site, n in self._articles.items()}
        for site, blocks in self._blocks.items():
            out.update(((site, _stored(key)), 1 if n < 0 else n) for key, n in blocks.items())
        return out

    def load(self, site: str, stored: Mapping[str, int]) -> None:
        """Start from the counts stored for ``site`` (block key -> articles), less what lossy
        counting would have forgotten by now."""
        blocks = self._blocks.setdefault(site, {})
        for key, count in stored.items():
            if key == ARTICLES_KEY:
                self._articles[site] = max(self._articles.get(site, 0), count)
            else:
                held = _held(key)
                blocks[held] = max(blocks.get(held, 0), count)
        self._forget(site, self._articles.get(site, 0) // self.options.window)

    def observe(self, site: str, blocks: Iterable[Block], title: str | None = None) -> None:
        """Count one article's blocks (each distinct block once)."""
        self.observe_in((site,), blocks, title)

    def observe_in(self, scopes: Sequence[str], blocks: Iterable[Block], title: str | None = None) -> None:
        """Count one article's blocks (each distinct block once, with the article's ``title``
        masked: :func:`masked`) in each of its ``scopes`` (:func:`scopes`): which blocks are
        candidates, their hashes and their stored keys are found once for all of them."""
        blocks = list(blocks)
        places = slot_places(blocks, title, self.options)
        seen: dict[int, str] = {}
        slots: dict[str, str] = {}
        texts: set[tuple[str, int]] = set()  # (a slot's texts key, the number of a text in it)
        for block in blocks:
            if is_candidate(block, self.options, title):
                text = masked(block.text, title)
                number = _number(text)
                seen.setdefault(number, text)
                for slot, sample in places.get(id(block), ()):
                    slots.setdefault(slot, sample)
                    texts.add((texts_key(slot), number))
        for block in edge_blocks(blocks, self.options):
            text = masked(block.text, title)
            seen.setdefault(_number(text), text)
        stored: list[tuple[int | str, str, str]] = [
            (key, f"{key:016x}", sample) for key, sample in seen.items()
        ]
        stored += [(key, key, sample) for key, sample in slots.items()]
        for site in scopes:
            self._count(site, stored, texts)

    def _count(
        self, site: str, stored: list[tuple[int | str, str, str]], texts: Iterable[tuple[str, int]] = ()
    ) -> None:
        """Count one article in ``site``: its candidates (and their slots) as (held key, stored
        key, sample), and of its slots' ``texts`` (texts key, text), those no article of ``site``
        held before, as one more distinct text of the slot."""
        window = self.options.window
        articles = self._articles.get(site, 0) + 1
        self._articles[site] = articles
        pending = self.pending
        added, _ = pending.get((site, ARTICLES_KEY), (0, ""))
        pending[(site, ARTICLES_KEY)] = (added + 1, "")
        counted = self._blocks.setdefault(site, {})
        missed = (articles - 1) // window
        held = HELD - missed  # one int for the article's held blocks (beyond -5 each is an object)
        for key, hex_key, sample in stored:
            count = counted.get(key)
            if count is None:  # the first sighting: held, nothing for the store yet
                counted[key] = held
                add = 0
            elif count < 0:  # the second: both go to the store
                counted[key] = 2
                add = 2
                if count != HELD:
                    self._missed.setdefault(site, {})[key] = HELD - count
            else:
                counted[key] = count + 1
                add = 1
            added, _ = pending.get((site, hex_key), (0, sample))
            pending[(site, hex_key)] = (added + add, sample)
        for key, number in texts:
            if counted.get(number) == HELD:  # the text is new to the scope: one more of the slot's texts
                count = counted.get(key)
                if count is None and missed:
                    self._missed.setdefault(site, {})[key] = missed
                counted[key] = (count or 0) + 1
                added, _ = pending.get((site, key), (0, ""))
                pending[(site, key)] = (added + 1, "")
        if articles % window == 0:
            self._forget(site, articles // window)

    def _forget(self, site: str, windows: int) -> None:
        """Drop the site's blocks whose count, even with all it may lack, is at most ``windows``."""
        blocks = self._blocks.get(site)
        if not blocks:
            return
        missed = self._missed.get(site, {})
        # A held block's count is -(1 + the windows it may have missed).
        for key in [
            k for k, count in blocks.items() if (-count if count < 0 else count + missed.get(k, 0)) <= windows
        ]:
            del blocks[key]
            missed.pop(key, None)

    def is_boilerplate(self, site: str, block: Block, title: str | None = None) -> bool:
        return bool(self.learned((site,), title)(block))

    def is_learned(self, scopes: Sequence[str], block: Block, title: str | None = None) -> bool:
        """Whether ``block`` is boilerplate in any of an article's ``scopes`` (:func:`scopes`)."""
        return bool(self.learned(scopes, title)(block))

    def learned(
        self, scopes: Sequence[str], title: str | None = None, article: Sequence[Block] | None = None
    ) -> Callable[[Block], str | None]:
        """The learned rule that takes a block of one article (:data:`LEARNED`,
        :data:`LEARNED_SLOT`), or None: each scope's counts and the count a block needs there
        (``threshold`` and the scope's share of its articles) are looked up once for the
        article, not once for each of its blocks.

        A site of a few articles (a user's first crawl may be three pages) never reaches
        ``threshold``: there a block in ``min_articles`` of them and in ``column_share`` of them
        is the template's (3 of 3, 4 of 4, 4 of 5), where every article page of one template
        repeats it.

        >>> counts = BoilerplateCounts()
        >>> for n in range(3):
        ...     counts.observe("site", [Block(f"第{n}篇的正文，各不相同。"), Block("本站招聘兼职编辑，待遇从优")])
        >>> counts.is_boilerplate("site", Block("本站招聘兼职编辑，待遇从优"))  # 3 of 3
        True
        >>> counts.observe("site", [Block("第3篇的正文，各不相同。")])
        >>> counts.is_boilerplate("site", Block("本站招聘兼职编辑，待遇从优"))  # 3 of 4
        False

        A template slot's line (:func:`slot_places`: labelled, in a look not the body's) goes when
        its place (its label, its look, before, among or after the body's lines) is in as many
        articles as a block must be, its texts rotate (the place's distinct texts are at most half
        its articles: a stock few, where a writer's own labelled lines are new on most pages; or
        the line reads as an offer, :func:`reads_as_offer`) and its own text is in another
        article, unless the ``article`` (its blocks) is a copy of
        another: it has candidates of its own, not in a slot and not boilerplate, and every one is
        counted in another article too. Without ``article`` (a stored sample asked alone) the
        line's place is its label's, whatever its look, and the article is taken for no copy.

        >>> counts = BoilerplateCounts()
        >>> goods = ("桂花藕粉，冲一碗当早饭", "手工挂面，煮十分钟不坨")
        >>> def page(n, good, look=">p.goods"):
        ...     return [Block(f"第{n}篇的正文，各不相同，写得长一些。", style=">p"), Block(f"【今日好物】{good}", style=look)]
        >>> for n in range(4):
        ...     counts.observe("site", page(n, goods[n % 2]))
        >>> article = page(4, goods[0])
        >>> counts.observe("site", article)
        >>> counts.learned(("site",), None, article)(article[1])
        'learned-slot'
        >>> counts.learned(("site",), None, article)(Block("【今日好物】第四篇自己写的一句话", style=">p.goods"))
        >>> counts.learned(("site",), None, article)(Block(article[1].text, style=">p"))  # set like the body
        >>> counts.observe("site", article)  # the same article again, at another address
        >>> counts.learned(("site",), None, article)(article[1])
        """
        options = self.options
        needed = [(self._blocks.get(scope, {}), self.needed(scope)) for scope in scopes]
        own: list[list[int]] = []  # per scope, the counts of the article's own candidates (lazily)
        places: _Places | None = None  # its slot lines (lazily)
        edges: set[int] | None = None  # its long blocks at its edges that go (lazily)
        inside: dict[int, bool] | None = None  # its blocks between two of its own (lazily)

        def placed() -> _Places:
            nonlocal places
            if places is None:
                places = slot_places(article, title, options) if article is not None else {}
            return places

        def copied(index: int) -> bool:
            """Whether the article is a copy of another in the ``index``-th scope."""
            if article is None:
                return False
            if not own:
                slots = placed()
                keys = [
                    _number(masked(b.text, title))
                    for b in article
                    if id(b) not in slots and is_candidate(b, options, title)
                ]
                for blocks, count in needed:
                    own.append([n for key in keys if (n := blocks.get(key, 0)) < count])
            # An article with no short line of its own (all its paragraphs long) is no copy for
            # that alone (review W12: a site written in long paragraphs kept its rotating offer).
            return bool(own[index]) and all(n > 1 for n in own[index])

        def recurs(block: Block) -> bool:
            key = _number(masked(block.text, title))
            return any(blocks.get(key, 0) >= count for blocks, count in needed)

        def at_edges() -> set[int]:
            nonlocal edges
            if edges is None:
                edges = learned_edges(article, title, recurs, options) if article is not None else set()
            return edges

        def within(block: Block) -> bool:
            """Whether ``block`` stands between two of the article's own blocks: neither recurring, nor a
            credit line, nor too short to be a candidate."""
            nonlocal inside
            if article is None:
                return False
            if inside is None:
                own = [
                    index
                    for index, b in enumerate(article)
                    if len(b.text) >= options.min_chars and not _CREDIT.match(b.text) and not recurs(b)
                ]
                inside = {id(b): bool(own) and own[0] < i < own[-1] for i, b in enumerate(article)}
            return inside.get(id(block), False)

        def learned(block: Block) -> str | None:
            if not needed:
                return None
            if not is_candidate(block, options, title):
                if not is_long(block, options):
                    return None
                # A long block: at the article's edge (:func:`learned_edges`); a stored one asked
                # alone was counted only where it stood at an edge.
                taken = id(block) in at_edges() if article is not None else recurs(block)
                return LEARNED if taken else None
            text = masked(block.text, title)
            key = _number(text)
            if any(blocks.get(key, 0) >= count for blocks, count in needed):
                # Inside the text, the article's own on both sides, a recurring line goes only where it calls
                # or advertises: a quoted passage or a stock sentence many articles share there stays.
                return LEARNED if not within(block) or calls_or_advertises(text) else None
            if article is None:  # a stored line asked alone: its label's slot, whatever its look
                label = slot_label(text, options.min_chars)
                if label is None or _ROLE_LABEL.search(label) or _QUESTION_END.search(text):
                    return None
                slot = slot_key(label)
            else:
                place = placed().get(id(block))
                if place is None:
                    return None
                slot = place[1][0]
            texts = texts_key(slot)
            for index, (blocks, count) in enumerate(needed):
                articles = blocks.get(slot, 0)
                if (
                    articles >= count
                    and blocks.get(key, 0) >= 2
                    and (2 * blocks.get(texts, 0) <= articles or reads_as_offer(text))
                    and not copied(index)
                ):
                    return LEARNED_SLOT
            return None

        return learned

    def has_slots(self, scope: str) -> bool:
        """Whether some slot is in as many of ``scope``'s articles as a block must be: then its
        texts seen in two articles may be its rotating lines (the crawl's end looks for them)."""
        needed = self.needed(scope)
        return any(
            isinstance(key, str) and is_slot_key(key) and count >= needed
            for key, count in self._blocks.get(scope, {}).items()
        )

    def needed(self, scope: str) -> float:
        """The articles of ``scope`` a block must be in to be boilerplate there: ``threshold``
        and the scope's share of its articles; or, in a scope too small for that (a first crawl
        of a few pages), nearly all of its articles."""
        options = self.options
        share = options.column_share if is_column(scope) else options.min_share
        articles = self._articles.get(scope, 0)
        usual = max(options.threshold, share * articles)
        small = max(options.least, options.column_share * articles)
        return min(usual, small)

    def take_pending(self) -> dict[tuple[str, str], tuple[int, str]]:
        """The increments since the last call (to persist), leaving none pending:
        ``{(site, key): (articles to add, sample)}``.

        A block first seen in this run is held (:data:`HELD`): its entry adds 0 until a second
        article shows it, whose entry then adds 2 (both). The store writes a held block at the
        run's end only where lossy counting keeps a block of one article
        (:meth:`held`); an article the store does not count (not new, refused) gives its held
        blocks back (:meth:`not_counted`)."""
        pending, self.pending = self.pending, {}
        return pending

    def not_counted(self, seen: Iterable[tuple[str, str, str, int]]) -> None:
        """An article whose observations the store did not add (``Article.boilerplate_seen``: it
        was not new, or was refused or dropped): the blocks it was the first to show are no longer
        held, they count 1 with nothing owed to the store (a later sighting adds 1, not 2)."""
        for site, key, _, added in seen:
            if added == 0:
                blocks = self._blocks.get(site)
                held = _held(key)
                count = blocks.get(held) if blocks is not None else None
                if blocks is not None and count is not None and count < 0:
                    blocks[held] = 1
                    if count != HELD:
                        self._missed.setdefault(site, {})[held] = HELD - count

    def held(self) -> Iterator[tuple[str, Iterator[str]]]:
        """Per site (or column), the stored keys of the blocks still held: seen in one article
        of this run and in none before (the end of a run writes them where they are kept).
        Each site's keys are made as they are read (read them before the next site's)."""
        for site, blocks in self._blocks.items():
            yield site, (_stored(key) for key, count in blocks.items() if count < 0)
