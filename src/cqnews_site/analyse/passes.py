"""Page passes: what a line is, judged with the lines around it.

``lines.classify`` judges each line on its own; ``relabel`` then runs these passes over
the whole page, each on its own shape of page (a cut column, a table, a poem, a box of
fields, a site's chrome), changing a line's kind where its neighbours say what it is. Each
pass names the rule it applied, as the line rules do, so ``cqnews explain`` can say why.

This module holds the passes for printed pages, the tables of passes in the order they run
and the labelled paragraphs; the passes for web pages and sites' chrome are in
``web_passes.py``, those for tables, rosters, lists and rows in ``list_passes.py``, and those
for inputs other than a page (exports, mail, chats, posts) in ``other_inputs.py``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
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
    POSTS_AND_NAME,
    Kind,
    Line,
    bare_label,
    classify,
    dateline,
    headline_shape,
    info_line,
    is_closed,
    is_page_name,
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
from cqnews_site.analyse.list_passes import (
    NAMED_PARTS_MIN,
    OPEN_RULES,
    TWO_SPACES,
    adjacent_runs,
    agenda_boxes,
    appended_lists,
    appendices,
    article_contents,
    attachment_lists,
    barred_tables,
    calendars,
    cell_tables,
    check_rows,
    contents_lists,
    contents_pages,
    counted_lists,
    counted_rosters,
    dated_entries,
    digest_contents,
    elected_columns,
    elected_rows,
    figure_rows,
    flattened_tables,
    guide_lists,
    headshot_rows,
    hotline_numbers,
    issuer_date_lines,
    leader_rows,
    list_rows,
    listed_events,
    lone_table_rules,
    named_rows,
    noted_rows,
    numbered_entries,
    numbered_tables,
    pointed_teasers,
    prize_rows,
    programme_parts,
    ranking_rows,
    roll_rows,
    rosters_under_labels,
    schedule_rows,
    school_signatures,
    signature_blocks,
    signature_columns,
    signed_days,
    spaced_tables,
    speaker_lists,
    speakers_alike,
    summarised_contents,
    tabbed_fields,
    tables,
    timed_contents,
    title_ends,
    unbullet,
)
from cqnews_site.analyse.other_inputs import (
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
    pipe_fields,
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
from cqnews_site.analyse.page_text import page_text
from cqnews_site.analyse.web_passes import (
    BRACKETED_TITLE,
    account_under_avatar,
    audio_cards,
    browser_titles,
    bulletin_titles,
    button_counts,
    channel_titles,
    chrome_above_text,
    column_chips,
    columns_with_more_links,
    copied_tails,
    countdown_box,
    cut_teasers,
    dated_list_titles,
    digest_parts,
    disclosure_cells,
    display_width,
    dotted_menus,
    footer_contacts,
    html_tables,
    image_alt_texts,
    leader_widgets,
    listed_titles,
    menu_runs,
    mood_votes,
    opened_list_entry,
    post_title,
    poster_names,
    rating_widget,
    reader_view_header,
    repeated_page_heads,
    setext_headings,
    side_menus,
    signed_parts,
    site_names_over_addresses,
    source_name_under_info,
    split_breadcrumbs,
    suggested_questions,
    summary_fields,
    tagged_bylines,
    tagged_parts,
    timed_bracketed_titles,
    timed_titles,
    title_over_text,
    titles_over_fields,
    titles_printed_again,
    titles_repeated_under,
    underlined_titles,
    video_lists,
    wrapped_chrome,
)
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.lexicon import read_list
from cqnews_site.model.dates import QUOTED_OPENING, chinese_number
from cqnews_site.model.text import WIDE_GAP, cells, is_han, longest_first, normalize

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
# What each run-in above opens with: a bullet or a bracket, or a place of eight characters at
# most, maybe a space, and its colon.
_RUN_IN_OPENINGS = BRIEF_BULLETS + "【[〔"
PLACE_COLON_AT = 10  # characters of a paragraph a place's colon stands within


def _may_run_in(norm: str) -> bool:
    """The cheap test first: may a paragraph open with a place run in (above)?"""
    return norm[:1] in _RUN_IN_OPENINGS or ":" in norm[:PLACE_COLON_AT]


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
                  and _may_run_in(line.normal)
                  and (match := (_BULLETED_COLON_RUN_IN.match(line.normal)
                                 or _PLACE_RUN_IN.match(line.normal)
                                 or _BRACKETED_RUN_IN.match(line.normal)
                                 or _BULLETED_RUN_IN.match(line.normal))))
                 # (at a narrow column the first line of a bulleted brief may read as a head:
                 # '○姜家公社　各生产大队利用春耕' / '前的空隙，…')
                 or (line.kind in (Kind.BODY, Kind.HEADLIKE) and not line.level
                     and line.normal[:1] in BULLETS  # (the cheap test first)
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
    if "\u3000" not in page_text(lines).text:
        return []  # (the full-width space after each name first)
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
    for run in adjacent_runs(lines, lambda line: (
            len(line.normal) == 3 and line.normal[1] == " " and is_han(line.normal[0])
            and is_han(line.normal[2]))):
        if len(run) >= SIGN_LINES_MIN:
            for sign in run:
                sign.kind, sign.rule = Kind.NOISE, "stacked-sign"


# The end of a caption on its credit's line, set apart from the credit: '技术。　　　本报记者…'.
_CAPTION_TAIL = re.compile(r"^(?P<tail>[^\s。]{1,12}。)\s{2,}\S")
CAPTION_LINES_MAX = 3  # lines a triangle's caption is wrapped over, above its credit


def _wrapped_captions(lines: list[Line]) -> None:
    """A triangle's caption wrapped at the column over the photo's credit on a line of its
    own ('▲8月3日，太安镇青杠村，技术员在调试柠' / '檬园里的智能水肥控制站。' /
    '（通讯员　罗小红　摄）'): one caption, its lines joined, not a bulleted brief."""
    page = page_text(lines).normal  # (a triangle first, or a credit a caption may wrap onto)
    if "▲" not in page and "△" not in page and all(
            line.kind is not Kind.PHOTO_CREDIT for line in lines):
        return
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
        # (its first line may read as a head: '▲6月29日，我区召开庆祝中国共产党成')
        if not (line.kind in (Kind.BODY, Kind.HEADLIKE) and line.normal[:1] in "▲△"
                and not line.level):
            continue
        # (a piece cut short by the wrap may read as a head: '装车后，这些蔬菜将直接运往')
        run = list(takewhile(lambda b: b.kind in (Kind.BODY, Kind.HEADLIKE) and not b.indent
                             and not b.level and b.normal[:1] not in BRIEF_BULLETS,
                             lines[at:at + CAPTION_LINES_MAX]))
        credit = lines[at + len(run)] if at + len(run) < len(lines) else None
        # (its last words may stand on the credit's line, set apart from it: '…直接运往' /
        # '主城超市。　　　　通讯员　冉小琴　摄')
        tail = (_CAPTION_TAIL.match(credit.text.strip())
                if credit is not None and run and not is_closed(run[-1].normal) else None)
        if (run and credit is not None and credit.kind is Kind.PHOTO_CREDIT
                and all(b.number == a.number + 1 for a, b in pairwise([line, *run, credit]))
                and (is_closed(run[-1].normal) or tail is not None)):
            text = (line.text + "".join(b.text.strip() for b in run)
                    + (tail["tail"] if tail is not None else ""))
            line.text, line.norm = text, normalize(text)
            line.kind, line.rule = Kind.CAPTION, "pointed-caption"
            at += len(run)
    lines[:] = out


# (or a supplier's mark: '▲…新院区的中医馆。（北碚区卫生健康' / '委供图）')
_PHOTO_MARK_LAST = re.compile(r"(?:摄|攝|供图|供圖)[)）]?$")


def _credit_wrapped_in(line: Line, below: list[Line]) -> tuple[Line, int] | None:
    """A triangle's caption wrapped over lines ``below``, its credit's mark ending the last
    of them ('…周佳慧' / '摄'): the caption as one line, and how many lines it took from
    ``below``. None unless the lines are adjacent, unindented text and the whole reads as a
    caption with its credit."""
    run: list[Line] = []
    for b in below[:CAPTION_LINES_MAX]:
        # (the short last piece may read as a head: '委供图）')
        if ((b.kind is not Kind.BODY and not (b.kind is Kind.HEADLIKE
                                               and _PHOTO_MARK_LAST.search(b.normal)))
                or b.indent or b.level
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
    if not _BOX_DRAWING.search(page_text(lines).text):  # (one search, not one a line)
        return
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


def _join_head_pairs(lines: list[Line], joined: Callable[[Line, Line], tuple[str, str] | None],
                     rule: str) -> None:
    """Each head line right over another that ``joined`` reads as one head broken in two
    (giving the whole head's text and its normal form; None: two heads) becomes that head."""
    at = 0
    while at < len(lines) - 1:
        line, below = lines[at], lines[at + 1]
        if (line.kind is Kind.HEADLIKE and below.kind is Kind.HEADLIKE and not line.level
                and not below.level and below.number == line.number + 1
                and (whole := joined(line, below)) is not None):
            (line.text, line.norm), line.rule = whole, rule
            del lines[at + 1]
        at += 1


def _headlines_listed_whole(lines: list[Line]) -> None:
    """A headline broken over two lines ('开县为1.3万名农村留守儿童' / '配上“代理家长”') that
    the page prints whole elsewhere, in its list of the page's titles ('本版标题导航' / '开县为
    1.3万名农村留守儿童配上“代理家长”'): one headline, not a headline and its deck."""
    whole: dict[str, set[int]] = {}
    for line in lines:
        if line.kind is Kind.HEADLIKE and not line.level:
            whole.setdefault(line.normal.replace(" ", ""), set()).add(line.number)

    def listed(line: Line, below: Line) -> tuple[str, str] | None:
        norm = (line.normal + below.normal).replace(" ", "")
        if not whole.get(norm, set()) - {line.number, below.number}:
            return None
        return line.text + below.text.strip(), normalize(norm)

    _join_head_pairs(lines, listed, "headline-listed-whole")


# A meeting's headline set in two lines at the column's width, the body's name on the first
# and what it did on the second ('政协长寿区第十四届委员会' / '第五次会议开幕', '区十七届人大五次
# 会议' / '举行预备会议'): the second line alone says nothing, so it is no headline under a
# kicker.
_MEETING_BODY_END = re.compile(r"(?:委员会|常委会|会议|大会|人大|政协)$")
# (a list's title under the meeting's name: '当选名单', '选举结果')
_LIST_TITLE_END = re.compile(r"(?:当选|任免|表彰|选举结果)?名单|选举结果|决议")
_MEETING_DOES = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+次(?:全体)?(?:会议|全会)|举行|召开|开幕|闭幕|隆重开幕|隆重召开|"
    r"胜利闭幕)\S{0,10}$")


