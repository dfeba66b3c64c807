"""One big source analysed by the whole worker pool: segmented once, tagged in slices.

A page dump of many megabytes is one file, so per-file parallelism leaves every core but
one idle. Tagging a page has three phases (``Tagger.tag_page``): find each story's people,
gather the names printed with a title anywhere on the page, then tag each story knowing
them. The first and last are per story, so they run on slices of the page's stories in
every worker; the page that comes back is the one ``tag_page`` makes, byte for byte, and it
is cached under the file's digest like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING, Any

from cqnews_site.analyse import segmenter
from cqnews_site.model.records import Page, SourceText, Story

if TYPE_CHECKING:
    from cqnews_site.analyse.people import Span
    from cqnews_site.analyse.tagger import Tagger
    from cqnews_site.inputs.resources import Resources

# A source of at least this many characters is split (module constants so a test can use a
# small page). Below it, one worker per file is as fast and sends less between processes.
SPLIT_CHARS = 1_000_000
# About this much story text per task: enough to amortise sending the page's titled names,
# small enough that the last task does not leave a core idle for long.
SLICE_CHARS = 200_000


def should_split(source: SourceText) -> bool:
    """True when ``source`` is big enough to be tagged across the pool."""
    return len(source.text) >= SPLIT_CHARS


def slices(stories: Sequence[Story], size: int) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of consecutive stories of about ``size`` characters each."""
    bounds: list[tuple[int, int]] = []
    start = chars = 0
    for end, story in enumerate(stories, 1):
        chars += len(story.text) + sum(len(p) for it in story.items for p in it.paragraphs)
        if chars >= size:
            bounds.append((start, end))
            start, chars = end, 0
    if start < len(stories):
        bounds.append((start, len(stories)))
    return bounds


def analyse_split(pool: Executor, source: SourceText, resources: Resources, workers: int,
                  in_worker: Callable[..., Any], here: Callable[..., Any]) -> Page:
    """``analyse_source`` for one big source, its tagging spread over ``pool``.

    The executor that owns the pool hands in how its work reaches a tagger:
    ``in_worker(func, *args)`` runs ``func(tagger, *args)`` in a worker, ``here`` the same
    in this process.
    """
    from cqnews_site.analyse.tagger import finish_page, titled_names

    page = segmenter.segment(source, resources.gazetteer)
    total = sum(len(s.text) for s in page.stories)
    size = max(1, min(SLICE_CHARS, total // (workers * 4) + 1))
    bounds = slices(page.stories, size)
    if len(bounds) == 1:
        # One long story (a file of one line): nothing to share out, and sending it to a
        # worker would start the pool (every worker loading jieba) for one task.
        return here(_tag_page, page)
    found_futures = [pool.submit(in_worker, _spans, page.stories[a:b])
                     for a, b in bounds]
    # Here, meanwhile: it reads every story but costs little (0.4 s of a 20 MB page), and in
    # a worker it would cost the whole page pickled into that worker (100 MB of memory).
    page_default = here(_page_district, page)
    found = [f.result() for f in found_futures]
    titled = titled_names(chain.from_iterable(found))
    tagged_futures = [pool.submit(in_worker, _tag, page.stories[a:b], spans,
                                  page_default, page.year, titled)
                      for (a, b), spans in zip(bounds, found, strict=True)]
    # The segmented stories are each let go once their slice is tagged (the pool holds a
    # task's arguments until it is done): never the whole page twice.
    del found_futures, found
    page = replace(page, stories=())
    stories = [s for f in tagged_futures for s in f.result()]
    return finish_page(page, stories, resources.gazetteer)


# What the workers run: module functions, so that they pickle by name.

def _tag_page(tagger: Tagger, page: Page) -> Page:
    return tagger.tag_page(page)


def _page_district(tagger: Tagger, page: Page) -> str | None:
    return tagger.page_district(page)


def _spans(tagger: Tagger, stories: Sequence[Story]) -> list[list[Span]]:
    return tagger.story_spans(stories)


def _tag(tagger: Tagger, stories: Sequence[Story], found: Sequence[Sequence[Sequence[Span]]],
         page_default: str | None, year: int | None, titled: set[str]) -> list[Story]:
    return tagger.tag_stories(stories, found, page_default, year, titled)
