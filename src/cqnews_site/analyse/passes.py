"""Page passes: what a line is, judged with the lines around it.

``lines.classify`` judges each line on its own; ``relabel`` then runs these passes over
the whole page, each on its own shape of page (a cut column, a table, a poem, a box of
fields, a site's chrome), changing a line's kind where its neighbours say what it is. Each
pass names the rule it applied, as the line rules do, so ``cqnews explain`` can say why.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import accumulate, islice, pairwise, takewhile

from cqnews_site.analyse.lines import (
    BOLD_RUN_IN,
    BRIEF_BULLETS,
    BULLETS,
    CLAUSE_MARK,
    DECK_DASHES,
    HAN,
    LETTER_SALUTATION,
    LETTER_SPACED_MIN,
    NAME_AND_ROLES,
    NAME_THEN_UNIT,
    POSTS_AND_NAME,
    SPEAKER_ROLES_MAX,
    Kind,
    Line,
    bare_label,
    classify,
    dateline,
    headline_shape,
    info_line,
    is_closed,
    is_page_name,
    issuer_and_date,
    join_spaced_names,
    known_places,
    label_of,
    letter_spaced,
    org_marks,
    people_in_credit,
    person_like,
    run_on,
    words,
)
from cqnews_site.analyse.other_inputs import (
    CLOCK_TIME,
    account_cards,
    ai_boxes,
    assistant_transcripts,
    book_entries,
    calendar_blocks,
    chat_remarks,
    colon_fields,
    comment_threads,
    danmaku_lists,
    distribution_lists,
    export_fields,
    forum_threads,
    listed_books,
    lone_counts,
    mail_heads,
    media_cards,
    meta_authors,
    microblog_posts,
    microfilm_retakes,
    paged_articles,
    post_authors,
    post_tags,
    poster_lines,
    production_credits,
    quotation_boxes,
    repost_source_cards,
    search_results,
    source_credits,
    thread_floors,
)
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.lexicon import title_words
from cqnews_site.model.dates import QUOTED_OPENING
from cqnews_site.model.text import (
    WIDE_GAP,
    cells,
    is_han,
    longest_first,
    normalize,
    pipe_cells,
    pipe_rule,
)

_PLACE_RUN_IN = re.compile(r"^(?P<place>[^:\s]{2,8})\s*:\s*(?P<rest>\S.{11,})$")
# '【宁厂镇】6月20日，…': the place in brackets before the brief's text.
_BRACKETED_RUN_IN = re.compile(
    r"^[【\[〔]\s*(?P<place>[^】\]〕\s]{2,8})\s*[】\]〕]\s*(?P<rest>\S.{11,})$")
# '■草堂镇　11月18日，…': the place after a bullet, set apart from the brief's text.
_BULLETED_RUN_IN = re.compile(
    rf"^[{re.escape(BRIEF_BULLETS)}]\s*(?P<place>[^\s:]{{2,8}})\s+(?P<rest>\S.{{11,}})$")
# ... the same at a narrow column, where a brief's first line holds little of its text.
_NARROW_BULLETED_RUN_IN = re.compile(
    rf"^[{re.escape(BULLETS)}]\s*(?P<place>[^\s:]{{2,8}})\s+(?P<rest>\S.{{4,}})$")
_NARROW_BRACKETED_RUN_IN = re.compile(
    r"^[【\[〔]\s*(?P<place>[^】\]〕\s]{2,8})\s*[】\]〕]\s*(?P<rest>\S.{4,})$")
# What a brief's text has and a title has not: a clause's comma or a list's pause mark.
_BRIEF_TEXT = re.compile(r"[,，、]")
# '◆南川金佛山：5月1日至7日，…': a bullet, the place and a colon before the brief's text.
_BULLETED_COLON_RUN_IN = re.compile(
    rf"^[{re.escape(BRIEF_BULLETS)}]\s*(?P<place>[^\s:]{{2,8}})\s*:\s*(?P<rest>\S.{{11,}})$")


def _district_and_sight(places: Gazetteer, name: str) -> bool:
    """'南川金佛山', '合川钓鱼城': a district's short name and a sight's, run together."""
    return name.endswith(tuple(words()["sight_endings"])) and any(
        places.canonical(name[:n]) and len(name) - n >= 2 for n in (2, 3))


RUN_IN_GAP_MAX = 3  # line numbers between two briefs of one column, at most
# '渝江汽车　9月1日晚间公告，…': a lead-in name (bold in print, plain in the text layer) set
# apart from its brief by one full-width space; any name, so only a column of them counts.
_LEAD_IN = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8})\u3000(?P<rest>[^\s\u3000].{11,})$")
LEAD_INS_MIN = 3  # briefs under lead-in names that make a column of them


def _place_run_ins(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A column of briefs each run in under its district ('合川：4月3日，…' / '涪陵：截至3月底，…'),
    town or school ('【巫山中学】4月1日，…'): two or more such paragraphs close together open
    the items of a roundup, each headed by its place, as briefs run in under a place in bold
    do."""
    places = gazetteer or default_gazetteer()
    found = [(index, match) for index, line in enumerate(lines)
             if ((line.kind is Kind.BODY
                  and line.rule in ("body", "indented-paragraph", "cut-first-line")
                  and (match := (_BULLETED_COLON_RUN_IN.match(line.normal)
                                 or _PLACE_RUN_IN.match(line.normal)
                                 or _BRACKETED_RUN_IN.match(line.normal)
                                 or _BULLETED_RUN_IN.match(line.normal))))
                 # (at a narrow column the first line of a bulleted brief may read as a head:
                 # '○姜家公社　各生产大队利用春耕' / '前的空隙，…')
                 or (line.kind in (Kind.BODY, Kind.HEADLIKE) and not line.level
                     and (match := _NARROW_BULLETED_RUN_IN.match(line.normal))
                     and index + 1 < len(lines) and lines[index + 1].kind is Kind.BODY
                     and lines[index + 1].number == line.number + 1)
                 # (or a place's tag, its brief's text cut short after it: '【黔江】8月15日，
                 # 黔江县城至' / '▶万州区分水镇：10月16日，分水镇…' read as a tag over a title)
                 or (line.kind is Kind.RUBRIC and line.rule in ("bracket-place", "bulleted-place")
                     and not line.level
                     and (match := (_BULLETED_COLON_RUN_IN.match(line.normal)
                                    or _NARROW_BRACKETED_RUN_IN.match(line.normal)
                                    or _PLACE_RUN_IN.match(line.normal)))
                     # (a brief's words, or a paragraph's first line set in as paragraphs
                     # are, its sentence going on below: '　　〔梁平〕县城至屏锦区的客运班车从')
                     and (_BRIEF_TEXT.search(match["rest"])
                          or (line.indent in PARAGRAPH_INDENT and index + 1 < len(lines)
                              and not lines[index + 1].indent
                              and not is_closed(match["rest"])))
                     and index + 1 < len(lines)
                     and lines[index + 1].kind in (Kind.BODY, Kind.HEADLIKE)
                     and lines[index + 1].number == line.number + 1))
             and (known_places(places, match["place"], towns=True)
                  or match["place"].endswith(tuple(words()["unit_suffixes"]))
                  or (match.re is _BULLETED_COLON_RUN_IN
                      and _district_and_sight(places, match["place"])))]
    found += _lead_ins(lines, {index for index, _ in found})
    # Lines apart, not counting the lines of a paragraph cut at the column's width (each
    # goes on from an open line right above it).
    wrapped = list(accumulate(
        line.rule == "wrapped-line" or (
            at > 0 and line.kind is Kind.BODY and lines[at - 1].kind is Kind.BODY
            and line.number == lines[at - 1].number + 1 and not is_closed(lines[at - 1].normal))
        for at, line in enumerate(lines)))
    column = [
        entry for n, entry in enumerate(found)
        if any(0 < abs(lines[entry[0]].number - lines[other[0]].number
                       - wrapped[entry[0]] + wrapped[other[0]]) <= RUN_IN_GAP_MAX
               for other in found[max(0, n - 1):n + 2])]
    for index, match in column:
        line = lines[index]
        cut = line.text.find(match["place"]) + len(match["place"])
        rest = line.text[cut:].lstrip(" \u3000:：】]〕")  # (and the bullet before the place)
        line.heading, line.text, line.norm, line.rule, line.kind = (
            match["place"], rest, normalize(rest), "place-run-in", Kind.BODY)
        _runs_on_below(lines, index)


def _runs_on_below(lines: list[Line], at: int) -> None:
    """The lines right under ``lines[at]`` (a brief's first line, its title or place run in)
    that go on with its open text at a narrow column are text, though they read as heads
    ('【酉阳】酉阳县今年在龚滩、苍' / '岭等十个乡镇推广烤烟“漂浮育苗”')."""
    for above, line in pairwise(islice(lines, at, None)):  # (no copy of the page's rest)
        if (line.number != above.number + 1 or line.level or is_closed(above.normal)
                or line.kind not in (Kind.HEADLIKE, Kind.SUBHEAD, Kind.BODY)
                or line.text[:1] in BULLETS):
            return
        if line.kind is not Kind.BODY:  # (the text's lines read as text go on as they are)
            line.kind, line.rule = Kind.BODY, "wrapped-line"


def _lead_ins(lines: list[Line], taken: set[int]) -> list[tuple[int, re.Match[str]]]:
    """Paragraphs opening with a lead-in name and a full-width space, in runs of at least
    ``LEAD_INS_MIN`` with no other paragraph opening between them ('公司速递' / '渝江汽车　…'
    / '嘉陵电子　…' / '缙云生物　…'); a credit's role is no lead-in ('记者　…'), nor a
    dateline ('本报讯　…')."""
    runs: list[list[tuple[int, re.Match[str]]]] = [[]]
    for index, line in enumerate(lines):
        if line.kind is not Kind.BODY or index in taken or line.rule == "wrapped-line":
            if line.kind is not Kind.BODY or line.rule != "wrapped-line":
                runs.append([])
            continue
        match = _LEAD_IN.match(line.text)
        if (match is None or line.rule not in ("body", "indented-paragraph", "cut-first-line")
                or match["place"] in words()["credit_roles"]
                # (nor the paper's own mark of a report: '本报讯　6月9日，…')
                or dateline(line.normal[:120])):
            runs.append([])
            continue
        runs[-1].append((index, match))
    return [entry for run in runs if len(run) >= LEAD_INS_MIN for entry in run]


# A digest's numbered item with its title in brackets run in: '3.【我区新增3处“口袋公园”】近日，…'.
_NUMBERED_RUN_IN = re.compile(
    r"^(?P<n>\d{1,2})\s*[.、．]\s*【(?P<title>[^【】]{2,30})】\s*(?P<rest>\S.{5,})$")
NUMBERED_RUN_INS_MIN = 3


def _numbered_run_ins(lines: list[Line]) -> None:
    """A digest's items, each a paragraph opening with its number and its title in brackets
    ('1.【磁器口古镇夜游线路“上新”】昨天…' / '2.【261路公交明起调整】…' / …), numbered from 1
    in order: the items of one roundup, each headed by its title."""
    found = [(line, match) for line in lines
             if line.kind is Kind.BODY and (match := _NUMBERED_RUN_IN.match(line.text.strip()))]
    numbers = [int(match["n"]) for _, match in found]
    if len(found) < NUMBERED_RUN_INS_MIN or numbers != list(range(1, len(found) + 1)):
        return
    for line, match in found:
        line.heading, line.text, line.norm, line.rule = (
            match["title"].strip(), match["rest"], normalize(match["rest"]), "numbered-run-in")


_NUMBER_TAIL = re.compile(r"^[\d\-－—.]{1,16}[。；;，,）)]?$")


def _cut_numbers(lines: list[Line]) -> None:
    """A number cut at a line's end ('…电话：02' / '3-71422222'): the line of figures under
    a line of text or furniture ending in a figure is that line's end, never a head."""
    for above, line in pairwise(lines):
        if (line.number == above.number + 1 and not line.level
                and above.kind in (Kind.BODY, Kind.NOISE)
                and above.normal[-1:].isdigit() and _NUMBER_TAIL.match(line.normal)):
            line.kind = above.kind
            line.rule = "cut-last-line" if above.kind is Kind.BODY else above.rule


def _vertical_labels(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A box's label set vertically comes out one character a line ('简' / '讯'): two or
    more lines of one Han character each, one under the other, are the one word."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        single = line is not None and not line.level and len(line.normal) == 1 and is_han(
            line.normal)
        if single and run and line.number == run[-1].number + 1:
            run.append(line)
            continue
        if len(run) >= 2:
            joined = classify(run[0].number, "".join(r.text for r in run), gazetteer)
            joined.indent = run[0].indent
            out.append(joined)
        else:
            out += run
        run = [line] if single else []
        if line is not None and not single:
            out.append(line)
    lines[:] = out


MENU_ENTRY_MAX = 5  # characters of an entry of a menu or a tag list read one a line
MENU_RUN_MIN = 6  # entries of such a menu, one under the other
MENU_ONE_LENGTH = 0.8  # of its entries, fewer than this share of one length
_SENTENCE_MARKS = re.compile(r"[，,。！!？?、；;：:“”]")


def _menu_runs(lines: list[Line]) -> None:
    """A site's menu or a video's tags read one entry a line ('番剧' / '直播' / '游戏中心' /
    …): six lines or more of five characters at most and of several lengths, one under the
    other, with no mark of a sentence and no figure, are chrome (a poem's lines are of one
    length, or longer, or punctuated)."""
    run: list[Line] = []
    last = 0  # the line number the run reached (an entry read as chrome already goes on with it)
    for line in [*lines, None]:
        if (line is not None and run and line.number == last + 1 and line.rule == "web-chrome"
                and len(line.normal) <= MENU_ENTRY_MAX):
            last = line.number  # ('收藏' among '消息' / '动态' / '收藏' / '历史')
            continue
        entry = (line is not None and not line.level
                 and (line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                      or line.rule == "place-line")  # ('开州' among a video's tags)
                 and 0 < len(line.normal) <= MENU_ENTRY_MAX
                 # (a table read a cell a line has figures among its cells: '序号' / … / '1')
                 and not _SENTENCE_MARKS.search(line.normal)
                 and not any(ch.isdigit() for ch in line.normal))
        if entry and run and line.number == last + 1:
            run.append(line)
            last = line.number
            continue
        if run and words()["paper_shapes_re"].search(run[0].normal):
            run = run[1:]  # ('潼南网' over its menu: the site's name, the page's header)
        # (a poem's lines, its title apart, are of one length; a menu's entries of several)
        lengths = Counter(len(item.normal) for item in run)
        if (len(run) >= MENU_RUN_MIN
                and max(lengths.values(), default=0) < MENU_ONE_LENGTH * len(run)):
            for item in run:
                item.kind, item.rule = Kind.NOISE, "menu-entry"
        run = [line] if entry else []
        last = line.number if entry else 0


_CRUMB_MARK = re.compile(r"^[>＞›»/]$")
CRUMB_MAX = 10  # characters of a breadcrumb's part on a line of its own


def _split_breadcrumbs(lines: list[Line]) -> None:
    """A breadcrumb read one part a line ('知识' / '>' / '社科·法律·心理'): the short heads
    right above and under the mark alone on its line are the site's, not heads of text."""
    for above, mark, below in zip(lines, lines[1:], lines[2:], strict=False):
        if not _CRUMB_MARK.match(mark.normal):
            continue
        for part in (above, below):
            if (part.kind is Kind.HEADLIKE and not part.level
                    and abs(part.number - mark.number) == 1 and len(part.normal) <= CRUMB_MAX):
                part.kind, part.rule = Kind.NOISE, "web-chrome"


# A line of fields, three labels or more: '信件编号：NA2026012705　　来信人：陈**　　来信时间：…'
# (a contact's two, '联系人：…　手机：…', close a release).
_FIELD_ROW = re.compile(rf"^[{HAN}]{{2,6}}\s*:\s*\S+(?:\s+[{HAN}]{{2,6}}\s*:\s*\S+){{2,}}")
RECORD_TITLE_MAX = 40  # characters of a title over its record's fields


def _titles_over_fields(lines: list[Line]) -> None:
    """A title right over a row of fields ('广阳镇至南坪公交末班车能否延后？' / '信件编号：…
    来信人：…　来信时间：…'): a letter's or a record's title, its head however it ends (a
    question mark ends many a letter's)."""
    for line, below in pairwise(lines):
        if (line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
                and below.number - line.number <= 2 and len(line.normal) <= RECORD_TITLE_MAX
                and not _FIELD_ROW.match(line.normal) and label_of(line.normal) is None
                and not re.search(r"[。:,，；;]", line.normal) and _FIELD_ROW.match(below.normal)):
            line.kind, line.rule = Kind.HEADLIKE, "record-title"


# A box's figure line: the figure with its unit, a space, what it counts ('552米　大桥主跨').
# (a figure has its unit: a ranking's '1　title' is no figure)
_FIGURE_ROW = re.compile(r"^[\d.,，]+(?:万|亿)?[\u4e00-\u9fff%％]{1,3}\s+\S.{1,30}$")
FIGURE_ROWS_MIN = 3


def _figure_rows(lines: list[Line]) -> None:
    """Three or more figure lines one under the other ('552米　大桥主跨…' / '1741米　大桥全长'
    / …): the rows of a box of figures, text under the box's title, never heads."""
    run: list[Line] = []
    for line in [*lines, None]:
        row = (line is not None and line.kind is Kind.HEADLIKE and not line.level
               and bool(_FIGURE_ROW.match(line.normal)))
        if row and run and line.number - run[-1].number <= 2:
            run.append(line)
            continue
        if len(run) >= FIGURE_ROWS_MIN:
            for figure in run:
                figure.kind, figure.rule = Kind.BODY, "table-row"
        run = [line] if row else []


# A programme's contents at the head of its script: '…本期主要内容：' over '1.title', '2.title'.
_PROGRAMME_CONTENTS = re.compile(r"(?:主要内容|内容提要|本期内容|今日内容)\s*[:：]$")
_LISTED_PART = re.compile(r"^(?P<n>\d{1,2})\s*[.．、]\s*(?P<title>\S.{3,60})$")
LISTED_PARTS_MIN = 2


def _programme_parts(lines: list[Line]) -> None:
    """The parts a programme's contents list ('本期主要内容：' / '1.全区…开工' / …) whose titles
    stand again as heads below: the list is its contents, furniture, and each head an item
    of the one programme, not a story of its own."""
    for at, line in enumerate(lines):
        if not _PROGRAMME_CONTENTS.search(line.normal):
            continue
        entries: list[Line] = []
        for entry in lines[at + 1:]:
            if (entry.number != (entries[-1] if entries else line).number + 1
                    or not _LISTED_PART.match(entry.normal)):
                break
            entries.append(entry)
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


ROMANIZED_TITLE_MIN = 6  # characters of a headline printed over its pinyin
ROMANIZATION = "romanization"  # the rule of that pinyin line
_ROMANIZED = re.compile(r"^[A-Z0-9]{1,8}(?: [A-Z0-9]{1,8})+$")


def _romanized_heads(lines: list[Line]) -> None:
    """A head over its own romanization ('全县小春播种基本结束' / 'QUANXIAN XIAOCHUN B0ZHONG
    JIBEN JIESHU'), as some papers of the 1950s printed every headline: the headline, whatever
    heads stand with it."""
    for line, below in pairwise(lines):
        if (line.kind is Kind.HEADLIKE and not line.level and below.number == line.number + 1
                and _ROMANIZED.match(below.normal)):
            han = sum(1 for ch in line.normal if is_han(ch))
            words_ = below.normal.split()
            # (a paper's name over its pinyin, 北碚报 / BEIBEI BAO, is its masthead)
            if (han >= ROMANIZED_TITLE_MIN and len(words_) <= han
                    and not words()["paper_shapes_re"].search(line.normal)):
                line.rule = "romanized-title"
                below.kind, below.rule = Kind.NOISE, ROMANIZATION


SIGN_LINES_MIN = 3  # lines of two spaced characters each that make a sign, not a column


def _stacked_signs(lines: list[Line]) -> None:
    """A warning's icon read one row a line ('高　温' / '橙　色' / '预　警'): three or more
    lines of two characters set apart, one under the other, are a sign, no head (one such
    line alone may name a column: '简　讯')."""
    run: list[Line] = []
    for line in [*lines, None]:
        spaced = (line is not None and not line.level and len(line.normal) == 3
                  and line.normal[1] == " " and is_han(line.normal[0]) and is_han(line.normal[2]))
        if spaced and run and line.number == run[-1].number + 1:
            run.append(line)
            continue
        if len(run) >= SIGN_LINES_MIN:
            for sign in run:
                sign.kind, sign.rule = Kind.NOISE, "stacked-sign"
        run = [line] if spaced else []


# ('原创　南岸区融媒体中心　南岸发布　2020-05-28', or the account and the time alone: '大足发布
# 2021-08-10 18:30')
_POST_ORIGIN = re.compile(
    r"^原创\s|^\S{2,16}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")


def _post_title(lines: list[Line]) -> None:
    """A post's title on the page's first line, over the account's origin line ('今晚，南岸这些
    新闻值得关注！' / '原创　南岸区融媒体中心　南岸发布　2020-05-28'): a head however it ends."""
    if (len(lines) >= 2 and lines[0].kind is Kind.BODY and not lines[0].level
            and len(lines[0].normal) <= POST_TITLE_MAX
            and lines[1].rule == "web-chrome" and _POST_ORIGIN.match(lines[1].normal)
            and lines[1].number - lines[0].number <= 2):
        lines[0].kind, lines[0].rule = Kind.HEADLIKE, "post-title"


POST_TITLE_MAX = 40  # characters of a post's title
_MOOD_PROMPT = re.compile(r"(?:感受|心情)是?[:：]?$")
MOOD_CELL_MAX = 4  # characters of a mood's name or its count of votes


def _mood_votes(lines: list[Line]) -> None:
    """A portal's mood vote under its article ('您看到此篇文章时的感受是：' / '高兴' / '36' /
    '感动' / '3' …): the prompt and its short cells, one a line, are chrome."""
    for at, line in enumerate(lines):
        if line.level or not _MOOD_PROMPT.search(line.normal) or len(line.normal) > 20:
            continue
        cells = []
        for below in lines[at + 1:]:
            last = (cells[-1] if cells else line).number
            if below.number - last > 2 or len(below.normal.replace(" ", "")) > MOOD_CELL_MAX:
                break
            cells.append(below)
        if len(cells) >= 4:
            for cell in [line, *cells]:
                cell.kind, cell.rule = Kind.NOISE, "web-chrome"


_MENU_ENTRY = re.compile(r"^[·•]\s*[^\s,，。:：]{2,6}$")
MENU_ENTRIES_MIN = 3


# The end of a caption on its credit's line, set apart from the credit: '技术。　　　本报记者…'.
_CAPTION_TAIL = re.compile(r"^(?P<tail>[^\s。]{1,12}。)\s{2,}\S")
CAPTION_LINES_MAX = 3  # lines a triangle's caption is wrapped over, above its credit


def _wrapped_captions(lines: list[Line]) -> None:
    """A triangle's caption wrapped at the column over the photo's credit on a line of its
    own ('▲8月3日，太安镇青杠村，技术员在调试柠' / '檬园里的智能水肥控制站。' /
    '（通讯员　罗小红　摄）'): one caption, its lines joined, not a bulleted brief."""
    out: list[Line] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        out.append(line)
        at += 1
        below = lines[at] if at < len(lines) else None
        if (line.kind is Kind.HEADLIKE and not line.level and below is not None
                and below.kind is Kind.PHOTO_CREDIT and below.number == line.number + 1
                and (tail := _CAPTION_TAIL.match(below.text.strip())) is not None):
            # '张德芬（右）在桑园里向邻居传授修剪' / '技术。　　　本报记者　田　野　摄': a
            # caption wrapped onto its credit's line, the credit set apart far right
            text = line.text + tail["tail"]
            line.text, line.norm = text, normalize(text)
            line.kind, line.rule = Kind.CAPTION, "caption"
            continue
        if (line.kind in (Kind.BODY, Kind.HEADLIKE) and line.normal[:1] in "▲△"
                and not line.level and (wrapped := _credit_wrapped_in(line, lines[at:]))):
            # '▲5月14日，老人们在红河社区“共享厨房”' / '吃午饭。新重庆-重庆日报通讯员　周佳慧' /
            # '摄': a caption wrapped at a narrow column with its credit, the mark cut off last
            out[-1], ending = wrapped
            at += ending
            continue
        if not (line.kind is Kind.BODY and line.normal[:1] in "▲△" and not line.level):
            continue
        run = list(takewhile(lambda b: b.kind is Kind.BODY and not b.indent
                             and b.normal[:1] not in BRIEF_BULLETS,
                             lines[at:at + CAPTION_LINES_MAX]))
        credit = lines[at + len(run)] if at + len(run) < len(lines) else None
        if (run and credit is not None and credit.kind is Kind.PHOTO_CREDIT
                and all(b.number == a.number + 1 for a, b in pairwise([line, *run, credit]))
                and is_closed(run[-1].normal)):
            text = line.text + "".join(b.text.strip() for b in run)
            line.text, line.norm = text, normalize(text)
            line.kind, line.rule = Kind.CAPTION, "pointed-caption"
            at += len(run)
    lines[:] = out


_PHOTO_MARK_LAST = re.compile(r"(?:摄|攝)[)）]?$")


def _credit_wrapped_in(line: Line, below: list[Line]) -> tuple[Line, int] | None:
    """A triangle's caption wrapped over lines ``below``, its credit's mark ending the last
    of them ('…周佳慧' / '摄'): the caption as one line, and how many lines it took from
    ``below``. None unless the lines are adjacent, unindented text and the whole reads as a
    caption with its credit."""
    run: list[Line] = []
    for b in below[:CAPTION_LINES_MAX]:
        if (b.kind is not Kind.BODY or b.indent or b.level
                or b.number != (run[-1] if run else line).number + 1):
            return None
        run.append(b)
        if _PHOTO_MARK_LAST.search(b.normal):
            whole = classify(line.number, _caption_joined(line, run))
            return (whole, len(run)) if whole.kind is Kind.CAPTION else None
    return None


def _caption_joined(line: Line, run: list[Line]) -> str:
    """A wrapped caption's lines as one; a credit's mark alone on the last line stays set
    apart from the name it follows ('周佳慧' / '摄' → '周佳慧　摄')."""
    return line.text + "".join(("　" if _PHOTO_MARK_LAST.fullmatch(b.normal) else "")
                               + b.text.strip() for b in run)


# A classical poem's author under its title: the dynasty in brackets, then the poet
# ('〔唐〕杜　甫', '[宋]苏轼').
_POET_LINE = re.compile(
    r"^[〔［\[(（【]\s*[唐宋元明清汉漢晋晉魏隋秦周]\s*[〕］\])）】]\s*\S(?: ?\S){1,3}$")
POEM_TITLE_MAX = 12  # characters of a quoted poem's title over its poet


def _quoted_poems(lines: list[Line]) -> None:
    """A classical poem quoted in a story, its title over its poet ('【原文】' / '登　高①' /
    '〔唐〕杜　甫' / its lines): the title a subhead (its label too), the poet's line text of
    the story; no head opens a story there and the poet signs nothing."""
    for at, line in enumerate(lines):
        if line.level or not _POET_LINE.match(line.normal):
            continue
        line.kind, line.rule = Kind.BODY, "poet-line"
        title = lines[at - 1] if at else None
        if (title is not None and title.kind is Kind.HEADLIKE and not title.level
                and len(title.normal.replace(" ", "")) <= POEM_TITLE_MAX):
            title.kind, title.rule = Kind.SUBHEAD, "verse-title"
            label = lines[at - 2] if at >= 2 else None
            if (label is not None and label.kind is Kind.HEADLIKE
                    and _BRACKET_LABEL.match(label.normal)):
                label.kind, label.rule = Kind.SUBHEAD, "part-label"


DRAWN_LINES_MIN = 3  # lines of a figure drawn in box-drawing characters
# (two drawing characters together, a line's stroke and its corner: a box's single side '┃'
# beside text is no figure)
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]{2}")


def _drawn_figures(lines: list[Line]) -> None:
    """A figure drawn with box-drawing characters, a line of it each line ('永川区队──┐' /
    '├──永川区队　3:0──┐' / '涪陵区队──┘'): a knockout's bracket or a chart, the page's picture
    read as text, no head and no paragraph."""
    at = 0
    while at < len(lines):
        end = at
        while (end < len(lines) and not lines[end].level
               and lines[end].kind in (Kind.HEADLIKE, Kind.BODY, Kind.NOISE)
               and _BOX_DRAWING.search(lines[end].text)
               and (end == at or lines[end].number <= lines[end - 1].number + 1)):
            end += 1
        if end - at >= DRAWN_LINES_MIN:
            for line in lines[at:end]:
                line.kind, line.rule = Kind.NOISE, "drawn-figure"
        at = max(end, at + 1)


