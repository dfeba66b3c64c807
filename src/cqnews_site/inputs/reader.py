"""Reader: seed files on disk become decoded ``SourceText`` records.

This is one of the two stages that touch the disk. It decides the encoding,
splits off YAML front matter and reports every file it cannot use.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cqnews_site.inputs import safe_yaml
from cqnews_site.inputs.lexicon import read_list
from cqnews_site.model.records import Diagnostic, FrontMatter, SourceText, quote, showable

SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = (
    "title", "kicker", "subtitle", "date", "section", "paper", "page", "page_name", "issue_number",
    "reporters", "author", "authors", "photographers", "district",
)
# Keys that name people, as a list or one string of names (roles such as 记者 may stand
# among them): a site generator's author and authors are the story's reporters.
_NAME_KEYS = {"reporters": "reporters", "author": "reporters", "authors": "reporters",
              "photographers": "photographers"}
# Other names editors give the same fields: a content system's `column`, and the keys in
# Chinese an editor types (``摄影: 龙 海``). Each stands for the key it names.
KEY_ALIASES = {
    "column": "section", "reporter": "reporters", "photographer": "photographers",
    "标题": "title", "引题": "kicker", "肩题": "kicker", "副题": "subtitle", "副标题": "subtitle",
    "日期": "date",
    "栏目": "section", "报纸": "paper", "报名": "paper", "版次": "page", "版名": "page_name",
    "期号": "issue_number", "作者": "author", "记者": "reporters", "摄影": "photographers",
    "图片": "photographers", "区县": "district",
}  # fmt: skip
# A web page saved by a clipper (a note app's, a browser extension's) names where it came
# from and when it was saved ('source: https://mp.weixin.qq.com/s/…', 'created: 2025-02-11').
# Its other fields are the clipper's: the day the page was posted is its date, the rest
# (the site's summary, the clipping's tags) say nothing the page does not.
_CLIP_SOURCE_KEYS = ("source", "url")
_CLIP_TIME_KEYS = ("created", "clipped", "saved")
_CLIPPER_KEYS = frozenset({*_CLIP_SOURCE_KEYS, *_CLIP_TIME_KEYS, "published", "description",
                           "tags", "aliases", "image", "site", "updated", "modified"})
_WEB_ADDRESS = re.compile(r"^https?://\S+$")
_WIKI_LINK = re.compile(r"^\[\[([^\[\]|]+)(?:\|[^\[\]]*)?\]\]$")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FOLIO = re.compile(r"^第\s*(?P<n>[A-Z]?\d{1,3})\s*版$")
_DATE_RE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


class ReadError(Exception):
    """A file cannot be read; carries the line it concerns and what to do."""

    def __init__(self, message: str, line: int | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.hint = hint


def seed_files(root: Path) -> list[Path]:
    """Every readable ``*.txt`` and ``*.md`` under ``root``, recursively, in sorted order."""
    return [path for path, problem in walk(root) if problem is None]


def walk(root: Path) -> list[tuple[Path, Diagnostic | None]]:
    """Every ``*.txt`` / ``*.md`` entry under ``root`` with the reason it is refused, if any.

    Symbolic links are resolved, and whatever lies outside ``root`` is refused: a link
    to ``/etc/passwd`` must not be published. Hidden files, links that lead nowhere,
    FIFOs and devices, and names that cannot be shown are reported, never silently
    dropped; hidden folders (``.git``) are not entered.
    """
    base = root.resolve()
    found: list[tuple[Path, Diagnostic | None]] = []
    seen_dirs = {base}

    # A stack, not recursion: a folder 2,000 deep is no RecursionError. Each folder goes with
    # its real path: an entry that is no link is that path and its name, inside the seeds
    # folder as its folder is (resolving every entry, and looking for the seeds folder among
    # its parents, grew as the cube of a tree's depth: a minute for a folder 1,500 deep).
    folders = [(root, base)]
    while folders:
        folder, folder_real = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            found.append((folder, _refusal(folder, root, f"cannot list folder: {exc.strerror}",
                                           "check its permissions")))
            continue
        for entry in entries:
            path = folder / entry.name
            wanted = path.suffix.lower() in SUFFIXES
            if entry.name.startswith("."):
                if wanted and not path.is_dir():
                    found.append((path, _refusal(path, root, "hidden file skipped",
                                                 "names starting with '.' are not published; "
                                                 "rename it to publish it", "warning")))
                continue
            if not _is_link(entry):
                real = folder_real / entry.name
            else:
                real = path.resolve()
                if not real.is_relative_to(base):
                    if wanted or real.is_dir():
                        found.append((path, _refusal(
                            path, root, f"symbolic link to {quote(str(real))}, outside the "
                            "seeds folder; skipped", "copy the file into the seeds folder "
                            "instead")))
                    continue
            if real.is_dir():
                if real not in seen_dirs:  # a link back up the tree must not loop
                    seen_dirs.add(real)
                    folders.append((path, real))
                continue
            if not wanted:
                continue
            if not real.exists():
                problem = _refusal(path, root, "symbolic link to a missing file; skipped",
                                   "fix or delete the link")
            elif not real.is_file():
                problem = _refusal(path, root, "not a regular file (a FIFO or device); skipped",
                                   "replace it with an ordinary text file")
            elif not showable(path.relative_to(root).as_posix()):
                problem = _refusal(path, root, "file name has control characters or is not "
                                   "valid UTF-8; skipped", "rename the file")
            else:
                problem = None
            found.append((path, problem))

    return sorted(found, key=lambda item: item[0].relative_to(root).as_posix())


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:  # cannot tell: resolved as a link is, which asks the system again
        return True


def _refusal(path: Path, root: Path, message: str, hint: str,
             severity: str = "error") -> Diagnostic:
    return Diagnostic(quote(path.relative_to(root).as_posix()), None, severity, message, hint)


@dataclass(frozen=True)
class SeedBytes:
    """One seed file as read, not yet decoded: its name under the seeds folder, its bytes
    and their digest (``SourceText.digest``)."""

    path: str
    data: bytes = field(repr=False)
    digest: str


Seeds = list[SeedBytes | Diagnostic]  # in the order found; a Diagnostic: a file refused


def read_seeds(root: Path) -> Seeds:
    """Every seed file under ``root`` as bytes, and why each refused file was refused,
    in one list in the order ``walk`` finds them. Decoding them (``decode_seeds``) is a
    pure function of this list: equal names and digests give equal sources."""
    if not root.is_dir():
        return [_no_seeds(root)]
    found: Seeds = []
    for path, refused in walk(root):
        found.append(refused if refused is not None else _seed_bytes(path, root))
    return found


def _seed_bytes(path: Path, root: Path) -> SeedBytes | Diagnostic:
    name = path.relative_to(root).as_posix()
    try:
        data = path.resolve().read_bytes()
    except OSError as exc:
        return Diagnostic(name, None, "error", f"cannot read file: {exc.strerror}",
                          "check its permissions")
    return SeedBytes(name, data, hashlib.sha256(data).hexdigest())


def seed_digests(seeds: Seeds) -> tuple[list[SeedBytes], list[Diagnostic]]:
    """The files of ``read_seeds`` and the refusals, apart (what ``stamp.input_digests``
    reads of them: names and digests, and why a file was refused)."""
    return ([s for s in seeds if isinstance(s, SeedBytes)],
            [s for s in seeds if isinstance(s, Diagnostic)])


def decode_seeds(root: Path, seeds: Seeds) -> tuple[list[SourceText], list[Diagnostic]]:
    """The ``read_seeds(root)`` files decoded and split; unusable files become
    diagnostics, in the order found."""
    sources: list[SourceText] = []
    diagnostics: list[Diagnostic] = []
    for seed in seeds:
        source, problems = (None, [seed]) if isinstance(seed, Diagnostic) else _decoded(seed)
        diagnostics.extend(problems)
        if source is not None:
            sources.append(source)
    if not sources and not diagnostics:
        diagnostics.append(
            Diagnostic(
                str(root), None, "warning", "no *.txt or *.md files found",
                "put raw pages or articles in the seeds folder",
            )
        )
    return sources, diagnostics


def read_tree(root: Path) -> tuple[list[SourceText], list[Diagnostic]]:
    """Read every seed file under ``root``; unusable files become diagnostics, not exceptions."""
    return decode_seeds(root, read_seeds(root))


def _no_seeds(root: Path) -> Diagnostic:
    return Diagnostic(str(root), None, "error", "seeds folder not found",
                      "create it or pass --seeds DIR")


def read_file(path: Path, root: Path) -> tuple[SourceText | None, list[Diagnostic]]:
    """Read one file; returns ``(None, [error])`` when it must be skipped."""
    seed = _seed_bytes(path, root)
    return (None, [seed]) if isinstance(seed, Diagnostic) else _decoded(seed)


def _decoded(seed: SeedBytes) -> tuple[SourceText | None, list[Diagnostic]]:
    return read_bytes(seed.data, seed.path, is_markdown=seed.path.lower().endswith(".md"),
                      digest=seed.digest)


def read_bytes(
    data: bytes, name: str, is_markdown: bool = False, digest: str = ""
) -> tuple[SourceText | None, list[Diagnostic]]:
    """Decode and split one file's bytes: a pure function, so it can be tested and cached.
    ``digest``: the bytes' SHA-256, when the caller has it already."""
    warnings: list[Diagnostic] = []
    try:
        text, encoding = decode(data)
        if not text.strip():
            raise ReadError("file is empty", None, "add the page text or delete the file")
        meta, body, first_line, meta_warnings = split_front_matter(text)
    except ReadError as exc:
        return None, [Diagnostic(name, exc.line, "error", f"{exc}; file skipped", exc.hint)]
    for line, message in meta_warnings:
        warnings.append(Diagnostic(name, line, "warning", message, "see README: front matter"))
    if not body.strip():
        return None, [
            *warnings,
            Diagnostic(name, first_line, "error", "no text after the front matter; file skipped",
                       "add the story text below the closing '---'"),
        ]
    is_article = is_markdown and first_line > 1 and meta.clipped_from is None
    source = SourceText(
        path=name,
        digest=digest or hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        # A page dumped from a website may keep its HTML entities ('&ldquo;', '&nbsp;'): the
        # page printed the characters. (An article's Markdown reads its own entities.)
        text=body if is_article else unescape_entities(body),
        first_line=first_line,
        meta=meta,
        # A Markdown file with front matter is one article written by an editor.
        is_article=is_article,
    )
    return source, warnings


