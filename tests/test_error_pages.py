"""Error pages served with the site's normal layout: no article, and the reason says so.

A removed or missing article is often served as a normal page (status 200, a "soft 404"): the
site's header, sidebars, hot lists and footer around one short message (页面不存在, 文章已删除或
不存在, 该内容已被删除, 404). The most prose on such a page is a sidebar's (a site's "about" box, a
news box's lead, a forum's notice), which the vote takes for an article. The pages under
tests/fixtures/errorpages were written for the project, one per CMS family; their look-alikes
(an article about 404 pages, a news report quoting 该内容已被删除, a forum thread with a deleted
reply) are under tests/fixtures/lookalikes and must stay articles (tests/test_lookalikes.py).
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, bundled_rules
from hypothesis import given
from hypothesis import strategies as st
from lxml.html import document_fromstring

from fanwen.cli import main
from fanwen.extract import errors
from fanwen.extract.errors import error_statement
from fanwen.extract.page import NotAnArticle
from fanwen.offline import process_file, process_html

ERROR_PAGES = sorted((FIXTURES / "errorpages").glob("*.html"))
LOOKALIKES = ("article_about_404_pages", "news_report_content_deleted", "forum_thread_with_deleted_reply")


def test_there_are_error_pages_of_several_shapes():
    assert len(ERROR_PAGES) >= 4


@pytest.mark.parametrize("page", ERROR_PAGES, ids=[p.stem for p in ERROR_PAGES])
def test_an_error_page_in_the_site_layout_is_no_article(page, rules):
    with pytest.raises(NotAnArticle, match="an error page") as caught:
        process_file(page, rules)
    assert caught.value.reason == "error"


@pytest.mark.parametrize("name", LOOKALIKES)
def test_a_page_that_only_mentions_an_error_is_an_article(name, rules):
    article = process_file(FIXTURES / "lookalikes" / f"{name}.html", rules)
    assert len(article.text) > 200


@pytest.mark.parametrize(
    "text",
    [
        "抱歉，您访问的页面不存在！",
        "文章已删除或不存在！",
        "该内容已被删除",
        "404",
        "404 Not Found",
        "Sorry, the page you requested could not be found.",
        "指定的主题不存在或已被删除或正在被审核，请返回。",
        "您在浏览帖子的时候发生错误，下面是错误的详细信息：",
        "该职位已停止招聘",
        "抱歉，该岗位已下线",
        "该商品已下架",
        "房源已被关闭",
        "请向右拖动滑块",
        "检测到您的访问过于频繁，请完成安全验证后继续访问。",
        "Checking your browser before accessing the site.",
    ],
)
def test_an_error_statement_is_found(text):
    doc = document_fromstring(
        f"<html><body><div class='nav'><a href='/'>首页</a></div><p>{text}</p></body></html>"
    )
    found = error_statement(doc)
    assert found is not None and found.tag == "p"


@pytest.mark.parametrize(
    "text",
    [
        "如何设计一个友好的404页面",
        "本站部分内容来自网络，如有侵权请联系删除。",
        "网传某地地震系错误信息，请勿转发。",
        "目前，涉事视频已被平台删除，账号也被封禁三十天。警方提醒广大网民不信谣、不传谣。",
        "该回复已被删除",
        "评论已关闭",
        "目前，涉事商品已下架。",
        "请输入手机验证码",
        "本站已通过ISO质量管理体系验证。",
        "本店部分商品下架整改，恢复时间另行通知。",
    ],
)
def test_what_only_mentions_an_error_is_no_error_statement(text):
    doc = document_fromstring(f"<html><body><p>{text}</p></body></html>")
    assert error_statement(doc) is None


def test_an_error_in_a_link_is_no_statement():
    doc = document_fromstring(
        "<html><body><ul><li><a href='/1'>网页打不开显示404怎么办</a></li></ul></body></html>"
    )
    assert error_statement(doc) is None


def test_fanwen_extract_says_an_error_page_is_one():
    page = FIXTURES / "errorpages" / "dede_deleted_with_about_box.html"
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 1
    assert "not an article: an error page (文章已删除或不存在！)" in result.stderr


# Two articles that name an error (from the review of the first version, which lost both): a FAQ
# whose first question names an error page, and a repealed policy whose info box stamps it 已失效.
FAQ = (
    "<html><head><title>2025年中考网上报名常见问题解答_某某市教育考试院</title></head><body>"
    "<h1>2025年中考网上报名常见问题解答</h1><div class='info'>发布时间：2025-03-05 09:00</div><div class='content'>"
    "<p><strong>1. 报名网站打不开或显示页面不存在怎么办？</strong></p><p>答：请使用电脑端谷歌或火狐浏览器，"
    "在地址栏完整输入报名网址，不要通过搜索引擎或他人转发的链接进入。报名高峰期访问人数较多，可错峰登录。</p>"
    "<p><strong>2. 忘记登录密码怎么办？</strong></p><p>答：可通过报名系统首页的找回密码功能，使用报名时预留的手机"
    "号码接收验证码重置密码；手机号码已停用的，请携带身份证到毕业学校办理。</p>"
    "<p><strong>3. 报名信息提交后还能修改吗？</strong></p><p>答：在报名截止前，考生可登录系统自行修改；报名截止后，"
    "信息将被锁定，确需修改的，须由本人提出书面申请，经毕业学校审核后办理。</p></div></body></html>"
)
REPEALED = (
    "<html><head><title>某某市城市绿化管理办法_政策文件_某某市人民政府</title></head><body>"
    "<h1>某某市城市绿化管理办法</h1><table class='xxgk'><tr><td>发布日期：2015-06-18</td>"
    "<td>有效性：<font color='red'><b>该信息已失效</b></font></td></tr></table><div class='content'>"
    + "".join(
        f"<p>第{n}条 为了促进城市绿化事业的发展，改善生态环境，美化生活环境，增进人民身心健康，结合本市实际，制定本办法。</p>"
        for n in "一二三四五"
    )
    + "</div></body></html>"
)


@pytest.mark.parametrize("html", [FAQ, REPEALED], ids=["faq", "repealed"])
def test_an_article_that_names_an_error_is_still_an_article(html):
    assert process_html(html, None, bundled_rules()).sections


RELATED_ANSWERS = (
    "可以。搭电线接好以后先让救援车发动几分钟，再拧钥匙点火，一次不要超过五秒，连续三次打不着就要检查起动机。",
    "要看电瓶用了几年。一般三到五年就该换了，冬天早上打火费劲、大灯发暗，都是容量下降的信号，最好去店里测一下内阻。",
    "停车前关掉大灯、阅读灯和行车记录仪，长时间不开的车每周至少发动一次，跑二十分钟以上，让发电机把电补回来。",
    "电瓶桩头发白长毛是硫化和腐蚀，用热水冲掉白霜，擦干后涂一层凡士林，接线夹拧紧，接触不良同样会打不着火。",
)


def _qa_page(answer_box: str, side: str = "") -> str:
    related = "".join(
        f'<div class="rel-qa"><a href="/q/{i}.html">第{i}个相关的电瓶问题怎么处理？</a>'
        f'<div class="rel-a"><span class="best">最佳答案</span>{text}</div><div>{i + 3}个回答</div></div>'
        for i, text in enumerate(RELATED_ANSWERS)
    )
    return f"""<html><head><title>冬天车子打不着火怎么办？_问答_某某汽车网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/qa/">养车问答</a></div>{side}
