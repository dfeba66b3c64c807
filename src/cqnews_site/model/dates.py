"""Dates as printed in Chinese papers: 2月16日, 二月二十一日, 2024年3月3日."""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９]{1,4}|[〇零一二两三四五六七八九十]{1,4}"
DATE_RE = re.compile(
    rf"(?:(?P<year>[0-9０-９]{{4}}|[〇零一二三四五六七八九]{{4}})年)?"
    rf"(?P<month>{_NUM})月(?P<day>{_NUM})[日号]"
)
_YEAR_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?!代|前|以前|之前|底前)")
# Anniversaries pin the year when none is printed: 新中国成立75周年 → 1949 + 75.
_ANNIVERSARIES = (
    (re.compile(r"(?:新中国|中华人民共和国|人民政协)成立(\d{1,3})周年"), 1949),
    (re.compile(r"(?:建党|中国共产党成立)(\d{1,3})周年"), 1921),
    (re.compile(r"改革开放(\d{1,3})周年"), 1978),
    (re.compile(r"直辖(\d{1,3})周年"), 1997),
)
_TARGET_BEFORE = ("到", "至", "截至", "力争", "预计", "计划", "目标")


def chinese_number(text: str) -> int | None:
    """Parse 0-9999 written in Arabic or Chinese numerals (十二, 二十一, 二〇二四)."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    if "十" not in text:
        if all(c in _DIGITS for c in text):
            value = 0
            for char in text:
                value = value * 10 + _DIGITS[char]
            return value
        return None
    tens, _, ones = text.partition("十")
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def find_date(text: str, year: int | None) -> str | None:
    """The first valid date in ``text``: ``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown."""
    for match in DATE_RE.finditer(text):
        month = chinese_number(match["month"])
        day = chinese_number(match["day"])
        printed = chinese_number(match["year"]) if match["year"] else None
        the_year = printed or year
        if month is None or day is None:
            continue
        try:
            dt.date(the_year or 2000, month, day)  # 2000 is a leap year: 2月29日 stays valid
        except ValueError:
            continue
        if the_year:
            return f"{the_year:04d}-{month:02d}-{day:02d}"
        return f"--{month:02d}-{day:02d}"
    return None


def reference_year() -> int:
    """The current year, the latest a page may be dated: a fact the build depends on, so it
    is part of the build's fingerprint and of the page cache's key."""
    return dt.date.today().year


def infer_year(text: str, today: dt.date | None = None) -> tuple[int | None, str | None]:
    """Guess a page's publication year from what it prints: (year, evidence phrase).

    Full dates win; then anniversaries; then the latest plain ``YYYY年`` that is not a
    target ("到2035年") and not in the future.
    """
    limit = today.year if today else reference_year()
    for match in DATE_RE.finditer(text):
        if match["year"]:
            year = chinese_number(match["year"])
            if year and 1949 <= year <= limit:
                return year, _evidence(text, match.start(), match.end())
    for pattern, base in _ANNIVERSARIES:
        match = pattern.search(text)
        if match:
            year = base + int(match[1])
            if year <= limit:
                return year, _evidence(text, match.start(), match.end())
    best: tuple[int, int, int] | None = None
    for match in _YEAR_RE.finditer(text):
        year = int(match[1])
        before = text[max(0, match.start() - 3) : match.start()]
        if year > limit or any(before.endswith(w) for w in _TARGET_BEFORE):
            continue
        if best is None or year > best[0]:
            best = (year, match.start(), match.end())
    if best:
        return best[0], _evidence(text, best[1], best[2])
    return None, None


def _evidence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in "。！？\n，,") + 1
    right_candidates = [i for i in (text.find(c, end) for c in "。！？\n，,") if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right].strip()[:60]
