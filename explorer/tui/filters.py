"""A filter chip: what one filter the user set reads as and holds. Pure: no Textual, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db import queries


@dataclass(frozen=True)
class Chip:
    """One filter the user set: what it filters on, how it reads, and its value."""

    kind: str
    label: str
    text: str = ""
    windows: tuple[tuple[date, date], ...] = ()
    """For a date chip, the intervals it allows (one per year for a date typed without a year)."""
    actor_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    review: queries.IncidentFilter | None = None
    """For a review chip: the statuses, tag, star or queue it keeps."""

    def caption(self) -> str:
        """How the chip reads in the filter bar: "actor: Ted Wheeler"."""
        return f"{self.kind}: {self.label}"
