"""Page passes for tables, rosters, lists and rows: tables of every kind (rows of figures,
cells between bars, one cell a line, pasted with tabs, numbered under a head row), the rows
of a list, a roll, a prize list or a schedule, the elected and their posts, rosters under a
label or counted under a title, a list's leader rows, lists of speakers, of events and of
numbered entries, a notice's signature and date lines, contents lists (a page's, an
article's, a digest's, a bulletin's, an episode's), a document's attachments, a box of
figures, a back-issue calendar and a paper's hotline.

Each pass reads the whole page and changes a line's kind where its neighbours say what it
is, naming the rule it applied, as ``passes.relabel`` (which calls them) does. The helpers
the other page passes share with them (``adjacent_spans``, ``title_ends``, …) are here too.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import islice, pairwise, takewhile

from cqnews_site.analyse.lines import (
    BULLETS,
    CLAUSE_MARK,
    DECK_DASHES,
    HAN,
    NAME_AND_ROLES,
    NAME_THEN_UNIT,
    POSTS_AND_NAME,
    SPEAKER_ROLES_MAX,
    Kind,
    Line,
    bare_label,
    info_line,
    is_closed,
    issuer_and_date,
    join_spaced_names,
    org_marks,
    person_like,
    words,
)
from cqnews_site.analyse.page_text import page_text
from cqnews_site.inputs.lexicon import title_words
from cqnews_site.model.text import WIDE_GAP, cells, longest_first, normalize, pipe_cells, pipe_rule

# A box's figure line: the figure with its unit, a space, what it counts ('552米　大桥主跨').
# (a figure has its unit: a ranking's '1　title' is no figure)
_FIGURE_ROW = re.compile(r"^[\d.,，]+(?:万|亿)?[\u4e00-\u9fff%％]{1,3}\s+\S.{1,30}$")
FIGURE_ROWS_MIN = 3
# A table's cell alone on its line, a figure or a trend's mark ('13.8', '68.0', '↑', '—'): a
# table read column by column by a PDF's text tool.
_BARE_CELL = re.compile(r"^(?:[\d.,]+(?:万|亿)?[%％]?|[↑↓→←—–-])$")
BARE_CELLS_MIN = 4


def figure_rows(lines: list[Line]) -> None:
    """Three or more figure lines one under the other ('552米　大桥主跨…' / '1741米　大桥全长'
    / …): the rows of a box of figures, text under the box's title, never heads. So are four or
    more cells alone on their lines, each a figure or a trend's mark ('13.8' / '4.9' / '1.6' /
    …, '↑' / '—' / '↓' / …): a table read a column at a time."""
    for start, end in adjacent_spans(lines, lambda line: (
            line.kind is Kind.HEADLIKE and _FIGURE_ROW.match(line.normal) is not None), gap=2):
        if end - start >= FIGURE_ROWS_MIN:
            for figure in lines[start:end]:
                figure.kind, figure.rule = Kind.BODY, "table-row"
    for start, end in adjacent_spans(lines, lambda line: (
            line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NOISE)
            and _BARE_CELL.match(line.normal) is not None)):
        if end - start >= BARE_CELLS_MIN:
            for cell in lines[start:end]:
                cell.kind, cell.rule = Kind.BODY, "table-row"


# A programme's contents at the head of its script: '…本期主要内容：' over '1.title', '2.title'.
_PROGRAMME_CONTENTS = re.compile(r"(?:主要内容|内容提要|本期内容|今日内容)\s*[:：]$")
_LISTED_PART = re.compile(r"^(?P<n>\d{1,2})\s*[.．、]\s*(?P<title>\S.{3,60})$")
LISTED_PARTS_MIN = 2


def programme_parts(lines: list[Line]) -> None:
    """The parts a programme's contents list ('本期主要内容：' / '1.全区…开工' / …) whose titles
    stand again as heads below: the list is its contents, furniture, and each head an item
    of the one programme, not a story of its own."""
    if "内容" not in page_text(lines).normal:  # (in every contents' label)
        return
    for at, line in enumerate(lines):
        if not _PROGRAMME_CONTENTS.search(line.normal):
            continue
        entries = run_below(lines, at, lambda entry: _LISTED_PART.match(entry.normal) is not None)
        titles = {_LISTED_PART.match(e.normal)["title"].replace(" ", ""): e for e in entries}
        heads: dict[str, Line] = {}  # each title's first head below the list
        again: list[Line] = []  # its title printed once more (a video's list of its parts)
        for below in lines[at + len(entries) + 1:]:
            title = below.normal.replace(" ", "")
            if below.kind is Kind.HEADLIKE and not below.level and title in titles:
                (again.append(below) if title in heads else heads.setdefault(title, below))
        if len(entries) >= LISTED_PARTS_MIN and len(heads) == len(entries):
            for entry in [*entries, *again]:
                entry.kind, entry.rule = Kind.NOISE, "contents-entry"
            for head in heads.values():
                head.kind, head.rule = Kind.RUBRIC, "listed-part"


NAMED_ROWS_MIN = 3  # lines of a list of names and the schools or units beside them


def named_rows(lines: list[Line]) -> None:
    """A list of people, each a name and across a wide gap a school or a unit
    ('李　强　　　　北京大学' / '周雨婷　　　　中国人民大学' / …): three or more such lines
    together are a table's rows (a school's list of its admitted students), not bylines."""
    if Kind.BYLINE not in [line.kind for line in lines]:
        return  # (each row was read as a byline: one first)
    def named(line: Line | None) -> bool:
        return (line is not None and line.kind is Kind.BYLINE
                and bool(NAME_THEN_UNIT.match(line.text.strip())))

    run: list[Line] = []
    for line in [*lines, None]:
        if named(line) and (not run or line.number - run[-1].number <= 2):
            run.append(line)
            continue
        if len(run) >= NAMED_ROWS_MIN:
            for row in run:
                row.kind, row.rule, row.names = Kind.BODY, "table-row", ()
        run = [line] if named(line) else []


# A roll's row: a name (maybe padded, maybe with a bracketed note), a wide gap and the post
# or unit ('冉秀英（女，土家族）　　县人民医院护士长', '罗　强　　　　区公交公司驾驶员').
_ROLL_ROW = re.compile(rf"^(?P<name>[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}})"
                       r"(?:[（(][^（）()]{1,12}[）)])?(?:[ \u3000]{2,}|\t)"
                       r"(?P<post>[^\s。！？!?][^。！？!?]{1,30})$")
ROLL_ROWS_MIN = 3  # rows of names and posts that make a roll
ROLL_GROUP_MAX = 24  # characters of a group's line among a roll's rows ('见义勇为模范（2名）')
_BRACKETED_LINE = re.compile(r"^[（(][^（）()]{2,16}[）)]$")  # '（以姓氏笔画为序）'


def _roll_row(line: Line) -> bool:
    return (not line.level and line.kind in (Kind.HEADLIKE, Kind.LEAD, Kind.BYLINE, Kind.BODY)
            and (m := _ROLL_ROW.match(line.text.strip())) is not None
            and person_like(m["name"].replace(" ", "").replace("\u3000", "")))


def _roll_group(line: Line, below: Line) -> bool:
    """A group's short head-like line right over a roll's row ('见义勇为模范（2名）')."""
    return (line.kind is Kind.HEADLIKE and not line.level
            and len(line.normal) <= ROLL_GROUP_MAX and below.number == line.number + 1
            and _roll_row(below))


def roll_rows(lines: list[Line]) -> None:
    """A roll of people inside a notice or a report: rows of a name and, across a wide gap,
    the post or unit, one under the other, maybe in groups under their own short lines
    ('第一选区（城南居民委员会）　　应选代表2名' / '马廷富　　　城南居民委员会主任' / …, or
    '见义勇为模范（2名）' / '周建国（已故）　　宝顶镇化龙村村民' / …): three rows or more are
    the text's rows, the group lines among them too, and a bracketed line right above
    ('（以姓氏笔画为序）'); no row is a head, a lead or a byline."""
    if not page_text(lines).gapped:  # (the wide gap before each post first)
        return
    at = 0
    while at < len(lines):
        if not _roll_row(lines[at]):
            at += 1
            continue
        # (the group's line right above the first row goes with it)
        start = at - 1 if at and _roll_group(lines[at - 1], lines[at]) else at
        end, rows = at, 0
        while end < len(lines) and (end == start or lines[end].number == lines[end - 1].number + 1):
            line = lines[end]
            if _roll_row(line):
                rows += 1
            elif not (end + 1 < len(lines) and _roll_group(line, lines[end + 1])):
                break  # (a group's line only with a row right under it)
            end += 1
        if rows >= ROLL_ROWS_MIN:
            for line in lines[start:end]:
                line.kind, line.rule, line.names = Kind.BODY, "table-row", ()
            above = lines[start - 1] if start else None
            if (above is not None and above.number == lines[start].number - 1
                    and above.kind is Kind.HEADLIKE and _BRACKETED_LINE.match(above.normal)):
                above.kind, above.rule = Kind.BODY, "table-title"
        at = max(end, at + 1)


# A roll's row of people side by side, each a name with its post in brackets, a wide gap
# between them ('柯振海（钱塘镇白塔村党总支书记）　　　　廖晨阳（区消防救援支队特勤站站长）').
_NOTED_NAME = (rf"(?P<name{{}}>[{HAN}](?:[ \u3000]?[{HAN}]){{{{1,3}}}})"
               r"[（(][^（）()]{{2,30}}[）)]")
_NOTED_CELL = re.compile(_NOTED_NAME.format(""))
_NOTED_ROW = re.compile(rf"^{_NOTED_NAME.format(1)}(?:(?:[ \u3000]{{2,}}|\t)"
                        rf"{_NOTED_NAME.format(2)})+$")


def noted_rows(lines: list[Line]) -> None:
    """Rows of people side by side, each a name with the post in brackets across a wide gap
    from the next: a roll's lines, text of its story, no heads (one such row is a roll's
    too: two names with their notes make no headline)."""
    if not page_text(lines).gapped:  # (the wide gap between the cells first)
        return
    for line in lines:
        if (line.level or line.kind not in (Kind.HEADLIKE, Kind.LEAD, Kind.BYLINE, Kind.BODY)
                or not _NOTED_ROW.match(line.text.strip())):
            continue
        names = [m["name"] for m in _NOTED_CELL.finditer(line.text)]
        if all(person_like(re.sub(r"[ \u3000]", "", name)) for name in names):
            line.kind, line.rule, line.names = Kind.BODY, "table-row", ()


# A table's source under it, bracketed or not: '数据来源：重庆市汽车商业协会'.
_SOURCE_LINE = re.compile(r"^[(（]?\s*(?:数据|資料|资料|數據)?(?:来源|來源)\s*[:：]\s*\S")
# A header's cell that names its column's unit: '零售量（辆）', '指导价（万元）'.
_UNIT_HEADER = re.compile(rf"^[{HAN}]{{1,8}}[(（][^()（）]{{1,6}}[)）]$")
CELL_MAX = 24  # characters of a table's cell read alone on its line
CELLS_MIN = 8  # cells one a line that make a table
HEADER_CELLS_MIN = 3  # cells of a table's header read one a line


def _header_cell(line: Line) -> bool:
    bare = line.normal.replace(" ", "")
    return bare in words()["table_header_cells"] or bool(_UNIT_HEADER.match(bare))


# A telephone number alone on its line ('966966', '023-63907777', '6030 1111').
_LONE_NUMBER = re.compile(r"^(?:0\d{2,3}[-\s]?)?\d{3,4}\s?\d{3,4}$")
_HOTLINE_WORDS = re.compile(r"热线|熱線|拨打|撥打|电话|電話")


def hotline_numbers(lines: list[Line]) -> None:
    """'重庆晚报新闻热线' / '966966' / '有新闻　请拨打': the paper's hotline box between
    stories, its number alone on a line beside the box's furniture, which is furniture too
    (no head of the story below)."""
    for at, line in enumerate(lines):
        if (not line.normal[:1].isdigit() or line.kind is Kind.NOISE
                or not _LONE_NUMBER.match(line.normal)):
            continue
        beside = [lines[k] for k in (at - 1, at + 1) if 0 <= k < len(lines)
                  and abs(lines[k].number - line.number) == 1]
        if any(b.kind is Kind.NOISE and _HOTLINE_WORDS.search(b.normal) for b in beside):
            line.kind, line.rule = Kind.NOISE, "hotline-number"


# A table's row with its cells between bars, no bar at either end ('男子篮球 | 九龙坡队 | 北碚队').
_BARRED_ROW = re.compile(r"^[^|｜]+(?:\s[|｜]\s[^|｜]+){2,}$")
_BAR = re.compile(r"\s[|｜]\s")
BARRED_ROWS_MIN = 3


def barred_tables(lines: list[Line]) -> None:
    """Three lines or more in a row, each its cells between bars and all with as many cells
    ('项目 | 冠军 | 亚军 | 第三名' / '男子篮球 | 九龙坡队 | 北碚队 | 渝北队' / …): a table's
    rows, text of a story, not a site's menus (a menu is one line, or rows of unlike
    length); the head-like line right above is its title."""
    if not any("|" in line.text or "｜" in line.text for line in lines):
        return
    for at, end in adjacent_spans(lines,
                                   lambda line: bool(_BARRED_ROW.match(line.text.strip()))):
        run = lines[at:end]
        if len(run) < BARRED_ROWS_MIN or len({len(_BAR.split(line.text.strip()))
                                              for line in run}) != 1:
            continue
        for line in run:
            line.kind, line.rule = Kind.BODY, "table-row"
        title = lines[at - 1] if at else None
        if (title is not None and title.kind is Kind.HEADLIKE and not title.level
                and run[0].number - title.number <= 2 and len(title.normal) <= TABLE_TITLE_MAX):
            title.kind, title.rule = Kind.BODY, "table-title"


def lone_table_rules(lines: list[Line]) -> None:
    """A Markdown table's rule line ('| --- | --- |') that heads no table's rows (its row of
    a page's 来源 and 发布时间 was read as the site's furniture): markup, no text or head."""
    for line in lines:  # (a table's own rule line is text of the table, read with it)
        if line.kind is Kind.HEADLIKE and pipe_rule(line.text):
            line.kind, line.rule = Kind.NOISE, "lone-table-rule"


_FIGURE_CELL = re.compile(r"^[-+]?\d+(?:[.,]\d+)?%?$")
FIGURED_ROWS_MIN = 3  # rows of figures under a header, at least
FIGURED_LEAD_MAX = 2  # lines over the header that are no cells (a title, its unit)


def _figured_cells(run: list[Line]) -> tuple[int, int] | None:
    """(lines to skip, cells a row) of a table read one cell a line whose header's cells
    are words ('市场' / '精瘦肉' / '五花肉' / '排骨') and whose every row is a name and
    figures ('杨家坪农贸市场' / '12.0' / '10.5' / '16.0'); None when no width fits so."""
    figures = [bool(_FIGURE_CELL.match(line.normal.replace(" ", ""))) for line in run]
    if sum(figures) < FIGURED_ROWS_MIN:
        return None
    for skip in range(FIGURED_LEAD_MAX + 1):
        cells = figures[skip:]
        for width in range(2, HEADER_CELLS_MIN + 6):
            if len(cells) % width or len(cells) // width < FIGURED_ROWS_MIN + 1:
                continue
            rows = [cells[k:k + width] for k in range(0, len(cells), width)]
            if not any(rows[0]) and all(not row[0] and all(row[1:]) for row in rows[1:]):
                return skip, width
    return None


def _short_for_a_cell(line: Line) -> bool:
    """Short enough for a table's cell once its spaces are dropped (the cheap test of
    ``cell_tables``: the lines of its runs are all of them so)."""
    return len(line.normal) - line.normal.count(" ") <= CELL_MAX


def cell_tables(lines: list[Line]) -> None:
    """A table a PDF gave one cell a line, under its header's cells ('姓名' / '性别' / … /
    '拟任职务' / '韦志刚' / '男' / …) or right over its source ('数据来源：…'): its rows, each
    one line again where the header says how many cells a row has ('韦志刚　　男　　1982.05
    　　…'), text of its story, none of them a head; the line right above, its title."""
    if not any(end - start >= CELLS_MIN
               for start, end in adjacent_spans(lines, _short_for_a_cell)):
        return  # (most pages have no eight short lines in a row: one walk, no runs)
    dropped: set[int] = set()
    # (a header's cells may have been read as a site's menu, one word a line)
    for start, end in adjacent_spans(lines, lambda line: (line.kind is not Kind.NOISE
                                                           or line.rule == "menu-entry")
                                      # (most lines are paragraphs, far too long: told apart
                                      # first)
                                      and (len(line.normal) <= CELL_MAX
                                           or len(line.normal.replace(" ", "")) <= CELL_MAX)
                                      and not is_closed(line.normal)
                                      # (one cell: no row of cells set apart, no bulleted head)
                                      and not TWO_SPACES.search(line.text.strip())
                                      and line.normal[:1] not in BULLETS):
        run = lines[start:end]
        # (the table's title, right above its header, goes with the header's line)
        while len(run) > 1 and not _header_cell(run[0]) and _header_cell(run[1]):
            run, start = run[1:], start + 1
        if _SOURCE_LINE.match(run[-1].normal):
            run, source = run[:-1], run[-1]  # (a short source reads as a cell)
        else:
            source = lines[end] if end < len(lines) else None
            if (source is not None and (source.number != run[-1].number + 1
                                        or not _SOURCE_LINE.match(source.normal))):
                source = None
        if not run:
            continue
        width = sum(1 for _ in takewhile(_header_cell, run))
        rows = width >= HEADER_CELLS_MIN and len(run) > width and len(run) % width == 0
        if not (rows or source) and (figured := _figured_cells(run)) is not None:
            skip, width = figured  # (the header's cells named by no list: its figures tell)
            run, start, rows = run[skip:], start + skip, True
        if len(run) < CELLS_MIN or not (rows or source):
            continue
        for line in [*run, *([source] if source else [])]:
            line.kind, line.rule, line.names = Kind.BODY, "table-row", ()
        if rows:
            for first in range(0, len(run), width):
                row = run[first:first + width]
                text = "\u3000\u3000".join(cell.text.strip() for cell in row)
                row[0].text, row[0].norm = text, normalize(text)
                dropped.update(id(cell) for cell in row[1:])
        title = lines[start - 1] if start else None
        if (title is not None and title.number == run[0].number - 1 and not title.level
                and title.kind is Kind.HEADLIKE):
            title.kind, title.rule = Kind.BODY, "table-title"
    if dropped:
        lines[:] = [line for line in lines if id(line) not in dropped]


def adjacent_runs(lines: list[Line], test: Callable[[Line], bool]) -> Iterator[list[Line]]:
    """The longest runs of lines, no Markdown heading among them, that pass ``test`` one right
    under the other (no blank line between)."""
    for start, end in adjacent_spans(lines, test):
        yield lines[start:end]


def run_below(lines: list[Line], at: int, test: Callable[[Line], bool]) -> list[Line]:
    """The lines right under ``lines[at]``, each the next line of the file, while ``test``
    holds for them (a list under its label, a tail's fields under a rule)."""
    run: list[Line] = []
    for below in lines[at + 1:]:
        if below.number != (run[-1] if run else lines[at]).number + 1 or not test(below):
            break
        run.append(below)
    return run


def adjacent_spans(lines: list[Line], test: Callable[[Line], bool],
                    gap: int = 1) -> Iterator[tuple[int, int]]:
    """Where ``adjacent_runs`` finds its runs: each run's first index and the index after it
    (for passes that look at the lines around a run); ``gap``: line numbers from one line of
    a run to the next, at most (2: a blank line between them)."""
    start: int | None = None
    for at, line in enumerate(lines):
        if not line.level and test(line):
            if start is not None and line.number - lines[at - 1].number > gap:
                yield start, at
                start = None
            if start is None:
                start = at
        elif start is not None:
            yield start, at
            start = None
    if start is not None:
        yield start, len(lines)


# '莴笋………………………1.2元/斤': a name, dot leaders, its value (a price list, a timetable)
_LEADER_ROW = re.compile(rf"^[{HAN}]\S{{0,15}}?\s*(?:[.…·．]\s*){{3,}}\s*[^.…·．\s].{{0,20}}$")
LEADER_ROWS_MIN = 2


def leader_rows(lines: list[Line]) -> None:
    """Two or more lines of a name, dot leaders and a value ('莴笋…………1.2元/斤') are a
    list's rows, each its own paragraph, never heads (a contents box's teasers over their
    page numbers are its own rule's: they are read first)."""
    page = page_text(lines).normal  # (the leaders first: three marks, maybe spaced)
    if not any(leaders in page for leaders in ("..", ". .", "·", "…", "．")):
        return
    rows = [line for line in lines if line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
            and _LEADER_ROW.match(line.normal)]
    if len(rows) >= LEADER_ROWS_MIN:
        for row in rows:
            row.kind, row.rule = Kind.BODY, "table-row"


# A check box or a list's bullet before each of a list's rows: a self-test's, a checklist's
# or a box of figures' ('□年龄在55岁以上', '• 入驻企业：418家'; a brief's bullets, '■◆●', mark
# titles, and a '·' a list of links).
_CHECK_MARKS = "□☐☑☒✓✔√•▪◦∙"
_CHECK_ROW = re.compile(rf"^[{_CHECK_MARKS}]\s*\S")
CHECK_ROWS_MIN = 3
LIST_LABEL_MAX = 8  # characters of a list's label right over its rows ('数读园区')


def check_rows(lines: list[Line]) -> None:
    """Three or more lines one under another, each after the same check box or bullet
    ('□年龄在55岁以上' / '□父母或兄弟姐妹患有高血压' / …, '• 入驻企业：418家' / …), are a list's
    rows, each its own paragraph, never heads; so is a short label right over them ('数读园区')."""
    # (the marks as printed: the text normalised reads a bullet '•' as a dot '·')
    if not any(line.text.lstrip()[:1] in _CHECK_MARKS for line in lines):  # (most have none)
        return

    def row(line: Line) -> bool:
        return (line.kind in (Kind.HEADLIKE, Kind.BODY)
                and _CHECK_ROW.match(line.text.lstrip()) is not None)

    def mark(at: int) -> str:
        return lines[at].text.lstrip()[0]

    for start, end in adjacent_spans(lines, row):
        # (one list a mark: '□' rows under '•' rows are two lists)
        for _, same in itertools.groupby(range(start, end), key=mark):
            run = list(same)
            if len(run) < CHECK_ROWS_MIN:
                continue
            for at in run:
                lines[at].kind, lines[at].rule = Kind.BODY, "list-entry"
            label = lines[run[0] - 1] if run[0] else None
            if (label is not None and label.kind is Kind.HEADLIKE and not label.level
                    and label.number == lines[run[0]].number - 1
                    and len(label.normal) <= LIST_LABEL_MAX
                    and not CLAUSE_MARK.search(label.normal)):
                label.kind, label.rule = Kind.BODY, "list-entry"


# A ranking's row: a place and who holds it ('1 永川队', '冠军　陈　浩（渝中区）').
# (a short name: a list of the most read, '1　寒潮来袭！我市多地…', ranks headlines)
_RANKED_ROW = re.compile(r"^(?P<n>\d{1,2})\s+[^\s\d][^\s。！？!?]{0,9}(?:\s+\S{1,10}){0,3}$")
_PLACED_ROW = re.compile(r"^(?:冠军|亚军|季军|殿军|第[一二三四五六七八九十]名)\s*\S")
# ... the head of its columns over it ('名次　球队'), or a tied place's second holder under it
# ('赵　磊（九龙坡区）')
_COLUMN_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,6}){1,4}$")
_TIED_HOLDER = re.compile(
    r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*[(（][^()（）]{2,12}[)）]$")
RANKED_ROWS_MIN = 3
PLACED_ROWS_MIN = 2


def ranking_rows(lines: list[Line]) -> None:
    """A ranking set out in rows one under another: places numbered from 1 ('1 永川队' /
    '2 江津队' / '3 合川队'), three or more, under the head of its columns ('名次 球队'); or
    placings named ('冠军　陈　浩（渝中区）' / '亚军　…'), two or more, with a tied place's
    second holder under them. The rows are text, each its own paragraph, never heads."""
    def kind_ok(line: Line) -> bool:
        return line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level

    for start, end in adjacent_spans(lines, lambda line: kind_ok(line) and bool(
            _RANKED_ROW.match(line.normal))):
        numbers = [int(_RANKED_ROW.match(line.normal)["n"]) for line in lines[start:end]]
        if end - start < RANKED_ROWS_MIN or numbers != list(range(1, len(numbers) + 1)):
            continue
        rows = lines[start:end]
        head = lines[start - 1] if start else None
        if (head is not None and kind_ok(head) and head.number == rows[0].number - 1
                and _COLUMN_HEAD.match(head.normal)):
            rows.insert(0, head)
        for row in rows:
            row.kind, row.rule = Kind.BODY, "list-entry"
    for start, end in adjacent_spans(lines, lambda line: kind_ok(line) and bool(
            _PLACED_ROW.match(line.normal))):
        if end - start < PLACED_ROWS_MIN:
            continue
        rows = lines[start:end]
        tied = lines[end] if end < len(lines) else None
        if (tied is not None and kind_ok(tied) and tied.number == rows[-1].number + 1
                and _TIED_HOLDER.match(tied.normal)):
            rows.append(tied)
        for row in rows:
            row.kind, row.rule = Kind.BODY, "list-entry"


@functools.cache
def _prize_row() -> re.Pattern[str]:
    """A prize list's row: a rank, perhaps its count, a colon and who won it ('一等奖（1名）：
    空缺', '二等奖（3名）：黄德明《十八梯的石板路》（渝中区）　…')."""
    ranks = longest_first(words()["prize_ranks"])
    return re.compile(rf"^(?:{ranks})\s*(?:[(]\s*\d{{1,4}}\s*(?:名|人|个|個|件|篇|项|項|组|組)"
                      r"\s*[)])?\s*:\s*\S")


# The label of a list's group over its rows ('成人组', '学生组', '亲子组', '小学组').
_GROUP_LABEL = re.compile(rf"^[{HAN}]{{1,6}}(?:组|組)$")
# A roll labelled under the rows, its label bracketed or not ('评委（按姓氏笔画为序）：王　川　…').
_LABELLED_ROLL = re.compile(rf"^[{HAN}]{{2,6}}(?:[(][^()]{{1,12}}[)])?\s*:\s*\S")
PRIZE_ROWS_MIN = 2


def prize_rows(lines: list[Line]) -> None:
    """Two or more rows of a prize list are its text, never heads, each opening a paragraph
    (a wrapped row goes on); so are the labels of the list's groups right above a row, each
    a paragraph of its own ('成人组' / '一等奖（1名）：空缺'), and a labelled roll right under
    the last row ('评委（按姓氏笔画为序）：…')."""
    page = page_text(lines).normal  # (every rank is a prize's)
    if "奖" not in page and "獎" not in page:
        return
    row = _prize_row()
    rows = [at for at, line in enumerate(lines)
            if line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME) and row.match(line.normal)]
    if len(rows) < PRIZE_ROWS_MIN:
        return
    for at in rows:
        lines[at].kind, lines[at].rule = Kind.BODY, "list-row"
        above = lines[at - 1] if at else None
        if (above is not None and above.number + 1 == lines[at].number
                and above.kind in (Kind.HEADLIKE, Kind.NAME, Kind.BODY)
                and _GROUP_LABEL.match(above.normal.replace(" ", ""))):
            above.kind, above.rule = Kind.BODY, "prize-group"
    below = lines[rows[-1] + 1] if rows[-1] + 1 < len(lines) else None
    if (below is not None and below.number == lines[rows[-1]].number + 1
            and below.kind is Kind.HEADLIKE and _LABELLED_ROLL.match(below.normal)):
        below.kind, below.rule = Kind.BODY, "list-row"


