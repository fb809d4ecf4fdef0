"""Every generic selector the extractor uses, named, in one home."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# Elements whose content is never article text. (Not <form>: ASP.NET pages wrap the whole page in one.)
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "template", "svg", "canvas", "button",
    "select", "textarea", "input", "object", "embed", "head", "nav", "footer", "aside",
)  # fmt: skip

# Elements that start a new block when met inside the content region.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "center",
        "figure",
        "figcaption",
        "address",
        "hr",
        "body",
    ]
)
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = frozenset({"strong", "b"})

# Elements that may hold the whole article.
CANDIDATE_TAGS = frozenset(
    {"div", "article", "section", "main", "td", "body", "font", "span", "center", "blockquote"}
)
# Elements whose own text is a paragraph that votes for the element holding it.
PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "div",
        "td",
        "pre",
        "li",
        "dd",
        "blockquote",
        "section",
        "article",
        "center",
        "body",
        "font",
        "span",
    }
)
# Elements inside a chosen region that may be a link list or a comment/share box to skip.
NOISE_CANDIDATE_TAGS = frozenset(
    {"div", "ul", "ol", "dl", "table", "section", "aside", "p", "span", "td", "tr"}
)
# The class or id word of a box of tools (an entry's 添加义项 讨论 收藏 查看N次: top-tool,
# entry-tools), a word of its own: chrome where it holds actions (links, buttons), not a how-to's
# list of its tools and materials (工具/原料), which has none.
TOOL_HINT = re.compile(r"(?:^|[\s_-])tools?(?:$|[\s_-])", re.I)
# class/id words that mark chrome (a box of tools among them), and words that mark the article.
# Its ``hot`` counts only where it starts a word (content._says: ``photo`` is no hot list) and no word of the
# article's own goes on from it (``hotline``, a list of service telephone lines; ``hotel``: session 24); a
# look-behind here made every search of a hint 14 % slower.
NEGATIVE_HINT = re.compile(
    r"comment|footer|foot|sidebar|side|nav|menu|related|recommend|relate|hot(?!line|el)|share|copyright|"
    r"banner|ad-|ads|advert|tuijian|xiangguan|links|login|breadcrumb|crumb|pinglun|toolbar|"
    r"social|qrcode|erweima|statement|disclaimer|shengming|bottom|popup|modal|notice|infobox|basic-?info|"
    + TOOL_HINT.pattern,
    re.I,
)
# class/id words of boxes that are never the article, whatever their prose (readability's
# "unlikely candidates", narrowed to whole words of chrome): their paragraphs do not vote in the
# first pass of the vote. NEGATIVE_HINT only weighs a container down.
UNLIKELY_HINT = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-?list|sidebar|side-?bar|footer|menu|nav|navbar|related|"
    r"recommend|share|copyright|disclaimer|popup|modal|pinglun|tuijian|xiangguan)(?:$|[\s_-])",
    re.I,
)
# class/id words of a thread's boxes: the comments or replies under a post (card-comment,
# comment-list, reply, pinglun, huifu). A box that also names content (comment-content) is
# judged by the boxes it holds.
THREAD_HINT = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-?list|pinglun|replies|reply|reply-?list|huifu)(?:$|[\s_-])", re.I
)
# What a review's verdict lines open with, in a score box beside its scores (优点：…, 缺点：…).
VERDICT_LABEL = re.compile(
    r"(?:优点|缺点|優點|缺點|亮点|亮點|不足|槽点|槽點|推荐理由|推薦理由|pros|cons)[:：]", re.I
)
# The whole text of a shop's buy link in a goods card (去购买, 立即购买, 领券购买, 查看价格, Buy now).
BUY_ACTION = re.compile(
    r"(?:去|立即|马上|馬上|立刻|点击|點擊|领券|領券)?(?:购买|購買|抢购|搶購|下单|下單)|去看看|查看价格|查看價格|"
    r"直达链接|直達連結|buy(?: it)? now|shop now|check price|see price|view deal|get (?:the )?deal",
    re.I,
)
# What a review's score box opens with: a total score and its number (综合评分 7.8, 总评分：8.5分).
SCORE_LABEL = re.compile(
    r"(?:综合|綜合|总体|總體|总|總|编辑|編輯|最终|最終)?(?:评分|評分|得分)[:：]?\d|(?:overall )?(?:score|rating)[:：]?\d",
    re.I,
)
# What opens a module that closes an article in a site builder's column (its previous/next
# links) or that is the site's own (关于我们, 联系我们, a company's 简介): modules of the text's
# template past it are the site's, not more of the text (``content._parts``). Not 上篇/下篇: a
# text split in halves heads them so (review R25). Matched against the label's words, spaced.
MODULE_END = re.compile(
    r"^[【\[]?(?:上一篇|下一篇|上一条|下一条|上一條|下一條|"
    r"关于我们|關於我們|联系我们|聯繫我們|聯絡我們|(?:公司|企业|企業|品牌)(?:简介|簡介|介绍|介紹)|"
    r"(?:previous|next) (?:post|article)\b|about us\b|contact us\b)",
    re.I,
)
# Labels that head what is not the page's article, in simplified and traditional characters: a
# feed of other articles, or a box about the author (a poem page's 作者简介). An English label's
# spaces are optional: most readers of a box's label match it with the line's spaces taken out.
FEED_LABEL = re.compile(
    r"^(?:(?:作者|诗人|詩人|词人|詞人|作家)(?:简介|簡介|介绍|介紹)|关于作者|關於作者|(?:其他人|大家|网友|網友|别人|別人)(?:也|都)?在看|猜你喜[欢歡]|"
    r"你(?:可能)?(?:还|還|也|会|會)?(?:想看|喜[欢歡]|感[兴興]趣|爱看|愛看)|"
    r"相[关關](?:阅读|閱讀|文章|推荐|推薦|新闻|新聞|内容|內容|资讯|資訊)|"
    r"(?:热门|熱門|精彩|推荐|推薦|延伸|扩展|擴展|猜你)(?:阅读|閱讀|推荐|推薦|文章|新闻|新聞|资讯|資訊)|"
    r"[为為]你推[荐薦]|更多(?:精彩|推荐|推薦|文章|新闻|新聞|阅读|閱讀)|"
    r"related|recommended|more ?stories|you ?may ?also ?like|most ?popular)",
    re.I,
)
# Labels that open a comment section, in simplified and traditional characters.
COMMENT_LABEL = re.compile(
    # A count in half- or full-width brackets: 网友评论(3), 网友评论（3）, 评论[12]; the count
    # may be said in words (网友评论（共17条）, 评论(12条)): a label a reader reads whatever the
    # box's class calls it.
    r"^(?:(?:网友|網友|读者|讀者|最新|热门|熱門|全部|精彩|全文)?(?:评论|評論|留言|跟帖)"
    r"(?:[(（\[【]?(?:共|共有)?\d+(?:条|條)?[)）\]】]?|列表|区|區)?$|"
    r"(?:发表|發表|我要|写|寫)(?:评论|評論|留言)|我[来來]说[两兩]句|\d+\s*(?:条|條)(?:评论|評論|留言)|"
    r"\d*comments?\b|\d*comments?\(\d+\)|leave ?a ?(?:reply|comment))|"
    # a count line under a post: 《标题》已有1件评论, 共12条评论, 3 Responses to “…”
    r"(?:已有|共有?)\d+(?:件|条|條|篇|个|個)(?:评论|評論|留言|回复|回覆)$|^\d+responses?to",
    re.I,
)
# What a page's title says when readers' comments are its subject, not a section under it (issue
# 11, review S20): a column of messages and their replies (民生留言板, 留言簿), a post that
# collects readers' comments (读者留言精选, 网友评论摘编, 精彩留言). A comment label over the
# page's text is then the text's own label. The word alone is not enough: 评论 also names a
# commentary (评论：…, 本报评论员), whose readers' comments are still no part of it.
COMMENTS_SUBJECT = re.compile(
    r"(?:读者|讀者|网友|網友|听众|聽眾|观众|觀眾|用户|用戶|精彩)(?:评论|評論|留言|跟帖)|"
    r"(?:评论|評論|留言|跟帖)(?:板|版|簿|本|墙|牆|精[选選]|[选選]登|摘[编編登]|集[锦錦]|[选選][编編]|[选選]摘|回[复覆]|答[复覆])"
)
# The label of a reply to the message above it on a page of messages (a department's 回复, 答复,
# 办理结果 under the citizen's 留言): a section the same template labels after a comment label
# makes that label the message's, not a comment section's.
REPLY_LABEL = re.compile(
    r"^(?:部门|部門|官方|单位|單位)?(?:回复|回覆|答复|答覆|回应|回應|办理|辦理|处理|處理)"
    r"(?:内容|內容|意见|意見|结果|結果|情况|情況)?[:：]?$"
)
# What an error page says in place of the article (a removed or missing page served with the
# site's normal layout: a "soft 404"), in simplified and traditional characters and in English:
# a page's or an article's word with what happened to it (页面不存在, 文章已删除, 该内容已被删除,
# 指定的主题不存在), 找不到页面, 发生错误, a bare status code (404), "page not found". Searched in
# short blocks only (``errors.MAX_STATEMENT_CHARS``): a sentence of a report that says a video was
# deleted, or a comment's 该回复已被删除, names no page.
ERROR_STATEMENT = re.compile(
    r"(?:页面|頁面|网页|網頁|文章|内容|內容|信息|資訊|帖子|主题|主題|资源|資源|文档|文檔|链接|鏈接|連結|网址|網址|稿件)"
    r"(?:可能)?(?:已经|已經|已)?(?:被)?"
    r"(?:不存在|删除|刪除|移除|撤下|下线|下線|找不到|无法访问|無法訪問|无法显示|無法顯示|未找到|不见了|不見了|走丢了|走丟了)|"
    r"(?:找不到|没有找到|沒有找到|未能找到|无法找到|無法找到)(?:该|此|該|您要的|你要的|您所需要的|您访问的|您訪問的|相关的?|相關的?)?"
    r"(?:页面|頁面|网页|網頁|文章|内容|內容|信息|資訊)|"
    r"(?:发生|發生|出现|出現|遇到)了?(?:一个|一個|以下|如下)?错误|(?:发生|發生|出现|出現)錯誤|出错了|出錯了|"
    r"^\W*(?:404|410)\W*$|\b(?:404|410)\s*(?:not\s*found|gone|error|错误|錯誤)|"
    r"page (?:was )?not found|(?:could not|couldn't|cannot|can't) be found|(?:does not|doesn't) exist|"
    r"no longer (?:exists|available)",
    re.I,
)
# What an anti-bot challenge served in place of the page says (a WAF's slider, 访问验证): the
# visitor is asked to prove they are one, and the page is not there until they do. A statement
# of the page's only outside its region: a brief quoting 页面提示“访问过于频繁” reports one (R32).
CHALLENGE_STATEMENT = re.compile(
    r"(?:完成|進行|进行|通过|通過)(?:下方|以下|安全|人机|人機)?(?:验证|驗證)(?:后|後|才能|以)?(?:继续|繼續|正常)?(?:访问|訪問|浏览|瀏覽)|"
    r"(?:拖动|拖動|按住|拖拽)滑(?:块|塊)|(?:访问|訪問)(?:频率过快|頻率過快|过于频繁|過於頻繁)|"
    r"checking (?:your browser|if the site connection is secure)|verify(?:ing)? you are (?:a )?human",
    re.I,
)
# What an item page whose item was withdrawn prints where the item was (a closed job's
# 该职位已停止招聘/已下线, a delisted product's or rental's 该商品已下架, 房源已下架): a line of its own,
# the item's word with 已 and what happened to it, a 该/此 or an apology before it at most.
# Matched against a whole line, white space out: a report's sentence (目前，涉事商品已下架。) is none.
WITHDRAWN_ITEM = re.compile(
    r"(?:(?:抱歉|对不起|對不起|很抱歉)[，,！!]?)?(?:该|此|該|这个|這個)?"
    r"(?:(?:职位|職位|岗位|崗位|商品|宝贝|寶貝|房源|产品|產品)(?:已经|已經|已)(?:被)?"
    r"(?:下架|下线|下線|关闭|關閉|过期|過期|失效|删除|刪除)|(?:职位|職位|岗位|崗位)?(?:已经|已經|已)(?:停止|暂停|暫停|结束|結束)招聘)"
    r"[。！!.]?"
)
# What a page a visitor may not read says where its text would be (a members-only post, a forum
# thread above the visitor's read level): 您没有权限查看, 阅读权限高于 30 才能浏览, 权限不足,
# 登录后才能查看. The same words close a preview (登录后查看全文) or are quoted in a report, so they
# make an error statement only beside a login form (errors._beside_login_form).
DENIED_STATEMENT = re.compile(
    r"(?:没有|沒有|无|無|暂无|暫無)(?:相应|相應|足够|足夠)?的?(?:阅读|閱讀|访问|訪問|浏览|瀏覽|查看|操作)?(?:权限|權限)|"
    r"(?:权限|權限)不足|(?:权限|權限)(?:高于|高於|大于|大於|达到|達到)[^。！？]{0,8}(?:才能|方可)|"
    r"(?:登录|登錄|登入)(?:后|後|以后|以後)?(?:才能|才可以?|方可)(?:继续|繼續)?"
    r"(?:查看|浏览|瀏覽|阅读|閱讀|访问|訪問|观看|觀看|本操作)|"
    r"(?:do not|don't) have (?:the )?permission|(?:log|sign) in to (?:view|read|continue)",
    re.I,
)
# A login form: where a page asks a visitor to log in before it shows them anything.
PASSWORD_INPUT = ".//input[@type='password']"
# A caption's credit of its picture: （图：…）, （摄影：…）, "(Image: …)", "Photo: …", ©. A caption that
# carries one is the picture's label, not a sentence of the story (content._credited_picture).
PICTURE_CREDIT = re.compile(
    r"[(（]\s*(?:images?|photos?|pictures?|pics?|credit|图|圖|图片|圖片|摄影|攝影)\s*[:：/／]|"
    r"^(?:images?|photos?)\s*(?:credit)?\s*:|(?:image|photo)s?\s+(?:credit|courtesy)|©",
    re.I,
)
# What a Q&A page says where the answers to its question would be when there is none: 该问题暂无
# 回答, 还没有人回答这个问题, 暂无答案, "No answers yet" (at the start of a short block of its own: a
# related question's 暂无回答 beside its title link is no statement of the page's).
NO_ANSWER_STATEMENT = re.compile(
    r"^(?:该|此|这个|這個|本)?(?:问题|問題|提问|提問)?(?:目前|暂时|暫時)?(?:还|還)?"
    r"(?:暂无|暫無|没有|沒有|尚无|尚無|无|無)(?:人|网友|網友|律师|律師|专家|專家|医生|醫生)?(?:回答|解答|答案|作答)|"
    r"^(?:there are )?no answers?(?: yet)?\b|^(?:this question )?(?:has not|hasn't) been answered",
    re.I,
)
# The class or id of an error page's box or body (WordPress's ``error404``, ``msgbox``, ``tishi``).
ERROR_HINT = re.compile(r"error|404|not-?found|nofound|errmsg|msgbox|tishi", re.I)
# Headings of back matter: what follows them is not the article's text (references, notes,
# bibliography, external links), in simplified and traditional characters and in English.
BACK_MATTER_LABEL = re.compile(
    r"^(?:参考(?:资料|資料|文献|文獻|书目|書目)|(?:注释|註釋|注釋|脚注|腳註)(?:与参考|和参考)?|"
    r"外部(?:链接|鏈接|連結)|references?|notes|sources|bibliography|further ?reading|"
    r"external ?links|footnotes|see ?also)[:：]?$",
    re.I,
)
# Labels over a Q&A page's answer (the question above it is the article's too), and the class or
# id words of an answer's box. A count of the answers over the one shown is a label too, with its
# thousands separator and a link's 查看全部/全部 before it (查看全部 1,204 个回答).
ANSWER_LABEL = re.compile(
    r"^(?:最佳|推荐|推薦|满意|滿意|采纳|採納|优质|優質|精选|精選|已采纳|已採納)(?:答案|回答|答复|答覆)|"
    r"^(?:查看全部|全部|共)?\d[\d,]*\s*(?:个|個|条|條)(?:回答|答案)$|^(?:accepted|best|top)answer|^\d+answers?$",
    re.I,
)
ANSWER_HINT = re.compile(r"(?:^|[\s_-])(?:answers?|best|accepted|best-?answer)(?:$|[\s_-])", re.I)
# class/id words of boxes that are never the article however much they say: an encyclopaedia's
# maintenance notices and fact boxes (a wiki's ambox/hatnote/infobox, 百科's basic-info).
NOTICE_HINT = re.compile(r"notice|ambox|mbox|hatnote|infobox|basic-?info|navbox|prompt", re.I)
# What the address of a link to a document ends with: an office file, a PDF, an archive; and the
# text of such a link that names an attachment (a file name with its extension, a numbered item,
# 附件/附表). Such a link is a notice's attachment (附件：1.申报书.doc), part of what it says, not
# navigation; a download button ("GET THE QUIZ", "点击下载") is not.
_DOCUMENT = r"docx?|xlsx?|pptx?|pdf|wps|et|ofd|txt|zip|rar|7z"
DOCUMENT_LINK = re.compile(rf"\.(?:{_DOCUMENT})(?:[?#].*)?$", re.I)
ATTACHMENT_TEXT = re.compile(rf"\.(?:{_DOCUMENT})\s*$|^\s*(?:附[件表]|\d{{1,2}}\s*[.、．:：])", re.I)
POSITIVE_HINT = re.compile(r"article|content|main|post|text|body|entry|detail|zhengwen|news|story", re.I)

# Each *_META is one //meta scan with the names or'ed, not a union of scans (the same nodes, in
# document order).
TITLE_META = ("//meta[@property='og:title' or @name='title' or @name='ArticleTitle']/@content",)
# Class tests go through the attribute axis (`//@class[...]/..`): libxml2 then only looks at
# elements that have a class, instead of testing every element's (mostly absent) class.
# A title printed in a <div> or <td> is named by its class: `title`, its common short form `tit`
# (`art-tit`, `con_tit`) or `headline`; which of them prints the page's title, the <title> decides.
TITLE_HEADINGS = "//h1 | //h2 | //@class[contains(., 'tit') or contains(., 'headline')]/.."
DOC_TITLE = "//title/text()"
# A site's logo set as a heading (``<h1 class="logo"><a href="/">江城日报</a></h1>``) is no title
# heading, though a ``<title>`` that prints the site first starts with it: the heading's class or
# id names a logo, or its whole text is one link to the site's home page (``/``, ``./``,
# ``index.html``, the bare host).
LOGO_HINT = re.compile(r"logo", re.I)
HOME_HREF = re.compile(r"(?:(?:https?:)?//[^/?#]+)?(?:\.?/)?(?:index\.\w{2,5})?", re.I)
# A heading's own permalink: a link to its own place (href="#…", Sphinx's and MkDocs' class="headerlink") inside it,
# whose whole text is a mark (¶, §, 🔗): no word of the heading's (session 29).
HEADING_PERMALINKS = ".//a[starts-with(@href, '#') or contains(concat(' ', @class, ' '), ' headerlink ')]"

PUBLISHED_META = (
    "//meta[@property='article:published_time' or @itemprop='datePublished' or @name='PubDate'"
    " or @name='pubdate' or @name='publishdate' or @name='publish_date'"
    " or @name='article:published_time' or @name='og:release_date'"
    " or @name='weibo: article:create_at']/@content",
    "//time/@datetime",
)
# A Q&A answer's creation (schema.org ``Answer`` has no ``datePublished``; its ``dateModified`` is a later
# edit): the last resort, as the question's item before the answer's has one too.
CREATED_META = "//meta[@itemprop='dateCreated']/@content"
# Dublin Core's creator (DC.creator: a library's, a journal's, a government portal's) too.
AUTHOR_META = (
    "//meta[@name='author' or @property='article:author' or @name='Author'"
    " or @name='DC.creator' or @name='dc.creator' or @name='DC.Creator' or @name='dcterms.creator']/@content",
)
# The elements whose own text holds a disclosure table's issuer label (发布机构, 发文机关, 发布单位:
# metadata.issuing_body), and the cell after a label's own (<td>发布机构：</td><td>某县统计局</td>).
ISSUER_LABEL_HOLDERS = (
    "//body//text()[contains(., '发布机构') or contains(., '發布機構') or contains(., '發佈機構')"
    " or contains(., '发文机关') or contains(., '發文機關') or contains(., '发布单位') or contains(., '發布單位')"
    " or contains(., '發佈單位') or contains(., '发文单位') or contains(., '發文單位')]"
    "/parent::*[not(self::script or self::style)]"
)
NEXT_CELL = "ancestor-or-self::*[self::td or self::th or self::dt][1]/following-sibling::*[1]"
# The elements whose own text holds a role's name ($text: 查证者, 分析师; metadata.role_credits
# finds the role in the page's text first, and asks for its elements only then).
ROLE_LABEL_HOLDERS = "//body//text()[contains(., $text)]/parent::*[not(self::script or self::style)]"
# schema.org microdata on the page's visible elements (not <meta>: PUBLISHED_META has its dates, and
# a <meta itemprop="author"> holds an account's name the page need not print): the
# elements an item names as its author (a Person's card, one per writer), an item's property
# "name" (relative to the item), and the elements holding an item's datePublished (an <abbr> or a
# <span> whose title or content keeps the instant its text shows in part: 下午3:20, 3 天前).
# Through the attribute axis, as PUBLISHED_TOOLTIPS: libxml2 visits attributes, not every text.
_ITEMPROP = "contains(concat(' ', normalize-space(.), ' '), ' {} ')"
MICRODATA_AUTHORS = f"//@itemprop[{_ITEMPROP.format('author')}]/parent::*[not(self::meta or self::link)]"
MICRODATA_NAMES = f".//@itemprop[{_ITEMPROP.format('name')}]/parent::*"
MICRODATA_PUBLISHED = f"//@itemprop[{_ITEMPROP.format('datePublished')}]/parent::*[not(self::meta)]"
# Markup that says "this is the author": microformats' rel=author. (A class named author is
# not: portals put it on teasers and on their editors' boxes.)
AUTHOR_MARKUP = "//a[contains(concat(' ', @rel, ' '), ' author ')]"
# An element whose class calls it the author (author, post-author, author-name, doc-author), in a
# line under the title (relative to the line).
AUTHOR_CLASSED = (
    "descendant-or-self::*[contains(concat(' ', translate(normalize-space(@class), '_', '-'), ' '), ' author ')"
    " or contains(concat(' ', translate(normalize-space(@class), '_', '-'), '-'), '-author-')"
    " or contains(concat(' ', translate(normalize-space(@class), '_', '-')), ' author-')]"
)
# Links to a user's page after the title heading (relative to it): a post's poster.
_USER_HREF = (
    "[contains(@href, 'space-uid') or contains(@href, 'userhome') or contains(@href, '/user/')"
    " or contains(@href, '/u/') or contains(@href, 'uid=') or contains(@href, '/people/')"
    " or contains(@href, '/member/') or contains(@href, '/author/') or contains(@href, 'home.php?mod=space')"
    # vBulletin's member page (member.php?u=…), phpBB's profile (memberlist.php?mode=viewprofile&u=…): session 29.
    " or contains(@href, 'member.php?u=') or contains(@href, 'mode=viewprofile')]"
)
USER_LINKS_AFTER = f"following::a{_USER_HREF}"
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_LOWER_CLASS = _LOWER.format("@class")
# A link to a member's page at or under an element: a card's or a meta line's name the page marks as a person's
# (metadata's writer cards and meta lines, session 29); any link there, a teaser's title or a channel's.
PROFILE_LINKS = f"descendant-or-self::a{_USER_HREF}"
LINKS_WITHIN = "descendant-or-self::a"
# A card the template marks, by a word of its class, as a person's (author-box, writer-card, user-profile, blogger):
# a writer's card beside the text (metadata.aside_author_card, session 29).
PERSON_CARD = "self::*[{}]".format(
    " or ".join(f"contains({_LOWER_CLASS}, '{word}')" for word in ("author", "writer", "profile", "blogger"))
)
# An avatar whose text (alt) is a given name (``$text``): the picture of the person a card names.
AVATAR_NAMED = ".//img[normalize-space(@alt) = $text]"
# A box the template marks, by a word of its class or id, as others' (a comment's, a reply's, the next or a related
# post's): a card or a signer's box that is one, or sits in one, is none of the text's (metadata, session 29).
_OTHERS_WORDS = ("comment", "reply", "review", "discuss", "next", "prev", "related", "recommend")
OTHERS_BOX = "self::*[{}]".format(
    " or ".join(
        f"contains({_LOWER.format(at)}, '{word}')" for word in _OTHERS_WORDS for at in ("@class", "@id")
    )
)
# A follow button's candidates (关注, +加关注, 关注我): the controls of a profile card, whose box
# shows a hosted blog's owner (metadata.owner_card checks the whole text).
FOLLOW_BUTTONS_IN = ".//*[self::a or self::button or self::span][contains(., '关注')]"
FOLLOW_BUTTONS = f"//body/{FOLLOW_BUTTONS_IN[2:]}"
# The page's first heading, which may be a blog's header printing its title (晚风徐来的博客:
# metadata.blog_owner, when it comes before the post's title).
FIRST_HEADING = "(//body//*[self::h1 or self::h2 or self::h3])[1]"
HEADINGS_BEFORE = "boolean(preceding::*[self::h1 or self::h2 or self::h3])"
# A box's own words, not its links' (a profile card's box may hold a list of post titles).
TEXTS_OUTSIDE_LINKS = ".//text()[not(ancestor::a)]"
# The text nodes of a mail's sender header (From: 苗春生 <miao@…>, 发件人：…; metadata.mail_sender).
MAIL_FROM_TEXTS = "//body//text()[contains(., 'From:') or contains(., '发件人') or contains(., '寄件人')]"
# Links after the title heading whose text holds a bracket (a member's display name with the
# account after it: 歐尼醬 (onichan77); metadata.user_links checks the account is in the address).
BRACKETED_LINKS_AFTER = "following::a[contains(., '(') or contains(., '（')]"
# A thread starter's badge on a poster's card before an element (relative to it: the first
# floor's post): an element whose own text is the whole badge, 楼主 / 樓主, and no link (Discuz
# links the first floor's number, <a>楼主</a>, beside the post's toolbar).
# Or a floor's header bar opening with the badge and the posting word (an old forum's
# 楼主 发表于 2025-03-12 10:21 只看楼主: no element of its own, the bar is the badge).
STARTER_BADGES = ("楼主", "樓主")
_POSTING_WORDS = ("发表", "發表")
STARTER_BADGES_BEFORE = "preceding::text()[{}]/parent::*[not(ancestor-or-self::a)]".format(
    " or ".join(
        [f"normalize-space() = '{badge}'" for badge in STARTER_BADGES]
        + [
            f"starts-with(normalize-space(), '{badge}{gap}{word}')"
            for badge in STARTER_BADGES
            for word in _POSTING_WORDS
            for gap in ("", " ")
        ]
    )
)
# Links to a user's page before an element (relative to it): a post's poster card.
USER_LINKS_BEFORE = f"preceding::a{_USER_HREF}"
# A link to a member's page whose text is ``$text``: the page names that member (a poster).
MEMBER_NAMED = f"//a{_USER_HREF}[normalize-space(.) = $text]"
# A post's category link (WordPress: rel="category tag").
CATEGORY_LINKS = "//a[contains(concat(' ', @rel, ' '), ' category ')]"
# An author box's name element (username, nickname, author-name), relative to the box.
NAME_CLASSED = "descendant::*[contains(@class, 'name')]"
# An author card's heading: the role alone in its element (<h3>作者</h3>, <b>回答者</b>, <dt>关于作者</dt>);
# a text node holding a role's word, its element's whole text checked in metadata.headed_card_names.
# Asked through card_headings: once a page, and only of a page whose text holds one of the words.
CARD_ROLE_WORDS = ("作者", "回答者", "答主", "博主")
CARD_HEADINGS = "//body//text()[{}]/parent::*".format(
    " or ".join(f"contains(., '{w}')" for w in CARD_ROLE_WORDS)
)
# A post's tags in its markup (Ghost, WordPress SEO plugins: one meta per tag).
TAG_META = "/html/head/meta[@property='article:tag']/@content"
# A tag's link in an element (a blog's /tags/…, rel="tag", a #hashtag).
TAG_LINKS = (
    "descendant-or-self::a[contains(@href, '/tag/') or contains(@href, '/tags/')"
    " or contains(concat(' ', @rel, ' '), ' tag ') or starts-with(normalize-space(.), '#')]"
)
# The channel the page's markup names: Open Graph's article:section, schema.org's articleSection.
CATEGORY_META = (
    "/html/head/meta[@property='article:section' or @name='article:section' or @itemprop='articleSection']"
    "/@content"
    # A portal's template marks the channel on the page's root (<html data-category="社区服务">).
    " | /html/@data-category | /html/body/@data-category"
)
# Parents of text naming a channel label (分类：, 栏目：, 分類於): where a labelled category sits.
CATEGORY_WORDS = ("分类", "分類", "栏目", "欄目", "类别", "類別")
CATEGORY_TEXT_PARENTS = "//text()[{}]/..".format(" or ".join(f"contains(., '{w}')" for w in CATEGORY_WORDS))
# Parents of text holding a publication's word (发表于 2023-10-08, 2024-01-27 发布), in a box (relative to it): where
# a writer's card beside the text dates the post (metadata.aside_author_card).
POSTED_WORDS = ("发表", "发布", "發表", "發布", "發佈")
POSTED_TEXTS = "descendant-or-self::*/text()[{}]/..".format(
    " or ".join(f"contains(., '{w}')" for w in POSTED_WORDS)
)
# The queries below take a string as ``$text``: ask them through :func:`with_text` only.
# A link whose whole text is a given string (``$text``): a menu's link naming a channel.
LINK_NAMED = "//a[normalize-space(.) = $text]"
# An element's shown text nodes, each apart (where one element's text meets the next's).
SHOWN_TEXT = ".//text()[not(ancestor::script) and not(ancestor::style)]"
# The body's text nodes holding a given string (``$text``): where a name is printed.
TEXT_WITH = "//body//text()[contains(., $text)]"
# Where a page names its site (``$text``): a link's text (home), a logo's alt or title, og:site_name.
SITE_NAMED = (
    "//a[normalize-space(.) = $text] | //img[@alt = $text or @title = $text]"
    " | //meta[@property='og:site_name' and @content = $text]"
)
# ``$text`` as the page names its site: its logo's name (an image that says logo, or in the home
# link; not any picture's: an article's photo is often named by its headline), ``og:site_name``,
# its home link (the link to ``/``, or a link's text the name and 首页: 某某县首页).
SITE_HOME_NAMED = (
    "//img[@alt = $text or @title = $text][contains(@src, 'logo') or contains(@class, 'logo')"
    " or contains(@id, 'logo') or ancestor::a[@href = '/' or @href = './' or @href = 'index.html']"
    " or ancestor::*[contains(@class, 'logo') or contains(@id, 'logo')]]"
    " | //meta[@property='og:site_name' and @content = $text]"
    " | //a[normalize-space(.) = $text][@href = '/' or @href = './' or @href = 'index.html']"
    " | //a[normalize-space(.) = concat($text, '首页') or normalize-space(.) = concat($text, '首頁')"
    " or normalize-space(.) = concat($text, '主页') or normalize-space(.) = concat($text, '主頁')]"
)
# ``$text`` printed as the site's logo in letters (<div class="logo">某某浸信會</div>), or its home link.
LOGO_NAMED = (
    "//*[contains(@class, 'logo') or contains(@id, 'logo')][normalize-space(.) = $text] | " + SITE_HOME_NAMED
)
# A text node that is ``$text``, spaces aside: the page prints it as a line of its own.
TEXT_PRINTED = "//body//text()[normalize-space(.) = $text]"
# The same in the page's <h1>, outside a link: the page's heading says ``$text`` (a box heading's
# or the trail's current crumb's unlinked channel name does not).
TEXT_IN_H1_UNLINKED = "//h1//text()[normalize-space(.) = $text][not(ancestor::a)]"
# A text node that ends with ``$text``, spaces aside (a title cell's ``申請書: 標題``).
TEXT_ENDING = (
    "//body//text()[substring(normalize-space(.),"
    " string-length(normalize-space(.)) - string-length($text) + 1) = $text]"
)
# Parents of a link to the site's home page: where a breadcrumb without a class starts.
_HOME_LINK = "a[@href='/' or @href='./' or @href='index.html' or @href='/index.html']"
HOME_LINK_PARENTS = f"//{_HOME_LINK}/.."
# The site's home links themselves (a trail may run from one inside a larger box).
HOME_LINKS = f"//{_HOME_LINK}"
# The site's name, as its home link or og:site_name gives it ($text).
HOME_NAMED = (
    f"//{_HOME_LINK}[normalize-space(.) = $text] | //meta[@property='og:site_name' and @content = $text]"
)
SOURCE_META = ("//meta[@name='source' or @name='ContentSource']/@content",)
# A paper's scholarly meta tags (Highwire Press's, which search engines for papers read): one
# citation_author per author, the journal, the first online and the issue's dates.
CITATION_AUTHORS = "//meta[@name='citation_author']/@content"
CITATION_JOURNAL = "//meta[@name='citation_journal_title']/@content"
CITATION_DATES = (
    "//meta[@name='citation_online_date']/@content",
    "//meta[@name='citation_publication_date']/@content",
)
JSON_LD = "//script[@type='application/ld+json']/text()"
# The text of the page's inline scripts: where a platform's template keeps values only its
# script prints (fanwen/extract/platform.py).
INLINE_SCRIPTS = "//script[not(@src)]/text()"
# Inline scripts but structured data's (JSON-LD, read on its own terms): where a single-page app
# or a server render keeps the page's state.
STATE_SCRIPTS = "//script[not(@src)][not(contains(@type, 'json'))]/text()"
# The page's printed text nodes holding a time of day (21:15), outside scripts and styles: where a
# time printed without its year is looked for.
PRINTED_TIMES = (
    "//body//text()[contains(., ':') or contains(., '：')]"
    "[not(parent::script) and not(parent::style) and not(parent::noscript)]"
)
# Elements whose class or id names a breadcrumb ('crumb' covers 'breadcrumb'), through the
# attribute axis as TITLE_HEADINGS: a third cheaper than testing every element's attributes.
# An element with no such class may say it is one to assistive technology (WAI-ARIA's
# <nav aria-label="breadcrumb">, 面包屑) or to search engines (schema.org's BreadcrumbList).
# The words a breadcrumb's class holds; :func:`breadcrumbs` asks the page for the holders.
# "Crumb" for a camel-cased class (phpwind's breadCrumb, BreadCrumb).
CRUMB_CLASS_WORDS = ("crumb", "Crumb", "position", "location", "weizhi")
_CRUMB_CLASSED = f"//@class[{' or '.join(f'contains(., {w!r})' for w in CRUMB_CLASS_WORDS)}]/.."
# The elements' attributes (/descendant::*/@id, not //@id: the walk skips the text nodes).
_CRUMB_LABELLED = (
    # (ASP.NET's breadcrumb control keeps its name in the id it renders: ctl00_SiteMapPath1, session 28.)
    "/descendant::*/@id[contains(., 'position') or contains(., 'SiteMapPath')]/.."
    " | /descendant::*/@aria-label[contains(., 'crumb') or contains(., 'Crumb') or contains(., '面包屑')]/.."
    " | /descendant::*/@itemtype[contains(., 'BreadcrumbList')]/.."
    # An ordered list of links in a <nav> that opens with the home link and is marked as a path or a trail (a docs
    # theme's md-path: 首页 / 科研工具 / 文献管理, its separators drawn by CSS; class="path", aria-label 路径/位置): the
    # trail WAI-ARIA's breadcrumb pattern marks up. A menu, a table of contents or a pager is marked otherwise, and a
    # pager's list (首页 上一页 下一页 尾页) is none even so (session 28, mended after review).
    " | /descendant::nav/ol[count(li) >= 2][li[1]/descendant::a[1][@href='/' or @href='./' or starts-with(@href, '../')"
    " or normalize-space(.)='首页' or normalize-space(.)='首頁' or normalize-space(.)='Home']]"
    "[contains(concat(@class, ' ', ../@class, ' ', ../@aria-label), 'path')"
    " or contains(concat(@class, ' ', ../@class, ' ', ../@aria-label), 'trail')"
    " or contains(concat(@class, ' ', ../@class, ' ', ../@aria-label), '路径')"
    " or contains(concat(@class, ' ', ../@class, ' ', ../@aria-label), '位置')]"
    "[not(.//a[contains(., '上一页') or contains(., '下一页') or contains(., '上一頁') or contains(., '下一頁')"
    " or contains(., '尾页') or contains(., '尾頁') or contains(., '末页')])]"
)
BREADCRUMB = f"{_CRUMB_CLASSED} | {_CRUMB_LABELLED}"
# Every class value of the page (lxml's strings that know their element).
CLASSES = "//@class"
LINKS = "//a[@href]"
# The links under an element (a breadcrumb's linked levels).
LINKS_UNDER = ".//a[@href]"
# The first text node with more than whitespace in it, under an element; and the last.
FIRST_TEXT = "(.//text()[normalize-space()])[1]"
LAST_TEXT = "(.//text()[normalize-space()])[last()]"
# The first two: a list item may print its date before its title link.
FIRST_TEXTS = "(.//text()[normalize-space()])[position() <= 2]"
# Characters an info line must hold (the 1 or 2 of 19xx/20xx, full-width too, the 〇 of a year in
# Chinese numerals, 二〇二四, the first character of a label, simplified or traditional: 作者,
# 撰稿, 记者, 文/, 来源, 出处, 稿源, 解读人, 摄影, 采写, 执笔, 口述, 整理, 供稿), and the elements
# holding a text node with one of them: the only ones that can be an info line.
INFO_CHARS = "12１２作撰记記文来來出稿解摄攝采採执執口整供〇○"
_HAS_INFO_CHAR = "[" + " or ".join(f"contains(., '{c}')" for c in INFO_CHARS) + "]"
INFO_TEXT_HOLDERS = f"//text(){_HAS_INFO_CHAR}/ancestor::*"
# The same, among what follows an element (relative to it): lines below the article.
FOLLOWING_INFO_TEXT_HOLDERS = f"following::text(){_HAS_INFO_CHAR}/ancestor::*"
# A Taiwanese page, which dates by the ROC calendar: zh-TW declared, or Big5 (as <meta charset> or
# http-equiv's content). lang's case varies (zh-TW, zh-tw, zh-Hant-TW).
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
TAIWANESE_PAGE = (
    f"//*[@lang][contains({_LOWER.format('@lang')}, 'zh-tw') or contains({_LOWER.format('@lang')}, 'hant-tw')]"
    f" | //meta[contains({_LOWER.format('@charset')}, 'big5') or contains({_LOWER.format('@content')}, 'charset=big5')]"
)
# A page that names the ROC calendar (民國, 民国) in its text.
SAYS_ROC = "//body//text()[contains(., '民國') or contains(., '民国')]"
# Block-level parents of text that names a position: breadcrumb lines without a class.
POSITION_WORD = "位置"
# A saved article's trail opens with 来自 (来自：member > 《folder》).
FROM_WORDS = ("来自", "來自")
FROM_TEXT_PARENTS = (
    "//text()[starts-with(normalize-space(.), '来自') or starts-with(normalize-space(.), '來自')]/.."
)
POSITION_TEXT_PARENTS = (
    f"//text()[contains(., '{POSITION_WORD}')]"
    "/ancestor-or-self::*[self::div or self::p or self::span or self::td][1]"
)
# All the text of a document (every root's): one copy in libxml2, cheaper than a test per text node.
DOC_TEXT = "string(/)"
# Elements after the title heading (relative to it) with a title attribute and text of their
# own: where a relative date shown as "3 天前" keeps the absolute one.
TITLED_AFTER = "following::*[@title and text()]"
# Elements whose tooltip holds a publication label (发布于 …) while they show another text.
TOOLTIP_ATTRIBUTES = ("data-tooltip", "title", "aria-label")
_PUBLISHED_WORDS = " or ".join(f"contains(., '{w}')" for w in ("发布", "發布", "發佈", "发表", "發表"))
# Through the attribute axis (as TITLE_HEADINGS), not `//*[text()][contains(@title, …) or …]`:
# the same elements, but libxml2 then reads a text() node-set for every element of the page
# (4.1 -> 0.9 ms a page on the Chinese corpus sets).
PUBLISHED_TOOLTIPS = " | ".join(f"//@{a}[{_PUBLISHED_WORDS}]/parent::*[text()]" for a in TOOLTIP_ATTRIBUTES)
TITLED = "//*[@title and text()]"


# A page's <title>, its title-like headings and its meta titles are asked for by several finders
# while one page is read (the region's title, the title, the source and blog-owner checks), and
# each `//` query walks the whole tree: on a long English page about 1 ms of 17 went to asking
# the same four or five times. The answers for the last page read are kept (issue 13); only
# queries no extraction step changes the answer of (the tree's style attributes are all it sets).
# The page's root element, the answers given for it, its walk (see _Walk) and its nodes (see
# page_elements).
_PAGE: list[Any] = [None, {}, None, None]

# The tags of the whole-page queries in _WALKED: one walk over the page (lxml's iter with several
# tags, in C) finds every element of them, where each `//` query walks the whole tree in libxml2
# (about 0.3 ms on a long English page; a `//meta[...]/@content` is no cheaper than a `//*`).
_WALK_TAGS = ("a", "base", "h1", "meta", "script", "time", "title")
H1 = "//h1"
ANCHORS = "//a"
SITE_NAME_META = "//meta[@property='og:site_name']/@content"
BASE_HREF = "//base/@href"


def top_level(doc: Any) -> list[Any]:
    """The nodes at the top of ``doc``'s document, in order: a page with two ``</html>`` can
    leave libxml2 with two ``<html>`` roots, and an XPath's ``//`` sees both."""
    root = doc.getroottree().getroot()
    return [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]