# A list entry's title with its posting time far right: '[大足]　龙水五金市场三期开工　　　16:42'.
_TIMED_TITLE = re.compile(r"^(?P<title>\S.{5,60}?)(?:\u3000{2,}|[ \u3000]{3,})\d{1,2}:\d{2}$")


def _timed_titles(lines: list[Line]) -> None:
    """A portal's list entry: its title with the time it was posted far right, over its
    summary ('[大足]　龙水五金市场三期开工　新增商铺1200间　　　16:42' / '9月15日上午，…'): the
    title heads a story (a place's tag in brackets its section), the time is chrome."""
    for line, below in pairwise(lines):
        if (line.level or below.kind is not Kind.BODY or below.number != line.number + 1
                or line.kind not in (Kind.HEADLIKE, Kind.RUBRIC, Kind.BODY)
                or (match := _TIMED_TITLE.match(line.text.strip())) is None):
            continue
        title = match["title"].strip()
        bare = re.sub(r"^[【\[［〔][^】\]］〕]{1,8}[】\]］〕]\s*", "", title)
        if headline_shape(bare) and not is_closed(bare):
            line.text, line.norm = title, normalize(title)
            line.kind, line.rule = Kind.HEADLIKE, "timed-title"


TIMED_ENTRIES_MIN = 2  # entries of a feed whose bracketed titles run in, at least


def _timed_bracketed_titles(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A site's feed of news flashes, each under the time it was posted, its title in
    brackets run into its first paragraph ('18:46' / '【巴南首批共享菜园开园　120块菜地摇号
    分给居民】3月17日下午，…' / '阅读 1.2万　分享到：…'; a picture and its caption may stand
    between the time and the entry): each title heads a story of its own, two entries or
    more. (Under a briefs rubric, untimed, such briefs are a roundup's items: layout.)"""
    found: list[tuple[int, re.Match[str]]] = []
    for at, line in enumerate(lines):
        if (line.kind is not Kind.BODY or line.level
                or (titled := _BRACKETED_TITLE.match(line.text.strip())) is None
                or not headline_shape(titled["title"])):
            continue
        above = at - 1
        while above >= 0 and (lines[above].kind is Kind.CAPTION or lines[above].rule == "image"):
            above -= 1
        if above >= 0 and CLOCK_TIME.match(lines[above].normal):
            found.append((at, titled))
    if len(found) < TIMED_ENTRIES_MIN:
        return
    for at, titled in reversed(found):
        line = lines[at]
        head = classify(line.number, titled["title"], gazetteer)
        head.kind, head.rule = Kind.HEADLIKE, "timed-bracketed-title"
        lines[at:at + 1] = [head, classify(line.number, titled["rest"], gazetteer)]


def _headlines_listed_whole(lines: list[Line]) -> None:
    """A headline broken over two lines ('开县为1.3万名农村留守儿童' / '配上“代理家长”') that
    the page prints whole elsewhere, in its list of the page's titles ('本版标题导航' / '开县为
    1.3万名农村留守儿童配上“代理家长”'): one headline, not a headline and its deck."""
    whole: dict[str, set[int]] = {}
    for line in lines:
        if line.kind is Kind.HEADLIKE and not line.level:
            whole.setdefault(line.normal.replace(" ", ""), set()).add(line.number)
    at = 0
    while at < len(lines) - 1:
        line, below = lines[at], lines[at + 1]
        joined = (line.normal + below.normal).replace(" ", "")
        if (line.kind is Kind.HEADLIKE and below.kind is Kind.HEADLIKE and not line.level
                and not below.level and below.number == line.number + 1
                and whole.get(joined, set()) - {line.number, below.number}):
            line.text, line.norm = line.text + below.text.strip(), normalize(joined)
            line.rule = "headline-listed-whole"
            del lines[at + 1]
        at += 1


# A meeting's headline set in two lines at the column's width, the body's name on the first
# and what it did on the second ('政协长寿区第十四届委员会' / '第五次会议开幕', '区十七届人大五次
# 会议' / '举行预备会议'): the second line alone says nothing, so it is no headline under a
# kicker.
_MEETING_BODY_END = re.compile(r"(?:委员会|常委会|会议|大会|人大|政协)$")
_MEETING_DOES = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+次(?:全体)?(?:会议|全会)|举行|召开|开幕|闭幕|隆重开幕|隆重召开|"
    r"胜利闭幕)\S{0,10}$")


def _meeting_headlines_cut(lines: list[Line]) -> None:
    """'政协长寿区第十四届委员会' / '第五次会议开幕' over a meeting's report: one headline cut
    where the body's name ends (see ``_MEETING_DOES``), not a kicker over a headline."""
    at = 0
    while at < len(lines) - 1:
        line, below = lines[at], lines[at + 1]
        if (line.kind is Kind.HEADLIKE and below.kind is Kind.HEADLIKE and not line.level
                and not below.level and below.number == line.number + 1
                and _MEETING_BODY_END.search(line.normal) and _MEETING_DOES.match(below.normal)):
            line.text = line.text.rstrip() + below.text.strip()
            line.norm, line.rule = replace(line, norm="").normal, "meeting-headline-cut"
            del lines[at + 1]
        at += 1


# A quotation set large on its own line ('“游客住下来，钱才会留在村里。”').
_QUOTED_WHOLE = re.compile(r"^[“\"「](?P<quote>[^“”\"「」]{6,80})[”\"」]$")


def _pull_quotes(lines: list[Line]) -> None:
    """A quotation set large between a story's paragraphs, words its text prints too ('“游客
    住下来，钱才会留在村里。”' over an answer that says them): a pull quote, the page's
    furniture, no head of a story or a part."""
    # (between paragraphs: a quotation over a byline or under a column's name is a headline)
    quoted = [(line, match["quote"].rstrip("。！？!?…"))
              for at, line in enumerate(lines[1:-1], 1)
              if line.kind in (Kind.HEADLIKE, Kind.HEADING) and line.normal[:1] in "“\"「"
              and lines[at - 1].kind is Kind.BODY and lines[at + 1].kind is Kind.BODY
              and (match := _QUOTED_WHOLE.match(line.normal))]
    if not quoted:
        return
    text = "\n".join(line.normal for line in lines if line.kind is Kind.BODY)
    for line, quote in quoted:
        if len(quote) >= PULL_QUOTE_MIN and quote in text:
            line.kind, line.rule = Kind.NOISE, "pull-quote"


PULL_QUOTE_MIN = 8  # characters a pull quote repeats of the text, at least


# A list entry's summary cut off with the link to the whole article: '…每天外销蔬菜约600吨…[详细]'.
_CUT_WITH_MORE = re.compile(
    r"(?:…|\.{3})\s*[\[［【(（]?(?:详细|詳細|详情|詳情|全文|阅读全文|閱讀全文|查看全文|更多)"
    r"[\]］】)）]?\s*(?:>>|»|＞＞)?$")


CUT_TAIL = 16  # characters at a summary's end where its link to the whole is looked for


def _cut_teasers(lines: list[Line]) -> None:
    """A portal's list of articles, each entry its title over its summary cut off with a
    link to the whole ('涪陵区召开第四季度安全生产工作会议' / '华龙网11月8日10时讯（通讯员 冉 静）
    11月7日，…[详细]' / '2016-11-08 10:02'): the list's, no story (the article itself, where
    the page goes on to it, is printed whole)."""
    for at, line in enumerate(lines):
        if (line.level or line.kind is not Kind.BODY
                or not _CUT_WITH_MORE.search(line.normal[-CUT_TAIL:])):
            continue
        line.kind, line.rule = Kind.NOISE, "teaser"
        title = lines[at - 1] if at else None
        if (title is not None and title.number == line.number - 1 and not title.level
                and title.kind in (Kind.HEADLIKE, Kind.RUBRIC)):
            title.kind, title.rule = Kind.NOISE, "teaser"


# A site's address and its other ways of contact on one line: '地址：…北大街　　邮编：405900'.
_ADDRESS_LINE = re.compile(
    r"^(?:地址|地點|联系地址|聯繫地址|通讯地址|通訊地址)\s*[:：]\s*\S.{1,40}?"
    r"(?:\s+(?:邮编|郵編|邮政编码|郵政編碼|电话|電話|传真|傳真|邮箱|郵箱|E-?mail)\s*[:：]\s*\S+)+$",
    re.IGNORECASE)


def _footer_contacts(lines: list[Line]) -> None:
    """A site's address set among its footer's furniture ('主办：…　　承办：…' / '地址：…　　邮编：
    405900' / '网站标识码：…　　渝ICP备…'): the footer's, no story of an address."""
    for above, line, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (not line.level and line.kind is not Kind.NOISE
                and above.kind is Kind.NOISE and below.kind is Kind.NOISE
                and above.number == line.number - 1 and below.number == line.number + 1
                and _ADDRESS_LINE.match(line.normal)):
            line.kind, line.rule = Kind.NOISE, "web-chrome"


def _image_alt_texts(lines: list[Line]) -> None:
    """An image's alt text over its place, the caption printed again under it ('兩江新區…' /
    '[圖片]' / '■兩江新區…'): the copy above is the page's markup, not a second caption."""
    for above, image, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (image.rule == "image" and above.number == image.number - 1
                and above.kind in (Kind.CAPTION, Kind.BODY, Kind.HEADLIKE)
                and below.kind is Kind.CAPTION and len(above.normal) >= IMAGE_ALT_MIN
                and below.normal.lstrip("■▲△●◆ ").startswith(above.normal)):
            above.kind, above.rule = Kind.NOISE, "image-alt"


def _wrapped_picture_captions(lines: list[Line]) -> None:
    """A caption that says where its picture stands, cut at the column ('左图：华灯初上，滨江路沿
    线的灯饰勾勒' / '出城市的轮廓。'): its lines are one caption, the short last one no text."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (above is not None and above.kind is Kind.CAPTION and above.rule == "picture-says"
                and not is_closed(above.normal) and line.kind is Kind.BODY and not line.level
                and line.number == above.number + 1 and line.indent not in PARAGRAPH_INDENT
                and is_closed(line.normal) and len(line.normal) <= len(above.normal)):
            text = above.text + line.text.strip()
            above.text, above.norm = text, normalize(text)
            continue
        out.append(line)
    lines[:] = out


NUMBERED_CAPTION_MAX = 40  # characters of a numbered photo's caption over a shared credit
IMAGE_ALT_MIN = 6  # characters of an image's alt text read as the caption printed again


def _numbered_captions(lines: list[Line]) -> None:
    """Photos' captions numbered in a row over one credit for them all ('①杨家坪步行街商户参加
    灭火演练。' / '②孩子们在消防体验车上学习报警。' / '（本组图片　本报记者　邹　洁　摄）'): each
    a caption, not the story's last paragraphs."""
    for at, credit in enumerate(lines):
        if credit.kind is not Kind.PHOTO_CREDIT or credit.level:
            continue
        run: list[Line] = []
        for above in reversed(lines[:at]):
            if (above.number != (run[-1] if run else credit).number - 1
                    or above.kind not in (Kind.BODY, Kind.HEADLIKE) or above.level
                    or above.indent in PARAGRAPH_INDENT
                    or above.text.lstrip()[:1] not in _CAPTION_NUMBERS  # (NFKC reads ① as 1)
                    or len(above.normal) > NUMBERED_CAPTION_MAX):
                break
            run.append(above)
        # (two at least, numbered in order: one numbered line over a credit is
        # ``_cut_captions``' to join)
        numbers = [_CAPTION_NUMBERS.index(b.text.lstrip()[0]) for b in reversed(run)]
        if len(run) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(run))):
            for line in run:
                line.kind, line.rule = Kind.CAPTION, "numbered-caption"


NAMED_ROWS_MIN = 3  # lines of a list of names and the schools or units beside them


def _named_rows(lines: list[Line]) -> None:
    """A list of people, each a name and across a wide gap a school or a unit
    ('李　强　　　　北京大学' / '周雨婷　　　　中国人民大学' / …): three or more such lines
    together are a table's rows (a school's list of its admitted students), not bylines."""
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


def _roll_rows(lines: list[Line]) -> None:
    """A roll of people inside a notice or a report: rows of a name and, across a wide gap,
    the post or unit, one under the other, maybe in groups under their own short lines
    ('第一选区（城南居民委员会）　　应选代表2名' / '马廷富　　　城南居民委员会主任' / …, or
    '见义勇为模范（2名）' / '周建国（已故）　　宝顶镇化龙村村民' / …): three rows or more are
    the text's rows, the group lines among them too, and a bracketed line right above
    ('（以姓氏笔画为序）'); no row is a head, a lead or a byline."""
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


def _noted_rows(lines: list[Line]) -> None:
    """Rows of people side by side, each a name with the post in brackets across a wide gap
    from the next: a roll's lines, text of its story, no heads (one such row is a roll's
    too: two names with their notes make no headline)."""
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


def _hotline_numbers(lines: list[Line]) -> None:
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


