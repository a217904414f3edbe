"""Read a date filter typed by a user: "2018-06-19", "june 19", "jun 2018", "a..b", "last week of july"."""

from __future__ import annotations

import re
from collections.abc import Callable
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
