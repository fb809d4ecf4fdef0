"""Blind sets: pages of real shape (8-40 KB: navigation, sidebars, feeds, comments, footers; GBK,
GB2312, GB18030 and Big5 among them) written in session 7 by developers who did not read fanwen's
extraction, strip or sections code, with the truth written by hand (tests/fixtures/blind/*/
README.md). Each set was scored once by bench/content_zoo.py, bench/metadata_zoo.py or
bench/fixtures_report.py before anyone worked on what it showed (docs/extraction.md): sets A and C
mid-session (their kinds were then fixed in general), sets B and D at its end; session 8's
E and F at its start, G and H (kept unopened) at its end; session 9's I and J at its start, K and L
(kept unopened) at its end; session 10's M and N at its start, O and P (kept unopened) at its end; session 11's Q and R at its start, S and T (kept unopened) at its end; session 12's U, V, W and X (all kept unopened) at its end; session 17's AH (a site zoo, read here page by page) and AI (kept sealed, scored at its start and end, asserted since session 18); session 18's AJ and AK likewise (asserted from its end); session 19's AL and AM likewise (asserted since session 20); session 20's AN and AO likewise (asserted since session 21); session 21's AP and AQ likewise (asserted since session 22); session 22's AR and AS likewise (asserted since session 23); session 23's AT and AU likewise (AT asserted from its end, AU since session 24, its intro and conclusion levels mapped); session 24's AV and AW likewise (asserted since its end; AW's 篇 parts mapped to kind essay); session 25's AX and AY likewise (asserted from its end); session 26's AZ and BA likewise (asserted from its end); session 27's BB and BC likewise (asserted from its end); session 28's BD and BE likewise (asserted from its end); session 29's BF and BG likewise (asserted from its end). The misses are
named below as kinds of page, each to be fixed in general (a page of the project's own showing
the pattern) or left as found.

Sets A, B, E and G (content and metadata): a page's article must be all there and nothing else (as in
test_content_zoo); its date, author and source the truth's, a field the page does not state
empty (as in test_metadata_zoo). Sets C, D, F and H (strip and sections): sections, removed and kept
fragments as in test_fixture_pages, white space aside.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, assert_page_gives_its_article, squeeze

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.content_zoo import load_truth  # noqa: E402
from bench.metadata_zoo import same  # noqa: E402
from fanwen.extract.page import NotAnArticle  # noqa: E402
from fanwen.offline import process_file  # noqa: E402

SETS = tuple(
    FIXTURES / "blind" / f"set-{x}"
    for x in [*"abegikmoqsuw", "ah", "aj", "al", "an", "ap", "ar", "at", "av", "ax", "az", "bb", "bd", "bf"]
)  # content and metadata
PAGES = [(folder, name, want) for folder in SETS for name, want in load_truth(folder).items()]
FIELDS = ("published", "author", "source")

# Known misses, as found when the set was first scored (main at a79bd85), each a kind of page.
KNOWN_TEXT: dict[str, str] = {
    # Set A, scored once in session 7. The sets disagree: a01 keeps a definition of the title's genre before
    # 下面是小编… as the article's; l04, p03 and r10 take it as the editor's intro, so does strip since session 11.
    "a01_fanwen_collection_gbk": "an editor's lead before the text: a definition of the genre before 下面是小编… goes with it (the sets disagree)",
    # Set B, scored once at the end of session 7 (main at 29e570c).
    # Its toolbar and edit prompt go since session 8; what is left of the kind:
    # Its references under a <dt> label go since session 13 (back matter under a box's label); left:
    "b02_encyclopedia_entry": "an encyclopaedia entry's chrome: citation marks, CSS-hidden heading prefixes and subtitle are kept",
    # Set E, scored once at the start of session 8 (main at 9fda6e2).
    # e06's poem, 译文/注释, 创作背景 are read since session 12 (a poem under its title, boxes of one
    # template); left: the truth keeps the box's 译文/注释 labels and not its 译文及注释 heading.
    "e06_classical_poem_yizhu_shangxi": "a labelled box inside the article whose label is chrome (its heading 译文及注释 over the labels 译文, 注释; the truth keeps the next box's 赏析)",
    "e07_recipe_ingredients_steps_gb18030": "the article's parts in sibling boxes beside the text's box are lost (a recipe's description, linked ingredients table, headings)",
    # Set G, kept unopened until the end of session 8 and scored once there (main at 8e0cf5c).
    # Set I, scored once at the start of session 9 (main at ef0eff8).
    "i07_gov_procurement_award_notice_tables": "a sign-off after the text: its right-aligned date stays (the sets disagree: C and F keep sign-offs)",
    "i08_university_obituary_short_title_generic": "a sign-off after the text: its right-aligned lines stay (the sets disagree: C and F keep sign-offs)",
    # Set K, kept unopened until the end of session 9 and scored once there (main at 5e796d5).
    "k03_gov_recruitment_notice_post_table_gbk": "a sign-off after the text: its issuer and date stay (the sets disagree: C and F keep sign-offs)",
    # Set M, scored once at the start of session 10 (main at 128ec37): every page's text right.
    # Set O, kept unopened until the end of session 10 and scored once there (main at b11919a).
    # Set Q, scored once at the start of session 11 (main at 427f579). q02's subscription teaser goes since
    # session 11 (strip kinds), and the follow button, coin bar, coin tip and 收录于文集 card of q01, the
    # WhatsApp-channel call of q03 and the forward request and reply invitation of q04 (right since); left:
    "q01_bilibili_like_column_cv_publish_text_original_tag_h1_subheads_coin_box": "a credit after the text (a column's author card: name with its level, bio)",
    # Set S, kept unopened until the end of session 11 and scored once there (main at 7592730); s03's banner
    # line (【…下载】… 立即下载) goes since session 12 (fanwen/strip/promos.py).
    # Sets U and W (content) and V and X (strip), written blind in session 12 (one writer for U and W) and kept
    # unopened until its end; scored once there (main at 24bc7e8) and with the session's starting code (c7f5202):
    # the same misses, but w04's photo captions, kept since 1ca6f8a (the start gave w04 right). Named as kinds of
    # page region in session 13 (docs/extraction.md, "Blind text misses by kind"); w01's references and notes box
    # after the text go since session 13 (back matter in boxes after the text's box).
    "u01_docusaurus_blog_two_author_cards_time_datetime_admonition_code_last_updated": "a labelled box inside the article whose label is chrome (a tip admonition's 提示; the sets disagree: n10 keeps its tip and warning blocks' 提示, 注意)",
    "u02_big5_macau_style_gov_press_release_unlabelled_dept_time_row_pt_switch_captions": "photo labels that are no sentence (圖一：…; the sets disagree: k09 and the content zoo keep such captions)",
    "u03_fact_check_claim_box_verdict_stamp_dotted_date_checker_card_after_text": "the article's parts in sibling boxes before the text's box are lost (a claim box, a key-points list), their labels chrome",
    "u04_gbk_tv_drama_episode_synopsis_grid_first_air_date_writer_updated_after_text": "a credit after the text (a writer's note with its update time, in brackets)",
    "u05_gb18030_publisher_book_excerpt_shidu_book_card_pub_month_small_print_release_day": "a wrapper taken whole: a product card (内容简介, 目录) above the excerpt and readers' reviews after it",
    "u07_gb2312_live_text_broadcast_entries_newest_first_hhmm_live_window_fabu_time_reporters": "an info card of labelled fields above the text (a live's status, time window, reporters)",
    "u08_mailman3_hyperkitty_list_message_rfc2822_date_quoted_lines_signature": "a mail's header lines, quoted lines and signature stay",
    "u09_gbk_old_php_blog_home_three_whole_posts_no_excerpts_pager_listing": "a list page of whole posts is read as an article",
    "w04_big5_tw_farmers_association_news_roc_dotted_date_unit_field_photo_table": "photo labels that are no sentence (a captioned photo table; the sets disagree: k09 and the content zoo keep such captions)",
    "w05_press_release_wire_dateline_agency_in_first_para_about_boilerplate_media_contact": "a credit after the text (a release's 关于… boilerplate, media contact, 消息来源) and a photo label that is no sentence",
    "w09_cloud_doc_share_link_expired_owner_line_recommended_docs_error": "an error page whose recommended items carry long abstracts is read as an article",
    "w10_gbk_cultural_centre_event_calendar_month_grid_event_cards_listing": "a listing of event cards is read as too short, not as a listing",
    # Sets AH (content, a site zoo) and AI (strip and sections), written blind in session 17 and kept sealed
    # until its end; scored there with its start (a56a84f) and end code (bdf6a2c); asserted since session 18
    # (main at d32e20a), each miss named by kind (docs/extraction.md, "Session 17"). fanwen_01, 02 and 03 give their
    # article since session 18 (cta-tool-offer: the AI-writing call between paragraphs goes).
    "fanwen_04": "an editor's lead defining the genre (…那么心得体会怎么写才恰当呢？) stays (the sets disagree: a01)",
    "health_02": "a line leading a table (以下是…一日菜單，提供大家參考：) is lost with the table",
    # Sets AJ (content, a site zoo; its pages prefixed aj_ here, their names being AH's) and AK (strip and
    # sections), written blind in session 18 and kept sealed until its end; scored there with its start (d32e20a)
    # and end code (e0ef19b); asserted since b0a4cb9, each miss named by kind (docs/extraction.md, "Session 18").
    # aj_fanwen_01, 02, 03 and aj_chulan_05 give their article since session 19 (offers with no hook: an AI tool's
    # button glued after a paragraph, a course's 0元 trial, a shop's goods card on the report's own topic).
    "aj_fanwen_05": "a collection's lead defining the genre (请假条是…下面是几篇…范文，供大家参考。) goes (the sets disagree: a01)",
    # aj_chulan_02 keeps its figcaption whole since session 21 (notice-photo-caption: an outlet's name before 记者,
    # 楚澜新闻记者 A 摄, is the credit's, so the caption is one sentence and its credit, not prose with a credit glued on).
    # aj_chulan_04 and aj_panshi_01, 02, 03 and 05 give their article since session 19 (cta-link-call: a box or call
    # ending in a link pointing away, 點此填寫 →, 点击预约…直播 ›; meta-byline: a by-line of role marks above the text);
    # aj_chulan_03 too (its brand-named AI summary box with its body, notice-ai-summary; its 首发于 stamp).
    # Sets AL (content, a site zoo; pages prefixed al_) and AM (strip and sections), written blind in session 19 and
    # kept sealed until its end; scored there with its start (463e9d7) and end code (7d6ad50); asserted since
    # session 20 (main at 439fbfe), each miss named by kind.
    # al_site_01 and al_site_02 give their article since session 20 (cta-own-service: a site's own service pushed at the
    # reader, a tip's label or an announcement, its channel and a convenience); al_site_04's app call goes too.
    "al_site_04": "a photo caption (图为…) stays (the sets disagree: AJ keeps captions)",
    "al_site_06": "a caption line under a screenshot stays (the sets disagree on captions)",
    # al_site_07 gives its article since session 20 (meta-byline: an outlet's reporters' line with no colon above the text).
    # al_site_08's follow call glued to the last paragraph goes since session 20 (cta-follow-handle), and its ad card
    # (a mini program's name over a hotel coupon 限时立减…点击领券) too (cta-coupon-claim with its card's header).
    "al_site_11": "a notice's document number above its text (…〔2025〕N号) stays (the sets disagree: AI's gov_tongzhi_gbk keeps it)",
    "al_site_12": "photo captions (图为…) stay (the sets disagree) and a closing correspondents' credit in brackets (（通讯员 A B）) stays (the sets disagree: k09 keeps one)",
    "al_site_15": "a notice's document number above its text (…〔2025〕N号) stays (the sets disagree: AI's gov_tongzhi_gbk keeps it)",
    # al_site_16 gives its article since session 20 (cta-referral: the writer's referral link for a gain).
    # Sets AN (content, a site zoo; pages prefixed an_) and AO (strip and sections), written blind in session 20 and
    # kept sealed until its end; scored there with its start (439fbfe) and end code (818b3f6); asserted since
    # session 21 (main at 4475f57), each miss named by kind.
    # Session 21 (issue 11) checked AN's captions and closing credits against every truth: the same markup (a centred
    # line or a figcaption under its picture, a credit …。记者 A 摄 / （A 摄） / （圖／記者 A攝）) is text in a09, aj_chulan_02,
    # b07, e08, g08, q02, y1_06 and the shared corpus (zh-articles 064b591b, zh-modern 7fbc6805); a closing writer's
    # credit or note (（文／A　攝影／B）, （通讯员 A）, （作者：A，系…教授）, （作者单位：…）) is text in k07, k09, m06, q08, while
    # aj_bailu_02 leaves （文字：A　摄影：B）, set as an_site_04's is, out. No shape tells AN's from theirs: not built.
    "an_site_01": "a photo caption with its photographer's credit (…。记者 A 摄) stays (the sets disagree: a09, AJ, b07, e08, g08, q02, y1_06 and the shared corpus keep such captions)",
    "an_site_02": "photo captions with their photographers' credits (…。记者 A 摄, 通讯员 B 摄) stay (the sets disagree: AJ keeps captions)",
    "an_site_03": "a photo caption with its photographer's credit (…。记者 A 摄) stays (the sets disagree: AJ keeps captions)",
    "an_site_04": "a photo caption (…。A 摄) stays (the sets disagree: AJ keeps captions) and a closing credit in brackets (（文/图 本网记者 A）) stays (the sets disagree: k09 keeps one)",
    # an_site_06, 07, 08, 09 and 10 give their article since session 21 (cta-reader-price: a member's price or privilege
    # against the reader's, a new user's signup gift, glued after a paragraph).
    # an_site_12 and an_site_14 give their text since session 21, and an_site_11's and an_site_13's charity asks go
    # (cta-reader-call: the reader's act, 捐, 認購, 報名, 加…好友, tied to a gain or scarcity, glued with no stop).
    "an_site_11": "a photo caption stays (the sets disagree: AJ keeps captions)",
    "an_site_13": "a photo caption stays (the sets disagree: AJ keeps captions)",
    # an_site_15 gives its article since session 21 (cta-reader-price: a gift for a threshold, 滿1,000元加贈…).
    # an_site_17 (a paragraph lost with the promo link appended to it) passes since session 21: a link beside a
    # paragraph's sentences goes alone (content._links_beside_prose); an_site_19's line is kept the same way, and its shop
    # card goes (cta-reader-price: 到手价…, its title line 教师节活动价 with it): it gives its article.
    "an_site_20": "a closing credit line (本文作者：A，…教师) stays (the sets disagree: k09 keeps one, m06 keeps （作者：A，系…教授）)",
    # Sets AP (content, a site zoo; pages prefixed ap_) and AQ (strip and sections), written blind in session 21 and
    # kept sealed until its end; scored there with its start (4475f57) and end code (be43a50); asserted since
    # session 22 (main at 227c077), each miss named by kind.
    # ap_site_01's, 02's and 11's offers go since session 22 (cta-reader-price: 新用户首单0元 with its scarcity, 早鸟优惠价;
    # cta-reader-call: a private message to join a group for 福利); ap_site_06, 13, 18 and 20 give their text (a WeChat to add
    # for 领…, a booking sparing a queue, a scan for the first N, a phone number for a free thing, friends invited for
    # 双方各得), and ap_site_07's how-to sentence stays (the call glued after it goes alone).
    "ap_site_01": "a caption under a QR picture (…平台报名二维码; captions: the sets disagree)",
    "ap_site_02": "a photo caption stays (the sets disagree on captions)",
    "ap_site_05": "a photo caption stays (the sets disagree: AJ keeps captions)",
    # ap_site_07 gives its article since session 22: a call glued in a lone paragraph's link after its sentence goes
    # alone (promos._glued_call; the how-to sentence about the device's app stays).
    "ap_site_09": "a member-only audio's unlock line (…音频为会员专享，开通后即可收听) stays",
    "ap_site_11": "a photo caption stays (the sets disagree on captions)",
    # ap_site_19 gives its article since session 22: the sentence a box rule's glued call was cut from is no box line
    # (strip._told_sentence), so its part's heading stays too.
    # Sets AR (content, a site zoo; pages prefixed ar_) and AS (strip and sections; pages prefixed as_), written blind in
    # session 22 and kept sealed until its end; scored there with its start (227c077) and end code (d3dd8cb); asserted
    # since session 23 (main at 9155100), each miss named by kind.
    # ar_site_07's donation card and the advert cards of 09, 10, 11, 15, 16 and 18 go since session 23 (fanwen/strip/cards.py).
    # ar_site_07's caption with its photographer's credit (（攝影：…）) is text since session 23 (content._credited_picture).
    # ar_site_05, ar_site_08 and ar_site_20 give their articles since session 23: an offer glued after a paragraph's last
    # sentence with no stop, a gain through a channel or by an ask, goes alone (strip.tails, cta-offer-tail).
    # Set AT (content, a site zoo; pages prefixed at_), written blind in session 23 and kept sealed until its end; scored
    # there with its start (9155100) and end code (6c576f1); asserted since its end (main at dbac904), each miss named by kind.
    # cta-offer-tail (session 23) reads only a tail with no stop of its own: most of AT's glued offers close with 。 or ！.
    # at_site_05, 08, 11, 12, 14 and 15 give their articles since session 24, and at_site_01's and 07's glued offers go:
    # cta-offer-tail reads a paragraph's last sentence closing with its own stop too (strip.tails._last_sentence); the
    # glued offers left are read by no gain with a channel or ask (a form to fill, an AI tool's input, an emoji-led sale,
    # a 温馨提示 note, a report's paragraph before a live's lottery).
    # at_site_03, 04, 06, 09 and 17 give their articles since session 25, and at_site_10's and 19's glued offers go: a
    # sale with no channel (a sum, a buy or a deadline), an emoji opening it, a note or a 【】 that sells, a tool's or a
    # form's input, the site's own live after a report, a button ending in its act (strip.tails, cta-offer-tail).
    # advert-card (session 24) takes AT's cards kept whole and their 广告 labels (at_site_13 passes).
    # at_site_01, 10, 16 and 19 give their articles since session 25: a short line set apart by a look the body's
    # paragraphs do not use that asks the reader to act for a gain goes (strip.adlines, cta-own-line).
    "at_site_20": "an advert line of its own stays (…App“…”实时更新…，下载还送7天会员。)",
    # Set AV (content, a site zoo; pages prefixed av_), written blind in session 24 and kept sealed until its end,
    # asserted from its end, each miss named by kind.
    # av_site_09, 10, 17, 19 and 20 give their articles since session 25 (strip.tails, cta-offer-tail: an imperative to
    # buy or join after the paragraph's own gain, a bracket labelled an offer, a sale's price as a gain).
    # av_site_11, 12, 13 and 15 give their articles since session 25: a 范文 site's VIP card goes with its badge line
    # (VIP, 推荐), a document site's sale read as an offer on the page's own subject (strip.cards, advert-card).
    # av_site_18's list of service hotlines (<ul class="hotline">) is text since session 24 (content._says).
    # Set AX, written blind in session 25 and kept sealed until its end, asserted from its end (main at 6b2d6cd).
    # ax_site_01, 04, 05 and 09 give their articles since session 26, and ax_site_07's, 12's and 13's glued calls go: a
    # call to act on a channel behind an opening mark (a dash, an arrow, a bracket), no gain needed (strip.marks,
    # cta-offer-tail). ax_site_12 gives its article since session 26: its AI tool card (label and headline) goes too, a
    # first month at a price (会员首月 1 元) being a sale, so its label (AI 工具) is no facet's (strip.cards, ownbox).
    # ax_site_07 and 13 give their articles since session 26: a ➤ group line (…进新群) and a follow-the-column line, of
    # their own look, asking to join a group or to follow a channel that promises more (strip.adlines, cta-own-line).
    "ax_site_20": "an editor's lead before a collection's pieces (本文为大家整理了两篇…) is dropped (the sets disagree, as a01)",
    # Set AZ, written blind in session 26 and kept sealed until its end; scored at its end (main at 562eec5).
    # az_site_01 gives its article since session 27: its in-house box under a category label (招生: headline,
    # description, 立即预约) goes (strip.cards, advert-card); so do az_site_12's (公益), 13's (推薦) and 15's (會員好康).
    # az_site_04, 08 and 10 give their articles since session 27, and az_site_12's and 15's glued advert lines go: any
    # pointer mark (◆) or bracket label (【會員專屬】) opening a glued tail, a contact ask behind a dash (詳洽…), a line of
    # its own following a name with a promise or a share asked (strip.marks, strip.calls, strip.adlines).
    # az_site_05: the sets disagree on a closing credit of the staff's roles (（撰稿… 摄影… 责任编辑… 审核…）): AZ keeps it
    # as text, 55 truths drop such lines (AH univ_01-05, Y y1/y3, Z z1-z3, AI, AO, D, F, L, R, T…: session 27's count).
    "az_site_05": "a closing credit of staff roles in brackets (（撰稿… 摄影… 责任编辑… 审核…）) is dropped (the sets disagree: 55 truths drop such credits)",
    # A heading with no number with an advert link glued on its line keeps its line since session 27 (az_site_08, 09, 13:
    # content._heads_beside_an_advert); az_site_09 gives its article.
    # az_site_13 gives its article since session 27: its in-house box under a 推薦 label goes (strip.cards, advert-card).
    # Set BB, written blind in session 27 and kept sealed until its end; scored at its start (4ad328b) and end (45f0260).
    # bb_site_04, 05, 06 and 10's boxes under an advert label (合作推廣, 廣告, 公益广告, 公益: a slogan or a question for a
    # headline, a description) go since session 28 (strip.cards, advert-card).
    # bb_site_01, 04, 05, 06, 07, 08, 10, 17, 19 and 20 give their articles since session 28, and bb_site_11's glued call
    # goes: a bracket pointing at the page's own place (右侧…专区, 文末…链接, 主页, 本站…栏目, 页面底部二维码, 专题), a
    # wish answered with a course or a service (想…？…开播), a partner's sale (合作书局代售…元), a prize quiz, a label that
    # recommends an ask on a channel (【温馨推荐：…关注即可…】), in any bracket (〔〕, [ ]) (strip.calls, strip.marks).
    "bb_site_11": "an editor's intro before the text (下面是…小编为大家整理的…) is dropped (the sets disagree, as a01)",
    # Set BD, written blind in session 28 and kept sealed until its end; scored at its start (76ddb6f) and end (ab4ddb6).
    # bd_site_02, 04, 10, 11, 13, 14, 18, 19 and 20 give their articles since session 29: a sale or an ask set off by a
    # pair of decorative marks goes wherever it sits (〔…〕, （★…★）, →…←, 》》…《《, ★…★, 【…】 glued or on a line of
    # its own) (strip.calls.wrapped_call, strip.marks, strip.adlines).
    # bd_site_05 gives its article since session 29: a writer's own lead to its body (…现将…整理如下，供大家参考。) is no
    # editor's intro (strip rules.toml, own_lead).
    "bd_site_16": "a Q&A page's question is kept above the accepted answer (the writer's truth: the answer alone); an own-line ☆ call opened by a question stays",
    # Set BF (site zoo), written blind in session 29, scored at its start (8f00d73) and end (0bef113).
    "bf_site_03": "a card offer in 〖…〗 glued inside a sentence (…推荐：点此申请…返现…) stays and splits the sentence",
    "bf_site_05": "a reprint line with an app ask (本文由…授权转载，更多…请下载…客户端阅读。) stays",
    "bf_site_06": "a forum post's glued group-buy ask (推荐…群里有团购链接，私信我拉你进群。) stays",
    "bf_site_07": "a forum sponsor's sale in brackets (（本版赞助商…清仓…点我签名档链接直达。）) stays",
    "bf_site_08": "a reply-to-see line in 〓〓〓 wrappers (回复本帖即可查看下载链接) stays",
    "bf_site_09": "a members' discount glued to a notice (论坛会员全场八折，不容错过！) stays",
    "bf_site_10": "a pointer to the poster's homepage for the gear (可以去我主页看看，所有东西都有链接。) stays",
    "bf_site_11": "a partner's set meal glued in brackets and a 合作推荐 box (uniform pre-order) stay",
    "bf_site_12": "a class's enrolment ad glued (…兴趣班暑期开课啦，详情咨询…) stays",
    "bf_site_13": "a lesson plan's info table kept as text; a 合作平台 sale glued and an 教育合作 box stay",
    "bf_site_14": "a paid-service ask in brackets (（家长如需…可预约…付费测评服务。）) and a 推荐 course box stay",
    "bf_site_15": "a club's enrolment call glued (…招新进行中，报名请到…) stays",
    "bf_site_16": "a paper's own special issue sale in brackets (（本報特刊…熱銷中…）) stays",
    "bf_site_17": "◎ official-account line and a scan-to-buy ask glued stay; the 文／ by-line kept as text",
    "bf_site_18": "a ◇…◇ column call for submissions and a book sale in （延伸閱讀：…）stay",
    "bf_site_19": "a ──── contest call ──── line and a （本文獲選…歡迎至官網閱讀…） note stay; the 作者： line kept",
    "bf_site_20": "a scan-to-donate ask stays; an interview's 答： paragraph lost",
}
KNOWN_FIELD: dict[tuple[str, str], str] = {
    # Set B, scored once at the end of session 7. b01's source (本站原创) passes since session 26: a labelled source is the value as shown (the lead's convention, session 26: tests/test_metadata_kinds_26.py).
    # Set E, scored once at the start of session 8.
    # Set G, scored once at the end of session 8: its metadata kinds are fixed since session 9
    # (解读人, 楼主, info-table cells, reporter roles, 摄影, 发布日期 over 裁判日期).
    # Set I, scored once at the start of session 9: its author and source kinds are fixed since
    # (通讯员, a relative date, a doctor's title, 律师, 楼主, 撰文整理).
    # i07's author passes since session 25: its truth was brought to the project's convention (the signing body).
    # Set K, scored once at the end of session 9. k06's year-less time and poster are read since
    # session 12 (the page's state: its first created_at where the page prints it, screen_name).
    # k03's author passes since session 23: its source names the signing bureau by its short name (no writer).
    # Set M, scored once at the start of session 10 (main at 128ec37): its metadata kinds are fixed
    # since (a time under the day after 完, a date picker, 原作者 over 发布者, 来自, a bracketed credit,
    # a Latin name, a closing 作者：X，系… credit).
    # Set O, kept unopened until the end of session 10 and scored once there (main at b11919a):
    # fixed since session 11: a BBS header's asctime and 作者 account, a speech's speaker line, a
    # notice's 作者 over its event's 主讲人.
    # Set Q, scored once at the start of session 11 (main at 427f579). Fixed since: q03's closing
    # 报道： credit, q05's 所有者, q07's day-first date and 文： credit's job title, q08's 上网时间 label,
    # q01's reply count (2318回复) no longer its source, q07's 發佈單位 cell beside its date; in
    # session 12 q01's UP主 card and q04's masthead name (the page's state names the writer the
    # page prints).
    # Set S, kept unopened until the end of session 11 and scored once there (main at 7592730).
    # Fixed since session 12: s01's boxed labels (【发布单位】), s02's post footer under the text
    # (a permalink date beside counters, a by-line), s05's station after its reporters, s07's
    # 编译 credit, s08's review time over its replies' (a toolbar's links are no item's title).
    # Sets U and W (content) and V and X (strip), written blind in session 12 and kept unopened until its end;
    # scored once there (main at 24bc7e8) and with the session's starting code (c7f5202): the same misses.
    # Fixed since session 13: u01's two writers (a JSON-LD list of Persons, microdata cards: all of them);
    # u03's and w03's writers under a role's label (查证者：, 分析师：), read as a label family; w06's
    # heading of the text is no name under the title; w01's date, authors and journal (a paper's scholarly
    # meta, its review dates no publication's); u02's unit printed before the date (its source); w02's
    # date (its state's sendTime); u08's sender (a list message's From: header); u03's verdict stamp
    # beside the date (a two-character word there is no source).
    # Each reason names the miss's kind (session 13; docs/extraction.md, "The field misses of the blind sets, by kind"),
    # then what the page path gives against the hand-written truth.
    (
        "u04_gbk_tv_drama_episode_synopsis_grid_first_air_date_writer_updated_after_text",
        "published",
    ): "the subject's date labelled near the title (本集播出：…, an episode's airing) beats the post's own labelled time after the text (2025-03-04 19:30 for 2025-03-02 22:15)",
    (
        "u05_gb18030_publisher_book_excerpt_shidu_book_card_pub_month_small_print_release_day",
        "author",
    ): "a book card above an excerpt (作者：谷雨禾 著) is not read (session 13: its table of contents' line is no longer read as a byline)",
    (
        "u06_charity_crowdfunding_story_progress_bar_faqiren_field_list_updates_after_story",
        "author",
    ): "the writer under a role label fanwen lacks, in a field list (发起人 庞晓蔓（患者女儿）) is not read",
    (
        "u09_gbk_old_php_blog_home_three_whole_posts_no_excerpts_pager_listing",
        "published",
    ): "a page that is no article (a blog's home, three whole posts) read as one: its first post's date follows",
    (
        "w02_school_parent_notice_mobile_no_year_visible_sendtime_script_publisher_read_count",
        "author",
    ): "the writer named only by a class (span.publisher) and the page's state (publisher.name) is not read (蒋慧敏)",
    (
        "w03_gbk_broker_research_report_summary_meta_table_analysts_rating_pdf_login",
        "source",
    ): "the publisher under a role label fanwen lacks, in an info table (研究机构：澄川证券) is not read",
    (
        "w04_big5_tw_farmers_association_news_roc_dotted_date_unit_field_photo_table",
        "source",
    ): "a labelled unit in an info table's cell (發布單位：推廣股, a menu's name too) is not read",
    (
        "w07_dcard_like_anonymous_board_post_persona_name_school_line_title_attr_year_floors",
        "author",
    ): "fields in adjacent elements with no text between read as one: the persona and the school glued (溪邊的貓國立臨溪大學、農業經濟學系 for 溪邊的貓)",
    (
        "w09_cloud_doc_share_link_expired_owner_line_recommended_docs_error",
        "published",
    ): "a page that is no article (an expired share link) read as one: a recommended doc's date follows",
    # Set AH, written blind in session 17, asserted since session 18 (main at d32e20a). Fixed in
    # session 18 (tests/test_metadata_kinds_18.py): fanwen_01-05's source (the site's own name as 来源
    # on a page whose editors say they compiled the text), health_03's desk byline (文/本會編輯部),
    # univ_01/03/04/05's credit chain (文字： is a writer's label).
    (
        "health_05",
        "source",
    ): "a reprint note's publication is read without its marks and kind (樂活長青; the truth keeps 《樂活長青》季刊)",
    # univ_02's author passes since session 22 (an editor beside a reviewer, 审核：… 责任编辑：…, is the
    # publisher's review chain: no writer, tests/test_metadata_kinds_22.py).
    # Set AJ, written blind in session 18, asserted since b0a4cb9. Fixed in session 19
    # (tests/test_metadata_kinds_19.py): chulan_01's, chulan_05's and bailu_01's date (the info line's
    # printed day over markup dating another) and chulan_01's, 02's and 05's authors (a reporters' line
    # under the title with no colon, its photographer none), panshi_02's, 03's and 04's authors (a footer's
    # 請註明出處及作者 ｜ 聯絡我們 no label, the site's name as meta author none, the speaker before 口述, a
    # form of address after the name no name).
    ("aj_fanwen_01", "author"): "a placeholder name (佚名) is taken as the author (the sets disagree)",
    ("aj_fanwen_02", "source"): "the site's own name is the labelled source (青禾范文网; the sets disagree)",
    ("aj_chulan_01", "source"): "the site's own name is the labelled source (楚澜新闻; the sets disagree)",
    ("aj_chulan_02", "source"): "the site's own name is the labelled source (楚澜新闻; the sets disagree)",
    ("aj_chulan_04", "source"): "the site's own name is the labelled source (楚澜新闻; the sets disagree)",
    ("aj_chulan_05", "source"): "the site's own name is the labelled source (楚澜新闻; the sets disagree)",
    (
        "aj_bailu_01",
        "source",
    ): "the site's own name is the labelled source (白鹭镇人民政府; the sets disagree)",
    (
        "aj_bailu_04",
        "source",
    ): "the site's own name is the labelled source (白鹭镇人民政府; the sets disagree)",
    # Set AL, written blind in session 19, asserted since session 20. Fixed in session 20
    # (tests/test_metadata_kinds_20.py): al_site_07's source (a kind of outlet, 合作媒体, is no source).
    # al_site_11's, 13's and 15's authors pass since session 23: their source names the signing bureau by
    # one of its units (县教育局人事科), as a source naming it whole did (tests/test_metadata_kinds_23.py).
    # Set AN, written blind in session 20, asserted since session 21. an_site_05's author passes since
    # session 23 (its source, 市教育局, names the signing bureau by its short name).
    # Fixed in session 21 (tests/test_metadata_kinds_21.py): an_site_07's author (a site's editor
    # desk, …网小编, is no author), an_site_11/12/13/15's source (an info table's 資料來源 row is read,
    # and beats its 發布單位 row), an_site_14's author (a helper's role before the name, 文／志工 A).
    # an_site_07's source (网友投稿) passes since session 26: a labelled source is the value as shown (the lead's convention, session 26: tests/test_metadata_kinds_26.py).
    (
        "an_site_14",
        "source",
    ): "an info table's 發布單位 (an internal unit, 社工組) is taken as the source where no 資料來源 row is printed (the sets disagree: W's w04 and G's g07 credit 發布單位：推廣股 / 秘書室公共事務組)",
    # Set AP, written blind in session 21, asserted since session 22. Its 范文 site's own name as 来源 on a
    # page its editors say they compiled (ap_site_16-20) was counted in session 22 against every truth of
    # that shape: AH's fanwen_01-05, AI's fanwen_xinde and AK's fanwen_set read none (7), AP's five and
    # AQ's p01_fanwen_dede the name (6); the project keeps the majority (metadata._compiles_own).
    # ap_site_01's author passes since session 23 (its source names the signing bureau by its short name).
    # ap_site_04's author passes since session 23 (its source names the signer by its abbreviation: metadata._abbreviates).
    # ap_site_12's signer is read without its closing formula since session 22 (敬啟 is no part of a name), and
    # is its author by the project's convention since session 25 (its truth brought to it).
    (
        "ap_site_16",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (优文范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    (
        "ap_site_17",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (优文范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    (
        "ap_site_18",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (优文范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    (
        "ap_site_19",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (优文范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    (
        "ap_site_20",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (优文范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    # Set AR, written blind in session 22, asserted since session 23. ar_site_08's and 10's authors pass
    # since session 23 (a department before the writer, a job title after the name: tests/test_metadata_kinds_23.py).
    (
        "ar_site_09",
        "author",
    ): "an advert card's headline left after the sign-off's date (自費…疫苗開放預約) hides the sign-off (…感染管制中心 / 114年10月1日) among the text's last lines",
    # ar_site_15's author passes since session 25: a desk (知岸编辑部) is no author, the project's convention.
    (
        "ar_site_19",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (笔耕范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    # Set AT, written blind in session 23, asserted since its end. at_site_01's and 04's authors pass since
    # session 25: the body signing a notice is its author, also where 来源 names it (the project's convention).
    # Set AV, written blind in session 24, asserted from its end. av_site_01, 03, 04 and 05's authors pass since
    # session 25 (the signing bureau, as at_site_01's).
    # av_site_06's, 07's and 10's authors pass since session 25 (a reviewer's credit glued to the by-line, a desk,
    # a department before the writer: tests/test_metadata_kinds_25.py).
    # av_site_14's source (网友投稿) passes since session 26: a labelled source is the value as shown (the lead's convention, session 26: tests/test_metadata_kinds_26.py).
    # Set AX, written blind in session 25, asserted from its end. ax_site_07, 10, 12, 13, 16, 17, 19 and 20's
    # sources (本站原创, 网友投稿) pass since session 26, as av_site_14's.
    # ax_site_07's and ax_site_14's authors pass since session 26 (a bureau's section, …股, and a brand
    # department, …品牌部, are desks), ax_site_12's and 15's (a pen name opening the meta line before the date;
    # an author card's 作者 heading over the name: tests/test_metadata_kinds_26.py).
    # Set AZ, written blind in session 26 and kept sealed until its end; scored at its end (main at 562eec5).
    # The sets disagree (session 27's count): a 通讯员 beside the reporter is a co-author in 15 truths (AJ chulan_01/05,
    # AK news_mobile, AM p06/p12, AN 01/02, AO p09, AP 02, AR 01/02, AV 16, Z z1_06, metazoo m05, heldback4 y27), the
    # reporter alone in 3 (AI's portal_news_short, AZ's az_site_04/10); a 发布单位 is the source in set S's s01, AZ's
    # az_site_15 gives none.
    (
        "az_site_04",
        "author",
    ): "a correspondent (通讯员) after the reporter is a second author (the sets disagree: 15 truths to 3)",
    (
        "az_site_10",
        "author",
    ): "a correspondent (通讯员) after the reporter is a second author (the sets disagree: 15 truths to 3)",
    (
        "az_site_15",
        "source",
    ): "a notice's 發佈單位 read as the source (the sets disagree: s01 reads its 发布单位 as the source)",
    # Set BB, written blind in session 27 and kept sealed until its end; scored at its start (4ad328b) and end (45f0260).
    # Its fields are read as written since session 28: a forum poster card's 來自 beside 發表數 is no source
    # (bb_site_03), a labelled answerer (回答者：…) is the author (bb_site_05), and a date alone above the title or a
    # publish label's under the text beats the bar's update time (bb_site_12, bb_site_14).
    # Set BD, written blind in session 28 and kept sealed until its end; scored at its start (76ddb6f) and end (ab4ddb6).
    # Since session 29 (tests/test_bylines_29.py): bd_site_07's and 19's authors (a writer's card beside the text),
    # 14's author and source (a speech's card: 講者 / 來源), 16's author and date (an accepted answer's header), 17's
    # (a name opening the meta line) and 20's (a body over the post's date in the box after the text); bd_site_11's
    # (文／科別 姓名醫師 glued to the date's element: its full-width slash is a label's) and 15's (回覆醫師：… in the box
    # after the text).
    (
        "bd_site_12",
        "source",
    ): "a 發布單位 read as the source (the sets disagree: s01 reads its 发布单位 as the source, AZ 15 and BD 12 do not)",
    # The sets disagree: an editor alone credited is the author in the shared truths (metazoo m07 责任编辑, contentzoo
    # c14 编辑, beside a 来源 naming another medium as here), no one in BD's bd_site_18 (counted in session 29).
    (
        "bd_site_18",
        "author",
    ): "an editor's label (责编：) read as the author (the sets disagree: m07 and c14 record the editor)",
    # Set BF, session 29.
    ("bf_site_01", "author"): "a blog's author card beside the text not read",
    ("bf_site_04", "author"): "a name glued to the title line not read",
    ("bf_site_04", "published"): "a relative date: the <time> attribute not read, another date taken",
    ("bf_site_05", "author"): "a reprint's writer: the blog's own author card taken instead",
    ("bf_site_11", "author"): "a notice signed by the school (signing body) not read",
    ("bf_site_13", "author"): "a lesson plan's 执教教师 in its info table not read as the author",
    ("bf_site_16", "author"): "an e-paper's by-line (記者…) not read",
    ("bf_site_18", "author"): "an e-paper column's writer not read",
    ("bf_site_20", "author"): "an e-paper interview's writer not read",
}


def known(reason: str | None, *case: object) -> object:
    """A test case, marked as a known miss (a strict xfail) when ``reason`` names one."""
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(*case, marks=marks)


def test_each_set_has_its_pages():
    assert all(len(load_truth(folder)) >= 10 for folder in SETS)
    assert all((folder / f"{name}.html").exists() for folder, name, _ in PAGES)


@pytest.mark.parametrize(
    "folder, name, want",
    [known(KNOWN_TEXT.get(case[1]), *case) for case in PAGES],
    ids=[name for _, name, _ in PAGES],
)
def test_page_gives_its_article_and_nothing_else(folder, name, want, rules):
    assert_page_gives_its_article(folder / f"{name}.html", want, rules)


FIELD_CASES = [(folder, name, want, field) for folder, name, want in PAGES for field in FIELDS]


@pytest.mark.parametrize(
    "folder, name, want, field",
    [known(KNOWN_FIELD.get((case[1], case[3])), *case) for case in FIELD_CASES],
    ids=[f"{name}-{field}" for _, name, _, field in FIELD_CASES],
)
def test_page_gives_its_metadata(folder, name, want, field, rules):
    try:
        article = process_file(folder / f"{name}.html", rules, url=want.get("url"))
    except NotAnArticle:
        got = None
    else:
        got = getattr(article, field)
        if field == "published" and got is not None:
            got = got.isoformat(sep=" ")
    assert same(field, want.get(field), got), got


# Sets C and D: strip and sections (the fixture format of tests/fixtures/heldback*: sections, removed,
# keep, truncated and the metadata the page states), scored once by bench/fixtures_report.py.
STRIP_SETS = tuple(
    FIXTURES / "blind" / f"set-{x}"
    for x in [*"cdfhjlnprtvx", "ai", "ak", "am", "ao", "aq", "as", "au", "aw", "ay", "ba", "bc", "be", "bg"]
)
STRIP_PAGES = [page for folder in STRIP_SETS for page in sorted(folder.glob("*.html"))]
KNOWN_STRIP: dict[str, str] = {
    # Set D, scored once at the end of session 7 (main at 29e570c). d10's scenic lead before 下面是小编… goes
    # with the editor's paragraph since session 12 (d10, f07, h07 and n07 right since; docs/stripping.md).
    # Set F, scored once at the start of session 8 (main at 9fda6e2).
    # f07's 淘口令 line and coupon banner go since session 8; its editor's lead since session 12. f10's byline
    # (文 | 刘洋（…民警）) since session 19 (meta-byline: a by-line of role marks above the text): right since.
    # Set H, kept unopened until the end of session 8 and scored once there (main at 8e0cf5c).
    # h03's sections are right since its title is (session 9: a <title> printing the site first;
    # the Word document's title line at the top of the body is the page's title, and goes); h05's
    # info line (a badge, 作者/发布 and icon counters) goes since session 11.
    # Set L, kept unopened until the end of session 9 and scored once there (main at 5e796d5).
    # Their adverts go since session 10 (strip kinds: l05, l06, l09 and l10 are right since); l01's
    # 最后更新于 line and its meta line (护士阿宁 · #… · 约 N 字) go since session 11, and l04's editor lead and
    # outro (boilerplate-editor-lead, the outro's credit of 小编); l03's 总之… conclusion is read since
    # session 11 (a sign-off and a signature after it); left:
    "l08_tw_community_assoc_meeting_minutes_big5": "the last line (下午4時10分。) with a glued PDF link is lost",
    # Set N, scored once at the start of session 10 (main at 128ec37).
    # n02's 文章目录 label and n03's 【广告】 line go since session 10 (strip kinds): both right since;
    # n10's ✍️/📅 info line since session 11.
    "n09_ghost_reading_notes_roman_numeral_h2_ai_summary_bookmark_card_member_cta": "a callout card's 📖 icon stays in its line (its AI summary box goes since session 10, its closing paragraph after the <hr> concludes since session 11)",
    # Set P, kept unopened until the end of session 10 and scored once there (main at b11919a). Its adverts
    # go since session 11 (strip kinds: p01's player, p02's tip box, p03's bundle box and outro, p05's contents).
    # Session 11 (sections): p03's ◎ pieces, p05's levels, p06's ◆ lines (one line a block in its raw post,
    # whose -- signature ends it: extract's) and p08's scenes head; p09 is
    # right (its run-in points are text, its closing paragraph after the <details> concludes).
    "p04_wap_xhtml_mp_fire_safety_slogans_star_flanked_groups_sms_subscribe_gbk": "the readers' 网友留言 stay around ★…★ group headings (its editor intro's first sentence goes since session 12)",
    "p05_jspxcms_township_work_bulletin_masthead_column_labels_toc_accessibility_gb18030": "a bulletin's masthead stays as its intro",
    "p08_django_script_site_community_sketch_scan_code_scene_divs_lookalike_dialogue": "a stage direction (（扫码，…“收款成功”…）) is cut as a 扫码 notice",
    # Set R, scored once at the start of session 11 (main at 427f579). Its advert kinds go since session 11 (r04's
    # gift stays): r04, r08 and r10 right since. Session 11 (sections): r02's ❶ steps head and its prices
    # do not; r07's dated entries are essays. r02's product card label goes since session 12 (promos.py): right since;
    # r03's 🤖 icon since session 13 (a box's lines left beside the advert the rules removed): right since.
    # r09's 文/ byline opening the text goes since session 19 (meta-byline: role marks): right since.
    # Set X's x06 is right since session 14 (an icon font's glyph is no word of its heads).
    # Set V's v01 is right since session 13 (its card's line, its release notes' parts, its star request and button);
    # v03 since session 17 (its fund card's name line goes with the card: the element holding the removed button).
    # set X's x03 (its look back concludes) and x10 (its boxes go, its bold text marks no heading).
    # Set T, kept unopened until the end of session 11 and scored once there (main at 7592730). Session 12
    # (sections): t05's and t09's closing paragraphs conclude (a look back, a topic summed up), t06's ▍ heads
    # nest below its stages, t07's pieces below their groups. The in-text promo boxes (fanwen/strip/promos.py) of t01, t03, t04,
    # t08 and t09 go: t01, t03 and t04 right since.
    "t07_anqicms_toast_speeches_grouped_collection_h2_groups_diamond_piece_lines_ai_generator_liquor_banner": "a ◇ piece line keeps its glyph: the truths disagree, and their majority keeps a glyph (session 14: 8 pages, 33 heads; t07 and v07 drop it, 11); its genre definition before the editor's intro goes since session 12",
    "t08_aspnet_mvc_safety_site_quiz_bank_with_answers_bar_div_heads_bold_sub_heads_mini_program_promo_gb18030": "a quiz question quoting a scam message (…点击链接领取) is cut as a call to act (its promo box goes since session 12)",
    "t09_medium_like_member_story_museum_with_kids_styled_span_heads_dropcap_pullquote_meter_banner": "a pull-quote that repeats a sentence stays in its part (its paywall note goes since session 12)",
    # Sets U and W (content) and V and X (strip), written blind in session 12 and kept unopened until its end;
    # scored once there (main at 24bc7e8) and with the session's starting code (c7f5202): the same misses.
    # Each reason names the miss's kind (session 13; docs/stripping.md, "The misses of sets V and X, by kind").
    "v02_download_site_tutorial_red_bar_h3_methods_fake_gaosu_download_box_zhuangji_bibei_grid_gbk": "a fake download box (its picture and 高速下载 buttons, no price, no scan call) stays in the intro: promo-frame wants a price beside a button since its review (common offer words, 免费/下载, are no evidence)",
    "v04_car_forum_diy_thread_english_step_font_heads_circled_subheads_mentioned_goods_box_xundijia_strip_gb2312": "a heading's text has · where the truth has ・ (GB2312 A1A4 decodes to U+00B7: a decoding table, no miss)",
    "v05_property_portal_buying_guide_timeline_h3_css_counter_steps_loan_calculator_widget_loupan_cards": "a loan calculator widget's title, field labels and tip stay (a form widget: no call word, no button left, no price); its closing 整体来看 concludes since session 13",
    # v06's model essay sections as written since session 19 (its title line under 【参考范文】 heads nothing, its
    # closing paragraph naming every point's quoted key word concludes; its lead form goes since session 13).
    "v07_tw_forum_ev_scooter_one_year_bullet_bold_heads_br_runs_inread_insurance_ad_app_bar_big5": "bold heads led by a bullet glyph (● 購車原因) keep it: the truths disagree, and their majority keeps a glyph (session 14: 8 pages, 33 heads; t07 and v07 drop it, 11)",
    "v09_dev_community_post_h3_h4_only_event_participation_tag_column_card_code_block": "a platform's event-participation notice (本文已参与「…」活动) stays in the intro and a code block's copy button (复制代码) glued to its last line (its heads and levels right since session 13: a text set in bold; its closing 回顾一下这个周末：… concludes since session 18)",
    "x01_creative_forum_topic_weight_loss_h2_markdown_appendix_blocks_kept_sponsor_box_after_topic": "a look-alike line of the article (its appendix's repository link line) is dropped before strip; its closing 最后总结一下 concludes since session 13",
    "x02_free_host_personal_homepage_2003_stamp_essay_frontpage_font_heads_hr_host_injected_banner_guestbook_cta_gb2312": "the essay's title line heads a section (the page's <title> names the site, so the line is no title repeat)",
    # Set AI, written blind in session 17, asserted since session 18 (main at d32e20a); corp_cehua_fangan and
    # zuowen_ai_glue section as written since session 18 (cta-tool-offer: their consulting, AI-writing and
    # membership calls go), and big5_jiaoan's course call goes. forum_duhougan, gov_tongzhi_gbk, m_gongzuo_zongjie
    # and wp_yanjianggao section as written since session 18 (sections: a subtitled numbered head, a document
    # number and a breadcrumb over the outline head nothing, a closing wish, a look back and ahead and a piece
    # that says it ends conclude, plain points that skip a number are a list); big5_jiaoan's heads and gzh_dushuhui's
    # badge numbers are right since.
    "big5_jiaoan": "a crumb's label (目前位置：) stays",
    "gzh_dushuhui": "the article's own join instructions (扫描下方二维码添加…入群) are cut as a scan call",
    # the truth makes a headed closing part a conclusion; sets D, J and zoo make it a section, as fanwen does
    "pingce_saodiji": "a review's 总结 part is no conclusion",
    "qa_yibao_vue": "24 characters of an answer are lost",
    # Set AK, written blind in session 18, asserted since b0a4cb9; feature_long, lesson_plan, news_mobile and
    # product_review section as written since session 19 (offers with no hook go: an app call glued after a paragraph,
    # an AI tool box, a shopping assistant's box), and fanwen_set's and forum_post's tool and mini-program calls go.
    "fanwen_set": "a 篇 piece's kind is section in the truth, essay to fanwen (the writer's brief named no essay kind); the truth keeps the editor's intro (下面是小编…; the sets disagree: a01)",
    # forum_post sections as written since session 25: its closing sign-off (以上，纯个人经验，欢迎拍砖。…) concludes
    # (the project's convention: the writer's sign-off on the whole text; hb1, P's p02 and AQ's p06 changed to it).
    # gov_notice's closing formula (特此通知。) and its sign-off (附件 list, issuer, date) conclude since session 19.
    "gov_notice": "an 附件 line that links a picture (3.…填报二维码, a .png) is lost from the notice's closing",
    "qa_policy_big5": "a data-source line (資料來源：…) stays in the text",
    # speech's speaker line heads nothing since session 19 (its heads are at their levels); it stays as text, as
    # set O's o03 keeps a speech's speaker and date head lines; its closing 同志们，…让我们… concludes since session 24
    # (the project's convention: a closing call on the audience after the last part; H's h02, the zoo's z03 and
    # heldback3's y21, which kept it in the last part, changed to it).
    "speech": "a speaker line under the title (市委副书记、市长 赵立群) stays in the intro",
    # wechat_article sections as written since session 19 (its follow line, card call, course line, membership card and
    # live-stream notice go).
    # Set AM, written blind in session 19 and kept sealed until its end, asserted since session 20 (main at 439fbfe).
    # p10 sections as written since session 20, and the tool offers of p01, p02, p04, p05, p08, p09 and p12 go
    # (cta-tool-promise: a tool's label, a colon, the reader's input and the result promised).
    # p01's sign-off and signature and p08's closing call and 落款 conclude since session 20 (a closing paragraph
    # turning to the readers, signed): both section as written since; p12's closing 下一步 plan concludes and p06's
    # captions head nothing since (set as the page sets captions).
    # p04's paywall card after the answer's wrapper is seen since session 20 (paywall-preview-end: 开通后可阅读剩余 N%), and
    # p05's by-line with a reviewer (文／… 审核／…) goes (meta-byline: a credit chain's roles). p02 and p05 section as
    # written since session 20, and p04's course card, p09's 1元试听 course, p11's （广告） line and p12's coupon call go
    # (cta-priced-trial, ad-labelled, cta-coupon-claim: promotions sold by a price, a time or an advert's label); left:
    "p04_zhihu_answer_next": "a Q&A page's question body is kept as the answer's text (the sets disagree: e01 keeps it)",
    "p06_school_news_ecms": "photo captions under images stay as text (the sets disagree: AJ keeps captions)",
    "p09_xinde_eyoucms": "a collection's lead (下面整理了4篇…) goes (the sets disagree: a01)",
    "p12_gongzhonghao_rongmei": "a credit line after the text (记者：… 通讯员：…) closes the conclusion",
    # Set AO, written blind in session 20 and kept sealed until its end, asserted since session 21 (main at 4475f57).
    # Session 21 (sections): p01's closing resolution (新的一年，…将以更加务实的作风、更加饱满的热情，…) concludes; p06's bold
    # question-and-answer lead (不会用手机？社工帮着办。) heads its part and its reported plan after the last of its
    # two-paragraph parts stays that part's text: both section as written but for their strip kinds.
    # The tool offers of p01, p02 and p05 go since session 21 (cta-tool-promise: the reader's input and a machine's fast
    # making, with no label, or a label with any separator, a price after it).
    # p01's dated live, p02's course tonight, p07's weekly webinar and p08's coupon code go since session 21, and p01, p04
    # and p10 section as written (cta-reader-call: a call to act for a gain; cta-referral: using the writer's code;
    # cta-own-service: a channel's daily piece).
    "p02_yanjianggao": "a collection's lead (下面是小编整理的…) goes (the sets disagree: a01)",
    # p03's attachment line (附件：<a href="….docx">title</a>) closes its conclusion since session 21: a document link after
    # an attachment label is the notice's attachment, no link line (content.is_attachment).
    # p05's paywall count (已有2.3万人解锁阅读) goes since session 21 with its card (paywall-preview-end: the share shown).
    "p05_wenda": "a Q&A page's question body is kept (the sets disagree: e01 keeps it)",
    # p06's first-order offer, p07's first-year price and p08's early-bird price go since session 21 (cta-reader-price);
    # p08 sections as written (its coupon code goes: cta-reader-call).
    "p06_wechat": "a photo caption (▲…) stays as text (the sets disagree: AJ keeps captions)",
    "p07_big5faq": "a 資料來源 line closing the text stays",
    "p09_xiaoyuan": "photo captions (图为…) stay (the sets disagree: AJ keeps captions)",
    # Set AQ, written blind in session 21, asserted since session 22 (main at 227c077).
    "p01_fanwen_dede": "a collection's lead (…下面是小编整理的…，供大家参考) goes as the editor's (the sets disagree: a01 keeps it; l04, p03 and r10 do not)",
    "p02_summary_ecms": "numbered lead sentences opening their paragraphs (1.促消费活动亮点纷呈。…) head sub-parts (the truth: a paragraph's own first sentence; the sets disagree: the same shape under （一） heads in zoo's z02, pages' p14 and F's f01, and stays text in P's p09 and AK's gov_notice; counted in session 22, kept)",
    # p04's opening report of a purchase (…下单了…，一共花了297元) stays since session 22 (strip._DONE: a purchase told as done).
    # p04's closing wish to the readers (…愿每个孩子都能…) after the last part concludes since session 24 (the project's
    # convention; zoo2's y10 and N's n02, which kept such a wish in the last part, changed to it).
    "p04_wechat_article": "a glued camp offer (📌…开营！) after a part's text stays",
    # p07's closing (到这里，…环境就搭好了) concludes since session 22 (sections._says_the_task_is_done), and its
    # early-bird price goes (cta-reader-price); AQ p06's referral code, p08's follow call and p11's search call go since
    # session 22 (cta-reader-call, cta-own-service: the families of channels, gains and prices widened).
    "p08_health_wp": "a disclaimer line (本文仅供健康科普…) and a figure's caption stay (the sets disagree on captions)",
    "p10_school_aspnet": "a photo caption (开幕式现场) stays (the sets disagree: AJ keeps captions)",
    # p12 sections as written since session 22 (a headless speech's wish and thanks: sections._headless_speech_closes).
    # Set AS, written blind in session 22, asserted since session 23 (main at 9155100).
    # as_p01, as_p05, as_p08 and as_p09 section as written since session 23 (strip.tails, cta-offer-tail: an offer glued
    # after a paragraph in brackets or with no stop goes alone), and as_p04's ▼ card call goes; as_p04 sections as
    # written since session 23 too: its closing 写在最后, set as its 01｜… parts, is at their level
    # (sections._closing_head_set_as_the_parts).
    # as_p06 sections as written since session 25: its forum app's gift notice, a line of its own look, goes (strip.adlines).
    # as_p07 sectioned as written since session 23: its sidebar <aside>, left open over the post, is closed, and
    # a part after decimal sub-parts (3. after 2.1, 2.2) is a part (fanwen.sections._points_are_text).
    # as_p12 sectioned as written since session 23: its closing address (新同事们，…) before the closing wish concludes
    # (an audience named by any word ending in 们, or 各位…).
    # Set AU (strip and sections), written blind in session 23 and kept sealed until its end, asserted since
    # session 24. Its writer's brief gave intro and conclusion level 0 (an error of the brief): its truths are
    # mapped to level 1, the level every other set gives (session 24, tests/fixtures/blind/set-au/README.md).
    # au_p07 and au_p08 section as written since session 24 (a bracket the writer labels an advert, …广告：…, goes;
    # a last sentence closing with its own stop is read as a tail), and the glued offers of au_p01, p02, p03 and p06
    # closing with their own stop go (strip.tails, cta-offer-tail: a paragraph's last sentence read as its tail).
    # au_p05 sections as written since session 25, and the glued offers of au_p10 and au_p11 go (cta-offer-tail: a
    # bracket addressing the reader with a channel and a deadline, a sale with no channel, a 社区团购 no public body's).
    # au_p01 sections as written since session 25: its AI card drawn as a one-row layout table goes (strip.cards), its
    # document pack's line too (cta-document-pack).
    # au_p01's closing after its 篇一…篇三 essays (以上三篇…) is at their level since session 24 (sections._collection_closes).
    "au_p02_shuzhi": "a material-pack offer closing with its own stop stays",
    # au_p03's closing call (各位代表！…让我们…) and au_p04's closing wish (…祝各位爸妈都能…) conclude since session 24 (the
    # project's convention: a closing call or wish after the last part concludes).
    "au_p04_wechat": "headings keep the account's ▍ marker (the sets disagree: T's t06 keeps ▍ in the same markup, N, P and R keep their glyphs)",
    # au_p06, au_p09 and au_p11 section as written since session 25: a group's join line, a live class's line and a
    # donation line, each of a look of its own, go (strip.adlines, cta-own-line).
    # au_p10 sections as written since session 25: its AI card of one line (its headline left out) and its teachers'
    # group line in a box go (strip.cards).
    # au_p12 sections as written since session 24: its closing paragraph after the last part (合上书…) concludes
    # (sections._PUTS_THE_BOOK_DOWN).
    # Set AW (strip and sections), written blind in session 24 and kept sealed until its end, asserted from its
    # end. Its writer's brief named kinds intro, section and conclusion only: its 篇一…篇三 parts are mapped to
    # kind essay, as every other set gives them (tests/fixtures/blind/set-aw/README.md).
    # aw_p04 strips and sections as written since session 25 (a 【】 closing a paragraph, a tool's input), and the
    # bracketed notes of aw_p03, aw_p08 and aw_p10 go (a pointer to the page's corner or end, a note selling no adverts).
    # aw_p02's closing request (以上是我的述职报告…谢谢大家！), aw_p03's closing pledge (食品安全关系千家万户。…以更严的
    # 标准、更实的举措…), aw_p07's sign-off (body and date) and aw_p11's closing advice (…提醒，…) conclude since session
    # 25 (sections._speaks_of_the_whole, _signs_the_notice); aw_p09's conclusion is whole once its group line goes.
    # aw_p08's group-buy card (its button a pill drawn by inline style, its look every paragraph's bare section) goes
    # since session 25 (strip.cards): its headline no longer heads a section.
    "aw_p08_wechat": "the closing credit line (文字｜…) goes",
    # aw_p09 sections as written since session 25: its dash-flanked group line goes (strip.adlines, cta-own-line).
    # aw_p02's coupon (…全场领券满30减10！) and aw_p10's paid column's discount (…限时8折！) glued after a paragraph go since
    # session 28: a discount with a sale's terms (a time limit, the whole shop) closing with the seller's ！ (strip.tails).
    # aw_p03, aw_p05, aw_p11 and aw_p12 strip as written since session 27: an interactive call glued bare after the
    # stop (关注不迷路, 就打赏…吧！, 点赞收藏不迷路) or a comment asked for a gift (留言…，抽N名送…) (strip.marks.bare_call).
    # Set AY, written blind in session 25 and kept sealed until its end, asserted from its end (main at 6b2d6cd).
    "ay_p01_fanwen": "an editor's intro before 篇一 (下面是小编整理的三篇…) is dropped (the sets disagree, as a01)",
    # ay_p05 strips and sections as written since session 26: its 知识星球 card (a join and a member's perks, no price)
    # goes whole, its label no facet's (strip.ownbox.pitched; the promo-box pass takes it).
    # ay_p04, ay_p06 and ay_p07 strip and section as written since session 26: a live-stream gift line and a teachers'
    # group line in bold (a bold line of clauses read by a look of its own), a follow-the-video-channel line promising
    # more (更多…资讯，请关注视频号…) go (strip.adlines, cta-own-line).
    # ay_p08's …希望大家…！, ay_p09's 最后祝各位… and ay_p11's 祝福大家… after the last part conclude since session 26
    # (sections._closes_for_the_reader), ay_p07's sign-off with a line of another kind under it, and ay_p04's closing
    # call under its live-stream line, which heads nothing (sections._another_kind). ay_p09's bracketed DM-me offer
    # goes since session 26 (strip.marks, cta-offer-tail): it sections and strips as written.
    "ay_p12_qa": "the question's description is kept as the answer's intro (the truth takes the answer alone)",
    # Set BA, written blind in session 26 and kept sealed until its end; scored at its end (main at 562eec5).
    # ba_p11 and ba_p12 strip as written since session 27, and ba_p02's, 05's and 06's glued calls go: any bracket pair
    # (〔…〕), a button in a bracket (点这里订阅), a pointer mark (》》, ➤) with a gain to claim or its terms, an offer's
    # label in a bracket (本月限定：…) (strip.marks, strip.calls).
    "ba_p01_fanwen": "an editor's intro and closing round a collection (下面是小编…, 以上就是小编…) are dropped (the sets disagree: a01)",
    # Lead sentences under a 一、 part (一是…。) head its sub-sections since session 27 (ba_p02, ba_p04), and a notice's
    # （二） item after a sibling too long to head is text as the sibling is (ba_p07); ba_p08's closing wish (愿你我…)
    # concludes and its ▲ caption stays beside the advert's button: it is sectioned as written.
    # ba_p02 to ba_p07's in-house boxes under a category label (便民推荐, 招生宣传, 服务推荐, 工会福利, 名师课堂, 政务服务:
    # headline, description, button) go since session 27 (strip.cards, advert-card), and their headlines head no
    # section: ba_p03, ba_p04 and ba_p07 section as written.
    # Set BC, written blind in session 27 and kept sealed until its end; scored at its start (4ad328b) and end (45f0260).
    # bc_p05's named items under 四、 (1．齐心协力。…) head since session 28 (sections._named_items), and bc_p04's closing
    # resolve (五天的培训虽然短暂，…。我将…) concludes (sections._resolves_after_the_whole).
    # The box adverts of bc_p01 to p06 and p09 to p12 go whole since session 28, their label the extractor left out read
    # as the box's label line (strip.cards, advert-card): bc_p01, 02, 03, 04 and 11 section as written.
    # Since session 28 the glued sales of bc_p06, p09, p10 and p12 (【…会员限时9.9元】, 【…新人首单…0元】, （…首年只要19元）,
    # 【…全场满3000减300，活动截至…】), bc_p07's pointer to a special (进入“…”专题即可查看) and the sponsor lines of bc_p08
    # and p10 (由「…」赞助…限时特惠, 本站由「…」支持：…首单半价) go (strip.calls, strip.tails, strip.marks, strip.adlines):
    # bc_p09, p10 and p12 section as written.
    "bc_p05_metinfo_fangan": "numbered duties (1．各部门要…。) under 六、 do not head sub-sections (the sets disagree: AK's gov_notice keeps such items as text)",
    "bc_p06_kesion_jiaoan": "numbered items (1．…) under a lesson plan's parts do not head sub-sections (the sets disagree: whole numbered sentences under a part are text in 44 parts of the truths, BA's ba_p06 too, and head in BC's p06 alone)",
    # bc_p07, be_p05 and be_p06 were right for part of session 29 (a 推荐 label let any button act and a sentence
    # describe) and are back since its review: the in-house box's guards hold under 推荐 too (strip.cards).
    "bc_p07_trs_tongzhi": "a box advert under a 推荐 badge (a field-form headline, a description a sentence) keeps its headline, which heads a section; a notice's sign-off (body, date, （此件公开发布）) does not conclude",
    "bc_p08_bili_column": "numbered leads that judge (1．浇水太勤。) under a 三、 part do not head sub-sections (the sets disagree: P's p09 keeps 1.时间分配不够合理。… as text)",
    # Set BE, written blind in session 28 and kept sealed until its end; scored at its start (76ddb6f) and end (ab4ddb6).
    # be_p02, p03, p08 and p09 section as written since session 29: a wrapped sale or ask goes
    # (strip.calls.wrapped_call), the site's reminder pointing at its own place (strip.marks).
    "be_p01_fanwenwang_essay": "an advert box's description line stays",
    # be_p04's closing wish shared with a group (…愿与…们共勉，…) and be_p11's closing reminder (另外提醒一句，…) after the
    # last part conclude since session 29 (sections._SHARED_RESOLVE, _REMINDS_THEM): be_p04 sections as written.
    "be_p05_umbraco_hospital_plan": "a box advert under a 推荐 category label (its description a sentence) stays",
    "be_p06_moodle_lesson": "a box advert under a 推荐 category label (its description a sentence) stays, its label and headline heading sections",
    "be_p07_bankportal_notice": "numbered lead items (1．…。) under a 一、 part do not head sub-sections (the sets disagree: BC p08 and BE p07 head them, P p09 and AK keep them as text; counted in session 29 over all Format B truths, 2 pages to 2, kept)",
    "be_p10_sphinx_tutorial": "a docs page's field list (作者:, 适用版本:) kept as text",
    "be_p11_djangoqa_answer": "a Q&A page's question kept above the accepted answer",
    "be_p12_jfinalexpo_news": "a closing credit of writer and photographer （文/… 图/…） kept (the writer's truth drops it; 55 truths drop such credits)",
    # Set BG (strip and sections), written blind in session 29, scored at its start (8f00d73) and end (0bef113).
    "bg_p01_angular_news": "a follow ask glued (想第一时间收到…？搜索“…”并点关注就行。) stays",
    "bg_p03_confluence_guide": "a sponsor line glued (本页由“…”支持——新用户注册即送…) stays; the closing help offer not concluding",
    "bg_p04_phpbb_forum": "a forum partner's discount in brackets (（本版合作車行…打八折。）) stays",
    "bg_p05_zendesk_faq": "the help page's own lead (以下整理了…问题，供大家参考。) dropped as an editor's intro; closing not concluding",
    "bg_p07_astro_fanwen": "a 推荐 box and a Word-version ask stay; the collection's intro (下面为大家整理了三篇…) dropped (truth keeps it)",
    "bg_p08_vueelement_summary": "a shop's group-buy line glued (…团购请认准“…”旗舰店。) stays",
    "bg_p09_gitbook_lessonplan": "a live-course box stays; the 执教 by-line after the text kept",
    "bg_p10_hospital_health": "a set-meal sale in brackets and a 健康优选 box stay (its headline heads a section)",
    "bg_p11_lawfirm_explainer": "the firm's own consult sale and a 合作推薦 box stay (its headline heads a section); closing wish not concluding",
    "bg_p12_opendata_policy": "a training-camp ask glued stays; the closing welcome not concluding",
}
# Set D pages whose removals, kept phrases or truncation miss, by kind.
KNOWN_STRIPPED: dict[str, str] = {
    # Set J, scored once at the start of session 9.
    # Set L, scored once at the end of session 9: its six pages strip as written since session 10.
    # Set N, scored once at the start of session 10; n02, n03, n09 and n10 strip as written since
    # session 10 (a 文章目录 label, a 【广告】 line, an AI 摘要 box, a 📢 推广 block).
    # Set P, kept unopened until the end of session 10 and scored once there (main at b11919a); p01, p02, p03
    # and p05 strip as written since session 11 (a 听全文 player, a 【温馨提示】 promo, a 📣 bundle box, 本期要目).
    # Set R, scored once at the start of session 11 (main at 427f579); r02, r04 and r08 strip as written since
    # session 11 (a countdown deal, a neighbour's gift kept, an embed's fallback), r03's AI box and r09's feed advert go;
    # r03 since session 12 (its letter-spaced title line, the title less its bracketed qualifier and 范本, goes);
    # r09 since session 19 (its 文/ byline above the text, meta-byline).
    # Set T, kept unopened until the end of session 11 and scored once there (main at 7592730): t01, t03, t04,
    # t08 and t09 strip as written since session 12 (their in-text promo boxes, fanwen/strip/promos.py).
    # Sets U and W (content) and V and X (strip), written blind in session 12 and kept unopened until its end;
    # scored once there (main at 24bc7e8) and with the session's starting code (c7f5202): the same misses.
    # Each reason names the miss's kind (session 13; docs/stripping.md, "The misses of sets V and X, by kind").
    # x04, x05 and x07 strip and section as written since session 16 (promo-frame: a box drawn as one element).
    "v02_download_site_tutorial_red_bar_h3_methods_fake_gaosu_download_box_zhuangji_bibei_grid_gbk": "a fake download box's name line and downloader note stay: a picture and buttons but no price and no scan call (promo-frame since its review)",
    "v05_property_portal_buying_guide_timeline_h3_css_counter_steps_loan_calculator_widget_loupan_cards": "a loan calculator widget's title and tip stay: a form widget with no call word, no button left, no price",
    "v09_dev_community_post_h3_h4_only_event_participation_tag_column_card_code_block": "a platform's event-participation notice (…活动，点击查看活动详情) and a code block's copy button text (复制代码) stay",
    "x01_creative_forum_topic_weight_loss_h2_markdown_appendix_blocks_kept_sponsor_box_after_topic": "a look-alike line of the article (its appendix's repository link line) is dropped before strip",
    # Set AI, written blind in session 17, asserted since session 18 (main at d32e20a); corp_cehua_fangan,
    # wp_yanjianggao and zuowen_ai_glue strip as written since session 18 (cta-tool-offer), and big5_jiaoan's course
    # call goes.
    "big5_jiaoan": "a crumb's label (目前位置：) stays",
    "gzh_dushuhui": "the article's own join instructions (扫描下方二维码添加…入群, 长按识别…入群) are cut as a scan call",
    # Set AK, written blind in session 18, asserted since b0a4cb9; fanwen_set, feature_long, forum_post, lesson_plan,
    # news_mobile and product_review strip as written since session 19 (offers with no hook: AI tool boxes, app and
    # mini-program calls glued after a paragraph, a shopping assistant's box).
    # wechat_article strips as written since session 19 (its live-stream notice, 直播预告｜… 点击预约, last: cta-link-call).
    # Set AM, written blind in session 19 and kept sealed until its end, asserted since session 20 (main at 439fbfe).
    # p01, p08 and p10 strip as written since session 20, and the tool offers of p02, p04, p05, p09 and p12 go
    # (cta-tool-promise: a tool's label, a colon, the reader's input and the result promised).
    # p04's paywall card is seen since session 20 (paywall-preview-end, after the answer's wrapper); p02, p04, p05, p09,
    # p11 and p12 strip as written since session 20 (a live's coupon, a course card, a timed live notice, a 1元试听 course,
    # a （广告） line, a coupon call go: cta-priced-trial, ad-labelled, cta-coupon-claim).
    "p06_school_news_ecms": "photo captions stay (the sets disagree: AJ keeps captions)",
    # Set AO, written blind in session 20 and kept sealed until its end, asserted since session 21 (main at 4475f57).
    # The tool offers of p01, p02 and p05 go since session 21 (cta-tool-promise, with no label or a ｜ label and a price).
    # p01, p02, p04 and p10 strip as written since session 21, and p07's weekly webinar and p08's coupon code go
    # (cta-reader-call: a call to act for a gain; cta-referral: using the writer's code; cta-own-service: a channel's
    # daily piece).
    # p05's paywalled answer is marked truncated since session 21 (paywall-preview-end: 已展示全文的 32%, 解锁本篇及…), and
    # its tool offer with its price line goes (cta-tool-promise: a ｜ label, the reader's input, 1分钟输出…): it strips as written.
    # p06 strips as written since session 21 (cta-reader-price: 新用户首单1元 / 满3单再送…); p07's first-year price and p08's
    # early-bird price go (cta-reader-price): with their calls (cta-reader-call) both strip as written.
    "p09_xiaoyuan": "photo captions (图为…) stay (the sets disagree: AJ keeps captions)",
    # Set AQ, written blind in session 21, asserted since session 22 (main at 227c077).
    # p04's opening report of a purchase stays since session 22 (strip._DONE: a purchase told as done), and AQ p04's
    # 阅读原文 call, p06's referral code, p07's early-bird price, p08's follow call and p11's search call go since session 22
    # (the readings' families widened): p04, p06, p07, p08 and p11 strip as written.
    # Set AS, written blind in session 22, asserted since session 23 (main at 9155100).
    # as_p01, as_p04, as_p05 and as_p08 strip as written since session 23 (strip.tails, cta-offer-tail: an offer glued
    # after a paragraph, in brackets or with no stop, or a line flanked by ▼ marks).
    # as_p06, au_p06, au_p09, au_p11 and aw_p09 strip as written since session 25 (strip.adlines, cta-own-line: an
    # advert line of its own look).
    # as_p07 stripped as written since session 23: its sidebar <aside>, left open over the post, is closed.
    # Set AU, asserted since session 24 (see KNOWN_STRIP).
    # au_p01 strips as written since session 25 (advert-card: a one-row layout table's card; cta-document-pack).
    "au_p02_shuzhi": "a material-pack offer closing with its own stop stays",
    "au_p04_wechat": "a glued course offer and a comment-lottery line stay",
    "au_p05_zhihu": "the paywall's cut is not seen (truncated)",
    # au_p01 and au_p10 strip as written since session 25 (advert-card: a one-row layout table's card, a one-line
    # card, a group line in a box; cta-document-pack).
    # Set AW, asserted from session 24's end (see KNOWN_STRIP).
    # aw_p08 strips as written since session 25 (advert-card: a group-buy card with a pill button).
    # aw_p02's coupon (…全场领券满30减10！) and aw_p10's paid column's discount (…限时8折！) glued after a paragraph go since
    # session 28: a discount with a sale's terms (a time limit, the whole shop) closing with the seller's ！ (strip.tails).
    # aw_p03, aw_p05, aw_p11 and aw_p12 strip as written since session 27: an interactive call glued bare after the
    # stop (关注不迷路, 就打赏…吧！, 点赞收藏不迷路) or a comment asked for a gift (留言…，抽N名送…) (strip.marks.bare_call).
    # Set AY, written blind in session 25, asserted from its end.
    # ay_p09 strips as written since session 26 (its bracketed DM-me offer: strip.marks, cta-offer-tail).
    # Set BA, written blind in session 26 and kept sealed until its end; scored at its end (main at 562eec5).
    # ba_p03, ba_p04 and ba_p07 strip as written since session 27: their in-house boxes under a category label go
    # (strip.cards, advert-card), as do ba_p02's, 05's and 06's.
    "ba_p12_wenda": "the paywall's cut is not read (truncated)",
    # Set BC, written blind in session 27 and kept sealed until its end; scored at its start (4ad328b) and end (45f0260).
    # bc_p01 to p05 and p11 strip as written since session 28: their box adverts go whole, the label the extractor left
    # out read as the box's label line (strip.cards, advert-card); so do p06's, p09's, p10's and p12's.
    # bc_p06, p08, p09, p10 and p12 strip as written since session 28: their glued sales and sponsor lines go, and
    # bc_p07's bracketed pointer to a special (strip.calls, strip.tails, strip.marks, strip.adlines).
    # Set BE, written blind in session 28 and kept sealed until its end; scored at its start (76ddb6f) and end (ab4ddb6).
    # be_p02, p03, p08, p09 and p10 strip as written since session 29 (strip.calls.wrapped_call); bc_p07, be_p05 and
    # be_p06 are back since its review (strip.cards: the in-house box's guards hold under 推荐 too).
    "bc_p07_trs_tongzhi": "a box advert's headline under a 推荐 badge (a field-form headline) stays",
    "be_p01_fanwenwang_essay": "an advert box's description line stays",
    "be_p05_umbraco_hospital_plan": "a box advert under a 推荐 category label (its description a sentence) stays",
    "be_p06_moodle_lesson": "a box advert under a 推荐 category label (its description a sentence) stays",
    # Set BG, session 29.
    "bg_p01_angular_news": "a follow ask glued stays",
    "bg_p03_confluence_guide": "a sponsor line glued stays",
    "bg_p04_phpbb_forum": "a forum partner's discount in brackets stays",
    "bg_p07_astro_fanwen": "a 推荐 box and a Word-version ask stay",
    "bg_p08_vueelement_summary": "a shop's group-buy line glued stays",
    "bg_p09_gitbook_lessonplan": "a live-course box stays",
    "bg_p10_hospital_health": "a set-meal sale in brackets and a 健康优选 box stay",
    "bg_p11_lawfirm_explainer": "the firm's own consult sale and a 合作推薦 box stay",
    "bg_p12_opendata_policy": "a training-camp ask glued stays",
}
STRIP_FIELDS = ("title", "published", "author", "source", "category")
KNOWN_STRIP_FIELD: dict[tuple[str, str], str] = {
    # Set F, scored once at the start of session 8.
    # The sets disagree: f01's and j05's truths take the upper linked level; the other trails'
    # truths (d01, d05, h01, n03, n07, n08, h10…) take the deepest linked level, as fanwen does.
    ("f01_dede_work_plan_four_levels_gb18030", "category"): "a sub-column taken over the breadcrumb's column",
    # Set H, scored once at the end of session 8.
    # The sets disagree (docs/extraction.md, settled in session 10): the site's own name as the
    # labelled source is the source (12 truths), an organisation credited by 作者： the author (6).
    (
        "h01_empire_duty_report_yishi_bold_leads_gbk",
        "source",
    ): "the site's own name is the labelled source (the sets disagree)",
    # Set J, scored once at the start of session 9 (fixed since: j05's department, j08's Drupal
    # fields and weekday time, j04's site-named JSON-LD; session 12: j09's account name, from
    # the page's state). j01's and j03's authors pass since session 25: their truths were brought to the
    # project's convention (the signing bodies are the author).
    (
        "j01_mobile_m_water_saving_proposal_no_heads_gbk",
        "source",
    ): "the site's own name is the labelled source (the sets disagree)",
    (
        "j05_metinfo_mall_anniversary_plan_h2_h3_h4_table",
        "category",
    ): "a sub-column taken over the breadcrumb's column",
    # j10's author passes since session 25: a desk (the site's 编辑部) is no author, the project's convention.
    # Set L, scored once at the end of session 9.
    (
        "l03_jeecms_party_thought_report_centred_unnumbered_gbk",
        "source",
    ): "the site's own name is the labelled source (the sets disagree)",
    # The sets disagree (docs/extraction.md, session 15): l08's writer reads the minutes' 記錄 as a
    # field of the minutes, the sealed sets' writers as who wrote them (the project: the author).
    (
        "l08_tw_community_assoc_meeting_minutes_big5",
        "author",
    ): "the minutes' recorder (記錄：) is the author (the sets disagree)",
    # Set N, scored once at the start of session 10: fixed since session 11, a wiki's category
    # links, a heading's own ｜ subtitle, a breadcrumb's unlinked last item (講道摘要: the page's kind).
    # Set P, kept unopened until the end of session 10 and scored once there (main at b11919a):
    # fixed since session 11, a BBS header's asctime, 作者 account and the 看板 label; a breadcrumb's
    # unlinked last item (信件详情: the page's kind) and its -> separator. p07's reply is read since
    # session 12 (a field table's prose cells): its signing bureau is the author, as j01's (its truth so since session 25).
    # Set R, scored once at the start of session 11 (main at 427f579). Fixed since: r09's 文/ byline's
    # unit and title (许静); r03's category, as a breadcrumb's unlinked last item names the page
    # (网络购物合同纠纷, its case type), no channel; r08's title, category and author (a site builder's
    # <title> naming its menu item; its 撰寫 label, which gives the signature's name too); r04's
    # author (the display name printed before the markup's username) and category (its tags beside);
    # r09's category (<html data-category>).
    # Set T, kept unopened until the end of session 11 and scored once there (main at 7592730).
    # Fixed since session 13: t06's date and author (schema.org microdata on the visible card and
    # time; with them V's v01 author, a microdata card), t10's date (a sign-off's day to the minute
    # of the info line above), X's x07 author (讲师：, a role's label), V's
    # v03 date (a publication date in the tooltip of a visible edit time), v05's author (a job title
    # ending in 编辑 before the name), x03's poster (a member's link naming its account in brackets),
    # v04's starter (a 楼主 badge in the post's header beside the poster's card).
    (
        "t01_notion_like_public_page_event_review_div_role_heading_blocks_template_shop_callout_made_with_badge",
        "category",
    ): "a breadcrumb's parent page is taken as the category (the truth has none)",
    (
        "t03_mkdocs_material_course_syllabus_h2_h3_pilcrow_permalinks_sponsor_admonition_announce_banner",
        "author",
    ): "a docs page's 贡献者 line is not read; a department is taken",
    (
        "t03_mkdocs_material_course_syllabus_h2_h3_pilcrow_permalinks_sponsor_admonition_announce_banner",
        "category",
    ): "a docs site's nav section is not read as the category",
    (
        "t05_gatsby_blog_yearly_reading_list_h2_genres_h3_numbered_book_titles_affiliate_buy_rows_disclosure",
        "author",
    ): "a book's 作者： line inside the text is taken over the blog's author",
    (
        "t06_blogspot_simple_tw_baby_food_stages_highlight_span_heads_bar_subheads_shopee_affiliate_fanpage_cta_big5",
        "category",
    ): "a post's 標籤 label is not read as the category",
    (
        "t09_medium_like_member_story_museum_with_kids_styled_span_heads_dropcap_pullquote_meter_banner",
        "category",
    ): "a story's collection (发表于 …) is not read as the category",
    # Sets U and W (content) and V and X (strip), written blind in session 12 and kept unopened until its end;
    # scored once there (main at 24bc7e8) and with the session's starting code (c7f5202): the same misses.
    # Each reason names the miss's kind (session 13; docs/extraction.md, "The field misses of the blind sets, by kind"),
    # then what the page path gives against the hand-written truth.
    (
        "v01_docusaurus_blog_release_notes_h2_h3_hash_links_enterprise_trial_card_star_cta",
        "title",
    ): "the site's name in <title> over the post's h1 (青禾笔记 for 青禾笔记 v3.2 更新说明)",
    (
        "v01_docusaurus_blog_release_notes_h2_h3_hash_links_enterprise_trial_card_star_cta",
        "category",
    ): "a post's tags read as the category (版本发布,更新说明 for None)",
    # v02's author passes since session 21 (a site's editor desk, 天禾小编, is no author: X小编 is no person).
    (
        "v02_download_site_tutorial_red_bar_h3_methods_fake_gaosu_download_box_zhuangji_bibei_grid_gbk",
        "source",
    ): "the site's own name is the labelled source (天禾下载站; the sets disagree)",
    (
        "v05_property_portal_buying_guide_timeline_h3_css_counter_steps_loan_calculator_widget_loupan_cards",
        "source",
    ): "the site's own name is the labelled source (住好房江城站; the sets disagree)",
    (
        "v06_civil_exam_training_site_shenlun_essay_blue_tag_labels_bold_thesis_leads_phone_code_form_refund_banner_gb18030",
        "source",
    ): "the site's own name is the labelled source (华启公考江城分校; the sets disagree)",
    (
        "v08_interest_group_topic_rental_tips_bold_tip_n_lines_feed_ad_after_post_join_group_cta_open_app_bar",
        "category",
    ): "a group's name over the post (the post's forum) is not read as the category (江城租房互助)",
    (
        "x02_free_host_personal_homepage_2003_stamp_essay_frontpage_font_heads_hr_host_injected_banner_guestbook_cta_gb2312",
        "title",
    ): "the site's name in <title> over the essay's heading (邮票迷的小屋 for 我的集邮经历)",
    (
        "x03_tw_game_community_creation_hut_japanese_n3_fullwidth_hash_colored_span_heads_welfare_lottery_card_coin_bar_big5",
        "category",
    ): "a personal space's creation category in its crumbs is not read (語言學習)",
    (
        "x04_insurance_review_site_medical_policy_h2_fullwidth_bar_clause_heads_comparison_table_advisor_lead_form_mini_program_box",
        "author",
    ): "fields in adjacent elements with no text between read as one, and a column's brand before the person (作者：保评君·林晚 + 2025.09.18): 保评君·林晚2025.09.18 for 林晚",
    (
        "x05_wordpress_elementor_accounting_firm_quarterly_filing_heading_widgets_h2_h4_cta_widget_form_widget",
        "author",
    ): "an organisation before the person in a credit (作者：衡信财务 周会计): 衡信财务、周会计 for 周会计",
    (
        "x10_driving_test_site_reverse_parking_red_bold_jiqiao_heads_vip_3d_practice_box_peilian_card_gb18030",
        "author",
    ): "an editor's pen-name as the only credit (编辑：小驾) is the author to fanwen, nobody to the truth (the sets disagree)",
    (
        "x10_driving_test_site_reverse_parking_red_bold_jiqiao_heads_vip_3d_practice_box_peilian_card_gb18030",
        "source",
    ): "the site's own name is the labelled source (驾考通; the sets disagree)",
    # Set AI, written blind in session 17, asserted since session 18 (main at d32e20a). Fixed in
    # session 18 (tests/test_metadata_kinds_18.py): fanwen_xinde's source (the site naming itself as the
    # source of its editors' compilation), zuowen_ai_glue's author (a field label after the name).
    ("big5_jiaoan", "author"): "a lesson plan's 設計者 in its info table is not read",
    (
        "big5_jiaoan",
        "category",
    ): "a school level in the crumbs taken over the subject column (國小 for 自然科學)",
    ("fanwen_xinde", "author"): "a placeholder name (佚名) is taken as the author",
    (
        "fanwen_xinde",
        "category",
    ): "a sub-column taken over the breadcrumb's column (培训心得体会 for 心得体会)",
    (
        "gov_tongzhi_gbk",
        "source",
    ): "an issuing office is the labelled source (the truth has none: the sets disagree)",
    ("gzh_dushuhui", "title"): "an account's title is cut at its ｜ subtitle",
    (
        "m_gongzuo_zongjie",
        "category",
    ): "a sub-column taken over the breadcrumb's column (社区工作总结 for 工作总结)",
    (
        "pingce_saodiji",
        "category",
    ): "a product category in the crumbs taken over the site's column (智能家居 for 评测)",
    # Set AK, written blind in session 18, asserted since b0a4cb9. Fixed in session 19: feature_long's,
    # gov_notice's and qa_policy_big5's date (the printed day over markup's: qa_policy_big5's "day before"
    # was a day-only pubdate meta, no time zone; its ROC date was read right). notice_short's author passes since
    # session 25: a notice its library signs has the library as its author, over the slot's 佚名 (truth brought to it).
    (
        "qa_policy_big5",
        "source",
    ): "a labelled 資料來源 naming an office gives the source (the truth has none: the sets disagree, set AM credits it)",
    ("work_summary", "author"): "a placeholder name (佚名) is taken as the author (the sets disagree)",
    # Set AM, written blind in session 19, asserted since session 20. Fixed in session 20
    # (tests/test_metadata_kinds_20.py): p02's author (a blog's owner in its meta line, named by the
    # blog's name) and source (a reprint request names no source), p08's author (a poster naming a site's
    # account is no author), p12's author (a byline in the text beats the account's name).
    # p01's source (网友投稿) passes since session 26: a labelled source is the value as shown (the lead's convention, session 26: tests/test_metadata_kinds_26.py).
    # Set AO, written blind in session 20, asserted since session 21. p03_tongzhi's author passes since
    # session 23 (its source names the signing bureau by its short name).
    # Fixed in session 21 (tests/test_metadata_kinds_21.py): p05's category (a <title> part that is
    # the site's logo or home link, 某某问, is no channel).
    # Set AQ, written blind in session 21, asserted since session 22.
    (
        "p01_fanwen_dede",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (笔杆范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    # Since session 22 (tests/test_metadata_kinds_22.py): p02's author (an editor beside a reviewer, 责任编辑：…
    # 审核：…, is the publisher's review chain), p03's title (the site's name as a heading the <title> starts
    # with inside a word is no title), p08's category (a slash between digits parts no breadcrumb item).
    # p11's source (本站原创) passes since session 26, as b01's.
    # Set AS, written blind in session 22, asserted since session 23.
    (
        "as_p01_fanwen_duhougan",
        "source",
    ): "a 范文 site's own name labelled 来源 on a page whose editors say they compiled it (学海范文网) is read as no source (the sets disagree: AH, AI and AK read none, 7 truths to 6)",
    # as_p03's author and source pass since session 23 (a joint notice's bodies above its one date sign it
    # together; a reading widget's label ends the value before it: tests/test_metadata_kinds_23.py).
    # as_p07 gives its five fields since session 23: its sidebar <aside>, left open over the post, is closed.
    # Set AU, asserted since session 24.
    # au_p05's date, under the answer in a link that says 发布于, is read since session 24
    # (metadata._LABELLED_DATE_LINK; tests/test_metadata_kinds_24.py).
    # The sets disagree: AU's truth takes a WeChat account's name as the source where a writer is named;
    # AI's, AK's, AO's, AQ's and AS's WeChat pages give no source (the account publishes its own article).
    ("au_p04_wechat", "source"): "the sets disagree on a WeChat account's name as the source",
    # Set AW, asserted from session 24's end. aw_p07's author (the signing bureau) passes since session 25.
    # aw_p06's title passes since session 25 (a school's name before the heading in the <title>).
    # aw_p02's and aw_p04's sources (本站原创, 公文在线整理) pass since session 26: a labelled source is the value as shown (the lead's convention, session 26: tests/test_metadata_kinds_26.py).
    (
        "aw_p12_qa_paywall",
        "published",
    ): "the truth takes the visible edit time (编辑于); the project takes the tooltip's publication (发布于), as set E's truth does",
    # Set AY, written blind in session 25, asserted from its end.
    # ay_p01's source (网友投稿) passes since session 26, as av_site_14's.
    ("ay_p02_shuzhi", "author"): "a by-line 佚名 read as no author (the sets disagree on 佚名)",
    # ay_p11's source (a view count glued after it ends the value) and ay_p12's author (the answerer's name
    # beside a badge) pass since session 26.
    # Set BA, written blind in session 26 and kept sealed until its end; scored at its end (main at 562eec5).
    # ba_p04's, ba_p08's and ba_p12's authors pass since session 27 (a speech's speaker under its title, the name in
    # the meta line over the text where the title is no heading, the answerer beside a credential line:
    # tests/test_metadata_27.py). The sets disagree on a blog's labelled 分类 with no breadcrumb: 29 truths read it as
    # the category (blogs: z05, y04, y19, f04, h08, p01, r01, v09, AO p08…), BA's README none.
    (
        "ba_p10_jiaocheng",
        "category",
    ): "a blog post's labelled 分类 taken as the category where the page has no breadcrumb (the sets disagree: 29 truths read it)",
    # Set BC, written blind in session 27 and kept sealed until its end; scored at its start (4ad328b) and end (45f0260).
    # Its fields are read as written since session 28: a level badge (Lv.6) is no poster (bc_p09), a docs theme's
    # trail in an ordered list (bc_p10) and ASP.NET's SiteMapPath (bc_p11) are breadcrumbs.
    # Set BE, written blind in session 28 and kept sealed until its end; scored at its start (76ddb6f) and end (ab4ddb6).
    # be_p04's author (a writer's card beside the text) and be_p11's date (the accepted answer's 回答于) pass since
    # session 29, and so do be_p06's title and category (a course's <title>, a colon, the activity's heading), be_p09's
    # date and author (a 12-hour time after a comma; vBulletin's member.php link in the post's left cell), be_p10's
    # title and author (a heading's ¶ mark; a field list's value in a paragraph).
    ("be_p09_vbulletin_forum_post", "category"): "a forum's breadcrumb (navbit links) not read",
    ("be_p10_sphinx_tutorial", "category"): "a docs page's 查看页面源码 link taken as the category",
    # Set BG, session 29.
    ("bg_p02_thinkphp_notice", "author"): "a notice signed by the school's office (signing body) not read",
    ("bg_p03_confluence_guide", "author"): "a wiki page's 创建者 line not read",
    ("bg_p03_confluence_guide", "category"): "a wiki's space name taken, not its page-tree parent",
    ("bg_p06_epaper_speech", "author"): "an e-paper speech's speaker not read",
    ("bg_p08_vueelement_summary", "author"): "a summary's writer in the app's meta row not read",
    ("bg_p09_gitbook_lessonplan", "author"): "a lesson plan's 执教 line after the text not read",
    ("bg_p11_lawfirm_explainer", "author"): "a law firm's lawyer card not read",
}


def truth_of(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "page", [known(KNOWN_STRIP.get(p.stem), p) for p in STRIP_PAGES], ids=[p.stem for p in STRIP_PAGES]
)
def test_page_is_sectioned_as_written(page, rules):
    """Sections as the truth splits them (white space aside: the truth leaves out indents)."""

    def shape(kind, level, heading, text):
        # No heading: null, or "" in set BG's truths.
        return (kind, level, squeeze(heading) if heading else None, squeeze(text))

    got = [shape(s.kind, s.level, s.heading, s.text) for s in process_file(page, rules).sections]
    want = [
        shape(**{k: s[k] for k in ("kind", "level", "heading", "text")}) for s in truth_of(page)["sections"]
    ]
    assert got == want


@pytest.mark.parametrize(
    "page", [known(KNOWN_STRIPPED.get(p.stem), p) for p in STRIP_PAGES], ids=[p.stem for p in STRIP_PAGES]
)
def test_page_is_stripped_as_written(page, rules):
    """Every ``removed`` fragment gone, every ``keep`` phrase there, ``truncated`` right."""
    truth = truth_of(page)
    article = process_file(page, rules)
    text = squeeze(article.text)
    assert [f for f in truth["removed"] if squeeze(f) in text] == []
    assert [k for k in truth["keep"] if squeeze(k) not in text] == []
    assert article.truncated == truth["truncated"]


STRIP_FIELD_CASES = [(page, field) for page in STRIP_PAGES for field in STRIP_FIELDS]


@pytest.mark.parametrize(
    "page, field",
    [known(KNOWN_STRIP_FIELD.get((case[0].stem, case[1])), *case) for case in STRIP_FIELD_CASES],
    ids=[f"{page.stem}-{field}" for page, field in STRIP_FIELD_CASES],
)
def test_strip_page_gives_its_metadata(page, field, rules):
    got = getattr(process_file(page, rules), field)
    want = truth_of(page)[field]
    if field == "published" and got is not None:
        # To the precision the truth gives: sets C and D give the day, set F the minute it shows.
        got = got.isoformat(sep=" ")[: len(want or "")]
    assert (got or None) == (want or None)  # a field the page does not state: null, or "" in set AK's truths
