"""The archive index: every lookup the site needs, computed once from an ``Archive``.

The renderer, the feeds, the data files and the search index read these maps; none of
them re-derives stories by district, people by story or posts by person. Lists of stories
are newest first (undated last, ties in page order) unless their name says otherwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from pypinyin import lazy_pinyin

from cqnews_site.model.dates import date_key
from cqnews_site.model.records import (
    Archive,
    Conflict,
    District,
    Page,
    Person,
    Post,
    Story,
    Tenure,
)

Unit = tuple[str, str | None]  # (story id, item anchor or None for the story's own text)


@cache
def pinyin_key(name: str) -> tuple[str, str]:
    """Sort key that orders Chinese names by pinyin, then by the characters themselves."""
    return (" ".join(lazy_pinyin(name, errors="default")).lower(), name)


def newest_first(stories: Iterable[Story]) -> list[Story]:
    """Stories newest first; undated ones last; ties in page order."""
    ordered = sorted(stories, key=lambda s: (s.source, s.position))
    return sorted(ordered, key=lambda s: date_key(s.date), reverse=True)


@dataclass(frozen=True)
class ArchiveIndex:
    """Lookups over one archive, shared by every page generator (built by ``index_archive``)."""

    archive: Archive
    story: Mapping[str, Story]  # by id
    newest: tuple[Story, ...]
    recency: Mapping[str, int]  # story id → rank in ``newest``
    by_source: Mapping[str, tuple[Story, ...]]  # in page order
    sources: tuple[str, ...]  # every source file, sorted
    pages: Mapping[str, Page]
    people: Mapping[str, Person]
    districts: Mapping[str, District]
    district_names: frozenset[str]  # gazetteer units and any other name the tagger used
    district_stories: Mapping[str, tuple[Story, ...]]
    district_people: Mapping[str, tuple[str, ...]]  # person ids seen serving in the district
    keywords: Mapping[str, tuple[Story, ...]]
    sections: Mapping[str, tuple[Story, ...]]
    story_people: Mapping[str, frozenset[str]]  # story id → person ids named in it
    unit_people: Mapping[Unit, frozenset[str]]
    credit: Mapping[tuple[str, str], str]  # (story id, byline name) → person id
    mention_counts: tuple[tuple[str, int], ...]  # person id, stories naming them; most first
    posts: Mapping[str, Post]
    person_posts: Mapping[str, tuple[tuple[Post, Tenure], ...]]
    district_posts: Mapping[str | None, tuple[Post, ...]]
    post_conflicts: Mapping[str, tuple[Conflict, ...]]
    shared: Mapping[tuple[str, str], tuple[str, ...]]  # (kind, value) → story ids, page order

    def person_name(self, person_id: str) -> str:
        """Display name of a person id."""
        person = self.people.get(person_id)
        return person.name if person else person_id

    def district_short(self, name: str) -> str:
        """Short name of a district (``万州``), the canonical name if unknown."""
        record = self.districts.get(name)
        return record.short if record else name

    def stories_of(self, ids: Iterable[str]) -> list[Story]:
        """The stories of ``ids`` that exist, newest first, each once."""
        return newest_first(self.story[i] for i in dict.fromkeys(ids) if i in self.story)


def index_archive(archive: Archive) -> ArchiveIndex:
    """Build every lookup of ``archive`` once."""
    story = {s.id: s for s in archive.stories}
    if len(story) != len(archive.stories):
        raise ValueError("story ids must be unique in an archive (the index makes them so)")
    newest = tuple(newest_first(archive.stories))
    story_people, unit_people = _mentions(archive)
    by_source: dict[str, list[Story]] = defaultdict(list)
    for s in sorted(archive.stories, key=lambda s: (s.source, s.position)):
        by_source[s.source].append(s)
    pages = {p.source: p for p in archive.pages}
    return ArchiveIndex(
        archive=archive,
        story=story,
        newest=newest,
        recency={s.id: rank for rank, s in enumerate(newest)},
        by_source={k: tuple(v) for k, v in by_source.items()},
        sources=tuple(sorted(set(by_source) | set(pages))),
        pages=pages,
        people={p.id: p for p in archive.people},
        districts={d.name: d for d in archive.districts},
        district_names=_district_names(archive),
        district_stories=_district_stories(archive, story),
        district_people=_district_people(archive),
        keywords=_grouped(archive.stories, lambda s: dict.fromkeys(s.keywords)),
        sections=_grouped(archive.stories, lambda s: (s.section,) if s.section else ()),
        story_people=story_people,
        unit_people=unit_people,
        credit=_credits(archive.people),
        mention_counts=_mention_counts(story_people, archive.people),
        posts={p.id: p for p in archive.posts},
        person_posts=_person_posts(archive.posts),
        district_posts=_grouped_posts(archive.posts),
        post_conflicts=_conflicts(archive.conflicts),
        shared=_shared(archive.stories, story_people),
    )


def _grouped(stories: Iterable[Story], keys) -> dict[str, tuple[Story, ...]]:
    groups: dict[str, list[Story]] = defaultdict(list)
    for s in stories:
        for key in keys(s):
            groups[key].append(s)
    return {k: tuple(newest_first(v)) for k, v in groups.items()}


def _district_names(archive: Archive) -> frozenset[str]:
    # Story districts may name a district the gazetteer lacks (an editor's addition).
    names = {d.name for d in archive.districts}
    for s in archive.stories:
        names.update(s.districts)
        for item in s.items:
            names.update(item.districts)
    names.update(p.district for p in archive.people if p.district)
    return frozenset(names)


def _district_stories(archive: Archive, story: Mapping[str, Story]) -> dict[str, tuple]:
    """Stories of each district: the archive's own list plus what stories and items say."""
    found: dict[str, dict[str, Story]] = defaultdict(dict)
    for d in archive.districts:
        for sid in d.story_ids:
            if sid in story:
                found[d.name][sid] = story[sid]
    for s in archive.stories:
        for name in (*s.districts, *(n for item in s.items for n in item.districts)):
            found[name].setdefault(s.id, s)
    return {name: tuple(newest_first(v.values())) for name, v in found.items()}


