"""The reader's call, one notion for the passes that read a tail or a line set apart: an interactive call, a follow
that promises more, a contact ask, an offer's label, a gain.

The glued-tail pass (:mod:`fanwen.strip.marks`) and the line pass (:mod:`fanwen.strip.adlines`) each kept their own words
for what a call says, and a kind one knew slipped through the other (session 27, issue 11: a 点赞收藏不迷路 glued bare
after a paragraph, read by the line pass only on a line of its own; a 关注某某，下期带你… line, read by neither). What is
here is read the same way wherever the call stands; the place (a mark, a bracket, a look of its own) is each pass's.

Session 28 adds the calls that speak for the site, a partner or a shop with no gain word the readings knew: a pointer to
the page's own place (:data:`PAGE_PLACE`, :func:`site_call`), a wish answered with a course or a service (:data:`WISH`),
a partner's or a sponsor's sale (:func:`sponsored`), a prize quiz (:func:`prize_quiz`), a label that recommends
(:func:`offer_label`), a discount, a sale's or a trial's price (:func:`sale`, :data:`SALE_TERMS`); and the channels of
the glued-tail pass (:data:`CHANNEL`, from marks.py).

Session 29 adds the words set off by a pair of decorative marks (:func:`wrapped`) and their reading (:func:`wrapped_call`:
an ask, an offer or a sale, wherever the pair sits), a wrapper a rule split (:func:`wrapper_opening`) and a label that
sells (:data:`SELLING_LABEL`).
"""

from __future__ import annotations

import re

