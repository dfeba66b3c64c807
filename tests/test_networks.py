"""Who appears with whom: co-mention networks counted in the index, drawn on person and
district pages as inline SVG that agrees with ``data/networks.json``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

from cqnews_site.config import Config
from cqnews_site.index.lookups import index_archive
from cqnews_site.index.networks import co_mentions, group_network, person_network
from cqnews_site.model.records import Archive, Item, Mention, Page, Person, Sighting, Story
from cqnews_site.site import render
from site_checks import BLOCKING, axe_violations, served

SVG = re.compile(r'<svg class="network-svg".*?</svg>', re.S)


def _network_svg(html: str) -> str | None:
    found = SVG.search(html)
    return found.group(0) if found else None


def _node_ids(svg: str) -> list[str]:
    return re.findall(r'<a class="node[^"]*" href="[^"]*"[^>]*data-id="([^"]*)"', svg)


def _edge_weights(svg: str) -> list[int]:
    """The weight of every edge drawn: a path of one weight draws an edge per "M"."""
    paths = re.findall(r'<path class="edge[^"]*" d="([^"]*)"[^>]*data-weight="(\d+)"', svg)
    return [int(w) for d, w in paths for _ in range(d.count("M"))]


def test_a_pair_counts_once_per_story_and_only_within_one_unit():
    units = {
        ("s1", None): frozenset({"a", "b"}),
        ("s1", "item-1"): frozenset({"a", "b", "c"}),  # same story: a–b still 1
        ("s1", "item-2"): frozenset({"d"}),  # d is in another item: not with a
        ("s2", None): frozenset({"a", "b"}),
    }
    weights = co_mentions(units)
    assert weights["a"] == {"b": 2, "c": 1}
    assert weights["c"] == {"a": 1, "b": 1}
    assert "d" not in weights


def test_a_person_network_keeps_the_top_partners_ties_broken_by_id():
    weights = {"ego": {"z": 3, "b": 1, "a": 1, "c": 1}, "a": {"ego": 1, "z": 2},
               "z": {"ego": 3, "a": 2}, "b": {"ego": 1}, "c": {"ego": 1}}
    net = person_network("ego", weights, limit=3)
    assert net.nodes == ("ego", "z", "a", "b")  # c loses the tie to a and b
    assert set(net.edges) == {("ego", "z", 3), ("ego", "a", 1), ("ego", "b", 1), ("z", "a", 2)}
    assert person_network("alone", {"alone": {}}) is None


def test_a_group_network_needs_two_linked_members():
    weights = {"a": {"b": 2, "x": 5}, "b": {"a": 2}, "x": {"a": 5}}
    net = group_network(["a", "b", "c"], weights)
    assert net.nodes == ("a", "b") and net.edges == (("a", "b", 2),)  # x is not a member
    assert group_network(["a", "c"], weights) is None


def _story(sid: str, people: tuple[Mention, ...], items: tuple[Item, ...] = ()) -> Story:
    return Story(id=sid, source="a.txt", position=int(sid[1:]), line=1, headline=f"报道{sid}",
                 date="2024-03-01", paragraphs=("正文。",), people=people, items=items,
                 districts=("北碚区",))


def _person(pid: str, name: str, stories: list[tuple[str, str | None]]) -> Person:
    return Person(pid, name, "北碚区",
                  tuple(Sighting(s, a, "2024-03-01", ("副区长",), "北碚区") for s, a in stories))


def _made_up_archive() -> Archive:
    """Three officials: 甲 and 乙 together in two stories, 丙 only in an item with 甲."""
    jia, yi, bing = (Mention(n, ("副区长",), "北碚区", f"p-{i}")
                     for i, n in (("jia", "甲一"), ("yi", "乙二"), ("bing", "丙三")))
    stories = (
        _story("s0", (jia, yi)),
        _story("s1", (jia, yi), (Item("小节", "item-1", 3, paragraphs=("段。",),
                                     people=(jia, bing)),)),
        _story("s2", (bing,)),
    )
    people = (
        _person("p-bing", "丙三", [("s1", "item-1"), ("s2", None)]),
        _person("p-jia", "甲一", [("s0", None), ("s1", None), ("s1", "item-1")]),
        _person("p-yi", "乙二", [("s0", None), ("s1", None)]),
    )
    page = Page("a.txt", "d", 2024, None, None, (), stories)
    return Archive(pages=(page,), stories=stories, people=people, districts=())


def test_made_up_archive_pages_draw_the_counted_network():
    index = index_archive(_made_up_archive())
    assert index.networks.people["p-jia"].edges == (("p-jia", "p-yi", 2), ("p-jia", "p-bing", 1))
    files = render.render_site(index, Config())
    data = json.loads(files["data/networks.json"])
    assert data["people"]["p-bing"] == {"nodes": ["p-bing", "p-jia"], "edges": [[0, 1, 1]]}
    district = data["districts"]["北碚区"]
    assert sorted(district["nodes"]) == ["p-bing", "p-jia", "p-yi"]
    svg = _network_svg(files["districts/北碚区.html"].decode())
    assert sorted(_node_ids(svg)) == ["p-bing", "p-jia", "p-yi"]
    assert sorted(_edge_weights(svg)) == [1, 2]
    page = files["people/p-jia.html"].decode()
    assert "乙二</a> — <span class=\"count\">2 篇" in page  # the list says what the lines say


def _check_pages(site: Path, kind: str, networks: dict) -> int:
    """Every page of ``kind``: drawn exactly when networks.json has its network, with the
    same nodes in the same order and the same edge weights; every node a working link."""
    checked = 0
    for path in sorted((site / kind).glob("*.html")):
        svg = _network_svg(path.read_text(encoding="utf-8"))
        found = networks.get(unquote(path.stem))
        if found is None:
            assert svg is None, f"{path.name}: a picture without a network in networks.json"
            continue
        assert svg is not None, f"{path.name}: network in networks.json but not drawn"
        assert _node_ids(svg) == found["nodes"]
        assert sorted(_edge_weights(svg)) == sorted(w for _, _, w in found["edges"])
        for href in re.findall(r'<a class="node[^"]*" href="([^"]+)"', svg):
            assert (path.parent / unquote(href)).resolve().is_file(), f"{path.name}: {href}"
        checked += 1
    return checked


def test_seed_site_pictures_agree_with_networks_json(seed_site):
    data = json.loads((seed_site / "data" / "networks.json").read_text(encoding="utf-8"))
    assert len(data["people"]) > 10
    assert _check_pages(seed_site, "people", data["people"]) == len(data["people"])
    assert data["districts"], "the seeds name officials of one district together"
    assert _check_pages(seed_site, "districts", data["districts"]) == len(data["districts"])


def test_networks_in_chromium_at_both_widths(chromium, seed_site, tmp_path_factory):
    """The pictures show, a node leads to its person, axe finds nothing serious; person,
    district, home and districts index pages are photographed at 1280 and 390 px."""
    shots = tmp_path_factory.mktemp("network-shots")
    data = json.loads((seed_site / "data" / "networks.json").read_text(encoding="utf-8"))
    person = max(sorted(data["people"]), key=lambda k: len(data["people"][k]["nodes"]))
    district = sorted(data["districts"])[0]
    paths = {"person": f"people/{person}.html", "district": f"districts/{district}.html",
             "home": "index.html", "districts": "districts/index.html"}
    with served(seed_site) as base:
        for width in (1280, 390):
            page = chromium.new_page(viewport={"width": width, "height": 900})
            for kind, path in paths.items():
                page.goto(base + path)
                page.screenshot(path=shots / f"{kind}-{width}.png", full_page=True)
                assert page.evaluate("document.scrollingElement.scrollWidth") <= width
                blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
                assert not blocking, (path, blocking)
                if kind in ("person", "district"):
                    picture = page.locator(".network-svg")
                    assert picture.is_visible() and picture.bounding_box()["width"] > 250
                    nodes = data["people"][person] if kind == "person" else \
                        data["districts"][district]
                    assert picture.locator("a.node").count() == len(nodes["nodes"])
            page.goto(base + paths["district"])
            last = page.locator(".network-svg a.node").last
            name = last.locator("text").text_content()
            last.click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text() == name
            page.close()