_MEETING_BODY_DID = re.compile(r"(?:委员会|常委会|人大|政协|政府|代表大会)(?:隆重)?(?:举行|召开)$")
_MEETING_SESSION = re.compile(r"^第[一二三四五六七八九十百\d]+次(?:全体)?(?:会议|全会|常务会议)$")


# A digest's number before a piece's title: '一、綦江東溪古鎮修繕完工…'.
_DIGEST_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*(?=\S)")
REPRINTED_TITLES_MIN = 2  # numbered titles over the notes of where they were printed


def _reprinted_titles(lines: list[Line]) -> None:
    """A digest of pieces reprinted from other papers, each a numbered title over the note of
    where it was printed ('一、綦江東溪古鎮修繕完工…' / '（摘自重慶日報　2016年5月20日）'), two or
    more: each piece is a story of its own, its title without the digest's number."""
    found = [line for line, below in pairwise(lines)
             if line.kind in (Kind.HEADLIKE, Kind.SUBHEAD) and not line.level
             and _DIGEST_NUMBER.match(line.normal) and below.rule == "source-note"]
    if len(found) < REPRINTED_TITLES_MIN:
        return
    for line in found:
        line.text = _DIGEST_NUMBER.sub("", line.text.strip(), count=1)
        line.norm = replace(line, norm="").normal
        line.kind, line.rule = Kind.HEADLIKE, "reprinted-title"


# An e-paper's list of the issue's pages, one a line ('01版：封面', '第02版：要闻').
_PAGE_ENTRY = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\s*\S{1,10}$")
PAGE_LIST_MIN = 3  # pages listed one under another before the lines are read as the list


def _page_lists(lines: list[Line]) -> None:
    """Three or more pages of the issue listed one under another ('01版：封面' / '02版：要闻' /
    …): an e-paper's navigation, no heads."""
    for run in adjacent_runs(lines, lambda line: bool(_PAGE_ENTRY.match(line.normal))):
        if len(run) >= PAGE_LIST_MIN:
            for line in run:
                line.kind, line.rule = Kind.NOISE, "page-list"


def _page_top_dates(lines: list[Line]) -> None:
    """The page's day and its number among its masthead's lines, each on a line of its own at
    the page's top ('合川日报' / 'HECHUAN RIBAO' / '2021年12月28日' / '星期二' / '3'): the
    masthead's, no signature's date and no text."""
    for line in lines:
        if line.kind is Kind.NOISE:
            continue
        if line.kind is Kind.DATE and not line.level:
            line.kind, line.rule = Kind.NOISE, "masthead"
            continue
        if line.kind in (Kind.BODY, Kind.HEADLIKE) and _FOLIO_ALONE.match(line.normal):
            line.kind, line.rule = Kind.NOISE, "page-folio"
            continue
        return


_FOLIO_ALONE = re.compile(r"^[A-Z]?\d{1,3}$")  # a page's number alone on its line ('3', 'A06')


def _page_foot_folio(lines: list[Line]) -> None:
    """'彭水日报' / '2021年6月18日　星期五' / '3' / '乡镇动态': the page's number alone among the
    masthead's lines a PDF's text layer gives last, at the page's foot: the masthead's, no
    text (its name under it, the last line, is the page's too)."""
    for at in range(len(lines) - 1, max(len(lines) - 3, 0), -1):
        line, above = lines[at], lines[at - 1]
        if (line.kind is Kind.BODY and not line.level and _FOLIO_ALONE.match(line.normal)
                and above.kind is Kind.NOISE and above.rule == "masthead"
                and above.number == line.number - 1):
            line.kind, line.rule = Kind.NOISE, "page-folio"
            return


def _meeting_headlines_cut(lines: list[Line]) -> None:
    """'政协长寿区第十四届委员会' / '第五次会议开幕' over a meeting's report: one headline cut
    where the body's name ends (see ``_MEETING_DOES``), not a kicker over a headline; so is a
    list's title cut there ('…第一次会议' / '当　选　名　单'), or one cut after its modifier's
    '的' ('…选举产生的' / '重庆市第六届人民代表大会代表名单': a list's, no verse's line)."""

    def cut(line: Line, below: Line) -> tuple[str, str] | None:
        bare = below.normal.replace(" ", "")
        if not ((_MEETING_BODY_END.search(line.normal)
                 and (_MEETING_DOES.match(below.normal) or _LIST_TITLE_END.fullmatch(bare)))
                # ('区十七届人大常委会举行' / '第三十二次会议': cut after what the body did)
                or (_MEETING_BODY_DID.search(line.normal) and _MEETING_SESSION.match(bare))
                or (line.normal.endswith("的") and _LIST_TITLE_END.search(bare[-4:])
                    and headline_shape(line.normal + bare))):
            return None
        text = line.text.rstrip() + (bare if " " in below.normal else below.text.strip())
        return text, normalize(text)

    _join_head_pairs(lines, cut, "meeting-headline-cut")


CUT_HEAD_MAX = 30  # characters of a headline cut at the column's width, both lines


# A numeral and its measure word, which need the noun after them ('名山街道建成首个').
_COUNTED_END = re.compile(
    r"(?:首|多|几|[一二三四五六七八九十百千万\d])(?:个|家|座|批|项|位|条|所|处|支)$")


# A count alone, which says nothing as a deck ('二百三十多人' under '解放碑一天查处随地吐痰').
_COUNT_ALONE = re.compile(
    r"^[一二三四五六七八九十百千万两\d.]+(?:多|余)?(?:人|名|个|家|元|亩|吨|户|次|起|件|辆|只)$")


def _headlines_cut_open(lines: list[Line]) -> None:
    """'让乡村振兴的' / '“重庆答卷”更加出彩': a headline cut at the column's width after a
    modifier's 的, its noun on the next line, is one headline, not a kicker over it; so is
    one cut after a numeral and its measure word ('名山街道建成首个' / '社区日间照料中心'), or
    before a count alone ('解放碑一天查处随地吐痰' / '二百三十多人')."""

    def cut(line: Line, below: Line) -> tuple[str, str] | None:
        whole = line.normal + below.normal
        # ('蝉声是从竹梢上落下来的' / '一阵紧，一阵慢': a clause closed by 是…的, a verse's line)
        if (not (line.normal.endswith("的") or _COUNTED_END.search(line.normal)
                 or _COUNT_ALONE.match(below.normal))
                or " " in whole or len(whole) > CUT_HEAD_MAX
                or "是" in line.normal or CLAUSE_MARK.search(below.normal)
                or not headline_shape(whole)):
            return None
        text = line.text.rstrip() + below.text.strip()
        return text, normalize(text)

    _join_head_pairs(lines, cut, "headline-cut-open")


def _shadowed_heads(lines: list[Line]) -> None:
    """A head of two or three lines printed twice right under itself ('热醒的房主' / '逮住入室小偷'
    / '热醒的房主' / '逮住入室小偷': a drop shadow a PDF's text layer keeps) is printed once.
    (Each line printed twice in turn, 'A' / 'A' / 'B' / 'B', is left to the head run, which
    reads it whole.)"""
    for size in range(2, SHADOW_LINES_MAX + 1):
        at = 0
        while at + 2 * size <= len(lines):
            run = lines[at:at + 2 * size]
            if (all(line.kind is Kind.HEADLIKE and not line.level for line in run)
                    and all(b.number == a.number + 1 for a, b in pairwise(run))
                    and [line.normal for line in run[:size]] == [
                        line.normal for line in run[size:]]):
                for line in run[size:]:
                    line.kind, line.rule = Kind.NOISE, "shadow-head"
                at += 2 * size
            else:
                at += 1


SHADOW_LINES_MAX = 3  # lines of a head a drop shadow prints twice, at most


# A quotation set large on its own line ('“游客住下来，钱才会留在村里。”').
_QUOTED_WHOLE = re.compile(r"^[“\"「](?P<quote>[^“”\"「」]{6,80})[”\"」]$")


def _pull_quotes(lines: list[Line]) -> None:
    """A quotation set large between a story's paragraphs, words its text prints too ('“游客
    住下来，钱才会留在村里。”' over an answer that says them): a pull quote, the page's
    furniture, no head of a story or a part."""
    # (between paragraphs: a quotation over a byline or under a column's name is a headline)
    quoted = [(line, match["quote"].rstrip("。！？!?…"))
              for above, line, below in zip(lines, islice(lines, 1, None), islice(lines, 2, None),
                                            strict=False)
              if line.kind in (Kind.HEADLIKE, Kind.HEADING) and line.normal[:1] in "“\"「"
              and above.kind is Kind.BODY and below.kind is Kind.BODY
              and (match := _QUOTED_WHOLE.match(line.normal))]
    if not quoted:
        return
    text = "\n".join(line.normal for line in lines if line.kind is Kind.BODY)
    for line, quote in quoted:
        if len(quote) >= PULL_QUOTE_MIN and quote in text:
            line.kind, line.rule = Kind.NOISE, "pull-quote"


PULL_QUOTE_MIN = 8  # characters a pull quote repeats of the text, at least


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


_SENTENCE_INSIDE = re.compile(r"[。！？!?][^”’」）)]")
_CLAUSE_INSIDE = re.compile(r"[，,：:；;]")