# An interactive call to the reader that asks by itself, with no look and no gain: a like, a save, a tip asked for (就点赞,
# 记得收藏, 求打赏; 请关注… is a notice's as often), two of them opening a clause (点赞收藏…, 点赞+关注), or one with the
# ask's particle or its promise (…吧, 关注不迷路). A praise's 点赞！ opening a news line, or a count of likes told
# (被网友点赞转发上万次, 点赞收藏量), is none.
_LIKES = r"(?:点赞|点个赞|收藏|转发|在看|打赏|赞赏|一键三连|三连)(?![家品夹者了过的量数率])"
_CALLS = r"(?:" + _LIKES + r"|关注)"
ENGAGE_ALONE = re.compile(
    r"(?:就|请|记得|欢迎|别忘了|顺手|麻烦|求|帮忙)\s*"
    + _LIKES
    + r"|(?:^|[，,！!～~])\W{0,2}"
    + _CALLS
    + r"[、+＋和与加\s]*"
    + _CALLS
    + r"|(?:^|[，,！!～~])\W{0,2}"
    + _CALLS
    + r"[^，,。！？]{0,4}(?:吧|哦|喔|呀|不迷路|支持一下)"
)
# A group or a community to join (…进新群, 加入…群, …星球).
JOIN = re.compile(r"(?:进|入|加|加入)[^，,。！？；]{0,14}(?:群(?![众体落岛山])|星球|社群)")
# A channel followed: its kind named after the act (关注专栏…, 订阅视频号…, 订阅…客户端).
FOLLOW = re.compile(
    r"(?:关注|订阅)[^，,。！？；]{0,3}(?:专栏|视频号|公众号|抖音|快手|b站|小红书|频道|直播间|账号|主页|微博|客户端)",
    re.I,
)
# A name followed, opening the line as its own clause (关注老周，…; 订阅老街故事，…): a channel only with a promise or a
# share asked after it (session 27).
FOLLOW_NAME = re.compile(r"^\W{0,2}(?:关注|订阅)(?![了过着的])[^，,。！？；\s]{2,10}[，,]")
# The promise of more (更多…资讯, 每周…更新, 下期带你…) or a share asked (转发给…, 分享给…).
MORE = re.compile(
    r"更多[^，,。！？；]{0,8}(?:资讯|干货|好文|内容|视频|故事|模板|技巧|精彩|文章|照片|做法)"
    r"|每[周天日晚月][^，,。！？；]{0,10}(?:更新|直播|推送|开播)|持续更新|第一时间"
    r"|下期|下回|下一期|下一篇|下篇"
)
_SHARE = re.compile(r"(?:^|[，,])\W{0,2}(?:转发|分享)给")
# A business asked to get in touch (a sponsor, a partner, a booth): 详洽…, 洽询…, 欢迎来电…, 诚邀…合作.
CONTACT = re.compile(
    r"详洽|洽询|洽谈|垂询|请洽|欢迎来电|来电咨询|诚邀[^，,。！？；]{0,10}(?:合作|赞助|冠名|加盟)"
)
# An offer's label: a bracket's or a label's words that sell (【会员专属】, （本月限定：…）, 〔限时福利：…〕, 【好物推荐】).
OFFER_LABEL = re.compile(r"广告|推广|限定|专属|专享|独享|福利|优惠|特惠|好康|好物|特价|秒杀")
# A label: 【…】-like brackets round a few words opening the text, or a few words and a colon.
LABEL = re.compile(
    r"^\W{0,2}(?:[【〔［〖]([^】〕］〗，,。]{2,8})[】〕］〗]|([^，,。：:！？\s]{2,8})\s*[：:])"
)
# Where the reader acts: an account or a platform (Latin names in any case), a channel, a group, a column, a live, a DM
# (moved from marks.py; a service or a subscription account, 服务号, 订阅号, since session 28).
CHANNEL = re.compile(
    r"(?i:instagram|youtube|facebook|(?<![a-z])(?:ig|fb|b站)(?![a-z])|bilibili)|LINE|脸书|粉丝专页|频道|公众号|视频号"
    r"|抖音|快手|小红书|微博|知乎|星球|专栏|直播|播客|(?<![人族众])群(?!众|体|落|岛|山|星)|主页|账号|帐号|微信"
    r"|笔记|后台|评论区|小编|粉丝|APP|App|app|客户端|小程序|服务号|订阅号"
)
# An ask in the imperative (a gift's 送 or 领 alone is what is got: a caption's 送到… is none); a button's 点这里/点此 and a
# subscription since session 27.
ASK = re.compile(
    r"下载|打开|点击|点此|点这里|扫码|扫一扫|关注|添加|加入|输入|搜索|登录|注册|领取|下单|抢购|开通|长按|订阅"
)
# A gift, not a service's 免费 alone: a thing given or drawn, a sum, a discount, coins, points, a coupon; a fee waived
# (免服务费, 免手续费) and a prize (奖品, 大奖) since session 27.
GIFT = re.compile(
    r"(?<![赠赔运发传护递欢相目])送(?![别达往给走行出回检的])|(?<![捐馈])赠|抽(?:奖|取|送|\w{0,8}(?:名|份|个|台|券|卡|杯|礼))"
    r"|奖励|红包|[券劵]|金币|积分|福利|礼包|\d\s*折|[一二三四五六七八九]折|立减|满\s*\d+\s*减|半价|\d+\s*天会员"
    r"|(?:NT|US|HK)?\$\s*\d|[¥￥]\s*\d|\d\s*元|免[^，,。！？\s费]{1,3}费|奖品|大奖|好礼"
)


def follows_for_more(folded: str) -> bool:
    """Whether ``folded`` asks to join a group or a community, or to follow a channel (or a name opening the line) that
    promises more of itself or asks to be shared (关注专栏…每周…更新; 关注老周，下期带你…; 关注…晚报，转发给…).

    >>> follows_for_more("关注老周，下期带你去吃城南的牛肉面"), follows_for_more("关注孩子心理健康，从倾听开始")
    (True, False)
    """
    if JOIN.search(folded) is not None:
        return True
    if FOLLOW.search(folded) is None and FOLLOW_NAME.search(folded) is None:
        return False
    return MORE.search(folded) is not None or _SHARE.search(folded) is not None


def offer_label(folded: str) -> bool:
    """Whether ``folded`` opens on a label that sells (【会员专属】…, 本月限定：…), or on a label that recommends over an ask
    on a channel (【温馨推荐：…服务号…，关注即可…】, session 28; a label's advice, 【专家推荐：…关注血压变化】, names no
    channel).

    >>> offer_label("【读者专享】报名即可参加抽奖"), offer_label("【温馨提示】请带好证件"), offer_label("注：下同")
    (True, False, False)
    >>> offer_label("温馨推荐：县医保服务号上线提醒功能，关注即可设置"), offer_label("专家推荐：每天步行，关注血压变化")
    (True, False)
    """
    label = LABEL.match(folded)
    if label is None:
        return False
    words = label.group(1) or label.group(2)
    if OFFER_LABEL.search(words) is not None:
        return True
    rest = folded[label.end() :]
    return "推荐" in words and ASK.search(rest) is not None and CHANNEL.search(rest) is not None


