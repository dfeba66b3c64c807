"""Segmenter: one decoded page becomes stories with items, captions and credits.

The page is read line by line. Each line is first classified on its own by an ordered
table of named rules (``analyse/lines.py``), then with its neighbours by page passes
(``analyse/passes.py``; ``analyse/web_passes.py`` for web pages and sites' chrome,
``analyse/list_passes.py`` for tables, rosters and lists, ``analyse/other_inputs.py`` for
exports, mail, chats and posts); a table of grouping decisions then turns the lines into stories
and items (``analyse/layout.py``). A table of records (a CSV export, a sheet) is read a story
a row instead (``analyse/records.py``). This module puts the pieces
together: the page's own metadata (masthead, folio, web header), the year and its
evidence, and the final records. The rules are about the shapes of Chinese newspaper
typesetting, never about particular pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.token import Token

from cqnews_site.analyse import records
from cqnews_site.analyse.columns import side_by_side
from cqnews_site.analyse.documents import other_programs
from cqnews_site.analyse.layout import (
    Builder,
    ItemDraft,
    StoryDraft,
    bracketed_label,
    briefs_headline,
    cut_prefix,
    strip_photo_credit,
)
from cqnews_site.analyse.lines import (
    BRIEF_BULLETS,
    LETTER_SALUTATION,
    Kind,
    Line,
    account_tags,
    bars_read_as_letters,
    box_bars,
    boxed_indents,
    cell_fields,
    classify,
    code_fences,
    copy_guard_marks,
    dateline,
    dateline_writers,
    doubled_glyphs,
    feed_items,
    footnote_marks,
    hung_punctuation,
    icon_text,
    info_line,
    inline_markup,
    is_closed,
    is_page_name,
    jekyll_markup,
    math_figures,
    ocr_json,
    pandoc_markup,
    people_in_credit,
    printed_links,
    side_heads,
    symbol_font_bullets,
    timed_titles,
    title_fields,
    typist_marks,
    ubb_codes,
    unflanked,
    unspaced_headings,
    unspaced_page,
    wiki_headings,
    wikilinks,
    without_colour_codes,
    without_line_numbers,
    without_margin,
    words,
)
from cqnews_site.analyse.passes import relabel
from cqnews_site.analyse.script import simplified_chars
from cqnews_site.analyse.typesetting import founder_codes, word_fields
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.model.dates import (
    DATE_RE,
    QUOTED_OPENING,
    before_page,
    chinese_number,
    day_before_named,
    find_dated,
    infer_year,
    is_full_date,
    month_number,
    opening_day,
    printed_year,
    this_month,
)
from cqnews_site.model.ids import content_story_id
from cqnews_site.model.records import Diagnostic, Item, Page, SourceText, Story
from cqnews_site.model.text import normalize, squash

__all__ = ["Kind", "Line", "Trace", "anchor_for", "classify", "relocate", "segment", "trace"]

_LEADING_DATE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|晚|晚上|凌晨|早上)?[，,]\s*"
)


# --- page metadata ------------------------------------------------------------------------


@dataclass(frozen=True)
class PageMeta:
    """What a page prints about itself in its masthead, folio or web header."""

    paper: str | None = None
    date: str | None = None
    date_line: str | None = None  # the line the date was read from: the year's evidence
    issue_number: str | None = None
    page_number: str | None = None
    page_name: str | None = None


_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")
_ISSUE = re.compile(r"第\s*(?P<n>\d+)\s*期")
# (a name of figures alone is none: '18:27', an hour, is no page 18 named 27)
_PAGE_NO = re.compile(
    r"^(?:第\s*)?(?P<n>[A-Z]?\d{1,2})(?:\s*版)?(?:(?:\s*:\s*|\s+)(?P<name>(?!\d+$)\S.{0,10}))?$")
_SHEET = re.compile(r"^(?:第|共)\s*\d+\s*页$")  # a proof's or a print-out's sheet, no page's name
# An older paper's folio in Chinese numerals: 第二版, 第十二版 (its number only: a page's name
# is read from the Arabic folio's cells alone, as before).
_CHINESE_PAGE_NO = re.compile(r"^第\s*(?P<n>[一二三四五六七八九十]{1,3})\s*版$")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|農曆\S*|农历\S*")
# (and a folio first on the page under its nameplate, ``passes._page_top_folio``; a folio
# elsewhere, a magazine's at the foot, is no header's)
_HEADER_RULES = ("masthead", "editors", "web-chrome", "page-folio", "page-name")


# The cells of a header line: set apart by wide gaps, a bar or a spaced dash
# (重庆晚报 | 2025年05月02日 · 巴南日报数字报 - 第08版：体育).
_HEADER_CELLS = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*|\s+[-–—]\s+")
# A name set letter-spaced within a header line ('重　慶　日　報　　一九八八年…'): single
# characters one space apart, wider gaps around.
_LETTER_SPACED_CELL = re.compile(r"(?<!\S)[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff])+(?!\S)")


def _header_cells(text: str) -> list[str]:
    """A header line's cells, split at wide gaps and bars; a name set letter-spaced
    ('边　城', '重　慶　日　報') is one cell."""
    joined = _LETTER_SPACED_CELL.sub(lambda m: re.sub(r"[ \u3000]", "", m[0]), text.strip())
    return _HEADER_CELLS.split(joined)


# An e-paper's address of an article, its issue's day in the path: '/html/2014-05/16/'.
_EPAPER_PATH = re.compile(r"/html/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})/(?P<d>\d{2})/")
# A web archive's capture stamp in its toolbar ('5 Jan 2013 02:41:09 UTC'): the day the page
# was seen, which dates a page that prints no year of its own (a list of month-day entries).
_CAPTURE_STAMP = re.compile(
    r"^(?P<d>\d{1,2}) (?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"(?P<y>(?:19|20)\d{2})(?: \d{2}:\d{2}(?::\d{2})?(?: UTC| GMT)?)?$")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _epaper_day(line: Line) -> tuple[str, str] | None:
    path = _EPAPER_PATH.search(line.normal)
    return (f"{path['y']}-{path['m']}-{path['d']}", path[0]) if path else None


def _capture_day(line: Line) -> tuple[str, str] | None:
    stamp = _CAPTURE_STAMP.match(line.text.strip())
    if stamp is None:
        return None
    month = _MONTHS.index(stamp["mon"]) + 1
    return f"{stamp['y']}-{month:02d}-{int(stamp['d']):02d}", stamp[0]


# Furniture that names the day of a page printing none, in order: an e-paper's address of
# the article ('本文链接：http://…/html/2014-05/16/content_38217.htm'), then a web archive's
# capture stamp.
_FURNITURE_DAYS = (_epaper_day, _capture_day)


def _day_in_furniture(lines: list[Line]) -> tuple[str, str] | None:
    """The page's day (ISO) and the words that gave it, from its furniture; None if none."""
    for day_of in _FURNITURE_DAYS:
        for line in lines:
            if line.kind is Kind.NOISE and (found := day_of(line)):
                return found
    return None
# The day a copy was made, not printed: '导出时间：2010-03-15', '打印于…', '识别日期：…'; the
# days a database was searched over ('检索条件：媒体＝重庆商报；日期＝2010-03-11至2010-03-12'); or
# a forum user's day of joining on the user's card ('注册 2004-8-2'); the hour a proof was
# printed for the desk ('校次：三校　出样：2019-03-06 18:27'); the time a reader highlighted
# it on an e-reader ('- 您在位置 #112-124的标注 | 添加于 2026年1月14日星期三 下午7:58:32').
_COPY_DAY = re.compile(r"(?:导出|導出|打印|下载|下載|识别|識別)(?:时间|時間|日期|于|於)"
                       r"|(?:添加于|添加於|Added on)"
                       r"|(?:出样|出樣)(?:时间|時間|日期)?\s*[:：]"
                       r"|(?:检索|檢索)(?:条件|條件|范围|範圍)"
                       r"|(?:注册|註冊)(?:时间|時間|日期)?\s*[:：]?\s*(?:19|20)\d{2}"
                       # (a site's clock: the day the page was viewed, '今天是：2014年6月9日')
                       r"|(?:^|\s)今天是\s*[:：]?\s*(?:19|20)\d{2}")


def _header_date(line: str) -> str | None:
    # ('重庆商报/2009年/5月/18日/第B03版': a newspaper database's path of the page)
    norm = normalize(line).replace("年/", "年").replace("月/", "月")
    if _COPY_DAY.search(norm):
        return None
    match = DATE_RE.search(norm)
    if match and (year := printed_year(match)):
        month, day = month_number(match["month"]), chinese_number(match["day"])
        if month and day:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return _iso_date(norm)


