"""Static full-text search: the archive becomes small packed index files under ``search/``.

Chinese has no spaces, so the index is over characters, not words: every pair of
adjacent characters (a bigram) of every searchable text is a key, with the positions
where it occurs. A query of n >= 2 characters matches a text exactly when its bigrams
at offsets 0, 2, 4, ... and n-2 occur at the right distances from one start position,
so the index answers substring queries exactly (no false hits, no misses) without
a word segmenter. A one-character query is the union of every key that starts with it.

Files (all paths relative to the site root). Every ``.bin`` file is zlib-deflated
(``DecompressionStream("deflate")`` in the browser); records are cut into files of a
few tens of kilobytes in key order, where the keys say (see ``_packs``); an index file
is named by its first key (``<hex>`` below: its UTF-8 bytes in hex). The bootstrap lists
the first key of each file, so a query fetches only the files its keys fall in:

- ``search/boot.json``: the bootstrap (40 KB at 10,000 stories): version,
  first keys of the index files, the count of document numbers and numbers per text
  file, each story's run of document numbers, for each filter the first keys of its
  files (type-ahead filters) or its few options, and the ranking table (``RANKING``).
- ``search/index-<hex>.bin``: records of key (UTF-8, length-prefixed) and postings
  (per document: number gap, count, first position, position gaps; all LEB128 varints).
  A document's headline is indexed from position 0 and the rest of its text from
  ``BODY_START``, so a hit's position says whether it is in the headline.
- ``search/text-NNNN.bin``: one line for each of ``NUMBERS_PER_TEXT`` document numbers:
  a JSON row (link, headline, date, original text, snippet end, kicker or an item's
  rubric), or nothing for a number no document has; fetched only for the results shown.
- ``search/dates-0000.bin``: each story's date, then each document's, in number order,
  as YYYYMMDD (zig-zag varint deltas); fetched when a reader sorts by date or sets a
  date range.
- ``search/<filter>-names-NNNN.bin``: ``[label, value, rank, page link, name]`` lines in
  label order, for type-ahead over people and districts and to tell a query that is a
  person's or district's name; ``search/<filter>-docs-NNNN.bin``:
  ``[value, label, document-number deltas]`` lines in value order, fetched when a filter
  is set.

Document numbers are sparse and stable (see ``search_numbers``): a story keeps its numbers
when others are added or removed, so an edit rewrites only the files it changes.

Keys are ordered by UTF-16 code units, as JavaScript compares strings.

A document is a story's own text (headline, kicker, subtitle, byline, paragraphs,
captions) or one of its items (lead, heading, paragraphs); items link to their anchor.
``static/search.js`` reads these files; :class:`SearchIndex` is the same query logic in
Python, used by the tests and the benchmarks.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import hashlib
import itertools
import json
import os
import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

from cqnews_site.analyse.script import to_simplified
from cqnews_site.config import Config
from cqnews_site.index.lookups import story_date
from cqnews_site.model.dates import cn_date, year_of
from cqnews_site.model.records import Archive, Item, Story
from cqnews_site.model.text import cjk_punctuation
from cqnews_site.site import search_postings, search_update, urls
from cqnews_site.site.dependencies import ValueDigest
from cqnews_site.site.search_numbers import Numbering, numbering
from cqnews_site.site.search_parts import PartStore, StoryPart, story_key
from cqnews_site.site.search_postings import BODY_START, Postings, normalize, read_varint

SEARCH_DIR = "search"
BOOT = f"{SEARCH_DIR}/boot.json"
FORMAT = 4
FILTERS = ("district", "person", "section", "year")
TYPE_AHEAD = ("district", "person")  # filters with many values: typed, not picked from a list

# Packed files average about these many bytes before deflating (about a third after), so
# that a query's few index files stay small on the network. Cut where the keys say, files
# vary in size and a query more often meets a large one: at 48,000 (the target when runs
# were cut by size) the 10,000-story archive's queries fetched a median of 146 KB, at
# 32,000 128 KB (2,563 index files, 65.0 MB in all).
_SHARD_TARGET = 32_000
_FACET_TARGET = 32_000
_NAMES_TARGET = 16_000
# Document numbers per text file (about half of them used, see LOAD): a page of results
# fetches one small file per result (a few kilobytes), and file numbers follow from
# document numbers, so no table is needed.
NUMBERS_PER_TEXT = 6
SECTIONS = 3  # matching sections a story's result shows (search.js has the same number)
_TAG_RE = re.compile(r"<[^>]+>")


def query_terms(query: str) -> list[str]:
    """The normalized, white-space separated terms of a query; all must match."""
    return normalize(query).split()  # normalize folds every run of white space to one " "


def probe_offsets(length: int) -> list[int]:
    """Offsets of the bigrams checked for a term of ``length`` >= 2: together they cover it."""
    offsets = list(range(0, length - 1, 2))
    if offsets[-1] != length - 2:
        offsets.append(length - 2)
    return offsets


@dataclass(frozen=True)
class Document:
    """One searchable unit: a story's own text or one item of it."""

    story: int  # index of the story in ``archive.stories``
    url: str  # relative to the site root
    headline: str  # the story's headline, or the item's heading without its rubric
    date: str  # as shown to readers, "" when unknown
    text: str  # original text, fields separated by newlines, body first
    snippet_end: int = -1  # snippets come from text[:snippet_end] (UTF-16 units); -1: all
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    title: str = ""  # indexed apart, so a hit in it ranks as a headline hit (see RANKING)
    kicker: str = ""  # a story's kicker or an item's rubric, shown apart from the headline
    day: int = 0  # date as YYYYMMDD (0 for unknown parts), for the date range and sort
    rest: str = ""  # the indexed text besides the title (see _joined)


