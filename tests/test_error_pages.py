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

import pytest
from click.testing import CliRunner
from conftest import FIXTURES
from lxml.html import document_fromstring

from fanwen.cli import main
from fanwen.extract.errors import error_statement
from fanwen.extract.page import NotAnArticle
from fanwen.offline import process_file, process_html
from fanwen.strip import load_rules

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
    assert process_html(html, None, load_rules()).sections
