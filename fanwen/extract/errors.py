"""Error pages: a removed or missing page served with the site's normal layout (a "soft 404").

Many sites answer a deleted article with status 200 and their usual page: header, sidebars, hot
lists, footer, and one short message where the article was (页面不存在, 文章已删除或不存在, 该内容
已被删除, 404, 指定的主题不存在, 发生错误). The vote then finds the most prose elsewhere (the site's
"about" box, a news box's lead, a forum's notice) and would store it as the article. A person sees
the message and no article; so does fanwen, with the reason ``error``.

The message is an *error statement*: a short block (at most ``MAX_STATEMENT_CHARS``), not a link,
that says what happened to the page (``xpaths.ERROR_STATEMENT``); or the ``<title>`` saying it.
A statement is *prominent* when it is a heading, set in bold or a font of its own, in a box whose
class or id names an error (``xpaths.ERROR_HINT``: ``msgbox``, WordPress's ``error404``), or the
``<title>`` itself. A page that prints a statement is still an article when the article is there:

- the ``<title>`` says no error and the region is an article that follows the page's own title
  heading (a report headed …平台：相关内容已删除; a policy whose info box stamps it 已失效; a FAQ
  whose first question names an error; a thread whose later reply was deleted);
- the statement is inside the region, after its opening, and the region is an article without it
  (an article about 404 pages quoting one; a report whose witness saw 该内容已被删除);
- a statement neither prominent nor before the region, beside an article-sized region.

A question (…显示页面不存在怎么办？) and a labelled field's value (有效性：该信息已…) are no
statements.
"""

from __future__ import annotations

import functools
import re

from lxml import etree
from lxml.html import HtmlElement

from fanwen.extract import xpaths
from fanwen.extract.content import MIN_ARTICLE_CHARS, MIN_BRIEF_CHARS, Region, is_hidden
from fanwen.extract.listing import HEADINGS
from fanwen.strip.literals import WordSets

# An error statement is a line or two: a paragraph of a text is longer.
MAX_STATEMENT_CHARS = 80
# What a title segment may say besides its statement (抱歉，您访问的…; 或已被删除).
MAX_TITLE_EXTRA = 8
# Words an error statement cannot do without. The page's text is searched for them once (a
# regex for the Chinese ones, ``in`` for the English: a quarter of a millisecond on the corpus's
# pages, 46 KB of text each); only the text nodes holding the words found are then read, found in
# C by XPath. Most pages hold none.
_WORDS = re.compile(
    "不存在|已删除|被删除|已刪除|被刪除|移除|已下线|已下線|撤下|找不到|未找到|没有找到|沒有找到|无法找到|無法找到|"
    "无法访问|無法訪問|无法显示|無法顯示|不见了|不見了|走丢了|走丟了|发生错误|出现错误|遇到错误|發生錯誤|出現錯誤|出错了|出錯了|"
    "下架|过期|過期|失效|已关闭|已關閉|被关闭|被關閉|经关闭|經關閉|停止招聘|暂停招聘|暫停招聘|结束招聘|結束招聘|"
    "验证|驗證|滑块|滑塊|访问频率|訪問頻率|访问过于|訪問過於|"
    "权限|權限|登录后|登錄後|登入後|登录以后|登录才|登錄才|登录方可|登錄方可"
)
_WORD_LIST = tuple(_WORDS.pattern.split("|"))  # words alone: the pattern is nothing else
# A character each word holds one of: a long English page's text (en-aeb's, 520,000 characters
# of which a few Han) holds none of them, and ``in`` finds that sooner than the regex's scan.
_WORD_CHARS = xpaths.hitting_chars(_WORD_LIST)
# The English ones, by the word each holds (one scan of the text for each of the three).
_ENGLISH_WORDS = {
    "human": ("you are human", "you are a human"),
    "browser": ("your browser",),
    "secure": ("connection is secure",),
    "found": ("ot found", "be found"),
    "FOUND": ("OT FOUND",),
    "Found": ("ot Found",),
    "exist": ("t exist",),
    "longer": ("no longer",),
    "permission": ("have permission", "have the permission"),
    " in to ": ("log in to", "sign in to", "Log in to", "Sign in to"),
}
# What error_page looks for first in a page's whole text, all in one pass of RE2's set matcher
# (strip.literals.WordSets): a character of a Chinese error word, each English word and its
# phrases, a status code, an answer's words. Each was a scan of its own with ``in``, and on a
# long page's text (en-aeb's: 53,000 characters in the median) the English words' fourteen
# scans alone took 0.6 ms a page, the one pass 0.2.
_PHRASES = tuple(dict.fromkeys(w for english in _ENGLISH_WORDS.values() for w in english))
# The characters but ASCII whose case folding holds an ASCII character (ß → ss, ſ → s, ﬁ → fi,
# the Kelvin sign → k): every one of Unicode's (tests/test_speed_paths.py reads them all).
FOLDS_TO_ASCII = "\xdf\u0130\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_LOOKED_FOR = (_WORD_CHARS, *_ENGLISH_WORDS, *_PHRASES, "404", "nswer", "NSWER", "答", FOLDS_TO_ASCII)
_LOOKS = WordSets([list(_WORD_CHARS), *([w] for w in _LOOKED_FOR[1:-1]), list(FOLDS_TO_ASCII)])


