"""What a reviewer types, read: statuses, tags, notes and corrected dates (sentences written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.review.model import ReviewError, clean_note, precision_of, read_date, read_status, read_tag, read_tags
from explorer.review.pins import pinned_incident, tied_components

STATUSES = [("verified", "verified"), ("DISPUTED", "disputed"), (" rej ", "rejected"), ("u", "unreviewed")]


@pytest.mark.parametrize(("typed", "status"), STATUSES)
def test_statuses_read_in_any_case_and_by_a_unique_prefix(typed: str, status: str) -> None:
    assert read_status(typed) == status


@pytest.mark.parametrize("typed", ["", "approved", "  "])
def test_an_unknown_status_names_the_four(typed: str) -> None:
    with pytest.raises(ReviewError, match="choose one of unreviewed, verified, disputed, rejected"):
        read_status(typed)


TAGS = [
    ("Needs  Source", "needs source", "inner spaces made one, lower case"),
    ("legal\tteam", "legal team", "a tab is a space, not glue"),
    ("\x1b[31mred\x1b[0m", "[31mred[0m", "escape characters dropped, the rest kept as text"),
]


@pytest.mark.parametrize(("typed", "tag", "note"), TAGS)
def test_tags(typed: str, tag: str, note: str) -> None:
    assert read_tag(typed) == tag, note


def test_several_tags_at_once_and_a_tag_too_long() -> None:
    assert read_tags("legal, follow up, Legal") == ["legal", "follow up"]
    with pytest.raises(ReviewError, match="longer than 40"):
        read_tag("x" * 41)


def test_a_note_keeps_its_lines_and_loses_control_characters() -> None:
    assert clean_note("  First line.\r\nSecond\x07 line.\n\n") == "First line.\nSecond line."


DATES = [
    ("2018-06-19", date(2018, 6, 19), date(2018, 6, 19), "day"),
    ("june 2018", date(2018, 6, 1), date(2018, 6, 30), "month"),
    ("2018-06-15..2018-06-17", date(2018, 6, 15), date(2018, 6, 17), "range"),
    ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
]


@pytest.mark.parametrize(("typed", "start", "end", "precision"), DATES)
def test_a_corrected_date_reads_as_the_filters_read_it_and_its_precision_follows(
    typed: str, start: date, end: date, precision: str
) -> None:
    value = read_date(typed)
    assert (value.start, value.end, value.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("typed", "message"),
    [("june 19", "has no year"), ("june 31 2018", "is the day in that month"), ("2018-06-01..", "open-ended")],
)
def test_a_date_that_cannot_be_an_incidents_date_says_why(typed: str, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        read_date(typed)


def test_a_monday_to_sunday_span_is_a_week() -> None:
    assert precision_of(date(2018, 6, 18), date(2018, 6, 24)) == "week"


def test_a_passage_goes_to_the_incident_it_overlaps_most() -> None:
    anchors = [(0, 50, 1), (40, 120, 2)]
    assert pinned_incident([(45, 100)], anchors) == 2
    assert pinned_incident([(200, 220)], anchors) is None


def test_tied_passages_stay_one_group_whatever_else_links_them() -> None:
    assert tied_components(4, lambda i, j: {i, j} == {1, 2}, frozenset({0, 3})) == [[0, 3], [1, 2]]
