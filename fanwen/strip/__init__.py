"""Strip adverts, calls to action and promo footers from an article's blocks, recording each cut.

The rules are data (``rules.toml`` beside this module, plus a profile's own ``[[rule]]``
entries); this module only knows the four ways a rule can cut: a span inside a sentence (a
bracketed notice, a caption), a sentence, a block, or everything after a terminal marker. A rule
names a *family* by its shape: a pattern plus named cues (a label, a domain or handle, an
imperative...) of which enough must be present. Text is folded from traditional to simplified
Chinese before any rule sees it (:func:`fold`), so one rule serves both scripts; what is
recorded as removed is always the page's own text. Precision comes first: a sentence is the smallest thing
removed, a rule's ``unless`` guard vetoes it on article-like wording, and an ``after`` cut
never removes a later block that reads as article prose. Blocks a site repeats across many
articles (:mod:`fanwen.strip.boilerplate`) go too, under the rule name ``learned-boilerplate``, and a
slot's line that reads as an offer, whose label recurs and whose text rotates among a few, under
``learned-slot``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from fanwen.items import Block, Removal
from fanwen.regex import PatternError, compile_linear
from fanwen.sections import HEADING_NUMBER, names_a_counted_piece
from fanwen.strip.adlines import AD_LINE, advert_lines
from fanwen.strip.boilerplate import LEARNED as LEARNED
from fanwen.strip.boilerplate import QUOTED
from fanwen.strip.calls import wrapper_opening
from fanwen.strip.cards import ADVERT_CARD, advert_cards, own_box_lines
from fanwen.strip.contents import CONTENTS, contents_runs
from fanwen.strip.frames import PROMO_FRAME, frame_boxes
from fanwen.strip.literals import WordSets, last_chars, literal_pattern, required_literals, shortest_words
from fanwen.strip.marks import cut_marked_tails
from fanwen.strip.promos import PROMO_BOX, promo_box_cuts, topic_share, topic_shares
from fanwen.strip.steps import in_procedure
from fanwen.strip.tails import OFFER_TAIL, cut_offer_tails

DEFAULT_RULES = Path(__file__).with_name("rules.toml")
SCOPES = ("span", "sentence", "block", "after")
EDGES = ("", "end", "edges")
TITLE_REPEAT = "title-repeat"
EDITOR_INTRO = "boilerplate-editor-intro"
# A genre's definition before the editor's intro: a sentence or two this short, its genre the end of the title
# (two characters at least: 作文, 颁奖词, 转正申请书).
_DEFINITION_MAX_CHARS = 120
_GENRE_MIN_CHARS = 2
# The lead-in before an editor's intro is in no writer's voice, and the intro is the site's editor's.
_WRITERS_VOICE = re.compile(r"我(?!国|省|市|县|区|校|院)|笔者|本人")  # 我国, 我市: no voice
_SITES_EDITOR = re.compile(
    r"小编|本站|编辑|(为|给|帮)(大家|您|你)[^。！？!?]{0,8}(整理|收集|搜集|精选|挑选|准备)"
)

# A sentence ends at 。！？!? or ；, with any closing quotes or brackets that follow it.
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;…]+[”’」』）)\"']*|$)")
_MEANINGFUL = re.compile(r"[\w\u4e00-\u9fff]")
# Prose: a long block with sentence punctuation and few links. An ``after`` cut stops there.
_PROSE_MIN_CHARS = 30
# The title repeated in the body: among the first blocks, before anything is kept; it may carry a
# short tag the <title> or the heading lacks (（精选）, 范文, 【荐】).
_TITLE_REPEAT_WITHIN = 3
_TITLE_TAG_CHARS = 6
_TITLE_TAG = re.compile(
    r"(?:精选|范文|范本|精品|荐|推荐|最新|大全|通用|模板|优秀|完整版|word版|[\d一二三四五六七八九十]+篇)+"
)
# A bracket inside a sentence (an advert glued to a date or a signature line).
_BRACKETED = re.compile(r"[（(【\[][^（）()【】\[\]]{4,}[）)】\]]")
# A question this short (in words and digits) left alone in a block beside a cut advert is the
# advert's lead-in.
_LEAD_IN_MAX_CHARS = 16
# The call's button glued after it in its block (去点 Star, 立即加入): what is left of the block, this short.
_BUTTON_REST_MAX_CHARS = 12
_CTA_PREFIX = "cta-"
# A sentence a news report attributes to its source (据报道，… / 据当地媒体介绍，… / 报道称，…) tells what
# someone else does or offers: the news, never a call to the reader, whatever its last words (…退休老人都
# 可以免费加入). Grammar, not a site's wording: it guards every cta-* rule (issue 11).
_REPORTED = re.compile(
    r"^\W{0,3}(据[^，,。！？]{0,16}?(报道|介绍|了解|悉|统计|透露|消息)|[^，,。！？]{0,12}?报道(称|说|指出|显示))"
)
# A call opens the clause after an attribution when the rule's match starts within its first few
# characters (关注…, 扫码添加…: a verb or two before the call's words); a third party's act reads a
# subject and its doings first (这个合唱团…退休老人都可以免费加入).
_CALL_OPENS_WITHIN = 4
# A call's verb with its aspect mark, 了 or 过 (not 了解), in the rule's match: an act told as done (我身边不少老板都扫码关注
# 了…公众号, 他扫一扫添加了对方的微信, 我长按识别了那个二维码), a report in the third person or the past, never a call to
# the reader; unless the sentence speaks to the reader too (_TO_THE_READER: 请, 欢迎, 快来, 你/您, or a clause opening with
# a call: 已有10万家长关注了…，回复“资料”免费领取). Grammar, not a site's wording: it guards every cta-* rule (findings O1).
# A purchase told as done, with what was bought or spent after it (session 22: 下单了3件…，一共花了297元, 买了三箱, 抢购了
# “…”的…) is the story's too; not 买了就送, 买了不亏 (an advert's promise of what buying brings), 老客户都买了， (a testimonial's
# count, no object), nor 买过 (买过的都说好).
_DONE = re.compile(
    r"(?:关注|添加|加入|加|联系|咨询|领取|获取|下载|安装|识别|扫描|扫码|扫|打开|回复|进入|使用|订阅)(?:了(?!解)|过)"
    r"|(?:下单|购买|买|抢购|抢到|花|付|支付|充值)了(?![解不就还也都没])(?=[\d“\"「\u4e00-\u9fff])"
)
# 记得 remembering (我还记得…, 记得那天…, 记得小时候…) is the story's, not the reader's reminder (记得扫码关注).
_TO_THE_READER = re.compile(
    r"请|欢迎|快来|快去|赶快|赶紧|(?<![我他她还都])记得(?!那|当|小时候|以前|去年|前年|上次|第一次|有一次|我)|别忘|一定要|[你您]|"
    r"[，,：:]\s*(?:扫码|扫一扫|关注|添加|回复|领取|点击|长按|私信|留言|下载)(?![了过])"
)
# A call's act told in narration, with its doer (issue 11): a first- or third-person subject right before the verb,
# an adverb or two between (她扫码关注…, 他每次扫码添加…; not 其他); a third party who has someone else do it, its
# subject before the causative verb and no reader its object (老板让顾客扫码…, 店主要求每位新员工扫码…; not 让我们, 让大家);
# or a time clause whose main clause tells what then happened to the teller or someone (扫码关注公众号以后，我才发现…,
# …之后，他才知道…: 才, 了 or 过 after a subject, not the account's promise 我每天都会分享…). A call names no doer.
# A kin noun names the doer as 他/她 do (爸爸扫码关注…, …以后，妈妈才发现…: review N4).
_KIN = "爸爸|妈妈|爷爷|奶奶|外婆|外公|姥姥|姥爷|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|老公|老婆|儿子|女儿|舅舅|姑姑|叔叔|阿姨"
_ADVERBS = r"(?:也|都|就|还|先|才|又|便|一起|一同|纷纷|已经|曾经?|每次|每回|一直|随手|顺手|赶紧|立刻|马上|当场){0,2}$"
_NARRATOR = re.compile(rf"(?<!其)(?:我(?!们)|他们|她们|他|她|{_KIN}){_ADVERBS}")
# A story's company as the doer (review of issue 11, N4): a household or a party that counts its teller (我们全家, 我们一家
# 人, 我们几个, 我和妈妈, 同桌和我) addresses no reader. A plural alone (我们, 大家, 同学们, 游客们) may be the reader called on
# (我们扫码关注公众号，一起学习吧！ 大家扫码领取…): it is the story's doer only in a sentence told as the story's, with a time
# gone by before the act (那天, 记得那年, 后来, 去年…) or a clause after it told as what then happened (…，才知道…, …，查到了…),
# and no call's closing particle (吧, 哦, 啦, ！).
# The party's other member names a person, never the act (review of 5897355: 我和同事扫码关注… is 我和同事, then 扫码).
_PARTNER = r"(?:(?!扫|关注|添加|加入|下载|识别|长按|点击|回复|领取|订阅|打开)[\u4e00-\u9fff]){1,4}"
_COMPANY = re.compile(
    rf"(?:(?:我们|咱们)?(?:全家|一家人?|一家[三四五]口|几个|俩|两个|三个|每个人|一行人?)|我和{_PARTNER}|"
    rf"(?<![你您]){_PARTNER}和我(?!们)){_ADVERBS}"
)
# The publication's own account or site as what the story's doer follows or scans (记得那天我们扫码关注了本号…): the
# publication telling of itself, its advert whoever is said to act (review of 5897355).
_OWN_ACCOUNT = re.compile(r"本号|本公众号|本站|本平台|本网站|我们的公众号|小编")
_GROUP = re.compile(rf"(?:我们|大家|全班同学|[\u4e00-\u9fff]{{1,3}}(?<![你您咱他她])们){_ADVERBS}")
_STORY_TIME = re.compile(
    r"那天|那年|那次|那时|那晚|那个(?:周末|晚上|下午|上午|早上|假期)|当时|当年|后来|昨天|前天|上周|上个月|上次|去年|"
    r"前年|小时候|以前|有一次|第一次|刚才|临走|[我他她还]记得|\d{1,2}月\d{1,2}日"
)
_TOLD_ON = re.compile(
    r"[^。！？!?；;]*?[，,][^，,。！？!?；;]{0,12}?(?:才(?!能|可以|可|会)|了(?!解)(?=[\u4e00-\u9fff])|(?<![错不])过(?=[\u4e00-\u9fff]))"
)
_CALL_CLOSES = re.compile(r"(?:吧|哦|呀|啦|哈|嘛)\W*$|[！!]\W*$")
_CAUSED = re.compile(
    r"[\u4e00-\u9fff](?:让|叫|要求|教|引导|动员|鼓励|组织)"
    r"(?!你|您|大家|各位|我们|咱们|朋友|小伙伴|同学们|读者)[\u4e00-\u9fff]{1,6}$"
)
_TOLD_AFTER = re.compile(
    rf"[^，,。！？!?；;]{{0,12}}?(?:以后|之后|后|的时候|时)[，,]\s*(?:我(?!们)|他们|她们|他|她|{_KIN})"
    r"[^，,。！？!?；;]{0,8}?(?:才|了(?!解)|过)"
)
# Words quoted in a story (掌柜笑着说“多谢您捧场”) speak to the story's people: the doer guard reads the reader's words
# outside quotations (review N5; boilerplate.QUOTED).
_CLAUSE_MARKS = re.compile(r"[，,。！？!?；;：:]")
# The doer guard is for the act of scanning, following or adding: the rule's match opens with the act's verb (扫码关注…,
# 关注…公众号, 添加…微信). A seller's or a testimonial's first person before another rule's match (我专业代写…, 她开通VIP
# 会员即可…) or a match that is no act (cta-consultation's) tells no story (review of issue 11, N1, N2).
_ACT_OPENS = re.compile(r"扫码|扫一扫|扫描|扫|长按|识别|关注|添加|加入|加")
# A sentence that, beside its doer, promises or offers the reader something is the advert's, whoever it names: a
# testimonial (…以后，我才发现都可以免费领取; 推荐给各位家长; 推荐大家也去试试), the account's promise (我已经为大家准备了…
# 资料包), the reader's own group made to act (老师让学生扫码关注…领取…; 组织学员…名额有限先到先得), a seller (需要的朋友私聊).
_OFFERED = re.compile(
    r"领取|领到|免费|资料包|私聊|私信|推荐|为大家|给大家|大家也|各位|有需要|需要的|先到先得|名额|试试|划算"
)
# A scam told (issue 11, session 22): the sentence names an impostor or a scam (骗子, 诈骗, 不法分子, 冒充, 自称…) and
# someone made to do the call's act (让, 要求, 诱导, 骗… in the clause right before the rule's match: 骗子…让受害人加微信
# 领取…, 对方自称客服，要求他添加QQ…): a warning quoting the scammer's ask, never a call to the reader. An advert's own
# warning (谨防假冒，认准官方微信：…) makes no one act, nor does its 防骗, 被骗, 受骗 (review, session 22).
_SCAM = re.compile(r"骗子|诈骗|骗局|不法分子|犯罪分子|冒充|假冒|谎称|自称|伪装成")
_MADE_TO = re.compile(r"让|要求|诱导|诱骗|引诱|哄骗|(?<![防被受])骗|忽悠|怂恿|教唆")
# A book's title: a guard word in it names the book, not whom the sentence speaks to or of (免费领取
# 《小学生作文…》 is addressed to no pupil), so an ``unless`` is looked for outside titles.
_BOOK_TITLE = re.compile(r"《[^《》]{1,40}》")
# What makes a pattern look past its match: an anchor (a ^ that negates a class aside), a word
# boundary, a lookaround.
_CONTEXT = re.compile(r"(?<!\[)\^|\$|\\[bBAZz]|\(\?<?[=!]")
# ``${name}`` in a cue's or a rule's pattern: the named cue's pattern (expand_cues).
_CUE_REFERENCE = re.compile(r"\$\{(\w+)\}")
_RULE_KEYS = frozenset(
    {
        "name", "pattern", "scope", "max_chars", "anchored", "truncates", "min_link_density", "unless",
        "cues", "min_cues", "box", "box_cues", "box_body_chars", "glued", "above_text", "button",
        "edge",
    }
)  # fmt: skip
# A notice's wording inside a quotation, in a sentence with words of its own outside it, is the
# article talking about the notice (一行小字：“版权归原作者所有，如有侵权请联系删除。”许多运营者…):
# a mention, not the notice. A quotation this short is a name or a button label (关注“江城发布”,
# 点个“在看”), part of the advert's own wording.
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"
_QUOTE_MARK = re.compile(f'[{_OPEN_QUOTES}{_CLOSE_QUOTES}"]')
_MENTION_MIN_CHARS = 6
_MENTION_OUTSIDE_CHARS = 4
# A box: the lines of a consultation box are often blocks of their own (the question, the offer,
# the phone and button); next to a block a ``box`` rule removed, a short line that shows one of
# the rule's cues is part of it.
_BOX_LINE_MAX_CHARS = 40
# Rules for lines at most this long keep their words out of the rule set's shared prefilter.
_SHORT_RULE_CHARS = 40
# A caption line: one sentence of at most this many characters before its credit.
_CAPTION_MAX_CHARS = 60


class RuleError(ValueError):
    """A rule that cannot be used; the message names it and says why."""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    scope: str = "sentence"
    max_chars: int | None = None
    anchored: bool = False
    truncates: bool = False
    min_link_density: float = 0.0
    unless: re.Pattern[str] | None = None
    # Named shape cues (rules.toml ``[cues]``), at least ``min_cues`` of which the text must show.
    cues: tuple[re.Pattern[str], ...] = ()
    min_cues: int = 0
    # The rule's cues mark the other lines of its box: a neighbouring short line showing one goes too.
    box: bool = False
    # The cues of the box's other lines, where they are not the rule's own (default: ``cues``).
    box_cues: tuple[re.Pattern[str], ...] = ()
    # The longest body the box may have below the line the rule removed (0: none): a paragraph under
    # a box's title (📢 推广 over a deal, AI 摘要 over the summary) that shows one of the box's cues.
    box_body_chars: int = 0
    # The rule removes only above the article's text, before its first paragraph kept as prose (an AI
    # summary box); below it, the same words head or tell of the article's own part.
    above_text: bool = False
    # A span rule cuts only what is glued to prose: a block of its own (a caption under its image)
    # is left whole.
    glued: bool = False
    # The rule names a button (立即预约): a line shaped as a heading of the article's text is none
    # (_keep_headings).
    button: bool = False
    # The rule takes a note of the page's at the text's edge only (:func:`_keep_off_edge`): ``end``, the
    # text's closing note (a line of its own after the last paragraph of prose, or the closing sentence or
    # bracket of the last one); ``edges``, a line of its own above the first paragraph of prose or below
    # the last. The same words inside the text, or an item of a list or a table, are the text's.
    edge: str = ""
    # Words one of which every match holds (:mod:`fanwen.strip.literals`), and a pattern that
    # finds them: most texts hold none, and one pass for words is far quicker than trying an
    # alternation at every position.
    literals: frozenset[str] | None = field(init=False, repr=False, compare=False, default=None)
    prefilter: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    # A rule for short lines only: its words stay out of the rule set's shared prefilter (_RuleSet).
    short: bool = field(init=False, repr=False, compare=False, default=False)
    # The characters a text must end on (spaces aside) for the pattern to match, when each of its
    # matches ends at the text's end (literals.last_chars): most paragraphs end on a stop.
    ends: frozenset[str] | None = field(init=False, repr=False, compare=False, default=None)
    # Every cue looks at what it matches alone (no anchor, word boundary or lookaround): a cue a
    # span's match shows is in the whole text too, so a text that shows too few rules out every
    # match at once (_cues_may_match).
    free_cues: bool = field(init=False, repr=False, compare=False, default=False)

    def __post_init__(self) -> None:
        required = required_literals(self.pattern)
        if required is None and self.cues and self.min_cues >= 1:
            # At least one cue must be found, so one of the words of one of them must be there.
            found = [required_literals(cue) for cue in self.cues]
            if all(f is not None for f in found):
                required = shortest_words(frozenset().union(*found))  # type: ignore[arg-type]
        object.__setattr__(self, "literals", required or None)
        object.__setattr__(self, "prefilter", literal_pattern(required) if required else None)
        object.__setattr__(self, "short", self.max_chars is not None and self.max_chars <= _SHORT_RULE_CHARS)
        object.__setattr__(self, "ends", last_chars(self.pattern))
        object.__setattr__(
            self, "free_cues", bool(self.cues) and not any(_CONTEXT.search(c.pattern) for c in self.cues)
        )

    def matches(self, text: str, block: Block) -> bool:
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        if block.link_density < self.min_link_density:
            return False
        text = fold(text)
        if self.prefilter is not None and self.prefilter.search(text) is None:
            return False
        return self._found(text)

    def _found(self, folded: str) -> bool:
        """The pattern with the rule's shape in ``folded``, once the cheap guards passed."""
        if self._ends_elsewhere(folded):
            return False
        if self.anchored:
            found = self.pattern.match(folded)
            return found is not None and not _mentioned(folded, *found.span()) and self._shaped(folded)
        found = self.pattern.search(folded)
        if found is None:
            return False
        if _mentioned(folded, *found.span()) and all(
            _mentioned(folded, *m.span()) for m in self.pattern.finditer(folded, found.start() + 1)
        ):
            return False
        return self._shaped(folded)

    def _ends_elsewhere(self, folded: str) -> bool:
        """Whether ``folded`` ends (spaces aside) on a character none of the pattern's matches can end on
        (``ends``: each match ends at the text's end), so the pattern cannot match."""
        return self.ends is not None and folded.rstrip()[-1:] not in self.ends

    def spans(self, text: str, block: Block) -> list[tuple[int, int]]:
        """Where a ``span`` rule cuts ``text``: each match that has the rule's shape."""
        if block.link_density < self.min_link_density:
            return []
        folded = fold(text)
        if self.prefilter is not None and self.prefilter.search(folded) is None:
            return []
        if self._ends_elsewhere(folded):
            return []
        if not self._cues_may_match(folded):
            return []
        found = [self.pattern.match(folded)] if self.anchored else self.pattern.finditer(folded)
        return [
            m.span()
            for m in found
            if m is not None
            and m.end() > m.start()
            and (self.max_chars is None or m.end() - m.start() <= self.max_chars)
            and not _mentioned(folded, *m.span())
            and (not self.glued or _prose_before(folded[: m.start()]))
            and self._shaped(m.group(0))
        ]

    def shows_a_cue(self, text: str) -> bool:
        """Whether ``text`` shows one of the cues of the rule's box lines (``box_cues``, else
        ``cues``)."""
        folded = fold(text)
        return any(cue.search(folded) for cue in self.box_cues or self.cues)

    def _shaped(self, text: str) -> bool:
        if self.name.startswith(_CTA_PREFIX) and (
            self._reported(text) or self._narrated(text) or self._scam_told(text)
        ):
            return False
        if self.unless is not None and self.unless.search(
            _BOOK_TITLE.sub("《》", text) if "《" in text else text
        ):
            return False
        return self._enough_cues(text)

    def _reported(self, text: str) -> bool:
        """Whether ``text`` is a sentence attributed to its source (据报道，…) that tells what someone
        else does: the rule's call does not open the clause after the attribution. A call right
        after it (据悉，关注公众号… / 据了解，扫码添加老师…) speaks to the reader: an advert dressed as
        news (review R3)."""
        attributed = _REPORTED.match(text)
        if attributed is None:
            return False
        rest = text[attributed.end() :].lstrip("，,：: ")
        call = self.pattern.search(rest)
        return call is None or call.start() > _CALL_OPENS_WITHIN

    def _scam_told(self, text: str) -> bool:
        """Whether ``text`` warns of a scam by quoting the scammer's ask (``_SCAM``, ``_MADE_TO``): someone made to do
        the rule's act in the clause right before its match, in a sentence naming an impostor or a scam.

        >>> rule = Rule("cta-x", re.compile("加微信"))
        >>> rule._scam_told("骗子自称客服，让他加微信领红包。"), rule._scam_told("谨防假冒，认准官方加微信领取。")
        (True, False)
        """
        if _SCAM.search(text) is None:
            return False
        found = self.pattern.search(text)
        if found is None:
            return False
        clause = _CLAUSE_MARKS.split(text[: found.start()])[-1]
        return _MADE_TO.search(clause) is not None

    def _narrated(self, text: str) -> bool:
        """Whether ``text`` tells the rule's act in the story and speaks to no reader (``_TO_THE_READER``): as done
        (``_DONE`` in its match, or opening right after it: 扫码关注了, 回复关键词领取过), or with its doer (a subject
        right before it, ``_NARRATOR``; a third party having someone do it, ``_CAUSED``; a time clause whose main
        clause narrates, ``_TOLD_AFTER``). The doer counts only where the match opens with the act (``_ACT_OPENS``)
        and the sentence offers the reader nothing (``_OFFERED``). A follow of the publication's own account
        (``_OWN_ACCOUNT``: 本号, 本站, 小编) is never told: it is the publication's advert."""
        found = self.pattern.search(text)
        if found is None or _OWN_ACCOUNT.search(QUOTED.sub("", text)) is not None:
            return False
        if "了" in text or "过" in text:
            done = _DONE.search(text, found.start())
            if done is not None and done.start() <= found.end():
                return _TO_THE_READER.search(text) is None
        if _ACT_OPENS.match(text, found.start()) is None or _OFFERED.search(text) is not None:
            return False
        clause = _CLAUSE_MARKS.split(text[: found.start()])[-1]
        told = (
            _NARRATOR.search(clause) is not None
            or _COMPANY.search(clause) is not None
            or _CAUSED.search(clause) is not None
            or _TOLD_AFTER.match(text, found.end()) is not None
            or (_GROUP.search(clause) is not None and _told_as_a_story(text, found.start(), found.end()))
        )
        return told and _TO_THE_READER.search(QUOTED.sub("", text)) is None

    def _enough_cues(self, text: str) -> bool:
        """Whether ``text`` shows ``min_cues`` of the rule's cues; the count stops once it is
        reached, or can no longer be (cta-consultation: two of four)."""
        found, left = 0, len(self.cues)
        for cue in self.cues:
            if found >= self.min_cues or found + left < self.min_cues:
                break
            found += cue.search(text) is not None
            left -= 1
        return found >= self.min_cues

    def _cues_may_match(self, folded: str) -> bool:
        """Whether a span of ``folded`` may show enough of the rule's cues: the whole text does,
        where every cue looks at its match alone (``free_cues``). A bracket's notice needs a follow
        and an imperative in it (notice-follow): a block with brackets and neither is done."""
        return not self.free_cues or self._enough_cues(folded)