<div class="main"><div class="q"><h1>冬天车子打不着火怎么办？</h1>
<div class="meta"><span>匿名用户</span><span>2024-05-15 20:11</span><span>浏览 23</span></div></div>
{answer_box}
<div class="lawyers"><h3>在线技师</h3><div><b>邹师傅</b><span>维修12年</span><a href="#">立即咨询</a></div></div>
<div class="related"><h3>相关问题</h3>{related}</div></div></body></html>"""


@pytest.mark.parametrize(
    "empty",
    [
        '<div class="answer-empty"><img src="/e.png"><p>该问题暂无回答</p>'
        '<p>技师正在赶来的路上，您也可以 <a href="/ask">在线问技师</a></p></div>',
        '<div class="answers"><p>还没有人回答这个问题，快来抢答吧！</p></div>',
        '<div class="answers"><h3>0个回答</h3><div>暂无答案</div></div>',
        # The review's R5 (18:38): a call to answer is the statement's link.
        '<div class="no-answer"><p>该问题暂无回答，<a href="/answer?q=5881">我来回答</a></p></div>',
        # The question's one line of description and the statement in the column of the answers.
        '<p class="desc">车停了一个星期，今天早上拧钥匙只听见咔哒一声，仪表灯很暗，怎么办？</p>'
        '<p class="no-answer">还没有人回答这个问题，<a href="/answer?q=5881">写回答</a></p>',
    ],
    ids=["zanwu", "haimeiyou", "count-zero", "call-to-answer", "description-in-the-column"],
)
def test_a_question_with_no_answer_is_no_article(empty):
    """A Q&A page whose question is its title alone and has no answer says so where the answers
    would be (该问题暂无回答), between the title and the related questions, each with its own best
    answer. The vote finds those answers, which answer other questions: the page is no article,
    as an error page in the site's layout is (a related answer was read as the article)."""
    with pytest.raises(NotAnArticle) as caught:
        process_html(_qa_page(empty), "https://car.example.cn/q/5881.html", bundled_rules())
    assert caught.value.reason == "error"


