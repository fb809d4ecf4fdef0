"""Sections, session 27 (issue 11): structure on pages nobody tuned for. Our own wordings.

- Lead sentences under a numbered part: paragraphs opening 一是…。 / 二是…。 (其一，…。) with a short phrase closed by
  its stop, counting up from 一, two or more, head the part's sub-parts one level below it (the phrase to its first 。
  the heading), where the document numbers its sub-parts with nothing else. Stay text: a document that has （一）
  sub-parts (its 一是 paragraphs are points inside them), a lone 一是 paragraph in running prose, a lead that is a
  clause (一是因为…，…), points run inside one paragraph (…：一是…；二是…), a count that does not start at 一.
- A notice's numbered items that are sentences of one paragraph each: an item run into its paragraph (（二）优化服务。
  居民可…) right after a sibling too long to head stays text as that sibling does; items with paragraphs under them
  still head.
"""

from __future__ import annotations

import pytest

from fanwen.items import Block
from fanwen.sections import split_sections

P = "全年召开会议二十余次，专题研究工作九次，规范开展主题活动十二次，群众满意度明显提高。"
Q = "针对实际困难，我们坚持上门服务，全年走访四十一次，让大家感受到了实实在在的变化。"
INTRO = "今年以来，在上级的坚强领导下，我们紧扣中心工作，较好地完成了各项任务。现将情况报告如下。"


def shape(blocks: list[Block], title: str = "2025年度工作报告") -> list[tuple[str, int, str | None]]:
    return [(s.kind, s.level, s.heading) for s in split_sections(blocks, title)]


def report(leads: tuple[str, ...], second: tuple[str, ...] = (), bold_parts: bool = True) -> list[Block]:
    blocks = [Block(INTRO), Block("一、履行职责情况", bold=bold_parts, heading=4 if bold_parts else None)]
    blocks += [Block(f"{lead}{P}") for lead in leads]
    blocks += [Block("二、服务群众情况", bold=bold_parts, heading=4 if bold_parts else None)]
    blocks += [Block(f"{lead}{Q}") for lead in second] or [Block(Q)]
    blocks += [Block("三、存在的不足", bold=bold_parts, heading=4 if bold_parts else None), Block(P)]
    return blocks


LEADS = [
    ("一是夯实组织基础。", "二是加强队伍建设。", "三是推动共驻共建。"),
    ("一是抓好道路交通安全。", "二是抓好“九小场所”消防安全。"),
    ("其一，健全工作机制。", "其二，完善考核办法。", "其三，强化督促检查。"),
    ("第一是畅通诉求渠道。", "第二是关爱一老一小。"),
]


@pytest.mark.parametrize("leads", LEADS)
@pytest.mark.parametrize("bold_parts", [True, False])
def test_lead_sentences_under_a_part_head_its_sub_parts(leads, bold_parts):
    got = shape(report(leads, leads[:2], bold_parts))
    assert got == [
        ("intro", 1, None),
        ("section", 1, "一、履行职责情况"),
        *[("section", 2, lead) for lead in leads],
        ("section", 1, "二、服务群众情况"),
        *[("section", 2, lead) for lead in leads[:2]],
        ("section", 1, "三、存在的不足"),
    ]


def test_a_paragraph_between_the_leads_is_the_lead_sections_text():
    blocks = report(LEADS[0])
    blocks.insert(3, Block("对一时解决不了的问题，我们建立台账、定期回访，向居民说明进度。"))
    sections = split_sections(blocks, "2025年度工作报告")
    assert sections[2].heading == "一是夯实组织基础。"
    assert sections[2].text == f"{P}\n对一时解决不了的问题，我们建立台账、定期回访，向居民说明进度。"


LOOKALIKES = [
    # a lone 一是 paragraph in running prose
    ("一是夯实组织基础。",),
    # leads that are clauses
    ("一是因为人手不够，很多事情顾不过来。", "二是因为经费紧张，活动难以开展。"),
    # a count that does not start at 一
    ("二是加强队伍建设。", "三是推动共驻共建。"),
]


@pytest.mark.parametrize("leads", LOOKALIKES)
def test_paragraphs_that_are_no_list_of_leads_stay_text(leads):
    got = shape(report(leads))
    assert [h for _, level, h in got if level == 2] == []


def test_points_run_inside_one_paragraph_stay_text():
    blocks = report(())
    blocks.insert(
        2, Block("回顾一年来的工作，还存在一些差距：一是学习不够系统。二是办法不多。三是作用发挥不均衡。")
    )
    assert [h for _, level, h in shape(blocks) if level == 2] == []


