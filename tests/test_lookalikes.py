"""Look-alikes: articles shaped like what a region rule removes, which must keep all their text.

Each page (tests/fixtures/lookalikes, written for the project in the session-7 review) is an
article that a rule of that session, as first written, read as something else:
- an essay whose section is headed 你喜欢什么样的春天, and a health article whose section is
  headed "Recommended doses": a heading that opens with a feed label's words (你喜欢…,
  Recommended…) heads the article's own section; only a line that is the whole label
  (相关阅读, 你可能还喜欢, 相关文章 更多>>) heads a feed;
- a classical poem page with 注释 between the poem and its 译文 and 赏析: back matter ends the
  article only when nothing but more back matter follows it;
- a year's roundup, each item a linked heading then a paragraph opening with a date: a date
  inside a sentence is no listing's date line;
- a legal explainer whose numbered points open with a linked law name (1．《劳动合同法》第十条
  规定…): a point's number before a link in a paragraph is no list item's rank;
- a school's reading list whose items open 《<a>书名</a>》：…: a book-title mark before a link is no
  list item's bullet (bullets are their own glyphs: ·, ●, ■, ★…).

Session 8's strip families (tests/test_strip_kinds.py), each with a page of prose about what it
removes: a teacher's blog about the class WeChat group, QQ numbers, a flyer's 扫码加V免费领取试听课
and 扣扣子 (contacts in disguise, offers); a media column about paywalls, 开通会员才能阅读全文 and
单篇购买 (the paywall box: this page was truncated and cut before); a Taiwanese travel blog about a
sponsor, 追蹤粉絲專頁, 請我們喝了一杯咖啡 and 滿300減50 (ad-sponsored, cta-subscribe, cta-reward); a
paper on a school's upload platform (notice-uploader); a consumer column about coupons, red
packets, shop codes, net disks, mini programs and commissions (set F's kinds: cta-coupon,
cta-shop-code, cta-netdisk, cta-scan, notice-affiliate). None may lose text or be truncated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

from fanwen.offline import process_file

PAGES = {
    "essay_section_you_like": ("你喜欢什么样的春天", "有人喜欢细雨蒙蒙的春天", "播下理想的种子"),
    "health_recommended_doses": ("Recommended doses", "600 international units", "ask a pharmacist"),
    "poem_notes_then_translation": ("注释", "明亮的月光洒在床前", "千古绝唱"),
    "roundup_linked_heads_dated_prose": ("嫦娥六号着陆器", "高温气冷堆", "期待更多突破"),
    "law_points_linked_names": ("第十条规定", "最低工资标准", "申请仲裁"),
    "reading_list_book_marks": ("平凡的世界", "路遥著", "钱钟书著", "开学后交给语文老师"),
    "teacher_blog_wechat_group_trial_lessons": (
        "建立了班级微信群",
        "加我的QQ",
        "扫码加V，免费领取试听课",
        "免费领取借书证",
        "扣扣子",
        "加扣分：",
    ),
    "media_column_paywalls": (
        "开通会员才能阅读全文",
        "剩余内容需付费解锁",
        "单篇购买模式",
        "剩余 30%",
        "开通会员后",
    ),
    "tw_blog_sponsor_coffee_follow": ("請我們喝了一杯咖啡", "追蹤粉絲專頁的成效", "滿300減50", "廣告行業"),
    "consumer_column_coupons_net_disks": (
        "无门槛优惠券吸引消费者",
        "新人红包",
        "复制一段口令打开购物软件",
        "上传到百度网盘",
        "提取码",
        "扫码进入小程序",
        "支付分润",
    ),
    "essay_collection_uploads_prose": (
        "本文由三部分组成",
        "稿件大多来自网友投稿",
        "由网友上传后",
        "会员上传作品",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_lookalike_keeps_its_whole_article(name, rules):
    article = process_file(Path(FIXTURES / "lookalikes" / f"{name}.html"), rules)
    missing = [phrase for phrase in PAGES[name] if phrase not in article.text]
    assert missing == []
    assert not article.truncated
