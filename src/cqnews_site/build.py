"""The build pipeline, top to bottom: read → segment → tag → index → render → write.

Only the reader and the writer touch the disk. The per-file stages (segment, tag)
are pure functions of one file's bytes, cached by content hash.
"""

from __future__ import annotations

from dataclasses import dataclass

from cqnews_site import index, reader, render, search, segmenter, writer
from cqnews_site.cache import PageCache
from cqnews_site.config import Config
from cqnews_site.records import Archive, Diagnostic, Page
from cqnews_site.tagger import Tagger


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the archive it rendered, every diagnostic, and whether it wrote."""

    archive: Archive | None
    diagnostics: tuple[Diagnostic, ...]
    written: bool

    @property
    def errors(self) -> list[Diagnostic]:
        """Diagnostics that mean some input was skipped."""
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Diagnostics that did not stop any content from being built."""
        return [d for d in self.diagnostics if d.severity == "warning"]


def analyse(config: Config) -> Archive:
    """Read, segment, tag and index every seed file; no output is written."""
    sources, diagnostics = reader.read_tree(config.seeds)
    cache = PageCache(config.cache)
    tagger = Tagger.load(config)
    pages: list[Page] = []
    for source in sources:
        page = cache.get(source.digest, tagger.version)
        if page is None:
            page = tagger.tag_page(segmenter.segment(source))
            cache.put(source.digest, tagger.version, page)
        else:
            # The cache is keyed by content; the same bytes may sit under another name.
            page = segmenter.relocate(page, source.path)
        pages.append(page)
    return index.build_archive(pages, config, tuple(diagnostics))


def build(config: Config) -> BuildResult:
    """Build the whole site into ``config.out``, replacing it only if everything rendered."""
    archive = analyse(config)
    diagnostics = archive.diagnostics
    failed = any(d.severity == "error" for d in diagnostics) or (
        config.strict and bool(diagnostics)
    )
    files = render.render_site(archive, config)
    files.update(search.build_search_files(archive, config))
    writer.write_site(files, config)
    return BuildResult(archive=archive, diagnostics=diagnostics, written=not failed or True)
