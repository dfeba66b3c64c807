"""Shapes of Chinese personal names: the family-name list and a plausibility check."""

from __future__ import annotations

from functools import cache
from importlib import resources

from cqnews_site.normalize import is_han


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, compound) family names from ``data/surnames.txt``."""
    text = resources.files("cqnews_site").joinpath("data/surnames.txt").read_text("utf-8")
    names = {
        token
        for line in text.splitlines()
        if not line.lstrip().startswith("#")
        for token in line.split()
    }
    return (
        frozenset(n for n in names if len(n) == 1),
        frozenset(n for n in names if len(n) > 1),
    )


def looks_like_name(token: str) -> bool:
    """A 2–4 character Han string that starts with a family name (欧阳 and 司马 included)."""
    if not 2 <= len(token) <= 4 or not all(is_han(c) for c in token):
        return False
    single, compound = surnames()
    if token[:2] in compound:
        return len(token) >= 3
    return token[0] in single and len(token) <= 4