# Session 28 (issue 11): calls that speak for the site, a partner or a shop with no gain word the readings knew — a
# pointer to the page's own place, a wish answered with a course or a service, a partner's or a sponsor's sale, a prize
# quiz, a sale at a discount or a trial's price.

# The page's own place told in the text: its layout (右侧, 右下角, 本页, 页面底部, 文末), the writer's page (主页), a
# column, a special or a zone of the site's pointed at (本站“…”栏目, 进入“…”专题, 点击右侧“…”专区). A figure's side
# (右图, 右侧图表) is none.
PAGE_PLACE = re.compile(
    r"[右左](?:侧|边|下角|上角|下方)(?![图表])|本页|页面(?:底部|顶部|右侧|左侧|下方|上方)|文末|文章(?:底部|末尾|最后)"
    r"|底部菜单|主页|(?:本站|本号|进入|点击|点选|尽在)[^，,。！？；]{0,12}(?:专题|专区|栏目|频道)"
)
# What the reader is sent to the place for: an act on it (点击, 点选, 进入, 扫描, 关注, 预约, 领取) or an ease (即可, 就能,
# 自取, 尽在, 每周更新).
_SENT_FOR = re.compile(
    r"点击|点选|点按|进入|扫描|扫码|关注|预约|领取|即可|就能|就可以|自取|尽在|每[日天周月]更新|记得|别错过"
)
# A writer's reference to the text's own parts or its document (详见文末附表, 如右侧图表所示, 《…》全文已…公布): the
# article's pointer, no call; so is a news story's pointer to where its document is published (…栏目已同步刊发该通知).
_REFERENCE = re.compile(
    r"全文|原文|原件|附表|附件|附录|参考文献|注释|所示|图\s*\d|表\s*\d|《|公布|印发|刊发|刊登"
    r"|该(?:通知|文件|办法|意见|方案|公告|条例|规定)"
)
# A wish asked, opening the words (想系统学？, 需要模板？, 懒得自己弄？): the reader addressed.
WISH = re.compile(
    r"^\W{0,2}(?:想要|想|还想|需要|懒得|不想|没空|没时间)(?![不起想必来到法象])[^，,。？?！!]{1,14}[？?]"
)
# What a wish is answered with, when it is the site's or a partner's: a course, a live, a service, a booking, a buy, a
# button (a reference, 见文末, 下一节会细说, is the text's own answer).
_OFFERED = re.compile(r"课|讲座|训练营|开播|开课|开讲|直播|服务|套餐|套组|预约|报名|购买|下单|点击|点选|合作")
# A partner or a sponsor of the site's named (合作书店, 合作店家; 由「…」赞助, 本站由…支持, 由…冠名).
SPONSOR = re.compile(
    r"合作(?:店家|商家|书局|书店|相馆|机构|品牌|伙伴|厂商|网店|门店|餐馆|超市)|由[^，,。！？；]{1,14}(?:赞助|冠名|支持)"
)
# A price off, one notion for a sale's discount here and for the glued offer's gain (:data:`GAIN`): N折 (8.5折 has its
# 5折), 满N减M, 半价, 立减, 直降.
_OFF = r"\d\s*折|[一二三四五六七八九]折|满\s*\d+\s*减\s*\d+|半价|立减|直降"
# A discount or a sale's price: N折, 满N减M, 半价, 特惠, 立减; a price under terms (限时9.9元, 只要19元); a trial's price (a
# first term at a price or free: 首年只要19元, 新人首单0元, 新用户首单半价), never a fact told.
DISCOUNT = re.compile(_OFF + r"|特惠|特价|优惠价")
SALE_PRICE = re.compile(r"(?:限时|仅需|只需|只要|低至)\s*[\d.]+\s*元")
TRIAL = re.compile(
    r"(?:首月|首年|首周|首期|首单|首购|新人|新用户)[^，,。！？；]{0,6}?"
    r"(?:仅|只要|低至|免费|(?<![\d.])0\s*元|[\d.]+\s*元|半价|\d\s*折|[一二三四五六七八九]折)"
)
# A sale's terms: a time limit, a deadline, the whole shop (限时7折, 活动截至…, 全场满N减M); places left (名额有限) are a
# notice's as often.
# (The time limits are the terms' too, :data:`TERMS`: one fragment, _DEADLINE.)
_DEADLINE = r"限时|截[至止]|(?:内|前|当[日天]|今[日天晚])有效|\d{1,2}\s*[/月]\s*\d{1,2}\s*日?\s*前|本周|今晚"
SALE_TERMS = re.compile(_DEADLINE + r"|全场")
# A thing sold for a sum (代售…每本一百五十元, 售价…元): a partner's sale, the sum in digits or in words.
_SOLD = re.compile(r"代售|出售|售价|特价|优惠")
_SUM = re.compile(r"[\d一二三四五六七八九十百千两]+\s*元")
# A prize quiz the reader is invited to (有奖答题…，参与即有机会获得…); told as done (共吸引两千余人参与), none.
_PRIZE = re.compile(r"有奖(?:答题|竞猜|问答|征集|征文|互动|调查|转发)|有机会(?:获得|赢得|赢取|抽中)")
_INVITED = re.compile(r"(?:参与|参加|答题|转发|留言|报名)(?:即|就|便)|欢迎(?:参与|参加)|(?:正在|火热)进行")
_TOLD_COUNT = re.compile(r"\d+\s*余?\s*[人名]|[一二两三四五六七八九十百千万]+余?[人名]|共|吸引|了")


