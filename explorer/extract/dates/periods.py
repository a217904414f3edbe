"""Resolvers for named periods: quarters, "this year" and its anaphora, holidays, years written in words.

Quarters follow business-news usage: "the third quarter" is the calendar quarter of the year the
clause implies; "the quarter" is the quarter the text last named; "a year ago" in an earnings story
is that quarter a year before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from explorer.extract import calendar as cal
from explorer.extract.dates.absolute import year_for_day
from explorer.extract.dates.context import Context
from explorer.extract.dates.hit import Hit, Resolved

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_BEFORE_HALF = re.compile(r"(?i)nine months|first half|six months|first nine")


def quarter_span(year: int, quarter: int) -> Resolved:
    """The first and last day of a calendar quarter."""
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), cal.month_end(year, first + 2), "range"


def _current_quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _completed(day: date) -> tuple[int, int]:
    """The last quarter that has ended by ``day``."""
    quarter = _current_quarter(day) - 1
    return (day.year, quarter) if quarter else (day.year - 1, 4)


def ordinal_quarter(hit: Hit, ctx: Context) -> Resolved | None:
    """ "the third quarter", "third-quarter", "last year's fourth quarter", "the 1988 second quarter"."""
    doc = ctx.document
    quarter = ORDINALS[hit.group("ord").lower()]
    explicit = hit.group("y") or hit.group("y2")
    if explicit:
        year = int(explicit)
    elif doc is None:
        return None
    else:
        year = doc.year
        if quarter > _current_quarter(doc) and not ctx.future(hit.start, hit.end):
            year -= 1  # a quarter still to come this year, told in the past, is last year's
        rel = (hit.group("yrel") or "").lower()
        year += {"last": -1, "next": 1}.get(rel, 0)
    if hit.group("ago") or hit.group("ya"):
        year -= 1
    return quarter_span(year, quarter)


def quarter_anaphora(hit: Hit, ctx: Context) -> Resolved | None:
    """ "the quarter", "the latest quarter", "the current quarter", "the period" (after a quarter was named)."""
    doc = ctx.document
    if doc is None:
        return None
    adjective = (hit.group("adj") or "").lower()
    named = ctx.story.quarter
    if hit.group("unit").lower() == "period" and named is None and "latest" not in adjective:
        return None
    if "current" in adjective:
        year, quarter = doc.year, _current_quarter(doc)
    elif re.search(r"latest|most recent|just-ended", adjective):
        year, quarter = _completed(doc)
    else:
        year, quarter = named or _completed(doc)
    if hit.group("ago"):
        year -= 1
    return quarter_span(year, quarter)


def year_ago(hit: Hit, ctx: Context) -> Resolved | None:
    """ "a year ago", "a year earlier", "year-earlier": the named quarter a year before, else last year."""
    doc = ctx.document
    if doc is None:
        return None
    named = ctx.story.quarter
    recent = ctx.text[max(0, hit.start - 300) : hit.start]
    if named is not None and not _BEFORE_HALF.search(recent):
        return quarter_span(named[0] - 1, named[1])
    return date(doc.year - 1, 1, 1), date(doc.year - 1, 12, 31), "year"


def year_ago_quarter(hit: Hit, ctx: Context) -> Resolved | None:
    """ "the year-ago quarter", "the year-earlier period", "last year's quarter"."""
    doc = ctx.document
    named = ctx.story.quarter or (_completed(doc) if doc else None)
    if named is None:
        return None
    ordinal = hit.group("ord") or hit.group("ord_")
    quarter = ORDINALS[ordinal.lower()] if ordinal else named[1]
    year = int(hit.group("y")) if hit.group("y") else named[0] - 1
    return quarter_span(year, quarter)


def this_year(hit: Hit, ctx: Context) -> Resolved | None:
    """ "this year", "the current year", "the year" (the document's), "the past year", "last year" (the one before)."""
    doc = ctx.document
    if doc is None:
        return None
    words = hit.words
    value = doc.year - (1 if re.search(r"\b(?:last|past|previous)\b", words) else 0)
    value += 1 if re.search(r"\bnext\b", words) else 0
    return date(value, 1, 1), date(value, 12, 31), "year"


def fiscal_year(hit: Hit, ctx: Context) -> Resolved | None:
    """ "fiscal 1989" (that year), "the current fiscal year" (the document's)."""
    if hit.group("y"):
        value = int(hit.group("y"))
    elif ctx.document is not None:
        value = ctx.document.year
    else:
        return None
    return date(value, 1, 1), date(value, 12, 31), "year"


def spelled_year(hit: Hit, ctx: Context) -> Resolved | None:
    """ "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand"."""
    if hit.group("millennium"):
        value = 2000 + (_UNITS.get((hit.group("mu") or "").lower(), 0))
    else:
        tens = _TENS.get((hit.group("t") or "").lower(), 0) or _TEENS.get((hit.group("t") or "").lower(), 0)
        value = 1900 + tens + _UNITS.get((hit.group("u") or "").lower(), 0)
    if hit.group("m"):
        first, last = cal.month_span(value, cal.month_number(hit.group("m")))
        return first, last, "month"
    return date(value, 1, 1), date(value, 12, 31), "year"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday of a month (n = -1 for the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = cal.month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS: dict[str, object] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "may day": (5, 1), "independence day": (7, 4), "the fourth of july": (7, 4),
    "bastille day": (7, 14), "halloween": (10, 31), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "veterans day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3),
    "easter": "easter", "easter sunday": "easter", "good friday": "easter-2", "easter monday": "easter+1",
}  # fmt: skip


def _holiday_on(name: str, year: int) -> date:
    rule = HOLIDAYS[name]
    if isinstance(rule, str):
        base: date = easter(year)
        return base + timedelta(days=int(rule[6:]) if len(rule) > 6 else 0)
    assert isinstance(rule, tuple)
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    return _nth_weekday(year, rule[0], rule[1], rule[2])


_NEEDS_LEAD = frozenset({"christmas", "easter", "halloween", "thanksgiving", "independence day", "may day"})


def holiday(hit: Hit, ctx: Context) -> Resolved | None:
    """ "Christmas", "on Thanksgiving", "Easter Sunday 2019", "New Year's Day": its day in the year meant."""
    name = re.sub(r"\s+", " ", hit.group("name").lower()).replace("’", "'")
    if name in _NEEDS_LEAD and not hit.lead and not hit.group("y"):
        return None  # "Christmas shopping", "an Easter egg": the word, not the day
    if hit.group("y"):
        day = _holiday_on(name, int(hit.group("y")))
        return day, day, "day"
    doc = ctx.document
    if doc is None:
        return None
    sample = _holiday_on(name, doc.year)
    year = year_for_day(sample.month, sample.day, hit, ctx)
    if year is None:
        return None
    day = _holiday_on(name, year)
    return day, day, "day"
