"""Archive → site files: every page, feed and data file as ``{path: bytes}``.

Pure: nothing here touches the output folder (``writer.py`` does). Templates are looked
up in the user's folder first (``config.templates``), then in the project's
``templates/``; every page gets ``root`` (the relative way back to the site root), so the
site works from any sub-path of any static file server.
"""

from __future__ import annotations

import dataclasses
import heapq
import json
import os
import re
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape
from pypinyin import Style, lazy_pinyin

from cqnews_site.config import Config
from cqnews_site.index.posts import LEADING_LABELS
from cqnews_site.model.records import (
    Archive,
    Conflict,
    District,
    Item,
    Mention,
    Page,
    Person,
    Post,
    Story,
    Tenure,
)
from cqnews_site.site import urls

# Shipped inside the package (and so in the wheel); a user's folders are laid over them.
TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"

PAGE_SIZE = 20  # entries per page of a long list
FEED_SIZE = 20  # entries per Atom feed
HOME_STORIES = 12
HOME_PEOPLE = 24
RELATED = 6
TOP_KEYWORDS = 12

__all__ = ["PAGE_SIZE", "STATIC", "TEMPLATES", "RenderError", "render_site"]


class RenderError(Exception):
    """The site cannot be rendered; the message names the template (and line) or the paths."""


# ---------------------------------------------------------------------------
# Small helpers


def date_key(date: str | None) -> tuple[int, str]:
    """Sort key for story dates: full dates after year-less ones after unknown ones."""
    if not date:
        return (0, "")
    if date.startswith("--"):
        return (1, date)
    return (2, date)


def is_full_date(date: str | None) -> bool:
    """True for a ``YYYY-MM-DD`` date."""
    return bool(date) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) is not None


def cn_date(date: str | None) -> str:
    """A date as a Chinese reader writes it: ``2024年3月3日``, ``2月16日（年份不详）``."""
    if not date:
        return "日期不详"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)
    if m:
        return f"{int(m[1])}年{int(m[2])}月{int(m[3])}日"
    m = re.fullmatch(r"--(\d{2})-(\d{2})", date)
    if m:
        return f"{int(m[1])}月{int(m[2])}日（年份不详）"
    return date


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


def pinyin_key(name: str) -> tuple[str, str]:
    """Sort key that orders Chinese names by pinyin, then by the characters themselves."""
    return (" ".join(lazy_pinyin(name, errors="default")).lower(), name)


def excerpt(text: str, limit: int = 90) -> str:
    """The first ``limit`` characters of ``text`` (CJK has no words to cut at)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "……"


def json_bytes(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: keys sorted, not ASCII-escaped, one trailing newline."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    return (json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


@dataclass
class Pager:
    """One page of a long list, with the paths of its neighbours."""

    number: int
    count: int
    items: Sequence[Any]
    paths: list[str]
    total: int

    @property
    def prev(self) -> str | None:
        """Path of the previous page, if any."""
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """Path of the next page, if any."""
        return self.paths[self.number] if self.number < self.count else None


def paginate(path: str, items: Sequence[Any], size: int = PAGE_SIZE) -> list[tuple[str, Pager]]:
    """Split ``items`` into pages; the first is at ``path``, the others beside it."""
    count = max(1, -(-len(items) // size))
    paths = [urls.page_path(path, n) for n in range(1, count + 1)]
    return [
        (paths[n - 1], Pager(n, count, items[(n - 1) * size : n * size], paths, len(items)))
        for n in range(1, count + 1)
    ]


# ---------------------------------------------------------------------------
# Template environment


def template_dirs(config: Config) -> list[Path]:
    """Template folders in lookup order: the user's (if set), then the project's."""
    dirs = [Path(config.templates)] if config.templates else []
    return [*dirs, TEMPLATES]


def make_environment(config: Config) -> jinja2.Environment:
    """A Jinja environment over the template folders, autoescaping HTML and XML."""
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(d), encoding="utf-8") for d in template_dirs(config)]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cn_date"] = cn_date
    env.filters["excerpt"] = excerpt
    env.globals["href"] = _href
    return env


@jinja2.pass_context
def _href(context: jinja2.runtime.Context, path: str) -> str:
    """A link from the page being rendered to the site path ``path``."""
    return context["root"] + urls.href(path)


def _template_location(exc: BaseException, dirs: Iterable[Path]) -> tuple[str, int] | None:
    """(file, line) of the innermost template frame of a rendering exception."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return (exc.filename or exc.name or "<template>", exc.lineno)
    roots = [str(d.resolve()) for d in dirs]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        filename = os.path.abspath(frame.filename)
        if frame.lineno and any(filename.startswith(root + os.sep) for root in roots):
            found = (frame.filename, frame.lineno)
    return found


class _Renderer:
    """Renders templates to bytes, naming the template and line of any error."""

    def __init__(self, config: Config, common: dict[str, Any]):
        self.config = config
        self.env = make_environment(config)
        self.env.globals.update(common)

    def has(self, name: str) -> bool:
        try:
            self.env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        except jinja2.TemplateError as exc:
            raise self._error(name, exc) from exc
        return True

    def render(self, name: str, path: str, /, root: str | None = None, **context: Any) -> bytes:
        """Render template ``name`` as the page at site path ``path``."""
        root = urls.relative_root(path) if root is None else root
        context.update(root=root, page_path=path, search_url=root + urls.href(urls.SiteUrls.search))
        try:
            text = self.env.get_template(name).render(context)
        except jinja2.TemplateNotFound as exc:
            raise RenderError(f"template {exc.name!r} not found (rendering {path})") from exc
        except Exception as exc:  # any error raised while running a template
            raise self._error(name, exc, path) from exc
        return text.encode("utf-8")

    def _error(self, name: str, exc: BaseException, path: str | None = None) -> RenderError:
        location = _template_location(exc, template_dirs(self.config))
        if location:
            file, line = location
            where = f"{file}:{line}: template error at line {line} of {Path(file).name}"
        else:
            where = f"{name}: template error"
        page = f" while rendering {path}" if path else ""
        return RenderError(f"{where}{page}: {type(exc).__name__}: {exc}")


