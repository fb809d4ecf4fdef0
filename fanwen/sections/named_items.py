"""Named items under a part that names a list (二、活动内容 > 1．开场舞。…): sub-parts, not the part's points."""

from __future__ import annotations

import re
from collections.abc import Sequence

from fanwen.sections.shapes import _CLAUSE, _NUMBERED, _Heading

# A part whose heading names a list of things: a programme's items, contests, steps or agenda (二、活动内容 / 四、比赛项目
# / 三、节目安排 / 二、活动流程 / 日程 / 议程 / 环节). Problems, measures, achievements or lessons (二、存在的问题 / 二、主要措施 /
# 三、取得的成效 / 三、踩过的三个坑) name no such list: their short leads are the part's points.
_LIST_PART = re.compile(r"(?:项目|内容|安排|程序|流程|环节|日程|议程|节目|赛程|科目)\s*[:：]?$")
# A run-in lead that names its item is a bare phrase of two to five characters with no clause mark in it.
MAX_ITEM_NAME_CHARS = 5


def _named_items(found: dict[int, _Heading], parent: int, members: Sequence[int]) -> bool:
    """Whether a run of run-in leads right under a top part names the items of a list that part's heading names
    (session 28, issue 11): the heading ends on a word for a list of things (``_LIST_PART``: 四、比赛项目, 二、活动内容,
    三、节目安排), and each lead, two or more, is a bare phrase of two to MAX_ITEM_NAME_CHARS characters with no clause
    mark (1．齐心协力。… / 2．拔河。…, 1．运动会。…): such items head sub-parts one level below the part, as a heading names
    its part. Leads under any other part (二、存在的问题 > 1．资金短缺。, 二、主要措施 > 1．强化学习。, 三、踩过的三个坑 >
    1．浇水太勤。) count the part's points and stay its text, and so do longer leads (1．各部门要高度重视。) anywhere (the
    sets disagree: P's p09 and AK's gov_notice keep such points, BC's p05 and p08 head them).

    >>> h = {i: _Heading("arabic", f"{i}．{n}。", "正文。") for i, n in ((1, "齐心协力"), (2, "拔河"))}
    >>> h[0] = _Heading("cn-number", "四、比赛项目", "")
    >>> _named_items(h, 0, [1, 2]), _named_items({**h, 0: _Heading("cn-number", "三、踩过的三个坑", "")}, 0, [1, 2])
    (True, False)
    """
    if len(members) < 2 or parent not in found or not _LIST_PART.search(found[parent].text.strip()):
        return False
    for index in members:
        text = found[index].text
        match = _NUMBERED[found[index].family].match(text)
        name = text[match.end() if match else 0 :].strip().rstrip("。")
        if not 2 <= len(name) <= MAX_ITEM_NAME_CHARS or _CLAUSE.search(name):
            return False
    return True
