"""Incremental output (issue 13): after an edit, a rebuild renders only what depends on it,
and its site is byte for byte the site a forced build of the same inputs makes.

The forced build runs over a copy of the same previous site, since the previous site is
an input (old story addresses get redirect pages)."""

from __future__ import annotations

import dataclasses
import filecmp
import inspect
import json
import os
import shutil
from pathlib import Path

import jinja2
import pytest
from markupsafe import Markup

from cqnews_site import build
from cqnews_site.config import Config
from cqnews_site.inputs.resources import TEMPLATES
from cqnews_site.model.records import Mention, Person, Sighting, Story
from cqnews_site.output import stamp
from cqnews_site.output.files import UNCHANGED, FolderFiles
from cqnews_site.site import cite, data, dependencies, urls, views
from cqnews_site.site.dependencies import Record, TemplateDigests, UrlDigests, ValueDigest

PROJECT = Path(__file__).resolve().parents[1]
ARTICLE = """---
date: 2024-03-05
---

## 北碚区召开乡村振兴工作推进会

本报讯（记者 张三）3月5日，北碚区召开乡村振兴工作推进会，区委书记王小明出席会议并讲话。

会议要求，各镇街要抓好春耕生产，推进农村人居环境整治。
"""


def _tree(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}


def assert_same_sites(a: Path, b: Path) -> None:
    """The two folders hold the same paths with the same bytes."""
    ta, tb = _tree(a), _tree(b)
    assert sorted(ta) == sorted(tb)
    different = [p for p in ta if not filecmp.cmp(ta[p], tb[p], shallow=False)]
    assert different == []


@pytest.fixture(scope="module")
def first_site(tmp_path_factory) -> Path:
    """Seeds, three dev pages and an article, built once; each test copies the result."""
    root = tmp_path_factory.mktemp("incremental")
    seeds = root / "seeds"
    seeds.mkdir()
    for name in sorted(os.listdir(PROJECT / "seeds"))[:3]:
        shutil.copy(PROJECT / "seeds" / name, seeds)
    for name in ("d01.txt", "d05.txt", "d07.md"):
        shutil.copy(PROJECT / "tests" / "dev" / "pages" / name, seeds)
    (seeds / "article.md").write_text(ARTICLE, encoding="utf-8")
    (root / "entities.yaml").write_text("", encoding="utf-8")
    (root / "templates").mkdir()
    result = build.build(_config(root))
    assert result.kept == 0 and not result.errors
    return root


def _config(root: Path, **changes) -> Config:
    return Config(seeds=root / "seeds", out=root / "site", cache=root / "cache",
                  entities=root / "entities.yaml", templates=root / "templates", jobs=1,
                  **changes)


@pytest.fixture
def work(first_site, tmp_path) -> Path:
    """A copy of the inputs and the analysis cache, built once (nothing analysed again)."""
    root = tmp_path / "w"
    shutil.copytree(first_site, root, symlinks=True)
    shutil.rmtree(root / "site")
    shutil.rmtree(root / "cache" / "builds")
    assert build.build(_config(root)).kept == 0
    return root


def rebuild_and_compare(root: Path, **changes) -> tuple[build.BuildResult, set[str]]:
    """Rebuild incrementally; force a build of the same inputs over a copy of the same
    previous site; assert both sites are identical. Returns the incremental result and the
    paths it rendered (those not linked from the previous site)."""
    before = root / "before"
    shutil.copytree(root / "site", before)
    old = {p: f.stat().st_ino for p, f in _tree(root / "site").items()}
    result = build.build(_config(root, **changes))
    assert not result.skipped and not result.errors
    forced = build.build(dataclasses.replace(_config(root, **changes), out=before), force=True)
    assert forced.kept == 0
    assert_same_sites(root / "site", before)
    new = _tree(root / "site")
    rendered = {p for p, f in new.items() if old.get(p) != f.stat().st_ino}
    # A static file is never rendered, and one equal to the last site's stays that file.
    assert not any(p.startswith("static/") for p in rendered)
    return result, rendered


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_changed_story_text_renders_only_what_shows_it(work):
    _edit(work / "seeds" / "article.md", "抓好春耕生产", "抓好春季农业生产")
    result, rendered = rebuild_and_compare(work)
    assert result.kept > 0
    stories = [p for p in _tree(work / "site") if p.startswith("stories/")]
    assert 0 < len([p for p in rendered if p.startswith("stories/")]) < len(stories) / 2
    assert not any(p.startswith("posts/") for p in rendered)  # no post shows the text