def _looked_for(shown: str) -> frozenset[str]:
    """Those of :data:`_LOOKED_FOR` ``shown`` holds (the first: one of its characters).

    >>> sorted(_looked_for("Page not found: 404"))
    ['404', 'found', 'ot found']
    >>> _WORD_CHARS in _looked_for("该文章已被删除"), _looked_for("plain text")
    (True, frozenset())
    """
    return frozenset(_LOOKED_FOR[i] for i in _LOOKS.found(shown))


_EMPHASIS = frozenset({"b", "strong", "font", "em", "big", *HEADINGS})
_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "textarea", "option", "select", "title"})
_TITLE_SEGMENTS = re.compile(r"[_|｜]|\s*[-–—]+\s*")
_LETTER = re.compile(r"[^\W\d_]")
# A question: a FAQ's item names an error it answers (报名网站显示页面不存在怎么办？).
_QUESTION = re.compile(r"[？?]|怎么办|怎麼辦|为什么|為什麼|如何")
# A labelled field before the statement (有效性：该信息已…): a document's status, not the page's.
_FIELD = re.compile(r"[^\W\d_]{1,6}\s*[:：]\s*$")


def error_statement(doc: HtmlElement) -> HtmlElement | None:
    """The first block on the page that is an error statement, if any.

    >>> from lxml.html import document_fromstring as d
    >>> error_statement(d("<body><div><b>该内容已被删除</b><br><a href='/'>返回首页</a></div></body>")).tag
    'div'
    >>> error_statement(d("<body><p>本站内容如有侵权请联系删除。</p></body>")) is None
    True
    """
    found = _statements(doc)
    return found[0][0] if found else None


def error_page(doc: HtmlElement, region: Region | None) -> str | None:
    """The error statement a page prints in place of its article, or None where the page has
    its article (or says nothing of an error).

    ``region``: the region detection or the site's template chose (None: no prose at all).
    """
    shown = xpaths.page_text(doc)  # the page's text, read once per page (the category finder's too)
    held = _looked_for(shown)
    unanswered = _unanswered(doc, region, shown, held)
    if unanswered is not None:
        return unanswered
    title = _title_statement(doc)
    found = _statements(doc, shown, held)
    if title is None and not found:
        return None  # most pages: nothing looked like an error
    said = title if title is not None else found[0][1]
    if region is None or not region.is_article and not region.is_brief:
        return said
    order = _order(doc)
    if title is None and _titled_article(region, order):
        return None  # the article under its own title: a status stamp, a question, a quote in it
    elements = region.elements
    for el, text, prominent, denied in found:
        if title is None and region.title is not None and _contains(el, region.title):
            continue  # the article's own title (…平台：相关内容已删除), where <title> is no error
        holder = next((top for top in elements if _contains(top, el)), None)
        if holder is not None and not any(_contains(s, el) for s in region.skip):
            if xpaths.WITHDRAWN_ITEM.fullmatch(text.replace(" ", "")) or xpaths.CHALLENGE_STATEMENT.search(
                text
            ):
                # A withdrawn item's line, a challenge's, stands where the page was: inside a
                # text's prose it is quoted (涉事产品已下架。, 页面提示“访问过于频繁”).
                continue
            # Inside the region (under no title heading of its own): the page's statement when it
            # opens the region or the region is no article without it. A permission notice only
            # where it opens the region: after prose it closes a preview (剩余内容登录后查看).
            before_it = _chars_before(elements, holder, text)
            if before_it < MIN_BRIEF_CHARS or (
                not denied and region.text_chars - len(text.replace(" ", "")) < MIN_ARTICLE_CHARS
            ):
                return text
            continue
        if denied and _full_text(region):
            continue  # a login widget (a sidebar's box, a sign-in modal) beside a full text
        if denied and _text_under_title(region, el, order):
            continue  # a login widget beside a short report under its own title (review R1)
        before = order.get(el, -1) < order.get(elements[0], -1)
        if prominent or not region.is_article or before:
            return text
    if title is not None and not _titled_article(region, order):
        return title
    return None


