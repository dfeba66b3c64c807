"""What a page prints about itself (masthead, folio, web header) and the year it gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews_site.analyse import segmenter
from cqnews_site.inputs import reader
from cqnews_site.model.dates import infer_year

DEV = Path(__file__).parent / "dev" / "pages"


def made_up(text: str):
    """A made-up plain-text page of ``text``, segmented."""
    source, problems = reader.read_bytes(text.encode(), "p.txt")
    assert source is not None, problems
    return segmenter.segment(source)


def dev(name: str):
    path = DEV / name
    source, problems = reader.read_bytes(path.read_bytes(), name, name.endswith(".md"))
    assert source is not None, problems
    return segmenter.segment(source)


@pytest.mark.parametrize(("name", "expected"), [
    ("d01.txt", ("今日巫溪", "2024-08-27", "3127", None, None)),
    ("d02.txt", ("南川报", "2023-03-30", None, "4", "公告")),
    ("d03.txt", ("酉阳报", "2024-11-11", None, "2", "要闻")),
    ("d04.txt", ("城口县人民政府", "2025-12-31", None, None, None)),
    ("d05.txt", (None, "2024-12-16", None, "4", "区县·纵深")),
    ("d06.txt", ("重庆日报", "2024-03-25", None, "6", "区县新闻")),
    ("d07.md", ("重庆日报", "2025-02-25", None, "7", None)),
    # 繁體版 is the paper's edition in traditional characters, not its name; the paper is
    # one paper whichever script its nameplate is printed in (the page's name as printed).
    ("d08.txt", ("重庆新闻", "2024-10-16", None, "A5", "區縣")),
])
def test_page_metadata_from_masthead_folio_or_web_header(name, expected):
    page = dev(name)
    assert (page.paper, page.date, page.issue_number, page.page_number, page.page_name) == expected
    assert page.year == int(expected[1][:4])


def test_the_page_date_outranks_a_plan_year_in_the_text():
    page = dev("d04.txt")  # 发布时间 2025-12-31; the text drafts the 2026年《政府工作报告》
    assert page.year == 2025 and page.year_evidence == "page date: 发布时间:2025-12-31 09:12"
    assert [s.date for s in page.stories] == ["2025-12-30", "2025-12-28"]
    assert page.stories[0].date_evidence == page.year_evidence


def test_jump_lines_are_recorded_on_the_story():
    first = dev("d01.txt").stories[0]
    assert first.continued_to == "2" and first.paragraphs[-1].endswith("走深走实。")
    feature = dev("d05.txt").stories[0]
    assert feature.continued_from == "1" and feature.paragraphs[0].startswith("晒坝")


def test_years_in_quotations_ranges_plans_and_titles_are_no_evidence():
    assert infer_year("他说：“1994年我刚开车那会儿，路难走。”") == (None, None)
    assert infer_year("2022—2023雪季接待游客。") == (None, None)
    assert infer_year("就2026年《政府工作报告》听取意见。") == (None, None)
    assert infer_year("审议《北碚区2023年政府投资年度计划》。") == (None, None)
    assert infer_year("2023年，全区生产总值增长。")[0] == 2023


def test_a_date_in_figures_dates_a_page_that_prints_no_year_in_words():
    # A transcript's stamp is the only year of a dictated story (h339's kind).
    stamp = "转写完成：2025-07-08 17:51:09\n\n明中乡转移群众\n\n7月8日凌晨，群众转移。\n"
    assert infer_year(stamp) == (2025, "转写完成：2025-07-08 17:51:09")
    source, _ = reader.read_bytes(stamp.encode(), "p.txt")
    assert segmenter.segment(source).stories[0].date == "2025-07-08"
    assert infer_year("见报日期 2025/3/12")[0] == 2025
    # A version, a range or an impossible day is no date; words still win over figures.
    assert infer_year("软件版本 2025.13.40") == (None, None)
    assert infer_year("2019-2025年") == (None, None)
    assert infer_year("导出 2026-01-02\n2024年3月3日，会议召开。")[0] == 2024


def test_a_sites_copyright_notice_gives_the_year_when_nothing_else_does():
    # A feed's cards print month and day alone; the footer's latest year is the page's
    # (h436's kind). Any year printed as a date or a plain year wins over it.
    feed = ("区县\n\n江津富硒产业园集中签约8个项目\n9月13日上午，江津区举行项目集中签约活动。\n"
            "\nCopyright © 2015-2018 上游新闻 版权所有\n")
    assert infer_year(feed) == (2018, "Copyright © 2015-2018 上游新闻 版权所有")
    source, _ = reader.read_bytes(feed.encode(), "p.txt")
    assert segmenter.segment(source).stories[0].date == "2018-09-13"
    assert infer_year("版权所有 ©1997-2020")[0] == 2020
    assert infer_year("2016年，全县新建公路。\n© 2001-2019 Comsenz Inc.")[0] == 2016
    assert infer_year("© 2099 某网")[0] is None  # never a year after this one


def test_a_date_of_the_republic_is_read_in_the_common_era():
    # A wartime paper of the city (or a Taiwanese one) counts years from 1912.
    assert infer_year("中華民國三十四年八月十五日　星期三")[0] == 1945
    assert infer_year("中华民国99年9月13日　星期一")[0] == 2010
    source, _ = reader.read_bytes(
        "聯合報　　中華民國99年9月13日　星期一　　A13　兩岸\n\n渝台論壇登場\n\n"
        "　　【記者林怡君／重慶報導】論壇12日在重慶開幕。\n".encode(), "p.txt")
    page = segmenter.segment(source)
    assert (page.date, page.year) == ("2010-09-13", 2010)


def test_unknown_year_gives_month_and_day_only():
    source, _ = reader.read_bytes("## 标题\n\n3月5日，会议召开。\n".encode(), "p.txt")
    page = segmenter.segment(source)
    assert page.year is None and page.stories[0].date == "--03-05"
    assert page.stories[0].date_evidence is None


def test_a_year_printed_with_the_date_is_its_own_evidence():
    source, _ = reader.read_bytes(
        "重庆日报  2024年3月25日  星期一\n\n## 标题\n\n2023年12月5日，会议召开。\n".encode(), "p.txt"
    )
    page = segmenter.segment(source)
    assert page.stories[0].date == "2023-12-05"
    assert page.stories[0].date_evidence == "printed with the date"


def test_a_scans_furniture_at_the_pages_foot_dates_the_page():
    page = made_up(
        "石门大桥下周一起封闭半幅维修\n\n　　本报讯（记者　王　露）昨日，记者获悉，大桥将封闭维修。\n\n"
        "重庆商报　　2OO3年11月20日　星期四　　　　　A6\n"
        "重庆新闻　　　　责任编辑　郑　刚　美术编辑　杨　帆\n")
    assert (page.date, page.year) == ("2003-11-20", 2003)
    assert page.stories[0].date == "2003-11-19"


def test_a_masthead_read_beside_an_ear_that_opens_the_page_dates_the_page():
    # The ear's head is read first, then each masthead line with a line of the ear beside
    # it: the date cell is the page's, the rest of those lines the ear's text.
    page = made_up(
        "　　　　　　　　　　　　　　　　　　　　　　南坪有了夜间药房\n"
        "重　庆　商　报　　　　　　　　　　　　　本报讯（记者　黎　明）\n"
        "CHONGQING BUSINESS NEWS　　　　　　　　昨晚9时，南坪商圈的一家药\n"
        "重庆日报报业集团主办　　　　　　　　　店仍然灯火通明，这家药店\n"
        "2OO2年3月28日　星期四　　　　　　　　从昨日起实行夜间营业，成\n"
        "农历壬午年二月十五　　　　　　　　　　为南岸区首家夜间药房。店\n"
        "今日24版　　零售价0.5元　　　　　　　员说，夜间将保留两名药师值\n"
        "A1　　　　　　　　　　　　　　　　　　班，市民可随时购药。\n"
        "\n"
        "公交充值点增至六十个\n"
        "　　本报讯（记者　孙　静）记者昨日从市公交公司获悉，充值点已增至六十个。\n"
    )
    assert page.date == "2002-03-28"
    assert page.paper is None  # what shares the masthead's lines is the ear's
    assert page.stories[-1].date == "2002-03-27"


def test_a_scans_katakana_for_numerals_in_the_masthead_date():
    # OCR reads 一 二 八 as the katakana ー ニ ハ they look like; the text keeps them.
    page = made_up(
        "重庆エ人报　　　　第二版　　　　一九ハニ年十ー月十ハ日　星期四\n\n"
        "朝天门新候船厅启用\n"
        "　　本报讯　昨日，朝天门新候船厅正式启用，可容纳旅客两千人。\n")
    assert (page.date, page.year) == ("1982-11-18", 1982)
    assert page.stories[0].date == "1982-11-17"


def test_a_date_inside_a_lists_entry_below_the_first_story_does_not_date_the_page():
    assert made_up(
        "渔民当上护渔员\n　　本报讯　上岸渔民昨日当上护渔员，巡查江面。\n\n"
        "代表作目录　　1．渔民当上护渔员（2024年6月5日　第1版）\n\n"
        "消落带复绿\n　　本报讯　云阳县昨日完成消落带复绿。\n").date is None


def test_a_mastheads_year_one_off_is_mended_by_its_printed_weekday():
    # 13 January was a Thursday in 2005, a Tuesday in 2004: the masthead kept the old year.
    page = made_up(
        "江　津　日　报\n2004年1月13日　星期四　　农历甲申年腊月初四\n第1版　　要闻\n\n"
        "春运首日客流平稳\n　　本报讯　昨日，春运首日全市客流平稳。\n")
    assert (page.date, page.year) == ("2005-01-13", 2005)
    assert page.stories[0].date == "2005-01-12"
    # a weekday that agrees leaves the date as printed
    agreeing = made_up(
        "江　津　日　报\n2005年1月13日　星期四\n\n春运首日客流平稳\n　　本报讯　昨日，春运首日。\n")
    assert agreeing.date == "2005-01-13"


def test_a_sites_link_to_its_e_paper_names_no_paper():
    page = made_up(
        "石柱新闻网\n2023年6月21日　星期三　　　　　　登录　|　注册　|　手机版　|　数字报\n\n"
        "一片黄连的“身价”之变\n\n　　6月19日，记者走进黄水镇的一家中药饮片企业。\n")
    assert page.date == "2023-06-21"
    assert page.paper != "数字报"


def test_a_letter_spaced_traditional_nameplate_names_its_paper_in_simplified_script():
    page = made_up("重　慶　日　報　　一九八八年五月二十五日　星期三　　第二版　　读者来信\n\n"
                   "拾金不昧的好售货员\n\n　　售货员刘淑芬同志把钱包还给了我。\n")
    assert (page.paper, page.date) == ("重庆日报", "1988-05-25")


def test_a_page_name_set_letter_spaced_beside_the_folio_is_whole():
    page = made_up("铜梁报　　1999年7月2日　星期五\n第2版　　经　济　　　　责任编辑　向　东\n\n"
                   "三汇镇农贸市场开业\n\n　　6月8日，三汇镇农贸市场开业。\n")
    assert (page.paper, page.page_name) == ("铜梁报", "经济")


def test_an_e_papers_article_address_dates_a_page_that_prints_no_date():
    page = made_up("南川日报数字报　　第03版：民生\n\n我区今年改造棚户区3200户\n\n"
                   "　　本报讯　5月14日，记者从区住房城乡建委获悉，今年将改造棚户区3200户。\n\n"
                   "本文链接：http://szb.example.cn/html/2014-05/16/content_38217.htm\n")
    assert (page.date, page.stories[0].date) == ("2014-05-16", "2014-05-14")
    assert "本文链接：http://szb.example.cn/html/2014-05/16/content_38217.htm" in page.noise


def test_an_older_papers_folio_in_chinese_numerals_is_the_page_number():
    page = made_up("重　慶　日　報　　一九八八年五月二十五日　星期三　　第二版　　读者来信\n\n"
                   "拾金不昧的好售货员\n\n　　售货员刘淑芬同志把钱包还给了我。\n")
    assert (page.page_number, page.stories[0].page) == ("2", "2")
