"""A table of records: a content system's or a shared sheet's export of stories, one row
each, its columns named by a header row (标题, 引题, 正文, 作者, 图片说明 …), as CSV or as
tab-separated text copied from a spreadsheet. Each row with a title and a text is a story;
every other line and cell is the export's furniture."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import yaml

from cqnews_site.analyse.layout import Builder, StoryDraft, strip_photo_credit
from cqnews_site.analyse.lines import (
    POSTS_AND_NAME,
    Kind,
    classify,
    is_closed,
    join_spaced_names,
    people_in_credit,
    person_like,
    words,
)
from cqnews_site.inputs import safe_yaml
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.model.text import normalize

HEADER_LINES_MAX = 40  # lines above the header row (an export's title, query, app chrome)
RECORD_TEXT_MIN = 20  # characters of a row's text: '见附件' names a file, it is no text
CAPTION_MIN = 4  # characters of a caption cell: '无' says there is no picture
COLUMNS_MIN = 3  # cells of a header row


@dataclass(frozen=True)
class Record:
    """One row: its cells by field (``record_columns`` in layout.yaml) and where it stands."""

    line: int  # the file's line the row starts on
    fields: dict[str, str]
    body_line: int  # the file's line its text cell starts on


@dataclass(frozen=True)
class RecordTable:
    """The stories' rows and every other line or cell, as printed (furniture)."""

    records: tuple[Record, ...]
    noise: tuple[str, ...]
    printed: str | None  # the day the rows were printed, when one column says it (YYYY-MM-DD)
    paper: str | None = None  # the paper, page, page's name and issue a reply gives
    page_number: str | None = None  # (``json_table``)
    page_name: str | None = None
    issue_number: str | None = None


def read_table(text: str, first_line: int = 1) -> RecordTable | None:
    """The table of records ``text`` holds, or None when it holds none: no header row naming
    a title and a text column among its first lines, nor fields each under its label in
    brackets (``labelled_table``), nor an e-paper system's reply (``json_table``)."""
    if (reply := json_table(text, first_line)) is not None:
        return reply
    lines = text.split("\n")
    if (labelled := labelled_table(lines, first_line)) is not None:
        return labelled
    for at, raw in enumerate(lines[:HEADER_LINES_MAX]):
        delimiter = "\t" if "\t" in raw else ","
        if delimiter not in raw:
            continue
        header = _fields(next(csv.reader([raw], delimiter=delimiter), []))
        if "headline" in header.values() and "body" in header.values():
            table = _table(lines, at, header, delimiter, first_line)
            # (a header and no row that is a story: read as the page it is)
            return table if table.records else None
    return None


def json_table(text: str, first_line: int = 1) -> RecordTable | None:
    """An e-paper system's reply saved as it came: one JSON document with a list of articles,
    each an object of fields (``record_keys``), an article a record; the page's own fields
    beside the list give its paper, day and page. So is a newsroom tool's export of its
    stories as data: JSON Lines (an article an object a line), TOML (``[[stories]]`` tables
    under a ``[page]``) or YAML (a list of stories, each a mapping of fields). None for any
    other text."""
    reply = _data(text)
    if reply is None:
        return None
    found = next(_article_lists(reply), None)
    if found is None:
        return None
    page, articles = found
    lines = text.split("\n")
    records: list[Record] = []
    at = 0
    for article in articles:
        fields = _keyed(article)
        # (its pictures: objects in a list, or one object, 'photo = { caption = …, … }')
        pictures = [_keyed(value) for values in article.values()
                    for value in (values if isinstance(values, list) else [values])
                    if isinstance(value, dict)]
        fields["body"] = "\n".join(_html_paragraphs(fields.get("body", "")))
        if pictures:
            fields["captions"] = "\n".join(p["captions"] for p in pictures if p.get("captions"))
            fields["photographers"] = " ".join(
                p["photographers"] for p in pictures if p.get("photographers"))
        if not _long(fields["body"]) and _long(fields["captions"]):
            # a picture's article: its caption is its text (photo news), as a sheet's row
            fields["body"], fields["photo"] = fields.pop("captions"), "1"
        if (not fields.get("headline") and _long(fields["body"]) and records
                and records[-1].fields.get("photo")):
            # (an export that split a story: its title and pictures in one entry, read as a
            # picture's article, its text in the next, untitled: the text is that story's)
            above = records[-1].fields
            above["captions"], above["body"] = above["body"], fields["body"]
            del above["photo"]
            continue
        if not (fields.get("headline") and _long(fields["body"])):
            continue
        # (the record's lines: its title's and its text's, found in the file in turn; as
        # JSON writes it, or as it is where YAML or TOML need no quotes)
        quoted = json.dumps(fields["headline"], ensure_ascii=False)
        at = _line_of(lines, quoted if any(quoted in line for line in lines[at:])
                      else fields["headline"], at)
        records.append(Record(first_line + at, fields, first_line + _line_of(
            lines, json.dumps(_raw_key(article, "body"))[:-1], at)))
    if not records:
        return None
    own = _keyed(page)
    for value in page.values():  # (or in a table of their own: TOML's '[page]')
        if isinstance(value, dict):
            own = {**_keyed(value), **own}
    # (the page's other fields, its staff's credit among them, are the export's furniture)
    noise = tuple(value.strip() for key, value in page.items()
                  if isinstance(value, str) and value.strip() and not _field_of(key))
    return RecordTable(tuple(records), noise, _day(own.get("printed", "")), own.get("paper"),
                       own.get("page_number"), own.get("page_name"),
                       _ISSUE_NUMBER.sub(r"\1", own["issue_number"]) if own.get("issue_number")
                       else None)