def _iso_date(norm: str) -> str | None:
    """The first ISO date in ``norm`` ('2024-03-06 21:15' → '2024-03-06'), or None."""
    iso = _ISO_DATE.search(norm)
    return f"{int(iso['y']):04d}-{int(iso['m']):02d}-{int(iso['d']):02d}" if iso else None


def page_meta(lines: list[Line], header: list[str], first_story_line: int | None) -> PageMeta:
    """Paper, date, 期号, 版次 and 版名 from the lines above the first story (or, when those
    print no date, from the furniture under the last text)."""
    fields: dict[str, str | None] = {}
    dated = ""  # the header line that printed the page's date
    top = [line for line in lines
           if (first_story_line is None or line.number < first_story_line)
           and (line.rule in _HEADER_RULES or line.text in header)]
    # A website prints its 发布时间 under the headline; it is header matter wherever it is,
    # as is an app's byline with the time of release ('记者 A　2025-04-14 06:50　重庆').
    top += [line for line in lines if line not in top and (
        info_line(line)
        or (line.kind is Kind.BYLINE and _ISO_DATE.search(line.normal)))]
    if not any(_header_date(line.text) for line in top):
        # A scan's furniture printed at the page's foot, under its last text ('重庆商报
        # 2OO3年11月20日　星期四　　A6' / the editors): the page's, as at its head.
        last = max((line.number for line in lines if line.kind is Kind.BODY), default=0)
        top += [line for line in lines if line.number > last and line.rule in _HEADER_RULES]
    paper_shape = words()["paper_shapes_re"]
    # A head cell that looks like no paper names one only when no cell does: beside the
    # page's number it is the page's name (城事　05 over 重庆晨报).
    shaped = any(paper_shape.search(rest) for line in top if line.rule != "web-chrome"
                 for cell in _header_cells(line.text)
                 for rest in _header_words(normalize(cell)))
    for line in top:
        from_header = line.text in header
        if "date" not in fields and (date := _header_date(line.text)):
            # The evidence is the cell that printed the date: "发布时间：2025-12-31 09:12".
            cell = _date_cell(line.text)
            # "某县报 2024年5月6日 星期一" → "2024年11月11日 星期一": the date is the evidence.
            printed = DATE_RE.search(cell)
            fields["date"], fields["date_line"] = date, cell[printed.start():] if printed else cell
            dated = line.text
        if "issue_number" not in fields and (issue := _ISSUE.search(normalize(line.text))):
            fields["issue_number"] = issue["n"]
        if line.kind is Kind.BYLINE:
            continue  # its time only
        # A site's menu names no paper; a folio set with bars may look like one.
        if line.rule == "web-chrome" and not words()["masthead_re"].search(line.normal):
            continue
        # A cell is what is left of it once its date is out; a folio set with single
        # spaces (重庆日报 2024年3月5日 第3版 两会特刊) has a cell in each word.
        pairs = [(cell, rest) for cell in (normalize(c) for c in _header_cells(line.text))
                 for rest in _header_words(cell)]
        cells, rests = [cell for cell, _ in pairs], [rest for _, rest in pairs]
        numbered = any(_PAGE_NO.match(r) for r in rests if r)
        for cell, rest in zip(cells, rests, strict=True):
            if rest in words()["editor_roles"]:
                break  # '编辑　邹　燕　　视觉　钟　林': the editors, to the line's end
            if not rest or words()["editors_re"].search(cell) or _ISSUE.search(cell):
                continue
            if rest in words()["paper_editions"]:
                continue  # '登录 | 注册 | 数字报': a site's link to its e-paper names no paper
            if is_page_name(rest):
                fields.setdefault("page_name", rest)  # '社会新闻' on a line of its own
                continue
            if number := _PAGE_NO.match(rest):  # before the masthead's shapes: 第A02版：综合新闻
                fields.setdefault("page_number", number["n"])
                if number["name"]:
                    fields.setdefault("page_name", number["name"])
                continue
            # A masthead's furniture is no name, but a paper's name alone is one (重庆晨报).
            named = _PAPER_NAME.fullmatch(rest) and paper_shape.search(rest)
            if ((words()["masthead_re"].search(rest) and not named)
                    or re.fullmatch(r"[A-Za-z .]+", rest)):
                continue
            paper = _without_edition(rest, paper_shape) if "paper" not in fields else None
            if paper is not None and (paper_shape.search(paper)
                                      or (from_header and not (shaped and numbered))):
                # ('重慶日報' in a scan of its traditional nameplate: the paper of 重庆日报)
                fields["paper"] = simplified_chars(paper)
            elif ("page_name" not in fields and (numbered or "page_number" in fields)
                  and len(rest) <= 10 and ":" not in rest  # ('校次:三校': a field)
                  and not _SHEET.match(rest) and rest != fields.get("paper")):
                fields["page_name"] = rest
    if "page_number" not in fields:
        folios = (_CHINESE_PAGE_NO.match(rest) for line in top if line.rule != "web-chrome"
                  for rest in _header_words(normalize(line.text)) if rest)
        if (folio := next((f for f in folios if f), None)) and (n := chinese_number(folio["n"])):
            fields["page_number"] = str(n)
    if "date" not in fields:
        # A masthead's date read after the first story's first line: an ear set beside the
        # nameplate opens the page ('观音桥有了24小时书店' over '2OO2年3月28日　星期四　…').
        # Its date only (what else shares those lines is the ear's text), from a cell that
        # opens with it, as a masthead prints it: not a date in a list's entry.
        for line in lines:
            if line.rule != "masthead" or not _header_date(line.text):
                continue
            cell = _date_cell(line.text)
            if DATE_RE.match(cell) and (date := _header_date(cell)):
                fields["date"], fields["date_line"], dated = date, cell, line.text
                break
        else:
            # A nameplate with its date, or a day alone, between stories: under text of no
            # page's (an e-reader's clippings: a book's highlight, then '重庆晚报 2026年1月14日
            # (重庆晚报社)' over the next), or marked ('▌2011年09月15日　星期四').
            for line in lines:
                if (line.rule == "masthead" and (date := _header_date(line.text))
                        and _nameplate(line)):
                    fields["date"], fields["date_line"], dated = date, line.text, line.text
                    break
    if "date" not in fields and (found := _day_in_furniture(lines)):
        fields["date"], fields["date_line"] = found
    if dated and (fixed := _weekday_year(fields["date"] or "", dated)):
        # (the evidence quotes the weekday that gave the year)
        fields["date"], weekday = fixed
        if weekday not in (fields.get("date_line") or ""):
            fields["date_line"] = f"{fields.get('date_line') or ''} {weekday}".strip()
    return PageMeta(**fields)


def _nameplate(line: Line) -> bool:
    """Does ``line`` print a paper's name in a cell of its own ('重庆晚报　2026年1月14日'), or
    a day and nothing else ('▌2011年09月15日　星期四': no contents entry's title with it)?"""
    paper_shape = words()["paper_shapes_re"]
    if any(_PAPER_NAME.fullmatch(rest) and paper_shape.search(rest)
           for cell in _header_cells(line.text) for rest in _header_words(normalize(cell))):
        return True
    words_left = _WEEKDAY.sub("", DATE_RE.sub("", normalize(line.text)))
    return re.sub(r"[^\u4e00-\u9fff]|公元", "", words_left) == ""


def _date_cell(text: str) -> str:
    """The cell of a header line that printed its date, normalised."""
    return normalize(next(c for c in _HEADER_CELLS.split(text.strip()) if _header_date(c)))


_PRINTED_WEEKDAY = re.compile(r"(?:星期|禮拜|礼拜|周)([一二三四五六日天])")


def _weekday_year(date: str, line: str) -> tuple[str, str] | None:
    """The page's ``date`` with its year one off mended by the weekday printed beside it on
    ``line``, and that weekday ('2004年1月13日　星期四' on a paper of 2005: 13 January was a
    Thursday in 2005, a Tuesday in 2004 — a masthead set with the old year in the new year's
    first days); None when the weekday agrees, is not printed, or fits neither neighbouring
    year."""
    if not (day := _PRINTED_WEEKDAY.search(line)):
        return None
    weekday = "一二三四五六日".index(day[1].replace("天", "日"))
    try:
        printed = dt.date.fromisoformat(date)
    except ValueError:
        return None
    if printed.weekday() == weekday:
        return None
    for year in (printed.year + 1, printed.year - 1):
        try:
            other = printed.replace(year=year)
        except ValueError:
            continue
        if other.weekday() == weekday:
            return other.isoformat(), day[0]
    return None


