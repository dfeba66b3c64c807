"""Archive building on the real pipeline output of the seed pages, and on made-up pages."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cqnews_site.analyse import segmenter
from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.index.archive import build_archive
from cqnews_site.inputs import reader
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Mention, Page, Story
from cqnews_site.site.data import districts_json, people_json

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> Config:
    root = tmp_path_factory.mktemp("proj")
    return Config(cache=root / ".cache", entities=root / "entities.yaml")


@pytest.fixture(scope="module")
def pages(config) -> list[Page]:
    tagger = Tagger.load(Resources.load(config))
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        source, _ = reader.read_file(path, SEEDS)
        out.append(tagger.tag_page(segmenter.segment(source)))
    return out


def test_archive_from_seeds(pages, config):
    archive = build_archive(pages, Resources.load(config), ())
    keys = [(s.source, s.position) for s in archive.stories]
    assert keys == sorted(keys)
    assert [p.id for p in archive.people] == sorted(p.id for p in archive.people)
    ids = {s.id for s in archive.stories}
    for person in archive.people:
        assert {s.story_id for s in person.sightings} <= ids
        assert set(person.reported) <= ids
    # Reporters are people of the archive, marked as such, and not story people.
    reporters = [p for p in archive.people if p.is_reporter]
    assert reporters and all(p.reported or p.photographed for p in reporters)
    story_names = {m.name for s in archive.stories for m in s.people}
    byline_names = {n for s in archive.stories for n in s.reporters}
    assert byline_names and not (byline_names & story_names)
    # Districts in gazetteer order, each listing stories that name it.
    by_name = {d.name: d for d in archive.districts}
    assert len(archive.districts) == 41
    for d in archive.districts:
        for sid in d.story_ids:
            story = next(s for s in archive.stories if s.id == sid)
            assert d.name in story.districts
        for pid in d.person_ids:
            assert next(p for p in archive.people if p.id == pid).district == d.name
    assert by_name["北碚区"].story_ids and by_name["北碚区"].person_ids


def test_one_person_per_name_and_district_across_pages(pages, config):
    archive = build_archive(pages, Resources.load(config), ())
    # A bare name with no title joins the only district-scoped person of that name.
    for person in archive.people:
        if person.district is None and not person.is_reporter:
            assert all(s.titles or s.district for s in person.sightings) or not any(
                p.name == person.name and p.district for p in archive.people
            )


def test_json_outputs_are_deterministic(pages, config):
    archive = build_archive(pages, Resources.load(config), ())
    a = json.dumps(people_json(archive), sort_keys=True, ensure_ascii=False)
    b = json.dumps(people_json(build_archive(list(reversed(pages)), Resources.load(config), ())),
                   sort_keys=True, ensure_ascii=False)
    assert a == b
    people = people_json(archive)
    assert all({"id", "name", "seen", "is_reporter"} <= set(p) for p in people)
    assert any(p["is_reporter"] for p in people)
    row = next(r for p in people for r in p["seen"] if r["title"])
    assert {"title", "district", "story", "anchor", "date"} <= set(row)
    districts = districts_json(archive)
    assert districts[0]["name"] == archive.districts[0].name
    assert {"name", "short", "level", "stories", "people"} <= set(districts[0])


def made_up_page(people, reporters=()) -> Page:
    s = Story(id="x1", source="a.txt", position=0, line=1, headline="标题", paragraphs=("文",),
              people=tuple(people), reporters=tuple(reporters), districts=("北碚区",))
    return Page(source="a.txt", digest="d", year=2024, year_evidence=None, banner=None,
                noise=(), stories=(s,))


def test_corrections_applied_and_bad_entries_reported(tmp_path):
    path = tmp_path / "entities.yaml"
    path.write_text("block:\n  - 殷殷\nadd:\n  - {name: 甲乙}\n  - oops\n", encoding="utf-8")
    config = Config(cache=tmp_path / ".cache", entities=path)
    page = made_up_page([Mention("殷殷", (), None, "殷殷"),
                         Mention("王五", ("区长",), "北碚区", "王五-北碚区")], reporters=["赵六"])
    archive = build_archive([page], Resources.load(config), ())
    assert [p.id for p in archive.people] == ["王五-北碚区", "赵六"]
    assert archive.people[1].is_reporter
    assert any(d.line == 5 for d in archive.diagnostics)
    beibei = next(d for d in archive.districts if d.name == "北碚区")
    assert beibei.story_ids == ("x1",) and beibei.person_ids == ("王五-北碚区",)


def test_keywords_on_most_stories_of_a_large_archive_are_dropped(tmp_path):
    config = Config(cache=tmp_path / ".cache", entities=tmp_path / "none.yaml")
    stories = tuple(
        Story(id=f"s{i}", source="a.txt", position=i, line=1, headline="标题",
              paragraphs=("文",),
              keywords=("套话", f"甲{i}", f"乙{i}", f"丙{i}", f"丁{i}", f"戊{i}"))
        for i in range(25)
    )
    page = Page(source="a.txt", digest="d", year=2024, year_evidence=None, banner=None,
                noise=(), stories=stories)
    archive = build_archive([page], Resources.load(config), ())
    assert all("套话" not in s.keywords and len(s.keywords) == 5 for s in archive.stories)
    few = build_archive([made_up_page([])], Resources.load(config), ())
    assert few.stories[0].keywords == ()


def test_a_story_pasted_into_two_files_gets_two_ids(tmp_path):
    config = Config(cache=tmp_path / ".cache", entities=tmp_path / "none.yaml")
    story = Story(id="x1", source="a.txt", position=0, line=1, headline="标题", paragraphs=("文",))
    pages = [Page(source=name, digest="d", year=2024, year_evidence=None, banner=None, noise=(),
                  stories=(replace(story, source=name),)) for name in ("b.txt", "a.txt")]
    archive = build_archive(pages, Resources.load(config), ())
    assert [(s.source, s.id) for s in archive.stories] == [("a.txt", "x1"), ("b.txt", "x1-b")]


def test_each_story_knows_its_place_on_its_page(pages, config):
    from cqnews_site.index.lookups import index_archive

    index = index_archive(build_archive(pages, Resources.load(config)))
    for source, stories in index.by_source.items():
        assert [index.source_at[s.id] for s in stories] == list(range(len(stories))), source
    assert len(index.source_at) == len(index.archive.stories)
