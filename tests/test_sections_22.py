"""Sections, session 22: a speech with no headed parts that closes on a wish and a thanks, and a how-to whose
last paragraph says the whole task is done (set AQ's misses), each kind on pages written here by hand with its
look-alikes (issue 11)."""

from __future__ import annotations

from conftest import bundled_rules
from test_sections_15 import page

from fanwen.items import Block
from fanwen.offline import process_html
from fanwen.sections import split_sections

RULES = bundled_rules()
BODY = "这一年，我们一起经历了很多，也收获了很多，每一份成绩都来之不易，每一点进步都值得珍惜。"
CALL = "同学们，新的征程已经开启。让我们鼓足干劲，奋勇争先，用汗水浇灌梦想！"


def kinds(blocks: list[Block], title: str | None = None) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in split_sections(blocks, title)]


# --- a speech with no headed parts closing on a wish and a thanks -----------------------------------------

SPEECH = [Block("尊敬的各位老师，亲爱的同学们："), Block("大家上午好！" + BODY), Block(BODY), Block(CALL)]


def test_a_headless_speechs_closing_wish_and_thanks_conclude():
    # General pattern: a speech with no headed parts ends on its closing formula, a wish (最后，祝… / 最后，衷心
    # 祝愿… / 最后，预祝…) and a thanks (谢谢大家！ on a line of its own, or closing the wish's paragraph), the last
    # lines of the text: the formula closes the whole speech, as it does after a speech's last headed part.
    for closing in (
        ["最后，祝全体同学考出水平、考出风采，金榜题名！", "谢谢大家！"],
        ["最后，衷心祝愿各位来宾新春愉快、阖家幸福！谢谢大家！"],
        ["最后，预祝本届校园艺术节圆满成功！", "谢谢！"],
        ["最后，让我们预祝这次活动取得圆满成功！谢谢各位。"],
        ["最後，祝各位同仁身體健康、工作順利！", "謝謝大家！"],
    ):
        got = kinds([*SPEECH, *(Block(line) for line in closing)])
        assert [k for k, _ in got] == ["intro", "conclusion"], closing
        assert got[-1][1] == "\n".join(closing)


def test_a_headless_speechs_closing_read_through_the_page_path():
    body = "".join(f"<p>{b.text}</p>" for b in SPEECH) + "<p>最后，预祝运动会圆满成功！</p><p>谢谢大家！</p>"
    sections = process_html(page(body, "在秋季运动会开幕式上的讲话"), None, RULES).sections
    assert [(s.kind, s.text) for s in sections][-1] == (
        "conclusion",
        "最后，预祝运动会圆满成功！\n谢谢大家！",
    )


def test_a_wish_that_does_not_close_a_headless_speech_stays_its_text():
    # Look-alikes: a wish with a writer's postscript after it (a blog post around the speech it quotes), a wish
    # inside the body with paragraphs after it, a letter's wish over its salute and signature, a thanks after a
    # call with no wish (同学们，…让我们…！ / 谢谢大家！), a wish with no thanks (a new-year post's last line), and a
    # text whose only paragraph is the wish and thanks (a card's message) all stay the intro.
    wish = "最后，祝愿同学们前程似锦！谢谢大家！"
    for tail in (
        [wish, "（后记：讲完这段，台下掌声持续了好一会儿。）"],
        [wish, BODY, BODY],
        ["最后，祝您工作顺利，身体健康！", "此致", "敬礼！", "学生：王小明", "2025年6月1日"],
        [CALL, "谢谢大家！"],
        ["最后，祝大家新年快乐，万事如意！"],
    ):
        assert [k for k, _ in kinds([*SPEECH, *(Block(line) for line in tail)])] == ["intro"], tail
    assert [k for k, _ in kinds([Block("最后，祝您生日快乐，天天开心！谢谢您！")])] == ["intro"]
    # a collection's piece with no parts of its own keeps its wish as its text (session 18)
    pieces = [Block("篇一：青春"), Block(BODY), Block(wish), Block("篇二：奋斗"), Block(BODY), Block(wish)]
    assert [k for k, _ in kinds(pieces)] == ["essay", "essay"]


# --- a how-to's last paragraph saying the whole task is done ---------------------------------------------

GUIDE_TITLE = "用树莓派搭建家庭 NAS 备份系统"
STEPS = [
    Block("家里的照片越来越多，干脆用闲置的树莓派搭了一台备份服务器，记录一下步骤。"),
    Block("一、准备硬件", heading=2),
    Block("一块树莓派 4B，一个 2TB 的移动硬盘，一张 32G 的存储卡。"),
    Block("二、安装系统", heading=2),
    Block("用官方烧录工具把系统写进存储卡，开机后连上网络。"),
    Block("三、常见问题", heading=2),
    Block("硬盘识别不到：换一根带供电的数据线试试。"),
    Block("速度很慢：检查是不是插在了 USB 2.0 的接口上。"),
]