# The title of a list printed as a piece of its own ('…增补委员名单', '…光荣榜').
LIST_TITLE = re.compile(r"\S{4,40}(?:名单|名單|名录|名錄|光荣榜|光榮榜)$")
# A group of an honour roll by its count ('开州区优秀共产党员（12名）'): a list's title too, inside
# the text that announces the roll.
COUNTED_GROUP = re.compile(r"\S{4,30}[(（](?:共)?\d{1,3}(?:名|个|個|人|位)[)）]$")
LIST_ROWS_MIN = 2
_LIST_ROW_KINDS = frozenset({Kind.HEADLIKE, Kind.LEAD, Kind.NAME, Kind.BODY})


def list_rows(lines: list[Line]) -> None:
    """The lines set close under a list's title, below its first bracketed note ('…增补委员
    名单' / '（…会议通过）' / '（共7名，按姓氏笔画为序）' / '王　敏（女）　民进…副主委'), are
    the list's rows, each opening a paragraph (a row's wrapped line goes on with it), never
    heads or a profile's items."""
    for at, title in enumerate(lines):
        bare = title.normal.replace(" ", "")
        if (title.kind is not Kind.HEADLIKE or title.level
                or not (LIST_TITLE.fullmatch(bare) or COUNTED_GROUP.fullmatch(bare))):
            continue
        rows: list[Line] = []
        last = title
        for line in lines[at + 1:]:
            if line.number != last.number + 1 or line.kind not in _LIST_ROW_KINDS or line.level:
                break
            last = line
            if not rows and line is lines[at + 1] and line.normal[:1] == "(":
                continue  # the note under the title ('（…会议通过）'): its deck
            if line.rule != "wrapped-line":  # (a row cut at the column's width goes on)
                rows.append(line)
        if len(rows) >= LIST_ROWS_MIN:
            for row in rows:
                row.kind, row.rule = Kind.BODY, "list-row"


