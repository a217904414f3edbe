"""Actors: titles, organisations, acronyms, groups, surname joining, and the misspelling rule."""

from __future__ import annotations

import pytest

from explorer.extract.actors import (
    canonical_actors,
    find_actors,
    find_definitions,
    index_actors,
    likely_same_person,
    resolve_coreference,
)


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.title) for a in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ted Wheeler spoke.", ("Ted Wheeler", "person", "Mayor")),
        ("Deputy Chief Bob Day wrote.", ("Bob Day", "person", "Deputy Chief")),
        ("said attorney Sean Riddell.", ("Sean Riddell", "person", "attorney")),
        (
            "Portland Police Chief Danielle Outlaw said at the time.",
            ("Danielle Outlaw", "person", "Portland Police Chief"),
        ),
        ("the Department of Homeland Security said", ("Department of Homeland Security", "organisation", None)),
        ("the Federal Protective Service arrived", ("Federal Protective Service", "organisation", None)),
        ("agents of the FBI arrived", ("FBI", "organisation", None)),
        ("protesters gathered", ("protesters", "group", None)),
        ("a protester shouted", ("protesters", "group", None)),
        ("federal police arrived", ("federal police", "group", None)),
        ("ICE employees called", ("ICE employees", "group", None)),
        ("A police officer arrived", ("police officers", "group", None)),
    ],
)
def test_actor_forms(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _named(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("to file a police report", "police"),
        ("a Portland Police Bureau spokesman", "Portland police"),
        ("On Monday the council met", "Monday"),
    ],
)
def test_not_actors(text: str, absent: str) -> None:
    assert absent not in [name for name, _k, _t in _named(text)]


def test_acronym_defined_in_text() -> None:
    text = "the U.S. Immigration and Customs Enforcement (ICE) office. Later ICE said no."
    definitions = find_definitions(text)
    assert definitions == {"ICE": "U.S. Immigration and Customs Enforcement"}
    names = {a.name for a in canonical_actors(find_actors(text), index_actors(find_actors(text), definitions))}
    assert names == {"U.S. Immigration and Customs Enforcement (ICE)"}


def test_acronym_must_fit_its_long_form() -> None:
    assert find_definitions("the City Council (ICE) met") == {}


def test_surname_joins_the_full_name_within_a_document() -> None:
    text = "Mayor Ted Wheeler spoke. Later Wheeler left."
    actors = canonical_actors(find_actors(text), index_actors(find_actors(text), {}))
    assert [(a.name, a.title) for a in actors] == [("Ted Wheeler", "Mayor"), ("Ted Wheeler", "Mayor")]


def test_lone_capitalised_word_that_is_no_surname_is_dropped() -> None:
    assert (
        canonical_actors(find_actors("Later Portland voted."), index_actors(find_actors("Later Portland voted."), {}))
        == []
    )


def test_the_mayor_names_the_documents_mayor() -> None:
    text = "Mayor Ted Wheeler spoke. The mayor left."
    found = resolve_coreference(text, 25, len(text), index_actors(find_actors(text), {}))
    assert [a.name for a in found] == ["Ted Wheeler"]


@pytest.mark.parametrize(
    ("a", "a_title", "b", "b_title", "same", "note"),
    [
        ("Sean Riddell", None, "Sean Ridell", None, True, "typo with the same first name"),
        ("Ted Wheeler", "Mayor", "T. Wheelr", "Mayor", True, "typo with the same title and initial"),
        ("Sean Riddell", None, "Sean Riddell", None, True, "identical"),
        ("John Smith", None, "Jane Smith", None, False, "same surname, different first names: two people"),
        ("Anna Berg", None, "Mark Burg", None, False, "similar surnames without support"),
        ("Sean Riddell", None, "Sean Russell", None, False, "same first name, different surname"),
    ],
)
def test_misspelling_rule(a: str, a_title: str | None, b: str, b_title: str | None, same: bool, note: str) -> None:
    assert likely_same_person(a, a_title, b, b_title) is same, note


@pytest.mark.parametrize(
    ("text", "not_an_actor", "note"),
    [
        ("A man was beaten at Lincoln Memorial Park on Sunday.", "Lincoln Memorial Park", "a park is a place"),
        ("Crowds gathered at Central Station and Victoria Square.", "Victoria Square", "a square is a place"),
        ("Gunmen opened fire at the Grand Palace Hotel.", "Grand Palace Hotel", "a hotel is where it happened"),
        ("A man accused of being a Smith supporter was attacked.", "Smith", "a name that qualifies a noun"),
        ("Hundreds of Rovers fans waited outside.", "Rovers", "fans of a club are not the club"),
    ],
)
def test_places_and_qualifying_names_are_not_actors(text: str, not_an_actor: str, note: str) -> None:
    assert not_an_actor not in [a.name for a in find_actors(text)], note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators grounded flights from Acme, Zenith and Northern Airlines.",
         {"Acme Airlines", "Zenith Airlines", "Northern Airlines"}),
        ("Savers queued outside Harbour and Western Banks.", {"Harbour Banks", "Western Banks"}),
    ],
)  # fmt: skip
def test_a_shared_head_noun_names_each_body_in_the_list(text: str, expected: set[str]) -> None:
    assert expected <= {a.name for a in find_actors(text) if a.kind == "organisation"}


def test_a_force_is_named_by_its_chief() -> None:
    found = {
        (a.name, a.kind) for a in find_actors("Later, the Riverton police chief, Ana Ruiz, said the siege was over.")
    }
    assert {("Riverton police", "group"), ("Ana Ruiz", "person")} <= found
