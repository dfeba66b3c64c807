"""Atom feeds: the whole site, each district and each person."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime

from cqnews_site.model.dates import atom_time, is_full_date
from cqnews_site.model.records import Story
from cqnews_site.model.text import excerpt
from cqnews_site.site import urls
from cqnews_site.site.context import SiteContext
from cqnews_site.site.pages import Output

FEED_SIZE = 20  # entries per Atom feed


def build_time(stories: Iterable[Story]) -> str:
    """Feed timestamp: ``SOURCE_DATE_EPOCH`` if set, else the newest story's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [s.date for s in stories if is_full_date(s.date)]
    return atom_time(max(dates)) if dates else "1970-01-01T00:00:00Z"


def _feed(ctx: SiteContext, path: str, title: str, page_url: str, stories: Sequence[Story],
          origin: str) -> Output:
    root = urls.relative_root(path)
    prefix = ctx.base_url or root

    def absolute(target: str) -> str:
        return prefix + urls.href(target)

    def ident(target: str) -> str:
        return (ctx.base_url or "urn:cqnews:") + urls.href(target)

    updated = build_time(stories)
    entries = [
        {
            "story": s,
            "url": absolute(ctx.story_path(s)),
            "id": ident(ctx.story_path(s)),
            "updated": atom_time(s.date) if is_full_date(s.date) else updated,
            "summary": excerpt(s.text or s.full_text, 160),
        }
        for s in stories[:FEED_SIZE]
    ]
    data = ctx.render("feed.xml", path, root=root, feed_title=title, feed_url=absolute(path),
                      feed_id=ident(path), page_url=absolute(page_url), updated=updated,
                      entries=entries)  # fmt: skip
    return path, data, origin


def feeds(ctx: SiteContext) -> Iterator[Output]:
    """The site feed, then a feed per district and per person."""
    u, index, title = ctx.u, ctx.index, ctx.site_title
    for _ in ctx.shard.once():
        yield _feed(ctx, u.feed, title, u.home, index.newest, "site feed")
    for name in ctx.shard.mine(sorted(index.district_names, key=u.district)):
        yield _feed(ctx, u.district_feed(name), f"{name} - {title}", u.district(name),
                    index.district_stories.get(name, ()), f"feed of district {name!r}")
    for person in ctx.shard.mine(index.archive.people):
        ids = [s.story_id for s in person.sightings] + [*person.reported, *person.photographed]
        yield _feed(ctx, u.person_feed(person.id), f"{person.name} - {title}",
                    u.person(person.id), index.stories_of(ids), f"feed of person {person.id!r}")
