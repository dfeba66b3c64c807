"""Walking, creating and removing folder trees with a stack, never recursion.

Python 3.11's ``Path.rglob``, ``Path.mkdir(parents=True)``, ``os.makedirs`` and
``shutil.rmtree`` call themselves once per level: a static or template folder nested
1,000 levels deep ends the build with a RecursionError. These do the same work in a loop.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import NamedTuple


class Entry(NamedTuple):
    """One thing found under a folder, typed from the listing itself (no ``stat`` per path:
    on a path 1,500 folders long, each one walks every folder again)."""

    path: Path
    is_link: bool
    is_folder: bool  # a folder that is not a link
    is_file: bool  # a regular file, or a link to one


def entries(root: Path) -> list[Entry]:
    """Every file, folder and link under ``root`` (not ``root``), like ``rglob("*")``.

    A link to a folder is listed but not entered (the callers resolve links and refuse
    what lies outside ``root``), so a path that is no link lies inside ``root``; a folder
    that cannot be listed is passed over.
    """
    found: list[Entry] = []
    folders = [Path(root)]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                items = [_entry(folder, entry) for entry in listing]
        except OSError:
            continue
        for entry in items:
            found.append(entry)
            if entry.is_folder:
                folders.append(entry.path)
    return found


def _entry(folder: Path, entry: os.DirEntry[str]) -> Entry:
    try:
        is_link = entry.is_symlink()
        is_folder = not is_link and entry.is_dir(follow_symlinks=False)
        is_file = not is_folder and entry.is_file()
    except OSError:
        is_link = is_folder = is_file = False
    return Entry(folder / entry.name, is_link, is_folder, is_file)


def make_folders(path: Path) -> None:
    """``path.mkdir(parents=True, exist_ok=True)`` one level at a time."""
    missing: list[Path] = []
    here = Path(path)
    while not here.is_dir():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder)
        except FileExistsError:
            if not folder.is_dir():
                raise


def remove_tree(path: Path) -> None:
    """``shutil.rmtree(path, ignore_errors=True)`` one level at a time; links not followed.

    Plain strings and ``DirEntry`` types, no ``Path`` or ``Entry`` per file: replacing a
    site removes the last one, 90,000 files at 10,000 stories (1.0 s instead of 1.7)."""
    root = os.fspath(path)
    if os.path.islink(root) or not os.path.isdir(root):
        with contextlib.suppress(OSError):
            os.unlink(root)
        return
    emptied: list[str] = []  # each folder before what it holds
    todo = [root]
    while todo:
        folder = todo.pop()
        emptied.append(folder)
        try:
            with os.scandir(folder) as listing:
                found = list(listing)
        except OSError:
            continue
        for entry in found:
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                todo.append(entry.path)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
    for folder in reversed(emptied):
        with contextlib.suppress(OSError):
            os.rmdir(folder)
