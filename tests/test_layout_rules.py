"""The segmenter's rule tables: every line rule and every grouping decision on its example."""

from __future__ import annotations

import pytest

from cqnews_site.analyse import layout, lines, segmenter
from cqnews_site.inputs import reader


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
])
def test_more_furniture_shapes(text, rule):
    assert lines.classify(1, text).rule == rule
