"""Find date expressions in English text and resolve them to inclusive intervals.

Absolute dates ("June 28, 2018", "7/31/2018", "2018-07-30") resolve on their own; a month and day
takes its year from the document date and its clause's tense; weekdays, "last week", "yesterday"
resolve against the document date; "the next day", "a few hours later" against the story's day.
Durations ("for about two weeks") are returned as claims with no date.
"""

from __future__ import annotations

from datetime import date

from explorer.extract.dates.scan import DateScan, find_dates, find_durations, possessive, read, scan_dates, split_range
from explorer.extract.dates.story import Story
from explorer.extract.model import DateExpr

__all__ = ["DateScan", "Story", "date_expressions", "find_dates", "find_durations", "possessive", "read", "scan_dates"]


def date_expressions(text: str, published: date | None) -> list[DateExpr]:
    """Every date expression in a text, resolved against its publication date, with durations.

    Read sentence by sentence as the extractor reads them, so "the next day" counts from the day
    the story had reached and "the quarter" is the quarter last named. Dates come with an
    inclusive interval; durations ("for two weeks") have none; a range ("from June 17 to July 25")
    is given as its two ends. Times of day ("this morning", "at 10 p.m.") are not dates and are left
    out. Offsets are into ``text``.

    >>> [(e.text, str(e.date_start)) for e in date_expressions("It rained on Monday.", date(2018, 7, 31))]
    [('on Monday', '2018-07-30')]
    """
    from explorer.extract.sentences import split_sentences

    scan = scan_dates(text)
    story = Story(day=published)
    found: list[DateExpr] = []
    for sentence in split_sentences(text):
        exprs, story = read(text, published, story, sentence.start, sentence.end, scan)
        found.extend(part for expr in exprs if not expr.of_day for part in split_range(expr))
        found.extend(scan.durations_between(sentence.start, sentence.end))
    return sorted(found, key=lambda e: (e.start, e.end))
