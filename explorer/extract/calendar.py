"""Calendar arithmetic shared by the date stages: month ends, weeks, weekday search."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "couple of": 2,
}  # fmt: skip


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation ("Aug." -> 8)."""
    return MONTHS[word.rstrip(".").lower()]


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), month_end(year, month)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_span(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts do not name a real day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The latest day with this weekday on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_after(anchor: date, weekday: int) -> date:
    """The first day with this weekday strictly after ``anchor``."""
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def number_value(word: str) -> int | None:
    """The value of a small number written in digits or words."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)