def unbullet(line: Line) -> None:
    """``line`` without the bullet before its text ('■ 青年镇：…' → '青年镇：…')."""
    line.text = line.text.lstrip(BULLETS + " \u3000")
    line.norm = normalize(line.text)


TABLE_TITLE_MAX = 20  # a table's title line, right above its rows: 积分榜（前四名）


_RANK = re.compile(r"第[一二三四五六七八九十]{1,3}名")


_MARKED_ROW = re.compile(r"^[▲▼△▽■□—\-↑↓]\s*\d{3,6}\s")
_CODED_ROW = re.compile(r"^\d{3,6}\s")  # (its mark taken off as a bullet's)


_ROW_KINDS = (Kind.HEADLIKE, Kind.BODY, Kind.SUBHEAD)


def _row(line: Line) -> tuple[int, int] | None:
    """(cells, cells with a figure) of a line set in columns, or None (a Markdown table's
    row: its cells between the pipes)."""
    # (a quote's row marked up, down or flat — '■600752　巴渝电力　8.37　+3.21%', '—000672 …'
    # — is read as a bulleted head or a deck by its mark alone)
    if line.level or line.kind not in _ROW_KINDS:
        return None  # (what the test below says of them, before the marks are looked for)
    marked = _MARKED_ROW.match(line.text.strip()) is not None or (
        line.rule == "bulleted-subhead" and _CODED_ROW.match(line.text.strip()) is not None)
    if ((line.kind not in (Kind.HEADLIKE, Kind.BODY) and not (marked and line.kind is Kind.SUBHEAD))
            or (DECK_DASHES.match(line.text) and not marked)):
        return None  # ('——全程32公里　设站21个　票价2元' is a deck of figures)
    text = line.text.strip()
    piped = pipe_cells(text)
    if piped is not None:
        return (len(piped), sum(any(ch.isdigit() for ch in c) for c in piped)) \
            if len(piped) >= 2 else None
    parts = cells(text)
    if len(parts) < 2 or any(len(cell) > 24 for cell in parts):
        return None
    # A rank is a figure too ('第一名　冉小龙（拔山镇）　11秒52').
    figures = sum(any(ch.isdigit() for ch in cell) or bool(_RANK.fullmatch(cell))
                  for cell in parts)
    return None if len(parts) == 2 and not figures else (len(parts), figures)


TABBED_FIELDS_MIN = 3  # rows of labelled fields set apart by a tab that make a table
FIELD_LABEL_MAX = 6  # characters of a field's label ('发 布 人' counts three)


def tabbed_fields(lines: list[Line]) -> None:
    """A web page's table of labelled fields pasted with tabs ('发布主题⇥…' / '发布时间⇥…' /
    '发 布 人⇥post　name' / '⇥post　name' / …; a row's value may go on to a line opening
    with a tab): its rows are the text, each a paragraph, never heads."""
    if "\t" not in page_text(lines).text:  # (no tab, no such row)
        return
    run: list[Line] = []
    for line in [*lines, None]:
        row = line is not None and line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
        label = row and "\t" in line.text and 0 < len(
            line.text.split("\t", 1)[0].replace(" ", "")) <= FIELD_LABEL_MAX
        goes_on = (row and run and line.indent and "\t" not in line.text
                   and line.number == run[-1].number + 1)
        if label and (not run or line.number == run[-1].number + 1):
            run.append(line)
            continue
        if goes_on:
            run.append(line)
            continue
        if sum("\t" in r.text for r in run) >= TABBED_FIELDS_MIN:
            for r in run:
                r.kind, r.rule = Kind.BODY, "table-row"
        run = [line] if label else []


FLAT_CELL_MAX = 30  # characters of one cell of a table flattened to a cell a line
FLAT_ROWS_MIN = 2