def test_texts_of_story_pages_kept_unrendered_are_never_linked(work, monkeypatch):
    # Linking the names in a story's text was most of the cost of keying its page.
    linked: set[str] = set()
    real = views.linkify

    def recording(text: str, *args):
        linked.add(text)
        return real(text, *args)

    monkeypatch.setattr(views, "linkify", recording)
    _edit(work / "seeds" / "d01.txt", "闯出了路子", "走出了新路子")
    result = build.build(_config(work))
    assert result.kept > 0 and any("走出了新路子" in text for text in linked)
    plain = [s for s in result.archive.stories if s.paragraphs and not s.html]
    untouched = [s for s in plain if not linked & set(s.paragraphs)]
    # Some stories are shown again (the edited one, those listing it as related), not all.
    assert 0 < len(untouched) < len(plain)


def _counting_elements(monkeypatch) -> dict[str, list[str]]:
    """The stories and people whose entries of the data files are made (not copied)."""
    made: dict[str, list[str]] = {"stories": [], "people": []}
    for name, kind in (("story_json", "stories"), ("person_json", "people")):
        real = getattr(data, name)
        monkeypatch.setattr(data, name, lambda record, real=real, kind=kind: (
            made[kind].append(record.id) or real(record)))
    return made


def test_the_data_files_make_only_the_entries_of_changed_records(work, monkeypatch):
    made = _counting_elements(monkeypatch)
    _edit(work / "seeds" / "article.md", "抓好春耕生产", "抓好春季农业生产")
    result = build.build(_config(work))
    assert result.kept > 0
    (changed,) = [s.id for s in result.archive.stories if "抓好春季农业生产" in s.text]
    assert made["stories"] == [changed] and made["people"] == []
    # The edited file holds the same bytes as one made whole (``rebuild_and_compare``
    # checks every file this way after each edit of these tests).
    monkeypatch.undo()
    forced = build.build(dataclasses.replace(_config(work), out=work / "forced"), force=True)
    for name in ("stories", "people"):
        assert ((work / "site/data" / f"{name}.json").read_bytes()
                == (work / "forced/data" / f"{name}.json").read_bytes())
    assert len(forced.archive.stories) > 10


def test_a_data_file_not_as_recorded_is_made_whole(work, monkeypatch):
    stories = work / "site/data/stories.json"
    text = stories.read_bytes()
    stories.unlink()  # the site's file changed by other means
    stories.write_bytes(text.replace(b"\n]\n", b"\n]\n\n"))
    made = _counting_elements(monkeypatch)
    _edit(work / "seeds" / "article.md", "抓好春耕生产", "抓好春季农业生产")
    result = build.build(_config(work))
    assert len(made["stories"]) == len(result.archive.stories) and made["people"] == []
    assert json.loads(stories.read_bytes()) == [data.story_json(s)
                                                for s in result.archive.stories]