def display_date(date: str | None) -> str:
    """A record date in Chinese: "2023年2月16日", "2月16日" when the year is unknown."""
    return cn_date(date, unknown="", yearless="")


def day_number(date: str | None) -> int:
    """A record date as the number YYYYMMDD, unknown month or day as 00; 0 without a year.

    ``"2024-04-28"`` → 20240428, ``"2024"`` → 20240000, ``"--04-28"`` and None → 0.
    """
    if not date or date.startswith("--"):
        return 0
    parts = [int(p) for p in date.split("-")[:3] if p.isdigit()]
    parts += [0] * (3 - len(parts))
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


# A rubric printed before an item's heading, "关键词【城乡建设】 见行见效…": it names the
# column, not the item, so results show it apart (as a kicker) and the heading clean.
RUBRIC_RE = re.compile(r"^\s*(?P<rubric>[^\s【】]{0,6}【[^【】]{1,12}】)\s*(?P<rest>\S.*)$", re.S)


def split_rubric(heading: str) -> tuple[str, str]:
    """(rubric, heading): "关键词【城乡建设】 见行见效" → ("关键词【城乡建设】", "见行见效")."""
    m = RUBRIC_RE.match(heading)
    return (m["rubric"], m["rest"].strip()) if m else ("", heading)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _with_simplified(text: str) -> str:
    """Text printed in traditional characters followed by its simplified copy, so 万容
    finds 萬容 too (the copy is searchable, never shown)."""
    simple = to_simplified(text)
    return f"{text}\n{simple}" if simple != text else text


def _joined(body: Iterable[str | None], titles: Iterable[str | None],
            headline: str = "") -> tuple[str, int, str]:
    """(shown text, snippet end, indexed rest) of a document.

    The shown text is the body, then the titles (searchable, but shown in the result's
    heading, not its snippet). The indexed rest is the same without the headline, which
    is indexed apart (:func:`index_fields`), so its words count once, as headline hits.
    """
    # Shown as the site shows it (full-width where OCR left half-width marks); the rule is
    # one character for one, so hit offsets in the shown text stay right.
    head = cjk_punctuation("\n".join(p for p in body if p))
    others = "\n".join(p for p in titles if p)
    rest = _with_simplified("\n".join(p for p in (head, others) if p))
    tail = "\n".join(p for p in (headline, others) if p)
    text = f"{head}\n{tail}" if head and tail else head or tail
    simple = to_simplified(text)
    if simple != text:
        tail = f"{tail}\n{simple}" if tail else simple
    if not tail:
        return head, -1, rest
    return (f"{head}\n{tail}" if head else tail), _utf16_len(head), rest


def _story_text(story: Story) -> tuple[str, int, str]:
    body = list(story.paragraphs)
    if not body and story.html:
        body = [_TAG_RE.sub("", story.html)]
    byline = " ".join([*story.reporters, *story.photographers])
    return _joined([*body, *story.notes, *story.captions], [story.kicker, story.subtitle, byline],
                   story.headline)


def _item_text(item: Item) -> tuple[str, int, str]:
    return _joined([item.lead, *item.paragraphs], [], item.heading)


def index_fields(doc: Document) -> tuple[str, str]:
    """(title, rest) of a document as indexed: its headline, then everything else."""
    return _with_simplified(doc.title) if doc.title else "", doc.rest


def _people(mentions: Iterable) -> tuple[str, ...]:
    return tuple(sorted({m.person_id or m.name for m in mentions}))


def story_urls(archive: Archive) -> list[str]:
    """Site path of each story's page, as the site names it (ids made file-name safe)."""
    stories = urls.story_namespace(s.id for s in archive.stories)
    return [stories.path(story.id) for story in archive.stories]


def documents(archive: Archive, config: Config | None = None) -> list[Document]:
    """Every story, then each of its items, in archive order; facets come from the tagger."""
    return list(iter_documents(archive, config))


def iter_documents(archive: Archive, config: Config | None = None) -> Iterator[Document]:
    """The documents of :func:`documents` one at a time, so their texts need not be kept."""
    paths = story_urls(archive)
    for number, story in enumerate(archive.stories):
        yield from _story_documents(number, urls.href(paths[number]), story)


def _story_documents(number: int, url: str, story: Story,
                     texts: bool = True) -> Iterator[Document]:
    """A story's own document, then its items'; without ``texts``, their facets and dates
    only (``text`` and ``rest`` empty: what the index keeps of a document after reading it)."""
    year = year_of(story.date)
    base = {
        "district": tuple(sorted(set(story.districts))),
        "person": _people(story.people),
        "section": (story.section,) if story.section else (),
        "year": (year,) if year else (),
    }
    text, end, rest = _story_text(story) if texts else ("", -1, "")
    # A story without a date of its own shows and sorts by its items' (as the site does).
    dated = story_date(story)
    yield Document(number, url, story.headline, display_date(dated), text, end,
                   base, story.headline, story.kicker or "", day_number(dated), rest)
    yield from _item_documents(number, url, story, base, texts)


def _item_documents(number: int, url: str, story: Story,
                    base: Mapping[str, tuple[str, ...]], texts: bool = True
                    ) -> Iterator[Document]:
    for item in story.items:
        item_year = year_of(item.date) or (base["year"][0] if base["year"] else None)
        facets = {
            # An item's own tags say what it is about; with none it is about its story's.
            "district": tuple(sorted(set(item.districts))) or base["district"],
            "person": _people(item.people) or base["person"],
            "section": base["section"],
            "year": (item_year,) if item_year else (),
        }
        text, end, rest = _item_text(item) if texts else ("", -1, "")
        rubric, heading = split_rubric(item.heading)
        date = item.date or story.date
        yield Document(number, f"{url}#{urls.href(item.anchor)}", heading, display_date(date),
                       text, end, facets, item.heading, rubric, day_number(date), rest)