_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
_SPACED_PAGE_NO = re.compile(r"第\s+([A-Z]?\d{1,3})\s*版|第([A-Z]?\d{1,3})\s+版")


def _header_words(cell: str) -> list[str]:
    """What is left of a header cell without its date and weekday, split at its spaces
    when it is Chinese ('重庆日报 第3版 两会特刊' → three); a Latin name, or one set
    letter-spaced, stays whole."""
    rest = normalize(_WEEKDAY.sub(" ", _ISO_DATE.sub(" ", DATE_RE.sub(" ", cell))))
    if not rest or re.search(r"[A-Za-z]{2}", rest):
        return [rest]
    # ('**梁平日报**': a Markdown dump's bold marks are no part of a name, nor a transcript's
    # title marks: '《重庆日报》一九五八年十月十八日')
    parts = [_unmarked(part) for part in
             _SPACED_PAGE_NO.sub(lambda m: f"第{m[1] or m[2]}版", rest).split()
             if _unmarked(part)]
    # A name set letter-spaced ('铜 梁 报') is one word.
    return ["".join(parts)] if all(len(part) == 1 for part in parts) else parts


def _unmarked(word: str) -> str:
    """A header word without the bold marks or the book-title marks around it."""
    word = word.strip("*")
    return word[1:-1] if word[:1] == "《" and word[-1:] == "》" and len(word) > 2 else word


def _without_edition(name: str, paper_shape: re.Pattern) -> str:
    """A paper's name without the editions printed after it ('武隆日报数字报' → '武隆日报',
    '江津日报数字报·阅读版' → '江津日报'), when what is left is a paper's name; else ``name``
    as it is."""
    for edition in words()["paper_editions"]:
        if name.endswith(edition):
            kept = name[: -len(edition)].rstrip(" ·|-")
            if paper_shape.search(kept):
                return _without_edition(kept, paper_shape)
    return name


def _jumps_within_the_page(drafts: list[StoryDraft], noise: list[str]) -> None:
    """A story jumped to another page and printed on in the same file (an e-paper that shows
    jumped stories whole: '（下转第2版）' / the headline again / '（上接第1版）' / the rest): one
    story, its text joined where the jump cut it ('…增长' / '近三成。'). The jump lines (kept
    by the builder) and the repeated headline go to the page's ``noise``."""
    for before in list(drafts):
        if before.continued_to is None or before not in drafts:
            continue
        heads = {h for h in (before.headline, before.kicker, before.subtitle) if h}
        after = next((d for d in drafts[drafts.index(before) + 1:]
                      if d.continued_from is not None and d.headline in heads
                      and d.paragraphs and not d.items), None)
        if after is None or not before.paragraphs or before.items:
            continue
        first, *rest = after.paragraphs
        if is_closed(before.paragraphs[-1].text):
            before.paragraphs.append(first)
        else:
            before.paragraphs[-1].extend(first.text)
        before.paragraphs.extend(rest)
        before.captions.extend(after.captions)
        before.reporters.extend(n for n in after.reporters if n not in before.reporters)
        before.photographers.extend(
            n for n in after.photographers if n not in before.photographers)
        before.continued_to = None
        noise.append(after.headline or "")
        drafts.remove(after)


# A brief that takes its day from the brief above it: '同日，…' (the same day), '次日，…' (the
# next day).
_DAY_OF_THE_ONE_ABOVE = {"同日": 0, "同天": 0, "次日": 1}


def _days_from_the_story_above(stories: list[Story]) -> list[Story]:
    """Undated stories that open with '同日，' or '次日，' dated by the story above them (briefs
    in a column, each its own story, the day carried across)."""
    out: list[Story] = []
    for story in stories:
        above = out[-1] if out else None
        shift = _DAY_OF_THE_ONE_ABOVE.get(story.paragraphs[0][:2]) if story.paragraphs else None
        if (story.date is None and shift is not None and above is not None
                and above.date is not None and is_full_date(above.date)):
            day = dt.date.fromisoformat(above.date) + dt.timedelta(days=shift)
            story = dataclasses.replace(story, date=day.isoformat(),
                                        date_evidence=above.date_evidence)
        out.append(story)
    return out


def _credits_of_headless_ends(drafts: list[StoryDraft]) -> None:
    """Heads with no text after a story (a poster's closing slogans: '金佛山下　茶香正浓'),
    then the post's credits: the credits sign the story above, which has none of its own
    (the heads are dropped as furniture, their credits must not go with them)."""
    for above, draft in pairwise(drafts):
        if (draft.has_body or draft.captions or draft.items or not above.has_body
                or above.reporters or above.photographers):
            continue
        above.reporters.extend(draft.reporters)
        above.photographers.extend(draft.photographers)


# --- public API --------------------------------------------------------------------------


# The page's raw lines mended before they are classified, in this order: a news feed's source,
# an OCR service's replies as JSON, Markdown code fences, Markdown headings' marks with no
# space after them, a typesetter's file's commands, inline tags of styling or highlighting, a
# terminal's colour codes, a text browser's margin, an OCR's boxes for indents, its spaces
# between characters, ornaments around heads, side heads read across their text, two columns
# read across, a wiki's headings, links' targets printed after their words, a Word file's
# field instructions, pandoc's attribute blocks and hard breaks, figures a converter set as
# inline maths, Markdown footnotes' marks, a Jekyll page's kramdown
# attributes and Liquid tags, a site's copy guard, a forum's codes, a note app's links, a
# portal's microblog tags after names, a PDF's faux bold drawn twice, an icon font read as
# text, a typist's marks, and punctuation an OCR hung at the next line's start, bars an OCR
# read as letters before heads, a symbol font's bullets given as letters, a news list's
# posting times before its titles, titles given as labelled fields, an information table
# copied a cell a line.
RAW_PASSES: tuple[Callable[[list[str]], list[str]], ...] = (
    feed_items, ocr_json, code_fences, unspaced_headings, founder_codes, inline_markup,
    other_programs,
    without_colour_codes, without_line_numbers, without_margin,
    boxed_indents, box_bars, unspaced_page, unflanked, side_heads, side_by_side,
    wiki_headings, printed_links, word_fields, pandoc_markup, math_figures, footnote_marks,
    jekyll_markup, copy_guard_marks,
    ubb_codes, wikilinks, account_tags, doubled_glyphs, icon_text, typist_marks,
    hung_punctuation, bars_read_as_letters, symbol_font_bullets, timed_titles,
    title_fields, cell_fields)


def _year_text(source: SourceText, lines: list[Line]) -> str:
    """The text the page's year is read from: all of it, but the time of an account's
    pinned post (``other_inputs._pinned_posts``), which may be of any year."""
    if not any(line.rule == "pinned-post-header" for line in lines):
        return source.text
    return "\n".join(line.text for line in lines if line.rule != "pinned-post-header")


def _quote_gap(raws: list[str], at: int) -> bool:
    """Is ``raws[at]`` a Markdown quote's empty line ('>' between '> …' lines), a gap
    (alone, a '>' may be a breadcrumb's arrow: '知识' / '>' / '社科')?"""
    if raws[at].strip() != ">":
        return False
    near = [raws[k].lstrip() for k in (at - 1, at + 1) if 0 <= k < len(raws)]
    return any(r.startswith("> ") for r in near)


def _lines(source: SourceText, gazetteer: Gazetteer | None) -> list[Line]:
    raws = source.text.split("\n")
    for mend in RAW_PASSES:
        raws = mend(raws)
    lines = relabel([
        classify(source.first_line + offset, raw, gazetteer)
        for offset, raw in enumerate(raws)
        if raw.strip() and not _quote_gap(raws, offset)
    ], gazetteer)
    if source.meta.clipped_from and lines and lines[0].kind is not Kind.NOISE:
        # A clipped web page is one article under its title: once its text has begun, its
        # Markdown headings are the article's sections (a heading over the text is its
        # headline; a digest's signed parts are read as its items before this). (A title
        # that names a paper's page, '第A06版：财经-重庆商报数字报', clips a page of stories.)
        begun = False
        for at, line in enumerate(lines[1:], 1):
            begun = begun or line.kind is Kind.BODY
            if not begun or line.kind is not Kind.HEADING:
                continue
            below = next((b for b in lines[at + 1:] if b.kind is not Kind.NOISE), None)
            if below is not None and below.kind is Kind.BODY:  # (a section has text under it)
                line.kind, line.rule = Kind.SUBHEAD, "clipped-section"
    return lines


