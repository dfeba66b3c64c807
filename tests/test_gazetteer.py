"""The gazetteer: 41 units, short forms, former names, dates, and the exclusion rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cqnews_site.gazetteer import Gazetteer, default

SCHEMA = Path(__file__).parent / "gold" / "SCHEMA.md"


def schema_names() -> list[str]:
    """The canonical list printed in the gold schema (read, not copied)."""
    text = SCHEMA.read_text(encoding="utf-8")
    block = text.split("Canonical district names", 1)[1].split(":", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"[\u4e00-\u9fff]+", block.replace("。", ""))


def test_canonical_list_matches_schema_in_order():
    assert default().names == tuple(schema_names())


def test_levels():
    gaz = default()
    levels = {d.name: d.level for d in gaz.districts}
    assert levels["北碚区"] == "区"
    assert levels["城口县"] == "县"
    assert levels["石柱土家族自治县"] == "自治县"
    assert levels["两江新区"] == "功能区"
    assert sum(1 for v in levels.values() if v == "区") == 26
    assert sum(1 for v in levels.values() if v == "功能区") == 3


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("开县", "开州区"),
        ("梁平县", "梁平区"),
        ("武隆县", "武隆区"),
        ("璧山县", "璧山区"),
        ("万盛区", "綦江区"),
        ("双桥区", "大足区"),
        ("彭水县", "彭水苗族土家族自治县"),
        ("石柱", "石柱土家族自治县"),
        ("西部科学城重庆高新区", "重庆高新区"),
        ("万州", "万州区"),
        ("火星区", None),
    ],
)
def test_canonical_names(surface, expected):
    assert default().canonical(surface) == expected


def test_resolution_by_date():
    gaz = default()
    assert gaz.canonical("江北区", "2024-03-01") == "江北区"
    assert gaz.canonical("江北区", "2025-11-06") == "两江新区"
    assert gaz.canonical("渝北", "2026-01-01") == "两江新区"
    assert gaz.info("两江新区").level_on("2026-01-01") == "区"
    assert gaz.info("两江新区").level_on("2024-01-01") == "功能区"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重点推进江北区长安三工厂、渝中区长滨路片区", ["江北区", "渝中区"]),
        ("2022年,江北中学思源校区建成", []),
        ("乘客从江北机场出发", ["渝北区"]),
        ("领头带动万开一体化、万开云同城化发展", []),
        ("竣工巫山开高速开州段", ["开州区"]),
        ("两江生命科技城规划展示中心", []),
        ("具备两江新区、重庆高新区“三区共融”优势", ["两江新区", "重庆高新区"]),
        ("提升涪陵、长寿、南川综合实力", ["涪陵区", "长寿区", "南川区"]),
        ("祝老人健康长寿", []),
        ("召开县委常委会", []),
        ("擦亮大足石刻名片", ["大足区"]),
        ("建设千亿高新区", []),
        ("巫山县下庄村", ["巫山县"]),
    ],
)
def test_mentions_in_text(text, expected):
    assert default().names_in(text) == expected


def test_loads_a_given_file(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("districts:\n  - {name: 甲区, short: 甲, level: 区}\n", encoding="utf-8")
    gaz = Gazetteer.load(path)
    assert gaz.names == ("甲区",)
    assert gaz.names_in("甲区的事") == ["甲区"]


def test_config_can_point_to_another_gazetteer(tmp_path):
    from cqnews_site.config import Config
    from cqnews_site.gazetteer import for_config

    path = tmp_path / "g.yaml"
    path.write_text("districts:\n  - {name: 乙县, short: 乙, level: 县}\n", encoding="utf-8")
    assert for_config(Config(extra={"gazetteer": str(path)})).names == ("乙县",)
    assert for_config(Config()) is default()
