"""The last build's index files, updated: only the files whose keys an edit touched are
made again, and the others are the last site's bytes.

A key's postings depend only on the documents holding it, and a document keeps its number
while other stories come and go (``search.numbering``). So when the parts store knows the
stories of the last index (each part with its first document number), the stories added,
removed or moved since then name every key whose postings can have changed: the keys in
their codes. Files are cut where the keys say (``search_postings.cut_before``), so a file
whose keys, and whose neighbours' cuts, none of those keys touch is what a full build
would make again. The files around the touched keys are made again from every document,
from the cut before them to the cut after them, exactly as a full build makes them.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cqnews_site.inputs import previous
from cqnews_site.site import search_postings
from cqnews_site.site.search_postings import Postings


@dataclass(frozen=True)
class LastIndex:
    """The index files of the last site: first keys, in order, their deflated bytes and
    the size of each one's first record (which, with its key, says whether the file
    begins where its key cuts)."""

    keys: tuple[str, ...]
    files: tuple[bytes, ...]
    first_sizes: tuple[int, ...]


def last_index(site: Path | None, version: str, boot: Mapping[str, object],
               path_of: Callable[[str], str]) -> LastIndex | None:
    """The last site's index files when its bootstrap is ``version`` (the one the parts
    store describes) and matches ``boot`` in ``format`` and ``numbers``, and every file
    inflates whole (its checksum holds) and begins with a record; else None."""
    if site is None or not version:
        return None
    found = previous.search_index(site, version, path_of)
    if found is None or any(found.boot.get(k) != boot[k] for k in ("format", "numbers")):
        return None
    keys = found.boot["keys"]
    if not isinstance(keys, list) or any(
            not isinstance(k, str) or not 0 < len(k) <= 2 or max(k) > "\uffff" for k in keys):
        return None  # beyond two-byte codes: a full build
    sizes = []
    try:
        for data in found.files:  # a damaged file is not copied into the new site
            plain = zlib.decompress(data)
            # A key is at most two characters: its length is one byte.
            size, at = search_postings.read_varint(plain, 1 + plain[0])
            sizes.append(at + size)
    except (zlib.error, IndexError):
        return None
    return LastIndex(tuple(keys), found.files, tuple(sizes))


Part = tuple[bytes, tuple[int, ...]]  # a story part's two-byte codes and its fields' starts


def touched_keys(whole: Iterable[bytes], edited: Iterable[tuple[Part, Part]]) -> np.ndarray:
    """The keys (packed as ``search_postings`` packs them) whose postings can differ:
    every key of the parts' codes in ``whole`` (stories added, removed or moved), and of
    each (last, new) pair of one story edited in place, the keys where they differ."""
    found = [np.empty(0, np.int64)]
    for data in whole:
        found.append(_every_key(np.frombuffer(data, "<u2")))
    for (old, old_starts), (new, new_starts) in edited:
        a, b = np.frombuffer(old, "<u2"), np.frombuffer(new, "<u2")
        if len(old_starts) != len(new_starts):  # other documents: every key of both
            found += [_every_key(a), _every_key(b)]
            continue
        old_ends, new_ends = (*old_starts[1:], len(a)), (*new_starts[1:], len(b))
        for field in range(len(old_starts)):
            x = a[old_starts[field] : old_ends[field]]
            y = b[new_starts[field] : new_ends[field]]
            for codes, at in _changed(x, y):
                found.append(_keys_at(codes, at))
    return np.unique(np.concatenate(found))


def _changed(x: np.ndarray, y: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """(codes, positions) in each of two versions of a field where a key starts whose
    place or characters differ between them (each field ends with a code 0)."""
    if len(x) == len(y):  # characters replaced: the keys over them
        diff = np.flatnonzero(x != y)
        at = np.unique(np.concatenate((diff, diff - 1)))
        at = at[at >= 0]
        return [(x, at), (y, at)]
    same = min(len(x), len(y))
    differ = np.flatnonzero(x[:same] != y[:same])
    start = max(0, (int(differ[0]) if len(differ) else same) - 1)
    # Characters put in or taken out: every key after them has moved.
    return [(x, np.arange(start, len(x))), (y, np.arange(start, len(y)))]


def _every_key(codes: np.ndarray) -> np.ndarray:
    return _keys_at(codes, np.arange(len(codes)))


def _keys_at(codes: np.ndarray, at: np.ndarray) -> np.ndarray:
    at = at[(at < len(codes) - 1) & (codes[np.minimum(at, len(codes) - 1)] != 0)]
    return np.unique(codes[at].astype(np.int64) << search_postings.LOW | codes[at + 1])


def _packed(key: str) -> int:
    return ord(key[0]) << search_postings.LOW | (ord(key[1]) if len(key) > 1 else 0)


def updated_packs(postings: Postings, last: LastIndex, touched: np.ndarray,
                  target: int) -> Iterator[tuple[str, bytes, bool]]:
    """(first key, bytes, deflated) of every index file, in order: the last index's
    files where no touched key reaches (deflated), the others made again (not)."""
    starts = [_packed(k) for k in last.keys]
    count = len(starts)

    def natural(j: int) -> bool:
        """Whether file ``j`` begins where its first key cuts (not where a run grew too
        long), as when it was made."""
        return j == 0 or search_postings.cut_before(search_postings.key_hash(last.keys[j]),
                                                    last.first_sizes[j], target)

    marked = set()
    for key in touched.tolist():
        j = max(0, bisect.bisect_right(starts, key) - 1)
        marked.add(j)
        if j and starts[j] == key:  # its cut may go: the file before may take its keys
            marked.add(j - 1)
    regions: list[tuple[int, int]] = []
    for j in sorted(marked):
        a, b = j, j
        while a > 0 and not natural(a):
            a -= 1
        while b + 1 < count and not natural(b + 1):
            b += 1
        if regions and a <= regions[-1][1] + 1:
            regions[-1] = (regions[-1][0], max(b, regions[-1][1]))
        else:
            regions.append((a, b))
    bounds = [(starts[a] if a else 0, starts[b + 1] if b + 1 < count else 1 << 62)
              for a, b in regions]
    done = 0
    for (a, b), made in zip(regions, search_postings.packs_between(postings, target, bounds),
                            strict=True):
        for j in range(done, a):
            yield last.keys[j], last.files[j], True
        for first, data in made:
            yield first, data, False
        done = b + 1
    for j in range(done, count):
        yield last.keys[j], last.files[j], True
