"""Offers glued to the article's text, read by where they stand (session 23, issue 11; fanwen/strip/tails.py).

The tail after a paragraph's last sentence, with no stop of its own, in brackets or flanked by down-arrows (or a short
line of its own of two clauses), that offers the reader a gain through a channel or by an ask in the imperative, goes;
the paragraph stays. A report of the same things, a notice's real instruction, a price in a fact sheet, a writer's aside
that tells, a numbered step or a heading stay. Our own wordings, none of a fixture's.
"""

from __future__ import annotations

import pytest
from conftest import bundled_rules

from fanwen.items import Block
from fanwen.strip import strip_blocks

RULES = bundled_rules()
BEFORE = "城南老街的改造去年秋天完工，青石板路重新铺过，沿街的木门也刷上了桐油，周末来散步的人明显多了起来。"
AFTER = "街口那棵老槐树被保留了下来，树下的石凳依旧是老人们聊天下棋的地方，傍晚时分格外热闹。"


def _strip(line: str, title: str = "城南老街改造记"):
    blocks = [Block(BEFORE), Block(line), Block(AFTER)]
    result = strip_blocks(blocks, RULES, title)
    return [b.text for b in result.blocks], result


# A paragraph's sentence, and the offer glued after it.
GLUED = [
    # a bracketed aside
    ("茶汤的颜色比去年更透亮，回甘也更持久。", "（淘宝搜索店铺“云岭茶舍”，新客首单立减15元）"),
    ("小火焖上二十分钟，就能做出一锅软糯的米饭。", "（关注公众号“厨房小记”，回复米饭领取电子食谱）"),
    ("这是我第三次修改简历，终于拿到了面试通知。", "（简历模板我放在主页橱窗里，粉丝可领5折券）"),
    # a question and an imperative
    ("练了一个学期，孩子的握笔姿势也慢慢纠正过来了。", "想让孩子写一手好字？立即预约免费体验课"),
    ("每天坚持慢跑三十分钟，体重下降得最稳。", "不知道自己的体脂率？点击下方链接免费测一测"),
    ("老屋的木窗换上了新漆，院子里种满了月季。", "想住进这样的老宅？打开“乡居”APP，新人订房立减50元"),
    # an unpunctuated tail
    ("退休以后，他每天都去公园下棋，一下就是一上午。", "下载“棋友圈”APP，每天签到领30积分"),
    ("入秋以后，湖边这一带的民宿周末几乎都订满了。", "湖畔小院官方小程序预订，周末入住送早餐"),
    ("最后撒上一把葱花，淋一勺热油，就可以出锅了。", "本站收录家常菜谱300道，会员可一键导出PDF"),
]


@pytest.mark.parametrize(("sentence", "offer"), GLUED)
def test_an_offer_glued_after_a_paragraph_goes_and_the_paragraph_stays(sentence, offer):
    kept, result = _strip(sentence + offer)
    assert sentence in kept
    assert not any(offer in line for line in kept)
    assert any(offer in r.text for r in result.removed)


@pytest.mark.parametrize(
    "line",
    [
        # flanked by down-arrows, a card's caption
        "▼ 点击下方卡片，19元解锁全套写作课 ▼",
        "👇 长按识别二维码，免费领取备考资料包 👇",
        "↓ 戳下方小程序，新用户首月1元 ↓",
    ],
)
def test_an_offer_on_a_line_of_its_own_goes(line):
    kept, _ = _strip(line)
    assert line not in kept
    assert BEFORE in kept and AFTER in kept


@pytest.mark.parametrize(
    "line",
    [
        # a report of an app's launch, in its stop
        "市交通局上月推出“畅行”APP，市民注册后可领取10元乘车券。",
        # a notice's real instruction to scan a code: nothing to gain
        "报名截止日期为3月10日。扫描下方二维码下载报名表，填写后交至教务处",
        "请家长扫描下方二维码，填写孩子的接种信息",
        # a shop's sale told as done
        "开业头一个月，店里的生意越来越好。上个月店里搞活动，老顾客下单立减了20元",
        # a price in a report, a speaker's words
        "节前市场供应充足。据市商务局统计，本周猪肉均价每斤14元，环比下降5%",
        "商场负责人在开幕式上致辞。他表示，商城新人下单立减10元的活动将持续到月底",
        # a fact sheet's prices and a museum's booking
        "老街的博物馆每天上午九点开门，下午五点闭馆。门票80元，60岁以上老人免费",
        "展览将持续到年底，欢迎市民前来参观。展览免费开放，扫码即可预约",
        # a writer's aside that tells, a third person's act
        "第一次网购家具，我踩了不少坑。（后来我在商城下单时才发现，新人立减的10元只能用一次）",
        "奶奶现在也学会了用智能手机。她打开手机里的APP，每天签到领鸡蛋",
        # a how-to's numbered step, a heading that asks, a news headline, a video's caption
        "3. 打开微信小程序，点击“领取”按钮即可获得优惠券",
        "第二部分：会员积分能换哪些礼品",
        "“乡居”APP上线 民宿房东可领入驻补贴",
        "▼ 点击下方视频，看老街改造前后的对比 ▼",
        # a fee sheet's line, alone and glued: a price with no ask is no gain offered
        "游泳馆收费标准：会员价25元/次，非会员35元/次",
        "游泳馆夏季每天上午八点开放，晚上九点闭馆。收费标准：会员价20元/次，非会员30元/次",
        # a report of the app the instruction after it names
        "据介绍，溪城新上线的社保App已接入一百多项服务。下载溪城社保App，领取电子社保卡",
        # a bracket of the article's: a note on the prices
        "以上是老街十家小吃店的招牌菜。（注：以上价格均为门店售价，会员价另计）",
    ],
)
def test_a_look_alike_stays(line):
    kept, _ = _strip(line)
    assert line in kept
