"""Word's field codes left in a page's text by a dumper that keeps a field's instruction
before its result (' DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT 2018年4月18日'): a raw pass that
leaves what the printed page shows, the results."""

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
