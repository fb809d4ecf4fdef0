"""Where an article's conclusion starts: the closing readings after the last part (a look back, a wish, a sign-off, a
notice's formula), asked by :func:`fanwen.sections.split_sections`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from fanwen.items import Block
from fanwen.sections.shapes import (
    _ANY_NUMBERED,
    _ASIDE,
    _CLOSING_WISH,
    _CN_NUM,
    _CN_SENTENCE_STOP,
    _DATE_LINE,
    _FIELD,
    _ITEM_END,
    _LOOKING_BACK,
    _SENTENCE_END,
    _SENTENCE_STOP,
    CONCLUSION,
    MAX_POINT_HEADING_CHARS,
    MAX_STYLED_LINK_DENSITY,
    _cn_number,
    _first_sentence,
    _Heading,
)

# 回头看，… is a look back over the piece or, as often in a story, someone turning round (回头看，
# 刚走过的石桥…): it concludes only when what it looks at is the piece's topic (_looks_back_at_the_whole).
_LOOK_BACK = re.compile(rf"^{_LOOKING_BACK}[，,]?\s*([^，,。！？!?；;]*)")
# 这一年 / 这几天 / 今年 / 这段日子 / 一路走来: the whole span a look back covers.
_WHOLE_SPAN = re.compile(
    r"^(?:(?:这|這|今|本)[一二三四五六七八九十几幾些两兩半]{0,2}(?:年|学期|學期|季|个月|個月|周|天|段时间|段時間|段日子|段经历|段經歷|趟|次|路)"
    r"|那些年|一路(?:走来|走來|下来|下來))"
)
# 养花这件事，说到底…: the topic a closing paragraph sums up, a short phrase, then the marker.
_SUMMED_TOPIC = re.compile(rf"^[^，,。！？!?；;：:“”\"]{{2,12}}[，,]\s*(?:{CONCLUSION.pattern[1:]})")
# 以上问答仅供参考… / 以上就是…的介绍: a last paragraph that speaks of the whole piece above sums it
# up; the writer signing off (以上是我的述职报告，请批评指正 / 以上是这次的记录，欢迎指出 / 以上，希望对你有
# 用) does not.
_BACK_REFERENCE = re.compile(r"^以上(?![\d一二三四五六七八九十两几]+[人个名])")
_SIGN_OFF = re.compile(r"我|本人|笔者|指正|指出|谢谢|欢迎|歡迎|希望.{0,12}[对對].{0,12}有")


MAX_CLOSING_LINK_DENSITY = 0.3
MIN_CLOSING_SENTENCES = 2
# A last paragraph naming this many parts again or more sums them up (see _names_every_part).
MIN_SUMMED_PARTS = 3
MAX_SIGN_OFF_CHARS = 20

_QUOTED_WORD = re.compile(r"[“「]([^“”「」，,。、]{2,8})[”」]")  # a point's key word, quoted in its heading
MAX_NOTICE_SIGN_OFF_LINES = 16  # a notice's sign-off under its formula: 附件 items, issuer, date, 抄送, 公开


_HAN_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}$")


# 再次感谢大家的聆听！ / 再一次感谢各位！: a thanks said again, to an audience, closes a speech as its wish does.
_THANKS_AGAIN = re.compile(r"^(?:再次|再一次)(?:衷心|真诚|真誠|诚挚|誠摯)?地?(?:感谢|感謝)")
# 回顾2024年，…；展望2025年，… / 展望新的一年，…: a work summary's closing look back over the whole span and
# ahead; a look back alone (回顾一年来的工作，…存在一些问题) opens a part as often as it closes one.
# 回顾一下这个周末：… / 回顾这一年，…: a look back over the whole span, after the last part's own text,
# sums the piece up as 回头看这一年 does.
_SPAN = (
    r"(?:(?:19|20)\d{2}年|过去的?[一这]?[年段]|新的一年|明年|未来|今后|下一步"
    r"|[这今本][一个几两]?(?:年|周末|周|天|个?月|学期|季度|次|趟|阶段)|[一二两三四五六七八九十几]+年(?:来|以来))"
)
_LOOK_AHEAD = re.compile(
    rf"^展望{_SPAN}|^回顾(?:一下)?{_SPAN}.*[，,；;]展望|^回顾(?:一下)?{_SPAN}[^，,。；;：:]{{0,6}}[，,：:]"
)
# 三、工作展望 / 五、展望 / 三、回顾与思考: a last part named for the look ahead or back holds every such
# paragraph under it, its last too, as its own text.
_LOOK_WORDS = ("展望", "回顾", "回顧")
# 展望下一步，重点做好以下工作： / 展望2025年，…：一是…，二是…: a look ahead that leads into the plan's
# points or counts them is the plan, no closing.
_LEADS_INTO_POINTS = re.compile(r"[：:]\s*$|一是.*二是")
# 新的一年，中心全体职工将以更加务实的作风、更加饱满的热情，扎实推进各项工作… / 今后，我们将以更高的标准、
# 更实的举措… / 2026年，全校教职工将以更加饱满的热情投入…: a plan's or a summary's closing resolution, the
# whole staff pledging how it takes on the next span: a span ahead opening it, then the manner it will work in,
# two comparatives (以更加X的Y、更加Z的W) or one with a word for a manner (热情, 作风, 姿态, 斗志).
_SPAN_AHEAD = re.compile(
    r"^(?:在|站在)?(?:新的一年|新一年|新的学年|新学年|新的學年|新學年|新的学期|新学期|新的學期|新學期|新的征程|新征程"
    r"|今后|今後|未来|未來|展望未来|展望未來|下一步|下阶段|下階段|下半年|明年|来年|來年|(?:19|20)\d{2}\s*年)"
    r"[^，,。！？!?；;：:]{0,6}[，,]"
)
# The pledge is the future's (将以, 要以, 让我们以, 我将继续…，以…): a year's summary telling how the staff worked in it
# (2025年，全体社工以更加务实的作风…，圆满完成了…) pledges nothing (review, session 21).
_RESOLVE = re.compile(
    r"(?:(?:将|將|继续|繼續|努力|力争|力爭|让|讓)[^。！？!?；;]*?|要)"
    r"(?:以更(?:加)?[^，,。！？!?；;、]{1,8}[、和与與及]\s*更"
    r"|以更(?:加)?[^，,。！？!?；;、]{1,6}的(?:热情|熱情|作风|作風|姿态|姿態|斗志|鬥志|干劲|幹勁|状态|狀態|精神|面貌|决心|決心|担当|擔當))"
)
# …以更加务实的作风推动落实，圆满完成了各项任务: the manner told of a year done, 将 marking the object (街道将养老服务纳入…).
_TOLD_DONE = re.compile(r"(?<![为為除])了")
# 谢谢大家！ / 謝謝！ / 谢谢各位。: a thanks alone on its line, under a report read aloud.
_THANKS_WORDS = r"(?:谢谢|謝謝|感谢|感謝)(?:大家|各位|您|你们|你們|聆听|聆聽)?\s*[！!。.]?$"
_THANKS = re.compile(rf"^{_THANKS_WORDS}")
# …！谢谢大家！ / …。謝謝各位。: a thanks closing the paragraph it ends, after a sentence of its own.
_CLOSING_THANKS = re.compile(rf"[。！？!?]\s*{_THANKS_WORDS}")
# 到这里，一个完整的开发环境就搭好了 / 至此，整个博客就配置完成了 / 到此为止，…就全部搞定了: a how-to saying the
# task it walks through is done (what is done, 就 or 已经, a word for finishing: 至此，博客已经搭建完成, session 23); an event that ends (至此，本届运动会圆满落下
# 帷幕) finishes no task, nor does one asked (…就搭好了吗？) or about to be done (…就快搭好了).
_TASK_DONE = re.compile(
    r"^(?:到这里|到這裡|到这儿|到這兒|至此|到此(?:为止|為止)?)[，,]\s*([^。！？!?；;，,]{2,40}?)(?:就|已经|已經|已)"
    r"[^。！？!?；;，,快将將]{0,8}?(?:好|完成|完毕|完畢|搞定|跑通|大功告成)(?:了|啦)?(?![了啦吗嗎？?])"
)
# 祝您… / 谢谢您！ / 祝你…: a wish or a thanks to one reader, a letter's or a card's (祝你们… is to an audience).
_ONE_READER = re.compile(r"[您你](?![们們])")
# 最后借书里的一句话结束这篇读后感 / 最后，我用一句诗结束全文 / 写到这里，… / 行文至此，…: the writer says the
# piece ends here, with a line of their own (借 / 用 / 以); the book's ending told (最后，小说以…结束全文) is
# none.
_ENDS_THE_PIECE = re.compile(
    r"^(?:最后[，,]?\s*(?:我|让我们?|请允许我)?(?:想|就|再)?(?:借|用|以)[^。！？!?]{0,20}(?:结束|结尾)"
    r"(?:这篇|本篇|本文|全文|我的|今天的)|写到这里[，,]|行文至此[，,])"
)
# 合上书，… / 放下这本书，… / 读完最后一页，… / 掩卷沉思，…: a reading response's writer putting the book down, back
# from the book to their own day: the piece's reading ends (session 24, AU's 读后感); a story's someone closing a
# book (他合上书，…) opens no such paragraph, and the piece must be a response to a reading (_READING_TITLE).
_PUTS_THE_BOOK_DOWN = re.compile(
    r"^(?:(?:合上|放下|掩上)(?:了)?(?:这本|這本|那本)?(?:书|書|小说|小說)"
    r"|掩卷|(?:读|讀)(?:完|罢|罷)(?:最后一页|最後一頁|全书|全書|这本书|這本書|最后一个字|最後一個字))"
)
# 《…》读后感 / 读《…》有感 / 寒假读书笔记 / 觀後感: a title naming a book or a reading.
_READING_TITLE = re.compile(r"《[^》]{1,30}》|读后感|讀後感|观后感|觀後感|读书|讀書|读《|讀《")
# 以上三篇… / 上面这几篇… / 这3篇…: a paragraph speaking of a collection's pieces together, by their count.
MIN_PIECES = 2
_PIECES_TOGETHER = re.compile(
    rf"^(?:以上|上面|上述|前面|这|這)(?:这|這)?\s*(?P<n>\d{{1,2}}|[{_CN_NUM}几幾]{{1,3}})\s*(?:篇|则|則|份|首)"
)
# 特此通知。 / 特此公告。 / 此复。: a notice's closing formula, a line of its own after its last part; it
# closes the whole notice, and what follows it (附件 list, the issuer, the date, （此件主动公开）) is its
# sign-off. Set in a sentence (…请遵照执行，特此通知) or quoted it is no such line.
_CLOSING_FORMULA = re.compile(
    r"^(?:特此(?:通知|公告|通告|通报|通報|函告|函复|函復|批复|批復|报告|報告|答复|答復|公示|决定|決定|声明|聲明"
    r"|说明|說明|证明|證明|请示|請示)|此复|此復)\s*[。！!]?$"
)
# 附件 / 附件2 / 附件：, a line of its own: an attachment's label.
_APPENDED_ATTACHMENT = re.compile(r"^附件\s*[0-9一二三四五六七八九十]*\s*[：:]?$")


def _conclusion_starts(
    blocks: Sequence[Block], headings: dict[int, _Heading], title: str | None = None
) -> set[int]:
    """Where concluding paragraphs start: one of the last blocks of the page or of each essay."""
    ends = sorted(i for i, h in headings.items() if h.family == "essay")
    # the collection's own closing (以上三篇…) ends its last piece, which may close before it on its own
    collected = _collection_closes(blocks, headings, len(ends))
    bounds = [*ends, len(blocks) if collected is None else collected]
    starts: set[int] = set() if collected is None else {collected}
    begin = 0
    for end in bounds:
        last_heading = max((i for i in headings if begin <= i < end), default=begin - 1)
        # the piece has parts of its own (a collection's 篇 with none keeps its ending as its text)
        parted = any(headings[i].family != "essay" for i in headings if begin <= i < end)
        own_text_end = _own_text_end(headings, last_heading)
        # the closers read the text's own end: lines of another kind after it (a caption, an advert line the strip
        # left) close nothing and keep nothing from closing
        close_end = end
        while close_end > last_heading + 1 and _another_kind(blocks[close_end - 1]):
            close_end -= 1
        last_part = _last_part_heads(headings, begin, last_heading)
        last_head = [headings[last_heading].text] if last_heading in headings else []
        # a plan within the blocks the last part spans as each of its siblings does is that part's text
        run_on_end = last_heading + _parts_run_on(headings, begin, last_heading)
        first = max(_closing_lines(blocks, begin, end) - 3, last_heading + 1, begin + 1)
        if parted:
            first = min(first, max(_closing_formula(blocks, begin, end), last_heading + 1))
        for index in range(first, end):
            if (
                (CONCLUSION.match(blocks[index].text) and _looks_back_at_the_whole(blocks[index].text, title))
                # a topic summed up after the last part's own text (not opening the part)
                or (index > last_heading + 1 and _sums_up_the_topic(blocks[index].text, title))
                or _sums_up_the_whole(blocks, index, end)
                or (index > last_heading + 1 >= begin + 1 and _closes_apart(blocks[index]))
                or (
                    index >= own_text_end
                    and _signs_off(blocks[index + 1 : end])
                    and (
                        _names_every_part(blocks[index].text, headings, begin, end)
                        or _names_every_point(blocks[index].text, headings, last_heading)
                    )
                )
                or (
                    parted
                    and index >= max(own_text_end, run_on_end)
                    and _signature_only(blocks[index + 1 : end])
                    and _PUTS_THE_BOOK_DOWN.match(blocks[index].text)
                    and _READING_TITLE.search(title or "")
                )
                or (
                    parted
                    and index >= own_text_end
                    and (
                        _closes_the_whole(blocks, index, close_end, last_part)
                        or _closes_and_signs(blocks, index, close_end, title, last_part, index < run_on_end)
                        or _says_the_task_is_done(blocks, index, close_end, title, last_part)
                        or _speaks_of_the_whole(
                            blocks, index, close_end, title, last_head, index < run_on_end
                        )
                        or _signs_the_notice(blocks, index, close_end)
                        or _closes_for_the_reader(blocks, index, close_end, last_part)
                        or (
                            index >= run_on_end
                            and _resolves_after_the_whole(blocks, index, close_end, title, last_part)
                        )
                    )
                )
            ):
                starts.add(index)
                break
        else:
            if (summed := _summed_before_a_box(blocks, headings, begin, end, title)) is not None:
                starts.add(summed)
            elif not headings and (closing := _headless_speech_closes(blocks)) is not None:
                starts.add(closing)
        begin = end
    return starts


def _collection_closes(blocks: Sequence[Block], headings: dict[int, _Heading], pieces: int) -> int | None:
    """Where a collection's own closing paragraph stands: after the last heading and the paragraph under it, the
    last paragraph but a signature's lines, speaking of the pieces together (``_speaks_of_the_pieces``)."""
    if pieces < MIN_PIECES:
        return None
    after_heads = max(headings) + 2
    for index in range(len(blocks) - 1, max(after_heads, len(blocks) - 1 - MAX_SIGNATURE_LINES) - 1, -1):
        if _speaks_of_the_pieces(blocks[index].text, pieces) and _signature_only(blocks[index + 1 :]):
            return index
    return None


