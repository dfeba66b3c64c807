"""Editors' corrections to the tagger, read from ``entities.yaml`` (path: ``config.entities``).

Four kinds of entries (format documented in ``docs/entities.md``):

* ``merge``  — several printed names or ids are one person;
* ``block``  — a "name" the tagger found is not a person;
* ``add``    — a person (with titles) the tagger missed;
* ``district`` — the district a person serves in.

A malformed entry becomes a warning ``Diagnostic`` with the file and line and is ignored;
every other entry still applies. Corrections are applied on every build, after tagging,
so a cached tagged page never hides a new correction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from cqnews_site.inputs import safe_yaml
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.model.ids import person_id
from cqnews_site.model.records import Diagnostic, Mention, Page, Story

KINDS = ("merge", "block", "add", "district")


@dataclass(frozen=True)
class Merge:
    """Mentions whose name or id is in ``aliases`` become the person ``name``/``district``."""

    name: str
    district: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """Mentions of ``name`` (optionally only in ``district`` or one story) are dropped."""

    name: str
    district: str | None = None
    story: str | None = None
    line: int | None = field(default=None, compare=False)  # of the entry in entities.yaml


@dataclass(frozen=True)
class Add:
    """A person mention added to one story (or item), or to every story printing the name."""

    name: str
    titles: tuple[str, ...] = ()
    district: str | None = None
    story: str | None = None
    item: str | None = None
    line: int | None = field(default=None, compare=False)  # of the entry in entities.yaml


@dataclass(frozen=True)
class SetDistrict:
    """Every mention of ``name`` (optionally only those now in ``where``) serves in ``district``."""

    name: str
    district: str | None
    where: str | None = None


@dataclass
class Corrections:
    """All valid entries of an ``entities.yaml``."""

    merges: list[Merge] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    adds: list[Add] = field(default_factory=list)
    districts: list[SetDistrict] = field(default_factory=list)
    source: str = "entities.yaml"  # the file they came from, for messages

    def __bool__(self) -> bool:
        return bool(self.merges or self.blocks or self.adds or self.districts)

    def with_new_ids(self, moved: Mapping[str, str]) -> tuple[Corrections, list[Diagnostic]]:
        """These corrections with story ids that changed (``moved``: old → new, the site's
        redirects) replaced by the new ones, and a warning for each, naming the id to write.

        A page that becomes placed (paper, date and 版次 known) gives its stories new ids;
        an entry written for the old id still applies to the same story.
        """
        notes: list[Diagnostic] = []

        def renamed(entry):
            if entry.story is None or entry.story not in moved:
                return entry
            new = moved[entry.story]
            notes.append(Diagnostic(
                self.source, entry.line, "warning",
                f"{type(entry).__name__.lower()} entry for '{entry.name}' names story "
                f"'{entry.story}', whose id is now '{new}'; applied to that story",
                f"write 'story: {new}' in {self.source}"))
            return replace(entry, story=new)

        blocks = [renamed(b) for b in self.blocks]
        adds = [renamed(a) for a in self.adds]
        return replace(self, blocks=blocks, adds=adds), notes

    def apply(self, pages: list[Page]) -> list[Page]:
        """Pages with every correction applied to their stories' and items' people."""
        if not self:
            return list(pages)
        return [replace(p, stories=tuple(self._story(s) for s in p.stories)) for p in pages]

    def _story(self, story: Story) -> Story:
        items = []
        for it in story.items:
            text = "\n".join(filter(None, [it.lead, it.heading, it.text]))
            people = self._added(self._people(it.people, story.id, it.anchor), story, it.anchor,
                                 text)
            items.append(replace(it, people=people))
        own = "\n".join(filter(None, [story.kicker, story.headline, story.subtitle, story.text]))
        people = self._people(story.people, story.id, None)
        people = self._added(people, story, None, own)
        return replace(story, people=people, items=tuple(items))

    def _people(self, people: tuple[Mention, ...], story_id: str, anchor: str | None):
        out: list[Mention] = []
        for m in people:
            if any(_blocks(b, m, story_id) for b in self.blocks):
                continue
            for s in self.districts:
                if s.name == m.name and (s.where is None or s.where == m.district):
                    m = replace(m, district=s.district, person_id=person_id(m.name, s.district))
            for g in self.merges:
                if m.name in g.aliases or m.person_id in g.aliases or (
                    m.name == g.name and (g.district is None or m.district in (None, g.district))
                ):
                    m = replace(m, name=g.name, district=g.district,
                                person_id=person_id(g.name, g.district))
                    break
            if all(o.person_id != m.person_id for o in out):
                out.append(m)
            else:  # two printed forms of one person in one place: keep one, merge titles
                i = next(i for i, o in enumerate(out) if o.person_id == m.person_id)
                titles = tuple(dict.fromkeys([*out[i].titles, *m.titles]))
                out[i] = replace(out[i], titles=titles)
        return tuple(out)

    def _added(self, people: tuple[Mention, ...], story: Story, anchor: str | None,
               text: str) -> tuple[Mention, ...]:
        out = list(people)
        for a in self.adds:
            if a.story is not None:
                if a.story != story.id or a.item != anchor:
                    continue
            elif a.name not in text:  # no story given: wherever the name is printed
                continue
            pid = person_id(a.name, a.district)
            existing = [i for i, m in enumerate(out) if m.name == a.name]
            if existing:
                i = existing[0]
                titles = tuple(dict.fromkeys([*out[i].titles, *a.titles]))
                out[i] = replace(out[i], titles=titles, district=a.district, person_id=pid)
            else:
                out.append(Mention(a.name, a.titles, a.district, pid))
        return tuple(out)


def _blocks(b: Block, m: Mention, story_id: str) -> bool:
    if b.name != m.name:
        return False
    if b.district is not None and b.district != m.district:
        return False
    return b.story is None or b.story == story_id


def load(path: Path, gazetteer: Gazetteer | None = None) -> tuple[Corrections, list[Diagnostic]]:
    """Read ``entities.yaml``; a missing file means no corrections.

    ``gazetteer`` (the build's, with the editor's units) decides which districts exist.
    """
    if not path.exists():
        return Corrections(), []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Corrections(), [Diagnostic(str(path), None, "warning",
                                          f"cannot read editors' corrections: {exc}",
                                          "save the file as UTF-8")]
    return parse(text, str(path), gazetteer)


def parse(text: str, source: str = "entities.yaml",
          gazetteer: Gazetteer | None = None) -> tuple[Corrections, list[Diagnostic]]:
    """Parse the corrections file's text; malformed entries become diagnostics and are skipped."""
    diags: list[Diagnostic] = []
    corrections = Corrections(source=source)
    try:
        root = safe_yaml.compose(text)  # no aliases: _value would expand them (billion laughs)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        diags.append(Diagnostic(source, mark.line + 1 if mark else None, "warning",
                                "not valid YAML, no corrections applied",
                                "fix the syntax at this line"))
        return corrections, diags
    if root is None:
        return corrections, diags
    if not isinstance(root, yaml.MappingNode):
        diags.append(Diagnostic(source, root.start_mark.line + 1, "warning",
                                "expected a mapping with keys merge, block, add, district",
                                "see docs/entities.md"))
        return corrections, diags
    gaz = gazetteer or default_gazetteer()
    for key_node, value_node in root.value:
        key = key_node.value
        line = key_node.start_mark.line + 1
        if key not in KINDS:
            diags.append(Diagnostic(source, line, "warning", f"unknown section '{key}', ignored",
                                    "use one of: " + ", ".join(KINDS)))
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            diags.append(Diagnostic(source, line, "warning", f"'{key}' must be a list of entries",
                                    "start each entry with '- '"))
            continue
        for node in value_node.value:
            entry_line = node.start_mark.line + 1
            value = _value(node)
            try:
                _add_entry(corrections, key, value, gaz, entry_line)
            except _Bad as exc:
                diags.append(Diagnostic(source, entry_line, "warning",
                                        f"{key} entry ignored: {exc.message}", exc.hint))
    return corrections, diags


