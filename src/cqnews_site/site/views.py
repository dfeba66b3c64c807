"""Views: the plain dicts each template reads, built from the archive index.

Nothing here indexes: every lookup comes from ``ArchiveIndex`` (``ctx.index``), every page
path from ``SiteUrls`` (``ctx.u``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from markupsafe import Markup
from pypinyin import Style, lazy_pinyin

from cqnews_site.index.lookups import item_date_span, pinyin_key
from cqnews_site.index.posts import LEADING_LABELS
from cqnews_site.model.dates import date_key, is_full_date
from cqnews_site.model.records import District, Mention, Person, Post, Story, Tenure
from cqnews_site.model.text import cjk_punctuation, occurrences, pipe_rule, row_cells
from cqnews_site.site import network, related, urls
from cqnews_site.site.context import SiteContext
from cqnews_site.site.papers import page_title
from cqnews_site.site.related import RELATED
from cqnews_site.site.theme import cn_date, escape_text

TOP_KEYWORDS = 12
CO_PEOPLE = 15

# pypinyin reads a character in its commonest sense; as a surname these read otherwise.
_SURNAME_INITIALS = {
    "单": "S", "曾": "Z", "解": "X", "仇": "Q", "区": "O", "查": "Z", "乐": "Y", "覃": "Q",
    "翟": "Z", "秘": "B", "种": "C", "召": "S", "隗": "W", "尉迟": "Y", "朴": "P",
}  # fmt: skip


def pinyin_initial(name: str) -> str:
    """Upper-case initial of a Chinese name's pinyin, reading the surname as a surname."""
    for surname in sorted(_SURNAME_INITIALS, key=len, reverse=True):
        if name.startswith(surname):
            return _SURNAME_INITIALS[surname]
    letters = lazy_pinyin(name[:1], style=Style.FIRST_LETTER, errors="ignore")
    letter = letters[0][:1].upper() if letters and letters[0] else ""
    return letter if "A" <= letter <= "Z" else "#"


# ---------------------------------------------------------------------------
# Linking names inside the text


def _surfaces(ctx: SiteContext, mentions: Iterable[Mention],
              districts: Iterable[str]) -> dict[str, str]:
    """Printed forms → page paths for the people and districts of one block of text."""
    targets: dict[str, str] = {}
    for name in districts:
        if name in ctx.u.districts:
            targets.setdefault(name, ctx.u.district(name))
            short = ctx.index.district_short(name)
            if len(short) >= 2:
                targets.setdefault(short, ctx.u.district(name))
    for m in mentions:
        if m.person_id in ctx.index.people and len(m.name) >= 2:
            page = targets[m.name] = ctx.u.person(m.person_id)
            if len(m.name) == 2:
                # (as lists and rolls print a two-character name, padded to three cells:
                # '陈　露', '陈 露'; the link keeps the padding as printed)
                for space in ("\u3000", " "):
                    targets.setdefault(space.join(m.name), page)
    return targets


def _name_matches(text: str, names: Iterable[str]) -> list[tuple[int, str]]:
    """Where ``names`` occur in ``text``, left to right and not overlapping; at one place the
    longest name wins: what one regex over the names, longest first, finds.

    Found by ``str.find``: a story asks with its own set of names, and compiling that set
    into a regex cost more than the search (a build compiled one per story). Most names are
    not in a given paragraph: ``in`` says so without starting a search generator for each
    (a sixth of the time of linking c2500's texts)."""
    found = [(at, -len(name), name) for name in names if name in text
             for at in occurrences(text, name)]
    if len(found) > 1:
        found.sort()
    matches = []
    pos = 0
    for at, minus_length, name in found:
        if at >= pos:
            matches.append((at, name))
            pos = at - minus_length
    return matches


