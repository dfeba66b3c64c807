"""Two columns of text set side by side and read across by the OCR, a row of each on one
line ('　　本报讯（通讯员　冉　勇）　│　要钱，这样的活动好得很！”张秀英说。'), read down
again: the left column, then the right (a raw pass).

A block of consecutive lines is two columns when most of its lines break at about the same
place (a rule drawn between the columns, or a wide gap) into two parts that are both
wrapped text: each column's rows mostly fill it. Tables (cells on both sides of more
gaps), rosters, signatures and a masthead beside an advertisement (short lines, each as
long as it is) are never read so.

The right column's rows follow the left's (a blank line between when the left column's text
ends there): the lines below the block are numbered that many lines later than in the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from cqnews_site.analyse.lines import is_closed
from cqnews_site.model.text import normalize

COLUMN_ROWS_MIN = 6  # rows of a block set in two columns, at least
BROKEN_SHARE = 0.7  # of its rows, at least, break at the column's edge
SIDE_TEXT_MIN = 10  # characters a column's part holds on a row, on average, at least
EDGE_SLACK = 3  # display cells the break may stray from the column's edge
HEAD_SLACK = 8  # cells before the edge a head centred over the right column may start
FULL_ROW = 0.75  # of the column's widest row, a row that fills it, at least
FILLED_SHARE = 0.6  # of a column's rows with text, at least, fill it
INDENT_CELLS = 4  # cells of white space after a rule, at least, that indent a paragraph
INDENT_CELLS_MAX = 6  # (a rule's padding and a two-cell indent; more centres a head)
PARAGRAPH_INDENT = "\u3000\u3000"
MARGIN_SHARE = 0.5  # of a column's rows, at least, start at its margin where it has one
RULES = "│┃｜|"  # the marks an OCR reads for a rule drawn between columns
# A rule drawn between the columns, or a gap of four cells or more (two full-width spaces).
_BREAK = re.compile(rf"[ \u3000]*[{RULES}][ \u3000]*|(?: {{2}}|\u3000){{2,}}")
_RULE = re.compile(rf"[{RULES}]")


def _cells(text: str) -> int:
    """Display width: a wide (CJK, full-width) character takes two cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _indent_cells(text: str) -> int:
    """Display width of the white space ``text`` opens with."""
    return _cells(text[:len(text) - len(text.lstrip(" \u3000"))])


def _breaks(raw: str) -> list[tuple[int, int, re.Match[str]]]:
    """The places a row may break between columns: (first cell, cell after, match). A gap
    inside the row's text, or a rule anywhere (at its start or end, one column is empty on
    that row)."""
    body = raw.rstrip()
    start = len(body) - len(body.lstrip(" \u3000"))
    found = []
    for m in _BREAK.finditer(body):
        inside = start < m.start() and m.end() < len(body)
        if inside or _RULE.search(m.group()):
            found.append((_cells(body[:m.start()]), _cells(body[:m.end()]), m))
    return found


def _edge(rows: list[str]) -> int | None:
    """The cell most rows break across: the left column's edge."""
    covered: Counter[int] = Counter()
    for raw in rows:
        covered.update({cell for first, after, _ in _breaks(raw)
                        for cell in range(first, after + 1)})
    return max(covered, key=lambda cell: (covered[cell], -cell)) if covered else None


def _split(raw: str, edge: int, slack: int = EDGE_SLACK) -> tuple[str, str, bool | int] | None:
    """``raw`` cut at its break across ``edge``: the left part, the right part, and whether
    the right part is set in from the rule before it, opening a paragraph; with no rule
    there, the cell the right part starts at (None: it has no break there)."""
    for first, after, m in _breaks(raw):
        if first - EDGE_SLACK <= edge <= after + slack:
            rest = raw[m.end():].rstrip().rstrip(RULES)
            right = rest.strip()
            rule = _RULE.search(m.group())
            if rule is None:
                return raw[:m.start()].rstrip(), right, after + _indent_cells(rest)
            # (set further in than an indent, a head centred in the column)
            indented = INDENT_CELLS <= _cells(m.group()[rule.end():]) <= INDENT_CELLS_MAX
            return raw[:m.start()].rstrip(), right, indented
    return None