def _bracketed_title(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """The first text of a page with no head above it, opening with its title in brackets:
    the title is the story's head line, the rest its first paragraph."""
    for at, line in enumerate(lines):
        if line.kind is Kind.NOISE:
            continue
        if line.kind is not Kind.BODY or line.level or (
                titled := BRACKETED_TITLE.match(line.text.strip())) is None:
            return
        lines[at:at + 1] = title_over_text(line, titled, gazetteer, "bracketed-title")
        return


# A brief's title in brackets left alone at a narrow column's wrap ('【农民版画作品在京展出】' /
# '9月22日，…'), or cut inside its brackets ('【扶欢镇新修通村公路12公' / '里】今年以来，…').
_TITLE_ALONE = re.compile(r"^【[^【】]{2,24}】$")
_TITLE_CUT = re.compile(r"^【[^【】]{2,24}$")
_TITLE_TAIL = re.compile(r"^[^【】\s]{1,12}】\S")


def _bracket_titles_wrapped(lines: list[Line]) -> None:
    """A paragraph's bracketed title broken from its text by the column's wrap runs into
    the text again, so the paragraph opens with its run-in title as it was set."""
    at = 0
    while at < len(lines) - 1:
        line, below = lines[at], lines[at + 1]
        if (line.kind is Kind.BODY and below.kind is Kind.BODY and not line.level
                and below.rule == "wrapped-line" and below.number == line.number + 1
                and line.normal[:1] == "【"
                and (_TITLE_ALONE.match(line.normal) or (
                    _TITLE_CUT.match(line.normal) and _TITLE_TAIL.match(below.normal)))):
            lines[at:at + 2] = [run_on(line, below)]
        at += 1


# (the label may stand between dashes or in brackets: '——分类广告——', '【分类广告】')
# (or with its hotline beside it: '分类广告　　　　刊登热线：68781234')
_CLASSIFIEDS = re.compile(
    r"^[—\-【\[■●]*(?:分类广告|分類廣告|分类信息|分類信息|便民信息|信息超市)[—\-】\]]*"
    r"(?:(?:刊登|广告|廣告)?(?:热线|熱線|电话|電話)[:：]?[\d\-—]{6,})?$")
_PHONE = re.compile(r"(?:电话|電話|热线|熱線|联系)\S{0,4}[:：]?\s*[\dxX×*—-]{6,}")


def _classified_ads(lines: list[Line]) -> None:
    """The ads under a classifieds label ('分类广告' / '●渝中区解放碑写字楼出租，…电话：1360…'),
    each naming a phone number, are ads, never briefs."""
    page = page_text(lines).normal  # (the label's words first, maybe letter-spaced)
    if not any(mark in page for mark in "类類便超"):
        return
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
                           r"|报名电话|報名電話|联系方式|聯繫方式|电话|電話"
                           r"|地址|地點|厂址|廠址|联系地址|聯繫地址)\s*[:：]")
# A field of a contact line after the first ('厂址：…　联系人：汪德顺'): a gap, a label, a colon.
_CONTACT_FIELD = re.compile(r" (?:联系人|聯繫人|联系电话|聯繫電話|电话|電話|邮编|郵編)\s*[:：]")
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
        # (an address and a contact's name on one line, read as a head: '厂址：汉丰镇东河坝
        # 联系人：汪德顺' over '电话：22637')
        fields = line.kind is Kind.HEADLIKE and _CONTACT_FIELD.search(line.normal) is not None
        if line.kind is Kind.HEADLIKE and not fields:
            head = line
        if (at == 0 or not (line.rule == "advert" or fields)
                or not _CONTACT_LINE.match(line.normal)
                or _NOT_CONTACT.search(line.normal) or len(line.normal) > CONTACT_LINE_MAX
                or head is None or not head.normal.replace(" ", "").endswith(notices)):
            continue
        above = lines[at - 1]
        if above.rule == "notice-contact" and line.number == above.number + 1:
            line.kind, line.rule = Kind.BODY, "notice-contact"  # (its next line: '电话：22637')
            continue
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
    for at, a in enumerate(lines):
        if a.rule != "advert" or a.level:
            continue
        # (an article's source, time and buttons may stand between: '来源：…' / '2026-03-11
        # 16:05' / '▶ 听本文　02:18')
        under = next((k for k in range(at + 1, min(len(lines), at + 2 + CHROME_UNDER_HEAD_MAX))
                      if lines[k].rule != "web-chrome"), None)
        if under is None:
            continue
        b = lines[under]
        if (b.kind is Kind.BODY and b.number - lines[under - 1].number <= 2
                and headline_shape(a.text, a.normal)
                and (dateline(b.normal[:120]) or _signed_by_reporter(lines, under))):
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
CHROME_UNDER_HEAD_MAX = 3  # lines of an article's source, time and buttons under its head
HEADS_OVER_BYLINE_MAX = 3  # a kicker, a headline and a deck


def _signed_by_reporter(lines: list[Line], start: int) -> bool:
    """True when the text from ``start`` on runs, a paragraph after another, into a closing
    credit naming a reporter ('（本报记者　秦　岭　整理）')."""
    for line in lines[start:start + SIGNED_TEXT_MAX + 1]:
        if line.kind is Kind.CREDIT:
            return bool(line.names) and "记者" in line.normal
        # (a picture in the text, its place and its caption, goes on with it)
        if line.rule == "image" or line.kind in (Kind.CAPTION, Kind.PHOTO_CREDIT):
            continue
        if line.kind is not Kind.BODY or line.level:
            return False
    return False


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
        # (a post's title over its origin line keeps its label: '【云阳早报】…' is the title
        # however many of the account's earlier posts the page lists under it)
        if line.kind is Kind.HEADLIKE and line.rule != "post-title" and not _quote_headline(
                lines, index) and not _titled_brief(form) and (
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
                    # ('脱贫户还能申请小额信贷吗？' / '问：我家是…': over a reader's question)
                    or nxt.normal.startswith(("问:", "問:"))
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
    if "**" not in page_text(lines).text:  # (no bold, no such title)
        return
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
    if (line.kind is not Kind.BODY or line.level or line.heading is not None
            or "**" not in line.text[:4]):
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


SIGNED_POST_MAX = 40  # characters of a line of a writer's posts and name under a head
SIGNED_TEXT_LINES = 12  # lines of the text under it that must not name the writer


def _posts_over_text(lines: list[Line]) -> None:
    """'三十而立正当时　奋楫扬帆再出发' / '中共重庆市巴南区委书记　赵启航' / text: a signed
    article's writer set under its head by post and name, its byline, no deck. (A person the
    text below tells of, by name, is its subject: '区人大代表、…党委书记　刘　芳' / '刘芳所在的
    社区…'.)"""
    for at in range(1, len(lines) - 1):
        above, line, below = lines[at - 1], lines[at], lines[at + 1]
        if (line.kind is Kind.HEADLIKE and not line.level and len(line.normal) <= SIGNED_POST_MAX
                and above.kind in (Kind.HEADING, Kind.HEADLIKE) and below.kind is Kind.BODY
                and (posted := POSTS_AND_NAME.match(join_spaced_names(line.normal))) is not None
                and person_like(name := posted["name"])
                and not any(name in text.normal
                            for text in islice(lines, at + 1, at + 1 + SIGNED_TEXT_LINES))):
            line.kind, line.rule, line.names = Kind.BYLINE, "posts-and-name", (name,)


PAIRED_HEAD_MIN = 6  # characters of each of two headlines read across as one line


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
    for the next report that opens with no head of its own, and with none, was the left
    one's headline, the left its kicker (``Builder``)."""
    if not page_text(lines).gapped:
        return  # (the wide gap between the heads first)

    def split(line: Line, below: Line) -> Line | None:
        # (over a report's dateline or its byline: two cells of text side by side are no
        # heads)
        if (line.kind is not Kind.HEADLIKE or line.level
                or not (below.kind is Kind.BYLINE
                        or (below.kind is Kind.BODY and dateline(below.normal[:120])))
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
    if not page_text(lines).gapped:  # (the wide gap before the credit first)
        return

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


def _titled_brief(form: tuple[str, bool] | None) -> bool:
    """Is a line's label a briefs column's name in brackets before a brief's title
    ('【区县速递】荣昌：夏布小镇迎来首批外国研学团'): a column that runs its briefs titled
    one by one, its name over each, is no label of paragraphs?"""
    return (form is not None and not form[1]
            and bool(words()["brief_rubrics_re"].search(form[0])))


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
    page = page_text(lines).normal
    if "广告" in page or "廣告" in page:  # (the mark first: most pages have none)
        _marked_adverts(lines)
    _unmarked_adverts(lines)


def _marked_adverts(lines: list[Line]) -> None:
    """The lines set close under an advertisement's mark, or over a bracketed one."""
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


VERSE_LINE_MAX = 20  # a line of verse is short; a paragraph's line runs to the column's width


def _verses(lines: list[Line]) -> None:
    """A poem under its writer's line: two stanzas or more (lines in a row, a blank line
    between stanzas) of short lines, each line its own paragraph, never a headline."""
    for at, line in enumerate(lines):
        if line.kind is not Kind.BYLINE:
            continue
        stanzas: list[list[Line]] = []
        gap = 3  # lines from one stanza's end to the next one's start: one or two blank lines
        above = line.number  # (the byline, or the chrome under it: '[音频]　…' / '朗读｜…')
        for j in range(at + 1, len(lines)):  # by index: a slice per byline would be quadratic
            nxt = lines[j]
            if not stanzas and nxt.kind is Kind.NOISE and nxt.number - above <= gap:
                above = nxt.number
                continue
            if (nxt.kind not in (Kind.HEADLIKE, Kind.BODY) or nxt.level
                    or len(nxt.normal) > VERSE_LINE_MAX or dateline(nxt.normal)
                    # (the next piece's label: '【小小说】' / '渡口' / '□向远帆')
                    or (nxt.normal[:1] == "【" and nxt.normal[-1:] == "】")
                    # prose cut at a narrow column's width goes on from the line above
                    or nxt.rule == "wrapped-line"):
                break
            previous = stanzas[-1][-1].number if stanzas else above
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


# An item's running time in a broadcast script, alone or after its credit ('（记者　冉　静　报道）
# 　　（时长：1′38″）').
_RUNNING_TIME = re.compile(
    r"[(（]\s*(?:时长|時長)\s*[:：]\s*[0-9０-９′'″\"分秒:：.]{1,12}\s*[)）]$")


def _broadcast_cues(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A broadcast script's production cues ('【间奏】', '【稿件二】', layout.yaml's
    ``broadcast_cues``) and its items' running times ('（时长：1′38″）') are noise; a credit
    the time is set after, across a wide gap, is read alone (two lines of one number). An
    item's header line with its form and running time after a wide gap ('季家镇稻田养鱼
    口播+VCR　1′58″') is its title; a title's or a credit's cue before it ('[口播]…',
    '[字幕条]记者：…　摄像：…') is the script's, and the rest is read alone."""
    page = page_text(lines).text  # (a script's marks first: most pages have none)
    if not any(mark in page for mark in ("′", "[", "【", "时长", "時長")):
        return
    cue = words()["broadcast_cue_re"]
    out: list[Line] = []
    for line in lines:
        if not line.level and ("′" in line.text or "[" in line.text) and (
                (rundown := _RUNDOWN_TITLE.match(line.text.strip()))
                or (rundown := _SCRIPT_CUE.match(line.text.strip()))):
            read = classify(line.number, rundown["text"], gazetteer)
            read.indent = line.indent
            if rundown.re is _RUNDOWN_TITLE and read.kind is Kind.HEADLIKE:
                read.rule = "rundown-title"
            line = read
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
        elif TWO_SPACES.search(before[-2:]):
            first, time = _two_lines(line, before.rstrip(), timed[0], gazetteer)
            time.kind, time.rule = Kind.NOISE, "broadcast-cue"
            out[-1:] = [first, time]
    lines[:] = out  # one pass: an insertion per credit would make a page of them quadratic


# An item's header line in a broadcast script: its number, title, form and running time
# ('[01]　全区…会议召开　　　　口播+VCR　2′20″').
_RUNDOWN_TITLE = re.compile(
    r"^(?:\[\d{1,2}\]\s*)?(?P<text>\S.{3,40}?)\s{2,}(?:口播|VCR|演播室|同期|现场|導語|导语|画面)"
    r"(?:\s*\+\s*(?:VCR|同期|现场|画面))*\s*\d{1,2}′\d{1,2}″$")
# A script's cue before a title or a credit: '[口播]区图书馆开展…', '[字幕条]记者：…'.
_SCRIPT_CUE = re.compile(r"^\[(?:口播|字幕条|字幕)\]\s*(?P<text>\S.{3,})$")


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
    if "\u3000" not in page_text(lines).text:
        return  # (the full-width space after each title first)
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
    rules = [line.rule for line in lines]  # (a bulleted title first)
    if "bulleted-subhead" not in rules and "bulleted-place" not in rules:
        return
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
              # (the paragraph set in under it, read as a head yet if short: '4月15日，区…';
              # or set apart by a blank line: '■巴南1200套公租房' / '下月配租' / '' / '昨日，…')
              and ((text.indent and text.number == rest.number + 1)
                   or text.number == rest.number + 2)
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
    r"^(?P<rest>[^\s，,。！？!?；;：:、（）()“”]{1,10})\u3000+(?P<text>\S.{7,})$")


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
        parts = TWO_SPACES.split(line.text.strip(), maxsplit=1)
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
    page = page_text(lines)  # (the issue's line first)
    if "期" not in page.text and "期" not in page.normal:
        return
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
    # (a pointer first, or a caption or a credit to join: each form needs one of them)
    page = page_text(lines).normal
    if ("▲" not in page and "△" not in page
            and Kind.CAPTION not in (kinds := [line.kind for line in lines])
            and Kind.PHOTO_CREDIT not in kinds):
        return
    _pointed_three(lines, gazetteer)
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


