"""What a user types when reviewing, read: statuses, tags, corrected dates. Pure: no database."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from db.review import STATUSES


class ReviewError(ValueError):
    """A review action that cannot be done, with a message fit for the user."""


def read_status(text: str) -> str:
    """A review status from what was typed (any case, a unique prefix will do).

    >>> read_status("Ver")
    'verified'
    """
    value = text.strip().lower()
    found = [s for s in STATUSES if s.startswith(value)] if value else []
    if len(found) != 1:
        raise ReviewError(f"unknown status {text.strip()!r}; choose one of {', '.join(STATUSES)}")
    return found[0]


_TAG_SPACE = re.compile(r"\s+")


def read_tag(text: str) -> str:
    """A tag as stored: trimmed, inner spaces made single, lower case, at most 40 characters.

    >>> read_tag("  Needs   Source ")
    'needs source'
    """
    tag = "".join(c for c in _TAG_SPACE.sub(" ", text) if c.isprintable()).strip().lower()
    if not tag:
        raise ReviewError("a tag needs at least one letter or digit")
    if len(tag) > 40:
        raise ReviewError(f"the tag {tag[:20]!r}… is longer than 40 characters")
    return tag


def read_tags(text: str) -> list[str]:
    """Several tags typed at once, separated by commas: "legal, follow up"."""
    return list(dict.fromkeys(read_tag(part) for part in text.split(",") if part.strip()))


MAX_NOTE = 20_000
"""The longest note, in characters: a note explains; a document belongs in the archive."""


def clean_note(text: str) -> str:
    """A note as stored: plain text, control characters other than newlines and tabs removed, ends trimmed."""
    kept = "".join(c for c in text.replace("\r\n", "\n").replace("\r", "\n") if c in "\n\t" or c.isprintable())
    return kept.strip()


@dataclass(frozen=True)
class DateValue:
    """A date the user gave an incident: its interval and the precision that follows from it."""

    start: date
    end: date
    precision: str

    def shown(self) -> str:
        """ "2018-06-19 (day)", "2018-06-01..2018-06-30 (month)"."""
        span = self.start.isoformat() if self.start == self.end else f"{self.start}..{self.end}"
        return f"{span} ({self.precision})"


def precision_of(start: date, end: date) -> str:
    """The precision an interval reads as: a day, a week (Monday to Sunday), a month, a year, or a range.

    >>> precision_of(date(2018, 6, 1), date(2018, 6, 30))
    'month'
    """
    if start == end:
        return "day"
    same_month = (end.year, end.month) == (start.year, start.month)
    if start.day == 1 and same_month and end.day == calendar.monthrange(start.year, start.month)[1]:
        return "month"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year"
    if start.weekday() == 0 and end - start == timedelta(days=6):
        return "week"
    return "range"


def read_date(text: str) -> DateValue:
    """A corrected date, in the words the date filter reads (2018-06-19, june 2018, june 1..june 3 2018)."""
    from explorer.query.dates import DateQueryError, read_date_query

    try:
        query = read_date_query(text)
    except DateQueryError as error:
        message = str(error)
        if message.startswith("cannot read"):  # the filter's examples include dates without a year
            message = (
                f"cannot read {text.strip()!r} as a date (is the day in that month?); try 2018-06-19,"
                " june 19 2018, jun 2018 or 2018-06-15..2018-06-20"
            )
        raise ReviewError(message) from error
    if query.any_year:
        raise ReviewError(f"{text.strip()!r} has no year; give one (june 19 2018)")
    if query.start == date.min or query.end == date.max:
        raise ReviewError(f"{text.strip()!r} is open-ended; an incident's date needs a start and an end")
    return DateValue(query.start, query.end, precision_of(query.start, query.end))