def _speaks_of_the_pieces(text: str, pieces: int) -> bool:
    """Whether a paragraph speaks of a collection's ``pieces`` together, by their count (以上三篇… / 上面这几篇…):
    the collection's own closing, not its last piece's (session 24). Points counted (以上三点…) or another count
    than the pieces' (以上两篇 after three) are no such paragraph.

    >>> [_speaks_of_the_pieces(t, 3) for t in ("以上三篇各有侧重。", "上面这几篇可作参考。", "以上三点体会。", "以上两篇是旧作。")]
    [True, True, False, False]
    """
    match = _PIECES_TOGETHER.match(text)
    if match is None or pieces < MIN_PIECES:
        return False
    count = match["n"]
    if count in ("几", "幾"):
        return True
    number = int(count) if count.isdigit() else _cn_number(count.replace("两", "二").replace("兩", "二"))
    return number == pieces


def _closing_formula(blocks: Sequence[Block], begin: int, end: int) -> int:
    """Where a notice's closing formula (特此通知。) stands over its sign-off: the lines after it hold
    no sentence (附件 items, the issuer, the date, （此件主动公开）), up to MAX_NOTICE_SIGN_OFF_LINES of them;
    ``end`` when none.

    >>> b = [Block("一、甲"), Block("正文。"), Block("特此通知。"), Block("附件：1.评审标准"), Block("2.汇总表"),
    ...      Block("3.报名表"), Block("县教育局"), Block("2025年4月8日")]
    >>> _closing_formula(b, 0, len(b)), _closing_formula(b[:2], 0, 2)
    (2, 2)
    """
    for index in range(end - 1, max(begin, end - 1 - MAX_NOTICE_SIGN_OFF_LINES), -1):
        text = blocks[index].text
        if _is_closing_formula(blocks, index):
            return index
        if _CN_SENTENCE_STOP.search(text):
            break
    return end


