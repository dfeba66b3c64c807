"""Stable identities of records, computed in one place."""

from __future__ import annotations

import hashlib


def person_id(name: str, district: str | None) -> str:
    """Stable id of a person: the name, scoped by district when they serve in one."""
    return f"{name}-{district}" if district else name


def content_story_id(source: str, headline: str, text: str) -> str:
    """Id of a story whose paper, date or 版次 is unknown: its file, headline and opening."""
    key = "\n".join((source, headline, text[:40]))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def placed_story_id(paper: str, date: str, page_number: str, position: int) -> str:
    """Id of a story from where it was printed: paper, issue date, 版次 and its place on
    the page. A corrected headline or a moved seed file keeps the id (and the URL)."""
    key = "\n".join((paper, date, page_number, str(position)))
    return "p" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