def test_a_question_with_its_answer_beside_unanswered_ones_is_the_answer():
    """The look-alike: the question has its best answer; a sidebar before it and the related
    list after it mark other questions 暂无回答 beside their title links."""
    answer = (
        '<div class="best-answer"><span>最佳答案</span><p>仪表灯暗、只有咔哒声，多半是电瓶亏电。'
        "先找一辆车搭电，正极接正极，负极接到车身搭铁点；"
        "打着以后别马上熄火，跑半小时充电，之后去店里测一下电瓶和发电机，电瓶老化就直接更换。</p></div>"
    )
    side = (
        '<div class="side"><h3>待回答</h3><ul>'
        + "".join(
            f'<li><a href="/q/{i}.html">第{i}个待回答的问题</a><span>暂无回答</span></li>' for i in range(5)
        )
        + "</ul></div>"
    )
    article = process_html(_qa_page(answer, side), "https://car.example.cn/q/5882.html", bundled_rules())
    assert "先找一辆车搭电" in article.text and "搭电线接好以后" not in article.text


def _text(html: str, url: str) -> str:
    """The text of the article a page gives."""
    return process_html(html, url, bundled_rules()).text


def _why_no_article(html: str, url: str) -> str:
    """The reason a page gives no article (the test fails when it gives one)."""
    with pytest.raises(NotAnArticle) as caught:
        process_html(html, url, bundled_rules())
    return caught.value.reason


SIMILAR_JOBS = (
    (
        "仓储主管",
        "负责仓库的收发存管理，制定盘点计划并组织实施；带领十人左右的班组，安排排班和培训；"
        "配合采购和销售做好库存预警。要求三年以上仓储管理经验，熟练使用仓储管理系统。",
    ),
    (
        "物流调度员",
        "根据订单安排车辆和线路，跟踪在途运输，处理延误和异常；统计每日发运数据，"
        "与客户和承运商保持沟通。要求细心负责，能接受早班，有物流行业经验者优先。",
    ),
    (
        "叉车司机",
        "负责仓库内货物的装卸、搬运和码放，做好叉车日常检查和保养；遵守安全操作规程，"
        "配合班组完成出入库任务。持有特种设备作业证，一年以上工作经验。",
    ),
    (
        "采购助理",
        "协助采购经理完成询价、比价和下单，跟进到货和对账；整理供应商资料，"
        "维护采购台账。要求会用表格软件，做事有条理，沟通能力好。",
    ),
)


@pytest.mark.parametrize("title", ["该职位已停止招聘 - 某某人才网", "仓库管理员招聘_某某人才网"])
def test_a_withdrawn_items_page_is_an_error_page(title):
    """An item page whose item was withdrawn (a closed job, a delisted product or rental) keeps
    its URL and layout: the item's name as the heading, one line saying it is gone (该职位已停止招聘),
    and cards of similar items, each with a description of a few sentences, that outvote it. A
    person sees no item: the page is an error page, whether its <title> says so or only the line
    under the heading does (it was read as a listing, or as the article of the cards' prose)."""
    cards = "".join(
        f'<li class="job-card"><div class="t"><a href="/job/{i}.html">{name}</a><span>6-9K</span></div>'
        f'<div class="desc"><h4>职位描述</h4><p>{text}</p></div><a href="/chat/{i}">立即沟通</a></li>'
        for i, (name, text) in enumerate(SIMILAR_JOBS)
    )
    html = f"""<html><head><title>{title}</title></head><body>
<div class="top"><a href="/">某某人才网</a><a href="/job/">职位</a><a href="/company/">公司</a></div>
<div class="closed"><h1>仓库管理员</h1><p class="tip">该职位已停止招聘</p>
<p>看看下面这些相似职位，或<a href="/job/?q=仓库">搜索更多职位</a></p></div>
<div class="main"><h3>相似职位</h3><ul>{cards}</ul></div>
<div class="foot">某某人才网 版权所有</div></body></html>"""
    assert _why_no_article(html, "https://www.rencai.example.cn/job/5521.html") == "error"


