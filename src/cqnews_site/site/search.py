"""Static full-text search: the archive becomes sharded JSON index files under ``search/``.

Chinese has no spaces, so the index is over characters, not words: every pair of
adjacent characters (a bigram) of every searchable text is a key, with the positions
where it occurs. A query of n >= 2 characters matches a text exactly when its bigrams
at offsets 0, 2, 4, ... and n-2 occur at the right distances from one start position,
so the index answers substring queries exactly (no false hits, no misses) without
a word segmenter. A one-character query is the union of every key that starts with it.

Files (all paths relative to the site root):

- ``search/meta.json``: shard count, how documents map to stories, text chunk starts,
  and the filter lists (district, person, section, year) built from the tagger's records.
- ``search/index-XX.json``: the keys whose first character falls in shard XX
  (code point modulo the shard count), so a query downloads only its shards.
- ``search/docs-NNN.json``: headline, date, link and original text of a run of
  documents, fetched only for the results shown.

A document is a story's own text (headline, kicker, subtitle, byline, paragraphs,
captions) or one of its items (lead, heading, paragraphs); items link to their anchor.
``static/search.js`` reads these files; :class:`SearchIndex` is the same query logic in
Python, used by the tests.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from cqnews_site.analyse.script import to_simplified
from cqnews_site.config import Config
from cqnews_site.model.dates import cn_date, year_of
from cqnews_site.model.records import Archive, Item, Story
from cqnews_site.site import urls

SEARCH_DIR = "search"
FORMAT = 1
FILTERS = ("district", "person", "section", "year")

# Shards and text chunks aim at this many bytes so that a query downloads little.
_SHARD_TARGET = 48_000
_CHUNK_TARGET = 16_000
_MAX_SHARDS = 4096
_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def _fold(ch: str) -> str:
    """One character as the index sees it: NFKC (full-width → half-width), lower case."""
    return unicodedata.normalize("NFKC", ch).lower()


def normalize(text: str) -> str:
    """Fold every character on its own, as search.js does, so positions agree in both."""
    return "".join(_fold(ch) for ch in text)


def query_terms(query: str) -> list[str]:
    """The normalized, white-space separated terms of a query; all must match."""
    return [t for t in _SPACE_RE.split(normalize(query)) if t]


def probe_offsets(length: int) -> list[int]:
    """Offsets of the bigrams checked for a term of ``length`` >= 2: together they cover it."""
    offsets = list(range(0, length - 1, 2))
    if offsets[-1] != length - 2:
        offsets.append(length - 2)
    return offsets


def shard_of(ch: str, shards: int) -> int:
    """The shard holding every key that starts with ``ch``."""
    return ord(ch) % shards


def shard_path(number: int, shards: int) -> str:
    """POSIX path of one index shard, hex-numbered with a fixed width."""
    width = max(1, len(f"{shards - 1:x}"))
    return f"{SEARCH_DIR}/index-{number:0{width}x}.json"


def chunk_path(number: int) -> str:
    """POSIX path of one text chunk."""
    return f"{SEARCH_DIR}/docs-{number:03d}.json"


@dataclass(frozen=True)
class Document:
    """One searchable unit: a story's own text or one item of it."""

    story: int  # index of the story in ``archive.stories``
    url: str  # relative to the site root
    headline: str
    date: str  # as shown to readers, "" when unknown
    text: str  # original text, fields separated by newlines, body first
    snippet_end: int = -1  # snippets come from text[:snippet_end] (UTF-16 units); -1: all
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def display_date(date: str | None) -> str:
    """A record date in Chinese: "2023年2月16日", "2月16日" when the year is unknown."""
    return cn_date(date, unknown="", yearless="")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _joined(body: Iterable[str | None], titles: Iterable[str | None]) -> tuple[str, int]:
    """Body, then the titles (searchable, but shown in the result's heading, not its snippet).

    Text printed in traditional characters is followed by its simplified copy (searchable,
    never shown), so 万容 finds 萬容 too.
    """
    head = "\n".join(p for p in body if p)
    tail = "\n".join(p for p in titles if p)
    text = f"{head}\n{tail}" if head and tail else head or tail
    simple = to_simplified(text)
    if simple != text:
        tail = f"{tail}\n{simple}" if tail else simple
    if not tail:
        return head, -1
    return (f"{head}\n{tail}" if head else tail), _utf16_len(head)


def _story_text(story: Story) -> tuple[str, int]:
    body = list(story.paragraphs)
    if not body and story.html:
        body = [_TAG_RE.sub("", story.html)]
    byline = " ".join([*story.reporters, *story.photographers])
    return _joined([*body, *story.captions], [story.kicker, story.headline, story.subtitle, byline])


