"""Resolvers for dates the calendar names: full dates, month-days, months, parts of months, ranges, years.

A month and day without a year take the year the clause implies: the next occurrence when it speaks
of the future, the last one when it speaks of the past, otherwise the nearest to the document date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.extract import calendar as cal
from explorer.extract.dates.context import Context
from explorer.extract.dates.hit import Hit, Resolved

_SLACK = timedelta(days=7)
_RECENT_PAST_DAYS = 270
_PART_BOUNDS = {"early": (1, 10), "mid": (11, 20), "middle": (11, 20), "late": (21, 31)}


def day_number(hit: Hit, group: str) -> int:
    """A day of the month from "17", "17th"."""
    return int(re.sub(r"\D", "", hit.group(group)))


def _doc(ctx: Context) -> date | None:
    return ctx.document


def year_for_day(month: int, day: int, hit: Hit, ctx: Context) -> int | None:
    """The year of a month and day written without one."""
    doc = _doc(ctx)
    if doc is None:
        return None
    options = [d for y in (doc.year - 1, doc.year, doc.year + 1) if (d := cal.safe_date(y, month, day))]
    if not options:
        return None
    if ctx.future(hit.start, hit.end):
        ahead = [d for d in options if d >= doc]
        return min(ahead).year if ahead else max(options).year
    if hit.lead == "since" or re.search(r"(?i)\b(?:ended|ending)\s*$", ctx.before(hit.start)):
        return max(d for d in options if d <= doc).year if any(d <= doc for d in options) else None
    passed = [d for d in options if d <= doc + _SLACK]
    ahead = [d for d in options if d > doc + _SLACK]
    last, next_ = max(passed), min(ahead) if ahead else None
    if ctx.past(hit.start, hit.end) and (doc - last).days <= _RECENT_PAST_DAYS:
        return last.year
    # Otherwise the nearest: an offer extended to, a payment due, a meeting set for a date weeks ahead
    # is told as often as an event weeks past.
    if next_ is not None and (next_ - doc) < (doc - last):
        return next_.year
    return last.year


def year_for_month(month: int, hit: Hit, ctx: Context, rel: str = "") -> int | None:
    """The year of a month named alone: last, next or the one the clause implies."""
    doc = _doc(ctx)
    if doc is None:
        return None
    here = doc.year * 12 + doc.month
    options = {y: y * 12 + month for y in (doc.year - 1, doc.year, doc.year + 1)}
    if rel == "last":
        return max(y for y, m in options.items() if m < here)
    if rel == "next":
        return min(y for y, m in options.items() if m > here)
    if rel == "this":
        return doc.year
    if hit.lead in ("since", "after"):
        return max(y for y, m in options.items() if m <= here)
    if ctx.future(hit.start, hit.end) and hit.lead not in ("since",):
        return min(y for y, m in options.items() if m >= here)
    if hit.lead in ("by", "until", "through", "before", "for", "to"):
        return min(options, key=lambda y: (abs(options[y] - here), options[y] < here))
    return max(y for y, m in options.items() if m <= here)


def full_date(hit: Hit, ctx: Context) -> Resolved | None:
    """ "June 28, 2018", "28 June 2018"."""
    day = cal.safe_date(int(hit.group("y")), cal.month_number(hit.group("m")), day_number(hit, "d"))
    return (day, day, "day") if day else None


def iso_date(hit: Hit, ctx: Context) -> Resolved | None:
    """ "2018-07-30"."""
    day = cal.safe_date(int(hit.group("y")), int(hit.group("mo")), int(hit.group("d")))
    return (day, day, "day") if day else None


def numeric_date(hit: Hit, ctx: Context) -> Resolved | None:
    """ "7/31/2018", "7/31/18" (month first, as American news writes it)."""
    year = int(hit.group("y"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    day = cal.safe_date(year, int(hit.group("mo")), int(hit.group("d")))
    return (day, day, "day") if day else None


def month_day(hit: Hit, ctx: Context) -> Resolved | None:
    """ "June 19", "19 June": the year the clause implies."""
    month, number = cal.month_number(hit.group("m")), day_number(hit, "d")
    year = year_for_day(month, number, hit, ctx)
    day = cal.safe_date(year, month, number) if year else None
    return (day, day, "day") if day else None


def weekday_and_date(hit: Hit, ctx: Context) -> Resolved | None:
    """ "Wednesday, July 13, 2022", "Thursday (Aug 27)": the written date wins; the weekday picks its year."""
    month = cal.month_number(hit.group("m") or hit.group("m_"))
    number = day_number(hit, "d" if hit.group("d") else "d_")
    if hit.group("y"):
        day = cal.safe_date(int(hit.group("y")), month, number)
        return (day, day, "day") if day else None
    weekday = cal.WEEKDAYS[hit.group("w").lower()]
    doc = _doc(ctx)
    if doc is not None:
        fits = [
            d
            for y in range(doc.year - 6, doc.year + 2)
            if (d := cal.safe_date(y, month, number)) and d.weekday() == weekday
        ]
        near = [d for d in fits if abs((d - doc).days) <= 400]
        if near:
            day = min(near, key=lambda d: abs((d - doc).days))
            return day, day, "day"
    year = year_for_day(month, number, hit, ctx)
    day = cal.safe_date(year, month, number) if year else None
    return (day, day, "day") if day else None


def date_range(hit: Hit, ctx: Context) -> Resolved | None:
    """ "from June 17 to July 25", "June 17-25", "4 January to 15 February", "between June 1 and 5"."""
    month1 = cal.month_number(hit.group("m1"))
    month2 = cal.month_number(hit.group("m2")) if hit.group("m2") else month1
    day1, day2 = day_number(hit, "d1"), day_number(hit, "d2")
    year2 = int(hit.group("y2")) if hit.group("y2") else None
    year1 = int(hit.group("y1")) if hit.group("y1") else year2
    if year1 is None:
        year1 = year_for_day(month1, day1, hit, ctx)
    if year1 is None:
        return None
    if year2 is None:
        year2 = year1 + (1 if month2 < month1 else 0)
    first, last = cal.safe_date(year1, month1, day1), cal.safe_date(year2, month2, day2)
    if first is None or last is None or last < first:
        return None
    return first, last, "range"


def part_of_month(hit: Hit, ctx: Context) -> Resolved | None:
    """ "mid-June", "early July 2018", "the end of April"."""
    month = cal.month_number(hit.group("m"))
    year = int(hit.group("y")) if hit.group("y") else year_for_month(month, hit, ctx)
    if year is None:
        return None
    part = hit.group("part").lower().replace("the ", "").replace(" of", "").strip("- ")
    part = {"beginning": "early", "start": "early", "end": "late"}.get(part, part)
    low, high = _PART_BOUNDS[part]
    last = cal.month_end(year, month)
    return date(year, month, low), min(last, date(year, month, min(high, last.day))), "range"


def month(hit: Hit, ctx: Context) -> Resolved | None:
    """ "June 2018", "in June", "last June", "March this year"."""
    number = cal.month_number(hit.group("m"))
    year = int(hit.group("y")) if hit.group("y") else None
    if year is None and hit.group("yrel") and ctx.document is not None:
        year = ctx.document.year + {"this": 0, "last": -1, "next": 1}[hit.group("yrel").lower()]
    if year is None:
        year = year_for_month(number, hit, ctx, (hit.group("rel") or "").lower())
    if year is None:
        return None
    first, last = cal.month_span(year, number)
    return first, last, "month"


def year(hit: Hit, ctx: Context) -> Resolved | None:
    """ "in 2016", "2016", "fiscal 1989"."""
    value = int(hit.group("y"))
    return date(value, 1, 1), date(value, 12, 31), "year"


def part_of_year(hit: Hit, ctx: Context) -> Resolved | None:
    """ "early 2022", "late 2019"."""
    value = int(hit.group("y"))
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[hit.group("part").lower()]
    return date(value, months[0], 1), cal.month_end(value, months[1]), "range"


def year_end(hit: Hit, ctx: Context) -> Resolved | None:
    """ "year-end", "the end of the year", "the end of 1990": the last month of the year."""
    if hit.group("y"):
        value = int(hit.group("y"))
    elif ctx.document is not None:
        value = ctx.document.year - (1 if hit.lead == "since" else 0)
    else:
        return None
    return date(value, 12, 1), date(value, 12, 31), "range"


def year_range(hit: Hit, ctx: Context) -> Resolved | None:
    """ "between 2011 and 2021", "from 2011 to 2021"."""
    first, last = int(hit.group("y1") or hit.group("y1b")), int(hit.group("y2"))
    if last < first:
        return None
    return date(first, 1, 1), date(last, 12, 31), "range"
