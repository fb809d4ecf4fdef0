"""Turn a content region (an lxml element) into paragraph-level blocks with markup hints."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

from lxml.html import HtmlElement

from fanwen.extract import xpaths
from fanwen.extract.content import is_attachment, is_hidden
from fanwen.items import Block, Frame

_SPACE = re.compile(r"[ \t\r\n\f\v\u3000\xa0]+")
# The runs ``_SPACE.sub(" ", text)`` changes: every run but a lone " ", which it would put back as
# it was. The same text either way; on Latin text, where nearly every run is one space between two
# words, sub makes no replacement for each word (about half of the calls' time on en-aeb pages).
# Written as one class first (any space, then: not a " ", or more space after it), so that re
# skips to the text's spaces by that class, where the alternation of a class and a " " is tried at
# every character (a third of the subs' time, session 22).
_SPACE_TO_ONE = re.compile(
    r"[ \t\r\n\f\v\u3000\xa0](?:(?<! )|(?=[ \t\r\n\f\v\u3000\xa0]))[ \t\r\n\f\v\u3000\xa0]*"
)
# A text longer than this is squeezed each time, never cached (one_space).
_CACHED_TEXT_CHARS = 1000


@lru_cache(maxsize=1024)
def _one_space_of(text: str) -> str:
    return _squeezed(text)


def _squeezed(text: str) -> str:
    """``_SPACE_TO_ONE.sub(" ", text).strip()``, without the substitution for a text it leaves as it
    is: a printable text (``str.isprintable``) holds no space of the class but " " (tab, newline, CR,
    form feed and vertical tab are controls, U+3000 and U+00A0 separators: none printable), and a
    lone " " is put back as it was; so a printable text without two spaces in a row is its own
    squeeze. Most of a page's paragraphs are (session 28: the class's scan, a character at a time in
    ``re``, costs about twice ``isprintable``'s table look-up).

    >>> _squeezed(" 作者：张三 来源"), _squeezed("a  b"), _squeezed("a\\u3000b\\n")
    ('作者：张三 来源', 'a b', 'a b')
    """
    if text.isprintable() and "  " not in text:
        return text.strip()
    return _SPACE_TO_ONE.sub(" ", text).strip()


def one_space(text: str) -> str:
    """``text`` with each run of spaces as one " ", stripped: an element's or a block's text.

    The same text comes again within a page (an element's text asked by the blocks, the info
    lines and the title's search; a block's by the strip and the sections): a short one is
    answered from a cache of the last 1,024, where a substitution scanned it each time (a
    quarter of the real-shape pages' ``re`` time, session 23). A long one (a box's whole
    text) rarely comes again and would hold memory: substituted each time.

    >>> one_space(" 作者：\\u3000张三\\n\\n 来源：  新华社 "), one_space("a b")
    ('作者： 张三 来源： 新华社', 'a b')
    """
    if len(text) > _CACHED_TEXT_CHARS:
        return _squeezed(text)
    return _one_space_of(text)


_CENTER_STYLE = re.compile(r"text-align\s*:\s*center", re.I)
_FONT_STYLE = re.compile(r"font-family\s*:\s*([^;,]+)", re.I)
NO_TEXT_TAGS = frozenset({"script", "style"})  # their text is code, never visible text
_DROP = frozenset(xpaths.DROP_TAGS)  # asked of every element: a set, not the tuple's 17 compares
# Boxes whose bare text may be a raw-text post, its signature line, and the blank line that
# parts its paragraphs.
_RAW_TEXT_BOXES = frozenset({"div", "pre", "td", "body", "article", "section"})
_CODE_CLASS = re.compile(r"lang|brush|highlight|code|sql|prettyprint", re.I)
_SIGNATURE = re.compile(r"(?:^|\n)--[ \t\r]*\n")
_BLANK_LINE = re.compile(r"[ \t\r\u3000]*\n[ \t\r\u3000]*\n\s*")
# <h2 id="s1"><a class="anchor" href="#s1">#</a> 一、…</h2>: the marks static blogs and docs (Hugo,
# Hexo, MkDocs, Sphinx) show in a heading's permalink, a link to the heading itself; no word of it (metadata
# reads a title without them too).
PERMALINK_MARKS = frozenset({"#", "¶", "§", "🔗", "⚓", "∞"})
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")  # VitePress's permalink shows a zero-width space
# .main .xbt{font-weight:bold}: a rule of the page's style sheet setting a class in bold (the last
# simple selector of a selector list's member is the class; no pseudo-element, no child selector).
# A rule's selectors and declarations. The selectors start after a brace or at the sheet's start
# (a rule never starts inside another's selectors): without the look-behind, a run of selectors
# before a nested block (@media …{.a{…}}) was tried again from each of its characters, a scan to
# the brace each time (6 ms a page on long sheets). The same matches, in linear time.
_CSS_RULE = re.compile(r"(?<![^{}])([^{}]+)\{([^{}]*)\}")
_CSS_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_CSS_CLASS = re.compile(r"\.([\w-]+)\s*$")
_BOLD_CLASS_NAME = re.compile(r"(?:^|[-_])(?:strong|bold)$", re.I)
# #main-content{white-space:pre-wrap}: text that shows its newlines (a BBS archive's raw post, a
# <pre> note); ``normal`` / ``nowrap`` set an element inside it back to ordinary text.
_WHITE_SPACE = re.compile(r"white-space\s*:\s*(pre|pre-wrap|pre-line|break-spaces|normal|nowrap)\b", re.I)
_CSS_NAME = re.compile(r"([.#])([\w-]+)\s*$")
_NO_WHITE_SPACE: dict[bool, frozenset[str]] = {True: frozenset(), False: frozenset()}
_CELLS = frozenset({"td", "th"})
# The containers a block's frame names (Block.frame): a box's (div, section, form…) and those whose lines are the
# text's own by their kind (a quotation, a figure, a table, a list, code).
_FRAME_TAGS = frozenset(
    {
        "div",
        "section",
        "article",
        "aside",
        "form",
        "ins",
        "center",
        "main",
        "figure",
        "blockquote",
        "table",
        "ul",
    }
    | {"ol", "dl", "pre"}
)
# What a frame holds that its text does not show: a picture, a form's control, a link drawn as a button.
_IMAGE_TAGS = frozenset({"img", "picture", "svg", "canvas"})
_CONTROL_TAGS = frozenset({"form", "input", "button", "select", "textarea"})
_BUTTON_CLASS = re.compile(r"btn|button", re.I)
# A data table's cell holds a value or a short phrase; most rows of a data table hold only such
# cells. A longer cell may be a schedule's one long topic (a phrase), not prose: a long cell that
# ends a Chinese sentence (a letter in a form's cell) or runs past MAX_DATA_CELL_CHARS makes its
# table a layout or a form, every cell its own block. A Latin full stop is no sign of prose in a
# cell (a stats cell's "1 tackle (1 combined). 2 QH.", abbreviations).
MAX_ROW_CELL_CHARS = 40
MAX_DATA_CELL_CHARS = 120
_SENTENCE_END = re.compile(r"[。！？]")
# A block's look (Block.style): the path from the content region down to the element holding its
# words, each step the element's tag, class and inline style: <p><span class="t2">…</span></p> is
# >p>span.t2. Elements that set no look of their own (a link, an image's wrapper) add no step.
_LOOK_TAGS = frozenset({"span", "font", "b", "strong", "em", "i", "u", "big", "small", "mark"})
MAX_LOOK_CHARS = 300  # a deeper path (1,000 unclosed <font> tags) keeps the look it had
_T = TypeVar("_T")
# A picture's caption (Block.caption): the block right after a picture (an <img> that opens its
# block or stands between blocks, no text since), not a heading tag's, that opens as captions do
# (图为…, （图：…）, 上图：…) or is a short phrase set apart with it (at most MAX_CAPTION_CHARS, no
# sentence end, centred as the picture or closing the picture's own box: <p><img><br>…</p>, not a
# line of a post's <br>-run after a picture in it). An icon in a line (an emoji's <img>) has text
# before it, or opens a sentence.
MAX_CAPTION_CHARS = 40
# A paragraph's badge: an inline element holding only a count (a novel reader's per-paragraph comment
# count, 段评 <span class="review">12</span>; a like count, 赞 12, 1.2k, 12条评论) at a paragraph's end or
# start, which the page marks as the reader's UI: its class, id or data- attributes name a comment, a
# review, a reply, a like or a badge (_UI_MARK), or it links to a comment's anchor (#c12, #comment-3).
# Where three or more of a look (tag and class) close or open the region's blocks, they are left out
# (_drop_badges), on however few paragraphs they stand (a 段评 count shows where there are comments). A
# number element the page does not mark so is text whatever it follows: a forecast's 8～<span>19</span>,
# an answer key's ？<span class="daan">26</span>, a footnote's <a href="#n1">1</a>, a line's number.
_COUNT = re.compile(
    r"(?:(?:赞|点赞|评论|回复|段评|喜欢)\s*)?\d{1,6}(?:\.\d{1,2})?(?:[kKwW万千])?\+?"
    r"(?:\s*(?:条|个|人)?(?:评论|回复|段评|点评|赞))?"
)
_BADGE_TAGS = frozenset({"span", "i", "em", "a", "b", "font", "small", "label", "strong", "sup", "sub"})
_UI_MARK = re.compile(
    r"(?<![a-z])(?:comments?|cmts?|reviews?|repl(?:y|ies)|likes?|zan|dianzan|thumbs?|upvotes?|votes?|badges?"
    r"|bubbles?|duanping|dp|pinglun)(?![a-z])|段评|评论|点赞|href=#c(?:\d|omment|mt)"
)
MIN_BADGES = 3
# ▲ 应急金最好分开存放（图/…）: a self-media page's caption opens with a triangle pointing up at its picture (session 27).
_CAPTION_OPENING = re.compile(
    r"^(?:[（(]?\s*(?:(?:图片|圖片|图|圖|[上下左右][图圖])\s*[：:/／]|图为|圖為)|[▲△]\s*(?!\s*[点點]))"
)


@dataclass(slots=True)  # one per block: slots make it and each field's read cheaper
class _Run:
    """Text gathered for the block being built."""

    tag: str = "p"
    parts: list[str] = field(default_factory=list)
    bold_chars: int = 0
    link_chars: int = 0
    heading: int | None = None
    centered: bool = False
    # Characters per font (a dict, not a Counter: a run is made for every block, and a Counter
    # costs twenty times as much to make).
    font_chars: dict[str | None, int] = field(default_factory=dict)
    # Characters per look (see _look_of), counted as the fonts are.
    look_chars: dict[str, int] = field(default_factory=dict)
    # How many of ``parts`` open the block in bold, counted until text not in bold comes.
    bold_parts: int = 0
    bold_opening: bool = True
    # The UI-marked counts met in the block (see _COUNT): their look, their text, whether the block opens with it.
    badges: list[tuple[str, str, bool]] | None = None

    def add(self, text: str, bold: bool, link: bool, font: str | None = None, look: str = "") -> None:
        self.parts.append(text)
        size = len(text.strip())
        if self.bold_opening and size:
            if bold:
                self.bold_parts = len(self.parts)
            else:
                self.bold_opening = False
        self.bold_chars += size if bold else 0
        self.link_chars += size if link else 0
        self.font_chars[font] = self.font_chars.get(font, 0) + size
        self.look_chars[look] = self.look_chars.get(look, 0) + size


def _most_of(chars: dict[_T, int], size: int) -> _T | None:
    """The key nearly all of ``size`` characters are counted under: the first of the most used,
    as Counter.most_common(1) picks it (most runs have one, the page's: no max() to run then)."""
    found = (
        next(iter(chars.items())) if len(chars) == 1 else max(chars.items(), key=itemgetter(1), default=None)
    )
    return found[0] if found and found[1] >= size * 0.9 else None


def html_blocks(
    root: HtmlElement, skip: frozenset[HtmlElement] = frozenset(), link_lists: bool = True
) -> list[Block]:
    """The blocks of ``root`` in document order, leaving out hidden elements and those in ``skip``.

    ``link_lists=False``: without the blocks of a plain list of links (:func:`_plain_link_list`), its items not read,
    for a caller that keeps no block all of links (``fanwen.extract.page.following_blocks``: a related-reading list
    after the article). Each such block's link density is 1, and the list changes nothing else the walk
    carries to the blocks around it; where the pictures' captions count blocks between pictures, the walk is
    done again with every list read, and with elements to ``skip`` every list is read (session 29).

    >>> from lxml.html import fragment_fromstring
    >>> root = fragment_fromstring('<div><h2>一、总体要求</h2><p>正文<b>第一</b>段。<br>第二行</p></div>')
    >>> [(b.text, b.tag, b.heading) for b in html_blocks(root)]
    [('一、总体要求', 'h2', 2), ('正文第一段。', 'p', None), ('第二行', 'p', None)]
    >>> box = fragment_fromstring('<div><h3>相关阅读</h3><ul><li><a href="/1.html">第一篇</a></li></ul></div>')
    >>> [(b.text, b.link_density) for b in html_blocks(box)], [b.text for b in html_blocks(box, link_lists=False)]
    ([('相关阅读', 0.0), ('第一篇', 1.0)], ['相关阅读'])
    """
    blocks: list[Block] = []
    run = _Run()
    bold_classes, white_space = xpaths.page_answer(root, _PAGE_HINTS, _page_hints)
    apart = False  # the next block follows an <hr>, a </details> or an accordion panel's end
    panels: set[str] = set()  # the ids of the panels that kept disclosure buttons open
    rows: set[HtmlElement] = set()  # the data rows being read as one line each (see _is_data_table)
    tables: dict[HtmlElement, bool] = {}  # each table's decision, taken once for all its rows
    frames: list[Frame] = []  # the open frames (Block.frame), innermost last
    framed: list[HtmlElement] = []  # their elements
    opened: list[int] = []  # how many blocks there were when each opened (a frame with more holds text)
    pictured = False  # a picture since the last block with text (see Block.caption)
    picture_apart = False  # and a block's start or end since the picture: not the picture's own box
    picture_inline = False  # and no <br> nor block edge since it: a bold line's own icon
    picture_row = False  # and a table row's start since it: a banner's row, not the picture's box
    after_picture: list[int] = []  # the blocks a picture stands right above (see _runs_of_captions)
    badges: dict[
        str, list[tuple[int, str, bool]]
    ] = {}  # per look, the blocks a badge ends or opens (see _COUNT)

    def flush(next_tag: str, closing: bool = False) -> None:
        """End the block being built; ``closing``: at its box's end (see Block.caption)."""
        nonlocal run, apart, pictured, picture_apart, picture_inline, picture_row
        if not run.parts:
            # Nothing added (a block element's start right after another's end): only the tag
            # and the hints enter() sets differ from a new run's.
            run.tag, run.heading, run.centered = next_tag, None, False
            return
        text = one_space("".join(run.parts))
        if text:
            size = len(text.replace(" ", "")) or 1
            lead = run.parts[: run.bold_parts]
            if pictured:
                after_picture.append(len(blocks))
            look = _most_of(run.look_chars, size)
            blocks.append(
                Block(
                    text=text,
                    tag=run.tag,
                    heading=run.heading,
                    bold=run.bold_chars >= size * 0.9,
                    centered=run.centered,
                    link_density=min(1.0, run.link_chars / size),
                    font=_most_of(run.font_chars, size),
                    bold_lead=len(one_space("".join(lead))) if lead else 0,
                    apart=apart,
                    style=look,
                    frame=frames[-1] if frames else None,
                    caption=pictured
                    and run.heading is None
                    and _reads_as_caption(
                        text,
                        run.centered or (closing and not picture_apart) or _caption_class(look),
                        loose=not (picture_inline and run.bold_chars >= size * 0.9) and not picture_row,
                    ),
                )
            )
            apart = pictured = picture_apart = picture_inline = picture_row = False
            for key, badge, opening in run.badges or ():
                if (text.startswith(badge) if opening else text.endswith(badge)) and len(text) > len(badge):
                    badges.setdefault(key, []).append((len(blocks) - 1, badge, opening))
        run = _Run(tag=next_tag)

    signed: list[HtmlElement] = []  # the raw-text box whose signature line was met

    def add(
        text: str, bold: bool, link: bool, font: str | None, box: HtmlElement, pre: bool, look: str
    ) -> None:
        if signed:
            return  # after a raw-text post's signature line, until its box ends
        if "\n" not in text or not (pre or box.tag in _RAW_TEXT_BOXES):
            run.add(text, bold, link, font, look)
            return
        # Bare text in a box (not a paragraph), or preformatted text, as a BBS's web front prints a
        # post as it was typed: a line "--" opens the poster's signature, and what follows in the
        # box (the signature, the ※ 发信站 lines, the readers' pushes) is no part of the post.
        signature = _SIGNATURE.search(text) if "--" in text else None
        if (
            signature is not None
            and (text[: signature.start()].strip() or text != box.text)  # a tail: the box had text
            and not _holds_code(box)
        ):
            # Not in code (a database dump's bare "--" comment lines, review R40), and only after
            # something of a post.
            text = text[: signature.start()]
            signed.append(box)
        if pre:
            # In preformatted text (<pre>, white-space:pre…) a newline is a line break, as a <br> is.
            *lines, text = text.split("\n")
            for line in lines:
                run.add(line, bold, link, font, look)
                flush(run.tag)
        elif _BLANK_LINE.search(text):
            # Else its paragraphs are the lines a blank line parts.
            for i, piece in enumerate(_BLANK_LINE.split(text)):
                if i:
                    flush(run.tag)
                run.add(piece, bold, link, font, look)
            return
        run.add(text, bold, link, font, look)

    # An element being walked: its inherited hints, how its end closes the text (see leave), its
    # children to visit, the hints a tail of one of its children takes (see _TailHints), whether
    # its text is preformatted, and its look (see _LOOK_TAGS).
    # A stack instead of recursion: 1,000 unclosed <font> tags nest 1,000 deep.
    stack: list[
        tuple[
            HtmlElement,
            bool,
            bool,
            int | None,
            bool,
            str | None,
            int,
            Iterator[HtmlElement],
            _TailHints,
            bool,
            str,
        ]
    ] = []

    def enter(
        el: HtmlElement,
        bold: bool,
        link: bool,
        heading: int | None,
        centered: bool,
        font: str | None,
        pre: bool,
        look: str,
    ) -> None:
        nonlocal apart, pictured, picture_apart, picture_inline, picture_row
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
        # Read once: lxml makes a new string from the tree's UTF-8 at every .text.
        text = el.text
        # Most elements have no attributes, and then no style, alignment or hiding to look up.
        attributed = bool(el.values())
        if frames and (tag in _IMAGE_TAGS or tag in _CONTROL_TAGS or (tag == "a" and attributed)):
            _sign(frames[-1], el, tag, attributed)
        dropped = tag in _DROP and not (tag == "button" and attributed and _opens_a_panel(el))
        if el is not root and not dropped and el in skip:
            _sign_left_out(frames, el)
            if frames and not "".join(run.parts).strip():
                _label_left_out(frames, opened, len(blocks), el)
        if el is not root and (
            dropped
            or el in skip
            or (tag and attributed and is_hidden(el))
            or (tag == "a" and heading is not None and _is_permalink(el))
            or (
                text
                and len(text) < 8
                and tag not in xpaths.BLOCK_TAGS
                and (_is_item_marker(el) or _is_icon_glyph(el))
            )
        ):
            _tail(el)
            return
        is_block = tag in xpaths.BLOCK_TAGS
        if attributed and (tag == "button" or (is_block and el.get("role") == "heading")):
            is_block, heading = True, _aria_level(el)  # a disclosure's or a drawn heading's words
            if tag == "button":
                panels.add(el.get("aria-controls", ""))
        if tag == "tr" and _is_data_row(el, tables):
            rows.add(el)
        elif tag in _CELLS and rows and el.getparent() in rows:
            is_block = False  # a cell of a data row: its text goes on the row's line
            if run.parts:
                run.add(" ", False, False, font, look)
        if tag == "br":
            flush(run.tag)
            picture_inline = False
        elif tag == "img":
            if not "".join(run.parts).strip() and not _is_decoration(el):
                pictured, picture_inline, picture_row = True, True, False
        elif tag == "hr":
            flush(tag)
            apart = True
        elif is_block:
            flush(tag)
            picture_apart = pictured
            picture_inline = False
            picture_row = picture_row or (pictured and tag == "tr")
            heading = xpaths.HEADING_TAGS.get(tag, heading)
            centered = centered or tag == "center" or (attributed and _is_centered(el))
            run.heading, run.centered = heading, centered
        own_bold = tag in xpaths.BOLD_TAGS or (
            attributed and (_is_bold_style(el) or _has_bold_class(el, bold_classes))
        )
        bold = bold or own_bold
        # A link to a document (a notice's attachment) is text of the article, not navigation;
        # nor is a heading's anchor to itself (its text the heading's own words).
        link = link or (
            tag == "a" and not is_attachment(el) and not (heading is not None and _anchors_itself(el))
        )
        own_font = _font_of(el) if attributed else None
        font = own_font or font
        if tag == "pre":
            pre = True
        elif attributed and (is_block or white_space[not pre]):  # an inline style sets a block's
            pre = _preformatted(el, white_space[not pre], pre)
        if el is not root and tag in _FRAME_TAGS:
            cls = el.get("class") if attributed else None
            frames.append(Frame(tag, f"{tag}.{cls}" if cls else tag, frames[-1] if frames else None))
            framed.append(el)
            opened.append(len(blocks))
        if el is not root and (is_block or tag in _LOOK_TAGS) and len(look) < MAX_LOOK_CHARS:
            look = f"{look}>{_look_of(el, tag)}" if attributed else f"{look}>{tag}"
        if attributed and tag in _BADGE_TAGS and el is not root:
            _mark_badge(el, tag, run)
        if tag and text:
            add(text, bold, link, font, el, pre, look)
        if el is root:
            hints = _TailHints(_inherits_bold(el), _inside_link(el), _inherited_font(el))
        else:
            hints = stack[-1][8].of_child(tag, own_bold, own_font)
        # how its end closes the text: 0 not at all, 1 a block, 2 a folded part (see leave); an
        # accordion's panel folds as <details> does
        folds = tag == "details" or (panels and attributed and el.get("id") in panels)
        closes = 2 if folds else 1 if is_block else 0
        if (
            not link_lists
            and not skip  # a label left out reads whether its frame has blocks (_label_left_out)
            and tag in _LISTS
            and heading is None
            and not (apart or pictured or signed or pre or run.badges)
            and el is not root
            and _plain_link_list(el)
        ):
            # Its items' blocks, all links, are not wanted: the list opens and closes as a block.
            passed.append(el)
            stack.append((el, bold, link, heading, centered, font, closes, iter(()), hints, pre, look))
            return
        stack.append((el, bold, link, heading, centered, font, closes, iter(el), hints, pre, look))

    def leave(el: HtmlElement, closes: int) -> None:
        nonlocal apart, picture_apart, picture_inline
        if signed and signed[0] is el:
            signed.clear()
        if closes:
            flush("p", closing=True)
            picture_apart = pictured
            picture_inline = False
            if closes == 2:  # a folded part (</details>): what follows stands outside it
                apart = True
        if framed and framed[-1] is el:
            framed.pop()
            frames.pop()
            opened.pop()
        _tail(el)

    def _tail(el: HtmlElement) -> None:
        # The element's parent is the top of the stack (el itself is off it, or never was on).
        tail = el.tail
        if tail and el is not root and el.getparent() is not None:
            hints = stack[-1][8]
            add(tail, hints.bold, hints.link, hints.font, stack[-1][0], stack[-1][9], stack[-1][10])

    passed: list[HtmlElement] = []  # the plain link lists passed over (link_lists=False)
    enter(root, False, False, None, False, None, _inherits_pre(root, white_space), "")
    while stack:
        el, bold, link, heading, centered, font, closes, children, _, pre, look = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            leave(el, closes)
        else:
            enter(child, bold, link, heading, centered, font, pre, look)
    flush("p")
    if passed and len(after_picture) >= 2:
        return html_blocks(root, skip)  # the caption runs count the blocks between pictures
    _runs_of_captions(blocks, after_picture)
    for placed in badges.values():
        if len(placed) >= MIN_BADGES:
            _drop_badges(blocks, placed)
    return blocks


_LISTS = frozenset({"ul", "ol"})
# The attributes a plain list's link may have: none that hides it, draws it as a button or sets its look in a way
# that adds text (a class is read: a button's is not plain).
_LINK_ATTRIBUTES = frozenset({"href", "title", "target", "rel", "class"})
_ITEM_ATTRIBUTES = frozenset({"class"})


def _plain_link_list(el: HtmlElement) -> bool:
    """Whether a list is a plain list of links: every child an ``<li>`` (no attribute but a class) holding one
    ``<a>`` and no other text (no attribute but ``href``, ``title``, ``target``, ``rel`` and a class no button's;
    no element inside it; no document it links to, :func:`~fanwen.extract.content.is_attachment`; no text a
    count badge could be, :data:`_COUNT`), the list's own text and the items' and links' tails white space.

    Each item's block is then the link's text alone (link density 1), and walking the list sets nothing
    the walk carries on (no frame's sign, no picture, no rule, no folded part, no badge, no panel).

    >>> from lxml.html import fragment_fromstring as f
    >>> _plain_link_list(f('<ul> <li><a href="/1.html">第一篇范文</a></li>\\n<li class="x"><a href="/2">第二篇</a></li></ul>'))
    True
    >>> [_plain_link_list(f(html)) for html in ('<ul><li><a href="/1">一</a> 2024-05-06</li></ul>',
    ...     '<ul><li><a href="/1" class="btn">下载</a></li></ul>', '<ul><li><a href="/f.pdf">附件</a></li></ul>',
    ...     '<ul><li><a href="#c1">12</a></li></ul>', '<ul><li><a href="/1"><img src="/1.png"></a></li></ul>')]
    [False, False, False, False, False]
    """
    text = el.text
    if text and not text.isspace():
        return False
    for item in el:
        if (
            item.tag != "li"
            or len(item) != 1
            or (item.attrib and not _ITEM_ATTRIBUTES.issuperset(item.keys()))
        ):
            return False
        text, tail, link = item.text, item.tail, item[0]
        if (text and not text.isspace()) or (tail and not tail.isspace()):
            return False
        if link.tag != "a" or len(link) or not _LINK_ATTRIBUTES.issuperset(link.keys()):
            return False
        tail, text = link.tail, link.text or ""
        if tail and not tail.isspace():
            return False
        if _BUTTON_CLASS.search(link.get("class") or "") or is_attachment(link) or _may_count(text):
            return False
    return True


def _may_count(text: str) -> bool:
    """Whether a link's text could be a count badge (:func:`_mark_badge` reads its mark only after this)."""
    if not any(map(str.isdigit, text)):
        return False
    content = _SPACE.sub(" ", text).strip()
    return len(content) <= 12 and _COUNT.fullmatch(content) is not None


def _mark_badge(el: HtmlElement, tag: str, run: _Run) -> None:
    """Note on ``run`` an element the page marks as the reader's UI (:data:`_UI_MARK`) holding only a
    count (:data:`_COUNT`), with its look and whether it opens the block."""
    if not len(el) and not any(map(str.isdigit, el.text or "")):
        return  # no count: every _COUNT holds a digit (checked before the attributes are joined: every <a> comes here)
    mark = " ".join(
        f"{k}={v}" for k, v in el.items() if k in ("class", "id", "href") or k.startswith("data-")
    )
    if not _UI_MARK.search(mark.lower()):
        return
    content = _SPACE.sub(" ", el.text_content()).strip()
    if len(content) > 12 or not _COUNT.fullmatch(content):
        return
    opening = not "".join(run.parts).strip()
    if run.badges is None:
        run.badges = []
    run.badges.append((f"{tag}.{el.get('class', '')}", content, opening))


def _drop_badges(blocks: list[Block], badges: list[tuple[int, str, bool]]) -> None:
    """Each badge (:data:`_COUNT`) left out of the block it closes or opens: a count the page marks as
    its UI, on three paragraphs or more of the text, is the reader's (a comment or like count)."""
    for index, badge, opening in badges:
        block = blocks[index]
        text = block.text[len(badge) :].lstrip() if opening else block.text[: -len(badge)].rstrip()
        blocks[index] = replace(block, text=text)


def _sign(frame: Frame, el: HtmlElement, tag: str, attributed: bool) -> None:
    """Mark ``frame`` and those around it as holding what ``el`` is, unless it is hidden: a picture, a form's
    control, or a link drawn as a button (its class or role names one). A link the page marks as paid
    (``rel="sponsored"``, session 29) also marks them ``sponsored``, whatever else the link is."""
    if tag == "a" and _paid(el) and not frame.sponsored and not (attributed and is_hidden(el)):
        _mark(frame, "sponsored")
    if tag in _IMAGE_TAGS:
        sign = "image"
    elif tag in _CONTROL_TAGS:
        sign = "control"
    elif el.get("role") == "button" or _BUTTON_CLASS.search(el.get("class") or "") is not None:
        sign = "button"
    else:
        return
    if not getattr(frame, sign) and not (attributed and is_hidden(el)):
        _mark(frame, sign)


def _mark(frame: Frame | None, sign: str) -> None:
    # A mark set on a frame is set on those around it already: the walk up stops there.
    while frame is not None and not getattr(frame, sign):
        setattr(frame, sign, True)
        frame = frame.parent


def _sign_left_out(frames: list[Frame], el: HtmlElement) -> None:
    """An element the extractor left out as chrome (a link line, a card's buy link): a link with words in it is a
    button of the frame it sits in."""
    if frames:
        for a in el.iter("a"):
            if a.text_content().strip():
                _mark(frames[-1], "button")
                break
        # a paid link left out as chrome (a card's buy link) still says what its box is (session 29)
        if any(_paid(a) for a in el.iter("a")):
            _mark(frames[-1], "sponsored")


def _paid(a: HtmlElement) -> bool:
    """Whether a link is marked as paid: ``sponsored`` among the words of its ``rel`` (sponsored, nofollow sponsored)."""
    rel = a.get("rel")
    return rel is not None and "sponsored" in rel.lower().split()


# A label a box opens with (推广, 廣告, 合作推广, AD, 【赞助】): a few letters, in brackets or not.
_LABEL_LEFT_OUT = re.compile(r"[\[【(（]?[A-Za-z\u4e00-\u9fff]{1,10}[\]】)）]?")


def _label_left_out(frames: list[Frame], opened: list[int], count: int, el: HtmlElement) -> None:
    """A short label the extractor left out as chrome before any text of the frames it opens (an advert box's
    ``<span class="ad-label">推广</span>``: its class names an advert): their label (:attr:`Frame.label`), which the
    card pass reads as the box's label line (session 28). ``opened``: how many blocks there were when each frame
    opened; ``count``: how many there are."""
    if any(a.text_content().strip() for a in el.iter("a")):
        return  # a link is a button or a menu's, no label
    text = "".join(el.text_content().split())
    if not _LABEL_LEFT_OUT.fullmatch(text):
        return
    for frame, start in zip(reversed(frames), reversed(opened), strict=True):
        if count > start or frame.label:
            break
        frame.label = text


def _reads_as_caption(text: str, set_apart: bool, loose: bool = True) -> bool:
    """Whether a block right under a picture reads as its caption (see ``MAX_CAPTION_CHARS``):
    ``set_apart``, centred as the picture or in the picture's own box (``<p><img><br>…</p>``).
    Not ``loose`` (the picture inline before a bold line's words, no <br> between: a bullet's icon
    before a heading, where a caption after its picture is set in a <span> or <i> of its own; or in
    a table row above the line's: a site's banner), only a caption's opening tells.

    >>> _reads_as_caption("图为同学们在操场上进行拔河比赛。", False), _reads_as_caption("拔河比赛现场", True)
    (True, True)
    >>> _reads_as_caption("拔河比赛现场", False), _reads_as_caption("这是最难忘的一天。", True)
    (False, False)
    >>> _reads_as_caption("▲ 店门口的招牌（图/林小满）", False), _reads_as_caption("▲点击上方蓝字关注我们", False)
    (True, False)
    """
    if _CAPTION_OPENING.match(text):
        return True
    return loose and set_apart and len(text) <= MAX_CAPTION_CHARS and not _SENTENCE_END.search(text)


# A decoration, not a picture (Block.caption): an icon, a bullet, a rule or a title's background,
# told by its file's or class's name or by a side of at most MAX_DECORATION_SIDE pixels.
_DECORATION_NAME = re.compile(
    r"(?:^|[^a-z])(?:icons?|ico|bullets?|dots?|lines?|bg|arrows?|spacer|blank|sep|point|pixel)(?:[^a-z]|$)"
)
MAX_DECORATION_SIDE = 40
_PIXELS = re.compile(r"^\s*(\d+)\s*(?:px)?\s*$")


def _is_decoration(img: HtmlElement) -> bool:
    """Whether an ``<img>`` is a decoration (``_DECORATION_NAME``, a tiny side), not a picture.

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_decoration(f('<img src="/images/icon_dot.gif">')), _is_decoration(f('<img src="l.gif" height="2">'))
    (True, True)
    >>> _is_decoration(f('<img src="/uploads/2026/tug.jpg" width="500">'))
    False
    """
    src = (img.get("src") or "").lower().rsplit("/", 1)[-1]
    if _DECORATION_NAME.search(src) or _DECORATION_NAME.search((img.get("class") or "").lower()):
        return True
    for side in ("width", "height"):
        size = _PIXELS.match(img.get(side) or "")
        if size and int(size.group(1)) <= MAX_DECORATION_SIDE:
            return True
    return False


# A heading, not a caption: the lines under pictures that each head a run of their own paragraphs
# (at least MIN_CAPTION_RUN blocks before the next picture), when two or more do (a picture essay's
# stops, a collection's poems each under its picture). One such line is a report's caption.
MIN_CAPTION_RUN = 2
# Words only a caption prints, anywhere in it (◎ 图：@某某微博, 电影《某某》截图, 记者某某供图).
_CAPTION_WORD = re.compile(r"[图圖][：:]|截[图圖]|供[图圖]|资料[图圖]|[图圖]片来源|[图圖]源")


# A caption's class (session 20): a word naming a picture or its caption among a line's classes (pic-txt,
# img_desc, wp-caption-text, photo_title), as the site's stylesheet sets captions apart.
_CAPTION_CLASS = re.compile(
    r"(?:^|[^a-z])(?:captions?|figcaption|pics?|pictures?|imgs?|images?|photos?|figures?|figs?|tupian|tuzhu)"
    r"(?:[^a-z]|$)"
)
# A caption's look (session 20): set smaller than the paragraphs (its last font-size, in px, pt, em, rem, % or
# a keyword; an eighth smaller at least, ``SMALLER``) or in grey (#555…#ccc, gray, silver, an even rgb() of 85…204,
# not #333's rgb(51,51,51)) where they are not. A look that sets no size of its own is no smaller than
# paragraphs that set theirs (a stop's <strong> on a page of 18 px or 14 pt paragraphs: review rv3).
_FONT_SIZE = re.compile(r"font-size:\s*(?:(\d+(?:\.\d+)?|\.\d+)\s*(px|pt|r?em|%)|((?:x{1,2}-)?small(?:er)?))")
_SIZE_UNITS = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}
_SIZE_WORDS = {"small": 13.0, "smaller": 13.0, "x-small": 10.0, "xx-small": 9.0}
BODY_FONT_PX = 16.0  # a paragraph's size where the page sets none
SMALLER = 0.875  # a caption's size to its paragraphs' at most: 14 px under 16 px, 10.5 pt under 12 pt
_GREY = re.compile(
    r"(?<![-\w])color:\s*(?:#([5-9a-c])\1\1(?:\1\1\1)?\b|gr[ae]y|darkgr[ae]y|dimgr[ae]y|silver"
    r"|rgb\(\s*(8[5-9]|9\d|1\d\d|20[0-4])\s*,\s*\2\s*,\s*\2\s*\))"
)


