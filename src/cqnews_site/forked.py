"""A function run in a forked process of its own, started at once, its answer asked later.

The process exits as soon as the function returns, so its memory is given back while
the build goes on (a pool's worker would live as long as the pool), and it dies with the
build that started it (``lifeline``). What the function raises is raised again where the
answer is asked for.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import pickle
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from cqnews_site import lifeline


class Forked:
    """``func(*args)`` in a forked process; ``result()`` waits for its answer.

    ``lost`` is raised when the process ends without answering (killed).
    """

    def __init__(self, func: Callable[..., Any], *args: Any,
                 lost: BaseException | None = None) -> None:
        context = mp.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_answer, args=(func, args, send, os.getpid()))
        self._process.start()
        send.close()
        self._receive_end = receive
        self._answer: tuple = (False, lost or ChildProcessError(
            f"the process running {getattr(func, '__name__', func)!r} ended without an answer"))
        self._reader: threading.Thread | None = None

    def listen(self) -> None:
        """Receive the answer in a thread from now on, so that an answer bigger than the
        pipe's buffer does not keep the process waiting on its write until ``result()``.
        Call it after the last fork of the build: no thread is copied into a child."""
        self._reader = threading.Thread(target=self._receive, daemon=True)
        self._reader.start()

    def _receive(self) -> None:
        # EOF: the process died (killed) without answering; the default answer says so.
        with self._receive_end, contextlib.suppress(EOFError):
            self._answer = self._receive_end.recv()

    def stop(self) -> None:
        """End the process if it is still running (its answer is no longer wanted)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()

    def result(self) -> Any:
        """What the function returned; what it raised is raised here."""
        if self._reader is None:
            self._receive()
        else:
            self._reader.join()
        self._process.join()
        ok, value = self._answer
        if not ok:
            raise value
        return value


def _answer(func: Callable[..., Any], args: tuple, send: Connection, parent: int) -> None:
    lifeline.die_with_parent(parent)
    with send:
        try:
            answer = (True, func(*args))
        except BaseException as exc:  # raised again in the process that asks
            answer = (False, exc)
        try:
            send.send(answer)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:  # not picklable
            send.send((False, ChildProcessError(f"{answer[1]!r} ({exc})")))