def flattened_tables(lines: list[Line]) -> None:
    """A table converted to one cell a line, no blank line between ('序号' / '活动名称' /
    '时间' / '地点' / '1' / '开幕式…' / '12月20日' / '…广场' / '2' / …): its row numbers
    stand at a fixed step, the columns' names before the first; all of it is text, each cell
    a paragraph, never heads."""
    if sum(line.normal.isdigit() for line in lines) < FLAT_ROWS_MIN:
        return  # (the row numbers alone on their lines first: most pages have none)
    def cell(line: Line) -> bool:
        return (line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.DATE) and not line.level
                and len(line.normal) <= FLAT_CELL_MAX)

    start = 0
    for end in range(1, len(lines) + 1):
        if (end < len(lines) and lines[end].number == lines[end - 1].number + 1
                and cell(lines[end]) == cell(lines[end - 1])):
            continue
        run, start = lines[start:end], end
        if not all(cell(line) for line in run):
            continue
        numbered = [k for k, line in enumerate(run) if line.normal.isdigit()]
        if len(numbered) < FLAT_ROWS_MIN or [int(run[k].normal) for k in numbered] != list(
                range(1, len(numbered) + 1)):
            continue
        step = numbered[1] - numbered[0]
        first = numbered[0] - step  # the columns' names (a line above them is no cell)
        if step < 2 or first < 0 or any(b - a != step for a, b in pairwise(numbered)) or (
                len(run) - numbered[-1] != step):
            continue
        for line in run[first:]:
            line.kind, line.rule = Kind.BODY, "table-row"


LISTED_ROWS_STEP_MAX = 2  # lines from one listed row to the next: one blank line between


def tables(lines: list[Line]) -> None:
    """Rows of figures set in columns are body text, each line its own paragraph: a table
    (积分榜: 球队  场次  积分 / 铜梁队  7  17 …, with its title right above) of two or more
    rows of figures, or one line of three cells or more, two with figures
    ('本轮战果：铜梁队2:1永川队  大足队0:0璧山队  合川队3:1潼南队'). Never a headline."""
    # (a row's cells stand between pipes or apart by gaps: a page without either has none)
    page = page_text(lines)
    if not (page.gapped or "|" in page.text):
        return
    index = 0
    while index < len(lines):
        end, rows = index, []
        # Rows under the line that introduces them may stand a blank line apart, all alike
        # ('今年志愿填报时间安排如下：' / '本科提前批　　6月26日—6月28日' / '' / '本科第一批…').
        step = (lines[index + 1].number - lines[index].number
                if 0 < index < len(lines) - 1 and _introduces_list(lines[index - 1]) else 1)
        step = step if step <= LISTED_ROWS_STEP_MAX else 1
        while end < len(lines) and (end == index
                                    or lines[end].number == lines[end - 1].number + step):
            row = _row(lines[end])
            if row is None:
                break
            rows.append(row)
            end += 1
        figured = sum(1 for row in rows if row[1] >= 2)
        # A Markdown table's rule line ('|---|---|') makes its rows a table whatever they hold.
        ruled = any(pipe_rule(line.text) for line in lines[index:end])
        # Names or units set in columns under the line that introduces them ('一、先进集体
        # （10个）' / '大路街道　　七塘镇　　健龙镇' / …), the last row perhaps one cell.
        listed = end > index > 0 and _introduces_list(lines[index - 1])
        # A chronicle: three rows or more, each keyed by a year or a date in its first cell
        # ('1972年        红岸公路动工…'), under its columns' names ('年份  事件').
        # (its columns' names may be the run's first row: '序号　类别　姓名…' / '1　…')
        named = (end - index > KEYED_ROWS_MIN and not cells(lines[index].text)[0][:1].isdigit()
                 and _column_names(lines[index], lines[index + 1]))
        keyed = end - index - named >= KEYED_ROWS_MIN and all(
            cells(line.text)[0][:1].isdigit() for line in lines[index + named:end])
        if (listed or keyed) and end < len(lines) and _last_list_cell(lines[end - 1],
                                                                      lines[end]):
            end += 1  # the last row's cell wrapped onto a line of its own
        listed = listed and end - index >= 2
        if keyed and not named and index and _column_names(lines[index - 1], lines[index]):
            index -= 1
        if end - index >= 2 and (figured >= 2 or ruled or listed or keyed):
            above = lines[index - 1] if index else None
            if (above is not None and above.kind is Kind.HEADLIKE and not above.level
                    and above.number == lines[index].number - 1
                    and len(above.normal) <= TABLE_TITLE_MAX):
                above.kind, above.rule = Kind.BODY, "table-title"
            for line in lines[index:end]:
                line.kind, line.rule = Kind.BODY, "table-row"
            if (end < len(lines) and lines[end].number == lines[end - 1].number + 1
                    and _TABLE_SOURCE.match(lines[end].normal)):
                # '数据来源：重庆市房地产交易数据监测平台' under the rows: the table's own line
                lines[end].kind, lines[end].rule = Kind.BODY, "table-row"
        elif end - index == 1 and rows[0][0] >= 3 and rows[0][1] >= 2:
            lines[index].kind, lines[index].rule = Kind.BODY, "table-row"
        index = max(end, index + 1)


SPACED_ROWS_MIN = 2  # rows of a table whose cells stand one space apart
_SPACED_ROW = re.compile(r"^\d{1,3}(?: \S{1,12}){3,}$")
_SPACED_FIGURE = re.compile(r"^[\d.:：/%+\-−]+$")


def spaced_tables(lines: list[Line]) -> None:
    """A table a PDF or a scan gave with its cells one space apart ('排名 球队 胜 平 负 进/失球
    积分' / '1 万州区队 2 1 0 6/2 7' / '2 开州区队 2 0 1 5/3 6'): two rows or more, numbered on
    from their first cell, as many cells each, most of them figures; text of the story, never
    heads; the line of the columns' names right above (as many cells, no figure) is the
    table's too."""
    for at, end in adjacent_spans(lines, lambda line: line.kind in (Kind.HEADLIKE, Kind.BODY)
                                  and bool(_SPACED_ROW.match(line.normal))):
        run = lines[at:end]
        rows = [line.normal.split(" ") for line in run]
        if (len(run) < SPACED_ROWS_MIN or len({len(row) for row in rows}) != 1
                or any(int(row[0]) != int(rows[0][0]) + k for k, row in enumerate(rows))
                or not all(2 * sum(bool(_SPACED_FIGURE.match(c)) for c in row) > len(row)
                           for row in rows)):
            continue
        for line in run:
            line.kind, line.rule = Kind.BODY, "table-row"
        above = lines[at - 1] if at else None
        if (above is not None and above.number == run[0].number - 1 and not above.level
                and above.kind in (Kind.HEADLIKE, Kind.BODY)
                and len(above.normal.split(" ")) == len(rows[0])
                and not any(ch.isdigit() for ch in above.normal)):
            above.kind, above.rule = Kind.BODY, "table-row"


_TABLE_SOURCE = re.compile(r"^(?:数据来源|數據來源|资料来源|資料來源|制表|製表)\s*[:：]")
KEYED_ROWS_MIN = 3
COLUMN_NAME_MAX = 16  # characters of a column's name (工作单位及职务（或居住地）)


def _column_names(line: Line, first_row: Line) -> bool:
    """A table's head right above its first row: short cells without figures ('年份  事件')."""
    parts = cells(line.text)
    return (line.number == first_row.number - 1 and line.kind in (Kind.HEADLIKE, Kind.BODY)
            and not line.level and len(parts) >= 2 and all(len(p) <= COLUMN_NAME_MAX for p in parts)
            and not any(ch.isdigit() for ch in line.text))


def _introduces_list(line: Line) -> bool:
    """A numbered part's title ('一、先进集体（10个）') or a paragraph ending in a colon: what
    a list in columns comes under."""
    return line.rule == "enumerated-subhead" or (
        line.kind is Kind.BODY and line.normal.rstrip().endswith(":"))


_APPENDIX = re.compile(r"^附\s*[:：]\s*\S{2,16}$")
_APPENDIX_ALONE = re.compile(r"^附(?:件|录|錄)?\s*[:：]$")
APPENDIX_LINES_MAX = 12  # lines of a list appended to a report before its credit


def appendices(lines: list[Line]) -> None:
    """A list appended to a report, under its label and before the report's credit ('附：晚会
    节目单' / '①开场舞《青春飞扬》　表演：…' / … / '（学生记者　向　阳）'): the label a subhead,
    its lines the report's text, no heads."""
    for at, line in enumerate(lines):
        if (line.kind is not Kind.HEADLIKE or line.level or not at
                or lines[at - 1].kind is not Kind.BODY or not _APPENDIX.match(line.normal)):
            continue
        below = lines[at + 1:at + 1 + APPENDIX_LINES_MAX]
        end = next((j for j, b in enumerate(below) if b.kind is Kind.CREDIT), None)
        if end and all(b.kind in (Kind.HEADLIKE, Kind.BODY) for b in below[:end]):
            line.kind, line.rule = Kind.SUBHEAD, "appendix-label"
            for entry in below[:end]:
                entry.kind, entry.rule = Kind.BODY, "list-entry"


def appended_lists(lines: list[Line]) -> None:
    """Lists appended after a report's credit under '附：' alone ('（记者　姚　琳）' / '附：' /
    '中共…委员会书记、副书记、常务委员会委员名单' / '书　记：张国平' / …), to the page's
    chrome or its end: the report's text (no story of its own, no item: a list's title is
    one of its lines)."""
    for at, line in enumerate(lines):
        if (line.level or not at or lines[at - 1].kind is not Kind.CREDIT
                or line.kind not in (Kind.BODY, Kind.HEADLIKE)
                or not _APPENDIX_ALONE.match(line.normal)):
            continue
        below = list(takewhile(lambda b: b.kind is not Kind.NOISE,
                               lines[at + 1:at + 1 + 2 * APPENDIX_LINES_MAX + 1]))
        if (not below or len(below) > 2 * APPENDIX_LINES_MAX
                or any(b.kind not in (Kind.HEADLIKE, Kind.BODY) or b.level for b in below)):
            continue
        # (a subhead after the credit would open a story of its own)
        for entry in (line, *below):
            entry.kind, entry.rule = Kind.BODY, "list-entry"


# A pupil's school and grade or class alone on a line ('屏锦镇中心小学四年级').
_SCHOOL_LINE = re.compile(
    r"^\S{2,20}(?:小学|中学|学校|小學|中學|學校|[一二三四五六七八九十][小中])\S{0,12}$")


def school_signatures(lines: list[Line]) -> None:
    """A letter signed on two lines, the pupil's school and grade over the name
    ('屏锦镇中心小学四年级' / '陈　龙'), under its text: the writer's credit, no head."""
    for above, school, name in zip(lines, lines[1:], lines[2:], strict=False):
        bare = name.normal.replace(" ", "")
        if (above.kind is Kind.BODY and school.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                and name.kind in (Kind.NAME, Kind.HEADLIKE) and not school.level
                and name.number == school.number + 1 and _SCHOOL_LINE.match(school.normal)
                and 2 <= len(bare) <= 3 and person_like(bare)):
            for line in (school, name):
                line.kind, line.rule, line.names = Kind.CREDIT, "school-signature", (bare,)


# A day with no year ('四月十六日', '4月16日'), alone on its line.
_DAY_LINE = re.compile(r"^[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日曰]$")


ISSUER_DATE_INDENT = 12  # half-width columns before a signature set far right


def issuer_date_lines(lines: list[Line]) -> None:
    """A notice's issuer and the day it signed on one line set far right under its text
    ('　　　…县生态环境局　2025年3月20日'): its date line (not a head, and not the same line
    run on at a wrap, nor an issuer and day heading a document)."""
    for above, line in pairwise([None, *lines]):
        if (line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
                # (or flush, where a converter dropped the indent, right under the notice's
                # text: '…电话023-78…反映诉求。' / '县信访办 2022年8月22日')
                and (line.indent >= ISSUER_DATE_INDENT
                     or (above is not None and above.kind is Kind.BODY and not above.level
                         and above.normal.endswith(("。", "！"))))
                and issuer_and_date(line.normal)):
            line.kind, line.rule = Kind.DATE, "issuer-date-line"