# Numbers are written as a string of base-32 digits, low digit first; each digit is one
# character of _DIGITS, from its upper half when more digits follow. Small gaps take one
# character, where JSON integer lists took two or three, so the index is half the size.
_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
_VALUE = {ch: i for i, ch in enumerate(_DIGITS)}


def _encode_one(n: int) -> str:
    if n < 0:
        raise ValueError(f"cannot encode negative number {n}")
    out = []
    while n >= 32:
        out.append(_DIGITS[32 + (n & 31)])
        n >>= 5
    out.append(_DIGITS[n])
    return "".join(out)


_CODES = [_encode_one(n) for n in range(32768)]  # every number of up to three digits


def encode_numbers(numbers: Iterable[int]) -> str:
    """Non-negative integers as one compact JSON-safe string."""
    codes = _CODES
    return "".join(codes[n] if 0 <= n < 32768 else _encode_one(n) for n in numbers)


def decode_numbers(text: str) -> list[int]:
    """The integers of :func:`encode_numbers`."""
    out: list[int] = []
    n = shift = 0
    for ch in text:
        v = _VALUE[ch]
        n |= (v & 31) << shift
        if v >= 32:
            shift += 5
        else:
            out.append(n)
            n = shift = 0
    return out


def _varint(n: int, out: bytearray) -> None:
    """Append ``n`` >= 0 as a LEB128 varint: seven bits a byte, high bit set when more follow."""
    while n >= 128:
        out.append(128 | (n & 127))
        n >>= 7
    out.append(n)


def read_varints(data: bytes | memoryview, start: int = 0, end: int | None = None) -> list[int]:
    """Every varint of ``data[start:end]``."""
    out: list[int] = []
    n = shift = 0
    for byte in data[start:end]:
        n |= (byte & 127) << shift
        if byte & 128:
            shift += 7
        else:
            out.append(n)
            n = shift = 0
    return out


def decode_postings(data: bytes | memoryview) -> dict[int, list[int]]:
    """Document → positions, from one key's encoded postings."""
    flat = read_varints(data)
    out: dict[int, list[int]] = {}
    i = doc = 0
    while i < len(flat):
        doc += flat[i]
        count = flat[i + 1]
        positions = list(itertools.accumulate(flat[i + 2 : i + 2 + count]))
        out[doc] = positions
        i += 2 + count
    return out


def utf16_key(text: str) -> bytes:
    """Sort key that orders strings as JavaScript compares them (by UTF-16 code units)."""
    return text.encode("utf-16-be")


# zlib level 1: on the 10,000-story archive's 147 MB of packs it takes 2.1 s of CPU for
# 62.6 MB, level 5 took 3.7 s for 58.6 MB (7 % smaller) and level 9 twice as long again for
# 1.7 % less, growing x2.6 per doubling of the archive (longer match chains on repetitive
# postings). The index is well inside its 80 MB and a query inside its 300 KB either way,
# and every build of an edit deflates every pack again.
DEFLATE_LEVEL = 1


def _deflate(data: bytes) -> bytes:
    return zlib.compress(data, DEFLATE_LEVEL)


def _dumps(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _text_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "little")


def _packs(items: Iterable[tuple[str, bytes]], target: int,
           key_hash: Callable[[str], int] = _text_hash) -> Iterator[tuple[str, list[bytes]]]:
    """Cut (sort key, record) pairs, in order, into runs of about ``target`` bytes.

    Yields the first sort key of each run and its records. A run is cut before a record
    whose key says so (``search_postings.cut_before``), or that would take it past
    ``RUN_LIMIT`` targets; never between records of one key, so first keys differ. An
    edit that changes a few records moves only the cuts at their keys (and in their
    run), so the other files stay as they were.
    """
    run: list[bytes] = []
    first = last = ""
    size = 0
    limit = search_postings.RUN_LIMIT * target
    for key, record in items:
        if run and key != last and (size + len(record) > limit or search_postings.cut_before(
                key_hash(key), len(record), target)):
            yield first, run
            run, size = [], 0
        if not run:
            first = key
        run.append(record)
        size += len(record)
        last = key
    if run:
        yield first, run


def pack_path(kind: str, number: int) -> str:
    """POSIX path of a numbered packed file: ``search/<kind>-<number>.bin``."""
    return f"{SEARCH_DIR}/{kind}-{number:04d}.bin"


def key_path(kind: str, first: str) -> str:
    """POSIX path of an index file: ``search/<kind>-<UTF-8 of its first key (one or two
    characters) in hex>.bin``. Named by its first key, not its place, so a file stays
    the same file when one before it is cut in two."""
    return f"{SEARCH_DIR}/{kind}-{first.encode().hex()}.bin"


def _write_packs(files: MutableMapping[str, bytes], kind: str, items: Iterable[tuple[str, bytes]],
                 target: int, joiner: bytes = b"") -> list[str]:
    """Deflate each run of ``items`` into ``files``; the first key of each run, in order.

    Filter files are numbered (their keys are names of any length, and there are few)."""
    firsts = []
    for number, (first, run) in enumerate(_packs(items, target)):
        files[pack_path(kind, number)] = _deflate(joiner.join(run))
        firsts.append(first)
    return firsts


