"""Read a date filter typed by a user: "2018-06-19", "june 19", "jun 2018", "a..b", "last week of july"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from explorer.extract import calendar as cal
from explorer.extract.dates import find_dates

_ORDINAL_WEEK = re.compile(
    r"^(?P<which>first|second|third|fourth|last)\s+week\s+of\s+(?P<month>[a-z]+)\.?(?:\s+(?P<year>\d{4}))?$"
)
_ISO_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$")
_YEAR = re.compile(r"^(?P<y>\d{4})$")


class DateQueryError(ValueError):
    """A date filter that cannot be read, with a hint of what would be."""


def _ordinal_week(match: re.Match[str], reference: date | None) -> tuple[date, date]:
    month = cal.MONTHS.get(match["month"])
    if month is None:
        raise DateQueryError(f"unknown month {match['month']!r}")
    if not match["year"] and reference is None:
        raise DateQueryError(f"{match.group(0)!r} has no year, and no article here is dated; give the year")
    year = int(match["year"]) if match["year"] else reference.year  # type: ignore[union-attr]
    first, last = cal.month_span(year, month)
    if match["which"] == "last":
        return max(first, last - timedelta(days=6)), last
    index = ("first", "second", "third", "fourth").index(match["which"])
    start = first + timedelta(days=7 * index)
    return start, min(last, start + timedelta(days=6))


def _single(text: str, reference: date | None) -> tuple[date, date]:
    text = " ".join(text.strip().lower().split())
    if not text:
        raise DateQueryError("empty date")
    builders: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[date, date]]], ...] = (
        (_ISO_MONTH, lambda m: cal.month_span(int(m["y"]), int(m["m"]))),
        (_YEAR, lambda m: (date(int(m["y"]), 1, 1), date(int(m["y"]), 12, 31))),
        (_ORDINAL_WEEK, lambda m: _ordinal_week(m, reference)),
    )
    for pattern, build in builders:
        match = pattern.match(text)
        if match:
            try:
                return build(match)
            except ValueError as error:
                raise DateQueryError(str(error)) from error
    titled = re.sub(r"[a-z]+", lambda w: w.group(0).capitalize() if w.group(0) in cal.MONTHS else w.group(0), text)
    if re.fullmatch(r"[A-Z][a-z]+\.?", titled):
        titled = "in " + titled
    found = [d for d in find_dates(titled, reference) if d.is_date]
    if len(found) != 1 or found[0].end - found[0].start < len(titled.strip()) - 1:
        raise DateQueryError(
            f"cannot read {text!r} as a date; try 2018-06-19, june 19, jun 2018, 2018-06-15..2018-07-01 or "
            "last week of july"
        )
    expr = found[0]
    assert expr.date_start is not None and expr.date_end is not None
    return expr.date_start, expr.date_end


def parse_date_query(text: str, reference: date | None) -> tuple[date, date]:
    """The inclusive interval a typed date filter means; year-less dates take ``reference``'s year.

    >>> parse_date_query("jun 2018", date(2018, 7, 31))
    (datetime.date(2018, 6, 1), datetime.date(2018, 6, 30))
    """
    if ".." in text:
        left, _, right = text.partition("..")
        start = _single(left, reference)[0] if left.strip() else date.min
        end = _single(right, reference)[1] if right.strip() else date.max
        if end < start:
            raise DateQueryError(f"the range {text.strip()!r} ends before it starts")
        return start, end
    return _single(text, reference)


_HAS_YEAR = re.compile(r"\b\d{4}\b")
_ANY_YEAR = 2000  # a leap year, so "feb 29" can be read before it is applied to every year


@dataclass(frozen=True)
class DateQuery:
    """A typed date filter as read: an interval, or (for dates typed without a year) the same days every year."""

    start: date
    end: date
    any_year: bool = False

    def windows(self, years: range) -> tuple[tuple[date, date], ...]:
        """The intervals it covers among ``years`` (one per year when it has no year of its own)."""
        if not self.any_year:
            return ((self.start, self.end),)
        spill = self.end.year - self.start.year  # "dec 20..jan 5" ends the next year
        out = []
        for year in years:
            start = _in_year(self.start, year)
            end = _in_year(self.end, year + spill)
            out.append((start, end))
        return tuple(out)

    def describe(self) -> str:
        """How it was read, for the user: "Tue 19 Jun 2018", "19 Jun in every year", "1 Jul – 31 Jul 2018"."""
        if self.any_year:
            if self.start == self.end:
                return f"{self.start:%d %b} in every year"
            return f"{self.start:%d %b} – {self.end:%d %b} in every year"
        if self.start == self.end:
            return f"{self.start:%a %d %b %Y}"
        return f"{_bound(self.start)} – {_bound(self.end)}"

    def label(self) -> str:
        """Short form for a chip: "2018-06-19", "2018-07-01..2018-07-31", "06-19, any year"."""
        if self.any_year:
            span = f"{self.start:%m-%d}" if self.start == self.end else f"{self.start:%m-%d}..{self.end:%m-%d}"
            return f"{span}, any year"
        return self.start.isoformat() if self.start == self.end else f"{self.start}..{self.end}"


def _bound(day: date) -> str:
    if day == date.min:
        return "the beginning"
    if day == date.max:
        return "the end"
    return f"{day:%a %d %b %Y}"


def _in_year(day: date, year: int) -> date:
    year = min(max(year, 1), 9999)
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def read_date_query(text: str) -> DateQuery:
    """What a typed date filter means; a date typed without a year means those days in every year.

    The clock is never asked: "june 19" is 19 June of any year, not of this one.

    >>> read_date_query("june 19")
    DateQuery(start=datetime.date(2000, 6, 19), end=datetime.date(2000, 6, 19), any_year=True)
    >>> read_date_query("jun 2018").describe()
    'Fri 01 Jun 2018 – Sat 30 Jun 2018'
    """
    if ".." in text:
        left, _, right = text.partition("..")
        given = next((m for m in (_HAS_YEAR.search(left), _HAS_YEAR.search(right)) if m), None)
        if given is None and not (left.strip() and right.strip()):
            for side in (left, right):
                if side.strip():
                    _single(side, date(_ANY_YEAR, 7, 1))  # an unreadable side says so first
            raise DateQueryError(
                f"{text.strip()!r} has no year, so it has no start or end; give one (june 15 2018), or filter on"
                " the same days of every year with a closed range (june 1..june 30)"
            )
        year = int(given.group(0)) if given else _ANY_YEAR
        start = _side(left, year)[0] if left.strip() else date.min
        end = _side(right, year)[1] if right.strip() else date.max
        if given is None and end < start:  # "dec 20..jan 5": into the next year
            end = _in_year(end, year + 1)
        if end < start:
            raise DateQueryError(f"the range {text.strip()!r} ends before it starts")
        return DateQuery(start, end, any_year=given is None)
    if _HAS_YEAR.search(text):
        return DateQuery(*_single(text, None))
    start, end = _side(text, _ANY_YEAR)
    return DateQuery(start, end, any_year=True)


def _side(text: str, year: int) -> tuple[date, date]:
    """One end of a range; without a year of its own it is put in ``year``."""
    if _HAS_YEAR.search(text):
        return _single(text, None)
    start, end = _single(text, date(year, 7, 1))
    return _in_year(start, year), _in_year(end, year + end.year - start.year)
