"""The story's own sentences that only look like a site's closing note (review of 789ef17, session 15:
R1-R9, R12, R16), on pages of the project's own (a county education site's news column). General
pattern: a site's note (a reprint's permission, a first printing, the original headline, thanks to a
tipster, a credit of the pictures) is this page's note at the text's edge: a line of its own or the
closing sentence/bracket of the text's last block (the first, for a by-line), naming this piece
(本文/此文/本稿) or bracketed, ending where the note ends, no quotation, no 未经…授权, no item among
siblings of the same shape; a credit of the pictures names someone. The same words inside the text,
in a list, a table or a caption are the story's and stay; the source is read only from a note strip
took."""

from __future__ import annotations

from test_strip_credits import SPORTS, _news_page, _paras, _read

IMG = '<p><img src="/u/1.jpg"></p>'


def _kept_in_the_middle(paragraph: str) -> None:
    """``paragraph`` as the second of four stays word for word, nothing removed."""
    article = _read(_news_page(_paras(SPORTS[0], paragraph, SPORTS[1], SPORTS[2])))
    assert article.text.splitlines() == [SPORTS[0], paragraph, SPORTS[1], SPORTS[2]]
    assert not article.removed, article.removed


def _kept_at_the_end(paragraph: str) -> None:
    """``paragraph`` closing the text stays word for word, nothing removed."""
    article = _read(_news_page(_paras(*SPORTS, paragraph)))
    assert article.text.splitlines() == [*SPORTS, paragraph]
    assert not article.removed, article.removed


def test_a_story_of_a_printing_and_an_unauthorised_copy_stays():
    """R1: 未经授权 is no permission granted, and a sentence opening 发表于/刊发于《X》 that tells a
    story (an adaptation, a lawsuit) is no note of this page's."""
    _kept_in_the_middle(
        "文章发表于《青年文摘》后，某网站未经授权擅自转载，作者将其告上法庭。法院审理后认为，该网站侵犯了作者的著作权。"
    )
    _kept_in_the_middle("刊发于《人民文学》的这篇小说经作者授权后改编成了电视剧，在全国热播。")
    _kept_at_the_end("刊发于《人民文学》的这篇小说经作者授权后改编成了电视剧，在全国热播。")


def test_the_storys_own_thanks_to_the_public_stay():
    """R2 and its addendum: a letter's, a police bulletin's or an organiser's thanks to the public
    (感谢各位热心网友提供的线索！, 感谢广大读者的踊跃投稿！) name no reader and no paper: the story's voice.
    A thanks in a table cell is the table's."""
    _kept_at_the_end(
        "孩子走失的那个夜晚，我们一家人心急如焚，是大家的帮助让孩子平安回家。衷心感谢各位热心网友提供的线索！"
    )
    _kept_at_the_end("目前，犯罪嫌疑人已被依法刑事拘留，案件正在进一步侦办中。感谢广大热心群众提供的线索！")
    _kept_at_the_end("本次征文共收到来稿三百余篇，获奖名单已在学校官网公布。感谢广大读者的踊跃投稿！")
    article = _read(
        _news_page(_paras(*SPORTS) + "<table><tr><td>鸣谢</td><td>感谢热心网友提供的照片</td></tr></table>")
    )
    assert "感谢热心网友提供的照片" in article.text
    assert not [r for r in article.removed if r.rule == "notice-contributor-thanks"]


def test_a_caption_line_under_its_picture_stays():
    """R3: （图：颁奖仪式） under an image is the picture's caption; 2-4 characters after 图 are no
    name's evidence."""
    for caption in ("（图：颁奖仪式）", "（图片 学生作品）", "（图/开幕现场）"):
        body = _paras(SPORTS[0]) + IMG + _paras(caption, SPORTS[1], SPORTS[2])
        article = _read(_news_page(body))
        assert caption in article.text.splitlines(), caption
        assert not article.removed, article.removed


def test_a_caption_opening_with_a_surnames_character_under_its_picture_stays():
    """Review R24 of 403b524: a caption under its picture (（图/黄山云海）, （图片/林间小路）) opens with a
    common surname's character as 黄山, 林间, 江南, 高山 do; 图/图片 and a slash before a surname is no
    name's evidence, so the caption stays, at the text's end or above its first paragraph."""
    end = _read(_news_page(_paras(*SPORTS) + IMG + _paras("（图/黄山云海）")))
    assert end.text.splitlines()[-1] == "（图/黄山云海）"
    assert not end.removed, end.removed
    start = _read(_news_page(IMG + _paras("（图片/林间小路）", *SPORTS)))
    assert start.text.splitlines()[0] == "（图片/林间小路）"
    assert not start.removed, start.removed