def test_a_report_that_a_job_was_withdrawn_is_an_article():
    """The look-alike: a news report whose paragraph says a post 已停止招聘 is an article."""
    html = (
        "<html><head><title>多家企业调整春季招聘计划_某某新闻网</title></head><body>"
        "<h1>多家企业调整春季招聘计划</h1><div class='info'>2024-03-02 10:00 来源：某某新闻网</div>"
        "<div class='content'><p>记者近日走访本市人才市场发现，多家物流企业调整了春季招聘计划。</p>"
        "<p>该职位已停止招聘</p>"
        "<p>一家企业的人事负责人告诉记者，仓库管理员岗位年前已经招满，目前网上的招聘页面都显示已经关闭，"
        "但调度和司机岗位仍然缺人，工资比去年同期上涨了一成左右。</p>"
        "<p>人社部门提醒求职者，通过正规渠道了解招聘信息，警惕以收取押金、培训费为名的虚假招聘。</p></div>"
        "</body></html>"
    )
    assert "工资比去年同期上涨了一成左右" in _text(html, "https://news.example.cn/2024/0302/88.html")


def test_a_short_brief_that_ends_saying_the_goods_were_delisted_is_an_article():
    """Review R22: a recall brief of three short paragraphs under its title, the last one saying
    the product is off the shelves (涉事产品已下架。), a line of its own in a region short of an
    article's length. A withdrawn item's statement is a line standing where the item was, not a
    sentence of a text: the brief stays an article."""
    html = (
        "<html><head><title>一批次儿童保温杯抽检不合格_市场监管_某某新闻网</title></head><body>"
        "<h1>一批次儿童保温杯抽检不合格</h1><div class='info'>2024-07-03 14:20 来源：某某新闻网</div>"
        "<div class='content'><p>区市场监管局近日抽检网售儿童保温杯，一款不锈钢保温杯的保温效能不达标，另有两款吸管杯的标识不符合规定。</p>"
        "<p>生产企业已按要求整改。</p><p>涉事产品已下架。</p></div>"
        "<div class='side'><h3>热门新闻</h3><ul>"
        + "".join(f"<li><a href='/n/{i}.html'>第{i}条热门新闻的标题</a></li>" for i in range(6))
        + "</ul></div></body></html>"
    )
    article = process_html(html, "https://news.example.cn/2024/0703/9.html", bundled_rules())
    assert article.text.endswith("涉事产品已下架。")


HOT_TEASERS = "".join(
    f'<div class="card"><a href="/news/{i}.html">第{i}条热点新闻的标题在这里</a>'
    f"<p>这是第{i}条热点新闻的摘要，写了两句话。摘要说的是本地的另一件事情，读者可以点进去看全文。</p><span>05-14</span></div>"
    for i in range(8)
)


def test_an_anti_bot_challenge_served_at_an_article_url_is_an_error_page():
    """A site's anti-bot challenge (a WAF's slider) served at an article's URL in the site's
    layout: 安全检查, why the visitor is asked (访问过于频繁), the slider to drag,
    an event id and the visitor's IP, then the hot news's teasers. The article is not there: an
    error page (it was read as a listing of the teasers), as a crawl must know to try again."""
    html = f"""<html><head><title>访问验证 - 某某热线</title></head><body>
<div class="top"><a href="/">某某热线首页</a><a href="/news/">新闻</a></div>
<div class="verify"><h2>安全检查</h2><p>您的访问过于频繁，为保护网站安全，需通过安全验证后继续访问本页。</p>
<div class="slider"><span>向右拖动滑块完成拼图</span></div><p>事件编号：a81c-0514　您的IP：198.51.100.7</p></div>
<div class="hot"><h3>热点新闻</h3>{HOT_TEASERS}</div><div class="foot">某某热线 版权所有</div></body></html>"""
    assert _why_no_article(html, "https://www.rexian.example.cn/news/2024/0514/7.html") == "error"


