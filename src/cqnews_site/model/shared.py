"""One object for equal strings across a build's pages, made as the pages are unpickled.

Pages come from the cache or from worker processes, each unpickled on its own, so a name,
a title, a district, a date or a keyword printed on many pages is a separate string on
each (习近平 is one string 6,000 times over in a 5,000-story archive). Sharing them makes
the archive smaller in the build process and in the render workers it forks.

``dumps`` writes each record as its class and field values; ``loads`` with a
``StringPool`` makes every record through the pool, which swaps its strings for equal
ones it already holds. The duplicates are freed as each page loads, and no record is
visited twice (walking the pages after unpickling them took as long as the unpickling).
"""

from __future__ import annotations

import dataclasses
import io
import pickle
from typing import Any

from cqnews_site.model import records

# The record classes written as their fields: everything a Page holds.
_RECORDS = (records.Page, records.Story, records.Item, records.Mention, records.PlaceNote,
            records.Diagnostic, records.FrontMatter)
_FIELDS = {kind: tuple(f.name for f in dataclasses.fields(kind)) for kind in _RECORDS}


def record(kind: type, values: tuple) -> Any:
    """The record of ``kind`` (one of ``_RECORDS``) with these field values, in field
    order: what ``dumps`` bytes make when no pool reads them."""
    made = object.__new__(kind)
    setter = object.__setattr__
    for name, value in zip(_FIELDS[kind], values, strict=True):
        setter(made, name, value)
    return made


class StringPool:
    """Equal strings (and equal tuples of strings) of the records it makes, one object."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.string_tuples: dict[tuple, tuple] = {}

    def record(self, kind: type, values: tuple) -> Any:
        """``record(kind, values)`` with the strings of ``values``, and the tuples of
        strings in them (names, titles, paragraphs), swapped for the pool's equal ones.
        Records inside ``values`` were made through the pool already (innermost first)."""
        share = self.strings.setdefault
        share_tuple = self.string_tuples.setdefault
        made = object.__new__(kind)
        setter = object.__setattr__
        for name, value in zip(_FIELDS[kind], values, strict=True):
            kind_of = type(value)
            if kind_of is str:
                value = share(value, value)
            elif kind_of is tuple and value and type(value[0]) is str:
                items = tuple([share(s, s) if type(s) is str else s for s in value])
                value = share_tuple(items, items)
            setter(made, name, value)
        return made


# A record pickles as (``record``, (class, field values)): one call makes it, where the
# dataclass' own ``__setstate__`` looked its fields up again for every record.
_REDUCERS = {kind: (lambda obj, _kind=kind, _get=_FIELDS[kind]: (
    record, (_kind, tuple([getattr(obj, name) for name in _get])))) for kind in _RECORDS}


def dumps(value: Any) -> bytes:
    """``value`` (records, tuples, strings) as bytes for ``loads``."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS  # type: ignore[assignment]
    pickler.dump(value)
    return buffer.getvalue()


class _PooledUnpickler(pickle.Unpickler):
    """Makes records through a pool (see ``loads``)."""

    def __init__(self, file: io.BytesIO, pool: StringPool) -> None:
        super().__init__(file)
        self.pool = pool

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "record":
            return self.pool.record
        return super().find_class(module, name)


def loads(data: bytes, pool: StringPool | None = None) -> Any:
    """The value of ``dumps`` bytes, its strings shared through ``pool`` when given."""
    if pool is None:
        return pickle.loads(data)
    return _PooledUnpickler(io.BytesIO(data), pool).load()
