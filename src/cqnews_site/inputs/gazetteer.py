"""Districts, counties and functional zones of Chongqing, read from ``data/gazetteer.yaml``.

The data says which names stand for which unit (full names, short forms, aliases, landmarks,
former names) and when each unit was in force, so a name can be resolved by a story's date.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from cqnews_site.inputs import safe_yaml
from cqnews_site.model.dates import cn_date, is_calendar_day
from cqnews_site.model.records import Diagnostic, PlaceNote
from cqnews_site.model.text import longest_first

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.yaml"
_SEPARATORS = "、，,—-－–与和及"


@dataclass(frozen=True)
class DistrictInfo:
    """One unit of the gazetteer."""

    name: str
    short: str
    level: str
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    landmarks: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    successors: tuple[str, ...] = ()
    predecessors: tuple[str, ...] = ()
    former: tuple[tuple[str, str | None, str | None], ...] = ()  # (former name, until, since)
    level_changes: tuple[tuple[str, str], ...] = ()  # (since, level)
    short_matches: bool = True
    historical: bool = False  # a former unit (开县): undated mentions mean its successor

    @property
    def former_names(self) -> tuple[str, ...]:
        """The names of the units this one came from (开县 for 开州区)."""
        return tuple(name for name, *_ in self.former)

    def level_on(self, date: str | None) -> str:
        """The unit's level on ``date`` (ISO), or its listed level when no date is given."""
        level = self.level
        for since, new_level in self.level_changes:
            if date and date >= since:
                level = new_level
        return level


@dataclass(frozen=True)
class DistrictMatch:
    """A place in a text where a district is mentioned."""

    start: int
    end: int
    surface: str
    name: str  # canonical name