def test_an_article_about_slider_captchas_is_an_article():
    """The look-alike: a report on slider captchas quotes the slider's prompt inside its text."""
    html = (
        "<html><head><title>滑块验证码为何越来越难_科技_某某新闻网</title></head><body>"
        "<h1>滑块验证码为何越来越难</h1><div class='info'>2024-05-14 10:00 来源：某某新闻网</div>"
        "<div class='content'><p>不少网友发现，登录网站时弹出的滑块验证越来越难拖准，有时要试三四次才能通过。</p>"
        "<p>按住滑块向右拖动</p>"
        "<p>这行熟悉的提示背后，是网站和自动程序之间的较量。业内人士介绍，验证系统会记录拖动的速度和轨迹，"
        "轨迹过于平滑的往往被判定为程序操作，因此正常用户偶尔也会被误伤。</p>"
        "<p>专家建议，网站在加强防护的同时，也应为老年人等群体提供更友好的验证方式。</p></div></body></html>"
    )
    assert "正常用户偶尔也会被误伤" in _text(html, "https://news.example.cn/2024/0514/12.html")


def test_a_short_brief_that_quotes_a_challenges_prompt_is_an_article():
    """Review R32: a brief of three short paragraphs under its title that quotes what readers saw
    (页面提示“访问过于频繁”) in a region short of an article's length. A challenge's statement
    stands where the page was; inside a text's prose it is quoted: the brief stays an article."""
    html = (
        "<html><head><title>球赛门票开售 售票网站一度卡顿_某某新闻网</title></head><body>"
        "<h1>球赛门票开售 售票网站一度卡顿</h1><div class='info'>2024-04-02 21:40 来源：某某新闻网</div>"
        "<div class='content'><p>今晚八点，本市足球联赛揭幕战门票开售，售票网站一度卡顿。</p>"
        "<p>有球迷说，刷新几次后网页显示访问过于频繁。</p><p>主办方表示，余票将于明天中午再次开售。</p></div>"
        "</body></html>"
    )
    assert "余票将于明天中午再次开售" in _text(html, "https://news.example.cn/2024/0402/5.html")


# --- issue 11: a "you may not see this" page -------------------------------------------------
# A members-only post asked for by a visitor: the site's layout, a notice that the visitor may not
# read it (没有权限, 需要登录后才能查看) with a login form (a password field) beside it, and the
# side boxes' prose that outvotes the notice. No article is there: an error page. The notice is
# known by its place beside a login form, so an article that says the same words (a preview's
# 登录后查看全文 under its text, a report on access rights) stays an article.

MEMBER_RULES = (
    "<div class='side'><h3>会员说明</h3><p>本站部分日志只对注册会员开放。注册会员每天签到可以得到积分，积分累计到一定数量后"
    "会员等级随之提高，可以浏览更多栏目。会员等级共有六级，每一级能看到的栏目在帮助页面中有详细列表，欢迎查阅。</p></div>"
)


@pytest.mark.parametrize(
    "notice",
    [
        "<p>对不起，您没有权限查看这篇日志。</p><p>请先登录，或者联系管理员提升您的会员等级。</p>",
        "<p>该内容仅对会员开放，登录后才能浏览。</p>",
    ],
)
def test_a_permission_notice_with_a_login_form_is_an_error_page(notice):
    html = f"""<html><head><title>提示 - 山城摄影日志</title></head><body>
<div class="top"><a href="/">山城摄影日志</a><a href="/blog/">日志</a><a href="/album/">相册</a></div>
<div class="box"><h3>系统提示</h3><div class="msg">{notice}</div>
<form action="/login" method="post"><label>账号</label><input name="user"><label>密码</label>
<input type="password" name="pw"><button type="submit">登录</button><a href="/reg">注册</a></form></div>
{MEMBER_RULES}<div class="hot"><h3>热门日志</h3>{HOT_TEASERS}</div><div class="foot">山城摄影日志 版权所有</div></body></html>"""
    assert _why_no_article(html, "https://www.shancheng.example.cn/blog/3391.html") == "error"