# A no-answer statement is a short line of its own (该问题暂无回答, 还没有人回答这个问题，快来抢答吧！).
MAX_NO_ANSWER_CHARS = 30
# A link that may follow it: a call to answer or to ask (我来回答, 写回答, 免费咨询律师).
_CALL_TO_ANSWER = re.compile(
    r"^\s*\S{0,8}(?:回答|作答|解答|抢答|搶答|答题|提问|提問|咨询|諮詢|answer|ask)\S{0,8}\s*$", re.I
)
# Words a no-answer statement cannot do without: a word of an answer, a negation just before it.
_ANSWER_WORD = re.compile(r"回答|解答|答案|作答")
_NO_BEFORE = re.compile(
    r"(?:暂无|暫無|没有|沒有|尚无|尚無|无|無)(?:人|网友|網友|律师|律師|专家|專家|医生|醫生)?$"
)
_NO_ANSWER_ENGLISH = re.compile(r"no answers?|been answered", re.I)


def _says_no_answer(shown: str, folds_to_ascii: bool = True) -> bool:
    """Whether ``_NO_ANSWER_ENGLISH`` can match ``shown``: a case-insensitive search of a page's
    text costs re about 4 ms, a look for the words in its case-folded text (what re.I matches
    with these letters folds to them: ``NO ANSWER``, ``no anſwer``) a small part of that.

    ``folds_to_ascii``: whether ``shown`` may hold one of :data:`FOLDS_TO_ASCII` (the page's one
    pass over its text tells). Without one, only ASCII characters fold to ASCII ones, each to its
    lower case, and the words are found in the ASCII bytes of the text lowered, every other
    character a ``?`` that parts them as its folding would: a third of ``casefold()``'s time on
    a long English page (200,000 characters).

    >>> _says_no_answer("Has Been ANSWERED"), _says_no_answer("no anſwer"), _says_no_answer("no ansWers yet")
    (True, True, True)
    >>> _says_no_answer("Answer: no."), _says_no_answer("NO ANSWER", False), _says_no_answer("no→answer", False)
    (False, True, False)
    """
    if not folds_to_ascii:
        lowered = shown.encode("ascii", "replace").lower()
        return b"no answer" in lowered or b"been answered" in lowered
    folded = shown.casefold()
    return "no answer" in folded or "been answered" in folded


