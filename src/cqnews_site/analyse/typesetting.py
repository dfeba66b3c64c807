"""Typesetting and word-processing codes left in a page's text, read as what the printed
page shows: Word's field codes kept by a dumper with each field's instruction before its
result (' DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT 2018年4月18日'), and a typesetter's file
of Founder's batch system (书版) with its commands in 〖…〗 (raw passes)."""

from __future__ import annotations

import re

# A field's instruction: its name, then its arguments (quoted, or a switch with its value);
# the result follows. ('HYPERLINK "http://…" 丰都县人民政府网', 'PAGE \\* MERGEFORMAT 3')
_FIELD = re.compile(
    r"[ \u3000]?\b(?:DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|PAGE|NUMPAGES|HYPERLINK|REF"
    r"|MERGEFIELD|FILENAME|AUTHOR)"
    r"(?P<args>(?:\s+(?:\"[^\"]*\"|\\[@*#!]\s+(?:\"[^\"]*\"|[A-Za-z]+)|\\[a-z]\b))+)[ \u3000]*")
# A linked picture, which leaves no text: where it stands is an image's place.
_PICTURE = re.compile(
    r"^\s*INCLUDEPICTURE\s+(?:\\d\s+)?\"[^\"]*\"(?:\s+\\[*!]\s*[A-Za-z]+|\s+\\[a-z])*\s*$")
# An equation field drawing one character: an enclosed character (带圈字符,
# 'EQ \\o\\ac(○,12)') or a phonetic guide over one (拼音指南,
# 'EQ \\* jc2 \\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(nuó),傩)').
_EQUATION = re.compile(
    r"[ \u3000]?\bEQ(?:\s+\\\*\s+(?:\"[^\"]*\"|\w+))*\s*"
    r"\\o\\a(?P<how>[cd])\((?P<body>(?:[^()]|\([^()]*\))*)\)[ \u3000]?")
_RUBY = re.compile(r"^\\s\\up\s*\d+\((?P<guide>[^()]*)\),(?P<base>.+)$")
_ENCLOSURES = "○◯〇□◇△"


def _enclosed(body: str) -> str:
    """'○,12' → '⑫' (a circled number has a character of its own); else what is inside."""
    parts = [part.strip() for part in body.split(",")]
    inner = [part for part in parts if part and part not in _ENCLOSURES]
    text = inner[0] if inner else ""
    if text.isdigit() and 1 <= int(text) <= 20 and len(inner) == 1:
        return chr(0x2460 + int(text) - 1)
    return text


def _drawn(match: re.Match) -> str:
    body = match["body"]
    if match["how"] == "c":
        return _enclosed(body)
    ruby = _RUBY.match(body)
    return ruby["base"] if ruby else body


def _mended(raw: str) -> str:
    # (every instruction holds a switch or a quoted argument: other lines are left alone)
    if "\\" not in raw and '"' not in raw:
        return raw
    if _PICTURE.match(raw):
        return "[图片]"
    return _FIELD.sub("", _EQUATION.sub(_drawn, raw))


def word_fields(raws: list[str]) -> list[str]:
    """A Word file's text with its fields' instructions kept: each field as its result
    (a linked picture as ``[图片]``, an enclosed number as the character, a phonetic guide
    as the character it guides); any other text as it is."""
    return [_mended(raw) for raw in raws]


FOUNDER_CODES_MIN = 3  # lines with a typesetting command before a page is read as such a file
# A command of Founder's batch typesetting ('〖HT5SS〗' a face and size, '〖JZ〗' centred,
# '〖KH1〗' one blank line, '〖FL(K2〗…〖FL)〗' columns, '〖TP…〗' a picture's place).
_FOUNDER_CODE = re.compile(r"〖[A-Z][A-Z0-9]{0,5}[^〖〗\n]{0,30}〗")
_FOUNDER_PICTURE = re.compile(r"〖TP[^〖〗\n]{0,40}〗")
_FOUNDER_BLANK = re.compile(r"^\s*〖KH[0-9*]*[^〖〗]{0,6}〗\s*$")


def founder_codes(raws: list[str]) -> list[str]:
    """A typesetter's file of Founder's batch system: its commands dropped (a blank-line
    command as a blank line, a picture's as ``[图片]``), its space mark 〓 a full-width space
    and its paragraph mark ↙ dropped (each paragraph opens indented); any other page as it
    is."""
    if sum(1 for raw in raws if _FOUNDER_CODE.search(raw)) < FOUNDER_CODES_MIN:
        return raws
    out = []
    for raw in raws:
        if _FOUNDER_BLANK.match(raw):
            out.append("")
            continue
        text = _FOUNDER_CODE.sub("", _FOUNDER_PICTURE.sub("[图片]", raw))
        out.append(text.replace("〓", "\u3000").replace("↙", ""))
    return out