def archive_numbering(archive: Archive) -> Numbering:
    """The :func:`numbering` of an archive's documents."""
    return numbering(story_urls(archive), [1 + len(story.items) for story in archive.stories])


def document_numbers(archive: Archive) -> list[int]:
    """The number of each of :func:`documents`, in that (archive) order."""
    numbers = archive_numbering(archive)
    return [at for first, size in zip(numbers.first, numbers.sizes, strict=True)
            for at in range(first, first + size)]


@dataclass
class _Read:
    """What reading the documents made, besides the postings."""

    docs: list[Document] = field(default_factory=list)  # by number, without their texts
    numbers: list[int] = field(default_factory=list)  # each document's number
    texts: list[_Text] = field(default_factory=list)  # text files, in order
    placed: dict[bytes, int] = field(default_factory=dict)  # part key → first number
    # first number → codes and starts of each part the last index lacks
    moved: dict[int, tuple[bytes, tuple[int, ...]]] = field(default_factory=dict)


def _read_documents(archive: Archive, config: Config | None, postings: Postings,
                    numbers: Numbering, store: PartStore | None = None,
                    last: Mapping[bytes, int] | None = None,
                    last_site: Path | None = None,
                    values: ValueDigest | None = None,
                    digests: TextDigests | None = None) -> _Read:
    """Index every document into ``postings`` and deflate its text row as it comes.

    Returns the documents by number without their texts (for the filters and dates),
    their numbers, and the text files in order: a large archive's texts
    are never all in memory at once. A story whose part ``store`` kept is not read again
    (see ``search_parts``); every story's part is kept there for the next build, and
    those not numbered as in ``last`` (part key → first number) are listed in ``moved``.
    A text file the record of ``digests`` finds the same as ``last_site``'s is that
    site's file (``LastFile``).
    """
    read = _Read()
    docs, doc_numbers, texts = read.docs, read.numbers, read.texts
    last = last or {}
    rows: list[bytes] = []
    text_file = -1
    kept = False  # whether every story with a row in ``rows`` is unchanged
    paths = story_urls(archive)
    values = values or ValueDigest()
    for number in numbers.order:
        story = archive.stories[number]
        url = urls.href(paths[number])
        first = numbers.first[number]
        key = story_key(values, story, url) if store is not None else b""
        part = store.get(key) if store is not None else None
        # Kept where it was: its rows are where the last site's text files have them.
        unchanged = part is not None and last.get(key) == first
        if part is None:
            part = _story_part(list(_story_documents(number, url, story)), postings, first)
        else:
            postings.extend(part.codes, part.starts, len(part.rows), first)
        if store is not None and part.codes:
            store.put(key, part, first)
            read.placed[key] = first
            if last.get(key) != first:
                read.moved[first] = (part.codes, part.starts)
        for at, row in enumerate(part.rows, first):
            file, line = divmod(at, NUMBERS_PER_TEXT)
            if file != text_file:
                if rows:
                    texts.append(_text_file(text_file, rows, last_site, kept, digests))
                rows, text_file, kept = [b""] * NUMBERS_PER_TEXT, file, True
            rows[line] = row
            kept = kept and unchanged
        own = list(_story_documents(number, url, story, texts=False))
        docs += own
        doc_numbers += range(first, first + len(own))
    if rows:
        texts.append(_text_file(text_file, rows, last_site, kept, digests))
    return read


class LastBytes(bytes):
    """A file's bytes as the last site holds them, checked to be this build's file."""


class LastFile(LastBytes):
    """The last site's file at the same path, found to be this build's by ``TextDigests``
    without reading it (empty: its bytes are not here)."""


@dataclass
class TextDigests:
    """What each text file of the search index holds, as ``"<digest of its rows and the
    code> <bytes on disk>"`` by path: ``last``, the record of the build that made the last
    site (trusted for that site alone, like a page's key), and ``made``, this build's."""

    code: str
    last: Mapping[str, str] = field(default_factory=dict)
    made: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Text:
    number: int
    data: bytes
    digest: bytes  # of its rows: what the bootstrap's version reads


def _text_file(number: int, rows: list[bytes], last_site: Path | None, kept: bool,
               digests: TextDigests | None) -> _Text:
    """Text file ``number`` holding ``rows``: the last site's file (``LastFile``, not read)
    when every story in it is ``kept`` (its part found in the store, numbered as last
    time) and the record of ``digests`` says that file holds the same rows (a story gone
    leaves empty rows) with the size it has; otherwise deflated anew.
    """
    plain = b"\n".join(rows)
    digest = hashlib.blake2b(plain, digest_size=16).digest()
    if digests is None:
        return _Text(number, _deflate(plain), digest)
    path = pack_path("text", number)
    rows_key = hashlib.blake2b(digest + digests.code.encode(), digest_size=16).hexdigest()
    last = str(digests.last.get(path, "")).split(" ")  # the record is a file: any value
    if last_site is not None and kept and last[0] == rows_key and len(last) == 2:
        with contextlib.suppress(OSError, ValueError):  # gone or shortened: made anew
            if os.stat(last_site / path).st_size == int(last[1]):
                digests.made[path] = digests.last[path]
                return _Text(number, LastFile(), digest)
    data = _deflate(plain)
    digests.made[path] = f"{rows_key} {len(data)}"
    return _Text(number, data, digest)


