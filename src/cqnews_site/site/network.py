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

from typing import Any

import networkx as nx

from cqnews_site.index.networks import Network
from cqnews_site.site.context import SiteContext

WIDTH, HEIGHT = 360, 300
LIST_PAIRS = 24  # pairs listed beside a district's picture (all are in data/networks.json)
_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 46, 26, 40  # room for the names under the nodes


def _graph(network: Network) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(network.nodes)
    graph.add_weighted_edges_from(network.edges)
    return graph


def layout(network: Network, ego: bool) -> dict[str, tuple[float, float]]:
    """Picture coordinates of each node, rounded to one decimal: the ego in the middle and
    the others on a ring in rank order, or (no ego) every node on the ring."""
    graph = _graph(network)
    if ego:
        pos = nx.shell_layout(graph, [network.nodes[:1], list(network.nodes[1:])],
                              rotate=0.0)
    else:
        pos = nx.circular_layout(graph)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    inner_w = WIDTH - 2 * _MARGIN_X
    inner_h = HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM
    out = {}
    for node in network.nodes:
        x, y = float(pos[node][0]), float(pos[node][1])
        px = _MARGIN_X + (x - min(xs)) / span_x * inner_w if max(xs) > min(xs) else WIDTH / 2
        py = _MARGIN_TOP + (y - min(ys)) / span_y * inner_h if max(ys) > min(ys) else HEIGHT / 2
        out[node] = (round(px, 1), round(py, 1))
    return out


def _scale(weight: int, top: int, low: float, high: float) -> float:
    """``low`` for weight 1 up to ``high`` for the top weight (``low`` when all are equal)."""
    return round(low + (high - low) * (weight - 1) / (top - 1), 1) if top > 1 else low


def network_view(ctx: SiteContext, network: Network | None, ego: str | None) -> dict | None:
    """What ``_network.html`` draws: nodes (links), edges (width by weight) and the list
    beside the picture; None when there is no network."""
    if network is None:
        return None
    pos = layout(network, ego is not None)
    top_edge = max((w for _, _, w in network.edges), default=1)
    strength = {pid: network.weight(pid) for pid in network.nodes}
    top_node = max(strength.values(), default=1)
    nodes = []
    for pid in network.nodes:
        x, y = pos[pid]
        r = 9.0 if pid == ego else _scale(strength[pid], top_node, 5.0, 8.0)
        nodes.append({"id": pid, "name": ctx.index.person_name(pid), "url": ctx.u.person(pid),
                      "x": x, "y": y, "r": r, "label_y": round(y + r + 13, 1),
                      "ego": pid == ego, "weight": strength[pid]})
    edges = [
        {"a": a, "b": b, "weight": w, "ego": ego in (a, b),
         "x1": pos[a][0], "y1": pos[a][1], "x2": pos[b][0], "y2": pos[b][1],
         "width": _scale(w, top_edge, 1.2, 5.0)}
        for a, b, w in network.edges
    ]
    return {"width": WIDTH, "height": HEIGHT, "nodes": nodes, "edges": edges,
            "ego": ego, "rows": _rows(ctx, network, ego),
            "more_pairs": 0 if ego else max(0, len(network.edges) - LIST_PAIRS)}


def _rows(ctx: SiteContext, network: Network, ego: str | None) -> list[dict[str, Any]]:
    """The list beside the picture: a person's partners with their shared stories, or each
    pair of a district's officials, most shared first."""
    if ego is not None:
        return [{"name": ctx.index.person_name(b if a == ego else a),
                 "url": ctx.u.person(b if a == ego else a), "weight": w, "other": None}
                for a, b, w in sorted(network.edges, key=lambda e: (-e[2], e[0], e[1]))
                if ego in (a, b)]
    return [{"name": ctx.index.person_name(a), "url": ctx.u.person(a), "weight": w,
             "other": {"name": ctx.index.person_name(b), "url": ctx.u.person(b)}}
            for a, b, w in sorted(network.edges, key=lambda e: (-e[2], e[0], e[1]))[:LIST_PAIRS]]


def person_network(ctx: SiteContext, person_id: str) -> dict | None:
    """The co-mention network drawn on a person's page (None when nobody is named with them)."""
    return network_view(ctx, ctx.index.networks.people.get(person_id), person_id)


def district_network(ctx: SiteContext, name: str) -> dict | None:
    """The network of a district's officials drawn on its page."""
    return network_view(ctx, ctx.index.networks.districts.get(name), None)


def _json(network: Network) -> dict[str, Any]:
    return {"nodes": list(network.nodes), "edges": [list(e) for e in network.edges]}


def networks_json(ctx: SiteContext) -> dict[str, Any]:
    """``data/networks.json``: every drawn network, as person ids and weighted edges."""
    nets = ctx.index.networks
    return {"people": {pid: _json(n) for pid, n in sorted(nets.people.items())},
            "districts": {name: _json(n) for name, n in sorted(nets.districts.items())}}