# A named or numbered HTML character reference, with its semicolon: &ldquo; &#8220; &#x201C;
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unescape_entities(text: str) -> str:
    """``text`` with HTML character references replaced by their characters ('&nbsp;' by a
    space); an '&' that starts no known reference stays as printed."""
    if "&" not in text:
        return text

    def character(match: re.Match[str]) -> str:
        found = html.unescape(match[0])
        if found == match[0]:
            return found  # not a reference html knows
        if found == "\ufffd":
            return ""  # a reference to no character (&#0;)
        found = found.replace("\xa0", " ")
        # A reference to a control character would smuggle in what the reader removes.
        return "" if _CONTROL.search(found) else found

    return _ENTITY.sub(character, text)


def decode(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM or GB18030; refuse anything else."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(encoding)), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise _undecodable(data, exc, encoding) from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ReadError(
            "file looks binary (contains NUL bytes)", line,
            "save it as UTF-8 text, or UTF-16 with a byte order mark",
        )
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise _undecodable(data, utf8_error, "utf-8") from None
        if not _plausible_chinese(text):
            raise _undecodable(data, utf8_error, "utf-8") from None
        return _clean(text), "gb18030"


def _undecodable(data: bytes, exc: UnicodeDecodeError, encoding: str) -> ReadError:
    line = data[: exc.start].count(b"\n") + 1
    return ReadError(
        f"undecodable bytes at byte {exc.start} (not UTF-8, UTF-16 with BOM or GB18030)",
        line,
        "re-save the file as UTF-8",
    )


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; accept it only if it yields ordinary Chinese text."""
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return True
    common = 0
    for char in non_ascii:
        try:
            char.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(non_ascii) >= 0.95


_ZERO_WIDTH = re.compile("[\u200b\u200c\u2060\ufeff]")
_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
# Punctuation's vertical forms (see ``data/vertical_forms.txt``).
_VERTICAL = re.compile("[\ufe10-\ufe19\ufe30-\ufe4f]")


@functools.cache
def _read_as(name: str) -> dict[str, str]:
    """A data list of characters, each with the character read for it, two a line:
    ``radical_forms.txt`` (supplementary radicals a PDF gives for whole characters),
    ``vertical_forms.txt`` (punctuation's vertical forms and the forms a page set across
    prints)."""
    entries = read_list(name)
    return dict(zip(entries[::2], entries[1::2], strict=True))


def _radical(match: re.Match[str]) -> str:
    # (a Kangxi radical's NFKC form is its character: '⽉' → '月')
    return _read_as("radical_forms.txt").get(match[0]) or unicodedata.normalize("NFKC", match[0])


def _across(match: re.Match[str]) -> str:
    return _read_as("vertical_forms.txt").get(match[0]) or unicodedata.normalize("NFKC", match[0])


def _clean(text: str) -> str:
    """Normalise newlines, drop a stray BOM and invisible marks, read radicals as the
    characters they stand for and punctuation's vertical forms as the marks set across; the
    text is otherwise kept as printed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # A phone's copy of a web page breaks its lines with Unicode's line and paragraph
    # separators (U+2028, U+2029) or NEL: line breaks, as every editor shows them.
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    # Form feeds and other C0 controls are page-layout debris from dumps, never content;
    # they (and U+FFFE/U+FFFF) are also what XML forbids, so feeds would not parse.
    # Zero-width spaces a site sets between its buttons ('​关注问题​写回答') and word joiners
    # print nothing either: a line of them alone is a blank line. (The zero-width joiner
    # stays: it holds an emoji's parts together.)
    # A PDF whose font table maps common characters to radicals ('9⽉23⽇', '周⽴⺠') shows
    # the characters themselves: they are read as the reader sees them.
    # OCR of a page set top to bottom gives its punctuation's vertical forms ('︵本报讯︶'):
    # read as the marks they are, set across.
    text = _RADICALS.sub(_radical, _ZERO_WIDTH.sub("", _CONTROL.sub("", text)))
    return _VERTICAL.sub(_across, text)


