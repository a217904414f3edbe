"""Resolvers for dates that lean on another date: weekdays, "yesterday", "last week", "the next day", "ago".

Against the document date: weekdays, yesterday and today, this or last week, month and year, "two
days ago". Against the story's day: "the next day", "two days later", "later that evening".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.extract import calendar as cal
from explorer.extract.dates.context import Context
from explorer.extract.dates.hit import Hit, Resolved

_TIED_WITHIN = timedelta(days=10)


def _day(day: date) -> Resolved:
    return day, day, "day"


def _offset(anchor: date | None, days: int) -> Resolved | None:
    return _day(anchor + timedelta(days=days)) if anchor is not None else None


def weekday(hit: Hit, ctx: Context) -> Resolved | None:
    """ "on Monday", "last Friday", "this Thursday", "next Tuesday".

    A bare weekday is the latest such day on or before the document's date (the document's own
    weekday is that very day), unless its clause speaks of the future, or the text already tied
    that weekday to a date. "last Monday" is the Monday of the previous week.
    """
    day = _weekday_day(cal.WEEKDAYS[hit.group("w").lower()], hit, ctx)
    return _day(day) if day is not None else None


def _weekday_day(number: int, hit: Hit, ctx: Context) -> date | None:
    doc = ctx.document
    if doc is None:
        return None
    rel = hit.group("rel").lower()
    monday = doc - timedelta(days=doc.weekday())
    if rel in ("coming", "this coming"):
        return cal.weekday_after(doc, number)
    if rel in ("last", "past", "previous"):
        return monday - timedelta(days=7 - number)
    if rel == "this":
        return monday + timedelta(days=number)
    if rel == "next" or ctx.future(hit.start, hit.end):
        return cal.weekday_after(doc, number)
    tied = ctx.story.tied(number)
    if tied is not None and abs(tied - doc) <= _TIED_WITHIN:
        return tied
    return cal.weekday_on_or_before(doc, number)


def weekday_pair(hit: Hit, ctx: Context) -> Resolved | None:
    """ "on Monday and Tuesday", "Friday to Sunday": the later day read as a weekday, the first just before it."""
    first_number, last_number = cal.WEEKDAYS[hit.group("w").lower()], cal.WEEKDAYS[hit.group("w2").lower()]
    last = _weekday_day(last_number, hit, ctx)
    if last is None:
        return None
    if last_number <= first_number:  # "Friday and Thursday": two days told out of order, each read alone
        other = _weekday_day(first_number, hit, ctx)
        return (min(last, other), max(last, other), "range") if other is not None else None
    return last - timedelta(days=last_number - first_number), last, "range"


def weekend(hit: Hit, ctx: Context) -> Resolved | None:
    """ "last weekend", "this weekend", "over the weekend": a Saturday and Sunday."""
    doc = ctx.document
    if doc is None:
        return None
    saturday = doc - timedelta(days=doc.weekday()) + timedelta(days=5)
    rel = (hit.group("rel") or "").lower()
    if rel == "last" or (rel != "next" and saturday > doc and not ctx.future(hit.start, hit.end)):
        saturday -= timedelta(days=7)
    elif rel == "next":
        saturday += timedelta(days=7)
    return saturday, saturday + timedelta(days=1), "range"


def from_document(hit: Hit, ctx: Context) -> Resolved | None:
    """Expressions counted from the document date: yesterday, today, this morning, last week, this month."""
    doc = ctx.document
    if doc is None:
        return None
    words = hit.words
    if "yesterday" in words or words == "last night":
        return _offset(doc, -1)
    if words.endswith("tomorrow"):
        return _offset(doc, 1)
    if words.endswith(("today", "tonight", "morning", "afternoon", "evening", "ago")) or words == "now":
        return _day(doc)
    return _period(words, doc)


def _period(words: str, doc: date) -> Resolved | None:
    delta = {"last": -1, "next": 1, "past": -1, "previous": -1}.get(words.split()[-2], 0) if " " in words else 0
    if words.endswith("week"):
        monday, sunday = cal.week_span(doc + timedelta(days=7 * delta))
        return monday, sunday, "week"
    if words.endswith("month"):
        year, month = cal.shift_month(doc.year, doc.month, delta)
        first, last = cal.month_span(year, month)
        return first, last, "month"
    if words.endswith("year"):
        year = doc.year + delta
        return date(year, 1, 1), date(year, 12, 31), "year"
    return None


def ago(hit: Hit, ctx: Context) -> Resolved | None:
    """ "three days ago" (a day), "two weeks ago" (about a week), "six months ago" (a month), "two years ago" (a year).

    "Exactly 26 years ago" is the same day that many years before.
    """
    count = cal.number_value(hit.group("n") or "a")
    doc = ctx.document
    if count is None or doc is None:
        return None
    unit = hit.group("unit").lower()
    if unit.startswith("day"):
        return _offset(doc, -count)
    if unit.startswith("week"):
        centre = doc - timedelta(days=7 * count)
        return centre - timedelta(days=3), centre + timedelta(days=3), "week"
    if unit.startswith("month"):
        year, month = cal.shift_month(doc.year, doc.month, -count)
        first, last = cal.month_span(year, month)
        return first, last, "month"
    if hit.group("exactly"):
        day = cal.safe_date(doc.year - count, doc.month, min(doc.day, 28 if doc.month == 2 else doc.day))
        return _day(day) if day else None
    return date(doc.year - count, 1, 1), date(doc.year - count, 12, 31), "year"


def from_story(hit: Hit, ctx: Context) -> Resolved | None:
    """Expressions counted from the story's day: the next day, two days later, later that evening."""
    anchor = ctx.narrative
    if anchor is None:
        return None
    words = hit.words
    count = cal.number_value(hit.group("n")) if hit.group("n") else None
    if hit.group("unit") and count is not None:
        unit = hit.group("unit").lower()
        sign = -1 if words.endswith(("earlier", "before")) else 1
        if unit.startswith(("hour", "minute")):
            return _day(anchor)
        return _offset(anchor, sign * count * (7 if unit.startswith("week") else 1))
    if re.search(r"\b(?:next|following|day later|day after)\b", words) and "day before" not in words:
        return _offset(anchor, 1)
    if re.search(r"\b(?:previous|day before|day earlier|eve)\b", words):
        return _offset(anchor, -1)
    return _day(anchor)


def story_year(hit: Hit, ctx: Context) -> Resolved | None:
    """ "later that year", "that year", "the same year", "the following year": the year the text last named."""
    if ctx.story.year is None:
        return None
    value = ctx.story.year + (1 if "following" in hit.words or "next" in hit.words else 0)
    return date(value, 1, 1), date(value, 12, 31), "year"