def _told_as_a_story(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text`` tells its act (``start``, ``end``) as the story's: a time gone by before it, or a
    clause after it told as what then happened, and no call's closing particle.

    >>> _told_as_a_story("那天我们扫码关注了景区的公众号。", 4, 8), _told_as_a_story("我们扫码关注公众号，一起学习吧！", 2, 6)
    (True, False)
    """
    if _CALL_CLOSES.search(text) is not None:
        return False
    return _STORY_TIME.search(text, 0, start) is not None or _TOLD_ON.match(text, end) is not None


def _quotations(text: str) -> list[tuple[int, int]]:
    """Where the quotations of a sentence are: (opening mark, closing mark). One opened in an
    earlier sentence starts at -1, one closed in a later sentence ends at ``len(text)``."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for found in _QUOTE_MARK.finditer(text):  # every other character changes nothing below
        index, char = found.start(), found.group()
        if char in _OPEN_QUOTES or (char == '"' and opened is None):
            opened = index if opened is None else opened
        elif char in _CLOSE_QUOTES or char == '"':
            spans.append((-1 if opened is None else opened, index))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _prose_before(text: str) -> bool:
    """Whether ``text`` (what precedes a span in its block) is prose the span is glued to: two
    sentences or more, or one longer than a caption.

    >>> _prose_before("5月20日，游客在古镇参观。 "), _prose_before("开幕式上，嘉宾致辞。活动持续三天。")
    (False, True)
    """
    text = text.strip()
    return len(text) > _CAPTION_MAX_CHARS or len(sentences(text)) >= 2


def _mentioned(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a quotation long enough to be a notice, with words of
    the sentence outside every quotation: the article quoting a notice, not the notice.

    >>> _mentioned("小字：“本文系原创，未经授权不得转载。”许多人不以为然。", 4, 9)
    True
    >>> _mentioned("“本文系原创，未经授权不得转载。”", 1, 6), _mentioned("点个“在看”", 0, 5)
    (False, False)
    """
    if not any(q in text for q in _OPEN_QUOTES + _CLOSE_QUOTES + '"'):
        return False
    spans = _quotations(text)
    inside = next((s for s in spans if s[0] < start and end <= s[1]), None)
    if inside is None or len(_MEANINGFUL.findall(text, max(inside[0], 0), inside[1])) < _MENTION_MIN_CHARS:
        return False
    outside, last = 0, 0
    for open_, close in spans:
        outside += len(_MEANINGFUL.findall(text, last, max(open_, 0)))
        last = close + 1
    outside += len(_MEANINGFUL.findall(text, last))
    return outside >= _MENTION_OUTSIDE_CHARS


@dataclass(frozen=True)
class Decision:
    """What happened to one input block: the part kept (None: dropped) and what was cut."""

    block: Block
    kept: Block | None
    removed: tuple[Removal, ...] = ()


@dataclass
class StripResult:
    blocks: list[Block]
    removed: list[Removal] = field(default_factory=list)
    truncated: bool = False
    decisions: list[Decision] = field(default_factory=list)
    # The decisions' indexes of the text's headings a button rule took and _keep_headings gave back:
    # no promo box's label either.
    headings: set[int] = field(default_factory=set)

    def _record(self, block: Block, kept: Block | None, removed: Sequence[Removal]) -> None:
        if kept is not None:
            self.blocks.append(kept)
        self.removed.extend(removed)
        self.decisions.append(Decision(block, kept, tuple(removed)))


def load_rules(extra: Iterable[dict[str, Any]] = (), path: Path = DEFAULT_RULES) -> list[Rule]:
    """The bundled rules followed by ``extra`` (a profile's rules, compiled with RE2), validated.

    A profile's rules may name the bundled cues as well as the bundled rules do.
    """
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    cues = parse_cues(data.get("cues", {}))
    bundled = [parse_rule(raw, cues) for raw in data.get("rule", [])]
    return bundled + [parse_rule(raw, cues, user=True) for raw in extra]


def bundled_cues(path: Path = DEFAULT_RULES) -> dict[str, re.Pattern[str]]:
    """The ``[cues]`` of the bundled rules, which a profile's rules may name."""
    with path.open("rb") as fh:
        return parse_cues(tomllib.load(fh).get("cues", {}))


def parse_cues(raw: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The named shape cues of a rules file: ``name = "pattern"``; a cue may name an earlier one
    (``${name}``, :func:`expand_cues`)."""
    cues: dict[str, re.Pattern[str]] = {}
    try:
        for name, pattern in raw.items():
            cues[name] = re.compile(expand_cues(pattern, cues, f"cue {name!r}"))
    except (TypeError, re.error) as exc:
        raise RuleError(f"bad cue pattern: {exc}") from exc
    return cues


def expand_cues(pattern: str, cues: dict[str, re.Pattern[str]] | None, owner: str) -> str:
    """``pattern`` with each ``${name}`` replaced by the named cue's pattern in a group of its own,
    so that one shape (a contact handle in disguise) is written once and named where it is used.

    >>> expand_cues("加${handle}|扣扣", {"handle": re.compile("V|Q")}, "rule 'x'")
    '加(?:V|Q)|扣扣'
    """
    if not isinstance(pattern, str) or "${" not in pattern:
        return pattern

    def cue(found: re.Match[str]) -> str:
        named = (cues or {}).get(found.group(1))
        if named is None:
            raise RuleError(f"{owner}: ${{{found.group(1)}}} names no earlier [cues] entry")
        return f"(?:{named.pattern})"

    return _CUE_REFERENCE.sub(cue, pattern)


def parse_rule(
    raw: dict[str, Any], cues: dict[str, re.Pattern[str]] | None = None, user: bool = False
) -> Rule:
    """A rule from its TOML table. A user's patterns (``user``) are compiled with RE2, whose
    matching time is linear in the text (:mod:`fanwen.regex`); the bundled ones, reviewed and
    tested to hold no unbounded repetition inside another, with Python's ``re``."""
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise RuleError(f"a rule needs a name: {raw!r}")
    if set(raw) - _RULE_KEYS:
        raise RuleError(f"rule {name!r}: unknown key(s) {sorted(set(raw) - _RULE_KEYS)}")
    if raw.get("scope", "sentence") not in SCOPES:
        raise RuleError(f"rule {name!r}: scope must be one of {SCOPES}")
    compile_: Callable[[str], Any] = compile_linear if user else re.compile
    try:
        pattern = compile_(expand_cues(raw["pattern"], cues, f"rule {name!r}"))
        unless = compile_(expand_cues(raw["unless"], cues, f"rule {name!r}")) if raw.get("unless") else None
    except (KeyError, TypeError, re.error, PatternError) as exc:
        raise RuleError(f"rule {name!r}: bad or missing pattern: {exc}") from exc
    named, box_named = raw.get("cues", []), raw.get("box_cues", [])
    for key, names in (("cues", named), ("box_cues", box_named)):
        unknown = [cue for cue in names if cue not in (cues or {})] if isinstance(names, list) else names
        if not isinstance(names, list) or unknown:
            raise RuleError(f"rule {name!r}: {key} must name [cues] entries; unknown: {unknown}")
    return Rule(
        name=name,
        pattern=pattern,
        scope=raw.get("scope", "sentence"),
        max_chars=raw.get("max_chars"),
        anchored=bool(raw.get("anchored", False)),
        truncates=bool(raw.get("truncates", False)),
        min_link_density=float(raw.get("min_link_density", 0.0)),
        unless=unless,
        cues=tuple((cues or {})[cue] for cue in named),
        min_cues=int(raw.get("min_cues", len(named))),
        box=bool(raw.get("box", False)),
        box_cues=tuple((cues or {})[cue] for cue in box_named),
        box_body_chars=int(raw.get("box_body_chars", 0)),
        above_text=bool(raw.get("above_text", False)),
        glued=bool(raw.get("glued", False)),
        button=bool(raw.get("button", False)),
        edge=_edge(name, raw.get("edge", "")),
    )


def _edge(name: str, edge: Any) -> str:
    if edge not in EDGES:
        raise RuleError(f"rule {name!r}: edge must be one of {EDGES}")
    return str(edge)


@lru_cache(maxsize=1)
def _to_simplified() -> Callable[[str], str]:
    import opencc  # the OpenCC project's own binding: its dictionaries, not a hand-kept table

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


def _simplified(text: str) -> str:
    """OpenCC's t2s conversion of ``text``, without OpenCC where it holds no character it may change
    (:func:`_may_change`): a page in simplified Chinese is most pages, and OpenCC reads every character of
    it through its dictionaries to give it back as it was (0.1-0.2 ms a real-shape article, a
    strip stage's 4 %: docs/performance.md, session 27)."""
    return _to_simplified()(text) if _may_change().search(text) is not None else text


# Characters that change only inside a phrase of OpenCC's TSPhrases (打坏 -> 打坯, 回覆 -> 回复, 深沈 -> 深沉), none
# of whose characters changes alone: a text without one of these, nor any character that changes alone, has no
# phrase that changes. tests/test_cpu_cuts_27.py checks the list against the installed dictionaries.
_PHRASE_ONLY = "哩坏沈甦瞭藉衹覆"


@lru_cache(maxsize=1)
def _may_change() -> re.Pattern[str]:
    """A class of the characters t2s may change in a text: each character of the Basic Multilingual Plane past
    ASCII that the installed OpenCC changes alone (asked in one call, one character a line: about 60 ms once a
    process), the phrases' own (:data:`_PHRASE_ONLY`), and every character past that plane (not asked: a
    page of them is rare, and OpenCC reads it as before).

    A text with none of them is its own conversion: OpenCC cuts a text into its dictionaries' longest keys
    and single characters and looks each up (normalisation first: a compatibility ideograph changes
    alone); a key that changes holds a character that changes alone or one of the phrases' own."""
    chars = [chr(code) for code in range(0x80, 0x10000) if not 0xD800 <= code < 0xE000]
    converted = _to_simplified()("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - a dictionary entry with a line break
        return re.compile(".", re.S)  # every text to OpenCC, as before
    changed = {ord(a) for a, b in zip(chars, converted, strict=True) if a != b}
    changed.update(map(ord, _PHRASE_ONLY))
    return re.compile(_char_class(changed).pattern[:-1] + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _folds() -> re.Pattern[str]:
    """A class of the characters :func:`fold` may change: t2s's (:func:`_may_change`) and the fullwidth and
    disguised forms (:data:`_TO_PLAIN`). A text without one is its own fold, found by one look where t2s's and
    the forms' were two."""
    return re.compile(_may_change().pattern[:-1] + _FOLDED_FORMS.pattern[1:])


# The rules of one page ask for the same block's fold several times (block, whole, after and
# span rules): nearly every hit is within a page (200 real-shape articles: 26,086 of 26,108
# hits with 1,024 entries). Across pages the texts rarely repeat, and 16,384 entries held
# about 10 MB of texts and their folds in a crawl's process for nothing (docs/performance.md).
@lru_cache(maxsize=2048)
def fold(text: str) -> str:
    """``text`` with traditional characters folded to simplified and fullwidth letters and
    digits to ASCII (ｑｑ：８８６６ is qq：8866), one character for one.

    Rules are written once, in simplified Chinese and ASCII, and see folded text; a fold keeps
    every offset, so a span found in the folded text is cut from the original.

    >>> fold("掃碼關注「範文之家」公眾號"), fold("plain ascii"), fold("ＶＸ：ａｂ１２")
    ('扫码关注「范文之家」公众号', 'plain ascii', 'VX：ab12')
    >>> fold("威信：①③⑧❺⑥"), fold("ɡonɡwen"), fold("第⑩条")
    ('威信：13856', 'gongwen', '第⑩条')
    """
    if text.isascii():
        return text
    folded = _FOLDED_AHEAD.get(text)
    if folded is not None:
        return folded
    if _folds().search(text) is None:
        return text
    folded = _simplified(text)
    if len(folded) != len(text):
        convert = _to_simplified()  # a phrase mapping changed the length: fold character by character
        folded = "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)
    return _halfwidth(folded)


# Fullwidth letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９), a way to spell a handle past a filter; fullwidth
# punctuation (：，（) stays, as the rules write it. Digits in disguise fold the same way, one
# character for one: circled, negative circled, parenthesized, with a full stop, superscript,
# subscript and mathematical digits (威信：①③⑧…, ❶❸, ⑴⑵, ¹²³, 𝟏𝟑); a number of two digits (⑩) has
# no one-character fold and stays. So do letters of other alphabets drawn like Latin ones (ɡ for
# g, Cyrillic а о е с р х у): a handle spelt with them (ɡonɡwen_2019) reads as its letters.
_DISGUISED_DIGITS = (
    (0x00B2, 0x00B3), (0x00B9, 0x00B9), (0x2070, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468),
    (0x2474, 0x247C), (0x2488, 0x2490), (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF),
    (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792), (0x1D7CE, 0x1D7FF),
)  # fmt: skip
_LOOKALIKE_LETTERS = "ɡgɑaıiℓlаaеeоoрpсcхxуyіiјjѕsԁdοo"  # pairs: the look-alike, its Latin letter
_TO_PLAIN = {code: code - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                 for code in range(r[0], r[1] + 1)}  # fmt: skip
_TO_PLAIN.update(
    {code: ord(str(unicodedata.digit(chr(code))))
     for first, last in _DISGUISED_DIGITS for code in range(first, last + 1)
     if unicodedata.digit(chr(code), None) is not None}
)  # fmt: skip
_TO_PLAIN.update(
    {ord(a): ord(b) for a, b in zip(_LOOKALIKE_LETTERS[::2], _LOOKALIKE_LETTERS[1::2], strict=True)}
)


def _char_class(codes: Iterable[int]) -> re.Pattern[str]:
    """A class of the characters ``codes`` written as ranges: one of some 200 single characters
    is ten times slower to look for in a text than the same written as 20 ranges.

    >>> _char_class([0x41, 0x42, 0x43, 0x5A]).pattern
    '[A-CZ]'
    """
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    parts = (re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return re.compile("[" + "".join(parts) + "]")


_FOLDED_FORMS = _char_class(_TO_PLAIN)


def _halfwidth(text: str) -> str:
    # (No ASCII character is folded: str.isascii() reads a flag, where the search reads the text.)
    return text if text.isascii() or not _FOLDED_FORMS.search(text) else text.translate(_TO_PLAIN)


def fold_all(texts: Sequence[str]) -> list[str]:
    """``[fold(t) for t in texts]`` with one OpenCC call for all of them.

    OpenCC's dictionaries are lines of text, so no entry holds a line break: the texts joined
    by line breaks are converted exactly as each alone. A text that holds one, or whose length
    the conversion changes, is folded alone.

    >>> fold_all(["掃碼關注", "plain", "公眾號"])
    ['扫码关注', 'plain', '公众号']
    """
    if len(texts) < 2 or any("\n" in t for t in texts):
        return [fold(t) for t in texts]
    joined = "\n".join(texts)
    if _folds().search(joined) is None:
        return list(texts)  # each its own fold: no character of them folds
    converted = _halfwidth(_simplified(joined)).split("\n")
    if len(converted) != len(texts):  # pragma: no cover - a dictionary entry with a line break
        return [fold(t) for t in texts]
    return [
        t if t.isascii() else c if len(c) == len(t) else fold(t)
        for t, c in zip(texts, converted, strict=True)
    ]


# The folds of the blocks strip_blocks is about to look at, made by one OpenCC call for them all
# (fold_all): a call per block cost more in its fixed part than in its characters (docs/performance.md,
# session 18). Only the list strip_blocks is at is held (it clears them when done); a text's fold is
# the same whoever made it.
_FOLDED_AHEAD: dict[str, str] = {}


def fold_ahead(texts: Iterable[str]) -> None:
    """Fold ``texts`` in one go, so that :func:`fold` finds each made; texts that are ASCII or hold a
    line break (``fold_all`` folds those alone) are left to ``fold``.

    >>> fold_ahead(["掃碼關注", "公眾號"]); fold("公眾號")
    '公众号'
    """
    todo = list(dict.fromkeys(t for t in texts if not t.isascii() and "\n" not in t))
    _FOLDED_AHEAD.clear()
    if len(todo) > 1:
        _FOLDED_AHEAD.update(zip(todo, fold_all(todo), strict=True))


def sentences(text: str) -> list[str]:
    """Split into sentences, keeping every character (their concatenation is ``text``).

    >>> sentences("第一句。第二句！“第三句？”尾巴")
    ['第一句。', '第二句！', '“第三句？”', '尾巴']
    """
    return [s for s in _SENTENCE.findall(text) if s]


def strip_blocks(
    blocks: Sequence[Block],
    rules: Sequence[Rule],
    title: str | None = None,
    is_boilerplate: Callable[[Block], str | None] | None = None,
) -> StripResult:
    """Apply the rules to the blocks in order; what is kept and what was removed, and why.

    ``is_boilerplate`` names the learned rule (``learned-boilerplate``, ``learned-slot``) that
    takes a block the site repeats across many articles, or a slot's line whose text rotates
    (:meth:`fanwen.strip.boilerplate.BoilerplateCounts.learned`); such a block goes whole.

    >>> rules = load_rules()
    >>> result = strip_blocks([Block("正文第一段，内容完整。请加微信：fanwen2024 获取全文。")], rules)
    >>> [b.text for b in result.blocks], [(r.rule, r.text) for r in result.removed]
    (['正文第一段，内容完整。'], [('cta-im-contact', '请加微信：fanwen2024 获取全文。')])
    """
    result = StripResult(blocks=[])
    ruleset = _RuleSet.of(rules)
    fold_ahead(block.text for block in blocks)
    cutting: Rule | None = None  # the terminal marker in force, if one was met
    for index, block in enumerate(blocks):
        if (
            not result.blocks
            and index < _TITLE_REPEAT_WITHIN
            and title
            and is_title_repeat(block.text, title)
            and not names_a_counted_piece(blocks, index, title)
        ):
            result._record(block, None, [Removal(TITLE_REPEAT, block.text)])
            continue
        if cutting is not None:
            own = _own_rule(block, ruleset)
            if own is None and (_is_prose(block) or _heads_prose(blocks, index, ruleset)):
                cutting = None  # article (or its heading) after a marker: the marker was misplaced
            else:
                if own is not None and own.scope == "after":
                    cutting = own
                    result.truncated = result.truncated or own.truncates
                result._record(block, None, [Removal((own or cutting).name, block.text)])
                continue
        if ruleset.wordless(block.text):
            # Most of an article's paragraphs: no rule's word is in the block, so only a block
            # rule without words can fire, as _strip_block's first step finds it; no sentences.
            hit = ruleset.first_wordless(block.text, block)
            kept, removed = (None, [Removal(hit.name, block.text)]) if hit is not None else (block, [])
        else:
            said = _Sentences(block.text)
            terminal = _terminal(block, ruleset, said)
            if terminal is not None:
                cutting = terminal
                result.truncated = result.truncated or terminal.truncates
                result._record(block, *_cut_at_marker(block, terminal, ruleset))
                continue
            kept, removed = _strip_block(block, ruleset, said)
        # A named rule explains a removal better than a count does: learned boilerplate is
        # what no rule names.
        if not removed and is_boilerplate is not None and (learned := is_boilerplate(block)):
            kept, removed = None, [Removal(learned, block.text)]
        result._record(block, kept, removed)
    edged = ruleset.edged
    if edged and any(r.rule in edged for r in result.removed):
        _keep_off_edge(result, ruleset.edge_rules)
    if any(r.rule.startswith(_CTA_PREFIX) for r in result.removed):
        _keep_steps(result)
        _keep_slogans(result)
        if any(r.rule == _LINK_CALL for r in result.removed):
            _keep_led_steps(result)
    if ruleset.boxes:
        _drop_off_topic_rests(result, ruleset.boxes, title)
        _close_boxes(result, ruleset.boxes)
    above = ruleset.above
    if above and any(r.rule in above for r in result.removed):
        _keep_below_text(result, above)  # after the boxes: a box's lines are above the text too
        if any(r.rule == _META_BYLINE for r in result.removed):
            _keep_runs_of_its_shape(result)
    if any(r.rule == _META_LINE for r in result.removed):
        # After the by-lines below the text came back: a closing （记者 王海） keeps its （摄影 李青）.
        _keep_makers_credits(result)
        _keep_clause_headings(result)
    if any(r.rule == EDITOR_INTRO for r in result.removed):
        _take_editors_paragraphs(result, title)
    if any(r.rule.startswith(_NOTICE_PREFIXES) for r in result.removed):
        _drop_labelled_notices(result)
    buttons = ruleset.buttons
    if buttons and any(r.rule in buttons for r in result.removed):
        _keep_headings(result, buttons)
    _take_split_wrappers(result)
    _drop_contents(result)
    if rules:  # no rules, no removal: a box's call is a rule's kind of wording
        _drop_promo_boxes(result, title)
        if title:  # the text after the article (no title) is never kept: no box of it to name
            _drop_frame_boxes(result, title)
            _drop_advert_cards(result, title)
            _drop_advert_lines(result, title)
            _keep_own_boxes(result)
            # after the boxes and cards: they read a paragraph a glued offer was cut from as the text's, not untouched
            _drop_offer_tails(result, title)
    _FOLDED_AHEAD.clear()  # the page's folds are not held past it (fold's own cache keeps those asked)
    return result


def _take_split_wrappers(result: StripResult) -> None:
    """A wrapper's opening part left by a rule that cut its last sentence (→ 机会难得！ before 关注…抽取…←) goes
    with it, under the same rule: a pair of decorative marks sets off one advert (:func:`fanwen.strip.calls.
    wrapper_opening`, session 29)."""
    changed = False
    for i, decision in enumerate(result.decisions):
        kept = decision.kept
        if kept is None or not decision.removed:
            continue
        cut = decision.removed[-1]
        start = wrapper_opening(kept.text, cut.text)
        if start is None:
            continue
        rest = kept.text[:start].rstrip()
        opening = Removal(cut.rule, kept.text[start:].strip())
        result.decisions[i] = Decision(
            decision.block, kept.with_text(rest) if rest else None, (*decision.removed[:-1], opening, cut)
        )
        changed = True
    if changed:
        _recount(result)


def _drop_promo_boxes(result: StripResult, title: str | None) -> None:
    """In-text promo boxes among the blocks the rules left whole (:mod:`fanwen.strip.promos`) go under
    ``promo-box``; a box's call glued after the article's sentence in its paragraph goes alone."""
    decisions = result.decisions
    untouched = [d.kept is d.block and not d.removed for d in decisions]
    removed_by = [d.removed[0].rule if d.kept is None and d.removed else None for d in decisions]
    found, glued = promo_box_cuts([d.block for d in decisions], untouched, title, removed_by)
    boxes = [i for i in found if i not in result.headings]
    for i in boxes:
        decisions[i] = Decision(decisions[i].block, None, (Removal(PROMO_BOX, decisions[i].block.text),))
    # A call glued after the article's sentence in its paragraph's link: the call alone goes (session 22).
    for i, start in glued.items():
        block = decisions[i].block
        call = block.text[start:].strip()
        decisions[i] = Decision(
            block, block.with_text(block.text[:start].rstrip()), (Removal(PROMO_BOX, call),)
        )
    if boxes or glued:
        _recount(result)


def _drop_offer_tails(result: StripResult, title: str | None) -> None:
    """Offers glued after a paragraph's last sentence among the lines kept (:mod:`fanwen.strip.tails`; a line a rule
    cut a label from too: ``【广告】限定！`` before the offer): the tail alone goes, under ``cta-offer-tail`` (session 23); so
    does a call on a channel behind an opening mark, a dash, an arrow or a bracket (:mod:`fanwen.strip.marks`, session 26)."""
    decisions = result.decisions
    kept = [i for i, d in enumerate(decisions) if d.kept is not None]
    if not title or not kept:
        return
    texts = [decisions[i].kept.text for i in kept]  # type: ignore[union-attr]
    found = cut_offer_tails(texts, fold, title)
    found.update(
        cut_marked_tails(texts, fold, found)
    )  # a call on a channel behind a mark, no gain (session 26)
    for at, start in found.items():
        decision = decisions[kept[at]]
        line = texts[at]
        rest = line[:start].rstrip()
        decisions[kept[at]] = Decision(
            decision.block,
            decision.kept.with_text(rest) if rest and decision.kept is not None else None,
            (*decision.removed, Removal(OFFER_TAIL, line[start:].strip())),
        )
    if found:
        _recount(result)


def _drop_frame_boxes(result: StripResult, title: str) -> None:
    """Promo boxes drawn as one element among the text's paragraphs (:mod:`fanwen.strip.frames`): their lines
    the rules left whole go under ``promo-frame``."""
    decisions = result.decisions
    if not any(d.block.frame is not None for d in decisions):
        return
    untouched = [d.kept is d.block and not d.removed for d in decisions]
    removed_by = [d.removed[0].rule if d.kept is None and d.removed else None for d in decisions]
    boxes = frame_boxes(
        [d.block for d in decisions], untouched, removed_by, title, frozenset(result.headings)
    )
    for i in boxes:
        decisions[i] = Decision(decisions[i].block, None, (Removal(PROMO_FRAME, decisions[i].block.text),))
    if boxes:
        _recount(result)


def _drop_advert_cards(result: StripResult, title: str) -> None:
    """Advert cards among the text's paragraphs (:mod:`fanwen.strip.cards`): a headline, a body and a button in
    one element; the lines the rules left whole go under ``advert-card``."""
    decisions = result.decisions
    untouched = [d.kept is d.block and not d.removed for d in decisions]
    removed_by = [d.removed[0].rule if d.kept is None and d.removed else None for d in decisions]
    cards = advert_cards(
        [d.block for d in decisions], untouched, removed_by, title, fold, frozenset(result.headings)
    )
    for i in cards:
        decisions[i] = Decision(decisions[i].block, None, (Removal(ADVERT_CARD, decisions[i].block.text),))
    if cards:
        _recount(result)


def _drop_advert_lines(result: StripResult, title: str) -> None:
    """Advert lines of their own among the text's paragraphs (:mod:`fanwen.strip.adlines`): a short line set apart by its
    look, or read alone, that asks the reader to act for a gain; the lines the rules left whole go under ``cta-own-line``
    (session 25)."""
    decisions = result.decisions
    untouched = [d.kept is d.block and not d.removed for d in decisions]
    blocks = [d.block for d in decisions]
    texts = [d.kept.text for d in decisions if d.kept is not None]
    lines = advert_lines(
        blocks,
        untouched,
        fold,
        _cues(),
        frozenset(result.headings),
        topic_shares(texts, title),
    )
    for i in lines:
        decisions[i] = Decision(decisions[i].block, None, (Removal(AD_LINE, decisions[i].block.text),))
    if lines:
        _recount(result)


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    """The bundled rules' cues, read once (the advert-line pass reads its channels, gains and asks in them)."""
    return bundled_cues()


# The call rules whose lines the text's own boxes use too (报名通道现已开放…免费参加, 注册后下载完整版).
_OWN_BOX_RULES = frozenset({"cta-reader-call", "cta-download"})


def _keep_own_boxes(result: StripResult) -> None:
    """Lines a call rule removed whole from the text's own box come back (:func:`fanwen.strip.cards.own_box_lines`:
    an event page's sign-up box, a tutorial's download box; review of advert-card, session 23)."""
    decisions = result.decisions
    removed_by = [d.removed[0].rule if d.kept is None and len(d.removed) == 1 else None for d in decisions]
    if not any(rule in _OWN_BOX_RULES for rule in removed_by):
        return
    untouched = [d.kept is d.block and not d.removed for d in decisions]
    spared = own_box_lines([d.block for d in decisions], untouched, removed_by, fold, _OWN_BOX_RULES)
    _keep_whole(result, spared)


def _take_editors_paragraphs(result: StripResult, title: str | None) -> None:
    """A paragraph whose editor's intro a rule cut (``下面是小编…``) is the editor's whole when the rest of it
    defines the genre the title names (``转正申请书是…的文书。`` under ``转正申请书（通用3篇）``), or when it opens
    the text and the intro ends it: the sentence or two before it (``春天是…的季节，万物复苏。``) are the editor's
    lead-in to the collection, not its first piece (:func:`leads_into_the_intro`)."""
    decisions = result.decisions
    changed = False
    text_before = False
    for index, decision in enumerate(decisions):
        kept = decision.kept
        if (
            kept is not None
            and decision.removed
            and all(r.rule == EDITOR_INTRO for r in decision.removed)
            and (
                (title is not None and defines_the_genre(kept.text, title))
                or (
                    not text_before and leads_into_the_intro(decision.block.text, kept.text, decision.removed)
                )
            )
        ):
            block = decision.block
            decisions[index] = Decision(block, None, (Removal(EDITOR_INTRO, block.text),))
            changed = True
        elif kept is not None and len(kept.text) >= _PROSE_MIN_CHARS and kept.heading is None:
            text_before = True
    if changed:
        _recount(result)


def leads_into_the_intro(text: str, kept: str, removed: tuple[Removal, ...]) -> bool:
    """Whether what is left of a paragraph (``kept``) is an editor's lead-in to the intro the rules cut from it: the
    paragraph's opening (the intro ends it), a sentence or two of at most 120 characters, in no writer's voice
    (我, 笔者, 本人; 我国 is none), and the intro names the site's editor (小编, 本站, 编辑) or its gathering for the reader
    (为大家整理). A paragraph of the article's own with an intro glued to its end is longer, or has its writer in it.

    >>> leads_into_the_intro("春天是…的季节。下面是小编整理的诗歌，欢迎阅读。", "春天是…的季节。", (Removal("r", "下面是小编整理的诗歌，欢迎阅读。"),))
    True
    >>> leads_into_the_intro("下面是小编整理的诗歌。春天是…的季节。", "春天是…的季节。", (Removal("r", "下面是小编整理的诗歌。"),))
    False
    """
    lead = fold(kept.strip())
    if (
        not lead
        or len(lead) > _DEFINITION_MAX_CHARS
        or len(sentences(lead)) > 2
        or _WRITERS_VOICE.search(lead)
    ):
        return False
    if not re.sub(r"\s+", "", fold(text)).startswith(re.sub(r"\s+", "", lead)):
        return False
    return any(_SITES_EDITOR.search(fold(r.text)) for r in removed)


def defines_the_genre(text: str, title: str) -> bool:
    """Whether ``text`` (a sentence or two) opens by defining the genre the title names: the end of the title's
    words, its tags in brackets aside, then 是 / 指 (``颁奖词是对…的概括`` under ``…颁奖词（精选6篇）``). A scenic or seasonal
    opening (``秋天是收获的季节`` under ``描写秋天的诗句``) defines none.

    >>> defines_the_genre("辞职报告是员工提出辞职时写的材料。", "辞职报告（通用5篇）")
    True
    >>> defines_the_genre("秋天是收获的季节。", "描写秋天的诗句"), defines_the_genre("作文是…的方式。", "描写秋天的作文")
    (False, True)
    """
    text = fold(text.strip())
    if len(text) > _DEFINITION_MAX_CHARS or len(sentences(text)) > 2:
        return False
    core = re.sub(r"[（(【\[][^）)】\]]*[）)】\]]", "", fold(title)).strip()
    return any(
        text.startswith(core[-size:]) and re.match(r"，?(是|指|就是|即)", text[size:]) is not None
        for size in range(_GENRE_MIN_CHARS, len(core) + 1)
    )


def _drop_contents(result: StripResult) -> None:
    """A table of contents the text repeats below (:mod:`fanwen.strip.contents`), its label and its
    entries, goes whole under ``nav-contents``."""
    decisions = result.decisions
    lines = [d.block.text if d.kept is d.block and not d.removed else None for d in decisions]
    runs = contents_runs(lines)
    for run in runs:
        for i in run:
            decisions[i] = Decision(decisions[i].block, None, (Removal(CONTENTS, decisions[i].block.text),))
    if runs:
        _recount(result)


# A told sentence left of a box's paragraph is the article's when this share of its words is the article's (the rest of
# the text and the title): a lesson plan's 学生自由朗读课文，… shares a third; a box's own description sentence before its
# call (名师一对一辅导，…，口碑很好。加V：…) one word or none.
_TOLD_SHARED_MIN = 0.15


def _drop_off_topic_rests(result: StripResult, boxes: dict[str, Rule], title: str | None) -> None:
    """A paragraph a box rule cut its call from, whose rest is a told sentence (:func:`_told_sentence`) of the box's
    line's shape, goes whole under the rule when that sentence is off the article's topic: the box's own description
    (session 22; on the topic it is the sentence the call was glued to, and stays)."""
    decisions = result.decisions
    found: list[tuple[int, Rule]] = []
    for index, decision in enumerate(decisions):
        kept, block = decision.kept, decision.block
        if kept is None or kept is block or not decision.removed:
            continue
        rule = next((boxes[r.rule] for r in decision.removed if r.rule in boxes), None)
        if (
            rule is not None
            and block.text.startswith(kept.text)
            and _told_sentence(kept.text)
            and _box_line(Decision(kept, kept), rule)
        ):
            found.append((index, rule))
    if not found:
        return
    texts = [d.kept.text for d in decisions if d.kept is not None]
    dropped = False
    for index, rule in found:
        block = decisions[index].block
        if topic_share(decisions[index].kept.text, texts, title) < _TOLD_SHARED_MIN:  # type: ignore[union-attr]
            decisions[index] = Decision(block, None, (Removal(rule.name, block.text),))
            dropped = True
    if dropped:
        _recount(result)


def _close_boxes(result: StripResult, boxes: dict[str, Rule]) -> None:
    """Next to a block a ``box`` rule removed whole, the short lines that show one of its cues
    (the box's question, its phone and button) go too, under the same rule; and below it, the
    box's body, when the rule gives one (``box_body_chars``)."""
    decisions = result.decisions
    changed = False
    for index, decision in enumerate(decisions):
        rule = boxes.get(decision.removed[0].rule) if decision.kept is None and decision.removed else None
        if rule is None:
            continue
        for step in (-1, 1):
            other = index + step
            while (
                0 <= other < len(decisions)
                and (
                    _box_line(decisions[other], rule)
                    or (
                        step == 1
                        and other == index + 1
                        and (_box_body(decisions[other], rule) or _boxed_in(decisions, other, rule))
                    )
                )
                # a numbered line the article's kept prose follows is its heading (三、课程安排)
                and not (
                    HEADING_NUMBER.match(decisions[other].block.text)
                    and other + 1 < len(decisions)
                    and decisions[other + 1].kept is decisions[other + 1].block
                    and _is_prose(decisions[other + 1].block)
                )
            ):
                block = decisions[other].block
                decisions[other] = Decision(block, None, (Removal(rule.name, block.text),))
                changed = True
                other += step
    if changed:
        _recount(result)


def _boxed_in(decisions: Sequence[Decision], i: int, rule: Rule) -> bool:
    """The paragraph between a box's title and its closing line (溪城AI速读 / the summary / 以下摘要由…AI…生成), both
    removed whole by the rule: the box's body, whatever it says, when no longer than the rule allows (session 19)."""
    block = decisions[i].block
    after = decisions[i + 1] if i + 1 < len(decisions) else None
    return (
        rule.box_body_chars > 0
        and decisions[i].kept is block
        and not decisions[i].removed
        and len(block.text) <= rule.box_body_chars
        and after is not None
        and after.kept is None
        and bool(after.removed)
        and after.removed[0].rule == rule.name
    )


def _box_line(decision: Decision, rule: Rule) -> bool:
    block = decision.block
    return (
        decision.kept is block
        and not decision.removed
        and len(block.text) <= _BOX_LINE_MAX_CHARS
        and not _is_prose(block)
        and rule.shows_a_cue(block.text)
    )


def _box_body(decision: Decision, rule: Rule) -> bool:
    """The paragraph right below a box's title that is the box's body: untouched, no longer than the
    rule allows, showing one of its cues."""
    block = decision.block
    return (
        decision.kept is block
        and not decision.removed
        and len(block.text) <= rule.box_body_chars
        and rule.shows_a_cue(block.text)
    )


class _RuleSet:
    """Rules split by scope, each part in the given order, and the words of every rule looked
    for in one pass (:class:`fanwen.strip.literals.WordSets`): a text that holds none of them
    (most sentences of an article) needs only the rules without words.

    The words of a rule for short lines only (``max_chars`` up to 40: a button, an end mark, a
    credit line) count only in a block's short sentences, never as "the block holds a word":
    such words are often common ones (完, 编辑, 最新)."""

    _cache: ClassVar[dict[tuple[int, ...], _RuleSet]] = {}
    # The tuple of rules last asked about and its set (of).
    _last: ClassVar[tuple[tuple[Rule, ...], _RuleSet] | None] = None

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        by_scope = {scope: tuple(r for r in rules if r.scope == scope) for scope in SCOPES}
        self.span, self.sentence = by_scope["span"], by_scope["sentence"]
        self.block, self.after = by_scope["block"], by_scope["after"]
        self.whole = tuple(r for r in rules if r.scope != "span")  # rules that judge a whole block
        # The names of the rules each pass after the blocks' decisions asks about (strip_blocks):
        # found here once, not by a loop over every rule on every call.
        self.edged = frozenset(r.name for r in rules if r.edge)
        self.edge_rules = tuple(r for r in rules if r.name in self.edged)
        self.boxes = {r.name: r for r in rules if r.box}
        self.above = frozenset(r.name for r in rules if r.above_text)
        self.buttons = frozenset(r.name for r in rules if r.button)
        # Whether every rule but the block rules has words (the bundled rules: a link list's
        # block rule has none), so that a block without any of them needs no more look (wordless).
        # (A short span rule's max_chars is not a sentence's: such a set is never wordless.)
        self.worded = all(r.prefilter is not None for r in rules if r.scope != "block") and not any(
            r.short and r.scope == "span" for r in rules
        )
        # Every rule with words has a slot in one set of word sets (literals.WordSets): one pass
        # over a text says which rules' words it holds, where each rule's prefilter was a search.
        worded = [r for r in rules if r.prefilter is not None]
        self._slot = {id(r): slot for slot, r in enumerate(worded)}
        self._words = WordSets(r.literals or () for r in worded) if worded else None
        self._long_slots = frozenset(self._slot[id(r)] for r in worded if not r.short)
        self._short_slots = frozenset(self._slot[id(r)] for r in worded if r.short)
        self.short_rules = tuple((r.max_chars or 0, self._slot[id(r)]) for r in worded if r.short)
        # Each slot's words (a rule's literals), for a look at a line with the few rules it may need.
        self._slot_words = tuple(tuple(r.literals or ()) for r in worded)
        # The block rules a text wordless() said yes to may meet (first_wordless): those without words.
        self._wordless_block = tuple(r for r in self.block if r.prefilter is None)
        # The longest text one of them may take, where each has a max_chars (the bundled: 40 and 80 characters):
        # a longer text, most of an article's paragraphs, needs none of them asked (first_wordless).
        limits = [r.max_chars for r in self._wordless_block]
        self._wordless_longest = (
            None if None in limits else max((m for m in limits if m is not None), default=-1)
        )
        self._found: dict[str, frozenset[int]] = {}
        # candidates(): each list of rules (kept, so that its id stays its own) with its rules'
        # distinct max_chars sorted, and the answers by (list, lengths exceeded, slots, slots).
        self._limits: dict[int, tuple[Sequence[Rule], list[int]]] = {}
        self._taken: dict[tuple[int, int, frozenset[int], frozenset[int]], tuple[Rule, ...]] = {}

    @classmethod
    def of(cls, rules: Sequence[Rule]) -> _RuleSet:
        """The set for ``rules``, built once per list of rules (a crawl strips with one list).

        The tuple last asked about is its set at once: a tuple holds the same rules for as long as
        it lives (and ``_last`` keeps it alive, so no other takes its id), where the key of the
        rules' ids (200 of them) was built and hashed at every call, twice an article (the text and
        what follows it; session 25).
        """
        last = cls._last
        if last is not None and last[0] is rules:
            return last[1]
        key = tuple(map(id, rules))
        found = cls._cache.get(key)
        if found is None:
            if len(cls._cache) >= 64:
                cls._cache.clear()
            found = cls._cache[key] = cls(rules)  # holds the rules: their ids stay theirs
        if type(rules) is tuple:
            cls._last = (rules, found)
        return found

    def candidates(
        self, rules: Sequence[Rule], folded: str, shortest: int = 0, said: _Sentences | None = None
    ) -> Sequence[Rule]:
        """Those of ``rules`` whose words (if they have a prefilter) occur in ``folded`` and that
        take a text of ``shortest`` characters (a rule's ``max_chars`` rules out a long text
        before any search). ``said``: ``folded`` is its sentences joined; a rule for short lines
        looks in its short sentences only, and no word is in them when none is in the block."""
        lines = folded if said is None else said.short
        has_word = not self._long_slots or (
            self._has_word(said.whole) and self._has_word(folded)
            if said is not None
            else self._has_word(folded)
        )
        # The rules whose words are in the text: a rule for short lines looks in ``lines``.
        in_text = self.words_in(folded) if has_word else frozenset()
        in_lines = self.words_in(lines) if lines else frozenset()
        # The answer depends on the rules, on how many of their lengths ``shortest`` exceeds and on
        # the two sets of slots, which few texts make differ: it is kept for them (a Python pass
        # over every rule for every block and scope was an eighth of strip's time).
        # Callers pass the rule set's own lists (block, after, sentence, span, whole), which live
        # as long as it: an answer is keyed by the list's id, and _limits keeps each list alive so
        # that its id stays its own; both are cleared together, so no answer outlives its list.
        limits = self._limits.get(id(rules))
        if limits is None or limits[0] is not rules:
            if len(self._limits) >= 64:
                self._limits.clear()
                self._taken.clear()
            limits = self._limits[id(rules)] = (
                rules,
                sorted({r.max_chars for r in rules if r.max_chars is not None}),
            )
        key = (id(rules), bisect_left(limits[1], shortest) if shortest else 0, in_text, in_lines)
        found = self._taken.get(key)
        if found is None:
            if len(self._taken) >= 4096:
                self._taken.clear()
            slot = self._slot
            found = self._taken[key] = tuple(
                r
                for r in rules
                if (not shortest or r.max_chars is None or r.max_chars >= shortest)
                and (r.prefilter is None or slot[id(r)] in (in_lines if r.short else in_text))
            )
        return found

    def words_in(self, folded: str) -> frozenset[int]:
        """The slots of the rules whose words ``folded`` holds (see ``_slot``); a text is asked
        about by several scopes and rules in turn, and looked at once."""
        found = self._found.get(folded)
        if found is None:
            if len(self._found) >= 256:
                self._found.clear()
            found = self._found[folded] = (
                self._words.found(folded) if self._words is not None else frozenset()
            )
        return found

    def wordless(self, text: str) -> bool:
        """Whether no rule but a block rule without words can fire on ``text``: every other rule
        has words, none of the rules' words is in its folded text (nor then in any of its
        sentences, as :meth:`candidates` looks there), and a short rule's word, if one is there
        (完 in 完成), in none of its short sentences, where a short rule looks."""
        if not self.worded:
            return False
        folded = fold(text)
        found = self.words_in(folded)
        if not found.isdisjoint(self._long_slots):
            return False
        if found.isdisjoint(self._short_slots):
            return True
        # A short rule fires on a text (the block, or one of its sentences) no longer than its
        # max_chars only: 完 in a sentence of 30 characters is no end line's. A line is a part of
        # the block, so only the short rules whose words the block holds can have one in it: each
        # short line is asked for those rules' words alone (``in``), not searched for every
        # rule's (a set match per sentence was a third of strip's time on an article's page).
        # A line is a part of the block: only the rule's words the block holds are asked of its lines
        # (one or two of a rule's up to 28; each word of each rule asked of each line cost 28 µs a
        # block, a tenth of the strip on real-shape pages: docs/performance.md, session 27).
        held = []
        for max_chars, slot in self.short_rules:
            if slot in found and (words := [w for w in self._slot_words[slot] if w in folded]):
                held.append((min(max_chars, _SHORT_RULE_CHARS), words))
        if not held:
            return True
        longest = max(limit for limit, _ in held)
        lines = [
            line for line in (folded, *(part.strip() for part in sentences(folded))) if len(line) <= longest
        ]
        return not any(
            len(line) <= limit and any(word in line for word in words)
            for line in lines
            for limit, words in held
        )

    def first_wordless(self, text: str, block: Block) -> Rule | None:
        """``first(self.block, text, block)`` for a text :meth:`wordless` said yes to, without the
        word sets: only the block rules without words can fire on it (no long rule's word is in
        it, and a short rule's word is in no line that rule may take, the text itself included),
        each asked in its order (docs/performance.md, session 19); none where the text is longer than any of them
        takes (session 25)."""
        if self._wordless_longest is not None and len(text) > self._wordless_longest:
            return None
        folded = fold(text)
        return next((r for r in self._wordless_block if _matches(r, text, folded, block)), None)

    def _has_word(self, folded: str) -> bool:
        """Whether ``folded`` holds a word of a rule not for short lines only."""
        return not self.words_in(folded).isdisjoint(self._long_slots)

    def first(self, rules: Sequence[Rule], text: str, block: Block) -> Rule | None:
        """The first of ``rules`` that matches the whole ``text``, as ``Rule.matches``."""
        folded = fold(text)
        return next(
            (r for r in self.candidates(rules, folded, len(text)) if _matches(r, text, folded, block)), None
        )


class _Sentences:
    """A text's sentences, stripped and folded with one OpenCC call, and all of them folded
    and joined by line breaks: a word no sentence holds is not in the joined text either, so
    one look there rules a rule out for every sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts = sentences(text)
        self.stripped = [part.strip() for part in self.parts]
        self.folded = fold_all(self.stripped)
        self.joined = "\n".join(self.folded)
        self.shortest = min(map(len, self.stripped), default=0)
        self.short = "\n".join(f for f in self.folded if len(f) <= _SHORT_RULE_CHARS)
        self.whole = fold(text)  # the block's own folded text: every word of a sentence is in it


def _matches(rule: Rule, text: str, folded: str, block: Block) -> bool:
    """``rule.matches(text, block)`` for a text already folded."""
    if rule.max_chars is not None and len(text) > rule.max_chars:
        return False
    if block.link_density < rule.min_link_density:
        return False
    if rule.prefilter is not None and rule.prefilter.search(folded) is None:
        return False
    return rule._found(folded)


def _terminal(block: Block, rules: _RuleSet, said: _Sentences) -> Rule | None:
    whole = rules.first(rules.after, block.text, block)
    if whole is not None:
        return whole
    pairs = list(zip(said.stripped, said.folded, strict=True))
    for rule in rules.candidates(rules.after, said.joined, said.shortest, said):
        if any(_matches(rule, s, f, block) for s, f in pairs):
            return rule
    return None


def _strip_block(
    block: Block, rules: _RuleSet, said: _Sentences | None = None
) -> tuple[Block | None, list[Removal]]:
    hit = rules.first(rules.block, block.text, block)
    if hit is not None:
        return None, [Removal(hit.name, block.text)]
    text, cuts = _cut_spans(block, rules)
    if said is None or said.text != text:
        said = _Sentences(text)
    keep: list[str] = []
    boxed: Rule | None = None  # a box rule that cut a sentence of the block
    per_sentence = rules.candidates(rules.sentence, said.joined, said.shortest, said)
    if not per_sentence and not cuts:
        return block, []
    hits = [
        next((r for r in per_sentence if _matches(r, stripped, folded, block)), None)
        for stripped, folded in zip(said.stripped, said.folded, strict=True)
    ]
    if len(hits) > 1 and any(hit is not None and hit.name.startswith(_CTA_PREFIX) for hit in hits):
        hits = _spare_steps(said.stripped, hits)
    for part, hit in zip(said.parts, hits, strict=True):
        if hit is None:
            keep.append(part)
            continue
        boxed = boxed or (hit if hit.box else None)
        bracket = _bracketed(hit, part, block, rules)
        if bracket is not None:  # the advert is a bracket glued to the article's line: cut only it
            keep.append(part[: bracket.start()] + part[bracket.end() :])
            cuts.append(Removal(hit.name, bracket.group(0)))
            continue
        # 写材料太难？ before a call to action (the cta-* rules) is the advert's own opening; before
        # a notice (转载请注明出处) it is the article's last sentence.
        if keep and hit.name.startswith(_CTA_PREFIX) and _is_lead_in(keep[-1]):
            part = keep.pop() + part
        cuts.append(Removal(hit.name, part.strip()))
    if not cuts:
        return block, []
    rest = "".join(keep).strip()
    # Nothing but the advert, or the advert and its lead-in question (喜欢这篇文章吗？): record
    # the whole block under the first rule that fired.
    if not _MEANINGFUL.search(rest) or _is_lead_in(rest) or _is_its_button(block, rest, cuts):
        return None, [Removal(cuts[0].rule, block.text)]
    # A box's short line sharing its paragraph with the offer (名师一对一批改。报名请加V：…，免费
    # 领取试听课。): the paragraph is the box; a sentence of the article's the offer was glued to is not.
    if (
        boxed is not None
        and not (_told_sentence(rest) and block.text.startswith(rest))
        and _box_line(Decision(kept := block.with_text(rest), kept), boxed)
    ):
        return None, [Removal(boxed.name, block.text)]
    return block.with_text(rest), cuts


# A sentence of the article's left in a paragraph a box rule cut its glued call from (session 22): closed by its stop
# (an advert's line ends bare or exclaims), in clauses (two marks, its stop one of them), of this many letters at least,
# the paragraph's opening (the call glued after it; what follows a call goes on with it: 如果你喜欢…，欢迎转发。也可以
# 直接回复这封邮件，和我聊聊…。).
_TOLD_MIN_LETTERS = 16
_TOLD_END = re.compile(r"[。？?][”’」』）)]*$")
_CLAUSE_MARK = re.compile(r"[，。；？,;?]")


def _told_sentence(text: str) -> bool:
    """Whether ``text``, what is left of a paragraph after a box rule's cut, is a sentence of the article's: no box's
    line however its words show the box's cue (``学生自由朗读课文，圈出生字，同桌互相检查读音。`` under a lesson plan's
    ``（二）初读课文``, the 课 of 课文 a live class's cue). A box's title line is a fragment (``名师一对一批改。``).

    >>> _told_sentence("学生自由朗读课文，圈出生字，同桌互相检查读音。"), _told_sentence("名师一对一批改。")
    (True, False)
    """
    text = text.strip()
    return (
        _TOLD_END.search(text) is not None
        and len(_CLAUSE_MARK.findall(text)) >= 2
        and len(_MEANINGFUL.findall(text)) >= _TOLD_MIN_LETTERS
    )


def _spare_steps(lines: Sequence[str], hits: list[Rule | None]) -> list[Rule | None]:
    """``hits`` (the rule that fired on each line, if one did) without the calls to action that are
    steps of the text's own procedure (:mod:`fanwen.strip.steps`: 1.扫码关注医院公众号；2.点击预约…)."""
    said = [(line, hit is None) for line, hit in zip(lines, hits, strict=True)]
    return [
        None if hit is not None and hit.name.startswith(_CTA_PREFIX) and in_procedure(said, i) else hit
        for i, hit in enumerate(hits)
    ]


def _keep_steps(result: StripResult) -> None:
    """Blocks a call to action removed, or cut from their step's mark on, that are steps of the
    article's own procedure (a guide's ``● 扫码关注…医院微信公众号；`` above its other steps) come back
    whole. An advert glued to a step (``3.出示生字卡片…[…PDF免费下载，点此领取]``) is no part of it."""
    decisions = result.decisions
    lines = [(d.block.text, d.kept is d.block and not d.removed) for d in decisions]
    spared = [
        i
        for i, d in enumerate(decisions)
        if d.removed
        and all(r.rule.startswith(_CTA_PREFIX) for r in d.removed)
        and (d.kept is None or d.block.text.lstrip().startswith(d.removed[0].text))
        and in_procedure(lines, i)
    ]
    _keep_whole(result, spared)


# A how-to's step on a line of its own whose arrow leads to the next step, a line opening with a word of sequence
# (打开微信，点击“我” → over 再点击“设置” →, 最后…即可。): the text's procedure, not a call's link (review of cda8748,
# session 19). cta-link-call does not take a line opening with such a word itself (rules.toml).
_LINK_CALL = "cta-link-call"
_NEXT_STEP = re.compile(r"^\W{0,2}(?:再|然后|接着|随后|最后|之后|其次)")


def _keep_led_steps(result: StripResult) -> None:
    """Blocks cta-link-call alone removed whole whose next block is kept whole and opens with a word of sequence
    (``_NEXT_STEP``) come back: the arrow leads to the how-to's next step."""
    decisions = result.decisions
    spared = [
        i
        for i in range(len(decisions) - 1)
        if (d := decisions[i]).kept is None
        and d.removed
        and all(r.rule == _LINK_CALL for r in d.removed)
        and (after := decisions[i + 1]).kept is after.block
        and not after.removed
        and _NEXT_STEP.match(after.block.text) is not None
    ]
    _keep_whole(result, spared)


# A plan's part heading (numbered, 二、活动主题, or a label's colon, 宣传口号：) that names the line under it a slogan or
# a theme: a marketing plan quoting its own call (★开通会员，解锁…★), not the site's (review of cta-tool-offer, session
# 18). A site's label (精选文案, 本期主题) has no number and no colon; a slogan offers, so only the rules that read an
# offer give one back: a handle or a follow call under the heading is the site's all the same.
_SLOGAN_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[、.．]|第[一二三四五六七八九十\d]{1,3}[、，,\s])"
    r"[^。！？]*(?:主题|口号|标语|广告语|宣传语|广告词)\s*[:：]?\s*$"
    r"|(?:主题|口号|标语|广告语|宣传语|广告词)\s*[:：]\s*$"
)
_SLOGAN_HEADING_MAX_CHARS = 16
_SLOGAN_RULES = frozenset({"cta-tool-offer", "cta-vip", "cta-offer"})


def _keep_slogans(result: StripResult) -> None:
    """Blocks an offer's call rule removed whole, or from their start, right under a kept short plan's heading that
    names them a slogan or a theme (``三、宣传口号：`` over ``试试AI写作，一键生成…！``) come back whole."""
    decisions = result.decisions
    spared = [
        i
        for i in range(1, len(decisions))
        if (d := decisions[i]).removed
        and all(r.rule in _SLOGAN_RULES for r in d.removed)
        and (d.kept is None or d.block.text.lstrip().startswith(d.removed[0].text))
        and (before := decisions[i - 1]).kept is before.block
        and not before.removed
        and len(heading := before.block.text.strip()) <= _SLOGAN_HEADING_MAX_CHARS
        and _SLOGAN_HEADING.search(heading) is not None
    ]
    _keep_whole(result, spared)


# The makers' credits under a report's text (issue 11): the report's own byline, kept (报道：… /
# 记者：… / 文／… / （记者 王海 通讯员 李青）), and on the lines right after it the credit of its pictures or its
# words (摄影：…, （摄影 李青）), which meta-line would take for the site's staff. A line that also names the
# staff (审核, 编辑) is theirs and goes. A role of two characters and more may be parted from its name by a space.
_META_LINE = "meta-line"
_META_BYLINE = "meta-byline"
_BYLINE = re.compile(
    r"^\W{0,2}((报道|记者|采写|撰文|撰稿|文字|文、图|文图|图文|文|作者|通讯员)\s*[:：|｜丨/／]|(记者|通讯员|作者)\s)"
)
_MAKER_CREDIT = re.compile(
    r"^\W{0,2}((摄影|摄像|图片|图|撰文|撰稿|文字|视频)\s*[:：|｜丨/／]|(摄影|摄像|图片)\s)"
)
_STAFF = re.compile(r"编辑|责编|审核|校对|排版|美编|审校|终审|初审|复审|值班")
_CREDIT_MAX_CHARS = 30


def _keep_makers_credits(result: StripResult) -> None:
    """Makers' credit lines (``摄影：…``) meta-line removed right after the report's kept byline
    (``记者：…``), or after another such credit, come back whole."""
    decisions = result.decisions
    spared: list[int] = []
    for i in range(1, len(decisions)):
        d, before = decisions[i], decisions[i - 1]
        text = d.block.text.strip()
        if not (
            d.kept is None
            and all(r.rule == _META_LINE for r in d.removed)
            and len(text) <= _CREDIT_MAX_CHARS
            and _MAKER_CREDIT.search(text)
            and not _STAFF.search(text)
        ):
            continue
        if (i - 1 in spared) or (
            before.kept is before.block
            and not before.removed
            and len(shown := before.block.text.strip()) <= _CREDIT_MAX_CHARS
            and _BYLINE.search(shown) is not None
        ):
            spared.append(i)
    _keep_whole(result, spared)


def _keep_clause_headings(result: StripResult) -> None:
    """Heading tags (h1–h6) meta-line removed whose value is a clause, no name, come back whole
    (review R20): a part of the text headed ``activity：slogan`` (a school's clubs, 摄影：用镜头记录校园
    生活) is no credit of the site's staff (摄影：李青, 编辑：王丽 in a heading tag still go)."""
    decisions = result.decisions
    spared = [
        i
        for i, d in enumerate(decisions)
        if d.kept is None
        and d.block.heading is not None
        and d.removed
        and all(r.rule == _META_LINE for r in d.removed)
        and (value := _CREDIT_VALUE.search(d.block.text)) is not None
        and not _NAMES.fullmatch(value.group(1).strip().rstrip("）)】]"))
    ]
    _keep_whole(result, spared)


# A credit line's value after its label, and the names a credit gives (李青, 王海 李青, 王海、李青).
_CREDIT_VALUE = re.compile(r"[:：|｜丨/／]\s*(.+)$")
_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,4}((\s+|、)[\u4e00-\u9fff·]{2,4})*|[A-Za-z .·-]+|\W*")


def _keep_below_text(result: StripResult, above: AbstractSet[str]) -> None:
    """Blocks that only rules for what is above the text (``above_text``) cut, or their boxes took,
    below the article's first paragraph of prose, come back whole: a part of the article headed
    ``✨ AI 摘要``."""
    decisions = result.decisions
    first = next(
        (i for i, d in enumerate(decisions) if d.kept is not None and _is_prose(d.kept)), len(decisions)
    )
    spared = [
        i
        for i in range(first + 1, len(decisions))
        if decisions[i].removed and all(r.rule in above for r in decisions[i].removed)
    ]
    _keep_whole(result, spared)


def _keep_runs_of_its_shape(result: StripResult) -> None:
    """By-lines meta-byline removed that are one of a run of lines of their shape the text keeps come back whole
    (session 19): a word game's 文／武双全 over 古／今中外 and 上／下求索 is the text's first item, no writer's credit."""
    decisions = result.decisions
    spared = [
        i
        for i, d in enumerate(decisions)
        if d.kept is None
        and d.removed
        and all(r.rule == _META_BYLINE for r in d.removed)
        and _among_its_like(decisions, i)
    ]
    _keep_whole(result, spared)


# A list's item or a table's cell: among its siblings of the same shape, an item of the text's own.
_ITEM_TAGS = frozenset({"li", "td", "th", "dd", "dt", "tr"})


def _keep_off_edge(result: StripResult, rules: Sequence[Rule]) -> None:
    """Blocks that only ``edge`` rules cut, where the cut is not at the text's edge, come back whole
    (review of 789ef17, R1-R9): a site's note (本文经作者授权转载, （原标题：…）, 感谢热心网友“小蓝”的线索投递！,
    （摄影 李青）) is a line of its own or the closing sentence or bracket of the text's last paragraph of
    prose (``end``), or a line of its own above the first or below the last (``edges``); never an item of
    a list or a table (书法 王丽华 / 摄影 李青 among the text's items). A cut that a rule of the same name
    without an edge makes as well is that rule's, and stays."""
    decisions = result.decisions
    prose = [i for i, d in enumerate(decisions) if d.kept is not None and _is_prose(d.kept)]
    first, last = (prose[0], prose[-1]) if prose else (len(decisions), -1)
    by_name: dict[str, list[Rule]] = {}
    for rule in rules:
        by_name.setdefault(rule.name, []).append(rule)
    spared = []
    for i, d in enumerate(decisions):
        if not d.removed or not all(r.rule in by_name for r in d.removed):
            continue
        edges = {rule.edge for r in d.removed for rule in by_name[r.rule] if rule.edge}
        if any(_edgeless_cut(by_name[r.rule], r, d.block) for r in d.removed):
            continue
        item = d.block.tag in _ITEM_TAGS or _among_its_like(decisions, i)
        closing = i >= last and _closes(d.block.text, d.removed[-1].text)
        if item or not (closing or ("edges" in edges and d.kept is None and i < first)):
            spared.append(i)
    _keep_whole(result, spared)


def _edgeless_cut(rules: Sequence[Rule], removal: Removal, block: Block) -> bool:
    """Whether a rule of ``removal``'s name that has no edge makes the cut too (the old notice rules
    of that name, 未经授权不得转载, hold anywhere)."""
    return any(
        not rule.edge
        and (
            rule.matches(block.text, block)
            if rule.scope == "block"
            else bool(rule.spans(block.text, block))
            if rule.scope == "span"
            else rule.matches(removal.text, block)
        )
        for rule in rules
    )


# A line of a role or a subject and a name or two (摄影 李青, 书法 王丽华, （记者 王海）): a credit's shape, and a
# list's item's (the teachers of a school's clubs, one a line).
_ROLE_AND_NAME = re.compile(
    r"^\W{0,2}[\u4e00-\u9fff]{1,4}\s*[\s:：/／]\s*[\u4e00-\u9fff·]{2,4}((\s+|、)[\u4e00-\u9fff·]{1,4}){0,3}\W{0,2}$"
)


def _among_its_like(decisions: Sequence[Decision], i: int) -> bool:
    """Whether the line at ``i`` is one of a run of lines of its shape the text keeps (书法 王丽华 / 绘画 陈晓 /
    摄影 李青): an item of the text's list, not a credit under it."""
    if not _ROLE_AND_NAME.match(decisions[i].block.text.strip()):
        return False
    return any(
        0 <= j < len(decisions)
        and decisions[j].kept is decisions[j].block
        and _ROLE_AND_NAME.match(decisions[j].block.text.strip()) is not None
        for j in (i - 1, i + 1)
    )


def _closes(text: str, cut: str) -> bool:
    """Whether ``cut`` closes ``text``: nothing but marks after it."""
    at = text.rfind(cut.strip())
    return at >= 0 and not _MEANINGFUL.search(text, at + len(cut.strip()))


# The site's own notices: a reprint or disclaimer notice, a footer's copyright.
_NOTICE_PREFIXES = ("notice-", "footer-")
# A label line: a field's name, a few characters and no sentence's mark (免责声明, 版权声明).
_NOTICE_LABEL = re.compile(r"^[^\W\d_]{1,6}\s*[:：]?$")


def _drop_labelled_notices(result: StripResult) -> None:
    """A site's notice under a label of its own goes whole (review R4): where a short label line
    (免责声明, 版权声明: a record table's label cell) is followed by a block whose opening sentence a
    notice rule (``notice-*``, ``footer-*``) took, and the label itself went to such a rule, the rest
    of that block is the notice's too. A labelled part of the text (编者按) that opens with a repost
    notice keeps its prose (review R18), as a part that opens with prose does."""
    decisions = result.decisions
    changed = False
    for i in range(1, len(decisions)):
        label, value = decisions[i - 1], decisions[i]
        if (
            value.kept is None
            or not value.removed
            or not value.removed[0].rule.startswith(_NOTICE_PREFIXES)
            or not value.block.text.startswith(value.removed[0].text)
            or not _NOTICE_LABEL.match(label.block.text.strip())
            or not label.removed  # the label names a notice itself (免责声明); 编者按 is the text's part
            or any(not r.rule.startswith(_NOTICE_PREFIXES) for r in label.removed)
        ):
            continue
        rule = value.removed[0].rule
        decisions[i] = Decision(value.block, None, (*value.removed, Removal(rule, value.kept.text)))
        if label.kept is not None:
            decisions[i - 1] = Decision(label.block, None, (*label.removed, Removal(rule, label.kept.text)))
        changed = True
    if changed:
        _recount(result)


def _keep_headings(result: StripResult, buttons: AbstractSet[str]) -> None:
    """Blocks only a ``button`` rule removed that are headings of the article's text come back whole
    (review R15: a guide's part headed 免费预约). A button is a link or a box's last line; a heading
    here is marked one (``<h3>``, a bold line: ``<p><strong>AI续写</strong></p>`` over a teacher's paragraph on it,
    review rv3), unlinked, and heads the text's prose the rules kept,
    with nothing they removed right above it, or the text heads its other parts at the same level
    (a button styled as a heading right under an advert is no heading of the text)."""
    decisions = result.decisions
    levels = {
        (d.block.tag, d.block.heading)
        for d in decisions
        if d.kept is d.block and not d.removed and d.block.heading is not None and d.block.link_density == 0
    }
    spared = []
    for i, d in enumerate(decisions):
        if not (
            d.kept is None
            and d.removed
            and all(r.rule in buttons for r in d.removed)
            and (d.block.heading is not None or d.block.bold)
            and d.block.link_density == 0
            and i + 1 < len(decisions)
            and (after := decisions[i + 1]).kept is after.block
            and _is_prose(after.block)
        ):
            continue
        advert_above = i > 0 and bool(decisions[i - 1].removed)
        if not advert_above or (d.block.tag, d.block.heading) in levels:
            spared.append(i)
    result.headings.update(spared)
    _keep_whole(result, spared)


def _keep_whole(result: StripResult, spared: Sequence[int]) -> None:
    """The blocks at ``spared`` come back whole (what the rules removed of them undone), the result recounted."""
    decisions = result.decisions
    for i in spared:
        decisions[i] = Decision(decisions[i].block, decisions[i].block)
    if spared:
        _recount(result)


def _recount(result: StripResult) -> None:
    """The kept blocks and the removals again, from the decisions a later look changed."""
    result.blocks = [d.kept for d in result.decisions if d.kept is not None]
    result.removed = [r for d in result.decisions for r in d.removed]


def _bracketed(rule: Rule, sentence: str, block: Block, rules: _RuleSet) -> re.Match[str] | None:
    """The bracket in ``sentence`` that is the advert ``rule`` found, when the rest of the sentence
    is the article's: a line with no word of any rule (2025年11月6日（检讨书代写，30分钟交稿，微❤：…）).
    A rest that holds such a word (需要全文的朋友（加V：…）) is part of the advert."""
    for found in _BRACKETED.finditer(sentence):
        rest = sentence[: found.start()] + sentence[found.end() :]
        if (
            _MEANINGFUL.search(rest)
            and rules.wordless(rest)
            and rule.matches(found.group(0), block)
            and not rule.matches(rest.strip(), block)
        ):
            return found
    return None


def _is_its_button(block: Block, rest: str, cuts: Sequence[Removal]) -> bool:
    """Whether what is left of a block a call to action was cut from is the block's link alone, the call's button
    glued after it (…欢迎给我们点一颗 Star。去点 Star): as long as the block's linked text, and short.

    >>> _is_its_button(Block("欢迎点个赞。去点赞", link_density=0.375), "去点赞", [Removal("cta-x", "欢迎点个赞。")])
    True
    """
    if block.link_density == 0 or not any(cut.rule.startswith(_CTA_PREFIX) for cut in cuts):
        return False
    size = len(rest.replace(" ", ""))
    linked = block.link_density * len(block.text.replace(" ", ""))
    # (the linked count keeps a link's inner spaces, the block's size does not)
    return size <= _BUTTON_REST_MAX_CHARS and abs(size - linked) < 2


def _is_lead_in(sentence: str) -> bool:
    """A short question, the kind an advert opens with (喜欢这篇文章吗？ 写材料太难？ ★ 想拿到完整教案 Word
    檔與簡報？): short in words, its glyphs and spaces aside.

    >>> _is_lead_in("★ 想拿到完整教案 Word 檔與簡報？"), _is_lead_in("你是否也曾在深夜里想起那个陪你长大的小镇？")
    (True, False)
    """
    sentence = sentence.strip()
    return len(_MEANINGFUL.findall(sentence)) <= _LEAD_IN_MAX_CHARS and sentence.endswith(("？", "?"))


def _cut_spans(block: Block, rules: _RuleSet) -> tuple[str, list[Removal]]:
    """The block's text without the spans ``span`` rules find, and what each cut."""
    text = block.text
    cuts: list[Removal] = []
    taken = rules.candidates(rules.span, fold(text))
    if not taken:
        return text, cuts
    # A rule whose words the text does not hold finds no span in it (Rule.spans' prefilter); the
    # candidates are asked again whenever a cut changes the text: what is left may hold words the
    # cut parted (ids: a Rule compares and hashes by every field).
    looked, ids = text, {id(r) for r in taken}
    for rule in rules.span:
        if text != looked:
            looked, ids = text, {id(r) for r in rules.candidates(rules.span, fold(text))}
        if id(rule) not in ids:
            text = text.strip()
            continue
        found = rule.spans(text, block)
        for start, end in reversed(found):
            cuts.append(Removal(rule.name, text[start:end].strip()))
            text = (text[:start].rstrip() if text[end:].strip() == "" else text[:start]) + text[end:]
        text = text.strip()
    return text, cuts


def _cut_at_marker(block: Block, rule: Rule, rules: _RuleSet) -> tuple[Block | None, list[Removal]]:
    """The marker's block: what precedes the marker sentence is article, stripped as usual."""
    parts = sentences(block.text)
    hit = next((i for i, s in enumerate(parts) if rule.matches(s.strip(), block)), 0)
    before = "".join(parts[:hit]).strip()
    if not _MEANINGFUL.search(before):
        return None, [Removal(rule.name, block.text)]
    kept, cuts = _strip_block(block.with_text(before), rules)
    return kept, [*cuts, Removal(rule.name, "".join(parts[hit:]).strip())]


def _own_rule(block: Block, rules: _RuleSet) -> Rule | None:
    return rules.first(rules.whole, block.text, block)


def _heads_prose(blocks: Sequence[Block], index: int, rules: _RuleSet) -> bool:
    """A short line (a heading) that the next block's article prose follows."""
    block = blocks[index]
    if block.tag in ("li", "dd", "dt", "td") or block.link_density >= 0.2 or index + 1 >= len(blocks):
        return False
    after = blocks[index + 1]
    return _own_rule(after, rules) is None and _is_prose(after)


def _is_prose(block: Block) -> bool:
    """Whether a block reads as the article's prose: long, with sentence punctuation, few links, no
    teaser's ……. A list item or a cell is prose only without any link: a feed's items link their
    titles, an article's list of sentences (an essay's points in <li>) holds none."""
    text = block.text
    return (
        len(text) >= _PROSE_MIN_CHARS
        and block.link_density < 0.2
        and (block.tag not in ("li", "dd", "dt", "td") or block.link_density == 0)
        and not text.endswith(("…", "..."))
        and len(re.findall(r"[，。；！？,]", text)) >= 3
    )


_STOP_INSIDE = re.compile(r"[。！？!?；;]")


def is_title_repeat(text: str, title: str) -> bool:
    """Whether a line repeats the title: the same words, give or take punctuation, script and a
    short tag on either side (``（精选）``, ``范文``), and no sentence of its own.

    >>> is_title_repeat("讀《小王子》心得", "读《小王子》心得"), is_title_repeat("2024年工作总结（精选）", "2024年工作总结")
    (True, True)
    >>> is_title_repeat("2024年工作总结。今年以来，我镇坚持生态优先。", "2024年工作总结")
    False
    >>> is_title_repeat("一、总体要求", "总体要求"), is_title_repeat("【荐】工作总结范文", "工作总结范文")
    (False, True)
    """
    # The look for a sentence's stop first: a paragraph holds one, and is then not folded and bared whole.
    if _STOP_INSIDE.search(text.rstrip("。！？!?")):
        return False
    line, head = _bare(text), _bare(title)
    if not line or not head:
        return False
    if line == head:
        return True
    short, long_ = sorted((line, head), key=len)
    if len(short) < 4:
        return False
    tag = long_.removeprefix(short) if long_.startswith(short) else long_.removesuffix(short)
    if len(tag) == len(long_):
        return False
    # A stock tag (精选, 范文, 3篇) or one the page brackets (（精选）【荐】); a plain word is not
    # one (第四届年会 is not 第四届年会会议议程), nor a heading's number (一、总体要求 under 总体要求).
    # A document's kind printed over it (民事起诉状) under a title that qualifies it in brackets and
    # tags it (…（合同纠纷）范本): the bracketed qualifier and a stock tag after it.
    bracketed = {_bare(b) for b in re.findall(r"[（(【\[]([^）)】\]]{1,12})[）)】\]]", text + title)}
    qualifier = next((b for b in bracketed if b and tag.startswith(b)), "")
    rest = tag[len(qualifier) :]
    if len(rest) > _TITLE_TAG_CHARS:
        return False
    return _TITLE_TAG.fullmatch(rest) is not None or rest in bracketed or (bool(qualifier) and not rest)


def _bare(text: str) -> str:
    """Folded, without white space or punctuation: what two spellings of one title share."""
    return re.sub(r"[\s\W_]+", "", fold(text))