def split_front_matter(
    text: str,
) -> tuple[FrontMatter, str, int, list[tuple[int | None, str]]]:
    """Split a leading ``---`` YAML block off ``text``.

    Returns (meta, body, the body's first line number, warnings as (line, message)).
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), text, 1, []
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise ReadError(
            "front matter opened with '---' is never closed", 1,
            "add a line '---' after the metadata",
        )
    block = "\n".join(lines[1:end])
    loose: list[tuple[int | None, str]] = []
    try:
        data = safe_yaml.load_strings(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        data, warning = _read_loosely(block, exc)
        loose.append(warning)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ReadError("front matter must be 'key: value' lines", 2,
                        "write e.g. 'date: 2024-03-03'")
    meta, warnings = _front_matter(data)
    warnings = loose + warnings
    body, first_line = "\n".join(lines[end + 1 :]), end + 2
    if meta.clipped_from and meta.title and "title" in data:
        # The clipped page's title stands where the clipper wrote it, as its first line.
        first_line = data["title"][1] + 2
        body = meta.title + "\n" * (end + 2 - first_line) + body
    return meta, body, first_line, warnings


# One field of loosely written front matter: a key, a colon of either width, its value.
_LOOSE_FIELD = re.compile(
    r"^\s*(?P<key>[A-Za-z_][\w-]*|[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?P<value>.*?)\s*$")


_YAML_STRUCTURE = tuple("[{&*!|>@`")
_YAML_FIELD = re.compile(r"^\s*[A-Za-z_][\w-]*: ")  # a field as YAML writes it


def _read_loosely(block: str, exc: yaml.YAMLError) -> tuple[dict, tuple[int, str]]:
    """Front matter YAML could not read, read one field a line (an editor's 'section：要闻',
    'subtitle:——…') with the warning to give, on the first line written so; raises the YAML
    error as a ``ReadError`` when the block cannot be read so."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 2 if mark else 2
    problem = getattr(exc, "problem", None) or "invalid YAML"
    # (a block refused for its size or its tags is never read another way)
    data = None if isinstance(exc, safe_yaml.Refused) else _loose_fields(block)
    if data is None:
        raise ReadError(f"broken front matter: {problem}", line,
                        "fix the YAML between the '---' lines") from None
    line = next((i + 2 for i, written in enumerate(block.split("\n"))
                 if written.strip() and not written.lstrip().startswith("#")
                 and not _YAML_FIELD.match(written)), line)
    return data, (line, f"front matter is not valid YAML ({problem}); read as one 'key: value' "
                        "field a line: check the fields, or fix the YAML")