_ISSUE_NUMBER = re.compile(r"^第\s*(\d+)\s*期$")  # ('第2468期': the issue's number, 2468)


_JSON_START = re.compile(r"\s*[{\[]")
# The signs of a newsroom tool's export as data, looked for before the file is parsed: a
# TOML array of tables ('[[stories]]'), a YAML list of mappings ('- 标题: …' / '- title: …').
_TOML_TABLES = re.compile(r"(?m)^\[\[[\w.-]+\]\]\s*$")
_YAML_RECORD = re.compile(r"(?m)^- [^\s:#][^:\n]{0,20}:(?: |$)")
DATA_RECORDS_MIN = 2  # articles of a JSON Lines file, at least


def _data(text: str) -> Any:
    """``text`` parsed as the data it holds (JSON, JSON Lines, TOML or YAML), or None."""
    if _JSON_START.match(text) is not None:
        try:
            return json.loads(text)
        except ValueError:
            if (objects := _json_lines(text)) is not None:
                return objects
    if _TOML_TABLES.search(text):  # (a TOML file may open with a table's '[page]')
        try:
            return tomllib.loads(text)
        except ValueError:
            return None
    if _YAML_RECORD.search(text):
        try:
            return safe_yaml.load(text)
        except (yaml.YAMLError, ValueError):  # (safe_yaml.Refused among the first)
            return None
    return None


def _json_lines(text: str) -> list[dict[str, Any]] | None:
    """A JSON Lines file of articles (each line one article's object), or None."""
    objects: list[dict[str, Any]] = []
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(value, dict) or not {"headline", "body"} <= _keyed(value).keys():
            return None  # (not an article: two replies one after the other, say)
        objects.append(value)
    return objects if len(objects) >= DATA_RECORDS_MIN else None


def _article_lists(value: Any) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each list of articles in a reply (objects with a title and a text), with the object
    that holds it."""
    if isinstance(value, list) and any(
            isinstance(a, dict) and {"headline", "body"} <= _keyed(a).keys() for a in value):
        # (a list of articles alone: a YAML export's, a JSON Lines file's)
        yield {}, [a for a in value if isinstance(a, dict)]
        return
    if isinstance(value, dict):
        for inner in value.values():
            if isinstance(inner, list) and any(
                    isinstance(a, dict) and {"headline", "body"} <= _keyed(a).keys()
                    for a in inner):
                yield value, [a for a in inner if isinstance(a, dict)]
            else:
                yield from _article_lists(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _article_lists(inner)


def _field_of(key: str) -> str | None:
    """The field a reply's key names (``record_keys``, or ``record_columns`` in Chinese)."""
    return words()["record_keys_by_name"].get(key.lower()) or words()[
        "record_columns_by_name"].get(key)


def _keyed(obj: dict[str, Any]) -> dict[str, str]:
    """An object's text fields by their keys (``_field_of``)."""
    fields: dict[str, str] = {}
    for key, value in obj.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "　".join(v.strip() for v in value)  # (a list of names: '[张远航, 刘思琪]')
        elif isinstance(value, datetime.date):
            value = value.isoformat()[:10]  # (a TOML date: 2024-05-16)
        if (field := _field_of(key)) and isinstance(value, str | int) and str(value).strip():
            fields.setdefault(field, str(value).strip())
    return fields


