"""One import at a time into a database: a second one waits, saying so, instead of failing halfway.

The lock is an advisory ``flock`` on the database file itself (independent of SQLite's own locks), so
no extra file is left beside the database and the lock goes with the process if it dies.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def import_lock(path: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold the database's import lock for the block; call ``on_wait`` first if another import holds it."""
    try:
        import fcntl
    except ImportError:  # no advisory locks here: SQLite's own locking still keeps the data right
        yield
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