def _loose_fields(block: str) -> dict | None:
    """Front matter that is not YAML read as one ``key: value`` field a line (a full-width
    colon, no space after it, a quotation mark or dash YAML refuses), when every line is a
    field or a ``#`` comment and most fields are known; None otherwise (then the YAML error
    stands)."""
    data: dict = {}
    for index, line in enumerate(block.split("\n")):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LOOSE_FIELD.match(line)
        # (a value YAML would read as a list, a mapping or a reference was meant as one)
        if match is None or match["key"] in data or match["value"][:1] in _YAML_STRUCTURE:
            return None
        value = match["value"]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        data[match["key"]] = (safe_yaml.clean(value) or None, index)
    # (mostly known fields: an unknown one is reported and ignored as in YAML)
    known = sum(KEY_ALIASES.get(key, key) in FRONT_MATTER_KEYS for key in data)
    return data if known and 2 * known >= len(data) else None


def _clipped_from(data: dict) -> str | None:
    """The web address a clipper saved the page from, when the front matter is a
    clipper's: that address and the time it was saved."""
    if not any(key in data for key in _CLIP_TIME_KEYS):
        return None
    for key in _CLIP_SOURCE_KEYS:
        value = data.get(key, (None, 0))[0]
        if isinstance(value, str) and _WEB_ADDRESS.match(value.strip()):
            return value.strip()
    return None


