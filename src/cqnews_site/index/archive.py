"""Tagged pages → ``Archive``: stories in order, people with their sightings, districts.

Identity: one person per name within a district scope (``tagger.person_id``). A mention
with neither titles nor district (a bare caption name, a reporter) joins the person of that
name when exactly one district-scoped person has it; editors' corrections from
``entities.yaml`` are applied first and can always override.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from cqnews_site.analyse.tagger import attach_bare_mentions, person_id, rubric_keywords
from cqnews_site.inputs import entities
from cqnews_site.inputs.gazetteer import for_config
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


def build_archive(pages: list[Page], config, diagnostics: tuple[Diagnostic, ...]) -> Archive:
    """The archive of tagged ``pages``, with editors' corrections applied."""
    corrections, entity_diags = entities.load(Path(getattr(config, "entities", "entities.yaml")))
    pages = corrections.apply(list(pages))
    pages = _resolve_bare(pages)
    pages = _adapt_keywords(sorted(pages, key=lambda p: p.source))
    stories = sorted((s for p in pages for s in p.stories), key=lambda s: (s.source, s.position))
    years = {s.id: p.year for p in pages for s in p.stories}
    people = _people(stories, years)
    districts = _districts(stories, people, for_config(config))
    # Each problem once, in order: a dict, not a list scan (8,000 warnings were O(n²)).
    all_diags = list(dict.fromkeys([*diagnostics, *(d for p in pages for d in p.diagnostics)]))
    all_diags.extend(entity_diags)
    all_diags.extend(_check_corrections(corrections, stories, config))
    return Archive(
        pages=tuple(pages),
        stories=tuple(stories),
        people=tuple(people),
        districts=tuple(districts),
        diagnostics=tuple(all_diags),
    )


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
        return replace(story, keywords=tuple(keep))

    return [replace(p, stories=tuple(fix(s) for s in p.stories)) for p in pages]


def _resolve_bare(pages: list[Page]) -> list[Page]:
    """Attach title-less, district-less mentions to the one district-scoped person of that name
    anywhere in the archive (the tagger did the same within each page)."""
    fixed = iter(attach_bare_mentions([s for page in pages for s in page.stories]))
    return [replace(page, stories=tuple(next(fixed) for _ in page.stories)) for page in pages]


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
            _sight(names, homes, sightings, m, story.id, None, _full_date(story.date, year))
        for it in story.items:
            date = _full_date(it.date or story.date, year)
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


def _full_date(date: str | None, year: int | None) -> str | None:
    """Fill in the page year: "--02-16" in 2023 → "2023-02-16"; other forms unchanged."""
    if date and date.startswith("--") and year:
        return f"{year}{date[1:]}"
    return date


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


def _check_corrections(corrections: entities.Corrections, stories: list[Story],
                       config) -> list[Diagnostic]:
    """An ``add`` naming a story id that does not exist is worth telling the editor about."""
    ids = {s.id for s in stories}
    source = str(getattr(config, "entities", "entities.yaml"))
    return [
        Diagnostic(source, None, "warning",
                   f"add entry for '{a.name}' names story '{a.story}', which is not in the archive",
                   "copy the story id from build/data/stories.json")
        for a in corrections.adds
        if a.story is not None and a.story not in ids
    ]


def people_json(archive: Archive) -> list[dict]:
    """``build/data/people.json``: each person with every (title, district, story, anchor, date)."""
    out = []
    for p in archive.people:
        seen = []
        for s in p.sightings:
            for title in s.titles or (None,):
                seen.append({"title": title, "district": s.district, "story": s.story_id,
                             "anchor": s.anchor, "date": s.date})
        out.append({
            "id": p.id,
            "name": p.name,
            "district": p.district,
            "seen": seen,
            "reported": list(p.reported),
            "photographed": list(p.photographed),
            "is_reporter": p.is_reporter,
        })
    return out


def districts_json(archive: Archive) -> list[dict]:
    """``build/data/districts.json``: canonical name, short name, level, story and people ids."""
    return [
        {"name": d.name, "short": d.short, "level": d.level,
         "stories": list(d.story_ids), "people": list(d.person_ids),
         "since": d.since, "until": d.until, "predecessors": list(d.predecessors),
         "successors": list(d.successors),
         "level_changes": [{"since": since, "level": level} for since, level in d.level_changes]}
        for d in archive.districts
    ]