def _district_people(archive: Archive) -> dict[str, tuple[str, ...]]:
    """Person ids of each district: the archive's list, then anyone whose home it is."""
    found: dict[str, list[str]] = {d.name: list(d.person_ids) for d in archive.districts}
    for person in archive.people:
        if person.district:
            ids = found.setdefault(person.district, [])
            if person.id not in ids:
                ids.append(person.id)
    return {k: tuple(v) for k, v in found.items()}


def _mentions(archive: Archive) -> tuple[dict[str, frozenset[str]], dict[Unit, frozenset[str]]]:
    """Person ids per story (its text and items) and per unit (its text, or one item)."""
    known = {p.id for p in archive.people}
    per_story: dict[str, set[str]] = defaultdict(set)
    per_unit: dict[Unit, set[str]] = defaultdict(set)
    for s in archive.stories:
        units = [(None, s.people)] + [(it.anchor, it.people) for it in s.items]
        for anchor, mentions in units:
            for m in mentions:
                if m.person_id in known:
                    per_story[s.id].add(m.person_id)
                    per_unit[(s.id, anchor)].add(m.person_id)
    return ({k: frozenset(v) for k, v in per_story.items()},
            {k: frozenset(v) for k, v in per_unit.items()})


def _credits(people: Iterable[Person]) -> dict[tuple[str, str], str]:
    return {(sid, p.name): p.id for p in people for sid in (*p.reported, *p.photographed)}


def _mention_counts(story_people: Mapping[str, frozenset[str]],
                    people: Iterable[Person]) -> tuple[tuple[str, int], ...]:
    names = {p.id: p.name for p in people}
    counts: Counter[str] = Counter()
    for ids in story_people.values():
        counts.update(ids)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], pinyin_key(names[kv[0]]))))


def _person_posts(posts: Iterable[Post]) -> dict[str, tuple[tuple[Post, Tenure], ...]]:
    found: dict[str, list[tuple[Post, Tenure]]] = defaultdict(list)
    for post in posts:
        for tenure in post.holders:
            found[tenure.person_id].append((post, tenure))
    return {k: tuple(v) for k, v in found.items()}


def _grouped_posts(posts: Iterable[Post]) -> dict[str | None, tuple[Post, ...]]:
    found: dict[str | None, list[Post]] = defaultdict(list)
    for post in posts:
        found[post.district].append(post)
    return {k: tuple(v) for k, v in found.items()}


def _conflicts(conflicts: Iterable[Conflict]) -> dict[str, tuple[Conflict, ...]]:
    found: dict[str, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        found[conflict.post_id].append(conflict)
    return {k: tuple(v) for k, v in found.items()}


def _shared(stories: Iterable[Story],
            story_people: Mapping[str, frozenset[str]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Inverted index for related stories: (kind, value) → ids of the stories sharing it."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in stories:
        for pid in sorted(story_people.get(s.id, ())):
            found[("person", pid)].append(s.id)
        for name in dict.fromkeys(s.districts):
            found[("district", name)].append(s.id)
        for kw in dict.fromkeys(s.keywords):
            found[("keyword", kw)].append(s.id)
    return {k: tuple(v) for k, v in found.items()}