def _font_px(look: str) -> float:
    """The font size a look sets last, in pixels (``BODY_FONT_PX`` where it sets none).

    >>> _font_px(">p{font-size:13px;color:#555}"), _font_px(">p>span{font-size:10.5pt}"), _font_px(">p")
    (13.0, 14.0, 16.0)
    """
    sizes = _FONT_SIZE.findall(look)
    if not sizes:
        return BODY_FONT_PX
    number, unit, word = sizes[-1]
    return _SIZE_WORDS[word] if word else float(number) * _SIZE_UNITS[unit]


def _caption_class(look: str | None) -> bool:
    """Whether a line's look (``Block.style``) names a caption among its classes (``p.pic-txt``).

    >>> _caption_class(">p.pic-txt>strong"), _caption_class(">div.img_desc"), _caption_class(">p.topic{x}")
    (True, True, False)
    """
    if not look or "." not in look:
        return False
    for step in look.split(">"):
        names = step.partition(".")[2]
        if names and _CAPTION_CLASS.search(re.split(r"[{|\[]", names, maxsplit=1)[0].lower()):
            return True
    return False


def _set_as_captions(blocks: list[Block], after_picture: list[int]) -> set[str]:
    """The looks (``Block.style``) a page sets its captions in (session 20): a caption's class, a look smaller
    than its paragraphs' (their middle size, by an eighth at least, a size of its own) or grey where most of
    them are not, and the look of
    a line under a picture that opens as captions do (图为…, …供图): a line under a picture set so is a
    caption, though it stand over paragraphs of its own (a school news page's 新能源汽车赛项比赛现场 in the
    13 px grey of its 图为开幕式现场 line)."""
    looks = {blocks[i].style or "" for i in after_picture}
    prose = [b.style or "" for b in blocks if len(b.text) > MAX_CAPTION_CHARS]
    sizes = sorted(_font_px(look) for look in prose)
    body = sizes[len(sizes) // 2] if sizes else BODY_FONT_PX
    grey_body = 2 * sum(bool(_GREY.search(look)) for look in prose) > len(prose)
    muted = {
        look
        for look in looks
        if (_FONT_SIZE.search(look) and _font_px(look) <= body * SMALLER)
        or (_GREY.search(look) and not grey_body)
    }
    sure = {
        blocks[i].style or ""
        for i in after_picture
        if blocks[i].caption
        and (_CAPTION_OPENING.match(blocks[i].text) or _CAPTION_WORD.search(blocks[i].text))
    }
    return ({look for look in looks if _caption_class(look)} | muted | sure) - {""}


def _runs_of_captions(blocks: list[Block], after_picture: list[int]) -> None:
    """Unset ``Block.caption`` on the lines heading runs (see ``MIN_CAPTION_RUN``); a caption that
    opens as captions do (图为…), or set as the page sets captions (``_set_as_captions``), stays."""
    if len(after_picture) < 2:
        return
    ends = [*after_picture[1:], len(blocks)]
    captions = _set_as_captions(blocks, after_picture)
    heads = [
        index
        for index, end in zip(after_picture, ends, strict=True)
        if blocks[index].caption
        and not _CAPTION_OPENING.match(blocks[index].text)
        and not _CAPTION_WORD.search(blocks[index].text)
        and (blocks[index].style or "") not in captions
        and end - index - 1 >= MIN_CAPTION_RUN
    ]
    if len(heads) >= 2:
        for index in heads:
            blocks[index] = replace(blocks[index], caption=False)


class _TailHints(NamedTuple):
    """How a tail text inside an element reads, carried down the walk instead of found again
    by climbing the ancestors for every tail: bold or a link if an element between it and the
    nearest block is (:func:`_inherits_bold`, :func:`_inside_link`), in the font of the nearest
    element that names one (:func:`_inherited_font`)."""

    bold: bool
    link: bool
    font: str | None

    def of_child(self, tag: str, own_bold: bool, own_font: str | None) -> _TailHints:
        if not tag:  # a comment: the walk up stops there (it has no children anyway)
            return _NO_HINTS
        font = own_font or self.font
        if tag in xpaths.BLOCK_TAGS:  # the walk up for bold and links stops below a block
            bold = link = False
        else:
            bold, link = own_bold or self.bold, tag == "a" or self.link
        # Most elements change nothing: their parent's hints, not a new tuple for each element.
        if bold == self.bold and link == self.link and font is self.font:
            return self
        return _TailHints(bold, link, font)


_NO_HINTS = _TailHints(False, False, None)


# The style sheets' hints, kept among the page's answers (xpaths.page_answer): html_blocks reads the
# region and each element after it (following_blocks), and each read found the <head>'s sheets and
# hashed their text to look their hints up.
_PAGE_HINTS = "style sheets' hints"


def _page_hints(root: HtmlElement) -> tuple[frozenset[str], dict[bool, frozenset[str]]]:
    """The page's style sheets' hints (:func:`_sheet_hints`), none for a page without a sheet."""
    sheets = _sheets(root)
    return _sheet_hints(sheets) if sheets else (frozenset(), _NO_WHITE_SPACE)


def _sheets(root: HtmlElement) -> tuple[str, ...]:
    """The style sheets in the page's ``<head>``: local portals mark their subheadings by a class
    alone (``<p class="xbt">``, a ◆ put before it by ``::before``), a BBS archive its raw post by
    an id set ``white-space:pre-wrap``."""
    head = root.getroottree().getroot().find("head")
    return tuple(style.text for style in head.iterfind("style") if style.text) if head is not None else ()


def _preformatted(el: HtmlElement, turning: frozenset[str], inherited: bool) -> bool:
    """Whether an element's text shows its newlines: its own style, else its parent's unless its
    id or a class is among the sheet's names ``turning`` it the other way."""
    style = el.get("style")
    if style and "white-space" in style and (found := _WHITE_SPACE.search(style)) is not None:
        return found.group(1).lower().startswith(("pre", "break"))
    if turning and (
        ("#" + el.get("id", "")) in turning
        or any("." + name in turning for name in (el.get("class") or "").split())
    ):
        return not inherited
    return inherited


def _inherits_pre(root: HtmlElement, white_space: dict[bool, frozenset[str]]) -> bool:
    """Whether the content region sits inside preformatted text (a region found inside a <pre>)."""
    node = root.getparent()
    chain = []
    while node is not None and isinstance(node.tag, str):
        chain.append(node)
        node = node.getparent()
    pre = False
    for el in reversed(chain):
        pre = (
            True if el.tag == "pre" else _preformatted(el, white_space[not pre], pre) if el.values() else pre
        )
    return pre


@lru_cache(maxsize=64)
def _sheet_hints(sheets: tuple[str, ...]) -> tuple[frozenset[str], dict[bool, frozenset[str]]]:
    """What the page's style sheets say of classes and ids, in one pass (a page's sheets are
    hashed once per call): the classes set in bold, and the classes (``.name``) and ids
    (``#name``) set preformatted (under True) or back to ordinary text (under False).

    >>> bold, _ = _sheet_hints((".a .xbt{font-weight:bold} .xbt::before{content:'◆'} .n{font-weight:400} h2,.t{font-weight:700}",))
    >>> sorted(bold)
    ['t', 'xbt']
    >>> _sheet_hints(("#main-content{white-space:pre-wrap;font-family:monospace} .push{white-space:normal}",))[1]
    {True: frozenset({'#main-content'}), False: frozenset({'.push'})}
    """
    return _hints_of_rules(rule for sheet in sheets for rule in _hinting_rules(sheet))


def _hinting_rules(sheet: str) -> list[tuple[str, str]]:
    """The rules of ``sheet`` (:data:`_CSS_RULE`'s selectors and declarations) that may set a
    weight or a white-space: those whose declarations name one, found by the property's name.

    A page's sheets are long (en-aeb's: 60,000 characters a page, a font's data up to 800,000)
    and few of their rules set either; reading every rule in Python was about a tenth of such a
    page's extraction. A rule is the text between two braces ``{…}`` with no brace inside and
    some text since the brace before it (what :data:`_CSS_RULE` matches); the braces are looked
    for once each, between one name and the next. The names are found in ``sheet.lower()``,
    where a character re.I matches to a letter of theirs is that letter, but for ſ and ı (re.I's
    s and i, which ``lower()`` keeps) and a character ``lower()`` makes two of (İ): a sheet
    holding one is read whole.

    A sheet holding a character beyond ASCII (a font's name, a ``content:`` glyph) is lowered as
    ASCII, each such character one ``?``: its ``str.lower()`` goes through Unicode's tables (3.5
    ms for en-aeb's longest sheet, 836,000 characters) and the finds after it through two-byte
    characters. The names and braces are at the same places: of the characters beyond ASCII only
    İ (read whole) lowers to one of theirs.
    """
    if sheet.isascii():
        low = sheet.lower()
    elif "İ" in sheet or "ſ" in sheet or "ı" in sheet:
        return _CSS_RULE.findall(sheet)
    else:
        low = sheet.encode("ascii", "replace").lower().decode("ascii")
    rules = []
    # The last { and } before the name, the last brace before that {, and how far braces are known.
    opening = closing = before = taken = -1
    known = 0
    for at in sorted(at for word in _HINT_PROPERTIES for at in _places(low, word)):
        found = low.rfind("{", known, at)
        if found >= 0:
            inner = max(low.rfind("{", known, found), low.rfind("}", known, found))
            before = inner if inner >= 0 else max(opening, closing)
            opening = found
        closing = max(closing, low.rfind("}", known, at))
        known = at
        if opening < 0 or closing > opening or opening == taken:
            continue  # before any rule, among selectors, or in a rule already read
        taken = opening
        end = low.find("}", at)
        if end < 0:
            break  # no rule ends after this
        if low.find("{", at, end) < 0 and before + 1 < opening:
            rules.append((sheet[before + 1 : opening], sheet[opening + 1 : end]))
    return rules


def _places(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


# The properties _CSS_BOLD and _WHITE_SPACE read.
_HINT_PROPERTIES = ("font-weight", "white-space")


def _hints_of_rules(
    rules: Iterable[tuple[str, str]],
) -> tuple[frozenset[str], dict[bool, frozenset[str]]]:
    """:func:`_sheet_hints` of the sheets' rules (selectors, declarations)."""
    classes: set[str] = set()
    names: dict[bool, set[str]] = {True: set(), False: set()}
    for selectors, declarations in rules:
        if _CSS_BOLD.search(declarations):
            classes.update(
                m.group(1) for selector in selectors.split(",") if (m := _CSS_CLASS.search(selector))
            )
        if (found := _WHITE_SPACE.search(declarations)) is not None:
            pre = found.group(1).lower().startswith(("pre", "break"))
            for selector in selectors.split(","):
                if (m := _CSS_NAME.search(selector)) is not None:
                    names[pre].add("".join(m.groups()))
    return frozenset(classes), {pre: frozenset(found) for pre, found in names.items()}


def _has_bold_class(el: HtmlElement, bold_classes: frozenset[str]) -> bool:
    """A class the page's style sheet sets in bold, or one named so (``bjh-strong``, ``font-bold``,
    ``fw-bold``: a platform's or a framework's bold, its sheet not in the page)."""
    names = el.get("class")
    if not names:
        return False
    return any(name in bold_classes or _BOLD_CLASS_NAME.search(name) for name in names.split())


def _is_permalink(el: HtmlElement) -> bool:
    """A link inside a heading to a place on its own page that shows only a mark (``#``, ``¶``)."""
    mark = _ZERO_WIDTH.sub("", el.text_content()).strip()
    return (el.get("href") or "").startswith("#") and (not mark or mark in PERMALINK_MARKS)


# A list item's marker: a bullet glyph or an item's number (•, ·, 1., 2、, (3)).
_ITEM_MARKER = re.compile(r"\s*(?:[•·●○◦▪■□◆◇‣∙\-–]|\(?\d{1,2}[.、．)）])\s*")


# An icon font's glyph: a private-use character (U+E000–U+F8FF) an icon font draws as a picture.
_ICON_GLYPHS = re.compile(r"\s*[\ue000-\uf8ff]+\s*")


def _is_icon_glyph(el: HtmlElement) -> bool:
    """Whether an inline element shows only an icon font's glyph (``<i class="iconfont">&#xe61a;</i>``
    before a heading's words): a picture, no word of the text.

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_icon_glyph(f('<h2><i class="iconfont">\ue61a</i>领物须知</h2>').find("i")), _is_icon_glyph(f("<p><b>领物</b>须知</p>").find("b"))
    (True, False)
    """
    return not len(el) and _ICON_GLYPHS.fullmatch(el.text or "") is not None


def _opens_a_panel(button: HtmlElement) -> bool:
    """Whether a button is the header of an accordion's part (the WAI-ARIA accordion pattern): it
    names in ``aria-controls`` a shown element with text that comes right after it, or after the
    wrappers that hold nothing but it (an ``<h3>``, a card's header, a ``<dt>``), and the part has
    a sibling part with a header of its own. Its words then title the panel. A lone toggle (展开全文
    above or under the text it unfolds), a button whose panel is hidden (查看答案) or one naming
    nothing on the page (分享) is a control.

    >>> from lxml.html import fragment_fromstring as f
    >>> part = '<div><h3><button aria-controls="p{0}">第{0}步</button></h3><div id="p{0}">多喝水。</div></div>'
    >>> acc = f("<div>" + part.format(1) + part.format(2) + "</div>")
    >>> _opens_a_panel(acc.find(".//button"))
    True
    >>> more = f('<div><div id="t">全文。</div><button aria-controls="t">展开全文</button></div>')
    >>> _opens_a_panel(more.find(".//button"))
    False
    """
    target = button.get("aria-controls")
    words = button.text_content().strip()
    if not target or not words:
        return False
    node = button
    for _ in range(3):  # the button, then up to two wrappers that hold only its words
        panel = node.getnext()
        if panel is not None and panel.get("id") == target:
            part = node.getparent()
            siblings = part.getparent() if part is not None and part.getparent() is not None else part
            return (
                bool(panel.text_content().strip())
                and not is_hidden(panel)
                and siblings is not None
                and len(siblings.xpath(".//button[@aria-controls]")) >= 2
            )
        parent = node.getparent()
        if parent is None or parent.text_content().strip() != words:
            return False
        node = parent
    return False


def _aria_level(el: HtmlElement) -> int:
    """The level ``role="heading"`` gives in ``aria-level`` (2 without one, as the ARIA default);
    a disclosure button takes the level of a heading wrapping it, else a sub-heading's (4)."""
    if el.tag == "button":
        parent = el.getparent()
        return xpaths.HEADING_TAGS.get(parent.tag, 4) if parent is not None else 4
    level = el.get("aria-level", "")
    return min(int(level), 6) if level.isdigit() and level != "0" else 2


def _holds_code(box: HtmlElement) -> bool:
    """Whether ``box`` is code: a ``<code>`` or in one, or a ``<pre>`` holding one or naming a
    language (``language-sql``, ``brush: sql``, ``highlight``).

    >>> from lxml.html import fragment_fromstring as f
    >>> _holds_code(f("<pre><code>select 1;</code></pre>").find("code")), _holds_code(f("<div>x</div>"))
    (True, False)
    """
    for el in (box, *box.iterancestors("pre", "code")):
        if el.tag == "code" or (
            el.tag == "pre" and (el.find(".//code") is not None or _CODE_CLASS.search(el.get("class", "")))
        ):
            return True
    return False


def _is_data_row(tr: HtmlElement, tables: dict[HtmlElement, bool]) -> bool:
    """Whether a table row is read as one line: a row of two cells or more in a data table (see
    _is_data_table, decided once per table and kept in ``tables``).

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_data_row(f('<table><tr><td>1</td><td>流程控制</td></tr><tr><td>2</td><td>函数</td></tr></table>').find(".//tr"), {})
    True
    >>> _is_data_row(f('<table><tr><td>柳湾镇编</td><td>2025年5月20日</td></tr></table>').find(".//tr"), {})
    False
    """
    cells = _row_cells(tr)
    if cells is None or len(cells) < 2:
        return False
    table = next(tr.iterancestors("table"), None)
    if table is None:
        return False
    if table not in tables:
        tables[table] = _is_data_table(table)
    return tables[table]


def _row_cells(tr: HtmlElement) -> list[HtmlElement] | None:
    """A row's cells, or None when the row holds something else than cells."""
    cells = []
    for cell in tr:
        if cell.tag in _CELLS:
            cells.append(cell)
        elif isinstance(cell.tag, str):
            return None
    return cells


def _is_data_table(table: HtmlElement) -> bool:
    """Whether a table is data, read row by row (cells parted by spaces, as a reader copies a
    schedule or a syllabus's hours) — a property of the table, not of each row, so one long
    cell does not print its row as a line per cell amid rows read as lines. Data: two rows or
    more, one of two cells or more; nothing set as a block or broken by a ``<br>`` in any cell (a
    layout table's cell holds the page's paragraphs, a form's cell a letter); most rows of
    cells of MAX_ROW_CELL_CHARS or fewer, and no cell of prose (a long cell that ends a sentence,
    or longer than MAX_DATA_CELL_CHARS). A table of one row lays out a line (a masthead: its
    issuer on the left, its date on the right).

    >>> from lxml.html import fragment_fromstring as f
    >>> long = "土壤与肥料：怎样配制多数盆栽适用的营养土，以及有机肥、复合肥和缓释肥的区别、用量与施用时机"
    >>> _is_data_table(f(f'<table><tr><td>一</td><td>识花</td></tr><tr><td>二</td><td>{long}</td></tr><tr><td>三</td><td>扦插</td></tr></table>'))
    True
    >>> _is_data_table(f(f'<table><tr><td>一</td><td>识花</td></tr><tr><td>二</td><td>{long}。</td></tr></table>'))
    False
    >>> _is_data_table(f('<table><tr><td><p>第一段。</p></td><td>旁注</td></tr><tr><td>甲</td><td>乙</td></tr></table>'))
    False
    """
    rows = short = wide = 0
    for tr in table.iter("tr"):
        cells = _row_cells(tr)
        if cells is None:
            return False
        rows += 1
        if len(cells) < 2:
            continue
        wide += 1
        row_short = True
        for cell in cells:
            if any(
                d.tag in xpaths.BLOCK_TAGS or d.tag == "br"
                for d in cell.iterdescendants()
                if isinstance(d.tag, str)
            ):
                return False
            text = _SPACE.sub("", cell.text_content())
            size = len(text)
            if size > MAX_ROW_CELL_CHARS:
                if size > MAX_DATA_CELL_CHARS or _SENTENCE_END.search(text):
                    return False
                row_short = False
        short += row_short
    return rows >= 2 and wide >= 1 and short * 2 > wide


def _is_item_marker(el: HtmlElement) -> bool:
    """Whether an inline element is a list item's marker set beside the item's box (a block
    editor's ``<span class="dot">•</span><div class="list-content">…</div>``): the rendering of a
    list, as an ``<li>``'s marker is, not a line of the text.

    >>> from lxml.html import fragment_fromstring as f
    >>> _is_item_marker(f('<div><span>•</span><div>时间：周六</div></div>').find("span"))
    True
    >>> _is_item_marker(f('<p><span>1.</span>先打包。</p>').find("span"))
    False
    """
    if len(el) or not _ITEM_MARKER.fullmatch(el.text or "") or (el.tail and el.tail.strip()):
        return False
    nxt = el.getnext()
    return nxt is not None and nxt.tag in xpaths.BLOCK_TAGS


def _anchors_itself(el: HtmlElement) -> bool:
    """Whether a link in a heading is the heading's anchor, not a way to another place: an
    ``<a name>`` without an address, or one to the heading itself (``<h2 id="s1"><a href="#s1">…``,
    a document's numbered sections that a table of contents or a share links to).

    >>> from lxml.html import fragment_fromstring as f
    >>> _anchors_itself(f('<h2 id="s1"><a href="#s1">一、基本情况</a></h2>').find("a"))
    True
    >>> _anchors_itself(f('<h2><a href="#s2">二、主要做法</a></h2>').find("a"))
    False
    """
    href = el.get("href")
    if href is None:
        return True
    if not href.startswith("#") or len(href) < 2:
        return False
    target = href[1:]
    if target in (el.get("id"), el.get("name")):
        return True
    for node in el.iterancestors():
        if node.get("id") == target:
            return True
        if node.tag in xpaths.BLOCK_TAGS:
            return False
    return False


def _look_of(el: HtmlElement, tag: str) -> str:
    """An element's step in a look: its tag, classes and the presentation its attributes set, as
    written (one page's generator writes one look the same way each time).

    >>> from lxml.html import fragment_fromstring as f
    >>> _look_of(f('<span class="hd red" style="color:#c00;font-size:18px">x</span>'), "span")
    'span.hd red{color:#c00;font-size:18px}'
    >>> _look_of(f('<font color="red" size="4">x</font>'), "font")
    'font[red 4 None]'
    """
    step = tag
    if names := el.get("class"):
        step += "." + names
    if style := el.get("style"):
        step += "{" + style + "}"
    if tag == "font":
        step += f"[{el.get('color')} {el.get('size')} {el.get('face')}]"
    elif align := el.get("align"):
        step += "|" + align
    return step


def _is_centered(el: HtmlElement) -> bool:
    return (el.get("align") or "").lower() == "center" or bool(_CENTER_STYLE.search(el.get("style") or ""))


def _font_of(el: HtmlElement) -> str | None:
    """The first family of an element's own ``font-family`` style or ``<font face>``."""
    style = el.get("style")
    if not style and el.tag != "font":
        return None  # most elements asked (every attributed one, a read's ancestors): no search
    found = _FONT_STYLE.search(style or "")
    face = found.group(1) if found else el.get("face") if el.tag == "font" else None
    face = (face or "").strip().strip("\"'").strip()
    return face or None


def _inherited_font(el: HtmlElement) -> str | None:
    node: HtmlElement | None = el
    while node is not None and isinstance(node.tag, str):
        if (face := _font_of(node)) is not None:
            return face
        node = node.getparent()
    return None


def _is_bold_style(el: HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style


def _inherits_bold(el: HtmlElement) -> bool:
    return any(
        isinstance(a.tag, str) and (a.tag in xpaths.BOLD_TAGS or _is_bold_style(a))
        for a in _ancestors_until_block(el)
    )


def _inside_link(el: HtmlElement) -> bool:
    return any(a.tag == "a" for a in _ancestors_until_block(el))


def _ancestors_until_block(el: HtmlElement) -> list[HtmlElement]:
    chain: list[HtmlElement] = []
    node: HtmlElement | None = el
    while node is not None and isinstance(node.tag, str) and node.tag not in xpaths.BLOCK_TAGS:
        chain.append(node)
        node = node.getparent()
    return chain


def text_of(el: HtmlElement, content: str | None = None) -> str:
    """Visible text of an element with whitespace folded, scripts and styles left out.

    The text nodes of ``.//text()[not(ancestor::script) and not(ancestor::style)]``, gathered
    by walking the tree: metadata detection calls this on most elements of every page, and
    evaluating that XPath was the extraction's largest cost (docs/performance.md).

    >>> from lxml.html import fragment_fromstring
    >>> text_of(fragment_fromstring("<div> 作者：<b>张三</b><script>x=1</script> <!-- c -->来源</div>"))
    '作者：张三 来源'

    ``content``: the element's ``text_content()`` when the caller has it already; without a
    script or style inside, it holds the same text nodes as ``itertext()`` (checked on the
    238,972 elements of the corpus and real-shape pages), so it is not gathered again.
    """
    if not isinstance(el.tag, str):
        return ""  # a comment or processing instruction has no text nodes
    node: HtmlElement | None = el.getparent()
    while node is not None:
        if node.tag in NO_TEXT_TAGS:
            return ""
        node = node.getparent()
    return text_within(el, content)


def text_within(el: HtmlElement, content: str | None = None) -> str:
    """:func:`text_of` for an element its caller knows is in no script or style (a walk in document
    order knows it of each element from its parent's answer): the climb up its ancestors left out.

    >>> from lxml.html import fragment_fromstring
    >>> text_within(fragment_fromstring("<p> 作者：<b>张三</b><style>b{}</style></p>")), text_within(fragment_fromstring("<style>b{}</style>"))
    ('作者：张三', '')
    """
    if not isinstance(el.tag, str) or el.tag in NO_TEXT_TAGS:
        return ""
    # (A leaf holds no script or style: itself is none. Most of a page's info-line holders are leaves.)
    if len(el) == 0 or next(el.iter(*NO_TEXT_TAGS), None) is None:
        # No script or style inside: lxml gathers the same text nodes without a Python walk.
        return one_space("".join(el.itertext()) if content is None else content)
    parts = [el.text] if el.text else []
    # Children still to visit, and the tail that follows each element once its subtree is done.
    stack: list[tuple[Iterator[HtmlElement], str | None]] = [(iter(el), None)]
    while stack:
        children, tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if tail:
                parts.append(tail)
        elif isinstance(child.tag, str) and child.tag not in NO_TEXT_TAGS:
            if child.text:
                parts.append(child.text)
            stack.append((iter(child), child.tail))
        elif child.tail:
            parts.append(child.tail)  # a comment's or a script's tail is text of its parent
    return one_space("".join(parts))
