"""Site files → the output folder, atomically.

Everything is written into a fresh folder beside ``config.out`` first; only when all of it
is on disk does that folder replace the old site (rename old aside, rename new in, delete
old). Any failure removes the new folder and leaves the last good site as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from cqnews_site.config import Config
from cqnews_site.inputs.resources import STATIC

STATIC_PREFIX = "static"


class WriteError(Exception):
    """The site cannot be written; the message says where and what to do."""


def static_dirs(config: Config) -> list[Path]:
    """Folders copied to ``static/``: the project's, then the user's (``static`` key)."""
    return [STATIC, config.static] if config.static else [STATIC]


def collect_static(config: Config) -> dict[str, Path]:
    """Site path → source file for every static file; a user's file overrides by name."""
    found: dict[str, Path] = {}
    for folder in static_dirs(config):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                rel = path.relative_to(folder).as_posix()
                found[f"{STATIC_PREFIX}/{rel}"] = path
    return found


def _check_path(path: str) -> PurePosixPath:
    """Refuse absolute paths and ``..``: nothing may land outside the output folder."""
    p = PurePosixPath(path)
    if p.is_absolute() or not p.parts or any(part in ("..", "") for part in p.parts):
        raise WriteError(f"refusing to write {path!r}: site paths must be relative, without '..'")
    return p


def _check_target(out: Path, config: Config) -> None:
    """Refuse an output folder whose replacement would delete something precious."""
    if out.exists() and not out.is_dir():
        raise WriteError(f"{out}: exists and is not a folder; choose another --out")
    target = out.resolve()
    precious = [Path.cwd(), Path.home(), Path(config.seeds), STATIC.parent]
    if config.templates:
        precious.append(Path(config.templates))
    for path in precious:
        path = path.resolve()
        if path == target or target in path.parents:
            raise WriteError(
                f"{out}: replacing it would delete {path}; choose an output folder of its own"
            )


def write_site(files: Mapping[str, bytes], config: Config) -> None:
    """Write ``files`` plus the static folders to ``config.out``, replacing it atomically."""
    out = Path(config.out)
    _check_target(out, config)
    static = collect_static(config)
    for path in sorted(set(static) & set(files)):
        raise WriteError(f"{path}: both a generated file and {static[path]}; rename one")
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=parent))
    try:
        for rel, source in sorted(static.items()):
            target = tmp / _check_path(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
        for rel in sorted(files):
            target = tmp / _check_path(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[rel])
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a site is meant to be served
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap(new: Path, out: Path) -> None:
    """Put ``new`` in place of ``out``; if anything fails the old folder is restored."""
    if not out.exists():
        new.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()  # only the unique name is wanted
    out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)
