"""Districts, counties and functional zones of Chongqing, read from ``data/gazetteer.yaml``.

The data says which names stand for which unit (full names, short forms, aliases, landmarks,
former names) and when each unit was in force, so a name can be resolved by a story's date.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

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
    former: tuple[tuple[str, str | None], ...] = ()  # (former name, until)
    level_changes: tuple[tuple[str, str], ...] = ()  # (since, level)
    short_matches: bool = True

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

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read the gazetteer YAML (the packaged one by default)."""
        raw = (path or DATA_FILE).read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
        districts = tuple(_info(entry) for entry in data["districts"])
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
            for former, _until in d.former:
                surfaces[former] = (d.name, "former")
            surfaces[d.name] = (d.name, "full")
            for alias in d.aliases:
                surfaces[alias] = (d.name, "alias")
            for landmark in d.landmarks:
                surfaces[landmark] = (d.name, "landmark")
            if d.short_matches and d.short not in surfaces:
                surfaces[d.short] = (d.name, "weak" if d.short in d.weak else "short")
        self._surfaces = surfaces
        alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
        self._pattern = re.compile(alternation)

    @property
    def names(self) -> tuple[str, ...]:
        """Canonical names in display order."""
        return tuple(d.name for d in self.districts)

    def info(self, name: str) -> DistrictInfo | None:
        """The entry of a canonical name, or None."""
        for d in self.districts:
            if d.name == name:
                return d
        return None

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

    def _on_date(self, name: str, date: str | None) -> str:
        info = self.info(name)
        seen = {name}
        while info and date and info.until and date >= info.until and info.successors:
            name = info.successors[0]
            if name in seen:
                break
            seen.add(name)
            info = self.info(name)
        return name

    def find(self, text: str, date: str | None = None) -> list[DistrictMatch]:
        """Every district mention in ``text``, left to right, after the exclusion rules."""
        assert self._pattern is not None
        found: list[tuple[DistrictMatch, str]] = []
        for m in self._pattern.finditer(text):
            surface = m.group()
            name, kind = self._surfaces[surface]
            after = text[m.end():]
            if m.start() > 0 and text[m.start() - 1] in self.not_after.get(surface, ""):
                continue
            if kind in ("short", "weak") and self._glued(after):
                continue
            if kind in ("short", "weak") and self._merged(text, m.start(), m.end()):
                continue
            match = DistrictMatch(m.start(), m.end(), surface, self._on_date(name, date))
            found.append((match, kind))
        result = []
        for i, (match, kind) in enumerate(found):
            if kind == "weak" and not self._has_neighbour(text, found, i):
                continue
            result.append(match)
        return result

    def names_in(self, text: str, date: str | None = None) -> list[str]:
        """Canonical names mentioned in ``text``, in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.find(text, date):
            seen.setdefault(m.name, None)
        return list(seen)

    def _glued(self, after: str) -> bool:
        return any(after.startswith(word) for word in self.not_before)

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
    former = tuple((f["name"], f.get("until")) for f in entry.get("former", ()))
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


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()


@lru_cache(maxsize=4)
def _load_path(path: str) -> Gazetteer:
    return Gazetteer.load(Path(path))


def for_config(config) -> Gazetteer:
    """The gazetteer a build uses: ``gazetteer: FILE`` in ``cqnews.yaml``, else the packaged one."""
    extra = getattr(config, "extra", None) or {}
    path = extra.get("gazetteer")
    return _load_path(str(path)) if path else default()
