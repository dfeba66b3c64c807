"""Where the per-file stage runs: in this process, a local process pool, or a Dask cluster.

Segmenting and tagging one file is a pure function of its bytes and the build's
``Resources``, so it can run anywhere that has cqnews installed; the results come back
in input order and go through the same content-hash cache whichever executor made them.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing as mp
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, TypeVar

from cqnews_site import lifeline
from cqnews_site.analyse import cache as page_cache
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


_WORKER: Resources | None = None
_WORKER_CACHE: page_cache.PageCache | None = None


def _start_worker(resources: Resources, parent: int,
                  cache: page_cache.PageCache | None = None) -> None:
    global _WORKER, _WORKER_CACHE
    _WORKER, _WORKER_CACHE = resources, cache
    _tagger(resources)
    die_with_parent(parent)


def _in_worker(source: SourceText) -> bytes:
    """The page of ``source``, pickled once: for the cache, which the worker writes, and for
    the build, which unpickles it (see ``PageCache.store`` for why not pickle it there)."""
    assert _WORKER is not None
    data = page_cache.dumps(analyse_anywhere(source, _WORKER))
    if _WORKER_CACHE is not None:
        _WORKER_CACHE.put_pickled(source.digest, _WORKER.version, data)
    return data


def _in_worker_all(sources: Sequence[SourceText]) -> list[bytes]:
    return [_in_worker(source) for source in sources]


def guided_chunks(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """``items`` in consecutive chunks for ``workers`` processes, each chunk half of what
    remains per worker: large chunks first (few messages), single items at the end, so
    the workers run out of work together. (Chunks of a quarter of each worker's share
    left one core alone for 2.5 s at the end of analysing 2,233 files; chunks of eight
    files all along left both idle between chunks.)"""
    chunks, start = [], 0
    while start < len(items):
        size = max(1, (len(items) - start) // (2 * workers))
        chunks.append(items[start:start + size])
        start += size
    return chunks


def in_worker(func: Callable[..., T], *args: Any) -> T:
    """``func(tagger, *args)`` with the tagger of a pool worker started by ``run_local``."""
    assert _WORKER is not None
    return func(_tagger(_WORKER), *args)


def die_with_parent(parent: int) -> None:
    """A worker exits when the build that started it is gone (see ``cqnews_site.lifeline``)."""
    lifeline.die_with_parent(parent)


def run_local(sources: Sequence[SourceText], resources: Resources, jobs: int,
              cache: page_cache.PageCache | None = None) -> list[Page]:
    """In this process, or a pool of ``jobs`` worker processes when there is enough work.

    Every page is stored in ``cache`` (when given) before it is returned.
    """
    return start_local(sources, resources, jobs, cache)()


def start_local(sources: Sequence[SourceText], resources: Resources, jobs: int,
                cache: page_cache.PageCache | None = None,
                alongside: bool = False, warm: Warm | None = None) -> Started:
    """``run_local`` begun now; call the result for the pages.

    With several workers and enough work, a forked process runs the pool at once. With
    ``alongside`` (the build has other work meanwhile: pages to load from the cache), a
    few files are analysed in a forked process of their own too, while that work goes on,
    and the tagger is loaded there, not in the build process the render workers fork.
    ``warm`` (see ``warm``) is that process when the build forked it already: then the
    work is always done there, where the tagger is loading.
    """
    workers = jobs or os.cpu_count() or 1
    big = [split.should_split(source) for source in sources]
    pool = workers > 1 and (len(sources) >= PARALLEL_THRESHOLD or any(big))
    if warm is not None or pool or (workers > 1 and alongside):
        load = cache.load if cache else page_cache.loads
        received = (warm or Warm(resources, cache)).start(sources, big,
                                                          workers if pool else 1)
        return Started(lambda: _counted(map(load, received)), received.close)
    return Started(lambda: _counted(_stored(analyse_anywhere(source, resources), source,
                                            resources, cache) for source in sources))


def warm(resources: Resources, jobs: int, executor: str,
         cache: page_cache.PageCache | None) -> Warm | None:
    """The process that will analyse what the cache lacks, forked now and loading the
    tagger (3 s) while the build reads on; None where analysing would not fork (one job,
    a Dask cluster, no ``fork``). Pass it to ``start``, or ``cancel()`` it."""
    workers = jobs or os.cpu_count() or 1
    if executor != "local" or workers < 2 or "fork" not in mp.get_all_start_methods():
        return None
    return Warm(resources, cache)


class Started:
    """Pages being made elsewhere: call it for them, or ``cancel()`` to give them up."""

    def __init__(self, pages: Callable[[], list[Page]],
                 cancel: Callable[[], None] = lambda: None) -> None:
        self._pages, self.cancel = pages, cancel

    def __call__(self) -> list[Page]:
        return self._pages()


class Warm:
    """A process forked now that loads the tagger at once, then makes the pages of the
    sources ``start`` sends it (``_pool_pages``) and sends them back as they come.

    The tagger (280 MB), a big file's segmented page and the pool live and die there:
    the build process, which forks the render workers next, keeps no fragments of them
    (100 MB of a 20 MB dump's build, freed but not given back).
    """

    def __init__(self, resources: Resources, cache: page_cache.PageCache | None) -> None:
        context = mp.get_context("fork")
        orders, self._order = context.Pipe(duplex=False)
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_warm_pages,
                                        args=(resources, cache, orders, send, os.getpid()))
        self._process.start()
        orders.close()
        send.close()
        self._started = False

    def start(self, sources: Sequence[SourceText], big: list[bool],
              workers: int) -> _Received:
        """The pages of ``sources`` (``big``: which are split across the pool), made by a
        pool of ``workers`` (1: in the process itself)."""
        self._started = True
        with self._order:
            self._order.send((list(sources), big, workers))
        return _Received(self._process, self._receive, len(sources))

    def cancel(self) -> None:
        """End the process unless it was given work (``_Received.close`` ends that)."""
        if self._started:
            return
        self._started = True
        self._order.close()
        self._process.terminate()
        self._process.join()
        self._receive.close()


class _Received:
    """The pages ``process`` sends through ``receive``, ``count`` of them, in order;
    ``close()`` ends the process when they are not all wanted (even before the first)."""

    def __init__(self, process: Any, receive: Connection, count: int) -> None:
        self.process, self.receive = process, receive
        self._pages = _received(process, receive, count)

    def __iter__(self) -> Iterator[bytes]:
        return self._pages

    def close(self) -> None:
        self._pages.close()
        if self.process.is_alive():  # never asked: the generator's cleanup did not run
            self.process.terminate()
            self.process.join()
        self.receive.close()


def _received(process: Any, receive: Connection, count: int) -> Iterator[bytes]:
    """The pages ``process`` sends through ``receive``, ``count`` of them, in order."""
    answered = 0
    try:
        with receive:
            for _ in range(count):
                try:
                    error = receive.recv()  # None, then the page's bytes; or what it raised
                    if error is not None:
                        raise error
                    page = receive.recv_bytes()
                except EOFError:
                    process.join()
                    raise ExecutorError("the analysing process ended without an answer "
                                        f"(exit code {process.exitcode}); see the messages "
                                        "above, or run with --jobs 1") from None
                answered += 1
                yield page
    finally:
        if answered < count:  # given up (an error here or there): end it now
            process.terminate()
        process.join()


def _warm_pages(resources: Resources, cache: page_cache.PageCache | None,
                orders: Connection, send: Connection, parent: int) -> None:
    from cqnews_site.analyse import nlp

    lifeline.die_with_parent(parent)
    with send:
        # While the build reads on. What fails here fails again where the pages are made,
        # and is sent from there.
        with contextlib.suppress(Exception):
            _tagger(resources)
            nlp.idf_table()
        try:
            with orders:
                sources, big, workers = orders.recv()
        except EOFError:  # cancelled: nothing to analyse after all
            return
        try:
            for data in _pool_pages(sources, big, resources, workers, cache):
                send.send(None)
                send.send_bytes(data)  # as it is: pickled again by send, it would be copied
        except BaseException as exc:  # raised again in the build process
            try:
                send.send(exc)
            except (pickle.PicklingError, TypeError, AttributeError):  # not picklable
                send.send(ExecutorError(repr(exc)))


def _pool_pages(sources: Sequence[SourceText], big: list[bool], resources: Resources,
                workers: int, cache: page_cache.PageCache | None) -> Iterator[bytes]:
    """Every source's page pickled (``page_cache.dumps``), in input order, from a pool of
    ``workers`` processes forked from this one (one worker and no big file: made here);
    each page is stored in ``cache``."""
    from cqnews_site.analyse import nlp

    if workers == 1 and not any(big):  # a few files beside other work: no pool
        for source in sources:
            data = page_cache.dumps(analyse_anywhere(source, resources))
            if cache is not None:
                cache.put_pickled(source.digest, resources.version, data)
            yield data
        return
    small = [source for source, is_big in zip(sources, big, strict=True) if not is_big]
    # Load the tagger here, then fork: the workers share its dictionaries (frozen out of
    # the collector's reach, so its passes do not copy them) instead of each loading its own.
    here = _tagger(resources)
    nlp.idf_table()  # the keyword weights: 48 MB each worker would otherwise load for itself
    gc.freeze()
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"),
                             initializer=_start_worker,
                             initargs=(resources, os.getpid(), cache)) as pool:
        # The workers start now, before a big file is segmented here: forked later, they
        # would keep its segmented page (80 MB at 20 MB) alive until the pool ends.
        pool.submit(int).result()
        # Small files queue first; a big one is segmented here meanwhile, then its
        # stories are tagged by every worker (``analyse.split``).
        small_pages = itertools.chain.from_iterable(
            pool.map(_in_worker_all, guided_chunks(small, workers)))
        for source, is_big in zip(sources, big, strict=True):
            if not is_big:
                yield next(small_pages)
                continue
            data = page_cache.dumps(split.analyse_split(pool, source, resources, workers,
                                                        in_worker, partial(_in_process, here)))
            if cache is not None:
                cache.put_pickled(source.digest, resources.version, data)
            yield data


def _in_process(tagger: Tagger, func: Callable[..., T], *args: Any) -> T:
    return func(tagger, *args)


def _stored(page: Page, source: SourceText, resources: Resources,
            cache: page_cache.PageCache | None) -> Page:
    """``page`` stored in ``cache``; the copy to keep (see ``PageCache.store``)."""
    return cache.store(source.digest, resources.version, page) if cache else page


def _counted(pages: Iterable[Page]) -> list[Page]:
    """The pages, each counted on the progress line as it comes."""
    out = []
    for page in pages:
        out.append(page)
        progress.advance()
    return out


def run_dask(sources: Sequence[SourceText], resources: Resources, scheduler: str,
             cache: page_cache.PageCache | None = None) -> list[Page]:
    """On the Dask cluster whose scheduler is at ``scheduler`` (``tcp://host:8786``); every
    page is stored in ``cache`` (when given) here, as the cluster may not share its disk."""
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
        pages = client.gather(futures)
        return _counted(_stored(page, source, resources, cache)
                        for page, source in zip(pages, sources, strict=True))


def run(sources: Sequence[SourceText], resources: Resources, jobs: int = 0,
        executor: str = "local", scheduler: str | None = None,
        cache: page_cache.PageCache | None = None) -> list[Page]:
    """Analyse ``sources`` with the configured executor; pages in input order, each stored
    in ``cache`` when one is given."""
    return start(sources, resources, jobs, executor, scheduler, cache)()


def start(sources: Sequence[SourceText], resources: Resources, jobs: int = 0,
          executor: str = "local", scheduler: str | None = None,
          cache: page_cache.PageCache | None = None,
          alongside: bool = False, warm: Warm | None = None) -> Started:
    """``run`` begun now, where the executor can work while the caller does other work
    (``alongside`` and ``warm``: see ``start_local``); call the result for the pages. A
    Dask cluster is asked only then."""
    if warm is not None and (not sources or executor == "dask"):
        warm.cancel()
    if not sources:
        return Started(list)
    if executor == "dask":
        if not scheduler:
            raise ExecutorError("executor 'dask' needs 'scheduler: tcp://host:port' in "
                                "cqnews.yaml")
        return Started(partial(run_dask, sources, resources, scheduler, cache))
    return start_local(sources, resources, jobs, cache, alongside, warm)
