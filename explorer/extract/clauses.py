"""Which dates of a sentence date its events, and the clause each one dates.

Not every date in a sentence dates an event told in it: "before June 17" and "since March" bound
one; "in 2017" is only a year; "the March 2019 attacks" and "last year's vote" date a noun, not the
verb. When a sentence dates two events ("was ordered on Sunday evening, several people were
arrested on Monday"), it is cut between them, at the last clause boundary that separates the two.
"""

from __future__ import annotations

import itertools
import re

from explorer.extract.model import DateExpr, Span

WIDEST_DAYS = 62  # an incident is dated to at most about two months ("in June", "mid-June")
_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:the|a|an|he|she|they|it|police|officials)\s)"
    r"|\s+(?:that|which|who|after|before|when|as|while|until)\s+|,\s+|\s+[—–-]\s+"
)
_ATTRIBUTIVE = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?[a-z]{3,}")  # a noun phrase right after the date
_POSSESSIVE = re.compile(r"['’]s?(?![A-Za-z])")


def _attributive(text: str, expr: DateExpr) -> bool:
    """A date that modifies a noun: "the March 2019 attacks", "last year's vote" (a day is kept: "his July 30 letter")."""
    if _POSSESSIVE.match(text, expr.end):
        return True
    if expr.precision in ("day", "week"):
        return False
    before = text[max(0, expr.start - 6) : expr.start].lower()
    return before.endswith(("the ", "a ", "an ", "its ", "his ", "her ")) and bool(_ATTRIBUTIVE.match(text, expr.end))


def dates_an_event(text: str, expr: DateExpr) -> bool:
    """True when a date can date the event its clause tells: not a bound, a year, a long span or a noun's date."""
    if not expr.is_date or expr.bound or expr.precision == "year":
        return False
    assert expr.date_start is not None and expr.date_end is not None
    if (expr.date_end - expr.date_start).days > WIDEST_DAYS:
        return False
    return not _attributive(text, expr)


def _weak(expr: DateExpr) -> bool:
    """A time of day told against the story ("at 10 p.m."): it dates a clause only when nothing else does."""
    return expr.of_day and expr.kind == "narrative"


def owners(text: str, exprs: list[DateExpr]) -> list[DateExpr]:
    """The dates of a sentence that date its events, in order."""
    dating = [e for e in exprs if dates_an_event(text, e)]
    strong = [e for e in dating if not _weak(e)]
    return strong or dating


def dated_clauses(text: str, sentence: Span, dates: list[DateExpr]) -> list[tuple[DateExpr, Span]]:
    """One clause per date when a sentence dates two events; the whole sentence when it dates one."""
    if not dates:
        return []
    if len(dates) == 1 or len({(d.date_start, d.date_end) for d in dates}) == 1:
        return [(dates[0], Span(sentence.start, sentence.end))]
    bounds = [sentence.start]
    for left, right in itertools.pairwise(dates):
        breaks = list(_BREAK.finditer(text, left.end, right.start))
        bounds.append(breaks[-1].start() if breaks else -1)
    bounds.append(sentence.end)
    out: list[tuple[DateExpr, Span]] = []
    start = sentence.start
    owner: DateExpr | None = None
    for index, expr in enumerate(dates):
        owner = owner or expr  # with no break between two dates, the first dates the clause
        end = bounds[index + 1]
        if end == -1:
            continue
        out.append((owner, Span(start, end)))
        start, owner = end, None
    return out