class _Files:
    """Output files; refuses a second file at the same path and names both sources."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.origin: dict[str, str] = {}

    def add(self, path: str, data: bytes, origin: str) -> None:
        key = path.casefold()
        if key in self.origin:
            raise RenderError(
                f"two outputs want the path {path}: {self.origin[key]} and {origin}; "
                "rename one of them"
            )
        self.origin[key] = origin
        self.data[path] = data


# ---------------------------------------------------------------------------
# The site model: everything derived from the archive once, before any page renders


@dataclass
class Site:
    """Lookups over one archive that templates and page builders share."""

    archive: Archive
    config: Config
    u: urls.SiteUrls = field(init=False)

    def __post_init__(self) -> None:
        a = self.archive
        # A story id is its identity; a repeated id (bad input) still gets its own page.
        self.story_key: dict[int, str] = {}
        seen: Counter[str] = Counter()
        for i, story in enumerate(a.stories):
            seen[story.id] += 1
            self.story_key[i] = (
                story.id if seen[story.id] == 1 else f"{story.id}\x00{seen[story.id]}"
            )
        self.story_index = {id(s): i for i, s in enumerate(a.stories)}
        self.by_id: dict[str, Story] = {}
        for story in a.stories:
            self.by_id.setdefault(story.id, story)
        self.people: dict[str, Person] = {p.id: p for p in a.people}
        self.districts: dict[str, District] = {d.name: d for d in a.districts}
        self.pages: dict[str, Page] = {p.source: p for p in a.pages}
        self.posts: dict[str, Post] = {p.id: p for p in a.posts}
        self.post_conflicts: dict[str, list[Conflict]] = defaultdict(list)
        for conflict in a.conflicts:
            self.post_conflicts[conflict.post_id].append(conflict)
        self.by_source: dict[str, list[Story]] = defaultdict(list)
        for story in sorted(a.stories, key=lambda s: (s.source, s.position)):
            self.by_source[story.source].append(story)

        keywords: dict[str, list[Story]] = defaultdict(list)
        sections: dict[str, list[Story]] = defaultdict(list)
        for story in a.stories:
            for kw in dict.fromkeys(story.keywords):
                keywords[kw].append(story)
            if story.section:
                sections[story.section].append(story)
        self.keywords = {k: self.newest_first(v) for k, v in keywords.items()}
        self.sections = {k: self.newest_first(v) for k, v in sections.items()}

        # Story districts may name a district the gazetteer lacks (an editor's addition).
        district_names = set(self.districts)
        for story in a.stories:
            district_names.update(story.districts)
            for item in story.items:
                district_names.update(item.districts)
        for person in a.people:
            if person.district:
                district_names.add(person.district)
        self.district_names = district_names

        sources = {s.source for s in a.stories} | set(self.pages)
        self.u = _StoryAwareUrls(
            self,
            story_ids=self.story_key.values(),
            person_ids=self.people,
            districts=district_names,
            keywords=self.keywords,
            sections=self.sections,
            sources=sources,
            post_ids=self.posts,
        )

        # Byline names → the Person record of that reporter, per story.
        self.credit: dict[tuple[str, str], str] = {}
        for person in a.people:
            for sid in (*person.reported, *person.photographed):
                self.credit[(sid, person.name)] = person.id

        # Stories of each district (the index's list plus what the stories say).
        by_district: dict[str, dict[str, Story]] = defaultdict(dict)
        for d in a.districts:
            for sid in d.story_ids:
                if sid in self.by_id:
                    by_district[d.name][sid] = self.by_id[sid]
        for story in a.stories:
            for name in story.districts:
                by_district[name].setdefault(story.id, story)
            for item in story.items:
                for name in item.districts:
                    by_district[name].setdefault(story.id, story)
        self.district_stories = {
            name: self.newest_first(stories.values()) for name, stories in by_district.items()
        }
        # Mentions per story (its own text and its items) and per unit (text or one item).
        self.story_people: dict[str, set[str]] = defaultdict(set)
        self.unit_people: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        for story in a.stories:
            units = [(None, story.people)] + [(it.anchor, it.people) for it in story.items]
            for anchor, mentions in units:
                for m in mentions:
                    if m.person_id in self.people:
                        self.story_people[story.id].add(m.person_id)
                        self.unit_people[(story.id, anchor)].add(m.person_id)

        # Rank of every story (by position in the archive) in newest-first order.
        newest = self.newest_first(a.stories)
        self.recency = {self.story_index[id(s)]: rank for rank, s in enumerate(newest)}
        # Inverted index for related stories: (kind, value) → story positions.
        self.shared: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, story in enumerate(a.stories):
            for pid in sorted(self.story_people[story.id]):
                self.shared[("person", pid)].append(i)
            for name in dict.fromkeys(story.districts):
                self.shared[("district", name)].append(i)
            for kw in dict.fromkeys(story.keywords):
                self.shared[("keyword", kw)].append(i)

    # -- ordering
    def newest_first(self, stories: Iterable[Story]) -> list[Story]:
        """Stories newest first; undated ones last; ties in page order."""
        ordered = sorted(stories, key=lambda s: (s.source, s.position))
        return sorted(ordered, key=lambda s: date_key(s.date), reverse=True)

    def story_path(self, story: Story, anchor: str | None = None) -> str:
        """Page path of a story record (distinct even when two stories share an id)."""
        key = self.story_key[self.story_index[id(story)]]
        path = self.u.stories.path(key)
        return f"{path}#{anchor}" if anchor else path

    def person_name(self, person_id: str) -> str:
        """Display name of a person id."""
        person = self.people.get(person_id)
        return person.name if person else person_id

    def district_short(self, name: str) -> str:
        """Short name of a district (``万州``), the canonical name if unknown."""
        d = self.districts.get(name)
        return d.short if d else name


class _StoryAwareUrls(urls.SiteUrls):
    """``SiteUrls`` whose ``story()`` takes an id or a Story record."""

    def __init__(self, site: Site, **kwargs: Any):
        super().__init__(**kwargs)
        self._site = site

    def story(self, story: str | Story, anchor: str | None = None) -> str:  # type: ignore[override]
        if isinstance(story, Story):
            return self._site.story_path(story, anchor)
        return super().story(story, anchor)


# ---------------------------------------------------------------------------
# Linking names inside the text


def _surfaces(site: Site, mentions: Iterable[Mention], districts: Iterable[str]) -> dict[str, str]:
    """Printed forms → page paths for the people and districts of one block of text."""
    targets: dict[str, str] = {}
    for name in districts:
        if name in site.u.districts:
            targets.setdefault(name, site.u.district(name))
            short = site.district_short(name)
            if len(short) >= 2:
                targets.setdefault(short, site.u.district(name))
    for m in mentions:
        if m.person_id in site.people and len(m.name) >= 2:
            targets[m.name] = site.u.person(m.person_id)
    return targets


def linkify(text: str, targets: dict[str, str], root: str, used: set[str]) -> Markup:
    """Escape ``text`` and link the first occurrence of each target (longest match wins)."""
    if not targets:
        return escape(text)
    pattern = re.compile(
        "|".join(re.escape(t) for t in sorted(targets, key=lambda t: (-len(t), t)))
    )
    parts: list[Markup] = []
    pos = 0
    for m in pattern.finditer(text):
        path = targets[m.group(0)]
        if path in used:
            continue
        used.add(path)
        parts.append(escape(text[pos : m.start()]))
        parts.append(
            Markup('<a class="ent" href="{}">{}</a>').format(root + urls.href(path), m.group(0))
        )
        pos = m.end()
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


# ---------------------------------------------------------------------------
# Views: plain dicts the templates read


def _mention_view(site: Site, m: Mention) -> dict[str, Any]:
    return {
        "name": m.name,
        "titles": m.titles,
        "district": m.district,
        "url": site.u.person(m.person_id) if m.person_id in site.people else None,
        "district_url": site.u.district(m.district) if m.district in site.u.districts else None,
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


def _credits(site: Site, story_id: str, names: Iterable[str]) -> list[dict[str, Any]]:
    result = []
    for name in names:
        pid = site.credit.get((story_id, name))
        result.append({"name": name, "url": site.u.person(pid) if pid else None})
    return result


def _district_links(site: Site, names: Iterable[str]) -> list[dict[str, Any]]:
    return [
        {"name": n, "url": site.u.district(n) if n in site.u.districts else None}
        for n in dict.fromkeys(names)
    ]


def _blocks(story_paragraphs: Sequence[str], subheads: Iterable[int], linker) -> list[dict]:
    heads = set(subheads)
    return [{"subhead": i in heads, "html": linker(p)} for i, p in enumerate(story_paragraphs)]


def story_view(site: Site, story: Story, root: str) -> dict[str, Any]:
    """Everything the story template shows."""
    used: set[str] = set()
    targets = _surfaces(site, story.people, story.districts)

    def link_story(text: str) -> Markup:
        return linkify(text, targets, root, used)

    items = []
    for item in story.items:
        item_used: set[str] = set()
        item_targets = _surfaces(site, item.people, item.districts)
        items.append(
            {
                "item": item,
                "anchor": item.anchor,
                "lead": linkify(item.lead, item_targets, root, set()) if item.lead else None,
                "reporters": _credits(site, story.id, item.reporters),
                "paragraphs": [linkify(p, item_targets, root, item_used) for p in item.paragraphs],
                "people": [_mention_view(site, m) for m in _unique_mentions(item.people)],
                "districts": _district_links(site, item.districts),
            }
        )
    siblings = site.by_source[story.source]
    at = next(i for i, s in enumerate(siblings) if s is story)
    return {
        "story": story,
        "url": site.story_path(story),
        "body_html": Markup(story.html) if story.html else None,
        "blocks": _blocks(story.paragraphs, story.subheads, link_story),
        "captions": [linkify(c, targets, root, set()) for c in story.captions],
        "items": items,
        "reporters": _credits(site, story.id, story.reporters),
        "photographers": _credits(site, story.id, story.photographers),
        "people": [_mention_view(site, m) for m in _unique_mentions(story.people)],
        "districts": _district_links(site, story.districts),
        "place_notes": [
            {"surface": n.surface, "note": n.note, **_district_link(site, n.district)}
            for n in story.place_notes
        ],
        "keywords": [{"name": k, "url": site.u.keyword(k)} for k in dict.fromkeys(story.keywords)],
        "section_url": site.u.section(story.section) if story.section else None,
        "source_url": site.u.source(story.source) + f"#s{story.position}",
        "prev": siblings[at - 1] if at > 0 else None,
        "next": siblings[at + 1] if at + 1 < len(siblings) else None,
        "related": related_stories(site, story),
    }


RELATED_SHARE_FLOOR = 50  # values shared by fewer stories than this always count


def related_stories(site: Site, story: Story, limit: int = RELATED) -> list[Story]:
    """Stories sharing people (weight 3), districts (2) or keywords (1) with ``story``."""
    score: Counter[int] = Counter()
    index = site.story_index[id(story)]
    for kind, values, weight in (
        ("person", site.story_people[story.id], 3),
        ("district", set(story.districts), 2),
        ("keyword", set(story.keywords), 1),
    ):
        for value in values:
            sharing = site.shared[(kind, value)]
            # A value most of the archive shares (a district paper's own district) says
            # nothing about relatedness, and walking it for every story is quadratic.
            if len(sharing) > max(RELATED_SHARE_FLOOR, len(site.archive.stories) // 10):
                continue
            for i in sharing:
                if i != index:
                    score[i] += weight
    ranked = heapq.nsmallest(limit, score, key=lambda i: (-score[i], site.recency[i]))
    return [site.archive.stories[i] for i in ranked]


def _sighting_story(site: Site, story_id: str) -> Story | None:
    return site.by_id.get(story_id)


def person_view(site: Site, person: Person) -> dict[str, Any]:
    """Timeline of posts, appearances, co-mentioned people, districts, bylines."""
    appearances = []
    for s in person.sightings:
        story = _sighting_story(site, s.story_id)
        if story is None:
            continue
        item = next((it for it in story.items if it.anchor == s.anchor), None) if s.anchor else None
        appearances.append(
            {
                "story": story,
                "item": item,
                "url": site.story_path(story, s.anchor if item else None),
                "date": s.date or (item.date if item else None) or story.date,
                "titles": s.titles,
                "district": s.district,
            }
        )
    appearances.sort(key=lambda a: (a["story"].source, a["story"].position))
    appearances.sort(key=lambda a: date_key(a["date"]), reverse=True)

    # Timeline: one row per distinct (titles, district), first and last date seen.
    posts: dict[tuple[tuple[str, ...], str | None], list[str | None]] = {}
    for a in appearances:
        posts.setdefault((a["titles"], a["district"]), []).append(a["date"])
    timeline = []
    for (titles, district), dates in posts.items():
        # Year-less dates cannot be placed among dated ones; use them only if alone.
        full = [d for d in dates if is_full_date(d)]
        ordered = sorted(full or dates, key=date_key)
        timeline.append(
            {
                "titles": titles,
                "district": district,
                "district_url": site.u.district(district) if district in site.u.districts else None,
                "first": ordered[0],
                "last": ordered[-1],
                "count": len(dates),
            }
        )
    timeline.sort(key=lambda t: (date_key(t["first"]), t["titles"], t["district"] or ""))

    # Co-mentions count within one unit: a story's own text or one of its items, so the
    # officials of different items of a roundup are not counted as appearing together.
    co: Counter[str] = Counter()
    for s in person.sightings:
        for pid in site.unit_people.get((s.story_id, s.anchor), ()):
            if pid != person.id:
                co[pid] += 1
    co_people = [
        {"name": site.person_name(pid), "url": site.u.person(pid), "count": n}
        for pid, n in sorted(
            co.items(), key=lambda kv: (-kv[1], pinyin_key(site.person_name(kv[0])))
        )
    ][:15]

    districts = [a["district"] for a in appearances if a["district"]]
    if person.district:
        districts.insert(0, person.district)
    wrote = site.newest_first(
        site.by_id[i] for i in dict.fromkeys(person.reported) if i in site.by_id
    )
    shot = site.newest_first(
        site.by_id[i] for i in dict.fromkeys(person.photographed) if i in site.by_id
    )
    return {
        "person": person,
        "appearances": appearances,
        "timeline": timeline,
        "posts": _person_posts(site, person),
        "co_people": co_people,
        "districts": _district_links(site, sorted(set(districts), key=districts.index)),
        "wrote": wrote,
        "photographed": shot,
        "district_url": site.u.district(person.district)
        if person.district in site.u.districts
        else None,
    }


def _person_link(site: Site, person_id: str, name: str) -> dict[str, Any]:
    return {"name": name, "url": site.u.person(person_id) if person_id in site.people else None}


def _district_link(site: Site, name: str) -> dict[str, Any]:
    """A district's name and page path (``url`` None when the site has no page for it)."""
    return {"name": name, "url": site.u.district(name) if name in site.u.districts else None}


