"""What each output was made from, so a rebuild renders only what its inputs changed.

A page is a pure function of its template (and every template it extends, includes or
imports), the context the generator passes, the template globals it reads and the code.
``Reuse`` computes a key from exactly those for every ``ctx.render`` call: the context by
value (pickled with records as their fields, the archive's entities memoised), the
globals by what they read (``u``: the page names its lookups can return,
``URL_LOOKUPS``; ``tl``: the parts of the index its methods read, ``TIMELINE_READS``; any
other global that is not pure: all of the build's data), the code and settings by
``base``. When the key equals
the one the last build recorded for the same path, the last site's file is linked
instead of rendered. Filters are assumed pure (functions of their arguments).

Whole families are skipped without computing their views when neither the data nor the
code changed and none of the templates they used did (a template edit): their last
paths are linked as they are.

Keys are only trusted from the build that made the site now in the output folder: the
record is removed before a new site takes its place (see ``build.py``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import io
import itertools
import json
import operator
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes

from cqnews_site.index.timelines import post_story_ids
from cqnews_site.model.records import District, Page, Person, Post, Story
from cqnews_site.output import folders, json_text
from cqnews_site.output.files import UNCHANGED, Pieces, Unchanged

__all__ = ["UNCHANGED", "Closure", "Digests", "Inputs", "Record", "Reuse", "TemplateDigests",
           "TimelineDigests", "Unchanged", "UrlDigests", "ValueDigest", "attributes"]

# Globals whose result depends only on their arguments (and the context, which is keyed).
PURE_GLOBALS = frozenset({"href", "item_dates", "memo", "range", "dict", "lipsum",
                          "cycler", "joiner", "namespace"})
# Globals keyed by their value.
VALUE_GLOBALS = ("site_title", "base_url")
URL_GLOBAL = "u"  # keyed by every page path of the site (SiteUrls)
TIMELINE_GLOBAL = "tl"  # keyed by the parts of the index its methods read
ALL_NAMES = "*"  # the record's entry for the names of every template there is


_unique = itertools.count()


def _h(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


class _Unkeyable(Exception):
    """A value that cannot be read by value."""


def _field_values(record: Any) -> tuple[str, tuple[Any, ...]]:
    """Stand-in for a record in the digest stream (a memo reference, never called)."""
    raise NotImplementedError


# The archive's entities, which many pages show (a story is on every list it is in): each
# is digested once and its digest remembered. Any other record (a mention, a sighting, a
# pager) is read in place, inside what holds it: it belongs to one story or one page, and
# a digest of its own per record (two for each of 107,000 mentions) cost more than it saved.
SHARED_RECORDS: frozenset[type] = frozenset({Story, Person, Post, District, Page})


@functools.cache
def _values(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    """What gives a record of type ``kind`` its field values as a tuple (``attrgetter``
    reads them without a Python loop over ``dataclasses.fields``)."""
    names = [f.name for f in dataclasses.fields(kind)]
    if len(names) > 1:
        return operator.attrgetter(*names)
    return lambda obj: tuple(getattr(obj, name) for name in names)  # none or one field


_STAND_IN = {id(_field_values): (0, _field_values)}


def _refuse(obj: Any) -> Any:
    raise _Unkeyable(type(obj).__qualname__)


class _Reducers(dict):
    """``_Stream``'s dispatch table: for each type pickle meets that is not a plain
    container or scalar, how to read it by value, worked out on first sight.

    Pickle consults it, after its own types and its memo, by one lookup in C; a function
    or a class never reaches it (pickle writes those by name itself).
    """

    def __init__(self, digest: ValueDigest) -> None:
        super().__init__()
        self.digest = digest

    def __missing__(self, kind: type) -> Callable[[Any], Any]:
        name = kind.__qualname__
        if dataclasses.is_dataclass(kind) and not issubclass(kind, type):
            frozen = kind.__dataclass_params__.frozen  # type: ignore[attr-defined]
            if frozen and kind in SHARED_RECORDS:
                memo, record = self.digest._memo, self.digest.record

                def reduce(obj: Any) -> Any:
                    found = memo.get(id(obj))
                    return _field_values, (name, found[1] if found is not None
                                           else record(obj))
            else:
                values = _values(kind)

                def reduce(obj: Any) -> Any:
                    return _field_values, (name, values(obj))
        elif issubclass(kind, str):
            def reduce(obj: Any) -> Any:
                return _field_values, (name, obj.encode("utf-8", "surrogatepass"))
        else:
            reduce = _refuse
        self[kind] = reduce
        return reduce


class _Stream(pickle.Pickler):
    """Pickles a template context by value: records as their fields (one of the
    ``SHARED_RECORDS`` as its memoised digest), strings of any subclass (Markup) as their
    UTF-8 bytes; anything else that is not a plain container or scalar is refused, but a
    function or a class, which pickle writes by its qualified name (a module's function
    is fixed by the code, which keys every page; a lambda or a nested one is refused)."""

    def __init__(self, file: io.BytesIO, reducers: _Reducers) -> None:
        super().__init__(file, protocol=5)
        self.file = file
        self.fast = True  # no memo: equal values give equal bytes whatever their sharing
        self.dispatch_table = reducers
        # Pickle looks every object up in the memo, which ``fast`` leaves empty, before
        # anything else: the stand-in function of each record is found there and written as
        # a two-byte reference, not by its module and name (a quarter of the digest's time).
        self.memo = _STAND_IN


class ValueDigest:
    """Digests of template context values, by value; frozen records memoised by identity.

    A value of a type this cannot read by value (a lambda, a bound method, an object
    without fields) gets a digest never seen before: its page is rendered every time,
    never wrongly kept.
    Sets are read in their order, which may differ between runs: a page given a set is
    only rendered more often, never wrongly kept.
    """

    def __init__(self, known: Mapping[int, tuple[Any, str]] | None = None) -> None:
        # id → (the object, kept alive; digest): ``known`` starts it (see ``Digests``)
        self._memo: dict[int, tuple[Any, str]] = dict(known or {})
        self._last: dict[str, tuple[Any, str]] = {}  # the last context's values, by name
        self._sharing = False
        self._reducers = _Reducers(self)
        # Streams to use again: making one (and setting its memo) was a tenth of the time
        # of keying a page. A record met inside a value is digested in a stream of its own,
        # so a call may be inside another: each takes one from here and gives it back.
        self._streams: list[_Stream] = []

    def __call__(self, value: Any) -> str:
        """The digest of ``value``."""
        if self._streams:
            stream = self._streams.pop()
            stream.file.seek(0)
            stream.file.truncate()
        else:
            stream = _Stream(io.BytesIO(), self._reducers)
        try:
            stream.dump(value)
        except (_Unkeyable, pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return _h("unkeyable", str(os.getpid()), str(next(_unique)))  # stream dropped
        with stream.file.getbuffer() as written:
            digest = hashlib.blake2b(written, digest_size=16).hexdigest()
        self._streams.append(stream)
        return digest

    def context(self, context: Mapping[str, Any]) -> str:
        """The digest of a page's context, value by value. Inside ``shared()``, a value
        that is the very object the previous page's context held under the same name keeps
        its digest."""
        names = sorted(context)
        if not self._sharing:  # nothing to remember: every value in one stream
            return _h(*names, self(tuple(context[name] for name in names)))
        last, self._last = self._last, {}
        parts = []
        for name in names:
            value = context[name]
            found = last.get(name)
            digest = found[1] if found is not None and found[0] is value else self(value)
            self._last[name] = (value, digest)  # held: the identity stays valid
            parts.append(f"{name}={digest}")
        return _h(*parts)

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        """Pages rendered inside pass the same objects for the parts they share and do not
        change them between pages (a paginated listing: a district's items, a year's
        months): each is read once, not once per page, which made keying a listing cost
        its length times its pages."""
        self._sharing = True
        try:
            yield
        finally:
            self._sharing, self._last = False, {}

    def record(self, value: Any) -> str:
        """The digest of one of the ``SHARED_RECORDS``, computed once per record."""
        found = self._memo.get(id(value))
        if found is None:
            found = (value, self(_values(type(value))(value)))
            self._memo[id(value)] = found
        return found[1]


class Digests:
    """The digests of the archive's shared records (``ValueDigest.record``), made in a
    process of its own while the build indexes the archive: every render process and the
    search index read each story and person, and each digested all of them itself
    (0.7 s of CPU for the stories of a 10,000-story archive, in each of three processes).
    """

    def __init__(self, records: Sequence[Any]) -> None:
        from cqnews_site.forked import Forked

        self.records = records
        try:
            self._forked: Forked | None = Forked(_record_digests, records)
        except ValueError:  # no fork here: nothing is shared with later processes either
            self._forked = None

    def known(self) -> dict[int, tuple[Any, str]] | None:
        """What starts a ``ValueDigest`` of the processes forked from this one (the
        records' identities are theirs too); None when there is no such process or it
        gave no answer."""
        if self._forked is None:
            return None
        try:
            digests = self._forked.result()
        except Exception:  # killed, or out of memory: each process digests its own
            return None
        return {id(r): (r, d) for r, d in zip(self.records, digests, strict=True)}


def _record_digests(records: Sequence[Any]) -> list[str]:
    values = ValueDigest()
    return [values.record(r) for r in records]


@dataclasses.dataclass(frozen=True)
class Closure:
    """A template with everything it pulls in: the digest of their sources, the names they
    read without defining them, and the attributes of ``u`` they read (None: ``u`` whole)."""

    digest: str
    names: frozenset[str]
    url_attrs: frozenset[str] | None
    timeline_attrs: frozenset[str] | None = frozenset()
    # Its calls of ``tl``'s entity methods with their arguments (see ``entity_calls``), and
    # the names it assigns (a call's argument must come from the context, not from them).
    timeline_calls: frozenset[Call] | None = frozenset()
    assigned: frozenset[str] = frozenset()


class TemplateDigests:
    """The ``Closure`` of each template, read through the environment's loader."""

    def __init__(self, env: jinja2.Environment, dirs: Sequence[Path] = ()) -> None:
        self.env = env
        self.dirs = tuple(dirs)
        self._names: list[str] | None = None
        self._own: dict[str, tuple[str, frozenset[str | None], Closure]] = {}
        self._closure: dict[str, Closure] = {}

    def _read(self, name: str) -> tuple[str, frozenset[str | None], Closure]:
        if name not in self._own:
            try:
                source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
            except jinja2.TemplateNotFound:
                self._own[name] = (_h("missing", name), frozenset(),
                                   Closure("", frozenset(), frozenset()))
            else:
                try:
                    tree = self.env.parse(source)
                    # Every name it loads (``meta.find_undeclared_variables`` leaves out the
                    # environment's globals, which are what matters here); a local that
                    # shadows a global only keys the page more finely.
                    undeclared = frozenset(n.name for n in tree.find_all(nodes.Name)
                                           if n.ctx == "load")
                except jinja2.TemplateError:  # rendering it says where: never keep a page
                    self._own[name] = (_h("unparsable", str(next(_unique))), frozenset(),
                                       Closure("", frozenset(), None, None))
                    return self._own[name]
                assigned = frozenset(n.name for n in tree.find_all(nodes.Name)
                                     if n.ctx != "load")
                self._own[name] = (_h("template", name, source),
                                   frozenset(meta.find_referenced_templates(tree)),
                                   Closure("", undeclared, attributes(tree, URL_GLOBAL),
                                           attributes(tree, TIMELINE_GLOBAL),
                                           entity_calls(tree, TIMELINE_GLOBAL), assigned))
        return self._own[name]

    def names(self) -> list[str]:
        """Every template name in the folders, sorted (walked without recursion, unlike
        Jinja's ``list_templates``: a folder may be very deep)."""
        if self._names is None:
            found = set()
            for folder in self.dirs:
                if Path(folder).is_dir():
                    found |= {e.path.relative_to(folder).as_posix()
                              for e in folders.entries(Path(folder)) if e.is_file}
            self._names = sorted(found)
        return self._names

    def closure(self, name: str) -> Closure:
        """``name`` with every template it extends, includes or imports, transitively."""
        if name not in self._closure:
            seen: dict[str, str] = {}
            names: set[str] = set()
            url_attrs: set[str] | None = set()
            timeline_attrs: set[str] | None = set()
            calls: set[Call] | None = set()
            assigned: set[str] = set()
            todo = [name]
            dynamic = False
            while todo:
                current = todo.pop()
                if current in seen:
                    continue
                digest, refs, own = self._read(current)
                seen[current] = digest
                names |= own.names
                url_attrs = _union(url_attrs, own.url_attrs)
                timeline_attrs = _union(timeline_attrs, own.timeline_attrs)
                calls = None if calls is None or own.timeline_calls is None else (
                    calls | own.timeline_calls)
                assigned |= own.assigned
                for ref in refs:
                    if ref is None:
                        dynamic = True  # a name computed at render time: any template
                    else:
                        todo.append(ref)
            parts = [seen[n] for n in sorted(seen)]
            if dynamic:
                parts += [self._read(n)[0] for n in self.names()]
            self._closure[name] = Closure(
                _h(*parts), frozenset(names),
                frozenset(url_attrs) if url_attrs is not None else None,
                frozenset(timeline_attrs) if timeline_attrs is not None else None,
                frozenset(calls) if calls is not None else None, frozenset(assigned))
        return self._closure[name]


def _union(a: set[str] | None, b: frozenset[str] | None) -> set[str] | None:
    return None if a is None or b is None else a | b


# ``u``'s lookups by the folder (``Namespace``) whose names they read; its other attributes
# are constants (``u.home``) or pure (``u.year(2024)``).
URL_LOOKUPS = {
    "story": "stories", "story_cite": "stories", "paper": "papers", "issue": "papers",
    "person": "people", "person_feed": "people", "district": "districts",
    "district_feed": "districts", "post": "posts", "keyword": "keywords",
    "section": "sections", "source": "pages",
}  # fmt: skip


class UrlDigests:
    """What ``u`` (``SiteUrls``) can answer to a template that reads some of its attributes.

    A lookup (``u.story(id)``) of a key the context holds gives the key's slug unless the
    key is one of its folder's irregular names (a collision), so only those are keyed; a
    template that reads a folder itself (``x in u.districts``), or ``u`` whole, is keyed
    by every name of it.
    """

    def __init__(self, u: Any) -> None:
        self.u = u
        self._memo: dict[str, str] = {}
        # The folders of names (``Namespace``s) ``u`` holds: asked on every page's key.
        self._folders = sorted(k for k, v in vars(u).items() if hasattr(v, "irregular"))

    def _namespace(self, attr: str, whole: bool) -> str:
        label = f"{attr}:{whole}"
        if label not in self._memo:
            names = getattr(self.u, attr)
            found = names.assigned() if whole else names.irregular()
            self._memo[label] = _h(label, *(f"{k}\0{v}" for k, v in sorted(found.items())))
        return self._memo[label]

    def __call__(self, attrs: frozenset[str] | None) -> str:
        """The digest for a template closure reading ``attrs`` of ``u`` (None: all of it)."""
        if attrs is None:
            return _h(*(self._namespace(f, True) for f in self._folders))
        parts = []
        for attr in sorted(attrs):
            if attr in URL_LOOKUPS:
                parts.append(self._namespace(URL_LOOKUPS[attr], False))
            elif attr in self._folders:
                parts.append(self._namespace(attr, True))
            elif not hasattr(type(self.u), attr):
                return self(None)  # not a constant of the class: read it all
        return _h(*parts)


def attributes(tree: nodes.Template, name: str) -> frozenset[str] | None:
    """The attributes of the global ``name`` a template reads; None when it uses the global
    otherwise (passes it on, indexes it)."""
    attrs = set()
    via_attr = set()
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name == name:
            attrs.add(node.attr)
            via_attr.add(id(node.node))
    for found in tree.find_all(nodes.Name):
        if found.name == name and id(found) not in via_attr:
            return None
    return frozenset(attrs)


# What each method of ``tl`` (``timeline.TimelineView``) reads besides its arguments: parts
# of the index (see ``TimelineDigests``) and ``u``'s lookups. A method not named here is
# keyed by all the data. Keep in step with ``TimelineView``.
TIMELINE_READS: dict[str, tuple[str, ...]] = {
    "svg": (), "table_rows": (), "onthisday_days": (), "home": (),
    "district": ("timelines.districts", "u.district"),
    "keyword": ("timelines.keywords", "u.keyword"),
    "story_groups": ("timelines.districts", "timelines.keywords", "u.district", "u.keyword"),
    "tenures": ("person_posts", "post_conflicts", "u.post"),
    "person": ("timelines.people", "person_posts", "post_conflicts", "u.post", "u.person"),
    "appearance_groups": ("timelines.people", "person_posts", "post_conflicts", "u.post",
                          "u.person"),
    "post": ("timelines.posts", "posts", "u.post"),
}


# The methods of ``tl`` that read one entity's part of the index: (the position of the
# argument naming the entity, the parts read for that entity, the parts read whole). With
# their entity argument taken from the context, a page is keyed by its entity's parts
# only: one new story then redraws the charts of the people, districts and keywords in
# it, not of every one. Together the two hold what ``TIMELINE_READS`` says; the table of
# "timelines.{kind}" is the one the call's first argument picks (districts or keywords).
TIMELINE_ENTITY_READS: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {
    "district": (0, ("timelines.districts",), ("u.district",)),  # tl.district(name)
    "keyword": (0, ("timelines.keywords",), ("u.keyword",)),  # tl.keyword(keyword)
    # tl.story_groups("districts", name, pager)
    "story_groups": (1, ("timelines.{kind}",), ("u.district", "u.keyword")),
    # tl.person(person.id): the posts' conflicts are those of the posts the person held
    "person": (0, ("timelines.people", "person_posts", "post_conflicts"),
               ("u.post", "u.person")),
    "appearance_groups": (0, ("timelines.people", "person_posts", "post_conflicts"),
                          ("u.post", "u.person")),  # tl.appearance_groups(person.id, pager)
    "tenures": (0, ("person_posts", "post_conflicts"), ("u.post",)),  # tl.tenures(person.id)
    # tl.post(post.id): the post and the stories of its holders, which its chart groups
    "post": (0, ("timelines.posts", "posts"), ("u.post",)),
}

# One argument of a call in a template: ("const", value) or ("path", ("person", "id")).
Argument = tuple[str, Any]
Call = tuple[str, tuple[Argument, ...]]  # (method, arguments)


def _argument(node: nodes.Node) -> Argument | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str | int):
        return ("const", node.value)
    path: list[str] = []
    while isinstance(node, nodes.Getattr):
        path.append(node.attr)
        node = node.node
    if isinstance(node, nodes.Name) and node.ctx == "load":
        return ("path", (node.name, *reversed(path)))
    return None


