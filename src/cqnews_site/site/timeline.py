"""Timelines drawn at build time: stories per month (or per year) as inline SVG bars.

One time axis per chart: the months from the first to the last month with entries, every
month in between included, so an empty month shows as a gap. When that span is longer than
``MONTHS_MAX`` months (``HOME_MONTHS_MAX`` for the archive's own coverage chart on the home
page) the bars count years instead. A bar links to the group of that month (or year) in the
entity's list, which the page lists under a heading with the same id; the home chart's bars
lead to the month (or year) pages of the date archive.

Coordinates are formatted with one decimal, so the output bytes do not depend on how a
platform prints floats. Text sits in a viewBox 360 units wide: about 1:1 on a phone.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cqnews_site.index.lookups import ArchiveIndex, newest_first, story_date
from cqnews_site.index.timelines import month_of, post_story_ids
from cqnews_site.model.dates import is_full_date
from cqnews_site.output.files import json_bytes
from cqnews_site.site import onthisday, pages, urls
from cqnews_site.site.context import SiteContext
from cqnews_site.site.pages import PAGE_SIZE, Output

_MONTH = re.compile(r"\d{4}-\d{2}")
MONTHS_MAX = 36  # an entity's span longer than this is drawn per year
HOME_MONTHS_MAX = 120  # the archive's coverage keeps months longer: its gaps are the point

WIDTH = 360
PAD = 6  # left and right
TOP = 18  # room for the largest count above the bars
PLOT = 78  # height of the tallest bar
BASE = TOP + PLOT  # y of the bars' baseline
LABELS = BASE + 14  # y of the axis labels
CHART_HEIGHT = LABELS + 6
ROW = 30  # height of one tenure row under the chart
BAR_MAX = 24  # a bar of a short span stays a bar, centred in its month's slot
LABEL_GAP = 44  # axis labels closer than this to the previous one are left out


def fmt(value: float) -> str:
    """A coordinate with one decimal, trailing ``.0`` dropped (``12``, ``12.5``)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class Axis:
    """The buckets of one chart, oldest first: ``YYYY-MM`` months or ``YYYY`` years."""

    unit: str  # "month" or "year"
    keys: tuple[str, ...]

    @property
    def slot(self) -> float:
        """Width of one bucket."""
        return (WIDTH - 2 * PAD) / max(1, len(self.keys))

    def key(self, date: str | None) -> str | None:
        """The bucket a full date (or a ``YYYY-MM`` month) falls in, None for other dates."""
        if not date or not (is_full_date(date) or _MONTH.fullmatch(date)):
            return None  # a year-less ``--06-01`` is in no bucket
        return date[:7] if self.unit == "month" else date[:4]

    def x(self, date: str, end: bool = False) -> float:
        """x of a full date: its bucket's left edge plus the part of the bucket gone by."""
        at = self.keys.index(self.key(date) or "")
        year, month, day = (int(p) for p in date.split("-"))
        if self.unit == "month":
            part = (day - (0 if end else 1)) / calendar.monthrange(year, month)[1]
        else:
            days = 366 if calendar.isleap(year) else 365
            done = sum(calendar.monthrange(year, m)[1] for m in range(1, month))
            part = (done + day - (0 if end else 1)) / days
        return PAD + (at + part) * self.slot


def make_axis(months: Iterable[str], longest: int = MONTHS_MAX) -> Axis | None:
    """The axis over ``months`` (``YYYY-MM``); None when there is none."""
    found = sorted(set(months))
    if not found:
        return None
    first, last = found[0], found[-1]
    y0, m0, y1, m1 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
    span = (y1 - y0) * 12 + m1 - m0 + 1
    if span > longest:
        return Axis("year", tuple(str(y) for y in range(y0, y1 + 1)))
    keys = []
    for n in range(span):
        y, m = divmod(m0 - 1 + n, 12)
        keys.append(f"{y0 + y:04d}-{m + 1:02d}")
    return Axis("month", tuple(keys))