def _person_posts(site: Site, person: Person) -> list[dict[str, Any]]:
    """The offices (normalised posts) a person held, earliest first: their career line."""
    rows = []
    for post in site.archive.posts:
        for tenure in post.holders:
            if tenure.person_id == person.id:
                rows.append(
                    {
                        "title": post.title,
                        "url": site.u.post(post.id),
                        "district": post.district,
                        "district_url": site.u.district(post.district)
                        if post.district in site.u.districts
                        else None,
                        "first": tenure.first,
                        "last": tenure.last,
                        "stories": len(tenure.story_ids),
                    }
                )
    rows.sort(key=lambda r: (r["first"] is None, r["first"] or "", r["last"] or "", r["title"]))
    return rows


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


def _tenure_view(site: Site, post: Post, tenure: Tenure) -> dict[str, Any]:
    return {
        **_person_link(site, tenure.person_id, tenure.name),
        "person_id": tenure.person_id,
        "post_title": post.title,
        "post_url": site.u.post(post.id),
        "first": tenure.first,
        "last": tenure.last,
    }


def _district_leaders(site: Site, name: str) -> list[dict[str, Any]]:
    """A district's leading officials per kind of office, current holder apart from past ones.

    The current holder is the one the archive shows last (latest ``last`` date); holders
    tied on that date are all shown as current, since the archive cannot tell them apart.
    """
    rows = []
    for kind in _LEADING_ORDER:
        posts = sorted(
            (p for p in site.archive.posts if p.district == name and p.leading == kind),
            key=_post_order,
        )
        if not posts:
            continue
        tenures = [(post, t) for post in posts for t in post.holders]
        dated = [x for x in tenures if x[1].last]
        if dated:
            latest = max(t.last for _, t in dated)  # type: ignore[type-var]
            current = [x for x in dated if x[1].last == latest]
        else:
            current = tenures if len(tenures) == 1 else []
        past = [x for x in tenures if not any(x is c for c in current)]
        past.sort(key=lambda x: (x[1].last or "", x[1].first or ""), reverse=True)
        rows.append(
            {
                "kind": kind,
                "label": leading_label(kind, current_level(site.districts.get(name))),
                "posts": [{"title": p.title, "url": site.u.post(p.id)} for p in posts],
                "current": [_tenure_view(site, p, t) for p, t in current],
                "past": [_tenure_view(site, p, t) for p, t in past],
            }
        )
    return rows