class _Bad(Exception):
    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _value(node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return safe_yaml.clean(node.value)  # no control characters: feeds must parse
    if isinstance(node, yaml.SequenceNode):
        return [_value(n) for n in node.value]
    if isinstance(node, yaml.MappingNode):
        return {str(_value(k)): _value(v) for k, v in node.value}
    return None


def _text(entry: dict, key: str, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None or value == "" or value == "null" or value == "~":
        if required:
            raise _Bad(f"'{key}' is missing", f"add '{key}: …' to the entry")
        return None
    if not isinstance(value, str):
        raise _Bad(f"'{key}' must be text", f"write '{key}: 王俊'")
    return value.strip()


def _district(entry: dict, gaz) -> str | None:
    value = _text(entry, "district")
    if value is None:
        return None
    name = gaz.canonical(value)
    if name is None:
        raise _Bad(f"unknown district '{value}'",
                   "use a district, county or zone name such as 北碚区, or leave it out")
    return name


def _list(entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad(f"'{key}' must be a list of text", f"write '{key}: [甲, 乙]'")
    return tuple(v.strip() for v in value)


def _add_entry(c: Corrections, kind: str, entry, gaz, line: int | None = None) -> None:
    if kind == "block" and isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, dict):
        raise _Bad("expected 'key: value' fields", "write e.g. '- name: 王俊'")
    allowed = {
        "merge": {"name", "district", "aliases"},
        "block": {"name", "district", "story"},
        "add": {"name", "titles", "district", "story", "item"},
        "district": {"name", "district", "from"},
    }[kind]
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise _Bad(f"unknown field '{unknown[0]}'", "allowed: " + ", ".join(sorted(allowed)))
    name = _text(entry, "name", required=True)
    assert name is not None
    if kind == "merge":
        aliases = _list(entry, "aliases")
        if not aliases:
            raise _Bad("'aliases' is missing", "list the other printed names or ids to merge")
        c.merges.append(Merge(name, _district(entry, gaz), aliases))
    elif kind == "block":
        c.blocks.append(Block(name, _district(entry, gaz), _text(entry, "story"), line))
    elif kind == "add":
        item = _text(entry, "item")
        story = _text(entry, "story")
        if item and not story:
            raise _Bad("'item' needs 'story'", "give the story id the item belongs to")
        c.adds.append(Add(name, _list(entry, "titles"), _district(entry, gaz), story, item,
                          line))
    else:
        if "district" not in entry:
            raise _Bad("'district' is missing", "write 'district: 北碚区' (or null for city level)")
        where = _text(entry, "from")
        where = gaz.canonical(where) or where if where else None
        c.districts.append(SetDistrict(name, _district(entry, gaz), where))