class _Walk:
    """The elements of :data:`_WALK_TAGS` on a page, in document order, and by tag."""

    def __init__(self, root: Any) -> None:
        self.nodes = [el for top in top_level(root) for el in top.iter(*_WALK_TAGS)]
        self.tags: dict[str, list[Any]] = {tag: [] for tag in _WALK_TAGS}
        for el in self.nodes:
            self.tags[el.tag].append(el)

    def contents(self, test: Callable[[Any], bool]) -> list[str]:
        """``//meta[test]/@content``."""
        return [value for el in self.tags["meta"] if test(el) and (value := el.get("content")) is not None]


# An element's attribute as an XPath gives it: lxml's string that knows its element (getparent()).
# Compiled on first use: importing lxml here would load it for `fanwen --help` (through the
# profiles' processors), which loads neither lxml nor the database.
_ATTRIBUTE_XPATHS: dict[str, Any] = {}


def evaluate(node: Any, query: str, **variables: str) -> Any:
    """``node.xpath(query)`` from the query compiled once a process (lxml's ``XPath``): ``xpath()`` with a
    string parses and compiles it and makes an evaluator at every call (session 29: 2.3 % of a real-shape page's
    read instructions, ``preceding::a[…]`` 22 against 1 µs). The same answer: the same expression, evaluated at
    the same node, smart strings alike.

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring("<p>一<b>二</b></p>")
    >>> evaluate(doc, "string(/)") == doc.xpath("string(/)"), [el.tag for el in evaluate(doc, "//b")]
    (True, ['b'])
    """
    xpath = _COMPILED.get(query)
    if xpath is None:
        from lxml import etree

        xpath = _COMPILED[query] = etree.XPath(query)
    return xpath(node, **variables)