def _is_closing_formula(blocks: Sequence[Block], index: int) -> bool:
    """A notice's closing formula on a line of its own, not one a line before it introduces as an example
    (a writing guide's ``示例如下：`` over 特此通知。 and a sign-off), nor one over an attachment printed after
    the notice's date (附件 on a line of its own there, then its title and rows).

    >>> b = [Block("结尾写法如下："), Block("特此通知。"), Block("正文。"), Block("特此公示")]
    >>> [_is_closing_formula(b, i) for i in range(4)]
    [False, False, False, True]
    >>> b = [Block("特此通知。"), Block("县教育局"), Block("2025年4月8日"), Block("附件"), Block("获奖名单")]
    >>> _is_closing_formula(b, 0), _is_closing_formula(b[:3], 0)
    (False, True)
    """
    if _CLOSING_FORMULA.match(blocks[index].text) is None or (
        index and blocks[index - 1].text.rstrip().endswith(("：", ":"))
    ):
        return False
    # 附件 on a line of its own after the date: the attachment printed after the sign-off, its title and rows
    # no sign-off (a list of winners); the notice ends in its last part as it did
    after = [block.text.strip() for block in blocks[index + 1 :]]
    dated = next((k for k, text in enumerate(after) if _DATE_LINE.match(text)), len(after))
    return not any(_APPENDED_ATTACHMENT.match(text) for text in after[dated + 1 :])


def _own_text_end(headings: dict[int, _Heading], last: int) -> int:
    """The first block after the last part's opening paragraph: the paragraph under its heading, or,
    for a heading run into its paragraph (（三）进一步加强队伍建设。…), that block itself."""
    heading = headings.get(last)
    if heading is None:
        return last + 1
    return last + heading.lines + (0 if heading.body else 1)


def _last_part_heads(headings: dict[int, _Heading], begin: int, last: int) -> list[str]:
    """The headings the piece's last paragraphs sit under: walking back from the last heading, the
    last one of each family (（三）进一步加强队伍建设。 and 三、2025年工作打算 over it)."""
    families: dict[str, str] = {}
    for index in sorted((i for i in headings if begin <= i <= last), reverse=True):
        families.setdefault(headings[index].family, headings[index].text)
    return list(families.values())


def _parts_run_on(headings: dict[int, _Heading], begin: int, last: int) -> int:
    """How many blocks each part before the last one of its family (two or more) spans at least, where each
    holds two paragraphs or more (a run-in heading's own paragraph counts, as does a caption's line); 0 where
    one holds a single paragraph. Then a last part's second paragraph is as its siblings' second paragraphs
    are, its text; where each part is one paragraph, one more after the last part stands apart from them, and
    so does one after the last part's blocks as many as its siblings' (review, session 21: a plan after a last
    part of two paragraphs as its siblings' closes the story).

    >>> h = {i: _Heading("bold-lead", "甲。", "正文。") for i in (1, 3, 5)}
    >>> _parts_run_on(h, 0, 5), _parts_run_on({i: _Heading("bold-lead", "甲。", "正文。") for i in (1, 2, 3)}, 0, 3)
    (2, 0)
    """
    if last not in headings:
        return 0
    family = headings[last].family
    marks = sorted(i for i in headings if begin <= i)
    earlier = [i for i in marks if i < last and headings[i].family == family]
    if len(earlier) < 2:
        return 0
    spans = []
    for index in earlier:
        heading = headings[index]
        following = next(i for i in marks if i > index)
        if following - index - heading.lines + (1 if heading.body else 0) < 2:
            return 0
        spans.append(following - index)
    return min(spans)


def _closes_the_whole(blocks: Sequence[Block], index: int, end: int, last_part: Sequence[str] = ()) -> bool:
    """A paragraph after the last part's own text that closes the whole piece in a way of its own: a
    speech's closing wish (最后，祝…), or the address right before it (同学们，…), a look back over the
    whole span and ahead (回顾2024年，…；展望2025年，…), the writer saying the piece ends here
    (最后借书里的一句话结束这篇读后感), a notice's closing formula (特此通知。) over its sign-off. A thanks with no wish after it ends the last part (an address calling on the audience
    concludes: ``_calls_or_wishes_at_the_close``);
    a look under a last part named for it (三、工作展望, its headings ``last_part``) or leading into
    the plan's points (展望下一步，重点做好以下工作：) is that part's text.

    >>> b = [Block("一、甲"), Block("正文。"), Block("同学们，毕业不是告别。"), Block("最后，祝大家前程似锦！谢谢大家！")]
    >>> [_closes_the_whole(b, i, 4) for i in (2, 3)], _closes_the_whole(b[:3], 2, 3)
    ([True, True], False)
    """
    text = blocks[index].text
    if _CLOSING_WISH.match(text) or _ENDS_THE_PIECE.match(text) or _is_closing_formula(blocks, index):
        return True
    if (
        (span := _SPAN_AHEAD.match(text))
        and (pledge := _RESOLVE.search(text))
        and not _TOLD_DONE.search(text, pledge.end())
    ):
        # the last paragraph, a thanks (谢谢大家！) and a signature under it at most (the unit, the date); one
        # opening as the paragraph before it does (2026年，将… / 2026年，将以更加…) is the last of a part's items
        # (review, session 21)
        return _thanks_and_signature_only(blocks[index + 1 : end]) and not blocks[index - 1].text.startswith(
            span.group(0)
        )
    if _LOOK_AHEAD.match(text):
        return not _LEADS_INTO_POINTS.search(text) and not any(
            word in text and word in head for word in _LOOK_WORDS for head in last_part
        )
    if _THANKS_AGAIN.match(text):
        return not _ONE_READER.search(text)  # 再次感谢您的阅读: a letter's, to one reader
    # 同学们， / 新同事们， / 各位来宾，: a paragraph turning to the audience by name (any name ending in 们 but 我们 and
    # its kin, or 各位…) right before the closing wish opens the conclusion (session 23: 新同事们，… missed the names
    # listed before)
    if (
        bool(_TURNS_TO_READERS.match(text))
        and index + 1 < end
        and bool(_CLOSING_WISH.match(blocks[index + 1].text))
    ):
        return True
    return _calls_or_wishes_at_the_close(blocks, index, end)


def _calls_or_wishes_at_the_close(blocks: Sequence[Block], index: int, end: int) -> bool:
    """The last paragraph after the last part's own text (a thanks and a signature under it at most) turning to
    the whole audience to close the piece (session 24, the project's convention; the sets disagreed): an address
    opening it and a call on them (同志们，…。让我们… / 各位代表！…让我们… / 同事们，…希望大家…), or a short paragraph
    whose last sentence wishes the readers as a group well (…。祝大家都能… / 愿每个孩子都能…). Not a call with no
    address (a part's own sentence, …让我们看到…), a wish to one reader, a wish in the middle of a paragraph or
    ending a long one of the part's substance; the caller keeps the last part's own first paragraph.

    >>> b = [Block("一、甲"), Block("正文。"), Block("同志们，任重道远。让我们携手奋进！")]
    >>> _calls_or_wishes_at_the_close(b, 2, 3), _calls_or_wishes_at_the_close([*b, Block("正文。")], 2, 4)
    (True, False)
    >>> _calls_or_wishes_at_the_close([*b[:2], Block("路还长。祝大家都能如愿！")], 2, 3)
    True
    """
    text = blocks[index].text
    if not _thanks_and_signature_only(blocks[index + 1 : end]):
        return False
    if _ADDRESSES_AUDIENCE.match(text) and _CALLS_ON_THEM.search(text):
        return True
    return (
        _WISHES_THEM_WELL.search(text) is not None
        and len(_CN_SENTENCE_STOP.findall(text.rstrip("。！!"))) < MAX_WISH_PARAGRAPH_SENTENCES
    )