def signed_days(lines: list[Line]) -> None:
    """A day alone right under an issuer's name closing a notice ('铜梁报编辑室' / '四月十六日'):
    the day it was signed, a date line (the page's year is its year)."""
    for issuer, day in pairwise(lines):
        if (day.kind is Kind.HEADLIKE and issuer.kind in (Kind.HEADLIKE, Kind.BODY)
                and day.number == issuer.number + 1 and not day.level and not issuer.level
                and _DAY_LINE.match(day.normal.replace(" ", ""))
                and issuer.normal.replace(" ", "").endswith(tuple(words()["issuer_endings"]))):
            day.kind, day.rule = Kind.DATE, "date-line"


def signature_blocks(lines: list[Line]) -> None:
    """An issuer, its office in brackets and a date, set close under a notice ('中共重庆市
    江北区委宣传部' / '（区文明办）' / '2025年1月10日'): the notice's signature, its last lines
    (the bracket names the office that issued it, no writer)."""
    for issuer, office, date in zip(lines, lines[1:], lines[2:], strict=False):
        if (issuer.kind is Kind.HEADLIKE and not issuer.level and office.rule == "org-credit"
                and date.kind is Kind.DATE
                and issuer.number + 1 == office.number == date.number - 1):
            for line in (issuer, office):
                line.kind, line.rule = Kind.BODY, "signature-line"


# A site's calendar of back issues: its weekday header (日 一 二 … 六, or 周一 … 周日), the
# weeks' rows of day numbers, the month bar over them (<<　2012年11月　>>) and its label.
_WEEKDAY_CELLS = re.compile(r"^(?:(?:周|星期)?[日一二三四五六天]\s+){6}"
                            r"(?:周|星期)?[日一二三四五六天]$")
_DAY_ROW = re.compile(r"^(?:(?:[1-9]|[12]\d|3[01])\s+){0,6}(?:[1-9]|[12]\d|3[01])$")
_MONTH_BAR = re.compile(r"^[<«‹〈《]{1,2}\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*[>»›〉》]{1,2}$")


def calendars(lines: list[Line]) -> None:
    """A back-issue calendar copied with an e-paper's page: the weekday header, the rows
    of days under it, the month bar and the label over them are chrome (the days are no
    table of the text)."""
    for at, line in enumerate(lines):
        if line.level or not _WEEKDAY_CELLS.match(line.normal):
            continue
        found = [line]
        below = at + 1
        while below < len(lines) and _DAY_ROW.match(lines[below].normal):
            found.append(lines[below])
            below += 1
        if len(found) < 2:
            continue  # a header of weekdays alone may head a timetable
        above = at - 1
        if above >= 0 and _MONTH_BAR.match(lines[above].normal):
            found.append(lines[above])
            above -= 1
        if above >= 0 and lines[above].normal.replace(" ", "") in words()["calendar_labels"]:
            found.append(lines[above])
        for part in found:
            part.kind, part.rule = Kind.NOISE, "web-chrome"


def signature_columns(lines: list[Line]) -> None:
    """Two signers side by side under a letter or an address ('中共某区委书记　　　某区人民
    政府区长' / '周某瑞　　　　谭某远'): a row of posts over a row of as many names, each
    cell a post ending in a title and a name, is the text's signature, not a head."""
    if not page_text(lines).gapped:  # (the cells' wide gap first)
        return
    titles = title_ends()
    for posts, names in pairwise(lines):
        if (posts.level or names.level or posts.number + 1 != names.number
                or posts.kind not in (Kind.HEADLIKE, Kind.BODY)):
            continue
        post_cells = WIDE_GAP.split(posts.text.strip())
        name_cells = [join_spaced_names(c).replace(" ", "").replace("\u3000", "")
                      for c in WIDE_GAP.split(names.text.strip())]
        if (len(post_cells) >= 2 and len(name_cells) == len(post_cells)
                and all(cell.endswith(titles) for cell in post_cells)
                and all(2 <= len(name) <= 4 and person_like(name) for name in name_cells)):
            for line in (posts, names):
                line.kind, line.rule = Kind.BODY, "signature-line"


@functools.cache
def title_ends() -> tuple[str, ...]:
    return tuple(title_words())


# A list's count at the end of its title: （6个）, （10名）.
_LIST_COUNT = re.compile(r"[(（](?P<n>\d{1,3})(?:个|個|名|家|项|項|人|户|戶|所|位)[)）]$")
LIST_ENTRY_MAX = 30  # characters of one entry of a counted list


def counted_lists(lines: list[Line]) -> None:
    """Under a numbered title that counts its list ('一、优秀志愿服务组织（6个）'), as many
    short lines set close are the list's entries, one name a line: paragraphs, never heads."""
    for at, line in enumerate(lines):
        if line.rule != "enumerated-subhead" or not (count := _LIST_COUNT.search(line.normal)):
            continue
        rows = lines[at + 1:at + 1 + int(count["n"])]
        if (len(rows) == int(count["n"]) and rows and rows[0].number - line.number <= 2
                and all(below.number == above.number + 1 for above, below in pairwise(rows))
                and all(row.kind in (Kind.HEADLIKE, Kind.BODY) and not row.level
                        and len(row.normal) <= LIST_ENTRY_MAX and len(cells(row.text)) == 1
                        and not is_closed(row.normal) for row in rows)):
            for row in rows:
                row.kind, row.rule = Kind.BODY, "list-entry"


# A list's count and the note that the list is not printed: （28名，名单略）.
_LIST_LEFT_OUT = re.compile(
    r"[(（]\d{1,4}(?:名|人|位|个|個)\s*[,，]\s*(?:名单|名單)(?:略|从略|從略)[)）]$")
ROSTER_GAP = 2  # lines from one row of a roster to the next (a Markdown copy's blank line)


def counted_rosters(lines: list[Line]) -> None:
    """'涪陵区优秀教育工作者（6名）' / '区教育科学研究所副所长　周德华' / … (six rows): a title
    counting people over as many rows of posts and a name is a list inside the text (a
    decision's), its title and rows paragraphs, never heads or bylines; so is a title whose
    list is left out ('涪陵区优秀教师（28名，名单略）')."""
    if not page_text(lines).ends_a_line(")"):  # (a line ending in a bracket first)
        return
    for at, line in enumerate(lines):
        if (line.level or line.kind not in (Kind.HEADLIKE, Kind.RUBRIC, Kind.SUBHEAD)
                or line.normal[-1:] != ")"):  # (a count in brackets ends it)
            continue
        if _LIST_LEFT_OUT.search(line.normal):
            line.kind, line.rule = Kind.BODY, "list-entry"
            continue
        count = _LIST_COUNT.search(line.normal)
        if count is None or count["n"] == "0":
            continue
        rows = lines[at + 1 : at + 1 + int(count["n"])]
        if len(rows) == int(count["n"]) and all(
                below.number - above.number <= ROSTER_GAP and not below.level
                and (match := POSTS_AND_NAME.match(join_spaced_names(below.normal)))
                and person_like(match["name"])
                for above, below in pairwise([line, *rows])):
            for row in (line, *rows):
                row.kind, row.rule = Kind.BODY, "list-entry"


def _last_list_cell(above: Line, line: Line) -> bool:
    """The last row of a list in columns holding one cell ('区供销合作社')."""
    return (line.number == above.number + 1 and line.kind in (Kind.HEADLIKE, Kind.BODY)
            and not line.level and len(line.normal) <= 24 and len(cells(line.text)) == 1
            and not is_closed(line.normal))


# A gap of two spaces or more of any width, tabs too, between a line's parts (``model.text.
# WIDE_GAP`` asks for a wider one).
TWO_SPACES = re.compile(r"[ \t\u3000]{2,}")


_ATTACHMENTS = re.compile(r"^附件\s*[:：]\s*1\s*[.．、]")
_LIST_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*\S")


def attachment_lists(lines: list[Line]) -> None:
    """A document's list of attachments ('附件：1.…' / '2.…' / '3.…'): each line is one entry of
    the list, never a head."""
    listing = False
    for a, b in pairwise(lines):
        listing = (_ATTACHMENTS.match(a.normal) is not None
                   or (listing and _LIST_NUMBER.match(a.normal) is not None))
        # (a blank line apart on a page that spaces its lines, the next number in order:
        # '附件：1.…' / blank / '2.关于《…》的起草说明')
        if (listing and not b.level and b.kind in (Kind.HEADLIKE, Kind.BODY)
                and (number := _LIST_NUMBER.match(b.normal))
                and (b.number == a.number + 1 or (
                    b.number == a.number + 2 and (last := _LISTED_NUMBER.search(a.normal))
                    and int(_LISTED_NUMBER.search(number[0])[1]) == int(last[1]) + 1))):
            b.kind, b.rule = Kind.BODY, "labelled-paragraph"


_LISTED_NUMBER = re.compile(r"(?:^|:)\s*(\d{1,2})\s*[.．、]")  # an entry's number in a list


# An entry of a life's or a body's chronicle: its year (and month) set apart from what
# happened ('1919年10月　出生于…', 'l940年5月　加入中国共产党。', the 1 read as an l).
_DATED_ENTRY = re.compile(r"^[1l]\d{3}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[\u3000 ]+\S")
DATED_ENTRIES_MIN = 3  # entries of a chronicle, at least
DATED_ENTRY_SPAN = 4  # lines from one entry to the next, at most (its text wraps)


def dated_entries(lines: list[Line]) -> None:
    """A chronicle printed as dated entries ('周文彬同志生平' / '1919年10月　出生于四川省…农民' /
    '家庭。' / '1937年9月　考入…'): an entry whose text the wrap cut short is no head."""
    entries = [line for line in lines if _DATED_ENTRY.match(line.text.strip())]
    run: list[Line] = []
    for line in [*entries, None]:
        if line is not None and (not run or line.number - run[-1].number <= DATED_ENTRY_SPAN):
            run.append(line)
            continue
        if len(run) >= DATED_ENTRIES_MIN:
            for entry in run:
                if entry.kind is Kind.HEADLIKE and not entry.level:
                    entry.kind, entry.rule = Kind.BODY, "dated-entry"
        run = [line] if line is not None else []


# A schedule's row: a time or a part of the day, a space, what happens then ('10:00　国家统计局
# 公布…', '凌晨　…', '待定　…'), or a weekday and its session ('星期一　上午　呼吸科　秦德华');
# and the day a group of rows is under ('6月13日（周一）').
_SCHEDULE_ROW = re.compile(
    r"^(?:\d{1,2}:\d{2}|凌晨|待定|上午|下午|中午|晚上|全天|星期[一二三四五六日天]|周[一二三四五六日])"
    # (a cell's gap, as a printed table sets it: a full-width space or two; a video's chapter
    # list, '00:14 綦江：…', has one space)
    r"(?:\u3000|[ \t]{2,})\s*\S")
_SCHEDULE_DAY = re.compile(r"^\d{1,2}月\d{1,2}日\s*\((?:周|星期)[一二三四五六日天]\)$")
SCHEDULE_ROWS_MIN = 3
SCHEDULE_DAY_REACH = 2  # lines from a day's line to the rows under it


