"""What a clause tells: an event, a plan, a state or a tally; and the news a dated report gives with no date words."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.extract import extract_document
from explorer.extract.events import is_forecast, is_state, main_event, present_perfect, terms_of
from explorer.extract.model import PublishedDate

DOC = PublishedDate(date(2018, 7, 30), "user")


def _incidents(text: str, published: PublishedDate = DOC) -> list[tuple[str, str, str]]:
    return [(str(m.date_start), str(m.date_end), m.precision) for m in extract_document(text, published).mentions]


@pytest.mark.parametrize(
    ("clause", "note"),
    [
        ("It is a year since the warehouse fire", "an anniversary is a state of the calendar"),
        ("It was two months since the vote", "the same in the past"),
        ("Four climbers were confirmed dead so far", "a running tally"),
        ("The club found itself in trouble after the vote", "'found itself' describes, it does not narrate"),
        ("Shops in the district are also affected", "a present state"),
        ("The death toll rose to 40", "a toll"),
        ("The road remained closed", "a state that goes on"),
        ("We are talking to people who heard shots", "a speaker's ongoing work"),
    ],
)
def test_states_and_tallies_are_not_events(clause: str, note: str) -> None:
    assert is_state(clause), note


@pytest.mark.parametrize(
    ("clause", "note"),
    [
        ("Anyone travelling through the airport is urged to check flight times", "advice"),
        ("Passengers are advised to arrive early", "advice, plural"),
        ("The minister will visit the site", "will"),
        ("The branches are set to close", "set to"),
    ],
)
def test_plans_and_advice_are_not_events(clause: str, note: str) -> None:
    assert is_forecast(clause), note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("It is a year today since the warehouse fire destroyed the market.", "an anniversary line"),
        ("Four climbers were confirmed dead so far on Sunday, officials said.", "a tally on a day"),
        ("Shops in the district are also affected and some may be closed today.", "a state, and a maybe"),
        ("Anyone travelling through the airport today is urged to check flight times.", "advice for today"),
        ("Worshippers gathered during Friday prayers at the old mosque.", "a weekly custom is not a date"),
        ("“We are talking to everyone who heard shots on Monday,” the chief said.", "the date is the speaker's"),
        ("The council said library services would be expanded from September.", "a reported plan"),
    ],
)
def test_sentences_that_tell_no_dated_event_make_no_incident(text: str, note: str) -> None:
    assert _incidents(text) == [], note


@pytest.mark.parametrize(
    ("clause", "event"),
    [
        ("the protest was disbanded by police", "clear"),
        ("protesters were forced to abandon the camp", "clear"),
        ("gunmen stormed the hotel", "storm"),
        ("the bridge snapped", "collapse"),
        ("police said protesters marched on the hall", "protest"),
    ],
)
def test_the_main_event_of_a_clause(clause: str, event: str) -> None:
    assert main_event(clause) == event


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The mayor has resigned amid a row over housing contracts.", True),
        ("The finance minister has been sacked after the vote.", True),
        ("Both captains have been banned for a year over the scandal.", True),  # how long the ban lasts
        ("Rebels have broken through the outer wall of the palace.", True),
        ("More than 300 people have been injured.", False),  # a tally
        ("At least five people have been killed in the clashes.", False),
        ("Around 200 soldiers have been deployed to the border.", False),  # a count, like a tally
        ("The bridge has long been closed to lorries.", False),  # a state, not the day's news
        ("We have arrested the suspects, the chief said.", False),  # quoted speech
        ("The senator said the governor has violated the rules.", False),  # not the lede's main clause
        ("Three reserves have been asked to join the squad.", False),  # a request for later
        ("The firm has been accused of ignoring safety rules.", False),  # an allegation that stands
        ("Residents have complained about the noise for several weeks.", False),  # how long: a state
        ("The strike has disrupted the harbour for more than a month.", False),  # one unit, not several
        ("Volunteers have staffed the shelter for a week.", False),
        ("The road has been shut for nearly a year.", False),
        ("The coach has been suspended for a month after the brawl.", True),  # a penalty's length
        ("The navy has supplied most of the patrol boats so far.", False),  # a running account
        ("The ferry has still not been found.", False),
        ("The agency has handled every complaint to date.", False),
        ("Planners have warned in the past that the dam could fail.", False),
        ("They have been joined by volunteers from the coast.", False),  # carries on from earlier lines
        ("Her lawyers have filed an appeal against the verdict.", False),
    ],
)
def test_a_present_perfect_lede_is_news_of_the_day(sentence: str, reported: bool) -> None:
    assert (present_perfect(sentence) is not None) == reported
    expected = [("2018-07-30", "2018-07-30", "day")] if reported else []
    assert _incidents(sentence) == expected


def test_news_of_the_day_needs_a_date_the_source_states() -> None:
    estimated = PublishedDate(date(2018, 7, 30), "estimated", latest=date(2018, 7, 31))
    assert _incidents("The mayor has resigned amid a row over housing contracts.", estimated) == []
    unknown = PublishedDate(None, "unknown")
    assert _incidents("The mayor has resigned amid a row over housing contracts.", unknown) == []


def test_the_note_says_the_date_came_from_the_publication_day() -> None:
    (mention,) = extract_document("The mayor has resigned amid a row over housing contracts.", DOC).mentions
    assert mention.date_note.startswith("no date words: news of the day it was published, Mon 30 Jul 2018")
    assert mention.title == "The mayor has resigned amid a row over housing contracts"


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("The letter was sent on Monday, the union said.", "2018-07-23", "2018-07-30", "range"),
        ("Police cleared the camp yesterday.", "2018-07-24", "2018-07-30", "range"),
        ("The fire broke out on July 20.", "2018-07-20", "2018-07-20", "day"),
    ],
)
def test_a_source_dated_within_a_range_reads_relative_dates_against_both_ends(
    text: str, start: str, end: str, precision: str
) -> None:
    between = PublishedDate(date(2018, 7, 25), "estimated", latest=date(2018, 7, 31))
    assert _incidents(text, between) == [(start, end, precision)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“We will not back down,” said the union's leader on Tuesday.", "statement"),
        ("“It will be a long night,” Jane Doe, the head of the agency, told reporters on Friday.", "statement"),
        ("A total of 91 witnesses gave evidence at the hearing on Monday.", "meeting"),
    ],
)
def test_what_a_quotation_or_a_count_says_does_not_hide_the_event(text: str, kind: str) -> None:
    """The quotation's tense is the speaker's; "a total of" counts the people who acted, it is not a tally."""
    (mention,) = extract_document(text, DOC).mentions
    assert mention.kind == kind


def test_handles_and_hashtags_are_read_as_their_words() -> None:
    terms = terms_of("I do not want @CityPolice to be engaged, #SaveTheLibrary")
    assert {"city", "police", "save", "library"} <= set(terms)