def current_level(record: District | None) -> str:
    """The level a unit has now (or had when it ended), after its level changes."""
    if record is None:
        return ""
    if record.level_changes:
        return sorted(record.level_changes)[-1][1]
    return record.level


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


def _chain(site: Site, record: District | None) -> dict[str, Any]:
    """Where a unit came from and what it went into, linked where the site has a page."""
    if record is None:
        return {"since": None, "until": None, "made_from": False, "predecessors": [],
                "successors": [], "levels": []}  # fmt: skip

    def link(name: str) -> dict[str, Any]:
        other = site.districts.get(name)
        return {**_district_link(site, name), "until": other.until if other else None}

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


def post_view(site: Site, post: Post) -> dict[str, Any]:
    """A post's page: its unit, its holders in date order with their stories, conflicts."""
    unit = site.districts.get(post.district) if post.district else None
    holders = []
    for tenure in post.holders:
        stories = [site.by_id[i] for i in tenure.story_ids if i in site.by_id]
        holders.append(
            {
                **_tenure_view(site, post, tenure),
                "stories": [{"story": s, "url": site.story_path(s)} for s in stories],
            }
        )
    conflicts = [
        [_tenure_view(site, post, t) for t in c.holders]
        for c in site.post_conflicts.get(post.id, [])
    ]
    return {
        "post": post,
        "district": _district_link(site, post.district) if post.district else None,
        "leading_label": leading_label(post.leading, current_level(unit)) if post.leading else None,
        "holders": holders,
        "conflicts": conflicts if post.single else [],
        "unit_until": unit.until if unit else None,
    }