def test_a_preview_that_asks_to_log_in_for_the_rest_is_an_article():
    """The look-alike: an article's preview and, under it, 登录后才能查看全文 beside a login form."""
    html = (
        "<html><head><title>老城区改造的三个难题_某某日报</title></head><body>"
        "<h1>老城区改造的三个难题</h1><div class='info'>2024-05-10 09:00 来源：某某日报</div>"
        "<div class='content'><p>老城区改造牵涉的利益多，居民诉求各不相同，往往是一栋楼一个方案。记者走访了三个正在改造的片区，"
        "发现加装电梯、停车位分配和临街商铺的去留是居民最关心的问题。</p>"
        "<p>在一个建于上世纪八十年代的小区，低层住户担心电梯影响采光，高层住户则盼着早日装上电梯，"
        "双方协商了大半年仍没有结果。街道干部说，只能一户一户上门做工作，把账算清楚。</p></div>"
        "<div class='lock'><p>剩余内容登录后才能查看全文。</p><form action='/login' method='post'>"
        "<input name='user'><input type='password' name='pw'><button>登录</button></form></div>"
        "</body></html>"
    )
    assert "把账算清楚" in _text(html, "https://news.example.cn/2024/0510/3.html")


def test_a_report_on_access_rights_is_an_article():
    """The look-alike: a report whose paragraph quotes a permission notice is an article."""
    html = (
        "<html><head><title>单位内网权限管理出新规_某某新闻网</title></head><body>"
        "<h1>单位内网权限管理出新规</h1><div class='info'>2024-06-01 08:30 来源：某某新闻网</div>"
        "<div class='content'><p>市里近日出台内部网络管理办法，要求各单位按岗位分配系统权限，离岗人员的账号当天注销。</p>"
        "<p>对不起，您没有权限查看此页面。</p>"
        "<p>一位工作人员说，过去调岗后常常还能看到原科室的资料，现在再点开就会弹出这样的提示，"
        "需要重新申请。信息中心表示，新办法实施一个月来，共清理长期不用的账号四百多个。</p></div>"
        "<div class='side'><form action='/login' method='post'><input name='user'><input type='password' name='pw'>"
        "<button>登录</button></form></div></body></html>"
    )
    assert "共清理长期不用的账号四百多个" in _text(html, "https://news.example.cn/2024/0601/2.html")


# The error words are looked for in a page's whole text only when it holds a character one of
# them needs (en-aeb's texts: 520,000 characters of mostly English and a few Han; the regex's
# scan was about 2 ms a page, the characters' 0.8).
@given(st.text(alphabet="".join(sorted(set("".join(errors._WORD_LIST)))) + "abc 。", max_size=40))
def test_a_text_without_the_words_characters_holds_no_error_word(text: str) -> None:
    if not any(char in text for char in errors._WORD_CHARS):
        assert errors._WORDS.findall(text) == []


def test_every_error_word_holds_one_of_the_characters_looked_for() -> None:
    assert all(re.escape(word) == word for word in errors._WORD_LIST)  # a list of words, nothing else
    assert all(any(char in word for char in errors._WORD_CHARS) for word in errors._WORD_LIST)
    assert len(errors._WORD_CHARS) < len({word[0] for word in errors._WORD_LIST})


# --- review R1/R2: a login widget beside a full text, a preview's "log in for the rest" --------
# A permission notice is the page's statement only where it stands in place of the text: before no
# prose in the region, or beside a region short of a full text (a side box's help paragraph). A
# member site's login box in the sidebar or a sign-in modal above the page sits beside every
# article, whose title may be no heading of the body (a styled div, the logo's <h1>); a preview's
# "log in for the rest" under its opening paragraph says there is a text and this is its start.

FERRY_REPORT = "".join(
    f"<p>{line}</p>"
    for line in (
        "江口渡口的最后一班轮渡上周停航，附近三个村的村民今后要绕行十二公里的跨江大桥进城。",
        "渡口的老船工说，这条航线开了四十多年，最多的时候一天要跑二十多个来回，赶集的人挑着担子排到岸边。",
        "随着大桥通车和村里青壮年外出，坐船的人逐年减少，去年全年的客流还不到高峰时一个月的数量。",
        "镇里的交通部门表示，停航后将增开两班公交车，早晚各一班，票价与原来的船票相同。",
        "不少老人仍舍不得这条船。一位在岸边住了一辈子的村民说，以后想过江看看，只能在桥上远远地望一眼老码头了。",
    )
)


