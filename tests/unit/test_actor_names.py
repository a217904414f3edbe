"""Actor names match by whole words and near spellings, never inside another word."""

from __future__ import annotations

import pytest

from explorer.query.actors import name_score, rank_actors


@pytest.mark.parametrize(
    ("typed", "name", "matches"),
    [
        ("riddel", "Sean Riddell", True),  # a letter short
        ("weeler", "Ted Wheeler", True),  # a letter missing inside
        ("wheeler", "Mayor Ted Wheeler", True),
        ("ted wh", "Ted Wheeler", True),  # the last word still being typed
        ("dale", "Scottsdale Police", False),  # inside another word
        ("heel", "Ted Wheeler", False),
        ("ice", "Portland Police", False),
        ("police", "Portland Police Bureau", True),
        ("nurses union", "State Nurses Union", True),
        ("nurses", "Nursery School", False),
    ],
)
def test_name_matching_table(typed: str, name: str, matches: bool) -> None:
    assert (name_score(typed, name) > 0) is matches


def test_aliases_match_and_the_better_match_ranks_first() -> None:
    actors = [(1, "Portland Police Bureau", ("PPB",)), (2, "Ted Wheeler", ("Mayor Wheeler",)), (3, "Wheel Co", ())]
    assert [i for i, _n, _s in rank_actors("ppb", actors)] == [1]
    assert next(i for i, _n, _s in rank_actors("wheeler", actors)) == 2
