"""Text normalisation for analysis; display always keeps the text as printed."""

from __future__ import annotations

import re
import unicodedata

_SPACE_RE = re.compile(r"\s+")
# After NFKC, full-width ASCII forms (，：；（）！？) are already half-width; these are the
# remaining look-alikes that dumps mix freely.
_PUNCT = str.maketrans({"—": "-", "－": "-", "–": "-", "〜": "~", "～": "~", "•": "·", "・": "·"})


def normalize(text: str) -> str:
    """NFKC, one style of punctuation, white space folded to single spaces."""
    if not unicodedata.is_normalized("NFKC", text):  # the quick check saves most of the work
        text = unicodedata.normalize("NFKC", text)
    return _SPACE_RE.sub(" ", text.translate(_PUNCT)).strip()


def squash(text: str) -> str:
    """NFKC with all white space removed: how gold strings are compared."""
    return _SPACE_RE.sub("", unicodedata.normalize("NFKC", text))


def is_han(char: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def excerpt(text: str, limit: int = 90) -> str:
    """The first ``limit`` characters of ``text`` (CJK has no words to cut at)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "……"