def sale(folded: str) -> bool:
    """Whether ``folded`` sells at a discount, at a sale's price or at a trial's (session 28).

    >>> sale("阳台种植工具五件套限时特惠"), sale("新人首单鉴定0元"), sale("每月缴费一次")
    (True, True, False)
    """
    return (
        DISCOUNT.search(folded) is not None
        or SALE_PRICE.search(folded) is not None
        or TRIAL.search(folded) is not None
    )


def sponsored(folded: str) -> bool:
    """Whether ``folded`` names a partner or a sponsor of the site's and sells (合作书店代售…每本三十八元; 本期栏目由「…」
    赞助，…限时特惠; 本站由「…」支持：…首单半价): a funding or an organising credit sells nothing (session 28).

    >>> sponsored("本站由「青禾优选」支持：生鲜到家，新用户首单半价"), sponsored("本项目由国家自然科学基金资助")
    (True, False)
    """
    if SPONSOR.search(folded) is None:
        return False
    return sale(folded) or (_SOLD.search(folded) is not None and _SUM.search(folded) is not None)


def prize_quiz(inner: str) -> bool:
    """Whether ``inner`` invites the reader to a prize quiz (有奖答题正在进行，参与即有机会获得…), not told as done
    (共吸引两千余人参与) (session 28).

    >>> prize_quiz("有奖答题正在进行，参与即有机会获得精美礼品"), prize_quiz("本次有奖答题共吸引两千余人参与")
    (True, False)
    """
    return (
        _PRIZE.search(inner) is not None
        and _INVITED.search(inner) is not None
        and _TOLD_COUNT.search(inner) is None
    )


def site_call(inner: str) -> bool:
    """Whether a bracket's words glued after a paragraph call the reader to the site's own place or to what it sells,
    with no gain word the readings know (session 28): a pointer to the page's place that sends the reader there to act
    or for an ease (点击右侧“…”专区，预约…; 尽在本站“…”栏目; …放在文末网盘链接，需要的同学自取), with no reference to the
    text's own parts (详见文末附表, 《…》全文); a wish answered with a course, a service or a booking (想…？…今晚八点开播;
    懒得自己弄？…合作店家提供…服务).

    >>> site_call("点击右侧“统计开放日”专区，预约参观"), site_call("详见文末附表"), site_call("想知道答案？见文末")
    (True, False, False)
    """
    if (
        PAGE_PLACE.search(inner) is not None
        and _SENT_FOR.search(inner) is not None
        and _REFERENCE.search(inner) is None
    ):
        return True
    return WISH.search(inner) is not None and _OFFERED.search(inner) is not None


