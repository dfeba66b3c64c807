"""The site as a set of files: each path once, with the generator that made it."""

from __future__ import annotations

import json
from typing import Any


class DuplicatePath(Exception):
    """Two generators want the same output path; the message names both."""


def json_bytes(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: keys sorted, not ASCII-escaped, one trailing newline."""
    return (json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


class SiteFiles:
    """Output files by POSIX path; refuses a second file at the same path (case-insensitively,
    so the site also unpacks on macOS and Windows) and names both of its sources."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.origin: dict[str, str] = {}

    def add(self, path: str, data: bytes, origin: str) -> None:
        """Add the file at ``path``; ``origin`` says which page or generator made it."""
        key = path.casefold()
        if key in self.origin:
            raise DuplicatePath(
                f"two outputs want the path {path}: {self.origin[key]} and {origin}; "
                "rename one of them"
            )
        self.origin[key] = origin
        self.data[path] = data

    def __contains__(self, path: str) -> bool:
        return path.casefold() in self.origin

    def sorted(self) -> dict[str, bytes]:
        """Every file, in path order."""
        return dict(sorted(self.data.items()))