def schedule_rows(lines: list[Line]) -> None:
    """A schedule set out as rows, three or more ('6月13日（周一）' / '10:00　国家统计局公布…' /
    '待定　日本央行…'; '星期一　上午　呼吸科　秦德华'): each row and each day over them is a line
    of the box's text, not a head (a timetable, a calendar of events, a clinic's rota)."""
    if not page_text(lines).gapped:
        return  # (each row's cell gap first)
    found = {at for at, line in enumerate(lines)
             if line.kind is Kind.HEADLIKE and not line.level
             and _SCHEDULE_ROW.match(line.text.strip())}
    days = {at for at, line in enumerate(lines) if _SCHEDULE_DAY.match(line.normal)}
    # (rows stand together, or under their days: a feature's hours over its parts, '6:40　天刚
    # 亮，出发' / a paragraph, are its subheads)
    rows = sorted(at for at in found if {at - 1, at + 1} & (found | days))
    if len(rows) < SCHEDULE_ROWS_MIN:
        return
    for at in rows:
        lines[at].kind, lines[at].rule = Kind.BODY, "schedule-row"
    for at, line in enumerate(lines):
        if line.kind is not Kind.HEADLIKE:
            continue
        day = (_SCHEDULE_DAY.match(line.normal) is not None
               and any(0 < r - at <= SCHEDULE_DAY_REACH for r in rows))
        # ('（以上均为北京时间，以发布机构实际公布为准）' under the last row: the box's note)
        note = (line.normal[:1] == "(" and line.normal[-1:] == ")" and at > 0 and at - 1 in rows
                and line.number <= lines[at - 1].number + 2)
        if day or note:
            line.kind, line.rule = Kind.BODY, "schedule-row"


TEASER_LINES_MAX = 6  # lines of a teaser's summary over its pointer to the page


def pointed_teasers(lines: list[Line]) -> None:
    """Under a contents box's label ('导　读'), teasers each a title, a few lines of summary
    and the pointer to its page ('全县中小学秋季开学安全大检查启动' / '　　9月14日起，…' /
    '（详见2版）'): the box's, no story (the story is printed on its page)."""
    for at, label in enumerate(lines):
        if (label.kind is not Kind.LABEL
                or bare_label(label.normal) not in words()["teaser_labels"]):
            continue
        start = at + 1
        while start < len(lines) and lines[start].kind is Kind.HEADLIKE:
            end = next((k for k in range(start + 1, min(start + 2 + TEASER_LINES_MAX,
                                                          len(lines)))
                        if lines[k].kind is not Kind.BODY), None)
            if end is None or end == start + 1 or lines[end].rule != "page-pointer":
                break
            for line in lines[start:end]:
                line.kind, line.rule = Kind.NOISE, "teaser"
            start = end + 1


_FIELD_OPENING = re.compile(rf"^[{HAN}]{{2,4}}\s*:\s*\S")  # 时间：… · 地点：…


def listed_events(lines: list[Line]) -> None:
    """A box of events each under a bulleted name over its fields ('◎黄瓜山梨园初冬音乐会' /
    '时间：11月23日（周日）下午3:00' / '地点：…'), two or more: each name heads an item of the
    box (an announcement of events, not subheads of one report); so do the employers of a
    jobs list over theirs ('◆重庆开州浩源电子有限公司' / '岗位：…' / '薪资待遇：…')."""
    found = [line for line, below in pairwise(lines)
             if ((line.kind is Kind.HEADLIKE and line.text[:1] in BULLETS)
                 or line.rule == "bulleted-subhead") and not line.level
             and _FIELD_OPENING.match(below.normal) and below.number - line.number <= 2
             # ('■“回来不是一时冲动”' / '青年报：…为什么要回来？': an interview's question under
             # its subhead, no event's field)
             and below.normal[-1:] not in "?？"
             # ('■ 万盛经开区部署…工作' / '发布时间：…　来源：…　浏览次数：386': a list page's
             # article over its information line)
             and not info_line(below)]
    if len(found) >= NAMED_PARTS_MIN:
        for line in found:
            unbullet(line)
            line.kind, line.rule = Kind.RUBRIC, "listed-event"
    for line, below in pairwise(lines):
        if (line.rule in ("bulleted-place", "bulleted-subhead") and info_line(below)
                and below.number == line.number + 1):
            # ('■ 青年镇：2000亩高山蔬菜进入管护关键期' over its information line: the title)
            unbullet(line)
            line.kind, line.rule = Kind.HEADLIKE, "title-over-info"


# (or a two-digit number set apart by a wide space: '01　照母山森林公园｜樱花、海棠')
NUMBERED_ENTRY = re.compile(r"^(?P<n>\d{1,2})\s*[.．、]\s*(?P<title>\S.*)$"
                            r"|^(?P<padded>0\d)\u3000+(?P<named>\S.*)$")


def numbered_entries(lines: list[Line]) -> None:
    """Head lines numbered 1., 2., 3. … in order, each over its own text ('1．年产30万套…项目'
    / '签约企业：…'), are the entries of a list: items, headed by their titles."""
    entries = [(line, int(match["n"] or match["padded"])) for line in lines
               if line.kind is Kind.HEADLIKE and not line.level
               and (match := NUMBERED_ENTRY.match(line.text.strip()))]
    run: list[Line] = []
    for line, number in [*entries, (None, 0)]:
        if line is not None and number == len(run) + 1:
            run.append(line)
            continue
        # ('1．新房落成乐陶陶（打本县一镇名）' / '2．百尺危楼（…）': numbered lines set one under
        # another, no text between, are a list's lines, not entries over texts)
        listed = all(b.number == a.number + 1 for a, b in pairwise(run))
        if len(run) >= 2:
            for entry in run:
                entry.kind, entry.rule = ((Kind.BODY, "numbered-line") if listed
                                          else (Kind.RUBRIC, "numbered-entry"))
        run = [line] if line is not None and number == 1 else []


def speakers_alike(lines: list[Line]) -> None:
    """Under a speaker's line ('刘大贵　石板滩村4组村民'), the lines of the same shape that
    follow, before the next byline or credit, are the other speakers' lines, whatever their
    roles say ('黄德明　石板滩村脱贫户', '冉小燕　返乡创业青年')."""
    if "speaker-line" not in [line.rule for line in lines]:
        return  # (a speaker's line first)
    speaking = False
    for line in lines:
        if line.rule == "speaker-line":
            speaking = True
        elif line.kind in (Kind.BYLINE, Kind.CREDIT, Kind.RUBRIC, Kind.LABEL):
            speaking = False
        elif speaking and line.kind is Kind.HEADLIKE and not line.level and (
                match := NAME_AND_ROLES.match(join_spaced_names(line.normal))) and (
                len(match[2]) <= SPEAKER_ROLES_MAX and person_like(match[1])
                and not is_closed(match[2])):
            line.kind, line.rule = Kind.LEAD, "speaker-line"


NAMED_PARTS_MIN = 2


# '庞　涛（经济界）：《推进仙女山旅游度假区提档升级》': a speaker, their sector and the title
# of what they said, one of a list printed inside a report.
_SPEAKER_AND_TITLE = re.compile(
    rf"^[{HAN}](?: ?[{HAN}]){{1,3}}\s*\([^()]{{1,12}}\)\s*:\s*《[^》]+》$")
SPEAKER_LIST_MIN = 3


def speaker_lists(lines: list[Line]) -> None:
    """Three or more lines in a row each a speaker with their sector and the title of their
    speech: a list inside the report around it, its lines text, not heads."""
    if "《" not in page_text(lines).normal:  # (each speaker's talk is titled)
        return
    for run in adjacent_runs(lines, lambda line: bool(_SPEAKER_AND_TITLE.match(line.normal))):
        if len(run) >= SPEAKER_LIST_MIN:
            for listed in run:
                listed.kind, listed.rule = Kind.BODY, "list-entry"


_AGENDA_LABEL = re.compile(r"^(?:今日|明日|本日|会议|會議)?(?:议程|議程|日程)(?:安排)?$")
_AGENDA_LINE = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:\s*星期\S)?$|(?:上午|下午|晚上|全天|\d{1,2}:\d{2})\s)")


def agenda_boxes(lines: list[Line]) -> None:
    """A session's agenda box ('今日议程' / '1月10日' / '上午　各代表团分组审议…'): what is
    scheduled, no story."""
    page = page_text(lines).normal  # (the label's word first)
    if "程" not in page:  # (议程, 議程, 日程)
        return
    for at, line in enumerate(lines):
        if line.level or not _AGENDA_LABEL.match(line.normal.replace(" ", "")):
            continue
        box = list(takewhile(lambda b: b.kind in (Kind.HEADLIKE, Kind.BODY, Kind.DATE)
                             and _AGENDA_LINE.match(b.normal), lines[at + 1:]))
        if box:
            for entry in (line, *box):
                entry.kind, entry.rule = Kind.NOISE, "agenda"


# A field's label before its value ('主持人：…'), or alone on its line, its value on the
# lines below ('发布人：').
_FIELD_LABEL = re.compile(rf"^[{HAN}]{{2,8}}[:：]\s*")


def rosters_under_labels(lines: list[Line]) -> None:
    """The people a field's label lists on the lines under it, each a line of posts and a
    name ('发布人：' / '区发展改革委主任　唐建平' / '区经济信息委副主任　周　丽' /
    '主持人：区委宣传部副部长、区政府新闻办主任　罗　斌'), to the first line of another shape
    or a blank line: the field's text, no heads."""
    if not page_text(lines).ends_a_line(":"):
        return  # (no line ends in a colon, none is a label alone: the cheap test first)
    for at, line in enumerate(lines):
        if line.kind is not Kind.BODY or line.level or not _FIELD_LABEL.fullmatch(line.normal):
            continue
        last = line.number
        for below in lines[at + 1:]:
            value = _FIELD_LABEL.sub("", below.normal, count=1)
            match = POSTS_AND_NAME.match(join_spaced_names(value))
            if (below.number - last > 1 or below.kind is not Kind.HEADLIKE or below.level
                    or match is None or not person_like(match["name"])):
                break
            below.kind, below.rule, last = Kind.BODY, "list-entry", below.number


# A woman's or a man's mark after a name in a list ('刘　婷（女）').
_SEX_MARK = re.compile(r"\((?:女|男)\)")
# A list line's note in brackets at its end: '委　员（按姓氏笔画为序）', '冉小梅（女，土家族）'.
_NOTE_AFTER = re.compile(r"\([^()]{1,12}\)$")
ELECTED_ROWS_MIN = 3  # rows of a list of posts and the names elected to them
ELECTED_POST_MAX = 6  # characters of a post heading such a row


def _elected_names(line: Line) -> list[str]:
    """The names of a row of an election's or appointments' list: a post, maybe
    letter-spaced, then the names chosen for it ('主　任　秦怀远', '副主任　向德华　刘　婷（女）
    何永川', '院　长　谢　芳（女）'); [] for any other line."""
    if line.level or line.kind not in (Kind.HEADLIKE, Kind.BODY):
        return []
    cells = _SEX_MARK.sub("", line.normal).split()
    for cut in range(1, min(len(cells), ELECTED_POST_MAX)):
        post = "".join(cells[:cut])
        if len(post) > ELECTED_POST_MAX:
            break
        if post.endswith(title_ends()):
            names = join_spaced_names(" ".join(cells[cut:])).split()
            if all(2 <= len(name) <= 4 and person_like(name) for name in names):
                return names
    return []


