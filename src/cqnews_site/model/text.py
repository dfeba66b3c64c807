"""Text normalisation for analysis; display always keeps the text as printed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

_SPACE_RE = re.compile(r"\s+")
# After NFKC, full-width ASCII forms (，：；（）！？) are already half-width; these are the
# remaining look-alikes that dumps mix freely.
_PUNCT = {"—": "-", "－": "-", "–": "-", "〜": "~", "～": "~", "•": "·", "・": "·"}


# A run of anything but the CJK unified ideographs' main block (analyse/script.py uses it too);
# the group makes ``split`` keep the runs (its odd items).
NOT_HAN_RUN = re.compile(r"([^\u4e00-\u9fff]+)")
# The gap between a row's cells: two spaces or more (one space pads a name: '陈　浩').
CELL_GAP = re.compile(r"[ \u3000]{2,}")


@lru_cache(maxsize=4096)
def _nfkc(run: str) -> str:
    return unicodedata.normalize("NFKC", run)


def normalize(text: str) -> str:
    """NFKC, one style of punctuation, white space folded to single spaces."""
    if not unicodedata.is_normalized("NFKC", text):  # the quick check saves most of the work
        # Only the runs between Han characters: NFKC keeps every CJK unified ideograph as it
        # is and never joins one with a neighbour (no decomposition, combining class 0, in no
        # composition), so the runs normalise alone to the same text, and most are one mark.
        # (The runs in a list, not a callback of ``re.sub``: no Python frame per run.)
        parts = NOT_HAN_RUN.split(text)
        parts[1::2] = [_nfkc(run) for run in parts[1::2]]
        text = "".join(parts)
    # One replace per look-alike that is present: far cheaper than ``str.translate`` with a
    # table, which looks every character up (no replacement makes another one's input).
    for mark, plain in _PUNCT.items():
        if mark in text:
            text = text.replace(mark, plain)
    # White space runs to one space, none at the ends: ``str.split`` knows the same white
    # space as the regex ``\s`` (both ask Py_UNICODE_ISSPACE), at a third of the cost.
    return " ".join(text.split())


def squash(text: str) -> str:
    """NFKC with all white space removed: how gold strings are compared."""
    return _SPACE_RE.sub("", unicodedata.normalize("NFKC", text))


def is_han(char: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


# A story's excerpt is shown on every list it is on (ten on average): made once per worker.
# The key hashes the text once (a str keeps its hash) and finds the same object again.
@lru_cache(maxsize=1 << 16)
def excerpt(text: str, limit: int = 90) -> str:
    """The first ``limit`` characters of ``text`` with its runs of white space made one
    space (CJK has no words to cut at), punctuated as the story page shows the text
    (``cjk_punctuation``: 3月3日,在渝 → 3月3日，在渝).

    Only a head of the text is read: a story of 12 MB (a page dump of one line) is asked
    for its excerpt by every list it is in."""
    size = 2 * limit + 64
    while True:
        # Any head of the text collapses to a head of the whole text collapsed.
        flat = " ".join(text[:size].split())
        whole = size >= len(text)
        if whole or _excerpt_settled(flat, limit):
            break
        size *= 4
    flat = cjk_punctuation(flat)
    return flat if whole and len(flat) <= limit else flat[:limit].rstrip() + "……"


# How far past a character ``cjk_punctuation``'s rules other than the parentheses look
# (one or two characters each, applied one after another).
_PUNCTUATION_REACH = 16


def _excerpt_settled(flat: str, limit: int) -> bool:
    """Whether the first ``limit`` characters of ``flat`` punctuate as they would in any
    longer text that ``flat`` begins."""
    if len(flat) < limit + _PUNCTUATION_REACH:
        return False
    # The last "(" among them pairs with the next bracket after it: that must be here.
    opened = flat.rfind("(", 0, limit)
    return opened < 0 or bool(_BRACKET.search(flat, opened + 1))


_BRACKET = re.compile(r"[()]")


_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3011\u201c\u201d\uff08\uff09]"
# How half-width punctuation that OCR left in Chinese text is shown to readers: each rule
# is (name, pattern, replacement, example as printed → as shown). Applied in order, for
# display only; the data files keep the text as printed. Each pattern starts with its mark
# and looks behind after it: a pattern that starts with a look-behind is tried at every
# position, one that starts with a literal only where the mark is (three times faster).
CJK_PUNCTUATION_RULES: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("comma", re.compile(rf",(?:(?<={_HAN},)|(?={_HAN}))"), "，", "2月16日,区委 → 2月16日，区委"),
    ("semicolon", re.compile(rf";(?:(?<={_HAN};)|(?={_HAN}))"), "；", "发展;推动 → 发展；推动"),
    ("colon", re.compile(rf":(?<={_HAN}:)(?!//)"), "：", "表示:要 → 表示：要"),
    ("question", re.compile(rf"\?(?<={_HAN}\?)"), "？", "怎么办? → 怎么办？"),
    ("exclamation", re.compile(rf"!(?<={_HAN}!)"), "！", "加油! → 加油！"),
    ("parentheses", re.compile(r"\(([^()]*[\u3400-\u9fff][^()]*)\)"), "（\\1）",
     "(记者 程卓) → （记者 程卓）"),
)


# Every rule above needs one of these marks (each rule's example checks it): most texts
# have none, and one scan for them is far cheaper than the six rules.
_HALF_WIDTH_MARK = re.compile(r"[,;:?!(]")


def cjk_punctuation(text: str) -> str:
    """Chinese text with full-width punctuation where OCR printed half-width marks between
    Chinese characters; numbers (1,000, 10:30) and URLs keep theirs."""
    if not _HALF_WIDTH_MARK.search(text):
        return text
    for _name, pattern, replacement, _example in CJK_PUNCTUATION_RULES:
        text = pattern.sub(replacement, text)
    return text


def occurrences(text: str, word: str) -> Iterator[int]:
    """Every position where ``word`` (not empty) starts in ``text``, overlapping ones too,
    left to right (``str.find``: no pattern to compile for a word asked once)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def longest_first(words: Iterable[str]) -> str:
    """A pattern matching, at any position, the longest of ``words`` printed there.

    The same matches as the alternation of the words sorted longest first, written as a
    trie (书记(?:处书记)?|区(?:长|委书记)…): the regex engine then tests each character
    once instead of trying every word in turn.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + pattern(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word ending here: a longer one is tried first (greedy), then this one.
        return f"(?:{body})?" if "" in node else body

    return pattern(trie) if trie else "(?!)"


# Columns of a table are set apart by two spaces or more, a tab or a full-width space.
_CELL_GAP = re.compile(r"\s{2,}|\t|\u3000")
# A gap wide enough to set columns apart where names are padded: two full-width spaces or
# three spaces of any width (a padded name's one space, '周　敏', is none).
WIDE_GAP = re.compile(r"\u3000{2,}|[ \u3000]{3,}")
# A link in double brackets, as a wiki or a note app writes it: '[[西沱古镇|西沱]]' shows
# '西沱', '[[西沱镇]]' its target, '[[#heading]]' the heading (group ``shown``).
WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?#?(?P<shown>[^\[\]|\n]+)\]\]")
_PIPE_RULE = re.compile(r"^:?-{3,}:?$")


def cells(text: str) -> list[str]:
    """The cells of a line set in columns (two spaces or more, a tab or a full-width space
    apart)."""
    return list(_cells(text))


# Several page passes ask for the cells of every line of a page, one after another: each
# line is split once (a split was the segmenter's costliest single call).
@lru_cache(maxsize=1 << 12)
def _cells(text: str) -> tuple[str, ...]:
    return tuple(cell for cell in _CELL_GAP.split(text.strip()) if cell)


def pipe_cells(text: str) -> list[str] | None:
    """The cells of a Markdown table's row ('| 指标 | 前三季度 |'), or None."""
    text = text.strip()
    if len(text) > 2 and text[0] == "|" and text[-1] == "|":
        return [cell.strip() for cell in text[1:-1].split("|")]
    return None


def pipe_rule(text: str) -> bool:
    """True for a Markdown table's rule line under its head row ('|---|:---:|')."""
    piped = pipe_cells(text)
    return piped is not None and all(_PIPE_RULE.match(cell) for cell in piped)


_WIDE_GAP = re.compile(r"\s{2,}|\t")


def row_cells(text: str) -> list[str]:
    """The cells of a table's row as printed: between pipes, or set apart by wide gaps (a
    single full-width space sets cells apart only where no wider gap does: '李　军' is a
    name spaced out in a column of names)."""
    piped = pipe_cells(text)
    if piped is not None:
        return piped
    wide = [cell for cell in _WIDE_GAP.split(text.strip()) if cell]
    return wide if len(wide) >= 2 else cells(text)
