"""One person's review session on a database: a writing connection, the changes made (for undo), a merge mark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from db import review
from db.connection import open_database
from explorer.review.actions import Change, change
from explorer.review.model import ReviewError
from explorer.review.undo import undo


class ReviewSession:
    """Runs review actions on the database at ``path``; undo takes back this session's changes, newest first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite_utils.Database | None = None
        self.made: list[int] = []
        """The change numbers made in this session, oldest first (undone ones removed)."""
        self.marked: int | None = None
        """The incident marked to be merged into another."""

    @property
    def db(self) -> sqlite_utils.Database:
        """The writing connection, opened on first use (browsing never writes)."""
        if self._db is None:
            self._db = open_database(self.path, create=False)
        return self._db

    def run(self, action: Callable[[Change], object]) -> Change:
        """Run one action as one recorded change; ``ReviewError`` says why it could not be done."""
        with change(self.db) as done:
            action(done)
        if done.incidents:  # something was recorded (pressing v on a verified incident records nothing)
            self.made.append(done.change_id)
        return done

    def undo(self) -> Change:
        """Take back the newest change of this session not yet undone."""
        last = review.last_change(self.db, among=self.made)
        if last is None:
            raise ReviewError("nothing to undo: no change made in this session")
        done = undo(self.db, last)
        self.made.remove(last)
        return done

    def close(self) -> None:
        """Close the writing connection."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None