def test_a_document_with_numbered_sub_parts_keeps_its_leads_as_points():
    blocks = [
        Block(INTRO),
        Block("一、主要工作", bold=True),
        Block("（一）食品安全监管", bold=True),
        Block(P),
        Block("（二）特种设备监管", bold=True),
        Block(Q),
        Block("二、存在的问题", bold=True),
        Block(f"一是监管力量不足。{P}"),
        Block(f"二是手段运用不够。{Q}"),
        Block(f"三是责任意识淡薄。{P}"),
    ]
    got = shape(blocks)
    assert ("section", 1, "二、存在的问题") in got
    assert not any(h and h.startswith(("一是", "二是", "三是")) for _, _, h in got)


def notice(second: str) -> list[Block]:
    return [
        Block("各有关单位："),
        Block("为做好今冬供暖保障工作，现将有关事项通知如下。"),
        Block("一、明确供暖时间"),
        Block("本年度供暖时间为11月10日至次年3月20日，各单位要提前做好准备，确保按时供暖。"),
        Block("二、提升服务水平"),
        Block("（一）各供热企业要公开服务热线，实行24小时值班，对用户反映的问题要在2小时内上门处理。"),
        Block(second),
        Block("三、压实工作责任"),
        Block("各单位要按照职责分工，加强协调配合，确保各项工作落到实处。"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "（二）优化收费服务。居民可通过公众号查询缴费，也可到营业网点办理，不得收取额外费用。",
        "（二）做好宣传引导。各企业要通过多种渠道宣传节能知识，引导居民合理用热，减少浪费。",
        "（二）加强應急保障。各企業要制定應急預案，儲備搶修物資，遇有突發情況及時處置。",
    ],
)
def test_an_item_after_a_sibling_too_long_to_head_is_text(second):
    got = shape(notice(second), "关于做好冬季供暖工作的通知")
    assert [h for _, _, h in got if h] == ["一、明确供暖时间", "二、提升服务水平", "三、压实工作责任"]


def test_items_with_paragraphs_under_them_still_head():
    blocks = notice("（二）优化收费服务。居民可通过公众号查询缴费，也可到营业网点办理，不得收取额外费用。")
    blocks[5:7] = [
        Block("（一）公开服务热线"),
        Block("各供热企业要公开服务热线，实行24小时值班，对用户反映的问题要在2小时内上门处理。"),
        Block("（二）优化收费服务"),
        Block("居民可通过公众号查询缴费，也可到营业网点办理，不得收取额外费用。"),
    ]
    got = shape(blocks, "关于做好冬季供暖工作的通知")
    assert ("section", 2, "（二）优化收费服务") in got


# Unnumbered headings with an advert link glued on their line (content._heads_beside_an_advert).
from conftest import bundled_rules  # noqa: E402

from fanwen.offline import process_html  # noqa: E402

RULES = bundled_rules()
PARA = (
    "<p>{n}这件事其实并不复杂，关键是提前规划、留足时间，把每一步要做的事情都写下来，"
    "再和家里人一起商量着定，坚持下来以后，效果比想象中要好得多，孩子自己也更有信心了。</p>"
)


def _post(line: str) -> str:
    parts = "".join(PARA.format(n=n) for n in ("第一步", "第二步"))
    return f"""<html><head><meta charset="utf-8"><title>孩子做事磨蹭怎么办？我试了三个办法_百川号</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/edu">育儿</a> <a href="/food">美食</a></div>
<div class="article"><h1>孩子做事磨蹭怎么办？我试了三个办法</h1><div class="info">2025-11-02 10:20 林小满</div>
<div class="content"><p>孩子上学以后，做事磨蹭成了家里最头疼的事，这半年我试了三个办法，今天分享出来给大家参考。</p>
<p>办法一：把任务拆小</p>{parts}
{line}
{parts}
<p>办法三：让孩子自己定计划</p>{parts}
<p>以上就是我的一点经验，希望对同样着急的爸爸妈妈有用。</p></div></div>
<div class="footer">关于我们 | 联系方式 | 版权所有</div></body></html>"""