def _item_text(item: Item) -> tuple[str, int]:
    return _joined([item.lead, *item.paragraphs], [item.heading])


def _people(mentions: Iterable) -> tuple[str, ...]:
    return tuple(sorted({m.person_id or m.name for m in mentions}))


def story_urls(archive: Archive) -> list[str]:
    """Site path of each story's page, as the site names it (ids made file-name safe)."""
    stories = urls.story_namespace(s.id for s in archive.stories)
    return [stories.path(story.id) for story in archive.stories]


def documents(archive: Archive, config: Config | None = None) -> list[Document]:
    """Every story, then each of its items, in archive order; facets come from the tagger."""
    paths = story_urls(archive)
    docs: list[Document] = []
    for number, story in enumerate(archive.stories):
        url = urls.href(paths[number])
        year = year_of(story.date)
        base = {
            "district": tuple(sorted(set(story.districts))),
            "person": _people(story.people),
            "section": (story.section,) if story.section else (),
            "year": (year,) if year else (),
        }
        text, end = _story_text(story)
        docs.append(Document(number, url, story.headline, display_date(story.date), text, end,
                             base))
        for item in story.items:
            item_year = year_of(item.date) or year
            facets = {
                # An item's own tags say what it is about; with none it is about its story's.
                "district": tuple(sorted(set(item.districts))) or base["district"],
                "person": _people(item.people) or base["person"],
                "section": base["section"],
                "year": (item_year,) if item_year else (),
            }
            text, end = _item_text(item)
            docs.append(
                Document(
                    number,
                    f"{url}#{urls.href(item.anchor)}",
                    f"{story.headline} · {item.heading}",
                    display_date(item.date or story.date),
                    text,
                    end,
                    facets,
                )
            )
    return docs


def postings(texts: Iterable[str]) -> dict[str, list[tuple[int, list[int]]]]:
    """Key → (document, positions) pairs in document order, over normalized texts.

    Keys are the bigrams that contain no white space, plus a one-character key for a
    character followed by white space or the end, so every character starts some key.
    """
    index: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    for doc, text in enumerate(texts):
        norm = normalize(text)
        local: dict[str, list[int]] = defaultdict(list)
        # Every adjacent pair first (a tight loop), then the few pairs with white space fixed.
        for pos, pair in enumerate(map(str.__add__, norm, norm[1:] + " ")):
            local[pair].append(pos)
        merged: dict[str, list[int]] = defaultdict(list)
        for pair, positions in local.items():
            if pair[0].isspace():
                continue
            merged[pair[0] if pair[1].isspace() else pair] += positions
        for key, positions in merged.items():
            index[key].append((doc, sorted(positions)))
    return index


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


def _encode_postings(pairs: list[tuple[int, list[int]]]) -> str:
    """Doc gap, count, first position, position gaps... per document, as one string."""
    out: list[int] = []
    last_doc = 0
    for doc, positions in pairs:
        out += [doc - last_doc, len(positions), positions[0]]
        out += [b - a for a, b in itertools.pairwise(positions)]
        last_doc = doc
    return encode_numbers(out)


def _decode_postings(code: str) -> dict[int, list[int]]:
    flat = decode_numbers(code)
    out: dict[int, list[int]] = {}
    i = doc = 0
    while i < len(flat):
        doc += flat[i]
        count = flat[i + 1]
        pos = 0
        positions = []
        for gap in flat[i + 2 : i + 2 + count]:
            pos += gap
            positions.append(pos)
        out[doc] = positions
        i += 2 + count
    return out


def _deltas(values: Iterable[int]) -> str:
    out, last = [], 0
    for v in sorted(values):
        out.append(v - last)
        last = v
    return encode_numbers(out)


def _dumps(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _facet_lists(archive: Archive, docs: list[Document]) -> dict[str, list[list]]:
    """Per filter: [value, label, doc-id deltas] rows in a stable order."""
    names = {p.id: p.name for p in archive.people}
    homes = {p.id: p.district for p in archive.people}
    order = {d.name: i for i, d in enumerate(archive.districts)}
    members: dict[str, dict[str, set[int]]] = {f: defaultdict(set) for f in FILTERS}
    for number, doc in enumerate(docs):
        for facet in FILTERS:
            for value in doc.facets.get(facet, ()):
                members[facet][value].add(number)

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
            [value, label(facet, value), _deltas(members[facet][value])]
            for value in sorted(members[facet], key=lambda v, f=facet: sort_key(f, v))
        ]
        for facet in FILTERS
    }