# The queries compiled (evaluate), by their string: the module's named queries, a few dozen.
_COMPILED: dict[str, Any] = {}


def _attribute(el: Any, name: str) -> list[Any]:
    """``el.xpath("@name")`` from a compiled XPath: a list of lxml's smart strings."""
    xpath = _ATTRIBUTE_XPATHS.get(name)
    if xpath is None:
        from lxml import etree

        xpath = _ATTRIBUTE_XPATHS[name] = etree.XPath("@" + name)
    return xpath(el)


_PUBLISHED_META_NAMES = frozenset(
    (
        "PubDate",
        "pubdate",
        "publishdate",
        "publish_date",
        "article:published_time",
        "og:release_date",
        "weibo: article:create_at",
    )
)


def _published_meta(w: _Walk) -> list[Any]:
    """``//meta[...]/@content | //time/@datetime`` (:data:`PUBLISHED_META`) from the walk: the two
    ``//`` steps walked the whole tree in libxml2 (1.4 M instructions a page on en-aeb, 1 % of
    its read), where the walk has the page's metas and times already. Each value is the XPath's
    own string, asked of its element (``_edited_time`` follows a time's value to its element)."""
    found: list[Any] = []
    for el in w.nodes:  # document order: the union's, the two steps' elements interleaved
        tag = el.tag
        if tag == "time":
            found.extend(_attribute(el, "datetime"))
        elif tag == "meta" and (
            el.get("property") == "article:published_time"
            or el.get("itemprop") == "datePublished"
            or el.get("name") in _PUBLISHED_META_NAMES
        ):
            found.extend(_attribute(el, "content"))
    return found