def _indents(parts: list[tuple[str, str, bool | int] | None]) -> list[tuple[str, str, bool] | None]:
    """The parts with the right column's paragraphs found: where no rule stands between the
    columns, a right part set in from the column's margin (the cell most of its rows start
    at) by an indent opens a paragraph; a head centred in the column is set in further."""
    starts = Counter(part[2] for part in parts if part is not None and part[1]
                     and not isinstance(part[2], bool))
    margin = max(starts, key=lambda cell: (starts[cell], -cell)) if starts else 0
    if not starts or starts[margin] < MARGIN_SHARE * starts.total():
        # (the right column's rows start anywhere: no margin to be set in from)
        return [part if part is None or isinstance(part[2], bool) else (part[0], part[1], False)
                for part in parts]
    width = max((part[2] - margin + _cells(part[1]) for part in parts
                 if part is not None and not isinstance(part[2], bool)), default=0)
    # (a paragraph's first line fills the column, as its others do: '　　简　　讯', set in as
    # far, is a head)
    return [part if part is None or isinstance(part[2], bool)
            else (part[0], part[1], abs(part[2] - margin - INDENT_CELLS) <= 1
                  and part[2] - margin + _cells(part[1]) >= FULL_ROW * width)
            for part in parts]


def _block(rows: list[str]) -> list[str] | None:
    """The rows of a block read as two columns, left then right; None when it is not. (A
    blank row, where both columns are blank, is a blank line in each.)"""
    if len(rows) < COLUMN_ROWS_MIN or (edge := _edge(rows)) is None:
        return None
    parts = [_split(raw, edge) for raw in rows]
    broken = [p for p in parts if p is not None]
    # (one column may run on below the other: the rows from the first broken to the last)
    spans = [at for at, part in enumerate(parts) if part is not None]
    if (len(broken) < COLUMN_ROWS_MIN
            or len(broken) < BROKEN_SHARE * sum(
                1 for raw in rows[spans[0]:spans[-1] + 1] if raw.strip())):
        return None
    if (sum(len(left.strip()) for left, _, _ in broken) < SIDE_TEXT_MIN * len(broken)
            or sum(len(right) for _, right, _ in broken) < SIDE_TEXT_MIN * len(broken)):
        return None
    # A column of text is wrapped: most of its rows fill it (a masthead's lines beside an
    # advertisement are short, each as long as it is).
    for side in list(zip(*broken, strict=True))[:2]:
        widths = [_cells(text.strip()) for text in side if text.strip()]
        if not widths or sum(w >= FULL_ROW * max(widths) for w in widths) < FILLED_SHARE * len(
                widths):
            return None
    # A table's row has cells on both sides of any gap: a column of text holds lines.
    celled = sum(1 for left, right, _ in broken
                 if _BREAK.search(left.strip()) or _BREAK.search(right))
    if celled > (1 - BROKEN_SHARE) * len(broken):
        return None
    # Above the rows both columns fill, a head over the right column, centred in it, may
    # start a little before its edge ('百姓说变化　　…　　“黔江这25年”影像展开展').
    parts = _indents([_split(raw, edge, HEAD_SLACK) if part is None and at < spans[0] else part
                      for at, (raw, part) in enumerate(zip(rows, parts, strict=True))])
    left_rows: list[str] = []
    right_rows: list[str] = []
    for raw, part in zip(rows, parts, strict=True):
        indent = _indent_cells(raw)
        if not raw.strip():
            left_rows.append("")
            right_rows.append("")
        elif part is None and indent >= edge - EDGE_SLACK:
            right_rows.append(raw.strip())  # a row of the right column alone
        elif part is None:  # a row of the left column alone (the right one ended higher)
            left_rows.append(raw.rstrip())
        else:
            left, right, indented = part
            left_rows.append(left)
            right_rows.append(PARAGRAPH_INDENT + right if right and indented else right)
    # A blank line between the columns when the left one's text ends there; none when its
    # paragraph runs on to the head of the right ('…村民张秀英今年7' / '2岁，患高血压多年，…').
    last = next((row for row in reversed(left_rows) if row.strip()), "")
    return [*left_rows, *([""] if is_closed(normalize(last)) else []), *right_rows]


