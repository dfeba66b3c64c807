"""The build pipeline, top to bottom: read → segment → tag → index → render → write.

Only the reader and the writer touch the disk. The per-file stages (segment, tag) are pure
functions of one file's bytes and the build's ``Resources``: they are cached by content
hash and, when there are many files to analyse, run in worker processes.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cqnews_site import collector
from cqnews_site.analyse import cachedir
from cqnews_site.config import Config
from cqnews_site.inputs import previous as previous_site
from cqnews_site.inputs import reader
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Archive, Diagnostic, Page, SourceText
from cqnews_site.output import progress, stamp, writer

if TYPE_CHECKING:
    from cqnews_site.analyse.executors import Warm

# The analysing, indexing and rendering stages load jieba, networkx and pypinyin (about a
# second): they are imported where they run, so a build with nothing to do stays quick.


@dataclass(frozen=True)
class BuildResult:
    """What a build did: its counts, every diagnostic, and the archive it rendered."""

    stories: int
    pages: int  # source files read
    files: int  # files rendered (the copied static assets are not counted)
    diagnostics: tuple[Diagnostic, ...]
    archive: Archive | None = None  # None when nothing changed and the build was skipped
    skipped: bool = False
    stages: tuple[progress.StageTime, ...] = ()  # wall and CPU time of each stage, in order
    kept: int = 0  # of ``files``, how many were linked from the last site without rendering

    @property
    def errors(self) -> list[Diagnostic]:
        """Diagnostics that mean some input was skipped."""
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Diagnostics about content that was built but may be wrong."""
        return [d for d in self.diagnostics if d.severity == "warning"]

    def failed(self, strict: bool) -> bool:
        """True when the build must exit non-zero: something skipped, or strict and warned."""
        return bool(self.errors) or (strict and bool(self.warnings))


def build(config: Config, force: bool = False) -> BuildResult:
    """Build the whole site into ``config.out``, holding its lock (see ``_build``)."""
    config = writer.real_out(config)  # a link stays a link: its folder is the site
    writer.check_target(config)  # a wrong --out costs nothing and is one line
    with (writer.locked(config), progress.recording() as times,
          contextlib.ExitStack() as ends):
        result = _build(config, force, ends)
    return replace(result, stages=tuple(times))


def _build(config: Config, force: bool, ends: contextlib.ExitStack) -> BuildResult:
    """Build the whole site into ``config.out``; what the build starts and may leave
    running (a process) is ended by ``ends``.

    The old output is replaced only once every file has rendered; a template error or a
    failed write leaves the last good site in place. When every input is what the last
    successful build of the same folder saw, that site is kept as it is (unless ``force``).
    """
    with progress.stage("read"):
        resources = Resources.load(config)
        previous = None if force else stamp.load(config)
        # The seeds as bytes first: when every input is as the last build saw it, no file is
        # decoded (front matter is YAML: most of the time of reading 2,000 files).
        seeds = reader.read_seeds(config.seeds)
        files, refused = reader.seed_digests(seeds)
        seeds_key = stamp.input_digests(config, files, resources, refused).fingerprint
        if previous is not None and previous.seeds_fingerprint == seeds_key:
            return _skipped(previous)
        warm = _warm_tagger(files, resources, config)
        if warm is not None:
            ends.callback(warm.cancel)
        sources, read_problems = reader.decode_seeds(config.seeds, seeds)
        del seeds, files  # the sources hold their text
        digests = stamp.input_digests(config, sources, resources, read_problems)
        key = digests.fingerprint
    if previous is not None and previous.fingerprint == key:
        return _skipped(previous)
    from cqnews_site.analyse.cache import PageCache
    from cqnews_site.index.archive import build_archive
    from cqnews_site.index.lookups import index_archive
    from cqnews_site.site import render
    from cqnews_site.site.data import old_stories
    from cqnews_site.site.dependencies import Digests, Inputs, Record

    # The last site's story ids: from the summary kept of it, or read while the files
    # are analysed.
    last_site_read = previous_site.load_apart(config.out, stamp.summary_path(config))
    try:
        pages = analyse_sources(sources, resources, config, warm)
    except BaseException:
        last_site_read()  # its process ends (answers) before the error goes on
        raise
    del sources  # the pages hold what is needed of the texts (the render workers fork this)
    with progress.stage("index"), collector.paused():
        last = last_site_read()
        archive = build_archive(pages, resources, (*read_problems, *_cache_problems(resources),
                                                   *writer.static_problems(config)), last)
        del pages  # the archive holds their placed, corrected copies
        # What the pages are keyed by, digested on the other core meanwhile.
        records = Digests((*archive.stories, *archive.people))
        index = index_archive(archive, last)
        known = records.known()
    # The archive and its index live to the end: the collector's passes no longer walk them
    # (no garbage worth a pass is left: 49 objects at 10,000 stories).
    with collector.frozen(collect=False):
        last_site = Path(config.out) if Path(config.out).is_dir() else None
        # What each output of the last site was made from: what did not change is not
        # rendered.
        inputs = Inputs(digests.base, digests.data,
                        None if force else Record.read(stamp.outputs_path(config)), known)
        with (writer.staged(config) as folder,
              progress.stage("pages written", parts=("search index",))):
            files = render.render_into(index, config, folder, last_site,
                                       resources.template_dirs,
                                       jobs=config.jobs or os.cpu_count() or 1, inputs=inputs)
            writer.check_generated(config, files.paths())
            stamp.forget(config)  # the records describe the old site until the new one is saved
        result = BuildResult(stories=len(archive.stories), pages=len(archive.pages),
                             files=len(files.paths()), diagnostics=archive.diagnostics,
                             archive=archive, kept=files.reused)
        stamp.save(config, stamp.BuildStamp(key, result.stories, result.pages, result.files,
                                            result.diagnostics, seeds_key))
        if files.made is not None:
            stamp.save_outputs(config, files.made.to_json())
        stamp.save_summary(config, previous_site.summary(config.out, old_stories(index.archive)))
    PageCache(resources.cache).prune(resources.version)  # other versions' pages go
    return result


