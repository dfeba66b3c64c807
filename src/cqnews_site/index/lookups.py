"""The archive index: every lookup the site needs, computed once from an ``Archive``.

The renderer, the feeds, the data files and the search index read these maps; none of
them re-derives stories by district, people by story or posts by person. Lists of stories
are newest first (undated last, ties in page order) unless their name says otherwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from pypinyin import lazy_pinyin

from cqnews_site.index.networks import Networks, networks
from cqnews_site.index.timelines import Timelines, build_timelines
from cqnews_site.inputs.placement import page_number
from cqnews_site.inputs.previous import OldStory, PreviousSite
from cqnews_site.model.dates import date_key, is_full_date
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


def story_date(story: Story) -> str | None:
    """The date a story is filed under: its own, or when it has no full date of its own the
    latest date of its items (a roundup of dated sections is as new as its newest one)."""
    if is_full_date(story.date):
        return story.date
    items = [item.date for item in story.items if is_full_date(item.date)]
    return max(items) if items else story.date


def item_date_span(story: Story) -> tuple[str, str] | None:
    """(first, last) full date of a story's items when it has no full date of its own, the
    dates ``story_date`` files it under; None when it has its own or no item is dated."""
    if is_full_date(story.date):
        return None
    dates = sorted(item.date for item in story.items if is_full_date(item.date))
    return (dates[0], dates[-1]) if dates else None


def newest_first(stories: Iterable[Story]) -> list[Story]:
    """Stories newest first (by ``story_date``); undated ones last; ties in page order."""
    ordered = sorted(stories, key=lambda s: (s.source, s.position))
    return sorted(ordered, key=lambda s: date_key(story_date(s)), reverse=True)


def page_order(number: str | None) -> tuple[str, int, str]:
    """Sort key of a 版次: A1 < A2 < A10 < B1; unnumbered pages last."""
    if not number:
        return ("\uffff", 0, "")
    letters = number.rstrip("0123456789")
    digits = number[len(letters):]
    return (letters, int(digits) if digits else 0, number)


@dataclass(frozen=True)
class Issue:
    """One paper of one day: its 版面 in 版次 order."""

    paper: str
    date: str  # YYYY-MM-DD
    number: str | None  # 期号 as printed, when a page shows it
    pages: tuple[Page, ...]


@dataclass(frozen=True)
class ArchiveIndex:
    """Lookups over one archive, shared by every page generator (built by ``index_archive``)."""

    archive: Archive
    story: Mapping[str, Story]  # by id
    newest: tuple[Story, ...]
    recency: Mapping[str, int]  # story id → rank in ``newest``
    by_source: Mapping[str, tuple[Story, ...]]  # in page order
    source_at: Mapping[str, int]  # story id → its place in ``by_source`` (no list scan)
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
    papers: Mapping[str, tuple[Issue, ...]] = field(default_factory=dict)  # oldest issue first
    issues: Mapping[tuple[str, str], Issue] = field(default_factory=dict)  # (paper, date)
    day_papers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # date → papers
    continued: Mapping[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # story id → (id of the part it continues, id of the part continuing it)
    redirects: Mapping[str, str] = field(default_factory=dict)  # old story id → current id
    networks: Networks = field(default_factory=lambda: Networks({}, {}))  # who appears with whom
    timelines: Timelines = field(default_factory=Timelines)  # entries per month per entity

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


def index_archive(archive: Archive, previous: PreviousSite | None = None) -> ArchiveIndex:
    """Build every lookup of ``archive`` once; ``previous`` is the site it replaces."""
    story = {s.id: s for s in archive.stories}
    if len(story) != len(archive.stories):
        raise ValueError("story ids must be unique in an archive (the index makes them so)")
    newest = tuple(newest_first(archive.stories))
    story_people, unit_people = _mentions(archive)
    by_source: dict[str, list[Story]] = defaultdict(list)
    for s in sorted(archive.stories, key=lambda s: (s.source, s.position)):
        by_source[s.source].append(s)
    pages = {p.source: p for p in archive.pages}
    papers, issues = _issues(archive.pages)
    district_people = _district_people(archive)
    district_stories = _district_stories(archive, story)
    keywords = _grouped(archive.stories, lambda s: dict.fromkeys(s.keywords))
    return ArchiveIndex(
        archive=archive,
        story=story,
        newest=newest,
        recency={s.id: rank for rank, s in enumerate(newest)},
        by_source={k: tuple(v) for k, v in by_source.items()},
        source_at={s.id: at for v in by_source.values() for at, s in enumerate(v)},
        sources=tuple(sorted(set(by_source) | set(pages))),
        pages=pages,
        people={p.id: p for p in archive.people},
        districts={d.name: d for d in archive.districts},
        district_names=_district_names(archive),
        district_stories=district_stories,
        district_people=district_people,
        keywords=keywords,
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
        papers=papers,
        issues=issues,
        day_papers=_day_papers(issues),
        continued=_continued(issues, by_source),
        redirects=story_redirects(archive.stories, pages, previous or PreviousSite()),
        networks=networks(unit_people, district_people),
        timelines=build_timelines(archive.people, archive.posts, story, district_stories,
                                  keywords, story_date),
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


def _issues(pages: Iterable[Page]) -> tuple[dict[str, tuple[Issue, ...]], dict]:
    """Pages with a paper and a date grouped into issues, per paper oldest first."""
    grouped: dict[tuple[str, str], list[Page]] = defaultdict(list)
    for page in pages:
        if page.paper and page.date:
            grouped[(page.paper, page.date)].append(page)
    issues = {}
    for (paper, date), found in sorted(grouped.items()):
        ordered = tuple(sorted(found, key=lambda p: (page_order(p.page_number), p.source)))
        number = next((p.issue_number for p in ordered if p.issue_number), None)
        issues[(paper, date)] = Issue(paper, date, number, ordered)
    papers: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues.values():
        papers[issue.paper].append(issue)
    return {k: tuple(v) for k, v in sorted(papers.items())}, issues


def _day_papers(issues: Mapping[tuple[str, str], Issue]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for paper, date in sorted(issues):
        found[date].append(paper)
    return {k: tuple(v) for k, v in found.items()}


def _continued(issues: Mapping[tuple[str, str], Issue],
               by_source: Mapping[str, list[Story]]) -> dict[str, tuple[str | None, str | None]]:
    """Jump lines (下转第2版 / 上接第1版) matched across the pages of one issue: the part on
    the named page that points back to this one; the same headline wins a tie."""
    links: dict[str, list[str | None]] = {}
    for issue in issues.values():
        on_page = {p.page_number: by_source.get(p.source, []) for p in issue.pages}
        for page in issue.pages:
            for story in by_source.get(page.source, []):
                target = page_number(story.continued_to)
                if not target or target not in on_page or target == page.page_number:
                    continue
                parts = [s for s in on_page[target]
                         if page_number(s.continued_from) == page.page_number]
                if not parts:
                    continue
                same = [s for s in parts if s.headline == story.headline]
                part = (same or parts)[0]
                if links.get(part.id, [None, None])[0] is not None:
                    continue  # already claimed by another story of this page
                links.setdefault(story.id, [None, None])[1] = part.id
                links.setdefault(part.id, [None, None])[0] = story.id
    return {k: (v[0], v[1]) for k, v in links.items()}


def _story_keys(story: Story | OldStory, page: Page | None) -> dict[str, tuple | None]:
    """What identifies a story, rule by rule (see ``_SAME_STORY``)."""
    if isinstance(story, Story):
        place = (page.paper, page.date, page.page_number) if page else (None, None, None)
        headline, opening = story.headline, story.text[:40] or None
    else:
        place = (story.paper, story.issue_date, story.page_number)
        headline, opening = story.headline, story.opening
    values = {
        "place": (*place, story.position),
        "file and headline": (story.source, headline),
        "file and opening": (story.source, opening),
        "headline and opening": (headline, opening),
        "file and position": (story.source, story.position),
    }
    return {k: v if all(x is not None for x in v) else None for k, v in values.items()}


# How an old story id finds its story in this build, first match wins; a key shared by
# two stories of this build matches nothing.
_SAME_STORY = (
    "place",  # same paper, date, 版次 and position: a re-segmented placed page
    "file and headline",  # the text was corrected, the headline was not
    "file and opening",  # the headline was corrected
    "headline and opening",  # the seed file was moved or renamed
    "file and position",  # both changed: the story at the same place of the same file
)


def story_redirects(stories: Iterable[Story], pages: Mapping[str, Page],
                    previous: PreviousSite) -> dict[str, str]:
    """Old story id → current id, for every id the previous site published that is gone.

    ``pages`` are the stories' pages by source (for their place).
    """
    stories = list(stories)
    current = {s.id for s in stories}
    tables: dict[str, dict[tuple, list[str]]] = {rule: defaultdict(list) for rule in _SAME_STORY}
    for story in stories:
        for rule, key in _story_keys(story, pages.get(story.source)).items():
            if key is not None:
                tables[rule][key].append(story.id)
    found: dict[str, str] = {}
    for old in previous.stories:
        if old.id in current:
            continue
        keys = _story_keys(old, None)
        for rule in _SAME_STORY:
            match = tables[rule].get(keys[rule]) if keys[rule] is not None else None
            if match and len(match) == 1:
                found[old.id] = match[0]
                break
    for old, target in sorted(previous.redirects.items()):
        # An id that moved before keeps working: follow it to where its target went.
        if old not in current and old not in found:
            target = target if target in current else found.get(target, "")
            if target:
                found[old] = target
    return dict(sorted(found.items()))