def test_a_data_file_that_cannot_be_read_is_made_whole(work, monkeypatch):
    def failing(*args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(dependencies.os, "pread", failing)
    made = _counting_elements(monkeypatch)
    _edit(work / "seeds" / "article.md", "抓好春耕生产", "抓好春季农业生产")
    result = build.build(_config(work))
    assert len(made["people"]) == len(result.archive.people) > 0
    assert len(made["stories"]) == len(result.archive.stories)
    monkeypatch.undo()
    build.build(dataclasses.replace(_config(work), out=work / "forced"), force=True)
    for name in ("stories", "people"):
        assert ((work / "site/data" / f"{name}.json").read_bytes()
                == (work / "forced/data" / f"{name}.json").read_bytes())


def test_changed_date_redraws_the_charts_of_everyone_in_the_story(work):
    # The charts come from a template global (``tl``) that reads the index, not the context.
    _edit(work / "seeds" / "article.md", "date: 2024-03-05", "date: 2023-11-05")
    result, rendered = rebuild_and_compare(work)
    assert result.kept > 0 and any(p.startswith("people/") for p in rendered)


def _pages_of(paths: set[str], folder: str) -> set[str]:
    """The entities (file names without suffix or page number) of ``folder``'s pages."""
    return {p.split("/")[1].split(".")[0] for p in paths
            if p.startswith(folder + "/") and p.count("/") >= 1
            and not p.split("/")[1].startswith("index")}


def test_a_changed_date_redraws_no_chart_of_anyone_or_anywhere_not_in_the_story(
        work, monkeypatch):
    # ``tl.person(person.id)`` is keyed by that person's part of the index, not all of it
    # (``tl.post(post.id)`` by that post's): the pages of others are not even rendered (rendered, they would be linked unchanged).
    stories = json.loads((work / "site" / "data" / "stories.json").read_text(encoding="utf-8"))
    story = next(s for s in stories if s["source"] == "article.md")
    posts = json.loads((work / "site" / "data" / "posts.json").read_text(encoding="utf-8"))
    _edit(work / "seeds" / "article.md", "date: 2024-03-05", "date: 2023-11-05")
    rendered: set[str] = set()
    unchanged = dependencies.Reuse.unchanged

    def noting(self, template, path, key):
        kept = unchanged(self, template, path, key)
        if not kept and self.previous is not None:  # the forced build has no previous
            rendered.add(path)
        return kept

    monkeypatch.setattr(dependencies.Reuse, "unchanged", noting)
    rebuild_and_compare(work)
    in_story = {
        "people": {m["id"] for m in story["people"]} | set(story["reporters"]),
        "districts": set(story["districts"]),
        "keywords": set(story["keywords"]),
        # ``tl.post(post.id)``: the posts its people held in it (区委书记 王小明)
        "posts": {p["id"] for p in posts
                  if any(story["id"] in h["story_ids"] for h in p["holders"])},
    }
    for folder, names in in_story.items():
        drawn = _pages_of(rendered, folder)
        assert drawn and drawn <= names, folder
        assert len(_pages_of(set(_tree(work / "site")), folder)) > len(names)


def test_changed_headline(work):
    _edit(work / "seeds" / "article.md", "## 北碚区召开乡村振兴工作推进会", "## 北碚区部署乡村振兴工作")
    result, _ = rebuild_and_compare(work)
    assert result.kept > 0


def test_citations_are_made_again_only_for_the_story_whose_reference_changed(
        work, monkeypatch):
    _edit(work / "seeds" / "article.md", "## 北碚区召开乡村振兴工作推进会", "## 北碚区部署乡村振兴工作")
    made = []
    real = cite.files
    monkeypatch.setattr(cite, "files", lambda ref: made.append(ref.title) or real(ref))
    result = build.build(_config(work))
    assert result.kept > 0
    assert made == ["北碚区部署乡村振兴工作"]
    assert len([p for p in _tree(work / "site") if p.startswith("cite/")]) == 3 * result.stories


def test_added_page(work):
    (work / "seeds" / "added.md").write_text(
        ARTICLE.replace("2024-03-05", "2024-03-06").replace("推进会", "座谈会"), encoding="utf-8")
    result, rendered = rebuild_and_compare(work)
    assert result.kept > 0 and "pages/added.html" in rendered


def test_deleted_page(work):
    (work / "seeds" / "article.md").unlink()
    result, _ = rebuild_and_compare(work)
    assert result.kept > 0


def test_changed_template_renders_only_the_pages_that_use_it(work):
    template = work / "templates" / "person.html"
    text = (TEMPLATES / "person.html").read_text(encoding="utf-8")
    assert '<p class="section-label">人物</p>' in text
    template.write_text(text.replace('<p class="section-label">人物</p>',
                                     '<p class="section-label">人物档案</p>'), encoding="utf-8")
    result, rendered = rebuild_and_compare(work)
    people = {p for p in _tree(work / "site")
              if p.startswith("people/") and p.endswith(".html") and p != urls.SiteUrls.people_index}
    assert people and rendered == people
    assert result.files - result.kept == len(people)


def test_changed_included_template_renders_every_page_that_includes_it(work):
    (work / "templates" / "_macros.html").write_text(
        (TEMPLATES / "_macros.html").read_text(encoding="utf-8") + "{# 改 #}\n", encoding="utf-8")
    result, _ = rebuild_and_compare(work)
    # Only the pages importing the macros are rendered; their bytes are the same, so linked.
    assert 0 < result.files - result.kept < result.files


def test_changed_entities_file(work):
    (work / "entities.yaml").write_text("block:\n  - 王小明\n", encoding="utf-8")
    _, rendered = rebuild_and_compare(work)
    assert any(p.startswith("people/") for p in rendered)



def test_record_digests_made_in_a_process_apart_are_those_made_here(work):
    archive = build.analyse(_config(work))
    records = (*archive.stories, *archive.people)
    known = dependencies.Digests(records).known()
    assert known is not None and len(known) == len(records)
    here = ValueDigest()
    assert [known[id(r)][1] for r in records] == [here.record(r) for r in records]
    # A digest started with them keys a page's context as one that made its own.
    context = {"story": archive.stories[0], "people": list(archive.people[:3])}
    assert ValueDigest(known).context(context) == ValueDigest().context(context)


def test_without_fork_no_record_digests_are_made_apart(work, monkeypatch):
    from cqnews_site import forked

    def no_fork(method):
        raise ValueError(f"cannot find context for {method!r}")

    archive = build.analyse(_config(work))
    monkeypatch.setattr(forked.mp, "get_context", no_fork)
    assert dependencies.Digests(archive.stories).known() is None

def test_changed_setting_renders_everything(work):
    result, _ = rebuild_and_compare(work, site_title="另一个档案")
    assert result.kept == 0


def test_a_build_killed_after_the_switch_leaves_no_record_of_the_older_site(work):
    config = _config(work)
    stamp.forget(config)
    assert stamp.load(config) is None
    assert Record.read(stamp.outputs_path(config)) is None
    _edit(work / "seeds" / "article.md", "抓好春耕生产", "抓好春季农业生产")
    result, _ = rebuild_and_compare(work)
    assert result.kept == 0


# -- the parts --------------------------------------------------------------------------


def test_value_digest_reads_records_by_value():
    digest = ValueDigest()
    a = Mention(name="王小明", person_id="p1", titles=("区委书记",), district="北碚区")
    same = Mention(name="王小明", person_id="p1", titles=("区委书记",), district="北碚区")
    other = dataclasses.replace(a, titles=("区长",))
    assert digest({"m": [a]}) == digest({"m": [same]})
    assert digest({"m": [a]}) != digest({"m": [other]})
    assert digest({"a": 1, "b": 2}) != digest({"b": 2, "a": 1})  # order is what a loop sees
    assert digest({1, 2, 3}) == digest({3, 2, 1})
    assert digest(1) != digest("1")
    thing = object()
    assert digest(thing) != digest(thing)  # unreadable by value: never kept
    assert digest(print) != digest(print)
    # A module's function is read by its name (the code keys every page); a lambda or a
    # nested function has none to be found by, and is never kept.
    assert digest([json.dumps]) == ValueDigest()([json.dumps]) != digest([json.loads])
    assert digest(lambda: 1) != digest(lambda: 1)

    def nested() -> None: ...
    assert digest(nested) != digest(nested)
    # Records inside records, read by another digest (another build): the same digest.
    person = Person(id="p1", name="王小明", district="北碚区", sightings=(Sighting("s1", None, "2024-03-05", ("区委书记",), "北碚区"),))
    again = Person(id="p1", name="王小明", district="北碚区", sightings=(Sighting("s1", None, "2024-03-05", ("区委书记",), "北碚区"),))
    assert digest([person]) == ValueDigest()([again])
    assert digest([person]) != digest([dataclasses.replace(person, name="王晓明")])
    assert digest(Markup("<b>x</b>")) != digest("<b>x</b>")


def test_a_value_digest_used_again_gives_what_a_new_one_gives():
    """Its streams are used again, after records read inside values and after a value
    that could not be read: a digest never depends on what was digested before."""
    person = Person(id="p1", name="王小明", district="北碚区", sightings=(
        Sighting("s1", None, "2024-03-05", ("区委书记",), "北碚区"),))
    values = [{"people": [person], "n": 1}, "短", ["x" * 5000, (1, 2)], {"m": [person]}]
    fresh = [ValueDigest()(value) for value in values]
    used = ValueDigest()
    used([object()])  # refused half-way through: its stream is not used again
    assert [used(value) for value in values] == fresh
    assert [used(value) for value in reversed(values)] == fresh[::-1]


def _read_alone(context: dict) -> str:
    """The key of a listing page read by itself (no page before it to carry over from)."""
    digest = ValueDigest()
    with digest.shared():
        return digest.context(context)


def test_listing_reads_its_shared_context_once(monkeypatch):
    """The pages of a listing pass one list of items each: inside ``shared()`` it is read
    once, and every page gets the key it gets when each is read alone."""
    digest = ValueDigest()
    items = [{"story": f"s{i}", "districts": ["北碚区"]} for i in range(200)]
    alone = [_read_alone({"pager": n, "items": items}) for n in range(5)]
    assert len(set(alone)) == 5  # the pager tells the pages apart
    reads = []
    real = ValueDigest.__call__
    monkeypatch.setattr(ValueDigest, "__call__",
                        lambda self, value: reads.append(value) or real(self, value))
    with digest.shared():
        together = [digest.context({"pager": n, "items": items}) for n in range(5)]
    assert together == alone
    assert sum(r is items for r in reads) == 1  # was 5: once per page
    # Nothing is carried over from one listing to the next: a changed list gets a new key.
    items.append({"story": "s200", "districts": ["北碚区"]})
    with digest.shared():
        assert digest.context({"pager": 4, "items": items}) != alone[4]
    with digest.shared():
        digest.context({"pager": 0, "items": items[:200]})
        assert digest.context({"pager": 1, "items": list(items[:200])}) == alone[1]
        assert digest.context({"pager": 1, "items": items}) != alone[1]


def test_a_page_outside_listings_is_keyed_by_the_value_of_its_context():
    # One stream for all of a page's values (nothing to remember for a next page).
    story = Story(id="s1", source="p.txt", position=0, line=1, headline="区委召开会议",
                  paragraphs=("2月16日,区委召开会议。",))
    context = {"story": story, "related": [{"story": story, "shared": 2}], "root": "../"}
    key = ValueDigest().context(context)
    assert ValueDigest().context(dict(context)) == key
    assert ValueDigest().context({**context, "root": "../../"}) != key
    changed = dataclasses.replace(story, paragraphs=("2月16日,区委召开全会。",))
    assert ValueDigest().context({**context, "story": changed}) != key
    assert ValueDigest().context({**context, "related": []}) != key
    # The names count too: the same values under other names are another page.
    assert ValueDigest().context({"a": 1, "b": 2}) != ValueDigest().context({"a": 2, "b": 1})


def _env(templates: dict[str, str]) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(templates))
    env.globals["u"] = object()
    return env


