"""Per-stage progress on a terminal, and per-stage times for every build.

The build marks its stages (``with stage("files analysed", total=n): ... advance()``).
Every stage is timed, wall and CPU (this process and the worker processes it has
waited for), and the times come back with the build result (``cqnews build --timings``;
``benchmarks/build_speed.py --growth`` reads them).

Progress is drawn only while a ``shown(stream)`` block is open and the stream is a
terminal: one line per stage, redrawn in place at most every ``INTERVAL`` seconds and
left with its count and time when the stage ends. In a CI log or a pipe nothing is
printed. Forked render workers count the files they write in shared memory, which the
parent reads while it waits for them (``wait``); a stage a worker runs inside another
(the search index inside rendering) shows as building, then done.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, NamedTuple, TypeVar

INTERVAL = 0.2  # seconds between redraws of a progress line
_PART_STATES = ("waiting", "building", "done")

T = TypeVar("T")


class StageTime(NamedTuple):
    """How long one stage took: wall seconds, and CPU seconds of all its processes."""

    name: str
    wall: float
    cpu: float


def _cpu() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class Display:
    """Progress lines on ``stream``, redrawn in place; only when it is a terminal."""

    def __init__(self, stream: IO[str], clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.pid = os.getpid()
        self._last = float("-inf")
        self._text = ""

    def draw(self, text: str, final: bool = False) -> None:
        """Redraw the current line (at most every INTERVAL seconds unless ``final``)."""
        if os.getpid() != self.pid:
            return  # a forked worker: only the parent draws
        now = self.clock()
        if not final and (now - self._last < INTERVAL or text == self._text):
            return
        self._last, self._text = now, text
        self.stream.write(f"\r\x1b[K{text}" + ("\n" if final else ""))
        self.stream.flush()


class Stage:
    """One stage of a build: its count of things done, its times and its drawing."""

    def __init__(self, name: str, total: int | None, display: Display | None,
                 parts: tuple[str, ...]) -> None:
        self.name = name
        self.total = total
        self.count = 0
        self.display = display
        self.parts = parts
        # Shared with forked workers: [count, state of each part]; only when drawing.
        self.shared = (mp.get_context("fork").Array("q", 1 + len(parts))
                       if display is not None and "fork" in mp.get_all_start_methods()
                       else None)
        self.started = time.perf_counter()
        self.cpu = _cpu()

    def advance(self, n: int = 1) -> None:
        """``n`` more things done."""
        if self.shared is None:
            self.count += n
        else:
            with self.shared.get_lock():
                self.shared[0] += n
        if self.display is not None:
            self.display.draw(self.line())

    def set_part(self, part: str, state: int) -> None:
        """Mark a part (a stage run inside this one, maybe in a worker) waiting/building/done."""
        if self.shared is not None and part in self.parts:
            self.shared[1 + self.parts.index(part)] = state

    def done_count(self) -> int:
        """How many things are done (counted here or by forked workers)."""
        return self.count if self.shared is None else int(self.shared[0])

    def line(self, seconds: float | None = None) -> str:
        """The progress line: ``files analysed: 120/558``, parts, and the time when done."""
        n = self.done_count()
        text = self.name
        if self.total is not None or n:
            text += f": {n:,}" + (f"/{self.total:,}" if self.total is not None else "")
        for i, part in enumerate(self.parts):
            state = int(self.shared[1 + i]) if self.shared is not None else 0
            if state:
                text += f" · {part}: {_PART_STATES[state]}"
        return text + (f" ({seconds:.1f} s)" if seconds is not None else "")


_display: Display | None = None
_stages: list[Stage] = []
_times: list[StageTime] = []


@contextmanager
def shown(stream: IO[str]) -> Iterator[None]:
    """Draw the progress of the stages run inside this block on ``stream`` if a terminal."""
    global _display
    isatty = getattr(stream, "isatty", None)
    previous, _display = _display, (Display(stream) if isatty is not None and isatty() else None)
    try:
        yield
    finally:
        _display = previous


@contextmanager
def stage(name: str, total: int | None = None, parts: tuple[str, ...] = ()) -> Iterator[Stage]:
    """Time a stage and show its progress; ``parts`` are stages that may run inside it.

    A stage named in the enclosing stage's ``parts`` is drawn as part of that stage's line
    (building, done), even from a forked worker.
    """
    outer = _stages[-1] if _stages else None
    nested = outer is not None and name in outer.parts
    current = Stage(name, total, None if nested else _display, () if nested else parts)
    if outer is not None and nested:
        outer.set_part(name, 1)
    elif current.display is not None:
        current.display.draw(current.line())
    _stages.append(current)
    try:
        yield current
    finally:
        _stages.remove(current)
        wall = time.perf_counter() - current.started
        _times.append(StageTime(name, wall, _cpu() - current.cpu))
        if outer is not None and nested:
            outer.set_part(name, 2)
        elif current.display is not None:
            current.display.draw(current.line(wall), final=True)


def advance(n: int = 1) -> None:
    """``n`` more things done in the innermost stage (a no-op outside any stage); what is
    done inside a part (the search index streaming its files) counts in the stage it is
    part of."""
    if _stages:
        inner = _stages[-1]
        outer = _stages[-2] if len(_stages) > 1 else None
        (outer if outer is not None and inner.name in outer.parts else inner).advance(n)


def wait(result: mp.pool.AsyncResult, redraw: float = INTERVAL) -> None:
    """Wait for forked workers' ``result``, redrawing the current stage's line meanwhile."""
    while not result.ready():
        result.wait(redraw)
        if _stages and _stages[-1].display is not None:
            _stages[-1].display.draw(_stages[-1].line())


@contextmanager
def recording() -> Iterator[list[StageTime]]:
    """Collect the times of the stages run inside this block (one build)."""
    start = len(_times)
    found: list[StageTime] = []
    try:
        yield found
    finally:
        found.extend(_times[start:])
        del _times[start:]


def add(times: list[StageTime]) -> None:
    """Stage times a worker recorded (with ``recording``), counted as this process's."""
    _times.extend(times)


__all__ = ["Display", "Stage", "StageTime", "add", "advance", "recording", "shown", "stage",
           "wait"]