def _unanswered(doc: HtmlElement, region: Region | None, shown: str, held: frozenset[str]) -> str | None:
    """The statement of a Q&A page whose question has no answer (该问题暂无回答), where the page
    prints it: between the page's title heading and the region, in the region after less than
    an article's text (the question's box and the related answers in one column), or anywhere
    when the region is no article.

    A question with no text of its own and no answer leaves the vote the related questions' best
    answers, each another question's: the page has no article, as an error page has none. The
    statement opens a short block of its own (``xpaths.NO_ANSWER_STATEMENT``), shown and not a
    link, a call to answer its only link (我来回答); a related question's 暂无回答 beside its title
    link is no statement, nor is one after the region (a list of other questions under the answer)
    or in it after an article's length of text (a question with a description of its own).
    """
    # The words of an answer first (a search whose first characters re skips to), then the
    # negation before each (a search for the whole statement tried its alternatives at every
    # character: 1.5 ms a corpus page); the text nodes holding what was found are read then.
    # Each word of an answer holds 答, and re's search of a page's text is dear (0.4 ms a
    # page): a page without 答 has none.
    words = frozenset(
        shown[negation.start() : found.end()]
        for found in (_ANSWER_WORD.finditer(shown) if "答" in held else ())
        if (negation := _NO_BEFORE.search(shown, max(0, found.start() - 8), found.start())) is not None
    )
    if not words and ("nswer" in held or "NSWER" in held) and _says_no_answer(shown, FOLDS_TO_ASCII in held):
        words = frozenset(found.group(0) for found in _NO_ANSWER_ENGLISH.finditer(shown))
    if not words:
        return None
    order: dict[HtmlElement, int] | None = None
    seen: set[HtmlElement] = set()
    for text in _holding(words)(doc):
        block = text.getparent()
        if block is None or (not text.is_tail and block.tag in _NOT_SHOWN):
            continue
        if text.is_tail:
            block = block.getparent()
        while block is not None and block.tag not in xpaths.BLOCK_TAGS:
            block = block.getparent()
        if block is None or block in seen:
            continue
        seen.add(block)
        said = "".join(block.text_content().split())
        if len(said) > MAX_NO_ANSWER_CHARS or xpaths.NO_ANSWER_STATEMENT.search(said) is None:
            continue
        chain = [block, *block.iterancestors()]
        if any(el.tag == "a" or is_hidden(el) for el in chain):
            continue
        # A call to answer may follow the statement (该问题暂无回答，<a>我来回答</a>); any other link
        # is an item's title (a related question's, beside its 暂无回答 badge).
        if any(not _CALL_TO_ANSWER.search(a.text_content()) for a in block.iter("a")):
            continue
        if region is None or not (region.is_article or region.is_brief):
            return said
        holder = next((top for top in region.elements if _contains(top, block)), None)
        if holder is not None:
            # In the region (the question's box and the related answers in one column): the
            # page's statement when the question before it is no article's length.
            if _chars_before(region.elements, holder, said) < MIN_ARTICLE_CHARS:
                return said
            continue
        order = _order(doc) if order is None else order
        at = order.get(block, -1)
        after_title = region.title is None or order.get(region.title, -1) < at
        if after_title and at < order.get(region.elements[0], -1):
            return said
    return None


def _statements(
    doc: HtmlElement, shown: str | None = None, held: frozenset[str] | None = None
) -> list[tuple[HtmlElement, str, bool, bool]]:
    """Each block that is an error statement, in document order: (block, its text, prominent,
    denied: a permission notice beside a login form, no other error's words).
    ``shown``: the page's text (:func:`xpaths.page_text`), when the caller has read it; ``held``:
    what of :data:`_LOOKED_FOR` it holds, likewise."""
    out: list[tuple[HtmlElement, str, bool, bool]] = []
    if shown is None:
        shown = xpaths.page_text(doc)
    if held is None:
        held = _looked_for(shown)
    words = set(_WORDS.findall(shown)) if _WORD_CHARS in held else set()
    for key, english in _ENGLISH_WORDS.items():
        if key in held:
            words.update(w for w in english if w in held)
    if "404" in held and _status_code(shown):
        words.add("404")
    if not words:
        return out
    seen: set[HtmlElement] = set()
    for text in _holding(frozenset(words))(doc):
        owner = text.getparent()
        if owner is None:
            continue
        if text.is_tail:
            owner = owner.getparent()
            if owner is None:
                continue
        block = owner
        inline: list[HtmlElement] = []
        while block.tag not in xpaths.BLOCK_TAGS and block.getparent() is not None:
            inline.append(block)
            block = block.getparent()
        if block in seen or owner.tag in _NOT_SHOWN:
            continue
        seen.add(block)
        shown = " ".join(block.text_content().split())
        if not shown or len(shown.replace(" ", "")) > MAX_STATEMENT_CHARS:
            continue
        squeezed = shown.replace(" ", "")
        said = (
            xpaths.ERROR_STATEMENT.search(shown)
            or xpaths.ERROR_STATEMENT.search(squeezed)
            or xpaths.WITHDRAWN_ITEM.fullmatch(squeezed)
            or xpaths.CHALLENGE_STATEMENT.search(shown)
        )
        denied = said is None
        if denied and (notice := xpaths.DENIED_STATEMENT.search(shown)) and _beside_login_form(block):
            said = notice  # a "you may not read this" notice with the login form it asks you to use
        if said is None or _QUESTION.search(shown) or _FIELD.search(said.string[: said.start()]):
            continue  # a question (…显示页面不存在怎么办？) asks; a field (有效性：) is a status
        chain = [block, *block.iterancestors()]
        if any(el.tag == "a" for el in (*inline, *chain)) or any(is_hidden(el) for el in chain):
            continue  # a link's title (网页打不开显示404怎么办), or what the page does not show
        if any(el.tag in xpaths.DROP_TAGS and el.tag not in ("nav", "footer", "aside") for el in chain):
            continue
        emphasis = not text.is_tail and any(el.tag in _EMPHASIS for el in (*inline, block))
        hinted = any(
            xpaths.ERROR_HINT.search(f"{el.get('class', '')} {el.get('id', '')}")
            for el in chain
            if el.tag != "html"
        )
        out.append((block, shown, emphasis or hinted, denied))
    return out


