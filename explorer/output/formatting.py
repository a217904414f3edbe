"""How dates and incidents read to a person: shared by the command line and the explorer."""

from __future__ import annotations

from datetime import date


def _d(value: str) -> date:
    return date.fromisoformat(value)


def format_when(date_start: str, date_end: str, precision: str) -> str:
    """A date interval as a reader would say it: "Tue 19 Jun 2018", "Jun 2018", "week of 23 Jul 2018".

    >>> format_when("2018-06-11", "2018-06-20", "range")
    '≈ 11–20 Jun 2018'
    """
    start, end = _d(date_start), _d(date_end)
    if precision == "day" or start == end:
        return f"{start:%a} {start.day} {start:%b %Y}"
    if precision == "month":
        return f"{start:%b %Y}"
    if precision == "year":
        return f"{start.year}"
    if precision == "week":
        return f"week of {start.day} {start:%b %Y}"
    if start.year == end.year and start.month == end.month:
        return f"≈ {start.day}–{end.day} {start:%b %Y}"
    if start.year == end.year:
        return f"≈ {start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def short_date(value: str | None) -> str:
    """A publication date as "30 Jul 2018", or "undated"."""
    if not value:
        return "undated"
    day = _d(value)
    return f"{day.day} {day:%b %Y}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 file", "3 files" (``many`` for irregular plurals).

    >>> plural(1, "file"), plural(2, "entry", "entries")
    ('1 file', '2 entries')
    """
    return f"{count:,} {word if count == 1 else (many or word + 's')}"