CREDIT_TAIL_MAX = 2  # characters of a credit's end wrapped onto a line of its own ('摄', '摄）')
# A longer end of a credit wrapped onto a line of its own: the name's last character and the
# photo mark ('岚　摄/视觉重庆'), at most CREDIT_END_MAX characters.
_CREDIT_END = re.compile(r"(?:摄|攝)\s*(?:[/／]\s*[^/／\s()（）]{2,8})?\s*[)）]?$")
CREDIT_END_MAX = 12


def _pointed_three(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """'▲11月20日，红叶节开幕式上，演员表' / '演歌舞《神女》。融媒体记者　王　磊' / '摄': a
    pointed caption cut twice by a narrow column, the credit's last word (or the end of its
    name with the mark: '岚　摄/视觉重庆') on a line of its own, is one caption."""
    at = 0
    while at + 2 < len(lines):
        a, b, c = lines[at:at + 3]
        if (a.normal[:1] in _CAPTION_POINTERS and not a.level and not b.level and not c.level
                and a.kind in (Kind.BODY, Kind.HEADLIKE) and not is_closed(a.normal)
                and b.kind in (Kind.BODY, Kind.HEADLIKE) and c.kind in (Kind.BODY, Kind.HEADLIKE)
                and b.number == a.number + 1 and c.number == b.number + 1
                and (len(c.normal) <= CREDIT_TAIL_MAX
                     or (len(c.normal) <= CREDIT_END_MAX and _CREDIT_END.search(c.normal)))):
            joined = classify(a.number, a.text + b.text + c.text.strip(), gazetteer)
            if joined.kind is Kind.CAPTION and joined.names:
                joined.indent = a.indent
                lines[at:at + 3] = [joined]
        at += 1


_BRACKET_LABEL = re.compile(r"^[【\[]\s*[^】\]\s]{2,8}\s*[】\]]$")
_FIELD = re.compile(rf"^[{HAN}]{{2,4}}\s*[:：]\s*\S")


def _bracketed_boxes(lines: list[Line]) -> None:
    """A label in brackets alone on its line over lines of fields ('【比赛信息】' / '比分：…' /
    '进球：…' / '观众：…'), none a blank line apart: a box of facts, its lines text."""
    page = page_text(lines).normal  # (the label's bracket first)
    if "【" not in page and "[" not in page:
        return
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


def _between_rules(lines: list[Line], at: int) -> bool:
    """``lines[at]`` stands right between two rules across the page ('━━━' / '认真贯彻中央决定
    切实减轻农民负担' / '━━━'): a flag set in a box, centred, no paragraph."""
    return (0 < at < len(lines) - 1 and lines[at - 1].rule == lines[at + 1].rule == "rule-line"
            and lines[at - 1].number + 1 == lines[at].number == lines[at + 1].number - 1)


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
    for at, line in enumerate(lines):
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
            # (a running header inside goes on with it; a rule across the page ends it)
            within = line.kind is Kind.NOISE and line.rule != "rule-line" and within
            continue
        if (line.kind is Kind.HEADLIKE and DECK_DASHES.match(line.text) and above is not None
                and above.kind is Kind.HEADLIKE and above.number + 1 == line.number):
            within = False  # '——观“巫峡云帆”作品展' set in under its headline: the deck
        elif (id(line) in signed_heads and (above is None or above.kind is not Kind.BODY
                                            or is_closed(above.normal))):
            within = False
        elif line.indent in PARAGRAPH_INDENT and not (
                line.kind is Kind.HEADLIKE and letter_spaced(line.normal, LETTER_SPACED_MIN)
        ) and not (line.kind is Kind.HEADLIKE and _between_rules(lines, at)):
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


def _adverts_run_on(lines: list[Line]) -> None:
    """'…发现人扫描手' / '环上的二维码即可联系家属，也可' / '拨打…': on a page cut at the
    column's width, a line with an advert's word, as wide as the column, between two lines
    of a paragraph that runs on through it, is the paragraph's (an advert stands apart)."""
    if not any(line.rule == "advert" for line in lines):
        return
    width = column_width(lines)
    if width is None:
        return
    for above, line, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (line.rule == "advert" and not line.level and line.indent == 0
                and above.kind is Kind.BODY and below.kind is Kind.BODY
                and line.number == above.number + 1 == below.number - 1
                and not is_closed(above.normal)
                and abs(len(line.normal) - width) <= COLUMN_SLACK
                and abs(len(above.normal) - width) <= COLUMN_SLACK):
            line.kind, line.rule = Kind.BODY, "wrapped-line"


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


_ROW_RULES = frozenset({"list-row", "table-row"})


def column_width(lines: Sequence[Line]) -> int | None:
    """The width a page's paragraphs are cut at: the usual length of a text line run on by
    the next one; None when few are (paragraphs are lines) or they are long. (A list's or a
    table's rows, one under another, are no paragraph's lines.)"""
    cut = sorted(len(a.normal) for a, b in pairwise(lines)
                 if b.number == a.number + 1 and a.kind is Kind.BODY and b.kind is Kind.BODY
                 and a.rule not in _ROW_RULES)
    if len(cut) < CUT_LINES_MIN or cut[len(cut) // 2] > WRAPPED_WIDTH_MAX:
        return None
    return cut[len(cut) // 2]


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


# A comma inside a line: a sentence going on ('7月18日，钱塘镇大柱村稻虾'), never a title's
# colon ('涞滩镇：非遗夜市开市').
_INNER_COMMA = re.compile(r"[，,、；;。]")
NARROW_RUN_MIN = 3  # lines at one width, one under the other: a column cut at its width
NARROW_SLACK = 1  # cells a line of such a column may differ from its width
NARROW_WIDTH_MIN = 10  # cells of a column's width, at least (verse is set shorter)
RUN_IN_TITLE_MAX = 10  # characters of a title run in before its text, with its colon


def _narrow_column_runs(lines: list[Line]) -> None:
    """'7月18日，钱塘镇大柱村稻虾' / '共养基地里，工人们忙着收虾' / '笼、分拣小龙虾。基地负责人' /
    '蒋德富介绍，…': three or more lines one under the other, all as wide (a column cut at its
    width, perhaps narrower than the page's other text, so ``column_width`` misses it), the
    first with a comma inside and each going on from the one above, are a paragraph: text,
    not heads. The short line that ends it, under an open line, is its last."""
    if sum(line.kind is Kind.HEADLIKE for line in lines) < NARROW_RUN_MIN:
        return
    at = 0
    while at < len(lines):
        first = lines[at]
        if not (_narrow_candidate(first) and _INNER_COMMA.search(first.normal[:-1])
                # (a title run in before its text, '江池镇：近日，…', is its own pass's)
                and ":" not in first.normal[:RUN_IN_TITLE_MAX]
                and (width := display_width(first.text.strip())) >= NARROW_WIDTH_MIN):
            at += 1
            continue
        end = at + 1
        while (end < len(lines) and _narrow_candidate(lines[end])
               and lines[end].number == lines[end - 1].number + 1
               and not is_closed(lines[end - 1].normal)
               and abs(display_width(lines[end].text.strip()) - width) <= NARROW_SLACK):
            end += 1
        run = lines[at:end]
        if len(run) >= NARROW_RUN_MIN and sum(line.kind is Kind.HEADLIKE for line in run) >= 2:
            for line in run:
                if line.kind is Kind.HEADLIKE:
                    line.kind, line.rule = Kind.BODY, "wrapped-line"
            if end < len(lines):
                last = lines[end]
                if (last.kind is Kind.HEADLIKE and not last.level and not last.indent
                        and last.number == run[-1].number + 1
                        and not is_closed(run[-1].normal)
                        and display_width(last.text.strip()) < width):
                    last.kind, last.rule = Kind.BODY, "cut-last-line"
        at = end


def _narrow_candidate(line: Line) -> bool:
    # (a bulleted line opens a brief of its own: '○接龙公社　三月十日，…')
    return (line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level and not line.indent
            and line.text.lstrip()[:1] not in BULLETS)


@functools.cache
def _speech_opening() -> re.Pattern[str]:
    """A line that opens with a verb of speech and its comma or colon ('表示，…', '介绍，…'):
    what a person named at the end of the line above said."""
    return re.compile(rf"(?:{longest_first(read_list('speech_verbs.txt'))})[,:]")


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
                # ('…日入二、三十元人民幣' / '【本報記者林美玲重慶二十五日電】': a deck over the
                # report's dateline alone on its line)
                and not ((filed := dateline(b.normal)) and filed.end() >= len(b.normal))
                and (width - COLUMN_SLACK <= len(a.normal) <= width + COLUMN_SLACK
                     or width - COLUMN_SLACK <= display_width(a.normal) <= width + COLUMN_SLACK)
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
                     # (or over a line that opens with what the person named at its end
                     # said: '区城市管理局市政设施科科长廖永强' / '表示，下一步将对…')
                     or _speech_opening().match(b.normal)
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
    byline are a headline and its deck, however wide (a paragraph ends with its sentence);
    so are a kicker, a headline and a deck."""
    for below in range(at + 1, min(at + HEADS_OVER_BYLINE_MAX, len(lines) - 1)):
        # (or a headline and its deck under a kicker as wide: '开学第一天，二年级老师收上来一摞暑假
        # 日记' / '汉字不会写　拼音来帮忙' / '老师：不必急着纠正，…' / '记者　沈　芸…')
        b, c = lines[below], lines[below + 1]
        if (b.kind is not Kind.HEADLIKE or is_closed(b.normal)
                or b.number != lines[below - 1].number + 1):
            return False
        if c.kind is Kind.BYLINE and c.number == b.number + 1:
            return True
    return False


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
    # (each part's mark first: a part's number, a topic's hash, a bar, a bar before a title)
    page = page_text(lines)
    if "section-number" in [line.rule for line in lines]:
        _page_top_folio(lines)
        for line, nxt in pairwise([*lines, None]):
            if line.rule != "section-number":
                continue
            if nxt is None or nxt.kind is Kind.NOISE:
                # ('09' / 'P. 10', or the page's last line: a magazine page's folio)
                line.kind, line.rule = Kind.NOISE, "folio"
            elif nxt.kind is Kind.HEADLIKE and not nxt.level and nxt.number - line.number <= 3:
                nxt.kind, nxt.rule = Kind.SUBHEAD, "section-title"
        # ('01' / '冉秋菊：背篓里背出一所村小' / … '05' / …): numbered profiles, each titled with
        # its person's name before a colon (or read as a profile's head already: '罗家富（见义
        # 勇为）：…'), three or more, make every numbered part of the series a profile (a group
        # honoured beside the people: '“红马甲”义剪队（助人为乐）：…'), an item of the roundup;
        # the numbers, badges
        series = [(number, title) for number, title in pairwise(lines)
                  if number.rule == "section-number"
                  and title.rule in ("section-title", "profile-name")
                  and title.number - number.number <= 3]
        named = sum(title.rule == "section-title" and ":" in title.normal[:NAMED_HEAD_COLON]
                    and (head := _NAMED_HEAD.match(title.normal)) is not None
                    and person_like(head["name"]) for _, title in series)
        headed = sum(title.rule == "profile-name" for _, title in series)
        if max(named, headed) >= PROFILE_NAMES_MIN:
            for number, title in series:
                number.kind, number.rule = Kind.NOISE, "profile-badge"
                title.kind, title.rule = Kind.RUBRIC, "profile-name"
    if "#" in page.normal:
        # '#民生#' / '南岸新增5个社区食堂…': a post's topic tag right over a part's title.
        for line, nxt in pairwise(lines):
            if (line.rule == "web-chrome" and _TOPIC_TAG.match(line.normal)
                    and nxt.kind is Kind.HEADLIKE and not nxt.level
                    and nxt.number == line.number + 1):
                nxt.kind, nxt.rule = Kind.SUBHEAD, "section-title"
    if "丨" in page.normal or "|" in page.normal:
        # '壹丨从“背篓”到“蜂箱”' / … / '贰丨路通了…': parts' titles after their numbers and a bar,
        # two or more
        numbered = [line for line in lines if line.kind is Kind.HEADLIKE and not line.level
                    and _NUMBER_BAR.match(line.normal)]
        if len(numbered) >= 2:
            for line in numbered:
                line.kind, line.rule = Kind.SUBHEAD, "section-title"
    if _PART_MARK_OPENING.search("\n" + page.text):
        # '▌钓鱼嘴音乐半岛首场草坪音乐会开唱': a post marks its parts' titles with a bar.
        for line in lines:
            if (line.kind is Kind.HEADLIKE and not line.level
                    and (mark := _PART_MARK.match(line.text))):
                line.text = line.text[mark.end():]
                line.norm = normalize(line.text)
                line.kind, line.rule = Kind.SUBHEAD, "section-title"


PAGE_NAME_MAX = 8  # characters of a page's name under its folio
_FOLIO_FURNITURE = frozenset({"masthead", "editors", "page-name"})


def _page_top_folio(lines: list[Line]) -> None:
    """A part's number first on the page, under its nameplate and over its date, perhaps
    with a name between ('开州日报' / '03' / '综合新闻' / '2020年9月25日　星期五'): the page's
    folio and its name, furniture, not a part of a story."""
    top = next((at for at, line in enumerate(lines) if line.kind is not Kind.NOISE), None)
    if top is None or top == 0 or lines[top].rule != "section-number":
        return
    below = lines[top + 1:top + 3]
    name = below[0] if below and below[0].kind is Kind.HEADLIKE and not below[0].level \
        and len(below[0].normal) <= PAGE_NAME_MAX and not CLAUSE_MARK.search(below[0].normal) \
        else None
    under = below[1] if name is not None and len(below) > 1 else (below[0] if below else None)
    # (the paper's furniture under it: a web archive's calendar, '05' between 'NOV DEC JAN'
    # and '2000 2001 2002', is no page's folio)
    if under is None or under.rule not in _FOLIO_FURNITURE:
        return
    lines[top].kind, lines[top].rule = Kind.NOISE, "page-folio"
    if name is not None:
        name.kind, name.rule = Kind.NOISE, "page-name"


_TOPIC_TAG = re.compile(r"^#[^\s#]{1,12}#$")
# A part's number and a bar before its title: '壹丨', '01｜', '三|'.
_NUMBER_BAR = re.compile(
    r"^(?:[壹贰叁肆伍陆柒捌玖拾]|[一二三四五六七八九十]|0?[1-9])\s*[丨|]\s*\S{2}")
# (or with a small diamond or a fisheye, bullets a post's editor picks:
# '🔹新立镇：早熟蜜橘开园采摘', '◉ 城区新增2条公交线路　4月22日起试运行')
_PART_MARK = re.compile(r"^[▌▍▎▐▋█◉\U0001F537\U0001F536\U0001F539\U0001F538]\s*(?=\S)")
_PART_MARK_OPENING = re.compile("\n" + _PART_MARK.pattern[1:])  # (in a page's text)


BOX_LINES_MAX = 8  # lines of a box under its label ('人物名片' / name / post / record …)
TEASER_LINES_MAX = 24  # lines of a contents box whose entries each open with their page
# A contents entry's page: '▶02版·要闻', '第3版　综合', 'A05版'.
_TEASER_PAGE = re.compile(r"^[▶►▷>●■◆\s]*(?:第\s*)?[A-Z]?\d{1,2}\s*版")


# A paper's name alone: '北碚报', '永川日報', '重庆晚报'.
_PAPER_NAME = re.compile(rf"^[{HAN}]{{2,6}}(?:报|報)$")
NAMEPLATE_REACH = 3  # lines under a nameplate to the page's folio or date


def _nameplate_heads(lines: list[Line]) -> None:
    """'北碚报' (set as a heading, '=====' under it) / '版次：第2版' / '日期：2025年12月12日':
    the paper's name at the page's top, over its folio or its date, is the nameplate, no
    story's head."""
    if not lines or lines[0].kind not in (Kind.HEADLIKE, Kind.HEADING):
        return
    top = lines[0]
    if not _PAPER_NAME.match(top.normal.replace(" ", "").strip("*")):
        return
    below = lines[1:1 + NAMEPLATE_REACH]
    if any(line.rule in ("masthead", "page-name", "editors") for line in below):
        # (printed again over each article a page saved: each time the nameplate)
        for line in lines:
            if line.text == top.text and line.kind in (Kind.HEADLIKE, Kind.HEADING):
                line.kind, line.rule = Kind.NOISE, "masthead"


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
        if teasers:
            # (its entries may run longer: '▶02版·要闻' / title / deck, four of them; past the
            # usual box it goes on while each title is a line or two under its page's number)
            box = lines[at:at + TEASER_LINES_MAX + 1]
        last_page = 0
        for k, (above, below) in enumerate(pairwise(box), 1):
            if _TEASER_PAGE.match(below.normal):
                last_page = k
            if k > BOX_LINES_MAX and k - last_page > 2:
                break
            if (below.number != above.number + 1 or below.level
                    or (below.kind not in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                        and below.rule != "speaker-line"
                        and not (teasers and below.rule == "bulleted-subhead"))):
                break
            below.kind, below.rule = ((Kind.NOISE, "teaser-line") if teasers
                                      else (Kind.BODY, "box-line"))
            if teasers:  # (a contents box's label goes with its titles: no box is left)
                line.kind, line.rule = Kind.NOISE, "teaser-line"


# A contents entry's marks around its title: a bullet, its page ('02版', '第3版·要闻').
_TEASER_MARKS = re.compile(r"^[·•▶►▷>●■◆\s]*(?:(?:第\s*)?[A-Z]?\d{1,2}\s*版\S{0,4}\s+)?")


def _listed_heads(lines: list[Line]) -> None:
    """'本版导读' / '· 老旧小区装上电梯　“悬空老人”下楼不再难' / …: a head printed with the
    words a contents box lists is the headline it names (of two heads, the other is its
    kicker or its deck)."""
    titles = {_TEASER_MARKS.sub("", line.normal).replace(" ", "")
              for line in lines if line.rule == "teaser-line"}
    titles.discard("")
    if not titles:
        return
    for line in lines:
        if line.kind is Kind.HEADLIKE and line.normal.replace(" ", "") in titles:
            line.listed = True


BOX_TITLE_MAX = 20  # characters of a box's own title under its label


def box_title(line: Line, below: Line) -> bool:
    """A short open head right under a label, over a paragraph's long line: the box's
    title (a card's lines, '竹林村卫生室乡村医生', stand over more short lines)."""
    return (line.kind is Kind.HEADLIKE and not line.level and len(line.normal) <= BOX_TITLE_MAX
            and not is_closed(line.normal) and below.kind is Kind.BODY
            and len(below.normal) > BOX_TITLE_MAX)


# (A deputy's or a member's name card under the title of what they propose or say: their
# body and their name, layout.yaml's ``deputy_bodies``; then perhaps their post.)
NAME_CARDS_MIN = 2  # cards under titles, one after another, that make the titles items
CARD_POST_MAX = 40  # characters of the post under a name card


def _name_cards(lines: list[Line]) -> None:
    """Deputies' proposals under one head, each its own title over the deputy's card
    ('给山区孩子配齐音体美老师' / '市人大代表　谭秀芳' / '巫山县骡坪镇中心小学校长' / '“我们学校
    有12个班…”'): each title heads an item, and the card with the post under it is the
    item's lead (who it is about), no head of a story."""
    page = page_text(lines).normal  # (the card's office first)
    if "代表" not in page and "委员" not in page and "委員" not in page:
        return
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
    if Kind.NAME not in [line.kind for line in lines]:
        return  # (a name alone first)
    for above, line in pairwise(lines):
        name = above.normal.replace(" ", "")
        if (above.kind is Kind.NAME and line.kind is Kind.BODY
                and line.number - above.number <= 2 and line.normal.startswith(name)
                and _LIFE_YEARS.match(line.normal, len(name))):
            above.kind, above.rule = Kind.HEADLIKE, "biography-name"


# A voice's name and who they are, in brackets or after a gap: '冉秀英（51岁，民宿经营者）',
# '寇家豪　鱼洞街道快递员'; or who they are first: '竹海村党支部书记　邓林'.
_NAME_AND_WHO = re.compile(rf"^(?P<name>[{HAN}]{{2,4}})(?:\s*\((?P<who>[^()]{{2,30}})\)"
                           rf"|\s+(?P<post>[{HAN}、]{{2,30}}))$")
_WHO_AND_NAME = re.compile(rf"^(?P<post>[{HAN}、]{{2,30}})\s+(?P<name>[{HAN}]{{2,4}})$")
_BULLET_OPENING = re.compile(rf"\n[{re.escape(BULLETS)}]")  # (a line's bullet, in a page's text)


_PLACE_ENDINGS = ("区", "县", "市", "镇", "乡", "村")  # what ends a place's name, no person's


def _bracketed_voices(lines: list[Line]) -> None:
    """Bulleted subheads that each name a person and say who they are in brackets
    ('◆冉秀英（51岁，民宿经营者）' / what she says / '◆李俊杰（29岁，返乡创业青年）' / …), two or
    more: the voices gathered under one head, each an item."""
    rules = [line.rule for line in lines]  # (a bulleted line first: each voice's is)
    if ("bulleted-subhead" not in rules and "bulleted-name" not in rules
            and not _BULLET_OPENING.search("\n" + page_text(lines).text)):
        return
    # (a bulleted line whose brackets end in a title reads as a speaker's line: one of them)
    # (and a bulleted line too long for a subhead: '◆瞿浩然　…数控车工、区级技术能手')
    # (or a bulleted post and name, read as a writer's line: '◆竹海村党支部书记　邓　林')
    found = [line for line in lines if (line.rule in ("bulleted-subhead", "bulleted-name") or (
                line.kind in (Kind.LEAD, Kind.HEADLIKE, Kind.BODY) and line.text[:1] in BULLETS))
             and (match := _NAME_AND_WHO.match(bare := line.normal.lstrip(BULLETS + " "))
                  or _WHO_AND_NAME.match(join_spaced_names(bare)))
             and person_like(match["name"])
             # (a district's name and its claim are a place's part: '■万盛区　把黑山谷的…')
             and not match["name"].endswith(_PLACE_ENDINGS)]
    if len(found) >= NAMED_PARTS_MIN:
        for line in found:
            unbullet(line)
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
    # ('◆记者探访:…' / '◆街道回应:…': the steps of one follow-up, named, are its parts)
    if any(words()["report_step_re"].match(lines[at].normal.lstrip(BULLETS + " "))
           for at in heads):
        return
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
    page = page_text(lines).normal  # (a label's bracket first)
    if "【" not in page and "[" not in page and "〔" not in page:
        return
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


RANKED_PARTS_MIN = 3  # numbered heads under a ranked list's headline that make it one

_RANKED_PART = re.compile(
    r"^(?:(?P<n>[一二三四五六七八九十]{1,3})、|(?:NO|No)\.?\s*(?P<d>\d{1,2})\s)\s*\S")


def _ranked_list_parts(lines: list[Line]) -> None:
    """The numbered heads under a ranked list's headline ('2016年巴南区十大新闻' / '一、首趟东盟
    公路班车从南彭发车' / '二、…'; '…十大最美乡村榜单' / 'NO.1　开县满月乡马营村' / …),
    numbered on from one: each tells an event or an entry of its own, the items of the
    list, not subheads of one text (and not stories: the list is one piece)."""
    ranked = words()["ranked_lists_re"]
    for at, head in enumerate(lines):
        if head.kind not in (Kind.HEADLIKE, Kind.HEADING) or not ranked.search(head.normal):
            continue
        parts: list[Line] = []
        # (numbered on until the numbers stop following: another piece's '一、' starts again;
        # in Markdown, the parts a level under the list's: '## …报道四则' / '### 一、…')
        for line in lines[at + 1:]:
            if line.kind in (Kind.HEADLIKE, Kind.SUBHEAD, Kind.HEADING) and (
                    line.level > head.level or not line.level) and (
                    match := _RANKED_PART.match(line.normal)):
                rank = chinese_number(match["n"]) if match["n"] else int(match["d"])
                if rank != len(parts) + 1:
                    break
                parts.append(line)
        if len(parts) >= RANKED_PARTS_MIN:
            for line in parts:
                line.kind, line.rule = Kind.LEAD, "ranked-part"


BYLINE_FIELD_LABEL_MAX = 4  # characters of a field's label under a byline ('行程：…')


def _fields_under_bylines(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A labelled line right under a byline, over the text ('文/图　读者　林　峰' /
    '行程：主城—武隆县城—仙女山镇' / '第一天…'): a field of the piece (its route, its
    time), its text, not a headline (a place and a topic, '巴南：花木…', stays a head)."""
    if Kind.BYLINE not in [line.kind for line in lines]:
        return  # (no byline, no field under one: the cheap test first)
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
    if page_text(lines).normal.count("【") < 2:
        return  # (two labels' brackets first: most pages have none)
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
                              "figure-note", "figure-fact"})
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


SIGN_ENTRIES_MIN = 3  # signs of a horoscope box over their readings


def _sign_entries(lines: list[Line]) -> None:
    """A horoscope box, each sign's name with its span of days over its reading
    ('白羊座（3.21—4.19）' / '综合★★★☆☆　本周…', or '白羊座 3月21日-4月19日'): each sign
    opens an item of the box."""
    if page_text(lines).normal.count("座") < SIGN_ENTRIES_MIN:
        return  # (every sign's name ends in 座: the cheap test first)
    signs = words()["zodiac_signs_re"]
    found = [line for line in lines if line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.SUBHEAD)
             and not line.level and signs.match(line.normal)]
    if len(found) >= SIGN_ENTRIES_MIN:
        for line in found:
            line.kind, line.rule = Kind.LEAD, "named-part"


# '秦德明：高山茶园里的“老支书”': a person's name, a colon, and what the part says of them.
# (under a bullet, the name padded: '◎谭　红：村小里的“英语妈妈”'; after the honour the part is
# for, in brackets: '【科创之星】陈雨桐：让桥梁“开口说话”'; under a bullet, after the role the
# person plays: '◎老支书冉启明：“路不通，我就不退”', '◎“红马甲”周德明：退休不退岗')
_NAMED_PART = re.compile(
    rf"^(?P<bullet>[{BULLETS}]\s*)?(?:【[{HAN}]{{2,8}}】\s*)?"
    rf"(?:(?<=[{BULLETS}])\s*(?P<role>[{HAN}“”]{{2,8}}?))?"
    rf"(?P<name>[{HAN}](?: ?[{HAN}]){{1,2}})\s*:\s*\S.{{3,24}}$")


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
                unbullet(line)
            line.kind, line.rule = Kind.LEAD, "named-part"


# '◆刘德清　87岁　1962年入党': a person's name and facts about them (age, year joined), set
# apart by spaces, heading that person's part of a profile page.
# (a two-character name may be padded: '黄　强　35岁　出租车司机')
_NAME_AND_FACTS = re.compile(
    rf"^[{BRIEF_BULLETS}]?\s*(?P<name>[{HAN}]{{2,3}}|[{HAN}] [{HAN}])(?:\s+\S{{1,10}}){{1,3}}$")
_FACT = re.compile(r"\d{1,3}\s*岁|(?:19|20)\d{2}\s*年")


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
    if " " not in line.normal:
        return None  # (no space before a name, none after joining: the cheap test first)
    match = POSTS_AND_NAME.match(join_spaced_names(line.normal))
    return match["name"] if match and person_like(match["name"]) else None


def _posts_and_names(lines: list[Line]) -> None:
    """Heads of the parts where officials speak in turn, each a line of posts and a name
    ('区发展改革委党组书记、主任　熊　伟' / '跳磴镇党委书记　彭　丽') over what that one says:
    two or more such lines of different people, each between paragraphs, are items (a line
    right under a headline names the one person a story is about, unless two or more such
    parts follow it: then it heads the first part)."""
    found = [(line, name, above.kind is Kind.BODY)
             for above, line, below in zip(lines, lines[1:], lines[2:], strict=False)
             if above.kind in (Kind.BODY, Kind.HEADLIKE)
             # (text under it: a narrow column's first line may still read as a head, a
             # clause's mark inside)
             and (below.kind is Kind.BODY
                  or (below.kind is Kind.HEADLIKE and CLAUSE_MARK.search(below.normal)))
             and line.kind is Kind.HEADLIKE  # (the helper's own first test, without a call)
             and (name := _posts_and_name(line))]
    # (one right under a head names the one person a story is about, unless parts of others
    # follow: '新的一年 我们这样干' / '濯水镇党委书记 何明远' / text / '小南海镇党委书记 赵 刚' / …)
    between = [(line, name) for line, name, after_text in found if after_text]
    named = {name for _, name in between}
    if len(between) < NAMED_PARTS_MIN or len(named) < len(between):
        return
    under = [(line, name) for line, name, after_text in found
             if not after_text and name not in named]  # (a roster's rows name them again)
    if len({name for _, name in under}) < len(under):
        under = []  # (one name under two heads: no parts of people in turn)
    for line, _ in [*between, *under]:
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


WEATHER_BOX_LINES = 8  # lines of a weather box, its label to its closing rule


def _weather_boxes(lines: list[Line]) -> None:
    """'天气·出行' / '今天　多云转晴　27℃～37℃…' / '市气象台提醒：…' / '出行提示：…' / '————':
    a weather box between rules, its label over the forecast, is the page's service, no
    story: all of it is furniture."""
    if "weather" not in [line.rule for line in lines]:
        return  # (a forecast's line under the label first)
    for at, line in enumerate(lines[:-1]):
        if (line.kind not in (Kind.HEADLIKE, Kind.RUBRIC, Kind.LABEL) or "天气" not in line.normal
                or lines[at + 1].rule != "weather"):
            continue
        line.kind, line.rule = Kind.NOISE, "weather"
        box = lines[at + 1 : at + 1 + WEATHER_BOX_LINES]
        end = next((k for k, b in enumerate(box) if b.rule == "rule-line"), None)
        for inside in box[:end] if end is not None else ():
            inside.kind, inside.rule = Kind.NOISE, "weather"


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
    page = page_text(lines)  # (a bar first, or a wide space for it)
    if "|" not in page.normal and not page.gapped:
        return
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
        # ('万州区　太安镇凤凰村' / '涪陵区　大木乡花园村' / …: a list's rows, one under another
        # with no text between, are no titles)
        heads = {id(line) for line in found}
        listed = {id(row) for a, b in pairwise(lines)
                  if id(a) in heads and id(b) in heads and b.number == a.number + 1
                  for row in (a, b)}
        if len(listed) >= PLACE_SPACE_TITLES_MIN:
            for line in found:
                if id(line) in listed:
                    line.kind, line.rule = Kind.BODY, "list-row"
        found = [line for line in found if id(line) not in listed]
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
PROFILE_NAMED_WITHIN = 6  # lines of a profile's text under its head that name its person


def _profile_names(lines: list[Line]) -> None:
    """'秦　德　福' / '（龙河镇新建村党支部书记）' / '　　2012年，…': a profile page's parts,
    each headed by the person's name (letter-spaced, as under a portrait) over the post in
    brackets, three or more: the items of the roundup, each headed by its name, the post
    the line naming who the item is about (no text)."""
    # (the cheap tests first: each form needs three lines of its mark: a name alone for the
    # first two, a colon for the third, the person's sex for the fourth)
    page = page_text(lines).normal
    if [line.kind for line in lines].count(Kind.NAME) >= PROFILE_NAMES_MIN:
        found = [at for at in range(len(lines) - 2)
                 if lines[at].kind is Kind.NAME and not lines[at].level
                 and _POST_IN_BRACKETS.match(lines[at + 1].normal) and _text_under_pair(lines, at)]
        if len(found) >= PROFILE_NAMES_MIN:
            for at in found:
                lines[at].kind, lines[at].rule = Kind.RUBRIC, "profile-name"
                lines[at + 1].kind, lines[at + 1].rule = Kind.LEAD, "profile-post"
        # '区人大代表、白沙镇宝珠村党委书记' / '陈　秀　英' / '　　陈秀英的笔记本上，…': the post
        # over the name, unbracketed: the post is the line naming who the item is about, over
        # its head
        above = [at for at in range(len(lines) - 2)
                 if lines[at + 1].kind is Kind.NAME and lines[at].kind is Kind.HEADLIKE
                 and not lines[at].level and not lines[at + 1].level
                 and _posts_only(lines[at].normal) and _text_under_pair(lines, at)]
        if len(above) >= PROFILE_NAMES_MIN:
            for at in above:
                lines[at].kind, lines[at].rule = Kind.LEAD, "profile-post"
                lines[at + 1].kind, lines[at + 1].rule = Kind.HEADLIKE, "profile-name"
    if page.count(":") >= PROFILE_NAMES_MIN:
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
        # '■公交驾驶员　刘德兵：18年安全行车70万公里' / '每天清晨5点半，刘德兵…': a profile's
        # bulleted head gives the person's post and name before a colon, then the claim
        # ('罗淑芬（孝老爱亲）：二十年守护瘫痪婆婆': the name, the honour in brackets, the claim)
        posted = [line for at, line in enumerate(lines)
                  if (line.rule == "bulleted-subhead" or line.kind is Kind.HEADLIKE)
                  and not line.level
                  and (named := _POST_NAME_HEAD.match(line.normal)
                       or _NAME_HONOUR_HEAD.match(line.normal))
                  and person_like(name := named["name"].replace(" ", ""))
                  # (its text names the person soon; its first line, cut at a narrow column,
                  # may read as a head)
                  and _named_soon(lines, at, name, (Kind.BODY, Kind.HEADLIKE, Kind.BYLINE))]
        if len(posted) >= PROFILE_NAMES_MIN:
            for line in posted:
                line.kind, line.rule = Kind.RUBRIC, "profile-name"
    if page.count("“") >= PROFILE_NAMES_MIN:
        # '“规划师”张建国' / '张建国是驻村第一书记…': a profile's head gives the person's
        # nickname in quotes, then the name its text soon names
        nicknamed = [line for at, line in enumerate(lines)
                     if line.kind in (Kind.HEADLIKE, Kind.SUBHEAD) and not line.level
                     and (named := _NICKNAME_NAME_HEAD.match(line.normal))
                     and person_like(name := named["name"].replace(" ", ""))
                     and _named_soon(lines, at, name, (Kind.BODY,))]
        if len(nicknamed) >= PROFILE_NAMES_MIN:
            for line in nicknamed:
                line.kind, line.rule = Kind.RUBRIC, "profile-name"
    if page.count("男") + page.count("女") >= PROFILE_NAMES_MIN:
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


def _named_soon(lines: list[Line], at: int, name: str, kinds: tuple[Kind, ...]) -> bool:
    """Does the text under the head at ``at`` (its lines of ``kinds``, up to
    PROFILE_NAMED_WITHIN) name ``name``?"""
    return any(name in b.normal for b in takewhile(
        lambda b: b.kind in kinds, lines[at + 1:at + 1 + PROFILE_NAMED_WITHIN]))


def _portrait_posts(lines: list[Line]) -> None:
    """'[图片]' / '黄家俊' / '江津区委副书记、区长' / '“…”': the post printed under a portrait's
    name names who is pictured, the caption's second line, no headline (the name and the
    post one caption: '黄家俊　江津区委副书记、区长')."""
    for picture, name, post in zip(lines, lines[1:], lines[2:], strict=False):
        if (picture.rule == "image" and name.number - picture.number <= 2
                and name.kind is Kind.NAME and name.rule == "portrait-name" and not name.level
                and post.kind is Kind.HEADLIKE and not post.level
                and post.number == name.number + 1 and _posts_only(post.normal)):
            name.text = f"{name.text.strip()}\u3000{post.text.strip()}"
            name.norm = normalize(name.text)
            post.kind, post.rule = Kind.NOISE, "portrait-post"


SEX_REACH = 12  # characters of a profile's text that hold its person's name and sex
# After a person's name opening a profile: the person's sex ('，女，1968年生').
_SEX_AFTER = re.compile(r"^\s*[,，]\s*[男女]\s*[,，]")


NAMED_HEAD_COLON = 6  # characters before a profile head's colon, at most (a name and a gap)
# A profile's head: the person's name, a colon, what the profile says of them.
_NAMED_HEAD = re.compile(rf"^(?P<name>[{HAN}]{{2,4}})\s*:\s*\S")
# A profile's head: the name, the honour in brackets, a colon and the claim.
_NAME_HONOUR_HEAD = re.compile(
    rf"^(?P<name>[{HAN}](?: ?[{HAN}]){{1,3}})\s*\([^()]{{2,12}}\)\s*:\s*\S")
# A profile's head: the person's nickname in quotes, then the name ('“跑腿员”李　娜').
_NICKNAME_NAME_HEAD = re.compile(rf"^“[^“”]{{1,8}}”\s*(?P<name>[{HAN}](?: ?[{HAN}]){{1,3}})$")
# A profile's head: the person's post, a gap, the name, a colon and the claim.
# (a name set padded, '彭　兰', included)
_POST_NAME_HEAD = re.compile(
    rf"^[{HAN}、]{{2,20}}\s+(?P<name>[{HAN}](?: ?[{HAN}]){{1,3}})\s*:\s*\S")


def _text_under_pair(lines: list[Line], at: int) -> bool:
    """Are ``lines[at]`` and the line under it set close over text, the three lines in a row?
    (The text opens indented; read alone, its first line may look a head.)"""
    pair, text = lines[at + 1], lines[at + 2]
    return (pair.number == lines[at].number + 1 and text.number == pair.number + 1
            and (text.kind is Kind.BODY or (text.kind is Kind.HEADLIKE and bool(text.indent))))


def _posts_only(norm: str) -> bool:
    """Is ``norm`` posts alone, joined by '、' ('区人大代表、白沙镇宝珠村党委书记')?"""
    return not CLAUSE_MARK.search(norm.replace("、", "")) and all(
        cell.endswith(title_ends()) for cell in norm.split("、"))


# A public-service ad's sponsor, signing it: '酉阳县精神文明建设委员会办公室　宣'.
_SPONSOR = re.compile(r"\S\s+宣$")


def _slogans_over_sponsors(lines: list[Line]) -> None:
    """'尊师重教　从我做起' / '…精神文明建设委员会办公室　宣': a slogan right over the office that
    signs it is the public-service ad's text, no headline."""
    if not page_text(lines).ends_a_line("宣"):
        return  # (the cheap test first: no sponsor signs a line)
    for above, line in pairwise(lines):
        if (line.rule == "advert" and above.kind is Kind.HEADLIKE and not above.level
                and line.number == above.number + 1 and _SPONSOR.search(line.normal)):
            above.kind, above.rule = Kind.NOISE, "advert"


# Where a caption tells the order of the people pictured: '（从左至右）', '图中代表从左至右依次
# 为：', '…步入会场。左起：'.
_POSITION_NOTE = re.compile(
    r"(?:^[(（]?|[。，,]\s*)(?:图中\S{0,6}?|前排|后排)?(?:从左至右|从左到右|自左至右|由左至右|左起)"
    r"(?:依次|分别)?(?:为|是)?\s*[:：]?\s*[)）]?$")
GALLERY_GAP = 2  # line numbers from one name of a caption's list to the next (a blank line)


def _gallery_names(lines: list[Line]) -> None:
    """The people a caption names one a line after telling their order ('1月9日，…代表组的
    代表。' / '（从左至右）' / '熊永福' / '谢　瑶' / …, or '…步入会场。左起：' / '龙明轩　区人大
    代表、西南大学教授' / …): the caption's list, no text and no heads. The names join the
    line that tells the order, one caption ('（从左至右）熊永福、谢瑶、…'); their own lines are
    left as furniture."""
    if "左" not in page_text(lines).normal:
        return  # (the cheap test first: no order told)
    for at, line in enumerate(lines):
        if line.kind not in (Kind.BODY, Kind.HEADLIKE, Kind.CAPTION) or line.level or not (
                _POSITION_NOTE.search(line.normal)):
            continue
        names, last = [], line.number
        for below in lines[at + 1:]:
            if below.number - last > GALLERY_GAP or not (
                    below.kind is Kind.NAME or below.rule == "speaker-line"):
                break
            names.append(below)
            last = below.number
        if names:
            alone = bool(_POSITION_NOTE.match(line.normal))
            above = lines[at - 1] if at else None
            if (alone and above is not None and line.number - above.number <= GALLERY_GAP
                    and above.kind in (Kind.BODY, Kind.CAPTION) and not above.level):
                # (the note under its caption: the caption goes on with it)
                above.text = above.text.rstrip() + line.text.strip()
                line.kind, line.rule = Kind.NOISE, "gallery-names"
                line, alone = above, False
            bare = all(below.kind is Kind.NAME for below in names)
            listed = ("、" if bare else "；").join(
                "".join(below.text.split()) if bare else below.text.strip()
                for below in names)
            line.text = line.text.rstrip() + listed
            line.norm = normalize(line.text)
            if alone:  # (the note alone on its line, under no caption: a caption of its own)
                line.kind, line.rule = Kind.CAPTION, "gallery-names"
            elif line.kind is Kind.BODY:
                line.rule = "gallery-caption"  # (a caption however long its list makes it)
            for below in names:
                below.kind, below.rule = Kind.NOISE, "gallery-names"


def _running_heads(lines: list[Line]) -> None:
    """A bulletin's running head at each page break: the publication's name, the page's
    first line, and the issue in a cell beside it ('重庆市黔江区人民政府公报　　2012年第4期',
    or the other way round on the facing page): furniture, wherever it falls."""
    if not page_text(lines).gapped:  # (the cell beside the title first)
        return
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


DECK_OVER_BYLINE_MAX = 40  # characters of a deck read by where it stands


WRAPPED_DECK_MAX = 64  # characters of a deck wrapped over two lines


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
                and first.rule in OPEN_RULES and second.rule in OPEN_RULES
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
    _nameplate_heads,
    _gallery_names,
    assistant_transcripts,
    setext_headings,
    underlined_titles,
    tagged_bylines,
    timed_titles,
    dated_list_titles,
    timed_bracketed_titles,
    _headlines_listed_whole,
    _meeting_headlines_cut,
    _headlines_cut_open,
    _shadowed_heads,
    _pull_quotes,
    bulletin_titles,
    cut_teasers,
    footer_contacts,
    _drawn_figures,
    _quoted_poems,
    post_title,
    opened_list_entry,
    audio_cards,
    dotted_menus,
    disclosure_cells,
    _heads_over_datelines,
    ranking_rows,
    check_rows,
    leader_rows,
    _classified_ads,
    _headed_ads,
    html_tables,
    account_under_avatar,
    _bracketed_title,
    reader_view_header,
    rating_widget,
    suggested_questions,
    countdown_box,
    poster_names,
    repeated_page_heads,
    browser_titles,
    titles_repeated_under,
    calendars,
    _sign_entries,
    summary_fields,
    mood_votes,
    button_counts,
    chrome_above_text,
    copied_tails,
    leader_widgets,
    source_name_under_info,
    _head_block,
    _page_top_dates,
    _page_foot_folio,
    _page_lists,
    _reprinted_titles,
    _vertical_labels,
    _stacked_signs,
    _romanized_heads,
    menu_runs,
    split_breadcrumbs,
    titles_over_fields,
    figure_rows,
    _cut_numbers,
    chat_remarks,
    ai_boxes,
    mail_heads,
    export_fields,
    pipe_fields,
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
    image_alt_texts,
    _numbered_captions,
    attachment_lists,
    _bracketed_boxes,
    channel_titles,
    headshot_rows,
    site_names_over_addresses,
    _weather_boxes,
    numbered_tables,
    side_menus,
    speakers_alike,
    _named_parts,
    rosters_under_labels,
    elected_rows,
    elected_columns,
    _posts_and_names,
    _people_with_facts,
    speaker_lists,
    agenda_boxes,
    _speakers_under_occasions,
    _authors_under_headlines,
    titles_printed_again,
    guide_lists,
    timed_contents,
    contents_lists,
    summarised_contents,
    article_contents,
    digest_contents,
    listed_titles,
    programme_parts,
    contents_pages,
    _running_heads,
    _slogans_over_sponsors,
    _place_bar_titles,
    _profile_names,
    _portrait_posts,
    wrapped_chrome,
    _decks_over_bylines,
    _wrapped_decks,
    _wrapped_lines,
    _bracket_titles_wrapped,
    prize_rows,  # (after: a group's label at the margin is not the row above's wrap)
    list_rows,
    schedule_rows,
    dated_entries,
    _writer_notes,
    _narrow_column_runs,
    _cut_first_lines,
    _cut_last_lines,
    _bracket_closed_below,
    _cut_datelines,
    _advert_blocks,
    counted_rosters,
    counted_lists,
    named_rows,
    roll_rows,
    noted_rows,
    school_signatures,
    appendices,
    appended_lists,
    signed_days,
    issuer_date_lines,
    signature_blocks,
    signature_columns,
    tabbed_fields,
    flattened_tables,
    barred_tables,
    spaced_tables,
    tables,
    cell_tables,
    lone_table_rules,
    hotline_numbers,
    _verses,
    _section_titles,
    _box_lines,
    pointed_teasers,
    _notice_contacts,
    _numbered_columns,
    video_lists,
    column_chips,
    columns_with_more_links,
    signed_parts,
    _name_cards,
    _signed_letters,
    digest_parts,
    _biography_parts,
    _profile_heads,
    _biography_names,
    tagged_parts,
    listed_events,
    _bracketed_voices,
    _dated_parts,
    _part_labels,
    _numbered_parts,
    _ranked_list_parts,
    numbered_entries,
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
    _posts_over_text,
    _paired_heads,
    _bulleted_run_in_titles,
    _bold_run_in_titles,
    _heads_inside_reports,
    _listed_heads,
    _adverts_run_on,
)
# The passes that take the build's gazetteer as their second argument.
PLACE_PASSES: frozenset[PagePass] = frozenset({
    timed_bracketed_titles,
    tagged_bylines,
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
    wrapped_chrome,
    _part_labels,
    _fields_under_bylines,
    _place_run_ins,
    _heads_beside_bylines,
    _paired_heads,
})
