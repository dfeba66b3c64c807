"""Whether the cache folder can be used: a cache only saves time, so a build without one
goes on, with one warning."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cqnews_site.model.records import Diagnostic


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