def test_template_closure_follows_extends_include_and_import():
    templates = {"base.html": "{% block b %}{% endblock %}{{ u.home }}",
                 "_m.html": "{% macro m(x) %}{{ u.story(x) }}{% endmacro %}",
                 "_inc.html": "{{ tl.x }}",
                 "page.html": '{% extends "base.html" %}{% from "_m.html" import m %}'
                              '{% block b %}{% include "_inc.html" %}{{ m(s) }}{% endblock %}',
                 "other.html": "{{ u }}"}
    closure = TemplateDigests(_env(templates)).closure("page.html")
    assert {"tl", "s", "u"} <= closure.names
    assert closure.url_attrs == {"home", "story"}
    assert closure.timeline_attrs == {"x"}
    assert TemplateDigests(_env(templates)).closure("other.html").url_attrs is None
    changed = TemplateDigests(_env({**templates, "_inc.html": "{{ tl.y }}"})).closure("page.html")
    assert changed.digest != closure.digest
    unrelated = TemplateDigests(_env({**templates, "other.html": "x"})).closure("page.html")
    assert unrelated.digest == closure.digest


def test_url_digest_keys_only_irregular_names_for_lookups():
    u1 = urls.SiteUrls(["a1", "b2"], ["p1"], ["北碚区"], [], [], [])
    u2 = urls.SiteUrls(["a1", "b2", "c3"], ["p1"], ["北碚区"], [], [], [])
    u3 = urls.SiteUrls(["a1", "b2", "index"], ["p1"], ["北碚区"], [], [], [])  # index-2
    lookup = frozenset({"story", "home"})
    assert UrlDigests(u1)(lookup) == UrlDigests(u2)(lookup)  # c3's page is stories/c3.html
    assert UrlDigests(u1)(lookup) != UrlDigests(u3)(lookup)
    assert UrlDigests(u1)(frozenset({"stories"})) != UrlDigests(u2)(frozenset({"stories"}))
    assert UrlDigests(u1)(None) != UrlDigests(u2)(None)


