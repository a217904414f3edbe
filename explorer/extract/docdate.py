"""A document's publication date from its own text: the stamps a page prints, or an honest range, or nothing.

Pages print "Published July 9, 2022", "Posted at 6:49 PM, May 28, 2022", a date line under the
headline, or only "Updated: Jul 13, 2022". A publication or date stamp gives the day. An update stamp
only bounds it: the article appeared on or before that day and on or after the latest day it tells
of, so the date is that range when it is short. A month-and-year byline ("July 2018") bounds it the
same way. Without any of these the date is unknown: it is never guessed from the days the article
mentions (an anniversary story names only the anniversary's day) nor from other articles.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.extract import calendar as cal
from explorer.extract.dates import find_dates
from explorer.extract.dates.patterns import CLOCK, WEEKDAY_SHORT, WEEKDAY_SHORT_NAMES
from explorer.extract.model import PublishedDate, Span
from explorer.extract.spans import SpanSet

HEADER_CHARS = 1500
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
MAX_RANGE_DAYS = 14
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+\d{4})"
)
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + WEEKDAY_SHORT_NAMES + r")\.?,?\s+)"
_TIME = r"(?:(?:at\s+)?" + CLOCK + r"(?:\s*[A-Z]{2,4})?,?\s*)"
_STAMPED = r"\s*(?:on|at)?\s*[:\-–|]?\s*" + _TIME + r"?" + _WEEKDAY + r"?" + _DATE
_PUBLISHED = re.compile(
    r"(?im)(?:^|[\s|])(?:first\s+)?(?:date|dated|published|posted|pubdate|publication date)" + _STAMPED
)
_UPDATED = re.compile(r"(?im)(?:^|[\s|])(?:updated?|last updated|last modified|modified)" + _STAMPED)
_DATE_LINE = re.compile(
    r"(?m)^[ \t]*" + _WEEKDAY + r"?" + _DATE + r"(?:,?\s*" + _TIME + r")?(?:\s*[|·]\s*[^\n]{0,80})?[ \t]*$"
)
_BYLINE_MONTH = re.compile(
    r"(?m)^[^\n]{0,60}?[-–|,]\s*(?P<m>" + _MONTHS + r")\s+(?:" + WEEKDAY_SHORT + r",?\s+)?(?P<y>(?:19|20)\d\d)[ \t]*$"
)
# Lines that are page furniture: stamps, bylines, credits, with no sentence of the article in them.
_FURNITURE = re.compile(
    r"(?im)^[ \t]*(?:(?:posted|published|updated|last updated|reported by|edited by|written by|source|by)\b[^\n]{0,160}"
    r"|[^\n.!?]{0,80}\|\s*(?:updated|edited by|source)\b[^\n]*)$"
)


def _day_in(text: str, match: re.Match[str]) -> date | None:
    found = find_dates(text, None, start=match.start("date"), end=match.end("date"))
    return found[0].date_start if found and found[0].precision == "day" else None


def _stamps(pattern: re.Pattern[str], text: str) -> list[tuple[date, re.Match[str]]]:
    out = []
    for match in pattern.finditer(text):
        day = _day_in(text, match)
        if day is not None:
            out.append((day, match))
    return out


def header_spans(text: str) -> list[Span]:
    """Spans of page furniture: date lines, stamps, bylines. They are never read as incidents."""
    head = text[:HEADER_CHARS]
    spans = [Span(m.start(), m.end()) for m in _FURNITURE.finditer(head)]
    spans += [Span(m.start(), m.end()) for m in _DATE_LINE.finditer(head)]
    spans += [Span(m.start(), m.end()) for p in (_PUBLISHED, _UPDATED) for m in p.finditer(text)]
    return spans


def _latest_told(text: str, upper: date, furniture: list[Span]) -> date | None:
    """The latest day the article names by its date, up to ``upper`` (outside the page's stamps).

    A month and day without a year ("his July 30 letter") takes the year the bound gives.
    """
    stamps = SpanSet(furniture)
    days = [
        e.date_start for e in find_dates(text, upper)
        if e.precision == "day" and e.date_start is not None and e.date_start <= upper
        and (e.kind == "absolute" or _MONTH_WORD.search(e.text))
        and e.start not in stamps
    ]  # fmt: skip
    return max(days) if days else None


def _bounded(text: str, upper: date, why: str, furniture: list[Span]) -> PublishedDate:
    """On or before ``upper`` and on or after the latest day the text tells of: a range when that is short."""
    lower = _latest_told(text, upper, furniture)
    if lower is None or (upper - lower).days > MAX_RANGE_DAYS:
        return PublishedDate(None, "unknown", f"only bounded: {why}, not after {upper:%d %b %Y}", latest=upper)
    if lower == upper:
        return PublishedDate(upper, "estimated", f"{why}, and the article tells of that day")
    return PublishedDate(lower, "estimated", f"between {lower:%d %b} and {upper:%d %b %Y}: {why}", latest=upper)


def find_dateline(text: str) -> tuple[PublishedDate, list[Span]]:
    """The publication date the page's stamps give (a day, a range, or unknown), and the furniture spans."""
    spans = header_spans(text)
    published = _stamps(_PUBLISHED, text) or _stamps(_DATE_LINE, text[:HEADER_CHARS])
    if published:
        day, match = published[0]
        return PublishedDate(day, "dateline", f"dateline “{' '.join(match.group(0).split())}”"), spans
    updated = _stamps(_UPDATED, text)
    if updated:
        day, match = min(updated, key=lambda u: u[0])
        return _bounded(text, day, f"updated {day:%d %b %Y}", spans), spans
    byline = _BYLINE_MONTH.search(text)
    if byline is not None:
        year, month = int(byline["y"]), cal.month_number(byline["m"][:3])
        last = cal.month_end(year, month)
        found = _bounded(text, last, f"byline of {byline['m']} {year}", spans)
        if found.value is not None and found.value < last - timedelta(days=MAX_RANGE_DAYS):
            return PublishedDate(None, "unknown"), spans
        return found, spans
    return PublishedDate(None, "unknown"), spans
