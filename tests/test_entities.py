"""Editors' corrections: merge, block, add, set district; bad entries are reported by line."""

from __future__ import annotations

from cqnews_site.inputs.entities import load, parse
from cqnews_site.model.records import Item, Mention, Page, Story


def page(*stories: Story) -> Page:
    return Page(source="p.txt", digest="d", year=2024, year_evidence=None, banner=None,
                noise=(), stories=stories)


def story(people=(), items=(), text="正文") -> Story:
    return Story(id="s1", source="p.txt", position=0, line=1, headline="标题",
                 paragraphs=(text,), people=tuple(people), items=tuple(items))


def test_missing_file_means_no_corrections(tmp_path):
    corrections, diags = load(tmp_path / "entities.yaml")
    assert not corrections
    assert diags == []


def test_malformed_entries_are_reported_with_line_and_skipped():
    text = (
        "merge:\n"
        "  - {name: 王俊, district: 北碚区, aliases: [王 俊]}\n"
        "  - {name: 李四}\n"
        "block:\n"
        "  - 殷殷\n"
        "  - {name: 安三, district: 火星区}\n"
        "colour: []\n"
    )
    corrections, diags = parse(text, "entities.yaml")
    assert len(corrections.merges) == 1
    assert [b.name for b in corrections.blocks] == ["殷殷"]
    assert [(d.source, d.line) for d in diags] == [
        ("entities.yaml", 3), ("entities.yaml", 6), ("entities.yaml", 7)]
    assert all(d.severity == "warning" and d.hint for d in diags)
    assert "火星区" in diags[1].message


def test_invalid_yaml_is_one_diagnostic():
    corrections, diags = parse("merge: [\n", "entities.yaml")
    assert not corrections
    assert len(diags) == 1 and diags[0].line


def test_block_set_district_and_merge():
    text = (
        "block:\n  - 殷殷\n"
        "district:\n  - {name: 周树云, district: 大足区}\n"
        "merge:\n  - {name: 王俊, district: 北碚区, aliases: [王俊同志]}\n"
    )
    corrections, diags = parse(text)
    assert diags == []
    s = story(people=[Mention("殷殷"), Mention("周树云", ("副书记",)), Mention("王俊同志")])
    [out] = corrections.apply([page(s)])
    people = out.stories[0].people
    assert [m.name for m in people] == ["周树云", "王俊"]
    assert people[0].district == "大足区" and people[0].person_id == "周树云-大足区"
    assert people[1].person_id == "王俊-北碚区"


def test_add_where_the_name_is_printed():
    corrections, _ = parse("add:\n  - {name: 张三, titles: [村支书], district: 北碚区}\n")
    item = Item(heading="小标题", anchor="a", line=3, paragraphs=("张三说，今年很好。",))
    s = story(items=[item], text="没有名字")
    [out] = corrections.apply([page(s)])
    assert out.stories[0].people == ()
    [m] = out.stories[0].items[0].people
    assert (m.name, m.titles, m.district) == ("张三", ("村支书",), "北碚区")
