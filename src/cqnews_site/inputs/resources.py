"""Everything a build loads once and hands to every stage: ``Resources``.

The gazetteer (with the editor's units laid over it), the editors' corrections, the
theme folders (templates and static files, the user's first), and one version digest of
everything that decides what a page becomes (the word lists included). The digest keys
the page cache and is part of the build stamp, so a new word list, a changed analysing
module or an upgraded dependency whose output lands in the site invalidates both.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from cqnews_site.inputs import entities, tiles
from cqnews_site.inputs import gazetteer as gazetteer_module
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.lexicon import DATA
from cqnews_site.model.records import Diagnostic

PACKAGE = Path(__file__).resolve().parents[1]
TEMPLATES = PACKAGE / "site" / "templates"
STATIC = PACKAGE / "site" / "static"

# The packages whose code decides what a story or page becomes: their source is hashed.
ANALYSING_PACKAGES = ("model", "inputs", "analyse")
# Dependencies whose output lands in the site (tokens, HTML, pinyin order, parsed YAML).
SITE_DEPENDENCIES = ("jieba", "markdown-it-py", "mdurl", "jinja2", "markupsafe", "pypinyin",
                     "pyyaml", "opencc", "networkx", "numpy")


def dependency_version(name: str) -> str:
    """The installed version of a distribution, or "absent"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def _code_files() -> list[Path]:
    files: list[Path] = []
    for package in ANALYSING_PACKAGES:
        files.extend(sorted((PACKAGE / package).rglob("*.py")))
    return files


def version_digest(gazetteer: Gazetteer) -> str:
    """Digest of the analysing code, every data file, the gazetteer and dependency versions."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(label.encode("utf-8") + b"\0" + data + b"\0")

    for path in _code_files():
        add(f"code:{path.relative_to(PACKAGE).as_posix()}", path.read_bytes())
    for path in sorted(DATA.rglob("*")):
        if path.is_file():
            add(f"data:{path.relative_to(DATA).as_posix()}", path.read_bytes())
    add("gazetteer", gazetteer.digest.encode())
    for name in SITE_DEPENDENCIES:
        add(f"dependency:{name}", dependency_version(name).encode())
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class Resources:
    """What every stage reads and nothing changes: loaded once per build (and per worker)."""

    gazetteer: Gazetteer
    corrections: entities.Corrections
    template_dirs: tuple[Path, ...]  # lookup order: the user's folder first, then the package's
    static_dirs: tuple[Path, ...]  # copy order: the package's first, the user's over it
    cache: Path | None  # the page cache and jieba's dictionary cache
    version: str
    diagnostics: tuple[Diagnostic, ...] = ()  # problems in the editors' files

    @classmethod
    def load(cls, config) -> Resources:
        """Load the gazetteer, corrections and theme folders of ``config``, and the digest."""
        problems: list[Diagnostic] = []
        if config.gazetteer:
            gazetteer, found = gazetteer_module.with_editors_units(Path(config.gazetteer))
            problems.extend(found)
        else:
            gazetteer = gazetteer_module.default()
        corrections, found = entities.load(Path(config.entities), gazetteer)
        problems.extend(found)
        problems.extend(tiles.problems(gazetteer))  # the district tile map follows the gazetteer
        templates = (Path(config.templates),) if config.templates else ()
        static = (Path(config.static),) if config.static else ()
        return cls(
            gazetteer=gazetteer,
            corrections=corrections,
            template_dirs=(*templates, TEMPLATES),
            static_dirs=(STATIC, *static),
            cache=Path(config.cache) if config.cache else None,
            version=version_digest(gazetteer),
            diagnostics=tuple(problems),
        )
