"""Where the per-file stage runs: in this process, a local process pool, or a Dask cluster.

Segmenting and tagging one file is a pure function of its bytes and the build's
``Resources``, so it can run anywhere that has cqnews installed; the results come back
in input order and go through the same content-hash cache whichever executor made them.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from cqnews_site import lifeline
from cqnews_site.analyse import segmenter, split
from cqnews_site.model.records import Page, SourceText
from cqnews_site.output import progress

if TYPE_CHECKING:
    from cqnews_site.analyse.tagger import Tagger
    from cqnews_site.inputs.resources import Resources

T = TypeVar("T")

# Below this many files, starting worker processes (each loads jieba) costs more than it saves.
PARALLEL_THRESHOLD = 16


class ExecutorError(Exception):
    """The configured executor cannot be used; the message says why and what to do."""


def analyse_source(source: SourceText, tagger: Tagger, resources: Resources) -> Page:
    """The per-file stages for one source: segment, then tag."""
    return tagger.tag_page(segmenter.segment(source, resources.gazetteer))


# One tagger per process and resources version: jieba's dictionary loads once per worker.
_TAGGERS: dict[str, Tagger] = {}


def _tagger(resources: Resources) -> Tagger:
    from cqnews_site.analyse.tagger import Tagger

    if resources.version not in _TAGGERS:
        _TAGGERS[resources.version] = Tagger.load(resources)
    return _TAGGERS[resources.version]


def analyse_anywhere(source: SourceText, resources: Resources) -> Page:
    """``analyse_source`` with this process's tagger: what a worker of any executor runs."""
    return analyse_source(source, _tagger(resources), resources)


def tag_here(page: Page, resources: Resources) -> Page:
    """Tag an already segmented page with this process's tagger."""
    return _tagger(resources).tag_page(page)


_WORKER: Resources | None = None


def _start_worker(resources: Resources, parent: int) -> None:
    global _WORKER
    _WORKER = resources
    _tagger(resources)
    die_with_parent(parent)


def _in_worker(source: SourceText) -> Page:
    assert _WORKER is not None
    return analyse_anywhere(source, _WORKER)


def in_worker(func: Callable[..., T], *args: Any) -> T:
    """``func(tagger, *args)`` with the tagger of a pool worker started by ``run_local``."""
    assert _WORKER is not None
    return func(_tagger(_WORKER), *args)


def die_with_parent(parent: int) -> None:
    """A worker exits when the build that started it is gone (see ``cqnews_site.lifeline``)."""
    lifeline.die_with_parent(parent)


def run_local(sources: Sequence[SourceText], resources: Resources, jobs: int) -> list[Page]:
    """In this process, or a pool of ``jobs`` worker processes when there is enough work."""
    workers = jobs or os.cpu_count() or 1
    big = [split.should_split(source) for source in sources]
    if workers > 1 and (len(sources) >= PARALLEL_THRESHOLD or any(big)):
        small = [source for source, is_big in zip(sources, big, strict=True) if not is_big]
        chunk = max(1, len(small) // (workers * 4))
        # Load the tagger here, then fork: the workers share its dictionaries (frozen out of
        # the collector's reach, so its passes do not copy them) instead of each loading its own.
        _tagger(resources)
        gc.freeze()
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"),
                                 initializer=_start_worker,
                                 initargs=(resources, os.getpid())) as pool:
            # Small files queue first; a big one is segmented here meanwhile, then its
            # stories are tagged by every worker (``analyse.split``).
            small_pages = pool.map(_in_worker, small, chunksize=chunk)
            big_pages = iter([split.analyse_split(pool, source, resources, workers,
                                                  in_worker, tag_here)
                              for source, is_big in zip(sources, big, strict=True) if is_big])
            small_iter = iter(small_pages)
            return _counted(next(big_pages) if is_big else next(small_iter) for is_big in big)
    return _counted(analyse_anywhere(source, resources) for source in sources)


def _counted(pages: Iterable[Page]) -> list[Page]:
    """The pages, each counted on the progress line as it comes."""
    out = []
    for page in pages:
        out.append(page)
        progress.advance()
    return out


def run_dask(sources: Sequence[SourceText], resources: Resources, scheduler: str) -> list[Page]:
    """On the Dask cluster whose scheduler is at ``scheduler`` (``tcp://host:8786``)."""
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorError("executor 'dask' needs the dask extra: "
                            "pip install 'cqnews-site[dask]'") from None
    try:
        client = Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); "
                            "start it or fix 'scheduler' in cqnews.yaml") from None
    with client:
        shared = client.scatter(resources, broadcast=True)
        # Positional: ``resources=`` is a keyword of Client.map itself (worker resources).
        futures = client.map(analyse_anywhere, list(sources), [shared] * len(sources),
                             pure=False)
        return _counted(client.gather(futures))


def run(sources: Sequence[SourceText], resources: Resources, jobs: int = 0,
        executor: str = "local", scheduler: str | None = None) -> list[Page]:
    """Analyse ``sources`` with the configured executor; pages in input order."""
    if not sources:
        return []
    if executor == "dask":
        if not scheduler:
            raise ExecutorError("executor 'dask' needs 'scheduler: tcp://host:port' in "
                                "cqnews.yaml")
        return run_dask(sources, resources, scheduler)
    return run_local(sources, resources, jobs)