def _texts(el: Any) -> list[str]:
    """An element's ``text()`` nodes: its text and its children's tails (lxml's names for them)."""
    found = [] if el.text is None else [el.text]
    found.extend(child.tail for child in el if child.tail is not None)
    return found


def _in_document_order(elements: list[Any]) -> list[Any]:
    """``elements`` (no two the same) sorted as an XPath node-set is: by their place in the tree."""

    def place(el: Any) -> list[int]:
        path = []
        while (parent := el.getparent()) is not None:
            path.append(parent.index(el))
            el = parent
        path.append(sum(1 for _ in el.itersiblings(preceding=True)))  # which root of the page
        return path[::-1]

    return elements if len(elements) < 2 else sorted(elements, key=place)


def _parents(elements: list[Any]) -> list[Any]:
    """``elements/..``: their parents, each once, in document order."""
    return _in_document_order(list(dict.fromkeys(p for el in elements if (p := el.getparent()) is not None)))


def _rel(el: Any, word: str) -> bool:
    """``contains(concat(' ', @rel, ' '), ' word ')``."""
    rel = el.get("rel")
    return rel is not None and f" {word} " in f" {rel} "


_HOME_HREFS = frozenset(("/", "./", "index.html", "/index.html"))
_AUTHOR_META_NAMES = frozenset(
    ("author", "Author", "DC.creator", "dc.creator", "DC.Creator", "dcterms.creator")
)
# The whole-page queries answered from the one walk, each the same node-set in the same order as
# its XPath (tests/test_xpaths.py asks both on every HTML page under tests/). An attribute's
# value comes as a plain str, not lxml's string that knows its element (getparent()): a query
# whose values are followed to their element (PUBLISHED_META: _edited_time) takes each matched
# element's attribute through a compiled XPath on that element alone (:func:`_published_meta`).
_WALKED: dict[str, Callable[[_Walk], list[Any]]] = {
    DOC_TITLE: lambda w: [text for el in w.tags["title"] for text in _texts(el)],
    H1: lambda w: list(w.tags["h1"]),
    ANCHORS: lambda w: list(w.tags["a"]),
    " | ".join(TITLE_META): lambda w: w.contents(
        lambda el: el.get("property") == "og:title" or el.get("name") in ("title", "ArticleTitle")
    ),
    " | ".join(AUTHOR_META): lambda w: w.contents(
        lambda el: el.get("name") in _AUTHOR_META_NAMES or el.get("property") == "article:author"
    ),
    " | ".join(SOURCE_META): lambda w: w.contents(lambda el: el.get("name") in ("source", "ContentSource")),
    SITE_NAME_META: lambda w: w.contents(lambda el: el.get("property") == "og:site_name"),
    CITATION_AUTHORS: lambda w: w.contents(lambda el: el.get("name") == "citation_author"),
    CITATION_JOURNAL: lambda w: w.contents(lambda el: el.get("name") == "citation_journal_title"),
    CITATION_DATES[0]: lambda w: w.contents(lambda el: el.get("name") == "citation_online_date"),
    CITATION_DATES[1]: lambda w: w.contents(lambda el: el.get("name") == "citation_publication_date"),
    JSON_LD: lambda w: [
        text for el in w.tags["script"] if el.get("type") == "application/ld+json" for text in _texts(el)
    ],
    HOME_LINK_PARENTS: lambda w: _parents([el for el in w.tags["a"] if el.get("href") in _HOME_HREFS]),
    HOME_LINKS: lambda w: [el for el in w.tags["a"] if el.get("href") in _HOME_HREFS],
    CATEGORY_LINKS: lambda w: [el for el in w.tags["a"] if _rel(el, "category")],
    AUTHOR_MARKUP: lambda w: [el for el in w.tags["a"] if _rel(el, "author")],
    LINKS: lambda w: [el for el in w.tags["a"] if el.get("href") is not None],
    BASE_HREF: lambda w: [value for el in w.tags["base"] if (value := el.get("href")) is not None],
    " | ".join(PUBLISHED_META): lambda w: _published_meta(w),
}


