"""Related stories: the stories sharing most people, districts and keywords with a story.

Counted in numpy over story ranks (a story's place in ``ArchiveIndex.newest``): a story of
a large archive shares something with thousands of others, and counting their ids one by one
in a ``Counter`` was the costliest step of a story page.
"""

from __future__ import annotations

import numpy as np

from cqnews_site.index.lookups import ArchiveIndex
from cqnews_site.model.records import Story

RELATED = 6
# A person, district or keyword named in more stories than this is too common to say that
# two of them are related (a district paper's own district, the Party secretary). A fixed
# number, not a share of the archive, keeps the work per story bounded as the archive grows.
RELATED_SHARE_CEILING = 300

# What a shared thing weighs: a person more than a district, a district more than a keyword.
WEIGHTS = (("person", 3), ("district", 2), ("keyword", 1))


class Related:
    """Related stories of one archive; the ranks of each shared thing's stories are made once."""

    def __init__(self, index: ArchiveIndex) -> None:
        self.index = index
        self._ranks: dict[tuple[str, str], np.ndarray | None] = {}

    def _sharing(self, key: tuple[str, str]) -> np.ndarray | None:
        """Ranks of the stories sharing ``key``; None when too many share it to count."""
        if key not in self._ranks:
            ids = self.index.shared.get(key, ())
            recency = self.index.recency
            self._ranks[key] = (np.fromiter((recency[i] for i in ids), np.int32, len(ids))
                                if len(ids) <= RELATED_SHARE_CEILING else None)
        return self._ranks[key]

    def of(self, story: Story, limit: int = RELATED) -> list[Story]:
        """Stories sharing people (weight 3), districts (2) or keywords (1) with ``story``:
        the highest total first, the newer first among equal totals."""
        values = {"person": self.index.story_people.get(story.id, ()),
                  "district": set(story.districts), "keyword": set(story.keywords)}
        parts = []
        for kind, weight in WEIGHTS:
            for value in values[kind]:
                ranks = self._sharing((kind, value))
                if ranks is not None:
                    parts.extend([ranks] * weight)
        if not parts:
            return []
        # Counted by rank (``bincount``), not by sorting the ranks (``unique``): half the time
        # (0.28 s -> 0.14 s for the 2,944 stories of c2500).
        counts = np.bincount(np.concatenate(parts))
        own = self.index.recency[story.id]
        if own < len(counts):
            counts[own] = 0  # not related to itself
        ranks = np.flatnonzero(counts)
        counts = counts[ranks]
        # ranks come sorted, so a stable sort by count keeps the newer first among equals
        best = np.argsort(-counts, kind="stable")[:limit]
        newest = self.index.newest
        return [newest[r] for r in ranks[best].tolist()]


_LAST: list[Related] = []  # the one archive this process renders (a worker's own copy)


def of_index(index: ArchiveIndex) -> Related:
    """The ``Related`` of ``index``, made on first use in this process."""
    if not _LAST or _LAST[0].index is not index:
        _LAST[:] = [Related(index)]
    return _LAST[0]
