"""Session 18's metadata kinds (issue 11), each on a page of the project's own read through the page
path as a crawl reads it, with look-alikes that must not change: a credit chain's roles, a desk's
byline, a field label after a name, a reprint's bracketed note, a 范文 site naming itself as the
source of a text its editors compiled."""

from __future__ import annotations

from test_metadata_kinds import _read  # the page path, as a crawl reads a page

STORY = (
    "十一月八日，学院在实验楼举办第十二届大学生实验技能大赛，来自六个专业的四十二名同学参加了比赛。",
    "比赛分为理论笔试和实验操作两个环节，操作环节要求选手在九十分钟内独立完成一组滴定实验并写出报告。",
    "评委们说，今年选手的操作规范程度明显提高，数据记录也更加完整，有几位同学的结果误差不到千分之一。",
    "学院负责人表示，技能大赛已经连续举办十二年，今后还将邀请兄弟院校一起参加，把比赛办得更有水平。",
    "比赛结束后，获奖同学分享了备赛经验，大家都说平时在实验室里多练几遍，比赛时心里就有底了。",
    "有同学说，最难的是在规定时间里把每一步都做得干净利落，一点点的疏忽都会让数据出现偏差。",
    "指导教师介绍，学院今年新开放了三间实验室，学生可以预约课余时间进去练习，使用率一直很高。",
    "据了解，本次大赛的一等奖获得者将代表学院参加明年春天举行的全省大学生化学实验竞赛。",
)
BODY = "".join(f"<p>{p}</p>" for p in STORY)
WHEN = "发布时间：2024-11-08"


def _campus(info: str = WHEN, after: str = "", site: str = "江澜大学新闻网") -> str:
    """A university's news site: the menu, the title, an info line, the text, a closing credit."""
    return (
        f'<html><head><meta charset="utf-8"><title>学院举办实验技能大赛-{site}</title></head><body>'
        f'<div class="nav"><a href="/">{site}首页</a> <a href="/xydt/">学院动态</a></div>'
        f'<div class="article"><h1>学院举办实验技能大赛</h1><div class="info">{info}</div>'
        f'<div class="text">{BODY}{after}</div></div><div class="footer">{site} 版权所有</div></body></html>'
    )


def test_a_credit_chains_writer_is_the_author_not_its_roles(rules):
    """Pattern: a school's or a unit's news closes (or heads) with a chain of role:name credits,
    供稿 (the unit that supplied it), 文字 (who wrote it), 摄影/图片, 审核, 责任编辑, set apart by
    spaces, bars or line breaks. The writer's credit (文字, 文, 撰稿, 作者, 记者, 通讯员) names the
    author; the other roles name no author, and a role's word is never a name."""
    chain = "供稿：外国语学院　文字：王雨桐　摄影：陈子墨　审核：李建华"
    for info, after, author in (
        (WHEN, f"<p>（{chain}　责任编辑：张蕾）</p>", "王雨桐"),
        (f"{WHEN}　{chain}", "", "王雨桐"),
        (f"{WHEN}　{chain.replace('　', '｜')}", "", "王雨桐"),
        (
            WHEN,
            "<p>供稿：外国语学院</p><p>文字：王雨桐 许博</p><p>摄影：陈子墨</p><p>审核：李建华</p>",
            "王雨桐、许博",
        ),
        (
            WHEN,
            "<p>（供稿：校团委　文字：谭可 实习记者 欧阳静　图片：受访者提供　审核：冯晓东）</p>",
            "谭可、欧阳静",
        ),
        (WHEN, "<p>（供稿：教务处　文字：黄晓岚 许博　摄影：宣传部 吴迪　审核：何清泉）</p>", "黄晓岚、许博"),
    ):
        assert (_read(_campus(info, after), rules).author, info, after) == (author, info, after)
    # The writer's other labels in a chain, as before.
    for after in (
        "<p>（文：王雨桐　摄影：陈子墨　审核：李建华）</p>",
        "<p>（撰稿：王雨桐　摄影：陈子墨）</p>",
    ):
        assert _read(_campus(WHEN, after), rules).author == "王雨桐"


def test_a_word_of_the_text_is_no_writers_label(rules):
    """Look-alikes: 文字 inside the text's words (文字材料, 用文字记录) labels nobody."""
    after = "<p>文字材料由学院办公室统一整理，用文字记录下每一位选手的成长。</p>"
    assert _read(_campus(WHEN, after), rules).author is None


