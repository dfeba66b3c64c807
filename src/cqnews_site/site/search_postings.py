"""The search index's postings, built shard by shard from compact arrays (numpy).

Every document adds two normalized fields: its title (indexed from position 0) and the
rest of its text (from ``BODY_START``). All fields are laid end to end, a white-space
separator after each, as one array of character codes, two bytes a character for
the usual text. Keys are then made one shard at a time: a shard is a range of first
characters holding about ``SHARD_POSITIONS`` positions, so its keys, documents and
positions are a few small arrays, sorted, delta-encoded and written as LEB128 varints in
bulk. No Python object is made per position or per key; peak memory is the code array
plus one shard. The format is the one :mod:`cqnews_site.site.search` documents.

Codes are ordered as JavaScript orders strings (UTF-16 code units): in the usual case
(no character outside the Basic Multilingual Plane) a code is the code point itself;
otherwise code points are remapped so that number order is UTF-16 order. White space
becomes 0, so a character before white space (or the end of a field) packs into the
one-character key that sorts before every two-character key it starts.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# Positions below this are in a document's headline, from it on in the rest of its text:
# a headline is far shorter, and the first body position costs two varint bytes either way.
BODY_START = 1024
SHARD_POSITIONS = 1 << 18  # positions per shard: about 16 MB of arrays while it is encoded
SHARD_BATCHES = 8  # passes over every position to find each shard's (see ``shards``)
LOW = 22  # bits of the second character's code in a packed key
_WHITE = [c for c in range(0x3001) if chr(c).isspace()]  # all of str.isspace(), to U+3000


@lru_cache(maxsize=65536)
def _fold(ch: str) -> str:
    """One character as the index sees it: NFKC (full-width → half-width), lower case."""
    return unicodedata.normalize("NFKC", ch).lower()


_FOLDS: dict[int, str] = {}  # code point → its fold, for every character seen that changes
_SEEN: set[str] = set()


def normalize(text: str) -> str:
    """Fold every character on its own, as search.js does, so positions agree in both."""
    new = set(text) - _SEEN
    if new:
        for ch in new:
            folded = _fold(ch)
            if folded != ch:
                _FOLDS[ord(ch)] = folded
        _SEEN.update(new)
    return text.translate(_FOLDS)


@dataclass(frozen=True)
class _Folds:
    """Folding on codes: tables over the two-byte characters, and what they cannot do."""

    fold: np.ndarray  # uint16: each character's fold (:func:`_fold`)
    white: np.ndarray  # bool: white space
    odd: re.Pattern[str]  # characters folding to several, or beyond two bytes

    def narrow(self, folding: bool) -> np.ndarray:
        """Code table of a field in two bytes: folded (or not), white space to 0."""
        table = self.fold if folding else np.arange(0x10000, dtype=np.uint16)
        return np.where(self.white[table], 0, table).astype(np.uint16)


@lru_cache(maxsize=1)
def _folds() -> _Folds:
    """The fold tables: a text without ``odd`` characters is folded on its codes in one
    look-up (:meth:`Postings.add`), an order of magnitude faster than :func:`normalize`,
    with the same result."""
    fold = np.arange(0x10000, dtype=np.uint16)
    odd = []
    for code in range(0x10000):
        folded = unicodedata.normalize("NFKC", chr(code)).lower()
        if 0xD800 <= code < 0xE000 or len(folded) != 1 or folded > "\uffff":
            odd.append(code)
        else:
            fold[code] = ord(folded)
    white = np.zeros(0x10000, bool)
    white[_WHITE] = True
    ranges = [(g[0][1], g[-1][1]) for _, g in
              itertools.groupby(enumerate(odd), lambda pair: pair[1] - pair[0])
              for g in [list(g)]]
    spans = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                    for a, b in ranges)
    return _Folds(fold, white, re.compile(f"[{spans}\U00010000-\U0010ffff]"))


@lru_cache(maxsize=2)
def _narrow_table(folding: bool) -> np.ndarray:
    return _folds().narrow(folding)


class Postings:
    """Documents' normalized fields as codes; their postings, key by key, in UTF-16 order.

    A key's postings are, per document holding it: the gap from the previous such
    document, the number of positions, the first position, then the gaps between
    positions, each a varint. A position costs one or two bytes.

    Fields are kept as codes end to end (see the module's docstring), a 0 after each:
    two bytes a character, or four once a character needs them (or is U+0000).
    """

    def __init__(self) -> None:
        self.codes = array("H")
        self.starts = array("q")  # where each field (title, rest of each document) begins
        self.numbers = array("q")  # each document's number, ascending (see search.py)
        self.documents = 0

    @property
    def wide(self) -> bool:
        """Codes are remapped code points, four bytes each."""
        return self.codes.typecode != "H"

    def add(self, text: str, title: str = "", number: int | None = None) -> None:
        """Index the next document: ``title`` from position 0, ``text`` from BODY_START.

        Both are normalized here. The gap between them tells a headline hit from a body
        hit by position alone, so no table of title lengths is needed. ``number`` is the
        document's number in the postings (greater than the last one's; by default the
        next after it).
        """
        self.numbers.append(self._next() if number is None else number)
        self._append(normalize(title)[: BODY_START - 1], folding=False)
        if _folds().odd.search(text):
            self._append(normalize(text), folding=False)
        else:  # only characters the table folds
            self._append(text, folding=True)
        self.documents += 1

    def _append(self, field: str, folding: bool) -> None:
        self.starts.append(len(self.codes))
        if not self.wide:
            raw = field.encode("utf-16-le", "surrogatepass")
            if len(raw) == 2 * len(field) and "\0" not in field:
                self.codes.frombytes(_narrow_table(folding)[np.frombuffer(raw, "<u2")].tobytes())
                self.codes.append(0)
                return
            self._widen()
        points = np.frombuffer(field.encode("utf-32-le", "surrogatepass"), "<u4")
        small = points < 0x10000
        low = np.where(small, points, 0)
        if folding:  # then every character is small (see _folds)
            points = low = _folds().fold[low].astype(np.uint32)
        codes = _utf16_order(points) + 1
        codes[small & _folds().white[low]] = 0  # white space, as folded
        self.codes.frombytes(codes.astype("<u4").tobytes())
        self.codes.append(0)

    def _next(self) -> int:
        return self.numbers[-1] + 1 if self.numbers else 0

    def extend(self, codes: bytes, starts: tuple[int, ...], documents: int,
               first: int | None = None) -> None:
        """Append the fields of ``documents`` documents another ``Postings`` made, in two
        bytes a character: ``codes`` and where each field starts in them. They are
        numbered from ``first`` on (by default the next number)."""
        first = self._next() if first is None else first
        self.numbers.extend(range(first, first + documents))
        offset = len(self.codes)
        self.starts.extend([offset + start for start in starts])
        if self.wide:
            codes = _widened(np.frombuffer(codes, "<u2")).tobytes()
        self.codes.frombytes(codes)
        self.documents += documents

    def _widen(self) -> None:
        self.codes = array("I", _widened(np.frombuffer(self.codes, "<u2")).tobytes())

    @property
    def data(self) -> dict[str, bytes]:
        """Key → encoded postings (a small index's, for tests: one bytes object a key)."""
        out = {}
        for shard in shards(self):
            starts = np.concatenate(([0], shard.ends[:-1]))
            for key, start, end in zip(key_strings(shard.keys, shard.wide), starts,
                                       shard.ends, strict=True):
                out[key] = shard.data[start:end].tobytes()
        return out


def _widened(narrow: np.ndarray) -> np.ndarray:
    """Two-byte codes as four-byte ones (white space stays 0): what a field's codes are
    once any field of the index needs four bytes."""
    return np.where(narrow == 0, 0, _utf16_order(narrow) + 1).astype("<u4")


@dataclass(frozen=True)
class Shard:
    """Keys of one range of first characters, ascending, with their postings back to back."""

    keys: np.ndarray  # int64: first character's code << LOW | second's (0: none)
    data: np.ndarray  # uint8: every key's postings, in key order
    ends: np.ndarray  # int64: where each key's postings end in ``data``
    wide: bool  # codes are remapped code points (see the module's docstring)


def _utf16_order(cp: np.ndarray) -> np.ndarray:
    """Code points renumbered so that number order is UTF-16 code-unit order:
    characters beyond U+FFFF (surrogate pairs) come between U+D7FF and U+E000."""
    cp = cp.astype(np.uint32)
    return np.where(cp < 0xD800, cp,
                    np.where(cp >= 0x10000, cp - 0x10000 + 0xD800, cp + 0x100000)).astype(np.uint32)


def _code_points(codes: np.ndarray, wide: bool) -> np.ndarray:
    """Inverse of the code mapping of :class:`Postings` (for codes other than 0)."""
    codes = codes.astype(np.int64)
    if not wide:
        return codes
    v = codes - 1
    return np.where(v < 0xD800, v, np.where(v >= 0x100000, v - 0x100000, v - 0xD800 + 0x10000))


def key_strings(keys: np.ndarray, wide: bool) -> list[str]:
    """Packed keys as the strings they stand for."""
    first = _code_points(keys >> LOW, wide)
    second = keys & ((1 << LOW) - 1)
    out = [chr(a) for a in first.tolist()]
    for i in np.flatnonzero(second).tolist():
        out[i] += chr(int(_code_points(second[i : i + 1], wide)[0]))
    return out


def shards(postings: Postings, size: int = SHARD_POSITIONS) -> Iterator[Shard]:
    """The postings of every document added, shard by shard in key order."""
    if not postings.documents:
        return
    wide = postings.wide
    codes = np.frombuffer(postings.codes, "<u4" if wide else "<u2")
    starts = np.frombuffer(postings.starts, np.int64)
    counts = np.zeros((1 << 21) + 2 if wide else 1 << 16, np.int64)
    for start in range(0, len(codes), 1 << 20):  # bincount makes a copy of 8-byte numbers
        counts += np.bincount(codes[start : start + (1 << 20)], minlength=len(counts))
    counts[0] = 0
    numbers = np.frombuffer(postings.numbers, np.int64)
    before = np.cumsum(counts) - counts
    last = before[-1] // size
    kind = np.uint8 if last < 0xFF else np.uint16 if last < 0xFFFF else np.uint32
    table = (before // size).astype(kind)  # shard of each first character
    table[0] = np.iinfo(kind).max  # white space starts no key
    shard_of = table[codes]
    # The positions of a few shards at a time, in one pass over every position for each
    # batch: a pass for each shard would grow as the square of the archive (its shards
    # grow with it).
    for batch in np.array_split(np.unique(table[counts > 0]), SHARD_BATCHES):
        if not len(batch):
            continue
        inside = np.flatnonzero((shard_of >= batch[0]) & (shard_of <= batch[-1]))
        of = shard_of[inside]
        order = np.argsort(of, kind="stable")  # a stable sort keeps each shard's in order
        bounds = np.searchsorted(of[order], batch, side="right").tolist()
        del of
        for lo, hi in itertools.pairwise([0, *bounds]):
            yield _shard(codes, starts, inside[order[lo:hi]], wide, numbers)
        del inside, order


def _shard(codes: np.ndarray, starts: np.ndarray, where: np.ndarray, wide: bool,
           numbers: np.ndarray) -> Shard:
    """Encode the postings of the positions ``where`` (every key starting there).

    Arrays are four bytes an entry where that is enough, and freed as soon as they are
    used: a shard's peak is about 60 bytes a position.
    """
    # Fields of positions in archive order: a search of sorted values is much faster.
    field = np.searchsorted(starts, where, side="right") - 1
    positions = (where - starts[field]).astype(np.uint32)
    positions[(field & 1).astype(bool)] += BODY_START
    docs = numbers[field >> 1].astype(np.uint32)
    del field
    first, second = codes[where], codes[where + 1]
    del where
    order = _key_order(first, second)
    first, second, docs, positions = first[order], second[order], docs[order], positions[order]
    del order
    new_key = np.ones(len(first), bool)
    new_key[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    key_starts = np.flatnonzero(new_key)
    keys = first[key_starts].astype(np.int64) << LOW | second[key_starts]
    del first, second
    new_doc = new_key.copy()
    new_doc[1:] |= docs[1:] != docs[:-1]
    values, value_starts = _values(new_key, new_doc, docs, positions, key_starts)
    data, offsets = varints(values)
    del values
    return Shard(keys, data, offsets[np.append(value_starts[1:], len(offsets) - 1)], wide)


def _values(new_key: np.ndarray, new_doc: np.ndarray, docs: np.ndarray, positions: np.ndarray,
            key_starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the numbers of every key's postings, back to back; where each key's begin).

    Per (key, document): the document gap, the count, the first position, the gaps.
    """
    groups = np.flatnonzero(new_doc)  # first entry of each (key, document)
    counts = np.diff(np.append(groups, len(docs)))
    first_docs = docs[groups]
    previous = np.zeros(len(groups), np.uint32)
    previous[1:] = first_docs[:-1]
    previous[new_key[groups]] = 0
    gaps = positions.copy()
    gaps[1:] -= positions[:-1]  # wraps at a group's first entry, set right below
    gaps[groups] = positions[groups]
    # Entry i goes after its own and every earlier group's two numbers.
    slot_of = np.cumsum(new_doc, dtype=np.int64)
    slot_of *= 2
    slot_of += np.arange(len(docs))
    values = np.empty(len(docs) + 2 * len(groups), np.uint32)
    values[slot_of] = gaps
    value_starts = slot_of[key_starts] - 2
    del gaps, slot_of
    slots = groups + 2 * np.arange(len(groups))
    values[slots] = first_docs - previous
    values[slots + 1] = counts
    return values, value_starts


def _key_order(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The order that sorts keys (first, second character code), equal keys kept in order."""
    if first.dtype == np.uint16:
        # Two stable sorts of two-byte numbers (radix sorts in numpy), last digit first:
        # several times faster than one sort of whole keys.
        by_second = np.argsort(second, kind="stable")
        return by_second[np.argsort(first[by_second], kind="stable")]
    return np.argsort(first.astype(np.int64) << LOW | second, kind="stable")


def varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(LEB128 bytes of every value >= 0, back to back; where each value's bytes begin,
    and the total last)."""
    offsets = np.zeros(len(values) + 1, np.int64)
    if not len(values):
        return np.empty(0, np.uint8), offsets
    top = int(values.max())
    v = values.astype(np.uint32 if top < 1 << 32 else np.uint64, copy=False)
    lengths = np.ones(len(v), np.uint8)
    shift = 7
    while top >> shift:
        lengths += v >= v.dtype.type(1 << shift)
        shift += 7
    np.cumsum(lengths, dtype=np.int64, out=offsets[1:])
    starts = offsets[:-1]
    out = np.empty(int(offsets[-1]), np.uint8)
    out[starts] = v & 127
    for byte in range(1, shift // 7):
        live = np.flatnonzero(lengths > byte)
        out[starts[live] + byte - 1] |= 128  # the byte before has a successor
        out[starts[live] + byte] = (v[live] >> (7 * byte)) & 127
    return out, offsets


def _place(out: np.ndarray, at: np.ndarray, lengths: np.ndarray, pieces: np.ndarray) -> None:
    """Copy ``pieces`` (runs of ``lengths`` bytes, back to back) to ``out`` at offsets ``at``."""
    total = int(lengths.sum())
    if total:
        begins = np.cumsum(lengths) - lengths
        out[np.repeat(at - begins, lengths) + np.arange(total)] = pieces


def read_varint(data: bytes | memoryview, i: int) -> tuple[int, int]:
    """The varint at ``data[i]`` and the index after it."""
    n = shift = 0
    while True:
        byte = data[i]
        i += 1
        n |= (byte & 127) << shift
        if not byte & 128:
            return n, i
        shift += 7


def _key_points(shard: Shard) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The code points of each key's first and second character (0: none), and whether
    it has a second (which may be U+0000 in wide codes)."""
    first = _code_points(shard.keys >> LOW, shard.wide)
    second_code = shard.keys & ((1 << LOW) - 1)
    two = second_code > 0
    second = np.where(two, _code_points(np.maximum(second_code, 1), shard.wide), 0)
    return first, second, two


def records(shard: Shard) -> tuple[np.ndarray, np.ndarray]:
    """(every key's record back to back, each record's size) of one shard.

    A record is the key's UTF-8 length and bytes, its postings' length, then its
    postings; the length prefixes are varints.
    """
    first, second, two = _key_points(shard)  # else a one-character key
    chars = np.stack([first, second], 1).ravel()
    chars = chars[np.stack([np.ones(len(first), bool), two], 1).ravel()]
    utf8 = np.frombuffer(chars.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
                         .encode("utf-8"), np.uint8)

    def utf8_len(cp: np.ndarray) -> np.ndarray:
        return 1 + (cp >= 0x80) + (cp >= 0x800) + (cp >= 0x10000)

    key_len = utf8_len(first) + np.where(two, utf8_len(second), 0)
    ends = shard.ends
    data_len = ends - np.concatenate(([0], ends[:-1]))
    size_bytes, size_offsets = varints(data_len)
    size_len = np.diff(size_offsets)
    # key_len < 128, so its varint is the one byte key_len itself.
    sizes = 1 + key_len + size_len + data_len
    at = np.cumsum(sizes) - sizes
    out = np.empty(int(sizes.sum()), np.uint8)
    out[at] = key_len
    _place(out, at + 1, key_len, utf8)
    _place(out, at + 1 + key_len, size_len, size_bytes)
    _place(out, at + 1 + key_len + size_len, data_len, shard.data)
    return out, sizes


# A run of records is cut where the keys say, not where the bytes add up: before a record
# whose key's hash is below its share of the target (so runs average about ``target``
# bytes), or where the run would pass RUN_LIMIT targets. An edit changes the records of
# a few keys, so it moves only the cuts at those keys; cutting by size alone moved every
# cut after the first changed key, and with them every file after it.
RUN_LIMIT = 1.5


def key_hashes(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """32-bit hashes of keys given as code points (``second`` 0 for a one-character key)."""
    x = first.astype(np.uint64) << np.uint64(21) | second.astype(np.uint64)
    x = x * np.uint64(0x9E3779B97F4A7C15)
    x ^= x >> np.uint64(29)
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    return x >> np.uint64(32)


def key_hash(key: str) -> int:
    """:func:`key_hashes` of one key of one or two characters."""
    second = ord(key[1]) if len(key) > 1 else 0
    return int(key_hashes(np.array([ord(key[0])]), np.array([second]))[0])


def cut_before(key_hash: int, size: int, target: int) -> bool:
    """Whether a run is cut before a record of ``size`` bytes whose key hashes to
    ``key_hash``: with odds ``size / target`` (always for a record of the target or more)."""
    return key_hash * target < size << 32


def packs(postings: Postings, target: int,
          size: int = SHARD_POSITIONS) -> Iterator[tuple[str, bytes]]:
    """Records of every key cut, in key order, into runs of about ``target`` bytes.

    Yields each run's first key and its bytes, cut as ``search._packs`` cuts (with
    :func:`key_hash`): the records after the last cut the keys make in a shard are held
    back until the next shard's records have been added to them.
    """
    blob, sizes, keys = np.empty(0, np.uint8), np.empty(0, np.int64), np.empty(0, np.int64)
    hashes = np.empty(0, np.uint64)
    wide = False
    for shard in shards(postings, size):
        more, more_sizes = records(shard)
        blob, sizes = np.concatenate((blob, more)), np.concatenate((sizes, more_sizes))
        keys, wide = np.concatenate((keys, shard.keys)), shard.wide
        hashes = np.concatenate((hashes, _hashes(shard)))
        natural = _natural(hashes, sizes, target)
        held = int(np.flatnonzero(natural)[-1])
        for start, first, data in _cut(keys, wide, blob, sizes, natural, target):
            if start >= held:
                break
            yield first, data
        blob = blob[int(sizes[:held].sum()) :]
        sizes, keys, hashes = sizes[held:], keys[held:], hashes[held:]
    if len(sizes):
        for _, first, data in _cut(keys, wide, blob, sizes, _natural(hashes, sizes, target),
                                   target):
            yield first, data


def packs_between(postings: Postings, target: int, bounds: list[tuple[int, int]]
                  ) -> Iterator[list[tuple[str, bytes]]]:
    """For each (low, high) of ``bounds`` (packed keys, ascending and apart), the runs of
    records of the keys from ``low`` to before ``high``, cut as :func:`packs` cuts them
    when a cut falls before ``low`` and before ``high`` (``search_update``): (first key,
    bytes) of each. Two-byte codes only."""
    codes = np.frombuffer(postings.codes, "<u2")
    starts = np.frombuffer(postings.starts, np.int64)
    numbers = np.frombuffer(postings.numbers, np.int64)
    table = np.zeros(1 << 16, bool)
    for low, high in bounds:
        table[low >> LOW : min(high >> LOW, 0xFFFF) + 1] = True
    table[0] = False  # white space starts no key
    where = np.flatnonzero(table[codes])
    keys = codes[where].astype(np.int64) << LOW | codes[where + 1]
    # Each position's bound, found once: a pass over every position per bound took
    # seconds when an edit touched a few hundred keys.
    lows = np.array([low for low, _ in bounds], np.int64)
    slot = np.searchsorted(lows, keys, "right") - 1
    inside = slot >= 0
    inside[inside] = keys[inside] < np.array([high for _, high in bounds], np.int64)[slot[inside]]
    where, slot = where[inside], slot[inside]
    del keys, inside
    # A stable sort keeps each bound's positions ascending, as the archive holds them.
    order = np.argsort(slot.astype(np.uint16) if len(bounds) <= 1 << 16 else slot,
                       kind="stable")
    edges = np.searchsorted(slot[order], np.arange(len(bounds) + 1))
    for at in range(len(bounds)):
        chosen = where[order[edges[at] : edges[at + 1]]]
        if not len(chosen):
            yield []
            continue
        shard = _shard(codes, starts, chosen, False, numbers)
        blob, sizes = records(shard)
        natural = _natural(_hashes(shard), sizes, target)
        yield [(first, data)
               for _, first, data in _cut(shard.keys, False, blob, sizes, natural, target)]


def _hashes(shard: Shard) -> np.ndarray:
    first, second, _ = _key_points(shard)
    return key_hashes(first, second)


def _natural(hashes: np.ndarray, sizes: np.ndarray, target: int) -> np.ndarray:
    """:func:`cut_before` of each record (and True for the first, which begins a run)."""
    natural = hashes * np.uint64(target) < sizes.astype(np.uint64) << np.uint64(32)
    natural[:1] = True
    return natural


def _cut(keys: np.ndarray, wide: bool, blob: np.ndarray, sizes: np.ndarray,
         natural: np.ndarray, target: int) -> Iterator[tuple[int, str, bytes]]:
    """(first record, first key, bytes) of each run of the records in ``blob``."""
    bounds = np.concatenate(([0], np.cumsum(sizes)))
    for start, stop in _runs(bounds, natural, target):
        yield start, key_strings(keys[start : start + 1], wide)[0], \
            blob[bounds[start] : bounds[stop]].tobytes()


def _runs(bounds: np.ndarray, natural: np.ndarray, target: int) -> list[tuple[int, int]]:
    """(start, stop) of each run of records whose offsets are ``bounds``: cut before each
    record ``natural`` marks (the first among them), and where a run would pass RUN_LIMIT
    targets (at least one record a run)."""
    out = []
    cuts = [*np.flatnonzero(natural).tolist(), len(bounds) - 1]
    limit = RUN_LIMIT * target
    for segment_start, segment_stop in itertools.pairwise(cuts):
        start = segment_start
        while start < segment_stop:
            fits = int(np.searchsorted(bounds, bounds[start] + limit, "right")) - 1
            stop = min(segment_stop, max(start + 1, fits))
            out.append((start, stop))
            start = stop
    return out
