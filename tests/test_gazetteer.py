"""The gazetteer: 41 units, short forms, former names, dates, and the exclusion rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cqnews_site.config import Config
from cqnews_site.inputs import tiles
from cqnews_site.inputs.gazetteer import Gazetteer, default
from cqnews_site.inputs.resources import Resources

SCHEMA = Path(__file__).parent / "gold" / "SCHEMA.md"


def schema_names() -> list[str]:
    """The canonical list printed in the gold schema (read, not copied)."""
    text = SCHEMA.read_text(encoding="utf-8")
    block = text.split("Canonical district names", 1)[1].split(":", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"[\u4e00-\u9fff]+", block.replace("。", ""))


def test_units_in_force_when_the_seeds_were_printed_match_the_schema_in_order():
    assert tuple(d.name for d in default().in_force("2024-06-01")) == tuple(schema_names())


def _levels(date: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for d in default().in_force(date):
        counts[d.level_on(date)] = counts.get(d.level_on(date), 0) + 1
    return counts


def test_levels():
    levels = {d.name: d.level for d in default().districts}
    assert levels["北碚区"] == "区"
    assert levels["城口县"] == "县"
    assert levels["石柱土家族自治县"] == "自治县"
    assert levels["两江新区"] == "功能区"
    assert levels["开县"] == "县"  # a former unit keeps the level it had
    assert _levels("2024-06-01") == {"区": 26, "县": 8, "自治县": 4, "功能区": 3}


def test_the_map_after_2025_11_06_has_25_districts_8_counties_4_autonomous_counties():
    assert _levels("2025-11-06") == {"区": 25, "县": 8, "自治县": 4, "功能区": 2}
    names = {d.name for d in default().in_force("2026-01-01")}
    assert "江北区" not in names and "渝北区" not in names and "两江新区" in names


def test_map_of_2015_has_the_old_counties():
    names = {d.name for d in default().in_force("2015-01-01")}
    assert {"开县", "梁平县", "武隆县", "潼南县", "荣昌县"} <= names
    assert not {"开州区", "梁平区", "武隆区", "潼南区", "荣昌区"} & names
    assert "璧山区" in names and "璧山县" not in names  # changed in 2014


def test_2011_merges():
    gaz = default()
    assert set(gaz.info("万盛区").successors) == {"綦江区", "万盛经开区"}
    assert set(gaz.info("綦江区").predecessors) >= {"綦江县", "万盛区"}
    assert set(gaz.info("大足区").predecessors) >= {"大足县", "双桥区"}
    assert gaz.info("万盛区").until == gaz.info("大足县").until == "2011-10-27"


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


def for_config(config: Config) -> Gazetteer:
    """The gazetteer a build with ``config`` uses."""
    return Resources.load(config).gazetteer


def problems_for_config(config: Config):
    """What the build with ``config`` reports about the editors' files."""
    return Resources.load(config).diagnostics


