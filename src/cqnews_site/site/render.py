"""Archive → site files: every page, feed, data file and the search index as ``{path: bytes}``.

Pure: nothing here touches the output folder (``output/writer.py`` does). The generators
run in a fixed order into one ``SiteFiles``, which refuses a path twice; the sitemap comes
last because it lists what the others made.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from cqnews_site import collector, lifeline
from cqnews_site.config import Config
from cqnews_site.forked import Forked
from cqnews_site.index.lookups import ArchiveIndex, index_archive
from cqnews_site.inputs.resources import STATIC, TEMPLATES
from cqnews_site.model.records import Archive
from cqnews_site.output import progress
from cqnews_site.output.files import DuplicatePath, FolderFiles, SiteFiles
from cqnews_site.site import data, editors, feeds, onthisday, pages, papers, search, timeline
from cqnews_site.site.context import Shard, SiteContext, site_urls
from cqnews_site.site.dependencies import UNCHANGED, Inputs, Record, Reuse
from cqnews_site.site.feeds import FEED_SIZE
from cqnews_site.site.pages import PAGE_SIZE, Output
from cqnews_site.site.search_parts import PartStore
from cqnews_site.site.theme import CompiledTemplates, Renderer, RenderError
from cqnews_site.site.views import item_dates, linkify, pinyin_initial, story_date_text

__all__ = ["FEED_SIZE", "GENERATORS", "PAGE_SIZE", "STATIC", "TEMPLATES", "RenderError",
           "linkify", "pinyin_initial", "render_site"]


def search_index(ctx: SiteContext) -> Iterator[Output]:
    """The static search index (``search/``)."""
    for _ in ctx.shard.once():
        # What the index made of each story is kept between builds (``search_parts``).
        store = (PartStore(ctx.search_parts, ctx.reuse.made.base)
                 if ctx.search_parts is not None and ctx.reuse is not None else None)
        # The last site's index files are updated, unless the build is forced.
        last = ctx.reuse.site if ctx.reuse is not None and ctx.reuse.previous is not None \
            else None
        # What each text file holds, recorded with the pages' keys.
        digests = (search.TextDigests(ctx.reuse.made.base,
                                      ctx.reuse.previous.keys if last is not None else {},
                                      ctx.reuse.made.keys)
                   if ctx.reuse is not None else None)
        with progress.stage("search index"), store or contextlib.nullcontext():
            # Each file is written as it is made: the index is never in memory whole.
            values = ctx.reuse.values if ctx.reuse is not None else None
            for path, content in search.iter_search_files(ctx.index.archive,
                                                          page_of=ctx.entity_url, store=store,
                                                          last_site=last, values=values,
                                                          digests=digests):
                # A file checked to be the last site's is linked to it, not compared again.
                kept = isinstance(content, search.LastBytes)
                yield path, UNCHANGED if kept else content, "search index"


# Page families in the order they are made (the first of two outputs at one path is named
# first in the error).
GENERATORS: tuple[Callable[[SiteContext], Iterator[Output]], ...] = (
    pages.home, pages.stories, pages.people, pages.districts, pages.posts, pages.keywords,
    pages.sections, pages.dates, pages.sources, papers.papers, papers.citations,
    papers.redirects, editors.editors, pages.fixed, feeds.feeds, data.data_files, search_index,
    onthisday.onthisday, timeline.data_file,
)
# Generators that get a worker process of their own when the site renders in several. The
# search index is one single-core task (10 of the 73 CPU seconds of rendering 10,000
# stories): inside a render worker, that worker finished about 10 s after the other; as a
# third process beside the two, both cores stay busy to the end.
ALONE: tuple[Callable[[SiteContext], Iterator[Output]], ...] = (search_index,)


def make_context(index: ArchiveIndex, config: Config, template_dirs: tuple | None = None,
                 shard: Shard | None = None, inputs: Inputs | None = None,
                 site: Path | None = None) -> SiteContext:
    """The context every generator reads: index, page paths, renderer and site settings.

    With ``inputs``, pages whose inputs are those that made the last ``site`` are not
    rendered again (see ``dependencies.Reuse``)."""
    u = site_urls(index)
    base_url = config.base_url.rstrip("/") + "/" if config.base_url else ""
    dirs = template_dirs or ((*((config.templates,) if config.templates else ()), TEMPLATES))
    # Compiled templates are kept in the cache folder for a build's code and settings.
    compiled = (CompiledTemplates(Path(config.cache) / "templates", inputs.base)
                if inputs is not None and config.cache is not None else None)
    renderer = Renderer(dirs, {"site_title": config.site_title, "u": u, "base_url": base_url,
                               "tl": timeline.TimelineView(index, u),
                               "item_dates": item_dates},
                        {"story_date": story_date_text}, compiled)
    reuse = (Reuse(inputs.base, inputs.data, inputs.last, site, renderer.env, u, index, dirs,
                   inputs.known)
             if inputs is not None else None)
    return SiteContext(index=index, u=u, renderer=renderer, site_title=config.site_title,
                       base_url=base_url, shard=shard or Shard(), reuse=reuse,
                       search_parts=config.cache if reuse is not None else None)


def _run(ctx: SiteContext, files: SiteFiles,
         generators: tuple[Callable[[SiteContext], Iterator[Output]], ...] = GENERATORS,
         ) -> SiteFiles:
    try:
        for generate in generators:
            _generate(ctx, generate, files)
    except DuplicatePath as exc:
        raise RenderError(str(exc)) from None
    return files


def _generate(ctx: SiteContext, generate: Callable[[SiteContext], Iterator[Output]],
              files: SiteFiles) -> None:
    """Run one generator into ``files``; a family whose inputs are all as they were when
    it made the last site is linked from it without running."""
    name = f"{generate.__module__.rsplit('.', 1)[-1]}.{generate.__name__}"
    reuse = ctx.reuse
    kept = reuse.unchanged_family(name) if reuse is not None else None
    if reuse is not None and kept is not None:
        for _ in ctx.shard.once():
            for path in kept:
                files.add(path, UNCHANGED, f"{name} (unchanged)")
                progress.advance()
            reuse.keep_family(name, kept)
        return
    if reuse is not None:
        reuse.start(name)
    for path, content, origin in generate(ctx):
        files.add(path, content, origin)
        if reuse is not None:
            reuse.output(path)
        progress.advance()


def _finish(ctx: SiteContext, files: SiteFiles) -> None:
    """The sitemap, which lists what every part made."""
    if ctx.reuse is not None:
        ctx.reuse.start("pages.sitemap")
    try:
        for path, content, origin in pages.sitemap(ctx, list(files.origin_paths())):
            files.add(path, content, origin)
    except DuplicatePath as exc:
        raise RenderError(str(exc)) from None


def render_site(archive: Archive | ArchiveIndex, config: Config,
                template_dirs: tuple | None = None) -> dict[str, bytes]:
    """Render every page, feed, data file and the search index in memory, keyed by path."""
    index = archive if isinstance(archive, ArchiveIndex) else index_archive(archive)
    ctx = make_context(index, config, template_dirs)
    files = _run(ctx, SiteFiles())
    _finish(ctx, files)
    return files.sorted()


# What the render workers share: set before they are forked, read-only in them.
_JOB: tuple | None = None


def render_into(index: ArchiveIndex, config: Config, folder: Path, previous: Path | None,
                template_dirs: tuple | None = None, jobs: int = 1,
                inputs: Inputs | None = None) -> FolderFiles:
    """Render the site straight into ``folder`` in ``jobs`` forked worker processes.

    Each worker makes its ``Shard`` of the pages and writes them as they are made; an
    unchanged file is linked from ``previous``, and with ``inputs`` a page made from the
    same inputs as there is linked without rendering. The paths of all parts are checked
    for collisions together, then the sitemap is written. With ``inputs``, the files'
    ``made`` is the record of what each output was made from.
    """
    global _JOB
    files = FolderFiles(folder, previous)
    record = Record(inputs.base, inputs.data) if inputs is not None else None
    parts = max(1, jobs)
    ctx = make_context(index, config, template_dirs, inputs=inputs, site=previous)
    if parts == 1 or "fork" not in mp.get_all_start_methods():
        _run(ctx, files)
    else:
        _JOB = (index, config, template_dirs, folder, previous, parts, inputs)
        results = _render_parts(parts)
        try:
            for origins, (linked, reused), times, made in results:
                progress.add(times)
                files.linked += linked
                files.reused += reused
                if record is not None and made is not None:
                    record.merge(made)
                for path, origin in origins.items():
                    files.claim(path, origin)
        except DuplicatePath as exc:
            raise RenderError(str(exc)) from None
    _finish(ctx, files)  # in this process's context: alone, or after the workers
    if record is not None and ctx.reuse is not None:
        record.merge(ctx.reuse.made)
    files.made = record
    return files


def _render_parts(parts: int) -> list[tuple]:
    """Run ``_render_part`` for every part of ``_JOB`` in forked processes and this one;
    their answers, in part order, then the lone generators'."""
    # The index's objects move to the collector's permanent generation: a worker's
    # collections then never write to their pages, which stay shared with this process.
    with collector.frozen():
        return _forked_parts(parts)


