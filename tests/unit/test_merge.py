"""Cross-source merging: one real incident from two outlets merges; different incidents do not."""

from __future__ import annotations

from datetime import date

from explorer.extract import extract_document
from explorer.extract.merge import Candidate, actor_key, best_match, dates_meet, more_precise
from explorer.extract.model import Mention, PublishedDate


def _mention(text: str, day: date = date(2018, 7, 31)) -> Mention:
    (mention,) = extract_document(text, PublishedDate(day, "user")).mentions
    return mention


def _as_candidate(mention: Mention, ident: int) -> Candidate:
    return Candidate(
        ident, mention.date_start, mention.date_end, mention.precision, mention.kind,
        frozenset(actor_key(a.name) for a in mention.actors), frozenset(mention.terms),
    )  # fmt: skip


def test_same_incident_from_two_outlets_merges() -> None:
    first = _mention("Union attorney Sean Riddell issued a cease and desist letter to Mayor Ted Wheeler on Monday.")
    second = _mention("On July 30, attorney Sean Riddell sent the cease-and-desist letter to Mayor Ted Wheeler.")
    assert best_match(second, [_as_candidate(first, 1)]) == 1


def test_different_incidents_on_the_same_day_stay_apart() -> None:
    call = _mention("On June 19, two agency employees called police when protesters blocked their cars.")
    email = _mention("Deputy Chief Bob Day wrote an email June 19, denying a request for more resources.")
    assert best_match(email, [_as_candidate(call, 1)]) is None


def test_dates_that_cannot_meet_never_merge() -> None:
    a = _mention("On June 19, protesters surrounded the office building.")
    b = _mention("On June 25, protesters surrounded the office building.")
    assert best_match(b, [_as_candidate(a, 1)]) is None


def test_best_of_several_candidates_wins_and_ties_go_to_the_lowest_id() -> None:
    a = _mention("On June 19, protesters surrounded the office building.")
    assert best_match(a, [_as_candidate(a, 7), _as_candidate(a, 3)]) == 3


def test_date_tolerance_depends_on_precision() -> None:
    d = date
    assert dates_meet(d(2018, 7, 30), d(2018, 7, 30), "day", d(2018, 7, 31), d(2018, 7, 31), "day")
    assert not dates_meet(d(2018, 7, 1), d(2018, 7, 10), "range", d(2018, 7, 11), d(2018, 7, 11), "day")
    assert dates_meet(d(2018, 6, 1), d(2018, 6, 30), "month", d(2018, 6, 19), d(2018, 6, 19), "day")


def test_the_most_precise_date_wins() -> None:
    d = date
    assert more_precise("day", d(2018, 6, 17), d(2018, 6, 17), "range", d(2018, 6, 11), d(2018, 6, 20))
    assert not more_precise("month", d(2018, 6, 1), d(2018, 6, 30), "day", d(2018, 6, 17), d(2018, 6, 17))
