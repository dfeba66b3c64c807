"""A content-addressed cache of segmented and tagged pages.

A page is a pure function of its file's bytes and of the code, data and dependencies that
analysed it, so the key is (file digest, ``Resources.version``). A stale or corrupt entry
is simply recomputed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from cqnews_site.model.records import Page


class PageCache:
    """Pickled ``Page`` records under ``folder/pages``; never shared between folders."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "pages" if folder else None

    def _path(self, digest: str, version: str) -> Path | None:
        if self.folder is None:
            return None
        key = hashlib.sha256(f"{digest}:{version}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, digest: str, version: str) -> Page | None:
        """The cached page for these bytes, or None."""
        path = self._path(digest, version)
        if path is None or not path.exists():
            return None
        try:
            page = pickle.loads(path.read_bytes())
        except Exception:  # a truncated or foreign file: recompute
            return None
        return page if isinstance(page, Page) else None

    def put(self, digest: str, version: str, page: Page) -> None:
        """Store a page; written atomically so a crash never leaves half a file."""
        path = self._path(digest, version)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(page, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only or full disk only costs speed
