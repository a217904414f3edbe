"""Each filter kind narrows the query with its chips; chips of every kind combine with AND."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from db.queries import IncidentFilter
from explorer.tui.filter_kinds import FilterKinds, combine
from explorer.tui.filters import Chip

JUNE = (date(2018, 6, 1), date(2018, 6, 30))
MID_JUNE = (date(2018, 6, 10), date(2018, 6, 20))
JULY = (date(2018, 7, 1), date(2018, 7, 31))


def _status(*statuses: str) -> Chip:
    return Chip("review", "/".join(statuses), review=IncidentFilter(statuses=statuses))


CASES = [
    ("words of two searches join", [Chip("text", "a", text="police"), Chip("text", "b", text="union")],
     {"text": "police union"}),
    ("two date chips keep the days both allow", [Chip("date", "june", windows=(JUNE,)),
                                                 Chip("date", "mid", windows=(MID_JUNE,))],
     {"date_from": MID_JUNE[0], "date_to": MID_JUNE[1]}),
    ("dates that do not meet allow nothing", [Chip("date", "june", windows=(JUNE,)), Chip("date", "july", windows=(JULY,))],
     {"date_from": date.max, "date_to": date.min}),
    ("a year-less date keeps one window a year", [Chip("date", "06-19", windows=(JUNE, (date(2019, 6, 1), date(2019, 6, 30))))],
     {"date_windows": (JUNE, (date(2019, 6, 1), date(2019, 6, 30)))}),
    ("each actor chip must hold", [Chip("actor", "a", actor_ids=(1, 2)), Chip("actor", "b", actor_ids=(3,))],
     {"actor_sets": ((1, 2), (3,))}),
    ("two kind chips keep the kinds both allow", [Chip("kind", "p", kinds=("protest",)), Chip("kind", "a", kinds=("arrest",))],
     {"kinds": ("\x00none",)}),
    ("a status chip narrows, a second one narrows further", [_status("verified", "disputed"), _status("disputed")],
     {"statuses": ("disputed",)}),
    ("tags add up, the star and the queue stay", [
        Chip("review", "tag a", review=IncidentFilter(tags=("a",))),
        Chip("review", "tag b", review=IncidentFilter(tags=("b",))),
        Chip("review", "starred", review=IncidentFilter(starred=True)),
        Chip("review", "to check", review=IncidentFilter(queue=True)),
    ], {"tags": ("a", "b"), "starred": True, "queue": True}),
]  # fmt: skip


@pytest.mark.parametrize(("note", "chips", "expected"), CASES, ids=[c[0] for c in CASES])
def test_chips_combine(note: str, chips: list[Chip], expected: dict[str, object]) -> None:
    flt = combine(chips)
    for field, value in expected.items():
        assert getattr(flt, field) == value, note


def test_actor_ids_found_by_the_words_apply_only_with_words() -> None:
    assert combine([Chip("kind", "p", kinds=("protest",))], text_actor_ids=(4,)).text_actor_ids == ()
    assert combine([Chip("text", "w", text="wheeler")], text_actor_ids=(4,)).text_actor_ids == (4,)


def test_each_kind_reads_what_is_typed(seeds_db: sqlite_utils.Database) -> None:
    kinds = FilterKinds(seeds_db)
    assert kinds.read("text", "a", None).chip is None and "at least 2" in kinds.read("text", "a", None).message
    bad = kinds.read("date", "june 40", None)
    assert bad.chip is None and bad.error
    june = kinds.read("date", "jun 2018", None).chip
    assert june is not None and june.windows == (JUNE,)
    wheeler = kinds.read("actor", "wheeler", None)
    assert wheeler.chip is not None and wheeler.chip.label == "Ted Wheeler" and wheeler.options
    assert kinds.read("kind", "prot", None).chip == Chip("kind", "protest", kinds=("protest",))
    queue = kinds.read("review", "check", None).chip
    assert queue is not None and queue.review == IncidentFilter(queue=True)
    assert kinds.chip_for("review:status:rejected") == _status("rejected")