def _posts_anchor(site: Site, name: str | None, order: Sequence[str]) -> str:
    """Id of a district's group on the posts index (the city group is ``d-city``)."""
    if name is None:
        return "d-city"
    if name in site.u.districts:
        return f"d-{site.u.districts.name(name)}"
    return f"o{list(order).index(name)}"


def _posts_index(site: Site) -> dict[str, Any]:
    """Every post grouped by its district in gazetteer order, city and other posts last."""
    by_district: dict[str | None, list[Post]] = defaultdict(list)
    for post in site.archive.posts:
        by_district[post.district].append(post)
    order = [d.name for d in site.archive.districts]
    order += sorted(k for k in by_district if k and k not in order)

    def row(post: Post) -> dict[str, Any]:
        return {
            "title": post.title,
            "url": site.u.post(post.id),
            "holders": [_tenure_view(site, post, t) for t in post.holders],
            "conflict": bool(post.single and site.post_conflicts.get(post.id)),
        }

    groups = []
    for name in [*order, None]:
        posts = sorted(by_district.get(name, []), key=_post_order)
        if posts:
            groups.append(
                {
                    "name": name or "市级及其他",
                    "url": site.u.district(name) if name in site.u.districts else None,
                    "anchor": _posts_anchor(site, name, order),
                    "posts": [row(p) for p in posts],
                }
            )
    return {"groups": groups, "total": len(site.archive.posts)}