def _closes_for_the_reader(
    blocks: Sequence[Block], index: int, end: int, last_part: Sequence[str] = ()
) -> bool:
    """A short closing paragraph (or two) after the last part's own text that turns from the part's subject to the
    readers or the audience (session 26, the project's convention; issue 11): a wish or a hope for them as a group
    (最后祝各位… / 祝福大家… / …，希望大家都能…！ / 期待…) or a resolve shared with them (愿与…共勉，…: session 29), a
    reminder ending on a wish (另外提醒一句，…。祝你…！: session 29), thanks for reading (感谢大家的耐心阅读), an invitation to
    comment or share (欢迎在评论区分享… / 评论区见), a farewell (我们下期再见), a word of advice to them by name
    (最后，大家…一定要…); a thanks and a signature under it at most, and lines of another kind anywhere after it
    (``_another_kind``: a caption, an advert line the strip left). Not: a list item, a paragraph of more than
    MAX_WISH_PARAGRAPH_SENTENCES, a hope under a part whose heading hopes or looks ahead (三、下一步打算,
    ``last_part``), a hope for no readers (希望学校加强…), a wish inside a quote.

    >>> b = [Block("一、甲"), Block("正文。"), Block("写得有点乱。最后祝各位装修顺利！"), Block("我们下期再见！")]
    >>> [_closes_for_the_reader(b, i, 4) for i in (1, 2, 3)], _closes_for_the_reader(b, 3, 4, ["三、下一步打算"])
    ([False, True, True], True)
    >>> _closes_for_the_reader([*b[:2], Block("希望学校加强管理。")], 2, 3)
    False
    """
    if not _reads_to_the_reader(blocks[index], last_part):
        return False
    rest = [block for block in blocks[index + 1 : end] if not _another_kind(block)]
    if rest and _reads_to_the_reader(rest[0], last_part):
        rest = rest[1:]  # two closing paragraphs: a word of advice, then the wish (…评论区见。 / 下期见！)
    return _thanks_and_signature_only(rest)


def _reads_to_the_reader(block: Block, last_part: Sequence[str]) -> bool:
    """Whether a short paragraph, no list item, closes on the readers (``_closes_for_the_reader``)."""
    text = block.text.strip()
    if (
        block.tag == "li"
        # a list's item (3. 祝大家…); 最后，… opens the closing, no item
        or (_ANY_NUMBERED.match(text) and not text.startswith(("最后", "最後")))
        or len(_CN_SENTENCE_STOP.findall(text.rstrip("。！!"))) >= MAX_WISH_PARAGRAPH_SENTENCES
    ):
        return False
    hopeful = any(_HOPEFUL_HEAD.search(head) for head in last_part)
    if _REMINDS_THEM.match(text) and (_WISH_OR_HOPE.search(text) or _WISH_TO_ONE.search(text)):
        # a reminder and a wish, to one reader too (…。祝你早日修好！): an answer's last word after its steps, where a
        # reminder alone (最后提醒一句：…) is the last part's own last word (session 25), as a wish to one reader alone
        # is (session 24); under a part whose heading hopes or reminds (三、几点提醒) it is that part's last
        return not hopeful and not any(_REMINDING_HEAD.search(head) for head in last_part)
    if _WISH_OR_HOPE.search(text) or _SHARED_RESOLVE.search(text):
        return not hopeful
    return any(reading.search(text) for reading in _TO_THE_READER)


def _another_kind(block: Block) -> bool:
    """A line that is no paragraph of the text nor of its signature: a picture's caption, a short line mostly link
    (阅读原文), or a short line set apart by its look (bold or centred) that runs clauses with no stop to end them
    (更多政务资讯，请关注… / 进入直播间，免费领取…: an advert line the strip left). A signer's or a date's line has
    no clause mark; a closing sentence in bold ends on its stop.

    >>> _another_kind(Block("更多资讯，请关注视频号", centered=True)), _another_kind(Block("县教育局", centered=True))
    (True, False)
    """
    text = block.text.strip()
    if block.caption:
        return True
    if len(text) > MAX_ASIDE_LINE_CHARS or text.endswith(_ITEM_END):
        return False
    return block.link_density >= MAX_STYLED_LINK_DENSITY or (
        (block.bold or block.centered) and ("，" in text or "," in text)
    )


def _headless_speech_closes(blocks: Sequence[Block]) -> int | None:
    """Where a speech with no headed parts closes on its closing formula (session 22): a wish (最后，祝… /
    最后，预祝…) and a thanks, the last lines of the text, the thanks on a line of its own under the wish
    (谢谢大家！) or ending the wish's paragraph (…前程似锦！谢谢大家！), with the speech's own text before it.
    A wish with anything else after it (a writer's postscript, more paragraphs, a letter's salute and
    signature), a wish with no thanks, a thanks with no wish (a call, 让我们…！, over 谢谢大家！) and a wish or
    thanks to one reader (祝您… / 谢谢您！: a letter's or a card's, review of session 22) close nothing: the
    speech is all intro, as sets C, D, L and R write it.

    >>> body = [Block("同学们："), Block("今天是个好日子。我们相聚在这里。")]
    >>> _headless_speech_closes([*body, Block("最后，预祝大家前程似锦！"), Block("谢谢大家！")])
    2
    >>> _headless_speech_closes([*body, Block("最后，祝大家前程似锦！谢谢！"), Block("（后记：掌声很热烈。）")])
    """
    count = len(blocks)
    for wish in (count - 1, count - 2):
        if wish < 1 or not _CLOSING_WISH.match(blocks[wish].text):
            continue
        if wish == count - 1:
            thanked = bool(_CLOSING_THANKS.search(blocks[wish].text))
        else:
            thanked = bool(_THANKS.match(blocks[-1].text.strip()))
        spoken = any(_CN_SENTENCE_STOP.search(block.text) for block in blocks[:wish])
        to_one = any(_ONE_READER.search(block.text) for block in blocks[wish:])
        return wish if thanked and spoken and not to_one else None
    return None


def _says_the_task_is_done(
    blocks: Sequence[Block], index: int, end: int, title: str | None, last_part: Sequence[str] = ()
) -> bool:
    """A how-to's last paragraph after its last part's own text saying the whole task it walks through is
    done (到这里，一个完整的开发环境就搭好了 / 至此，整个博客就配置完成了, session 22): what is done is the
    title's topic (a pair of its characters no heading of the last part has), and nothing but a signature
    follows. A step's result with text after it, naming the last part's own topic (到这里，常见问题就都处理好了
    under 三、常见问题), asked (…就搭好了吗？) or a whole the title does not name (a news report's 至此，整个工程的
    土建部分就完成了; review, session 22) is none.

    >>> b = [Block("一、安装"), Block("正文。"), Block("到这里，整个环境就搭好了。")]
    >>> _says_the_task_is_done(b, 2, 3, "搭建开发环境"), _says_the_task_is_done([*b, Block("接下来配置。")], 2, 4, "搭建开发环境")
    (True, False)
    """
    text = blocks[index].text
    if not text.startswith(("到", "至")) or (done := _TASK_DONE.match(text)) is None:
        return False
    if not _signature_only(blocks[index + 1 : end]):
        return False
    task = done.group(1)
    return _shares_a_pair(task, title) and not any(_shares_a_pair(task, head) for head in last_part)


# 以上是我的述职报告，… / 以上就是我的说课内容，谢谢… / 以上，纯个人经验，欢迎拍砖: the writer speaking of the whole text
# as their own (_BACK_REFERENCE and _SIGN_OFF); 就写这么多，… / 今天就分享到这里，…: the writer saying the text ends
# (就 or 先 before it: 说到这里，… alone goes on as often as it ends).
_ENDS_HERE = re.compile(
    r"^(?:就|先|暂且|暫且|今天就|今天先|本文就|本期就)(?:写|寫|说|說|聊|分享|介绍|介紹)(?:到这里|到這裡|到这儿|到這兒|这么多|這麼多)"
)
# 最后提醒大家，… / 最後想對各位說，… / 医师提醒，… / 社會局呼籲，…: a closing word of advice, the writer's to the readers
# as a group (最后 and their name) or the source's (…提醒，): the piece's own advice, said after its parts.
_CLOSING_ADVICE = re.compile(
    r"^(?:(?:最后|最後)[，,]?\s*(?:再|还|還)?(?:提醒|叮嘱|叮囑|建议|建議|想对|想對|送给|送給|想和|想跟)(?:一下)?"
    r"(?:大家|各位|诸位|諸位|所有|每一位|每位|[^，,：:。！？!?]{1,6}(?:们|們))"
    r"|[^，,。！？!?：:“”「」]{2,14}(?:提醒|呼吁|呼籲)(?:大家|民众|民眾|市民|广大[^，,：:]{1,8}|廣大[^，,：:]{1,8})?[，,：:])"
)
MAX_ADVICE_SENTENCES = 3  # a closing word of advice sums up in a sentence or two; more is a part's own text
# 食品安全关系千家万户。: the short sentence opening a closing pledge on the piece's topic (its title's).
MAX_TOPIC_SENTENCE_CHARS = 16
# 县农业农村局 / 江城市恒达精密五金有限公司 / 導師　陳怡君　敬上: a signer's line over the date, no clause, no field.
_SIGNER = re.compile(r"^[^，,。！？!?：:；;、（）()\d]{2,20}$")
# （此件主动公开） / （此件公开发布）: a notice's note under its date.
_PUBLIC_NOTE = re.compile(r"^[（(][^（）()]{2,12}[）)]$")
MAX_SIGNERS = 3  # joint notices sign with two or three bodies over one date


