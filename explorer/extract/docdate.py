"""A document's publication date from its own text: datelines, else an estimate."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from explorer.extract.dates import find_dates
from explorer.extract.model import PublishedDate, Span

_HEADER_CHARS = 700
_NUMERIC = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))"
_WORDY = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})"
)
_DATE = r"(?P<date>" + _NUMERIC + "|" + _WORDY + ")"
# Strongest first: an explicit publication marker, a line that is only a date, an update marker.
_PUBLISHED = re.compile(
    r"(?im)(?:^|\s)(?:date|dated|published|posted|pubdate)\s*[:\-–]?\s*(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?" + _DATE
)
_DATE_LINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][a-z]+day,?\s+)?" + _DATE + r"[ \t]*$")
_UPDATED = re.compile(r"(?i)(?:^|\s)(?:updated?|last updated|modified)\s*:?\s*(?:\n\s*)?" + _DATE)
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")


def _first_day(text: str, match: re.Match[str]) -> date | None:
    found = find_dates(text, None, start=match.start("date"), end=match.end("date"))
    return found[0].date_start if found and found[0].precision == "day" else None


def find_dateline(text: str) -> tuple[PublishedDate, list[Span]]:
    """The publication date a dateline states, and the spans of every dateline found.

    Dateline spans are header material: the extractor must not read them as incidents.
    """
    header = text[:_HEADER_CHARS]
    spans: list[Span] = []
    best: tuple[int, date, str] | None = None
    # An explicit publication marker counts anywhere (some pages put it last); a bare date line only at the top.
    for rank, pattern, scope in ((0, _PUBLISHED, text), (1, _DATE_LINE, header), (2, _UPDATED, text)):
        for match in pattern.finditer(scope):
            day = _first_day(text, match)
            if day is None:
                continue
            spans.append(Span(match.start(), match.end()))
            if best is None or rank < best[0]:
                best = (rank, day, match.group(0).strip())
    if best is None:
        return PublishedDate(None, "unknown"), spans
    return PublishedDate(best[1], "dateline", f"dateline “{' '.join(best[2].split())}”"), spans


def _text_year(text: str) -> int | None:
    """The year the text names most often, if any."""
    years = Counter(int(y) for y in _YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


def estimate_published(text: str, context: date | None = None) -> PublishedDate:
    """Estimate when an undated article was written: no earlier than the latest date it mentions.

    Month-day dates take the year the text names most often, else the year of ``context`` (the
    dates of the articles imported with it). When ``context`` falls shortly after the latest
    mention it is the better guess, since an article is usually written days after its events.
    """
    year = _text_year(text)
    anchor_year = year or (context.year if context else None)
    if anchor_year is None:
        return PublishedDate(None, "unknown")
    anchor = date(anchor_year, 12, 31)
    latest: date | None = None
    for expr in find_dates(text, anchor):
        if expr.kind not in ("absolute", "relative") or expr.date_end is None or expr.precision != "day":
            continue
        if _is_weekday_or_word(expr.text):
            continue
        if latest is None or expr.date_end > latest:
            latest = expr.date_end
    if latest is None:
        if context is not None and (year is None or context.year == year):
            return PublishedDate(context, "estimated", "from the articles imported with it")
        return PublishedDate(None, "unknown")
    if year is None and context is not None and latest <= context <= latest + timedelta(days=60):
        return PublishedDate(context, "estimated", "from the articles imported with it")
    return PublishedDate(latest, "estimated", "the latest date the article mentions")


_RELATIVE_WORDS = re.compile(
    r"(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|last|this|next"
)


def _is_weekday_or_word(expr_text: str) -> bool:
    """Expressions that only make sense against a document date cannot estimate it."""
    return bool(_RELATIVE_WORDS.search(expr_text))