REGION_BLOCKS_MAX = 8  # blocks between blank lines read together as one pair of columns
SIDE_INDENT_MIN = 24  # cells a row of the right column alone is set in, at least
REGION_FIRST_ROWS = 3  # rows of the block a run of blocks read as columns starts with


def side_by_side(raws: list[str]) -> list[str]:
    """The page with each block set in two columns read down, left column first. Blocks
    between blank lines are read together where the columns run on across them (in
    ``pdftotext -layout``'s text a blank line is a row blank in both columns; each column's
    own gaps fall elsewhere): the most that read as one pair of columns."""
    blocks: list[tuple[int, int]] = []  # (first row, row after) of each block
    at = 0
    while at < len(raws):
        if not raws[at].strip():
            at += 1
            continue
        end = at
        while end < len(raws) and raws[end].strip():
            end += 1
        blocks.append((at, end))
        at = end
    out: list[str] = []
    done = 0  # rows written
    k = 0
    while k < len(blocks):
        start, end = blocks[k]
        out.extend(raws[done:start])  # the blank lines before it
        read, last = None, k
        # (a masthead's or a title's line or two above the columns starts none)
        if end - start >= REGION_FIRST_ROWS and _two_sided(raws[start:end]):
            # (the widest run of blocks that reads as columns; most pages have none)
            m = k
            # (a block joins with a row broken in two: a credit set far right alone under a
            # photo, '本报记者　杨　帆　摄', is no column's)
            while m + 1 < len(blocks) and m + 1 - k < REGION_BLOCKS_MAX and any(
                    _gapped(raw) for raw in raws[blocks[m + 1][0]:blocks[m + 1][1]]):
                m += 1
            for last in range(m, k - 1, -1):
                if (read := _block(raws[start:blocks[last][1]])) is not None:
                    read = _last_row_apart(raws, blocks, k, last) or read
                    break
        if read is None:
            read, last = raws[start:end], k
        out.extend(read)
        done = blocks[last][1]
        k = last + 1
    out.extend(raws[done:])
    return out


def _last_row_apart(raws: list[str], blocks: list[tuple[int, int]], first: int,
                    last: int) -> list[str] | None:
    """A run of blocks read as columns whose last block is one row, both columns on it
    ('直播间里方竹笋“俏”销　　　（本报记者 陈 曦 整理）'): the right column's last line, and
    the head of what follows below in the left one. The run above it read as columns, then
    the right part, then the left; None when the last block is more, or it does not read so."""
    row_at, row_end = blocks[last]
    if last == first or row_end - row_at != 1:
        return None
    rows = raws[blocks[first][0]:blocks[last - 1][1]]
    above = _block(rows)
    edge = _edge(rows)
    part = _split(raws[row_at], edge) if above is not None and edge is not None else None
    if part is None or not part[0].strip() or not part[1]:
        return None
    return [*above, "", part[1], "", part[0].rstrip()]


def _two_sided(rows: list[str]) -> bool:
    """Does a block hold a row broken in two by a gap, or a row set in far (the right
    column's alone)?"""
    return any(_gapped(raw) or _indent_cells(raw) >= SIDE_INDENT_MIN for raw in rows)


def _gapped(raw: str) -> bool:
    """Is ``raw`` broken in two by a gap or a rule (``_breaks``; most rows have no wide gap,
    found without a pattern)?"""
    body = raw.strip(" \u3000")
    return ("  " in body or "\u3000\u3000" in body or "\u3000 " in body or " \u3000" in body
            or any(rule in raw for rule in RULES)) and bool(_breaks(raw))
