"""Posts over time: normalised titles, holders in date order, conflicts."""

from __future__ import annotations

import pytest

from cqnews_site.index import posts
from cqnews_site.inputs import gazetteer
from cqnews_site.model.records import Archive, Person, Sighting, Story
from cqnews_site.site import data as site_data


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.default()


@pytest.mark.parametrize(
    "title, district, previous, expected",
    [
        ("区委书记", "北碚区", None, ("北碚区委书记", "北碚区", "区委书记")),
        ("区长", "北碚区", None, ("北碚区区长", "北碚区", "区长")),
        ("副区长", "北碚区", None, ("北碚区副区长", "北碚区", "副区长")),
        ("区政协主席", "北碚区", None, ("北碚区政协主席", "北碚区", "区政协主席")),
        ("万州区区长", "万州区", None, ("万州区区长", "万州区", "区长")),
        ("彭水县委书记", "彭水苗族土家族自治县", None,
         ("彭水苗族土家族自治县委书记", "彭水苗族土家族自治县", "县委书记")),
        ("县委书记", "石柱土家族自治县", None,
         ("石柱土家族自治县委书记", "石柱土家族自治县", "县委书记")),
        ("主席", "大足区", "大足区政协党组书记", ("大足区政协主席", "大足区", "政协主席")),
        ("管委会主任", "重庆高新区", "西部科学城重庆高新区党工委书记",
         ("重庆高新区管委会主任", "重庆高新区", "管委会主任")),
        ("市委书记", None, None, ("市委书记", None, "市委书记")),
        ("赛力斯集团董事长", None, None, ("赛力斯集团董事长", None, "赛力斯集团董事长")),
    ],
)
def test_titles_are_normalised_with_their_unit(gaz, title, district, previous, expected):
    assert posts.normalise_title(title, district, previous, gaz, "2024-01-01") == expected


def _story(story_id: str, date: str | None) -> Story:
    return Story(id=story_id, source="p.txt", position=0, line=1, headline=story_id, date=date)


def _person(pid: str, name: str, *sightings: tuple[str, str | None, tuple[str, ...], str]):
    return Person(id=pid, name=name, district="北碚区", sightings=tuple(
        Sighting(story_id=s, anchor=None, date=d, titles=t, district=dist)
        for s, d, t, dist in sightings
    ))


def _archive(*people: Person) -> Archive:
    ids = {s.story_id: s.date for p in people for s in p.sightings}
    return Archive(pages=(), stories=tuple(_story(i, d) for i, d in sorted(ids.items())),
                   people=people, districts=())


def test_holders_in_date_order_with_first_and_last_dates(gaz):
    archive = posts.derive_posts(_archive(
        _person("p1", "王甲", ("s1", "2020-03-01", ("区委书记",), "北碚区"),
                ("s2", "2021-06-01", ("区委书记",), "北碚区")),
        _person("p2", "李乙", ("s3", "2022-01-05", ("区委书记",), "北碚区"),
                ("s4", "--05-01", ("区委书记",), "北碚区")),
    ), gaz)
    (post,) = [p for p in archive.posts if p.title == "北碚区委书记"]
    assert post.single and post.leading == "书记" and post.district == "北碚区"
    assert [(t.name, t.first, t.last) for t in post.holders] == [
        ("王甲", "2020-03-01", "2021-06-01"), ("李乙", "2022-01-05", "2022-01-05")]
    assert post.holders[1].story_ids == ("s4", "s3")  # undated sighting kept, sorted first
    assert archive.conflicts == ()


def test_overlapping_holders_of_a_single_post_are_a_conflict_and_a_warning(gaz):
    archive = posts.derive_posts(_archive(
        _person("p1", "王甲", ("s1", "2023-01-01", ("区长",), "北碚区"),
                ("s2", "2023-06-01", ("区长",), "北碚区")),
        _person("p2", "李乙", ("s3", "2023-03-01", ("区长",), "北碚区")),
        _person("p3", "赵丙", ("s1", "2023-01-01", ("副区长",), "北碚区")),
        _person("p4", "钱丁", ("s3", "2023-03-01", ("副区长",), "北碚区")),
    ), gaz)
    assert [(c.title, [t.name for t in c.holders]) for c in archive.conflicts] == [
        ("北碚区区长", ["王甲", "李乙"])]
    (warning,) = [d for d in archive.diagnostics if "overlapping" in d.message]
    assert warning.severity == "warning" and "北碚区区长" in warning.message
    data = site_data.conflicts_json(archive)
    assert data[0]["title"] == "北碚区区长" and len(data[0]["holders"]) == 2