def linkify(text: str, targets: dict[str, str], root: str, used: set[str]) -> Markup:
    """Escape ``text`` and link the first occurrence of each target (longest match wins).

    Half-width punctuation OCR left between Chinese characters is shown full-width."""
    text = cjk_punctuation(text)
    if not targets:
        return Markup(escape_text(text))
    # Plain strings, escaped piece by piece, wrapped as Markup once at the end.
    parts: list[str] = []
    pos = 0
    for at, name in _name_matches(text, targets):
        path = targets[name]
        if path in used:
            continue
        used.add(path)
        parts.append(escape_text(text[pos:at]))
        parts.append(f'<a class="ent" href="{escape_text(root + urls.href(path))}">'
                     f"{escape_text(name)}</a>")
        pos = at + len(name)
    parts.append(escape_text(text[pos:]))
    return Markup("".join(parts))


@dataclasses.dataclass(frozen=True)
class LinkedTexts:
    """Texts as ``linkify`` shows them, linked when a template first reads them.

    Most pages of a rebuild are keyed, found unchanged and never rendered; linking their
    texts was most of the time of a story's view. The fields decide the result, and a
    page's key reads them (``site/dependencies.py`` reads a record by its fields).
    """

    texts: tuple[str, ...]
    targets: tuple[tuple[str, str], ...]  # (printed name, page path), as ``linkify`` takes
    root: str
    once: bool = True  # a target is linked once in all the texts (a body), else once in each

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[Markup]:
        return iter(self._linked())

    def __getitem__(self, at: int) -> Markup:
        return self._linked()[at]

    def _linked(self) -> list[Markup]:
        made = self.__dict__.get("_made")  # not a field: never part of a key
        if made is None:
            targets = dict(self.targets)
            used: set[str] = set()
            made = [linkify(text, targets, self.root, used if self.once else set())
                    for text in self.texts]
            object.__setattr__(self, "_made", made)
        return made


def linked(texts: Iterable[str], targets: dict[str, str], root: str,
           once: bool = True) -> LinkedTexts:
    """``texts`` to be shown linked to ``targets`` (see ``LinkedTexts``)."""
    return LinkedTexts(tuple(texts), tuple(targets.items()), root, once)


# ---------------------------------------------------------------------------
# Small pieces


def _mention_view(ctx: SiteContext, m: Mention) -> dict[str, Any]:
    return {
        "name": m.name,
        "titles": m.titles,
        "district": m.district,
        "url": ctx.person_url(m.person_id),
        "district_url": ctx.district_url(m.district),
    }


def _unique_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """One entry per person, in order of first mention, with every title printed for them."""
    seen: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        key = (m.person_id or m.name, m.name)
        if key in seen:
            first = seen[key]
            titles = first.titles + tuple(t for t in m.titles if t not in first.titles)
            seen[key] = dataclasses.replace(first, titles=titles)
        else:
            seen[key] = m
    return list(seen.values())


def _credits(ctx: SiteContext, story_id: str, names: Iterable[str]) -> list[dict[str, Any]]:
    result = []
    for name in names:
        pid = ctx.index.credit.get((story_id, name))
        result.append({"name": name, "url": ctx.u.person(pid) if pid else None})
    return result


def district_link(ctx: SiteContext, name: str) -> dict[str, Any]:
    """A district's name and page path (``url`` None when the site has no page for it)."""
    return {"name": name, "url": ctx.district_url(name)}


def _district_links(ctx: SiteContext, names: Iterable[str]) -> list[dict[str, Any]]:
    return [district_link(ctx, n) for n in dict.fromkeys(names)]


def _person_link(ctx: SiteContext, person_id: str, name: str) -> dict[str, Any]:
    return {"name": name, "url": ctx.person_url(person_id)}


# ---------------------------------------------------------------------------
# Stories


def _item_view(ctx: SiteContext, story: Story, item, root: str) -> dict[str, Any]:
    targets = _surfaces(ctx, item.people, item.districts)
    return {
        "item": item,
        "anchor": item.anchor,
        "lead": linked((item.lead,), targets, root) if item.lead else None,
        "reporters": _credits(ctx, story.id, item.reporters),
        "paragraphs": linked(item.paragraphs, targets, root),
        "people": [_mention_view(ctx, m) for m in _unique_mentions(item.people)],
        "districts": _district_links(ctx, item.districts),
    }