def _warm_tagger(files: list[reader.SeedBytes], resources: Resources,
                 config: Config) -> Warm | None:
    """The process that will analyse the files the cache lacks, forked now: the tagger
    loads there (3 s) while the seeds are decoded and the cached pages load. None when
    every file is cached, or analysing would not fork (``executors.warm``)."""
    from cqnews_site.analyse.cache import PageCache

    cache = PageCache(resources.cache)
    if all(cache.has(file.digest, resources.version) for file in files):
        return None
    from cqnews_site.analyse import executors

    return executors.warm(resources, config.jobs, config.executor, cache)


def _skipped(previous: stamp.BuildStamp) -> BuildResult:
    """The result of a build that found every input as ``previous`` saw it."""
    return BuildResult(stories=previous.stories, pages=previous.pages, files=previous.files,
                       diagnostics=previous.diagnostics, skipped=True)


def _cache_problems(resources: Resources) -> tuple[Diagnostic, ...]:
    problem = cachedir.problem(resources.cache)
    return (problem,) if problem else ()


def analyse(config: Config) -> Archive:
    """Read, segment, tag and index every seed file; nothing is written but the cache."""
    from cqnews_site.index.archive import build_archive

    resources = Resources.load(config)
    sources, read_problems = reader.read_tree(config.seeds)
    return build_archive(analyse_sources(sources, resources, config), resources,
                         (*read_problems, *_cache_problems(resources)))


def analyse_sources(sources: list[SourceText], resources: Resources,
                    config: Config | None = None, warm: Warm | None = None) -> list[Page]:
    """Segment and tag each source, reusing cached pages; results keep the input order.

    What is not cached runs on the configured executor (``executor``/``scheduler`` in
    cqnews.yaml): this process, a local process pool, or a Dask cluster. ``warm``: the
    process forked for it already (``executors.warm``).
    """
    with progress.stage("files analysed", total=len(sources)):
        return _analyse_sources(sources, resources, config or Config(), warm)


def _analyse_sources(sources: list[SourceText], resources: Resources,
                     config: Config, warm: Warm | None) -> list[Page]:
    from cqnews_site.analyse import executors, segmenter
    from cqnews_site.analyse.cache import PageCache

    cache = PageCache(resources.cache)
    cached = [cache.has(source.digest, resources.version) for source in sources]
    todo = [position for position, hit in enumerate(cached) if not hit]
    # What is not cached is analysed elsewhere (and stored in the cache there) while the
    # cached pages load here; all of them share equal strings (``PageCache``).
    started = executors.start([sources[i] for i in todo], resources, config.jobs,
                              config.executor, config.scheduler, cache,
                              alongside=len(todo) < len(sources), warm=warm)
    pages: list[Page | None] = [None] * len(sources)
    unreadable: list[int] = []  # cached, but the file is truncated or foreign
    try:
        # The pages are kept to the end: the collector's passes walked them six times over
        # while they loaded (1 s of CPU at 10,000 stories) for nothing.
        with collector.paused():
            for position, source in enumerate(sources):
                if not cached[position]:
                    continue
                page = cache.get(source.digest, resources.version)
                if page is None:
                    unreadable.append(position)
                else:
                    # The same bytes may sit under another file name.
                    pages[position] = segmenter.relocate(page, source.path)
        progress.advance(len(sources) - len(todo) - len(unreadable))
        done = started()
    except BaseException:
        started.cancel()
        raise
    for position, page in zip(todo, done, strict=True):
        pages[position] = page
    again = executors.run([sources[i] for i in unreadable], resources, config.jobs,
                          config.executor, config.scheduler, cache)
    for position, page in zip(unreadable, again, strict=True):
        pages[position] = page
    return [page for page in pages if page is not None]