def segment(source: SourceText, gazetteer: Gazetteer | None = None) -> Page:
    """Split one decoded file into a ``Page`` of stories; a pure function of its input
    (and of the build's ``gazetteer``, the packaged one by default)."""
    return trace(source, gazetteer).page


@dataclass(frozen=True)
class Trace:
    """A segmented page with the reasons: every line's kind and rule, every decision."""

    page: Page
    lines: tuple[Line, ...]
    decisions: tuple[tuple[int, str], ...]  # (line number, grouping decision)


def trace(source: SourceText, gazetteer: Gazetteer | None = None) -> Trace:
    """Segment ``source`` and keep the line rules and grouping decisions that were applied."""
    page, builder, lines = _segment(source, gazetteer)
    return Trace(page, tuple(lines), tuple(builder.decisions) if builder else ())


def _segment(source: SourceText,
             gazetteer: Gazetteer | None) -> tuple[Page, Builder | None, list[Line]]:
    if source.is_article and not _stories_under_headings(source.text):
        return _article(source), None, []
    # (a database's export may highlight the words searched for with tags, as a page may)
    if (table := records.read_table("\n".join(inline_markup(source.text.split("\n"))),
                                    source.first_line)) is not None:
        # a content system's export or a shared sheet: a story a row
        lines: list[Line] = []
        builder = records.drafts(table, gazetteer)
        printed = PageMeta(paper=table.paper, date=table.printed, date_line=table.printed,
                           issue_number=table.issue_number, page_number=table.page_number,
                           page_name=table.page_name)
    else:
        lines = _lines(source, gazetteer)
        builder = Builder(lines)
        builder.run()
        first = builder.stories[0].line if builder.stories else None
        printed = page_meta(lines, builder.header, first)
    meta = source.meta
    if meta.date and printed.date and _copied_later(meta.date, printed.date):
        # 'date: 2022-11-03' over '重庆日报　一九六五年五月二十日': the front matter dates the
        # copy (a page typed up or posted again years on), the page's masthead the page
        meta = dataclasses.replace(meta, date=None)
        source = dataclasses.replace(source, meta=meta)
    if meta.date:
        year, evidence = int(meta.date[:4]), f"front matter date: {meta.date}"
    elif printed.date:
        year, evidence = int(printed.date[:4]), f"page date: {printed.date_line}"
    else:
        year, evidence = infer_year(_year_text(source, lines))
        evidence = f"page text: {evidence}" if evidence else None
    diagnostics: list[Diagnostic] = []
    stories: list[Story] = []
    _credits_of_headless_ends(builder.stories)
    _jumps_within_the_page(builder.stories, builder.noise)
    for index, draft in enumerate(builder.stories):
        if not draft.has_body and not draft.captions:
            heads = [t for t in (draft.kicker, draft.headline, draft.subtitle) if t]
            if index == 0 and builder.banner is None and heads:
                # A masthead or page flag above everything else: the page's banner.
                builder.banner = heads.pop(0)
            builder.noise.extend(heads)
            if index == 0 and not heads:
                continue
            diagnostics.append(Diagnostic(
                source.path, draft.line, "warning",
                "heading without any story text; kept as page furniture (noise)",
                "check the page layout around this line",
            ))
            continue
        story, problems = _finish(draft, source, len(stories), year, evidence, printed)
        stories.append(story)
        diagnostics.extend(problems)
    stories = _days_from_the_story_above(stories)
    stories, diagnostics = _front_matter_title(stories, diagnostics, source)
    if not stories:
        diagnostics.append(Diagnostic(
            source.path, source.first_line, "error", "no recognisable story on this page",
            "check that the file holds newspaper text",
        ))
    page = Page(
        source=source.path,
        digest=source.digest,
        year=year,
        year_evidence=evidence,
        banner=builder.banner,
        noise=tuple(builder.noise),
        stories=_with_ids(stories),
        meta=meta,
        diagnostics=tuple(diagnostics),
        paper=meta.paper or printed.paper,
        date=meta.date or printed.date,
        issue_number=printed.issue_number,
        page_number=meta.page or printed.page_number,
        page_name=printed.page_name,
    )
    return page, builder, lines


COPY_YEARS_MIN = 2  # years between a page's printed date and a front matter's date of its copy


def _copied_later(given: str, printed: str) -> bool:
    """Is the front matter's date ``given`` COPY_YEARS_MIN years or more after the date the
    page prints in its masthead? Then it is the day of a copy, not of the page (an editor's
    correction of a misread masthead is days or months off, not years)."""
    return int(given[:4]) - int(printed[:4]) >= COPY_YEARS_MIN


def _front_matter_title(
    stories: list[Story], diagnostics: list[Diagnostic], source: SourceText
) -> tuple[list[Story], list[Diagnostic]]:
    """A page's ``title`` is the headline of its first story with none printed (the
    warning for a missing headline tells editors to set it), with the front matter's
    ``kicker`` and ``subtitle`` where that story prints none; unused, they are reported."""
    meta = source.meta
    if meta.clipped_from:
        return stories, diagnostics  # (a clipped page's title is printed, its first line)
    given = [key for key in ("title", "kicker", "subtitle") if getattr(meta, key)]
    if not given:
        return stories, diagnostics
    for index, story in enumerate(stories):
        if meta.title and story.headline_inferred:
            stories = [*stories]
            stories[index] = dataclasses.replace(
                story, headline=meta.title, headline_inferred=False,
                kicker=story.kicker or meta.kicker, subtitle=story.subtitle or meta.subtitle)
            diagnostics = [d for d in diagnostics
                           if not (d.line == story.line and "no printed headline" in d.message)]
            return stories, diagnostics
    unused = ", ".join(f"'{key}'" for key in given)
    why = ("every story on this page has a printed headline" if meta.title
           else "on a page dump they go with 'title', the headline of a story printed without one")
    return stories, [*diagnostics, Diagnostic(
        source.path, None, "warning", f"front matter {unused} unused: {why}",
        f"remove {unused} from the front matter",
    )]


def relocate(page: Page, path: str) -> Page:
    """The same page read from another file name (a cache hit on identical bytes)."""
    if page.source == path:
        return page
    stories = [dataclasses.replace(s, source=path, id="") for s in page.stories]
    diagnostics = tuple(dataclasses.replace(d, source=path) for d in page.diagnostics)
    return dataclasses.replace(
        page, source=path, stories=_with_ids(stories), diagnostics=diagnostics
    )


UNDATED_OPENINGS_MAX = 3  # paragraphs after an undated first one that may open with its day
# A run-in label before a paragraph of an inquiry ('【记者调查】6月13日，记者…'): the paragraph
# opens after it.
_RUN_IN_LABEL = re.compile(r"^\s*(?:\*\*)?【[^】]{1,8}】(?:\*\*)?\s*")
_RELEASE_HOUR = re.compile(r"日\s*[0-9０-９]{1,2}\s*[时時]")


PHOTO_STORY_PARAGRAPHS = 1  # paragraphs of a picture's story, dated by its caption if need be
CONTINUED_DAY_PARAGRAPHS = 2  # paragraphs of a story's carried-over part that may date it


def _story_date(
    draft: StoryDraft, paragraphs: list[str], subheads: tuple[int, ...], year: int | None,
    page_date: str | None = None,
) -> tuple[str | None, bool]:
    """The story's date: its dateline (新华社北京5月5日电, unless the report's first clause
    names an earlier day of its own; or the first paragraph's opening date), else its deck,
    else its signature; none when that day, its year printed, is years before the page's
    ('1921年7月23日在上海召开' in a quiz of 2021: a day of history the piece recalls)."""
    date, printed = _story_day(draft, paragraphs, subheads, year, page_date)
    if date is not None and _historical(date, printed, page_date):
        return None, False
    return date, printed