def _front_matter(data: dict) -> tuple[FrontMatter, list[tuple[int | None, str]]]:
    """Check each ``key: (value, 0-based line)`` of a front matter block (values are strings)."""
    warnings: list[tuple[int | None, str]] = []
    values: dict = {}
    given: dict[str, str] = {}  # each field's key as written, for a field given twice
    clipped = _clipped_from(data)
    if clipped:
        values["clipped_from"] = clipped
        if "date" not in data and "published" in data:
            data = {**data, "date": data["published"]}
    for written, (value, index) in data.items():
        line = index + 2  # the block starts on the file's second line
        key = KEY_ALIASES.get(written, written)
        if clipped and written in _CLIPPER_KEYS:
            continue
        if key not in FRONT_MATTER_KEYS:
            warnings.append((line, f"unknown front matter key {written!r} ignored "
                                   f"(known: {', '.join(FRONT_MATTER_KEYS)})"))
            continue
        if value is None:
            continue
        if key not in _NAME_KEYS and key in given:
            warnings.append((line, f"front matter {written!r} gives {key} again after "
                                   f"{given[key]!r}; the first is kept"))
            continue
        given[key] = written
        if key in _NAME_KEYS:
            names = re.split(r"[\s,，、]+", value) if isinstance(value, str) else value
            if clipped and isinstance(names, list):
                # (a clipper's author as a note app's link: '[[荣昌发布]]')
                names = [_WIKI_LINK.sub(r"\1", n.strip()) if isinstance(n, str) else n
                         for n in names]
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise ReadError(f"front matter {written!r} must be names", line,
                                f"write '{written}: [张三, 李四]' or '{written}: 张三 李四'")
            field = _NAME_KEYS[key]
            got = values.get(field, ())
            values[field] = got + tuple(
                n.strip() for n in names if n and n.strip() and n.strip() not in got
                # (a migrated blog's author is often a login, 'yyxww_bj02': no one's name)
                and (field == key or _HAN.search(n)))
            continue
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            value = value[0]  # (a list of one, as site generators write them: '区县: [武隆区]')
        if not isinstance(value, str):
            raise ReadError(f"front matter {written!r} must be a single value, not a list or "
                            "mapping", line, f"write e.g. '{written}: …' on one line")
        if key == "date":
            values["date"] = _front_matter_date(value, line)
        elif key == "paper":
            values[key] = value.strip().removeprefix("《").removesuffix("》").strip() or None
        elif key == "page" and (folio := _FOLIO.match(value.strip())):
            values[key] = folio["n"]  # '第3版', as printed on the page: 3
        else:
            values[key] = value.strip() or None
    return FrontMatter(**values), warnings