def _page(doc: Any) -> Any:
    """The root element of ``doc``'s page, the key of the answers kept for it."""
    root = doc.getroottree().getroot()
    if _PAGE[0] is not root:
        _PAGE[0], _PAGE[1], _PAGE[2], _PAGE[3] = root, {}, None, None
    return root


def page_elements(doc: Any) -> list[Any]:
    """Every node of the page ``doc`` is in (its elements, comments and processing instructions,
    of each of its top-level trees: :func:`top_level`), in document order, listed once per page.
    The finders that look at every element (the info lines' holders, the page's classes and
    title headings) read this list, and extraction holds it (lxml makes an element's Python
    object once while something holds it), instead of walking the tree each.

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring("<p>a<!-- c --><b>b</b></p>")
    >>> [el.tag for el in page_elements(doc) if isinstance(el.tag, str)]
    ['html', 'body', 'p', 'b']
    """
    root = _page(doc)
    if _PAGE[3] is None:
        _PAGE[3] = [el for top in top_level(root) for el in top.iter()]
    return _PAGE[3]  # type: ignore[no-any-return]


def _classes_and_headings(doc: Any) -> tuple[list[tuple[Any, str]], list[Any]]:
    """The page's class values with their elements (``//@class``), and its title headings
    (:data:`TITLE_HEADINGS`), each in document order, from one pass over :func:`page_elements`:
    libxml2 made a string for each class value of ``//@class``, and for each ``contains()`` of
    the headings' query (0.3 ms each on a long English page, the pass 0.2 for both)."""
    _page(doc)
    found = _PAGE[1].get(_CLASSES_AND_HEADINGS)
    if found is None:
        classes: list[tuple[Any, str]] = []
        headings: list[Any] = []
        for el in page_elements(doc):
            value = el.get("class")
            if value is not None:
                classes.append((el, value))
                if "tit" in value or "headline" in value:
                    headings.append(el)
                    continue
            tag = el.tag
            if tag == "h1" or tag == "h2":
                headings.append(el)
        found = _PAGE[1][_CLASSES_AND_HEADINGS] = (classes, headings)
    return found  # type: ignore[no-any-return]


