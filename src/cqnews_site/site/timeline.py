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
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from cqnews_site.index.lookups import ArchiveIndex, newest_first, story_date
from cqnews_site.index.timelines import month_of, post_story_ids
from cqnews_site.model.dates import cn_date, is_full_date
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
    found = set(months)
    if not found:
        return None
    return _axis(min(found), max(found), longest)


@lru_cache(maxsize=1 << 12)
def _axis(first: str, last: str, longest: int) -> Axis:
    """The axis from month ``first`` to month ``last``: the same for many charts (an Axis
    does not change), made once (its month names took a fifth of a person's chart)."""
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
        last = x if i else PAD + LABEL_GAP / 2  # the first label starts at the edge
    return out


def _bars(axis: Axis, buckets: Sequence[tuple[str, int]],
          hrefs: Mapping[str, str]) -> list[dict[str, Any]]:
    top = max((n for _, n in buckets), default=0) or 1
    # Every bar of a chart has the same width and slot: worked out and written once
    # (a third of the coordinates each chart formatted).
    slot = axis.slot
    width = min(slot - min(2.0, slot * 0.2), BAR_MAX)
    inset, w, slot_w = (slot - width) / 2, fmt(width), fmt(slot)
    bars = []
    for i, (key, n) in enumerate(buckets):
        if not n:
            continue
        height = max(1.5, PLOT * n / top)
        left = PAD + i * slot
        bars.append({
            "key": key, "count": n, "label": label(key), "href": hrefs[key],
            "x": fmt(left + inset), "w": w, "y": fmt(BASE - height), "h": fmt(height),
            "slot_x": fmt(left), "slot_w": slot_w,
        })
    return bars


def chart(counts: Mapping[str, int], link, unit_word: str, extra_months: Iterable[str] = (),
          longest: int = MONTHS_MAX, zeros: bool = False) -> dict[str, Any] | None:
    """Everything the template draws for one story chart; None when nothing is dated.
    ``buckets`` are the non-empty ones, or all of them with ``zeros``."""
    axis = make_axis([*counts, *extra_months], longest)
    if axis is None or not counts:
        return None
    buckets = bucket_counts(axis, counts)
    before, newer = {}, 0  # entries in newer buckets: where a bucket starts in a list
    for k, n in reversed(buckets):
        before[k], newer = newer, newer + n
    hrefs = {k: link(k, before[k]) for k, n in buckets if n}
    return {
        "axis": axis, "unit": axis.unit, "unit_name": "月" if axis.unit == "month" else "年",
        "word": unit_word, "buckets": [{"key": k, "label": label(k), "count": n,
                                        "href": hrefs.get(k)} for k, n in buckets
                                       if n or zeros],
        "bars": _bars(axis, buckets, hrefs), "labels": _axis_labels(axis), "before": before,
        "top": max(n for _, n in buckets), "first": label(axis.keys[0]),
        "last": label(axis.keys[-1]), "total": sum(n for _, n in buckets), "empty": [],
        "width": WIDTH, "height": CHART_HEIGHT, "base": BASE, "pad": PAD,
        "label_y": LABELS, "top_y": TOP - 5, "max_y": TOP,
    }