# The glued-offer pass's words (moved from tails.py, session 28, unchanged: the review found each pass keeping its own
# lists; the glued-tail pass reads them from here too).
# What the reader gets (texts are folded to simplified Chinese): a thing free or off, a sum, a coupon, a gift, an ease
# (a batch download, a reminder that comes itself, a result made in seconds), a sale's price (团购价, 再折N元; session 25).
# (Each alternative's first character is looked at first, (?=[…]): the search rejects most places at one class test,
# where trying some thirty alternatives at each place made it the pass's dearest search.)
GAIN = re.compile(
    r"(?=[免包立直\d一二三四五六七八九十两几券劵红金积礼领送满赠半秒抽批自团优特折])(?:免费|免运|免广告|包邮|"
    + _OFF
    + r"|[券劵]|红包|金币|积分|礼包"
    r"|(?<![本带占引率])领(?!导|域|先|袖|会|悟|略|队|土|头|取消|的|到)|(?<![赠赔运发传护递欢相目])送(?![别达往给走行出回检的])"
    r"|(?<![捐馈])赠(?!送给|言)|秒杀|(?<![被])抽(?=奖|取|送|[一二三四五六七八九十两\d]+[名份个位台]|电|\w{0,6}[礼卡券杯壶灯包])"
    r"|批量下载|一键|自动提醒|(\d+|[一两三四五六七八九十几])\s*(秒|分钟)\s*(生成|出|搞定|写)"
    r"|(团购|优惠|特惠|秒杀|折扣|特)价|折\s*\d+\s*元)"
)
# A last clause of terms (a deadline, a limit on who or how many: 限时至…, 活动截至…, 仅限本周, 名额有限, 每日前N名, 仅今晚
# 有效, 12/20前): the offer's gain is read in the clauses before it (session 24).
TERMS = re.compile(_DEADLINE + r"|限量|仅限|仅剩|名额|先到先得|前\d+名|为止|即止|售完|送完")
# A price: a gain only when an ask sells it (点击…，9.9元加入…); a line that only prices is a fact sheet's (会员价20元/次).
PRICE = re.compile(r"\d+(\.\d+)?\s*元|[￥¥]\s*\d|NT\$\s*\d")
# Where it is got: an app, a mini program, a shop, a page of the site's, a card below, a membership, LINE; a form
# (表单, 问卷) or a tool named with AI (「…AI…」, AI写作…) that gives it (session 25).
OFFER_CHANNEL = re.compile(
    r"APP|App|app|小程序|商城|网店|店铺|橱窗|主页|官网|公众号|本站|本号|直播间|LINE|Line|会员|下方|二维码|QR\s*Code|卡片"
    r"|抖音|视频号|快手|评论区|团购|群(?<![人族众]群)(?!众|体|落|岛|山)|表单|问卷"
    r"|[「“『]\w{0,8}AI\w{0,8}[」”』]|AI\w{0,4}(助手|帮手|工具|写作|写稿)"
)
# An ask in the imperative opening a clause (开通, 现在下单 since session 25).
ASK_OPENING = re.compile(
    r"(^|[，,：:])\W{0,2}(立即|马上|立刻|赶快|快来|点击|点此|戳|进入|前往|扫描|扫码|扫一扫|长按|搜索|下载|打开"
    r"|开通(?![了的过])|现在(下单|加入|开通|购买|订购))"
)


# Session 29 (issue 11): a sale or an ask set off by a pair of decorative marks, wherever it sits (glued to a paragraph,
# on a line of its own): a symbol or an emoji on both ends, the same or mirrored (★…★, ✨…✨, ※…※, →…←, 》》…《《), a
# tortoise-shell or a lenticular bracket (〔…〕, 【…】), a round bracket with a decoration inside (（★…★）, （💡 …）); or
# an emoji opening a line. Such marks are no sentence's punctuation: the page draws a thing apart with them. What they
# set off is an advert when its words ask, offer or sell (:func:`wrapped_call`); the article's own bracketed note, its
# decorated heading, its rating stars and its book titles ask nothing.

