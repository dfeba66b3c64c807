"""The segmenter's rule tables: every line rule and every grouping decision on its example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cqnews_site.analyse import layout, lines, records, segmenter, web_passes
from cqnews_site.inputs import reader
from cqnews_site.model import dates
from cqnews_site.model.records import Story


def trace(example: str) -> segmenter.Trace:
    """Segment a one-line example whose page lines are separated by ' / '."""
    text = "\n\n".join(example.split(" / ")) + "\n"
    source, problems = reader.read_bytes(text.encode("utf-8"), "example.txt")
    assert source is not None, problems
    return segmenter.trace(source)


def test_rule_names_are_unique_and_documented():
    names = [rule.name for rule in lines.RULES]
    assert len(names) == len(set(names))
    assert all(rule.example for rule in lines.RULES)
    assert lines.RULES[-1].name == "body"  # the fallback matches every line
    decisions = [d.name for d in (*layout.HEAD_DECISIONS, *layout.LINE_DECISIONS)]
    assert len(decisions) == len(set(decisions))


@pytest.mark.parametrize("rule", lines.RULES, ids=lambda r: r.name)
def test_every_line_rule_decides_its_own_example(rule):
    line = lines.classify(1, rule.example)
    assert (line.rule, line.kind) == (rule.name, rule.kind), line


@pytest.mark.parametrize(
    "decision", [*layout.HEAD_DECISIONS, *layout.LINE_DECISIONS], ids=lambda d: d.name
)
def test_every_grouping_decision_is_taken_on_its_example(decision):
    result = trace(decision.example)
    assert decision.name in [name for _, name in result.decisions], result.decisions


def test_spaced_out_names_in_credits_are_joined():
    assert lines.join_spaced_names("记者 杨 帆 摄") == "记者 杨帆 摄"
    assert lines.join_spaced_names("融媒体中心记者 石晓芸 冉 茜") == "融媒体中心记者 石晓芸 冉茜"
    assert lines.people_in_credit("融媒体中心记者 石晓芸 冉 茜") == ("石晓芸", "冉茜")
    assert lines.people_in_credit("南川区融媒体中心") == ()


def test_a_rule_name_travels_with_the_line():
    line = lines.classify(7, "当前位置：首页 > 新闻中心 > 区县动态")
    assert (line.number, line.kind, line.rule) == (7, lines.Kind.NOISE, "web-chrome")
    assert lines.classify(1, "任免名单").kind is lines.Kind.HEADLIKE  # 任 is a surname too


def test_furniture_rules_leave_look_alike_headlines_alone():
    kinds = {text: lines.classify(1, text).kind for text in (
        "高温持续 最高气温将达40℃",  # a temperature, not a weather box
        "每个星期天都来做志愿者",  # a weekday, not a folio date
        "| 指标 | 2023年 | 2024年 |",  # a table row, not a site menu
    )}
    assert lines.Kind.NOISE not in kinds.values(), kinds
    assert lines.classify(1, "后天 多云 23℃~31℃").rule == "weather"
    assert lines.classify(1, "二〇二四年八月二十七日  星期二").rule == "masthead"


def test_every_line_kind_has_a_grouping_handler():
    assert set(layout.HANDLERS) == set(lines.Kind)
    assert all(callable(getattr(layout.Builder, name)) for name in layout.HANDLERS.values())
    assert {rule.kind for rule in lines.RULES} == set(lines.Kind)  # every kind can be decided


@pytest.mark.parametrize(("text", "rule"), [
    ("▲ 我区召开防汛工作会议（详见第2版）", "teaser"),
    ("夏收夏种进度过半 →3版", "teaser"),
    ("总第5123期  本期8版", "masthead"),
    ("社址：某某路1号  邮发代号：77-1  定价：1.50元", "masthead"),
    ("首頁 | 政務公開 | 互動交流", "web-chrome"),
    ("〈上一版　　下一版〉", "web-chrome"),
    ("2021/9/24 上午10:06", "web-chrome"),
    ("▶ 听本文　02:18", "web-chrome"),
    ("上游新闻·重庆晨报记者　谭　杰　摄", "photo-credit"),  # the app's name before the paper's
    ("●直播中　　1.9万人看过", "web-chrome"),
    ("简介　　　　图文直播　　　　聊天(356)", "web-chrome"),
    ("倒序 ▼　｜　正序", "web-chrome"),
    ("版次：第2版　综合新闻", "masthead"),
    ("打开APP　阅读体验更佳", "web-chrome"),  # an app's banner over its article
    ("分享　　收藏　　字号", "web-chrome"),  # an app reader's toolbar after each article
    ("[^2]: 录入者注：原文“力争年内”四字在纸本折痕处", "copy-note"),  # a Markdown footnote
    ("南川日报第02版版面图", "web-chrome"),  # the page plan's picture, by its text
    ("保存时间：2023/4/19 上午9:12:07", "web-chrome"),  # a clipper's note of when it saved
    ("九龙坡报数字报-第03版：城区·民生", "web-chrome"),  # the e-paper's tab title
    ("👍 326　　　　　💬 18　　　　　↗ 分享", "web-chrome"),  # an article's reactions bar
    ("上游新闻APP｜重庆人都在看的身边事　　　去看看 >", "web-chrome"),  # an app's banner
    ("【第02版：时政】", "web-chrome"),  # an e-paper article's tag of its page
    ("相关附件：无", "web-chrome"),  # its empty attachments field
    ("↑↑↑点击蓝字  关注荣昌发布", "web-chrome"),  # a post's follow prompt with arrows before it
])
def test_more_furniture_shapes(text, rule):
    assert lines.classify(1, text).rule == rule


def segment(text: str, name: str = "made-up.txt", is_markdown: bool = False) -> segmenter.Page:
    source, problems = reader.read_bytes(text.encode("utf-8"), name, is_markdown)
    assert source is not None, problems
    return segmenter.segment(source)


def test_a_place_and_topic_line_is_a_headline_but_a_repeated_label_is_not():
    page = segment("巴南：花木搭上数字快车\n\n4月16日，苗圃里工人正装车。\n\n"
                   "区县目标：力争增长7%\n\n行动计划：\n\n推进项目建设。\n\n"
                   "区县目标：建成中等城市\n\n来信地址：区委组织部干部监督科\n")
    assert [s.headline for s in page.stories] == ["巴南：花木搭上数字快车"]
    assert "来信地址" in page.stories[0].full_text  # a form field, not a headline


def test_a_headline_may_open_with_a_quoted_word_but_cut_off_speech_is_text():
    assert lines.classify(1, "“村晚”火了，乡村文化更要“活”起来").kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "“我们一定把路修好，让乡亲").kind is lines.Kind.BODY


@pytest.mark.parametrize(("text", "rule"), [
    ("您现在的位置：首页 > 新闻动态 > 区县要闻", "web-chrome"),
    ("栏目：首页 > 政务公开 > 通知公告", "web-chrome"),
    ("2. 岗位需求汇总表.pdf", "web-chrome"),
    ("附件：", "web-chrome"),
    ("版权所有：某区人民政府办公室  渝ICP备05000000号", "web-chrome"),
    # a PDF viewer's toolbars over an attachment shown in the page
    ("切换侧栏　查找　上一页　下一页　2　/ 5", "web-chrome"),
    ("缩小　放大　自动缩放 实际大小 适合页宽 50% 100% 200%", "web-chrome"),
    ("演示模式　打开　打印　下载　当前视图", "web-chrome"),
    ("某区文化和旅游发展委员会  宣", "advert"),
    ("今日导读", "box-label"),
    ("（作者单位：中共重庆市委党校）", "author-note"),
    # a news app's share page: its banner between paragraphs, its reads and likes, its notice
    ("下载新重庆APP，看更多身边暖心事　　立即打开 >", "web-chrome"),
    ("本文阅读量　3.6万", "web-chrome"),
    ("打开今日头条，阅读体验更佳　　打开", "web-chrome"),
    ("打开今日头条，查看全文", "web-chrome"),
    # a channel's list page: its tabs over the count, each entry's link and action bar
    ("全部　　街道　　镇　　　　共 1268 条", "web-chrome"),
    ("阅读全文 >", "web-chrome"),
    ("☆ 收藏　　↗ 分享　　评论(0)", "web-chrome"),
    # a clipper's note of where and when it clipped the page
    ("剪藏自：https://www.kzw.cn/tskz/202209/t20220908_361847.html", "copy-note"),
    ("剪藏时间：2022-09-10 21:06　　由「简悦」阅读模式生成", "copy-note"),
    # a library script's output: the PDF's information over its text
    ("Subject:        法治", "web-chrome"),
    ("Keywords:", "web-chrome"),
    # a typist's mark of the column typed from
    ("＜左栏＞", "copy-note"),
    # a post's account, day and place under its title, an arrow pointing at its text
    ("秀山发布　2022-08-18 21:06　发表于重庆", "web-chrome"),
    ("▼", "web-chrome"),
    # (a copy guard's line after each pasted article)
    ("详细出处参考：http://szb.qjrb.cn/html/2012-11/20/content_83315.htm", "web-chrome"),
    ("👍 1286　　　　⭐ 收藏　　　　↗ 分享", "web-chrome"),
    ("版权声明：本文为新重庆客户端原创稿件，未经授权，任何媒体和个人不得转载、摘编或以其他方式使用。",
     "page-notice"),
])
def test_furniture_of_unseen_layouts(text, rule):
    assert lines.classify(1, text).rule == rule


def test_credits_of_unseen_layouts():
    credit = lines.classify(1, "（本报记者 郑 渝 摄影报道）")
    assert (credit.kind, credit.names, credit.with_photos) == (lines.Kind.CREDIT, ("郑渝",), True)
    assert lines.classify(1, "（记者 谭 芳 报道）").names == ("谭芳",)
    assert lines.classify(1, "□ 王 辉").names == ("王辉",)
    assert lines.classify(1, "■ 江北区").kind is lines.Kind.RUBRIC  # a place, not a writer
    topic = lines.classify(1, "◆铜梁：龙灯彩扎非遗工坊开张")
    assert (topic.kind, topic.text) == (lines.Kind.RUBRIC, "铜梁：龙灯彩扎非遗工坊开张")


def test_a_commentary_is_signed_above_and_closed_by_its_author_note():
    page = segment("两江观察\n\n让乡村文化活起来\n\n□ 王 辉\n\n入秋以来，村晚又热闹起来。\n\n"
                   "（作者系某大学副教授）\n\n短评\n\n让服务更暖心\n\n黎 阳\n\n"
                   "9月10日，服务中心投用。\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        ("两江观察", "让乡村文化活起来", ("王辉",)),
        ("短评", "让服务更暖心", ("黎阳",)),
    ]


def test_titled_briefs_under_a_briefs_rubric_take_this_months_dates():
    page = segment("某县报  2024年5月20日  星期一\n\n简讯\n\n▲县政协召开协商会\n\n"
                   "本月12日，县政协召开协商会。（记者 马 骏）\n\n▲全县启动隐患排查\n\n"
                   "5月16日起，全县开展排查。\n")
    assert [(s.headline, s.section, s.date) for s in page.stories] == [
        ("县政协召开协商会", "简讯", "2024-05-12"),
        ("全县启动隐患排查", "简讯", "2024-05-16"),
    ]


def test_a_web_pages_info_line_names_the_writer_not_the_editor():
    page = segment("某区举办招聘会\n\n来源：区融媒体中心  作者：李 梅  编辑：张 丽  "
                   "发布时间：2025-03-08 10:25\n\n3月7日，招聘会举行。\n")
    assert (page.stories[0].reporters, page.stories[0].date) == (("李梅",), "2025-03-07")


def test_a_congratulation_flag_above_a_headline_is_the_pages_banner():
    page = segment("热烈庆祝某景区获评国家5A级旅游景区\n\n钓鱼城：千年古战场焕发新活力\n\n"
                   "登上护国门，三江汇流尽收眼底。\n")
    assert (page.banner, page.stories[0].headline) == (
        "热烈庆祝某景区获评国家5A级旅游景区", "钓鱼城：千年古战场焕发新活力")


@pytest.mark.parametrize(("text", "rule"), [
    ("【人物名片】", "box-label"),
    ("原标题：《某区这些小区要加装电梯》", "web-chrome"),
    ("点击上方蓝字关注我们", "web-chrome"),
    ("阅读原文", "web-chrome"),
    ("END", "web-chrome"),
])
def test_interview_and_social_media_furniture(text, rule):
    assert lines.classify(1, text).rule == rule


def test_credits_with_a_colon_and_runs_of_spaced_names():
    assert lines.classify(1, "记者：赵 敏").names == ("赵敏",)
    assert lines.join_spaced_names("记者 张 帆 王 蕾") == "记者 张帆 王蕾"
    assert lines.join_spaced_names("记者 冉 茜") == "记者 冉茜"


def test_another_agencys_dateline_opens_a_story_with_its_date():
    page = segment("某报  2024年3月6日  星期三\n\n代表热议新质生产力\n\n"
                   "新华社北京3月5日电（记者 张 帆 王 蕾）代表们畅谈体会。（完）\n\n"
                   "两会热词：新能源汽车\n\n中新网重庆3月4日电（记者 刘 贤）新能源汽车成为热词。\n")
    assert [(s.headline, s.date, s.reporters) for s in page.stories] == [
        ("代表热议新质生产力", "2024-03-05", ("张帆", "王蕾")),
        ("两会热词：新能源汽车", "2024-03-04", ("刘贤",)),
    ]


def test_a_link_list_takes_short_titles_but_not_a_paragraph():
    page = segment("某区加装电梯\n\n近日，某区公布名单。\n\n往期推荐\n\n这所学校上榜全国名单！\n\n"
                   "周末去哪儿？老街推出文化市集\n")
    assert page.stories[0].full_text == "近日，某区公布名单。"
    assert "这所学校上榜全国名单！" in page.noise


def test_a_column_ending_makes_a_rubric_of_a_short_line_only():
    page = segment("两江观察\n\n党员干部奋战在抗洪一线\n\n本报讯（记者 张三）7月5日，党员干部连夜转移群众。\n\n"
                   "两会热词：新能源汽车\n\n本报讯（记者 李四）3月4日，新能源汽车成为热词。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("两江观察", "党员干部奋战在抗洪一线"), (None, "两会热词：新能源汽车")]


def test_a_four_line_head_heads_with_the_line_above_its_dashed_deck():
    page = segment("三峡库区·乡村振兴\n\n从“望天收”到“订单田”\n\n一位种粮大户的三次转身\n\n"
                   "——某镇种粮大户的故事\n\n文/图 本报记者 周 川\n\n11月12日清晨，稻田已经收割完毕。\n\n"
                   "农户在田间查看油菜出苗情况。（本报记者 周 川 摄）\n")
    story = page.stories[0]
    assert (story.section, story.kicker, story.headline, story.subtitle) == (
        "三峡库区·乡村振兴", "从“望天收”到“订单田”", "一位种粮大户的三次转身", "某镇种粮大户的故事")
    assert story.captions == ("农户在田间查看油菜出苗情况。",)
    assert (story.reporters, story.photographers) == (("周川",), ("周川",))


def test_an_issuer_and_a_document_title_are_one_headline_signed_and_dated():
    page = segment("某区人民政府\n\n关于某湖水域禁止游泳的通告\n\n为保障群众生命安全，现通告如下：\n\n"
                   "特此通告。\n\n某区人民政府\n\n二〇二四年六月三日\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("某区人民政府关于某湖水域禁止游泳的通告", "2024-06-03")]


def test_a_january_page_dates_a_december_event_in_the_year_before():
    page = segment("某区报  2026年1月2日  星期五\n\n订单创新高\n\n本报讯（记者 谭 静）12月30日，"
                   "记者获悉订单增长。\n\n项目集中开工\n\n本报讯（记者 冉 亮）1月2日，项目开工。\n")
    assert [s.date for s in page.stories] == ["2025-12-30", "2026-01-02"]
    assert dates.before_page("2026-03-01", "2026-02-20") == "2026-03-01"  # near: announced
    assert dates.before_page("2024-12-31", "2024-01-02") == "2023-12-31"
    assert dates.before_page("--12-31", "2024-01-02") == "--12-31"  # no year to move


def test_a_scans_two_readings_inside_a_date_are_read_by_the_first():
    # Two OCR programs' disagreements left side by side ('［甲／乙］'): the first dates the
    # story; the text keeps both for the proofreader.
    page = segment("某县报  1995年6月9日  第2版\n\n培训农民技术员\n\n本报讯（记者 向 红）6月［6／8］日，"
                   "培训班开班。\n\n精粉厂投产\n\n本报讯　6月2［日／曰］，精粉厂建成投产。\n")
    assert [s.date for s in page.stories] == ["1995-06-06", "1995-06-02"]
    assert "6月［6／8］日" in page.stories[0].paragraphs[0]


def test_a_question_headline_above_a_byline_or_dateline_heads_its_story():
    page = segment("今年秋天，去哪儿看红叶？\n\n首席记者 黄 山\n\n每年10月底，是赏红叶的最佳时节。\n\n"
                   "这是为什么？\n\n专家解释说，气温是关键。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("今年秋天，去哪儿看红叶？", ("黄山",))]
    assert "这是为什么？" in page.stories[0].full_text  # a question inside the text stays text


def test_credits_after_the_dateline_without_brackets_or_with_a_report_word():
    page = segment("条例6月1日起施行\n\n本报讯 记者 周 芳 报道：5月15日，记者获悉条例将施行。\n\n"
                   "（区城市管理局 供稿）\n\n夏布小镇迎来研学热\n\n"
                   "本报讯（记者 唐 宁 文/图）7月20日，研学团队走进工坊。\n\n"
                   "龙舟赛开赛\n\n7月19日，龙舟赛开赛。\n\n（记者 钟 静 实习生 毛 毛）\n")
    assert [(s.reporters, s.full_text[:5]) for s in page.stories] == [
        (("周芳",), "5月15日"), (("唐宁",), "7月20日"), (("钟静", "毛毛"), "7月19日")]
    assert "（区城市管理局 供稿）" in page.noise
    assert lines.dateline("本报讯记者从区里获悉:今年")[0] == "本报讯"  # no credit to cut


def test_a_spaced_page_name_and_a_source_date_line_are_furniture():
    assert lines.classify(1, "要  闻").rule == "page-name"
    assert lines.classify(1, "某区人民政府网  2024-07-15").rule == "web-chrome"
    page = segment("# 某区民生实事进展\n\n某区人民政府网  2024-07-15\n\n今年以来，进展顺利。\n\n"
                   "## 一、新建学校5所\n\n新校区已完工。\n\n## 二、新增托位\n\n已新增托位。\n")
    story = page.stories[0]
    assert (page.year, story.items, len(story.subheads)) == (2024, (), 2)


def test_a_dateline_broken_at_the_page_edge_is_the_reports_first_paragraph():
    page = segment("高山萝卜丰收\n\n本报讯（通讯员 冉 静）10月12日，在双河镇木根村的\n"
                   "高山蔬菜基地里，村民们正忙着采收萝卜。\n")
    story = page.stories[0]
    assert (story.headline, story.subtitle, story.reporters) == ("高山萝卜丰收", None, ("冉静",))
    assert story.paragraphs == ("10月12日，在双河镇木根村的高山蔬菜基地里，村民们正忙着采收萝卜。",)


def test_an_e_papers_navigation_is_chrome_and_its_folio_gives_the_page():
    page = segment("某县日报数字报\n2024年10月15日 星期二\n版面导航\n上一版  下一版\n"
                   "第A02版：综合新闻\n放大  缩小  默认\n\n线路开通\n\n本报讯（记者 吴 敏）10月13日，"
                   "线路开通。\n\n【字号 大 中 小】  打印本页\n\n返回目录\n")
    assert [s.headline for s in page.stories] == ["线路开通"]
    assert (page.page_number, page.page_name) == ("A02", "综合新闻")
    assert page.paper == "某县日报"  # the edition's word is not the paper's name
    for chrome in ("版面导航", "上一版  下一版", "放大  缩小  默认", "返回目录"):
        assert lines.classify(1, chrome).kind is lines.Kind.NOISE, chrome
    assert lines.classify(1, "上一篇文章的主角").kind is lines.Kind.HEADLIKE


def test_an_editions_word_after_a_papers_name_is_dropped_only_from_a_papers_name():
    def paper(name: str) -> str | None:
        return segment(f"{name}\n2024年10月15日 星期二\n第A02版：综合新闻\n\n线路开通\n\n"
                       "本报讯（记者 吴 敏）10月13日，线路开通。\n").paper

    assert paper("重庆日报电子版") == "重庆日报"
    assert paper("重庆日报") == "重庆日报"
    # What is left must still be a paper's name: a bare 数字报 cell stays as printed.
    assert paper("某县数字报") == "某县数字报"


def test_a_column_name_in_brackets_before_a_headline_is_its_section():
    page = segment("【以案说法】网购减肥糖吃出病 商家被判十倍赔偿\n\n本报讯（记者 周 静）日前，法院审结一案。\n\n"
                   "【江津】\n\n9月2日，法官走进校园。\n")
    first, second = page.stories
    assert (first.section, first.headline) == ("以案说法", "网购减肥糖吃出病 商家被判十倍赔偿")
    assert second.section == "江津"  # a rubric alone stays a rubric (without its brackets)


def test_a_byline_names_the_writers_and_the_photographers_apart():
    line = lines.classify(1, "■本报记者 何 涛 文 刘 洋 图")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("何涛",), ("刘洋",))
    assert lines.classify(1, "记者 张三 文 记者 李四 摄影").photographers == ("李四",)
    assert lines.classify(1, "记者 李文 刘洋 图").kind is not lines.Kind.BYLINE  # 李文 is a name
    page = segment("铜梁队主场三连胜\n\n■本报记者 何 涛 文 刘 洋 图\n\n10月19日下午，联赛打响。\n")
    assert (page.stories[0].reporters, page.stories[0].photographers) == (("何涛",), ("刘洋",))


def test_a_photo_credit_then_who_wrote_the_verse_under_it_signs_the_picture():
    line = lines.classify(1, "石角区　唐　军　摄　　陈　蓉　配诗")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("陈蓉",), ("唐军",))
    page = segment("油菜花开蜂儿忙\n\n　　4月9日，五千多亩油菜花竞相开放。\n　　　　放蜂人家追春早，\n"
                   "　　　　酿得新蜜满村香。\n　　　石角区　唐　军　摄　　陈　蓉　配诗\n\n"
                   "三角区修建蓄水池\n\n　　本报讯　4月5日，最后一口蓄水池竣工。\n")
    first, second = page.stories
    assert (first.headline, first.reporters, first.photographers) == (
        "油菜花开蜂儿忙", ("陈蓉",), ("唐军",))
    assert first.paragraphs[-1].endswith("酿得新蜜满村香。")
    assert second.headline == "三角区修建蓄水池"
    # A verse credit alone, with no photographer before it, is no such line.
    assert lines.classify(1, "石角区　唐　军　配诗").photographers == ()


def test_a_bylines_writers_with_and_others_their_places_and_their_media():
    # 'and others' glued to the last name, five padded names in one run
    line = lines.classify(1, "本报记者　周　松　罗　婧　何　睿　谭　悦　王　佳　陈小川等")
    assert (line.kind, line.names) == (
        lines.Kind.BYLINE, ("周松", "罗婧", "何睿", "谭悦", "王佳", "陈小川"))
    assert lines.classify(1, "（本报记者　周松　罗婧等）").names == ("周松", "罗婧")
    # each writer sent from a place of their own
    assert lines.classify(1, "商报记者　宋　琦　谭　亮　发自武隆　杨　帆　发自奉节　黄　可　发自大足"
                          ).names == ("宋琦", "谭亮", "杨帆", "黄可")
    # a writer's credit sent from a place is no dispatch line naming no one
    assert lines.classify(1, "（本报记者　谭　悦　发自城口）").names == ("谭悦",)
    assert lines.classify(1, "（十月十四日寄自南桐矿区）").rule == "dispatch-line"
    # each group of writers under its own medium, and a compiled report
    assert lines.classify(1, "（新重庆-重庆日报记者　李　星　何　婷　华龙网-新重庆客户端记者　张　菁　"
                          "上游新闻记者　唐　宁）").names == ("李星", "何婷", "张菁", "唐宁")
    assert lines.classify(1, "（新重庆-重庆日报记者　周　航　综合报道）").names == ("周航",)
    page = segment("开学第一天，校园里添了哪些新变化\n全市中小学秋季学期开学见闻\n"
                   "本报记者　周　松　罗　婧　何　睿　谭　悦　王　佳　陈小川等\n"
                   "　　9月1日，全市中小学秋季学期正式开学。\n")
    (story,) = page.stories
    assert story.reporters == ("周松", "罗婧", "何睿", "谭悦", "王佳", "陈小川")
    assert not any("记者" in (head or "") for head in (story.kicker, story.headline, story.subtitle))


def test_a_desks_credit_may_name_two_writers():
    page = segment("东溪区办起农民技术夜校\n\n　　每到晚上七点，文化站里便坐满了农民。\n"
                   "　　　　（东溪区报道组　罗　平　陈德贵）\n\n"
                   "油菜花开\n\n　　4月9日，油菜花竞相开放。\n")
    first, second = page.stories
    assert first.reporters == ("罗平", "陈德贵")
    assert second.headline == "油菜花开"
    assert lines.classify(1, "（东溪区报道组　罗　平　陈德贵）").names == ("罗平", "陈德贵")
    assert lines.classify(1, "（东溪区报道组　区公所）").names == ()  # offices, no writer

def test_what_the_picture_shows_is_a_caption_without_a_credit():
    page = segment("铜梁队主场三连胜\n\n10月19日下午，联赛打响。\n\n图为球员陈浩（左）在比赛中带球突破。\n\n"
                   "赛后，教练表示满意。\n")
    story = page.stories[0]
    assert story.captions == ("图为球员陈浩（左）在比赛中带球突破。",)
    assert story.paragraphs == ("10月19日下午，联赛打响。", "赛后，教练表示满意。")
    assert lines.classify(1, "图为什么这样画").kind is not lines.Kind.CAPTION


def test_a_pages_names_in_cells_are_furniture():
    assert lines.classify(1, "文体新闻 | 体育").rule == "page-name"
    assert lines.classify(1, "重庆/成都双城记").kind is lines.Kind.HEADLIKE  # no page's name


def test_a_table_of_figures_stays_in_its_story_one_row_a_paragraph():
    page = segment("铜梁队主场三连胜\n\n10月19日下午，联赛打响。\n\n"
                   "本轮战果：铜梁队2:1永川队  大足队0:0璧山队  合川队3:1潼南队\n\n"
                   "积分榜（前四名）\n球队        场次    积分\n铜梁队       7       17\n"
                   "合川队       7       15\n\n本轮过后，铜梁队暂列榜首。\n")
    assert [s.headline for s in page.stories] == ["铜梁队主场三连胜"]
    assert page.stories[0].paragraphs == (
        "10月19日下午，联赛打响。", "本轮战果：铜梁队2:1永川队  大足队0:0璧山队  合川队3:1潼南队",
        "积分榜（前四名）", "球队        场次    积分", "铜梁队       7       17",
        "合川队       7       15", "本轮过后，铜梁队暂列榜首。")
    # The rows are recorded for the page to show as a table; the title above is no row,
    # and a lone row of results is one.
    assert page.stories[0].rows == (1, 3, 4, 5)
    # Names in columns without figures are no table: 主席团 lists stay as they were.
    names = segment("主席团\n\n张三  李四  王五\n赵六  钱七  孙八\n\n会议选举产生主席团。\n")
    assert "张三  李四  王五" not in [p for s in names.stories for p in s.paragraphs]


def test_a_poem_under_its_writers_line_is_verse_one_line_a_paragraph():
    page = segment("山里的四月\n\n文/ 冉 舟\n\n四月的风从山垭口翻过来\n吹开了坡上的油菜花\n\n"
                   "母亲在地里点豆\n一锄，一粒，再一锄\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [("山里的四月", ("冉舟",))]
    assert page.stories[0].paragraphs == (
        "四月的风从山垭口翻过来", "吹开了坡上的油菜花", "母亲在地里点豆", "一锄，一粒，再一锄")
    # One stanza of short lines under a byline is not verse: heads stay heads.
    heads = segment("甲文章\n\n文/ 冉 舟\n\n第一节小标题\n第二行\n\n3月1日，会议召开，大家踊跃发言。\n")
    assert "第一节小标题" not in heads.stories[0].paragraphs


def test_titled_briefs_under_a_briefs_rubric_are_one_roundups_items():
    page = segment("体育快讯\n\n▶巫溪山地车赛开赛：10月19日，邀请赛开赛。（记者 向 阳）\n\n"
                   "▶大足游泳赛落幕：10月20日，比赛落幕。\n")
    story = page.stories[0]
    assert (story.headline, story.section) == ("体育快讯", None)
    assert [(i.heading, i.date, i.reporters) for i in story.items] == [
        ("巫溪山地车赛开赛", "--10-19", ("向阳",)), ("大足游泳赛落幕", "--10-20", ())]


def test_of_two_plain_heads_the_one_stating_the_news_from_its_place_heads():
    page = segment("长江禁渔期内多次非法电鱼\n\n江津一男子获刑\n\n9月3日，法院公开宣判。\n\n"
                   "打好秋收“主动仗”\n\n我区晚稻开镰收割\n\n本报讯 9月5日，晚稻开镰。\n\n"
                   "铜梁补齐轨道短板\n\n璧铜线年内有望通车\n\n本报讯 5月6日，线路通车。\n")
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        ("长江禁渔期内多次非法电鱼", "江津一男子获刑", None),
        ("打好秋收“主动仗”", "我区晚稻开镰收割", None),
        (None, "铜梁补齐轨道短板", "璧铜线年内有望通车")]  # the upper states it: headline, deck


def test_a_markdown_table_in_a_plain_page_stays_in_its_story():
    page = segment("前三季度全区GDP同比增长6.2%\n\n10月28日，记者从区统计局获悉。\n\n"
                   "| 指标 | 前三季度 |\n|---|---|\n| 地区生产总值 | 486.3亿元 |\n\n工业是主引擎。\n")
    assert [s.headline for s in page.stories] == ["前三季度全区GDP同比增长6.2%"]
    assert page.stories[0].paragraphs[1:4] == (
        "| 指标 | 前三季度 |", "|---|---|", "| 地区生产总值 | 486.3亿元 |")
    assert page.stories[0].rows == (1, 2, 3)


def test_a_box_of_figures_under_its_label_is_furniture():
    page = segment("全区经济稳中有进\n\n10月28日，记者获悉。（记者 李晓峰）\n\n数读\n\n1.2万户  新增市场主体\n\n"
                   "38个  新开工重点项目\n\n盛川科技：小小连接器“连”出大市场\n\n本报首席记者 向 岚\n\n"
                   "近日，记者走进车间。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("全区经济稳中有进", ("李晓峰",)), ("盛川科技：小小连接器“连”出大市场", ("向岚",))]
    assert {"数读", "1.2万户  新增市场主体", "38个  新开工重点项目"} <= set(page.noise)


def test_a_posts_marks_numbered_parts_and_credit_block():
    page = segment("原创  某区融媒\n\n来源：某区融媒体中心\n\n老街焕新记\n\n2024-10-28 08:30\n\n"
                   "【导读】老街经过改造，成了新去处。\n\n01\n\n老街有了新模样\n\n10月26日是周六，老街热闹起来。\n\n"
                   "02\n\n老手艺有了新传人\n\n走进作坊，艺人正在编背篓。\n\n文字：刘思远\n图片：张 弛\n编辑：王 璐\n\n"
                   "点击“在看”，让更多人看到\n")
    [story] = page.stories
    assert (story.headline, story.date, story.reporters, story.photographers) == (
        "老街焕新记", "2024-10-26", ("刘思远",), ("张弛",))
    assert [story.paragraphs[i] for i in story.subheads] == ["01", "老街有了新模样", "02",
                                                             "老手艺有了新传人"]
    assert {"原创  某区融媒", "2024-10-28 08:30", "点击“在看”，让更多人看到"} <= set(page.noise)


def test_a_commentary_pages_rubric_and_a_cartoons_credit():
    page = segment("本报评论员文章\n\n加装电梯要走稳\n\n电梯装上了，并不意味着事情办完了。\n\n■ 谭 毅\n\n"
                   "调研“打卡”\n\n（漫画/周 洋）\n\n合影拍了一大堆，难处却没问几句。\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        ("本报评论员文章", "加装电梯要走稳", ("谭毅",)), (None, "调研“打卡”", ("周洋",))]


def test_a_scans_broken_word_stray_mark_and_folio_are_mended_or_dropped():
    page = segment("充电桩突破1200个\n\n本报讯（记者 黄 蕾）8月6日，记者获悉。\n\n近年来，该区新-\n"
                   "能源汽车快速增长。\n\n丨\n\n据了解，年底前还将新建500个。\n\n- 5 -\n")
    assert page.stories[0].paragraphs == (
        "8月6日，记者获悉。", "近年来，该区新能源汽车快速增长。", "据了解，年底前还将新建500个。")
    assert {"丨", "5 -"} <= set(page.noise)


def test_a_photos_news_titled_under_its_credit_is_a_story_of_its_own():
    page = segment("高山蔬菜搭上冷链快车\n\n本报记者 邓 川\n\n8月5日清晨，村民们采收莲白。\n\n冷库建起来了。\n\n"
                   "8月7日，梓潼村的稻田里收割正忙。\n\n（记者 罗 杰 摄）\n\n梓潼村里稻谷香\n\n"
                   "沙坪坝区开办托管班\n\n本报讯（记者 陈 露）8月7日，托管班开班。\n")
    assert [(s.headline, s.reporters, s.photographers, len(s.paragraphs)) for s in page.stories] == [
        ("高山蔬菜搭上冷链快车", ("邓川",), (), 2), ("梓潼村里稻谷香", (), ("罗杰",), 1),
        ("沙坪坝区开办托管班", ("陈露",), (), 1)]


def test_a_hotline_column_a_readers_call_and_a_readers_letter():
    page = segment("热线追踪\n\n加装电梯停工近两月\n\n本报记者 刘 洋\n\n市民王先生来电反映：电梯停工了。\n\n"
                   "6月12日上午，记者来到该小区。\n\n读者来信\n\n公交站台少了一个雨棚\n\n我家住在回兴街道。\n\n"
                   "读者 张 明\n\n新闻热线：023-67889900\n")
    assert [(s.section, s.headline, s.date, s.reporters) for s in page.stories] == [
        ("热线追踪", "加装电梯停工近两月", "--06-12", ("刘洋",)),
        ("读者来信", "公交站台少了一个雨棚", None, ("张明",))]
    assert "新闻热线：023-67889900" in page.noise


def test_a_date_opening_the_second_paragraph_dates_only_an_undated_first():
    page = segment("甲事\n\n本报讯 6月3日，会议召开。\n\n6月1日，筹备开始。\n\n乙事\n\n本报讯 会议召开。\n\n"
                   "据悉，6月2日筹备。\n")
    assert [s.date for s in page.stories] == ["--06-03", None]


def test_a_websites_list_of_articles_titled_in_brackets():
    page = segment("首页 > 政务公开 > 工作动态\n\n【某区召开2024年防汛抗旱工作推进会议】\n"
                   "发布日期：2024-06-12  来源：区政府办  作者：刘 静\n\n6月11日，某区召开会议。\n\n"
                   "————————————————\n\n【某区举办2024年农村实用人才培训班】\n"
                   "发布日期：2024-06-11  来源：区农业农村委\n\n6月11日上午，培训班开班。\n\n"
                   "共2条  第1页  上一页  下一页\n")
    assert [(s.section, s.headline, s.date, s.reporters) for s in page.stories] == [
        (None, "某区召开2024年防汛抗旱工作推进会议", "2024-06-11", ("刘静",)),
        (None, "某区举办2024年农村实用人才培训班", "2024-06-11", ())]
    assert "共2条  第1页  上一页  下一页" in page.noise
    assert segment("【以案说法】\n\n日前，法院审结一案。\n").stories[0].section == "以案说法"


def test_an_epigraph_under_a_headline_is_not_signed_by_the_credit_below():
    page = segment("# 龚滩古镇的慢时光\n\n> “乌江水绿石板青。”——当地民谣\n\n文/图 记者 杨 帆\n\n"
                   "清晨，石板街上响起脚步声。\n\n**穿越千年的石板街**\n\n石板街长约两公里。\n\n"
                   "*游客在石板街上拍照。（记者 杨 帆 摄）*\n")
    [story] = page.stories
    assert (story.headline, story.reporters, story.photographers) == (
        "龚滩古镇的慢时光", ("杨帆",), ("杨帆",))
    assert "穿越千年的石板街" in story.paragraphs
    assert story.captions == ("游客在石板街上拍照。",)


def test_a_question_and_answer_column_is_a_rubric():
    page = segment("招生问答\n\n今年中考招生，这些变化要知道\n\n中考临近，家长关心招生政策。\n\n"
                   "问：今年招生计划有变化吗？\n\n答：普通高中计划增加200人。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("招生问答", "今年中考招生，这些变化要知道")]


def test_a_photo_spreads_numbered_captions_and_a_town_first_headline():
    page = segment("椒香飘满坡\n\n先锋镇花椒进入采收旺季\n\n6月14日，花椒树上挂满了果实。\n\n"
                   "图①：清晨，椒农们钻进椒林。\n图②：村民在院坝里摘鲜椒。\n\n本报记者 何 川 摄\n")
    [story] = page.stories
    assert (story.kicker, story.headline, story.photographers) == (
        "椒香飘满坡", "先锋镇花椒进入采收旺季", ("何川",))
    assert story.captions == ("图①：清晨，椒农们钻进椒林。", "图②：村民在院坝里摘鲜椒。")
    assert story.paragraphs == ("6月14日，花椒树上挂满了果实。",)
    assert lines.classify(1, "城镇化建设迈出新步伐").place_first is False  # 城镇 is no town


def test_briefs_run_in_under_their_towns_in_bold_are_a_roundups_items():
    page = segment("乡镇动态\n\n**郁山镇**　3月12日，郁山镇举办培训班。（通讯员 冉 静）\n\n"
                   "**汉葭街道**　近日，汉葭街道推行邻里议事会。\n\n（本栏稿件由各乡镇（街道）提供）\n")
    [story] = page.stories
    assert (story.headline, story.section) == ("乡镇动态", None)
    assert [(i.heading, i.paragraphs, i.reporters) for i in story.items] == [
        ("郁山镇", ("3月12日，郁山镇举办培训班。",), ("冉静",)),
        ("汉葭街道", ("近日，汉葭街道推行邻里议事会。",), ())]
    assert lines.classify(1, "**记者手记**　这次采访让我难忘。").heading is None  # no place


def test_a_pdfs_lines_cut_at_the_columns_width_go_on_with_their_paragraph():
    page = segment("某县报　2024年11月8日　星期五　第2版\n"
                   "          云阳启动冬春农田水利建设\n"
                   "　　本报讯（记者 何 川）11月7日，云阳县\n"
                   "冬春农田水利建设现场推进会在凤鸣镇召开，\n"
                   "标志着建设全面启动。\n"
                   "　　今冬明春，云阳计划投入资金2.3亿元，\n"
                   "新建和整治山坪塘120口、渠道85公里，新增\n"
                   "灌溉面积3.5万亩。\n"
                   "　　投产当天，一车车刚采摘的鲜橙从周边果\n"
                   "园运进厂区经清洗分选榨汁杀菌灌\n"
                   "装等工序变成了一瓶瓶橙汁。\n")
    [story] = page.stories
    assert (story.headline, story.date, story.reporters) == (
        "云阳启动冬春农田水利建设", "2024-11-07", ("何川",))
    assert story.paragraphs == (
        "11月7日，云阳县冬春农田水利建设现场推进会在凤鸣镇召开，标志着建设全面启动。",
        "今冬明春，云阳计划投入资金2.3亿元，新建和整治山坪塘120口、渠道85公里，新增灌溉面积3.5万亩。",
        "投产当天，一车车刚采摘的鲜橙从周边果园运进厂区经清洗分选榨汁杀菌灌装等工序变成了一瓶瓶橙汁。")


def test_voices_under_their_names_in_bold_are_the_storys_items():
    page = segment("# 把基层一线的期盼带上会场\n\n本报讯（记者 曾 琳）1月20日，代表委员们建言献策。\n\n"
                   "**张 红**　市人大代表、某村党委书记\n\n“山货要卖出好价钱。”\n\n"
                   "**刘建平**　市人大代表、某公司焊工\n\n“好手艺要有人传。”\n")
    [story] = page.stories
    assert [(i.heading, i.paragraphs) for i in story.items] == [
        ("张 红　市人大代表、某村党委书记", ("“山货要卖出好价钱。”",)),
        ("刘建平　市人大代表、某公司焊工", ("“好手艺要有人传。”",))]
    assert lines.classify(1, "**龙凤镇**　近日，龙凤镇开展培训。").rule == "bold-place"


def test_a_chronicle_box_and_a_letters_title():
    page = segment("从钢城到山水之城\n\n本报记者 谢晓岚\n\n清晨，老工人沿着步道散步。\n\n大事记\n"
                   "1965年  某区正式设立\n2003年3月  古镇修缮工程启动\n\n贺信\n\n中共某区委：\n\n"
                   "值此建区60周年之际，谨致祝贺。\n\n某联谊会\n\n二〇二五年十月十日\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("从钢城到山水之城", ("谢晓岚",), None), ("贺信", (), "2025-10-10")]
    assert {"大事记", "1965年  某区正式设立", "2003年3月  古镇修缮工程启动"} <= set(page.noise)


def test_a_notice_naming_an_earlier_issue_and_a_missing_persons_fields():
    page = segment("更正\n\n本报6月3日第2版《稻虾共养带动增收》一文中，“2300亩”应为“3200亩”，特此更正。\n\n\n"
                   "寻人启事\n\n2025年6月6日上午，刘永福老人走失。\n\n姓名：刘永福\n\n性别：男\n\n"
                   "（附照片）\n\n恳请知情者与家属联系。\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("更正", None), ("寻人启事", "2025-06-06")]
    assert page.stories[1].paragraphs[1:3] == ("姓名：刘永福", "性别：男")
    assert "（附照片）" in page.noise


def test_a_contact_line_of_a_form_is_the_forms_not_an_advert_nor_a_caption():
    notice = ("寻人启事\n\n2025年6月6日上午，刘永福老人走失。\n\n姓名：刘永福\n\n性别：男\n\n"
              "（附照片）\n\n联系电话：13500000000（刘先生）\n\n恳请知情者与家属联系。\n")
    story = segment(notice).stories[0]
    assert story.paragraphs[1:] == (
        "姓名：刘永福", "性别：男", "联系电话：13500000000（刘先生）", "恳请知情者与家属联系。")
    assert story.captions == ()
    # Under a story's text, not a form, the same line is still an advert.
    ad = segment("区里新开一家书店\n\n5月6日，书店开业，市民排队购书。\n\n联系电话：023-12345678\n")
    assert "联系电话：023-12345678" in ad.noise


def test_a_web_articles_share_buttons_browser_title_and_site_name_are_chrome():
    for chrome in ("微信", "QQ空间", "复制链接", "奉节脐橙春管正当时-某县融媒体中心", "某县融媒体中心"):
        assert lines.classify(1, chrome).kind is lines.Kind.NOISE, chrome
    assert lines.classify(1, "微信支付走进山村").kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "县融媒体中心开展新闻业务培训").kind is lines.Kind.HEADLIKE


def test_a_captions_spaced_credit_right_after_its_sentence_names_the_photographer():
    line = lines.classify(1, "果农在脐橙园里疏果。谭 静 摄")
    assert (line.kind, line.names) == (lines.Kind.CAPTION, ("谭静",))
    assert lines.join_spaced_names("会后合影。李 明 摄") == "会后合影。 李明 摄"
    bracketed = lines.classify(1, "金秋时节，草甸层林尽染，游客前来观景拍照。（杨 林 摄）")
    assert (bracketed.kind, bracketed.names) == (lines.Kind.CAPTION, ("杨林",))
    assert lines.join_spaced_names("会后合影。李明 摄") == "会后合影。李明 摄"  # one token: as is


def test_a_related_links_list_ends_at_the_next_articles_title():
    page = segment("果农疏花保果忙\n\n来源：某县融媒体中心  作者：谭 静  时间：2024-05-16 10:22\n\n"
                   "5月15日，果农忙着疏果。\n\n相关新闻\n· 晚熟脐橙陆续采摘上市  2024-04-28\n\n"
                   "“果园课堂”开进村 培养新农人\n\n来源：某县融媒体中心  作者：李 娜  时间：2024-05-15 17:40\n\n"
                   "5月14日，果园课堂开课。\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("果农疏花保果忙", ("谭静",), "2024-05-15"),
        ("“果园课堂”开进村 培养新农人", ("李娜",), "2024-05-14")]
    assert "· 晚熟脐橙陆续采摘上市  2024-04-28" in page.noise


def test_messages_and_answers_under_a_petition_rubric_are_dated_by_their_posting():
    page = segment("网络问政\n\n路灯坏了半个月 何时能修好？\n\n【网友留言】小区门口的路灯不亮了。\n\n"
                   "（网友“老住户”　留言时间：2024年3月4日）\n\n【部门回复】已更换电缆，路灯恢复照明。\n\n"
                   "（某区城市管理局　回复时间：2024年3月8日）\n\n\n菜市场门口占道摆摊\n\n"
                   "【网友留言】早高峰堵得走不动。\n\n(网友\"小周\"  留言时间:2024-03-06 21:15)\n\n"
                   "【部门回复】已集中整治。\n")
    first, second = page.stories
    assert (first.section, first.headline, first.date) == (
        "网络问政", "路灯坏了半个月 何时能修好？", "2024-03-04")
    # Each note is a paragraph of its own: who asked or answered, and when.
    assert first.paragraphs == ("【网友留言】小区门口的路灯不亮了。", "（网友“老住户”　留言时间：2024年3月4日）",
                                "【部门回复】已更换电缆，路灯恢复照明。", "（某区城市管理局　回复时间：2024年3月8日）")
    assert (second.headline, second.date) == ("菜市场门口占道摆摊", "2024-03-06")
    assert lines.classify(1, "（本栏目内容选自网络问政平台）").rule != "posted-note"


def test_a_list_of_names_in_columns_under_its_part_is_the_stories_text():
    page = segment("某区人民政府关于表彰先进集体和先进个人的决定\n\n各镇人民政府：\n\n一、先进集体（4个）\n\n"
                   "大路街道　　　　七塘镇　　　　健龙镇\n区供销合作社\n\n二、先进个人（3名）\n\n"
                   "王小兰（大路街道）　　李　军（七塘镇）　　张德明（健龙镇）\n"
                   "刘春燕（三合镇）　　陈　刚（正兴镇）　　黄永富（大兴镇）\n\n希望再接再厉。\n\n"
                   "某区人民政府\n2025年4月10日\n\n（此件公开发布）\n")
    story, = page.stories
    assert story.headline == "某区人民政府关于表彰先进集体和先进个人的决定"
    assert story.rows == (2, 3, 5, 6)  # shown as tables, one row a paragraph
    assert story.paragraphs[3] == "区供销合作社"  # the last row, one cell
    # A row's last cell in brackets is data, not a credit to take off.
    last = segment("二、先进个人（2名）\n\n王小兰（大路街道）　　李　军（七塘镇）\n"
                   "何建平（河边镇）　　彭　勇（区供销合作社）\n\n希望再接再厉。\n")
    assert "何建平（河边镇）　　彭　勇（区供销合作社）" in last.stories[0].paragraphs
    assert story.date == "2025-04-10"
    assert story.paragraphs[-3:] == ("希望再接再厉。", "某区人民政府", "2025年4月10日")
    assert "（此件公开发布）" in page.noise
    # Without the line that introduces them, names in columns are no table (主席团 lists).
    assert lines.classify(1, "（此件公开发布）").kind is lines.Kind.NOISE


def test_a_bylines_photographer_named_after_the_role_and_a_writers_task():
    line = lines.classify(1, "晚报记者 张 可 实习生 李一诺 摄影 郑 宇")
    assert (line.names, line.photographers) == (("张可", "李一诺"), ("郑宇",))
    assert lines.classify(1, "晚报记者 王 霜 整理").names == ("王霜",)


def test_places_to_go_under_a_guide_are_its_items_with_their_fields():
    page = segment("初夏赏花游 这2个地方别错过\n\n晚报记者 王 霜 整理\n\n周末约上家人去赏花。\n\n"
                   "璧山·秀湖公园\n月季正值盛花期。\n地址：璧山区秀湖公园东门\n电话：023-4142 0000\n门票：免费\n\n"
                   "南川·金佛山\n杜鹃次第开放。\n地址：金佛山景区北坡\n电话：023-7166 0000\n门票：80元\n")
    story, = page.stories
    assert [(i.heading, i.paragraphs) for i in story.items] == [
        ("璧山·秀湖公园", ("月季正值盛花期。", "地址：璧山区秀湖公园东门", "电话：023-4142 0000", "门票：免费")),
        ("南川·金佛山", ("杜鹃次第开放。", "地址：金佛山景区北坡", "电话：023-7166 0000", "门票：80元"))]
    assert lines.classify(1, "江北·观音桥商圈焕新升级").rule != "place-and-name"


def test_an_advertisement_under_its_mark_runs_to_the_next_wide_gap():
    page = segment("古镇从早热闹到晚\n\n5月1日，古镇迎来客流高峰。\n\n\n——广告——\n五一狂欢季 · 云岭漂流谷\n"
                   "门票原价168元　读者团购价89元\n活动时间：5月1日—5月31日\n\n\n"
                   "香港旅行团打卡大足石刻\n\n本报讯 4月30日，旅行团来到宝顶山。\n")
    assert [s.headline for s in page.stories] == ["古镇从早热闹到晚", "香港旅行团打卡大足石刻"]
    assert {"五一狂欢季 · 云岭漂流谷", "活动时间：5月1日—5月31日"} <= set(page.noise)
    # The advertisement ends at the first blank line: what follows is the page's again.
    close = segment("——广告——\n云岭漂流谷 读者团购价89元\n\n大足石刻迎来旅行团\n\n本报讯 4月30日，旅行团来到。\n")
    assert [s.headline for s in close.stories] == ["大足石刻迎来旅行团"]


def test_a_header_line_with_cells_set_apart_by_a_bar():
    page = segment("重庆晚报 | 2025年05月02日 星期五\n第10版：文旅·生活\n\n古镇从早热闹到晚\n\n"
                   "本报讯 5月1日，古镇迎来客流高峰。\n")
    assert (page.paper, page.date, page.page_number) == ("重庆晚报", "2025-05-02", "10")


@pytest.mark.parametrize("folio", [
    "重庆日报 2024年3月5日 第3版 两会特刊",  # single spaces
    "重庆日报  2024年3月5日  第 3 版  两会特刊",  # wide gaps, a spaced number
    "重庆日报｜2024年3月5日｜第3版｜两会特刊",  # bars, which a site's menu has too
    "第3版 两会特刊 | 2024-03-05 | 重庆日报",  # the page first, an ISO date
])
def test_a_folio_of_paper_date_and_page_on_one_line(folio):
    page = segment(f"{folio}\n\n代表委员热议高质量发展\n\n本报讯 3月4日，代表委员建言献策。\n")
    assert [s.headline for s in page.stories] == ["代表委员热议高质量发展"]
    assert (page.paper, page.date, page.page_number, page.page_name) == (
        "重庆日报", "2024-03-05", "3", "两会特刊")
    # A sentence with a date and a page is no folio.
    sentence = "本报2024年3月5日第3版刊登的报道中，有一处数字有误，特此更正。"
    assert lines.classify(1, sentence).kind is lines.Kind.BODY


def test_a_credit_under_unsigned_voices_signs_the_story_not_the_last_voice():
    voices = ("代表委员热议高质量发展\n\n本报记者 李 明\n\n3月4日，代表委员建言献策。\n\n"
              "**张 红**　市人大代表、万州区区长\n“我们将加快建设港口物流枢纽。”\n\n"
              "**刘 芳**　全国人大代表、綦江区东溪镇党委书记\n“乡村振兴关键在人。”\n\n")
    story = segment(voices + "（本报记者 王 蕾 整理）\n").stories[0]
    assert story.reporters == ("李明", "王蕾")
    assert [item.reporters for item in story.items] == [(), ()]
    # Voices each signed keep their own credits.
    signed = voices.replace("口物流枢纽。”\n", "口物流枢纽。”\n（记者 赵 雪）\n")
    story = segment(signed + "（记者 王 蕾）\n").stories[0]
    assert [item.reporters for item in story.items] == [("赵雪",), ("王蕾",)]


def test_a_wechat_posts_buttons_and_prompts_are_chrome():
    page = segment("在家门口找工作！招聘会带来4200多个岗位\n\n原创 江津融媒 江津发布\n"
                   "2025年05月16日 18:30 重庆\n\n听全文\n\n5月15日上午，招聘会在区人力资源市场举行。\n\n"
                   "▲招聘会现场人头攒动。\n\n下一步，还将开展系列招聘活动。\n\n"
                   "记者：刘 洁  实习生：蒋雨欣\n\n江津发布\n微信号：jiangjinfb_cq\n"
                   "关注江津发布，了解江津大小事\n\n预览时标签不可点\n微信扫一扫\n关注该公众号\n"
                   "继续滑动看下一个\n轻触阅读原文\n知道了\n使用小程序\n取消\n允许\n"
                   "赞，轻点两下取消赞\n在看，轻点两下取消在看\n分享\n留言\n收藏\n听过\n")
    assert [s.headline for s in page.stories] == ["在家门口找工作！招聘会带来4200多个岗位"]
    story = page.stories[0]
    assert story.reporters == ("刘洁", "蒋雨欣")
    assert story.captions == ("招聘会现场人头攒动。",)  # a triangle over one short sentence
    assert story.paragraphs[-1] == "下一步，还将开展系列招聘活动。"
    # A sentence that mentions an app, and a headline opening with 关注, are no chrome.
    for text in ("市民可通过下载APP查询公交实时到站信息，还可以", "关注民生，温暖人心"):
        assert lines.classify(1, text).kind is not lines.Kind.NOISE, text
    # A brief under a triangle runs on; a title under one has no full stop.
    for brief in ("▲日前，蒲吕镇油坊村村民集资8万余元，修通了一条长3.5公里的村道。村民出行更方便了。",
                  "▲县政协召开专题协商会"):
        assert lines.classify(1, brief).kind is not lines.Kind.CAPTION, brief


def test_a_mediums_two_names_joined_by_a_dot_before_the_role_are_a_byline():
    line = lines.classify(1, "上游新闻·重庆晨报记者 唐 悦　实习生 钟 琪")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("唐悦", "钟琪"))
    assert lines.classify(1, "记者手记").kind is not lines.Kind.BYLINE


def test_a_papers_name_on_its_own_line_under_the_page_name_and_number():
    page = segment("城事　05\n2025.4.15　星期二　　编辑　刘 洋　　美编　吴 倩\n重庆晨报\n\n\n"
                   "北碚嘉陵江滨江步道全线贯通\n\n4月12日，滨江步道全线贯通。\n")
    assert [s.headline for s in page.stories] == ["北碚嘉陵江滨江步道全线贯通"]
    assert (page.paper, page.date, page.page_number, page.page_name) == (
        "重庆晨报", "2025-04-15", "05", "城事")
    # A name set letter-spaced is one name.
    spaced = segment("铜 梁 报        第2版        1998年3月5日  星期四\n\n抓早抓实 不误农时\n\n"
                     "本报讯 3月4日，全县春耕备耕工作全面铺开。\n")
    assert (spaced.paper, spaced.page_number) == ("铜梁报", "2")


def test_a_page_number_and_name_in_the_head_block_are_the_pages():
    page = segment("5\n重庆·区县\nCHONGQING DAILY\n2024年6月20日　星期四\n责任编辑 向 菁\n\n\n"
                   "涪陵青菜头走俏市场\n\n本报讯 6月18日，鲜食榨菜发往各地。\n")
    assert [s.headline for s in page.stories] == ["涪陵青菜头走俏市场"]
    assert (page.date, page.page_number, page.page_name) == ("2024-06-20", "5", "重庆·区县")
    assert not page.diagnostics


CUT_PAGE = ("大昌古镇：青石板上的“慢时光”\n\n"
            "11月18日清晨，薄雾还未散尽，大昌古镇的青石板街上已有了人声。南门城楼下，\n"
            "几位老人坐在茶馆门口摆着“龙门阵”，隔壁的豆腐坊里，石磨吱呀作响，豆\n"
            "浆的香味飘出老远。\n\n"
            "大昌古镇位于大宁河畔、小三峡北端，始建于晋代，距今已有1700多年历史。\n"
            "三峡工程建设时，古镇整体搬迁复建，500多件古建筑构件被编号拆下、\n"
            "原样重建，留住了明清街巷的格局和风貌。\n\n"
            "老手艺有了新传人\n\n"
            "走进古镇东街的一家竹编工坊，62岁的竹编艺人刘德厚正手把手教两名年轻人编\n"
            "竹篮。“破篾要匀，起底要稳，急不得。”刘德厚说，他从十几岁开始跟着父亲\n"
            "学竹编，现在编的是茶具套、花篮、灯罩。\n\n"
            "11月18日，刘德厚在工坊内教年轻人编织竹篮。（融媒体记者 向晶 摄）\n\n"
            "近年来，大昌镇把竹编、豆腐制作、榨油等老手艺搬进古镇，开设非遗体验工坊\n"
            "9家，吸引了不少在外务工的年轻人返乡学艺、开店。\n\n")


def test_on_a_page_cut_to_the_columns_width_a_paragraphs_first_line_is_no_head():
    page = segment(CUT_PAGE + "\n关于小三峡景区部分游览线路临时封闭的公告\n\n尊敬的游客：\n\n"
                   "因栈道维修改造需要，滴翠峡段步行栈道暂停开放。\n\n特此公告。\n")
    assert [s.headline for s in page.stories] == [
        "大昌古镇：青石板上的“慢时光”", "关于小三峡景区部分游览线路临时封闭的公告"]
    feature = page.stories[0]
    assert "老手艺有了新传人" in feature.paragraphs  # a subhead of the feature
    assert any(p.startswith("走进古镇东街的一家竹编工坊") for p in feature.paragraphs)
    assert (feature.captions, feature.photographers) == (
        ("11月18日，刘德厚在工坊内教年轻人编织竹篮。",), ("向晶",))  # 融媒体记者


def test_more_space_than_between_paragraphs_cut_to_width_sets_a_story_apart():
    page = segment(CUT_PAGE + "\n“低价游”变“购物游”　市场监管部门帮游客追回退款\n\n"
                   "“多亏了你们，这1.2万元总算退回来了！”8月21日，家住青龙街道的王\n"
                   "大姐专门来到县市场监督管理局，向工作人员送上一面锦旗。\n")
    assert [s.headline for s in page.stories] == [
        "大昌古镇：青石板上的“慢时光”", "“低价游”变“购物游”　市场监管部门帮游客追回退款"]


def test_a_photo_news_credit_with_its_desk_and_a_report_learnt_from_an_office():
    page = segment("潼南荷花进入盛花期\n\n6月18日，游客在潼南区太安镇的荷花基地赏花拍照。"
                   "(新重庆-重庆日报通讯员 刘 辉 摄/视觉重庆)\n\n\n巫溪“村播”带火高山土货\n\n"
                   "记者6月17日从巫溪县商务委获悉，今年以来，乡村主播累计实现销售额1.2亿元。\n")
    assert [s.headline for s in page.stories] == ["潼南荷花进入盛花期", "巫溪“村播”带火高山土货"]
    assert page.stories[0].photographers == ("刘辉",)
    assert page.stories[1].date == "--06-17"
    # The paragraph's last words printed before the credit, on a line of their own.
    cut = segment("潼南荷花进入盛花期\n\n6月18日，游客在潼南区太安镇的荷花基地赏花拍照。时下，当地万余亩\n"
                  "荷花竞相开放，粉的、白的荷花与碧绿的荷叶相互映衬，吸引不少市民前\n来观赏。(新重庆-重庆日报通讯员 刘 辉 摄/视觉重庆)\n")
    assert cut.stories[0].paragraphs[-1].endswith("吸引不少市民前来观赏。")
    assert cut.stories[0].photographers == ("刘辉",)


def test_a_byline_ending_in_words_and_pictures_credits_the_photos_too():
    story = segment("一颗辣椒“辣”出金竹村的好日子\n\n——沙子镇金竹村发展特色产业见闻\n\n"
                    "本报记者 马 骏 文/图\n\n8月15日，正值辣椒采收季。\n").stories[0]
    assert (story.subtitle, story.reporters, story.photographers) == (
        "沙子镇金竹村发展特色产业见闻", ("马骏",), ("马骏",))


def test_an_events_name_with_a_dot_is_no_column():
    story = segment("2023中国·垫江牡丹文化节闭幕\n\n累计接待游客86.5万人次\n\n"
                    "本报讯（记者 冉 峰）4月19日，文化节闭幕。\n").stories[0]
    assert (story.section, story.headline, story.subtitle) == (
        None, "2023中国·垫江牡丹文化节闭幕", "累计接待游客86.5万人次")


def test_briefs_one_after_another_under_a_columns_name_are_all_the_columns():
    page = segment("县委常委会召开会议\n\n本报讯 4月18日，县委常委会召开会议。\n\n会议强调，要抓好落实。\n\n"
                   "会议还研究了其他事项。\n\n会议要求，各级各部门要压实责任。\n\n\n一线传真\n\n"
                   "高安镇开展“送法进乡村”活动\n\n本报讯（通讯员 罗 颖）4月16日，高安镇开展普法活动。\n\n"
                   "桂溪街道新增3个社区便民服务点\n\n4月14日，便民服务点投用。\n\n"
                   "澄溪镇组织开展森林防火应急演练\n\n4月18日，澄溪镇开展演练。\n（通讯员 何 洋）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "县委常委会召开会议"),
        ("一线传真", "高安镇开展“送法进乡村”活动"),
        ("一线传真", "桂溪街道新增3个社区便民服务点"),
        ("一线传真", "澄溪镇组织开展森林防火应急演练")]


def test_credits_of_a_county_paper_a_desk_with_its_writer_and_a_photo_by_role():
    page = segment("青蒿移栽正当时\n\n4月22日，村民们抢抓晴好天气移栽青蒿。\n（融媒体记者 石 磊 摄）\n\n\n"
                   "【消防提醒】\n\n冬季用火用电　这些隐患要当心\n\n进入冬季，用火用电明显增多。\n\n"
                   "（县消防救援大队　冉　成）\n\n\n简　讯\n\n县司法局开展“法律明白人”培训\n\n"
                   "本报讯（通讯员 唐 敏）1月6日，培训开班。\n\n石宝镇开展冬季道路交通安全宣传\n\n"
                   "本报讯（通讯员 熊 杰）1月7日，宣传开展。\n")
    assert [(s.section, s.headline, s.reporters, s.photographers) for s in page.stories] == [
        (None, "青蒿移栽正当时", (), ("石磊",)),
        ("消防提醒", "冬季用火用电　这些隐患要当心", ("冉成",), ()),  # no brackets
        ("简讯", "县司法局开展“法律明白人”培训", ("唐敏",), ()),  # letter-spacing taken out
        ("简讯", "石宝镇开展冬季道路交通安全宣传", ("熊杰",), ())]
    assert lines.classify(1, "李　明").kind is lines.Kind.NAME  # a spaced name is still one


def test_heads_of_a_county_office_and_of_a_leaders_words_sit_under_their_kickers():
    office = segment("“断卡”行动再发力\n\n县公安局打掉一个帮信犯罪团伙　抓获犯罪嫌疑人11名\n\n"
                     "本报讯（记者 谭 亮）1月7日，记者从县公安局获悉。\n").stories[0]
    assert (office.kicker, office.headline) == (
        "“断卡”行动再发力", "县公安局打掉一个帮信犯罪团伙　抓获犯罪嫌疑人11名")
    speech = segment("马永祺在綦江区万盛经开区调研安全生产工作时强调\n\n"
                     "压紧压实各方责任　坚决守牢冬季安全底线\n\n本报讯（记者 李 明）12月3日，副市长调研。\n"
                     ).stories[0]
    assert (speech.kicker, speech.headline) == (
        "马永祺在綦江区万盛经开区调研安全生产工作时强调", "压紧压实各方责任　坚决守牢冬季安全底线")


def test_a_sites_list_of_articles_above_the_articles_it_links():
    page = segment("下载APP　　登录　　注册\n\n大足新闻\n\n宝顶镇：万亩油菜花海引客来\n"
                   "宝顶镇　2025-03-17 16:40　阅读 1.8万\n\n龙水镇五金企业一季度订单同比增长18%\n"
                   "龙水镇　2025-03-16 10:32　阅读 5047\n\n加载更多\n\n首页 > 大足新闻 > 正文\n\n"
                   "宝顶镇：万亩油菜花海引客来\n\n发布时间：2025-03-17 16:40\n"
                   "来源：宝顶镇　　作者：新重庆-重庆日报记者 何川　通讯员 彭芸\n\n"
                   "3月15日，宝顶镇万亩油菜花竞相绽放。\n\n相关推荐\n· 双桥经开区新签约项目9个\n"
                   "· 【视频】项目建设一线见闻\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("宝顶镇：万亩油菜花海引客来", ("何川", "彭芸"))]  # the writers named with their roles
    assert "宝顶镇　2025-03-17 16:40　阅读 1.8万" in page.noise


def test_a_writers_name_spaced_after_the_slash_and_columns_of_tips_and_books():
    page = segment("腊月里的杀猪饭\n\n文/冉 芳\n\n进了腊月，村里就热闹起来。\n\n\n健康小贴士\n\n"
                   "冬季取暖　谨防一氧化碳中毒\n\n冬季是一氧化碳中毒高发期。\n\n\n好书推荐\n\n"
                   "《夔州诗踪》：跟着古诗游奉节\n\n1月8日，新书首发。\n")
    assert [(s.section, s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        (None, "腊月里的杀猪饭", None, ("冉芳",)),
        ("健康小贴士", "冬季取暖　谨防一氧化碳中毒", None, ()),
        ("好书推荐", "《夔州诗踪》：跟着古诗游奉节", None, ())]


def test_a_report_opening_with_recently_is_dated_by_the_day_a_later_paragraph_opens_with():
    page = segment("城口报　2023年12月8日　第3版\n\n县人民医院成功开展首例经皮椎体成形术\n\n"
                   "近日，县人民医院骨科团队成功实施了经皮椎体成形术。\n\n患者今年80岁，11月下旬不慎摔倒。\n\n"
                   "入院后，医生为他制定了手术方案。\n\n12月2日，手术团队将骨水泥注入骨折的椎体内。\n\n"
                   "12月20日，医院将举办义诊。\n")
    assert page.stories[0].date == "2023-12-02"
    # Past the first paragraphs a date is the story's matter, not its day.
    late = segment("城口报　2023年12月8日　第3版\n\n县人民医院成功开展首例经皮椎体成形术\n\n"
                   "近日，县人民医院骨科团队成功实施了经皮椎体成形术。\n\n患者今年80岁。\n\n"
                   "他不慎摔倒。\n\n入院后，医生为他制定了手术方案。\n\n12月2日，手术团队将骨水泥注入椎体。\n")
    assert late.stories[0].date is None


def test_a_page_in_traditional_characters_from_a_hong_kong_paper():
    page = segment("港渝商報　　2024年8月22日　星期四\n\n\n渝港合作再結碩果\n\n兩江新區首家港資國際醫院動工\n\n"
                   "【本報訊】記者 鄧家輝、通訊員 冉 曉 重慶報道：由香港投資興建的國際醫院，昨日（21日）在"
                   "兩江新區正式動工。\n\n\n巫山脆李首度空運直抵香江\n\n記者　孫　瑩　重慶報道\n\n"
                   "8月20日清晨，巫山縣的果農們採摘脆李。\n")
    first, second = page.stories
    assert (first.kicker, first.headline) == ("渝港合作再結碩果", "兩江新區首家港資國際醫院動工")
    assert (first.reporters, first.date) == (("鄧家輝", "冉曉"), "2024-08-21")
    assert first.paragraphs[0].startswith("由香港投資興建")
    assert second.reporters == ("孫瑩",)  # where it was filed from is no name
    # A district's short name is as short: its characters are asked one by one.
    assert lines.filed_from("記者 孫 瑩 萬州報道") == "記者 孫 瑩"


def test_an_evening_papers_calls_dated_by_yesterday_and_a_follow_up_in_its_box():
    page = segment("重庆晚报　　2023年7月12日　星期三　　第07版　　热线·民生\n\n\n家门口成了“小水塘”\n\n"
                   "记者 唐 睿\n\n市民刘先生来电：小区门口积水。\n\n昨天上午，记者来到该小区。\n\n"
                   "本报将继续关注此事。\n\n\n■追踪\n\n占道多年的废品站搬走了\n\n"
                   "本报7月5日报道了此事。7月10日，记者再次来到现场。\n\n（记者 张 弛）\n")
    assert [(s.section, s.headline, s.date, s.reporters) for s in page.stories] == [
        (None, "家门口成了“小水塘”", "2023-07-11", ("唐睿",)),
        ("追踪", "占道多年的废品站搬走了", "2023-07-10", ("张弛",))]
    assert lines.classify(1, "本报记者 郑 渝 摄影报道").with_photos  # wrote and took the photos
    # The words someone said may open the report before its day.
    assert dates.opening_day("“师傅，这车开错了？”昨日下午3点多，在公交站。", "2023-12-19") == (
        "“师傅，这车开错了？”12月18日下午3点多，在公交站。")


def test_a_commentary_page_signed_by_the_papers_commentator_a_writer_and_sources():
    page = segment("以更优营商环境激发民营经济活力\n\n——一论深入贯彻全县民营经济发展大会精神\n\n本报评论员\n\n"
                   "4月11日召开的全县民营经济发展大会，总结了经验。\n\n\n桂溪杂谈\n\n干部“下沉”，更要“沉下去”\n\n"
                   "近日，我县组织干部下沉到村。\n\n作者：冉　静（垫江县高安镇人民政府）\n\n\n观点摘编\n\n"
                   "县域发展要在“特”字上做文章\n\n“县域经济发展最忌‘千县一面’。”\n\n"
                   "——周 航（重庆工商大学长江上游经济研究中心研究员），摘自《重庆日报》2025年3月18日\n")
    assert [(s.section, s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        (None, "以更优营商环境激发民营经济活力", "一论深入贯彻全县民营经济发展大会精神", ()),
        ("桂溪杂谈", "干部“下沉”，更要“沉下去”", None, ("冉静",)),
        (None, "观点摘编", "县域发展要在“特”字上做文章", ())]
    assert page.stories[2].paragraphs[-1].startswith("——周 航")  # the source signs its quote


def test_a_policy_interview_under_its_column_and_a_government_sites_disclosure_fields():
    page = segment("政策解读\n\n今年耕地地力保护补贴怎么领？\n\n——县农业农村委有关负责人答记者问\n\n"
                   "融媒体记者　陈 曦\n\n春耕在即，补贴申报工作即将启动。\n\n问：补贴补给谁？\n\n答：种地农民。\n\n\n"
                   "农技课堂\n\n油菜花期防治菌核病　抓住这个窗口期\n\n目前，油菜进入初花期。\n")
    assert [(s.section, s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("政策解读", "今年耕地地力保护补贴怎么领？", "县农业农村委有关负责人答记者问", ("陈曦",)),
        ("农技课堂", "油菜花期防治菌核病　抓住这个窗口期", None, ())]
    for field in ("索 引 号：11500238009341562W/2024-00086", "发布机构：巫溪县医疗保障局",
                  "文　　号：巫溪医保发〔2024〕28号", "成文日期：2024-09-02", "附件下载："):
        assert lines.classify(1, field).kind is lines.Kind.NOISE, field


def test_a_news_apps_article_copied_from_a_phone():
    page = segment("上游新闻\n汇聚向上的力量｜下载APP，看重庆更多新鲜事\n打开\n\n"
                   "老菜市场“变装”记：年轻人清早排队来买菜拍照\n\n"
                   "上游新闻·重庆晨报记者 唐 欢　实习生 罗一鸣　2025-04-14 06:50　重庆\n\n[图片]\n"
                   "4月13日早上7点，新华菜市场里前来买菜的市民络绎不绝。上游新闻·重庆晨报记者 唐欢 摄\n\n"
                   "早上7点不到，菜市场门口就排起了队。\n\n打开APP阅读全文\n\n全部评论 86\n说点什么...\n"
                   "最热｜最新\n\n跃进村老街坊\n小时候天天跟着我妈来这里买菜\nIP属地：重庆　04-14 08:12　回复　赞 236\n")
    assert [(s.headline, s.reporters, s.photographers) for s in page.stories] == [
        ("老菜市场“变装”记：年轻人清早排队来买菜拍照", ("唐欢", "罗一鸣"), ("唐欢",))]
    story = page.stories[0]
    assert story.captions == ("4月13日早上7点，新华菜市场里前来买菜的市民络绎不绝。",)  # no medium
    assert story.paragraphs == ("早上7点不到，菜市场门口就排起了队。",)
    assert page.date == "2025-04-14"  # the byline's time of release


def test_a_caption_credited_with_the_photographers_role_before_the_name():
    story = segment("梁平柚开园采摘　首批订单发往粤港澳\n\n本报记者　谭　宇\n\n9月20日，梁平柚开园采摘。\n\n"
                    "9月20日，梁平区金带街道双桂村，果农在采摘梁平柚。　特约摄影　刘　辉\n\n"
                    "首批订单发往粤港澳。\n").stories[0]
    assert (story.reporters, story.photographers) == (("谭宇",), ("刘辉",))
    assert story.captions == ("9月20日，梁平区金带街道双桂村，果农在采摘梁平柚。",)
    assert lines.classify(1, "他说：摄影是他的爱好。").kind is lines.Kind.BODY


def test_results_set_in_cells_under_their_events_are_the_reports_text():
    story = segment("28支队伍几江竞渡 德感街道队再夺男子组冠军\n\n本报讯 6月10日，龙舟赛举行。经过激烈角逐，"
                    "各组别前三名如下：\n\n男子组200米直道竞速：冠军　德感街道队　亚军　几江街道队　季军　双福街道队\n\n"
                    "女子组200米直道竞速：冠军　白沙镇队　亚军　几江街道队　季军　珞璜镇队\n\n"
                    "混合组500米环绕赛：冠军　重庆交通职业学院队　亚军　支坪镇队　季军　德感街道队\n\n"
                    "据了解，龙舟赛今年已是第十届。\n").stories
    assert [s.headline for s in story] == ["28支队伍几江竞渡 德感街道队再夺男子组冠军"]
    assert story[0].paragraphs[-1] == "据了解，龙舟赛今年已是第十届。"


def test_a_dotted_date_with_its_weekday_heads_the_page_and_news_briefs_share_their_column():
    page = segment("02　　综合　　　　　　　　彭水报　2024.5.10　星期五\n\n\n保家镇烤烟移栽进入扫尾阶段\n\n"
                   "本报讯(通讯员 任洪波) 5月8日，烟农正在移栽烟苗。\n\n\n要闻简报\n\n■我区新增2个便民生活圈试点\n"
                   "4月15日，记者从区商务委获悉。\n\n■首批稳岗返还资金发放到位\n日前，资金发放到位。\n")
    assert (page.paper, page.date, page.page_number, page.page_name) == (
        "彭水报", "2024-05-10", "02", "综合")
    assert [(s.section, s.headline, s.date) for s in page.stories] == [
        (None, "保家镇烤烟移栽进入扫尾阶段", "2024-05-08"),
        ("要闻简报", "我区新增2个便民生活圈试点", "2024-04-15"),
        ("要闻简报", "首批稳岗返还资金发放到位", None)]


def test_a_note_on_the_writers_above_the_text_closes_nothing():
    page = segment("以新质生产力推动产业向“新”而行\n\n——对产业转型升级的几点思考\n\n□ 陈立新　周晓蓉\n\n"
                   "（作者单位：某区委党校）\n\n榨菜是涪陵的特色产业。\n\n一、以科技创新重塑产业链条\n\n"
                   "科技创新是核心要素。\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("以新质生产力推动产业向“新”而行", ("陈立新", "周晓蓉"))
    assert story.paragraphs == ("榨菜是涪陵的特色产业。", "一、以科技创新重塑产业链条", "科技创新是核心要素。")
    assert "（作者单位：某区委党校）" in page.noise


def test_a_writer_with_their_workplace_and_a_books_author_among_its_fields():
    assert lines.classify(1, "作者：谭晓峰　单位：某区江东街道办事处").names == ("谭晓峰",)
    page = segment("书讯\n\n《乌江岸边话发展》出版发行\n\n近日，理论读物《乌江岸边话发展》出版。\n\n"
                   "书名：《乌江岸边话发展》\n作者：何明远\n出版：西南师范大学出版社\n定价：48.00元\n\n"
                   "全书分为三个部分。（况 蓉）\n")
    story, = page.stories
    assert (story.section, story.headline, story.reporters) == (
        "书讯", "《乌江岸边话发展》出版发行", ("况蓉",))  # 况: a family name only where a name stands
    assert story.paragraphs[1:5] == (
        "书名：《乌江岸边话发展》", "作者：何明远", "出版：西南师范大学出版社", "定价：48.00元")


def test_parts_numbered_with_the_same_word_are_subheads_and_an_expert_line_stands_alone():
    page = segment("春季过敏高发 这三个误区别踩\n\n专家：刘建国  某医院主任医师\n进入3月，花粉活跃起来。\n\n"
                   "刘建国在门诊为患者检查。（受访者供图）\n\n误区一：打喷嚏、流鼻涕就是感冒了\n\n症状很像。\n\n"
                   "误区二：吃点药缓解了就行\n\n药物只能控制症状。\n\n（本报记者 唐晓燕 整理）\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("春季过敏高发 这三个误区别踩", ("唐晓燕",))
    assert story.paragraphs[:2] == ("专家：刘建国  某医院主任医师", "进入3月，花粉活跃起来。")
    assert [story.paragraphs[i] for i in story.subheads] == [
        "误区一：打喷嚏、流鼻涕就是感冒了", "误区二：吃点药缓解了就行"]
    assert (story.captions, story.photographers) == (("刘建国在门诊为患者检查。（受访者供图）",), ())
    # One numbered line alone is no series: '巴南一：…' stays what it was.
    assert lines.classify(1, "看点一：新区开园").rule == "headline-shape"


def test_a_question_under_a_rubric_is_its_headline():
    page = segment("健康问答\n\n孩子春季反复咳嗽 家长该怎么办？\n\n春季是儿童呼吸道疾病高发期。\n\n"
                   "问：孩子咳嗽要去医院吗？\n\n答：要看情况。\n")
    story, = page.stories
    assert (story.section, story.headline) == ("健康问答", "孩子春季反复咳嗽 家长该怎么办？")


def test_html_character_references_of_a_web_dump_are_read_as_their_characters():
    page = segment("某报数字报 - 第08版：体育\n&lt;&lt; 上一版    下一版 &gt;&gt;    返回目录\n"
                   "2024年09月23日&nbsp;星期一\n&nbsp;\n\n乒乓球锦标赛落幕\n\n"
                   "本报讯（记者 钟 林）9月22日，锦标赛落幕。&ldquo;队员们很努力，&rdquo;领队说。\n")
    story, = page.stories
    assert story.paragraphs == ("9月22日，锦标赛落幕。“队员们很努力，”领队说。",)
    assert (page.paper, page.page_number, page.page_name, page.date) == (
        "某报", "08", "体育", "2024-09-23")
    from cqnews_site.inputs.reader import unescape_entities
    assert unescape_entities("R&D &amp; 5&lt;6 &bogus; &#0;") == "R&D & 5<6 &bogus; "


def test_a_government_sites_menu_search_box_and_list_of_articles_are_chrome():
    for chrome in ("首页　　政务公开　　政务服务　　互动交流", "请输入关键词　　搜索",
                   "· 某某调研重点项目建设和安全生产工作　　2025-06-19", "更多>>"):
        assert lines.classify(1, chrome).kind is lines.Kind.NOISE, chrome
    assert lines.classify(1, "首页经济带动新消费").kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "渝西8区携手“组团”招商").kind is lines.Kind.HEADLIKE  # news, no advert


def test_closing_credits_of_a_desk_and_a_writer_a_writer_alone_and_the_end_mark():
    assert lines.classify(1, "（区政府办 刘 畅）").names == ("刘畅",)
    assert lines.classify(1, "（邓 卓）").names == ("邓卓",)
    assert lines.classify(1, "（刘先生）").kind is not lines.Kind.CREDIT  # names no one
    assert lines.classify(1, "（完）").rule == "end-mark"
    page = segment("共享车位，为老小区松松绑\n\n日前，几家商场试行错时共享停车。\n\n（邓 卓）\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [("共享车位，为老小区松松绑", ("邓卓",))]


def test_readers_comments_signed_under_them_stay_in_the_story():
    page = segment("今日话题\n\n小区公共收益，该不该“晒”出来？\n\n编者按：公共收益该不该公开？\n\n"
                   "公共收益是全体业主的钱。\n——网友“山城小李”\n\n光公开还不够，要有人管。\n——南岸区 读者 刘国强\n")
    story, = page.stories
    assert (story.section, story.headline) == ("今日话题", "小区公共收益，该不该“晒”出来？")
    assert story.paragraphs[1:] == ("公共收益是全体业主的钱。", "——网友“山城小李”",
                                    "光公开还不够，要有人管。", "——南岸区 读者 刘国强")
    # Under a head, a dashed line is its deck.
    deck = segment("以新质生产力推动产业向新而行\n\n——对产业转型升级的几点思考\n\n科技创新是核心。\n")
    assert deck.stories[0].subtitle == "对产业转型升级的几点思考"


def test_column_endings_and_a_series_number_make_rubrics():
    for rubric in ("今日话题", "来论", "展讯", "选载", "律师说法", "典型案例", "普法小知识", "菜价行情",
                   "寻访非遗传承人⑥"):
        assert lines.is_rubric(rubric), rubric
    assert not lines.is_rubric("全区开展法律咨询进社区活动暨普法小知识竞赛")  # long: a headline


def test_numbered_entries_and_speakers_over_quotations_are_items():
    page = segment("签约项目一览\n\n1．年产30万套热管理系统项目\n签约企业：某科技有限公司　　投资额：15亿元\n\n"
                   "2．线控底盘生产基地项目\n签约企业：某装备有限公司　　投资额：22.5亿元\n\n\n嘉宾致辞摘要\n\n"
                   "陈立新　某汽车零部件集团有限公司董事长\n\n“我们集团在渝西扎根已经15年。”\n\n"
                   "林嘉禾　某半导体有限公司总裁\n\n“功率半导体是新能源汽车的心脏部件。”\n")
    projects, voices = page.stories
    assert [i.heading for i in projects.items] == ["年产30万套热管理系统项目", "线控底盘生产基地项目"]
    assert [(i.heading, i.paragraphs) for i in voices.items] == [
        ("陈立新　某汽车零部件集团有限公司董事长", ("“我们集团在渝西扎根已经15年。”",)),
        ("林嘉禾　某半导体有限公司总裁", ("“功率半导体是新能源汽车的心脏部件。”",))]
    # A lone numbered head is no list.
    assert lines.classify(1, "1．年产30万套热管理系统项目").kind is lines.Kind.HEADLIKE


def test_a_box_of_fields_its_last_field_and_an_excerpts_source():
    page = segment("一根竹丝 一帘山水\n\n本报记者 邓 波\n\n6月6日上午，谢玉梅坐在织机前。\n\n【人物名片】\n"
                   "姓名：谢玉梅\n出生：1960年，梁平区屏锦镇人\n项目：梁平竹帘制作技艺\n\n\n展讯\n\n"
                   "竹帘精品展开展\n\n本报讯 6月8日，精品展开展。\n时间：6月8日至7月20日\n地点：区文化馆\n"
                   "票价：免费（需提前通过“梁平文旅”微信公众号预约）\n\n\n选载\n\n篾匠街的黄昏\n\n"
                   "我小时候住的那条街叫篾匠街。\n\n（摘自《竹林深处是故乡》，冉启林 著，重庆出版社）\n")
    profile, show, excerpt = page.stories
    assert profile.paragraphs[-3:] == ("姓名：谢玉梅", "出生：1960年，梁平区屏锦镇人", "项目：梁平竹帘制作技艺")
    assert (show.section, show.paragraphs[-1]) == ("展讯", "票价：免费（需提前通过“梁平文旅”微信公众号预约）")
    assert (excerpt.section, excerpt.reporters) == ("选载", ("冉启林",))


def test_a_paragraph_a_line_without_blank_lines_is_no_pdf_text():
    body = "，".join(["沿途还能看到满山的绿色"] * 8) + "。"
    page = segment(f"　　赛事开幕\n　　5月5日，{body}\n　　{body}\n　　{body}\n"
                   f"綦江农民版画走进30所中小学课堂\n　　5月6日下午，{body}\n（责任编辑：邹 航）\n"
                   f"端午未到，铜梁龙舟队为何提前一个月下水？\n　　{body}\n")
    assert [s.headline for s in page.stories] == [
        "赛事开幕", "綦江农民版画走进30所中小学课堂", "端午未到，铜梁龙舟队为何提前一个月下水？"]


def test_four_characters_with_a_one_character_family_name_are_no_portrait_name():
    assert lines.classify(1, "农事提醒").rule != "portrait-name"
    assert lines.classify(1, "欧阳晓峰").rule == "portrait-name"
    assert lines.classify(1, "张 红").rule == "portrait-name"


def test_a_districts_box_over_a_headline_is_its_section_and_briefs_run_in_under_districts():
    page = segment("■ 大足\n\n宝顶山下民宿一房难求\n\n本报记者 何 静\n\n4月5日，民宿客满。\n\n\n"
                   "区县速览\n\n合川：4月3日，合川区钓鱼城景区研学季启动，首批接待学生。\n\n"
                   "涪陵：截至3月底，涪陵区今年已新开工重点项目47个。\n\n"
                   "（本栏稿件由本报记者 罗 敏 整理）\n")
    story, column = page.stories
    assert (story.section, story.headline, story.reporters) == ("大足", "宝顶山下民宿一房难求", ("何静",))
    assert (column.headline, column.reporters) == ("区县速览", ("罗敏",))
    assert [(i.heading, i.paragraphs, i.reporters) for i in column.items] == [
        ("合川", ("4月3日，合川区钓鱼城景区研学季启动，首批接待学生。",), ()),
        ("涪陵", ("截至3月底，涪陵区今年已新开工重点项目47个。",), ())]  # the credit signs the column
    # One paragraph opening with a district and a colon is no column of briefs.
    one = segment("标题甲\n\n本报讯 4月3日，会议召开。\n\n合川：会上，合川区作交流发言，介绍经验。\n")
    assert one.stories[0].items == ()


def test_a_news_apps_screen_chrome_and_its_readers_comments():
    for chrome in ("9:41        5G  88%", "<  返回        教育", "新重庆客户端  35分钟前  阅读 1.2万",
                   "35分钟前    阅读 1.2万", "点赞 1086    评论 52    收藏    分享", "赞 36",
                   "查看更多评论 >", "打开新重庆客户端，查看更多精彩内容"):
        assert lines.classify(1, chrome).kind is lines.Kind.NOISE, chrome
    assert lines.classify(1, "10:30 会议开始").kind is lines.Kind.HEADLIKE
    page = segment("AI助教走进乡村小学课堂\n\n新重庆-重庆日报记者 杜 鹃\n\n[视频]\n学生向AI助教提问。\n\n"
                   "昨天上午，学生们在科学课上提问。\n\n编辑：刘 洋    审核：陈 峰\n\n热门评论\n山城小雨  20分钟前\n"
                   "我们学校也有这个，回家天天讲！\n赞 36\n巴渝老张  12分钟前\n希望多推广到山区学校。\n")
    story, = page.stories
    assert (story.reporters, story.captions) == (("杜鹃",), ("学生向AI助教提问。",))
    assert story.paragraphs == ("昨天上午，学生们在科学课上提问。",)
    assert {"我们学校也有这个，回家天天讲！", "希望多推广到山区学校。"} <= set(page.noise)


def test_credits_in_cells_and_an_oral_historys_writer():
    assert lines.classify(1, "通讯员 王 宇  新重庆-重庆日报记者 何 川").names == ("王宇", "何川")
    told = lines.classify(1, "口述：向德明（81岁，某村居民）  整理：本报记者 李 蔓")
    assert (told.kind, told.names) == (lines.Kind.BYLINE, ("李蔓",))
    page = segment("口述实录\n\n“那条路，是我们一锤一锤凿出来的”\n\n口述：向德明（81岁，某村居民）  整理：本报记者 李 蔓\n\n"
                   "我今年81岁了，修路那年我28岁。\n")
    story, = page.stories
    assert (story.section, story.headline, story.reporters) == (
        "口述实录", "“那条路，是我们一锤一锤凿出来的”", ("李蔓",))


def test_a_chronicle_keyed_by_years_is_a_table_under_its_columns_names():
    page = segment("一条山路的半个世纪\n\n本报讯 10月26日，纪念活动举行。\n\n红岸公路大事记\n年份        事件\n"
                   "1972年        红岸公路动工\n1975年        公路修通，第一辆汽车开进村\n"
                   "2024年        公路拓宽工程完工，沿线新增\n错车道32处\n\n活动现场，村民载歌载舞。\n")
    story, = page.stories
    assert story.paragraphs[1] == "红岸公路大事记"  # the title, above the table
    assert [story.paragraphs[i] for i in story.rows] == [
        "年份        事件", "1972年        红岸公路动工", "1975年        公路修通，第一辆汽车开进村",
        "2024年        公路拓宽工程完工，沿线新增", "错车道32处"]
    assert story.paragraphs[-1] == "活动现场，村民载歌载舞。"


def test_a_photographers_role_without_a_colon_and_a_towns_credit():
    assert lines.classify(1, "特约摄影　向　阳").names == ("向阳",)
    assert lines.classify(1, "（长寿湖镇 谭晓敏）").names == ("谭晓敏",)
    assert lines.classify(1, "特约评论员文章").kind is not lines.Kind.PHOTO_CREDIT


def test_a_news_sites_dateline_with_its_hour_is_a_release_time():
    page = segment("某区预制菜生产线投产\n\n2024-09-12 09:30:15 来源: 某某网\n\n"
                   "某某网-新重庆客户端9月12日9时30分讯（记者 孙 茜）9月11日，生产线投产。\n\n"
                   "企业负责人介绍了情况。\n")
    story, = page.stories
    assert (story.reporters, story.date, page.date) == (("孙茜",), "2024-09-11", "2024-09-12")
    assert "2024-09-12 09:30:15 来源: 某某网" in page.noise
    # Without its hour a dateline's day is the story's, as a wire's is, unless the report's
    # first clause names an earlier day of its own (as h875's gold dates '人民网重庆11月19日电
    # （记者 刘畅）11月18日，…').
    wire = segment("某区生产线投产\n\n某某网9月12日讯（记者 孙 茜）近日，生产线投产。\n")
    assert wire.stories[0].date == "--09-12"
    wire = segment("某区生产线投产\n\n某某网9月12日讯（记者 孙 茜）9月11日，生产线投产。\n")
    assert wire.stories[0].date == "--09-11"


def test_a_poem_under_a_circled_writers_line_before_the_next_head():
    page = segment("川河盖的秋\n\n◎ 石 磊\n\n秋天是从山顶开始的\n一夜之间\n\n云在盖上歇脚\n牛羊在云里吃草\n\n"
                   "【摄影】秋染川河盖\n\n金秋时节，川河盖层林尽染。\n")
    poem = page.stories[0]
    assert (poem.headline, poem.reporters) == ("川河盖的秋", ("石磊",))
    assert poem.paragraphs == ("秋天是从山顶开始的", "一夜之间", "云在盖上歇脚", "牛羊在云里吃草")
    assert "【摄影】秋染川河盖" not in poem.paragraphs  # the next head is no line of the poem
    # A five-character headline after a column's name in brackets is still a headline.
    assert (page.stories[1].section, page.stories[1].headline) == ("摄影", "秋染川河盖")


def test_a_pdfs_text_with_blocks_a_blank_line_apart_its_deck_folio_and_a_cut_credit():
    page = segment("铜梁日报\n2024年6月12日　星期三\n3\n综合新闻　　　　　　责任编辑：周 敏\n\n"
                   "扎实推进乡村振兴　建设宜居宜业和美乡村\n我区新建高标准农田3.2万亩\n"
                   "——亩均增产约150公斤，同比增长12%\n"
                   "　　本报讯（记者 唐 宁 通讯员 何 欢）6月1\n"
                   "1日，记者从区农业农村委获悉，今年以来，我区新\n"
                   "建高标准农田3.2万亩，涉及12个镇街。\n"
                   "　　项目区内，机耕道、灌溉渠和排水沟一应俱\n"
                   "全，农户种地更省力。\n\n"
                   "区中医院专家进村义诊\n"
                   "　　6月10日，区中医院组织8名专家走进安居镇，为\n"
                   "200余名村民免费测量血压、血糖。（记者\n"
                   "周 洋）\n\n"
                   "新闻热线：023-45600000\n3\n")
    first, second = page.stories
    assert (first.kicker, first.headline, first.subtitle) == (
        "扎实推进乡村振兴　建设宜居宜业和美乡村", "我区新建高标准农田3.2万亩",
        "亩均增产约150公斤，同比增长12%")
    assert (first.reporters, first.date, len(first.paragraphs)) == (("唐宁", "何欢"), "2024-06-11", 2)
    # The credit cut at the wrap signs the brief; the folio under the foot line is no text.
    assert (second.headline, second.reporters) == ("区中医院专家进村义诊", ("周洋",))
    assert second.paragraphs == ("6月10日，区中医院组织8名专家走进安居镇，为200余名村民免费测量血压、血糖。",)
    assert lines.credit_names("记者田 甜") == ("田甜",)  # the role set close against the name


def test_a_roundup_of_town_briefs_in_brackets_cut_at_the_columns_width():
    page = segment("巫溪报　2024年6月28日　第3版\n\n"
                   "基层党建\n"
                   "　　【宁河街道】6月20日，宁河街道组织党员40余人到红\n"
                   "色教育基地开展主题党日活动，重温入党誓词。\n"
                   "（通讯员 何 琴）\n"
                   "　　【凤凰镇】近日，凤凰镇在全镇8个村建立“云上党\n"
                   "支部”，让外出务工党员离乡不离党。\n"
                   "　　【天元乡】6月19日，天元乡组织党员志愿者帮助留守\n"
                   "老人抢收油菜，并开展政策宣讲。（天元乡　冉　东）\n")
    story, = page.stories
    assert story.headline == "基层党建"
    assert [(i.heading, i.date, i.reporters) for i in story.items] == [
        ("宁河街道", "2024-06-20", ("何琴",)), ("凤凰镇", None, ()),
        ("天元乡", "2024-06-19", ("冉东",))]  # the town that signs is no name
    assert story.items[1].paragraphs == ("近日，凤凰镇在全镇8个村建立“云上党支部”，让外出务工党员离乡不离党。",)


def test_a_doctors_qa_cut_at_the_columns_width_under_its_column_and_a_list_of_points():
    def cut(text: str, width: int = 25) -> str:
        """``text`` in a PDF's lines: cut at the column's width, a mark that would open a
        line pulled back to the line above."""
        out: list[str] = []
        while text:
            take = width + (text[width:width + 1] in "，。？：、）")
            out.append(text[:take])
            text = text[take:]
        return "\n".join(out) + "\n\n"

    asked = "【读者问】一到冬天膝盖就疼，上楼时更明显，这是为什么？（读者 刘先生）"
    answered = "【专家答】低温会让关节周围血管收缩，关节液变得黏稠，活动时摩擦增大，所以会疼。"
    asked_again = "【读者问】我早上起床后膝盖发僵，活动一会儿又好些，是怎么回事？"
    page = segment("三峡都市报　2024年11月14日　星期四\n\n\n名医在线\n\n冬季护膝有讲究\n\n本报记者 牟 艳\n\n"
                   + cut("入冬以来，区人民医院骨科门诊接诊的膝关节疼痛患者明显增多，不少患者因为关节僵硬、"
                         "上下楼梯疼痛前来就诊。冬季该如何保护膝关节？本期我们请来该院骨科主任医师为读者答疑。")
                   + cut("专家介绍，膝关节是人体负重最大的关节之一，冬季气温低，关节周围的肌肉和韧带容易"
                         "紧张，再加上户外活动减少，膝关节疼痛的患者就会明显增多，其中以中老年人居多。")
                   + cut(asked) + cut(answered) + cut(asked_again)
                   + "【专家答】这是晨僵，起床后先热敷再活动。\n\n\n健康提醒\n\n流感进入高发期　这些人群尽早接种\n\n"
                   + cut("记者11月13日从区疾控中心获悉，流感进入高发季节。区疾控中心提醒市民：")
                   + cut("●60岁以上老年人和慢性病患者是优先接种人群，建议尽早到社区卫生服务中心接种。")
                   + "●勤洗手、常通风，少去人员密集的场所。\n\n（记者 熊 丽）\n")
    first, second = page.stories
    assert (first.section, first.headline, first.reporters) == ("名医在线", "冬季护膝有讲究", ("牟艳",))
    # The question's last line ('先生）', '怎么回事？') ends its paragraph: no head.
    at = first.paragraphs.index(asked)
    assert first.paragraphs[at:at + 3] == (asked, answered, asked_again)
    assert (second.section, second.headline, second.reporters) == (
        "健康提醒", "流感进入高发期　这些人群尽早接种", ("熊丽",))
    assert second.paragraphs[-1] == "●勤洗手、常通风，少去人员密集的场所。"  # a point, no brief


def test_a_briefs_column_titled_in_brackets_run_into_the_text():
    page = segment("区县法治　　　　编辑　杨　帆\n\n\n警方快讯\n\n"
                   "【老人赶集走失　民警40分钟助其回家】11月24日上午，丁家派出所接到群众求助，称一名老人在街头"
                   "徘徊。民警当天中午便将老人送回家中。\n\n（通讯员 陈 浩）\n\n"
                   "【冒充“客服”骗退款　警方紧急止付】11月21日，市民吴女士接到自称“快递客服”的电话，转出4.6万元"
                   "后察觉被骗。民警成功将资金冻结。\n")
    story, = page.stories
    assert (story.headline, story.section) == ("警方快讯", None)
    assert [(i.heading, i.date, i.reporters) for i in story.items] == [
        ("老人赶集走失　民警40分钟助其回家", "--11-24", ("陈浩",)),
        ("冒充“客服”骗退款　警方紧急止付", "--11-21", ())]
    assert story.items[1].paragraphs[0].startswith("11月21日，市民吴女士")
    # A label in brackets ('【案情回顾】') is shorter than a title: no brief.
    assert layout._bracketed_brief("【案情回顾】2023年5月，刘某与赵某签订合同。") is None


def test_stories_two_blank_lines_apart_on_a_page_whose_paragraphs_touch():
    page = segment("黔江日报　2025年9月19日　星期五\n\n\n我区将举办“中国农民丰收节”系列活动\n\n"
                   "本报讯（全媒体记者 罗 敏）9月17日，记者从区农业农村委获悉，丰收节将于下周开幕。\n"
                   "活动期间，将开展农特产品展销、农民趣味运动会等活动。\n"
                   "各乡镇（街道）的200余种农特产品将参展。\n\n\n"
                   "城西街道：“院坝会”开到居民家门口\n\n"
                   "“楼道灯坏了好久，这回总算有人管了！”9月15日晚，城西街道召开院坝会。\n"
                   "今年以来，院坝会已解决群众急难愁盼问题320余件。\n（通讯员 田 甜）\n")
    assert [(s.headline, s.date, s.reporters) for s in page.stories] == [
        ("我区将举办“中国农民丰收节”系列活动", "2025-09-17", ("罗敏",)),
        ("城西街道：“院坝会”开到居民家门口", "2025-09-15", ("田甜",))]


def test_a_supplement_page_nameplate_essay_bio_two_poems_and_a_titled_photo():
    page = segment("巫溪报　　　　　　2024年12月6日　星期五　　第4版\n\n宁　河\n第88期\n\n\n"
                   "炕洋芋\n\n□冉　秋\n\n冬天的傍晚，火塘边总围着一家人。\n\n洋芋埋进火灰里，香味慢慢飘出来。\n\n"
                   "作者简介：冉秋，巫溪县人，县作家协会会员。\n\n\n"
                   "山里的雪（外一首）\n\n文/向小禾\n\n雪落在红池坝\n落在牛羊的背上\n\n山路白了\n炊烟还是青的\n\n"
                   "灵巫洞\n\n洞口的风\n吹了一千年\n\n石头记得\n每一个进山的人\n\n\n"
                   "红池坝雪景　　　　　　　　杜　峰　摄\n\n初冬时节，红池坝迎来首场降雪，草场银装素裹。\n")
    essay, poems, photo = page.stories
    assert (essay.headline, essay.reporters) == ("炕洋芋", ("冉秋",))
    assert essay.paragraphs[-1] == "洋芋埋进火灰里，香味慢慢飘出来。"  # the writer's note is no text
    assert (poems.headline, poems.reporters, poems.subheads) == (
        "山里的雪（外一首）", ("向小禾",), (4,))  # the second poem's title
    assert poems.paragraphs[4] == "灵巫洞" and len(poems.verses) == 8
    assert (photo.headline, photo.photographers) == ("红池坝雪景", ("杜峰",))
    assert "宁　河" in page.noise


def test_who_wrote_and_who_took_the_photos_each_after_a_slash_and_a_photo_credit_cut_at_the_wrap():
    line = lines.classify(1, "文/通讯员 黄 俊　图/融媒体记者 马 骁")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("黄俊",), ("马骁",))
    page = segment("重庆日报　2025年3月20日　星期四　第6版\n\n\n春到山城步道\n\n"
                   "　　3月18日，渝中区山城第三步道，市民和游客沿着石梯坎拾级而上，两旁的黄葛\n"
                   "树吐出新芽，老街区与新建筑错落相映。山城步道串联起渝中半岛的老街巷和\n"
                   "观景平台，是感受重庆山城风貌的好去处。中心城区已累计建成山城步道近900\n"
                   "公里，城市慢行系统不断完善，市民出行更加便利，游客也多了好去处。（首席\n"
                   "记者 龙 帆 摄/视觉重庆）\n")
    story, = page.stories
    assert (story.headline, story.photographers) == ("春到山城步道", ("龙帆",))
    assert story.paragraphs[-1].endswith("游客也多了好去处。")


def test_a_case_told_under_bracketed_part_labels_and_a_pupils_essay_under_its_column():
    page = segment("区县法治　　编辑　杨　帆\n\n\n以案说法\n\n网购二手手机收到“翻新机”　卖家被判退一赔三\n\n【案情回顾】\n\n"
                   "今年5月，刘某在某二手交易平台购买了一部二手手机。\n\n刘某将赵某诉至法院。\n\n【法官说法】\n\n"
                   "经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿。\n\n（大渡口区法院　刘　倩）\n\n\n"
                   "学子笔会\n\n外婆的菜园\n\n汇龙小学五年级（3）班　周语桐\n\n外婆家在松溉古镇边上，屋后有一块小小的菜园。\n")
    case, essay = page.stories
    assert (case.section, case.headline, case.subtitle, case.reporters) == (
        "以案说法", "网购二手手机收到“翻新机”　卖家被判退一赔三", None, ("刘倩",))
    assert [case.paragraphs[i] for i in case.subheads] == ["【案情回顾】", "【法官说法】"]
    assert (essay.section, essay.headline, essay.subtitle, essay.reporters) == (
        "学子笔会", "外婆的菜园", None, ("周语桐",))
    assert lines.classify(1, "华龙网 > 区县频道 > 武隆 > 正文").kind is lines.Kind.NOISE  # a breadcrumb


def test_titled_photos_under_a_photo_column_and_a_catchy_kicker_under_a_column():
    page = segment("合川日报　2025年8月20日　星期三　第3版\n\n\n乡村振兴进行时\n\n稻花鱼肥迎丰收\n\n"
                   "太和镇1.2万亩稻渔田实现“一水两用、一田双收”\n\n本报记者　唐　宁\n\n"
                   "8月18日，太和镇的稻田里，农户正忙着收鱼。\n\n\n图片新闻\n\n金色田野开镰忙\n\n"
                   "8月18日，钱塘镇大柱村，农机手驾驶收割机收割水稻。\n\n记者　周　洋　摄\n\n\n"
                   "追肥“促芽”种再生稻\n\n8月16日，双槐镇清平村，农户在稻田里追施“促芽肥”。（通讯员 唐小兵 摄）\n")
    lead, first, second = page.stories
    assert (lead.section, lead.kicker, lead.headline, lead.subtitle) == (
        "乡村振兴进行时", "稻花鱼肥迎丰收", "太和镇1.2万亩稻渔田实现“一水两用、一田双收”", None)
    assert [(s.section, s.headline, s.photographers) for s in (first, second)] == [
        ("图片新闻", "金色田野开镰忙", ("周洋",)), ("图片新闻", "追肥“促芽”种再生稻", ("唐小兵",))]
    assert layout.is_rubric("企业风采")


def test_a_notice_announcing_later_days_is_of_the_day_it_was_signed():
    page = segment("永川日报　2025年6月3日　星期二　第3版\n\n\n永川区教育委员会关于2025年初中学业水平考试有关事项的公告\n\n"
                   "2025年永川区初中学业水平考试将于6月12日至14日举行。现将有关事项公告如下：\n\n"
                   "一、考试时间。6月12日上午语文。\n\n特此公告。\n\n永川区教育委员会\n\n2025年5月30日\n")
    assert page.stories[0].date == "2025-05-30"  # the exam days are what it announces
    found = segment("丰都报　2024年7月23日　星期二　第3版\n\n\n招领启事\n\n"
                    "7月21日下午，我所民警在滨江路巡逻时，拾到黑色男式钱包一个。\n\n"
                    "名山派出所\n\n2024年7月22日\n")
    assert found.stories[0].date == "2024-07-21"  # the day it tells of, before it was signed


def test_a_wechat_digest_of_numbered_news_each_signed_and_its_accounts_card():
    page = segment("今日渝北丨两江协同创新区新签约项目12个\n\n原创 渝北融媒 渝北发布\n2024年11月20日 19:02 重庆\n\n"
                   "今日渝北\n第826期\n2024年11月20日　星期三\n\n"
                   "01\n两江协同创新区新签约项目12个\n\n11月20日上午，项目集中签约活动举行。\n\n记者：杨 帆\n\n"
                   "02\n兴隆镇入选市级乡村旅游重点村\n\n日前，市文化旅游委公布重点村名单。（通讯员 赵 琳）\n\n"
                   "03\n我区开展冬季森林防火演练\n\n11月19日，我区在铁山坪林区开展演练。\n\n记者：蒋 丽\n\n"
                   "往期回顾\n今日渝北丨第825期\n今日渝北丨第824期\n\n"
                   "渝北发布\n微信号：yubeifabu\n讲好渝北故事，传播渝北声音\n\n预览时标签不可点\n")
    story, = page.stories
    assert (story.section, story.headline) == ("今日渝北", "两江协同创新区新签约项目12个")
    assert [(i.heading, i.date, i.reporters) for i in story.items] == [
        ("两江协同创新区新签约项目12个", "2024-11-20", ("杨帆",)),
        ("兴隆镇入选市级乡村旅游重点村", None, ("赵琳",)),
        ("我区开展冬季森林防火演练", "2024-11-19", ("蒋丽",))]
    assert {"往期回顾", "今日渝北丨第825期", "渝北发布", "讲好渝北故事，传播渝北声音"} <= set(page.noise)


def test_an_evening_papers_roundup_of_hotline_cases_each_under_a_bullet_and_its_own_day():
    page = segment("重庆晚报　2023年12月19日　星期二\n\n\n降温首日　这些求助电话都有了回音\n\n记者 陈 静\n\n"
                   "受寒潮影响，昨日主城气温骤降，本报热线接到不少求助。\n\n"
                   "■独居老人家中停电　社区连夜送来取暖器\n\n昨日傍晚6点过，南坪街道的谢女士打进热线。\n\n"
                   "■小区停水一整天　供水公司连夜抢修\n\n“一大早就没水了。”昨日上午，观音桥街道一小区居民来电。\n")
    story, = page.stories
    assert [(i.heading, i.date) for i in story.items] == [
        ("独居老人家中停电　社区连夜送来取暖器", "2023-12-18"),
        ("小区停水一整天　供水公司连夜抢修", "2023-12-18")]
    assert story.paragraphs == ("受寒潮影响，昨日主城气温骤降，本报热线接到不少求助。",)
    # Under a feature's text, parts that go on with its story stay its subheads.
    feature = segment("老街新生\n\n老街改造已近尾声。\n\n■从“种得好”到“卖得好”\n\n合作社搭起了直播间。\n\n"
                      "■从“一家富”到“一村富”\n\n村里成立了公司。\n")
    assert feature.stories[0].subheads == (1, 3) and not feature.stories[0].items


def test_a_letter_spaced_column_a_news_apps_chrome_and_briefs_titled_before_a_wide_space():
    page = segment("渝北时报　2025年9月25日　星期四　第6版\n\n\n市场速递\n\n"
                   "◆“金秋惠购”消费季启动　9月20日，2025渝北“金秋惠购”消费季启动。\n\n"
                   "◆新建商品住房成交面积环比回升　记者9月23日从区住房城乡建委获悉，成交面积环比回升。\n\n\n"
                   "暖　新　闻\n\n外卖骑手“顺手”扑灭电动车起火\n\n4月7日，一名外卖骑手扑灭了一辆起火的电动车。\n")
    column, warm = page.stories
    assert [(i.heading, i.date) for i in column.items] == [
        ("“金秋惠购”消费季启动", "2025-09-20"), ("新建商品住房成交面积环比回升", "2025-09-23")]
    assert (warm.section, warm.headline) == ("暖新闻", "外卖骑手“顺手”扑灭电动车起火")
    app = ["＜\u3000\u3000\u3000\u3000···", "上游新闻\u3000\u3000\u3000\u3000听新闻", "＋关注", "视频　00:00 / 01:46",
           "举报", "暂无评论，快来抢沙发吧", "写评论…\u3000\u3000\u3000发布", "下载上游新闻APP，参与更多互动"]
    assert {lines.classify(1, text).kind for text in app} == {lines.Kind.NOISE}
    credit = lines.classify(1, "（上游新闻·重庆晨报记者 谭 颖　通讯员 冉启航）")
    assert (credit.kind, credit.names) == (lines.Kind.CREDIT, ("谭颖", "冉启航"))


def test_a_district_page_of_stories_each_under_its_bracketed_district():
    page = segment("第9版 | 区县新闻 | 2025年10月16日 星期四 | 重庆日报\n\n"
                   "【万州】新田港二期码头投用　集装箱年吞吐能力再增50万标箱\n\n本报驻万州记者　谭　江\n\n"
                   "10月14日上午，新田港二期码头正式投用。\n\n据了解，万州正加快建设航运枢纽。\n\n\n"
                   "【彭水】苗绣工坊开进安置点\n\n10月13日，在绍庆街道的苗绣工坊里，绣娘们正忙着。\n\n\n"
                   "抢抓晴好天气\n\n巫溪5万亩秋洋芋开挖上市\n\n本报讯（记者 向 阳）10月13日，土城镇的洋芋开挖。\n")
    assert [(s.section, s.kicker, s.headline, s.date) for s in page.stories] == [
        ("万州", None, "新田港二期码头投用　集装箱年吞吐能力再增50万标箱", "2025-10-14"),
        ("彭水", None, "苗绣工坊开进安置点", "2025-10-13"),
        (None, "抢抓晴好天气", "巫溪5万亩秋洋芋开挖上市", "2025-10-13")]  # no weather box
    # Under a roundup's head, a bracketed place opens an item (as before).
    roundup = segment("区县快讯\n\n【忠县】项目集中开工\n\n4月2日，开工。\n\n【垫江】牡丹节开幕\n\n4月3日，开幕。\n")
    assert [i.heading for i in roundup.stories[0].items] == ["【忠县】项目集中开工", "【垫江】牡丹节开幕"]


def test_a_profile_with_its_card_box_a_quoted_part_head_and_a_related_story_under_its_label():
    page = segment("一个出诊包　四十一年乡村路\n\n本报记者 周 凌\n\n8月15日清晨，曾庆华背起出诊包出门。\n\n"
                   "人物名片\n曾庆华　男，1964年6月生，中共党员\n荣昌区清江镇竹林村卫生室乡村医生\n"
                   "从医41年，累计接诊村民20余万人次\n\n"
                   "■ “只要走得动，就一直干下去”\n\n去年，曾庆华到了退休年龄，家人劝他歇一歇。\n\n\n"
                   "相关新闻\n\n我区为276名乡村医生办理意外伤害保险\n\n"
                   "本报讯（通讯员 罗 琼）8月18日，区卫生健康委为乡村医生办理了保险。\n")
    profile, related = page.stories
    assert profile.paragraphs[1:4] == ("曾庆华　男，1964年6月生，中共党员", "荣昌区清江镇竹林村卫生室乡村医生",
                                       "从医41年，累计接诊村民20余万人次")  # the card's lines
    assert [profile.paragraphs[i] for i in profile.subheads] == ["“只要走得动，就一直干下去”"]
    assert (related.section, related.headline, related.reporters) == (
        "相关新闻", "我区为276名乡村医生办理意外伤害保险", ("罗琼",))


def test_columns_of_people_site_visits_and_tips_and_pictures_given_by_the_interviewee():
    assert all(layout.is_rubric(name) for name in ("体育人物", "工地探访", "领券攻略", "体坛短波"))
    line = lines.classify(1, "文/上游新闻·重庆晨报记者 谭娟　图/受访者提供")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("谭娟",), ())


def test_a_closing_credit_that_took_the_pictures_too_and_a_photo_credit_with_its_desk():
    credit = lines.classify(1, "（文/图　屏锦镇　胡　敏）")
    assert (credit.kind, credit.names, credit.with_photos) == (lines.Kind.CREDIT, ("胡敏",), True)
    photo = lines.classify(1, "（区融媒体中心　冉　航　摄）")
    assert (photo.kind, photo.names) == (lines.Kind.PHOTO_CREDIT, ("冉航",))


def test_a_title_at_the_margin_under_a_closed_paragraph_of_a_pdfs_text_is_a_head():
    page = segment("北碚报　2025年11月18日　星期二　第1版\n\n\n简　讯\n"
                   "天生街道开展消防安全“敲门行动”\n"
                   "　　本报讯　近日，天生街道组织社区网格员、消防志愿者\n"
                   "开展消防安全“敲门行动”，走进老旧小区和沿街商铺，\n"
                   "发放安全宣传资料3000余份。（通讯员　刘思雨）\n"
                   "区图书馆“缙云讲堂”开讲\n"
                   "　　本报讯　11月16日，区图书馆“缙云讲堂”冬季系列\n"
                   "讲座开讲，为120余名市民讲述了北碚的历史文化。\n"
                   "　　讲座将持续到明年1月，每周日下午举行，市民可\n"
                   "免费参加。\n")
    assert [s.headline for s in page.stories] == ["天生街道开展消防安全“敲门行动”", "区图书馆“缙云讲堂”开讲"]


def test_two_writers_joined_by_a_pause_mark_the_second_spaced():
    assert lines.people_in_credit("记者 石雨涵、高 远") == ("石雨涵", "高远")


def test_a_wechat_articles_author_line_account_card_and_recommendations_are_chrome():
    page = segment("暖心！社区食堂让独居老人吃上热乎饭\n\n垫江县融媒体中心 垫江发布\n2025年12月09日 19:45 重庆\n\n"
                   "12月8日中午，新民社区长者食堂里坐满了老人。\n\n记者：黄诗雨\n\n"
                   "垫江发布\n垫江县融媒体中心官方公众号，权威发布垫江资讯。\n142篇原创内容\n公众号\n\n阅读 1.3万\n\n"
                   "喜欢此内容的人还喜欢\n垫江：这些路段近期封闭施工，请注意绕行\n")
    story, = page.stories
    assert (story.headline, story.date, story.reporters) == (
        "暖心！社区食堂让独居老人吃上热乎饭", "2025-12-08", ("黄诗雨",))
    assert story.paragraphs == ("12月8日中午，新民社区长者食堂里坐满了老人。",)
    assert {"垫江县融媒体中心 垫江发布", "142篇原创内容", "公众号", "阅读 1.3万"} <= set(page.noise)


def test_a_box_under_its_label_holds_a_few_lines_on_a_page_with_no_blank_lines():
    page = segment("荣昌报　2025年8月19日　星期二　第4版\n\n"
                   "一个出诊包　四十一年乡村路\n本报记者 周 凌\n8月15日清晨，曾庆华背起出诊包出门。\n"
                   "人物名片\n曾庆华　男，1964年6月生\n竹林村卫生室乡村医生\n从医41年\n"
                   "他走遍了全村的山路。\n村民都认得他。\n他说还要干下去。\n家人也支持他。\n他笑着说身体还硬朗。\n"
                   "区卫生健康委为乡村医生办理意外伤害保险\n本报讯（通讯员 罗 琼）8月18日，保险办妥。\n")
    assert [s.headline for s in page.stories] == [
        "一个出诊包　四十一年乡村路", "区卫生健康委为乡村医生办理意外伤害保险"]


def test_a_dash_inside_quotation_marks_is_the_names_own_not_a_deck():
    assert layout.split_deck("“巴风渝韵——巴蜀青铜文化特展”本周六开展") == (
        "“巴风渝韵——巴蜀青铜文化特展”本周六开展", None)
    assert layout.split_deck("守住堤坝——我区全力应对汛情") == ("守住堤坝", "我区全力应对汛情")


def test_a_commentary_signed_far_right_by_a_commentator():
    page = segment("新重庆快评\n\n让通道优势更好转化为发展胜势\n\n"
                   "　　通道是开放的“生命线”，但通道本身不是目的。\n\n"
                   "　　向海而兴，向新而行，开放高地建设必将迈出坚实步伐。\n\n"
                   + "　" * 20 + "新重庆-重庆日报评论员　江　舟\n\n\n"
                   "主城都市区今年将新增城市绿道500公里\n\n本报记者　苏　畅\n\n"
                   "　　4月16日，记者从市城市管理局获悉，今年将新建绿道。\n")
    first, second = page.stories
    assert (first.section, first.headline, first.reporters) == (
        "新重庆快评", "让通道优势更好转化为发展胜势", ("江舟",))
    assert (second.headline, second.reporters) == ("主城都市区今年将新增城市绿道500公里", ("苏畅",))


def test_two_characters_set_apart_over_a_headline_name_its_column():
    page = segment("诗　林\n江边四月\n◎冉　舟\n四月的乌江\n悄悄送到长江边上\n\n两条江在这里握手\n"
                   "一条清，一条浊\n")
    assert (page.stories[0].section, page.stories[0].headline) == ("诗林", "江边四月")
    assert lines.is_rubric("诗　林") is False  # alone over text it stays a head ('点　评')
    assert lines.letter_spaced("黄 婷", 2) is False  # a name padded to three cells


def test_a_poem_ends_where_more_space_follows_than_between_its_stanzas():
    page = segment("菜花黄\n□秦小禾\n三月，坡上的菜花全黄了\n蜜蜂比人先到\n\n父亲蹲在田埂上抽烟\n"
                   "烟圈一个套着一个\n\n\n书　评\n《长江边的小城》：在烟火里读懂一座城\n■邓知远\n"
                   "翻开本土作家何秋月的散文集，扑面而来的是浓浓的烟火气。\n")
    poem, review = page.stories
    assert poem.paragraphs[-1] == "烟圈一个套着一个"
    assert (review.section, review.headline, review.reporters) == (
        "书评", "《长江边的小城》：在烟火里读懂一座城", ("邓知远",))


@pytest.mark.parametrize("printed", ["二〇〇五年三月八日", "二○○五年三月八日", "二OO五年三月八日"])
def test_a_year_in_chinese_numerals_with_any_printed_zero(printed):
    match = dates.DATE_RE.search(printed)
    assert match is not None and dates.chinese_number(match["year"]) == 2005


def test_a_head_over_a_report_signed_by_another_writer_opens_a_story():
    page = segment("名山街道加装电梯驶入“快车道”\n"
                   "　　本报讯（融媒体记者 向 宇）11月17日上午，滨江社区新装的电梯投入使用。\n"
                   "　　据统计，今年已建成投用加装电梯42部。\n"
                   "三合街道：冬季消防排查“不留死角”\n"
                   "　　入冬以来，三合街道组织排查小分队开展消防排查。\n"
                   "　　截至目前，已排查各类隐患23处。（通讯员　谭小琴）\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("名山街道加装电梯驶入“快车道”", ("向宇",)), ("三合街道：冬季消防排查“不留死角”", ("谭小琴",))]


def test_a_credit_whose_wrap_cut_the_space_between_desk_and_name():
    assert lines.people_in_credit("兴义镇刘　珊") == ("刘珊",)


def test_advert_words_in_a_line_of_a_cut_paragraph_are_the_paragraphs():
    width = "据介绍，冰雪季期间，度假区还将推出“滑雪+温泉”“冰雪+民"
    page = segment("南天湖冰雪季12月20日开启\n"
                   "　　本报讯（融媒体记者 王 川）记者11月18日从南天湖旅游度假\n"
                   "区获悉，2025—2026南天湖冰雪季将于12月20日开启。今年度假\n"
                   "区新增了雪地摩托等6个游乐项目。\n"
                   "　　连日来，度假区组织60多名工作人员对索道、魔毯等设施设备进行检\n"
                   "修调试，20台造雪机已陆续进场。\n"
                   f"　　{width}\n"
                   "宿”等组合套餐，对县内居民实行门票优惠，并开通丰都县城至南天\n"
                   "湖的旅游专线车。\n")
    story, = page.stories
    assert story.paragraphs[-1].endswith("对县内居民实行门票优惠，并开通丰都县城至南天湖的旅游专线车。")


def test_towns_run_in_before_briefs_on_a_page_cut_at_the_columns_width():
    page = segment("村里新鲜事\n\n"
                   "三建乡：10月21日，三建乡高山蔬菜冷链集配中心正式投用，冷库容量\n"
                   "2000立方米，日均可预冷、分拣蔬菜60吨，次日即可摆上主城超市的\n"
                   "货架。（通讯员　陈晓梅）\n\n"
                   "江池镇：近日，江池镇在镇文化广场举办乡村振兴技能培训会，邀请\n"
                   "专家为200余名农村妇女讲授电商销售等知识。（通讯员　邓可）\n")
    story, = page.stories
    assert [item.heading for item in story.items] == ["三建乡", "江池镇"]


def test_the_speakers_of_a_box_under_its_label_and_title():
    page = segment("村民说\n\n“日子越过越有‘柚’味”\n\n刘大贵　石板滩村4组村民\n\n"
                   "“现在种上柚子，我家8亩柚园一年能收入4万多元。”\n\n黄德明　石板滩村脱贫户\n\n"
                   "“合作社给我们统一发苗子、教技术，还保底收购。”\n\n冉小燕　返乡创业青年\n\n"
                   "“我在网上直播卖柚子，一场直播最多卖了2000多单。”\n")
    story, = page.stories
    assert (story.section, story.headline) == ("村民说", "“日子越过越有‘柚’味”")
    assert [item.heading for item in story.items] == [
        "刘大贵　石板滩村4组村民", "黄德明　石板滩村脱贫户", "冉小燕　返乡创业青年"]


@pytest.mark.parametrize("folio", ["**重庆日报**　第6版　区县新闻", "石柱日报　第3版",
                                   "综合新闻　　　　　　　　　　　　　　　　　　02"])
def test_a_papers_name_or_a_pages_name_with_the_pages_number_is_furniture(folio):
    assert lines.classify(1, folio).kind is lines.Kind.NOISE


def test_a_headline_naming_a_paper_and_a_page_is_no_furniture():
    assert lines.classify(1, "重庆日报第3版刊发评论员文章").kind is lines.Kind.HEADLIKE


def test_a_special_issues_name_over_the_first_story_is_the_pages_banner():
    page = segment("舌尖上的万州　第五届万州烤鱼美食文化节特刊\n\n第五届万州烤鱼美食文化节开幕\n\n"
                   "本报讯（记者 刘 洋）9月26日晚，第五届万州烤鱼美食文化节开幕。\n")
    assert page.banner == "舌尖上的万州　第五届万州烤鱼美食文化节特刊"
    assert page.stories[0].kicker is None


def test_a_cards_lines_under_its_label_stay_the_cards_but_a_box_with_its_own_title_is_a_story():
    page = segment("万州烤鱼产业年产值突破50亿元\n\n本报讯　全区共有烤鱼餐饮企业2100余家。（记者　邓　凯）\n\n"
                   "链接\n万州烤鱼的由来\n万州烤鱼起源于上世纪八九十年代的万州码头，后来逐渐走上街头，\n"
                   "成为重庆美食的代表之一。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "万州烤鱼产业年产值突破50亿元"), ("链接", "万州烤鱼的由来")]


def test_a_column_of_poetry_heads_every_poem_under_it():
    page = segment("诗　林\n江边四月\n◎冉　舟\n四月的乌江\n悄悄送到长江边上\n\n两条江在这里握手\n一条清，一条浊\n"
                   "\n\n菜花黄\n□秦小禾\n三月，坡上的菜花全黄了\n蜜蜂比人先到\n\n父亲蹲在田埂上抽烟\n烟圈一个套着一个\n")
    assert [(s.section, s.headline) for s in page.stories] == [("诗林", "江边四月"), ("诗林", "菜花黄")]


def test_a_letter_signed_by_a_reader_where_she_lives_and_the_answer_under_it():
    signed = lines.classify(1, "　" * 12 + "读者　钱淑芬（棠香街道）")
    assert (signed.kind, signed.names) == (lines.Kind.BYLINE, ("钱淑芬",))
    expert = lines.classify(1, "（答复专家：大足区人民医院疼痛科副主任医师　杨　帆）")
    assert (expert.kind, expert.rule, expert.names) == (lines.Kind.CREDIT, "author-note", ())
    page = segment("读者来信\n老伴腰疼总说“忍忍就好”，这样对吗？\n　　编辑同志：\n"
                   "　　我老伴今年70岁，这半年来一直喊腰疼。\n" + "　" * 12 + "读者　钱淑芬（棠香街道）\n"
                   "■医生回复\n　　钱女士：您好！老年人的慢性疼痛不能一“忍”了之。\n"
                   + "　" * 12 + "（答复专家：大足区人民医院疼痛科副主任医师　杨　帆）\n\n"
                   "健康小贴士\n倒春寒来袭　老人晨练“四不宜”\n　　近期气温起伏较大。\n（区疾控中心　周小燕）\n")
    letter, tips = page.stories
    assert (letter.section, letter.reporters) == ("读者来信", ("钱淑芬",))
    assert letter.paragraphs[-1] == "钱女士：您好！老年人的慢性疼痛不能一“忍”了之。"
    assert (tips.section, tips.headline, tips.reporters) == (
        "健康小贴士", "倒春寒来袭　老人晨练“四不宜”", ("周小燕",))


def test_a_box_of_experts_under_the_headline_comes_before_the_byline_that_signs_it():
    page = segment("名医讲堂\n老人腿脚越来越“沉”？当心肌少症找上门\n受访专家\n"
                   "罗德全　大足区人民医院老年医学科主任、主任医师\n黄　莉　大足区中医院康复医学科副主任医师\n"
                   "本报记者　邱　敏\n　　“以前一口气能爬到五楼，现在爬两层就腿软。”\n"
                   "■三个信号要留心\n　　罗德全提醒，老人如果出现以下情况，要警惕肌少症。\n")
    story, = page.stories
    assert (story.section, story.reporters) == ("名医讲堂", ("邱敏",))
    assert story.paragraphs[0] == "罗德全　大足区人民医院老年医学科主任、主任医师"


SCAN = ("第2版　　综合新闻　　　　　涪陵日報　　二OO五年三月八日　星期二\n\n"
        "全区青菜头收砍过半\n\n"
        "  本报讯（记者 冉 平 通讯员 夏\n明）3月6日，记者从区榨菜办获\n悉，全区已收砍青菜头68万吨，占\n"
        "预计总产量的56%。\n  今年全区青菜头种植面积达52万\n亩，比去年增加3万亩。\n"
        "  区榨菜办有关负责人介绍，区里\n开通了收购信息热线。\n¤\n"
        "  本报讯（记者 李 红）3月7日，区\n妇联召开表彰大会，表彰了20名\n区级“三八”红旗手。\n"
        "  受表彰的妇女主任王秀英，带领\n村里妇女种植青菜头。\n\n"
        "区妇联表彰20名“三八”红旗手\n\n"
        "“春风行动”招聘会送岗位3200余个\n"
        "  本报讯　3月5日，区劳动和社会保\n障局举办“春风行动”专场招聘会。\n"
        "（通讯员　何　霞）\n")


def test_a_scan_indented_by_two_spaces_with_a_headline_printed_after_its_story():
    page = segment(SCAN)
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("全区青菜头收砍过半", ("冉平", "夏明"), "2005-03-06"),
        ("区妇联表彰20名“三八”红旗手", ("李红",), "2005-03-07"),
        ("“春风行动”招聘会送岗位3200余个", ("何霞",), "2005-03-05")]
    assert page.stories[0].paragraphs[0] == "3月6日，记者从区榨菜办获悉，全区已收砍青菜头68万吨，占预计总产量的56%。"
    assert "¤" in page.noise


def test_words_and_pictures_by_a_media_centres_reporter():
    line = lines.classify(1, "文/图　融媒体记者　陈　露")
    assert (line.kind, line.names, line.with_photos) == (lines.Kind.BYLINE, ("陈露",), True)


def test_a_sites_breadcrumb_its_channel_name_and_its_hot_links_are_chrome():
    page = segment("重庆市开州区人民政府\n您所在的位置：首页 >> 新闻动态 >> 政务要闻\n\n政务要闻\n\n"
                   "区政府召开第62次常务会议\n【来源：区政府办公室】　【发布时间：2025-03-14 17:42】\n\n"
                   "　　3月13日，区长郑启明主持召开区政府第62次常务会议。\n\n"
                   "热点推荐\n· 开州区2025年政府工作报告\n· 2025年开州区民生实事项目公布\n")
    story, = page.stories
    assert (story.section, story.headline) == (None, "区政府召开第62次常务会议")
    assert {"政务要闻", "· 开州区2025年政府工作报告"} <= set(page.noise)


def test_a_note_on_the_writer_cut_at_the_columns_width_is_one_note():
    page = segment("深入学习贯彻党的二十届三中全会精神\n以县域为重要载体推进城乡融合发展\n黎明川\n"
                   "　　党的二十届三中全会《决定》提出，要健全推进新型城镇化体制机制。\n"
                   "（作者系重庆市委党校经济学教研部教授。本文系重庆市社科规划重点项目\n"
                   "“新时代重庆县域城乡融合发展路径研究”（2023ZDJJ07）阶段性成果）\n\n"
                   "观点\n打通要素流动堵点　让城乡“双向奔赴”\n"
                   "　　“城乡融合的难点在要素流动。”\n——任远，重庆大学公共管理学院教授\n")
    theory, views = page.stories
    assert (theory.section, theory.headline, theory.reporters) == (
        "深入学习贯彻党的二十届三中全会精神", "以县域为重要载体推进城乡融合发展", ("黎明川",))
    assert theory.paragraphs == ("党的二十届三中全会《决定》提出，要健全推进新型城镇化体制机制。",)
    assert (views.section, views.headline) == ("观点", "打通要素流动堵点　让城乡“双向奔赴”")


def test_a_briefs_bullet_is_no_part_of_its_title():
    page = segment("文旅快讯\n\n◎“书香巫溪”全民阅读季启动\n9月21日，全民阅读季在县图书馆启动。（融媒体记者　谭小川）\n\n"
                   "◎尖山镇举办首届红薯丰收节\n9月22日，尖山镇首届红薯丰收节举行。（通讯员　李　娟）\n")
    assert [s.headline for s in page.stories] == ["“书香巫溪”全民阅读季启动", "尖山镇举办首届红薯丰收节"]


def test_a_profiles_headline_opening_with_its_name_under_a_line_over_it():
    page = segment("生态卫士\n冉小军：山林里的“数字巡护员”\n文/图　融媒体记者　向　丽\n"
                   "3月18日上午，青杠村的山林里，生态护林员冉小军正在巡山。\n")
    story, = page.stories
    assert (story.kicker, story.headline, story.reporters) == (
        "生态卫士", "冉小军：山林里的“数字巡护员”", ("向丽",))


def test_a_correspondent_with_a_rare_family_name_signs_after_the_role():
    assert lines.people_in_credit("记者　何　苗　通讯员　沙法宣") == ("何苗", "沙法宣")
    assert lines.people_in_credit("沙发宣传") == ()


def test_a_hotline_columns_bulleted_titles_are_stories_of_the_column():
    page = segment("热线直通车\n\n◆人行道井盖松动　踩上去“咣当”响\n市民张先生来电：公交站旁的井盖松动了。\n"
                   "记者将情况反映给区城市管理局，井盖已更换。\n（记者　何　苗）\n\n"
                   "◆楼下烧烤店油烟大　夏天不敢开窗\n市民刘女士前天来电：楼下烧烤店油烟大。\n（记者　吴　桐）\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        ("热线直通车", "人行道井盖松动　踩上去“咣当”响", ("何苗",)),
        ("热线直通车", "楼下烧烤店油烟大　夏天不敢开窗", ("吴桐",))]


def test_an_e_papers_title_list_and_navigation_and_a_deck_of_figures():
    page = segment("开州日报数字报\n2024年11月27日　星期三　　　　第03版：民生\n\n"
                   "本版标题导航\n汉丰湖环湖公交专线月底开通\n镇安镇“一老一小”服务中心投用\n\n"
                   "第03版：民生\n上一篇　　下一篇：镇安镇“一老一小”服务中心投用\n\n"
                   "乘公交就能环湖游\n汉丰湖环湖公交专线月底开通\n——全程32公里　设站21个　票价2元\n本报记者　冉　婷\n\n"
                   "　　11月26日，记者从区交通运输委获悉，环湖公交专线将开通。\n\n【打印】　　【关闭】\n")
    story, = page.stories
    assert (story.kicker, story.headline, story.subtitle, story.reporters) == (
        "乘公交就能环湖游", "汉丰湖环湖公交专线月底开通", "全程32公里　设站21个　票价2元", ("冉婷",))


def test_a_related_list_ends_where_more_space_follows_than_under_its_label():
    page = segment("一根蚕丝串起30亿元产业链\n\n7月16日清晨，黔江的蚕农开始采桑。（记者　何　川）\n\n"
                   "相关链接\n· 我市今年春蚕喜获丰收\n· 黔江濯水古镇暑期推出夜游\n\n"
                   "热点排行\n1　重庆中心城区今年将新增停车泊位5万个\n2　酷暑来袭 全市启动高温应急响应\n")
    assert [s.headline for s in page.stories] == ["一根蚕丝串起30亿元产业链"]


def test_words_and_pictures_credited_with_a_bar():
    line = lines.classify(1, "文｜记者 向 琳　图｜记者 何 川")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("向琳",), ("何川",))


def test_an_old_county_papers_masthead_and_its_letter_spaced_banner():
    page = segment("墊　江　報\n中共垫江县委机关报　　　　　　　　　　　　第412期\n"
                   "一九九七年七月三日　星期四　农历丁丑年五月廿九\n今日四版　　　　　　　　重庆市内部报刊准印证第067号\n\n"
                   "熱　烈　慶　祝　香　港　回　歸　祖　國\n\n我县两万余人集会庆祝香港回归\n\n"
                   "　　本报讯（记者　冉　勇）7月1日上午9时，我县各界干部群众两万余人在县城集会。\n\n"
                   "沙坪镇开通程控电话\n\n　　本报讯　6月28日，沙坪镇程控电话交换站建成开通。\n（沙坪镇政府　邹正平）\n")
    assert page.banner == "熱烈慶祝香港回歸祖國"
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("我县两万余人集会庆祝香港回归", ("冉勇",), "1997-07-01"),
        ("沙坪镇开通程控电话", ("邹正平",), "1997-06-28")]


def test_a_news_apps_top_bar_time_line_video_and_comment_bar_are_chrome():
    for line in ("＜　　　　　新重庆　　　　　Aa　　分享", "2025-09-21 18:42　　发布于重庆　　阅读 3.2万",
                 "[视频]　02:31", "说说你的看法…　　　　　　评论 23　　收藏　　点赞 418",
                 "原创 大渡口融媒 大渡口发布 2025年06月15日 20:30 重庆", "分享　　收藏　　236　　在看 58"):
        assert lines.classify(1, line).kind is lines.Kind.NOISE, line


def test_a_posts_parts_marked_with_a_bar_and_signed_are_a_digests_items():
    page = segment("渡口一周丨这些新鲜事请查收\n\n一周大渡口，精彩不停歇。\n\n"
                   "▌钓鱼嘴音乐半岛首场草坪音乐会开唱\n\n6月14日晚，草坪音乐会开唱。\n\n（记者 吴思远）\n\n"
                   "▌跳磴镇石盘村首届荷花节开幕\n\n6月13日，荷花节开幕。\n\n文/记者 张 雯　图/通讯员 黎 娟\n\n"
                   "大渡口发布\n中共重庆市大渡口区委宣传部官方微信公众号\n216篇原创内容\n公众号\n\n"
                   "精选留言\n写留言\n渡口小明\n音乐会太赞了！\n")
    story, = page.stories
    assert [(i.heading, i.reporters) for i in story.items] == [
        ("钓鱼嘴音乐半岛首场草坪音乐会开唱", ("吴思远",)), ("跳磴镇石盘村首届荷花节开幕", ("张雯",))]


def test_a_pointed_caption_cut_at_the_columns_width_is_one_caption():
    page = segment("潼南春菜集中上市\n　　本报记者　彭　瑶\n"
                   "　　在梁平区的一家智能育秧工厂里，一排排秧盘整齐码放在育\n秧架上，秧苗已冒出两厘米高。\n"
                   "▲3月16日，梁平区仁贤街道一家智能育秧工厂，工人\n正在搬运秧盘。（通讯员　刘　辉　摄/视觉重庆）\n"
                   "　　市农业农村委介绍，今年全市粮食播种面积将稳定在3010万\n亩以上。\n"
                   "　　全市已储备春耕物资68万吨，供应充足、价格总体平稳。\n")
    story, = page.stories
    assert story.photographers == ("刘辉",)
    assert story.captions[0].startswith("3月16日，梁平区仁贤街道一家智能育秧工厂，工人正在搬运秧盘。")


def test_a_pointed_caption_wrapped_narrow_with_its_credits_mark_cut_off_last():
    page = segment("永川一社区“共享厨房”开张\n新重庆-重庆日报记者　何　川\n2024-05-15 17:42\n"
                   "5月14日中午11点半，永川区中山路街道红\n河社区的“共享厨房”里飘出阵阵饭菜香。\n"
                   "▲5月14日，老人们在红河社区“共享厨房”\n吃午饭。新重庆-重庆日报通讯员　周佳慧\n摄\n"
                   "“共享厨房”由社区闲置的活动室改造而成，\n配有灶具、冰箱、消毒柜等设施。\n")
    story, = page.stories
    assert story.photographers == ("周佳慧",)
    assert story.captions == ("5月14日，老人们在红河社区“共享厨房”吃午饭。",)
    assert story.paragraphs[-1] == "“共享厨房”由社区闲置的活动室改造而成，配有灶具、冰箱、消毒柜等设施。"
    # Bulleted briefs whose lines end in no credit stay text.
    story, = segment("简讯\n\n▲5月14日，县图书馆举办读书分享会，\n吸引60余名市民参加。\n\n"
                     "▲5月15日，县文化馆开展非遗展演，\n吸引200余名市民观看。\n").stories
    assert (story.captions, len(story.paragraphs)) == ((), 2)

def test_a_documents_number_under_its_title_and_its_list_of_attachments():
    page = segment("重庆市九龙坡区人民政府办公室关于推进电动自行车充电设施建设的通知\n"
                   "发布日期：2025-04-09　　来源：区政府办公室\n\n九龙坡府办发〔2025〕12号\n\n"
                   "各镇人民政府、街道办事处：\n　　为切实解决老旧小区居民电动自行车充电难问题，现通知如下。\n"
                   "　　附件：1.九龙坡区2025年充电设施建设任务分解表\n　　　　　2.九龙坡区充电设施建设项目申报表\n"
                   "　　　　　3.九龙坡区充电设施建设进度月报表\n")
    story, = page.stories
    assert (story.headline, story.subtitle) == (
        "重庆市九龙坡区人民政府办公室关于推进电动自行车充电设施建设的通知", "九龙坡府办发〔2025〕12号")
    assert story.paragraphs[-1] == "3.九龙坡区充电设施建设进度月报表"


def test_voices_named_with_their_posts_in_brackets_under_two_columns_names():
    page = segment("聚焦2024全市两会\n\n代表委员声音\n\n把群众的“急难愁盼”化作履职“必答题”\n\n本报记者　张亦筑\n\n"
                   "1月24日，市人代会进入分组审议阶段。\n\n■冉光辉（市人大代表、酉阳县板溪镇山羊村党支部书记）\n\n"
                   "“报告提到要发展特色产业，我们村的山羊就是特色。”\n\n"
                   "■何　佳（市人大代表、重庆渝安汽车零部件有限公司技术总监）\n\n“我们要在新能源赛道上跑得更快。”\n\n"
                   "数说\n\n今年拟办重点民生实事　　15件\n\n筹集建设保障性租赁住房　　6万套\n")
    story, = page.stories
    assert (page.banner, story.section, story.headline) == (
        "聚焦2024全市两会", "代表委员声音", "把群众的“急难愁盼”化作履职“必答题”")
    assert [item.heading for item in story.items] == [
        "冉光辉（市人大代表、酉阳县板溪镇山羊村党支部书记）", "何　佳（市人大代表、重庆渝安汽车零部件有限公司技术总监）"]
    assert "筹集建设保障性租赁住房　　6万套" in page.noise


def test_a_forecasts_source_under_it_is_the_weather_boxs():
    assert lines.classify(1, "城口县气象台发布").kind is lines.Kind.NOISE


def test_a_question_under_a_science_column_heads_and_the_answers_are_text():
    page = segment("健康科普\n\n流感高发季　疫苗现在打还来得及吗？\n\n"
                   "入冬以来，我市流感样病例数明显增多。（记者　杨　帆）\n\n问：流感和普通感冒有什么区别？\n\n"
                   "答：普通感冒症状一般较轻，以鼻塞、流\n嚏为主，多数人一周左右自愈。\n")
    story, = page.stories
    assert (story.section, story.headline) == ("健康科普", "流感高发季　疫苗现在打还来得及吗？")
    assert not any(story.paragraphs[i].startswith("答") for i in story.subheads)


def test_a_bulleted_speaker_with_short_posts_is_a_voice_not_a_subhead():
    line = lines.classify(1, "■周立群（市政协委员、重庆渝信律师事务所主任）")
    assert (line.kind, line.rule) == (lines.Kind.LEAD, "speaker-line")


def test_a_box_with_its_own_title_inside_an_open_story_is_one_of_its_parts():
    page = segment("民营企业高质量发展调研行\n\n从压铸小作坊到“链主”配套商\n\n——铜梁区一家民营企业的转型升级观察\n\n"
                   "本报记者　黄　莉\n\n"
                   "　　6月12日，记者走进铜梁高新区的一家压铸企业，车间里一派繁忙。\n\n链接\n\n"
                   "什么是专精特新“小巨人”企业\n\n专精特新“小巨人”企业是指专注于细分市场、创新能力强的中小企业。\n\n"
                   "抱团“走出去”：跟着整车企业闯市场\n\n　　今年初，企业在匈牙利设立海外工厂。\n\n\n"
                   "2025重庆民营企业100强榜单发布\n\n　　本报讯（记者　唐　珂）6月17日，榜单发布。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "从压铸小作坊到“链主”配套商"), (None, "2025重庆民营企业100强榜单发布")]
    assert "什么是专精特新“小巨人”企业" in page.stories[0].paragraphs


@pytest.mark.parametrize(("page", "headings"), [
    ("校园快讯\n【巫山中学】4月1日至2日，巫山中学第三十八届春季田径运动会举行。（通讯员　杨　柳）\n"
     "【大昌初级中学】4月3日，大昌初级中学开展防溺水安全教育。（通讯员　刘　晓）\n",
     ["巫山中学", "大昌初级中学"]),  # schools in brackets
    ("乡村振兴速递\n\n■草堂镇　11月18日，草堂镇在欧营村召开乡村旅游发展座谈会。（通讯员　罗　琼）\n\n"
     "■永乐镇　近日，永乐镇长凼村建成的脐橙分拣中心投入使用。（记者　向　敏）\n",
     ["草堂镇", "永乐镇"]),  # towns after a bullet, set apart from their briefs
], ids=["schools-bracketed", "towns-bulleted"])
def test_places_and_units_run_in_before_their_briefs_are_a_roundups_items(page, headings):
    story, = segment(page).stories
    assert [item.heading for item in story.items] == headings


def test_a_question_under_a_rights_column_and_the_dashed_deck_under_it():
    page = segment("消费维权\n美容卡余额还剩一半　门店换了老板就不认？\n——记者介入后，商家退还余款1460元\n"
                   "　　【读者投诉】“卡里还有一千多块钱，店里说换了老板，以前的卡不认了。”\n"
                   "　　【商家回复】经记者协调，商家同意退还余款。（记者　何　琪）\n")
    story, = page.stories
    assert (story.section, story.headline, story.subtitle) == (
        "消费维权", "美容卡余额还剩一半　门店换了老板就不认？", "记者介入后，商家退还余款1460元")


def test_a_paragraphs_first_line_with_half_width_figures_is_as_wide_as_the_column():
    page = segment("寻找交通事故目击证人的通告\n\n"
                   "2024年8月5日22时40分许，在渝中区长江一路（鹅岭公园路段）\n"
                   "上行方向，一辆深色小型轿车与一名横过道路的行人发生碰撞，\n驶离现场，造成行人受伤。\n\n"
                   "近日，渝中区交巡警支队在辖区主要路口开展交通秩序整治，\n"
                   "共查处闯红灯、不礼让行人等各类交通违法行为三百余起，\n"
                   "并对其中部分驾驶人进行了现场教育和处罚，取得良好效果，\n"
                   "支队将持续开展整治行动。\n")
    story, = page.stories
    assert (story.headline, story.subtitle) == ("寻找交通事故目击证人的通告", None)
    assert story.paragraphs[0].startswith("2024年8月5日22时40分许，在渝中区长江一路（鹅岭公园路段）上行方向")


def test_a_bracketed_label_over_fields_is_a_box_of_the_story():
    page = segment("江津队主场2:1力克永川队\n\n本报记者　王　川\n\n　　昨晚，渝超第6轮在江津区体育中心进行。\n\n"
                   "【比赛信息】\n比分：江津队2:1永川队（半场1:0）\n进球：黄子轩31分钟、谭浩然90+2分钟\n观众：12680人\n\n"
                   "　　江津队主教练周立新表示，球队下半场一度被动。\n")
    story, = page.stories
    assert "观众：12680人" in story.paragraphs and "【比赛信息】" in page.noise


def test_notices_labelled_in_brackets_under_a_service_column_are_its_items():
    page = segment("便民信息\n\n【停水】因供水管网改造，8月10日8:00至20:00，上清寺路沿线部分区域将停止供水。\n\n"
                   "【义诊】8月10日9:00至12:00，区人民医院将在七星岗街道开展义诊活动。\n")
    story, = page.stories
    assert (story.headline, [i.heading for i in story.items]) == ("便民信息", ["停水", "义诊"])


def test_a_markdown_pages_links_are_read_as_their_text_and_its_buttons_are_chrome():
    line = lines.classify(1, "[首页](https://www.cqnews.net/)　[区县](https://cq.cqnews.net/)")
    assert line.text == "首页　区县"
    assert lines.classify(1, "![](https://img.cqnews.net/1.jpg)").kind is lines.Kind.NOISE
    assert lines.classify(1, "A+　A-　打印").kind is lines.Kind.NOISE


def test_a_posts_writer_line_a_scans_rule_and_two_writers_in_an_information_line():
    assert lines.classify(1, "撰稿：王　娟").names == ("王娟",)
    assert lines.classify(1, "一一一一一一一一一一一一").kind is lines.Kind.NOISE
    page = segment("石柱黄水迎来避暑高峰\n\n2024-07-22 07:30:15　　来源：华龙网　　作者：马丽 谭鑫\n\n"
                   "入伏以来，海拔1500米左右的黄水镇迎来避暑高峰。\n")
    assert page.stories[0].reporters == ("马丽", "谭鑫")


def test_a_letter_spaced_briefs_column_takes_its_bulleted_titled_briefs():
    page = segment("简　讯\n▲县人大常委会开展自治条例执法检查\n"
                   "　　本报讯（记者　白晓燕）11月27日至28日，县人大常委会执法检查组深入龙潭镇开展执法检查。\n"
                   "▲钟多街道举办冬季专场招聘会\n　　11月29日，钟多街道举办专场招聘会。（通讯员　冉　莉）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("简讯", "县人大常委会开展自治条例执法检查"), ("简讯", "钟多街道举办冬季专场招聘会")]


def test_a_police_corps_notice_title_under_its_issuer_and_a_voices_box_of_the_story_above():
    page = segment("轨道交通7号线一期开通初期运营\n\n记者　龙　帆\n\n9月26日，轨道交通7号线一期开通。\n\n"
                   "市民声音\n\n张雨桐（21岁，大学生）：“以前周末回家要转两趟车。”\n\n\n"
                   "重庆市公安局交通巡逻警察总队\n关于渝州路施工期间实施交通管制的通告\n\n"
                   "因轨道交通配套工程施工需要，决定对渝州路实施交通管制。\n")
    assert [s.headline for s in page.stories] == [
        "轨道交通7号线一期开通初期运营", "重庆市公安局交通巡逻警察总队关于渝州路施工期间实施交通管制的通告"]


def test_a_rolling_pages_time_lines_are_chrome_and_an_e_papers_writer_field_is_a_byline():
    assert lines.classify(1, "11:26").kind is lines.Kind.NOISE
    field = lines.classify(1, "作者：本报记者　罗　婧　通讯员　代小飞")
    assert (field.kind, field.names) == (lines.Kind.BYLINE, ("罗婧", "代小飞"))
    assert lines.classify(1, "文/图：通讯员 熊 杰").with_photos


def test_a_posts_parts_marked_with_a_diamond_and_signed_are_its_items():
    page = segment("忠县快讯丨新立镇蜜橘开园　县医院开设夜间门诊\n\n"
                   "🔹新立镇：早熟蜜橘开园采摘\n\n9月25日，新立镇2000余亩早熟蜜橘迎来开园采摘。\n\n（通讯员 秦 露）\n\n"
                   "🔹县人民医院开设“夜间门诊”\n\n记者9月25日从县人民医院获悉，夜间门诊将开诊。\n\n（记者 谭 超）\n")
    story, = page.stories
    assert (story.section, [i.heading for i in story.items]) == (
        "忠县快讯", ["新立镇：早熟蜜橘开园采摘", "县人民医院开设“夜间门诊”"])


def test_a_block_of_advert_copy_with_no_mark_is_noise_with_its_slogan():
    page = segment("蔡家岗镇为五保老人送温暖\n\n12月8日，镇干部为五保老人送去棉被。（何丽）\n\n"
                   "迎元旦　贺新春\n缙云电器商场冬季大酬宾\n彩电　冰箱　全场8.5折起\n"
                   "凡购物满2000元即送电饭煲一台\n活动时间：2008年12月12日—2009年1月4日\n"
                   "地址：北碚区中山路88号　　电话：68207766\n")
    assert [s.headline for s in page.stories] == ["蔡家岗镇为五保老人送温暖"]
    assert "迎元旦　贺新春" in page.noise


def test_a_policy_interpretations_document_line_is_chrome_and_its_signing_fields_its_end():
    page = segment("《某区增设电梯财政补助办法》政策解读\n\n"
                   "解读文件：《某区增设电梯财政补助办法》（某府办发〔2025〕21号）\n\n"
                   "近日，区政府办公室印发《办法》，现解读如下。\n\n"
                   "解读机关：某区住房和城乡建设委员会\n解读人：韦　敏　　联系电话：023-71420000\n\n"
                   "相关文件：某区人民政府办公室关于印发《办法》的通知\n")
    story, = page.stories
    assert story.headline == "《某区增设电梯财政补助办法》政策解读"
    assert story.paragraphs[-1].startswith("解读人：")
    assert any(n.startswith("解读文件") for n in page.noise)


def test_a_writer_under_a_bullet_with_the_office_before_the_name():
    line = lines.classify(1, "■区人民法院　龚雪梅")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("龚雪梅",))
    assert lines.classify(1, "■区人民法院").kind is lines.Kind.SUBHEAD


def test_a_letters_signature_with_where_the_writer_lives_and_a_cut_sentence_before_it():
    line = lines.classify(1, "巴南区鱼洞街道　市民　刘建军")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("刘建军",))
    page = segment("市民来信\n深夜寻回走失父亲\n我父亲今年78岁，那晚独自出了门。\n"
                   "在这里，我想通过晚报，对罗晓梅和帮忙寻找的居民、民警说一声：\n谢谢你们！\n"
                   "巴南区鱼洞街道　市民　刘建军\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.items) == ("深夜寻回走失父亲", ("刘建军",), ())


def test_column_endings_a_photo_columns_and_community_news():
    page = segment("社区镜头\n\n老街坊的趣味运动会\n\n昨日，社区举办第三届邻里趣味运动会。\n")
    assert [(s.section, s.headline) for s in page.stories] == [("社区镜头", "老街坊的趣味运动会")]
    assert lines.is_rubric("社区新鲜事")


def test_a_profile_pages_parts_headed_by_a_persons_name_and_a_colon_are_items():
    page = segment("山乡两只“领头雁”\n\n融媒体记者　向　丹\n\n两位来自大山深处的党员获评优秀。\n\n"
                   "秦德明：高山茶园里的“老支书”\n\n清晨6点，云峰村还笼罩在云雾中。\n\n"
                   "刘小燕：返乡带着乡亲“触网”\n\n走进电商服务站，刘小燕正在直播。\n")
    story, = page.stories
    assert [i.heading for i in story.items] == ["秦德明：高山茶园里的“老支书”",
                                                "刘小燕：返乡带着乡亲“触网”"]
    # one such head is a subhead; a place before the colon is a 'place：topic' headline
    assert not segment("甲\n\n正文。\n\n秦德明：高山茶园里的“老支书”\n\n清晨。\n").stories[0].items


def test_a_boxs_label_lists_its_bulleted_points():
    page = segment("这个夏天，来梁平“慢”游一天\n\n记者　何　晓\n\n入夏以来，气温节节攀升。\n\n"
                   "游玩贴士\n●双桂堂：开放时间8:30—17:30，免费参观。\n"
                   "●温馨提示：山区早晚温差较大，请备好薄外套。\n（记者　何　晓　整理）\n")
    story, = page.stories  # the points are no briefs of their own
    assert story.paragraphs[-3:] == ("游玩贴士", "●双桂堂：开放时间8:30—17:30，免费参观。",
                                     "●温馨提示：山区早晚温差较大，请备好薄外套。")


def test_a_long_open_line_between_the_heads_and_the_byline_is_the_deck():
    page = segment("一錾一锤四十八载\n\n石头上“绣花”的人\n\n"
                   "他14岁学艺，修过千年石刻，也把大足石雕带进了寻常百姓家\n\n本报记者　张　静\n\n"
                   "11月18日上午，工作室里敲击声不停。\n\n壹｜先磨三年錾子\n\n陈光荣出生在石匠世家。\n")
    story, = page.stories
    assert (story.kicker, story.headline, story.subtitle, story.reporters) == (
        "一錾一锤四十八载", "石头上“绣花”的人",
        "他14岁学艺，修过千年石刻，也把大足石雕带进了寻常百姓家", ("张静",))


def test_ranked_results_under_their_events_are_a_table_and_a_desk_signs_a_brief():
    page = segment("运动会部分项目成绩\n本报讯　10月9日至13日，运动会在县体育中心举行。\n男子100米\n"
                   "第一名　谭　浩（忠州街道）　11秒36\n第二名　冉小龙（拔山镇）　11秒52\n女子100米\n"
                   "第一名　何雨欣（新生街道）　12秒88\n第二名　向　丽（忠州街道）　13秒05\n")
    assert [s.headline for s in page.stories] == ["运动会部分项目成绩"]
    page = segment("我县选手获游泳锦标赛两金\n\n10月6日，锦标赛闭幕，我县选手获得两枚金牌。"
                   "（县体育事业发展中心　王　平）\n")
    assert page.stories[0].reporters == ("王平",)


def test_a_head_over_a_report_opening_the_day_before_yesterday_opens_a_story():
    page = segment("沙坪坝区：社区食堂推出“老年套餐”\n\n本报讯（通讯员　马　丽　记者　石　磊）10月20日，"
                   "社区食堂推出“老年套餐”。\n\n40余名居民义务清理江边垃圾\n\n"
                   "前日上午，40余名居民志愿者来到长江边捡拾垃圾。（记者　石磊）\n")
    assert [s.headline for s in page.stories] == ["沙坪坝区：社区食堂推出“老年套餐”",
                                                  "40余名居民义务清理江边垃圾"]


def test_a_districts_tag_with_its_pinyin_is_the_section_of_the_story_under_it():
    page = segment("长寿　CHANGSHOU\n\n沙田柚熟了　柚园里开起“直播间”\n\n记者　邹　晴\n\n柚子皮薄、水分足。\n\n"
                   "奉节　FENGJIE\n\n夜游白帝城　“诗城”秋夜人气旺\n\n10月20日晚，白帝城灯火通明。（记者　谭　睿）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("长寿", "沙田柚熟了　柚园里开起“直播间”"), ("奉节", "夜游白帝城　“诗城”秋夜人气旺")]


def test_an_essay_column_and_a_doctors_column_name_their_stories():
    page = segment("教师随笔\n\n蝉鸣里的家访\n\n□ 陈晓霞\n\n放暑假的第三天，我们去家访。\n\n\n"
                   "医生说\n\n开学一个多月　孩子反复咳嗽怎么办\n\n□ 县人民医院儿科副主任医师　冉晓丽\n\n"
                   "开学一个多月来，咳嗽的孩子明显多了。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("教师随笔", "蝉鸣里的家访"), ("医生说", "开学一个多月　孩子反复咳嗽怎么办")]


def test_an_apps_video_its_medias_credit_and_a_counted_comments_label():
    assert lines.classify(1, "[视频]　▶　02:46").kind is lines.Kind.NOISE
    assert lines.classify(1, "（第1眼TV记者 谢 蕾　通讯员 罗 浩）").names == ("谢蕾", "罗浩")
    assert lines.bare_label(lines.classify(1, "评论（18）").normal) == lines.COMMENTS_LABEL
    assert lines.classify(1, "评论").kind is not lines.Kind.LABEL  # a column may be named so


def test_a_notices_counted_list_and_its_signature_with_the_office_in_brackets():
    page = segment("某区拟表彰名单公示\n\n经研究，拟表彰以下组织。\n\n一、优秀志愿服务组织（3个）\n\n"
                   "观音桥街道“红岩先锋”志愿服务队\n石马河街道“邻里帮”志愿服务队\n区人民医院“白衣暖心”医疗志愿服务队\n\n"
                   "公示时间：2025年1月10日至1月16日。\n\n中共重庆市江北区委宣传部\n（区文明办）\n2025年1月10日\n")
    story, = page.stories
    assert "区人民医院“白衣暖心”医疗志愿服务队" in story.paragraphs
    assert story.paragraphs[-3:] == ("中共重庆市江北区委宣传部", "（区文明办）", "2025年1月10日")


def test_an_e_paper_exports_headers_a_scans_box_rules_and_a_letter_spaced_notice():
    assert lines.classify(1, "第08版：经济·开放　｜　果园港：滚装船满载新车出江").kind is lines.Kind.NOISE
    assert lines.classify(1, "本版稿件：5篇　　导出时间：2025-07-18 08:47").kind is lines.Kind.NOISE
    assert lines.classify(1, "━━━━━━━━━━━━━━━━━━").kind is lines.Kind.NOISE
    assert lines.classify(1, "┃").kind is lines.Kind.NOISE
    assert not lines.is_rubric("停　电　通　知") and lines.is_rubric("简　讯")


def test_a_head_at_the_margin_after_a_stray_mark_under_a_closed_paragraph():
    page = segment("我县退耕还林工程通过市级验收\n　　9月10日，市检查组来我县检查验收退耕还林\n工程。"
                   "检查组一行查看了造林地块。\n　　县长李明清陪同检查。\n┃\n坪坝镇农网改造全面完工\n"
                   "本报通讯员　冉　军\n　　8月30日，最后一台变压器通电，\n农网改造工程全面完工。\n"
                   "　　坪坝镇共改造线路42公里。\n")
    assert [s.headline for s in page.stories] == ["我县退耕还林工程通过市级验收", "坪坝镇农网改造全面完工"]


def test_a_short_notice_title_after_a_story_and_the_papers_hotline_foot():
    page = segment("家门口有了长者食堂\n\n东城街道长者食堂开张。（记者　谭　静）\n\n停水通知\n"
                   "因管网改造，定于7月20日停水。\n南川区供排水有限公司\n2024年7月17日\n\n"
                   "本报新闻热线：023-71422123　　民生热线：023-71425678　　投稿邮箱：mzrb@163.com\n")
    assert [s.headline for s in page.stories] == ["家门口有了长者食堂", "停水通知"]
    assert page.noise[-1].startswith("本报新闻热线")


def test_a_dashed_deck_set_in_under_its_headline_on_a_pdfs_text():
    page = segment("【文艺评论】\n画里峡江　笔底乡愁\n　　——观“巫峡云帆——陈远山山水画作品展”\n□黎　青\n"
                   "　　11月16日在巫山博物馆开幕的作品展，展出了\n山水画作品68幅。走进展厅，扑面而来的是\n"
                   "一股浓郁的峡江气息。\n　　陈远山生在巫峡边，长在巫峡边。\n")
    story, = page.stories
    assert (story.section, story.headline, story.subtitle, story.reporters) == (
        "文艺评论", "画里峡江　笔底乡愁", "观“巫峡云帆——陈远山山水画作品展”", ("黎青",))


def test_a_posts_text_and_photo_fields_name_writers_and_photographers():
    line = lines.classify(1, "文字：融媒体记者　陈思宇")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("陈思宇",))
    line = lines.classify(1, "摄影：融媒体记者　何　欣　冉　丹　通讯员　谭国强")
    assert (line.kind, line.names) == (lines.Kind.PHOTO_CREDIT, ("何欣", "冉丹", "谭国强"))


def test_a_galleries_counters_its_neighbours_and_its_related_sets_are_chrome():
    assert lines.classify(1, "3/6").kind is lines.Kind.NOISE
    assert lines.classify(1, "上一组：綦江：古剑山下茶飘香").kind is lines.Kind.NOISE
    page = segment("万盛“村BA”开赛\n\n4月19日晚，乡村篮球联赛开幕。\n\n[图片]\n1/2\n"
                   "开幕式上，舞龙队进场表演。华龙网-新重庆客户端记者　谢宁　摄\n\n[图片]\n2/2\n"
                   "首场比赛中，两队展开激烈争夺。华龙网-新重庆客户端记者　谢宁　摄\n\n"
                   "相关图集\n南川：金佛山杜鹃花开成海\n铜梁：稻田里的“春耕图”\n")
    assert [s.headline for s in page.stories] == ["万盛“村BA”开赛"]


def test_sections_one_level_under_a_signed_markdown_story_are_no_items():
    page = segment("## 扎了五十年龙灯的老匠人\n\n文/图　铜梁区融媒体中心记者　罗　丹\n\n"
                   "赵德全今年71岁，扎了五十年龙灯。\n\n### 一年扎龙二十多条\n\n每到腊月，他的作坊里最热闹。\n\n"
                   "### “手艺不能断在我手里”\n\n他收了五个徒弟。\n")
    story, = page.stories
    assert story.items == () and "一年扎龙二十多条" in story.paragraphs


def test_an_old_datelines_credit_cut_before_its_reported():
    page = segment("我县隆重庆祝首个教师节\n　　本报讯　记者向明　通讯员汪德成\n报道：９月１０日，"
                   "全县教师代表在县城人民礼堂集会。\n　　会上表彰了优秀教师。\n　　县长讲了话。\n")
    assert page.stories[0].reporters == ("向明", "汪德成")


def test_officials_speaking_in_turn_under_their_posts_open_items():
    page = segment("听听“一把手”们怎么说\n\n3月2日，全区召开高质量发展大会。会后，记者采访了部分负责人——\n\n"
                   "区教委党组书记、主任　王　强\n\n今年，我们将新建学校3所。\n\n"
                   "某镇党委书记　李小燕\n\n今年，我们将办好第三届桃花节。\n")
    story, = page.stories
    assert [item.heading for item in story.items] == ["区教委党组书记、主任　王　强",
                                                      "某镇党委书记　李小燕"]


def test_a_person_line_right_under_each_headline_opens_no_item():
    page = segment("让富硒农产品搭上冷链“快车”\n区人大代表、吴滩镇桂花村党总支书记　邹德华\n"
                   "邹德华建议，加快布局冷链物流设施。\n（记者　王　露）\n\n"
                   "让老年人在家门口“老有所依”\n区人大代表、几江街道艾坪山社区党委书记　刘　芳\n"
                   "刘芳建议，推广社区嵌入式养老服务。\n（记者　周　洋）\n")
    assert [(s.headline, s.items) for s in page.stories] == [
        ("让富硒农产品搭上冷链“快车”", ()), ("让老年人在家门口“老有所依”", ())]


def test_excerpted_views_under_a_box_title_are_its_items():
    page = segment("观点摘编\n\n县域发展要在“特”字上做文章\n\n“县域经济发展最忌千县一面。”\n\n"
                   "——周 航（某大学研究员），摘自《重庆日报》\n\n为基层减负要减到“点子”上\n\n"
                   "“为基层减负，减的是形式主义的负担。”\n\n——何 明（某党校教授），摘自《学习时报》\n")
    story, = page.stories
    assert story.headline == "观点摘编"
    assert [item.heading for item in story.items] == ["县域发展要在“特”字上做文章",
                                                      "为基层减负要减到“点子”上"]


def test_a_guides_short_parts_are_sections_even_over_the_days_it_announces():
    page = segment("## 元宵观灯攻略请收好\n\n文｜记者　周　瑾\n\n元宵将至，这份攻略请收好。\n\n### 看什么\n\n"
                   "2月11日至13日每晚，火龙将在广场表演。\n\n### 怎么去\n\n城区设置了5个临时停车场。\n")
    story, = page.stories
    assert story.items == () and "看什么" in story.paragraphs


def test_a_reports_speaker_under_its_occasion_signs_it():
    page = segment("政府工作报告\n——2025年1月15日在某县第十八届人民代表大会第五次会议上\n"
                   "某县人民政府县长　田茂林\n\n各位代表：\n　　现在，我代表县人民政府，向大会报告工作。\n")
    story, = page.stories
    assert (story.subtitle, story.reporters) == (
        "2025年1月15日在某县第十八届人民代表大会第五次会议上", ("田茂林",))


def test_a_portals_title_printed_again_in_short_form_heads_the_document_once():
    page = segment("某县2025年政府工作报告（摘要）\n\n发布时间：2025-01-21 09:40　　来源：县政府办公室\n\n"
                   "政府工作报告（摘要）\n——2025年1月15日在某县人民代表大会第五次会议上\n\n"
                   "各位代表：\n　　现在，我代表县人民政府，向大会报告工作。\n")
    story, = page.stories
    assert story.headline == "某县2025年政府工作报告（摘要）"
    assert not page.diagnostics


def test_prose_cut_at_a_narrow_column_under_a_byline_is_no_poem():
    page = segment("养兔致富的冉大嫂\n本报通讯员　邹德明\n"
                   "　　９月５日，笔者来到安坪乡三沱村\n冉秀英家时，她正忙着给兔子添草。\n"
                   "　　冉秀英是村里有名的养兔专业户。\n前年，她用卖猪的钱买回１０只良种长\n毛兔，边学边养。\n\n"
                   "读者来信\n班车何时能通？\n　　我们新民乡离县城有五十多公里，\n到县城办事都要先走二十多里山路。\n"
                   "　　我们希望早日开通客运班车。\n")
    assert [s.headline for s in page.stories] == ["养兔致富的冉大嫂", "班车何时能通？"]
    assert page.stories[0].paragraphs[0] == "９月５日，笔者来到安坪乡三沱村冉秀英家时，她正忙着给兔子添草。"


def test_lines_at_the_columns_width_after_a_quotation_go_on_with_its_paragraph():
    page = segment("我区帮助返乡农民工就业\n本报记者　唐　敏\n"
                   "　　12月9日上午，区人力资源市场里\n人头攒动，一场招聘会正在进行。\n"
                   "　　“在广东东莞一家玩具厂干了6年，\n厂里订单少了，10月份就回来了。”\n"
                   "来自静观镇的农民工张德明在一家摩\n托车配件企业的招聘台前填好了登记\n"
                   "表，“这里一个月能拿1400多块。”\n　　今年下半年以来，受国际金融危机\n"
                   "影响，沿海地区部分企业订单减少、\n停产减产，我区外出务工人员返乡人\n数明显增加。\n")
    story, = page.stories
    assert "来自静观镇的农民工张德明在一家摩托车配件企业的招聘台前填好了登记表，“这里一个月能拿1400多块。”" in (
        story.paragraphs)


def test_an_issuers_notice_between_paragraphs_is_a_notice_of_its_own():
    page = segment("区法院发布环境资源审判白皮书\n\n　　4月14日，区法院发布白皮书。\n\n"
                   "重庆市开州区人民法院公告\n\n　　谭建国：本院受理原告诉你买卖合同纠纷一案，现依法向你公告送达。\n\n"
                   "重庆市开州区人民法院\n二〇二五年四月十日\n")
    assert [s.headline for s in page.stories] == ["区法院发布环境资源审判白皮书", "重庆市开州区人民法院公告"]


def test_a_supplements_name_beside_its_issue_number_is_its_nameplate():
    assert lines.classify(1, "竹　韵　　　　第418期").kind is not lines.Kind.NOISE  # alone it is a head
    page = segment("竹　韵　　　　第418期\n\n\n长篇连载\n竹海人家\n第十七章　雨夜出山\n□ 秦世远\n"
                   "　　秦水生辞了工回到老家。\n")
    story, = page.stories
    assert (story.section, story.headline, story.subtitle) == ("长篇连载", "竹海人家", "第十七章　雨夜出山")


def test_a_serials_to_be_continued_mark_ends_it():
    assert lines.classify(1, "（未完待续）").kind is lines.Kind.CREDIT
    page = segment("长篇连载\n竹海人家\n□ 秦世远\n　　秦水生辞了工回到老家。\n（未完待续）\n\n\n"
                   "竹乡随笔\n外婆的蒲扇\n□ 黄晓燕\n　　外婆的蒲扇是用竹篾编的。\n")
    assert [s.headline for s in page.stories] == ["竹海人家", "外婆的蒲扇"]


def test_a_tv_items_credits_name_its_camera_operators_as_photographers():
    line = lines.classify(1, "（记者　唐　浩　刘佳怡　摄像　陈　涛）")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.CREDIT, ("唐浩", "刘佳怡"), ("陈涛",))
    line = lines.classify(1, "通讯员：谢　雨　　记者：王　婷　　摄像：李　勇")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("谢雨", "王婷"), ("李勇",))
    assert lines.classify(1, "▶　00:00 / 13:48　　　　标清　　全屏").kind is lines.Kind.NOISE


def test_an_editions_guide_lists_its_parts_which_are_its_items():
    page = segment("《荣昌新闻》2025年6月17日\n\n发布时间：2025-06-17 20:36　　来源：荣昌区融媒体中心\n\n"
                   "本期导视：\n● 区政府召开第63次常务会议\n● 我区开展防汛综合应急演练\n\n"
                   "区政府召开第63次常务会议\n\n【导语】今天上午，区长主持召开区政府常务会议。\n\n"
                   "记者：黄　蕾　　摄像：罗　杰\n\n我区开展防汛综合应急演练\n\n"
                   "导语：6月16日下午，全区防汛综合应急演练在濑溪河举行。\n\n"
                   "演练检验了预案，磨合了队伍。\n\n"
                   "通讯员：谢　雨　　记者：王　婷　　摄像：李　勇\n")
    story, = page.stories
    assert story.headline == "《荣昌新闻》2025年6月17日"
    assert [(item.heading, item.reporters) for item in story.items] == [
        ("区政府召开第63次常务会议", ("黄蕾",)), ("我区开展防汛综合应急演练", ("谢雨", "王婷"))]
    assert story.photographers == ("罗杰", "李勇")


def test_a_page_tops_folio_and_page_name_lines_date_its_relative_days():
    page = segment("06\n社会新闻\n2025年8月20日　星期三　　　　　　编辑　邹　燕　　视觉　钟　林\n\n\n"
                   "公交司机拾得钱包　多方联系还失主\n记者　周小川\n昨日中午，223路驾驶员在收车检查时拾得一个钱包。\n")
    assert (page.page_number, page.page_name, page.date) == ("06", "社会新闻", "2025-08-20")
    story, = page.stories
    assert (story.headline, story.date) == ("公交司机拾得钱包　多方联系还失主", "2025-08-19")


def test_a_quoted_question_over_the_byline_is_a_head():
    page = segment("晚报热线\n小区电梯停运20多天　高层住户爬楼叫苦\n“电梯啥时候能修好？”\n记者　谭　雯\n"
                   "“我家住28楼，婆婆78岁了。”前日，市民李女士拨打本报热线反映。\n")
    story, = page.stories
    assert "“电梯啥时候能修好？”" in (story.headline, story.subtitle)
    assert story.paragraphs[0].startswith("“我家住28楼")


def test_places_and_titles_under_a_briefs_rubric_are_briefs_of_their_own():
    page = segment("党建动态\n\n▲龙岗街道：“红色物业”破解小区治理难题\n\n近日，龙岗街道召开“红色物业”推进会。"
                   "（通讯员　何　燕）\n\n▲三驱镇：党员“积分超市”激发干事热情\n\n三驱镇推行党员“积分超市”。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("党建动态", "龙岗街道：“红色物业”破解小区治理难题"), ("党建动态", "三驱镇：党员“积分超市”激发干事热情")]


def test_an_events_name_with_its_edition_and_a_dot_is_no_column():
    assert not lines.is_rubric("第十七届中国·重庆三峡国际红叶节开幕")
    assert lines.is_rubric("乡村振兴·一线观察")


def test_an_information_lines_writers_padded_or_not_sign_the_article():
    page = segment("第十七届红叶节开幕\n2025-11-22 18:36　　来源：巫山网　　作者：李雪梅　向　阳　　编辑：陈小凤\n\n"
                   "11月22日上午，红叶节在巫山县神女景区开幕。\n")
    assert page.stories[0].reporters == ("李雪梅", "向阳")


def test_a_microblog_timelines_posts_are_stories_under_their_bracketed_titles():
    page = segment("长寿融媒\n长寿区融媒体中心官方微博\n粉丝 18.6万　　关注 326　　微博 2.3万\n\n"
                   "长寿融媒\n昨天 20:15　来自 iPhone客户端\n"
                   "【川剧进社区　戏迷乐开怀】1月17日晚，长寿区川剧艺术团走进晏家街道齐心社区。（记者 冯 川）\n"
                   "[图片]　[图片]\n转发 8　　评论 12　　赞 135\n\n"
                   "长寿融媒\n1-16 16:08　来自 微博网页版\n【菩提街道：年货大集开市】1月16日，菩提街道年货大集开市。\n收起\n"
                   "转发 15　　评论 6　　赞 98\n")
    assert [(s.headline, s.paragraphs[0][:6]) for s in page.stories] == [
        ("川剧进社区　戏迷乐开怀", "1月17日晚"), ("菩提街道：年货大集开市", "1月16日，")]


def test_a_microblog_timelines_month_day_times_pinned_post_and_reposts_are_chrome():
    # The site prints this year's posts by month and day ('1月7日 18:45'), an older post by
    # its full date: the pinned greeting of last year gives no year. A post without a
    # title on a timeline of titled reports is chatter; a repost is the post it carries.
    page = segment("重庆发布\n关注 418　　粉丝 712万\n\n置顶\n重庆发布\n2015-12-31 20:00 来自 微博 weibo.com\n"
                   "#你好2016# 再见2015，你好2016！新年快乐！\n收藏　　转发 2306　　评论 1187\n\n"
                   "重庆发布\n1月7日 18:45 来自 微博 weibo.com\n"
                   "【开县12个村获评乡村旅游示范村】1月7日，开县召开全县乡村旅游发展大会。\n"
                   "收藏　　转发 95　　评论 27\n\n"
                   "重庆发布\n1月6日 07:30 来自 微博 weibo.com\n#早安重庆# 新的一天，从朝天门的日出开始，大家早上好！\n"
                   "收藏　　转发 3　　评论 9\n\n"
                   "重庆发布\n1月5日 16:02 来自 微博 weibo.com\n出行更方便了！//@梁平发布:好消息，赶紧收藏！\n"
                   "@重庆日报\n【梁平县开通两条城乡公交线路】1月5日，两条城乡公交线路正式开通。\n"
                   "1月5日 10:35 来自 微博 weibo.com　　转发 358　　评论 64\n收藏　　转发 57　　评论 12\n\n"
                   "Copyright © 2009-2016 WEIBO\n")
    assert [(s.headline, s.date, s.paragraphs) for s in page.stories] == [
        ("开县12个村获评乡村旅游示范村", "2016-01-07", ("1月7日，开县召开全县乡村旅游发展大会。",)),
        ("梁平县开通两条城乡公交线路", "2016-01-05", ("1月5日，两条城乡公交线路正式开通。",))]
    assert {"#你好2016# 再见2015，你好2016！新年快乐！", "#早安重庆# 新的一天，从朝天门的日出开始，大家早上好！",
            "出行更方便了！//@梁平发布:好消息，赶紧收藏！", "@重庆日报"} <= set(page.noise)


def test_a_notices_contact_line_under_its_text_is_the_notices_not_an_advert():
    page = segment("寻物启事\n\n本人于4月6日上午在双江古镇游客中心附近遗失黑色双肩包一个，望拾到者归还，必有酬谢。\n"
                   "联系人：刘先生　　联系电话：138 0000 6218\n\n"
                   "寻人启事\n\n杨德福，男，79岁，9月18日上午从家中走失，至今未归。\n\n"
                   "联系人：杨先生　　联系电话：139 0000 4572\n\n"
                   "本版编辑：冉　晴\n新闻热线：023-44550000\n")
    assert [(s.headline, s.paragraphs[-1]) for s in page.stories] == [
        ("寻物启事", "联系人：刘先生　　联系电话：138 0000 6218"),
        ("寻人启事", "联系人：杨先生　　联系电话：139 0000 4572")]
    # Under a report's text, the same line is an advert.
    page = segment("区里新开一家书店\n\n5月6日，书店开业，市民排队购书。\n联系电话：023-12345678\n")
    assert "联系电话：023-12345678" in page.noise


def test_an_appraisal_columns_numbered_pieces_are_its_items_the_first_too():
    # Cut at a narrow column's width: '藏品一：…' under a field line as wide as the column
    # heads its piece, as '藏品二：…' does, and is no paragraph's last line.
    story = only_story("老乡家里的“宝贝”值多少钱\n"
                       "本期鉴定专家：市文物鉴定组专家　罗　平\n"
                       "藏品一：青花缠枝莲纹碗\n"
                       "　　藏友：陈先生（家住南岸区）\n"
                       "　　这只碗是陈先生的外婆留下来的，碗底有\n"
                       "“大清乾隆年制”六字款，他一直以为是乾隆\n"
                       "官窑。专家点评：应为清末民间仿款的民窑\n"
                       "器，市场价在800元至1500元之间。\n"
                       "藏品二：铜鎏金小佛像\n"
                       "　　藏友：黄女士（家住沙坪坝区）\n"
                       "　　佛像高约12厘米，是黄女士十年前在朝天\n"
                       "门一个地摊上花300元买的。专家点评：这\n"
                       "尊佛像是近年的工艺品，收藏价值不高。\n")
    assert [item.heading for item in story.items] == ["藏品一：青花缠枝莲纹碗", "藏品二：铜鎏金小佛像"]
    assert [item.paragraphs[0] for item in story.items] == ["藏友：陈先生（家住南岸区）",
                                                           "藏友：黄女士（家住沙坪坝区）"]


def test_a_letters_columns_titled_letters_each_signed_by_its_writer_are_its_items():
    story = only_story("来信摘登\n\n◇公交站台少了遮雨棚\n\n"
                       "　　城区璧泉路上新设的公交站台，只有站牌，没有遮雨棚。希望尽快完善。"
                       "（璧城街道　陈代芬　3月2日来信）\n\n◇农村客运班车能否增加班次\n\n"
                       "　　从永川开往丁家的班车下午5点以后就没有了。希望周末增开晚班车。"
                       "（丁家镇　杨小波　3月6日来信）\n")
    assert [(item.heading, item.date) for item in story.items] == [
        ("公交站台少了遮雨棚", "--03-02"), ("农村客运班车能否增加班次", "--03-06")]


def test_a_gazetteers_biographies_are_headed_by_their_letter_spaced_names():
    page = segment("第一章　人物传\n\n　　本章收录对本县有较大影响的已故人物，按卒年先后排列。\n\n"
                   "向　子　乔\n　　向子乔（１８６８～１９３１），名宗林，城口县修齐场人。光绪年间创办\n"
                   "县立高等小学堂，自任堂长。民国二十年病逝。\n"
                   "罗　　英\n　　罗英（１９２１～１９８９），女，城口县葛城镇人。毕业于助产学校，\n"
                   "回乡开业接生。１９８９年３月病逝。\n")
    assert [(s.headline, s.paragraphs[0][:3]) for s in page.stories[1:]] == [
        ("向子乔", "向子乔"), ("罗英", "罗英（")]
    assert all(not s.captions for s in page.stories)


def test_a_photos_title_and_its_reporters_credit_on_one_line_head_a_photo_news():
    # ('本报记者　陈　晨　摄' after the title made the whole line read as a caption of the
    # story above)
    page = segment("区领导会见企业客商\n\n　　6月17日，区委书记会见了企业董事长一行。\n\n\n"
                   "汉丰湖畔荷花开　　　　　　　　　　　　本报记者　陈　晨　摄\n\n"
                   "　　6月18日，市民在汉丰湖畔赏荷拍照。300余亩荷花竞相开放。\n")
    assert [(s.headline, s.photographers, s.captions) for s in page.stories] == [
        ("区领导会见企业客商", (), ()), ("汉丰湖畔荷花开", ("陈晨",), ())]


def test_a_site_list_of_pictures_each_entry_closed_by_its_day_and_fields():
    # The second entry's title under its picture is its headline, no caption of the first:
    # the first entry's day and fields ended it, though they name no writer.
    page = segment("图片新闻\n\n[图片]\n滨江公园新添夜跑步道\n"
                   "5月15日晚，市民在云阳滨江公园新建成的夜跑步道上锻炼。该步道全长3.6公里。\n"
                   "2023-05-15　　来源：云阳县融媒体中心　　浏览：1108\n\n[图片]\n"
                   "晚熟柑橘装车发往主城商超\n"
                   "5月15日，人和街道一家果品分拣中心，工人将晚熟柑橘装上冷链货车。\n"
                   "2023-05-15　　来源：云阳县融媒体中心　　浏览：702\n")
    assert [(s.headline, s.captions) for s in page.stories] == [
        ("滨江公园新添夜跑步道", ()), ("晚熟柑橘装车发往主城商超", ())]


def test_a_reprints_credit_names_its_paper_in_title_marks_and_its_reporter():
    line = lines.classify(1, "（据《永川日报》　记者　胡　平）")
    assert (line.kind, line.names) == (lines.Kind.CREDIT, ("胡平",))
    page = segment("■永川：第二届茶竹文化节10月下旬开幕\n\n"
                   "记者9月12日从永川市旅游局获悉，第二届茶竹文化节将于10月26日开幕。\n\n"
                   "（据《永川日报》　记者　胡　平）\n\n■合川：首个农民工服务站在钱塘镇挂牌\n\n"
                   "9月11日，合川市首个乡镇农民工服务站在钱塘镇挂牌运行。\n\n（记者　唐小兵）\n")
    assert "（据《永川日报》　记者　胡　平）" not in [s.headline for s in page.stories]


def test_a_posts_numbered_topic_tags_mark_its_items_and_its_lead_in_is_no_caption():
    assert lines.classify(1, "—END—").kind is lines.Kind.NOISE
    page = segment("通车！开学！潼南这两件事你关注了吗\n\n[图片]\n\n昨天，潼南有这样两件事值得关注，一起来看↓↓↓\n\n"
                   "▌01　交通\n\n双江至古溪快速通道建成通车\n\n9月1日上午，快速通道建成通车。\n\n"
                   "▌02　教育\n\n3所新建学校迎来首批学生\n\n9月1日，3所新建学校迎来首批学生。\n\n—END—\n\n"
                   "文字：记者　邓　洁\n")
    story, = page.stories
    assert [item.heading for item in story.items] == ["双江至古溪快速通道建成通车", "3所新建学校迎来首批学生"]
    assert story.paragraphs[0].startswith("昨天，潼南") and story.reporters == ("邓洁",)


def test_a_transcripts_label_or_a_reporters_day_before_its_opening_dates_it():
    assert dates.opening_day("【导语】今天上午，区长主持会议。", "2025-06-17") == "【导语】6月17日上午，区长主持会议。"
    assert dates.opening_day("（主持人）昨天，项目投产。", "2025-06-17") == "（主持人）6月16日，项目投产。"
    # (前 of another word is no day: '目前日均…')
    assert dates.opening_day("景区目前日均接待游客3万人次。", "2025-06-17") == "景区目前日均接待游客3万人次。"
    assert dates.opening_day("记者昨日从区交通局获悉，", "2025-06-17") == "记者6月16日从区交通局获悉，"


def test_a_day_after_a_sentence_setting_the_scene_dates_the_report():
    assert dates.opening_day("中秋临近，又到了吃蟹的季节。昨日，记者走访了批发市场。", "2025-09-26") == (
        "中秋临近，又到了吃蟹的季节。9月25日，记者走访了批发市场。")
    assert dates.opening_day("电钻、扳手、梯子、万用表……昨日，共享工具箱投用。", "2025-10-22") == (
        "电钻、扳手、梯子、万用表……10月21日，共享工具箱投用。")
    # A scene that names its own day is no scene before the report's day.
    assert dates.opening_day("10月20日，社区开会。昨日，工具箱投用。", "2025-10-22") == (
        "10月20日，社区开会。昨日，工具箱投用。")


def test_an_inquirys_labelled_paragraph_that_opens_with_a_day_dates_it():
    page = segment("美容卡余额还剩一半　门店换了老板就不认？\n\n"
                   "【读者投诉】“卡里还有一千多块钱。”近日，刘女士拨打本报热线反映。\n\n"
                   "【记者调查】6月13日，记者陪同刘女士来到这家美容店。\n\n"
                   "【商家回复】6月16日，刘女士收到了退还的余款。\n")
    assert page.stories[0].date == "--06-13"


def test_untitled_briefs_under_a_bracketed_briefs_rubric_are_one_story():
    page = segment("6月7日起城区3条公交线路调整\n\n记者昨日从县交通局获悉，线路将调整。（记者　段　然）\n\n"
                   "【简讯】\n◆近日，县人民医院签订医联体合作协议。（记者　黄思远）\n"
                   "◆6月4日，高安镇开展宣传咨询活动。（高安镇　任小蕾）\n"
                   "◆截至6月3日，全县已完成植树造林1.2万亩。（记者　向晓雁）\n")
    briefs = page.stories[-1]
    assert [s.headline for s in page.stories] == ["6月7日起城区3条公交线路调整", "简讯"]
    assert (briefs.reporters, briefs.date, briefs.section) == (
        ("黄思远", "任小蕾", "向晓雁"), None, None)


def test_untitled_briefs_that_open_with_their_datelines_under_a_column_are_one_story():
    page = segment("科技快讯\n\n本报讯（记者 唐 宁）6月9日，首条低空物流配送航线开通。\n\n"
                   "6月10日，研发中心揭牌。（记者 谢 川）\n\n"
                   "本报讯（通讯员 冉 青 记者 唐 宁）近日，数字乡村服务平台上线试运行。\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "科技快讯", ("唐宁", "谢川", "冉青"), None)


def test_a_scans_day_mark_misread_as_yue_still_dates():
    assert dates.find_date("五月十八曰，县农业局在三河乡召开现场会。", 1995) == "1995-05-18"


def test_a_headline_printed_after_its_story_ends_it_and_the_next_head_opens_another():
    page = segment("本报讯（通讯员　彭　程）近日，城口中学举行冬季长跑启动仪式，全校师生参加首跑。\n"
                   "城口中学启动冬季长跑活动\n\n健康提醒｜入冬谨防一氧化碳中毒\n"
                   "入冬以来，我县高山地区气温持续走低，一氧化碳中毒风险随之增加。\n")
    assert [s.headline for s in page.stories] == ["城口中学启动冬季长跑活动", "入冬谨防一氧化碳中毒"]


def test_a_box_of_events_each_under_a_bulleted_name_over_its_fields_lists_items():
    page = segment("活动预告\n\n本周末　这些文化活动等你来\n\n◎“茶山竹海”初冬徒步大会\n\n时间：11月22日（周六）上午9:00\n\n"
                   "地点：茶山竹海街道薄刀岭景区入口\n\n◎黄瓜山梨园初冬音乐会\n\n时间：11月23日（周日）下午3:00\n\n"
                   "地点：黄瓜山景区梨园广场\n")
    story, = page.stories
    assert (story.section, story.headline) == ("活动预告", "本周末　这些文化活动等你来")
    assert [item.heading for item in story.items] == ["“茶山竹海”初冬徒步大会", "黄瓜山梨园初冬音乐会"]


def test_a_photographers_role_and_name_in_brackets_credit_the_photo_news_above():
    line = lines.classify(1, "（特约摄影　向　波）")
    assert (line.kind, line.names) == (lines.Kind.PHOTO_CREDIT, ("向波",))
    page = segment("汉丰湖迎来越冬候鸟\n\n近日，数千只候鸟陆续飞抵开州区汉丰湖越冬。\n\n（特约摄影　向　波）\n")
    assert page.stories[0].photographers == ("向波",)


def test_a_live_blogs_card_host_and_chat_room_are_chrome_and_its_entries_one_story():
    for text in ("[视频]　直播回看　▶　03:58:12", "新重庆客户端　　2025-05-31 08:00 开始　　已结束",
                 "26.4万人看过", "主持人"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("直播丨鼓声震平湖　龙舟邀请赛在万州开赛\n\n新重庆客户端　　2025-05-31 08:00 开始　　已结束\n\n"
                   "5月31日，端午节。龙舟邀请赛在万州开赛。\n\n11:46\n前方记者　谭　亮\n颁奖仪式在南滨公园举行。\n\n"
                   "10:05\n主持人\n【小知识】鼓手是全队的“指挥官”。\n\n09:10\n前方记者　吴　倩\n【开幕】9时，邀请赛正式开幕。\n\n"
                   "聊天室\n平湖老幺：龙驹镇加油！！\n11:22\n江南小王子：现场太闹热了\n")
    story, = page.stories
    assert (story.section, story.date, story.reporters) == ("直播", "2025-05-31", ("谭亮", "吴倩"))


def test_a_news_apps_account_bar_time_line_ad_card_and_comments_are_chrome():
    for text in ("上游新闻　　　　　　　＋关注", "5.2万粉丝　·　1.3万获赞　　　＋关注", "举报/反馈",
                 "👍 赞 128　　　💬 评论　　　☆ 收藏　　　↗ 分享", "写下你的评论…　　　发布",
                 "爬坡上坎的老重庆　Lv.7", "10-25 21:02　重庆　　赞 87", "展开2条回复 ∨",
                 "查看全部56条评论 >", "说点什么…　　　💬 56　　☆　　👍 1.1千　　↗",
                 "原创　　2025-05-21 17:30·荣昌发布　　　IP属地：重庆"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("上游新闻　　　　　＋关注\n\n修缮后的黄葛古道重新开放　沿途新增6处休憩点\n\n"
                   "上游新闻记者　刘　畅\n2025-10-25 19:48　　来自 重庆　　阅读 3.1万\n\n"
                   "10月25日上午9点，黄葛古道入口处，不少市民早早排起了队。\n\n[图片]\n"
                   "金秋购车节｜新能源车置换补贴最高8000元\n广告　山城汽车城　　　查看详情 >\n\n"
                   "“修缮坚持‘最小干预’。”工作人员李娟介绍，古道新增6处休憩点。\n\n"
                   "夜里也能走　节假日还有研学活动\n\n当天，不少年轻人也专程赶来打卡。\n\n"
                   "评论 56\n最热　　最新\n\n爬坡上坎的老重庆　Lv.7\n小时候天天走这条路去上学\n"
                   "10-25 20:13　重庆　　回复　　赞 312\n")
    story, = page.stories
    assert (story.headline, story.date) == ("修缮后的黄葛古道重新开放　沿途新增6处休憩点", "2025-10-25")
    assert story.paragraphs[-1] == "当天，不少年轻人也专程赶来打卡。"
    assert not any("广告" in p or "金秋" in p for p in story.paragraphs)


def test_a_headline_and_deck_over_a_byline_stay_heads_on_a_page_cut_at_the_column():
    body = ("\u3000\u3000截至8月31日，重庆辖区70家A股上市公\n司已全部披露了半年度报告。记者根据数据统计，\n"
            "上半年渝股合计实现营业收入四千多亿元，同比增\n长百分之六点二，增速高于上年同期水平，表现亮\n"
            "眼。\n\u3000\u3000从行业看，汽车及零部件板块依然是渝股的主\n"
            "力军，板块内十二家公司合计实现营收两千多亿元\n，占渝股营收的四成以上，整车企业受益于新能源\n"
            "车放量，净利润明显增长，订单也明显增加。\n\u3000\u3000新能源产业链同样表现亮眼。多家锂电企业上\n"
            "半年实现净利润大幅增长，位居渝股净利润增幅前\n列。不过，也有部分化工、建材类公司受产品价格\n"
            "下行影响，业绩出现下滑。\n")
    page = segment("渝股半年报：合计营收4862亿元　净利润增11.4%\n"
                   "汽车、新能源产业链表现亮眼，20家公司推出中期分红\n上游新闻·重庆晨报记者　韩　旭\n" + body)
    story, = page.stories
    assert (story.headline, story.subtitle) == ("渝股半年报：合计营收4862亿元　净利润增11.4%",
                                                "汽车、新能源产业链表现亮眼，20家公司推出中期分红")


def test_briefs_under_lead_in_names_and_a_compilers_credit_and_a_reporters_note():
    page = segment("公司速递\n　　渝江汽车　9月1日晚间公告，公司8月新能源汽车销量3.62万辆。\n"
                   "　　嘉陵电子　8月29日，公司位于璧山区的智能终端产业园二期项目竣工投产。\n"
                   "　　缙云生物　公司近日收到国家药品监督管理局核准签发的药品注册证书。\n"
                   "　　（上游新闻·重庆晨报记者　韩　旭　整理）\n\n一颗柠檬的“出海”路\n"
                   "潼南柠檬前8月出口1.86万吨，同比增长三成\n上游新闻·重庆晨报记者　杨　柳\n"
                   "　　8月29日上午，潼南区太安镇一家柠檬加工企业的车间里，柠檬被装进纸箱。\n■记者手记\n"
                   "　　一颗柠檬能走多远？在潼南，答案是12个国家和地区。\n（杨　柳）\n")
    roundup, feature, note = page.stories
    assert roundup.headline == "公司速递" and roundup.reporters == ("韩旭",)
    assert [(i.heading, i.reporters) for i in roundup.items] == [
        ("渝江汽车", ()), ("嘉陵电子", ()), ("缙云生物", ())]
    assert (feature.headline, feature.subtitle) == ("一颗柠檬的“出海”路", "潼南柠檬前8月出口1.86万吨，同比增长三成")
    assert (note.headline, note.reporters) == ("记者手记", ("杨柳",))


def test_an_epaper_folio_with_its_navigation_a_letter_and_the_reporters_inquiry_after_it():
    line = lines.classify(1, "第04版：生活服务　　　　　　上一版　　下一版　　版面导航")
    assert (line.kind, line.rule) == (lines.Kind.NOISE, "masthead")
    line = lines.classify(1, "读者　冉　丽（桃花源街道）")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("冉丽",))
    page = segment("消费维权\n健身房突然闭店　预付卡余额谁来退\n【读者来信】\n编辑同志：\n"
                   "我今年5月在县城一家健身房办了一张年卡，上个月健身房突然关门了。\n"
                   "读者　冉　丽（桃花源街道）\n【记者调查】\n融媒体记者　石　磊\n"
                   "11月18日，记者来到这家健身房，看到店门紧闭。\n")
    story, = page.stories
    assert (story.section, story.reporters) == ("消费维权", ("冉丽", "石磊"))


def test_the_repeated_head_of_a_story_continued_from_another_page_opens_it():
    page = segment("缙云山里上了一堂“森林课”\n通讯员　唐　敏\n　　6月11日，200余名学生走进缙云山。\n\n"
                   "避暑地民宿7月预订率超六成\n　　（上接第1版）记者从县文化旅游委了解到，民宿预订率超过六成。\n")
    first, continued = page.stories
    assert first.paragraphs == ("6月11日，200余名学生走进缙云山。",)
    assert (continued.headline, continued.continued_from) == ("避暑地民宿7月预订率超六成", "1")


def test_a_bulletins_compiler_sections_credit_and_distribution_list():
    for text, kind in (("江津区农业农村委员会办公室编　　　　　　2025年6月20日", lines.Kind.NOISE),
                       ("江津区农业农村委员会办公室　　　2025年6月20日印发", lines.Kind.NOISE),
                       ("送：区人大常委会办公室、区政协办公室，区委宣传部。", lines.Kind.NOISE),
                       ("来信请寄：永川区人民大道168号　　邮编：402160", lines.Kind.NOISE)):
        assert lines.classify(1, text).kind is kind, text
    line = lines.classify(1, "（发展规划科　罗　敏）")
    assert (line.kind, line.names) == (lines.Kind.CREDIT, ("罗敏",))
    page = segment("【我区启动高标准农田建设“百日攻坚”行动】\n　　6月16日，区农业农村委召开动员会，对项目推进工作进行部署。\n"
                   "（发展规划科　罗　敏）\n报：市农业农村委办公室，区委办公室、区政府办公室，区委、区政\n"
                   "　　府分管领导。\n")
    story, = page.stories
    assert story.reporters == ("罗敏",)
    assert story.paragraphs == ("6月16日，区农业农村委召开动员会，对项目推进工作进行部署。",)


def test_a_letter_signed_by_a_resident_where_they_live_and_its_co_signers():
    for text, names in (("中山路街道红河社区居民　邓光明", ("邓光明",)),
                        ("朱沱镇石盘村村民　李长贵等12人", ("李长贵",))):
        line = lines.classify(1, text)
        assert (line.kind, line.names) == (lines.Kind.BYLINE, names), text


def test_a_tv_scripts_programme_sheet_cues_and_credit_roll():
    for text in ("【片头】", "【现场声】打谷声　笑声", "【字幕】花田乡何家岩村", "【出镜记者　田　甜】",
                 "播出频道：酉阳综合频道", "编　　辑：陈　芳", "监　　制：龚志刚", "发件人：北碚融媒 <zb@bb.cn>",
                 "阅读全文 >> https://www.bbrmzx.cn/news/1.html"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    assert lines.classify(1, "记　　者：田　甜　冉　红").names == ("田甜", "冉红")
    assert lines.classify(1, "航　　拍：何　川").names == ("何川",)
    page = segment("酉阳县融媒体中心　电视专题节目播出稿\n\n播出频道：酉阳综合频道\n"
                   "首播时间：2025年9月27日（星期六）19:40\n\n花田梯田稻谷香\n——何家岩村“贡米”的新故事\n\n"
                   "【片头】\n\n【主持人】\n\n观众朋友们，大家好！欢迎收看本期节目。\n\n【解说】\n\n"
                   "9月23日，秋分。花田乡何家岩村的梯田里，村民们忙着收割。\n\n【片尾】\n\n"
                   "记　　者：田　甜　冉　红\n摄　　像：杨　波　石　磊\n编　　辑：陈　芳\n")
    story, = page.stories
    assert (page.date, story.reporters, story.photographers) == (
        "2025-09-27", ("田甜", "冉红"), ("杨波", "石磊"))


def test_a_portals_notice_with_a_tabbed_table_and_an_articles_desk_credit_for_words_and_pictures():
    line = lines.classify(1, "（南泉街道　刘　洋　文/图）")
    assert (line.kind, line.names, line.with_photos) == (lines.Kind.CREDIT, ("刘洋",), True)
    for text in ("打印", "关闭", "PART.02"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("巴南区第七届道德模范候选人公示\n\n为弘扬正气，现将候选人名单予以公示：\n\n"
                   "序号\t类别\t姓名\t性别\t工作单位及职务（或居住地）\n1\t助人为乐\t冉德明\t男\t鱼洞街道居民\n"
                   "2\t\t蒋小琴\t女\t社区卫生服务中心护士\n3\t见义勇为\t陈　刚\t男\t木洞镇村民\n"
                   "4\t\t吴志勇\t男\t区公交公司驾驶员\n\n公示时间：2025年9月16日至9月22日。\n")
    story, = page.stories
    assert story.headline == "巴南区第七届道德模范候选人公示"
    assert story.paragraphs[-1] == "公示时间：2025年9月16日至9月22日。"


def test_a_posts_poster_lines_part_numbers_camera_caption_and_source_credit():
    line = lines.classify(1, "▲视频：黄水避暑季开幕现场（摄像：融媒体记者　秦　川）")
    assert (line.kind, line.names) == (lines.Kind.CAPTION, ("秦川",))
    page = segment("# 开“凉”啦！黄水避暑季启幕\n\n原创　石柱县融媒体中心　石柱发布　2025年07月12日 21:06　重庆\n\n"
                   "7月12日\n\n黄水\n\n开“凉”了\n\n21℃的夏天\n\n等你\n\n"
                   "7月12日上午，黄水避暑季在月亮湖畔开幕，游客和群众5000余人齐聚湖畔。\n\n"
                   "**PART.01**\n\n**万人共跳摆手舞**\n\n开幕式在一曲土家啰儿调中拉开序幕，现场一片欢腾。\n\n"
                   "这个夏天\n\n来石柱\n\n一起“凉”快！\n\n来源：石柱县融媒体中心（记者　谭　敏　马　骁）\n")
    story, = page.stories
    assert story.headline == "开“凉”啦！黄水避暑季启幕"
    assert story.paragraphs[0] == "7月12日" and story.paragraphs[-1] == "一起“凉”快！"
    assert story.reporters == ("谭敏", "马骁")


def test_a_split_credit_with_a_class_or_team_before_each_name():
    line = lines.classify(1, "文｜高二（5）班　罗子涵　　图｜校记者团　唐　宇")
    assert (line.kind, line.names, line.photographers) == (lines.Kind.BYLINE, ("罗子涵",), ("唐宇",))


def test_a_portals_list_of_entries_under_calendar_blocks_gives_the_entries_their_year():
    for text in ("[详细]", "【第2篇】", "文字实录　　　图片直播　　　视频回放　　　相关解读",
                 "主办单位：重庆市某区人民政府办公室　　网站标识码：5001190003", "更多领导信息＞＞"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("领导活动\n\n21\n2025-11\n区长调研冬春农业生产\n"
                   "11月20日，区长到合兴街道调研冬春农业生产工作。\n[详细]\n\n"
                   "19\n2025-11\n副区长督导检查森林防火\n11月19日，副区长带队检查森林防火工作。\n[详细]\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("区长调研冬春农业生产", "2025-11-20"), ("副区长督导检查森林防火", "2025-11-19")]
    assert dates.infer_year("栏目\n21\n2025-11\n正文") == (2025, "2025-11")


def test_a_press_conferences_tabbed_fields_a_reporters_questions_label_and_a_wrapped_issuer():
    line = lines.classify(1, "记者提问")
    assert line.kind is not lines.Kind.BYLINE
    page = segment("南川区举行金佛山冰雪季新闻发布会\n\n发布主题\t金佛山冰雪季活动安排\n"
                   "发布时间\t2025年12月11日（星期四）上午10:00\n发布地点\t区融媒体中心演播厅\n"
                   "发 布 人\t区文化旅游委主任　邓　华\n\t金佛山景区管委会副主任　蒲志刚\n\n"
                   "各位媒体朋友，大家上午好！冰雪季将于12月20日启幕。\n\n"
                   "巫溪县第十八届人民代表大会\n第五次会议主席团\n2025年1月10日\n")
    story, = page.stories
    assert story.headline == "南川区举行金佛山冰雪季新闻发布会"
    assert story.paragraphs[0] == "发布主题\t金佛山冰雪季活动安排"
    assert story.paragraphs[-2:] == ("巫溪县第十八届人民代表大会第五次会议主席团", "2025年1月10日")


def test_a_question_under_a_columns_name_and_a_players_quote_over_the_byline_head_stories():
    page = segment("科普园地\n\n双子座流星雨将至　在忠县怎么看？\n\n一年一度的双子座流星雨将于本月中旬迎来极大。\n\n"
                   "问一：流星雨是怎么形成的？\n\n答：彗星在绕太阳运行时抛撒尘埃。\n\n"
                   "赛后面对面\n邓宇航：“在家门口进球，感觉就是不一样”\n晚报记者　宋　扬\n"
                   "梅开二度的邓宇航是土生土长的铜梁人。\n\n晚报：两个进球，哪一个更满意？\n\n"
                   "邓宇航：第二个吧，运气站在我这边。\n")
    science, interview = page.stories
    assert (science.section, science.headline) == ("科普园地", "双子座流星雨将至　在忠县怎么看？")
    assert (interview.headline, interview.reporters) == ("邓宇航：“在家门口进球，感觉就是不一样”", ("宋扬",))


def test_last_night_and_this_morning_are_counted_from_the_pages_date():
    assert dates.opening_day("昨晚，比赛在铜梁举行。", "2025-10-13") == "10月12日晚，比赛在铜梁举行。"
    assert dates.opening_day("前晚8时许，火情发生。", "2025-10-13") == "10月11日晚8时许，火情发生。"


def test_a_digests_numbered_items_with_bracketed_titles_are_one_roundups_items():
    for text in ("[小程序]　沙磁文化讲堂 · 在线预约", "【今日宜】添衣保暖　错峰出行"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("沙坪坝早知道丨磁器口夜游线路“上新”\n\n"
                   "1.【磁器口古镇夜游线路“上新”】昨天晚上，磁器口古镇夜游线路正式开放。\n\n"
                   "2.【261路公交明起调整】记者从区交通局获悉，261路公交线路将调整。\n\n"
                   "[小程序]　沙磁文化讲堂 · 在线预约\n\n"
                   "3.【我区新增3处“口袋公园”】近日，3处“口袋公园”完成建设并开放。\n")
    story, = page.stories
    assert [item.heading for item in story.items] == [
        "磁器口古镇夜游线路“上新”", "261路公交明起调整", "我区新增3处“口袋公园”"]


def test_a_converted_press_releases_letterhead_flat_table_drafter_and_captions():
    for text in ("Chongqing Nanchuan District Commission of Culture and Tourism Development",
                 "南川区文化和旅游发展委员会宣传科\t\t\t第  页  共  页", "图片说明："):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("金佛山冰雪季12月20日启幕\n\n12月16日，南川区召开新闻发布会。主要活动安排如下：\n"
                   "序号\n活动名称\n时间\n1\n开幕式\n12月20日\n2\n夜间滑雪体验周\n2026年1月10日\n\n"
                   "冰雪季期间，景区推出多项惠民措施。\n\n南川区文化和旅游发展委员会\n2025年12月16日\n\n"
                   "撰稿：刘晓岚\n审核：韦国平\n\n图片说明：\n图1：金佛山雾凇景观。韦　东　摄\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.photographers) == (
        "金佛山冰雪季12月20日启幕", ("刘晓岚",), ("韦东",))
    assert "夜间滑雪体验周" in story.paragraphs


def test_bulleted_cases_after_a_reports_opening_are_items_though_a_profile_above_has_subheads():
    line = lines.classify(1, "　　6月11日，市民王女士在社交平台上看到一则“特价")
    assert line.kind is not lines.Kind.NOISE
    page = segment("好民警周明亮\n本报记者　张　三\n6月5日，记者见到了社区民警周明亮。\n"
                   "■“群众的事再小也是大事”\n他每天走访辖区。\n■“我离不开这片山”\n他说。\n\n"
                   "警情通报\n上周全区接报警情1126起\n本报讯（通讯员　张　敏）6月16日，区公安局通报一周警情。以下为典型警情：\n"
                   "●骑摩托车饮酒驾驶被查\n6月10日21时许，交巡警在水江镇查获一名酒驾者。\n"
                   "●网购“特价机票”被骗4800元\n6月11日，市民王女士被骗4800元。\n")
    profile, digest = page.stories
    assert not profile.items
    assert [item.heading for item in digest.items] == ["骑摩托车饮酒驾驶被查", "网购“特价机票”被骗4800元"]


def test_briefs_run_in_under_communes_at_a_narrow_column_are_items():
    page = segment("小农具应当早些供应\n\u3000\u3000编辑同志：春耕就要开始了，\n我们生产队急需一批锄头、镰刀和\n粪桶，可是到供销社去问了几次，\n都说还没有到货。\n\u3000\u3000希望有关部门早些组织生产和\n调运，保证春耕需要，不要误了农\n时。我们队上的社员都盼着早些买\n到新农具。\n\u3000\u3000去年春耕时也是这样，农具到\n得晚，耽误了不少活路，今年千万\n不能再这样了，请报社帮我们呼吁\n一下。\n\n"
                   "社　队　简　讯\n○木洞公社　三月十三日，公社电\n力排灌站检修完毕，开机试水，可\n"
                   "保证全公社四千多亩水稻田，按时\n栽插。（张国华）\n○姜家公社　各生产大队利用春耕\n"
                   "前的空隙，举办农民业余学校四十\n二所，参加学习的青年社员有一千\n五百多人。（刘　明）\n"
                   "○接龙公社　三月十日，接龙公社\n组织社员一千多人上山植树，当天\n栽下马尾松、柏树苗十二万多株。\n")
    letter, story = page.stories
    assert (letter.headline, letter.items) == ("小农具应当早些供应", ())
    assert [item.heading for item in story.items] == ["木洞公社", "姜家公社", "接龙公社"]


def test_an_epaper_systems_export_of_labelled_fields_gives_each_head_its_role():
    page = segment("綦江日报数字报\n2025年10月28日　星期二\n----------\n【引题】\n九九重阳　情暖夕阳\n"
                   "【标题】\n全区为高龄老人送去重阳关怀\n【副题】\n【作者】\n本报记者　罗　晓\n【字数】986\n【正文】\n"
                   "　　10月27日，全区组织志愿者走进社区，为高龄老人送去节日祝福。\n----------\n【栏目】\n银龄健康课\n"
                   "【引题】\n【标题】\n秋冬老人防跌倒　记住“三要三不要”\n【副题】\n【作者】\n"
                   "区人民医院老年医学科主治医师　罗　静\n【字数】1108\n【正文】\n　　秋冬季节，天气转凉，老年人容易跌倒。\n")
    first, second = page.stories
    assert (first.kicker, first.headline, first.reporters) == (
        "九九重阳　情暖夕阳", "全区为高龄老人送去重阳关怀", ("罗晓",))
    assert (second.headline, second.reporters) == ("秋冬老人防跌倒　记住“三要三不要”", ("罗静",))


def test_a_city_papers_dateline_a_tables_source_line_and_an_offices_advice_as_deck():
    page = segment("定制衣柜板材“缩水”　尺寸不符难退换\n区消委会提醒：签合同时写明品牌型号\n"
                   "商报讯（记者　李　想）9月23日，区消委会通报一起定制家具投诉。\n\n"
                   "上周新房成交情况\n区域　　成交套数　　环比\n渝北区　　812　　+21.5%\n九龙坡区　503　　+16.8%\n"
                   "数据来源：重庆市房地产交易数据监测平台\n")
    story, = page.stories
    assert (story.headline, story.subtitle, story.reporters, story.date) == (
        "定制衣柜板材“缩水”　尺寸不符难退换", "区消委会提醒：签合同时写明品牌型号", ("李想",), "--09-23")
    assert story.paragraphs[-1] == "数据来源：重庆市房地产交易数据监测平台"


def test_a_shared_articles_app_banner_cut_text_sidebar_and_account_over_its_time_line():
    for text in ("[图片]　綦江融媒APP　　　　　　×", "打开APP，看綦江更多新闻　　　　立即打开", "展开全文 ∨",
                 "綦江融媒　　04-12　　阅读 1.5万", "关注", "11-14 18:05", "查看更多 >"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    assert lines.classify(1, "作者最新文章").kind is lines.Kind.LABEL
    line = lines.classify(1, "▲古南街道中心小学学生在老师指导下刻制版画。记者　陈　露　摄")
    assert line.kind is lines.Kind.CAPTION
    page = segment("巫山“红叶专列”首发　600余名游客乘高铁赴巫赏秋\n\n[图片]\n巫山融媒\n"
                   "2025-11-15 20:16重庆　　　　　　　　关注\n\n巫山融媒记者　谭　敏\n\n"
                   "11月15日上午10时许，一列满载游客的“红叶专列”抵达巫山站。\n\n举报/反馈\n\n"
                   "相关推荐\n\n綦江农民版画亮相非遗展\n4月12日，为期三天的非遗展在成都开幕，綦江农民版画作为重庆代表性项目参展……\n"
                   "綦江融媒　　04-12　　阅读 1.5万\n")
    story, = page.stories
    assert (story.headline, story.date, story.reporters) == (
        "巫山“红叶专列”首发　600余名游客乘高铁赴巫赏秋", "2025-11-15", ("谭敏",))


def test_a_yearbooks_entries_running_heads_drafters_credit_and_a_dated_caption_without_a_pointer():
    for text in ("· 168 ·　　　　　　　　丰都年鉴（2025）", "农业农村　　　　　　　　· 169 ·"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    line = lines.classify(1, "（撰稿：秦　雯　审稿：冉建国）")
    assert (line.kind, line.names) == (lines.Kind.CREDIT, ("秦雯",))
    page = segment("特色效益农业\n\n【概况】　2024年，全县特色效益农业总产值68.4亿元，同比增长6.2%。\n"
                   "【肉牛产业】　2024年，全县肉牛存栏21.6万头、出栏14.3万头。\n"
                   "【第五届丰都肉牛产业发展大会】　2024年10月18日，大会在三合街道开幕。\n"
                   "2024年10月18日，第五届丰都肉牛产业发\n展大会开幕　　（县农业农村委　供图）\n"
                   "（撰稿：秦　雯　审稿：冉建国）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("特色效益农业", "概况"), (None, "肉牛产业"), (None, "第五届丰都肉牛产业发展大会")]
    assert page.stories[-1].captions == ("2024年10月18日，第五届丰都肉牛产业发展大会开幕　　（县农业农村委　供图）",)


def test_a_jobs_lists_employers_over_their_fields_and_voices_named_with_who_they_are_are_items():
    page = segment("节后企业用工岗位推荐\n以下岗位信息由区就业和人才中心收集发布。\n"
                   "◆重庆开州浩源电子科技有限公司\n岗位：SMT操作工、质检员\n薪资待遇：4500—6500元/月\n"
                   "◆开州区汉丰湖旅游开发有限公司\n岗位：景区讲解员、安保员\n薪资待遇：3800—5000元/月\n\n"
                   "百姓说变化\n“黔江这25年”影像展开展\n6月26日，影像展在区文化馆开展。\n"
                   "◆冉秀英（51岁，民宿经营者）\n“以前在外地打工，一年回来一次。”\n"
                   "◆李俊杰（29岁，返乡创业青年）\n“年轻人在山里也能干出一番事业。”\n")
    jobs, voices = page.stories
    assert [i.heading for i in jobs.items] == ["重庆开州浩源电子科技有限公司", "开州区汉丰湖旅游开发有限公司"]
    assert [i.heading for i in voices.items] == ["冉秀英（51岁，民宿经营者）", "李俊杰（29岁，返乡创业青年）"]


def test_a_rare_family_name_in_a_dateline_signs_a_story_whose_headline_follows_it():
    page = segment("　　本报讯（通讯员　芶　睿）6月7日清晨，50辆出租车整齐排开，准\n备接送考生。\n"
                   "　　截至7日18时，车队共接送考生326人次。\n50辆“爱心送考车”免费接送考生\n\n\n"
                   "铜梁区中考考生温馨提示\n　　全区中考将于6月13日举行。\n")
    first, second = page.stories
    assert (first.headline, first.reporters) == ("50辆“爱心送考车”免费接送考生", ("芶睿",))
    assert second.headline == "铜梁区中考考生温馨提示"


def test_a_quotation_headline_keeps_its_dashed_deck_over_the_byline():
    page = segment("高考季·师说\n“你们尽管往前走，老师在身后”\n——铜梁中学高三（7）班的最后一节班会课\n"
                   "本报记者　谢婉清\n　　6月5日下午4时，班会课开始了。\n")
    story, = page.stories
    assert (story.section, story.headline, story.subtitle, story.reporters) == (
        "高考季·师说", "“你们尽管往前走，老师在身后”", "铜梁中学高三（7）班的最后一节班会课",
        ("谢婉清",))


def test_columns_of_cases_books_photos_and_letters_are_sections():
    page = segment("法官说案\n帮网友“捎”个包裹，他成了运毒帮凶\n通讯员　黎星妤\n"
                   "　　近日，区法院审结这起运输毒品案。\n\n\n"
                   "周末荐书\n《山城旧巷》：在文字里重走老重庆\n　　近日，《山城旧巷》一书首发。\n（苏　芮）\n\n\n"
                   "光影沙坪坝\n歌乐山上秋意浓\n　　11月13日，市民在歌乐山拍摄红叶。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("法官说案", "帮网友“捎”个包裹，他成了运毒帮凶"),
        ("周末荐书", "《山城旧巷》：在文字里重走老重庆"), ("光影沙坪坝", "歌乐山上秋意浓")]


def test_an_advice_label_at_a_storys_end_is_no_story_of_its_own():
    page = segment("帮网友“捎”个包裹，他成了运毒帮凶\n\n通讯员　黎星妤\n\n近日，区法院审结这起运输毒品案。\n\n"
                   "【法官提醒】\n\n对于陌生人以高额报酬请求代为携带物品的，一定要提高警惕。\n\n\n"
                   "检察官走进乡村学校上禁毒课\n\n本报讯（通讯员　柴梦溪）6月24日，检察官走进云台镇中心小学。\n")
    first, second = page.stories
    assert first.paragraphs[-1].startswith("对于陌生人")
    assert second.headline == "检察官走进乡村学校上禁毒课"


def test_a_story_a_box_broke_off_mid_sentence_goes_on_after_the_box():
    page = segment("老街上的“时间医生”\n文/图　本报记者　缪　然\n"
                   "　　今年9月，退休教师戚玉华拿来一块停走多年的手表。这块表是她\n老伴1978年结婚时买的，\n\n"
                   "周末荐书\n《山城旧巷》：在文字里重走老重庆\n　　近日，《山城旧巷》一书首发。\n（苏　芮）\n\n"
                   "老伴走后，她一直把表收在抽屉里。\n"
                   "▲上世纪八十年代，龚德润（左）在铺子前\n留影。（受访者供图）\n■手艺后继有人\n"
                   "　　两年前，女儿辞职回到磁器口学艺。\n")
    first, box = page.stories
    assert first.headline == "老街上的“时间医生”" and box.headline.startswith("《山城旧巷》")
    assert first.paragraphs == (
        "今年9月，退休教师戚玉华拿来一块停走多年的手表。这块表是她老伴1978年结婚时买的，"
        "老伴走后，她一直把表收在抽屉里。", "手艺后继有人", "两年前，女儿辞职回到磁器口学艺。")
    assert first.captions == ("上世纪八十年代，龚德润（左）在铺子前留影。（受访者供图）",)
    assert box.paragraphs == ("近日，《山城旧巷》一书首发。",)


def test_a_question_set_apart_over_an_indented_letter_is_its_headline():
    page = segment("双龙湖街道开放18个社区纳凉点\n本报记者　池晓悦\n　　7月14日，纳凉点开放。\n\n\n"
                   "来信选登\n　　编者按：盛夏时节，本报陆续收到读者来信，反映身边的出行、\n"
                   "用电等问题。本期选登其中三封。\n\n"
                   "公交站台能否加装遮阳棚？\n　　我家住在宝圣路附近，站台没有遮阳棚。\n"
                   "　　　　　　　　　　读者　柯　芳（回兴街道）\n")
    _, letter = page.stories
    assert (letter.section, letter.headline, letter.reporters) == (
        "来信选登", "公交站台能否加装遮阳棚？", ("柯芳",))


def test_a_chat_exported_to_text_gives_its_drafts_as_stories_and_its_remarks_as_chrome():
    page = segment("群聊名称：某区融媒·镇街通讯员投稿群（120人）\n导出时间：2025-05-20 18:06:41\n\n"
                   "2025-05-19 08:47:12　区融媒-编辑部-何雯\n@所有人 各位老师早上好！稿件直接发群里。\n\n"
                   "2025-05-19 08:49:30　汉丰街道-唐小川\n收到\n\n"
                   "2025-05-19 09:15:30　汉丰街道-唐小川\n[图片]\n\n"
                   "2025-05-19 09:16:02　汉丰街道-唐小川\n汉丰街道：社区“长者食堂”开张了\n"
                   "5月18日中午，滨湖社区“长者食堂”正式开张，20多位老人吃上了热乎饭菜。\n"
                   "据了解，街道今年计划建成“长者食堂”5个。\n（通讯员　唐小川）\n\n"
                   "2025-05-19 09:20:45　区融媒-编辑部-何雯\n「汉丰街道-唐小川：汉丰街道：社区“长者食堂”开张了……」\n"
                   "收到，明天用。\n\n"
                   "2025-05-19 10:02:40　竹溪镇-孙　莉\n何老师，稿子在附件里，麻烦审一下\n\n"
                   "2025-05-20 08:31:44　区人民医院宣传科-马　琴\n区人民医院开展首例新手术\n文/图　马　琴\n"
                   "5月19日，区人民医院成功开展首例经导管主动脉瓣置换术。\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("汉丰街道：社区“长者食堂”开张了", ("唐小川",), "2025-05-18"),
        ("区人民医院开展首例新手术", ("马琴",), "2025-05-19")]
    assert page.stories[1].photographers == ("马琴",)


def test_a_writers_unit_before_the_name_after_words_and_pictures_is_no_name():
    line = lines.classify(1, "文/图：吴滩镇　易晓霞")
    assert (line.kind, line.names, line.with_photos) == (lines.Kind.BYLINE, ("易晓霞",), True)


def test_an_emails_head_fields_set_close_around_its_sender_are_furniture():
    page = segment("转发：投稿｜中益乡首届“割蜜节”开幕（附图3张）\n发件人：秦　朗 <qinlang@example.cn>\n"
                   "时　间：2025年7月23日（星期三）上午9:14\n收件人：资料室 <ziliao@example.cn>\n"
                   "附　件：4 个（IMG_20250719_103512.jpg 等）\n标　签：待入库\n\n"
                   "------------------ 原始邮件 ------------------\n\n"
                   "中益乡首届“割蜜节”开幕　蜂农喜迎“甜蜜丰收”\n\n"
                   "　　本报讯（通讯员　谭秋月）7月19日，中益乡首届“割蜜节”在华溪村开幕。\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "中益乡首届“割蜜节”开幕　蜂农喜迎“甜蜜丰收”", ("谭秋月",), "2025-07-19")


def test_a_forwarding_mails_own_note_and_signature_block_are_furniture():
    page = segment("发件人: 品牌宣传部 <brand@example.cn>\n发送时间: 2026年1月21日 星期三 9:14\n"
                   "收件人: 中层以上管理人员 <managers@example.cn>\n主题: 转发：【媒体关注】商报刊发我司消息\n\n"
                   "各位领导、同事：\n\n今日《重庆商报》刊发了我司智能工厂开工消息，现将版面文字转发如下。\n\n"
                   "品牌宣传部\n2026年1月21日\n\n________________________________\n\n"
                   "两江新区首批重大项目集中开工\n\n本报讯（记者　聂小川）昨日，29个重大项目集中开工。\n\n"
                   "________________________________\n\n此致\n品牌宣传部　张雯雯\n"
                   "重庆云岭智能装备股份有限公司\n地址：重庆市两江新区云汉大道88号\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("两江新区首批重大项目集中开工", ("聂小川",))
    assert {"各位领导、同事：", "此致", "品牌宣传部　张雯雯"} <= {n.strip() for n in page.noise}


def test_a_story_titled_by_its_bulleted_subhead_is_dated_by_the_text_under_it():
    page = segment("【涪陵手机报】2025年6月12日　星期四\n【要闻】\n◆区委常委会召开会议　研究部署防汛工作\n"
                   "6月11日，区委书记主持召开区委常委会会议。\n会议还研究了其他事项。（记者　况丽娜）\n")
    story, = page.stories
    assert (story.headline, story.date, story.reporters) == (
        "区委常委会召开会议　研究部署防汛工作", "2025-06-11", ("况丽娜",))


def test_a_closing_credit_names_a_writer_of_a_rare_family_name():
    line = lines.classify(1, "（融媒体记者　宓　洋）")
    assert (line.kind, line.names) == (lines.Kind.CREDIT, ("宓洋",))


def test_a_contents_box_of_bulleted_titles_and_a_mobile_papers_page_labels_are_chrome():
    page = segment("【垫江手机报】\n2014年6月5日　星期四\n中共垫江县委宣传部主办　垫江日报社承办\n"
                   "========================\n【本期导读】\n◇县政府召开第18次常务会议\n◇今年全县4826名考生参加高考\n"
                   "========================\n◆第1版　要闻◆\n县政府召开第18次常务会议\n"
                   "　　6月4日，县长主持召开县政府第18次常务会议。（记者　邹　雯）\n\n"
                   "◆第2版　民生◆\n今年全县4826名考生参加高考\n　　6月4日，记者从县教委获悉，今年全县4826名考生参加高考。"
                   "（记者　覃　川）\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("县政府召开第18次常务会议", ("邹雯",)), ("今年全县4826名考生参加高考", ("覃川",))]


def test_a_monitoring_bulletins_entry_lines_and_links_are_chrome():
    page = segment("双江古镇“非遗市集”开市\n\n　　本报讯（记者　吕　佳）3月15日，双江古镇非遗市集开市。\n\n"
                   "【02】人民网　｜　2025-03-17 09:41　｜　正面\n潼南：一颗柠檬“链”出百亿产业\n"
                   "链接：http://cq.example.com/n2/2025/0317/c365403-41163528.html\n\n"
                   "　　人民网重庆3月17日电　（蓝海涛）3月的潼南区太安镇，万亩柠檬园里新叶吐绿。\n")
    _, story = page.stories
    assert (story.headline, story.reporters) == ("潼南：一颗柠檬“链”出百亿产业", ("蓝海涛",))


def test_a_label_set_vertically_is_one_word_and_a_desk_cut_from_its_writer_still_credits():
    page = segment("芙蓉街道启动老旧小区改造\n本报讯（通讯员　黄诗琪）3月24日，改造项目开工。\n\n"
                   "简\n讯\n■区消防救援支队开展高层建筑灭火演练\n3月25日，支队开展灭火演练。（通讯员　邵　阳）\n"
                   "■江口镇：“院坝会”开到群众家门口\n连日来，江口镇召开“院坝会”60余场。（江口镇\n罗晓红）\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        (None, "芙蓉街道启动老旧小区改造", ("黄诗琪",)),
        ("简讯", "区消防救援支队开展高层建筑灭火演练", ("邵阳",)),
        ("简讯", "江口镇：“院坝会”开到群众家门口", ("罗晓红",))]


def test_titled_briefs_no_writer_signs_are_the_items_of_the_columns_roundup():
    page = segment("时事速览\n■国庆假期铁路运输28日启动\n\n　　国庆假期铁路运输将从9月28日开始。（据新华社）\n\n"
                   "■成渝地区一批重大项目集中开工\n\n　　9月25日，一批重大项目集中开工。（据央视新闻）\n\n\n"
                   "赛场花絮\n◆七旬老人象棋赛上“杀”进前三\n　　72岁的村民晏德高获得第三名。\n"
                   "◆挑担竞走走出“乡愁味”\n　　选手们挑着箩筐快步前行。\n（融媒体记者　宓　洋）\n")
    wire, tidbits = page.stories
    assert (wire.headline, [i.heading for i in wire.items], wire.reporters) == (
        "时事速览", ["国庆假期铁路运输28日启动", "成渝地区一批重大项目集中开工"], ())
    assert (tidbits.headline, [i.heading for i in tidbits.items], tidbits.reporters) == (
        "赛场花絮", ["七旬老人象棋赛上“杀”进前三", "挑担竞走走出“乡愁味”"], ("宓洋",))
    assert tidbits.items[1].reporters == ()


def test_titled_briefs_signed_by_nobody_stay_stories_of_their_column():
    page = segment("时事速览\n■国庆假期铁路运输28日启动\n\n　　国庆假期铁路运输将从9月28日开始。\n\n"
                   "■成渝地区一批重大项目集中开工\n\n　　9月25日，一批重大项目集中开工。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("时事速览", "国庆假期铁路运输28日启动"), ("时事速览", "成渝地区一批重大项目集中开工")]


def test_voices_named_with_their_posts_after_a_gap_are_items_and_a_unions_notice_is_one_title():
    page = segment("职工心声\n“五一”前夕，听听他们的劳动心语\n本报记者　伏思琪\n"
                   "　　4月26日，记者走进快递站点和车间。\n◆寇家豪　鱼洞街道快递员\n　　“每天早上7点到站点分拣。”\n"
                   "◆瞿浩然　界石镇一家齿轮企业数控车工、区级技术能手\n　　“零件精度要控制在0.01毫米以内。”\n\n\n"
                   "巴南区总工会\n关于开展2025年一线职工疗休养活动的通知\n各基层工会：\n"
                   "　　区总工会决定开展一线职工疗休养活动。\n")
    voices, notice = page.stories
    assert [i.heading for i in voices.items] == [
        "寇家豪　鱼洞街道快递员", "瞿浩然　界石镇一家齿轮企业数控车工、区级技术能手"]
    assert notice.headline == "巴南区总工会关于开展2025年一线职工疗休养活动的通知"


def test_a_dateline_credits_a_correspondent_whose_family_name_is_狄():
    line = lines.classify(1, "（记者　盛嘉怡　通讯员　狄　峥）")
    assert line.names == ("盛嘉怡", "狄峥")


def test_an_issuer_over_a_notices_title_and_its_number_and_a_number_cut_at_a_lines_end():
    page = segment("重庆市南川区规划和自然资源局\n国有建设用地使用权挂牌出让公告\n南川规资挂告〔2025〕7号\n"
                   "　　经区人民政府批准，现将有关事项公告如下：\n　　一、出让地块基本情况\n\n\n"
                   "南川区农村供水保障提升工程中标结果公告\n　　经评标委员会评审，现将中标结果公告如下。\n"
                   "　　招标代理机构：重庆正衡工程咨询有限公司　　电话：02\n3-71422222\n"
                   "　　　　　　　　　　　　　　重庆市南川区水利局\n　　　　　　　　　　　　　　2025年5月21日\n")
    notice, award = page.stories
    assert (notice.headline, notice.subtitle) == (
        "重庆市南川区规划和自然资源局国有建设用地使用权挂牌出让公告", "南川规资挂告〔2025〕7号")
    assert (award.headline, award.date) == ("南川区农村供水保障提升工程中标结果公告", "2025-05-21")


def test_a_weather_boxs_dated_source_line_is_furniture_and_the_headline_after_a_story_heads_it():
    page = segment("【开州天气】\n17日：阴转中雨　22℃～28℃\n开州区气象台6月16日16时发布\n\n"
                   "　　6月12日凌晨3时，大进镇岩口村的雨已经下了整整一夜。\n"
                   "（融媒体记者　殷子墨　通讯员　谯　丹）\n守着滑坡过汛期的“地灾哨兵”\n\n\n"
                   "安全课堂\n汛期遇险怎么办？这份避险指南请收好\n　　连日来，我区多地出现强降雨天气。\n")
    first = page.stories[0]
    assert (first.headline, first.reporters) == ("守着滑坡过汛期的“地灾哨兵”", ("殷子墨", "谯丹"))


def test_pictures_and_words_before_a_letter_spaced_name_credit_only_the_name():
    for text in ("图/文　刘　洋", "图/文：刘洋", "文/图 马 琴"):
        line = lines.classify(1, text)
        assert (line.kind, len(line.names), line.with_photos) == (lines.Kind.BYLINE, 1, True), text
    assert lines.classify(1, "图/文　刘　洋").names == ("刘洋",)


def test_a_party_committee_over_the_session_that_issued_a_resolution_is_one_headline():
    page = segment("中国共产党某某县\n第十五届委员会第九次全体会议决议\n"
                   "（2025年12月3日中国共产党某某县第十五届委员会第九次全体会议通过）\n"
                   "　　全会于2025年12月3日召开。出席全会的有县委委员33名。\n")
    assert page.stories[0].headline == "中国共产党某某县第十五届委员会第九次全体会议决议"
    # Over a session's event, not its document, the two lines stay apart.
    page = segment("中共某某县\n第十五届运动会开幕\n　　9月1日，运动会开幕。\n")
    assert "中共某某县第十五届运动会开幕" not in [story.headline for story in page.stories]


def test_quotations_signed_with_posts_after_them_are_text_and_opinion_columns_are_rubrics():
    page = segment("一家之言\n\n“夜经济”热起来，噪音也要降下去\n\n□ 苟　澜\n\n"
                   "近日，有市民反映楼下烧烤摊营业到凌晨。\n\n（作者系某高校教师）\n\n\n"
                   "声音\n\n“15分钟便民生活圈”怎么建好？\n\n"
                   "“社区里的小店，才是老百姓离不开的烟火气。”\n\n"
                   "——市人大代表、某街道某社区党委书记　柏永新\n\n"
                   "“老旧小区空间有限，建议把闲置商铺改造成社区食堂。”\n\n"
                   "——市政协委员、某高校建筑学院副教授　官　菲\n\n"
                   "（本报记者　宣　晓　采写）\n")
    column, voices = page.stories
    assert (column.headline, column.section) == ("“夜经济”热起来，噪音也要降下去", "一家之言")
    assert (voices.headline, voices.items, voices.reporters) == (
        "“15分钟便民生活圈”怎么建好？", (), ("宣晓",))
    assert voices.paragraphs[-1].startswith("——市政协委员")


def test_a_special_pages_keyword_roundup_photo_pair_and_quoted_show_name():
    page = segment("十年·三个关键词\n关键词一：菜\n　　某区是全国知名的“西部绿色菜都”，蔬菜基地连片。\n"
                   "关键词二：花\n　　每年3月，油菜花海吸引游客。\n"
                   "（上游新闻·重庆晨报记者　殷若曦　通讯员　宁　澈）\n\n\n"
                   "今昔对比\n涪江两岸换新颜\n　　十年间，涪江两岸旧貌换新颜。\n\n\n"
                   "“奋进十年·某区答卷”成就展开展\n"
                   "　　6月25日，成就展在区规划展览馆开展。\n"
                   "　　一位老教师说：“现在都认不出来了。”（上游新闻·重庆晨报记者　岳　蓁）\n")
    keywords, pair, show = page.stories
    assert (keywords.headline, keywords.reporters) == ("十年·三个关键词", ("殷若曦", "宁澈"))
    assert (pair.headline, pair.section) == ("涪江两岸换新颜", "今昔对比")
    assert (show.headline, show.reporters) == ("“奋进十年·某区答卷”成就展开展", ("岳蓁",))
    assert show.paragraphs[-1].endswith("认不出来了。”")


def test_a_flags_picture_above_the_lead_a_writers_post_before_the_name_and_the_foot():
    page = segment("金秋某区·丰收节特别报道\n\n\n"
                   "▲9月23日，某镇长岭村，参赛队伍在稻田里背稻捆。　记者　邓婉秋　摄\n"
                   "农民当主角　田野变舞台\n我区庆祝丰收节活动在某镇举行\n"
                   "　　本报讯　（记者　邓婉秋）9月23日，丰收节活动举行。\n\n\n"
                   "农技课堂\n秋收后抓住时机播种冬油菜\n文/区农业技术推广站高级农艺师　阮志刚\n"
                   "　　当前正是冬油菜播种的关键时期。\n\n\n"
                   "某某日报社出版　　地址：某区二环北路　　新闻热线：023-43721234\n")
    lead, advice = page.stories
    assert (lead.headline, lead.kicker, lead.photographers) == (
        "我区庆祝丰收节活动在某镇举行", "农民当主角　田野变舞台", ("邓婉秋",))
    assert lead.captions == ("9月23日，某镇长岭村，参赛队伍在稻田里背稻捆。",)
    assert (advice.headline, advice.reporters) == ("秋收后抓住时机播种冬油菜", ("阮志刚",))
    assert advice.paragraphs[-1] == "当前正是冬油菜播种的关键时期。"
    credit = lines.classify(1, "文/图　某区融媒体中心　刘　洋")
    assert (credit.kind, credit.names, credit.with_photos) == (lines.Kind.BYLINE, ("刘洋",), True)


def test_a_narrow_columns_line_with_advert_words_is_text_and_an_ad_marked_under_it_is_not():
    page = segment("民生实事回头看\n几江城区新增公共停车泊位1260个\n本报记者　晏　琳\n"
                   "　　12月26日晚7点，在新建成的立体停车\n楼前，市民邹女士把车停进二楼车位，扫码缴\n"
                   "费后步行不到5分钟就到了家。\n\n\n"
                   "滨江·云著　现房热销\n江景洋房　建面约98—143㎡\n售楼部：某区滨江新城鼎山大道\n"
                   "咨询热线：023-47558888\n（广告）\n")
    assert [s.headline for s in page.stories] == ["几江城区新增公共停车泊位1260个"]
    story = page.stories[0]
    assert story.section == "民生实事回头看"
    assert "扫码缴费后步行不到5分钟就到了家。" in story.paragraphs[-1]
    assert "滨江·云著　现房热销" in page.noise


def test_a_markdown_box_under_a_rule_and_a_bold_dateline_run_in():
    source, _ = reader.read_bytes(
        "## 长者食堂扩容　老人吃饭更方便了\n\n本报记者　牛　蕾\n\n1月22日，食堂扩容。\n\n---\n\n"
        "### 年前便民服务进社区\n\n| 时间 | 地点 |\n|---|---|\n| 1月27日 | 桃花社区 |\n\n"
        "（记者　詹　雯　整理）\n\n---\n\n## 区总工会送去年货\n\n"
        "**本报讯**（通讯员　邬　航）1月23日，区总工会开展走访慰问活动。\n".encode(), "p.md")
    canteen, box, union = segmenter.segment(source).stories
    assert (canteen.items, canteen.reporters) == ((), ("牛蕾",))
    assert (box.headline, box.reporters) == ("年前便民服务进社区", ("詹雯",))
    assert (union.reporters, union.paragraphs[0][:6]) == (("邬航",), "1月23日，")


def test_numbered_and_wrapped_captions_and_credits_of_rare_names_and_two_offices():
    page = segment("中秋月圆时\n融媒体记者　贝晓禾　文　　程　亮　图\n"
                   "　　10月6日晚，中秋月圆。滨江公园里，民乐演奏开场。\n"
                   "▲10月6日晚，市民和游客在滨江公园观看民乐演\n奏、共度中秋。\n"
                   "　　晚上8点多，一轮圆月升起。\n\n\n"
                   "假日掠影\n秋光正好　游人如织\n　　国庆假期，各景区迎来出游高峰。\n"
                   "①10月2日，游客在龙缸景区观景。\n（融媒体记者　满　亭　摄）\n"
                   "②10月4日，小朋友在恐龙化石群遗址博物\n馆参观。（通讯员　侯　佳　摄）\n\n\n"
                   "节后返程出行提示\n　　10月8日为返程高峰，请错峰出行。\n"
                   "（县交通运输委员会　县公安局交巡警大队）\n")
    moon, pictures, tips = page.stories
    assert moon.captions == ("10月6日晚，市民和游客在滨江公园观看民乐演奏、共度中秋。",)
    assert pictures.photographers == ("满亭", "侯佳") and len(pictures.captions) == 2
    assert (tips.headline, tips.reporters) == ("节后返程出行提示", ())
    assert tips.paragraphs[-1] == "10月8日为返程高峰，请错峰出行。"


def test_a_typed_up_copy_its_header_notes_and_placeholders_are_no_stories():
    page = segment("馆藏旧报全文录入稿\n报名：某某晚报　　日期：1993年7月22日　星期四　　版次：第3版\n"
                   "录入：冉小梅　　录入日期：2008年4月17日　　底本：缩微胶片还原件\n"
                   "说明：原报照片未录，以“（图略）”标出；版位写在每篇前面的方括号里。\n"
                   "--------------------------------\n\n"
                   "［版位：头条］\n\n全市用电负荷昨创历史新高\n\n本报记者　何　斌\n\n"
                   "　　昨日，全市用电负荷创下新高。\n\n［版位：左栏］\n\n"
                   "出租车司机拾得万元现金\n\n　　7月20日晚，司机王国平拾得一个皮包。\n\n（图略）\n\n"
                   "〔原报此处有照片一幅，复印件上黑成一片。〕\n")
    assert [s.headline for s in page.stories] == ["全市用电负荷昨创历史新高",
                                                  "出租车司机拾得万元现金"]
    assert page.year == 1993


def test_a_scans_spaced_headline_barred_column_name_lettered_year_and_stamp():
    page = segment("大足報　　　　　２OO３年５月１６日　星期五　　　　　第２版\n\n"
                   "■■　防治非典进行时　■■\n邮 亭 检 测 点：２４小时守好“西大门”\n"
                   "本报记者　罗　静\n　　5月14日深夜，检测点灯火通明。收入一千五百\n"
                   "开县档案馆\n★\n资料专用\n元，全靠贷款。\n\n\n"
                   "法律顾问\n承包合同能不能随意变更？\n　　问：我承包了村里的鱼塘。\n"
                   "（县法律顾问处　冉　平）\n\n\n更　正\n　　本报上期一文有误，特此更正。\n")
    spot, advice, notice = page.stories
    assert (spot.headline, spot.section, spot.date) == (
        "邮亭检测点：２４小时守好“西大门”", "■■　防治非典进行时　■■", "2003-05-14")
    assert spot.paragraphs[-1].endswith("收入一千五百元，全靠贷款。")
    assert (advice.section, advice.reporters) == ("法律顾问", ("冉平",))
    assert notice.headline == "更正"
    assert dates.infer_year("２OO３年５月１６日")[0] == 2003


def test_briefs_with_credits_cut_at_the_wrap_and_filed_from_places_and_a_loose_ad():
    page = segment("城口高山茶园迎来开采季\n上游新闻·重庆晨报记者　谭　悦　发自城口\n"
                   "　　4月15日清晨，茶农开始采摘春茶。\n\n\n"
                   "区县速递\n◆铜梁龙灯彩扎技艺培训班开班\n　　4月14日，培训班在巴川街道开班。（据铜\n"
                   "梁区融媒体中心）\n◆大足开通至宝顶山旅游直通车\n"
                   "　　近日，大足区开通旅游直通车，游客可享受商家优惠。（通讯员　蒋\n　雷）\n"
                   "◆涪陵青菜头收购接近尾声\n　　记者4月16日获悉，收购接近尾声。\n"
                   "（上游新闻·重庆晨报记者　韩　雪）\n\n\n"
                   "渝信银行　“小微快贷”\n\n线上申请　随借随还　最高300万元\n\n"
                   "客服热线：400-023-6188\n\n（广告）\n")
    tea, craft, bus, veg = page.stories
    assert tea.reporters == ("谭悦",)
    assert (craft.reporters, bus.reporters, veg.reporters) == ((), ("蒋雷",), ("韩雪",))
    assert "渝信银行　“小微快贷”" in page.noise


def test_a_saved_web_pages_chrome_in_latin_letters_and_a_page_ocr_spaced_out():
    page = segment("The Wayback Machine - https://web.archive.org/web/2026/https://x.net\n"
                   "Go\n12\n2025\t2026\t2027\nAbout this capture\n\n"
                   "柠檬开摘　首批鲜果“坐”班列出海\n\n"
                   "华龙网-新重庆客户端9月24日7时讯（通讯员　唐　静）9月23日上午，柠檬园里一派忙碌。\n")
    assert [s.headline for s in page.stories] == ["柠檬开摘　首批鲜果“坐”班列出海"]
    spaced = ("小 花 椒 撑 起 增 收 大 产 业\n全 县 12 万 亩 青 花 椒 进 入 采 摘 期\n\n"
              "本 报 讯 （ 融 媒 体 记 者 田 甜 ） 6 月 15 日 ， 在 麻 旺 镇\n"
              "红 井 村 的 青 花 椒 基 地 里 ， 椒 农 们 忙 着 采 摘 。\n\n"
              "龚 滩 古 镇 迎 来 研 学 季\n\n6 月 13 日 ， 学 生 在 龚 滩 古 镇 聆 听 讲 解 。\n"
              "融 媒 体 记 者 何 川 摄\n")
    pepper, study = segment(spaced).stories
    assert (pepper.headline, pepper.reporters) == ("全县12万亩青花椒进入采摘期", ("田甜",))
    assert (study.headline, study.photographers) == ("龚滩古镇迎来研学季", ("何川",))
    assert lines.unspaced_page(["两江新区　2025年", "本报讯 记者 张三"]) == [
        "两江新区　2025年", "本报讯 记者 张三"]  # a page with a few spaces stays as it is


def test_an_app_page_opened_in_a_chat_app_keeps_only_its_story():
    page = segment("21:07　　　　　　　5G　76%\n×　　铜梁火龙“舞”进安居古城…　　···\n"
                   "新重庆　　　　　　打开APP\n\n铜梁火龙“舞”进安居古城\n\n"
                   "新重庆-重庆日报记者　蒋　蕾\n2026-02-17 20:36　　发布于 重庆　　阅读 5.8万\n\n"
                   "AI摘要\n2月17日晚，安居古城上演火龙表演，吸引游客4.2万人次。\n"
                   "以上内容由AI生成，仅供参考\n\n🔊 听新闻　00:00 / 03:12\n\n"
                   "2月17日晚，农历正月初一，安居古城的广场上人山人海。\n\n"
                   "#春节假期去哪儿#　　#铜梁龙舞#\n\nAI问问\n铜梁火龙为什么要“打铁水”？\n"
                   "从主城怎么去安居古城？\n\n精彩评论（32）\n涪江边的老安居　IP：重庆\n"
                   "小时候每年过年都要挤到江边看火龙\n02-17 20:58　　👍 206\n")
    assert len(page.stories) == 1
    story = page.stories[0]
    assert (story.headline, story.reporters) == ("铜梁火龙“舞”进安居古城", ("蒋蕾",))
    assert story.paragraphs[0].startswith("2月17日晚，农历正月初一")
    assert story.paragraphs[-1].endswith("人山人海。")


def test_a_government_lists_entry_info_lines_and_its_sidebar_heading():
    source, _ = reader.read_bytes(
        "## 区县动态\n\n### 万灵古镇“卤鹅美食市集”开市\n\n2025-12-06　　来源：荣昌日报　　浏览：152\n\n"
        "**本报讯**（记者　黄晓琳）12月5日晚，市集开市。\n\n* * *\n\n## 热点排行\n\n"
        "1.  荣昌区召开2025年冬季安全生产工作会\n2.  关于2025年冬季征兵工作的通告\n".encode(),
        "p.md")
    page = segmenter.segment(source)
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("万灵古镇“卤鹅美食市集”开市", ("黄晓琳",))]


def test_short_column_names_of_advice_and_listings_are_rubrics_long_headlines_are_not():
    for name in ("健康辟谣", "义诊信息", "农技知识", "法律顾问", "一家之言", "回音壁", "今昔对比",
                 "民生实事回头看"):
        assert lines.is_rubric(name), name
    for headline in ("我区发布今年首批招聘岗位信息", "县里聘请乡村法律顾问"):
        assert not lines.is_rubric(headline), headline


def test_a_weekly_digest_numbered_with_keycaps_keeps_a_signed_notice_as_an_item():
    page = segment("石宝周报丨一周要闻合集\n\n1️⃣石宝镇召开冬季森林防灭火工作部署会\n\n"
                   "11月10日，石宝镇召开部署会。\n\n（石宝镇应急办）\n\n"
                   "2️⃣石宝至拔山段道路将实施临时交通管制\n\n因道路改造施工需要，实施交通管制。\n\n"
                   "特此通告。\n\n石宝镇人民政府\n\n2025年11月13日\n\n"
                   "3️⃣新政村“院坝会”议出村规民约新条款\n\n近日，新政村召开院坝会。\n\n"
                   "（来源：忠县融媒体中心　记者　黄　露）\n\n文字：向　敏　　图片：秦　川\n")
    assert len(page.stories) == 1
    digest = page.stories[0]
    assert [item.heading for item in digest.items] == [
        "石宝镇召开冬季森林防灭火工作部署会", "石宝至拔山段道路将实施临时交通管制",
        "新政村“院坝会”议出村规民约新条款"]
    assert set(digest.reporters) >= {"黄露", "向敏"}


def test_a_bulletins_contents_and_a_drafters_run_in_credit_and_a_self_media_card():
    page = segment("本期要目\n【工作动态】\n●我区推动35个重点项目加快建设 ………………… 1\n"
                   "●区城市管理局提升清扫保洁质量 ……… 2\n\n【工作动态】\n\n"
                   "我区推动35个重点项目加快建设\n\n　　12月3日，区政府召开推进会。\n\n"
                   "（区发展改革委）\n\n区城市管理局提升清扫保洁质量\n\n"
                   "　　11月以来，投诉量下降37%。（区城市管理局　执笔：邓　丽）\n")
    projects, cleaning = page.stories
    assert (projects.headline, projects.section) == ("我区推动35个重点项目加快建设", "工作动态")
    assert cleaning.reporters == ("邓丽",)
    card = segment("搜狐首页　　新闻　　体育　　汽车　　房产\n[图片]\n渝东北热点\n文章　3285　　　总阅读　1262万\n"
                   "查看TA的文章>\n\n暖心！一货车侧翻司机被困，村民徒手抬车救人\n\n"
                   "渝东北热点　　2025-07-23 19:46　　发布于：重庆\n\n"
                   "7月22日下午，一辆小货车侧翻。\n\n记者丨冉　静　　通讯员丨向　丹\n\n"
                   "对此，你怎么看？欢迎在评论区留言👇\n\n返回搜狐，查看更多\n\n阅读 (3862)\n")
    assert [(s.headline, s.reporters) for s in card.stories] == [
        ("暖心！一货车侧翻司机被困，村民徒手抬车救人", ("冉静", "向丹"))]


def test_a_village_sheets_starred_columns_post_credits_and_its_call_for_copy():
    page = segment("青莲村报\n第9期\n2026年1月10日　星期六\n（免费赠阅　看完请传给左邻右舍）\n\n"
                   "★村里大事★\n青莲村召开2025年度村民代表大会\n"
                   "　　1月6日上午，村里召开村民代表大会。\n（村文书　向小芳）\n\n"
                   "★产业发展★\n直播间里卖脐橙　今冬销售1600吨\n　　今冬，村里开直播卖脐橙。\n"
                   "（驻村第一书记　陈　波）\n\n"
                   "本期编辑：向小芳\n欢迎村民朋友提供线索和稿件，直接交给各组网格员。\n")
    meeting, oranges = page.stories
    assert (meeting.headline, meeting.section, meeting.reporters) == (
        "青莲村召开2025年度村民代表大会", "★村里大事★", ("向小芳",))
    assert (oranges.headline, oranges.reporters) == ("直播间里卖脐橙　今冬销售1600吨", ("陈波",))


def test_a_papers_call_for_copy_at_the_foot_is_furniture_not_a_trailing_head():
    page = segment("乡镇短波\n　　▲4月上旬，打通区组织各乡兽医站为耕牛防疫。\n"
                   "　　　　（打通区报道组　李　强）\n\n欢迎各区、乡镇报道组和广大通讯员踊跃投稿\n")
    assert [s.headline for s in page.stories] == ["乡镇短波"]
    assert "欢迎各区、乡镇报道组和广大通讯员踊跃投稿" in page.noise
    assert lines.classify(1, "欢迎投稿").kind is lines.Kind.NOISE
    assert lines.classify(1, "欢迎投稿的作者们相聚一堂").kind is not lines.Kind.NOISE  # a headline


def test_a_consultative_papers_proposals_sectors_and_student_reporters():
    page = segment("提案选登\n关于加快推进城区老旧小区加装电梯的建议\n区政协委员　刘晓梅\n"
                   "　　我区建成于2000年以前的老旧小区有300余个。建议：一是摸清底数。\n\n"
                   "社情民意\n关于规范小区电动自行车停放充电的建议\n"
                   "　　当前，我区电动自行车保有量已超过9万辆。\n"
                   "（反映人：区政协委员、某社区党委书记　张　宏）\n\n"
                   "履职简讯\n　　【农业和农村界】11月14日，委员们到吴家镇开展“送技下乡”活动。（李　娟）\n"
                   "　　【医药卫生界】11月18日，委员们到安富街道开展义诊。（周小川）\n")
    lift, bikes, briefs = page.stories
    race = segment("校园简讯\n▲校园冬季越野赛鸣枪开跑\n　　12月6日，越野赛开跑，冠军由龚雪获得。"
                   "（文/学生记者　向　阳　图/学生记者\n陈　浩）\n").stories[0]
    assert (lift.headline, lift.section, lift.reporters) == (
        "关于加快推进城区老旧小区加装电梯的建议", "提案选登", ("刘晓梅",))
    assert (bikes.section, bikes.reporters) == ("社情民意", ("张宏",))
    assert [item.heading for item in briefs.items] == ["农业和农村界", "医药卫生界"]
    assert (race.reporters, race.photographers) == (("向阳",), ("陈浩",))
    caption = lines.classify(1, "▲选手在决赛中进行课堂教学展示。　学生记者　陈　浩　摄")
    assert (caption.kind, caption.names) == (lines.Kind.CAPTION, ("陈浩",))


def test_a_column_of_briefs_one_credited_to_an_office_one_signed_in_its_dateline():
    page = segment("基层传真\n\n●龙头港务公司职工书屋上新\n\n"
                   "12月10日，公司工会为职工书屋新添图书600余册。（龙头港务公司工会）\n\n"
                   "●集团团委开展“青年安全生产示范岗”评选\n\n"
                   "本报讯（通讯员　冯　雪）12月8日，集团团委开展评选。\n\n\n"
                   "安全警钟\n\n冬季码头作业牢记“五防”\n\n一防滑倒。\n\n（集团安全环保部）\n")
    books, youth, safety = page.stories
    assert (books.headline, books.reporters, youth.reporters) == (
        "龙头港务公司职工书屋上新", (), ("冯雪",))
    assert (safety.headline, safety.section) == ("冬季码头作业牢记“五防”", "安全警钟")


def test_a_village_diary_with_its_writers_posts_and_entry_lines_and_a_credited_caption():
    page = segment("驻村日记\n山路上的三次走访\n□县交通局驻某村第一书记　何　勇\n"
                   "9月29日　星期日　晴\n　　今天到三组贫困户家“回头看”。\n"
                   "10月3日　星期四　小雨\n　　雨天路滑，又去了一趟。\n")
    diary = page.stories[0]
    fair = segment("我县举行消费扶贫产品展销活动\n　　10月16日，展销活动举行。\n"
                   "▲10月16日，市民在展销活动现场选购扶贫产品。\n（融媒体记者　田　甜　摄）\n"
                   "　　活动现场人头攒动。\n").stories[0]
    assert (diary.headline, diary.section, diary.reporters, diary.date) == (
        "山路上的三次走访", "驻村日记", ("何勇",), "--09-29")
    assert (fair.captions, fair.photographers) == (
        ("10月16日，市民在展销活动现场选购扶贫产品。",), ("田甜",))


def test_profiles_headed_by_name_and_facts_and_topics_numbered_as_keywords_are_items():
    page = segment("“光荣在党50年”老党员风采\n初心如磐　党龄越长越“闪亮”\n记者　罗　佳\n"
                   "　　今年以来，记者走访了三位老党员。\n◆刘德清　87岁　1962年入党\n"
                   "　　刘德清当了三十年村支书。\n◆周玉兰　79岁　1968年入党\n"
                   "　　周玉兰是村里第一位女民兵连长。\n\n\n"
                   "两会热词\n从政府工作报告“热词”看武隆新一年\n热词一　全域旅游\n"
                   "　　报告提出，今年将推进全域旅游示范区创建。\n热词二　“四好农村路”\n"
                   "　　报告提出，今年将新改建农村公路600公里。\n（记者　杨　蕊　整理）\n")
    veterans, keywords = page.stories
    assert (veterans.headline, veterans.section) == (
        "初心如磐　党龄越长越“闪亮”", "“光荣在党50年”老党员风采")
    assert [i.heading for i in veterans.items] == ["刘德清　87岁　1962年入党",
                                                 "周玉兰　79岁　1968年入党"]
    assert (keywords.headline, len(keywords.items)) == ("从政府工作报告“热词”看武隆新一年", 2)
    # Numbered misconceptions are still the subheads of one column.
    column = segment("春季过敏高发 这三个误区别踩\n　　医生提醒：\n误区一：打喷嚏就是感冒了\n"
                     "　　不一定。\n误区二：吃点药就行\n　　要查过敏原。\n").stories[0]
    assert column.items == ()


def test_a_sessions_speaker_list_agenda_box_and_a_congratulation_ad_are_no_stories():
    page = segment("区政协一届三次会议举行大会发言\n"
                   "本报讯（记者　罗　毅）1月9日下午，区政协举行大会发言。\n大会发言名单：\n"
                   "庞　涛（经济界）：《推进仙女山旅游度假区提档升级》\n"
                   "冉小琴（农业界）：《做强高山蔬菜产业》\n刘正权（民革）：《加快白马山旅游资源开发》\n"
                   "委员们的发言主题鲜明。\n\n今日议程\n1月10日\n上午　各代表团分组审议政府工作报告\n"
                   "下午　区政协一届三次会议闭幕大会\n\n"
                   "热烈庆祝中国共产党成立100周年\n某某建设工程有限公司　全体党员职工　敬贺\n\n"
                   "党史知识天天学\n1．中共一大在哪里召开？\n参考答案：1．B\n"
                   "（区委党史学习教育领导小组办公室供稿）\n")
    speeches, quiz = page.stories
    assert speeches.paragraphs[-1] == "委员们的发言主题鲜明。"
    assert (quiz.headline, quiz.reporters) == ("党史知识天天学", ())


def test_a_wire_page_its_series_tag_time_line_buttons_and_disclaimer():
    page = segment("中国新闻网\n当前位置：首页 > 地方新闻 > 正文\n\n"
                   "（新春走基层）重庆彭水：苗乡“赶年场”　山货俏销年味浓\n\n"
                   "2026年02月10日 11:27　来源：中国新闻网\n大字体\n小字体\n参与互动(0)\n\n"
                   "　　中新网重庆2月10日电 (记者 邓　琳)腊月廿三，郁山镇的老街上挤满了赶年场的村民。\n\n"
                   "中新网\n\n本网站所刊载信息，不代表中新社和中新网观点。\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("重庆彭水：苗乡“赶年场”　山货俏销年味浓", "新春走基层", ("邓琳",))]


def test_an_e_papers_page_of_articles_with_its_contents_and_counters():
    page = segment("第03版：社会民生　　　　　＜上一版　　下一版＞\n\n点击版面图上的热区，可阅读单篇文章\n\n"
                   "本版文章（共2篇）\n01　城区12个老旧小区完成改造\n02　冬季专场招聘会提供岗位2100余个\n\n"
                   "━━━━━━━━\n第1篇／共2篇　　字数：40\n城区12个老旧小区完成改造\n"
                   "　　本报讯（记者　况　静）12月10日，改造完成。\n返回本版目录↑\n\n"
                   "━━━━━━━━\n第2篇／共2篇　　字数：30\n冬季专场招聘会提供岗位2100余个\n"
                   "　　本报讯　12月11日，招聘会举行。（刘　洋）\n返回本版目录↑\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("城区12个老旧小区完成改造", ("况静",)), ("冬季专场招聘会提供岗位2100余个", ("刘洋",))]
    assert page.page_number == "03"


def test_a_text_browsers_dump_its_margin_link_numbers_and_wrapped_chrome():
    text = ("   [2]设为首页 | [3]加入收藏 | [4]手机版\n\n"
            "   [7]首页 [8]时政 [9]荣昌要闻 [10]镇街动态 [11]部门动态 [12]视听荣昌 [13]专\n"
            "   题 [14]网络问政\n\n   ____________________ 搜索\n\n"
            "   当前位置：[15]首页 > [16]荣昌要闻 > 正文\n\n"
            "   千年陶都开新窑　安陶小镇迎客5.2万人次\n\n"
            "   发布时间：2025-05-18 09:12　　来源：荣昌区融媒体中心　　作者：吴桐　　编\n"
            "   辑：黄雪\n\n"
            "   荣昌网讯（记者　吴　桐）5月17日上午，随着窑工拆开封闭了三天的柴窑\n"
            "   窑门，第五届荣昌陶“开窑节”启幕。\n")
    page = segment(text)
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("千年陶都开新窑　安陶小镇迎客5.2万人次", ("吴桐",), "2025-05-17")]
    assert lines.without_margin(["   甲", "", "   乙", "丙"]) == ["   甲", "", "   乙", "丙"]


def test_a_theory_pages_authors_with_their_workplaces_and_more_columns():
    page = segment("发展新型农村集体经济　夯实共同富裕基础\n周　琳　　　　　　某某大学马克思主义学院\n"
                   "何国栋　　　　　　重庆社会科学院农村发展研究所\n"
                   "　　发展新型农村集体经济，是推进乡村全面振兴的重要途径。\n")
    assert page.stories[0].reporters == ("周琳", "何国栋")
    for name in ("以案释法", "校园走笔", "学习笔记"):
        assert lines.is_rubric(name), name
    # A post over a name across a gap is no workplace.
    assert lines.classify(1, "产业振兴　　　　区农业农村委").kind is not lines.Kind.BYLINE


def test_a_boxed_notice_in_a_scan_its_ascii_rules_side_rules_and_spaced_title():
    assert lines.classify(1, "+----------------------------------+").kind is lines.Kind.NOISE
    side = lines.classify(1, "丨　　根据《企业年度检验办法》，我局定于")
    assert (side.text, side.indent) == (
        "根据《企业年度检验办法》，我局定于", lines.classify(1, "　　　根据《企业》").indent)
    title = lines.classify(1, "　　　　　　　　　　公　　告")
    assert title.kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "要　闻").kind is lines.Kind.NOISE  # a page's name stays furniture
    page = segment("县农信社发放支农贷款\n　　4月10日，县农信社发放贷款。\n（记者　邱　敏）\n\n"
                   "+----------------------------------+\n　　　　　　　　　更　　正\n"
                   "　　本报上期一文有误，特此更正。\n+----------------------------------+\n")
    assert [s.headline for s in page.stories] == ["县农信社发放支农贷款", "更正"]


def test_a_headline_and_its_byline_on_one_line_and_a_district_tag_over_a_deck():
    page = segment("民生关注\n汉丰湖湿地公园五一前全面开放　　　　　　本报记者　冉　静\n"
                   "　　记者4月19日从县林业局获悉，湿地公园将全面开放。\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("汉丰湖湿地公园五一前全面开放", "民生关注", ("冉静",))]
    page = segment("上一版　　下一版　　版面导航　　PDF下载　　往期回顾\n\n"
                   "【南岸】弹子石老街“上新”　30家非遗小店开门迎客\n\n上游新闻·重庆晨报记者　王　敏\n\n"
                   "3月18日，弹子石老街二期正式开街。\n\n\n"
                   "【大足】万亩油菜花田里　无人机忙“飞防”\n——今年全区春耕植保作业面积将超20万亩\n\n"
                   "晨报讯（记者　刘　畅）昨日上午，植保无人机依次升空。\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("弹子石老街“上新”　30家非遗小店开门迎客", "南岸", ("王敏",)),
        ("万亩油菜花田里　无人机忙“飞防”", "大足", ("刘畅",))]


def segment_md(text: str) -> segmenter.Page:
    return segment(text, "made-up.md")


def test_guide_inquiry_and_answer_columns_and_a_serials_column():
    for name in ("出游指南", "商报调查", "律师答疑"):
        assert lines.is_rubric(name), name
    page = segment("出游指南\n清明过后赏花去　库区这3处正当时\n\n"
                   "　　4月中下旬，库区春花盛放。记者梳理了3处赏花好去处。（记者　向　菲）\n\n"
                   "武隆故事\n仙女山的传说（连载九）\n□冉　凌\n"
                   "　　牧羊少年在山顶守了三天三夜。\n")
    assert [(s.headline, s.section) for s in page.stories] == [
        ("清明过后赏花去　库区这3处正当时", "出游指南"), ("仙女山的传说（连载九）", "武隆故事")]


def test_a_day_the_report_announces_does_not_date_it():
    page = segment("重庆晚报　2026年4月17日　星期五\n\n开州汉丰湖“湖畔音乐季”下周启幕\n\n"
                   "本报讯　记者从区文旅委了解到，2026“湖畔音乐季”将于4月24日启幕，持续至10月底。"
                   "（记者　谭　凯）\n\n"
                   "万州大瀑布夜场迎客\n\n本报讯　4月16日，万州大瀑布夜场开放，将于5月1日延时。"
                   "（记者　谭　凯）\n")
    assert [s.date for s in page.stories] == [None, "2026-04-16"]


def test_a_zones_name_opens_the_headline_under_a_figure_kicker():
    page = segment("累计数量达57家　居全市前列\n重庆高新区新增12家国家级专精特新“小巨人”企业\n\n"
                   "本报讯（记者　唐　岚）11月22日，记者从重庆高新区获悉，12家企业入选。\n")
    story = page.stories[0]
    assert (story.headline, story.kicker) == (
        "重庆高新区新增12家国家级专精特新“小巨人”企业", "累计数量达57家　居全市前列")


def test_a_dated_caption_cut_with_its_credit_and_an_experts_line_under_a_headline():
    page = segment("区人民医院“一站式”服务中心启用\n本报记者　秦　岚\n\n"
                   "11月18日上午，区人民医院“一站式”服务中心正式启用。\n\n"
                   "11月18日，市民在区人民医院“一站式”服务中心\n"
                   "办理业务。　　　　　　　　　　记者　秦　岚　摄\n\n"
                   "据门诊部主任邓晓梅介绍，服务中心整合了12项服务。\n\n"
                   "健康讲堂\n冬季流感高发　做好这几点防护\n讲述人：区疾控中心副主任医师　吴　敏\n\n"
                   "入冬以来，流感进入高发期。\n\n（记者　秦　岚　整理）\n")
    assert [s.headline for s in page.stories] == [
        "区人民医院“一站式”服务中心启用", "冬季流感高发　做好这几点防护"]
    assert page.stories[0].photographers == ("秦岚",)
    assert page.stories[0].captions[0].startswith("11月18日，市民在区人民医院")


def test_a_markdown_dump_by_a_reader_tool():
    page = segment_md(
        "Title: 重庆涪陵：青菜头喜获丰收--重庆频道--人民网\n\nURL Source: http://cq.example.cn/n/1.html\n\n"
        "Markdown Content:\n[![Image 1: 人民网](http://x.cn/logo.gif)](http://x.cn/)\n\n"
        "*   [首页](http://cq.example.cn/)\n*   [时政](http://cq.example.cn/GB/1/)\n"
        "*   [区县](http://cq.example.cn/GB/2/)\n\n"
        "[人民网](http://x.cn/)>>[重庆频道](http://cq.example.cn/)>>[区县](http://cq.example.cn/GB/2/)\n\n"
        "重庆涪陵：青菜头喜获丰收\n========================\n\n#### 今年全区收砍鲜青菜头155万吨\n\n"
        "[手机看新闻](http://cq.example.cn/n/1.html#)\n\n"
        "人民网重庆3月17日电（记者 孔祥宇）眼下，涪陵区青菜头收砍已接近尾声。\n\n"
        "相关新闻\n----\n\n*   [涪陵：春耕备耕全面展开](http://cq.example.cn/n/2.html)2014年03月14日\n\n"
        "24小时排行\n------\n\n1.   [主城今年将新增公交线路30条](http://cq.example.cn/n/3.html)\n")
    assert [(s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("重庆涪陵：青菜头喜获丰收", "今年全区收砍鲜青菜头155万吨", ("孔祥宇",))]
    # A row of '=' under a line of a plain page stays a rule.
    plain = segment("【垫江手机报】\n第1528期　　今日4版\n========================\n"
                    "县政府召开常务会议\n　　6月4日，县政府召开常务会议。（记者　邹　雯）\n")
    assert [s.headline for s in plain.stories] == ["县政府召开常务会议"]


def test_a_sites_list_of_entries_with_posting_days_menus_and_fields():
    page = segment(
        "新闻中心\n　· 南川要闻\n　· 部门动态\n　· 镇街动态\n\n"
        "镇街动态　　　　　　　　（点击标题可展开或收起全文）\n\n"
        "大观镇500亩水稻用上“铁牛”插秧　　[2013-05-15]\n\n"
        "　　5月14日，大观镇推广水稻机插秧。\n"
        "信息来源：大观镇人民政府　　信息员：韦　琳　　点击：132　　【收起】\n"
        "────────────────────\n"
        "东城街道首届“邻里节”拉近居民距离　　[2013-05-14]\n\n"
        "　　5月11日，东城街道首届“邻里节”开幕。\n（撰稿：蒋　玲　　审核：吴　波）\n"
        "信息来源：东城街道办事处　　点击：215　　【收起】\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("大观镇500亩水稻用上“铁牛”插秧", ("韦琳",), "2013-05-14"),
        ("东城街道首届“邻里节”拉近居民距离", ("蒋玲",), "2013-05-11")]


def test_a_web_articles_time_and_source_after_a_bar_and_a_folio_with_its_pages_name():
    page = segment("人民网>>重庆频道>>区县\n\n黔江：小蚕桑“织”出大产业\n\n"
                   "2025年08月14日08:31 | 来源：重庆日报\n小字号\n\n"
                   "本报讯（记者　龙　丹）8月13日，记者从黔江区农业农村委获悉，产值达10.3亿元。\n")
    assert [s.headline for s in page.stories] == ["黔江：小蚕桑“织”出大产业"]
    assert lines.classify(1, "A10　产经新闻").kind is lines.Kind.NOISE
    assert lines.classify(1, "A10　产经新闻").rule == "page-name"
    page = segment("重庆商报　　2009年4月21日　星期二\nA10　产经新闻\n\n家电下乡持续升温\n\n"
                   "区县农民抱回家电9.6万台\n\n彩电冰箱最受欢迎　开县销量居全市第一\n\n"
                   "商报记者　李　娟\n\n记者昨日从市商委获悉，全市共销售家电下乡产品9.6万台。\n")
    story = page.stories[0]
    assert (story.kicker, story.headline) == ("家电下乡持续升温", "区县农民抱回家电9.6万台")


def test_a_voices_box_label_in_brackets_is_a_part_of_the_report():
    page = segment("仙女山避暑游迎来高峰\n　　本报讯（记者　冉晓峰）7月16日，仙女山排起了长队。\n\n"
                   "【游客说】\n　　杨淑芬（渝中区　退休教师）：“这里晚上还要盖被子。”\n"
                   "　　陈光明（南岸区　个体户）：“就是周末停车难了点。”\n")
    assert [s.headline for s in page.stories] == ["仙女山避暑游迎来高峰"]
    assert page.stories[0].paragraphs[-1].endswith("停车难了点。”")


def test_a_scans_letter_o_in_figures_and_its_yue_for_ri_in_day_words():
    assert dates.find_dated("2O15年1O月22日", None)[0] == "2015-10-22"
    page = segment("重庆晚报　1997年8月14日　星期四\n\n昨日主城最高气温41.2℃\n本报记者　陈　刚\n"
                   "　　昨曰，主城继续被热浪包围。\n")
    assert page.stories[0].date == "1997-08-13"


def test_numbered_lines_set_one_under_another_are_a_list_not_entries():
    page = segment("灯谜竞猜\n\n元宵将至，本报推出有奖竞猜活动。以下3则谜语各打本县一镇名：\n\n"
                   "1．新房落成乐陶陶（打本县一镇名）\n2．百尺危楼（打本县一镇名）\n"
                   "3．四海无事（打本县一镇名）\n\n参与方式：请于2月8日前拨打本报新闻热线。\n")
    assert [(s.headline, len(s.items)) for s in page.stories] == [("灯谜竞猜", 0)]
    assert any("2．百尺危楼（打本县一镇名）" in p for p in page.stories[0].paragraphs)


def test_an_app_articles_info_line_poll_share_row_video_credit_and_comments():
    page = segment(
        "江津50万亩花椒进入采收期　椒农忙“剪”也忙“卖”\n\n[原创]　华龙网　　2019-07-03 10:12　　阅读量 2.3万\n\n"
        "华龙网-重庆客户端7月3日10时讯（记者 黎 婧 通讯员 蒋代华）眼下正是花椒采收的季节。\n\n"
        "[视频]　　01:48\n\n视频：椒林里的“剪枝”采收　华龙网记者 黎婧 拍摄\n\n"
        "【投票】你家做菜离得开花椒吗？\n○ 离不开，无麻不欢　　　　62%\n○ 偶尔放一点　　　　　　　31%\n"
        "已有1836人参与\n\n电商直播　“麻香”飘出山\n\n在保坪村的花椒交易点，收购商正在过秤。\n\n"
        "[责任编辑：孔维佳]\n\n分享到\n微信好友　　朋友圈　　QQ好友　　QQ空间　　新浪微博　　复制链接\n\n"
        "评论（28）　　　　　　　　最热　|　最新\n\n巴渝老幺　　重庆 江津　　07-03 11:26\n"
        "先锋的花椒就是香！\n赞 31　　回复\n")
    assert [(s.headline, s.reporters, s.photographers) for s in page.stories] == [
        ("江津50万亩花椒进入采收期　椒农忙“剪”也忙“卖”", ("黎婧", "蒋代华"), ("黎婧",))]
    assert lines.classify(1, "记者 黎婧 拍摄").kind is lines.Kind.PHOTO_CREDIT  # no name 拍摄


def test_a_posts_items_under_fisheye_bullets_and_category_dividers():
    page = segment(
        "今日黔江丨濯水古镇“研学游”升温　城区新增2条公交线路……\n\n原创　黔江区融媒体中心　黔江发布　2021-04-20\n\n"
        "收录于话题\n#今日黔江\n218个\n\n各位小伙伴，晚上好！一起来看看最近的新鲜事。\n\n—— 时政要闻 ——\n\n"
        "◉ 区委理论学习中心组举行专题学习会\n\n4月19日，区委理论学习中心组举行专题学习会。\n\n（记者　王　露）\n\n"
        "—— 民生服务 ——\n\n◉ 城区新增2条公交线路　4月22日起试运行\n\n记者4月20日从区交通局获悉，新增2条线路。\n\n"
        "（记者　谭　洁）\n\n◉ 濯水古镇迎来春季研学旅游热\n\n4月17日，1200余名学生走进濯水古镇。\n\n"
        "文/记者　杨　柳　　图/通讯员　罗　鑫\n")
    assert [(s.headline, s.section, [i.heading for i in s.items]) for s in page.stories] == [
        ("濯水古镇“研学游”升温　城区新增2条公交线路……", "今日黔江",
         ["区委理论学习中心组举行专题学习会", "城区新增2条公交线路　4月22日起试运行",
          "濯水古镇迎来春季研学旅游热"])]


def test_a_portals_clip_mood_vote_comment_form_and_a_sites_news_dateline():
    page = segment(
        "金佛山迎来今冬首场降雪 滑雪场预计12月中旬开放\n\n"
        "2012年11月08日 10:26:41　　来源：视界网\n\n[视频]\n▶ 点击播放　　　00:00 / 01:52\n"
        "视频：金佛山迎来今冬首场降雪（来源：重庆电视台《天天630》）\n\n"
        "视界网消息（记者 陈 骁 通讯员 韦 东）受冷空气影响，金佛山迎来今冬首场降雪。\n\n"
        "关键词：金佛山　降雪　滑雪场\n\n您看到此篇文章时的感受是：\n高兴\n36\n感动\n3\n同情\n0\n新奇\n15\n\n"
        "网友评论　　　　已有3条评论，共28人参与　　查看全部评论>>\n"
        "视界网重庆市南川区网友　[202.98.***.*]　　2012-11-08 11:02\n终于下雪了！\n支持(6)　反对(0)　回复\n\n"
        "发表评论\n用户名：　　　　　密码：　　　　　[登录]　　[注册]\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("金佛山迎来今冬首场降雪 滑雪场预计12月中旬开放", ("陈骁", "韦东"))]


def test_a_scans_show_through_a_credit_without_its_bracket_and_old_columns():
    page = segment(
        "全县大春栽插基本结束\n　　本报讯　六月十二日，县委召开大春生产现场会。\n（本报记者　陈光明）\n\n"
        "丬彐　乂刂　　门亍\n'　业仑　彡\n\n農村實用技術\n秧苗栽后怎样管\n"
        "　　水稻栽插后，管理好坏直接关系到产量高低。\n（县农技站　刘　明）\n\n"
        "好人好事\n拾金不昧的小学生\n　　五月二十八日下午，智凤乡学生周小红拾到一个布包。\n（宝顶区　胡德明）\n\n"
        "龙水五金市场日趋兴旺\n　　龙水镇五金市场上月成交额达120万元。\n（龙水区　唐　勇\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("全县大春栽插基本结束", None, ("陈光明",)), ("秧苗栽后怎样管", "農村實用技術", ("刘明",)),
        ("拾金不昧的小学生", "好人好事", ("胡德明",)), ("龙水五金市场日趋兴旺", None, ("唐勇",))]


def test_named_parts_under_bullets_with_padded_names_over_indented_text():
    page = segment(
        "教师节特别报道\n坚守乡村讲台的“追梦人”\n本报记者　邓　俊\n\n"
        "◎谭　红：村小里的“英语妈妈”\n　　崇龛镇中心小学英语教师谭红今年46岁，是学校唯一的专职英语老师。\n\n"
        "◎罗光荣：一人一校守了21年\n　　罗光荣是米心镇一所村小唯一的老师，今年是他守校的第21年。\n")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("坚守乡村讲台的“追梦人”", ["谭　红：村小里的“英语妈妈”", "罗光荣：一人一校守了21年"])]


def test_a_pdfs_spaced_figures_a_dispatch_with_its_day_and_a_speech_settings_kicker():
    assert dates.find_dated("3 月 6 日，重庆代表团", 2019)[0] == "2019-03-06"
    page = segment(
        "重庆日报　2019年3月7日　星期四\n\n2019 全国两会·重庆声音\n\n代表们审议政府工作报告时表示\n"
        "把“施工图”变成“实景图”\n"
        "　　本报北京 3 月 6 日电（特派记者　周　岚　陈晓川）6 日上午，重庆代表团举行全体会议。\n\n"
        "重庆代表团向大会提交建议186件\n涉及乡村振兴、生态保护、民生保障等领域\n"
        "　　本报北京 3 月 6 日电（特派记者　陈晓川）截至 6 日中午，重庆代表团提交建议 186 件。\n\n"
        "委员建言\n“让保护生态的地方不吃亏”\n本报特派记者　何　苗\n"
        "　　“守护好一江碧水，重庆责任重大。”3 月 5 日晚，熊志刚对记者说。\n")
    assert [(s.headline, s.kicker, s.date) for s in page.stories] == [
        ("把“施工图”变成“实景图”", "代表们审议政府工作报告时表示", "2019-03-06"),
        ("重庆代表团向大会提交建议186件", None, "2019-03-06"),
        ("“让保护生态的地方不吃亏”", None, "2019-03-05")]
    assert page.stories[2].section == "委员建言"


def test_a_city_papers_county_datelines_columns_and_briefs_and_its_short_names_credits():
    page = segment(
        "记者蹲点\n和护林员走一趟红池坝冬日巡山路\n本报驻巫溪记者　邓　宇\n\n"
        "　　12月5日清晨6点40分，护林员向德友出发巡山。\n\n"
        "云阳：800余名“新农人”学直播卖山货\n\n"
        "本报云阳讯（记者　刘思雨）12月6日，云阳县举办电商直播培训班。\n\n"
        "票房周报\n《雾锁山城》周末揽金1.6亿　蝉联冠军\n"
        "晨报讯（记者　何　川）记者昨日从多家院线获悉，《雾锁山城》蝉联冠军。\n"
        "▲《雾锁山城》首映现场。　晨报记者　何　川　摄\n\n"
        "晨报影评\n《棒棒的春天》：小人物的笑声里有泪\n文/特约影评人　苏　禾\n晨报指数：★★★★☆\n"
        "　　如果只看预告片，你多半会以为这是一部喜剧。\n\n"
        "■温馨提示\n　　焚烧纸钱应远离易燃物。\n")
    stories = [(s.headline, s.section, s.reporters, s.photographers) for s in page.stories]
    assert stories[:4] == [
        ("和护林员走一趟红池坝冬日巡山路", "记者蹲点", ("邓宇",), ()),
        ("云阳：800余名“新农人”学直播卖山货", None, ("刘思雨",), ()),
        ("《雾锁山城》周末揽金1.6亿　蝉联冠军", "票房周报", ("何川",), ("何川",)),
        ("《棒棒的春天》：小人物的笑声里有泪", "晨报影评", ("苏禾",), ())]
    assert all("温馨提示" not in s.reporters for s in page.stories)
    assert lines.classify(1, "涉及乡村振兴、生态保护等领域").place_first is False


def test_a_wechat_posts_title_over_its_origin_its_topic_tags_and_its_greeting():
    page = segment(
        "今晚，南岸这些新闻值得关注！\n\n原创　南岸区融媒体中心　南岸发布　2020-05-28\n\n"
        "各位南岸的小伙伴，晚上好！今天是5月28日，一起来看看今天的新闻。\n\n"
        "#城建#\n南滨路“海棠烟雨”段改造完工\n\n5月27日，记者从区城市管理局获悉，改造完工。\n\n"
        "（记者　蒋　玥）\n\n#民生#\n南岸新增5个社区食堂\n\n5月26日，5个社区食堂开门迎客。\n\n"
        "文/记者　孙晓彤　　图/通讯员　邓　睿\n")
    assert [(s.headline, s.date, [i.heading for i in s.items]) for s in page.stories] == [
        ("今晚，南岸这些新闻值得关注！", None, ["南滨路“海棠烟雨”段改造完工", "南岸新增5个社区食堂"])]


def test_a_box_of_bulleted_vignettes_and_a_box_of_tagged_messages_are_items():
    page = segment(
        "两会·微镜头\n\n■磨毛了边的笔记本\n\n　　6日的全体会议上，冉秀英代表面前摆着一本磨毛了边的笔记本。\n\n"
        "■后排代表的机会\n\n　　发言环节，后排一位代表三次举手都没轮上。\n\n（特派记者　周　岚　陈晓川）\n")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("两会·微镜头", ["磨毛了边的笔记本", "后排代表的机会"])]
    page = segment(
        "短信传真\n\n【沙坪坝·小龙坎】小区门口的路灯坏了快一个月了，希望有关部门来修一修。（尾号3657）\n\n"
        "【江北·观音桥】楼下新开了一家烧烤店，每天闹到凌晨，觉都睡不好。（尾号0912）\n")
    assert [[i.heading for i in s.items] for s in page.stories] == [["沙坪坝·小龙坎", "江北·观音桥"]]
    # Titled parts each signed on their own under a section's label stay stories.
    page = segment("【要闻】\n◆区委常委会召开会议\n6月11日，区委常委会召开会议。（记者　况丽娜）\n"
                   "◆涪陵榨菜出口额增长18.6%\n记者6月11日从区商务委获悉，出口额增长。（记者　符春阳）\n")
    assert [len(s.items) for s in page.stories] == [0, 0]


def test_a_floating_windows_button_a_channels_cards_and_an_advertisements_card():
    page = segment(
        "[关闭]\n党的群众路线教育实践活动专题\n站内搜索：　　　　[搜索]　　[高级搜索]\n\n"
        "江津富硒产业园集中签约8个项目 总投资46亿元\n9月13日上午，江津区在珞璜镇举行项目集中签约活动。\n"
        "上游新闻　记者　刘　洋　　　　2小时前　　　　评论 12\n\n[图片]\n"
        "金秋购房季 主城品质楼盘特惠专场来了\n首付低至10%，到店即送家电大礼包……\n广告　　上游房产\n\n"
        "[视频]　02:16\n铜梁龙灯彩扎手艺人：一年扎出200条龙\n在铜梁区巴川街道的一间老作坊里，艺人正在扎龙。\n"
        "上游新闻　视频　　　　昨天 16:05　　　　评论 3\n")
    assert [(s.headline, s.reporters) for s in page.stories][-3:] == [
        ("江津富硒产业园集中签约8个项目 总投资46亿元", ("刘洋",)),
        ("铜梁龙灯彩扎手艺人：一年扎出200条龙", ())]
    assert "金秋购房季 主城品质楼盘特惠专场来了" in page.noise


def test_a_sites_picture_flag_a_quotation_over_a_dateline_and_an_apps_original_byline():
    page = segment(
        "县食药监局开展月饼质量专项检查（图）\n\n本报讯（记者　马　骏）9月11日，县食药监局开展专项检查。\n\n\n"
        "“有了这条路，红橙不愁卖了”\n\n本报讯　“以前红橙熟了，要靠人背马驮。”5月15日，村民说。（通讯员　胡　静）\n")
    assert [s.headline for s in page.stories] == [
        "县食药监局开展月饼质量专项检查", "“有了这条路，红橙不愁卖了”"]
    page = segment(
        "此网页由 m.cqcb.com 提供\n[上游新闻LOGO]　上游新闻　汇聚向上的力量\n\n"
        "开县汉丰湖畔30万株樱花进入盛花期　周末赏花请错峰\n\n原创　上游新闻·重庆晨报记者　向　菊　通讯员　王小川\n"
        "2016-03-22 07:30　　　　阅读 2.6万\n\n春分过后，汉丰湖畔的樱花迎来盛花期。3月21日，记者来到湖畔。\n\n"
        "APP内打开，看高清大图 >\n\n据了解，上周末汉丰湖周边接待游客8万人次。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("开县汉丰湖畔30万株樱花进入盛花期　周末赏花请错峰", ("向菊", "王小川"))]
    for chrome in ("以下文章来源于大足融媒 ，作者大足区融媒体中心", "点击收听　|　主播：苏晴　　　03:48",
                   "🔊 语音播报　▶　00:00 / 03:26"):
        assert lines.classify(1, chrome).kind is lines.Kind.NOISE, chrome
    recipe = segment("【食疗方】\n当归生姜羊肉汤\n原料：羊肉500克、当归15克、生姜30克\n"
                     "做法：羊肉切块焯水，与当归、生姜同炖2小时。\n功效：温中补血、祛寒暖身\n")
    assert all(not s.headline.startswith(("原料", "功效")) for s in recipe.stories)


def test_a_scanned_masthead_with_letter_os_and_a_yue_for_ri_dates_the_page():
    page = segment("14　区县新闻　　　　　　　　　　　　重庆晨报　2OO7年9月13曰　星期四\n\n"
                   "双桥至龙水湖旅游公路通车\n　　晨报讯（记者　张　涛）9月12日，旅游公路通车。\n")
    assert (page.date, page.year) == ("2007-09-13", 2007)
    assert [s.headline for s in page.stories] == ["双桥至龙水湖旅游公路通车"]


def test_a_government_sites_disclosure_table_one_cell_a_line_and_its_credit_of_offices():
    page = segment(
        "索引号：\n11500109009312345X/2026-00031\n发布机构：\n北碚区政府办公室\n生成日期：\n2026-01-15\n"
        "名　　称：\n区政府召开第86次常务会议\n\n区政府召开第86次常务会议\n研究部署重点民生实事等工作\n\n"
        "2026-01-15 09:12　　　　　　【大　中　小】\n\n"
        "1月14日，区长主持召开区政府第86次常务会议，研究部署重点民生实事等工作。\n\n"
        "文/区政府办公室　何　静　　图/区融媒体中心　陈　川\n")
    assert [(s.headline, s.subtitle, s.date, s.reporters, s.photographers)
            for s in page.stories] == [("区政府召开第86次常务会议", "研究部署重点民生实事等工作",
                                        "2026-01-14", ("何静",), ("陈川",))]
    assert page.date == "2026-01-15"
    assert {"发布机构：", "北碚区政府办公室", "2026-01-15"} <= set(page.noise)


def test_a_posts_title_over_its_account_and_time_its_pointed_captions_and_its_end():
    page = segment(
        "大足石刻首批文创产品获授权上市，有你喜欢的吗？\n\n大足发布　2021-08-10 18:30\n\n[图片]\n"
        "▲千手观音造像元素的丝巾和书签\n\n8月9日，记者从大足石刻研究院获悉，首批文创产品正式上市。\n\n"
        "　　——　延伸阅读　——\n\n龙水湖夏季夜游开放首周接待游客2.1万人次\n\n"
        "记者8月8日从龙水湖旅游度假区管委会获悉，活动开放首周共接待游客2.1万人次。（记者　何　川）\n\n"
        "记者：陈　瑶\n图片：刘俊杰\n主播：苏　晴\n编辑：王　丹\n\n—— 往期推荐 ——\n"
        "大足区2021年上半年经济运行情况发布\n@大足人，这份防汛避险指南请收好！\n\n"
        "阅读 1.2万　　　　分享　　赞 86　　在看 41\n留言 12\n"
        "石刻粉丝：丝巾好看！线上旗舰店在哪里买？　　　　　　　赞 15\n")
    assert [(s.headline, s.section, s.reporters, s.photographers, s.captions)
            for s in page.stories] == [
        ("大足石刻首批文创产品获授权上市，有你喜欢的吗？", None, ("陈瑶",), ("刘俊杰",),
         ("千手观音造像元素的丝巾和书签",)),
        ("龙水湖夏季夜游开放首周接待游客2.1万人次", "延伸阅读", ("何川",), (), ())]
    assert {"主播：苏　晴", "@大足人，这份防汛避险指南请收好！",
            "石刻粉丝：丝巾好看！线上旗舰店在哪里买？　　　　　　　赞 15"} <= set(page.noise)
    # A paper printing readers' handles over their words keeps them in the story.
    assert lines.classify(1, "@山城老幺妹　　IP属地：重庆　　赞 2104").kind is not lines.Kind.NOISE


def test_a_head_with_an_advertising_word_over_a_dateline_is_a_headline():
    page = segment("黑山谷景区推出“错峰游”优惠\n本报讯（记者　陈　瑶）\n"
                   "　　记者昨日从万盛经开区旅游局获悉，黑山谷景区推出“错峰游”优惠。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("黑山谷景区推出“错峰游”优惠", ("陈瑶",))]
    assert lines.classify(1, "金秋购房季　全场优惠").kind is lines.Kind.NOISE


def test_rows_a_blank_line_apart_under_the_paragraph_that_introduces_them_stay_in_the_story():
    page = segment(
        "志愿填报“三步走”　别只盯着分数线\n\n重庆晨报记者　邓　琳\n\n"
        "昨日，记者从市教育考试院获悉，今年我市普通高考成绩将于6月23日公布。\n\n今年志愿填报时间安排如下：\n\n"
        "本科提前批　　6月26日—6月28日\n\n本科第一批　　7月1日—7月3日\n\n本科第二批　　7月6日—7月8日\n\n"
        "“分数出来后，先别急着翻学校名单。”一位高三年级组长建议。\n")
    assert [(s.headline, len(s.rows)) for s in page.stories] == [
        ("志愿填报“三步走”　别只盯着分数线", 3)]


def test_a_portals_info_line_after_its_address_its_comment_box_and_a_bulleted_related_story():
    page = segment(
        "万盛关停小煤窑　3000名矿工家门口“转岗”\n"
        "http://cq.qq.com　　2008年12月10日07:38　　重庆晨报　　　　[我要评论]\n\n"
        "本报讯　（记者　何　川）昨日上午，万盛区转岗就业专场招聘会在区体育馆举行。\n\n"
        "　　■相关新闻\n\n　　綦江县今冬明春免费培训返乡农民工1.2万人次\n\n"
        "　　本报讯　（记者　何　川）记者昨日从綦江县劳动就业局获悉，该县将培训农民工。\n\n"
        "相关搜索：　万盛　　矿工　　转岗\n\n相关专题\n·聚焦金融危机下的返乡农民工\n\n"
        "腾讯网友评论　　共有 12 条评论　　[点击查看]\n\n发表评论：\n\n"
        "网友评论仅供网友表达个人看法，并不表明腾讯同意其观点或证实其描述\n"
        "QQ号码：　　　　密码：　　　　　　匿名发表　　[发表]\n\n"
        "热点新闻排行\n1　轻轨较场口至新山村段加密班次\n2　主城今冬首场寒潮周末抵达\n")
    assert page.date == "2008-12-10"
    assert [(s.headline, s.section, s.date) for s in page.stories] == [
        ("万盛关停小煤窑　3000名矿工家门口“转岗”", None, "2008-12-09"),
        ("綦江县今冬明春免费培训返乡农民工1.2万人次", "相关新闻", "2008-12-09")]
    assert "1　轻轨较场口至新山村段加密班次" in page.noise


def test_a_forum_portals_article_with_its_login_rating_widget_and_summary_field():
    page = segment(
        "都梁社区 - 梁平人自己的网上家园 -  Powered by Discuz!\n设为首页收藏本站\n"
        "用户名　　　　　　　　自动登录　　找回密码\n密码　　　　　　　　登录　　立即注册\n"
        "门户　　论坛　　群组　　家园　　梁平视频　　房产　　招聘　　应用\n发布新文章\n"
        "梁平柚首次批量进京　礼让果农抱团闯市场\n"
        "2012-11-6 09:12| 发布者: 都梁小编| 查看: 1356| 评论: 8|原作者: 马　骏|来自: 梁平报\n"
        "摘要: 11月5日，30吨梁平柚从礼让镇装车发往北京。\n"
        "　　本报讯（记者　马　骏　通讯员　蒋成林）11月5日，30吨梁平柚从礼让镇装车发往北京。\n"
        "顶\n12\n踩\n0\n刚表态过的朋友 (12 人)\n引用 柚子树下 2012-11-6 10:22\n")
    assert [(s.headline, s.date, s.reporters, s.paragraphs[0][:4]) for s in page.stories] == [
        ("梁平柚首次批量进京　礼让果农抱团闯市场", "2012-11-05", ("马骏", "蒋成林"), "11月5")]
    assert {"顶", "12", "踩", "0", "摘要: 11月5日，30吨梁平柚从礼让镇装车发往北京。"} <= set(page.noise)


def test_a_page_savers_markdown_title_with_the_sites_name_and_its_excerpt():
    page = segment(
        "# 汉丰湖环湖绿道全线贯通　开州市民“骑”享湖光山色 - 上游新闻 汇聚向上的力量\n\n"
        "> ## Excerpt\n> 5月14日，汉丰湖环湖绿道实现全线贯通。\n\n---\n\n"
        "2018-05-15 07:12　　来源：[上游新闻-重庆商报](https://www.cqcb.com/)\n\n"
        "上游新闻·重庆商报记者　邓　婕　通讯员　熊　涛\n\n5月14日，汉丰湖环湖绿道实现全线贯通。\n\n"
        "**一圈38公里　串起7个湿地公园**\n\n开州区汉丰湖景区管理处副主任冉启明介绍，绿道于2016年开工。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("汉丰湖环湖绿道全线贯通　开州市民“骑”享湖光山色", ("邓婕", "熊涛"))]


def test_parts_headed_by_the_places_the_opening_lists_are_a_roundups_items():
    page = segment(
        "【区县动态】渝东南四区县欢庆中国农民丰收节\n来源：重庆学习平台　　　　2022-09-24\n\n[视频]\n"
        "00:00 / 02:36\n播放　　　音量　　　倍速　　　全屏\n"
        "▲9月23日，黔江区丰收节活动现场。（视频：黔江区融媒体中心）\n"
        "9月23日是中国农民丰收节。当天，渝东南的黔江、酉阳、秀山、彭水四区县分别举办活动。\n\n"
        "黔江：“猕猴桃擂台”比出好果子\n9月23日上午，黔江区猕猴桃擂台赛在石会镇举行。\n"
        "（黔江区融媒体中心　杨　柳　向　军）\n\n酉阳：稻田里“晒秋”　贡米开镰\n"
        "当天，酉阳县花田乡何家岩村的千亩梯田迎来开镰。\n（酉阳县融媒体中心　冉　静）\n")
    assert [(s.headline, s.captions, [(i.heading, i.reporters) for i in s.items])
            for s in page.stories] == [
        ("渝东南四区县欢庆中国农民丰收节", ("9月23日，黔江区丰收节活动现场。（视频：黔江区融媒体中心）",),
         [("黔江：“猕猴桃擂台”比出好果子", ("杨柳", "向军")), ("酉阳：稻田里“晒秋”　贡米开镰", ("冉静",))])]
    # A place a story's text only mentions heads a story of its own.
    page = segment("媒体看潼南\n\n平台共监测到涉潼南报道37篇，其中中央媒体2篇、市级媒体6篇。\n\n"
                   "潼南：一颗柠檬“链”出百亿产业\n\n人民网重庆3月17日电　（蓝海涛）3月的潼南区太安镇柠檬飘香。\n")
    assert [s.headline for s in page.stories][-1] == "潼南：一颗柠檬“链”出百亿产业"


def test_a_story_jumping_to_another_place_on_its_own_page_is_one_story():
    page = segment(
        "市政府召开第27次常务会议\n\n　　本报讯（记者　邹德华）6月13日，市政府召开常务会议。\n"
        "　　会议要求，各部门要开展拉网式隐患排查，对查出的隐患\n（下转本版右下）\n\n"
        "白沙古镇老街换新颜\n\n　　本报讯（记者　陈　平）6月10日，白沙古镇老街改造完工。\n\n"
        "市政府召开第27次常务会议\n（上接本版左上）\n　　限期整改。副市长出席会议。\n")
    assert [(s.headline, s.paragraphs[-1][-12:]) for s in page.stories] == [
        ("市政府召开第27次常务会议", "对查出的隐患限期整改。副市长出席会议。"[-12:]),
        ("白沙古镇老街换新颜", "6月10日，白沙古镇老街改造完工。"[-12:])]


def test_the_pages_own_credit_line_signs_its_unsigned_stories_and_their_photos():
    page = segment(
        "本版文字：本报记者　冉　杰　刘　芳　　本版摄影：本报记者　向　东\n\n\n申遗成功·现场\n喜讯传来　全城沸腾\n"
        "　　“成功了！”6月27日上午11时许，广场上传来喜讯。\n▲6月27日，干部群众欢庆申遗成功。\n\n"
        "“申遗成功”纪念封首发\n　　本报讯　6月28日，纪念封首发。（通讯员　彭　伟）\n")
    assert [(s.headline, s.reporters, s.photographers) for s in page.stories] == [
        ("喜讯传来　全城沸腾", ("冉杰", "刘芳"), ("向东",)),
        ("“申遗成功”纪念封首发", ("彭伟",), ())]
    credit = lines.classify(1, "本组图片　记者　何　玥　摄")
    assert (credit.kind, credit.names) == (lines.Kind.PHOTO_CREDIT, ("何玥",))


def test_a_four_character_theme_over_the_news_is_its_kicker():
    page = segment("区域协同\n\n“巴南造”新能源汽车零部件首批运抵两江新区\n\n本报记者　刘　畅\n\n"
                   "4月15日上午，界石镇一家汽车零部件企业的货车驶出厂区。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("区域协同", "“巴南造”新能源汽车零部件首批运抵两江新区")]


def test_a_readers_page_letters_signatures_and_its_columnist():
    page = segment(
        "乌　江　夜　话\n[作者照片]\n冉启明　区作家协会副主席，本报特约专栏作者\n“榨菜之乡”的年轻人去哪儿了\n"
        "　　春节一过，老家院子里又安静下来了。正月初六那天，邻居家的两个年轻人背着行李去了车站。\n\n"
        "读者来信\n买的“新鲜”猪肉回家就变了味\n□读者　邓素芬（敦仁街道）\n编辑同志：\n"
        "　　3月10日上午，我在城区某农贸市场一个肉摊上买了两斤猪肉，摊主说是当天早上杀的。\n\n"
        "在外打工也想看家乡报\n编辑同志：\n"
        "　　我是珍溪镇人，在江北区观音桥一家餐馆打工已经五年了，每年回家都要带几张家乡的报纸。\n"
        "读者　杨光明\n\n读者评报\n希望多登些“身边事”\n"
        "　　我是本报的老读者，订报已经二十多年了。这几年报纸越办越好看，我每天都要从头看到尾。\n"
        "（蔺市镇　退休教师　秦德厚）\n\n身边好人\n公交司机追了两站路还我钱包\n"
        "　　3月9日下午，我从丰都县高家镇到涪陵城区看病，在车上把装着药费的钱包弄丢了。\n"
        "　　我想通过贵报，向周师傅说一声：谢谢您！好人一生平安！\n丰都县高家镇　谭永芬\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("“榨菜之乡”的年轻人去哪儿了", None, ("冉启明",)),
        ("买的“新鲜”猪肉回家就变了味", "读者来信", ("邓素芬",)),
        ("在外打工也想看家乡报", None, ("杨光明",)),
        ("希望多登些“身边事”", "读者评报", ("秦德厚",)),
        ("公交司机追了两站路还我钱包", "身边好人", ("谭永芬",))]
    # A district and a name unbracketed may be a line of a list of names: no signature.
    assert lines.classify(1, "南岸区　王涛").kind is not lines.Kind.BYLINE


def test_a_city_papers_dateline_a_comment_box_in_its_story_and_a_court_pages_boxes():
    page = segment(
        "璧山县城23条背街小巷“穿新衣”\n"
        "　　时报讯　（记者　杨　帆　通讯员　何　琳）6月15日，璧山县城区背街小巷综合整治工程启动。\n"
        "【网友跟帖】\n　　“小时候在东林寺旁边那条巷子长大，希望改好后还能保留老院子的味道。”——时报网网友“璧山老幺”\n\n"
        "开庭预告\n\n4月19日　9:30　江北区法院第三法庭　一起非法吸收公众存款案\n\n"
        "4月20日　14:30　北碚区法院第二法庭　某小区业主诉物业公司案\n\n（市高法院新闻办供稿）\n\n\n"
        "晨报律师团\n\n房东卖房　租客还能住吗\n\n解答律师：重庆正平律师事务所　龚　萍\n\n"
        "问：我在沙坪坝区租了一套房子，合同签了两年，房东却要卖房。\n\n答：租赁物在租赁期间发生所有权变动的，不影响租赁合同的效力。\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("璧山县城23条背街小巷“穿新衣”", None, ("杨帆", "何琳")),
        ("开庭预告", None, ()),
        ("房东卖房　租客还能住吗", "晨报律师团", ())]
    assert page.stories[0].paragraphs[-1].startswith("“小时候")


def test_a_markdown_pages_one_top_heading_over_its_stories_is_its_flag():
    page = segment(
        "# 3·15特别报道　诚信消费　你我同行\n\n## 商报维权热线一年受理投诉1.2万件\n\n"
        "本报讯（记者　陈　静）3月14日，记者从商报维权热线获悉，去年共受理投诉1.2万件。\n\n"
        "## 市工商局公布今年首批商品质量抽检结果\n\n本报讯（记者　黄　磊）3月14日，市工商局公布抽检结果。\n")
    assert page.banner == "3·15特别报道　诚信消费　你我同行"
    assert [s.headline for s in page.stories] == [
        "商报维权热线一年受理投诉1.2万件", "市工商局公布今年首批商品质量抽检结果"]


def test_a_scans_letter_l_for_a_one_in_the_date_and_its_misread_roles():
    page = segment("重庆晚报　　　　　　1994年8月l8日　星期四\n\n消防车开进旱区送“救命水”\n"
                   "　　本报讯（记者　何平）昨日，记者随县消防中队的送水车来到石船乡大湾村。\n\n"
                   "全县烤烟收购进度过半\n　　本报讯（本报记晋　杨　林）8月16日，全县烤烟收购进度过半。\n\n"
                   "县民族中学教学楼落成\n　　本报讯（通汛员　何小梅）8月15日，教学楼落成。\n")
    assert page.date == "1994-08-18"
    assert [(s.date, s.reporters) for s in page.stories] == [
        ("1994-08-17", ("何平",)), ("1994-08-16", ("杨林",)), ("1994-08-15", ("何小梅",))]
    assert dates.chinese_number("l8") == 18


def test_a_reader_views_header_and_an_articles_box_of_facts():
    page = segment(
        "mp.weixin.qq.com\n两江新区首批28个便民服务站投用　户籍社保医保“家门口”办\n两江新区发布\n5–6 分钟\n\n"
        "3月17日上午，礼嘉街道便民服务站正式投用，居民在家门口就能办理户籍、社保、医保业务。\n\n"
        "据悉，今年底前，两江新区将再建设42个便民服务站。\n\n办事指南\n\n"
        "服务时间：2026年3月17日起，工作日9:00—12:00\n\n温馨提示：办理业务时请携带本人身份证原件。\n\n"
        "记者：袁　野　杜思佳\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("两江新区首批28个便民服务站投用　户籍社保医保“家门口”办", ("袁野", "杜思佳"))]
    assert {"两江新区发布", "5–6 分钟"} <= set(page.noise)


def test_a_converters_escapes_and_spans_and_an_article_systems_empty_boxes():
    for text, kind, shown in (
            ("[2016年05月12日09:23]{.date}", lines.Kind.NOISE, "2016年05月12日09:23"),
            ("人民网\\>\\>重庆频道\\>\\>区县", lines.Kind.NOISE, "人民网>>重庆频道>>区县"),
            ("[\\[详细\\]](http://cq.people.com.cn/n2/2016/0512/c1.html)", lines.Kind.NOISE, None),
            ("::: {.hdNews .clearfix}", lines.Kind.NOISE, None), (":::", lines.Kind.NOISE, None),
            ("没有相关文章", lines.Kind.NOISE, None), ("[发表]　　[重写]", lines.Kind.NOISE, None),
            ("您是本站第 1268043 位访问者", lines.Kind.NOISE, None),
            ("上一篇文章：　县领导督查全县安全生产工作", lines.Kind.NOISE, None)):
        line = lines.classify(1, text)
        assert line.kind is kind, text
        assert shown is None or line.text == shown, text


def test_a_bureaus_reporter_and_a_results_boxs_label():
    line = lines.classify(1, "本报驻万州记者站　向　东")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("向东",))
    assert lines.classify(1, "■成绩榜").kind is not lines.Kind.BYLINE
    page = segment("晚报服务台\n\n初装电话要交多少钱？\n\n本报记者　何　俊\n\n"
                   "　　读者刘先生问：家里想装一部电话，初装费要交多少钱？\n")
    assert [(s.section, s.headline) for s in page.stories] == [("晚报服务台", "初装电话要交多少钱？")]


def test_a_contests_ranks_are_items_a_campaigns_call_is_a_kicker_and_leader_rows_are_rows():
    page = segment(
        "桃花源景区征联获奖作品选登\n　　日前，“桃花源杯”楹联征集活动评选揭晓，评出一等奖1名、二等奖2名。现将获奖作品选登如下。\n"
        "一等奖\n上联：一洞通幽，避秦何须寻旧路\n下联：千花映水，问渔不必说前朝\n（作者：四川南充　王慕白）\n"
        "二等奖\n上联：桃红十里春常在\n下联：源远千年梦未央\n（作者：酉阳　冉启明）\n")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("桃花源景区征联获奖作品选登", ["一等奖", "二等奖"])]
    page = segment("严厉打击“两抢一盗”犯罪\n市法院公开宣判11名罪犯\n"
                   "　　本报讯（记者　张　丽）6月16日，市法院召开公开宣判大会，依法宣判11名罪犯。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("严厉打击“两抢一盗”犯罪", "市法院公开宣判11名罪犯")]
    page = segment("米心镇逢场：新蒜上市　价格走低\n　　本报讯（记者　周　倩）5月20日，米心镇逢场，新蒜大量上市。\n"
                   "　　当天部分蔬菜价格如下：\n莴笋………………………1.2元/斤\n新蒜………………………2.5元/斤\n")
    assert [(s.headline, len(s.rows)) for s in page.stories] == [("米心镇逢场：新蒜上市　价格走低", 2)]


def test_a_feed_posts_bracketed_title_its_account_and_a_platforms_chrome():
    page = segment(
        "首页　　　　　　　　　　　　　　下载头条APP　　　登录\n\n[图片]\n梁平融媒\n梁平区融媒体中心官方账号\n"
        "2022-07-16 18:42 · IP属地：重庆　　　　　　＋关注\n\n"
        "【梁平：双桂湖畔“荷”你有约　首届荷花节开幕】7月16日上午，梁平区首届双桂湖荷花节在双桂湖国家湿地公园开幕。\n\n"
        "记者：谭　欣　何建军\n\n📍重庆·双桂湖国家湿地公园\n\n1.6万阅读\n\n42条评论\n\n山城小蜗牛\n"
        "去年路过还没这么多花，今年一定要去看看\n07-16 19:05 · 重庆\n回复　　　18\n")
    assert [(s.headline, s.reporters, s.paragraphs[0][:5]) for s in page.stories] == [
        ("梁平：双桂湖畔“荷”你有约　首届荷花节开幕", ("谭欣", "何建军"), "7月16日")]
    page = segment("百家号\n\n涪陵滨江步道二期开放　市民家门口多了条“江景跑道”\n\n[图片]\n涪陵发布\n"
                   "发布时间：04-12 09:30\n涪陵区委宣传部官方百家号\n\n"
                   "4月11日上午，长江南岸滨江步道（二期）正式向市民开放。\n")
    assert [s.headline for s in page.stories] == ["涪陵滨江步道二期开放　市民家门口多了条“江景跑道”"]
    # A sentence about downloading an app stays text.
    assert lines.classify(1, "周某按照对方要求下载了一款APP，垫付资金4.8万元。").kind is lines.Kind.BODY


def test_a_converters_raw_html_table_and_empty_links():
    page = segment(
        "关于滨湖中路部分路段实施交通管制的通告\n\n开县人民政府　2016-04-18\n\n各有关单位：\n\n"
        "为保障施工安全，决定对滨湖中路部分路段实施交通管制。现将有关事项通告如下：\n\n"
        "<table border=\"1\">\n<tbody>\n<tr>\n<td>管制路段</td>\n<td>管制方式</td>\n</tr>\n<tr>\n"
        "<td>滨湖中路（东河路口至文峰路口）</td>\n<td>禁止施工车辆进出</td>\n</tr>\n</tbody>\n</table>\n\n"
        "附件：滨湖中路交通管制绕行示意图.jpg\n\n"
        "分享到：[](javascript:void\\(0\\) \"分享到QQ空间\")[](javascript:void\\(0\\) \"分享到新浪微博\")\n")
    assert [(s.headline, len(s.rows)) for s in page.stories] == [
        ("关于滨湖中路部分路段实施交通管制的通告", 4)]
    assert "</tr>" in page.noise


def test_classified_ads_a_help_column_and_an_ocr_programs_export_lines():
    page = segment(
        "帮帮他\n八旬老人走失　家人急寻\n　　本报讯（记者　李　想）11月6日上午，家住杨家坪的八旬老人外出后走失。\n\n"
        "分类广告\n●渝中区解放碑写字楼出租，120平方米，精装修，电话：1360xxxx512\n"
        "●诚聘驾驶员5名，C1以上驾照，沙坪坝区，电话：1398xxxx776\n")
    assert [(s.section, s.headline) for s in page.stories] == [("帮帮他", "八旬老人走失　家人急寻")]
    page = segment("文件名：QJB19880913-02.TIF　　识别日期：2010-03-22　　版面分区：9\n=====[第1区　文字]=====\n"
                   "黔江報　　　　第二版　　　　一九八八年九月十三日　星期二\n=====[第2区　文字]=====\n"
                   "阿蓬江上架新桥\n　　本报讯　九月八日，阿蓬江大桥合龙。\n")
    assert page.date == "1988-09-13"
    assert [(s.headline, s.date) for s in page.stories] == [("阿蓬江上架新桥", "1988-09-08")]


def test_a_group_reports_bulleted_parts_each_signed_under_its_head_are_its_items():
    page = segment(
        "时报关注·组合报道\n消防通道被占，救火车怎么进？\n　　一辆私家车横在小区唯一的消防通道口，一堆旧家具塞满了楼道。\n\n"
        "◎南岸区南坪：私家车堵住通道　消防车绕行10分钟\n时报记者　李　想\n　　11月5日晚8时许，南岸区南坪东路一老旧小区起火。\n\n"
        "◎沙坪坝区小龙坎：楼道堆满杂物　物管“清一次，堆一次”\n时报记者　王　雯　实习生　陈　露\n"
        "　　“清了又堆，堆了又清，我们也没办法。”6日上午，物管人员说。\n\n■律师说法\n"
        "　　重庆渝州律师事务所律师杨　帆说，占用消防通道可处罚款。\n")
    assert [(s.headline, [(i.heading, i.reporters) for i in s.items]) for s in page.stories] == [
        ("消防通道被占，救火车怎么进？",
         [("南岸区南坪：私家车堵住通道　消防车绕行10分钟", ("李想",)),
          ("沙坪坝区小龙坎：楼道堆满杂物　物管“清一次，堆一次”", ("王雯", "陈露")),
          ("律师说法", ())])]


def test_entries_under_one_bracketed_label_with_their_own_text_are_items():
    page = segment(
        "代表建议摘登\n【建议】在乡镇卫生院设夜间值班诊室\n【代表】市人大代表、荣昌县仁义镇卫生院院长　邓红梅\n"
        "　　农村老人和孩子晚上突发疾病，往往要赶几十里路到县城看急诊。\n"
        "【建议】公交线路延伸到城郊结合部\n【代表】市人大代表、大渡口区跳磴镇党委书记　何　涛\n"
        "　　跳磴镇近几年新建了多个安置小区，入住居民超过2万人。\n（商报记者　冯　雷　整理）\n")
    assert [(s.headline, s.reporters, [(i.heading, i.paragraphs[0][:4]) for i in s.items])
            for s in page.stories] == [
        ("代表建议摘登", ("冯雷",), [("在乡镇卫生院设夜间值班诊室", "【代表】"),
                                 ("公交线路延伸到城郊结合部", "【代表】")])]
    # A broadcast's sound bites under one label, each a speaker's post and name, stay text.
    page = segment(
        "花田梯田稻谷香\n　　9月23日，何家岩村的梯田迎来开镰。\n【同期声】花田乡何家岩村村民　冉茂林\n"
        "　　“今年雨水匀，谷子颗粒饱满。”\n【同期声】花田乡党委书记　谢远航\n　　“下一步，我们将以梯田为依托。”\n")
    assert [(s.headline, s.items) for s in page.stories] == [("花田梯田稻谷香", ())]


def test_a_spaced_pages_bracketed_field_lines_a_handle_a_source_note_and_signed_offers():
    page = segment("\n\n".join([
        "重庆青年报　　2007年4月27日　星期五", "五一自驾，去黑山谷看瀑布", "文/图　本报记者　秦　岭",
        "　　上周，记者从主城出发，走渝黔高速，在綦江下道后沿公路到万盛城区。",
        "　　黑山谷是一条长约13公里的峡谷，谷里有大大小小几十个瀑布。",
        "【线路】主城→渝黔高速→綦江县城→万盛城区→黑山谷", "【里程】约130公里，车程2小时左右",
        "【门票】80元/人，学生凭证半价", "驴友日记", "夜宿四面山，听了一晚上的水声", "文/“背包客老猫”",
        "　　上周六，我们一行6人从江津城区坐了两个小时的车，下午4点多才到四面山。",
        "（本文选自重庆青年网论坛“行走天下”版，有删节）", "五一景区优惠看过来",
        "◆南川金佛山：5月1日至7日，凭学生证、教师证购票享受半价。",
        "◆江津四面山：长假期间，每天前100名到景区的游客可免费领取一次性雨衣。",
        "（本报记者　秦　岭　整理）"]) + "\n")
    assert [(s.headline, s.reporters, s.date, [i.heading for i in s.items], (*s.paragraphs, "")[0][:4])
            for s in page.stories] == [
        ("五一自驾，去黑山谷看瀑布", ("秦岭",), None, [], "上周，记"),
        ("夜宿四面山，听了一晚上的水声", (), "2007-04-21", [], "上周六，"),
        ("五一景区优惠看过来", ("秦岭",), None, ["南川金佛山", "江津四面山"], "")]
    assert page.stories[0].paragraphs[-1].startswith("【门票】")  # the guide's fields, its text


def test_a_report_opening_at_an_occasion_of_the_day_before_is_dated_by_it():
    assert dates.opening_day("“一个月要困人两三回。”在昨日市政协的界别小组讨论中，", "2014-01-21") == (
        "“一个月要困人两三回。”在1月20日市政协的界别小组讨论中，")
    assert dates.opening_day("上周日，我们出发。", "2007-04-27") == "4月22日，我们出发。"
    assert dates.opening_day("在上级部门的指导下，", "2014-01-21") == "在上级部门的指导下，"


def test_a_phone_sites_article_in_pages_reads_as_one_story():
    page = segment(
        "手机华龙网\n2009年8月20日 星期四\n首页>区县>武隆\n仙女山单日游客首破4万人次\n2009-08-20 07:35\n来源:重庆商报\n"
        "[图]仙女山草场上避暑的游客\n(点击查看大图)\n广告:彩信手机报 每天两毛钱 随时看新闻>>\n"
        "商报讯 (记者 田　甜)8月19日，记者从武隆县旅游局获悉，仙女山单日接待游客4.2万人次，\n"
        "第1/3页\n下一页>>|余下全文\n发表评论(3)\n返回区县频道\n手机华龙网\n首页>区县>武隆\n"
        "仙女山单日游客首破4万人次(2)\n比去年同期增长近三成。\n"
        "[图]天生三桥景区排队入园的游客 记者 田甜 摄\n第2/3页\n<<上一页\n")
    assert [(s.headline, s.reporters, s.photographers, s.captions, len(s.paragraphs))
            for s in page.stories] == [
        ("仙女山单日游客首破4万人次", ("田甜",), ("田甜",),
         ("仙女山草场上避暑的游客", "天生三桥景区排队入园的游客"), 1)]
    assert "仙女山单日游客首破4万人次(2)" in page.noise
    # (the sentence cut by the page break goes on in the same paragraph)
    assert page.stories[0].paragraphs[0].endswith("比去年同期增长近三成。")


def test_a_search_engines_results_and_cached_copy_and_a_notes_chrome():
    page = segment(
        "搜狗搜索\n巫山红叶节\n搜狗已为您找到约2,846条相关结果\n\n[图片]\n第十一届巫山国际红叶节今日开幕\n"
        "11月18日上午，第十一届巫山国际红叶节在神女景区开幕。今年红叶节将持续到明年1月，其间将举办10余项活动...\n巫山发布　　2017-11-18\n\n[图片]\n"
        "巫山红叶进入最佳观赏期\n11月17日，记者从巫山县旅游局获悉，目前小三峡、神女峰一带的红叶已进入最佳观赏期，"
        "预计将持续到12月中旬...\n重庆晨报　　3天前\n\n[图片]\n"
        "巫山红叶节去哪看？这5个地方美哭了\n点击上方蓝字关注我们↑↑↑　又是一年红叶季，小编整理了巫山看红叶的5个好去处...\n"
        "重庆吃喝玩乐　　2017-11-19\n")
    assert [(s.headline, s.paragraphs[0][:4]) for s in page.stories] == [
        ("第十一届巫山国际红叶节今日开幕", "11月1"), ("巫山红叶进入最佳观赏期", "11月1"),
        ("巫山红叶节去哪看？这5个地方美哭了", "又是一年")]
    for text in ("百度快照", "您查询的关键词：潼南　油菜花节。如果打开速度慢，可以尝试快速版。",
                 "(百度和网页http://www.cqtnw.cn/html/content_86214.html的作者无关，不对其内容负责。"
                 "百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)", "快照时间：2014年3月25日 02:18:09",
                 "#北碚 #放牛坪 #重庆看雪", "编辑于 01-18 重庆", "♡ 2341　　☆ 876　　💬 157"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    assert lines.bare_label(lines.classify(1, "共 157 条评论").normal) == "全部评论"
    # A page that names its year only in an event's name is dated by it.
    assert dates.infer_year("1月17日，2026北碚·放牛坪冰雪季在茨竹镇开幕。")[0] == 2026
    assert dates.infer_year("全村2026户村民参加了培训。") == (None, None)


def test_a_narrow_indented_columns_stories_two_blank_lines_apart_and_an_offices_writer():
    page = segment(
        "双河乡高山村通上动力电\n本报讯（通讯员　冉　川）8月13日，随\n着最后一台变压器合闸送电，双河乡3个\n"
        "高山村结束了“有电不能用”的历史。\n　　“以前打米磨面要背到山下，现在家\n门口就能开机器。”村民龚大全说。\n"
        "　　今年，县供电公司投入资金680万元，\n全县已有21个行政村用上动力电。\n"
        "　　据统计，7月以来，县供电公司共处\n理故障报修386起，用户满意率达99.2%。\n"
        "　　下一步，县供电公司将继续推进农网\n改造，让更多村用上放心电。\n\n\n"
        "安全用电有奖竞答\n　　为普及安全用电知识，县供电公司特\n举办本次有奖竞答活动。请读者将答案填\n"
        "写在答题卡上，剪下后寄至县供电公司。\n\n\n"
        "检察官说法\n“高薪兼职”刷单　小心钱没赚到还成帮凶\n区检察院第二检察部　吴　娜\n"
        "　　今年3月，家住巴川街道的大学生小周在\n网上看到一则“日结300元”的兼职广告。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("双河乡高山村通上动力电", ("冉川",)), ("安全用电有奖竞答", ()),
        ("“高薪兼职”刷单　小心钱没赚到还成帮凶", ("吴娜",))]


def test_a_box_of_dated_entries_stays_in_the_report():
    page = segment(
        "小区化粪池外溢半月　一个电话3天解决\n本报讯（记者　邓　丽）6月14日，陈女士来电反映小区化粪池外溢。\n"
        "【办理时间表】\n6月14日9:20　陈女士来电反映，记者当即赶到现场核实。\n"
        "6月15日10:30　县市政园林局工作人员到现场查看。\n　　据了解，类似问题并不少见。\n")
    assert [(s.headline, s.paragraphs[-1][-4:]) for s in page.stories] == [
        ("小区化粪池外溢半月　一个电话3天解决", "不少见。")]


def test_a_portals_self_media_article_its_pictures_captions_and_chrome():
    page = segment(
        "网易首页 > 网易号 > 正文\n申请入驻\n\n彭水举办“春风行动”专场招聘会\n2020-05-18 16:42:31　来源: 彭水发布\n举报\n0\n"
        "分享至\n用微信扫码二维码\n分享至好友和朋友圈\n\n"
        "5月16日上午，彭水县“春风行动”专场招聘会在靛水街道易地扶贫搬迁安置点举行，40余家企业提供岗位2300余个。\n\n"
        "[图片]\n打开网易新闻 查看精彩图片\n招聘会现场\n\n当天一早，安置点广场上就排起了长队，求职者戴好口罩、扫码测温后有序入场。\n\n"
        "[图片]\n打开网易新闻 查看精彩图片\n求职者在展位前咨询岗位信息\n\n主城企业来“抢人”\n\n"
        "记者注意到，不少主城企业也专程赶来招人，现场达成就业意向600余人。\n\n记者：任晓东　冉　婕\n\n"
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布。\n\n/阅读下一篇/\n"
        "彭水：蚩尤九黎城景区5月20日起恢复夜游\n\n跟贴 0　参与 0\n文明上网，登录发贴\n目前没有跟贴，欢迎你发表观点\n")
    assert [(s.headline, s.reporters, s.captions, s.paragraphs[0][:5]) for s in page.stories] == [
        ("彭水举办“春风行动”专场招聘会", ("任晓东", "冉婕"), ("招聘会现场", "求职者在展位前咨询岗位信息"), "5月16日")]


def test_a_video_accounts_credits_and_readers_comments_and_a_forums_reposts():
    line = lines.classify(1, "记者：谭晓敏　向家文　摄像：刘　畅　剪辑：王一帆")
    assert (line.kind, line.names, line.photographers) == (
        lines.Kind.BYLINE, ("谭晓敏", "向家文"), ("刘畅",))
    page = segment(
        "小三峡单日游客破万　红叶季赏秋游“火”了\n\n11月4日，巫山小三峡景区迎来红叶季首个客流高峰，当天接待游客1.26万人次。\n"
        "🔗 巫山：小三峡单日接待游客突破1.2万人次\n11月5日　18:32\n评论 86\n写评论...\n"
        "宜昌的小周\n就是我！船上看到记者在拍，没想到上视频了哈哈\n11月5日　湖北　　　　♡ 103　　回复\n"
        "神女峰下\n家乡越来越好了👍👍\n11月6日　广东　　　　♡ 9　　回复\n")
    assert [s.headline for s in page.stories] == ["小三峡单日游客破万　红叶季赏秋游“火”了"]
    page = segment(
        "『天涯重庆』东溪古镇要大修了！转两条新闻\n作者：丁山湖的风　提交日期：2008-11-21 8:47:00\n"
        "　　今早在公交车上翻报纸看到的，家里老人天天念叨东溪的老房子要垮了。\n"
        "　　东溪古镇启动保护修缮　首批12栋老宅明年春节前完工\n来源：重庆晚报　2008年11月21日　第6版\n"
        "　　本报讯（记者　任　静）昨日上午，綦江县东溪镇老街上鞭炮声响起，修缮工程开工。\n"
        "作者：綦河边的鱼　回复日期：2008-11-21 9:05:13\n　　沙发！东溪的黄葛树比我爷爷年纪还大\n"
        "作者：渝南老顽童　回复日期：2008-11-21 9:31:40\n　　修是好事，就怕修成假古董。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("东溪古镇启动保护修缮　首批12栋老宅明年春节前完工", ("任静",))]
    assert "沙发！东溪的黄葛树比我爷爷年纪还大" in page.noise


def test_a_qa_columns_answerers_are_no_writers_and_a_column_over_a_writer_and_headline():
    assert lines.dateline("青年报讯（记者　何　丹）6月25日，毕业生回到母校。") is not None
    page = segment(
        "高考志愿怎么填　专家为你支招\n　　考分出来了，志愿怎么填？本报邀请专家进行解答。\n"
        "　　【问】我是荣昌县的考生，理科考了530分，想报外省的重点大学，怎么办？（荣昌县　考生　小刘）\n"
        "　　【答】建议考生按照“冲一冲、稳一稳、保一保”的思路填报，\n最后一两个志愿一定要填有把握的学校。（周　宁）\n"
        "　　【问】孩子想学临床医学，是选好学校还是选好专业？（开县　家长　王女士）\n"
        "　　【答】今年国家专项计划面向我市14个国家扶贫开发工作重点县实施，具体名单可查询网站。（谭建华）\n"
        "（记者　何　丹　实习生　罗　佳　整理）\n\n"
        "三峡论坛\n□　张　帆\n乡村振兴要守住“乡愁”这条根\n"
        "　　走进巫山县竹贤乡，青瓦白墙的老屋被精心修缮，村民们摆起了龙门阵。\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        (None, "高考志愿怎么填　专家为你支招", ("何丹", "罗佳")),
        ("三峡论坛", "乡村振兴要守住“乡愁”这条根", ("张帆",))]


def test_a_list_of_new_books_a_readers_place_and_name_and_a_hotlines_callers():
    page = segment(
        "新书架\n春天里，这三本书值得一读\n\n《巴渝老味道》\n作者：钟晓芸　　出版：西南师范大学出版社　　定价：42.00元\n"
        "荣昌卤鹅、合川桃片、江津米花糖……作者走访全市30多个区县，记录下60多种老手艺。\n\n"
        "《江上行舟》\n作者：冉　峰　　出版：重庆出版社　　定价：29.80元\n"
        "万州籍作家冉峰的第一部长篇小说，讲述三峡库区一个船工家庭三代人的故事。\n（本报记者　陈　默　整理）\n")
    assert [(s.kicker, s.headline, s.reporters, [i.heading for i in s.items]) for s in page.stories] == [
        ("新书架", "春天里，这三本书值得一读", ("陈默",), ["《巴渝老味道》", "《江上行舟》"])]
    assert lines.classify(1, "□ 荣昌县　杨春林").names == ("杨春林",)
    line = lines.classify(1, "■读者　渝北区　王女士")  # a caller, no writer
    assert line.kind is not lines.Kind.BYLINE and not line.names


def test_a_lists_names_and_schools_separators_between_briefs_and_a_faxs_furniture():
    page = segment(
        "喜报\n热烈祝贺我校2008年高考再创辉煌\n\n今年高考，我校1286名考生参考，本科上线512人。\n\n"
        "李　强　　　　北京大学\n\n周雨婷　　　　中国人民大学\n\n向　洋　　　　武汉大学\n")
    assert [s.reporters for s in page.stories] == [()]
    assert [(lines.classify(1, text).kind, lines.classify(1, text).rule) for text in (
        "×　　×　　×", "JUN-18-2004 FRI 15:42　　FROM:江津日报社总编室　　TO:023 6375 1234　　P.01",
        "传　　真", "致：市委宣传部新闻处　　　　发：江津日报社总编室")] == [
        (lines.Kind.NOISE, "rule-line"), *[(lines.Kind.NOISE, "web-chrome")] * 3]
    assert lines.classify(1, "（九龍坡區文化館）").kind is lines.Kind.CREDIT  # an office signs


def test_untitled_briefs_under_a_briefs_rubric_and_wire_datelines_in_brackets():
    page = segment(
        "重庆“巴渝文化周”在悉尼开幕\n　　本报讯（记者　陈　悦）11月14日，文化周在悉尼开幕。\n\n"
        "环球速览\n　　【东京】日本气象厅14日说，受暖空气影响，北海道札幌今年的初雪比往年推迟了11天。（据共同社）\n"
        "　　【开罗】埃及考古人员14日宣布，在卢克索西岸发现一座约3500年前的贵族墓葬。（据法新社）\n")
    assert [(s.headline, s.section, len(s.items), s.paragraphs[:1]) for s in page.stories][1] == (
        "环球速览", None, 0, ("【东京】日本气象厅14日说，受暖空气影响，北海道札幌今年的初雪比往年推迟了11天。",))


def test_no_module_binds_a_rule_constant_twice():
    # A threshold defined twice at module level silently takes the second value everywhere
    # (a notice title's 10 characters read as 40; a byline field's 4 as a table field's 6).
    import ast
    from pathlib import Path

    import cqnews_site

    twice = []
    for path in sorted(Path(cqnews_site.__file__).parent.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                targets.append(node.target.id)
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                targets.append(node.name)
            twice += [f"{path.name}: {name}" for name in targets if name in seen]
            seen.update(targets)
    assert twice == []


def test_a_wrapped_triangle_caption_a_boxs_labelled_points_and_a_diarys_fields():
    page = segment(
        "太安3万亩柠檬告别“望天水”\n　　本报讯（记者　陈　亮）8月3日，果农打开手机上的软件，滴灌管便把水肥送到树根。\n"
        "▲8月3日，太安镇青杠村，技术员在调试柠\n檬园里的智能水肥控制站。\n（通讯员　罗小红　摄）\n"
        "　　县农委果树站站长介绍，滴灌比传统漫灌亩均节水40%左右。\n\n"
        "立秋处暑　秋管秋种两不误\n【立秋】8月7日（农历七月十二）\n●水稻：中稻陆续进入黄熟期，九成熟时抢晴收割。\n"
        "●玉米：晚秋玉米追施攻苞肥，注意防治玉米螟。\n●蔬菜：抓紧播种秋白菜、萝卜，苗床要遮阴降温。\n")
    lead, calendar = page.stories
    assert (lead.captions, lead.photographers) == (
        ("8月3日，太安镇青杠村，技术员在调试柠檬园里的智能水肥控制站。",), ("罗小红",))
    assert calendar.headline == "立秋处暑　秋管秋种两不误" and len(calendar.paragraphs) >= 3
    page = segment_md(
        "# 仙女山避暑三日记\n\n文/图　读者　林　峰\n\n行程：主城—武隆县城—仙女山镇—天生三桥\n\n"
        "第一天　8月3日　星期五　晴\n\n主城连续一周38℃以上，我和妻子决定去武隆躲几天热。\n")
    assert [(s.headline, s.reporters, s.paragraphs[0][:3]) for s in page.stories] == [
        ("仙女山避暑三日记", ("林峰",), "行程：")]


def test_a_blogs_posts_a_bulletins_contents_and_running_heads_and_zero_width_spaces():
    page = segment(
        "龙乡老曾的博客\n个人资料\n加好友　　发纸条\n博客访问：38,276\n全部博文(156)\n\n"
        "[转载]安居古镇修缮工程开工　首期投入1.2亿元\n(2010-02-24 20:03:51)\n转载▼\n标签：\n安居古镇\n转载\n"
        "分类： 转载\n原文地址：安居古镇修缮工程开工作者：重庆日报\n"
        "本报讯（记者　何　川）2月22日，铜梁县安居古镇保护修缮一期工程开工。\n"
        "阅读(193)┊ 评论 (6)┊ 收藏(1)┊转载(3)┊ 喜欢▼ ┊打印┊举报\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("安居古镇修缮工程开工　首期投入1.2亿元", None, ("何川",))]
    page = segment(
        "重庆市黔江区人民政府公报\n2012年第4期\n\n目　　录\n【区政府文件】\n重庆市黔江区人民政府关于加强城区燃气安全管理工作的通知\n"
        "（黔江府发〔2012〕31号）……………………………（1）\n【区政府大事记】\n2012年6月区政府大事记………………………（4）\n"
        "重庆市黔江区人民政府公报　　　　　　　　2012年第4期\n"
        "重庆市黔江区人民政府关于加强城区燃气安全管理工作的通知\n各乡镇人民政府、街道办事处：\n"
        "为切实加强城区燃气安全管理，现就有关事项通知如下：\n2012年第4期　　　　　　　　重庆市黔江区人民政府公报\n"
        "一、落实安全管理责任。各燃气经营企业是燃气安全的责任主体。\n")
    assert [s.headline for s in page.stories] == ["重庆市黔江区人民政府关于加强城区燃气安全管理工作的通知"]
    source, _ = reader.read_bytes("​关注问题​写回答\n​\n正文。\n".encode(), "made-up.txt")
    assert source is not None and source.text == "关注问题写回答\n\n正文。\n"
    assert lines.classify(1, "1,024 人赞同了该回答").kind is lines.Kind.NOISE


def test_briefs_titled_with_their_district_and_a_bar_and_an_agencys_photo_credit():
    page = segment(
        "区县传真\n万州｜长江沿岸新增3处亲水步道\n　　3月20日，万州区滨江公园等3处亲水步道完工开放。（记者　黄　琪）\n"
        "涪陵｜青菜头收砍进入高峰\n　　眼下，涪陵区27万亩青菜头进入收砍高峰。（记者　黄　琪）\n")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("区县传真", ["万州｜长江沿岸新增3处亲水步道", "涪陵｜青菜头收砍进入高峰"])]
    line = lines.classify(1, "（特约摄影　龚　健/视觉重庆）")
    assert (line.kind, line.names) == (lines.Kind.PHOTO_CREDIT, ("龚健",))


def test_a_cut_outs_edge_is_a_rule():
    assert lines.classify(1, "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿」").rule == "rule-line"
    assert lines.classify(1, "「＿＿＿＿＿＿＿＿").rule == "rule-line"


def test_a_portal_articles_counts_a_font_button_a_split_follow_prompt_and_an_account_line():
    page = segment(
        "澎湃号 > 政务\n\n满山红叶醉游人　2020巫山国际红叶节开幕\n\n巫山发布\n\n"
        "2020-11-07 16:42　来源：澎湃新闻·澎湃号·政务\n\n字号\n\n点击蓝字\n关注我们\n\n"
        "11月6日上午，2020巫山国际红叶节在巫峡·神女景区开幕，将持续约80天。\n\n5人参与　　2评论\n")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("满山红叶醉游人　2020巫山国际红叶节开幕", None)]


def test_classifieds_between_dashes_and_an_advice_column():
    page = segment(
        "职场问诊\n跳槽前该不该先辞职？\n求助人：小吴，26岁，南岸区某贸易公司文员\n"
        "　　【困惑】我在现在的公司做了两年文员，工资一直没涨，春节后想换一份工作。\n"
        "　　【支招】建议先不要急着辞职。（记者　邓　敏　整理）\n\n——分类广告——\n"
        "巴渝大酒店诚聘：中餐厨师5名、服务员20名，待遇面议。电话：63845678\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        ("职场问诊", "跳槽前该不该先辞职？", ("邓敏",))]


def test_a_features_part_marks_and_a_caption_wrapped_onto_its_credits_line():
    assert lines.classify(1, "*　※　*").rule == "rule-line"
    page = segment(
        "阿蓬江畔养蚕人\n　　如今，张德芬家的桑园扩大到了十一亩，还建起了两间标准化蚕房。\n"
        "张德芬（右）在桑园里向邻居传授修剪\n技术。　　　　　　　　　　本报记者　田　野　摄\n"
        "　　在她的带动下，中元村养蚕的农户从三户发展到四十七户。\n")
    assert [(s.headline, s.captions, s.photographers) for s in page.stories] == [
        ("阿蓬江畔养蚕人", ("张德芬（右）在桑园里向邻居传授修剪技术。",), ("田野",))]


def test_a_feed_readers_entries_with_times_sources_and_actions():
    page = segment(
        "所有条目 (43)\n\n"
        "万盛首条城乡公交环线开通　串起4个镇　　　　　　　　　　　　上午10:05\n"
        "来自 华龙网 - 区县新闻\n"
        "华龙网11月16日10时讯（通讯员　龚　平）今日上午8时，万盛区首条城乡公交环线正式开通运行。\n"
        "添加星标　　喜欢　　共享　　共享并添加备注　　通过电子邮件发送　　保持为未读\n\n"
        "开县首批1200名库区移民领到技能证书　　　　　　　　2010年11月15日\n"
        "来自 华龙网 - 区县新闻　　作者：陈　雷\n"
        "华龙网11月15日17时讯（记者　陈　雷）今日上午，开县首批1200名移民领到了职业技能证书。\n"
        "添加星标　　喜欢　　共享　　共享并添加备注　　通过电子邮件发送　　保持为未读\n")
    assert [(s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("万盛首条城乡公交环线开通　串起4个镇", None, ("龚平",)),
        ("开县首批1200名库区移民领到技能证书", None, ("陈雷",))]
    assert lines.classify(1, "重庆晨报 - 区县 (11)").kind is lines.Kind.NOISE
    # A bulletin's issuer with its day stays its masthead line.
    assert lines.classify(1, "江津区农业农村委员会办公室编　　　　　　2025年6月20日").rule == "masthead"


def test_a_ranking_named_for_its_scope_is_a_list_of_links():
    page = segment(
        "武隆仙女山民宿暑期一房难求\n\n重庆晨报记者　向　阳\n\n"
        "　　前天（19日）下午，记者来到武隆县仙女山镇石梁子社区。\n\n"
        "本地热门排行\n1　轨道三号线北延伸段今起试运行\n2　主城今日最高气温37℃　周三有雷雨\n",
        )
    assert [s.headline for s in page.stories] == ["武隆仙女山民宿暑期一房难求"]
    assert dates.this_month("前天（19日）下午，记者来到", "2014-07-21") == "7月19日下午，记者来到"


def test_a_posts_poll_its_accounts_card_a_subhead_over_numbered_parts_and_a_period_from_today():
    page = segment(
        "荣昌城区这座新公园叫啥名？请你来投票！\n\n原创　荣昌发布　荣昌发布\n\n"
        "2023年08月08日 18:30　重庆\n\n"
        "濑溪河畔，一座新公园即将和大家见面。即日起至8月20日，区城市管理局开展公园名称投票。\n\n"
        "8月7日，记者在公园项目现场看到，园区主园路已经贯通。\n\n"
        "候选名称有哪些？一起来看看\n\n①　海棠香国公园\n\n荣昌古称“海棠香国”，以此命名。\n\n"
        "②　陶韵公园\n\n荣昌陶是国家级非物质文化遗产。\n\n投票\n\n你最喜欢哪一个？\n\n单选\n\n"
        "海棠香国公园　　　1865票　42%\n\n陶韵公园　　　　　　906票　20%\n\n"
        "已投票　　投票截止时间：2023/08/20 24:00\n\n4480人参与\n\n"
        "记者：冉小雪　通讯员：高　翔\n\n[图片]\n\n荣昌发布\n\n荣昌区委宣传部官方微信\n\n"
        "2369篇原创内容\n\n公众号\n")
    assert [(s.headline, s.date, s.reporters) for s in page.stories] == [
        ("荣昌城区这座新公园叫啥名？请你来投票！", "2023-08-07", ("冉小雪", "高翔"))]


def test_a_series_signed_by_a_team_its_members_a_teaser_for_the_next_part():
    page = segment(
        "“沿着长江看云阳”系列报道之二\n上岸渔民的“新航道”\n——我县长江沿线退捕渔民转产就业见闻\n"
        "本报采访组\n　　6月18日清晨，故陵镇江边的码头上，退捕渔民李长顺已经换上了护渔队的制服。\n"
        "▲由退捕渔民组成的护渔队在江面巡护。　本报采访组　摄\n"
        "　　李长顺所在的护渔队共有18名队员，全部是退捕渔民。\n"
        "（采访组成员：谭　勇　冉　娟　刘小川）\n明日请看：系列报道之三《一江碧水穿城过》\n\n"
        "县政府召开防汛工作调度会\n　　本报讯（记者　冉　娟）6月19日，县政府召开防汛工作调度会。\n")
    assert [(s.headline, s.reporters, s.photographers, s.captions) for s in page.stories] == [
        ("上岸渔民的“新航道”", ("谭勇", "冉娟", "刘小川"), (), ("由退捕渔民组成的护渔队在江面巡护。",)),
        ("县政府召开防汛工作调度会", ("冉娟",), (), ())]


def test_a_role_inside_a_headline_a_papers_decision_and_a_row_of_names():
    page = segment(
        "本报召开2014年通讯员工作会\n　　本报讯（记者　龚　平）1月15日，本报2014年通讯员工作会召开。\n\n"
        "开县报社\n关于表彰2013年度优秀通讯员的决定\n开报发〔2014〕2号\n"
        "各乡镇（街道）、县级各部门通讯员：\n　　现对以下同志予以表彰：\n"
        "一、特别优秀通讯员（3名）\n　　彭　程（临江镇）　　　黄小红（县人力社保局）　　冉　军（温泉镇）\n"
        "二、优秀通讯员（2名）\n　　王德英（县公安局）　　谭　静（汉丰街道）\n　　现予通报表彰。\n"
        "开县报社\n2014年1月10日\n\n"
        "通联心语\n我的“豆腐块”情缘\n□彭　程\n　　2006年春天，我写了一篇三百来字的小稿子。\n"
        "（读者　何光明　供图并文）\n")
    assert [(s.section, s.headline, s.reporters, s.date) for s in page.stories] == [
        (None, "本报召开2014年通讯员工作会", ("龚平",), "2014-01-15"),
        (None, "开县报社关于表彰2013年度优秀通讯员的决定", (), "2014-01-10"),
        ("通联心语", "我的“豆腐块”情缘", ("彭程", "何光明"), None)]


def test_a_pages_credit_for_its_unsigned_stories_under_a_campaigns_flag():
    page = segment(
        "2017春运特别报道\n\n\n春运首日\n\n重庆北站发送旅客11.6万人次\n\n"
        "今日预计突破12万人次　比去年同期增长8%左右\n\n"
        "昨日是2017年春运首日。记者从铁路部门获悉，当天重庆北站共发送旅客11.6万人次。\n\n"
        "龙头寺车站首日加开班车86个\n\n记者　王　芳\n\n昨日，龙头寺车站加开班车86个。\n\n"
        "本版稿件除署名外均由本报记者　李　航　采写　　本版图片除署名外均由本报记者　郑　宇　摄\n")
    assert page.banner == "2017春运特别报道"
    assert [(s.kicker, s.headline, s.reporters) for s in page.stories] == [
        ("春运首日", "重庆北站发送旅客11.6万人次", ("李航",)),
        (None, "龙头寺车站首日加开班车86个", ("王芳",))]


def test_a_guests_box_in_a_round_table_a_caption_first_and_a_stacked_sign():
    page = segment(
        "乡村旅游如何从“热闹”走向“长久”\n主持人：本报记者　冉　春\n【嘉　宾】\n"
        "谭启明　武隆区文化和旅游发展委员会主任\n马晓燕　石柱土家族自治县文化和旅游发展委员会副主任\n"
        "　　7月12日，本报邀请渝东南三个区县文化旅游部门负责人展开讨论。\n"
        "　　主持人：今年暑期刚开始，渝东南不少乡村民宿就已“一房难求”。\n"
        "（本报记者　冉　春　实习生　杨　柳　整理）\n\n"
        "高　温\n橙　色\n预　警\n今日主城最高温38℃　部分区县超过40℃\n"
        "　　昨日16时，市气象台继续发布高温橙色预警信号。（记者　邓　洁）\n\n"
        "防暑降温　这些药品家中要备\n"
        "　　▲记者在解放碑一家药店看到，藿香正气水等防暑药品销量明显增加。　记者　杨　帆　摄\n"
        "　　记者昨日走访主城多家药店发现，防暑药品销量明显增加。\n"
        "　　药师提醒，出现中暑症状时应立即转移到阴凉通风处。（记者　杨　帆）\n")
    assert [(s.headline, s.reporters, len(s.captions)) for s in page.stories] == [
        ("乡村旅游如何从“热闹”走向“长久”", ("冉春", "杨柳"), 0),
        ("今日主城最高温38℃　部分区县超过40℃", ("邓洁",), 0),
        ("防暑降温　这些药品家中要备", ("杨帆",), 1)]


def test_markdown_points_are_text_and_heads_over_fields_are_a_listings_items():
    page = segment_md(
        "## 调查：六成应届生愿意到区县就业\n\n调查显示，今年应届生的就业观念正在发生变化：\n\n"
        "- 愿意到区县和乡镇工作的占61.3%\n- 首选考公务员、进事业单位的占34.6%\n\n"
        "杨海波分析，区县对大学生的吸引力明显增强。\n\n---\n\n## 本周招聘会\n\n"
        "**大学生暑期专场招聘会**\n\n- 时间：6月20日（周六）9:00—15:00\n- 地点：大学城\n\n"
        "**渝北区民营企业招聘会**\n\n- 时间：6月21日（周日）9:00—13:00\n- 地点：两路\n\n"
        "*（以上信息由各主办单位提供，如有变动以现场为准）*\n")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("调查：六成应届生愿意到区县就业", []),
        ("本周招聘会", ["大学生暑期专场招聘会", "渝北区民营企业招聘会"])]
    assert "（以上信息由各主办单位提供，如有变动以现场为准）" in page.noise
    assert lines.classify(1, "- [ ] 与原件逐字核对").rule != "list-item"
    assert lines.classify(1, "报料人：唐先生　获报料奖50元").kind is lines.Kind.NOISE


def test_an_old_pages_song_its_credits_a_pair_of_poems_and_days_written_with_nian():
    assert dates.find_date("文艺会演，八月廿六曰在县人民会堂闭幕", 1958) == "1958-08-26"
    assert dates.chinese_number("卅一") == 31
    line = lines.classify(1, "刘　明　作词　　陈远志　作曲")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("刘明", "陈远志"))
    assert lines.classify(1, "宋词元曲").kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "[1993061002L.tif]").rule == "scan-export"
    page = segment(
        "新民歌二首\n挑　谷\n一根扁担两头翘，\n挑起谷子上山坳。\n（几江镇　王德福）\n"
        "晒　坝\n晒坝大来晒坝宽，\n今年粮食吃不完。\n（油溪乡　张秀英）\n\n"
        "征集新民歌启事\n　　为了迎接国庆九周年，本馆决定征集新民歌。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("新民歌二首", ("王德福", "张秀英")), ("征集新民歌启事", ())]


def test_a_briefs_title_at_the_margin_under_a_brief_signed_off_on_a_wrapped_page():
    page = segment(
        "各縣簡訊\n綦江鐵礦恢復生產\n"
        "　　綦江土台鐵礦在職工努力下，已於三月\n二十日恢復開採，日產礦石八十多噸，比解\n"
        "放前最高產量還多。　　　　　　（李　華）\n璧山縣舉辦農民夜校\n"
        "　　璧山縣各區已辦起農民夜校一百二十多\n所，學員五千多人。丁家鄉夜校學員李玉蘭\n"
        "已能讀報。　　　　　　　　　（劉　明）\n銅梁縣修整塘堰\n"
        "　　銅梁縣農民利用春耕前的空隙，修整塘堰\n六百多口，可多灌田一萬多畝。（周　文）\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("綦江鐵礦恢復生產", ("李華",)), ("璧山縣舉辦農民夜校", ("劉明",)),
        ("銅梁縣修整塘堰", ("周文",))]


def test_an_online_interviews_fields_tabs_parts_and_turns():
    page = segment(
        "在线访谈\n春风送岗位　就业在家门\n访谈主题：2013年“春风行动”与农民工就业服务\n"
        "访谈时间：2013年3月14日（星期四）10:00—11:00\n"
        "访谈嘉宾：区人力资源和社会保障局局长　刘志刚\n　　　　　区就业和人才服务局局长　　　杨淑芬\n"
        "主　持　人：区政府网站　周　雯\n访谈状态：已结束\n访谈首页　　文字实录　　图片直播　　视频回放\n"
        "【嘉宾介绍】\n刘志刚，区人力资源和社会保障局局长。\n【文字实录】\n[主持人]　2013-03-14 10:00:21\n"
        "各位网友，大家好！\n[网友 界石打工仔]　2013-03-14 10:10:33\n请问在界石这边有没有招聘会？\n"
        "【图片直播】\n[图片]\n访谈现场。\n")
    assert [s.headline for s in page.stories] == ["春风送岗位　就业在家门"]
    assert lines.label_of("主 持 人:区政府网站 周 雯") == "主持人"


def test_a_magazines_flipbook_its_viewer_contents_running_heads_and_briefs_it_counts():
    page = segment(
        "全屏\n缩略图\n下载PDF\n<\n4-5 / 36\n>\n新大足2019年第3期 的文本内容\nP. 2\n目　录\n卷首语\n"
        "03　让石刻“活”在当下\n大足动态\n09　简讯四则\nP. 3\n卷首语\n让石刻“活”在当下\n"
        "大足石刻是大足最亮的名片。\n本刊编辑部\n08\nP. 9\n新大足　2019年第3期　　　大足动态\n简讯四则\n"
        "●5月28日，大足五金产业园举行第二届五金博览会。\n●6月5日，棠香街道开展端午节前走访慰问活动。\n"
        "（本刊综合）\n09\n")
    assert [(s.section, s.headline, len(s.paragraphs)) for s in page.stories] == [
        ("卷首语", "让石刻“活”在当下", 1), (None, "简讯四则", 2)]


def test_a_table_of_records_exported_as_csv_or_copied_from_a_sheet():
    page = segment(
        "稿件库导出,,,,,,\n"
        "标题,引题,作者,摄影,见报日期,图片说明,正文\n"
        "我区18个重点项目集中开工,抢开局　拼经济,本报记者 庞思远,骆一鸣,2025/3/12,"
        "3月11日，重点项目集中开工现场。本报记者 骆一鸣 摄,"
        "\"　　本报讯（记者 庞思远）3月11日，我区一季度重点项目集中开工活动举行。\n\n"
        "　　此次集中开工的18个项目总投资56.3亿元。\"\n"
        "玄天湖畔樱花开,,,,2025/3/12,"
        "3月9日，市民在玄天湖湿地公园赏樱拍照，吸引不少市民踏青。特约摄影 阎可心,\n")
    assert page.date == "2025-03-12"
    assert [(s.kicker, s.headline, s.reporters, s.photographers, s.date, len(s.paragraphs),
             s.captions, s.line) for s in page.stories] == [
        ("抢开局　拼经济", "我区18个重点项目集中开工", ("庞思远",), ("骆一鸣",), "2025-03-11", 2,
         ("3月11日，重点项目集中开工现场。",), 3),
        (None, "玄天湖畔樱花开", (), ("阎可心",), "2025-03-09", 1, (), 6)]
    assert page.stories[0].paragraphs[0].startswith("3月11日，")  # the dateline cut
    sheet = segment(
        "腾讯文档\n稿件标题\t报送单位\t正文\t作者\t图片说明\t审核\n"
        "双江镇：千亩稻田“代耕代种”\t双江镇\t\"4月18日，在双江镇新胜村的稻田里，两台插秧机来回穿梭。\n"
        "据了解，今年双江镇共有326户外出务工户签订了代耕代种协议。\"\t\"通讯员　孙　静\n胡　洋\""
        "\t社区居民在稻田边。（胡　洋　摄）\t已审\n"
        "太安镇召开烤烟生产现场推进会\t太安镇\t见附件\t杨　帆\t\t退回\n评论（3）\n")
    assert [(s.headline, s.reporters, s.photographers, s.captions, s.line)
            for s in sheet.stories] == [
        ("双江镇：千亩稻田“代耕代种”", ("孙静", "胡洋"), ("胡洋",), ("社区居民在稻田边。",), 3)]
    assert "见附件" in sheet.noise and "评论（3）" in sheet.noise
    # A page whose lines hold commas and such words is read as a page.
    assert records.read_table("标题,正文,作者\n县里召开会议\n　　本报讯　5月6日，县里召开会议。\n") is None
    assert records.read_table("县里召开会议\n　　本报讯　5月6日，县里召开会议。\n") is None


def test_a_video_sites_upload_of_a_news_programme():
    page = segment(
        "首页\n番剧\n直播\n游戏中心\n会员购\n漫画\n赛事\n收藏\n投稿\n"
        "【开州新闻】2021年5月12日\n知识\n>\n社科·法律·心理\n1263播放 · 总弹幕数9\n"
        "未经作者授权，禁止转载\n00:00 / 12:46\n发送\n57\n12\n分享\n"
        "《开州新闻》2021年5月12日（星期三）本期主要内容：\n"
        "1.全区第二批重点项目集中开工\n2.汉丰湖上龙舟队开训\n—————————\n"
        "全区第二批重点项目集中开工\n今天上午，我区2021年第二批重点项目集中开工仪式在浦里新区举行。\n"
        "（记者：向丹　摄像：胡波）\n—————————\n汉丰湖上龙舟队开训\n"
        "距离端午节还有一个多月，汉丰湖上已经热闹起来。\n（记者：刘思雨　杨柳）\n—————————\n"
        "开州\n开州新闻\n重庆\n汉丰湖\n龙舟\n新闻\n评论\n汉丰湖边的老幺\n我家就在浦里，巴适\n"
        "2021-05-12 21:06\n18\n回复\n满月的云\n大进的茶确实好喝\n2021-05-12 22:40\n6\n回复\n"
        "弹幕列表\n时间\n弹幕内容\n发送时间\n00:21\n开州人报到\n05-12 20:45\n"
        "视频选集\nP1\n全区第二批重点项目集中开工\n03:28\n")
    assert [(s.headline, s.section, [i.heading for i in s.items], s.reporters, s.photographers)
            for s in page.stories] == [
        ("【开州新闻】2021年5月12日", None, ["全区第二批重点项目集中开工", "汉丰湖上龙舟队开训"],
         ("向丹", "刘思雨", "杨柳"), ("胡波",))]


def test_an_e_papers_article_a_portals_reprint_a_broadcasters_item_and_letters():
    page = segment(
        "返回目录　　放大　　缩小　　全文复制\n\n明月山下画好“同心圆”\n本报记者　宋　朗　廖思远\n\n[图片]\n"
        "图为游客在梁平区百里竹海景区骑行。　谭　浩摄（人民视觉）\n\n核心阅读\n"
        "明月山绵延于川渝交界处，山两侧分属重庆、四川两省市6个区县。\n\n"
        "5月28日，梁平区与大竹县交界的明月山隧道口，一辆跨省公交车缓缓驶出。\n")
    assert [(s.headline, s.reporters, s.photographers, s.captions) for s in page.stories] == [
        ("明月山下画好“同心圆”", ("宋朗", "廖思远"), ("谭浩",), ("图为游客在梁平区百里竹海景区骑行。",))]
    page = segment(
        "重庆暴雨夜轿车困积水　10余市民冒雨砸窗救人\n\n"
        "2013年07月10日03:14　　重庆晚报　　　　我有话说(86人参与)　　收藏本文\n\n[图片]\n"
        "　　司机获救后，市民合力将被困轿车推出积水。　记者　王晓川　摄\n\n　　记者　冯　林\n\n"
        "　　“快！车里还有人！”昨晚10点左右，璧山县城迎来一场暴雨。\n\n（原标题：暴雨夜　市民合力救出被困司机）\n")
    assert [(s.headline, s.reporters, s.date, s.paragraphs[0][:4]) for s in page.stories] == [
        ("重庆暴雨夜轿车困积水　10余市民冒雨砸窗救人", ("冯林",), "2013-07-09", "“快！车")]
    page = segment(
        "重庆潼南：40万亩稻谷开镰\n央视网消息（新闻直播间）：今天（9月14日），潼南区40万亩稻谷开镰收割。\n"
        "总台记者　李　想：我现在所在的就是潼南区宝龙镇的“无人农场”。\n")
    assert page.stories[0].reporters == ("李想",)
    page = segment(
        "区长信箱\n\n广阳镇至南坪公交末班车能否延后？\n"
        "信件编号：NA2026012705　　来信人：陈**　　来信时间：2026-01-27 09:15\n来信内容：\n"
        "我家住广阳镇，每天下班先坐轻轨到南坪，再转公交回家。\n回复时间：2026-02-04 15:20\n\n"
        "南湖路公交站能否加装候车雨棚？\n"
        "信件编号：NA2026011502　　来信人：王**　　来信时间：2026-01-15 20:41\n来信内容：\n"
        "南湖路南湖社区门口的公交站没有候车雨棚。\n回复时间：2026-01-21 16:30\n")
    assert [(s.headline, s.date) for s in page.stories if s.headline != "区长信箱"] == [
        ("广阳镇至南坪公交末班车能否延后？", "2026-01-27"), ("南湖路公交站能否加装候车雨棚？", "2026-01-15")]


def test_a_columns_page_an_extras_sides_a_court_page_and_a_databases_print():
    page = segment(
        "重庆晚报　　2019年5月17日　星期五\n\n晚报寻亲·第37期\n\n\n分别32年　他在巫山找到了亲生母亲\n\n"
        "——DNA比对成功　志愿者陪他回乡认亲\n\n记者　谢　娜\n\n受访者供图\n"
        "　　5月15日下午，巫山县骡坪镇一个农家小院里挤满了人。\n\n本期寻亲信息\n\n"
        "◆寻找1993年在朝天门走失的女儿\n寻亲编号：WB2019-0371\n寻亲人：刘德芬，现居南岸区\n\n"
        "◆寻找1996年离家的哥哥\n寻亲编号：WB2019-0373\n寻亲人：谭小琴，现居开州区\n"
        "（本期寻亲信息由晚报寻亲志愿者团队整理）\n\n上期回音\n黄女士寻找的弟弟有了线索\n"
        "　　本报上期（5月10日）刊登的消息见报后，5月14日，一位读者打来电话。（记者　谢　娜）\n")
    assert page.banner == "晚报寻亲·第37期"
    assert [(s.headline, len(s.items), s.date) for s in page.stories] == [
        ("分别32年　他在巫山找到了亲生母亲", 0, "2019-05-15"), ("本期寻亲信息", 2, None),
        ("黄女士寻找的弟弟有了线索", 0, "2019-05-14")]
    page = segment(
        "桥头一上午\n　　9:30　北桥头的五里店立交上已站满了人。\n（本报记者　赵　倩）\n\n■数读\n\n"
        "552米主跨刷新世界纪录\n\n552米　大桥主跨，超过上海卢浦大桥的550米\n\n1741米　大桥全长\n\n"
        "142米　大桥拱顶离江面的高度\n\n（资料整理：本报记者　刘　川）\n\n②\n"
        "重庆晨报号外　　　　　　　　2009年4月29日\n\n桥头听声\n“等这座桥，我们等了好多年”\n"
        "王淑芬　62岁　南岸区弹子石居民\n“我女儿住在江北，以前去看外孙要转两趟车。”\n"
        "黄　强　35岁　出租车司机\n“我跑了12年出租，最怕去江北接了去南岸的单。”\n"
        "（本报记者　周　敏　整理）\n")
    assert [(s.section, s.headline, len(s.items), s.reporters) for s in page.stories] == [
        (None, "桥头一上午", 0, ("赵倩",)), ("数读", "552米主跨刷新世界纪录", 0, ("刘川",)),
        ("桥头听声", "“等这座桥，我们等了好多年”", 2, ("周敏",))]
    page = segment(
        "岁末年初执行“攻坚月”\n凌晨蹲守4小时　法官为62名农民工追回工资38万元\n"
        "　　本报讯（记者　冉　雪）1月13日凌晨，法官在被执行人家门口蹲守4小时。\n\n执行小课堂\n"
        "被列入失信名单后还能坐高铁吗？\n　　不能。被列入失信被执行人名单后，不得乘坐高铁。\n"
        "（两江新区（自贸区）人民法院法官　王　珊）\n")
    assert [(s.kicker, s.section, s.headline, s.reporters) for s in page.stories] == [
        ("岁末年初执行“攻坚月”", None, "凌晨蹲守4小时　法官为62名农民工追回工资38万元", ("冉雪",)),
        (None, "执行小课堂", "被列入失信名单后还能坐高铁吗？", ("王珊",))]
    page = segment(
        "慧科搜索　WiseSearch　　　　　　文件打印\n用户：某图书馆　　　　导出时间：2010-03-15　10:22:47\n"
        "目录\n1.　万盛关闭12处小煤矿　　重庆商报　2010-03-12　A11\n"
        "2.　开县春橙首次整车出口俄罗斯　　重庆商报　2010-03-12　A08\n文件 1 / 2\n\n"
        "万盛关闭12处小煤矿\n　　商报讯　（记者　邓　飞）万盛区关闭12处小煤矿。\n\n文件 2 / 2\n\n"
        "开县春橙首次整车出口俄罗斯\n　　商报讯　（记者　冉　涛）开县春橙首次整车出口俄罗斯。\n"
        "本文件共2篇，打印于2010-03-15　10:22:47\n")
    assert [s.headline for s in page.stories] == ["万盛关闭12处小煤矿", "开县春橙首次整车出口俄罗斯"]
    assert page.date != "2010-03-15"  # the day of the print is no page's


def test_an_editing_systems_export_with_labelled_fields_and_a_manuscripts_tracked_changes():
    page = segment(
        "某区报社融媒采编系统　版面稿件导出（文本）\n导出时间：2024-03-14 22:16:05\n"
        "版面：某区报　2024年3月15日　星期五\n────────────────\n【稿件 1/2】　稿号：DDK-0027\n"
        "【栏目】\n（无）\n【引题】\n打通便民服务“最后一百米”\n【标题】\n我区建成12个“一刻钟便民生活圈”\n"
        "【作者】\n本报记者　王　婧\n【字数】846\n【正文】\n"
        "　　本报讯　记者3月13日从区商务委获悉，截至目前，我区已建成12个便民生活圈。\n"
        "　　区商务委相关负责人表示，今年将再建设6个便民生活圈。\n【备注】\n图片已换高清。\n"
        "────────────────\n【稿件 2/2】　稿号：DDK-0036\n【栏目】\n便民提示\n【标题】\n"
        "区医保服务大厅周六“不打烊”\n【作者】\n区人民医院老年医学科主治医师　罗　静\n【正文】\n"
        "　　3月14日，记者从区医保局获悉，即日起区医保服务大厅每周六上午照常办公。\n")
    assert page.date == "2024-03-15"
    assert [(s.section, s.kicker, s.headline, s.reporters, s.date) for s in page.stories] == [
        (None, "打通便民服务“最后一百米”", "我区建成12个“一刻钟便民生活圈”", ("王婧",), "2024-03-13"),
        ("便民提示", None, "区医保服务大厅周六“不打烊”", ("罗静",), "2024-03-14")]
    page = segment_md(
        "## 北碚新春文化惠民活动启幕\n\n"
        "**全区将开展各类活动[300]{.deletion author=\"刘畅\"}[320]{.insertion author=\"陈露\"}余场**\n\n"
        "本报讯（记者　刘　畅）1月14日，[从原渝北区]{.deletion author=\"陈露\"}[新]{.insertion "
        "author=\"陈露\"}划入的镇街[1200余副]{.comment-start id=\"0\" author=\"王珏\"}春联送到了群众手中。"
        "[]{.comment-end id=\"0\"}\n\n[去年同期，活动只有200余场。]{.deletion author=\"陈露\"}\n")
    story = page.stories[0]
    assert (story.subtitle, story.paragraphs) == (
        "全区将开展各类活动320余场", ("1月14日，新划入的镇街春联送到了群众手中。",))


def test_a_headline_printed_over_its_pinyin_and_a_works_credit():
    page = segment(
        "南　川　報\nNANCHUAN BAO\n1958年11月20日　星期四\n\n抢晴天　战雨天　苦干二十天\n"
        "全县小春播种基本结束\nQUANXIAN XIAOCHUN B0ZHONG JIBEN JIESHU\n九万三千亩小麦油菜下了地\n"
        "　　本报讯　到11月18日止，全县已播种小春作物九万三千亩。\n\n县农具厂试制成功双铧犁\n"
        "XIAN NONGJUCHANG SHIZHI CHENGGONG SHUANGHUALEI\n"
        "　　本报讯　县农具厂工人经过半个月的钻研，试制成功双铧犁。\n　　　　　　（县农具厂　刘　成）\n")
    assert page.paper == "南川报"  # one paper, whatever the script of its nameplate
    assert [(s.kicker, s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("抢晴天　战雨天　苦干二十天", "全县小春播种基本结束", "九万三千亩小麦油菜下了地", ()),
        (None, "县农具厂试制成功双铧犁", None, ("刘成",))]
    assert "QUANXIAN XIAOCHUN B0ZHONG JIBEN JIESHU" in page.noise


def test_a_government_sites_channel_list_a_posts_card_a_players_place_and_a_creators_card():
    page = segment(
        "区农业农村委\n机构职能\n领导信息\n政策文件\n规划计划\n工作动态\n财政预决算\n依申请公开\n\n"
        "发布日期：　2019-06-11\n名　　称：　潼南区召开稻渔综合种养现场推进会\n\n"
        "潼南区召开稻渔综合种养现场推进会\n\n6月10日，潼南区2019年稻渔综合种养现场推进会在塘坝镇召开。\n")
    assert [s.headline for s in page.stories] == ["潼南区召开稻渔综合种养现场推进会"]
    assert lines.classify(1, "机构职能").kind is lines.Kind.HEADLIKE  # alone it is a head
    page = segment(
        "渝北新开3条公交线路\n\n2016-08-12　渝北发布\n\n渝北发布\n\n微信号　yubeifabu\n\n"
        "功能介绍　渝北区委宣传部官方微信，发布渝北权威信息\n\n"
        "8月11日，记者从区交委获悉，为方便空港新城居民出行，渝北将新开3条公交线路。（渝北时报记者　邓　琳）\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("渝北新开3条公交线路", ("邓琳",), "2016-08-11")]
    page = segment(
        "酉阳：春茶开采“抢鲜”上市\n\n2021-03-15 10:42:06　　来源：央广网\n\n[音频]　00:00 / 02:36\n点击收听\n\n"
        "央广网重庆3月15日消息（记者冉光辉　通讯员杨晓燕）“今年气温回升快。”茶农说。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("酉阳：春茶开采“抢鲜”上市", ("冉光辉", "杨晓燕"))]
    assert lines.classify(1, "2023-09-28 22:16发布于重庆").kind is lines.Kind.NOISE
    assert lines.classify(1, "举报　　　　分享　　微信　　QQ　　QQ空间　　微博").kind is lines.Kind.NOISE
    # A poem's lines of one length, unpunctuated, are no menu.
    def rules(text: str) -> set[str]:
        source, _ = reader.read_bytes(text.encode("utf-8"), "made-up.txt")
        return {line.rule for line in segmenter.trace(source).lines}

    assert "menu-entry" not in rules("春到山村\n柳绿桃花红\n燕子绕梁飞\n农家备春耕\n犁耙响叮咚\n"
                                     "溪水唱新歌\n山歌满坡飞\n")
    assert rules("番剧\n直播\n游戏中心\n会员购\n漫画\n赛事\n投稿\n") == {"menu-entry"}


def test_a_writers_school_after_the_name_a_lottery_commentator_and_a_chart_in_blocks():
    assert lines.classify(1, "本报学生记者　冯　越（重庆大学）　李诗涵（西南政法大学）").names == (
        "冯越", "李诗涵")
    assert lines.classify(1, "文／杨　柳（重庆师范大学文学院2008级）").names == ("杨柳",)
    assert lines.classify(1, "（彩评人　杨　帆）").names == ("杨帆",)
    page = segment(
        "首月新增社区食堂23个\n　　本报讯（记者　龚　玥）2月9日，记者从市民政局获悉，首月新增社区食堂23个。\n"
        "新增社区老年食堂　　▇▇▇▇▇▇░░░░░░░░░░░░░░　23/80个\n"
        "数据来源：市民政局　　　　　　制图／韩　梅\n　　全市今年将新建社区老年食堂80个。\n\n"
        "时报帮你问\n元旦假期轻轨会延长运营吗？\n　　读者黄先生问：元旦假期轻轨会延长运营吗？（记者　向　宇）\n")
    assert [(s.section, s.headline, s.reporters, len(s.paragraphs)) for s in page.stories] == [
        (None, "首月新增社区食堂23个", ("龚玥",), 2), ("时报帮你问", "元旦假期轻轨会延长运营吗？", ("向宇",), 1)]


def test_a_framed_commentary_a_wire_day_alone_and_a_units_name_over_its_news():
    page = segment(
        "璧山報　　1984年4月17日　星期二\n\n※※※※※※※※※※※※※※※※※\n　　　　小　言　论　　　　　　　※\n"
        "“塘堰无人管”该有人管了　　※\n　　实行联产承包以后，有的地方　※\n山坪塘、石河堰无人管理，渗漏垮　※\n"
        "塌，一到天干就“望天吃饭”。　　※\n　　　　　　　　　　　向　东　　※\n※※※※※※※※※※※※※※※※※\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [("“塘堰无人管”该有人管了", ("向东",))]
    page = segment(
        "重慶日報　　1957年11月5日　星期二\n\n我省晚秋作物普遍丰收\n"
        "　　新华社成都四日电　四川省今年晚秋作物普遍丰收。\n\n全省供销社收购桐油超过去年\n"
        "　　【新华社成都卅一日电】全省供销社今年已收购桐油四十多万担。\n\n澄江乡勝利農業社\n养猪多　积肥多\n"
        "　　本报讯　澄江乡勝利農業社上月廿八日统计，全社已养猪三百多头。（刘德芳）\n")
    assert [(s.kicker, s.headline, s.date) for s in page.stories] == [
        (None, "我省晚秋作物普遍丰收", "1957-11-04"), (None, "全省供销社收购桐油超过去年", "1957-10-31"),
        ("澄江乡勝利農業社", "养猪多　积肥多", "1957-10-28")]  # 上月廿八日: the month before


def test_a_second_report_run_on_an_occasions_kicker_a_pupils_teacher_and_readers_snapshots():
    page = segment(
        "我县开展中秋节前食品安全专项检查\n"
        "　　本报讯（记者　黄小波）9月9日，县市场监管局开展中秋节前食品安全专项检查。\n"
        "　　又讯（通讯员　邓　敏）9月11日，县市场监管局又对城区3家月饼生产企业开展飞行检查。\n\n"
        "网友随手拍\n龙溪河畔月初圆\n　　9月10日晚，龙溪河畔，一轮明月从山间升起。（网友“桂湖边的风”　摄）\n\n"
        "迎接第28个世界读书日\n“书香巫山”全民阅读月启动\n"
        "　　本报讯（记者　冉　丽）4月20日，“书香巫山”全民阅读月活动启动。\n")
    assert [(s.section, s.kicker, s.headline, s.reporters) for s in page.stories] == [
        (None, None, "我县开展中秋节前食品安全专项检查", ("黄小波", "邓敏")),
        ("网友随手拍", None, "龙溪河畔月初圆", ()),
        (None, "迎接第28个世界读书日", "“书香巫山”全民阅读月启动", ("冉丽",))]
    assert lines.classify(1, "巫山中学高二（5）班　李欣怡　　　　指导老师　刘　芳").names == ("李欣怡",)


def test_a_list_of_recommended_books_under_an_editors_note():
    page = segment(
        "好书推荐\n编者按：世界读书日到来之际，本报邀请县图书馆馆员和读者，为大家推荐两本好书。\n"
        "《平凡的世界》\n作者：路遥　　出版社：北京十月文艺出版社\n"
        "推荐语：这部小说以陕北农村一对兄弟的奋斗为主线，写尽了普通人的坚韧与尊严。\n"
        "推荐人：县图书馆馆员　谭晓琴\n《乡土中国》\n作者：费孝通　　出版社：人民文学出版社\n"
        "推荐语：这本不足十万字的小书，用“差序格局”等概念解读中国乡村社会。\n"
        "推荐人：读者　王　川（县农业农村委干部）\n")
    assert [(s.headline, [(i.heading, i.reporters) for i in s.items]) for s in page.stories] == [
        ("好书推荐", [("《平凡的世界》", ("谭晓琴",)), ("《乡土中国》", ("王川",))])]


def test_numbered_captions_over_one_bracketed_credit_for_the_group():
    page = segment(
        "我区启动消防宣传月活动\n　　本报讯（记者　邹　洁）11月9日，消防宣传月活动在步行街启动。\n"
        "　　现场设置了消防体验车，孩子们学习报警（见图②）。\n"
        "①商户参加灭火演练。\n②孩子们在消防体验车上学习报警。\n（本组图片　本报记者　邹　洁　摄）\n\n\n"
        "谢家湾一居民楼厨房起火\n　　本报讯（记者　蔡　雯）11月7日，谢家湾一住户家中厨房起火。\n")
    first, second = page.stories
    assert (first.photographers, first.captions, first.paragraphs[-1]) == (
        ("邹洁",), ("①商户参加灭火演练。", "②孩子们在消防体验车上学习报警。"),
        "现场设置了消防体验车，孩子们学习报警（见图②）。")
    assert (second.kicker, second.headline) == (None, "谢家湾一居民楼厨房起火")


def test_a_short_name_set_apart_over_a_profiles_headline_is_its_column():
    page = segment(
        "橙乡新农人\n\n“90后”刘思远：把脐橙卖到东南亚\n\n本报见习记者　彭　欢\n\n"
        "11月28日，在白帝镇的一家脐橙分选厂里，29岁的刘思远正带着工人装箱。\n\n\n"
        "椒香飘满坡\n\n先锋镇花椒进入采收旺季\n\n本报讯（记者　何　苗）6月14日，花椒进入采收旺季。\n")
    assert [(s.section, s.kicker, s.headline) for s in page.stories] == [
        ("橙乡新农人", None, "“90后”刘思远：把脐橙卖到东南亚"),
        (None, "椒香飘满坡", "先锋镇花椒进入采收旺季")]


def test_a_quote_box_in_a_report_a_helpers_credit_and_a_figure_deck():
    page = segment(
        "荣昌夏布订单排到年底\n\n本报讯　6月10日，荣昌县一家夏布织造厂里，织机同时作响。\n\n"
        "【企业家说】\n\n“过去一匹布卖几百元，现在价值翻了好几倍。”\n\n——某夏布家纺公司总经理　刘　燕\n\n\n"
        "前5月区县工业增速“排位赛”揭晓\n双桥区以38.6%领跑\n\n本报记者　何　川\n\n"
        "本报讯　记者昨日从市经委获悉，今年1—5月全市工业增速排位揭晓。\n\n\n"
        "一条“山货专线”跑活一个乡\n\n本报记者　文　涛\n\n本报讯　每周二清晨，一辆货车从北屏乡出发。\n\n"
        "（本报通讯员　李　勇　参与采写）\n")
    assert [(s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("荣昌夏布订单排到年底", None, ()),
        ("前5月区县工业增速“排位赛”揭晓", "双桥区以38.6%领跑", ("何川",)),
        ("一条“山货专线”跑活一个乡", None, ("文涛", "李勇"))]
    assert page.stories[0].paragraphs[-1] == "——某夏布家纺公司总经理　刘　燕"


def test_an_occasions_kicker_a_city_papers_dateline_and_a_question_over_an_editors_note():
    page = segment(
        "重庆晚报　2023年9月28日　星期四\n\n\n中秋国庆“双节”假期\n\n轨道交通6条线路延长运营\n\n"
        "重庆晚报记者　袁　媛\n\n国庆长假将至，山城轨道迎来出行高峰。记者昨日从重庆轨道集团获悉，"
        "9月29日至10月6日6条线路延长运营。\n\n\n"
        "长假出行，你打算去哪儿？\n\n编者按：假期将至，本报发起调查，请网友说说出行安排。\n\n"
        "@山城小李：就在主城，坐轨道去磁器口。\n\n（晚报记者　袁　媛　整理）\n\n\n"
        "节前一天或是出城最堵时段\n\n重庆晚报讯　记者昨日从市交通运行监测与应急调度中心获悉，"
        "小型客车免费通行时间为9月29日0时至10月6日24时。\n\n（记者　贺　鹏）\n")
    assert [(s.kicker, s.headline, s.date) for s in page.stories] == [
        ("中秋国庆“双节”假期", "轨道交通6条线路延长运营", "2023-09-27"),
        (None, "长假出行，你打算去哪儿？", None),
        (None, "节前一天或是出城最堵时段", "2023-09-27")]
    assert page.stories[2].paragraphs[0].startswith("记者昨日从")


def test_a_roundup_of_projects_each_named_before_its_text_under_a_column():
    page = segment(
        "楼盘速递\n\n■江山云府　该项目位于巴南区龙洲湾片区，二期将于本月底加推约200套洋房。\n\n"
        "■嘉悦湾　位于沙坪坝区西永片区的该项目，近日举行了一期业主交房仪式。\n\n"
        "■观湖里　北碚区蔡家组团的这一项目日前开放了示范区，主力户型为95平方米三房。\n")
    story, = page.stories
    assert (story.headline, [i.heading for i in story.items]) == (
        "楼盘速递", ["江山云府", "嘉悦湾", "观湖里"])


def test_a_share_pages_byline_of_two_media_its_counts_and_an_accounts_stacked_card():
    page = segment(
        "重庆綦江：农民版画走进城市社区\n\n人民日报客户端重庆频道　邓　洁　綦江区融媒体中心　黄晓春\n"
        "2021-11-26 16:42\n浏览量 10.6万\n\n人民日报客户端重庆频道11月26日电　色彩浓烈的稻田走进了城市社区。\n\n"
        "綦江农民版画起源于上世纪八十年代，以浓烈的色彩见长。\n\n点赞　268\n\n"
        "上游新闻\n重庆晨报旗下新闻客户端\n文章\n2.6万\n总阅读\n3.1亿\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("重庆綦江：农民版画走进城市社区", ("邓洁", "黄晓春"))
    assert story.paragraphs[-1] == "綦江农民版画起源于上世纪八十年代，以浓烈的色彩见长。"
    assert {"浏览量 10.6万", "点赞　268", "上游新闻", "总阅读", "3.1亿"} <= set(page.noise)
    assert lines.classify(1, "区发展改革委主任　唐建平").names == ()


def test_a_consultations_attachments_a_blank_line_apart_and_its_empty_comment_form():
    page = segment(
        "关于公开征求《城区养犬管理规定（征求意见稿）》意见建议的公告\n\n"
        "为规范城区养犬行为，现公开征求社会各界意见建议。\n\n"
        "附件：1.城区养犬管理规定（征求意见稿）\n\n2.关于《城区养犬管理规定（征求意见稿）》的起草说明\n\n"
        "江津区城市管理局\n\n2024年4月15日\n\n"
        "我要留言\n姓　　名：*\n联系电话：*\n电子邮箱：\n（请文明留言，字数不超过500字）\n"
        "验 证 码：　　　　看不清？换一张\n提交　　重置\n\n党政机关\n")
    story, = page.stories
    assert story.paragraphs[-4:-2] == (
        "附件：1.城区养犬管理规定（征求意见稿）", "2.关于《城区养犬管理规定（征求意见稿）》的起草说明")
    assert {"我要留言", "姓　　名：*", "电子邮箱：", "提交　　重置", "党政机关"} <= set(page.noise)


def test_a_scans_indents_read_as_boxes_and_a_county_before_the_writer():
    page = segment(
        "萬縣日報　　　　第三版　　　　1991年6月13日　星期四\n\n"
        "梁平县整修堰塘四百余口\n口本报记者　谭光明\n口口入春以来，梁平县把整修堰塘\n作为抗旱保收的头等大事来抓。\n"
        "口口6月11日，县水电局组织技术人员验收。\n口口口岸办负责人介绍，码头建成后，\n运费可省。\n\n"
        "石宝乡蚕桑成为致富门路\n口口本报讯　6月10日，忠县石宝乡第一批春茧开秤收购。\n（忠县　李　华）\n")
    first, second = page.stories
    assert (first.headline, first.reporters, first.date) == (
        "梁平县整修堰塘四百余口", ("谭光明",), "1991-06-11")
    assert first.paragraphs[0] == "入春以来，梁平县把整修堰塘作为抗旱保收的头等大事来抓。"
    assert first.paragraphs[-1] == "口岸办负责人介绍，码头建成后，运费可省。"
    assert (second.headline, second.reporters) == ("石宝乡蚕桑成为致富门路", ("李华",))


def test_a_stencils_ornamented_heads_a_units_kicker_and_a_notice_signed_with_a_day():
    page = segment(
        "铜　梁　报　（油印）　　第五十八期　　一九六三年四月十八日　星期四\n\n"
        "△　安居区供销社送肥下乡　△\n　　本报讯　安居区供销社最近把三万多斤化肥送到各公社。\n（县广播站）\n\n"
        "☆　城关镇蔬菜大队　☆\n多种早菜支援市场\n　　本报讯　城关镇蔬菜大队今年扩种早熟蔬菜二百四十亩。\n"
        "（本报通讯员　何光明）\n\n通　　知\n　　本报定于五月上旬召开全县通讯员会议。\n铜梁报编辑室\n四月十六日\n")
    assert [(s.kicker, s.headline, s.date) for s in page.stories] == [
        (None, "安居区供销社送肥下乡", None), ("城关镇蔬菜大队", "多种早菜支援市场", None),
        (None, "通知", "1963-04-16")]


def test_side_heads_read_across_their_storys_first_lines():
    page = segment(
        "丰富职工业余生活　　　本报讯　松藻矿务局工会最近投资两万元，\n"
        "松藻矿务局办起职工书屋　　在所属各矿新建职工书屋，5月16日\n正式开放。\n"
        "　　职工书屋共有图书一万二千多册。\n（通讯员　王　敏）\n\n"
        "赶水镇办起养兔场　　　本报讯　5月15日，赶水镇石角村农民\n罗德华办的长毛兔养殖场\n开始出售种兔。\n"
        "（石角村　罗　成）\n")
    assert [(s.kicker, s.headline, s.reporters, s.date) for s in page.stories] == [
        ("丰富职工业余生活", "松藻矿务局办起职工书屋", ("王敏",), "--05-16"),
        (None, "赶水镇办起养兔场", ("罗成",), "--05-15")]
    assert page.stories[0].paragraphs[0] == (
        "松藻矿务局工会最近投资两万元，在所属各矿新建职工书屋，5月16日正式开放。")


def test_pictures_placed_by_their_captions_over_the_report_and_a_readers_photo_dated_by_it():
    page = segment(
        "涪陵日报　　2004年9月23日　星期四\n\n滨江路夜景工程试亮灯\n"
        "左图：华灯初上，滨江路沿线的灯饰勾勒\n出城市的轮廓。\n右图：市民在江边的亲水平台上赏灯纳凉。\n"
        "左图　本报记者　刘　洋　摄　　右图　通讯员　张　军　摄\n"
        "　　本报讯　9月20日晚，滨江路夜景灯饰工程试亮灯。\n\n"
        "读者镜头\n乌江秋色\n　　秋日的乌江，江水碧绿，两岸青山叠翠。\n"
        "图为9月19日在乌江大桥上拍摄的乌江入长江口景色。\n读者　陈　明　摄\n")
    first, second = page.stories
    assert (first.headline, first.photographers, first.date, first.captions) == (
        "滨江路夜景工程试亮灯", ("刘洋", "张军"), "2004-09-20",
        ("左图：华灯初上，滨江路沿线的灯饰勾勒出城市的轮廓。", "右图：市民在江边的亲水平台上赏灯纳凉。"))
    assert (second.headline, second.photographers, second.date) == ("乌江秋色", ("陈明",), "2004-09-19")


def test_a_portals_list_of_district_news_under_its_menu_of_districts():
    page = segment(
        "大渝网\n您的位置：大渝网 > 区县频道 > 区县新闻\n\n区县导航\n"
        "主城　渝中　江北　南岸　九龙坡　沙坪坝　大渡口　渝北　巴南　北碚\n"
        "渝西　永川　江津　合川　大足　荣昌　璧山　铜梁　潼南　双桥　綦江　万盛\n\n区县新闻\n"
        "━━━━━━━━━━━━━━━━━━━━\n▌2011年09月15日　星期四\n\n[大足]　龙水五金市场三期开工　新增商铺1200间　　　　　　　　16:42\n"
        "9月15日上午，大足县龙水五金市场三期工程在龙水镇开工，建成后将新增商铺1200间。\n"
        "来源：大足日报　　作者：邓　华　　　　　　　　　　　　　　　　[评论 3]\n\n"
        "[万盛]　黑山谷景区国庆推出“半价游”　　　　　　　　　　　　　　09:20\n"
        "国庆黄金周期间，黑山谷景区将对重庆籍游客实行门票半价优惠。\n"
        "来源：大渝网　　作者：吴晓峰　　　　　　　　　　　　　　　　　[评论 17]\n\n"
        "区县热图\n· 潼南油菜花海航拍\n· 武隆天生三桥雨后美景\n\n"
        "区县排行\n1　铜梁龙灯亮相上海世博会城市文化活动周回顾\n2　璧山县城区新建3座人行天桥\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        ("大足", "龙水五金市场三期开工　新增商铺1200间", ("邓华",)),
        ("万盛", "黑山谷景区国庆推出“半价游”", ("吴晓峰",))]
    assert "渝西　永川　江津　合川　大足　荣昌　璧山　铜梁　潼南　双桥　綦江　万盛" in page.noise


def test_a_childrens_page_pupils_bylines_a_letters_signature_and_a_teachers_credit():
    page = segment(
        "梁平报　　　　1998年5月29曰　星期五　　　　第四版\n\n"
        "小记者走进县气象站\n梁山一小五年级（2）班　小记者　何晓梅\n"
        "　　5月26曰下午，我们学校12名小记者来到县气象站参观。\n（辅导员：刘玉兰）\n\n"
        "给县长伯伯的一封信\n尊敬的县长伯伯：\n　　您好！您能不能在我们学校门口画一条斑马线？\n"
        "屏锦镇中心小学四年级\n陈　龙\n1998年5月12曰\n\n"
        "我们的“护绿小队”\n　　今天是我们小队第一次活动，我们给新栽的小树浇水。\n"
        "（执笔：三年级一班　罗　丹）\n\n红领巾简讯\n●明达小学成立红领巾广播站\n"
        "　　近日，明达小学红领巾广播站开播了。（小记者　谭　静）\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("小记者走进县气象站", ("何晓梅",), "1998-05-26"),
        ("给县长伯伯的一封信", ("陈龙",), "1998-05-12"),
        ("我们的“护绿小队”", ("罗丹",), "1998-05-29"),
        ("明达小学成立红领巾广播站", ("谭静",), None)]


def test_a_sports_pages_bracket_drawn_in_box_characters_and_writers_handles():
    page = segment(
        "永川队点球大战淘汰万州队\n\n晨报记者　罗　峻　微博@晨报罗峻看台\n\n"
        "昨日下午，U17组半决赛在永川区体育中心进行，永川区队点球淘汰万州区队。\n\n"
        "■U17组淘汰赛对阵\n\n永川区队──┐\n├──永川区队　3:0──┐\n涪陵区队──┘　　　　│\n"
        "├──决赛　11月1日\n渝中区队──┐\n├──渝中区队　1:0──┘\n北碚区队──┘\n\n\n"
        "璧山首届环秀湖自行车赛开赛\n\n首席记者　孙　瑜（微博：@孙瑜跑新闻）\n\n"
        "昨日上午，璧山区首届环秀湖自行车赛在秀湖公园鸣枪开赛。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("永川队点球大战淘汰万州队", ("罗峻",)), ("璧山首届环秀湖自行车赛开赛", ("孙瑜",))]
    assert "├──决赛　11月1日" in page.noise


def test_a_converters_html_comments_a_guest_line_and_a_quoted_classical_poem():
    page = segment_md(
        "<!--enpproperty <title>首套房公积金贷款最多能贷多少？</title>/enpproperty-->\n\n"
        "# 首套房公积金贷款最多能贷多少？\n\n<!--enpcontent-->\n\n"
        "本期嘉宾：市住房公积金管理中心贷款科科长　何　静\n\n问：我和爱人都在缴存公积金，最多能贷多少？\n\n"
        "答：夫妻双方均正常缴存的，最高额度为60万元。\n\n（商报记者　吴　刚　整理）\n\n<!--/enpcontent-->\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("首套房公积金贷款最多能贷多少？", ("吴刚",))
    assert story.paragraphs[0].startswith("本期嘉宾：")
    page = segment(
        "明日重阳，读一读杜甫在夔州写下的《登高》\n\n□　牟　林\n\n明天就是重阳节。\n\n"
        "【原文】\n\n登　高①\n\n〔唐〕杜　甫\n\n风急天高猿啸哀，渚②清沙白鸟飞回③。\n"
        "无边落木④萧萧⑤下，不尽长江滚滚来。\n\n（作者系重庆三峡学院文学院教师）\n\n\n"
        "平湖文苑\n\n父亲的重阳糕\n\n□　向　东\n\n每到重阳，父亲总要亲手蒸一笼重阳糕。\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        (None, "明日重阳，读一读杜甫在夔州写下的《登高》", ("牟林",)),
        ("平湖文苑", "父亲的重阳糕", ("向东",))]
    assert "〔唐〕杜　甫" in page.stories[0].paragraphs


def test_a_reporter_learnt_it_yesterday_after_a_sentence_naming_a_month():
    page = segment("重庆商报　2008年9月18日　星期四\n\n主城新房成交连续三周下滑\n\n"
                   "往年被开发商视为销售旺季的9月，今年却有些冷清。记者昨日从市国土房管局获悉，"
                   "上周（9月8日至14日）主城九区商品住房成交2736套。\n")
    assert page.stories[0].date == "2008-09-17"


def test_camera_date_stamps_glued_system_fields_and_a_pdfs_radical_characters():
    page = segment(
        "巫溪报　　一九九八年六月三十日　星期二\n\n红池坝迎来避暑游客\n’98 6 21\n"
        "　　近日，红池坝景区迎来避暑游客，草场上搭起了帐篷。\n\n"
        "我区304名河长上岗履职\n"
        "12450872017-06-16 00:00:00:0罗佳 王伟我区304名河长上岗履职河长制content_1245087.htm/enpproperty-->\n"
        "　　本报讯（记者　罗　佳）6月14日，记者从区水务局获悉，我区304名河长上岗履职。\n\n"
        "我区庆祝中国农民丰收节\n　　本报讯（记者　王⽴新　⻩志刚）6⽉23⽇，⼤⾜区和九⻰坡区的客商来到潼南。\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("红池坝迎来避暑游客", (), None),
        ("我区304名河长上岗履职", ("罗佳",), "1998-06-14"),
        ("我区庆祝中国农民丰收节", ("王立新", "黄志刚"), "1998-06-23")]
    assert page.stories[2].paragraphs[0] == "6月23日，大足区和九龙坡区的客商来到潼南。"


def test_an_assistants_transcript_of_a_page_its_own_words_chrome_its_labelled_heads_heads():
    page = segment_md(
        "好的，以下是图片中报纸版面的文字识别结果。原报的分栏和字号无法完全保留。\n\n---\n\n"
        "### 📰 报头信息\n\n- **报名**：巫溪报\n- **日期**：1998年5月22日　星期五\n\n---\n\n"
        "### 一、头条新闻\n\n**引题**：抓住雨后有利时机\n**主标题**：我县四万二千亩烤烟移栽结束\n\n"
        "**正文**：\n\n本报讯（记者　刘昌平）5月20日，我县四万二千亩烤烟全部移栽结束。\n\n"
        "（此处原文约有两行因折痕无法辨认）\n\n今年全县推广漂浮育苗一万五千亩。\n\n---\n\n"
        "### 四、图片新闻\n\n**标题**：红池坝草场迎来首批游客\n\n"
        "**图片说明**：5月18日，红池坝草场返青，迎来今年的首批游客。（本报记者　张　红　摄）\n\n"
        "（照片内容：草场上有几名游客骑马。）\n\n---\n\n### 六、广告（版面右下角）\n\n"
        "巫溪县百货公司\n夏季家电让利销售\n\n---\n\n**说明**：\n\n1. 原图左下角有一处折痕；\n\n"
        "如果需要，我可以帮你把这些文章整理成Word文档。\n")
    assert [(s.section, s.kicker, s.headline, s.reporters, s.photographers, s.date)
            for s in page.stories] == [
        (None, "抓住雨后有利时机", "我县四万二千亩烤烟移栽结束", ("刘昌平",), (), "1998-05-20"),
        ("图片新闻", None, "红池坝草场迎来首批游客", (), ("张红",), "1998-05-18")]
    assert page.stories[0].paragraphs[-1] == "今年全县推广漂浮育苗一万五千亩。"
    assert "（照片内容：草场上有几名游客骑马。）" in page.noise


def test_a_layout_ocrs_heading_byline_an_appended_programme_and_a_works_credits():
    page = segment_md(
        "# 我校2004届毕业生一次就业率超八成\n\n# 本报记者 王晓燕 通讯员 刘 畅\n\n"
        "本报讯 截至6月20日，我校毕业生一次就业率达八成。\n\n"
        "# “青春·告别”毕业生文艺晚会举行\n\n本报讯 6月24日晚，毕业生文艺晚会举行。\n\n"
        "附：晚会节目单\n\n1. 开场舞《青春飞扬》 表演：音乐学院舞蹈队\n\n2. 大合唱《送别》 表演：毕业生合唱团\n\n"
        "（学生记者 向 阳）\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("我校2004届毕业生一次就业率超八成", ("王晓燕", "刘畅")),
        ("“青春·告别”毕业生文艺晚会举行", ("向阳",))]
    assert lines.classify(1, "（安全科　邓　平）").names == ("邓平",)
    assert lines.classify(1, "（甲醇车间　刘长富）").names == ("刘长富",)
    assert lines.classify(1, "桃化报　　　　第二版　　　　安全·生产　　　　1992年11月20日").kind is (
        lines.Kind.NOISE)


def test_a_web_editions_page_its_window_title_contents_alt_text_and_days_alone():
    page = segment(
        "香港文匯報 - 重慶新聞 - 2012年5月17日\n首頁　|　即時新聞　|　文匯報\n"
        "2012年5月17日 星期四　　A26版　重慶新聞\n\n本版新聞：\n‧兩江新區首季引資逾300億\n‧大足石刻精品下月赴港展出\n\n"
        "兩江新區首季引資逾300億\n港資項目佔比近四成\n\n2012-05-17\n\n"
        "兩江新區水土高新技術產業園內，工人在生產線上忙碌。　記者蘇冉 攝\n[圖片]\n"
        "■兩江新區水土高新技術產業園內，工人在生產線上忙碌。　記者蘇冉 攝\n\n"
        "香港文匯報訊（記者 蘇冉 重慶報道）重慶兩江新區管委會16日透露，首季引資逾300億元。\n\n"
        "汽車電子產業成新引擎\n\n林志遠表示，汽車及零部件項目佔比最大。\n\n\n"
        "大足石刻精品下月赴港展出\n\n2012-05-17\n\n"
        "香港文匯報訊（記者 鄧嘉 重慶報道）記者15日從重慶市大足區文物局獲悉，精品將於6月12日赴港展出。\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("兩江新區首季引資逾300億", ("蘇冉",), "2012-05-16"),
        ("大足石刻精品下月赴港展出", ("鄧嘉",), "2012-05-15")]
    assert page.stories[0].captions == ("兩江新區水土高新技術產業園內，工人在生產線上忙碌。",)


def test_a_groups_topic_its_posts_and_replies_chrome_a_repost_in_a_reply_a_story():
    page = segment(
        "来自: 嘉陵江边的猫　　2023-07-08 10:22:15 重庆\n\n每周六整理一次，都是各区县官方号这周发的。\n\n"
        "金刀峡景区7月15日起开放夏季夜游\n来源：北碚发布\n\n7月7日，记者从北碚区金刀峡景区获悉，景区将开放夜游。\n"
        "（记者　刘　畅）\n\n最赞回应\n\n南山下的小周　　2023-07-08 11:05:31 重庆\n补充一条南川的：\n"
        "南川金佛山推出夏季观星夜游\n上游新闻记者　谭　敏\n7月5日，记者从南川区文化和旅游发展委员会获悉，金佛山推出观星夜游。\n"
        "赞 (38)　　回应\n\n渝北打工人　　2023-07-08 11:30:05 重庆\n楼主每周都整理，太实用了，收藏了\n\n"
        "南山下的小周　　2023-07-08 11:05:31 重庆\n补充一条南川的：\n"
        "南川金佛山推出夏季观星夜游\n上游新闻记者　谭　敏\n7月5日，记者从南川区文化和旅游发展委员会获悉，金佛山推出观星夜游。\n")
    # (the reply printed twice gives twin stories, as any story printed twice does)
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("金刀峡景区7月15日起开放夏季夜游", ("刘畅",)), ("南川金佛山推出夏季观星夜游", ("谭敏",)),
        ("南川金佛山推出夏季观星夜游", ("谭敏",))]


def test_an_episodes_page_its_contents_by_time_and_its_script_the_editions_items():
    page = segment(
        "《铜梁新闻》2019年10月17日\n专辑：铜梁新闻\n[图片]　铜梁融媒　　＋关注\n"
        "2019-10-17　　　▶ 1,022　　　时长 12:46\n\n▶　00:00 / 12:46　　　　倍速 1.0x　　　下载　　分享\n\n"
        "声音简介\n铜梁区融媒体中心出品，每晚20:00更新。\n\n"
        "本期内容（点击时间可跳转）：\n00:26　铜梁高新区5个项目集中签约 总投资32亿元\n"
        "03:12　铜梁龙舞亮相川渝非遗展演\n12:10　天气预报\n\n【文稿】\n\n"
        "铜梁高新区5个项目集中签约　总投资32亿元\n今天上午，铜梁高新区重点项目集中签约仪式举行。\n"
        "（记者：张　敏）\n\n铜梁龙舞亮相川渝非遗展演\n本台记者唐亮报道：昨天，川渝非遗展演在成都举行。\n")
    story, = page.stories
    assert (story.headline, [(i.heading, i.reporters) for i in story.items]) == (
        "《铜梁新闻》2019年10月17日",
        [("铜梁高新区5个项目集中签约　总投资32亿元", ("张敏",)), ("铜梁龙舞亮相川渝非遗展演", ("唐亮",))])


def test_a_bulletin_boards_digest_of_reposted_reports_copied_from_a_terminal():
    page = segment(
        "发信人: lanxi (兰溪), 信区: Chongqing\n标  题: [合集] 北碚这两天上报纸的几件事\n"
        "发信站: 缙云山BBS (Fri Apr 16 09:12:30 2004), 站内\n\n"
        "[1;32m☆──────────────────────────☆[m\n"
        "  yuzhou (渝州客) 于  (Tue Apr 13 22:41:07 2004)  提到:\n\n"
        "今天下午在图书馆翻报纸，打字贴上来。\n\n北碚城区12条背街小巷年内完成改造\n"
        "[1;33m（重庆晚报　2004年4月13日　第7版）[m\n\n"
        "　　本报讯（记者　黄　蓉）昨日，记者从北碚区市政管理局获悉，12条背街小巷将改造。\n\n"
        "（打字辛苦，错了莫怪）\n\n--\n渝州客：嘉陵江水向东流\n\n"
        "[1;32m☆──────────────────────────☆[m\n"
        "  beibeiren (北碚人) 于  (Thu Apr 15 19:47:22 2004)  提到:\n\n"
        "说到交通，今天商报也有一条。\n\n北碚至合川城际公交下周二开通\n摘自《重庆商报》2004年4月15日\n\n"
        "　　本报讯（记者　肖　川）北碚至合川的城际公交线路下周二开通。\n\n"
        "[1;32m☆──────────────────────────☆[m\n"
        "  xiaoqi (小七) 于  (Thu Apr 15 21:03:10 2004)  提到:\n\n"
        "【 在 beibeiren (北碚人) 的大作中提到: 】\n: 北碚至合川城际公交下周二开通\n\n合川的表示支持！\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("北碚城区12条背街小巷年内完成改造", ("黄蓉",)), ("北碚至合川城际公交下周二开通", ("肖川",))]
    assert page.stories[0].paragraphs == ("昨日，记者从北碚区市政管理局获悉，12条背街小巷将改造。",)


def test_an_interviews_quoted_subheads_over_its_questions_are_no_listed_events():
    page = segment(
        "“我想让巫山脆李飞出大山”\n\n青年报记者　谭　玲\n\n29岁的向小川，是巫山县曲尺乡人。\n\n"
        "■“回来不是一时冲动”\n\n青年报：在广州工作好好的，为什么要回来？\n\n向小川：说实话，一开始家里是反对的。\n\n"
        "■“第一年亏了8万多”\n\n青年报：创业顺利吗？\n\n向小川：很不顺利。\n")
    story, = page.stories
    assert (story.headline, story.items) == ("“我想让巫山脆李飞出大山”", ())
    assert page.stories[0].paragraphs[-1] == "向小川：很不顺利。"


def test_a_wikis_briefs_with_edit_links_their_sources_and_its_contents():
    page = segment(
        "维基新闻简讯：2013年6月18日\n出自维基新闻，自由的新闻源\n跳转至： 导航、 搜索\n"
        "2013年6月18日 星期二\n以下是维基新闻2013年6月18日与重庆有关的简讯。\n目录\n"
        "1 重庆璧山县暴雨　2300余人紧急转移\n2 重庆綦江区首条城乡公交线路开通\n"
        "重庆璧山县暴雨　2300余人紧急转移[编辑]\n维基百科中的相关条目：璧山县\n"
        "6月17日凌晨起，中国重庆市璧山县遭遇强降雨，沿岸5个镇共紧急转移群众2300余人。\n"
        "来源[编辑]\n张　岚：“璧山暴雨　2300余人连夜转移”，《重庆晨报》，2013年6月18日\n"
        "重庆綦江区首条城乡公交线路开通[编辑]\n6月16日，重庆市綦江区首条城乡公交线路正式开通。\n"
        "来源[编辑]\n罗　刚：“綦江首条城乡公交线路开通”，《綦江日报》，2013年6月17日\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories][-2:] == [
        ("重庆璧山县暴雨　2300余人紧急转移", (), "2013-06-17"),
        ("重庆綦江区首条城乡公交线路开通", (), "2013-06-16")]
    assert page.stories[-1].paragraphs == ("6月16日，重庆市綦江区首条城乡公交线路正式开通。",)


def test_an_archived_copy_of_a_script_converted_site_and_an_answer_citing_its_papers():
    page = segment(
        # (the keeper's note and the link are chrome however long)
        "【存档说明】以下三个页面于2003年11月13日从新华网重庆频道的繁体版（big5.xinhuanet.com）另存"
        "为文本，按发布时间先后倒序排列，页面文字未作改动。——区档案馆网络资料组\n"
        "======================================\n原网址：http://big5.xinhuanet.com/gate/big5/"
        "www.cq.xinhuanet.com/news/2003-11/12/content_1192305.htm\n"
        "======================================\n\n新華網重慶頻道\n首頁 | 重慶新聞 | 區縣傳真 | 三峽庫區 | 財經\n"
        "本頁面由新華網繁體版自動轉換，內容如有差異，以簡體版為準\n\n磁器口古鎮金碧正街修繕完工\n"
        "2003年11月12日 15:26:44　　來源：新華網重慶頻道\n\n"
        "新華網重慶頻道11月12日電（記者　餘曉紅）歷時8個月的磁器口古鎮金碧正街修繕工程完工。\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "磁器口古鎮金碧正街修繕完工", ("餘曉紅",), "2003-11-12")
    page = segment(
        "给你找了几条，都是这两天报纸上的，我照报纸上打的。\n\n两江游推出夜游新航线\n重庆晚报　2009年7月14日\n本报讯　从今晚起，市民夜游两江又多了一条新航线。\n\n"
        "缙云山启用森林防火视频监控系统\n重庆日报　2009年7月15日\n"
        "本报讯（记者　邓　红）7月13日，缙云山森林防火视频监控系统启用。\n")
    assert [s.headline for s in page.stories][-2:] == [
        "两江游推出夜游新航线", "缙云山启用森林防火视频监控系统"]


def test_an_embedded_maps_furniture_and_a_windows_title_in_a_copied_article():
    page = segment(
        "人和街道：“家门口义诊”进社区_两江新区网\n两江新区网\n首页　　要闻　　街镇　　民生　　文旅\n"
        "当前位置：首页 > 街镇 > 正文\n\n人和街道：“家门口义诊”进社区\n\n"
        "来源：两江新区融媒体中心　　作者：罗　丹　　发布时间：2026-03-19 16:20\n\n"
        "3月19日上午，人和街道联合辖区社区卫生服务中心开展义诊。\n\n"
        "▼点击下方地图，可查看义诊地点\n\n500 米\n高德地图\n© 2026 AutoNavi - GS(2025)5996号\n"
        "点击标记查看地点详情　　全屏查看\n\n“以前量个血压要跑医院，现在医生送上门。”居民说。\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("人和街道：“家门口义诊”进社区", ("罗丹",))
    assert {"500 米", "高德地图", "© 2026 AutoNavi - GS(2025)5996号"} <= set(page.noise)


def test_a_quote_tables_marked_rows_an_announcements_column_and_a_routes_listing():
    page = segment(
        "渝股昨日集体走强\n　　本报讯　（记者　黄　河）昨日，渝股集体走强。\n"
        "　　领涨的是渝州精工和山城药业，双双涨停。\n昨日渝股表现一览（部分）\n"
        "代码　　　名称　　　　　收盘（元）　涨跌幅\n▲600893　渝州精工　　　14.26　　　+10.02%\n"
        "■600752　巴渝电力　　　8.37　　　　+4.11%\n—000672　朝天门百货　　11.20　　　 0.00%\n"
        "▼600781　江州建材　　　5.63　　　　-1.23%\n"
        "　　分析师认为，西部大开发将给渝股带来机会。\n\n"
        "公告速递\n600781　江州建材　公司董事会决定，以现金方式收购江津市一家建材厂。\n"
        "000691　缙云化纤　公司股东大会审议通过了2000年中期利润分配方案。\n")
    first, second = page.stories
    assert (first.headline, first.paragraphs[-1]) == (
        "渝股昨日集体走强", "分析师认为，西部大开发将给渝股带来机会。")
    assert "▲600893　渝州精工　　　14.26　　　+10.02%" in first.paragraphs
    assert (second.headline, [i.heading for i in second.items]) == (
        "公告速递", ["600781　江州建材", "000691　缙云化纤"])
    page = segment_md(
        "## 五一小长假　三条线路任你选\n\n本报联合三家旅行社推出三条库区短线游线路。\n\n"
        "- **线路一：万州—忠县石宝寨　两日游**\n  - D1　万州—忠县：游览石宝寨。\n"
        "  - 参考价格：成人360元/人。\n- **线路二：万州—云阳张飞庙　两日游**\n"
        "  - D1　万州—云阳：游览张飞庙。\n  - 参考价格：成人420元/人。\n")
    story, = page.stories
    assert [i.heading for i in story.items] == [
        "线路一：万州—忠县石宝寨　两日游", "线路二：万州—云阳张飞庙　两日游"]


def test_a_guides_spots_numbered_with_two_digits_are_its_items():
    page = segment(
        "春日赏花正当时　这些“花景”等你来\n\n春分将至，各大公园迎来最佳赏花期。\n\n"
        "01　照母山森林公园｜樱花、海棠\n\n照母山森林公园的樱花园占地约80亩。\n\n"
        "02　重庆园博园｜郁金香\n\n园博园今年的郁金香花展共展出30余个品种。\n\n"
        "03　礼嘉智慧公园｜油菜花\n\n礼嘉智慧公园的油菜花田面积约15亩。\n\n（记者　龚　晴）\n")
    story, = page.stories
    assert [i.heading for i in story.items] == [
        "照母山森林公园｜樱花、海棠", "重庆园博园｜郁金香", "礼嘉智慧公园｜油菜花"]


def test_a_page_printed_with_its_links_targets_after_their_words():
    page = segment(
        "(http://www.tlxw.cn/)\n设为首页　加入收藏 (http://m.tlxw.cn/)\n"
        "首页 (/)　铜梁要闻 (/news/tlyw/)　镇街动态 (/news/zj/)　民生 (/ms/)　视频 (/video/)\n\n"
        "巴岳山新修步道6公里\n\n2020-05-06 08:30　来源：铜梁日报 (http://epaper.tlxw.cn/)\n\n"
        "本报讯（记者　刘　宁）5月5日，巴岳山新修的6公里步道向市民开放，详见 [景区网](/jq/) 。\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "巴岳山新修步道6公里", ("刘宁",), "2020-05-05")
    # (a Markdown link's target is the Markdown's, and one printed target alone is no print)
    assert story.paragraphs[-1].endswith("详见 景区网 。")
    page = segment("巴岳山新修步道\n\n本报讯　5月5日，步道开放，详见景区网 (http://jq.tlxw.cn/)。\n")
    assert page.stories[0].paragraphs[-1].endswith("(http://jq.tlxw.cn/)。")


def test_an_older_question_and_answer_sites_furniture():
    page = segment(
        "求几条重庆的新闻，要短的！！急！！！_百度知道\n百度首页 | 登录 | 注册\n搜索答案　　我要提问\n已解决\n"
        "求几条重庆的新闻，要短的！！急！！！\n悬赏分：20 - 解决时间：2009-7-15 21:06\n"
        "语文老师布置的暑假作业，每个星期要摘抄5条本地新闻，还要最近几天的，网上找的都好长。。。\n"
        "问题补充：要写清楚是哪天哪个报纸上的\n提问者： 小鱼儿 - 一级\n最佳答案\n"
        "给你找了一条，都是这两天报纸上的，我照报纸上打的，长的我删短了一点，你自己挑嘛：\n\n两江游推出夜游新航线\n重庆晚报　2009年7月14日\n"
        "本报讯　从今晚起，市民夜游两江又多了一条新航线。\n"
        "回答者： 山城老王 - 三级　2009-7-15 19:42\n提问者对于答案的评价：\n谢谢叔叔！\n"
        "查看同主题问题：重庆新闻 暑假作业\n其他回答　　共2条\n等待您来回答\n"
        "0回答　重庆哪里有卖二手自行车的？\n")
    assert page.stories[-1].headline == "两江游推出夜游新航线"
    assert page.stories[-1].paragraphs[0] == "从今晚起，市民夜游两江又多了一条新航线。"
    text = "\n".join(f"{s.headline}\n{s.kicker}\n{s.subtitle}\n" + "\n".join(s.paragraphs)
                     for s in page.stories)
    for furniture in ("百度知道", "我要提问", "已解决", "悬赏分", "问题补充", "提问者", "最佳答案",
                      "回答者", "查看同主题问题", "其他回答", "等待您来回答", "0回答"):
        assert furniture not in text


def test_a_page_editors_word_file_with_its_field_codes_and_position_labels():
    page = segment(
        "忠县日报　第2版　综合新闻　（5月17日见报）\n"
        "责编：付　敏　　组版日期： DATE \\@ \"yyyy年M月d日\" \\* MERGEFORMAT 2012年5月16日\n\n"
        "【头条】\n石宝寨景区游客服务中心投用\n本报讯（通讯员　王　丹）5月14日，游客服务中心投用。\n"
        " INCLUDEPICTURE \"https://mmbiz.qpic.cn/mmbiz_jpg/8bXq2kTf/640?wx_fmt=jpeg\" "
        "\\* MERGEFORMATINET \n▲游客在服务中心租用导览器。\n"
        "中心设有“ EQ \\* jc2 \\* \"Font:宋体\" \\* hps10 \\o\\ad(\\s\\up 9(nuó),傩)戏”展示区，"
        "详见 HYPERLINK \"http://www.zx.gov.cn/a.html\" 忠县人民政府网 。\n\n"
        "【二条】\n乡村里的忠县 EQ \\o\\ac(○,12)\n白公祠修缮完工\n"
        "本报讯（记者　谭建平）5月15日，白公祠修缮完工。\n")
    first, second = page.stories
    assert (first.headline, first.reporters, first.date) == (
        "石宝寨景区游客服务中心投用", ("王丹",), "2012-05-14")
    assert first.captions == ("游客在服务中心租用导览器。",)
    assert first.paragraphs[-1] == "中心设有“傩戏”展示区，详见忠县人民政府网 。"
    assert (second.section, second.headline) == ("乡村里的忠县⑫", "白公祠修缮完工")
    assert not any("头条" in line or "二条" in line or "见报" in line
                   for story in page.stories for line in (story.headline, *story.paragraphs))


def test_a_familys_signature_under_its_notice_is_its_text():
    page = segment(
        "讣　　告\n"
        "　　退休教师张淑贞同志因病医治无效，于2015年3月25日在重庆逝世，享年83岁。\n"
        "　　兹定于2015年3月28日上午10时在石桥铺殡仪馆举行遗体告别仪式。\n"
        "　　特此讣告。\n"
        "　　　　　　　　　　　　　　　　　　　　夫：李德厚\n"
        "　　　　　　　　　　　　　　　子：李建平　　儿媳：王　红\n"
        "　　　　　　　　　　　　　　　孙：李　扬　　外孙女：陈　悦\n"
        "　　　　　　　　　　　　　　　　　　率全体亲属泣告\n"
        "　　　　　　　　　　　　　　　　　　2015年3月26日\n\n\n"
        "谢　　启\n"
        "　　家父王树林病逝后，承蒙各级领导、生前好友前来吊唁，在此谨致谢意！\n"
        "　　　　　　　　　　　　　　　　孝子：王建新　王建军\n"
        "　　　　　　　　　　　　　　　　　　　　叩谢\n")
    notice, thanks = page.stories
    assert (notice.headline, notice.date) == ("讣告", "2015-03-25")
    assert notice.paragraphs[-5:] == (
        "夫：李德厚", "子：李建平　　儿媳：王　红", "孙：李　扬　　外孙女：陈　悦", "率全体亲属泣告",
        "2015年3月26日")
    # ('谢　启' set letter-spaced is a thanks notice's title: 谢 is a family name)
    assert thanks.headline == "谢启"
    assert thanks.paragraphs[-2:] == ("孝子：王建新　王建军", "叩谢")


def test_a_databases_records_with_inline_labels_and_highlighted_words():
    page = segment(
        "地方报纸全文数据库\n检索词：春橙　　检索字段：全文\n本版共2篇　　[整版PDF]\n\n"
        "【1/2】\n引　　题：抢抓采摘黄金期\n标　　题：我县<font color=Red>春橙</font>陆续上市\n"
        "副 标 题：——预计总产量18万吨\n作　　者：本报记者　刘小川\n"
        "报纸名称：开县报　　出版日期：2013-03-22　　版次：02\n正　　文：\n"
        "　　本报讯（记者　刘小川）3月20日，竹溪镇的<font color=Red>春橙</font>基地里果农忙着采摘。\n"
        "　　▲3月20日，果农正在采摘春橙。（本报记者　刘小川　摄）\n\n"
        "【2/2】\n标　　题：县图书馆送书下乡\n作　　者：通讯员　何　苗\n"
        "报纸名称：开县报　　出版日期：2013-03-22　　版次：02\n正　　文：\n"
        "　　本报讯　3月16日，县图书馆工作人员把1200余册图书送到农家书屋和村民院坝。\n")
    first, second = page.stories
    assert (first.kicker, first.headline, first.subtitle) == (
        "抢抓采摘黄金期", "我县春橙陆续上市", "——预计总产量18万吨")
    assert (first.reporters, first.photographers, first.date) == (
        ("刘小川",), ("刘小川",), "2013-03-20")
    assert first.captions == ("▲3月20日，果农正在采摘春橙。",)
    assert first.paragraphs == ("3月20日，竹溪镇的春橙基地里果农忙着采摘。",)
    assert (second.headline, second.reporters) == ("县图书馆送书下乡", ("何苗",))
    assert page.date == "2013-03-22"


def test_a_word_forms_empty_fields_show_their_prompts():
    page = segment(
        "巫溪报　第2版（综合新闻）送审稿\n见报日期：2021年6月18日　星期五\n"
        "版面编辑：向　丽　　　　校对：单击或点击此处输入文字。\n\n"
        "【稿件一】　版位：头条\n栏目：单击或点击此处输入文字。\n引题：单击或点击此处输入文字。\n"
        "主题：我县5.6万亩春洋芋收获过半\n副题：单击或点击此处输入文字。\n作者：融媒体记者　李春燕\n正文：\n"
        "　　本报讯（融媒体记者　李春燕）6月15日，上磺镇羊桥村的洋芋地里，村民们忙着收挖。\n"
        "图片说明：单击或点击此处输入文字。\n\n"
        "【稿件二】　版位：选择一项。\n栏目：健康巫溪\n主题：县中医院为126名白内障患者免费复明\n"
        "作者：通讯员　周　婷\n正文：\n"
        "　　本报讯（通讯员　周　婷）6月10日至16日，县中医院开展“光明行”活动，126名患者复明。\n")
    first, second = page.stories
    assert (first.section, first.kicker, first.headline, first.subtitle, first.captions) == (
        None, None, "我县5.6万亩春洋芋收获过半", None, ())
    assert (second.section, second.headline, second.reporters) == (
        "健康巫溪", "县中医院为126名白内障患者免费复明", ("周婷",))


def test_an_aerial_photos_credits_and_an_e_papers_contents_box():
    page = segment(
        "梁平日报数字报\n2020年08月18日　星期二\n第02版：综合新闻　　　　上一版　　下一版\n"
        "本版导航\n· 我区38万亩中稻开镰收割\n· 双桂湖荷花迎来盛花期\n\n"
        "我区38万亩中稻开镰收割\n本报记者　谭晓东\n\n本报讯　8月16日，屏锦镇万亩稻田里稻浪翻滚。\n"
        "▲8月16日，收割机在稻田里收割中稻。（本报记者　谭晓东　航拍）\n\n"
        "双桂湖荷花迎来盛花期\n8月14日，双桂湖国家湿地公园的千亩荷塘里，荷花竞相绽放。\n"
        "无人机航拍　通讯员　周　敏\n")
    assert [(s.headline, s.photographers) for s in page.stories] == [
        ("我区38万亩中稻开镰收割", ("谭晓东",)), ("双桂湖荷花迎来盛花期", ("周敏",))]


def test_a_phones_copy_with_unicode_line_separators_and_an_e_papers_page_line():
    page = segment(
        "秀山报\n2023年09月26日　星期二\n第03版：综合新闻　　　　版面导航 ∨\n"
        "县城至川河盖旅游公路完成改造\u2028融媒体记者　龙　燕\u2028"
        "本报讯（融媒体记者　龙　燕）9月24日，县城至川河盖旅游公路完成改造。\u2028"
        "该公路全长21.6公里。\n上一篇　　　下一篇\n返回版面　　往期回顾\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "县城至川河盖旅游公路完成改造", ("龙燕",), "2023-09-24")
    assert story.paragraphs[-1] == "该公路全长21.6公里。"


def test_a_countdown_box_and_an_occasions_kicker():
    page = segment(
        "重庆青年报　　　　　　2008年4月30日　星期三\n\n"
        "距北京奥运会开幕\n还有\n100\n天\n2008.8.8\n同一个世界　同一个梦想\n\n\n"
        "迎接北京奥运会开幕倒计时100天\n\n八千学子大学城齐跳奥运健身操\n\n本报记者　罗　晓\n\n"
        "昨日上午9点，沙坪坝区大学城中央公园广场上，8000名大学生跳起了奥运健身操。\n\n"
        "年夜饭市场升温\n\n本报记者　李　想\n\n距离春节还有5天，山城的年夜饭市场热度持续攀升。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("迎接北京奥运会开幕倒计时100天", "八千学子大学城齐跳奥运健身操"), (None, "年夜饭市场升温")]
    # (a countdown is a box only as a line or lines of its own, not a paragraph's opening)
    assert page.stories[1].paragraphs == ("距离春节还有5天，山城的年夜饭市场热度持续攀升。",)
    assert "同一个世界　同一个梦想" in page.noise and "100" in page.noise


def test_a_caption_credited_to_an_agency_after_a_space():
    page = segment(
        "万州城区小学新生近视率超两成\n三峡都市报记者　冉　静\n"
        "　　9月7日，记者从万州区教委获悉，今年城区小学新生近视率超过两成。\n"
        "▲近视低龄化趋势明显，专家建议孩子每天户外活动2小时以上。　图据视觉中国\n"
        "　　据介绍，区教委已要求各校把视力筛查结果反馈给家长。\n\n"
        "三百名优秀教师受表彰\n　　本报讯　（记者　谭　峰）9月7日，万州区召开庆祝教师节大会。\n"
        "▲受表彰教师代表上台领奖。　东方IC供图\n"
        "　　获得“优秀教师”称号的秦永华，在村小坚守了28年。\n")
    assert [(s.headline, len(s.captions), len(s.paragraphs)) for s in page.stories] == [
        ("万州城区小学新生近视率超两成", 1, 2), ("三百名优秀教师受表彰", 1, 2)]


def test_a_news_searchs_results_each_over_its_source_and_time():
    page = segment(
        "潼南 菜花节_百度新闻搜索\n百度首页　　设置　　登录\n潼南 菜花节\n百度一下\n"
        "◉新闻全文　○新闻标题\n找到相关新闻约1,870篇　　　　按焦点排序　　按时间排序\n\n"
        "潼南菜花节开幕 千名青少年身着汉服花海巡游\n视界网　2013年03月15日 19:42\n"
        "视界网消息：今天上午，第五届潼南菜花节开幕，1000名青少年在油菜花海中巡游...\n"
        "2条相同新闻>>　-　百度快照\n\n"
        "重庆油菜花进入盛花期 潼南、合川、荣昌赏花地图出炉\n重庆商报　2013年03月12日 06:50\n"
        "进入3月，我市各地油菜花陆续进入盛花期，市民可就近赏花...\n百度快照\n\n"
        "潼南：菜花节带火乡村游\n潼南县人民政府网　5小时前\n"
        "3月16日是菜花节开幕后的第一个周末，崇龛镇的农家乐全部客满...\n百度快照\n\n"
        "相关搜索\n潼南菜花节2013　　　潼南油菜花在哪里\n")
    assert [s.headline for s in page.stories] == [
        "潼南菜花节开幕 千名青少年身着汉服花海巡游",
        "重庆油菜花进入盛花期 潼南、合川、荣昌赏花地图出炉", "潼南：菜花节带火乡村游"]


def test_a_discuz_threads_furniture_and_its_posters_cards():
    page = segment(
        "【转帖】这周大足日报上的几条新闻 - 大足新闻 - 大足人论坛\n返回列表　　发新帖\n"
        "查看: 4127|回复: 6\n[大足新闻] 【转帖】这周大足日报上的几条新闻 [复制链接]\n"
        "棠香老幺\n主题 57　　帖子 411　　积分 2863\n高级会员\n电梯直达　　楼主\n"
        "发表于 2014-6-20 22:16:07 | 只看该作者 |倒序浏览 |阅读模式\n"
        "本帖最后由 棠香老幺 于 2014-6-21 08:40 编辑 \n\n"
        "城区24个老旧小区今年实施“微改造”\n（大足日报 2014年6月20日 第2版）\n"
        "本报讯（记者　陈　悦）6月19日，记者从区住房城乡建委获悉，城区24个老旧小区今年实施改造。\n"
        "回复　　使用道具　　举报\n龙水湖边的鱼\n主题 3　　帖子 96　　积分 210\n中级会员\n沙发\n"
        "发表于 2014-6-20 22:31:45 | 只看该作者\n棠香老幺 发表于 2014-6-20 22:16\n"
        "环湖路通了好，周末带娃去骑车。\n回复　　使用道具　　举报\n")
    assert [s.headline for s in page.stories if s.headline] == ["城区24个老旧小区今年实施“微改造”"]
    for chrome in ("返回列表　　发新帖", "查看: 4127|回复: 6", "龙水湖边的鱼", "沙发", "中级会员",
                   "回复　　使用道具　　举报", "棠香老幺 发表于 2014-6-20 22:16"):
        assert chrome in page.noise, chrome


def test_an_ocr_services_replies_saved_as_json():
    page = segment(
        '{"log_id": 1731456209837265151, "words_result_num": 3, "words_result": [\n'
        '    {"words": "酉阳报"},\n    {"words": "2009年4月16日 星期四"},\n'
        '    {"words": "第2版 综合新闻"}\n]}\n\n'
        '{"log_id": 1731456263312805437, "words_result_num": 4, "words_result": [\n'
        '    {"words": "我县今年将硬化农村公路500公里"},\n    {"words": "本报记者 杨 柳"},\n'
        '    {"words": "本报讯 4月14日，记者从县交通局获悉，今年我县将按照\\"统一规划\\"的原则"},\n'
        '    {"words": "硬化农村公路500公里。"}\n]}\n')
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "我县今年将硬化农村公路500公里", ("杨柳",), "2009-04-14")
    assert "“统一规划”" in story.paragraphs[0] or '"统一规划"' in story.paragraphs[0]
    assert not any("words" in p for p in story.paragraphs)


def test_a_news_feeds_source_rss_each_item_a_story():
    page = segment(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
        "    <title>\n      南川网 - 南川新闻\n    </title>\n"
        "    <description>\n      南川区融媒体中心主办\n    </description>\n"
        "    <lastBuildDate>Tue, 14 Oct 2025 18:02:11 +0800</lastBuildDate>\n"
        "    <item>\n      <title>\n        金佛山景区迎来今秋首批研学团\n      </title>\n"
        "      <link>https://example.cn/a/1.html</link>\n      <dc:creator>罗　丹 何川</dc:creator>\n"
        "      <category>南川新闻</category>\n"
        "      <pubDate>Tue, 14 Oct 2025 17:46:30 +0800</pubDate>\n"
        "      <description>\n        <![CDATA[\n"
        "        <p>　　10月13日，300余名中学生走进金佛山景区开展研学活动。</p>\n"
        "        <p>　　景区负责人介绍，今年已接待研学团队40余批。</p>\n        ]]>\n"
        "      </description>\n    </item>\n"
        "    <item>\n      <title>城区新增停车位800个</title>\n"
        "      <dc:creator>南川网</dc:creator>\n"
        "      <pubDate>Mon, 13 Oct 2025 09:15:27 +0800</pubDate>\n"
        "      <description><![CDATA[ <p><img src=\"https://example.cn/p.jpg\" /></p>"
        "<p>　　10月12日，城区新建的两处停车场投用，新增车位800个。</p> ]]></description>\n"
        "    </item>\n  </channel>\n</rss>\n")
    assert [(s.headline, s.reporters, s.date) for s in page.stories] == [
        ("金佛山景区迎来今秋首批研学团", ("罗丹", "何川"), "2025-10-13"),
        ("城区新增停车位800个", (), "2025-10-12")]
    first, second = page.stories
    assert first.paragraphs == ("10月13日，300余名中学生走进金佛山景区开展研学活动。",
                                "景区负责人介绍，今年已接待研学团队40余批。")
    assert second.paragraphs == ("10月12日，城区新建的两处停车场投用，新增车位800个。",)
    # the feed's own title and blurb are its site's, no story's; its name and day head the
    # page, as a web edition's head does
    assert not any("南川网" in s.headline or "主办" in " ".join(s.paragraphs)
                   for s in page.stories)
    assert (page.paper, page.date, page.banner) == ("南川网", "2025-10-14", None)


def test_a_news_feeds_source_atom_its_full_text_over_its_summary():
    page = segment(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "  <title>綦江发布</title>\n  <updated>2024-05-20T10:00:00+08:00</updated>\n"
        "  <entry>\n    <title>东溪古镇端午龙舟赛开赛</title>\n"
        "    <author>\n      <name>陈　静</name>\n    </author>\n"
        "    <published>2024-05-19T20:10:00+08:00</published>\n"
        "    <summary>端午前夕，东溪古镇举行龙舟赛。</summary>\n"
        "    <content type=\"html\">\n      <p>5月19日，东溪古镇举行龙舟赛，12支队伍参赛。</p>\n"
        "    </content>\n  </entry>\n"
        "  <entry>\n    <title>区图书馆延长开放时间</title>\n"
        "    <published>2024-05-18T09:00:00+08:00</published>\n"
        "    <content type=\"html\">\n      <p>5月18日起，区图书馆每晚开放至21时。</p>\n"
        "    </content>\n  </entry>\n</feed>\n")
    assert [(s.headline, s.reporters, s.paragraphs) for s in page.stories] == [
        ("东溪古镇端午龙舟赛开赛", ("陈静",), ("5月19日，东溪古镇举行龙舟赛，12支队伍参赛。",)),
        ("区图书馆延长开放时间", (), ("5月18日起，区图书馆每晚开放至21时。",))]
    assert [s.date for s in page.stories] == ["2024-05-19", "2024-05-18"]


def test_a_digitisations_header_and_notes_are_no_story():
    page = segment(
        "江北县地方报纸数字化　OCR识别文本（未经人工校对）\n"
        "题名：江北报　日期：1983-05-06　版次：1　胶片号：JBB-83-02　帧号：0112\n"
        "（□为无法识别字符，〔〕内为著录员注）\n\n"
        "鱼嘴公社夏收夏种进度快\n"
        "　　本报讯　五月四日，鱼嘴公社各大队抢晴收割小麦。\n\n"
        "本页文字由OCR自动识别，可能存在错误，仅供参考\n")
    story, = page.stories
    assert story.headline == "鱼嘴公社夏收夏种进度快"
    assert len(page.noise) == 4
    # a sentence about such work is a story's text
    story, = segment("区档案馆启用新系统\n"
                     "　　区档案馆采用OCR识别文本技术，将10万页档案数字化。\n").stories
    assert story.paragraphs == ("区档案馆采用OCR识别文本技术，将10万页档案数字化。",)


def test_a_clippings_albums_head_is_no_story():
    page = segment(
        "綦江区图书馆　地方文献剪报资料（扫描件OCR）\n"
        "专题：綦江农民版画　　　　　　　第3册　　第17页\n"
        "剪辑整理：刘　芸　　　　　　　　2021年3月22日\n\n"
        "〔剪报来源：《重庆日报》2008年4月21日　第3版〕\n\n"
        "农民版画进京展出\n"
        "　　本报讯（记者　何　川）4月19日，綦江农民版画展在京开幕。\n")
    assert [s.headline for s in page.stories] == ["农民版画进京展出"]
    for head in ("专题：綦江农民版画　　　　　　　第3册　　第17页", "剪辑整理：刘　芸　　2021年3月22日"):
        assert lines.classify(1, head).rule == "copy-note", head


def test_a_rolls_rows_of_names_with_their_posts_in_brackets_side_by_side_are_text():
    page = segment(
        "我县6人获评“最美河长”\n"
        "　　3月5日，县河长办公布第二届“最美河长”评选结果。名单如下：\n\n"
        "冉德明（龙潭镇党委副书记、镇长、镇级河长）　　谭小琴（石堤镇清泉村村主任）\n"
        "欧阳建（县水利局河湖管理科科长、县河长办副主任）　　杨　波（后坪乡副乡长）\n"
        "何光荣（丁市镇党委书记）　　　　舒　兰（重庆市酉阳县生态环境监测站站长）\n\n"
        "　　县河长办负责人表示，将广泛宣传他们的事迹。\n")
    story, = page.stories
    assert story.headline == "我县6人获评“最美河长”"
    assert len(story.paragraphs) == 5
    assert story.paragraphs[2].startswith("欧阳建（县水利局河湖管理科科长")


def test_a_notice_signed_in_the_common_eras_year_and_a_two_phrase_head():
    page = segment(
        "大　公　報　　重慶版　　公元一九五〇年十月十二日　星期四　　第三版\n\n"
        "第三區工人業餘學校開學\n　　【本報訊】本市第三區第一所工人業餘學校，於本月八曰晚舉行開學典禮。\n\n"
        "重慶市人民政府衛生局佈告\n衛字第十七號\n　　本局定於十月十五日起在本市各區舉辦免費預防注射。\n"
        "　　此佈\n　　　　　　　局長　孫克明\n　　　　公元一九五O年十月十日\n\n"
        "米價平穩　市民安心\n　　【本報訊】本市糧食市場近日供應充足，米價平穩。\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("第三區工人業餘學校開學", "1950-10-08"), ("重慶市人民政府衛生局佈告", "1950-10-10"),
        ("米價平穩　市民安心", None)]


def test_a_papers_head_printed_again_over_each_saved_article():
    page = segment(
        "秀山报\n2023年09月26日　星期二\n第03版：综合新闻　　　　版面导航 ∨\n"
        "秀山花灯进校园\n融媒体记者　杨　林\n本报讯（融媒体记者　杨　林）9月22日下午，中和街道第一小学开设花灯课。\n"
        "上一篇　　　下一篇\n返回版面　　往期回顾\n\n"
        "秀山报\n2023年09月26日　星期二\n第03版：综合新闻　　　　版面导航 ∨\n"
        "县城至川河盖旅游公路完成改造\n融媒体记者　龙　燕\n本报讯（融媒体记者　龙　燕）9月24日，公路完成改造。\n")
    assert [s.headline for s in page.stories] == ["秀山花灯进校园", "县城至川河盖旅游公路完成改造"]
    assert not page.diagnostics


def test_a_browsers_warnings_a_posts_correction_note_and_underline_counts():
    page = segment(
        "您当前使用的浏览器版本过低或处于兼容模式，为获得更好的浏览体验，请升级浏览器或切换至极速模式。\n"
        "汇聚向上的力量　　　　　　　　打开APP\n\n"
        "今年小学一年级网上报名6月15日开始\n巴南发布　2022-06-13 18:30\n文章已于2022-06-14修改\n\n"
        "6月13日，记者从区教委获悉，今年小学一年级新生网上报名将于6月15日开始。\n87人划线\n"
        "您的浏览器不支持 video 标签。\n"
        "区教委提醒，请家长错峰填报，以免影响孩子入学。35人划线\n")
    story, = page.stories
    assert story.headline == "今年小学一年级网上报名6月15日开始"
    assert story.paragraphs == ("6月13日，记者从区教委获悉，今年小学一年级新生网上报名将于6月15日开始。",
                                "区教委提醒，请家长错峰填报，以免影响孩子入学。")
    assert page.banner is None


def test_pictures_a_machine_drew_and_a_day_named_with_a_dot():
    page = segment(
        "AI“老照片”走红网络　专家提醒：别当史料用\n\nAI绘图　上游新闻·重庆晨报记者　谭　舟\n\n"
        "上游新闻·重庆晨报记者　程　雪\n\n近日，一组“老重庆街景”照片在网上流传，其实是AI生成的。\n\n"
        "▲AI复原的南宋时期钓鱼城街市场景。（图片由AI生成）\n\n以上内容由AI生成，仅供参考\n\n\n"
        "三峡博物馆“5·18”推出20余项活动\n\n"
        "本报讯　（上游新闻·重庆晨报记者　许　悦）记者昨日从重庆中国三峡博物馆获悉，该馆将推出20余项活动。\n\n"
        "▲重庆中国三峡博物馆推出的活动海报。海报由AI辅助生成　重庆中国三峡博物馆供图\n")
    first, second = page.stories
    assert (first.reporters, first.photographers, len(first.captions)) == (("程雪",), (), 1)
    assert "以上内容由AI生成，仅供参考" in page.noise
    assert (second.headline, second.section, len(second.captions)) == (
        "三峡博物馆“5·18”推出20余项活动", None, 1)


def test_a_typesetters_file_of_founders_batch_system():
    page = segment(
        "〖HJ*3〗〖HT5SS〗\n〖HT6SS〗江津报〓〓〓〓一九九五年六月十六日〓星期五〓〓〓〓第二版\n〖HT〗↙\n〖KH1〗\n"
        "〖JZ〗〖HT1XBS〗我市夏收夏种基本结束〖HT〗↙\n"
        "〖KH*2〗〖HT5SS〗〓〓本报讯〓（记者〓周〓平）截至6月14日，全市小春粮油收获全面结束，共收获\n"
        "小麦、油菜四十五万亩。↙\n〓〓市农业局局长钟国华说，今年全市推广水稻旱育秧二十三万亩。↙\n"
        "〖KH1〗\n〖JZ〗〖HT3H〗椒乡六月采摘忙〖HT〗↙\n〖TPJJ0616-2.TIF;%60%60〗\n"
        "〖JY〗〖HT6SS〗杨〓勇〓摄〖HT〗↙\n〖HT5SS〗〓〓6月13日，先锋镇的青花椒进入采摘旺季。↙\n")
    first, second = page.stories
    assert (first.headline, first.reporters, first.date) == ("我市夏收夏种基本结束", ("周平",), "1995-06-14")
    assert first.paragraphs == ("截至6月14日，全市小春粮油收获全面结束，共收获小麦、油菜四十五万亩。",
                                "市农业局局长钟国华说，今年全市推广水稻旱育秧二十三万亩。")
    assert (second.headline, second.photographers) == ("椒乡六月采摘忙", ("杨勇",))


def test_january_called_yuanyue_and_a_day_in_brackets_inside_its_word():
    page = segment(
        "丰　都　报　　　　第二版　　农　村　　　　一九九O年元月十八日　星期四\n\n"
        "我县冬修水利进度快质量好\n　　本报讯　截至元月15日，全县已完成冬修水利工程一千二百处。\n\n"
        "生猪上市量大增\n　　本报讯　元月16曰，县食品公司收购生猪三百余头。\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("我县冬修水利进度快质量好", "1990-01-15"), ("生猪上市量大增", "1990-01-16")]
    assert page.date == "1990-01-18"
    page = segment(
        "三峡都市报　　2005年4月14日　星期四　　A6　区县新闻\n\n"
        "万州千名志愿者清理江岸垃圾\n　　本报讯　昨（13）日，万州区千名志愿者来到长江边清理垃圾。\n\n"
        "开县十万亩春茶开园采摘\n　　本报讯　前（l2）曰，开县十万亩春茶开园。\n")
    assert [s.date for s in page.stories] == ["2005-04-13", "2005-04-12"]


def test_a_horoscope_boxs_signs_are_its_items():
    page = segment(
        "星座周运\n天蝎当道　本周适合“慢下来”\n（10.27—11.2）\n文/苏小菲\n"
        "白羊座（3.21—4.19）\n综合★★★☆☆　本周工作上有新任务落到你身上。幸运色：红色　幸运数字：7\n"
        "金牛座（4.20—5.20）\n综合★★★★☆　财运不错，周三前后或有一笔意外收入。幸运色：咖啡色　幸运数字：2\n"
        "双子座（5.21—6.21）\n综合★★☆☆☆　说话容易得罪人，开会时多听少说。幸运色：浅蓝色　幸运数字：5\n")
    story, = page.stories
    assert [item.heading for item in story.items] == [
        "白羊座（3.21—4.19）", "金牛座（4.20—5.20）", "双子座（5.21—6.21）"]
    assert story.reporters == ("苏小菲",)


def test_a_place_or_units_name_over_its_news_is_the_kicker():
    page = segment(
        "江北观音桥步行街\n夜市摊点将统一管理\n本报讯（记者　李　想）6月11日，记者从江北区获悉，夜市摊点将统一管理。\n\n"
        "沙坪坝区织布生产合作社\n提前完成第二季度计划\n【本报讯】该社全体社员鼓足干劲，提前完成了计划。\n\n"
        "梁山灯戏“搬”进景区\n游客在家门口看大戏\n本报讯　8月3日，梁山灯戏在双桂湖景区开演。\n")
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        ("江北观音桥步行街", "夜市摊点将统一管理", None),
        ("沙坪坝区织布生产合作社", "提前完成第二季度计划", None),
        (None, "梁山灯戏“搬”进景区", "游客在家门口看大戏")]


def test_a_page_tops_air_quality_line_is_furniture():
    page = segment(
        "云阳报　　　　2017年12月5日　星期二　　　　第3版　民生\n"
        "城区空气质量（12月4日）：良　AQI 68　首要污染物：PM2.5\n\n"
        "城区天然气供应有保障\n本报讯（记者　谭　敏）12月4日，记者从县发展改革委获悉，今冬城区天然气供应有保障。\n")
    story, = page.stories
    assert story.headline == "城区天然气供应有保障"
    assert "城区空气质量（12月4日）：良　AQI 68　首要污染物：PM2.5" in page.noise


def test_a_teachers_credit_under_a_pupils_piece_is_the_storys_note_and_names_the_teacher(
        tmp_path):
    from cqnews_site.analyse.tagger import Tagger
    from cqnews_site.config import Config
    from cqnews_site.index.archive import build_archive
    from cqnews_site.inputs.resources import Resources
    from cqnews_site.site import render

    page = segment(
        "外婆的菜园\n永川区萱花小学五年级　周语桐\n"
        "　　外婆家在古镇边上，屋后有一块小小的菜园。我终于懂了外婆说的话。\n"
        "（指导老师：陈　敏）\n\n"
        "我家的小狗\n区实验小学三年级　何思远\n　　我家的小狗叫豆豆，它最喜欢追着我跑。\n")
    story = page.stories[0]
    assert story.notes == ("（指导老师：陈　敏）",)
    assert story.paragraphs[-1].endswith("我终于懂了外婆说的话。")  # no part of the text
    assert "（指导老师：陈　敏）" not in page.noise and page.stories[1].notes == ()
    tagged = Tagger.load(Resources.load(Config(cache=tmp_path))).tag_page(page)
    assert [(m.name, m.titles) for m in tagged.stories[0].people] == [("陈敏", ("指导老师",))]
    archive = build_archive([tagged], Resources.load(Config(cache=tmp_path)))
    files = render.render_site(archive, Config(cache=tmp_path))
    shown = files[f"stories/{archive.stories[0].id}.html"].decode()
    assert 'class="note story-note"' in shown and "指导老师" in shown
    # the teacher's name, padded as printed, links to her page
    assert re.search(r'<a class="ent" href="[^"]+">陈　敏</a>', shown)


def test_a_roll_of_names_and_posts_inside_a_notice_is_its_text_not_heads():
    page = segment(
        "我区表彰道德模范\n\n　　本报讯　9月26日，我区召开道德模范表彰大会。（记者　王　川）\n\n"
        "第六届道德模范名单\n\n"
        "见义勇为模范（2名）\n周建国（已故）　　　宝顶镇化龙村村民\n罗　强　　　　　　　区公交公司驾驶员\n"
        "诚实守信模范（2名）\n黄春梅　　　　　　　棠香街道个体工商户\n杨德友　　　　　　　三驱镇种粮大户\n")
    assert [(s.headline, len(s.items)) for s in page.stories] == [
        ("我区表彰道德模范", 0), ("第六届道德模范名单", 0)]
    roll = page.stories[1]
    assert "周建国（已故）" in roll.text and "诚实守信模范（2名）" in roll.text
    assert roll.reporters == ()


def test_a_report_opening_with_who_then_the_day_is_dated_by_that_day():
    # '市民刘女士前天来电：…': the caller, then the day counted back from the page's date.
    assert dates.opening_day("市民刘女士前天来电：楼下油烟大。", "2025-08-14") == (
        "市民刘女士8月12日来电：楼下油烟大。")
    assert dates.opening_day("我市昨日迎来今年首场降雪。", "2025-01-20") == (
        "我市1月19日迎来今年首场降雪。")
    # A span up to today names no day of the report.
    assert dates.opening_day("直到今天，老街仍保留着石板路。", "2025-01-20") == (
        "直到今天，老街仍保留着石板路。")
    assert dates.opening_day("从今天起，全市实行新规。", "2025-01-20") == "从今天起，全市实行新规。"


def test_pandocs_attribute_blocks_and_hard_breaks_are_no_text():
    # A WeChat article saved by pandoc: '{#id .class}' after the title, a link or an image,
    # a backslash for each hard line break.
    page = segment_md(
        "# 村里的共享菜园火了 {#activity-name .rich_media_title}\n\n"
        "[原创]{#copyright_logo .meta_original_tag} 长寿区融媒体中心 [长寿发布]"
        "(javascript:void(0);){#js_name} *2021-06-18 17:30*\n\n"
        "![](https://mmbiz.qpic.cn/a/640?wx_fmt=gif){.rich_pages .wxw-img}\n\n"
        "**点击上方蓝字**\\\n**关注我们**\n\n"
        "6月13日，高峰村的共享菜园里热闹起来。\n\n"
        "▲市民在菜园里采摘蔬菜。\\\n记者　李　航　摄\n")
    assert [s.headline for s in page.stories] == ["村里的共享菜园火了"]
    story = page.stories[0]
    assert story.paragraphs == ("6月13日，高峰村的共享菜园里热闹起来。",)
    assert story.photographers == ("李航",)
    assert not any("{" in p or "\\" in p for p in story.paragraphs + story.captions)


def test_a_span_of_tracked_changes_is_not_taken_for_pandoc_attributes():
    assert lines.pandoc_markup(
        ["活动[300]{.deletion}[320]{.insertion}余场", "甲\\", "乙\\", "丙"]) == [
        "活动[300]{.deletion}[320]{.insertion}余场", "甲", "乙", "丙"]
    assert lines.pandoc_markup(["C:\\", "一行"]) == ["C:\\", "一行"]  # one mark: as it is


def test_labels_grouping_a_pages_stories_are_their_sections():
    page = segment(
        "■主城都市区\n\n璧山银杏进入最佳观赏期\n\n上游新闻·重庆晨报记者　罗　兰\n\n"
        "连日来，璧山区秀湖公园的银杏叶由绿转黄。\n\n"
        "荣昌卤鹅师傅拿到证书\n\n上游新闻·重庆晨报记者　黄　静\n\n11月6日，认定结果公布。\n\n"
        "■渝东南武陵山区城镇群\n\n酉阳师生同跳摆手舞\n\n文/图　上游新闻·重庆晨报记者　白　杨\n\n"
        "11月6日，酉阳县校园摆手舞展演举行。\n")
    assert [(s.headline, s.section) for s in page.stories] == [
        ("璧山银杏进入最佳观赏期", "主城都市区"), ("荣昌卤鹅师傅拿到证书", "主城都市区"),
        ("酉阳师生同跳摆手舞", "渝东南武陵山区城镇群")]
    assert page.stories[2].reporters == page.stories[2].photographers == ("白杨",)


def test_a_browser_title_over_a_saved_pages_chrome_is_chrome():
    page = segment(
        "区人大常委会召开主任会议\n\n发布时间：2023-06-28 10:00　　来源：区人大常委会办公室\n\n"
        "6月28日，区人大常委会召开主任会议。\n\n"
        "区人大常委会举行宪法宣誓仪式-江津人大\n江津人大\n"
        "首页　　人大要闻　　常委会工作　　代表工作　　人事任免　　公告公示\n"
        "当前位置：首页 > 人大要闻\n\n"
        "区人大常委会举行宪法宣誓仪式\n\n发布时间：2023-06-29 18:20　　来源：区人大常委会办公室\n\n"
        "6月29日，区人大常委会举行宪法宣誓仪式。\n")
    assert [s.headline for s in page.stories] == ["区人大常委会召开主任会议",
                                                  "区人大常委会举行宪法宣誓仪式"]
    titled = trace("区人大常委会举行宪法宣誓仪式-江津人大 / 江津人大 / 区人大常委会举行宪法宣誓仪式 / "
                   "记者　李　明 / 6月29日，仪式举行。")
    assert (titled.lines[0].kind, titled.lines[0].rule) == (lines.Kind.NOISE, "browser-title")
    assert titled.page.stories[0].headline == "区人大常委会举行宪法宣誓仪式"
    # A label and a number joined by a dash is no browser title.
    page = segment("寻亲信息\n\n本报讯　6月29日，本报收到两条寻亲信息。\n\n"
                   "寻亲编号：WB2019-0371\n\n寻亲人：刘德芬，现居南岸区。\n")
    assert any("WB2019-0371" in p for s in page.stories for p in s.paragraphs)


def test_signers_side_by_side_under_an_address_close_it():
    page = segment(
        "新年贺词\n\n　　钟声回荡，岁序更新。我们谨向全区人民致以新年的祝福。\n\n"
        "　　　　中共重庆市某区委书记　　　　　　　　重庆市某区人民政府区长\n"
        "　　　　　　　周永瑞　　　　　　　　　　　　　　　谭　远\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　　2015年12月31日\n\n"
        "区领导走访慰问困难群众\n\n　　本报讯（记者　陈　曦）12月30日，区领导走访慰问困难群众。\n")
    assert [s.headline for s in page.stories] == ["新年贺词", "区领导走访慰问困难群众"]
    assert page.stories[0].date == "2015-12-31"
    assert "周永瑞" in page.stories[0].paragraphs[-2]


def test_an_e_papers_field_line_with_the_writer_first_is_its_information_line():
    page = segment(
        "巫山报数字报\n2021年07月13日　星期二\n\n"
        "第03版：综合　　　　　　　　　　　　【字号：大　中　小】\n"
        "曲尺乡脆李进入采摘旺季\n作者：融媒体记者　向　丽　通讯员　黄　成　　来源：巫山报　　"
        "日期：2021-07-13\n\n　　本报讯（融媒体记者　向　丽　通讯员　黄　成）7月11日清晨，李子林里"
        "一片繁忙。\n\n"
        "第03版：综合　　　　　　　　　　　　【字号：大　中　小】\n"
        "乡镇传真\n作者：　　来源：巫山报　　日期：2021-07-13\n\n"
        "　　骡坪镇：脆李分拣中心投入使用\n\n　　本报讯　7月8日，骡坪镇脆李分拣中心投入使用。\n")
    first = page.stories[0]
    assert (first.headline, first.reporters, first.date) == (
        "曲尺乡脆李进入采摘旺季", ("向丽", "黄成"), "2021-07-11")
    assert all("作者" not in p for s in page.stories for p in s.paragraphs)


def test_a_back_issue_calendar_and_a_list_of_the_pages_titles_are_chrome():
    page = segment(
        "江津日报数字报\n2012年11月16日　星期五\n第02版：综合新闻\n"
        "本版标题\n·花椒林完成冬管\n·城际公交开通\n往期检索\n<<　　2012年11月　　>>\n"
        "日\t一\t二\t三\t四\t五\t六\n\t\t\t\t1\t2\t3\n4\t5\t6\t7\t8\t9\t10\n"
        "11\t12\t13\t14\t15\t16\t17\n\n\n"
        "花椒林完成冬管\n2012-11-16　　来源：江津日报　　作者：周　琳\n\n"
        "　　本报讯（记者　周　琳）11月14日，全区花椒林完成冬管。\n\n"
        "城际公交开通\n2012-11-16　　来源：江津日报　　作者：邓　丽\n\n"
        "　　本报讯（记者　邓　丽）11月15日，城际公交开通。\n")
    assert [s.headline for s in page.stories] == ["花椒林完成冬管", "城际公交开通"]
    assert all(not re.search(r"\d+\s+\d+\s+\d+", p) for s in page.stories for p in s.paragraphs)


def test_a_resumes_lines_after_a_long_one_stay_its_text():
    page = segment(
        "某区人民代表大会常务委员会任免名单\n\n发布时间：2023-06-30 16:05　　来源：区人大常委会\n\n"
        "（2023年6月29日某区人大常委会第十一次会议通过）\n\n任命：\n陈　刚为某区经济和信息化委员会主任。\n\n"
        "附：新任命人员简历\n\n陈刚，男，汉族，1976年11月生，重庆綦江人，研究生学历。\n"
        "1995.09—1999.07　西南师范大学经济学专业学习\n"
        "2010.09—2016.05　某区工业园区管委会副主任（其间：2012.09—2014.07在西南大学在职研究生"
        "学习，获经济学硕士学位）\n"
        "2016.05—2020.03　某区双福街道党工委书记\n2020.03—　　　某区经济和信息化委员会主任\n")
    assert len(page.stories) == 1
    story = page.stories[0]
    assert story.subtitle == "（2023年6月29日某区人大常委会第十一次会议通过）"
    assert any("双福街道党工委书记" in p for p in story.paragraphs)


def test_a_follow_up_recalling_the_earlier_report_and_its_recap_box():
    page = segment(
        "重庆晚报　2012年3月21日　星期三\n\n新闻追踪\n\n本报报道环卫工捡到3万元苦等失主\n"
        "失主找到了　硬塞500元被婉拒\n\n记者　刘　洋\n\n"
        "“就是这个包！”昨日上午10点过，失主张先生在环卫所领回了提包。\n\n"
        "【前情回顾】\n\n3月19日清晨6点过，环卫工人陈秀芬捡到一个黑色提包，包内有现金3万元。"
        "本报3月20日以《环卫工捡到3万元现金苦等失主》为题进行了报道。\n\n\n"
        "男子一个月偷了7辆电动车\n\n记者　王　静\n\n昨日，记者从九龙坡区公安分局获悉此事。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("本报报道环卫工捡到3万元苦等失主", "失主找到了　硬塞500元被婉拒"),
        (None, "男子一个月偷了7辆电动车")]
    assert page.stories[0].paragraphs[-1].endswith("为题进行了报道。")


def test_an_articles_own_contents_box_lists_its_subheads():
    page = segment(
        "一片黄连的“身价”之变\n——黄水镇黄连产业转型升级调查\n\n"
        "2023-06-21 08:16　　来源：石柱新闻网　　作者：向　婷\n\n"
        "文章目录\n1　从“论斤卖”到“论克卖”\n2　连地装上“智慧大脑”\n收起∧\n\n"
        "　　石柱是全国闻名的“黄连之乡”。\n\n从“论斤卖”到“论克卖”\n\n"
        "　　6月19日，记者走进黄水镇的一家中药饮片企业。\n\n连地装上“智慧大脑”\n\n"
        "　　在万胜坝村的黄连种植基地，一排排遮阳棚下装着传感器。\n")
    assert [s.headline for s in page.stories] == ["一片黄连的“身价”之变"]
    story = page.stories[0]
    assert [story.paragraphs[i] for i in story.subheads] == [
        "从“论斤卖”到“论克卖”", "连地装上“智慧大脑”"]


def test_a_columns_items_listed_as_markdown_links_over_their_indented_text():
    page = segment_md(
        "## 镇街动态\n\n"
        "-   [路孔镇：龙舟队开桨训练](http://example.gov.cn/a.html)![](http://example.gov.cn/new.gif)"
        "2017-05-16\n    \n    5月15日傍晚，路孔镇的龙舟队开桨训练。\n    \n"
        "    （供稿：路孔镇　撰稿：黄　霞）\n"
        "-   [安富街道举办陶艺培训班](http://example.gov.cn/b.html)2017-05-15\n    \n"
        "    5月12日，安富街道举办陶艺技能培训班。\n\n"
        "-   [首页](http://example.gov.cn/)\n-   [政务公开](http://example.gov.cn/zwgk/)\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("路孔镇：龙舟队开桨训练", ("黄霞",)), ("安富街道举办陶艺培训班", ())]


def test_a_pieces_genre_in_brackets_is_no_part_of_its_headline_nor_its_deck():
    page = segment(
        "“背篓银行”进山来（特写）\n\n　　本报讯　清晨，信用社的背篓银行进了山。\n\n"
        "减负要减到实处\n（短评）\n\n　　本版今天刊登的清理农民负担的消息，读来令人高兴。\n")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("“背篓银行”进山来", None), ("减负要减到实处", None)]


def test_a_word_broken_with_a_hyphen_goes_on_even_before_a_colon():
    page = segment("大春栽插全面铺开\n　　本报讯　该乡龙井村村民唐德-\n富说：“旱秧根多，栽下去\n不缓苗。”\n")
    assert page.stories[0].paragraphs == ("该乡龙井村村民唐德富说：“旱秧根多，栽下去不缓苗。”",)


def test_a_whole_quotation_with_a_comma_heads_over_its_dashed_deck():
    page = segment("“年轻人回来了，村里才有盼头”\n\n——访东安镇鹿坪村党支部书记谭晓峰\n\n"
                   "融媒体记者　周　燕\n\n　　今年1月，谭晓峰当选村党支部书记。\n")
    (story,) = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "“年轻人回来了，村里才有盼头”", "访东安镇鹿坪村党支部书记谭晓峰", ("周燕",))


def test_a_features_summary_over_a_short_line_is_its_kicker_and_names_are_changed():
    page = segment("大巴山深处，一位乡村女教师七年照看23名留守孩子\n山坳里的“周末妈妈”\n"
                   "时报记者　郑　宇\n（文中儿童均为化名）\n\n　　11月6日清晨，天还没亮，何春兰就起床了。\n\n"
                   "▲何春兰在给孩子们检查作业。　时报记者　郑　宇　摄\n\n　　孩子们陆续醒来。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline) == (
        "大巴山深处，一位乡村女教师七年照看23名留守孩子", "山坳里的“周末妈妈”")
    assert story.photographers == ("郑宇",)  # 时报, the paper's short name, is no one
    assert "（文中儿童均为化名）" in page.noise


def test_a_contests_rank_before_a_works_title_is_its_section():
    page = segment("一等奖　《梯田新绿》\n\n　　初夏，中山镇的梯田里，农民们正忙着插秧。\n\n"
                   "我市“迎直辖·看江津”摄影比赛揭晓\n\n　　本报讯（记者　何德胜）6月28日，比赛揭晓。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("一等奖", "《梯田新绿》"), (None, "我市“迎直辖·看江津”摄影比赛揭晓")]


def test_letters_under_a_readers_pages_columns_with_a_reply_to_the_paper():
    page = segment(
        "群众呼声\n买蜂窝煤为啥这样难？\n　　编辑同志：\n　　附近的煤店经常缺货，希望有关部门查一查。\n"
        "　　　　　　　　九龙坡区杨家坪　读者　吴素珍\n\n"
        "来信反响\n公交公司整顿二〇三路车“甩站”问题\n重庆日报编辑部：\n"
        "　　贵报四月十二日第二版刊登的读者杨文\n华来信收悉。现函复如下：读者反映的情况属实。\n\n"
        "表扬与批评\n拾金不昧的好售货员\n　　编辑同志：\n　　售货员刘淑芬同志把钱包还给了我。\n"
        "　　　　　　　　江北县两路镇　读者　冯光荣\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories] == [
        ("群众呼声", "买蜂窝煤为啥这样难？", ("吴素珍",)),
        ("来信反响", "公交公司整顿二〇三路车“甩站”问题", ()),
        ("表扬与批评", "拾金不昧的好售货员", ("冯光荣",))]


def test_a_copy_guards_marks_leave_the_text_and_measures_stay():
    page = segment(
        "城口新闻网——中共城口县委宣传部主办\n\n岚天乡高山蔬菜陆续上市\n\n"
        "　　本网讯（记者　谭晓峰）6月17日，村民们正忙着采收Dx7kq，货车等候装车。\n\n"
        "　　“我家种了12亩城口新闻网版权所有，估计能收入4万多元。”种植大户王pR9e德贵说。\n\n"
        "　　乡党委书记刘chw3明清介绍，新建的冷库占地650m2，每m28元。\n")
    (story,) = page.stories
    assert story.paragraphs == (
        "6月17日，村民们正忙着采收，货车等候装车。",
        "“我家种了12亩，估计能收入4万多元。”种植大户王德贵说。",
        "乡党委书记刘明清介绍，新建的冷库占地650m2，每m28元。")


def test_an_e_papers_untitled_zones_and_print_buttons_end_its_articles():
    page = segment(
        "第T06版：綦江专版\n\n无标题\n\n[图片]\n\n【字号　大　中　小】　　【打印本页】\n\n"
        "綦江：“南部新城”加速崛起\n\n　　5月12日傍晚，滨河公园里市民三五成群。\n\n"
        "【字号　大　中　小】　　【打印本页】\n\n一季度园区工业产值增长两成\n\n"
        "　　今年一季度，工业总产值增长两成。\n\n【字号　大　中　小】　　【打印本页】\n\n"
        "东溪古镇：千年盐道焕新颜\n\n[图片]\n\n▲游客在东溪古镇游览。　晨报记者　谭　亮　摄\n\n"
        "　　“五一”小长假，东溪古镇游人如织。\n\n　　古镇已有1500多年历史。\n")
    assert [s.headline for s in page.stories] == [
        "綦江：“南部新城”加速崛起", "一季度园区工业产值增长两成", "东溪古镇：千年盐道焕新颜"]
    assert page.banner is None
    last = page.stories[-1]
    # a picture with two paragraphs under it is the story's picture, not its text
    assert last.captions == ("游客在东溪古镇游览。",) and len(last.paragraphs) == 2


def test_a_sites_fields_led_by_the_time_are_its_information_line():
    page = segment("县防汛抗旱指挥部部署防汛工作\n\n"
                   "时间：2013-06-17 17:40　来源：城口新闻网　作者：向东　点击：次\n\n"
                   "　　本网讯（记者　向　东）6月16日，县防汛抗旱指挥部召开会议。\n")
    (story,) = page.stories
    assert story.paragraphs == ("6月16日，县防汛抗旱指挥部召开会议。",)
    assert page.date == "2013-06-17"


def test_an_anniversary_kicks_its_headline_and_a_list_line_is_no_credit():
    page = segment(
        "全县夏粮收购开始\n\n　　本报讯　6月28日，全县夏粮收购开始。\n\n"
        "庆祝建党78周年\n县委表彰一批先进基层党组织和优秀党员\n\n"
        "　　本报讯（记者　罗文斌）6月30日，县委召开表彰大会。\n\n"
        "关于表彰优秀党员的决定\n\n　　一、优秀共产党员（3名）\n"
        "　　胡大川（少云镇长岭村村委会主任）　彭世林\n（县农机站站长）　文小琼（县丝绸厂挡车工）\n"
        "　　为了表彰先进，县委决定，授予唐国富等16名同志称号，\n"
        "授予刘素芬等6名同志“优秀党务工作者”称\n号。\n")
    _, first, second = page.stories
    assert (first.kicker, first.headline) == ("庆祝建党78周年", "县委表彰一批先进基层党组织和优秀党员")
    assert second.subheads == (0,) and second.paragraphs[-1].endswith("“优秀党务工作者”称号。")
    assert "（县农机站站长）　文小琼（县丝绸厂挡车工）" not in page.noise


def test_a_digest_posts_news_under_its_title_with_its_players_card_are_items():
    page = segment(
        "梁平新闻丨金带镇梁平柚喜获丰收　区人民医院新门诊楼投用……\n\n"
        "原创： 梁平区广播电视台  梁平发布  2018-11-20\n\n▼点击收听今日《梁平新闻》\n\n[音频]\n"
        "梁平新闻20181120\n来自梁平发布\n05:12\n\n金带镇梁平柚喜获丰收\n\n"
        "　　11月19日，记者在金带镇看到，柚农正忙着采摘。\n\n（记者　蒋　薇）\n\n"
        "区人民医院新门诊楼正式投用\n\n　　11月20日，区人民医院新门诊楼投入使用。\n\n记者：刘　洋\n\n"
        "编辑：吴　琼\n\n阅读 5623　　　　好看 38\n\n精选留言\n\n双桂老街坊\n梁平柚今年确实甜\n8\n")
    (story,) = page.stories
    assert (story.section, story.headline) == (
        "梁平新闻", "金带镇梁平柚喜获丰收　区人民医院新门诊楼投用……")
    assert [(i.heading, i.reporters) for i in story.items] == [
        ("金带镇梁平柚喜获丰收", ("蒋薇",)), ("区人民医院新门诊楼正式投用", ("刘洋",))]
    assert page.date == "2018-11-20" and "梁平新闻20181120" in page.noise


def test_a_reposts_source_card_and_a_live_shows_booking_card_are_chrome():
    page = segment(
        "7天追回18万元！民警帮七旬老人拿回“养老钱”\n\n黔江发布 2021-07-21 18:05\n\n"
        "以下文章来源于平安黔江 ，作者黔江区公安局\n\n[图片]\n平安黔江\n"
        "黔江区公安局官方政务新媒体，发布警务资讯。\n\n"
        "　　7月20日上午，民警将追回的18万元交到杨德胜手中。\n\n巫溪发布\n直播预约\n"
        "10月1日 10:00 直播\n“秋染红池坝”文旅活动开幕式\n预约\n\n　　届时将有文艺演出。\n")
    (story,) = page.stories
    assert story.headline == "7天追回18万元！民警帮七旬老人拿回“养老钱”"
    assert story.paragraphs == ("7月20日上午，民警将追回的18万元交到杨德胜手中。", "届时将有文艺演出。")


def test_a_posts_credits_one_role_a_line_sign_it_over_its_closing_slogans():
    page = segment(
        "“青春南川”系列报道之三\n\n金佛山下的“茶二代”：把一片叶子种成“金叶子”\n\n"
        "　　11月5日清晨，刘思雨走进茶园。\n\n[图片]\n金佛山下　茶香正浓\n青春南川　未来可期\n\n"
        "出品：中共某区委宣传部\n监制：李　峰\n统筹：向　红\n文字：融媒体记者　陈　露　韦　言\n"
        "摄影：融媒体记者　冉　阳\n视频：融媒体记者　赵一鸣\n海报设计：黄　琪\n审核：张　越\n")
    (story,) = page.stories
    assert (story.section, story.headline) == (
        "“青春南川”系列报道之三", "金佛山下的“茶二代”：把一片叶子种成“金叶子”")
    assert (story.reporters, story.photographers) == (("陈露", "韦言"), ("冉阳", "赵一鸣"))
    assert "出品：中共某区委宣传部" in page.noise and "海报设计：黄　琪" in page.noise


def test_court_notices_with_type_and_case_number_on_one_line_dated_by_signature():
    page = segment(
        "重庆市奉节县人民法院\n公　　告　　　　　　（2013）奉法民特字第00031号\n"
        "　　本院受理申请人冉秀珍申请宣告冉德成死亡一案，经查：冉德成，男，1951年8月12日出生，"
        "于2009年3月外出务工后下落不明。\n"
        "　　　　　　　　　　　　重庆市奉节县人民法院\n　　　　　　　　　　　　二〇一三年七月八日\n\n"
        "讣　告\n　　重庆钢铁公司退休职工刘德容同志，因病医治无效，于1997年11月15日逝世。\n"
        "　　特此讣告。\n\n本报刊登讣告、启事、声明，请持单位证明或本人身份证到本报广告部办理。\n")
    notice, obituary = page.stories
    assert (notice.headline, notice.subtitle, notice.date) == (
        "重庆市奉节县人民法院公告", "（2013）奉法民特字第00031号", "2013-07-08")
    assert obituary.headline == "讣告"  # set letter-spaced, a document's type opens its story
    assert "本报刊登讣告、启事、声明，请持单位证明或本人身份证到本报广告部办理。" in page.noise


def test_a_pages_quotation_box_an_organisation_signing_and_a_credit_to_a_role_only():
    page = segment(
        "重庆日报　　　　　一九七一年六月十七日　星期四　　　　　第二版\n\n"
        "　　　　　　　　　毛　主　席　语　录\n　　　　　　　　　备战、备荒、为人民。\n\n"
        "抓革命　促生产\n巴县夏收夏种进度快\n　　本报讯　巴县社员群众夏收夏种进度很快。\n\n"
        "坚持自力更生　办好合作医疗\n中共长寿县龙河公社委员会\n　　我们公社是一九六九年春天办起合作医疗的。\n\n"
        "图片新闻\n江北县社员抢收油菜\n　　江北县鸳鸯公社社员利用晴天抢收油菜。\n　　　　　本报记者摄\n\n"
        "綦江县供销社送农药下乡\n　　【本报綦江讯】綦江县供销社组织职工送农药下乡。\n\n"
        "重庆市人民政府工商局通告\n　　为了加强对私营工商业的管理，本局决定办理登记。\n")
    assert [(s.kicker, s.headline, s.reporters) for s in page.stories] == [
        ("抓革命　促生产", "巴县夏收夏种进度快", ()),
        (None, "坚持自力更生　办好合作医疗", ()),
        (None, "江北县社员抢收油菜", ()),
        (None, "綦江县供销社送农药下乡", ()),
        (None, "重庆市人民政府工商局通告", ())]
    assert page.stories[3].paragraphs == ("綦江县供销社组织职工送农药下乡。",)
    assert {"毛　主　席　语　录", "中共长寿县龙河公社委员会", "本报记者摄"} <= {
        line.strip() for line in page.noise}


def test_a_transcriptions_head_line_dates_the_page_and_its_notes_are_furniture():
    page = segment("《万县日报》1981年6月2日（星期二）第二版　录入文本\n"
                   "录入说明：原报中字库无法录入的字，在［］内用部件说明。\n\n"
                   "忠县抓好柑桔花期管理\n\n　　本报讯　忠县组织技术人员下乡指导柑桔保花保果。\n\n"
                   "（录入：刘小平　校对：王　芳　2004年3月）\n")
    (story,) = page.stories
    assert (story.headline, page.date) == ("忠县抓好柑桔花期管理", "1981-06-02")


def test_a_story_jumped_and_printed_on_in_the_same_file_is_one_and_pointers_are_furniture():
    page = segment(
        "<< 上一版　　下一版 >>　　　本版PDF　　　版面导航　　　往期回顾\n"
        "【本版稿件】　1.一季度主要经济指标稳中有进　2.冬菜上市正当时\n"
        "提示：本系统已开启“转版稿件合并阅读”，跨版稿件按全文显示。\n\n"
        "一季度主要经济指标稳中有进\n"
        "　　本报讯（记者　冉　静）4月12日，记者从区统计局获悉，一季度全区经济开局平稳。\n"
        "　　工业投资增长28.6%，占全区固定资产投资的比重提高\n（下转第2版）\n\n"
        "一季度主要经济指标稳中有进\n（上接第1版）\n　　近三成。\n"
        "　　消费市场活跃，社会消费品零售总额增长11.2%。\n（全会决议全文见第2版）\n\n"
        "冬菜上市正当时\n　　12月25日，菜农正在采收莴笋。\n")
    first, second = page.stories
    assert first.headline == "一季度主要经济指标稳中有进" and first.reporters == ("冉静",)
    assert first.paragraphs[1:] == ("工业投资增长28.6%，占全区固定资产投资的比重提高近三成。",
                                    "消费市场活跃，社会消费品零售总额增长11.2%。")
    assert second.headline == "冬菜上市正当时"
    assert "（全会决议全文见第2版）" in page.noise
    assert page.noise.count("一季度主要经济指标稳中有进") == 1  # the headline printed again


def test_a_question_under_a_clinic_column_heads_and_a_bracket_closed_below_is_no_head():
    page = segment(
        "晚报短信问诊台\n\n饭后胃胀反酸　要不要做胃镜？\n\n"
        "上周五，消化内科主任医师汪洋做客本报短信问诊台。\n\n"
        "（预约电话：023-63521180　门诊安排如有变动，\n以医院当日公告为准）\n\n"
        "主城新增42家医保定点药店\n\n　　本报讯　4月9日，主城新增42家医保定点药店。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("晚报短信问诊台", "饭后胃胀反酸　要不要做胃镜？"), (None, "主城新增42家医保定点药店")]


def test_a_forums_codes_and_post_chrome_leave_the_reposted_stories():
    page = segment(
        "乌江边的人\nUID 1873　　精华 0　　积分 326　　帖子 241　　注册 2004-8-2\n"
        "发表于 2005-4-13 22:41  资料  短消息  加为好友\n\n"
        "[quote][b]以下是引用[i]白鹤梁在2005-4-13 9:16:42[/i]的发言：[/b]\n\n"
        "[b][size=3][color=blue]城区至李渡新区公交线路下月开通[/color][/size][/b]\n"
        "　　本报讯　记者从区交通局获悉，城区至李渡新区的公交线路将于5月1日开通。[em08]\n\n"
        "[upload=jpg]UploadFile/2005-4/2005413.jpg[/upload]\n[/quote]\n")
    (story,) = page.stories
    assert story.headline == "城区至李渡新区公交线路下月开通"
    assert story.paragraphs == ("记者从区交通局获悉，城区至李渡新区的公交线路将于5月1日开通。",)
    assert page.date != "2004-08-02"  # a user's day of joining dates no page


def segment_article(text: str) -> segmenter.Page:
    """A made-up Markdown file read as the reader reads a .md file (front matter and all)."""
    return segment(text, "made-up.md", is_markdown=True)


def test_a_note_with_front_matter_holding_signed_stories_is_a_page_and_its_links_read():
    page = segment_article(
        "---\ntitle: 2022-08-17 值班稿单\ndate: 2022-08-17\n---\n\n"
        "## 黄水“清凉经济”持续升温\n\n来源：[[石柱融媒体中心]]　记者：[[谭冬梅]]\n\n"
        "8月16日，[[石柱土家族自治县|石柱县]]黄水镇游客如织。\n\n![[20220816_黄水_01.jpg|600]]\n\n"
        "## 西沱镇送水车日夜奔忙保供水\n\n**记者　向　阳**\n\n8月16日下午，[[西沱古镇|西沱]]镇的送水车停在村口。\n")
    assert [(s.headline, s.reporters, s.paragraphs[0]) for s in page.stories] == [
        ("黄水“清凉经济”持续升温", ("谭冬梅",), "8月16日，石柱县黄水镇游客如织。"),
        ("西沱镇送水车日夜奔忙保供水", ("向阳",), "8月16日下午，西沱镇的送水车停在村口。")]


def test_an_article_with_front_matter_and_unsigned_subheads_stays_one_story():
    page = segment_article("---\ntitle: 山里的医生\ndate: 2024-05-01\n---\n\n"
                      "5月1日，记者跟随村医出诊。\n\n## 一条山路\n\n山路很陡。\n\n## 一只药箱\n\n药箱很旧。\n")
    assert [s.headline for s in page.stories] == ["山里的医生"]


def test_a_databases_source_line_dates_the_page_and_a_microfilm_retake_keeps_the_good_shot():
    page = segment("重庆商报/2009年/5月/18日/第B03版\n数码\n“上网本”热销　电脑城周销量翻番\n"
                   "商报记者　杨　帆\n　　本报讯　昨日，记者在石桥铺电脑城看到，上网本很受欢迎。\n")
    (story,) = page.stories
    assert (story.headline, page.date, story.date) == (
        "“上网本”热销　电脑城周销量翻番", "2009-05-18", "2009-05-17")
    page = segment("钢　粱　报　　　一九九六年四月五曰　星期五\n抓住季节不误农吋\n"
                   "　　本报讯　（记者　罗国华）全县四十万亩水稲盲秧基本结朿。\n丶丶丶　丶丶\n"
                   "RETAKE\n重　拍\n铜　梁　报　　　一九九六年四月五日　星期五\n抓住季节不误农时\n"
                   "　　本报讯　（记者　罗国华）全县四十万亩水稻育秧基本结束。\n")
    (story,) = page.stories
    assert (story.headline, page.paper) == ("抓住季节不误农时", "铜梁报")


def test_the_procedure_that_brought_the_news_about_is_its_kicker():
    page = segment("经县委宣传部、忠县日报社、县广播电视台联合评选\n2014年度忠县十大新闻揭晓\n"
                   "　　本报讯（记者　谭　敏）12月29日，2014年度忠县十大新闻评选结果揭晓。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline) == (
        "经县委宣传部、忠县日报社、县广播电视台联合评选", "2014年度忠县十大新闻揭晓")


def test_a_portals_microblog_tags_after_names_are_no_words():
    page = segment("璧山小伙微博卖蓝莓　一周卖出800斤\n\n来源：重庆晚报[微博]　　2012年06月14日\n\n"
                   "　　本报讯（记者　胡　蓉[微博]　实习生　谢　佳）6月13日，璧山小伙在微博上卖蓝莓。\n")
    (story,) = page.stories
    assert story.reporters == ("胡蓉", "谢佳")
    assert story.paragraphs == ("6月13日，璧山小伙在微博上卖蓝莓。",)


def test_a_schedule_set_out_as_rows_is_its_boxs_text():
    page = segment(
        "本周财经日历\n\n6月13日（周一）\n10:00　国家统计局公布5月工业增加值数据\n\n6月16日（周四）\n"
        "02:00　美联储公布利率决议\n待定　日本央行公布利率决议\n（以上均为北京时间）\n\n\n"
        "端午小长假重庆银联卡消费23.6亿元\n\n　　商报讯　昨日，记者从中国银联重庆分公司获悉消费数据。\n")
    box, news = page.stories
    assert (box.headline, news.headline, news.kicker) == (
        "本周财经日历", "端午小长假重庆银联卡消费23.6亿元", None)
    # (a day's weekday in brackets is no one's credit)
    assert box.paragraphs[0].startswith("6月13日（周一）") and box.reporters == ()


def test_an_e_papers_read_aloud_player_and_a_labelled_title_over_its_fields():
    page = segment(
        "我区今年改造老旧小区58个\n本报记者　黄　蕾\n\n语音播报\n本文约350字　预计阅读2分钟\n"
        "（AI合成语音，仅供参考）\n\n　　6月6日，中山路街道萱花社区开始改造楼栋外立面。\n\n【返回目录】\n\n"
        "草街街道：“法律明白人”进村入户\n发布时间：2016-11-03 21:48:05　　来源：合川日报　　作者：蒋琴\n\n"
        "　　10月31日，草街街道组织20余名“法律明白人”进村入户。\n")
    assert [(s.headline, s.paragraphs[0]) for s in page.stories] == [
        ("我区今年改造老旧小区58个", "6月6日，中山路街道萱花社区开始改造楼栋外立面。"),
        ("草街街道：“法律明白人”进村入户", "10月31日，草街街道组织20余名“法律明白人”进村入户。")]


def test_a_judgments_signers_are_its_signature_to_the_clerk_under_the_date():
    page = segment(
        "重庆市璧山区人民法院\n民事判决书\n（2019）渝0120民初3216号\n"
        "　　原告罗文杰诉被告某公司买卖合同纠纷一案，本院依法审理，现已审理终结。\n"
        "　　本判决为终审判决。\n　　　　　　　　审　判　长　　唐　敏\n　　　　　　　　人民陪审员　　王淑华\n"
        "　　　　　　　　二〇一九年六月二十八日\n　　　　　　　　书　记　员　　任小雪\n")
    (story,) = page.stories
    assert story.headline == "重庆市璧山区人民法院民事判决书"
    assert story.paragraphs[-1].replace("\u3000", "").endswith("书记员任小雪")


def test_a_brief_opening_with_the_same_or_the_next_day_is_dated_by_the_brief_above():
    page = segment(
        "梁平报　　2004年3月16日　星期二\n\n县委召开常委会议\n\n　　本报讯　3月10日，县委召开常委会议。\n\n"
        "县人大常委会视察城区道路建设\n\n　　本报讯　同日，县人大常委会组织部分委员视察城区道路建设。\n\n"
        "县政协召开常委会议\n\n　　本报讯　次日，县政协召开常委会议。\n")
    assert [s.date for s in page.stories] == ["2004-03-10", "2004-03-10", "2004-03-11"]


def test_a_box_of_biographies_has_each_as_an_item_and_the_editors_word_is_furniture():
    page = segment(
        "新当选的市长、副市长简历\n\n王承宗同志简历\n　　王承宗，男，汉族，1954年10月生，重庆綦江人。\n"
        "1971.12—1976.09　綦江县赶水区公所干部\n\n周敏华同志简历\n　　周敏华，女，汉族，1960年3月生，四川广安人。\n"
        "2003.01—2008.01　重庆市农业局局长\n\n（其余当选人员简历另行刊登）\n\n\n"
        "市政协三届一次会议闭幕\n\n　　本报讯（记者　黎　明）1月20日下午，市政协会议闭幕。\n")
    box, news = page.stories
    assert [i.heading for i in box.items] == ["王承宗同志简历", "周敏华同志简历"]
    assert (news.headline, news.kicker) == ("市政协三届一次会议闭幕", None)
    assert "（其余当选人员简历另行刊登）" in page.noise


def test_a_title_wrapped_inside_its_quotation_is_one_headline():
    # (a long image's width or a narrow column breaks the title inside the quotation marks)
    page = segment(
        "黔江开通3条乡村客运“公\n交化”线路\n记者　罗　敏\n\n　　5月16日上午，首班车从城西客运站发出。\n\n"
        "重庆市合川区规划和自然资源局\n关于《南津街组团控制性详细规划C12-03/02\n地块局部调整》的批前公示\n\n"
        "　　因片区教育设施配套需要，我局组织编制了调整方案。\n")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("黔江开通3条乡村客运“公交化”线路", None),
        ("重庆市合川区规划和自然资源局关于《南津街组团控制性详细规划C12-03/02地块局部调整》的批前公示",
         None)]


def test_a_reader_views_reading_time_and_the_sites_name_over_each_article_are_furniture():
    page = segment(
        "www.cqkz.gov.cn\n重庆市开州区人民政府\n3–4 分钟\n\n开州区汉丰湖生态修复二期工程开工\n"
        "发布日期：2022-06-09　　来源：区水利局\n\n　　6月8日，汉丰湖生态修复二期工程开工。\n\n"
        "www.cqkz.gov.cn\n重庆市开州区人民政府\n2–3 分钟\n\n临江镇防溺水安全教育走进校园\n"
        "发布日期：2022-06-07　　来源：临江镇\n\n　　6月6日下午，临江镇走进校园开展防溺水教育。\n")
    assert [(s.headline, s.section, s.kicker) for s in page.stories] == [
        ("开州区汉丰湖生态修复二期工程开工", None, None),
        ("临江镇防溺水安全教育走进校园", None, None)]
    assert "3–4 分钟" in page.noise and "重庆市开州区人民政府" in page.noise


def test_a_listed_entrys_bullet_and_month_day_go_and_a_capture_stamp_dates_the_page():
    # The page prints no year: the web archive's capture stamp gives it, and December's
    # entries of a list seen on 5 January are of the year before.
    page = segment(
        "archive.today\nwebpage capture\n5 Jan 2013 02:41:09 UTC\n\n乡镇动态\n\n"
        "■中益乡今年将改造农村危旧房150户　　　　　　　　[01-04]\n"
        "　　1月4日，中益乡召开农村危旧房改造工作会。（中益乡　马　林）\n\n"
        "■临溪镇为留守儿童开办“周末课堂”　　　　　　　　[12-27]\n"
        "　　12月22日，临溪镇为留守儿童开办“周末课堂”。（临溪镇　向　丽）\n")
    assert page.date == "2013-01-05"
    assert [(s.headline, s.date) for s in page.stories] == [
        ("中益乡今年将改造农村危旧房150户", "2013-01-04"),
        ("临溪镇为留守儿童开办“周末课堂”", "2012-12-22")]


def test_a_features_prologue_and_epilogue_are_its_parts_and_the_editors_afterword_a_piece():
    page = segment(
        "青石巷的最后一个秋天\n本报记者　邓　楠\n\n引子\n　　9月9日傍晚，刘福顺把茶馆的招牌取了下来。\n\n"
        "一　茶馆里的最后一桌\n　　茶馆开在青石巷中段。\n\n尾声\n　　9月13日上午，青石巷的拆除开始了。\n\n\n"
        "编后\n　　每一次蓄水，都有一些熟悉的街巷从地图上消失。\n")
    feature, afterword = page.stories
    assert (feature.headline, feature.date) == ("青石巷的最后一个秋天", "--09-09")
    assert [feature.paragraphs[i] for i in feature.subheads] == ["引子", "一　茶馆里的最后一桌", "尾声"]
    assert (afterword.headline, afterword.paragraphs) == (
        "编后", ("每一次蓄水，都有一些熟悉的街巷从地图上消失。",))


def test_a_charts_title_with_its_unit_and_a_tables_note_stay_in_their_story():
    page = segment(
        "7天，重庆人花了218.6亿元\n本报记者　熊　亮\n\n　　2月15日，记者从市商务委获悉，春节消费旺盛。\n\n"
        "近三年春节期间全市餐饮消费构成（单位：亿元）\n■年夜饭　　□日常堂食\n2014年　　12.1　　38.6\n"
        "2015年　　14.8　　41.3\n"
        "注：带*者为统计口径调整后数据\n\n　　节后，全市还将迎来一波短途游小高峰。\n\n\n"
        "除夕当天重庆人收发手机红包1.6亿个\n\n　　记者2月17日从一家移动支付平台获悉，红包数量大增。\n")
    assert [s.headline for s in page.stories] == [
        "7天，重庆人花了218.6亿元", "除夕当天重庆人收发手机红包1.6亿个"]
    assert page.stories[0].paragraphs[-1] == "节后，全市还将迎来一波短途游小高峰。"


def test_a_documents_title_wrapped_by_its_column_and_a_letter_spaced_type_join_the_issuer():
    page = segment(
        "荣昌县人民代表大会常务委员会\n任　免　名　单\n\n　　一、决定任命钟大明为县计划委员会主任。\n\n\n"
        "荣昌县人民代表大会常务委员会\n关于接受刘继光辞去荣昌县人民政\n府副县长职务的决定\n\n"
        "　　县人大常委会第二十次会议决定：接受刘继光辞去县人民政府副县长职务。\n")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("荣昌县人民代表大会常务委员会任免名单", None),
        ("荣昌县人民代表大会常务委员会关于接受刘继光辞去荣昌县人民政府副县长职务的决定", None)]


def test_words_in_bold_inside_a_line_lose_their_marks():
    page = segment_md(
        "# 村里来了个“职业经理人”\n\n记者　何　岚\n\n"
        "“资源是有，就是变不成钱。”村党支部书记**刘明芳**说，村里成立了集体经济组织。\n\n"
        "5月17日，采茶的村民**张桂兰**算了一笔账。\n")
    assert page.stories[0].paragraphs == (
        "“资源是有，就是变不成钱。”村党支部书记刘明芳说，村里成立了集体经济组织。",
        "5月17日，采茶的村民张桂兰算了一笔账。")


def test_a_content_systems_paragraph_tags_and_line_breaks_are_no_text():
    # (a newsroom system's export: its paragraphs' tags and a break inside a sentence)
    assert lines.inline_markup([
        "<p>　　区文化委副主任周红梅介绍，假期全区旅游市场秩序良好。</p>",
        "去年，社区召集居民多次商议，<br/>最终全体住户签字同意加装电梯。",
        "<pre>代码</pre>"]) == [
        "　　区文化委副主任周红梅介绍，假期全区旅游市场秩序良好。",
        "去年，社区召集居民多次商议，最终全体住户签字同意加装电梯。",
        "<pre>代码</pre>"]


def test_a_correspondents_dispatch_line_closes_the_piece_above():
    page = segment(
        "炉火映红万盛场\n——南桐矿区夜战见闻\n本报记者　林　涛\n\n"
        "　　十三日夜里，我们从东林煤矿出来，沿着孝子河往万盛场走。\n\n"
        "（十月十四日寄自南桐矿区）\n\n\n"
        "江北区用土窑炼出合格焦炭\n\n　　江北区猫儿石钢铁厂的职工，经过五天五夜的试验，炼出了合格焦炭。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        (None, "炉火映红万盛场"), (None, "江北区用土窑炼出合格焦炭")]
    assert page.stories[0].paragraphs == ("十三日夜里，我们从东林煤矿出来，沿着孝子河往万盛场走。",)


def test_a_columns_name_over_a_letter_is_the_letters_title():
    page = segment(
        "本市冬季防火运动开始\n\n　　本市冬季防火运动已于本月十五日开始。\n\n\n"
        "来　函　照　登\n编辑同志：\n　　贵报十一月十日第三版刊载的消息有误，特函请予更正。\n"
        "　　这批慰问袋实为三千五百余个，特此说明。\n")
    letter = page.stories[-1]
    assert (letter.headline, letter.section, letter.headline_inferred) == ("来函照登", None, False)


def test_a_hospital_staffers_credit_with_department_and_clinical_rank_signs_the_piece():
    page = segment(
        "一份“个性化”的护理计划\n\n　　5月26日，87岁的刘婆婆因摔倒入院，护理团队为她制订了护理计划。\n"
        "（骨科　主管护师　陈　静）\n\n\n"
        "高温天气谨防热射病\n\n　　入夏以来，我院急诊科已接诊多名中暑患者。\n")
    assert [(s.headline, s.reporters, s.section) for s in page.stories] == [
        ("一份“个性化”的护理计划", ("陈静",), None), ("高温天气谨防热射病", (), None)]


def test_a_byline_of_department_rank_and_name_after_its_mark_signs_the_piece():
    page = segment(
        "我院成功开展首例冠状动脉支架植入术\n\n文/心血管内科　主治医师　张　伟\n\n"
        "　　6月2日上午，我院心血管内科介入团队成功实施了冠状动脉支架植入术。\n")
    (story,) = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "我院成功开展首例冠状动脉支架植入术", None, ("张伟",))
    # (a field's role before padded names is read as a byline first: both writers)
    assert lines.classify(1, "文字：融媒体记者　陈　露　韦　言").names == ("陈露", "韦言")


def test_a_web_clippers_stamp_and_note_are_furniture_not_heads():
    page = segment_md("# 合川区领导活动剪报（2015年11月）\n\n> 本文件由 MarkDownload 剪藏，原文链接保留。\n\n"
                      "---\n\n# 合川区召开第四季度经济工作推进会\n\n"
                      "> 原文链接：http://cq.people.com.cn/n/2015/1120/c365412-27137745.html\n"
                      "> 剪藏时间：2023-03-15 10:42:18\n\n"
                      "人民网重庆11月19日电（记者 刘畅）11月18日，合川区召开第四季度经济工作推进会。\n")
    (story,) = page.stories
    assert (story.headline, story.reporters) == ("合川区召开第四季度经济工作推进会", ("刘畅",))
    assert "剪藏时间：2023-03-15 10:42:18" in page.noise
    assert "本文件由 MarkDownload 剪藏，原文链接保留。" in page.noise
    assert lines.classify(1, "剪藏时间：2023-03-15 10:42:18").kind is lines.Kind.NOISE
    assert lines.classify(1, "收藏时间管理的十个窍门").kind is not lines.Kind.NOISE


def test_a_prize_lists_rows_group_labels_and_jury_are_its_text_under_its_title():
    page = segment("“我的城市我的家”征文大赛落幕\n　　本报讯　（记者　李　想）昨日下午，征文大赛颁奖。\n"
                   "　　颁奖现场，87岁的黄德明和9岁的王悦同台领奖。\n\n\n"
                   "“我的城市我的家”征文大赛获奖名单\n成人组\n　　一等奖（1名）：空缺\n"
                   "　　二等奖（2名）：黄德明《十八梯的石板路》（渝中区）　杨　帆《嘉陵江上的缆车》（江北区）\n"
                   "学生组\n　　一等奖（1名）：王　悦《我家门口的轻轨站》（大渡口区新山村小学）\n"
                   "　　评委（按姓氏笔画为序）：王　川　　刘　岚\n")
    report, listing = page.stories
    assert report.headline == "“我的城市我的家”征文大赛落幕"
    assert listing.headline == "“我的城市我的家”征文大赛获奖名单"
    assert listing.paragraphs[:2] == ("成人组", "一等奖（1名）：空缺")
    assert "学生组" in listing.paragraphs and listing.paragraphs[-1].startswith("评委")
    # One rank's line alone is no list: a head stays a head.
    assert lines.classify(1, "一等奖：空缺").kind is lines.Kind.HEADLIKE


def test_the_rows_under_a_lists_title_are_its_text_not_heads_or_items():
    page = segment("政协重庆市涪陵区第三届委员会增补委员名单\n（2008年6月26日区政协三届常委会第六次会议通过）\n"
                   "（共3名，按姓氏笔画为序）\n王　敏（女）　民进涪陵区支部副主委\n"
                   "李德全　重庆渝涪机电有限公司董事长\n黄建国　白涛街道党工委书记\n\n\n"
                   "区政协视察城区防汛工作\n　　本报讯　6月25日，区政协副主席冉光华带领委员视察防汛工作。\n")
    listing, visit = page.stories
    assert (listing.headline, listing.subtitle) == (
        "政协重庆市涪陵区第三届委员会增补委员名单", "（2008年6月26日区政协三届常委会第六次会议通过）")
    assert listing.paragraphs == ("（共3名，按姓氏笔画为序）", "王　敏（女）　民进涪陵区支部副主委",
                                  "李德全　重庆渝涪机电有限公司董事长", "黄建国　白涛街道党工委书记")
    assert listing.items == ()
    assert visit.headline == "区政协视察城区防汛工作"


def test_a_notice_quoted_whole_inside_a_digests_part_is_the_parts_text():
    page = segment("今日南岸丨龙舟赛12日开赛　南坪部分区域11日停水……\n\n01\n南滨路端午龙舟邀请赛6月12日开赛\n\n"
                   "6月8日，记者从区文化旅游委获悉，龙舟邀请赛将于6月12日开赛。\n\n（记者　彭　程）\n\n"
                   "02\n@南坪居民　6月11日这些区域临时停水\n\n记者从供水公司获悉，南坪部分区域将临时停水。\n\n"
                   "▼上下滑动查看通知全文▼\n\n关于南坪部分区域临时停水的通知\n广大用户：\n"
                   "因管网改造施工需要，我公司定于2021年6月11日停水。\n特此通知。\n重庆渝南供水有限公司\n"
                   "2021年6月8日\n\n停水期间，供水公司将设置临时供水点。\n\n（记者　邓　雪）\n\n"
                   "03\n弹子石街道首个社区老年食堂开餐\n\n6月8日中午，老年食堂开餐。\n\n（记者　彭　程）\n")
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "南滨路端午龙舟邀请赛6月12日开赛", "@南坪居民　6月11日这些区域临时停水", "弹子石街道首个社区老年食堂开餐"]
    water = story.items[1]
    assert "关于南坪部分区域临时停水的通知" in water.paragraphs
    assert water.paragraphs[-1] == "停水期间，供水公司将设置临时供水点。"
    assert "▼上下滑动查看通知全文▼" in page.noise
    assert story.reporters == ("彭程", "邓雪")


def test_a_government_sites_rating_widget_robot_panel_and_a_platforms_disclaimer_are_chrome():
    page = segment("区人力社保局举办专场招聘会\n发布日期：2023-05-17\n\n"
                   "5月16日，区人力社保局举办专场招聘会，86家企业提供岗位2600余个。\n\n"
                   "本页信息对您有帮助吗？\n有帮助（18）　　　没帮助（0）\n\n智能问答\n"
                   "您好！我是万州区政府网站智能问答机器人“小万”，请问有什么可以帮您？\n猜你想问\n"
                   "灵活就业人员社保补贴怎么申领？\n公租房申请需要准备哪些材料？\n换一批\n"
                   "转人工　　工作日9:00—17:00\n请输入您的问题（最多50字）\n\n"
                   "本文由上游号作者上传并发布，仅代表作者观点，上游新闻仅提供信息发布平台。\n")
    (story,) = page.stories
    assert story.paragraphs == ("5月16日，区人力社保局举办专场招聘会，86家企业提供岗位2600余个。",)
    assert {"本页信息对您有帮助吗？", "公租房申请需要准备哪些材料？", "猜你想问"} <= set(page.noise)
    # A question under no robot's label is a head; a note on an author's view is text.
    assert lines.classify(1, "公租房申请需要准备哪些材料？").kind is not lines.Kind.NOISE
    assert lines.classify(1, "本文作者观点鲜明").kind is not lines.Kind.NOISE


def test_the_source_named_on_an_articles_information_line_alone_under_it_is_chrome():
    page = segment("您当前的位置：首页 > 新闻中心 > 部门动态\n\n我区“点单式”技能培训首批学员开课\n\n"
                   "发布时间：2020-06-19 16:40　　来源：长寿发布　　浏览次数：312\n"
                   "【字体：大　中　小】　【打印】　【关闭】\n\n长寿发布\n[图片]\n"
                   "“学的就是我想学的。”6月18日，学员罗小梅说。\n当天，长寿区首批技能培训班开课。\n")
    (story,) = page.stories
    assert story.headline == "我区“点单式”技能培训首批学员开课"
    assert "长寿发布" in page.noise
    # The same name as a headline far from any information line stays a headline.
    other = segment("长寿发布\n\n6月18日，长寿区首批技能培训班开课。\n")
    assert other.stories[0].headline == "长寿发布"


def test_a_correspondents_column_and_a_copys_note_on_its_readings_are_no_name_and_no_story():
    page = segment("（甲、乙两种识别结果一致处照录，不一致处以［甲／乙］标出，待人工校对）\n\n"
                   "木耳乡推广地膜玉米\n　　木耳乡今年推广地膜覆盖玉米一千二百亩。\n　　　　（黄　伟）\n\n"
                   "代　　邮\n　　统景区　李德明同志：你3月寄来的稿件已在本报刊登。\n"
                   "　　洛碛镇政府　王秀英同志：来稿收到，请补充后再寄来。\n")
    report, column = page.stories
    assert report.headline == "木耳乡推广地膜玉米"
    assert (column.headline, column.paragraphs[0][:6]) == ("代邮", "统景区　李德")
    assert page.noise[0].startswith("（甲、乙两种识别结果")
    assert lines.classify(1, "代　　邮").kind is not lines.Kind.NAME


def test_a_head_over_a_caption_closed_by_its_photo_credit_is_a_photo_news_not_a_subhead():
    lead = ("国庆长假第三天\n区县景区迎来客流高峰\n商报记者　宋　琦\n"
            "　　国庆长假第三天，我市各区县景区迎来客流高峰。\n　　市旅游局提醒，游客出行前尽量错峰出行。\n\n")
    page = segment(lead + "解放碑：人潮涌动\n　　长假第三天，解放碑步行街人流如织，游客在纪念碑前\n合影留念。\n"
                   "　　　　　　　　　商报记者　张　远　摄\n\n"
                   "长假前三天　全市高速公路车流量超400万辆次\n　　商报讯　（记者　吴　迪）记者昨日从市交委获悉。\n")
    lead_story, photo, roads = page.stories
    assert (photo.headline, photo.photographers) == ("解放碑：人潮涌动", ("张远",))
    assert lead_story.photographers == () and roads.headline.startswith("长假前三天")
    # A caption wrapped over six lines of a narrow column is a photo news all the same.
    page = segment(lead.replace("　　市旅游局", "　　据统计，长假前三天全市共\n接待游客1268万人次。\n　　市旅游局")
                   + "寒潮来了\n　　受北方强冷空气影响，昨日主城\n气温骤降，最高气温只有11℃。\n"
                   "解放碑步行街上，行人纷纷裹上\n了厚厚的冬装；南坪一商场内，\n羽绒服柜台前挤满了选购的\n市民。\n"
                   "　　　　　　　晨报记者　陈　曦　摄\n")
    assert [(s.headline, s.photographers) for s in page.stories][1] == ("寒潮来了", ("陈曦",))
    # A caption's first line pointing at its picture stays in the story.
    page = segment(lead + "←游客（右二）在景区入口排队购\n票。\n　　　　　　　　　商报记者　张　远　摄\n\n"
                   "　　据统计，当天景区接待游客3.2万人次。\n")
    assert len(page.stories) == 1


def test_a_transcripts_notes_on_the_original_and_its_title_marked_masthead():
    page = segment("《重庆日报》一九五八年十月十八日　星期六　第二版\n"
                   "（市工业志资料组据市图书馆藏原报录入。原报横排，图片从略，标点、数字照原报。）\n\n"
                   "江北区用土窑炼出合格焦炭\n　　江北区猫儿石钢铁厂的职工，经过五天五夜的试验，用土窑炼出了合格焦炭。\n\n"
                   "（本版录完。原报右下角有百货公司广告一则，未录。）\n")
    (story,) = page.stories
    assert (page.paper, page.date, story.headline) == ("重庆日报", "1958-10-18", "江北区用土窑炼出合格焦炭")
    assert page.noise[-1] == "（本版录完。原报右下角有百货公司广告一则，未录。）"
    assert lines.classify(1, "（原报记者　张　三）").kind is lines.Kind.CREDIT  # a writer, no note


def test_a_pdfs_faux_bold_drawn_twice_is_read_once_and_real_repeats_stay():
    page = segment("巫山报　　2009年7月17日　星期五\n社社会会··民民生生　　　　　责任编辑：向　红\n\n\n"
                   "我我县县首首批批廉廉租租房房公公开开摇摇号号\n"
                   "　　本报讯（记者　邓　华）7月15日上午，密密麻麻的人群挤满了摇号现场。\n\n\n"
                   "停停　　水水　　通通　　知知\n　　因供水管道改造施工需要，7月18日停水。\n")
    first, notice = page.stories
    assert (first.headline, notice.headline) == ("我县首批廉租房公开摇号", "停水通知")
    assert "密密麻麻" in first.paragraphs[0]  # a word's own repeat is no faux bold
    assert any(line.startswith("社会·民生") for line in page.noise)
    # One doubled line alone on a page is left as printed.
    assert lines.doubled_glyphs(["我我县县首首批批", "正文。"]) == ["我我县县首首批批", "正文。"]


def test_photo_credits_with_the_pictures_day_and_place_and_a_readers_web_name():
    line = lines.classify(1, "时报记者　李　航　10月4日摄于磁器口古镇")
    assert (line.kind, line.names) == (lines.Kind.PHOTO_CREDIT, ("李航",))
    assert lines.classify(1, "拍客“背包走天涯”（陈　露）摄").names == ("陈露",)
    page = segment("金佛山上看云海\n　　10月2日清晨，南川区金佛山上云海翻腾。\n拍客“山城老猫”（李建国）摄\n\n"
                   "十八梯的团圆饭\n　　10月3日晚，十八梯一户人家把饭桌摆到了石梯上。\n时报记者　李　航　10月3日摄于十八梯\n")
    clouds, dinner = page.stories
    assert (clouds.headline, clouds.photographers) == ("金佛山上看云海", ("李建国",))
    assert (dinner.headline, dinner.photographers) == ("十八梯的团圆饭", ("李航",))


def test_a_video_players_flash_fallback_is_chrome_wherever_the_player_stood():
    page = segment("万盛石林镇首届樱桃节开幕\n\n您的浏览器没有安装Flash播放器，无法观看本视频。\n"
                   "请点击此处下载安装最新版Adobe Flash Player\n\n"
                   "4月10日，万盛经开区石林镇首届樱桃采摘节开幕。\n\n"
                   "如果视频长时间无法播放，请检查是否已安装Flash播放器，或点击此处升级。\n\n"
                   "记者　罗　丹　摄像　陈　涛\n")
    (story,) = page.stories
    assert story.paragraphs == ("4月10日，万盛经开区石林镇首届樱桃采摘节开幕。",)
    assert (story.reporters, story.photographers) == (("罗丹",), ("陈涛",))
    assert lines.classify(1, "Adobe公司宣布，2020年底停止支持Flash Player，各大浏览器随后移除了它。"
                          ).kind is lines.Kind.BODY


def test_a_search_engines_cache_header_and_an_articles_pager_are_chrome():
    page = segment("360搜索快照\n您访问的是360搜索快照，快照生成时间：2015年10月25日 21:40:09　　查看原网页\n"
                   "原网页地址：http://cq.cqnews.net/html/2015-10/24/content_35487512.htm\n"
                   "360搜索与该网页作者无关，不对其内容负责。快照仅为网络故障时之索引，不代表被搜索网站的即时页面。\n"
                   "您搜索的关键词：金佛山 方竹笋\n\n"
                   "南川金佛山方竹笋进入采收旺季\n\n眼下正值金佛山方竹笋采收旺季。\n\n1　2　3　下一页\n\n"
                   "百度快照\n这是 http://cq.cqnews.net/html/2015-10/22/content_1.htm 的快照，是网页在 "
                   "2015年10月24日 11:02:36 的存档。\n")
    (story,) = page.stories
    assert (story.headline, story.paragraphs) == ("南川金佛山方竹笋进入采收旺季", ("眼下正值金佛山方竹笋采收旺季。",))
    assert {"360搜索快照", "1　2　3　下一页", "百度快照"} <= set(page.noise)


def test_a_letters_masked_signature_and_the_editors_answer_under_it_stay_with_the_letter():
    page = segment("读者来信\n\n村里的自来水为啥时断时续？\n\n编辑同志：\n\n我是河边镇龙凤村的村民，自来水隔三岔五就停。\n\n"
                   "河边镇龙凤村　黄德明\n2009年2月26日\n\n编者：本报已将此信转交县水务局。\n\n"
                   "该局表示，将于3月底前完成改造。\n\n\n"
                   "小区门口的“马路市场”谁来管？\n\n编辑同志：\n\n我家住在璧城街道一个小区，门口天天摆摊。\n\n"
                   "读者　王××\n（姓名、地址本报存档）\n\n【回复】接到来信后，县城管局派员到现场处理。\n")
    water, market = page.stories
    assert water.reporters == ("黄德明",)
    assert water.paragraphs[-2:] == ("编者：本报已将此信转交县水务局。", "该局表示，将于3月底前完成改造。")
    assert market.headline == "小区门口的“马路市场”谁来管？" and market.reporters == ()
    assert market.paragraphs[-1].startswith("【回复】")
    assert lines.classify(1, "李某某说").kind is not lines.Kind.CREDIT


def test_a_commentarys_written_on_line_dates_it_and_its_postscript_stays_with_it():
    page = segment("钓鱼城下\n涞滩古镇，别让“古味”越来越淡\n□　唐　林\n"
                   "　　去年10月，笔者曾在本栏写过一篇涞滩古镇的文章。\n　　但愿半年后再来，能少一些忧。\n"
                   "（4月19日于涞滩）\n\n\n求是园\n莫让“农家书屋”变成“农家锁屋”\n文/何　苗\n"
                   "　　前不久，笔者到双槐镇一个村走访。\n（2014年4月15日）\n"
                   "　　补记：稿子排定后，笔者接到镇文化服务中心的电话。\n（4月22日补记）\n",
                   "made-up.txt")
    town, library = page.stories
    assert (town.headline, town.date) == ("涞滩古镇，别让“古味”越来越淡", "2014-04-19")
    assert library.date == "2014-04-15"  # the piece's own day, not its postscript's
    assert any(p.startswith("补记：") for p in library.paragraphs)
    assert lines.classify(1, "（4月19日于涞滩）").kind is lines.Kind.DATE


def test_an_icon_font_read_as_text_is_dropped_from_the_words_it_stood_beside():
    page = segment_md("# 江北区12家A级景区推出门票优惠\n\n"
                   "5月19日是“中国旅游日”，区内12家A级景区推出门票优惠。\n\n"
                   "check_circle本人有效身份证件原件；\n\nformat_quote“优惠期间，景区实行预约入园。”\n\n"
                   "thumb_up268　　share分享　　chat_bubble_outline35\n\n"
                   "（person江北区融媒体中心记者　张　三）\n")
    (story,) = page.stories
    assert story.headline == "江北区12家A级景区推出门票优惠"
    assert "本人有效身份证件原件；" in story.paragraphs
    assert "“优惠期间，景区实行预约入园。”" in story.paragraphs
    assert not any("268" in p for p in story.paragraphs)  # the action bar is chrome
    assert story.reporters == ("张三",)
    assert lines.icon_text(["他在search栏输入关键词。"]) == ["他在search栏输入关键词。"]  # one alone
    # A microblog's glyph letters, wherever they stand.
    assert lines.icon_text(["详情见O网页链接", "（记者 刘 洋）收起全文d"]) == [
        "详情见网页链接", "（记者 刘 洋）收起全文"]


def test_a_web_articles_bold_section_heads_stay_in_it_over_a_dated_paragraph():
    page = segment_md(
        "# 某镇迎来避暑高峰　民宿一房难求\n\n2024-07-22 07:30:15　　来源：某网　　作者：马丽 谭鑫\n\n"
        "入伏以来，主城持续高温，某镇迎来避暑高峰。\n\n7月20日，游客在湖畔纳凉。通讯员 谭 鑫 摄\n\n"
        "**民宿老板忙得脚不沾地**\n\n7月21日傍晚，某村的民宿门口停满了车辆。\n\n"
        "**山货生意跟着走俏**\n\n游客多了，土特产也跟着走俏。\n")
    assert [s.headline for s in page.stories] == ["某镇迎来避暑高峰　民宿一房难求"]
    assert page.stories[0].paragraphs[-1] == "游客多了，土特产也跟着走俏。"
    # A page without the article's information line reads the same head over its dated
    # report as a story of its own.
    page = segment_md("# 某镇迎来避暑高峰\n\n入伏以来，某镇迎来避暑高峰。\n\n"
                      "7月20日，游客在湖畔纳凉。通讯员 谭 鑫 摄\n\n**民宿老板忙得脚不沾地**\n\n"
                      "7月21日傍晚，某村的民宿门口停满了车辆。\n")
    assert [s.headline for s in page.stories] == ["某镇迎来避暑高峰", "民宿老板忙得脚不沾地"]


def test_a_quotation_over_its_dashed_deck_and_byline_is_the_headline():
    page = segment("凡人善举\n\n“娃儿没事就好！”\n\n——村民某某跳入河中勇救落水少年\n\n"
                   "融媒体记者　熊 燕　通讯员　刘 强\n\n7月19日下午，几名少年在河滩玩耍。\n")
    story = page.stories[0]
    assert (story.headline, story.subtitle, story.reporters) == (
        "“娃儿没事就好！”", "村民某某跳入河中勇救落水少年", ("熊燕", "刘强"))


def test_a_speakers_name_cut_by_a_narrow_columns_wrap_goes_on_into_what_he_said():
    # (hard wraps at about sixteen cells: the line under '…乡党委书记冉德' opens with the rest
    # of his name and 说：, which is no field's label)
    page = segment("乡里整治山坪塘\n\n"
                   "　　本报讯　三元乡在元月上旬组织三千\n"
                   "多名劳力整治病险山坪塘四十二口，新增\n"
                   "蓄水十五万立方米。乡党委书记冉德\n"
                   "华说：“今冬多修一口塘，明年就多保\n"
                   "一片田。”\n")
    assert page.stories[0].paragraphs == (
        "三元乡在元月上旬组织三千多名劳力整治病险山坪塘四十二口，新增蓄水十五万立方米。"
        "乡党委书记冉德华说：“今冬多修一口塘，明年就多保一片田。”",)


def test_a_databases_search_range_is_no_pages_day():
    # (the range a database was searched over names two days, neither the page's: its
    # articles' own lines give it)
    page = segment(
        "慧科搜索　WiseSearch　　　　　　文件打印\n"
        "检索条件：媒体＝重庆商报；日期＝2010-03-11至2010-03-12；内容＝区县\n"
        "文件 1 / 1\n重庆商报 | 2010-03-12 | 报刊 | A11 | 区县经济 | 字数：30 |\n\n"
        "万盛关闭12处小煤矿\n　　商报讯　（记者　邓　飞）前日，万盛区关闭12处小煤矿。\n")
    assert (page.date, page.stories[0].date) == ("2010-03-12", "2010-03-10")


def story_dates(text: str) -> list[str | None]:
    """The date of each story of a made-up page."""
    return [story.date for story in segment(text).stories]


def only_story(text: str) -> Story:
    """The one story of a made-up page (failing when it reads as more or none)."""
    story, = segment(text).stories
    return story


def test_a_day_of_the_pages_own_week_at_a_reports_opening():
    # ('本周二' on a Friday page is that week's Tuesday; '本周六' after it announces, and
    # '本周一起' starts a span: neither is a report's day)
    assert story_dates(
        "县食药监局检查月饼\n2018年9月14日　星期五\n\n"
        "　　本报讯　本周二，县食药监局组织执法人员检查月饼。\n\n"
        "县文化馆周末演出\n　　本报讯　本周六，县文化馆将在广场演出。\n\n"
        "主城气温走低\n　　本报讯　本周一起，主城气温一路走低。\n") == ["2018-09-11", None, None]


def test_a_festivals_day_or_a_lunar_date_at_a_reports_opening():
    # (端午 fell on 31 May in 2006, 正月初九 on 31 January in 2012; a festival's eve or its
    # coming is no day of a report)
    assert story_dates(
        "龙舟竞渡闹端午\n2006年6月2日　星期五\n\n"
        "　　本报讯　端午节当天，万州区龙舟邀请赛在长江举行。\n\n"
        "县里开展文明祭扫\n　　本报讯　端午节前夕，县里举办诵读活动。\n\n"
        "景区客流创新高\n　　本报讯　国庆长假第三天，各景区游人如织。\n") == ["2006-05-31", None, None]
    assert story_dates("扎龙匠人的正月\n2012年2月3日　星期五\n\n"
                       "　　正月初九，年味还没散尽，记者走进安居古城。\n") == ["2012-01-31"]
    # (a solar month and day in Chinese numerals is no lunar date: 五月二十八日, though 五月
    # 二十 of the lunar calendar fell on 8 July 2012)
    assert story_dates("拾金不昧的小学生\n2012年7月10日　星期二\n\n"
                       "　　本报讯　五月二十八日下午，小学生周小红拾到一个布包。\n") == ["2012-05-28"]


def test_the_day_of_an_event_learnt_of_and_what_is_learnt_today():
    # (the event's day named after what was learnt is the report's; a span learnt of is
    # the period reported on, and the day learnt stays, as it does for an event to come)
    assert story_dates(
        "重庆特色商品亮相洛杉矶\n2014年10月15日　星期三\n\n"
        "　　本报讯　记者昨日从市商务委获悉，当地时间10月13日上午，推介会在洛杉矶举行。\n\n"
        "长假客流创新高\n　　本报讯　记者昨日从市交委获悉，10月1日至7日，全市客运量创新高。\n\n"
        "重庆北站迎客流高峰\n　　记者从重庆车站获悉，今天重庆北站预计发送旅客12.8万人次。\n\n"
        "返乡就业招聘会周五举行\n"
        "　　记者今天从区人力社保局获悉，10月17日上午，返乡就业招聘会将举行。\n") == [
        "2014-10-13", "2014-10-14", "2014-10-15", "2014-10-15"]


def test_a_day_of_the_month_before_the_pages():
    assert story_dates(
        "养猪多　积肥多\n1957年11月5日　星期二\n\n"
        "　　本报讯　澄江乡的合作社养猪发展很快，到上月廿八日止，全社养猪已达一千零四十头。\n"
    ) == ["1957-10-28"]
    assert story_dates("年终慰问送温暖\n2024年1月10日　星期三\n\n"
                       "　　本报讯　上月28日，区总工会走访慰问困难职工。\n") == ["2023-12-28"]


def test_a_reporters_credit_run_in_before_the_reports_day():
    assert story_dates(
        "山城进入盛夏高温期\n1989年7月6日　星期四\n\n"
        "　　本报讯 记者　刘　红 昨日 山城最高气温达到38.6℃，这是本月以来连续第五天超过35℃。\n"
    ) == ["1989-07-05"]


def test_a_day_alone_in_numerals_in_a_reports_first_clause():
    # (an old paper's day of the page's month, before what was done that day; a count of
    # days names none)
    assert story_dates(
        "交流大会闭幕\n1952年4月17日　星期四\n\n"
        "　　本报讯　重慶市城鄉物資交流大會已於十五日閉幕。\n\n"
        "川剧团联合义演\n　　本报讯　川劇界自九日晚起聯合義演三天。\n\n"
        "川剧团下乡\n　　本报讯　县川剧团在乡场演出三日，观众很多。\n") == [
        "1952-04-15", "1952-04-09", None]


def test_a_portals_information_line_with_its_comments_link():
    # (under the headline: the day and time, the source and its microblog tag, the link to
    # its comments; the page's day, no deck)
    page = segment("大渝网 > 新闻中心 > 区县新闻 > 正文\n\n璧山小伙微博卖蓝莓　一周卖出8000斤\n"
                   "2012年06月14日07:36　　重庆晚报[微博]　　　　我要评论(6)\n\n"
                   "　　本报讯（记者　胡　蓉）昨日上午，在璧山县七塘镇的蓝莓园里，周德军一边打包一边说。\n")
    story = page.stories[0]
    assert (page.date, story.subtitle, story.date) == ("2012-06-14", None, "2012-06-13")


def test_a_wire_storys_own_day_before_the_day_it_was_sent():
    assert story_dates(
        "合川区召开经济工作推进会\n2015年11月20日　星期五\n\n"
        "　　人民网重庆11月19日电（记者　刘　畅）11月18日，合川区召开第四季度经济工作推进会。\n\n"
        "市领导到合川调研\n"
        "　　人民网重庆11月19日电（记者　刘　畅）近日，市领导到合川调研农村电子商务工作。\n") == [
        "2015-11-18", "2015-11-19"]


def test_the_bounds_of_what_is_still_to_come_date_no_report():
    # A span, a deadline or days listed after the page's own day are what the report
    # announces ('将延续至3月2日', '11月27日至12月5日', '请于6月30日前'); a past span dates it.
    assert story_dates(
        "重庆晚报　2010年11月25日　星期四\n\n渝都百货十周年店庆\n\n"
        "　　本报讯　11月27日至12月5日，渝都百货解放碑店将迎来店庆。\n\n"
        "领奖提示\n　　本报讯　获奖者请于11月30日前凭身份证领奖。\n\n"
        "灯会延期\n　　本报讯　灯会虽已落幕，夜游将延续至12月2日。\n\n"
        "国庆接待游客创新高\n　　本报讯　10月1日至7日，全区接待游客120万人次。\n") == [
        None, None, None, "2010-10-01"]


def test_a_notice_of_times_to_come_is_dated_by_its_signature():
    # ('定于下列时间停电：' over the times, signed the day before the page: h426's kind)
    assert story_dates(
        "重庆商报　2014年9月12日　星期五\n\n停电公告\n\n"
        "　　因线路检修需要，我公司定于下列时间对部分线路停电：\n"
        "　　9月15日　8:00—18:00　江北区观音桥片区\n"
        "　　特此公告。\n　　国网重庆市电力公司江北供电分公司\n　　2014年9月11日\n") == [
        "2014-09-11"]


def test_a_programmes_days_to_come_date_no_report():
    # A row of cells, a day at a clock time and a week's span in the deck (h464, h511, h522).
    assert story_dates(
        "江北报　2007年4月18日　星期三\n\n开庭预告\n\n"
        "　　4月19日　9:30　区法院第三法庭　一起盗窃案\n"
        "　　4月20日　14:30　区法院第一法庭　一起合同纠纷案\n\n"
        "本周义诊早知道\n4月21日（周六）9:00—11:30\n　　地点：三峡广场\n\n"
        "下周电视节目预告\n（4月23日—4月29日）\n　　每晚　19:00　转播《新闻联播》\n") == [
        None, None, None]


def test_a_day_of_years_ago_is_recalled_not_reported():
    assert story_dates(
        "江津日报　2017年6月16日　星期五\n\n二十年，一座城的奔跑\n\n"
        "　　二十年前的6月18日，重庆直辖市正式挂牌。那一天，几江城里挂满了彩旗。\n") == [None]


def test_a_press_conferences_roster_and_transcript_are_one_story():
    # The speakers listed under '发布人：' (posts and a name a line) and a bracketed label
    # over the first turn ('【文字实录】' / '主持人　罗斌：') open no stories (h130's kind).
    story = only_story("区稳岗就业十条措施新闻发布会\n\n时间：2025年5月20日上午10:00\n发布人：\n"
                       "区人力社保局局长　唐建平\n区就业服务中心主任　周　丽\n"
                       "主持人：区政府新闻办主任　罗　斌\n\n【文字实录】\n\n主持人　罗斌：\n"
                       "各位媒体朋友，大家上午好！\n\n唐建平：\n今年以来，全区新增就业岗位1.2万个。\n")
    assert (story.headline, story.paragraphs[-1]) == (
        "区稳岗就业十条措施新闻发布会", "今年以来，全区新增就业岗位1.2万个。")


def test_lists_appended_after_a_reports_credit_are_its_text():
    # '附：' alone after the credit, then the lists a plenary elected, to the site's print
    # row: no stories of their own (h718's kind).
    story = only_story("区委全会召开\n\n　　9月28日，区委第一次全体会议召开，选举产生了常委会。\n"
                       "（记者　姚　琳）\n\n附：\n\n区委书记、副书记、常务委员会委员名单\n\n"
                       "书　记：张国平\n副书记：陈　昊　刘小川\n常　委：（按姓氏笔画为序）\n"
                       "王　涛　韦德军　邓　丽　刘小川\n\n【打印】【关闭】\n")
    assert (story.reporters, story.paragraphs[-1].replace("　", "")) == (
        ("姚琳",), "王涛韦德军邓丽刘小川")


def test_a_title_the_browser_title_repeats_whole_is_the_head_however_it_ends():
    # ('…这些重庆地名你读对了吗？' under the site's chrome, read as text for its closing mark;
    # the browser title over the page repeats it: h804's kind)
    title = "綦（qí）江、濯（zhuó）水……这些地名你读对了吗？"
    story = only_story(f"{title}_上游新闻\n上游新闻\n当前位置：首页 > 重庆 > 文化\n\n{title}\n\n"
                       "上游新闻记者　黄　莉\n\n"
                       "　　3月7日，一名游客把“濯水”念成了“翟水”，引来网友纠正。\n")
    assert (story.headline, story.reporters) == (title, ("黄莉",))


def test_a_classifieds_box_of_ads_wrapped_over_a_narrow_column_is_no_story():
    # (the label letter-spaced, each ad over two lines, OCR's O for 0 in a phone: h453's kind)
    story = only_story("县城高考期间实行交通管制\n　　本报讯　考试期间，考点周边禁止车辆鸣笛。\n"
                       "　　　　（王　静）\n\n分　类　广　告\n遗失声明：几江镇长风路12号陈建国遗\n"
                       "失身份证，声明作废。\n门面招租：圣泉街临街门面80平方米，\n"
                       "水电齐全。电话：4521O36　王先生\n")
    assert (story.headline, story.paragraphs[-1]) == (
        "县城高考期间实行交通管制", "考试期间，考点周边禁止车辆鸣笛。")


def test_a_notices_issuer_and_day_on_one_line_date_it():
    # ('…生态环境局　2025年3月20日' far right under the text: the notice's date line, not a
    # head; the publicity period it announces dates nothing. A paper's name and a day do not
    # sign.)
    story = only_story("彭水报　2025年3月21日　星期五\n\n县生态环境局关于建设项目环评审批的公示\n\n"
                       "　　现将拟审批意见予以公示，公示期为2025年3月21日至3月27日。\n"
                       "　　　　　　　　县生态环境局　2025年3月20日\n")
    assert (story.date, story.paragraphs[-1]) == ("2025-03-20", "县生态环境局　2025年3月20日")
    assert lines.issuer_and_date("县生态环境局 2025年3月20日")
    assert not lines.issuer_and_date("重庆日报 2025年3月20日")


def test_a_day_word_after_a_clause_a_profiles_first_sentence_or_a_tallys_bound():
    # (a clause of cause before the day; a tally made that day; a profile's long sentence
    # before the evening it tells of: h106, h701, h285's kinds)
    assert story_dates(
        "寒潮来袭　主城降温\n2023年12月19日　星期二\n\n"
        "　　本报讯　受寒潮影响，昨日主城最低气温降至2℃左右。\n\n"
        "渝股半年报披露过半\n　　本报讯　截至昨日收盘，已有16家上市公司披露半年报。\n\n"
        "铜梁队主场取胜\n　　本报讯　梅开二度的邓宇航是土生土长的铜梁人，今年29岁，白天在一家企业上班，"
        "晚上和周末随队训练。昨晚赛后，他接受了记者的采访。\n") == [
        "2023-12-18", "2023-12-18", "2023-12-18"]
    # A sentence that opens with its day is the report's own, whatever a tally after it
    # names; one that tells what day it is sets the scene.
    assert dates.opening_day("昨晚8点，书城迎来首个读书夜。据书城统计，截至今晨6点，读者1200多名。",
                             "2012-04-21").startswith("4月20日晚8点")
    assert dates.opening_day("今天是重阳节。记者昨日从市老龄办获悉，", "2012-10-23") == (
        "今天是重阳节。记者10月22日从市老龄办获悉，")
    # '今天的重庆' is the city of our time.
    assert dates.opening_day("他说，今天的重庆更美了。", "2012-10-23") == "他说，今天的重庆更美了。"


def test_a_follow_up_dated_by_the_evening_its_second_paragraph_opens_with():
    # (the first paragraph names the day of the earlier report, which dates nothing: h251)
    assert story_dates(
        "断了半个月的路灯　昨晚重新亮了\n2025年8月20日　星期三\n\n"
        "　　本报8月14日以《一段路灯熄了半个月》为题，报道了一条小巷路灯不亮的情况。\n\n"
        "　　昨晚8点，记者再次来到这条小巷，18盏路灯全部亮起。\n") == ["2025-08-19"]


def test_a_solar_terms_day_and_the_new_years_first_days_at_a_reports_opening():
    # (谷雨 fell on 20 April 1985 and 清明 on 5 April; 大年初一 on 23 January 2012. '大雪，…'
    # is snow, no solar term.)
    assert story_dates(
        "全县大春播栽进度加快\n1985年4月25日　星期四\n\n"
        "　　本报讯　谷雨那天，县委、县政府在龙水区召开现场会。\n\n"
        "少先队员祭扫烈士墓\n　　本报讯　清明节那天，城关镇少先队员来到烈士陵园。\n") == [
        "1985-04-20", "1985-04-05"]
    assert story_dates("解放碑灯会首日迎客30万人次\n2012年1月25日　星期三\n\n"
                       "　　本报讯　大年初一，解放碑新春灯会迎来客流高峰。\n") == ["2012-01-23"]
    assert dates.opening_day("大雪，让山城银装素裹。", "2012-12-10") == "大雪，让山城银装素裹。"
    assert dates.opening_day("大雪那天，", "2012-12-10") == "12月7日，"


def test_a_press_conferences_or_interviews_record_dated_by_its_own_field():
    # (the day it was held, beside the record's other fields: h289, h579)
    story = only_story("春风送岗位　就业在家门\n\n访谈主题：2013年“春风行动”与农民工就业服务\n\n"
                       "访谈时间：2013年3月14日（星期四）10:00—11:00\n\n"
                       "访谈嘉宾：区人力资源和社会保障局局长　刘志刚\n\n"
                       "主持人：网友们好，欢迎来到今天的访谈。\n")
    assert story.date == "2013-03-14"
    # A web page's lone posting time is no such field: the report's own day dates it (h751).
    story = only_story("区人力社保局举办专场招聘会\n\n发布时间：2016-11-08　　来源：区人力社保局\n\n"
                       "　　11月7日，区人力社保局在区人力资源市场举办专场招聘会。\n")
    assert story.date == "2016-11-07"


def test_an_advertisement_with_its_offers_fields_is_no_story_but_an_events_fields_are():
    # (a slogan over its offer, its dates and its address, set apart under a report: h266's
    # kind; the mark set last, h168's)
    page = segment("酉阳报　2025年11月21日　星期五\n\n县城新增两处充电站\n\n"
                   "　　本报讯　近日，县城新建的两处充电站投入使用。（记者　白　雪）\n\n\n"
                   "暖冬特惠\n酉州家电城冬季大促\n取暖器、热水器、空调全场8.5折起　以旧换新再享补贴\n"
                   "活动时间：11月21日—11月30日\n地址：桃花源大道156号　　订购热线：023-75551088\n\n\n"
                   "渝驰汽车城　岁末感恩购车季\n新能源置换补贴至高2万元　指定车型0首付\n"
                   "活动时间：11月9日—11月30日\n地址：金开大道西段渝驰汽车城\n购车热线：023-67880000\n广告\n")
    assert [story.headline for story in page.stories] == ["县城新增两处充电站"]
    # An event's fields and its hotline under a report's subhead are the report's.
    story = only_story("县图书馆举办读书节\n\n　　本报讯　4月23日，县图书馆举办第五届读书节。\n\n"
                       "活动信息\n活动时间：4月23日—4月30日\n地址：县图书馆一楼\n咨询电话：023-75551234\n")
    assert story.paragraphs[1:] == ("活动信息", "活动时间：4月23日—4月30日", "地址：县图书馆一楼",
                                    "咨询电话：023-75551234")


def test_a_courts_notices_each_signed_under_one_head_are_one_story():
    # (h54's kind: each 送达公告 opens with its addressee and is signed by the court and dated;
    # none has a title, the label heads them all)
    notice = ("{who}：本院受理原告{by}诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。"
              "自公告之日起经过30日即视为送达。\n特此公告。\n重庆市万州区人民法院\n二〇二四年六月七日\n\n")
    page = segment("法治　2024年6月12日　星期三\n\n法院公告\n\n"
                   + notice.format(who="谭小军", by="重庆鑫隆商贸有限公司")
                   + notice.format(who="重庆三友建材有限公司、谢国强", by="王德兵")
                   + "\n高空抛物要担责\n\n　　本报讯　近年来，高空抛物事件时有发生。\n")
    assert [(s.headline, s.paragraphs[0][:5], s.paragraphs[-1]) for s in page.stories] == [
        ("法院公告", "谭小军：本", "二〇二四年六月七日"),
        ("高空抛物要担责", "近年来，高", "近年来，高空抛物事件时有发生。")]
    assert sum(p.startswith("重庆三友建材有限公司、谢国强：") for p in page.stories[0].paragraphs) == 1


def test_a_question_over_a_letter_to_the_editor_heads_it_tagged_or_run_in():
    # (the salutation with the letter's text run in after it, under a column's name: h490;
    # the question with its genre tag glued on, over the salutation alone: h739)
    page = segment("组工信箱\n\n外出务工党员如何参加先进性教育？\n\n"
                   "　　编辑同志：我是澄溪镇的一名农村党员，常年在广东打工。像我这样的党员怎么参加？\n\n"
                   "读者　李德军\n\n\n路灯何时再亮？（来信）\n编辑同志：\n"
                   "　　我家住在中和镇凤凰路。今年春节过后，路灯就不亮了。\n")
    assert [(s.headline, s.paragraphs[0][:6]) for s in page.stories] == [
        ("外出务工党员如何参加先进性教育？", "编辑同志：我"), ("路灯何时再亮？", "编辑同志：")]


def test_the_papers_desk_signs_its_notice_as_the_notices_last_words():
    # (h391, h745: '本报编辑部' under a correction or a notice of the paper is its issuer's
    # signature, the text's end, a date perhaps under it; under a commentary it still signs
    # as a byline that names no one)
    page = segment("更正\n\n　　本报5月20日第2版刊登的《锦橙丰收》一文中，“1.2万亩”应为“2.1万亩”。"
                   "特此更正，并向读者致歉。\n本报编辑部\n\n\n本报春节休刊启事\n\n"
                   "　　按照惯例，本报春节期间休刊一期，2月3日恢复出版。在此，谨向广大读者致以节日的问候。\n"
                   "本报编辑部\n一九九八年一月二十三日\n\n\n"
                   "减负要减到实处\n本报评论员\n\n　　减轻农民负担，是一件大事。\n")
    assert [(s.headline, s.paragraphs[-1], s.reporters, s.date) for s in page.stories] == [
        ("更正", "本报编辑部", (), None),
        ("本报春节休刊启事", "一九九八年一月二十三日", (), "1998-01-23"),
        ("减负要减到实处", "减轻农民负担，是一件大事。", (), None)]
    assert page.stories[1].paragraphs[-2] == "本报编辑部"


def test_a_scanned_signature_date_with_letters_for_figures_signs_the_notice():
    # (h390: the scan reads the year's zeros as the letter O and 日 as 曰)
    assert lines.classify(1, "2OOO年6月10曰").rule == "date-line"
    assert lines.classify(1, "2024年1O月l8日").rule == "date-line"
    story = only_story("停电通告\n\n　　因变电站设备检修，我公司定于6月16日对下列线路停电。\n"
                       "　　特此通告。\n江津市电力公司\n2OOO年6月10曰\n")
    assert (story.date, story.paragraphs[-2:]) == ("2000-06-10", ("江津市电力公司", "2OOO年6月10曰"))


def test_a_broadcast_scripts_cues_and_running_times_are_furniture_between_its_items():
    # (h312's kind: production cues in 【】 alone on their lines, items numbered by cues, each
    # item's credit with its running time after a wide gap, the voices' labels 男：/女：, the
    # day on the script's 播出日期 field)
    page = segment("彭水县融媒体中心广播电台　新闻播出稿\n\n节目名称：《彭水新闻》（早间版）\n"
                   "播出日期：2025年4月8日（星期二）　　播出时间：07:00—07:15\n"
                   "频　　率：FM 96.8兆赫\n播 音 员：男　任　杰　　女　罗　婷\n\n"
                   "【间奏】\n\n【稿件一】\n县政府召开第42次常务会议\n"
                   "男：4月7日，县长袁定川主持召开县政府第42次常务会议，研究部署春耕生产等工作。\n"
                   "女：会议还研究了其他有关事项。\n（记者　冉　静　报道）　　　　（时长：1′38″）\n\n"
                   "【间奏】\n\n【稿件二】\n我县2.8万亩烤烟移栽全面铺开\n"
                   "女：昨天，记者在鹿角镇看到，连片的烟田里，烟农们正忙着栽苗。\n"
                   "（记者　张　磊）　　　　（时长：2′05″）\n\n【结束曲】\n\n"
                   "（本节目每天07:00首播，12:00、18:30重播）\n")
    assert page.date == "2025-04-08"
    assert [(s.headline, s.reporters, s.date, s.paragraphs[-1][-6:]) for s in page.stories] == [
        ("县政府召开第42次常务会议", ("冉静",), "2025-04-07", "他有关事项。"),
        ("我县2.8万亩烤烟移栽全面铺开", ("张磊",), "2025-04-07", "正忙着栽苗。")]
    assert {"【间奏】", "【稿件二】", "（时长：2′05″）", "【结束曲】", "频　　率：FM 96.8兆赫",
            "（本节目每天07:00首播，12:00、18:30重播）"} <= set(page.noise)
    # (the programme's fields and note are the sheet's chrome, no heads of stories)
    for field in ("频　　率：FM 96.8兆赫", "播 音 员：男　任　杰　　女　罗　婷", "（本节目每天07:00首播）"):
        assert lines.classify(1, field).kind is lines.Kind.NOISE, field


def test_a_day_inside_the_quotation_that_opens_a_report_is_the_speakers():
    # (h331: the report's day follows the words; a quotation alone keeps its day)
    assert story_dates(
        "出口退税跑出加速度\n2025年7月24日　星期四\n\n"
        "　　本报讯　“7月18日提交的申报，今天退税款就到账了。”7月21日下午，企业财务负责人说。\n\n"
        "老街新颜\n　　本报讯　“7月18日那天，老街正式开街。”居民刘大姐回忆说。\n") == [
        "2025-07-21", "2025-07-18"]


def test_a_briefs_column_under_its_counted_name_is_of_no_one_day():
    # (h580: '简讯四则' over unbulleted briefs, each opening with its own day; one report under
    # a rubric that is no briefs column keeps its day)
    page = segment("简讯四则\n\n5月28日，大足五金产业园举行第二届五金博览会。\n\n"
                   "6月5日，棠香街道组织志愿者开展走访慰问活动。\n\n"
                   "6月12日，区图书馆“石刻讲堂”开讲。\n")
    assert [(s.headline, s.date) for s in page.stories] == [("简讯四则", None)]
    assert story_dates("诗二首\n\n5月28日，我登上了缙云山。\n\n6月5日，雨后的山更青了。\n") == ["--05-28"]


def test_a_table_printed_on_its_own_with_its_source_is_a_story_not_the_reports_subhead():
    # (h510: a table's title after a report that ends unsigned, its rows, its source in
    # brackets under them; a table inside a report, with no source of its own, stays there)
    page = segment("农商行开县支行开业\n\n　　本报讯　3月10日，农商行开县支行开业，最快3个工作日内放款。\n\n"
                   "今日外汇牌价（3月11日）\n单位：人民币元/100外币\n"
                   "币种　　现汇买入价　　现钞买入价　　卖出价\n美元　　611.03　　606.13　　613.49\n"
                   "欧元　　846.57　　820.43　　852.51\n（数据来源：中国银行重庆市分行　仅供参考）\n\n\n"
                   "全县小麦收获过半\n\n　　本报讯　6月5日，全县小麦收获过半。各乡镇进度如下：\n\n"
                   "各乡镇收获进度\n乡镇　　面积（亩）　　进度\n城关镇　　3200　　62%\n"
                   "龙水镇　　2800　　55%\n")
    assert [(s.headline, len(s.paragraphs)) for s in page.stories] == [
        ("农商行开县支行开业", 1), ("今日外汇牌价（3月11日）", 4), ("全县小麦收获过半", 5)]
    # (h477: the title bulleted, the table's day under it, a note and its supplier below)
    page = segment("县里举办技能培训班\n\n　　本报讯　学员刘德明说，学好手艺更好找工作。\n\n"
                   "■区县防治非典快报\n（截至5月19日12时）\n"
                   "区　县　　　　留观人数　　　解除观察\n万州区　　　　　412　　　　　187\n"
                   "涪陵区　　　　　203　　　　　　96\n　　以上各区县均无新增疑似病例。\n"
                   "（市防治非典型肺炎指挥部办公室提供）\n")
    assert [s.headline for s in page.stories] == ["县里举办技能培训班", "区县防治非典快报"]
    assert page.stories[-1].paragraphs[-1] == "以上各区县均无新增疑似病例。"


def test_a_classifieds_label_with_its_hotline_over_headed_ads_and_an_editors_line_with_slashes():
    # (h425: the label and its hotline on one line, lost notices, then ads each headed
    # '门面招租' over the ad that names the phone; the page's editors separated by slashes)
    page = segment("含谷镇签约引进两个农业项目\n\n　　本报讯　4月20日，含谷镇签约引进两个农业项目。\n\n"
                   "分类广告　　　　刊登热线：68781234\n遗失声明\n"
                   "刘德明遗失重庆市九龙坡区陶家镇农村合作医疗证一本，证号：0306127，声明作废。\n"
                   "门面招租\n杨家坪步行街旁临街门面一间，面积约80平方米，水电齐全。电话：68786543　王先生\n"
                   "诚聘\n重庆某物流公司诚聘驾驶员5名，待遇面议。电话：68452276\n\n"
                   "本版责编/刘　洋　　美编/陈　静　　校对/王小丽\n")
    assert [(s.headline, s.paragraphs) for s in page.stories] == [
        ("含谷镇签约引进两个农业项目", ("4月20日，含谷镇签约引进两个农业项目。",))]
    assert {"门面招租", "诚聘", "本版责编/刘　洋　　美编/陈　静　　校对/王小丽"} <= set(page.noise)
    assert lines.classify(1, "本版责编/刘　洋　　美编/陈　静").rule == "editors"


def test_a_recruitment_ad_under_its_own_head_is_no_story():
    # (h179: '诚　聘' letter-spaced, the firm's sentence, its posts, its terms and the contact
    # line with a phone, set close under a report; a report headed like a post is news)
    page = segment("复兴街道开展防溺水教育\n\n　　本报讯　6月6日，复兴街道走进两所小学开展防溺水教育。"
                   "（复兴街道　陈小琴）\n\n诚　聘\n城口县九重山旅游开发有限公司因业务发展需要，现面向社会招聘：\n"
                   "景区讲解员　5名　女，18—35周岁，普通话标准\n待遇：底薪＋绩效，缴纳五险\n"
                   "联系人：王先生　　电话：023-59223355\n\n招聘\n　　本报讯　6月8日，县人力社保局举办"
                   "招聘会，56家企业提供岗位1300余个。\n")
    assert [s.headline for s in page.stories] == ["复兴街道开展防溺水教育", "招聘"]
    assert {"诚　聘", "联系人：王先生　　电话：023-59223355"} <= set(page.noise)


def test_the_papers_own_address_at_the_foot_is_furniture():
    # (h122: '涪陵日报社地址：…　　新闻热线：…' under the last notice: no story of its own)
    for text in ("涪陵日报社地址：涪陵区崇义街道兴华中路26号　　新闻热线：023-72223366",
                 "本报地址：九龙坡区杨家坪西郊路　　邮编：400050"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    assert lines.classify(1, "报社地址在哪里？").kind is not lines.Kind.NOISE


def test_a_day_of_history_years_before_the_page_dates_no_story():
    # (h523, h808: a quiz's answer or a look back names a day of long ago with its year; the
    # piece is of no such day. A report of last week keeps its day.)
    assert story_dates(
        "党史学习应知应会（五）\n2021年6月18日　星期五\n\n"
        "　　中国共产党第一次全国代表大会于1921年7月23日在上海召开。\n\n"
        "县里召开座谈会\n　　本报讯　2021年6月11日，县里召开老党员座谈会。\n") == [None, "2021-06-11"]


def test_a_reprinted_piece_is_dated_against_the_day_it_was_first_printed():
    # (h569: a '旧闻新读' column reprints a report of 2009 under its note on a page of 2019)
    page = segment("綦江日报　　2019年11月15日　星期五\n\n旧闻新读\n\n我县首个农民工返乡创业园开园\n\n"
                   "（原载2009年11月13日《綦江报》第1版）\n\n"
                   "　　本报讯（记者　刘德华）11月11日，我县首个农民工返乡创业园在桥河工业园区开园。\n\n\n"
                   "全区冬季征兵工作启动\n\n　　本报讯　11月12日，全区冬季征兵工作启动。\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("我县首个农民工返乡创业园开园", "2009-11-11"), ("全区冬季征兵工作启动", "2019-11-12")]
    assert "（原载2009年11月13日《綦江报》第1版）" in page.noise


def test_a_portals_list_of_teasers_cut_with_a_link_to_the_whole_is_no_story():
    # (a 华龙网-style channel page: each entry its title, its summary cut off with '…[详细]'
    # and its time; then the first article printed whole under the site's menu again)
    page = segment("涪陵新闻\n\n涪陵区召开第四季度安全生产工作会议\n"
                   "华龙网11月8日10时讯（通讯员 冉 静）11月7日，涪陵区召开2016年第四季度安全生产工作会议…[详细]\n"
                   "2016-11-08 10:02\n\n涪陵城区8条公交线路11月10日起优化调整\n"
                   "华龙网11月7日11时讯（记者 邹 洋）记者从涪陵区交通局获悉，为方便市民出行…[详细]\n"
                   "2016-11-07 11:40\n\n"
                   "上一页　1　2　3　4　5　下一页　　共127页　转到第［　］页　GO\n\n"
                   "当前位置：华龙网 > 区县 > 涪陵 > 正文\n\n涪陵区召开第四季度安全生产工作会议\n\n"
                   "华龙网11月8日10时讯（通讯员 冉 静）11月7日，涪陵区召开2016年第四季度安全生产工作会议，"
                   "分析当前安全生产形势。\n\n会议要求，各乡镇街道要抓好冬季安全生产。\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.date) == (
        "涪陵区召开第四季度安全生产工作会议", ("冉静",), "2016-11-07")
    assert "涪陵城区8条公交线路11月10日起优化调整" in page.noise
    assert lines.classify(1, "上一页　1　2　3　下一页　　共127页　转到第［　］页　GO").kind is lines.Kind.NOISE
    # A summary that runs on to its end, not cut off, is still text.
    assert lines.classify(1, "详细情况请拨打热线咨询。").kind is not lines.Kind.NOISE


def test_a_government_sites_footer_its_address_and_its_badges_are_furniture():
    page = segment("城口县召开推进会\n\n　　8月23日，我县召开脱贫攻坚推进会。\n\n"
                   "　　会议要求，全力冲刺三季度。\n\n网站地图　|　联系我们　|　网站声明　|　使用帮助\n"
                   "主办：重庆市城口县人民政府办公室　　承办：城口县信息中心\n"
                   "地址：重庆市城口县葛城街道北大街　　邮编：405900\n"
                   "网站标识码：5002290001　　渝ICP备05008976号\n政府网站找错\n党政机关\n")
    story, = page.stories
    assert story.paragraphs[-1] == "会议要求，全力冲刺三季度。"
    assert {"地址：重庆市城口县葛城街道北大街　　邮编：405900", "政府网站找错"} <= set(page.noise)
    # An address that is a notice's own last words, with text around it, stays its text.
    story, = segment("征稿启事\n\n　　本报即日起征集摄影作品。\n"
                     "地址：城口县葛城街道北大街　　邮编：405900\n　　欢迎踊跃投稿。\n").stories
    assert any("邮编" in p for p in story.paragraphs)


def test_readers_comments_labelled_with_their_place_and_the_authors_reply_are_chrome():
    page = segment("两条客运班线实行公交化运营\n\n　　3月12日上午7点，首班公交化客运车辆从县汽车客运中心发车。\n\n"
                   "（融媒体记者　向晓东）\n\n点赞 126　　　　收藏　　　　分享\n"
                   "分享至：　微信好友　　朋友圈　　QQ　　微博　　复制链接\n\n评论 23\n\n"
                   "138****6217\n公交开到家门口了，为政府点赞\nIP属地：重庆　　03-12 18:05　　回复　　赞 36\n\n"
                   "夔州老幺\n请问康乐镇那条线大概好久开通？\nIP属地：重庆　　03-12 18:21　　回复　　赞 12\n"
                   "作者回复：预计今年下半年，请持续关注。\n\n"
                   "我来说两句...　　　　　　　　发送\n")
    story, = page.stories
    assert story.headline == "两条客运班线实行公交化运营"
    assert {"夔州老幺", "作者回复：预计今年下半年，请持续关注。", "我来说两句...　　　　　　　　发送"} <= set(
        page.noise)


def test_a_head_centred_in_by_a_paragraphs_indent_over_its_dateline_or_byline():
    # (text from a PDF: heads centred on a narrow column are set in like paragraphs; a
    # brief's town run in in brackets makes no 'place：topic' head of the same town a label)
    page = segment("丰都报　2022年6月10日　星期五　　第2版\n"
                   "　包鸾镇“稻鱼共生”让一田产出两份收益\n□本报记者　谭　静\n"
                   "　　6月7日清晨，包鸾镇花园村的稻田里，秧苗\n青翠，不时有鱼儿跃出水面。\n"
                   "　　【三合街道】6月8日，三合街道联合县人民\n医院开展健康义诊活动。（通讯员　王　芳）\n"
                   "　　三合街道：“院坝会”开到群众家门口\n"
                   "　　本报讯　6月6日晚，三合街道平都社区的一\n处院坝里灯火通明，30多名居民围坐在一起。\n"
                   "（记者　黄　露）\n")
    assert [s.headline for s in page.stories] == [
        "包鸾镇“稻鱼共生”让一田产出两份收益", "三合街道：“院坝会”开到群众家门口"]


def test_a_line_of_a_scans_specks_is_no_text():
    page = segment("北滨大道晨练忙\n·　　■\n　　昨日清晨，北滨大道江边，市民们有的打太极\n"
                   "拳，有的跳扇子舞。\n\n记者昨日下午赶到现场。\n.　　:　　·　　.\n住户王婆婆说：“找了好几次。”\n")
    story, = page.stories
    assert (story.headline, story.subtitle) == ("北滨大道晨练忙", None)
    assert not any(p.startswith((".", "·")) for p in story.paragraphs)
    for text in ("？？？", "|---|---|", "▇■▓ ▆▓", "■"):
        assert lines.classify(1, text).rule != "specks", text


def test_deputies_proposals_each_under_its_title_over_the_deputys_name_card_are_items():
    page = segment("代表建议\n\n让群众的“小心愿”变成“大实事”\n\n　　会上，代表们纷纷建言献策。\n\n"
                   "把“小院经济”做成村民增收的大产业\n\n市人大代表　邓光明\n璧山区大路街道天星村党委书记\n\n"
                   "　　天星村有农家小院230多个，过去大多闲置。\n\n给山区孩子配齐音体美老师\n\n"
                   "市人大代表　谭秀芳\n巫山县骡坪镇中心小学校长\n\n　　“我们学校有12个班，音乐老师只有一名。”\n\n"
                   "（上游新闻·重庆晚报记者　周　静　整理）\n")
    story, = page.stories
    assert story.headline == "让群众的“小心愿”变成“大实事”"
    assert [(i.heading, i.lead) for i in story.items] == [
        ("把“小院经济”做成村民增收的大产业", "市人大代表　邓光明　璧山区大路街道天星村党委书记"),
        ("给山区孩子配齐音体美老师", "市人大代表　谭秀芳　巫山县骡坪镇中心小学校长")]
    assert story.items[1].paragraphs == ("“我们学校有12个班，音乐老师只有一名。”",)


def test_four_heads_over_a_lead_are_a_flag_a_kicker_a_headline_and_a_deck():
    page = segment("德润巫溪　善行天下\n\n\n崇德向善　见贤思齐\n\n我县表彰第八届道德模范\n\n"
                   "5人获评道德模范　10人获提名奖\n\n"
                   "　　本报讯（融媒体记者　李　娟）9月20日晚，巫溪县第八届道德模范颁奖典礼举行。\n")
    story, = page.stories
    assert (page.banner, story.kicker, story.headline, story.subtitle) == (
        "德润巫溪　善行天下", "崇德向善　见贤思齐", "我县表彰第八届道德模范", "5人获评道德模范　10人获提名奖")


def test_profiles_under_heads_that_name_their_people_are_items():
    page = segment("平凡之光　照亮大宁河畔\n\n助人为乐模范｜刘家富：为乡亲修通“致富路”\n\n"
                   "　　刘家富，男，1962年6月生，中共党员，宁厂镇双龙村党支部书记。\n\n"
                   "　　双龙村地处大宁河峡谷，过去村民进出全靠一条悬崖小道。\n\n"
                   "见义勇为模范｜向　敏：纵身跳入冰冷河水\n\n　　向敏，女，1991年3月生，巫溪县人民医院急诊科护士。\n\n"
                   "　　今年1月的一个傍晚，向敏下班途经柏杨河滨河步道。\n")
    story, = page.stories
    assert story.headline == "平凡之光　照亮大宁河畔"
    assert [i.heading for i in story.items] == [
        "助人为乐模范｜刘家富：为乡亲修通“致富路”", "见义勇为模范｜向　敏：纵身跳入冰冷河水"]


def test_a_box_of_figures_under_its_label_and_its_title_after_a_report_is_a_story():
    page = segment("主城上周新车上牌破万辆\n商报记者　吴　迪\n　　记者昨日从市车管所获悉，上周主城新车上牌10236辆。\n"
                   "■商报数据\n主城部分区二手房挂牌均价（3月13日—19日）\n区域　　　　挂牌均价　　　　环比\n"
                   "渝中区　　　12260元/㎡　　↑1.8%\n江北区　　　11870元/㎡　　↑2.3%\n"
                   "（数据来源：主城部分房产中介机构　制表：商报记者　范　蕾）\n")
    report, table = page.stories
    assert report.paragraphs == ("记者昨日从市车管所获悉，上周主城新车上牌10236辆。",)
    assert (table.section, table.headline) == ("商报数据", "主城部分区二手房挂牌均价（3月13日—19日）")


def test_a_web_page_saved_by_a_clipper_is_a_page_and_its_digest_of_news_one_post():
    # (a note app's web clipper: the post's title only in the front matter, the day it was
    # posted and the day it was clipped, a placeholder image drawn as an SVG data address)
    placeholder = ("![图片](data:image/svg+xml,%3Csvg%20width='1px'%3E%3Cg%20transform="
                   "'translate(-249.000000,%20-126.000000)'%3E%3C/g%3E%3C/svg%3E)")
    text = ("---\ntitle: \"荣昌早知道丨夏布织造技艺培训班开班；安富陶瓷产业园新签3个项目……\"\n"
            "source: \"https://mp.weixin.qq.com/s/Kq7vR2mLx9TnP4wHcZ8eJA\"\nauthor:\n"
            "  - \"[[荣昌发布]]\"\npublished: 2023-04-18\ncreated: 2025-02-11\n"
            "description: \"4月17日，…\"\ntags:\n  - \"clippings\"\n---\n"
            "**点击上方蓝字 关注我们**\n\n**夏布织造技艺培训班在盘龙镇开班**\n\n"
            "4月17日，2023年荣昌夏布织造技艺培训班在盘龙镇开班。\n\n（融媒体记者　刘思雨）\n\n"
            "**河包镇2000余亩酿酒高粱开始播种**\n\n" + placeholder + "\n\n*▲河包镇种植大户在地里播种高粱。*\n\n"
            "近日，河包镇2000余亩酿酒高粱进入播种期。\n\n文/图　通讯员　黄　露\n")
    source, problems = reader.read_bytes(text.encode("utf-8"), "clip.md", is_markdown=True)
    assert problems == [] and not source.is_article
    assert (source.meta.clipped_from, source.meta.date, source.meta.reporters) == (
        "https://mp.weixin.qq.com/s/Kq7vR2mLx9TnP4wHcZ8eJA", "2023-04-18", ("荣昌发布",))
    page = segmenter.segment(source)
    story, = page.stories
    assert (story.section, story.headline, story.line) == (
        "荣昌早知道", "夏布织造技艺培训班开班；安富陶瓷产业园新签3个项目……", 2)
    assert [(i.heading, i.reporters) for i in story.items] == [
        ("夏布织造技艺培训班在盘龙镇开班", ("刘思雨",)), ("河包镇2000余亩酿酒高粱开始播种", ("黄露",))]
    assert placeholder in page.noise
    # An editor's article keeps its front matter's meaning: no web address and no clipping.
    source, _ = reader.read_bytes("---\ntitle: 甲\nsource: 本报\n---\n正文。\n".encode(), "a.md",
                                  is_markdown=True)
    assert source.is_article and source.meta.clipped_from is None


def test_a_portals_side_menu_its_notices_files_and_its_latest_notices_box_are_chrome():
    page = segment("当前位置： 首页 >> 政务公开 >> 通知公告\n\n通知公告\n政策文件\n人事信息\n招考录用\n财政预决算\n\n"
                   "关于公开征集2018年区级重点民生实事项目建议的公告\n\n广大市民朋友：\n\n"
                   "　　为切实办好群众最关心的利益问题，现公开征集建议。\n\n重庆市潼南区人民政府办公室\n2017年10月16日\n\n"
                   "相关附件：\n附件1：2018年潼南区重点民生实事项目建议表.doc　（31.5KB）　下载次数：214\n\n"
                   "最新公告　　　　　　　　　　　　更多>>\n关于琼江河道部分区段实施禁渔的通告\n"
                   "潼南区2017年第三季度双随机抽查结果公示\n")
    story, = page.stories
    assert story.headline == "关于公开征集2018年区级重点民生实事项目建议的公告"
    assert {"政策文件", "相关附件：", "关于琼江河道部分区段实施禁渔的通告"} <= set(page.noise)
    assert lines.classify(1, "最新公告　　　　更多>>").rule == "box-label"
    # Names one a line under the page's chrome are no menu: a name is two or three characters.
    page = segment("当前位置： 首页 >> 政务公开\n\n县领导\n王　涛\n韦德军\n邓　丽\n石　磊\n\n"
                   "　　县领导看望慰问了困难群众。\n")
    assert not {"韦德军", "王　涛"} & set(page.noise)


def test_a_table_read_one_cell_a_line_is_its_rows_again():
    # (a PDF's table copied cell by cell: the header's cells say how wide a row is)
    page = segment("南川区区管领导干部任前公示\n\n　　经区委研究，拟对以下2名同志任职，现予以公示。\n"
                   "姓名\n性别\n出生年月\n现任职务\n拟任职务\n韦志刚\n男\n1982.05\n区发展改革委党组成员、副主任\n"
                   "木凉镇党委书记\n陈丽娟\n女\n1986.11\n东城街道党工委副书记、办事处主任\n区民政局党组书记、局长\n"
                   "　　公示时间：2023年11月24日至11月30日。\n")
    story, = page.stories
    assert story.paragraphs[1:4] == (
        "姓名　　性别　　出生年月　　现任职务　　拟任职务",
        "韦志刚　　男　　1982.05　　区发展改革委党组成员、副主任　　木凉镇党委书记",
        "陈丽娟　　女　　1986.11　　东城街道党工委副书记、办事处主任　　区民政局党组书记、局长")
    # Cells over the table's source, under its title, are the story's rows too.
    story, = segment("上周车市\n\n　　从品牌看，自主品牌表现抢眼。\n9月零售量前五车型\n排名\n车型\n零售量（辆）\n"
                     "1\n长安CS75\n2126\n2\n长安逸动\n1873\n数据来源：重庆市汽车商业协会\n"
                     "　　业内人士分析，10月零售量将与9月基本持平。\n").stories
    assert story.paragraphs[1:5] == ("9月零售量前五车型", "排名　　车型　　零售量（辆）",
                                     "1　　长安CS75　　2126", "2　　长安逸动　　1873")


def test_heads_with_an_offers_words_right_over_a_reporters_byline_are_heads():
    page = segment("多款热销SUV优惠加码\n最高现金优惠3万元\n记者　王　川\n"
                   "　　国庆长假后，车市迎来短暂调整期。为冲刺年底销量，不少品牌的4S店加大了优惠力度。\n")
    story, = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "多款热销SUV优惠加码", "最高现金优惠3万元", ("王川",))


def test_a_briefs_columns_titles_run_in_before_a_full_width_space_head_its_briefs():
    page = segment("法治简讯\n\n区检察院举办“检察开放日”活动　11月4日，区检察院举办以“检护民生”为主题的检察开放日活动，"
                   "邀请20余名人大代表走进检察服务中心。（通讯员　谭　敏）\n\n"
                   "丁家街道培训“法律明白人”　11月2日,丁家街道举办“法律明白人”培训班，全街道68名“法律明白人”参加培训。"
                   "（记者　钟　可）\n\n公告速递\n\n600781　江州建材　公司董事会决定，以现金方式收购江津市一家水泥企业60%的股权。\n")
    assert [(s.headline, s.reporters) for s in page.stories][:2] == [
        ("区检察院举办“检察开放日”活动", ("谭敏",)), ("丁家街道培训“法律明白人”", ("钟可",))]
    # A security's code before its name is no title: the row stays a row.
    assert "600781" not in [s.headline for s in page.stories]


def test_a_contents_boxs_teasers_each_over_its_pointer_to_the_page_are_no_stories():
    page = segment("导　读\n\n全县中小学秋季开学安全大检查启动\n　　9月14日起，县教委联合公安、市场监管等部门，对全县\n"
                   "中小学校开展为期两周的安全大检查。\n　　　　　　　　（详见2版）\n\n郁山古镇“非遗集市”明日开市\n"
                   "　　18日起，郁山古镇将连续三个周末举办“非遗集市”。\n　　　　　　　　（详见3版）\n\n\n"
                   "县人大常委会举行第四十一次会议\n　　本报讯（融媒体记者　蔡　静）9月16日，县十七届人大常委会举行第四十一次会议。\n")
    story, = page.stories
    assert story.headline == "县人大常委会举行第四十一次会议"
    assert "全县中小学秋季开学安全大检查启动" in page.noise


def test_a_clipped_articles_headings_after_its_text_began_are_its_sections():
    text = ("---\ntitle: \"“候鸟”采椒工回来了！江津先锋镇20万亩花椒进入采摘旺季\"\n"
            "source: \"https://www.cqcb.com/county/jiangjin/2023-07-12/1.html\"\n"
            "published: 2023-07-12\ncreated: 2024-03-02\n---\n"
            "上游新闻·重庆晨报记者　刘　丹\n\n7月11日清晨6点，江津区先锋镇保坪村的花椒地里已是一片忙碌。\n\n"
            "## 工钱按斤算，快手一天能挣三四百\n\n罗素芬告诉记者，采椒工钱按斤计算。\n\n"
            "## 相关阅读\n\n- [江津花椒节开幕](https://www.cqcb.com/a.html)\n")
    source, _ = reader.read_bytes(text.encode("utf-8"), "clip.md", is_markdown=True)
    story, = segmenter.segment(source).stories
    assert story.paragraphs[-1] == "罗素芬告诉记者，采椒工钱按斤计算。"
    assert story.paragraphs[story.subheads[0]] == "工钱按斤算，快手一天能挣三四百"


def test_a_posts_parts_numbered_with_a_bar_and_its_credit_block_with_bars():
    page = segment("龙缸脚下的“甜蜜账”\n\n初秋的清水土家族乡，云雾还挂在山腰。\n\n壹丨从“背篓”到“蜂箱”\n\n"
                   "9月18日一早，60岁的杨国富就戴上防蜂帽，钻进了屋后的蜂场。\n\n贰丨路通了，蜂蜜“飞”出大山\n\n"
                   "要把蜂蜜卖出去，先得把路修进来。\n\n文字｜融媒体记者　冉　静　通讯员　谭　雪\n"
                   "图片｜融媒体记者　冉　静\n编辑｜刘　畅\n")
    story, = page.stories
    assert (story.reporters, story.photographers) == (("冉静", "谭雪"), ("冉静",))
    assert [story.paragraphs[i] for i in story.subheads] == [
        "壹丨从“背篓”到“蜂箱”", "贰丨路通了，蜂蜜“飞”出大山"]
    # A menu's straight bars part its entries: no label's field is read in it.
    assert lines.classify(1, "首页 | 新闻 | 图片 | 重庆").rule == "web-chrome"


def test_a_districts_tag_under_a_bar_over_heads_set_in_like_paragraphs():
    # (a city paper's 区县 page from its PDF: each district's tag under a bar, its stories'
    # heads centred, so set in as far as a paragraph)
    page = segment("08　区县　　　　编辑　丁　可\n\n▌巫溪\n\n　　巫溪3.2万农村群众喝上“放心水”\n"
                   "　　记者昨日从巫溪县水利局获悉，今年以来全县已有3.2万农村群众喝上了\n干净卫生的自来水。\n\n"
                   "▌彭水\n\n　　郁山古盐泉熬出第一锅“古法盐”\n　　——千年制盐技艺有望在郁山镇“复活”\n"
                   "首席记者　汪　帆\n　　3月19日，彭水县郁山镇的老盐灶前，老盐工守着一口大铁锅。\n")
    assert [(s.section, s.headline, s.subtitle) for s in page.stories] == [
        ("巫溪", "巫溪3.2万农村群众喝上“放心水”", None),
        ("彭水", "郁山古盐泉熬出第一锅“古法盐”", "千年制盐技艺有望在郁山镇“复活”")]
    # A post's part under a bar, its title no place, is the part's title as before.
    assert lines.classify(1, "▌钓鱼嘴音乐半岛首场草坪音乐会开唱").rule != "bulleted-place"


def test_an_epaper_systems_export_its_articles_headers_and_fields_are_chrome():
    page = segment("─────────────\n[稿件 1/5]　第01版：要闻　　稿号：YCRB20210416-0101\n─────────────\n"
                   "区委常委会召开会议\n传达学习市委有关会议精神　研究部署近期重点工作\n"
                   "作者：记者　黎　曼　　字数：986　　图：0\n"
                   "发布：2021-04-16 06:30　　栏目：—　　关键词：区委常委会；成渝地区双城经济圈\n\n"
                   "　　本报讯（记者　黎　曼）4月15日，区委书记钟远山主持召开区委常委会会议。\n"
                   "　　会议还研究了其他事项。\n")
    story, = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "区委常委会召开会议", "传达学习市委有关会议精神　研究部署近期重点工作", ("黎曼",))
    # (the header's writer is read as a byline: here the dateline names the same writer)
    assert "作者：记者　黎　曼　　字数：986　　图：0" not in page.noise


def test_a_headline_wrapped_with_a_few_characters_alone_is_one_headline():
    story, = segment("县政府召开秋冬季安全生产\n工作会议\n"
                     "　　本报讯（记者　刘　洋）10月16日，县政府召开秋冬季安全生产工作会议。\n").stories
    assert (story.headline, story.subtitle) == ("县政府召开秋冬季安全生产工作会议", None)
    # A deck of its own length stays a deck.
    story, = segment("县政府召开秋冬季安全生产工作会议\n部署下一阶段重点工作\n"
                     "　　本报讯（记者　刘　洋）10月16日，县政府召开会议。\n").stories
    assert story.subtitle == "部署下一阶段重点工作"


def test_more_columns_names_over_a_headline():
    for name in ("社会广角", "城市表情", "信息窗", "田园小诗", "晚报帮你办"):
        assert lines.is_rubric(name), name
    assert not lines.is_rubric("老城区换了新表情，居民笑开颜")


def test_a_threads_reply_floors_read_on_a_phone_are_chrome_and_its_first_post_stays():
    page = segment("铜梁吧\n6.3万人关注　　42.1万帖子\n只看楼主　　　　　倒序看帖\n巴岳山下的风\n楼主　Lv.10\n"
                   "2020-08-17 11:08\n转个铜梁网今天早上的新闻\n\n铜梁城区新增3条旅游公交线路\n\n"
                   "本报讯（记者　蒋　文）8月16日早上7点半，铜梁城区新开通的3条旅游公交线路投入运营。\n"
                   "回复　　　　赞 36\n\n小林水库钓鱼佬\nLv.6\n第5楼　08-17 12:47\n"
                   "坐车去大足宝顶那个快点开嘛，每次开车去停车都停不到\n回复　　　　赞 8\n\n"
                   "龙城老幺\nLv.9\n第7楼　08-17 14:05\n顶，208路到巴岳山票价好多？\n回复　　　　赞 1\n"
                   "铁牛哥哥 回复 龙城老幺：2到5块，按站算的吧\n")
    assert "铜梁城区新增3条旅游公交线路" in [s.headline for s in page.stories]
    assert {"小林水库钓鱼佬", "顶，208路到巴岳山票价好多？", "铁牛哥哥 回复 龙城老幺：2到5块，按站算的吧"} <= set(
        page.noise)


def test_numbered_captions_a_photographers_spaced_credit_and_columns_over_heads():
    page = segment("黄连采挖正当时\n文／谭　亮　　图／冉　峰\n"
                   "　　立冬过后，高山乡镇陆续进入黄连采挖季。11月14日，村民们挥锄采挖。\n"
                   "图1　村民在枫木镇黄连基地采挖黄连。\n图2　收购商在田间地头收购鲜黄连。\n")
    story, = page.stories
    assert story.captions == ("图1　村民在枫木镇黄连基地采挖黄连。", "图2　收购商在田间地头收购鲜黄连。")
    credit = lines.classify(1, "摄影　谭　勇")
    assert (credit.kind, credit.names) == (lines.Kind.PHOTO_CREDIT, ("谭勇",))
    assert lines.classify(1, "摄影 大赛获奖").kind is not lines.Kind.PHOTO_CREDIT  # no names
    for name in ("新诗坊", "农技110", "数据盒子"):
        assert lines.is_rubric(name), name
    story, = segment("“3·15”当天\n市消委会接到投诉咨询电话1260个\n\n"
                     "　　本报讯　3月15日，市消委会接到投诉咨询电话1260个。\n").stories
    assert (story.kicker, story.headline) == ("“3·15”当天", "市消委会接到投诉咨询电话1260个")


def test_a_table_signed_by_its_compiler_and_a_label_over_a_signed_interview():
    page = segment("石柱黄水队2:1逆转合川钱塘队\n记者　何　川\n　　7月16日晚，石柱黄水队2:1逆转合川钱塘队。\n\n"
                   "■赛后对话\n冉浩：“这球是替全镇人顶进去的”\n记者　何　川　实习生　蒋雨桐\n"
                   "　　冉浩今年29岁，是黄水队的替补前锋。\n\n"
                   "淘汰赛赛果\n轮次　　日期　　　主队　　　　比分　　　　客队\n"
                   "半决赛　7月15日　安富队　0:0　　大昌队\n半决赛　7月16日　黄水队　2:1　　钱塘队\n"
                   "（制表：何　川）\n")
    report, talk, table = page.stories
    assert (talk.section, talk.headline) == ("赛后对话", "冉浩：“这球是替全镇人顶进去的”")
    assert report.paragraphs == ("7月16日晚，石柱黄水队2:1逆转合川钱塘队。",)
    assert (table.headline, table.reporters) == ("淘汰赛赛果", ("何川",))
    # A box of figures with its source only stays in the story it is printed in.
    story, = segment("十年巨变\n记者　何　川\n　　十年来，全区经济总量翻番。\n\n数说潼南十年\n"
                     "地区生产总值　　2015年　286亿元　→　2024年　563亿元\n"
                     "城镇化率　　2015年　39.6%　→　2024年　57.8%\n（数据来源：潼南区统计局）\n").stories
    assert story.headline == "十年巨变"


def test_a_clipped_epaper_page_its_link_list_ended_by_a_rule_and_bold_titled_briefs():
    text = ("---\ntitle: 第A06版：财经-重庆商报数字报\nsource: http://e.chinacqsb.com/html/2018-07/18/node_7.htm\n"
            "created: 2018-07-19 09:12\n---\n\n本版新闻：\n\n- [上半年我市新登记企业近600户](c1.htm)\n"
            "- [市场速递](c2.htm)\n\n---\n\n新设市场主体保持两位数增长\n\n## 上半年我市新登记企业近600户\n\n"
            "商报记者　谭　敏\n\n记者昨日从市工商局获悉，上半年全市新登记各类市场主体21.86万户。\n\n---\n\n"
            "### 市场速递\n\n**主城猪肉价格连续三周回落**　记者昨日从市商务委获悉，猪肉价格回落。\n\n"
            "**永川首个“共享车间”投用**　7月16日，永川区首个“共享车间”正式投用。\n")
    source, _ = reader.read_bytes(text.encode(), "x.md")
    page = segmenter.segment(source)
    lead, briefs = page.stories
    assert (lead.kicker, lead.headline) == ("新设市场主体保持两位数增长", "上半年我市新登记企业近600户")
    assert briefs.headline == "市场速递"
    assert [i.heading for i in briefs.items] == ["主城猪肉价格连续三周回落", "永川首个“共享车间”投用"]


def test_an_election_list_of_posts_and_names_under_the_bodies_names_is_one_story():
    page = segment("当　选　名　单\n（2022年1月6日区第二届人民代表大会第一次会议选举）\n区人大常委会\n主　任　秦怀远\n"
                   "副主任　向德华　刘　婷（女）　何永川\n委　员（按姓氏笔画为序）\n王　川　　　邓小英（女）　朱德明\n"
                   "区人民政府\n区　长　蒋德安\n副区长　冯国强　汤　伟　陈小兰（女）\n区人民法院\n院　长　谢　芳（女）\n")
    story, = page.stories
    assert (story.headline, story.subtitle) == ("当选名单", "（2022年1月6日区第二届人民代表大会第一次会议选举）")
    assert story.paragraphs[:2] == ("区人大常委会", "主　任　秦怀远")
    assert story.paragraphs[-1] == "院　长　谢　芳（女）"


def test_a_portals_video_player_an_apps_top_bar_comments_with_their_count_and_joined_clips():
    chrome = ["▶\u3000\u3000\u3000\u3000标清\u3000\u3000全屏", "视频加载中，请稍候...",
              "▶ 02:14　航拍夏日武隆仙女山　　　▶ 01:48　磁器口夜景人气旺",
              "＜　　　　今日头条　　　　打开APP", "created: 2019-04-12T22:33:48 (UTC +08:00)", "tags: []",
              "source: http://epaper.cqwb.com.cn/html/2019-04/12/content_288412.htm"]
    assert {lines.classify(1, text).kind for text in chrome} == {lines.Kind.NOISE}
    assert lines.classify(1, "全部评论 41").kind is lines.Kind.LABEL
    assert lines.classify(1, "综合新闻 03").kind is lines.Kind.NOISE  # a page's name and number
    page = segment("苗寨丰收节太热闹了\n\n9月23日，丰收节在鞍子镇罗家坨苗寨举行。\n\n全部评论 41\n\n"
                   "苗乡阿妹\n家乡的秋天最美！在外打工都想回去了\n09-23 19:12 · 浙江　　　回复　　　赞 56\n\n"
                   "彭水发布　作者\n欢迎回家看看～\n09-23 19:40 · 重庆　　　赞 12\n\n"
                   "清风徐来\n去年去过罗家坨，吊脚楼很有特色，就是路有点窄\n09-23 21:31 · 四川　　　回复　　　赞 8\n")
    assert [s.headline for s in page.stories] == ["苗寨丰收节太热闹了"]


def test_a_deck_wrapped_at_a_pause_an_obituarys_portrait_and_a_life_in_dated_entries():
    story, = segment("区二届人大一次会议举行第三次全体会议\n选举产生新一届区人大常委会、区人民政府、\n"
                     "区监察委员会领导人员\n　　本报讯（记者　何　静）1月6日上午，会议举行第三次全体会议。\n").stories
    assert story.subtitle == "选举产生新一届区人大常委会、区人民政府、区监察委员会领导人员"
    story, = segment("区二届人大一次会议举行第三次全体会议\n选举产生新一届区人大常委会、区监察委员会领导人员\n"
                     "和区人民法院院长、区人民检察院检察长\n　　本报讯（记者　何　静）1月6日上午，会议举行。\n").stories
    assert story.subtitle == "选举产生新一届区人大常委会、区监察委员会领导人员和区人民法院院长、区人民检察院检察长"
    assert lines.classify(1, "周文彬同志遗像").kind is lines.Kind.CAPTION
    page = segment("沉 痛 悼 念 周 文 彬 同 志\n\n讣　　告\n周文彬同志遗像\n"
                   "  周文彬同志因病医治无效，于2001年3月5日在涪陵逝世，享年82岁。\n  特此讣告。\n"
                   "周文彬同志治丧委员会\n2001年3月6日\n\n\n周文彬同志生平\n"
                   "1919年10月　出生于四川省涪陵县蔺市一个农民\n家庭。\n1937年9月　考入重庆一所中学读书，积极参加\n"
                   "抗日救亡宣传活动。\nl940年5月　加入中国共产党。\n")
    notice, life = page.stories
    assert (page.banner, notice.kicker) == ("沉痛悼念周文彬同志", None)
    assert notice.captions == ("周文彬同志遗像",)
    assert (life.headline, life.subtitle) == ("周文彬同志生平", None)
    assert life.paragraphs[0] == "1919年10月　出生于四川省涪陵县蔺市一个农民家庭。"


def test_a_reposts_source_note_a_posts_bulleted_links_and_a_caption_over_a_report_in_parts():
    assert lines.classify(1, "本文来源：重庆晚报").kind is lines.Kind.NOISE
    credit = lines.classify(1, "文、圖：大公報記者　陳曉彤")
    assert (credit.kind, credit.names, credit.with_photos) == (lines.Kind.BYLINE, ("陳曉彤",), True)
    assert lines.classify(1, "本版目錄").kind is lines.Kind.LABEL
    page = segment("家门口的“边角地”变身口袋公园\n\n[图片]\n△改造后的望龙坎口袋公园，绿意盎然。（记者 钟一鸣 摄）\n\n"
                   "4月22日，金汤街社区的望龙坎口袋公园正式开放。\n\n▍从“边角地”到“会客厅”\n\n"
                   "记者在现场看到，公园顺着山势分成三层平台。\n\n往期回顾\n\n▶ 注意！解放碑这些路段本周末临时交通管制\n"
                   "▶ 渝中区2021年一季度重点项目集中开工\n")
    story, = page.stories
    assert story.captions == ("改造后的望龙坎口袋公园，绿意盎然。",)
    assert story.paragraphs[0] == "4月22日，金汤街社区的望龙坎口袋公园正式开放。"
    assert "注意！解放碑这些路段本周末临时交通管制" in page.noise


def test_a_head_line_opening_with_ji_or_a_short_bracketed_note_goes_on_the_line_above():
    story, = segment("扣好廉洁从政“第一粒扣子”\n我县举行新任职县管干部任前集体谈话\n暨宪法宣誓仪式\n\n"
                     "　　本报讯（记者　刘　洋）7月12日，我县举行集体谈话。\n").stories
    assert (story.kicker, story.headline) == ("扣好廉洁从政“第一粒扣子”", "我县举行新任职县管干部任前集体谈话暨宪法宣誓仪式")
    story, = segment("中共綦江县委七届六次全体\n（扩大）会议召开\n\n　　本报讯　12月5日，全会召开。\n").stories
    assert story.headline == "中共綦江县委七届六次全体（扩大）会议召开"
    # (a case number under a court's notice is its deck)
    story, = segment("重庆市江北区人民法院公示催告公告\n（2013）江法民催字第00017号\n\n　　申请人刘某因票据遗失申请公示催告。\n").stories
    assert story.subtitle == "（2013）江法民催字第00017号"


def test_heads_printed_right_under_a_headless_storys_text_and_set_apart_below_are_its_own():
    page = segment("　　本报讯（记者　何　静）昨日，邓女士反映楼上漏水三个月没人管。\n"
                   "　　记者协调后，物管当天派人入户维修。\n热线追踪\n楼上漏水三个月　楼下天花板泡烂\n\n\n"
                   "　　本报讯（记者　孙　磊）记者昨日获悉，渝澳大桥将实行半幅封闭。\n"
                   "　　施工期间，车辆可绕行黄花园大桥。\n交通快报\n渝澳大桥下周一起夜间半幅封闭\n\n\n"
                   "女子深夜坐在江边欲轻生\n民警陪她聊了两小时劝回家\n"
                   "　　本报讯（记者　何　静）昨日凌晨1时许，一名女子翻过护栏。\n")
    assert [(s.section, s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("热线追踪", "楼上漏水三个月　楼下天花板泡烂", None, ("何静",)),
        ("交通快报", "渝澳大桥下周一起夜间半幅封闭", None, ("孙磊",)),
        (None, "女子深夜坐在江边欲轻生", "民警陪她聊了两小时劝回家", ("何静",)),
    ]
    # With no space below them, the heads are the next story's, over its text.
    page = segment("　　本报讯（记者　何　静）昨日，邓女士反映楼上漏水。\n"
                   "热线追踪\n楼上漏水三个月　楼下天花板泡烂\n　　本报讯（记者　孙　磊）昨日，大桥封闭。\n")
    assert page.stories[-1].headline == "楼上漏水三个月　楼下天花板泡烂"
    assert page.stories[-1].reporters == ("孙磊",)


def test_a_markdown_headlines_deck_with_a_comma_over_a_dateline_and_a_column_heading_over_a_plain_headline():
    story, = segment("## 区级专家进乡村　义诊送到家门口\n\n**区卫生健康委组织义诊活动，300余名群众受益**\n\n"
                     "本报讯（记者　王　璐）3月16日一早，义诊开始。\n").stories
    assert (story.headline, story.subtitle) == ("区级专家进乡村　义诊送到家门口", "区卫生健康委组织义诊活动，300余名群众受益")
    story, = segment("### 卫健快讯\n\n**区妇幼保健院启动“两癌”免费筛查**\n\n3月18日起，筛查工作启动。\n").stories
    assert (story.section, story.headline, story.subtitle) == ("卫健快讯", "区妇幼保健院启动“两癌”免费筛查", None)


def test_an_exports_colon_fields_give_each_head_its_role_wherever_it_is_printed():
    page = segment("┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈\n①　今年以来汽车以旧换新补贴申领超4万份\n肩题：政策加力　车市回暖\n"
                   "副题：新能源车型占比近七成\n栏目：\n作者：商报记者　杨　茜\n"
                   "图片说明：市民在4S店了解新能源车型。　商报记者　王　川　摄\n正文：\n"
                   "　　3月13日，记者从市商务委获悉，补贴申领超4万份。\n\n"
                   "┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈\n②　换新补贴要“快”更要“准”\n肩题：\n副题：\n栏目：商报快评\n作者：何　谦\n"
                   "图片说明：\n正文：\n　　补贴到账时间缩短一半，这是一个进步。\n")
    first, second = page.stories
    assert (first.kicker, first.headline, first.subtitle) == (
        "政策加力　车市回暖", "今年以来汽车以旧换新补贴申领超4万份", "新能源车型占比近七成")
    assert (first.reporters, first.photographers, first.captions) == (
        ("杨茜",), ("王川",), ("市民在4S店了解新能源车型。",))
    assert (second.section, second.headline, second.reporters) == ("商报快评", "换新补贴要“快”更要“准”", ("何谦",))
    assert second.paragraphs == ("补贴到账时间缩短一半，这是一个进步。",)


def test_an_e_papers_article_header_naming_the_writer_signs_the_article_under_it():
    page = segment("第04版：城事　　　　<< 上一版　　下一版 >>　　版面导航　　往期回顾\n\n本版共2篇稿件：\n"
                   "1.主城新增12条夜间公交线路\n2.小区电梯停运半月　何时能修好？\n\n"
                   "────────────────\n【第1篇】　作者：晚报记者　何　静　　　字数：586\n────────────────\n"
                   "主城新增12条夜间公交线路\n\n　　10月16日，记者从市交通运输委获悉，新线路开通。\n\n"
                   "────────────────\n【第2篇】　作者：文/图　晚报记者　罗　婷　　　字数：1214\n────────────────\n"
                   "小区电梯停运半月　何时能修好？\n\n　　10月16日，记者来到小区。\n")
    assert [(s.headline, s.reporters, s.photographers) for s in page.stories] == [
        ("主城新增12条夜间公交线路", ("何静",), ()),
        ("小区电梯停运半月　何时能修好？", ("罗婷",), ("罗婷",)),
    ]
    assert page.page_number == "04"


def test_a_writers_name_with_a_note_on_the_writer_signs_the_commentary_above():
    page = segment("“解纷码”贵在解得了\n\n　　扫码容易，解纷不易。\n□贺　兰（作者系执业律师）\n\n法治简讯\n"
                   "■荣昌区开展冬季交通安全整治\n　　本报讯　12月1日起，整治开展。\n"
                   "■垫江县检察院开展“检察开放日”活动\n　　本报讯　12月4日，活动举行。\n")
    assert [(s.section, s.headline, s.reporters, bool(s.items)) for s in page.stories] == [
        (None, "“解纷码”贵在解得了", ("贺兰",), False),
        ("法治简讯", "荣昌区开展冬季交通安全整治", (), False),
        ("法治简讯", "垫江县检察院开展“检察开放日”活动", (), False),
    ]


def test_a_sentence_naming_a_sites_buttons_words_is_text_and_the_buttons_are_chrome():
    for text in ("当天上午，记者看到站厅内设置了母婴室、无障碍卫生间和爱心服务台。",
                 "公厕均配备了无障碍通道和洗手设施，",
                 "如有疑问请联系我们的工作人员，我们将及时答复。"):
        assert lines.classify(1, text).kind is lines.Kind.BODY, text
    for text in ("扫一扫在手机打开当前页", "适老化无障碍服务", "关于我们　联系我们　网站地图",
                 "扫一扫，关注人民网重庆频道官方微信", "无障碍浏览"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    # A narrow column's line that names a code to scan goes on with its paragraph.
    page = segment("　　本报讯（通讯员　向　婷）10月13日，城口县首批\n200户腊肉加工户领到了“城口老腊\n"
                   "肉”质量追溯二维码标签。消费者用手机扫一扫，就能\n查到腊肉的产地和检测结果。\n")
    assert "消费者用手机扫一扫，就能" in "".join(page.stories[0].paragraphs)
    assert not any("扫一扫" in noise for noise in page.noise)


def test_a_line_of_text_cut_at_the_column_is_no_masthead_though_it_ends_as_a_sponsors_line():
    for text in ("5月12日，由团市委、本报等单位联合主办", "　　如发现可疑情况，可及时向公安机关报案，或拨打金融",
                 "子。重庆开州浩源电子科技有限公司人事主管"):
        assert lines.classify(1, text).kind is not lines.Kind.NOISE, text
    for text in ("重庆日报报业集团主办", "主管：中共重庆市委宣传部　主办：重庆日报报业集团", "中共重庆市万州区委机关报"):
        assert lines.classify(1, text).rule == "masthead", text


def test_a_roundups_parts_headed_by_a_place_and_a_wide_space_or_a_name_and_a_bar_are_its_items():
    page = segment("各地传真\n金秋时节　山乡处处传喜讯\n城口　高山腊肉有了“身份证”\n"
                   "　　本报讯（通讯员　向　婷）10月13日，城口县首批腊肉加工户领到了标签。\n"
                   "酉阳　花田贡米开镰收割\n　　10月15日，酉阳县花田乡的梯田里，村民挥镰割稻。（记者　彭　瑜）\n"
                   "潼南　柠檬深加工项目落户崇龛\n　　日前，柠檬深加工项目落户崇龛镇。\n")
    roundup, = page.stories
    assert (roundup.section, roundup.headline) == ("各地传真", "金秋时节　山乡处处传喜讯")
    assert [(item.heading, item.reporters) for item in roundup.items] == [
        ("城口　高山腊肉有了“身份证”", ("向婷",)), ("酉阳　花田贡米开镰收割", ("彭瑜",)),
        ("潼南　柠檬深加工项目落户崇龛", ())]
    # A table's rows that open with districts are no titles.
    page = segment("各区新增户数\n渝北区　　812　　+21.5%\n九龙坡区　503　　+16.8%\n沙坪坝区　446　　+19.3%\n")
    assert not any(story.items for story in page.stories)
    page = segment("劳模风采\n一线闪光的“劳动者群像”\n周德华｜重庆市五一劳动奖章获得者\n"
                   "　　早上7点半，压榨车间里机器轰鸣。（记者　邹　萍）\n李春燕｜江津区劳动模范\n"
                   "　　在塘河镇石龙村，提起村医李春燕，村民们都竖大拇指。（通讯员　何　琳）\n")
    roundup, = page.stories
    assert [(item.heading, item.reporters) for item in roundup.items] == [
        ("周德华｜重庆市五一劳动奖章获得者", ("邹萍",)), ("李春燕｜江津区劳动模范", ("何琳",))]


def test_a_towns_name_alone_in_brackets_heads_its_part_and_over_a_headline_is_the_storys_section():
    page = segment("镇街传真\n\n【双江镇】\n    6月16日，双江镇举办“非遗进古镇”展演活动。（通讯员  唐  勇）\n"
                   "【柏梓镇】\n    近日，柏梓镇推广水肥一体化技术。\n\n\n“镇街传真”栏目征稿\n"
                   "    本栏目欢迎各镇街通讯员踊跃投稿。\n")
    roundup, call = page.stories
    assert (roundup.headline, [item.heading for item in roundup.items]) == ("镇街传真", ["双江镇", "柏梓镇"])
    assert (call.headline, call.items) == ("“镇街传真”栏目征稿", ())
    page = segment("【江津区】\n2.6万亩青花椒“抢鲜”上市\n记者　张　悦\n　　昨日上午，椒农们剪下青花椒。\n\n"
                   "【北碚区】\n缙云山里上了一堂“森林课”\n通讯员　唐　敏\n　　6月11日，学生走进缙云山。\n")
    assert [(s.section, s.headline, s.items) for s in page.stories] == [
        ("江津区", "2.6万亩青花椒“抢鲜”上市", ()), ("北碚区", "缙云山里上了一堂“森林课”", ())]


def test_a_list_pages_bulleted_titles_over_their_information_lines_head_stories():
    page = segment("[图片：黑山谷景区迎来初夏旅游小高峰]　1/4\n[图片：重点项目集中签约现场]　2/4\n\n"
                   "■ 万盛经开区部署2025年防汛抗旱工作\n发布时间：2025-05-16 17:20　　来源：经开区应急局　　浏览次数：386\n"
                   "5月16日，万盛经开区召开防汛抗旱工作会议。\n（经开区应急局　王　磊）\n[查看全文]\n\n"
                   "■ 青年镇：2000亩高山蔬菜进入管护关键期\n发布时间：2025-05-15 10:08　　来源：青年镇　　浏览次数：241\n"
                   "连日来，青年镇组织农户管护高山蔬菜。\n（青年镇　陈小琴）\n[查看全文]\n")
    assert [(s.headline, s.reporters, s.items) for s in page.stories] == [
        ("万盛经开区部署2025年防汛抗旱工作", ("王磊",), ()),
        ("青年镇：2000亩高山蔬菜进入管护关键期", ("陈小琴",), ()),
    ]
    assert "[图片：黑山谷景区迎来初夏旅游小高峰]　1/4" in page.noise


def test_a_web_articles_author_field_with_its_reads_is_its_byline_and_its_comments_heading_is_no_story():
    page = segment("忠县：12万亩柑橘进入采摘季\n\n2024-12-03 10:25:41　　来源：忠县融媒体中心\n"
                   "作者：谭宇航　黄　娟　　　　阅读 1.3万\n\n12月2日，在忠县新立镇的柑橘园里，果农们忙着采摘。\n\n"
                   "## 热门评论（97）\n\n**山城老幺**　重庆　11-08 08:41\n\n我老家就在天元，现在方便多了！\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("忠县：12万亩柑橘进入采摘季", ("谭宇航", "黄娟"))
    assert story.paragraphs == ("12月2日，在忠县新立镇的柑橘园里，果农们忙着采摘。",)
    for text in ("铜梁区网络新闻剪存　2025年2月第2周（3篇）", "剪存：区档案馆数字资源室　刘　畅　　剪存日期：2025-02-17",
                 "说明：网页另存为Markdown，图片未下载，原链接保留。", "**[1] 华龙网**　<https://cq.cqnews.net/a.html>",
                 "原创 铜梁融媒 铜梁发布 *2025年02月14日 19:32* *重庆*"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text


def test_an_old_scans_shapes_heads_read_across_a_head_beside_its_byline_and_a_head_after_its_report():
    page = segment("第二版　　　　　　　潼　南　報　　　　　　　一九八七年五月十六日\n\n"
                   "忠县柑桔丰收不愁销　　　　　　巫溪首座村办电站發电\n　　本报讯（通讯员　秦志平）连日来，\n"
                   "忠县十万亩柑桔陆续成熟。\n\n　　本报讯　10月18曰，巫溪县尖山乡\n村办水电站正式發电。\n\n"
                   "县农机站培训农机手　　　　　　本报通讯员　唐光明\n　　本月十二日至十五日，县农机\n站举办农机手培训班。\n\n"
                   "　　本报汛（通讯员　白　冰）8月1\n2曰，酉阳县工商局查处一起哄抬化\n肥价格案。\n"
                   "酉阳查处一起哄抬化肥价格案\n\n图片新闻\n")
    assert page.noise[0].startswith("第二版")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("忠县柑桔丰收不愁销", ("秦志平",)), ("巫溪首座村办电站發电", ()),
        ("县农机站培训农机手", ("唐光明",)), ("酉阳查处一起哄抬化肥价格案", ("白冰",))]


def test_a_notice_boards_titles_run_in_and_a_narrow_columns_place_tags_head_its_items():
    page = segment("公　告　栏\n◆城西片区计划停电公告　3月17日（星期日）\n7:00至19:00，城西街道将停电。\n"
                   "◆2路公交车临时改道　自3月18日起，因新华\n大道施工，2路公交车改经解放路运行。\n"
                   "◆健康讲座预告　3月16日上午9时，区中医院\n将举办免费讲座。\n")
    roundup, = page.stories
    assert (roundup.headline, [item.heading for item in roundup.items]) == (
        "公告栏", ["城西片区计划停电公告", "2路公交车临时改道", "健康讲座预告"])
    # The same title thrice labels a speaker, no entry.
    page = segment("■读者　渝北区　王女士\n孩子上学的路上没有人行道。\n■读者　江北区　张先生\n"
                   "小区门口的路灯坏了。\n■读者　“豆豆妈”（微信留言）\n公园里的滑梯生锈了。\n")
    assert not any(story.items for story in page.stories)
    page = segment("地　区　简　讯\n【黔江】8月15日，黔江县城至\n正阳乡公路竣工通车。（任　平）\n"
                   "【酉阳】酉阳县今年在龚滩、苍\n岭等十个乡镇推广烤烟“漂浮育苗”\n技术。（冉　华）\n")
    roundup, = page.stories
    assert (roundup.headline, [item.heading for item in roundup.items]) == ("地区简讯", ["黔江", "酉阳"])
    assert lines.classify(1, "农　技　顾　问").kind is not lines.Kind.LEAD  # a column's name


def test_a_digest_posts_contents_box_is_chrome_and_its_parts_under_pictographs_are_items():
    page = segment("# 南川速递丨金佛山杜鹃花期预计提前一周；大观镇春茶开采……\n\n"
                   "原创 南川区融媒体中心 [南川发布](javascript:void(0);)\n\n*2024年04月02日 20:18* *重庆*\n\n"
                   "**今日导读**\n\n- 金佛山杜鹃花期预计提前一周\n- 大观镇2800亩春茶开采\n\n---\n\n"
                   "### 🔸金佛山杜鹃花期预计提前一周\n\n4月1日，记者从金佛山景区管委会获悉，花期提前。\n\n"
                   "（融媒体记者　韦　琳）\n\n### 🔸大观镇2800亩春茶开采\n\n3月31日，茶农忙着采茶。\n\n"
                   "（融媒体记者　蒋　涛）\n")
    post, = page.stories
    assert [(item.heading, item.reporters) for item in post.items] == [
        ("金佛山杜鹃花期预计提前一周", ("韦琳",)), ("大观镇2800亩春茶开采", ("蒋涛",))]


def test_an_app_articles_banner_player_and_note_and_its_sections_under_a_title_two_levels_up():
    page = segment("[![新重庆](https://app.cqrb.cn/logo.png)](https://app.cqrb.cn/)　[打开新重庆客户端](https://app.cqrb.cn/d)\n\n"
                   "# 一粒贡米“串”起三产融合\n\n新重庆-重庆日报记者　龙　潇\n\n[听新闻]　▶　00:00 / 07:46\n\n"
                   "> **编者按**　今年以来，各区县发展乡村特色产业。\n\n"
                   "初夏时节，花田乡的梯田里秧苗青青。6月16日，记者来到何家岩村。\n\n"
                   "### 【田间】一块田“种”出三份收入\n\n在何家岩村的稻田里，记者看到环沟。\n\n"
                   "### 【车间】“贡米”有了“身份证”\n\n走进贡米加工厂，碾米一气呵成。\n")
    story, = page.stories
    assert (story.headline, story.reporters, story.items) == ("一粒贡米“串”起三产融合", ("龙潇",), ())
    assert story.date is not None and story.date.endswith("06-16")
    for text in ("原创 秦雨 谭小川 忠县发布 2023-10-19 18:30 重庆", "▶ 视频　01:42"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text


def test_a_continuation_marked_with_arrows_or_jin_jie_is_a_jump_and_a_storys_run_in_labels_are_no_board():
    for text, page in ((">>>上接01版", "01"), ("（紧接A1版）", "A1")):
        line = lines.classify(1, text)
        assert (line.kind, line.page) == (lines.Kind.JUMP, page), text
    page = segment("公交站台搬了家\n　　本报讯（记者　杜　鹃）居民反映站台搬走了。\n"
                   "　　■记者调查　记者来到现场，原站台的站牌已经拆除。\n　　■部门回应　南岸区交通局一名工作\n"
                   "人员解释，原站台位于弯道处。\n　　■居民心声　“等半天车子都不停。”\n")
    assert not any(item.heading == "部门回应" for story in page.stories for item in story.items)


def test_a_bulleted_briefs_title_cut_by_a_narrow_columns_wrap_and_a_dash_inside_a_wrapped_sentence():
    page = segment("冒充交警拦车“罚款”\n　　本报讯（记者　何　川）身穿仿制的\n交警制服，在路边拦下货车就要“罚\n"
                   "款”。8月4日下午，一名假交警在北\n碚区歇马镇附近的国道上“执法”时，\n"
                   "恰好被路过的真交警撞个正着。据了\n解，该男子今年35岁，无业。7月以\n"
                   "来，他在歇马、龙凤桥一带多次冒充\n交警拦截外地货车，以超载、违停等\n"
                   "理由“罚款”，共得手10余次。目前\n廖某已被依法刑事拘留，案件正在进\n一步调查中。\n\n"
                   "社会短波\n"
                   "　　■小狗卡在防盗网里　消防员爬\n上四楼救援　昨日上午，江北区观音\n"
                   "桥一居民楼四楼窗外，一只小狗卡在\n防盗网的缝隙里进退不得。江北消防\n"
                   "中队官兵架设梯子爬上去，用液压剪\n剪开防盗网，将小狗救出。（记者　\n罗　丹）\n"
                   "　　■出租车上遗落护照　的哥连夜\n送还　前晚9时许，的哥孙德明在江\n"
                   "北机场附近发现后座上有一本护照，\n他按照护照里夹着的名片联系上失主\n"
                   "——一名在重庆出差的外籍男子，连\n夜将护照送了回去。（实习生　王思\n远）\n")
    assert [story.headline for story in page.stories][1:] == [
        "小狗卡在防盗网里　消防员爬上四楼救援", "出租车上遗落护照　的哥连夜送还"]
    _, first, second = page.stories
    assert first.paragraphs[0].startswith("昨日上午，江北区观音桥")
    assert any("名片联系上失主——一名在重庆出差的外籍男子，连夜将护照" in text
               for text in second.paragraphs)


def test_a_web_pages_table_rule_under_its_info_row_a_recommendations_box_and_a_players_buttons():
    page = segment_md("## 金秋晒丰收　綦江农民过节了\n\n"
                      "| 信息来源：区农委 | 发布时间：2018-09-24 16:32 | 浏览次数：1286 |\n"
                      "| --- | --- | --- |\n\n"
                      "　　9月23日，綦江区庆祝首届“中国农民丰收节”活动在永城镇举行。\n\n"
                      "（通讯员　刘晓燕）\n\n今日推荐\n\n主城新开通12条社区公交线路\n\n"
                      "秋冬季来临　市民出行注意防雾\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("金秋晒丰收　綦江农民过节了", ("刘晓燕",))
    for text in ("倍速", "0.75x", "1.25x", "清晰度", "标清", "画中画", "城口新闻　20240729"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    for text in ("民生热线", "高清晰度电视进万家"):
        assert lines.classify(1, text).kind is not lines.Kind.NOISE, text


def test_an_evening_papers_hotline_page_voices_deck_hotline_box_and_a_column_of_two_part_titles():
    page = segment("车库顶棚掉落　砸坏两辆私家车\n车主：谁来赔？　物管：正在协商\n记者　苏　敏\n"
                   "　　前晚10时许，南岸区南坪一小区的\n地下车库入口处，一块约3平方米的吊\n"
                   "顶突然掉落，砸中停在下面的两辆私家\n车。车主陈先生说，他每月交150元车\n"
                   "位费，物管公司应当承担赔偿责任。\n\n"
                   "重庆晚报新闻热线\n966966\n有新闻　请拨打\n\n"
                   "热线快递\n■地下通道积水发臭　市政部门当天抽排\n"
                   "　　“通道里的积水又黑又臭。”昨日上\n午，市民向先生致电本报。昨日下午，\n"
                   "大渡口区市政部门将积水抽干。（记\n者　苏　敏）\n"
                   "■公交站牌被撞歪　一天内完成扶正\n　　昨日，读者郑女士来电反映，北碚\n"
                   "区天生路一公交站牌被车辆撞歪。当\n天下午，维修人员将站牌扶正加固。\n"
                   "（实习生　刘　畅）\n"
                   "■空调外机滴水扰民　楼上住户加装接水管\n　　巴南区鱼洞的周先生来电说，楼上\n"
                   "住户的空调外机滴水，楼上住户前日\n已加装了接水管。（记者　邓　波）\n")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("车库顶棚掉落　砸坏两辆私家车", "车主：谁来赔？　物管：正在协商"),
        ("地下通道积水发臭　市政部门当天抽排", None), ("公交站牌被撞歪　一天内完成扶正", None),
        ("空调外机滴水扰民　楼上住户加装接水管", None)]
    assert not any("966966" in text for text in page.stories[0].paragraphs)


def test_a_flush_left_head_on_an_indented_page_and_a_table_of_figures_read_one_cell_a_line():
    page = segment("奉节脐橙今年预计产值突破40亿元\n"
                   "　　本报讯（记者　吴　刚）11月15日，记者从奉节县获悉，今年全县脐橙\n"
                   "种植面积达37.5万亩，预计产量40万吨，产值突破40亿元。\n"
                   "　　据介绍，奉节脐橙将从11月下旬起陆续进入大量上市期，一直持\n续到明年6月。\n\n"
                   "区县传真\n长寿湖新增5条骑行绿道\n　　本报讯（通讯员　杨　柳）\n"
                   "11月14日，长寿湖环湖骑行绿道\n二期工程完工，新增5条骑行线\n"
                   "路，总长42公里，串联起长寿湖\n镇、云集镇的6个景点和12个农\n"
                   "家乐集中点。\n黔江濯水古镇夜游项目开放\n　　本报讯　11月13日晚，黔江\n"
                   "区濯水古镇夜游项目正式对外开\n放。游客可乘坐画舫游览阿蓬江\n"
                   "夜景，观看土家摆手舞、后河古\n戏等演出。夜游项目开放时间为\n"
                   "每晚19时至22时。\n\n"
                   "万盛经开区：废弃矿区变身露营基地\n今年以来接待游客12万人次\n"
                   "　　本报讯（记者　龙　丹）11月14日，在万盛经开区关坝镇凉风村，记者看\n"
                   "到，昔日煤矿留下的矸石山已经披上绿装，游客正在烧烤、喝茶。\n"
                   "　　主城部分农贸市场猪肉零售价如下表。\n"
                   "主城部分农贸市场猪肉零售价\n（单位：元/斤）\n市场\n精瘦肉\n五花肉\n排骨\n"
                   "杨家坪农贸市场\n12.0\n10.5\n16.0\n观音桥农贸市场\n12.5\n11.0\n16.5\n"
                   "南坪农贸市场\n12.0\n10.0\n15.5\n")
    heads = [(story.headline, story.subtitle) for story in page.stories]
    assert ("万盛经开区：废弃矿区变身露营基地", "今年以来接待游客12万人次") in heads
    assert "南坪农贸市场　　12.0　　10.0　　15.5" in page.stories[-1].paragraphs
    assert layout._deck_shape(lines.classify(1, "车主：谁来赔？　物管：正在协商"))


def test_an_ocrd_county_pages_box_sides_a_title_run_into_a_credit_and_a_year_with_circles():
    page = segment("武隆報　　　　　2〇12年8月17日　星期五　　　　　　第2版　综合新闻\n\n"
                   "r一一一一一一一一一一一一一一一一一一1\n|　　　　　　　简　　讯\n|◆县夏布协会成立\n"
                   "|　　4月12日，县夏布协会在昌元镇成\n|立。协会将为会员提供服务。\nl（王　静）\n"
                   "◆县图书馆送书下乡\n　　4月10日，县图书馆工作人员将两　　|\n千余册图书送到仁义镇。（李小兰）"
                   "◆河包镇新建沼气池三百口\n　　今年以来，河包镇新建沼气池三百\n零六口。（罗　平）\n"
                   "L一一一一一一一一一一一一一一一一一一」\n")
    assert page.date == "2012-08-17"
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("县夏布协会成立", ("王静",)), ("县图书馆送书下乡", ("李小兰",)),
        ("河包镇新建沼气池三百口", ("罗平",))]
    assert page.stories[1].paragraphs == ("4月10日，县图书馆工作人员将两千余册图书送到仁义镇。",)
    assert dates.chinese_number("2〇12") == 2012


def test_a_headless_reports_head_read_into_its_first_sentence_and_a_box_that_broke_a_story():
    page = segment("我县水稻秧苗栽插过半\n　　本报讯（记者　刘德明）4月16日，记者在峰高镇看\n"
                   "到，村民们正在栽插秧苗。\n　　今年以来，县里把春耕生产作为农业工作的头等大事来\n"
                   "抓，组织六十个农技小组分片驻村指导。\n　　为保证春耕用种用肥，县供销社提前调进化肥一万\n"
                   "二千吨。县工商局会同县农业局组成联合检查组，对全\n县农资市场开展拉网\n\n"
                   "安富陶器首批出口越南\n　　本报讯（通讯员　钟海燕）4月14日，装载着三千\n"
                   "六百件陶酒坛的两辆货柜车从安富镇驶出，运往越南。\n\n"
                   "式检查，查处销售假劣种子、化肥案件七起，切实维护\n了农民的利益。\n\n"
                   "　　本报讯（记者　赵　敏）记者昨日从中山镇获悉，\n第三届中山古镇端午龙舟赛将于5月28日在笋溪河上\n"
                   "中山古镇端午龙舟赛下周四开桨\n——全区二十支龙舟队将同场竞技\n"
                   "举行，届时来自全区各镇街和企业的二十支龙舟队将同\n场竞技。为方便游客观看比赛，区公交公司将在比赛当\n"
                   "天增开城区至中山古镇的临时班车和旅游专线大巴共\n十辆。\n")
    lead, box, race = page.stories
    assert lead.paragraphs[-1].endswith("开展拉网式检查，查处销售假劣种子、化肥案件七起，切实维护了农民的利益。")
    assert box.paragraphs[-1].endswith("运往越南。")
    assert (race.headline, race.subtitle, race.reporters) == (
        "中山古镇端午龙舟赛下周四开桨", "全区二十支龙舟队将同场竞技", ("赵敏",))
    assert race.paragraphs[0].startswith("记者昨日从中山镇获悉，第三届中山古镇端午龙舟赛将于5月28日在笋溪河上举行，")
    assert len(page.stories) == 3 and race.paragraphs[-1].endswith("旅游专线大巴共十辆。")


def test_a_line_as_wide_as_the_column_under_a_line_cut_in_a_word_is_text_not_a_head():
    page = segment("中山古镇端午龙舟赛下周四开桨\n本报讯（记者　赵　敏）记者昨日从中山镇获\n"
                   "悉。第三届龙舟赛将于5月28日在笋溪河上举\n行。届时二十支龙舟队将同场竞技。本届龙\n"
                   "舟赛由区文广新局和中山镇人民政府主办。\n比赛设男子组、女子组两个组别。赛程五百\n"
                   "米。赛前古镇还将举办包粽子比赛。游客可\n以免费品尝古镇的特色小吃。副镇长罗海燕\n"
                   "介绍。中山古镇是市级历史文化名镇。保存\n有一千多米长的明清老街。去年端午节期间\n"
                   "古镇共接待游客三万余人次。今年预计将突\n破五万人次。为方便游客，区公交公司将在\n"
                   "比赛当天增开城区至中山古镇的临时班车和\n"
                   "旅游专线大巴车十辆。\n")
    story, = page.stories
    assert story.paragraphs[-1].endswith("临时班车和旅游专线大巴车十辆。")


def test_a_letters_page_with_its_column_note_answerers_and_a_follow_up_named_by_the_report_it_follows():
    page = segment("百姓来信\n\n编者按：本期选登三封来信，并请有关部门负责人作答。\n\n"
                   "小区路灯坏了半年没人修\n  我是万州区高笋塘街道的居民。院坝里的路灯坏了半年多了。\n"
                   "  读者　向德明\n【部门回复】\n  答复人：万州区城市管理局副局长　黄光荣\n"
                   "  向德明同志：你好！6月16日，我局已对小区路灯进行了检修。\n\n"
                   "农村低保该怎么申请?\n  我是龙沙镇的一位村民，不知道该去哪里申请低保。\n"
                   "  （龙沙镇　读者　谭光友）\n■记者追访\n"
                   "  记者就此采访了万州区民政局副局长李晓梅。(记者　冉　静)\n\n\n回音壁\n\n"
                   "《下雨天黄柏路成“河”》追踪\n积水点改造工程本周开工\n"
                   "  本报讯(记者　汪　洋)6月20日，记者从万州区市政园林管理局获悉，工程将于本周内开工。\n")
    assert [(s.headline, s.kicker, s.reporters) for s in page.stories] == [
        ("小区路灯坏了半年没人修", None, ("向德明",)),
        ("农村低保该怎么申请?", None, ("谭光友", "冉静")),
        ("积水点改造工程本周开工", "《下雨天黄柏路成“河”》追踪", ("汪洋",))]
    assert page.stories[0].section == "百姓来信"
    assert any(text.startswith("编者按：本期选登") for text in page.noise)


def test_profiles_headed_by_a_spaced_name_over_a_post_and_a_leaders_activities_column():
    page = segment("劳模风采\n在平凡岗位上书写不平凡\n"
                   "　　今天，让我们走近这3位市级劳模。\n秦　德　福\n（龙河镇新建村党支部书记）\n"
                   "　　2012年，秦德福回到新建村，当选村党支部书记。\n向　春　梅\n（县人民医院重症医学科护士长）\n"
                   "　　从事护理工作21年，向春梅有13年是在重症监护室度过的。\n冉　　军\n"
                   "（重庆某食品有限公司生产部经理）\n　　入职16年来，冉军带领团队完成技术改造23项。\n"
                   "（本报融媒体记者　谭　薇　整理）\n\n"
                   "县领导活动\n　　●6月12日，县人大常委会主任冉德\n明到朱衣镇视察农村饮水安全工程。\n"
                   "　　●6月13日，县政协主席刘世清到鹤\n峰乡督导“三夏”生产。（政协办　谭　云）\n"
                   "　　●6月15曰，县委副书记李正兵到汾\n河镇调研基层党建工作。\n")
    profiles, leaders = page.stories
    assert [(item.heading, item.lead) for item in profiles.items] == [
        ("秦　德　福", "（龙河镇新建村党支部书记）"), ("向　春　梅", "（县人民医院重症医学科护士长）"),
        ("冉　　军", "（重庆某食品有限公司生产部经理）")]
    assert profiles.reporters == ("谭薇",)
    assert (leaders.headline, leaders.reporters) == ("县领导活动", ("谭云",))
    assert leaders.paragraphs[-1].startswith("6月15曰，县委副书记李正兵到汾河镇")


def test_a_columns_name_over_a_kicker_a_headline_and_a_deck():
    page = segment("聚焦2016潼南两会\n\n\n协商议政聚共识　凝心聚力谋发展\n区政协十四届五次会议开幕\n"
                   "罗德全作常委会工作报告　谭家明作提案工作情况报告\n"
                   "　　本报讯（记者　蒋晓梅）1月7日，区政协十四届五次会议开幕。\n")
    story, = page.stories
    assert (story.kicker, story.headline, story.subtitle) == (
        "协商议政聚共识　凝心聚力谋发展", "区政协十四届五次会议开幕",
        "罗德全作常委会工作报告　谭家明作提案工作情况报告")


def test_a_microblog_posts_page_with_its_edited_mark_a_reposted_title_alone_and_its_reposts():
    page = segment("永川发布\n2020-6-19 18:26　来自 HUAWEI Mate 30 Pro 5G\n已编辑\n"
                   "点赞！为“生命通道”点赞 //@平安永川:感谢沿途市民的理解和配合！\n\n@永川融媒\n"
                   "#永川身边事#【11分钟跑出“生命通道”！交巡警护送烫伤男孩就医】\n"
                   "6月18日晚8点10分左右，永川区交巡警支队民警黄鹏在路口执勤时，一辆小轿车停在身边。"
                   "（记者 王 茜）\n收起全文\n2020-6-19 15:02　来自 微博 weibo.com\n"
                   "转发 1203　　｜　　评论 316　　｜　　赞 8642\n\n按热度　｜　按时间\n\n"
                   "永川区卫生健康委\n为守护生命的你们点赞！//@永川发布:点赞！\n"
                   "2020-6-19 18:52　　　　　　　　　　　　赞 36\n\n"
                   "家住兴龙大道\n当时我就在那个路口，警车开过去好多车都主动让了，暖心！\n"
                   "2020-6-19 20:15　　　　　　　　　　　　赞 9\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("11分钟跑出“生命通道”！交巡警护送烫伤男孩就医", ("王茜",))
    for text in ("延伸阅读：涪陵区今年青菜头种植面积稳定在70万亩以上 >", "已编辑", "收起全文"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text


def test_a_books_facts_unlabelled_a_results_table_between_bars_and_a_qa_speakers_label():
    page = segment("新　书　架\n三本新书　读懂老重庆\n　　本期“新书架”挑选三本新书，介绍给读者。\n"
                   "《山城老街记》\n陈天明　著　重庆出版社　2017年4月　定价：45.00元\n"
                   "　　作者用文字记录下街巷里的老手艺人和老住户。\n"
                   "《跟着爷爷坐船去》\n何　晴　文　谢　飞　图　重庆出版社　2017年5月　定价：36.00元\n"
                   "　　一本适合3至8岁孩子的原创绘本。\n\n")
    books, = page.stories
    assert [item.heading for item in books.items] == ["《山城老街记》", "《跟着爷爷坐船去》"]
    page = segment("渝中队3∶1力克沙坪坝队\n\n夺得乒乓球男子团体冠军\n\n"
                   "时报讯（记者　陈　果）昨日下午，渝中队以3∶1战胜沙坪坝队，夺得冠军。\n\n"
                   "【打印本页】　【关闭窗口】\n\n\n全民健身运动会部分项目成绩\n\n"
                   "项目 | 冠军 | 亚军 | 第三名\n男子篮球 | 九龙坡队 | 北碚队 | 渝北队\n"
                   "女子篮球 | 南岸队 | 江北队 | 九龙坡队\n门球 | 巴南队 | 长寿队 | 涪陵队\n\n"
                   "（市全民健身运动会组委会提供）\n")
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("渝中队3∶1力克沙坪坝队", "夺得乒乓球男子团体冠军"), ("全民健身运动会部分项目成绩", None)]
    assert "男子篮球 | 九龙坡队 | 北碚队 | 渝北队" in page.stories[1].paragraphs
    page = segment("降温了，血压为啥忽高忽低\n本期，我们请来主任医师罗永明为读者解答。\n"
                   "■沙坪坝读者　王婆婆：\n我今年68岁，这几天降温，高压到了170，是不是药不管用了？\n"
                   "罗永明：\n天冷以后，血管遇冷收缩，血压升高是很常见的现象。\n"
                   "■江北读者　刘先生：\n我父亲洗完热水澡后突然头晕，这是怎么回事？\n"
                   "罗永明：\n老年人洗热水澡时，血压会一下子降下来。\n（晨报记者　刘　佳　整理）\n\n"
                   "医院新闻\n●新桥医院开设冬季哮喘专病门诊\n"
                   "本报讯（记者　刘　佳）昨日，新桥医院呼吸内科开设冬季哮喘专病门诊。\n"
                   "●大渡口区急救分站投用\n记者昨日从大渡口区卫生局获悉，急救分站已正式投用。（记者　黄　莉）\n")
    assert [(s.headline, s.section, s.reporters) for s in page.stories] == [
        ("降温了，血压为啥忽高忽低", None, ("刘佳",)),
        ("新桥医院开设冬季哮喘专病门诊", "医院新闻", ("刘佳",)),
        ("大渡口区急救分站投用", "医院新闻", ("黄莉",))]


def test_an_old_scans_boxed_listing_a_one_sentence_news_column_and_county_briefs_tagged_in_brackets():
    page = segment("┌────────────┐\n影　　讯\n涪陵影剧院　3月12日—14日\n　《秋菊打官司》\n"
                   "└────────────┘\n\n一句话新闻\n●3月7日，垫江县城第一条彩色水磨石人行道建成。\n"
                   "●地区邮电局日前开通涪陵至丰都的程控长途电话。\n"
                   "●3月1O日，涪陵市工商局在城区查获假冒名牌香烟一百二十条。\n"
                   "　　　　　　　　　（本栏由本报记者　邹　平　辑）\n\n"
                   "背篼里装着山里人的健康\n——记丰都县三元乡乡村医生秦世荣\n本报通讯员　黄德华\n"
                   "　　在丰都县三元乡，提起“背篼医生”秦世荣，没有人不知道的。\n")
    assert [(s.headline, s.subtitle, s.reporters) for s in page.stories][-2:] == [
        ("一句话新闻", None, ("邹平",)),
        ("背篼里装着山里人的健康", "记丰都县三元乡乡村医生秦世荣", ("黄德华",))]
    page = segment("各县短讯\n　　〔梁平〕县城至屏锦区的客运班车从\n九月十五日起由每天两班增加到四班，方\n"
                   "便了沿途群众出行。（蒋　平）\n　　〔巫溪〕宁厂盐厂今年进行技术改造，\n"
                   "新建真空制盐车间一个，日产食盐比过去\n提高一倍多。（程　林）\n"
                   "　　〔城口〕县林业局组织二十多名护林\n员，对境内的天然林进行秋季巡查，查处\n"
                   "乱砍滥伐案件七起。（冯　川）\n")
    column, = page.stories
    assert [item.heading for item in column.items] == ["梁平", "巫溪", "城口"]


def test_a_features_sections_between_ornaments_are_no_roundups_items_though_its_writers_sign_at_the_end():
    page = segment_md("# 大巴山深处的“背篓医生”\n\n原创 城口县融媒体中心 城口发布 2021-03-05 17:20\n\n"
                      "> 在大巴山深处的岚天乡，有这样一位乡村医生。\n\n### ◇ 背篓里的“流动卫生室” ◇\n\n"
                      "3月3日早上7点，59岁的乡村医生向宗富已经背起竹背篓出了门。\n\n"
                      "### ◇ 一本“健康账”记了28年 ◇\n\n在大石板村六组，76岁的王秀珍早早就在院坝里等着了。\n\n"
                      "**文字｜何　欢　　图片｜冉　华**\n")
    story, = page.stories
    assert (story.headline, story.items) == ("大巴山深处的“背篓医生”", ())


def test_article_pages_saved_by_reader_view_print_phone_and_a_search_engines_cache():
    page = segment_md("[cq.cqnews.net](http://cq.cqnews.net/a.html)\n\n"
                      "# 黔江：“桑蚕+”延伸产业链 一根蚕丝织出增收“致富网”_重庆频道_华龙网\n\n华龙网\n\n"
                      "6–8 分钟\n\n"
                      "华龙网11月17日7时0分讯（记者 向萍）初冬的黔江，石会镇的蚕房里依旧忙碌。\n\n"
                      "**小蚕共育让“养蚕难”变“养蚕易”**\n\n![](http://cq.cqnews.net/a.jpg)\n\n"
                      "技术员正在查看蚕宝宝的长势。通讯员 庞国栋 摄\n\n"
                      "养蚕最难的是小蚕阶段，如今由合作社集中饲养。\n")
    story, = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "黔江：“桑蚕+”延伸产业链 一根蚕丝织出增收“致富网”", None, ("向萍",))
    for text in ("Aa", "APP内阅读　体验更佳　　　　　　×", "2023/4/12 09:18　　老旧小区加装电梯 - 重庆日报网",
                 "这是 Google 对 http://www.hcxww.cn/a.htm 的缓存。 这是该网页在 2017年9月6日 的快照。",
                 "完整版本 纯文字版本 查看源代码", "┏━━━━━━━━━━━━┓", "┗━━━━━━━━━━━━┛"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("上一篇　　下一篇\n\n装修工人从脚手架上摔下受伤　谁来担责？\n法院：房主与装修队按过错比例分担\n"
                   "2022-11-10　　来源：重庆晚报　　第05版\n记者　邱　枫\n\n"
                   "装修工人在给房主刷外墙时从脚手架上摔下受伤，花了8万多元医疗费。\n")
    story, = page.stories
    assert (story.headline, story.subtitle) == ("装修工人从脚手架上摔下受伤　谁来担责？",
                                                "法院：房主与装修队按过错比例分担")


def test_the_editors_line_printed_down_the_pages_edge_is_furniture():
    page = segment("一张旧粮票\n　　我的抽屉里，压着一张发黄的粮票，面额半斤。\n　　（作者系退休职工）\n\n"
                   "本版投稿邮箱：bnrbfk@163.com\n\n责\n任\n编\n辑\n：\n刘\n　\n静\n\n美\n术\n编\n辑\n：\n罗\n小\n川\n")
    assert [story.headline for story in page.stories] == ["一张旧粮票"]


def test_a_sites_list_of_news_with_each_entrys_posted_day_on_a_line_of_its_own():
    entry = ("-   [{t}](http://www.example.gov.cn/a/{n}.html)\n\n    2023-05-1{n}\n\n"
             "    5月1{n}日，{t}，居民们纷纷点赞，活动现场十分热闹，参与群众达到数百人。\n\n")
    page = segment_md("## 部门动态\n\n" + entry.format(t="石龙镇开展防溺水宣传", n=1)
                      + entry.format(t="新城街道举办社区运动会", n=2)
                      + "网站标识码：5000000000　　[渝ICP备00000000号](https://beian.miit.gov.cn/)"
                        "　　![](http://www.example.gov.cn/ga.png)渝公网安备 50000000000000号\n")
    assert [s.headline for s in page.stories] == ["石龙镇开展防溺水宣传", "新城街道举办社区运动会"]
    assert "公网安备" not in page.stories[-1].full_text


def test_a_government_sites_leader_page_its_name_over_its_address_its_search_row_and_tabs():
    page = segment("重庆市某某县人民政府\nwww.example.gov.cn\n首页　　政务公开　　政务服务\n"
                   "全站搜索　　　　　　　　搜索\n李明\n工作分工：负责县政府全面工作。\n分管部门：县审计局\n"
                   "领导简历　　　领导活动　　　讲话文章\n李明到高观镇调研春耕生产\n"
                   "发布时间：2024-03-12 10:05　　来源：县政府办公室\n"
                   "3月11日，县长李明到高观镇调研春耕生产工作，查看了育秧大棚和农资储备情况。\n")
    assert [s.headline for s in page.stories] == ["李明到高观镇调研春耕生产"]
    for row in ("| 索引号： | 11500000MB0000000X/2024-00001 | 发布机构： | 区政府办公室 |",
                "| 名　　称： | 重庆市某某区人民政府关于加强森林防火的通告 |  |  |"):
        assert lines.classify(1, row).kind is lines.Kind.NOISE, row


def test_a_phone_apps_paper_reader_its_bars_and_buttons_and_districts_names_over_stories():
    for text in ("＜　　　　读　报　　　　⋯", "某某晚报　　　2022.05.06　周五　　往期 ▾", "图片版　｜　文字版",
                 "第08版：区县新闻　　　　版面目录 ▾", "阅读 2.1万　　　　　查看原版 ＞", "— 本版已读完 —",
                 "上一版：第07版　重庆新闻　　下一版：第09版　区县新闻 ＞",
                 "A01：头版　　A02：要闻　　A03：城事　　A04"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("｜垫江\n牡丹花开引客来\n首届赏花周吸引游客十万人次\n"
                   "4月2日，垫江县太平镇的牡丹园里游人如织，当地推出了赏花、品茶和民俗表演等活动。\n\n"
                   "｜丰都\n庙会期间交通有序\n"
                   "本报讯（记者　王　丽）4月3日，丰都县交巡警部门在名山景区周边增设临时停车场3处。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("垫江", "牡丹花开引客来"), ("丰都", "庙会期间交通有序")]


def test_a_quoted_commentary_box_its_heading_and_empty_quote_lines_and_a_breadcrumbs_arrow():
    page = segment_md("### 甲地新建公园开放\n\n4月5日，公园正式开放，市民前来游玩，场面热闹非凡。\n\n"
                      "> **短　评**\n>\n> #### 公园多了　日子美了\n>\n> □王　言\n>\n"
                      "> 公园建在家门口，是实实在在的民生工程，也是城市温度的体现。\n")
    assert [(s.section, s.headline, s.reporters) for s in page.stories][-1] == (
        "短评", "公园多了　日子美了", ("王言",))
    assert segmenter._quote_gap(["> 甲", ">", "> 乙"], 1)
    assert not segmenter._quote_gap(["知识", ">", "社科"], 1)  # a breadcrumb's arrow


def test_a_clipped_e_paper_page_holds_stories_and_its_briefs_open_with_the_time_since():
    page = segment_md("---\ntitle: \"某某日报数字报-第005版：综合\"\nsource: \"https://epaper.example.cn/5.htm\"\n"
                      "created: 2023-06-20\n---\n\n**简　讯**\n\n#### 我市新增10家科技企业\n\n"
                      "本报讯（记者　李　华）6月14日，市科技局公布了今年第二批科技型企业名单。\n\n"
                      "#### 市博物馆延长开放时间\n\n6月13日，市博物馆宣布暑期延长开放时间至晚上8点。（记者　赵　云）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("简讯", "我市新增10家科技企业"), ("简讯", "市博物馆延长开放时间")]
    assert layout._titled_brief("市疾控中心提醒防蚊灭蚊　6月以来，全市报告登革热病例较去年同期增多，") == (
        "市疾控中心提醒防蚊灭蚊", "6月以来，全市报告登革热病例较去年同期增多，")


def test_a_weather_box_between_rules_and_a_sites_clock_are_no_story_and_no_pages_day():
    page = segment("市民乘凉有去处\n7月20日，主城多个防空洞开放为纳凉点，市民纷纷前往避暑纳凉。\n\n"
                   "──────────\n天气·生活\n今天　晴　28℃～38℃　偏南风1～2级\n明天　晴　27℃～37℃　偏南风1～2级\n"
                   "市气象台提醒：高温天气持续，请注意防暑降温。\n──────────\n")
    assert [s.headline for s in page.stories] == ["市民乘凉有去处"]
    assert "气象台" not in page.stories[0].full_text
    clock = segment("某县人民政府网\n今天是：2015年3月2日　星期一\n县里召开安全生产会议\n"
                    "发布时间：2009-6-12 10:05:08\n6月11日，县里召开安全生产工作会议，部署下一阶段工作。\n")
    assert clock.stories[0].date == "2009-06-11"


def test_profiles_of_deputies_their_posts_over_spaced_names_or_under_named_heads():
    part = "{post}\n{name}\n　　{name2}说，今年他将继续关注{what}，多为群众办实事、解难题。\n"
    page = segment("代表风采\n履职为民　一心为公\n　　本期，我们走近三位区人大代表，听听他们的履职故事。\n"
                   + part.format(post="区人大代表、某某镇某某村党支部书记", name="王　建　国", name2="王建国",
                                 what="乡村道路")
                   + part.format(post="区人大代表、某某医院护士长", name="刘　芳", name2="刘芳", what="看病难")
                   + part.format(post="区人大代表、某某公司技术员", name="陈　明　亮", name2="陈明亮",
                                 what="技能培训"))
    story, = page.stories
    assert [re.sub(r"\s", "", i.heading) for i in story.items] == ["王建国", "刘芳", "陈明亮"]
    named = "#### {name}：{say}\n\n{post}\n\n{name}从教二十年，一直在一线讲台上，学生们都很喜欢上她的课。\n\n"
    page = segment_md("### 教坛之星\n\n本报推出优秀教师风采系列报道。\n\n"
                      + named.format(name="张丽", say="把爱给每个孩子", post="区实验小学语文教师")
                      + named.format(name="李强", say="山里的坚守", post="某某乡中心小学校长")
                      + named.format(name="赵敏", say="让课堂活起来", post="区第一中学化学教师"))
    story, = page.stories
    assert [i.heading for i in story.items] == ["张丽：把爱给每个孩子", "李强：山里的坚守", "赵敏：让课堂活起来"]


def test_a_decisions_counted_rosters_and_its_two_issuers_stay_in_it():
    page = segment_md("### 关于表彰先进集体和先进个人的决定\n\n各乡镇人民政府，各街道办事处：\n\n"
                      "为表彰先进，区委、区政府决定授予以下同志荣誉称号。\n\n**先进个人（3名）**\n\n"
                      "区农业农村委主任　张　军\n\n某某镇党委书记　李　明\n\n某某街道办事处主任　王　芳\n\n"
                      "**先进集体（20个，名单略）**\n\n中共重庆市某某区委\n\n重庆市某某区人民政府\n\n2023年9月5日\n")
    story, = page.stories
    assert story.headline == "关于表彰先进集体和先进个人的决定" and story.reporters == ()


def test_a_row_of_guests_portraits_captioned_across_is_the_interviews_text():
    page = segment("民生热线\n夏季用电有保障吗？\n主持人：本报记者　周　明\n【上线嘉宾】\n"
                   "张志强　　　　李　红　　　　王德明\n区供电公司经理　　区水务局副局长　　区城管局科长\n"
                   "　　7月13日上午，三位嘉宾做客本报热线，回答市民提问。\n"
                   "　　主持人：今年夏天会停电吗？\n")
    story, = page.stories
    assert story.headline == "夏季用电有保障吗？" and story.section == "民生热线"


def test_a_features_box_of_the_people_it_names_stays_in_the_feature():
    page = segment("山里的村小\n本报记者　王　言\n"
                   "　　9月19日清晨，村小的铃声响起，孩子们陆续走进教室，开始一天的学习。\n"
                   "文中人物\n◆张德顺：72岁，村小首任校长。\n◆张小勇：45岁，张德顺之子，镇中心校教师。\n"
                   "◆刘　佳：25岁，村小负责人。\n")
    story, = page.stories
    assert story.headline == "山里的村小" and "刘　佳：25岁" in story.full_text


def test_a_narrow_columns_bulleted_brief_cut_at_the_columns_width_is_no_title():
    page = segment("山区抗旱保民生\n　　8月9日，县里组织二十台送水车\n分片为缺水群众送水到户，解决了\n"
                   "三千余人的饮水困难。\n　　县水利局组织技术人员深入各乡\n镇，帮助群众寻找新水源，新打水\n"
                   "井十余口。\n　　县里还将继续加大抗旱力度，确\n保群众生活用水不受影响。\n（王　言）\n\n"
                   "简　　讯\n■8月10日，县农业局组织技术人员\n分赴各乡镇，指导群众改种荞麦。\n（李　华）\n"
                   "■县供电公司对抗旱提灌用电实行优\n先安排，开辟抗旱用电“绿色通道”。\n（周　平）\n")
    assert [re.sub(r"\s", "", s.headline) for s in page.stories] == ["山区抗旱保民生", "简讯"]


def test_a_posts_parts_numbered_no_and_a_reposted_pages_columns_under_their_numbers():
    part = "NO.{n}\n{t}\n{n}月5日，{t}，活动吸引了数百名居民参加，现场气氛热烈。\n（记者　王　言）\n\n"
    page = segment("早安某某｜今日要闻\n\n" + "".join(part.format(n=n, t=t) for n, t in (
        (1, "某某镇新签约项目三个"), (2, "某某街道举办文化节"), (3, "某某村修通产业路"))))
    story, = page.stories
    assert [i.heading for i in story.items] == ["某某镇新签约项目三个", "某某街道举办文化节", "某某村修通产业路"]
    for text in ("点击“阅读原文”下载某某客户端", "▲点击上方蓝字，关注某某日报"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("健康周刊｜春天来了\n\n01\n健康资讯\n\n社区医院开出“慢病门诊”\n专家每周下沉坐诊\n\n"
                   "3月11日，某某镇卫生院开出慢病联合门诊，区级专家每周到此坐诊一天。（记者　李　华）\n\n"
                   "义诊进社区\n近百名居民家门口体检\n\n3月8日，区妇幼保健院到社区开展义诊，为居民免费体检。（记者　赵　云）\n\n"
                   "02\n健康提示\n\n春季养生　记住这几条\n\n●防过敏：晴天午后尽量减少外出，外出时可戴口罩。\n"
                   "●防“倒春寒”：早晚温差大，老年人要注意保暖。\n")
    assert [(s.section, s.headline) for s in page.stories][-3:] == [
        ("健康资讯", "社区医院开出“慢病门诊”"), ("健康资讯", "义诊进社区"), ("健康提示", "春季养生　记住这几条")]


def test_an_old_evening_papers_furniture_columns_and_classifieds():
    for text in ("▓▓　某某图书馆缩微复制中心　　某某晚报　1998.7　　第12卷　▓▓",
                 "欢迎拨打本报热线　反映您身边的事", "（本文观点仅供参考，据此入市风险自担）",
                 "省电　静音　　每台仅售298元", "遗失声明　本人不慎遗失居民身份证一张，号码",
                 "版面导航：01版：要闻　02版：综合新闻　03版：区县"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment("〖周末出游〗\n冬日寻梅何处去\n　　进入十二月，主城周边的腊梅陆续开放，记者走访了几处赏梅的地方。\n"
                   "　　游客可乘车上山，门票每人5元。（记者　陶　然）\n\n"
                   "　　市　民　热　线\n■楼上空调滴水　楼下居民遭殃\n　　家住江北区的陈先生来电反映，楼上空调整天滴水。"
                   "（热线记者　梁　静）\n■路灯“罢工”\n　　杨家坪转盘附近十多盏路灯已有一周不亮。（热线记者　孙　莉）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("周末出游", "冬日寻梅何处去"), ("市民热线", "楼上空调滴水　楼下居民遭殃"), ("市民热线", "路灯“罢工”")]


def test_a_guides_pictograph_fields_a_numbered_table_and_profiles_opening_with_name_and_sex():
    for text in ("🕘开放时间：9:00—17:00", "🎫门票：60元/人", "💡小贴士：节假日人多，请错峰出游"):
        assert lines.classify(1, text).kind is lines.Kind.BODY, text
    assert lines.classify(1, "🔹某某镇：早熟蜜橘开园采摘").kind is lines.Kind.HEADLIKE
    page = segment("某某区委组织部干部任前公示\n　　经区委研究，拟提拔任用的干部人选予以公示。\n"
                   "序号　姓　名　性别　出生年月　　现任职务　　　　　拟任职务\n"
                   "1　　陈光华　男　　1976.08　　区交通局副局长　　区应急管理局局\n长\n"
                   "2　　刘晓燕　女　　1981.03　　某某镇党委副书记　某某镇镇长\n"
                   "　　公示时间：2019年6月14日至6月20日。\n")
    story, = page.stories
    assert story.headline == "某某区委组织部干部任前公示"
    profile = "**{cat} {name}**\n\n{name},{sex},1970 年生,某某镇居民。多年来，{name}热心公益，事迹感人。\n\n"
    page = segment_md("## 身边榜样\n\n### 第三季度好人榜\n\n近日，区文明办公布第三季度好人名单，3人上榜。\n\n"
                      + profile.format(cat="孝老爱亲", name="张秀英", sex="女")
                      + profile.format(cat="见义勇为", name="李光明", sex="男")
                      + profile.format(cat="诚实守信", name="王桂兰", sex="女"))
    story, = page.stories
    assert len(story.items) == 3


def test_a_tips_boxs_numbered_points_and_a_live_reports_and_portals_chrome():
    page = segment("警方提示\n网购节　当心这些骗局\n●1.“客服”称要给你退款，要求提供银行卡号和验证码的，是诈骗。\n"
                   "●2.以“刷单返利”为名，要求你先垫付资金的，是诈骗。\n●3.发来链接称“快递丢失理赔”的，是诈骗。\n"
                   "（县公安局供稿）\n")
    story, = page.stories
    assert story.headline == "网购节　当心这些骗局" and len(story.paragraphs) == 3
    for text in ("某某新闻　某某广电旗下新闻客户端　　　　打开APP", "●直播中", "直播　　聊天室（2381）　　简介",
                 "某某新闻　2023-09-29 07:30　　　　12.6万人次观看", "某某晨报　　2015-05-21 07:28　　　　我要分享　＋",
                 "【置顶】"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    entry = "{t}\n人民网重庆6月{d}日电（记者 张 宇）6月{d}日，{t}，吸引了不少游客前来参观游玩。\n2024-06-0{d} 09:12\n\n"
    page = segment("古镇探访　　　　　　　　　　　更多>>\n\n" + entry.format(t="甲镇老街又热闹了", d=3)
                   + "非遗传承　　　　　　　　　　　更多>>\n\n" + entry.format(t="乙镇火龙传人收徒", d=5))
    assert [(s.section, s.headline) for s in page.stories] == [
        ("古镇探访", "甲镇老街又热闹了"), ("非遗传承", "乙镇火龙传人收徒")]
    page = segment("甲镇老街又热闹了\n6月3日，甲镇老街迎来游客高峰，吸引了不少游客前来参观游玩。\n\n"
                   "图说古镇　　　　　　　　　　　更多>>\n[图片]　组图：甲镇的清晨\n\n视频\n"
                   "航拍甲镇：七里半边街　02:16\n跟着传人逛乙镇　03:05\n")
    story, = page.stories
    assert story.headline == "甲镇老街又热闹了" and not story.items
    furniture = {line.text: line.kind for line in trace(
        "甲镇老街又热闹了 / 6月3日，甲镇老街迎来游客高峰，吸引了不少游客。 / 图说古镇　　　　　　更多>> / "
        "航拍甲镇：七里半边街　02:16 / 跟着传人逛乙镇　03:05").lines}
    assert furniture["航拍甲镇：七里半边街　02:16"] is lines.Kind.NOISE
    assert furniture["图说古镇　　　　　　更多>>"] is lines.Kind.NOISE


def test_a_newspaper_databases_records_with_bracketed_labels_and_a_layout_sheet():
    record = ("[{n}]某某.{t}[N].某某日报,2016-09-22(007).\n\n【题　　名】{t}\n【副 题 名】{d}\n【作　　者】{a}\n"
              "【日　　期】2016-09-22\n【摘　　要】<正>{t}……\n【正　　文】\n本报讯（记者{a}）9月20日，{t}，"
              "当地群众纷纷前来观看，现场十分热闹。\n\n----------\n\n")
    page = segment("某某数据库　　检索结果导出\n\n" + record.format(n=1, t="甲地绿道全线贯通", d="串联12处景点", a="周尤")
                   + record.format(n=2, t="乙乡避暑游客增多", d="户均增收4万元", a="何勇"))
    assert [(s.headline, s.subtitle) for s in page.stories] == [
        ("甲地绿道全线贯通", "串联12处景点"), ("乙乡避暑游客增多", "户均增收4万元")]
    page = segment("《某某报》第2版（综合新闻）组版稿\n\n1.\t头条（通栏，配图2张）\n引题：日销7万只　带动2万人就业\n"
                   "主题：某某产业产值突破50亿元\n记者　刘晓梅\n4月18日凌晨，加工厂里已是热气腾腾，工人们忙着装货，"
                   "门店已超过5000家6000家[LXM1]，年销售2500万只。\n（正文约1150字）\n\n2.\t二条（左中）\n"
                   "主题：某某街道老旧小区改造开工\n副题：总投资约4600万元\n记者　钟　林\n本报讯　4月17日，随着施工围挡搭起，改造工程全面开工。\n"
                   "（约680字）\n\n[LXM1]门店数量请再核对。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("日销7万只　带动2万人就业", "某某产业产值突破50亿元"), (None, "某某街道老旧小区改造开工")]
    assert page.stories[1].subtitle == "总投资约4600万元"
    assert "[LXM1]" not in page.stories[0].full_text


def test_submissions_proofs_old_sites_forums_and_an_interviews_guest_card():
    page = segment("【稿件1】通讯\n建议标题：某某村脆红李开园\n（引题：3000亩晚熟李迎来丰收季）\n\n"
                   "通讯员　任小芸\n\n6月12日，某某村的脆红李迎来丰收，果农们忙着采摘装箱，客商纷纷上门收购。\n\n"
                   "【稿件2】简讯\n建议标题：某某镇开展防汛演练\n6月9日，某某镇组织开展防汛应急演练，200余人参加。\n\n"
                   "【稿件3】图片新闻\n建议标题：古镇老街熬盐忙\n6月10日，古镇老街的盐灶又冒起了白烟。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("3000亩晚熟李迎来丰收季", "某某村脆红李开园"), (None, "某某镇开展防汛演练"), (None, "古镇老街熬盐忙")]
    for text in ("【某某日报】2016-03-17　06版　读者之声　　大样　第2次输出", "客户：某某茶业有限公司　　业务员：邓　可",
                 "本版来信请注明真实姓名、住址和联系电话", "发短消息", "某某老猫 当前离线",
                 "回复　引用　报告　道具　TOP", "某某网友 [222.177.13.*]　　2009-02-17 08:41",
                 "某某网首页 | 新闻 | 财经 | 房产 | 汽车 | 旅游 | 健康 | 教育　　　　　　手机某某网 wap.example.net"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    line = lines.classify(1, "[10-21]　龙角镇千亩脆李基地冬季管护忙")
    assert line.text == "龙角镇千亩脆李基地冬季管护忙"
    assert layout.words()["banner_shapes_re"].search("某某茶业有限公司成立二十周年专版")
    page = segment("对话一把手丨县文化旅游委主任：把过路客变成回头客\n\n编者按：本期我们邀请县文化旅游委主任做客。\n\n"
                   "嘉宾名片\n冉　晓　燕\n某某县文化和旅游发展委员会党组书记、主任\n\n"
                   "问：今年暑期游客有多少？\n答：暑期接待游客120万人次，同比增长两成，过夜游客明显增多。\n")
    assert len(page.stories) == 1


def test_a_sites_feed_of_timed_flashes_with_bracketed_titles_run_in():
    entry = ("{time}\n{picture}【{title}】{day}，{title}，吸引了不少市民前来参观。\n（记者 {name}）\n"
             "阅读 1.2万　　　　　　　　分享到：微信 | 微博\n\n")
    page = segment("某某快讯\n7×24小时　新鲜事第一时间知道\n\n"
                   + entry.format(time="18:46", picture="", title="甲区首批共享菜园开园　菜地摇号分给居民",
                                  day="3月17日下午", name="邓 斌")
                   + entry.format(time="12:31", picture="[图片]\n3月17日，市民在樱花大道赏花拍照。记者 谢 智 摄\n",
                                  title="乙大学樱花进入盛花期　校园分时段开放", day="3月17日", name="谢 智"))
    assert [s.headline for s in page.stories if s.paragraphs][-2:] == [
        "甲区首批共享菜园开园　菜地摇号分给居民", "乙大学樱花进入盛花期　校园分时段开放"]
    first, second = page.stories[-2:]
    assert (first.photographers, second.photographers) == ((), ("谢智",))
    assert second.captions == ("3月17日，市民在樱花大道赏花拍照。",)
    # (one flash under its time is no feed: its bracketed label stays a brief's)
    page = segment("警方快讯\n\n【老人走失　民警四十分钟助其回家】11月24日，民警送老人回家，家属连声道谢。\n")
    assert not [s for s in page.stories if s.headline.startswith("老人走失")]


def test_a_markdown_topic_pages_columns_with_more_links_and_a_related_story_under_its_label():
    page = segment("# 花开某镇　香约某村\n\n**导语：**春到江畔，花开十万亩，节会在景区举行。\n\n"
                   "## 焦点新闻　[更多>>](http://example.net/jd/)\n\n### [油菜花节开幕　首日迎客8.6万人次](http://example.net/1.html)\n\n"
                   "来源：某某区融媒体中心　　作者：唐 静　　发布时间：2019-03-17 08:42\n\n"
                   "3月16日上午，油菜花节在景区开幕，开幕式上少女手持花枝走出一条花路。\n\n"
                   "## 花海快讯　[更多>>](http://example.net/hh/)\n\n**赏花专线公交开通**\n\n"
                   "本网讯　3月15日起，区交通局开通3条赏花专线公交，每20分钟发一班。（记者 罗永川）\n",
                   "made-up.md", is_markdown=True)
    assert [(s.section, s.headline) for s in page.stories][-2:] == [
        ("焦点新闻", "油菜花节开幕　首日迎客8.6万人次"), ("花海快讯", "赏花专线公交开通")]
    page = segment("# 甲县：首家城市书房开放\n\n9月19日，甲县首家24小时城市书房开放，市民可免费借阅图书。\n\n"
                   "书房临湖而建，晚上9点多仍坐着不少读者。\n\n**延伸阅读**\n\n### 乙区：首家社区智慧书房开门迎客\n\n"
                   "8月11日，乙区某社区的智慧书房正式对居民开放，居民刷脸进门借书。（记者 刘 静）\n\n"
                   "[责任编辑：何 源]\n", "made-up.md", is_markdown=True)
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "甲县：首家城市书房开放"), ("延伸阅读", "乙区：首家社区智慧书房开门迎客")]
    assert page.stories[0].reporters == () and page.stories[1].reporters == ("刘静",)


@pytest.mark.parametrize("text", [
    "某某新闻　　　　　　　　　　　　　　　　　打开",
    "某某广电官方新闻客户端　有温度的新闻",
    "◀上一版　　下一版▶　　　　　　　　　　　版面图　｜　文字版",
    "某某晨报数字报　　　　　　　　　　　　往期查询 ▼",
    "A06版：区县",
    "两会特刊　　特1",
])
def test_furniture_of_apps_e_papers_and_special_sections(text):
    assert lines.classify(1, text).kind is lines.Kind.NOISE, lines.classify(1, text)


def test_untitled_briefs_of_a_column_are_no_lead_ins_and_a_listed_title_is_one_headline():
    page = segment("本版标题导航\n甲县为1.3万名留守儿童配上“代理家长”\n短讯\n\n"
                   "甲县为1.3万名留守儿童\n配上“代理家长”\n\n本报讯　（记者　黄　瑶）6月8日下午，甲县妇联为留守儿童配上代理家长。\n\n"
                   "短讯\n\n　　本报讯　6月9日，柑橘产销对接会在甲区举行，采购商签订购销意向协议3.2万吨。（记者　罗　成）\n"
                   "　　本报讯　近日，乙县启动乡村旅游示范户评选，全县将评出100户示范户。（通讯员　冉　茜）\n"
                   "　　本报讯　6月11日上午，丙县开展地质灾害应急避险演练，300余名群众撤离。（记者　向　东）\n")
    stories = [s for s in page.stories if s.paragraphs]
    assert [s.headline for s in stories] == ["甲县为1.3万名留守儿童配上“代理家长”", "短讯"]
    assert stories[1].items == () and stories[1].reporters == ("罗成", "冉茜", "向东")


def test_a_meetings_headline_cut_where_the_bodys_name_ends():
    page = segment("凝心聚力谋发展　建言献策促跨越\n政协某区第十四届委员会\n第五次会议开幕\n本报记者　黄　欣\n"
                   "1月6日上午，政协某区第十四届委员会第五次会议在区会议中心开幕。\n\n"
                   "区十七届人大五次会议\n举行预备会议\n本报记者　郑　敏\n1月6日下午，区十七届人大五次会议举行预备会议。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("凝心聚力谋发展　建言献策促跨越", "政协某区第十四届委员会第五次会议开幕"),
        (None, "区十七届人大五次会议举行预备会议")]


def test_a_board_of_bulleted_titles_run_in_at_a_narrow_column():
    page = segment("甲地新闻\n本报讯　某日，甲地召开会议。（记者　甲　乙）\n\n区县快讯\n"
                   "　　■大渡口建成15个“社区书屋”　近\n日，大渡口区在八桥、跃进村等\n街道建成15个“社区书屋”。\n（记者　何　东）\n"
                   "　　■璧山开通首条城乡公交环线　4月\n20日，璧山区首条城乡公交环线开通，线\n路串联璧城、青杠等4个街道\n的28个站点。\n"
                   "（通讯员　刘　宇）\n　　■垫江牡丹文化节接待游客32万人次\n　记者4月23日从垫江县旅游局获悉，文化\n节已接待游客32万人次。\n"
                   "（记者　向　蓉）\n")
    board = page.stories[-1]
    assert board.headline == "区县快讯"
    assert [item.heading for item in board.items] == [
        "大渡口建成15个“社区书屋”", "璧山开通首条城乡公交环线", "垫江牡丹文化节接待游客32万人次"]
    assert board.items[1].paragraphs[0].startswith("4月20日，璧山区")


def test_a_contents_lists_label_is_furniture():
    page = segment("本版文章：\n1.甲县人大常委会任免名单\n2.县人大常委会举行第二次会议\n------------------------------\n\n"
                   "甲县人大常委会任免名单\n决定任命：\n黄建国为甲县发展和改革委员会主任；\n谭世明为甲县经济和信息化委员会主任。\n\n"
                   "县人大常委会举行第二次会议\n本报讯　1月11日，县人大常委会举行第二次会议，审议各项议题。\n")
    assert [s.headline for s in page.stories] == ["甲县人大常委会任免名单", "县人大常委会举行第二次会议"]


def test_vertical_ocr_punctuation_and_a_pictures_title_inside_a_story():
    source, _ = reader.read_bytes("︵本报讯︶菜农说：﹁合同一订，心裏就踏实了。﹂\n".encode(), "v.txt")
    assert source.text == "（本报讯）菜农说：「合同一订，心裏就踏实了。」\n"
    page = segment("巴县近郊菜农赶种冬菜\n︵本报巴县讯︶巴县南泉一带的菜农，正在抓紧时间\n赶种莴笋、白菜等冬菜。\n"
                   "南泉乡菜农在给莴笋追肥\n本报记者　郑　昭摄\n　　县供销合作社已经和各乡订立了产销合同，\n"
                   "菜收下来由供销社收购。\n︵通讯员　谢明达︶\n")
    story, = page.stories
    assert (story.headline, story.captions, story.photographers, story.reporters) == (
        "巴县近郊菜农赶种冬菜", ("南泉乡菜农在给莴笋追肥",), ("郑昭",), ("谢明达",))


def test_a_databases_records_repeat_their_heads_over_the_text_and_join_a_deck_to_the_title():
    record = ("第{n}篇\n引题：{k}\n标题：{t}\n副题：\n作者：本报通讯员\n栏目：\n版次：3　　日期：1964-04-23　　字数：396\n"
              "正文：\n{heads}　　新华社某地{day}电　{body}，社员们干劲十足，进度比去年同期快。\n（通讯员　{a}）\n"
              "──────────────────────────────\n")
    page = segment("某某日报图文数据库\n本版共2篇\n──────────────────────────────\n"
                   + record.format(n=1, k="比学赶帮　力争上游", t="甲区手工业合作社产品质量普遍提高",
                                   heads="比学赶帮　力争上游\n甲区手工业合作社\n产品质量普遍提高\n",
                                   day="二十一日", body="甲区手工业合作社社员互相学习", a="陈德明")
                   + record.format(n=2, k="", t="乙县抢晴天栽插早秧——鱼洞等区已栽完三成", heads="",
                                   day="四月二十日", body="乙县社员抓住晴天栽插早秧", a="罗文忠"))
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        ("比学赶帮　力争上游", "甲区手工业合作社产品质量普遍提高", None),
        (None, "乙县抢晴天栽插早秧", "鱼洞等区已栽完三成")]
    assert page.stories[0].paragraphs[0].startswith("甲区手工业合作社社员互相学习")
    assert page.stories[0].date == "1964-04-21"
    # (the OCR'd text keeps the column's wraps, each paragraph set in: one paragraph)
    page = segment("某某日报图文数据库\n本版共2篇\n──────────────────────────────\n" + "".join(
        record.format(n=n, k="", t=title, heads="", day="二十日", a="罗文忠",
                      body="某公社社员抓住晴天栽插早秧，在党\n支部书记钟厚德带领下\n连续奋战十几天，新修了\n两口山坪塘")
        for n, title in ((1, "乙县抢晴天栽插早秧"), (2, "丙县社员修整山坪塘"))))
    assert "在党支部书记钟厚德带领下连续奋战十几天" in page.stories[0].paragraphs[0]


def test_an_interviews_box_label_pull_quote_and_voices_named_after_their_posts():
    page = segment("# 对话镇街书记\n\n# 守好一片竹海　做活一篇文章\n\n本报记者　陈　欣\n\n"
                   "编者按：本报推出对话镇街书记栏目，本期走进某镇。\n\n# 人物简介\n\n向志明，1980年11月生，中共党员。\n\n"
                   "记者：旅游怎么让游客住下来？\n\n向志明：发展民宿，游客住下来，钱才会留在村里。我们已经办起民宿40家。\n\n"
                   "# “游客住下来，钱才会留在村里。”\n\n记者：发展民宿，钱从哪里来？\n\n向志明：村集体出一点，业主投一点，政策补一点。\n\n"
                   "# 微访谈\n\n# 他们眼中的竹山变化\n\n◆竹海村党支部书记　邓　林\n\n“村里的竹林以前没人管，现在成立了合作社，去年分红42万元。”\n\n"
                   "◆民宿经营者　李　佳\n\n“刚回来的时候家里人不理解，现在民宿一年收入30多万元。”\n\n"
                   "◆某某食品有限公司总经理　肖建军\n\n“我们每年收购鲜笋3000多吨，旺季用工200多人。”\n\n（记者　陈　欣　整理）\n",
                   "made-up.md", is_markdown=True)
    interview, box = page.stories
    assert interview.headline == "守好一片竹海　做活一篇文章" and "人物简介" not in interview.headline
    assert not [p for p in interview.paragraphs if p.startswith("“游客住下来")]
    assert box.headline == "他们眼中的竹山变化"
    assert [item.heading for item in box.items] == [
        "竹海村党支部书记　邓　林", "民宿经营者　李　佳", "某某食品有限公司总经理　肖建军"]


def test_an_express_columns_titled_briefs_and_a_columnists_note_over_his_headline():
    page = segment("周五影话\n本期主笔　陈　朗\n（本地高校影视专业讲师，资深影评人）\n《江上人家》：一条江的温度\n"
                   "　　看完《江上人家》走出影院，耳边还回响着片尾那一声悠长的川江号子。\n\n"
                   "文　娱　快　递\n■“山城记忆”老照片展开展\n　　本报讯　9月18日，老照片展在博物馆开展，展出老照片200余幅。（实习生　罗　佳）\n"
                   "■北碚举办首届缙云山文化节\n　　9月16日，首届缙云山文化节在北碚区开幕，为期10天。（记者　吴　蓓）\n")
    assert [(s.section, s.kicker, s.headline, s.reporters) for s in page.stories] == [
        ("周五影话", None, "《江上人家》：一条江的温度", ("陈朗",)),
        ("文娱快递", None, "“山城记忆”老照片展开展", ("罗佳",)),
        ("文娱快递", None, "北碚举办首届缙云山文化节", ("吴蓓",))]


def test_a_scans_frame_marker_and_untitled_briefs_opening_with_the_day_told_from_the_paper():
    assert lines.classify(1, "===== CQWB_20081023_11_1.tif　[1/2]　TH-OCR 6.0").kind is lines.Kind.NOISE
    page = segment("社会短波\n■前晚8时许，江北区大石坝一居\n民楼内，一名3岁男孩把头伸进阳台护\n栏的缝隙里，怎么也拔不出来。江北消\n"
                   "防中队官兵赶到后，用扩张器撑开护栏，\n将男孩救出。（记者　孙　晴）\n　　■昨日上午，北碚区天生桥附近，\n"
                   "一辆满载橘子的农用车侧翻，橘子滚落\n一地。过往司机纷纷帮忙捡橘子，不到\n半小时就重新装上了车。（通讯员　蒲　静）\n")
    story, = page.stories
    assert (story.headline, story.reporters) == ("社会短波", ("孙晴", "蒲静"))


def test_a_volunteers_typed_page_notes_and_a_headline_that_names_a_hotline():
    assert lines.classify(1, "〔录入：某某（志愿者）。看不清的字打□；六角括号〔〕里的话都是我加的。〕").kind \
        is lines.Kind.NOISE
    assert lines.classify(1, "一个热线电话　的哥把她送回了家").kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "咨询热线电话：63907777").kind is lines.Kind.NOISE


def test_a_typed_pages_masthead_heading_a_letters_reply_and_bold_run_in_briefs():
    page = segment("# 某某时报　2006年9月7日　星期四　A09版　都市·热线\n\n### 【读者来信】\n\n#### 公交车为啥不进站停靠？\n\n"
                   "编辑同志：\n\n最近一段时间，有的公交车不进港湾式站台，乘客只能跑到路中间上车。\n\n沙坪坝区　读者　邬家明\n\n"
                   "【回复】\n\n市公交集团客服中心介绍，集团已派出稽查人员到现场整改。\n\n（时报记者　乔　菲　整理）\n\n---\n\n"
                   "### 【新闻热线】\n\n#### 昨天，读者打进热线说了这些事\n\n"
                   "**井盖被偷　路人险掉坑**　昨日上午9时许，南岸区一条人行道上的井盖不见了。\n"
                   "**电梯困人40分钟**　昨日中午，江北区一写字楼的电梯突然停在两层之间。\n\n（时报记者　何　静　整理）\n\n---\n\n"
                   "### 曝光台\n\n#### 花3万元装修　不到半年墙面开裂\n\n"
                   "**【投诉】**家住九龙坡区的刘先生反映，入住不到半年墙面就出现多条裂缝。\n\n"
                   "**【调查】**3月12日，记者随刘先生来到他家，看到客厅墙上有一条裂缝。\n",
                   "made-up.md", is_markdown=True)
    assert page.date == "2006-09-07"
    letter, hotline, exposed = page.stories
    assert (letter.headline, letter.reporters) == ("公交车为啥不进站停靠？", ("邬家明", "乔菲"))
    assert [item.heading for item in hotline.items] == ["井盖被偷　路人险掉坑", "电梯困人40分钟"]
    assert exposed.items == ()


def test_a_briefs_columns_titles_broken_at_a_narrow_column():
    page = segment("本报讯　某日，甲地召开会议，部署春耕生产。（记者　甲　乙）\n\n简　讯\n◆区卫生局部署\n非典型肺炎防治\n"
                   "　　4月15日，区卫生局召开\n全区防治工作会，要求各医疗机构落实预检分诊制度。\n（周敏）\n"
                   "◆李渡工业园区\n一季度引进企业3家\n　　今年一季度，李渡工业园\n区新引进企业3家，协议投资1.2亿元。\n（向　东）\n")
    assert [s.headline for s in page.stories][1:] == [
        "区卫生局部署非典型肺炎防治", "李渡工业园区一季度引进企业3家"]


def test_a_yearbooks_entries_in_bold_with_profiles_of_people_in_bold():
    page = segment("## 先进人物\n\n**【省部级以上先进人物】**　2019年，全区有9人获得省部级以上表彰。现选取其中2人简要介绍如下。\n\n"
                   "![](p1.jpeg)\n\n韦德芬\n\n**韦德芬**　女，苗族，1971年3月生，某镇人，中共党员，某村党支部书记。\n\n"
                   "**刘建川**　男，汉族，1966年11月生，四川泸县人，区人民医院副院长、主任医师。\n\n"
                   "**【区级劳动模范和先进工作者】**　2019年4月28日，区委、区政府召开表彰大会，授予邹勇等30名同志劳动模范称号。\n\n"
                   "**【陈德厚】**　（1931—2019）男，汉族，某县人，中共党员，原县委副书记。2019年8月12日逝世。\n",
                   "made-up.md", is_markdown=True)
    assert [s.headline for s in page.stories] == ["省部级以上先进人物", "区级劳动模范和先进工作者", "陈德厚"]
    assert [item.heading for item in page.stories[0].items] == ["韦德芬", "刘建川"]


def test_an_accounts_repost_its_compilers_credit_and_its_comments_label():
    for text, names in (("整理：本报记者　杨　帆", ("杨帆",)), ("文/冉启明（某区文联主席）", ("冉启明",))):
        line = lines.classify(1, text)
        assert (line.kind, line.names) == (lines.Kind.BYLINE, names), text
    for text in ("本文刊发于今日《某某日报》第4版“纪念专版”", "精选留言　　　　　　　　写留言", "某某区官方党报微信平台"):
        assert lines.classify(1, text).kind in (lines.Kind.NOISE, lines.Kind.LABEL), text


def test_a_sites_list_with_posting_days_and_its_dotted_links():
    page = segment("## 区县动态\n\n- [甲区开通首条城乡公交环线](http://example.net/1.htm)　(2006-04-20)\n\n"
                   "  本网讯　4月18日上午，甲区首条城乡公交环线开通，线路串联4个街道的28个站点。（通讯员　肖　军）\n\n"
                   "- [乙区启动黄金周市场检查](http://example.net/2.htm)　(2006-04-19)\n"
                   "- [丙县免费培训千名农民工](http://example.net/3.htm)　(2006-04-19)\n\n"
                   "  4月17日，丙县劳动就业局举办今年首期农民工免费技能培训班，200名农民工参加培训。（李　霞）\n",
                   "made-up.md", is_markdown=True)
    assert [s.headline for s in page.stories] == ["甲区开通首条城乡公交环线", "丙县免费培训千名农民工"]
    page = segment("本版标题\n·甲区羽绒服一天卖出两千件\n·寒风中畅游嘉陵江\n图片新闻\n[IMG]\n寒风中畅游嘉陵江\n"
                   "昨日，主城气温骤降，仍有二十多名冬泳爱好者在嘉陵江下水畅游。\n本报记者　周　强　摄\n\n"
                   "仙女山单日游客首破4万人次\n8月19日，记者从武隆县旅游局获悉，仙女山单日接待游客首次突破4万人次。\n"
                   "相关新闻:\n·武隆天坑寨子迎来首批避暑客(08-12)\n区县热点:\n·[万州]三峡移民纪念馆开工建设\n更多>>\n")
    assert [(s.headline, s.photographers) for s in page.stories] == [
        ("寒风中畅游嘉陵江", ("周强",)), ("仙女山单日游客首破4万人次", ())]
    assert page.stories[1].paragraphs[-1].endswith("首次突破4万人次。")


def test_an_archives_toolbar_under_a_saved_pages_title():
    page = segment("上清寺转盘今起改造　9条公交线路绕行_新浪重庆_新浪网\n"
                   "The Wayback Machine - https://web.archive.org/web/20081017082115/http://example.net/\n"
                   "Go\n3 captures\n17 Oct 2008 - 09 Jun 2011\nSEP\tOCT\tNOV\n17\n2007\t2008\t2009\n"
                   "success\nfail\nAbout this capture\n\n上清寺转盘今起改造　9条公交线路绕行\n"
                   "本报讯（记者　杨　帆）记者昨日获悉，上清寺转盘今起实施改造，9条公交线路将临时绕行。\n")
    assert [s.headline for s in page.stories] == ["上清寺转盘今起改造　9条公交线路绕行"]


def test_a_tv_scripts_rundown_titles_cues_and_credits():
    page = segment("某区广播电视台　新闻制播网络系统　　　　　　打印：2014-05-20 18:06\n══════════════\n"
                   "《某某新闻》主持人串联稿\n播出日期：2014年5月20日（星期二）　　首播：19:30\n══════════════\n\n"
                   "[演播室]\n主持人：各位观众，晚上好！欢迎收看《某某新闻》。\n[提要画面]（配乐）\n\n"
                   "[01]　全区防汛工作会议召开　　　　口播+VCR　2′20″\n"
                   "[演播室]\n主持人：5月19日上午，全区防汛工作会议召开，对今年的防汛工作进行部署。\n"
                   "[VCR]\n[配音]会议要求各镇街落实防汛责任，确保安全度汛。\n"
                   "[字幕条]记者：李　静　王　超　　摄像：陈　鹏\n\n"
                   "[02]　龙水五金城二期开市　　　　口播+VCR　2′05″\n[演播室]\n"
                   "主持人：今天上午，龙水五金城二期正式开市，新增商铺800余间。\n"
                   "[字幕条]记者：何雨桐　　摄像：张　勇\n\n[口播]区图书馆开展“书香进社区”活动\n"
                   "5月17日，区图书馆在某社区开展活动，为社区图书室送去图书1500册。\n")
    stories = [s for s in page.stories if s.reporters or s.date]
    assert [(s.headline, s.reporters, s.photographers) for s in stories] == [
        ("全区防汛工作会议召开", ("李静", "王超"), ("陈鹏",)),
        ("龙水五金城二期开市", ("何雨桐",), ("张勇",)),
        ("区图书馆开展“书香进社区”活动", (), ())][:len(stories)]
    assert "区图书馆开展“书香进社区”活动" in [s.headline for s in page.stories]
    assert lines.classify(1, "[天气预报画面]").kind is lines.Kind.NOISE
    assert lines.classify(1, "垫江新闻　2021.08.10").kind is lines.Kind.NOISE


def test_an_apps_feed_of_video_cards():
    card = "[视频]　{len}\n{head}\n{text}\n某区融媒体中心　　1.2万次播放　　2小时前\n♡ 326　　　💬 18　　　↗ 分享\n\n"
    page = segment("新重庆\n\n" + card.format(len="01:06", head="荣昌：龙舟队开桨训练　备战端午",
                                            text="5月15日上午，12支龙舟队迎来今年首次下水训练。")
                   + card.format(len="00:45", head="", text="【石柱黄水莼菜开采　一亩收入过万元】5月14日，村民采摘头茬莼菜。")
                   + card.format(len="01:32", head="奉节：脐橙进入采摘季　果农忙着装箱发货",
                                 text="#奉节脐橙# 连日来，奉节县的晚熟脐橙陆续采摘上市。"))
    assert [s.headline for s in page.stories] == [
        "荣昌：龙舟队开桨训练　备战端午", "石柱黄水莼菜开采　一亩收入过万元", "奉节：脐橙进入采摘季　果农忙着装箱发货"]


def test_an_election_list_read_one_cell_a_line_under_its_title_cut_in_two():
    roll = "\n".join(["区第十八届人民代表大会常务委员会", "主　任", "唐建国", "副主任（按姓氏笔画为序）", "杨光荣",
                      "陈丽华（女）", "黄秀英（女）", "区人民政府", "区　长", "刘志远", "副区长（按姓氏笔画为序）",
                      "王海燕（女）", "李卫国"])
    deputies = "\n".join(["王德林", "卢春燕（女）", "冉小梅（女，土家族）", "刘志远", "杨　军", "何家林", "张少华"])
    page = segment("合川日报\nHECHUAN RIBAO\n2021年12月28日\n星期二\n3\n大会特刊\n\n"
                   "区十八届人大一次会议胜利闭幕\n本报讯（记者　罗　佳）12月27日，区十八届人大一次会议胜利闭幕。\n\n"
                   "合川区第十八届人民代表大会第一次会议\n当　选　名　单\n（2021年12月27日区第十八届人民代表大会第一次会议选举）\n"
                   + roll + "\n合川区第十八届人民代表大会第一次会议选举产生的\n重庆市第六届人民代表大会代表名单\n"
                   "（共15名，按姓氏笔画为序）\n" + deputies + "\n\n区十八届人大常委会举行第一次会议\n"
                   "本报讯（记者　罗　佳）12月27日，区十八届人大常委会举行第一次会议。\n")
    assert [s.headline for s in page.stories] == [
        "区十八届人大一次会议胜利闭幕", "合川区第十八届人民代表大会第一次会议当选名单",
        "合川区第十八届人民代表大会第一次会议选举产生的重庆市第六届人民代表大会代表名单",
        "区十八届人大常委会举行第一次会议"]
    assert page.date == "2021-12-28" and all(not s.reporters for s in page.stories[1:3])


def test_a_taiwan_papers_bracketed_dispatch_and_its_page_name_in_chinese_numerals():
    assert lines.classify(1, "第十三版　　大　陸　新　聞").kind is lines.Kind.NOISE
    marker = lines.dateline("【本報記者林美玲重慶二十五日電】清晨六點多")
    assert marker is not None and lines.dateline_writers(marker) == ("林美玲",)
    page = segment("中華民國八十七年十一月二十六日　星期四　　　　聯合報\n第十三版　　大　陸　新　聞\n\n"
                   "直轄一年　外地農民湧進山城\n重慶棒棒軍　一根竹棒扛起一家生計\n街頭挑夫逾十萬人　日入二、三十元人民幣\n"
                   "【本報記者林美玲重慶二十五日電】\n　　清晨六點多，重慶朝天門碼頭的霧還沒散，棒棒冉光富已經扛著竹棒等生意。\n"
                   "　　重慶城區依山而建，搬家、送貨全靠人力，棒棒因此應運而生。\n")
    story, = page.stories
    assert (story.kicker, story.headline, story.reporters) == (
        "直轄一年　外地農民湧進山城", "重慶棒棒軍　一根竹棒扛起一家生計", ("林美玲",))


def test_a_digest_of_reprinted_pieces_under_numbered_titles():
    page = segment("家鄉訊息\n\n一、綦江古鎮修繕完工　恢複開放迎客\n（摘自重慶日報　2016年5月20日）\n\n"
                   "本報訊（記者　黃　勇）5月18日，綦江區東溪古鎮曆時一年半的保護修繕工程完工。\n\n"
                   "二、万州机场首开赴台旅游包机\n（摘自华龙网　2016年5月25日）\n\n"
                   "5月24日上午，一架载有162名游客的包机从万州五桥机场起飞。（记者　陈　静）\n")
    assert [s.headline for s in page.stories][-2:] == [
        "綦江古鎮修繕完工　恢複開放迎客", "万州机场首开赴台旅游包机"]


def test_a_figures_box_under_its_bracketed_label_is_a_story_of_its_own():
    page = segment(
        "区县委书记谈发展\n\n南岸：建好“科教之城”——访南岸区委书记张明\n\n记者　李　立\n\n"
        "12月9日，南岸区召开区委全会。会后，记者专访了张明。\n\n"
        "张明表示，南岸将抓好全会各项部署的贯彻落实。\n\n"
        "【数读南岸】\n\n5个——今年新增街道\n\n150家——明年计划引进科技型企业\n\n"
        "20个——明年新建社区养老服务站\n\n（记者　李　立　整理）\n\n"
        "一把手话落实\n\n抓好全会精神贯彻落实　奋力谱写区县发展新篇章\n\n"
        "核心提示：全会召开以来，各区县迅速传达学习全会精神。\n\n"
        "【推动转化见实效】\n\n石柱县委书记王川：石柱将用好生态资源。\n\n（记者　罗　晋）\n")
    heads = [s.headline for s in page.stories]
    assert heads[1] == "数读南岸", heads
    box = page.stories[1]
    # each fact its own line, none taken for a head or dropped
    assert box.paragraphs == ("5个——今年新增街道", "150家——明年计划引进科技型企业",
                              "20个——明年新建社区养老服务站")
    assert box.reporters == ("李立",)
    assert "一把手话落实" not in heads[:2]  # the next story's column is no head of the box


def test_bars_an_ocr_read_as_letters_come_off_heads():
    page = segment(
        "图片新闻\n\nI三十万盆鲜花扮靓山城\n\n9月27日，园林工人在解放碑摆放盆花。（记者　刘　洋　摄）\n\n"
        "I南山上万人赏月\n\n9月25日晚，市民在南山一棵树观景台赏月。（记者　吴　刚　摄）\n\n"
        "l米水位线以下的土地，是全乡移民任务最重的。\n")
    assert [s.headline for s in page.stories][:2] == ["三十万盆鲜花扮靓山城", "南山上万人赏月"]
    # a wrapped line's 'l' (a figure the OCR misread) is the text's, not a bar
    assert any(p.startswith("l米水位线") for s in page.stories for p in s.paragraphs)


def test_a_question_ending_in_ban_under_a_box_label_is_a_head_not_an_office():
    # '…怎么办' ends as an office's short name does ('县信访办'), but asks a question
    page = segment(
        "防汛小常识\n遇到洪水怎么办\n　　一、洪水到来前，要听从当地政府的安排。\n"
        "　　二、来不及转移时，要尽快向高处转移。\n")
    assert [s.headline for s in page.stories] == ["遇到洪水怎么办"]
    assert lines.words()["issuer_re"].fullmatch("县信访办")  # an office's short name still is


def test_a_supplied_pictures_caption_wrapped_at_the_column_is_one_caption():
    page = segment(
        "新院区投用\n\n9月22日，社区卫生服务中心新院区正式投用。门诊大厅宽敞明亮，自助挂号机、智能导诊\n"
        "屏一应俱全。三楼的中医馆里，不少居民正在接受治疗。\n"
        "▲社区卫生服务中心新院区的中医馆。（北碚区卫生健康\n委供图）\n"
        "“以前看个病要坐车去城区。”居民杨秀英说。\n")
    assert len(page.stories) == 1
    assert page.stories[0].captions == ("社区卫生服务中心新院区的中医馆。（北碚区卫生健康委供图）",)


def test_a_category_set_letter_spaced_between_stories_is_no_head_of_the_story_above():
    page = segment(
        "9月22日，蔡家岗新院区正式投用。门诊大厅宽敞明亮。\n（记者　孙　悦）\n"
        "环　保\n天生街道12个老旧小区改造完工\n记者近日获悉，12个老旧小区改造项目已全部完工。\n"
        "（记者　何　川）\n")
    # (the story above lost its head: the category under its credit is none of it)
    assert [s.section for s in page.stories] == [None, "环保"]
    assert page.stories[0].headline != "环保"
    assert page.stories[1].headline == "天生街道12个老旧小区改造完工"


def test_a_head_with_an_offers_word_over_its_source_time_and_buttons_is_a_head():
    page = segment(
        "2/3\n两江新区悦来街道开出“银发食堂”　60岁以上老人就餐享优惠\n来源：两江新区融媒体中心\n"
        "2026-03-11 16:05\n▶ 听本文　02:18\n中午11点半，会展社区的“银发食堂”里飘出阵阵饭菜香。\n"
        "[图片]\n▲3月11日，老人们在用午餐。（记者　李　默　摄）\n"
        "社区党委书记王建英介绍，食堂由街道引入专业餐饮企业运营。\n（记者　李　默）\n")
    assert [s.headline for s in page.stories] == [
        "两江新区悦来街道开出“银发食堂”　60岁以上老人就餐享优惠"]
    assert page.stories[0].reporters == ("李默",)


def test_bulleted_heads_giving_a_post_and_a_name_before_a_claim_are_profiles():
    page = segment(
        "平凡岗位上的“最美”身影\n融媒体记者　夏　雨\n"
        "日前，县总工会揭晓“最美劳动者”评选结果。本期，我们走近其中三位。\n"
        "■公交驾驶员　刘德兵：18年安全行车70万公里\n每天清晨5点半，他就会准时出现在\n"
        "停车场。作为3路车驾驶员，刘德兵每天往返12趟。\n"
        "■环卫工人　黄秀芳：扫帚“扫”出城市新面貌\n凌晨4点，56岁的黄秀芳已经上路。\n"
        "■急诊科护士　彭　兰：急诊室里的“定海神针”\n在县人民医院急诊科，护士长彭兰是大家的主心骨。\n")
    story, = page.stories
    assert [item.heading for item in story.items] == [
        "公交驾驶员　刘德兵：18年安全行车70万公里", "环卫工人　黄秀芳：扫帚“扫”出城市新面貌",
        "急诊科护士　彭　兰：急诊室里的“定海神针”"]


def test_a_keyword_label_in_brackets_before_its_word_heads_a_voice():
    page = segment(
        "党代表心声\n“报告说到了我们心坎上”\n　　连日来，代表们认真学习讨论党代会报告。\n"
        "【关键词】产业升级\n　　“报告把先进制造业摆在突出位置。”市党代表谭启明说。\n"
        "【关键词】乡村振兴\n　　市党代表龙春燕是一名村党支部书记。\n"
        "（本报记者　吴　桐　整理）\n")
    story, = page.stories
    assert [item.heading for item in story.items] == ["【关键词】产业升级", "【关键词】乡村振兴"]


def test_a_jekyll_pages_kramdown_attributes_and_liquid_tags_are_read_as_their_words():
    page = segment_md(
        '{% include paper-head.html paper="重庆晨报" date="2006年11月18日　星期六" page="13" %}\n\n'
        "铁锅里的烟火气　南滨路的不夜天\n{: .yinti}\n\n## 百家火锅摆上南滨路　万人同吃“麻辣宴”\n\n"
        "本报记者　宋雨桐\n{: .byline}\n\n昨日，记者从组委会获悉，火锅节将于今晚开幕。\n\n"
        '{% include figure.html src="/assets/img/1.jpg" caption="▲昨日，工人在南滨路搭建主舞台。"'
        ' credit="本报记者　何　斌　摄" %}\n\n本届火锅节为期9天。\n\n{% include comments.html %}\n')
    story, = page.stories
    assert (story.kicker, story.headline) == ("铁锅里的烟火气　南滨路的不夜天",
                                              "百家火锅摆上南滨路　万人同吃“麻辣宴”")
    assert story.reporters == ("宋雨桐",) and story.photographers == ("何斌",)
    assert story.captions == ("昨日，工人在南滨路搭建主舞台。",)
    assert page.date == "2006-11-18"  # the page's own head, passed to its include
    assert not any("{" in p for p in story.paragraphs)


def test_a_head_and_byline_read_after_their_text_title_the_report_run_into_the_story_above():
    page = segment(
        "巫山红叶进入最佳观赏期\n本报讯（记者　向　琳）11月18日，记者从县旅游局获悉，红叶进入观赏期。\n"
        "游船公司每天加开航班。\n据了解，红叶节期间还将举办活动12项。\n"
        "11月17日，在庙宇镇青坪村的脆李园里，技术员正手把手地教村民给李树修枝。\n"
        "镇党委书记谭志刚介绍，入冬以来，镇里组织了12支技术服务队。\n"
        "冬管正当时　脆李园里学修剪\n记者　周　涛　通讯员：李　敏\n"
        "全县贫困对象建档立卡基本完成\n本报讯（记者　冉　雪）11月19日，记者从会上获悉此事。\n")
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("巫山红叶进入最佳观赏期", ("向琳",)),
        ("冬管正当时　脆李园里学修剪", ("周涛", "李敏")),
        ("全县贫困对象建档立卡基本完成", ("冉雪",))]
    assert page.stories[0].paragraphs[-1] == "据了解，红叶节期间还将举办活动12项。"
    assert page.stories[1].paragraphs[0].startswith("11月17日，在庙宇镇")


def test_of_two_heads_the_one_the_pages_contents_box_lists_is_the_headline():
    page = segment(
        "本版导读\n· 老旧小区装上电梯　“悬空老人”下楼不再难\n· 今冬城区天然气供应有保障\n\n"
        "“加梯”试点扩至12个小区\n老旧小区装上电梯　“悬空老人”下楼不再难\n融媒体记者　陈　露\n"
        "　　11月12日，双星小区的居民乘坐新装的电梯下楼。\n\n"
        "今冬城区天然气供应有保障\n融媒体记者　王　川\n　　11月13日，记者从区发改委获悉此事。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("“加梯”试点扩至12个小区", "老旧小区装上电梯　“悬空老人”下楼不再难"),
        (None, "今冬城区天然气供应有保障")]


def test_a_list_pages_entries_each_under_its_source_day_and_clicks_are_stories():
    page = segment(
        "区县动态\n\n梁平县举办2015年乡村旅游推介会\n【梁平县旅游局】　2015-03-17 17:08　　点击：157\n"
        "　　3月17日，梁平县在主城举办乡村旅游推介会。\n收起全文∧\n\n"
        "大足区宝顶镇42家农家乐“提档升级”迎旺季\n【大足区旅游局】　2015-03-16 11:05　　点击：189\n"
        "　　随着大足石刻景区春季旅游旺季到来，宝顶镇42家农家乐完成“提档升级”。\n收起全文∧\n")
    assert [s.headline for s in page.stories] == [
        "梁平县举办2015年乡村旅游推介会", "大足区宝顶镇42家农家乐“提档升级”迎旺季"]


def test_parts_run_in_under_their_keyword_in_bold_are_items():
    page = segment_md(
        "## 渝北政府工作报告里的“新”字\n\n记者　周　敏\n\n今年的政府工作报告有不少新提法。\n\n"
        "**关键词【低空经济】** 报告提出，今年将建成无人机起降点30个。\n\n"
        "**关键词【城市更新】** 报告提出，实施老旧小区改造项目60个。\n")
    story, = page.stories
    assert [(i.heading, i.paragraphs[0][:6]) for i in story.items] == [
        ("关键词【低空经济】", "报告提出，今"), ("关键词【城市更新】", "报告提出，实")]


def test_an_articles_titles_and_writers_given_as_labelled_fields_are_its_heads_and_byline():
    page = segment(
        "【打印本页】　【关闭窗口】\n梁平县人民政府公众信息网\n"
        "标　　题：全县经济工作会议召开\n副 标 题：周明远讲话　蒋立新作报告\n"
        "发布日期：2016-02-18 16:05\n信息来源：县政府办公室\n作　　者：刘　洋　谢　晴\n"
        "　　2月17日，全县经济工作会议在县行政中心召开。\n")
    story, = page.stories
    assert (story.headline, story.subtitle, story.reporters) == (
        "全县经济工作会议召开", "周明远讲话　蒋立新作报告", ("刘洋", "谢晴"))
    # a book's author in a 书讯's fields stays no writer of the piece
    assert lines.title_fields(["作者：张三", "出版社：重庆出版社"]) == ["作者：张三", "出版社：重庆出版社"]


def test_a_heading_ranked_under_an_open_roundup_heads_a_part_over_its_own_dateline():
    page = segment_md(
        "## 汛期安全不放松　各镇街守土尽责\n\n入汛以来，我区各镇街紧盯地质灾害隐患点。\n\n"
        "**大路街道**　6月13日，大路街道组织开展防汛应急演练。\n\n#### 河边镇：地灾点装上“千里眼”\n\n"
        "本报讯（通讯员　罗　军）6月14日，河边镇在12处地灾点安装了监测设备。\n\n"
        "**正兴镇**　连日来，正兴镇对7座小型水库开展汛前检查。\n\n"
        "## 区交委　汛期公路“体检”排查隐患47处\n\n本报讯（通讯员　彭　浩）6月以来，区交委开展排查。\n")
    roundup, other = page.stories
    assert [i.heading for i in roundup.items] == ["大路街道", "河边镇：地灾点装上“千里眼”", "正兴镇"]
    assert roundup.items[1].reporters == ("罗军",)
    assert other.headline == "区交委　汛期公路“体检”排查隐患47处"


def test_voices_ranked_under_a_story_each_over_its_person_line_are_items():
    page = segment_md(
        "## 新起点上　干字当头\n\n本报记者　周　宁\n\n1月22日，代表们继续分组审议政府工作报告。\n\n"
        "### “把新区的制度优势变成发展胜势”\n\n**市人大代表，重庆长驰汽车零部件有限公司董事长　邵文龙**\n\n"
        "“去年两江新区转为行政区，企业感受最深。”\n\n### “文旅融合要做足‘石刻+’文章”\n\n"
        "市人大代表　大足石刻研究院副院长　卢光明\n\n“游客看完石刻就走的情况还比较多。”\n")
    story, = page.stories
    assert [i.heading for i in story.items] == ["“把新区的制度优势变成发展胜势”",
                                               "“文旅融合要做足‘石刻+’文章”"]


def test_a_speech_setting_set_as_a_heading_is_the_kicker_of_the_plain_headline_under_it():
    page = segment_md(
        "#### 韩立新走访民营企业时强调\n\n当好服务企业“店小二”　让企业安心发展\n\n"
        "本报讯 （记者　胡　珂）11月22日，区委书记韩立新带队走访民营企业。\n")
    story, = page.stories
    assert (story.kicker, story.headline) == ("韩立新走访民营企业时强调",
                                              "当好服务企业“店小二”　让企业安心发展")


def test_a_heading_after_a_dated_headless_story_over_the_next_headline_and_deck_is_its_own():
    page = segment_md(
        "本报讯(记者　龙　妍)11月21日，记者在中山路街道看到，施工人员正在给老楼加装电梯。\n\n"
        "居民刘玉兰高兴地说，老房子住起来一点都不比新小区差。\n\n## 中山路街道老旧小区改造惠及3200余户\n\n"
        "凯达精机智能化改造提速\n\n——年产值有望突破5亿元\n\n本报记者　谭　雪\n\n走进凯达精机的车间，机器人正在焊接。\n")
    assert [(s.headline, s.subtitle, s.reporters) for s in page.stories] == [
        ("中山路街道老旧小区改造惠及3200余户", None, ("龙妍",)),
        ("凯达精机智能化改造提速", "年产值有望突破5亿元", ("谭雪",))]


def test_a_papers_name_set_as_a_heading_over_its_folio_is_the_nameplate():
    page = segment_md(
        "北碚报\n======\n\n版次：第2版　综合新闻  \n日期：2025年12月12日　星期五  \n"
        "编辑：黄　蔚　　校对：孙　怡\n\n* * *\n\n## 北碚区签署深化协同发展合作协议\n\n"
        "本报记者　任思远\n\n12月11日，签约仪式在北碚举行。\n\n"
        "本报讯（记者　任思远）12月10日，区长邵可文检查森林防火工作。\n\n"
        "#### 邵可文检查冬季森林防火工作\n\n* * *\n\n## 缙华仪表智能传感器产线投产\n\n"
        "本报讯（记者　冯　蕾）12月9日，产线投产。\n")
    assert [s.headline for s in page.stories] == [
        "北碚区签署深化协同发展合作协议", "邵可文检查冬季森林防火工作", "缙华仪表智能传感器产线投产"]
    assert "北碚报" in page.noise


def test_triangle_titled_briefs_under_a_good_deeds_column_are_stories():
    page = segment(
        "县农机站培训拖拉机手\n　　本报讯　十一月三曰至十二日，县农机站举办拖拉机手培训班。\n"
        "（县农机站　王　平）\n\n新　人　新　事\n▲拾到现金　如数归还\n　　十一月八曰，米心公社社员刘德芳拾到一个布包，如数归还失主。\n"
        "（米心公社　何　英）\n▲青年突击队修通机耕道\n　　古溪公社团委组织青年修通了机耕道二点四公里。"
        "（古溪公社　李明华）\n▲赤脚医生深夜出诊\n　　十一月九日深夜，赤脚医生陈淑芬冒雨出诊。\n"
        "（五桂公社　周　红）\n")
    assert [s.headline for s in page.stories] == [
        "县农机站培训拖拉机手", "拾到现金　如数归还", "青年突击队修通机耕道", "赤脚医生深夜出诊"]
    assert page.stories[3].section == "新人新事"


def test_a_triangles_caption_wrapped_onto_its_credits_line_is_one_caption():
    # the caption's pieces cut short by a narrow column read as heads; its last words stand
    # on the credit's line, set apart from the credit
    page = segment(
        "高山蔬菜进入采收期\n　　本报讯（记者　汪　洋）6月17日一早，迎新村蔬菜基地里，种植大户刘德明一边指挥"
        "装车一边说。\n▲6月17日，迎新村蔬\n菜基地，菜农正在采收莲花白。\n装车后，这些蔬菜将直接运往\n"
        "主城超市。　　　　通讯员　冉小琴　摄\n　　乡党委书记谭建华介绍，乡里建起了2座蔬菜预冷库。\n")
    assert [s.headline for s in page.stories] == ["高山蔬菜进入采收期"]
    story = page.stories[0]
    assert story.captions == (
        "6月17日，迎新村蔬菜基地，菜农正在采收莲花白。装车后，这些蔬菜将直接运往主城超市。",)
    assert story.photographers == ("冉小琴",)
    assert story.paragraphs[-1].startswith("乡党委书记谭建华介绍")


def test_a_briefs_column_named_in_brackets_over_each_brief_titles_them_one_by_one():
    page = segment(
        "【区县速递】荣昌：夏布小镇迎来首批外国研学团\n\n5月15日，28名留学生走进荣昌区夏布小镇，学习绩麻、织布。"
        "（记者　蒋　睿）\n\n【区县速递】綦江：农民版画进社区巡展\n\n昨日，綦江农民版画巡展在古南街道启动，"
        "60余幅作品将巡回展出。（通讯员　罗　丹）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        ("区县速递", "荣昌：夏布小镇迎来首批外国研学团"), ("区县速递", "綦江：农民版画进社区巡展")]
    # a label that is no briefs column's name still labels its paragraphs
    labelled = segment("调查报告\n【调查对象】全区12个镇街的120户居民\n【调查方式】入户走访和问卷调查\n")
    assert len(labelled.stories) == 1


def test_a_symbol_fonts_bullets_given_as_letters_are_read_as_bullets():
    page = segment(
        "健康快讯\n\nu区妇幼保健院开设孕妇学校周末班\n\n本报讯　区妇幼保健院从5月起开设孕妇学校周末班，"
        "孕妇及家属均可免费参加。（通讯员　陈　晨）\n\nu珞璜镇开展免费结核病筛查\n\n本报讯　5月12日至13日，"
        "区疾控中心为镇上老人开展免费结核病筛查。（通讯员　冯　涛）\n\nu镇街传真u\n\n"
        "来苏镇：便民服务站实现全覆盖\n\n本报讯（通讯员　蒋　玲）11月9日，来苏镇21个村全部建成便民服务站。\n")
    assert [s.headline for s in page.stories] == [
        "区妇幼保健院开设孕妇学校周末班", "珞璜镇开展免费结核病筛查", "来苏镇：便民服务站实现全覆盖"]
    assert page.stories[2].section == "镇街传真"  # (its ornaments on both sides are off)
    # a letter glued to Chinese once is the text's ('u盘' too): no bullet
    assert lines.symbol_font_bullets(["u盘里存着照片", "n个村民"]) == ["u盘里存着照片", "n个村民"]


def test_a_checklists_rows_are_its_text_not_heads():
    page = segment(
        "健康自测\n\n你是高血压的“后备军”吗？\n\n以下6项中符合3项及以上者，建议尽早到医院测量血压：\n\n"
        "□年龄在55岁以上\n□父母或兄弟姐妹患有高血压\n□每天吃盐超过6克，口味偏咸\n□经常熬夜，工作压力大\n\n"
        "（区疾控中心供稿）\n")
    assert len(page.stories) == 1
    assert "□父母或兄弟姐妹患有高血压" in page.stories[0].paragraphs
    # a box of figures set as a bulleted list under its label, inside a story, is its text
    figures = segment(
        "## 永川大数据产业园：四年聚起418家企业\n\n去年以来，园区平均每3天就有一家企业签约入驻。\n\n数读园区\n"
        "• 入驻企业：418家\n• 从业人员：1.6万人\n• 1—8月营业收入：96.3亿元\n\n"
        "“人才是我们最大的底气。”管委会副主任邓晓峰介绍。\n")
    assert [s.headline for s in figures.stories] == ["永川大数据产业园：四年聚起418家企业"]
    assert figures.stories[0].paragraphs[1] == "数读园区"


def test_a_news_lists_posting_times_before_its_titles_come_off():
    raws = ["- **10:26**　[北碚｜澄江镇500余人上山义务植树](/qx/1.html)", "",
            "  3月17日，北碚区在澄江镇开展春季义务植树活动，500余人参加。", "",
            "- **09:58**　巫溪｜宁厂古镇保护修缮二期工程开工", "",
            "  3月17日，巫溪县宁厂古镇保护修缮二期工程开工，将修缮42栋传统民居。"]
    out = lines.timed_titles(raws)
    assert out[0] == "北碚｜澄江镇500余人上山义务植树"
    assert out[4] == "巫溪｜宁厂古镇保护修缮二期工程开工"
    assert out[2] == raws[2]
    # a live room's timed lines are its text: sentences, no paragraph of their own under them
    live = ["10:26　主持人：欢迎收看今天的直播。", "10:28　记者正在现场为您报道。"]
    assert lines.timed_titles(live) == live
    # a report's parts under their hours, unmarked, keep them
    hours = ["6:40　天刚亮，出发", "向德友背上水壶、干粮和一把柴刀，再把手机揣进贴身的衣兜里。",
             "9:15　查火源，看界桩", "走到半山腰的一处垭口，向德友停下来，把警示牌上的积雪扫干净。"]
    assert lines.timed_titles(hours) == hours


def test_a_lists_tabs_set_apart_by_dots_and_a_font_size_switch_in_words_are_chrome():
    assert lines.classify(1, "全部 · 主城都市区 · 渝东北 · 渝东南").kind is lines.Kind.NOISE
    assert lines.classify(1, "字体　小　标准　大　特大").kind is lines.Kind.NOISE
    assert lines.classify(1, "版面图　｜　标题列表").kind is lines.Kind.NOISE  # (its views)
    assert lines.classify(1, "图片（共3张）").kind is lines.Kind.NOISE  # (a gallery's count)
    assert lines.classify(1, "春 · 夏 · 秋 · 冬").kind is not lines.Kind.NOISE


def test_heads_naming_the_headless_story_above_and_not_the_text_below_title_it():
    # a PDF's text layer gives each block's heads after its text: each head names its own
    page = segment(
        "本报讯（记者　刘　敏）9月23日，记者从区教委获悉，我区新建的6所学校已全部投入使用，新增学位5400个。"
        "\n\n新增学位5400个　我区6所新建学校秋季投用\n\n"
        "本报讯（通讯员　谭　静）9月21日，在渠口镇万兴村的“积分超市”里，村民用攒下的积分换了一桶食用油。"
        "\n\n渠口镇：“积分超市”兑出文明新风\n\n"
        "本报讯（记者　向　蓉）9月24日，郭家镇至谭家镇公路改建工程全线完工通车，沿线群众出行更加便捷。"
        "\n\n郭家至谭家公路改建完工通车\n\n图片新闻\n\n汉丰湖畔桂花飘香\n\n"
        "9月23日，市民在汉丰湖滨湖公园赏桂散步。（记者　王　川　摄）\n")
    heads = [(s.headline, s.reporters) for s in page.stories]
    assert heads[:3] == [("新增学位5400个　我区6所新建学校秋季投用", ("刘敏",)),
                         ("渠口镇：“积分超市”兑出文明新风", ("谭静",)),
                         ("郭家至谭家公路改建完工通车", ("向蓉",))]
    # heads over a report they name open it, however much the text above shares with them
    before = segment(
        "本报讯（记者　张　华）9月23日，区里召开会议，部署秋季学校安全工作。\n\n"
        "我区6所新建学校秋季投用\n\n本报讯（记者　李　明）9月23日，我区6所新建学校秋季投用，新增学位5400个。\n")
    assert before.stories[-1].headline == "我区6所新建学校秋季投用"
    assert before.stories[-1].reporters == ("李明",)


def test_a_folio_and_page_name_under_the_nameplate_and_over_the_date_are_the_pages():
    page = segment(
        "开州日报\n\n03\n\n综合新闻\n\n2020年9月25日　星期五\n\n渠口镇：“积分超市”兑出文明新风\n\n"
        "本报讯（通讯员　谭　静）9月21日，在渠口镇万兴村的“积分超市”里，村民用积分换了一桶食用油。\n")
    assert [s.headline for s in page.stories] == ["渠口镇：“积分超市”兑出文明新风"]
    assert (page.paper, page.page_number, page.page_name) == ("开州日报", "03", "综合新闻")
    # the number alone among the masthead's lines is the page's too
    top = segment("重庆晚报　2005年7月14日　星期四\n7\n编辑　郑小川　美编　王　婷\n\n"
                  "老街新颜\n\n本报讯　记者走进老街。\n")
    assert top.page_number == "7"
    # a part's number over its title inside a story is no folio
    parts = segment("老街新颜\n\n本报讯　记者走进老街。\n\n01\n\n老街有了新模样\n\n石板路修好了。\n")
    assert parts.page_number is None and len(parts.stories) == 1


def test_a_markdown_code_fences_lines_are_blank_and_its_block_read_as_the_pages():
    raws = ["导语一段。", "", "```text", "【村情数据】（截至2023年3月底）", " 带动农户     416 户", "```", "",
            "~~~", "没有闭合的围栏"]
    assert lines.code_fences(raws) == ["导语一段。", "", "", "【村情数据】（截至2023年3月底）",
                                       " 带动农户     416 户", "", "", "~~~", "没有闭合的围栏"]
    page = segment("# 春日田间“蒿”忙\n\n4月16日，记者走进大坝村。\n\n```text\n 数据来源：镇政府\n```\n\n"
                   "村民石秀英把自家8亩地全部种上了青蒿。\n")
    assert [s.headline for s in page.stories] == ["春日田间“蒿”忙"]


def test_a_short_headline_set_in_two_parts_one_a_line_is_one_headline():
    page = segment("抗战胜利纪念章\n送到老兵手中\n\n本报讯（记者　李　明）9月3日，区退役军人事务局把纪念章送到老兵家中。\n")
    assert page.stories[0].headline == "抗战胜利纪念章　送到老兵手中"
    # a longer deck under a headline stays its deck; a field under a title is no part of it
    deck = segment("义和镇敬老院落成\n38名五保老人乔迁新居\n\n本报讯　5月8日，义和镇敬老院落成。\n")
    assert (deck.stories[0].headline, deck.stories[0].subtitle) == ("义和镇敬老院落成", "38名五保老人乔迁新居")
    credit = segment("背篓校长\n编文：冉启明\n\n1．1983年秋，19岁的向秀英回到家乡教书。\n")
    assert credit.stories[0].headline == "背篓校长"


def test_a_rankings_rows_are_text_not_heads():
    page = segment(
        "永川队夺得联赛冠军\n\n本报讯　10月21日，全市业余足球联赛决赛在永川举行。\n\n本届联赛最终排名\n名次　球队\n"
        "1　永川队\n2　江津队\n3　合川队\n4　綦江队\n\n男子单打前三名\n冠军　陈　浩（渝中区）\n"
        "亚军　刘永平（沙坪坝区）\n季军　冯远志（沙坪坝区）\n赵　磊（九龙坡区）\n\n"
        "永川队主教练何国庆说，这个冠军来得不容易。\n")
    assert [s.headline for s in page.stories] == ["永川队夺得联赛冠军"]
    text = page.stories[0].paragraphs
    assert "2　江津队" in text and "赵　磊（九龙坡区）" in text
    # numbers that do not count a ranking from 1 are no ranking's rows
    other = trace("3　城区新开两条公交线路 / 5　明天起全城气温回升 / 7　老街改造完工")
    assert all(line.rule != "list-entry" for line in other.lines)


def test_a_follow_ups_named_steps_over_dated_parts_are_its_parts_not_cases():
    page = segment(
        "小区路灯坏了大半年\n记者 王 敏\n“天一黑，小区里就黑黢黢的。”居民李大爷说。\n"
        "◆记者探访:12盏路灯9盏不亮\n9月14日晚8点，记者来到松林苑小区，主干道大部分路段一片漆黑。\n"
        "◆街道回应:本周内全部修复\n9月15日，记者将居民反映的问题转给了龙溪街道。\n")
    (story,) = page.stories
    assert story.items == ()
    assert any(p.startswith("9月15日，记者将居民反映") for p in story.paragraphs)


def test_a_gallerys_numbered_pictures_over_an_articles_text_are_its_captions():
    page = segment(
        "老K在万州唱哭了老街坊\n重庆晨报记者　林　溪\n图片（共2张）\n"
        "1/2　7月13日晚，老K在万州江南新区体育馆演唱。　重庆晨报记者　何　川　摄\n"
        "2/2　老K（右）和当年的音乐老师谭素芬在台上合影。　重庆晨报记者　何　川　摄\n"
        "“万州的老街坊们，我回来了！”7月13日晚8点，万州江南新区体育馆里响起歌声。\n")
    (story,) = page.stories
    assert story.captions == ("7月13日晚，老K在万州江南新区体育馆演唱。", "老K（右）和当年的音乐老师谭素芬在台上合影。")
    assert story.paragraphs[0].startswith("“万州的老街坊们")


def test_an_all_articles_views_bare_counters_and_read_counts_are_chrome():
    page = segment(
        "第1篇\n\n以“水”为媒　以“景”引客\n\n龙河镇滨河步道串起三个村\n\n融媒体记者　王　岚　报道\n\n"
        "作者：王岚　　　　　阅读次数：512\n\n"
        "5月8日上午，龙河镇滨河步道上，村民周德芳带着孙子散步。这条步道全长3.2公里。\n\n"
        "第2篇\n\n新城社区开设“四点半课堂”\n\n作者：　　　　　阅读次数：96\n\n"
        "5月9日下午，新城社区的“四点半课堂”开课，20多名小学生在这里写作业。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("以“水”为媒　以“景”引客", "龙河镇滨河步道串起三个村"), (None, "新城社区开设“四点半课堂”")]
    assert {"第1篇", "第2篇", "作者：王岚　　　　　阅读次数：512"} <= set(page.noise)


def test_a_bulleted_briefs_title_cut_one_character_before_its_gap_is_whole():
    page = segment(
        "民生简讯\n"
        "●县城新增两条夜间公交线路　8月10\n日起，县城新开通夜间公交N1、N2\n两条线路，票价2元。（记者　邱　月）\n"
        "●我县启动高温时段户外劳动者关爱行\n动　连日来，县总工会在县城设立32个\n“户外劳动者爱心驿站”。（通讯员\n　李　梅）\n"
        "●名山街道开展防溺水巡查　8月14日，\n名山街道组织网格员开展巡查。（通讯\n员　杜　鹃）\n")
    headings = [item.heading for story in page.stories for item in story.items]
    assert "我县启动高温时段户外劳动者关爱行动" in headings
    (brief,) = [i for s in page.stories for i in s.items if i.heading.endswith("关爱行动")]
    assert brief.paragraphs[0].startswith("连日来，县总工会")


def test_a_records_own_printed_day_dates_its_story_in_an_export_of_several_issues():
    page = segment(
        "报纸全文检索　检索结果输出\n\n"
        "【日　　期】1999年03月26日　星期五\n【标　　题】开县首批移民迁入新居\n【作　　者】本报记者　谭学文\n"
        "【正　　文】\n　　本报讯　3月24日，开县汉丰镇滨湖小区举行首批住房交钥匙仪式，216户移民领到了钥匙。\n\n"
        "【日　　期】1999年11月12日　星期五\n【标　　题】丰都新城移民乔迁忙\n【作　　者】本报记者　熊　鹰\n"
        "【正　　文】\n　　11月9日，丰都县名山镇的移民用板车、卡车搬运家具，搬进新县城。\n")
    assert [(s.headline, s.date) for s in page.stories] == [
        ("开县首批移民迁入新居", "1999-03-24"), ("丰都新城移民乔迁忙", "1999-11-09")]


def test_a_head_keyed_on_two_lines_in_its_cell_is_one_head():
    page = segment(
        "标题,作者,正文\n"
        '"春茧收购价每公斤涨两元\n蚕农笑了",本报记者 陈 林,"5月15日，涪陵区蚕茧收购站开秤，'
        '今年春茧收购价比去年每公斤涨了两元，蚕农们喜笑颜开。"\n'
        '"乌江白涛渡口换新船",本报记者 何 云,"5月14日，乌江白涛渡口新建的渡船正式投用，'
        '两岸群众过江更加安全便捷。"\n', "made-up.csv")
    assert [s.headline for s in page.stories] == ["春茧收购价每公斤涨两元　蚕农笑了", "乌江白涛渡口换新船"]


def test_a_weather_boxs_forecast_and_a_rivers_level_are_furniture():
    for text in ("明天：阴有小雨　偏北风2～3级", "明天：多云转晴", "万县港水位（9日8时）：104.2米",
                 "长江寸滩站水位：168.5米"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    for text in ("明天：县城将举行元旦长跑", "水位：记者从区水利局获悉"):
        assert lines.classify(1, text).kind is not lines.Kind.NOISE, text


def test_a_microfilm_shots_file_line_between_rules_is_furniture():
    for text in ("＝＝＝　QJB_19990716_02　胶片卷QJ-1999-07　画幅0231（上）　＝＝＝",
                 "==== 卷FL-1994-06　帧0231 ===="):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    assert lines.classify(1, "=== 2024年大事记 ===").kind is not lines.Kind.NOISE


def test_a_plain_text_mails_numbered_underlined_titles_and_tag_lines_head_its_stories():
    rule = "-" * 60
    page = segment(
        "（此邮件以纯文本格式显示。切换到 HTML 格式 | 显示图片）\n\n"
        "早上好。今天是12月5日。主城今天阴转小雨，8～12℃，出门记得\n带伞。本期2条，阅读约3分钟。\n\n"
        "本期导读\n  * 礼嘉至悦来3条社区巴士线路开通\n  * 巫溪红池坝迎来今冬首场雪\n\n" + "=" * 60 + "\n\n"
        f"1. 礼嘉至悦来3条社区巴士线路开通\n{rule}\n【两江新区】　2025-12-04　｜　渝览新闻记者　何一帆\n\n"
        "12月4日起，两江新区礼嘉、悦来片区3条社区接驳巴士线路正式开通。\n\n" + "=" * 60 + "\n\n"
        f"2. 巫溪红池坝迎来今冬首场雪\n{rule}\n【巫溪】　2025-12-04　｜　渝览新闻通讯员　邓小川\n\n"
        "12月3日夜间至4日清晨，巫溪县红池坝景区迎来今冬首场降雪。\n")
    assert [(s.headline, s.reporters, s.items) for s in page.stories] == [
        ("礼嘉至悦来3条社区巴士线路开通", ("何一帆",), ()), ("巫溪红池坝迎来今冬首场雪", ("邓小川",), ())]
    # one numbered line over a rule is a box's last entry, no head
    one = trace(f"1. 礼嘉至悦来3条社区巴士线路开通 / {rule} / 12月4日起，两江新区礼嘉片区3条线路开通。")
    assert all(line.rule != "underlined-title" for line in one.lines)


def test_a_feed_readers_export_marks_are_chrome():
    for text in ("[1/3] ★", "筛选条件：订阅源 = 第一线新闻 · 区县频道", "订阅源：第一线新闻 · 区县频道",
                 "---- 正文（全文抓取）----", "---- 正文结束 ----", "标签：★星标　古镇",
                 "我的笔记：端午带爸妈去？", "阅读 2.3万　　点赞 186　　评论 41"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text


def test_a_copied_articles_appended_tail_is_furniture_not_a_head():
    page = segment(
        "区政协组织委员视察城乡环境整治\n\n"
        "　　本报讯（通讯员　邓家宝）8月13日，区政协组织部分委员视察城乡环境综合整治工作。\n"
        "——————————————————\n作者：区政协办公室\n来源：巴南日报\n"
        "原文：http://szb.example.cn/html/2013-08/16/content_31473.htm\n"
        "版权声明：本文为巴南日报原创稿件，转载请附上原文链接。\n")
    (story,) = page.stories
    assert story.headline == "区政协组织委员视察城乡环境整治"
    assert story.reporters == ("邓家宝",)
    assert "作者：区政协办公室" in page.noise
    # a writer's and a source's field under a rule, with no link or notice, are left as read
    kept = trace("某某新闻标题 / —————— / 作者：王岚 / 来源：巴南日报")
    assert all(line.rule != "copied-tail" for line in kept.lines)



def test_a_kicker_as_wide_as_the_column_over_a_headline_and_deck_over_a_byline_is_a_head():
    page = segment(
        "重庆晚报\n\n"
        "周末第一天，三年级老师收到一摞手写的家书\n写信不会写　画画来帮忙\n"
        "老师：不必急着纠正，先让孩子把心里话说出来\n记者　林　溪　实习生　周　晴\n\n"
        "“今天我和妈妈去江边放风筝，风筝飞得好高\n好高。”昨日是周末第一天，在九龙坡区育才\n"
        "路小学，三年级二班班主任王静把收上来的三\n十八封家书摊在讲台上，一页页翻看，不时笑\n"
        "出声来。王静说，孩子们不会写的字就画出来\n，有的画了一整页，这是他们表达心里话的方\n"
        "式，不必急着纠正。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline, story.subtitle) == (
        "周末第一天，三年级老师收到一摞手写的家书", "写信不会写　画画来帮忙",
        "老师：不必急着纠正，先让孩子把心里话说出来")
    assert story.reporters == ("林溪", "周晴")


def test_profile_headings_under_a_head_signed_over_no_text_are_its_parts():
    page = segment_md(
        "# 劳模风采\n\n# 他们，用汗水书写“綦江答卷”\n\n融媒体记者　王　静　周　航\n\n"
        "# 郑晓燕：焊缝里焊出“毫米级”精度\n\n4月28日上午，焊接车间里焊花飞溅，郑晓燕半蹲在壳体旁。\n\n"
        "# 付德兵：让红岩村的“山货”走出大山\n\n三角镇红岩村地处山区，过去村民种的花椒卖不上价钱。\n\n"
        "# 区总工会走访慰问一线劳动者\n\n本报讯　4月29日，区总工会走访慰问一线劳动者200余人。\n")
    assert [(s.headline, [i.heading for i in s.items]) for s in page.stories] == [
        ("他们，用汗水书写“綦江答卷”",
         ["郑晓燕：焊缝里焊出“毫米级”精度", "付德兵：让红岩村的“山货”走出大山"]),
        ("区总工会走访慰问一线劳动者", [])]
    assert page.stories[0].reporters == ("王静", "周航")


def test_quoted_heads_with_profile_decks_under_a_lead_are_its_parts():
    page = segment(
        "履职在田间　代言为乡亲\n——我区三位基层人大代表的履职故事\n\n"
        "　　人大代表来自人民，植根人民。记者近日走近三位基层代表。\n\n"
        "“村里每条路，我都要走一遍”\n——记区人大代表、桂花村党支部书记刘　芸\n\n"
        "　　8月12日一早，刘芸就沿着村道出门了。\n\n"
        "“厂里的事，就是工友的事”\n——记区人大代表、齿轮公司车间主任谢长江\n\n"
        "　　谢长江在车间干了二十年，工友们有事都找他。\n\n（记者　彭　洁　通讯员　何林峰）\n")
    (story,) = page.stories
    assert [(i.heading, i.lead) for i in story.items] == [
        ("“村里每条路，我都要走一遍”", "记区人大代表、桂花村党支部书记刘　芸"),
        ("“厂里的事，就是工友的事”", "记区人大代表、齿轮公司车间主任谢长江")]
    assert story.reporters == ("彭洁", "何林峰")
    # one such head and deck alone is a profile story's head, no part
    one = segment("“村里每条路，我都要走一遍”\n——记区人大代表刘　芸\n\n　　8月12日一早，刘芸就出门了。\n")
    assert [(s.headline, s.items) for s in one.stories] == [("“村里每条路，我都要走一遍”", ())]


def test_bulleted_districts_parts_under_a_lead_are_items_not_voices():
    page = segment(
        "5位新区县长的履新“第一课”\n本报记者　唐　昊\n\n"
        "　　昨日，万盛、双桥、武隆等区县的人代会选举产生了新一届政府领导班子。\n\n"
        "■万盛区　把黑山谷的名气变成全区的人气\n\n　　新当选的万盛区区长周卫国说，万盛因煤而兴。\n\n"
        "■双桥区　小区要办大事\n\n　　双桥区是全市人口最少的区。\n\n"
        "■开　县　移民安稳致富是头等大事\n\n　　新当选的开县县长说，移民安稳是头等大事。\n")
    (story,) = page.stories
    assert [i.heading for i in story.items] == [
        "万盛区　把黑山谷的名气变成全区的人气", "双桥区　小区要办大事", "开　县　移民安稳致富是头等大事"]


def test_a_column_name_over_a_kicker_headline_and_deck_with_commas():
    page = segment(
        "区 县 两 会 特 别 报 道\n\n"
        "昨日，又有5个区县选出新一届政府领导班子\n5位新区县长的履新“第一课”\n"
        "本报记者连线新当选的区县长，听他们谈新一年的打算\n本报记者　唐　昊　邹小兰\n\n"
        "　　昨日，万盛、双桥、武隆、荣昌、开县等5个区县的人代会分别选举产生了新一届政府领导班子。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline, story.subtitle) == (
        "昨日，又有5个区县选出新一届政府领导班子", "5位新区县长的履新“第一课”",
        "本报记者连线新当选的区县长，听他们谈新一年的打算")


def test_an_app_articles_source_time_and_comment_count_line_is_chrome():
    assert lines.classify(1, "巴渝快眼　2019-09-26 07:00　　评论 23").kind is lines.Kind.NOISE
    text = "巴渝快眼　2019-09-26 07:00　记者从区交通局获悉，城区新开两条公交线路。"
    assert lines.classify(1, text).kind is not lines.Kind.NOISE


def test_a_front_matter_digest_whose_parts_are_signed_at_their_ends_holds_stories():
    page = segment_article(
        "---\ntitle: 周末区县：雪落缙云与一杯二圣茶\ndate: 2026-01-16\n---\n\n"
        "*又到周末。本期从两个区县选了两件小事。——编者*\n\n"
        "## 缙云山迎来今冬首场降雪\n\n1月13日夜间至14日早晨，北碚区缙云山海拔800米以上区域迎来降雪。"
        "（记者　蒋雨桐）\n\n"
        "## 二圣镇冬茶上市\n\n1月13日，巴南区二圣镇天坪村的茶园里，茶农正在采摘冬茶。\n\n"
        "（来源：巴南区融媒体中心）\n")
    parts = [s for s in page.stories if s.headline != "周末区县：雪落缙云与一杯二圣茶"]
    assert [(s.headline, s.reporters) for s in parts] == [
        ("缙云山迎来今冬首场降雪", ("蒋雨桐",)), ("二圣镇冬茶上市", ())]


def test_an_articles_byline_paragraph_signs_it_and_its_html_figure_is_a_caption():
    page = segment_article(
        "---\ntitle: 白马山上的“护林三兄弟”\ndate: 2023-06-02\n---\n\n"
        "记者　陈思远　通讯员　简　波\n\n"
        "<figure>\n  <img src=\"/uploads/hulin-01.jpg\" alt=\"护林员巡山\">\n"
        "  <figcaption>▲5月31日，三名护林员在白马山林区巡护。记者　陈思远　摄</figcaption>\n"
        "</figure>\n\n5月31日早上6点，天刚蒙蒙亮，武隆区后坪乡文凤村的山路上，三个身影出发了。\n")
    (story,) = page.stories
    assert story.reporters == ("陈思远", "简波")
    assert story.photographers == ("陈思远",)
    assert story.captions == ("5月31日，三名护林员在白马山林区巡护。",)
    assert story.paragraphs[0].startswith("5月31日早上6点")
    # the body shown has the caption's words, not its tags, and no byline paragraph
    assert "figure" not in story.html and "通讯员" not in story.html
    assert "三名护林员在白马山林区巡护" in story.html


def test_a_bulleted_brief_title_over_two_lines_set_apart_from_its_text_is_whole():
    page = segment(
        "晚报快讯\n\n■巴南1200套公租房\n下月配租\n\n"
        "昨日，记者从巴南区住房城乡建委获\n悉，1200套公租房将于12月中旬配租。\n（记者　胡　蓉）\n\n"
        "■北碚区图书馆\n开放到晚上9点\n\n"
        "从本周起，北碚区图书馆周一至周五\n的开放时间延长到晚上9点。\n（通讯员　唐　颖）\n")
    heads = [s.headline for s in page.stories] + [i.heading for s in page.stories for i in s.items]
    assert "巴南1200套公租房下月配租" in heads and "北碚区图书馆开放到晚上9点" in heads
    assert lines.classify(1, "重庆图书馆").kind is lines.Kind.NOISE  # a library's stamp


def test_a_scripts_sound_cue_and_a_sites_leaders_widget_are_furniture():
    for text in ("（间奏音乐）", "（片头音乐）", "（配乐）"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text
    page = segment(
        "骡坪镇人民政府\n\n领导之窗\n[图片]\n党委书记\n谭明远\n[图片]\n党委副书记、镇长\n向春林\n"
        "更多领导 >\n\n骡坪镇召开冬春森林防火工作推进会\n\n"
        "11月10日，骡坪镇召开冬春森林防火工作推进会，党委书记谭明远出席会议并讲话。\n")
    assert [s.headline for s in page.stories] == ["骡坪镇召开冬春森林防火工作推进会"]
    assert {"党委书记", "谭明远", "党委副书记、镇长"} <= set(page.noise)


def test_a_proof_printed_with_a_number_before_every_line_is_read_without_them():
    numbered = [
        "璧山报　　2019年3月7日　星期四", "第2版　综合新闻　　责任编辑：罗　琴", "",
        "葡萄园里春管忙", "记者　周　静", "　　3月5日，大路街道天宫村的葡萄园里，一排排葡",
        "萄藤刚刚冒出嫩芽，十多名果农正跟着农技专家学习抹", "芽、定梢。",
        "　　大路街道是璧山葡萄的主产区，全街道葡萄种植面", "积达2万亩。", "",
        "学雷锋　志愿服务暖人心", "　　本报讯　3月5日是“学雷锋纪念日”，当天上午，",
        "200余名志愿者为市民提供义诊、义剪等服务。", "【图】",
        "图说：志愿者为老人义务理发。（记者　陈　曦　摄）", "（记者　李　梅）"]
    text = "\n".join(f"{n:03d} {line}".rstrip() for n, line in enumerate(numbered, 1))
    # the proof's header, repeated on each sheet: its hour is no page's date nor name
    page = segment("璧山报　第2版　校次：三校　　出样：2019-03-06 18:27　　第1页\n" + text + "\n")
    assert [s.headline for s in page.stories] == ["葡萄园里春管忙", "学雷锋　志愿服务暖人心"]
    first, second = page.stories
    assert first.paragraphs[0].startswith("3月5日，大路街道") and "葡萄藤" in first.paragraphs[0]
    assert second.photographers == ("陈曦",) and second.reporters == ("李梅",)
    assert (page.paper, page.date, page.page_number, page.page_name) == (
        "璧山报", "2019-03-07", "2", "综合新闻")
    # numbers that do not count the lines one by one are the text's (a table's figures)
    table = ["12 万州区", "15 涪陵区", "9 黔江区"] * 4
    assert lines.without_line_numbers(table) == table


def test_a_byline_with_the_writers_name_spelt_in_latin_letters_too():
    for text, names in (("本报记者　杨慧敏（Yeo Hui Min）", ("杨慧敏",)),
                        ("记者　向丹（Xiang Dan）　通讯员　李四", ("向丹", "李四"))):
        line = lines.classify(1, text)
        assert (line.kind, line.names) == (lines.Kind.BYLINE, names), text


def test_a_bilingual_pages_english_heads_and_bylines_go_with_the_chinese():
    line = lines.classify(1, "本报记者　陈　露　实习生　赵一鸣　　By CHEN LU and ZHAO YIMING")
    assert (line.kind, line.names) == (lines.Kind.BYLINE, ("陈露", "赵一鸣"))
    page = segment(
        "德国下萨克森州职业教育代表团访问永川\nVocational Education Delegation from Lower Saxony Visits Yongchuan\n"
        "双方签署职业教育合作备忘录\nThe Two Sides Sign an MOU on Vocational Education Cooperation\n\n"
        "5月22日至23日，德国下萨克森州职业教育协会代表团一行8人访问永川。\n\n"
        "From May 22 to 23, an eight-member delegation visited Yongchuan.\n")
    (story,) = page.stories
    assert (story.headline, story.subtitle) == ("德国下萨克森州职业教育代表团访问永川", "双方签署职业教育合作备忘录")
    assert "The Two Sides Sign an MOU on Vocational Education Cooperation" in page.noise


def test_a_collections_entry_counts_and_head_are_chrome():
    for text in ("阅读 1.2万　　2024年6月26日", "16篇原创内容　·　2431人已订阅", "订阅合集", "共16篇",
                 "上拉加载更多"):
        assert lines.classify(1, text).kind is lines.Kind.NOISE, text


def test_an_e_papers_list_of_its_articles_with_their_first_words_is_chrome():
    page = segment(
        "今日永川数字报\n当前版面：第01版：要闻　　　　上一版　|　下一版\n本版文章（共2篇）\n"
        "01｜6个项目同日开工\n　　本报讯（记者　罗　敏）4月10日上午，我区二季度重大项目集中……\n"
        "02｜区政府召开常务会议\n　　本报讯（记者　陈　露）4月10日下午，区长主持召开……\n\n"
        "6个项目同日开工\n\n本报讯（记者　罗　敏）4月10日上午，我区二季度重大项目集中开工。\n\n"
        "区政府召开常务会议\n\n本报讯（记者　陈　露）4月10日下午，区长主持召开区政府常务会议。\n")
    assert [s.headline for s in page.stories] == ["6个项目同日开工", "区政府召开常务会议"]
    assert page.stories[0].paragraphs == ("4月10日上午，我区二季度重大项目集中开工。",)
    assert "当前版面：第01版：要闻　　　　上一版　|　下一版" in page.noise


def test_a_pdf_pages_heads_after_their_text_title_the_reports_above_them():
    # the heads of each block come after its text, as a PDF's text layer gives them: once
    # the page has done so twice, a report opened by its day alone and a kicker that names
    # nothing printed still take the heads below them
    page = segment(
        "本报讯（通讯员　冉　茜）6月15日，郁山镇非遗工坊开门迎客，擦酥饼和鸡豆花吸引游客。\n"
        "郁山镇：非遗工坊开进古镇老街\n"
        "本报讯（通讯员　龚　娟）6月16日，鞍子镇苗绣车间里，绣娘赶制8月的苗绣订单。\n"
        "鞍子镇苗绣订单排到8月\n"
        "本报讯（通讯员　任小军）6月17日，善感乡周家寨村的“积分超市”里，村民用积分换回洗衣粉。\n"
        "小积分　大文明\n善感乡“积分超市”兑出文明新风\n"
        "6月17日上午，润溪乡在白果坪村开展防汛应急演练，全乡120余人参加。（通讯员　田　野）\n"
        "润溪乡开展防汛应急演练\n"
        # (a picture's news, its head under it, then the master page's frames: the page's foot)
        "6月16日，长生镇三江村村民在采收高山四季豆，全镇高山蔬菜上市。（通讯员　吴　涛　摄）\n"
        "高山蔬菜上市忙\n责任编辑　郑　霞　　校对　石　蕾\n彭水日报\n2021年6月18日　星期五\n3\n乡镇动态\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        (None, "郁山镇：非遗工坊开进古镇老街"), (None, "鞍子镇苗绣订单排到8月"),
        ("小积分　大文明", "善感乡“积分超市”兑出文明新风"), (None, "润溪乡开展防汛应急演练"),
        (None, "高山蔬菜上市忙")]
    assert page.stories[3].paragraphs[0].startswith("6月17日上午，润溪乡")
    assert page.stories[4].photographers == ("吴涛",)
    assert page.stories[4].paragraphs[0].startswith("6月16日，长生镇三江村村民")


def test_an_advert_word_in_a_line_cut_at_the_column_is_the_paragraphs():
    page = segment(
        "全市为老人发放防走失手环\n记者　宋　宁\n记者从市民政局获悉，今年以来，我市\n"
        "在各区县养老服务中心和社区开展关爱\n行动，已为3.2万名失智或高龄老人免\n"
        "费发放防走失手环。老人走失后，发现\n人扫描手环上的二维码即可联系家属，\n"
        "也可拨打手环上的紧急电话求助。市民\n政局相关负责人介绍，明年我市将继续\n"
        "扩大发放范围，并在社区建立走失老人\n信息登记平台，让走失老人早日回家。\n")
    (story,) = page.stories
    assert "扫描手环上的二维码即可联系家属" in story.full_text
    # an advertisement set apart under the text stays one
    page = segment(
        "全市为老人发放防走失手环\n记者　宋　宁\n记者从市民政局获悉，今年以来，我市\n"
        "在各区县养老服务中心和社区开展关爱\n行动，已为3.2万名失智或高龄老人免\n"
        "费发放防走失手环，让走失老人回家。\n\n扫码关注　领取优惠券\n")
    assert "扫码关注　领取优惠券" in page.noise


def test_a_related_reports_box_cut_at_the_column_is_a_story_under_its_label():
    page = segment(
        "八旬婆婆走失8小时　民警接力送她回家\n"
        "　　本报讯（记者　宋　宁）11月16日凌\n晨，外卖骑手郑小龙在杨家坪步行街遇\n"
        "到一位走失的婆婆，他拨打110求助，\n民警查询报警记录后把婆婆护送回家。\n"
        "相关新闻\n全市已为3.2万名老人发放手环\n记者从市民政局获悉，今年以来，\n"
        "我市在各区县养老服务中心和社区\n开展关爱行动，已为3.2万名老人\n免费发放防走失手环。\n"
        "（记者　宋　宁）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "八旬婆婆走失8小时　民警接力送她回家"), ("相关新闻", "全市已为3.2万名老人发放手环")]
    # a box of background inside a feature, unsigned, is the feature's own (its title a
    # subhead): its lines are kept, and its label names no story further down
    page = segment(
        "稻虾田里的丰收\n"
        "　　本报讯（记者　罗　丹）7月11日，少\n云镇稻虾合作社迎来小龙虾收获季，社\n"
        "员们忙着起笼、分拣、装车，一派繁忙\n景象。合作社负责人王建华介绍，今年\n"
        "合作社的稻虾田扩大到600亩。\n相关链接\n稻虾综合种养\n"
        "稻虾综合种养是在稻田中开挖环沟，种植\n水稻的同时养殖小龙虾的一种生态种养模\n"
        "式，可减少化肥、农药使用。\n　　今年5月以来，合作社已销售小龙虾9\n"
        "万多斤，销售额超过200万元。\n\n全区新型职业农民培训班开班\n"
        "　　本报讯（记者　罗　丹）7月11日，全\n区新型职业农民培训班在区农广校开班，\n"
        "120名学员参加培训。\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "稻虾田里的丰收"), (None, "全区新型职业农民培训班开班")]
    assert "种植水稻的同时养殖小龙虾" in page.stories[0].full_text


def test_a_scanned_boxs_corners_are_its_frame_and_a_notices_contact_lines_its_text():
    for frame in ("厂一一一一一一一一一一一一一一7", "L＿＿＿＿＿＿＿＿＿＿＿＿」"):
        assert lines.classify(1, frame).rule == "rule-line", frame
    page = segment(
        "县城至万县班车增至每天二十班\n"
        "　　本报讯　为方便群众出行，县运输公\n司从3月起将县城至万县的客运班车由\n"
        "每天十二班增至二十班，首班车提前到\n早上六点发车，末班车推迟到下午五点。\n"
        "　　据介绍，春节以来外出务工人员增\n多，原有班次已不能满足需要。县运输\n"
        "公司新购置客车八辆，抽调驾驶员十六\n名，并在汉丰镇、温泉镇设立售票点，\n"
        "方便沿线群众就近购票乘车。（李华）\n"
        "厂一一一一一一一一一一一一一一一一7\n开县丝绸厂招工启事\n经县劳动局批准，我厂面向全县招收合同\n"
        "制缫丝挡车工八十名，女性，年龄17至25\n岁，初中以上文化程度，身体健康，视力\n正常，无传染病。\n"
        "报名者须持户口簿、毕业证书和一寸照片\n两张，于3月25日前到我厂劳资科报名，\n"
        "经考试、体检合格后择优录用。\n厂址：汉丰镇东河坝　联系人：汪德顺\n电话：22637\n"
        "　　　　　　　　　　开县丝绸厂\n　　　　　　　　　　1995年3月14日\n"
        "L＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿」\n")
    assert [s.headline for s in page.stories] == ["县城至万县班车增至每天二十班", "开县丝绸厂招工启事"]
    story = page.stories[1]
    assert "联系人：汪德顺" in story.full_text and "电话：22637" in story.full_text


def test_a_government_sites_bulletin_reads_as_one_story_of_its_signed_parts():
    page = segment(
        "当前位置：首页 > 部门 > 区交通运输委 > 工作动态\n搜索本站内容\n"
        "区交通运输委工作动态（2026年第2期）\n发布日期：2026-01-19 17:30\n来源：区交通运输委\n"
        "▶ 语音播报　　00:00 / 06:12　　倍速 1.0X\n"
        "重庆市巴南区交通运输委员会办公室　　　　2026年1月19日\n"
        "　　岁末年初，区交通运输委扎实推进各项任务。现将近期工作动态编发如下。\n"
        "一、春运道路运输保障工作全面启动\n　　1月15日，区交通运输委召开春运保障工作部署会。\n"
        "（区交通运输委运输管理科）\n二、界石至南彭连接道完成交工验收\n"
        "　　1月13日，界石至南彭连接道工程顺利通过交工验收。\n（区交通运输委建设管理科）\n"
        "三、新开通两条农村客运线路\n　　1月9日，两条农村客运线路正式开通。\n"
        "（区交通运输委农村公路和运输科）\n")
    (story,) = page.stories
    assert story.headline == "区交通运输委工作动态（2026年第2期）"
    assert [item.heading for item in story.items] == [
        "一、春运道路运输保障工作全面启动", "二、界石至南彭连接道完成交工验收", "三、新开通两条农村客运线路"]
    for furniture in ("搜索本站内容", "▶ 语音播报　　00:00 / 06:12　　倍速 1.0X",
                      "重庆市巴南区交通运输委员会办公室　　　　2026年1月19日"):
        assert furniture in page.noise, furniture
    # a report's numbered sections, unsigned, stay its subheads
    page = segment(
        "区政府召开常务会议\n本报讯（记者　陈　露）会议研究了三项工作，现将有关情况通报如下。\n"
        "一、关于春运保障\n会议要求各部门做好春运保障。\n二、关于安全生产\n会议要求守牢安全底线。\n")
    (story,) = page.stories
    assert story.items == () and "会议要求守牢安全底线。" in story.full_text


def test_a_bulletins_contents_under_its_label_are_chrome():
    page = segment(
        "长寿政务信息\n第38期\n\n【本期要目】\n★全区柑橘采摘销售进度过半\n★晏家街道“农民工之家”挂牌\n\n"
        "全区柑橘采摘销售进度过半\n　　截至11月9日，全区已采摘柑橘6.8万吨。（区农委　陈　兵）\n\n"
        "晏家街道“农民工之家”挂牌\n　　11月6日，晏家街道“农民工之家”挂牌成立。（晏家街道　周　晓）\n")
    assert [s.headline for s in page.stories] == ["全区柑橘采摘销售进度过半", "晏家街道“农民工之家”挂牌"]
    assert "【本期要目】" in page.noise


def test_a_pointed_caption_cut_twice_and_a_photo_story_under_its_head():
    page = segment(
        "神女峰登山赛23日开赛\n\n本报讯（通讯员　秦　川）11月21日，记者从县体育局获悉，登山赛\n"
        "将于11月23日在神女景区举行。\n\n"
        "▲11月20日，红叶节开幕式上，演员表\n演歌舞《神女》。融媒体记者　王　磊\n摄\n\n"
        "霜葉紅於二月花\n\n11月以来，巫山红叶进入最佳观赏期，吸引大批游客前来观赏。\n\n"
        "▲秋日的巫峡两岸层林尽染。　融媒体记者　王　磊　摄\n\n"
        "▲小朋友在神女景区捡拾红叶。　融媒体记者　陈雨涵　摄\n")
    assert [s.headline for s in page.stories] == ["神女峰登山赛23日开赛", "霜葉紅於二月花"]
    first, photos = page.stories
    assert first.captions[0].startswith("11月20日，红叶节开幕式上，演员表演歌舞")
    assert first.photographers == ("王磊",)
    assert photos.photographers == ("王磊", "陈雨涵") and len(photos.captions) == 2


def test_a_film_archives_frame_label_is_furniture_and_a_list_head_goes_on():
    line = lines.classify(1, "长寿县档案馆　报刊缩微品　卷号CS-1986-02　　第0231幅")
    assert line.kind is lines.Kind.NOISE
    page = segment(
        "中共江北县委　江北县人民政府\n致全县军烈属、革命残废军人、复员退伍军人\n"
        "和驻县人民解放军指战员的慰问信\n\n"
        "全县军烈属、革命残废军人、复员退伍军人和驻县人民解放军指战员同志们：\n\n"
        "在新春佳节到来之际，我们向你们致以节日的慰问！\n")
    (story,) = page.stories
    assert story.headline == "致全县军烈属、革命残废军人、复员退伍军人和驻县人民解放军指战员的慰问信"
    assert story.kicker == "中共江北县委　江北县人民政府"


def test_a_reports_writers_in_brackets_before_its_first_words_are_its_reporters():
    for opening in ("（云阳融媒记者　黄一帆　通讯员　谭　松）", "（记者　黄一帆　通讯员　谭松）"):
        page = segment(f"云阳龙缸春季赏花季开幕\n\n{opening}3月10日，云阳龙缸国家地质公园春季赏花季"
                       "正式开幕。\n\n记者在景区看到，成片的花田沿着梯田铺开。\n")
        (story,) = page.stories
        assert story.reporters == ("黄一帆", "谭松"), opening
        assert story.paragraphs[0].startswith("3月10日，云阳龙缸")


def test_a_platforms_disclaimer_under_a_users_post_is_chrome():
    line = lines.classify(1, "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。")
    assert line.kind is lines.Kind.NOISE
    # (a sentence saying so in a report is text)
    assert lines.classify(1, "他表示，网友的留言不代表平台的观点和立场。").kind is lines.Kind.BODY


def test_a_pictures_marker_may_hold_its_credited_caption():
    page = segment("巫溪迎来今冬首场雪\n\n本报讯 通讯员 邓小川\n\n"
                   "[图片：12月4日清晨，红池坝的松林披上白雪。巫溪县融媒体中心供图]\n\n"
                   "12月3日夜间至4日清晨，巫溪县红池坝景区迎来今冬首场降雪，海拔2000米以上的\n"
                   "草场积雪厚度达3厘米。\n\n景区已安排人员对主干道进行除冰作业。\n")
    story, = page.stories
    assert story.captions == ("12月4日清晨，红池坝的松林披上白雪。巫溪县融媒体中心供图",)
    assert story.paragraphs[0].startswith("12月3日夜间至4日清晨")
    assert story.photographers == ()  # (an office's credit names no one)
    page = segment("巫溪迎来今冬首场雪\n\n[图片：12月4日清晨，红池坝的松林披上白雪。记者　冉　峰　摄]\n\n"
                   "12月3日夜间至4日清晨，巫溪县红池坝景区迎来今冬首场降雪。\n")
    assert page.stories[0].photographers == ("冉峰",)
    # (a marker with a few words and no credit is a file's description: the line under the
    # picture is its caption)
    page = segment("大足冬菜进入晾晒季\n\n本报讯 记者 唐可欣\n\n[图片：晾晒架]\n\n"
                   "村民在晾晒冬菜。\n\n12月3日，中敖镇的冬菜进入晾晒季。\n")
    assert page.stories[0].captions == ("村民在晾晒冬菜。",)


def test_a_kicker_and_its_headline_set_on_one_line():
    page = segment("第2版　综合新闻　　　　　　　　石柱报　　2017年6月15日\n\n"
                   "莼菜采摘正当时　　　　黄水镇日销鲜莼菜40余吨\n本报记者　秦　岚\n"
                   "　　6月13日清晨，黄水镇的莼菜田里，村民们忙着采摘。\n"
                   "落实责任　严阵以待　　　　全县召开防汛抗旱工作会议\n"
                   "　　本报讯（记者　冉　丽）6月14日，全县防汛抗旱工作会议召开。\n"
                   "县人民医院胸痛中心启用\n　　本报讯（记者　刘　芳）6月9日，胸痛中心启用。\n")
    heads = [(s.kicker, s.headline) for s in page.stories]
    assert heads == [("莼菜采摘正当时", "黄水镇日销鲜莼菜40余吨"),
                     ("落实责任　严阵以待", "全县召开防汛抗旱工作会议"),
                     (None, "县人民医院胸痛中心启用")]
    # (two columns' heads read across still title two reports when a headless one follows)
    page = segment("忠县柑桔丰收不愁销　　　　　　巫溪首座村办电站发电\n"
                   "　　本报讯（通讯员　秦志平）连日来，忠县柑桔成熟。\n"
                   "　　本报讯　10月18日，巫溪首座村办水电站发电。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        (None, "忠县柑桔丰收不愁销"), (None, "巫溪首座村办电站发电")]


def test_an_information_table_copied_a_cell_a_line():
    page = segment("国庆长假前三天　我县接待游客52.6万人次\n来源：\n武隆县新闻中心\n作者：\n"
                   "记者 冉庆 通讯员 何晓燕\n编辑：\n韦思彤\n发布时间：\n2015-10-04 09:12\n"
                   "点击：\n2386\n\n　　10月3日下午，仙女山国家森林公园的草场上游人如织。\n")
    story, = page.stories
    assert story.headline == "国庆长假前三天　我县接待游客52.6万人次"
    assert story.reporters == ("冉庆", "何晓燕")
    assert story.paragraphs == ("10月3日下午，仙女山国家森林公园的草场上游人如织。",)
    # (one bare label over its value is no table: a line of its own)
    assert lines.cell_fields(["来源：", "区融媒体中心", "正文"]) == ["来源：", "区融媒体中心", "正文"]


def test_a_papers_own_special_dispatch_dated_in_words():
    page = segment("重庆名优产品在京展销\n"
                   "　　本报北京十一月七日专电（本报驻京记者　吴　川）由市经委、市商委联合举办的"
                   "重庆名优产品展销会今天在北京展览馆开幕。\n")
    story, = page.stories
    assert story.reporters == ("吴川",)
    assert story.paragraphs[0].startswith("由市经委")


def test_a_clipped_pages_title_over_the_articles_own_title():
    page = segment("# 汉丰湖畔月饼香　老手艺迎来“订单季”_图说开州_开州网\n\n"
                   "> 剪藏自：https://www.kzw.cn/tskz/202209/t20220908_361847.html\n"
                   "> 剪藏时间：2022-09-10 21:06　　由「简悦」阅读模式生成\n\n"
                   "[首页](https://www.kzw.cn/) > [图说开州](https://www.kzw.cn/tskz/) > 正文\n\n"
                   "## 汉丰湖畔月饼香　老手艺迎来“订单季”\n\n"
                   "中秋佳节临近，汉丰湖畔的老街上飘起了月饼香。\n\n"
                   "9月7日，记者走进汉丰街道滨湖社区的糕点作坊。\n", "made-up.md", is_markdown=True)
    story, = page.stories
    assert story.headline == "汉丰湖畔月饼香　老手艺迎来“订单季”"
    assert story.items == ()
    assert story.paragraphs[0] == "中秋佳节临近，汉丰湖畔的老街上飘起了月饼香。"


def test_a_photo_storys_captions_before_its_one_paragraph():
    page = segment("万灵古镇周末游人如织\n2019-04-14 18:45　　来源：路孔镇　　浏览：1203\n[图片]\n"
                   "图①　4月13日，游客在万灵古镇濑溪河上乘坐乌篷船游览。\n[图片]\n"
                   "图②　古镇老街上，手艺人现场制作荣昌折扇。\n"
                   "周末的万灵古镇迎来大批游客，濑溪河上乌篷船往来穿梭。（通讯员　刘　洋　摄影报道）\n")
    story, = page.stories
    assert story.paragraphs[0].startswith("周末的万灵古镇")
    assert len(story.captions) == 2
    # (the text names no day: the pictures' captions date the story)
    assert story.date == "2019-04-13"
    # (a credit run in at the text's end says its writer took the pictures too)
    assert story.reporters == story.photographers == ("刘洋",)


def test_a_carried_over_part_is_dated_by_a_day_its_first_paragraphs_name():
    head = "02　综合新闻　　　　长寿日报　　　　2025年12月16日　星期二\n（上接第1版）\n长寿经开区12个重点项目集中投产\n"
    page = segment(head + "此次集中投产的项目中，新材料项目7个。\n"
                   "在12月15日举行的集中投产仪式上，铝合金部件项目最受关注。\n")
    assert page.stories[0].date == "2025-12-15"
    # (a day far into a feature's text is one of its moments)
    later = "".join(f"第{n}段文字没有日子。\n" for n in range(1, 6))
    page = segment(head + later + "12月14日，第六届橙博会开幕。\n")
    assert page.stories[0].date is None


def test_an_epapers_head_pasted_again_over_each_article():
    top = "重庆时报数字报\n2010年04月21日　星期三　　第A08版：社会新闻　　【打印本稿】【关闭窗口】\n"
    first = "4月20日晚，家住黄桷坪正街的龚婆婆摸黑下楼，在二楼转角处踩空摔倒，右手腕骨折。"
    second = "4月20日晚8点，记者再次来到黄桷坪正街，此前占道经营的6家烧烤摊已全部退进店内。"
    page = segment(top + f"七旬婆婆摸黑下楼摔断手腕\n　　本报讯（记者　任　杰）{first}\n"
                   "（报料人：谢先生　报料费：５０元）\n\n"
                   + top + f"■追踪\n黄桷坪烧烤摊昨晚退进店内\n　　本报讯（记者　温　琳）{second}\n")
    assert [s.headline for s in page.stories] == ["七旬婆婆摸黑下楼摔断手腕", "黄桷坪烧烤摊昨晚退进店内"]
    assert page.stories[0].paragraphs == (first,)
    assert page.stories[1].section == "追踪"


def test_a_signed_articles_writer_by_post_and_name_under_its_head():
    page = segment("# 三十而立正当时　奋楫扬帆再出发\n\n中共重庆市巴南区委书记　赵启航\n\n"
                   "1994年12月，国务院批准撤销巴县，设立重庆市巴南区。三十年来，巴南人民砥砺奋进。\n",
                   "made-up.md", is_markdown=True)
    story, = page.stories
    assert (story.subtitle, story.reporters) == (None, ("赵启航",))


def test_a_posts_title_under_the_apps_bar_however_it_ends():
    page = segment("×　　秀山发布　　···\n\n重庆日报关注｜秀山金银花：一朵小花何以“花开富贵”？\n\n"
                   "秀山发布　2022-08-18 21:06　发表于重庆\n\n"
                   "8月16日清晨，秀山县隘口镇太阳山村的金银花基地里，村民们正忙着采摘。\n")
    story, = page.stories
    assert story.headline.endswith("一朵小花何以“花开富贵”？")
    assert story.paragraphs[0].startswith("8月16日清晨")


def test_figures_a_converter_set_as_inline_maths():
    assert lines.math_figures(["热烈庆祝巴南建区 $30$ 周年", "$2 0 2 4$ 年"]) == [
        "热烈庆祝巴南建区 30 周年", "2024 年"]
    # (a price with its sign and a formula are no figures set as maths)
    assert lines.math_figures(["价格 $30 与 $40", "$x^2$"]) == ["价格 $30 与 $40", "$x^2$"]


def test_a_day_before_the_page_named_past_the_first_sentences_subject():
    head = "重庆晚报　1993年3月16日　星期二\n\n●两路至观音桥开通中巴专线\n"
    page = segment(head + "　　江北县两路镇至江北区观音桥的中巴专线客车昨日开通，每隔20分钟发一班。（曾　敏）\n")
    assert page.stories[0].date == "1993-03-15"
    # (a day named in a later sentence is one the report tells of, no day of its own)
    page = segment(head + "　　江北县两路镇至江北区观音桥的中巴专线客车开通。司机说昨日试跑了一趟。（曾　敏）\n")
    assert page.stories[0].date is None


def test_a_photographers_credit_with_the_picture_desk_after_a_slash():
    line = lines.classify(1, "特约摄影　杨　敏/视觉重庆")
    assert (line.kind, line.names) == (lines.Kind.PHOTO_CREDIT, ("杨敏",))
    page = segment("图片新闻\n黔江：桑园采叶喂“春蚕”\n　　4月20日，黔江区石会镇中元村，蚕农正在桑园里采摘桑叶。\n"
                   "特约摄影　杨　敏/视觉重庆\n\n城口“山货直播季”启幕\n"
                   "　　近日，城口县2021年“山货进城”直播季启幕。（记者　周松林）\n")
    assert [(s.headline, s.kicker, s.photographers) for s in page.stories] == [
        ("黔江：桑园采叶喂“春蚕”", None, ("杨敏",)), ("城口“山货直播季”启幕", None, ())]


def test_a_pointed_caption_whose_credit_the_column_cut_after_the_name_begins():
    page = segment("老旧小区加装电梯\n从“要我装”到“我要装”\n"
                   "　　6月12日下午，九龙坡区杨家坪街道西郊路社区的加装电梯工地上，工人正在吊装钢结构。\n"
                   "◆算清“经济账”\n"
                   "　　8号楼从启动协商到全部住户签字同意，只用了一个多月。\n"
                   "▲6月12日，九龙坡区杨家坪街道西郊路社区，\n施工人员正在为老旧楼栋加装电梯。记者　齐\n"
                   "　岚　摄/视觉重庆\n"
                   "◆“一站式”审批　最快20天开工\n"
                   "　　在九龙坡区政务服务中心，加装电梯设有专门的联审窗口。\n")
    story, = page.stories
    assert story.photographers == ("齐岚",)
    assert story.captions == ("6月12日，九龙坡区杨家坪街道西郊路社区，施工人员正在为老旧楼栋加装电梯。",)


def test_an_apps_banner_and_top_bar_over_its_article():
    page = segment("＜　　　　　　　　⋯\n香国荣昌\n打开APP　阅读体验更佳\n"
                   "政策解读丨荣昌出台10条措施稳岗位保就业\n荣昌区融媒体中心　2020-02-26 17:42\n"
                   "2月24日，荣昌区出台《关于应对新冠肺炎疫情支持企业稳岗就业的十条措施》。\n")
    story, = page.stories
    assert story.headline.endswith("荣昌出台10条措施稳岗位保就业")
    assert story.kicker is None


def test_every_numbered_part_of_a_profile_series_is_an_item():
    part = "\n\n**0{n}**\n\n**{head}**\n\n{text}\n"
    people = [("罗家富（见义勇为）：七旬老人跳进冰冷河水救起落水儿童", "1月14日下午，罗家富跳进河里救起落水儿童。"),
              ("周定国（敬业奉献）：山村里的“守门医生”", "今年是乡村医生周定国在村里行医的第30个年头。"),
              ("“红马甲”义剪队（助人为乐）：一把剪刀温暖千家", "这支义剪队由德感街道的8名理发师自发组成。"),
              ("黄永强（诚实守信）：替亡兄还清十万元欠款", "2021年，吴滩镇村民黄永强的哥哥因病去世。")]
    page = segment("# 2023年第一季度“江津好人”名单出炉\n\n近日，江津区文明办公布2023年第一季度“江津好人”名单。"
                   + "".join(part.format(n=n, head=h, text=t) for n, (h, t) in enumerate(people, 1)),
                   "made-up.md", is_markdown=True)
    story, = page.stories
    assert [item.heading for item in story.items] == [h for h, _ in people]
    assert story.paragraphs == ("近日，江津区文明办公布2023年第一季度“江津好人”名单。",)


def test_heads_underlined_with_dashes_on_a_page_typed_in_as_markdown():
    text = ("重庆晚报　2010年4月15日　星期四　第14版\n\n* * *\n\n*城乡公交一体化再进一步*\n\n"
            "双桥至邮亭首条城乡公交开通\n--------------------------\n\n**全程票价2元　每15分钟一班**\n\n"
            "本报讯（记者　周　舟）昨日上午8时，双桥区至大足县邮亭镇的城乡公交线路正式开通。[^1]\n\n* * *\n\n"
            "万盛黑山谷清明小长假迎客5.6万人次\n--------------------------------\n\n"
            "本报讯　清明小长假，万盛区黑山谷景区共接待游客5.6万人次。（杨　柳）\n\n* * *\n\n"
            "[^1]: 录入者注：原版第2幅图片扫描件缺损，未录入。\n")
    page = segment(text, "made-up.md", is_markdown=True)
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        ("城乡公交一体化再进一步", "双桥至邮亭首条城乡公交开通", "全程票价2元　每15分钟一班"),
        (None, "万盛黑山谷清明小长假迎客5.6万人次", None)]
    # (the footnote's mark is no part of the text; its note is the typist's, no story's)
    assert page.stories[0].paragraphs == ("昨日上午8时，双桥区至大足县邮亭镇的城乡公交线路正式开通。",)
    assert page.stories[1].paragraphs[-1].endswith("共接待游客5.6万人次。")
    # (without Markdown's rules between the parts, the page is a plain one: its rows of dashes
    # are rules, as under a form's fields)
    plain = segment(text.replace("* * *\n\n", ""))
    assert plain.stories[0].headline == "全程票价2元　每15分钟一班"


def test_an_epapers_article_head_over_its_font_size_bar_is_the_headline():
    page = segment("南川日报数字报\n第02版：综合新闻\n南川日报第02版版面图\n上一篇　　下一篇　　返回目录\n\n"
                   "金佛山方竹笋迎来采收旺季\n今年全区预计产鲜笋1.3万吨\n\n【字号 大 中 小】　　打印本页\n\n"
                   "本报讯（记者　韦　娜　文/图）10月21日清晨，头渡镇玉台村的方竹林里雾气还没有散。\n\n"
                   "本版其他文章\n我区1280名普查员“持证上岗”\n南城街道：“院坝会”办好群众身边事\n")
    story, = page.stories
    assert (story.headline, story.subtitle) == ("金佛山方竹笋迎来采收旺季", "今年全区预计产鲜笋1.3万吨")
    assert story.reporters == ("韦娜",)


def test_a_list_of_places_and_villages_is_no_roundup():
    rows = ["万州区　太安镇凤凰村", "涪陵区　大木乡花园村", "九龙坡区　走马镇慈竹村", "北碚区　柳荫镇东升村"]
    page = segment("重庆首批市级和美乡村示范村出炉\n\n1月18日，记者从市农业农村委获悉，首批示范村名单公布。名单如下：\n\n"
                   + "\n".join(rows) + "\n")
    story, = page.stories
    assert story.items == ()
    assert story.paragraphs[1:] == tuple(rows)


def test_readers_comments_end_at_the_link_to_the_rest_of_them():
    page = segment("开州春橙首批40吨鲜果发往东南亚\n\n3月17日一早，开州区赵家街道的春橙分拣中心里，工人们正忙着装箱。\n"
                   "👍 326　　　　　💬 18　　　　　↗ 分享\n\n评论（18）\n汉丰湖畔的风\n春橙确实好吃，化渣又甜，支持！\n"
                   "03-18 18:30　重庆　　　赞 41\n查看全部评论 >\n\n开州快讯\n\n"
                   "开州1200个公益性岗位开始报名\n记者3月17日从开州区就业和人才服务局获悉，首批公益性岗位开始报名。（记者　谭　婷）\n")
    assert [s.headline for s in page.stories] == ["开州春橙首批40吨鲜果发往东南亚", "开州1200个公益性岗位开始报名"]
    assert page.stories[0].paragraphs[-1].endswith("正忙着装箱。")


def test_an_emergency_lines_number_over_a_head_is_its_column():
    page = segment("八旬老人坐错公交迷路\n"
                   "　　“我家在鱼洞，门口有个菜市场……”12月7日晚，民警在公交站台遇到一位老人。（记者　石　磊）\n\n"
                   "119\n电动自行车楼道充电起火　消防员救出被困母子\n"
                   "　　昨天凌晨2时许，北碚区天生街道一居民楼内，一辆电动自行车突然起火。（记者　钟　灵）\n")
    assert [(s.section, s.headline) for s in page.stories] == [
        (None, "八旬老人坐错公交迷路"), ("119", "电动自行车楼道充电起火　消防员救出被困母子")]


def test_an_epapers_card_of_fields_some_left_empty():
    card = ("────────────────────────\n引　题：{kicker}\n标　题：{head}\n副　题：{deck}\n作　者：{by}\n栏　目：\n"
            "────────────────────────\n")
    page = segment("江津日报数字报·阅读版\n2024年10月25日　星期五　　第03版：乡村振兴\n\n"
                   + card.format(kicker="一季稻收两季粮", head="嘉平镇1.5万亩再生稻开镰",
                                 deck="头季加再生季亩产超过800公斤", by="")
                   + "　　10月23日，嘉平镇石梁村的再生稻田里，两台收割机来回穿梭。\n（江津融媒记者　程　杰）\n\n"
                   + card.format(kicker="", head="油菜“机播”正当时", deck="", by="江津融媒记者　吴　靖　摄")
                   + "　　10月22日，在白沙镇的高标准农田里，油菜直播机一次完成多道工序。\n")
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        ("一季稻收两季粮", "嘉平镇1.5万亩再生稻开镰", "头季加再生季亩产超过800公斤"),
        (None, "油菜“机播”正当时", None)]
    assert page.stories[1].photographers == ("吴靖",)
    assert page.stories[1].paragraphs[0].startswith("10月22日")


def test_a_papers_name_without_the_editions_after_it():
    for masthead, paper in (("江津日报数字报·阅读版", "江津日报"), ("云阳报·手机版", "云阳报")):
        page = segment(f"{masthead}\n2024年10月25日　星期五　　第03版：乡村振兴\n\n"
                       "嘉平镇1.5万亩再生稻开镰\n　　10月23日，嘉平镇石梁村的再生稻田里，两台收割机来回穿梭。（记者　程　杰）\n")
        assert page.paper == paper, masthead


def test_a_posts_account_line_with_its_day_in_words_dates_the_page():
    # (a held-out page's first post: its account line is the only day of the page)
    path = Path(__file__).parent / "heldout" / "pending" / "pages" / "h1712.txt"
    head = "\n".join(path.read_text(encoding="utf-8").splitlines()[:14]) + "\n"
    assert segment(head).date == "2025-09-16"


def test_a_related_articles_title_over_its_time_and_site_is_a_head():
    page = segment("潼南崇龛8万亩油菜花进入盛花期\n"
                   "　　3月14日上午，潼南油菜花节在崇龛镇开幕。（记者　何　欣）\n\n延伸阅读\n"
                   "荣昌万灵古镇首届桃花节3月20日开幕\n2021-03-13 10:05　上游新闻\n"
                   "　　3月13日，记者从荣昌区文化旅游委获悉，荣昌区万灵古镇首届桃花节将于3月20日开幕。（记者　刘　建）\n")
    assert [s.headline for s in page.stories] == ["潼南崇龛8万亩油菜花进入盛花期", "荣昌万灵古镇首届桃花节3月20日开幕"]
    assert page.stories[1].reporters == ("刘建",)


def test_a_reference_mark_as_a_briefs_bullet():
    page = segment("区县快讯\n※潼南县今年新栽柠檬2.3万亩\n　　近日，记者从潼南县农委获悉，今年该县新栽柠檬2.3万亩。（记者　龙　丹）\n"
                   "※荣昌夏布出口订单增长三成\n　　8月15日，荣昌县夏布行业协会传来消息，今年夏布出口订单增长三成。（记者　钟　敏）\n")
    assert [s.headline for s in page.stories] == ["潼南县今年新栽柠檬2.3万亩", "荣昌夏布出口订单增长三成"]


def test_a_pictures_credit_run_on_after_its_caption_role_first():
    line = lines.classify(1, "签约仪式现场　图/张　伟")
    assert (line.kind, line.names) == (lines.Kind.CAPTION, ("张伟",))
    assert layout.strip_photo_credit("签约仪式现场　图/张　伟") == "签约仪式现场"
    # (a credit alone, or a writer's and photographer's '文/图', is no caption)
    assert lines.classify(1, "图/张伟").kind is not lines.Kind.CAPTION
    assert lines.classify(1, "文/图 张三").kind is lines.Kind.BYLINE


def test_a_digests_part_heads_lose_their_numbers_and_frames_in_both_forms():
    raws = ["今日江北丨弹子石老街夜集开市　鸿恩寺公园花展开幕……", "1. 弹子石老街夜集开市",
            "5月1日晚，弹子石老街夜集开市，市民游客纷纷前来。（记者　张　三）", "2. 【鸿恩寺公园花展开幕】",
            "5月2日，鸿恩寺公园花展开幕，展出花卉三百余种。（记者　李　四）"]
    page = [lines.classify(number, raw) for number, raw in enumerate(raws, 1)]
    web_passes.digest_parts(page)
    heads = [line for line in page if line.rule == "digest-part"]
    assert [line.text for line in heads] == ["弹子石老街夜集开市", "鸿恩寺公园花展开幕"]
    # (the rules after it read the normalised text: it is the head's, not the printed line's)
    assert [line.normal for line in heads] == [lines.normalize(line.text) for line in heads]


def test_a_run_in_credit_of_writers_who_took_the_pictures_too():
    body = "　　11月15日，村民们正在桑树行间播种榨菜，预计带动农户增收200余万元。"
    for credit in ("（阿蓬江镇　文/图　冉　杰）", "（文/图　记者　冉　杰）", "（文图　冉　杰）",
                   "（通讯员　冉　杰　文/图）"):
        story = segment(f"桑园套种让一亩地产出两份钱\n{body}{credit}\n").stories[0]
        assert (story.reporters, story.photographers) == (("冉杰",), ("冉杰",)), credit
        assert story.paragraphs[-1].endswith("增收200余万元。"), credit
    # (the writer and the photographer apart are read as before)
    story = segment(f"桑园套种让一亩地产出两份钱\n{body}（文/冉　杰　图/李　四）\n").stories[0]
    assert (story.reporters, story.photographers) == (("冉杰",), ("李四",))


def test_a_web_pages_author_field_before_an_unlabelled_posting_time_signs_the_story():
    page = segment("### 铜梁：龙舟队玄天湖上练兵\n\n来源：上游新闻　作者：范勇　2023-06-09 08:12\n\n"
                   "昨日傍晚，铜梁区玄天湖上鼓声阵阵，6支龙舟队正在进行端午节前的最后一轮合练。\n",
                   name="example.md")
    assert [s.reporters for s in page.stories] == [("范勇",)]


def test_a_lists_filter_tabs_are_chrome():
    line = lines.classify(1, "全部　主城都市区　渝东北　渝东南")
    assert (line.kind, line.rule) == (lines.Kind.NOISE, "web-chrome")
    assert lines.classify(1, "全部完成　主城项目").kind is not lines.Kind.NOISE


def test_a_profile_lead_over_a_head_and_a_dateline_is_a_new_storys_kicker():
    page = segment("区里新闻一则在此\n　　本报讯　3月2日，区里开会。\n\n全国劳动模范刘淑华：\n"
                   "带着姐妹们“织”出好日子\n　　本报讯（记者　冯　涛）在荣昌县安富镇，提起刘淑华，"
                   "镇上的姐妹们都说她是“领头雁”。\n")
    last = page.stories[-1]
    assert (last.kicker, last.headline, last.items) == ("全国劳动模范刘淑华：",
                                                       "带着姐妹们“织”出好日子", ())
    assert last.reporters == ("冯涛",)


def test_a_sites_list_entries_posted_on_their_days_are_stories_not_a_roundups_parts():
    entries = [("阿蓬江镇：“桑园套种”让一亩地产出两份钱", "2021-11-17",
                "11月15日，在阿蓬江镇高碛村的桑园里，村民们正忙着播种榨菜。（阿蓬江镇　文/图　冉　杰）"),
               ("濯水镇：古镇景区开展冬季消防应急演练", "2021-11-15",
                "11月12日下午，濯水镇在古镇景区开展冬季消防应急演练。（通讯员　李　琴）"),
               ("正阳街道：新冠疫苗“上门接种”暖人心", "2021-11-15",
                "近日，正阳街道为辖区行动不便的老年人上门接种疫苗。"),
               ("小南海镇：森林防火宣传进村入户", "2021-11-13",
                "11月10日至12日，小南海镇组织镇村干部深入10个村开展森林防火宣传。")]
    page = segment("街镇动态\n\n" + "".join(f"{head}　　　　[{day}]\n　　{text}\n　　　　　　[详细]\n"
                                           "────────────\n\n" for head, day, text in entries))
    assert [(s.headline, s.items) for s in page.stories] == [(e[0], ()) for e in entries]
    assert [s.reporters for s in page.stories] == [("冉杰",), ("李琴",), (), ()]


def test_a_pages_list_of_its_articles_names_the_headline_and_is_chrome():
    page = segment("本版文章\n·前5个月全市新能源汽车产量同比增长1.3倍\n·留抵退税问题有了答案\n\n"
                   "产销两旺　部分车企订单排到三季度\n前5个月全市新能源汽车产量同比增长1.3倍\n本报记者　夏　瑜\n"
                   "　　6月14日，记者从市经济信息委获悉，今年1—5月，全市汽车产量达85.6万辆。\n\n"
                   "留抵退税问题有了答案\n本报记者　任　丹\n　　今年4月1日起，国家实施大规模增值税留抵退税政策。\n")
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("产销两旺　部分车企订单排到三季度", "前5个月全市新能源汽车产量同比增长1.3倍"),
        (None, "留抵退税问题有了答案")]


def test_a_data_box_inside_a_story_is_the_storys():
    page = segment(
        "产销两旺　部分车企订单排到三季度\n"
        "前5个月全市新能源汽车产量同比增长1.3倍\n"
        "本报记者　夏　瑜\n"
        "\n"
        "　　6月14日，记者从市经济信息委获悉，今年1—5月，全市规模以上工业企业汽"
        "车产量达85.6万辆，同比增长6.2%；其中新能源汽车产量9.8万辆，同比增"
        "长1.3倍，增速高于全国平均水平。\n"
        "　　“5月以来，芯片和零部件供应逐步恢复，我们两条总装线都已满负荷运转。”位"
        "于两江新区的重庆渝驰汽车有限公司生产部部长王明川告诉记者，该公司一款纯电动S"
        "UV目前的订单已排到9月，“每天下线的新车装上运输车就直接发往经销商”。\n"
        "　　市经济信息委汽车产业处处长钟海平介绍，从产品结构看，新能源汽车占全市汽车"
        "产量的比重已由去年同期的5.4%提高到11.4%，其中插电式混合动力车型增长"
        "最快。\n"
        "　　【数据】\n"
        "　　1—5月重庆汽车产业主要指标\n"
        "　　汽车产量　85.6万辆　同比增长6.2%\n"
        "　　新能源汽车产量　9.8万辆　同比增长130%\n"
        "　　汽车零部件企业营业收入　1460亿元　同比增长4.8%\n"
        "　　整车出口　5.2万辆　同比增长38.5%\n"
        "　　（数据来源：市经济信息委）\n"
        "　　整车放量，带动零部件企业订单回暖。在璧山区，电池、电驱、电控等新能源汽车"
        "零部件企业已集聚80余家。位于璧泉街道的重庆锐能动力电池有限公司总经理助理冉"
        "雪峰说，今年前5个月，公司电池包出货量同比翻了一番，“新建的第三条产线下个月"
        "就要投产”。\n"
        "　　记者了解到，为促进汽车消费，我市6月起在全市范围内开展新能源汽车消费季活"
        "动，各区县联合经销商推出购车补贴、充电优惠等措施。钟海平表示，下一步，市经济"
        "信息委将继续做好芯片等关键零部件保供稳链，全力推动汽车产业稳增长。\n"
        "\n"
        "【打印本文】　【关闭窗口】　　　　　　　　　　　　　　　　　　　　　↑返回顶"
        "部\n"
        "══════════════════════════════════════"
        "══════\n"
    )
    assert len(page.stories) == 1
    assert page.stories[0].paragraphs[-1].endswith("全力推动汽车产业稳增长。")


def test_bulleted_questions_in_an_explainer_are_its_subheads():
    page = segment("留抵退税，企业关心的这些问题有了答案\n本报记者　任　丹\n"
                   "　　今年4月1日起，国家实施大规模增值税留抵退税政策。记者采访了有关负责人。\n"
                   "　　■哪些企业能享受？\n　　此次政策优先支持小微企业。\n　　■退税款多久能到账？\n"
                   "　　一般3个工作日内就能到账。\n　　■遇到问题找谁？\n　　纳税人可拨打12366咨询。\n")
    assert [s.headline for s in page.stories] == ["留抵退税，企业关心的这些问题有了答案"]
    assert page.stories[0].paragraphs[-1] == "纳税人可拨打12366咨询。"
    # (briefs under a column's name, each bulleted with its title, are briefs still)
    page = segment("区县快讯\n■璧山新建5个社区食堂\n　　近日，璧山区新建5个社区食堂。（记者　王　川）\n"
                   "■铜梁举办龙舞大赛\n　　2月3日，铜梁区举办龙舞大赛。（记者　李　安）\n")
    assert len(page.stories) + sum(len(s.items) for s in page.stories) >= 2


def test_units_named_together_in_a_credit_are_no_one():
    assert lines.classify(1, "通讯员：各镇街").names == ()
    assert lines.credit_names("记者 周宇 通讯员 各区县") == ("周宇",)


def test_profiles_headed_by_a_nickname_and_a_name_are_items():
    page = segment("一支驻村工作队的“四种角色”\n本报记者　苏　畅\n"
                   "　　茶山村平均海拔1600米，是全县深度贫困村之一。\n“规划师”张建国\n"
                   "　　张建国是驻村第一书记、驻村工作队队长。\n“跑腿员”李　娜\n"
                   "　　队员李娜负责村里的民生事务。\n“技术员”王　涛\n　　队员王涛学畜牧出身。\n")
    story = page.stories[0]
    assert [item.heading for item in story.items] == ["“规划师”张建国", "“跑腿员”李　娜",
                                                      "“技术员”王　涛"]


def test_bracketed_units_under_a_briefs_columns_name_are_its_items():
    page = segment("法治快讯\n作者：本报综合　　字数：702　　来源：江津日报\n【区检察院】\n"
                   "　　6月24日，区检察院开展“检察官进校园”活动。（通讯员　王　璐）\n【区司法局】\n"
                   "　　近日，区司法局举办“法律明白人”培训班。\n【珞璜派出所】\n"
                   "　　6月23日晚，民警找到走散的男孩。（记者　黄　倩）\n")
    story = page.stories[0]
    assert (story.headline, len(story.items)) == ("法治快讯", 3)
    assert [item.reporters for item in story.items] == [("王璐",), (), ("黄倩",)]


def test_an_e_papers_page_tab_with_its_pdf_link_is_chrome():
    line = lines.classify(1, "第03版：法治江津　　　　　　　　　　　PDF版")
    assert (line.kind, line.rule) == (lines.Kind.NOISE, "web-chrome")


def test_a_papers_weather_box_is_furniture():
    for raw in ("本市天气　今天白天：阴有小雨　偏北风一到", "二级　最高气温十九度　明天：阴转多云"):
        assert lines.classify(1, raw).kind is lines.Kind.NOISE, raw
    # (news of the weather is a head or text)
    assert lines.classify(1, "本市天气转凉　市民添衣保暖").kind is lines.Kind.HEADLIKE
    assert lines.classify(1, "　　今天最高气温达到39度，明天还将升温。").kind is lines.Kind.BODY


def test_a_short_name_over_a_longer_head_is_the_column_it_runs_in():
    page = segment("新春走基层\n海拔1800米的“守电人”\n本报记者　冉　静\n"
                   "　　2月3日清晨，金佛山上寒风刺骨，供电所的巡线员已出发巡查线路。\n")
    story = page.stories[0]
    assert (story.section, story.kicker, story.headline) == ("新春走基层", None,
                                                            "海拔1800米的“守电人”")
    # (a title over its note in brackets, or over a chapter's number, heads as before)
    page = segment("拍卖公告\n（2025第036号）\n"
                   "　　受委托，本公司定于2025年7月18日上午10时在公司拍卖厅公开拍卖一批车辆。\n")
    assert page.stories[0].headline == "拍卖公告"
    page = segment("竹海人家\n第十七章　雨夜出山\n　　雨下了一整夜，山路上全是泥，老周背着药箱出了门。\n")
    assert page.stories[0].headline == "竹海人家"


def test_an_e_papers_pager_of_pages_and_issues_is_no_papers_name():
    line = lines.classify(1, "上一版　　下一版　　　　　　　　　　　　　　上一期　　下一期")
    assert (line.kind, line.rule) == (lines.Kind.NOISE, "web-chrome")
    page = segment("2022年06月15日　星期三　　　　第006版：经济\n上一版　　下一版　　　　　　上一期　　下一期\n\n"
                   "总投资46亿元功率半导体封测项目落户重庆高新区\n\n"
                   "　　本报讯　（记者　夏　瑜）6月14日，一个功率半导体封装测试项目在重庆高新区签约。\n")
    assert page.paper != "上一版"
    assert [s.headline for s in page.stories] == ["总投资46亿元功率半导体封测项目落户重庆高新区"]
