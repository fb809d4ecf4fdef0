"""A long block a site repeats word for word at the edge of every article is template, whatever its length.

A finance site closes every article with the same 风险提示 paragraph of two or three hundred characters, a
publisher opens every article with the same 版权声明 of several sentences. Learned boilerplate took short blocks
only (a long paragraph two articles share is a quotation or a copied essay): these long ones stayed, even in a
crawl. A long block is now counted where it stands at the text's edge (among the first or last long blocks of
the article) and goes as ``learned-boilerplate`` when enough of the site's articles hold it there and nothing
but short lines or other such blocks stands between it and the text's edge (fanwen/strip/boilerplate.py).

Look-alikes that stay: a long policy passage every article of a site quotes in the middle of its text, a
series' chapters opening with the same long recap on too few of them, and the same essay at three addresses.
Every page here is our own text, read as a first crawl reads it (bench/site_zoo.py's ``crawl``).
"""

from __future__ import annotations

from test_learned_slots_reused import crawl_site, squeeze

FUNDS = ["稳健增长混合", "科技先锋股票", "红利优选指数", "短债增强债券", "医疗健康混合", "新能源主题"]

RISK = (
    "风险提示：本文所载观点仅代表作者个人看法，所引数据均来自公开资料，本公司对其准确性和完整性不作任何保证。"
    "基金有风险，投资需谨慎。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩也不构成基金业绩表现的保证。"
    "投资者在作出投资决策之前，请仔细阅读基金合同、招募说明书和产品资料概要等法律文件，充分了解基金的风险收益特征，"
    "并根据自身的投资目的、投资期限、投资经验、资产状况等判断基金是否和自身的风险承受能力相适应，理性投资。"
)
COPYRIGHT = (
    "版权声明：本文为本站原创作品，著作权归本站及作者所有。未经书面授权，任何单位和个人不得转载、摘编、复制或以其他方式使用，"
    "已经授权使用的，应在授权范围内使用，并注明来源。违反上述声明者，本站将依法追究其法律责任。"
    "本站部分图片由作者本人拍摄，使用前请先与作者取得联系。转载合作请发邮件至编辑部，我们会在三个工作日内回复，"
    "感谢各位读者一直以来的理解与支持。本声明的解释权和修改权归本站所有，本站保留随时修改本声明的权利。"
)
POLICY = (
    "“坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，"
    "更好统筹国内国际两个大局，更好统筹发展和安全，全面深化改革开放，推动高水平科技自立自强，加大宏观调控力度，"
    "扩大国内需求，推进中国式现代化建设，切实增强经济活力、防范化解风险、改善社会预期，巩固和增强经济回升向好态势，"
    "持续推动经济实现质的有效提升和量的合理增长，增进民生福祉，保持社会稳定，"
    "以新气象新作为推动高质量发展取得新成效，为全面建设社会主义现代化国家开好局起好步。”"
)
RECAP = (
    "前情提要：少年林秋在山中古庙里拾到一卷残破的剑谱，从此卷入了江湖上三大门派之间长达百年的恩怨。"
    "他先是在镇上的铁匠铺里做学徒，白天打铁，夜里偷偷照着剑谱练功，后来被路过的青衫客看出了端倪，"
    "带着他离开小镇，一路向北，去寻找剑谱的另一半。途中他们遭遇了黑风寨的埋伏，青衫客身受重伤，"
    "林秋第一次拔剑，也第一次明白，江湖并不是说书人嘴里那样快意恩仇，每一步都要付出代价。"
    "而那卷剑谱的来历，也随着一场大雪渐渐浮出了水面。"
)


def own(n: int, topic: str, paragraphs: int = 4) -> list[str]:
    """An article's own long paragraphs, each written once."""
    return [
        f"{topic}第{n}篇的第{i + 1}段："
        + f"这一段写的是{topic}在第{i + 1}个阶段的情况，" * 11
        + "数据和看法都只在这里出现一次。"
        for i in range(paragraphs)
    ]


def fund_pages(count: int = 6) -> list[tuple[str, list[str]]]:
    return [(f"{fund}基金季度点评", [*own(n, fund), RISK]) for n, fund in enumerate(FUNDS[:count])]


def assert_goes(pages, articles, block: str) -> None:
    for (_, paras), article in zip(pages, articles, strict=True):
        assert [r.rule for r in article.removed if squeeze(r.text) == squeeze(block)] == [
            "learned-boilerplate"
        ]
        assert squeeze(block) not in squeeze(article.text)
        for para in paras:
            if para != block:
                assert squeeze(para) in squeeze(article.text)


def assert_kept(pages, articles) -> None:
    lost = [
        para
        for (_, paras), article in zip(pages, articles, strict=True)
        for para in paras
        if squeeze(para) not in squeeze(article.text)
    ]
    assert lost == []


