"""Publication dates from the page itself: stamps give a day, bounds give an honest range, nothing gives nothing."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.extract.docdate import find_dateline

BODY = "Officials said the council voted to close the library.\n"


@pytest.mark.parametrize(
    ("head", "expected", "note"),
    [
        ("Published July 9th, 2022 - 10:10 GMT\n\n", date(2022, 7, 9), "a publication stamp"),
        ("Posted at 6:49 PM, May 28, 2022\n\n", date(2022, 5, 28), "a stamp with the time first"),
        (
            "Jul 12, 2022, 11:26 AM | Updated: Jul 13, 2022, 1:32 pm\n\n",
            date(2022, 7, 12),
            "a date line beats the update",
        ),
        ("January 17, 2012 06:00 AM\nby Staff\n\n", date(2012, 1, 17), "a date line under the headline"),
        ("Sat 29 Nov 2008 05.55 EST\n\n", date(2008, 11, 29), "an abbreviated weekday and a clock"),
        ("date 2018-07-30 PORTLAND, Ore. – ", date(2018, 7, 30), "an ISO date after 'date'"),
        ("7/31/2018\nUpdated:\n7/31/2018\n\n", date(2018, 7, 31), "US numeric date lines"),
    ],
)
def test_stamps_give_the_day(head: str, expected: date, note: str) -> None:
    published, _spans = find_dateline(head + BODY)
    assert (published.value, published.source, published.latest) == (expected, "dateline", None), note


def test_an_update_stamp_bounds_the_date_with_the_days_the_text_tells_of() -> None:
    text = "Last updated at 10:05 28 November 2008\n\nOn November 26, 2008, gunmen attacked hotels in the city.\n"
    published, _spans = find_dateline(text)
    assert (published.value, published.latest, published.source) == (
        date(2008, 11, 26),
        date(2008, 11, 28),
        "estimated",
    )


def test_an_update_long_after_the_events_leaves_the_date_unknown_but_bounded() -> None:
    text = "Updated: March 3, 2021\n\nThe earthquake struck on January 17, 1995, before dawn.\n"
    published, _spans = find_dateline(text)
    assert (published.value, published.latest, published.source) == (None, date(2021, 3, 3), "unknown")


def test_a_month_byline_with_a_told_day_gives_a_range() -> None:
    text = "The union sent a cease and desist letter on July 30, 2018, lawyers said.\n\nAnn Lee - July 2018\n"
    published, _spans = find_dateline(text)
    assert (published.value, published.latest) == (date(2018, 7, 30), date(2018, 7, 31))


@pytest.mark.parametrize(
    "text",
    [
        "The city of Kobe marked the anniversary of the January 17, 1995 earthquake on Sunday.\n",
        "On June 19, 2018, protesters surrounded the office. Police arrived on Monday.\n",
        "Protesters stormed the building on Tuesday, witnesses said.\n",
    ],
)
def test_without_a_stamp_the_date_is_unknown_never_guessed_from_the_days_mentioned(text: str) -> None:
    published, _spans = find_dateline(text)
    assert (published.value, published.source) == (None, "unknown")


def test_stamps_and_bylines_are_page_furniture() -> None:
    text = "Headline here\n\nReported By:Web Team| Edited By: Web Team |Updated: Nov 01, 2022, 06:30 AM IST\n\n" + BODY
    _published, spans = find_dateline(text)
    line = text.index("Reported")
    assert any(s.start <= line < s.end for s in spans)
    assert not any(s.start <= text.index("Officials") < s.end for s in spans)
