"""Word lists of the package (``data/*.txt``) and the shapes of Chinese personal names.

Kept free of jieba so that the segmenter can use the same lists as the tagger.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cqnews_site.model.text import is_han

DATA = Path(__file__).parent / "data"


def read_list(name: str, folder: Path = DATA) -> list[str]:
    """Entries of a ``data/*.txt`` list: whitespace-separated, '#' starts a comment."""
    words: list[str] = []
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


@cache
def title_words() -> tuple[str, ...]:
    """Office and role words (书记, 区长, 主任 …) from ``data/titles.txt``, longest first."""
    return tuple(sorted(set(read_list("titles.txt")), key=lambda w: (-len(w), w)))


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, compound) family names from ``data/surnames.txt``."""
    names = set(read_list("surnames.txt"))
    return (
        frozenset(n for n in names if len(n) == 1),
        frozenset(n for n in names if len(n) > 1),
    )


@cache
def rare_surnames() -> frozenset[str]:
    """Family names that are rare or also everyday words (况, 水 …), ``data/surnames_rare.txt``:
    taken as names only where a name is certain to stand."""
    return frozenset(read_list("surnames_rare.txt"))


def looks_like_name(token: str) -> bool:
    """A 2–4 character Han string that starts with a family name (欧阳 and 司马 included)."""
    if not 2 <= len(token) <= 4 or not all(is_han(c) for c in token):
        return False
    single, compound = surnames()
    if token[:2] in compound:
        return len(token) >= 3
    return token[0] in single and len(token) <= 4


@cache
def layout_words() -> dict:
    """The segmenter's layout vocabulary (``data/layout.yaml``): datelines, credits, furniture."""
    import yaml  # here: only the segmenter needs it

    return yaml.safe_load((DATA / "layout.yaml").read_text(encoding="utf-8"))