def _story_day(
    draft: StoryDraft, paragraphs: list[str], subheads: tuple[int, ...], year: int | None,
    page_date: str | None = None,
) -> tuple[str | None, bool]:
    """The day ``_story_date`` reads, before it is checked against the page's."""
    if draft.briefs or _briefs_of_days(draft, paragraphs):
        return None, False  # a column of untitled briefs tells of several days, none its own
    # A dateline with its hour ('华龙网-新重庆客户端9月12日9时30分讯') gives the time of release:
    # the report's own day, in its first paragraph, comes first.
    released = draft.dateline is not None and _RELEASE_HOUR.search(draft.dateline) is not None
    # (the release's marker without its credit: '华龙网6月18日17时40分讯')
    release = re.split(r"[(（\[]", draft.dateline)[0] if released and draft.dateline else None
    if release is not None:
        # ('华龙网6月18日17时40分讯（…）今日上午，…': its 今日 and 昨日 are of the day it was
        # sent, not of the page that lists it)
        sent, _ = _dated(release, year, page_date)
        if is_full_date(sent) and (page_date is None or sent <= page_date):
            page_date = sent
    if draft.dateline and not released:
        # The marker itself, without its credit: 新华社北京5月5日电（记者 陈二）.
        marker = re.split(r"[(（\[]", draft.dateline.lstrip("【[("))[0]
        date, printed = _dated(marker, year, page_date)
        if date:
            # ('人民网重庆11月19日电（记者 刘畅）11月18日，合川区召开…': the day of the event,
            # named in the report's first clause, before the day it was sent)
            own = _event_day(paragraphs, subheads, year, page_date, draft.headline is None)
            return ((own, printed) if own is not None and len(own) == len(date) and own < date
                    else (date, printed))
        if (day := _WIRE_DAY.search(marker)) and is_full_date(page_date):
            # '新华社成都四日电': the day alone, of the page's month (or the month before, for
            # a day after the page's own: '卅一日电' on 3 November)
            return before_page(_dated(_wire_day_of(day["day"], page_date or ""), year,
                                      page_date)[0], page_date), False
    # (a story with no printed headline is titled by its first subhead: its text follows)
    opening = _opening(paragraphs, subheads, untitled=draft.headline is None)
    if opening is not None and (sent := _SENT_ON.search(paragraphs[opening])):
        # '信件编号：…　来信人：陈**　来信时间：2026-01-27 09:15': a letter's day, among its fields
        return f"{sent[1]}-{int(sent[2]):02d}-{int(sent[3]):02d}", True
    if opening is not None and (held := _held_on(paragraphs[opening:opening + FIELD_LINES])):
        # '发布主题⇥…' / '发布时间⇥2025年12月11日（星期四）上午10:00': a press conference's or an
        # interview's own day, among the fields that open its record
        return held, True
    if (opening is not None and is_full_date(page_date)
            and (day := _DAY_ALONE.match(paragraphs[opening])) is not None):
        # '重慶兩江新區管委會16日透露，…': the day alone in the report's first clause, a
        # wire's way, is of the page's month (or the month before, for a day after the page's)
        return before_page(_dated(_wire_day_of(day["day"] or day["numerals"], page_date or ""),
                                  year, page_date)[0], page_date), False
    if opening is not None and not _GREETING.match(paragraphs[opening]):
        # ('“7月18日提交的申报，今天就到账了。”7月21日下午，…': the words someone said, then the
        # report's day; a day inside the quotation is the speaker's)
        quoted = QUOTED_OPENING.match(paragraphs[opening])
        unquoted = paragraphs[opening][quoted.end():] if quoted else ""
        date, printed = _dated(unquoted if DATE_RE.match(unquoted) else paragraphs[opening],
                               year, page_date)
        # A notice's text names days after it was signed ('中考将于6月12日至14日举行' over
        # '2025年5月30日'): what it announces; the day it was signed is its date.
        signed = _dated(draft.signed, year, page_date) if draft.signed else (None, False)
        if date:
            if _signed_before(signed[0], date):
                return signed
            # ('…音乐季将于4月24日启幕': a day the report announces dates nothing.)
            told = words()["announced_date_re"].sub("", paragraphs[opening])
            # ('活动将延续至3月2日', '11月27日至12月5日，…将迎来店庆', '请于6月30日前领取'
            # on a page of days before: the bounds of what is to come date nothing either.)
            told = _unscheduled(told, year, page_date)
            if told != paragraphs[opening]:
                date, printed = _dated(told, year, page_date)
        if date:
            return date, printed
        # '市民王先生来电反映：…' / '6月12日上午，记者来到该小区。': undated first paragraphs
        # (a reader's call, a scene, '近日，…') before one that opens with the day the report
        # tells of.
        after = opening + 1
        for later in range(after, min(after + UNDATED_OPENINGS_MAX, len(paragraphs))):
            if later not in subheads and words()["report_opening_re"].match(
                    _RUN_IN_LABEL.sub("", paragraphs[later][:40], count=1)):
                date, printed = _dated(_unscheduled(paragraphs[later], year, page_date), year,
                                       page_date)
                if date:
                    # ('定于下列时间停电：' over '9月15日　8:00—18:00　…' and signed '9月11日')
                    return signed if _signed_before(signed[0], date) else (date, printed)
        # '【网友留言】…' / '（网友“…”　留言时间：3月10日）': the note under a message dates it.
        if after < len(paragraphs) and words()["posted_notes_re"].match(
                note := normalize(paragraphs[after])):
            if iso := _iso_date(note):  # 留言时间:2024-03-06 21:15
                return iso, True
            date, printed = _dated(note, year, page_date)
            if date:
                return date, printed
    # (pictures with a line of text: their captions date it, '图为9月19日在乌江大桥上拍摄的…';
    # the first that names a day)
    pictured = (draft.captions if len(paragraphs) <= PHOTO_STORY_PARAGRAPHS and not draft.items
                else [])
    for text in (draft.subtitle and _unscheduled(draft.subtitle, year, page_date), draft.signed,
                 release, *pictured):
        if text:
            date, printed = _dated(text, year, page_date)
            if date:
                return date, printed
    if draft.continued_from is not None and is_full_date(page_date):
        # A story's part carried over from another page opens mid-sentence, with no day of
        # its own; the day before the page named in its text is the report's ('（上接1版）' /
        # '…昨日的开工仪式上，…').
        for at, paragraph in enumerate(paragraphs):
            if at not in subheads and (day := day_before_named(paragraph, page_date or "")):
                return day, False
        # (or a day its first paragraphs name, as a report's first paragraph dates it: '…分' /
        # '片包干…' / '截至11月20日，全县已开工…'; a day far into a feature's text is one of
        # its moments, no day of the report)
        for at, paragraph in enumerate(paragraphs[:CONTINUED_DAY_PARAGRAPHS]):
            if at not in subheads:
                date, printed = _dated(paragraph, year, page_date)
                if date and date <= (page_date or date):
                    return date, printed
    if opening is not None and is_full_date(page_date):
        # ('江北县两路镇至江北区观音桥的中巴专线客车昨日开通，…': the day before the page that the
        # report's first sentence names past its subject, when nothing else dates it)
        first = paragraphs[opening].split("。", 1)[0]
        if (day := day_before_named(first, page_date or "")) is not None:
            return day, False
    return None, False


# A day as a schedule prints it: bounding a span or a deadline ('至3月2日。', '截至3月31日。',
# '11月27日至12月5日', '6月30日前'), listed with another ('9月14日（周六）、15日（周日）'), at a
# clock time ('10月19日（周六）9:00—11:30') or in a programme's row of cells
# ('4月19日　9:30　第三法庭　…'). ('截至4月11日，全区已有…' is a tally, no bound.)
_DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]"
_SCHEDULED_DAY = re.compile(
    rf"(?:截至|截止){_DAY}(?:前|止)?(?![，,])|(?:直至|(?<!截)至|到){_DAY}(?:前|止)?"
    rf"|{_DAY}(?:[（(][^）)]{{1,4}}[）)])?\s*(?:[至到—－~～]\s*(?:(?:\d{{4}}年)?\d{{1,2}}月)?"
    r"\d{1,2}[日号]|、\s*\d{1,2}[日号]|前(?![后後夕])|起|\d{1,2}[:：]\d{2})"
    rf"|{_DAY}(?=[\u3000\t]+\S)")


def _unscheduled(text: str, year: int | None, page_date: str | None) -> str:
    """``text`` without the days a schedule prints (``_SCHEDULED_DAY``) that are after the
    page's: a span, deadline or programme still to come. A past span stays
    ('10月1日至7日，全区接待游客…')."""
    if not is_full_date(page_date):
        return text

    def unless_past(match: re.Match[str]) -> str:
        date = find_dated(match[0], year)[0]
        coming = date is not None and len(date) == len(page_date or "") and date > page_date
        return "" if coming else match[0]

    return _SCHEDULED_DAY.sub(unless_past, text)