def _barred_tables(lines: list[Line]) -> None:
    """Three lines or more in a row, each its cells between bars and all with as many cells
    ('项目 | 冠军 | 亚军 | 第三名' / '男子篮球 | 九龙坡队 | 北碚队 | 渝北队' / …): a table's
    rows, text of a story, not a site's menus (a menu is one line, or rows of unlike
    length); the head-like line right above is its title."""
    if not any("|" in line.text or "｜" in line.text for line in lines):
        return
    for at, end in _adjacent_spans(lines,
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


def _lone_table_rules(lines: list[Line]) -> None:
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


def _cell_tables(lines: list[Line]) -> None:
    """A table a PDF gave one cell a line, under its header's cells ('姓名' / '性别' / … /
    '拟任职务' / '韦志刚' / '男' / …) or right over its source ('数据来源：…'): its rows, each
    one line again where the header says how many cells a row has ('韦志刚　　男　　1982.05
    　　…'), text of its story, none of them a head; the line right above, its title."""
    dropped: set[int] = set()
    # (a header's cells may have been read as a site's menu, one word a line)
    for start, end in _adjacent_spans(lines, lambda line: (line.kind is not Kind.NOISE
                                                           or line.rule == "menu-entry")
                                      # (most lines are paragraphs, far too long: told apart
                                      # first)
                                      and (len(line.normal) <= CELL_MAX
                                           or len(line.normal.replace(" ", "")) <= CELL_MAX)
                                      and not is_closed(line.normal)
                                      # (one cell: no row of cells set apart, no bulleted head)
                                      and not _WIDE_GAP.search(line.text.strip())
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


def _adjacent_runs(lines: list[Line], test: Callable[[Line], bool]) -> Iterator[list[Line]]:
    """The longest runs of lines, no Markdown heading among them, that pass ``test`` one right
    under the other (no blank line between)."""
    for start, end in _adjacent_spans(lines, test):
        yield lines[start:end]


def _adjacent_spans(lines: list[Line], test: Callable[[Line], bool],
                    gap: int = 1) -> Iterator[tuple[int, int]]:
    """Where ``_adjacent_runs`` finds its runs: each run's first index and the index after it
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


DISCLOSURE_LABELS_MIN = 2
DISCLOSURE_VALUE_MAX = 60  # characters of a cell's value (a document's number, its title)


def _disclosure_cells(lines: list[Line]) -> None:
    """A government site's disclosure table copied one cell a line ('索引号：' /
    '11500109009312345X/2026-00031' / '发布机构：' / '北碚区政府办公室' …): with two or more
    labels alone on their lines, each label and the value right under it are chrome."""
    label = words()["disclosure_label_re"]
    labels = [at for at, line in enumerate(lines) if not line.level and label.match(line.normal)]
    if len(labels) < DISCLOSURE_LABELS_MIN:
        return
    for at in labels:
        lines[at].kind, lines[at].rule = Kind.NOISE, "web-chrome"
        value = lines[at + 1] if at + 1 < len(lines) else None
        if (value is not None and value.number == lines[at].number + 1 and not value.level
                and not label.match(value.normal) and len(value.normal) <= DISCLOSURE_VALUE_MAX):
            value.kind, value.rule = Kind.NOISE, "web-chrome"


_RATING_CELLS = (frozenset({"顶", "頂", "赞", "讚"}), frozenset({"踩", "反对", "反對"}))


def _rating_widget(lines: list[Line]) -> None:
    """A forum's rating widget copied one cell a line ('顶' / '12' / '踩' / '0'): chrome."""
    for at in range(len(lines) - 3):
        up, ups, down, downs = lines[at:at + 4]
        if (up.normal in _RATING_CELLS[0] and down.normal in _RATING_CELLS[1]
                and ups.normal.isdigit() and downs.normal.isdigit()
                and downs.number - up.number == 3 and not up.level):
            for cell in (up, ups, down, downs):
                cell.kind, cell.rule = Kind.NOISE, "web-chrome"


# The label over a site robot's suggested questions ('猜你想问' / '…什么时候开始？' / …).
_SUGGESTIONS_LABELS = frozenset({"猜你想问", "猜你想搜", "热门问题", "常见问题"})
SUGGESTION_MAX = 40  # characters of a suggested question


def _suggested_questions(lines: list[Line]) -> None:
    """The questions a site's answering robot suggests, one a line under its label
    ('猜你想问' / '灵活就业人员社保补贴怎么申领？'): chrome, like the label."""
    for at, label in enumerate(lines):
        if label.kind is not Kind.NOISE or label.normal not in _SUGGESTIONS_LABELS:
            continue
        last = label
        for line in lines[at + 1:]:
            if (line.number != last.number + 1 or line.kind is Kind.NOISE or line.level
                    or len(line.normal) > SUGGESTION_MAX or line.normal[-1:] not in "?？"):
                break
            line.kind, line.rule, last = Kind.NOISE, "web-chrome", line


# A countdown box read a cell a line: '距北京奥运会开幕' / '还有' / '100' / '天' (or on one line).
_COUNTDOWN = re.compile(r"^距\S{2,24}?(?:还有|還有|仅剩|僅剩|只剩|倒计时|倒計時)\s*\d{1,4}\s*天$")
COUNTDOWN_LINES_MAX = 4  # lines the count's words take at most
BOX_LINE_MAX = 12  # characters of a line of the box under the count (its day, its slogan)


def _countdown_box(lines: list[Line]) -> None:
    """A countdown box (报眼) over a page ('距北京奥运会开幕' / '还有' / '100' / '天' / '2008.8.8'
    / '同一个世界　同一个梦想'), read a cell a line: the count and the short lines set with it,
    up to the first blank line, are the page's furniture, no headline or folio."""
    for at, line in enumerate(lines):
        if line.level or not line.normal.startswith("距"):
            continue
        for size in range(1, COUNTDOWN_LINES_MAX + 1):
            run = lines[at:at + size]
            if len(run) < size or run[-1].number - line.number != size - 1:
                break
            if _COUNTDOWN.match("".join(cell.normal for cell in run)):
                end = at + size
                while (end < len(lines) and lines[end].number == lines[end - 1].number + 1
                       and len(lines[end].normal) <= BOX_LINE_MAX and not lines[end].level):
                    end += 1
                for cell in lines[at:end]:
                    cell.kind, cell.rule = Kind.NOISE, "countdown-box"
                break


def _repeated_page_heads(lines: list[Line]) -> None:
    """A paper's name printed over the page's masthead line again above each article of a
    page saved article by article ('秀山报' / '2023年09月26日　星期二' / …, three times): the
    page's head each time, furniture."""
    heads: dict[str, list[Line]] = {}
    for line, below in pairwise(lines):
        if (line.kind is Kind.HEADLIKE and not line.level and below.kind is Kind.NOISE
                and below.rule == "masthead" and below.number == line.number + 1):
            heads.setdefault(line.normal, []).append(line)
    for repeated in heads.values():
        if len(repeated) >= 2:
            for line in repeated:
                line.kind, line.rule = Kind.NOISE, "masthead"


# A browser's title of a saved page: the article's title and the site's name after a dash or
# a bar ('区人大常委会举行宪法宣誓仪式-江津人大', '… _ 华龙网', '… | 重庆日报').
# (a site's name has words: not '首末班时间：6:30—22:00', '寻亲编号：WB2019-0371')
_BROWSER_TITLE = re.compile(r"^(?P<title>\S.{3,80}?)\s*(?:[-_|｜]|——|—|–)\s*"
                            rf"(?P<site>(?=[^\s\-_|｜—–]*[{HAN}]{{2}})[^\s\-_|｜—–]{{2,16}})$")
BROWSER_TITLE_GAP = 15  # lines from a browser's title down to the title it repeats
BROWSER_TITLE_MAX = 100  # characters of a browser's title line (a title and a site's name)
BROWSER_TITLE_PART_MIN = 8  # characters of the first line of a title printed over two
BROWSER_TITLE_HEAD_MAX = 40  # characters of a title read as text that is made a head


def _browser_titles(lines: list[Line]) -> None:
    """A saved page's browser title (the article's title, a dash, the site's name) over the
    page's chrome and the article's own title: chrome, when that title follows it."""
    for at, line in enumerate(lines):
        if (line.kind not in (Kind.HEADLIKE, Kind.BODY) or line.level
                or len(line.normal) > BROWSER_TITLE_MAX):
            continue
        if (titled := _BROWSER_TITLE.match(line.normal)) is None:
            continue
        title = titled["title"].replace(" ", "")
        # (the title may be printed over two lines: '…常务委员会公告' / '（第12号）')
        if any(below.kind is Kind.HEADLIKE and (head := below.normal.replace(" ", ""))
               and (head.startswith(title) or (len(head) >= BROWSER_TITLE_PART_MIN
                                               and title.startswith(head)))
               for below in lines[at + 1:at + 1 + BROWSER_TITLE_GAP]):
            # (its own rule: the site's name in it is no paper's, as a masthead's would be)
            line.kind, line.rule = Kind.NOISE, "browser-title"
            continue
        # The title printed again whole as a line of text ('…这些重庆地名你读对了吗？', read as
        # text for its closing mark): the article's head, however it ends.
        again = next((below for below in lines[at + 1:at + 1 + BROWSER_TITLE_GAP]
                      if below.kind is Kind.BODY and not below.level
                      and below.normal.replace(" ", "") == title), None)
        if again is not None and len(title) <= BROWSER_TITLE_HEAD_MAX:
            line.kind, line.rule = Kind.NOISE, "browser-title"
            again.kind, again.rule = Kind.HEADLIKE, "browser-titled"


# A forum poster's card: its counts (主题 57　　帖子 411　　积分 2863) under the poster's name.
_POSTER_COUNTS = re.compile(r"^主题\s*\d+\s+帖子\s*\d+\s+积分\s*\d+$")
POSTER_NAME_MAX = 20  # characters of a poster's name


def _poster_names(lines: list[Line]) -> None:
    """A forum's poster's name right above the counts of the poster's card ('龙水湖边的鱼' /
    '主题 3　　帖子 96　　积分 210'): chrome, no headline."""
    for above, line in pairwise(lines):
        if (_POSTER_COUNTS.match(line.normal) and above.number == line.number - 1
                and not above.level and len(above.normal) <= POSTER_NAME_MAX
                and above.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                and not CLAUSE_MARK.search(above.normal)):
            above.kind, above.rule = Kind.NOISE, "web-chrome"


_SUMMARY_FIELD = re.compile(r"^(?:摘要|摘\s要|内容摘要|內容摘要)\s*[:：]\s*\S")
# A page saver's excerpt block over the article ('> ## Excerpt' / '> 5月14日，…').
_EXCERPT = re.compile(r"^#{0,6}\s*Excerpt$", re.IGNORECASE)


def _summary_fields(lines: list[Line]) -> None:
    """A site's summary field under an article's information line ('2012-11-6 09:12| 发布者:
    …' / '摘要: 11月5日，…'), or a page saver's excerpt under its label ('## Excerpt' / '5月14日，
    …'): a copy of the lead, chrome."""
    for a, b in pairwise(lines):
        excerpt = bool(_EXCERPT.match(a.normal))
        if excerpt:
            a.kind, a.rule = Kind.NOISE, "web-chrome"
        if b.kind is Kind.BODY and b.number - a.number <= 2 and (excerpt or (
                info_line(a) and _SUMMARY_FIELD.match(b.normal))):
            b.kind, b.rule = Kind.NOISE, "web-chrome"


_SENTENCE_INSIDE = re.compile(r"[。！？!?][^”’」）)]")
_CLAUSE_INSIDE = re.compile(r"[，,：:；;]")


_READING_TIME = re.compile(r"^\d{1,3}(?:\s*[–—~-]\s*\d{1,3})?\s*分钟$")
READER_HEADER_LINES = 6  # lines at the top of a page a reader view's header takes
BYLINE_SLOT_MAX = 16  # characters of the account or site a reader view names as the byline


def _reader_view_header(lines: list[Line]) -> None:
    """A browser's reader view over an article ('mp.weixin.qq.com' / title / '两江新区发布' /
    '5–6 分钟'): its estimate of the reading time, and the account or site in the byline's
    slot right above it, are chrome."""
    for at, line in enumerate(lines[:READER_HEADER_LINES]):
        if line.level or not _READING_TIME.match(line.normal):
            continue
        line.kind, line.rule = Kind.NOISE, "web-chrome"
        above = lines[at - 1] if at >= 2 else None  # (not the title itself)
        if (above is not None and above.number == line.number - 1 and not above.level
                and len(above.normal) <= BYLINE_SLOT_MAX and not CLAUSE_MARK.search(above.normal)):
            above.kind, above.rule = Kind.NOISE, "web-chrome"


# '莴笋………………………1.2元/斤': a name, dot leaders, its value (a price list, a timetable)
_LEADER_ROW = re.compile(rf"^[{HAN}]\S{{0,15}}?\s*(?:[.…·．]\s*){{3,}}\s*[^.…·．\s].{{0,20}}$")
LEADER_ROWS_MIN = 2


def _leader_rows(lines: list[Line]) -> None:
    """Two or more lines of a name, dot leaders and a value ('莴笋…………1.2元/斤') are a
    list's rows, each its own paragraph, never heads (a contents box's teasers over their
    page numbers are its own rule's: they are read first)."""
    rows = [line for line in lines if line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
            and _LEADER_ROW.match(line.normal)]
    if len(rows) >= LEADER_ROWS_MIN:
        for row in rows:
            row.kind, row.rule = Kind.BODY, "table-row"


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


def _prize_rows(lines: list[Line]) -> None:
    """Two or more rows of a prize list are its text, never heads, each opening a paragraph
    (a wrapped row goes on); so are the labels of the list's groups right above a row, each
    a paragraph of its own ('成人组' / '一等奖（1名）：空缺'), and a labelled roll right under
    the last row ('评委（按姓氏笔画为序）：…')."""
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
LIST_ROWS_MIN = 2
_LIST_ROW_KINDS = frozenset({Kind.HEADLIKE, Kind.LEAD, Kind.NAME, Kind.BODY})


def _list_rows(lines: list[Line]) -> None:
    """The lines set close under a list's title, below its first bracketed note ('…增补委员
    名单' / '（…会议通过）' / '（共7名，按姓氏笔画为序）' / '王　敏（女）　民进…副主委'), are
    the list's rows, each opening a paragraph (a row's wrapped line goes on with it), never
    heads or a profile's items."""
    for at, title in enumerate(lines):
        if title.kind is not Kind.HEADLIKE or title.level or not LIST_TITLE.fullmatch(
                title.normal.replace(" ", "")):
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


ACCOUNT_NAME_MAX = 10  # characters of an account's name under its avatar


def _account_under_avatar(lines: list[Line]) -> None:
    """An account's avatar and name over an article's information line ('[图片]' / '涪陵发布' /
    '发布时间：04-12 09:30'): the name is the platform's byline of the account, chrome (the
    article's title is above the avatar)."""
    for at, (avatar, name) in enumerate(pairwise(lines)):
        if (avatar.rule != "image" or name.kind is not Kind.HEADLIKE or name.level
                or len(name.normal) > ACCOUNT_NAME_MAX or avatar.number + 1 != name.number):
            continue
        # (the account's description may stand between: '梁平区融媒体中心官方账号')
        below = [line for line in lines[at + 2:at + 4] if line.number - name.number <= 2]
        if below and below[0].rule == "web-chrome" and not info_line(below[0]):
            below = below[1:]
        if below and info_line(below[0]):
            name.kind, name.rule = Kind.NOISE, "web-chrome"


# A post with no title line opens its text with the title in brackets ('【梁平：双桂湖畔“荷”你有约
# 首届荷花节开幕】7月16日上午，…'): the title 8–40 characters, no sentence's end inside.
_BRACKETED_TITLE = re.compile(r"^【(?P<title>[^【】。！？!?]{8,40})】\s*(?P<rest>\S.{9,})$")


def _bracketed_title(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """The first text of a page with no head above it, opening with its title in brackets:
    the title is the story's head line, the rest its first paragraph."""
    for at, line in enumerate(lines):
        if line.kind is Kind.NOISE:
            continue
        if line.kind is not Kind.BODY or line.level or (
                titled := _BRACKETED_TITLE.match(line.text.strip())) is None:
            return
        head = classify(line.number, titled["title"], gazetteer)
        head.kind, head.rule = Kind.HEADLIKE, "bracketed-title"
        lines[at:at + 1] = [head, classify(line.number, titled["rest"], gazetteer)]
        return


_HTML_TABLE_OPEN = re.compile(r"^<table\b", re.IGNORECASE)
_HTML_TABLE_CLOSE = re.compile(r"</table>\s*$", re.IGNORECASE)


def _html_tables(lines: list[Line]) -> None:
    """A raw HTML table a converter left (`<table>` / `<tr>` / `<td>管制路段</td>` / …): its
    tags are chrome, its cells the text, each a row, never heads."""
    inside = False
    for line in lines:
        if _HTML_TABLE_OPEN.match(line.text):
            inside = True
        elif _HTML_TABLE_CLOSE.search(line.text):
            inside = False
        elif inside and line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.DATE) and not line.level:
            line.kind, line.rule = Kind.BODY, "table-row"


# (the label may stand between dashes or in brackets: '——分类广告——', '【分类广告】')
# (or with its hotline beside it: '分类广告　　　　刊登热线：68781234')
_CLASSIFIEDS = re.compile(
    r"^[—\-【\[■●]*(?:分类广告|分類廣告|分类信息|分類信息|便民信息|信息超市)[—\-】\]]*"
    r"(?:(?:刊登|广告|廣告)?(?:热线|熱線|电话|電話)[:：]?[\d\-—]{6,})?$")
_PHONE = re.compile(r"(?:电话|電話|热线|熱線|联系)\S{0,4}[:：]?\s*[\dxX×*—-]{6,}")


def _classified_ads(lines: list[Line]) -> None:
    """The ads under a classifieds label ('分类广告' / '●渝中区解放碑写字楼出租，…电话：1360…'),
    each naming a phone number, are ads, never briefs."""
    for at, line in enumerate(lines):
        if not _CLASSIFIEDS.match(line.normal.replace(" ", "")):
            continue
        last, ads = line, 0
        for k in range(at + 1, len(lines)):
            ad = lines[k]
            if ad.number - last.number > 2 or ad.level:
                break
            if ad.kind is Kind.NOISE:  # ('遗失声明' and its notices, read already)
                last = ad
                continue
            # ('门面招租' / '杨家坪步行街旁临街门面一间，…电话：68786543　王先生': an ad's head
            # over the ad that names the phone)
            headed = (ad.kind is Kind.HEADLIKE and len(ad.normal.replace(" ", "")) <= AD_HEAD_MAX
                      and k + 1 < len(lines) and lines[k + 1].number == ad.number + 1
                      and _PHONE.search(lines[k + 1].normal) is not None)
            if not headed and not _PHONE.search(ad.normal):
                break
            ad.kind, ad.rule, last = Kind.NOISE, "advert", ad
            ads += 1
        if not ads:  # (no ad on a line of its own: ads wrapped over a narrow column)
            _wrapped_ads(lines, at)


AD_HEAD_MAX = 8  # characters of a classified ad's head ('门面招租', '房屋出租', '诚聘')
HEADED_AD_LINES = 10  # lines under a classified ad's head, at most


def _headed_ads(lines: list[Line]) -> None:
    """A classified ad under its own head, no classifieds label over it ('诚　聘' / '…公司因
    业务发展需要，现面向社会招聘：' / the posts / '待遇：…' / '联系人：王先生　　电话：…'): the
    head is a word of layout.yaml's ``classified_heads`` alone on its line, the lines set close
    under it name a phone; head and lines are the ad, no story."""
    heads = words()["classified_heads_set"]
    for at, line in enumerate(lines):
        if line.level or line.kind is not Kind.HEADLIKE or (
                line.normal.replace(" ", "").strip("【】[]■●◆") not in heads):
            continue
        block = [line]
        for ad in lines[at + 1:at + 1 + HEADED_AD_LINES]:
            if ad.number != block[-1].number + 1 or ad.level or dateline(ad.normal[:120]):
                break
            block.append(ad)
        if len(block) > 1 and _PHONE.search(block[-1].normal):
            for ad in block:
                ad.kind, ad.rule = Kind.NOISE, "advert"


CLASSIFIED_PHONE_LINES = 4  # lines of a box of wrapped ads for each phone number in it


def _wrapped_ads(lines: list[Line], at: int) -> None:
    """The box under the classifieds label at ``at`` when its ads wrap over lines of a
    narrow column ('分　类　广　告' / '遗失声明：几江镇长风路12号陈建国遗' / '失身份证，…声明作废。'
    / '门面招租：…' / '水电齐全。电话：4521036　王先生'): every line of text to the first
    blank line is an ad, with the label, when a phone number is printed for each few lines."""
    run: list[Line] = []
    last = lines[at]
    for ad in lines[at + 1:]:
        if ad.number - last.number > 1 or ad.level or ad.kind not in (Kind.BODY, Kind.HEADLIKE):
            break
        run.append(ad)
        last = ad
    phones = sum(1 for ad in run if _PHONE.search(ad.normal.replace("O", "0")))
    if run and phones * CLASSIFIED_PHONE_LINES >= len(run):
        for ad in (lines[at], *run):
            ad.kind, ad.rule = Kind.NOISE, "advert"


# A notice's contact line: who to call and the number ('联系人：刘先生　　联系电话：138…',
# '报名电话：023-53220000'); not a paper's or an advertiser's hotline (新闻热线, 广告).
_CONTACT_LINE = re.compile(r"^(?:联系人|聯繫人|联系电话|聯繫電話|咨询电话|諮詢電話"
                           r"|报名电话|報名電話|联系方式|聯繫方式)\s*[:：]")
_NOT_CONTACT = re.compile(r"热线|熱線|广告|廣告|投稿|扫码|二维码")
CONTACT_LINE_MAX = 40


def _notice_contacts(lines: list[Line]) -> None:
    """A notice's contact line right under its text (or a blank line under it, alone)
    closes the notice: '寻物启事' / '…不慎遗失黑色双肩包一个…' / '联系人：刘先生　　联系电话：
    138 0000 6218'. Read as an advertisement (it names a phone), it was cut from the notice
    it belongs to; under a report's text it is still an advert."""
    notices = tuple(words()["notice_types"])
    head: Line | None = None  # the last head above
    for at, line in enumerate(lines):
        if line.kind is Kind.HEADLIKE:
            head = line
        if (at == 0 or line.rule != "advert" or not _CONTACT_LINE.match(line.normal)
                or _NOT_CONTACT.search(line.normal) or len(line.normal) > CONTACT_LINE_MAX
                or head is None or not head.normal.replace(" ", "").endswith(notices)):
            continue
        above = lines[at - 1]
        below = lines[at + 1] if at + 1 < len(lines) else None
        # (a blank line between only when it stands alone: an advertisement's phone is one
        # line of a block)
        alone = below is None or below.number - line.number > 1 or below.kind is not Kind.BODY
        if above.kind is Kind.BODY and line.number - above.number <= (2 if alone else 1):
            line.kind, line.rule = Kind.BODY, "notice-contact"


def _heads_over_datelines(lines: list[Line]) -> None:
    """A head read as an advertisement for a word ads use ('黑山谷景区推出“错峰游”优惠') right
    over a dateline ('本报讯（记者　陈　瑶）'), or over paragraphs its reporter's closing credit
    signs ('五一景区优惠看过来' / '◆南川金佛山：…' / … / '（本报记者　秦　岭　整理）'): a paper's
    report, so its headline."""
    for at, (a, b) in enumerate(pairwise(lines)):
        if (a.rule == "advert" and not a.level and b.kind is Kind.BODY
                and b.number - a.number <= 2 and headline_shape(a.text, a.normal)
                and (dateline(b.normal[:120]) or _signed_by_reporter(lines, at + 1))):
            a.kind, a.rule = Kind.HEADLIKE, "headline-shape"
    # ('多款热销SUV优惠加码' / '最高现金优惠3万元' / '记者　王　川'): heads right over a
    # reporter's byline, however many offers they name
    for at, line in enumerate(lines):
        if line.kind is not Kind.BYLINE or not line.names or "记者" not in line.normal:
            continue
        # (one line more than a head run holds: a longer run of them is no head)
        above = lines[max(0, at - HEADS_OVER_BYLINE_MAX - 1):at]
        heads = list(takewhile(lambda h: h.rule == "advert" and not h.level
                               and headline_shape(h.text, h.normal), reversed(above)))
        if (heads and len(heads) <= HEADS_OVER_BYLINE_MAX
                and all(b.number - a.number == 1 for a, b in pairwise([*heads[::-1], line]))):
            for head in heads:
                head.kind, head.rule = Kind.HEADLIKE, "headline-shape"


SIGNED_TEXT_MAX = 12  # lines of text between a head and the reporter's credit signing it
HEADS_OVER_BYLINE_MAX = 3  # a kicker, a headline and a deck


def _signed_by_reporter(lines: list[Line], start: int) -> bool:
    """True when the text from ``start`` on runs, a paragraph after another, into a closing
    credit naming a reporter ('（本报记者　秦　岭　整理）')."""
    for line in lines[start:start + SIGNED_TEXT_MAX + 1]:
        if line.kind is Kind.CREDIT:
            return bool(line.names) and "记者" in line.normal
        if line.kind is not Kind.BODY or line.level:
            return False
    return False


def _dotted_menus(lines: list[Line]) -> None:
    """A site's menu of channels, one a line under a dot ('· 南川要闻' / '· 部门动态' /
    '· 镇街动态'): three or more such short lines together are chrome, never heads."""
    for run in _adjacent_runs(lines, lambda line: bool(_MENU_ENTRY.match(line.normal))):
        if len(run) >= MENU_ENTRIES_MIN:
            for entry in run:
                entry.kind, entry.rule = Kind.NOISE, "web-chrome"


_MENU_WORD = re.compile(rf"^[{HAN}]{{4,8}}$")
SIDE_MENU_ENTRIES_MIN = 4  # a side menu's entries, one a line, at least


def _side_menus(lines: list[Line]) -> None:
    """A site's side menu of its channels, one a line right under the site's chrome
    ('当前位置：…' / '通知公告' / '政策文件' / '人事信息' / '招考录用' / '财政预决算'): four or
    more short words together, no heads."""
    for start, end in _adjacent_spans(lines, lambda line: line.kind is Kind.HEADLIKE
                                      and bool(_MENU_WORD.match(line.normal))):
        above = lines[start - 1] if start else None
        if (end - start >= SIDE_MENU_ENTRIES_MIN and above is not None
                and above.kind is Kind.NOISE and above.number == lines[start].number - 1):
            for entry in lines[start:end]:
                entry.kind, entry.rule = Kind.NOISE, "web-chrome"


_SETEXT_RULE = re.compile(r"^={3,}$")


def _setext_headings(lines: list[Line]) -> None:
    """A Markdown title underlined with '=' ('重庆涪陵：青菜头喜获丰收' / '========'): a page
    converted to Markdown sets its article's title so, as '# …'. The underline is the
    heading's mark, as '#' is: it goes, so that a deck under it joins the title's run. Only
    on a page with other Markdown (a '#' heading, a list of links, an image): a plain page's
    row of '=' is a rule."""
    if not any(line.level or line.rule == "link-list" or line.text.startswith("![")
               for line in lines):
        return
    marks = set()
    for a, b in pairwise(lines):
        if (b.rule == "rule-line" and _SETEXT_RULE.match(b.text) and b.number == a.number + 1
                and not a.level and a.kind in (Kind.HEADLIKE, Kind.BODY)):
            a.kind, a.level, a.rule = Kind.HEADING, 1, "setext-heading"
            marks.add(id(b))
    if marks:
        lines[:] = [line for line in lines if id(line) not in marks]


def relabel(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Line]:
    """Run the page passes over ``lines`` in order (``PASSES_BEFORE_LABELS``, then
    ``_labelled_paragraphs``, then ``PASSES_AFTER_LABELS``); ``gazetteer``: the build's, for
    the passes that need places (``PLACE_PASSES``)."""
    for page_pass in PASSES_BEFORE_LABELS:
        _run(page_pass, lines, gazetteer)
    _labelled_paragraphs(lines)
    for page_pass in PASSES_AFTER_LABELS:
        _run(page_pass, lines, gazetteer)
    return lines


def _run(page_pass: PagePass, lines: list[Line], gazetteer: Gazetteer | None) -> None:
    if page_pass in PLACE_PASSES:
        page_pass(lines, gazetteer)
    else:
        page_pass(lines)


def _labelled_paragraphs(lines: list[Line]) -> None:
    """Page-level pass: a label printed before a colon on two or more lines of the page
    ('报告内容：…', '区县目标：…'), or ending in a form field's word ('来信地址：…'), makes a
    line a labelled paragraph, not a headline; a single 'place：topic' line
    ('巴南：花木搭上数字快车') stays a headline."""
    fields = tuple(words()["field_labels"])
    counts: dict[tuple[str, bool], int] = {}  # (label, before a colon): lines
    seen: set[str] = set()
    for line in lines:
        # A line printed twice (a title in a site's list and over its article) is one; the
        # page's chrome ('人和街道：…进社区_两江新区网', a window's title) counts no label.
        # (A label counts with labels of its own form: a brief's town run in in brackets,
        # '【三合街道】6月8日，…', makes no 'place：topic' head of the same town a label.)
        if (line.kind is not Kind.NOISE and (form := _label_form(line.normal)) is not None
                and line.normal not in seen):
            seen.add(line.normal)
            counts[form] = counts.get(form, 0) + 1
    boxed = _labelled_runs(lines)
    for index, line in enumerate(lines):
        form = _label_form(line.normal)
        label = form[0] if form is not None else None
        if line.kind is Kind.HEADLIKE and not _quote_headline(lines, index) and (
                not _DATED_TITLE.match(line.normal)) and (
                # ('草街街道：“法律明白人”进村入户' / '发布时间：…　来源：…': a web article's title
                # over its information line, however labelled)
                index + 1 >= len(lines) or not info_line(lines[index + 1])) and (
                index in boxed or _QA_LABEL.match(line.normal) or (
                form is not None and (counts[form] > 1 or form[0].endswith(fields)
                                      # ('本期嘉宾：…科长　何　静': who answers, alone)
                                      or form[0].endswith(_EXPERT)))):
            # '专家：刘建国  某医院主任医师': who answers, on a line of its own.
            expert = label is not None and label.endswith(_EXPERT)
            line.kind, line.rule = Kind.BODY, "expert-line" if expert else "labelled-paragraph"
        elif (line.rule == "body" and index and _quoted_head(line.normal) and (
                (lines[index - 1].kind is Kind.HEADLIKE
                 and words()["rubric_any_re"].search(lines[index - 1].normal))
                # ('“有了这条路，红橙不愁卖了”' / '本报讯　“以前…”5月15日，…': set apart over
                # a dateline)
                or (index + 1 < len(lines) and lines[index + 1].kind is Kind.BODY
                    and lines[index - 1].number < line.number - 1
                    and dateline(lines[index + 1].normal[:120]))
                # ('“娃儿没事就好！”' / '——村民…勇救落水少年' / '记者 A': over its dashed
                # deck and the byline under it)
                or _over_deck_and_byline(lines, index))):
            # '口述实录' / '“那条路，是我们一锤一锤凿出来的”': a quotation under a rubric heads.
            line.kind, line.rule = Kind.HEADLIKE, "quoted-headline"
        elif (line.rule == "body" and index + 1 < len(lines)
              # ('路灯何时再亮？（来信）': a question, the piece's genre tagged after it)
              and _asking_head(words()["genre_tag_re"].sub("", line.normal) or line.normal)
              and not _RUN_IN_LABEL.match(line.normal)  # '【读者问】…？' asks in a Q&A
              # ('…向周师傅说一声：谢谢您！好人一生平安！': sentences with their clauses, a
              # letter's last words; not two questions: '暑托班在哪报名？夜间施工扰民怎么办？')
              and not (_SENTENCE_INSIDE.search(line.normal[:-1])
                       and _CLAUSE_INSIDE.search(line.normal))
              # '…说一声：' / '谢谢你们！': what a sentence ending in a colon goes on to say
              and not (index and lines[index - 1].normal.endswith(":"))):
            nxt, above = lines[index + 1], lines[index - 1] if index else None
            # (or set apart, unindented, above an indented paragraph of a page whose
            # paragraphs are indented: '公交站台能否加装遮阳棚？' over a reader's letter)
            # (a page of one line a paragraph indents them with no rule of its own)
            apart = (above is not None and above.number < line.number - 1
                     and line.indent not in PARAGRAPH_INDENT and nxt.number == line.number + 1
                     and (nxt.rule == "indented-paragraph"
                          or (nxt.kind is Kind.BODY and nxt.indent in PARAGRAPH_INDENT)))
            # (or over a deck that stands over the byline or the article's information line:
            # '装修工人…受伤　谁来担责？' / '法院：…分担' / '2022-11-10　　来源：重庆晚报')
            over_deck = (nxt.kind is Kind.HEADLIKE and not nxt.level and index + 2 < len(lines)
                         and nxt.number == line.number + 1
                         and (lines[index + 2].kind is Kind.BYLINE
                              or info_line(lines[index + 2])))
            if apart or over_deck or nxt.kind is Kind.BYLINE or (nxt.kind is Kind.BODY and (
                    dateline(nxt.normal[:120]) or _RUN_IN_LABEL.match(nxt.normal)
                    # ('公积金贷款买二手房　要注意哪些事？' / '编者按：近期，…': over an
                    # editor's note)
                    or nxt.normal.startswith(tuple(words()["note_labels"]))
                    # ('买蜂窝煤为啥这样难？' / '编辑同志：': over a reader's letter, the
                    # salutation alone on its line or its text run in after it)
                    or LETTER_SALUTATION.match(nxt.normal) or _TO_THE_EDITOR.match(nxt.normal)
                    )) or (
                    above is not None and ((above.kind is Kind.HEADLIKE
                                           and (words()["rubric_any_re"].search(above.normal)
                                                or _box_label_line(above.normal)))
                                           or above.kind is Kind.CREDIT
                                           or above.rule == "editors"
                                           # (under an article's byline, unindented and set
                                           # apart from the text below)
                                           or (line.indent not in PARAGRAPH_INDENT
                                               and nxt.number > line.number + 1
                                               and _under_byline(lines, index)))):
                # "今年秋天，去哪儿看红叶？" above a byline, a dateline or a run-in label
                # ('【网友留言】我家住在…'), under a rubric ('健康问答'), or right after the
                # story above ended ('（记者 A）', '（责任编辑：B）'): a headline.
                line.kind, line.rule = Kind.HEADLIKE, "question-headline"


# '◆城西片区计划停电公告　3月17日（星期日）…': a notice board's entry, its title after a
# bullet and a wide space before its text (the title's bold lost in the text layer).
_BULLETED_TITLE_RUN_IN = re.compile(
    rf"^[{re.escape(BRIEF_BULLETS)}]\s*(?P<title>[^\s\u3000]{{2,20}})\u3000+(?P<rest>\S.*)$")
# (a bulleted subhead's line as the line rule keeps it, its bullet taken off)
_TITLE_RUN_IN = re.compile(r"^(?P<title>[^\s\u3000]{2,20})\u3000+(?P<rest>\S.*)$")
BULLETED_TITLES_MIN = 3


def _bulleted_run_in_titles(lines: list[Line]) -> None:
    """A column of entries each opening with a bullet, its title and a wide space before the
    text, three or more: the items of the roundup over them, each headed by its title."""
    found = [(at, match) for at, (line, below) in enumerate(pairwise(lines))
             if (line.rule == "bulleted-subhead" or line.text.lstrip()[:1] in BRIEF_BULLETS)
             and line.kind in (Kind.BODY, Kind.HEADLIKE, Kind.SUBHEAD) and not line.level
             and line.heading is None
             and (match := (_TITLE_RUN_IN if line.rule == "bulleted-subhead"
                            else _BULLETED_TITLE_RUN_IN).match(line.text.strip()))
             and below.number == line.number + 1 and below.kind in (Kind.BODY, Kind.HEADLIKE)
             # (the entry's text runs on below; an indented paragraph under the line makes it
             # a head of two parts: '■地下通道积水发臭　市政部门当天抽排' / '　　“通道里…')
             and not below.indent]
    # (each entry has a title of its own: '■读者　渝北区　王女士' thrice is a speaker's label;
    # and the first stands under the board's head: '■部门回应　南岸区…' under a story's text
    # runs a part's label into it)
    # (a title as wide as the column stands alone over its text, in the same board:
    # '■垫江牡丹文化节接待游客32万人次' / '　记者4月23日从…')
    alone = _titles_alone_in_board(lines, [at for at, _ in found])
    if (len(found) + len(alone) < BULLETED_TITLES_MIN or len(found) < BULLETED_RUN_INS_MIN
            or len({m["title"] for _, m in found}) < len(found)
            or (first := found[0][0]) == 0
            or lines[first - 1].kind not in (Kind.HEADLIKE, Kind.HEADING, Kind.LABEL)):
        return
    for at in reversed(alone):  # (from the last: each takes the line below it)
        title, text = lines[at], lines[at + 1]
        lines[at:at + 2] = [replace(text, heading=title.text.strip(), kind=Kind.BODY,
                                    rule="run-in-title")]
        found = [(k - (k > at), m) for k, m in found]
    for at, match in found:
        line = lines[at]
        line.heading, line.text = match["title"], match["rest"]
        line.norm, line.kind, line.rule = normalize(line.text), Kind.BODY, "run-in-title"
    for at, line in enumerate(lines):
        if line.rule == "run-in-title":
            _runs_on_below(lines, at)


BULLETED_RUN_INS_MIN = 2  # entries of such a board with their text run in, at least


def _bold_run_in_titles(lines: list[Line]) -> None:
    """Paragraphs each opening with its title in bold run in ('**井盖被偷　路人险掉坑**　昨日上午
    9时许，…'), two or more one after another under a head: the items of the piece over them,
    each headed by its title (a Markdown copy keeps the bold a page prints them in). So are a
    reference book's profiles, each opening with its subject's name in bold ('**韦德芬**　女，
    苗族，1971年3月生，…'), their portraits and names between them."""
    at = 0
    while at < len(lines):
        found: list[tuple[int, str, str]] = []
        end = at
        while end < len(lines):
            line = lines[end]
            if line.kind in (Kind.NOISE, Kind.NAME) and found:
                end += 1  # (a profile's portrait and its name between the profiles)
                continue
            titled = _bold_title(line)
            if titled is None:
                break
            found.append((end, *titled))
            end += 1
        profiles = all(_BOLD_PROFILE.match(lines[k].text.strip()) for k, _, _ in found)
        if len(found) >= BOLD_RUN_INS_MIN and at and (
                profiles or lines[at - 1].kind in (Kind.HEADLIKE, Kind.HEADING, Kind.LABEL)):
            for k, title, text in found:
                line = lines[k]
                line.heading, line.text = title, text
                line.norm, line.rule = normalize(line.text), "run-in-title"
        at = max(end, at + 1)


# A profile's subject in bold, then who they are: '**韦德芬**　女，苗族，1971年3月生，…'.
_BOLD_PROFILE = re.compile(
    rf"^\*\*(?P<title>[{HAN}·]{{2,4}})[\s\u3000]*\*\*[\s\u3000]*(?P<text>[男女][，,].{{8,}})$")


def _bold_title(line: Line) -> tuple[str, str] | None:
    """(title, text) of a paragraph opening with its title in bold run in, or None."""
    if line.kind is not Kind.BODY or line.level or line.heading is not None:
        return None
    text = line.text.strip()
    if (match := _BOLD_PROFILE.match(text)) and person_like(match["title"]):
        return match["title"], match["text"]
    # ('**【投诉】**…' / '**【调查】**…': one story's labelled parts, no items)
    if ((match := BOLD_RUN_IN.match(text)) and headline_shape(match["title"].strip())
            and match["title"].strip()[:1] not in "【[〔"):
        return match["title"].strip(), match["text"]
    return None


BOLD_RUN_INS_MIN = 2  # paragraphs with their titles in bold run in, one after another


def _titles_alone_in_board(lines: list[Line], run_ins: list[int]) -> list[int]:
    """Indexes of the bulleted titles alone on their lines, each over its text, among the
    entries ``run_ins`` of a board (from its first entry to the end of its lines, set close
    together)."""
    if not run_ins:
        return []
    alone: list[int] = []
    at = run_ins[0] + 1
    while (at < len(lines) - 1 and not lines[at].level and lines[at].kind is not Kind.LABEL
           and lines[at].number - lines[at - 1].number <= 2):
        line, below = lines[at], lines[at + 1]
        if (line.rule == "bulleted-subhead" and at not in run_ins and line.heading is None
                and headline_shape(line.normal) and below.kind in (Kind.BODY, Kind.HEADLIKE)
                and below.number == line.number + 1 and not below.level):
            alone.append(at)
        at += 1
    return alone


REPORT_OPENING_LINES = 3  # lines from a headless report's dateline to a head read inside it


def _heads_inside_reports(lines: list[Line]) -> None:
    """'本报讯（记者　赵　敏）记者昨日从中山镇获' / '悉，…将于5月28日' / '中山古镇端午龙舟赛下周四
    开桨' / '——全区二十支龙舟队将同场竞技' / '在笋溪河上举行，…': a headless report's head
    (and its deck) that the OCR read into its first sentence, short of the column's width or
    over a dashed deck, the sentence going on under it: the report's heads, no text."""
    width: int | None = None
    for at in range(1, len(lines) - 1):
        head, above = lines[at], lines[at - 1]
        # (most lines fail here: text with its clause's marks, or not under a line of text)
        if (head.kind not in (Kind.BODY, Kind.HEADLIKE) or head.level or head.indent
                or above.kind is not Kind.BODY or not is_han(above.normal[-1:])
                or CLAUSE_MARKS.search(head.normal)):
            continue
        deck = lines[at + 1] if DECK_DASHES.match(lines[at + 1].normal) else None
        if deck is not None and at + 2 >= len(lines):
            continue
        below = lines[at + 2] if deck is not None else lines[at + 1]
        if (below.kind is not Kind.BODY or below.indent or not is_han(below.normal[:1])
                or below.number - above.number != (3 if deck is not None else 2)
                or (deck is not None and CLAUSE_MARKS.search(deck.normal))
                or not headline_shape(head.normal)):
            continue
        if deck is None:
            width = width or column_width(lines)
            if width is None or len(head.normal) >= width - COLUMN_SLACK:
                continue
        opening = next((k for k in range(at - 1, max(-1, at - 1 - REPORT_OPENING_LINES), -1)
                        if dateline(lines[k].normal[:120])), None)
        if (opening is None or any(lines[k].kind is not Kind.BODY for k in range(opening, at))
                or (opening and lines[opening - 1].kind in (Kind.HEADLIKE, Kind.HEADING))):
            continue  # (a report with a head of its own above it)
        head.kind, head.rule = Kind.HEADLIKE, "head-inside-report"
        if deck is not None:
            deck.kind, deck.rule = Kind.HEADLIKE, "head-inside-report"


PAIRED_HEAD_MIN = 6  # characters of each of two headlines read across as one line


def _unbullet(line: Line) -> None:
    """``line`` without the bullet before its text ('■ 青年镇：…' → '青年镇：…')."""
    line.text = line.text.lstrip(BULLETS + " \u3000")
    line.norm = normalize(line.text)


def _split_lines(lines: list[Line], split: Callable[[Line, Line], Line | None]) -> None:
    """Each line that ``split`` (given it and the line below) cuts in two: it keeps the first
    part itself and returns the second, set on a line of its own right under it."""
    at = 0
    while at < len(lines) - 1:
        second = split(lines[at], lines[at + 1])
        at += 1
        if second is not None:
            lines.insert(at, second)
            at += 1


def _paired_heads(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """'忠县柑桔丰收不愁销　　　　　　巫溪首座村办电站發电' over text: two columns' headlines the
    scan read across as one line. The left one heads the text under it; the right one waits
    for the next report that opens with no head of its own (``Builder``)."""

    def split(line: Line, below: Line) -> Line | None:
        # (over a report's dateline: two cells of text side by side are no heads)
        if (line.kind is not Kind.HEADLIKE or line.level or below.kind is not Kind.BODY
                or not dateline(below.normal[:120])
                or len(parts := WIDE_GAP.split(line.text.strip())) != 2
                or min(len(part) for part in parts) < PAIRED_HEAD_MIN):
            return None
        left, right = (classify(line.number, part, gazetteer) for part in parts)
        if (left.kind is not Kind.HEADLIKE or right.kind is not Kind.HEADLIKE
                or CLAUSE_MARKS.search(left.normal + right.normal)):
            return None
        line.text, line.norm, line.rule = left.text, left.norm, "paired-head"
        right.rule = "paired-head-right"
        return right

    _split_lines(lines, split)


_CREDIT_MARK = re.compile(r"^[文图圖][/／｜|:：]")  # '文｜高二（5）班　罗子涵': a credit


def _heads_beside_bylines(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """'县农机站培训农机手　　　　本报通讯员　唐光明' over text: a headline and its byline the
    scan read as one line, set far apart: the head, then the byline, on lines of their own."""

    def split(line: Line, below: Line) -> Line | None:
        if (line.kind not in (Kind.HEADLIKE, Kind.BYLINE) or line.level
                # (over text, or a paragraph's indented first line a narrow column cut short)
                or not (below.kind is Kind.BODY or (below.kind is Kind.HEADLIKE and below.indent))
                or (gap := WIDE_GAP.search(text := line.text.strip())) is None):
            return None
        head, credit = text[:gap.start()], text[gap.end():]
        byline = classify(line.number, credit, gazetteer)
        if (byline.kind is not Kind.BYLINE or not byline.names
                # (the head reads as a head on its own: '文/记者　黄　磊　　图/…' is two credits)
                or classify(line.number, head, gazetteer).kind is not Kind.HEADLIKE
                or _CREDIT_MARK.match(head)):
            return None
        line.text, line.norm, line.kind, line.rule = head, normalize(head), Kind.HEADLIKE, \
            "head-beside-byline"
        return byline

    _split_lines(lines, split)


def _under_byline(lines: list[Line], at: int) -> bool:
    """Is the nearest line above ``lines[at]`` that is not furniture (a rule, a counter) a
    byline?"""
    above = next((lines[k] for k in range(at - 1, -1, -1) if lines[k].kind is not Kind.NOISE),
                 None)  # (by index: no copy of the page above per question)
    return above is not None and above.kind is Kind.BYLINE


def _over_deck_and_byline(lines: list[Line], at: int) -> bool:
    """Is the line at ``at`` right over a dashed deck ('——…') that a byline or a dateline
    follows (a head's place)?"""
    if at + 2 >= len(lines):
        return False
    deck, below = lines[at + 1], lines[at + 2]
    return (deck.kind is Kind.HEADLIKE and not deck.level and deck.normal[:1] in "—-"
            and bool(DECK_DASHES.match(deck.normal))
            and (below.kind is Kind.BYLINE
                 or (below.kind is Kind.BODY and bool(dateline(below.normal[:120])))))


# A name and the words quoted: '邓宇航：“在家门口进球，感觉就是不一样”'.
_NAMED_QUOTE = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*:\s*“[^“”]{4,30}”$")


def _quote_headline(lines: list[Line], at: int) -> bool:
    """A name and a quotation over the byline right under it heads an interview, even when
    the name labels the answers below ('邓宇航：“在家门口进球…”' / '晚报记者　宋　扬')."""
    line = lines[at]
    below = lines[at + 1] if at + 1 < len(lines) else None
    return (bool(_NAMED_QUOTE.match(line.normal)) and below is not None
            and below.kind is Kind.BYLINE and below.number == line.number + 1)


LABELLED_RUN_MIN = 3  # lines of a box of fields: 姓名：… / 出生：… / 项目：…


# '【开州新闻】2021年5月12日': a programme's name in brackets and its day, a title, no label.
_DATED_TITLE = re.compile(r"^【[^】]{2,12}】\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def _labelled_runs(lines: list[Line]) -> set[int]:
    """The indexes of lines in runs of three or more labelled lines set close together
    ('姓名：谢玉梅' / '出生：1960年…' / '项目：…'): a box of fields, whatever the labels;
    rows of results set in cells after their label ('男子组200米：冠军　A队　亚军　B队') may
    stand a blank line apart. Labels in brackets count ('【线路】…' / '【里程】…' / '【门票】…'),
    and on a page that sets a blank line under every line, close is a blank line apart."""
    boxed: set[int] = set()
    run: list[int] = []
    step = 2 if _spaced_page(lines) else 1

    def labelled(line: Line | None) -> str | None:
        """How the line is labelled: before a colon, in brackets, or not at all (None)."""
        if line is None:
            return None
        if label_of(line.normal) is not None or _result_row(line):
            return ":"
        return "【" if _RUN_IN_LABEL.match(line.normal) else None

    run_kind: str | None = None
    for index, line in enumerate([*lines, None]):
        kind = labelled(line)
        last = lines[run[-1]] if run else None
        if kind is None and line is not None and last is not None and _field_goes_on(last, line):
            kind = run_kind  # '访谈嘉宾：…局长　刘志刚' / '…局长　　杨淑芬': its next value
        # (a run's labels are all of one kind: '【区县动态】…' over '来源：…' is no box)
        if line is not None and kind and (last is None or (kind == run_kind and (
                line.number <= last.number + step
                or (line.number == last.number + 2
                    and _result_row(line) and _result_row(last))))):
            run.append(index)
            run_kind = kind
            continue
        if len(run) >= LABELLED_RUN_MIN:
            boxed.update(run)
        run, run_kind = ([index], kind) if kind else ([], None)
    return boxed


def _field_goes_on(field: Line, line: Line) -> bool:
    """Is ``line``, right under a field whose value is a post and a name, another post and
    name of the same field?"""
    value = field.normal.partition(":")[2].strip()
    return (line.number == field.number + 1 and not line.level and bool(value)
            and POSTS_AND_NAME.match(join_spaced_names(value)) is not None
            and POSTS_AND_NAME.match(join_spaced_names(line.normal)) is not None)


SPACED_PAGE_SHARE = 0.8  # of the steps from a line to the next, two lines on a spaced page


def _spaced_page(lines: list[Line]) -> bool:
    """True when the page sets a blank line under (nearly) every line: an export that
    spaces heads, bylines and paragraphs alike."""
    steps = [b.number - a.number for a, b in pairwise(lines)]
    return len(steps) >= 10 and steps.count(2) >= SPACED_PAGE_SHARE * len(steps)


_RESULT_LABEL = re.compile(r"^[^:：,，。；;]{2,16}[:：]")


def _result_row(line: Line) -> bool:
    """'男子组200米直道竞速：冠军　德感街道队　亚军　几江街道队': a label and cells of results."""
    return bool(_RESULT_LABEL.match(line.normal)) and len(cells(line.text)) >= RESULT_CELLS_MIN


RESULT_CELLS_MIN = 3  # cells of a labelled row of results
# who answers or tells: 专家：A …主任医师 · 讲述人：…副主任医师　吴　敏
_EXPERT = ("专家", "專家", "律师", "律師", "讲述人", "講述人", "主讲人", "主講人", "嘉宾", "嘉賓")
# 【网友留言】我家住在… · 【问】我是荣昌县的考生，…
_RUN_IN_LABEL = re.compile(r"^【(?P<label>[^】]{2,8}|[问答問])】\s*\S")


_QA_LABEL = re.compile(r"^[问答問][:：]\s*\S")  # '答：普通感冒症状一般较轻，…': an answer


def _label_form(norm: str) -> tuple[str, bool] | None:
    """A line's label and whether it stands before a colon ('报告内容：…') or in brackets
    before its text ('【读者问】天气一冷…'); None for no label."""
    if (label := label_of(norm)) is not None:
        return label, True
    match = _RUN_IN_LABEL.match(norm)
    return (match["label"], False) if match else None


_ADVERT_MARK = re.compile(r"^[\s\-—_【\[]*(?:广告|廣告)[\s\-—_】\]]*$")
_ADVERT_TAIL = re.compile(r"^\(\s*(?:广告|廣告)\s*\)$")
ADVERT_BLOCK_MAX = 12  # lines an advertisement under its mark runs to, at most
ADVERT_BLOCK_MIN = 3  # lines of an unmarked advertisement's block, at least


def _advert_blocks(lines: list[Line]) -> None:
    """Under an advertisement's mark ('——广告——'), the lines set close under it (no blank
    line between) are the advertisement: its slogan and offer read like heads; so are the
    lines set close above a bracketed mark under them ('（广告）')."""
    for index, line in enumerate(lines):
        if _ADVERT_TAIL.match(line.normal):
            # '滨江·云著　现房热销' / … / '（广告）': a bracketed mark under the lines it marks
            for at in range(index - 1, max(index - 1 - ADVERT_BLOCK_MAX, -1), -1):
                gap = lines[at + 1].number - lines[at].number
                # (a blank line under each line of the page: the copy's heads and furniture
                # go on up, a paragraph or a credit is the story above)
                if gap > 2 or (gap == 2 and lines[at].kind not in (Kind.HEADLIKE, Kind.NOISE)):
                    break
                lines[at].kind, lines[at].rule = Kind.NOISE, "advert"
            continue
        if not _ADVERT_MARK.match(line.normal):
            continue
        for at in range(index + 1, min(index + 1 + ADVERT_BLOCK_MAX, len(lines))):
            if lines[at].number != lines[at - 1].number + 1:
                break
            lines[at].kind, lines[at].rule = Kind.NOISE, "advert"
    _unmarked_adverts(lines)


def _unmarked_adverts(lines: list[Line]) -> None:
    """A block of lines set apart by blank lines, most of them advert copy ('缙云电器商场冬季
    大酬宾' / '全场8.5折起' / '地址：…　电话：…') and none a paragraph or a credit, is an
    advertisement: its slogan ('迎元旦　贺新春') and its dates are no story's. An offer's
    fields ('活动时间：11月21日—11月30日', '购车热线：…') and a mark set last ('广告') are its
    copy too."""
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and lines[end].number == lines[end - 1].number + 1:
            continue
        block, start = lines[start:end], end
        if (((ADVERT_BLOCK_MIN <= len(block) <= ADVERT_BLOCK_MAX and _advert_copy(block))
             or _ad_card(block))
                and all(line.kind in (Kind.HEADLIKE, Kind.NOISE) for line in block)):
            for line in block:
                line.kind, line.rule = Kind.NOISE, "advert"


def _advert_copy(block: list[Line]) -> bool:
    """Are most lines of ``block`` advertisement copy, two at least? An offer's fields count
    ('活动时间：11月21日—11月30日', labels in layout.yaml's ``offer_fields``) where the block
    also holds copy with no label or a mark ('全场8.5折起', '广告' set last): an event's
    fields and its hotline under a report's subhead are no advertisement."""
    adverts = sum(line.rule == "advert" for line in block)
    if adverts >= 2 and adverts * 2 >= len(block):
        return True
    counted, copy = adverts, 0
    for line in block:
        mark = _ADVERT_MARK.match(line.normal) is not None
        label = label_of(line.normal)
        if line.rule == "advert":
            copy += label is None or mark
        else:  # an offer's field or a mark, not read as copy by its words
            counted += (label in words()["offer_fields"]) + mark
            copy += mark
    return copy >= 1 and counted >= 2 and counted * 2 >= len(block)


# An app's advertisement card ends in its tag and sponsor ('广告　山城汽车城　查看详情 >').
_AD_CARD_TAG = re.compile(r"^(?:广告|廣告|推广|推廣)\s+\S")
AD_CARD_MAX = 4  # lines of an advertisement card: picture, slogan, offer, tag


def _ad_card(block: list[Line]) -> bool:
    """'[图片]' / '金秋购车节｜…' / '广告　山城汽车城　查看详情 >': a card set among an
    article's paragraphs, its tag line last."""
    return 2 <= len(block) <= AD_CARD_MAX and bool(_AD_CARD_TAG.match(block[-1].normal))


def _two_above(lines: list[Line], index: int) -> list[Line]:
    """The two lines above ``lines[index]``, an image's place ('（附照片）') skipped, nearest
    first (by index: a slice per line would make a long page quadratic)."""
    found: list[Line] = []
    at = index - 1
    while at >= 0 and len(found) < 2:
        if lines[at].rule != "image":
            found.append(lines[at])
        at -= 1
    return found


def _form_contacts(lines: list[Line]) -> None:
    """A contact line that reads like an advertisement's ('联系电话：135…（刘先生）') is a
    field of the form it stands in, a paragraph of its own: when the two lines before it (an
    image's place aside: '（附照片）') are labelled fields too ('姓名：…' / '特征：…'), or the
    lines right above and below it are ('地址：…' / '电话：…' / '门票：…' of a place to go), or it
    signs a paragraph under one field ('解读机关：…' / '解读人：…　联系电话：…')."""
    fields = tuple(words()["field_labels"])
    def field(line: Line) -> bool:
        label = label_of(line.normal) if line.kind is Kind.BODY else None
        return label is not None and (line.rule == "labelled-paragraph" or label.endswith(fields))

    for index, line in enumerate(lines):
        if line.rule not in ("advert", "masthead") or not (label := label_of(line.normal)):
            continue
        above = _two_above(lines, index)
        below = lines[index + 1] if index + 1 < len(lines) else None
        between = (index > 0 and below is not None and field(lines[index - 1]) and field(below)
                   and lines[index - 1].number + 1 == line.number == below.number - 1)
        # Right under two fields set close ('时间：…' / '地点：…' / '票价：免费（…公众号预约）'),
        # any labelled line is the form's last field.
        last = (len(above) == 2 and above[0].number + 1 == line.number
                and above[1].number + 1 == above[0].number)
        # '解读机关：…' / '解读人：韦　敏　　联系电话：…' set close under the last paragraph: the
        # fields that sign a document, its last lines.
        signing = (len(above) == 2 and field(above[0]) and above[0].number + 1 == line.number
                   and above[1].rule == "body")
        if (label.endswith(fields) and (between or signing)) or (
                len(above) == 2 and all(field(earlier) for earlier in above)
                and (label.endswith(fields) or last)):
            line.kind, line.rule = Kind.BODY, "form-field"


TABLE_TITLE_MAX = 20  # a table's title line, right above its rows: 积分榜（前四名）
VERSE_LINE_MAX = 20  # a line of verse is short; a paragraph's line runs to the column's width


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


def _tabbed_fields(lines: list[Line]) -> None:
    """A web page's table of labelled fields pasted with tabs ('发布主题⇥…' / '发布时间⇥…' /
    '发 布 人⇥post　name' / '⇥post　name' / …; a row's value may go on to a line opening
    with a tab): its rows are the text, each a paragraph, never heads."""
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


def _flattened_tables(lines: list[Line]) -> None:
    """A table converted to one cell a line, no blank line between ('序号' / '活动名称' /
    '时间' / '地点' / '1' / '开幕式…' / '12月20日' / '…广场' / '2' / …): its row numbers
    stand at a fixed step, the columns' names before the first; all of it is text, each cell
    a paragraph, never heads."""
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


def _tables(lines: list[Line]) -> None:
    """Rows of figures set in columns are body text, each line its own paragraph: a table
    (积分榜: 球队  场次  积分 / 铜梁队  7  17 …, with its title right above) of two or more
    rows of figures, or one line of three cells or more, two with figures
    ('本轮战果：铜梁队2:1永川队  大足队0:0璧山队  合川队3:1潼南队'). Never a headline."""
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


def _appendices(lines: list[Line]) -> None:
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


def _appended_lists(lines: list[Line]) -> None:
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


def _school_signatures(lines: list[Line]) -> None:
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


def _issuer_date_lines(lines: list[Line]) -> None:
    """A notice's issuer and the day it signed on one line set far right under its text
    ('　　　…县生态环境局　2025年3月20日'): its date line (not a head, and not the same line
    run on at a wrap, nor an issuer and day heading a document)."""
    for line in lines:
        if (line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
                and line.indent >= ISSUER_DATE_INDENT and issuer_and_date(line.normal)):
            line.kind, line.rule = Kind.DATE, "issuer-date-line"


def _signed_days(lines: list[Line]) -> None:
    """A day alone right under an issuer's name closing a notice ('铜梁报编辑室' / '四月十六日'):
    the day it was signed, a date line (the page's year is its year)."""
    for issuer, day in pairwise(lines):
        if (day.kind is Kind.HEADLIKE and issuer.kind in (Kind.HEADLIKE, Kind.BODY)
                and day.number == issuer.number + 1 and not day.level and not issuer.level
                and _DAY_LINE.match(day.normal.replace(" ", ""))
                and issuer.normal.replace(" ", "").endswith(tuple(words()["issuer_endings"]))):
            day.kind, day.rule = Kind.DATE, "date-line"


def _signature_blocks(lines: list[Line]) -> None:
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


def _calendars(lines: list[Line]) -> None:
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


def _signature_columns(lines: list[Line]) -> None:
    """Two signers side by side under a letter or an address ('中共某区委书记　　　某区人民
    政府区长' / '周某瑞　　　　谭某远'): a row of posts over a row of as many names, each
    cell a post ending in a title and a name, is the text's signature, not a head."""
    titles = _title_ends()
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
def _title_ends() -> tuple[str, ...]:
    return tuple(title_words())


# A list's count at the end of its title: （6个）, （10名）.
_LIST_COUNT = re.compile(r"[(（](?P<n>\d{1,3})(?:个|個|名|家|项|項|人|户|戶|所|位)[)）]$")
LIST_ENTRY_MAX = 30  # characters of one entry of a counted list


def _counted_lists(lines: list[Line]) -> None:
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


def _counted_rosters(lines: list[Line]) -> None:
    """'涪陵区优秀教育工作者（6名）' / '区教育科学研究所副所长　周德华' / … (six rows): a title
    counting people over as many rows of posts and a name is a list inside the text (a
    decision's), its title and rows paragraphs, never heads or bylines; so is a title whose
    list is left out ('涪陵区优秀教师（28名，名单略）')."""
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


def _verses(lines: list[Line]) -> None:
    """A poem under its writer's line: two stanzas or more (lines in a row, a blank line
    between stanzas) of short lines, each line its own paragraph, never a headline."""
    for at, line in enumerate(lines):
        if line.kind is not Kind.BYLINE:
            continue
        stanzas: list[list[Line]] = []
        gap = 3  # lines from one stanza's end to the next one's start: one or two blank lines
        for j in range(at + 1, len(lines)):  # by index: a slice per byline would be quadratic
            nxt = lines[j]
            if (nxt.kind not in (Kind.HEADLIKE, Kind.BODY) or nxt.level
                    or len(nxt.normal) > VERSE_LINE_MAX or dateline(nxt.normal)
                    # prose cut at a narrow column's width goes on from the line above
                    or nxt.rule == "wrapped-line"):
                break
            previous = stanzas[-1][-1].number if stanzas else line.number
            if stanzas and nxt.number == previous + 1:
                stanzas[-1].append(nxt)
            elif nxt.number - previous <= gap:
                if len(stanzas) >= 2:
                    # The poem's stanzas are set apart alike: more space after one ends it.
                    gap = min(gap, stanzas[-1][0].number - stanzas[-2][-1].number)
                    if nxt.number - previous > gap:
                        break
                stanzas.append([nxt])
            else:
                break
        while len(stanzas) > 2 and len(stanzas[-1]) == 1:
            stanzas.pop()  # short lines alone after the poem: the next head ('【摄影】…')
        # A short line alone between stanzas is the title of the poem that follows
        # ('任河的冬天（外一首）' … '黄安坝看雪'): a subhead of the story.
        titles = [stanza[0] for stanza in stanzas[1:-1]
                  if len(stanza) == 1 and len(stanza[0].normal) <= VERSE_TITLE_MAX]
        poem = [stanza for stanza in stanzas if stanza[0] not in titles]
        if len(poem) >= 2 and all(len(stanza) >= 2 for stanza in poem):
            for verse in (v for stanza in poem for v in stanza):
                verse.kind, verse.rule = Kind.BODY, "verse-line"
            for stanza in poem:
                stanza[0].stanza = True
            for title in titles:
                title.kind, title.rule = Kind.SUBHEAD, "verse-title"


VERSE_TITLE_MAX = 12  # characters of a poem's title between the stanzas of its page

PARAGRAPH_INDENT = (2, 3, 4)  # one or two full-width spaces, or two to four half-width ones
INDENTED_PARAGRAPHS_MIN = 3


WRAPPED_WIDTH_MAX = 60  # characters of a PDF's line, at most: its column's width


HEAD_BLOCK_MAX = 6  # lines of a page's head block: a masthead, a folio, the editors
_FOLIO_NUMBER = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}(?:\s*版)?$")
_FOLIO_NAME = re.compile(rf"^[{HAN}]{{2,6}}\s*·\s*[{HAN}]{{2,6}}$")


def _chrome_above_text(lines: list[Line]) -> None:
    """Above a page's first line of Chinese, among a tool's lines of Latin words, what a
    saved page shows is that tool's chrome (an archive's toolbar: 'Go' / '5 captures' / '12'
    / '2025　2026　2027'), no story's; a folio alone there ('A14') stays the page's."""
    top = list(takewhile(lambda line: not any(is_han(c) for c in line.normal), lines))
    if not any(line.rule == "latin-chrome" for line in top):
        return
    for line in top:
        if line.kind in (Kind.BODY, Kind.HEADLIKE):
            line.kind, line.rule = Kind.NOISE, "page-chrome"


# The source an article's information line names ('发布时间：…　　来源：长寿发布　　浏览次数：…').
_SOURCE_NAMED = re.compile(r"(?:^|\s)(?:来源|來源|信息来源|信息來源)\s*:\s*(?P<name>[^\s:]{2,16})")
SOURCE_LOOKAHEAD = 4  # lines under the information line where the source's name may stand


def _source_name_under_info(lines: list[Line]) -> None:
    """The source an article's information line names, alone on a line just under it
    ('来源：长寿发布' / … / '长寿发布' over the account's avatar): the copied post's account
    name, chrome, no headline."""
    for at, info in enumerate(lines):
        if info.kind is not Kind.NOISE or not (found := _SOURCE_NAMED.search(info.normal)):
            continue
        for line in lines[at + 1:at + 1 + SOURCE_LOOKAHEAD]:
            if line.number - info.number > SOURCE_LOOKAHEAD or line.kind not in (
                    Kind.NOISE, Kind.HEADLIKE):
                break
            if line.kind is Kind.HEADLIKE and line.normal == found["name"]:
                line.kind, line.rule = Kind.NOISE, "web-chrome"


def _head_block(lines: list[Line]) -> None:
    """The page's first lines, set apart by a blank line and holding its masthead or its
    editors: a bare number there is the page's ('5'), and a short name with a dot its name
    ('重庆·区县'), not a story's text or head."""
    block = list(takewhile(lambda pair: pair[1].number - pair[0].number == 1,
                           pairwise(lines)))
    head = [lines[0], *(b for _, b in block)] if lines else []
    if (not head or len(head) > HEAD_BLOCK_MAX or len(head) == len(lines)
            or not any(line.rule in ("masthead", "editors") for line in head)):
        return
    folios = set()
    # A header closed by a rule is a record's or a typed copy's header: its labelled lines
    # ('说明：原报照片未录，以“（图略）”标出；…') are notes on the copy, no story's text.
    ruled = head[-1].rule == "rule-line"
    for line in head:
        if ruled and line.kind is Kind.BODY and label_of(line.normal) is not None:
            line.kind, line.rule = Kind.NOISE, "masthead"
        if line.kind in (Kind.BODY, Kind.HEADLIKE, Kind.SUBHEAD) and (
                _FOLIO_NUMBER.match(line.normal) or _FOLIO_NAME.match(line.normal)
                # '06' / '社会新闻' / the date and editors: the page's name on a line of its own
                or is_page_name(line.normal)):
            line.kind, line.rule = Kind.NOISE, "masthead"
            folios.add(line.normal)
    # The same number printed again at the page's foot (a PDF's folio, top and bottom).
    for line in lines[len(head):]:
        if line.normal in folios and line.kind in (Kind.BODY, Kind.HEADLIKE):
            line.kind, line.rule = Kind.NOISE, "masthead"


_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}")


# An item's running time in a broadcast script, alone or after its credit ('（记者　冉　静　报道）
# 　　（时长：1′38″）').
_RUNNING_TIME = re.compile(
    r"[(（]\s*(?:时长|時長)\s*[:：]\s*[0-9０-９′'″\"分秒:：.]{1,12}\s*[)）]$")


def _broadcast_cues(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A broadcast script's production cues ('【间奏】', '【稿件二】', layout.yaml's
    ``broadcast_cues``) and its items' running times ('（时长：1′38″）') are noise; a credit
    the time is set after, across a wide gap, is read alone (two lines of one number)."""
    cue = words()["broadcast_cue_re"]
    out: list[Line] = []
    for line in lines:
        out.append(line)
        # (the marks first: most lines have neither, and a search runs along the whole line)
        if line.level or ("【" not in line.text and "时长" not in line.text
                          and "時長" not in line.text):
            continue
        text = line.text.strip()
        if cue.match(text):
            line.kind, line.rule = Kind.NOISE, "broadcast-cue"
            continue
        timed = _RUNNING_TIME.search(text)
        if timed is None:
            continue
        before = text[:timed.start()]
        if not before.strip():
            line.kind, line.rule = Kind.NOISE, "broadcast-cue"
        elif _WIDE_GAP.search(before[-2:]):
            first, time = _two_lines(line, before.rstrip(), timed[0], gazetteer)
            time.kind, time.rule = Kind.NOISE, "broadcast-cue"
            out[-1:] = [first, time]
    lines[:] = out  # one pass: an insertion per credit would make a page of them quadratic


def _two_lines(line: Line, left: str, right: str, gazetteer: Gazetteer | None) -> tuple[Line, Line]:
    """The two parts of ``line`` set far apart, each read as a line of its own (one number,
    the line's indent)."""
    first, second = classify(line.number, left, gazetteer), classify(line.number, right, gazetteer)
    first.indent = second.indent = line.indent
    return first, second


# A brief's title run in before its text across a full-width space: '区检察院举办“检察开放日”
# 活动　11月4日，区检察院举办…'.
_HAN_RUN = re.compile(rf"[{HAN}]")
SPACED_TITLE_HAN_MIN = 6  # characters of a run-in title, at least
# (a title bracketed whole, '【老人赶集走失　民警40分钟助其回家】11月24日…', is read as such)
_SPACED_TITLE = re.compile(
    r"^(?P<title>[^\s，,。！？!?；;：:【】\[\]〔〕]{6,32})\u3000+(?P<text>\S.{29,})$")


def _run_in_brief_titles(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """Under a briefs column's name ('法治简讯'), a paragraph that opens with its brief's
    title run in before a full-width space: the title, then the brief's text (two lines of
    one number), as if the title stood on its own line."""
    out: list[Line] = []
    column = False
    for line in lines:
        if line.kind is Kind.HEADLIKE or line.level:
            column = (not line.level and bool(words()["brief_rubrics_re"].search(
                line.normal.replace(" ", ""))))
        elif (column and line.kind is Kind.BODY
              and (run_in := _SPACED_TITLE.match(line.text.strip())) is not None
              # (words, not a code: '600781　江州建材　公司董事会决定…' is a row)
              and len(_HAN_RUN.findall(run_in["title"])) >= SPACED_TITLE_HAN_MIN
              and headline_shape(run_in["title"]) and not is_closed(run_in["title"])):
            title, text = _two_lines(line, run_in["title"], run_in["text"], gazetteer)
            if title.kind is Kind.HEADLIKE and text.kind is Kind.BODY:
                out += [title, text]
                continue
        out.append(line)
    lines[:] = out


def _wrapped_brief_titles(lines: list[Line]) -> None:
    """Under a briefs column's name ('简　讯'), a bulleted title a narrow column broke in two
    ('◆区卫生局部署' / '非典型肺炎防治' / '　　4月15日，…'; '◆李渡工业园区' / '一季度引进企业3家'):
    one title, over the brief's first paragraph set in, not a place over a headline."""
    column = False
    at = 0
    while at < len(lines) - 2:
        line, rest, text = lines[at], lines[at + 1], lines[at + 2]
        # (a column's name stands apart, or is one; a text's lines read as heads at a narrow
        # column, '要求各医疗机构落实发热病人', '敏）', stand close and head nothing)
        if (line.kind is Kind.HEADLIKE and not line.level
                and (not at or line.number - lines[at - 1].number > 1
                     or words()["brief_rubrics_re"].search(line.normal.replace(" ", "")))):
            column = bool(words()["brief_rubrics_re"].search(line.normal.replace(" ", "")))
        elif (column and line.rule in ("bulleted-subhead", "bulleted-place") and not line.level
              and rest.kind is Kind.HEADLIKE and not rest.level and not rest.indent
              and rest.number == line.number + 1 and rest.text[:1] not in BULLETS
              and not CLAUSE_MARKS.search(rest.normal)
              and headline_shape(line.normal + rest.normal)
              # (the paragraph set in under it, read as a head yet if short: '4月15日，区…')
              and text.indent and text.number == rest.number + 1
              and (text.kind is Kind.BODY
                   or (text.kind is Kind.HEADLIKE and CLAUSE_MARKS.search(text.normal)))):
            line.text = line.text.strip() + rest.text.strip()
            line.norm = replace(line, norm="").normal
            line.kind, line.rule = Kind.SUBHEAD, "bulleted-subhead"
            del lines[at + 1]
            at += 1  # (the brief's first line, under the title: no column's name)
        elif line.level:
            column = False
        at += 1


# The rest of a bulleted brief's title that the column's wrap carried to the next line,
# before the full-width space that runs the brief's text in: '上四楼救援　昨日上午，…'.
_TITLE_REST = re.compile(
    r"^(?P<rest>[^\s，,。！？!?；;：:、（）()“”]{2,10})\u3000+(?P<text>\S.{7,})$")


def _wrapped_bulleted_heads(lines: list[Line]) -> None:
    """'■小狗卡在防盗网里　消防员爬' / '上四楼救援　昨日上午，江北区观音': a brief's title run in
    before its text in a narrow column, cut by the wrap. The title line fills the column,
    and the next line goes on with the title's rest up to a full-width space: the rest
    joins the title, and the text after the space is the brief's first line."""

    def split(line: Line, below: Line) -> Line | None:
        # (the line below may still read as a head: its text is cut at the column)
        if (line.rule != "bulleted-subhead" or line.level
                or below.kind not in (Kind.BODY, Kind.HEADLIKE) or below.level
                or below.indent or CLAUSE_MARKS.search(line.normal)
                or (match := _TITLE_REST.match(below.text.strip())) is None
                or not CLAUSE_MARKS.search(match["text"])
                # (the title line as wide as the column, the bullet counted)
                or line.indent // 2 + 1 + len(line.text) < len(below.text) - 1
                or not headline_shape(line.normal + match["rest"])):
            return None
        line.text = line.text + match["rest"]
        line.norm = replace(line, norm="").normal
        # (read alone, a clause cut at the column may look like a head: it is text)
        text = replace(below, text=match["text"], norm="", kind=Kind.BODY,
                       rule="wrapped-title-text")
        text.norm = text.normal
        return text

    at = 0
    while at < len(lines) - 1:
        text = split(lines[at], lines[at + 1])
        if text is not None:
            lines[at + 1] = text
        at += 1


# A brief's closing credit with the next brief's bulleted title run in after it:
# '工，群众陆续搬进了新居。（李　娟）●土地乡为村民开设电脑培训班'.
_TITLE_AFTER_CREDIT = re.compile(
    rf"^(?P<text>.*[(（][^()（）]{{2,16}}[)）])\s*(?P<title>[{re.escape(BRIEF_BULLETS)}]\S.{{3,30}})$")
_BULLET_AFTER_BRACKET = re.compile(rf"[)）]\s*[{re.escape(BRIEF_BULLETS)}]")


def _titles_after_credits(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A column of bulleted briefs whose OCR ran each title into the credit line above it:
    the text with its credit, then the title on a line of its own (one number)."""

    if not any(_BULLET_AFTER_BRACKET.search(line.text) for line in lines):
        return

    def split(line: Line, below: Line) -> Line | None:
        if (line.kind is not Kind.BODY or line.level
                or (match := _TITLE_AFTER_CREDIT.match(line.text.strip())) is None
                or CLAUSE_MARKS.search(match["title"])):
            return None
        credit = match["text"][match["text"].rfind("（" if "（" in match["text"] else "("):]
        title = classify(line.number, match["title"], gazetteer)
        if (title.kind is not Kind.SUBHEAD
                or classify(line.number, credit, gazetteer).kind is not Kind.CREDIT):
            return None
        line.text, line.norm = match["text"], normalize(match["text"])
        return title

    _split_lines(lines, split)


VERTICAL_LINE_MIN = 4  # one-character lines in a row: a line printed down the page
VERTICAL_WORD_MAX = 4  # characters of a line in such a run


def _vertical_furniture(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """'责' / '任' / '编' / '辑' / '：' / '刘' / …: a line printed down the page's edge, read one
    character a line. When the characters read together are the page's furniture (its
    editors, its name), each is furniture; else they are left as they are."""
    # (a few characters may come joined: a run of letters down the page read as one word)
    single = [len(line.text.strip()) <= VERTICAL_WORD_MAX and not line.level for line in lines]
    if sum(len(line.text.strip()) == 1 for line in lines) < VERTICAL_LINE_MIN:
        return
    at = 0
    while at < len(lines):
        end = at
        # (a line blank between two, or a word joined from lines of its own)
        while (end < len(lines) and single[end]
               and (end == at or lines[end].number - lines[end - 1].number
                    <= len(lines[end - 1].text.strip()) + 1)):
            end += 1
        if end - at >= VERTICAL_LINE_MIN:
            joined = classify(lines[at].number, "".join(line.text.strip()
                                                        for line in lines[at:end]), gazetteer)
            if joined.kind is Kind.NOISE:
                for line in lines[at:end]:
                    line.kind, line.rule = Kind.NOISE, "vertical-furniture"
        at = max(end, at + 1)


# A line set far apart in two, as printed: its kind, and the kind its second part must be.
# (a photo's title and its credit may read as a caption whole: '汉丰湖畔荷花开　　　…　本报记者
# 陈　晨　摄')
_SPLIT_AT_GAP = {Kind.PHOTO_CREDIT: Kind.PHOTO_CREDIT, Kind.HEADLIKE: Kind.BYLINE,
                 Kind.CAPTION: Kind.PHOTO_CREDIT}


def _heads_with_credits(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A head and its credit on one line, set far apart: a photo's title and who took it
    ('雪落黄安坝　　　　冉　峰　摄'), a headline and its writer ('汉丰湖湿地公园五一前全面开放
    本报记者　冉　静'). The head, then the credit (two lines of one number)."""
    out: list[Line] = []
    for line in lines:
        out.append(line)
        second = _SPLIT_AT_GAP.get(line.kind)
        if second is None or line.level:
            continue
        parts = _WIDE_GAP.split(line.text.strip(), maxsplit=1)
        if len(parts) != 2:
            continue
        head, credit = _two_lines(line, parts[0], parts[1], gazetteer)
        if head.kind is Kind.HEADLIKE and credit.kind is second and credit.names:
            out[-1:] = [head, credit]
    lines[:] = out  # one pass: an insertion per credit would make a page of them quadratic


_ISSUE_LINE = re.compile(r"^(?:总|總)?第\s*\d+\s*期$")
NAMEPLATE_MAX = 6  # characters of a supplement's or column page's name over its issue


# '竹　韵　　　　第418期': the name and the number on one line, across a wide gap.
_NAMEPLATE_LINE = re.compile(r"^(?P<name>\S(?:\s?\S)*?)\s{2,}(?:总|總)?第\s*[0-9０-９]+\s*期$")


def _nameplates(lines: list[Line]) -> None:
    """A supplement's name right over its issue's number ('任　河' / '第356期'), or beside it
    across a wide gap ('竹　韵　　　　第418期'): the page's nameplate, no story's head or a
    portrait's name."""
    for a, b in pairwise(lines):
        if (b.number == a.number + 1 and _ISSUE_LINE.match(b.normal)
                and a.kind in (Kind.NAME, Kind.HEADLIKE) and not a.level
                and len(a.normal.replace(" ", "")) <= NAMEPLATE_MAX):
            a.kind, a.rule = Kind.NOISE, "masthead"
    for line in lines:
        if (line.kind in (Kind.NAME, Kind.HEADLIKE) and not line.level
                # (the printed text: normalising closes the wide gap)
                and (plate := _NAMEPLATE_LINE.match(line.text.strip()))
                and len("".join(plate["name"].split())) <= NAMEPLATE_MAX):
            line.kind, line.rule = Kind.NOISE, "masthead"


_OPEN_BRACKET_TAIL = re.compile(r"[（(][^（()）]{1,24}$")
_CLOSING_BRACKET_HEAD = re.compile(r"^[^（()）]{1,20}[）)]$")


def _cut_credits(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A closing or photo credit cut at a line's end ('…资料500余份。（记者' / '田 甜）'): the
    bracket's first part goes down to the line that closes it, which is then read again as
    a credit. Nothing moves when the two parts together are no credit."""
    for index in range(len(lines) - 1):
        a, b = lines[index], lines[index + 1]
        if (b.number != a.number + 1 or a.kind is not Kind.BODY or a.level or b.level
                or not (cut := _OPEN_BRACKET_TAIL.search(a.text))
                or not _CLOSING_BRACKET_HEAD.match(b.text)):
            continue
        joined = classify(b.number, a.text[cut.start():] + b.text, gazetteer)
        if not joined.names:  # ('…（江口镇' / '罗晓红）': the wrap stood where the gap was)
            joined = classify(b.number, a.text[cut.start():] + "\u3000" + b.text, gazetteer)
        if ((joined.kind in (Kind.CREDIT, Kind.PHOTO_CREDIT) or joined.rule == "split-credit")
                and joined.names
                and a.text[:cut.start()].strip()):
            a.text = a.text[:cut.start()].rstrip()
            a.norm = normalize(a.text)
            joined.indent = b.indent
            lines[index + 1] = joined


NOTE_LINES_MAX = 4  # lines of a note on the writer cut at the column's width


def _cut_notes(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A note on the writer cut at the column's width ('（作者系…教授。本文系…' / '…阶段性
    成果）'): its lines are one note, read as one, never heads."""
    out: list[Line] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        out.append(line)
        at += 1
        norm = line.normal
        if (line.level or norm[:1] != "(" or _depth(norm) <= 0
                or not words()["author_notes_re"].match(norm[1:].lstrip())):
            continue
        text, end = line.text, at
        while (end < len(lines) and end - at < NOTE_LINES_MAX - 1
               and lines[end].number == lines[end - 1].number + 1 and not lines[end].level):
            text += lines[end].text
            end += 1
            if _depth(normalize(text)) <= 0:
                joined = classify(line.number, text, gazetteer)
                if joined.rule == "author-note":
                    joined.indent = line.indent
                    out[-1], at = joined, end
                break
    lines[:] = out


def _depth(norm: str) -> int:
    """Brackets opened and not closed in ``norm``."""
    return norm.count("(") - norm.count(")")


_CAPTION_POINTERS = "▲△"
_CAPTION_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩"  # photos numbered on a page of pictures


def _cut_captions(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A pointed caption cut at the column's width ('▲3月16日，…一家智能育秧工厂，工人' /
    '正在搬运秧盘。（通讯员　刘　辉　摄/视觉重庆）'): its lines are one caption; so are a
    numbered photo's caption and the credit pushed onto the line under it."""
    out: list[Line] = []
    skip = False
    for a, b in pairwise([*lines, None]):
        if skip:
            skip = False
            continue
        out.append(a)
        # (or a caption with no pointer that opens with its day: '2024年10月18日，第五届丰都
        # 肉牛产业发' / '展大会开幕　　（县农业农村委　供图）')
        # (its credit may stand at the end of the cut line: '11月18日，市民在…服务中心' /
        # '办理业务。　　　　记者　秦　岚　摄')
        dated = (b is not None and b.kind in (Kind.CAPTION, Kind.PHOTO_CREDIT)
                 and a.kind is Kind.HEADLIKE
                 and bool(words()["report_opening_re"].match(a.normal)))
        # (a pointed line read as a bulleted subhead counts too: '▲上世纪八十年代，A（左）在铺
        # 子前' / '留影。（受访者供图）', a caption whose credit names no one)
        pointed = (b is not None and b.kind is Kind.CAPTION
                   and a.normal[:1] in _CAPTION_POINTERS)
        # (or a numbered one over its credit: '①10月2日，游客在…观景。' / '（记者　A　摄）')
        numbered = (b is not None and b.kind is Kind.PHOTO_CREDIT
                    and (a.text.lstrip()[:1] in _CAPTION_NUMBERS  # (NFKC reads ① as 1)
                         or a.normal[:1] in _CAPTION_POINTERS))
        if (b is None or a.level
                or (a.normal[:1] not in _CAPTION_POINTERS and not dated and not numbered)
                or (is_closed(a.normal) and not numbered)
                or a.kind not in (Kind.BODY, Kind.HEADLIKE, *((Kind.SUBHEAD,) if pointed else ()))
                or b.normal[:1] in _CAPTION_POINTERS
                or b.number != a.number + 1 or b.level or b.indent in PARAGRAPH_INDENT
                or b.kind not in (Kind.BODY, Kind.HEADLIKE, Kind.PHOTO_CREDIT, Kind.CAPTION)):
            continue
        joined = classify(a.number, a.text + b.text, gazetteer)
        # ('▲10月6日晚，市民和游客在滨江公园观看民乐演' / '奏、共度中秋。': one sentence under
        # its pointer, uncredited, its end wrapped onto a short line)
        ended = (a.normal[:1] in _CAPTION_POINTERS and b.kind is Kind.BODY
                 and joined.rule == "pointed-caption" and len(b.normal) * 2 <= len(a.normal))
        if joined.kind is Kind.CAPTION and (joined.names or ended
                                            or ((dated or pointed) and joined.rule == b.rule)):
            joined.indent = a.indent
            out[-1], skip = joined, True
    lines[:] = out


_BRACKET_LABEL = re.compile(r"^[【\[]\s*[^】\]\s]{2,8}\s*[】\]]$")
_FIELD = re.compile(rf"^[{HAN}]{{2,4}}\s*[:：]\s*\S")


def _bracketed_boxes(lines: list[Line]) -> None:
    """A label in brackets alone on its line over lines of fields ('【比赛信息】' / '比分：…' /
    '进球：…' / '观众：…'), none a blank line apart: a box of facts, its lines text."""
    for at, line in enumerate(lines):
        # ('[关闭]': a window's button is chrome, no box's label)
        if line.level or line.kind is Kind.NOISE or not _BRACKET_LABEL.match(line.normal):
            continue
        box = []
        for below in lines[at + 1:at + 1 + BOX_LINES_MAX]:
            if below.number != (box[-1] if box else line).number + 1 or below.level:
                break
            box.append(below)
        if sum(bool(_FIELD.match(b.normal)) for b in box) >= 2:
            line.kind, line.rule = Kind.LABEL, "box-label"
            for below in box:
                if below.kind in (Kind.HEADLIKE, Kind.BODY):
                    below.kind, below.rule = Kind.BODY, "box-line"


_ATTACHMENTS = re.compile(r"^附件\s*[:：]\s*1\s*[.．、]")
_LIST_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*\S")


def _attachment_lists(lines: list[Line]) -> None:
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


_CRUMB_TAIL = re.compile(r"[>›»＞]\s*(?P<last>[^>›»＞\s]{2,12})\s*$")


def _channel_titles(lines: list[Line]) -> None:
    """A site's channel name right under the breadcrumb that ends in it ('您所在的位置：首页 >>
    新闻动态 >> 政务要闻' / '政务要闻'): the page's chrome, no head of its articles."""
    for a, b in pairwise(lines):
        if (a.rule == "web-chrome" and (crumb := _CRUMB_TAIL.search(a.normal))
                and b.kind is Kind.HEADLIKE and b.normal.replace(" ", "") == crumb["last"]):
            b.kind, b.rule = Kind.NOISE, "channel-title"


DATELINE_TAIL_MAX = 16  # characters of a dateline's credit carried onto the next line


def _cut_datelines(lines: list[Line]) -> None:
    """A dateline whose credit a wrap cut ('本报讯（记者 冉 平 通讯员 夏' / '明）3月6日，…'):
    the credit's end goes up to the line that opens it, where the dateline is read."""
    for a, b in pairwise(lines):
        if (b.number != a.number + 1 or a.kind is not Kind.BODY or b.kind is not Kind.BODY
                or a.level or b.level or not words()["dateline"].match(a.normal)):
            continue
        opened = max(a.normal.rfind("("), a.normal.rfind("["))
        close = min((k for k in (b.text.find("）"), b.text.find(")")) if k >= 0), default=-1)
        if (opened >= 0 and ")" not in a.normal[opened:] and "]" not in a.normal[opened:]
                and 0 <= close < DATELINE_TAIL_MAX):
            a.text, b.text = a.text.rstrip() + b.text[:close + 1], b.text[close + 1:]
        elif (told := _REPORTED.match(b.text)) and words()["roles"].search(a.normal):
            # '本报讯　记者向明　通讯员汪德成' / '报道：９月１０日，…': the old form's credit
            a.text, b.text = a.text.rstrip() + told[0].strip(), b.text[told.end():]
        else:
            continue
        a.norm, b.norm = normalize(a.text), normalize(b.text)


_REPORTED = re.compile(r"^\s*(?:报道|報道)\s*[:：]")


def _wrapped_lines(lines: list[Line]) -> None:
    """A page set as a PDF gives its text: no blank lines, every line cut at the column's
    width, each paragraph opening with an indent ('　　') and heads set further in. There a
    line at the margin goes on with the paragraph above, however it looks; a line at the
    paragraph indent opens a paragraph; a head is set further in. Pages whose paragraphs are
    set apart by blank lines (all others) are left as they are."""
    opening = [line for line in lines if line.indent in PARAGRAPH_INDENT
               and line.kind in (Kind.HEADLIKE, Kind.BODY)]
    if len(opening) < INDENTED_PARAGRAPHS_MIN:
        return
    below = [line for line in lines if line.number >= opening[0].number]
    # Paragraphs set apart by blank lines (most opening after one): a page of another
    # kind. A PDF's text may still set its blocks (a story, a box) a blank line apart.
    spaced = sum(b.number - a.number > 1 for a, b in pairwise(below) if b in opening)
    if spaced * 2 >= len(opening) - 1:
        return
    widths = sorted(len(line.normal) for line in below if line.kind is Kind.BODY)
    if widths and widths[len(widths) // 2] > WRAPPED_WIDTH_MAX:
        return  # a paragraph a line: no line was cut at a column's width
    within = False  # inside a paragraph: the line above is its first or one that goes on
    last: Line | None = None  # the line before
    text: Line | None = None  # the last line of text before (a running header skipped)
    # A head centred on the column may be set in by a paragraph's indent: one right over
    # its byline or its dateline is still a head ('　包鸾镇“稻鱼共生”让一田产出两份收益' /
    # '□本报记者　谭　静'; '　　三合街道：“院坝会”开到群众家门口' / '　　本报讯　6月6日晚，…').
    # (No paragraph breaks off unclosed before a dateline.)
    # (Or over its deck over those; or right under a district's tag, '▌巫溪' / '巫溪3.2万农村
    # 群众喝上“放心水”'.)
    def signs_below(b: Line) -> bool:
        return b.kind is Kind.BYLINE or (b.kind is Kind.BODY
                                         and dateline(b.normal[:120]) is not None)

    signed_heads = {id(a) for a, b, c in zip(lines, lines[1:], [*lines[2:], None], strict=False)
                    if a.kind is Kind.HEADLIKE and not a.level and b.number == a.number + 1
                    and (signs_below(b) or (
                        b.kind is Kind.HEADLIKE and DECK_DASHES.match(b.text) is not None
                        and c is not None and c.number == b.number + 1 and signs_below(c)))}
    signed_heads |= {id(b) for a, b in pairwise(lines)
                     if a.rule == "bulleted-place" and b.kind is Kind.HEADLIKE and not b.level
                     and b.number - a.number <= 2}
    for line in lines:
        if last is not None and line.number - last.number > 1:
            within = False  # a blank line ends every paragraph
        above, last = last, line
        if above is not None and above.kind in (Kind.HEADLIKE, Kind.BODY):
            text = above
        # Advert words in a line at the margin under an open line ('…套餐，门票优惠，并开通')
        # are the paragraph's: an advert stands apart from the text it interrupts.
        advert = (line.rule == "advert" and line.indent == 0 and within and above is not None
                  and above.kind is Kind.BODY and not is_closed(above.normal))
        if (line.kind not in (Kind.HEADLIKE, Kind.BODY) and not advert) or line.level:
            within = line.kind is Kind.NOISE and within  # a running header inside
            continue
        if (line.kind is Kind.HEADLIKE and DECK_DASHES.match(line.text) and above is not None
                and above.kind is Kind.HEADLIKE and above.number + 1 == line.number):
            within = False  # '——观“巫峡云帆”作品展' set in under its headline: the deck
        elif (id(line) in signed_heads and (above is None or above.kind is not Kind.BODY
                                            or is_closed(above.normal))):
            within = False
        elif line.indent in PARAGRAPH_INDENT and not (
                line.kind is Kind.HEADLIKE and letter_spaced(line.normal, LETTER_SPACED_MIN)):
            # (a column's name set letter-spaced, '　　市　民　热　线', is centred, no paragraph)
            line.kind, line.rule, within = Kind.BODY, "indented-paragraph", True
        elif (line.indent == 0 and within and above is not None
              # (across a running header or a stray mark, as the text before it left off)
              and not is_closed(left := (text if above.kind is Kind.NOISE and text
                                         else above).normal)
              and not _signed_off(left)):
            line.kind, line.rule = Kind.BODY, "wrapped-line"
        else:
            # A head, set further in, or at the margin under a paragraph that ended
            # ('…（通讯员　刘思雨）' / '区图书馆“缙云讲堂”开讲').
            within = False
    _run_on_at_width(lines)


_WRAPPED_RULES = frozenset({"indented-paragraph", "wrapped-line"})


def _signed_off(norm: str) -> bool:
    """'…最高產量還多。 (李 華)': a sentence closed and its writer's credit after it, the
    brief's end (the line under it, at the margin, is the next brief's title)."""
    credit = words()["end_credit"].search(norm)
    return credit is not None and is_closed(norm[:credit.start()]) and bool(
        people_in_credit(credit["inner"]))


def _run_on_at_width(lines: list[Line]) -> None:
    """'…回来了。”' / '来自静观镇的农民工张德明在一家摩' / '托车配件企业的…登记' / '表，…': on
    a page cut at the column's width, lines as wide as the column under a paragraph's line,
    open and running on into text at the margin, go on with the paragraph, though the line
    above ended a quotation: heads stand over a byline or an indented paragraph."""
    width = column_width(lines)
    if width is None:
        return
    for at in range(1, len(lines) - 1):
        above, line = lines[at - 1], lines[at]
        if (line.kind is Kind.HEADLIKE and not line.level and line.indent == 0
                and above.kind is Kind.BODY and above.rule in _WRAPPED_RULES
                and line.number == above.number + 1 and _runs_on_at_width(lines, at, width)):
            line.kind, line.rule = Kind.BODY, "wrapped-line"
            # and the lines at the margin that go on from it, to the paragraph's end
            for j in range(at + 1, len(lines)):
                cur, before = lines[j], lines[j - 1]
                if (cur.indent or cur.level or cur.kind not in (Kind.HEADLIKE, Kind.BODY)
                        or cur.number != before.number + 1 or is_closed(before.normal)):
                    break
                cur.kind, cur.rule = Kind.BODY, "wrapped-line"


RUN_ON_LOOKAHEAD = 3  # lines at a column's width before the text they run on into


def _runs_on_at_width(lines: list[Line], at: int, width: int | None) -> bool:
    """Is ``lines[at]`` the first of lines as wide as the column, open, each on the next
    line, that run on into a line of text at the margin?"""
    if width is None:
        return False
    for j in range(at, min(at + RUN_ON_LOOKAHEAD, len(lines) - 1)):
        cur, nxt = lines[j], lines[j + 1]
        if (cur.kind is not Kind.HEADLIKE or is_closed(cur.normal)
                or abs(len(cur.normal) - width) > COLUMN_SLACK
                or nxt.number != cur.number + 1 or nxt.indent):
            return False
        if nxt.kind is Kind.BODY:
            return True
    return False


CUT_LINES_MIN = 4  # lines run on by the next one: a page whose paragraphs are cut to width
INDENTED_PAGE_MIN = 3  # paragraphs opening indented: a page that indents its paragraphs
COLUMN_SLACK = 2  # characters a cut line may fall short of the column's width


def column_width(lines: Sequence[Line]) -> int | None:
    """The width a page's paragraphs are cut at: the usual length of a text line run on by
    the next one; None when few are (paragraphs are lines) or they are long."""
    cut = sorted(len(a.normal) for a, b in pairwise(lines)
                 if b.number == a.number + 1 and a.kind is Kind.BODY and b.kind is Kind.BODY)
    if len(cut) < CUT_LINES_MIN or cut[len(cut) // 2] > WRAPPED_WIDTH_MAX:
        return None
    return cut[len(cut) // 2]


def _display_width(norm: str) -> float:
    """A line's width in full-width cells: a half-width digit or letter takes half a cell
    ('2024年8月5日22时40分许，…' is narrower than its length says)."""
    return len(norm) - len(_NARROW.findall(norm)) / 2


_NARROW = re.compile("[\x00-\u2e7f]")


# An entry of a life's or a body's chronicle: its year (and month) set apart from what
# happened ('1919年10月　出生于…', 'l940年5月　加入中国共产党。', the 1 read as an l).
_DATED_ENTRY = re.compile(r"^[1l]\d{3}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[\u3000 ]+\S")
DATED_ENTRIES_MIN = 3  # entries of a chronicle, at least
DATED_ENTRY_SPAN = 4  # lines from one entry to the next, at most (its text wraps)


def _dated_entries(lines: list[Line]) -> None:
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


def _opens_block(lines: list[Line], at: int) -> bool:
    """``lines[at]`` stands after a blank line, and the text above it (past any furniture)
    ended its sentence: it opens a block of its own, no line of a sentence going on."""
    if at and lines[at - 1].number + 1 == lines[at].number:
        return False
    above = next((lines[k] for k in range(at - 1, -1, -1) if lines[k].kind is not Kind.NOISE),
                 None)  # (by index: no copy of the page above per question)
    return above is None or above.kind is not Kind.BODY or above.normal[-1:] in _SENTENCE_END


def _writer_notes(lines: list[Line]) -> None:
    """'本期主笔　陈　朗' / '（本地高校影视专业讲师，资深影评人）' / '《江上人家》：一条江的温度':
    a note in brackets on the writer, between a column's byline and the piece's headline, is
    the byline's furniture, no kicker."""
    for byline, note, head in zip(lines, islice(lines, 1, None), islice(lines, 2, None),
                                  strict=False):
        if (byline.kind is Kind.BYLINE and note.kind is Kind.HEADLIKE
                and head.kind is Kind.HEADLIKE and not note.level and not head.level
                and _IN_BRACKETS.match(note.normal)):
            note.kind, note.rule = Kind.NOISE, "writer-note"


def _cut_first_lines(lines: list[Line]) -> None:
    """On a page whose paragraphs are cut at the column's width (the lines run on by the
    next line are all about as wide), a head-like line as wide as that, with a clause's
    mark in it, run on by the next line, is a paragraph's first line, not a head:
    '走进古镇东街的一家竹编工坊，62岁的竹编艺人刘德厚正手把手教两名年轻人编' / '竹篮。…'."""
    width = column_width(lines)
    if width is None:
        return
    # (on a page whose paragraphs open indented, a line flush left after a blank line and a
    # finished sentence, with no comma, opens no paragraph: '万盛经开区：废弃矿区变身露营基地'
    # is as wide as a narrow box's lines; after a sentence left open, it goes on past the
    # page's furniture; a caption under a picture has its commas)
    indented = sum(line.rule == "indented-paragraph" for line in lines) >= INDENTED_PAGE_MIN
    for at, (a, b) in enumerate(pairwise(lines)):
        if (a.kind is Kind.HEADLIKE and not a.level and b.number == a.number + 1
                and not (indented and not a.indent and "," not in a.normal
                         and _opens_block(lines, at))
                and not _DASHED.match(a.normal)  # a deck: '——协议投资额…，同比增长18.3%'
                # ('重慶市人民政府工商局通告' under a letter's signature: a notice's title)
                and not a.normal.endswith(tuple(words()["notice_types"]))
                and b.kind in (Kind.BODY, Kind.HEADLIKE)
                and not _head_and_deck_over_byline(lines, at)
                and (width - COLUMN_SLACK <= len(a.normal) <= width + COLUMN_SLACK
                     or width - COLUMN_SLACK <= _display_width(a.normal) <= width + COLUMN_SLACK)
                and (CLAUSE_MARK.search(a.normal) or _RUN_IN_TITLE.match(a.normal)
                     # (right under a byline a story's text begins: '商报记者　王　琦' /
                     # '记者9月24日从重庆市房地' / '产交易中心获悉，…')
                     or (at and lines[at - 1].kind is Kind.BYLINE
                         and a.number - lines[at - 1].number <= 2)
                     # (or under a dateline's line left open: '本报讯（记者　谭　静）2月7日，区'
                     # / '委督查室通报1月份全区镇街重点工' / '作督查情况，…')
                     or (at and lines[at - 1].kind is Kind.BODY
                         and lines[at - 1].number + 1 == a.number
                         and not is_closed(lines[at - 1].normal)
                         and dateline(lines[at - 1].normal[:120]))
                     # (or under a text line that ends in a clause's mark: '予唐国富等16名同志
                     # “优秀共产党员”称号，' / '授予刘素芬等6名同志“优秀党务工作者”称' / '号。')
                     or (at and lines[at - 1].kind is Kind.BODY
                         and lines[at - 1].number + 1 == a.number
                         and lines[at - 1].normal[-1:] in ",、;")
                     # (or under a text line as wide, cut in the middle of a word: '今年预计将
                     # 突破五万人次。为方便游客，区公' / '交公司将在比赛当天增开城区至中山的临时班'
                     # / '车。')
                     or (at and lines[at - 1].kind is Kind.BODY
                         and lines[at - 1].number + 1 == a.number
                         and is_han(lines[at - 1].normal[-1:])
                         and len(lines[at - 1].normal) >= width - COLUMN_SLACK
                         and CLAUSE_MARK.search(lines[at - 1].normal)))
                and a.normal[-1:] not in "。！？!?”」"):
            a.kind, a.rule = Kind.BODY, "cut-first-line"
        elif (indented and a.rule == "bulleted-subhead" and not a.level
              and len(cells(a.text)) == 1  # (no title run in before a gap: '■停电通知　…')
              and not a.pointer  # ('▲…': a caption, its own rules')
              # (under the brief before it, signed: '…一万二千余亩。（李　华）')
              and at and (lines[at - 1].kind is Kind.CREDIT or lines[at - 1].normal[-1:] == ")")
              and b.number == a.number + 1 and not b.indent
              and (b.kind is Kind.BODY or (b.kind is Kind.HEADLIKE and not b.level
                                           and len(b.normal) >= width - COLUMN_SLACK))
              and width - COLUMN_SLACK <= len(a.normal) <= width + COLUMN_SLACK
              # (a title over its text, which opens with its day: '■县图书馆送书下乡' /
              # '6月5日，县图书馆工作人员…')
              and not words()["report_opening_re"].match(b.normal)
              and a.normal[-1:] not in "。！？!?”」:"):
            # '（李　华）' / '■县电力公司对抗旱提灌用电实行优' / '先安排，…': on a page of indented
            # paragraphs, a bulleted line as wide as the column under a signed brief, run on
            # flush left below, is the next brief's first line, cut at the column (its bullet
            # given back)
            a.kind, a.rule = Kind.BODY, "cut-first-line"
            if a.printed:
                a.text, a.norm = a.printed, normalize(a.printed)


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


def _schedule_rows(lines: list[Line]) -> None:
    """A schedule set out as rows, three or more ('6月13日（周一）' / '10:00　国家统计局公布…' /
    '待定　日本央行…'; '星期一　上午　呼吸科　秦德华'): each row and each day over them is a line
    of the box's text, not a head (a timetable, a calendar of events, a clinic's rota)."""
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


def _bracket_closed_below(lines: list[Line]) -> None:
    """A bracket opened on one line and closed on the next ('（预约电话：…　门诊安排如有变动，' /
    '以医院当日公告为准）'): the second line goes with the first (its furniture or its text),
    never a head."""
    for above, line in pairwise(lines):
        if (line.kind is Kind.HEADLIKE and not line.level and line.number == above.number + 1
                and _depth(above.normal) > 0 and _depth(line.normal) < 0):
            if above.kind is Kind.NOISE:
                line.kind, line.rule = Kind.NOISE, above.rule
            elif above.kind is Kind.BODY:
                line.kind, line.rule = Kind.BODY, "cut-last-line"


def _head_and_deck_over_byline(lines: list[Line], at: int) -> bool:
    """'渝股半年报：合计营收4862亿元　净利润增11.4%' / '汽车、新能源产业链表现亮眼，20家公司
    推出中期分红' / '上游新闻·重庆晨报记者　韩　旭': two open head-like lines right over a
    byline are a headline and its deck, however wide (a paragraph ends with its sentence)."""
    if at + 2 >= len(lines):
        return False
    b, c = lines[at + 1], lines[at + 2]
    return (b.kind is Kind.HEADLIKE and not is_closed(b.normal) and c.kind is Kind.BYLINE
            and c.number == b.number + 1)


def _cut_last_lines(lines: list[Line]) -> None:
    """On a page whose paragraphs are cut at the column's width, a short head-like line
    right under a text line as wide as that and left open is the paragraph's last line:
    '【读者问】…这是为什么？（读者 刘' / '先生）'. (A text line there is marked so too: its
    question, '…白天又好些，是' / '怎么回事？', asks no headline's.)"""
    width = column_width(lines)
    if width is None:
        return
    # ('藏品一：青花缠枝莲纹碗' under a field line as wide as the column: the first of a series
    # of numbered parts heads its part, as '藏品二：…' does)
    numbered = Counter(match["word"] for line in lines
                       if (match := _NUMBERED_PART.match(line.normal)) and ":" in match["gap"])
    for a, b in pairwise(lines):
        if (a.kind is Kind.BODY and not b.level and (b.kind is Kind.HEADLIKE or b.rule == "body")
                and b.number == a.number + 1 and len(b.normal) < width
                and width - COLUMN_SLACK <= len(a.normal) <= width + COLUMN_SLACK
                and not is_closed(a.normal)
                and not ((match := _NUMBERED_PART.match(b.normal)) and ":" in match["gap"]
                         and numbered[match["word"]] >= 2)):
            b.kind, b.rule = Kind.BODY, "cut-last-line"


# A line in round brackets whole: '（本地高校影视专业讲师，资深影评人）'.
_IN_BRACKETS = re.compile(r"^\([^()]+\)$")
# A brief's title in brackets run into its text: '【冒充“客服”骗退款　警方紧急止付】11月21日1'.
_RUN_IN_TITLE = re.compile(r"^【[^】]{6,30}】\s*\S")
_DASHED = re.compile(r"^\s*(?:[—–]|-{2})")


def _section_titles(lines: list[Line]) -> None:
    """The head right under a part's number ('01' / '老街有了新模样') is the part's title:
    a subhead of the story, whatever the paragraph under it opens with."""
    for line, nxt in pairwise([*lines, None]):
        if line.rule != "section-number":
            continue
        if nxt is None or nxt.kind is Kind.NOISE:
            # ('09' / 'P. 10', or the page's last line: a magazine page's folio)
            line.kind, line.rule = Kind.NOISE, "folio"
        elif nxt.kind is Kind.HEADLIKE and not nxt.level and nxt.number - line.number <= 3:
            nxt.kind, nxt.rule = Kind.SUBHEAD, "section-title"
    # '#民生#' / '南岸新增5个社区食堂…': a post's topic tag right over a part's title.
    for line, nxt in pairwise(lines):
        if (line.rule == "web-chrome" and _TOPIC_TAG.match(line.normal)
                and nxt.kind is Kind.HEADLIKE and not nxt.level
                and nxt.number == line.number + 1):
            nxt.kind, nxt.rule = Kind.SUBHEAD, "section-title"
    # '壹丨从“背篓”到“蜂箱”' / … / '贰丨路通了…': parts' titles after their numbers and a bar,
    # two or more
    numbered = [line for line in lines if line.kind is Kind.HEADLIKE and not line.level
                and _NUMBER_BAR.match(line.normal)]
    if len(numbered) >= 2:
        for line in numbered:
            line.kind, line.rule = Kind.SUBHEAD, "section-title"
    # '▌钓鱼嘴音乐半岛首场草坪音乐会开唱': a post marks its parts' titles with a bar.
    for line in lines:
        if line.kind is Kind.HEADLIKE and not line.level and (mark := _PART_MARK.match(line.text)):
            line.text = line.text[mark.end():]
            line.norm = normalize(line.text)
            line.kind, line.rule = Kind.SUBHEAD, "section-title"


_TOPIC_TAG = re.compile(r"^#[^\s#]{1,12}#$")
# A part's number and a bar before its title: '壹丨', '01｜', '三|'.
_NUMBER_BAR = re.compile(
    r"^(?:[壹贰叁肆伍陆柒捌玖拾]|[一二三四五六七八九十]|0?[1-9])\s*[丨|]\s*\S{2}")
# (or with a small diamond or a fisheye, bullets a post's editor picks:
# '🔹新立镇：早熟蜜橘开园采摘', '◉ 城区新增2条公交线路　4月22日起试运行')
_PART_MARK = re.compile(r"^[▌▍▎▐▋█◉\U0001F537\U0001F536\U0001F539\U0001F538]\s*(?=\S)")


BOX_LINES_MAX = 8  # lines of a box under its label ('人物名片' / name / post / record …)


def _box_lines(lines: list[Line]) -> None:
    """The lines right under a box's label, none a blank line apart ('人物名片' / '曾庆华　男，
    1964年6月生' / '荣昌区清江镇竹林村卫生室乡村医生' / …), are the box's text, never heads.
    (Links under a related-links label and comments under theirs are chrome instead.)"""
    chrome = {*words()["link_labels"], *words()["comment_labels"]}
    for at, line in enumerate(lines):
        if line.kind is not Kind.LABEL or bare_label(line.normal) in chrome:
            continue
        # A box holds a few lines: on a page with no blank lines at all, the page's heads
        # further down stay heads (and a page of labels is read in linear time).
        box = lines[at:at + BOX_LINES_MAX + 1]
        if len(box) >= 3 and box_title(box[1], box[2]):
            continue  # '链接' / '万州烤鱼的由来' / a paragraph: a box with a title of its own
        # A contents box lists titles, bulleted or not: they point to the stories below.
        teasers = bare_label(line.normal) in words()["teaser_labels"]
        for above, below in pairwise(box):
            if (below.number != above.number + 1 or below.level
                    or (below.kind not in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                        and below.rule != "speaker-line"
                        and not (teasers and below.rule == "bulleted-subhead"))):
                break
            below.kind, below.rule = ((Kind.NOISE, "teaser-line") if teasers
                                      else (Kind.BODY, "box-line"))


BOX_TITLE_MAX = 20  # characters of a box's own title under its label
TEASER_LINES_MAX = 6  # lines of a teaser's summary over its pointer to the page


def _pointed_teasers(lines: list[Line]) -> None:
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


def box_title(line: Line, below: Line) -> bool:
    """A short open head right under a label, over a paragraph's long line: the box's
    title (a card's lines, '竹林村卫生室乡村医生', stand over more short lines)."""
    return (line.kind is Kind.HEADLIKE and not line.level and len(line.normal) <= BOX_TITLE_MAX
            and not is_closed(line.normal) and below.kind is Kind.BODY
            and len(below.normal) > BOX_TITLE_MAX)


CREDIT_TAIL = 40  # characters at a paragraph's end where a run-in credit is looked for


def signs(line: Line) -> bool:
    """Does ``line`` sign the text above it: a byline, a closing credit, or a paragraph that
    ends in a run-in credit ('…开展演练。（记者　况丽娜）')?"""
    return line.kind in (Kind.BYLINE, Kind.CREDIT) or (
        line.kind is Kind.BODY and words()["end_credit"].search(line.normal[-CREDIT_TAIL:])
        is not None)


# (A deputy's or a member's name card under the title of what they propose or say: their
# body and their name, layout.yaml's ``deputy_bodies``; then perhaps their post.)
NAME_CARDS_MIN = 2  # cards under titles, one after another, that make the titles items
CARD_POST_MAX = 40  # characters of the post under a name card


def _name_cards(lines: list[Line]) -> None:
    """Deputies' proposals under one head, each its own title over the deputy's card
    ('给山区孩子配齐音体美老师' / '市人大代表　谭秀芳' / '巫山县骡坪镇中心小学校长' / '“我们学校
    有12个班…”'): each title heads an item, and the card with the post under it is the
    item's lead (who it is about), no head of a story."""
    name_card = words()["name_card_re"]
    found: list[tuple[Line, Line, Line | None]] = []  # (title, card, post)
    for at, card in enumerate(lines):
        if (card.level or card.kind not in (Kind.HEADLIKE, Kind.BYLINE, Kind.BODY)
                or not name_card.match(card.normal) or at == 0):
            continue
        title = lines[at - 1]
        if (title.level or title.kind is not Kind.HEADLIKE or card.number - title.number > 2
                or is_closed(title.normal)):
            continue
        post = lines[at + 1] if at + 1 < len(lines) else None
        if (post is not None and post.number == card.number + 1 and not post.level
                and post.kind is Kind.HEADLIKE and len(post.normal) <= CARD_POST_MAX):
            text = lines[at + 2] if at + 2 < len(lines) else None
        else:
            post, text = None, post
        if text is not None and text.kind is Kind.BODY and not text.level:
            found.append((title, card, post))
    if len(found) < NAME_CARDS_MIN:
        return
    posts = {id(post) for _, _, post in found if post is not None}
    for title, card, post in found:
        title.kind, title.rule = Kind.RUBRIC, "carded-part"
        if post is not None:
            card.text = f"{card.text.strip()}　{post.text.strip()}"
            card.norm = normalize(card.text)
        card.kind, card.rule = Kind.LEAD, "name-card"
    lines[:] = [line for line in lines if id(line) not in posts]


NUMBERED_COLUMN_MAX = 8  # characters of a column's name under a part's number


def _numbered_columns(lines: list[Line]) -> None:
    """'01' / '健康资讯' / '乡镇卫生院开出“慢病联合门诊”' / its deck / its text: a part's title
    that is a column's short name over a headline is the section of the stories under it (a
    page of columns reposted), no part of one report."""
    for at, line in enumerate(lines[:-1]):
        below = lines[at + 1]
        # (the number on a line of its own: '01　交通' over a title is a digest's item)
        if (line.rule == "section-title" and at and lines[at - 1].rule == "section-number"
                and len(line.normal.replace(" ", "")) <= NUMBERED_COLUMN_MAX
                and not CLAUSE_MARK.search(line.normal) and below.kind is Kind.HEADLIKE
                and not below.level and below.number - line.number <= 2):
            line.kind, line.rule = Kind.RUBRIC, "column-over-stories"
            lines[at - 1].kind = Kind.NOISE  # (its number is no head)


# A site's column block head: its name, then its link to the column far right ('古镇探访
# 　　　　更多>>').
# (or a Markdown copy's heading, its link's text kept: '## 焦点新闻　更多>>')
_MORE_LINK_COLUMN = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,8})(?:\s{2,}|\u3000)(?:更多|更多内容|查看更多)\s*[>»＞]{1,2}$")


def _columns_with_more_links(lines: list[Line]) -> None:
    """'古镇探访　　　　更多>>' over an entry's headline: the column's name is the section of
    the entries under it (its link is chrome)."""
    for line, below in pairwise([*lines, None]):
        if (line.kind not in (Kind.HEADLIKE, Kind.NOISE, Kind.HEADING)
                or (named := _MORE_LINK_COLUMN.match(line.text.strip())) is None):
            continue
        if (below is None or below.kind not in (Kind.HEADLIKE, Kind.HEADING)
                or below.number - line.number > 2):
            line.kind, line.rule = Kind.NOISE, "web-chrome"  # (over teasers: furniture)
            continue
        line.text, line.norm = named["name"], normalize(named["name"])
        line.kind, line.rule = Kind.RUBRIC, "column-over-stories"


# A video's title and its running time, as a site lists its videos ('航拍某某古镇　02:16').
_VIDEO_ENTRY = re.compile(r"^(?![\d:])\S.{3,40}?[ \u3000]+[0-5]?\d:[0-5]\d$")
VIDEO_ENTRIES_MIN = 2


def _video_lists(lines: list[Line]) -> None:
    """Two lines or more in a row of a title and a running time ('航拍某某古镇　02:16' /
    '跟着传人逛老街　03:05'): a site's list of videos, furniture."""
    for start, end in _adjacent_spans(lines, lambda line: (
            line.kind is not Kind.BODY and line.normal[-3:-2] == ":"
            and _VIDEO_ENTRY.match(line.normal) is not None), gap=2):
        if end - start >= VIDEO_ENTRIES_MIN:
            for entry in lines[start:end]:
                entry.kind, entry.rule = Kind.NOISE, "web-chrome"


def _signed_parts(lines: list[Line]) -> None:
    """Numbered parts ('01' / title) most of which are signed on their own (a byline, a
    closing credit) are separate news gathered in one post, a digest's items: no subheads
    of one report. Their number is no part of the item's heading."""
    starts = [at for at, line in enumerate(lines) if line.rule == "section-title"]
    if len(starts) >= 2 and _mostly_signed(lines, starts):
        for at in starts:
            lines[at].kind, lines[at].rule = Kind.RUBRIC, "signed-part"
            if at and lines[at - 1].rule == "section-number":
                lines[at - 1].kind = Kind.NOISE
        # A part runs to the next part (the last to its own signature): a notice quoted
        # whole inside it ('▼上下滑动查看通知全文▼' / '关于…停水的通知' / … / '2021年6月8日'),
        # its title, issuer and date, is the part's text, no story of its own.
        for start, end in pairwise([*starts, len(lines)]):
            signed = [at for at in range(start + 1, end) if signs(lines[at])]
            if end == len(lines):
                end = signed[-1] if signed else start
            for line in lines[start + 1:end]:
                if line.kind in (Kind.HEADLIKE, Kind.DATE) and not line.level:
                    line.kind, line.rule = Kind.BODY, "quoted-line"


# A letter's signature run in at its end: the writer's place and name and the day it came
# ('…尽快完善。（璧城街道　陈代芬　3月2日来信）').
_LETTER_SIGNATURE = re.compile(r"[(（][^()（）]{2,30}来信[)）]$")


def _signed_letters(lines: list[Line]) -> None:
    """A letters column's titled letters ('来信摘登' / '◇公交站台少了遮雨棚' / '　　城区璧泉路上…
    （璧城街道　陈代芬　3月2日来信）' / '◇窨井盖丢了谁来补' / …), each signed at its end by its
    own writer, are separate letters: the column's items, not the subheads of one text."""
    heads = [at for at, line in enumerate(lines)
             if line.kind is Kind.SUBHEAD and line.rule == "bulleted-subhead"]
    signed = []
    for start, end in pairwise([*heads, len(lines)]):
        for line in lines[start + 1:end]:
            if line.kind is not Kind.BODY:
                break
            if _LETTER_SIGNATURE.search(line.normal):
                signed.append(start)
                break
    if len(signed) >= 2 and len(signed) * 2 >= len(heads):
        for at in signed:
            lines[at].kind, lines[at].rule = Kind.RUBRIC, "signed-part"


def _mostly_signed(lines: list[Line], starts: list[int]) -> bool:
    """Are two or more of the parts opening at ``starts`` (each up to the next), and at least
    half of them, signed on their own (a byline, a closing credit): separate news, not parts
    of one report?"""
    signed = sum(1 for start, end in pairwise([*starts, len(lines)])
                 if any(signs(line) for line in lines[start + 1:end]))
    return signed >= 2 and signed * 2 >= len(starts)


# A digest post's title: its column, a bar, and two of its news or more ('今日巫溪丨A　B……').
_DIGEST_TITLE = re.compile(r"^[^丨|\s]{2,8}\s*[丨|]\s*(?P<rest>\S.*?(?:\s{1,}\S.*|…|\.\.\.))$")


def _digest_title(norm: str) -> bool:
    """'今日巫溪丨“秋染红池坝”文旅活动10月1日开幕　上磺镇2.6万亩洋芋喜获丰收……': a column's
    name and a bar over two news or more (parted by a space, or the list cut with '……')."""
    return _DIGEST_TITLE.match(norm) is not None


def _digest_parts(lines: list[Line]) -> None:
    """A post titled as a digest ('今日巫溪丨A　B……') whose heads, two or more, each head a
    text most of which are signed, one of them named in the title: the heads open the post's
    items (its news), not stories of their own."""
    title = next((line for line in lines if _digest_title(line.normal)), None)
    if title is None:
        return
    named = title.normal.replace(" ", "")
    # (the post ends at its editors' lines: readers' comments and links follow)
    end = next((at for at, line in enumerate(lines)
                if line.number > title.number and line.rule == "editors"), len(lines))
    starts = [at for at, line in enumerate(lines[:end])
              if line.number > title.number and line.kind is Kind.HEADLIKE and not line.level
              and not _digest_title(line.normal) and _text_follows(lines, at)]
    if len(starts) < 2 or not any(_named_in(lines[at].normal.replace(" ", ""), named)
                                  for at in starts):
        return
    if _mostly_signed(lines, starts):
        for at in starts:
            lines[at].kind, lines[at].rule = Kind.RUBRIC, "digest-part"


DIGEST_NAMED_MIN = 6  # characters of a head a digest's title repeats, at least


def _named_in(head: str, title: str) -> bool:
    """Does a digest's title name the news under ``head``: the head whole, or shortened
    with a run of its words kept ('夏布织造技艺培训班在盘龙镇开班' in
    '…丨夏布织造技艺培训班开班；…')?"""
    if head in title:
        return True
    match = SequenceMatcher(None, head, title, autojunk=False).find_longest_match(
        0, len(head), 0, len(title))
    return match.size >= DIGEST_NAMED_MIN


# A biography's heading in a box of them ('王承宗同志简历'), after an election or appointments.
_BIOGRAPHY_HEAD = re.compile(rf"^[{HAN}]{{2,4}}(?:同志)?(?:简历|簡歷)$")
BIOGRAPHIES_MIN = 2


def _biography_parts(lines: list[Line]) -> None:
    """A box of biographies, each under its heading ('新当选的市长、副市长简历' / '王承宗同志简历'
    / facts and career lines / '周敏华同志简历' / …), two or more: the headings open the box's
    items (one person's biography each), not stories or subheads."""
    found = [line for line in lines if line.kind is Kind.HEADLIKE and not line.level
             and _BIOGRAPHY_HEAD.match(line.normal)]
    if len(found) >= BIOGRAPHIES_MIN:
        for line in found:
            line.kind, line.rule = Kind.RUBRIC, "biography-part"


# A profile's facts opening its text: the name, the sex and the month of birth
# ('刘家富，男，1962年6月生，中共党员，…', '向敏，女，土家族，1991年3月出生，…').
_PROFILE_FACTS = re.compile(rf"^(?P<name>[{HAN}](?:\s?[{HAN}]){{1,3}})\s*[，,]\s*[男女]\s*[，,]"
                            rf"\s*(?:[{HAN}]{{1,6}}族\s*[，,]\s*)?(?:19|20)\d{{2}}\s*年"
                            rf"\s*\d{{1,2}}\s*月\s*(?:出)?生")


def _profile_heads(lines: list[Line]) -> None:
    """Profiles of people honoured together, each under a head that names its person
    ('助人为乐模范｜刘家富：为乡亲修通“致富路”' / '刘家富，男，1962年6月生，…'), two or
    more: the heads open the profiles' items, not stories or subheads."""
    found = []
    for head, text in pairwise(lines):
        if (head.kind is Kind.HEADLIKE and not head.level and text.kind is Kind.BODY
                and text.number - head.number <= 2
                and (facts := _PROFILE_FACTS.match(text.normal)) is not None
                and facts["name"].replace(" ", "") in head.normal.replace(" ", "")):
            found.append(head)
    if len(found) >= BIOGRAPHIES_MIN:
        for head in found:
            head.kind, head.rule = Kind.RUBRIC, "profile-part"


# A biography's opening: the name, then the years of birth and death in brackets
# ('向子乔（1868～1931），名宗林，…').
_LIFE_YEARS = re.compile(r"\s*[(（]\s*\d{4}\s*(?:年\s*)?[～~—\-－至]")


def _biography_names(lines: list[Line]) -> None:
    """A name set alone on its line ('向　子　乔', letter-spaced as a book sets it) over a
    paragraph that opens with that name and the years of the life ('向子乔（1868～1931），名
    宗林，…') heads that biography, as a gazetteer's 人物传 prints them: a headline, not a
    portrait's name under a picture."""
    for above, line in pairwise(lines):
        name = above.normal.replace(" ", "")
        if (above.kind is Kind.NAME and line.kind is Kind.BODY
                and line.number - above.number <= 2 and line.normal.startswith(name)
                and _LIFE_YEARS.match(line.normal, len(name))):
            above.kind, above.rule = Kind.HEADLIKE, "biography-name"


def _text_follows(lines: list[Line], at: int) -> bool:
    """Is the first line after ``lines[at]`` that is no chrome (nor a picture's caption,
    the picture opening the text) a paragraph?"""
    below = next((line for line in lines[at + 1:]
                  if line.kind not in (Kind.NOISE, Kind.CAPTION)), None)
    return below is not None and below.kind is Kind.BODY


# '▌01　交通': a marked part's number and its topic's tag, over the part's own title.
_PART_TAG = re.compile(rf"^\d{{1,2}}\s+[{HAN}]{{2,6}}$")


def _tagged_parts(lines: list[Line]) -> None:
    """A post's parts each marked with a bar, a number and a topic's tag ('▌01　交通' /
    '双江至古溪快速通道建成通车' / text), two or more: the title under each tag heads an item
    of the post; the tag is its furniture."""
    found = [(tag, title) for tag, title in pairwise(lines)
             if tag.rule == "section-title" and _PART_TAG.match(tag.normal)
             and title.kind is Kind.HEADLIKE and not title.level
             and title.number - tag.number <= 3]
    if len(found) >= NAMED_PARTS_MIN:
        for tag, title in found:
            tag.kind, tag.rule = Kind.NOISE, "part-tag"
            title.kind, title.rule = Kind.RUBRIC, "tagged-part-title"


_FIELD_OPENING = re.compile(rf"^[{HAN}]{{2,4}}\s*:\s*\S")  # 时间：… · 地点：…


def _listed_events(lines: list[Line]) -> None:
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
            _unbullet(line)
            line.kind, line.rule = Kind.RUBRIC, "listed-event"
    for line, below in pairwise(lines):
        if (line.rule in ("bulleted-place", "bulleted-subhead") and info_line(below)
                and below.number == line.number + 1):
            # ('■ 青年镇：2000亩高山蔬菜进入管护关键期' over its information line: the title)
            _unbullet(line)
            line.kind, line.rule = Kind.HEADLIKE, "title-over-info"


# A voice's name and who they are, in brackets or after a gap: '冉秀英（51岁，民宿经营者）',
# '寇家豪　鱼洞街道快递员'; or who they are first: '竹海村党支部书记　邓林'.
_NAME_AND_WHO = re.compile(rf"^(?P<name>[{HAN}]{{2,4}})(?:\s*\((?P<who>[^()]{{2,30}})\)"
                           rf"|\s+(?P<post>[{HAN}、]{{2,30}}))$")
_WHO_AND_NAME = re.compile(rf"^(?P<post>[{HAN}、]{{2,30}})\s+(?P<name>[{HAN}]{{2,4}})$")


def _bracketed_voices(lines: list[Line]) -> None:
    """Bulleted subheads that each name a person and say who they are in brackets
    ('◆冉秀英（51岁，民宿经营者）' / what she says / '◆李俊杰（29岁，返乡创业青年）' / …), two or
    more: the voices gathered under one head, each an item."""
    # (a bulleted line whose brackets end in a title reads as a speaker's line: one of them)
    # (and a bulleted line too long for a subhead: '◆瞿浩然　…数控车工、区级技术能手')
    # (or a bulleted post and name, read as a writer's line: '◆竹海村党支部书记　邓　林')
    found = [line for line in lines if (line.rule in ("bulleted-subhead", "bulleted-name") or (
                line.kind in (Kind.LEAD, Kind.HEADLIKE, Kind.BODY) and line.text[:1] in BULLETS))
             and (match := _NAME_AND_WHO.match(bare := line.normal.lstrip(BULLETS + " "))
                  or _WHO_AND_NAME.match(join_spaced_names(bare)))
             and person_like(match["name"])]
    if len(found) >= NAMED_PARTS_MIN:
        for line in found:
            _unbullet(line)
            line.kind, line.rule = Kind.RUBRIC, "voice-part"


def _dated_parts(lines: list[Line]) -> None:
    """Bulleted subheads ('■独居老人家中停电　社区连夜送来取暖器') each over a part that opens
    with its own day ('昨日傍晚6点过，…', '“…”昨日上午，…'), under a story's first text, are
    separate cases gathered under one head, a roundup's items; a feature's parts go on with
    its one story."""
    heads = [at for at, line in enumerate(lines) if line.rule == "bulleted-subhead"]
    # The subheads of one story: no other head between two of them (a profile's ■ subheads
    # above a digest of cases on the same page are another story's).
    groups: list[list[int]] = []
    for at in heads:
        if groups and not any(line.kind in (Kind.HEADLIKE, Kind.HEADING, Kind.RUBRIC)
                              for line in lines[groups[-1][-1] + 1:at]):
            groups[-1].append(at)
        else:
            groups.append([at])
    for group in groups:
        _dated_group(lines, group)


def _dated_group(lines: list[Line], heads: list[int]) -> None:
    if len(heads) < 2 or not heads[0] or lines[heads[0] - 1].kind is not Kind.BODY:
        return  # no story's text above them: a briefs column's titles ('要闻简报' / '■…')
    dated = []
    for at in heads:
        text = next((line for line in lines[at + 1:at + 3]
                     if line.kind in (Kind.BODY, Kind.HEADLIKE) and not line.level), None)
        dated.append(text is not None and bool(words()["report_opening_re"].match(
            QUOTED_OPENING.sub("", text.normal)[:40])))
    if all(dated):
        for at in heads:
            line = lines[at]
            bare = line.text.strip().lstrip(BULLETS).strip()
            line.kind, line.rule, line.text, line.norm = (
                Kind.RUBRIC, "dated-part", bare, normalize(bare))


_PART_LABEL = re.compile(r"^[【\[〔]\s*(?P<label>[^】\]〕\s]{2,6})\s*[】\]〕]$")


def _part_labels(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """Two or more short labels in brackets, each alone over text ('【案情回顾】' / '…' /
    '【法官说法】' / '…'), are the parts of one piece: its subheads, no column's name or deck.
    (A place in brackets over its text heads a roundup's item instead.)"""
    places = gazetteer or default_gazetteer()
    found = [line for line, nxt in pairwise(lines)
             if line.kind in (Kind.HEADLIKE, Kind.RUBRIC) and not line.level
             # (a part signed apart: 【记者调查】; a transcript's or pictures' part over their
             # chrome: 【文字实录】 / '[主持人]　2013-03-14 10:00:21', 【图片直播】 / '[图片]')
             and (nxt.kind in (Kind.BODY, Kind.BYLINE) or nxt.rule in ("web-chrome", "image"))
             and (match := _PART_LABEL.match(line.normal))
             and not known_places(places, match["label"], towns=True)]
    if len(found) >= 2:
        for line in found:
            line.kind, line.rule = Kind.SUBHEAD, "part-label"


_NUMBERED_PART = re.compile(
    rf"^(?P<word>[{HAN}]{{1,4}}?)[一二三四五六七八九十]{{1,2}}(?P<gap>\s*[:：]\s*|\s+)\S")


def _numbered_parts(lines: list[Line]) -> None:
    """Heads numbered with the same word ('误区一：…', '误区二：…') are the parts of one
    story, its subheads: never headlines, whatever they say. Numbered keywords ('关键词一：菜',
    '热词一　全域旅游') each head a topic of its own: the items of a roundup."""
    series: dict[str, list[Line]] = {}
    topics = words()["keyword_series_set"]
    for line in lines:
        if line.kind is Kind.HEADLIKE and not line.level and (
                match := _NUMBERED_PART.match(line.normal)) and (
                ":" in match["gap"] or match["word"] in topics):
            series.setdefault(match["word"], []).append(line)
    for word, parts in series.items():
        if len(parts) >= 2:
            for line in parts:
                line.kind, line.rule = ((Kind.LEAD, "named-part") if word in topics
                                        else (Kind.SUBHEAD, "numbered-part"))


# (or a two-digit number set apart by a wide space: '01　照母山森林公园｜樱花、海棠')
NUMBERED_ENTRY = re.compile(r"^(?P<n>\d{1,2})\s*[.．、]\s*(?P<title>\S.*)$"
                            r"|^(?P<padded>0\d)\u3000+(?P<named>\S.*)$")


def _numbered_entries(lines: list[Line]) -> None:
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


BYLINE_FIELD_LABEL_MAX = 4  # characters of a field's label under a byline ('行程：…')


def _fields_under_bylines(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A labelled line right under a byline, over the text ('文/图　读者　林　峰' /
    '行程：主城—武隆县城—仙女山镇' / '第一天…'): a field of the piece (its route, its
    time), its text, not a headline (a place and a topic, '巴南：花木…', stays a head)."""
    places = gazetteer or default_gazetteer()
    for at in range(1, len(lines) - 1):
        above, line, below = lines[at - 1], lines[at], lines[at + 1]
        label = label_of(line.normal)
        if (line.kind is Kind.HEADLIKE and not line.level and label is not None
                and len(label) <= BYLINE_FIELD_LABEL_MAX and above.kind is Kind.BYLINE
                and line.number - above.number <= 2 and below.kind is Kind.BODY
                and not known_places(places, label, towns=True)):
            line.kind, line.rule = Kind.BODY, "labelled-paragraph"


ENTRY_TITLE_MAX = 30  # characters of an entry's title after its label


def _entry_title(norm: str) -> str | None:
    """The title a bracketed label opens ('【建议】在乡镇卫生院设夜间值班诊室'), or None when
    the rest of the line is a sentence (a question asked, an answer's text)."""
    match = _RUN_IN_LABEL.match(norm)
    if match is None:
        return None
    title = norm[match.end("label") + 1:].strip()
    # (a speaker's post and name under a broadcast's '【同期声】' label, a notice's addressee
    # before a colon: no titles)
    if (not title or len(title) > ENTRY_TITLE_MAX or "。" in title or " " in title
            or ":" in title or title[-1] in "。！？!?，,；;…"):
        return None
    return title


def _labelled_entries(lines: list[Line]) -> None:
    """A column's entries each opened by the same bracketed label and a title, over other
    labelled lines and text of their own ('代表建议摘登' / '【建议】在乡镇卫生院设夜间值班诊室'
    / '【代表】市人大代表、…　邓红梅' / '农村老人和孩子…' / '【建议】公交线路延伸…' / …), are
    items headed by their titles; the labelled lines under a title are the entry's text."""
    labelled = [(at, match["label"]) for at, line in enumerate(lines)
                if line.kind in (Kind.BODY, Kind.HEADLIKE, Kind.BYLINE) and not line.level
                and (match := _RUN_IN_LABEL.match(line.normal))]
    if len(labelled) < 2:
        return
    labels = dict(labelled)
    by_label: dict[str, list[int]] = {}
    for at, label in labelled:
        by_label.setdefault(label, []).append(at)
    for openers in by_label.values():
        if (len(openers) >= 2 and all(_entry_title(lines[at].normal) for at in openers)
                and (parts := _entry_labels(lines, openers, labels)) is not None):
            for at, labels_under in zip(openers, parts, strict=True):
                lines[at].kind, lines[at].rule = Kind.RUBRIC, "labelled-entry"
                for k in labels_under:
                    lines[k].kind, lines[k].rule = Kind.BODY, "labelled-paragraph"
            return


def _entry_labels(lines: list[Line], openers: list[int],
                  labels: dict[int, str]) -> list[list[int]] | None:
    """For each entry opened at ``openers``, the labelled lines under its title; None when
    an entry has no text of its own under them."""
    parts: list[list[int]] = []
    for at, end in pairwise([*openers, len(lines)]):
        inside = [k for k in range(at + 1, end) if lines[k].kind is not Kind.NOISE]
        under = list(takewhile(lambda k: k in labels, inside))
        text = inside[len(under):]
        # (the text a paragraph of its own, not the rest of a title line cut at the column)
        if (not text or lines[text[0]].kind is not Kind.BODY or lines[at].indent
                or not (under or lines[text[0]].rule == "indented-paragraph")):
            return None
        parts.append(under)
    return parts


SIGNATURE_MAX = 24  # characters of a signature under a reader's comment: ——南岸区 读者 刘国强
# ... longer when it gives the speaker's post and the source quoted:
# ——何 明（中共重庆市委党校教授），摘自《学习时报》2025年3月24日
_SOURCED_SIGNATURE = re.compile(rf"^[—-]+\s*[{HAN}](?: ?[{HAN}]){{1,3}}\s*\([^()]{{2,40}}\)")


def _dash_signatures(lines: list[Line]) -> None:
    """A short line opening with a dash right under a paragraph ('——网友“山城小李”') signs
    the comment or quotation above: text of the story, never a deck (a deck is under a
    head)."""
    for at in range(1, len(lines)):
        above, line = lines[at - 1], lines[at]
        if (line.kind is Kind.HEADLIKE and not line.level and above.kind is Kind.BODY
                and DECK_DASHES.match(line.normal) and line.normal[:1] in "—-"
                and (len(line.normal) <= SIGNATURE_MAX or _SOURCED_SIGNATURE.match(line.normal)
                     or _posts_signature(line.normal))
                and not line.normal.endswith(tuple(words()["deck_endings"]))
                # '消费维权' / '…就不认？' / '——记者介入后，…': a question under a column's
                # name is a headline, and the dashed line under it its deck
                and not (at >= 2 and _asking_head(above.normal)
                         and lines[at - 2].kind is Kind.HEADLIKE)
                # '“你们尽管往前走，老师在身后”' / '——…最后一节班会课' / '本报记者 A': a
                # quotation as a headline, its deck under it and the byline below
                and not (_quoted_head(above.normal) and at + 1 < len(lines)
                         and lines[at + 1].kind is Kind.BYLINE)):
            line.kind, line.rule = Kind.BODY, "dash-signature"
            if _dash_runs_on(above, line):
                line.rule = "dash-runs-on"


# What ends a sentence or a quotation: a line of text ending otherwise was cut by the wrap.
_SENTENCE_END = "。！？!?”\"」』）)…"


def _dash_runs_on(above: Line, line: Line) -> bool:
    """'他按照护照里夹着的名片联系上失主' / '——一名在重庆出差的外籍男子，连': a dash that
    opens a line of a sentence the wrap cut, which goes on past a comma: text run on, no
    signature of its own."""
    return (above.normal[-1:] not in _SENTENCE_END and line.normal[-1:] not in _SENTENCE_END
            and "," in line.normal)


POSTS_SIGNATURE_MAX = 48  # characters of a signature giving the speaker's posts


def _posts_signature(norm: str) -> bool:
    """'——市人大代表、某社区党委书记　柏永新': a speaker's posts and name signing a quotation."""
    match = POSTS_AND_NAME.match(join_spaced_names(DECK_DASHES.sub("", norm)))
    return (len(norm) <= POSTS_SIGNATURE_MAX and match is not None
            and person_like(match["name"]))


_EXCERPTED = re.compile(r"[,，]\s*(?:摘自|摘編自|摘编自|选自|選自)\s*\S")


def _excerpted_views(lines: list[Line]) -> None:
    """A box of views excerpted from elsewhere, each a title over its text and a signature
    naming where it appeared ('县域发展要在“特”字上做文章' / '“…”' / '——周 航（…研究员），
    摘自《重庆日报》'): two or more such titles in a row head the box's items, not stories or
    subheads of one text."""
    found: list[Line] = []
    for at, line in enumerate(lines):
        if line.kind is not Kind.HEADLIKE or line.level:
            continue
        end = at + 1
        while end < len(lines) and lines[end].kind is Kind.BODY and lines[end].rule != (
                "dash-signature"):
            end += 1
        if (end > at + 1 and end < len(lines) and lines[end].rule == "dash-signature"
                and _EXCERPTED.search(lines[end].normal)):
            found.append(line)
    if len(found) >= NAMED_PARTS_MIN:
        for line in found:
            line.kind, line.rule = Kind.RUBRIC, "excerpt-title"


QUOTE_BOX_LINES = 3  # lines of a quotation in a box, its signature's line included


def _quote_boxes(lines: list[Line]) -> None:
    """A bracketed label over quotations each signed by a dash line ('【企业家说】' / '“过去一匹
    布卖几百元…”' / '——某夏布家纺公司总经理　刘　燕'): a box of voices inside the story above,
    its label a subhead, no column opening stories."""
    for at, line in enumerate(lines):
        if (line.kind is not Kind.HEADLIKE or line.level or not at
                or not _BRACKET_LABEL.match(line.normal) or lines[at - 1].kind is not Kind.BODY):
            continue
        below = lines[at + 1:at + 1 + QUOTE_BOX_LINES]
        signed = next((j for j, b in enumerate(below) if b.rule == "dash-signature"), None)
        if (signed and below[0].normal[:1] == "“"
                and all(b.kind is Kind.BODY for b in below[:signed])):
            line.kind, line.rule = Kind.SUBHEAD, "quote-box-label"


# Rules of the page-level pass whose lines are each a paragraph of their own.
WHOLE_LINE_RULES = frozenset({"table-row", "table-title", "verse-line", "form-field", "list-entry",
                              "prize-group", "quoted-line",
                              "signature-line", "family-signature",
                              "posted-note", "expert-line", "labelled-paragraph",
                              "dash-signature", "box-line", "poster-line", "poet-line",
                              "figure-note"})
# Rules of the page-level pass whose lines open a paragraph, whatever the line above.
OPENING_LINE_RULES = frozenset({"indented-paragraph", "record-paragraph", "list-row"})


def _quoted_head(norm: str) -> bool:
    """A short line that is one quotation ('“那条路，是我们一锤一锤凿出来的”')."""
    return (len(norm) <= 30 and norm[:1] == "“" and norm[-1:] == "”"
            and "”" not in norm[1:-1] and "。" not in norm)


# A letter to the paper, its text run in after the salutation ('编辑同志：我是澄溪镇的…').
_TO_THE_EDITOR = re.compile(r"^(?:编辑同志|編輯同志|记者同志|記者同志)\s*[:：,，]")


def _asking_head(norm: str) -> bool:
    """Short, one sentence ending in '?' or '!', shaped like a headline but for its end."""
    return (len(norm) <= 30 and norm[-1:] in "?!" and "。" not in norm
            and norm.count(",") <= 1 and label_of(norm) is None
            # a quotation opening it must close before the question goes on ('“15分钟便民
            # 生活圈”怎么建好？'); a line that is all quotation is someone's words
            and (norm[:1] not in "“‘「\"" or bool(_QUOTED_TERM_FIRST.match(norm)))
            and headline_shape(norm.rstrip("?!")))


BOX_LABEL_LINE_MAX = 6


def _box_label_line(norm: str) -> bool:
    """A box's short label ('声音', '专家提醒') on a line of its own."""
    bare = norm.replace(" ", "")
    return len(bare) <= BOX_LABEL_LINE_MAX and bare.endswith(tuple(words()["box_label_endings"]))


_QUOTED_TERM_FIRST = re.compile(rf"^“[^“”]{{2,16}}”[{HAN}]{{2}}")


def _speakers_alike(lines: list[Line]) -> None:
    """Under a speaker's line ('刘大贵　石板滩村4组村民'), the lines of the same shape that
    follow, before the next byline or credit, are the other speakers' lines, whatever their
    roles say ('黄德明　石板滩村脱贫户', '冉小燕　返乡创业青年')."""
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


SIGN_ENTRIES_MIN = 3  # signs of a horoscope box over their readings


def _sign_entries(lines: list[Line]) -> None:
    """A horoscope box, each sign's name with its span of days over its reading
    ('白羊座（3.21—4.19）' / '综合★★★☆☆　本周…', or '白羊座 3月21日-4月19日'): each sign
    opens an item of the box."""
    signs = words()["zodiac_signs_re"]
    found = [line for line in lines if line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.SUBHEAD)
             and not line.level and signs.match(line.normal)]
    if len(found) >= SIGN_ENTRIES_MIN:
        for line in found:
            line.kind, line.rule = Kind.LEAD, "named-part"


# '秦德明：高山茶园里的“老支书”': a person's name, a colon, and what the part says of them.
# (under a bullet, the name padded: '◎谭　红：村小里的“英语妈妈”')
_NAMED_PART = re.compile(
    rf"^(?P<bullet>[{BULLETS}]\s*)?(?P<name>[{HAN}](?: ?[{HAN}]){{1,2}})\s*:\s*\S.{{3,24}}$")
NAMED_PARTS_MIN = 2


def _named_parts(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """Heads of a profile page's parts, each a different person's name and a colon before
    what the part tells of them ('秦德明：高山茶园里的“老支书”' / '刘小燕：返乡带着乡亲“触网”'),
    each over paragraphs of its own: the parts are items, one person each (no 'place：topic'
    headline: a place is no person)."""
    places = gazetteer or default_gazetteer()
    found: list[Line] = []
    for at, line in enumerate(lines[:-1]):
        if (line.kind is Kind.HEADLIKE and not line.level
                and (match := _NAMED_PART.match(line.normal))
                and person_like(name := match["name"].replace(" ", ""))
                and not known_places(places, name, towns=True)
                and (lines[at + 1].kind is Kind.BODY
                     # (or an indented paragraph's first line, a column's width long)
                     or (lines[at + 1].kind is Kind.HEADLIKE and not line.indent
                         and lines[at + 1].indent in PARAGRAPH_INDENT))):
            found.append(line)
    names = {_NAMED_PART.match(line.normal)["name"].replace(" ", "") for line in found}
    if len(found) >= NAMED_PARTS_MIN and len(names) == len(found):
        for line in found:
            if _NAMED_PART.match(line.normal)["bullet"]:
                _unbullet(line)
            line.kind, line.rule = Kind.LEAD, "named-part"


# '◆刘德清　87岁　1962年入党': a person's name and facts about them (age, year joined), set
# apart by spaces, heading that person's part of a profile page.
# (a two-character name may be padded: '黄　强　35岁　出租车司机')
_NAME_AND_FACTS = re.compile(
    rf"^[{BRIEF_BULLETS}]?\s*(?P<name>[{HAN}]{{2,3}}|[{HAN}] [{HAN}])(?:\s+\S{{1,10}}){{1,3}}$")
_FACT = re.compile(r"\d{1,3}\s*岁|(?:19|20)\d{2}\s*年")


# '庞　涛（经济界）：《推进仙女山旅游度假区提档升级》': a speaker, their sector and the title
# of what they said, one of a list printed inside a report.
_SPEAKER_AND_TITLE = re.compile(
    rf"^[{HAN}](?: ?[{HAN}]){{1,3}}\s*\([^()]{{1,12}}\)\s*:\s*《[^》]+》$")
SPEAKER_LIST_MIN = 3


def _speaker_lists(lines: list[Line]) -> None:
    """Three or more lines in a row each a speaker with their sector and the title of their
    speech: a list inside the report around it, its lines text, not heads."""
    for run in _adjacent_runs(lines, lambda line: bool(_SPEAKER_AND_TITLE.match(line.normal))):
        if len(run) >= SPEAKER_LIST_MIN:
            for listed in run:
                listed.kind, listed.rule = Kind.BODY, "list-entry"


_AGENDA_LABEL = re.compile(r"^(?:今日|明日|本日|会议|會議)?(?:议程|議程|日程)(?:安排)?$")
_AGENDA_LINE = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:\s*星期\S)?$|(?:上午|下午|晚上|全天|\d{1,2}:\d{2})\s)")


def _agenda_boxes(lines: list[Line]) -> None:
    """A session's agenda box ('今日议程' / '1月10日' / '上午　各代表团分组审议…'): what is
    scheduled, no story."""
    for at, line in enumerate(lines):
        if line.level or not _AGENDA_LABEL.match(line.normal.replace(" ", "")):
            continue
        box = list(takewhile(lambda b: b.kind in (Kind.HEADLIKE, Kind.BODY, Kind.DATE)
                             and _AGENDA_LINE.match(b.normal), lines[at + 1:]))
        if box:
            for entry in (line, *box):
                entry.kind, entry.rule = Kind.NOISE, "agenda"


def _people_with_facts(lines: list[Line]) -> None:
    """Two or more lines each a different person's name with facts about them ('◆刘德清
    87岁　1962年入党' / … / '◆周玉兰　79岁　1968年入党'), each over paragraphs: the parts of a
    profile page, its items."""
    found = [(line, match["name"]) for line, below in pairwise(lines)
             if line.kind in (Kind.HEADLIKE, Kind.SUBHEAD) and not line.level
             and below.kind is Kind.BODY
             and (match := _NAME_AND_FACTS.match(line.normal))
             and _FACT.search(line.normal) and person_like(match["name"].replace(" ", ""))]
    if len(found) >= NAMED_PARTS_MIN and len({name for _, name in found}) == len(found):
        for line, _ in found:
            text = line.text.strip().lstrip(BRIEF_BULLETS).strip()
            line.kind, line.rule, line.text, line.norm = (
                Kind.LEAD, "named-part", text, normalize(text))


def _posts_and_name(line: Line) -> str | None:
    """The name of a head that is a line of posts and a name ('跳磴镇党委书记　彭　丽')."""
    if line.kind is not Kind.HEADLIKE or line.level or line.normal[:1] in "—-":
        return None  # ('——市人大代表　柏永新' signs the quotation above it)
    match = POSTS_AND_NAME.match(join_spaced_names(line.normal))
    return match["name"] if match and person_like(match["name"]) else None


# A field's label before its value ('主持人：…'), or alone on its line, its value on the
# lines below ('发布人：').
_FIELD_LABEL = re.compile(rf"^[{HAN}]{{2,8}}[:：]\s*")


def _rosters_under_labels(lines: list[Line]) -> None:
    """The people a field's label lists on the lines under it, each a line of posts and a
    name ('发布人：' / '区发展改革委主任　唐建平' / '区经济信息委副主任　周　丽' /
    '主持人：区委宣传部副部长、区政府新闻办主任　罗　斌'), to the first line of another shape
    or a blank line: the field's text, no heads."""
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
        if post.endswith(_title_ends()):
            names = join_spaced_names(" ".join(cells[cut:])).split()
            if all(2 <= len(name) <= 4 and person_like(name) for name in names):
                return names
    return []


def _list_line(line: Line) -> bool:
    """A line that may stand among a list's rows of posts and names: a body's name over its
    rows ('区人大常委会'), a post alone over a roll ('委　员（按姓氏笔画为序）'), or the roll's
    names set in columns ('王　川　　　邓小英（女）　朱德明')."""
    if line.level or line.kind not in (Kind.HEADLIKE, Kind.BODY):
        return False
    norm = _SEX_MARK.sub("", line.normal)
    bare = re.sub(r"\([^()]{1,12}\)$", "", norm).replace(" ", "")
    if _body_name(line) or (len(bare) <= ELECTED_BODY_MAX and bare.endswith(_title_ends())):
        return True
    names = join_spaced_names(norm).split()
    return len(names) >= 2 and all(2 <= len(name) <= 4 and person_like(name) for name in names)


def _elected_rows(lines: list[Line]) -> None:
    """A list of the posts and the people elected or appointed to them, one post a line, under
    the bodies' names ('当　选　名　单' / '区人大常委会' / '主　任　秦怀远' / '副主任　向德华　…' /
    '区人民政府' / '区　长　蒋德安' / …): three rows or more, one line apart, and the bodies'
    names between them are the list's rows, never heads."""
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
                if line.kind is Kind.HEADLIKE or line.rule in _OPEN_RULES:
                    line.kind, line.rule = Kind.BODY, "table-row"
        at = max(end, at + 1)


ELECTED_BODY_MAX = 16  # characters of a body's name over its rows ('区人大常委会')
ELECTED_ROWS_UNGROUPED = 5  # rows of such a list that names no body, at least


def _body_name(line: Line) -> bool:
    """A body's name alone on its line, over the rows of its people ('区人民政府')."""
    bare = line.normal.replace(" ", "")
    return (not line.level and line.kind in (Kind.HEADLIKE, Kind.BODY)
            and len(bare) <= ELECTED_BODY_MAX and bool(org_marks().search(bare[-3:])))


def _posts_and_names(lines: list[Line]) -> None:
    """Heads of the parts where officials speak in turn, each a line of posts and a name
    ('区发展改革委党组书记、主任　熊　伟' / '跳磴镇党委书记　彭　丽') over what that one says:
    two or more such lines of different people, each between paragraphs, are items (a line
    right under a headline names the one person a story is about)."""
    found = [(line, name)
             for above, line, below in zip(lines, lines[1:], lines[2:], strict=False)
             if above.kind is Kind.BODY and below.kind is Kind.BODY  # (no person under a head)
             and (name := _posts_and_name(line))]
    if len(found) >= NAMED_PARTS_MIN and len({name for _, name in found}) == len(found):
        for line, _ in found:
            line.kind, line.rule = Kind.LEAD, "post-and-name"


# '区检察院第二检察部　吴　娜': the office a writer works in, then the writer's name.
_OFFICE_AND_NAME = re.compile(rf"^(?P<office>[{HAN}]{{4,24}})\s+(?P<name>[{HAN}]{{2,4}})$")


def _office_and_name(line: Line) -> str | None:
    """The name of a head that is an office and a name ('区检察院第二检察部　吴　娜')."""
    if line.kind is not Kind.HEADLIKE or line.level:
        return None
    match = _OFFICE_AND_NAME.match(join_spaced_names(line.normal))
    return (match["name"] if match and org_marks().search(match["office"][-2:])
            and person_like(match["name"]) else None)


def _authors_under_headlines(lines: list[Line]) -> None:
    """A line of posts (or an office) and a name right under a headline, over text no credit
    closes ('关于加快推进…加装电梯的建议' / '区政协委员　刘晓梅' / '…建议：一是…'): the text's
    author, who signs it (where a reporter's credit closes the text, the line names whom it
    is about)."""
    for at in range(1, len(lines) - 1):
        above, line, below = lines[at - 1], lines[at], lines[at + 1]
        # (the text's first line may be short at a narrow column, read as a head until the
        # lines under it join it: indented, it opens a paragraph)
        if not (above.kind is Kind.HEADLIKE and not above.level
                and (below.kind is Kind.BODY or (
                    below.indent in PARAGRAPH_INDENT and CLAUSE_MARK.search(below.normal)
                    and "\t" not in below.text + line.text))
                and above.number + 1 == line.number
                and (name := _posts_and_name(line) or _office_and_name(line))):
            continue
        rest = takewhile(lambda b: b.kind not in (Kind.HEADLIKE, Kind.HEADING, Kind.RUBRIC),
                         lines[at + 1:])
        if not any(b.kind in (Kind.CREDIT, Kind.BYLINE) and b.names for b in rest):
            line.kind, line.rule, line.names = Kind.BYLINE, "author-under-headline", (name,)


def _organisations_under_headlines(lines: list[Line]) -> None:
    """An issuer's name alone right under a headline, over the text
    ('坚持自力更生　办好合作医疗' / '中共长寿县龙河公社委员会' / '我们公社…'): the body that
    wrote it, in the byline's place; no deck and no person (furniture of the story's head)."""
    for above, line, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (above.kind is Kind.HEADLIKE and not above.level and line.kind is Kind.HEADLIKE
                and not line.level and below.kind is Kind.BODY
                and above.number + 1 == line.number and below.number == line.number + 1
                and " " not in line.normal and above.normal[:1] not in "(（—-"
                and words()["issuer_re"].fullmatch(line.normal)
                # (not a notice's issuer over its title: the title is the line under it)
                and not words()["doc_types_re"].match(above.normal.replace(" ", ""))
                and not above.normal.endswith(tuple(words()["notice_types"]))):
            line.kind, line.rule, line.names = Kind.BYLINE, "organisation-byline", ()


def _speakers_under_occasions(lines: list[Line]) -> None:
    """A line of posts and a name right under a deck that names the occasion of a speech or
    report ('——2025年1月15日在…人民代表大会第五次会议上' / '…人民政府县长　田茂林'): the
    speaker, who signs the text as its writer."""
    for above, line in pairwise(lines):
        if (above.kind is Kind.HEADLIKE and DECK_DASHES.match(above.normal)
                and words()["occasion_decks_re"].search(DECK_DASHES.sub("", above.normal))
                and (name := _posts_and_name(line))):
            line.kind, line.rule, line.names = Kind.BYLINE, "speaker-under-occasion", (name,)


REPEATED_TITLE_MIN = 4  # characters of a title's short form read as a second print of it


def _titles_printed_again(lines: list[Line]) -> None:
    """A portal's title over its information line, then the document's own title in a
    shorter form ('秀山县2025年政府工作报告（摘要）' / '发布时间：…' / '政府工作报告（摘要）'):
    the same title printed again, not a second story. The fuller title heads the text where
    the document's own head block prints it (over its deck and speaker); the first print is
    chrome."""
    last = None  # the last line that is no chrome, and whether chrome came after it
    chrome = False
    for line in lines:
        if line.kind is Kind.NOISE:
            chrome = last is not None
            continue
        if (chrome and last.kind is Kind.HEADLIKE and line.kind is Kind.HEADLIKE
                and line.level == last.level and len(line.normal) >= REPEATED_TITLE_MIN
                and line.normal != last.normal and line.normal in last.normal
                # ('今日巫溪丨A　B……' / 'A': a digest's title names its first item, whose
                # heading this is)
                and not _digest_title(last.normal)):
            line.text, line.norm = last.text, last.norm
            last.kind, last.rule = Kind.NOISE, "title-printed-again"
        last, chrome = line, False


# '01　城区12个老旧小区完成改造': a contents list's numbered entry.
_CONTENTS_ENTRY = re.compile(r"^(?:\d{1,2}(?:\s+|[.、]\s*)|[①-⑳]\s*)(?P<title>\S.{3,60})$")
CONTENTS_ENTRIES_MIN = 2


WRAPPED_CHROME_MIN = 36  # characters of a chrome line cut at the page's width
WRAPPED_END_MAX = 16  # characters of the end it wraps onto the next line
FULL_WIDTH_SHARE = 0.95  # of the page's widest line: a line this wide was cut there


def _width(line: Line) -> float:
    """A line's width as printed, its margin with it, in full-width cells."""
    return line.indent / 2 + _display_width(line.text)


def _wrapped_chrome(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """The end of a long line of chrome wrapped onto the line under it ('发布时间：…　　编' /
    '辑：黄雪', '首页　时政　…　专' / '题　网络问政'): chrome too, when the line above fills the
    page's width and the two read as one."""
    widest: float | None = None  # (measured only when a page has a candidate: most have none)
    for above, line in pairwise(lines):
        if not (above.kind is Kind.NOISE and above.rule in ("web-chrome", "masthead")
                and len(above.normal) >= WRAPPED_CHROME_MIN and not line.level
                and line.number == above.number + 1 and len(line.normal) <= WRAPPED_END_MAX
                and line.kind in (Kind.HEADLIKE, Kind.BODY)):
            continue
        if widest is None:
            widest = max(_width(line) for line in lines)
        if (_width(above) >= widest * FULL_WIDTH_SHARE
                and classify(above.number, above.text + line.text, gazetteer).kind is Kind.NOISE):
            line.kind, line.rule = Kind.NOISE, above.rule


_ENTRY_NUMBER = re.compile(r"^\d{1,2}[.．、]?$")


def _numbered_cells_title(line: Line) -> str | None:
    """The title of a database's contents entry in cells ('1.　璧山今年…平方米　　重庆商报
    2010-03-12　A06'): the cell after its number."""
    parts = cells(line.text)
    if len(parts) >= 3 and _ENTRY_NUMBER.match(parts[0]):
        return normalize(parts[1])
    return None


def _contents_lists(lines: list[Line]) -> None:
    """Numbered entries whose titles the page prints again as heads of their own ('01　城区
    12个老旧小区完成改造', '1.主城都市区新增…' … over the articles): a contents list,
    furniture."""
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
    # (and the list's label right above its first entry: '本版文章：')
    for above, line in pairwise(lines):
        if (line.rule == "contents-entry" and above.number == line.number - 1
                and above.kind in (Kind.BODY, Kind.HEADLIKE) and not above.level
                and above.normal.endswith(":") and len(above.normal) <= CONTENTS_LABEL_MAX):
            above.kind, above.rule = Kind.NOISE, "contents-entry"


CONTENTS_LABEL_MAX = 8  # characters of a contents list's label, its colon counted


# A site's address printed under its name at the top of its pages ('www.cqck.gov.cn').
_SITE_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6}/?$", re.I)


def _site_names_over_addresses(lines: list[Line]) -> None:
    """'重庆市城口县人民政府' / 'www.cqck.gov.cn': a site's name over its address is its
    masthead, no headline."""
    for line, below in pairwise(lines):
        if (line.kind is Kind.HEADLIKE and below.number == line.number + 1
                and _SITE_ADDRESS.match(below.text.strip())):
            line.kind, line.rule = Kind.NOISE, "site-name"


HEADSHOT_ROW_MAX = 60  # characters of a row of portraits' names
# A box's label naming the guests whose portraits it shows ('【上线嘉宾】').
_GUESTS_LABEL = re.compile(r"^[【\[〔]?[^【】\[\]]{0,6}(?:嘉宾|嘉賓)[】\]〕]?$")


def _headshot_rows(lines: list[Line]) -> None:
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
                and all(t.endswith(_title_ends()) for t in titles)):
            for line in (names, posts):
                line.kind, line.rule = Kind.BODY, "headshot-captions"
            label = lines[at - 1] if at else None
            if (label is not None and label.number >= names.number - 2
                    and _GUESTS_LABEL.match(label.normal)):
                label.kind, label.rule = Kind.BODY, "headshot-captions"


# A table's head row that numbers its rows: '序号　姓　名　性别　出生年月　…'.
_NUMBERED_TABLE_HEAD = re.compile(r"^(?:序\s*号|序\s*號|编\s*号|編\s*號)(?:\s+\S+){3,}$")


def _numbered_tables(lines: list[Line]) -> None:
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


WEATHER_BOX_LINES = 8  # lines of a weather box, its label to its closing rule


def _weather_boxes(lines: list[Line]) -> None:
    """'天气·出行' / '今天　多云转晴　27℃～37℃…' / '市气象台提醒：…' / '出行提示：…' / '————':
    a weather box between rules, its label over the forecast, is the page's service, no
    story: all of it is furniture."""
    for at, line in enumerate(lines[:-1]):
        if (line.kind not in (Kind.HEADLIKE, Kind.RUBRIC, Kind.LABEL) or "天气" not in line.normal
                or lines[at + 1].rule != "weather"):
            continue
        line.kind, line.rule = Kind.NOISE, "weather"
        box = lines[at + 1 : at + 1 + WEATHER_BOX_LINES]
        end = next((k for k, b in enumerate(box) if b.rule == "rule-line"), None)
        for inside in box[:end] if end is not None else ():
            inside.kind, inside.rule = Kind.NOISE, "weather"


# A column's list of items saved as Markdown: each item a list entry whose link is the
# item's title (a 'new' icon and the day it was posted glued after it), its text indented
# under it ('-   [路孔镇：龙舟队开桨训练](…)![](…/new.gif)2017-05-16' / '    5月15日傍晚，…').
_LISTED_TITLE_TAIL = re.compile(r"(?:!\[[^\]]*\]\([^)]*\))*\s*"
                                r"(?:\[?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\]?)?$")
_LISTED_DAY = re.compile(r"\[?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\]?$")
LIST_CONTINUATION_INDENT = 4  # columns of a Markdown list entry's continued text
LISTED_TITLES_MIN = 2
LIST_HEADING_MAX = 10  # characters of a column's name headed over its listed items


def _listed_text(lines: list[Line], at: int, number: int) -> bool:
    """Whether the entry on line ``number`` has its text indented under it at ``lines[at]``,
    or under the day it was posted, on a line of its own ('    2024-10-17' / '    10月16日，…')."""
    below = lines[at]
    if (below.kind is Kind.NOISE and below.indent >= LIST_CONTINUATION_INDENT
            and _LISTED_DAY.match(below.text.strip()) and at + 1 < len(lines)
            and below.number <= number + 2):
        number, below = below.number, lines[at + 1]
    return (below.kind is Kind.BODY and below.indent >= LIST_CONTINUATION_INDENT
            and below.number <= number + 2)


def _listed_titles(lines: list[Line]) -> None:
    """Links listed as a column's entries, each over its own indented text: the entries'
    titles (heads), not a menu of links."""
    found = [line for at, line in enumerate(lines[:-1])
             if line.rule == "link-list" and not line.level
             and _listed_text(lines, at + 1, line.number)]
    if len(found) < LISTED_TITLES_MIN:
        return
    for line in found:
        title = _LISTED_TITLE_TAIL.sub("", line.text).strip()
        if headline_shape(normalize(title)):
            line.text, line.norm = title, normalize(title)
            line.kind, line.rule = Kind.HEADLIKE, "listed-title"
    # ('## 镇街动态' over the list: the column's name, the page's furniture, no headline)
    at = lines.index(found[0])
    if at and lines[at - 1].kind is Kind.HEADING and len(lines[at - 1].normal) <= LIST_HEADING_MAX:
        lines[at - 1].kind, lines[at - 1].rule = Kind.NOISE, "list-heading"


# An article's own table of contents, as a site generates it under the information line:
# its label (layout.yaml article_contents_labels), its numbered entries and the button that
# folds it.


DIGEST_ENTRIES_MIN = 2  # entries of a digest's contents printed again as its parts' heads
DIGEST_LABEL_MAX = 10  # characters of its label, with its marks ('**今日导读**')


def _digest_contents(lines: list[Line]) -> None:
    """'今日导读' / '- 金佛山杜鹃花期预计提前一周' / … over a post of several news, each entry
    printed again as the heading of its part: the contents box is chrome (the parts are the
    post's items; each has its own text and credit)."""
    heads: set[str] | None = None
    for at, line in enumerate(lines):
        if (len(line.normal) > DIGEST_LABEL_MAX
                or bare_label(line.normal) not in words()["digest_contents_labels"]):
            continue
        entries = list(takewhile(lambda entry: entry.rule == "list-item",
                                 islice(lines, at + 1, None)))
        if heads is None:
            heads = {line.normal for line in lines if line.kind in (Kind.HEADING, Kind.HEADLIKE)}
        if sum(entry.normal in heads for entry in entries) >= DIGEST_ENTRIES_MIN:
            for box in (line, *entries):
                box.kind, box.rule = Kind.NOISE, "contents-entry"


def _article_contents(lines: list[Line]) -> None:
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


# '万州｜长江沿岸新增3处亲水步道': a district's short name, a bar and the brief's title.
_PLACE_BAR_TITLE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4})\s*[｜|]\s*\S.{3,30}$")
PLACE_BAR_TITLES_MIN = 2
_PLACE_SPACE_TITLE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,4})(?:\u3000+|[ \u3000]{2,})\S.{3,30}$")
PLACE_SPACE_TITLES_MIN = 3
CLAUSE_MARKS = re.compile(r"[，,。；;]")  # what a title has none of: a clause's or a sentence's end
_NAME_BAR_TITLE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[｜|]\s*\S.{2,30}$")


def _place_bar_titles(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """Briefs each titled with its district's name and a bar before the title ('万州｜长江
    沿岸新增3处亲水步道' / '涪陵｜青菜头收砍进入高峰'), two or more on the page, or a wide
    space for the bar, three or more: the items of the roundup over them, each headed by
    its whole title line."""
    places = gazetteer or default_gazetteer()
    found = [line for line in lines if line.kind is Kind.HEADLIKE and not line.level
             and (match := _PLACE_BAR_TITLE.match(line.normal))
             and known_places(places, match["place"])]
    if len(found) < PLACE_BAR_TITLES_MIN:
        # ('城口　高山腊肉有了“身份证”' / '酉阳　花田贡米开镰收割' / …: a wide space for the bar,
        # three or more, each over its text: a plain headline may open with a place and a space)
        found = [line for line in lines if line.kind is Kind.HEADLIKE and not line.level
                 and (match := _PLACE_SPACE_TITLE.match(line.text.strip()))
                 and known_places(places, match["place"])
                 # (a table's row has more cells: '渝北区　　812　　+21.5%'; a brief run in
                 # after its place is no title: '荣昌　6月15日，…')
                 and len(parts := cells(line.text)) == 2
                 and headline_shape(parts[1], normalize(parts[1]))
                 and not CLAUSE_MARKS.search(parts[1])]
        if len(found) < PLACE_SPACE_TITLES_MIN:
            found = []
    for line in found:
        line.kind, line.rule = Kind.RUBRIC, "place-bar-title"
    # ('周德华｜重庆市五一劳动奖章获得者' / '李春燕｜江津区劳动模范' / …: a profile page's parts,
    # each headed by the person's name and a bar before the honour)
    named = [line for line in lines if line.kind is Kind.HEADLIKE and not line.level
             and (match := _NAME_BAR_TITLE.match(line.normal)) and person_like(match["name"])]
    if len(named) >= PLACE_BAR_TITLES_MIN:
        for line in named:
            line.kind, line.rule = Kind.RUBRIC, "name-bar-title"


# A person's post in brackets on a line of its own ('（龙河镇新建村党支部书记）').
_POST_IN_BRACKETS = re.compile(r"^[(（][^()（）]{2,40}[)）]$")
PROFILE_NAMES_MIN = 3


def _profile_names(lines: list[Line]) -> None:
    """'秦　德　福' / '（龙河镇新建村党支部书记）' / '　　2012年，…': a profile page's parts,
    each headed by the person's name (letter-spaced, as under a portrait) over the post in
    brackets, three or more: the items of the roundup, each headed by its name, the post
    the line naming who the item is about (no text)."""
    found = [at for at in range(len(lines) - 2)
             if lines[at].kind is Kind.NAME and not lines[at].level
             and _POST_IN_BRACKETS.match(lines[at + 1].normal) and _text_under_pair(lines, at)]
    if len(found) >= PROFILE_NAMES_MIN:
        for at in found:
            lines[at].kind, lines[at].rule = Kind.RUBRIC, "profile-name"
            lines[at + 1].kind, lines[at + 1].rule = Kind.LEAD, "profile-post"
    # '区人大代表、白沙镇宝珠村党委书记' / '陈　秀　英' / '　　陈秀英的笔记本上，…': the post over
    # the name, unbracketed: the post is the line naming who the item is about, over its head
    above = [at for at in range(len(lines) - 2)
             if lines[at + 1].kind is Kind.NAME and lines[at].kind is Kind.HEADLIKE
             and not lines[at].level and not lines[at + 1].level
             and _posts_only(lines[at].normal) and _text_under_pair(lines, at)]
    if len(above) >= PROFILE_NAMES_MIN:
        for at in above:
            lines[at].kind, lines[at].rule = Kind.LEAD, "profile-post"
            lines[at + 1].kind, lines[at + 1].rule = Kind.HEADLIKE, "profile-name"
    # '#### 刘洁：“每个孩子都是一颗种子”' / '区实验小学校语文教师、班主任' / '从教19年，…': a
    # profile's head names its person before a colon, the post under it
    titled = [at for at in range(len(lines) - 2)
              if lines[at].kind in (Kind.HEADING, Kind.HEADLIKE)
              and ":" in lines[at].normal[:NAMED_HEAD_COLON]
              and (named := _NAMED_HEAD.match(lines[at].normal)) and person_like(named["name"])
              and lines[at + 1].kind is Kind.HEADLIKE and not lines[at + 1].level
              and _posts_only(lines[at + 1].normal) and lines[at + 2].kind is Kind.BODY]
    if len(titled) >= PROFILE_NAMES_MIN:
        for at in titled:
            lines[at].kind, lines[at].rule = Kind.RUBRIC, "profile-name"
            lines[at + 1].kind, lines[at + 1].rule = Kind.LEAD, "profile-post"
    # '孝老爱亲　谭秀珍' / '谭秀珍，女，1968年生，…': a head ending in the name its text opens
    # with, then the person's sex: a profile of an honours list
    opened = [line for line, below in pairwise(lines)
              if line.kind in (Kind.HEADLIKE, Kind.SUBHEAD) and not line.level
              and below.kind is Kind.BODY and below.number - line.number <= 2
              # (cheap first: the person's sex near the text's start)
              and ("男" in below.normal[:SEX_REACH] or "女" in below.normal[:SEX_REACH])
              and len(parts := join_spaced_names(line.normal).split()) >= 2
              and person_like(name := parts[-1])
              and _SEX_AFTER.match(below.normal[len(name):])
              and below.normal.startswith(name)]
    if len(opened) >= PROFILE_NAMES_MIN:
        for line in opened:
            line.kind, line.rule = Kind.RUBRIC, "profile-name"


SEX_REACH = 12  # characters of a profile's text that hold its person's name and sex
# After a person's name opening a profile: the person's sex ('，女，1968年生').
_SEX_AFTER = re.compile(r"^\s*[,，]\s*[男女]\s*[,，]")


NAMED_HEAD_COLON = 6  # characters before a profile head's colon, at most (a name and a gap)
# A profile's head: the person's name, a colon, what the profile says of them.
_NAMED_HEAD = re.compile(rf"^(?P<name>[{HAN}]{{2,4}})\s*:\s*\S")


def _text_under_pair(lines: list[Line], at: int) -> bool:
    """Are ``lines[at]`` and the line under it set close over text, the three lines in a row?
    (The text opens indented; read alone, its first line may look a head.)"""
    pair, text = lines[at + 1], lines[at + 2]
    return (pair.number == lines[at].number + 1 and text.number == pair.number + 1
            and (text.kind is Kind.BODY or (text.kind is Kind.HEADLIKE and bool(text.indent))))


def _posts_only(norm: str) -> bool:
    """Is ``norm`` posts alone, joined by '、' ('区人大代表、白沙镇宝珠村党委书记')?"""
    return not CLAUSE_MARK.search(norm.replace("、", "")) and all(
        cell.endswith(_title_ends()) for cell in norm.split("、"))


def _running_heads(lines: list[Line]) -> None:
    """A bulletin's running head at each page break: the publication's name, the page's
    first line, and the issue in a cell beside it ('重庆市黔江区人民政府公报　　2012年第4期',
    or the other way round on the facing page): furniture, wherever it falls."""
    if len(lines) < 2:
        return
    title = lines[0].normal.replace(" ", "")
    if len(title) < RUNNING_TITLE_MIN:
        return
    for line in lines[1:]:
        parts = cells(line.text)
        if 2 <= len(parts) <= 3 and title in [normalize(p).replace(" ", "") for p in parts]:
            line.kind, line.rule = Kind.NOISE, "running-head"


RUNNING_TITLE_MIN = 6  # characters of a publication's name repeated as a running head
_CONTENTS_LABEL = re.compile(r"^(?:目\s*录|目\s*錄|本期目录|本期目錄)$")
# A contents entry's page after its dot leaders: '（黔江府发〔2012〕31号）……………（1）'.
_LEADER_PAGE = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*[(（]?\d{1,3}[)）]?$")
CONTENTS_LINES_MAX = 40  # lines of a contents page under its label


def _contents_pages(lines: list[Line]) -> None:
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
            continue
        for part in [line, *block[:last + 1]]:
            part.kind, part.rule = Kind.NOISE, "contents-entry"


_GUIDE_LABEL = re.compile(r"(?:导读|導讀|导视|導視)\s*:?$")
# An episode's contents, each part at its time in the recording ('本期内容（点击时间可跳转）：' /
# '00:26　铜梁高新区5个项目集中签约 总投资32亿元').
_EPISODE_CONTENTS = re.compile(
    r"^(?:本期内容|本期內容|节目内容|節目內容|本期要目)(?:\([^()]{0,12}\))?\s*:?$")
_TIMED_ENTRY = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?P<title>\S.*)$")
# An edition's title: '《铜梁新闻》2019年10月17日'.
_EDITION_TITLE = re.compile(r"^《[^《》]{2,12}》\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def _timed_contents(lines: list[Line]) -> None:
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


def _guide_lists(lines: list[Line]) -> None:
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


DECK_OVER_BYLINE_MAX = 40  # characters of a deck read by where it stands


WRAPPED_DECK_MAX = 64  # characters of a deck wrapped over two lines
_OPEN_RULES = frozenset({"body", "headline-shape"})  # a head's or a paragraph's line, read alone
_GOING_ON = "和及并"  # conjunctions no head opens with ('…领导人员' / '和区人民法院院长、…')


def _wrapped_decks(lines: list[Line]) -> None:
    """Two lines, the first cut at a pause or the second going on with a conjunction, right
    under a head and right over an indented paragraph that opens with a dateline are the
    head's deck, wrapped ('区二届人大一次会议举行第三次全体会议' / '选举产生新一届区人大常委会、
    …领导人员' / '和区人民法院院长、区人民检察院检察长' / '　　本报讯（…）1月6日上午，…'): one
    head, not a paragraph."""
    at = 1
    while at + 2 < len(lines):
        above, first, second, below = lines[at - 1], lines[at], lines[at + 1], lines[at + 2]
        if (above.kind is Kind.HEADLIKE and not above.level
                and first.rule in _OPEN_RULES and second.rule in _OPEN_RULES
                and first.number == above.number + 1 and second.number == first.number + 1
                and below.number == second.number + 1
                and first.indent not in PARAGRAPH_INDENT and below.indent in PARAGRAPH_INDENT
                # (the first cut at a pause, or the second going on with a conjunction: two
                # heads of a run would each stand whole)
                and (first.normal.endswith((",", "、")) or second.normal[:1] in _GOING_ON)
                and not is_closed(first.normal) and not is_closed(second.normal)
                and not second.normal.endswith((",", "、", ";", ":"))
                and len(first.normal) + len(second.normal) <= WRAPPED_DECK_MAX
                and dateline(below.normal[:120])):
            lines[at:at + 2] = [replace(run_on(first, second), kind=Kind.HEADLIKE,
                                        rule="wrapped-deck")]
        at += 1


def _decks_over_bylines(lines: list[Line]) -> None:
    """A line left open (no sentence ends it) between a head and the byline right under it is
    the head's deck, however many commas it has ('石头上“绣花”的人' / '他14岁学艺，修过千年
    石刻，也把大足石雕带进了寻常百姓家' / '本报记者　张　静'): a story's text comes after its
    byline. A short quotation there ('“电梯啥时候能修好？”') is a head too."""
    for above, line, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (line.rule == "body" and above.kind is Kind.HEADLIKE and below.kind is Kind.BYLINE
                and len(line.normal) <= DECK_OVER_BYLINE_MAX
                and (not is_closed(line.normal) or _quoted_head(line.normal))
                and line.number - above.number <= 2 and below.number - line.number <= 2):
            line.kind, line.rule = Kind.HEADLIKE, "deck-over-byline"


# The page passes in the order they run, each on its own shape of page; a pass changes the
# kinds of the lines its shape explains and names its rule. A new shape is a new row, placed
# before the passes that must see its lines settled. (Each pass's docstring has its example.)
PagePass = Callable[..., None]
PASSES_BEFORE_LABELS: tuple[PagePass, ...] = (
    assistant_transcripts,
    _setext_headings,
    _timed_titles,
    _timed_bracketed_titles,
    _headlines_listed_whole,
    _meeting_headlines_cut,
    _pull_quotes,
    _cut_teasers,
    _footer_contacts,
    _drawn_figures,
    _quoted_poems,
    _post_title,
    _dotted_menus,
    _disclosure_cells,
    _heads_over_datelines,
    _leader_rows,
    _classified_ads,
    _headed_ads,
    _html_tables,
    _account_under_avatar,
    _bracketed_title,
    _reader_view_header,
    _rating_widget,
    _suggested_questions,
    _countdown_box,
    _poster_names,
    _repeated_page_heads,
    _browser_titles,
    _calendars,
    _sign_entries,
    _summary_fields,
    _mood_votes,
    _chrome_above_text,
    _source_name_under_info,
    _head_block,
    _vertical_labels,
    _stacked_signs,
    _romanized_heads,
    _menu_runs,
    _split_breadcrumbs,
    _titles_over_fields,
    _figure_rows,
    _cut_numbers,
    chat_remarks,
    ai_boxes,
    mail_heads,
    export_fields,
    colon_fields,
    meta_authors,
    calendar_blocks,
    distribution_lists,
    source_credits,
    poster_lines,
    _nameplates,
    account_cards,
    repost_source_cards,
    media_cards,
    production_credits,
    quotation_boxes,
    microfilm_retakes,
    post_authors,
    paged_articles,
    search_results,
    lone_counts,
    comment_threads,
    thread_floors,
    danmaku_lists,
    forum_threads,
    listed_books,
    post_tags,
    microblog_posts,
    _broadcast_cues,
    _vertical_furniture,
    _heads_with_credits,
    _run_in_brief_titles,
    _wrapped_bulleted_heads,
    _wrapped_brief_titles,
    _titles_after_credits,
    _cut_credits,
    _cut_notes,
    _cut_captions,
    _wrapped_captions,
    _wrapped_picture_captions,
    _image_alt_texts,
    _numbered_captions,
    _attachment_lists,
    _bracketed_boxes,
    _channel_titles,
    _headshot_rows,
    _site_names_over_addresses,
    _weather_boxes,
    _numbered_tables,
    _side_menus,
    _speakers_alike,
    _named_parts,
    _rosters_under_labels,
    _elected_rows,
    _posts_and_names,
    _people_with_facts,
    _speaker_lists,
    _agenda_boxes,
    _speakers_under_occasions,
    _authors_under_headlines,
    _titles_printed_again,
    _guide_lists,
    _timed_contents,
    _contents_lists,
    _article_contents,
    _digest_contents,
    _listed_titles,
    _programme_parts,
    _contents_pages,
    _running_heads,
    _place_bar_titles,
    _profile_names,
    _wrapped_chrome,
    _decks_over_bylines,
    _wrapped_decks,
    _wrapped_lines,
    _prize_rows,  # (after: a group's label at the margin is not the row above's wrap)
    _list_rows,
    _schedule_rows,
    _dated_entries,
    _writer_notes,
    _cut_first_lines,
    _cut_last_lines,
    _bracket_closed_below,
    _cut_datelines,
    _advert_blocks,
    _counted_rosters,
    _counted_lists,
    _named_rows,
    _roll_rows,
    _noted_rows,
    _school_signatures,
    _appendices,
    _appended_lists,
    _signed_days,
    _issuer_date_lines,
    _signature_blocks,
    _signature_columns,
    _tabbed_fields,
    _flattened_tables,
    _barred_tables,
    _tables,
    _cell_tables,
    _lone_table_rules,
    _hotline_numbers,
    _verses,
    _section_titles,
    _box_lines,
    _pointed_teasers,
    _notice_contacts,
    _numbered_columns,
    _video_lists,
    _columns_with_more_links,
    _signed_parts,
    _name_cards,
    _signed_letters,
    _digest_parts,
    _biography_parts,
    _profile_heads,
    _biography_names,
    _tagged_parts,
    _listed_events,
    _bracketed_voices,
    _dated_parts,
    _part_labels,
    _numbered_parts,
    _numbered_entries,
    _dash_signatures,
    _excerpted_views,
    _quote_boxes,
)
# After the labelled paragraphs are known (``_labelled_paragraphs``).
PASSES_AFTER_LABELS: tuple[PagePass, ...] = (
    _labelled_entries,
    _fields_under_bylines,
    _form_contacts,
    _place_run_ins,
    _numbered_run_ins,
    book_entries,
    _organisations_under_headlines,
    _heads_beside_bylines,
    _paired_heads,
    _bulleted_run_in_titles,
    _bold_run_in_titles,
    _heads_inside_reports,
)
# The passes that take the build's gazetteer as their second argument.
PLACE_PASSES: frozenset[PagePass] = frozenset({
    _timed_bracketed_titles,
    _bracketed_title,
    _vertical_labels,
    _broadcast_cues,
    _vertical_furniture,
    _heads_with_credits,
    _run_in_brief_titles,
    _titles_after_credits,
    _cut_credits,
    _cut_notes,
    _cut_captions,
    _named_parts,
    _place_bar_titles,
    _wrapped_chrome,
    _part_labels,
    _fields_under_bylines,
    _place_run_ins,
    _heads_beside_bylines,
    _paired_heads,
})
