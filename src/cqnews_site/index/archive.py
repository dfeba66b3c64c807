"""Tagged pages → ``Archive``: stories in order, people with their sightings, districts.

Identity: one person per name within a district scope (``model.ids.person_id``). A mention
with neither titles nor district (a bare caption name, a reporter) joins the person of that
name when exactly one district-scoped person has it; editors' corrections from
``entities.yaml`` are applied first and can always override.
"""

from __future__ import annotations

import math
import operator
from collections import defaultdict
from dataclasses import replace

from cqnews_site.analyse.tagger import attach_bare_mentions, rubric_keywords
from cqnews_site.index.lookups import story_redirects
from cqnews_site.index.posts import derive_posts
from cqnews_site.inputs import entities, placement
from cqnews_site.inputs.previous import PreviousSite
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.dates import full_date
from cqnews_site.model.ids import person_id
from cqnews_site.model.records import (
    Archive,
    Diagnostic,
    District,
    Mention,
    Page,
    Person,
    Sighting,
    Story,
)


def build_archive(pages: list[Page], resources: Resources,
                  diagnostics: tuple[Diagnostic, ...] = (),
                  previous: PreviousSite | None = None) -> Archive:
    """The archive of tagged ``pages``: editors' corrections applied, bare mentions resolved
    across the archive, keywords chosen for the corpus, people, districts and posts.

    ``previous`` is the site this build replaces: a correction naming a story id it
    published that has since changed applies to the story under its new id.
    """
    pages = [placement.place(p) for p in pages]
    corrections, renamed = _corrections_for(resources.corrections, pages, previous)
    diagnostics = (*diagnostics, *renamed)
    pages = corrections.apply(pages)
    pages = _resolve_bare(pages)
    pages = _adapt_keywords(sorted(pages, key=lambda p: p.source))
    pages = _unique_ids(pages)
    stories = sorted((s for p in pages for s in p.stories), key=lambda s: (s.source, s.position))
    years = {s.id: p.year for p in pages for s in p.stories}
    people = _people(stories, years)
    districts = _districts(stories, people, resources.gazetteer)
    found: dict[Diagnostic, None] = dict.fromkeys(diagnostics)
    for page in pages:
        found.update(dict.fromkeys(page.diagnostics))
    found.update(dict.fromkeys(resources.diagnostics))
    found.update(dict.fromkeys(_check_corrections(corrections, stories)))
    archive = Archive(
        pages=tuple(pages),
        stories=tuple(stories),
        people=tuple(people),
        districts=tuple(districts),
        diagnostics=tuple(found),
    )
    return derive_posts(archive, resources.gazetteer)


def _unique_ids(pages: list[Page]) -> list[Page]:
    """Story ids are unique within a page; across pages the first in source order keeps an
    id and a later twin (the same story pasted into two files) gets ``-b``, ``-c`` …"""
    seen: set[str] = set()
    fixed = []
    for page in pages:
        stories = []
        for story in page.stories:
            story_id, n = story.id, 0
            while story_id in seen:
                n += 1
                story_id = f"{story.id}-{chr(ord('a') + n)}"
            seen.add(story_id)
            stories.append(story if story_id == story.id else replace(story, id=story_id))
        fixed.append(_with_stories(page, stories))
    return fixed


# Corpus adaptation of keywords. The tagger works one page at a time (and is cached per
# file), so it ranks up to 20 candidates per story by jieba's general IDF; here the archive's
# own document frequencies are blended in and the final 5–10 are chosen. A candidate on more
# than FORMULAIC_SHARE of the stories is formulaic for this archive (like 高质量发展 for a
# city paper) and is dropped outright once the archive is big enough to tell.
FORMULAIC_SHARE = 0.3
MIN_STORIES_TO_ADAPT = 20
MIN_KEYWORDS = 5
MAX_KEYWORDS = 10
# Weight of the corpus IDF in the blend: N / (N + CORPUS_PRIOR) for an archive of N stories,
# so a small archive trusts jieba's ranking and a large one its own statistics.
CORPUS_PRIOR = 50
# Past MIN_KEYWORDS, a candidate is kept only while it scores this share of the best one.
KEEP_SHARE = 0.5


def _adapt_keywords(pages: list[Page]) -> list[Page]:
    """Each story's final keywords: rubrics first, then its candidates re-ranked for the corpus."""
    stories = [s for p in pages for s in p.stories]
    n = len(stories)
    df: dict[str, int] = defaultdict(int)
    for s in stories:
        for kw in set(s.keywords):
            df[kw] += 1
    formulaic = (
        {kw for kw, k in df.items() if k > FORMULAIC_SHARE * n}
        if n >= MIN_STORIES_TO_ADAPT else set()
    )
    blend = n / (n + CORPUS_PRIOR) if n else 0.0
    scale = math.log(n + 1) if n else 1.0

    def corpus_idf(kw: str) -> float:
        # 1.0 for a keyword of one story, falling to 0 for one on every story.
        return math.log((n + 1) / (df[kw] + 1)) / scale if n > 1 else 1.0

    def fix(story: Story) -> Story:
        if not story.keywords:
            return story
        rubric = [kw for kw in rubric_keywords(story.full_text) if kw in story.keywords]
        ranked = []
        for rank, kw in enumerate(story.keywords):
            if kw in rubric or kw in formulaic:
                continue
            # The tagger's order (TF × jieba IDF) as a prior, decaying with rank.
            prior = 1.0 / (1.0 + 0.15 * rank)
            ranked.append((-(prior * ((1 - blend) + blend * corpus_idf(kw))), rank, kw))
        ranked.sort()
        keep = list(rubric)
        best = -ranked[0][0] if ranked else 0.0
        for negative, _, kw in ranked:
            if len(keep) >= MAX_KEYWORDS:
                break
            if len(keep) >= MIN_KEYWORDS and -negative < KEEP_SHARE * best:
                break
            keep.append(kw)
        if len(keep) < MIN_KEYWORDS:
            # Too few left: formulaic ones come back in the tagger's order rather than none.
            keep += [kw for kw in story.keywords if kw not in keep][: MIN_KEYWORDS - len(keep)]
        keep_tuple = tuple(keep)
        return story if keep_tuple == story.keywords else replace(story, keywords=keep_tuple)

    return [_with_stories(p, [fix(s) for s in p.stories]) for p in pages]


