"""Every date form the extractor reads, and the words that only look like dates."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.extract.dates import find_dates, find_durations

DOC = date(2018, 7, 30)  # a Monday
STORY = date(2018, 6, 19)  # where the narrative was


def _one(text: str, doc: date | None = DOC, narrative: date | None = STORY) -> tuple[str, str, str]:
    found = [d for d in find_dates(text, doc, narrative_date=narrative) if d.is_date]
    assert len(found) == 1, f"{text!r}: {found}"
    d = found[0]
    return str(d.date_start), str(d.date_end), d.precision


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "note"),
    [
        ("on June 28, 2018, police", "2018-06-28", "2018-06-28", "day", "full date"),
        ("on Aug. 27, 2017 in", "2017-08-27", "2017-08-27", "day", "abbreviated month"),
        ("dated 28 June 2018 here", "2018-06-28", "2018-06-28", "day", "day before month"),
        ("UPDATE 7/31/2018: x", "2018-07-31", "2018-07-31", "day", "US numeric"),
        ("UPDATE 7/31/18: x", "2018-07-31", "2018-07-31", "day", "US numeric, two-digit year"),
        ("date 2018-07-30 x", "2018-07-30", "2018-07-30", "day", "ISO"),
        ("On June 19, they", "2018-06-19", "2018-06-19", "day", "month and day take the document's year"),
        ("on Dec. 28 it closed", "2017-12-28", "2017-12-28", "day", "a month-day told in the past, months ago"),
        ("payable Nov. 16 to holders", "2018-11-16", "2018-11-16", "day", "no tense: the nearest one, ahead"),
        ("his July 30 letter", "2018-07-30", "2018-07-30", "day", "month-day as a modifier"),
        ("sent on Monday", "2018-07-30", "2018-07-30", "day", "weekday: on or before the document date"),
        ("met Friday with", "2018-07-27", "2018-07-27", "day", "weekday without 'on'"),
        ("last Monday they", "2018-07-23", "2018-07-23", "day", "'last' weekday is strictly before"),
        ("will meet on Thursday", "2018-08-02", "2018-08-02", "day", "future sentence points forward"),
        ("said yesterday that", "2018-07-29", "2018-07-29", "day", "yesterday"),
        ("said today that", "2018-07-30", "2018-07-30", "day", "today"),
        ("filed this morning by", "2018-07-30", "2018-07-30", "day", "this morning"),
        ("it broke last week", "2018-07-23", "2018-07-29", "week", "last week is the previous Monday-Sunday"),
        ("called last month", "2018-06-01", "2018-06-30", "month", "last month"),
        ("earlier this month, a", "2018-07-01", "2018-07-31", "month", "earlier this month: the month"),
        ("began in June after", "2018-06-01", "2018-06-30", "month", "in June"),
        ("in mid-June, in", "2018-06-11", "2018-06-20", "range", "mid-month"),
        ("in early July and", "2018-07-01", "2018-07-10", "range", "early month"),
        ("in late June after", "2018-06-21", "2018-06-30", "range", "late month"),
        ("from June 17 to July 25 they", "2018-06-17", "2018-07-25", "range", "range across months"),
        ("between June 1 and June 5 they", "2018-06-01", "2018-06-05", "range", "between ... and"),
        ("June 17-25 they", "2018-06-17", "2018-06-25", "range", "range within a month"),
        ("in March 2017 he", "2017-03-01", "2017-03-31", "month", "month and year"),
        ("in 2016 he", "2016-01-01", "2016-12-31", "year", "a year"),
        ("left the next day", "2018-06-20", "2018-06-20", "day", "the next day: narrative + 1"),
        ("two days later he", "2018-06-21", "2018-06-21", "day", "two days later"),
        ("a few hours later he", "2018-06-19", "2018-06-19", "day", "a few hours later: the same day"),
        ("three days ago he", "2018-07-27", "2018-07-27", "day", "days ago"),
        ("in early 2022 and", "2022-01-01", "2022-04-30", "range", "part of a year"),
        ("ran from 4 January to 15 February. It", "2018-01-04", "2018-02-15", "range", "day-first range"),
        (
            "will close at the end of April.",
            "2019-04-21",
            "2019-04-30",
            "range",
            "a month still to come is next year's",
        ),
        ("closed at the end of April.", "2018-04-21", "2018-04-30", "range", "'at the end of' a month"),
        ("expanded from May onwards", "2018-05-01", "2018-05-31", "month", "'from' a month"),
        ("it would open in September", "2018-09-01", "2018-09-30", "month", "'would' and a month still ahead"),
        ("it said in September that", "2017-09-01", "2017-09-30", "month", "a month ahead, said in the past"),
        ("between 2011 and 2021 she", "2011-01-01", "2021-12-31", "range", "a range of years"),
        ("Last Friday, the board", "2018-07-27", "2018-07-27", "day", "capitalised 'Last' weekday"),
        ("late Wednesday after", "2018-07-25", "2018-07-25", "day", "a weekday with a part of the day"),
        ("in the third quarter, revenue", "2018-07-01", "2018-09-30", "range", "a quarter of the document's year"),
        ("a year ago, the firm", "2017-01-01", "2017-12-31", "year", "a year ago"),
        ("six months ago she", "2018-01-01", "2018-01-31", "month", "months ago: the month"),
        ("on Thanksgiving, the family", "2018-11-22", "2018-11-22", "day", "a movable holiday, still to come"),
        ("on Christmas Day they", "2018-12-25", "2018-12-25", "day", "a fixed holiday"),
        ("on Independence Day, crowds", "2018-07-04", "2018-07-04", "day", "a holiday already past this year"),
        ("in fiscal 2017 the", "2017-01-01", "2017-12-31", "year", "a fiscal year"),
        ("in nineteen ninety-six the", "1996-01-01", "1996-12-31", "year", "a year in words"),
        ("the 1996 bombing killed", "1996-01-01", "1996-12-31", "year", "a year as a modifier"),
        ("a day earlier, police", "2018-06-18", "2018-06-18", "day", "a day earlier goes back from the story"),
        ("the day after the vote, he", "2018-06-20", "2018-06-20", "day", "the day after goes forward"),
        ("shortly after midnight, police", "2018-06-19", "2018-06-19", "day", "a time of day is the story's day"),
        ("last weekend, fans", "2018-07-28", "2018-07-29", "range", "the weekend before"),
        ("on Monday and Tuesday, crowds", "2018-07-23", "2018-07-24", "range", "two weekdays: the later one past"),
        ("ran Friday through Sunday.", "2018-07-27", "2018-07-29", "range", "a run of weekdays"),
        ("moved from 4 pm to 9 pm, to", "2018-06-19", "2018-06-19", "day", "hours of a day are the story's day"),
    ],
)
def test_date_forms(text: str, start: str | None, end: str | None, precision: str | None, note: str) -> None:
    if start is None:
        assert [d for d in find_dates(text, DOC) if d.is_date] == [], note
        return
    assert _one(text) == (start, end, precision), note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Mayor Ted Wheeler spoke", "Mayor is not May"),
        ("the council may vote", "the verb may"),
        ("protesters March on City Hall", "March as a verb"),
        ("called 911 twice", "911"),
        ("the 14th Amendment says", "an ordinal amendment"),
        ("a 501(c)(3) organization", "a tax code"),
        ("Sophia June says", "June as a surname"),
        ("in Mondays meetings", "a plural weekday"),
        ("about 80 percent", "a percentage"),
        ("during Friday prayers at", "a weekly custom"),
        ("the Sunday edition of the paper", "a weekly edition"),
    ],
)
def test_not_dates(text: str, note: str) -> None:
    assert [d.text for d in find_dates(text, DOC) if d.is_date] == [], note


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("shut the office for about two weeks", "for about two weeks"),
        ("during a five-week-long protest", "five-week-long"),
        ("over a period of nearly 40 days", "over a period of nearly 40 days"),
        ("for an entire week", "for an entire week"),
        ("for more than a month", "for more than a month"),
    ],
)
def test_durations_are_claims_not_dates(text: str, duration: str) -> None:
    assert [d.text for d in find_durations(text)] == [duration]
    assert [d for d in find_dates(text, DOC) if d.is_date] == []


def test_relative_dates_need_a_document_date() -> None:
    assert find_dates("on Monday they met", None) == []
    assert [d.text for d in find_dates("on June 28, 2018 they met", None)] == ["on June 28, 2018"]


def test_spans_are_exact() -> None:
    text = "Police said that on June 19, protesters gathered."
    (expr,) = find_dates(text, DOC)
    assert text[expr.start : expr.end] == expr.text == "on June 19"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("by the end of May, x", "by"),
        ("before June 17, the camp", "before"),
        ("the office has been closed since June 20", "since"),
        ("police must leave by Monday", "a deadline"),
        ("the camp stood until June 2 and", "until"),
    ],
)
def test_bounds_are_marked_as_bounds(text: str, note: str) -> None:
    found = [d for d in find_dates(text, DOC) if d.is_date]
    assert found and all(d.bound for d in found), note


def test_until_a_day_when_something_happened_dates_it() -> None:
    (found,) = [d for d in find_dates("They stayed until June 2, when floods cut the road.", DOC) if d.is_date]
    assert not found.bound and str(found.date_start) == "2018-06-02", "the 'when' clause happened that day"


def test_a_byline_gives_no_day() -> None:
    assert [d for d in find_dates("Sandy Malone - July Fri, 2018", DOC) if d.precision == "day"] == []
