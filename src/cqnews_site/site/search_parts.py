"""What the search index made of each story, kept between builds: a rebuild after an edit
reads again only the stories that changed.

A story's part is what its documents add to the index: their text rows (the JSON lines of
``search/text-*.bin``) and their fields as ``Postings`` codes. Both are functions of the
story's value and its page path alone, never of its place in the archive or of its
documents' numbers (kept beside it, for ``search_update``). Parts are found
by a digest of the two, in one file per cache folder; the file of a build is written as
the index is made, holding the parts of that build's stories only, and replaces the last
one in one rename when it is complete. Any entry that cannot be read is made again: the
store only ever costs or saves time.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cqnews_site.model.records import Story
from cqnews_site.site.dependencies import ValueDigest

FILE_NAME = "search-parts.bin"
_MAGIC = b"cqnews search parts 2\n"
_HEAD = struct.Struct("<Q")  # where the table of entries begins


@dataclass(frozen=True)
class StoryPart:
    """What one story's documents add to the search index."""

    rows: tuple[bytes, ...]  # one JSON row per document
    codes: bytes  # every field of every document as two-byte codes, a 0 after each
    starts: tuple[int, ...]  # where each field begins in ``codes`` (in codes)


def story_key(values: ValueDigest, story: Story, url: str) -> bytes:
    """The digest a story's part is found by: its value (every field, see
    ``ValueDigest``) and its page path."""
    return bytes.fromhex(values((url, story)))


class PartStore:
    """The parts the last build kept (``get``) and those of this build (``put``).

    ``folder`` None keeps and finds nothing. ``version`` is the code and settings the
    parts were made with: a store of another version is not read. Each part is kept with
    its story's first document number; ``index`` is the version (bootstrap digest) of
    the index the parts made, set when every story's part is kept (``last_index`` is
    the last build's): an index with that version can be updated from the parts alone
    (see ``search_update``).
    """

    def __init__(self, folder: Path | None, version: str) -> None:
        self.path = Path(folder) / FILE_NAME if folder is not None else None
        self.version = version
        self._old: BinaryIO | None = None
        self._table: dict[bytes, tuple[int, int, tuple[int, ...], tuple[int, ...], int]] = {}
        self._new: BinaryIO | None = None
        self._new_table: dict[bytes, tuple[int, int, tuple[int, ...], tuple[int, ...], int]] = {}
        self.reused = 0
        self.last_index = ""
        self.index = ""

    def __enter__(self) -> PartStore:
        if self.path is None:
            return self
        # Whatever a damaged or foreign file raises, the parts are made again.
        with contextlib.suppress(Exception):
            self._old, self._table, self.last_index = self._open(self.path)
        self._remove_abandoned()
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._new = open(self._partial(), "wb")
            self._new.write(_MAGIC + _HEAD.pack(0))
        return self

    def _remove_abandoned(self) -> None:
        """Remove the partial files of builds that were killed while writing one (each is
        named by its process, which no longer runs)."""
        assert self.path is not None
        with contextlib.suppress(OSError):
            for partial in self.path.parent.glob(f"{self.path.name}.*.partial"):
                pid = partial.name[len(self.path.name) + 1 : -len(".partial")]
                if pid.isdigit() and not _running(int(pid)):
                    partial.unlink(missing_ok=True)

    def _partial(self) -> Path:
        assert self.path is not None
        return self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")

    def _open(self, path: Path) -> tuple[BinaryIO, dict, str]:
        f = open(path, "rb")  # noqa: SIM115 (kept open for reads; closed in __exit__)
        try:
            head = f.read(len(_MAGIC) + _HEAD.size)
            if head[: len(_MAGIC)] != _MAGIC:
                raise ValueError("not a parts file")
            (at,) = _HEAD.unpack(head[len(_MAGIC):])
            f.seek(at)
            version, table, index = pickle.load(f)
            if version != self.version or not isinstance(table, dict):
                raise ValueError("another version")
        except BaseException:
            f.close()
            raise
        return f, table, index if isinstance(index, str) else ""

    def get(self, key: bytes) -> StoryPart | None:
        """The part kept for ``key``, or None (counted in ``reused`` when found)."""
        part = self._read(key)
        if part is not None:
            self.reused += 1
        return part

    def _read(self, key: bytes) -> StoryPart | None:
        found = self._table.get(key)
        if found is None or self._old is None:
            return None
        try:
            at, codes_size, row_sizes, starts, _first = found
            size = sum(row_sizes) + codes_size
            data = os.pread(self._old.fileno(), size, at)
        except (OSError, TypeError, ValueError, OverflowError):  # a damaged table
            return None
        if len(data) != size:
            return None
        rows = []
        pos = 0
        for length in row_sizes:
            rows.append(data[pos:pos + length])
            pos += length
        return StoryPart(tuple(rows), data[pos:], starts)

    def firsts(self) -> dict[bytes, int]:
        """Key → first document number of every part the last build kept."""
        with contextlib.suppress(AttributeError):
            return {key: entry[4] for key, entry in self._table.items()
                    if isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[4], int)}
        return {}

    def codes(self, key: bytes) -> tuple[bytes, tuple[int, ...]] | None:
        """The codes and field starts of the part the last build kept for ``key``, or None."""
        part = self._read(key)
        return (part.codes, tuple(part.starts)) if part is not None else None

    def put(self, key: bytes, part: StoryPart, first: int = 0) -> None:
        """Keep ``part`` (of a story numbered from ``first``) for the next build."""
        if self._new is None or key in self._new_table:
            return
        try:
            at = self._new.tell()
            for row in part.rows:
                self._new.write(row)
            self._new.write(part.codes)
        except OSError:
            self._drop_new()
            return
        self._new_table[key] = (at, len(part.codes), tuple(len(r) for r in part.rows),
                                part.starts, first)

    def _drop_new(self) -> None:
        if self._new is not None:
            self._new.close()
            self._new = None
            with contextlib.suppress(OSError):
                self._partial().unlink()

    def __exit__(self, kind: type | None, *rest: object) -> None:
        if self._old is not None:
            self._old.close()
            self._old = None
        if self._new is None:
            return
        if kind is not None:  # the index was not finished: keep the last store
            self._drop_new()
            return
        try:
            at = self._new.tell()
            pickle.dump((self.version, self._new_table, self.index), self._new, protocol=5)
            self._new.seek(len(_MAGIC))
            self._new.write(_HEAD.pack(at))
            self._new.close()
            self._new = None
            assert self.path is not None
            os.replace(self._partial(), self.path)
        except OSError:
            self._drop_new()


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it runs, as another user
        return True
    return True
