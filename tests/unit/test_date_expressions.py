"""The public date stage: ``explorer.extract.date_expressions``, as a tagger of news dates."""

from __future__ import annotations

from datetime import date

from explorer.extract import DateExpr, date_expressions

DOC = date(2018, 7, 30)  # a Monday


def _read(text: str, published: date | None = DOC) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.date_start and str(e.date_start), e.date_end and str(e.date_end))
            for e in date_expressions(text, published)]  # fmt: skip


def test_each_expression_has_its_exact_span_and_interval() -> None:
    text = "Police said on Monday that the camp, set up in mid-June, was cleared on July 25, 2018."
    found = date_expressions(text, DOC)
    assert all(isinstance(e, DateExpr) and text[e.start : e.end] == e.text for e in found)
    assert _read(text) == [
        ("on Monday", "2018-07-30", "2018-07-30"),
        ("in mid-June", "2018-06-11", "2018-06-20"),
        ("on July 25, 2018", "2018-07-25", "2018-07-25"),
    ]


def test_durations_come_without_dates() -> None:
    (stay,) = date_expressions("The protesters stayed for about two weeks.", DOC)
    assert stay.kind == "duration" and stay.date_start is None and stay.date_end is None


def test_a_range_is_given_as_its_two_ends() -> None:
    assert _read("The consultation ran from June 17 to July 25.") == [
        ("from June 17", "2018-06-17", "2018-06-17"),
        ("July 25", "2018-07-25", "2018-07-25"),
    ]
    assert _read("Crowds marched on Thursday and Friday.") == [
        ("on Thursday", "2018-07-26", "2018-07-26"),
        ("Friday", "2018-07-27", "2018-07-27"),
    ]


def test_times_of_day_are_not_dates() -> None:
    assert _read("The letter was filed this morning.") == []


def test_the_story_carries_from_sentence_to_sentence() -> None:
    text = "The fire started on June 3. Two days later, the owner was arrested."
    assert _read(text) == [("on June 3", "2018-06-03", "2018-06-03"), ("Two days later", "2018-06-05", "2018-06-05")]


def test_without_a_publication_date_only_absolute_dates_resolve() -> None:
    assert _read("On Monday the court met; on June 28, 2018 it ruled.", None) == [
        ("on June 28, 2018", "2018-06-28", "2018-06-28")
    ]
