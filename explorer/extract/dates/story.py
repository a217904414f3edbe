"""What a text has said so far that later date expressions lean on: the story's day, year and quarter.

"The next day" counts from the day the story had reached; "that year" is the year last named; "the
quarter" is the quarter last named; once a text has written "Wednesday, July 13", a later bare
"Wednesday" is that day. A ``Story`` is frozen: reading a sentence gives the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class Story:
    """The dates a text has established so far."""

    day: date | None = None
    """The day the narrative is at: the last day-precise date of an event."""
    year: int | None = None
    """The last year the text named outright."""
    quarter: tuple[int, int] | None = None
    """The last quarter the text named, as (year, 1–4)."""
    weekdays: tuple[tuple[int, date], ...] = ()
    """Weekdays the text tied to a date ("Wednesday, July 13"), as (weekday, date)."""

    def tied(self, weekday: int) -> date | None:
        """The date the text tied this weekday to, if it did."""
        return next((day for w, day in reversed(self.weekdays) if w == weekday), None)

    def at_day(self, day: date) -> Story:
        """The story having reached ``day``."""
        return replace(self, day=day)

    def naming_year(self, year: int) -> Story:
        """The story having named ``year``."""
        return replace(self, year=year)

    def naming_quarter(self, year: int, quarter: int) -> Story:
        """The story having named a quarter."""
        return replace(self, quarter=(year, quarter), year=year)

    def tying(self, weekday: int, day: date) -> Story:
        """The story having tied a weekday to a date."""
        return replace(self, weekdays=(*self.weekdays[-6:], (weekday, day)))


def start(published: date | None) -> Story:
    """A story before its first sentence: at the publication day, in its year."""
    if published is None:
        return Story()
    return Story(day=published, year=None, quarter=None)