def test_the_pages_blocks_are_long():
    assert min(len(RISK), len(COPYRIGHT), len(POLICY), len(RECAP), len(own(0, "某某")[0])) > 200


def test_a_long_risk_notice_closing_every_article_goes(rules):
    pages = fund_pages()
    assert_goes(pages, crawl_site(rules, "fund.example.cn", pages), RISK)


def test_a_long_risk_notice_goes_on_a_first_crawl_of_three_pages(rules):
    pages = fund_pages(3)
    assert_goes(pages, crawl_site(rules, "fund3.example.cn", pages), RISK)


def test_a_long_copyright_notice_opening_every_article_goes_with_a_short_line_after_it(rules):
    """The other edge, with a short line of the template after the article and one between the notice and the text."""
    pages = [
        (f"{topic}手记", [COPYRIGHT, "本文约2000字，阅读需要5分钟", *own(n, topic, 3), "（完）"])
        for n, topic in enumerate(["采茶", "晒秋", "赶集", "修桥", "放河灯"])
    ]
    articles = crawl_site(rules, "pub.example.cn", pages)
    for (_, paras), article in zip(pages, articles, strict=True):
        assert [r.rule for r in article.removed if r.text == COPYRIGHT] == ["learned-boilerplate"]
        for para in paras[2:-1]:
            assert squeeze(para) in squeeze(article.text)


def test_a_policy_passage_every_article_quotes_in_its_middle_stays(rules):
    pages = [
        (f"{topic}的学习体会", [*own(n, topic, 2), POLICY, *own(n + 10, topic, 2)])
        for n, topic in enumerate(["乡村振兴", "科技创新", "生态保护", "民生保障", "对外开放", "城市更新"])
    ]
    assert_kept(pages, crawl_site(rules, "xuexi.example.cn", pages))


def test_a_policy_passage_quoted_before_the_last_paragraph_stays(rules):
    """Between it and the text's end, the article's own paragraph: not at the edge."""
    pages = [
        (f"{topic}的学习体会", [*own(n, topic, 2), POLICY, own(n + 10, topic, 1)[0]])
        for n, topic in enumerate(["乡村振兴", "科技创新", "生态保护", "民生保障", "对外开放", "城市更新"])
    ]
    assert_kept(pages, crawl_site(rules, "xuexi2.example.cn", pages))


def test_a_series_recap_on_too_few_chapters_stays(rules):
    """Two chapters of six open with the same recap: a quote of the series, not the site's template."""
    pages = [
        (f"剑谱残卷 第{n + 1}章", [*([RECAP] if n in (2, 3) else []), *own(n, "剑谱残卷", 3)])
        for n in range(6)
    ]
    assert_kept(pages, crawl_site(rules, "novel.example.cn", pages))


def test_the_same_essay_at_three_addresses_keeps_its_text(rules):
    """A copy repeats every block of it: the long blocks at its edges are its own, not a template's."""
    pages = [("春天的校园", own(0, "春天的校园", 4))] * 3
    assert_kept(pages, crawl_site(rules, "copy.example.cn", pages))


# Session 17 review (B1-B6): a long block a site repeats is the template's only where it also speaks of the
# publication itself (本文, 本站, 转载, 仅供参考, 不构成投资建议, 风险提示 …); a standard clause every article of a
# kind shares is the article's own text however often it recurs.

CLAUSE = (
    "第九条　其他约定：本协议履行期间发生争议的，双方应首先友好协商；协商不成的，提交协议签订地的仲裁委员会仲裁。"
    "本协议未尽事宜，双方可另行签订补充条款，补充条款与本协议具有同等效力。本协议经双方签字后生效，"
    "正本一式三份，双方各执一份，鉴证机构留存一份。协议的附件是协议不可分割的部分，与正文不一致之处，以正文为准。"
    "任何一方变更联系地址的，应在变更后五日内以书面方式通知对方，否则按原地址送达的文书视为已经送达。"
)
OVERSIGHT = (
    "五、纪律与监督。本次选调严格遵循公开、公平、竞争、择优的原则，全程接受纪检部门和群众的监督。报名人员如有弄虚作假、"
    "冒名顶替等行为，一经查实即取消资格，已经录用的予以解聘；工作人员违反回避规定或泄露试题的，依纪依规严肃处理。"
    "本次选调不举办也不委托任何机构举办辅导培训，社会上任何以选调命题组、专门培训机构等名义举办的培训班均与本次选调无关，"
    "请报名人员提高警惕，切勿上当。报名人员须保持电话畅通，未能按时接收通知的，责任自负。"
)