def month_grid(buckets: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The buckets of a monthly chart as a year × month table: a compact text equivalent
    in which an empty month reads 0 (a month outside the span is None)."""
    rows: dict[str, list[Mapping[str, Any] | None]] = {}
    for b in buckets:
        rows.setdefault(b["key"][:4], [None] * 12)[int(b["key"][5:]) - 1] = b
    return [{"year": y, "cells": cells} for y, cells in rows.items()]


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


def _start_page(before: int) -> int:
    """The list page (1-based) where a group starts after ``before`` entries."""
    return before // PAGE_SIZE + 1


def _title_desc(found: Mapping[str, Any]) -> tuple[str, str]:
    """The chart's title and description: what a screen reader says for the picture."""
    month = found["unit"] == "month"
    word, unit = found["word"], found["unit_name"]
    what = "出现的报道（处）" if word == "处" else "报道篇数"
    title = f"每{unit}{what}，{found['first']}至{found['last']}"
    desc = f"共{found['total']}{word}，最多的一{'个月' if month else '年'}{found['top']}{word}。"
    if found["empty"]:
        desc += f"没有报道的{'月份' if month else '年份'}：{'、'.join(found['empty'])}。"
    tenures = found.get("tenures") or ()
    if tenures:
        desc += "下方横条为见报任职时间：" + "；".join(
            f"{t['title']}（{cn_date(t['first'])}至{cn_date(t['last'])}"
            f"{'，待核实' if t['doubted'] else ''}）" for t in tenures) + "。"
    return title, desc


def _tenures_svg(found: Mapping[str, Any], root: str) -> list[str]:
    out = []
    for t in found.get("tenures") or ():
        note = "（待核实）" if t["doubted"] else ""
        out.append(
            f'<a href="{escape(root + urls.href(t["url"]))}"><title>{escape(t["title"])}：'
            f'{cn_date(t["first"])}至{cn_date(t["last"])}{note}</title><text class="tl-post" '
            f'x="{t["text_x"]}" y="{t["text_y"]}" text-anchor="{t["anchor"]}">'
            f'{escape(t["title"])}{note}</text><rect class="tl-tenure'
            f'{" tl-doubted" if t["doubted"] else ""}" x="{t["x"]}" y="{t["y"]}" '
            f'width="{t["w"]}" height="{t["h"]}"/></a>')
    return out


def svg(found: Mapping[str, Any], root: str, page: str) -> Markup:
    """The whole chart as inline SVG (made here rather than in a template: it is drawn on
    every entity page, and a template loop over its bars costs several times more)."""
    title, desc = _title_desc(found)
    word, right = found["word"], WIDTH - PAD
    parts = [
        f'<svg class="tl-svg" viewBox="0 0 {WIDTH} {found["height"]}" role="group" '
        f'aria-labelledby="tl-t tl-d">',
        f'<title id="tl-t">{title}</title>', f'<desc id="tl-d">{desc}</desc>',
        f'<line class="tl-grid" x1="{PAD}" x2="{right}" y1="{TOP}" y2="{TOP}"/>',
        f'<text class="tl-max" x="{PAD}" y="{TOP - 5}">{found["top"]}{word}</text>',
        *(f'<a href="{_link(b["href"], root, page)}"><title>{b["label"]}：{b["count"]}{word}'
          f'</title><rect class="tl-hit" x="{b["slot_x"]}" y="{TOP}" width="{b["slot_w"]}" '
          f'height="{PLOT}"/><rect class="tl-bar" x="{b["x"]}" y="{b["y"]}" width="{b["w"]}" '
          f'height="{b["h"]}"/></a>' for b in found["bars"]),
        f'<line class="tl-base" x1="{PAD}" x2="{right}" y1="{BASE}" y2="{BASE}"/>',
        *(f'<text class="tl-axis" x="{x["x"]}" y="{LABELS}" text-anchor="{x["anchor"]}">'
          f'{x["text"]}</text>' for x in found["labels"]),
        *_tenures_svg(found, root),
        "</svg>",
    ]
    return Markup("\n".join(parts))


def _link(path: str, root: str, page: str) -> str:
    """An href from ``page`` to ``path``: just the fragment when it is on the same page."""
    if path.startswith(page + "#"):
        return escape(path[len(page):])
    return escape(root + urls.href(path))


class TimelineView:
    """The charts and the month-grouped lists of one archive's pages."""

    def __init__(self, index: ArchiveIndex, u: urls.SiteUrls):
        self.index, self.u = index, u
        # The pages of one entity are made one after the other: keep its chart for them.
        self._last: tuple[tuple[str, str], dict[str, Any] | None] = (("", ""), None)

    def _entity(self, kind: str, key: str, path: str, word: str, extra: Iterable[str] = (),
                paged: bool = True):
        if self._last[0] == (kind, key):
            return self._last[1]
        counts = self.index.timelines.of(kind, key)

        def link(bucket: str, before: int) -> str:
            # A list split into pages: the bar leads to the page where its group starts.
            page = _start_page(before) if paged else 1
            return f"{urls.page_path(path, page)}#{anchor(bucket)}"

        found = chart(counts, link, word, extra)
        self._last = ((kind, key), found)
        return found

    def district(self, name: str) -> dict[str, Any] | None:
        """A district's stories per month."""
        return self._entity("districts", name, self.u.district(name), "篇")

    def keyword(self, keyword: str) -> dict[str, Any] | None:
        """A keyword's stories per month."""
        return self._entity("keywords", keyword, self.u.keyword(keyword), "篇")

    def post(self, post_id: str) -> dict[str, Any] | None:
        """A post's stories per month, with the stories grouped the same way."""
        # A post's page lists all its stories on one page (it has no numbered pages).
        found = self._entity("posts", post_id, self.u.post(post_id), "篇", paged=False)
        if found is not None and "groups" not in found:
            ids = post_story_ids(self.index.posts[post_id], self.index.story)
            stories = newest_first(self.index.story[i] for i in ids)
            found["groups"] = self._groups(found, [story_date(s) for s in stories], stories, 1)
        return found

    def tenures(self, person_id: str) -> list[dict[str, Any]]:
        """The posts a person held with full first and last dates, earliest first."""
        tenures = []
        for post, tenure in self.index.person_posts.get(person_id, ()):
            if is_full_date(tenure.first) and is_full_date(tenure.last):
                doubted = any(t.person_id == person_id for c in self.index.post_conflicts.get(
                    post.id, ()) for t in c.holders)
                tenures.append({"title": post.title, "url": self.u.post(post.id),
                                "first": tenure.first, "last": tenure.last, "doubted": doubted})
        tenures.sort(key=lambda t: (t["first"], t["last"], t["title"]))
        return tenures

    def person(self, person_id: str) -> dict[str, Any] | None:
        """A person's appearances per month and, on the same axis, the posts they held."""
        if self._last[0] == ("people", person_id):
            return self._last[1]
        tenures = self.tenures(person_id)
        extra = [month_of(d) or "" for t in tenures for d in (t["first"], t["last"])]
        found = self._entity("people", person_id, self.u.person(person_id), "处", extra)
        if found is not None:
            found["tenures"] = tenure_rows(found["axis"], tenures)
            found["height"] += ROW * len(tenures)
        return found

    def home(self, years: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
        """The archive's coverage: stories per month of the date archive, gaps included."""
        counts = {f"{y['year']}-{m['month']}": m["count"] for y in years for m in y["months"]}

        def link(bucket: str, before: int) -> str:
            return (urls.SiteUrls.month(bucket[:4], bucket[5:]) if len(bucket) == 7
                    else urls.SiteUrls.year(bucket))

        found = chart(counts, link, "篇", longest=HOME_MONTHS_MAX, zeros=True)
        if found is not None:  # the archive's gaps are the point: say each of them
            found["empty"] = [b["label"] for b in found["buckets"] if not b["count"]]
        if found is not None and found["unit"] == "month":
            found["grid"] = month_grid(found["buckets"])
        return found

    svg = staticmethod(svg)

    @staticmethod
    def table_rows(found: Mapping[str, Any], root: str, page: str) -> Markup:
        """The rows of a chart's table: each bucket with entries, linked like its bar."""
        return Markup("\n".join(
            f'<tr><th scope="row"><a href="{_link(b["href"], root, page)}">{b["label"]}'
            f'</a></th><td>{b["count"]}</td></tr>' for b in found["buckets"] if b["count"]))

    def onthisday_days(self, years: Sequence[Mapping[str, Any]]) -> str:
        """The calendar days with an on-this-day file (see ``onthisday.day_keys``)."""
        return onthisday.day_keys(years)

    def story_groups(self, kind: str, key: str, pager) -> list[dict[str, Any]]:
        """The stories of one list page in groups by the entity chart's buckets."""
        found = self.district(key) if kind == "districts" else self.keyword(key)
        return self._groups(found, [story_date(s) for s in pager.items], pager.items,
                            pager.number)

    def appearance_groups(self, person_id: str, pager) -> list[dict[str, Any]]:
        """A person's appearances on one list page in groups by the chart's buckets."""
        return self._groups(self.person(person_id), [a["date"] for a in pager.items],
                            pager.items, pager.number)

    @staticmethod
    def _groups(found: Mapping[str, Any] | None, dates: Sequence[str | None],
                items: Sequence[Any], number: int) -> list[dict[str, Any]]:
        axis = found["axis"] if found else None
        groups: list[dict[str, Any]] = []
        for date, item in zip(dates, items, strict=True):
            bucket = axis.key(date) if axis else None
            if not groups or groups[-1]["key"] != bucket:
                groups.append({"key": bucket, "entries": [],
                               "label": label(bucket) if bucket else "年月不详",
                               "id": anchor(bucket) if bucket else None, "continued": False})
            groups[-1]["entries"].append(item)
        if groups and number > 1:
            first = groups[0]["key"]
            before = (found["before"][first] if first else found["total"]) if found else 0
            groups[0]["continued"] = _start_page(before) < number  # after the dated: undated
        return groups


def _bars_json(counts: Mapping[str, int], zeros: bool = False, longest: int = MONTHS_MAX,
               extra: Iterable[str] = ()) -> dict[str, Any] | None:
    axis = make_axis([*counts, *extra], longest)
    if axis is None:
        return None
    return {"unit": axis.unit,
            "bars": [[k, n] for k, n in bucket_counts(axis, counts) if n or zeros]}


def data_file(ctx: SiteContext) -> Iterator[Output]:
    """``data/timelines.json``: the bars of every chart (the archive's with its empty
    months, which it draws as gaps); a person's axis may reach further, to their posts."""
    for _ in ctx.shard.once():
        view, found = TimelineView(ctx.index, ctx.u), ctx.index.timelines
        out: dict[str, Any] = {}
        for family in ("people", "districts", "keywords", "posts"):
            out[family] = {}
            for key, counts in sorted(getattr(found, family).items()):
                # A person's axis also spans their posts: it may turn to years for them.
                extra = [month_of(t[d]) or "" for t in view.tenures(key)
                         for d in ("first", "last")] if family == "people" else []
                bars = _bars_json(counts, extra=extra)
                if bars is not None and bars["bars"]:
                    out[family][key] = bars
        home = view.home(pages._date_tree(ctx))
        out["archive"] = home and {"unit": home["unit"],
                                   "bars": [[b["key"], b["count"]] for b in home["buckets"]]}
        yield "data/timelines.json", onthisday.compact_json(out), "timelines.json"