def story_view(ctx: SiteContext, story: Story, root: str) -> dict[str, Any]:
    """Everything the story template shows."""
    targets = _surfaces(ctx, story.people, story.districts)
    siblings = ctx.index.by_source[story.source]
    # By id, not siblings.index(story): that compares records field by field, and a page
    # dump of 60,000 stories made the story pages quadratic.
    at = ctx.index.source_at[story.id]
    items = [_item_view(ctx, story, item, root) for item in story.items]
    people = [_mention_view(ctx, m) for m in _unique_mentions(story.people)]
    return {
        "story": story,
        "url": ctx.story_path(story),
        "body_html": Markup(story.html) if story.html else None,
        # Paragraphs, linked; those at the positions in ``subheads`` are shown as heads.
        "blocks": linked(story.paragraphs, targets, root),
        "subheads": tuple(sorted(set(story.subheads))),
        # With a table or a poem among them, the body as blocks (``shaped_body``); else None.
        "shaped_body": (shaped_body(story, targets, root) if story.rows or story.verses
                        else None),
        "captions": linked(story.captions, targets, root, once=False),
        "notes": linked(story.notes, targets, root, once=False),
        "items": items,
        "reporters": _credits(ctx, story.id, story.reporters),
        "photographers": _credits(ctx, story.id, story.photographers),
        "people": people,
        "districts": _district_links(ctx, story.districts),
        "place_notes": _place_notes(ctx, story),
        "people_groups": _people_groups(story, people, items),
        "keywords": [{"name": k, "url": ctx.u.keyword(k)} for k in dict.fromkeys(story.keywords)],
        "section_url": ctx.u.section(story.section) if story.section else None,
        "source_url": ctx.u.source(story.source) + f"#s{story.position}",
        "prev": siblings[at - 1] if at > 0 else None,
        "next": siblings[at + 1] if at + 1 < len(siblings) else None,
        "related": related_stories(ctx, story),
    }


def shaped_body(story: Story, targets: dict[str, str], root: str) -> dict[str, Any]:
    """A body with a table or a poem in it, for the template: ``texts`` (linked, each
    paragraph's text or each cell of a row) and ``blocks`` in order, each ``{"kind": "p" |
    "subhead", "at": i}``, a lone row ``{"kind": "cells", "at": i}`` (shown with its
    gaps), a table ``{"kind": "table", "head": [i…] or None, "rows": [[i…]…]}``, or a poem
    ``{"kind": "verse", "stanzas": [[i…]…]}`` (its lines by stanza); indexes into ``texts``.

    The head is the row above a Markdown rule line ('|---|---|'), or a first row without
    figures over rows with them ('球队  场次  积分' over '铜梁队  7  17').
    """
    texts: list[str] = []
    blocks: list[dict[str, Any]] = []
    rows, subheads = set(story.rows), set(story.subheads)
    verses, stanzas = set(story.verses), set(story.stanzas)
    run: list[str] = []  # the rows of the table being read
    poem: list[list[int]] = []  # the stanzas of the poem being read

    def place(text: str) -> int:
        texts.append(text)
        return len(texts) - 1

    def close() -> None:
        body = [row for row in run if not pipe_rule(row)]
        if len(run) == 1:
            blocks.append({"kind": "cells", "at": place(run[0])})
        elif run and not body:  # rule lines alone ('|---|---|'): no table, kept as printed
            blocks.extend({"kind": "p", "at": place(row)} for row in run)
        elif run:
            ruled = len(run) > 2 and pipe_rule(run[1])
            figured = [any(ch.isdigit() for ch in row) for row in body]
            headed = ruled or (not figured[0] and any(figured[1:]))
            cells = [[place(cell) for cell in row_cells(row)] for row in body]
            blocks.append({"kind": "table", "head": cells[0] if headed else None,
                           "rows": cells[1:] if headed else cells})
        run.clear()

    def end_poem() -> None:
        if poem:
            blocks.append({"kind": "verse", "stanzas": [list(s) for s in poem]})
            poem.clear()

    for at, text in enumerate(story.paragraphs):
        if at in rows:
            end_poem()
            run.append(text)
            continue
        close()
        if at in verses:
            if at in stanzas or not poem:
                poem.append([])
            poem[-1].append(place(text))
            continue
        end_poem()
        blocks.append({"kind": "subhead" if at in subheads else "p", "at": place(text)})
    close()
    end_poem()
    return {"texts": linked(texts, targets, root), "blocks": blocks}