def _speaks_of_the_whole(
    blocks: Sequence[Block],
    index: int,
    end: int,
    title: str | None,
    last_head: Sequence[str] = (),
    parts_run_on: bool = False,
) -> bool:
    """The last paragraph after the last part's own text (a thanks and a signature under it at most) speaking of the
    whole text or to its readers rather than going on with the last part's subject (session 25, the project's
    convention; issue 11): the writer's sign-off on the whole text (以上是我的述职报告，…恳请…批评指正 / 以上就是我的说课
    内容，谢谢… / 以上，纯个人经验，欢迎拍砖 / 不当之处，敬请批评指正。), the writer saying the text ends (就写这么多，…),
    a closing word of advice to the readers as a group or the source's (最后提醒大家，… / 医生提醒，…), and a closing
    pledge of the whole body that opens on the title's topic (食品安全关系千家万户。县局将…以更严的标准、更实的举措…).
    Not: a word of advice with no readers named (最后提醒一句：…, the last part's own advice), one naming the last
    part's topic (its heading, ``last_head``), one within the paragraphs each sibling part holds (``parts_run_on``)
    or longer than MAX_ADVICE_SENTENCES; a pledge opening on another topic or told done.

    >>> b = [Block("一、甲"), Block("正文。"), Block("以上是我的工作汇报，请批评指正。")]
    >>> _speaks_of_the_whole(b, 2, 3, None), _speaks_of_the_whole([*b, Block("正文。")], 2, 4, None)
    (True, False)
    >>> _speaks_of_the_whole([*b[:2], Block("最后提醒大家，多喝水。")], 2, 3, None)
    True
    >>> _speaks_of_the_whole([*b[:2], Block("最后提醒一句：多喝水。")], 2, 3, None)
    False
    """
    text = blocks[index].text
    if not _thanks_and_signature_only(blocks[index + 1 : end]):
        return False
    if (_BACK_REFERENCE.match(text) and _SIGN_OFF.search(text)) or _ENDS_HERE.match(text):
        return True
    if _ASKS_CORRECTION.search(text) and len(_CN_SENTENCE_STOP.findall(text)) <= 1:
        return True
    if parts_run_on:
        return False
    if _CLOSING_ADVICE.match(text):
        closes = len(_CN_SENTENCE_STOP.findall(text)) <= MAX_ADVICE_SENTENCES
    else:
        topic = _first_sentence(text)
        closes = (
            topic is not None
            and len(topic) <= MAX_TOPIC_SENTENCE_CHARS
            and _shares_a_pair(topic, title)
            and (pledge := _RESOLVE.search(text, len(topic))) is not None
            and not _TOLD_DONE.search(text, pledge.end())
        )
    # naming the last part's heading (its subject) goes on with it; read last, as the dearest
    return closes and not any(_shares_a_pair(text, head) for head in last_head)


# …。我将把所学用到今后的工作中，… / …。今后我会继续… / …。在今后的工作中，我们将…: the writer's resolve for the
# time after the piece, a sentence of its own.
_HEREAFTER = "(?:今后|今後|以后|以後|将来|將來|未来|未來)"
_OWN_RESOLVE = re.compile(
    rf"[。！!]\s*(?:{_HEREAFTER}[，,]?\s*|在{_HEREAFTER}"
    r"[^，,。！？!?]{0,10}[，,]\s*)?(?:我|我们|我們)(?:也|还|還)?(?:将|將|会|會|要|一定|决心|決心)"
)
# 三、今后的努力方向 / 四、下一步打算: a last part whose heading looks ahead holds the writer's resolve as its own text
# (not 努力 alone: 三、努力钻研业务 tells what was done).
_AHEAD_HEAD = re.compile(r"今后|今後|方向|打算|计划|計劃|下一步|展望|设想|設想")
# 这次培训… / 五天的培训… / 一个月的实习… / 回顾… / 通过…: a sentence looking back on the whole of what the writer
# went through, not on one lesson of it (培训中王老师讲的案例… is the last part's own point).
_LOOKS_BACK = re.compile(
    r"这次|這次|此次|本次|这段|這段|此番|回顾|回顧|回想|总之|總之|总的来说|總的來說|通过|通過|经过|經過"
    r"|[一二两兩三四五六七八九十几幾数數半\d]+(?:天|日|周|週|个月|個月|月|年|期|学期|學期)"
)


def _resolves_after_the_whole(
    blocks: Sequence[Block], index: int, end: int, title: str | None, last_part: Sequence[str] = ()
) -> bool:
    """The last paragraph after the last part's own text (a thanks and a signature under it at most) that looks back
    on the whole of what the title names and then resolves for the time after it (session 28, issue 11; a reflection's
    or a training report's closing): its first sentence names the title's topic (a pair of the title's characters:
    五天的培训虽然短暂，… under 新任教师岗前培训心得体会 / 这次实习让我受益匪浅。), a later sentence the writer's own
    resolve (我将… / 今后我会… / 在今后的工作中，我们将…), MAX_WISH_PARAGRAPH_SENTENCES at most. Not: a first sentence
    that looks back on no whole (``_LOOKS_BACK``: 培训中王老师讲的案例… is one lesson, the last part's point), on another topic or on the last part's (its heading's pair), a resolve under a last part that looks ahead
    (四、今后的努力方向, ``_AHEAD_HEAD``), a resolve in the first sentence alone (the part's own point), a longer
    paragraph; the caller asks of none within the paragraphs each sibling part holds (``_parts_run_on``).

    >>> b = [Block("一、甲"), Block("正文。"), Block("这次培训收获很大。我将把所学用到工作中。")]
    >>> _resolves_after_the_whole(b, 2, 3, "培训心得"), _resolves_after_the_whole(b, 2, 3, "读书心得")
    (True, False)
    >>> _resolves_after_the_whole(b, 2, 3, "培训心得", ["一、今后的打算"])
    False
    """
    text = blocks[index].text.strip()
    if not _thanks_and_signature_only(blocks[index + 1 : end]):
        return False
    if len(_CN_SENTENCE_STOP.findall(text.rstrip("。！!"))) >= MAX_WISH_PARAGRAPH_SENTENCES:
        return False
    first = _CN_SENTENCE_STOP.split(text, maxsplit=1)[0]
    # a pair of content words (我的 under 我的外婆 names no topic)
    topic = _FUNCTION_CHARS.sub("，", first)
    return (
        _OWN_RESOLVE.search(text) is not None
        and _LOOKS_BACK.search(first) is not None
        and _shares_a_pair(topic, title)
        and not any(_shares_a_pair(topic, head) or _AHEAD_HEAD.search(head) for head in last_part)
    )


_FUNCTION_CHARS = re.compile(r"[的地得了着我你他她它们們是在和与與一这這那]")


def _signs_the_notice(blocks: Sequence[Block], index: int, end: int) -> bool:
    """A notice's or a report's sign-off after its last part, no closing formula over it (session 25, the project's
    convention; issue 11): from ``index`` to the end, one to MAX_SIGNERS signers' lines (the issuing body, 导师 某某
    敬上), the date on a line of its own (_SIGNED_DATE), a note in brackets under it at most ((此件主动公开)); the line
    before the first signer is the text's, not a signer's, nor a line introducing an example (示例如下：) or a closing
    formula left in its part as one (a writing guide's, ``_is_closing_formula``). An attachment's list over the signers (附件：…, 2.…) stays
    the last part's; a date with no signer, or a signer with no date, signs nothing.

    >>> b = [Block("一、甲"), Block("正文。"), Block("县教育局"), Block("2025年4月8日")]
    >>> [_signs_the_notice(b, i, 4) for i in (1, 2, 3)]
    [False, True, False]
    """
    date = end - 1
    if date > index and _PUBLIC_NOTE.match(blocks[date].text.strip()):
        date -= 1
    if not index < date <= index + MAX_SIGNERS or not _SIGNED_DATE.match(blocks[date].text.strip()):
        return False
    signers = [block.text.strip() for block in blocks[index:date]]
    return (
        all(_SIGNER.match(line) and not _SIGNED_DATE.match(line) for line in signers)
        and not _SIGNER.match(before := blocks[index - 1].text.strip())
        # 示例如下：/ 特此通知。 over it: a writing guide's example of a notice's ending, its part's text
        and not before.endswith(("：", ":"))
        and not _CLOSING_FORMULA.match(before)
    )