def _story_part(docs: list[Document], postings: Postings, first: int) -> StoryPart:
    """Index one story's documents into ``postings``, numbered from ``first``; what they
    added to it.

    Their codes are made apart and appended, as a kept part's are (the same codes as
    adding each document to ``postings``). A story with a character beyond two bytes is
    added document by document and its part has no codes: it is not kept."""
    rows = tuple(_dumps([doc.url, doc.headline, doc.date, doc.text, doc.snippet_end,
                         doc.kicker]) for doc in docs)
    fields = [index_fields(doc) for doc in docs]
    own = Postings()
    for title, rest in fields:
        own.add(rest, title)
    if own.wide:
        for at, (title, rest) in enumerate(fields, first):
            postings.add(rest, title, at)
        return StoryPart(rows, b"", ())
    part = StoryPart(rows, own.codes.tobytes(), tuple(own.starts))
    postings.extend(part.codes, part.starts, len(rows), first)
    return part


def _facet_values(archive: Archive, docs: list[Document], doc_numbers: list[int]
                  ) -> dict[str, list[tuple[str, str, str]]]:
    """Per filter: (value, label, doc-id deltas) in the order a reader sees them."""
    names = {p.id: p.name for p in archive.people}
    homes = {p.id: p.district for p in archive.people}
    order = {d.name: i for i, d in enumerate(archive.districts)}
    members: dict[str, dict[str, list[int]]] = {f: defaultdict(list) for f in FILTERS}
    for number, doc in zip(doc_numbers, docs, strict=True):
        for facet in FILTERS:
            for value in doc.facets.get(facet, ()):
                members[facet][value].append(number)

    def label(facet: str, value: str) -> str:
        if facet == "person" and value in names:
            home = homes.get(value)
            return f"{names[value]}（{home}）" if home else names[value]
        if facet == "year":
            return f"{value}年"
        return value

    def sort_key(facet: str, value: str) -> tuple:
        if facet == "district":
            return (order.get(value, len(order)), value)
        if facet == "year":
            return (-int(value), value)
        return (label(facet, value), value)

    return {
        facet: [
            (value, label(facet, value), _deltas(members[facet][value]))
            for value in sorted(members[facet], key=lambda v, f=facet: sort_key(f, v))
        ]
        for facet in FILTERS
    }


def _deltas(values: Iterable[int]) -> str:
    out, last = [], 0
    for v in sorted(values):
        out.append(v - last)
        last = v
    return encode_numbers(out)


PageOf = Callable[[str, str], "str | None"]  # (filter, value) → page path, or None


def _facet_files(files: MutableMapping[str, bytes], archive: Archive, docs: list[Document],
                 doc_numbers: list[int], page_of: PageOf | None = None) -> dict:
    """Filter files: names by label (for type-ahead), documents by value; their directory.

    A select-style filter lists its few options in the bootstrap; a type-ahead filter
    (people, districts) lists only the first label of each names file, and the reader's
    first characters pick the one or two files to fetch.
    """
    out: dict[str, dict] = {}
    short = _short_names(archive)
    for facet, rows in _facet_values(archive, docs, doc_numbers).items():
        entry: dict[str, object] = {}
        by_value = sorted(rows, key=lambda r: utf16_key(r[0]))
        entry["docs"] = _write_packs(
            files, f"{facet}-docs",
            ((value, _dumps([value, label, code])) for value, label, code in by_value),
            _FACET_TARGET, b"\n",
        )
        if facet in TYPE_AHEAD:
            ranked = sorted(
                ((label, value, rank) for rank, (value, label, _) in enumerate(rows)),
                key=lambda r: (utf16_key(r[0]), utf16_key(r[1])),
            )
            # [label, value, rank, page link or "", name a query may be]: a query that is
            # a known name links its page above the results and ranks its stories up.
            entry["names"] = _write_packs(
                files, f"{facet}-names",
                ((label, _dumps([label, value, rank, _page_href(page_of, facet, value),
                                 short.get((facet, value), value)]))
                 for label, value, rank in ranked),
                _NAMES_TARGET, b"\n",
            )
        else:
            entry["options"] = [[value, label] for value, label, _ in rows]
        out[facet] = entry
    return out


@dataclass(frozen=True)
class Signal:
    """One named ranking signal: its weight, the most of it that counts, and an example."""

    name: str
    weight: int
    cap: int
    example: str


# How results are ranked by relevance, strongest first: a result's score is the sum of
# weight × min(signal, cap). Every field signal weighs more than the most that body hits
# can add (399), so a headline, a person or a district named by the query always ranks
# above any number of hits in the text. search.js reads this table from the bootstrap.
RANKING: tuple[Signal, ...] = (
    Signal("headline", 1000, 1, "北碚 in the headline 「…奋力谱写好中国式现代化北碚篇章」"),
    Signal("person", 400, 1, "习近平: a result tagged with the person the query names"),
    Signal("district", 400, 1, "北碚: a result tagged with 北碚区, the district the query names"),
    Signal("hits", 1, 399, "北碚 occurs 16 times in the text"),
)


def score(signals: Mapping[str, int], ranking: Iterable[Signal] = RANKING) -> int:
    """A result's relevance: ``sum(weight * min(value, cap))`` over the ranking table."""
    return sum(s.weight * min(signals.get(s.name, 0), s.cap) for s in ranking)


def _write_dates(files: MutableMapping[str, bytes], docs: list[Document]) -> None:
    """Dates as YYYYMMDD: each story's (sort by date), then each document's (date range),
    both in the order of their numbers (``docs`` are in that order).

    Zig-zag varint deltas, deflated: neighbours share dates, so the file is small; it is
    fetched only when a reader sorts by date or sets a date range.
    """
    out = bytearray()
    last = 0
    story_days: dict[int, int] = {}
    for doc in docs:  # a story's own document comes first
        story_days.setdefault(doc.story, doc.day)
    for day in [*story_days.values(), *(d.day for d in docs)]:
        delta = day - last
        _varint(delta * 2 if delta >= 0 else -delta * 2 - 1, out)
        last = day
    files[pack_path("dates", 0)] = _deflate(bytes(out))


