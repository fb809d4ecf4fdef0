"""In-house boxes under a category label among the text's paragraphs (session 27, issue 11; fanwen/strip/cards.py).

A site sets a box of its own among the article's paragraphs to promote its own service, event, enrolment, charity
appeal or member offer: a short label naming the box's kind in an element of its own (招生信息, 爱心公益, 办事服务,
精品课程: a topic word, not an advert's word), a headline, one line describing it and a button calling to act
(立即报名, 我要捐赠, 马上办理). It sells nothing by a price or a gain the card pass knew, and its words are often the
site's subject (a school's enrolment box on the school's news), so it stayed and its headline headed a section. Its
shape tells it: label over headline over description, the label set in its own element, and a call button.

What stays, the text's own boxed parts: a notice's attachment box, a contact box of fields, a recipe's ingredients
box, a key-points box, a tip box, a notice's sign-up box on its title's subject or instructing its public, an info
table, a quoted document, a photo with its caption, cards of one look side by side (a job list).
"""

from __future__ import annotations

import pytest
from test_advert_cards_23 import _p, _text

SCHOOL = [
    "十一月二十日，我校第三十届田径运动会在东校区体育场开幕，全校二十八个班级的一千二百余名学生参加了入场式。",
    "本届运动会共设男女田径项目二十四个，另有跳长绳、拔河等集体项目，两天的比赛中有三项校纪录被打破。",
    "高二（3）班的李同学在男子一千五百米比赛中一路领先，最终以四分二十一秒的成绩夺冠，赛后他说最感谢陪练的同学。",
    "比赛间隙，学校广播站的同学们轮流播报赛况，啦啦队的加油声此起彼伏，不少家长也来到看台为孩子们鼓劲。",
    "闭幕式上，校长为获得团体总分前六名的班级颁奖，并希望同学们把赛场上的拼搏精神带到学习和生活中去。",
]
COMMUNITY = [
    "入冬以来，社区网格员对辖区内的独居老人逐户进行了走访，了解他们在取暖、用电、就医等方面的实际困难。",
    "走访中发现，部分老人家中的电线老化，取暖器插在多孔插座上使用，存在安全隐患，网格员当场帮忙做了整改。",
    "对于行动不便的老人，社区联系了辖区医院的家庭医生，每月上门测一次血压血糖，并把健康情况记在台账里。",
    "社区还组织志愿者结成帮扶对子，每周至少打一次电话、上门看望一次，遇到雨雪天气帮老人代买生活用品。",
    "网格员表示，接下来将继续完善独居老人关爱机制，让老人们在社区里住得安心、过得舒心。",
]
ASSOCIATION = [
    "本會年度攝影聯展於上週六在市立文化中心開幕，共展出會員作品一百二十幅，題材涵蓋山林、海岸與老街人物。",
    "今年展覽首次設立新人專區，展出二十位入會未滿兩年會員的作品，許多作品構圖大膽、用色細膩，令人眼睛一亮。",
    "開幕當天，理事長帶領與會來賓逐區導覽，並邀請多位作者現場分享拍攝背後的故事與器材選擇的心得。",
    "展覽期間每天下午安排兩場導覽，另有兩場講座介紹夜景拍攝與後製技巧，歡迎民眾自由參觀，不需預約。",
    "本次聯展將持續至月底，之後作品將移往各區圖書館巡迴展出，讓更多民眾有機會欣賞會員們的創作。",
]
GOV = [
    "为进一步做好生活垃圾分类工作，现将今冬明春辖区垃圾分类督导安排通知如下，请各小区物业和楼长认真落实。",
    "一、各小区要在每天早七点至九点、晚六点至八点安排督导员在投放点值守，指导居民将垃圾分类投放。",
    "二、物业企业要对投放点进行一次全面检查，损坏的桶具和标识要在本月底前更换完毕，确保投放点干净整洁。",
    "三、街道将每月对各小区分类情况进行检查评比，结果在街道公示栏公布，对连续两个月排名靠后的小区进行约谈。",
    "四、各社区要结合入户走访，向居民发放分类指南，重点做好老年人和新入住居民的宣传引导。",
]
TEACHING = [
    "本课时的教学目标是让学生理解一元一次方程的概念，会用移项、合并同类项的方法解简单的一元一次方程。",
    "导入环节，出示天平称重的图片，请学生说说天平两边平衡时，如果两边同时加上或拿走同样的重量会怎样。",
    "新授环节，先让学生观察几个等式，找出它们的共同点，再引出方程的概念，并请学生举出自己的例子。",
    "练习环节分三个层次，基础题人人过关，提高题小组讨论，拓展题供学有余力的学生选做，教师巡视个别辅导。",
    "课堂小结时，请学生用自己的话说说解方程的步骤，教师板书整理，布置课后作业并提示预习下一节内容。",
]


