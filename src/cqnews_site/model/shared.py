"""One object for equal strings across a build's pages.

Pages come from the cache or from worker processes, each unpickled on its own, so a name,
a title, a district, a date or a keyword printed on many pages is a separate string on
each (习近平 is one string 6,000 times over in a 5,000-story archive). Sharing them makes
the archive smaller in the build process and in the render workers it forks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from cqnews_site.model import records

T = TypeVar("T")

# The record classes whose fields are walked: everything a Page holds.
_RECORDS = frozenset({records.Page, records.Story, records.Item, records.Mention,
                      records.PlaceNote, records.Diagnostic, records.FrontMatter})


class StringPool:
    """Equal strings (and equal tuples of strings) of the records it is given made one object.

    Sharing each page as it arrives, rather than all at the end, frees its duplicates while
    the next page is unpickled into the room they leave.
    """

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.string_tuples: dict[tuple, tuple] = {}

    def share(self, record: T) -> T:
        """``record`` with its strings swapped for the pool's equal ones, in place.

        The record must be the caller's own, just unpickled and seen by no one else: its
        fields are set again (as ``__init__`` sets them), not copied, so no record is made
        twice.
        """
        share = self.strings.setdefault
        share_tuple = self.string_tuples.setdefault
        setter = object.__setattr__

        def walk(value):
            kind = type(value)
            if kind is str:
                return share(value, value)
            if kind is tuple:
                if not value:
                    return value
                items = tuple(map(walk, value))
                if type(items[0]) is str:  # a tuple holds one kind: names, titles, paragraphs
                    return share_tuple(items, items)
                return items
            if kind in _RECORDS:
                for name in kind.__slots__:
                    setter(value, name, walk(getattr(value, name)))
            return value

        return walk(record)


def share_strings(records: Iterable[T]) -> list[T]:
    """``records`` sharing equal strings with each other (see ``StringPool.share``)."""
    pool = StringPool()
    return [pool.share(record) for record in records]