def short_own(n: int, topic: str, paragraphs: int = 5) -> list[str]:
    """Ordinary news paragraphs, each under 200 characters."""
    return [
        f"{topic}第{n}篇第{i + 1}段：本期{topic}的走势平稳，管理人在第{i + 1}个阶段略微调整了组合，"
        "增加了部分流动性更好的品种，回撤仍在预期之内。"
        for i in range(paragraphs)
    ]


def test_the_long_clauses_are_long_and_speak_of_no_publication():
    from fanwen.strip.boilerplate import speaks_of_publication

    assert min(len(CLAUSE), len(OVERSIGHT)) > 200
    assert speaks_of_publication(RISK) and speaks_of_publication(COPYRIGHT)
    assert not any(map(speaks_of_publication, (CLAUSE, OVERSIGHT, POLICY, RECAP)))


def test_a_risk_notice_under_short_paragraphs_goes(rules):
    """An article whose own paragraphs are all short is no copy: the notice goes (B5)."""
    pages = [(f"{fund}周报", [*short_own(n, fund), RISK]) for n, fund in enumerate(FUNDS)]
    assert_goes(pages, crawl_site(rules, "fundweekly.example.cn", pages), RISK)


def test_a_risk_notice_goes_over_a_by_line_that_differs_per_article(rules):
    """A credit line after the notice, different on every article and ending in 。, is passed (B6)."""
    names = ["周明", "吴芳", "郑凯", "孙悦", "冯涛", "何琳"]
    pages = [
        (f"{fund}季度回顾", [*own(n, fund, 3), RISK, f"（本文作者：{name}，研究部分析师。）"])
        for n, (fund, name) in enumerate(zip(FUNDS, names, strict=True))
    ]
    articles = crawl_site(rules, "fundby.example.cn", pages)
    for (_, paras), article in zip(pages, articles, strict=True):
        assert squeeze(RISK) not in squeeze(article.text)
        assert all(squeeze(para) in squeeze(article.text) for para in paras[:3])


def test_a_quoted_passage_before_each_writers_signature_stays(rules):
    """The writer's own signature line stands between the quote and the edge (B1); a shared slogan too."""
    units = [
        "西街社区支部",
        "农业局机关支部",
        "教育局第一支部",
        "卫健委党支部",
        "交通局党支部",
        "文旅局党支部",
    ]
    topics = ["基层治理", "农业现代化", "教育公平", "健康服务", "交通强国", "文化惠民"]
    for host, closing in (
        ("tihui.example.cn", lambda n, unit: f"{unit}　赵{'甲乙丙丁戊己'[n]}　2024年5月{n + 3}日"),
        ("tihui2.example.cn", lambda n, unit: "守正创新　踔厉奋发　共同书写新时代新篇章"),
    ):
        pages = [
            (f"{topic}学习心得", [*own(n, topic, 3), POLICY, closing(n, unit)])
            for n, (topic, unit) in enumerate(zip(topics, units, strict=True))
        ]
        articles = crawl_site(rules, host, pages)
        for article in articles:
            assert squeeze(POLICY) in squeeze(article.text), host


def test_a_standard_clause_every_contract_closes_with_stays(rules):
    """A 范文 column's contracts share their closing clause: the contract's own text (B2)."""
    kinds = ["仓储保管", "广告发布", "物业服务", "软件开发", "场地租用", "培训服务"]
    pages = [
        (
            f"{kind}协议范本",
            [
                "委托方：________",
                "受托方：________",
                *own(n, kind, 3),
                CLAUSE,
                "委托方（盖章）：________",
                "签订日期：____年__月__日",
            ],
        )
        for n, kind in enumerate(kinds)
    ]
    articles = crawl_site(rules, "xieyi.example.cn", pages)
    # (the blank party and date lines are short template lines the site repeats: not asked here)
    assert_kept([(title, paras[2:-2]) for title, paras in pages], articles)


def test_a_notices_shared_oversight_paragraph_stays(rules):
    """A county's notices share their 纪律与监督 paragraph before the contacts (B3), and a series its recap (B4)."""
    posts = ["教师", "护士", "网格员", "兽医", "文书", "讲解员"]
    pages = [
        (
            f"某县公开选调{post}公告",
            [*own(n, f"{post}选调", 2), OVERSIGHT, "咨询电话：0000-1234567", "某县人力资源和社会保障局"],
        )
        for n, post in enumerate(posts)
    ]
    articles = crawl_site(rules, "xuandiao.example.cn", pages)
    assert_kept([(title, paras[:-2]) for title, paras in pages], articles)  # the contact lines: a template's
    chapters = [(f"剑谱残卷 第{n + 1}章", [RECAP, *own(n, "剑谱残卷", 3)]) for n in range(6)]
    assert_kept(chapters, crawl_site(rules, "novel6.example.cn", chapters))
