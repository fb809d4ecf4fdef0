"""Review (session 21, rev1) of ``cta-reader-price`` (213e16a) and the unlabelled ``cta-tool-promise`` (6a7c83c).

Probes of our own, on a line of their own and glued after a paragraph's last sentence (list items, table rows and a
notice's fields carry no stop, so the rules' stop guard does not save them).

``cta-reader-price`` took a notice's or a report's lines that name a price relation and an act:

- a fee schedule naming its fee (注册费, 报名费, 票价, 门票): a conference's or a race's registration notice;
- a price quoted as a slogan (“新用户首单1元”“会员0元领”，这样的口号…): a quotation holding a sum is told of;
- a warning about an offer (…家长要警惕, 提醒, 小心, 陷阱, 套路, 噱头, 口号);
- a review's estimate (每篇约2元, 左右) and a comparison of shops (…比一比);
- a tutorial's numbered step (第3步：…);
- a crowd acting (企业家们踊跃认捐…), an offer made a thing (…再送…购物券的活动，…) and a story's past (当时…).

``cta-reader-call`` (b4a8350), landed meanwhile, took the same notice's fee fields (景区门票：团购价80元/人，需提前一天预约;
三、收费标准：…，报名时缴纳) and the crowd's pledge: the fee field opening the line is a cue both rules' ``unless`` share
(``fee_field``), with a notice's 需提前 and a crowd acting (…们踊跃认捐).

The unlabelled ``cta-tool-promise`` took a how-to's and a notice's lines of the same structure (an input, a speed, a
making) where the one that makes is no AI tool offered:

- the material put into something that is not the tool (把食材放进电饭煲, 把資料貼進系統, 把问题发给客服, 把计算题输入
  计算器): ``把…`` is an offer only when it hands the material to the tool (给AI, 给它, 进输入框/对话框, 进来);
- a maker named that is no AI (导航瞬间算出, 系统1分钟内生成, 系统3秒识别生成): a how-to or a system's notice;
- a public service's time limit (最快3分钟生成电子营业执照), a notice's request after it (请考生…), a choice put
  (…还是…), the act made a time (…之后呢).

Misses fixed on the way (the general form covers them): ``到手只要199元`` (a deal's price with no 价), ``把…告诉AI``.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

PROSE = "这是文章的第一段，讲的是工作中的体会和做法，内容完整，条理清楚。"
LAST = "大家都很关心这件事。"


def _removed(*lines: str) -> list[tuple[str, str]]:
    blocks = [Block(PROSE * 3), *(Block(line) for line in lines), Block(PROSE * 3)]
    return [(r.rule, r.text) for r in strip_blocks(blocks, bundled_rules(), "标题").removed]


PRICE_LOOKALIKES = [
    # a registration notice's fee schedule
    "注册费：早鸟价1200元（2026年3月1日前注册），标准价1500元",
    "学生会员注册费600元，非会员800元",
    "会议注册费：会员1000元，非会员1200元，3月31日前缴费可享早鸟价",
    "本届马拉松报名费：早鸟价150元，常规价200元，报名通道12月1日开启",
    "門票：會員價80元，非會員120元，請於現場購票",
    "景区门票：团购价80元/人，需提前一天预约",  # these three cta-reader-call (b4a8350) took
    "三、收费标准：会员价100元/年，非会员200元/年，报名时缴纳",
    "本届马拉松报名费：早鸟价150元，常规价200元，报名通道12月1日开启",
    # a slogan quoted, a warning
    "“新用户首单1元”“会员0元领”，这样的口号随处可见",
    "早鸟价99元抢课，家长要警惕",
    "图书馆提醒：持证读者可免费借阅，会员免费下载电子书需先登录",
    "新人首单1元再送红包，小心这些套路",
    # a review's estimate and comparison
    "百度文库：会员可免费下载大部分文档，非会员每篇约2元",
    "A店的券后价59元，B店到手价52元，点击链接前最好比一比",
    # a tutorial's step
    "第3步：开通会员后，会员可一键导出PDF",
    # a crowd acting, an offer made a thing, a story's past
    "慈善晚宴上，企业家们踊跃认捐，凡认捐满10万元再赠纪念奖杯",
    "满200元再送100元购物券的活动，让商场人气大涨",
    "当时正赶上双十一，到手价只要159元，我就赶紧下单",
]


@pytest.mark.parametrize("line", PRICE_LOOKALIKES)
def test_a_notice_a_report_a_review_or_a_story_naming_a_price_relation_stays(line):
    assert _removed(line) == []
    assert _removed(PROSE + LAST + line) == []


@pytest.mark.parametrize(
    "line",
    [
        "到手只要199元，点击下方链接",
        "這款檯燈到手只要NT$590，下方連結下單",
        "同款空气炸锅到手仅需299元，戳文末链接",
    ],
)
def test_a_deals_price_with_no_price_word_offered_to_the_reader_goes(line):
    assert _removed(line) == [("cta-reader-price", line)]
    assert _removed(PROSE + LAST + line) == [("cta-reader-price", line)]


TOOL_LOOKALIKES = [
    # the material put into something that is not the tool offered
    "把食材放进电饭煲，30分钟做好一锅饭",
    "把米和水放进锅里，40分钟做好",
    "把資料貼進系統，十秒產出報表",
    "把数据粘进表格，Excel瞬间算出平均分",
    "把计算题输入计算器，一秒算出结果",
    "把问题发给客服，2分钟内给出答复",
    "把快递单号输进小程序，瞬间给出物流信息",
    # a maker named that is no AI tool
    "输入起点和终点，导航瞬间算出最佳路线",
    "上传身份证照片，系统1分钟内自动生成电子证照",
    "上传发票照片，系统3秒识别生成报销单",
    "把图纸导入软件，系统10分钟输出施工方案，效率提高了三倍",
    # a public service's time limit, a notice's request
    "打开“浙里办”APP：上传材料，最快3分钟生成电子营业执照",
    "上传考生照片，10秒生成准考证，请考生于12月10日前完成打印",
    # a choice put, the act made a time
    "把简历丢给AI，一分钟改好——求职者的新捷径还是新陷阱",
    "把作文交给AI，三秒写完之后呢",
]


@pytest.mark.parametrize("line", TOOL_LOOKALIKES)
def test_a_how_to_or_a_notice_of_the_tool_promises_shape_stays(line):
    assert _removed(line) == []
    assert _removed(PROSE + LAST + line) == []


@pytest.mark.parametrize(
    "line",
    [
        "把你的想法告诉AI，3秒生成一份PPT大纲",
        "把需求告诉它，10秒帮你写好方案",
        "把需求告诉小助手，10秒帮你写好方案",
        "把讲稿贴进对话框，AI十秒写好",
        "把题目发给“笔小灵”，30秒写好一篇作文",
    ],
)
def test_material_handed_to_the_tool_with_its_fast_making_goes(line):
    assert _removed(line) == [("cta-tool-promise", line)]
    assert _removed(PROSE + LAST + line) == [("cta-tool-promise", line)]
