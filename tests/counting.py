"""Counted (not timed) cost tests: containers that count what their slices copy."""

from __future__ import annotations


def slice_counter(base: type) -> type:
    """A subclass of ``base`` (``str``, ``list``) whose ``copied`` counts the items its
    slices copy; reset it with ``monkeypatch.setattr(cls, "copied", 0)``."""

    class Counting(base):  # type: ignore[valid-type, misc]
        copied = 0

        def __getitem__(self, key):
            found = super().__getitem__(key)
            if isinstance(key, slice):
                type(self).copied += len(found)
            return found

    Counting.__name__ = Counting.__qualname__ = f"Counting{base.__name__.title()}"
    return Counting