def test_a_field_label_after_a_name_ends_the_name(rules):
    """Pattern: an info line's next field may be a label no list knows (年级：, 班级：, 学校：), after a
    space or the names' separator 、: a short word and its colon start a field, and the name ends
    before it. Look-alike: a second name (张三、李四) stays."""
    for info, author in (
        (f"作者：张子涵　　年级：初二　　字数：860字　　{WHEN}", "张子涵"),
        (f"作者：张子涵、年级：初二　{WHEN}", "张子涵"),
        (f"作者：林曉雯、來源：中央社　{WHEN}", "林曉雯"),
        (f"作者：张子涵 李思远　{WHEN}", "张子涵、李思远"),
        (f"作者：张子涵、李思远　学校：江澜中学　{WHEN}", "张子涵、李思远"),
    ):
        assert (_read(_campus(info), rules).author, info) == (author, info)


def test_a_publications_own_desk_is_no_author(rules):
    """Pattern: a byline naming the publication's own desk by 本 (本報編輯部, 本會編輯部, 本刊编辑室:
    "this paper's editors") names no one, as 本站 and 小编 do; since session 25 a desk named by its
    name (文秘之窗编辑部) neither (the project's convention). Look-alikes: a person whose name holds 编
    (编静怡, 陈编) stays."""
    for info in ("文/本會編輯部", "作者：本报编辑部", "作者：本刊编辑室", "作者：小编", "作者：admin"):
        assert (_read(_campus(f"{info}　{WHEN}"), rules).author, info) == (None, info)
    for info, author in (
        ("作者：文秘之窗编辑部", None),
        ("作者：编静怡", "编静怡"),
        ("作者：陈编", "陈编"),
    ):
        assert (_read(_campus(f"{info}　{WHEN}"), rules).author, info) == (author, info)


def test_a_reprints_bracketed_note_names_the_source(rules):
    """Pattern: a byline or a closing line carries a reprint's note in brackets (文/張雅婷（轉載自
    《樂活長青》季刊第32期）, （原载《华夏教育报》…）): the publication in 《》 is the source, without its
    marks, as a first-printing note's is. Look-alikes: a labelled 来源 wins; a title in 《》 in a
    sentence of the text is no source."""
    for info, source in (
        (f"文/物理治療師 張雅婷（轉載自《樂活長青》季刊第32期）　{WHEN}", "樂活長青"),
        (f"作者：王雨桐（转载自《江城晚报》2024年11月9日）　{WHEN}", "江城晚报"),
        (f"作者：王雨桐（原载《华夏教育报》）　来源：县教育局　{WHEN}", "县教育局"),
    ):
        article = _read(_campus(info), rules)
        assert (article.source, info) == (source, info)
        assert article.author in ("張雅婷", "王雨桐")
    after = "<p>大家一起重读了《江城晚报》上的旧文章（转载自《读者》的那一篇），很受启发。</p>"
    assert _read(_campus(WHEN, after), rules).source is None


def _fanwen(info: str, note: str, site: str = "星辰范文网") -> str:
    """A 范文 site's page: its info line, an editor's lead and closing note around the text."""
    return (
        f'<html><head><meta charset="utf-8"><title>教师暑期培训心得体会 - {site}</title></head><body>'
        f'<div class="logo"><a href="/"><img src="/logo.png" alt="{site}"></a></div>'
        f'<div class="art"><h1>教师暑期培训心得体会</h1><div class="art-info">{info}</div>'
        f'<div class="content"><p>{note}</p>{BODY}</div></div>'
        f'<div class="footer">Copyright © 2025 {site} 版权所有</div></body></html>'
    )


def test_a_fanwen_site_naming_itself_as_the_source_of_its_editors_compilation(rules):
    """Pattern: a 范文 site's 来源 names the site itself on a page whose editors say they compiled the
    text (下面是小编为大家整理的…, 本站整理): the site credits its own compilation, as 来源：公文在线整理
    does, and names no publication. Look-alikes: a 来源 naming another publication, a source whose
    name the site's is a prefix of (星辰日报), and the site's name on a page that claims no
    compilation (the project's convention: the site's own name is the source) stay."""
    info = "时间：2025-08-21 15:32　来源：{}　作者：网友投稿"
    lead = "下面是小编为大家整理的教师暑期培训心得体会，欢迎大家阅读与收藏。"
    assert _read(_fanwen(info.format("星辰范文网"), lead), rules).source is None
    assert (
        _read(_fanwen(info.format("星辰范文网"), "以下是本站收集整理的心得体会，供大家参考。"), rules).source
        is None
    )
    for source in ("中国教育在线", "星辰日报", "星辰范文网教育频道"):
        assert _read(_fanwen(info.format(source), lead), rules).source == source
    plain = "培训是教师专业成长的重要途径，一次好的培训往往能让人重新审视自己的课堂。"
    assert _read(_fanwen(info.format("星辰范文网"), plain), rules).source == "星辰范文网"