@pytest.mark.parametrize(
    "layout",
    [
        # the sidebar's login box, the header's <h1> the site's logo, the headline only in <title>
        "<div class='head'><h1 class='logo'>江城晚报</h1></div><div class='main'><div class='left'>"
        "<div class='text'>{report}</div></div>"
        "<div class='right'><div class='login'><strong>登录后才能查看会员专享内容</strong>"
        "<form action='/login'><label>用户名</label><input name='u'><label>密码</label><input type='password' name='p'>"
        "<button>登录</button><a href='/reg'>注册</a></form></div></div></div>",
        # the sign-in modal above the page, the headline only in <title>
        "<div class='modal'><div class='box'><p>Log in to read more and keep your reading list.</p>"
        "<form><input name='mail'><input type='password' name='pw'><button>Go</button></form></div></div>"
        "<div class='page'><article>{report}</article></div>",
    ],
)
def test_a_login_widget_beside_a_full_report_is_no_error_page(layout):
    html = (
        "<html><head><title>江口渡口停航 村民改走大桥_江城晚报</title></head><body>"
        + layout.format(report=FERRY_REPORT)
        + "<div class='foot'>江城晚报 版权所有</div></body></html>"
    )
    assert "只能在桥上远远地望一眼老码头了" in _text(
        html, "https://www.jcwb.example.cn/news/2024/0612/88.html"
    )


# Review R1: a report of a paragraph or two under its own title is the page's text, a login box
# in the sidebar or the footer beside it chrome, as beside a longer one. On a page the visitor may
# not read, the notice stands under the title where the text would be (s09's kind, above).
@pytest.mark.parametrize(
    "side",
    [
        "<div class='rside'><div class='member'><p>登录后才能查看会员专区</p>"
        "<form><input name='uid'><input type='password' name='pwd'><button>登录</button></form></div></div>",
        "<div class='bottom-login'><p>您没有权限访问会员频道，请先登录</p>"
        "<form><input name='m'><input type='password' name='k'><button>登录</button></form></div>",
    ],
)
def test_a_short_report_under_its_title_beside_a_login_box_is_an_article(side):
    html = (
        "<html><head><title>老城区十条背街小巷完成改造_某某晚报</title></head><body>"
        "<div class='top'><a href='/'>首页</a><a href='/cs/'>城事</a></div>"
        "<div class='lmain'><h1 class='headline'>老城区十条背街小巷完成改造</h1>"
        "<div class='byline'>2025-07-08 09:12　来源：某某晚报</div><div class='story'>"
        "<p>记者从区住建局获悉，老城区十条背街小巷的改造工程日前全部完工，路面、排水管和路灯都换了新的。</p>"
        "<p>改造期间，施工方分段封闭作业，尽量不影响居民出行，附近商户也陆续恢复了营业。</p></div></div>"
        f"{side}<div class='foot'>某某晚报 版权所有</div></body></html>"
    )
    assert "附近商户也陆续恢复了营业" in _text(html, "https://www.mwb.example.cn/cs/2025/0708/3.html")


def test_a_short_preview_that_asks_to_log_in_for_the_rest_is_an_article():
    """A preview shorter than an article's length, then 剩余内容…登录后 and a login form in the post."""
    html = (
        "<html><head><title>雨夜的站台_短篇小说_青石文学网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/xs/'>小说</a></div>"
        "<div class='post'><h2 class='t'>雨夜的站台</h2><div class='info'>作者：某某 2024-03-02</div>"
        "<p>末班车开走以后，站台上只剩下我和一个提着鸟笼的老人。雨下得很密，灯光把雨丝照成一根根银线，"
        "老人把外套脱下来盖在笼子上，自己却缩着肩膀站在风口。</p>"
        "<p class='lock'>剩余内容登录后才能继续阅读</p>"
        "<form action='/login'><input name='u'><input type='password' name='p'><button>登录</button></form></div>"
        "<div class='foot'>青石文学网</div></body></html>"
    )
    assert "自己却缩着肩膀站在风口" in _text(html, "https://www.qingshi.example.cn/xs/2024/0302/7.html")