# A decoration: an arrow, a geometric shape, a symbol or a dingbat, a pictograph, a reference mark (※).
DECORATIONS = "\u203b\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f300-\U0001faff"
_DECOR = f"[{DECORATIONS}]\ufe0f?"
# The mirrored pairs of marks (an arrow and its reverse, doubled angle brackets): the opening run's mirror closes.
_MIRROR = str.maketrans("→⇒➡➤▶►▷》>＞«»", "←⇐⬅◀◀◄◁《<＜»«")
# The reverse: a closing mark to its opening mark.
_UNMIRROR = str.maketrans("←⇐⬅◀◄◁《<＜", "→⇒➡▶►▷》>＞")
_PAIRED = re.compile(
    rf"^\s*(?P<open>(?:{_DECOR}|》》|>>|＞＞)+)\s*(?P<inner>.{{4,}}?)\s*(?P<close>(?:{_DECOR}|《《|<<|＜＜)+)\s*$"
    rf"|^\s*(?P<bopen>[〔【［〖]|[（(]\s*(?={_DECOR}))(?P<binner>[^〔【［〖〕】］〗（()）]{{4,}})[〕】］〗）)]\s*$"
    rf"|^\s*(?P<emoji>[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?)\s*(?P<einner>[^\U0001f300-\U0001faff]{{4,}})$",
    re.S,
)
_EDGE_DECOR = re.compile(rf"^(?:{_DECOR}|\s)+|(?:{_DECOR}|\s)+$")
_STEP_ARROW = re.compile("[\u2190-\u21ff\u2794-\u27bf\u2900-\u297f]|》》|>>|＞＞")
_BRACKET_CLOSE = {"〔": "〕", "【": "】", "［": "］", "〖": "〗", "（": "）", "(": ")"}


def wrapped(text: str) -> str | None:
    """The words ``text`` sets off between a pair of decorative marks (or after an emoji opening it), or None: the
    same symbol or its mirror on both ends (★…★, →…←, 》》…《《), a 〔〕【】［］〖〗 pair round it whole, a round bracket
    with a decoration inside (（★…★）, （💡 …）) (session 29).

    >>> wrapped("》》全店满二百减三十，欢迎到店选购《《"), wrapped("（★戳我下单★）"), wrapped("（单位：元）")
    ('全店满二百减三十，欢迎到店选购', '戳我下单', None)
    >>> wrapped("★★★★☆"), wrapped("→ 设置 → 隐私"), wrapped("📘 本书已上架，京东有售。")
    (None, None, '本书已上架，京东有售。')
    """
    found = _PAIRED.match(text)
    if found is None:
        return None
    if found.group("open") is not None:
        opened, closed = found.group("open").replace("\ufe0f", ""), found.group("close").replace("\ufe0f", "")
        last = opened[-1:]
        if closed not in (opened, opened.translate(_MIRROR)) and closed[:1] not in (
            last,
            last.translate(_MIRROR),
        ):
            return None
        inner = found.group("inner")
    elif found.group("bopen") is not None:
        if _BRACKET_CLOSE[found.group("bopen")[0]] != text.rstrip()[-1]:
            return None
        inner = found.group("binner")
    else:
        inner = found.group("einner")
    inner = _EDGE_DECOR.sub("", inner)
    # words, not a row of marks (★★★★☆) nor a path of steps (设置 → 隐私 → 通知); a placeholder's ○ is a word's
    if len(inner) < 4 or _STEP_ARROW.search(inner) is not None:
        return None
    return inner


# The article's own words, read by the glued tails (tails.py, marks.py) and by a wrapped line wherever it sits (one
# home since the review of session 29, where the own-line reading had skipped them):
# a report: a reporter or a speaker, a time gone by, people counted, a figure (%), a third person;
REPORTED = re.compile(
    r"记者|表示|(?<![名简昵职])称|(?<![数证依占盘收单票字])据(?!点)|报道|宣布|指出|透露|提[醒示][：:，,]|昨天|昨日|去年|上月|上周|当时|那天|人次|[%％]|他们|她|他(?!人)"
)
# a note's label opening the words (（注：…）, （图片来源：…）, （小贴士：…）, （编者注：…）);
NOTE_OPENING = re.compile(
    r"^\W{0,2}([^，,：:]{0,4}(注|来源|图源|出处)|附|备注|说明|(温馨|小)?提示|贴士|小贴士)\s*[：:]"
)
# a public body's own service account in a notice: the body (a bureau, a court, the police), an official or
# authoritative channel, a service done on it (查询, 办理, 缴费…);
PUBLIC_SERVICE = re.compile(
    r"官方|政务|权威|查询|办理|办事|缴费|挂号|申报|(?<![格布结大全当平])局(?![面势限部])|法院|派出所|公安|人社|医保|税务"
)
# a how-to's step (a number, 第N步, 步骤; the reader's input: 登录, 输入, 上传, 填写) or the act made a subject (关注公众号
# 的人越来越多);
STEP_OR_SUBJECT = re.compile(
    r"^\W{0,2}(?:\d{1,3}\s*[、.．)）]|第\s*[一二三四五六七八九十\d]+\s*步|步骤)|登录|输入|上传|填写|越来越"
)
# the public a notice or a story names as who gets the gain (老人凭…领取, 市民可…).
PEOPLE_GET = re.compile(
    r"(?:市民|居民|村民|群众|顾客|消费者|游客|旅客|乘客|患者|家长|老人|长者|学生|考生|职工|员工|读者|用户)"
    r"[^，,。！？]{0,3}(?:可|凭|需|须|应|持|在|均)"
)
# A time gone by besides a report's (当时, 去年): what a place did once and is remembered for (1990年，…; 至今, 当年).
_GONE_BY = re.compile(r"至今|当年|那年|那时|曾经|年代|(?:19|20)\d{2}\s*年[，,]")

