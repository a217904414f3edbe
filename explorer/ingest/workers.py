"""Extraction in worker processes that never outlive the import that started them.

If the importing process dies (even by ``kill -9``), its workers notice within a fraction of a
second and exit: the kernel tells them on Linux (``PR_SET_PDEATHSIG``), and a watcher thread that
checks the parent process id covers every other system.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

IN_FLIGHT_PER_WORKER = 8  # bounded queue: memory stays flat however large the corpus
WATCH_SECONDS = 0.2
_PR_SET_PDEATHSIG = 1

J = TypeVar("J")
R = TypeVar("R")


def _die_with(parent: int) -> None:
    """Worker start-up: exit as soon as the parent process is gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # the watcher below still covers it
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)  # the parent died before this worker started

    def watch() -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process dies."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_die_with, initargs=(os.getpid(),))


def ordered(func: Callable[[J], R], jobs: Iterable[J], pool: ProcessPoolExecutor | None, size: int) -> Iterator[R]:
    """Results of ``func`` over ``jobs`` in order, with a bounded number in flight (in this process without a pool)."""
    if pool is None:
        yield from (func(job) for job in jobs)
        return
    pending: deque[Future[R]] = deque()
    limit = IN_FLIGHT_PER_WORKER * size
    for job in jobs:
        pending.append(pool.submit(func, job))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def default_workers() -> int:
    """One extraction process per core."""
    return max(1, os.cpu_count() or 1)
