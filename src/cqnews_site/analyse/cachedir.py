"""Whether the cache folder can be used (a cache only saves time, so a build without one
goes on, with one warning), and values kept in it between processes."""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cqnews_site.model.records import Diagnostic

T = TypeVar("T")


def problem(folder: Path | None) -> Diagnostic | None:
    """A warning when ``folder`` cannot be created or written, else None."""
    if folder is None:
        return None
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return Diagnostic(str(folder), None, "warning",
                          f"cache folder cannot be used ({exc.strerror}); building without it",
                          "fix the 'cache' key in cqnews.yaml or the folder's permissions")
    return None


def jieba_folder(folder: Path | str) -> str:
    """Where jieba keeps its dictionary cache: ``folder``, or a private temporary folder."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return str(folder)
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="cqnews-jieba-")


def write(path: Path, data: bytes) -> bool:
    """Write ``data`` at ``path`` in the cache atomically (a killed build never leaves half
    a file there); False when it cannot be written, which only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True


def kept(folder: Path | str, name: str, key: str, make: Callable[[], T]) -> T:
    """``make()``, kept pickled in ``folder`` as ``{name}-{key}.pickle`` for the next call
    with the same key (``key``: a digest of everything the value is made from).

    A file that is missing, unreadable or damaged is made again; a folder that cannot be
    written only costs the making. Files of ``name`` under other keys are removed when a
    new one is written, so a changed source leaves one file behind, not one per change."""
    path = Path(folder) / f"{name}-{key}.pickle"
    # Missing, truncated, foreign: made again.
    with contextlib.suppress(Exception), open(path, "rb") as f:
        return pickle.load(f)
    value = make()
    if write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)):
        for old in Path(folder).glob(f"{name}-*.pickle"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    return value