def item_dates(story: Story) -> list[dict[str, str]]:
    """The dates of an undated story's items, as shown in its byline: one date, or the
    first and last ("2024年4月26日", "5月6日": the year is not repeated)."""
    span = item_date_span(story)
    if span is None:
        return []
    first, last = span
    shown = [{"iso": first, "text": cn_date(first)}]
    if last != first:
        text = cn_date(last)
        shown.append({"iso": last, "text": text.split("年", 1)[1] if last[:4] == first[:4]
                      else text})
    return shown


def story_date_text(story: Story) -> str:
    """A story's date as a list shows it: its own, else its items' ("2024年4月26日—5月6日")."""
    if story.date:
        return cn_date(story.date)
    return "—".join(d["text"] for d in item_dates(story)) or cn_date(None)


def _place_notes(ctx: SiteContext, story: Story) -> list[dict[str, Any]]:
    """One note per (unit, explanation): 江北 and 江北区 resolved alike are said once."""
    notes: dict[tuple[str, str], dict[str, Any]] = {}
    for n in story.place_notes:
        key = (n.district, n.note)
        if key in notes:
            if n.surface not in notes[key]["surfaces"]:
                notes[key]["surfaces"].append(n.surface)
        else:
            notes[key] = {"surfaces": [n.surface], "surface": n.surface, "note": n.note,
                          **district_link(ctx, n.district)}
    return list(notes.values())