def bucket_counts(axis: Axis, counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Every bucket of ``axis`` with its count (zero for an empty one), oldest first."""
    found = dict.fromkeys(axis.keys, 0)
    for month, n in counts.items():
        found[axis.key(month) or ""] += n
    return [(k, found[k]) for k in axis.keys]


def label(key: str) -> str:
    """Chinese name of a bucket: ``2024年8月`` or ``2024年``."""
    return f"{key[:4]}年{int(key[5:])}月" if len(key) == 7 else f"{key}年"


def anchor(key: str) -> str:
    """Id of a bucket's group in a list: ``m-2024-08`` or ``y-2024``."""
    return f"m-{key}" if len(key) == 7 else f"y-{key}"


def _axis_labels(axis: Axis) -> list[dict[str, str]]:
    """Year labels under the bars (the first bucket names its month too); a label too close
    to the previous one is left out, the first starts at the left edge, none runs off."""
    out: list[dict[str, str]] = []
    last = -LABEL_GAP
    for i, key in enumerate(axis.keys):
        if axis.unit == "month" and i and not key.endswith("-01"):
            continue
        x = PAD + (i + 0.5) * axis.slot
        if i and x - last < LABEL_GAP:
            continue
        text = f"{key[:4]}.{int(key[5:])}" if i == 0 and len(key) == 7 else key[:4]
        if i == 0:
            out.append({"x": fmt(PAD), "text": text, "anchor": "start"})
        elif x > WIDTH - PAD - 14:
            out.append({"x": fmt(WIDTH - PAD), "text": text, "anchor": "end"})
        else:
            out.append({"x": fmt(x), "text": text, "anchor": "middle"})
        last = x if i else PAD + 2 * LABEL_GAP / 3
    return out


def _bars(axis: Axis, buckets: Sequence[tuple[str, int]], link) -> list[dict[str, Any]]:
    top = max((n for _, n in buckets), default=0) or 1
    bars = []
    for i, (key, n) in enumerate(buckets):
        if not n:
            continue
        height = max(1.5, PLOT * n / top)
        width = min(axis.slot - min(2.0, axis.slot * 0.2), BAR_MAX)
        bars.append({
            "key": key, "count": n, "label": label(key), "href": link(key),
            "x": fmt(PAD + i * axis.slot + (axis.slot - width) / 2), "w": fmt(width),
            "y": fmt(BASE - height), "h": fmt(height), "slot_x": fmt(PAD + i * axis.slot),
            "slot_w": fmt(axis.slot),
        })
    return bars


def chart(counts: Mapping[str, int], link, unit_word: str, extra_months: Iterable[str] = (),
          longest: int = MONTHS_MAX) -> dict[str, Any] | None:
    """Everything the template draws for one story chart; None when nothing is dated."""
    axis = make_axis([*counts, *extra_months], longest)
    if axis is None or not counts:
        return None
    buckets = bucket_counts(axis, counts)
    empty = [label(k) for k, n in buckets if not n]
    return {
        "axis": axis, "unit": axis.unit, "unit_name": "月" if axis.unit == "month" else "年",
        "word": unit_word, "buckets": [{"key": k, "label": label(k), "count": n,
                                        "href": link(k) if n else None} for k, n in buckets],
        "bars": _bars(axis, buckets, link), "labels": _axis_labels(axis),
        "top": max(n for _, n in buckets), "first": label(axis.keys[0]),
        "last": label(axis.keys[-1]), "total": sum(n for _, n in buckets), "empty": empty,
        "width": WIDTH, "height": CHART_HEIGHT, "base": BASE, "pad": PAD,
        "label_y": LABELS, "top_y": TOP - 5, "max_y": TOP,
    }


def tenure_rows(axis: Axis, tenures: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Geometry of a person's posts under the chart, one row each, on the chart's axis."""
    rows = []
    for i, t in enumerate(tenures):
        x0 = axis.x(t["first"])
        x1 = max(axis.x(t["last"], end=True), x0 + 2)
        y = CHART_HEIGHT + i * ROW
        right = x0 > WIDTH / 2
        rows.append({**t, "x": fmt(x0), "w": fmt(x1 - x0), "y": fmt(y + 17), "h": "8",
                     "text_x": fmt(min(x1, WIDTH - PAD) if right else max(x0, PAD)),
                     "text_y": fmt(y + 13), "anchor": "end" if right else "start"})
    return rows


# ---------------------------------------------------------------------------
# What the templates call (``tl`` in every template)


def _start_page(counts: Mapping[str, int], axis: Axis, key: str) -> int:
    """The list page (1-based) where bucket ``key``'s group starts: the list is newest
    first, so the entries of every newer bucket come before it."""
    before = sum(n for month, n in counts.items() if (axis.key(month) or "") > key)
    return before // PAGE_SIZE + 1


class TimelineView:
    """The charts and the month-grouped lists of one archive's pages."""

    def __init__(self, index: ArchiveIndex, u: urls.SiteUrls):
        self.index, self.u = index, u

    def _entity(self, kind: str, key: str, path: str, word: str, extra: Iterable[str] = ()):
        counts = self.index.timelines.of(kind, key)
        axis = make_axis([*counts, *extra])

        def link(bucket: str) -> str:
            assert axis is not None
            return f"{urls.page_path(path, _start_page(counts, axis, bucket))}#{anchor(bucket)}"

        return chart(counts, link, word, extra)

    def district(self, name: str) -> dict[str, Any] | None:
        """A district's stories per month."""
        return self._entity("districts", name, self.u.district(name), "篇")

    def keyword(self, keyword: str) -> dict[str, Any] | None:
        """A keyword's stories per month."""
        return self._entity("keywords", keyword, self.u.keyword(keyword), "篇")

    def post(self, post_id: str) -> dict[str, Any] | None:
        """A post's stories per month, with the stories grouped the same way."""
        found = self._entity("posts", post_id, self.u.post(post_id), "篇")
        if found is not None:
            ids = post_story_ids(self.index.posts[post_id], self.index.story)
            stories = newest_first(self.index.story[i] for i in ids)
            found["groups"] = self._groups(found["axis"], [story_date(s) for s in stories],
                                           stories, 1)
        return found

    def person(self, person_id: str) -> dict[str, Any] | None:
        """A person's appearances per month and, on the same axis, the posts they held."""
        tenures = []
        for post, tenure in self.index.person_posts.get(person_id, ()):
            if is_full_date(tenure.first) and is_full_date(tenure.last):
                doubted = any(t.person_id == person_id for c in self.index.post_conflicts.get(
                    post.id, ()) for t in c.holders)
                tenures.append({"title": post.title, "url": self.u.post(post.id),
                                "first": tenure.first, "last": tenure.last, "doubted": doubted})
        tenures.sort(key=lambda t: (t["first"], t["last"], t["title"]))
        extra = [month_of(d) or "" for t in tenures for d in (t["first"], t["last"])]
        found = self._entity("people", person_id, self.u.person(person_id), "处", extra)
        if found is not None:
            found["tenures"] = tenure_rows(found["axis"], tenures)
            found["height"] += ROW * len(tenures)
        return found

    def home(self, years: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
        """The archive's coverage: stories per month of the date archive, gaps included."""
        counts = {f"{y['year']}-{m['month']}": m["count"] for y in years for m in y["months"]}

        def link(bucket: str) -> str:
            return (urls.SiteUrls.month(bucket[:4], bucket[5:]) if len(bucket) == 7
                    else urls.SiteUrls.year(bucket))

        return chart(counts, link, "篇", longest=HOME_MONTHS_MAX)

    def onthisday_days(self, years: Sequence[Mapping[str, Any]]) -> str:
        """The calendar days with an on-this-day file (see ``onthisday.day_keys``)."""
        return onthisday.day_keys(years)

    def story_groups(self, kind: str, key: str, pager) -> list[dict[str, Any]]:
        """The stories of one list page in groups by the entity chart's buckets."""
        axis = make_axis(self.index.timelines.of(kind, key))
        return self._groups(axis, [story_date(s) for s in pager.items], pager.items,
                            pager.number, kind, key)

    def appearance_groups(self, person_id: str, pager) -> list[dict[str, Any]]:
        """A person's appearances on one list page in groups by the chart's buckets."""
        found = self.person(person_id)
        axis = found["axis"] if found else None
        return self._groups(axis, [a["date"] for a in pager.items], pager.items,
                            pager.number, "people", person_id)

    def _groups(self, axis: Axis | None, dates: Sequence[str | None], items: Sequence[Any],
                number: int, kind: str = "", key: str = "") -> list[dict[str, Any]]:
        groups: list[dict[str, Any]] = []
        for date, item in zip(dates, items, strict=True):
            bucket = axis.key(date) if axis else None
            if not groups or groups[-1]["key"] != bucket:
                groups.append({"key": bucket, "entries": [],
                               "label": label(bucket) if bucket else "年月不详",
                               "id": anchor(bucket) if bucket else None, "continued": False})
            groups[-1]["entries"].append(item)
        if groups and number > 1:
            counts = self.index.timelines.of(kind, key)
            first = groups[0]["key"]
            start = (_start_page(counts, axis, first) if first and axis
                     else sum(counts.values()) // PAGE_SIZE + 1)  # the undated tail
            groups[0]["continued"] = start < number
        return groups


def _bars_json(found: dict[str, Any] | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {"unit": found["unit"], "bars": [[b["key"], b["count"]] for b in found["buckets"]]}


def data_file(ctx: SiteContext) -> Iterator[Output]:
    """``data/timelines.json``: every chart's buckets (zeros included), as drawn."""
    for _ in ctx.shard.once():
        view, index = TimelineView(ctx.index, ctx.u), ctx.index
        families = {
            "people": (view.person, [p.id for p in index.archive.people]),
            "districts": (view.district, sorted(index.district_names)),
            "keywords": (view.keyword, sorted(index.keywords)),
            "posts": (view.post, [p.id for p in index.archive.posts]),
        }
        out: dict[str, Any] = {name: {key: bars for key in keys
                                      if (bars := _bars_json(make(key))) is not None}
                               for name, (make, keys) in families.items()}
        out["archive"] = _bars_json(view.home(pages._date_tree(ctx)))
        yield "data/timelines.json", json_bytes(out), "timelines.json"