_WIRE_DAY = re.compile(
    r"(?<![月0-9一二三四五六七八九十])(?P<day>[0-9一二三四五六七八九十廿卅]{1,3})日[电電]")
# The day alone in a report's first clause: '重慶兩江新區管委會16日透露，…', '記者15日從…獲悉'.
# (no figure before it: '6月24日至26日' names a month)
# (nor a wire brief's place in brackets first: '【东京】日本气象厅14日说' in a box of briefs)
_DAY_ALONE = re.compile(r"^(?![【\[])[^，,。；;0-9０-９月]{0,24}?(?:(?P<day>[0-9]{1,2})日(?![0-9])"
                        # (or in numerals, as an old paper prints it: '已於十五日閉幕',
                        # '據市貿易公司十一日公佈', '自九日晚起'; only before a time of day or
                        # what was done that day, so that '演出三日' and '十日之内' name none)
                        r"|(?<![一二三四五六七八九十廿卅])(?P<numerals>[一二三四五六七八九十廿卅]{1,3})[日曰]"
                        r"(?=上午|下午|晚|早|凌晨|中午|夜|起|公布|公佈|宣布|宣佈|召开|召開|举行|舉行"
                        r"|开幕|開幕|闭幕|閉幕))")


def _briefs_of_days(draft: StoryDraft, paragraphs: list[str]) -> bool:
    """A briefs column under its name ('简讯四则' / '5月28日，…' / '6月5日，…'), unbulleted:
    two paragraphs or more open with days of their own."""
    if draft.headline is None or not briefs_headline(draft.headline):
        return False
    days = {match[0] for text in paragraphs
            if (match := DATE_RE.match(text.lstrip(BRIEF_BULLETS + " \u3000")))}
    return len(days) >= 2


HISTORY_YEARS = 2  # a printed year this many years or more before the page's is history's


def _historical(date: str, printed: bool, page_date: str | None) -> bool:
    """Is ``date``, with its year printed, years before the page's own (a day recalled)?"""
    return (printed and is_full_date(page_date) and is_full_date(date)
            and int((page_date or "")[:4]) - int(date[:4]) >= HISTORY_YEARS)


def _signed_before(signed: str | None, date: str) -> bool:
    """Is the day a notice was signed, ``signed``, before the ``date`` its text names?"""
    return signed is not None and len(signed) == len(date) and signed < date


def _event_day(paragraphs: list[str], subheads: tuple[int, ...], year: int | None,
               page_date: str | None, untitled: bool) -> str | None:
    """The day named in the report's first clause ('11月18日，…'), or None."""
    opening = _opening(paragraphs, subheads, untitled=untitled)
    if opening is None:
        return None
    first = re.split(r"[，,。；;]", paragraphs[opening], maxsplit=1)[0]
    if DATE_RE.search(first) is None:
        return None
    return _dated(first, year, page_date)[0]


def _wire_day_of(day: str, page_date: str) -> str:
    """'四' (a wire dateline's day) on a page of 1957-11-05 → '11月4日'; a day after the page's
    own is of the month before ('卅一' → '10月31日')."""
    number = chinese_number(day) or 0
    page_month, page_day = int(page_date[5:7]), int(page_date[8:10])
    month = page_month if number <= page_day else (page_month - 2) % 12 + 1
    return f"{month}月{number}日"


FIELD_LINES = 4  # the fields that open a record of a press conference or an interview
# The field of the day it was held ('访谈时间：2013年3月14日（星期四）10:00—11:00'), beside
# another field of the same record ('访谈主题：…'): a web page's lone '发布时间：2016-11-08' is
# the day it was posted, and a 活动时间 announces.
_RECORD_WORDS = ("发布", "访谈", "采访", "会议")
_HELD_ON = re.compile(
    rf"^(?P<what>{'|'.join(_RECORD_WORDS)})(?:时间|日期)\s*[:：\t ]\s*(?P<day>.{{6,24}})")
_RECORD_FIELD = re.compile(rf"^(?P<what>{'|'.join(_RECORD_WORDS)})(?:主题|地点|嘉宾|人)\s*[:：\t ]")


def _held_on(fields: list[str]) -> str | None:
    """The full date of a record's field of the day it was held, or None."""
    # (the labels' words first: a record's fields are rare, and normalizing costs)
    lines = [normalize(field) for field in fields if field.lstrip().startswith(_RECORD_WORDS)]
    records = {match["what"] for line in lines if (match := _RECORD_FIELD.match(line))}
    for line in lines:
        if (held := _HELD_ON.match(line)) is not None and held["what"] in records:
            date, printed = find_dated(held["day"], None)
            return date if printed else _iso_date(held["day"])
    return None


_SENT_ON = re.compile(
    r"(?:来信|来电|留言|提问|提交)(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")


# A post's greeting to its readers ('各位南岸的小伙伴，晚上好！今天是5月28日…'): the day it
# names is the post's, no report's.
_GREETING = re.compile(
    r"^(?:各位|亲爱的)\S{0,12}(?:小伙伴|朋友|网友|读者|粉丝)|^(?:大家|晚上|早上|中午)好")


def _opening(paragraphs: list[str], subheads: tuple[int, ...],
             untitled: bool = False) -> int | None:
    """The report's first paragraph: the first, unless it is a subhead; after an editor's
    note ('【导读】…', '编者按：…'), the first after it that is no subhead (the number and
    title of the report's first part). In a story that printed no headline (``untitled``),
    a subhead that opens it is its title, and a feature's prologue label (引子) is only its
    part's name: the first paragraph after either opens the report."""
    at = 0
    while at < len(paragraphs) and words()["note_re"].match(paragraphs[at]):
        at += 1
    if at or untitled or (paragraphs and paragraphs[0].strip() in words()["feature_parts"]):
        while at in subheads:
            at += 1
    return at if at < len(paragraphs) and at not in subheads else None


# An earlier issue named in the text ('本报6月3日第2版《…》一文', '本报上期（5月10日）'): its date
# is no event's.
_ISSUE_REFERENCE = re.compile(
    r"本[报報](?:上期|前期)?[（(]?(?:\d{4}年)?\d{1,2}月\d{1,2}日[)）]?(?:第\s*[A-Z]?\d{1,2}\s*版)?")


# A person's birthday ('冉德成，男，1951年8月12日出生', '生于一九五一年八月', '1951年8月生，'):
# no event's date.
_BIRTHDAY = (r"[0-9〇零○一二三四五六七八九]{2,4}年[0-9一二三四五六七八九十]{1,2}月"
             r"(?:[0-9一二三四五六七八九十]{1,3}[日曰])?")
_BIRTH_DATE = re.compile(
    rf"(?:生于|出生于){_BIRTHDAY}|{_BIRTHDAY}(?:出生|生(?![产活长效日意态]))")


# A day of years ago ('二十年前的6月18日，重庆直辖市正式挂牌', '30年前的今天'): no day of the
# page's year, and what a feature recalls, not what it reports.
_RECALLED_DAY = re.compile(r"[0-9一二三四五六七八九十百几两]+(?:多|余)?年前的?"
                           r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
                           r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|今天|今日|这一天)")


# Two readings of a scan left side by side where two OCR programs disagreed ('6月［6／8］日',
# '6月2［日／曰］'; the copy's note says so: '…不一致处以［甲／乙］标出'): a date is read by the
# first; the text keeps both for the proofreader.
_TWO_READINGS = re.compile(r"［([^［］／\n]{1,4})／[^［］／\n]{1,4}］")


def _dated(text: str, year: int | None, page_date: str | None) -> tuple[str | None, bool]:
    """The first date in ``text`` read against the page's date: 本月12日 is the page's month;
    a month-and-day far after the page's date is of the year before. An earlier issue
    named in the text ('本报6月3日第2版') and a birthday ('1951年8月12日出生') date nothing;
    where two readings of a scan stand side by side ('6月［6／8］日'), the first is read."""
    if "／" in text:
        text = _TWO_READINGS.sub(r"\1", text)
    text = _RECALLED_DAY.sub("", _BIRTH_DATE.sub("", _ISSUE_REFERENCE.sub("", text)))
    date, printed = find_dated(this_month(opening_day(text, page_date), page_date), year)
    return (date if printed else before_page(date, page_date)), printed