def entity_calls(tree: nodes.Template, name: str) -> frozenset[Call] | None:
    """The calls of the global ``name``'s entity methods (``TIMELINE_ENTITY_READS``) in a
    template, each argument a constant or a path of names (``person.id``); None when one
    is used otherwise (``{% set f = tl.person %}``, an argument computed in the template)."""
    found: set[Call] = set()
    called: set[int] = set()
    for call in tree.find_all(nodes.Call):
        method = call.node
        if not (isinstance(method, nodes.Getattr) and isinstance(method.node, nodes.Name)
                and method.node.name == name and method.attr in TIMELINE_ENTITY_READS):
            continue
        args = tuple(_argument(a) for a in call.args)
        if call.kwargs or call.dyn_args or call.dyn_kwargs or None in args:
            return None
        found.add((method.attr, args))  # type: ignore[arg-type]
        called.add(id(method))
    for node in tree.find_all(nodes.Getattr):
        if (isinstance(node.node, nodes.Name) and node.node.name == name
                and node.attr in TIMELINE_ENTITY_READS and id(node) not in called):
            return None
    return frozenset(found)


class TimelineDigests:
    """Digests of the parts of the index that ``tl``'s methods read (``TIMELINE_READS``)."""

    def __init__(self, index: Any, urls: UrlDigests, values: ValueDigest) -> None:
        self.index, self.urls, self.values = index, urls, values
        self._memo: dict[str, str] = {}

    def _part(self, part: str) -> str:
        if part not in self._memo:
            kind, _, name = part.partition(".")
            index = self.index
            if kind == "u":
                found = self.urls(frozenset({name}))
            elif kind == "timelines":
                found = _h(json.dumps(getattr(index.timelines, name), sort_keys=True))
            elif kind == "posts":
                # A post's chart groups its stories: their records are read too.
                ids = sorted({i for p in index.posts.values() for t in p.holders
                              for i in t.story_ids if i in index.story})
                found = _h(self.values(dict(sorted(index.posts.items()))),
                           *(self.values(index.story[i]) for i in ids))
            else:
                found = self.values(dict(sorted(getattr(index, kind).items())))
            self._memo[part] = found
        return self._memo[part]

    def __call__(self, attrs: frozenset[str] | None,
                 whole: Iterable[str] | None = None) -> str | None:
        """The digest for a template closure reading ``attrs`` of ``tl``; None when some
        read is not known (then all the data keys the page). ``whole``: the parts read
        whole, when not all that ``attrs`` read (see ``entity``)."""
        if attrs is None or not attrs <= TIMELINE_READS.keys():
            return None
        parts = sorted({p for a in attrs for p in TIMELINE_READS[a]} if whole is None
                       else set(whole))
        return _h(*(f"{p}={self._part(p)}" for p in parts))

    def entity(self, part: str, key: str) -> str:
        """The digest of one entity's ``part`` (a part of ``TIMELINE_ENTITY_READS``)."""
        label = f"{part}\0{key}"
        if label not in self._memo:
            self._memo[label] = self._entity(part, key)
        return self._memo[label]

    def _entity(self, part: str, key: str) -> str:
        index = self.index
        if part.startswith("timelines."):
            counts = index.timelines.of(part.partition(".")[2], key)
            return _h(part, key, json.dumps(counts, sort_keys=True))
        if part == "posts":
            post = index.posts.get(key)
            stories = post_story_ids(post, index.story) if post is not None else []
            return _h(part, key, self.values(post), *(self.values(index.story[i])
                                                      for i in stories))
        held = index.person_posts.get(key, ())
        if part == "person_posts":
            return _h(part, key, self.values(held))
        if part == "post_conflicts":
            return _h(part, key, self.values([index.post_conflicts.get(post.id, ())
                                              for post, _ in held]))
        raise ValueError(f"no entity digest for {part!r}")