_CLASSES_AND_HEADINGS = "classes and headings"  # its key among the page's answers (no XPath)


def page_answer(doc: Any, key: str, make: Callable[[Any], Any]) -> Any:
    """``make(root)`` for the root of the page ``doc`` is in, made once per page and kept with
    :func:`of_page`'s answers (``key`` names it among them): what a reader asks of the whole page
    each time it reads a part of it (:func:`fanwen.extract.blocks.html_blocks`, the style sheets'
    hints, once for the region and once for each element after it).

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring("<p>a</p><p>b</p>")
    >>> page_answer(doc.find(".//p"), "count", lambda root: [len(root)]) is page_answer(doc, "count", list)
    True
    """
    root = _page(doc)
    found = _PAGE[1].get(key)
    if found is None:
        found = _PAGE[1][key] = make(root)
    return found


def card_headings(doc: Any) -> list[Any]:
    """:data:`CARD_HEADINGS` of the page ``doc`` is in, asked once a page, and only where the page's
    text (lxml's ``text_content``, one C walk: a twentieth of the XPath's instructions) holds one of
    :data:`CARD_ROLE_WORDS`: the XPath's ``contains()`` made a string of each of the page's text nodes,
    four times, +2 % of a page's read on ``real`` for the few pages whose cheaper readings name nobody.

    >>> from lxml.html import document_fromstring
    >>> [el.tag for el in card_headings(document_fromstring("<h3>作者</h3><p>表哥阿杰 · 办公达人</p>"))]
    ['h3']
    >>> card_headings(document_fromstring("<h3>编辑</h3><p>表哥阿杰</p>"))
    []
    """

    def ask(root: Any) -> list[Any]:
        text = root.text_content()
        return evaluate(root, CARD_HEADINGS) if any(word in text for word in CARD_ROLE_WORDS) else []

    return list(page_answer(doc, CARD_HEADINGS, ask))


