"""Template lookup and rendering: the user's template folder first, then the package's.

Every page gets ``root`` (the relative way back to the site root), so the site works from
any sub-path of any static file server. An error inside a template names the template file
and line, never a Python traceback.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from types import FunctionType, MethodType, SimpleNamespace
from typing import Any

import jinja2
import jinja2.bccache
import jinja2.compiler
import jinja2.meta
import jinja2.nodes
from markupsafe import Markup, escape

from cqnews_site.model.dates import cn_date as _cn_date
from cqnews_site.model.text import excerpt
from cqnews_site.site import urls
from cqnews_site.site.errors import RenderError
from cqnews_site.site.fragments import Fragments

# Pages write the same dates over and over (every list shows them): each formatted once.
cn_date = lru_cache(maxsize=1 << 14)(_cn_date)


def escape_text(text: str) -> str:
    """``text`` (a ``str``) HTML-escaped as ``markupsafe.escape`` does it, as plain text
    (``_escape_output`` has the same lines inline: keep the two the same)."""
    if "&" in text or "<" in text or ">" in text or "'" in text or '"' in text:
        return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace('"', "&#34;"))
    return text


def _escape_output(value: Any) -> str:
    """``markupsafe.escape`` for text a template writes out, without wrapping it in ``Markup``.

    Compiled templates call ``escape`` only on what they write (``{{ … }}``), and the written
    pieces are joined into plain text, so the ``Markup`` object made for every one is never
    used. Same characters, same entities (``&#39;``, ``&#34;``) as markupsafe. A number has
    nothing to escape, and markup is written as it is (``escape`` would copy it).

    A string is escaped here as ``escape_text`` does it, not by calling it: a call less for
    each of the ~100 strings a page writes (1.6-2 % of rendering a story or person page)."""
    kind = value.__class__
    if kind is str:
        if "&" in value or "<" in value or ">" in value or "'" in value or '"' in value:
            return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("'", "&#39;").replace('"', "&#34;"))
        return value
    if kind is int or kind is float:
        return str(value)
    if kind is Markup:
        return value
    return escape(value)


class _Template(jinja2.Template):
    """A template whose output expressions escape through ``_escape_output``, and whose
    module for an ``import … with context`` is made once for every page that would make
    the same one (``make_module``)."""

    @classmethod
    def _from_namespace(cls, environment, namespace, globals):  # type: ignore[no-untyped-def]
        namespace["escape"] = _escape_output  # the name the compiled module writes out with
        namespace["_joined"] = _JOINED
        return super()._from_namespace(environment, namespace, globals)

    def new_context(self, vars: dict[str, Any] | None = None, shared: bool = False,
                    locals: Mapping[str, Any] | None = None) -> jinja2.runtime.Context:
        """Jinja's context for this template, given its globals as one plain dict.

        A template's globals are a ``ChainMap`` over the environment's, which Jinja iterates
        key by key in Python twice for every page and include (its copy into the context, and
        the set of its names): 3-5 % of rendering a story or person page. The dict has the
        same names and values, read afresh each time."""
        return jinja2.runtime.new_context(self.environment, self.name, self.blocks, vars,
                                          shared, _flat(self.globals), locals)

    def make_module(self, vars: dict[str, Any] | None = None, shared: bool = False,
                    locals: Mapping[str, Any] | None = None) -> jinja2.environment.TemplateModule:
        """The module of this template made with the context ``vars``: Jinja makes it anew
        for every ``import … with context`` (every page importing the macros: 15 µs each);
        a template of macros alone is made once for the values it reads of ``vars``.

        Its macros read those values through the context of the page that made it: the
        same objects, or equal strings and numbers, so they do what fresh ones would."""
        reads = _module_reads(self) if shared and vars is not None else None
        if reads is None:
            return super().make_module(vars, shared, locals)
        key = (tuple(_same(vars.get(name, _ABSENT)) for name in reads),
               tuple((name, id(value)) for name, value in (locals or {}).items()))
        modules = self.__dict__.setdefault("_modules", {})
        found = modules.get(key)
        if found is None:
            if len(modules) >= _MODULES:
                modules.clear()
            # The module's context holds ``vars`` and ``locals``: the objects named in the
            # key by their identity live as long as it does.
            found = modules[key] = super().make_module(vars, shared, locals)
        return found


def _flat(names: Mapping[str, Any]) -> Mapping[str, Any]:
    """``names`` as one dict when it is a ``ChainMap`` (the first map's value wins, as in
    the chain; the names in the chain's order), else as it is."""
    if names.__class__ is not ChainMap:
        return names
    flat: dict[str, Any] = {}
    for layer in reversed(names.maps):
        flat.update(layer)
    return flat


_ABSENT = object()  # a name the context lacks
_MODULES = 64  # modules kept per template (one per page depth and way of importing it)


def _same(value: Any) -> tuple[int, Any]:
    """What a module made with ``value`` is kept by: an equal string or number, else the
    very object."""
    if value.__class__ in (str, int, float, bool) or value is None:
        return 0, value
    return 1, id(value)


def _module_reads(template: jinja2.Template) -> tuple[str, ...] | None:
    """The names ``template`` reads from the context it is imported with, when it holds
    nothing but macros and text at its top (making its module defines them, and nothing
    else happens); None otherwise, or when its source cannot be read."""
    if "_reads" not in template.__dict__:
        template.__dict__["_reads"] = _macro_reads(template)
    return template.__dict__["_reads"]


def _macro_reads(template: jinja2.Template) -> tuple[str, ...] | None:
    env = template.environment
    if template.name is None or env.loader is None:
        return None
    try:
        tree = env.parse(env.loader.get_source(env, template.name)[0])
    except jinja2.TemplateError:
        return None
    for node in tree.body:
        text = isinstance(node, jinja2.nodes.Output) and all(
            isinstance(piece, jinja2.nodes.TemplateData) for piece in node.nodes)
        if not (text or isinstance(node, jinja2.nodes.Macro)):
            return None
    if any(tree.find_all((jinja2.nodes.Extends, jinja2.nodes.Include, jinja2.nodes.Import,
                          jinja2.nodes.FromImport))):
        return None
    reads = _Reads(env)
    try:
        reads.visit(tree)
    except jinja2.TemplateError:
        return None
    return tuple(sorted(reads.undeclared_identifiers))


class _Reads(jinja2.meta.TrackingCodeGenerator):
    """Every name a template looks up in its context, a global's name too: a page's
    context may hold its own value under it (``href``), which Jinja's
    ``find_undeclared_variables`` leaves out."""

    def enter_frame(self, frame: Any) -> None:
        jinja2.compiler.CodeGenerator.enter_frame(self, frame)
        for action, name in frame.symbols.loads.values():
            if action == "resolve":
                self.undeclared_identifiers.add(name)


# What a run of output compiled by ``_CodeGenerator`` is handed to: Jinja writes a buffered
# run as ``buffer.extend((piece, …))``, or ``buffer.append(piece)`` for one piece.
_JOINED = SimpleNamespace(extend="".join, append=lambda piece: piece)


class _CodeGenerator(jinja2.compiler.CodeGenerator):
    """Jinja's code generator, yielding each run of output (text and ``{{ … }}`` up to the
    next tag) as one string.

    Jinja yields every piece on its own, and each passes up through the generator of every
    block, include and parent template around it (a story page's pieces, ~300 of them, went
    through three). The page is the same text: the same pieces in the same order, joined
    sooner. Inside a macro or ``{% set %}`` block Jinja collects pieces in a list already."""

    def blockvisit(self, nodes: Any, frame: Any) -> None:
        """A block's body, or the body of a template that extends none, collected in a list
        and yielded once, joined.

        Its runs were yielded one by one, each up through the generators of the parent
        template and the page (a story page's ~190, a person page's ~100); a list keeps
        them until the block ends: 3 % less time rendering story and person pages. A
        soft or inner frame inside has the list already (``buffer``), as have macros."""
        whole = frame.buffer is None and (
            frame.block_frame or (frame.rootlevel and not frame.require_output_check))
        if not whole:
            super().blockvisit(nodes, frame)
            return
        self.buffer(frame)
        super().blockvisit(nodes, frame)
        self.writeline(f"yield concat({frame.buffer})")
        frame.buffer = None

    def visit_Output(self, node: jinja2.nodes.Output, frame: Any) -> None:
        if frame.buffer is not None or len(node.nodes) < 2:
            super().visit_Output(node, frame)
            return
        frame.buffer = "yield _joined"  # the run is written ``yield _joined.extend((…))``
        try:
            super().visit_Output(node, frame)
        finally:
            frame.buffer = None


class _Context(jinja2.runtime.Context):
    """Jinja's template context, calling plain functions, methods and macros at once.

    Compiled templates call everything through ``Context.call``, which asks each callable
    (and its ``__call__``) whether it takes the context, about a million times a build. A
    function or method without Jinja's ``pass_*`` mark, or a macro, takes nothing: it is
    called as Jinja would call it, without the questions."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """``__obj(*args, **kwargs)``, passing the context where the callable asks for it."""
        kind = __obj.__class__
        if kind is jinja2.runtime.Macro or (
            (kind is FunctionType or kind is MethodType) and not hasattr(__obj, "jinja_pass_arg")
        ):
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:
                return __self.environment.undefined(
                    "value was undefined because a callable raised a StopIteration exception")
        return super().call(__obj, *args, **kwargs)


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja's environment, with ``x.name`` on a view dict read as ``x["name"]`` at once.

    Jinja tries the attribute first and falls back to the item; the views are plain dicts, so
    every ``entry.url`` raised and caught an AttributeError. A name that is an attribute of
    dict (``items``, ``get``) still goes the usual way, so the result is always the same."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute`` as Jinja reads it (the attribute, else the item)."""
        if obj.__class__ is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        try:  # a record's field: Jinja's first try, without the call to it
            return getattr(obj, attribute)
        except AttributeError:
            return super().getattr(obj, attribute)


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept in ``folder`` between builds, for the code of ``version``.

    Each process that renders compiled every template it used (0.45 s of CPU for the
    package's, in each render process of every build). Jinja keys a compiled template by
    its name, file and source and checks the source's digest and Python's version when it
    loads one; ``version`` (the digest of the package's code, Jinja and the settings) adds
    what else shapes the code it made: our code generator and the environment's options.
    A folder that cannot be written only costs the compiling.
    """

    def __init__(self, folder: Path, version: str) -> None:
        super().__init__(str(folder))
        self.version = version

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{self.version}|{name}", filename)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):  # not there, or not readable: compiled
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)


def make_environment(template_dirs: Sequence[Path],
                     compiled: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """A Jinja environment over ``template_dirs`` (in lookup order), autoescaping HTML and XML;
    ``compiled``: where compiled templates are kept between builds.

    Templates are read once per build (``auto_reload`` off): a build never edits them, and
    checking every template file's time on every page was a stat call per page and import."""
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(d), encoding="utf-8") for d in template_dirs]
    )
    env = _Environment(
        loader=loader,
        bytecode_cache=compiled,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.template_class = _Template
    env.context_class = _Context
    env.code_generator_class = _CodeGenerator
    env.filters["cn_date"] = cn_date
    env.filters["excerpt"] = excerpt
    env.filters["quote_path"] = urls.href
    env.globals["href"] = _href
    fragments = Fragments()
    env.globals["memo"] = fragments.memo
    return env


@jinja2.pass_context
def _href(context: jinja2.runtime.Context, path: str) -> str:
    """A link from the page being rendered to the site path ``path``: the page's own ``href``
    (``_page_href``), for a template that reaches this global instead."""
    root = context.get("root")
    if root is None:  # a macro imported without context sees no page
        raise jinja2.UndefinedError(
            "href() does not know the page it links from: import macros that make links "
            "'with context' ({% from \"…\" import name with context %})")
    return _page_href(root)(path)


@lru_cache(maxsize=256)
def _page_href(root: str) -> Callable[[str], str]:
    """``href`` for one page: the same links as ``_href``, with the page's root bound.

    Jinja hands a context-taking function called inside a loop a new derived context each
    time; a page makes hundreds of links, most of them in loops. One function per root:
    the macros imported by pages of one depth are then the same (``make_module``)."""

    def href(path: str) -> str:
        return root + urls.href(path)

    return href


def _template_location(exc: BaseException, dirs: Iterable[Path]) -> tuple[str, int] | None:
    """(file, line) of the innermost template frame of a rendering exception."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return (exc.filename or exc.name or "<template>", exc.lineno)
    roots = [str(d.resolve()) for d in dirs]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        filename = os.path.abspath(frame.filename)
        if frame.lineno and any(filename.startswith(root + os.sep) for root in roots):
            found = (frame.filename, frame.lineno)
    return found


class Renderer:
    """Renders templates to bytes, naming the template and line of any error."""

    def __init__(self, template_dirs: Sequence[Path], common: dict[str, Any],
                 filters: dict[str, Any] | None = None,
                 compiled: jinja2.BytecodeCache | None = None):
        self.template_dirs = tuple(template_dirs)
        self.env = make_environment(self.template_dirs, compiled)
        self.env.globals.update(common)
        self.env.filters.update(filters or {})

    def has(self, name: str) -> bool:
        """True when some template folder has ``name`` (a syntax error in it is raised)."""
        try:
            self.env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        except jinja2.TemplateError as exc:
            raise self._error(name, exc) from exc
        return True

    def render(self, name: str, path: str, /, root: str | None = None, **context: Any) -> bytes:
        """Render template ``name`` as the page at site path ``path``."""
        root = urls.relative_root(path) if root is None else root
        context.update(root=root, page_path=path, search_url=root + urls.href(urls.SiteUrls.search),
                       href=_page_href(root))
        try:
            text = self.env.get_template(name).render(context)
        except jinja2.TemplateNotFound as exc:
            raise RenderError(f"template {exc.name!r} not found (rendering {path})") from exc
        except Exception as exc:  # any error raised while running a template
            raise self._error(name, exc, path) from exc
        return text.encode("utf-8")

    def _error(self, name: str, exc: BaseException, path: str | None = None) -> RenderError:
        location = _template_location(exc, self.template_dirs)
        if location:
            file, line = location
            where = f"{file}:{line}: template error at line {line} of {Path(file).name}"
        else:
            where = f"{name}: template error"
        page = f" while rendering {path}" if path else ""
        return RenderError(f"{where}{page}: {type(exc).__name__}: {exc}")
