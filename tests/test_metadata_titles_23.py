"""Session 23's second metadata pass (issue 11), on pages of the project's own: a writer's name with a job title
longer than a name's room after a unit (复健科 林某物理治疗师: the name whole, the title dropped), a signing body a
page's source names by its common abbreviation (县文明办 for 中共某县委精神文明建设办公室)."""

from __future__ import annotations

import pytest
from test_metadata_kinds import _read  # the page path, as a crawl reads a page
from test_metadata_kinds_23 import CLINIC, NOTICE, _article, _paras, _signed

from fanwen.extract.metadata import names_body


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        # A unit, then a name of two to four characters glued to a title of three or more.
        ("作者：<span>复健科 林怡君物理治疗师</span>", "林怡君"),
        ("撰稿：<span>復健科 張雅琪職能治療師</span>", "張雅琪"),
        ("文/<span>心臟內科 陳志明副主任醫師</span>", "陳志明"),
        ("作者：<span>营养科 周晓梅主管营养师</span>", "周晓梅"),
        ("撰稿：<span>康复科 何俊语言治疗师</span>", "何俊"),
        # A four-character name with a compound surname, and one of three.
        ("作者：<span>复健科 欧阳晓峰物理治疗师</span>", "欧阳晓峰"),
        ("作者：<span>眼科 司馬文主治醫師</span>", "司馬文"),
        ("作者：<span>欧阳晓峰医师</span>", "欧阳晓峰"),
        # Look-alikes: a name followed by 等 (the page's words), a title followed by 等 (the name), a
        # name with a title and a word after it (not a title: left as it was read), two names.
        ("作者：<span>复健科 林怡君等</span>", "林怡君等"),
        ("作者：<span>复健科 林怡君物理治疗师等</span>", "林怡君"),
        ("作者：<span>复健科 林怡君物理治疗师助理</span>", "林怡君物理治"),
        ("作者：<span>李建科 王海</span>", "李建科、王海"),
        ("作者：<span>復健科 林怡君</span>", "林怡君"),
    ],
)
def test_a_name_with_a_long_title_after_a_unit(rules, credit, author):
    """Pattern: a hospital's writer field prints the department, then the name with a job title glued to it
    (物理治疗师, 職能治療師, 副主任醫師, 主管营养师): the second piece of the field was read to six characters
    (林怡君物理治); the name (two to four characters, a compound surname's too) and its whole title are read,
    and the title dropped."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>{credit}</span>"
    assert _read(_article(info, _paras(CLINIC)), rules).author == author


@pytest.mark.parametrize(
    ("source", "signer", "author"),
    [
        # The signing body by its common abbreviation: the place, the name's characters in order, the organ
        # shortened (办 for 办公室, 委 for 委员会) or as it is (局).
        ("县文明办", "中共临川县委精神文明建设办公室", None),
        ("县发改委", "临川县发展和改革委员会", None),
        ("市政府办", "临川市人民政府办公室", None),
        ("县文旅局", "临川县文化和旅游局", None),
        ("临川县文明办", "中共临川县委精神文明建设办公室", None),
        # Look-alikes: another office of the same county, another place's, the organ itself (县委办: one
        # character between), another organ.
        ("县委办", "中共临川县委精神文明建设办公室", "中共临川县委精神文明建设办公室"),
        ("县政府办", "中共临川县委精神文明建设办公室", "中共临川县委精神文明建设办公室"),
        ("县教育局", "中共临川县委精神文明建设办公室", "中共临川县委精神文明建设办公室"),
        ("市文明办", "中共临川县委精神文明建设办公室", "中共临川县委精神文明建设办公室"),
        ("县发改局", "临川县发展和改革委员会", "临川县发展和改革委员会"),
        ("县文明网", "中共临川县委精神文明建设办公室", "中共临川县委精神文明建设办公室"),
    ],
)
def test_a_source_abbreviating_the_signing_body_leaves_it_the_author(rules, source, signer, author):
    """Pattern: a notice's page labels its source with the signing body's common abbreviation (来源：县文明办
    over a notice 中共某县委精神文明建设办公室 signs, 县发改委 for 某县发展和改革委员会): the same body
    (``names_body``; ``author`` None where it is), and, since session 25, the signer is the notice's author
    whatever its source names (the project's convention)."""
    info = f"<span>发布时间：2025-11-03 09:00</span> <span>来源：{source}</span>"
    page = _article(info, _paras(NOTICE), "关于供暖管网注水试压的通知", _signed(signer, "2025年11月3日"))
    assert names_body(source, signer) == (author is None)
    assert _read(page, rules).author == signer


def test_a_source_naming_one_of_two_signers_leaves_both(rules):
    """Look-alike: a joint notice's two bodies sign it; the source names the first by its whole name. The bodies
    together are no abbreviation of it (both sign: the author)."""
    info = "<span>发布时间：2025-11-03 09:00</span> <span>来源：临川县医疗保障局</span>"
    closing = _signed("临川县医疗保障局", "临川县税务局", "2025年11月3日")
    page = _article(info, _paras(NOTICE), "关于供暖管网注水试压的通知", closing)
    assert _read(page, rules).author == "临川县医疗保障局、临川县税务局"