def _forked_parts(parts: int) -> list[tuple]:
    global _JOB
    alone: list[Forked] = []
    try:
        # One task per process. The lone generators run in processes that exit as soon
        # as they are done, so their memory is given back while the pages are still
        # being made. This process makes part 0 itself rather than wait: a page of the
        # index that it and a worker both touch (reference counts) is then copied once,
        # not once per worker beside the original. Which process runs which task does
        # not change what it writes.
        lost = RenderError("a render worker ended without an answer")
        alone += [Forked(_render_part, -1 - i, lost=lost) for i in range(len(ALONE))]
        with mp.get_context("fork").Pool(parts - 1, initializer=lifeline.die_with_parent,
                                         initargs=(os.getpid(),)) as pool:
            for lone in alone:  # threads only once every process is forked
                lone.listen()
            pending = pool.map_async(_render_part, range(1, parts), chunksize=1)
            results = [_render_part(0)]
            progress.wait(pending)
            results += pending.get()
        results += [lone.result() for lone in alone]
    finally:
        for lone in alone:
            lone.stop()  # a failed part ends the others, as the pool's exit does
        _JOB = None
    return results


def _render_part(part: int) -> tuple[dict[str, str], tuple[int, int],
                                     list[progress.StageTime], Record | None]:
    """Make ``Shard(part, parts)`` of every generator but the ``ALONE`` ones; a negative
    ``part`` makes all of ``ALONE[-1 - part]`` instead."""
    assert _JOB is not None
    index, config, template_dirs, folder, previous, parts, inputs = _JOB
    if part < 0:
        shard, generators = Shard(), (ALONE[-1 - part],)
    else:
        shard = Shard(part, parts)
        generators = tuple(g for g in GENERATORS if g not in ALONE)
    ctx = make_context(index, config, template_dirs, shard, inputs, previous)
    with progress.recording() as times:
        files = _run(ctx, FolderFiles(folder, previous), generators)
    assert isinstance(files, FolderFiles)
    made = ctx.reuse.made if ctx.reuse is not None else None
    return files.paths(), (files.linked, files.reused), times, made