def of_page(doc: Any, query: str) -> list[Any]:
    """``doc.xpath(query)`` for a whole-page query (:data:`DOC_TITLE`, :data:`TITLE_HEADINGS`,
    :data:`TITLE_META`, the other ``//`` queries of :data:`_WALKED`), evaluated once for the
    page ``doc`` is in; the queries of :data:`_WALKED` from one walk over the page.

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring("<title>标题</title><h1>标题</h1>")
    >>> of_page(doc, DOC_TITLE), of_page(doc, DOC_TITLE) is of_page(doc, DOC_TITLE)
    (['标题'], False)
    >>> [el.tag for el in of_page(doc.find(".//h1"), TITLE_HEADINGS)]
    ['h1']
    """
    root = _page(doc)
    found = _PAGE[1].get(query)
    if found is None:
        walked = _WALKED.get(query)
        if query == TITLE_HEADINGS:
            found = _classes_and_headings(doc)[1]
        elif walked is None:
            found = evaluate(root, query)
        else:
            if _PAGE[2] is None:
                _PAGE[2] = _Walk(root)
            found = walked(_PAGE[2])
        _PAGE[1][query] = found
    return list(found)


def with_text(node: Any, query: str, text: str) -> list[Any]:
    """``node.xpath(query, text=text)``, the one door through which a string reaches an XPath
    variable (:data:`LINK_NAMED`, :data:`TEXT_WITH`, :data:`SITE_NAMED` …); nothing for a string
    that is no XML text. lxml refuses to pass one (ValueError, UnicodeEncodeError) and the page's
    read would end there, while such strings reach the metadata readers from every source they
    read: a JSON escape in a page's script state or structured data (``\\u0000``, a lone
    ``\\ud800``), a character reference or a raw control character in the markup (``&#1;``: lxml's
    HTML parser keeps it in the tree, so a ``<title>``'s part holds it). Such a value is no name a
    reader looks for.

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring("<p><a href='/'>首页</a></p>")
    >>> len(with_text(doc, LINK_NAMED, "首页")), with_text(doc, LINK_NAMED, "首\\x00页"), with_text(doc, LINK_NAMED, "\\ud800")
    (1, [], [])
    """
    if NOT_XML_TEXT.search(text):
        return []
    return evaluate(node, query, text=text)  # type: ignore[no-any-return]


