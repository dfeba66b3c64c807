"""A content-addressed cache of segmented and tagged pages.

A page is a pure function of its file's bytes and of the code, data and dependencies that
analysed it, so the key is (file digest, ``Resources.version``). A stale or corrupt entry
is simply recomputed.

Each version's pages are in a folder of their own, and a build removes those of all but
the few versions used last (``prune``): every change of code, dictionary or setting makes
a new version, and the pages of the old ones (80 MB at 10,000 stories each) were never
read again nor removed.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from cqnews_site.analyse import cachedir
from cqnews_site.model import dates, shared
from cqnews_site.model.records import Page
from cqnews_site.model.shared import StringPool
from cqnews_site.output import folders

# Versions whose pages are kept: the one in use and the two used before it, so switching
# between two configurations (two gazetteers) of one project does not analyse anew.
KEPT_VERSIONS = 3
_VERSION_FOLDER = re.compile(r"[0-9a-f]{16}")


class PageCache:
    """Pickled ``Page`` records under ``folder/pages``; never shared between folders.

    The pages it hands out (``get``, ``load``, ``store``) share equal strings: each is
    unpickled on its own, and a name on a thousand pages would be a thousand strings.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "pages" if folder else None
        self.strings = StringPool()

    def _version_folder(self, version: str) -> Path | None:
        if self.folder is None:
            return None
        # The reference year bounds inferred years (no year after it is believed).
        key = hashlib.sha256(f"{version}:{dates.reference_year()}".encode()).hexdigest()
        return self.folder / key[:16]

    def _path(self, digest: str, version: str) -> Path | None:
        folder = self._version_folder(version)
        if folder is None:
            return None
        key = hashlib.sha256(f"{digest}:{version}:{dates.reference_year()}".encode()).hexdigest()
        return folder / key[:2] / f"{key}.pickle"

    def prune(self, version: str, keep: int = KEPT_VERSIONS) -> None:
        """Mark ``version``'s pages as used now and remove those of every version but the
        ``keep`` used last (this one among them), and anything else in the folder (the
        pages of the layout before version folders). Nothing that cannot be removed stops
        a build."""
        current = self._version_folder(version)
        if current is None or self.folder is None:
            return
        try:
            folders.make_folders(current)
            os.utime(current)
            with os.scandir(self.folder) as listing:
                found = [(entry.stat(follow_symlinks=False).st_mtime_ns, entry.name)
                         for entry in listing]
        except OSError:
            return
        versions = sorted(((t, n) for t, n in found if _VERSION_FOLDER.fullmatch(n)
                           and n != current.name), reverse=True)
        kept = {current.name, *(name for _, name in versions[:max(0, keep - 1)])}
        for _, name in found:
            if name not in kept:
                folders.remove_tree(self.folder / name)

    def has(self, digest: str, version: str) -> bool:
        """Whether a page is stored for these bytes (it may still prove unreadable)."""
        path = self._path(digest, version)
        return path is not None and path.exists()

    def get(self, digest: str, version: str) -> Page | None:
        """The cached page for these bytes, or None."""
        path = self._path(digest, version)
        if path is None or not path.exists():
            return None
        try:
            page = shared.loads(path.read_bytes(), self.strings)
        except Exception:  # a truncated or foreign file: recompute
            return None
        return page if isinstance(page, Page) else None

    def load(self, data: bytes) -> Page:
        """The page of ``dumps`` bytes (a worker's), sharing strings with the others."""
        return shared.loads(data, self.strings)

    def put(self, digest: str, version: str, page: Page) -> None:
        """Store a page; written atomically so a crash never leaves half a file."""
        self.put_pickled(digest, version, dumps(page))

    def put_pickled(self, digest: str, version: str, data: bytes) -> None:
        """Store a page already pickled by ``dumps`` (a worker pickles it once, for both
        the cache and the build that started it)."""
        path = self._path(digest, version)
        if path is not None:
            cachedir.write(path, data)  # a read-only or full disk only costs speed

    def store(self, digest: str, version: str, page: Page) -> Page:
        """Store a page and return an equal copy of it to keep instead.

        Pickling a string makes CPython keep its UTF-8 encoding inside it for good (1.5
        times the text again for Chinese); the copy unpickled from the same bytes has none.
        """
        data = dumps(page)
        self.put_pickled(digest, version, data)
        return self.load(data)


def dumps(page: Page) -> bytes:
    """A page as cache bytes."""
    return shared.dumps(page)


def loads(data: bytes) -> Page:
    """The page of ``dumps`` bytes."""
    return shared.loads(data)