_FRAME = r"—–─━\-∽~～≈＊*"  # marks a column's name may be framed by ('— 头 条 —')
_IN_BRACKETS = re.compile(r"[【\[〔〖]\s*(?P<name>[^【】\[\]〔〕〖〗]+?)\s*[】\]〕〗]"
                         # (or between dashes or other marks: '— 头 条 —', '∽∽∽ 周末去哪儿 ∽∽∽')
                         rf"|[{_FRAME}]{{1,3}}\s*(?P<dashed>[^{_FRAME}]+?)\s*[{_FRAME}]{{1,3}}")


def _section_name(printed: str | None) -> str | None:
    """A column's name as a reader writes it: without the brackets or dashes it is printed in
    ('【消防提醒】', '— 头 条 —') and without the spaces of a name set letter-spaced ('简　讯')."""
    if printed is None:
        return None
    name = printed.strip()
    if bracketed := _IN_BRACKETS.fullmatch(name):
        name = bracketed["name"] or bracketed["dashed"]
    words = name.split()
    return "".join(words) if len(words) > 1 and all(len(w) == 1 for w in words) else name


def _front_matter_names(written: tuple[str, ...]) -> tuple[str, ...]:
    """The people a front matter's names field gives, read as a credit ('author: 记者 周静怡
    通讯员 龙海' → 周静怡, 龙海; '龙 海' is one padded name); as written when it reads as
    none."""
    return people_in_credit(" ".join(written)) or written if written else ()


def _finish(
    draft: StoryDraft, source: SourceText, position: int, year: int | None,
    evidence: str | None, printed_meta: PageMeta,
) -> tuple[Story, list[Diagnostic]]:
    meta = source.meta
    problems: list[Diagnostic] = []
    paragraphs = [p.text for p in draft.paragraphs]
    subheads = tuple(i for i, p in enumerate(draft.paragraphs) if p.subhead)
    rows = tuple(i for i, p in enumerate(draft.paragraphs) if p.row)
    verses = tuple(i for i, p in enumerate(draft.paragraphs) if p.verse)
    stanzas = tuple(i for i, p in enumerate(draft.paragraphs) if p.stanza)
    headline = draft.headline
    inferred = False
    section = draft.section
    if (headline is None and draft.column and section and paragraphs
            and LETTER_SALUTATION.match(normalize(paragraphs[0]))):
        # '来　函　照　登' / '编辑同志：' / the letter: a column's name over a letter, which
        # has no title of its own, is its title (the salutation names none)
        headline, section = _section_name(section), None
    if headline is None and section and (
            draft.briefs or (draft.column and bracketed_label(section) and draft.paragraphs
                             and all(p.whole for p in draft.paragraphs))):
        # '【简讯】' over untitled briefs, '【数读北碚】' over a box's facts (lines of data, no
        # sentence to title it): the column's or the box's name is the story's only head
        headline, section = _section_name(section), None
    if headline is None:
        inferred = True
        if subheads:
            headline = paragraphs[subheads[0]]
        else:
            first = next(iter([*paragraphs, *(p.text for i in draft.items for p in i.paragraphs)]),
                         draft.captions[0] if draft.captions else "")
            sentence = re.split(r"[。！？!?；;]", first, maxsplit=1)[0]
            # "5月8日，区长调研…": the dateline clause says when, not what.
            headline = (_LEADING_DATE.sub("", sentence) or sentence)[:30]
        if not draft.brief:
            problems.append(Diagnostic(
                source.path, draft.line, "warning",
                f"story has no printed headline; showing '{headline}'",
                "add the headline to the page or set 'title' in front matter",
            ))
    page_date = meta.date or printed_meta.date
    items = tuple(_finish_item(i, year, page_date) for i in _unique_anchors(draft.items))
    # A roundup is signed by everyone who signed one of its items.
    reporters = list(draft.reporters)
    for item in items:
        for name in item.reporters:
            if name not in reporters:
                reporters.append(name)
    # (a piece reprinted is dated against the day it was first printed, in its note; a
    # record of an export holding several issues against the day its record names)
    first_printed = (_iso_date(normalize(draft.reprinted)) if draft.reprinted
                     else draft.printed_day)
    date, year_printed = (_story_date(draft, paragraphs, subheads, int(first_printed[:4]),
                                      first_printed) if first_printed
                          else _story_date(draft, paragraphs, subheads, year, page_date))
    date_evidence = None
    if date:
        date_evidence = ("printed with the date" if year_printed
                         else f"its record's date: {draft.printed_day}"
                         if draft.printed_day and not draft.reprinted else evidence)
    elif meta.date:
        date, date_evidence = meta.date, f"front matter date: {meta.date}"
    story = Story(
        id="",
        source=source.path,
        position=position,
        line=draft.line,
        headline=headline,
        kicker=draft.kicker,
        subtitle=draft.subtitle,
        section=_section_name(section) or meta.section,
        date=date,
        reporters=tuple(reporters) or _front_matter_names(meta.reporters),
        photographers=tuple(draft.photographers) or _front_matter_names(meta.photographers),
        paragraphs=tuple(paragraphs),
        subheads=subheads,
        rows=rows,
        verses=verses,
        stanzas=stanzas,
        captions=tuple(draft.captions),
        notes=tuple(draft.notes),
        items=items,
        paper=meta.paper or printed_meta.paper,
        page=meta.page or printed_meta.page_number,
        headline_inferred=inferred,
        date_evidence=date_evidence,
        continued_from=draft.continued_from,
        continued_to=draft.continued_to,
    )
    return story, problems


