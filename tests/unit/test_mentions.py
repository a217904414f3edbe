"""Incident mentions: dated events, clause splitting, follow-ups, titles and kinds."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.extract import extract_document
from explorer.extract.model import PublishedDate

DOC = PublishedDate(date(2018, 7, 30), "user")


def _mentions(text: str) -> list[tuple[str, str, list[str]]]:
    found = extract_document(text, DOC).mentions
    return [(str(m.date_start), m.kind, [e.quote for e in m.evidence]) for m in found]


def test_a_dated_event_is_an_incident() -> None:
    text = "On June 19, protesters surrounded the building."
    assert _mentions(text) == [("2018-06-19", "protest", [text])]


def test_a_date_without_an_event_is_not() -> None:
    assert _mentions("The report is dated June 19, 2018.") == []


def test_two_dated_clauses_make_two_incidents() -> None:
    text = "The office reopened in early July and the camp was cleared by police on July 25 amid concerns."
    found = _mentions(text)
    assert [(d, k) for d, k, _q in found] == [("2018-07-01", "reopening"), ("2018-07-25", "police action")]
    assert found[0][2] == ["The office reopened in early July"]
    assert found[1][2][0].startswith("the camp was cleared")


def test_follow_up_sentences_of_the_same_paragraph_attach() -> None:
    text = (
        "On July 9, a protester followed the employee. The employee called 911. A police officer arrived.\n\n"
        "The weather was fine."
    )
    (mention,) = extract_document(text, DOC).mentions
    assert [e.is_dated for e in mention.evidence] == [True, False, False]
    assert "police officers" in [a.name for a in mention.actors]


def test_follow_ups_stop_at_a_new_paragraph_or_a_new_date() -> None:
    text = "On July 9, protesters marched.\n\nThe employee called 911. On July 10, police arrested two men."
    first, second = extract_document(text, DOC).mentions
    assert len(first.evidence) == 1
    assert str(second.date_start) == "2018-07-10"


def test_durations_are_kept_as_claims() -> None:
    (mention,) = extract_document("On June 20, protesters shut the office for about two weeks.", DOC).mentions
    assert mention.evidence[0].durations == ("for about two weeks",)
    assert str(mention.date_start) == str(mention.date_end) == "2018-06-20"


def test_datelines_are_not_incidents() -> None:
    text = "date 2018-07-30 PORTLAND – Police arrested a man.\n\nUPDATE 7/31/18: This post was updated."
    assert extract_document(text).mentions == ()


def test_title_drops_the_date_words() -> None:
    (mention,) = extract_document("On June 19, protesters surrounded the building.", DOC).mentions
    assert mention.title == "Protesters surrounded the building"


def test_narrative_dates_follow_the_story() -> None:
    text = "On June 19, protesters followed him. He also says protesters showed up at his home a few hours later."
    dates = [str(m.date_start) for m in extract_document(text, DOC).mentions]
    assert dates == ["2018-06-19", "2018-06-19"]


def test_how_the_date_was_read_is_recorded() -> None:
    (mention,) = extract_document("The union sent the letter on Monday.", DOC).mentions
    assert mention.date_note == "“on Monday”, article dated Mon 30 Jul 2018 (user)"


def test_a_paragraph_that_tells_the_same_event_again_names_its_actors() -> None:
    text = (
        "On June 3, police arrested four men over the bridge collapse. The men were taken to a station.\n\n"
        "Inspector Ravi Menon said the four had been arrested for negligence. More arrests could follow.\n\n"
        "Councillor Dana Cole said the bridge had been inspected. She called for calm.\n"
    )
    (mention,) = extract_document(text, DOC).mentions
    around = {a.name for a in mention.context_actors}
    assert "Ravi Menon" in around, "the next paragraph tells the arrests again"
    assert "Dana Cole" not in around, "the paragraph after that is about something else"


@pytest.mark.parametrize(
    "dateline",
    [
        "RIVERTON – ",
        "HARBOUR CITY, Ruritania (AP)_ ",
        "LAKESIDE, Ontario (Reuters) - ",
        "LAKESIDE, Ont. (Reuters) - ",
        "MILLBROOK: ",
    ],
)
def test_a_wire_dateline_is_neither_headline_nor_actor(dateline: str) -> None:
    (mention,) = extract_document(dateline + "Dock workers walked off the job on Monday.", DOC).mentions
    assert mention.title == "Dock workers walked off the job"
    assert not {a.name for a in mention.actors} & {"RIVERTON", "HARBOUR CITY", "LAKESIDE", "MILLBROOK", "AP"}