def _resolve_bare(pages: list[Page]) -> list[Page]:
    """Attach title-less, district-less mentions to the one district-scoped person of that name
    anywhere in the archive (the tagger did the same within each page)."""
    fixed = iter(attach_bare_mentions([s for page in pages for s in page.stories]))
    return [_with_stories(page, [next(fixed) for _ in page.stories]) for page in pages]


def _with_stories(page: Page, stories: list[Story]) -> Page:
    """``page`` with ``stories``; itself when they are the very stories it holds (most
    pages, in each pass over the archive)."""
    if len(stories) == len(page.stories) and all(map(operator.is_, stories, page.stories)):
        return page
    return replace(page, stories=tuple(stories))


def _people(stories: list[Story], years: dict[str, int | None]) -> list[Person]:
    names: dict[str, str] = {}
    homes: dict[str, str | None] = {}
    sightings: dict[str, list[Sighting]] = defaultdict(list)
    reported: dict[str, list[str]] = defaultdict(list)
    photographed: dict[str, list[str]] = defaultdict(list)
    # A byline name is the same person as a district-less person of that name.
    for story in stories:
        year = years.get(story.id)
        for m in story.people:
            _sight(names, homes, sightings, m, story.id, None, full_date(story.date, year))
        for it in story.items:
            date = full_date(it.date or story.date, year)
            for m in it.people:
                _sight(names, homes, sightings, m, story.id, it.anchor, date)
        for name in story.reporters:
            _credit(names, homes, reported, name, story.id)
        for it in story.items:
            for name in it.reporters:
                _credit(names, homes, reported, name, story.id)
        for name in story.photographers:
            _credit(names, homes, photographed, name, story.id)
    people = []
    for pid in sorted(names):
        people.append(Person(
            id=pid,
            name=names[pid],
            district=homes[pid],
            sightings=tuple(sightings.get(pid, ())),
            reported=tuple(dict.fromkeys(reported.get(pid, ()))),
            photographed=tuple(dict.fromkeys(photographed.get(pid, ()))),
        ))
    return people


def _sight(names, homes, sightings, m: Mention, story_id, anchor, date) -> None:
    pid = m.person_id or person_id(m.name, m.district)
    names.setdefault(pid, m.name)
    homes.setdefault(pid, m.district)
    sightings[pid].append(Sighting(story_id, anchor, date, tuple(m.titles), m.district))


def _credit(names, homes, target, name: str, story_id: str) -> None:
    pid = person_id(name, None)
    names.setdefault(pid, name)
    homes.setdefault(pid, None)
    target[pid].append(story_id)


def _districts(stories: list[Story], people: list[Person], gaz) -> list[District]:
    story_ids: dict[str, list[str]] = defaultdict(list)
    for story in stories:
        for name in story.districts:
            story_ids[name].append(story.id)
    person_ids: dict[str, list[str]] = defaultdict(list)
    for person in people:
        if person.district:
            person_ids[person.district].append(person.id)
    # Every unit of the present map; a former unit (开县) only when the archive mentions it.
    return [
        District(
            name=d.name,
            short=d.short,
            level=d.level,
            story_ids=tuple(dict.fromkeys(story_ids.get(d.name, ()))),
            person_ids=tuple(sorted(person_ids.get(d.name, ()))),
            since=d.since,
            until=d.until,
            predecessors=d.predecessors,
            successors=d.successors,
            level_changes=d.level_changes,
        )
        for d in gaz.districts
        if not d.historical or story_ids.get(d.name) or person_ids.get(d.name)
    ]


def _corrections_for(corrections: entities.Corrections, pages: list[Page],
                     previous: PreviousSite | None,
                     ) -> tuple[entities.Corrections, list[Diagnostic]]:
    """Corrections with old story ids moved to the ids of this build (see ``build_archive``)."""
    named = {e.story for e in (*corrections.blocks, *corrections.adds) if e.story}
    if not previous or not named:
        return corrections, []
    stories = [s for p in pages for s in p.stories]
    if named <= {s.id for s in stories}:
        return corrections, []
    moved = story_redirects(stories, {p.source: p for p in pages}, previous)
    return corrections.with_new_ids(moved)


def _check_corrections(corrections: entities.Corrections,
                       stories: list[Story]) -> list[Diagnostic]:
    """An ``add`` naming a story id that does not exist is worth telling the editor about."""
    ids = {s.id for s in stories}
    return [
        Diagnostic(corrections.source, None, "warning",
                   f"add entry for '{a.name}' names story '{a.story}', which is not in the archive",
                   "copy the story id from build/data/stories.json")
        for a in corrections.adds
        if a.story is not None and a.story not in ids
    ]