def test_a_list_item_or_table_row_of_roles_and_names_stays():
    """R4: 摄影 李青 among 书法 王丽华, 绘画 陈晓 is an item of the text's list, not a credit line."""
    body = (
        _paras(SPORTS[0], "学校今年新成立了四个兴趣小组，分别由以下老师负责：")
        + "<ul><li>书法 王丽华</li><li>绘画 陈晓</li><li>摄影 李青 赵刚</li><li>摄像 周敏</li></ul>"
        + "<table><tr><td>航模</td><td>王海</td></tr><tr><td>摄影 李青</td><td>周三下午</td></tr></table>"
        + _paras(SPORTS[1], SPORTS[2])
    )
    article = _read(_news_page(body))
    for item in ("摄影 李青 赵刚", "摄像 周敏"):
        assert item in article.text, item
    assert "周三下午" in article.text
    assert not article.removed, article.removed
    # the same list one line each, closing the text
    lines = ("书法 王丽华", "绘画 陈晓", "摄影 李青 赵刚")
    article = _read(_news_page(_paras(*SPORTS, "学校今年新成立了三个兴趣小组，分别由以下老师负责：", *lines)))
    assert article.text.splitlines()[-3:] == list(lines)
    assert not article.removed, article.removed


def test_a_printing_told_in_the_middle_of_a_paragraph_stays():
    """R5: 本文原载于《文学周报》。 followed by more prose in its paragraph, in the middle of the text,
    is the essay's sentence (and no source)."""
    for paragraph in (
        "我最喜欢的一篇散文是朱自清的《背影》。本文原载于《文学周报》。它写的是父亲的爱。",
        "下面这篇短文摘自一本杂志。摘自《读者》2024年第5期。同学们读完后要回答后面的问题。",
    ):
        _kept_in_the_middle(paragraph)
        article = _read(_news_page(_paras(SPORTS[0], paragraph, SPORTS[1], SPORTS[2])))
        assert article.source is None


def test_prose_that_tells_of_a_printing_is_no_source():
    """R6: the source is read from a first-printing note strip took out, not from the story's
    sentences about a printing in its last lines."""
    for paragraph in (
        "文章刊于《人民日报》后，引起了社会各界的广泛关注。许多读者纷纷来信，表达对作者的敬意。",
        "这个故事在网上流传很广。转自《故事会》的版本略有不同，结尾是主人公回到了家乡。",
        "老师在黑板上写下一句话。摘自《论语》的这句话，同学们都会背：“学而时习之，不亦说乎？”",
    ):
        article = _read(_news_page(_paras(*SPORTS, paragraph)))
        assert paragraph in article.text.splitlines()
        assert article.source is None, (paragraph, article.source)


def test_an_earlier_title_inside_the_text_stays():
    """R7: （原题：…） closing a paragraph in the middle of the text, or an item of a list of essays,
    is the text's; only the bracket closing the text's last paragraph is the site's note."""
    _kept_in_the_middle(
        "这学期我读了林海音的小说，书中的英子让我印象最深，我把读后感写成了一篇作文（原题：我眼中的英子）"
    )
    body = (
        _paras(SPORTS[0], "本次征文活动共评出一等奖三篇，分别是：")
        + "<ol><li>初二（3）班李明《我的科技梦》（原题：梦想起航）</li><li>初一（5）班王芳《小发明大智慧》</li></ol>"
        + _paras(SPORTS[1], SPORTS[2])
    )
    article = _read(_news_page(body))
    assert "初二（3）班李明《我的科技梦》（原题：梦想起航）" in article.text.splitlines()
    assert not article.removed, article.removed


def test_a_copyright_explainer_and_a_school_story_of_a_permission_stay():
    """R8: 转载获得授权的作品，也应当… and 文章经过作者和家长授权后发表在…，… are sentences of the story:
    their permission is no note of this page's (not 本文, and the sentence goes on past a comma)."""
    _kept_in_the_middle(
        "很多同学不清楚转载的规矩。转载获得授权的作品，也应当注明作者和出处。转发经授权的新闻，不属于侵权。"
    )
    _kept_in_the_middle(
        "李明同学的获奖作文《我的科技梦》被市晚报选中。文章经过作者和家长授权后发表在晚报副刊上，受到读者好评。"
    )
    _kept_at_the_end(
        "李明同学的获奖作文《我的科技梦》被市晚报选中。文章经过作者和家长授权后发表在晚报副刊上，受到读者好评。"
    )


def test_a_quoted_note_stays():
    """R9: a paragraph opening with a quotation of such a note (“本文经作者授权转载”，这句话…) is about it."""
    _kept_in_the_middle(
        "“本文经作者授权转载”，这句话在很多网站上只是一句空话，不少文章其实根本没有获得授权。"
    )
    _kept_at_the_end("“本文经作者授权转载”，这句话在很多网站上只是一句空话，不少文章其实根本没有获得授权。")


def test_a_photographers_credit_above_the_text_is_no_by_line_and_no_author():
    """R16: （记者 王海摄） under the top picture is the picture's credit (a name run ending in 摄 is a
    photographer): it stays as a caption line, and the photographer is no author."""
    for body in (IMG + _paras("（记者 王海摄）", *SPORTS), _paras("（通讯员 李青摄）", *SPORTS)):
        article = _read(_news_page(body, info="发布日期：2025-03-21"))
        assert not [r for r in article.removed if r.rule == "meta-byline"], article.removed
        assert article.author is None, article.author


def test_a_placeholder_is_no_author():
    """R12: a model essay's closing credit left as its template's placeholder (执笔人：XXX, 作者：×××)
    names nobody."""
    for credit in ("执笔人：XXX", "执笔：×××", "作者：×××", "作者：某某", "执笔人：＿＿＿"):
        article = _read(_news_page(_paras(*SPORTS, credit), info="发布日期：2025-03-21"))
        assert article.author is None, (credit, article.author)