def district_view(site: Site, name: str) -> dict[str, Any]:
    """Officials seen in a district, its stories and items, its top keywords."""
    record = site.districts.get(name)
    stories = site.district_stories.get(name, [])
    officials: dict[str, list[str]] = {}
    person_ids = list(record.person_ids) if record else []
    for person in site.archive.people:
        if person.district == name and person.id not in person_ids:
            person_ids.append(person.id)
    for pid in person_ids:
        person = site.people.get(pid)
        if person is None:
            continue
        titles: list[str] = []
        for s in person.sightings:
            if s.district == name or (s.district is None and person.district == name):
                titles.extend(t for t in s.titles if t not in titles)
        if titles or not person.is_reporter:
            officials[pid] = titles
    official_rows = sorted(
        (
            {
                "name": site.person_name(pid),
                "url": site.u.person(pid),
                "titles": titles,
                "count": len({s.story_id for s in site.people[pid].sightings}),
            }
            for pid, titles in officials.items()
        ),
        key=lambda r: (-r["count"], pinyin_key(r["name"])),
    )
    items = []
    for story in stories:
        for item in story.items:
            if name in item.districts:
                items.append(
                    {"story": story, "item": item, "url": site.story_path(story, item.anchor)}
                )
    kw: Counter[str] = Counter()
    for story in stories:
        kw.update(set(story.keywords))
    keywords = [
        {"name": k, "url": site.u.keyword(k), "count": n}
        for k, n in sorted(kw.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_KEYWORDS]
    ]
    return {
        "name": name,
        "record": record,
        "short": record.short if record else name,
        "level": current_level(record),
        "chain": _chain(site, record),
        "officials": official_rows,
        "leaders": _district_leaders(site, name),
        "posts_link": f"{site.u.posts_index}#{_posts_anchor(site, name, [])}"
        if any(p.district == name for p in site.archive.posts)
        else None,
        "items": items,
        "keywords": keywords,
        "stories": stories,
        "feed_url": site.u.district_feed(name),
    }


# ---------------------------------------------------------------------------
# Data files and feeds


def mention_json(m: Mention) -> dict[str, Any]:
    """A person entry of ``stories.json``."""
    return {"id": m.person_id, "name": m.name, "titles": list(m.titles), "district": m.district}


def item_json(item: Item) -> dict[str, Any]:
    """An item entry of ``stories.json``."""
    return {
        "heading": item.heading,
        "anchor": item.anchor,
        "date": item.date,
        "reporters": list(item.reporters),
        "text": item.text,
        "people": [mention_json(m) for m in item.people],
        "districts": list(item.districts),
    }


def story_json(story: Story) -> dict[str, Any]:
    """One entry of ``data/stories.json`` (shape fixed by the reader/segmenter issue)."""
    return {
        "id": story.id,
        "source": story.source,
        "headline": story.headline,
        "kicker": story.kicker,
        "subtitle": story.subtitle,
        "section": story.section,
        "date": story.date,
        "reporters": list(story.reporters),
        "photographers": list(story.photographers),
        "text": story.text,
        "captions": list(story.captions),
        "people": [mention_json(m) for m in story.people],
        "districts": list(story.districts),
        "keywords": list(story.keywords),
        "items": [item_json(i) for i in story.items],
    }


def stories_json(archive: Archive) -> bytes:
    """``data/stories.json``: every story in archive order."""
    return json_bytes([story_json(s) for s in archive.stories])


def _index_json(name: str, archive: Archive) -> bytes:
    """``people.json`` / ``districts.json`` from the index module, which owns their shape."""
    from cqnews_site.index import archive as index  # here: index pulls in the tagger and jieba

    return json_bytes(getattr(index, name)(archive))


