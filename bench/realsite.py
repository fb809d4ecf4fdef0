"""A benchmark site of real shape: articles of realistic length, with unique text per article.

The demo site's synthetic articles (``fanwen.demo.build_site(extra_articles=N)``) are short
(about 600 Han characters) and recombine the same few dozen paragraphs, so every cost that
grows with an article's length, and every cache that profits from repeated text, is
understated. This site keeps the demo site's pages (its three templates, listings, adverts,
calls to action, promo footers, GBK channel, ``_2.html`` pages) and draws the articles from
this distribution instead (the same for every ``seed``; ``seed`` changes only the text):

- length: log-normal in Han characters of the article text (headings included), median
  :data:`MEDIAN_CHARS` (3,000), ``sigma`` :data:`SIGMA` (0.65), clipped to
  [:data:`MIN_CHARS`, :data:`MAX_CHARS`] (500 to 20,000);
- :data:`COLLECTION_SHARE` (15 %) are ``篇一…篇三`` collections (``（精选3篇）``: three
  essays of paragraphs, no intro or conclusion); the others have an intro, 3 to 15 headed
  sections (one per about 450 characters, ±2) and a conclusion;
- paragraphs of 60 to 320 characters, sentences of 2 to 4 clauses: made from a word list by
  a seeded ``random.Random``, so no two articles share a paragraph;
- 1 in 10 is split over two pages (the break before the middle section or essay);
- adverts, tail adverts and the ``下面是小编为大家收集的…`` opening line as the demo's
  synthetic articles have them (one advert each, a tail advert on 1 in 3, the opening on 1 in 4).

>>> a, b = real_article(0), real_article(1)
>>> a.title != b.title and a.sections[0].text != b.sections[0].text
True
>>> real_article(5).sections == real_article(5).sections  # deterministic
True
>>> all(3 <= len(real_article(i).sections) <= 17 for i in range(40))
True
>>> all(MIN_CHARS <= han_chars(real_article(i)) <= MAX_CHARS + 400 for i in range(40))
True
"""

from __future__ import annotations

import math
import random
import re
import statistics
from dataclasses import replace
from typing import Any

from fanwen.demo.catalog import HEADING_STYLES, make_article, pools, synthetic_article
from fanwen.demo.layouts import SKINS
from fanwen.demo.model import Ad, DemoArticle, Drawing, ExpectedSection
from fanwen.demo.site import DemoSite

