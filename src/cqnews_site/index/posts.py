"""Posts: who held which office when, derived from the tagger's dated sightings.

A title as printed (``区委书记`` in a 北碚 story, ``彭水县委书记``, an elliptical ``主席``
after ``大足区政协党组书记``) is normalised to one post (北碚区委书记,
彭水苗族土家族自治县委书记, 大足区政协主席). Each post lists its holders with the first
and last date the archive shows them in it; two holders of a one-at-a-time post on
overlapping dates are a conflict for the editors: one per post, naming every holder
involved, found by one sweep over the holders in date order.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict

from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.model.dates import is_full_date
from cqnews_site.model.records import Archive, Conflict, Diagnostic, Post, Story, Tenure

# Heads of an organisation that a story prints without it, after a title that names it:
# "大足区政协党组书记、主席", "市科技局党委书记、局长", "两江新区党工委书记、管委会副主任".
_ELLIPTICAL = re.compile(r"^(?:副)?(?:主席|主任|局长|院长|会长|主委|总经理|董事长|"
                         r"管委会(?:副)?主任|常务副主任|秘书长)$")
_PARTY_HEAD = re.compile(r"(?:党组|党委|党工委|分党组)(?:副)?书记$")
# The leading posts of a district, by the kind of office; first match wins.
_LEADING = (
    ("书记", re.compile(r"^(?:区委|县委|党工委)书记$")),
    ("行政首长", re.compile(r"^(?:区长|县长|管委会主任)$")),
    ("人大", re.compile(r"^(?:区|县)?人大常委会主任$")),
    ("政协", re.compile(r"^(?:区|县)?政协主席$")),
)
LEADING_LABELS = {"书记": "党委书记", "行政首长": "区县长", "人大": "人大常委会主任",
                  "政协": "政协主席"}
# Offices held by one person at a time (deputies and members are many).
_SINGLE = re.compile(
    r"^(?:(?:区委|县委|市委|党工委|党组|党委)书记|区长|县长|市长|管委会主任|"
    r"(?:区|县|市)?人大常委会主任|(?:区|县|市)?政协主席|总书记|局长|院长|主委)$"
)


def normalise_title(title: str, district: str | None, previous: str | None,
                    gazetteer: Gazetteer, date: str | None = None) -> tuple[str, str | None, str]:
    """One printed title as a post: (post title with its unit, the unit's district, role).

    ``district`` is where the person serves in this story (for bare 区委书记 or 副区长);
    ``previous`` is the title printed before this one (for an elliptical 主席).
    """
    title = title.strip()
    if previous and _ELLIPTICAL.match(title) and _PARTY_HEAD.search(previous):
        title = _PARTY_HEAD.sub("", previous) + title
    hits = gazetteer.find(title, date)
    if hits and hits[0].start == 0:
        # 万州区区长 → (万州区, 区长); 彭水县委书记 → (彭水苗族土家族自治县, 县委书记).
        unit, rest = hits[0].name, title[hits[0].end :]
        role = unit[-1] + rest if rest.startswith("委") else rest
        return unit + rest, unit, role
    if district and title[:1] in "区县" and not title.startswith(("区县", "县区")):
        # 区委书记 → 北碚区委书记, 区政协主席 → 北碚区政协主席, but 区长 → 北碚区区长.
        bare_head = title.startswith(("区长", "县长"))
        unit_title = district + title if bare_head else district[:-1] + title
        return unit_title, district, title
    if district and title.startswith(("副区长", "副县长")):
        return district + title, district, title
    return title, None, title


def leading_kind(role: str) -> str | None:
    """Which of a district's leading posts a role is (书记, 行政首长, 人大, 政协), if any."""
    for kind, pattern in _LEADING:
        if pattern.match(role):
            return kind
    return None


def post_id(title: str) -> str:
    """A stable, file-name-safe id for a post title: its readable text plus a short hash."""
    safe = re.sub(r"[^\w\u4e00-\u9fff]+", "", title)[:40] or "post"
    digest = hashlib.sha1(title.encode("utf-8")).hexdigest()[:6]
    return f"{safe}-{digest}"


def derive_posts(archive: Archive, gazetteer: Gazetteer) -> Archive:
    """The archive with its posts and conflicts filled, and a warning per conflict."""
    stories = {s.id: s for s in archive.stories}
    dates: dict[tuple[str, str], list[str]] = defaultdict(list)
    # Story ids per (post, person) in first-seen order; a dict, so a check is not a scan.
    story_ids: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    facts: dict[str, tuple[str | None, str]] = {}
    names = {p.id: p.name for p in archive.people}
    # Each printed title as a post, once per (title, district, title before, date): the
    # officials of a district are printed with the same few titles story after story
    # (66,750 of 147,696 at 10,000 stories).
    normalised: dict[tuple[str, str | None, str | None, str | None],
                     tuple[str, str | None, str]] = {}
    for person in archive.people:
        for sighting in person.sightings:
            previous = None
            date = _full(sighting.date)
            for title in sighting.titles:
                asked = (title, sighting.district, previous, date)
                found = normalised.get(asked)
                if found is None:
                    found = normalised[asked] = normalise_title(
                        title, sighting.district, previous, gazetteer, date)
                post_title, district, role = found
                previous = title
                facts.setdefault(post_title, (district, role))
                key = (post_title, person.id)
                if date:
                    dates[key].append(date)
                story_ids[key].setdefault(sighting.story_id)
    holders: dict[str, list[Tenure]] = defaultdict(list)
    for (post_title, person_id), ids in story_ids.items():
        seen = sorted(dates.get((post_title, person_id), []))
        ordered = sorted(ids, key=lambda i: (_story_date(stories.get(i)), i))
        holders[post_title].append(Tenure(
            person_id=person_id, name=names.get(person_id, ""),
            first=seen[0] if seen else None, last=seen[-1] if seen else None,
            story_ids=tuple(ordered),
        ))
    posts = []
    for post_title, tenures in holders.items():
        district, role = facts[post_title]
        tenures.sort(key=lambda t: (t.first or "9999", t.last or "9999", t.name, t.person_id))
        posts.append(Post(
            id=post_id(post_title), title=post_title, district=district, role=role,
            single=bool(_SINGLE.match(role)) and not role.startswith("副"),
            leading=leading_kind(role) if district else None,
            holders=tuple(tenures),
        ))
    posts.sort(key=lambda p: p.id)
    conflicts = tuple(c for post in posts if post.single and (c := _conflict(post)))
    warnings = tuple(_warning(c, stories) for c in conflicts)
    return dataclasses.replace(
        archive, posts=tuple(posts), conflicts=conflicts,
        diagnostics=archive.diagnostics + warnings,
    )


def _full(date: str | None) -> str | None:
    return date if is_full_date(date) else None


def _story_date(story: Story | None) -> str:
    return (story.date or "") if story else ""


def _conflict(post: Post) -> Conflict | None:
    """Every holder of ``post`` whose dates overlap another holder's, or None.

    One sort and one sweep (O(n log n), never pairwise): in order of first date, a
    holder overlaps an earlier one exactly when it starts on or before the latest end
    seen so far, and a later one exactly when the next holder starts on or before its end.
    """
    dated = sorted(
        (t for t in post.holders if t.first and t.last),
        key=lambda t: (t.first, t.last, t.person_id),
    )
    overlapping: set[int] = set()
    latest_end = ""
    for i, tenure in enumerate(dated):
        if i and tenure.first <= latest_end:  # type: ignore[operator]
            overlapping.add(i)
        if i + 1 < len(dated) and dated[i + 1].first <= tenure.last:  # type: ignore[operator]
            overlapping.add(i)
        latest_end = max(latest_end, tenure.last)  # type: ignore[type-var]
    if not overlapping:
        return None
    ids = {dated[i].person_id for i in overlapping}  # a person holds a post once in its list
    return Conflict(post.id, post.title, tuple(t for t in post.holders if t.person_id in ids))


_NAMED = 10  # holders named in a conflict's warning; data/conflicts.json lists them all


def _warning(conflict: Conflict, stories: dict[str, Story]) -> Diagnostic:
    """One warning per post, naming every overlapping holder with their dates."""
    # Point at the first story of the holder who starts last: where the overlap shows.
    last = max(conflict.holders, key=lambda t: (t.first or "", t.person_id))
    story = stories.get(last.story_ids[0]) if last.story_ids else None
    names = ", ".join(f"{t.name} ({t.first}–{t.last})" for t in conflict.holders[:_NAMED])
    if len(conflict.holders) > _NAMED:
        names += f" and {len(conflict.holders) - _NAMED} more (all in data/conflicts.json)"
    return Diagnostic(
        source=story.source if story else "(archive)",
        line=story.line if story else None,
        severity="warning",
        message=(
            f"{len(conflict.holders)} holders of {conflict.title} on overlapping dates: {names}"
        ),
        hint="check the names and dates, or correct the person in entities.yaml",
    )