def _unique_anchors(drafts: list[ItemDraft]) -> list[tuple[ItemDraft, str]]:
    seen: dict[str, int] = {}
    result = []
    for draft in drafts:
        base = anchor_for(draft.heading)
        seen[base] = seen.get(base, 0) + 1
        result.append((draft, base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return result


def anchor_for(heading: str) -> str:
    """A readable fragment id for an item heading: its letters and digits, at most 24."""
    kept = "".join(c for c in normalize(heading) if c.isalnum())[:24]
    return kept or "item"


def _finish_item(
    pair: tuple[ItemDraft, str], year: int | None, page_date: str | None = None
) -> Item:
    draft, anchor = pair
    paragraphs = tuple(p.text for p in draft.paragraphs)
    return Item(
        heading=draft.heading,
        anchor=anchor,
        line=draft.line,
        paragraphs=paragraphs,
        lead=draft.lead,
        date=_dated(paragraphs[0], year, page_date)[0] if paragraphs else None,
        reporters=tuple(draft.reporters),
    )


def _with_ids(stories: list[Story]) -> tuple[Story, ...]:
    """Give each story an id from its source, headline and opening text: stable across
    builds and independent of list order; twins on one page get a numbered suffix."""
    seen: dict[str, int] = {}
    result = []
    for story in stories:
        base = content_story_id(story.source, story.headline, story.full_text)
        seen[base] = seen.get(base, 0) + 1
        story_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        result.append(dataclasses.replace(story, id=story_id))
    return tuple(result)


# --- editors' Markdown articles -----------------------------------------------------------

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


STORY_HEADINGS_MIN = 2  # signed parts of a file with front matter before it holds stories
_SUB_HEADING = re.compile(r"^#{2,3}\s+\S")
SIGNED_WITHIN = 3  # lines under a part's heading where its byline stands
_REPORTER_FIELD = re.compile(r"(?:记者|記者|通讯员|通訊員)\s*[:：]")  # '来源：…　记者：谭冬梅'


def _stories_under_headings(text: str) -> bool:
    """A file with front matter that holds several stories, not one article: two or more of
    its headings of the second or third level each signed by a byline right under it, or
    opening with a dateline (本报讯…, 新华社成都十九日电; an editor's duty note of the day's
    copy, a page typed up; an article's own subheads sign nothing)."""
    raws = wikilinks(text.split("\n"))
    signed = 0
    for at, raw in enumerate(raws):
        if not _SUB_HEADING.match(raw):
            continue
        below = [r.strip("*_ ") for r in raws[at + 1:at + 1 + SIGNED_WITHIN * 2]
                 if r.strip()][:SIGNED_WITHIN]
        if any(classify(0, r).kind is Kind.BYLINE or _REPORTER_FIELD.search(r)
               or dateline(normalize(r)[:120]) is not None for r in below) or _signed_at_end(
                   raws, at):
            signed += 1
    return signed >= STORY_HEADINGS_MIN


# A part's closing credit in brackets at the end of its last paragraph ('…很快融化。（记者　A）',
# '（来源：梁平区融媒体中心）').
_END_BRACKETS = re.compile(r"[（(][^（）()]{2,40}[）)]$")


def _signed_at_end(raws: list[str], at: int) -> bool:
    """Is the part under the heading ``raws[at]`` closed by a writer's or a source's credit,
    its last line but pictures (as a digest's stories are signed)?"""
    last = None
    for raw in raws[at + 1:]:
        if _SUB_HEADING.match(raw):
            break
        line = raw.strip().strip("*_ ")
        if line and not line.startswith("!["):
            last = line
    found = _END_BRACKETS.search(last) if last else None
    return found is not None and classify(0, found[0]).kind is Kind.CREDIT


# A blog's shortcodes left in a converted post ('[caption id="attachment_4823" …]', '[/caption]').
_SHORTCODE = re.compile(r"\[/?(?:caption|wp_caption|gallery|embed|video|audio)\b[^\[\]]*\]")
# A documentation site's box marker over its text ('!!! abstract "前情提要"', '??? note'): markup.
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+"[^"\n]*")?\s*')
# A title with the column it runs under in brackets first ('【脱贫攻坚】花田乡万亩梯田开镰').
_TITLE_RUBRIC = re.compile(r"^【(?P<rubric>[^【】\s]{2,8})】\s*(?P<title>\S.*)$")
ARTICLE_OPENING_PARAGRAPHS = 3  # paragraphs of an article where its report may open
REPORT_DAYS_BEFORE = 7  # days a report may open before the day its article was posted


def _cut_dateline(paragraphs: list[str]) -> tuple[str, ...]:
    """The report's dateline ('本网讯（记者　冉小兰　通讯员　石　磊）9月13日，…') cut from the
    article's first paragraphs, as a page's stories have it; the writers it names."""
    for at, text in enumerate(paragraphs[:ARTICLE_OPENING_PARAGRAPHS]):
        norm = normalize(text)[:120]
        if (marker := dateline(norm)) is not None:
            paragraphs[at] = cut_prefix(text, marker.end(), norm) or text
            return dateline_writers(marker)
    return ()


def _report_day(paragraphs: list[str], year: int | None, posted: str | None) -> str | None:
    """The day an article's report opens with ('9月13日，花田乡何家岩村…'), in its first
    paragraphs, when that is the day of its front matter's date or a few before it: the
    front matter dates the posting, the report the event (as a page's date and its
    stories' dates)."""
    if not posted or len(posted) != 10:
        return None
    for text in paragraphs[:ARTICLE_OPENING_PARAGRAPHS]:
        if not words()["report_opening_re"].match(normalize(text)):
            continue
        day, _ = _dated(text, year, posted)
        if day is None or len(day) != 10:
            return None
        gap = (dt.date.fromisoformat(posted) - dt.date.fromisoformat(day)).days
        return day if 0 <= gap <= REPORT_DAYS_BEFORE else None
    return None


# An HTML tag an editor typed into an article ('<figure>', '<figcaption>', '<br/>'), and the
# tags of a picture's markup.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_FIGURE_MARKUP = re.compile(r"<(?:figure|figcaption|img)\b", re.IGNORECASE)


def _article(source: SourceText) -> Page:
    """A Markdown article with front matter: one story, its body rendered as HTML."""
    meta = source.meta
    # An HTML comment is an editor's working note: furniture, never story text.
    notes = [c.strip() for c in _COMMENT.findall(source.text) if c.strip()]
    body = _COMMENT.sub("", source.text)
    tokens = _MARKDOWN.parse(body)
    headline = meta.title
    # A leading "# title" is the headline, shown once: not again in the body.
    if len(tokens) >= 3 and tokens[0].type == "heading_open" and tokens[0].tag == "h1" and (
        headline is None or squash(tokens[1].content) == squash(headline)
    ):
        headline = tokens[1].content.strip()
        tokens = tokens[3:]
    elif (len(tokens) >= 3 and tokens[0].type == "heading_open" and tokens[0].tag == "h1"
          and headline and squash(tokens[1].content).endswith(squash(headline))):
        # '# 长江岸线行③｜忠县：消落带上种出“绿腰带”' over 'title: 忠县：…': the series' label
        # before the title; the title is the headline, shown once.
        tokens = tokens[3:]
    paragraphs: list[str] = []
    captions: list[str] = []
    photographers: list[str] = []
    at_of: list[int] = []  # each paragraph's token, for the rendered body
    for at, token in enumerate(tokens):
        if token.type != "inline":
            continue
        children = token.children or []
        if children and all(c.type in ("image", "softbreak") for c in children):
            # An image alone: its alt text is a caption unless a credited caption follows.
            captions.append(token.content and children[0].content)
            continue
        text = _SHORTCODE.sub("", "".join(c.content for c in children if c.content)).strip()
        text = _ADMONITION.sub("", text)  # ('!!! abstract "前情提要"' over a box's text)
        if "<" in text and _FIGURE_MARKUP.search(text):
            # ('<figure>' / '<img …>' / '<figcaption>▲…摄</figcaption>': an editor's picture in
            # HTML, its words without the tags, shown so in the body too; other HTML is shown
            # as typed, escaped)
            text = " ".join(_HTML_TAG.sub(" ", text).split())
            token.children = [Token("text", "", 0, content=text)]
        if any(c.type == "image" for c in children):
            # A blog's picture with its caption in one block ('[caption …]![…](…)' / '9月13日，…
            # （记者　冉小兰　摄）[/caption]'): the words after the picture may be its caption.
            last = max(at for at, c in enumerate(children) if c.type == "image")
            after = _SHORTCODE.sub("", "".join(c.content for c in children[last + 1:])).strip()
            if after and classify(0, after).kind is Kind.CAPTION:
                text = after
        if not text:
            continue
        line = classify(0, text)
        if line.kind is Kind.CAPTION:
            caption = strip_photo_credit(text).lstrip("▲△ \u3000")  # (its pointer: no words)
            if captions and squash(captions[-1]) == squash(caption):
                captions.pop()  # the image's alt text repeats the caption
            captions.append(caption)
            photographers.extend(n for n in line.names if n not in photographers)
            continue
        if line.rule == "editors":
            notes.append(text)  # the desk's credit at the foot ('（责任编辑：田　甜）')
            continue
        paragraphs.append(text)
        at_of.append(at)
    diagnostics: list[Diagnostic] = []
    if headline is None:
        headline = paragraphs[0][:30] if paragraphs else source.path
        diagnostics.append(Diagnostic(
            source.path, 1, "warning", "article has no title",
            "add 'title: …' to its front matter",
        ))
    section = meta.section
    if (rubric := _TITLE_RUBRIC.match(headline)) is not None:
        # 'title: 【脱贫攻坚】花田乡万亩梯田开镰': the column it runs under, then its title
        headline, section = rubric["title"], section or rubric["rubric"]
    signed = _cut_dateline(paragraphs)
    if not signed and not meta.reporters and paragraphs and (
            byline := classify(0, paragraphs[0])).kind is Kind.BYLINE and byline.names:
        # '记者　陈思远　通讯员　简　波' over the text: its writers, no paragraph of it (nor of the
        # body shown: its paragraph's opening, words and closing tokens go)
        signed = tuple(byline.names)
        paragraphs = paragraphs[1:]
        tokens = tokens[:at_of[0] - 1] + tokens[at_of[0] + 2:]
    year = int(meta.date[:4]) if meta.date else None
    evidence = f"front matter date: {meta.date}" if year else None
    date = _report_day(paragraphs, year, meta.date) or meta.date or (
        find_dated(paragraphs[0], year)[0] if paragraphs else None)
    story = Story(
        id="",
        source=source.path,
        position=0,
        line=source.first_line,
        headline=headline,
        kicker=meta.kicker,
        subtitle=meta.subtitle,
        section=section,
        date=date,
        reporters=_front_matter_names(meta.reporters) or signed,
        photographers=tuple(photographers) or _front_matter_names(meta.photographers),
        paragraphs=tuple(paragraphs),
        captions=tuple(c for c in captions if c),
        paper=meta.paper,
        page=meta.page,
        date_evidence=evidence if date else None,
        html=_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {}),
    )
    return Page(
        source=source.path,
        digest=source.digest,
        year=year,
        year_evidence=evidence,
        banner=None,
        noise=tuple(notes),
        stories=_with_ids([story]),
        meta=meta,
        diagnostics=tuple(diagnostics),
        paper=meta.paper,
        date=meta.date,
        page_number=meta.page,
    )
