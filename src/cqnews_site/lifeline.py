"""Worker processes die with the build that started them.

A ``ProcessPoolExecutor`` worker whose parent is killed (SIGKILL, OOM killer) waits on
its task queue forever. On Linux the kernel can signal it instead
(``prctl(PR_SET_PDEATHSIG)``); elsewhere a daemon thread polls the parent's id.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Make this process exit when ``parent`` (the pid that started it) exits."""
    if not (sys.platform.startswith("linux") and _pdeathsig()):
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _pdeathsig() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
