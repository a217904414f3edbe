"""Filter chips and how they combine into one query filter. Pure: no Textual, no database."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from db.queries import IncidentFilter

FILTER_KINDS = ("text", "date", "actor", "kind")


@dataclass(frozen=True)
class Chip:
    """One filter the user set: what it filters on, how it reads, and its value."""

    kind: str
    label: str
    text: str = ""
    dates: tuple[date, date] | None = None
    actor_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()

    def caption(self) -> str:
        """How the chip reads in the filter bar: "actor: Ted Wheeler"."""
        return f"{self.kind}: {self.label}"


def combine(chips: tuple[Chip, ...], text_actor_ids: tuple[int, ...] = ()) -> IncidentFilter:
    """Every chip at once: dates intersect, actor chips must all hold, words join into one search."""
    flt = IncidentFilter()
    words = " ".join(c.text for c in chips if c.kind == "text" and c.text.strip())
    for chip in chips:
        if chip.kind == "date" and chip.dates:
            start = max(chip.dates[0], flt.date_from) if flt.date_from else chip.dates[0]
            end = min(chip.dates[1], flt.date_to) if flt.date_to else chip.dates[1]
            flt = replace(flt, date_from=start, date_to=end)
        elif chip.kind == "actor":
            flt = replace(flt, actor_sets=(*flt.actor_sets, chip.actor_ids))
        elif chip.kind == "kind":
            kinds = chip.kinds if not flt.kinds else tuple(k for k in flt.kinds if k in chip.kinds)
            flt = replace(flt, kinds=kinds or ("\x00none",))
    return replace(flt, text=words, text_actor_ids=text_actor_ids if words else ())
