"""The last build's fingerprint, so that a rebuild with nothing changed is skipped.

Output is a deterministic function of the inputs, so when every input is byte-for-byte
what the last successful build of the same output folder saw, that build's files are
already right. The fingerprint covers the seed files, the package's code and data, the
templates and static folders, the editors' files and every configuration value that
reaches the output.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import jinja2

from cqnews_site.config import Config
from cqnews_site.inputs.reader import SeedBytes
from cqnews_site.inputs.resources import TEMPLATES, Resources
from cqnews_site.model import dates
from cqnews_site.model.records import Diagnostic, SourceText
from cqnews_site.output import folders

PACKAGE = Path(__file__).resolve().parents[1]


@dataclasses.dataclass(frozen=True)
class BuildStamp:
    """What the last successful build of an output folder saw and reported."""

    fingerprint: str
    stories: int
    pages: int
    files: int
    diagnostics: tuple[Diagnostic, ...]
    # The same inputs with the seeds as bytes (``reader.read_seeds``): checked before
    # any file is decoded. "" in a stamp of an older version: then only ``fingerprint``.
    seeds_fingerprint: str = ""


@dataclasses.dataclass(frozen=True)
class InputDigests:
    """Digests of a build's inputs in three parts: ``base`` (the package's code and data,
    dependencies, settings, static folders: what every output may read), ``data`` (base
    and the seeds, the refused files and the editors' files) and ``templates`` (the template
    folders' files). Together they are the build's fingerprint."""

    base: str
    data: str
    templates: str

    @property
    def fingerprint(self) -> str:
        """One digest of every input."""
        return hashlib.sha256(f"{self.data}\0{self.templates}".encode()).hexdigest()


def fingerprint(config: Config, sources: list[SourceText], resources: Resources,
                rejected: Iterable[Diagnostic] = ()) -> str:
    """A digest of every input of a build (see ``input_digests``)."""
    return input_digests(config, sources, resources, rejected).fingerprint


def input_digests(config: Config, sources: Sequence[SourceText | SeedBytes],
                  resources: Resources, rejected: Iterable[Diagnostic] = ()) -> InputDigests:
    """Digests of every input of a build: seeds, theme folders, editors' files, settings,
    the whole package's code and ``resources.version`` (analysing code, data, dependencies).
    The seeds are read by name and digest: decoded (``SourceText``) or as bytes
    (``SeedBytes``, with the files refused before reading as ``rejected``).

    ``rejected``: why the files the reader refused were refused, so that deleting, fixing
    or adding a broken file is a change. The current year is in it too: it bounds the
    years inferred for pages that print none.
    """
    base, data, templates = hashlib.sha256(), hashlib.sha256(), hashlib.sha256()

    def add(digest, label: str, content: bytes) -> None:
        digest.update(label.encode("utf-8") + b"\0" + content + b"\0")

    add(base, "resources", resources.version.encode())
    add(base, "jinja2", jinja2.__version__.encode())
    add(base, "SOURCE_DATE_EPOCH", os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    add(base, "reference_year", str(dates.reference_year()).encode())
    for folder in (PACKAGE, *resources.static_dirs):
        for path in _files(folder):
            if TEMPLATES not in path.parents:  # templates are keyed by template
                add(base, f"file:{path}", path.read_bytes())
    settings = {k: str(v) for k, v in dataclasses.asdict(config).items()
                if k not in ("jobs", "strict")}  # neither changes a byte of the site
    add(base, "config", json.dumps(settings, sort_keys=True).encode())
    add(data, "base", base.hexdigest().encode())
    for source in sources:
        add(data, f"seed:{source.path}", source.digest.encode())
    for problem in rejected:
        add(data, "rejected", str(problem).encode("utf-8", "backslashreplace"))
    for path in (config.entities, config.gazetteer):
        if path is not None and Path(path).is_file():
            add(data, f"file:{path}", Path(path).read_bytes())
    for folder in resources.template_dirs:
        for path in _files(folder):
            add(templates, f"file:{path}", path.read_bytes())
    return InputDigests(base.hexdigest(), data.hexdigest(), templates.hexdigest())


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(e.path for e in folders.entries(folder)
                  if e.is_file and "__pycache__" not in e.path.parts and e.path.suffix != ".pyc")


def _stamp_path(config: Config) -> Path | None:
    if config.cache is None:
        return None
    key = hashlib.sha256(str(Path(config.out).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(config.cache) / "builds" / f"{key}.json"


def outputs_path(config: Config) -> Path | None:
    """Where the record of what each output of ``config.out`` was made from is kept."""
    path = _stamp_path(config)
    return path.with_suffix(".outputs.json") if path is not None else None


def summary_path(config: Config) -> Path | None:
    """Where the summary of the stories of ``config.out`` is kept (``previous.summary``)."""
    path = _stamp_path(config)
    return path.with_suffix(".stories.marshal") if path is not None else None


def forget(config: Config) -> None:
    """Drop the stamp and the records of ``config.out`` before its site is replaced:
    a build killed after the switch must not leave a record of an older site."""
    for path in (_stamp_path(config), outputs_path(config), summary_path(config)):
        if path is not None:
            with contextlib.suppress(OSError):  # no usable cache folder: nothing recorded
                path.unlink(missing_ok=True)


def save_outputs(config: Config, data: bytes) -> None:
    """Keep the outputs record (see ``site/dependencies.py``); failing costs only speed."""
    _write(outputs_path(config), data)


def save_summary(config: Config, data: bytes) -> None:
    """Keep the summary of the site's stories; failing costs only speed."""
    _write(summary_path(config), data)


def load(config: Config) -> BuildStamp | None:
    """The stamp of the last successful build into ``config.out``, if the site is still there."""
    path = _stamp_path(config)
    if path is None or not path.is_file() or not Path(config.out).is_dir():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return BuildStamp(
            fingerprint=data["fingerprint"], stories=data["stories"], pages=data["pages"],
            files=data["files"],
            diagnostics=tuple(Diagnostic(**d) for d in data["diagnostics"]),
            seeds_fingerprint=str(data.get("seeds_fingerprint", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged stamp only costs a full build


def save(config: Config, stamp: BuildStamp) -> None:
    """Record a successful build; failing to write only costs the next build its shortcut."""
    data = dataclasses.asdict(stamp)
    _write(_stamp_path(config), json.dumps(data, ensure_ascii=False, sort_keys=True).encode())


def _write(path: Path | None, data: bytes) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass
