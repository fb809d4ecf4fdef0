"""A comment label over the page's own text (issue 11, review S20).

留言 and 评论 label a comment section under a post, and the page's text itself where readers'
messages are the page's subject: a message board's message and its reply, a post that collects
readers' comments. The label alone is no evidence which: the page's title naming readers'
comments (``xpaths.COMMENTS_SUBJECT``), or a reply section after the label
(``xpaths.REPLY_LABEL``), says it is the text. Each page here is written for the pattern it shows.
"""

from __future__ import annotations

from conftest import bundled_rules

from fanwen.offline import process_html

MESSAGE = (
    "我家住在河西新村，每天早上送孩子上学都要在第三中学门口的公交站等车，站台没有座椅也没有遮阳棚，",
    "夏天太阳直晒，老人和孩子只能站在路边等，下雨天更是无处可躲，希望能在站台加装座椅和雨棚。",
)
REPLY = (
    "您好，您反映的情况我们已经派人到现场查看，该站台确实缺少候车设施。我局已将其列入今年的站台改造计划，",
    "预计九月底前完成座椅和雨棚的安装，届时将方便周边居民候车，感谢您对公共交通工作的关注和支持。",
)
NOTICE = (
    "说明：本栏目公开群众来信及办理情况，来信人的姓名、电话等个人信息不予公开，请勿在来信中填写他人隐私。"
)


def test_a_message_and_its_reply_under_labels_are_the_text() -> None:
    """A city's mailbox page in a ``<div>`` template: the message under a ``留言`` line and the
    department's reply under a ``答复`` line, in a box after the one of the title and the column's
    notice. The reply's label says
    the 留言 label is the message's: both are the text."""
    html = f"""<html><head><title>第三中学门口公交站能否加装座椅_市长信箱</title></head><body>
<div class="m0"><a href="/">首页</a> <a href="/xx/">市长信箱</a></div>
<div class="m7"><div class="m1"><div class="m2">第三中学门口公交站能否加装座椅</div>
<div class="m3">来信时间：2024-06-11 受理单位：市交通运输局</div><p>{NOTICE}</p></div>
<div class="m4"><h4>留言</h4><p>{MESSAGE[0]}</p><p>{MESSAGE[1]}</p>
<h4>答复</h4><p>{REPLY[0]}</p><p>{REPLY[1]}</p></div></div>
<div class="m9">市人民政府办公室 主办</div></body></html>"""
    article = process_html(html, "https://www.example.gov.cn/xx/1.html", bundled_rules())
    assert "站台没有座椅" in article.text and "无处可躲" in article.text
    assert "列入今年的站台改造计划" in article.text


CURATED = (
    "网友“老周”：我在这条路上骑了十年车，终于等到自行车道和机动车道分开，早高峰心里踏实多了。",
    "网友“青青”：建议在学校门口的路段加装减速带，放学时间孩子多，车开得太快实在让人担心。",
    "网友“阿明”：路口的红绿灯时长能不能再调一调，行人绿灯只有十几秒，老人根本走不过去。",
    "网友“小林”：新修的绿道很漂亮，但是晚上照明不够，希望能多装几盏路灯，让大家散步更安心。",
    "网友“石头”：公交线路调整之后换乘方便了不少，不过末班车太早，加班的人回家还是不方便。",
)


def test_a_post_collecting_readers_comments_keeps_them() -> None:
    """A post that collects readers' comments (its title says 评论选登), the comments under a
    ``精彩评论`` heading after a one-paragraph introduction: the comments are the text."""
    items = "".join(f"<p>{c}</p>" for c in CURATED)
    html = f"""<html><head><title>“我心中的城市慢行系统”网友评论选登 - 江城日报</title></head><body>
<div class="n0"><a href="/">首页</a></div>
<div class="n1"><h1>“我心中的城市慢行系统”网友评论选登</h1><div class="n2">2024-05-20 江城日报</div>
<div class="n3"><p>上月我们请读者谈谈对城市慢行系统的看法，收到了数百条评论，有表扬也有批评，更多的是对自行车道、路口信号灯和绿道照明的具体建议。编辑部从中选登几条，原文照登，已一并转给市交通和城管部门参考。</p></div>
<div class="n4"><h2>精彩评论</h2>{items}</div></div></body></html>"""
    article = process_html(html, "https://news.example.cn/2024/0520.html", bundled_rules())
    assert "数百条评论" in article.text
    assert all(c.split("：")[1][:10] in article.text for c in CURATED)


def test_comments_with_reply_links_under_a_short_post_stay_out() -> None:
    """The look-alike: a short post over a longer thread under ``<h3>留言</h3>``, each item a name,
    a time, the message and a 回复 link. The page is titled by the post and the 回复s are links,
    not a reply section: the thread stays out."""
    items = "".join(
        f'<div class="c1"><span>跑友{i}</span> <span>2024-06-1{i} 20:1{i}</span><p>{c.split("：")[1]}</p>'
        f'<a href="#r{i}">回复</a></div>'
        for i, c in enumerate(CURATED)
    )
    html = f"""<html><head><title>周末江边夜跑活动通知 - 江城跑团</title></head><body>
<div class="p0"><a href="/">首页</a></div>
<div class="p1"><h1>周末江边夜跑活动通知</h1><div class="p2">2024-06-10 发布：江城跑团</div>
<div class="p3"><p>本周六晚七点在江滩公园南门集合，沿江边绿道跑八公里，新老跑友都欢迎参加。请自带饮用水，穿反光背心，跑前做好热身，身体不适的跑友请量力而行，队医会在终点等候。</p></div></div>
<div class="p4"><h3>留言</h3>{items}</div></body></html>"""
    article = process_html(html, "https://run.example.cn/post/7.html", bundled_rules())
    assert "江滩公园南门集合" in article.text
    assert "减速带" not in article.text and "跑友1" not in article.text
