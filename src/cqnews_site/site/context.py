"""What every page generator reads: the archive index, the page paths and the renderer."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from cqnews_site.index.lookups import ArchiveIndex
from cqnews_site.model.records import Story
from cqnews_site.site import urls
from cqnews_site.site.dependencies import UNCHANGED, Reuse
from cqnews_site.site.theme import Renderer


def site_urls(index: ArchiveIndex) -> urls.SiteUrls:
    """Every page path of the archive behind ``index``."""
    return urls.SiteUrls(
        story_ids=index.story,
        person_ids=index.people,
        districts=index.district_names,
        keywords=index.keywords,
        sections=index.sections,
        sources=index.sources,
        post_ids=index.posts,
        papers=index.papers,
    )


T = TypeVar("T")


@dataclass
class Shard:
    """Which part of the site one render worker makes: ``part`` of ``parts``.

    Every worker runs every generator in the same order; entity loops take every
    ``parts``-th entity (``mine``) and single pages go to the workers in turn (``once``), so
    the parts are disjoint, cover the site, and do not depend on timing.
    """

    part: int = 0
    parts: int = 1
    turn: int = 0

    def mine(self, items: Sequence[T]) -> Sequence[T]:
        """This worker's share of ``items``."""
        return items[self.part :: self.parts] if self.parts > 1 else items

    def once(self) -> Iterator[None]:
        """Yields once in exactly one worker: use as ``for _ in ctx.shard.once():``."""
        turn, self.turn = self.turn, self.turn + 1
        if turn % self.parts == self.part:
            yield None


@dataclass(frozen=True)
class SiteContext:
    """One archive's index, its page paths (``u``) and the template renderer."""

    index: ArchiveIndex
    u: urls.SiteUrls
    renderer: Renderer
    site_title: str
    base_url: str  # "" or an absolute URL ending in "/"
    shard: Shard = field(default_factory=Shard)
    reuse: Reuse | None = None  # keys each page by its inputs; None renders everything
    search_parts: Path | None = None  # where the search index keeps its stories' parts

    def story_path(self, story: Story, anchor: str | None = None) -> str:
        """Page path of a story, with ``#anchor`` for one of its items."""
        return self.u.story(story.id, anchor)

    def district_url(self, name: str | None) -> str | None:
        """Page path of a district, None when the site has no page for it."""
        return self.u.district(name) if name in self.u.districts else None

    def person_url(self, person_id: str) -> str | None:
        """Page path of a person, None when the archive has no such person."""
        return self.u.person(person_id) if person_id in self.index.people else None

    def entity_url(self, kind: str, key: str) -> str | None:
        """Page path of a "person" (by id) or a "district" (by name); None when it has none."""
        return self.person_url(key) if kind == "person" else self.district_url(key)

    def shared(self) -> AbstractContextManager[None]:
        """Pages rendered inside share the objects they pass under one name and nothing
        changes them between pages (see ``ValueDigest.shared``)."""
        return self.reuse.values.shared() if self.reuse is not None else nullcontext()

    def render(self, template: str, path: str, /, **context) -> bytes:
        """Render ``template`` as the page at ``path`` (``UNCHANGED`` when the last site
        holds it made from the same inputs)."""
        if self.reuse is not None:
            key = self.reuse.key(template, path, context)
            if self.reuse.unchanged(template, path, key):
                return UNCHANGED
        return self.renderer.render(template, path, **context)

    def unchanged(self, path: str, value: Any) -> bool:
        """Whether the last site holds the file at ``path`` made by the code from an equal
        ``value`` and nothing else; the caller then yields ``UNCHANGED`` for it."""
        if self.reuse is None:
            return False
        return self.reuse.unchanged(None, path, self.reuse.value_key(path, value))