@dataclass
class Gazetteer:
    """The districts in display order, and a matcher for their names in running text."""

    districts: tuple[DistrictInfo, ...]
    not_before: tuple[str, ...] = ()
    abbreviation_chars: str = ""
    corridor_words: tuple[str, ...] = ()
    not_after: dict[str, str] = field(default_factory=dict)
    digest: str = ""
    _surfaces: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (name, kind)
    _pattern: re.Pattern | None = None
    _by_name: dict[str, DistrictInfo] = field(default_factory=dict)  # the first entry of a name
    _changed: re.Pattern | None = None  # the surfaces of units that changed (see place_notes)

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read the gazetteer YAML (the packaged one by default)."""
        raw = (path or DATA_FILE).read_bytes()
        return cls.from_data(yaml.safe_load(raw.decode("utf-8")), raw)

    @classmethod
    def from_data(cls, data: dict, raw: bytes) -> Gazetteer:
        """A gazetteer from parsed YAML data; ``raw`` (the bytes it came from) names its version."""
        districts = with_history(tuple(_info(entry) for entry in data["districts"]))
        gaz = cls(
            districts=districts,
            not_before=tuple(data.get("not_before", ())),
            abbreviation_chars=str(data.get("abbreviation_chars", "")),
            corridor_words=tuple(data.get("corridor_words", ())),
            not_after={str(k): str(v) for k, v in (data.get("not_after") or {}).items()},
            digest=hashlib.sha256(raw).hexdigest()[:16],
        )
        gaz._compile()
        return gaz

    def _compile(self) -> None:
        surfaces: dict[str, tuple[str, str]] = {}
        for d in self.districts:
            surfaces[d.name] = (d.name, "full")
            for alias in d.aliases:
                surfaces[alias] = (d.name, "alias")
            for landmark in d.landmarks:
                surfaces[landmark] = (d.name, "landmark")
            if d.short_matches and d.short not in surfaces:
                surfaces[d.short] = (d.name, "weak" if d.short in d.weak else "short")
        self._surfaces = surfaces
        # The longest surface at each position (the alternation sorted longest first, as a
        # trie: the regex engine tests each character once instead of every name in turn).
        self._pattern = re.compile(longest_first(surfaces))
        self._by_name = {}
        for d in self.districts:
            self._by_name.setdefault(d.name, d)
        # Only a name of a unit with an end date, or of one set up from others, gets a note:
        # a text holding none gets none.
        self._changed = re.compile(longest_first(
            s for s, (name, _) in surfaces.items()
            if (info := self._by_name.get(name)) is not None
            and (info.until or (info.since and info.predecessors))))

    @property
    def names(self) -> tuple[str, ...]:
        """Canonical names in display order."""
        return tuple(d.name for d in self.districts)

    def in_force(self, date: str) -> tuple[DistrictInfo, ...]:
        """The units that existed on ``date`` (ISO), in display order."""
        return tuple(
            d for d in self.districts
            if (d.since is None or d.since <= date) and (d.until is None or date < d.until)
            and not (d.historical and d.until is None)
        )

    def info(self, name: str) -> DistrictInfo | None:
        """The entry of a canonical name, or None."""
        return self._by_name.get(name)

    def order(self, name: str) -> int:
        """Display position of a canonical name (unknown names sort last)."""
        for i, d in enumerate(self.districts):
            if d.name == name:
                return i
        return len(self.districts)

    def canonical(self, surface: str, date: str | None = None) -> str | None:
        """The canonical name a surface form stands for on ``date`` (ISO), or None.

        Former names map to the unit that replaced them; a unit abolished before ``date``
        maps to its first successor (江北区 after 2025-11-06 → 两江新区).
        """
        hit = self._surfaces.get(surface)
        if hit is None:
            return None
        return self._on_date(hit[0], date)

    def split_before(self, surface: str, date: str | None) -> bool:
        """Is ``surface`` a name of a unit abolished before ``date`` whose area went to more
        than one unit (渝北 in a 2026 story: 两江新区 and 北碚区 each took a part)?"""
        hit = self._surfaces.get(surface)
        info = None if hit is None else self.info(hit[0])
        return bool(date and info and info.until and date >= info.until
                    and len(info.successors) > 1)

    def unit_of(self, surface: str, date: str | None = None) -> str | None:
        """The unit a whole ``surface`` stands for on ``date`` as ``find`` reads it in a list
        of places, a weak short form too (长寿 → 长寿区; 梁平 in 2004 → 梁平县); None when it
        is no name of a unit."""
        hit = self._surfaces.get(surface)
        return None if hit is None else self._unit(*hit, date)

    def _unit(self, name: str, kind: str, date: str | None) -> str:
        on_date = self._on_date(name, date)
        return self._before(on_date, date) if kind != "full" and date else on_date

    def _on_date(self, name: str, date: str | None) -> str:
        info = self.info(name)
        seen = {name}
        while info and info.until and info.successors and (
            (date and date >= info.until) or (date is None and info.historical)
        ):
            name = info.successors[0]
            if name in seen:
                break
            seen.add(name)
            info = self.info(name)
        return name

    def _before(self, name: str, date: str) -> str:
        """The unit a short name, alias or landmark stood for on ``date`` when that is before
        ``name`` existed: the predecessor bearing its short name in force then (大足 or
        大足石刻 in a 2009 story: 大足县, not 大足区; 江津 in 1983: 江津县), else ``name``."""
        info = self.info(name)
        if info is None or not info.predecessors or (info.since and date >= info.since):
            return name
        then = [self.info(former) for former in info.predecessors]
        named = [f for f in then if f is not None and f.name.startswith(info.short)
                 and f.until and date < f.until and (f.since is None or f.since <= date)]
        return min(named, key=lambda f: f.until or "").name if named else name

    def find(self, text: str, date: str | None = None) -> list[DistrictMatch]:
        """Every district mention in ``text``, left to right, after the exclusion rules."""
        assert self._pattern is not None
        found: list[tuple[DistrictMatch, str]] = []
        for m in self._pattern.finditer(text):
            surface = m.group()
            name, kind = self._surfaces[surface]
            if m.start() > 0 and text[m.start() - 1] in self.not_after.get(surface, ""):
                continue
            if kind in ("short", "weak") and self._glued(text, m.end()):
                continue
            if kind in ("short", "weak") and self._merged(text, m.start(), m.end()):
                continue
            match = DistrictMatch(m.start(), m.end(), surface, self._unit(name, kind, date))
            found.append((match, kind))
        result = []
        for i, (match, kind) in enumerate(found):
            if kind == "weak" and not self._has_neighbour(text, found, i):
                continue
            result.append(match)
        return result

    def place_notes(self, text: str, date: str | None = None) -> list[PlaceNote]:
        """Notes for readers on names whose unit changed: one per printed name, in order.

        江北 in a 2026 story stands for 两江新区 (江北区 was abolished on 2025-11-06); 江北 in a
        2024 story is 江北区, which no longer exists; 开县 in a 2015 story is 开县, now 开州区.
        """
        notes: dict[str, PlaceNote] = {}
        if self._changed is not None and not self._changed.search(text):
            return []
        for match in self.find(text, date):
            if match.surface in notes:
                continue
            named = self.info(self._surfaces[match.surface][0])
            if named is not None and not named.until and named.since and match.name != named.name:
                # '大足' in a 2009 story: the county of its time, before the district was set up
                note = (f"按报道日期取当时区划：{named.name}设于{cn_date(named.since)}，"
                        f"此前为{match.name}")
                notes[match.surface] = PlaceNote(match.surface, match.name, note)
                continue
            if named is None or not named.until:
                continue
            until = cn_date(named.until)
            later = "、".join(named.successors) or "其他区县"
            if match.name != named.name and date:
                note = (f"{named.name}已于{until}撤销；按报道日期，文中「{match.surface}」"
                        f"指{match.name}（原{named.name}地域）")
            elif match.name != named.name:
                note = f"「{match.surface}」为旧称，{named.name}已于{until}撤销，今属{later}"
            else:
                note = f"{named.name}已于{until}撤销，今属{later}"
            notes[match.surface] = PlaceNote(match.surface, match.name, note)
        return list(notes.values())

    def names_in(self, text: str, date: str | None = None) -> list[str]:
        """Canonical names mentioned in ``text``, in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.find(text, date):
            seen.setdefault(m.name, None)
        return list(seen)

    def _glued(self, text: str, end: int) -> bool:
        """A word of ``not_before`` starts at ``end`` (read in place: no copy of the rest)."""
        return text.startswith(self.not_before, end)

    def _merged(self, text: str, start: int, end: int) -> bool:
        """巫山开高速: a short form glued to one-character abbreviations and a corridor word."""
        chars = self.abbreviation_chars
        j = end
        while j < len(text) and j - end < 3 and text[j] in chars:
            j += 1
        if j > end and any(text.startswith(w, j) for w in self.corridor_words):
            return True
        i = start
        while i > 0 and start - i < 3 and text[i - 1] in chars:
            i -= 1
        return i < start and any(text.startswith(w, end) for w in self.corridor_words)

    @staticmethod
    def _has_neighbour(text: str, found: list, i: int) -> bool:
        """A weak short form (长寿, 南岸) counts only inside a list of places: 涪陵、长寿、南川."""
        match = found[i][0]
        if i > 0:
            prev = found[i - 1][0]
            gap = text[prev.end:match.start]
            if len(gap) <= 1 and all(c in _SEPARATORS for c in gap):
                return True
        if i + 1 < len(found):
            nxt = found[i + 1][0]
            gap = text[match.end:nxt.start]
            if len(gap) <= 1 and all(c in _SEPARATORS for c in gap):
                return True
        return False