# A site generator's time stamp (Jekyll, Hugo): '2016-09-14 02:16:45 +0000', '…T02:16:45Z'.
_DATE_TIME_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$")
CHONGQING_TIME = dt.timezone(dt.timedelta(hours=8))


def _front_matter_date(value: str, line: int) -> str:
    if (match := _DATE_RE.match(value.strip())) and (
            day := _day(*(int(g) for g in match.groups()))):
        return day.isoformat()
    if stamp := _DATE_TIME_RE.match(value.strip()):
        # The day in Chongqing, where a time zone is given (02:16 UTC is 10:16 there).
        zone = stamp[3] or ""
        zone = "+00:00" if zone == "Z" else (zone[:3] + ":" + zone[-2:] if zone else "")
        try:
            moment = dt.datetime.fromisoformat(f"{stamp[1]}T{stamp[2]}{zone}")
        except ValueError:
            moment = None
        if moment is not None:
            return (moment.astimezone(CHONGQING_TIME) if moment.tzinfo else moment).date(
            ).isoformat()
    if numbers := _DAY_FIRST_RE.match(value.strip()):
        # '16/01/2026': day and month in either order, read where only one order is a day
        first, second, year = (int(g) for g in numbers.groups())
        days = {day for d, m in ((first, second), (second, first))
                if (day := _day(year, m, d)) is not None}
        if len(days) == 1:
            return days.pop().isoformat()
        if len(days) == 2:
            raise ReadError(f"front matter date {value!r} may be read two ways", line,
                            "write it as YYYY-MM-DD, e.g. 2024-03-03")
    raise ReadError(f"front matter date {value!r} is not a date", line,
                    "write it as YYYY-MM-DD, e.g. 2024-03-03")


# A day written with the year last, day and month in either order ('16/01/2026').
_DAY_FIRST_RE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def _day(year: int, month: int, day: int) -> dt.date | None:
    """That day, or None if the calendar has no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