def _short_names(archive: Archive) -> dict[tuple[str, str], str]:
    """The name a reader types for a filter value: a person's name, a district's short name."""
    out = {("person", p.id): p.name for p in archive.people}
    out.update({("district", d.name): d.short or d.name for d in archive.districts})
    return out


def _page_href(page_of: PageOf | None, facet: str, value: str) -> str:
    path = page_of(facet, value) if page_of else None
    return urls.href(path) if path else ""


class _Sink(dict):
    """Files as they are made: handed to ``write`` at once (if given) and digested in order.

    With a ``write`` callback only paths are kept, so a large index never sits in memory
    whole; without one this is the dict of every file.
    """

    def __init__(self, write: Callable[[str, bytes], None] | None = None) -> None:
        super().__init__()
        self.write = write
        self.digest = hashlib.sha256()

    def __setitem__(self, path: str, data: bytes) -> None:
        self.put(path, data, data)

    def put(self, path: str, data: bytes, read: bytes) -> None:
        """Hand on ``data`` at ``path``; the digest reads ``read`` (the file, or what
        stands for it)."""
        self.digest.update(path.encode() + b"\0" + read + b"\0")
        if self.write is None:
            super().__setitem__(path, data)
        else:
            self.write(path, data)
            super().__setitem__(path, b"")


def write_search_files(archive: Archive, config: Config | None = None,
                       write: Callable[[str, bytes], None] | None = None,
                       page_of: PageOf | None = None) -> dict[str, bytes]:
    """Make the search index, passing each file to ``write(path, data)`` as it is made.

    ``page_of(filter, value)`` gives the page path of a person or district (None when it
    has none). The bootstrap comes last. Returns the files keyed by path (with empty
    contents when ``write`` took them).
    """
    files: dict[str, bytes] = {}
    for path, data in iter_search_files(archive, config, page_of):
        if write is not None:
            write(path, data)
            data = b""
        files[path] = data
    return files


def iter_search_files(archive: Archive, config: Config | None = None,
                      page_of: PageOf | None = None, store: PartStore | None = None,
                      last_site: Path | None = None, values: ValueDigest | None = None,
                      digests: TextDigests | None = None) -> Iterator[tuple[str, bytes]]:
    """The search index's files, (path, bytes), each as soon as it is made (see
    ``write_search_files``). With ``store``, the stories it kept from the last build are
    not read again, and the index files of ``last_site`` that the changes since do not
    touch are not made again. ``values`` digests the stories to find their parts;
    ``digests`` is the text files' record (``TextDigests``)."""
    postings = Postings()
    numbers = archive_numbering(archive)
    last = store.firsts() if store is not None and last_site is not None else {}
    read = _read_documents(archive, config, postings, numbers, store, last, last_site,
                           values, digests)
    docs, doc_numbers, texts = read.docs, read.numbers, read.texts
    made: list[tuple[str, bytes]] = []
    files = _Sink(lambda path, data: made.append((path, data)))
    keys = []
    for first, data, deflated in _index_files(postings, numbers, store, read, last, last_site):
        # A file of the last index kept as it was is that site's file at the same path.
        files[key_path("index", first)] = LastBytes(data) if deflated else _deflate(data)
        keys.append(first)
        yield made.pop()
    wide = postings.wide
    del postings
    # After the index files: the bootstrap's version digests the files in this order.
    for at, text in enumerate(texts):
        # Read by the version as its rows: a file kept by ``digests`` is not read.
        files.put(pack_path("text", text.number), text.data, text.digest)
        texts[at] = dataclasses.replace(text, data=b"")
        yield made.pop()
    del texts
    _write_dates(files, docs)
    facets = _facet_files(files, archive, docs, doc_numbers, page_of)
    yield from made
    made.clear()
    # Every other file is fetched with ?v=<digest of all contents>, so a browser never
    # mixes a cached file of an earlier build with the bootstrap of a later one.
    boot = {
        "version": files.digest.hexdigest()[:16],
        "format": FORMAT,
        "docs": len(docs),
        "numbers": numbers.space,
        "keys": keys,
        "per_text": NUMBERS_PER_TEXT,
        "stories": encode_numbers(_story_runs(numbers)),
        "facets": facets,
        "body_start": BODY_START,
        "rank": [[s.name, s.weight, s.cap] for s in RANKING],
    }
    if store is not None and not wide:  # every story's part is kept: it describes this index
        store.index = boot["version"]
    yield BOOT, _dumps(boot)


def _story_runs(numbers: Numbering) -> list[int]:
    """Each story's run of numbers, in number order: the gap from the last run's end and
    the run's length (a story's own document, then its items')."""
    runs: list[int] = []
    end = 0
    for story in numbers.order:
        size = numbers.sizes[story]
        runs += [numbers.first[story] - end, size]
        end = numbers.first[story] + size
    return runs