# What no XML text holds (XML 1.0's Char): C0 controls but tab, line feed and carriage return, a
# surrogate (alone: a str holding a pair's halves is no text either), the non-characters U+FFFE
# and U+FFFF. lxml refuses each as an XPath variable's string.
NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def breadcrumbs(doc: Any) -> list[Any]:
    """``doc.xpath(BREADCRUMB)``, cheaper: the class test made in Python on the page's class
    values. libxml2 makes a string of an attribute for each ``contains()`` it is asked, four for
    every class of the page (two thousand on a long English page), where Python tests the one
    string lxml hands it. The rarer attributes (id, aria-label, itemtype) stay an XPath: their
    walk costs little. 0.7 of the query's instructions on en-aeb (callgrind, 20 pages). The class
    values come from the page's one pass over its elements (:func:`_classes_and_headings`).

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring('<nav aria-label="breadcrumb"><a href="/">首页</a></nav><div class="crumbs">x</div>')
    >>> [el.tag for el in breadcrumbs(doc)]
    ['nav', 'div']
    """
    # CRUMB_CLASS_WORDS spelt out: a generator over the tuple costs a third more.
    classed = [
        el
        for el, value in _classes_and_headings(doc)[0]
        if "crumb" in value
        or "Crumb" in value
        or "position" in value
        or "location" in value
        or "weizhi" in value
    ]
    labelled = evaluate(doc, _CRUMB_LABELLED)
    if not labelled:
        return classed
    return _in_document_order(list(dict.fromkeys(classed + labelled)))


def microformats(doc: Any) -> list[tuple[Any, list[str]]]:
    """The page's elements whose class holds a microformats word (``h-entry``, ``p-author``,
    ``h-card``; version 1's ``hentry``, ``vcard``, ``fn``), with their class words, in document
    order: from the page's class values (:func:`_classes_and_headings`), a test of each in Python.

    >>> from lxml.html import document_fromstring
    >>> doc = document_fromstring('<div class="h-entry"><a class="p-author h-card">林</a></div><p class="x">y</p>')
    >>> [(el.tag, words) for el, words in microformats(doc)]
    [('div', ['h-entry']), ('a', ['p-author', 'h-card'])]
    """
    return [
        (el, value.split())
        for el, value in _classes_and_headings(doc)[0]
        if "h-" in value or "p-" in value or "entry" in value or "vcard" in value or "fn" in value
    ]


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words``, each word's first character looked for before
    the word: in a page's long text (en-aeb's: 53,000 characters in the median, most of them
    beyond Latin-1) Python finds a character about seven times faster than a two-character word
    (0.015 against 0.10 ms), and most pages hold none of the words asked about.

    >>> holds_any("所属栏目：新闻", ("分类", "栏目")), holds_any("A long English text", ("分类", "栏目"))
    (True, False)
    """
    return any(word[:1] in text and word in text for word in words)


def hitting_chars(words: Iterable[str]) -> str:
    """Characters such that each of ``words`` holds one of them, few (the character most words
    left hold, in turn): a text holding none of these holds none of the words, and Python finds
    a character in a long text several times faster than a regex of the words scans it.

    >>> hitting_chars(["已删除", "被删除", "不存在", "已下架"])
    '除架存'
    """
    left = set(words)
    found = []
    while left:
        char = max({c for word in left for c in word}, key=lambda c: (sum(c in word for word in left), c))
        found.append(char)
        left = {word for word in left if char not in word}
    return "".join(found)


def page_text(doc: Any) -> str:
    """All the text of the page ``doc`` is in (:data:`DOC_TEXT`), read once per page."""
    _page(doc)
    found = _PAGE[1].get(DOC_TEXT)
    if found is None:
        found = _PAGE[1][DOC_TEXT] = str(evaluate(_PAGE[0], DOC_TEXT))
    return found


def site_logo(heading: Any) -> bool:
    """Whether ``heading`` (a title heading's candidate) is the site's logo, not a title.

    >>> from lxml.html import fragment_fromstring as f
    >>> site_logo(f('<h1><a href="/">江城日报</a></h1>')), site_logo(f('<h1 class="logo">江城日报</h1>'))
    (True, True)
    >>> site_logo(f('<h1><a href="/news/2024/88.html">市图书馆新馆开放</a></h1>'))
    False
    """
    if LOGO_HINT.search(f"{heading.get('class', '')} {heading.get('id', '')}"):
        return True
    links = heading.findall(".//a")
    if len(links) != 1:
        return False
    href = (links[0].get("href") or "").strip()
    text = "".join(heading.text_content().split())
    return (
        bool(href)
        and HOME_HREF.fullmatch(href) is not None
        and text == "".join(links[0].text_content().split())
    )
