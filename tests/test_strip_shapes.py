"""Pages of our own for the strip rules that fired on one sealed page only (bench/rules.py, docs/stripping.md).

Each page shows the shapes those rules serve in other words than the page they were written on, with
the article's own sentences that look like them: a rule that only knows its page's wording misses here.

- platform_camping_post_shop_boxes: a family's camping post on a platform, with a shop's boxes between
  its paragraphs: a feed advert's label over a line to scan and claim a coupon (ad-feed-label and its
  box), a product card's price pair and cart line (ad-product-card), a deal with its countdown clock, a
  box asking to follow an account with its phone line (cta-follow-box), a paid community to join
  (cta-paid-community) and the collection card (notice-collection). The camp owner's reported offer
  (营地老板说现在预订…可以享受八折) is the article's.
- template_site_plan_tool_boxes: a template site's work plan with the site's boxes: the note that the
  template is for reference, with a demonstrative (下面这份…仅供参考: notice-example-note), an AI
  writing tool's title and its line (cta-ai-tool), a consult button with a mobile and its writing
  offer (cta-consult-line, cta-consultation), an advert label over a coupon line (ad-sponsored) and a
  deal to order now (cta-deal). The plan's points, signature and date stay.
"""

from __future__ import annotations

from conftest import read_shape


def test_a_platform_posts_shop_boxes_go_and_its_prose_stays():
    page = read_shape("platform_camping_post_shop_boxes")
    removed = {r.text: r.rule for r in page.article.removed}
    assert removed["推广 · 山野户外旗舰店"] == "ad-feed-label"
    # the box's line to scan and claim: read on its own as a call to scan for a gain since session 22
    assert removed["新款折叠桌椅套装，扫码领取体验券"] in {"ad-feed-label", "cta-reader-call"}
    assert removed["¥239.00 ¥399.00"] == removed["加入购物车"] == "ad-product-card"
    assert "距优惠结束 05:32:10" in next(t for t in removed if t.startswith("⏰"))
    assert (
        removed["长按识别二维码关注露营俱乐部公众号"] == removed["报名电话：13812345678"] == "cta-follow-box"
    )
    assert (
        removed["想要我们这次的完整装备清单？欢迎加入我的知识星球，加入后即可下载。"] == "cta-paid-community"
    )
    assert removed["本篇已收录于合集《亲子户外》 · 共12篇"] == "notice-collection"
    text = "".join(s.text for s in page.article.sections)
    for prose in (
        "营地老板说现在预订周末的营位可以享受八折",
        "第二件事",
        "第七件事",
        "贴在教室后面的展示墙上",
    ):
        assert prose in text


def test_a_product_cards_name_line_goes_with_its_card():
    # Session 13: a box's line left beside the card's price line a rule removed (fanwen/strip/promos.py).
    page = read_shape("platform_camping_post_shop_boxes")
    assert "轻量铝合金天幕" not in "".join(s.text for s in page.article.sections)


def test_a_template_sites_boxes_go_and_its_plan_stays():
    page = read_shape("template_site_plan_tool_boxes")
    removed = {r.text: r.rule for r in page.article.removed}
    assert removed["下面这份模板仅供参考，使用时请按实际情况修改。"] == "notice-example-note"
    assert removed["AI一键生成工作计划"] == "cta-ai-tool"
    # the box's line of what the tool does: its box's since session 13, read on its own since session 21 (the reader's
    # input and a machine's fast making, cta-tool-promise)
    assert removed["输入单位和岗位，3秒生成一份可直接打印的计划"] == "cta-tool-promise"
    assert removed["马上致电：13900001111"] == "cta-consult-line"
    assert removed["广告链接"] == "ad-sponsored"
    assert removed["立即下单享9折，整套公文模板打包带走"] == "cta-deal"
    text = "".join(s.text for s in page.article.sections)
    for kept in ("特制定本计划", "方便上班族下班后借阅", "禁止吸烟", "防潮防霉工作", "社区居委会"):
        assert kept in text