def _names_elected(line: Line) -> bool:
    """``_elected_names(line)`` is not empty, the cheap test first: the post is the first
    cell at least and six characters at most, and names follow after a space (the
    normalised text's only white space), unless a mark of sex came off before."""
    norm = line.normal
    return ((0 < norm.find(" ") <= ELECTED_POST_MAX or "(女)" in norm or "(男)" in norm)
            and bool(_elected_names(line)))


def _list_line(line: Line) -> bool:
    """A line that may stand among a list's rows of posts and names: a body's name over its
    rows ('区人大常委会'), a post alone over a roll ('委　员（按姓氏笔画为序）'), or the roll's
    names set in columns ('王　川　　　邓小英（女）　朱德明')."""
    if line.level or line.kind not in (Kind.HEADLIKE, Kind.BODY):
        return False
    norm = _SEX_MARK.sub("", line.normal)
    bare = _NOTE_AFTER.sub("", norm).replace(" ", "")
    if _body_name(line) or (len(bare) <= ELECTED_BODY_MAX and bare.endswith(title_ends())):
        return True
    names = join_spaced_names(norm).split()
    return len(names) >= 2 and all(2 <= len(name) <= 4 and person_like(name) for name in names)


def elected_rows(lines: list[Line]) -> None:
    """A list of the posts and the people elected or appointed to them, one post a line, under
    the bodies' names ('当　选　名　单' / '区人大常委会' / '主　任　秦怀远' / '副主任　向德华　…' /
    '区人民政府' / '区　长　蒋德安' / …): three rows or more, one line apart, and the bodies'
    names between them are the list's rows, never heads."""
    if sum(map(_names_elected, lines)) < ELECTED_ROWS_MIN:
        return  # (most pages have no three rows: one count, no runs)
    at = 0
    while at < len(lines):
        run, end = [], at
        while end < len(lines) and (not run or lines[end].number == lines[end - 1].number + 1):
            if _elected_names(lines[end]):
                run.append(end)
            elif not _list_line(lines[end]):
                break
            end += 1
        # (a site's box of its leaders, '区政府领导' / '区　长　…' / '副区长　…', names no
        # bodies: a list without them must be long to be one)
        bodies = any(_body_name(line) for line in lines[at:end])
        if len(run) >= (ELECTED_ROWS_MIN if bodies else ELECTED_ROWS_UNGROUPED):
            for line in lines[run[0] - (run[0] > at):run[-1] + 1]:
                if line.kind is Kind.HEADLIKE or line.rule in OPEN_RULES:
                    line.kind, line.rule = Kind.BODY, "table-row"
        at = max(end, at + 1)


def elected_columns(lines: list[Line]) -> None:
    """The same list read one cell a line, from a PDF or a scan that gave its grid a cell a
    line ('区第十八届人民代表大会常务委员会' / '主　任' / '唐建国' / '副主任（按姓氏笔画为序）' /
    '杨光荣' / '陈丽华（女）' / …): a block of bodies' names, posts alone and names alone, two
    posts and four names at least and a body among them, is the list's rows, never heads."""
    # (most pages have too few short lines for such a list: one count, no pass over blocks)
    if sum(len(line.normal) <= NAME_CELL_MAX for line in lines) < ELECTED_COLUMN_NAMES_MIN:
        return
    # (nor names alone on their lines: the list's cells are short, names the cheap test then)
    if sum(1 for line in lines if len(line.normal) <= ELECTED_CELL_MAX
           and _single_name(line)) < ELECTED_COLUMN_NAMES_MIN:
        return
    at = 0
    while at < len(lines):
        end, posts, names = at, 0, 0
        while end < len(lines) and (end == at or lines[end].number == lines[end - 1].number + 1):
            line = lines[end]
            if len(line.normal) > ELECTED_CELL_MAX:
                break  # (the cheap test first: a paragraph is no cell of the list)
            if _single_name(line):
                names += 1
            elif _list_line(line):
                posts += not _body_name(line)
            else:
                break
            end += 1
        if ((posts >= ELECTED_COLUMN_POSTS_MIN and names >= ELECTED_COLUMN_NAMES_MIN
             and any(_body_name(line) for line in lines[at:end]))
                # (or a roll of names alone under the list's title: '…代表名单' / '（共15名，按
                # 姓氏笔画为序）' / '王德林' / '卢春燕（女）' / …)
                or (names >= ELECTED_ROLL_MIN and names == end - at and at
                    and _ROLL_TITLE.search(lines[at - 1].normal))):
            for line in lines[at:end]:
                # (a name alone may read as a portrait's caption)
                if line.kind in (Kind.HEADLIKE, Kind.NAME) or line.rule in OPEN_RULES:
                    line.kind, line.rule = Kind.BODY, "table-row"
        at = max(end, at + 1)


ELECTED_CELL_MAX = 30  # characters of a cell of such a list ('副主任（按姓氏笔画为序）')
NAME_CELL_MAX = 12  # characters of a name's cell ('冉小梅（女，土家族）')
ELECTED_ROLL_MIN = 6  # names alone on their lines under a list's title, at least
_ROLL_TITLE = re.compile(r"名单$|笔画为序|筆畫為序|按姓氏")
ELECTED_COLUMN_POSTS_MIN = 2  # posts alone on their lines in such a list, at least
ELECTED_COLUMN_NAMES_MIN = 4  # names alone on their lines in such a list, at least


def _single_name(line: Line) -> bool:
    """A person's name alone on its line, maybe padded, maybe marked '（女）' or
    '（女，土家族）'."""
    if line.level or line.kind not in (Kind.HEADLIKE, Kind.BODY, Kind.NAME):
        return False
    bare = join_spaced_names(_NOTE_AFTER.sub("", line.normal)).strip()
    return " " not in bare and 2 <= len(bare) <= 4 and person_like(bare)


ELECTED_BODY_MAX = 16  # characters of a body's name over its rows ('区人大常委会')
ELECTED_ROWS_UNGROUPED = 5  # rows of such a list that names no body, at least


def _body_name(line: Line) -> bool:
    """A body's name alone on its line, over the rows of its people ('区人民政府')."""
    bare = line.normal.replace(" ", "")
    return (not line.level and line.kind in (Kind.HEADLIKE, Kind.BODY)
            and len(bare) <= ELECTED_BODY_MAX and bool(org_marks().search(bare[-3:])))


# '01　城区12个老旧小区完成改造': a contents list's numbered entry.
# ('01　城区…', '1.主城…', '01｜12个项目…': a number, then a gap, a point or a bar)
_CONTENTS_ENTRY = re.compile(r"^(?:\d{1,2}(?:\s+|\s*[.、|]\s*)|[①-⑳]\s*)(?P<title>\S.{3,60})$")
CONTENTS_ENTRIES_MIN = 2


_ENTRY_NUMBER = re.compile(r"^\d{1,2}[.．、]?$")
# Where a line opens as an entry does (the normalised text's), or with a figure (the text's,
# a line of cells): in a page's text, after its line break; no more than a look ahead, so no
# line is passed over.
_ENTRY_OPENING = re.compile(r"\n(?=\d{1,2}\s*[\s.、|]|[①-⑳])")
_FIGURE_OPENING = re.compile(r"\n(?=\d)")


def _numbered_cells_title(line: Line) -> str | None:
    """The title of a database's contents entry in cells ('1.　璧山今年…平方米　　重庆商报
    2010-03-12　A06'): the cell after its number."""
    parts = cells(line.text)
    if len(parts) >= 3 and _ENTRY_NUMBER.match(parts[0]):
        return normalize(parts[1])
    return None


def contents_lists(lines: list[Line]) -> None:
    """Numbered entries whose titles the page prints again as heads of their own ('01　城区
    12个老旧小区完成改造', '1.主城都市区新增…' … over the articles): a contents list,
    furniture."""
    # (the cheap test first: two lines that open with an entry's number, or a figure and cells)
    page = page_text(lines)
    if (len(_ENTRY_OPENING.findall("\n" + page.normal))
            + (len(_FIGURE_OPENING.findall("\n" + page.text)) if page.gapped else 0)
            < CONTENTS_ENTRIES_MIN):
        return
    candidates = [(line, (match["title"] if match else None, _numbered_cells_title(line)))
                  for line in lines if line.kind in (Kind.BODY, Kind.HEADLIKE)
                  # (a line of cells has a gap: a full-width space, two spaces or a tab)
                  and ((match := _CONTENTS_ENTRY.match(line.normal)) or "\u3000" in line.text
                       or "  " in line.text or "\t" in line.text)]
    if len(candidates) < CONTENTS_ENTRIES_MIN:
        return
    # (a head the page set as text, a question, is printed again too)
    heads = {line.normal for line in lines if line.kind in (Kind.HEADLIKE, Kind.HEADING, Kind.BODY)}
    found = [line for line, titles in candidates if any(t in heads for t in titles if t)]
    if len(found) < CONTENTS_ENTRIES_MIN:
        return
    # An entry printed between the others, or right under them, whose head the page set as
    # text ('4.小区电梯停运半月　何时能修好？' over a head read as a question) is one too.
    entries = {line.number for line in found}
    for line in lines:
        if (line.kind in (Kind.BODY, Kind.HEADLIKE) and line.number - 1 in entries
                and _CONTENTS_ENTRY.match(line.normal)):
            found.append(line)
            entries.add(line.number)
    for line in found:
        line.kind, line.rule = Kind.NOISE, "contents-entry"
    # (an entry's preview right under it, the article's first words cut short: '　　本报讯
    # （记者　罗　敏）4月10日上午，…此次集中……', the article printed whole further down)
    for line, below in pairwise(lines):
        if (line.rule == "contents-entry" and below.number == line.number + 1
                and below.kind is Kind.BODY and not below.level
                and _CUT_SUMMARY.search(below.normal)):
            below.kind, below.rule = Kind.NOISE, "contents-entry"
    # (and the list's label right above its first entry: '本版文章：')
    for above, line in pairwise(lines):
        if (line.rule == "contents-entry" and above.number == line.number - 1
                and above.kind in (Kind.BODY, Kind.HEADLIKE) and not above.level
                and above.normal.endswith(":") and len(above.normal) <= CONTENTS_LABEL_MAX):
            above.kind, above.rule = Kind.NOISE, "contents-entry"


CONTENTS_LABEL_MAX = 8  # characters of a contents list's label, its colon counted

SUMMARY_GAP_MAX = 2  # lines from a listed title to its summary (a blank line between)
# A summary cut short by the machine that made it: '…门槛……', '…叫醒...'.
_CUT_SUMMARY = re.compile(r"(?:…|\.{3,})$")


def summarised_contents(lines: list[Line]) -> None:
    """A section page's list of its articles, each a listed title over a summary cut short
    ('  * 白沙老茶馆' / '    文/钟敏 白沙镇东华街的老茶馆，…门槛……'), whose titles the page
    prints again as heads over the articles: a contents list with excerpts, furniture."""
    page = page_text(lines)
    if "…" not in page.text and "..." not in page.text:
        return  # (the cheap test first: no summary is cut)
    heads = {line.normal for line in lines if line.kind in (Kind.HEADLIKE, Kind.HEADING)}
    found: list[Line] = []
    for at, line in enumerate(lines[:-1]):
        below = lines[at + 1]
        if (line.rule == "list-item" and line.normal in heads
                and below.number - line.number <= SUMMARY_GAP_MAX
                and below.kind in (Kind.BODY, Kind.HEADLIKE) and below.rule != "list-item"
                and _CUT_SUMMARY.search(below.normal)):
            found += [line, below]
    if len(found) >= 2 * CONTENTS_ENTRIES_MIN:
        for line in found:
            line.kind, line.rule = Kind.NOISE, "contents-entry"


