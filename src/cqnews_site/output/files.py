"""The site as a set of files: each path once, with the generator that made it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from cqnews_site.output import folders
from cqnews_site.output.json_text import dumps_indented, dumps_list_chunks


class Unchanged(bytes):
    """Stands for an output that is the previous site's file at the same path, unrendered."""


UNCHANGED = Unchanged()


class DuplicatePath(Exception):
    """Two generators want the same output path; the message names both."""


def json_bytes(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: keys sorted, not ASCII-escaped, one trailing newline."""
    return (dumps_indented(value) + "\n").encode()


class Pieces:
    """A file's bytes made piece by piece: a folder writes them as they come, so the whole
    file is never in memory (``data/stories.json`` is 100 MB at 10,000 stories)."""

    __slots__ = ("_pieces",)

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._pieces)

    def joined(self) -> bytes:
        """The whole file (for a site kept in memory)."""
        return b"".join(self._pieces)


def json_list_file(values: Iterable[Any]) -> Pieces:
    """``json_bytes(list(values))``, made one element at a time (see ``dumps_list_chunks``)."""
    return Pieces(dumps_list_chunks(values))


class SiteFiles:
    """Output files by POSIX path; refuses a second file at the same path (case-insensitively,
    so the site also unpacks on macOS and Windows) and names both of its sources."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.origin: dict[str, str] = {}

    def add(self, path: str, data: bytes | Pieces, origin: str) -> None:
        """Add the file at ``path``; ``origin`` says which page or generator made it."""
        self.claim(path, origin)
        self.data[path] = data.joined() if isinstance(data, Pieces) else data

    def __contains__(self, path: str) -> bool:
        return path.casefold() in self.origin

    def claim(self, path: str, origin: str) -> None:
        """Record a file another process wrote, refusing its path if it is taken."""
        key = path.casefold()
        if key in self.origin:
            raise DuplicatePath(
                f"two outputs want the path {path}: {self.origin[key]} and {origin}; "
                "rename one of them"
            )
        self.origin[key] = origin
        self.data[path] = b""

    def paths(self) -> dict[str, str]:
        """Every path with what made it."""
        return {path: self.origin[path.casefold()] for path in self.data}

    def origin_paths(self) -> list[str]:
        """Every path, as added."""
        return list(self.data)

    def sorted(self) -> dict[str, bytes]:
        """Every file, in path order."""
        return dict(sorted(self.data.items()))


def _plain_path(path: str) -> str | None:
    """``path`` itself when it is plainly relative (no empty, ``.`` or ``..`` part; the
    case of every page), else None: ``checked_path`` then refuses or normalises it."""
    if path and path[0] != "/" and "//" not in path and path[-1] != "/":
        parts = path.split("/")
        if "." not in parts and ".." not in parts:
            return path
    return None


def checked_path(path: str) -> PurePosixPath:
    """Refuse absolute paths and ``..``: nothing may land outside the output folder."""
    p = PurePosixPath(path)
    if p.is_absolute() or not p.parts or any(part in ("..", "") for part in p.parts):
        raise DuplicatePath(f"refusing to write {path!r}: site paths must be relative, "
                            "without '..'")
    return p


_COMPARE = 1 << 20  # bytes of an old file compared at a time


class FolderFiles(SiteFiles):
    """Files written straight into ``folder`` as they are made (nothing held in memory).

    A file whose bytes equal the same path in ``previous`` (the last site) is hard-linked
    from it instead of written, so an unchanged page keeps its timestamp and a deploy that
    compares times (rsync) sends only what changed.
    """

    def __init__(self, folder: Path, previous: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.previous = previous if previous and previous.is_dir() else None
        self._made: set[str] = set()
        self.linked = 0
        self.reused = 0  # of them, files not even rendered (their inputs had not changed)
        self.made: Any = None  # what each output was made from (site.dependencies.Record)

    def add(self, path: str, data: bytes | Pieces, origin: str) -> None:
        """Write (or link) the file at ``path``; refuses a path twice like ``SiteFiles``."""
        rel = _plain_path(path) or str(checked_path(path))
        self.claim(path, origin)  # the content goes to disk; the path stays for the sitemap
        # Plain strings and os calls: a build writes tens of thousands of small files.
        target = os.path.join(self.folder, rel)
        parent = os.path.dirname(target)
        if parent not in self._made:
            folders.make_folders(Path(parent))
            self._made.add(parent)
        if isinstance(data, Pieces):
            self._write_pieces(rel, target, data)
            return
        if self.previous is not None:
            old = os.path.join(self.previous, rel)
            if isinstance(data, Unchanged):
                self._reuse(old, target)
                return
            if self._same(old, data):
                try:
                    os.link(old, target)
                    self.linked += 1
                    return
                except OSError:
                    pass  # another file system, or links refused: write it
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)

    def _write_pieces(self, rel: str, target: str, pieces: Pieces) -> None:
        """Write ``pieces`` as they come; a file equal to the last site's is then replaced
        by a link to it, as ``add`` links equal bytes."""
        with open(target, "wb") as f:
            for piece in pieces:
                f.write(piece)
        if self.previous is None:
            return
        old = os.path.join(self.previous, rel)
        if _same_files(old, target):
            try:
                os.link(old, target + ".link")
            except OSError:
                return  # another file system, or links refused: the written file stays
            os.replace(target + ".link", target)
            self.linked += 1

    def _reuse(self, old: str, target: str) -> None:
        try:
            os.link(old, target)
        except OSError:  # another file system, or links refused: copy it
            shutil.copyfile(old, target)
        self.linked += 1
        self.reused += 1

    @staticmethod
    def _same(old: str, data: bytes) -> bool:
        try:
            if os.stat(old).st_size != len(data):
                return False
            view = memoryview(data)
            # In pieces: the largest files (data/stories.json) are not held twice.
            with open(old, "rb") as f:
                for start in range(0, len(view), _COMPARE):
                    if f.read(_COMPARE) != view[start:start + _COMPARE]:
                        return False
            return True
        except OSError:
            return False


def _same_files(old: str, new: str) -> bool:
    """Whether the files at ``old`` and ``new`` hold the same bytes (False if either is
    unreadable)."""
    try:
        if os.stat(old).st_size != os.stat(new).st_size:
            return False
        with open(old, "rb") as a, open(new, "rb") as b:
            while True:
                piece = a.read(_COMPARE)
                if piece != b.read(_COMPARE):
                    return False
                if not piece:
                    return True
    except OSError:
        return False
