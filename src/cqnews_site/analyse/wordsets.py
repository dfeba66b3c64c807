"""Word lists asked "does a word of the list start (or end) here?" in the tagger's hot loops.

``str.startswith(words, pos)`` with a tuple tries every word of the tuple; the people
finders ask it of the 271 titles and 183 name followers for nearly every candidate name.
:class:`Affixes` keeps the words by their first and by their last character, so a question
tries only the few words that can match; the answers are exactly ``str.startswith`` and
``str.endswith`` with the whole tuple.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

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


_HAN = "\u4e00-\u9fff"


class IntroducerEnds:
    """Where the matches of the introducer pattern end, found by a faster equivalent pattern.

    The pattern (``spec``): 的 after a Han character, one of ``words`` (in the order given),
    or nothing at the text's start or after one of ``stops`` when a Han character follows.
    Its empty alternative makes the regex engine try it at every position of the text.
    ``ends`` finds the same ends with every alternative opening on a character (the
    engine jumps between those characters): 的 with the Han character looked behind it,
    each word, and each stop followed by a Han character and no word (the stop itself is
    matched, so the match ends where the empty one did; where a word follows, the word
    matches there as it did). The text's start is checked on its own. This holds when no
    word is empty or holds a stop; otherwise ``spec`` itself is used.
    """

    def __init__(self, words: Sequence[str], stops: str) -> None:
        alternation = "|".join(map(re.escape, words))
        self.spec = re.compile(rf"(?:(?<=[{_HAN}])的|{alternation}"
                               rf"|(?:^|(?<=[{re.escape(stops)}]))(?=[{_HAN}]))")
        self._fast: re.Pattern[str] | None = None
        if words and all(w and not set(w) & set(stops) for w in words):
            self._words = re.compile(alternation)
            self._fast = re.compile("|".join([
                f"的(?<=[{_HAN}]的)", *map(re.escape, words),
                *(rf"{re.escape(c)}(?=[{_HAN}])(?!{alternation})" for c in stops)]))

    def ends(self, text: str) -> Iterator[int]:
        """``m.end()`` of every match of ``spec.finditer(text)``, in order."""
        if self._fast is None:
            for m in self.spec.finditer(text):
                yield m.end()
            return
        if text and "\u4e00" <= text[0] <= "\u9fff" and not self._words.match(text):
            yield 0
        for m in self._fast.finditer(text):
            yield m.end()


def name_shape(surnames: Iterable[str], compounds: Iterable[str], given: Iterable[str]
               ) -> re.Pattern[str]:
    """A family name and given-name characters, three characters in all: a single family name
    and two given-name characters, or a two-character family name and one.

    The same matches as ``(?:[surnames]G{2}|(?:compounds)G)``, written to open on one class
    of characters (every family name's first), which the regex engine skips to; each
    reading then looks back at that character. (Three characters either way, so which
    reading matches never changes where a match ends.)
    """
    single = "".join(sorted(set(surnames)))
    pairs = sorted(set(compounds))
    g = "[" + re.escape("".join(sorted(set(given)))) + "]"
    if any(len(c) != 2 for c in pairs) or not single or not pairs:
        plain = "|".join(map(re.escape, pairs))
        return re.compile(f"(?:[{re.escape(single)}]{g}{{2}}|(?:{plain}){g})")
    seconds: dict[str, list[str]] = {}
    for c in pairs:
        seconds.setdefault(c[0], []).append(c[1])
    readings = [f"(?<=[{re.escape(single)}]){g}{{2}}"] + [
        f"(?<={re.escape(first)})[{re.escape(''.join(rest))}]{g}"
        for first, rest in seconds.items()]
    firsts = "".join(sorted(set(single) | set(seconds)))
    return re.compile(f"[{re.escape(firsts)}](?:{'|'.join(readings)})")


class PresentWords:
    """Which of ``words`` a text holds: ``{w for w in words if w in text}``, in one scan.

    The longest-first trie finds, left to right, the longest word at each position not
    inside an earlier match. A word printed in the text is then inside a match (or the
    start of one), unless it begins inside a match and runs past its end: that needs a
    word's end to be another word's start, and such words are looked for one by one.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(w for w in words if w))
        self._trie = re.compile(longest_first(self.words))
        # A word whose beginning is the end of another word (its match may hide it).
        self._apart = tuple(w for w in self.words if any(
            u != w and any(u.endswith(w[:k]) for k in range(1, min(len(u), len(w))))
            for u in self.words))
        self._inside: dict[str, frozenset[str]] = {}

    def present(self, text: str) -> set[str]:
        """The words printed in ``text``."""
        found: set[str] = set()
        for match in set(self._trie.findall(text)):
            inside = self._inside.get(match)
            if inside is None:
                inside = self._inside[match] = frozenset(w for w in self.words if w in match)
            found |= inside
        found.update(w for w in self._apart if w in text)
        return found


# Branches tried one after another at most where words open on many characters: more are
# split in two by their first characters, each half behind a class of them.
_BRANCHES = 24


def common_words(words: Iterable[str]) -> str:
    """``longest_first(words)`` for words that open on characters frequent in any text
    (titles open on 区, 市, 县, 主 …: a third of a story's characters), the same matches.

    ``longest_first`` tries every branch of its trie's first characters where a text's
    character opens one (most fail on the second character); here the branches are split
    in halves behind a class of their first characters, so a position tests a few classes,
    and where every word has two characters or more, a class of the first characters and
    one of the second ones come before them: most positions stop after those two tests.
    (Where first characters are rare, ``longest_first`` is faster: the regex engine skips
    to them by itself, which it does not do for a pattern opening on a look-ahead.)
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word)
    if not groups:
        return "(?!)"

    def split(firsts: list[str]) -> str:
        # (words of different first characters never match at the same position: grouped,
        # they match as they did in the trie's one alternation)
        if len(firsts) <= _BRANCHES:
            return "(?:" + "|".join(longest_first(groups[c]) for c in firsts) + ")"
        half = len(firsts) // 2
        return "(?:" + "|".join(f"(?={_char_class(part)}){split(part)}"
                                for part in (firsts[:half], firsts[half:])) + ")"

    firsts = sorted(groups)
    seconds = {w[1:2] for ws in groups.values() for w in ws}
    gate = "" if "" in seconds else f"(?={_char_class(firsts)}{_char_class(seconds)})"
    return gate + split(firsts)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"


__all__ = ["Affixes", "IntroducerEnds", "PresentWords", "common_words", "name_shape"]
