"""The reader's call, one notion for the passes that read a tail or a line set apart: an interactive call, a follow
that promises more, a contact ask, an offer's label, a gain.

The glued-tail pass (:mod:`fanwen.strip.marks`) and the line pass (:mod:`fanwen.strip.adlines`) each kept their own words
for what a call says, and a kind one knew slipped through the other (session 27, issue 11: a 点赞收藏不迷路 glued bare
after a paragraph, read by the line pass only on a line of its own; a 关注某某，下期带你… line, read by neither). What is
here is read the same way wherever the call stands; the place (a mark, a bracket, a look of its own) is each pass's.
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
    """Whether ``folded`` opens on a label that sells (【会员专属】…, 本月限定：…).

    >>> offer_label("【读者专享】报名即可参加抽奖"), offer_label("【温馨提示】请带好证件"), offer_label("注：下同")
    (True, False, False)
    """
    label = LABEL.match(folded)
    return label is not None and OFFER_LABEL.search(label.group(1) or label.group(2)) is not None
