"""YAML for files an editor (or anybody) wrote: bounded, alias-free, never a traceback.

PyYAML's ``safe_load`` is safe from code execution but not from everything else a
hostile or careless file holds: aliases expand exponentially ("billion laughs"), deep
nesting overflows the recursion limit, ``2024-02-30`` or ``!!int x`` raise ``ValueError``
from a constructor, and YAML 1.1 silently retypes ``no`` to ``False`` and ``010`` to 8.

Two loaders:

- :func:`load_strings` (front matter): every scalar is the string as written; only
  plain strings, lists and mappings; no tags, anchors or aliases.
- :func:`load` (``cqnews.yaml``, the gazetteer file): the usual safe types except dates,
  which stay strings, and the same limits.

Both raise :class:`Refused` (a ``yaml.MarkedYAMLError``, so callers that already report
YAML errors with their line report these too).
"""

from __future__ import annotations

import re
from typing import ClassVar

import yaml

MAX_DEPTH = 16
MAX_NODES = 10_000
MAX_BYTES = 256 * 1024

_STR = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {_STR, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
# Characters XML 1.0 forbids, and ones no value should carry: C0 and C1 controls (but
# tab and newline), lone surrogates, U+FFFE/U+FFFF. Feeds must stay parseable.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NULLS = {"", "~", "null", "Null", "NULL"}


class Refused(yaml.MarkedYAMLError):
    """The YAML is well-formed but uses something these files may not (alias, tag, depth)."""

    def __init__(self, problem: str, mark) -> None:
        super().__init__(problem=problem, problem_mark=mark)


def clean(value: str) -> str:
    """``value`` without control characters, surrogates and XML-forbidden characters."""
    return _UNWANTED.sub("", value)


def clean_tree(value):
    """``value`` with :func:`clean` applied to every string in it (lists and mappings too)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [clean_tree(v) for v in value]
    if isinstance(value, dict):
        return {clean_tree(k): clean_tree(v) for k, v in value.items()}
    return value


class _Guard:
    """Mix-in for a loader: no anchors or aliases, bounded depth and node count."""

    _depth = 0
    _nodes = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise Refused("anchors and aliases (&name, *name) are not allowed; "
                          "write the value out", event.start_mark)
        self._depth += 1
        self._nodes += 1
        if self._depth > MAX_DEPTH:
            raise Refused(f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        if self._nodes > MAX_NODES:
            raise Refused(f"more than {MAX_NODES} values", event.start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _StringLoader(_Guard, yaml.BaseLoader):
    """Every scalar resolves to ``str`` (BaseLoader has no implicit resolvers)."""


class _DataLoader(_Guard, yaml.SafeLoader):
    """SafeLoader without the implicit timestamp type: dates stay strings to be checked."""

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _last_node = None

    def construct_object(self, node, deep=False):
        self._last_node = node  # to name the value that cannot be read
        return super().construct_object(node, deep)


def _unreadable(loader: _DataLoader) -> Refused:
    node = loader._last_node
    if node is None:
        return Refused("a value cannot be read", None)
    kind = str(node.tag).rsplit(":", 1)[-1]
    value = node.value if isinstance(node, yaml.ScalarNode) else "…"
    return Refused(f"{value!r} is not a valid {kind}", node.start_mark)


def _compose(loader_class, text: str):
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise Refused(f"longer than {MAX_BYTES // 1024} KiB", None)
    loader = loader_class(text)
    try:
        return loader, loader.get_single_node()
    except RecursionError:
        raise Refused("nested too deeply", None) from None


# A line ``key: value`` whose value is a plain scalar that nothing in YAML could read
# otherwise: no indicator to start it, no ``:``, ``#``, flow or quote character in it,
# only characters YAML prints, no tab, no line break of its own (U+0085, U+2028/9).
_PLAIN_LINE = re.compile(
    r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(?![-?|>&*!%@`])"
    r"([^:#,\[\]{}'\"\t\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]+?))? *")
_PLAIN_LINES = 100  # longer blocks go to the parser, which counts their values


def _plain_lines(text: str) -> _Mapping | None:
    """What :func:`load_strings` makes of a block of plain ``key: value`` lines (most
    front matter: ``date: 2024-03-05``), without the parser (pure Python, most of the
    time of reading a large archive); None for anything else."""
    lines = text.split("\n")
    if len(lines) > _PLAIN_LINES:
        return None
    mapping: dict = {}
    for number, line in enumerate(lines):
        if not line:
            continue
        match = _PLAIN_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.groups()
        mapping[key] = (None if value is None or value in _NULLS else value, number)
    return _Mapping(mapping) if mapping else None


def load_strings(text: str):
    """Parse ``text`` into str / list / dict, each string cleaned; None for an empty document.

    A plain ``~`` or ``null`` is None; ``no``, ``010`` and ``0x1F`` are the strings written.
    """
    if len(text) <= MAX_BYTES // 4:  # then within MAX_BYTES as UTF-8 too
        plain = _plain_lines(text)
        if plain is not None:
            return plain
    loader, root = _compose(_StringLoader, text)
    loader.dispose()
    return None if root is None else _plain(root)


def _plain(node: yaml.Node):
    if node.tag not in _ALLOWED_TAGS:
        raise Refused(f"tag {node.tag!r} is not allowed; write the value plainly",
                      node.start_mark)
    if isinstance(node, yaml.ScalarNode):
        if node.style is None and node.value in _NULLS:
            return None
        return clean(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    mapping: dict = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise Refused("a key must be a plain word", key.start_mark)
        mapping[clean(key.value)] = (_plain(value), key.start_mark.line)
    return _Mapping(mapping)


class _Mapping(dict):
    """A mapping whose values are ``(value, 0-based line of the key)`` pairs."""


def load(text: str):
    """Parse ``text`` with the safe types (dates stay strings); errors are ``yaml.YAMLError``."""
    loader, root = _compose(_DataLoader, text)
    try:
        return None if root is None else loader.construct_document(root)
    except yaml.YAMLError:
        raise
    except Exception:  # a constructor's ValueError, AttributeError (!!timestamp x), …
        raise _unreadable(loader) from None
    except RecursionError:
        raise Refused("nested too deeply", None) from None
    finally:
        loader.dispose()


def compose(text: str):
    """The node tree of ``text`` (None if empty), refusing aliases, anchors and deep nesting."""
    loader, root = _compose(_DataLoader, text)
    loader.dispose()
    return root


def load_node(node: yaml.Node):
    """Construct one composed node (e.g. an entry of a list) with :func:`load`'s rules."""
    loader = _DataLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError:
        raise
    except Exception:  # as in load()
        raise _unreadable(loader) from None
    finally:
        loader.dispose()