HEADSHOT_ROW_MAX = 60  # characters of a row of portraits' names
# A box's label naming the guests whose portraits it shows ('【上线嘉宾】').
_GUESTS_LABEL = re.compile(r"^[【\[〔]?[^【】\[\]]{0,6}(?:嘉宾|嘉賓)[】\]〕]?$")


def headshot_rows(lines: list[Line]) -> None:
    """'张志强　　　李　红　　　王德明' / '区供电公司经理　　区水务局副局长　　…': the captions
    of a row of portraits, read across (the names, then as many posts), under the box's
    label ('【上线嘉宾】'): the story's text, no heads."""
    for at, (names, posts) in enumerate(pairwise(lines)):
        if (posts.number != names.number + 1 or names.level or posts.level
                or names.kind not in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                or posts.kind not in (Kind.HEADLIKE, Kind.BODY)
                # (cheap first: cells set apart on both lines, no clause in the names)
                or " " not in names.normal or " " not in posts.normal
                or len(names.normal) > HEADSHOT_ROW_MAX or CLAUSE_MARK.search(names.normal)):
            continue
        people = join_spaced_names(names.normal).split()
        titles = [normalize(c) for c in cells(posts.text)]
        if (len(people) >= 2 and len(people) == len(titles)
                and all(person_like(p) for p in people)
                and all(t.endswith(title_ends()) for t in titles)):
            for line in (names, posts):
                line.kind, line.rule = Kind.BODY, "headshot-captions"
            label = lines[at - 1] if at else None
            if (label is not None and label.number >= names.number - 2
                    and _GUESTS_LABEL.match(label.normal)):
                label.kind, label.rule = Kind.BODY, "headshot-captions"


# A table's head row that numbers its rows: '序号　姓　名　性别　出生年月　…'.
_NUMBERED_TABLE_HEAD = re.compile(r"^(?:序\s*号|序\s*號|编\s*号|編\s*號)(?:\s+\S+){3,}$")


def numbered_tables(lines: list[Line]) -> None:
    """'序号　姓　名　性别　…' / '1　　陈　明　男　1976.08　…' / '长' (a cell's wrap) / …: a
    table under its head row, to the next blank line or indented paragraph, is a table's
    rows, never heads (a 任前公示's candidates, a list of winners)."""
    for at, line in enumerate(lines):
        if line.level or not _NUMBERED_TABLE_HEAD.match(line.normal):
            continue
        line.kind, line.rule = Kind.BODY, "table-row"
        for above, below in pairwise(lines[at:]):
            if (below.number != above.number + 1 or below.level or below.indent
                    or below.kind not in (Kind.HEADLIKE, Kind.BODY, Kind.SUBHEAD)):
                break
            below.kind, below.rule = Kind.BODY, "table-row"


# An article's own table of contents, as a site generates it under the information line:
# its label (layout.yaml article_contents_labels), its numbered entries and the button that
# folds it.


DIGEST_ENTRIES_MIN = 2  # entries of a digest's contents printed again as its parts' heads
DIGEST_LABEL_MAX = 10  # characters of its label, with its marks ('**今日导读**')


def digest_contents(lines: list[Line]) -> None:
    """'今日导读' / '- 金佛山杜鹃花期预计提前一周' / … over a post of several news, each entry
    printed again as the heading of its part: the contents box is chrome (the parts are the
    post's items; each has its own text and credit)."""
    page = page_text(lines).normal  # (导读, 看点 or 要目 in every label)
    if not ("导" in page or "導" in page or "要目" in page
            or ("看" in page and ("点" in page or "點" in page))):
        return
    heads: set[str] | None = None
    for at, line in enumerate(lines):
        if (len(line.normal) > DIGEST_LABEL_MAX
                or bare_label(line.normal) not in words()["digest_contents_labels"]):
            continue
        # ('- 金佛山杜鹃花期…' a Markdown list's entries, or '★全区柑橘采摘…' a bullet's)
        entries = list(takewhile(lambda entry: entry.rule in ("list-item", "bulleted-subhead"),
                                 islice(lines, at + 1, None)))
        if heads is None:
            heads = {line.normal for line in lines if line.kind in (Kind.HEADING, Kind.HEADLIKE)}
        if sum(entry.normal in heads for entry in entries) >= DIGEST_ENTRIES_MIN:
            for box in (line, *entries):
                box.kind, box.rule = Kind.NOISE, "contents-entry"


def article_contents(lines: list[Line]) -> None:
    """'文章目录' / '1　从“论斤卖”到“论克卖”' / … / '收起∧' over an article: the box is chrome,
    and the heads it lists, printed again further down, are the article's subheads, not
    stories of their own."""
    for at, line in enumerate(lines):
        if line.normal.replace(" ", "") not in words()["article_contents_labels"]:
            continue
        titles = set()
        below = at + 1
        while below < len(lines) and (entry := _CONTENTS_ENTRY.match(lines[below].normal)):
            titles.add(entry["title"])
            lines[below].kind, lines[below].rule = Kind.NOISE, "contents-entry"
            below += 1
        if not titles:
            continue
        line.kind, line.rule = Kind.NOISE, "web-chrome"
        for head in lines[below:]:
            if head.kind is Kind.HEADLIKE and not head.level and head.normal in titles:
                head.kind, head.rule = Kind.SUBHEAD, "contents-subhead"


_CONTENTS_LABEL = re.compile(r"^(?:本\s*期\s*)?目\s*[录錄]$")
# A site's contents of an issue, without pages: its entries bulleted ('·区政府召开常务会议')
# under their parts' labels ('【政务动态】'), its links to other issues in brackets too.
_LINKED_ENTRY = re.compile(r"^(?:[·•]\s*\S|【[^【】]{2,12}】)")
LINKED_ENTRIES_MIN = 3  # bulleted entries of a contents without pages
# A contents entry's page after its dot leaders: '（黔江府发〔2012〕31号）……………（1）'.
_LEADER_PAGE = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*[(（]?\d{1,3}[)）]?$")
CONTENTS_LINES_MAX = 40  # lines of a contents page under its label


def contents_pages(lines: list[Line]) -> None:
    """A bulletin's contents under its label ('目　　录' / '【区政府文件】' / a title /
    '（黔江府发〔2012〕31号）……（1）' / …): every line down to the last page number after
    dot leaders is the contents, furniture, however its titles read."""
    for at, line in enumerate(lines):
        if not _CONTENTS_LABEL.match(line.normal):
            continue
        block = lines[at + 1:at + 1 + CONTENTS_LINES_MAX]
        # (or to the last entry its page number opens, '09　简讯四则', a part's name between)
        last = max((k for k, b in enumerate(block) if _LEADER_PAGE.search(b.normal)
                    or b.rule == "contents-entry"), default=None)
        if last is None:
            last = _last_linked_entry(line, block)
        if last is None:
            continue
        for part in [line, *block[:last + 1]]:
            part.kind, part.rule = Kind.NOISE, "contents-entry"


def _last_linked_entry(label: Line, block: list[Line]) -> int | None:
    """Where a contents without pages ends: its last bulleted entry or bracketed label, the
    lines right under one another (no blank line between); None when it has too few entries."""
    last, bullets, number = None, 0, label.number
    for k, line in enumerate(block):
        if line.number != number + 1 or not _LINKED_ENTRY.match(line.normal):
            break
        number, last = line.number, k
        bullets += not line.normal.startswith("【")
    return last if bullets >= LINKED_ENTRIES_MIN else None


_GUIDE_LABEL = re.compile(r"(?:导读|導讀|导视|導視)\s*:?$")
# An episode's contents, each part at its time in the recording ('本期内容（点击时间可跳转）：' /
# '00:26　铜梁高新区5个项目集中签约 总投资32亿元').
_EPISODE_CONTENTS = re.compile(
    r"^(?:本期内容|本期內容|节目内容|節目內容|本期要目)(?:\([^()]{0,12}\))?\s*:?$")
_TIMED_ENTRY = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?P<title>\S.*)$")
# An edition's title: '《铜梁新闻》2019年10月17日'.
_EDITION_TITLE = re.compile(r"^《[^《》]{2,12}》\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def timed_contents(lines: list[Line]) -> None:
    """An episode's contents under its label, each part at its time in the recording, below
    the edition's title ('《铜梁新闻》2019年10月17日' / … / '本期内容：' / '00:26　…'): the
    entries are chrome, and the parts printed further down under the same titles are the
    edition's items (an entry with no part printed, '12:10　天气预报', points at nothing)."""
    for at, line in enumerate(lines):
        if line.level or not _EPISODE_CONTENTS.match(line.normal):
            continue
        if not any(_EDITION_TITLE.match(above.normal) for above in lines[:at]
                   if above.kind in (Kind.HEADLIKE, Kind.HEADING)):
            continue
        titles = set()
        for entry in lines[at + 1:]:
            if entry.number != lines[lines.index(entry) - 1].number + 1:
                break
            timed = _TIMED_ENTRY.match(entry.normal)
            if timed is None:
                break
            entry.kind, entry.rule = Kind.NOISE, "teaser"
            titles.add(timed["title"].replace(" ", ""))
        line.kind, line.rule = Kind.NOISE, "teaser"
        for later in lines[at + 1:]:
            if (later.kind in (Kind.HEADLIKE, Kind.HEADING)
                    and later.normal.replace(" ", "") in titles):
                later.kind, later.rule = Kind.RUBRIC, "guided-part"


def guide_lists(lines: list[Line]) -> None:
    """A programme's or page's guide ('本期导视：' / '● 区政府召开第63次常务会议' / …): the
    bulleted titles under it that stand again as heads further down are teasers of what the
    page prints in full, not heads of their own."""
    guides = [at for at, line in enumerate(lines)
              if line.kind is Kind.LABEL and _GUIDE_LABEL.search(line.normal)]
    if not guides:
        return  # (most pages: the heads are not counted)
    head_kinds = (Kind.HEADLIKE, Kind.HEADING)
    heads = Counter(line.normal for line in lines if line.kind in head_kinds)
    for at in guides:
        if lines[at].kind is not Kind.LABEL:
            continue  # (taken as a teaser of the guide above it)
        titles = set()
        for j in range(at + 1, len(lines)):
            entry, before = lines[j], lines[j - 1]
            # (a bulleted title was read without its bullet)
            if (entry.number != before.number + 1
                    or heads[entry.normal] <= (entry.kind in head_kinds)):
                break
            entry.kind, entry.rule = Kind.NOISE, "teaser"
            titles.add(entry.normal)
        above = next((lines[k] for k in range(at - 1, -1, -1) if lines[k].kind is not Kind.NOISE),
                     None)
        if titles and above is not None and above.kind is Kind.HEADLIKE:
            # '《荣昌新闻》2025年6月17日' / '本期导视：' / …: the guide of one edition under
            # its title: the parts it lists are that edition's items.
            for later in lines[at + 1:]:
                if later.kind in head_kinds and later.normal in titles:
                    later.kind, later.rule = Kind.RUBRIC, "guided-part"


OPEN_RULES = frozenset({"body", "headline-shape"})  # a head's or a paragraph's line, read alone
