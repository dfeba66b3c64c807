"""Python's cycle collector kept away from what a build holds for good.

A build makes millions of objects that live to its end (the pages, the archive, its
index) and very few cycles. A full pass of the collector walks every one of them (half a
second each at 10,000 stories) and finds next to nothing; it ran again and again while
the pages loaded, once more as the index was done and again after the pages were written.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_depth = 0  # how many ``frozen`` blocks are open


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off inside (a stage that makes many objects and keeps them); cycles
    are collected once it is back on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextlib.contextmanager
def frozen(collect: bool = True) -> Iterator[None]:
    """Everything alive now out of the collector's reach (``gc.freeze``) until the
    outermost block ends. A process forked inside then never writes to their memory pages
    by collecting, and they stay shared with it.

    ``collect``: a collection first, so that no garbage is frozen; inside another block it
    walks only what was made since. Only the outermost block unfreezes.
    """
    global _depth
    if collect:
        gc.collect()
    gc.freeze()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            gc.unfreeze()