# Four markups of one box: a label in its own element, a headline, a description, a button link.
def _span_h4(label: str, head: str, desc: str, button: str) -> str:
    return (
        f'<div class="ny-card"><span class="card-tag">{label}</span><h4 class="card-tit">{head}</h4>'
        f'<p class="card-txt">{desc}</p><a href="https://zs.example.cn/" target="_blank">{button}</a></div>'
    )


def _divs(label: str, head: str, desc: str, button: str) -> str:
    return (
        f'<div class="pk-box"><div class="pk-tag">{label}</div><div class="pk-title">{head}</div>'
        f'<div class="pk-desc">{desc}</div><a class="pk-btn" href="/form/3.html">{button}</a></div>'
    )


def _bold(label: str, head: str, desc: str, button: str) -> str:
    return f'<div class="jx-tj"><b>{label}</b><p>{head}</p><p>{desc}</p><a href="https://ke.example.cn/">{button}</a></div>'


def _section(label: str, head: str, desc: str, button: str) -> str:
    return (
        f'<section class="svc-card"><em>{label}</em><h3>{head}</h3><p style="text-indent:0">{desc}</p>'
        f'<a class="go" href="/svc/go">{button}</a></section>'
    )


MARKUPS = [_span_h4, _divs, _bold, _section]

# A site's own box: its label, headline, description and button, and the article it is set in.
BOXES = [
    (
        "招生信息",
        "2026年春季成人学历教育报名开始",
        "专升本、高起专二十余个专业可选，周末及晚间授课",
        "立即报名",
        SCHOOL,
    ),
    ("爱心公益", "冬衣募集行动进行中", "捐出的每一件棉衣都将送到山区孩子手中", "我要捐赠", COMMUNITY),
    ("會員專區", "年度會員續約開跑", "續約會員可享攝影課程九折，線上繳費免排隊", "立即續約", ASSOCIATION),
    ("办事服务", "公积金提取“掌上办”上线", "提取、转移、贷款进度查询都能在手机上完成", "马上办理", GOV),
    ("精品课程", "初中数学同步辅导直播", "骨干教师带练，每周二、周四晚八点开讲", "预约试听", TEACHING),
    (
        "生活服务",
        "社区长者食堂开放预订",
        "六十岁以上老人午餐可送餐上门，节假日照常供应",
        "立即预订",
        COMMUNITY,
    ),
]


@pytest.mark.parametrize("markup", range(len(MARKUPS)))
@pytest.mark.parametrize("box", range(len(BOXES)))
def test_an_in_house_box_under_a_category_label_goes_whole(markup: int, box: int) -> None:
    label, head, desc, button, article = BOXES[box]
    html = MARKUPS[markup](label, head, desc, button)
    text = _text("一篇文章的标题", _p(article[:3]) + [html] + _p(article[3:]))
    lines = text.splitlines()
    assert label not in lines
    assert head not in text
    assert desc not in text
    assert button not in lines
    for paragraph in article:
        assert paragraph in text


def test_the_box_is_recorded_as_an_advert_card_and_heads_no_section() -> None:
    from conftest import sample_page

    from fanwen.pagepath import PageOptions, read_page

    label, head, desc, button, article = BOXES[0]
    html = _span_h4(label, head, desc, button)
    page = read_page(
        sample_page("运动会报道", _p(article[:3]) + [html] + _p(article[3:])),
        "http://example.com/a/1.html",
        PageOptions.for_profile(None),
    )
    assert page.article is not None
    removed = {(r.rule, r.text) for r in page.article.removed}
    assert ("advert-card", head) in removed
    assert ("advert-card", label) in removed
    assert all(section.heading != head for section in page.article.sections)