def _raw_key(obj: dict[str, Any], field: str) -> str:
    """The key an object gives ``field`` under."""
    return next((key for key in obj if _field_of(key) == field), "")


def _line_of(lines: list[str], needle: str, start: int) -> int:
    """The first line from ``start`` that holds ``needle``; ``start`` when none does."""
    return next((at for at in range(start, len(lines)) if needle in lines[at]), start)


# A content system's text as HTML: its paragraphs end at a closing paragraph tag or a line
# break; any other tag is markup around words.
_PARAGRAPH_END = re.compile(r"</p\s*>|<br\s*/?>|\n", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]+>")


def _html_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text kept as HTML, as lines (its entities were read with the
    file's, ``reader.unescape_entities``)."""
    return [line for part in _PARAGRAPH_END.split(text)
            if (line := _TAG.sub("", part).strip(" \u3000\t\r"))]


_FIELD_LABEL = re.compile(r"^\s*【\s*(?P<label>[^】\s]{2,6})\s*】\s*$")
# ... or a database's record, each field's label (letter-spaced to one width) and a colon
# before its value ('引　　题：抢抓采摘黄金期', '副 标 题：——…', '正　　文：' over the text).
_INLINE_LABEL = re.compile(
    r"^\s*(?P<label>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,5})[ \u3000]*[:：]"
    r"[ \u3000]*(?P<value>.*)$")
# ... or with the label in brackets and the value run in after it, as a newspaper database
# exports its records ('【题　　名】开州…贯通', '【正　　文】' over the text)
# The mark a journal database sets before an article's text ('<正>', '〈正〉').
_TEXT_MARK = re.compile(r"^[<‹〈＜]正[>›〉＞]\s*")
_BRACKETED_INLINE = re.compile(
    r"^\s*【\s*(?P<label>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,5})\s*】"
    r"[ \u3000]*(?P<value>.*)$")
# ... and its line of the record's other fields ('报纸名称：开县报　　出版日期：2013-03-22')
_FIELD_CELL = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,6})[:：][ \u3000]*(?P<value>[^ \u3000]+)")
FIELD_CELLS_MIN = 2  # labelled cells on a line of a record's other fields
# A title field's headline and deck joined by the deck's dash.
_TITLE_AND_DECK = re.compile(r"^(?P<headline>[^—]{4,40}?)\s*——\s*(?P<deck>[^—]{4,40})$")
_PAGE_CELLS = frozenset({"版次", "版面", "版号", "版次号"})
_DAY_CELLS = frozenset({"日期", "刊期"})
# Between the articles, or another field run in after its label ('【字数】986', '【稿件 2/4】…').
_SEPARATOR = re.compile(r"^(?:[─━—\-=_＿]{6,}|【[^】]{1,16}】)")
LABELLED_RECORDS_MIN = 2  # titles under their label: fewer is a page with a label in it