def _people_groups(story: Story, people: list[dict[str, Any]],
                   items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Everyone the story names: its own text first (``people``), then each section (小节)
    that names anyone, under the section's heading (the people of its view in ``items``)."""
    groups = []
    if story.people:
        groups.append({"heading": None, "anchor": None, "people": people})
    for item, view in zip(story.items, items, strict=True):
        if item.people:
            groups.append({"heading": item.heading, "anchor": item.anchor,
                           "people": view["people"]})
    return groups


def related_stories(ctx: SiteContext, story: Story, limit: int = RELATED) -> list[Story]:
    """Stories sharing people (weight 3), districts (2) or keywords (1) with ``story``."""
    return related.of_index(ctx.index).of(story, limit)


# ---------------------------------------------------------------------------
# People


def _appearances(ctx: SiteContext, person: Person) -> list[dict[str, Any]]:
    rows = []
    for s in person.sightings:
        story = ctx.index.story.get(s.story_id)
        if story is None:
            continue
        item = next((it for it in story.items if it.anchor == s.anchor), None) if s.anchor else None
        rows.append({
            "story": story,
            "item": item,
            "url": ctx.story_path(story, s.anchor if item else None),
            "date": s.date or (item.date if item else None) or story.date,
            "titles": s.titles,
            "district": s.district,
        })
    rows.sort(key=lambda a: (a["story"].source, a["story"].position))
    rows.sort(key=lambda a: date_key(a["date"]), reverse=True)
    return rows


def _timeline(ctx: SiteContext, appearances: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per distinct (titles, district), with the first and last date seen."""
    posts: dict[tuple[tuple[str, ...], str | None], list[str | None]] = {}
    for a in appearances:
        posts.setdefault((a["titles"], a["district"]), []).append(a["date"])
    timeline = []
    for (titles, district), dates in posts.items():
        # Year-less dates cannot be placed among dated ones; use them only if alone.
        full = [d for d in dates if is_full_date(d)]
        ordered = sorted(full or dates, key=date_key)
        timeline.append({
            "titles": titles,
            "district": district,
            "district_url": ctx.district_url(district),
            "first": ordered[0],
            "last": ordered[-1],
            "count": len(dates),
        })
    timeline.sort(key=lambda t: (date_key(t["first"]), t["titles"], t["district"] or ""))
    return timeline


def _co_people(ctx: SiteContext, person: Person) -> list[dict[str, Any]]:
    # Co-mentions count within one unit: a story's own text or one of its items, so the
    # officials of different items of a roundup are not counted as appearing together.
    co: Counter[str] = Counter()
    for s in person.sightings:
        for pid in ctx.index.unit_people.get((s.story_id, s.anchor), ()):
            if pid != person.id:
                co[pid] += 1
    ranked = sorted(co.items(), key=lambda kv: (-kv[1], pinyin_key(ctx.index.person_name(kv[0]))))
    return [{"name": ctx.index.person_name(pid), "url": ctx.u.person(pid), "count": n}
            for pid, n in ranked][:CO_PEOPLE]


def person_view(ctx: SiteContext, person: Person) -> dict[str, Any]:
    """Timeline of posts, appearances, co-mentioned people, districts, bylines."""
    appearances = _appearances(ctx, person)
    districts = [a["district"] for a in appearances if a["district"]]
    if person.district:
        districts.insert(0, person.district)
    return {
        "person": person,
        "appearances": appearances,
        "timeline": _timeline(ctx, appearances),
        "posts": _person_posts(ctx, person),
        "co_people": _co_people(ctx, person),
        "network": network.person_network(ctx, person.id),
        "districts": _district_links(ctx, sorted(set(districts), key=districts.index)),
        "wrote": ctx.index.stories_of(person.reported),
        "photographed": ctx.index.stories_of(person.photographed),
        "district_url": ctx.district_url(person.district),
    }


def _person_posts(ctx: SiteContext, person: Person) -> list[dict[str, Any]]:
    """The offices (normalised posts) a person held, earliest first: their career line."""
    rows = [
        {
            "title": post.title,
            "url": ctx.u.post(post.id),
            "district": post.district,
            "district_url": ctx.district_url(post.district),
            "first": tenure.first,
            "last": tenure.last,
            "stories": len(tenure.story_ids),
        }
        for post, tenure in ctx.index.person_posts.get(person.id, ())
    ]
    rows.sort(key=lambda r: (r["first"] is None, r["first"] or "", r["last"] or "", r["title"]))
    return rows


def _person_row(ctx: SiteContext, p: Person, counts: dict[str, int]) -> dict[str, Any]:
    return {"person": p, "url": ctx.u.person(p.id), "count": counts.get(p.id, 0)}


def _district_groups(ctx: SiteContext, officials: Sequence[Person],
                     counts: dict[str, int]) -> list[dict[str, Any]]:
    by_district: dict[str | None, list[Person]] = defaultdict(list)
    for p in officials:
        by_district[p.district].append(p)
    order = [d.name for d in ctx.index.archive.districts]
    order += sorted(k for k in by_district if k and k not in order)
    groups = []
    for name in [*order, None]:
        if not by_district.get(name):
            continue
        people = sorted(by_district[name], key=lambda p: pinyin_key(p.name))
        if name is None:
            label, url, anchor = "市级及以上", None, "d-city"
        else:
            label, url = name, ctx.district_url(name)
            anchor = f"d-{ctx.u.districts.name(name)}" if name in ctx.u.districts else "d-x"
        groups.append({"name": label, "url": url, "anchor": anchor,
                       "people": [_person_row(ctx, p, counts) for p in people]})
    return groups


def people_index(ctx: SiteContext) -> dict[str, Any]:
    """The people index: officials by district and by pinyin initial, then reporters."""
    counts = dict(ctx.index.mention_counts)
    people = ctx.index.archive.people
    officials = [p for p in people if p.sightings or not p.is_reporter]
    reporters = sorted((p for p in people if p.is_reporter), key=lambda p: pinyin_key(p.name))
    by_initial: dict[str, list[Person]] = defaultdict(list)
    for p in officials:
        by_initial[pinyin_initial(p.name)].append(p)
    initial_groups = [
        {"letter": letter,
         "people": [_person_row(ctx, p, counts)
                    for p in sorted(by_initial[letter], key=lambda p: pinyin_key(p.name))]}
        for letter in sorted(by_initial)
    ]
    return {
        "district_groups": _district_groups(ctx, officials, counts),
        "initial_groups": initial_groups,
        "reporters": [_person_row(ctx, p, counts) for p in reporters],
        "total": len(people),
    }


# ---------------------------------------------------------------------------
# Posts and districts

_LEADING_ORDER = ("书记", "行政首长", "人大", "政协")
# The head of government is called after the unit's level.
_HEAD_BY_LEVEL = {"区": "区长", "县": "县长", "自治县": "县长", "功能区": "管委会主任"}


def leading_label(kind: str, level: str = "") -> str:
    """Chinese name of a kind of leading post, for a unit of ``level`` (区长 in a 区)."""
    if kind == "行政首长" and level in _HEAD_BY_LEVEL:
        return _HEAD_BY_LEVEL[level]
    return LEADING_LABELS.get(kind, kind)


def _post_order(post: Post) -> tuple[int, tuple[str, str]]:
    """Leading posts first (secretary, head, congress, CPPCC), then the rest by pinyin."""
    rank = _LEADING_ORDER.index(post.leading) if post.leading in _LEADING_ORDER else 99
    return (rank, pinyin_key(post.title))


def current_level(record: District | None) -> str:
    """The level a unit has now (or had when it ended), after its level changes."""
    if record is None:
        return ""
    if record.level_changes:
        return sorted(record.level_changes)[-1][1]
    return record.level


def _tenure_view(ctx: SiteContext, post: Post, tenure: Tenure) -> dict[str, Any]:
    return {
        **_person_link(ctx, tenure.person_id, tenure.name),
        "person_id": tenure.person_id,
        "post_title": post.title,
        "post_url": ctx.u.post(post.id),
        "first": tenure.first,
        "last": tenure.last,
    }


def _leader_row(ctx: SiteContext, name: str, kind: str, posts: list[Post]) -> dict[str, Any]:
    """The current holder is the one the archive shows last (latest ``last`` date); holders
    tied on that date are all shown as current, since the archive cannot tell them apart."""
    tenures = [(post, t) for post in posts for t in post.holders]
    dated = [x for x in tenures if x[1].last]
    if dated:
        latest = max(t.last for _, t in dated)  # type: ignore[type-var]
        current = [x for x in dated if x[1].last == latest]
    else:
        current = tenures if len(tenures) == 1 else []
    past = [x for x in tenures if not any(x is c for c in current)]
    past.sort(key=lambda x: (x[1].last or "", x[1].first or ""), reverse=True)
    return {
        "kind": kind,
        "label": leading_label(kind, current_level(ctx.index.districts.get(name))),
        "posts": [{"title": p.title, "url": ctx.u.post(p.id)} for p in posts],
        "current": [_tenure_view(ctx, p, t) for p, t in current],
        "past": [_tenure_view(ctx, p, t) for p, t in past],
    }


def _district_leaders(ctx: SiteContext, name: str) -> list[dict[str, Any]]:
    """A district's leading officials per kind of office, current holder apart from past ones."""
    posts = ctx.index.district_posts.get(name, ())
    rows = []
    for kind in _LEADING_ORDER:
        of_kind = sorted((p for p in posts if p.leading == kind), key=_post_order)
        if of_kind:
            rows.append(_leader_row(ctx, name, kind, of_kind))
    return rows


def _level_history(record: District) -> list[dict[str, Any]]:
    """The unit's levels over time, oldest first: [{since, level}]; empty if it never changed.

    ``level_changes`` lists each new level from its date. When the record's own level is
    not the last of them it is the level the unit started with, shown from ``since``.
    """
    changes = sorted(record.level_changes)
    if not changes:
        return []
    history = [{"since": since, "level": level} for since, level in changes]
    if record.level != changes[-1][1] and record.level != changes[0][1]:
        history.insert(0, {"since": record.since, "level": record.level})
    return history


def _chain(ctx: SiteContext, record: District | None) -> dict[str, Any]:
    """Where a unit came from and what it went into, linked where the site has a page."""
    if record is None:
        return {"since": None, "until": None, "made_from": False, "predecessors": [],
                "successors": [], "levels": []}  # fmt: skip

    def link(name: str) -> dict[str, Any]:
        other = ctx.index.districts.get(name)
        return {**district_link(ctx, name), "until": other.until if other else None}

    predecessors = [link(n) for n in record.predecessors]
    return {
        "since": record.since,
        "until": record.until,
        # Made from them (开州区 ← 开县) only when they ended the day this unit began;
        # otherwise their area passed to a unit that already existed (北碚区 ← part of 渝北区).
        "made_from": bool(record.since)
        and all(p["until"] == record.since for p in predecessors if p["until"]),
        "predecessors": predecessors,
        "successors": [link(n) for n in record.successors],
        "levels": _level_history(record),
    }


def post_view(ctx: SiteContext, post: Post) -> dict[str, Any]:
    """A post's page: its unit, its holders in date order with their stories, conflicts."""
    unit = ctx.index.districts.get(post.district) if post.district else None
    holders = []
    for tenure in post.holders:
        stories = [ctx.index.story[i] for i in tenure.story_ids if i in ctx.index.story]
        holders.append({
            **_tenure_view(ctx, post, tenure),
            "stories": [{"story": s, "url": ctx.story_path(s)} for s in stories],
        })
    conflicts = [
        [_tenure_view(ctx, post, t) for t in c.holders]
        for c in ctx.index.post_conflicts.get(post.id, ())
    ]
    return {
        "post": post,
        "district": district_link(ctx, post.district) if post.district else None,
        "leading_label": leading_label(post.leading, current_level(unit)) if post.leading else None,
        "holders": holders,
        "conflicts": conflicts if post.single else [],
        "unit_until": unit.until if unit else None,
    }


def _posts_anchor(ctx: SiteContext, name: str | None, order: Sequence[str]) -> str:
    """Id of a district's group on the posts index (the city group is ``d-city``)."""
    if name is None:
        return "d-city"
    if name in ctx.u.districts:
        return f"d-{ctx.u.districts.name(name)}"
    return f"o{list(order).index(name)}"


def posts_index(ctx: SiteContext) -> dict[str, Any]:
    """Every post grouped by its district in gazetteer order, city and other posts last."""
    by_district = ctx.index.district_posts
    order = [d.name for d in ctx.index.archive.districts]
    order += sorted(k for k in by_district if k and k not in order)

    def row(post: Post) -> dict[str, Any]:
        return {
            "title": post.title,
            "url": ctx.u.post(post.id),
            "holders": [_tenure_view(ctx, post, t) for t in post.holders],
            "conflict": bool(post.single and ctx.index.post_conflicts.get(post.id)),
        }

    groups = []
    for name in [*order, None]:
        posts = sorted(by_district.get(name, ()), key=_post_order)
        if posts:
            groups.append({
                "name": name or "市级及其他",
                "url": ctx.district_url(name),
                "anchor": _posts_anchor(ctx, name, order),
                "posts": [row(p) for p in posts],
            })
    return {"groups": groups, "total": len(ctx.index.posts)}


def _district_officials(ctx: SiteContext, name: str) -> list[dict[str, Any]]:
    officials: dict[str, list[str]] = {}
    for pid in ctx.index.district_people.get(name, ()):
        person = ctx.index.people.get(pid)
        if person is None:
            continue
        titles: list[str] = []
        for s in person.sightings:
            if s.district == name or (s.district is None and person.district == name):
                titles.extend(t for t in s.titles if t not in titles)
        if titles or not person.is_reporter:
            officials[pid] = titles
    rows = (
        {
            "name": ctx.index.person_name(pid),
            "url": ctx.u.person(pid),
            "titles": titles,
            "count": len({s.story_id for s in ctx.index.people[pid].sightings}),
        }
        for pid, titles in officials.items()
    )
    return sorted(rows, key=lambda r: (-r["count"], pinyin_key(r["name"])))


def district_view(ctx: SiteContext, name: str) -> dict[str, Any]:
    """Officials seen in a district, its stories and items, its top keywords."""
    record = ctx.index.districts.get(name)
    stories = ctx.index.district_stories.get(name, ())
    items = [
        {"story": story, "item": item, "url": ctx.story_path(story, item.anchor)}
        for story in stories
        for item in story.items
        if name in item.districts
    ]
    kw: Counter[str] = Counter()
    for story in stories:
        kw.update(set(story.keywords))
    keywords = [
        {"name": k, "url": ctx.u.keyword(k), "count": n}
        for k, n in sorted(kw.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_KEYWORDS]
    ]
    return {
        "name": name,
        "record": record,
        "short": record.short if record else name,
        "level": current_level(record),
        "chain": _chain(ctx, record),
        "officials": _district_officials(ctx, name),
        "network": network.district_network(ctx, name),
        "leaders": _district_leaders(ctx, name),
        "posts_link": f"{ctx.u.posts_index}#{_posts_anchor(ctx, name, [])}"
        if ctx.index.district_posts.get(name)
        else None,
        "items": items,
        "keywords": keywords,
        "stories": list(stories),
        "feed_url": ctx.u.district_feed(name),
    }


def district_rows(ctx: SiteContext) -> list[dict[str, Any]]:
    """Every district in gazetteer order (others after), with story and people counts."""
    order = [d.name for d in ctx.index.archive.districts]
    order += sorted(ctx.index.district_names - set(order))
    rows = []
    for name in order:
        record = ctx.index.districts.get(name)
        rows.append({
            "name": name,
            "short": record.short if record else name,
            "level": current_level(record),
            "until": record.until if record else None,
            "successors": [district_link(ctx, n) for n in record.successors] if record else [],
            "url": ctx.u.district(name),
            "count": len(ctx.index.district_stories.get(name, ())),
            "people": len(record.person_ids) if record else 0,
        })
    return rows


def section_rows(ctx: SiteContext) -> list[dict[str, Any]]:
    """Sections (栏目) by story count, then pinyin."""
    return sorted(
        ({"name": k, "url": ctx.u.section(k), "count": len(v)}
         for k, v in ctx.index.sections.items()),
        key=lambda r: (-r["count"], pinyin_key(r["name"])),
    )


def source_rows(ctx: SiteContext) -> list[dict[str, Any]]:
    """Every source page (版面) with its story count, first headline and latest date."""
    rows = []
    for source in ctx.index.sources:
        stories = ctx.index.by_source.get(source, ())
        dates = sorted((s.date for s in stories if s.date), key=date_key)
        rows.append({
            "source": source,
            "title": page_title(ctx.index.pages.get(source)),
            "url": ctx.u.source(source),
            "record": ctx.index.pages.get(source),
            "count": len(stories),
            "first": stories[0].headline if stories else "",
            "date": dates[-1] if dates else None,
        })
    return rows
