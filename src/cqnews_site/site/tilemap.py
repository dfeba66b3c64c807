"""The districts at a glance: a schematic tile map per year, shaded by story count.

Cells come from ``inputs/data/tiles.yaml``; which unit a cell shows follows the gazetteer's
dates: the map of a year shows the units in force on the last day of that year the archive
covers (开县 in 2015, 两江新区 without 江北区 and 渝北区 after 2025-11-06). Stories of a unit
that is not on a year's map (it ended that year, or it has no cell) are listed under it, so
no count is dropped. ``_tilemap.html`` draws one SVG per year and a year selector that
needs no script (CSS ``:target``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Any

from cqnews_site.index.lookups import story_date
from cqnews_site.inputs import tiles
from cqnews_site.model.dates import is_full_date
from cqnews_site.model.records import District
from cqnews_site.site.context import SiteContext

TILE, GAP, PAD = 58, 4, 4  # cell size, space between cells, space around the map
CLASSES = 4  # shades for units with stories (one more for none)
CLASS_NAMES = ("无报道", "较少", "中等", "较多", "最多")


def year_counts(ctx: SiteContext) -> tuple[dict[int, Counter[str]], dict[int, str],
                                           dict[int, int]]:
    """Stories per year per unit (dated stories only), the last date covered per year, and
    how many stories of each year name any unit."""
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    last: dict[int, str] = {}
    seen: dict[int, set[str]] = defaultdict(set)
    for story in ctx.index.newest:
        date = story_date(story)
        if is_full_date(date):
            year = int(date[:4])
            last[year] = max(last.get(year, date), date)
    for name, stories in ctx.index.district_stories.items():
        for story in stories:
            date = story_date(story)
            if is_full_date(date):
                counts[int(date[:4])][name] += 1
                seen[int(date[:4])].add(story.id)
    return counts, last, {year: len(ids) for year, ids in seen.items()}


def in_force(record: District, date: str) -> bool:
    """True when the unit existed on ``date`` (ISO)."""
    return (record.since is None or record.since <= date) and (
        record.until is None or date < record.until)


def class_breaks(values: list[int]) -> tuple[int, ...]:
    """Upper bounds of the shades for non-zero counts: quartiles of all counts, deduplicated,
    the last one the largest count."""
    ordered = sorted(v for v in values if v > 0)
    if not ordered:
        return ()
    bounds = [ordered[min(len(ordered) - 1, (len(ordered) * k) // CLASSES)]
              for k in range(1, CLASSES)]
    return tuple(sorted(set(bounds) | {ordered[-1]}))


def shade(count: int, breaks: tuple[int, ...]) -> int:
    """Class of a count: 0 for none, then 1.. by the breaks."""
    return 0 if count <= 0 else bisect_left(breaks, count) + 1


def _legend(breaks: tuple[int, ...]) -> list[dict[str, Any]]:
    rows = [{"cls": 0, "label": "0 篇"}]
    low = 1
    for i, high in enumerate(breaks, start=1):
        rows.append({"cls": i, "label": f"{low} 篇" if low == high else f"{low}–{high} 篇"})
        low = high + 1
    return rows


def _year(ctx: SiteContext, year: int, date: str, counts: Counter[str],
          breaks: tuple[int, ...]) -> dict[str, Any]:
    layout, _ = tiles.default()
    records = ctx.index.districts
    drawn, shown = [], set()
    for tile in layout.tiles:
        name = next((n for n in tile.units if n in records and in_force(records[n], date)), None)
        if name is None:
            continue
        shown.add(name)
        count = counts.get(name, 0)
        label = layout.label(name, records[name].short)
        drawn.append({
            "name": name, "label": label, "long": len(label) > 3, "count": count,
            "cls": shade(count, breaks), "url": ctx.u.district(name),
            "x": PAD + tile.col * (TILE + GAP), "y": PAD + tile.row * (TILE + GAP),
        })
    others = [{"name": n, "url": ctx.district_url(n), "count": c}
              for n, c in sorted(counts.items()) if n not in shown and c]
    return {"year": year, "id": f"tilemap-{year}", "date": date, "tiles": drawn,
            "others": others, "total": sum(t["count"] for t in drawn), "latest": False}


def tilemap_view(ctx: SiteContext) -> dict[str, Any] | None:
    """Every year's map, newest last, the legend and the picture size; None without dated
    stories."""
    counts, last, stories = year_counts(ctx)
    if not last:
        return None
    breaks = class_breaks([c for per_year in counts.values() for c in per_year.values()])
    layout, _ = tiles.default()
    cols = max((t.col for t in layout.tiles), default=0) + 1
    rows = max((t.row for t in layout.tiles), default=0) + 1
    years = [_year(ctx, y, last[y], counts.get(y, Counter()), breaks)
             | {"stories": stories.get(y, 0)} for y in sorted(last)]
    years[-1]["latest"] = True
    return {"years": years, "legend": _legend(breaks),
            "width": 2 * PAD + cols * (TILE + GAP) - GAP,
            "height": 2 * PAD + rows * (TILE + GAP) - GAP, "tile": TILE}


def tilemap_json(ctx: SiteContext) -> dict[str, Any]:
    """``data/tilemap.json``: per year the date the map shows, each tile's unit and count,
    and the counts of units not on that year's map."""
    view = tilemap_view(ctx)
    if view is None:
        return {"years": {}, "classes": []}
    return {
        "classes": [row["label"] for row in view["legend"]],
        "years": {
            str(y["year"]): {"date": y["date"],
                             "tiles": {t["name"]: t["count"] for t in y["tiles"]},
                             "not_on_map": {o["name"]: o["count"] for o in y["others"]}}
            for y in view["years"]
        },
    }
