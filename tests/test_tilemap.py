"""The districts at a glance: a tile map per year that follows the gazetteer over time,
agrees with ``data/tilemap.json``, switches years without script, and whose layout file is
checked against the gazetteer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

import site_checks
from cqnews_site.config import Config
from cqnews_site.inputs import gazetteer, tiles
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Archive, District, Page, Story
from cqnews_site.output import writer
from cqnews_site.site import render
from site_checks import BLOCKING, axe_violations

FIGURE = re.compile(r'<figure class="tilemap-year[^"]*" id="tilemap-(\d{4})">(.*?)</figure>', re.S)
TILE = re.compile(r'<a class="tile t(\d)" href="([^"]+)" data-unit="([^"]+)" data-count="(\d+)">')


def _districts() -> tuple[District, ...]:
    return tuple(
        District(d.name, d.short, d.level, since=d.since, until=d.until,
                 predecessors=d.predecessors, successors=d.successors,
                 level_changes=d.level_changes)
        for d in gazetteer.with_history(gazetteer.default().districts)
    )


# (date, districts named): 开县 before 2016, 江北区 before its end in 2025, 两江新区 after.
STORIES = (
    ("2015-03-02", ("开县",)), ("2015-09-30", ("开县", "渝北区")),
    ("2025-06-01", ("江北区",)), ("2025-12-20", ("两江新区",)),
    ("2026-01-10", ("两江新区", "万州区")), ("2026-02-01", ("两江新区",)),
)


def made_up_archive() -> Archive:
    """Six stories in 2015, 2025 and 2026 naming units the gazetteer changed over time."""
    stories = tuple(
        Story(id=f"s{i}", source="a.txt", position=i, line=1, headline=f"报道{i}", date=date,
              paragraphs=("正文。",), districts=names)
        for i, (date, names) in enumerate(STORIES)
    )
    page = Page("a.txt", "d", None, None, None, (), stories)
    return Archive(pages=(page,), stories=stories, people=(), districts=_districts())


def _maps(html: str) -> dict[int, dict[str, tuple[int, int, str]]]:
    """year → unit → (shade, count, href) as drawn."""
    return {int(year): {unit: (int(cls), int(count), href)
                        for cls, href, unit, count in TILE.findall(body)}
            for year, body in FIGURE.findall(html)}


@pytest.fixture(scope="module")
def made_up_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tilemap") / "site"
    config = Config(out=out)
    writer.write_site(render.render_site(made_up_archive(), config), config)
    return out


def test_each_year_shows_the_units_of_its_time(made_up_site):
    for page in ("index.html", "districts/index.html"):
        maps = _maps((made_up_site / page).read_text(encoding="utf-8"))
        assert sorted(maps) == [2015, 2025, 2026]
        assert "开县" in maps[2015] and "开州区" not in maps[2015]
        assert maps[2015]["开县"][1] == 2 and maps[2015]["渝北区"][1] == 1
        for year in (2025, 2026):  # the 2025 map shows the units of 2025-12-20
            assert "两江新区" in maps[year]
            assert "江北区" not in maps[year] and "渝北区" not in maps[year]
            assert "开州区" in maps[year] and "开县" not in maps[year]
        assert maps[2026]["两江新区"][1] == 2


def test_stories_of_a_unit_not_on_the_map_are_listed_under_it(made_up_site):
    html = (made_up_site / "index.html").read_text(encoding="utf-8")
    body = dict(FIGURE.findall(html))["2025"]
    assert re.search(r"不在本年图中的区县：<a href=\"[^\"]+\">江北区</a> 1 篇", body)


def test_tiles_agree_with_tilemap_json_and_link_to_district_pages(made_up_site):
    data = json.loads((made_up_site / "data" / "tilemap.json").read_text(encoding="utf-8"))
    maps = _maps((made_up_site / "districts" / "index.html").read_text(encoding="utf-8"))
    assert sorted(data["years"]) == [str(y) for y in sorted(maps)]
    for year, drawn in maps.items():
        entry = data["years"][str(year)]
        assert {u: c for u, (_, c, _) in drawn.items()} == entry["tiles"]
        for _unit, (_, _, href) in drawn.items():
            assert (made_up_site / "districts" / unquote(href)).resolve().is_file()
    assert data["years"]["2025"]["not_on_map"] == {"江北区": 1}
    shades = {c: cls for drawn in maps.values() for _, (cls, c, _) in drawn.items()}
    assert shades[0] == 0 and shades[2] > shades[1] > 0  # more stories, darker tile


def test_seed_site_tile_counts_agree_with_tilemap_json(seed_site):
    data = json.loads((seed_site / "data" / "tilemap.json").read_text(encoding="utf-8"))
    maps = _maps((seed_site / "index.html").read_text(encoding="utf-8"))
    assert maps and sorted(data["years"]) == [str(y) for y in sorted(maps)]
    for year, drawn in maps.items():
        assert {u: c for u, (_, c, _) in drawn.items()} == data["years"][str(year)]["tiles"]
        assert len(drawn) == 41  # 38 区县 and three functional zones in force since 2011


def test_the_packaged_layout_fits_the_gazetteer():
    assert tiles.problems(gazetteer.default()) == ()


def test_layout_problems_name_the_file_and_the_unit():
    layout, found = tiles.parse(
        "tiles:\n"
        "  - {row: 0, col: 0, units: [开州区, 开县]}\n"
        "  - {row: 0, col: 1, units: [火星区]}\n"
        "  - {row: 1, col: 0, units: [江北区, 两江新区]}\n"
        "  - {row: 1, col: 1}\n",
        source="tiles.yaml",
    )
    assert [str(d) for d in found] == [
        "tiles.yaml: warning: tile 4 is not {row: N, col: N, units: [...]} "
        "(write it as the other tiles are; it is left out)"]
    problems = [str(d) for d in tiles.check(layout, gazetteer.with_history(
        gazetteer.default().districts))]
    assert "tiles.yaml:3: warning: tile unit 火星区 is not in the gazetteer" in problems[0]
    assert problems[1].startswith("tiles.yaml:4: warning: 江北区 and 两江新区 share a tile")
    missing = [p for p in problems if "has no tile" in p]
    assert "tiles.yaml: warning: gazetteer unit 万州区 has no tile" in missing[0]
    assert not any("开州区 has no tile" in p or "开县 has no tile" in p for p in problems)


def test_a_layout_problem_is_a_build_warning(monkeypatch, tmp_path):
    bad = tmp_path / "tiles.yaml"
    bad.write_text(tiles.DATA_FILE.read_text(encoding="utf-8").replace(
        "[城口县]", "[城口县, 火星区]"), encoding="utf-8")
    monkeypatch.setattr(tiles, "DATA_FILE", bad)
    tiles.default.cache_clear()
    try:
        found = [str(d) for d in Resources.load(Config()).diagnostics]
    finally:
        tiles.default.cache_clear()
    assert found == [f"{tiles.SOURCE}:20: warning: tile unit 火星区 is not in the gazetteer "
                     "(spell it as the gazetteer does, or remove it; it is not drawn)"]


@pytest.fixture
def served(made_up_site):
    with site_checks.served(made_up_site) as base:
        yield base


def _visible_years(page) -> list[str]:
    return [f.get_attribute("id") for f in page.locator(".tilemap-year").all() if f.is_visible()]


@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_year_selector_switches_maps_in_chromium(chromium, served, script, tmp_path_factory):
    shots = tmp_path_factory.mktemp("tilemap-shots")
    context = chromium.new_context(java_script_enabled=script, viewport={"width": 390,
                                                                         "height": 900})
    try:
        page = context.new_page()
        for path in ("index.html", "districts/index.html"):
            page.goto(served + path)
            assert _visible_years(page) == ["tilemap-2026"]  # the latest year by default
            page.get_by_role("link", name="2015", exact=True).click()
            assert _visible_years(page) == ["tilemap-2015"]
            assert page.locator("#tilemap-2015 [data-unit='开县']").is_visible()
            page.locator(".tilemap").screenshot(path=shots / f"{path[:5]}-{script}.png")
            if script:
                blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
                assert not blocking, blocking
    finally:
        context.close()
