"""The build pipeline, top to bottom: read → segment → tag → index → render → write.

Only the reader and the writer touch the disk. The per-file stages (segment, tag)
are pure functions of one file's bytes: they are cached by content hash and, when
there are many files to analyse, run in worker processes.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from cqnews_site import lifeline
from cqnews_site.analyse import cachedir, segmenter
from cqnews_site.analyse.cache import PageCache
from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.index import archive as index
from cqnews_site.index import posts
from cqnews_site.inputs import gazetteer, reader
from cqnews_site.model.records import Archive, Diagnostic, Page, SourceText
from cqnews_site.output import stamp, writer
from cqnews_site.site import render, search

# Below this many uncached files, starting worker processes (each loads jieba) costs
# more than it saves.
PARALLEL_THRESHOLD = 16


@dataclass(frozen=True)
class BuildResult:
    """What a build did: its counts, every diagnostic, and the archive it rendered."""

    stories: int
    pages: int  # source files read
    files: int  # files rendered (the copied static assets are not counted)
    diagnostics: tuple[Diagnostic, ...]
    archive: Archive | None = None  # None when nothing changed and the build was skipped
    skipped: bool = False

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


def analyse(config: Config) -> Archive:
    """Read, segment, tag and index every seed file; nothing is written but the cache."""
    sources, diagnostics = reader.read_tree(config.seeds)
    return _analyse(sources, diagnostics, config)


def _analyse(sources: list[SourceText], diagnostics: list[Diagnostic], config: Config) -> Archive:
    cache_problem = cachedir.problem(config.cache)
    diagnostics = [*diagnostics, *gazetteer.problems_for_config(config),
                   *([cache_problem] if cache_problem else [])]
    pages = analyse_sources(sources, config)
    for page in pages:
        diagnostics.extend(page.diagnostics)
    archive = index.build_archive(pages, config, tuple(diagnostics))
    return posts.derive_posts(archive, gazetteer.for_config(config))


def analyse_sources(sources: list[SourceText], config: Config) -> list[Page]:
    """Segment and tag each source, reusing cached pages; results keep the input order."""
    cache = PageCache(config.cache)
    tagger = Tagger.load(config)
    pages: list[Page | None] = []
    todo: list[int] = []
    for position, source in enumerate(sources):
        page = cache.get(source.digest, tagger.version)
        if page is not None:
            # The same bytes may sit under another file name.
            page = segmenter.relocate(page, source.path)
        else:
            todo.append(position)
        pages.append(page)
    jobs = config.jobs or os.cpu_count() or 1
    missing = [sources[i] for i in todo]
    if jobs > 1 and len(missing) >= PARALLEL_THRESHOLD:
        chunk = max(1, len(missing) // (jobs * 4))
        with ProcessPoolExecutor(jobs, initializer=_start_worker,
                                 initargs=(config, os.getpid())) as pool:
            done = list(pool.map(_analyse_in_worker, missing, chunksize=chunk))
    else:
        done = [analyse_source(source, tagger) for source in missing]
    for position, page in zip(todo, done, strict=True):
        cache.put(sources[position].digest, tagger.version, page)
        pages[position] = page
    return [page for page in pages if page is not None]


def analyse_source(source: SourceText, tagger: Tagger) -> Page:
    """The per-file stages for one source: segment, then tag."""
    return tagger.tag_page(segmenter.segment(source))


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


_worker_tagger: Tagger | None = None


def _start_worker(config: Config, parent: int | None = None) -> None:
    global _worker_tagger
    if parent is not None:
        lifeline.die_with_parent(parent)  # a killed build leaves no workers behind
    _worker_tagger = Tagger.load(config)


def _analyse_in_worker(source: SourceText) -> Page:
    assert _worker_tagger is not None
    return analyse_source(source, _worker_tagger)


def build(config: Config, force: bool = False) -> BuildResult:
    """Build the whole site into ``config.out``, holding its lock (see ``_build``)."""
    writer.check_target(config)  # a wrong --out costs nothing and is one line
    with writer.locked(config):
        return _build(config, force)


def _build(config: Config, force: bool = False) -> BuildResult:
    """Build the whole site into ``config.out``.

    The old output is replaced only once every file has rendered; a template error or a
    failed write leaves the last good site in place. When every input is what the last
    successful build of the same folder saw, that site is kept as it is (unless ``force``).
    """
    sources, read_problems = reader.read_tree(config.seeds)
    key = stamp.fingerprint(
        config, sources, [*render.template_dirs(config), *writer.static_dirs(config)],
        read_problems,
    )
    previous = None if force else stamp.load(config)
    if previous is not None and previous.fingerprint == key:
        return BuildResult(stories=previous.stories, pages=previous.pages,
                           files=previous.files, diagnostics=previous.diagnostics, skipped=True)
    archive = _analyse(sources, read_problems, config)
    files = render.render_site(archive, config)
    extra = search.build_search_files(archive, config)
    extra["data/posts.json"] = _json(posts.posts_json(archive))
    extra["data/conflicts.json"] = _json(posts.conflicts_json(archive))
    for path, data in extra.items():
        if path in files:
            raise render.RenderError(f"search index file {path} collides with a page")
        files[path] = data
    writer.write_site(files, config)
    result = BuildResult(
        stories=len(archive.stories), pages=len(archive.pages),
        files=len(files),
        diagnostics=archive.diagnostics, archive=archive,
    )
    stamp.save(config, stamp.BuildStamp(key, result.stories, result.pages, result.files,
                                        result.diagnostics))
    return result
