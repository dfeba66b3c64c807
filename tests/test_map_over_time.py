"""The map changes: made-up pages dated on both sides of each change, built end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cqnews_site.build import build
from cqnews_site.config import Config

PAGES = {
    "2015_kaixian.txt": (
        "---\ndate: 2015-03-10\n---\n## 开县召开重点项目推进会\n\n"
        "本报讯（记者 张小明）3月9日，开县召开重点项目推进会。县委书记李明德主持会议。\n"
    ),
    "2017_kaizhou.txt": (
        "---\ndate: 2017-03-10\n---\n## 开州区召开重点项目推进会\n\n"
        "本报讯（记者 张小明）3月9日，开州区召开重点项目推进会，开县老城区改造同步推进。\n"
    ),
    "2024_jiangbei.txt": (
        "## 江北区推进城市更新\n\n"
        "本报讯（记者 李大为）2024年5月6日，江北区召开城市更新工作会。区委书记王建强出席。\n"
    ),
    "2026_jiangbei.txt": (
        "## 观音桥商圈焕新\n\n"
        "本报讯（记者 李大为）2026年1月9日，江北观音桥商圈改造完成，市民纷纷前来打卡。\n"
    ),
    "2010_wansheng.txt": (
        "## 万盛区召开工作会\n\n本报讯（记者 周小红）2010年8月2日，万盛区召开工作会。\n"
    ),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("map")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text in PAGES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    config = Config(seeds=seeds, out=root / "site", cache=root / "cache",
                    entities=root / "entities.yaml", jobs=1)
    result = build(config)
    assert not result.errors, result.errors
    by_source = {s.source: s for s in result.archive.stories}
    return config.out, by_source, result.archive


def _data(out: Path, name: str):
    return json.loads((out / "data" / name).read_text(encoding="utf-8"))


def test_names_resolve_to_the_units_of_their_time(site):
    out, stories, _ = site
    assert stories["2015_kaixian.txt"].districts == ("开县",)
    assert stories["2017_kaizhou.txt"].districts == ("开州区",)  # 开县 in 2017 is 开州区
    assert stories["2024_jiangbei.txt"].districts == ("江北区",)
    assert stories["2026_jiangbei.txt"].districts == ("两江新区",)
    assert stories["2010_wansheng.txt"].districts == ("万盛区",)
    json_districts = {s["source"]: s["districts"] for s in _data(out, "stories.json")}
    assert json_districts["2026_jiangbei.txt"] == ["两江新区"]


def test_place_notes_say_what_changed(site):
    _, stories, _ = site
    (note,) = stories["2026_jiangbei.txt"].place_notes
    assert (note.surface, note.district) == ("江北", "两江新区")
    assert "2025年11月6日" in note.note and "两江新区" in note.note
    (note,) = stories["2024_jiangbei.txt"].place_notes
    assert note.district == "江北区" and "今属两江新区" in note.note
    (note,) = stories["2015_kaixian.txt"].place_notes
    assert note.district == "开县" and "开州区" in note.note
    (note,) = stories["2017_kaizhou.txt"].place_notes
    assert note.surface == "开县" and note.district == "开州区"


def test_district_records_link_the_chain(site):
    out, _, _ = site
    districts = {d["name"]: d for d in _data(out, "districts.json")}
    assert districts["开县"]["until"] == "2016-06-08"
    assert districts["开县"]["successors"] == ["开州区"]
    assert "开县" in districts["开州区"]["predecessors"]
    assert set(districts["万盛区"]["successors"]) == {"綦江区", "万盛经开区"}
    assert districts["两江新区"]["level_changes"] == [{"level": "区", "since": "2025-11-06"}]
    assert set(districts["两江新区"]["predecessors"]) >= {"江北区", "渝北区"}
    # A former unit nobody mentions gets no page of its own.
    assert "梁平县" not in districts


def test_posts_carry_the_unit_of_their_time(site):
    out, _, _ = site
    titles = {p["title"]: p for p in _data(out, "posts.json")}
    assert [h["name"] for h in titles["开县委书记"]["holders"]] == ["李明德"]
    assert titles["开县委书记"]["district"] == "开县"
    assert [h["name"] for h in titles["江北区委书记"]["holders"]] == ["王建强"]


def test_pages_are_produced_for_historical_units(site):
    out, _, archive = site
    pages = {p.relative_to(out).as_posix() for p in out.rglob("*.html")}
    district_pages = [p for p in pages if p.startswith("districts/") and "开县" in p]
    assert district_pages, sorted(p for p in pages if p.startswith("districts/"))
    html = (out / district_pages[0]).read_text(encoding="utf-8")
    assert "开州区" in html and "2016" in html
    story = next(s for s in archive.stories if s.source == "2026_jiangbei.txt")
    story_html = next(
        (out / p).read_text(encoding="utf-8") for p in pages
        if p.startswith("stories/") and story.id in p
    )
    assert "两江新区" in story_html and "2025年11月6日" in story_html