def labelled_table(lines: list[str], first_line: int = 1) -> RecordTable | None:
    """An editing system's export of a page's articles with each field under its label in
    brackets ('【引题】' / '打通便民服务…' / '【标题】' / '我区建成…' / '【正文】' / …), an
    article a record: its fields by ``record_columns``; '（无）' is an empty field; other
    labels ('【备注】', '【图片】') and every other line are furniture."""
    names = words()["record_columns_by_name"]
    # (a line without the bracket or the colon the patterns need is not matched)
    labels = [(at, names.get(m["label"])) for at, raw in enumerate(lines)
              if "【" in raw and (m := _FIELD_LABEL.match(raw))]
    inline, inline_label = False, _INLINE_LABEL
    if not _records_labelled(labels):
        # (a database's records, each label before its value on the line, after a colon or
        # in brackets)
        for inline_label, marks in ((_INLINE_LABEL, (":", "：")), (_BRACKETED_INLINE, ("【",))):
            labels = [(at, names.get(_bare(m["label"]))) for at, raw in enumerate(lines)
                      if any(mark in raw for mark in marks) and (m := inline_label.match(raw))]
            if _records_labelled(labels):
                break
        else:
            return None
        inline = True
    records: list[Record] = []
    noise: list[str] = []
    fields: dict[str, str] = {}
    starts: dict[str, int] = {}
    field: str | None = None

    def close() -> None:
        if fields.get("headline") and _long(fields.get("body", "")):
            start = min(starts.values())
            records.append(Record(first_line + start, dict(fields),
                                  first_line + starts.get("body", start)))
        elif fields:
            noise.extend(value for value in fields.values() if value)
        fields.clear()
        starts.clear()

    for at, raw in enumerate(lines):
        text = raw.strip()
        if inline and len(cells := _FIELD_CELL.findall(text)) >= FIELD_CELLS_MIN and not (
                inline_label.match(raw) and names.get(_bare(cells[0][0]))):
            # ('报纸名称：开县报　　出版日期：2013-03-22　　…'): the day it was printed is kept
            # (a bare '日期' beside the record's page, '版次：3　　日期：1964-04-23', is its day
            # in print too)
            paged = any(label in _PAGE_CELLS for label, _ in cells)
            for label, value in cells:
                if names.get(label) == "printed" or (paged and label in _DAY_CELLS):
                    fields.setdefault("printed", value)
            noise.append(text)
            field = None
            continue
        match = (inline_label if inline else _FIELD_LABEL).match(raw)
        label = _bare(match["label"]) if match else None
        if match and (not inline or label in names):
            field = names.get(label)
            if field is not None and field in fields:
                close()  # a field already given: the next article's
            value = match["value"].strip() if inline else ""
            if field == "body" and (mark := _TEXT_MARK.match(value)) is not None:
                noise.append(mark.group().strip())  # '<正>本报讯…': where a database's text starts
                value = value[mark.end():]
            if value in words()["empty_fields_set"]:
                noise.append(value)
                value = ""
            noise.append(text[: len(text) - len(value)].strip() if value else text)
            if field is not None:
                starts.setdefault(field, at + (0 if value else 1))
                fields.setdefault(field, "")
                if value:
                    fields[field] = value
            continue
        if _SEPARATOR.match(text):
            field = None  # ('────…', '【稿件 2/4】　稿号：…', '【字数】986')
        if field is None or not text or text in words()["empty_fields_set"]:
            if text:
                noise.append(text)
            continue
        fields[field] = f"{fields[field]}\n{raw}" if fields[field] else raw
    close()
    if len(records) < LABELLED_RECORDS_MIN:
        return None
    # (the day each record says it was printed, when they say one: '出版日期：2013-03-22')
    days = {day for record in records if (day := _day(record.fields.get("printed", "")))}
    return RecordTable(tuple(records), tuple(noise),
                       days.pop() if len(days) == 1 else _printed_day(lines))


def _bare(label: str) -> str:
    """A field's label without the spaces that set it to one width ('引　　题' → '引题')."""
    return re.sub(r"[ \u3000]", "", label)


def _records_labelled(labels: list[tuple[int, str | None]]) -> bool:
    """Titles under (or after) their label in two records or more, and a text's label."""
    return sum(1 for _, field in labels if field == "headline") >= LABELLED_RECORDS_MIN and any(
        field == "body" for _, field in labels)


def _printed_day(lines: list[str]) -> str | None:
    """The page's day named in the export's head (版面：大渡口报　2024年3月15日　星期五), not
    the day of the export."""
    for raw in lines[:HEADER_LINES_MAX]:
        if _FIELD_LABEL.match(raw):
            break
        if (match := _PRINTED.search(raw)) and not _EXPORTED.search(raw):
            return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return None


_PRINTED = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_EXPORTED = re.compile(r"导出|導出|打印|下载|下載")


def _fields(cells: list[str]) -> dict[int, str]:
    """The columns a header row names: position → field."""
    if len(cells) < COLUMNS_MIN:
        return {}
    names = words()["record_columns_by_name"]
    found: dict[int, str] = {}
    for position, cell in enumerate(cells):
        field = names.get(re.sub(r"\s", "", cell))
        if field is not None and field not in found.values():
            found[position] = field
    return found


