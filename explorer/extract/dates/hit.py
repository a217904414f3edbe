"""A rule's match: its core, the lead words just before it, and where the whole expression lies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

Resolved = tuple[date, date, str]
"""An inclusive interval and its precision (day, week, month, range, year)."""


class Hit:
    """A core match plus the words just before it that belong to the expression ("on", "mid-")."""

    __slots__ = ("_before", "_core", "end", "start", "text")

    def __init__(self, text: str, core: re.Match[str], before: re.Match[str] | None, start: int) -> None:
        self._core, self._before, self.start, self.end = core, before, start, core.end()
        self.text = text

    def __getitem__(self, name: str) -> str | None:
        value = self._core.groupdict().get(name)
        if value is None and self._before is not None:
            value = self._before.groupdict().get(name)
        return value

    def group(self, name: int | str = 0) -> str:
        """The whole expression (lead words included), or one named part of it."""
        if isinstance(name, str):
            return self[name] or ""
        return self.text[self.start : self.end]

    @property
    def core_start(self) -> int:
        """Where the expression proper starts, after its lead words."""
        return self._core.start()

    @property
    def lead(self) -> str:
        """The lead word, lower-cased ("on", "since"), or ""."""
        words = self.text[self.start : self._core.start()].split()
        return words[0].lower() if words else ""

    @property
    def words(self) -> str:
        """The whole expression in lower case, white space folded."""
        return " ".join(self.group(0).lower().split())


@dataclass(frozen=True)
class Found:
    """A resolved expression: where it is, what it says, and how it stands to the event it is told with."""

    start: int
    end: int
    text: str
    resolved: Resolved | None
    kind: str
    bound: bool = False
    of_day: bool = False