def _index_files(postings: Postings, numbers: Numbering, store: PartStore | None, read: _Read,
                 last: Mapping[bytes, int], last_site: Path | None
                 ) -> Iterator[tuple[str, bytes, bool]]:
    """(first key, bytes, deflated) of each index file: the last site's files updated
    where the store describes its index (``search_update``), else all made anew."""
    old = None
    if store is not None and last and not postings.wide:
        old = search_update.last_index(last_site, store.last_index,
                                       {"format": FORMAT, "numbers": numbers.space},
                                       lambda key: key_path("index", key))
    if old is not None:
        assert store is not None
        gone = {first: store.codes(key) for key, first in last.items()
                if read.placed.get(key) != first}
        if None not in gone.values():
            # A part numbered where the last one was (a story edited in place) touches the
            # keys where the two differ; any other part added or gone, all of its keys.
            edited = [(part, read.moved[first]) for first, part in sorted(gone.items())
                      if first in read.moved]
            whole = [codes for first, (codes, _) in sorted(read.moved.items())
                     if first not in gone]
            whole += [part[0] for first, part in sorted(gone.items())
                      if first not in read.moved]
            touched = search_update.touched_keys(whole, edited)
            yield from search_update.updated_packs(postings, old, touched, _SHARD_TARGET)
            return
    for first, run in search_postings.packs(postings, _SHARD_TARGET):
        yield first, run, False


def build_search_files(archive: Archive, config: Config | None = None,
                       page_of: PageOf | None = None) -> dict[str, bytes]:
    """The search index of the whole archive, as files keyed by path under the site root."""
    return dict(sorted(write_search_files(archive, config, page_of=page_of).items()))


def covering(firsts: list[str], low: str, high: str | None = None) -> range:
    """Numbers of the packed files whose keys may fall in [low, high] (high defaults to low).

    ``firsts`` are the first keys of the files, in UTF-16 order, as in the bootstrap.
    """
    keys = [utf16_key(f) for f in firsts]
    start = max(0, bisect.bisect_right(keys, utf16_key(low)) - 1)
    stop = bisect.bisect_right(keys, utf16_key(high if high is not None else low))
    return range(start, max(start, stop)) if firsts else range(0)


@dataclass(frozen=True)
class Hit:
    """One matching document, how often the query's terms occur in it, and its score."""

    doc: int
    story: int
    count: int
    headline: bool = False  # a term occurs in the document's headline
    score: int = 0  # relevance by the RANKING table


@dataclass(frozen=True)
class Result:
    """One story in the results: its matching documents (its own text, its items), best first."""

    story: int
    hits: tuple[Hit, ...]
    score: int
    day: int = 0