def _table(lines: list[str], at: int, header: dict[int, str], delimiter: str,
           first_line: int) -> RecordTable:
    noise = [line.strip() for line in lines[:at + 1] if line.strip()]
    records: list[Record] = []
    printed: list[str] = []
    reader = csv.reader(io.StringIO("\n".join(lines[at + 1:])), delimiter=delimiter)
    start = first_line + at + 1  # the file's line of the row being read
    for row in reader:
        fields = {header[k]: cell.strip() for k, cell in enumerate(row) if k in header}
        if not _long(fields.get("body", "")) and _long(fields.get("captions", "")):
            # a picture's row: its caption is its text (photo news)
            fields["body"], fields["photo"] = fields.pop("captions"), "1"
        if fields.get("headline") and _long(fields.get("body", "")):
            # (the text cell begins on the row's line after the lines the cells before it hold)
            body = min((k for k, f in header.items()
                        if f == ("captions" if "photo" in fields else "body")), default=0)
            before = sum(cell.count("\n") for cell in row[:body])
            records.append(Record(start, fields, start + before))
            if day := _day(fields.get("printed", "")):
                printed.append(day)
        else:
            noise += [cell.strip() for cell in row if cell.strip()]
        start = first_line + at + 1 + reader.line_num
    return RecordTable(tuple(records), tuple(noise),
                       printed[0] if printed and len(set(printed)) == 1 else None)


def _long(text: str) -> bool:
    return len(re.sub(r"\s", "", text)) >= RECORD_TEXT_MIN


# (its weekday may follow: '1999年06月19日　星期六')
_DAY = re.compile(r"^(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
                  r"(?:\s*(?:星期|礼拜|禮拜|周)[一二三四五六日天])?$")


def _day(cell: str) -> str | None:
    match = _DAY.match(cell.strip())
    if match is None:
        return None
    return f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}"


def drafts(table: RecordTable, gazetteer: Gazetteer | None = None) -> Builder:
    """A builder holding one story draft a record, and the table's furniture as its noise:
    the record's heads as its columns give them, its text a paragraph a line (a dateline and
    a closing credit read as on a page), its writers and photographers from their columns
    and its captions' credits."""
    built = Builder([])
    built.noise = list(table.noise)
    for record in table.records:
        fields = record.fields
        # (a head keyed on two lines inside its cell is one head of two lines:
        # '春茧收购价每公斤涨两元' / '蚕农笑了')
        headline, subtitle = _one_line(fields["headline"]), _one_line(fields.get("subtitle"))
        if subtitle is None and (joined := _TITLE_AND_DECK.match(headline)):
            # ('标题：巴县抢晴天栽插早秧——鱼洞、界石等区已栽完三成': a database's one title field
            # holding the headline and its deck, joined by the deck's dash)
            headline, subtitle = joined["headline"], joined["deck"]
        draft = StoryDraft(line=record.line, headline=headline,
                           kicker=_one_line(fields.get("kicker")), subtitle=subtitle,
                           section=fields.get("section") or None,
                           printed_day=_own_day(fields, table.printed))
        built.open_record(draft)
        body = _joined_wraps(fields["body"].split("\n"))
        printed = _printed_heads(body, draft)
        last = max((at for at, text in enumerate(body) if text.strip()), default=-1)
        for offset, text in enumerate(body):
            if not text.strip() or offset < printed:
                continue
            line = classify(record.body_line + offset, text, gazetteer)
            if "photo" in fields and line.kind in (Kind.CAPTION, Kind.PHOTO_CREDIT):
                _add(draft.photographers, line.names)  # '…踏青赏花。特约摄影 阎可心'
                line.text = strip_photo_credit(line.text)
                line.norm = normalize(line.text)
            elif line.kind is Kind.CAPTION and line.rule == "caption" and line.pointer:
                # '▲3月20日，果农正在采摘春橙。（本报记者　刘小川　摄）' at the text's end: the
                # picture's caption the database kept with the text
                _add(draft.photographers, line.photographers or line.names)
                draft.captions.append(strip_photo_credit(text.strip()))
                continue
            elif (line.kind in (Kind.CAPTION, Kind.PHOTO_CREDIT) and line.names
                  and offset == last and strip_photo_credit(text).strip()):
                # '…准备给早秧追肥。　　本报记者　王永清摄': a photo news's text, its
                # picture's credit closing it (the writer's field names the photographer)
                _add(draft.photographers, line.photographers or line.names)
                line.text = strip_photo_credit(line.text)
                line.norm = normalize(line.text)
            line.kind, line.rule = Kind.BODY, RECORD_PARAGRAPH
            built.paragraph(line)
        # (who took the picture is no writer of its caption: '作者：王永清' over '…王永清摄')
        writers = fields.get("reporters", "")
        if _PHOTO_MARK.search(writers):  # ('本报记者　黄　河　摄': the picture's, no text's)
            _add(draft.photographers, _names(writers))
            writers = ""
        _add(draft.reporters, tuple(name for name in _names(writers)
                                    if name not in draft.photographers))
        _add(draft.photographers, _names(fields.get("photographers", "")))
        for offset, text in enumerate(fields.get("captions", "").split("\n")):
            if len(text.strip()) < CAPTION_MIN:
                continue
            line = classify(record.line + offset, text.strip(), gazetteer)
            if line.kind in (Kind.CAPTION, Kind.PHOTO_CREDIT):
                _add(draft.photographers, line.photographers or line.names)
            draft.captions.append(strip_photo_credit(text.strip()))
    return built