def _info(entry: dict) -> DistrictInfo:
    former = tuple((f["name"], f.get("until"), f.get("since")) for f in entry.get("former", ()))
    changes = tuple((c["since"], c["level"]) for c in entry.get("level_changes", ()))
    return DistrictInfo(
        name=entry["name"],
        short=entry.get("short", entry["name"]),
        level=entry["level"],
        aliases=tuple(entry.get("aliases", ())),
        weak=tuple(entry.get("weak", ())),
        landmarks=tuple(entry.get("landmarks", ())),
        since=entry.get("since"),
        until=entry.get("until"),
        successors=tuple(entry.get("successors", ())),
        predecessors=tuple(entry.get("predecessors", ())),
        former=former,
        level_changes=changes,
        short_matches=bool(entry.get("short_matches", True)),
    )


def level_of_name(name: str) -> str:
    """The level a unit's name states: 开县 → 县, 江津市 → 县级市, 黔江土家族苗族自治县 → 自治县."""
    if name.endswith("自治县"):
        return "自治县"
    if name.endswith("县"):
        return "县"
    if name.endswith("市"):
        return "县级市"
    return "区"


def with_history(districts: tuple[DistrictInfo, ...]) -> tuple[DistrictInfo, ...]:
    """The units in force plus every former unit they list, as units of their own.

    开县 (until 2016-06-08) becomes a unit whose successor is 开州区, and 开州区 gets 开县
    among its predecessors: an old name in an old story stays the unit of its time.
    """
    current = {d.name for d in districts}
    history: dict[str, DistrictInfo] = {}
    predecessors: dict[str, list[str]] = {d.name: list(d.predecessors) for d in districts}
    for d in districts:
        for former, until, since in d.former:
            if former in current:
                continue
            if former in history:  # one former unit went into several (万盛区)
                old = history[former]
                history[former] = replace(old, successors=(*old.successors, d.name))
            else:
                history[former] = DistrictInfo(
                    name=former, short=former, level=level_of_name(former), until=until,
                    since=since,
                    successors=(d.name,), short_matches=False, historical=True,
                )
            if former not in predecessors[d.name]:
                predecessors[d.name].append(former)
    # Units merged away on a date that keep entries of their own (江北区 → 两江新区).
    for d in districts:
        for successor in d.successors:
            if successor in predecessors and d.name not in predecessors[successor]:
                predecessors[successor].append(d.name)
    updated = tuple(replace(d, predecessors=tuple(predecessors[d.name])) for d in districts)
    return updated + tuple(history.values())


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()


