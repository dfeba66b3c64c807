"""A simplified-script view of printed text, with a map back to the printed characters.

The tagger's word lists are simplified Chinese. Text printed in traditional characters
(榮昌區委書記張瓊) is analysed through a simplified copy made by OpenCC (a maintained
converter that ships its dictionaries); pinyin glosses that mirror sites insert inside
words (``區(qū)委書記``) are dropped from the copy. Every character of the copy remembers
where it was printed, so names and titles are reported exactly as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cqnews_site.model.text import NOT_HAN_RUN

# A pinyin gloss right after a Han character: 區(qū), 书(shū). The bracket comes first and
# the Han character is looked behind it: the regex engine then jumps from bracket to bracket
# (a pattern opening with a look-behind is tried at every position of the text).
_GLOSS = re.compile(
    r"[(（](?<=[\u4e00-\u9fff][(（])[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}[1-5]?[)）]"
)
TRADITIONAL_SHARE = 0.02  # converted characters per Han character that make a text traditional
_SAMPLE = 4000  # Han characters looked at to decide (evenly spread over a longer text)


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported lazily: only traditional text needs it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_t2s(char: str) -> str:
    out = _converter().convert(char)
    return out if len(out) == 1 else char


@lru_cache(maxsize=1)
def _changed_chars() -> re.Pattern[str]:
    """One character that conversion changes (of the Han block ``NOT_HAN_RUN`` keeps).

    Made once per process from ``_char_t2s`` itself (about 3,500 of 21,000 characters, a
    few hundredths of a second), so a text is judged by one scan in C.
    """
    changed = [c for c in map(chr, range(0x4E00, 0xA000)) if _char_t2s(c) != c]
    return re.compile(f"[{re.escape(''.join(changed))}]" if changed else "(?!)")


def _changed_count(text: str) -> int:
    """How many characters of ``text`` conversion to simplified changes."""
    return len(_changed_chars().findall(text))


@dataclass(frozen=True)
class View:
    """``text`` is what the tagger reads; ``where[i]`` is the printed index of ``text[i]``."""

    printed: str
    text: str
    where: tuple[int, ...] | None  # None: the view is the printed text itself

    def printed_span(self, start: int, end: int) -> str:
        """The printed characters behind ``text[start:end]`` (glosses left out)."""
        if self.where is None:
            return self.printed[start:end]
        return "".join(self.printed[self.where[i]] for i in range(start, end))

    @property
    def identity(self) -> bool:
        """True when the view is the printed text unchanged."""
        return self.where is None


def view(printed: str) -> View:
    """The simplified, gloss-free view of ``printed`` (the text itself when nothing changes)."""
    glosses = list(_GLOSS.finditer(printed))
    if len(printed) <= _SAMPLE:
        # Every Han character is in the sample: count on the text itself, and take the Han
        # characters apart only when the count may matter.
        changed = _changed_count(printed)
        traditional = changed >= 3 and changed >= TRADITIONAL_SHARE * len(
            NOT_HAN_RUN.sub("", printed))
    else:
        # One string, not a list of one-character strings (each ~70 bytes: 300 MB for a
        # 4-million-character story); the sample is the same characters either way.
        han = NOT_HAN_RUN.sub("", printed)
        sample = han if len(han) <= _SAMPLE else han[:: max(1, len(han) // _SAMPLE)]
        changed = _changed_count(sample)
        traditional = changed >= 3 and changed >= TRADITIONAL_SHARE * len(sample)
    if not glosses and not traditional:
        return View(printed, printed, None)
    keep: list[int] = []
    last = 0
    for g in glosses:
        keep.extend(range(last, g.start()))
        last = g.end()
    keep.extend(range(last, len(printed)))
    chars = [printed[i] for i in keep]
    if traditional:
        chars = [_char_t2s(c) if "\u4e00" <= c <= "\u9fff" else c for c in chars]
    return View(printed, "".join(chars), tuple(keep))


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (for districts and search keys)."""
    return view(text).text


def simplified_chars(text: str) -> str:
    """Every Han character of ``text`` in its simplified form, however few there are (a
    name: 鄧家輝 → 邓家辉), where ``to_simplified`` converts only a traditional text."""
    return "".join(_char_t2s(c) if "\u4e00" <= c <= "\u9fff" else c for c in text)


__all__ = ["View", "simplified_chars", "to_simplified", "view"]
