"""历史上的今天: the stories of every calendar day, for the home page's on-this-day box.

The build writes one small file per day that has stories (``data/onthisday/MM-DD.json``)
and a page listing every day (``dates/onthisday.html``); it never reads the clock. The
home page's script (``static/onthisday.js``) picks the reader's day in the browser and
shows that day's stories from earlier years; without script the box links to the page.
Entries are those of the date archive (a roundup's section dated on its own counts on
its own date), so a day here agrees with the month pages.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from cqnews_site.site import pages, urls
from cqnews_site.site.context import SiteContext
from cqnews_site.site.pages import Output

PAGE = f"{urls.DATES}/onthisday.html"
DATA = "data/onthisday"


def compact_json(value: Any) -> bytes:
    """Deterministic JSON without indentation: the data files are read by scripts and tests,
    and indenting a pair per line made them several times larger."""
    return (json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            + "\n").encode()


def by_day(years: Sequence[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """``MM-DD`` → the date archive's entries of that calendar day, newest year first."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for y in years:
        for m in y["months"]:
            for d in m["days"]:
                for e in d["entries"]:
                    found[f"{m['month']}-{d['day']}"].append(
                        {**e, "date": f"{y['year']}-{m['month']}-{d['day']}"})
    return dict(sorted(found.items()))


def entry_json(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One story (or dated section) of a day's file; ``url`` is relative to the site root."""
    story, item = entry["story"], entry["item"]
    return {"date": entry["date"], "headline": story.headline,
            "section": item.heading if item else None, "url": urls.href(entry["url"])}


def day_rows(days: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """The on-this-day page: months, each with its days, each with its years and counts."""
    months: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, entries in days.items():
        years: dict[str, set[str]] = defaultdict(set)
        for e in entries:
            years[e["date"][:4]].add(e["story"].id)
        months[key[:2]].append({
            "id": f"d-{key}", "month": int(key[:2]), "day": int(key[3:]),
            "years": [{"year": y, "count": len(ids), "url": urls.SiteUrls.day(f"{y}-{key}")}
                      for y, ids in sorted(years.items(), reverse=True)],
        })
    return [{"month": int(m), "id": f"m{m}", "days": v} for m, v in sorted(months.items())]


def day_keys(years: Sequence[Mapping[str, Any]]) -> str:
    """The calendar days that have a file, ``MM-DD`` separated by spaces (for the script)."""
    return " ".join(by_day(years))


def onthisday(ctx: SiteContext) -> Iterator[Output]:
    """``data/onthisday/MM-DD.json`` for every day with stories, and the page of all days."""
    for _ in ctx.shard.once():
        days = by_day(pages._date_tree(ctx))
        for key, entries in days.items():
            yield f"{DATA}/{key}.json", compact_json([entry_json(e) for e in entries]), \
                f"on this day {key}"
        yield PAGE, ctx.render("onthisday.html", PAGE, months=day_rows(days)), "on this day"