# A sale's or a booking's ask beside the imperatives (ASK): 戳我, 抢券, 选购, 购买, 订购, 预订 (a room, a seat, a
# meal), 报名, 预约, a consultation (详询, 咨询, 拨打…), a DM.
_WRAPPED_ASK = re.compile(
    ASK.pattern + r"|戳|抢[购券]|选购|购买|订购|预[订购]|订[房票座位餐]|报名|预约|详询|咨询|拨打|私信|私讯"
)
# What is offered beside a gain (GAIN, GIFT): a label that sells (OFFER_LABEL); a fee waived (免押金, 0服务费, 免息); a
# thing on sale or a business's occasion to sell (上架, 上市, 有售, 开售, 促销, 酬宾; a letting or a franchise: 招租, 加盟);
# a price from (99元起, 五块钱起). The ask's own haste (立即, 马上, 速) is no offer: a safety line asks so (请立即拨打120).
_WRAPPED_OFFER = re.compile(
    OFFER_LABEL.pattern
    + r"|(?:[零0]|免)\s*(?:手续费|服务费|利息|息|首付|押金|运费|配送费)"
    + r"|上架|上市|有售|预售|开售|促销|热卖|热销|酬宾|招商|招租|加盟"
    + r"|[\d一二三四五六七八九十两百千]\s*(?:元|块钱?[一二三四五六七八九]?)起"
)


# A label that sells (an offer's label, a letting, a franchise, a pre-sale: 【街口招租】, 【会员专属】), over a line's call.
SELLING_LABEL = re.compile(OFFER_LABEL.pattern + r"|招商|招租|加盟|团购|预售")


# A sale's haste, the terms a wrapped ask is pressed with: a limit (限时, 限量, 仅限, 售完即止, 全场), this week or
# tonight as the sale's span (本周特惠, 今晚下单); never a date, a deadline or a start (本周六, 本周五前, 本周内, 本周起,
# 今晚七点), places left or first come (名额有限, 先到先得): a notice's own terms as often (【报名截止时间为本周五】).
_HASTE = re.compile(
    r"限时|限量|仅限|仅剩|售完|送完|即止|全场"
    r"|本周(?![一二三四五六日天内起末])|今晚(?!\s*[\d一二三四五六七八九十两]+\s*[点时:：])"
)
# What a wrapped ask is for: a gain, an offer, a sale's haste.
_WRAPPED_FOR = (GAIN, GIFT, _WRAPPED_OFFER, _HASTE)
# How the reader reaches a seller on a channel (微信搜索“…”, 关注…, 私信…, 扫码加…): a channel is where an ask is
# for only so; a booking, a login or a look-up on an app (可在…App预订, 登录…App) is a service's how-to.
_REACH = re.compile(r"搜索|关注|添加|加(?:微信|好友|群|V|v)|私信|私讯|扫码|扫一扫")


def told(inner: str) -> bool:
    """Whether words set off by decorative marks are the article's own, whatever they ask or sell: a report, a note's
    label, a time gone by, the public told what it gets (the guards of the glued and the own-line readings alike).

    >>> told("注：凭老年证就餐可享八折"), told("1990年，粮站开业当天全场八折"), told("全场八折，戳我下单")
    (True, True, False)
    """
    return (
        REPORTED.search(inner) is not None
        or NOTE_OPENING.search(inner) is not None
        or _GONE_BY.search(inner) is not None
        or PEOPLE_GET.search(inner) is not None
    )