# --- the text's own boxed parts, in the same markups: they stay ---------------------------------------------------

NOTICE = [
    "为做好今年社区志愿者招募工作，现将有关事项通知如下，请有意参加的居民认真阅读并按要求报名。",
    "招募对象为辖区内年满十八周岁、身体健康、每月能保证至少八小时服务时间的居民，退休党员优先。",
    "志愿服务内容包括垃圾分类督导、独居老人探访、社区活动保障等，社区将为志愿者购买意外保险。",
    "报名材料经社区审核后，将在社区公示栏公布名单，并于下月初组织岗前培训，培训合格后正式上岗。",
    "志愿者服务时长将记入个人志愿服务档案，年度服务满一百小时的，社区将在年终总结会上予以表彰。",
]
RECIPE = [
    "番茄炒蛋是最家常的一道菜，做法简单，却很考验火候，番茄要炒出汁，鸡蛋要嫩，两样合在一起才好吃。",
    "先把鸡蛋打散，加一点盐搅匀，锅里多放些油，油热后倒入蛋液，等边缘凝固就用铲子推散，盛出备用。",
    "番茄切块后下锅，中小火翻炒，用铲子压一压，炒出红亮的汤汁，这时加一小勺白糖，可以中和番茄的酸味。",
    "最后倒回鸡蛋，翻炒均匀，加盐调味，出锅前撒上葱花，一盘酸甜可口的番茄炒蛋就做好了。",
    "番茄要挑熟透的，颜色越红越好，切之前在表皮划个十字，用开水烫一下就能轻松去皮，口感更细腻。",
]

OWN_BOXES = [
    # A notice's attachment box: its file and its download button.
    (
        "附件",
        "2025年度社区志愿者报名表.docx",
        "如实填写后盖章，交社区服务站",
        "下载",
        NOTICE,
        "社区志愿者招募的通知",
    ),
    # A notice's contact box: field lines.
    ("联系方式", "联系人：王老师", "电话：0531-5550123", "发送邮件", NOTICE, "社区志愿者招募的通知"),
    # A recipe's ingredients box on the recipe's words.
    ("食材", "番茄两个、鸡蛋三个", "葱花少许，盐和白糖各一小勺", "一键买齐", RECIPE, "家常番茄炒蛋的做法"),
    # A notice's key points, its button to the document in full.
    (
        "要点",
        "志愿者招募三项要求",
        "年满十八周岁，每月服务不少于八小时",
        "查看原文",
        NOTICE,
        "社区志愿者招募的通知",
    ),
    # A tip box over its list.
    (
        "温馨提示",
        "报名前请备齐材料",
        "身份证原件及复印件各一份，近期免冠照片两张",
        "查看清单",
        NOTICE,
        "社区志愿者招募的通知",
    ),
    # The notice's own sign-up box: its title's subject.
    (
        "报名入口",
        "2025年度社区志愿者招募",
        "审核通过后将短信通知，名额有限",
        "进入平台",
        NOTICE,
        "关于开展2025年度社区志愿者招募的通知",
    ),
    # A topic's label over the text's own item, its button showing more (an event's review box).
    (
        "活动回顾",
        "第五届邻里节文艺汇演",
        "二十支居民队伍登台表演，节目全部由居民自编自演",
        "查看详情",
        NOTICE,
        "社区工作安排",
    ),
    # The notice's own sign-up box off its title's words: it instructs its public by a deadline.
    (
        "报名入口",
        "志愿服务信息平台",
        "报名者请于12月20日前登录平台填写信息",
        "进入平台",
        NOTICE,
        "社区工作安排",
    ),
]


@pytest.mark.parametrize("markup", range(len(MARKUPS)))
@pytest.mark.parametrize("box", range(len(OWN_BOXES)))
def test_the_texts_own_boxed_part_stays(markup: int, box: int) -> None:
    label, head, desc, button, article, title = OWN_BOXES[box]
    html = MARKUPS[markup](label, head, desc, button)
    text = _text(title, _p(article[:2]) + [html] + _p(article[2:]))
    assert head in text
    assert desc in text
    for paragraph in article:
        assert paragraph in text