# A permission notice outside the region is the page's statement only beside less than a full text:
# what outvotes it on a page the visitor may not read is a side box (the site's help paragraph, its
# rules, a table of levels); a login widget (a sidebar's box, a sign-in modal) beside a text of
# several paragraphs of prose is the site's chrome.
MIN_FULL_TEXT_PARAGRAPHS = 3
_PARAGRAPH_END = re.compile(r"[。！？!?.…”\"」』]$")


def _full_text(region: Region) -> bool:
    """Whether ``region`` holds several paragraphs of prose (blocks of a sentence or more that end
    as one does), a text's shape rather than a side box's one paragraph of help.

    >>> from lxml.html import fragment_fromstring as f
    >>> from fanwen.extract.content import Region
    >>> _full_text(Region(f("<div>" + "<p>一句话写在这里，说的是一件小事。</p>" * 3 + "</div>"), 1.0, 300, 3, 0.0))
    True
    >>> _full_text(Region(f("<div><p>一句话写在这里，说的是一件小事。</p><table><tr><td>新手</td><td>10</td></tr></table></div>"), 1.0, 300, 3, 0.0))
    False
    """
    paragraphs = 0
    for top in region.elements:
        for block in top.iter(*xpaths.BLOCK_TAGS):
            if any(child.tag in xpaths.BLOCK_TAGS for child in block):
                continue  # a container: its blocks are counted
            said = "".join(block.text_content().split())
            if len(said) >= MIN_PARAGRAPH_CHARS and _PARAGRAPH_END.search(said):
                paragraphs += 1
                if paragraphs >= MIN_FULL_TEXT_PARAGRAPHS:
                    return True
    return False


# A paragraph of prose: a sentence's length at least.
MIN_PARAGRAPH_CHARS = 15
# The box of a notice and its login form is short: the notice, the form's labels and links. A
# container with more text than this holds a text of its own (a preview, a report) besides.
MAX_LOGIN_BOX_CHARS = 400


def _beside_login_form(block: HtmlElement) -> bool:
    """Whether ``block`` shares a short box with a login form (a password field): a notice that the
    visitor may not read the page until they log in, not a text's sentence about access.

    >>> from lxml.html import fragment_fromstring as f
    >>> box = f("<div><p>您没有权限查看</p><form><input type='password'></form></div>")
    >>> _beside_login_form(box[0])
    True
    >>> page = f("<div><div><p>您没有权限查看</p><p>" + "长文" * 300 + "</p></div><form><input type='password'></form></div>")
    >>> _beside_login_form(page[0][0])
    False
    """
    for el in (block, *block.iterancestors()):
        if el.tag in ("body", "html") or len("".join(el.text_content().split())) > MAX_LOGIN_BOX_CHARS:
            return False
        if el.xpath(xpaths.PASSWORD_INPUT):
            return True
    return False