@pytest.mark.parametrize(
    ("line", "heading", "link"),
    [
        (
            '<p><span>办法二：计时器，这个最管用</span><a href="https://x.example.com/u?id=3" data-click="promo">'
            "<span>【点击关注，私信“计时”领取时间管理表】</span></a></p>",
            "办法二：计时器，这个最管用",
            "私信",
        ),
        (
            '<p><span>糖醋排骨：酸甜刚好的家常味</span><a href="https://shop.example.com/g/9">'
            "🛒 同款调料礼盒，点这里下单立减十元</a></p>",
            "糖醋排骨：酸甜刚好的家常味",
            "同款调料礼盒",
        ),
        (
            '<p><font>退費手續三步驟</font><a href="https://line.example.com.tw/R/2" target="_blank">'
            "（點我下載：退費申請懶人包PDF）</a></p>",
            "退費手續三步驟",
            "退費申請懶人包",
        ),
    ],
)
def test_an_unnumbered_heading_keeps_its_line_and_only_the_advert_link_goes(line, heading, link):
    article = process_html(_post(line), "https://baichuan.example.com/a/12.html", RULES)
    assert heading in article.text.replace(" ", "")
    assert link not in article.text
    assert any(link in r.text for r in article.removed)


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # words leading to their link
        ('<p>更多育儿干货<a href="/z/1">点击查看专题合集，免费领取</a></p>', "更多育儿干货"),
        # a by-line's label with a follow link
        ('<p>作者：林小满<a href="/u/1">点击关注作者，看更多育儿经验</a></p>', "林小满点击"),
        # a short phrase before a plain link (an article's own link, no call)
        ('<p>延伸阅读<a href="/a/5">孩子写作业拖拉的心理原因</a></p>', "延伸阅读"),
    ],
)
def test_a_line_leading_to_its_link_still_goes_whole(line, gone):
    text = process_html(_post(line), "https://baichuan.example.com/a/12.html", RULES).text
    assert gone not in text
    assert "办法三：让孩子自己定计划" in text


# Closings: a summing-up with a wish for the writer and the readers together (愿你我…) after the last part concludes.
def money_post() -> list[Block]:
    blocks = [Block("很多人收入不算低，可每到月底钱包就见底了，今天说说我这几年攒钱的几个办法。")]
    for n, head in zip(("01", "02", "03"), ("先把账记明白", "留够应急金", "先存后花"), strict=True):
        blocks += [Block(f"{n} {head}", bold=True, heading=4), Block(P)]
    return blocks


@pytest.mark.parametrize(
    "close",
    [
        "攒钱不是为了省而省，而是为了心里有底。愿你我都能把日子过得踏实一点。",
        "日子是自己的，钱也是。愿你我都能手里有粮，心里不慌！",
        "錢不是省出來的，是規劃出來的。願你我都能過上從容的日子。",
    ],
)
def test_a_summing_up_with_a_wish_for_you_and_me_concludes(close):
    sections = split_sections([*money_post(), Block(close)], "普通人攒钱，先做好这几件事")
    assert (sections[-1].kind, sections[-1].text) == ("conclusion", close)


@pytest.mark.parametrize(
    "close",
    [
        # a wish of the writer's own, no readers in it
        "攒钱不是为了省而省，而是为了心里有底。愿我明年能换一套大一点的房子。",
        # a quoted wish
        "她笑着说：“愿你我都能把日子过得踏实一点。”这句话我一直记着，后来也常常讲给身边的朋友听。",
    ],
)
def test_a_closing_wish_of_no_readers_stays_the_last_parts(close):
    sections = split_sections([*money_post(), Block(close)], "普通人攒钱，先做好这几件事")
    assert sections[-1].kind == "section"


# A picture's caption opening with ▲ (its photo credit after it) stays beside an advert's button under it.
def _photo_post(caption: str) -> str:
    para = "".join(PARA.format(n=n) for n in ("记账", "存钱"))
    return f"""<html><head><meta charset="utf-8"><title>普通人攒钱，先做好这几件事_百川号</title></head><body>
<div class="article"><h1>普通人攒钱，先做好这几件事</h1><div class="info">2025-11-02 10:20</div>
<div class="content"><p>很多人收入不算低，可每到月底钱包就见底了，今天说说我这几年攒钱的几个办法。</p>{para}
<div class="pic"><img src="https://static.example.com/pic/1.jpeg"></div><p class="c">{caption}</p>
<div class="bjh-ad"><span class="ad-lab">广告</span><div class="ad-t">新客开户领红包</div>
<div class="ad-d">限时活动，完成开户即可领取</div><a class="ad-b" href="https://promo.example.com/kh">立即开户</a></div>{para}
<p>以上就是我的一点经验，希望对大家有用。</p></div></div></body></html>"""


@pytest.mark.parametrize(
    "caption",
    [
        "▲ 应急的钱最好和日常花销分开放（图/林小满）",
        "▲ 手写的记账本，一个月一本",
        "△ 每月固定存下的钱（圖／林小滿）",
    ],
)
def test_a_triangle_caption_under_its_picture_stays_beside_an_advert_button(caption):
    article = process_html(_photo_post(caption), "https://baichuan.example.com/a/13.html", RULES)
    assert caption in article.text
    assert "立即开户" not in article.text
