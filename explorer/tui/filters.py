"""Filter chips and how they combine into one query filter. Pure: no Textual, no database."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from db import queries
from db.queries import IncidentFilter
from explorer.query.windows import intersect, with_windows

FILTER_KINDS = ("text", "date", "actor", "kind", "review")


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


def combine(chips: tuple[Chip, ...], text_actor_ids: tuple[int, ...] = ()) -> IncidentFilter:
    """Every chip at once: dates intersect, actor chips must all hold, words join into one search."""
    flt = IncidentFilter()
    words = " ".join(c.text for c in chips if c.kind == "text" and c.text.strip())
    windows: tuple[tuple[date, date], ...] | None = None
    for chip in chips:
        if chip.kind == "date":
            windows = chip.windows if windows is None else intersect(windows, chip.windows)
        elif chip.kind == "actor":
            flt = replace(flt, actor_sets=(*flt.actor_sets, chip.actor_ids))
        elif chip.kind == "kind":
            kinds = chip.kinds if not flt.kinds else tuple(k for k in flt.kinds if k in chip.kinds)
            flt = replace(flt, kinds=kinds or ("\x00none",))
        elif chip.kind == "review" and chip.review is not None:
            flt = _with_review(flt, chip.review)
    if windows is not None:
        flt = with_windows(flt, windows)
    return replace(flt, text=words, text_actor_ids=text_actor_ids if words else ())


def _with_review(flt: IncidentFilter, review: IncidentFilter) -> IncidentFilter:
    """Add a review chip: statuses narrow (a rejected one shows rejected incidents), tags and star add up."""
    if review.statuses:
        statuses = review.statuses if not flt.statuses else tuple(s for s in flt.statuses if s in review.statuses)
        flt = replace(flt, statuses=statuses or ("\x00none",))
    return replace(
        flt, tags=flt.tags + review.tags, starred=flt.starred or review.starred, queue=flt.queue or review.queue
    )