# 不当之处，敬请各位领导批评指正。 / …恳请组织批评指正: the writer asking the readers to correct the piece.
_ASKS_CORRECTION = re.compile(r"(?:请|請|望)[^。！？!?]{0,16}(?:批评|批評|指正|斧正|指教)")
# 让我们… / 讓我們… / 让大家…: a call to the readers, opening a sentence (谢谢您的支持，让我们… thanks in passing).
_CALL = re.compile(r"(?:^|[。！？!?]\s*)(?:让|讓)(?:我们|我們|咱们|咱們|大家)")
# 市民朋友们， / 各位乡亲， / 亲爱的同学们，: a paragraph turning to its readers by name (not 我们，).
_READERS_NAMED = r"^(?:(?!(?:我|他|她|它|咱|你)[们們])[^，,：:。！？!?]{0,8}(?:们|們)|(?:各位|诸位|諸位)[^，,：:。！？!?]{1,10})"
_TURNS_TO_READERS = re.compile(_READERS_NAMED + r"[，,]")
# 同志们，… / 各位代表！…: a paragraph opening on its audience's name, a comma or an exclamation after it.
_ADDRESSES_AUDIENCE = re.compile(_READERS_NAMED + r"[，,！!]")
# 让我们… / 新的一年，让我们… / 希望大家… / 号召…: the speaker calling on the audience (a sentence's or a clause's
# opening call, a hope of them all).
_CALLS_ON_THEM = re.compile(
    _CALL.pattern
    + r"|[，,]\s*(?:让|讓)(?:我们|我們|咱们|咱們)|希望(?:大家|各位|诸位|諸位|你们|你們|[^，,。！？!?]{1,6}(?:们|們))|号召|號召"
)
# 祝各位… / 愿每个孩子都能… / 祝大家都能…！: a wish to the readers as a group, the paragraph's last sentence.
_WISHES_THEM_WELL = re.compile(
    r"(?:^|[。！？!?]\s*)(?:祝愿|祝願|祝|愿|願)(?:各位|大家|每一位|每位|每一个|每一個|每个|每個|所有|你们|你們)"
    r"[^。！？!?]{2,40}[。！!]?\s*$"
)
MAX_WISH_PARAGRAPH_SENTENCES = 3  # a closing that sums up in a sentence or two, then the wish
# The opening of the paragraph's last sentence or clause (…。最后，… / …，…): where a closing wish, hope or shared
# resolve starts (one after a colon is told: 她写道：祝大家…).
_CLAUSE_OPENS = r"(?:^|[。！？!?，,]\s*)(?:最后|最後)?[，,]?\s*"
_CLOSING_OPENER = _CLAUSE_OPENS + r"(?:也|还|還|真心|衷心|在此)?"
_WISH_VERB = r"(?:祝福|祝愿|祝願|祝|愿|願)"
_HOPE_VERB = r"(?:希望|期待|期盼)"
# What is wished, running to the paragraph's end (one inside a quote ends on the quote's mark).
_WISHED = r"[^。！？!?“”「」]{2,40}[。！!～~]*\s*$"
# 最后祝各位… / 祝福大家… / 愿你我都能… / …，希望大家都能… / 期待与大家…: a wish or a hope for the readers as a group (the
# writer with them: 愿你我, session 27) opening the paragraph's last sentence or clause and running to its end: the
# wish's shape, its addressee then the state wished (愿意的话… / 祝贺的话… / 愿望虽好… name none).
_WISH_OR_HOPE = re.compile(
    _CLOSING_OPENER
    + rf"(?:{_WISH_VERB}(?:各位|大家|诸位|諸位|每一位|每位|每一个|每一個|每个|每個|所有|你们|你們|你我|你和我"
    r"|(?:(?!我|咱|他|她|它)[\u4e00-\u9fff]){1,4}(?:们|們))"
    rf"|{_HOPE_VERB}(?:与|與|和|跟)?(?:各位|大家|诸位|諸位|每一位|每位|你们|你們|所有人))" + _WISHED
)
# …。祝你早日修好！ / …，祝陳小姐順利拿回押金。 / …。希望你… / …。祝好！: the same wish or hope to one reader, addressed
# (你, 您, a name with its title: 陳小姐, 王老师; 祝老师当时… is a surname's telling); read only after a closing
# reminder (``_reads_to_the_reader``), where a wish to one reader alone closes nothing (session 24).
_WISH_TO_ONE = re.compile(
    _CLOSING_OPENER
    + rf"(?:(?:{_WISH_VERB}|{_HOPE_VERB})(?:你(?![们們])|您|[\u4e00-\u9fff]{{1,3}}(?:小姐|先生|女士|老师|老師|同学|同學)){_WISHED}"
    r"|祝(?:好|安好)[。！!～~]*\s*$)"
)
# 展望 / 下一步打算 / 对新同事的希望: a part whose heading looks ahead or hopes holds its own hopes and wishes.
_HOPEFUL_HEAD = re.compile(
    r"展望|打算|计划|計劃|希望|期望|期待|寄语|寄語|建议|建議|愿景|願景|下一步|祝福|祝愿"
)
# 三、几点提醒 / 注意事项 / 温馨提示 / 入学须知: a part whose heading names reminders holds its own, its last too; 注意 as
# a step's verb (5．修好以后注意日常维护) names none.
_REMINDING_HEAD = re.compile(
    r"提醒|提個醒|提个醒|提示|须知|須知|注意(?:事项|事項|点|點|的地方|的问题|的問題|\s*$)"
)
# 感谢大家的耐心阅读 / 谢谢各位看到这里 / 感謝大家的閱讀與支持: thanks to the readers for reading (not 您: a letter's).
_THANKS_FOR_READING = re.compile(
    r"(?:^|[。！？!?]\s*)(?:最后|最後)?[，,]?\s*(?:再次|真心|衷心)?(?:感谢|感謝|谢谢|謝謝)"
    r"(?:大家|各位|诸位|諸位|你们|你們)?的?(?:耐心)?"
    r"(?:阅读|閱讀|观看|觀看|收看|看完|读完|讀完|看到这里|看到這裡|读到这里|讀到這裡|支持|陪伴)"
)
# 欢迎在评论区分享… / 欢迎留言交流 / 评论区见 / 欢迎大家补充: an invitation to comment or share experiences.
_INVITES_COMMENT = re.compile(
    r"(?:评论区|評論區|留言区|留言區)(?:里|裡)?(?:见|見|聊|留言|说|說|告诉|告訴|分享|交流|讨论|討論|一起)"
    r"|(?:欢迎|歡迎)[^。！？!?]{0,12}(?:留言|评论|評論)"
    r"|(?:欢迎|歡迎)(?:大家|各位|你|您|读者|讀者|网友|網友|朋友们|朋友們|小伙伴|小夥伴)[^。！？!?]{0,12}"
    r"(?:分享|交流|讨论|討論|补充|補充)"
)
# 我们下期再见！ / 咱们下次再聊。 / 下期见！: a farewell ending the paragraph (下次见到他… goes on).
_FAREWELL = re.compile(
    r"(?:^|[。！？!?，,]\s*)(?:我们|我們|咱们|咱們|大家)?(?:下期|下次|下篇|下回|下一期|下一篇|下一次)再?"
    r"(?:见|見|再会|再會|聊|接着聊|接著聊)(?:吧|啦|哦|喔|咯)?[。！!～~…]*\s*$"
)
# 最后，大家…一定要… / 最后，各位业主记得…: a closing word of advice to the readers by their name (最后，把面团… is a
# step, naming none).
_ADVISES_THEM = re.compile(
    r"^(?:最后|最後)[，,]\s*(?:大家|各位|诸位|諸位|你们|你們|(?:(?!我|咱|他|她|它)[\u4e00-\u9fff]){1,4}(?:们|們))"
    r"[^。！？!?]{0,12}(?:一定|千万|千萬|记得|記得|别忘|別忘|务必|務必|不妨)"
)
# 最后提醒一下，… / 順便提個醒，… / 最后再啰嗦一句，… / 最后要提醒大家的是，… / 温馨提示：…: the writer's word of "one
# thing more" opening a paragraph, turning from the parts' subject to the reader (session 29), read with the wish
# that ends its paragraph. A reminder inside a sentence (医生提醒，…, 他提醒我们…) reports someone's, and opens no
# paragraph on the writer's word.
_REMINDS_THEM = re.compile(
    r"^(?:另外|最后|最後|顺便|順便|还要|還要|也)?[，,]?\s*(?:再|还|還|想|要)?"
    r"(?:提醒|提個醒|提个醒|啰嗦|囉嗦|啰唆|囉唆|唠叨|嘮叨|多说|多說|补充|補充)"
    r"(?:一句|一下|一点|一點|两句|兩句)?(?:大家|各位|你们|你們|你|您|读者|讀者|朋友们|朋友們)?(?:的是)?[，,：:]"
    r"|^(?:温馨提示|溫馨提示|特别提醒|特別提醒|特别提示|特別提示)[，,：:]"
)
_TO_THE_READER = (_THANKS_FOR_READING, _INVITES_COMMENT, _FAREWELL, _ADVISES_THEM)
# 愿与各位同事共勉，… / 谨以此文与大家共勉。 / 此文與讀者諸君共勉 / 让我们一起互勉 / 共勉之！: a resolve the writer
# shares with a group (共勉, 互勉: urge each other on), opening the paragraph's last sentence or clause, its 共勉 ending
# the clause (a purpose clause after it at most), running to the paragraph's end (session 29): a wish for them and
# the writer together, read as _WISH_OR_HOPE is (a part whose heading hopes holds its own). A resolve told as past
# or lasting (…与同组的老师们共勉至今 / 当时…共勉) is the part's narration.
_SHARED_RESOLVE = re.compile(
    _CLAUSE_OPENS + r"(?![^。！？!?]*(?:至今|一直|当时|當時|后来|後來|那时|那時|曾经|曾經))"
    r"(?:我|我们|我們|让我们|讓我們)?(?:愿|願|谨|謹|想)?(?:以此文|以此|此文|就此|在此|借此|藉此)?"
    r"(?:(?:与|與|和|同|跟)[^。！？!?，,“”「」]{1,10}?)?(?:一起|一同|一道)?(?:共勉|互勉)(?:之|吧)?"
    r"(?:[，,][^。！？!?“”「」]{1,40})?[。！!～~]*\s*$"
)
MAX_ASIDE_LINE_CHARS = 40  # an advert line or a caption the page sets between paragraphs
# …负责人表示，下一步将… / 据了解，下一步… / 记者从…获悉，今后…: the plan a news story's source states.
_REPORTED_PLAN = re.compile(
    r"^(?:[^。！？!?]{0,24}(?:表示|介绍|介紹|透露|指出|获悉|獲悉|了解到)|据(?:了解|介绍|悉)|據(?:了解|介紹|悉))[，,：:]\s*"
    r"(?:下一步|今后|今後|接下来|接下來|下阶段|下階段|未来|未來)"
)
# 2025年12月16日 / 114年8月29日 / 二〇二五年十二月十六日 / 2025.12.16: a signature's date, a line of its own.
_SIGNED_DATE = re.compile(
    r"^(?:(?:\d{2,4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})$"
)
# 此致 / 敬礼！: a letter's closing salute over its signature, a line of its own (its ！ no sentence).
_SALUTE = re.compile(r"^(?:此致|敬礼|敬禮|此致敬礼|此致敬禮)\s*[！!]?$")
MAX_SIGNATURE_LINES = 5  # 此致, 敬礼！, the signer (述职人：…, an issuing office), the date, a seal's line