def _keyed_calls(closure: Closure, context: set[str]) -> tuple[Call, ...] | None:
    """``closure``'s calls of ``tl``'s entity methods when every one names its entity by
    a constant or a value of ``context`` (not a name the templates assign); else None."""
    if closure.timeline_attrs is None or closure.timeline_calls is None:
        return None
    for method, args in closure.timeline_calls:
        position = TIMELINE_ENTITY_READS[method][0]
        if position >= len(args):
            return None
        kind, value = args[position]
        if kind == "path" and (value[0] not in context or value[0] in closure.assigned):
            return None
        picks_table = any("{kind}" in p for p in TIMELINE_ENTITY_READS[method][1])
        if picks_table and args[0][0] != "const":
            return None
    return tuple(sorted(closure.timeline_calls, key=repr))


def _resolve(argument: Argument, context: Mapping[str, Any]) -> Any:
    """The value of a call's argument in ``context``, looked up as Jinja does (attribute,
    then item); None when it is not there."""
    kind, value = argument
    if kind == "const":
        return value
    found = context[value[0]]
    for name in value[1:]:
        try:
            found = getattr(found, name)
        except AttributeError:
            try:
                found = found[name]
            except (KeyError, IndexError, TypeError):
                return None
    return found


@dataclasses.dataclass
class Record:
    """What one build made: the key of every rendered path and each family's paths and
    templates. ``base`` and ``data`` are the digests of the code/settings and of all data."""

    base: str = ""
    data: str = ""
    keys: dict[str, str] = dataclasses.field(default_factory=dict)
    families: dict[str, dict[str, list[str]]] = dataclasses.field(default_factory=dict)
    templates: dict[str, str] = dataclasses.field(default_factory=dict)
    # A list file made one element per record (``Reuse.record_list``): each element's
    # record digest and length in bytes, in order.
    lists: dict[str, list[tuple[str, int]]] = dataclasses.field(default_factory=dict)

    def merge(self, other: Record) -> None:
        """Add what another render worker made."""
        self.keys.update(other.keys)
        self.templates.update(other.templates)
        self.lists.update(other.lists)
        for name, family in other.families.items():
            mine = self.families.setdefault(name, {"paths": [], "templates": []})
            mine["paths"] += family["paths"]
            mine["templates"] = sorted({*mine["templates"], *family["templates"]})

    def to_json(self) -> bytes:
        """The record as JSON (families' paths sorted, so it does not depend on --jobs)."""
        families = {n: {"paths": sorted(f["paths"]), "templates": sorted(f["templates"])}
                    for n, f in self.families.items()}
        return json.dumps({"base": self.base, "data": self.data, "keys": self.keys,
                           "families": families, "templates": self.templates,
                           "lists": self.lists},
                          sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def read(cls, path: Path | None) -> Record | None:
        """The record at ``path``; None when there is none or it cannot be read."""
        if path is None:
            return None
        try:
            data = json.loads(path.read_bytes())
            lists = {path: [(str(key), int(length)) for key, length in elements]
                     for path, elements in dict(data.get("lists", {})).items()}
            return cls(data["base"], data["data"], dict(data["keys"]), dict(data["families"]),
                       dict(data["templates"]), lists)
        except (OSError, ValueError, KeyError, TypeError):
            return None


@dataclasses.dataclass(frozen=True)
class Inputs:
    """This build's digests of code and settings (``base``) and of all data, and the record
    of the build that made the site in the output folder (None: there is none to trust)."""

    base: str
    data: str
    last: Record | None = None
    known: Mapping[int, tuple[Any, str]] | None = None  # record digests (``Digests``)


class Reuse:
    """Keys the outputs of this build and says which the last site already holds.

    ``previous``: the record of the build that made ``site`` (None: render everything).
    """

    def __init__(self, base: str, data: str, previous: Record | None, site: Path | None,
                 env: jinja2.Environment, u: Any, index: Any,
                 template_dirs: Sequence[Path] = (),
                 known: Mapping[int, tuple[Any, str]] | None = None) -> None:
        self.previous = previous if previous is not None and site is not None else None
        self.site = site
        self.made = Record(base, data)
        self.templates = TemplateDigests(env, template_dirs)
        self.values = ValueDigest(known)
        self._globals = set(env.globals)
        self._urls = UrlDigests(u)
        self._timelines = TimelineDigests(index, self._urls, self.values)
        # The globals a template reads beside a context with these names, by (template, names),
        # and the calls of ``tl`` keyed by their entity (None: ``tl`` is keyed whole).
        self._read: dict[tuple[str, ...], list[str]] = {}
        self._calls: dict[tuple[str, ...], tuple[Call, ...] | None] = {}
        self.family = ""
        # A generator may ask whether a template exists (``renderer.has``): the names of
        # all templates are an input of every family.
        self.made.templates[ALL_NAMES] = _h(*self.templates.names())

    def start(self, family: str) -> None:
        """Outputs from now on belong to ``family`` (a generator's name)."""
        self.family = family
        self.made.families.setdefault(family, {"paths": [], "templates": []})

    def _global(self, name: str, closure: Closure, calls: tuple[Call, ...] | None) -> str:
        if name in PURE_GLOBALS or name not in self._globals:
            return ""
        if name in VALUE_GLOBALS:
            return self.made.base  # settings are part of base
        if name == URL_GLOBAL:
            return self._urls(closure.url_attrs)
        if name == TIMELINE_GLOBAL:
            whole = None if calls is None else {
                p for a in closure.timeline_attrs or ()
                for p in (TIMELINE_ENTITY_READS[a][2] if a in TIMELINE_ENTITY_READS
                          else TIMELINE_READS.get(a, ()))}
            found = self._timelines(closure.timeline_attrs, whole)
            if found is not None:
                return found
        return self.made.data  # reads the index in ways not known here: all of the data

    def key(self, template: str, path: str, context: Mapping[str, Any]) -> str:
        """The key of rendering ``template`` at ``path`` with ``context``."""
        closure = self.templates.closure(template)
        self.made.templates[template] = closure.digest
        names = (template, *context)
        read = self._read.get(names)
        if read is None:  # the same for every page of a family: worked out once
            calls = self._calls[names] = _keyed_calls(closure, set(context))
            read = self._read[names] = [f"{n}={self._global(n, closure, calls)}"
                                        for n in sorted(closure.names - set(context))]
        calls = self._calls[names]
        entities = [self._entity(call, context) for call in calls] if calls else []
        return _h(self.made.base, template, closure.digest, path, *read, *entities,
                  self.values.context(context))

    def value_key(self, path: str, value: Any) -> str:
        """The key of a file at ``path`` that the code makes from ``value`` alone, no
        template (a citation from its reference)."""
        return _h(self.made.base, "value", path, self.values(value))

    def _entity(self, call: Call, context: Mapping[str, Any]) -> str:
        """The digest of what one call of ``tl`` reads of the entity its argument names."""
        method, args = call
        position, parts, _ = TIMELINE_ENTITY_READS[method]
        key = _resolve(args[position], context)
        if not isinstance(key, str):  # not a name the index can hold: render it every time
            return _h("unkeyable", str(os.getpid()), str(next(_unique)))
        kind = "districts" if args[0] == ("const", "districts") else "keywords"
        return _h(method, *(self._timelines.entity(p.format(kind=kind), key) for p in parts))

    def unchanged(self, template: str | None, path: str, key: str) -> bool:
        """Record the key of ``path`` (made with ``template``, or None: by code alone); True
        when the last site holds it with that key."""
        self.made.keys[path] = key
        family = self.made.families[self.family]
        if template is not None and template not in family["templates"]:
            family["templates"].append(template)
        if self.previous is None or self.previous.keys.get(path) != key:
            return False
        return self._exists(path)

    def output(self, path: str) -> None:
        """Record that the current family made ``path`` (rendered or not)."""
        self.made.families[self.family]["paths"].append(path)

    def _exists(self, path: str) -> bool:
        assert self.site is not None
        # A string path and one stat: asked for each of the 85,000 pages a rebuild keeps,
        # where a Path made for each took as long as the stat.
        return os.path.isfile(os.path.join(self.site, path))

    def unchanged_family(self, family: str) -> list[str] | None:
        """The last paths of ``family`` when the data, code and its templates are all as
        last time (so its files are the same), else None."""
        last = self.previous
        if (last is None or last.base != self.made.base or last.data != self.made.data
                or family not in last.families):
            return None
        record = last.families[family]
        if last.templates.get(ALL_NAMES) != self.made.templates[ALL_NAMES]:
            return None
        for template in record["templates"]:
            if self.templates.closure(template).digest != last.templates.get(template):
                return None
        paths = record["paths"]
        if not all(self._exists(p) for p in paths):
            return None
        return paths

    def keep_family(self, family: str, paths: Iterable[str]) -> None:
        """Record ``family``'s unchanged ``paths`` (and their keys) as made by this build."""
        assert self.previous is not None
        last = self.previous
        record = self.made.families.setdefault(family, {"paths": [], "templates": []})
        record["paths"] += list(paths)
        record["templates"] = list(last.families[family]["templates"])
        for template in record["templates"]:
            self.made.templates[template] = last.templates[template]
        for path in paths:
            if path in last.keys:
                self.made.keys[path] = last.keys[path]
            if path in last.lists:
                self.made.lists[path] = last.lists[path]

    def record_list(self, path: str, records: Iterable[Any],
                    element: Callable[[Any], Any]) -> Pieces:
        """``json_list_file(element(r) for r in records)`` for the file at ``path``: the
        element of a record the last site's file holds with the same digest (under the
        same code) is copied from that file, not made and encoded again.

        ``element`` must read nothing but its record (``data/stories.json``: one story).
        """
        lengths: list[tuple[str, int]] = []
        self.made.lists[path] = lengths
        last = self.previous
        spans: dict[str, tuple[int, int]] = {}
        old, at = None, len(json_text.LIST_START)
        if last is not None and last.base == self.made.base and last.lists.get(path):
            assert self.site is not None
            old = os.path.join(self.site, path)
            for key, length in last.lists[path]:
                spans[key] = (at, length)
                at += length + len(json_text.LIST_SEPARATOR)
        size = at - len(json_text.LIST_SEPARATOR) + len(json_text.LIST_END)
        return Pieces(json_text.list_chunks(
            _record_elements(records, self.values.record, element, old, size, spans,
                             lengths)))


def _record_elements(records: Iterable[Any], digest: Callable[[Any], str],
                     element: Callable[[Any], Any], old: str | None, size: int,
                     spans: Mapping[str, tuple[int, int]],
                     lengths: list[tuple[str, int]]) -> Iterator[bytes]:
    """The elements of ``Reuse.record_list``'s file; ``old`` is the last site's, of
    ``size`` bytes with the elements at ``spans`` (read only when it has that size)."""
    fd = _open_sized(old, size) if old is not None else None
    try:
        for record in records:
            key = digest(record)
            span = spans.get(key) if fd is not None else None
            body = b""
            if fd is not None and span is not None:
                with contextlib.suppress(OSError):  # unreadable: the element is made
                    body = os.pread(fd, span[1], span[0])
            if span is None or len(body) != span[1]:
                body = json_text.element(element(record))
            lengths.append((key, len(body)))
            yield body
    finally:
        if fd is not None:
            os.close(fd)


def _open_sized(path: str, size: int) -> int | None:
    """A descriptor of the file at ``path`` when it holds ``size`` bytes (the file a
    record describes), else None."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if os.fstat(fd).st_size == size:
            return fd
    except OSError:
        pass
    os.close(fd)
    return None
