"""The data files of the site (``data/*.json``): the archive in machine-readable form."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from cqnews_site.inputs import previous
from cqnews_site.model.records import Archive, Item, Mention, Person, Story, Tenure
from cqnews_site.output.files import Pieces, json_bytes, json_list_file
from cqnews_site.site import network, tilemap
from cqnews_site.site.context import SiteContext
from cqnews_site.site.pages import Output


def mention_json(m: Mention) -> dict[str, Any]:
    """A person entry of ``stories.json``."""
    return {"id": m.person_id, "name": m.name, "titles": list(m.titles), "district": m.district}


def item_json(item: Item) -> dict[str, Any]:
    """An item entry of ``stories.json``."""
    return {
        "heading": item.heading,
        "anchor": item.anchor,
        "date": item.date,
        "reporters": list(item.reporters),
        "text": item.text,
        "people": [mention_json(m) for m in item.people],
        "districts": list(item.districts),
    }


def story_json(story: Story) -> dict[str, Any]:
    """One entry of ``data/stories.json`` (shape fixed by the reader/segmenter issue)."""
    return {
        "id": story.id,
        "source": story.source,
        "headline": story.headline,
        "kicker": story.kicker,
        "subtitle": story.subtitle,
        "section": story.section,
        "date": story.date,
        "date_evidence": story.date_evidence,
        "reporters": list(story.reporters),
        "photographers": list(story.photographers),
        "text": story.text,
        "captions": list(story.captions),
        "notes": list(story.notes),
        "people": [mention_json(m) for m in story.people],
        "districts": list(story.districts),
        "keywords": list(story.keywords),
        "items": [item_json(i) for i in story.items],
    }


def people_json(archive: Archive) -> list[dict]:
    """``data/people.json``: each person with every (title, district, story, anchor, date)."""
    return list(iter_people_json(archive))


def iter_people_json(archive: Archive) -> Iterator[dict]:
    """The entries of ``people_json`` one at a time."""
    return map(person_json, archive.people)


def person_json(p: Person) -> dict[str, Any]:
    """One entry of ``data/people.json``."""
    seen = [
        {"title": title, "district": s.district, "story": s.story_id, "anchor": s.anchor,
         "date": s.date}
        for s in p.sightings
        for title in s.titles or (None,)
    ]
    return {
        "id": p.id,
        "name": p.name,
        "district": p.district,
        "seen": seen,
        "reported": list(p.reported),
        "photographed": list(p.photographed),
        "is_reporter": p.is_reporter,
    }


def districts_json(archive: Archive) -> list[dict]:
    """``data/districts.json``: canonical name, short name, level, story and people ids."""
    return [
        {"name": d.name, "short": d.short, "level": d.level,
         "stories": list(d.story_ids), "people": list(d.person_ids),
         "since": d.since, "until": d.until, "predecessors": list(d.predecessors),
         "successors": list(d.successors),
         "level_changes": [{"since": since, "level": level} for since, level in d.level_changes]}
        for d in archive.districts
    ]


def _tenure_json(t: Tenure) -> dict[str, Any]:
    # Field by field: ``dataclasses.asdict`` deep-copies every value, half a second for
    # the 5,700 holders of a 10,000-story archive.
    return {"person_id": t.person_id, "name": t.name, "first": t.first, "last": t.last,
            "story_ids": list(t.story_ids)}


def posts_json(archive: Archive) -> list[dict]:
    """``data/posts.json``: every post with its holders."""
    return [
        {
            "id": post.id, "title": post.title, "district": post.district, "role": post.role,
            "single": post.single, "leading": post.leading,
            "holders": [_tenure_json(t) for t in post.holders],
        }
        for post in archive.posts
    ]


def conflicts_json(archive: Archive) -> list[dict]:
    """``data/conflicts.json``: two holders of a one-at-a-time post on overlapping dates."""
    return [
        {"post_id": c.post_id, "title": c.title,
         "holders": [_tenure_json(t) for t in c.holders]}
        for c in archive.conflicts
    ]


def pages_json(archive: Archive) -> list[dict]:
    """``data/pages.json``: every 版面 with where it was printed and its stories in order."""
    return [
        {"source": p.source, "paper": p.paper, "date": p.date, "issue_number": p.issue_number,
         "page_number": p.page_number, "page_name": p.page_name, "banner": p.banner,
         "stories": [s.id for s in p.stories]}
        for p in sorted(archive.pages, key=lambda p: p.source)
    ]


def old_stories(archive: Archive) -> tuple[previous.OldStory, ...]:
    """The stories as the next build reads them back from ``stories.json`` and
    ``pages.json`` (``previous.load``), without writing or reading either."""
    return previous.old_stories(
        ({"id": s.id, "source": s.source, "headline": s.headline, "text": s.text}
         for s in archive.stories),
        pages_json(archive))


def data_files(ctx: SiteContext) -> Iterator[Output]:
    """Every ``data/*.json`` file."""
    archive = ctx.index.archive

    def per_record(name: str, records: Sequence[Any], element: Callable[[Any], Any]) -> Pieces:
        # The largest (100 MB at 10,000 stories) one element at a time, never as one list;
        # the element of a record that did not change is the last site's.
        if ctx.reuse is None:
            return json_list_file(map(element, records))
        return ctx.reuse.record_list(f"data/{name}.json", records, element)

    files = (
        ("stories", lambda: per_record("stories", archive.stories, story_json)),
        ("pages", lambda: json_bytes(pages_json(archive))),
        ("redirects", lambda: json_bytes(dict(ctx.index.redirects))),
        ("people", lambda: per_record("people", archive.people, person_json)),
        ("districts", lambda: json_bytes(districts_json(archive))),
        ("posts", lambda: json_bytes(posts_json(archive))),
        ("conflicts", lambda: json_bytes(conflicts_json(archive))),
        ("networks", lambda: json_bytes(network.networks_json(ctx))),
        ("tilemap", lambda: json_bytes(tilemap.tilemap_json(ctx))),
    )
    for name, make in files:
        for _ in ctx.shard.once():
            yield f"data/{name}.json", make(), f"{name}.json"