class SearchIndex:
    """The built index read back in Python: the query logic of ``search.js``, for tests.

    ``loaded`` collects every file a reader's browser would have fetched so far.
    """

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files = files
        self.loaded: set[str] = {BOOT}
        self._cache: dict[str, bytes] = {}
        self.boot = json.loads(files[BOOT])
        self.keys: list[str] = self.boot["keys"]
        self.per_text: int = self.boot["per_text"]
        # Stories are numbered in the order of their documents' numbers.
        self.story_of: list[int] = [-1] * self.boot["numbers"]  # -1: no such document
        self.first_doc: list[int] = []  # each story's own document
        runs = decode_numbers(self.boot["stories"])
        end = 0
        for story, (gap, size) in enumerate(zip(runs[::2], runs[1::2], strict=True)):
            self.first_doc.append(end + gap)
            end += gap + size
            self.story_of[end - size : end] = [story] * size
        self.documents = [d for d, story in enumerate(self.story_of) if story >= 0]

    def fetch(self, path: str) -> bytes:
        """One packed file, inflated; remembered as fetched."""
        if path not in self._cache:
            self.loaded.add(path)
            self._cache[path] = zlib.decompress(self.files[path])
        return self._cache[path]

    def _records(self, number: int) -> Iterator[tuple[str, memoryview]]:
        data = memoryview(self.fetch(key_path("index", self.keys[number])))
        i = 0
        while i < len(data):
            size, i = read_varint(data, i)
            key = bytes(data[i : i + size]).decode()
            length, i = read_varint(data, i + size)
            yield key, data[i : i + length]
            i += length

    def _keys(self, low: str, high: str) -> Iterator[tuple[str, memoryview]]:
        for number in covering(self.keys, low, high):
            for key, data in self._records(number):
                if utf16_key(low) <= utf16_key(key) <= utf16_key(high):
                    yield key, data

    def _term(self, term: str) -> dict[int, list[int]]:
        """Document → positions where one normalized term starts."""
        if len(term) == 1:
            found: dict[int, list[int]] = defaultdict(list)
            for _key, data in self._keys(term, term + "\uffff"):
                for doc, positions in decode_postings(data).items():
                    found[doc] += positions
            return dict(found)
        starts: dict[int, set[int]] | None = None
        for offset in probe_offsets(len(term)):
            bigram = term[offset : offset + 2]
            lists = {}
            for _key, data in self._keys(bigram, bigram):
                lists = decode_postings(data)
            shifted = {d: {p - offset for p in ps} for d, ps in lists.items()}
            if starts is None:
                starts = shifted
            else:
                starts = {d: starts[d] & shifted[d] for d in starts.keys() & shifted.keys()}
                starts = {d: s for d, s in starts.items() if s}
            if not starts:
                return {}
        return {d: sorted(s) for d, s in (starts or {}).items()}

    def _rows(self, kind: str, firsts: list[str], low: str, high: str) -> list[list]:
        rows = []
        for number in covering(firsts, low, high):
            for line in self.fetch(pack_path(kind, number)).decode().split("\n"):
                row = json.loads(line)
                if utf16_key(low) <= utf16_key(row[0]) <= utf16_key(high):
                    rows.append(row)
        return rows

    def suggest(self, facet: str, typed: str) -> list[tuple[str, str]]:
        """(label, value) of a type-ahead filter whose labels start with ``typed``."""
        entry = self.boot["facets"][facet]
        if "names" not in entry:
            return [(label, value) for value, label in entry["options"]
                    if label.startswith(typed)]
        rows = self._rows(f"{facet}-names", entry["names"], typed, typed + "\uffff")
        return [(row[0], row[1]) for row in sorted(rows, key=lambda r: r[2])]

    def facet_docs(self, facet: str, value: str) -> set[int]:
        """Documents tagged with one filter value."""
        entry = self.boot["facets"][facet]
        for _value, _label, code in self._rows(f"{facet}-docs", entry["docs"], value, value):
            return set(itertools.accumulate(decode_numbers(code)))
        return set()

    def row(self, doc: int) -> list:
        """[url, headline, date, text, snippet end] of one document, as a result shows it."""
        number, line = divmod(doc, self.per_text)
        lines = self.fetch(pack_path("text", number)).decode().split("\n")
        return json.loads(lines[line])

    def search(self, query: str, **filters: str) -> list[Hit]:
        """Documents containing every term of ``query`` and matching every filter, best first.

        Ranked by headline and body hits only; :meth:`results` adds the names the query is.
        """
        terms = query_terms(query)
        allowed: set[int] | None = None
        for facet in FILTERS:
            if filters.get(facet):
                docs = self.facet_docs(facet, filters[facet])
                allowed = docs if allowed is None else allowed & docs
        if not terms:
            if allowed is None:
                return []
            return [Hit(d, self.story_of[d], 0) for d in sorted(allowed)]
        found: dict[int, list[int]] | None = None
        for term in terms:
            more = self._term(term)
            if found is None:
                found = more
            else:
                found = {d: found[d] + more[d] for d in found.keys() & more.keys()}
        body_start = self.boot["body_start"]
        hits = []
        for d, positions in (found or {}).items():
            if allowed is None or d in allowed:
                head = any(p < body_start for p in positions)
                signals = {"headline": int(head), "hits": len(positions)}
                hits.append(Hit(d, self.story_of[d], len(positions), head, self._score(signals)))
        return sorted(hits, key=lambda h: (-h.score, h.doc))

    def _score(self, signals: Mapping[str, int]) -> int:
        ranking = [Signal(name, weight, cap, "") for name, weight, cap in self.boot["rank"]]
        return score(signals, ranking)

    def known(self, query: str) -> dict[str, list[list]]:
        """Per type-ahead filter, the names rows whose name is the whole query."""
        typed = " ".join(query_terms(query))
        out: dict[str, list[list]] = {}
        for facet in TYPE_AHEAD:
            entry = self.boot["facets"][facet]
            rows = self._rows(f"{facet}-names", entry["names"], typed, typed + "\uffff")
            rows = [r for r in rows if normalize(r[4]) == typed or normalize(r[0]) == typed]
            if rows:
                out[facet] = sorted(rows, key=lambda r: r[2])
        return out

    def days(self) -> tuple[list[int], list[int]]:
        """(each story's date, each document's date) as YYYYMMDD numbers, 0 when unknown."""
        flat = read_varints(self.fetch(pack_path("dates", 0)))
        out, last = [], 0
        for z in flat:
            last += z // 2 if z % 2 == 0 else -(z + 1) // 2
            out.append(last)
        stories = len(self.first_doc)
        doc_days = [0] * len(self.story_of)
        for doc, day in zip(self.documents, out[stories:], strict=True):
            doc_days[doc] = day
        return out[:stories], doc_days

    def results(self, query: str, sort: str = "relevance", start: int = 0, end: int = 0,
                **filters: str) -> list[Result]:
        """Stories matching ``query`` and the filters, each once with its matching documents.

        ``start``/``end`` (YYYYMMDD, 0 for open) keep documents dated within the range;
        ``sort`` is "relevance" (by the RANKING table) or "date" (newest story first).
        """
        hits = self.search(query, **filters)
        if (start or end) and not query_terms(query) and not any(filters.values()):
            hits = [Hit(d, self.story_of[d], 0) for d in self.documents]
        tagged: set[tuple[str, int]] = set()
        for facet, rows in self.known(query).items() if query_terms(query) else ():
            for row in rows:
                tagged |= {(facet, d) for d in self.facet_docs(facet, row[1])}
        if tagged:
            hits = [self._boosted(h, tagged) for h in hits]
        story_days, doc_days = self.days() if (sort == "date" or start or end) else ([], [])
        if start or end:
            hits = [h for h in hits if doc_days[h.doc] and start <= doc_days[h.doc]
                    and (not end or doc_days[h.doc] <= end)]
        groups: dict[int, list[Hit]] = defaultdict(list)
        for h in sorted(hits, key=lambda h: (-h.score, h.doc)):
            groups[h.story].append(h)
        results = [Result(story, tuple(g), g[0].score, story_days[story] if story_days else 0)
                   for story, g in groups.items()]
        if sort == "date":
            return sorted(results, key=lambda r: (r.day == 0, -r.day, -r.score, r.story))
        return sorted(results, key=lambda r: (-r.score, -len(r.hits), r.story))

    def shown(self, result: Result) -> list[int]:
        """Documents whose text a result shows, as search.js does: the story's own, then
        its first SECTIONS matching sections."""
        own = self.first_doc[result.story]
        return [own, *[h.doc for h in result.hits if h.doc != own][:SECTIONS]]

    def _boosted(self, hit: Hit, tagged: set[tuple[str, int]]) -> Hit:
        signals = {"headline": int(hit.headline), "hits": hit.count,
                   "person": int(("person", hit.doc) in tagged),
                   "district": int(("district", hit.doc) in tagged)}
        return dataclasses.replace(hit, score=self._score(signals))
