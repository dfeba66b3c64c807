"""Co-mention networks drawn at build time: the view ``_network.html`` turns into inline SVG.

The networks themselves are counted once in the index (``index/networks.py``); here they
are laid out with networkx and scaled to the picture. A person's network is a ring around
the person (``shell_layout``), a district's officials a ring in order of how often they
appear together (``circular_layout``). Both are closed formulas: no random start, no
iteration, so 10,000 person pages cost next to nothing (a seeded ``spring_layout`` costs
~3 ms a page and packs a district's clique into a ball beside its other pairs).
Coordinates are rounded, so rebuilds are byte-identical.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import networkx as nx

from cqnews_site.index.networks import Network
from cqnews_site.site.context import SiteContext

WIDTH, HEIGHT = 360, 300
LIST_PAIRS = 24  # pairs listed beside a district's picture (all are in data/networks.json)
_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 46, 26, 40  # room for the names under the nodes


@lru_cache(maxsize=64)
def ring(size: int, ego: bool) -> tuple[tuple[int, int], ...]:
    """Picture coordinates of ``size`` nodes, rounded to whole pixels: the first in the
    middle and the others on a ring in order (``ego``), or all on the ring. Ring layouts
    depend on the number of nodes alone, so each size is laid out once per process."""
    graph = nx.Graph()
    graph.add_nodes_from(range(size))
    if ego:
        pos = nx.shell_layout(graph, [[0], list(range(1, size))], rotate=0.0)
    else:
        pos = nx.circular_layout(graph)
    xs = [float(pos[i][0]) for i in range(size)]
    ys = [float(pos[i][1]) for i in range(size)]
    low_x, low_y = min(xs), min(ys)
    span_x, span_y = max(xs) - low_x, max(ys) - low_y
    inner_w = WIDTH - 2 * _MARGIN_X
    inner_h = HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM
    return tuple(
        (round(_MARGIN_X + (x - low_x) / span_x * inner_w) if span_x else WIDTH // 2,
         round(_MARGIN_TOP + (y - low_y) / span_y * inner_h) if span_y else HEIGHT // 2)
        for x, y in zip(xs, ys, strict=True)
    )


def layout(network: Network, ego: bool) -> dict[str, tuple[int, int]]:
    """Picture coordinates of each node of ``network`` (see ``ring``)."""
    return dict(zip(network.nodes, ring(len(network.nodes), ego), strict=True))


def _scale(weight: int, top: int, low: float, high: float) -> float:
    """``low`` for weight 1 up to ``high`` for the top weight (``low`` when all are equal)."""
    return round(low + (high - low) * (weight - 1) / (top - 1), 1) if top > 1 else low


def network_view(ctx: SiteContext, network: Network | None, ego: str | None) -> dict | None:
    """What ``_network.html`` draws: nodes (links), edges (width by weight) and the list
    beside the picture; None when there is no network.

    Nodes, edges and rows are tuples the template unpacks: a page has dozens of them and
    unpacking is several times cheaper in Jinja than looking up dict keys as attributes.
    """
    if network is None:
        return None
    pos = layout(network, ego is not None)
    top_edge = max((w for _, _, w in network.edges), default=1)
    strength = network.strengths()
    top_node = max(strength.values(), default=1)
    nodes = []
    for pid in network.nodes:
        x, y = pos[pid]
        r = 9.0 if pid == ego else _scale(strength[pid], top_node, 5.0, 8.0)
        nodes.append(("node ego" if pid == ego else "node", ctx.u.person(pid), pid == ego, pid,
                      x, y, r, round(y + r + 13, 1), ctx.index.person_name(pid)))
    # One <path> per kind and weight ("M x y L x y" per edge): a page draws a handful of
    # paths instead of dozens of <line>s, smaller and cheaper to render.
    paths: dict[tuple[str, int], list[str]] = {}
    for a, b, w in network.edges:
        kind = "edge ego" if ego in (a, b) else "edge"
        paths.setdefault((kind, w), []).append("M{} {}L{} {}".format(*pos[a], *pos[b]))
    edges = [(kind, _scale(w, top_edge, 1.2, 5.0), w, "".join(parts))
             for (kind, w), parts in sorted(paths.items(), key=lambda kv: (kv[0][0] != "edge",
                                                                           kv[0][1]))]
    return {"width": WIDTH, "height": HEIGHT, "nodes": nodes, "edges": edges,
            "ego": ego, "ego_name": ctx.index.person_name(ego) if ego else None,
            "rows": _rows(ctx, network, ego),
            "more_pairs": 0 if ego else max(0, len(network.edges) - LIST_PAIRS)}


def _rows(ctx: SiteContext, network: Network, ego: str | None) -> list[tuple]:
    """The list beside the picture, as (name, page, other name, other page, stories): a
    person's partners, or each pair of a district's officials; most shared first."""
    ranked = sorted(network.edges, key=lambda e: (-e[2], e[0], e[1]))
    if ego is not None:
        others = ((b if a == ego else a, w) for a, b, w in ranked if ego in (a, b))
        return [(ctx.index.person_name(pid), ctx.u.person(pid), None, None, w)
                for pid, w in others]
    return [(ctx.index.person_name(a), ctx.u.person(a), ctx.index.person_name(b),
             ctx.u.person(b), w) for a, b, w in ranked[:LIST_PAIRS]]


def person_network(ctx: SiteContext, person_id: str) -> dict | None:
    """The co-mention network drawn on a person's page (None when nobody is named with them)."""
    return network_view(ctx, ctx.index.networks.people.get(person_id), person_id)


def district_network(ctx: SiteContext, name: str) -> dict | None:
    """The network of a district's officials drawn on its page."""
    return network_view(ctx, ctx.index.networks.districts.get(name), None)


def _json(network: Network) -> dict[str, Any]:
    at = {pid: i for i, pid in enumerate(network.nodes)}
    return {"nodes": list(network.nodes), "edges": [[at[a], at[b], w] for a, b, w in network.edges]}


def networks_json(ctx: SiteContext) -> dict[str, Any]:
    """``data/networks.json``: every drawn network: its person ids (a person's own network
    starts with the person) and its edges as [node index, node index, shared stories]."""
    nets = ctx.index.networks
    return {"people": {pid: _json(n) for pid, n in sorted(nets.people.items())},
            "districts": {name: _json(n) for name, n in sorted(nets.districts.items())}}