def _status_code(text: str) -> bool:
    """Whether ``text`` holds 404 as a number of its own, not in a longer one (14045, 4.04).

    >>> _status_code("首页 404 抱歉"), _status_code("共14045人"), _status_code("页面")
    (True, False, False)
    """
    at = text.find("404")
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + 3] if at + 3 < len(text) else " "
        if not (before.isdigit() or after.isdigit() or "." in (before, after)):
            return True
        at = text.find("404", at + 3)
    return False


@functools.lru_cache(maxsize=64)
def _holding(words: frozenset[str]) -> etree.XPath:
    """The text nodes of the body that hold one of ``words``."""
    tests = " or ".join(f"contains(., '{w}')" for w in sorted(words))
    return etree.XPath(f"//body//text()[{tests}]", smart_strings=True)


def _title_statement(doc: HtmlElement) -> str | None:
    """The ``<title>``'s segment that is an error statement (页面未找到 – 博客名, 文章不存在或已被删除_站名),
    little else in it; None for a title that only mentions an error (如何设计一个友好的404页面).

    >>> from lxml.html import document_fromstring as d
    >>> _title_statement(d("<title>页面未找到 – 山间小记</title><p>x</p>"))
    '页面未找到'
    >>> _title_statement(d("<title>如何设计一个友好的404页面 - 前端杂记</title><p>x</p>")) is None
    True
    """
    head = doc.find("head")
    title = (head.findtext("title") or "") if head is not None else ""
    for segment in _TITLE_SEGMENTS.split(title):
        segment = segment.strip()
        if _bare_statement(segment):
            return segment
    return None


def _titled_article(region: Region, order: dict[HtmlElement, int]) -> bool:
    """Whether ``region`` is an article that follows the page's title heading (not an error's)."""
    title = region.title
    if title is None or not region.is_article:
        return False
    first = region.elements[0]
    if not (_contains(first, title) or order.get(title, -1) < order.get(first, -1)):
        return False
    return not _bare_statement(" ".join(title.text_content().split()))


def _text_under_title(region: Region, notice: HtmlElement, order: dict[HtmlElement, int]) -> bool:
    """Whether ``region`` is a text under the page's own title heading with ``notice`` not between
    the two: a report of a paragraph or two (a brief) whose page shows a login box in its sidebar or
    footer. On a page the visitor may not read, the notice stands where the text would be, under
    the title, or the region the vote found is a side box that follows no title (its help
    paragraph, a table of read levels)."""
    title = region.title
    if title is None or _bare_statement(" ".join(title.text_content().split())):
        return False
    first = region.elements[0]
    at_title, at_first, at_notice = order.get(title, -1), order.get(first, -1), order.get(notice, -1)
    if not (_contains(first, title) or at_title < at_first):
        return False
    return not at_title < at_notice < at_first


def _bare_statement(text: str) -> bool:
    """Whether ``text`` is an error statement with little else in it (页面未找到, 抱歉，页面不存在),
    not a title that mentions one (…平台：相关内容已删除)."""
    if xpaths.WITHDRAWN_ITEM.fullmatch("".join(text.split())):
        return True
    found = xpaths.ERROR_STATEMENT.search(text)
    if found is None:
        return False
    return len(_LETTER.findall(text[: found.start()] + text[found.end() :])) <= MAX_TITLE_EXTRA


def _chars_before(elements: tuple[HtmlElement, ...], holder: HtmlElement, text: str) -> int:
    """Characters of the region's text before ``text`` (in ``holder``, one of ``elements``)."""
    chars = 0
    for top in elements:
        shown = "".join(top.text_content().split())
        if top is holder:
            at = shown.find(text.replace(" ", ""))
            return chars + (at if at >= 0 else len(shown))
        chars += len(shown)
    return chars


def _order(doc: HtmlElement) -> dict[HtmlElement, int]:
    return {el: i for i, el in enumerate(doc.iter())}


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    return outer is inner or outer in inner.iterancestors()
