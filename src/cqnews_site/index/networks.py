"""Who appears with whom: co-mention networks of people and of each district's officials.

Two people are co-mentioned in a story when they are named in the same unit of it (its own
text or one of its items: the officials of different items of a roundup did not appear
together). An edge's weight is the number of stories with such a unit. Everything is
counted once per archive, so a page reads its network instead of scanning the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

PERSON_NEIGHBOURS = 12  # people drawn around a person: a readable ring on a phone
RING_EDGES = 18  # strongest links among those people drawn too (more is a grey mesh)
DISTRICT_NODES = 15  # officials drawn in a district's network

Unit = tuple[str, str | None]


@dataclass(frozen=True)
class Network:
    """Nodes (person ids; a person's network starts with the person) and weighted edges."""

    nodes: tuple[str, ...]
    edges: tuple[tuple[str, str, int], ...]  # (id, id, shared stories), in node order

    def strengths(self) -> dict[str, int]:
        """Each node's sum of the weights of its edges."""
        found = dict.fromkeys(self.nodes, 0)
        for a, b, w in self.edges:
            found[a] += w
            found[b] += w
        return found


@dataclass(frozen=True)
class Networks:
    """Every network of the archive: per person and per district (only with ≥ 2 nodes)."""

    people: Mapping[str, Network]
    districts: Mapping[str, Network]


def co_mentions(unit_people: Mapping[Unit, frozenset[str]]) -> dict[str, dict[str, int]]:
    """person id → {co-mentioned person id: stories where both are named in one unit}."""
    by_story: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (story_id, _anchor), ids in unit_people.items():
        if len(ids) > 1:
            by_story[story_id].update(combinations(sorted(ids), 2))
    weights: dict[str, dict[str, int]] = defaultdict(dict)
    for pairs in by_story.values():
        for a, b in pairs:
            weights[a][b] = weights[a].get(b, 0) + 1
            weights[b][a] = weights[b].get(a, 0) + 1
    return weights


def _edges(nodes: tuple[str, ...],
           weights: Mapping[str, Mapping[str, int]]) -> tuple[tuple[str, str, int], ...]:
    found = []
    for i, a in enumerate(nodes):
        mine = weights.get(a, {})
        for b in nodes[i + 1:]:
            if b in mine:
                found.append((a, b, mine[b]))
    return tuple(found)


def person_network(person_id: str, weights: Mapping[str, Mapping[str, int]],
                   limit: int = PERSON_NEIGHBOURS, ring: int = RING_EDGES) -> Network | None:
    """The person and the ``limit`` people most often named with them (ties by id), with
    the ``ring`` strongest edges among those people; None when nobody is named with them."""
    partners = weights.get(person_id)
    if not partners:
        return None
    ranked = sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    nodes = (person_id, *(pid for pid, _ in ranked))
    order = {pid: i for i, pid in enumerate(nodes)}
    among = sorted(_edges(nodes[1:], weights), key=lambda e: (-e[2], order[e[0]], order[e[1]]))
    kept = sorted(among[:ring], key=lambda e: (order[e[0]], order[e[1]]))
    return Network(nodes, tuple((person_id, pid, w) for pid, w in ranked) + tuple(kept))


def group_network(members: Iterable[str], weights: Mapping[str, Mapping[str, int]],
                  limit: int = DISTRICT_NODES) -> Network | None:
    """The ``limit`` members most co-mentioned with other members (ties by id), with the
    edges among them; None when fewer than two members were named together."""
    group = set(members)
    degree = {}
    for pid in group:
        total = sum(w for other, w in weights.get(pid, {}).items() if other in group)
        if total:
            degree[pid] = total
    if len(degree) < 2:
        return None
    nodes = tuple(sorted(degree, key=lambda pid: (-degree[pid], pid))[:limit])
    edges = _edges(nodes, weights)
    linked = {x for a, b, _ in edges for x in (a, b)}
    nodes = tuple(n for n in nodes if n in linked)  # the cap can cut a node's only partner
    return Network(nodes, edges) if len(nodes) >= 2 else None


def networks(unit_people: Mapping[Unit, frozenset[str]],
             district_people: Mapping[str, tuple[str, ...]]) -> Networks:
    """Every person's network and every district's network of its officials."""
    weights = co_mentions(unit_people)
    people = {}
    for pid in sorted(weights):
        found = person_network(pid, weights)
        if found:
            people[pid] = found
    districts = {}
    for name in sorted(district_people):
        found = group_network(district_people[name], weights)
        if found:
            districts[name] = found
    return Networks(people, districts)