def test_many_overlapping_holders_give_one_warning_naming_each(gaz):
    """Four holders, three of them overlapping in pairs and one alone: one warning, not three."""
    archive = posts.derive_posts(_archive(
        _person("p1", "王甲", ("s1", "2020-01-01", ("区长",), "北碚区"),
                ("s2", "2020-12-31", ("区长",), "北碚区")),
        _person("p2", "李乙", ("s3", "2020-03-01", ("区长",), "北碚区")),
        _person("p3", "赵丙", ("s4", "2020-06-01", ("区长",), "北碚区"),
                ("s5", "2021-02-01", ("区长",), "北碚区")),
        _person("p4", "钱丁", ("s6", "2022-05-01", ("区长",), "北碚区")),
    ), gaz)
    (conflict,) = archive.conflicts
    assert [t.name for t in conflict.holders] == ["王甲", "李乙", "赵丙"]
    warnings = [d for d in archive.diagnostics if "overlapping" in d.message]
    assert len(warnings) == 1
    assert all(name in warnings[0].message for name in ("王甲", "李乙", "赵丙"))
    assert "钱丁" not in warnings[0].message
    assert warnings[0].message.startswith("3 holders of 北碚区区长")


def test_a_warning_names_ten_holders_and_counts_the_rest(gaz):
    people = [
        _person(f"p{n:02d}", f"人{n:02d}", (f"s{n}", f"2020-01-{n + 1:02d}", ("区长",), "北碚区"),
                (f"t{n}", "2020-12-31", ("区长",), "北碚区"))
        for n in range(14)
    ]
    archive = posts.derive_posts(_archive(*people), gaz)
    (conflict,) = archive.conflicts
    assert len(conflict.holders) == 14
    (warning,) = [d for d in archive.diagnostics if "overlapping" in d.message]
    assert "人09" in warning.message and "人10" not in warning.message
    assert warning.message.endswith("and 4 more (all in data/conflicts.json)")
    assert len(site_data.conflicts_json(archive)[0]["holders"]) == 14


@pytest.mark.parametrize(
    "spans, overlapping",
    [
        ([("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-06-01")], set()),  # end to end
        ([("2020-01-01", "2020-12-31"), ("2020-12-31", "2021-06-01")], {0, 1}),  # one shared day
        # A long tenure overlaps two short ones that never overlap each other.
        ([("2020-01-01", "2022-01-01"), ("2020-02-01", "2020-03-01"),
          ("2021-02-01", "2021-03-01")], {0, 1, 2}),
        # An early short tenure, then a long one that starts after it ends, then one inside.
        ([("2019-01-01", "2019-02-01"), ("2019-03-01", "2022-01-01"),
          ("2020-01-01", "2020-02-01")], {1, 2}),
    ],
)
def test_the_sweep_finds_exactly_the_overlapping_holders(spans, overlapping):
    from cqnews_site.model.records import Post, Tenure

    holders = tuple(Tenure(f"p{i}", f"人{i}", a, b) for i, (a, b) in enumerate(spans))
    conflict = posts._conflict(Post("x", "北碚区区长", "北碚区", "区长", True, None, holders))
    brute = {i for i, t in enumerate(holders) for j, u in enumerate(holders)
             if i != j and t.first <= u.last and u.first <= t.last}
    assert brute == overlapping
    found = {int(t.person_id[1:]) for t in conflict.holders} if conflict else set()
    assert found == overlapping


def test_posts_json_is_plain_data(gaz):
    archive = posts.derive_posts(_archive(
        _person("p1", "王甲", ("s1", "2020-03-01", ("区委书记", "区长"), "北碚区"))), gaz)
    data = site_data.posts_json(archive)
    assert {p["title"] for p in data} == {"北碚区委书记", "北碚区区长"}
    assert all(isinstance(h["story_ids"], list) for p in data for h in p["holders"])
