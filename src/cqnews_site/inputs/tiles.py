"""The cells of the schematic district tile map, read from ``data/tiles.yaml``.

Each cell holds the units that occupy it over time (开县, then 开州区). The layout is checked
against the gazetteer: a unit of the file the gazetteer lacks, a unit of the gazetteer
with no cell, and two units of one cell in force on the same day are diagnostics naming
the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from cqnews_site.inputs.gazetteer import DistrictInfo, Gazetteer, with_history
from cqnews_site.model.records import Diagnostic

DATA_FILE = Path(__file__).parent / "data" / "tiles.yaml"
SOURCE = "src/cqnews_site/inputs/data/tiles.yaml"  # how diagnostics name the packaged file


@dataclass(frozen=True)
class Tile:
    """One cell: its row (0 = north), column (0 = west) and the units it shows over time."""

    row: int
    col: int
    units: tuple[str, ...]
    line: int  # line of the cell in the file, for messages


@dataclass(frozen=True)
class TileLayout:
    """Every cell of the map, and the label for units whose short form is too long."""

    tiles: tuple[Tile, ...]
    labels: tuple[tuple[str, str], ...] = ()
    source: str = SOURCE

    def cell(self, unit: str) -> tuple[int, int] | None:
        """(row, col) of ``unit``, None when it has no cell."""
        for tile in self.tiles:
            if unit in tile.units:
                return tile.row, tile.col
        return None

    def label(self, unit: str, short: str) -> str:
        """The text on the unit's tile: its label if the file gives one, else ``short``."""
        return dict(self.labels).get(unit, short)


def parse(text: str, source: str = SOURCE) -> tuple[TileLayout, tuple[Diagnostic, ...]]:
    """The layout in ``text``; cells that are not ``{row, col, units}`` are diagnostics."""
    problems: list[Diagnostic] = []
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        return TileLayout((), (), source), (Diagnostic(
            source, line, "error", f"the tile map file is not valid YAML: {exc}",
            "fix the file; the map is left out until then"),)
    lines = text.splitlines()
    tiles = []
    for n, entry in enumerate(data.get("tiles") or ()):
        line = _line_of(lines, entry.get("units", [""])[0] if isinstance(entry, dict) else "")
        ok = (isinstance(entry, dict) and isinstance(entry.get("row"), int)
              and isinstance(entry.get("col"), int) and isinstance(entry.get("units"), list)
              and all(isinstance(u, str) for u in entry["units"]))
        if not ok:
            problems.append(Diagnostic(source, line, "warning",
                                       f"tile {n + 1} is not {{row: N, col: N, units: [...]}}",
                                       "write it as the other tiles are; it is left out"))
            continue
        tiles.append(Tile(entry["row"], entry["col"], tuple(entry["units"]), line or 0))
    labels = tuple(sorted((str(k), str(v)) for k, v in (data.get("labels") or {}).items()))
    return TileLayout(tuple(tiles), labels, source), tuple(problems)


def _line_of(lines: list[str], unit: str) -> int | None:
    for i, line in enumerate(lines):
        if unit and unit in line and "units:" in line:
            return i + 1
    return None


@lru_cache(maxsize=1)
def default() -> tuple[TileLayout, tuple[Diagnostic, ...]]:
    """The packaged layout and the problems of the file itself, loaded once per process."""
    return parse(DATA_FILE.read_text(encoding="utf-8"))


def _overlap(a: DistrictInfo, b: DistrictInfo) -> bool:
    """True when the two units were in force on some common day."""
    a_start, b_start = a.since or "", b.since or ""
    a_end, b_end = a.until or "\uffff", b.until or "\uffff"
    return a_start < b_end and b_start < a_end


def check(layout: TileLayout, units: tuple[DistrictInfo, ...]) -> tuple[Diagnostic, ...]:
    """Units of the layout the gazetteer lacks, units with no cell, cells shared in time."""
    known = {u.name: u for u in units}
    problems = []
    placed: set[str] = set()
    cells: dict[tuple[int, int], Tile] = {}
    for tile in layout.tiles:
        where = (tile.row, tile.col)
        if where in cells:
            problems.append(Diagnostic(layout.source, tile.line, "warning",
                                       f"two tiles at row {tile.row}, col {tile.col}",
                                       "give each cell one entry listing all its units"))
        cells[where] = tile
        for name in tile.units:
            placed.add(name)
            if name not in known:
                problems.append(Diagnostic(
                    layout.source, tile.line, "warning",
                    f"tile unit {name} is not in the gazetteer",
                    "spell it as the gazetteer does, or remove it; it is not drawn"))
        infos = [known[n] for n in tile.units if n in known]
        for i, a in enumerate(infos):
            for b in infos[i + 1:]:
                if _overlap(a, b):
                    problems.append(Diagnostic(
                        layout.source, tile.line, "warning",
                        f"{a.name} and {b.name} share a tile but were in force at the same time",
                        "give one of them a cell of its own"))
    for unit in units:
        if unit.name not in placed:
            problems.append(Diagnostic(
                layout.source, None, "warning", f"gazetteer unit {unit.name} has no tile",
                "add it to a cell of the tile map; it is listed under the map until then"))
    return tuple(problems)


def problems(gazetteer: Gazetteer) -> tuple[Diagnostic, ...]:
    """Every problem of the packaged layout against ``gazetteer`` (its former units too)."""
    layout, found = default()
    return found + check(layout, with_history(gazetteer.districts))
