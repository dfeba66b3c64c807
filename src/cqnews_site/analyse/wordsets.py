"""Word lists asked "does a word of the list start (or end) here?" in the tagger's hot loops.

``str.startswith(words, pos)`` with a tuple tries every word of the tuple; the people
finders ask it of the 271 titles and 183 name followers for nearly every candidate name.
:class:`Affixes` keeps the words by their first and by their last character, so a question
tries only the few words that can match; the answers are exactly ``str.startswith`` and
``str.endswith`` with the whole tuple.
"""

from __future__ import annotations

from collections.abc import Iterable

from cqnews_site.model.text import longest_first


class Affixes:
    """``words`` indexed by first and last character (the tuple itself kept in ``words``)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        firsts: dict[str, list[str]] = {}
        lasts: dict[str, list[str]] = {}
        for word in self.words:
            firsts.setdefault(word[:1], []).append(word)
            lasts.setdefault(word[-1:], []).append(word)
        self._firsts = {c: tuple(ws) for c, ws in firsts.items()}
        self._lasts = {c: tuple(ws) for c, ws in lasts.items()}
        # The empty word starts and ends everything: answer with the whole tuple then.
        self._plain = "" in self._firsts

    def starts(self, text: str, pos: int = 0) -> bool:
        """``text.startswith(self.words, pos)`` for ``pos >= 0``."""
        if self._plain:
            return text.startswith(self.words, pos)
        found = self._firsts.get(text[pos:pos + 1])
        return found is not None and text.startswith(found, pos)

    def ends(self, text: str) -> bool:
        """``text.endswith(self.words)``."""
        if self._plain:
            return text.endswith(self.words)
        found = self._lasts.get(text[-1:])
        return found is not None and text.endswith(found)


__all__ = ["Affixes", "longest_first"]
