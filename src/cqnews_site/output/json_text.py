"""``json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)``, byte for byte, faster.

With ``indent`` the standard library encodes in pure Python through nested generators (its
C encoder only writes compact JSON); the site's data files (``data/stories.json`` is tens
of megabytes at 10,000 stories) spent most of their time there. This writes the same text
by direct recursion over the plain types the site's data is made of, strings escaped by
the standard library's C function. Anything else (a float that is not finite, a key that
is not a string, another type) is handed to ``json.dumps`` whole, so the result never
differs from it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring  # the C version where the build has it
from typing import Any


class _Unsupported(Exception):
    """A value this encoder does not write itself."""


def dumps_indented(value: Any) -> str:
    """The same text as ``json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)``."""
    out: list[str] = []
    try:
        _write(value, out, "\n")
    except _Unsupported:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)
    return "".join(out)


def dumps_list_chunks(values: Iterable[Any]) -> Iterator[bytes]:
    """``(dumps_indented(list(values)) + "\n").encode()`` in pieces, one an element, made
    as they are asked for: the list is never made, nor its whole text
    (``data/stories.json`` is 100 MB at 10,000 stories, its dicts and text several times
    that)."""
    return list_chunks(map(element, values))


# How ``list_chunks`` joins its elements: both separators are four bytes.
LIST_START, LIST_SEPARATOR, LIST_END, EMPTY_LIST = b"[\n  ", b",\n  ", b"\n]\n", b"[]\n"


def list_chunks(elements: Iterable[bytes]) -> Iterator[bytes]:
    """A top-level list of ``elements`` (each as ``element`` writes it), a piece each."""
    sep = LIST_START
    for body in elements:
        yield sep + body
        sep = LIST_SEPARATOR
    yield EMPTY_LIST if sep is LIST_START else LIST_END


def element(value: Any) -> bytes:
    """The JSON of ``value`` as an element of a top-level list (indented one level)."""
    out: list[str] = []
    try:
        _write(value, out, "\n  ")
    except _Unsupported:  # as json.dumps writes it, one level in
        out = [json.dumps(value, sort_keys=True, ensure_ascii=False,
                          indent=2).replace("\n", "\n  ")]
    return "".join(out).encode()


_CONSTANTS = {None: "null", True: "true", False: "false"}


def _leaf(value: Any) -> str | None:
    """The JSON of a string, number, bool or None; None for a container."""
    cls = value.__class__
    if cls is str:
        return encode_basestring(value)
    if value is None or value is True or value is False:
        return _CONSTANTS[value]
    if cls is int:
        return int.__repr__(value)
    if cls is float and math.isfinite(value):
        return float.__repr__(value)
    if cls is dict or cls is list or cls is tuple:
        return None
    raise _Unsupported


def _write(value: Any, out: list[str], newline: str) -> None:
    """Append ``value``'s JSON to ``out``; ``newline`` is a newline and the current indent."""
    text = _leaf(value)
    if text is not None:
        out.append(text)
        return
    if not value:
        out.append("{}" if value.__class__ is dict else "[]")
        return
    inner = newline + "  "
    if value.__class__ is dict:
        sep = "{" + inner
        for key, item in sorted(value.items()):
            if key.__class__ is not str:
                raise _Unsupported
            cls = item.__class__
            # Strings and None, most of the values, without a call each.
            text = (encode_basestring(item) if cls is str else "null" if item is None
                    else _leaf(item))
            if text is None:
                out.append(f"{sep}{encode_basestring(key)}: ")
                _write(item, out, inner)
            else:
                out.append(f"{sep}{encode_basestring(key)}: {text}")
            sep = "," + inner
        out.append(newline + "}")
    else:
        kinds = set(map(type, value))
        if len(kinds) == 1 and (str in kinds or int in kinds):
            # A list of strings or of whole numbers (ids, edges): joined in one go.
            write = encode_basestring if str in kinds else int.__repr__
            out.append(f"[{inner}{(',' + inner).join(map(write, value))}{newline}]")
            return
        sep = "[" + inner
        for item in value:
            text = encode_basestring(item) if item.__class__ is str else _leaf(item)
            if text is None:
                out.append(sep)
                _write(item, out, inner)
            else:
                out.append(sep + text)
            sep = "," + inner
        out.append(newline + "]")