MEDIAN_CHARS = 3000
SIGMA = 0.65
MIN_CHARS = 500
MAX_CHARS = 20000
CHARS_PER_SECTION = 450
MIN_SECTIONS, MAX_SECTIONS = 3, 15
COLLECTION_SHARE = 0.15
TWO_PAGES_EVERY = 10
ESSAY_NUMBERS = ("篇一", "篇二", "篇三")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words of 范文 prose. None of them is an advert's or a call to action's word (微信, 下载,
# 关注, QQ…), so what strip removes is only what the drawing put there.
NOUNS = _words(
    "工作 发展 建设 群众 基层 制度 机制 队伍 能力 水平 质量 效率 服务 "
    "管理 任务 目标 措施 责任 作风 理念 思想 实践 经验 问题 短板 环节 "
    "领域 项目 资金 资源 环境 产业 经济 社会 文化 教育 学生 教师 课堂 "
    "社区 乡村 农民 企业 市场 人才 科技 安全 民生 治理 规划 标准 流程 "
    "考核 监督 纪律 政策 数据 载体 阵地 特色 成效 成果 基础 优势 潜力 "
    "动力 活力 格局 体系 方向 路径 举措 要求 部署 党员 干部 组织 单位 "
    "部门 岗位 业务 技能 素质 意识 观念 方法 思路 关系 矛盾 风险 底线 "
    "合力 氛围 生态 品质 温度 初心 使命 担当"
)
VERBS = _words(
    "推进 落实 加强 提升 完善 深化 健全 强化 推动 坚持 统筹 优化 巩固 "
    "拓展 激发 培育 引导 规范 保障 促进 改进 探索 总结 梳理 解决 破解 "
    "凝聚 带动 打造 构建 建立 开展 组织 参与 学习 领会 贯彻 把握 调整 "
    "夯实"
)
ADVERBS = _words("全面 深入 扎实 切实 持续 积极 主动 认真 稳步 不断 有效 系统 精准 着力 大力 务实 逐步")
MODIFIERS = _words("重点 关键 长效 综合 专项 日常 整体 核心 基本 具体 新型 现代 科学 规范 共同")
RESULTS = _words("明显提升 稳步提高 不断增强 日益完善 持续向好 逐步显现 显著改善 更加牢固")
OPENERS = _words(
    "同时 此外 一方面 另一方面 与此同时 在此基础上 通过实践 围绕中心 "
    "针对这一问题 按照要求 结合实际 总的来看 实践证明 长期以来 近年来 下一步 "
    "今后"
)


def _clause(rng: random.Random) -> str:
    n, v, a, m = rng.choice, rng.choice, rng.choice, rng.choice
    forms = (
        lambda: f"{a(ADVERBS)}{v(VERBS)}{n(NOUNS)}{n(NOUNS)}",
        lambda: f"{v(VERBS)}{m(MODIFIERS)}{n(NOUNS)}",
        lambda: f"把{n(NOUNS)}{n(NOUNS)}作为{m(MODIFIERS)}{n(NOUNS)}",
        lambda: f"{n(NOUNS)}{n(NOUNS)}{rng.choice(RESULTS)}",
        lambda: f"在{n(NOUNS)}{n(NOUNS)}上{a(ADVERBS)}{v(VERBS)}",
        lambda: f"以{n(NOUNS)}{v(VERBS)}{n(NOUNS)}{n(NOUNS)}",
        lambda: f"{a(ADVERBS)}{v(VERBS)}{n(NOUNS)}和{n(NOUNS)}",
    )
    return rng.choice(forms)()


def sentence(rng: random.Random) -> str:
    """One sentence: an optional opener and 2 to 4 clauses, ending in ``。``."""
    clauses = [_clause(rng) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.3:
        clauses.insert(0, rng.choice(OPENERS))
    return "，".join(clauses) + "。"


def paragraph(rng: random.Random, chars: int) -> str:
    """Sentences until the paragraph holds about ``chars`` characters (at least one sentence)."""
    text = sentence(rng)
    while len(text) < chars:
        more = sentence(rng)
        if len(text) + len(more) > chars + len(more) // 2:
            break
        text += more
    return text


def body(rng: random.Random, chars: int) -> str:
    """Paragraphs of 60 to 320 characters, about ``chars`` in all, joined by ``\\n``."""
    paragraphs, total = [], 0
    while total < chars - 25 or not paragraphs:  # a last sentence overshoots by about half its length
        p = paragraph(rng, min(rng.randint(60, 320), max(20, chars - total)))
        paragraphs.append(p)
        total += len(HAN.findall(p))
    return "\n".join(paragraphs)


def heading(rng: random.Random) -> str:
    """A short heading clause (8 to 16 characters), without numbering or final ``。``."""
    while True:
        text = _clause(rng)
        if 6 <= len(text) <= 16:
            return text


def numeral(n: int) -> str:
    """Chinese numeral for 1..99 (``十一``, ``二十``).

    >>> [numeral(n) for n in (1, 10, 11, 15, 20)]
    ['一', '十', '十一', '十五', '二十']
    """
    digits = "一二三四五六七八九"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[ones - 1] if ones else "")


def target_chars(rng: random.Random) -> int:
    value = MEDIAN_CHARS * math.exp(rng.gauss(0.0, SIGMA))
    return int(min(MAX_CHARS, max(MIN_CHARS, value)))


def real_article(index: int, seed: int = 13) -> DemoArticle:
    """The ``index``-th article of the site; the same ``(index, seed)`` always gives the same one."""
    pool = pools()
    shape = random.Random(index)  # the shape does not depend on the seed, the text does
    rng = random.Random(f"{seed}:{index}")
    skin = list(SKINS.values())[index % len(SKINS)]
    chars = target_chars(shape)
    collection = shape.random() < COLLECTION_SHARE
    base_title = shape.choice(pool.titles[skin.channel])
    if collection:
        share = chars // len(ESSAY_NUMBERS)
        sections = [
            ExpectedSection("essay", 1, f"{number}：{heading(rng)}", body(rng, share))
            for number in ESSAY_NUMBERS
        ]
        markup = shape.choice(("strong", "h2", "p"))
        title = f"{base_title}（精选{len(ESSAY_NUMBERS)}篇）（{index + 1}）"
    else:
        count = round(chars / CHARS_PER_SECTION) + shape.randint(-2, 2)
        count = min(MAX_SECTIONS, max(MIN_SECTIONS, count))
        fmt, markup = HEADING_STYLES[index // len(SKINS) % len(HEADING_STYLES)]
        share = chars // (count + 1)  # intro and conclusion share one section's worth
        sections = [ExpectedSection("intro", 1, None, body(rng, share // 2))]
        for n in range(1, count + 1):
            label = fmt.format(bare=heading(rng), n=n, cn=numeral(n))
            sections.append(ExpectedSection("section", 1, label, body(rng, share)))
        sections.append(ExpectedSection("conclusion", 1, None, body(rng, share // 2)))
        title = f"{base_title}（{index + 1}）"
    ad = pool.ads[index % len(pool.ads)]
    drawing = Drawing(
        markup=(markup,),
        opening=f"下面是小编为大家收集的{base_title}，供大家参考。" if index % 4 == 0 else None,
        ads=(Ad(shape.randrange(len(sections) - 1), ad["text"], ad["style"]),),
        tail_ads=((shape.randrange(1, len(sections) - 1), shape.choice(pool.tails)),)
        if index % 3 == 0
        else (),
        page_breaks=(len(sections) // 2,) if index % TWO_PAGES_EVERY == 7 else (),
    )
    demo = synthetic_article(index)  # the same skin, id, date, author and source as the demo's
    return make_article(demo.id, skin, title, demo.published, sections, drawing, demo.author, demo.source)


def han_chars(article: DemoArticle) -> int:
    """Han characters of an article's headings and text."""
    return sum(len(HAN.findall((s.heading or "") + s.text)) for s in article.sections)


def build_real_site(articles: int, seed: int = 13, variety: bool = False) -> DemoSite:
    """A site of ``articles`` articles of real shape (and none of the demo's own).

    ``variety``: some article pages also carry what misleads detection on real sites, the same
    on every page it is on (:class:`VariedSite`).
    """
    site = VariedSite if variety else DemoSite
    return site(real_article(i, seed) for i in range(articles))


# A column box printed before the article in the page's source, with its own labelled author
# and timed date; and a feed of long teasers under a heading that names no recommendation.
SIDEBAR = (
    '<div class="side-col"><h3>专栏</h3><p>专栏作者：林一鸣</p><p>更新于 2024-03-01 12:00</p>'
    '<ul><li><a href="/zl/1.html">林一鸣的专栏文章一</a></li><li><a href="/zl/2.html">林一鸣的专栏文章二</a></li></ul></div>'
)
FEED = (
    '<div class="zhuanti"><h2>本周专题</h2>'
    + "".join(
        f'<div class="z"><p>专题第{i}篇的导语很长，编辑把整段导语贴在这里，句子很多，读起来像一篇文章的开头，'
        "有人物，有事件，也有评论和感想。</p></div>"
        for i in range(12)
    )
    + "</div>"
)
SIDEBAR_EVERY = 5  # 1 in 5 article pages carry the column box
FEED_EVERY = 7  # 1 in 7 the feed, and a short article (its first section alone)
FEED_CHARS = 400


# The opening tag of the article's element in each of the demo's skins.
_CONTENT_OPENING = re.compile(r'<div[^>]*(?:class="article-body"|id="article-content"|id="text")[^>]*>')
_CLASSIC_DATE = re.compile(r'\s*<div class="date">.*?</div>')


class VariedSite(DemoSite):
    """The real-shape site with the column box on 1 in :data:`SIDEBAR_EVERY` article pages
    (right after ``<body>``) and, on 1 in :data:`FEED_EVERY`, a short article (cut to about
    :data:`FEED_CHARS` characters: its ground truth too) with the feed printed in its container
    just before it. The ``classic`` skin prints its date line at the bottom of the page instead
    of under the title (a date slot in an unusual place). Pages 2.. of an article are left as
    they are.
    """

    def __init__(self, articles: Any) -> None:
        articles = list(articles)
        for n, article in enumerate(articles):
            if n % FEED_EVERY == 3 and len(article.pages) == 1:
                first = article.sections[0]
                short = ExpectedSection(first.kind, first.level, first.heading, first.text[:FEED_CHARS])
                articles[n] = replace(article, sections=[short], drawing=article.drawing.fit(1))
        super().__init__(articles)
        self._index = {a.path: n for n, a in enumerate(self.articles)}

    def _render_article(self, path: str, page_no: int) -> bytes:
        html = super()._render_article(path, page_no)
        n = self._index.get(path)
        if n is None or page_no:
            return html
        skin = self.articles[n].template
        encoding = SKINS[skin].encoding
        text = html.decode(encoding)
        if skin == "classic" and (date := _CLASSIC_DATE.search(text)) is not None:
            text = text[: date.start()] + text[date.end() :]
            text = text.replace("</body>", date.group(0) + "</body>", 1)
        if n % SIDEBAR_EVERY == 1:
            text = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + SIDEBAR, text, count=1)
        if n % FEED_EVERY == 3:
            text = _CONTENT_OPENING.sub(lambda m: FEED + m.group(0), text, count=1)
        return text.encode(encoding)


def describe(site: DemoSite) -> dict[str, Any]:
    """What the articles of ``site`` look like: the distribution this module promises, measured."""
    lengths = sorted(han_chars(a) for a in site.articles)
    sections = [len(a.sections) for a in site.articles]
    cut = statistics.quantiles(lengths, n=10)
    return {
        "han_chars_median": statistics.median(lengths),
        "han_chars_p10": cut[0],
        "han_chars_p90": cut[-1],
        "han_chars_max": lengths[-1],
        "han_chars_min": lengths[0],
        "sections_median": statistics.median(sections),
        "sections_max": max(sections),
        "collections": sum(1 for a in site.articles if a.sections[0].kind == "essay"),
        "two_page_articles": sum(1 for a in site.articles if len(a.pages) > 1),
    }


def add_site_arguments(parser: Any, articles: int, demo: str = "the demo site") -> None:
    """The options every benchmark over the site shares: ``--articles``, ``--site``, ``--seed``."""
    parser.add_argument(
        "--articles",
        type=int,
        default=articles,
        help="articles of the real-shape site; extra synthetic ones of the demo site",
    )
    parser.add_argument(
        "--site",
        choices=("real", "demo"),
        default="real",
        help=f"real: articles of realistic length and unique text (bench/realsite.py, the default); demo: {demo}",
    )
    parser.add_argument("--seed", type=int, default=13, help="text seed of the real-shape site")
