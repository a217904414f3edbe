"""Merging: two mentions of one real incident join; different incidents stay apart; the test is symmetric."""

from __future__ import annotations

import random
from datetime import date
from itertools import permutations

import pytest

from explorer.extract import extract_document
from explorer.extract.merge import Report, dates_meet, lead_report, majority_kind, more_precise, same_incident
from explorer.extract.model import PublishedDate
from explorer.ingest.cluster import components
from explorer.ingest.store import mention_facts


def _facts(text: str, day: date = date(2018, 7, 31), document: str = "a") -> object:
    (mention,) = extract_document(text, PublishedDate(day, "user")).mentions
    return mention_facts(mention, document, 0)


SAME = [
    (
        "Union attorney Sean Riddell issued a cease and desist letter to Mayor Ted Wheeler on Monday.",
        "On July 30, attorney Sean Riddell sent the cease-and-desist letter to Mayor Ted Wheeler.",
        "one letter, two outlets, two ways of dating it",
    ),
    (
        "On June 19, protesters surrounded the office building and blocked the cars of two employees.",
        "Protesters surrounded the office building on June 19 and blocked two employees' cars.",
        "the same words in another order",
    ),
    (
        "Police cleared the protest camp on July 25 after weeks of complaints.",
        "The camp was disbanded by police on July 25 amid safety concerns.",
        "one event in other words: a family of verbs, and the passive verb as what happened",
    ),
    (
        "A powerful earthquake struck the port city on July 17, killing hundreds.",
        "The port city was hit by a magnitude 6.9 quake on July 17.",
        "one outlet's verb is the other's noun: 'hit by a quake' tells the earthquake",
    ),
    (
        "Protesters were forced to abandon the camp on July 25.",
        "The camp was swept by police on July 25.",
        "a light verb hands the event to the verb it governs",
    ),
]
DIFFERENT = [
    (
        "On June 19, two agency employees called police when protesters blocked their cars.",
        "Deputy Chief Bob Day wrote an email June 19, denying a request for more resources.",
        "same day, other event",
    ),
    (
        "On June 19, protesters surrounded the office building.",
        "On June 25, protesters surrounded the office building.",
        "dates that cannot meet",
    ),
    (
        "On June 19, the council voted to close two libraries.",
        "Protesters gathered outside the council on June 19 to sing.",
        "same day, same body, another event",
    ),
    (
        "On June 19, the mayor said the city would not send police to the office.",
        "On June 20, the union said the mayor's decision to not send police was wrong.",
        "a statement and the reply to it the next day",
    ),
]


@pytest.mark.parametrize(("first", "second", "note"), SAME)
def test_one_incident_from_two_outlets_merges(first: str, second: str, note: str) -> None:
    assert same_incident(_facts(first, document="a"), _facts(second, document="b")), note


@pytest.mark.parametrize(("first", "second", "note"), DIFFERENT)
def test_different_incidents_stay_apart(first: str, second: str, note: str) -> None:
    assert not same_incident(_facts(first, document="a"), _facts(second, document="b")), note


@pytest.mark.parametrize(("first", "second", "note"), SAME + DIFFERENT)
def test_the_test_is_symmetric(first: str, second: str, note: str) -> None:
    a, b = _facts(first, document="a"), _facts(second, document="b")
    assert same_incident(a, b) == same_incident(b, a), note


def test_groups_do_not_depend_on_the_order_of_the_mentions() -> None:
    texts = [first for first, _s, _n in SAME + DIFFERENT] + [second for _f, second, _n in SAME + DIFFERENT]
    facts = [_facts(t, document=str(i)) for i, t in enumerate(texts)]
    reference = sorted(sorted(texts[i] for i in group) for group in components(facts))
    rng = random.Random(7)
    for _ in range(200):
        order = list(range(len(facts)))
        rng.shuffle(order)
        shuffled = [facts[i] for i in order]
        groups = sorted(sorted(texts[order[i]] for i in group) for group in components(shuffled))
        assert groups == reference


def test_date_tolerance_depends_on_precision() -> None:
    d = date
    assert dates_meet(d(2018, 7, 30), d(2018, 7, 30), "day", d(2018, 7, 31), d(2018, 7, 31), "day")
    assert not dates_meet(d(2018, 7, 1), d(2018, 7, 10), "range", d(2018, 7, 11), d(2018, 7, 11), "day")
    assert dates_meet(d(2018, 6, 1), d(2018, 6, 30), "month", d(2018, 6, 19), d(2018, 6, 19), "day")


def test_the_most_precise_date_wins() -> None:
    d = date
    assert more_precise("day", d(2018, 6, 17), d(2018, 6, 17), "range", d(2018, 6, 11), d(2018, 6, 20))
    assert not more_precise("month", d(2018, 6, 1), d(2018, 6, 30), "day", d(2018, 6, 17), d(2018, 6, 17))


def _report(document: str, day: date, precision: str = "day", kind: str = "violence", published: date | None = None
            ) -> Report:  # fmt: skip
    end = date(day.year, day.month, 30) if precision == "month" else day
    return Report(document, 0, published, day, end, precision, "", f"title from {document}", kind, None)


LEADS = [
    ([("a", date(2011, 8, 4)), ("b", date(2011, 8, 4)), ("c", date(2011, 8, 5))], date(2011, 8, 4), "the majority"),
    ([("a", date(2018, 6, 1), "month"), ("b", date(2018, 6, 17))], date(2018, 6, 17), "the most precise"),
    ([("z", date(2018, 6, 18)), ("y", date(2018, 6, 17))], date(2018, 6, 17), "a tie: the earlier date"),
]


@pytest.mark.parametrize(("reports", "expected", "note"), LEADS)
def test_the_incident_date_is_the_most_precise_then_the_majority(
    reports: list[tuple[object, ...]], expected: date, note: str
) -> None:
    built = [_report(*r) for r in reports]  # type: ignore[arg-type]
    for order in permutations(built):
        assert lead_report(list(order)).date_start == expected, note


def test_the_kind_is_the_one_most_reports_give() -> None:
    reports = [_report("a", date(2018, 1, 1), kind="protest"), _report("b", date(2018, 1, 1), kind="violence"),
               _report("c", date(2018, 1, 1), kind="violence"), _report("d", date(2018, 1, 1), kind="other")]  # fmt: skip
    assert majority_kind(reports, reports[0]) == "violence"