def test_a_closing_that_says_the_whole_task_is_done_concludes():
    # General pattern: a how-to closes, after its last part's own text, by saying the whole task it walks
    # through is done (到这里，…就搭好了 / 至此，…就配置完成了 / 到此为止，…就全部搞定了): the title's topic (a
    # pair of its characters the last part's heading lacks) set up, the last paragraph of the text.
    for closing in (
        "到这里，整个备份服务器就搭建完成了。有问题欢迎在评论区留言。",
        "至此，一套能自动备份照片的 NAS 系统就配置好了。",
        "到此为止，家庭备份就全部搞定了，下一篇再讲怎么远程访问。",
    ):
        got = kinds([*STEPS, Block(closing)], GUIDE_TITLE)
        assert got[-1] == ("conclusion", closing), closing
        assert [k for k, _ in got].count("conclusion") == 1
    # traditional script under its own title (the task named is the title's: review, session 22)
    for closing in (
        "到這裡，整個備份系統就設定完成了，大家可以動手試試看。",
        "至此，家庭 NAS 就完全搞定了。",
    ):
        got = kinds([*STEPS, Block(closing)], "用樹莓派搭建家庭 NAS 備份系統")
        assert got[-1] == ("conclusion", closing), closing
        assert [k for k, _ in got].count("conclusion") == 1


def test_a_step_done_an_event_ended_or_a_guide_with_no_parts_is_no_such_closing():
    # Look-alikes: a step's own result in the last part with more text after it (到这里，硬盘就挂载好了。 / then the
    # next step), a result naming the last part's topic only (到这里，常见问题就都处理好了 under 三、常见问题), an event
    # that ends (至此，本届运动会圆满落下帷幕。), and a guide with no headed parts keep their place.
    for tail in (
        ["到这里，整个硬盘就挂载好了。", "接下来设置每天凌晨自动同步一次。"],
        ["到这里，常见问题就都处理好了。"],
        ["至此，本届运动会圆满落下帷幕。大家合影留念。"],
    ):
        got = kinds([*STEPS, *(Block(line) for line in tail)], GUIDE_TITLE)
        assert [k for k, _ in got][-1] == "section", tail
    plain = [STEPS[0], STEPS[2], STEPS[4], Block("到这里，整个备份系统就搭好了。")]
    assert [k for k, _ in kinds(plain, GUIDE_TITLE)] == ["intro"]


# --- review (session 22): a letter's wish and thanks, a question, a whole that is no task of the title's ----


def test_a_letter_or_card_thanking_one_reader_under_its_wish_stays_its_text():
    # Look-alikes: a letter or a card with no salute or signature after it ends on a wish and a thanks as a
    # speech does, but to one reader (祝您… / 谢谢您！ / 祝你…): a letter's own text, no speech's closing formula.
    for lines in (
        [
            "亲爱的外婆：",
            "您好！寒假里您教我包饺子，我学会了，还给同学们露了一手。",
            "最后，祝您身体健康，天天开心！",
            "谢谢您！",
        ],
        ["李老师：", "感谢您这一学期耐心的辅导。", "最后，祝您教师节快乐！谢谢您！"],
        ["亲爱的朋友：", "好久不见，最近一切都好吗？我们搬了新家。", "最后，祝你万事如意！", "谢谢！"],
        ["親愛的老師：", "這一年您辛苦了。", "最後，祝您身體健康！", "謝謝您！"],
    ):
        assert [k for k, _ in kinds([Block(line) for line in lines])] == ["intro"], lines
    # a speech's wish to its audience still concludes (祝你们… is to them all)
    got = kinds([*SPEECH, Block("最后，祝你们学业有成！"), Block("谢谢大家！")])
    assert [k for k, _ in got] == ["intro", "conclusion"]


def test_a_task_done_asked_or_a_whole_the_title_does_not_name_is_no_such_closing():
    # Look-alikes: a closing that asks whether the task is done (…就搭好了吗？) or says it is about to be
    # (…就快要搭好了), and a news report with parts
    # whose last paragraph tells the whole of some work done (至此，整个工程的土建部分就完成了 / 至此，所有拆迁工作
    # 就完成了) under a title naming another topic: the task a how-to walks through is its title's.
    news_title = "市交通局通报地铁三号线建设进展"
    news = [
        Block("本报讯（记者 王五）昨日，市交通局召开新闻发布会，通报全市轨道交通建设情况。"),
        Block("一、隧道掘进", heading=2),
        Block("全线十二座车站主体结构均已封顶，隧道掘进进度超过九成。"),
        Block("二、下一步安排", heading=2),
        Block("明年上半年将开展设备安装与联调联试。"),
    ]
    for closing in ("至此，整个工程的土建部分就完成了。", "至此，所有沿线拆迁工作就完成了，预计年底铺轨。"):
        assert [k for k, _ in kinds([*news, Block(closing)], news_title)][-1] == "section", closing
    for closing in (
        "到这里，整个备份系统就搭好了吗？还没有，还差定时同步。",
        "到这里，家庭备份系统就快要搭好了。",
    ):
        assert [k for k, _ in kinds([*STEPS, Block(closing)], GUIDE_TITLE)][-1] == "section", closing
    # a farewell to the readers (…，下篇见。) concludes since session 26 (the project's convention, a closing
    # turning to the readers: tests/test_closings_26.py), whether the task is done or not
    farewell = kinds([*STEPS, Block("到这里，家庭备份系统就快要搭好了，下篇见。")], GUIDE_TITLE)
    assert [k for k, _ in farewell][-1] == "conclusion"
