"""Publication dates given in metadata (front matter, manifests, ``--published``): full dates only.

A date given by a person or a file must name its day, month and year. Nothing is completed from
the clock: "June 5th", "Monday" or "2018" are refused with a reason, never turned into this year's
June 5, next Monday, or 2018 on today's day.
"""

from __future__ import annotations

import re
from datetime import date, datetime

MIN_YEAR, MAX_YEAR = 1000, 2999
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})")
_HAS_MONTH_NAME = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])")
HINT = "give the day, month and year (2018-07-31 or July 31, 2018)"


class DateRefused(ValueError):
    """A metadata date that cannot be used, with the reason."""


def _plausible(day: date, value: str) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateRefused(f"{value!r} lies outside the years {MIN_YEAR}–{MAX_YEAR} this program accepts")
    return day


def _numeric(match: re.Match[str], value: str) -> date:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    readings = {(m, d) for m, d in ((first, second), (second, first)) if 1 <= m <= 12 and 1 <= d <= 31}
    if len(readings) != 1 and first != second:
        raise DateRefused(f"{value!r} could be day/month or month/day; write it as 2018-07-31")
    month, day = next(iter(readings)) if readings else (0, 0)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateRefused(f"{value!r} is not a real date ({error})") from error


def _written(value: str) -> date:
    """A written date ("Tue, 31 Jul 2018 09:00 GMT", "31 July 2018"): every part must be in the text."""
    from dateutil import parser  # loaded only when a written date arrives

    if not _HAS_MONTH_NAME.search(value) or not re.search(r"\b\d{4}\b", value):
        raise DateRefused(f"{value!r} is not a full date; {HINT}")
    try:
        # Parsed against two different defaults: a part the text leaves out shows up as a difference.
        one = parser.parse(value, default=datetime(2001, 1, 1))
        two = parser.parse(value, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError) as error:
        raise DateRefused(f"cannot read {value!r} as a date; {HINT}") from error
    if one.date() != two.date():
        raise DateRefused(f"{value!r} is not a full date; {HINT}")
    found: date = one.date()
    return found


def parse_published(value: str) -> date:
    """The full date a metadata value names; raises ``DateRefused`` with the reason otherwise.

    >>> parse_published("2018-07-31T09:00:00Z"), parse_published("July 31, 2018")
    (datetime.date(2018, 7, 31), datetime.date(2018, 7, 31))
    """
    value = " ".join(value.split())
    if not value:
        raise DateRefused(f"the date is empty; {HINT}")
    iso = _ISO.fullmatch(value)
    if iso:
        try:
            day = date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        except ValueError as error:
            raise DateRefused(f"{value!r} is not a real date ({error})") from error
        return _plausible(day, value)
    numeric = _NUMERIC.fullmatch(value)
    if numeric:
        return _plausible(_numeric(numeric, value), value)
    return _plausible(_written(value), value)
