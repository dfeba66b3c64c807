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

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# Positions below this are in a document's headline, from it on in the rest of its text:
# a headline is far shorter, and the first body position costs two varint bytes either way.
BODY_START = 1024
SHARD_POSITIONS = 1 << 19  # positions per shard: about 40 MB of arrays while it is encoded
_LOW = 22  # bits of the second character's code in a packed key
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


class Postings:
    """Documents' normalized fields; their postings, key by key, in UTF-16 key order.

    A key's postings are, per document holding it: the gap from the previous such
    document, the number of positions, the first position, then the gaps between
    positions, each a varint. A position costs one or two bytes.
    """

    def __init__(self) -> None:
        self.fields: list[str] = []  # title, rest of each document in turn, normalized
        self.documents = 0

    def add(self, text: str, title: str = "") -> None:
        """Index the next document: ``title`` from position 0, ``text`` from BODY_START.

        Both are normalized here. The gap between them tells a headline hit from a body
        hit by position alone, so no table of title lengths is needed.
        """
        self.fields += (normalize(title)[: BODY_START - 1], normalize(text))
        self.documents += 1

    @property
    def data(self) -> dict[str, bytes]:
        """Key → encoded postings (a small index's, for tests: one bytes object a key)."""
        out = {}
        for shard in shards(self.fields):
            starts = np.concatenate(([0], shard.ends[:-1]))
            for key, start, end in zip(key_strings(shard.keys, shard.wide), starts,
                                       shard.ends, strict=True):
                out[key] = shard.data[start:end].tobytes()
        return out


@dataclass(frozen=True)
class Shard:
    """Keys of one range of first characters, ascending, with their postings back to back."""

    keys: np.ndarray  # int64: first character's code << _LOW | second's (0: none)
    data: np.ndarray  # uint8: every key's postings, in key order
    ends: np.ndarray  # int64: where each key's postings end in ``data``
    wide: bool  # codes are remapped code points (see the module's docstring)