def test_record_round_trip_and_unreadable_record(tmp_path):
    record = Record("b", "d", {"x.html": "k"}, {"pages.home": {"paths": ["x.html"],
                                                              "templates": ["home.html"]}},
                    {"home.html": "t"})
    path = tmp_path / "r.json"
    path.write_bytes(record.to_json())
    assert Record.read(path) == record
    path.write_text("{", encoding="utf-8")
    assert Record.read(path) is None
    assert Record.read(None) is None


def test_unchanged_output_is_linked_from_the_previous_site(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    (old / "a").mkdir(parents=True)
    (old / "a" / "p.html").write_bytes(b"<p>old</p>")
    files = FolderFiles(new, old)
    files.add("a/p.html", UNCHANGED, "test")
    assert (new / "a" / "p.html").read_bytes() == b"<p>old</p>"
    assert (new / "a" / "p.html").stat().st_ino == (old / "a" / "p.html").stat().st_ino
    assert files.reused == 1
    assert dependencies.UNCHANGED is UNCHANGED


def test_every_method_of_the_timeline_global_says_what_it_reads():
    from cqnews_site.site.timeline import TimelineView

    public = {n for n in dir(TimelineView) if not n.startswith("_")}
    assert public == set(dependencies.TIMELINE_READS)


def test_an_entity_method_of_the_timeline_global_reads_what_the_method_says_it_reads():
    for method, (position, parts, whole) in dependencies.TIMELINE_ENTITY_READS.items():
        kinds = ("districts", "keywords")
        expanded = {p.format(kind=k) for p in parts for k in kinds}
        assert expanded | set(whole) == set(dependencies.TIMELINE_READS[method]), method
        assert position >= 0


def test_entity_calls_of_a_template_and_the_uses_that_key_the_timeline_whole():
    env = jinja2.Environment()

    def calls(source: str):
        return dependencies.entity_calls(env.parse(source), "tl")

    assert calls('{{ tl.svg(tl.district(name)) }}{% for g in tl.story_groups("districts", '
                 'name, pager) %}{% endfor %}{{ tl.person(person.id) }}') == {
        ("district", (("path", ("name",)),)),
        ("story_groups", (("const", "districts"), ("path", ("name",)), ("path", ("pager",)))),
        ("person", (("path", ("person", "id")),)),
    }
    assert calls("{{ tl.svg(chart) }}") == frozenset()
    assert calls("{% set f = tl.person %}{{ f(1) }}") is None
    assert calls('{{ tl.district(name ~ "区") }}') is None
    assert calls("{{ tl.district(name=name) }}") is None


def test_a_timeline_call_is_keyed_by_its_entity_only_when_the_argument_is_the_contexts():
    env = _env({
        "page.html": '{% include "chart.html" %}',
        "chart.html": "{{ tl.svg(tl.district(name)) }}",
        "loop.html": '{% for d in names %}{{ tl.district(d) }}{% endfor %}',
        "shadow.html": '{% set name = "北碚区" %}{{ tl.district(name) }}',
    })
    digests = TemplateDigests(env)

    def keyed(template: str, context: set[str]):
        return dependencies._keyed_calls(digests.closure(template), context)

    assert keyed("page.html", {"name"}) == (("district", (("path", ("name",)),)),)
    assert keyed("page.html", {"other"}) is None  # not the context's: all of the timelines
    assert keyed("loop.html", {"names"}) is None
    assert keyed("shadow.html", {"name"}) is None


def test_every_lookup_of_the_url_global_names_the_folder_it_reads():
    # A method of SiteUrls not in URL_LOOKUPS would be keyed as a constant.
    methods = {name for name in dir(urls.SiteUrls) if not name.startswith("_")
               and inspect.isfunction(inspect.getattr_static(urls.SiteUrls, name))}
    assert methods == set(dependencies.URL_LOOKUPS)
    u = urls.SiteUrls(["a1"], ["p1"], ["北碚区"], ["k"], ["s"], ["x.txt"], ["post"], ["报"])
    assert {v for v in dependencies.URL_LOOKUPS.values()} <= set(vars(u))