# Keys an entry may have, in the packaged data and in an editor's file alike.
ENTRY_KEYS = ("name", "short", "level", "aliases", "weak", "landmarks", "since", "until",
              "successors", "predecessors", "former", "level_changes", "short_matches")
LEVELS = ("区", "县", "自治县", "功能区", "县级市")


def with_editors_units(path: Path) -> tuple[Gazetteer, tuple[Diagnostic, ...]]:
    """The packaged gazetteer with an editor's file of units laid over it.

    Each entry of the file's ``districts:`` list either corrects the unit of the same
    name (only the keys it gives change) or adds a unit. A malformed entry is reported
    with its line and ignored; the rest apply.
    """
    name = str(path)
    base_raw = DATA_FILE.read_bytes()
    data = yaml.safe_load(base_raw.decode("utf-8"))
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
        root = safe_yaml.compose(text)
    except OSError as exc:
        return default(), (Diagnostic(name, None, "error", f"cannot read gazetteer file: "
                                      f"{exc.strerror}", "fix the 'gazetteer' key in cqnews.yaml"),)
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        return default(), (Diagnostic(name, mark.line + 1 if mark else None, "error",
                                      "gazetteer file is not valid UTF-8 YAML; none of it applied",
                                      "fix the syntax"),)
    entries = _entry_nodes(root)
    if entries is None:
        return default(), (Diagnostic(name, 1, "error",
                                      "gazetteer file must have a 'districts:' list",
                                      "see README: gazetteer"),)
    by_name = {entry["name"]: entry for entry in data["districts"]}
    problems: list[Diagnostic] = []
    for node in entries:
        line = node.start_mark.line + 1
        try:
            entry = safe_yaml.clean_tree(safe_yaml.load_node(node))
        except yaml.YAMLError as exc:
            entry, problem = None, getattr(exc, "problem", None) or str(exc)
        else:
            problem = _entry_problem(entry, by_name)
        if problem:
            problems.append(Diagnostic(name, line, "warning", f"gazetteer entry ignored: {problem}",
                                       "see README: gazetteer"))
        elif entry["name"] in by_name:
            by_name[entry["name"]].update(entry)
        else:
            data["districts"].append(entry)
            by_name[entry["name"]] = entry
    return Gazetteer.from_data(data, base_raw + raw), tuple(problems)


def _entry_nodes(root) -> list | None:
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if key.value == "districts" and isinstance(value, yaml.SequenceNode):
            return list(value.value)
    return None


def _entry_problem(entry: object, known: dict[str, dict]) -> str | None:
    """Why an editor's entry cannot be used, or None."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        return "each entry needs 'name: …'"
    unknown = sorted(set(entry) - set(ENTRY_KEYS))
    if unknown:
        return f"unknown key {unknown[0]!r} (known: {', '.join(ENTRY_KEYS)})"
    if entry["name"] not in known and "level" not in entry:
        return f"new unit {entry['name']} needs a level ({'/'.join(LEVELS)})"
    if "level" in entry and entry["level"] not in LEVELS:
        return f"level {entry['level']!r} is not one of {'/'.join(LEVELS)}"
    for key in ("since", "until"):
        if key in entry and not is_calendar_day(entry[key]):
            return f"{key} {entry[key]!r} is not a date (write YYYY-MM-DD in quotes)"
    for key in ("aliases", "weak", "landmarks", "successors", "predecessors"):
        if key in entry and not (
            isinstance(entry[key], list) and all(isinstance(v, str) for v in entry[key])
        ):
            return f"{key} must be a list of names"
    for key in ("successors", "predecessors"):
        for other in entry.get(key, ()):
            if other not in known and other != entry["name"]:
                return f"{key} names {other}, which is not a unit of the gazetteer"
    return None