def test_loads_a_given_file(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("districts:\n  - {name: 甲区, short: 甲, level: 区}\n", encoding="utf-8")
    gaz = Gazetteer.load(path)
    assert gaz.names == ("甲区",)
    assert gaz.names_in("甲区的事") == ["甲区"]


def test_editors_units_are_laid_over_the_packaged_ones(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text(
        "districts:\n"
        "  - {name: 乙新区, short: 乙新, level: 功能区, since: '2027-01-01'}\n"
        "  - {name: 开州区, aliases: [开州城区]}\n"
        "  - {name: 丙县}\n"
        "  - {name: 丁区, level: 省}\n"
        "  - {name: 戊区, level: 区, since: 2027年}\n"
        "  - {name: 己区, level: 区, colour: red}\n"
        "  - {name: 庚区, level: 区, successors: [不存在区]}\n",
        encoding="utf-8",
    )
    config = Config(gazetteer=path)
    gaz = for_config(config)
    assert gaz.info("乙新区").level == "功能区" and gaz.names_in("乙新区建设") == ["乙新区"]
    assert gaz.names_in("开州城区建设") == ["开州区"]  # a correction adds an alias
    assert gaz.info("北碚区") is not None  # the packaged units stay
    problems = problems_for_config(config)
    # A new unit needs a cell on the district tile map (inputs/data/tiles.yaml).
    (no_tile,) = [p for p in problems if p.source == tiles.SOURCE]
    assert "乙新区 has no tile" in no_tile.message
    problems = [p for p in problems if p is not no_tile]
    assert [(p.line, p.severity) for p in problems] == [(4, "warning"), (5, "warning"),
                                                         (6, "warning"), (7, "warning"),
                                                         (8, "warning")]
    assert "needs a level" in problems[0].message and "not one of" in problems[1].message
    assert "not a date" in problems[2].message and "colour" in problems[3].message
    assert "不存在区" in problems[4].message
    assert all(str(p).startswith(f"{path}:") for p in problems)
    assert for_config(Config()) is default() and problems_for_config(Config()) == ()


def test_broken_gazetteer_file_is_one_error_and_changes_nothing(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text("districts:\n  - {name: [oops\n", encoding="utf-8")
    config = Config(gazetteer=path)
    (problem,) = problems_for_config(config)
    assert problem.severity == "error" and problem.line == 3
    assert for_config(config) is default()


def test_bare_jiangbei_is_the_place_but_a_river_bank_is_not():
    gaz = default()
    assert gaz.names_in("江北观音桥商圈改造完成", "2024-01-09") == ["江北区"]
    assert gaz.names_in("江北观音桥商圈改造完成", "2026-01-09") == ["两江新区"]
    assert gaz.names_in("长江北岸、嘉陵江北岸的步道") == []


def test_a_short_name_printed_before_its_unit_existed_is_the_unit_of_its_time():
    """SCHEMA: a page's districts are the divisions of its own date."""
    gaz = default()
    for text, date, unit in (("大足石刻", "2009-05-01", "大足县"), ("大足", "2012-05-01", "大足区"),
                             ("江津", "1983-01-01", "江津县"), ("江津", "2000-01-01", "江津市"),
                             ("黔江", "1991-01-01", "黔江土家族苗族自治县"), ("綦江", "2003-01-01", "綦江县"),
                             ("沙区", "1990-01-01", "沙坪坝区")):
        assert [m.name for m in gaz.find(text, date)] == [unit], (text, date)
    assert [m.name for m in gaz.find("大足")] == ["大足区"]  # no date: today's unit


def test_a_short_name_read_as_the_unit_of_its_time_gets_a_note():
    (note,) = default().place_notes("大足接待游客8万人次", "2009-05-11")
    assert (note.surface, note.district) == ("大足", "大足县")
    assert "大足区设于2011年10月27日" in note.note
    assert default().place_notes("大足接待游客8万人次", "2015-05-11") == []


def test_the_units_the_city_proper_had_before_1995_are_read_on_their_pages():
    # 巴县 became 巴南区 and 江北县 渝北区 on 1994-12-17; 市中区 was renamed 渝中区 in 1995-03.
    gaz = default()
    for text, date, unit in (("巴县鱼洞镇", "1965-03-18", "巴县"), ("巴县", "2000-01-01", "巴南区"),
                             ("江北县两路镇", "1990-01-01", "江北县"),
                             ("江北区观音桥", "1990-01-01", "江北区"),
                             ("重庆市市中区解放碑", "1985-01-01", "市中区"),
                             ("市中区", "2005-01-01", "渝中区")):
        assert [m.name for m in gaz.find(text, date)] == [unit], (text, date)
    assert gaz.find("城市中区域的交通", "1985-01-01") == []  # a city's middle


def test_the_autonomous_counties_were_counties_before_they_were_founded():
    # 酉阳 and 秀山 became autonomous counties in 1983-11, 石柱 and 彭水 in 1984-11.
    gaz = default()
    for text, date, unit in (("石柱县黄水公社", "1982-06-17", "石柱县"), ("彭水", "1982-06-17", "彭水县"),
                             ("秀山县", "1980-01-01", "秀山县"), ("酉阳", "1983-01-01", "酉阳县"),
                             ("石柱县", "2000-01-01", "石柱土家族自治县"),
                             ("彭水", "1990-01-01", "彭水苗族土家族自治县")):
        assert [m.name for m in gaz.find(text, date)] == [unit], (text, date)
    assert [m.name for m in gaz.find("酉阳")] == ["酉阳土家族苗族自治县"]  # no date: today's unit
