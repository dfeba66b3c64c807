"""The page's text for the passes' cheap first tests: every mark a line holds, and made again
after a pass changed a line."""

import pytest

from cqnews_site.analyse.lines import Line
from cqnews_site.analyse.page_text import page_text
from cqnews_site.model.text import cells


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, 0) for number, text in enumerate(texts, 1)]


@pytest.mark.parametrize("row", ["球队  场次", "球队\t场次", "球队\u3000场次", "球队\xa0 场次",
                                 "球队\u2002\u2002场次"])
def test_a_line_of_cells_is_gapped(row):
    assert len(cells(row)) == 2  # (what the passes that ask for a gap split it into)
    assert page_text(_lines("本报讯 今年以来", row)).gapped


def test_single_spaces_and_line_ends_set_no_cells_apart():
    lines = _lines("本报讯(记者 张三)今年以来，", "  铜梁区新增就业 3000 人  ")
    assert not any(len(cells(line.text)) > 1 for line in lines)
    assert not page_text(lines).gapped


def test_the_text_is_made_again_after_a_line_changed():
    lines = _lines("积分榜", "铜梁队 7 17")
    assert not page_text(lines).gapped
    lines[1].text = "铜梁队　7　17"  # (a pass put the row's cells back)
    assert page_text(lines).gapped
    lines.append(Line(3, "广告", 0))
    assert "广告" in page_text(lines).normal
    assert "广告" not in page_text(lines[:2]).normal


def test_printed_and_normalised_text_are_both_there():
    page = page_text(_lines("记者　刘洋　摄", "——广告——"))
    assert "\u3000" in page.text and "\u3000" not in page.normal
    assert page.normal.split("\n") == ["记者 刘洋 摄", "--广告--"]


def test_a_line_ending_in_a_mark_is_found_at_the_page_end_too():
    page = page_text(_lines("优秀教师（28名）", "发布人：", "名单如下"))
    assert page.ends_a_line(")")  # (normalised: the full-width bracket is a plain one)
    assert page.ends_a_line(":")
    assert page_text(_lines("名单如下", "优秀教师（28名）")).ends_a_line(")")
    assert not page_text(_lines("（28名）优秀教师", "发布人：张三")).ends_a_line(")")
    assert not page_text(_lines("（28名）优秀教师", "发布人：张三")).ends_a_line(":")