def build_time(stories: Iterable[Story]) -> str:
    """Feed timestamp: ``SOURCE_DATE_EPOCH`` if set, else the newest story's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [s.date for s in stories if is_full_date(s.date)]
    return entry_time(max(dates)) if dates else "1970-01-01T00:00:00Z"


def entry_time(date: str) -> str:
    """Atom timestamp of a story date (the papers print Chongqing local dates)."""
    return f"{date}T00:00:00+08:00"


# ---------------------------------------------------------------------------
# The site


def render_site(archive: Archive, config: Config) -> dict[str, bytes]:
    """Render every page, feed and data file of ``archive``, keyed by POSIX path."""
    site = Site(archive, config)
    u = site.u
    base_url = config.base_url.rstrip("/") + "/" if config.base_url else ""
    common = {
        "site_title": config.site_title,
        "u": u,
        "site": site,
        "base_url": base_url,
    }
    r = _Renderer(config, common)
    files = _Files()

    def page(template: str, path: str, origin: str, /, **context: Any) -> None:
        files.add(path, r.render(template, path, **context), origin)

    def listing(
        template: str, path: str, entries: Sequence[Any], origin: str, /, **context
    ) -> None:
        for p, pager in paginate(path, entries):
            page(template, p, f"{origin} (page {pager.number})", pager=pager, **context)

    newest = site.newest_first(archive.stories)

    # Home and the browse indexes.
    people_count = _mention_counts(site)
    top_people = [
        {"person": site.people[pid], "url": u.person(pid), "count": n}
        for pid, n in people_count[:HOME_PEOPLE]
    ]
    district_rows = _district_rows(site)
    page(
        "home.html",
        u.home,
        "home page",
        latest=newest[:HOME_STORIES],
        story_count=len(archive.stories),
        districts=district_rows,
        top_people=top_people,
        sections=_section_rows(site),
        years=_years(newest),
        has_posts=bool(archive.posts),
    )
    listing("stories.html", u.stories_index, newest, "story list")

    for story in archive.stories:
        path = site.story_path(story)
        page(
            "story.html",
            path,
            f"story {story.id!r} ({story.source}, story {story.position + 1})",
            **story_view(site, story, urls.relative_root(path)),
        )

    for person in archive.people:
        view = person_view(site, person)
        listing(
            "person.html",
            u.person(person.id),
            view.pop("appearances"),
            f"person {person.id!r}",
            feed_url=u.person_feed(person.id),
            **view,
        )
    page("people_index.html", u.people_index, "people index", **_people_index(site))

    for name in sorted(site.district_names, key=lambda n: u.district(n)):
        view = district_view(site, name)
        listing(
            "district.html", u.district(name), view.pop("stories"), f"district {name!r}", **view
        )
    page("districts_index.html", u.districts_index, "district index", districts=district_rows)

    for post in archive.posts:
        page("post.html", u.post(post.id), f"post {post.id!r}", **post_view(site, post))
    page("posts_index.html", u.posts_index, "post index", **_posts_index(site))

    for kw, stories in sorted(site.keywords.items()):
        listing("keyword.html", u.keyword(kw), stories, f"keyword {kw!r}", keyword=kw)
    keyword_rows = sorted(
        ({"name": k, "url": u.keyword(k), "count": len(v)} for k, v in site.keywords.items()),
        key=lambda r: (-r["count"], pinyin_key(r["name"])),
    )
    page("keywords_index.html", u.keywords_index, "keyword index", keywords=keyword_rows)

    for section, stories in sorted(site.sections.items()):
        listing(
            "section.html", u.section(section), stories, f"section {section!r}", section=section
        )
    page("sections_index.html", u.sections_index, "section index", sections=_section_rows(site))

    _date_pages(site, newest, page)

    for source in sorted({s.source for s in archive.stories} | set(site.pages)):
        record = site.pages.get(source)
        stories = site.by_source.get(source, [])
        page("source.html", u.source(source), f"source page {source!r}", source=source,
             record=record, stories=stories)  # fmt: skip
    page("pages_index.html", u.pages_index, "source page index", sources=_source_rows(site))

    page("404.html", "404.html", "404 page", root=base_url)
    if r.has("search.html"):
        page("search.html", u.search, "search page")

    # Feeds, sitemap, robots, data files.
    _feeds(site, r, files, newest, base_url)
    robots = "User-agent: *\nAllow: /\n"
    if base_url:
        # A sitemap must list absolute URLs, so there is none without --base-url.
        html_paths = sorted(p for p in files.data if p.endswith(".html") and p != "404.html")
        files.add(
            "sitemap.xml",
            r.render("sitemap.xml", "sitemap.xml", paths=[urls.href(p) for p in html_paths]),
            "sitemap",
        )
        robots += f"Sitemap: {base_url}sitemap.xml\n"
    files.add("robots.txt", robots.encode(), "robots.txt")
    files.add("data/stories.json", stories_json(archive), "stories.json")
    files.add("data/people.json", _index_json("people_json", archive), "people.json")
    files.add("data/districts.json", _index_json("districts_json", archive), "districts.json")
    return dict(sorted(files.data.items()))


def _mention_counts(site: Site) -> list[tuple[str, int]]:
    """Officials (not pure reporters) by the number of stories naming them."""
    counts: Counter[str] = Counter()
    for pids in site.story_people.values():
        counts.update(pids)
    return sorted(counts.items(), key=lambda kv: (-kv[1], pinyin_key(site.person_name(kv[0]))))


def _district_rows(site: Site) -> list[dict[str, Any]]:
    order = [d.name for d in site.archive.districts]
    order += sorted(site.district_names - set(order))
    rows = []
    for name in order:
        record = site.districts.get(name)
        rows.append(
            {
                "name": name,
                "short": record.short if record else name,
                "level": current_level(record),
                "until": record.until if record else None,
                "successors": [_district_link(site, n) for n in record.successors]
                if record
                else [],
                "url": site.u.district(name),
                "count": len(site.district_stories.get(name, [])),
                "people": len(record.person_ids) if record else 0,
            }
        )
    return rows


def _section_rows(site: Site) -> list[dict[str, Any]]:
    return sorted(
        ({"name": k, "url": site.u.section(k), "count": len(v)} for k, v in site.sections.items()),
        key=lambda r: (-r["count"], pinyin_key(r["name"])),
    )


def _source_rows(site: Site) -> list[dict[str, Any]]:
    rows = []
    for source in sorted({s.source for s in site.archive.stories} | set(site.pages)):
        record = site.pages.get(source)
        stories = site.by_source.get(source, [])
        dates = sorted((s.date for s in stories if s.date), key=date_key)
        rows.append(
            {
                "source": source,
                "url": site.u.source(source),
                "record": record,
                "count": len(stories),
                "first": stories[0].headline if stories else "",
                "date": dates[-1] if dates else None,
            }
        )
    return rows


def _years(newest: Sequence[Story]) -> list[dict[str, Any]]:
    years: Counter[str] = Counter(s.date[:4] for s in newest if is_full_date(s.date))
    return [
        {"year": y, "url": urls.SiteUrls.year(y), "count": n}
        for y, n in sorted(years.items(), reverse=True)
    ]


def _people_index(site: Site) -> dict[str, Any]:
    counts = dict(_mention_counts(site))
    officials = [p for p in site.archive.people if p.sightings or not p.is_reporter]
    reporters = sorted(
        (p for p in site.archive.people if p.is_reporter), key=lambda p: pinyin_key(p.name)
    )

    def row(p: Person) -> dict[str, Any]:
        return {"person": p, "url": site.u.person(p.id), "count": counts.get(p.id, 0)}

    by_district: dict[str | None, list[Person]] = defaultdict(list)
    for p in officials:
        by_district[p.district].append(p)
    order = [d.name for d in site.archive.districts]
    order += sorted(k for k in by_district if k and k not in order)
    district_groups = [
        {
            "name": name,
            "url": site.u.district(name) if name in site.u.districts else None,
            "people": [row(p) for p in sorted(by_district[name], key=lambda p: pinyin_key(p.name))],
            "anchor": f"d-{site.u.districts.name(name)}" if name in site.u.districts else "d-x",
        }
        for name in order
        if by_district.get(name)
    ]
    if by_district.get(None):
        district_groups.append(
            {
                "name": "市级及以上",
                "url": None,
                "anchor": "d-city",
                "people": [
                    row(p) for p in sorted(by_district[None], key=lambda p: pinyin_key(p.name))
                ],
            }
        )
    by_initial: dict[str, list[Person]] = defaultdict(list)
    for p in officials:
        by_initial[pinyin_initial(p.name)].append(p)
    initial_groups = [
        {
            "letter": letter,
            "people": [
                row(p) for p in sorted(by_initial[letter], key=lambda p: pinyin_key(p.name))
            ],
        }
        for letter in sorted(by_initial)
    ]
    return {
        "district_groups": district_groups,
        "initial_groups": initial_groups,
        "reporters": [row(p) for p in reporters],
        "total": len(site.archive.people),
    }


def _date_pages(site: Site, newest: Sequence[Story], page) -> None:
    """Year → month → day archive, plus stories whose year or date is unknown.

    A roundup's items carry their own dates, so an item is filed under its day even when
    the story as a whole has no date (or another one).
    """
    tree: dict[str, dict[str, dict[str, list[dict]]]] = defaultdict(lambda: defaultdict(dict))
    undated: list[Story] = []
    for story in reversed(newest):  # oldest first inside a day
        entries = []
        if is_full_date(story.date):
            entries.append((story.date, None))
        for item in story.items:
            if is_full_date(item.date) and item.date != story.date:
                entries.append((item.date, item))
        if not is_full_date(story.date):
            undated.append(story)
        for date, item in entries:
            y, m, d = date.split("-")
            url = site.story_path(story, item.anchor if item else None)
            tree[y][m].setdefault(d, []).append({"story": story, "item": item, "url": url})
    years = []
    for y in sorted(tree, reverse=True):
        months = []
        for m in sorted(tree[y], reverse=True):
            days = [{"day": d, "entries": tree[y][m][d]} for d in sorted(tree[y][m], reverse=True)]
            months.append(
                {
                    "month": m,
                    "url": urls.SiteUrls.month(y, m),
                    "days": days,
                    "count": sum(len(x["entries"]) for x in days),
                }
            )
        years.append(
            {"year": y, "url": urls.SiteUrls.year(y), "months": months,
             "count": sum(x["count"] for x in months)}
        )  # fmt: skip
    undated = site.newest_first(undated)
    page("dates_index.html", urls.SiteUrls.dates_index, "date index", years=years,
         undated_count=len(undated))  # fmt: skip
    for i, year in enumerate(years):
        newer = years[i - 1] if i > 0 else None
        older = years[i + 1] if i + 1 < len(years) else None
        page("year.html", year["url"], f"year {year['year']}", year=year, newer=newer, older=older)
        for month in year["months"]:
            page("month.html", month["url"], f"month {year['year']}-{month['month']}",
                 year=year, month=month)  # fmt: skip
    page("undated.html", urls.SiteUrls.undated, "undated stories", stories=undated)


def _feeds(site: Site, r: _Renderer, files: _Files, newest: Sequence[Story], base_url: str) -> None:
    u = site.u

    def feed(path: str, title: str, page_url: str, stories: Sequence[Story], origin: str) -> None:
        root = urls.relative_root(path)
        prefix = base_url or root

        def absolute(target: str) -> str:
            return prefix + urls.href(target)

        def ident(target: str) -> str:
            return base_url + urls.href(target) if base_url else "urn:cqnews:" + urls.href(target)

        entries = [
            {
                "story": s,
                "url": absolute(site.story_path(s)),
                "id": ident(site.story_path(s)),
                "updated": entry_time(s.date) if is_full_date(s.date) else build_time(stories),
                "summary": excerpt(s.text or s.full_text, 160),
            }
            for s in stories[:FEED_SIZE]
        ]
        data = r.render(
            "feed.xml",
            path,
            root=root,
            feed_title=title,
            feed_url=absolute(path),
            feed_id=ident(path),
            page_url=absolute(page_url),
            updated=build_time(stories),
            entries=entries,
        )
        files.add(path, data, origin)

    feed(u.feed, site.config.site_title, u.home, newest, "site feed")
    for name in sorted(site.district_names, key=lambda n: u.district(n)):
        feed(
            u.district_feed(name),
            f"{name} - {site.config.site_title}",
            u.district(name),
            site.district_stories.get(name, []),
            f"feed of district {name!r}",
        )
    for person in site.archive.people:
        ids = (
            [s.story_id for s in person.sightings]
            + list(person.reported)
            + list(person.photographed)
        )
        stories = site.newest_first(site.by_id[i] for i in dict.fromkeys(ids) if i in site.by_id)
        feed(
            u.person_feed(person.id),
            f"{person.name} - {site.config.site_title}",
            u.person(person.id),
            stories,
            f"feed of person {person.id!r}",
        )