def _own_day(fields: dict[str, str], printed: str | None) -> str | None:
    """The day a record says it was printed, when it is not the table's own (an export of
    several issues): its story is dated against it."""
    day = _day(fields.get("printed", ""))
    return day if day != printed else None


def _one_line(cell: str | None) -> str | None:
    """A head's cell with the lines it was keyed on joined by a wide space (None if empty)."""
    if not cell or not cell.strip():
        return None
    return "\u3000".join(part.strip() for part in cell.strip().split("\n") if part.strip())


RECORD_PARAGRAPH = "record-paragraph"  # a line of a record's text cell: a paragraph of its own


def _joined_wraps(body: list[str]) -> list[str]:
    """The text's lines, those a scan's column wrapped joined to the line they go on from
    (each paragraph set in: '　　新华社重庆二十一日电　重庆市' / '市中区手工业合作社广大社员，在“'
    / …); the lines stay as they are when the text is not set that way. A joined line leaves
    an empty line in its place, so the lines keep their numbers."""
    set_in = any(text.startswith(("\u3000\u3000", "  ")) for text in body)
    wrapped = sum(1 for above, text in pairwise(body)
                  if text.strip() and not text.startswith((" ", "\u3000")) and above.strip()
                  and not is_closed(normalize(above)))
    if not set_in or wrapped < WRAPPED_LINES_MIN:
        return body
    out = list(body)
    into = None
    for at, text in enumerate(body):
        if not text.strip():
            into = None
        elif into is not None and not text.startswith((" ", "\u3000")):
            out[into] += text.strip()
            out[at] = ""
        else:
            into = at
    return out


WRAPPED_LINES_MIN = 3  # lines of a record's text that go on from an open line, at least


def _printed_heads(body: list[str], draft: StoryDraft) -> int:
    """How many of the text's first lines repeat the record's heads, as the OCR of the page
    read them over the text ('比学赶帮　力争上游' / '市中区手工业合作社' / '产品质量普遍提高' under
    the fields that give them): 0 when they do not, or do not give the whole headline."""
    heads = _flat("".join(part or "" for part in (draft.kicker, draft.headline, draft.subtitle)))
    headline = _flat(draft.headline or "")
    read, printed = "", 0
    for at, text in enumerate(body):
        if not text.strip():
            continue
        if not heads.startswith(read + _flat(text)):
            break
        read, printed = read + _flat(text), at + 1
    return printed if headline and headline in read else 0


def _flat(text: str) -> str:
    """``text`` without white space and dashes (a deck's dash, in a field or on its line)."""
    return re.sub(r"[\s\-—–]+", "", normalize(text))


_PHOTO_MARK = re.compile(r"\s*(?:拍摄|拍攝|摄|攝)$")


def _names(cell: str) -> tuple[str, ...]:
    """The people a writers' or photographers' cell names ('通讯员　孙　静' / '胡　洋', or
    a post before the name: '区人民医院老年医学科主治医师　罗　静')."""
    if not cell:
        return ()
    cell = _PHOTO_MARK.sub("", cell.strip())  # (a picture's credit: '记者　向春燕　摄')
    text = join_spaced_names(normalize(" ".join(cell.split())))
    if names := people_in_credit(text):
        return names
    line = classify(0, " ".join(cell.split()))
    if line.kind in (Kind.BYLINE, Kind.CREDIT) and line.names:
        return line.names
    if line.kind is Kind.PHOTO_CREDIT and (line.photographers or line.names):
        return tuple(line.photographers or line.names)  # ('特约摄影　陈　勇')
    posted = POSTS_AND_NAME.match(text)
    return (posted["name"],) if posted and person_like(posted["name"]) else ()


def _add(names: list[str], more: tuple[str, ...]) -> None:
    names.extend(name for name in more if name not in names)