def _closes_and_signs(
    blocks: Sequence[Block],
    index: int,
    end: int,
    title: str | None,
    last_part: Sequence[str] = (),
    parts_run_on: bool = False,
) -> bool:
    """A last paragraph after the last part's own text that turns to the readers to close the whole piece,
    with the signature under it that closes the piece too (session 20): a report's sign-off (以上是我的述职报告，
    …请…批评指正 / 不当之处，敬请…指正) over the signer and the date; a proposal's or an open letter's call
    (让我们…, opening the paragraph or after an address, 市民朋友们，…。让我们…) over its 落款 (此致 / 敬礼！
    over it in a letter). With no signature
    under it such a paragraph concludes too (the writer's sign-off since session 25: ``_speaks_of_the_whole``; a
    speech's 同志们，…让我们… since session 24: ``_calls_or_wishes_at_the_close``). And a news story's closing plan, its source's
    (…负责人表示，下一步将… / 据了解，下一步… / 记者从…获悉，今后…), its further reported plans and its credits
    under it at most (review rv3: two plan paragraphs close the story together): naming the
    story's topic (a pair of the title's characters) and not the last part's (a plan on that part's own
    topic is its text); a writer's own plan (下一步，局党组将…) is the last part's, as set J's j03 keeps it. Where
    the parts before the last run over two paragraphs or more each (``parts_run_on``), the plan after the last
    part's own paragraph is that part's second, as set AO's p06 keeps it (session 21); set AM's p12, whose
    parts are a paragraph each, closes on it.

    >>> b = [Block("一、甲"), Block("正文。"), Block("以上汇报，恳请组织批评指正。"), Block("汇报人：王伟"), Block("2025年1月8日")]
    >>> _closes_and_signs(b, 2, 5, None), _closes_and_signs(b, 2, 3, None)
    (True, False)
    """
    text = blocks[index].text
    after = blocks[index + 1 : end]
    plan = _REPORTED_PLAN.match(text)
    if plan is not None and parts_run_on:
        return False
    if plan is not None:
        # the source's further plans under it (…表示，下一步将…。 / 据了解，下一步还将…。) close the story with it, but
        # for one on the last part's own topic (its text, as below)
        more = next((k for k, b in enumerate(after) if not _further_plan(b.text, last_part)), len(after))
        after = after[more:]
    if not _signature_only(after):
        return False
    if plan is not None:
        rest = text[plan.end() :]
        return _shares_a_pair(rest, title) and not any(_shares_a_pair(rest, head) for head in last_part)
    if not any(_SIGNED_DATE.match(b.text.strip()) for b in after):
        return False
    if _BACK_REFERENCE.match(text) and _SIGN_OFF.search(text):
        return True
    if _ASKS_CORRECTION.search(text) and len(_CN_SENTENCE_STOP.findall(text)) <= 1:
        return True
    call = _CALL.search(text)
    return call is not None and (call.start() == 0 or bool(_TURNS_TO_READERS.match(text)))


def _thanks_and_signature_only(blocks: Sequence[Block]) -> bool:
    """Nothing, or a thanks on a line of its own (谢谢大家！) and a signature's lines under it at most: what may
    follow a closing paragraph read aloud."""
    if blocks and _THANKS.match(blocks[0].text.strip()):
        blocks = blocks[1:]
    return _signature_only(blocks)


def _signature_only(blocks: Sequence[Block]) -> bool:
    """Nothing, or a signature's lines at most: MAX_SIGNATURE_LINES short lines, no sentence but a salute."""
    return len(blocks) <= MAX_SIGNATURE_LINES and not any(
        len(b.text) > MAX_SIGN_OFF_CHARS
        or (_SENTENCE_STOP.search(b.text) and not _SALUTE.match(b.text.strip()))
        for b in blocks
    )


def _further_plan(text: str, last_part: Sequence[str]) -> bool:
    """Whether a paragraph is a reported plan (``_REPORTED_PLAN``) on no topic of the last part's heads."""
    plan = _REPORTED_PLAN.match(text)
    return plan is not None and not any(_shares_a_pair(text[plan.end() :], head) for head in last_part)


# A box after the text (a mini-program's card, a call to action) holds this many lines at most.
MAX_BOX_LINES = 2
MAX_BOX_CHARS = 80


def _summed_before_a_box(
    blocks: Sequence[Block], headings: dict[int, _Heading], begin: int, end: int, title: str | None
) -> int | None:
    """A paragraph that opens with a summing-up marker (总结一下：… / 总之，…) closes the piece though a
    short box with a heading of its own follows it (智能测保小程序 over 微信扫码，3 分钟…: a widget the
    page sets after the text): the box's heading is of another family than the part before it, which
    is one of an outline of two or more, and holds one or two short lines. What follows a summing-up
    is no part of the outline. A last part of the outline's own family (四、附件) is one."""
    order = sorted(i for i in headings if begin <= i < end)
    if len(order) < 3:
        return None
    box, part = order[-1], order[-2]
    family = headings[part].family
    lines = blocks[box + 1 : end]
    if (
        headings[box].family == family
        or sum(headings[i].family == family for i in order) < 2
        or len(lines) > MAX_BOX_LINES
        or sum(len(b.text) for b in lines) + len(headings[box].body) > MAX_BOX_CHARS
        # A heading tag over a short closing part (后记, 附：…, 参考文献) heads a part of the
        # article, unless the box reads as a widget (review R21).
        or (blocks[box].heading is not None and not _reads_as_a_widget(blocks[box:end]))
    ):
        return None
    for index in range(max(part + 2, box - 3), box):
        text = blocks[index].text
        if CONCLUSION.match(text) and _looks_back_at_the_whole(text, title):
            return index
    return None