# The promo-box pass (lines beside a button a link rule removed, off the topic's words) takes this box drawn with a
# button class before the card pass reads it: left as found in session 27.
_PROMO_BOX_TAKES = pytest.mark.xfail(
    reason="promo-box takes the event's sign-up box beside its removed button", strict=True
)


@pytest.mark.parametrize(
    "markup", [pytest.param(i, marks=_PROMO_BOX_TAKES) if m is _divs else i for i, m in enumerate(MARKUPS)]
)
def test_a_box_whose_label_names_its_buttons_act_stays(markup: int) -> None:
    """How to take part in what the text tells of: the label names the button's act (活动报名 over 立即报名)."""
    head, desc = "邻里节文艺汇演报名开启", "节目由各楼栋自行编排，时长五分钟以内"
    html = MARKUPS[markup]("活动报名", head, desc, "立即报名")
    text = _text("社区工作安排", _p(NOTICE[:2]) + [html] + _p(NOTICE[2:]))
    assert head in text
    assert desc in text


def test_a_notices_info_table_stays() -> None:
    table = (
        "<table><tr><td>招募项目</td><td>服务时间</td><td>报名方式</td></tr>"
        "<tr><td>垃圾分类督导</td><td>每天早晚各两小时</td><td>立即报名</td></tr>"
        "<tr><td>独居老人探访</td><td>每周一次</td><td>立即报名</td></tr></table>"
    )
    text = _text("社区志愿者招募的通知", _p(NOTICE[:2]) + [table] + _p(NOTICE[2:]))
    assert "垃圾分类督导" in text
    assert "独居老人探访" in text


def test_a_quoted_document_of_the_shape_stays() -> None:
    quote = (
        '<blockquote><span class="q-tag">通知原文</span><h4>关于开放社区食堂预订的通知</h4>'
        '<p>六十岁以上老人午餐可送餐上门，节假日照常供应</p><a href="/doc/1">立即预订</a></blockquote>'
    )
    text = _text("社区食堂开张了", _p(COMMUNITY[:3]) + [quote] + _p(COMMUNITY[3:]))
    assert "关于开放社区食堂预订的通知" in text
    assert "六十岁以上老人午餐可送餐上门，节假日照常供应" in text


def test_a_photo_with_its_caption_stays() -> None:
    figure = (
        '<figure class="pic"><img src="/img/1.jpg"><figcaption>运动会开幕式</figcaption>'
        "<p>高二（3）班方阵通过主席台</p></figure>"
    )
    text = _text("我校举行第三十届田径运动会", _p(SCHOOL[:2]) + [figure] + _p(SCHOOL[2:]))
    assert "高二（3）班方阵通过主席台" in text


@pytest.mark.parametrize("markup", range(len(MARKUPS)))
def test_cards_of_one_look_side_by_side_stay(markup: int) -> None:
    jobs = [
        MARKUPS[markup]("招聘", "社区网格员", "负责网格巡查与居民走访，需本地户籍", "立即投递"),
        MARKUPS[markup]("招聘", "社区养老护理员", "负责长者食堂助餐与日间照料，持证优先", "立即投递"),
    ]
    text = _text("社区公开招聘工作人员", _p(NOTICE[:2]) + jobs + _p(NOTICE[2:]))
    assert "社区网格员" in text
    assert "社区养老护理员" in text


@pytest.mark.parametrize("markup", range(len(MARKUPS)))
def test_an_appeal_box_on_the_appeals_own_page_stays(markup: int) -> None:
    html = MARKUPS[markup](
        "爱心公益", "冬衣暖童心募集行动", "捐出的每一件棉衣都将送到山区孩子手中", "我要捐赠"
    )
    text = _text("冬衣暖童心募集行动启动", _p(COMMUNITY[:3]) + [html] + _p(COMMUNITY[3:]))
    assert "冬衣暖童心募集行动" in text