def build_search_files(archive: Archive, config: Config | None = None) -> dict[str, bytes]:
    """The search index of the whole archive, as files keyed by path under the site root."""
    docs = documents(archive, config)
    index = postings(d.text for d in docs)
    encoded = {key: _encode_postings(value) for key, value in index.items()}
    total = sum(len(v) + len(k) * 3 + 6 for k, v in encoded.items())
    shards = 1
    while shards < _MAX_SHARDS and total / shards > _SHARD_TARGET:
        shards *= 2

    files: dict[str, bytes] = {}
    grouped: dict[int, dict[str, str]] = defaultdict(dict)
    for key, value in encoded.items():
        grouped[shard_of(key[0], shards)][key] = value
    for number, keys in grouped.items():
        files[shard_path(number, shards)] = _dumps(keys)

    chunks: list[int] = []
    rows: list[list[str]] = []
    size = 0
    for number, doc in enumerate(docs):
        row = [doc.url, doc.headline, doc.date, doc.text, doc.snippet_end]
        row_size = len(_dumps(row))
        if rows and size + row_size > _CHUNK_TARGET:
            files[chunk_path(len(chunks) - 1)] = _dumps(rows)
            rows, size = [], 0
        if not rows:
            chunks.append(number)
        rows.append(row)
        size += row_size
    if rows:
        files[chunk_path(len(chunks) - 1)] = _dumps(rows)

    per_story = [0] * len(archive.stories)
    for doc in docs:
        per_story[doc.story] += 1
    # Shards and chunks are fetched with ?v=<digest of their contents>, so a browser never
    # mixes a cached file of an earlier build with the meta.json of a later one.
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path] + b"\0")
    meta = {
        "version": digest.hexdigest()[:16],
        "format": FORMAT,
        "shards": shards,
        "present": sorted(grouped),
        "docs": len(docs),
        "chunks": chunks,
        "story_docs": per_story,
        "facets": _facet_lists(archive, docs),
    }
    files[f"{SEARCH_DIR}/meta.json"] = _dumps(meta)
    return dict(sorted(files.items()))


@dataclass(frozen=True)
class Hit:
    """One matching document and how often the query's terms occur in it."""

    doc: int
    story: int
    count: int


class SearchIndex:
    """The built index read back in Python: the query logic of ``search.js``, for tests."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files = files
        self.loaded: set[str] = set()  # the shard files queries have read, as search.js would
        self._shards: dict[str, dict[str, str]] = {}
        self.meta = json.loads(files[f"{SEARCH_DIR}/meta.json"])
        self.shards: int = self.meta["shards"]
        self.present = set(self.meta["present"])
        self.story_of: list[int] = []
        for story, count in enumerate(self.meta["story_docs"]):
            self.story_of += [story] * count

    def _shard(self, ch: str) -> dict[str, str]:
        number = shard_of(ch, self.shards)
        if number not in self.present:
            return {}
        path = shard_path(number, self.shards)
        if path not in self._shards:
            self.loaded.add(path)
            self._shards[path] = json.loads(self.files[path])
        return self._shards[path]

    def _term(self, term: str) -> dict[int, int]:
        """Document → number of occurrences of one normalized term."""
        if len(term) == 1:
            found: dict[int, int] = defaultdict(int)
            for key, flat in self._shard(term).items():
                if key[0] == term:
                    for doc, positions in _decode_postings(flat).items():
                        found[doc] += len(positions)
            return dict(found)
        starts: dict[int, set[int]] | None = None
        for offset in probe_offsets(len(term)):
            bigram = term[offset : offset + 2]
            lists = _decode_postings(self._shard(bigram[0]).get(bigram, ""))
            shifted = {d: {p - offset for p in ps} for d, ps in lists.items()}
            if starts is None:
                starts = shifted
            else:
                starts = {d: starts[d] & shifted[d] for d in starts.keys() & shifted.keys()}
                starts = {d: s for d, s in starts.items() if s}
            if not starts:
                return {}
        return {d: len(s) for d, s in (starts or {}).items()}

    def facet_docs(self, facet: str, value: str) -> set[int]:
        """Documents tagged with one filter value."""
        for row_value, _label, deltas in self.meta["facets"][facet]:
            if row_value == value:
                out, doc = set(), 0
                for gap in decode_numbers(deltas):
                    doc += gap
                    out.add(doc)
                return out
        return set()

    def search(self, query: str, **filters: str) -> list[Hit]:
        """Documents containing every term of ``query`` and matching every filter, best first."""
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
        counts: dict[int, int] | None = None
        for term in terms:
            found = self._term(term)
            if counts is None:
                counts = found
            else:
                counts = {d: counts[d] + found[d] for d in counts.keys() & found.keys()}
        hits = [
            Hit(d, self.story_of[d], c)
            for d, c in (counts or {}).items()
            if allowed is None or d in allowed
        ]
        return sorted(hits, key=lambda h: (-h.count, h.doc))