def _reads_as_a_widget(box: Sequence[Block]) -> bool:
    """Whether a short box's lines (its heading's too) read as a widget the page sets after the
    text: mostly a link, or a call to action's, a QR code's or an online tool's words (微信扫码,
    小程序, 点击领取, 保障测算).

    >>> _reads_as_a_widget([Block("智能测保小程序"), Block("微信扫码，3 分钟测出保障缺口")])
    True
    >>> _reads_as_a_widget([Block("后记"), Block("本文写于2024年冬，是我参加县里课题研究的一点体会。")])
    False
    """
    return any(b.link_density >= 0.5 or _WIDGET.search(b.text) for b in box)


# What a widget's box says: a QR code, an app, a call to act, an online tool.
_WIDGET = re.compile(
    r"扫码|扫一扫|二维码|小程序|公众号|点击|立即|马上|领取|下载|预约|免费|关注我们|测算|测一测|计算器|在线|APP|App"
)


def _looks_back_at_the_whole(text: str, title: str | None) -> bool:
    """Whether a paragraph opening with a marker sums up: any marker but a look back does; a look
    back (回头看，…) does when the phrase after it names the whole span (这几天 / 今年 / 一路走来) or
    the title's topic (a pair of its characters), not when it is someone turning round in a story.

    >>> t = "秋天去西山徒步"
    >>> [_looks_back_at_the_whole(p, t) for p in ("回头看，石桥已经不见了。", "回头看，西山很静。", "回头看，这几天很累。", "总之，很好。")]
    [False, True, True, True]
    """
    match = _LOOK_BACK.match(text)
    if match is None:
        return True
    looked_at = match.group(1)
    return bool(_WHOLE_SPAN.match(looked_at)) or _shares_a_pair(looked_at, title)


def _shares_a_pair(phrase: str, title: str | None) -> bool:
    """Whether a phrase shares a pair of Han characters with the title (names its topic)."""
    if not title:
        return False
    return any(
        _HAN_PAIR.match(phrase[i : i + 2]) and phrase[i : i + 2] in title for i in range(len(phrase) - 1)
    )


def _sums_up_the_topic(text: str, title: str | None) -> bool:
    """A paragraph that names the piece's topic and sums it up (养花这件事，说到底… under 阳台养花
    一年，我的几点心得): the short phrase before the marker shares a pair of characters with the
    title. A connective before the marker (另一方面，归根到底…) names no topic: one step of an argument.

    >>> _sums_up_the_topic("养花这件事，说到底是耐心。", "我的养花心得"), _sums_up_the_topic("另一方面，说到底是耐心。", "我的养花心得")
    (True, False)
    """
    match = _SUMMED_TOPIC.match(text)
    if match is None or not title:
        return False
    topic = text[: text.find("，") if "，" in text else text.find(",")]
    return _shares_a_pair(topic, title)


def _closes_apart(block: Block) -> bool:
    """A paragraph set apart after the last part (after an ``<hr>``, outside the ``<details>`` the
    parts fold into) closes the piece when it is prose of its own: two sentences or more, not a
    note set apart the same way (注：文中数据… / 说明：… / 来源：…, a label and its colon), the writer
    signing off (以上，希望对你有用), a signature or an aside in brackets."""
    text = block.text
    return (
        block.apart
        and len(_CN_SENTENCE_STOP.findall(text)) >= MIN_CLOSING_SENTENCES  # not a trackback's ?p=1700
        and not _FIELD.match(text)
        and block.link_density <= MAX_CLOSING_LINK_DENSITY
        and not _ASIDE.match(text)
        and not (_BACK_REFERENCE.match(text) and _SIGN_OFF.search(text))
    )


def _closing_lines(blocks: Sequence[Block], begin: int, end: int) -> int:
    """Where the writer's closing lines start at the end of the piece: a sign-off sentence
    (以上是我的思想汇报，恳请批评指正) and the signature lines (汇报人：某某 / the date), which are no
    paragraphs of the argument (a summing-up before them is still among its last paragraphs)."""
    start = end
    while start > begin + 1 and (
        (len(text := blocks[start - 1].text) <= MAX_SIGN_OFF_CHARS and not _SENTENCE_STOP.search(text))
        or (_BACK_REFERENCE.match(text) is not None and _SIGN_OFF.search(text) is not None)
    ):
        start -= 1
    return start


def _signs_off(blocks: Sequence[Block]) -> bool:
    """Nothing, or only the short lines of a sign-off (the signer, the date) with no sentence."""
    return all(len(b.text) <= MAX_SIGN_OFF_CHARS and not _SENTENCE_END.search(b.text) for b in blocks)


def _names_every_part(text: str, headings: dict[int, _Heading], begin: int, end: int) -> bool:
    """A last paragraph that names every part again sums them up (一把算盘…；一本账簿…；一句规矩…
    over 一把旧算盘 / 一本记账簿 / 一句老规矩; 他是“百事通”，是“领头雁”，也是“铁肩膀” over three
    parts named by those nicknames): each of the three or more top headings, each a short name,
    shares with it a pair of characters no other of them has (工作 in 工作目标 / 工作措施 / 工作要求
    names none). Points headed by a sentence each (1．《劳动合同法》第十条规定，…。) are no names."""
    top = [h for i, h in sorted(headings.items()) if begin <= i < end and h.family != "essay"]
    top = [h for h in top if h.family == top[0].family] if top else []
    if len(top) < MIN_SUMMED_PARTS or any(
        len(h.text) > MAX_POINT_HEADING_CHARS or h.text.endswith(_ITEM_END) for h in top
    ):
        return False
    pairs = [{h.text[i : i + 2] for i in range(len(h.text) - 1)} for h in top]
    pairs = [{p for p in own if _HAN_PAIR.match(p)} for own in pairs]
    shared = Counter(p for own in pairs for p in own)
    return all(any(shared[p] == 1 and p in text for p in own) for own in pairs)


def _names_every_point(text: str, headings: dict[int, _Heading], last: int) -> bool:
    """A last paragraph that names the key word of every point again sums them up, where each point is headed
    by a sentence that sets its key word in quotes (小窗口要“开得准”，… / 小窗口要“办得简”，… / 小窗口要“守得暖”，…
    under …把窗口开得准、把事情办得简、把服务守得暖，才能…): the three or more heads of the last heading's
    family, after the last heading of another, each quote a word no other quotes, and the paragraph holds them
    all. Naming one of them (the last point's own), or opening on it and naming the others as its ground
    (守得暖，就是在开得准、办得简的基础上…), is that point's text.

    >>> heads = {i: _Heading("bold-lead", f"要“{w}”，做好工作。", "") for i, w in enumerate(("开得准", "办得简", "守得暖"))}
    >>> _names_every_point("把窗口开得准、把事情办得简、把服务守得暖。", heads, 2), _names_every_point("把服务守得暖。", heads, 2)
    (True, False)
    >>> _names_every_point("守得暖，就是在开得准、办得简的基础上再进一步。", heads, 2)
    False
    """
    family = headings[last].family if last in headings else None
    words: list[str] = []
    for index in sorted(headings, reverse=True):
        if index > last:
            continue
        if headings[index].family != family:
            break
        quoted = _QUOTED_WORD.search(headings[index].text)
        if quoted is None:
            return False
        words.append(quoted.group(1))
    return (
        len(words) >= MIN_SUMMED_PARTS
        and len(set(words)) == len(words)
        and all(w in text for w in words)
        # 守得暖，就是在开得准、办得简的基础上…: taking up the last point's own word, it explains that point
        and not text.startswith(words[0])
    )


def _sums_up_the_whole(blocks: Sequence[Block], index: int, end: int) -> bool:
    """The last paragraph (of the page or the essay) opens 以上 and is no sign-off."""
    text = blocks[index].text
    return index == end - 1 and _BACK_REFERENCE.match(text) is not None and not _SIGN_OFF.search(text)