def _codes(fields: list[str]) -> tuple[np.ndarray, np.ndarray, bool]:
    """(codes of all fields end to end with a 0 after each, each field's start, wide)."""
    lengths = np.fromiter((len(f) + 1 for f in fields), np.int64, len(fields))
    starts = np.zeros(len(fields), np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    codes = _code_units(fields, starts, int(lengths.sum()), wide=False)
    # Two bytes a character unless a character needs a surrogate pair or is U+0000
    # (0 stands for white space): then four, renumbered in UTF-16 order.
    wide = codes is None or np.count_nonzero(codes) != len(codes) - len(fields)
    if wide:
        codes = _code_units(fields, starts, int(lengths.sum()), wide=True)
    white = np.zeros(0x110000 if wide else 0x10000, bool)
    white[_WHITE] = True
    blank = white[codes]
    if wide:
        codes = _utf16_order(codes) + 1  # so 0 is free for white space
    codes[blank] = 0
    return codes, starts, wide


def _code_units(fields: list[str], starts: np.ndarray, total: int,
                wide: bool) -> np.ndarray | None:
    """Code points of ``fields`` at ``starts`` in one array (0 between them); None when
    ``wide`` is False and a character does not fit in two bytes."""
    codes = np.zeros(total, np.uint32 if wide else np.uint16)
    encoding, dtype = ("utf-32-le", "<u4") if wide else ("utf-16-le", "<u2")
    for field, start in zip(fields, starts.tolist(), strict=True):
        if field:
            raw = field.encode(encoding, "surrogatepass")
            if not wide and len(raw) != 2 * len(field):
                return None
            codes[start : start + len(field)] = np.frombuffer(raw, dtype)
    return codes


def _utf16_order(cp: np.ndarray) -> np.ndarray:
    """Code points renumbered so that number order is UTF-16 code-unit order:
    characters beyond U+FFFF (surrogate pairs) come between U+D7FF and U+E000."""
    cp = cp.astype(np.uint32)
    return np.where(cp < 0xD800, cp,
                    np.where(cp >= 0x10000, cp - 0x10000 + 0xD800, cp + 0x100000)).astype(np.uint32)


def _code_points(codes: np.ndarray, wide: bool) -> np.ndarray:
    """Inverse of the code mapping of :func:`_codes` (for codes other than 0)."""
    codes = codes.astype(np.int64)
    if not wide:
        return codes
    v = codes - 1
    return np.where(v < 0xD800, v, np.where(v >= 0x100000, v - 0x100000, v - 0xD800 + 0x10000))


def key_strings(keys: np.ndarray, wide: bool) -> list[str]:
    """Packed keys as the strings they stand for."""
    first = _code_points(keys >> _LOW, wide)
    second = keys & ((1 << _LOW) - 1)
    out = [chr(a) for a in first.tolist()]
    for i in np.flatnonzero(second).tolist():
        out[i] += chr(int(_code_points(second[i : i + 1], wide)[0]))
    return out


def shards(fields: list[str], size: int = SHARD_POSITIONS) -> Iterator[Shard]:
    """The postings of ``fields`` (title, rest of each document), shard by shard in key order."""
    if not fields:
        return
    codes, starts, wide = _codes(fields)
    counts = np.bincount(codes, minlength=(1 << 21) + 2 if wide else 1 << 16)
    counts[0] = 0
    before = np.cumsum(counts) - counts
    kind = np.uint16 if before[-1] // size < 0xFFFF else np.uint32
    table = (before // size).astype(kind)  # shard of each first character
    table[0] = np.iinfo(kind).max  # white space starts no key
    shard_of = table[codes]
    for number in np.unique(table[counts > 0]).tolist():
        where = np.flatnonzero(shard_of == number)
        yield _shard(codes, starts, where, wide)


def _shard(codes: np.ndarray, starts: np.ndarray, where: np.ndarray, wide: bool) -> Shard:
    """Encode the postings of the positions ``where`` (every key starting there)."""
    first, second = codes[where], codes[where + 1]
    order = _key_order(first, second)
    where = where[order]
    keys = first[order].astype(np.int64) << _LOW | second[order]
    field = np.searchsorted(starts, where, side="right") - 1
    docs = field >> 1
    positions = where - starts[field] + (field & 1) * BODY_START
    n = len(keys)
    new_key = np.ones(n, bool)
    new_key[1:] = keys[1:] != keys[:-1]
    new_doc = new_key.copy()
    new_doc[1:] |= docs[1:] != docs[:-1]
    groups = np.flatnonzero(new_doc)  # first entry of each (key, document)
    counts = np.diff(np.append(groups, n))
    first_docs = docs[groups]
    previous = np.zeros(len(groups), np.int64)
    previous[1:] = first_docs[:-1]
    previous[new_key[groups]] = 0
    gaps = positions.copy()
    gaps[1:] -= positions[:-1]
    gaps[groups] = positions[groups]
    # Values: per (key, document) its document gap and count, then its position gaps.
    group_of = np.cumsum(new_doc) - 1
    values = np.empty(n + 2 * len(groups), np.int64)
    values[np.arange(n) + 2 * (group_of + 1)] = gaps
    slots = groups + 2 * np.arange(len(groups))
    values[slots] = first_docs - previous
    values[slots + 1] = counts
    data, lengths = varints(values)
    ends_of_values = np.cumsum(lengths)
    key_starts = np.flatnonzero(new_key)
    last_value = np.append(key_starts[1:] + 2 * group_of[key_starts[1:]], len(values)) - 1
    return Shard(keys[key_starts], data, ends_of_values[last_value], wide)


def _key_order(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The order that sorts keys (first, second character code), equal keys kept in order."""
    if first.dtype == np.uint16:
        # Two stable sorts of two-byte numbers (radix sorts in numpy), last digit first:
        # several times faster than one sort of whole keys.
        by_second = np.argsort(second, kind="stable")
        return by_second[np.argsort(first[by_second], kind="stable")]
    return np.argsort(first.astype(np.int64) << _LOW | second, kind="stable")


def varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(LEB128 bytes of every value >= 0, back to back; each value's byte count)."""
    if not len(values):
        return np.empty(0, np.uint8), np.empty(0, np.int64)
    top = int(values.max())
    v = values.astype(np.uint32 if top < 1 << 32 else np.uint64)
    lengths = np.ones(len(v), np.int64)
    shift = 7
    while top >> shift:
        lengths += v >= v.dtype.type(1 << shift)
        shift += 7
    ends = np.cumsum(lengths)
    out = np.empty(int(ends[-1]), np.uint8)
    starts = ends - lengths
    out[starts] = v & 127
    for byte in range(1, shift // 7):
        live = np.flatnonzero(lengths > byte)
        out[starts[live] + byte - 1] |= 128  # the byte before has a successor
        out[starts[live] + byte] = (v[live] >> (7 * byte)) & 127
    return out, lengths


def _place(out: np.ndarray, at: np.ndarray, lengths: np.ndarray, pieces: np.ndarray) -> None:
    """Copy ``pieces`` (runs of ``lengths`` bytes, back to back) to ``out`` at offsets ``at``."""
    total = int(lengths.sum())
    if total:
        begins = np.cumsum(lengths) - lengths
        out[np.repeat(at - begins, lengths) + np.arange(total)] = pieces


def records(shard: Shard) -> tuple[np.ndarray, np.ndarray]:
    """(every key's record back to back, each record's size) of one shard.

    A record is the key's UTF-8 length and bytes, its postings' length, then its
    postings; the length prefixes are varints.
    """
    first = _code_points(shard.keys >> _LOW, shard.wide)
    second_code = shard.keys & ((1 << _LOW) - 1)
    second = np.where(second_code > 0, _code_points(np.maximum(second_code, 1), shard.wide), 0)
    chars = np.stack([first, second], 1).ravel()
    chars = chars[np.stack([np.ones(len(first), bool), second > 0], 1).ravel()]
    utf8 = np.frombuffer(chars.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
                         .encode("utf-8"), np.uint8)

    def utf8_len(cp: np.ndarray) -> np.ndarray:
        return 1 + (cp >= 0x80) + (cp >= 0x800) + (cp >= 0x10000)

    key_len = utf8_len(first) + np.where(second > 0, utf8_len(second), 0)
    ends = shard.ends
    data_len = ends - np.concatenate(([0], ends[:-1]))
    size_bytes, size_len = varints(data_len)
    # key_len < 128, so its varint is the one byte key_len itself.
    sizes = 1 + key_len + size_len + data_len
    at = np.cumsum(sizes) - sizes
    out = np.empty(int(sizes.sum()), np.uint8)
    out[at] = key_len
    _place(out, at + 1, key_len, utf8)
    _place(out, at + 1 + key_len, size_len, size_bytes)
    _place(out, at + 1 + key_len + size_len, data_len, shard.data)
    return out, sizes


def packs(postings: Postings, target: int) -> Iterator[tuple[str, bytes]]:
    """Records of every key cut, in key order, into runs of about ``target`` bytes.

    Yields each run's first key and its bytes. A run takes records while they fit in
    ``target`` (at least one), as ``search._packs`` cuts: the last run of a shard is held
    back until the next shard's records have been added to it.
    """
    blob, sizes, keys = np.empty(0, np.uint8), np.empty(0, np.int64), np.empty(0, np.int64)
    wide = False
    for shard in shards(postings.fields):
        more, more_sizes = records(shard)
        blob, sizes = np.concatenate((blob, more)), np.concatenate((sizes, more_sizes))
        keys, wide = np.concatenate((keys, shard.keys)), shard.wide
        bounds = np.concatenate(([0], np.cumsum(sizes)))
        runs = _runs(bounds, target)
        for start, stop in runs[:-1]:
            yield key_strings(keys[start : start + 1], wide)[0], \
                blob[bounds[start] : bounds[stop]].tobytes()
        start = runs[-1][0]
        blob, sizes, keys = blob[bounds[start] :], sizes[start:], keys[start:]
    if len(sizes):
        yield key_strings(keys[:1], wide)[0], blob.tobytes()


def _runs(bounds: np.ndarray, target: int) -> list[tuple[int, int]]:
    """(start, stop) of each run of records whose offsets are ``bounds``: as many records
    as fit in ``target`` bytes, at least one."""
    out = []
    start = 0
    while start < len(bounds) - 1:
        stop = max(start + 1, int(np.searchsorted(bounds, bounds[start] + target, "right")) - 1)
        out.append((start, stop))
        start = stop
    return out