def wrapped_call(inner: str) -> bool:
    """Whether the words a pair of decorative marks sets off (:func:`wrapped`) ask, offer or sell (session 29): not the
    article's own (a report, a note's label, a time gone by, the public told what it gets); then a sale at a discount
    or a sale's price (:func:`sale`: …全系直降, 会员加购…只要199元), or an ask (an imperative, 戳我, 选购, 报名, 预约,
    详询, 拨打…) with what it is for: a gain, an offer's label, a fee waived, a thing on sale, a price from, a sale's
    haste (限时, 仅限本周, 全场); or a channel the reader reaches a seller on (微信搜索“…”), no public service's.
    The glued reading (marks.py) and the own-line reading (adlines.py) run these guards alike.
    An ask alone (如有疑问请拨打12345咨询, 请立即拨打120), a gain told with no ask (八十岁以上老人免费) are none.

    >>> wrapped_call("家电上门维修，微信搜索“修师傅到家”"), wrapped_call("本月血压计品牌周，会员加购袖带只要199元")
    (True, True)
    >>> wrapped_call("如有疑问，请拨打服务电话咨询"), wrapped_call("八十岁以上老人免费乘车"), wrapped_call("报名截止时间为6月30日")
    (False, False, False)
    >>> wrapped_call("出现胸痛时请立即拨打120"), wrapped_call("游客可在“某某”小程序预约"), wrapped_call("注：会员八折")
    (False, False, False)
    """
    if told(inner):
        return False
    if sale(inner):
        return True
    if _WRAPPED_ASK.search(inner) is None:
        return False
    if any(what.search(inner) is not None for what in _WRAPPED_FOR):
        return True
    return (
        CHANNEL.search(inner) is not None
        and _REACH.search(inner) is not None
        and PUBLIC_SERVICE.search(inner) is None
        and STEP_OR_SUBJECT.search(inner) is None
    )


# A split wrapper's opening part: what is left after the last sentence's stop, this long at most.
_OPENING_MAX_CHARS = 24
_LAST_STOP = re.compile(r".*[。！？!?…][”’」』]*", re.S)
# The writer pointing at the text's own table, figure or appendix (详见附表, 见下图, 如下表所示): the article's words.
_OWN_REFERENCE = re.compile(r"详见|参见|见(?:附|下|上|图|表)|附[表件录图]|如[下图表]")


def wrapper_opening(kept: str, cut: str) -> int | None:
    """Where the opening part of a wrapper starts in ``kept`` when ``cut`` (a sentence a rule cut right after it) closes
    with the mark that mirrors or repeats the part's opening mark and the two are one wrapper (:func:`wrapped`: no
    step's arrow between), or None (session 29): a rule reads a wrapper's last sentence as a call and leaves its first
    (→ 机会难得！ before 关注…抽取…←); the pair is one advert. A path of steps (→ 报名→审核！), the writer's reference
    (→ 详见附表！) or words :func:`told` (a report, a note) before the call are the article's.

    >>> kept = "急诊照常服务，探病时间不变。→ 机会难得！"
    >>> kept[wrapper_opening(kept, "关注公众号并转发，抽取保温杯一个←") :]
    '→ 机会难得！'
    >>> wrapper_opening("步骤：设置→隐私。", "关注公众号领取资料。") is None
    True
    """
    close = cut.rstrip()[-1:]
    if not close or re.fullmatch(_DECOR, close) is None:
        return None
    opens = {close, close.translate(_UNMIRROR)}
    body = kept.rstrip()
    # the opening part: after the sentence before it (not counting the part's own closing stop)
    head = _LAST_STOP.match(body[:-1])
    start = head.end() if head is not None else 0
    start += len(body[start:]) - len(body[start:].lstrip())
    if body[start : start + 1] not in opens or len(body) - start > _OPENING_MAX_CHARS:
        return None
    opening = body[start:]
    # not one wrapper round the call (steps between its marks), or the article's words before it
    words = _EDGE_DECOR.sub("", opening)
    if wrapped(opening + cut.strip()) is None or _OWN_REFERENCE.search(words) or told(words):
        return None
    return start
