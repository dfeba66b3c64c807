"""The segmenter on made-up pages: one layout rule per test."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml

from cqnews_site.analyse import records, segmenter
from cqnews_site.inputs import reader
from cqnews_site.model.records import Page


def seg(text: str, name: str = "page.txt") -> Page:
    source, problems = reader.read_bytes(text.encode("utf-8"), name, name.endswith(".md"))
    assert source is not None, problems
    return segmenter.segment(source)


def test_paragraph_broken_across_columns_is_joined_and_real_breaks_stay():
    page = seg(
        "## 标题在这里\n\n会议指出,报告具有很强的政治性、理\n\n论性和指导性。\n\n"
        "会议强调,要抓好落实。\n"
    )
    (story,) = page.stories
    assert story.paragraphs == ("会议指出,报告具有很强的政治性、理论性和指导性。", "会议强调,要抓好落实。")


def test_labelled_lines_are_not_joined():
    page = seg("## 标题\n\n报告内容：壮大制造业集群\n\n区县目标：力争增长9%。\n")
    assert page.stories[0].paragraphs == ("报告内容：壮大制造业集群", "区县目标：力争增长9%。")


def test_dateline_byline_and_closing_credit():
    page = seg(
        "## 第一篇\n\n本报讯（记者 张小明 李大伟）3月5日，会议召开。\n\n"
        "## 第二篇\n\n4月8日，活动举行。（程卓）\n\n"
        "## 第三篇\n\n5月9日，活动举行。（重庆民盟）\n"
    )
    first, second, third = page.stories
    assert first.reporters == ("张小明", "李大伟")
    assert first.paragraphs == ("3月5日，会议召开。",)
    assert second.reporters == ("程卓",) and second.paragraphs == ("4月8日，活动举行。",)
    # An organisation's credit is no reporter, but it is kept, not dropped.
    assert third.reporters == () and "（重庆民盟）" in page.noise


def test_a_new_dateline_starts_a_new_story_and_a_late_headline_joins_it():
    page = seg(
        "# 头条标题\n\n本报讯(记者 霍吕)2月16日,会议召开。\n\n"
        "本报讯(记者 彭浩杰)2月20日,双方会见。\n\n"
        "## 会见商会会长\n\n## 区政府召开常务会议\n\n黄祖英主持\n\n"
        "本报讯(记者 熊辉)2月17日,会议召开。\n"
    )
    assert [s.headline for s in page.stories] == ["头条标题", "会见商会会长", "区政府召开常务会议"]
    assert page.stories[1].reporters == ("彭浩杰",)
    assert page.stories[2].subtitle == "黄祖英主持"
    assert [s.date for s in page.stories] == ["--02-16", "--02-20", "--02-17"]


def test_banner_kicker_headline_subtitle():
    page = seg(
        "## 热烈祝贺区第十届运动会开幕\n\n### 区委召开会议\n\n# 主标题文字\n\n王五主持\n\n"
        "3月1日，会议召开。\n"
    )
    (story,) = page.stories
    assert page.banner == "热烈祝贺区第十届运动会开幕"
    assert (story.kicker, story.headline, story.subtitle) == ("区委召开会议", "主标题文字", "王五主持")


def test_plain_text_headline_with_deck_and_rubric():
    page = seg("防汛一线\n\n守住堤坝 保护家园 ——我区全力应对强降雨\n\n6月3日，我区普降暴雨。\n")
    (story,) = page.stories
    assert story.section == "防汛一线"
    assert (story.headline, story.subtitle) == ("守住堤坝 保护家园", "我区全力应对强降雨")


def test_roundup_sections_after_a_bare_head_become_items():
    page = seg(
        "## 学习贯彻会议精神\n\n各区县迅速传达学习会议精神\n\n"
        "## 合川\n\n4月28日，合川区政协召开会议。（谭德仁）\n\n"
        "## 合川\n\n4月29日，又开会。（陈元洪 张洪前）\n"
    )
    (story,) = page.stories
    assert story.headline == "学习贯彻会议精神" and story.subtitle == "各区县迅速传达学习会议精神"
    assert [i.heading for i in story.items] == ["合川", "合川"]
    assert [i.anchor for i in story.items] == ["合川", "合川-2"]  # unique within the story
    assert [i.reporters for i in story.items] == [("谭德仁",), ("陈元洪", "张洪前")]
    assert story.reporters == ("谭德仁", "陈元洪", "张洪前")
    assert [i.date for i in story.items] == ["--04-28", "--04-29"]


def test_deeper_headings_under_a_story_become_items():
    page = seg("## 总标题\n\n导语一段。\n\n### 甲\n\n甲的内容。\n\n### 乙\n\n乙的内容。\n")
    (story,) = page.stories
    assert story.paragraphs == ("导语一段。",)
    assert [(i.heading, i.text) for i in story.items] == [("甲", "甲的内容。"), ("乙", "乙的内容。")]


def test_profile_leads_and_keyword_rubrics_open_items():
    page = seg(
        "代表话发展\n\n导语。\n\n市人大代表、江津区委书记欧阳明：\n做强先进制造业\n\n正文一。\n\n"
        "关键词【乡村振兴】\n\n加快建设和美乡村\n\n正文二。\n"
    )
    (story,) = page.stories
    first, second = story.items
    assert (first.lead, first.heading, first.text) == ("市人大代表、江津区委书记欧阳明：", "做强先进制造业", "正文一。")
    assert (second.heading, second.text) == ("关键词【乡村振兴】 加快建设和美乡村", "正文二。")


def test_photo_captions_credits_and_portrait_names():
    page = seg(
        "## 标题\n\n李明\n\n王芳\n\n正文开始。\n\n"
        "图为代表认真聆听报告。记者 苏思 摄 视觉重庆\n\n正文继续。\n\n记者 彭浩杰 摄\n"
    )
    (story,) = page.stories
    assert story.captions == ("李明", "王芳", "图为代表认真聆听报告。")
    assert story.photographers == ("苏思", "彭浩杰")
    assert story.paragraphs == ("正文开始。", "正文继续。")


def test_team_byline_at_the_end_signs_the_story_above():
    page = seg(
        "热议报告\n\n1月21日，会议开幕。\n\n重庆日报记者 杨毓紫 韩毅\n\n两会专访\n\n"
        "□新重庆-重庆日报记者 何春阳\n\n“报告很好。”他说。\n"
    )
    first, second = page.stories
    assert first.reporters == ("杨毓紫", "韩毅")
    assert second.section == "两会专访" and second.reporters == ("何春阳",)


def test_headline_with_deck_printed_inside_the_body():
    page = seg(
        "两会专访\n\n□本报记者 何春阳\n\n“报告好。”他说，一年来大力推进发展取\n\n"
        "一份总结 一份计划 ——专家解读报告\n\n得了新进展。\n"
    )
    (story,) = page.stories
    assert (story.headline, story.subtitle) == ("一份总结 一份计划", "专家解读报告")
    assert story.paragraphs == ("“报告好。”他说，一年来大力推进发展取得了新进展。",)


def test_trailing_advertisement_is_noise_and_dates_use_the_page_year():
    page = seg("## 标题\n\n2024年3月1日，开幕。3月2日闭幕。\n\n扫码关注\n\n智慧生活\n")
    assert page.noise == ("扫码关注", "智慧生活")
    assert page.year == 2024 and page.stories[0].date == "2024-03-01"


def test_chinese_numeral_dates_and_front_matter_year():
    page = seg("---\ndate: 2022-05-01\n---\n## 标题\n\n二月二十一日上午，会议开幕。\n")
    assert page.year == 2022 and page.stories[0].date == "2022-02-21"


def test_page_without_a_story_is_an_error():
    page = seg("扫码关注\n")
    assert page.stories == ()
    assert [d.severity for d in page.diagnostics] == ["error"]
    assert "no recognisable story" in page.diagnostics[0].message


def test_headless_story_gets_a_derived_headline_and_a_warning():
    page = seg("本报讯(记者 张三)3月1日，我区召开大会。会议强调了安全。\n")
    (story,) = page.stories
    assert story.headline_inferred and story.headline == "我区召开大会"  # dateline clause dropped
    assert page.diagnostics[0].severity == "warning" and page.diagnostics[0].line == 1


def test_markdown_article_is_one_story_with_safe_html():
    page = seg(
        "---\ntitle: 编辑手记\ndate: 2024-06-01\nsection: 评论\nreporters: 张三\n---\n"
        "第一段 **重点**。\n\n<script>alert(1)</script>\n\n## 小标题\n\n第二段。\n",
        "notes/a.md",
    )
    (story,) = page.stories
    assert (story.headline, story.date, story.section) == ("编辑手记", "2024-06-01", "评论")
    assert story.reporters == ("张三",)
    assert "<strong>重点</strong>" in story.html
    assert "<script>" not in story.html and "&lt;script&gt;" in story.html
    assert story.paragraphs[0] == "第一段 重点。"


def test_an_articles_kicker_in_its_front_matter_is_its_kicker():
    # An editor's article keyed with its 引题 (kicker, or 引题/肩题 in Chinese), as its
    # deck is: shown over its headline, not dropped with an unknown-key warning.
    for key in ("kicker", "引题", "肩题"):
        page = seg(f"---\ntitle: 金佛山下茶飘香\n{key}: 春茶开采正当时\nsubtitle: 南川区茶农增收\n"
                   "---\n3月20日，南川区大有镇的茶园里一片忙碌。\n", "a.md")
        (story,) = page.stories
        assert (story.kicker, story.headline, story.subtitle) == (
            "春茶开采正当时", "金佛山下茶飘香", "南川区茶农增收")
        assert not page.diagnostics


def test_story_ids_are_stable_and_independent_of_order():
    one = "## 甲新闻\n\n甲的内容。\n\n## 乙新闻\n\n乙的内容。\n"
    other = "## 丙新闻\n\n丙的内容。\n\n" + one
    ids = {s.headline: s.id for s in seg(one).stories}
    moved = {s.headline: s.id for s in seg(other).stories}
    assert ids["甲新闻"] == moved["甲新闻"] and ids["乙新闻"] == moved["乙新闻"]
    assert len(set(moved.values())) == 3


def test_twin_stories_get_distinct_ids():
    page = seg("## 同一标题\n\n同样内容。\n\n## 同一标题\n\n同样内容。\n")
    first, second = page.stories
    assert first.id != second.id and second.id == f"{first.id}-2"


def test_relocate_renames_the_source_and_its_ids():
    page = seg("## 标题\n\n内容。\n")
    moved = segmenter.relocate(page, "other.txt")
    assert moved.source == moved.stories[0].source == "other.txt"
    assert moved.stories[0].id != page.stories[0].id


def test_segmenting_is_deterministic():
    text = (reader.Path(__file__).parents[1] / "seeds" / "003_3838ccfece4d5d12.txt").read_bytes()
    digests = set()
    for _ in range(2):
        source, _ = reader.read_bytes(text, "003.txt")
        digests.add(hashlib.sha256(repr(segmenter.segment(source)).encode()).hexdigest())
    assert len(digests) == 1


def test_credit_roles_between_names():
    page = seg(
        "## 甲\n\n本报讯（首席记者 张三 通讯员 李四 实习生 王五）3月1日，开会。\n\n"
        "## 乙\n\n3月2日，开会。（记者 赵六）\n"
    )
    assert [s.reporters for s in page.stories] == [("张三", "李四", "王五"), ("赵六",)]


def test_parenthesised_photo_credit_and_folio_lines():
    page = seg(
        "2024年3月4日 星期一 责任编辑 张三\n\n## 标题\n\n3月3日，活动举行。\n\n"
        "图为活动现场。（记者 李四 摄）\n\n（下转第2版）\n\n————\n"
    )
    (story,) = page.stories
    assert story.captions == ("图为活动现场。",) and story.photographers == ("李四",)
    assert page.year == 2024 and story.date == "2024-03-03"
    assert "（下转第2版）" in page.noise and "2024年3月4日 星期一 责任编辑 张三" in page.noise


def test_loose_markdown_bold_lines_quotes_and_lists():
    page = seg("**区长调研重点项目**\n\n本报讯 3月5日，区长调研。\n\n> 引用的一段话。\n\n- 要点一。\n")
    (story,) = page.stories
    assert story.headline == "区长调研重点项目"
    assert story.paragraphs == ("3月5日，区长调研。", "引用的一段话。", "要点一。")


def test_masthead_briefs_and_photo_news_on_a_plain_page():
    page = seg(
        "江津日报\n\n2024年5月10日 星期五 责任编辑 周丽\n\n"
        "区委常委会召开扩大会议\n传达学习全市经济工作会议精神\n\n"
        "本报讯（记者 李明）5月9日，区委常委会召开扩大会议。\n\n"
        "简讯\n\n●5月8日，区长张三带队调研重点项目。（记者 王五）\n\n"
        "●5月9日，副区长刘琴检查防汛工作。（记者 赵六）\n\n"
        "图片新闻\n\n5月8日，市民在滨江公园游玩。记者 孙七 摄\n\n"
        "我区举行文化惠民演出\n5月6日晚，演出举行。（通讯员 钱八）\n"
    )
    # The paper's name above the masthead date is the page's metadata, not a banner.
    assert page.banner is None and "江津日报" in page.noise
    assert (page.paper, page.date) == ("江津日报", "2024-05-10")
    # Untitled briefs under a briefs rubric are one story, the rubric its headline.
    assert [(s.headline, s.section) for s in page.stories] == [
        ("区委常委会召开扩大会议", None),
        ("简讯", None),
        ("市民在滨江公园游玩", "图片新闻"),
        ("我区举行文化惠民演出", None),
    ]
    first, briefs, photo, last = page.stories
    assert first.subtitle == "传达学习全市经济工作会议精神"
    assert briefs.paragraphs == ("5月8日，区长张三带队调研重点项目。", "5月9日，副区长刘琴检查防汛工作。")
    assert briefs.reporters == ("王五", "赵六") and briefs.date is None
    assert photo.photographers == ("孙七",) and photo.paragraphs == ("5月8日，市民在滨江公园游玩。",)
    assert last.reporters == ("钱八",)
    # Briefs and photos under a rubric have no printed headline by design: nothing to flag.
    assert page.diagnostics == ()


def test_article_title_heading_is_not_repeated_in_the_body():
    page = seg("---\ntitle: 编辑手记\n---\n# 编辑手记\n\n正文一段。\n", "a.md")
    (story,) = page.stories
    assert story.headline == "编辑手记" and story.paragraphs == ("正文一段。",)
    assert "<h1>" not in story.html and "<p>正文一段。</p>" in story.html


def test_a_posted_articles_rubric_dateline_caption_shortcode_and_desk_credit():
    page = seg(
        "---\ntitle: 【乡村振兴】后坪乡千亩茶园开采\ndate: 2021-03-20\nauthor: site_admin02\n---\n\n"
        "**本网讯**（记者　田小燕　通讯员　彭　涛）3月18日，后坪乡千亩茶园迎来开采。\n\n"
        '[caption id="attachment_11" width="600"]![茶园](http://example.cn/1.jpg)\n'
        "3月18日，茶农在茶园里采摘春茶。（记者　田小燕　摄）[/caption]\n\n"
        "今年全乡预计产干茶12吨。\n\n（责任编辑：冉　丽）\n", "a.md")
    (story,) = page.stories
    assert (story.headline, story.section) == ("后坪乡千亩茶园开采", "乡村振兴")
    assert story.reporters == ("田小燕", "彭涛")
    assert story.photographers == ("田小燕",)
    assert story.captions == ("3月18日，茶农在茶园里采摘春茶。",)
    assert story.paragraphs == ("3月18日，后坪乡千亩茶园迎来开采。", "今年全乡预计产干茶12吨。")
    assert "（责任编辑：冉　丽）" in page.noise
    # the front matter dates the posting; the report the day it opens with
    assert (story.date, page.date) == ("2021-03-18", "2021-03-20")


def test_an_articles_report_day_counts_only_shortly_before_its_posting():
    def dated(posted: str, text: str) -> str | None:
        story, = seg(f"---\ntitle: 区图书馆延时开放\ndate: {posted}\n---\n\n{text}\n", "a.md").stories
        return story.date

    assert dated("2022-05-06", "5月4日起，区图书馆每晚开放至21时。") == "2022-05-04"
    assert dated("2022-05-06", "3月1日起，区图书馆每晚开放至21时。") == "2022-05-06"  # long before
    assert dated("2022-05-06", "区图书馆将于5月10日起延时开放。") == "2022-05-06"  # not its opening


def test_an_articles_series_label_before_its_title_and_a_boxs_marker():
    page = seg(
        "---\ntitle: 忠县：岸线披绿\ndate: 2020-09-18\n---\n\n# 长江岸线行③｜忠县：岸线披绿\n\n"
        '!!! abstract "前情提要"\n    本报推出“长江岸线行”系列报道。\n\n'
        "9月16日一早，忠县长江岸边的中山杉长势良好。\n", "a.md")
    (story,) = page.stories
    assert story.headline == "忠县：岸线披绿"
    assert story.paragraphs == ("本报推出“长江岸线行”系列报道。", "9月16日一早，忠县长江岸边的中山杉长势良好。")
    assert story.date == "2020-09-16"


def test_an_e_papers_json_reply_an_article_a_story():
    article = {"articleId": 1, "introTitle": "家门口添绿", "title": "我区新建口袋公园12个",
               "subTitle": "", "column": "", "author": "本报记者　张　燕",
               "content": "<p>　　本报讯（记者　张　燕）10月14日，龙溪街道一处口袋公园开放。</p>\n"
                          "<p>　　区城市管理局副局长黄志刚表示，明年将继续推进&ldquo;见缝插绿&rdquo;。</p>",
               "pics": [{"picUrl": "/1.jpg", "picDesc": "▲市民在口袋公园里休闲。",
                         "picAuthor": "本报记者　王　川"}]}
    photo = {"articleId": 2, "title": "菊香满园迎客来", "author": "", "content": "",
             "pics": [{"picDesc": "10月15日，游客在大盛镇一处菊花基地赏花拍照，每年秋季吸引市民前来观光。",
                       "picAuthor": "通讯员　杨　帆"}]}
    reply = {"code": 200, "msg": "操作成功",
             "data": {"paperName": "渝北时报", "periodDate": "2023-10-17", "periodNum": "第2468期",
                      "pageNo": "03", "pageName": "民生", "pageEditor": "责任编辑：吴　倩",
                      "articleList": [article, photo]}}
    page = seg(json.dumps(reply, ensure_ascii=False, indent=2))
    (paper, date, number, name) = (page.paper, page.date, page.page_number, page.page_name)
    assert (paper, date, number, name, page.issue_number) == (
        "渝北时报", "2023-10-17", "03", "民生", "2468")
    assert "责任编辑：吴　倩" in page.noise  # the page's other fields: furniture, not lost
    first, second = page.stories
    assert (first.kicker, first.headline, first.subtitle) == ("家门口添绿", "我区新建口袋公园12个", None)
    assert (first.reporters, first.photographers, first.date) == (("张燕",), ("王川",), "2023-10-14")
    assert first.paragraphs == ("10月14日，龙溪街道一处口袋公园开放。",
                                "区城市管理局副局长黄志刚表示，明年将继续推进“见缝插绿”。")
    assert first.captions == ("▲市民在口袋公园里休闲。",)
    assert (second.headline, second.reporters, second.photographers, second.date) == (
        "菊香满园迎客来", (), ("杨帆",), "2023-10-15")
    assert second.paragraphs[0].startswith("10月15日，游客在大盛镇")
    # each story at its title's line of the file
    text = json.dumps(reply, ensure_ascii=False, indent=2).split("\n")
    assert [text[s.line - 1].strip()[:9] for s in page.stories] == ['"title": '] * 2
    # a JSON document with no articles in it, or two replies one after the other, are no
    # reply of articles: read as the text they are
    assert records.json_table(json.dumps({"title": "只有标题", "items": [1, 2]})) is None
    assert records.json_table(json.dumps(reply) + "\n" + json.dumps(reply)) is None


def test_deck_heading_credit_prefix_and_several_photos_under_one_rubric():
    page = seg(
        "# 以“绣花功夫”推进城市更新\n## ——访区住房城乡建委主任陈晓峰\n\n本报记者 黄小琴\n\n"
        "记者：今年有哪些重点？\n\n陈晓峰：重点推进老旧小区改造。\n\n"
        "# 图片新闻\n\n6月10日，小朋友参观科技展。记者 何林 摄\n\n"
        "6月11日，市民在公园晨练。 记者 何林 摄\n\n文/图 本报记者 张三\n"
    )
    interview, first, second = page.stories
    assert (interview.headline, interview.subtitle) == ("以“绣花功夫”推进城市更新", "访区住房城乡建委主任陈晓峰")
    assert interview.reporters == ("黄小琴",)
    assert interview.paragraphs == ("记者：今年有哪些重点？", "陈晓峰：重点推进老旧小区改造。")
    assert [(s.section, s.paragraphs, s.photographers) for s in (first, second)] == [
        ("图片新闻", ("6月10日，小朋友参观科技展。",), ("何林",)),
        ("图片新闻", ("6月11日，市民在公园晨练。",), ("何林", "张三")),
    ]
    assert second.reporters == ("张三",)  # 文/图: wrote it and took the photo


def test_plain_headlines_between_uncredited_reports_start_new_stories():
    page = seg(
        "我区召开安全生产工作会\n6月5日，我区召开安全生产工作会议。\n\n"
        "白沙镇举办农民丰收节\n近日，白沙镇举办第三届农民丰收节。\n\n"
        "区图书馆开展读书月活动\n“全民阅读月”系列活动启动。\n"
    )
    # The third head is followed by no dateline: an in-text subhead of the second story.
    assert [s.headline for s in page.stories] == ["我区召开安全生产工作会", "白沙镇举办农民丰收节"]
    assert page.stories[1].subheads == (1,)


def test_a_head_set_apart_by_more_space_than_the_paragraphs_opens_a_story():
    first = ("钓鱼城：千年古战场焕发新活力\n\n登上钓鱼城护国门，三江汇流的景色尽收眼底。\n\n"
             "近年来，景区年接待游客突破300万人次。\n\n今年暑期，景区将推出沉浸式夜游。\n")
    second = "合川桃片：一片糕点里的百年手艺\n\n合川桃片始创于清代，薄如纸、白如雪。\n"
    page = seg(first + "\n\n" + second)  # two blank lines where the paragraphs have one
    assert [s.headline for s in page.stories] == ["钓鱼城：千年古战场焕发新活力",
                                                  "合川桃片：一片糕点里的百年手艺"]
    assert page.stories[0].subheads == ()
    # The paragraphs' own space: an in-text subhead of the one story.
    (story,) = seg(first + "\n" + second).stories
    assert story.subheads == (3,)
    # A page spaced at random (pasted, OCR) says nothing by its space: a subhead again.
    ragged = first.replace("。\n\n近年", "。\n\n\n\n近年").replace("。\n\n今年", "。\n\n\n今年")
    (story,) = seg(ragged + "\n\n" + second).stories
    assert story.subheads == (3,)


def test_bodies_named_over_their_sections_are_items_of_one_roundup():
    page = seg(
        "各民主党派传达学习会议精神\n\n民盟重庆市委\n\n4月30日，民盟重庆市委召开常委会。（李四）\n\n"
        "江北\n\n4月28日，江北区政协召开大会。（孟德志）\n\n"
        "市工商联\n\n4月29日上午，市工商联召开传达学习会。（王五）\n"
    )
    (story,) = page.stories
    assert story.headline == "各民主党派传达学习会议精神"
    assert [(i.heading, i.reporters) for i in story.items] == [
        ("民盟重庆市委", ("李四",)), ("江北", ("孟德志",)), ("市工商联", ("王五",))]


def test_sections_after_a_signed_first_section_stay_in_its_roundup():
    page = seg(
        "## 各民主党派传达学习会议精神\n\n"
        "本报讯（记者 张三）4月26日，民革重庆市委召开学习会。（程卓）\n\n"
        "九三学社重庆市委\n\n4月30日，九三学社重庆市委召开学习会。（陈杨）\n\n"
        "江北\n\n4月28日，江北区政协召开大会。（孟德志）\n"
    )
    (story,) = page.stories
    assert story.headline == "各民主党派传达学习会议精神"
    assert story.reporters == ("张三", "程卓", "陈杨", "孟德志")  # the story's, then its items'
    assert [(i.heading, i.reporters) for i in story.items] == [
        ("九三学社重庆市委", ("陈杨",)), ("江北", ("孟德志",))]


def test_a_headline_its_report_repeats_is_no_section_name():
    # 会 is no body's ending (工作会), and a headline names what happened, not who.
    page = seg(
        "区委部署防汛工作\n\n6月5日，区委部署防汛工作。（记者 张三）\n\n"
        "我区召开安全生产工作会\n\n6月6日，我区召开安全生产工作会议。（记者 李四）\n"
    )
    assert [(s.headline, s.items) for s in page.stories] == [
        ("区委部署防汛工作", ()), ("我区召开安全生产工作会", ())]


def test_a_plain_text_dump_of_a_roundup_keeps_its_sections():
    """Seed 003 with its Markdown marks removed, as a plain-text dump of the same page would
    print it: the roundup stays one story whose sections are those of the gold answer."""
    root = Path(__file__).parents[1]
    name = "003_3838ccfece4d5d12"
    text = (root / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((root / "tests" / "gold" / f"{name}.yaml").read_text(encoding="utf-8"))
    page = seg(re.sub(r"(?m)^#+\s*", "", text), f"{name}.txt")
    (story,) = page.stories
    (expected,) = gold["stories"]
    assert story.headline == expected["headline"]
    assert [(i.heading, list(i.reporters)) for i in story.items] == [
        (i["heading"], i["reporters"]) for i in expected["items"]]


def test_bulleted_sub_heads_of_a_roundup_become_items():
    page = seg(
        "## 各区县迅速传达学习全会精神\n\n"
        "■ 江北区\n4月28日，江北区委召开常委会会议。（记者 李甲乙）\n\n"
        "■ 渝北区\n4月29日，渝北区委召开常委会会议。（记者 王丙丁）\n\n"
        "●5月9日，副区长刘琴检查防汛工作。（记者 赵六）\n"
    )
    roundup, brief = page.stories
    assert [(i.heading, i.reporters) for i in roundup.items] == [
        ("江北区", ("李甲乙",)), ("渝北区", ("王丙丁",))]
    assert brief.paragraphs == ("5月9日，副区长刘琴检查防汛工作。",)  # a bulleted sentence stays a brief


def test_plain_roundup_with_place_name_heads():
    page = seg(
        "学习贯彻全会精神\n\n江北\n4月28日，江北区政协召开会议。（孟德志）\n\n"
        "巴南\n4月29日，巴南区政协召开会议。（陈卓）\n"
    )
    (story,) = page.stories
    assert story.captions == ()  # 江北 is a place, not a portrait name
    assert [(i.heading, i.reporters, i.date) for i in story.items] == [
        ("江北", ("孟德志",), "--04-28"), ("巴南", ("陈卓",), "--04-29")]


# -- unseen layouts (issue 10), one cause per test ----------------------------------------


def test_web_page_chrome_and_masthead_furniture_are_noise():
    page = seg(
        "某某区人民政府\n首页 | 政务公开 | 互动交流\n当前位置：首页 > 新闻中心 > 区县动态\n\n"
        "区长调研重点项目\n\n来源：区融媒体中心    发布时间：2024-05-06 10:00    字号：大 中 小\n\n"
        "江津融媒讯（记者 李 明)5月5日，区长调研重点项目。\n\n"
        "责任编辑：王 五\n【打印本页】 【关闭窗口】\n上一篇：别的新闻\n\n相关链接\n\n· 另一条新闻标题\n"
    )
    (story,) = page.stories
    assert (story.headline, story.reporters, story.date) == ("区长调研重点项目", ("李明",), "2024-05-05")
    assert page.paper == "某某区人民政府" and page.date == "2024-05-06"
    assert "· 另一条新闻标题" in page.noise and "上一篇：别的新闻" in page.noise


def test_two_parallel_phrases_above_a_headline_are_its_kicker():
    page = seg("深化交流合作 携手共促发展\n\n邻区代表团来我区考察\n\n本报讯 8月22日，代表团来考察。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline) == ("深化交流合作 携手共促发展", "邻区代表团来我区考察")
    page = seg("邻区代表团来我区考察\n\n区长王五陪同\n\n本报讯 8月22日，代表团来考察。\n")
    assert (page.stories[0].headline, page.stories[0].subtitle) == ("邻区代表团来我区考察", "区长王五陪同")


def test_plain_headline_printed_after_its_body_heads_the_story_above():
    page = seg(
        "## 头条\n\n正文。\n\n（下转第2版）\n\n盛夏时节，走进古镇。（记者 陈家瑜）\n\n"
        "千年古镇 又见烟火\n\n避暑游迎来高峰\n\n游客在草场露营。\n\n记者 杨 帆 摄\n"
    )
    first, late, photo = page.stories
    assert first.continued_to == "2"
    assert (late.headline, late.reporters) == ("千年古镇 又见烟火", ("陈家瑜",))
    assert (photo.headline, photo.photographers) == ("避暑游迎来高峰", ("杨帆",))


def test_markdown_headline_in_mid_text_under_a_rubric_heads_that_story():
    page = seg("图片新闻\n\n市民在公园里游玩，孩子们放风筝。\n\n# 春日公园游人多\n\n公园里花开正好。\n")
    (story,) = page.stories
    assert (story.section, story.headline) == ("图片新闻", "春日公园游人多")
    assert story.paragraphs == ("市民在公园里游玩，孩子们放风筝。", "公园里花开正好。")


def test_a_standalone_continuation_line_is_recorded():
    page = seg("## 一条长通讯\n\n上接第一版\n\n村里的路修通了。\n")
    (story,) = page.stories
    assert story.continued_from == "一" and story.paragraphs == ("村里的路修通了。",)


def test_unknown_datelines_and_credits():
    page = seg(
        "## 甲\n\n城口融媒讯(记者 蒲 阳)3月1日，甲事。\n\n## 乙\n\n本网讯（记者 冯 波 通讯员 袁小川）3月2日，乙事。\n\n"
        "## 丙\n\n（本报特派记者 张三 发自北京）3月3日，丙事。\n\n"
        "## 丁\n\n本报讯(融媒体中心记者 石晓芸 冉 茜)3月4日，丁事。\n\n## 戊\n\n3月5日，戊事。（南川区融媒体中心）\n"
    )
    assert [s.reporters for s in page.stories] == [
        ("蒲阳",), ("冯波", "袁小川"), ("张三",), ("石晓芸", "冉茜"), ()
    ]
    assert [s.paragraphs[0] for s in page.stories][:2] == ["3月1日，甲事。", "3月2日，乙事。"]
    assert "（南川区融媒体中心）" in page.noise


def test_place_heads_are_items_of_one_roundup_and_bullet_subheads_stay_in_the_story():
    page = seg(
        "区县快讯\n\n# 春潮涌动项目兴\n\n【垫江】项目集中开工\n\n三月二十二日，开工。（通讯员 谭雪梅 记者 贺文涛）\n\n"
        "【綦江·万盛】两地签约\n\n三月十五日，签约。（记者 罗家豪）\n"
    )
    (roundup,) = page.stories
    assert [i.heading for i in roundup.items] == ["【垫江】项目集中开工", "【綦江·万盛】两地签约"]
    assert roundup.reporters == ("谭雪梅", "贺文涛", "罗家豪")
    page = seg(
        "# 一颗脐橙的新路\n\n（上接第1版）晒坝上，果农正忙。\n\n■从“等客商”到“闯市场”\n\n冷链车开进村。\n\n"
        "（本报记者 周晓岚 实习生 黎嘉怡）\n\n记者手记\n\n## 果园里的算术题\n\n账算明白了。\n"
    )
    feature, box = page.stories
    assert feature.items == () and feature.subheads == (1,) and feature.continued_from == "1"
    assert feature.reporters == ("周晓岚", "黎嘉怡")
    assert (box.section, box.headline, box.reporters) == ("记者手记", "果园里的算术题", ())


def test_notices_keep_their_signature_and_lost_document_ads_are_noise():
    page = seg(
        "干部任前公示\n\n（2023年第3号）\n\n经区委研究，现将有关情况公示如下：\n\n以上人选试用期一年。\n\n"
        "中共某某区委组织部\n\n2023年3月29日\n\n遗失声明\n\n某某面馆遗失营业执照正本一份，声明作废。\n"
    )
    (notice,) = page.stories
    assert (notice.headline, notice.subtitle, notice.date) == ("干部任前公示", "（2023年第3号）", "2023-03-29")
    assert notice.paragraphs[-2:] == ("中共某某区委组织部", "2023年3月29日")
    assert "某某面馆遗失营业执照正本一份，声明作废。" in page.noise


def test_uncredited_caption_under_an_image_placeholder():
    page = seg("## 座谈会召开\n\n[图片]\n\n意见征求座谈会现场。\n\n12月30日，座谈会召开。\n")
    (story,) = page.stories
    assert story.captions == ("意见征求座谈会现场。",) and story.paragraphs == ("12月30日，座谈会召开。",)


def test_a_plain_head_repeated_above_two_stories_is_their_column():
    page = seg(
        "区县谈落实\n\n# 甲区：两张名片\n\n10月14日，甲区发布。\n\n"
        "区县谈落实\n\n# 乙区补齐短板\n\n9月13日，乙区发布。\n"
    )
    assert [(s.section, s.kicker, s.headline) for s in page.stories] == [
        ("区县谈落实", None, "甲区：两张名片"), ("区县谈落实", None, "乙区补齐短板")
    ]


def test_a_dateline_gives_its_own_date_and_the_web_date_gives_the_year():
    page = seg(
        "首页 > 要闻动态 > 区县新闻\n区委召开学习会\n"
        "发布日期：2024年05月06日    来源：区委宣传部    作者：张三\n"
        "5月6日，区委召开学习会。\n【字体：大 中 小】【打印】【关闭】\n\n"
        "新华社北京5月5日电（记者 陈二）国务院新闻办举行发布会。\n"
    )
    first, xinhua = page.stories
    assert (first.headline, first.date) == ("区委召开学习会", "2024-05-06")
    assert (xinhua.date, xinhua.reporters) == ("2024-05-05", ("陈二",))
    assert page.date == "2024-05-06" and "【字体：大 中 小】【打印】【关闭】" in page.noise


def test_bulleted_towns_head_items_of_a_new_roundup_after_photo_news():
    page = seg(
        "图片新闻\n\n6月1日，孩子们参加游园活动。 本报记者 赵 亮 摄\n\n"
        "● 古南街道\n6月1日，古南街道开展安全检查。（通讯员 钱多）\n"
        "● 文龙街道\n6月2日，文龙街道举办招聘会。（通讯员 孙 梅）\n"
    )
    photo, roundup = page.stories
    assert photo.photographers == ("赵亮",) and photo.items == ()
    assert [(i.heading, i.reporters) for i in roundup.items] == [
        ("古南街道", ("钱多",)), ("文龙街道", ("孙梅",))
    ]


def test_an_editors_note_above_the_byline_stays_with_its_story():
    page = seg(
        "冰雪经济热起来\n\n——我市冬季旅游观察\n\n编者按：冬季旅游正成为新的增长点。\n\n"
        "本报记者 张 三 李四\n\n“1994年我刚开车那会儿，山上根本没有路。”王师傅说。\n\n"
        "2022—2023雪季，全市滑雪场接待游客120万人次。\n"
    )
    (story,) = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "冰雪经济热起来", "我市冬季旅游观察", ("张三", "李四")
    )
    assert page.year is None  # a year in a quotation or a range says nothing of the page


def test_a_markdown_image_in_a_plain_page_takes_the_caption_under_it():
    page = seg("## 座谈会召开\n\n![](photo.jpg)\n\n座谈会现场。\n\n12月30日，座谈会召开。\n", "p.md")
    (story,) = page.stories
    assert story.captions == ("座谈会现场。",) and story.paragraphs == ("12月30日，座谈会召开。",)


def test_a_line_printed_again_is_classified_once_and_each_copy_is_its_own():
    from cqnews_site.analyse.lines import Kind, classify

    first = classify(3, "本版责编：周　敏　　美编：何　丽　　校对：刘　洋")
    first.kind = Kind.BODY  # a page pass relabels its own line
    again = classify(40, "本版责编：周　敏　　美编：何　丽　　校对：刘　洋")
    assert (again.number, again.kind, again.rule) == (40, Kind.NOISE, "editors")


def test_a_narrow_column_cut_at_its_width_is_text_and_a_town_over_a_title_is_its_kicker():
    # The lead is set wide; the briefs under it in a narrow column, each line cut at the
    # column's width, which reads as a stack of heads line by line.
    page = seg(
        "“共享菜园”里种出邻里情\n本报记者　刘　畅\n"
        "7月19日傍晚，南津街街道白塔坪社区3号楼背\n后的“共享菜园”里，68岁的退休教师黄桂英\n"
        "正提着水壶给辣椒苗浇水。隔壁地块的邻居李\n大爷递过来两根刚摘的黄瓜：“尝尝，今天早\n"
        "上才下的。”\n"
        "钱塘镇\n稻虾共养基地迎来首批收获\n"
        "7月18日，钱塘镇大柱村稻虾\n共养基地里，工人们忙着收虾\n笼、分拣小龙虾。基地负责人\n"
        "蒋德富介绍，今年基地稻虾共\n养面积扩大到320亩，首批收\n获的小龙虾每斤卖到22元，已\n"
        "销往主城等地。\n（通讯员　周　燕）\n"
    )
    lead, brief = page.stories
    assert lead.headline == "“共享菜园”里种出邻里情"
    assert (brief.kicker, brief.headline, brief.reporters) == (
        "钱塘镇", "稻虾共养基地迎来首批收获", ("周燕",))
    assert brief.paragraphs[0].startswith("7月18日，钱塘镇大柱村稻虾共养基地里")
    assert brief.paragraphs[0].endswith("已销往主城等地。")


def test_short_verse_lines_are_no_narrow_column():
    from cqnews_site.analyse.lines import classify
    from cqnews_site.analyse.passes import _narrow_column_runs

    lines = [classify(n, text) for n, text in enumerate(
        ["两条江在这里握手", "一条清，一条浊", "像一对久别的老友", "谁也不急着说话"], 1)]
    kinds = [line.kind for line in lines]
    _narrow_column_runs(lines)
    assert [line.kind for line in lines] == kinds


def test_a_town_label_in_a_symbol_fonts_bullet_heads_its_brief_without_the_bullet():
    page = seg(
        "\uf06e涞滩镇\n7月16日晚，涞滩古镇“非遗夜市”开市，吸引游客约8000人次。"
        "夜市将持续至8月底。（通讯员　何　静）\n"
        "\uf06e龙市镇\n返乡青年种出“网红”葡萄\n7月19日，龙市镇飞龙村的葡萄园里，一串串葡萄挂满"
        "枝头。（记者　刘　畅）\n"
    )
    assert [(s.kicker, s.headline) for s in page.stories] == [
        (None, "涞滩镇"), ("龙市镇", "返乡青年种出“网红”葡萄")]


def test_a_phone_share_pages_chrome_and_comments_are_no_story():
    page = seg(
        "上游新闻\n在APP内打开，阅读体验更好 >\n\n"
        "25℃的夏天！巫溪这个高山村的避暑房“一房难求”\n上游新闻　2024-07-16 06:58　重庆\n"
        "字号　A-　A+\n\n上游新闻记者　杨　柳\n\n"
        "7月15日中午，主城气温直逼38℃，新田村却只有25℃。\n\n"
        "举报　　　　♡ 286\n\n热门评论（37）\n南坪王二娘　　重庆\n去年去住过，今年又订好了\n"
        "07-16 07:45　　　回复　　👍 58\n山城的风　　四川\n请问从主城开车要几个小时？\n"
        "07-16 08:03　　　回复　　👍 21\n└ 作者回复：约5个半小时。\n\n── 下一篇 ──\n\n"
        "九龙坡这个老小区一口气加装6部电梯\n上游新闻　2024-07-15 20:31　重庆\n"
        "上游新闻·重庆晨报记者　郑启航\n“以前下趟楼要歇三回气，现在按个键就到了。”居民说。\n"
        "展开剩余 68%\n"
    )
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("25℃的夏天！巫溪这个高山村的避暑房“一房难求”", ("杨柳",)),
        ("九龙坡这个老小区一口气加装6部电梯", ("郑启航",)),
    ]
    text = "".join(p for s in page.stories for p in s.paragraphs)
    assert "作者回复" not in text and "展开剩余" not in text and "开车" not in text


def test_pandocs_fenced_divisions_are_blank_and_a_doubled_deck_dash_is_dropped():
    page = seg(
        "::: lanmu\n镇街书记访谈录⑦\n:::\n\n"
        "# 让百里竹海\"绿\"起来更\"富\"起来 {#title .biaoti}\n\n"
        "::: futi\n------访竹山镇党委书记熊志刚\n:::\n\n"
        "::: zuozhe\n本报记者　刘　敏\n:::\n\n"
        "　　6月12日，记者走进竹山镇，满目苍翠的竹林间，新修的旅游步道蜿蜒伸展。\n",
        "page.md",
    )
    (story,) = page.stories
    assert (story.section, story.headline, story.subtitle, story.reporters) == (
        "镇街书记访谈录⑦", "让百里竹海\"绿\"起来更\"富\"起来", "访竹山镇党委书记熊志刚", ("刘敏",))


def test_an_ocrs_two_yi_for_a_decks_dash_are_no_part_of_the_deck():
    page = seg(
        "【助人为乐】七旬老人义务辅导留守儿童十二年\n一一记木洞镇退休教师刘昌明\n\n"
        "每天下午4点半，木洞镇中心小学旁边的屋子里坐满了孩子。\n（记者　谭　欣）\n"
    )
    (story,) = page.stories
    assert (story.headline, story.subtitle) == ("七旬老人义务辅导留守儿童十二年", "记木洞镇退休教师刘昌明")


def test_a_heading_above_the_storys_rank_opens_a_story_not_an_item():
    page = seg(
        "## 政务动态\n\n### 全县优化营商环境大会召开\n\n- [县政府召开第61次常务会议](a.html) 2025-03-19\n"
        "- [我县召开森林防灭火工作调度会](b.html) 2025-03-18\n\n"
        "# 杨建新到安坪镇调研春耕备耕\n\n3月18日，县长杨建新到安坪镇调研春耕备耕工作。\n\n"
        "在安坪镇三沱村，杨建新走进田间地头，察看小麦、油菜长势。\n",
        "page.md",
    )
    assert [(s.headline, len(s.items)) for s in page.stories if s.paragraphs] == [
        ("杨建新到安坪镇调研春耕备耕", 0)]


def test_a_line_cut_after_a_speakers_name_goes_on_into_what_was_said():
    # A column cut at sixteen characters: the last paragraph's first line ends with a name and
    # title, no mark, and would read as a head but for the speech verb under it.
    page = seg(
        "小区门口的“断头路”通了\n本报讯（记者　邓　琳）8月13日\n上午，记者回访双桂街道桂香苑小区\n"
        "时，居民吴德华指着新铺的路面说。\n报道刊出后，区城市管理局会同双桂\n"
        "街道、区规划和自然资源局现场办公\n，协调解决了征地遗留问题。道路于\n8月10日完工通车。\n"
        "区城市管理局市政设施科科长廖永强\n表示，下一步将对城区类似的“断头\n"
        "路”进行全面摸排，逐一销号。\n"
    )
    (story,) = page.stories
    assert story.paragraphs[-1].startswith("区城市管理局市政设施科科长廖永强表示，")


def test_a_posts_part_labels_between_dashes_are_sections_and_dotted_comment_feet_chrome():
    page = seg(
        "— 头 条 —\n\n铜梁区二季度重大项目集中开工\n\n记者丨唐　敏\n\n"
        "4月8日，铜梁区二季度重大项目集中开工，32个项目总投资92.6亿元。\n\n摄影丨周　岚\n\n"
        "— 资 讯 —\n\n安居古城迎来今年首批研学团\n\n"
        "4月7日，安居古城迎来今年首批研学团。（记者　蒋雨桐）\n\n留言 6\n\n"
        "巴川小胖\n支持！家门口多几个好项目，年轻人就不用往外跑了\n重庆 · 4月8日　　　　赞 14\n\n"
        "龙城阿姨\n安居古城好耍，周末带孙子去看龙灯\n重庆 · 4月8日　　　　赞 9\n"
    )
    assert [(s.section, s.headline) for s in page.stories] == [
        ("头条", "铜梁区二季度重大项目集中开工"), ("资讯", "安居古城迎来今年首批研学团")]


def test_a_headline_set_letter_by_letter_is_the_headline_under_its_kicker():
    page = seg(
        "∽∽∽　周末去哪儿　∽∽∽\n\n深秋，去城口亢谷看红叶\n一 条 山 谷 红 透 了\n时报记者　孟　洁　文/图\n"
        "　　从城口县城出发，沿着前河往东安镇方向走四十多分钟，整面山坡都烧了起来。\n"
    )
    (story,) = page.stories
    assert (story.section, story.kicker, story.headline) == (
        "周末去哪儿", "深秋，去城口亢谷看红叶", "一条山谷红透了")


def test_a_flag_boxed_between_rules_is_the_pages_and_ends_no_paragraph_into_the_heads():
    # A PDF's text: paragraphs indented, no blank lines; the flag centred between two rules.
    page = seg(
        "━━━━━━━━━━━━━━━━━━━━\n　　认真贯彻中央决定　切实减轻农民负担\n━━━━━━━━━━━━━━━━━━━━\n"
        "说到做到　取信于民\n垫江取消涉农收费三十七项\n本报通讯员　罗明清\n"
        "　　本报讯　今年七月以来，垫江县对涉\n及农民负担的收费项目进行了全面清理。\n"
        "　　到十一月十五日止，全县共取消不合\n理收费项目三十七项。\n"
        "　　全县农民人均减轻负担二十一元，群\n众拍手称快。\n"
    )
    (story,) = page.stories
    assert (page.banner, story.kicker, story.headline) == (
        "认真贯彻中央决定　切实减轻农民负担", "说到做到　取信于民", "垫江取消涉农收费三十七项")


def test_a_table_read_a_column_at_a_time_gives_no_story_a_figure_for_its_headline():
    page = seg(
        "商报菜篮子\n蔬菜价格小幅回落 猪肉稳中略涨\n本报讯 据市商委对主城12个农贸市场的监测，本周主城蔬菜均价"
        "比上周下降约3％，猪肉价格小幅上涨。\n"
        "上周均价（元/斤）\n13.8\n4.9\n1.6\n1.5\n3.6\n本周均价（元/斤）\n14.2\n4.9\n1.4\n1.4\n3.3\n"
        "涨跌\n↑\n—\n↓\n↓\n↓\n"
    )
    heads = [s.headline for s in page.stories]
    assert not any(h and (h[0].isdigit() or h in "↑↓—") for h in heads), heads


def test_a_papers_call_to_subscribe_is_an_advert_not_a_head_over_the_lead():
    page = seg(
        "欢迎订阅第二季度《重庆日报》\n月价一元二角　各地邮电局（所）均可办理\n\n"
        "以增强企业活力为中心环节\n全市城市经济体制改革工作会议闭幕\n"
        "　　本报讯　为期三天的全市城市经济体制改革工作会议，昨天下午闭幕。\n"
    )
    (story,) = page.stories
    assert (story.kicker, story.headline) == ("以增强企业活力为中心环节", "全市城市经济体制改革工作会议闭幕")
    assert "欢迎订阅第二季度《重庆日报》" in page.noise


def test_a_caption_ending_with_its_handout_credit_after_the_full_stop_stands_apart():
    page = seg(
        "“渝味坊”月饼\n首次出口新加坡\n本报讯 昨日，位于江津区德感工业\n园的重庆渝味坊食品有限公司，首批\n"
        "2万盒川味月饼装车发往深圳。\n渝味坊生产车间里，工人正在包装出口月饼。受访者供图\n"
        "公司总经理蒋成林介绍，出口的月\n饼以川味馅料为主。\n"
    )
    (story,) = page.stories
    assert story.captions == ("渝味坊生产车间里，工人正在包装出口月饼。受访者供图",)
    assert story.paragraphs[-1] == "公司总经理蒋成林介绍，出口的月饼以川味馅料为主。"


def test_a_profile_pages_parts_each_under_its_persons_name_are_items():
    page = seg(
        "他们是我们身边的“最美劳动者”\n本报记者　何　苗　整理\n\n"
        "近日，区总工会公布评选结果，本报选取其中3位，讲述他们的故事。\n"
        "■黄永平：轨道上的“夜行者”\n每天深夜12点，检修工班长黄永平就带着班组钻进检修坑。\n"
        "■蒋　红：社区里的“金牌调解员”\n“有事找蒋姐”，这是社区居民常挂在嘴边的一句话。\n"
        "■王晓雯：急诊室里的“快手”护士长\n区人民医院急诊科护士长王晓雯的手机24小时开机。\n"
    )
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "黄永平：轨道上的“夜行者”", "蒋　红：社区里的“金牌调解员”", "王晓雯：急诊室里的“快手”护士长"]
    assert story.paragraphs == ("近日，区总工会公布评选结果，本报选取其中3位，讲述他们的故事。",)
    # Parts headed by what they are about, not by whom, stay the story's subheads.
    page = seg(
        "春季过敏高发\n\n进入3月，花粉活跃起来。\n■误区：打喷嚏就是感冒\n症状很像。\n"
        "■提醒：外出戴口罩\n花粉浓度高的午后少出门。\n■就医：症状重要及时看\n别硬扛。\n"
    )
    (story,) = page.stories
    assert story.items == () and len(story.subheads) == 3


def test_a_roundup_of_towns_each_part_under_its_towns_name_gives_items():
    page = seg(
        "镇街发展“成绩单”亮眼\n——我区部分镇街2021年工作亮点扫描\n\n"
        "2021年是“十四五”开局之年。我们走进部分镇街，记录下他们的奋斗足迹。\n\n"
        "濯水镇 古镇“夜经济”火起来\n\n入夜，濯水古镇华灯初上，游人漫步在青石板街上。\n（通讯员 李 燕）\n\n"
        "小南海镇 “一根丝”牵出增收路\n\n在小南海镇新建村蚕桑基地，一排排桑树已经剪枝越冬。（通讯员 黄 浩）\n\n"
        "城南街道 老旧小区“改”出幸福感\n\n走进城南街道桥南社区航运小区，新铺的沥青路面平整干净。\n（通讯员 孙 丽）\n"
    )
    (story,) = page.stories
    assert story.headline == "镇街发展“成绩单”亮眼"
    assert [(i.heading, i.reporters) for i in story.items] == [
        ("濯水镇 古镇“夜经济”火起来", ("李燕",)), ("小南海镇 “一根丝”牵出增收路", ("黄浩",)),
        ("城南街道 老旧小区“改”出幸福感", ("孙丽",))]


def test_a_page_typed_up_and_posted_years_on_is_the_pages_stories_of_the_pages_day():
    page = seg(
        "---\nlayout: post\ntitle: 重庆日报1965年5月20日第二版（录入稿）\ndate: 2022-11-03 21:14:00 +0800\n---\n\n"
        "**重庆日报　　一九六五年五月二十日　星期四　　第二版**\n\n"
        "〔引〕抢晴天　战雨天　夏收夏种两不误\n\n## 江北县社员抢收小春\n\n〔副〕小麦胡豆已收八成以上\n\n"
        "本报讯　江北县各人民公社的社员，趁晴天抢收小麦。到五月十八日止，全县已收小春作物二十六万多亩。\n\n"
        "〔图片：统景公社社员在抢收小麦。　本报记者　吴　刚摄〕\n\n（通讯员　蒋德华）\n\n"
        "## 全省已收小春作物三千多万亩\n\n"
        "新华社成都十九日电　四川省各地农村人民公社抓住晴天抢收小春，约占应收面积的七成。\n\n"
        "录入：嘉陵江边　　一校：老吴　　2022年11月\n",
        "h.md",
    )
    assert (page.date, page.year) == ("1965-05-20", 1965)
    first, second = page.stories
    assert (first.kicker, first.headline, first.subtitle) == (
        "抢晴天　战雨天　夏收夏种两不误", "江北县社员抢收小春", "小麦胡豆已收八成以上")
    assert (first.date, first.photographers, first.reporters) == ("1965-05-18", ("吴刚",), ("蒋德华",))
    assert first.captions[0].startswith("统景公社社员在抢收小麦。")
    assert (second.headline, second.date) == ("全省已收小春作物三千多万亩", "1965-05-19")
    assert "录入：嘉陵江边　　一校：老吴　　2022年11月" in page.noise
    # A front matter's date a few months off the masthead's is the editor's: it stands.
    page = seg("---\ndate: 1965-08-20\n---\n重庆日报　一九六五年五月二十日\n\n## 标题一\n\n本报记者　方　冰\n\n"
               "正文一段。\n\n## 标题二\n\n本报记者　方　冰\n\n正文两段。\n", "h.md")
    assert page.date == "1965-08-20"


def test_a_portals_gallery_its_form_label_tool_row_group_credit_and_picture_links():
    page = seg(
        "# 组图：铜梁火龙“烧”出年味\n\n2014年02月15日10:36　　来源：人民网-重庆频道\n\n"
        "[手机看新闻](http://a.cn/wap/)　[打印](javascript:window.print())　[网摘](#)　[纠错](#)　[分享](#)　字号\n\n"
        "　　2月14日晚，铜梁县巴川街道龙城广场上，8条火龙在漫天铁水中翻腾起舞。\n\n"
        "![](http://a.cn/1.jpg)\n\n**（1/2）**火龙在铁水中穿行。\n\n![](http://a.cn/2.jpg)\n\n"
        "**（2/2）**现场观众争相用手机记录精彩瞬间。\n\n（本组图片由铜梁县委宣传部提供　摄影：罗　成）\n\n"
        "**图片推荐**\n\n[组图：解放碑元宵灯会吸引市民赏灯](http://a.cn/n/1.html)\n\n"
        "[组图：大足宝顶庙会人气旺](http://a.cn/n/2.html)\n",
        "p.md",
    )
    (story,) = page.stories
    assert (story.section, story.headline, story.photographers) == ("组图", "铜梁火龙“烧”出年味", ("罗成",))
    assert story.paragraphs == ("2月14日晚，铜梁县巴川街道龙城广场上，8条火龙在漫天铁水中翻腾起舞。",)


def test_a_headline_cut_after_its_modifiers_de_and_a_wrapped_note_on_two_writers():
    page = seg(
        "理论前沿\n\n以“一盘棋”思维推动双城经济圈协同发展\n\n□王明远 刘 薇\n\n"
        "2020年1月，中央财经委员会第六次会议作出推动成渝地区双城经济圈建设的重大决策部署。\n"
        "推动双城经济圈协同发展，既要登高望远，也要脚踏实地。\n"
        "（作者分别系重庆工商大学经济学院教\n授、讲师）\n\n"
        "学思践悟\n\n让乡村振兴的\n“重庆答卷”更加出彩\n\n□张晓岚\n\n"
        "乡村振兴，产业是基础，人才是关键。近年来，我市大力发展特色产业。\n"
    )
    first, second = page.stories
    assert first.headline == "以“一盘棋”思维推动双城经济圈协同发展"
    assert (second.headline, second.reporters) == ("让乡村振兴的“重庆答卷”更加出彩", ("张晓岚",))
    # A verse's line closed by 是…的 stays a line of its own.
    page = seg("秋天的山\n\n秋天是从山顶开始的\n一夜之间\n满山的枫叶红了\n\n（指导老师：陈　敏）\n")
    assert "秋天是从山顶开始的一夜之间" not in [s.headline for s in page.stories]


def test_a_sites_print_views_and_a_credit_with_each_half_before_its_slash():
    page = seg(
        "重庆市开州区人民政府　　打印页面\n\n区政府召开第49次常务会议\n来源：区政府办公室　　发布时间：2016-11-21 18:25\n\n"
        "11月21日，区委副书记、区长周宏伟主持召开区政府第49次常务会议。\n\n【打印】　　【关闭】\n\n"
        "重庆市开州区人民政府　　打印页面\n\n熊文军到赵家街道督查“四好农村路”建设\n来源：区交委　　发布时间：2016-11-18 09:42\n\n"
        "11月17日，副区长熊文军带领区交委负责人到赵家街道督查农村公路建设。\n　　（区交委　周　勇/文　冉　东/图）\n"
    )
    first, second = page.stories
    assert (first.headline, first.kicker) == ("区政府召开第49次常务会议", None)
    assert (second.headline, second.reporters, second.photographers) == (
        "熊文军到赵家街道督查“四好农村路”建设", ("周勇",), ("冉东",))


def test_an_honour_rolls_counted_groups_are_rows_of_the_decision_that_announces_it():
    page = seg(
        "中共重庆市开州区委关于表彰开州区优秀共产党员的决定\n（2021年6月25日）\n\n"
        "区委决定，授予陈晓红等4名同志“开州区优秀共产党员”称号，授予刘德明等3名同志称号。\n\n"
        "开州区优秀共产党员（4名）\n陈晓红（女） 汉丰街道南山社区党委书记\n向守国 镇安镇三河村党支部书记\n"
        "李光明 温泉镇卫生院院长\n杨　勇 重庆开州华宇纺织有限公司生产\n部经理\n"
        "开州区优秀党务工作者（3名）\n刘德明 大进镇红旗村党支部书记\n何素琼（女） 区委组织部组织二科科长\n"
        "黎　平 丰乐街道党工委委员\n"
    )
    (decision,) = page.stories
    assert decision.headline == "中共重庆市开州区委关于表彰开州区优秀共产党员的决定"
    assert {"开州区优秀党务工作者（3名）", "黎　平 丰乐街道党工委委员"} <= set(decision.paragraphs)


def test_a_triangles_caption_wrapped_from_a_line_that_reads_as_a_head_is_one_caption():
    page = seg(
        "我区召开“两优一先”表彰大会\n本报讯　6月29日上午，我区召开庆祝中国共产党成立100周年暨“两优一先”表彰大会。\n"
        "▲6月29日，我区召开庆祝中国共产党成\n立100周年暨“两优一先”表彰大会。\n融媒体记者　谭　伟　摄\n"
        "付正阳向受表彰的先进集体和个人表示热烈祝贺。\n"
    )
    (story,) = page.stories
    assert (story.photographers, story.captions) == (
        ("谭伟",), ("6月29日，我区召开庆祝中国共产党成立100周年暨“两优一先”表彰大会。",))


def test_an_epapers_list_reading_chrome_and_a_roundup_of_villages_under_their_names():
    page = seg(
        "列表阅读 ｜ 版面阅读\n\n# 村村都有“丰”景\n\n秋分时节，稻谷飘香。连日来，我县各乡镇（街道）的村庄里处处是丰收的景象。\n\n"
        "清溪场镇大寨村：稻田里“养”出鸭经济\n\n9月19日，大寨村300亩稻田开镰收割。（通讯员　何　勇）\n\n"
        "梅江镇石坎村：金银花“二茬”采摘忙\n\n走进石坎村，千亩金银花基地里，村民们正忙着采摘。（通讯员　吴思宇）\n\n"
        "中和街道章化村：“云端”卖货订单多\n\n在章化村电商服务站，返乡青年正对着手机直播。（通讯员　陈　佳）\n\n"
        "上一篇　下一篇　返回版面\n",
        "p.md",
    )
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "清溪场镇大寨村：稻田里“养”出鸭经济", "梅江镇石坎村：金银花“二茬”采摘忙", "中和街道章化村：“云端”卖货订单多"]
    assert {"列表阅读 ｜ 版面阅读", "上一篇　下一篇　返回版面"} <= set(page.noise)


def test_three_heads_a_converter_marked_alike_are_a_kicker_a_headline_and_a_deck():
    page = seg(
        "# 龙年舞龙迎新春\n\n# 2024铜梁龙舞大赛落幕\n\n# 巴川街道龙舞队摘得桂冠\n\n本报记者　赵　晴\n\n"
        "2月24日（正月十五）晚，2024铜梁龙舞大赛决赛在龙城广场举行。\n",
        "p.md",
    )
    (story,) = page.stories
    assert (story.kicker, story.headline, story.subtitle) == (
        "龙年舞龙迎新春", "2024铜梁龙舞大赛落幕", "巴川街道龙舞队摘得桂冠")


def test_officials_speaking_in_turn_the_first_right_under_the_headline_are_items():
    page = seg(
        "书记访谈\n新的一年 我们这样干\n\n濯水镇党委书记 何明远\n2022年，我们将以创建国家5A级旅游景区为抓手，加快古镇二期建设。\n\n"
        "小南海镇党委书记 赵 刚\n我们将继续做强蚕桑产业，新建桑园800亩，让蚕农在家门口多挣一份钱。\n\n"
        "城南街道党工委书记 吴红梅\n明年计划再改造老旧小区6个，同步推进社区食堂、养老服务站建设。\n"
        "（本报记者 郑 凯 整理）\n"
    )
    (story,) = page.stories
    assert story.headline == "新的一年 我们这样干"
    assert [i.heading for i in story.items] == [
        "濯水镇党委书记 何明远", "小南海镇党委书记 赵 刚", "城南街道党工委书记 吴红梅"]


def test_an_epapers_page_list_and_back_link_are_navigation_and_a_library_story_is_news():
    page = seg(
        "版面导航\n01版：封面\n02版：要闻\n03版：重庆新闻\n14版：教育\n◀ 返回目录\n\n"
        "重庆大学城高校暑期开放图书馆\n本报记者　王　栩\n"
        "记者6月23日从沙坪坝区教委获悉，大学城8所高校的图书馆暑期将向市民开放。\n"
    )
    (story,) = page.stories
    assert (story.headline, story.reporters) == ("重庆大学城高校暑期开放图书馆", ("王栩",))
    assert {"01版：封面", "14版：教育", "◀ 返回目录"} <= set(page.noise)
    assert segmenter.classify(1, "重庆市綦江区档案馆").rule == "masthead"  # a library's stamp


def test_a_box_whose_sides_an_ocr_read_as_bars_is_read_without_them():
    box = ["|　　　　　要　闻　简　报　　　　　|", "|●节前安全生产大检查结束　　　　　|",
           "|　　4月27日至29日，区安委会组织安监、|", "|煤管等部门进行了节前安全大检查。（李　静）|"]
    assert segmenter.box_bars(box) == [
        "　　　　　要　闻　简　报", "●节前安全生产大检查结束", "　　4月27日至29日，区安委会组织安监、",
        "煤管等部门进行了节前安全大检查。（李　静）"]
    page = seg("\n".join(["万盛区举行植树活动", "本报讯　3月12日，区领导与干部群众一起植树。", "", *box]))
    assert "节前安全生产大检查结束" in [s.headline for s in page.stories]
    # A Markdown table's rows, bars inside them, stay a table.
    assert segmenter.box_bars(["| 项目 | 费用 |", "|---|---|", "| 车费 | 220 |"]) == [
        "| 项目 | 费用 |", "|---|---|", "| 车费 | 220 |"]


def test_a_headline_cut_after_its_numeral_and_measure_word_and_a_mastheads_permit_lines():
    page = seg(
        "丰都报社出版\n重庆市连续性内部资料准印证\n渝内字第096号\n\n"
        "名山街道建成首个\n社区日间照料中心\n\n本报讯　近日，名山街道商业大道社区日间照料中心正式投用，可同时接待老人40名。\n"
    )
    (story,) = page.stories
    assert story.headline == "名山街道建成首个社区日间照料中心"
    assert {"丰都报社出版", "渝内字第096号"} <= set(page.noise)


def test_a_headline_cut_before_a_count_alone_is_one_headline():
    page = seg("解放碑一天查处随地吐痰\n二百三十多人\n\n　　本报讯　昨日，市中区爱卫会组织三十多名卫生监督员在解放碑一带检查。\n")
    (story,) = page.stories
    assert (story.headline, story.subtitle) == ("解放碑一天查处随地吐痰二百三十多人", None)


def test_a_portals_list_of_the_day_each_tagged_title_over_its_summary_and_source_is_a_story():
    page = seg(
        "区县新闻\n全部　　主城都市区　　渝东北　　渝东南\n今日更新 3 条\n\n"
        "[万州] 首趟“三峡柑橘”冷链专列从新田港发车\n1月13日上午，满载1200吨柑橘的冷链专列从万州新田港铁路专用线驶出，"
        "将经西部陆海新通道运抵广西钦州港……[详细]\n万州区融媒体中心　　今天 17:26\n\n"
        "[荣昌] 荣昌夏布传习班开班　40名学员拜师学艺\n1月13日，荣昌区夏布织造技艺传习班在昌州街道开班，"
        "40名学员将在3个月里跟随非遗传承人学习技艺。[详细]\n荣昌区融媒体中心　　今天 16:48\n\n"
        "[北碚] 北碚合川联合开展嘉陵江冬季禁渔巡查\n1月12日晚，北碚区农业农村委与合川区渔政执法人员组成联合巡查组，"
        "对嘉陵江两区交界水域开展夜间巡查。[详细]\n北碚区融媒体中心　　今天 11:37\n"
    )
    assert [s.headline for s in page.stories] == [
        "首趟“三峡柑橘”冷链专列从新田港发车", "荣昌夏布传习班开班　40名学员拜师学艺", "北碚合川联合开展嘉陵江冬季禁渔巡查"]


def test_a_databases_record_table_of_fields_gives_the_heads_caption_and_writers():
    page = seg(
        "# 某报数字典藏\n\n### 1. 原创话剧《江岸》首演\n\n| 字段 | 内容 |\n|---|---|\n"
        "| 引题 | 一部戏讲述一座城的百年码头记忆 |\n| 正题 | 原创话剧《江岸》首演 |\n"
        "| 副题 | 明年将赴京沪蓉等地巡演 |\n| 作者 | 赵欣;何璐 |\n| 出版日期 | 2015-11-19 |\n"
        "| 图片说明 | 11月18日晚，话剧《江岸》首演。记者　石　涛　摄 |\n\n**正文：**\n\n"
        "11月18日晚，原创话剧《江岸》在国泰艺术中心首演，900余名观众观看了演出。\n\n"
        "> 引用本文：赵欣. 原创话剧《江岸》首演[N]. 重庆日报, 2015-11-19(009).\n",
        "record.md",
    )
    (story,) = page.stories
    assert (story.kicker, story.headline, story.subtitle) == (
        "一部戏讲述一座城的百年码头记忆", "原创话剧《江岸》首演", "明年将赴京沪蓉等地巡演")
    assert story.reporters == ("赵欣", "何璐") and story.photographers == ("石涛",)
    assert story.paragraphs == ("11月18日晚，原创话剧《江岸》在国泰艺术中心首演，900余名观众观看了演出。",)
    assert {"| 出版日期 | 2015-11-19 |", "| 字段 | 内容 |"} <= set(page.noise)
    assert any("引用本文" in line for line in page.noise)
    # A table of figures under a story is no record.
    table = seg("## 标题\n\n3月5日，会议召开。\n\n| 区县 | 增长 |\n|---|---|\n| 万州 | 5% |\n| 涪陵 | 6% |\n",
                "figures.md")
    assert "| 万州 | 5% |" not in table.noise


def test_a_wechat_posts_title_origin_line_and_cards_are_read_as_such():
    page = seg(
        "【云阳早报】龙缸景区暑期师生半价；滨江大道今晚起夜间封闭施工\n"
        "原创：　云阳县融媒体中心　云阳发布　昨天\n\n"
        "云阳早报丨7月16日\n来自云阳发布\n00:00　　　　　　　　05:12\n\n"
        "7月15日，记者从县文化旅游委获悉，龙缸景区推出暑期优惠，师生半价游览。\n"
        "↓↓↓点击下方小程序，在线购票更便捷\n龙缸景区门票预订\n小程序\n"
        "“准备约几个同事一起来。”家住万州区的教师冉小琴说。\n（记者　陈　露）\n\n"
        "往期回顾\n【云阳早报】张飞庙景区夜游开放；城区新增停车泊位600个\n"
        "【云阳早报】这些考生注意！高考录取通知书开始陆续寄发\n"
    )
    story = page.stories[0]
    assert (story.section, story.headline) == ("云阳早报", "龙缸景区暑期师生半价；滨江大道今晚起夜间封闭施工")
    assert story.reporters == ("陈露",)
    assert {"原创：　云阳县融媒体中心　云阳发布　昨天", "云阳早报丨7月16日", "来自云阳发布",
            "↓↓↓点击下方小程序，在线购票更便捷", "龙缸景区门票预订", "小程序"} <= set(page.noise)
    assert not any("小程序" in p or "00:00" in p for p in story.paragraphs)


def test_an_apps_column_link_over_a_title_is_its_section_and_a_digests_contents_are_furniture():
    page = seg(
        "两江晚报 >\n今年新开工中小学幼儿园12所……今晚两江新闻看这些\n"
        "两江新区融媒体中心　　2026-01-20 19:30　　浏览 1.6万\n\n🎧 AI朗读　　00:00 / 06:48　　1.0x\n\n"
        "本期导读\n00:15　今年新开工中小学幼儿园12所\n01:32　礼嘉至悦来快速通道下穿道春节前通车\n\n"
        "1月20日，记者从两江新区教育局获悉，今年新区计划新开工建设中小学、幼儿园12所。\n"
    )
    (story,) = page.stories
    assert (story.section, story.headline) == ("两江晚报", "今年新开工中小学幼儿园12所……今晚两江新闻看这些")
    assert {"🎧 AI朗读　　00:00 / 06:48　　1.0x", "本期导读"} <= set(page.noise)
    # A menu's link to a page of its own ('管理订阅 »') names no column.
    assert segmenter.segment(reader.read_bytes(
        "管理订阅 »\n所有条目\n\n今天，某镇召开会议。\n".encode(), "menu.txt", False)[0]
    ).stories[0].section is None


def test_an_epapers_information_line_with_its_views_gives_the_writers_and_keeps_the_title():
    page = seg(
        "来凤街道：“院坝会”开进小区　居民议事有了“主场”\n"
        "作者：通讯员　邓佳丽　本报记者　吴　昊　　　来源：璧山报　　　2019-04-18 08:30　　　浏览：947次\n"
        "【字号：大　中　小】\n　　4月14日晚，来凤街道翠湖社区的院坝里，40多名居民围坐在一起议事。\n"
        "责任编辑：王　颖\n\n"
        "区图书馆读书月活动启动\n作者：　　　来源：璧山报　　　2019-04-18 08:30　　　浏览：433次\n"
        "　　4月17日，区图书馆读书月活动在秀湖公园启动。（记者　吴　昊）\n\n"
        "来凤街道：社区食堂开张\n作者：本报记者　吴　昊　　　来源：璧山报　　　2019-04-18 08:30　　　浏览：102次\n"
        "　　4月16日，来凤街道首个社区食堂开张。\n"
    )
    first, second, third = page.stories
    assert first.headline == "来凤街道：“院坝会”开进小区　居民议事有了“主场”"
    assert first.reporters == ("邓佳丽", "吴昊")
    assert (second.headline, second.reporters) == ("区图书馆读书月活动启动", ("吴昊",))
    assert not any("来源" in p for s in page.stories for p in s.paragraphs)
    assert third.headline == "来凤街道：社区食堂开张"


def test_a_list_pages_calendar_blocks_and_side_menu_are_furniture_in_a_markdown_copy():
    page = seg(
        "**栏目导航**\n\n- [机构职能](https://x.gov.cn/jgzn/)\n- [工作动态](https://x.gov.cn/gzdt/)\n\n"
        "## 工作动态\n\n18\n\n2023-07\n\n**[暑期文旅市场安全检查“不打烊”](https://x.gov.cn/1.html)**\n\n"
        "7月17日，县文化旅游委组成联合检查组，对景区开展暑期安全生产大检查。\n\n"
        "12\n\n2023-07\n\n**[大昌古镇夜游项目开启试运营](https://x.gov.cn/2.html)**\n\n"
        "7月11日，大昌古镇夜游项目开启试运营，首晚接待游客2000余人次。\n",
        "list.md",
    )
    assert [s.headline for s in page.stories] == ["暑期文旅市场安全检查“不打烊”", "大昌古镇夜游项目开启试运营"]
    assert {"18", "2023-07", "栏目导航"} <= set(page.noise)


def test_a_teachers_line_closes_a_pupils_piece_and_a_framed_briefs_column_heads_its_briefs():
    page = seg(
        "我的新课本\n秀山县实验小学三年级　杨小雨\n　　开学第一天，老师发了新课本，我高兴得一晚上没睡着。\n"
        "　　　　　　指导教师　龙秀英\n\n"
        "■教育简讯■\n●县里表彰100名优秀教师\n　　9月8日，县委、县政府召开庆祝教师节大会，表彰优秀教师100名。（张　翔）\n"
        "●溶溪中学新宿舍投入使用\n　　9月1日，溶溪中学新建的学生宿舍楼投入使用。（向　东）\n"
    )
    assert [(s.headline, s.section) for s in page.stories] == [
        ("我的新课本", None), ("县里表彰100名优秀教师", "■教育简讯■"),
        ("溶溪中学新宿舍投入使用", "■教育简讯■")]
    assert page.stories[1].reporters == ("张翔",)
    # A teacher's line is the piece's last line, whatever follows it; a sentence about a
    # teacher is no such line.
    assert segmenter.classify(1, "指导教师　龙秀英").rule == "teacher-credit"
    assert segmenter.classify(1, "指导教师要求学生").rule != "teacher-credit"


def test_a_document_after_a_roundups_last_signed_part_is_a_story_of_its_own():
    page = seg(
        "我县首届道德模范评选揭晓\n　　10月12日，我县首届道德模范颁奖典礼在县文化中心举行。\n\n"
        "■助人为乐模范　向大勇\n　　向大勇是巫峡镇平湖路社区居民，十年来义务照顾孤寡老人。（通讯员　谭　明）\n"
        "■见义勇为模范　李国平\n　　李国平跳入江中，救起落水儿童。（通讯员　刘　芳）\n"
        "■孝老爱亲模范　毛小兰\n　　毛小兰一个人种了8亩地，照顾丈夫和婆婆。（通讯员　谭　明）\n\n"
        "向道德模范学习倡议书\n全县广大干部群众：\n　　道德模范是社会道德建设的标杆。县文明委向全县发出如下倡议。\n"
    )
    roll, appeal = page.stories
    assert [i.heading for i in roll.items][-1].startswith("孝老爱亲模范")
    assert appeal.headline == "向道德模范学习倡议书"


def test_a_column_name_of_seven_set_apart_heads_its_story_and_a_question_over_its_q_and_a():
    page = seg(
        "某镇召开会议\n　　本报讯　7月13日，某镇召开会议，研究了有关工作。\n\n"
        "振 兴 路 上 带 头 人\n田野上的“新农人”\n□本报记者　向　阳\n"
        "　　乡村振兴，关键在人。近年来，一批“新农人”扎根乡村。\n\n"
        "政 策 问 答\n脱贫户还能申请小额信贷吗？\n问：我家是2016年脱贫的，现在还能申请扶贫小额信贷吗？\n"
        "答：可以。过渡期内，扶贫小额信贷政策保持总体稳定。\n"
    )
    _, farmers, question = page.stories
    assert (farmers.section, farmers.headline, farmers.reporters) == (
        "振兴路上带头人", "田野上的“新农人”", ("向阳",))
    assert (question.section, question.headline) == ("政策问答", "脱贫户还能申请小额信贷吗？")
    # A slogan's two halves, a wide gap between them, are no column's name.
    assert not segmenter.classify(1, "產　增　國　愛　　　　朝　援　美　抗").rule.startswith("column")
    from cqnews_site.analyse.lines import column_spaced
    assert column_spaced("振　兴　路　上　带　头　人", 3)
    assert not column_spaced("產　增　國　愛　　　　朝　援　美　抗", 3)


def test_a_journal_databases_records_of_bracketed_fields_are_its_stories():
    record = ("【篇名】{title}\n【副篇名】{deck}\n【作者】彭勇\n【出版日期】2008-12-11\n【版次】03\n"
              "【关键词】走失;老人\n【全文】<正>本报讯　（通讯员　彭勇）{text}\n" + "-" * 40 + "\n")
    page = seg(
        "涪陵日报全文库\n检索结果：共2条\n" + "-" * 40 + "\n"
        + record.format(title="民警连夜寻回走失八旬老人", deck="",
                        text="12月8日凌晨2时许，经过7个多小时的寻找，民警找回一名走失的八旬老人。")
        + record.format(title="返乡农民工专场招聘会举行", deck="86家企业提供岗位2000余个",
                        text="12月10日，区劳动就业局举办返乡农民工专场招聘会，2000余个岗位供农民工选择。")
    )
    first, second = page.stories
    assert (first.headline, first.reporters) == ("民警连夜寻回走失八旬老人", ("彭勇",))
    assert first.paragraphs[0].startswith("12月8日凌晨2时许")
    assert (second.headline, second.subtitle) == ("返乡农民工专场招聘会举行", "86家企业提供岗位2000余个")
    assert "<正>" in page.noise


def test_deputies_parts_each_under_the_name_and_the_word_for_a_deputy_are_items():
    page = seg(
        "我区市人大代表带着“民生清单”上会\n记者　余晓东\n"
        "　　本次大会期间，我区市人大代表提出了一批建议。记者选取其中3件，以飨读者。\n"
        "■邹丽华代表：推动轨道交通延伸至龙洲湾\n　　市人大代表、龙洲湾街道党工委书记邹丽华建议，加快推动轨道交通延伸。\n"
        "■陈永康代表：为“小巨人”企业搭建融资平台\n　　市人大代表、某公司总经理陈永康建议设立应急转贷资金。\n"
        "■万晓琴代表：让群众在家门口看得上好病\n　　市人大代表、区人民医院院长万晓琴建议加强基层医疗。\n"
    )
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "邹丽华代表：推动轨道交通延伸至龙洲湾", "陈永康代表：为“小巨人”企业搭建融资平台", "万晓琴代表：让群众在家门口看得上好病"]


def test_a_share_views_listen_button_and_a_commentarys_writer_after_a_bar():
    page = seg(
        "# 非遗里的荣昌丨盘龙夏布传习所开班　30名“新织娘”拜师学艺\n\n"
        "荣昌区融媒体中心　　2021-10-20 17:36　　　　浏览 8615\n\n[🔊 点击收听全文](javascript:;)\n\n"
        "10月19日上午，盘龙镇夏布织造技艺传习所里，30名学员跟着老师学习投梭。\n\n记者：黄　英\n\n"
        "【融媒微评】老手艺要有“新传人”\n\n文丨钟　灵\n\n一台木织机，一缕苎麻线，织出的是荣昌人千百年的生活智慧。\n",
        "share.md",
    )
    lesson, comment = page.stories
    assert (lesson.section, lesson.headline) == ("非遗里的荣昌", "盘龙夏布传习所开班　30名“新织娘”拜师学艺")
    assert lesson.reporters == ("黄英",)
    assert (comment.section, comment.headline, comment.reporters) == (
        "融媒微评", "老手艺要有“新传人”", ("钟灵",))
    assert "🔊 点击收听全文" in page.noise
    # A gallery's title after a bar is no credit.
    assert segmenter.classify(1, "图丨江津的秋").kind is not segmenter.Kind.BYLINE


def test_a_sites_list_with_the_day_far_right_of_each_title_heads_the_articles_printed_whole():
    page = seg(
        "镇街动态\n"
        "·青年镇：“院坝宣讲”把惠民政策送到群众身边　　　　　　　　2014-06-09\n"
        "　　近日，青年镇组织机关干部深入各村开展“院坝宣讲”活动。（青年镇　罗　英）\n\n"
        "·丛林镇：“一事一议”修通3.2公里村道　　　　　　　　　2014-06-05\n"
        "　　本网讯（通讯员　郑　伟）6月4日，丛林镇海孔村3.2公里村道硬化工程通过验收。\n"
    )
    assert [s.headline for s in page.stories] == [
        "青年镇：“院坝宣讲”把惠民政策送到群众身边", "丛林镇：“一事一议”修通3.2公里村道"]
    assert page.stories[1].reporters == ("郑伟",)


def test_a_library_pdfs_head_watermark_and_a_heads_drop_shadow_are_furniture():
    page = seg(
        "重庆图书馆　地方文献数字化库　　　　CQWB_20050714_07.pdf　　　　第 1 页 / 共 1 页\n"
        "重庆晚报　2005年7月14日　星期四\n"
        "热 醒 的 房 主\n逮 住 入 室 小 偷\n热 醒 的 房 主\n逮 住 入 室 小 偷\n"
        "本报讯（记者　孙　梅）前晚11点过，九龙坡区杨家坪一居民楼的住户被热醒，逮住了入室小偷。\n"
        "重庆图书馆　仅供阅览　　重庆图书馆　仅供阅览　　重庆图书馆　仅供阅览\n"
    )
    (story,) = page.stories
    # (a short headline in two parts, one a line, is one headline: h1316's gold reads it so)
    assert (story.headline, story.subtitle) == ("热醒的房主　逮住入室小偷", None)
    assert story.reporters == ("孙梅",)
    assert segmenter.classify(1, "重庆图书馆　仅供阅览　　重庆图书馆　仅供阅览").rule == "watermark"
    assert segmenter.classify(1, "加油　加油　加油").rule != "watermark"  # a cheer, no mark


def test_a_releases_numbered_cases_and_a_ranked_lists_events_are_items():
    cases = seg(
        "发布典型案例　为农民工讨薪撑腰\n"
        "本报讯（通讯员　何　敏）12月3日，市某中级法院发布三起涉农民工工资典型案例。\n"
        "案例一　包工头“跑路”　总承包方被判担责\n"
        "【基本案情】2013年，某建筑公司将劳务分包给包工头刘某，刘某拖欠工资后失联。\n"
        "案例二　转移财产逃避支付　老板获刑八个月\n"
        "【基本案情】某农业开发公司负责人转移财产，拒不支付工人工资。\n"
    )
    (story,) = cases.stories
    assert [i.heading for i in story.items] == [
        "案例一　包工头“跑路”　总承包方被判担责", "案例二　转移财产逃避支付　老板获刑八个月"]
    ranked = seg(
        "2016年某区十大新闻\n"
        "经网络投票和专家评审，评出年度十大新闻，现按时间先后辑录如下。\n"
        "一、首趟东盟公路班车从南彭发车\n1月18日，满载货物的5辆货车从南彭出发。\n"
        "二、第九届二圣梨花节开幕\n3月19日，第九届二圣梨花节在二圣镇开幕。\n"
        "三、区人民医院龙洲湾新院区投入使用\n5月9日，区人民医院龙洲湾新院区正式投入使用。\n"
    )
    (story,) = ranked.stories
    assert [i.heading[:2] for i in story.items] == ["一、", "二、", "三、"]
    assert [i.date for i in story.items] == ["2016-01-18", "2016-03-19", "2016-05-09"]
    counted = seg(
        "## 1951年报刊报道三则\n\n编者按：现按刊载时间先后照录如下。\n\n"
        "### 一、三区农民分得土地\n\n三区土地改革分配工作已于四月上旬结束。\n\n"
        "### 二、铁矿工人订立爱国公约\n\n铁矿全体职工普遍订立了爱国公约。\n\n"
        "### 三、赶水区完成秋征公粮入库\n\n赶水区各乡农民踊跃交纳秋征公粮。\n",
        "history.md",
    )
    assert [len(s.items) for s in counted.stories] == [3]
    # Numbered subheads of one text, under no ranked list's headline, stay its subheads.
    plain = seg(
        "我区扎实推进乡村振兴\n本报讯（记者　王　强）近日，我区召开乡村振兴推进会。\n"
        "一、产业兴旺\n全区发展特色产业基地20个。\n二、生态宜居\n全区新建污水处理设施12处。\n"
        "三、乡风文明\n全区评选文明家庭300户。\n"
    )
    assert [len(s.items) for s in plain.stories] == [0]


def test_honours_profile_parts_are_items_and_a_flipbooks_chrome_is_noise():
    page = seg(
        "2025年度“校园之星”风采录\n"
        "学生记者　李沐阳\n"
        "3月13日，学校举行颁奖典礼。本版选取其中两位，讲述他们的故事。\n"
        "【科创之星】陈雨桐：让桥梁“开口说话”\n"
        "【人物名片】陈雨桐，土木工程学院2022级本科生。\n"
        "在结构实验室里，陈雨桐常常一待就是一整天。\n"
        "【实践之星】吴浩然：把论文写在乡村公路上\n"
        "【人物名片】吴浩然，交通运输学院2023级本科生。\n"
        "去年暑假，吴浩然带着12名队员来到巫溪县通城镇。\n"
        "校报投稿邮箱：xb@school.example　　主办：中共某大学委员会\n"
        "◀ 上一页　　　3 / 4　　　下一页 ▶\n"
        "本书由用户上传，某平台仅提供存储与展示服务，如有侵权请联系删除。\n"
        "© 2026 某平台 example.com　　举报　　帮助中心\n"
    )
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "【科创之星】陈雨桐：让桥梁“开口说话”", "【实践之星】吴浩然：把论文写在乡村公路上"]
    for chrome in ("◀ 上一页　　　3 / 4　　　下一页 ▶",
                   "校报投稿邮箱：xb@school.example　　主办：中共某大学委员会",
                   "本书由用户上传，某平台仅提供存储与展示服务，如有侵权请联系删除。",
                   "© 2026 某平台 example.com　　举报　　帮助中心"):
        assert chrome in page.noise
    # A call for entries keeps its mailbox: it is what the notice is for.
    call = seg("征稿启事\n本报即日起征集“我家的老照片”，投稿邮箱：photo@paper.example。\n")
    assert "photo@paper.example" in call.stories[0].paragraphs[0]


def test_a_bulletins_contents_without_pages_and_a_sites_gallery_links_are_furniture():
    page = seg(
        "某区人民政府公报\n2006年第4期（总第16期）\n\n"
        "本 期 目 录\n【区政府文件】\n　·某区人民政府关于切实做好抗旱救灾工作的紧急通知（府发〔2006〕58号）\n"
        "【政务动态】\n　·区政府召开第三十八次常务会议\n　·全区抗旱救灾紧急会议召开\n"
        "【上一期】　【下一期】　【往期公报】\n\n"
        "区政府召开第三十八次常务会议\n　　7月20日，区长主持召开区政府第三十八次常务会议。\n\n"
        "全区抗旱救灾紧急会议召开\n　　8月9日，区委、区政府召开全区抗旱救灾紧急会议。\n\n"
        "[图片]组图｜一年，我们记录下的新区面孔\n[图片]视频｜航拍：从寸滩到龙兴\n"
    )
    assert [s.headline for s in page.stories] == ["区政府召开第三十八次常务会议", "全区抗旱救灾紧急会议召开"]
    assert "【区政府文件】" in page.noise
    assert "[图片]视频｜航拍：从寸滩到龙兴" in page.noise
    # Bulleted lines under no contents label stay what they are: a story's points.
    points = seg("办事指南\n五镇群众办事要点如下：\n·户籍业务就近办理\n·社保关系整体转移\n·医保待遇不受影响\n")
    assert "·户籍业务就近办理" not in points.noise


def test_a_column_jump_within_the_page_joins_the_text_it_cut():
    page = seg(
        "“鸭司令”陈国富\n本报通讯员　蒋文华\n"
        "　　陈国富养鸭是从1992年开始的。去年，他共出栏麻鸭2.1万只，加上卖（转下栏）\n\n"
        "县农业局送技术下乡\n　　本报讯　10月22日，县农业局组织12名农技人员下乡。（邹　霞）\n\n"
        "（接上栏）\n鱼的收入，纯收入达到3.8万元。\n"
    )
    duck, farm = page.stories
    assert duck.paragraphs[-1].endswith("加上卖鱼的收入，纯收入达到3.8万元。")
    assert farm.headline == "县农业局送技术下乡" and farm.reporters == ("邹霞",)
    assert "（转下栏）" in page.noise and "（接上栏）" in page.noise
    # A bracket that only mentions turning is no jump.
    (story,) = seg("某路口试行掉头新规\n　　本报讯（记者　王　强）即日起，车辆在该路口可以掉头"
                   "（转弯请减速）\n").stories
    assert story.paragraphs[-1].endswith("（转弯请减速）") and story.continued_to is None


def test_a_profiles_parts_headed_with_the_role_before_the_name_are_items():
    page = seg(
        "山里的“领头雁”\n——江口镇村干部和志愿者群像\n本报记者　石　磊\n"
        "在江口镇，有这样一群人，他们守着大山，也守着乡亲。\n"
        "◎老支书冉启明：“路不通，我就不退”\n11月8日一早，记者在蔡家村见到冉启明。\n"
        "◎大学生村官李文杰：笔记本上记满了村民的事\n今年4月，李文杰考上大学生村官。\n"
        "◎“红马甲”周德明：退休不退岗\n在江口场镇，穿着红马甲的周德明几乎每个赶场天都会出现。\n"
    )
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "老支书冉启明：“路不通，我就不退”", "大学生村官李文杰：笔记本上记满了村民的事",
        "“红马甲”周德明：退休不退岗"]


def test_a_taiwan_papers_bylines_with_a_slash_and_the_place_it_was_filed_from():
    page = seg(
        "台商在山城／滷肉飯賣進重慶　１０年開出８家店\n記者周意涵／重慶報導\n"
        "　　在重慶沙坪壩區三峽廣場附近的一條小街上，一間台灣滷肉飯店門口排起長隊。\n\n"
        "渝台論壇登場　簽約逾15億美元\n"
        "【記者林怡君／重慶報導】第三屆渝台經貿合作論壇昨天在重慶揭幕。\n"
    )
    first, second = page.stories
    assert first.reporters == ("周意涵",) and first.subtitle is None
    assert (first.section, first.headline) == ("台商在山城", "滷肉飯賣進重慶　１０年開出８家店")
    assert second.reporters == ("林怡君",)
    assert second.paragraphs[0].startswith("第三屆渝台經貿合作論壇")


def test_a_channel_lists_day_dividers_are_chrome_and_today_is_the_day_a_report_was_sent():
    page = seg(
        "区县快讯\n—— 2012-06-19 ——\n10:12\n[开县] 汉丰湖滨湖步道二期完工　市民傍晚散步多了好去处\n"
        "　　华龙网6月19日10时12分讯（通讯员　谭明月）昨日，开县滨湖步道二期工程完工。\n"
        "【编辑：刘　茜】　　网友评论（2）　　【纠错】\n"
        "—— 2012-06-18 ——\n17:40\n[璧山] 本土企业捐资120万元设立助学基金\n"
        "　　华龙网6月18日17时40分讯（通讯员　罗　婷）今日上午，璧山县“金秋助学”基金成立。\n"
        "【编辑：杨　帆】　　网友评论（0）　　【纠错】\n"
    )
    walk, fund = page.stories
    assert (walk.headline, walk.date) == ("汉丰湖滨湖步道二期完工　市民傍晚散步多了好去处", "2012-06-18")
    assert (fund.headline, fund.date) == ("本土企业捐资120万元设立助学基金", "2012-06-18")
    assert "—— 2012-06-18 ——" in page.noise


def test_an_ocr_archives_note_a_feed_adverts_button_and_a_hotline_with_its_account():
    for chrome in ("本页识别准确率约91%　　　发现错误？点此纠错",
                   "农机优选　　　　　　　　　　　　立即购买",
                   "晚报报料热线 966966 新浪微博@重庆晚报"):
        assert segmenter.classify(1, chrome).kind is segmenter.Kind.NOISE, chrome
    # A report on buying is no button: '市民可在门店立即购买' is a sentence.
    assert segmenter.classify(1, "市民凭券可在门店立即购买").kind is not segmenter.Kind.NOISE


def test_forum_live_thread_player_and_microblog_chrome_is_furniture():
    for chrome in ("只看楼主　　收藏　　回复", "回复贴：6　　页数：1", "正序 ✓　　倒序　　　　只看主持人",
                   "视频加载失败？点击重试", "86.2K subscribers", "5月16日 18:42　来自iPhone客户端",
                   "取消　允许", "登录", "以下网友评论只代表网友个人观点，不代表新华网观点",
                   "发短信至9500800（每条0.1元），说说您身边的社区事"):
        assert segmenter.classify(1, chrome).kind is segmenter.Kind.NOISE, chrome
    # A headline about logging in or a client is no chrome.
    for head in ("“渝快办”登录人数突破千万", "来自iPhone客户端的报料越来越多"):
        assert segmenter.classify(1, head).kind is not segmenter.Kind.NOISE, head


def test_an_epapers_current_page_a_share_button_an_account_id_and_a_safety_box_are_furniture():
    for chrome in ("当前版：01版：要闻　　　　上一版　下一版", "分享　　　　　　👍 36", "昨天 17:12",
                   "首　页　　　走进巴南　　　政务公开　　　新闻中心　　　网上办事　　　公众参与",
                   "彭水报　微信号：psb_wx", "集团公司连续安全生产　第2194天",
                   "预览：附件1 2017年度先进集体和先进个人名单.xlsx　　[下载]　[全屏]"):
        assert segmenter.classify(1, chrome).kind is segmenter.Kind.NOISE, chrome
    assert segmenter.classify(1, "我市实现连续安全生产1000天").kind is not segmenter.Kind.NOISE


def test_a_machine_summary_run_in_after_its_label_is_furniture():
    line = "AI摘要：本文讲述了木洞山歌传承人四十余年学唱、传唱山歌的经历。（本摘要由AI生成，仅供参考）"
    assert segmenter.classify(1, line).kind is segmenter.Kind.NOISE
    # A paragraph about summaries a machine writes is the story's text.
    text = "AI摘要：这项功能上线后，读者可以先看要点再读全文，编辑部每天审核。"
    assert segmenter.classify(1, text).kind is not segmenter.Kind.NOISE


def test_a_tables_rows_with_cells_one_space_apart_are_text_not_heads():
    page = seg(
        "补时绝杀！万州队2:1逆转开州队夺冠\n"
        "　　本报讯（见习记者　向思雨）11月22日，县域足球联赛决赛在万州落幕。\n"
        "■决赛阶段积分榜\n排名 球队 胜 平 负 进/失球 积分\n"
        "1 万州区队 2 1 0 6/2 7\n2 开州区队 2 0 1 5/3 6\n3 忠县队 1 1 1 4/5 4\n"
        "　　当天比赛开始后，开州区队率先发力。第27分钟，开州区队前锋抢点破门。\n"
    )
    (story,) = page.stories
    assert story.paragraphs[-1].startswith("当天比赛开始后")
    assert any(p.startswith("1 万州区队") for p in story.paragraphs)
    # Numbered lines of words are no table: a list's points stay what they are.
    (listing,) = seg("三项措施\n　　会议提出：\n1 加快 项目 建设 进度\n2 抓好 招商 引资 工作\n").stories
    assert listing.headline == "三项措施"


def test_a_hong_kong_papers_bracketed_dateline_opens_each_report_with_its_writer():
    page = seg(
        "香港商報電子版　　2014年9月26日　星期五\n\n"
        "茶餐廳扎堆渝中商圈\n"
        "【香港商報訊】記者周子健重慶報道﹕本月20日﹐又一家港式茶餐廳在渝中區開業﹐食客排起長隊。\n"
        "店主說﹐店裏的廚師都從香港請來。\n\n"
        "中學生赴大足研學\n"
        "【香港商報訊】記者周子健、林雪怡重慶報道﹕9月23日﹐30名香港中學生走進大足區參觀石刻。\n"
        "學生們一邊參觀一邊臨摹。\n"
    )
    assert [s.headline for s in page.stories] == ["茶餐廳扎堆渝中商圈", "中學生赴大足研學"]
    assert [s.reporters for s in page.stories] == [("周子健",), ("周子健", "林雪怡")]
    assert page.stories[1].paragraphs[0].startswith("9月23日")
    # The place run into the name is a place only when the lists know it.
    assert segmenter.people_in_credit("记者李明万州报道") == ("李明",)
    assert segmenter.people_in_credit("记者张三报道") == ("张三",)


def test_reference_style_links_and_italic_captions_read_as_inline_ones():
    page = seg(
        "当前位置：[首页][2] > [万州新闻][3] > 今日要闻\n\n"
        "## [长江万州段首批护渔员持证上岗][10]\n\n"
        "本报讯（记者　谭小林）10月18日上午，万州区首批36名护渔员领到了工作证。\n\n"
        "![][14]\n\n"
        "_▲10月18日，首批护渔员参加上岗仪式。记者　谭小林　摄_\n\n"
        "护渔员将分成6个小组，每天至少巡护一次。\n\n"
        "  [10]: http://www.example.cn/wzxw/2021-10/19/1.html\n"
        "  [14]: http://www.example.cn/uploads/1.jpg\n",
        name="page.md",
    )
    (story,) = page.stories
    assert story.headline == "长江万州段首批护渔员持证上岗"
    assert story.photographers == ("谭小林",)
    assert story.captions == ("10月18日，首批护渔员参加上岗仪式。",)
    assert all("][" not in p and not p.startswith("_") for p in story.paragraphs)


def test_a_briefs_bracketed_title_cut_by_a_narrow_columns_wrap_still_opens_its_item():
    page = seg(
        "綦江报　　2008年9月25日　星期四　　　　第2版　综合新闻\n\n"
        "滨河路改造工程完成过半\n"
        "　　本报讯（记者　唐　敏）9月24日，记者在县城滨河路改造工程现场看到，施工人员正在铺设沥青路面。\n"
        "县内简讯\n"
        "　　【农民版画作品在京展出】\n9月22日，“綦江农民版画进京\n展”在北京一家美术馆开幕。（记者　罗　丹）\n"
        "　　【扶欢镇新修通村公路12公\n里】今年以来，扶欢镇多方筹资\n260万元，新修通村公路12公里。\n"
        "（通讯员　杨　林）\n"
        "标题标题标题标题标题\n正文正文正文正文正文正文正文正文\n正文正文正文正文\n"
    )
    briefs = page.stories[-1]
    assert [it.heading for it in briefs.items] == ["农民版画作品在京展出", "扶欢镇新修通村公路12公里"]
    assert briefs.items[1].paragraphs == ("今年以来，扶欢镇多方筹资260万元，新修通村公路12公里。",)
    # a page template's dummy frame, left in the PDF's text layer, is no text of the page
    assert "标题标题标题标题标题" in page.noise
    assert not any("正文正文" in p for s in page.stories for p in s.paragraphs)


def test_a_weekly_digest_posts_keycap_parts_are_its_items_with_their_fields():
    page = seg(
        "一周南岸丨弹子石老街夜集开市；迎龙镇月季进入盛花期……\n\n"
        "原创 南岸区融媒体中心 南岸发布\n\n"
        "又到周五啦！本周南岸有哪些新鲜事？一起来看↓↓↓\n\n"
        "1️⃣ 弹子石老街夜集开市\n\n"
        "4月17日晚，弹子石老街夜集正式开市，80余个摊位沿着石梯坎一字排开。\n\n（记者 任可欣）\n\n"
        "2️⃣ 迎龙镇月季进入盛花期\n\n"
        "连日来，迎龙镇北斗村的月季花海进入盛花期，吸引不少市民前来赏花。\n\n（通讯员 陈曦）\n\n"
        "3️⃣ 专场招聘会本周日举行\n\n"
        "4月17日，记者从区人力社保局获悉，专场招聘会将于本周日举行。\n\n"
        "时间：4月20日 9:00—12:00\n\n地点：南岸区人力资源市场\n\n"
        "咨询电话：023-62891234\n\n"
        "区人力社保局提醒，求职者请携带个人简历。\n\n（记者 黄瑶）\n"
    )
    (story,) = page.stories
    assert story.headline.startswith("弹子石老街夜集开市")
    assert [it.heading for it in story.items] == [
        "弹子石老街夜集开市", "迎龙镇月季进入盛花期", "专场招聘会本周日举行"]
    assert any(p.startswith("咨询电话") for p in story.items[2].paragraphs)


def test_a_portal_lists_entry_opened_in_place_titles_the_article_under_it():
    page = seg(
        "我知道了　　　　今日不再提示\n"
        "重庆市大渡口区人民政府\n"
        "站内搜索　　　　　　　　搜　索　　高级搜索\n"
        "当前位置：首页　>　政务公开　>　工作动态\n"
        "·[图文]区领导督导检查重点企业复工复产　　　　　　　　2020-03-11\n"
        "·我区各镇街助力企业复工复产　　　　　　　　　　　　2020-03-11\n"
        "发布时间：2020-03-11 17:20　　来源：区经济信息委　　浏览次数：128\n"
        "　　连日来，大渡口区各镇街组建驻企服务专班，帮助企业解决复工复产中的难题。\n"
        "　　跳磴镇为辖区87家重点企业各派驻1名联络员，每天上门了解企业需求。\n"
        "【收起 ↑】\n"
        "·区交通局恢复开行区内12条公交线路　　　　　　　　　2020-03-10\n"
    )
    (story,) = page.stories
    assert story.headline == "我区各镇街助力企业复工复产"
    assert story.paragraphs[0].startswith("连日来")
    for chrome in ("我知道了　　　　今日不再提示", "【收起 ↑】"):
        assert chrome in page.noise


def test_a_posts_poem_under_its_audio_card_is_verse_and_its_reader_no_writer():
    page = seg(
        "几江潮丨春天来了（总第312期）\n\n"
        "【散文】\n父亲的磨刀石\n文｜罗继平\n[音频]　父亲的磨刀石　来自几江副刊　05:27\n"
        "朗读｜冯　宇（江津区融媒体中心主播）\n\n"
        "老屋的屋檐下，至今还放着父亲的那块磨刀石。那是一块青灰色的砂石，一尺来长。\n\n"
        "磨刀石不会说话，可它记得一个庄稼人一辈子的日子。\n\n"
        "【诗歌】\n油菜花开（外一首）\n◎周　宁\n[音频]　油菜花开　来自几江副刊　02:46\n朗读｜作者\n\n"
        "三月把一块黄绸子\n铺在了吴滩的坝子上\n风一吹\n整条街都闻得到香\n\n"
        "蜜蜂是最早的客人\n它们不问路\n只顺着花香\n\n"
        "吴滩的黄昏\n\n"
        "老街的石板\n把白天的脚步声\n一块一块收好\n\n"
        "茶馆里的竹椅\n还留着一个人的温度\n\n"
        "【小小说】\n渡口\n□向远帆\n\n"
        "江边的渡口只剩下一条船了。老艄公守着这条船，守了四十年。\n\n"
        "编辑：邱　月\n终审｜龚　平\n"
    )
    assert [s.headline for s in page.stories] == ["父亲的磨刀石", "油菜花开（外一首）", "渡口"]
    assert [s.reporters for s in page.stories] == [("罗继平",), ("周宁",), ("向远帆",)]
    poem = page.stories[1]
    assert poem.paragraphs[0] == "三月把一块黄绸子"
    assert "朗读｜冯　宇（江津区融媒体中心主播）" in page.noise


def test_a_bilingual_pages_english_paragraphs_are_its_text_and_its_translator_no_head():
    page = seg(
        "江津至河内跨境班列首发\n\n"
        "6月6日上午，一列满载摩托车配件和花椒的跨境班列从珞璜港驶出，开往越南河内。\n"
        "On the morning of June 6, a cross-border train loaded with motorcycle parts and Sichuan "
        "pepper pulled out of Luohuang Port, bound for Hanoi, Vietnam.\n"
        "据了解，珞璜港今年以来已开行各类国际班列300余列。\n"
        "Luohuang Port has run more than 300 international trains so far this year. The service "
        "is planned to run twice a week.\n"
        "（翻译：王小雨　Translated by Wang Xiaoyu）\n\n"
        "Notice: The content above is uploaded and posted by a user of a platform, which only "
        "provides information storage services.\n"
    )
    (story,) = page.stories
    assert story.headline == "江津至河内跨境班列首发"
    assert story.paragraphs[-1].endswith("twice a week.")
    text = "\n".join(story.paragraphs)
    assert "On the morning of June 6" in text and "据了解" in text
    assert "Notice" not in text and "翻译" not in text


def test_a_sites_icon_font_toolbar_and_share_pop_up_are_chrome_around_its_article():
    page = seg(
        "\ue605\u3000请输入关键字\n"
        "\ue6b0\u3000当前位置：首页 > 黔江新闻 > 乡镇街道\n\n"
        "石会镇秋蚕喜获丰收　蚕农“钱袋子”鼓起来\n\n"
        "\ue6a8 2020-09-16 10:26\u3000\u3000\u3000\ue62b 黔江区融媒体中心\u3000\u3000\u3000"
        "\ue64f 作者：何玲\u3000任俊杰\u3000\u3000\u3000\ue6b1 1826\n"
        "阅读 5762　　　全文约1500字，阅读约需4分钟\n点赞\n128\n收藏\n\n"
        "本网讯（融媒体记者　何玲　通讯员　任俊杰）9月15日一早，石会镇中元村的蚕桑示范基地里，蚕农正忙着采茧。\n\n"
        "石会镇是黔江区的蚕桑大镇，全镇桑园面积达1.6万亩。\n\n"
        "打开微信，点击底部的“发现”，\n使用“扫一扫”即可将网页分享至朋友圈。\n\n"
        "\ue63a\u3000纠错\u3000\u3000\ue63b\u3000打印\u3000\u3000\ue63c\u3000关闭\n\ue6a0\n"
    )
    (story,) = page.stories
    assert story.headline == "石会镇秋蚕喜获丰收　蚕农“钱袋子”鼓起来"
    assert story.reporters == ("何玲", "任俊杰")
    assert story.paragraphs[0].startswith("9月15日一早") and len(story.paragraphs) == 2
    assert {"点赞", "128", "使用“扫一扫”即可将网页分享至朋友圈。"} <= set(page.noise)


def test_a_jump_glued_to_a_headline_is_where_the_story_goes_on_from_and_a_picture_prompt_chrome():
    page = seg(
        "璧山高新区：抢抓订单稳产能（上接1版）\n"
        "动力电池、智能装备等新兴产业订单饱满，园区不少企业开足马力生产。\n"
        "（记者　龙　浩）\n\n"
        "秀湖公园桂花开了\n[图片]\n点击查看大图\n"
        "9月16日，秀湖公园内的桂花次第开放，香气沁人心脾，吸引不少市民前来赏花。\n"
        "记者　王　丹　摄\n"
    )
    assert [s.headline for s in page.stories] == ["璧山高新区：抢抓订单稳产能", "秀湖公园桂花开了"]
    assert page.stories[0].continued_from == "1"
    assert "点击查看大图" in page.noise


def test_a_menu_saved_as_a_list_one_entry_a_line_is_chrome_whatever_its_lengths():
    menu = "".join(f"  * {entry}\n" for entry in
                   ("首页", "涪陵新闻", "乡镇街道", "部门动态", "图片新闻", "视频新闻", "专题报道"))
    page = seg(
        "  * 设为首页\n  * 加入收藏\n  * 联系我们\n\n" + menu + "\n"
        "珍溪镇4.2万亩青菜头开砍\n\n"
        "本网讯（记者　陈晓勤）2月11日，记者在珍溪镇杉树村看到，村民们弯着腰挥刀砍菜。\n\n"
        "友情链接\n  * 中国涪陵网\n  * 华龙网\n"
    )
    assert [s.headline for s in page.stories] == ["珍溪镇4.2万亩青菜头开砍"]
    assert {"加入收藏", "涪陵新闻", "专题报道"} <= set(page.noise)


def test_a_shows_information_box_stays_in_its_story():
    page = seg(
        "原创话剧《吊脚楼下》下周首演\n"
        "　　本报讯（记者　林　静）记者昨日获悉，原\n创方言话剧《吊脚楼下》将于4月21日首演。\n"
        "　　导演范立群介绍，舞台上搭建了一座两层\n高的吊脚楼实景，“观众坐在台下，就像坐在\n"
        "老街的茶馆里看街坊邻居过日子。”\n"
        "演出信息\n"
        "主演：肖　红（饰刘幺妹）　梁建国（饰“老棒棒”蒋三）\n"
        "　　　邓小可（饰茶馆老板吴大娘）\n"
        "时间：4月21日—24日　19:30\n"
        "地点：国泰艺术中心大剧场\n"
    )
    (story,) = page.stories
    assert story.headline == "原创话剧《吊脚楼下》下周首演"
    assert story.paragraphs[-1].startswith("地点：国泰艺术中心")


def test_a_meeting_headline_cut_after_what_the_body_did_and_an_apps_buttons():
    page = seg(
        "区十七届人大常委会举行\n第三十二次会议\n"
        "　　本报讯（记者　刘　洋）11月8日，区十七届人大常委会举行第三十二次会议，审议有关报告。\n\n"
        "压紧压实责任　确保安全度汛\n"
        "作者：冯雪梅　　来源：铜梁日报\n"
        "听全文　04:06\n\n"
        "本报讯（记者　冯雪梅）6月20日，区委书记何国梁到安居镇检查防汛备汛工作。\n\n"
        "👍 36　　　评论　　　分享\n— 已经到底了 —\n"
    )
    assert [s.headline for s in page.stories] == ["区十七届人大常委会举行第三十二次会议",
                                                  "压紧压实责任　确保安全度汛"]
    assert page.stories[1].paragraphs[0].startswith("6月20日")
    assert {"听全文　04:06", "— 已经到底了 —"} <= set(page.noise)


def test_a_dashed_deck_over_its_headline_is_the_subtitle():
    page = seg(
        "——总投资52亿元，涵盖智能制造、城市更新等领域\n"
        "我县15个重大项目集中开工\n"
        "　　本报讯（记者　王　磊）3月8日上午，全县重大项目集中开工活动在工业园区举行。\n\n"
        "－－－－－－✂－－－沿此线剪下－－－－－－\n"
        "春耕备耕正当时\n"
        "　　本报讯　连日来，各镇街抢抓农时开展春耕。\n"
    )
    lead, second = page.stories
    assert (lead.headline, lead.kicker) == ("我县15个重大项目集中开工", None)
    assert lead.subtitle == "总投资52亿元，涵盖智能制造、城市更新等领域"
    assert (second.kicker, second.subtitle) == (None, None)


def test_a_head_under_a_jump_to_another_page_opens_the_next_story():
    page = seg(
        "江津花椒进入采收季\n\n"
        "    本报讯（记者　邓亚琳）6月10日，先锋镇椒农开始采收鲜椒。\n\n"
        "    据了解，区里还组织了200余支采摘服务队，（转A08版）\n\n"
        "大足石刻迎来研学旅游高峰\n\n"
        "    进入6月，大足石刻景区迎来研学旅游高峰，每天接待研学团队50余个。\n"
    )
    assert [s.headline for s in page.stories] == ["江津花椒进入采收季", "大足石刻迎来研学旅游高峰"]
    assert page.stories[0].continued_to == "A08"


def test_a_contents_box_longer_than_a_box_keeps_every_entry_under_its_page():
    entries = "".join(f"▶0{n}版·{name}\n某某工作取得新进展之{n}\n"
                      for n, name in zip(range(2, 8), ("要闻", "综合", "民生", "文化", "体育",
                                                       "副刊"), strict=True))
    page = seg(
        "我区举办农民丰收节庆祝活动\n"
        "　　本报讯（记者　何佳音）9月22日，庆祝活动在龙市镇举行。（下转第2版）\n"
        "今日导读\n" + entries + "\n"
        "合川桃片入选“重庆老字号”\n"
        "　　本报讯（记者　杨　帆）9月19日，市商务委公布新一批名单。\n"
    )
    assert [s.headline for s in page.stories] == ["我区举办农民丰收节庆祝活动",
                                                  "合川桃片入选“重庆老字号”"]
    assert {"07版·副刊", "某某工作取得新进展之7"} <= set(page.noise)


def test_an_agenda_deck_under_a_meeting_headline():
    # ('研究城乡…': 城乡 is no town ending in 乡, which would make the deck a place's news)
    page = seg(
        "县政府召开第二十七次常务会议\n研究城乡居民大病保险和农村公路养护等工作\n"
        "　　本报讯（记者　李　娜）5月13日，县长主持召开县政府常务会议。\n"
    )
    assert (page.stories[0].headline, page.stories[0].kicker) == ("县政府召开第二十七次常务会议",
                                                                  None)
    page = seg(
        "## 县委常委会召开会议\n\n## 研究部署抗旱救灾和有序用电工作\n\n"
        "本报讯（记者 田野）8月21日，县委常委会召开会议。\n\n## 乡土记忆\n\n## 母亲的红薯窖\n\n"
        "每年冬天，母亲都要把红薯下到窖里。\n", "page.md")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("县委常委会召开会议", "研究部署抗旱救灾和有序用电工作"), ("母亲的红薯窖", None)]


def test_a_news_readers_day_stamp_a_hosts_buttons_and_an_offices_pictures_are_furniture():
    page = seg(
        "江津日报 [Fri, 15 Mar 2019]\n\n"
        "收藏　　分享　　举报　　　　下载所需：5豆元　　立即下载\n\n"
        "春到四面山\n\n文/李　明\n\n三月的四面山，满山的杜鹃开了。\n\n"
        "本版图片由县教委提供\n"
    )
    assert [s.headline for s in page.stories] == ["春到四面山"]
    assert {"江津日报 [Fri, 15 Mar 2019]", "本版图片由县教委提供"} <= set(page.noise)
    assert page.stories[0].photographers == ()


def test_punctuation_an_ocr_hung_at_the_next_lines_start_goes_back():
    page = seg(
        "长寿化工园区再添新项目\n"
        "　　本报讯（记者　陈　静）长寿化工园区今年的\n"
        "目标是“新签项目投资突破50亿元，把园区建\n"
        "成长江上游规模最大的天然气化工基地\n"
        "。”　　本报讯（通讯员　赵长林\n"
        "）今年，綦江县把农村公路建设作为为民办实事\n"
        "的头号工程，计划新建和改造乡村公路320公\n"
        "里，截至4月上旬已完工86公里，完成全年任\n"
        "务的四分之一以上，进度比去年同期快近一倍\n"
        "。\n"
    )
    first, second = page.stories
    assert first.paragraphs[-1].endswith("天然气化工基地。”")
    assert second.reporters == ("赵长林",)
    assert second.paragraphs[0].startswith("今年，綦江县")


def test_a_vote_lists_entries_numbered_no_are_its_items():
    entries = "".join(
        f"NO.{n}　{place}\n　　{text}\n　　得票：{votes}\n\n" for n, place, text, votes in (
            (1, "开县满月乡马营村", "高山草场上，百年土墙老屋和红豆杉林相依相伴。", "318,452"),
            (2, "武隆县仙女山镇石梁子村", "推窗见林海，出门是草原，村民办起农家乐。", "296,107"),
            (3, "石柱县黄水镇万胜坝村", "黄连飘香，土家吊脚楼沿溪错落。", "271,935")))
    page = seg("2014重庆“十大最美乡村”榜单\n排名依据网络得票数，统计截至12月15日24时\n" + entries)
    (story,) = page.stories
    assert story.headline == "2014重庆“十大最美乡村”榜单"
    assert [i.heading for i in story.items] == [
        "NO.1　开县满月乡马营村", "NO.2　武隆县仙女山镇石梁子村", "NO.3　石柱县黄水镇万胜坝村"]


def test_a_section_pages_listed_titles_with_cut_summaries_are_its_contents():
    page = seg(
        "  * 白沙老茶馆\n\n    文/钟敏 白沙镇东华街的老茶馆，开了快七十年了。门脸不大……\n\n"
        "  * 米花糖的甜\n\n    陈家齐 江津人过年，桌上少不了一盘米花糖。小时候……\n\n"
        "白沙老茶馆\n\n文/钟敏\n\n白沙镇东华街的老茶馆，开了快七十年了。门脸不大，木门斑驳。\n\n"
        "米花糖的甜\n\n陈家齐\n\n江津人过年，桌上少不了一盘米花糖。小时候最盼的就是腊月。\n"
    )
    assert [s.headline for s in page.stories] == ["白沙老茶馆", "米花糖的甜"]
    assert page.stories[0].paragraphs == ("白沙镇东华街的老茶馆，开了快七十年了。门脸不大，木门斑驳。",)


def test_numbered_profiles_titled_by_their_names_are_items_and_a_slogan_ad_is_furniture():
    cards = "".join(f"0{n}\n\n{name}：{phrase}\n\n{name}\n\n{text}\n\n" for n, name, phrase, text in (
        (1, "冉秋菊", "背篓里背出一所村小", "今年51岁的冉秋菊，1990年回到家乡任教，一教就是26年。"),
        (2, "石光荣", "一个人的“全科”学校", "可大乡七星教学点负责人石光荣，也是这里唯一的老师。"),
        (3, "何美英", "留守娃的“何妈妈”", "何美英所在的学校，留守儿童比例最高，她办起了周末课堂。")))
    page = seg(
        "他们，是大山里最亮的那盏灯\n\n"
        "本版选登其中3位的故事，向所有坚守在乡村讲台上的老师们致敬。\n\n" + cards +
        "（本报记者　白　露　整理）\n\n尊师重教　从我做起\n酉阳县精神文明建设委员会办公室　宣\n"
    )
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "冉秋菊：背篓里背出一所村小", "石光荣：一个人的“全科”学校", "何美英：留守娃的“何妈妈”"]
    assert {"01", "尊师重教　从我做起"} <= set(page.noise)


def test_a_notices_issuer_and_day_flush_under_its_text_sign_it():
    page = seg(
        "## 2022年9月县领导公开接访安排\n\n"
        "为进一步畅通群众诉求表达渠道，现将9月县领导公开接访安排公告如下。\n\n"
        "群众也可拨打县信访办电话反映诉求。\n\n县信访办 2022年8月22日\n\n"
        "## 县人大常委会视察农贸市场\n\n"
        "本报讯（记者 田野）8月19日，县人大常委会视察城区农贸市场改造工作。\n", "page.md")
    assert [s.headline for s in page.stories] == ["2022年9月县领导公开接访安排", "县人大常委会视察农贸市场"]
    assert page.stories[0].date == "2022-08-22"


def test_a_part_carried_over_from_another_page_is_dated_by_the_day_before_it_names():
    page = seg(
        "重庆日报　2014年9月17日　星期三\n\n"
        "我市今年第三批重大项目集中开工\n（上接1版）\n"
        "　　产业发展和社会民生三大类，其中基础设施项目22个。\n"
        "　　“第四季度是施工的黄金期。”昨日的开工仪式上，市发展改革委负责人说。\n"
    )
    (story,) = page.stories
    assert (story.continued_from, story.date) == ("1", "2014-09-16")
    page = seg(
        "重庆日报　2014年9月17日　星期三\n\n"
        "石刻景区迎来研学高峰\n（上接1版）\n"
        "　　景区目前日均接待研学团队50余个，比去年同期增长三成。\n"
    )
    assert page.stories[0].date is None  # ('目前日均': no day before the page)


def test_markdown_headings_written_with_no_space_after_their_marks():
    page = seg(
        "###区委常委会召开会议\n\n#认真学习领会党的二十大报告精神\n\n杜明远主持并讲话\n\n"
        "本报讯(记者 李想)10月24日,区委常委会召开会议。\n\n"
        "##区政府召开第二十八次常务会议\n\n本报讯(记者 王丹)10月25日,区政府召开常务会议。\n\n"
        "#城口影像\n", "page.md")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("区委常委会召开会议", "认真学习领会党的二十大报告精神"),
        (None, "区政府召开第二十八次常务会议")]


def test_a_voices_lead_set_as_a_heading_opens_an_item_as_its_bold_neighbours_do():
    page = seg(
        "## 代表委员话开局\n\n1月28日，市两会进入第三天。代表委员们畅谈新一年的打算。\n\n"
        "**市人大代表、酉阳县县长冉光荣：**\n\n#### 让山里的好东西走出大山\n\n"
        "今年，酉阳将继续抓好茶叶、油茶、青花椒三大产业。\n\n"
        "### 市人大代表、万州区五桥街道百安社区党委书记谭明会：\n\n**把群众的小事当成大事**\n\n"
        "社区里老年人多，大家最盼的是加装电梯。\n\n（本报记者　曹　霁　整理）\n", "page.md")
    (story,) = page.stories
    assert [i.lead for i in story.items] == ["市人大代表、酉阳县县长冉光荣：",
                                             "市人大代表、万州区五桥街道百安社区党委书记谭明会："]


def test_the_people_a_caption_names_one_a_line_after_their_order_join_the_caption():
    page = seg(
        "## 履职尽责　不负重托\n\n![](images/a.jpg)\n\n"
        "1月9日上午，临江镇代表组的区人大代表在会场外合影。\n\n（从左至右）\n\n熊永福\n\n谢　瑶\n\n"
        "邓家明\n\n融媒体记者　陈俊杰　摄\n\n本次大会的代表中，来自工人、农民的代表占比超过一半。\n\n"
        "代表们带来了200余条“民情清单”。\n", "page.md")
    (story,) = page.stories
    assert story.captions == ("1月9日上午，临江镇代表组的区人大代表在会场外合影。（从左至右）熊永福、谢瑶、邓家明",)
    assert story.paragraphs[0].startswith("本次大会的代表中")
    assert story.photographers == ("陈俊杰",)


def test_a_roundups_part_signed_on_its_own_leaves_the_next_part_an_item():
    page = seg(
        "# 同心奋进新征程　凝心聚力建新功\n\n本报记者　何　璐\n\n"
        "党的二十大胜利闭幕后，我市各民主党派市委会第一时间组织学习。\n\n"
        "## 民革重庆市委\n\n10月24日，民革重庆市委会召开全委（扩大）会议。\n\n（通讯员　袁　宁）\n\n"
        "## 民盟重庆市委\n\n10月25日，民盟重庆市委会举行理论学习中心组学习会。\n\n"
        "# 市委统战部举办专题宣讲报告会\n\n本报讯（记者　韩　雪）10月27日，市委统战部举办报告会。\n",
        "page.md")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("同心奋进新征程　凝心聚力建新功", ["民革重庆市委", "民盟重庆市委"]),
        ("市委统战部举办专题宣讲报告会", [])]
    assert page.stories[0].items[0].reporters == ("袁宁",)


def test_a_headline_set_as_two_equal_headings_is_one_and_a_genre_over_a_title_is_not():
    page = seg(
        "### 市人大代表分组审议政府工作报告侧记\n\n## 稳住基本盘\n\n## 跑出加速度\n\n"
        "——代表们热议经济工作\n\n1月28日，代表们分组审议政府工作报告。\n\n"
        "# 小小说\n\n# 一筐橘子\n\n■吴 敏\n\n白沙镇逢场天，老秦天不亮就挑着两筐橘子上了街。\n",
        "page.md")
    assert [s.headline for s in page.stories] == ["稳住基本盘　跑出加速度", "一筐橘子"]


def test_the_post_under_a_portraits_name_is_the_caption_not_a_headline():
    cards = "".join(f"{place}\n[图片]\n{name}\n{post}\n“{quote}”\n{text}\n\n" for place, name, post, quote, text in (
        ("涪陵区", "周立群", "涪陵区委书记", "全会精神要落到实处。", "11月12日，涪陵区委常委会召开会议，传达学习全会精神。"),
        ("江津区", "黄家俊", "江津区委副书记、区长", "越是接近目标，越要坚定信心。", "11月12日下午，江津区政府党组召开会议学习全会精神。"),
        ("梁平区", "刘思远", "梁平区委常委、宣传部部长", "百年党史是最好的教科书。", "11月13日，梁平区召开全区宣传思想文化系统学习会。")))
    page = seg("区县热议丨学好用好全会精神　奋进新的赶考之路\n\n" + cards)
    (story,) = page.stories
    assert [i.heading for i in story.items] == ["涪陵区", "江津区", "梁平区"]
    assert "黄家俊　江津区委副书记、区长" in story.captions


def test_interviews_under_a_summarised_headline_are_its_items_and_a_box_after_them_is_not():
    parts = "".join(
        f"### {head}\n\n——访{who}\n\n{text}\n\n**记者：** 今年有哪些目标？\n\n（本报记者 邱 实）\n\n"
        for head, who, text in (
            ("潼南：当好川渝合作“桥头堡”", "潼南区委书记邓国梁", "2月16日，潼南高新区内企业调试生产线。"),
            ("江津：在泸永江融合发展中挑大梁", "江津区委书记温可为", "2月17日，江津珞璜港码头桥吊穿梭。")))
    page = seg(
        "# 唱好“双城记” 建强经济圈\n\n**核心提示**\n\n各区县如何发力？记者采访了几位区委书记。\n\n"
        + parts + "* * *\n\n#### 数读\n\n### 三区2022年川渝合作成绩单\n\n"
        "  * 潼南：与遂宁共同实施合作项目46个\n  * 江津：集装箱12.6万标箱\n", "page.md")
    story = page.stories[0]
    assert [(i.heading, i.lead) for i in story.items] == [
        ("潼南：当好川渝合作“桥头堡”", "访潼南区委书记邓国梁"),
        ("江津：在泸永江融合发展中挑大梁", "访江津区委书记温可为")]
    assert [s.headline for s in page.stories][1:] == ["三区2022年川渝合作成绩单"]


def test_a_line_that_carries_its_own_deck_heads_under_a_series_name():
    page = seg(
        "区县委书记谈全会精神\n北碚：在新起点上建好“科教之城”——访北碚区委书记柯文骏\n"
        "新重庆-重庆日报记者　顾　然\n"
        "12月9日，北碚区召开区委全会，传达学习市委全会精神。\n"
    )
    (story,) = page.stories
    assert (story.headline, story.subtitle) == ("北碚：在新起点上建好“科教之城”", "访北碚区委书记柯文骏")
